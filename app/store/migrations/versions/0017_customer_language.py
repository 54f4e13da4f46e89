"""customers: the language messages to them are written in

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-01 21:20:00

Nobody has said yet for any customer saved so far: the column starts empty (a message then
goes in the language of the desk that writes it).
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0017'
down_revision: str | None = '0016'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column('customers', sa.Column('language', sa.String(length=2), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('customers', schema=None) as batch_op:
        batch_op.drop_column('language')
