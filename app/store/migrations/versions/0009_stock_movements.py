"""stock movements: a part's stock is the sum of what came in and went out

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01 19:00:00

Each part's stock so far becomes its opening movement.
"""
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision: str = '0009'
down_revision: str | None = '0008'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        'stock_movements',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('part_id', sa.Integer(), nullable=False),
        sa.Column('quantity', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=20), nullable=False),
        sa.Column('ticket_id', sa.Integer(), nullable=True),
        sa.Column('reason', sa.Text(), nullable=False),
        sa.Column('user_id', sa.Integer(), nullable=True),
        sa.Column('at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['part_id'], ['parts.id'], name=op.f('fk_stock_movements_part_id_parts')),
        sa.ForeignKeyConstraint(['ticket_id'], ['tickets.id'], name=op.f('fk_stock_movements_ticket_id_tickets')),
        sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_stock_movements_user_id_users')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_stock_movements')),
    )
    op.create_index(op.f('ix_stock_movements_part_id'), 'stock_movements', ['part_id'], unique=False)
    op.create_index(op.f('ix_stock_movements_ticket_id'), 'stock_movements', ['ticket_id'], unique=False)
    now = datetime.now(UTC).replace(tzinfo=None)
    op.get_bind().execute(sa.text(
        "INSERT INTO stock_movements (part_id, quantity, kind, reason, at) "
        "SELECT id, stock, 'opening', '', :now FROM parts WHERE stock <> 0"), {"now": now})


def downgrade() -> None:
    op.drop_index(op.f('ix_stock_movements_ticket_id'), table_name='stock_movements')
    op.drop_index(op.f('ix_stock_movements_part_id'), table_name='stock_movements')
    op.drop_table('stock_movements')
