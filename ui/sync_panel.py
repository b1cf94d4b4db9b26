"""The desk's side of the sync with its hub: a round now and then on a worker thread (never on
the GUI thread, never waited for), again a few seconds after the desk saves something, retried
with a growing pause while the hub is unreachable; and the status-bar line `syncStatus`.

The rounds themselves are `services.sync`'s. It is imported on the worker, on first use: a desk
without a hub never loads it, and a desk whose program has no sync hides the line.
"""

from __future__ import annotations

import importlib.util
import logging
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel

from domain.iin import parse_iin
from domain.messages import BadInput, Message
from domain.sync_status import (
    AFTER_SAVE_S,
    HUB_SILENT,
    ROUND_FAILED,
    as_local,
    retry_delay,
    status_line,
)
from services.errors import connection_lost
from ui import translations
from ui.tasks import TaskRunner

log = logging.getLogger(__name__)

SYNC_MODULE = "services.sync"
SHORTCUT_SYNC = "Ctrl+Shift+Y"  # the administrator's page
TICK_MS = 30_000  # the line's "N min ago" is said again this often
FIRST_ROUND_MS = 2_000  # the first round waits until the desk has settled
KEEP_ERRORS = 20  # failed rounds the administrator's page lists
UNREACHABLE_STYLE = "color: #c62828; font-weight: bold"
FETCH_RETRY_S = 10  # an IIN the hub could not be asked about is asked again after this


def sync_available() -> bool:
    """Whether this program can sync at all (without importing the sync)."""
    if SYNC_MODULE in sys.modules:
        return sys.modules[SYNC_MODULE] is not None
    try:
        return importlib.util.find_spec(SYNC_MODULE) is not None
    except (ImportError, ValueError):
        return False


def _sync():
    return importlib.import_module(SYNC_MODULE)


def hub_place(url: str) -> str:
    """The hub's server and database, as the status line's tooltip names it: «hub.kz/tirkeu»."""
    return re.sub(r"^[^:/]+://([^@/]*@)?", "", url).split("?", 1)[0]


@dataclass(frozen=True, slots=True)
class HubLink:
    """What the desk syncs with: the hub (opened on the worker, on first use) and who this desk
    is there."""

    label: str  # the hub's address without a password
    open_hub: Callable[[], object]  # -> a session factory on the hub; may connect, so never on the GUI thread
    local_factory: object  # sessions on this desk's own database for the rounds
    desk_id: str
    site: str
    clinic: str


@dataclass(frozen=True, slots=True)
class SyncPage:
    """What the administrator's page shows."""

    state: object  # services.sync.SyncState
    conflicts: list
    pairs: list = ()  # services.merge.pairs_to_offer: records two desks made of one person?


def describe_failure(exc: BaseException) -> Message:
    """Words for a failed round: the sync's own, else calm ones (the details go to the log)."""
    if isinstance(exc, BadInput):
        return exc.message
    if connection_lost(exc):
        return HUB_SILENT
    return ROUND_FAILED


