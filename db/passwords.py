"""How account passwords are stored: only as Argon2 hashes (argon2-cffi's PasswordHasher).

A first administrator written by an older setup is kept with a scrypt hash (`pending_admin`);
`verify_legacy_scrypt` checks such a password once, after which the account gets an Argon2 hash.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from functools import lru_cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

MIN_PASSWORD = 8
# Argon2id with 19 MiB of memory, two passes, one lane: a sign-in stays well under half a second
# on a busy two-core desk computer while every guess still costs an attacker the same memory.
TIME_COST, MEMORY_KIB, LANES = 2, 19 * 1024, 1


@lru_cache(maxsize=1)
def _hasher() -> PasswordHasher:
    return PasswordHasher(time_cost=TIME_COST, memory_cost=MEMORY_KIB, parallelism=LANES)


def hash_password(password: str) -> str:
    return _hasher().hash(password)


def verify_password(stored: str | None, password: str) -> bool:
    """Whether `password` matches the stored hash (False for no hash or a damaged one)."""
    if not stored:
        return False
    try:
        return _hasher().verify(stored, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(stored: str) -> bool:
    """A hash made with weaker parameters than today's, to be made again at the next sign-in."""
    try:
        return _hasher().check_needs_rehash(stored)
    except (InvalidHashError, ValueError):
        return True


@lru_cache(maxsize=1)
def _dummy_hash() -> str:
    return hash_password("not a password of anyone")


def dummy_verify(password: str) -> None:
    """The work of one verification for a login that does not exist: the time a refusal takes
    does not tell which logins do."""
    verify_password(_dummy_hash(), password)


def verify_legacy_scrypt(stored: dict, password: str) -> bool:
    """A password against a scrypt hash kept by an older setup ({scheme, n, r, p, salt, hash})."""
    try:
        if stored.get("scheme") != "scrypt":
            return False
        salt = base64.b64decode(stored["salt"])
        expected = base64.b64decode(stored["hash"])
        digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=int(stored["n"]),
                                r=int(stored["r"]), p=int(stored["p"]), dklen=len(expected))
    except (KeyError, TypeError, ValueError, AttributeError):
        return False
    return hmac.compare_digest(digest, expected)
