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
        for lang in ("kk", "ru"):
            _setup(out, lang)
            first = build_main_window(empty_url, lang)
            first.show()
            wait(until=lambda w=first: w.status is not None and not w.tasks.busy())
            _save(first, out, f"first_start_{lang}.png")
            first.close()

            window = build_main_window(demo_url, lang)
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

            _reasons(window, out, lang)
            _referral_form(window, out, lang)
            _rule_packs(window, out, lang)

            window.emergency()  # the open patient: the decision and its funding note
            wait(until=lambda w=window: visible_dialog(w, "emergencyResult") is not None)
            _save(visible_dialog(window, "emergencyResult"), out, f"emergency_patient_{lang}.png")
            visible_dialog(window, "emergencyResult").close()

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
            window.close()
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
            install_pack_file(session, str(EXAMPLE_PACK), operator="admin")
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
    window.resize(size)


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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="scripts.screenshots")
    parser.add_argument("out", type=Path)
    parser.add_argument("--patients", type=int, default=3000)
    parser.add_argument("--only", choices=("setup",), default=None,
                        help="only the screens of the first-run setup")
    args = parser.parse_args(argv)
    if args.only == "setup":
        from ui.app import _application

        args.out.mkdir(parents=True, exist_ok=True)
        _application()
        for lang in ("kk", "ru"):
            _setup(args.out, lang)
        return 0
    shoot(args.out, args.patients)
    return 0


if __name__ == "__main__":
    sys.exit(main())
