"""how a job ended (replacement, money back), replaced units, faulty parts claimed from the manufacturer

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-01 20:00:00

Tickets get their resolution (NULL for every job so far: none was recorded, and a repair
job that ended shows as repaired without it being written); units the unit that replaced
them. Nothing existing changes.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0015'
down_revision: str | None = '0014'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('tickets', schema=None) as batch_op:
        batch_op.add_column(sa.Column('resolution', sa.String(length=20), nullable=True))
    with op.batch_alter_table('assets', schema=None) as batch_op:
        batch_op.add_column(sa.Column('replaced_by_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(op.f('fk_assets_replaced_by_id_assets'), 'assets', ['replaced_by_id'], ['id'])
    op.create_table(
        'replacements',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('ticket_id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=10), nullable=False),
        sa.Column('faulty_serial', sa.String(length=100), nullable=False),
        sa.Column('replacement_serial', sa.String(length=100), nullable=False),
        sa.Column('line_id', sa.Integer(), nullable=True),
        sa.Column('part_id', sa.Integer(), nullable=True),
        sa.Column('faulty_asset_id', sa.Integer(), nullable=True),
        sa.Column('replacement_asset_id', sa.Integer(), nullable=True),
        sa.Column('user_id', sa.Integer(), nullable=True),
        sa.Column('at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['ticket_id'], ['tickets.id'], name=op.f('fk_replacements_ticket_id_tickets'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['line_id'], ['ticket_lines.id'], name=op.f('fk_replacements_line_id_ticket_lines'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['part_id'], ['parts.id'], name=op.f('fk_replacements_part_id_parts')),
        sa.ForeignKeyConstraint(['faulty_asset_id'], ['assets.id'],
                                name=op.f('fk_replacements_faulty_asset_id_assets')),
        sa.ForeignKeyConstraint(['replacement_asset_id'], ['assets.id'],
                                name=op.f('fk_replacements_replacement_asset_id_assets')),
        sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_replacements_user_id_users')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_replacements')),
    )
    op.create_index(op.f('ix_replacements_ticket_id'), 'replacements', ['ticket_id'], unique=False)
    op.create_index(op.f('ix_replacements_line_id'), 'replacements', ['line_id'], unique=False)
    op.create_table(
        'refunds',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('ticket_id', sa.Integer(), nullable=False),
        sa.Column('amount', sa.BigInteger(), nullable=False),
        sa.Column('currency', sa.String(length=3), nullable=False),
        sa.Column('method', sa.String(length=20), nullable=False),
        sa.Column('reason', sa.Text(), nullable=False),
        sa.Column('user_id', sa.Integer(), nullable=True),
        sa.Column('at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['ticket_id'], ['tickets.id'], name=op.f('fk_refunds_ticket_id_tickets'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_refunds_user_id_users')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_refunds')),
    )
    op.create_index(op.f('ix_refunds_ticket_id'), 'refunds', ['ticket_id'], unique=False)
    op.create_table(
        'part_returns',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('replacement_id', sa.Integer(), nullable=False),
        sa.Column('ticket_id', sa.Integer(), nullable=False),
        sa.Column('part_id', sa.Integer(), nullable=True),
        sa.Column('faulty_serial', sa.String(length=100), nullable=False),
        sa.Column('status', sa.String(length=10), nullable=False),
        sa.Column('created_by_id', sa.Integer(), nullable=True),
        sa.Column('status_at', sa.DateTime(), nullable=False),
        sa.Column('status_by_id', sa.Integer(), nullable=True),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['replacement_id'], ['replacements.id'],
                                name=op.f('fk_part_returns_replacement_id_replacements'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['ticket_id'], ['tickets.id'], name=op.f('fk_part_returns_ticket_id_tickets'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['part_id'], ['parts.id'], name=op.f('fk_part_returns_part_id_parts')),
        sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_part_returns_created_by_id_users')),
        sa.ForeignKeyConstraint(['status_by_id'], ['users.id'], name=op.f('fk_part_returns_status_by_id_users')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_part_returns')),
    )
    op.create_index(op.f('ix_part_returns_replacement_id'), 'part_returns', ['replacement_id'], unique=False)
    op.create_index(op.f('ix_part_returns_ticket_id'), 'part_returns', ['ticket_id'], unique=False)
    op.create_index(op.f('ix_part_returns_status'), 'part_returns', ['status'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_part_returns_status'), table_name='part_returns')
    op.drop_index(op.f('ix_part_returns_ticket_id'), table_name='part_returns')
    op.drop_index(op.f('ix_part_returns_replacement_id'), table_name='part_returns')
    op.drop_table('part_returns')
    op.drop_index(op.f('ix_refunds_ticket_id'), table_name='refunds')
    op.drop_table('refunds')
    op.drop_index(op.f('ix_replacements_line_id'), table_name='replacements')
    op.drop_index(op.f('ix_replacements_ticket_id'), table_name='replacements')
    op.drop_table('replacements')
    with op.batch_alter_table('assets', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('fk_assets_replaced_by_id_assets'), type_='foreignkey')
        batch_op.drop_column('replaced_by_id')
    with op.batch_alter_table('tickets', schema=None) as batch_op:
        batch_op.drop_column('resolution')
