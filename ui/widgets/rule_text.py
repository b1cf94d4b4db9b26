"""What a receptionist reads of a rule: its text and the citation of the act, in the desk's
language, and a calm «норма нақтылануда» / «норма уточняется» beside a rule not confirmed, with
the reason a hover away. Rule ids, source tags and notes are for administrators only."""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from PySide6.QtCore import QEvent, QPoint, QUrl
from PySide6.QtGui import QCursor, QHelpEvent
from PySide6.QtWidgets import QTextBrowser, QToolTip, QWidget

from domain.decision import FiredRule

MARK_COLOUR = "#6d4c41"  # brown: noticeable, not an alarm
MARK_SCHEME = "unconfirmed"


def mark_html(rule: FiredRule, lang: str, href: str | None = None) -> str:
    """The unconfirmed mark of `rule` (empty for a confirmed rule); a link when `href` is given,
    so that a browser can show the reason on hover."""
    if rule.unconfirmed is None:
        return ""
    words = escape(rule.unconfirmed.in_lang(lang))
    style = f"color:{MARK_COLOUR}; text-decoration:none; font-style:italic"
    if href:
        return f" <a href='{href}' style='{style}'>({words})</a>"
    return f" <span style='{style}'>({words})</span>"


def reason_text(rule: FiredRule, lang: str) -> str:
    """The tooltip of an unconfirmed rule: why it is not confirmed."""
    if rule.unconfirmed is None:
        return ""
    mark = rule.unconfirmed.in_lang(lang)
    return f"{mark}: {rule.reason.in_lang(lang)}" if rule.reason is not None else mark


def rules_html(rules: Iterable[FiredRule], lang: str, *, links: bool = False,
               numbered: bool = True) -> tuple[str, dict[str, str]]:
    """The rules as an HTML list (text, citation, mark) and the reasons by link."""
    reasons: dict[str, str] = {}
    items = []
    for i, rule in enumerate(rules):
        href = f"{MARK_SCHEME}:{i}" if links else None
        if rule.unconfirmed is not None and href:
            reasons[href] = reason_text(rule, lang)
        items.append(f"<li>{escape(rule.text.in_lang(lang))}<br><small>"
                     f"{escape(rule.citation.in_lang(lang))}</small>{mark_html(rule, lang, href)}</li>")
    if not items:
        return "", reasons
    tag = "ol" if numbered else "ul"
    return f"<{tag}>{''.join(items)}</{tag}>", reasons


def reasons_tooltip(rules: Iterable[FiredRule], lang: str) -> str:
    """Every unconfirmed rule's reason, one a line (the tooltip of a plain label)."""
    return "\n".join(reason_text(r, lang) for r in rules if r.unconfirmed is not None)


class RuleBrowser(QTextBrowser):
    """A text browser whose unconfirmed marks show their reason on hover (and on a click, for
    the keyboard and touch screens)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.reasons: dict[str, str] = {}
        self.anchorClicked.connect(self._on_anchor)

    def set_rules_html(self, html: str, reasons: dict[str, str]) -> None:
        self.reasons = dict(reasons)
        self.setHtml(html)

    def reason_at(self, pos: QPoint) -> str | None:
        """The reason behind the mark at `pos` (viewport coordinates), if any."""
        return self.reasons.get(self.anchorAt(pos))

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            reason = self.reason_at(event.pos())
            if reason:
                QToolTip.showText(event.globalPos(), reason, self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    def _on_anchor(self, url: QUrl) -> None:
        reason = self.reasons.get(url.toString())
        if reason:
            QToolTip.showText(QCursor.pos(), reason, self.viewport())
