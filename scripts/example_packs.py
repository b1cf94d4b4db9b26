"""Build the example rule pack files of docs/examples from the shipped pack and a patch:

    python scripts/example_packs.py            # rebuild docs/examples/rulepack-*.zip
    python scripts/example_packs.py --check    # exit 1 when a pack file is not what it builds to

A patch (`rulepack-NAME.patch.json`) gives the pack's `version` and, per file, entries to
`replace` (by id, the whole entry) and entries to `insert_after` an id. A test rebuilds every
example, so an example cannot drift from the shipped pack it is made from.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from domain.rulepack import load_rule_pack_from, read_pack_file, shipped_files, write_pack_file  # noqa: E402

EXAMPLES = ROOT / "docs" / "examples"


def _entries(data: dict) -> list:
    lists = [v for v in data.values() if isinstance(v, list)]
    if len(lists) != 1:
        raise ValueError("a patched file must hold one list of entries")
    return lists[0]


def build_files(patch: dict) -> dict[str, bytes]:
    files = shipped_files()
    head = json.loads(files["pack.json"])
    head["version"] = patch["version"]
    files["pack.json"] = json.dumps(head, ensure_ascii=False, indent=1).encode()
    touched = set(patch.get("replace", {})) | set(patch.get("insert_after", {}))
    for name in sorted(touched):
        data = json.loads(files[name])
        entries = _entries(data)
        for rid, entry in patch.get("replace", {}).get(name, {}).items():
            at = next(i for i, e in enumerate(entries) if e.get("id") == rid)
            entries[at] = entry
        for rid, new in patch.get("insert_after", {}).get(name, {}).items():
            at = next(i for i, e in enumerate(entries) if e.get("id") == rid)
            entries[at + 1:at + 1] = new
        files[name] = json.dumps(data, ensure_ascii=False, indent=1).encode()
    load_rule_pack_from(files)  # refused here, not at a clinic
    return files


def examples() -> list[tuple[Path, Path]]:
    return [(p, p.with_name(p.name.replace(".patch.json", ".zip")))
            for p in sorted(EXAMPLES.glob("rulepack-*.patch.json"))]


def main(argv: list[str]) -> int:
    stale = []
    for patch_path, zip_path in examples():
        files = build_files(json.loads(patch_path.read_text("utf-8")))
        if "--check" in argv:
            if not zip_path.exists() or read_pack_file(zip_path.read_bytes()) != files:
                stale.append(zip_path.name)
        else:
            zip_path.write_bytes(write_pack_file(files))
            print(zip_path.relative_to(ROOT))
    if stale:
        print("not what its patch builds to: " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
