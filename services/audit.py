"""The audit trail: recording what people do (sealed as a hash chain by the database layer), and
the administrator's reading of it: events by person, patient, kind and dates, the chain checked,
a CSV copy.

An event's detail holds numbers, codes and ids only, never a patient's IIN or name (the slip's
content kept with an issued referral, for its exact reprint, is the one exception).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from db import audit as store
from db.engine import separate_read, take_write_lock
from domain.access import EXPORT_DATA, READ_AUDIT
from domain.messages import BadInput, Message
from services.access import operator, require

# Events written by the use cases (those of the database layer are named there).
OPENED = "patient.opened"
SETTINGS_CHANGED = "settings.changed"
RULES_INSTALLED = "rules.installed"
RULES_ACTIVATED = "rules.activated"
BACKUP_MADE = "backup.made"
BACKUP_RESTORED = "backup.restored"
DAY_LIST_EXPORTED = "day_list.exported"
DAY_LIST_PRINTED = "day_list.printed"
AUDIT_EXPORTED = "audit.exported"
REFERRAL_PRINTED = "referral.printed"
EMERGENCY_REPLAYED = "visit.emergency_replayed"

PAGE = 200  # events per page of the view
MAX_PAGE = 5000


def record(session: Any, action: str, entity: str, *, entity_uuid: str | None = None,
           patient_uuid: str | None = None, detail: dict | None = None,
           at: datetime | None = None, by: str | None = None) -> None:
    """One event by the session's acting person (or `by`, e.g. a failed login's name), written
    with the caller's transaction."""
    store.add_event(session, action, entity, operator=by if by is not None else operator(session),
                    entity_uuid=entity_uuid, patient_uuid=patient_uuid, detail=detail, at=at)


def record_export(session: Any, action: str, **detail: object) -> None:
    """An export or printing of a list (what and how many lines, never its content), in a
    transaction of its own that takes the write lock first."""
    take_write_lock(session)
    record(session, action, "exports", detail=detail)


def patient_uuid_of(session: Any, patient_id: int | None) -> str | None:
    return store.patient_uuid_of(session, patient_id) if patient_id is not None else None


# ---------------------------------------------------------------- kinds, in words

ACTION_NAMES: dict[str, Message] = {
    "patient.opened": Message("Карта ашылды", "Карта открыта"),
    "patient.saved": Message("Науқас деректері сақталды", "Данные пациента сохранены"),
    "patient.fund_evidence": Message("Сақтандыру туралы дерек", "Сведения о страховании"),
    "patient.linked": Message("Белгісіз науқас анықталды", "Неизвестный пациент опознан"),
    "patient.merged": Message("Жазбалар біріктірілді", "Записи объединены"),
    "patient.unidentified_emergency": Message("Белгісіз науқас тіркелді (шұғыл)",
                                              "Зарегистрирован неизвестный пациент (экстренно)"),
    "visit.emergency": Message("Шұғыл қаралу", "Экстренное посещение"),
    EMERGENCY_REPLAYED: Message("Шұғыл қаралу журналдан жазылды",
                                "Экстренное посещение записано из журнала"),
    "visit.voided": Message("Қаралу жойылды", "Посещение аннулировано"),
    "referral.issued": Message("Жолдама берілді", "Направление выдано"),
    REFERRAL_PRINTED: Message("Жолдама басып шығарылды", "Направление напечатано"),
    "referral.reprinted": Message("Жолдама көшірмесі басылды", "Напечатана копия направления"),
    "referral.voided": Message("Жолдама жойылды", "Направление аннулировано"),
    DAY_LIST_EXPORTED: Message("Күн тізімі экспортталды", "Список дня выгружен"),
    DAY_LIST_PRINTED: Message("Күн тізімі басып шығарылды", "Список дня напечатан"),
    AUDIT_EXPORTED: Message("Әрекеттер журналы экспортталды", "Журнал действий выгружен"),
    SETTINGS_CHANGED: Message("Баптаулар өзгертілді", "Настройки изменены"),
    RULES_INSTALLED: Message("Ереже жинағы орнатылды", "Свод правил установлен"),
    RULES_ACTIVATED: Message("Ереже жинағы белсендірілді", "Свод правил активирован"),
    BACKUP_MADE: Message("Сақтық көшірме жасалды", "Создана резервная копия"),
    BACKUP_RESTORED: Message("Сақтық көшірмеден қалпына келтірілді", "Восстановлено из резервной копии"),
    "login": Message("Жүйеге кірді", "Вход в систему"),
    "login_failed": Message("Кіру сәтсіз", "Неудачный вход"),
    "account_locked": Message("Есептік жазба бұғатталды", "Учётная запись заблокирована"),
    "logout": Message("Жүйеден шықты", "Выход из системы"),
    "screen_locked": Message("Экран бұғатталды", "Экран заблокирован"),
    "unlocked": Message("Бұғат ашылды", "Блокировка снята"),
    "emergency_without_login": Message("Жүйеге кірмей шұғыл қаралу", "Экстренное посещение без входа"),
    "user_created": Message("Пайдаланушы қосылды", "Пользователь добавлен"),
    "password_reset": Message("Құпиясөз ауыстырылды", "Пароль сброшен"),
    "user_activated": Message("Пайдаланушы белсендірілді", "Пользователь включён"),
    "user_deactivated": Message("Пайдаланушы өшірілді", "Пользователь отключён"),
    "role_changed": Message("Рөл өзгертілді", "Роль изменена"),
    "role_permissions_changed": Message("Рөл рұқсаттары өзгертілді", "Разрешения роли изменены"),
    "security_settings_changed": Message("Кіру баптаулары өзгертілді", "Настройки входа изменены"),
    "consent.recorded": Message("Келісім тіркелді", "Согласие записано"),
    "consent.withdrawn": Message("Келісім кері қайтарылды", "Согласие отозвано"),
    "export": Message("Науқас деректері экспортталды", "Данные пациента выгружены"),
}


