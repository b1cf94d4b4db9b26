"""Store and search measurements of `bench`.

Every timing runs at least SAMPLES queries on the bench database, each beside its baseline in
the same run: the repository's IIN lookup beside a plain sqlite3 point query, name search beside
the `LIKE '%…%'` scan common desks use. Queries are made from patients drawn at random.

Recall by class of query (`name_recall_top10`) is measured on people of Kazakhstan's peoples made
by `bench.name_classes` (the generator of the suite's name set) and added to the database among
its patients: for each class the share of queries that put their patient in the top 10, a miss
not counted when the query is another patient's exact name (`excluded` says how many), and
`exact_first`, how often a patient's exact name put that patient first.
"""

from __future__ import annotations

import random
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Connection, bindparam, text

from bench import audit as bench_audit
from bench import name_classes
from bench.runner import BenchContext, current_rss_mb, percentiles
from db.engine import open_database, session_factory
from db.repositories import find_hit_by_iin
from db.search import search_patients
from domain.names import fold, query_key

SAMPLES = 1000
WARMUP = 50
TOP = 10
# A misspelt name can only find its patient in the top 10 if no more than 10 people match
# its correct spelling as well as the patient does.
MAX_NAMESAKES = TOP
LETTERS = "абвгдежзийклмнопрстуфхцчшыэюяәғқңөұүһі"


@dataclass(frozen=True, slots=True)
class Person:
    id: int
    iin: str
    surname: str
    given_name: str
    patronymic: str | None
    latin_surname: str | None
    latin_given_name: str | None
    birth_date: str


def sample_people(conn: Connection, n: int, rnd: random.Random) -> list[Person]:
    """n distinct living patients with an IIN, drawn uniformly by id (on any database)."""
    top = conn.execute(text("SELECT max(id) FROM patients")).scalar() or 0
    query = text(
        "SELECT id, iin, surname, given_name, patronymic, latin_surname, latin_given_name, "
        "birth_date FROM patients WHERE id IN :ids AND NOT deleted AND iin IS NOT NULL"
    ).bindparams(bindparam("ids", expanding=True))
    people: dict[int, Person] = {}
    tries = 0
    while len(people) < n and tries < 50:
        tries += 1
        ids = [rnd.randint(1, top) for _ in range(2 * (n - len(people)))]
        for row in conn.execute(query, {"ids": ids}):
            if len(people) < n:
                # SQLite gives the date as its text, PostgreSQL as a date
                people[row[0]] = Person(*row[:7], str(row[7] or ""))
    if not people:
        raise RuntimeError("the bench database holds no patients with an IIN")
    return list(people.values())


def name_queries(people: list[Person]) -> list[str]:
    """Queries of the kinds a desk sees: full names in either script and order, a surname
    prefix, a fragment inside a surname, a surname with a birth year."""
    queries = []
    for n, p in enumerate(people):
        kind = n % 6
        if kind == 0:
            q = f"{p.surname} {p.given_name}"
        elif kind == 1:
            latin_s = p.latin_surname or fold(p.surname).capitalize()
            latin_g = p.latin_given_name or fold(p.given_name).capitalize()
            q = f"{latin_s} {latin_g}"
        elif kind == 2:
            q = f"{p.surname[:max(3, len(p.surname) - 3)]} {p.given_name}"
        elif kind == 3:
            q = p.surname[1:6] if len(p.surname) >= 6 else p.surname
        elif kind == 4:
            q = f"{p.surname} {p.birth_date[:4]}"
        else:
            q = " ".join(x for x in (p.given_name, p.surname, p.patronymic) if x)
        queries.append(q)
    return queries


def misspell(name: str, rnd: random.Random, edits: int) -> str:
    """The name with `edits` typing errors (a wrong, missing, extra or swapped letter) inside
    its words; the first letter of a word is kept, as people rarely get it wrong."""
    chars = list(name)
    for _ in range(edits):
        spots = [i for i in range(1, len(chars)) if chars[i].isalpha() and chars[i - 1].isalpha()]
        if not spots:
            break
        i = rnd.choice(spots)
        kind = rnd.randrange(4)
        if kind == 0:
            chars[i] = rnd.choice([c for c in LETTERS if c != chars[i].lower()])
        elif kind == 1 and len(chars) > 4:
            del chars[i]
        elif kind == 2:
            chars.insert(i, rnd.choice(LETTERS))
        elif i + 1 < len(chars) and chars[i + 1].isalpha() and chars[i] != chars[i + 1]:
            chars[i], chars[i + 1] = chars[i + 1], chars[i]
        else:
            chars[i] = rnd.choice([c for c in LETTERS if c != chars[i].lower()])
    return "".join(chars)


def typo_queries(session, people: list[Person], rnd: random.Random,
                 want: int) -> list[tuple[str, int]]:
    """(misspelt full name, patient id) pairs: one or two errors, only names that differ from
    the original once folded, only people with at most MAX_NAMESAKES namesakes."""
    pairs = []
    for p in people:
        if len(pairs) >= want:
            break
        full = " ".join(x for x in (p.surname, p.given_name, p.patronymic) if x)
        # Namesakes as search sees them: everyone the correct spelling matches word for word
        # («Мұқанова» and «Муканова» alike), whom no ranking could tell from the patient.
        namesakes = [h for h in search_patients(session, full, MAX_NAMESAKES + 1)
                     if h.score >= 1.0]
        if len(namesakes) > MAX_NAMESAKES:
            continue
        for _ in range(5):
            typo = misspell(full, rnd, 1 + rnd.randrange(2))
            if query_key(typo) != query_key(full):
                pairs.append((typo, p.id))
                break
    return pairs


