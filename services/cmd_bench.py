"""`bench [--patients N]`: build a database of N synthetic patients and print timings as JSON."""

from domain.messages import BadInput, Message


def add_arguments(p) -> None:
    p.add_argument("--patients", type=int, default=1_000_000)


def run(args):
    raise BadInput(Message("Өлшеу әлі дайын емес.", "Замеры ещё не готовы."))
