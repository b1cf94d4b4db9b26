"""`evaluate FILE|-`: decide services for one case or a list of cases (ARCHITECTURE.md)."""

from domain.messages import BadInput, Message


def add_arguments(p) -> None:
    p.add_argument("file", help="JSON file with a case or a list of cases; - reads stdin")


def run(args):
    raise BadInput(Message("Ережелер әлі дайын емес.", "Правила ещё не готовы."))
