"""Write the suite's name set: people of Kazakhstan's peoples and the queries of every class.

    python scripts/make_name_set.py [--people N] [--seed S] [--out tests/data/name_set.json]

The people and queries come from `bench.name_classes` (the bench uses the same generator at a
larger count); a test checks that the committed file is what this script writes.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.name_classes import make_people  # noqa: E402

PEOPLE = 360
SEED = 13
OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "name_set.json"


def render(people: int = PEOPLE, seed: int = SEED) -> str:
    rows = [json.dumps(p.as_dict(), ensure_ascii=False) for p in make_people(people, seed)]
    body = ",\n".join(rows)
    return f'{{"seed": {seed}, "people": [\n{body}\n]}}\n'


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--people", type=int, default=PEOPLE)
    p.add_argument("--seed", type=int, default=SEED)
    p.add_argument("--out", type=Path, default=OUT)
    args = p.parse_args()
    args.out.write_text(render(args.people, args.seed), encoding="utf-8")
    print(f"{args.people} people written to {args.out}")


if __name__ == "__main__":
    main()