@dataclass(frozen=True, slots=True)
class Kind:
    """A kind the view filters by: some actions, or every action starting with a prefix."""

    code: str
    name: Message
    actions: tuple[str, ...] = ()
    prefixes: tuple[str, ...] = ()


KINDS: tuple[Kind, ...] = (
    Kind("login", Message("Кіру және тіркелгілер", "Входы и учётные записи"),
         prefixes=("login", "logout", "account", "user", "session")),
    Kind("opened", Message("Карта ашу", "Открытие карты"), ("patient.opened",)),
    Kind("patient", Message("Науқас деректері", "Данные пациента"),
         ("patient.saved", "patient.fund_evidence"), ("consent",)),
    Kind("referral", Message("Жолдама беру", "Выдача направлений"), ("referral.issued",)),
    Kind("print", Message("Басып шығару", "Печать"),
         (REFERRAL_PRINTED, "referral.reprinted", DAY_LIST_PRINTED)),
    Kind("void", Message("Жою", "Аннулирование"), ("referral.voided", "visit.voided")),
    Kind("merge", Message("Біріктіру", "Объединение"), ("patient.merged", "patient.linked")),
    Kind("export", Message("Экспорт", "Выгрузка"), (DAY_LIST_EXPORTED, AUDIT_EXPORTED)),
    Kind("settings", Message("Баптаулар", "Настройки"), (SETTINGS_CHANGED,)),
    Kind("rules", Message("Ереже жинақтары", "Своды правил"), (RULES_INSTALLED, RULES_ACTIVATED)),
    Kind("backup", Message("Сақтық көшірме", "Резервные копии"), (BACKUP_MADE, BACKUP_RESTORED)),
    Kind("emergency", Message("Шұғыл көмек", "Экстренная помощь"),
         ("visit.emergency", "patient.unidentified_emergency", EMERGENCY_REPLAYED)),
)
KIND_BY_CODE = {k.code: k for k in KINDS}

ERR_KIND = Message("Мұндай оқиға түрі жоқ: {kind}", "Нет такого вида событий: {kind}")
ERR_DATES = Message("Кезеңнің басы соңынан кейін: {start} — {end}.",
                    "Начало периода позже конца: {start} — {end}.")


def action_name(action: str) -> Message:
    """An action in words (an action this program does not know: as it is stored)."""
    return ACTION_NAMES.get(action, Message(action, action))


# The detail fields a line shows, in words, in this order (anything else stays in the JSON).
_LABELS: dict[str, Message] = {
    "number": Message("№", "№"), "service": Message("қызмет", "услуга"),
    "reason": Message("себебі", "причина"), "how": Message("қайда", "куда"),
    "format": Message("пішімі", "формат"), "day": Message("күні", "день"),
    "rows": Message("жолдар", "строк"), "keys": Message("баптаулар", "настройки"),
    "version": Message("нұсқасы", "версия"), "file": Message("файл", "файл"),
    "kind": Message("түрі", "вид"), "kept_aside": Message("бұрынғысы сақталды", "прежняя сохранена"),
    "visits": Message("қаралулар", "посещения"), "referrals": Message("жолдамалар", "направления"),
    "merged_local_id": Message("біріктірілген нөмір", "объединённый номер"),
    "local_id": Message("нөмірі", "номер"), "approx_age": Message("жасы шамамен", "примерный возраст"),
    "created": Message("жаңа", "новый"), "insured": Message("сақтандырылған", "застрахован"),
    "source": Message("дереккөз", "источник"), "journaled_at": Message("журналға жазылған", "в журнале с"),
}
_VALUES: dict[object, Message] = {
    True: Message("иә", "да"), False: Message("жоқ", "нет"),
    "printer": Message("принтер", "принтер"), "pdf": Message("PDF файл", "PDF-файл"),
    "manual": Message("қолмен", "вручную"), "daily": Message("күнделікті", "ежедневная"),
}


