"""Measurements that need a Qt process of their own (run by services/bench_ui.py):

    python -m bench.desk_probe bare                    a bare QMainWindow; prints the marker when shown
    python -m bench.desk_probe keystrokes --db URL     keystroke-to-paint latencies and memory, as JSON
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import time

MARKER_ENV = "TIRKEU_READY_MARKER"


def bare() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1280, 820)
    window.show()

    def ready() -> None:
        print(os.environ.get(MARKER_ENV, "READY"), flush=True)
        app.quit()

    QTimer.singleShot(0, ready)
    return app.exec()


def rss_mb() -> float:
    """Resident memory of this process now (Linux /proc; elsewhere the peak from resource)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(peak / (1024 * 1024 if sys.platform == "darwin" else 1024), 1)


def _words(db_url: str, count: int, seed: int) -> list[str]:
    """What receptionists type: surnames and given names as stored, and IIN prefixes."""
    from bench.sampling import sample_patients
    from db.engine import open_database, session_factory

    engine = open_database(db_url)
    rng = random.Random(seed)
    try:
        with session_factory(engine)() as s:
            rows = sample_patients(s, max(count // 4, 10), seed)
    finally:
        engine.dispose()
    words = []
    for surname, given, iin in rows:
        choice = rng.random()
        if iin and choice < 0.3:
            words.append(iin[: rng.randint(6, 12)])
        elif choice < 0.8:
            words.append(surname[: rng.randint(3, max(3, len(surname)))])
        else:
            words.append(f"{surname[:4]} {given[:3]}")
    return words or ["нурлан", "850515", "ivanov"]


def keystrokes(db_url: str, count: int, seed: int, limit_s: float) -> dict:
    from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from ui.app import build_main_window

    os.environ.pop(MARKER_ENV, None)  # this window stays open; the marker is for start-up runs
    words = _words(db_url, count, seed)
    window = build_main_window(db_url, "kk", login=("admin", "demo"))  # a demo database's account
    app = QApplication.instance()
    window.show()
    state = {"query": None, "shown_at": None, "painted_at": None}

    class PaintWatch(QObject):
        def eventFilter(self, _obj, event) -> bool:
            if event.type() == QEvent.Type.Paint and state["shown_at"] is not None and state["painted_at"] is None:
                state["painted_at"] = time.perf_counter()
                loop.quit()
            return False

    watch = PaintWatch()
    window.resultsView.viewport().installEventFilter(watch)

    def on_shown(query: str) -> None:
        if query == state["query"]:
            state["shown_at"] = time.perf_counter()

    window.results_shown.connect(on_shown)
    loop = QEventLoop()
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(loop.quit)

    def settle(ms: int) -> None:
        t = QTimer()
        t.setSingleShot(True)
        t.timeout.connect(loop.quit)
        t.start(ms)
        loop.exec()

    settle(300)  # the first answers (recent patients, status) arrive
    samples: list[float] = []
    answer: list[float] = []  # key to results in the model (the rest is painting)
    timeouts = 0
    started = time.perf_counter()
    edit = window.searchEdit
    while len(samples) < count and time.perf_counter() - started < limit_s:
        for word in words:
            edit.clear()
            settle(1)
            for ch in word:
                state.update(query=edit.text() + ch, shown_at=None, painted_at=None)
                t0 = time.perf_counter()
                key = ord(ch.upper()) if ch.isascii() and ch.isalnum() else 0
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QApplication.sendEvent(edit, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))
                guard.start(5000)
                if state["painted_at"] is None:
                    loop.exec()
                guard.stop()
                if state["painted_at"] is None:
                    timeouts += 1
                    continue
                samples.append((state["painted_at"] - t0) * 1000)
                answer.append((state["shown_at"] - t0) * 1000)
                if len(samples) >= count:
                    break
            if len(samples) >= count or time.perf_counter() - started >= limit_s:
                break
    memory = rss_mb()
    window.close()
    app.processEvents()
    if not samples:
        return {"keystroke_to_paint": None, "samples": 0, "timeouts": timeouts, "rss_mb": memory}
    return {
        "keystroke_to_paint": _percentiles(samples), "keystroke_to_answer": _percentiles(answer),
        "samples": len(samples), "timeouts": timeouts, "rss_mb": memory,
    }


def _percentiles(values: list[float]) -> dict[str, float]:
    values = sorted(values)
    p95 = values[min(len(values) - 1, int(round(0.95 * (len(values) - 1))))]
    return {"p50": round(statistics.median(values), 2), "p95": round(p95, 2)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench.desk_probe")
    parser.add_argument("mode", choices=("bare", "keystrokes"))
    parser.add_argument("--db")
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--limit-s", type=float, default=240.0)
    args = parser.parse_args(argv)
    if args.mode == "bare":
        return bare()
    print(json.dumps(keystrokes(args.db, args.count, args.seed, args.limit_s)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
