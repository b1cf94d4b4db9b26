"""what a desk holds: the hub remembers each site's clinic and the patients a clinic fetched

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-10 09:00:00

Only the hub (PostgreSQL) gets anything. `sync_sites` names the clinic of every site prefix that
syncs with the hub (filled from the change log for the sites already there). `sync_scope` keeps
the patients a desk of a clinic fetched on demand: from then on they belong to what that
clinic's desks hold. Records merged into another are found by the one they were merged into.
A desk's own file needs none of this.
"""
from alembic import op

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("CREATE TABLE sync_sites (site varchar(16) PRIMARY KEY, clinic varchar(32) NOT NULL,"
               " at timestamp without time zone)")
    op.execute("INSERT INTO sync_sites (site, clinic, at) "
               "SELECT DISTINCT ON (site) site, clinic, at FROM sync_changes "
               "WHERE site IS NOT NULL AND site <> '' AND clinic IS NOT NULL AND clinic <> '' "
               "ORDER BY site, seq DESC")
    op.execute("CREATE TABLE sync_scope (clinic varchar(32) NOT NULL, patient_uuid varchar(32) NOT NULL,"
               " since timestamp without time zone NOT NULL, desk varchar(64),"
               " PRIMARY KEY (clinic, patient_uuid))")
    op.execute("CREATE INDEX ix_patients_merged_into_id ON patients (merged_into_id) "
               "WHERE merged_into_id IS NOT NULL")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP INDEX IF EXISTS ix_patients_merged_into_id")
    op.execute("DROP TABLE IF EXISTS sync_scope")
    op.execute("DROP TABLE IF EXISTS sync_sites")
