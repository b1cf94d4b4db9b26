"""Patient search: IIN, IIN prefix, names across scripts and spellings, narrowed by birth date.

The index (migrations 0002, 0003) is a vocabulary of folded name words (`search_terms`) with a
trigram index (FTS5 trigram on SQLite, pg_trgm on PostgreSQL), and from the words to patients:
on SQLite a contentless FTS5 word index of each patient's document (`search_words_fts`: name words
and birth date words), on PostgreSQL B-tree postings (`search_postings`). A query word is first
resolved against the vocabulary — exact, prefix, contained fragment, then near spellings within
one or two edits (one in a word of three to five letters) — and only then are patients fetched
through the matched words. When even near spellings find nobody, one word at a time is left out
of the fetch and judged while ranking, so that a mangled short word does not empty the list. An
initial («Н.») matches any word beginning with it (on SQLite through the word index's first-letter
index). Every search ranks the desk's 50 best, so that a shorter list is the head of the desk's.
No per-row function ever runs over the patients table.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from domain.names import fold, query_words

# How many vocabulary words one query word may stand for, per kind of match.
PREFIX_TERMS = 200
CONTAINED_TERMS = 300
FUZZY_CANDIDATES = 150
FUZZY_TERMS = 40
# How many patients one stage of a query may bring back for ranking (whatever the limit, so
# that every caller gets one order; at least RANKED).
STAGE_ROWS = 60
# A word held by more patients than this is checked while ranking, not in the database.
COMMON_WORD_PATIENTS = 50_000
# Above this many holders of the rarest word, a birth year joins through the date index.
DATE_JOIN_PATIENTS = 2_000
# Everyone born on one day, scored in Python (a day holds about N / 30,000 people).
DAY_ROWS = 5_000
# A refresh that changed this many patients ends by merging the word index's segments.
OPTIMIZE_AFTER = 50_000
# The best-scored vocabulary words of one query word that go into a word-index query.
WORD_TERMS = 48

# Words of a query beyond this many are ignored (a full name has three or four).
MAX_WORDS = 6
# Every search ranks at least this many patients (the desk's list), so that a shorter list
# (the command line's 20, the bench's 10) is the head of the desk's, in the same order.
RANKED = 50
# A query word left out of the fetch (too mangled to resolve): this many holders of the other
# words are judged while ranking; at most this many words are left out in turn, and only while
# the best patient found scores below LEFT_OUT_BELOW (nobody with every word near its spelling).
LEFT_OUT_ROWS = 200
LEFT_OUT_WORDS = 2
LEFT_OUT_BELOW = 0.8
# Words of at most this many letters look their one-edit neighbours up in the vocabulary.
NEIGHBOUR_LETTERS = 6
# The letters of folded words.
_KEY_LETTERS = "abcdefghijklmnoprstuvz"

SCORE_EXACT = 1.0
SCORE_PREFIX = 0.85
SCORE_CONTAINED = 0.65
SCORE_FUZZY = 0.75  # minus FUZZY_STEP per edit
FUZZY_STEP = 0.2
SCORE_IIN_PREFIX = 0.9
SCORE_INITIAL = 1.0  # an initial met is all that was typed of that word
# A word too mangled for the index, scored against the patient's remaining key words.
SCORE_LOOSE = 0.35
LOOSE_EDITS = 4
LOOSE_CANDIDATES = 1500


@dataclass(frozen=True, slots=True)
class SearchHit:
    id: int
    iin: str | None
    full_name: str
    birth_date: date | None
    sex: str | None
    status: str | None
    score: float
    local_id: str | None = None  # the site-prefixed number of a patient without an IIN

    def as_json(self) -> dict[str, object]:
        return {"id": self.id, "iin": self.iin, "full_name": self.full_name,
                "birth_date": self.birth_date.isoformat() if self.birth_date else None,
                "sex": self.sex, "status": self.status}


# ---------------------------------------------------------------------------------------------
# The query as typed


@dataclass(frozen=True, slots=True)
class ParsedQuery:
    words: tuple[str, ...]  # folded name words
    born_from: date | None = None
    born_to: date | None = None
    iin_prefix: str | None = None
    initials: tuple[str, ...] = ()  # folded initials («Н.» → "n", «Ш.» → "sh"), typed order
    # The canonical word of each name word (domain.names.canonical_word), where it differs.
    canonical: tuple[tuple[str, str], ...] = ()
    local_id: str | None = None  # a site-prefixed local number, «ALM01-2026-000042»

    @property
    def empty(self) -> bool:
        return (not self.words and not self.initials and self.born_from is None
                and self.iin_prefix is None and self.local_id is None)


_DATE_DMY = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$")
_DATE_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_YEAR = re.compile(r"^(19|20)\d\d$")
# A local number as db.sequences.next_local_id makes it: site prefix, year, counter.
_LOCAL_ID = re.compile(r"^[A-Z0-9]{1,12}-\d{4}-\d{6,}$")
# Latin letter pairs written for one sound, as initials («Zh.», «Sh.»).
_LATIN_INITIALS = frozenset({"zh", "sh", "ch", "kh", "ts", "yu", "ya", "ye"})


def _initials(token: str) -> list[str] | None:
    """The initials a token is made of («Н», «Н.», «Н.С.», «Zh.»), or None for a word."""
    if len(token) == 1:
        return [token] if token.isalpha() else None
    if "." not in token:
        return None
    parts = token.split(".")
    if parts[-1] == "":
        parts.pop()
    if parts and all((len(p) == 1 and p.isalpha()) or p.lower() in _LATIN_INITIALS
                     for p in parts):
        return parts
    return None


def _as_date(token: str) -> date | None:
    m = _DATE_DMY.match(token)
    parts = (m.group(3), m.group(2), m.group(1)) if m else None
    if parts is None and (m := _DATE_ISO.match(token)):
        parts = (m.group(1), m.group(2), m.group(3))
    if parts is None:
        return None
    try:
        return date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError:
        return None


def parse_query(query: str) -> ParsedQuery:
    """Split what was typed into name words, a birth date or year, and an IIN prefix; or a
    local number, typed alone."""
    if _LOCAL_ID.match((query or "").strip().upper()):
        return ParsedQuery((), local_id=(query or "").strip().upper())
    compact = re.sub(r"[\s-]", "", query or "")
    if compact.isdigit() and compact.isascii():
        return ParsedQuery((), iin_prefix=compact[:12])
    names: list[str] = []
    initials: list[str] = []
    born_from = born_to = None
    iin_prefix = None
    for token in (query or "").split():
        token = token.strip(",;()")
        if (letters := _initials(token)) is not None:
            initials += [f for letter in letters if (f := fold(letter))]
        elif (day := _as_date(token)) is not None:
            born_from = born_to = day
        elif _YEAR.match(token):
            born_from, born_to = date(int(token), 1, 1), date(int(token), 12, 31)
        elif token.isdigit() and token.isascii() and len(token) >= 6:
            iin_prefix = token[:12]
        elif any(ch.isdigit() for ch in token):
            continue  # a house number or a stray digit says nothing about a name
        else:
            names.append(token)
    pairs = query_words(" ".join(names))[:MAX_WORDS]
    words = tuple(word for word, _ in pairs)
    if not words:  # letters alone («н» as the first keystroke) begin words
        words, initials = tuple(dict.fromkeys(initials))[:MAX_WORDS], []
    return ParsedQuery(words, born_from, born_to, iin_prefix,
                       tuple(initials[:max(0, MAX_WORDS - len(words))]),
                       tuple((w, c) for w, c in pairs if c != w))


# ---------------------------------------------------------------------------------------------
# Edit distance (optimal string alignment: a swap of neighbours is one edit)


def edit_distance(a: str, b: str, limit: int = 2) -> int:
    """Damerau-Levenshtein distance, or limit + 1 as soon as it must exceed limit."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    # Common ends cost nothing; stripping them leaves the short middle where typos are.
    start = 0
    while start < len(a) and start < len(b) and a[start] == b[start]:
        start += 1
    a, b = a[start:], b[start:]
    while a and b and a[-1] == b[-1]:
        a, b = a[:-1], b[:-1]
    if not a or not b:
        return len(a) + len(b) if len(a) + len(b) <= limit else limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        best = i
        ai = a[i - 1]
        for j in range(1, len(b) + 1):
            # Plain comparisons: this loop is the hot spot of typo search.
            v = prev[j - 1] if ai == b[j - 1] else prev[j - 1] + 1
            if prev[j] + 1 < v:
                v = prev[j] + 1
            if cur[j - 1] + 1 < v:
                v = cur[j - 1] + 1
            if i > 1 and j > 1 and ai == b[j - 2] and a[i - 2] == b[j - 1] and prev2[j - 2] + 1 < v:
                v = prev2[j - 2] + 1
            cur[j] = v
            if v < best:
                best = v
        if best > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1] if prev[-1] <= limit else limit + 1


