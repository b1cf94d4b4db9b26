"""Reading tests/cases/*.json: each file holds cases and the decision fields they must produce."""

from __future__ import annotations

import json
from pathlib import Path

CASES_DIR = Path(__file__).resolve().parent.parent / "cases"
FIELDS = ("funding", "emergency", "referral", "insured", "status_class", "arrears")


def load_cases() -> list[tuple[str, dict]]:
    out = []
    for path in sorted(CASES_DIR.glob("*.json")):
        data = json.loads(path.read_text("utf-8"))
        for item in data["cases"]:
            out.append((f"{path.stem}: {item['name']}", item))
    return out


def check(result: dict, expect: dict) -> list[str]:
    """Differences between a decision (as JSON) and the expected fields."""
    problems = []
    for key in FIELDS:
        if key in expect and result[key] != expect[key]:
            problems.append(f"{key}: expected {expect[key]!r}, got {result[key]!r}")
    ids = [r["id"] for r in result["rules"]]
    if "rule" in expect and (not ids or ids[0] != expect["rule"]):
        problems.append(f"deciding rule: expected {expect['rule']}, got {ids[:1]}")
    for rid in expect.get("rules_include", []):
        if rid not in ids:
            problems.append(f"rule {rid} missing from {ids}")
    for rid in expect.get("rules_exclude", []):
        if rid in ids:
            problems.append(f"rule {rid} should not fire: {ids}")
    return problems


def check_item(item: dict, result) -> list[str]:
    if "expect_all" in item:
        by_service = {d["service"]: d for d in result}
        problems = []
        for service, expect in item["expect_all"].items():
            problems += [f"{service}: {p}" for p in check(by_service[service], expect)]
        return problems
    return check(result, item["expect"])
