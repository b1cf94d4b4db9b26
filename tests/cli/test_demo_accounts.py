"""`demo` gives the database one account per role and says which."""

from __future__ import annotations

import sqlite3

from tests.helpers import run_cli


def test_demo_prints_its_accounts_and_each_signs_in_with_its_role(tmp_path):
    path = tmp_path / "demo.sqlite"
    result = run_cli("demo", "--patients", "20", "--db", str(path))
    assert result.code == 0, result.stderr
    assert result.json["accounts"] == [
        {"login": "reception", "role": "receptionist", "password": "demo"},
        {"login": "doctor", "role": "doctor", "password": "demo"},
        {"login": "admin", "role": "administrator", "password": "demo"},
    ]
    con = sqlite3.connect(path)
    try:
        hashes = dict(con.execute("SELECT login, password_hash FROM users"))
    finally:
        con.close()
    assert all(h.startswith("$argon2id$") and "demo" not in h.split("$")[-1] for h in hashes.values())

    from db.engine import open_database, session_factory
    from services import accounts

    engine = open_database(f"sqlite:///{path}")
    try:
        for account in result.json["accounts"]:
            with session_factory(engine)() as s:
                actor = accounts.authenticate(s, account["login"], account["password"])
                s.commit()
            assert actor.role == account["role"] and actor.signed_in
    finally:
        engine.dispose()
