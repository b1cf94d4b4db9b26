"""Several desks on one database: does every write a desk was told about exist, exactly once?

`run_load(url, desks, seconds, pace)` starts `desks` worker processes (spawned, each with its
own engine) that do what a registration desk does, through the desk's own use cases and in
the desk's own way (one session and one transaction per action, as the desk's task runner):
search by IIN and by name, open a card, register a new patient (some new IINs are registered
by every desk at about the same moment, as when a family comes to several windows at once),
issue a referral, record an emergency visit for a known patient and for an unidentified one.
`pace` is "human" (about one action a second each, with jitter) or "closed" (the next action
as soon as the last one is answered).

Each desk keeps what it was told for every action: ok with the ids and numbers it was given, a
refusal with the kind of calm words it was shown (the IIN is taken, the database is busy, ...),
or "unexpected" with the exception's type for anything else. The parent then reads the
database and compares: every write a desk was told about exists exactly once (no lost write),
nothing was written that no desk was told about (no phantom), no IIN, local number, referral
number or visit is there twice (no duplicate), and a desk told "this IIN is taken" was right.

The bench's `load` section (`measure`) runs it at 2, 4 and 8 desks, both paces.
"""

from __future__ import annotations

import multiprocessing
import queue
import random
import re
import time
import traceback
import uuid
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import text
from sqlalchemy.engine import make_url

PACES = ("human", "closed")
DESK_COUNTS = (2, 4, 8)
# What a desk does, and how often (weights): searching and opening cards most of the day.
MIX = {"search_iin": 22, "search_name": 18, "open_card": 24, "register": 12, "referral": 10,
       "emergency": 8, "emergency_unknown": 6}
KINDS = (*MIX, "register_shared")
HUMAN_GAP_S = (0.6, 1.4)  # seconds between two actions of one desk at a human pace
SHARED_IINS = 2  # new IINs registered by every desk at about the same moment, per run
START_TIMEOUT_S = 180.0

SURNAMES = ("Жұмабаев", "Сейітова", "Омаров", "Әлиева", "Нұрланов", "Қасымова", "Ибраев",
            "Тоқтарова", "Серікбаев", "Бекова")
GIVEN = {"M": ("Ерлан", "Асқар", "Дәурен", "Нұрсұлтан"), "F": ("Айгүл", "Дана", "Гүлнар", "Мөлдір")}


# ------------------------------------------------------------------ the plan

@dataclass(frozen=True, slots=True)
class Known:
    """A patient in the database before the run (searched for, opened, referred)."""

    id: int
    iin: str
    surname: str
    given_name: str
    birth_date: object = None  # a date, or its ISO text as SQLite returns it

    def name_query(self) -> str:
        """What a receptionist types for this patient: the name, narrowed by the birth date (a
        large register has dozens of namesakes, more than one page of results)."""
        born = self.birth_date
        if isinstance(born, str):
            born = date.fromisoformat(born[:10])
        return f"{self.surname} {self.given_name}" + (f" {born:%d.%m.%Y}" if born else "")


@dataclass(frozen=True, slots=True)
class NewPerson:
    iin: str
    surname: str
    given_name: str
    birth_date: date
    sex: str


@dataclass(frozen=True, slots=True)
class Shared:
    """A new IIN every desk registers `at` seconds into the run."""

    person: NewPerson
    at: float


@dataclass(frozen=True, slots=True)
class DeskPlan:
    url: str
    desk: int
    operator: str
    pace: str
    seconds: float
    seed: int
    known: tuple[Known, ...]
    new_people: tuple[NewPerson, ...]  # this desk's own new IINs, in order
    shared: tuple[Shared, ...]


def backend_of(url: str) -> str:
    return make_url(url).get_backend_name()