def max_edits(word: str) -> int:
    """Typos tolerated in a word: none in one or two letters, one in three to five («олг» for
    «олег»), two from six letters on."""
    if len(word) < 3:
        return 0
    return 1 if len(word) < 6 else 2


# ---------------------------------------------------------------------------------------------
# Resolving a query word against the vocabulary


@dataclass(slots=True)
class WordMatch:
    word: str
    terms: dict[str, tuple[int, float, int]]  # term -> (term id, score, patients with it)
    initial: bool = False  # an initial: any key word beginning with `word` matches it

    def patients(self, min_score: float = 0.0) -> int:
        return sum(df for _, score, df in self.terms.values() if score >= min_score)

    @property
    def exact(self) -> bool:
        """Found as typed (or as its canonical word)."""
        return any(score >= SCORE_EXACT for _, score, _ in self.terms.values())


def _is_sqlite(conn: Connection) -> bool:
    return conn.dialect.name == "sqlite"


def _rows(conn: Connection, sql: str, params: dict) -> list[tuple]:
    """Run a read on the session's connection. On SQLite the driver is called directly: the
    queries are tiny and the toolkit's per-statement overhead would dominate them."""
    if _is_sqlite(conn):
        return conn.connection.driver_connection.execute(sql, params).fetchall()
    return [tuple(r) for r in conn.execute(text(sql), params)]


def _ids_param(conn: Connection, name: str, ids: Sequence[int], params: dict) -> str:
    """`term_id` in a list of ids, with one statement text whatever the list's length."""
    if _is_sqlite(conn):
        params[name] = json.dumps(list(ids))
        return f"term_id IN (SELECT value FROM json_each(:{name}))"
    params[name] = list(ids)
    return f"term_id = ANY(:{name})"


def _fts_phrase(fragment: str) -> str:
    return '"' + fragment.replace('"', '""') + '"'


def _prefix_terms(conn: Connection, word: str) -> list[tuple[int, str, int]]:
    if _is_sqlite(conn):
        # A range over the unique index; keys hold only a-z, and "{" sorts right after "z".
        sql = ("SELECT id, term, df FROM search_terms WHERE term >= :lo AND term < :hi "
               "ORDER BY term LIMIT :n")
        params = {"lo": word, "hi": word + "{", "n": PREFIX_TERMS}
    else:
        sql = "SELECT id, term, df FROM search_terms WHERE term LIKE :pat ORDER BY term LIMIT :n"
        params = {"pat": word + "%", "n": PREFIX_TERMS}
    return _rows(conn, sql, params)


