"""`iin IIN`: check and decode an IIN. An invalid number is a result (exit 0), not an error."""

from domain.iin import parse_iin


def add_arguments(p) -> None:
    p.add_argument("iin", help="12-digit IIN")


def run(args) -> dict:
    return parse_iin(args.iin).as_json()
