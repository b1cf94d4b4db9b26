"""The desk's list of the day: visits, emergencies, referrals issued and patients registered,
with the totals, a printable PDF (shown first) and a CSV file for Excel."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from services import audit, desk
from ui.crash import report_failure
from ui.models.history_model import DAY_COLUMNS, HistoryModel
from ui.pdf_preview import PdfPreview, print_document
from ui.widgets.tables import read_only_list


class TodayDialog(QDialog):
    loaded = Signal()
    preview_shown = Signal()

    def __init__(self, tasks, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("todayDialog")
        self.tasks = tasks
        self.lang = lang
        self.rows: list = []
        self.preview_dialog: QDialog | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.dateTitle = QLabel()
        self.todayDate = QDateEdit()
        self.todayDate.setObjectName("todayDate")
        self.todayDate.setDisplayFormat("dd.MM.yyyy")
        self.todayDate.setCalendarPopup(True)
        self.todayDate.setDate(QDate.currentDate())
        self.dateTitle.setBuddy(self.todayDate)
        self.todayDate.dateChanged.connect(lambda _d: self.load())
        top.addWidget(self.dateTitle)
        top.addWidget(self.todayDate)
        top.addStretch(1)
        layout.addLayout(top)
        self.model = HistoryModel(self, lang, DAY_COLUMNS)
        self.todayView = read_only_list("todayView", self.model)
        header = self.todayView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DAY_COLUMNS.index("service"), QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.todayView, 1)
        self.todayCounts = QLabel()
        self.todayCounts.setObjectName("todayCounts")
        self.todayCounts.setWordWrap(True)
        layout.addWidget(self.todayCounts)
        self.todayStatus = QLabel()
        self.todayStatus.setObjectName("todayStatus")
        self.todayStatus.setWordWrap(True)
        layout.addWidget(self.todayStatus)
        buttons = QHBoxLayout()
        self.todayPrintButton = QPushButton()
        self.todayPrintButton.setObjectName("todayPrintButton")
        self.todayCsvButton = QPushButton()
        self.todayCsvButton.setObjectName("todayCsvButton")
        self.closeButton = QPushButton()
        self.closeButton.setObjectName("todayCloseButton")
        for b in (self.todayPrintButton, self.todayCsvButton):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.closeButton)
        layout.addLayout(buttons)
        self.todayPrintButton.clicked.connect(self.print_preview)
        self.todayCsvButton.clicked.connect(lambda: self.save_csv())
        self.closeButton.clicked.connect(self.reject)
        self.resize(1000, 560)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Today's list"))
        self.dateTitle.setText(self.tr("&Day"))
        self.todayPrintButton.setText(self.tr("&Print…"))
        self.todayCsvButton.setText(self.tr("Save as &CSV…"))
        self.closeButton.setText(self.tr("Close"))

    def day(self) -> date:
        return self.todayDate.date().toPython()

    def load(self) -> None:
        day = self.day()
        self.tasks.submit(lambda s: desk.day_list(s, day), self._on_loaded, lambda exc: report_failure(exc, self),
                          channel="today_list")

    def _on_loaded(self, rows) -> None:
        self.rows = list(rows)
        self.model.set_rows(self.rows)
        count = {k: sum(1 for r in self.rows if r.kind == k) for k in ("visit", "emergency", "referral", "registration")}
        self.todayCounts.setText(
            self.tr("Visits: %1, emergencies: %2, referrals: %3, registrations: %4")
            .replace("%1", str(count["visit"])).replace("%2", str(count["emergency"]))
            .replace("%3", str(count["referral"])).replace("%4", str(count["registration"])))
        self.loaded.emit()

    # ------------------------------------------------------------ printing

    def print_preview(self) -> None:
        day, lang = self.day(), self.lang
        self.tasks.submit(lambda s: desk.day_list_pdf(s, day, lang), self._show_preview,
                          lambda exc: report_failure(exc, self), channel="today_pdf")

    def _show_preview(self, pdf: bytes) -> None:
        dialog = QDialog(self)
        dialog.setObjectName("todayPreview")
        dialog.setWindowTitle(self.tr("Today's list — print"))
        layout = QVBoxLayout(dialog)
        preview = PdfPreview(dialog)
        preview.load_bytes(pdf)
        layout.addWidget(preview, 1)
        row = QHBoxLayout()
        send = QPushButton(self.tr("&Print"))
        send.setObjectName("todayPrinterButton")
        close = QPushButton(self.tr("Close"))
        row.addStretch(1)
        row.addWidget(send)
        row.addWidget(close)
        layout.addLayout(row)
        send.clicked.connect(lambda: self._print(dialog, preview))
        close.clicked.connect(dialog.reject)
        dialog.preview = preview
        dialog.resize(900, 640)
        self.preview_dialog = dialog
        dialog.open()
        self.preview_shown.emit()

    def _print(self, parent: QWidget, preview: PdfPreview) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, parent).exec() != QDialog.DialogCode.Accepted:
            return
        pages = print_document(preview.document, printer)
        self.todayStatus.setText(self.tr("Sent to the printer: %1 page(s).").replace("%1", str(pages)))
        self._note(audit.DAY_LIST_PRINTED, "pdf")

    # ------------------------------------------------------------ CSV for Excel

    def save_csv(self, path: str | None = None) -> None:
        """Export the day's list (the export is the service's: it refuses a person without the
        right to export data); the file is written when the list comes back."""
        if path is None:
            suggested = f"tirkeu-{self.day():%Y-%m-%d}.csv"
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the list as CSV"), suggested,
                                                  self.tr("CSV for Excel (*.csv)"))
        if not path:
            return
        target, day, lang = Path(path), self.day(), self.lang
        self.tasks.submit(lambda s: desk.day_list_csv(s, day, lang),
                          lambda data: self._write_csv(target, data),
                          lambda exc: report_failure(exc, self), channel="today_csv")

    def _write_csv(self, target: Path, data: bytes) -> None:
        try:
            target.write_bytes(data)
        except OSError:
            self.todayStatus.setText(self.tr("Could not save the file: check the folder and try again."))
            return
        self.todayStatus.setText(self.tr("Saved: %1").replace("%1", target.name))
        self._note(audit.DAY_LIST_EXPORTED, "csv")

    def _note(self, action: str, form: str) -> None:
        """The list left the desk: a line in the audit trail (the day and how many lines)."""
        day, rows = self.day().isoformat(), len(self.rows)
        self.tasks.submit(lambda s: audit.record_export(s, action, format=form, day=day, rows=rows),
                          None, lambda exc: report_failure(exc, self))

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.reject()
            return
        super().keyPressEvent(event)
