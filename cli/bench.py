"""`bench [--patients N]`: build a database of N synthetic patients and print timings as JSON."""

from __future__ import annotations

from bench.runner import SECTIONS, run_bench


def add_arguments(p) -> None:
    p.add_argument("--patients", type=int, default=1_000_000,
                   help="demo patients in the measured database (default 1,000,000)")
    p.add_argument("--seed", type=int, default=1, help="seed of the demo data (default 1)")
    p.add_argument("--section", action="append", choices=SECTIONS, dest="sections",
                   help="run only this section (may be repeated; default all)")


def run(args) -> dict[str, object]:
    return run_bench(args.patients, args.seed, sections=args.sections or SECTIONS)
