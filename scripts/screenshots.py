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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="scripts.screenshots")
    parser.add_argument("out", type=Path)
    parser.add_argument("--patients", type=int, default=3000)
    args = parser.parse_args(argv)
    shoot(args.out, args.patients)
    return 0


if __name__ == "__main__":
    sys.exit(main())
