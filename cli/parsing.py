"""Command-line parsing errors in Kazakh and Russian, and arguments that are not valid text.

argparse words its errors through `gettext`; the messages a user can meet are given here in both
languages, and the values they quote are cut to a short excerpt (an argument may be megabytes).
"""

from __future__ import annotations

import argparse

from domain.messages import Message

EXCERPT = 60

BAD_COMMAND_LINE = Message("Пәрмен жолы қате: {detail}", "Ошибка в командной строке: {detail}")
NOT_TEXT = Message(
    "Аргумент UTF-8 мәтіні емес (№{n}); ештеңе жазылмады.",
    "Аргумент не является текстом UTF-8 (№{n}); ничего не записано.",
)

# argparse message id -> (kk, ru); the %-placeholders stay argparse's own.
ARGPARSE = {
    "the following arguments are required: %s": (
        "мына аргументтер міндетті: %s", "обязательные аргументы не указаны: %s"),
    "unrecognized arguments: %s": ("белгісіз аргументтер: %s", "неизвестные аргументы: %s"),
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "рұқсат етілмеген мән: %(value)r (таңдаңыз: %(choices)s)",
        "недопустимое значение: %(value)r (выберите из: %(choices)s)"),
    "argument %(argument_name)s: %(message)s": (
        "%(argument_name)s аргументі: %(message)s", "аргумент %(argument_name)s: %(message)s"),
    "expected one argument": ("бір мән күтілген", "ожидается одно значение"),
    "expected at least one argument": ("кемінде бір мән күтілген", "ожидается хотя бы одно значение"),
    "expected at most one argument": ("ең көбі бір мән күтілген", "ожидается не более одного значения"),
    "invalid %(type)s value: %(value)r": (
        "%(type)s мәні дұрыс емес: %(value)r", "неверное значение %(type)s: %(value)r"),
    "ambiguous option: %(option)s could match %(matches)s": (
        "екіұшты параметр: %(option)s — %(matches)s болуы мүмкін",
        "неоднозначный параметр: %(option)s может означать %(matches)s"),
    "not allowed with argument %s": ("%s аргументімен бірге болмайды", "нельзя вместе с аргументом %s"),
    "one of the arguments %s is required": (
        "мына аргументтердің бірі міндетті: %s", "нужен один из аргументов: %s"),
    "ignored explicit argument %r": ("артық мән еленбеді: %r", "лишнее значение пропущено: %r"),
}


def language_of(argv: list[str]) -> str:
    """The language asked for on the command line, read before it is parsed (errors come first)."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return "ru" if argv[i + 1] == "ru" else "kk"
        if arg.startswith("--lang="):
            return "ru" if arg == "--lang=ru" else "kk"
    return "kk"


def excerpt(value: str, limit: int = EXCERPT) -> str:
    """At most `limit` characters of a value, with an ellipsis when cut."""
    return value if len(value) <= limit else value[:limit] + "…"


def install_translations(lang: str) -> None:
    """argparse's messages in `lang` for the rest of the process (a command runs once)."""
    column = 1 if lang == "ru" else 0

    def gettext(message: str) -> str:
        pair = ARGPARSE.get(message)
        return pair[column] if pair else message

    argparse._ = gettext  # argparse looks its messages up through this module-level name


def first_non_text(argv: list[str]) -> int | None:
    """The 1-based position of an argument that was not valid UTF-8 (Python keeps such bytes as
    lone surrogates), or None."""
    for n, arg in enumerate(argv, 1):
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError:
            return n
    return None


class Parser(argparse.ArgumentParser):
    """Exit 2 with one line in the chosen language, as for any bad input."""

    lang = "kk"

    def error(self, message: str) -> None:
        detail = excerpt(" ".join(message.split()), 300)
        line = BAD_COMMAND_LINE.format(detail=detail).in_lang(self.lang)
        self.exit(2, f"{self.prog}: {line}\n")

