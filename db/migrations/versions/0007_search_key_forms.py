"""search keys carry patronymics in either form and names in their other national spellings;
the word index answers initials

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07 09:00:00

A patient's search key now also holds the canonical word of a patronymic («Сериковна» and
«Серікқызы» both give ``serikizi``) and of a name known under several national spellings
(«Миллер» and «Мюллер» give ``muler``); folding reads German «sch», «ü» written «ue» and «ю»
after a consonant as the same sound. Keys are computed again with the current code (only the
rows whose key changed are written), and the index is rebuilt from them. On SQLite the word
index gains an index of first letters, so that «Ахметов Н. С.» narrows inside the index.
"""
from functools import lru_cache

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

PAGE = 50_000
_WORDS = ("CREATE VIRTUAL TABLE search_words_fts USING fts5("
          "doc, content='', detail=none, columnsize=0, tokenize='unicode61'{prefix})")


def _recompute_keys(bind) -> None:
    from domain.names import part_words

    # `domain.names.search_key`, each name part folded once: parts repeat across a population
    # far more than whole names do.
    words = lru_cache(maxsize=1 << 17)(part_words)

    def key(*parts: str | None) -> str:
        return " ".join(dict.fromkeys(w for part in parts if part for w in words(part)))

    select = sa.text("SELECT id, surname, given_name, patronymic, latin_surname, "
                     "latin_given_name, search_key FROM patients WHERE id > :last "
                     "ORDER BY id LIMIT :n")
    update = sa.text("UPDATE patients SET search_key = :key WHERE id = :pid")
    last = 0
    while True:  # in pages by id, so that memory stays small on a large database
        rows = bind.execute(select, {"last": last, "n": PAGE}).all()
        if not rows:
            return
        changed = [{"pid": r[0], "key": k} for r in rows if (k := key(*r[1:6])) != r[6]]
        if changed:
            bind.execute(update, changed)
        last = rows[-1][0]


def _rebuild(prefix: bool) -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS search_words_fts")
        op.execute(_WORDS.format(prefix=", prefix='1'" if prefix else ""))
    op.execute("DELETE FROM search_indexed")
    op.execute("DELETE FROM search_postings")
    op.execute("DELETE FROM search_terms")
    _recompute_keys(bind)
    from db.search import refresh_index

    refresh_index(bind)


def upgrade() -> None:
    _rebuild(prefix=True)


def downgrade() -> None:
    # The keys stay as the current code makes them; the word index loses its first letters.
    _rebuild(prefix=False)
