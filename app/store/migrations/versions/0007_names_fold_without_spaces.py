"""search folds of names lose their spaces: a word with a space, a ZWNJ or nothing between
its parts is one word

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01 16:00:00

The stored folds of customers', parts' and products' names are made again by
app.locale.text.name_fold, and the search texts of the tickets of every refolded customer.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from app.locale.text import name_fold

revision: str = '0007'
down_revision: str | None = '0006'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _refold(table: str, source: str, target: str) -> list[int]:
    """Fold `source` into `target` again where the stored fold holds a space; the ids changed."""
    bind = op.get_bind()
    rows = bind.execute(sa.text(f"SELECT id, {source} FROM {table} WHERE {target} LIKE '% %'")).all()  # noqa: S608
    for id_, text in rows:
        bind.execute(sa.text(f"UPDATE {table} SET {target} = :folded WHERE id = :id"),  # noqa: S608 - names are ours
                     {"folded": name_fold(text), "id": id_})
    return [id_ for id_, _ in rows]


def upgrade() -> None:
    customers = _refold("customers", "name", "name_norm")
    _refold("parts", "name", "name_norm")
    _refold("products", "brand || ' ' || model", "search_norm")
    if customers:  # nearly every name has a space: every ticket's text is made again, in one statement
        op.get_bind().execute(sa.text(
            "UPDATE tickets SET search_norm = number || ' ' || "
            "coalesce((SELECT c.name_norm || ' ' || c.mobile_key FROM customers c WHERE c.id = tickets.customer_id),"
            " '') || ' ' || coalesce((SELECT a.serial_norm FROM assets a WHERE a.id = tickets.asset_id), '')"))


def downgrade() -> None:
    """The older fold kept the spaces; the refolded rows stay without (a query folded either
    way finds them, a spaced query of the old code less often: it is a one-way refinement)."""