def _timed(calls: list[Callable[[], object]]) -> tuple[dict[str, float], list[object]]:
    for call in calls[:WARMUP]:
        call()
    samples, results = [], []
    for call in calls:
        started = time.perf_counter()
        out = call()
        samples.append((time.perf_counter() - started) * 1000)
        results.append(out)
    return percentiles(samples), results


LIKE_COLUMNS = "id, iin, surname, given_name, patronymic, birth_date, sex, status"


def like_scan(con: sqlite3.Connection, query: str) -> list[tuple]:
    """The way common desks search: every word `LIKE '%word%'` on the name columns."""
    where, params = [], []
    for word in query.split():
        if word.isdigit() and len(word) == 4:
            where.append("birth_date LIKE ?")
            params.append(f"{word}%")
        else:
            where.append("(surname LIKE ? OR given_name LIKE ? OR patronymic LIKE ?)")
            params += [f"%{word}%"] * 3
    sql = f"SELECT {LIKE_COLUMNS} FROM patients WHERE deleted = 0 AND {' AND '.join(where)} LIMIT 20"
    return con.execute(sql, params).fetchall()


def measure(ctx: BenchContext) -> dict[str, object]:
    rnd = random.Random(ctx.seed * 7919 + 4)
    engine = open_database(ctx.db_url, create=False)
    # The plain sqlite3 baselines need the SQLite file; on a server they are left out.
    raw = sqlite3.connect(ctx.db_path) if ctx.db_path is not None else None
    if raw is None:
        ctx.progress("store: not a SQLite file: the raw sqlite3 baselines (iin_lookup_raw, "
                     "like_scan) are skipped")
    try:
        with engine.connect() as conn:
            people = sample_people(conn, SAMPLES + WARMUP, rnd)
            pool = sample_people(conn, 3 * (SAMPLES + WARMUP), random.Random(ctx.seed * 31 + 9))
        with session_factory(engine)() as session:
            result: dict[str, object] = {}
            ctx.progress(f"store: IIN lookups ({len(people)}) …")
            iins = [p.iin for p in people]
            result["iin_lookup"], found = _timed(
                [lambda i=i: find_hit_by_iin(session, i) for i in iins])
            if any(hit is None or hit.iin != iin for hit, iin in zip(found, iins, strict=True)):
                raise RuntimeError("an IIN lookup missed its patient")
            if raw is not None:
                cur = raw.cursor()
                sql = f"SELECT {LIKE_COLUMNS} FROM patients WHERE iin = ? AND deleted = 0"
                result["iin_lookup_raw"], _ = _timed(
                    [lambda i=i: cur.execute(sql, (i,)).fetchone() for i in iins])

            queries = name_queries(people)
            ctx.progress(f"store: name search ({len(queries)}) …")
            result["name_search"], hits = _timed(
                [lambda q=q: search_patients(session, q, 20) for q in queries])
            if sum(1 for h in hits if h) < 0.9 * len(hits):
                raise RuntimeError("name search found nothing for over a tenth of the queries")
            if raw is not None:
                ctx.progress(f"store: LIKE scans ({len(queries)}) …")
                result["like_scan"], _ = _timed([lambda q=q: like_scan(raw, q) for q in queries])

            ctx.progress("store: misspellings …")
            typos = typo_queries(session, pool, rnd, SAMPLES + WARMUP)
            ctx.progress(f"store: typo search ({len(typos)}) …")
            result["typo_search"], typo_hits = _timed(
                [lambda q=q: search_patients(session, q, TOP) for q, _ in typos])
            found_top = sum(1 for hits, (_, pid) in zip(typo_hits, typos, strict=True)
                            if pid in [h.id for h in hits])
            result["typo_recall_top10"] = round(found_top / len(typos), 4)

            people = name_classes.make_people(SAMPLES, seed=ctx.seed * 101 + 13)
            ctx.progress(f"store: adding {len(people)} people of Kazakhstan's peoples …")
            ids = name_classes.add_people(session, people)
            session.commit()
            samples: list[float] = []
            ctx.progress(f"store: name search by class "
                         f"({sum(len(p.queries) for p in people)}) …")
            recall = name_classes.measure_recall(session, people, ids, search_patients, TOP,
                                                 samples)
            result["name_class_search"] = percentiles(samples)
            result["name_recall_top10"] = recall.as_json()
            ctx.progress(f"store: misses not counted (the query is another patient's name, or the "
                         f"name meant has 10 namesakes), by class: {recall.excluded_by_class}")
            result["rss_mb"] = current_rss_mb()
        result.update(bench_audit.measure(engine, ctx.progress))
        return result
    finally:
        if raw is not None:
            raw.close()
        engine.dispose()
