"""A STAND-IN for the sync's use cases (`services.sync`: `state`, `run_round`, `conflicts`), for
the GUI tests of the desk's sync line and page ONLY.

What these tests check is the desk's side — the line's words in each state, the pause between
tries, a round soon after a save, the page listing conflicts — through real widgets on a real
SQLite database; the rounds' own behaviour (push, pull, conflicts, on a real hub) is tested
with the sync itself. The stand-in answers with the state its `World` says, under the real
module's names, and counts the rounds the desk asks for. The database is not mocked: the
desk's sessions are real and each call gets one.
"""

from __future__ import annotations

import sys
import threading
import types
from dataclasses import dataclass, field
from datetime import UTC, datetime

from domain.messages import BadInput, Message

UNREACHABLE = Message("Хабқа қосылу мүмкін емес.", "Не удаётся подключиться к хабу.")


def utc_now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


@dataclass(frozen=True, slots=True)
class SyncState:
    hub: str | None
    last_success_at: datetime | None
    waiting: int
    unreachable_since: datetime | None
    last_error: Message | None
    conflicts: int


@dataclass(frozen=True, slots=True)
class RoundResult:
    pushed: int
    pulled: int
    conflicts: int


@dataclass(frozen=True, slots=True)
class ConflictLine:
    at: datetime
    table: str
    row_uuid: str
    field: str
    kept: object
    lost: object
    kept_site: str | None
    lost_site: str | None


@dataclass
class World:
    """What the stand-in answers. Times are the database's: UTC."""

    last_success_at: datetime | None = None
    waiting: int = 0
    unreachable_since: datetime | None = None
    last_error: Message | None = None
    conflicts: list = field(default_factory=list)
    hub_down: bool = False
    rounds: int = 0  # rounds asked for
    round_args: list = field(default_factory=list)
    sessions: int = 0  # real sessions the desk handed to `state` and `conflicts`
    lock: threading.Lock = field(default_factory=threading.Lock)

    def state(self, session) -> SyncState:
        assert session.get_bind() is not None  # a real session on the desk's database
        with self.lock:
            self.sessions += 1
            return SyncState("postgresql+psycopg://sync:***@hub.example/tirkeu", self.last_success_at,
                             self.waiting, self.unreachable_since, self.last_error, len(self.conflicts))

    def run_round(self, local_factory, hub_factory, *, desk_id, site, clinic, page=500) -> RoundResult:
        with self.lock:
            self.rounds += 1
            self.round_args.append({"desk_id": desk_id, "site": site, "clinic": clinic,
                                    "hub": hub_factory is not None, "local": local_factory is not None})
            if self.hub_down:
                self.unreachable_since = self.unreachable_since or utc_now()
                self.last_error = UNREACHABLE
                raise BadInput(UNREACHABLE, field="hub")
            pushed, self.waiting = self.waiting, 0
            self.last_success_at, self.unreachable_since, self.last_error = utc_now(), None, None
            return RoundResult(pushed, 0, 0)

    def conflicts_of(self, session, limit: int = 200) -> list:
        assert session.get_bind() is not None
        return list(self.conflicts[:limit])


def install(monkeypatch) -> World:
    """Put the stand-in where the desk imports `services.sync` from; returns its world."""
    world = World()
    module = types.ModuleType("services.sync")
    module.__doc__ = "stand-in (tests/ui/sync_standin.py)"
    module.SyncState, module.RoundResult, module.ConflictLine = SyncState, RoundResult, ConflictLine
    module.state = world.state
    module.run_round = world.run_round
    module.conflicts = world.conflicts_of
    monkeypatch.setitem(sys.modules, "services.sync", module)
    return world
