"""rule packs installed by an administrator, and the history of which one is active

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-08 09:00:00
"""
import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'rule_packs',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('version', sa.String(length=32), nullable=False),
        sa.Column('content_hash', sa.String(length=16), nullable=False),
        sa.Column('content', sa.LargeBinary(), nullable=False),
        sa.Column('installed_at', sa.DateTime(), nullable=False),
        sa.Column('installed_by', sa.String(length=100), nullable=False),
        sa.Column('note', sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_rule_packs')),
        sa.UniqueConstraint('version', name=op.f('uq_rule_packs_version')),
    )
    op.create_table(
        'rule_pack_activations',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('at', sa.DateTime(), nullable=False),
        sa.Column('pack_id', sa.Integer(), nullable=True),
        sa.Column('version', sa.String(length=32), nullable=False),
        sa.Column('content_hash', sa.String(length=16), nullable=False),
        sa.Column('operator', sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(['pack_id'], ['rule_packs.id'],
                                name=op.f('fk_rule_pack_activations_pack_id_rule_packs')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_rule_pack_activations')),
    )


def downgrade() -> None:
    op.drop_table('rule_pack_activations')
    op.drop_table('rule_packs')
