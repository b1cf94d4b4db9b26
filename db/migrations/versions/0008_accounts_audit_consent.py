"""accounts with passwords and roles, an audit trail sealed as a hash chain, consents, and the
operator of every change

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07 10:00:00

Users gain an Argon2 password hash, an active flag and the lockout counters; what each role may
do becomes data (`role_permissions`). Audit events gain their chain, number, the previous
event's hash and their own; the events already recorded are sealed in the order they were
written, and from now on the database refuses to update or delete an audit event. Each row that
travels between desks names who last changed it (`changed_by`). A patient's consent to the
processing of personal data is recorded in `consents`.
"""

import sqlalchemy as sa
from alembic import op

from db.audit import GENESIS, event_hash

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

SYNCED = ("organisations", "patients", "identity_documents", "legal_statuses", "fund_checks",
          "state_categories", "payment_periods", "conditions", "vhi_contracts", "visits",
          "referrals", "users")

SQLITE_GUARDS = (
    "CREATE TRIGGER audit_events_append_only_update BEFORE UPDATE ON audit_events "
    "BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END",
    "CREATE TRIGGER audit_events_append_only_delete BEFORE DELETE ON audit_events "
    "BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END",
)
PG_GUARDS = (
    "CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS "
    "$$ BEGIN RAISE EXCEPTION 'audit events are append-only'; END $$",
    "CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events "
    "FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()",
)


def _seal_existing(bind) -> None:
    """Number and hash the events recorded before the chain existed, oldest first."""
    rows = bind.execute(sa.text(
        "SELECT id, at, operator, action, entity, entity_uuid, detail FROM audit_events "
        "ORDER BY id")).all()
    prev, seq = GENESIS, 0
    for row in rows:
        seq += 1
        when = _as_datetime(row.at)
        patient_uuid = row.entity_uuid if row.entity == "patient" else None
        digest = event_hash("", seq, prev, when, row.operator or "", row.action, row.entity,
                            row.entity_uuid, patient_uuid, row.detail or "{}")
        bind.execute(sa.text(
            "UPDATE audit_events SET chain = '', seq = :seq, prev_hash = :prev, hash = :hash, "
            "patient_uuid = :patient, operator = :operator, detail = :detail "
            "WHERE id = :id"),
            {"seq": seq, "prev": prev, "hash": digest, "patient": patient_uuid,
             "operator": row.operator or "", "detail": row.detail or "{}",
             "id": row.id})
        prev = digest
    bind.execute(sa.text("INSERT INTO audit_heads (chain, seq, hash) VALUES ('', :seq, :hash)"),
                 {"seq": seq, "hash": prev})


def _as_datetime(value):
    from datetime import datetime

    if isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


def upgrade() -> None:
    bind = op.get_bind()
    with op.batch_alter_table('users') as batch:
        batch.add_column(sa.Column('password_hash', sa.String(length=200), nullable=True))
        batch.add_column(sa.Column('active', sa.Boolean(), nullable=False, server_default=sa.true()))
        batch.add_column(sa.Column('failed_logins', sa.Integer(), nullable=False, server_default='0'))
        batch.add_column(sa.Column('locked_until', sa.DateTime(), nullable=True))
        batch.add_column(sa.Column('last_login_at', sa.DateTime(), nullable=True))
    for table in SYNCED:
        op.add_column(table, sa.Column('changed_by', sa.String(length=100), nullable=True))
    op.create_table(
        'role_permissions',
        sa.Column('role', sa.String(length=32), nullable=False),
        sa.Column('permission', sa.String(length=48), nullable=False),
        sa.PrimaryKeyConstraint('role', 'permission', name=op.f('pk_role_permissions')),
    )
    op.create_table(
        'audit_heads',
        sa.Column('chain', sa.String(length=40), nullable=False),
        sa.Column('seq', sa.Integer(), nullable=False),
        sa.Column('hash', sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint('chain', name=op.f('pk_audit_heads')),
    )
    op.add_column('audit_events', sa.Column('patient_uuid', sa.String(length=32), nullable=True))
    op.add_column('audit_events', sa.Column('chain', sa.String(length=40), nullable=False,
                                            server_default=''))
    op.add_column('audit_events', sa.Column('seq', sa.Integer(), nullable=True))
    op.add_column('audit_events', sa.Column('prev_hash', sa.String(length=64), nullable=True))
    op.add_column('audit_events', sa.Column('hash', sa.String(length=64), nullable=True))
    _seal_existing(bind)
    op.create_index('ix_audit_events_patient_uuid', 'audit_events', ['patient_uuid'])
    op.create_index('ix_audit_events_chain_seq', 'audit_events', ['chain', 'seq'], unique=True)
    op.create_table(
        'consents',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('patient_id', sa.Integer(), nullable=False),
        sa.Column('given_on', sa.Date(), nullable=False),
        sa.Column('scope', sa.String(length=32), nullable=False),
        sa.Column('form_number', sa.String(length=40), nullable=True),
        sa.Column('operator', sa.String(length=100), nullable=False),
        sa.Column('withdrawn_on', sa.Date(), nullable=True),
        sa.Column('uuid', sa.String(length=32), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('origin_site', sa.String(length=16), nullable=False),
        sa.Column('deleted', sa.Boolean(), nullable=False),
        sa.Column('changed_by', sa.String(length=100), nullable=True),
        sa.ForeignKeyConstraint(['patient_id'], ['patients.id'], ondelete='CASCADE',
                                name=op.f('fk_consents_patient_id_patients')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_consents')),
        sa.UniqueConstraint('uuid', name=op.f('uq_consents_uuid')),
    )
    op.create_index(op.f('ix_consents_patient_id'), 'consents', ['patient_id'])
    for statement in (PG_GUARDS if bind.dialect.name == "postgresql" else SQLITE_GUARDS):
        op.execute(statement)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        op.execute("DROP TRIGGER audit_events_append_only ON audit_events")
        op.execute("DROP FUNCTION audit_events_append_only()")
    else:
        op.execute("DROP TRIGGER audit_events_append_only_update")
        op.execute("DROP TRIGGER audit_events_append_only_delete")
    op.drop_index(op.f('ix_consents_patient_id'), table_name='consents')
    op.drop_table('consents')
    op.drop_index('ix_audit_events_chain_seq', table_name='audit_events')
    op.drop_index('ix_audit_events_patient_uuid', table_name='audit_events')
    with op.batch_alter_table('audit_events') as batch:
        for column in ('hash', 'prev_hash', 'seq', 'chain', 'patient_uuid'):
            batch.drop_column(column)
    op.drop_table('audit_heads')
    op.drop_table('role_permissions')
    for table in SYNCED:
        with op.batch_alter_table(table) as batch:
            batch.drop_column('changed_by')
    with op.batch_alter_table('users') as batch:
        for column in ('last_login_at', 'locked_until', 'failed_logins', 'active', 'password_hash'):
            batch.drop_column(column)
