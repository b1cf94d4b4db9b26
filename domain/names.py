"""Name normalisation for search across case, scripts and spellings (ARCHITECTURE.md §Data).

`search_key` is stored with each patient; the same folding is applied to what is typed.
"""

from __future__ import annotations

import unicodedata

# Kazakh letters to their Russian look-alikes, ё to е.
_KAZ_TO_RUS = str.maketrans({
    "ә": "а", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у", "һ": "х", "і": "и",
    "ё": "е",
})


def fold(text: str) -> str:
    """Lower-case, strip accents of Latin letters, fold Kazakh letters and ё."""
    text = unicodedata.normalize("NFC", (text or "").strip().lower()).translate(_KAZ_TO_RUS)
    return " ".join(text.split())


def search_key(*parts: str | None) -> str:
    """The stored key of a patient's names (Cyrillic and Latin parts)."""
    return " ".join(fold(p) for p in parts if p)
