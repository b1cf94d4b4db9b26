"""The fonts of every PDF, shipped inside the package and registered once per process.

DejaVu Sans covers all Kazakh Cyrillic letters (ә ғ қ ң ө ұ ү һ і); the PDF base-14 fonts do not,
so no slip may fall back to them.
"""

from __future__ import annotations

import threading
from importlib import resources

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
FAMILY = "DejaVuSans"
FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}

_lock = threading.Lock()
_registered = False


def font_path(name: str) -> str:
    return str(resources.files("reports").joinpath("fonts", FILES[name]))


def register_fonts() -> None:
    """Register the shipped faces with ReportLab (idempotent, thread-safe)."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        for name in FILES:
            pdfmetrics.registerFont(TTFont(name, font_path(name)))
        # <b> inside a Paragraph must pick the bold face, not Helvetica-Bold.
        addMapping(FAMILY, 0, 0, REGULAR)
        addMapping(FAMILY, 1, 0, BOLD)
        addMapping(FAMILY, 0, 1, REGULAR)
        addMapping(FAMILY, 1, 1, BOLD)
        _registered = True