def summary(detail: str, lang: str = "kk", limit: int = 160) -> str:
    """An event's detail in one short line, in words: its telling fields (numbers, codes,
    reasons)."""
    try:
        values = json.loads(detail or "{}")
    except ValueError:
        return detail[:limit]
    if not isinstance(values, dict):
        return str(values)[:limit]
    parts = []
    for key, label in _LABELS.items():
        value = values.get(key)
        if value is None or value == "" or value == [] or isinstance(value, dict):
            continue
        if isinstance(value, list):
            shown = ", ".join(str(v) for v in value)
        elif isinstance(value, bool) or value in ("printer", "pdf", "manual", "daily"):
            shown = _VALUES[value].in_lang(lang)
        else:
            shown = str(value)
        parts.append(f"{label.in_lang(lang)}: {shown}")
    text = "; ".join(parts)
    return text if len(text) <= limit else text[:limit - 1] + "…"


# ---------------------------------------------------------------- reading the trail

@dataclass(frozen=True, slots=True)
class AuditFilter:
    """What the view asks for: a person's login, a patient, a kind, local days (inclusive)."""

    login: str | None = None
    patient_id: int | None = None
    kind: str | None = None
    start: date | None = None
    end: date | None = None

    def as_json(self, patient_uuid: str | None) -> dict:
        return {k: v for k, v in (("login", self.login), ("patient", patient_uuid),
                                  ("kind", self.kind),
                                  ("from", self.start.isoformat() if self.start else None),
                                  ("to", self.end.isoformat() if self.end else None)) if v}


@dataclass(frozen=True, slots=True)
class AuditLine:
    id: int
    seq: int | None
    at: datetime  # local time
    operator: str
    action: str
    kind: Message
    patient_uuid: str | None
    patient_name: str | None
    patient_ident: str | None
    detail: str  # as stored (JSON)

    def summary(self, lang: str) -> str:
        return summary(self.detail, lang)

    def as_json(self, lang: str = "kk") -> dict:
        return {"id": self.id, "seq": self.seq, "at": self.at.isoformat(timespec="seconds"),
                "operator": self.operator, "action": self.action, "kind": self.kind.in_lang(lang),
                "patient": self.patient_uuid, "detail": self.summary(lang)}


@dataclass(frozen=True, slots=True)
class AuditPage:
    lines: list[AuditLine]
    more: bool  # older events match too: ask again with `before_id` = the last line's id

    @property
    def last_id(self) -> int | None:
        return self.lines[-1].id if self.lines else None


def _utc(day: date) -> datetime:
    return datetime.combine(day, time.min).astimezone().astimezone(UTC).replace(tzinfo=None)


def _local(at: datetime) -> datetime:
    return at.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


def _query(session: Any, flt: AuditFilter) -> dict:
    kind = None
    if flt.kind:
        kind = KIND_BY_CODE.get(flt.kind)
        if kind is None:
            raise BadInput(ERR_KIND.format(kind=flt.kind), field="kind")
    if flt.start and flt.end and flt.start > flt.end:
        raise BadInput(ERR_DATES.format(start=flt.start.strftime("%d.%m.%Y"),
                                        end=flt.end.strftime("%d.%m.%Y")), field="dates")
    patient = patient_uuid_of(session, flt.patient_id)
    if flt.patient_id is not None and patient is None:
        patient = "-"  # no such patient: nothing matches
    return {"operator": (flt.login or "").strip() or None, "patient_uuid": patient,
            "actions": kind.actions if kind else (), "prefixes": kind.prefixes if kind else (),
            "start": _utc(flt.start) if flt.start else None,
            "end": _utc(flt.end + timedelta(days=1)) if flt.end else None}


def _line(row: store.EventLine) -> AuditLine:
    return AuditLine(row.id, row.seq, _local(row.at), row.operator, row.action, action_name(row.action),
                     row.patient_uuid, row.patient_name, row.patient_ident, row.detail)


