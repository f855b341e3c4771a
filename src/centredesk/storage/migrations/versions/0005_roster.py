"""roster: the default shift codes

Revision ID: 0005_roster
Revises: 0002
Create Date: 2026-12-03

No schema change: a new database starts with the shift codes a centre's duty roster uses
most (上午/下午/全天/夜班/休/年假/病假), so the roster works before anyone configures it.
"""

import sqlalchemy as sa
from alembic import op

revision = "0005_roster"
down_revision = "0002"
branch_labels = None
depends_on = None

DEFAULT_CODES = (
    # code, name, hours, is_leave, is_rest, colour
    ("上午", "上午班", "4", False, False, "#dcebfa"),
    ("下午", "下午班", "4", False, False, "#e3f4e1"),
    ("全天", "全天班", "8", False, False, "#fff1c9"),
    ("夜班", "夜班", "12", False, False, "#e4dcf5"),
    ("休", "休息", "0", False, True, "#eeeeee"),
    ("年假", "年休假", "0", True, False, "#fbdccc"),
    ("病假", "病假", "0", True, False, "#f8d0d8"),
)

shift_codes = sa.table(
    "shift_codes",
    sa.column("code", sa.String),
    sa.column("name", sa.String),
    sa.column("hours", sa.String),
    sa.column("is_leave", sa.Boolean),
    sa.column("is_rest", sa.Boolean),
    sa.column("colour", sa.String),
    sa.column("retired", sa.Boolean),
)


def upgrade() -> None:
    existing = {row[0] for row in op.get_bind().execute(sa.select(shift_codes.c.code))}
    rows = [
        {
            "code": code,
            "name": name,
            "hours": hours,
            "is_leave": is_leave,
            "is_rest": is_rest,
            "colour": colour,
            "retired": False,
        }
        for code, name, hours, is_leave, is_rest, colour in DEFAULT_CODES
        if code not in existing
    ]
    if rows:
        op.bulk_insert(shift_codes, rows)


def downgrade() -> None:
    # Codes a roster uses stay, so going back never loses a rostered day.
    shifts = sa.table("roster_shifts", sa.column("shift_code_id", sa.Integer))
    codes = sa.table("shift_codes", sa.column("id", sa.Integer), sa.column("code", sa.String))
    used = sa.select(shifts.c.shift_code_id).where(shifts.c.shift_code_id == codes.c.id)
    op.execute(
        codes.delete().where(codes.c.code.in_([code for code, *_ in DEFAULT_CODES]), ~used.exists())
    )
