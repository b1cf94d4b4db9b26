"""`search QUERY [--limit N]`: patients matching an IIN, IIN prefix or a name."""

from __future__ import annotations

from db.engine import open_database, session_factory
from db.search import search_patients
from domain.messages import BadInput, Message
from domain.names import check_query

ERR_LIMIT = Message("--limit 1 мен 1000 аралығында болуы керек.",
                    "--limit должен быть от 1 до 1000.")
ERR_EMPTY = Message("Іздеу сөзі бос.", "Пустой поисковый запрос.")


def add_arguments(p) -> None:
    p.add_argument("query", help="IIN, IIN prefix, or name in any script (a birth date or year narrows); "
                   "control characters and query syntax such as \" * ^ : ( ) { } are refused")
    p.add_argument("--limit", type=int, default=20, help="at most this many results (default 20)")


def run(args) -> list[dict[str, object]]:
    if not 1 <= args.limit <= 1000:
        raise BadInput(ERR_LIMIT, field="limit")
    check_query(args.query)  # before the empty check: a lone newline is a control character
    if not args.query.strip():
        raise BadInput(ERR_EMPTY, field="query")
    # Searching never creates a database: a wrong path is an error, not an empty result.
    # Nor reads a large file through for damage at every search (the desk and imports do).
    engine = open_database(args.db, create=False, full_check=False)
    try:
        with session_factory(engine)() as session:
            return [hit.as_json() for hit in search_patients(session, args.query, args.limit)]
    finally:
        engine.dispose()
