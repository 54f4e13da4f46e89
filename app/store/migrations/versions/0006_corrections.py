"""corrections: archived customers and units; history entries about a unit or a deleted customer

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01 15:10:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0006'
down_revision: str | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('customers', schema=None) as batch_op:
        batch_op.add_column(sa.Column('archived_at', sa.DateTime(), nullable=True))
    with op.batch_alter_table('assets', schema=None) as batch_op:
        batch_op.add_column(sa.Column('archived_at', sa.DateTime(), nullable=True))
    with op.batch_alter_table('ticket_events', schema=None) as batch_op:
        batch_op.add_column(sa.Column('asset_id', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_ticket_events_asset_id'), ['asset_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_ticket_events_asset_id_assets'), 'assets', ['asset_id'], ['id'])
        batch_op.alter_column('customer_id', existing_type=sa.Integer(), nullable=True)


def downgrade() -> None:
    with op.batch_alter_table('ticket_events', schema=None) as batch_op:
        batch_op.alter_column('customer_id', existing_type=sa.Integer(), nullable=False)
        batch_op.drop_constraint(batch_op.f('fk_ticket_events_asset_id_assets'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_ticket_events_asset_id'))
        batch_op.drop_column('asset_id')
    with op.batch_alter_table('assets', schema=None) as batch_op:
        batch_op.drop_column('archived_at')
    with op.batch_alter_table('customers', schema=None) as batch_op:
        batch_op.drop_column('archived_at')