def _new_person(rnd: random.Random) -> NewPerson | None:
    from domain.iin import make_iin

    sex = rnd.choice("MF")
    born = date(rnd.randint(1950, 2005), rnd.randint(1, 12), rnd.randint(1, 28))
    iin = make_iin(born, sex, rnd.randint(0, 9999))
    if iin is None:
        return None
    return NewPerson(iin, rnd.choice(SURNAMES), rnd.choice(GIVEN[sex]), born, sex)


def _absent(conn, iins: Sequence[str]) -> set[str]:
    """Those of `iins` that no patient in the database has."""
    taken: set[str] = set()
    for i in range(0, len(iins), 500):
        chunk = list(iins[i:i + 500])
        marks = ", ".join(f":i{k}" for k in range(len(chunk)))
        taken.update(conn.execute(text(f"SELECT iin FROM patients WHERE iin IN ({marks})"),
                                  {f"i{k}": v for k, v in enumerate(chunk)}).scalars())
    return set(iins) - taken


def plan_new_people(conn, count: int, rnd: random.Random) -> list[NewPerson]:
    """`count` people with valid IINs that are in the database nowhere and differ each."""
    people: dict[str, NewPerson] = {}
    while len(people) < count:
        batch = {}
        while len(batch) < 2 * (count - len(people)):
            p = _new_person(rnd)
            if p is not None and p.iin not in people:
                batch[p.iin] = p
        for iin in sorted(_absent(conn, list(batch))):
            if len(people) < count:
                people[iin] = batch[iin]
    return list(people.values())


def sample_known(conn, count: int, rnd: random.Random) -> list[Known]:
    """Up to `count` living patients with an IIN, drawn at random."""
    rows = conn.execute(text(
        "SELECT id, iin, surname, given_name, birth_date FROM patients "
        "WHERE iin IS NOT NULL AND NOT deleted ORDER BY id")).all()
    if not rows:
        raise RuntimeError("the database holds no patients with an IIN to work with")
    picked = rnd.sample(rows, min(count, len(rows)))
    return [Known(*r) for r in picked]


# ------------------------------------------------------------------ one desk (a child process)

def said(message, template) -> bool:
    """Whether the desk's words are this template's, whatever was filled in."""
    parts = re.split(r"\{[^}]*\}", template.ru)
    return re.fullmatch(".*".join(re.escape(p) for p in parts), message.ru, re.S) is not None


def _calm_kind(message) -> str:
    """The kind of calm words the desk showed for a database fault."""
    from db import engine as e

    for kind, template in (("busy", e.ERR_BUSY), ("server", e.ERR_SERVER),
                           ("disk_full", e.ERR_DISK_FULL), ("read_only", e.ERR_READ_ONLY),
                           ("io", e.ERR_IO), ("damaged", e.ERR_DAMAGED)):
        if said(message, template):
            return kind
    return "fault"


def classify(exc: BaseException) -> tuple[str, str]:
    """(status, kind) of a failed action: ("refused", kind of calm words) for what the desk
    answers calmly, ("unexpected", exception type) for a bug."""
    from db import repositories
    from db.engine import describe_failure
    from domain.messages import BadInput
    from services.desk import ERR_IIN_TAKEN

    if isinstance(exc, BadInput) and exc.field != "db":
        # the IIN is someone's already: seen before saving, or when the save met the other
        taken = (ERR_IIN_TAKEN, repositories.ERR_IIN_TAKEN, repositories.ERR_SAVE_CONFLICT)
        if any(said(exc.message, t) for t in taken):
            return "refused", "iin_taken"
        return "refused", f"input:{exc.field}"
    described = describe_failure(exc)
    if described is not None:
        return "refused", _calm_kind(described)
    return "unexpected", type(exc).__name__


