"""warranty rules: per product and category, claim limits, extended warranties sold, repair
warranties, and coverage per ticket line

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-01 20:00:00

A product's default warranty becomes optional (its category's rule, else the clerk's entry);
existing products keep their months. Lines saved before keep whether they were covered, and
are told by which rule: the ticket's warranty or contract, else charged.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0016'
down_revision: str | None = '0015'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        'category_rules',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('category', sa.String(length=100), nullable=False),
        sa.Column('warranty_months', sa.Integer(), nullable=True),
        sa.Column('claim_limit', sa.Integer(), nullable=True),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_category_rules')),
        sa.UniqueConstraint('category', name=op.f('uq_category_rules_category')),
    )
    with op.batch_alter_table('products', schema=None) as batch_op:
        batch_op.alter_column('default_warranty_months', existing_type=sa.Integer(), nullable=True)
        batch_op.add_column(sa.Column('warranty_claim_limit', sa.Integer(), nullable=True))
    with op.batch_alter_table('parts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('consumable', sa.Boolean(), nullable=False, server_default=sa.false()))
    with op.batch_alter_table('warranties', schema=None) as batch_op:
        batch_op.add_column(sa.Column('rule', sa.String(length=10), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('claim_limit', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('claims_used', sa.Integer(), nullable=False, server_default='0'))
        batch_op.add_column(sa.Column('price', sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column('sold_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('ticket_id', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_warranties_ticket_id'), ['ticket_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_warranties_ticket_id_tickets'), 'tickets', ['ticket_id'], ['id'])
    op.create_table(
        'warranty_parts',
        sa.Column('warranty_id', sa.Integer(), nullable=False),
        sa.Column('part_id', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['part_id'], ['parts.id'], name=op.f('fk_warranty_parts_part_id_parts')),
        sa.ForeignKeyConstraint(['warranty_id'], ['warranties.id'],
                                name=op.f('fk_warranty_parts_warranty_id_warranties'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('warranty_id', 'part_id', name=op.f('pk_warranty_parts')),
    )
    with op.batch_alter_table('tickets', schema=None) as batch_op:
        batch_op.add_column(sa.Column('warranty_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('warranty_claim', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('repair_warranty_id', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_tickets_warranty_id'), ['warranty_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_tickets_warranty_id_warranties'), 'warranties',
                                    ['warranty_id'], ['id'])
        batch_op.create_foreign_key(batch_op.f('fk_tickets_repair_warranty_id_warranties'), 'warranties',
                                    ['repair_warranty_id'], ['id'])
    with op.batch_alter_table('ticket_lines', schema=None) as batch_op:
        batch_op.add_column(sa.Column('coverage_rule', sa.String(length=20), nullable=False,
                                      server_default='charged'))
        batch_op.add_column(sa.Column('override_reason', sa.Text(), nullable=False, server_default=''))
    op.get_bind().execute(sa.text(
        "UPDATE ticket_lines SET coverage_rule = COALESCE((SELECT CASE WHEN t.contract_id IS NOT NULL "
        "THEN 'contract' WHEN t.coverage = 'warranty' THEN 'warranty' END FROM tickets t "
        "WHERE t.id = ticket_lines.ticket_id), 'override_covered') WHERE covered"))


def downgrade() -> None:
    with op.batch_alter_table('ticket_lines', schema=None) as batch_op:
        batch_op.drop_column('override_reason')
        batch_op.drop_column('coverage_rule')
    with op.batch_alter_table('tickets', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_tickets_repair_warranty_id_warranties'), type_='foreignkey')
        batch_op.drop_constraint(batch_op.f('fk_tickets_warranty_id_warranties'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_tickets_warranty_id'))
        batch_op.drop_column('repair_warranty_id')
        batch_op.drop_column('warranty_claim')
        batch_op.drop_column('warranty_id')
    op.drop_table('warranty_parts')
    with op.batch_alter_table('warranties', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_warranties_ticket_id_tickets'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_warranties_ticket_id'))
        for column in ('ticket_id', 'sold_on', 'price', 'claims_used', 'claim_limit', 'rule'):
            batch_op.drop_column(column)
    with op.batch_alter_table('parts', schema=None) as batch_op:
        batch_op.drop_column('consumable')
    op.get_bind().execute(sa.text("UPDATE products SET default_warranty_months = 0 "
                                  "WHERE default_warranty_months IS NULL"))
    with op.batch_alter_table('products', schema=None) as batch_op:
        batch_op.drop_column('warranty_claim_limit')
        batch_op.alter_column('default_warranty_months', existing_type=sa.Integer(), nullable=False)
    op.drop_table('category_rules')
