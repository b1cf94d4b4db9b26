"""Background work with answers on the GUI thread.

`TaskRunner.submit(fn, on_done, on_failed, channel=...)` runs ``fn(session)`` on a worker thread
with its own database session (one transaction: committed when ``fn`` returns, rolled back when it
raises) and calls ``on_done(result)`` or ``on_failed(exc)`` back on the GUI thread. Tasks on the
same channel are numbered; an answer that is no longer the newest on its channel is dropped, and a
queued task that is already stale does not even run (typing fast costs nothing).

A failure that means the database server cannot be reached is announced once through
`connection_lost` (the desk shows a state and retries); it reaches a task's own `on_failed`, but
never the default handler: an unreachable server is not an error dialog per keystroke.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable
from dataclasses import dataclass
from itertools import count
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal, Slot

from services.errors import connection_lost

log = logging.getLogger(__name__)


class _GuiThreadCollector(QObject):
    """Python frees reference cycles on whichever thread happens to allocate the object that
    crosses the threshold: with work on worker threads, a cycle holding a Qt object (a closed
    dialog or window with its timers) could be freed on a worker, which Qt does not survive
    ("Timers cannot be stopped from another thread", then a crash). So in the desk the automatic
    collection is off and this timer on the GUI thread collects instead, by the same
    thresholds."""

    INTERVAL_MS = 500

    def __init__(self, parent: QObject):
        super().__init__(parent)
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(self.INTERVAL_MS)
        self._timer.timeout.connect(self.collect)
        self._timer.start()

    @Slot()
    def collect(self) -> None:
        counts, thresholds = gc.get_count(), gc.get_threshold()
        generation = -1
        for gen in range(3):
            if counts[gen] > thresholds[gen]:
                generation = gen
        if generation >= 0:
            gc.collect(generation)


def collect_on_the_gui_thread() -> None:
    """Once per process, after the QApplication exists: collect cycles only on its thread."""
    app = QCoreApplication.instance()
    if app is not None and app.findChild(_GuiThreadCollector) is None:
        _GuiThreadCollector(app)


@dataclass(slots=True)
class _Pending:
    on_done: Callable[[Any], None] | None
    on_failed: Callable[[BaseException], None] | None
    channel: str | None
    seq: int


@dataclass(slots=True)
class _Answer:
    task_id: int
    ok: bool
    result: Any


class _Relay(QObject):
    """Lives on the GUI thread; signals emitted from workers are queued to it. The answer
    travels as one Python object (never a bare None, which PySide mis-counts across threads)."""

    finished = Signal(object)


class _Job(QRunnable):
    def __init__(self, runner: TaskRunner, task_id: int, fn: Callable[[Any], Any]):
        super().__init__()
        self._runner = runner
        self._task_id = task_id
        self._fn = fn

    def run(self) -> None:
        if self._runner.is_stale(self._task_id):
            self._runner.relay.finished.emit(_Answer(self._task_id, False, None))
            return
        try:
            with self._runner.session_factory.begin() as session:
                result = self._fn(session)
            ok = True
        except BaseException as exc:  # noqa: BLE001 - delivered to the GUI thread, never lost
            result, ok = exc, False
        self._runner.relay.finished.emit(_Answer(self._task_id, ok, result))


class TaskRunner(QObject):
    """Runs database work off the GUI thread."""

    connection_lost = Signal(object)  # the exception: the server is unreachable

    def __init__(self, session_factory, parent: QObject | None = None, threads: int = 2):
        super().__init__(parent)
        self.session_factory = session_factory
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(threads)
        self.relay = _Relay(self)
        self.relay.finished.connect(self._on_finished)
        collect_on_the_gui_thread()
        self._ids = count(1)
        self._pending: dict[int, _Pending] = {}
        self._jobs: dict[int, _Job] = {}
        self._waiting: list[_Job] = []
        self._latest: dict[str, int] = {}
        self._channel_seq: dict[str, int] = {}
        self.default_failure: Callable[[BaseException], None] | None = None

    def submit(self, fn: Callable[[Any], Any], on_done: Callable[[Any], None] | None = None,
               on_failed: Callable[[BaseException], None] | None = None,
               channel: str | None = None) -> int:
        task_id = next(self._ids)
        seq = 0
        if channel is not None:
            seq = self._channel_seq.get(channel, 0) + 1
            self._channel_seq[channel] = seq
            self._latest[channel] = task_id
        self._pending[task_id] = _Pending(on_done, on_failed, channel, seq)
        job = _Job(self, task_id, fn)
        job.setAutoDelete(False)  # Python owns the job until its answer is back
        self._jobs[task_id] = job
        if self.session_factory is None:
            self._waiting.append(job)  # the database is still opening
        else:
            self.pool.start(job)
        return task_id

    def attach(self, session_factory) -> None:
        """The database is open: run what was asked meanwhile (stale work skips itself)."""
        self.session_factory = session_factory
        waiting, self._waiting = self._waiting, []
        for job in waiting:
            self.pool.start(job)

    def is_stale(self, task_id: int) -> bool:
        pending = self._pending.get(task_id)
        if pending is None:
            return True
        return pending.channel is not None and self._latest.get(pending.channel) != task_id

    def busy(self) -> bool:
        return bool(self._pending)

    def wait(self, msecs: int = 30_000) -> bool:
        return self.pool.waitForDone(msecs)

    @Slot(object)
    def _on_finished(self, answer: _Answer) -> None:
        task_id, ok, result = answer.task_id, answer.ok, answer.result
        self._jobs.pop(task_id, None)
        stale = self.is_stale(task_id)
        pending = self._pending.pop(task_id, None)
        if pending is None:
            return
        lost = not ok and result is not None and connection_lost(result)
        if lost:
            self.connection_lost.emit(result)
        if not ok and result is not None and not stale:
            if lost and pending.on_failed is None:
                return  # the desk's connection state says it, once
            handler = pending.on_failed or self.default_failure
            if handler is None:
                log.error("background task failed", exc_info=result)
                raise result  # reaches sys.excepthook: the crash dialog
            handler(result)
            return
        if stale:
            if not ok and result is not None:
                # Nobody waits for this answer any more, but a failure is still worth a line.
                log.warning("a superseded task on channel %s failed", pending.channel, exc_info=result)
            return
        if ok and pending.on_done is not None:
            pending.on_done(result)
