"""search index over the normalised name keys

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 06:05:00

Names repeat: a million patients carry a few tens of thousands of distinct name words. The index
is therefore a vocabulary of folded words (`search_terms`, with a trigram index for fragments and
typos: FTS5 on SQLite, pg_trgm on PostgreSQL when available), postings from each word to its
patients (`search_postings`), and the key each patient was indexed under (`search_indexed`), so
that `db.search.refresh_index` brings only changed rows up to date.
"""
from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def _recompute_keys(bind) -> None:
    # Keys stored before this revision were folded differently (no Cyrillic-Latin folding).
    from domain.names import search_key

    patients = sa.table(
        "patients", sa.column("id"), sa.column("surname"), sa.column("given_name"),
        sa.column("patronymic"), sa.column("latin_surname"), sa.column("latin_given_name"),
        sa.column("search_key"),
    )
    cols = (patients.c.surname, patients.c.given_name, patients.c.patronymic,
            patients.c.latin_surname, patients.c.latin_given_name)
    update = sa.update(patients).where(patients.c.id == sa.bindparam("pid")).values(
        search_key=sa.bindparam("key"))
    last = 0
    while True:  # in pages by id, so that memory stays small on a large database
        rows = bind.execute(sa.select(patients.c.id, *cols).where(patients.c.id > last)
                            .order_by(patients.c.id).limit(10_000)).all()
        if not rows:
            return
        bind.execute(update, [{"pid": r[0], "key": search_key(*r[1:])} for r in rows])
        last = rows[-1][0]


def _pg_trgm_available(bind) -> bool:
    if bind.execute(sa.text("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")).first():
        return True
    if not bind.execute(sa.text(
            "SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'")).first():
        return False
    # Creating an extension may need rights this database user lacks; search then falls back
    # to LIKE over the (small) vocabulary.
    bind.execute(sa.text("SAVEPOINT tirkeu_trgm"))
    try:
        bind.execute(sa.text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
    except sa.exc.DBAPIError:
        bind.execute(sa.text("ROLLBACK TO SAVEPOINT tirkeu_trgm"))
        return False
    bind.execute(sa.text("RELEASE SAVEPOINT tirkeu_trgm"))
    return True


def upgrade() -> None:
    bind = op.get_bind()
    sqlite = bind.dialect.name == "sqlite"
    op.create_table(
        "search_terms",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("term", sa.String(length=200), nullable=False),
        sa.Column("df", sa.Integer(), nullable=False, server_default="0"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_search_terms")),
        sa.UniqueConstraint("term", name=op.f("uq_search_terms_term")),
    )
    op.create_table(
        "search_postings",
        sa.Column("term_id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("term_id", "patient_id", name=op.f("pk_search_postings")),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "search_indexed",
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("search_key", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("patient_id", name=op.f("pk_search_indexed")),
    )
    if sqlite:
        op.execute(
            "CREATE VIRTUAL TABLE search_terms_fts USING fts5("
            "term, content='search_terms', content_rowid='id', tokenize='trigram')"
        )
        op.execute(
            "CREATE TRIGGER search_terms_ai AFTER INSERT ON search_terms BEGIN "
            "INSERT INTO search_terms_fts(rowid, term) VALUES (new.id, new.term); END"
        )
        op.execute(
            "CREATE TRIGGER search_terms_ad AFTER DELETE ON search_terms BEGIN "
            "INSERT INTO search_terms_fts(search_terms_fts, rowid, term) "
            "VALUES ('delete', old.id, old.term); END"
        )
        op.execute(
            "CREATE TRIGGER search_terms_au AFTER UPDATE OF term ON search_terms BEGIN "
            "INSERT INTO search_terms_fts(search_terms_fts, rowid, term) "
            "VALUES ('delete', old.id, old.term); "
            "INSERT INTO search_terms_fts(rowid, term) VALUES (new.id, new.term); END"
        )
    elif bind.dialect.name == "postgresql" and _pg_trgm_available(bind):
        op.execute(
            "CREATE INDEX ix_search_terms_trgm ON search_terms USING gin (term gin_trgm_ops)"
        )
    # The index itself is filled by revision 0003, which completes it.
    _recompute_keys(bind)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS search_terms_au")
        op.execute("DROP TRIGGER IF EXISTS search_terms_ad")
        op.execute("DROP TRIGGER IF EXISTS search_terms_ai")
        op.execute("DROP TABLE IF EXISTS search_terms_fts")
    else:
        op.execute("DROP INDEX IF EXISTS ix_search_terms_trgm")
    op.drop_table("search_indexed")
    op.drop_table("search_postings")
    op.drop_table("search_terms")
