"""contracts: drafts, parts included or not, a reason for a cancellation, renewals, and
their visits as records

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-01 20:00:00

Every contract saved so far was signed (none is a draft) and its price included the parts
(what coverage assumed until now). Each job that used one of a contract's visits, and was
not cancelled, becomes that contract's visit on the day it was opened (its UTC date: the
desk's time zone is not known here), with the job's technician; `visits_used` keeps the
count it had, so a contract whose visits were counted before Khedmat kept them shows those
as used without a record.
"""
from collections.abc import Sequence
from datetime import UTC, date, datetime

import sqlalchemy as sa
from alembic import op

revision: str = '0012'
down_revision: str | None = '0011'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Columns added in place, never by copying the table: tickets, units and plans refer to
    # contracts, and SQLite refuses to drop a table others refer to.
    with op.batch_alter_table('contracts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('cancel_reason', sa.Text(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('draft', sa.Boolean(), nullable=False, server_default='0'))
        batch_op.add_column(sa.Column('parts_included', sa.Boolean(), nullable=False, server_default='1'))
    # A column with its reference, in one statement both SQLite and PostgreSQL take (alembic
    # would add the reference apart, which SQLite does only by copying the table).
    op.execute("ALTER TABLE contracts ADD COLUMN renewal_of_id INTEGER "
               "CONSTRAINT fk_contracts_renewal_of_id_contracts REFERENCES contracts (id)")
    op.create_index(op.f('ix_contracts_renewal_of_id'), 'contracts', ['renewal_of_id'], unique=False)
    op.create_table(
        'contract_visits',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('contract_id', sa.Integer(), nullable=False),
        sa.Column('visited_on', sa.Date(), nullable=False),
        sa.Column('technician_id', sa.Integer(), nullable=True),
        sa.Column('ticket_id', sa.Integer(), nullable=True),
        sa.Column('notes', sa.Text(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['contract_id'], ['contracts.id'],
                                name=op.f('fk_contract_visits_contract_id_contracts'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['technician_id'], ['users.id'], name=op.f('fk_contract_visits_technician_id_users')),
        sa.ForeignKeyConstraint(['ticket_id'], ['tickets.id'], name=op.f('fk_contract_visits_ticket_id_tickets')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_contract_visits')),
    )
    op.create_index(op.f('ix_contract_visits_contract_id'), 'contract_visits', ['contract_id'], unique=False)
    op.create_index(op.f('ix_contract_visits_ticket_id'), 'contract_visits', ['ticket_id'], unique=False)
    conn = op.get_bind()
    now = datetime.now(UTC).replace(tzinfo=None)
    jobs = conn.execute(sa.text(
        "SELECT id, contract_id, assignee_id, opened_at FROM tickets "
        "WHERE contract_id IS NOT NULL AND status <> 'cancelled' ORDER BY id")).all()
    for ticket_id, contract_id, assignee_id, opened_at in jobs:
        opened = datetime.fromisoformat(opened_at) if isinstance(opened_at, str) else opened_at
        conn.execute(sa.text(
            "INSERT INTO contract_visits (contract_id, visited_on, technician_id, ticket_id, notes, created_at, "
            "updated_at) VALUES (:contract, :day, :technician, :ticket, '', :now, :now)")
            .bindparams(sa.bindparam("day", type_=sa.Date()), sa.bindparam("now", type_=sa.DateTime())),
            {"contract": contract_id, "day": date(opened.year, opened.month, opened.day),
             "technician": assignee_id, "ticket": ticket_id, "now": now})


def downgrade() -> None:
    op.drop_index(op.f('ix_contract_visits_ticket_id'), table_name='contract_visits')
    op.drop_index(op.f('ix_contract_visits_contract_id'), table_name='contract_visits')
    op.drop_table('contract_visits')
    with op.batch_alter_table('contracts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contracts_renewal_of_id'))
        batch_op.drop_column('renewal_of_id')
        batch_op.drop_column('parts_included')
        batch_op.drop_column('draft')
        batch_op.drop_column('cancel_reason')
