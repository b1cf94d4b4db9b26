"""What the sync adds to a schema: the desk's outbox triggers (SQLite) and the hub's change-log
triggers (PostgreSQL). The migrations call these with the tables as they are at that revision;
a later migration that adds a column to a synced table calls `sqlite_triggers` again (after
dropping the old triggers) so that the new column's changes are noticed too."""

from __future__ import annotations

from sqlalchemy import text

# The tables whose rows travel between desks, parents before children.
SYNCED = ("organisations", "users", "patients", "identity_documents", "legal_statuses",
          "fund_checks", "state_categories", "payment_periods", "conditions", "vhi_contracts",
          "visits", "referrals", "consents")
# Columns that are not facts of their own: the local id, and the version and time every change
# moves anyway.
META = ("id", "uuid", "version", "updated_at")
# Columns that stay with the desk: a sign-in's counters (each desk counts its own failed tries).
LOCAL = ("failed_logins", "locked_until", "last_login_at")
_NOW = "strftime('%Y-%m-%d %H:%M:%f', 'now')"
_NOT_APPLYING = "NOT EXISTS (SELECT 1 FROM sync_applying)"


def _columns(bind, table: str) -> list[str]:
    rows = bind.execute(text(f'PRAGMA table_info("{table}")')).all()
    return [row[1] for row in rows]


def sqlite_triggers(bind) -> list[str]:
    """The outbox triggers of every synced table (SQLite). An update records the columns whose
    value changed and, as its base, the version the desk's pending changes of the row started
    from (the row's version before the first of them)."""
    out = []
    for table in SYNCED:
        cols = [c for c in _columns(bind, table) if c not in META and c not in LOCAL]
        changed = " || ".join(
            f"CASE WHEN OLD.\"{c}\" IS NOT NEW.\"{c}\" THEN '{c},' ELSE '' END" for c in cols)
        out.append(
            f"CREATE TRIGGER sync_out_{table}_ins AFTER INSERT ON \"{table}\" "
            f"WHEN {_NOT_APPLYING} BEGIN "
            f"INSERT INTO sync_outbox (tbl, uuid, fields, base, at) "
            f"VALUES ('{table}', NEW.uuid, '*', 0, {_NOW}); END")
        out.append(
            f"CREATE TRIGGER sync_out_{table}_upd AFTER UPDATE ON \"{table}\" "
            f"WHEN {_NOT_APPLYING} BEGIN "
            f"INSERT INTO sync_outbox (tbl, uuid, fields, base, at) "
            f"SELECT '{table}', NEW.uuid, f, coalesce((SELECT min(o.base) FROM sync_outbox o "
            f"WHERE o.uuid = NEW.uuid AND o.tbl = '{table}'), OLD.version), {_NOW} "
            f"FROM (SELECT {changed} AS f) WHERE f <> ''; END")
    return out


PG_FUNCTIONS = (
    # The writer's site, clinic and desk: what the sync sets for its transaction, else the row's.
    """CREATE FUNCTION sync_log_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    changed text;
BEGIN
    IF TG_OP = 'UPDATE' THEN
        SELECT string_agg(n.key, ',' ORDER BY n.key) INTO changed
          FROM jsonb_each(to_jsonb(NEW)) n
         WHERE n.key NOT IN ('id', 'uuid', 'version', 'updated_at',
                             'failed_logins', 'locked_until', 'last_login_at')
           AND (to_jsonb(OLD) -> n.key) IS DISTINCT FROM n.value;
        IF changed IS NULL THEN
            RETURN NEW;
        END IF;
    ELSE
        changed := '*';
    END IF;
    INSERT INTO sync_changes (tbl, uuid, version, fields, site, clinic, desk, stamp, at)
    VALUES (TG_TABLE_NAME, NEW.uuid, NEW.version, changed,
            coalesce(nullif(current_setting('tirkeu.site', true), ''), NEW.origin_site),
            nullif(current_setting('tirkeu.clinic', true), ''),
            nullif(current_setting('tirkeu.desk', true), ''),
            nullif(current_setting('tirkeu.stamp', true), ''),
            NEW.updated_at);
    RETURN NEW;
END $$""",
    # A changed row's version grows on the hub whoever wrote it (also code that changes a row
    # without counting, such as tombstoning a patient's old evidence).
    """CREATE FUNCTION sync_bump_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.version <= OLD.version
       AND (to_jsonb(NEW) - 'version' - 'updated_at' - 'failed_logins' - 'locked_until'
            - 'last_login_at') IS DISTINCT FROM
           (to_jsonb(OLD) - 'version' - 'updated_at' - 'failed_logins' - 'locked_until'
            - 'last_login_at') THEN
        NEW.version := OLD.version + 1;
    END IF;
    RETURN NEW;
END $$""",
)


def pg_statements() -> list[str]:
    """The hub's change log, its triggers, and a first line for every row already there."""
    out = [
        "CREATE TABLE sync_changes ("
        " seq bigserial PRIMARY KEY,"
        " tx xid8 NOT NULL DEFAULT pg_current_xact_id(),"
        " tbl varchar(40) NOT NULL, uuid varchar(32) NOT NULL, version integer NOT NULL,"
        " fields text NOT NULL, site varchar(16), clinic varchar(32), desk varchar(64),"
        " stamp varchar(120), at timestamp without time zone)",
        "CREATE INDEX ix_sync_changes_uuid ON sync_changes (uuid)",
        "CREATE INDEX ix_sync_changes_tx ON sync_changes (tx)",
        *PG_FUNCTIONS,
    ]
    for table in SYNCED:
        out.append(
            f"INSERT INTO sync_changes (tbl, uuid, version, fields, site, at) "
            f"SELECT '{table}', uuid, version, '*', origin_site, updated_at FROM \"{table}\" ORDER BY id")
        out.append(
            f"CREATE TRIGGER sync_version BEFORE UPDATE ON \"{table}\" "
            f"FOR EACH ROW EXECUTE FUNCTION sync_bump_version()")
        out.append(
            f"CREATE TRIGGER sync_log AFTER INSERT OR UPDATE ON \"{table}\" "
            f"FOR EACH ROW EXECUTE FUNCTION sync_log_change()")
    return out


def pg_undo() -> list[str]:
    out = []
    for table in SYNCED:
        out.append(f"DROP TRIGGER IF EXISTS sync_log ON \"{table}\"")
        out.append(f"DROP TRIGGER IF EXISTS sync_version ON \"{table}\"")
    out += ["DROP FUNCTION IF EXISTS sync_log_change()", "DROP FUNCTION IF EXISTS sync_bump_version()",
            "DROP TABLE IF EXISTS sync_changes"]
    return out