class SyncController(QObject):
    """Runs the desk's rounds and keeps the status line. Rounds run one at a time on a worker of
    their own (the desk's searches do not queue behind them)."""

    state_changed = Signal(object)  # services.sync.SyncState
    round_done = Signal(object)  # services.sync.RoundResult
    round_failed = Signal(object)  # the kk/ru Message of the failure
    _saved = Signal()  # the desk committed a change (emitted from any thread)

    def __init__(self, link: HubLink, label: QLabel, parent: QObject | None = None,
                 clock: Callable[[], datetime] = datetime.now):
        super().__init__(parent)
        self.link = link
        self.label = label
        self.clock = clock
        self.runner = TaskRunner(link.local_factory, self, threads=1)
        self.state = None
        self.failures = 0
        self.failing_since: datetime | None = None  # local time of the first failure in a row
        self.errors: list[tuple[datetime, Message]] = []  # newest first
        self.running = False
        self._again = False
        self.detached = False  # the hub was cleared in the setup: no more rounds
        self._hub_factory = None
        self._timer = QTimer(self)
        self._timer.setObjectName("syncTimer")
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.sync_now)
        self._debounce = QTimer(self)
        self._debounce.setObjectName("syncAfterSave")
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(AFTER_SAVE_S * 1000)
        self._debounce.timeout.connect(self.sync_now)
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self.render)
        self._saved.connect(self._on_saved, Qt.ConnectionType.QueuedConnection)
        label.installEventFilter(self)

    # ------------------------------------------------------------ the pace of rounds

    def start(self, first_in_ms: int | None = None) -> None:
        self.label.setVisible(True)
        self.render()
        self.refresh_state()
        self._tick.start()
        self._timer.start(FIRST_ROUND_MS if first_in_ms is None else first_in_ms)

    def stop(self) -> None:
        for timer in (self._timer, self._debounce, self._tick):
            timer.stop()
        self.runner.wait()

    def relink(self, link: HubLink | None) -> None:
        """The hub named again in the setup: the next rounds use `link`, the first at once; with
        None the desk no longer syncs and its line goes. A round running meanwhile ends on the
        hub it started with (the swap waits for it on the rounds' worker, never on this
        thread)."""
        self.detached = link is None
        for timer in (self._timer, self._debounce):
            timer.stop()
        if self.detached:
            self._tick.stop()
            self.label.setVisible(False)

        def swap(_session) -> None:
            old, self._hub_factory = self._hub_factory, None
            if link is not None:
                self.link = link
            if old is not None:
                old.kw["bind"].dispose()

        def swapped(_answer) -> None:
            self.failures, self.failing_since, self._again = 0, None, False
            self.errors.clear()
            if not self.detached:
                self.start(first_in_ms=0)

        self.runner.submit(swap, swapped, channel="sync_relink")

    def pause_ms(self) -> int | None:
        """The pause planned before the next round (None: a round runs or none is planned)."""
        return self._timer.interval() if self._timer.isActive() else None

    def desk_saved(self) -> None:
        """The desk saved something (callable from any thread): a round follows shortly, one
        for a burst of saves."""
        self._saved.emit()

    def _on_saved(self) -> None:
        if self.detached:
            return
        self.refresh_state()  # the waiting count grew
        if self.failures == 0:  # an unreachable hub keeps its back-off
            self._debounce.start()

    def sync_now(self) -> None:
        """A round now (or right after the one running)."""
        self._timer.stop()
        self._debounce.stop()
        if self.detached:
            return
        if self.running:
            self._again = True
            return
        self.running = True
        self.runner.submit(self._round, self._on_round, self._on_failed)

    def _round(self, session):
        """On the worker: the hub is opened on first use, then a round, then the new state."""
        sync = _sync()
        link = self.link
        hub = self._open_hub(sync, link)
        result = sync.run_round(link.local_factory, hub, desk_id=link.desk_id,
                                site=link.site, clinic=link.clinic)
        return result, sync.state(session)

    def _open_hub(self, sync, link: HubLink):
        """The hub's sessions (on the worker), opened once per link. A hub that cannot be
        reached is noted in the desk's sync state as a failed round would note it, and is
        opened again at the next round."""
        if self._hub_factory is None:
            try:
                self._hub_factory = link.open_hub()
            except BadInput as exc:
                if connection_lost(exc.__cause__ or exc):
                    raise sync.unreachable(link.local_factory) from exc
                raise
        return self._hub_factory

    def fetch_patient(self, iin: str, on_done: Callable[[bool], None],
                      on_failed: Callable[[BaseException], None]) -> None:
        """Copy the patient with this IIN from the hub (on the rounds' worker, never on the GUI
        thread): `on_done(True)` once the desk holds him, `on_done(False)` when the hub does
        not know him either."""
        def fetch(_session) -> bool:
            sync = _sync()
            link = self.link
            return bool(sync.fetch_patient(link.local_factory, self._open_hub(sync, link), iin))

        self.runner.submit(fetch, on_done, on_failed, channel="sync_fetch")

    def _on_round(self, answer) -> None:
        result, state = answer
        self.running = False
        self.failures, self.failing_since = 0, None
        self.show_state(state)
        self.round_done.emit(result)
        self._next(retry_delay(0))

    def _on_failed(self, exc: BaseException) -> None:
        self.running = False
        self.failures += 1
        now = self.clock()
        self.failing_since = self.failing_since or now
        words = describe_failure(exc)
        if not isinstance(exc, BadInput):
            log.warning("a sync round failed", exc_info=exc)
        self.errors.insert(0, (now, words))
        del self.errors[KEEP_ERRORS:]
        self.round_failed.emit(words)
        self.refresh_state()
        self.render()
        self._next(retry_delay(self.failures))

    def _next(self, seconds: int) -> None:
        if self._again:
            self._again = False
            if self.failures == 0:
                seconds = 0  # something was saved during the round
        self._timer.start(seconds * 1000)

    # ------------------------------------------------------------ the state and its line

    def refresh_state(self) -> None:
        self.runner.submit(lambda s: _sync().state(s), self.show_state, self._state_unknown,
                           channel="sync_state")

    def _state_unknown(self, exc: BaseException) -> None:
        log.warning("the sync state could not be read", exc_info=exc)

    def show_state(self, state) -> None:
        self.state = state
        self.render()
        self.state_changed.emit(state)

    def unreachable_since(self) -> datetime | None:
        """Local time since when the hub fails: as the desk's database recorded it, else as
        this run of the desk saw it."""
        if self.failures == 0:
            return None
        recorded = as_local(getattr(self.state, "unreachable_since", None))
        return recorded or self.failing_since

    def line(self) -> Message:
        state = self.state
        return status_line(last_success_at=as_local(getattr(state, "last_success_at", None)),
                           waiting=int(getattr(state, "waiting", 0) or 0),
                           unreachable_since=self.unreachable_since(), now=self.clock())

    def render(self) -> None:
        lang = translations.current_lang()
        unreachable = self.unreachable_since() is not None
        self.label.setText(self.line().in_lang(lang))
        self.label.setStyleSheet(UNREACHABLE_STYLE if unreachable else "")
        tip = [self.tr("Hub: %1").replace("%1", hub_place(self.link.label))]
        if self.errors:
            tip.append(self.errors[0][1].in_lang(lang))
        conflicts = int(getattr(self.state, "conflicts", 0) or 0)
        if conflicts:
            tip.append(self.tr("Conflicts logged: %1").replace("%1", str(conflicts)))
        tip.append(self.tr("Details: Desk → Sync with the hub (%1)").replace("%1", SHORTCUT_SYNC))
        self.label.setToolTip("\n".join(tip))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.label and event.type() == QEvent.Type.LanguageChange:
            self.render()
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------ the administrator's page

    def load_page(self, on_done: Callable[[SyncPage], None],
                  on_failed: Callable[[BaseException], None] | None = None) -> None:
        def read(session) -> SyncPage:
            from services.merge import pairs_to_offer

            sync = _sync()
            return SyncPage(sync.state(session), list(sync.conflicts(session, limit=200)),
                            pairs_to_offer(session))

        self.runner.submit(read, on_done, on_failed, channel="sync_page")



