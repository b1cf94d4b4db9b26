"""Screenshots of the desk's main flows in Kazakh and Russian, rendered offscreen on a demo
database (`python -m scripts.screenshots docs/screenshots`)."""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QWidget

from scripts.driving import type_text, visible_dialog, wait


def _save(widget: QWidget, out: Path, name: str) -> None:
    path = out / name
    widget.grab().save(str(path))
    print(path)


def _on_screen(dialog: QWidget, out: Path, name: str) -> None:
    """The dialog as it stands on the smallest common laptop screen (1366x768), centred."""
    from PySide6.QtGui import QColor, QPainter, QPixmap

    screen = QPixmap(1366, 768)
    screen.fill(QColor("#3b4a54"))
    shot = dialog.grab()
    painter = QPainter(screen)
    painter.drawPixmap((1366 - shot.width()) // 2, (768 - shot.height()) // 2, shot)
    painter.end()
    screen.save(str(out / name))
    print(out / name)


def _setup(out: Path, lang: str) -> None:
    """The first-run setup: the clinic page filled in, then the data and prefix page."""
    from ui import translations
    from ui.app import build_setup_dialog

    translations.install(lang)
    dialog = build_setup_dialog()
    dialog.show()
    type_text(dialog.setupClinicKkEdit, "Көктөбе ауылдық емханасы")
    type_text(dialog.setupClinicRuEdit, "Сельская поликлиника Коктобе")
    type_text(dialog.setupBinEdit, "040640001234")
    type_text(dialog.setupAddressEdit, "Алматы обл., Көктөбе а., Абай к-сі, 1")
    type_text(dialog.setupPhoneEdit, "+7 727 000 00 00")
    wait(200)
    _on_screen(dialog, out, f"setup_clinic_{lang}.png")
    dialog.next()
    dialog.setupServerRadio.setChecked(True)
    type_text(dialog.setupServerUrlEdit, "postgresql://desk@server.clinic/tirkeu")
    dialog.setupTestResult.setText(dialog.tr("Connected. Prefixes other desks use: %1.")
                                   .replace("%1", "KAE01"))
    dialog.setupPrefixEdit.setText("KAE02")
    wait(200)
    _on_screen(dialog, out, f"setup_data_{lang}.png")
    dialog.reject()


def _key(out: Path, lang: str) -> None:
    """The key of an encrypted database asked at start, after a key that did not open it and
    an emergency recorded meanwhile (waiting on this computer for the key)."""
    from ui import translations
    from ui.views.key_dialog import KeyDialog

    translations.install(lang)
    dialog = KeyDialog(None, wrong=True)
    dialog.note_emergency(1)
    dialog.show()
    type_text(dialog.encryptionKeyEdit, "kilt-2026")
    wait(200)
    _on_screen(dialog, out, f"key_dialog_{lang}.png")
    dialog.reject()


def _pick_patient(db_url: str) -> tuple[int, str]:
    """A demo patient whose card shows much: a category or conditions, and documents."""
    from bench.sampling import showcase_patient
    from db.engine import open_database, session_factory

    engine = open_database(db_url)
    try:
        with session_factory(engine)() as s:
            found = showcase_patient(s)
    finally:
        engine.dispose()
    if found is None:
        raise SystemExit("the demo database has no patient to show")
    return found


def shoot(out: Path, patients: int = 3000) -> None:
    from db.engine import open_database
    from demo.load import fill
    from ui.app import _application, build_main_window

    out.mkdir(parents=True, exist_ok=True)
    _application()
    with tempfile.TemporaryDirectory() as tmp:
        empty_url = f"sqlite:///{Path(tmp) / 'empty.sqlite'}"
        demo_url = f"sqlite:///{Path(tmp) / 'demo.sqlite'}"
        engine = open_database(demo_url)
        fill(engine, patients, 1)
        engine.dispose()
        patient_id, surname = _pick_patient(demo_url)
        _register_examples(demo_url)
        for lang in ("kk", "ru"):
            _setup(out, lang)
            _key(out, lang)
            first = build_main_window(empty_url, lang)
            first.show()
            wait(until=lambda w=first: w.status is not None and not w.tasks.busy())
            _save(first, out, f"first_start_{lang}.png")
            first.close()

            _accounts(out, lang, demo_url)
            window = build_main_window(demo_url, lang, login=("admin", "demo"))
            window.resize(1366, 768)  # the smallest common laptop screen
            window.show()
            wait(until=lambda w=window: w.status is not None and not w.tasks.busy())
            type_text(window.searchEdit, surname[:5].lower())
            wait(until=lambda w=window: w.results_model.rowCount() > 0)
            window.open_patient(patient_id)
            wait(until=lambda w=window: w.current_patient_id == patient_id)
            card = window.patientCard
            for r in range(card.coverage_model.rowCount()):
                row = card.coverage_model.row_at(r)
                if row.decision and row.decision.referral == "missing":
                    card.coverageView.selectRow(r)
                    break
            wait(200)
            _save(window, out, f"desk_card_{lang}.png")
            _phone_evidence(window, out, lang)
            _consent(window, out, lang, patient_id)

            _reasons(window, out, lang)
            _referral_form(window, out, lang)
            _rule_packs(window, out, lang)
            _duplicates_and_merge(window, out, lang)
            _referral_register(window, out, lang)

            window.emergency()  # the open patient: one question naming them first
            wait(until=lambda w=window: visible_dialog(w, "emergencyConfirm") is not None)
            _save(visible_dialog(window, "emergencyConfirm"), out, f"emergency_confirm_{lang}.png")
            window.emergency()  # F9 again: yes, this patient; the decision and its funding note
            wait(until=lambda w=window: visible_dialog(w, "emergencyResult") is not None)
            _save(visible_dialog(window, "emergencyResult"), out, f"emergency_patient_{lang}.png")
            visible_dialog(window, "emergencyResult").close()
            _history(window, out, lang, patient_id)

            window.close_patient()
            window.emergency()
            dialog = visible_dialog(window, "emergencyDialog")
            dialog.emergencySex.setCurrentIndex(2)
            dialog.emergencyAge.setValue(35)
            type_text(dialog.emergencyKnown, "Жедел жәрдем әкелді / доставлена скорой")
            wait(100)
            _save(dialog, out, f"emergency_form_{lang}.png")
            dialog.registerButton.click()
            wait(until=lambda w=window: visible_dialog(w, "emergencyResult") is not None)
            _save(visible_dialog(window, "emergencyResult"), out, f"emergency_result_{lang}.png")
            visible_dialog(window, "emergencyResult").close()
            _today_list(window, out, lang)
            _audit_trail(window, out, lang)

            window.close_patient()
            window.searchEdit.clear()
            window.new_patient()
            form = visible_dialog(window, "registrationDialog")
            form.iinEdit.setText("020202500074")
            type_text(form.surnameEdit, "Сапаров")
            type_text(form.givenNameEdit, "Ерлан")
            form.birthDateEdit.setText("03.02.2002")
            form._on_birth_typed("")
            wait(500)
            _save(form, out, f"registration_{lang}.png")
            form.reject()
            _status_and_diagnosis(window, out, lang)
            window.close()
            wait(100)
            _sync(out, lang, demo_url)


def _accounts(out: Path, lang: str, demo_url: str) -> None:
    """The sign-in page (after a wrong password), the lock page, and the administrator's users
    and roles, at 1366x768."""
    from ui.app import build_main_window

    window = build_main_window(demo_url, lang)
    window.resize(1366, 768)
    window.show()
    wait(until=lambda: not window.tasks.busy())
    type_text(window.access.page.loginUserEdit, "reception")
    window.access.sign_in("reception", "not-the-password")
    wait(200)
    _save(window, out, f"sign_in_{lang}.png")
    window.access.sign_in("doctor", "demo")
    wait(until=lambda: not window.tasks.busy())
    window.access.lock()
    wait(200)
    _save(window, out, f"lock_{lang}.png")
    window.access.switch_user()
    window.access.sign_in("admin", "demo")
    window.access.open_users()
    dialog = visible_dialog(window, "usersDialog")
    wait(until=lambda: dialog.loaded)
    dialog.usersTable.selectRow(1)
    wait(200)
    _on_screen(dialog, out, f"users_{lang}.png")
    dialog.tabs.setCurrentIndex(1)
    wait(200)
    _on_screen(dialog, out, f"roles_{lang}.png")
    dialog.close()
    window.close()
    wait(100)


def _phone_evidence(window, out: Path, lang: str) -> None:
    """Ctrl+M on the card: what the patient's phone shows, with a category chosen."""
    card = window.patientCard
    card.record_phone_evidence()
    dialog = visible_dialog(window, "phoneEvidenceDialog")
    dialog.evidenceCategory.setCurrentIndex(dialog.evidenceCategory.findData("pensioner"))
    wait(200)
    _save(dialog, out, f"phone_evidence_{lang}.png")
    dialog.reject()
    wait(100)


def _consent(window, out: Path, lang: str, patient_id: int) -> None:
    """Ctrl+K on the card: the form shown for signing; then the signed form recorded and the
    card's consent badge with it."""
    card = window.patientCard
    card.open_consent()
    dialog = visible_dialog(window, "consentDialog")
    wait(until=lambda: bool(dialog.states))
    dialog.show_form()
    wait(until=lambda: dialog.preview.page_count() > 0)
    type_text(dialog.consentNumberEdit, "123")
    dialog.scopeChecks["exchange"].setChecked(True)
    wait(300)
    _on_screen(dialog, out, f"consent_dialog_{lang}.png")
    dialog.record()
    wait(until=lambda: card.consentBadge.property("consentState") == "given" and not window.tasks.busy())
    dialog.accept()
    wait(300)
    _save(window, out, f"desk_card_consent_{lang}.png")
    card.export_data()
    export = visible_dialog(window, "exportDialog")
    wait(200)
    _on_screen(export, out, f"export_dialog_{lang}.png")
    export.reject()
    with window.tasks.session_factory.begin() as session:  # the next language starts without it
        from db import models as m

        session.query(m.ConsentRecord).filter(m.ConsentRecord.patient_id == patient_id).delete()
    window.open_patient(patient_id)
    wait(until=lambda: card.consentBadge.property("consentState") == "none" and not window.tasks.busy())


def _consent_only(out: Path, patients: int) -> None:
    """Only the consent screens (kk, ru) on a small demo database."""
    from db.engine import open_database
    from demo.load import fill
    from ui.app import _application, build_main_window

    out.mkdir(parents=True, exist_ok=True)
    _application()
    with tempfile.TemporaryDirectory() as tmp:
        demo_url = f"sqlite:///{Path(tmp) / 'demo.sqlite'}"
        engine = open_database(demo_url)
        fill(engine, patients, 1)
        engine.dispose()
        patient_id, _surname = _pick_patient(demo_url)
        for lang in ("kk", "ru"):
            window = build_main_window(demo_url, lang, login=("admin", "demo"))
            window.resize(1366, 768)
            window.show()
            wait(until=lambda w=window: w.status is not None and not w.tasks.busy())
            window.open_patient(patient_id)
            wait(until=lambda w=window: w.current_patient_id == patient_id and not w.tasks.busy())
            wait(200)
            _consent(window, out, lang, patient_id)
            window.close()
            wait(100)


def _history(window, out: Path, lang: str, patient_id: int) -> None:
    """The card with its visit history tab open: an emergency visit and a referral issued."""
    from services.referrals import issue_referral

    with window.tasks.session_factory() as session:
        issue_referral(session, patient_id, "diagnostics", diagnosis="I10")
        session.commit()
    window.open_patient(patient_id)
    wait(until=lambda: window.current_patient_id == patient_id and not window.tasks.busy())
    card = window.patientCard
    wait(until=lambda: card.history_model.rowCount() >= 2)
    card.cardTabs.setCurrentIndex(1)
    wait(200)
    _save(window, out, f"desk_history_{lang}.png")
    card.cardTabs.setCurrentIndex(0)


def _today_list(window, out: Path, lang: str) -> None:
    """F8: the list of the day, and its printable page."""
    window.today_list()
    dialog = visible_dialog(window, "todayDialog")
    wait(until=lambda: dialog.model.rowCount() > 0 or not window.tasks.busy())
    wait(200)
    _save(dialog, out, f"today_list_{lang}.png")
    dialog.print_preview()
    wait(until=lambda: dialog.preview_dialog is not None and dialog.preview_dialog.isVisible())
    wait(500)
    _save(dialog.preview_dialog, out, f"today_print_{lang}.png")
    dialog.preview_dialog.reject()
    dialog.reject()
    wait(100)


EXAMPLE_PACK = Path(__file__).resolve().parent.parent / "docs" / "examples" / "rulepack-2027-narrow-phc.zip"


def _rule_packs(window, out: Path, lang: str) -> None:
    """Settings, Rule packs: the narrow 2027 example installed and its changes previewed."""
    from datetime import date

    from PySide6.QtCore import QDate

    from services.rulepacks import install_pack_file, list_packs
    from ui.settings_dialog import open_settings_dialog

    with window.tasks.session_factory.begin() as session:
        if not any(line.version != "shipped" and not line.shipped for line in list_packs(session)):
            install_pack_file(session, str(EXAMPLE_PACK))
    open_settings_dialog(window, window.tasks)
    dialog = visible_dialog(window, "settingsDialog")
    wait(until=lambda: dialog.rulePackList.rowCount() > 1)
    dialog.tabs.setCurrentWidget(dialog.rulePackPage)
    dialog.resize(1100, 700)
    for row in range(dialog.rulePackList.rowCount()):
        if "narrow" in dialog.rulePackList.item(row, 0).text():
            dialog.rulePackList.selectRow(row)
    dialog.rulePackDate.setDate(QDate(date(2027, 1, 1)))
    dialog.preview_pack()
    wait(until=lambda: dialog.diff_result is not None, limit_ms=120_000)
    wait(200)
    _save(dialog, out, f"rule_packs_{lang}.png")
    dialog.reject()
    wait(100)


def _duplicates_and_merge(window, out: Path, lang: str) -> None:
    """Registering the open patient again: the question before a second record; then the
    merge form with the two records side by side."""
    record = window.patientCard.card.record
    window.new_patient()
    form = visible_dialog(window, "registrationDialog")
    for edit, value in ((form.surnameEdit, record.surname), (form.givenNameEdit, record.given_name)):
        edit.clear()  # the form starts from what the search box holds
        type_text(edit, value)
    form.birthDateEdit.setText(record.birth_date.strftime("%d.%m.%Y"))
    form.sexCombo.setCurrentIndex(form.sexCombo.findData(record.sex))
    form.statusCombo.setCurrentIndex(form.statusCombo.findData("citizen"))
    form.save()
    wait(until=lambda: visible_dialog(form, "duplicateConfirm") is not None, limit_ms=60_000)
    if visible_dialog(form, "duplicateConfirm") is None:
        raise SystemExit(f"no duplicate question: {form.formError.text()!r} {form.duplicateWarning.text()!r}")
    _save(visible_dialog(form, "duplicateConfirm"), out, f"duplicate_confirm_{lang}.png")
    visible_dialog(form, "duplicateConfirm").findChild(QWidget, "saveAnywayButton").click()
    wait(until=lambda: not form.isVisible())
    window.merge_records()
    dialog = visible_dialog(window, "mergeDialog")
    type_text(dialog.mergeSearchEdit, f"{record.surname} {record.given_name}")
    wait(until=lambda: dialog.mergeButton.isEnabled())
    wait(200)
    _save(dialog, out, f"merge_{lang}.png")
    dialog.reject()
    wait(100)


def _select_service(card, service: str) -> None:
    for r in range(card.coverage_model.rowCount()):
        if card.coverage_model.row_at(r).service == service:
            card.coverageView.selectRow(r)
            return


def _reasons(window, out: Path, lang: str) -> None:
    """The card's reasons for a 2027 decision on a suspicion, with the unconfirmed mark, at the
    smallest common laptop screen (1366x768)."""
    from PySide6.QtCore import QDate

    size = window.size()
    window.resize(1366, 768)
    card = window.patientCard
    sizes = card.splitter.sizes()
    shown = window.coverage_shown
    done: list[bool] = []
    shown.connect(lambda: done.append(True))
    card.coverageDate.setDate(QDate(2027, 3, 1))
    wait(until=lambda: bool(done) and card.card.coverage.on.year == 2027)
    type_text(card.suspectedEdit, "C50")
    wait(until=lambda: card.card.coverage.visit.suspected == "C50")
    _select_service(card, "specialist_consult")
    card.splitter.setSizes([150, 300, 260])
    wait(200)
    _save(window, out, f"desk_reasons_{lang}.png")
    card.splitter.setSizes(sizes)
    window.resize(size)


def _status_and_diagnosis(window, out: Path, lang: str) -> None:
    """At 1366x768: the card of a patient registered without a legal status (planned care
    waits for it), and a patient on dynamic observation for I10 (free only for I10)."""
    from datetime import date

    from PySide6.QtCore import QDate

    from domain.records import Diagnosis, IdentityDocument, LegalStatus, Patient
    from services import desk

    on = date(2026, 11, 22)
    ids = {}
    with window.tasks.session_factory.begin() as session:
        for key, record in (
                ("unknown", Patient("Мирзоев", "Фаррух", birth_date=date(1994, 3, 12), sex="M",
                                    phone="+7 705 111 22 33")),
                ("i10", Patient("Омаров", "Бауыржан", "Серікұлы", iin="600202300013",
                                birth_date=date(1960, 2, 2), sex="M", citizenship="KAZ",
                                legal_status=LegalStatus("citizen", basis=IdentityDocument(
                                    "id_card", "045612378", date(2019, 1, 1), date(2029, 1, 1))),
                                documents=[IdentityDocument("id_card", "045612378", date(2019, 1, 1),
                                                            date(2029, 1, 1))],
                                conditions=[Diagnosis("I10", dispensary=True)]))):
            found = desk.search(session, record.iin) if record.iin else []
            ids[key] = found[0].id if found else desk.save_registration(
                session, record, today=on)
    size = window.size()
    window.resize(1366, 768)
    card = window.patientCard
    card.coverageDate.setDate(QDate(on))
    wait(300)
    for key, service, name in (("unknown", "phc_visit", "desk_status_unknown"),
                               ("i10", "specialist_consult", "desk_free_for_i10")):
        window.open_patient(ids[key])
        wait(until=lambda k=key: window.current_patient_id == ids[k] and card.card is not None
             and card.card.record.id == ids[k] and not window.tasks.busy())
        _select_service(card, service)
        card.splitter.setSizes([150, 330, 230])
        wait(200)
        _save(window, out, f"{name}_{lang}.png")
    # the referral form for the I10 row: no ICD code yet, so it is not issued
    card.coverageView.setFocus()
    window.referral()
    wait(until=lambda: visible_dialog(window, "referralDialog") is not None)
    dialog = visible_dialog(window, "referralDialog")
    wait(until=lambda: not dialog.busy() and dialog.blocker() is not None)
    dialog.issueButton.setFocus()
    wait(200)
    _save(dialog, out, f"referral_needs_diagnosis_{lang}.png")
    dialog.reject()
    wait(200)
    window.resize(size)
    card.coverageDate.setDate(QDate.currentDate())
    wait(300)
    # registering without a status: the form asks first
    window.new_patient()
    form = visible_dialog(window, "registrationDialog")
    type_text(form.surnameEdit, "Әбенов")
    type_text(form.givenNameEdit, "Серік")
    form.save()
    wait(until=lambda: form.statusQuestion is not None and form.statusQuestion.isVisible())
    wait(200)
    _save(form.statusQuestion, out, f"registration_status_question_{lang}.png")
    form.statusQuestion.reject()
    form.reject()
    wait(200)


def _referral_form(window, out: Path, lang: str) -> None:
    """The referral form with the suspicion carried from the card, an oncologist and the risk
    confirmed (no referral needed), on the card's date."""
    card = window.patientCard
    card.coverageView.setFocus()
    window.referral()
    wait(until=lambda: visible_dialog(window, "referralDialog") is not None)
    dialog = visible_dialog(window, "referralDialog")
    wait(until=lambda: not dialog.busy() and dialog.decision is not None)
    type_text(dialog.specialistEdit, "онколог")
    dialog.riskConfirmedCheck.setChecked(True)
    wait(until=lambda: dialog.decision is not None and dialog.decision.referral == "not_needed")
    wait(200)
    _save(dialog, out, f"referral_form_{lang}.png")
    dialog.reject()
    wait(200)
    # back to today and no suspicion, for the shots that follow
    from PySide6.QtCore import QDate

    card.suspectedEdit.clear()
    card._shown_suspected = None
    card.riskConfirmedCheck.setChecked(False)
    card.coverageDate.setDate(QDate.currentDate())
    wait(500)


def _register_examples(db_url: str) -> None:
    """A morning's referrals in the demo register: one printed again, one voided."""
    from sqlalchemy import select

    from db import models as m
    from db.engine import open_database, session_factory
    from domain.access import DEFAULT_GRANTS, RECEPTIONIST, VOID, Actor
    from services.referrals import issue_referral, reprint_referral
    from services.register import void_referral

    orders = (("planned_inpatient", "HOSP-CITY1", False), ("diagnostics", "DIAG-01", False),
              ("specialist_consult", "DIAG-02", False), ("rehabilitation", "REHAB-01", False),
              ("emergency_inpatient", "HOSP-REG", True), ("day_hospital", None, False),
              ("diagnostics", "DIAG-02", False), ("specialist_consult", None, False))
    engine = open_database(db_url)
    make = session_factory(engine)
    # the register names who issued and voided: a receptionist signed in at the desk
    make.configure(info={**make.kw.get("info", {}), "actor": Actor(
        login="aigul", full_name="Сейітова Айгүл", role=RECEPTIONIST,
        permissions=DEFAULT_GRANTS[RECEPTIONIST] | {VOID}, signed_in=True)})
    try:
        with make() as s:
            ids = s.scalars(select(m.PatientRecord.id).where(
                m.PatientRecord.iin.is_not(None), m.PatientRecord.status == "citizen")
                .order_by(m.PatientRecord.id).limit(len(orders))).all()
        numbers = []
        for patient, (service, to, emergency) in zip(ids, orders, strict=False):
            with make.begin() as s:
                numbers.append(issue_referral(s, patient, service, to=to, emergency=emergency).number)
        with make.begin() as s:
            reprint_referral(s, numbers[0])
        with make.begin() as s:
            void_referral(s, numbers[2], "Басқа науқасқа қате берілді / выдано не тому пациенту")
    finally:
        engine.dispose()


def _referral_register(window, out: Path, lang: str) -> None:
    """The register with a voided line and a slip shown, then the void dialog over it."""
    window.referral_register()
    wait(until=lambda: visible_dialog(window, "referralRegisterDialog") is not None)
    dialog = visible_dialog(window, "referralRegisterDialog")
    wait(until=lambda: dialog.model.rowCount() > 0 and not window.tasks.busy())
    dialog.registerView.setFocus()
    dialog.registerView.selectRow(1)
    wait(until=lambda: dialog.registerPreview.page_count() > 0 and not window.tasks.busy())
    wait(300)
    _save(dialog, out, f"referral_register_{lang}.png")
    dialog.void()
    wait(until=lambda: visible_dialog(dialog, "voidDialog") is not None)
    ask = visible_dialog(dialog, "voidDialog")
    type_text(ask.voidReasonEdit, "Қате науқас / не тот пациент")
    wait(200)
    _save(ask, out, f"referral_void_{lang}.png")
    ask.reject()
    dialog.reject()
    wait(200)


def _sync(out: Path, lang: str, db_url: str, hub_url: str | None = None) -> None:
    """The sync line of the status bar (synced, changes waiting; the hub unreachable) and the
    administrator's sync page with a conflict two desks really made, on a real hub: the one
    `--hub` names (an empty PostgreSQL database), else a throw-away server of the tests'. The
    desk is a small demo file of its own whose desk.json (in a temporary config folder) names
    the hub through a relay whose cable is pulled for the unreachable state."""
    import os
    from contextlib import ExitStack
    from dataclasses import replace
    from datetime import date

    from sqlalchemy.engine import make_url

    from db.desk_config import DeskConfig, write_config
    from db.engine import open_database, session_factory
    from db.repositories import find_by_iin
    from demo.load import fill
    from services import sync
    from services.desk import save_registration
    from tests import pg
    from tests.sync_tools import CablePuller, desk_factory
    from ui.app import build_main_window
    from ui.views.sync_dialog import SyncDialog

    with ExitStack() as stack:
        tmp = Path(stack.enter_context(tempfile.TemporaryDirectory()))
        if hub_url is None:
            server = stack.enter_context(pg.server())
            hub_url = stack.enter_context(pg.own_database(server, "shots"))
        saved_env = os.environ.get("XDG_CONFIG_HOME")
        os.environ["XDG_CONFIG_HOME"] = str(tmp / "config")  # never the real desk's desk.json
        stack.callback(lambda: os.environ.__setitem__("XDG_CONFIG_HOME", saved_env) if saved_env
                       else os.environ.pop("XDG_CONFIG_HOME", None))
        relay = CablePuller(make_url(hub_url).port)
        stack.callback(relay.close)
        through = make_url(hub_url).set(port=relay.port).render_as_string(hide_password=False)
        a_url = f"sqlite:///{tmp / 'desk_a.sqlite'}"
        engine = open_database(a_url)
        fill(engine, 40, 1)
        with session_factory(engine)() as s:
            from sqlalchemy import select

            from db import models as m

            iin = s.scalars(select(m.PatientRecord.iin).where(m.PatientRecord.iin.is_not(None))
                            .order_by(m.PatientRecord.id).limit(1)).one()
        engine.dispose()
        write_config(DeskConfig(database=a_url, site_prefix="KAE01", desk_id="desk-a",
                                clinic="040640001234", hub=through, language=lang))
        b = desk_factory(tmp / "desk_b.sqlite", "KAE02")
        hub_b = session_factory(open_database(through))

        window = build_main_window(a_url, lang, login=("admin", "demo"))
        window.resize(1366, 768)
        window.show()
        wait(until=lambda w=window: w.status is not None and not w.tasks.busy())
        controller = window.sync
        done = []
        controller.round_done.connect(done.append)
        controller.sync_now()  # the desk's first round: everything it holds goes to the hub
        wait(until=lambda: done and not controller.runner.busy(), limit_ms=120_000)
        sync.run_round(b, hub_b, desk_id="desk-b", site="KAE02", clinic="040640001234")

        def edit_phone(factory, phone: str) -> None:
            with factory() as s:
                rec = find_by_iin(s, iin)
                save_registration(s, replace(rec, phone=phone), today=date.today())
                s.commit()

        edit_phone(window.tasks.session_factory, "+7 701 555 12 34")  # waits at desk A
        wait(until=lambda: controller.state is not None and controller.state.waiting > 0)
        window.searchEdit.setText(iin[:6])
        wait(600, until=lambda: not window.tasks.busy())
        _save(window, out, f"sync_status_{lang}.png")

        relay.cut()  # the cable is pulled: the round fails and the line says since when
        controller.sync_now()
        wait(until=lambda: controller.failures > 0 and not controller.runner.busy())
        wait(300)
        _save(window, out, f"sync_unreachable_{lang}.png")

        edit_phone(b, "+7 701 555 12 43")  # desk B changes the same phone later
        relay.plug()
        sync.run_round(b, hub_b, desk_id="desk-b", site="KAE02", clinic="040640001234")
        dialog = SyncDialog(controller, window)
        dialog.show()
        dialog.load()
        wait(until=lambda: dialog.page is not None)
        dialog.sync_now()  # desk A's round: its phone goes, the hub's verdict and log come back
        wait(until=lambda: dialog.syncNowButton.isEnabled() and dialog.model.rowCount() > 0,
             limit_ms=60_000)
        wait(300)
        _on_screen(dialog, out, f"sync_page_{lang}.png")
        dialog.close()
        controller.stop()
        window.close()
        wait(100)
        for factory in (b, hub_b):
            factory.kw["bind"].dispose()


def _audit_trail(window, out: Path, lang: str) -> None:
    """The administrator's audit trail at 1366x768, the chain just verified."""
    window.audit_trail()
    wait(until=lambda: visible_dialog(window, "auditDialog") is not None)
    dialog = visible_dialog(window, "auditDialog")
    wait(until=lambda: dialog.model.rowCount() > 0 and not window.tasks.busy())
    dialog.verify()
    wait(until=lambda: "…" not in dialog.auditVerifyResult.text() and not window.tasks.busy())
    wait(300)
    _on_screen(dialog, out, f"audit_trail_{lang}.png")
    dialog.reject()
    wait(200)


def _only_audit(out: Path, patients: int) -> None:
    """Only the audit trail's screens, on a small demo database with a morning's work."""
    from db.engine import open_database
    from demo.load import fill
    from ui.app import _application, build_main_window

    out.mkdir(parents=True, exist_ok=True)
    _application()
    with tempfile.TemporaryDirectory() as tmp:
        demo_url = f"sqlite:///{Path(tmp) / 'demo.sqlite'}"
        engine = open_database(demo_url)
        fill(engine, patients, 1)
        engine.dispose()
        patient_id, _surname = _pick_patient(demo_url)
        _register_examples(demo_url)
        for lang in ("kk", "ru"):
            window = build_main_window(demo_url, lang, login=("admin", "demo"))
            window.resize(1366, 768)
            window.show()
            wait(until=lambda w=window: w.status is not None and not w.tasks.busy())
            window.open_patient(patient_id)
            wait(until=lambda w=window: w.current_patient_id == patient_id and not w.tasks.busy())
            _audit_trail(window, out, lang)
            window.close()
            wait(100)


# The screens `--only` renders on a small demo database of their own.
ON_DEMO = {"accounts": _accounts, "sync": _sync}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="scripts.screenshots")
    parser.add_argument("out", type=Path)
    parser.add_argument("--patients", type=int, default=3000)
    parser.add_argument("--only", choices=("setup", "key", "consent", "audit", *ON_DEMO), default=None,
                        help="only the screens of the first-run setup, or of one part of the desk")
    parser.add_argument("--hub", default=None, metavar="URL",
                        help="--only sync: an empty PostgreSQL database for the hub (default: a "
                             "throw-away server)")
    args = parser.parse_args(argv)
    if args.only == "audit":
        _only_audit(args.out, min(args.patients, 500))
        return 0
    if args.only in ON_DEMO:
        from db.engine import open_database
        from demo.load import fill
        from ui.app import _application

        args.out.mkdir(parents=True, exist_ok=True)
        _application()
        with tempfile.TemporaryDirectory() as tmp:
            demo_url = f"sqlite:///{Path(tmp) / 'demo.sqlite'}"
            engine = open_database(demo_url)
            fill(engine, 300, 1)
            engine.dispose()
            for lang in ("kk", "ru"):
                if args.only == "sync":
                    _sync(args.out, lang, demo_url, args.hub)
                else:
                    ON_DEMO[args.only](args.out, lang, demo_url)
        return 0
    if args.only in ("setup", "key"):
        from ui.app import _application

        args.out.mkdir(parents=True, exist_ok=True)
        _application()
        for lang in ("kk", "ru"):
            (_setup if args.only == "setup" else _key)(args.out, lang)
        return 0
    if args.only == "consent":
        _consent_only(args.out, min(args.patients, 500))
        return 0
    shoot(args.out, args.patients)
    return 0


if __name__ == "__main__":
    sys.exit(main())
