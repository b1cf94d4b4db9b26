"""visits and referrals can be voided, patients merged; attachment and Fund-answer details

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07 07:00:00

A visit or referral entered by mistake is voided (when, by whom, why), never deleted, so its
number is never reused. A patient record merged into another keeps a pointer to the one that
remains. The attachment to a primary-care organisation gains its start date and where it was
learned; a Fund answer the patient showed on a phone keeps the category it named. Only new
nullable columns: no table is rebuilt.
"""
import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

VOIDABLE = ("visits", "referrals")


def upgrade() -> None:
    for table in VOIDABLE:
        op.add_column(table, sa.Column('voided_at', sa.DateTime(), nullable=True))
        op.add_column(table, sa.Column('voided_by', sa.String(length=100), nullable=True))
        op.add_column(table, sa.Column('void_reason', sa.Text(), nullable=True))
    op.add_column('patients', sa.Column('merged_into_id', sa.Integer(), nullable=True))
    op.add_column('patients', sa.Column('attached_since', sa.Date(), nullable=True))
    op.add_column('patients', sa.Column('attachment_source', sa.String(length=32), nullable=True))
    op.add_column('fund_checks', sa.Column('category', sa.String(length=32), nullable=True))


def downgrade() -> None:
    op.drop_column('fund_checks', 'category')
    for column in ('attachment_source', 'attached_since', 'merged_into_id'):
        op.drop_column('patients', column)
    for table in VOIDABLE:
        for column in ('void_reason', 'voided_by', 'voided_at'):
            op.drop_column(table, column)
