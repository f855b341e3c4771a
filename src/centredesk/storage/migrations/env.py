"""Alembic environment: always given a connection by centredesk.storage.migrations_runner."""

from alembic import context

from centredesk.storage.tables import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through centredesk.storage.migrations_runner")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite alters tables by copying them; batch mode does that.
)
with context.begin_transaction():
    context.run_migrations()
