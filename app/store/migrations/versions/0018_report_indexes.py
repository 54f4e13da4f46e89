"""tickets, warranties and history: indexes for the monthly report

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-01 23:00:00

The report reads a month's deliveries and its answered estimates; without these indexes each
of those figures read every ticket ever recorded. Customers retained and lost read every
customer's jobs in order, and the warranties ending in a month are counted by kind: both
from an index alone, without reading the rows. The reopenings are a few among the whole
history: a partial index finds a month's.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0018'
down_revision: str | None = '0017'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('tickets', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_tickets_delivered_at'), ['delivered_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_tickets_approval_at'), ['approval_at'], unique=False)
        batch_op.create_index('ix_tickets_customer_opened', ['customer_id', 'opened_at'], unique=False)
    with op.batch_alter_table('warranties', schema=None) as batch_op:
        batch_op.create_index('ix_warranties_ending', ['end_date', 'voided_on', 'kind'], unique=False)
    reopened = sa.text("to_status = 'reopened'")
    op.create_index('ix_ticket_events_reopened', 'ticket_events', ['at'], unique=False,
                    sqlite_where=reopened, postgresql_where=reopened)


def downgrade() -> None:
    op.drop_index('ix_ticket_events_reopened', table_name='ticket_events')
    with op.batch_alter_table('warranties', schema=None) as batch_op:
        batch_op.drop_index('ix_warranties_ending')
    with op.batch_alter_table('tickets', schema=None) as batch_op:
        batch_op.drop_index('ix_tickets_customer_opened')
        batch_op.drop_index(batch_op.f('ix_tickets_approval_at'))
        batch_op.drop_index(batch_op.f('ix_tickets_delivered_at'))
