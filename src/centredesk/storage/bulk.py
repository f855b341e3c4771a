"""Bulk writes through Core statements: one executemany, never one ORM object per row."""

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Table, and_, bindparam, delete
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session


def upsert(
    session: Session,
    table: Table,
    rows: Sequence[dict[str, Any]],
    key: Sequence[str],
    update: Sequence[str],
) -> None:
    """Insert `rows`, replacing the `update` columns of rows whose `key` already exists."""
    if not rows:
        return
    dialect = session.get_bind().dialect.name
    insert = {"sqlite": sqlite.insert, "postgresql": postgresql.insert}[dialect]
    statement = insert(table)
    statement = statement.on_conflict_do_update(
        index_elements=list(key),
        set_={column: statement.excluded[column] for column in update},
    )
    session.execute(statement, list(rows))


def delete_where(
    session: Session, table: Table, rows: Sequence[dict[str, Any]], key: Sequence[str]
) -> int:
    """Delete the rows whose `key` columns equal those of each of `rows`; returns the count."""
    if not rows:
        return 0
    condition = and_(*(table.c[column] == bindparam(f"k_{column}") for column in key))
    params = [{f"k_{column}": row[column] for column in key} for row in rows]
    result = session.execute(
        delete(table).where(condition), params, execution_options={"synchronize_session": False}
    )
    return result.rowcount or 0