class _Desk:
    def __init__(self, plan: DeskPlan, make):
        self.plan = plan
        self.make = make
        self.rnd = random.Random(plan.seed * 7919 + plan.desk)
        self.mine: list[tuple[int, str]] = []  # (id, iin) this desk registered
        self.new_people = list(plan.new_people)
        self.records: list[dict] = []

    # --- the actions: each one transaction, as the desk's task runner runs them

    def _patient(self) -> tuple[int, str]:
        if self.mine and self.rnd.random() < 0.25:
            return self.rnd.choice(self.mine)
        k = self.rnd.choice(self.plan.known)
        return k.id, k.iin

    def _register(self, person: NewPerson | None) -> dict:
        from domain.records import LegalStatus, Patient
        from services import desk

        if person is None:  # no planned IIN left: a patient without one (a local number)
            record = Patient(self.rnd.choice(SURNAMES), self.rnd.choice(GIVEN["F"]),
                             birth_date=date(1990, 1, 1), sex="F", citizenship="UZB",
                             legal_status=LegalStatus("temporary_foreigner"))
        else:
            record = Patient(person.surname, person.given_name, birth_date=person.birth_date,
                             sex=person.sex, iin=person.iin, citizenship="KAZ",
                             legal_status=LegalStatus("citizen"))
        with self.make.begin() as s:
            pid = desk.save_registration(s, record, today=date.today())
        if person is not None:
            self.mine.append((pid, person.iin))
        return {"patient_id": pid, "iin": person.iin if person else None}

    def act(self, kind: str, person: NewPerson | None = None) -> dict:
        from services import desk
        from services.referrals import issue_referral, referable_services

        op = self.plan.operator
        if kind == "search_iin":
            pid, iin = self._patient()
            with self.make.begin() as s:
                hits = desk.search(s, iin)
            return {"patient_id": pid, "found": any(h.id == pid for h in hits)}
        if kind == "search_name":
            k = self.rnd.choice(self.plan.known)
            with self.make.begin() as s:
                hits = desk.search(s, k.name_query())
            return {"patient_id": k.id, "found": any(h.id == k.id for h in hits)}
        if kind == "open_card":
            pid, _ = self._patient()
            with self.make.begin() as s:
                card = desk.open_card(s, pid, date.today())
            return {"patient_id": pid, "found": card.record.id == pid}
        if kind in ("register", "register_shared"):
            return self._register(person)
        if kind == "referral":
            pid, _ = self._patient()
            service = self.rnd.choice(referable_services())
            with self.make.begin() as s:
                # a referral names its diagnosis: without it a dispensary patient's is refused
                issued = issue_referral(s, pid, service, diagnosis="J06.9", on=date.today())
            return {"patient_id": pid, "number": issued.number}
        at = datetime.now().replace(microsecond=0)
        if kind == "emergency":
            pid, _ = self._patient()
            entry = desk.emergency_entry_for_patient(pid, operator=op, at=at)
        else:
            entry = desk.emergency_entry_for_unknown(sex=self.rnd.choice(("M", "F", None)),
                                                     approx_age=self.rnd.randint(1, 90),
                                                     known="load test", operator=op, at=at)
        # The desk journals the visit on disk first, with the id the visit will keep.
        entry = {"id": uuid.uuid4().hex, **entry}
        with self.make.begin() as s:
            out = desk.write_journaled(s, entry)
        return {"patient_id": out.patient_id, "visit_id": out.visit_id, "visit_uuid": entry["id"],
                "local_id": out.local_id if kind == "emergency_unknown" else None}

    def timed(self, kind: str, started_at: float, shared: Shared | None = None) -> None:
        record = {"desk": self.plan.desk, "kind": kind,
                  "t": round(time.time() - started_at, 3)}
        person = None
        if kind == "register_shared":
            person = shared.person
        elif kind == "register" and self.new_people:
            person = self.new_people.pop(0)
        if kind in ("register", "register_shared"):
            record["iin"] = person.iin if person else None
        began = time.perf_counter()
        try:
            record.update(self.act(kind, person))
            record["status"] = "ok"
        except Exception as exc:  # noqa: BLE001 - what the desk was told is the measurement
            record["status"], record["why"] = classify(exc)
            if record["why"] != "iin_taken" and hasattr(exc, "message"):
                record["said"] = exc.message.ru[:200]
            if record["status"] == "unexpected":
                first = (str(exc).strip().splitlines() or [""])[0][:300]
                record["error"] = f"{type(exc).__name__}: {first}"
        record["ms"] = round((time.perf_counter() - began) * 1000, 3)
        self.records.append(record)

    def warm_up(self) -> None:
        """What a desk has done by the time its receptionist starts: the rules and fonts
        loaded, the database answering. Reads only: nothing it does is a write to account for."""
        from services import desk
        from services.referrals import ReferralRequest, preview_referral

        k = self.plan.known[0]
        with self.make.begin() as s:
            desk.search(s, k.iin)
            desk.coverage_for(s, k.id, date.today())
            preview_referral(s, k.id, ReferralRequest("specialist_consult"))

    def run(self, started_at: float) -> None:
        plan = self.plan
        end = started_at + plan.seconds
        shared = sorted(plan.shared, key=lambda x: x.at)
        next_at = started_at + self.rnd.uniform(0, HUMAN_GAP_S[1])
        kinds, weights = list(MIX), list(MIX.values())
        while True:
            now = time.time()
            due = shared[0] if shared and started_at + shared[0].at <= now else None
            if plan.pace == "human" and due is None:
                wake = min(next_at, started_at + shared[0].at if shared else next_at)
                if wake >= end:
                    break
                if wake > now:
                    time.sleep(wake - now)
                    continue
            elif now >= end and due is None:
                break
            if due is not None:
                shared.pop(0)
                self.timed("register_shared", started_at, due)
                continue
            self.timed(self.rnd.choices(kinds, weights)[0], started_at)
            if plan.pace == "human":
                next_at = max(next_at + self.rnd.uniform(*HUMAN_GAP_S), time.time())


