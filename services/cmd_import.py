"""`import FILE`: load a registry snapshot (CSV with a header row, or JSON Lines)."""

from domain.messages import BadInput, Message


def add_arguments(p) -> None:
    p.add_argument("file", help="registry snapshot: .csv or .jsonl")


def run(args):
    raise BadInput(Message("Импорт әлі дайын емес.", "Импорт ещё не готов."))