def _contained_terms(conn: Connection, word: str) -> list[tuple[int, str, int]]:
    if len(word) < 3:  # a trigram index cannot look up one or two letters inside a word
        return []
    if _is_sqlite(conn):
        sql = ("SELECT t.id, t.term, t.df FROM search_terms_fts f JOIN search_terms t "
               "ON t.id = f.rowid WHERE search_terms_fts MATCH :m LIMIT :n")
        params = {"m": _fts_phrase(word), "n": CONTAINED_TERMS}
    else:
        sql = "SELECT id, term, df FROM search_terms WHERE term LIKE :pat LIMIT :n"
        params = {"pat": f"%{word}%", "n": CONTAINED_TERMS}
    return _rows(conn, sql, params)


def _has_pg_trgm(conn: Connection) -> bool:
    return conn.execute(text("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")).first() is not None


def _same_start(conn: Connection, word: str) -> list[tuple[int, str, int]]:
    """Words beginning with the same two letters, of a near length: swapped or doubled letters
    («кариат» for «кайрат») may leave no trigram in common with the intended word."""
    if _is_sqlite(conn):
        sql = ("SELECT id, term, df FROM search_terms WHERE term >= :lo AND term < :hi "
               "AND length(term) BETWEEN :short AND :long LIMIT :n")
        params = {"lo": word[:2], "hi": word[:2] + "{"}
    else:
        sql = ("SELECT id, term, df FROM search_terms WHERE term LIKE :pat "
               "AND length(term) BETWEEN :short AND :long LIMIT :n")
        params = {"pat": word[:2] + "%"}
    params.update(short=len(word) - 2, long=len(word) + 2, n=FUZZY_CANDIDATES)
    return _rows(conn, sql, params)


def _fuzzy_candidates(conn: Connection, word: str) -> list[tuple[int, str, int]]:
    trigrams = sorted({word[i:i + 3] for i in range(len(word) - 2)})
    if _is_sqlite(conn):
        if not trigrams:
            return []
        sql = ("SELECT t.id, t.term, t.df FROM search_terms_fts f JOIN search_terms t "
               "ON t.id = f.rowid WHERE search_terms_fts MATCH :m ORDER BY f.rank LIMIT :n")
        params = {"m": " OR ".join(_fts_phrase(g) for g in trigrams), "n": FUZZY_CANDIDATES}
        return _rows(conn, sql, params) + _same_start(conn, word)
    elif _has_pg_trgm(conn):
        sql = ("SELECT id, term, df FROM search_terms WHERE term % :w "
               "ORDER BY similarity(term, :w) DESC LIMIT :n")
        params = {"w": word, "n": FUZZY_CANDIDATES}
    else:  # without pg_trgm: words sharing the first letter and of a near length
        sql = ("SELECT id, term, df FROM search_terms WHERE term LIKE :pat "
               "AND length(term) BETWEEN :lo AND :hi LIMIT 2000")
        params = {"pat": word[0] + "%", "lo": len(word) - 2, "hi": len(word) + 2}
    return _rows(conn, sql, params)


def _neighbours(word: str) -> list[str]:
    """Every string one edit away from a short word: a letter lost, added, changed or two
    neighbours swapped («олг» → «олег», «рза» → «роза»)."""
    out = set()
    for i in range(len(word) + 1):
        for ch in _KEY_LETTERS:
            out.add(word[:i] + ch + word[i:])
        if i < len(word):
            out.add(word[:i] + word[i + 1:])
            for ch in _KEY_LETTERS:
                out.add(word[:i] + ch + word[i + 1:])
        if i + 1 < len(word):
            out.add(word[:i] + word[i + 1] + word[i] + word[i + 2:])
    out.discard(word)
    return sorted(out)


def _neighbour_terms(conn: Connection, word: str) -> list[tuple[int, str, int]]:
    """The vocabulary words one edit away from a short word: a few hundred exact look-ups of
    the unique index, where a trigram search finds nothing in common with three letters."""
    if _is_sqlite(conn):
        sql = ("SELECT id, term, df FROM search_terms "
               "WHERE term IN (SELECT value FROM json_each(:w))")
        params = {"w": json.dumps(_neighbours(word))}
    else:
        sql = "SELECT id, term, df FROM search_terms WHERE term = ANY(:w)"
        params = {"w": _neighbours(word)}
    return _rows(conn, sql, params)


def match_initial(initial: str) -> WordMatch:
    """An initial stands for every word that begins with it: on SQLite the first-letter index
    of the word index finds them, elsewhere they are checked while ranking."""
    return WordMatch(initial, {}, initial=True)


def match_word(conn: Connection, word: str, canonical: str | None = None) -> WordMatch:
    """The vocabulary words a query word may stand for: itself and its canonical word (the
    other form of a patronymic, the first spelling of a name's group), longer words it begins,
    and words it is a fragment of, each with a score."""
    terms: dict[str, tuple[int, float, int]] = {}
    if canonical and canonical != word:
        sql = "SELECT id, term, df FROM search_terms WHERE term = :w"
        for tid, term, df in _rows(conn, sql, {"w": canonical}):
            terms[term] = (tid, SCORE_EXACT, df)
    for tid, term, df in _prefix_terms(conn, word):
        score = SCORE_EXACT if term == word else SCORE_PREFIX + 0.1 * len(word) / len(term)
        terms[term] = (tid, score, df)
    for tid, term, df in _contained_terms(conn, word):
        terms.setdefault(term, (tid, SCORE_CONTAINED + 0.1 * len(word) / len(term), df))
    return WordMatch(word, terms)