class HubFetch(QObject):
    """An IIN typed in the search that this desk does not hold: looked up at the hub on the
    rounds' worker (the desk never waits), copied here when the hub knows him, and said in
    the status bar either way. Each IIN is asked once a minute at most."""

    fetched = Signal(str, bool)  # the IIN now held here; whether to open the card
    said = Signal(str)  # the words for the status bar

    AGAIN_AFTER_S = 60

    def __init__(self, controller: SyncController, parent: QObject | None = None):
        super().__init__(parent)
        self.controller = controller
        self.busy: str | None = None
        self._open = False
        self._asked: dict[str, datetime] = {}

    def offer(self, query: str, open_card: bool = False) -> bool:
        """Fetch when `query` is a valid IIN (not asked lately); True when a fetch runs."""
        info = parse_iin((query or "").strip())
        if not info.valid:
            return False
        iin = info.iin
        if self.busy == iin:
            self._open = self._open or open_card
            return True
        now = datetime.now()
        asked = self._asked.get(iin)
        if self.busy is not None or (asked and (now - asked).total_seconds() < self.AGAIN_AFTER_S):
            return False
        self._asked[iin] = now
        self.busy, self._open = iin, open_card
        self.said.emit(self.tr("IIN %1 is not on this computer: asking the hub…").replace("%1", iin))
        self.controller.fetch_patient(iin, lambda found: self._on_done(iin, found),
                                      lambda exc: self._on_failed(iin, exc))
        return True

    def _on_done(self, iin: str, found: bool) -> None:
        self.busy = None
        if found:
            self._asked.pop(iin, None)
            self.said.emit(self.tr("Fetched from the hub"))
            self.fetched.emit(iin, self._open)
        else:
            self.said.emit(self.tr("The hub does not know IIN %1 either — F4 registers a new patient")
                           .replace("%1", iin))

    def _on_failed(self, iin: str, exc: BaseException) -> None:
        self.busy = None
        # asked again soon, not at once: every keystroke does not knock at a silent hub
        self._asked[iin] = datetime.now() - timedelta(seconds=self.AGAIN_AFTER_S - FETCH_RETRY_S)
        if isinstance(exc, BadInput) or connection_lost(exc):
            self.said.emit(self.tr("The hub cannot be reached now: only this computer's records "
                                   "were searched. F4 registers a new patient."))
            return
        log.warning("fetching a patient from the hub failed", exc_info=exc)
        self.said.emit(self.tr("The patient could not be fetched from the hub; see the log."))
