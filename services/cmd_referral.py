"""`referral --iin IIN --service CODE [...] --out FILE`: record a referral and write its PDF."""

from domain.messages import BadInput, Message


def add_arguments(p) -> None:
    p.add_argument("--iin", required=True)
    p.add_argument("--service", required=True)
    p.add_argument("--diagnosis", default=None, metavar="ICD")
    p.add_argument("--to", default=None, metavar="ORG")
    p.add_argument("--emergency", action="store_true")
    p.add_argument("--out", required=True, metavar="FILE")


def run(args):
    raise BadInput(Message("Жолдама әлі дайын емес.", "Направления ещё не готовы."))
