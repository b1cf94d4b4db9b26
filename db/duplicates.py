"""Duplicate detection at registration: the same IIN is refused; the same person under another
spelling or script, born the same day, comes back as candidates for a warning. Records without
an IIN that two desks registered and the sync brought together are offered for merge."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from db import models as m
from db.search import SearchHit, edit_distance
from domain.messages import AlreadyRegistered, Message
from domain.names import key_words
from domain.records import Patient

ERR_SAME_IIN = Message(
    "ЖСН {iin} бұрыннан тіркелген: {name} ({born}). Жаңа карта ашылмайды — сол науқасты ашыңыз.",
    "ИИН {iin} уже зарегистрирован: {name} ({born}). Новая карта не заводится — откройте этого "
    "пациента.",
)


def _tolerance(word: str) -> int:
    """Typos forgiven in a name being registered: fewer than in search, a warning must be
    worth a receptionist's attention."""
    if len(word) < 4:
        return 0
    return 1 if len(word) < 8 else 2


def _best(words: list[str], key: list[str], skip: int = -1) -> tuple[float, int]:
    """The best (score, key position) of any of `words` in `key`, 1 exact, less per edit."""
    best = (0.0, -1)
    for word in words:
        for pos, other in enumerate(key):
            if pos == skip:
                continue
            d = edit_distance(word, other, _tolerance(word))
            if d <= _tolerance(word):
                best = max(best, (1.0 - 0.15 * d, pos))
    return best


def _similarity(record: Patient, key: str) -> float:
    """Both the surname and the given name (in any script) must meet a word of the key, each
    a different one (in either order: people swap them on forms)."""
    words = key.split()
    surname = key_words(record.surname, record.latin_surname)
    given = key_words(record.given_name, record.latin_given_name)
    s, s_pos = _best(surname, words)
    g, _ = _best(given, words, skip=s_pos)
    if not (s and g):  # perhaps the given name took the surname's best word
        g, g_pos = _best(given, words)
        s, _ = _best(surname, words, skip=g_pos)
    return round((s + g) / 2, 4) if s and g else 0.0


def find_duplicates(session: Session, record: Patient) -> list[SearchHit]:
    """Patients who may be the person being registered, best first. Raises AlreadyRegistered when
    another patient already holds the record's IIN."""
    p = m.PatientRecord
    if record.iin:
        other = session.execute(
            select(p.surname, p.given_name, p.patronymic, p.birth_date, p.id)
            .where(p.iin == record.iin, p.id != (record.id or 0), p.deleted.is_(False))
        ).first()
        if other is not None:
            name = " ".join(x for x in other[:3] if x)
            born = other[3].strftime("%d.%m.%Y") if isinstance(other[3], date) else "—"
            raise AlreadyRegistered(ERR_SAME_IIN.format(iin=record.iin, name=name, born=born), other[4])
    if record.birth_date is None:
        return []
    # People born on one day are few even among millions: the birth date index narrows first.
    rows = session.execute(
        select(p.id, p.iin, p.surname, p.given_name, p.patronymic, p.birth_date, p.sex,
               p.status, p.search_key)
        .where(p.birth_date == record.birth_date, p.id != (record.id or 0), p.deleted.is_(False))
    ).all()
    hits = []
    for row in rows:
        score = _similarity(record, row.search_key or "")
        if score > 0:
            full = " ".join(x for x in (row.surname, row.given_name, row.patronymic) if x)
            hits.append(SearchHit(row.id, row.iin, full, row.birth_date, row.sex, row.status, score))
    return sorted(hits, key=lambda h: (-h.score, h.full_name, h.id))


@dataclass(frozen=True, slots=True)
class PairAcrossDesks:
    """Two records without an IIN, registered at two desks, that may be one person."""

    first_id: int
    first_name: str
    first_number: str | None
    first_site: str
    second_id: int
    second_name: str
    second_number: str | None
    second_site: str
    birth_date: date


def pairs_across_desks(session: Session, limit: int = 50) -> list[PairAcrossDesks]:
    """Records without an IIN from different desks (site prefixes), born the same day, of the same
    sex, whose names match as registration's duplicate warning matches them; neither merged
    nor removed. Unidentified emergency registrations carry no birth date and never pair."""
    a, b = aliased(m.PatientRecord), aliased(m.PatientRecord)
    live = (a.iin.is_(None), b.iin.is_(None), a.deleted.is_(False), b.deleted.is_(False),
            a.merged_into_id.is_(None), b.merged_into_id.is_(None))
    rows = session.execute(
        select(a.id, a.surname, a.given_name, a.patronymic, a.local_id, a.origin_site, a.sex,
               a.birth_date, b.id, b.surname, b.given_name, b.patronymic, b.local_id, b.origin_site,
               b.search_key)
        .join(b, (b.birth_date == a.birth_date) & (b.id > a.id))
        .where(*live, a.birth_date.is_not(None), a.origin_site != b.origin_site,
               (a.sex == b.sex) | a.sex.is_(None) | b.sex.is_(None))
        .order_by(a.id, b.id)
    ).all()
    pairs = []
    for row in rows:
        first = Patient(row[1], row[2], row[3], birth_date=row[7], sex=row[6])
        if _similarity(first, row[14] or "") <= 0:
            continue
        pairs.append(PairAcrossDesks(
            row[0], " ".join(x for x in row[1:4] if x), row[4], row[5] or "",
            row[8], " ".join(x for x in row[9:12] if x), row[12], row[13] or "", row[7]))
        if len(pairs) >= limit:
            break
    return pairs
