"""settings of each clinic kept apart

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07 10:30:00

A regional server holds many clinics: each clinic's name, BIN, address, form codes and doctors
are kept under the clinic's code, so one clinic's settings never print on another's slips.
"""
import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'clinic_settings',
        sa.Column('clinic', sa.String(length=32), nullable=False),
        sa.Column('key', sa.String(length=64), nullable=False),
        sa.Column('value', sa.Text(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('clinic', 'key', name=op.f('pk_clinic_settings')),
    )


def downgrade() -> None:
    op.drop_table('clinic_settings')
