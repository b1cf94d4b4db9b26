"""A PDF shown inside the program (QtPdf), and printing a PDF on a QPrinter."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QLabel, QStackedLayout, QWidget


class PdfPreview(QWidget):
    """Shows PDF bytes; keeps the bytes and their buffer alive as long as they are shown."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("pdfPreview")
        self._data = QByteArray()
        self._buffer: QBuffer | None = None
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.empty_notice = QLabel(self)
        self.empty_notice.setObjectName("pdfEmptyNotice")
        self.empty_notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_notice.setWordWrap(True)
        self._layout = QStackedLayout(self)
        self._layout.addWidget(self.empty_notice)
        self._layout.addWidget(self.view)
        self.retranslate()

    def retranslate(self) -> None:
        self.empty_notice.setText(self.tr("The slip appears here after Preview."))

    def load_bytes(self, data: bytes) -> bool:
        """Show the PDF; False when QtPdf cannot read it."""
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
        self._data = QByteArray(data)
        self._buffer = QBuffer(self._data, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        ok = self.document.status() == QPdfDocument.Status.Ready
        self._layout.setCurrentWidget(self.view if ok else self.empty_notice)
        return ok

    def clear(self) -> None:
        self.document.close()
        self._layout.setCurrentWidget(self.empty_notice)

    def page_count(self) -> int:
        return self.document.pageCount()

    def pdf_bytes(self) -> bytes:
        return bytes(self._data.data())


def print_document(document: QPdfDocument, printer: QPrinter) -> int:
    """Print every page of a loaded PDF, scaled to the printer's page; returns pages printed."""
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    printed = 0
    try:
        # 300 dpi is sharp for text and codes; a 600 dpi A4 page would need ~140 MB of pixels.
        dpi = min(printer.resolution(), 300)
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            size_pt = document.pagePointSize(page)
            pixels = QSize(round(size_pt.width() * dpi / 72), round(size_pt.height() * dpi / 72))
            image = document.render(page, pixels)
            viewport = painter.viewport()
            fitted = pixels.scaled(viewport.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(viewport.topLeft(), fitted), image)
            printed += 1
    finally:
        painter.end()
    return printed