def add_near_spellings(conn: Connection, match: WordMatch) -> None:
    """Add vocabulary words within the tolerated number of edits (see `max_edits`)."""
    word, limit = match.word, max_edits(match.word)
    if not limit or match.initial:
        return
    near, seen = [], set(match.terms)
    candidates = _fuzzy_candidates(conn, word)
    if len(word) <= NEIGHBOUR_LETTERS:
        candidates += _neighbour_terms(conn, word)
    for tid, term, df in candidates:
        if term in seen:
            continue
        seen.add(term)
        d = edit_distance(word, term, limit)
        if d > limit and len(term) > len(word):
            # A typo inside a prefix («нурлнов» for «нурланова») counts one edit more.
            d = edit_distance(word, term[:len(word)], limit) + 1
        if d <= limit:
            near.append((d, -df, tid, term))
    if not near and not match.terms:
        near = _loose_spellings(conn, word)
    near.sort()
    for d, neg_df, tid, term in near[:FUZZY_TERMS]:
        match.terms[term] = (tid, SCORE_FUZZY - FUZZY_STEP * (d - 1), -neg_df)


def _loose_spellings(conn: Connection, word: str) -> list[tuple[int, int, int, str]]:
    """Words of a near length with the same first letter within LOOSE_EDITS - 1 edits, for a
    word too mangled to share a trigram with its intended spelling («видтр» for «виктор»)."""
    limit = min(LOOSE_EDITS - 1, max(1, len(word) // 2))
    if _is_sqlite(conn):
        sql = ("SELECT id, term, df FROM search_terms WHERE term >= :lo AND term < :hi "
               "AND length(term) BETWEEN :short AND :long LIMIT :n")
        params = {"lo": word[0], "hi": chr(ord(word[0]) + 1)}
    else:
        sql = ("SELECT id, term, df FROM search_terms WHERE term LIKE :pat "
               "AND length(term) BETWEEN :short AND :long LIMIT :n")
        params = {"pat": word[0] + "%"}
    params.update(short=len(word) - limit, long=len(word) + limit, n=LOOSE_CANDIDATES)
    near = []
    for tid, term, df in _rows(conn, sql, params):
        d = edit_distance(word, term, limit)
        if d <= limit:
            near.append((d + 1, -df, tid, term))  # one step below the tolerated typos
    return near


# ---------------------------------------------------------------------------------------------
# Fetching and ranking patients

_ROW_COLUMNS = ("p.id, p.iin, p.surname, p.given_name, p.patronymic, p.birth_date, p.sex, "
                "p.status, p.search_key, p.local_id")


def _date_clause(conn: Connection, q: ParsedQuery, params: dict) -> str:
    clause = ""
    if q.born_from is not None:
        if _is_sqlite(conn):  # dates are ISO text in SQLite
            params["born_from"], params["born_to"] = q.born_from.isoformat(), q.born_to.isoformat()
        else:
            params["born_from"], params["born_to"] = q.born_from, q.born_to
        clause += " AND p.birth_date BETWEEN :born_from AND :born_to"
    if q.iin_prefix:
        params["iin_lo"], params["iin_hi"] = q.iin_prefix, q.iin_prefix + ":"
        clause += " AND p.iin >= :iin_lo AND p.iin < :iin_hi"
    return clause


def _not_deleted(conn: Connection) -> str:
    return "p.deleted = 0" if _is_sqlite(conn) else "p.deleted = false"


def _fts_terms(terms: Sequence[str]) -> str:
    """Any of the words; "n*" stands for every word beginning with n."""
    return "(" + " OR ".join(_fts_phrase(t[:-1]) + "*" if t.endswith("*") else _fts_phrase(t)
                             for t in terms) + ")"


def _date_words(q: ParsedQuery) -> str | None:
    """The indexed word standing for the birth date or year asked for, if any."""
    if q.born_from is None:
        return None
    if q.born_from == q.born_to:
        return f"x{q.born_from:%Y%m%d}"
    return f"y{q.born_from.year}"


def _fetch_by_words(conn: Connection, q: ParsedQuery, term_lists: Sequence[list[str]],
                    exclude: set[int], rows: int) -> list:
    """SQLite: patients whose indexed document holds one of the terms of every list (and the
    birth date word), intersected inside FTS5."""
    parts = [_fts_terms(terms[:WORD_TERMS]) for terms in term_lists]
    if (day := _date_words(q)) is not None:
        parts.append(_fts_phrase(day))
    params: dict = {"m": " AND ".join(parts), "rows": rows}
    clause = _date_clause(conn, ParsedQuery((), iin_prefix=q.iin_prefix), params)
    if exclude:  # patients an earlier stage brought do not take this stage's rows
        params["seen"] = json.dumps(sorted(exclude))
        clause += " AND w.rowid NOT IN (SELECT value FROM json_each(:seen))"
    sql = (f"SELECT {_ROW_COLUMNS} FROM search_words_fts w JOIN patients p ON p.id = w.rowid "
           f"WHERE search_words_fts MATCH :m AND {_not_deleted(conn)}{clause} LIMIT :rows")
    return _rows(conn, sql, params)


def _fetch_by_terms(conn: Connection, q: ParsedQuery, id_lists: Sequence[list[int]],
                    exclude: set[int], rows: int, by_date: bool) -> list:
    """PostgreSQL: patients holding one of the term ids of every list (an intersection of
    postings); with `by_date` the birth date index joins the intersection."""
    params: dict = {"rows": rows}
    parts = [f"SELECT patient_id FROM search_postings WHERE {_ids_param(conn, f't{n}', ids, params)}"
             for n, ids in enumerate(id_lists)]
    if by_date:
        parts.append("SELECT id FROM patients WHERE birth_date BETWEEN :born_from AND :born_to")
    clause = _date_clause(conn, q, params)
    if exclude:  # patients an earlier stage brought do not take this stage's rows
        params["seen"] = sorted(exclude)
        clause += " AND NOT (p.id = ANY(:seen))"
    sql = (f"SELECT {_ROW_COLUMNS} FROM patients p "
           f"JOIN ({' INTERSECT '.join(parts)}) c ON c.patient_id = p.id "
           f"WHERE {_not_deleted(conn)}{clause} LIMIT :rows")
    return _rows(conn, sql, params)


def _fetch_by_day(conn: Connection, q: ParsedQuery) -> list:
    """Everyone born on the day asked for: a handful of rows even among millions."""
    params: dict = {"rows": DAY_ROWS}
    sql = (f"SELECT {_ROW_COLUMNS} FROM patients p WHERE {_not_deleted(conn)}"
           f"{_date_clause(conn, q, params)} LIMIT :rows")
    return _rows(conn, sql, params)


def _fetch_without_names(conn: Connection, q: ParsedQuery, limit: int) -> list:
    params: dict = {"rows": limit}
    order = "p.iin" if q.iin_prefix else "p.surname, p.given_name, p.id"
    if q.iin_prefix and len(q.iin_prefix) == 12:
        sql = f"SELECT {_ROW_COLUMNS} FROM patients p WHERE p.iin = :iin AND {_not_deleted(conn)}"
        params["iin"] = q.iin_prefix
    else:
        sql = (f"SELECT {_ROW_COLUMNS} FROM patients p WHERE {_not_deleted(conn)}"
               f"{_date_clause(conn, q, params)} ORDER BY {order} LIMIT :rows")
    return _rows(conn, sql, params)


MERGE_HOPS = 10  # a record merged into one that was merged in turn, and so on


def _fetch_by_local_id(conn: Connection, local_id: str) -> list:
    """The patient holding this local number; when that record was merged into another (two
    records of one person made one, by hand or by the sync), the one it became: the number
    stays findable."""
    pid = conn.execute(text("SELECT id FROM patients WHERE local_id = :n"), {"n": local_id}).scalar()
    for _hop in range(MERGE_HOPS):
        if pid is None:
            return []
        row = conn.execute(text("SELECT deleted, merged_into_id FROM patients WHERE id = :i"),
                           {"i": pid}).one_or_none()
        if row is None:
            return []
        if not row[0]:
            return _rows(conn, f"SELECT {_ROW_COLUMNS} FROM patients p WHERE p.id = :i", {"i": pid})
        pid = row[1]
    return []


def _score(row, matches: Sequence[WordMatch], allow_missing: bool = False) -> float:
    """The mean over query words of their match with the patient's key words, each key word
    serving one query word at most (greedy, best pairs first); 0 when a query word is left
    without a match — unless `allow_missing`, where one word of several may stay unmatched
    (too mangled to resolve) if it is within LOOSE_EDITS of a remaining key word. Words met in the
    order of the key (surname first) win ties."""
    key_words = (row[8] or "").split()
    pairs = []
    for qi, match in enumerate(matches):
        for ki, kw in enumerate(key_words):
            if match.initial:
                score = SCORE_INITIAL if kw.startswith(match.word) else 0.0
            else:
                found = match.terms.get(kw)
                score = found[1] if found else (SCORE_CONTAINED if match.word in kw else 0.0)
            if score > 0:
                pairs.append((score, qi, ki))
    pairs.sort(key=_pair_order)
    taken_q: dict[int, tuple[float, int]] = {}
    taken_k: set[int] = set()
    for score, qi, ki in pairs:
        if qi not in taken_q and ki not in taken_k:
            taken_q[qi] = (score, ki)
            taken_k.add(ki)
    missing = [qi for qi in range(len(matches)) if qi not in taken_q]
    if missing and not (allow_missing and len(missing) == 1 and len(matches) > 1):
        return 0.0
    for qi in missing:
        if matches[qi].initial:
            return 0.0
        word = matches[qi].word
        free = [(edit_distance(word, kw, LOOSE_EDITS), ki) for ki, kw in enumerate(key_words)
                if ki not in taken_k]
        d, ki = min(free, default=(LOOSE_EDITS + 1, len(key_words)))
        if d > LOOSE_EDITS:  # nothing like the word: another person, not a typo
            return 0.0
        taken_q[qi] = (SCORE_LOOSE - 0.05 * d, ki)
    positions = [taken_q[qi][1] for qi in range(len(matches))]
    in_order = 0.001 if positions == sorted(positions) else 0.0
    return round(sum(v[0] for v in taken_q.values()) / len(matches) + in_order, 4)


def _pair_order(pair: tuple[float, int, int]) -> tuple[float, int, int]:
    return -pair[0], pair[1], pair[2]


def _hit(row, score: float) -> SearchHit:
    full = " ".join(x for x in (row[2], row[3], row[4]) if x)
    born = row[5]
    if isinstance(born, str):  # raw SQL on SQLite hands dates back as text
        born = date.fromisoformat(born)
    return SearchHit(row[0], row[1], full, born, row[6], row[7], score, row[9])


def _fetch_stage(conn: Connection, q: ParsedQuery, matches: Sequence[WordMatch],
                 min_score: float, found: dict[int, tuple[float, tuple]],
                 seen: set[int], asked: set, allow_missing: bool = False,
                 leave_out: int | None = None, strict: float | None = None) -> None:
    """Fetch and score the patients holding, for every word, one of its vocabulary words
    scored at least `min_score`. With `strict`, a word found as typed stands only for itself
    and the others for their words scored at least `strict`: the likeliest patients first, as
    a stage's rows are limited and come in no order of score. `seen` holds the patients
    fetched so far, who are not fetched again: the same fetch repeated brings the next rows.
    `asked` holds the fetches that brought every patient they could."""
    # A word typed exactly is reserved for itself: «нурланв нурлан» must not let the typo
    # stand for «нурлан» too, or every Нурлан would qualify.
    exact = {term for m in matches for term, (_, score, _) in m.terms.items()
             if score >= SCORE_EXACT}

    def keep(m: WordMatch, term: str, score: float) -> bool:
        if score < SCORE_EXACT and term in exact:
            return False
        if strict is None:
            return score >= min_score
        return score >= (SCORE_EXACT if m.exact else strict)

    term_lists = [[] if i == leave_out else
                  [term for term, (_, score, _) in sorted(m.terms.items(), key=lambda kv: -kv[1][1])
                   if keep(m, term, score)]
                  for i, m in enumerate(matches)]
    usable = [i for i, terms in enumerate(term_lists) if terms or matches[i].initial]
    if len(usable) < len(matches) and not (
            allow_missing and len(matches) > 1 and len(usable) == len(matches) - 1):
        return
    signature = (tuple(tuple(t[:WORD_TERMS]) for t in term_lists), leave_out)
    if signature in asked:
        return
    # A word that resolved to nothing (allowed once, in the last stages) is judged while
    # ranking; so is the word left out on purpose, among more holders of the others.
    rows = LEFT_OUT_ROWS if leave_out is not None else STAGE_ROWS
    if _is_sqlite(conn):
        # An initial is every word beginning with its letter: the first-letter index of FTS5.
        lists = [[f"{matches[i].word}*"] if matches[i].initial else term_lists[i]
                 for i in usable]
        fetched = _fetch_by_words(conn, q, lists, seen, rows)
    else:
        # The rarest words go to the database; a word shared by very many patients (a common
        # fragment) is only checked while ranking, so that it does not read half the index.
        # An initial is only checked while ranking.
        usable = [i for i in usable if not matches[i].initial]
        if not usable:
            return
        order = sorted(usable, key=lambda i: matches[i].patients(min_score))
        ids = [[matches[i].terms[t][0] for t in term_lists[i]] for i in range(len(matches))]
        chosen = [ids[order[0]]] + [ids[i] for i in order[1:3]
                                    if matches[i].patients(min_score) <= COMMON_WORD_PATIENTS]
        # Many holders of the words and a birth year asked for: the date index takes part.
        by_date = (q.born_from is not None
                   and matches[order[0]].patients(min_score) > DATE_JOIN_PATIENTS)
        fetched = _fetch_by_terms(conn, q, chosen, seen, rows, by_date)
    if len(fetched) < rows:
        asked.add(signature)  # nothing more to fetch this way
    seen.update(row[0] for row in fetched)
    for row in fetched:
        score = _score(row, matches, allow_missing)
        if score > 0:
            found[row[0]] = (score, row)


def _search_names(conn: Connection, q: ParsedQuery, limit: int) -> list[SearchHit]:
    """Stages from strict to loose (whole words, then prefixes and fragments, then near
    spellings); a looser stage runs only while the list is not full, and near spellings only
    while no patient matches every word as typed."""
    found: dict[int, tuple[float, tuple]] = {}  # id -> (score, row); hits made for the best only
    want = max(limit, RANKED)  # the same stages whatever the limit: one order for every caller
    canonical = dict(q.canonical)
    matches = ([match_word(conn, w, canonical.get(w)) for w in q.words]
               + [match_initial(i) for i in q.initials])
    if q.born_from is not None and q.born_from == q.born_to:
        for match in matches:
            add_near_spellings(conn, match)
        for row in _fetch_by_day(conn, q):
            if (score := _score(row, matches, allow_missing=True)) > 0:
                found[row[0]] = (score, row)
    else:
        seen: set[int] = set()
        asked: set = set()
        _fetch_stage(conn, q, matches, SCORE_EXACT, found, seen, asked)
        # Prefixes and fragments, unless every word stands only for itself (same query again):
        # words typed whole with the prefixes of the others first, then every fragment.
        if len(found) < want and any(score < SCORE_EXACT for m in matches
                                     for _, score, _ in m.terms.values()):
            _fetch_stage(conn, q, matches, 0.0, found, seen, asked, strict=SCORE_PREFIX)
            if len(found) < want:
                _fetch_stage(conn, q, matches, 0.0, found, seen, asked)
        if len(found) < want and _best_score(found) < SCORE_EXACT:
            for match in matches:
                add_near_spellings(conn, match)
            for strict in (SCORE_FUZZY, None):  # one wrong letter before the rest
                if len(found) < want:
                    _fetch_stage(conn, q, matches, 0.0, found, seen, asked, allow_missing=True,
                                 strict=strict)
        if len(found) < want and _best_score(found) < LEFT_OUT_BELOW and len(matches) > 1:
            # One word may be too mangled to resolve at all («аи» for «али»): the others
            # find the patient, the word is judged while ranking; the words that resolved
            # worst first, then the shortest.
            words = [i for i in range(len(matches)) if not matches[i].initial]
            words.sort(key=lambda i: (max((t[1] for t in matches[i].terms.values()), default=0.0),
                                      len(matches[i].word), i))
            for i in words[:LEFT_OUT_WORDS]:
                _fetch_stage(conn, q, matches, 0.0, found, seen, asked, allow_missing=True,
                             leave_out=i)
    best = sorted(found.values(), key=lambda v: (-v[0], v[1][2], v[1][3], v[1][4] or "", v[1][0]))
    return [_hit(row, score) for score, row in best[:limit]]


class Found(list):
    """The hits shown (a list, best first) and how many the search found in all: `total` is
    exact up to the cap it was counted to (None: not counted); `capped` says there are more."""

    def __init__(self, hits=(), total: int | None = -1, capped: bool = False):
        super().__init__(hits)
        self.total: int | None = len(self) if total == -1 else total  # None: not counted
        self.capped = capped


def search_counted(session: Session, query: str, limit: int = 50, count_up_to: int = 500) -> Found:
    """The best `limit` matches and how many there are, counted up to `count_up_to` (one search
    asked for one more row than the cap: a capped count costs no extra query)."""
    cap = max(limit, count_up_to)
    hits = search_patients(session, query, cap + 1)
    capped = len(hits) > cap
    return Found(hits[:limit], cap if capped else len(hits), capped)
def _best_score(found: dict[int, tuple[float, tuple]]) -> float:
    return max((v[0] for v in found.values()), default=0.0)


def search_patients(session: Session, query: str, limit: int = 20) -> list[SearchHit]:
    """Patients matching an IIN, an IIN prefix, or names in any script, best first."""
    q = parse_query(query)
    if q.empty or limit <= 0:
        return []
    conn = session.connection()
    if q.local_id is not None:
        return [_hit(r, 1.0) for r in _fetch_by_local_id(conn, q.local_id)]
    if not q.words and not q.initials:
        rows = _fetch_without_names(conn, q, limit)
        exact = q.iin_prefix is not None and len(q.iin_prefix) == 12
        score = 1.0 if exact or not q.iin_prefix else SCORE_IIN_PREFIX
        return [_hit(r, score) for r in rows]
    return _search_names(conn, q, limit)


# ---------------------------------------------------------------------------------------------
# Keeping the index up to date


def _split(conn: Connection, column: str) -> str:
    """A FROM-clause item yielding the words of a key column as `j.value`."""
    if _is_sqlite(conn):
        quoted = f"replace(replace({column}, '\\', '\\\\'), '\"', '\\\"')"
        return f"json_each('[\"' || replace({quoted}, ' ', '\",\"') || '\"]') AS j"
    return f"LATERAL unnest(string_to_array({column}, ' ')) AS j(value)"


# Emptied at the end of a refresh, after `search_changed` was counted.
_CLEANUP = ("DELETE FROM search_changed", "DELETE FROM search_old",
            "DELETE FROM search_new", "DELETE FROM search_counts")


@dataclass(frozen=True, slots=True)
class _NewWords:
    """How a refresh gathers the words that came to patients: the table they are collected in,
    how they enter the vocabulary, and how their patient counts are made."""

    setup: tuple[str, ...]
    collect: str
    vocabulary: str
    counts: str
    teardown: tuple[str, ...]


def _word_pairs(conn: Connection) -> _NewWords:
    """Every (word, patient) pair of the changed keys in `search_new` (a single save, and
    PostgreSQL, whose postings are made from those pairs)."""
    words_only = " AND j.value NOT GLOB '*[0-9]*'" if _is_sqlite(conn) else ""
    return _NewWords(
        setup=(),
        collect="INSERT INTO search_new (term, patient_id) SELECT DISTINCT j.value, c.patient_id "
                f"FROM search_changed c, {_split(conn, 'c.new_key')} WHERE j.value <> ''{words_only}",
        vocabulary="INSERT INTO search_terms (term, df) SELECT DISTINCT term, 0 FROM search_new "
                   "WHERE true ON CONFLICT (term) DO NOTHING",
        counts="INSERT INTO search_counts (term, n) SELECT term, count(*) FROM search_new GROUP BY term",
        teardown=(),
    )


def _grouped_words(conn: Connection) -> _NewWords:
    """SQLite after a bulk load: the words that came counted by one grouped pass over the split
    keys instead of a table of every (word, patient) pair, which would hold every word of every
    patient (the word index reads the documents themselves). New words still enter the
    vocabulary in the order they are first met (patient by patient, word by word), so they get
    the same ids as with the pairs."""
    return _NewWords(
        setup=("CREATE TEMP TABLE IF NOT EXISTS search_new_counts "
               "(term TEXT PRIMARY KEY, n INTEGER NOT NULL, first INTEGER NOT NULL)",
               "DELETE FROM search_new_counts"),
        collect="INSERT INTO search_new_counts (term, n, first) "
                "SELECT j.value, count(DISTINCT c.patient_id), min(c.patient_id * 4096 + j.key) "
                f"FROM search_changed c, {_split(conn, 'c.new_key')} "
                "WHERE j.value <> '' AND j.value NOT GLOB '*[0-9]*' GROUP BY j.value",
        vocabulary="INSERT INTO search_terms (term, df) SELECT term, 0 FROM search_new_counts "
                   "WHERE true ORDER BY first ON CONFLICT (term) DO NOTHING",
        counts="INSERT INTO search_counts (term, n) SELECT term, n FROM search_new_counts",
        teardown=("DELETE FROM search_new_counts",),
    )


def _refresh_statements(conn: Connection, only_patient: bool, new_words: _NewWords) -> list[str]:
    """The statements that bring the index up to date, up to (not including) `_CLEANUP`."""
    sqlite = _is_sqlite(conn)
    deleted = "p.deleted = 1" if sqlite else "p.deleted"
    # On SQLite the indexed document also carries the birth year and day as words
    # (`y1985 x19850515`), so that a date narrows inside the word index itself; "x" and "y" begin
    # no folded name word, so that an initial («Д.») never stands for a date.
    dates = (" || CASE WHEN p.birth_date IS NULL THEN '' ELSE ' y' || substr(p.birth_date, 1, 4)"
             " || ' x' || replace(p.birth_date, '-', '') END") if sqlite else ""
    new_key = f"CASE WHEN {deleted} THEN '' ELSE coalesce(p.search_key, ''){dates} END"
    words_only = " AND j.value NOT GLOB '*[0-9]*'" if sqlite else ""
    one = " AND p.id = :pid" if only_patient else ""
    one_s = " AND s.patient_id = :pid" if only_patient else ""
    return [
        *new_words.setup,
        "CREATE TEMP TABLE IF NOT EXISTS search_changed "
        "(patient_id INTEGER PRIMARY KEY, old_key TEXT, new_key TEXT NOT NULL)",
        "CREATE TEMP TABLE IF NOT EXISTS search_old (term TEXT NOT NULL, patient_id INTEGER NOT NULL)",
        "CREATE TEMP TABLE IF NOT EXISTS search_new (term TEXT NOT NULL, patient_id INTEGER NOT NULL)",
        "CREATE TEMP TABLE IF NOT EXISTS search_counts (term TEXT PRIMARY KEY, n INTEGER NOT NULL)",
        "DELETE FROM search_changed", "DELETE FROM search_old", "DELETE FROM search_new",
        "INSERT INTO search_changed (patient_id, old_key, new_key) "
        f"SELECT p.id, s.search_key, {new_key} FROM patients p "
        "LEFT JOIN search_indexed s ON s.patient_id = p.id "
        f"WHERE (s.search_key IS NULL OR s.search_key <> {new_key}){one}",
        "INSERT INTO search_changed (patient_id, old_key, new_key) "
        "SELECT s.patient_id, s.search_key, '' FROM search_indexed s "
        f"WHERE NOT EXISTS (SELECT 1 FROM patients p WHERE p.id = s.patient_id){one_s}",
        "INSERT INTO search_old (term, patient_id) SELECT DISTINCT j.value, c.patient_id "
        f"FROM search_changed c, {_split(conn, 'c.old_key')} "
        f"WHERE c.old_key IS NOT NULL AND j.value <> ''{words_only}",
        new_words.collect,
        # Words that left a patient: drop the postings, lower the counts, forget unused words.
        "INSERT INTO search_words_fts (search_words_fts, rowid, doc) SELECT 'delete', patient_id, old_key "
        "FROM search_changed WHERE old_key IS NOT NULL AND old_key <> ''" if sqlite else
        "DELETE FROM search_postings WHERE (term_id, patient_id) IN "
        "(SELECT t.id, o.patient_id FROM search_old o JOIN search_terms t ON t.term = o.term)",
        "DELETE FROM search_counts",
        "INSERT INTO search_counts (term, n) SELECT term, count(*) FROM search_old GROUP BY term",
        "UPDATE search_terms SET df = search_terms.df - c.n FROM search_counts c "
        "WHERE c.term = search_terms.term",
        "DELETE FROM search_terms WHERE df <= 0 AND term IN (SELECT term FROM search_counts)",
        # Words that came: new vocabulary, postings in index order, higher counts.
        new_words.vocabulary,
        "INSERT INTO search_words_fts (rowid, doc) SELECT patient_id, new_key FROM search_changed "
        "WHERE new_key <> '' ORDER BY patient_id" if sqlite else
        "INSERT INTO search_postings (term_id, patient_id) SELECT t.id, n.patient_id "
        "FROM search_new n JOIN search_terms t ON t.term = n.term WHERE true "
        "ORDER BY t.id, n.patient_id ON CONFLICT DO NOTHING",
        "DELETE FROM search_counts",
        new_words.counts,
        "UPDATE search_terms SET df = search_terms.df + c.n FROM search_counts c "
        "WHERE c.term = search_terms.term",
        "INSERT INTO search_indexed (patient_id, search_key) "
        "SELECT patient_id, new_key FROM search_changed WHERE true "
        "ON CONFLICT (patient_id) DO UPDATE SET search_key = excluded.search_key",
        "DELETE FROM search_indexed WHERE search_key = '' AND NOT EXISTS "
        "(SELECT 1 FROM patients p WHERE p.id = search_indexed.patient_id)",
        *new_words.teardown,
    ]


def refresh_index(connection: Connection) -> int:
    """Bring the search index up to date with `patients.search_key` (after a bulk load, run
    once at the end, inside the loader's transaction). Returns the number of patients whose
    entry changed. Costs one pass over the patients plus work for the changed rows only."""
    sqlite = _is_sqlite(connection)
    # PostgreSQL's postings are made from the (word, patient) pairs, so it keeps them.
    new_words = _grouped_words(connection) if sqlite else _word_pairs(connection)
    for sql in _refresh_statements(connection, only_patient=False, new_words=new_words):
        connection.execute(text(sql))
    changed = connection.execute(text("SELECT count(*) FROM search_changed")).scalar_one()
    if changed >= OPTIMIZE_AFTER and sqlite:
        # After a bulk load, merge the word index into one segment: fewer pages per lookup.
        connection.execute(text("INSERT INTO search_words_fts (search_words_fts) VALUES ('optimize')"))
    for sql in _CLEANUP:
        connection.execute(text(sql))
    return changed


def index_patient(connection: Connection, patient_id: int) -> None:
    """Bring one patient's index entry up to date (after a single save)."""
    statements = _refresh_statements(connection, only_patient=True,
                                      new_words=_word_pairs(connection))
    for sql in (*statements, *_CLEANUP):
        connection.execute(text(sql), {"pid": patient_id} if ":pid" in sql else {})
