"""The desk and its hub: one sync round (push what this desk changed, pull what others changed),
the state the status bar shows, the conflict log an administrator reads, and fetching one
patient from the hub by IIN.

The desk always works on its own database; these use cases are run off the GUI thread (or by
`python main.py sync`). The caller makes both session factories; nothing here opens an engine.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from db import sync as sync_db
from db.faults import is_connection_lost
from db.models import utcnow
from domain.messages import BadInput, Message

ERR_UNREACHABLE = Message(
    "Хаб қолжетімсіз: желі немесе сервер жауап бермейді. Жұмысты жалғастыра беріңіз — "
    "барлығы осы компьютерде сақталған және байланыс қалпына келгенде жіберіледі.",
    "Хаб недоступен: сеть или сервер не отвечают. Продолжайте работу — всё сохранено на этом "
    "компьютере и будет отправлено, когда связь восстановится.",
)
ERR_HUB_FAILED = Message(
    "Хабпен алмасу аяқталмады ({reason}). Ештеңе жоғалмады: келесі алмасуда қайталанады.",
    "Обмен с хабом не завершён ({reason}). Ничего не потеряно: он повторится при следующем обмене.",
)
ERR_NO_HUB = Message("Бұл жұмыс орны хабқа қосылмаған.", "Это рабочее место не подключено к хабу.")

# When the next round runs (after a success, after failures in a row) is the desk's one policy:
# domain.sync_status.retry_delay.


@dataclass(frozen=True, slots=True)
class SyncState:
    hub: str | None  # the hub's address without a password; None: not attached
    last_success_at: datetime | None
    waiting: int  # changes of this desk the hub has not taken yet
    unreachable_since: datetime | None
    last_error: Message | None
    conflicts: int  # values conflicts overwrote, in the log


@dataclass(frozen=True, slots=True)
class RoundResult:
    pushed: int
    pulled: int
    conflicts: int


@dataclass(frozen=True, slots=True)
class ConflictLine:
    """One value a conflict overwrote."""

    at: datetime
    table: str
    row_uuid: str
    field: str
    kept: object
    lost: object
    kept_site: str | None
    lost_site: str | None
    kept_at: datetime | None
    lost_at: datetime | None
    reason: str  # "later", "same_iin", "same_code", "same_login"


def _time(value: object) -> datetime | None:
    return datetime.fromisoformat(value) if isinstance(value, str) and value else None


def _message(value: object) -> Message | None:
    if isinstance(value, dict) and "kk" in value and "ru" in value:
        return Message(value["kk"], value["ru"])
    return None


def state(local_session) -> SyncState:
    conn = local_session.connection()
    values = sync_db.get_state(conn)
    return SyncState(
        hub=values.get("hub") or None,
        last_success_at=_time(values.get("last_success_at")),
        waiting=sync_db.outbox_size(conn),
        unreachable_since=_time(values.get("unreachable_since")),
        last_error=_message(values.get("last_error")),
        conflicts=sync_db.conflict_count(conn),
    )


def _record_failure(local_factory, message: Message) -> None:
    try:
        with local_factory() as session:
            conn = session.connection()
            values = sync_db.get_state(conn)
            sync_db.put_state(conn, unreachable_since=values.get("unreachable_since")
                              or utcnow().isoformat(" ", "seconds"),
                              last_error=message.as_dict(),
                              failures=int(values.get("failures") or 0) + 1)
            session.commit()
    except Exception:  # noqa: BLE001 - the desk's own file is busy: the failure is still raised
        pass


def run_round(local_factory, hub_factory, *, desk_id: str, site: str, clinic: str,
              page: int = 500) -> RoundResult:
    """Push this desk's changes, then pull everyone else's: with a clinic code, what that
    clinic's desks hold (its patients, everything not bound to a patient, its own settings);
    without one, everything the hub holds. A hub that cannot be reached
    raises BadInput (field "hub") with calm words, after noting since when; nothing is lost:
    the outbox keeps every change for the next round."""
    try:
        address = sync_db.hub_address(hub_factory)
        sync_db.attach(local_factory, hub_factory, desk=desk_id, site=site, clinic=clinic)
        pushed, conflicts = sync_db.push_all(local_factory, hub_factory, desk=desk_id, site=site,
                                             clinic=clinic, page=page)
        # the audit chain, printed slips, rule packs and the clinic's settings (their conflicts
        # are logged at the hub, so the pull below brings them)
        pushed_rest, pulled = sync_db.exchange_rest(local_factory, hub_factory, desk=desk_id,
                                                    site=site, clinic=clinic)[:2]
        pushed += pushed_rest
        for _attempt in range(3):
            try:
                got, learnt = sync_db.pull_all(local_factory, hub_factory,
                                              page=page * sync_db.PULL_FACTOR, clinic=clinic)
                pulled += got
                break
            except sync_db.PushFirst:
                more, _ = sync_db.push_all(local_factory, hub_factory, desk=desk_id, site=site,
                                           clinic=clinic, page=page)
                pushed += more
        else:
            got, learnt = 0, 0
    except BadInput as exc:
        _record_failure(local_factory, exc.message)
        raise
    except Exception as exc:
        if is_connection_lost(exc):
            _record_failure(local_factory, ERR_UNREACHABLE)
            raise BadInput(ERR_UNREACHABLE, field="hub") from exc
        if getattr(getattr(exc, "orig", None), "sqlstate", None):
            reason = type(exc.orig).__name__
            message = ERR_HUB_FAILED.format(reason=reason)
            _record_failure(local_factory, message)
            raise BadInput(message, field="hub") from exc
        raise
    with local_factory() as session:
        sync_db.put_state(session.connection(), hub=address,
                          last_success_at=utcnow().isoformat(" ", "seconds"),
                          unreachable_since=None, last_error=None, failures=0,
                          pushed_total=pushed, pulled_total=pulled)
        session.commit()
    return RoundResult(pushed, pulled, learnt)


def unreachable(local_factory) -> BadInput:
    """The error of a hub that could not even be opened, noted in the desk's sync state."""
    _record_failure(local_factory, ERR_UNREACHABLE)
    return BadInput(ERR_UNREACHABLE, field="hub")


