"""a clinic keeps the patients who leave its attachment area

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07 14:00:00

Only the hub (PostgreSQL) gets anything. A patient attached to a clinic is in what that clinic's
desks hold; when his attachment moves to another organisation, the change that moves him (and
every later one) must still reach the desks that hold him, or they would keep "attached here"
for someone attached elsewhere. A trigger on the hub's patients adds him to the former clinic's
`sync_scope` whenever his attachment leaves an organisation with a BIN, whoever changes it (a
desk's push, an import run on the hub, a console).
"""
from alembic import op

revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("""
CREATE FUNCTION tirkeu_scope_keeps_attachment() RETURNS trigger AS $$
BEGIN
    IF OLD.attached_org_id IS NOT NULL
       AND OLD.attached_org_id IS DISTINCT FROM NEW.attached_org_id THEN
        INSERT INTO sync_scope (clinic, patient_uuid, since, desk)
        SELECT o.bin, NEW.uuid, now() AT TIME ZONE 'utc', NULL
          FROM organisations o
         WHERE o.id = OLD.attached_org_id AND o.bin IS NOT NULL AND o.bin <> ''
        ON CONFLICT (clinic, patient_uuid) DO NOTHING;
    END IF;
    RETURN NEW;
END
$$ LANGUAGE plpgsql""")
    op.execute("CREATE TRIGGER tirkeu_scope_keeps_attachment AFTER UPDATE OF attached_org_id "
               "ON patients FOR EACH ROW EXECUTE FUNCTION tirkeu_scope_keeps_attachment()")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER IF EXISTS tirkeu_scope_keeps_attachment ON patients")
    op.execute("DROP FUNCTION IF EXISTS tirkeu_scope_keeps_attachment()")
