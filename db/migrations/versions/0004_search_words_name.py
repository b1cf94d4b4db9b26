"""the word index is named like the other full-text tables

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22 06:56:00

Full-text tables end in `_fts`, so that tools walking the ordinary tables (digests, exports)
can tell them apart: a contentless FTS5 table cannot be read back row by row. The index is
rebuilt here.
"""
from alembic import op


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute("ALTER TABLE search_words RENAME TO search_words_fts")
        op.execute("INSERT INTO search_words_fts (search_words_fts) VALUES ('delete-all')")
    # The whole index is rebuilt from `patients.search_key`, as the current code builds it.
    op.execute("DELETE FROM search_indexed")
    op.execute("DELETE FROM search_postings")
    op.execute("DELETE FROM search_terms")
    from db.search import refresh_index

    refresh_index(bind)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("ALTER TABLE search_words_fts RENAME TO search_words")
