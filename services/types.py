"""Value types the desk renders, handed out by the services: the desk imports them from here,
never from db/ (only ui/app.py, the composition root, opens the database)."""

from __future__ import annotations

from db.search import SearchHit
from db.settings import PAPERS, ClinicSettings, Doctor

__all__ = ["PAPERS", "ClinicSettings", "Doctor", "SearchHit"]
