"""tickets, customers, units: trigram indexes under the searched text

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-02 01:40:00

A search for a fragment anywhere in a name, a mobile or a serial (`LIKE '%…%'`) reads every
row; at 100,000 tickets that is 30 ms a keystroke, growing with every ticket. SQLite gets FTS5
tables with the trigram tokenizer over the searched columns, external-content (they hold the
index only, the text stays in its table), kept in step by triggers in the same transaction as
every write — a service's, the import's bulk insert, a merge, a later migration's UPDATE — and
filled here. PostgreSQL gets pg_trgm GIN indexes on the same columns, which its planner uses
for the very LIKE statements the lists send. The units list, which leaves archived units out,
reads the few archived ones from a partial index instead of walking all the units.

A later migration that rebuilds one of these tables in batch mode (copy, drop, rename) drops its
triggers with it and must create them again: tests/store/test_search_index.py checks they are
there at head.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0020'
down_revision: str | None = '0019'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SEARCHED = {
    'tickets': ('search_norm',),
    'customers': ('name_norm', 'mobile_key', 'phone_key'),
    'assets': ('serial_norm',),
}
"""The columns the tickets, customers and units lists (and the global search) look in."""


def _sqlite_upgrade(table: str, columns: tuple[str, ...]) -> None:
    index = f'{table}_fts'
    names = ', '.join(columns)
    new = ', '.join(f'new.{c}' for c in columns)
    old = ', '.join(f'old.{c}' for c in columns)
    op.execute(f"CREATE VIRTUAL TABLE {index} USING fts5({names}, content='{table}', content_rowid='id', "
               f"tokenize='trigram')")
    op.execute(f"CREATE TRIGGER {index}_insert AFTER INSERT ON {table} BEGIN "
               f"INSERT INTO {index} (rowid, {names}) VALUES (new.id, {new}); END")
    op.execute(f"CREATE TRIGGER {index}_delete AFTER DELETE ON {table} BEGIN "
               f"INSERT INTO {index} ({index}, rowid, {names}) VALUES ('delete', old.id, {old}); END")
    op.execute(f"CREATE TRIGGER {index}_update AFTER UPDATE OF {names} ON {table} BEGIN "
               f"INSERT INTO {index} ({index}, rowid, {names}) VALUES ('delete', old.id, {old}); "
               f"INSERT INTO {index} (rowid, {names}) VALUES (new.id, {new}); END")
    op.execute(f"INSERT INTO {index} ({index}) VALUES ('rebuild')")


def upgrade() -> None:
    archived = sa.text('archived_at IS NOT NULL')
    op.create_index('ix_assets_archived', 'assets', ['id'], unique=False, sqlite_where=archived,
                    postgresql_where=archived)
    dialect = op.get_bind().dialect.name
    if dialect == 'sqlite':
        for table, columns in SEARCHED.items():
            _sqlite_upgrade(table, columns)
    elif dialect == 'postgresql':
        op.execute('CREATE EXTENSION IF NOT EXISTS pg_trgm')
        for table, columns in SEARCHED.items():
            for column in columns:
                op.create_index(f'ix_{table}_{column}_trgm', table, [column], unique=False,
                                postgresql_using='gin', postgresql_ops={column: 'gin_trgm_ops'})


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == 'sqlite':
        for table in SEARCHED:
            for trigger in ('insert', 'delete', 'update'):
                op.execute(f'DROP TRIGGER {table}_fts_{trigger}')
            op.execute(f'DROP TABLE {table}_fts')
    elif dialect == 'postgresql':
        for table, columns in SEARCHED.items():
            for column in columns:
                op.drop_index(f'ix_{table}_{column}_trgm', table_name=table)
    op.drop_index('ix_assets_archived', table_name='assets')
