"""`demo [--patients N] [--seed S]`: fill a database with realistic synthetic patients."""

from domain.messages import BadInput, Message


def add_arguments(p) -> None:
    p.add_argument("--patients", type=int, default=2000, help="number of patients (default 2000)")
    p.add_argument("--seed", type=int, default=1, help="random seed (default 1)")


def run(args) -> dict:
    raise BadInput(Message("Демо әлі дайын емес.", "Демо ещё не готово."))
