"""covering index for the tickets list

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 05:12:58.386909
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0002'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('tickets', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_tickets_opened_at'))
        batch_op.create_index('ix_tickets_opened_search', ['opened_at', 'id', 'search_norm'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('tickets', schema=None) as batch_op:
        batch_op.drop_index('ix_tickets_opened_search')
        batch_op.create_index(batch_op.f('ix_tickets_opened_at'), ['opened_at'], unique=False)

