"""The referral form's lists: where doctors are added when there are none, organisations that
provide the chosen service, and the emergency slip's time of issue."""

from __future__ import annotations

import re
from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from db.engine import open_database, session_factory
from services.referrals import clinic_settings, update_clinic_settings
from services.types import Doctor
from tests.reports.pdfcheck import text_of
from tests.reports.sample_clinic import AIGERIM_IIN, FOREIGNER_IIN, fill_clinic
from tests.ui.test_referral_dialog import make_dialog, settled
from ui import translations
from ui.tasks import TaskRunner


@pytest.fixture
def clinic(db_url):
    return fill_clinic(db_url)


@pytest.fixture
def tasks(qtbot, db_url, clinic):
    engine = open_database(db_url, create=False)
    runner = TaskRunner(session_factory(engine))
    yield runner
    runner.wait()
    engine.dispose()


@pytest.fixture
def kazakh(qapp):
    translations.install("kk")
    yield
    translations.install("kk")


def codes(combo) -> list:
    return [combo.itemData(i) for i in range(combo.count())]


def test_with_no_doctors_the_form_says_where_to_add_them(qtbot, db_url, clinic, tasks, kazakh):
    dialog = make_dialog(qtbot, tasks, clinic[AIGERIM_IIN])
    assert dialog.doctorCombo.count() == 0
    assert dialog.doctorHint.isVisible()
    hint = dialog.doctorHint.text()
    assert "Баптаулар" in hint and "Жолдайтын дәрігерлер" in hint, hint
    assert dialog.doctorCombo.lineEdit().placeholderText()


def test_with_doctors_the_hint_is_gone_and_the_first_is_filled_in(qtbot, db_url, clinic, tasks, kazakh):
    engine = open_database(db_url, create=False)
    with session_factory(engine)() as s:
        settings = clinic_settings(s)
        s.commit()
    settings.doctors = [Doctor("Сейітқали Бауыржан", "терапевт")]
    with session_factory(engine)() as s:
        update_clinic_settings(s, settings)
        s.commit()
    engine.dispose()
    dialog = make_dialog(qtbot, tasks, clinic[AIGERIM_IIN])
    assert dialog.doctorCombo.currentText() == "Сейітқали Бауыржан"
    assert not dialog.doctorHint.isVisible()


def test_destinations_follow_the_chosen_service(qtbot, db_url, clinic, tasks):
    dialog = make_dialog(qtbot, tasks, clinic[AIGERIM_IIN], service="diagnostics")
    assert codes(dialog.targetCombo)[0] is None
    assert sorted(c for c in codes(dialog.targetCombo) if c) == ["H7", "KDC1"]
    dialog.targetCombo.setFocus()
    dialog.targetCombo.setCurrentIndex(dialog.targetCombo.findData("KDC1"))
    # a hospitalisation: the diagnostic centre is no longer offered, and no longer chosen
    dialog.serviceCombo.setCurrentIndex(dialog.serviceCombo.findData("planned_inpatient"))
    qtbot.waitUntil(lambda: settled(dialog), timeout=20000)
    assert codes(dialog.targetCombo) == [None, "H7"]
    assert dialog.targetCombo.currentData() is None
    dialog.targetCombo.setCurrentIndex(dialog.targetCombo.findData("H7"))
    # back to diagnostics: the hospital chosen is offered there too, so it stays chosen
    dialog.serviceCombo.setCurrentIndex(dialog.serviceCombo.findData("diagnostics"))
    qtbot.waitUntil(lambda: settled(dialog), timeout=20000)
    assert "KDC1" in codes(dialog.targetCombo)
    assert dialog.targetCombo.currentData() == "H7"


def test_the_emergency_slip_issued_from_the_form_carries_its_time(qtbot, db_url, clinic, tasks):
    dialog = make_dialog(qtbot, tasks, clinic[FOREIGNER_IIN], service="emergency_inpatient",
                         lang="ru", emergency=True)
    with qtbot.waitSignal(dialog.referral_issued, timeout=30000):
        qtbot.mouseClick(dialog.issueButton, Qt.MouseButton.LeftButton)
    text = re.sub(r"\s+", " ", text_of(dialog.issued.pdf))
    found = re.search(r"Дата выдачи: (\d\d\.\d\d\.\d{4}) (\d\d):(\d\d)", text)
    assert found, text
    assert found.group(1) == dialog.on.strftime("%d.%m.%Y")
    shown = int(found.group(2)) * 60 + int(found.group(3))
    now = datetime.now()
    assert abs(now.hour * 60 + now.minute - shown) <= 2
