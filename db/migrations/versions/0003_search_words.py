"""word index of the search documents (SQLite)

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 06:30:00

At a million patients, intersecting B-tree postings of common names took tens of
milliseconds. On SQLite each patient's search document (the folded name words plus the birth
year and day as words `y1985 d19850515`) now goes into a contentless FTS5 word index, whose
compressed doclists intersect in a millisecond. PostgreSQL keeps `search_postings`.
The index is (re)built from `patients.search_key` by revision 0004.
"""
from alembic import op


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def _clear() -> None:
    op.execute("DELETE FROM search_indexed")
    op.execute("DELETE FROM search_postings")
    op.execute("DELETE FROM search_terms")


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE search_words USING fts5("
            "doc, content='', detail=none, columnsize=0, tokenize='unicode61')"
        )
    # Revision 0004 (re)builds the index, under the table's final name.
    _clear()


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS search_words")
    # Revision 0002 finds an empty index, rebuilt by its refresh_index.
    _clear()
