"""installed rule packs, their activations and the printed-slip log travel between desks

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-09 09:00:00

Rule packs, their activations and the lines of the printed-slip log get a uuid of their own
(filled for the rows already there): the same pack, activation or print is recognised on every
desk and on the hub, so sending one twice stores it once. Audit events need nothing new: each
desk numbers its own chain, and a chain and a number name one event everywhere.
"""
import uuid

import sqlalchemy as sa
from alembic import op

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None

TABLES = ('rule_packs', 'rule_pack_activations', 'referral_prints')


def upgrade() -> None:
    bind = op.get_bind()
    for name in TABLES:
        op.add_column(name, sa.Column('uuid', sa.String(length=32), nullable=True))
        t = sa.table(name, sa.column('id', sa.Integer), sa.column('uuid', sa.String))
        ids = [row[0] for row in bind.execute(sa.select(t.c.id).order_by(t.c.id))]
        if ids:
            bind.execute(sa.update(t).where(t.c.id == sa.bindparam('b_id'))
                         .values(uuid=sa.bindparam('v_uuid')),
                         [{'b_id': i, 'v_uuid': uuid.uuid4().hex} for i in ids])
        op.create_index(f'ix_{name}_uuid', name, ['uuid'], unique=True)


def downgrade() -> None:
    for name in reversed(TABLES):
        op.drop_index(f'ix_{name}_uuid', table_name=name)
        with op.batch_alter_table(name) as batch:
            batch.drop_column('uuid')
