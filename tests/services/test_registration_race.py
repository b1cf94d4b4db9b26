"""Two desks on one PostgreSQL database register the same new IIN at the same moment: one
patient is stored and the other desk hears the calm "just registered elsewhere" answer, never
a raw IntegrityError (the attached organisation's lookup once flushed the new patient outside
the guarded flush)."""

from __future__ import annotations

import threading
import time
from datetime import date

import pytest
from sqlalchemy import func, select

from db import models as m
from db.engine import open_database, session_factory
from db.repositories import ERR_SAVE_CONFLICT, save_organisation
from db.settings import ensure_site_prefix
from domain.messages import BadInput
from domain.records import LegalStatus, Organisation, Patient
from services import desk

pytestmark = pytest.mark.postgres
ON = date(2026, 11, 22)
IINS = ("900101400003", "850515300006", "880412450014", "751120400027", "010203500048")


def _patient(iin: str) -> Patient:
    return Patient("Сейітова", "Дана", iin=iin, birth_date=date(1990, 1, 1), sex="F",
                   attached_org="PHC-01", legal_status=LegalStatus("citizen"))


@pytest.fixture
def url(postgres_url):
    from tests import pg

    with pg.own_database(postgres_url, "regrace") as own:
        engine = open_database(own)
        with session_factory(engine).begin() as s:
            save_organisation(s, Organisation("PHC-01", "Емхана №1", "Поликлиника №1", "phc"))
            ensure_site_prefix(s)
        engine.dispose()
        yield own


def _register(make, iin: str, got: dict) -> None:
    try:
        with make.begin() as s:
            got["id"] = desk.save_registration(s, _patient(iin), today=ON)
    except Exception as exc:  # noqa: BLE001 - the assertions report it
        got["error"] = exc


def _stored(make, iin: str) -> int:
    with make() as s:
        return s.scalar(select(func.count()).select_from(m.PatientRecord)
                        .where(m.PatientRecord.iin == iin))


def test_the_second_desk_with_the_same_iin_hears_the_calm_answer(url):
    first_engine, second_engine = open_database(url), open_database(url)
    first = session_factory(first_engine)()
    got: dict[str, object] = {}
    try:
        # the first desk has written the patient and not yet committed: the second one cannot
        # see it, passes the IIN check and meets the row only when it writes its own
        desk.save_registration(first, _patient(IINS[0]), today=ON)
        second = threading.Thread(target=_register,
                                  args=(session_factory(second_engine), IINS[0], got))
        second.start()
        time.sleep(0.5)
        assert second.is_alive()  # waiting on the first desk's row
        first.commit()
        second.join(15)
        assert not second.is_alive()
    finally:
        first.close()
        first_engine.dispose()
    try:
        error = got.get("error")
        assert isinstance(error, BadInput), repr(error)
        assert error.message == ERR_SAVE_CONFLICT and error.field == "iin"
        assert _stored(session_factory(second_engine), IINS[0]) == 1
    finally:
        second_engine.dispose()


def test_desks_registering_one_iin_at_the_same_moment_store_it_once(url):
    engines = [open_database(url) for _ in range(2)]
    try:
        for iin in IINS[1:]:
            start = threading.Barrier(2)
            answers: list[dict] = [{}, {}]

            def desk_at(i: int, iin: str = iin, start=start, answers=answers) -> None:
                start.wait(5)
                _register(session_factory(engines[i]), iin, answers[i])

            threads = [threading.Thread(target=desk_at, args=(i,)) for i in range(2)]
            for t in threads:
                t.start()
            for t in threads:
                t.join(30)
            saved = [a for a in answers if "id" in a]
            refused = [a["error"] for a in answers if "error" in a]
            assert len(saved) == 1 and len(refused) == 1, answers
            assert isinstance(refused[0], BadInput) and refused[0].field == "iin", repr(refused[0])
            assert _stored(session_factory(engines[0]), iin) == 1
    finally:
        for engine in engines:
            engine.dispose()
