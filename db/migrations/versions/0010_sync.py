"""offline-first sync with a hub: the desk's outbox, the hub's change log, the conflict log

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-08 09:00:00

On a desk's own file (SQLite) every insert or update of a row that travels between desks also
writes a line into `sync_outbox`, in the same transaction, whatever code wrote it: the table,
the row's uuid, the columns that changed, the version the change was made on, and when. Rows
the sync itself applies (pulled from the hub) write nothing there while `sync_applying` holds
its one row.

On the hub (PostgreSQL) every insert or update of such a row writes a line into `sync_changes`
in the same transaction: a growing sequence, the writing transaction's id (a reader pulls by
snapshots, so a transaction that commits late is never passed over), the columns that changed,
and the site, clinic and desk it came from. A changed row's version always grows on the hub.
`sync_conflicts` keeps every value a conflict overwrote; `sync_aliases` the organisations and
accounts two desks created under one code or login; `sync_state` the desk's own progress.
"""
import sqlalchemy as sa
from alembic import op

from db.sync_schema import SYNCED, pg_statements, pg_undo, sqlite_triggers

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    op.create_table(
        'sync_outbox',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('tbl', sa.String(length=40), nullable=False),
        sa.Column('uuid', sa.String(length=32), nullable=False),
        sa.Column('fields', sa.Text(), nullable=False),
        sa.Column('base', sa.Integer(), nullable=False),
        sa.Column('at', sa.String(length=26), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_outbox')),
        sqlite_autoincrement=True,
    )
    op.create_index('ix_sync_outbox_uuid', 'sync_outbox', ['uuid'])
    op.create_table(
        'sync_applying',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_applying')),
    )
    op.create_table(
        'sync_state',
        sa.Column('key', sa.String(length=64), nullable=False),
        sa.Column('value', sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint('key', name=op.f('pk_sync_state')),
    )
    op.create_table(
        'sync_conflicts',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('uuid', sa.String(length=32), nullable=False),
        sa.Column('at', sa.DateTime(), nullable=False),
        sa.Column('tbl', sa.String(length=40), nullable=False),
        sa.Column('row_uuid', sa.String(length=32), nullable=False),
        sa.Column('field', sa.String(length=64), nullable=False),
        sa.Column('kept', sa.Text(), nullable=True),
        sa.Column('lost', sa.Text(), nullable=True),
        sa.Column('kept_site', sa.String(length=16), nullable=True),
        sa.Column('lost_site', sa.String(length=16), nullable=True),
        sa.Column('kept_at', sa.DateTime(), nullable=True),
        sa.Column('lost_at', sa.DateTime(), nullable=True),
        sa.Column('desk', sa.String(length=64), nullable=True),
        sa.Column('reason', sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_conflicts')),
        sa.UniqueConstraint('uuid', name=op.f('uq_sync_conflicts_uuid')),
    )
    op.create_index('ix_sync_conflicts_row_uuid', 'sync_conflicts', ['row_uuid'])
    op.create_table(
        'sync_aliases',
        sa.Column('uuid', sa.String(length=32), nullable=False),
        sa.Column('tbl', sa.String(length=40), nullable=False),
        sa.Column('target', sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint('uuid', name=op.f('pk_sync_aliases')),
    )
    if bind.dialect.name == "postgresql":
        for statement in pg_statements():
            op.execute(statement)
    else:
        for statement in sqlite_triggers(bind):
            op.execute(statement)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        for statement in pg_undo():
            op.execute(statement)
    else:
        for table in SYNCED:
            op.execute(f"DROP TRIGGER IF EXISTS sync_out_{table}_ins")
            op.execute(f"DROP TRIGGER IF EXISTS sync_out_{table}_upd")
    op.drop_table('sync_aliases')
    op.drop_index('ix_sync_conflicts_row_uuid', table_name='sync_conflicts')
    op.drop_table('sync_conflicts')
    op.drop_table('sync_state')
    op.drop_table('sync_applying')
    op.drop_index('ix_sync_outbox_uuid', table_name='sync_outbox')
    op.drop_table('sync_outbox')
