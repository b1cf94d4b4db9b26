"""`search QUERY [--limit N]`: patients matching an IIN, IIN prefix or a name."""

from domain.messages import BadInput, Message


def add_arguments(p) -> None:
    p.add_argument("query", help="IIN, IIN prefix, or name in any script (a birth date or year narrows)")
    p.add_argument("--limit", type=int, default=20, help="at most this many results (default 20)")


def run(args):
    raise BadInput(Message("Іздеу әлі дайын емес.", "Поиск ещё не готов."))