def desk_id(local_session) -> str:
    """This database's own desk id for the hub's register of desks (made once), for a desk
    without a configuration (a command run on a file)."""
    import uuid

    conn = local_session.connection()
    known = sync_db.get_state(conn).get("desk_id")
    if not known:
        known = uuid.uuid4().hex
        sync_db.put_state(conn, desk_id=known)
    return str(known)


def last_seq(local_session) -> int:
    return int(sync_db.get_state(local_session.connection()).get("last_seq") or 0)


def conflicts(local_session, limit: int = 200) -> list[ConflictLine]:
    """The newest values conflicts overwrote, newest first."""
    out = []
    for row in sync_db.conflict_rows(local_session.connection(), limit):
        out.append(ConflictLine(
            at=row["at"], table=row["tbl"], row_uuid=row["row_uuid"], field=row["field"],
            kept=_value(row["kept"]), lost=_value(row["lost"]), kept_site=row["kept_site"],
            lost_site=row["lost_site"], kept_at=row["kept_at"], lost_at=row["lost_at"],
            reason=row["reason"]))
    return out


def _value(text: str | None) -> object:
    if text is None:
        return None
    try:
        return json.loads(text)
    except ValueError:
        return text


def fetch_patient(local_factory, hub_factory, iin: str, *, clinic: str | None = None) -> bool:
    """Copy the patient with this IIN, and everything recorded about him, from the hub to this
    desk (a patient the desk does not hold yet). The hub notes that the desk's clinic (the
    desk's own, unless given) has seen him, so his later changes reach its desks. False when
    the hub does not know him; BadInput (field "hub") when the hub cannot be reached."""
    try:
        code = sync_db.clinic_code(local_factory, "") if clinic is None else clinic
        with local_factory() as session:
            values = sync_db.get_state(session.connection())
        return sync_db.fetch_person(local_factory, hub_factory, iin, clinic=code,
                                    desk=str(values.get("desk_id") or ""),
                                    site=str(values.get("claimed") or ""))
    except Exception as exc:
        if is_connection_lost(exc):
            raise BadInput(ERR_UNREACHABLE, field="hub") from exc
        raise