def desk_process(plan: DeskPlan, barrier, results) -> None:
    """One desk: open the database, warm up, wait for the others, work, hand back the log."""
    try:
        from db.engine import open_database, session_factory
        from domain.access import ADMINISTRATOR, Actor

        engine = open_database(plan.url, full_check=False)
        try:
            make = session_factory(engine)
            # each desk acts as its own signed-in person, whom the records and the audit name
            make.configure(info={**make.kw.get("info", {}), "actor": Actor(
                login=plan.operator, role=ADMINISTRATOR, signed_in=True)})
            worker = _Desk(plan, make)
            worker.warm_up()
            barrier.wait(START_TIMEOUT_S)
            started_at = time.time()
            worker.run(started_at)
            results.put((plan.desk, "done", worker.records))
        finally:
            engine.dispose()
    except BaseException:  # noqa: BLE001 - the parent reports it; a desk that died is a failure
        results.put((plan.desk, "crashed", traceback.format_exc()))
        try:
            barrier.abort()
        except Exception:  # noqa: BLE001
            pass


# ------------------------------------------------------------------ the parent: run and check

@dataclass(slots=True)
class Snapshot:
    patients: int
    visits: int
    referrals: int
    audit: int


TABLES = {"patients": "patients", "visits": "visits", "referrals": "referrals",
          "audit": "audit_events"}


def snapshot(conn) -> Snapshot:
    return Snapshot(**{k: conn.execute(text(f"SELECT coalesce(max(id), 0) FROM {t}")).scalar()
                       for k, t in TABLES.items()})


@dataclass(slots=True)
class Check:
    lost: list[str] = field(default_factory=list)
    phantom: list[str] = field(default_factory=list)
    duplicate: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)  # an answer that was not true


def _rows(conn, sql: str, **params) -> list:
    return conn.execute(text(sql), params).all()