def events(session: Any, flt: AuditFilter = AuditFilter(), *, before_id: int | None = None,
           limit: int = PAGE) -> AuditPage:
    """One page of the events `flt` asks for, newest first (READ_AUDIT)."""
    require(session, READ_AUDIT)
    limit = max(1, min(limit, MAX_PAGE))
    rows = store.events_page(session, **_query(session, flt), before_id=before_id, limit=limit + 1)
    return AuditPage([_line(r) for r in rows[:limit]], len(rows) > limit)


def _all(session: Any, flt: AuditFilter) -> Iterator[AuditLine]:
    query, before = _query(session, flt), None
    while True:
        rows = store.events_page(session, **query, before_id=before, limit=MAX_PAGE)
        yield from (_line(r) for r in rows)
        if len(rows) < MAX_PAGE:
            return
        before = rows[-1].id


CSV_HEADS = (Message("Уақыты", "Время"), Message("Кім", "Кто"), Message("Оқиға", "Событие"),
             Message("Науқас", "Пациент"), Message("ЖСН / нөмір", "ИИН / номер"),
             Message("Толығырақ", "Подробности"), Message("Оқиға коды", "Код события"),
             Message("№", "№"))


def export_csv(session: Any, flt: AuditFilter, lang: str) -> tuple[bytes, int]:
    """The events `flt` asks for as CSV for Excel (UTF-8 with a byte order mark), and how many;
    the export itself is recorded (READ_AUDIT and EXPORT_DATA). Read before the write lock is
    taken, so that a long export does not hold the other desks up."""
    require(session, READ_AUDIT)
    require(session, EXPORT_DATA)
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow([h.in_lang(lang) for h in CSV_HEADS])
    count = 0
    with separate_read(session) as reader:
        patient = patient_uuid_of(reader, flt.patient_id)
        for line in _all(reader, flt):
            writer.writerow([line.at.strftime("%d.%m.%Y %H:%M:%S"), line.operator,
                             line.kind.in_lang(lang), line.patient_name or "", line.patient_ident or "",
                             line.summary(lang), line.action, line.seq])
            count += 1
    take_write_lock(session)
    record(session, AUDIT_EXPORTED, "audit_events", detail={"rows": count, **flt.as_json(patient)})
    return ("\ufeff" + out.getvalue()).encode("utf-8"), count


# ---------------------------------------------------------------- checking the chain

VERIFIED = Message("Әрекеттер журналы тұтас: {n} оқиға тексерілді, ешбірі өзгертілмеген не жойылмаған.",
                   "Журнал действий цел: проверено событий: {n}, ни одно не изменено и не удалено.")
TAMPERED = Message(
    "Әрекеттер журналы бұзылған: {what}. Журналдағы ештеңе жойылмады; әкімшіге хабарлаңыз және "
    "соңғы сақтық көшірмемен салыстырыңыз.",
    "Журнал действий нарушен: {what}. Ничего из журнала не удалено; сообщите администратору и "
    "сверьте с последней резервной копией.")
_PROBLEMS = {
    "altered": Message("№ {seq} оқиға өзгертілген", "событие № {seq} изменено"),
    "missing": Message("№ {seq} оқиға жоқ (жойылған)", "события № {seq} нет (удалено)"),
    "broken link": Message("№ {seq} оқиға алдыңғысымен байланыспайды",
                           "событие № {seq} не связано с предыдущим"),
    "last events missing": Message("№ {seq} оқиғадан кейінгілері жойылған",
                                   "удалены события после № {seq}"),
    "unsealed": Message("мөрсіз оқиға (id {id})", "незапечатанное событие (id {id})"),
}
SHOWN_PROBLEMS = 8


def verify_trail(session: Any) -> store.Verdict:
    """Recompute the whole chain (READ_AUDIT). Reading only: nothing is changed or removed."""
    require(session, READ_AUDIT)
    return store.verify(session)


def verdict_words(verdict: store.Verdict) -> Message:
    """The verdict in one kk/ru sentence naming the events found altered or missing."""
    if verdict.ok:
        return VERIFIED.format(n=verdict.events)
    parts = []
    for p in verdict.problems[:SHOWN_PROBLEMS]:
        words = _PROBLEMS.get(p["problem"], Message("{problem}", "{problem}"))
        one = words.format(seq=p.get("seq"), id=p.get("id"), problem=p["problem"])
        if p.get("chain"):
            one = Message(f"«{p['chain']}»: {one.kk}", f"«{p['chain']}»: {one.ru}")
        parts.append(one)
    kk, ru = "; ".join(x.kk for x in parts), "; ".join(x.ru for x in parts)
    rest = len(verdict.problems) - len(parts)
    if rest > 0:
        kk, ru = f"{kk}; тағы {rest}", f"{ru}; и ещё {rest}"
    return Message(TAMPERED.kk.format(what=kk), TAMPERED.ru.format(what=ru))
