"""One desk of the sync fault test, as a process of its own: it works on its own SQLite file
through the desk's use cases (registers patients with and without an IIN, the same new IINs as
the other desks, edits the same patients as the others, records phone evidence, emergency
visits and referrals, changes the clinic's phone, installs and activates a rule pack) and runs a sync round every few actions, whether the hub answers or not.

    python -m tests.load.sync_desk --db FILE --hub URL --site P --desk ID --seed N --actions K
        --log FILE

After each committed action it appends what it was told was saved ({"table", "uuid"}) to the
log, and each round's outcome ({"round": ...}); anything unexpected is logged as
{"unexpected": ...}. It may be killed at any moment: a restarted desk goes on where it was.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import traceback
import uuid
from dataclasses import replace
from datetime import date, datetime

from tests.helpers import acting

SURNAMES = ("Жұмабаев", "Омаров", "Нұрланов", "Ибраев", "Серікбаев")
GIVEN = ("Ерлан", "Асқар", "Дәурен", "Нұрсұлтан", "Бақыт")
CLINIC = "040640001234"


def shared_people(count: int = 6) -> list[tuple[str, str, str, date]]:
    """New people every desk may register (the same IINs at several desks)."""
    from domain.iin import make_iin

    rnd, out = random.Random(4242), []
    while len(out) < count:
        born = date(rnd.randint(1950, 2005), rnd.randint(1, 12), rnd.randint(1, 28))
        iin = make_iin(born, "M", rnd.randint(0, 9999))
        if iin and iin not in {p[0] for p in out}:
            out.append((iin, rnd.choice(SURNAMES), rnd.choice(GIVEN), born))
    return out


class DeskRun:
    def __init__(self, args):
        from sqlalchemy.orm import sessionmaker

        from db.engine import open_database, session_factory

        self.args = args
        self.rnd = random.Random(args.seed)
        self.engine = open_database(f"sqlite:///{args.db}")
        self.local = sessionmaker(self.engine, expire_on_commit=False,
                                  info={"site_prefix": args.site, "audit_chain": args.site})
        self.hub_engine = None
        self.hub = None
        self._session_factory = session_factory
        self.log = open(args.log, "a", encoding="utf-8")

    def note(self, **entry) -> None:
        self.log.write(json.dumps(entry, ensure_ascii=False, default=str) + "\n")
        self.log.flush()
        os.fsync(self.log.fileno())

    def hub_factory(self):
        if self.hub is None:
            from sqlalchemy.orm import sessionmaker

            from db.engine import make_engine

            self.hub_engine = make_engine(self.args.hub)
            self.hub = sessionmaker(self.hub_engine, expire_on_commit=False)
        return self.hub

    # -- a sync round, whatever the hub does
    def round(self) -> None:
        from domain.messages import BadInput
        from services import sync

        try:
            done = sync.run_round(self.local, self.hub_factory(), desk_id=self.args.desk,
                                  site=self.args.site, clinic=CLINIC, page=50)
            self.note(round="ok", pushed=done.pushed, pulled=done.pulled)
        except BadInput as exc:
            self.note(round="offline", said=exc.message.ru[:120])
        except Exception as exc:  # noqa: BLE001 - the test counts these
            from db.faults import is_connection_lost

            if is_connection_lost(exc):
                self.note(round="offline", said=type(exc).__name__)
            else:
                self.note(unexpected="round", error=f"{type(exc).__name__}: {exc}"[:500],
                          trace=traceback.format_exc()[-2000:])
        if self.hub_engine is not None:
            self.hub_engine.dispose()  # connections cut meanwhile are not kept in the pool

    # -- desk actions
    def uuid_of(self, session, table: str, row_id: int) -> str:
        from db import sync as sync_db

        return sync_db.uuids_of(session.connection(), table, [row_id])[row_id]

    def live_patients(self, session) -> list[int]:
        from sqlalchemy import select

        from db import models as m

        return list(session.scalars(select(m.PatientRecord.id).where(
            m.PatientRecord.deleted.is_(False)).order_by(m.PatientRecord.id).limit(40)))

    def act(self) -> None:
        from domain import records as r
        from domain.messages import AlreadyRegistered, BadInput
        from services import desk

        kind = self.rnd.choice(("register_shared", "register_new", "register_no_iin", "edit",
                                "edit", "evidence", "emergency", "emergency_unknown", "referral",
                                "setting", "rule_pack"))
        today = date.today()
        try:
            with self.local() as s:
                if kind == "setting":  # the clinic's phone, changed at several desks
                    from db.settings import load_settings, save_settings

                    s.info["clinic"] = CLINIC
                    settings = load_settings(s)
                    settings.org_phone = f"+7727{self.rnd.randint(0, 9999999):07d}"
                    settings.site_prefix = self.args.site
                    save_settings(s, settings)
                    s.commit()
                    self.note(setting=settings.org_phone)
                    return
                if kind == "rule_pack":  # the same pack installed and activated at several desks
                    from pathlib import Path

                    from services import rulepacks

                    pack = Path(__file__).resolve().parents[2] / "docs" / "examples" / \
                        "rulepack-2027-narrow-phc.zip"
                    rulepacks.install_pack(acting(s, self.args.desk), pack.read_bytes())
                    rulepacks.activate(acting(s, self.args.desk), "2026.12.narrow")
                    s.commit()
                    self.note(rule_pack="2026.12.narrow")
                    return
                if kind.startswith("register"):
                    if kind == "register_shared":
                        iin, surname, given, born = self.rnd.choice(shared_people())
                    elif kind == "register_new":
                        from domain.iin import make_iin

                        born = date(self.rnd.randint(1950, 2005), self.rnd.randint(1, 12),
                                    self.rnd.randint(1, 28))
                        iin = make_iin(born, "M", self.rnd.randint(0, 9999))
                        surname, given = self.rnd.choice(SURNAMES), self.rnd.choice(GIVEN)
                    else:
                        iin, born = None, date(1990, 1, 1)
                        surname, given = self.rnd.choice(SURNAMES), self.rnd.choice(GIVEN)
                    record = r.Patient(surname=surname, given_name=given, iin=iin,
                                       birth_date=born, sex="M", phone=f"+7701{self.rnd.randint(0, 9999999):07d}",
                                       legal_status=r.LegalStatus("citizen") if iin else None,
                                       documents=[r.IdentityDocument("id_card", f"{self.args.site}{self.rnd.randint(0, 10**6)}")])
                    pid = desk.save_registration(acting(s, self.args.desk), record, today=today)
                    s.commit()
                    self.note(table="patients", uuid=self.uuid_of(s, "patients", pid), kind=kind)
                    return
                patients = self.live_patients(s)
                if not patients:
                    return
                # the first patients (pulled from the hub) are the same on every desk
                pid = self.rnd.choice(patients[:4]) if self.rnd.random() < 0.7 else self.rnd.choice(patients)
                if kind == "edit":
                    rec = desk.load_for_edit(s, pid)
                    field = self.rnd.choice(("phone", "address"))
                    value = f"{self.args.site}-{self.rnd.randint(0, 10**6)}"
                    desk.save_registration(acting(s, self.args.desk), replace(rec, **{field: value}),
                                           today=today)
                    s.commit()
                    self.note(table="patients", uuid=self.uuid_of(s, "patients", pid), kind=kind)
                elif kind == "evidence":
                    fid = desk.record_phone_evidence(acting(s, self.args.desk), pid, insured=True,
                                                     channel="egov_mobile", on=today)
                    s.commit()
                    self.note(table="fund_checks", uuid=self.uuid_of(s, "fund_checks", fid), kind=kind)
                elif kind in ("emergency", "emergency_unknown"):
                    at = datetime.now().replace(microsecond=0)
                    if kind == "emergency":
                        entry = desk.emergency_entry_for_patient(pid, operator=self.args.desk, at=at)
                    else:
                        entry = desk.emergency_entry_for_unknown(sex="F", approx_age=40, known="test",
                                                                 operator=self.args.desk, at=at)
                    entry = {"id": uuid.uuid4().hex, **entry}
                    out = desk.write_journaled(s, entry)
                    s.commit()
                    self.note(table="visits", uuid=self.uuid_of(s, "visits", out.visit_id), kind=kind)
                else:
                    from sqlalchemy import select

                    from db import models as m
                    from services.referrals import issue_referral

                    issued = issue_referral(acting(s, self.args.desk), pid, "specialist_consult",
                                            diagnosis="J06.9", on=today)
                    s.commit()
                    ref = s.scalar(select(m.ReferralRecord.uuid).where(
                        m.ReferralRecord.number == issued.number))
                    self.note(table="referrals", uuid=ref, kind=kind)
        except AlreadyRegistered:
            self.note(refused="iin_taken", kind=kind)
        except BadInput as exc:
            self.note(refused="bad_input", kind=kind, said=exc.message.ru[:160])
        except Exception as exc:  # noqa: BLE001 - the test counts these
            self.note(unexpected=kind, error=f"{type(exc).__name__}: {exc}"[:500],
                      trace=traceback.format_exc()[-2000:])

    def run(self) -> None:
        self.round()
        for n in range(self.args.actions):
            self.act()
            if n % 3 == 2:
                self.round()
        self.note(done=True)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser()
    for name in ("--db", "--hub", "--site", "--desk", "--log"):
        p.add_argument(name, required=True)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--actions", type=int, default=30)
    args = p.parse_args(argv)
    DeskRun(args).run()
    return 0


if __name__ == "__main__":
    sys.exit(main())