def check_database(conn, before: Snapshot, records: list[dict], shared_iins: set[str]) -> Check:
    """Compare what the desks were told with what the database holds."""
    c = Check()
    ok = [r for r in records if r["status"] == "ok"]
    # --- patients: registered ones and unidentified emergencies
    told_patients: dict[int, dict] = {}
    for r in ok:
        if r["kind"] in ("register", "register_shared", "emergency_unknown"):
            if r["patient_id"] in told_patients:
                c.duplicate.append(f"patient id {r['patient_id']} given to two registrations")
            told_patients[r["patient_id"]] = r
    new_patients = {row[0]: row for row in _rows(
        conn, "SELECT id, iin, local_id FROM patients WHERE id > :top", top=before.patients)}
    for pid, r in told_patients.items():
        row = new_patients.get(pid)
        if row is None:
            c.lost.append(f"patient {pid} ({r['kind']} by desk {r['desk']})")
        elif r.get("iin") and row[1] != r["iin"]:
            c.lost.append(f"patient {pid} has IIN {row[1]}, desk {r['desk']} was told {r['iin']}")
        elif r.get("local_id") and row[2] != r["local_id"]:
            c.lost.append(f"patient {pid} has local number {row[2]}, told {r['local_id']}")
    c.phantom += [f"patient {pid} ({row[1] or row[2]}) that no desk was told about"
                  for pid, row in new_patients.items() if pid not in told_patients]
    # a desk told "this IIN is taken" must have been right, and only shared IINs are taken
    for r in records:
        if r["status"] == "refused" and r.get("why") == "iin_taken":
            iin = r.get("iin")
            if iin not in shared_iins:
                c.wrong.append(f"desk {r['desk']} told a new IIN {iin} was taken")
            elif not _rows(conn, "SELECT id FROM patients WHERE iin = :iin", iin=iin):
                c.wrong.append(f"desk {r['desk']} told IIN {iin} was taken, nobody has it")
    # --- visits
    told_visits: dict[int, dict] = {}
    for r in ok:
        if r["kind"] in ("emergency", "emergency_unknown"):
            if r["visit_id"] in told_visits:
                c.duplicate.append(f"visit id {r['visit_id']} given to two emergencies")
            told_visits[r["visit_id"]] = r
    new_visits = {row[0]: row for row in _rows(
        conn, "SELECT id, uuid, patient_id FROM visits WHERE id > :top", top=before.visits)}
    for vid, r in told_visits.items():
        row = new_visits.get(vid)
        if row is None or row[1] != r["visit_uuid"] or row[2] != r["patient_id"]:
            c.lost.append(f"visit {vid} of patient {r['patient_id']} (desk {r['desk']})")
    c.phantom += [f"visit {vid} that no desk was told about"
                  for vid in new_visits if vid not in told_visits]
    # --- referrals
    told_numbers: dict[str, dict] = {}
    for r in ok:
        if r["kind"] == "referral":
            if r["number"] in told_numbers:
                c.duplicate.append(f"referral number {r['number']} given twice")
            told_numbers[r["number"]] = r
    new_referrals = {row[0]: row for row in _rows(
        conn, "SELECT number, patient_id FROM referrals WHERE id > :top", top=before.referrals)}
    for number, r in told_numbers.items():
        row = new_referrals.get(number)
        if row is None or row[1] != r["patient_id"]:
            c.lost.append(f"referral {number} (desk {r['desk']})")
    c.phantom += [f"referral {n} that no desk was told about"
                  for n in new_referrals if n not in told_numbers]
    # --- the audit lines each action writes (card openings feed the recent list)
    from db.referrals import ISSUED
    from db.visits import ACTION_OPENED, ACTION_SAVED, ACTION_UNIDENTIFIED

    writes = {"open_card": (ACTION_OPENED,), "register": (ACTION_SAVED,),
              "register_shared": (ACTION_SAVED,), "referral": (ISSUED,),
              "emergency": ("visit.emergency",),
              "emergency_unknown": (ACTION_UNIDENTIFIED, "visit.emergency")}
    operators = {r.get("operator") for r in records}
    expected = Counter((r["operator"], action) for r in ok for action in writes.get(r["kind"], ()))
    found = Counter((op, action) for op, action in _rows(
        conn, "SELECT operator, action FROM audit_events WHERE id > :top", top=before.audit))
    for key in expected.keys() | found.keys():
        if found[key] < expected[key]:
            c.lost.append(f"{expected[key] - found[key]} audit lines {key[1]} of {key[0]}")
        elif found[key] > expected[key]:
            where = key[0] if key[0] in operators else f"unknown operator {key[0]!r}"
            c.phantom.append(f"{found[key] - expected[key]} audit lines {key[1]} of {where}")
    # --- duplicates anywhere in the database
    for column, table in (("iin", "patients"), ("local_id", "patients"),
                          ("number", "referrals"), ("uuid", "visits")):
        for value, n in _rows(conn, f"SELECT {column}, count(*) FROM {table} WHERE {column} IS "
                                    f"NOT NULL GROUP BY {column} HAVING count(*) > 1"):
            c.duplicate.append(f"{table}.{column} {value} {n} times")
    # --- what the desks read must be what is there
    c.wrong += [f"desk {r['desk']}: {r['kind']} did not find patient {r['patient_id']}"
                for r in ok if r.get("found") is False]
    return c


