"""Helpers shared by tests: run the command line as a user would."""

from __future__ import annotations

import json
import os
import subprocess
import sys
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
