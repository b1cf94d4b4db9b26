"""A patient's written consent to the processing of personal data: its scopes, and what the
recorded forms say on a given day.

The law of Kazakhstan on personal data and their protection lets a clinic collect and process a
patient's personal data with the patient's consent, given in writing (a signed paper form here).
Emergency care never waits for it: it is given without consent, and the desk never asks.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from domain.messages import Message

PROCESSING = "processing"
EXCHANGE = "exchange"
CONTACT = "contact"
SCOPES: tuple[str, ...] = (PROCESSING, EXCHANGE, CONTACT)

# The scope's short name (the card, the dialog, the export) ...
SCOPE_NAMES: dict[str, Message] = {
    PROCESSING: Message("Медициналық көмек үшін деректерді жинау және өңдеу",
                        "Сбор и обработка данных для оказания медицинской помощи"),
    EXCHANGE: Message("Басқа медициналық ұйымдарға және ұлттық жүйелерге беру",
                      "Передача в другие медицинские организации и национальные системы"),
    CONTACT: Message("Телефон және SMS арқылы байланысу", "Связь по телефону и SMS"),
}
# ... and what the patient agrees to, in the words of the printed form.
SCOPE_TEXTS: dict[str, Message] = {
    PROCESSING: Message(
        "тегімді, атымды, әкемнің атын, ЖСН-ді, туған күнімді, мекенжайымды, телефонымды, "
        "жеке басымды куәландыратын құжаттарды, құқықтық мәртебемді, сақтандыру туралы "
        "мәліметтерді және денсаулығым туралы мәліметтерді медициналық көмек көрсету үшін жинауға, "
        "жазуға, сақтауға және өңдеуге",
        "на сбор, запись, хранение и обработку моих фамилии, имени, отчества, ИИН, даты рождения, "
        "адреса, телефона, документов, удостоверяющих личность, правового статуса, сведений о "
        "страховании и сведений о здоровье для оказания медицинской помощи",
    ),
    EXCHANGE: Message(
        "осы деректерді заң талап ететін жағдайларда басқа медициналық ұйымдарға (жолдама "
        "бойынша), Әлеуметтік медициналық сақтандыру қорына және денсаулық сақтаудың ұлттық "
        "ақпараттық жүйелеріне беруге",
        "на передачу этих данных в случаях, предусмотренных законом, другим медицинским "
        "организациям (по направлению), Фонду социального медицинского страхования и в "
        "национальные информационные системы здравоохранения",
    ),
    CONTACT: Message(
        "қабылдауға шақыру, скринингтер мен нәтижелер туралы телефон және SMS арқылы хабарласуға",
        "на связь со мной по телефону и SMS о приёме, скринингах и результатах",
    ),
}

GIVEN = "given"
WITHDRAWN = "withdrawn"
NONE = "none"

EMERGENCY_NOT_REQUIRED = Message(
    "Дербес деректерді өңдеуге келісім талап етілмейді (шұғыл көмек).",
    "Согласие на обработку персональных данных не требуется (экстренная помощь).",
)


@dataclass(frozen=True, slots=True)
class Consent:
    """One signed form's consent to one scope, and its withdrawal when there is one."""

    scope: str
    given_on: date
    form_number: str | None = None
    operator: str = ""
    withdrawn_on: date | None = None
    id: int | None = None
    uuid: str | None = None

    def state_on(self, on: date) -> str:
        if on < self.given_on:
            return NONE
        if self.withdrawn_on is not None and self.withdrawn_on <= on:
            return WITHDRAWN
        return GIVEN


@dataclass(frozen=True, slots=True)
class ScopeState:
    scope: str
    state: str  # given | withdrawn | none
    consent: Consent | None = None  # the form the state rests on


def state_on(consents: Iterable[Consent], on: date) -> dict[str, ScopeState]:
    """Each scope's state on `on`: the latest form given by then decides (given, or withdrawn
    by then); no form given by then is `none`."""
    out = {scope: ScopeState(scope, NONE) for scope in SCOPES}
    latest: dict[str, Consent] = {}
    for c in consents:
        if c.scope not in out or c.given_on > on:
            continue
        seen = latest.get(c.scope)
        if seen is None or (c.given_on, c.id or 0) > (seen.given_on, seen.id or 0):
            latest[c.scope] = c
    for scope, c in latest.items():
        out[scope] = ScopeState(scope, c.state_on(on), c)
    return out


def care_consent(states: dict[str, ScopeState]) -> ScopeState:
    """The consent the card shows: the one to processing for care (without it the desk asks
    for the paper form; care itself is never refused)."""
    return states[PROCESSING]
