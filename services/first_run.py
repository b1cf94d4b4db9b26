"""Whether this computer's desk has been set up, read without loading the database layer (the
desk asks before its window appears, and its cold start counts)."""

from __future__ import annotations

from db.desk_config import DeskConfig, needs_setup, read_config

__all__ = ["DeskConfig", "needs_setup", "read_config"]
