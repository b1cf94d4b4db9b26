"""settings of each clinic kept apart

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07 10:30:00

A regional server holds many clinics: each clinic's name, BIN, address, form codes and doctors
are kept under the clinic's code, so one clinic's settings never print on another's slips.

The clinic settings an earlier version kept in `settings` are the database's own clinic: they
move to `clinic_settings` under its code — its BIN (the stored one, else that of the
organisation marked as this one), or "" when none is known (the database's only clinic, given
its code by the next setup or the next save that names a BIN). The site prefix, the register of
desks and everything else of the whole database stay in `settings`.
"""
import json
import re

import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None

# The clinic's own settings as this revision knows them (db.settings.CLINIC_FIELDS).
CLINIC_KEYS = (
    'org_name_kk', 'org_name_ru', 'org_bin', 'org_address', 'org_phone', 'form_code_planned',
    'form_order_planned_kk', 'form_order_planned_ru', 'form_code_consultation',
    'form_code_diagnostics', 'form_code_emergency', 'form_order_other_kk', 'form_order_other_ru',
    'paper', 'validity_days', 'doctors',
)
BIN = re.compile(r'^\d{12}$')

settings = sa.table('settings', sa.column('key', sa.String), sa.column('value', sa.Text),
                    sa.column('updated_at', sa.DateTime))
clinic_settings = sa.table('clinic_settings', sa.column('clinic', sa.String),
                           sa.column('key', sa.String), sa.column('value', sa.Text),
                           sa.column('updated_at', sa.DateTime))
organisations = sa.table('organisations', sa.column('id', sa.Integer), sa.column('bin', sa.String),
                         sa.column('is_self', sa.Boolean), sa.column('deleted', sa.Boolean))


def _clinic_code(conn, rows) -> str:
    stored = {key: value for key, value, _at in rows}
    try:
        bin_ = json.loads(stored.get('org_bin') or 'null')
    except ValueError:
        bin_ = stored.get('org_bin')
    if isinstance(bin_, str) and BIN.match(bin_.strip()):
        return bin_.strip()
    own = conn.execute(sa.select(organisations.c.bin)
                       .where(organisations.c.is_self.is_(True), organisations.c.deleted.is_(False))
                       .order_by(organisations.c.id)).first()
    if own is not None and own.bin and BIN.match(own.bin.strip()):
        return own.bin.strip()
    return ''


def upgrade() -> None:
    op.create_table(
        'clinic_settings',
        sa.Column('clinic', sa.String(length=32), nullable=False),
        sa.Column('key', sa.String(length=64), nullable=False),
        sa.Column('value', sa.Text(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('clinic', 'key', name=op.f('pk_clinic_settings')),
    )
    conn = op.get_bind()
    rows = conn.execute(sa.select(settings.c.key, settings.c.value, settings.c.updated_at)
                        .where(settings.c.key.in_(CLINIC_KEYS))).all()
    if not rows:
        return
    code = _clinic_code(conn, rows)
    conn.execute(clinic_settings.insert(), [
        {'clinic': code, 'key': key, 'value': value, 'updated_at': at} for key, value, at in rows])
    conn.execute(settings.delete().where(settings.c.key.in_(CLINIC_KEYS)))


def downgrade() -> None:
    # One set of clinic settings fits the earlier schema: the database's only clinic, else the
    # clinic without a code, else the first by code.
    conn = op.get_bind()
    codes = [r[0] for r in conn.execute(sa.select(clinic_settings.c.clinic).distinct()
                                        .order_by(clinic_settings.c.clinic))]
    if codes:
        rows = conn.execute(sa.select(clinic_settings.c.key, clinic_settings.c.value,
                                      clinic_settings.c.updated_at)
                            .where(clinic_settings.c.clinic == codes[0],
                                   clinic_settings.c.key.in_(CLINIC_KEYS))).all()
        conn.execute(settings.delete().where(settings.c.key.in_([r.key for r in rows])))
        if rows:
            conn.execute(settings.insert(), [
                {'key': key, 'value': value, 'updated_at': at} for key, value, at in rows])
    op.drop_table('clinic_settings')
