"""Use cases that combine the rulebook (domain), storage (db) and slips (reports): the headless
commands and the desk call these. No Qt here."""
