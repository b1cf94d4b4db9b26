"""ICD-10 codes: validation and list matching.

A listed three-character code or category range (A15-A19) matches its categories and every
subcode; a listed subcode or subcode range (A01.1-A01.4) matches those subcodes, their own
subcodes (A01.10) and the bare category (A01), so an uncoded diagnosis still counts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# the one ICD-10 pattern: explicit ASCII classes, since \d and str.isdigit also take Arabic-Indic
# and other digits
_CODE = re.compile(r"[A-Z][0-9][0-9](\.[0-9A-Z]{1,4})?", re.ASCII)


def normalize_icd(code: str) -> str:
    return code.strip().upper()


def is_valid_icd(code: object) -> bool:
    """True for `[A-Z][0-9][0-9](.[0-9A-Z]{1,4})?`, compared upper-case; ASCII only, since
    upper-casing folds some other letters into ASCII ones (ı -> I)."""
    if not isinstance(code, str):
        return False
    code = code.strip()
    return code.isascii() and _CODE.fullmatch(code.upper()) is not None


@dataclass(frozen=True, slots=True)
class IcdRange:
    """One listed code or range, compiled for matching."""

    low: str  # category (A15) or full subcode (A01.1)
    high: str
    subcode: bool  # True when the bounds name subcodes of one category

    def matches(self, code: str) -> bool:
        """`code` must already be valid and upper-case."""
        category, _, sub = code.partition(".")
        if not self.subcode:
            return self.low <= category <= self.high
        low_cat, _, low_sub = self.low.partition(".")
        if category != low_cat:
            return False
        if not sub:
            return True  # bare category of a listed subcode
        _, _, high_sub = self.high.partition(".")
        return low_sub <= sub and (sub <= high_sub or sub.startswith(high_sub))


def parse_range(text: str) -> IcdRange:
    """"A15-A19", "A01.1-A01.4", "U07.1" or "K74". Raises ValueError when malformed."""
    parts = [normalize_icd(p) for p in text.replace("–", "-").split("-")]
    if len(parts) == 1:
        parts = parts * 2
    if len(parts) != 2 or not all(_CODE.fullmatch(p) for p in parts):
        raise ValueError(f"malformed ICD-10 code or range: {text!r}")
    low, high = parts
    low_sub, high_sub = "." in low, "." in high
    if low_sub != high_sub:
        raise ValueError(f"range mixes a category and a subcode: {text!r}")
    if low_sub and low.split(".")[0] != high.split(".")[0]:
        raise ValueError(f"a subcode range must stay within one category: {text!r}")
    if low > high:
        raise ValueError(f"range bounds are reversed: {text!r}")
    return IcdRange(low, high, low_sub)


def listed_matches(listed: str, code: str) -> bool:
    """Whether a listed code (e.g. a dispensary registration) covers `code`."""
    return parse_range(listed).matches(normalize_icd(code))
