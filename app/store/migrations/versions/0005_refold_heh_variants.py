"""search folds: the heh variants ھ ہ ە fold onto ه

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01 14:15:00

The search fold (app.locale.text.normalize_search) now folds the heh of Urdu, Kurdish and
some Gulf keyboards onto ه. Stored folds of names holding one are made again, and so are the
search texts of those customers' tickets; no other row can differ.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from app.locale.text import normalize_search

revision: str = '0005'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_HEHS = ("ھ", "ہ", "ە")


def _refold(table: str, source: str, target: str) -> list[int]:
    """Fold `source` into `target` again where it holds a heh variant; the ids changed."""
    bind = op.get_bind()
    holds = " OR ".join(f"{source} LIKE :h{i}" for i in range(len(_HEHS)))
    rows = bind.execute(sa.text(f"SELECT id, {source} FROM {table} WHERE {holds}"),  # noqa: S608 - names are ours
                        {f"h{i}": f"%{h}%" for i, h in enumerate(_HEHS)}).all()
    for id_, text in rows:
        bind.execute(sa.text(f"UPDATE {table} SET {target} = :folded WHERE id = :id"),  # noqa: S608
                     {"folded": normalize_search(text), "id": id_})
    return [id_ for id_, _ in rows]


def upgrade() -> None:
    customers = _refold("customers", "name", "name_norm")
    _refold("parts", "name", "name_norm")
    _refold("products", "brand || ' ' || model", "search_norm")
    bind = op.get_bind()
    for id_ in customers:  # as app.services.search_text rebuilds a ticket's search text
        bind.execute(sa.text(
            "UPDATE tickets SET search_norm = number || ' ' || "
            "coalesce((SELECT c.name_norm || ' ' || c.mobile_key FROM customers c WHERE c.id = tickets.customer_id),"
            " '') || ' ' || coalesce((SELECT a.serial_norm FROM assets a WHERE a.id = tickets.asset_id), '') "
            "WHERE customer_id = :id"), {"id": id_})


def downgrade() -> None:
    """The older fold kept the variants apart; the refolded rows stay folded (they are found
    either way by a query folded the new way, and the old fold matched them only exactly)."""
