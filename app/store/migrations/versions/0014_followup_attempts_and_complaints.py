"""follow-up attempts, hand-scheduled follow-ups, complaints

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-01 20:00:00

Each try at a follow-up call gets a row of its own. A follow-up already recorded keeps its
outcome, and that one recording becomes its first attempt (when it was last saved, by whom),
so that the attempts counted against the company's limit include it.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0014'
down_revision: str | None = '0013'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('followups', schema=None) as batch_op:
        batch_op.add_column(sa.Column('note', sa.Text(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('problem_persists', sa.Boolean(), nullable=False, server_default=sa.false()))
    op.create_table(
        'followup_attempts',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('followup_id', sa.Integer(), nullable=False),
        sa.Column('at', sa.DateTime(), nullable=False),
        sa.Column('outcome', sa.String(length=20), nullable=False),
        sa.Column('call_back_on', sa.Date(), nullable=True),
        sa.Column('note', sa.Text(), nullable=False),
        sa.Column('user_id', sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(['followup_id'], ['followups.id'],
                                name=op.f('fk_followup_attempts_followup_id_followups')),
        sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_followup_attempts_user_id_users')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_followup_attempts')),
    )
    op.create_index(op.f('ix_followup_attempts_followup_id'), 'followup_attempts', ['followup_id'], unique=False)
    op.get_bind().execute(sa.text(
        "INSERT INTO followup_attempts (followup_id, at, outcome, note, user_id) "
        "SELECT id, updated_at, outcome, '', user_id FROM followups WHERE outcome IS NOT NULL"))
    op.create_table(
        'complaints',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('customer_id', sa.Integer(), nullable=False),
        sa.Column('ticket_id', sa.Integer(), nullable=True),
        sa.Column('asset_id', sa.Integer(), nullable=True),
        sa.Column('channel', sa.String(length=20), nullable=False),
        sa.Column('category', sa.String(length=200), nullable=False),
        sa.Column('description', sa.Text(), nullable=False),
        sa.Column('owner_id', sa.Integer(), nullable=True),
        sa.Column('status', sa.String(length=20), nullable=False),
        sa.Column('answer', sa.Text(), nullable=False),
        sa.Column('root_cause', sa.Text(), nullable=False),
        sa.Column('action_required', sa.Text(), nullable=False),
        sa.Column('opened_at', sa.DateTime(), nullable=False),
        sa.Column('opened_by_id', sa.Integer(), nullable=True),
        sa.Column('answered_at', sa.DateTime(), nullable=True),
        sa.Column('answered_by_id', sa.Integer(), nullable=True),
        sa.Column('closed_at', sa.DateTime(), nullable=True),
        sa.Column('closed_by_id', sa.Integer(), nullable=True),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_complaints_customer_id_customers')),
        sa.ForeignKeyConstraint(['ticket_id'], ['tickets.id'], name=op.f('fk_complaints_ticket_id_tickets')),
        sa.ForeignKeyConstraint(['asset_id'], ['assets.id'], name=op.f('fk_complaints_asset_id_assets')),
        sa.ForeignKeyConstraint(['owner_id'], ['users.id'], name=op.f('fk_complaints_owner_id_users')),
        sa.ForeignKeyConstraint(['opened_by_id'], ['users.id'], name=op.f('fk_complaints_opened_by_id_users')),
        sa.ForeignKeyConstraint(['answered_by_id'], ['users.id'], name=op.f('fk_complaints_answered_by_id_users')),
        sa.ForeignKeyConstraint(['closed_by_id'], ['users.id'], name=op.f('fk_complaints_closed_by_id_users')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_complaints')),
    )
    for column in ('customer_id', 'ticket_id', 'asset_id', 'status'):
        op.create_index(op.f(f'ix_complaints_{column}'), 'complaints', [column], unique=False)


def downgrade() -> None:
    for column in ('status', 'asset_id', 'ticket_id', 'customer_id'):
        op.drop_index(op.f(f'ix_complaints_{column}'), table_name='complaints')
    op.drop_table('complaints')
    op.drop_index(op.f('ix_followup_attempts_followup_id'), table_name='followup_attempts')
    op.drop_table('followup_attempts')
    with op.batch_alter_table('followups', schema=None) as batch_op:
        batch_op.drop_column('problem_persists')
        batch_op.drop_column('note')
