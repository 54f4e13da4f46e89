"""tickets: indexes on the moments the monthly report counts by

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-01 23:00:00

The report reads a month's deliveries and its answered estimates; without these indexes each
of those figures read every ticket ever recorded.
"""
from collections.abc import Sequence

from alembic import op

revision: str = '0018'
down_revision: str | None = '0017'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('tickets', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_tickets_delivered_at'), ['delivered_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_tickets_approval_at'), ['approval_at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('tickets', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_tickets_approval_at'))
        batch_op.drop_index(batch_op.f('ix_tickets_delivered_at'))
