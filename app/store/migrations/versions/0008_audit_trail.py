"""the audit trail: an append-only table of every create, update and delete

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01 18:30:00

The database itself refuses to change or delete an entry, whatever program connects.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0008'
down_revision: str | None = '0007'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

REFUSAL = "the audit trail is append-only"


def upgrade() -> None:
    op.create_table(
        'audit_log',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('at', sa.DateTime(), nullable=False),
        sa.Column('user_id', sa.Integer(), nullable=True),
        sa.Column('user_name', sa.String(length=100), nullable=False),
        sa.Column('action', sa.String(length=10), nullable=False),
        sa.Column('record_type', sa.String(length=40), nullable=False),
        sa.Column('record_id', sa.Integer(), nullable=True),
        sa.Column('changes', sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_log')),
    )
    op.create_index(op.f('ix_audit_log_at'), 'audit_log', ['at'], unique=False)
    op.create_index('ix_audit_log_record', 'audit_log', ['record_type', 'record_id'], unique=False)
    if op.get_bind().dialect.name == 'postgresql':
        op.execute(f"""CREATE FUNCTION audit_log_refuse() RETURNS trigger AS $$
                       BEGIN RAISE EXCEPTION '{REFUSAL}'; END $$ LANGUAGE plpgsql""")
        op.execute("""CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
                      FOR EACH ROW EXECUTE FUNCTION audit_log_refuse()""")
    else:
        for what in ('UPDATE', 'DELETE'):
            op.execute(f"""CREATE TRIGGER audit_log_no_{what.lower()} BEFORE {what} ON audit_log
                           BEGIN SELECT RAISE(ABORT, '{REFUSAL}'); END""")


def downgrade() -> None:
    if op.get_bind().dialect.name == 'postgresql':
        op.execute("DROP TRIGGER audit_log_append_only ON audit_log")
        op.execute("DROP FUNCTION audit_log_refuse()")
    op.drop_index('ix_audit_log_record', table_name='audit_log')
    op.drop_index(op.f('ix_audit_log_at'), table_name='audit_log')
    op.drop_table('audit_log')
