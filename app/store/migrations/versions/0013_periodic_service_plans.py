"""periodic service plans: a version for moving a due date, an unknown due date, contract visits

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-01 20:00:00

A plan's due date may now be unknown (a unit whose purchase date nobody recorded), a contract's
plan has no interval (its visits are spread over the contract), and a plan counts the services
delivered under it. Plans saved so far keep their dates.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0013'
down_revision: str | None = '0012'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('maintenance_plans', schema=None) as batch_op:
        batch_op.add_column(sa.Column('version', sa.Integer(), nullable=False, server_default='1'))
        batch_op.add_column(sa.Column('visits_done', sa.Integer(), nullable=False, server_default='0'))
        batch_op.alter_column('interval_months', existing_type=sa.Integer(), nullable=True)
        batch_op.alter_column('next_due', existing_type=sa.Date(), nullable=True)


def downgrade() -> None:
    # The older schema can hold neither a plan without a date nor one without an interval.
    op.execute("DELETE FROM maintenance_plans WHERE next_due IS NULL")
    op.execute("UPDATE maintenance_plans SET interval_months = 0 WHERE interval_months IS NULL")
    with op.batch_alter_table('maintenance_plans', schema=None) as batch_op:
        batch_op.alter_column('next_due', existing_type=sa.Date(), nullable=False)
        batch_op.alter_column('interval_months', existing_type=sa.Integer(), nullable=False)
        batch_op.drop_column('visits_done')
        batch_op.drop_column('version')
