"""`encrypt [--keyring]` and `decrypt`: turn the SQLite database into an encrypted one (SQLCipher)
and back, keeping the file as it was as a backup. The key comes from `TIRKEU_DB_KEY`, else it is
asked for on the terminal (twice, for `encrypt`). `--keyring` keeps it in the operating system's
keyring, where the desk and the commands find it. Prints
`{"database", "encrypted", "kept_aside", "keyring"}`."""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from domain.messages import BadInput, Message

ERR_NO_KEY = Message(
    "Кілт берілмеді: оны TIRKEU_DB_KEY айнымалысына жазыңыз немесе терминалда енгізіңіз. "
    "Дерекқор өзгертілмеді.",
    "Ключ не указан: задайте его в переменной TIRKEU_DB_KEY или введите в терминале. "
    "База данных не изменена.",
)
ERR_KEYS_DIFFER = Message(
    "Енгізілген екі кілт әртүрлі. Дерекқор өзгертілмеді.",
    "Два введённых ключа не совпадают. База данных не изменена.",
)
ERR_NO_KEYRING = Message(
    "Дерекқор шифрланды, бірақ бұл компьютердің кілттер қоймасы кілтті сақтай алмады: "
    "ашқан сайын кілтті енгізіңіз (немесе TIRKEU_DB_KEY).",
    "База данных зашифрована, но хранилище ключей этого компьютера не смогло сохранить ключ: "
    "вводите ключ при каждом открытии (или TIRKEU_DB_KEY).",
)
PROMPT = Message("Дерекқор кілті: ", "Ключ базы данных: ")
PROMPT_AGAIN = Message("Кілтті қайталаңыз: ", "Повторите ключ: ")


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--keyring", action="store_true",
                   help="keep the key in the operating system's keyring (encrypt only)")


def _key(lang: str, confirm: bool) -> str:
    from db.encryption import KEY_ENV

    key = os.environ.get(KEY_ENV)
    if key:
        return key
    if not sys.stdin.isatty():
        raise BadInput(ERR_NO_KEY, field="key")
    key = getpass.getpass(PROMPT.in_lang(lang))
    if not key:
        raise BadInput(ERR_NO_KEY, field="key")
    if confirm and getpass.getpass(PROMPT_AGAIN.in_lang(lang)) != key:
        raise BadInput(ERR_KEYS_DIFFER, field="key")
    return key


def _set_configured(path, encrypted: bool) -> None:
    """Mark this computer's configuration when its database is the one converted."""
    from dataclasses import replace

    from db.desk_config import read_config, write_config
    from db.engine import default_db_path, same_database

    config = read_config()
    if config is None or config.encrypted == encrypted:
        return
    if same_database(config.database or str(default_db_path()), str(path)):
        write_config(replace(config, encrypted=encrypted))


def _database(args: argparse.Namespace):
    from db.backup import ERR_NO_DATABASE, ERR_SERVER_BACKUP, _where
    from db.engine import resolve_url, sqlite_path

    path = sqlite_path(resolve_url(args.db))
    if path is None:
        raise BadInput(ERR_SERVER_BACKUP, field="db")
    if not path.is_file() or path.stat().st_size == 0:
        raise BadInput(ERR_NO_DATABASE.format(where=_where(path)), field="db")
    return path


def run_encrypt(args: argparse.Namespace):
    from db.cipher import encrypt_sqlite
    from db.encryption import store_in_keyring
    from services.errors import Outcome

    path = _database(args)
    key = _key(args.lang, confirm=True)
    kept = encrypt_sqlite(path, key)
    _set_configured(path, True)
    stored = store_in_keyring(path, key) if args.keyring else False
    result = {"database": str(path), "encrypted": True, "kept_aside": str(kept),
              "keyring": stored}
    if args.keyring and not stored:
        return Outcome(result, 1, ERR_NO_KEYRING)
    return result


def run_decrypt(args: argparse.Namespace):
    from db.cipher import decrypt_sqlite
    from db.encryption import key_for, keyring_key

    path = _database(args)
    key = os.environ.get("TIRKEU_DB_KEY") or key_for(path) or keyring_key(path)
    if not key:
        key = _key(args.lang, confirm=False)
    kept = decrypt_sqlite(path, key)
    _set_configured(path, False)
    return {"database": str(path), "encrypted": False, "kept_aside": str(kept), "keyring": False}


def run(args: argparse.Namespace):
    return run_decrypt(args) if args.command == "decrypt" else run_encrypt(args)
