"""Name normalisation for search across case, scripts and spellings.

Every name is folded to one Latin skeleton of the letters a-z and single spaces, so that the
Cyrillic spelling, the Kazakh letters and their Russian look-alikes, the official Kazakh Latin
alphabets (2017 apostrophes, 2018 accents, 2021 diacritics) and passport transliterations meet:
«Нұрлан», «Нурлан», «Nurlan», «NURLAN» → ``nurlan``; «Жанна», «Zhanna», «Janna» → ``jana``;
«Шынар», «Shynar», «Šynar», «Şınar» → ``shinar``.

`search_key` is stored with each patient; `query_key` applies the same folding to what is typed.
"""

from __future__ import annotations

import re
import unicodedata

from domain.messages import BadInput, Message

# Kazakh letters to their Russian look-alikes, ё to е.
_KAZ_TO_RUS = str.maketrans({
    "ә": "а", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у", "һ": "х", "і": "и",
    "ё": "е",
})

# Cyrillic to Latin close to the passport (ICAO 9303) transliteration; the Latin folding
# below then merges the remaining variants.
_CYR_TO_LAT = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
    "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "ts", "ч": "ch",
    "ш": "sh", "щ": "sh", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "iu", "я": "ia",
    "ў": "u", "є": "e", "ї": "i",
})

# Latin letters whose diacritic changes the sound; they must not lose it to accent stripping.
_LATIN_SPECIAL = str.maketrans({
    "š": "sh", "ş": "sh", "ș": "sh", "ž": "zh", "č": "ch", "ç": "ch", "ı": "i", "ý": "u",
    "ß": "ss", "æ": "ae", "ø": "o", "đ": "d", "ł": "l",
})

# Letter groups written differently for one sound, longest first. Applied repeatedly until
# nothing changes, which makes the folding idempotent by construction.
_DIGRAPHS = (
    ("shch", "sh"), ("dzh", "j"), ("zh", "j"), ("dj", "j"), ("kh", "h"), ("q", "k"),
    ("w", "v"), ("x", "ks"), ("y", "i"),
)
_APOSTROPHES = "'’ʼ`´ʻ"
_NON_LETTERS = re.compile(r"[^a-z]+")
_REPEATS = re.compile(r"([a-z])\1+")
_C_NOT_CH = re.compile(r"c(?!h)")
_INITIAL_IE = re.compile(r"\bie")
_CONSONANT_YO = re.compile(r"([bcdfghjklmnpqrstvwxz])yo")


def _strip_marks(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _latin_step(text: str) -> str:
    for source, target in _DIGRAPHS:
        text = text.replace(source, target)
    text = _C_NOT_CH.sub("k", text)
    # Passport spellings write a word-initial Е as YE (Yerlan = Ерлан).
    text = _INITIAL_IE.sub("e", text)
    return _REPEATS.sub(r"\1", text)


def fold(text: str | None) -> str:
    """One name (or several words) as a Latin skeleton: lower-case letters a-z, single spaces."""
    text = unicodedata.normalize("NFC", text or "").lower()
    # Ё typed as YO after a consonant (Fyodor, Semyonov) folds like ё itself, to е; done before
    # transliteration, so that a Cyrillic «ыо» is left alone.
    text = _CONSONANT_YO.sub(r"\1e", text)
    text = text.translate(_KAZ_TO_RUS).translate(_CYR_TO_LAT)
    # 2017 Kazakh Latin marks a changed letter with an apostrophe: s' = ш, c' = ч.
    text = re.sub(f"s[{_APOSTROPHES}]", "sh", text)
    text = re.sub(f"c[{_APOSTROPHES}]", "ch", text)
    text = re.sub(f"[{_APOSTROPHES}]", "", text)
    text = _strip_marks(text.translate(_LATIN_SPECIAL))
    text = _NON_LETTERS.sub(" ", text)
    while True:
        folded = _latin_step(text)
        if folded == text:
            break
        text = folded
    return " ".join(text.split())


def key_words(*parts: str | None) -> list[str]:
    """The distinct folded words of the given names, in order of first appearance."""
    seen: dict[str, None] = {}
    for part in parts:
        for word in fold(part).split():
            seen.setdefault(word, None)
    return list(seen)


def search_key(surname: str | None, given_name: str | None, patronymic: str | None = None,
               latin_surname: str | None = None, latin_given_name: str | None = None) -> str:
    """The stored key of a patient's names: the distinct folded words, Cyrillic names first.
    A Latin spelling that folds to the same words adds nothing."""
    return " ".join(key_words(surname, given_name, patronymic, latin_surname, latin_given_name))


def query_key(text: str | None) -> str:
    """What was typed, folded as the stored keys are (words kept in order, repeats dropped)."""
    return " ".join(key_words(text))


# --- what may be typed into a search on the command line ----------------------------------------

# Query and full-text syntax (quotes, wildcards, grouping, column filters, operators) and other
# symbols that are never part of a name, an IIN or a birth date. Hyphens, apostrophes, dots,
# commas and slashes are (Абай-Құнанбай, O'Brien, 15.05.1985, 15/05/1985).
QUERY_SYNTAX = frozenset('"*^:(){}[]<>=+~|&\\;!?#$%@')
ERR_QUERY_CONTROL = Message(
    "Іздеу сөзінде басқару таңбасы бар ({char}, {n}-таңба); аты-жөнді, ЖСН-ді немесе туған күнді жазыңыз.",
    "В поисковом запросе управляющий символ ({char}, {n}-й символ); введите имя, ИИН или дату рождения.",
)
ERR_QUERY_SYNTAX = Message(
    "Іздеу сөзінде «{char}» таңбасы бар ({n}-таңба): ол аты-жөнде, ЖСН-де не күнде болмайды.",
    "В поисковом запросе символ «{char}» ({n}-й символ): в имени, ИИН или дате его не бывает.",
)


def check_query(query: str) -> str:
    """The query as typed, or BadInput naming the first character that can be no part of a
    name, an IIN or a date: a control character, or a character of query syntax."""
    for n, ch in enumerate(query, 1):
        if unicodedata.category(ch) in ("Cc", "Cs") or ch in "\u2028\u2029":
            raise BadInput(ERR_QUERY_CONTROL.format(char=f"U+{ord(ch):04X}", n=n), field="query")
        if ch in QUERY_SYNTAX:
            raise BadInput(ERR_QUERY_SYNTAX.format(char=ch, n=n), field="query")
    return query


# A patient whose name is not known yet is stored under both languages' word, so that either
# finds the record; the desk shows the word of its own language only.
UNKNOWN_SURNAME = "Белгісіз"
UNKNOWN_GIVEN_NAME = "Неизвестный"
UNKNOWN_NAME = f"{UNKNOWN_SURNAME} {UNKNOWN_GIVEN_NAME}"
UNKNOWN_WORD = {"kk": UNKNOWN_SURNAME, "ru": UNKNOWN_GIVEN_NAME}


def shown_name(full_name: str, lang: str) -> str:
    """The name as the desk shows it: an unidentified patient is «Белгісіз» in Kazakh and
    «Неизвестный» in Russian, never both at once."""
    if full_name == UNKNOWN_NAME:
        return UNKNOWN_WORD.get(lang, UNKNOWN_SURNAME)
    return full_name
