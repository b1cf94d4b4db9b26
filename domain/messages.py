"""Bilingual, user-safe messages and the error that carries them."""

from __future__ import annotations

from dataclasses import dataclass

LANGS = ("kk", "ru")
DEFAULT_LANG = "kk"


@dataclass(frozen=True, slots=True)
class Message:
    """A text a receptionist may see, in Kazakh and Russian."""

    kk: str
    ru: str

    def in_lang(self, lang: str) -> str:
        return self.ru if lang == "ru" else self.kk

    def as_dict(self) -> dict[str, str]:
        return {"kk": self.kk, "ru": self.ru}

    def format(self, **values: object) -> Message:
        return Message(self.kk.format(**values), self.ru.format(**values))


# shown beside a rule whose data is marked not verified: the norm is being clarified
UNCONFIRMED = Message("норма нақтылануда", "норма уточняется")


class BadInput(Exception):
    """Input the program refuses; nothing was written. The CLI maps it to exit status 2."""

    def __init__(self, message: Message, field: str | None = None):
        super().__init__(message.ru)
        self.message = message
        self.field = field

    def in_lang(self, lang: str) -> str:
        return self.message.in_lang(lang)


class AlreadyRegistered(BadInput):
    """Refused because the person is registered already: `patient_id` is the record to open."""

    def __init__(self, message: Message, patient_id: int, field: str | None = "iin"):
        super().__init__(message, field)
        self.patient_id = patient_id