def _percentiles(samples: list[float]) -> dict[str, float]:
    from bench.runner import percentiles

    return percentiles(samples)


def summarise(records: list[dict], seconds: float, check: Check) -> dict:
    by_kind: dict[str, list[float]] = defaultdict(list)
    for r in records:
        by_kind[r["kind"]].append(r["ms"])
    refused = Counter(r["why"] for r in records if r["status"] == "refused")
    unexpected = [r for r in records if r["status"] == "unexpected"]
    return {
        "actions": len(records),
        "seconds": round(seconds, 2),
        "actions_per_s": round(len(records) / seconds, 2) if seconds > 0 else 0.0,
        "ms": {k: {**_percentiles(v), "n": len(v)} for k, v in sorted(by_kind.items())},
        "ok": sum(1 for r in records if r["status"] == "ok"),
        "refused": dict(sorted(refused.items())),
        "unexpected": len(unexpected),
        "unexpected_errors": sorted({r["error"] for r in unexpected})[:10],
        "refusals_said": sorted({r["said"] for r in records if r.get("said")})[:10],
        "lost": len(check.lost),
        "phantom": len(check.phantom),
        "duplicates": len(check.duplicate),
        "wrong_answers": len(check.wrong),
        "problems": (check.lost + check.phantom + check.duplicate + check.wrong)[:20],
    }


