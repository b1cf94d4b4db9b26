"""Helpers shared by tests: run the command line as a user would."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class CliResult:
    code: int
    stdout: str
    stderr: str

    @property
    def json(self):
        return json.loads(self.stdout)


def run_cli(*args: str, stdin: str | None = None, env: dict | None = None, timeout: float = 300) -> CliResult:
    """`python main.py ARGS` in a subprocess with the test's isolated environment."""
    full_env = dict(os.environ)
    full_env.update(env or {})
    proc = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        input=stdin, capture_output=True, text=True, encoding="utf-8", env=full_env, cwd=ROOT,
        timeout=timeout,
    )
    return CliResult(proc.returncode, proc.stdout, proc.stderr)


@contextmanager
def mounted_tmpfs(folder: Path, size: str):
    """A small real filesystem at `folder` (root only; the test is skipped where mounting is
    not permitted): a full disk or a read-only folder made for real."""
    import pytest

    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("mounting a small filesystem needs root")
    folder.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"mount not permitted here: {done.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def remount_read_only(folder: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)


def db_dump(path: Path | str) -> dict[str, list[tuple]]:
    """Every row of every table of a SQLite file, sorted (read after the command process has
    exited): two dumps are equal only when nothing at all was written."""
    import sqlite3

    path = str(path).removeprefix("sqlite:///")
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name")]
        out = {}
        for table in tables:
            try:
                rows = con.execute(f'SELECT * FROM "{table}"').fetchall()
            except sqlite3.OperationalError:  # a virtual table whose module is not loaded here
                continue
            out[table] = sorted(rows, key=repr)
        return out
    finally:
        con.close()


def referral_numbers(path: Path | str) -> list[str]:
    import sqlite3

    path = str(path).removeprefix("sqlite:///")
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [r[0] for r in con.execute("SELECT number FROM referrals ORDER BY number")]
    finally:
        con.close()


def actor(login: str, role: str = "administrator", *, drop: tuple[str, ...] = (),
          permissions: frozenset[str] | None = None):
    """A signed-in desk account acting in a session: `role`'s default permissions (or
    `permissions`) without those in `drop`."""
    from domain.access import DEFAULT_GRANTS, Actor

    granted = DEFAULT_GRANTS[role] if permissions is None else permissions
    return Actor(login=login, full_name=login, role=role, permissions=frozenset(granted) - set(drop),
                 signed_in=True)


def acting(session, who):
    """`session` acting as `who` (an Actor, or a login with every permission), as the desk's
    sessions carry the signed-in person."""
    session.info["actor"] = actor(who) if isinstance(who, str) else who
    return session
