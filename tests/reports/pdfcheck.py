"""Reading generated PDFs back: text, fonts and where text was placed."""

from __future__ import annotations

import io

from pypdf import PdfReader

BASE14 = {
    "Courier", "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique", "Helvetica",
    "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique", "Times-Roman", "Times-Bold",
    "Times-Italic", "Times-BoldItalic", "Symbol", "ZapfDingbats",
}


def reader(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in reader(pdf).pages)


def fonts_of(pdf: bytes) -> list[dict]:
    """Every font resource of every page: base name, subtype, embedded font file or not."""
    out = []
    for page in reader(pdf).pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            descendants = font.get("/DescendantFonts")
            target = descendants[0].get_object() if descendants else font
            descriptor = target.get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor else {}
            embedded = any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
            out.append({"name": str(font["/BaseFont"]), "subtype": str(font["/Subtype"]),
                        "embedded": embedded})
    return out


def text_positions(pdf: bytes) -> list[tuple[int, float, float, str, float, bool]]:
    """(page index, x, y, text, font size, bold) of every shown string, in user space."""
    found: list[tuple[int, float, float, str, float, bool]] = []
    for index, page in enumerate(reader(pdf).pages):
        def visit(text, cm, tm, font, size, index=index):
            if text.strip():
                x = cm[0] * tm[4] + cm[2] * tm[5] + cm[4]
                y = cm[1] * tm[4] + cm[3] * tm[5] + cm[5]
                bold = bool(font) and "Bold" in str(font.get("/BaseFont", ""))
                found.append((index, x, y, text.strip(), size * tm[0] * cm[0], bold))

        page.extract_text(visitor_text=visit)
    return found
