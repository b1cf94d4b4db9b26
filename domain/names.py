"""Name normalisation for search across case, scripts and spellings.

Every name is folded to one Latin skeleton of the letters a-z and single spaces, so that the
Cyrillic spelling, the Kazakh letters and their Russian look-alikes, the official Kazakh Latin
alphabets (2017 apostrophes, 2018 accents, 2021 diacritics) and passport transliterations meet:
«Нұрлан», «Нурлан», «Nurlan», «NURLAN» → ``nurlan``; «Жанна», «Zhanna», «Janna» → ``jana``;
«Шынар», «Shynar», «Šynar», «Şınar» → ``shinar``; «Мюллер», «Müller», «Mueller» → ``muler``.

Beyond spelling, two kinds of words stand for others: a patronymic in either form («Серікқызы»,
«Сериковна», «Serikkyzy», «Serikovna») has one canonical word (``serikizi``), and a name known
under several national spellings («Миллер» beside «Мюллер», «Цой» beside «Choi», «Сергій» beside
«Сергей») has the canonical word of its group. `search_key` (stored with each patient) keeps
every folded word and adds the canonical words after them; search looks a typed word up both as
typed and as its canonical word (`query_words`), so that any form meets every other.
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
# After a consonant, «ю» is the «ü» of German and Turkic names and often just «у» (Мюллер =
# Müller, Гүлнар = Гюльнар = Гульнар); German writes «ü» also as «ue» (Mueller, Krueger).
# Not in «-иұлы», a patronymic of a father whose name ends in «и» (Мадиұлы).
_CONSONANT_IU = re.compile(r"([bcdfghjklmnprstvz])(?:iu|ue)(?!li\b)")
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
    # German «sch» is «ш» (Schmidt = Шмидт), before a lone «c» is read as «k».
    text = text.replace("sch", "sh")
    text = _C_NOT_CH.sub("k", text)
    text = _CONSONANT_IU.sub(r"\1u", text)
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
    text = re.sub(f"y[{_APOSTROPHES}]", "u", text)  # 2017: y' = у
    text = re.sub(f"[{_APOSTROPHES}]", "", text)
    text = _strip_marks(text.translate(_LATIN_SPECIAL))
    text = _NON_LETTERS.sub(" ", text)
    while True:
        folded = _latin_step(text)
        if folded == text:
            break
        text = folded
    return " ".join(text.split())


# Spellings of one name in the languages of Kazakhstan's peoples that folding alone cannot
# bring together (German, Korean and Ukrainian names in their original and Russian spellings,
# Russian and Ukrainian forms of one given name). The first spelling of a group is its canonical
# word; the group's other spellings point to it.
SAME_NAMES = (
    # German
    ("Мюллер", "Миллер", "Muller", "Miller"),
    ("Шмидт", "Шмитт", "Шмит", "Schmitt"),
    ("Шнайдер", "Шнейдер", "Schneider"),
    ("Майер", "Мейер", "Майерс", "Meyer", "Meier", "Mayer"),
    ("Шульц", "Schulz", "Schultz"),
    ("Гофман", "Хофман", "Хоффман", "Hoffmann", "Hofmann"),
    ("Шефер", "Шеффер", "Шафер", "Schäfer", "Schaefer"),
    ("Кох", "Koch"),
    ("Рихтер", "Richter"),
    ("Клейн", "Кляйн", "Klein"),
    ("Нейман", "Нойман", "Neumann"),
    ("Циммерман", "Zimmermann"),
    ("Гартман", "Хартман", "Hartmann"),
    ("Краузе", "Krause"),
    ("Леман", "Lehmann"),
    ("Шрёдер", "Шрейдер", "Schröder", "Schroeder"),
    ("Герман", "Херман", "Hermann"),
    ("Фогель", "Vogel"),
    ("Штейн", "Штайн", "Stein"),
    ("Эрдман", "Erdmann"),
    ("Генрих", "Heinrich"),
    ("Фридрих", "Friedrich"),
    ("Иоганн", "Йоганн", "Johann", "Johannes"),
    ("Вильгельм", "Wilhelm"),
    ("Эрих", "Erich"),
    ("Эльза", "Elsa"),
    ("Гертруда", "Gertrud"),
    ("Ганс", "Hans"),
    ("Гельмут", "Helmut"),
    # Korean
    ("Пак", "Park", "Bak"),
    ("Цой", "Чой", "Choi", "Choy"),
    ("Ли", "Lee", "Rhee"),
    ("Кан", "Kang"),
    ("Хван", "Hwang"),
    ("Шин", "Син", "Shin", "Sin"),
    ("Юн", "Yoon"),
    ("Мун", "Moon"),
    ("Тен", "Тён", "Teng"),
    ("Чжон", "Чон", "Jeong", "Jung", "Chung"),
    ("Хегай", "Хекай"),
    # Ukrainian and Russian forms
    ("Олейник", "Олійник", "Oliinyk"),
    ("Гончаренко", "Honcharenko"),
    ("Гнатюк", "Hnatiuk", "Hnatyuk"),
    ("Гуменюк", "Humeniuk"),
    ("Григоренко", "Hryhorenko"),
    ("Головко", "Holovko"),
    ("Гаврилюк", "Havryliuk"),
    ("Сергей", "Сергій", "Serhii", "Serhiy"),
    ("Андрей", "Андрій", "Andrii", "Andriy"),
    ("Алексей", "Олексій", "Oleksii", "Oleksiy"),
    ("Александр", "Олександр", "Oleksandr"),
    ("Николай", "Микола", "Mykola"),
    ("Михаил", "Михайло", "Mykhailo"),
    ("Пётр", "Петро", "Petro"),
    ("Василий", "Василь", "Vasyl"),
    ("Дмитрий", "Дмитро", "Dmytro"),
    ("Григорий", "Григорій", "Hryhorii"),
    ("Елена", "Олена", "Olena"),
    ("Анна", "Ганна", "Hanna"),
    ("Екатерина", "Катерина", "Kateryna"),
    ("Татьяна", "Тетяна", "Tetiana"),
    ("Светлана", "Світлана", "Svitlana"),
    ("Наталья", "Наталія", "Nataliia"),
    ("Виктор", "Віктор"),
    ("Ольга", "Olha"),
    ("Галина", "Halyna"),
    ("Богдан", "Bohdan"),
)


def _same_name_map() -> dict[str, str]:
    canon: dict[str, str] = {}
    for group in SAME_NAMES:
        first = fold(group[0])
        for spelling in group[1:]:
            word = fold(spelling)
            if word != first:
                canon.setdefault(word, first)
    return canon


_SAME_NAME = _same_name_map()

# Patronymic endings once folded: Russian -ович/-евич, -овна/-евна (Ukrainian -івна); Kazakh
# -ұлы, -қызы; Uzbek and Azerbaijani ўғли / o'g'li / oğlu, қизи / qızı. The three letters or
# more before them are the father's name.
_PATRONYMIC = re.compile(
    r"^([a-z]{3,}?)(?:(?:ov|ev)(ich|na)|i(vna)|(uli|ogli|ugli|oglu)|(kizi|gizi))$")
_SON_DAUGHTER = {"uli": "uli", "ogli": "uli", "ugli": "uli", "oglu": "uli",
                 "kizi": "kizi", "gizi": "kizi"}
_VOWEL_I = re.compile(r"([aeiou])i$")


def _father(stem: str) -> str:
    """A father's name as patronymics of either form share it: «Жұмабай» is «Жұмаба-» in
    «Жұмабаевич», «Сергей» is «Серг-» in «Сергеевич» (its «ee» folds to one «e»)."""
    stem = _SAME_NAME.get(stem, stem)
    stem = _VOWEL_I.sub(r"\1", stem)
    if len(stem) > 3 and stem.endswith("e"):
        stem = stem[:-1]
    return _SAME_NAME.get(stem, stem)


def canonical_word(word: str) -> str:
    """The word a folded name word stands for in search: the Kazakh form of a patronymic
    (``serikovna`` → ``serikizi``, ``sergevich`` → ``serguli``), the first spelling of a
    group of SAME_NAMES (``miler`` → ``muler``), else the word itself."""
    if (m := _PATRONYMIC.match(word)) is not None:
        russian, turkic_son = m.group(2) or m.group(3), m.group(4)
        son = russian == "ich" if russian else turkic_son is not None
        return _REPEATS.sub(r"\1", _father(m.group(1)) + ("uli" if son else "kizi"))
    return _SAME_NAME.get(word, word)


def _joined(words: list[str]) -> list[str]:
    """The words with «Серік ұлы», «Rustam o'g'li» written in two words made one."""
    out: list[str] = []
    for word in words:
        if word in _SON_DAUGHTER and out and len(out[-1]) >= 3 and not out[-1].endswith(
                ("uli", "kizi")):
            out[-1] = _REPEATS.sub(r"\1", out[-1] + _SON_DAUGHTER[word])
        else:
            out.append(word)
    return out


def _canonical_words(words: list[str]) -> list[str]:
    """The canonical word of each word; «Серік ұлы» written in two words counts as one."""
    return [canonical_word(w) for w in _joined(words)]


def part_words(part: str | None) -> tuple[str, ...]:
    """The key words of one name (surname, given name, patronymic…): its folded words, then
    the canonical words that differ from them."""
    words = fold(part).split()
    extra = [w for w in _canonical_words(words) if w not in words]
    return tuple(words + extra)


def key_words(*parts: str | None) -> list[str]:
    """The distinct key words of the given names, in order of first appearance."""
    seen: dict[str, None] = {}
    for part in parts:
        for word in part_words(part):
            seen.setdefault(word, None)
    return list(seen)


def search_key(surname: str | None, given_name: str | None, patronymic: str | None = None,
               latin_surname: str | None = None, latin_given_name: str | None = None) -> str:
    """The stored key of a patient's names: the distinct key words, Cyrillic names first.
    A Latin spelling that folds to the same words adds nothing."""
    return " ".join(key_words(surname, given_name, patronymic, latin_surname, latin_given_name))


def query_words(text: str | None) -> list[tuple[str, str]]:
    """What was typed as (folded word, canonical word) pairs, in order, repeats dropped: search
    looks a word up as typed (its prefixes, fragments and near spellings) and its canonical word
    as an equal."""
    seen: dict[str, str] = {}
    for word in _joined(fold(text).split()):
        seen.setdefault(word, canonical_word(word))
    return list(seen.items())


def query_key(text: str | None) -> str:
    """What was typed, folded as the stored keys are, each word replaced by its canonical word
    (words kept in order, repeats dropped)."""
    seen: dict[str, None] = {}
    for word in _canonical_words(fold(text).split()):
        seen.setdefault(word, None)
    return " ".join(seen)


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