def run_load(url: str, desks: int, seconds: float, pace: str, *, seed: int = 1,
             shared: int = SHARED_IINS,
             progress: Callable[[str], None] = lambda msg: None) -> dict:
    """Run `desks` desk processes on the database at `url` for `seconds`, then check it.
    The database must be migrated and hold patients with IINs."""
    from db.engine import open_database

    if pace not in PACES:
        raise ValueError(f"pace must be one of {PACES}")
    if desks < 1:
        raise ValueError("at least one desk")
    rnd = random.Random(seed)
    tag = uuid.uuid4().hex[:6]
    engine = open_database(url, full_check=False)
    try:
        with engine.connect() as conn:
            known = sample_known(conn, 200, rnd)
            # enough own new IINs for the fastest desk; past them a desk registers people
            # without an IIN (they get a local number)
            per_desk = int(seconds * (60 if pace == "closed" else 2)) + 5
            people = plan_new_people(conn, desks * per_desk + shared, rnd)
        shared_plan = tuple(Shared(people.pop(), round(seconds * (k + 1) / (shared + 1), 3))
                            for k in range(shared))
        plans = [DeskPlan(url, d, f"load-{tag}-{d}", pace, seconds, seed, tuple(known),
                          tuple(people[d * per_desk:(d + 1) * per_desk]), shared_plan)
                 for d in range(desks)]
        ctx = multiprocessing.get_context("spawn")
        barrier = ctx.Barrier(desks)
        results = ctx.Queue()
        procs = [ctx.Process(target=desk_process, args=(p, barrier, results), daemon=True)
                 for p in plans]
        progress(f"load: {desks} desks, {pace} pace, {seconds:g} s on {backend_of(url)} …")
        with engine.connect() as conn:
            before = snapshot(conn)
        for p in procs:
            p.start()
        try:
            logs = _collect(procs, results, seconds)
        finally:
            for p in procs:
                p.join(10)
                if p.is_alive():
                    p.kill()
                    p.join()
        records = []
        for d, entries in sorted(logs.items()):
            for r in entries:
                r["operator"] = plans[d].operator
                records.append(r)
        with engine.connect() as conn:
            check = check_database(conn, before, records, {s.person.iin for s in shared_plan})
    finally:
        engine.dispose()
    # the last actions may end after the planned time: they count in the rate
    elapsed = max([seconds] + [r["t"] + r["ms"] / 1000 for r in records])
    out = {"backend": backend_of(url), "desks": desks, "pace": pace,
           **summarise(records, elapsed, check)}
    progress(f"load: {desks} desks {pace}: {out['actions_per_s']} actions/s, ok {out['ok']}, "
             f"refused {out['refused']}, unexpected {out['unexpected']}, lost {out['lost']}, "
             f"phantom {out['phantom']}, duplicates {out['duplicates']}")
    return out


def _collect(procs, results, seconds: float) -> dict[int, list[dict]]:
    """Each desk's log; a desk that dies without one fails the run at once."""
    logs: dict[int, list[dict]] = {}
    crashed: list[str] = []
    deadline = time.monotonic() + seconds + START_TIMEOUT_S
    while len(logs) + len(crashed) < len(procs):
        try:
            desk, how, payload = results.get(timeout=0.5)
        except queue.Empty:
            if time.monotonic() > deadline:
                raise RuntimeError("the desks did not finish in time") from None
            silent = [d for d, p in enumerate(procs)
                      if p.exitcode is not None and d not in logs]
            if silent and results.empty():
                time.sleep(0.5)  # a log on its way through the pipe
                if results.empty():
                    raise RuntimeError(f"desk processes {silent} ended without a word") from None
            continue
        if how == "done":
            logs[desk] = payload
        else:
            crashed.append(f"desk {desk}: {payload}")
    if crashed:
        raise RuntimeError("a desk process crashed:\n" + "\n".join(crashed))
    return logs


# ------------------------------------------------------------------ the bench section

def figures(out: dict) -> dict:
    """What the bench reports of one run."""
    return {
        "actions_per_s": out["actions_per_s"],
        "p95_ms": {kind: v["p95"] for kind, v in out["ms"].items()},
        "errors": {"refused": out["refused"], "unexpected": out["unexpected"],
                   "lost": out["lost"], "phantom": out["phantom"],
                   "duplicates": out["duplicates"], "wrong_answers": out["wrong_answers"]},
    }


def measure(ctx) -> dict:
    """`load`: 2, 4 and 8 desks at a human pace ("pace") and in a closed loop ("closed"),
    `ctx.load_seconds` each, on the bench database."""
    by_desks: dict[str, dict] = {}
    for desks in DESK_COUNTS:
        for pace, key in (("human", "pace"), ("closed", "closed")):
            out = run_load(ctx.db_url, desks, ctx.load_seconds, pace, seed=ctx.seed,
                           progress=ctx.progress)
            for problem in out["problems"] + out["unexpected_errors"] + out["refusals_said"]:
                ctx.progress(f"load: {desks} desks {pace}: {problem}")
            by_desks.setdefault(str(desks), {})[key] = figures(out)
    return {"load": {ctx.backend: by_desks}}
