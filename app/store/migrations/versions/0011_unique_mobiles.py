"""a customer's mobile is unique (NULL allowed, as many times as there are customers without one)

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-01 19:40:00

Until now only the services kept two customers from sharing a mobile, and on a server two
clerks saving the same new mobile at the same moment both got through. A database may
therefore hold customers sharing a mobile; the unique index cannot be made over them, and
refusing the upgrade would leave an embedded database that no longer opens (it is upgraded
at start). So, as a customer merge does with a second mobile, no number is dropped: of the
customers sharing a mobile the oldest (lowest id) keeps it, and each newer one keeps it as
its phone when it has none, or else on a line of its notes. Each such change is in the
audit trail with the values before and after (by no one: the upgrade made it), and in the
log with the customers' ids.
"""
import json
import logging
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision: str = '0011'
down_revision: str | None = '0010'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

log = logging.getLogger("khedmat.store")


def _unshare_mobiles(conn: sa.Connection) -> None:
    shared = conn.execute(sa.text(
        "SELECT id, mobile, mobile_key, phone, notes, version FROM customers WHERE mobile IN "
        "(SELECT mobile FROM customers WHERE mobile IS NOT NULL GROUP BY mobile HAVING COUNT(*) > 1) "
        "ORDER BY mobile, id")).all()
    now = datetime.now(UTC).replace(tzinfo=None)  # UTCDateTime columns hold naive UTC
    kept: set[str] = set()
    for id_, mobile, mobile_key, phone, notes, version in shared:
        if mobile not in kept:
            kept.add(mobile)  # the oldest keeps its mobile
            continue
        values = {"mobile": None, "mobile_key": ""}
        if not phone:
            values |= {"phone": mobile, "phone_key": mobile_key}
        else:
            values["notes"] = f"{notes}\n{mobile}" if notes else mobile
        conn.execute(sa.text("UPDATE customers SET " + ", ".join(f"{k} = :{k}" for k in values)
                             + ", version = :version, updated_at = :now WHERE id = :id")
                     .bindparams(sa.bindparam("now", type_=sa.DateTime())),
                     {**values, "version": version + 1, "now": now, "id": id_})
        before = {"mobile": mobile, "phone": phone, "notes": notes}
        changes = {k: [before[k], values[k]] for k in ("mobile", "phone", "notes") if k in values}
        conn.execute(sa.text("INSERT INTO audit_log (at, user_id, user_name, action, record_type, record_id, changes) "
                             "VALUES (:at, NULL, '', 'update', 'customers', :id, :changes)")
                     .bindparams(sa.bindparam("at", type_=sa.DateTime())),
                     {"at": now, "id": id_, "changes": json.dumps(changes, ensure_ascii=False, sort_keys=True)})
        log.warning("customer %s shared its mobile with an older customer: kept as its %s", id_,
                    "phone" if "phone" in values else "notes")


def upgrade() -> None:
    _unshare_mobiles(op.get_bind())
    op.drop_index('ix_customers_mobile', table_name='customers')
    op.create_index('ix_customers_mobile', 'customers', ['mobile'], unique=True)


def downgrade() -> None:
    op.drop_index('ix_customers_mobile', table_name='customers')
    op.create_index('ix_customers_mobile', 'customers', ['mobile'], unique=False)
