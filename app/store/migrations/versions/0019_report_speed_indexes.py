"""tickets, history and follow-ups: the monthly report's figures read from indexes

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-01 23:55:00

The backlog at a month's end is counted from an index of delivery and receipt (it replaces the
delivery index alone), the month's finished calls from an index of when they were done, and the
moves taken back from a partial index of the corrections, which are few among the history.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0019'
down_revision: str | None = '0018'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('tickets', schema=None) as batch_op:
        batch_op.drop_index('ix_tickets_delivered_at')
        batch_op.create_index('ix_tickets_delivered_opened', ['delivered_at', 'opened_at'], unique=False)
    with op.batch_alter_table('followups', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_followups_done_at'), ['done_at'], unique=False)
    corrections = sa.text("kind = 'change'")
    op.create_index('ix_ticket_events_corrections', 'ticket_events', ['ticket_id'], unique=False,
                    sqlite_where=corrections, postgresql_where=corrections)


def downgrade() -> None:
    op.drop_index('ix_ticket_events_corrections', table_name='ticket_events')
    with op.batch_alter_table('followups', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_followups_done_at'))
    with op.batch_alter_table('tickets', schema=None) as batch_op:
        batch_op.drop_index('ix_tickets_delivered_opened')
        batch_op.create_index('ix_tickets_delivered_at', ['delivered_at'], unique=False)
