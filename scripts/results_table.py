"""Rebuild the README's results table from docs/results/<task>.json (test split), <task>-challenge.json (the
hand-written challenge split) and adapters/*/training.json.

    python scripts/results_table.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from playground.features.cards import replace_section  # noqa: E402
from playground.features.tasks import get_task  # noqa: E402


def rows() -> list[str]:
    """One line per adapter: its primary metric on the test split and on the hand-written challenge split
    (docs/results/<task>.json and <task>-challenge.json; "—" where the challenge run is missing)."""
    lines = ["| task | adapter | metric | test: base | adapter | Δ | challenge: base | adapter | Δ | rows (test, "
             "challenge) | training minutes |",
             "|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for path in sorted((ROOT / "docs" / "results").glob("*.json")):
        if path.stem.endswith("-challenge"):
            continue
        result = json.loads(path.read_text(encoding="utf-8"))
        challenge_path = path.with_name(f"{path.stem}-challenge.json")
        challenge = json.loads(challenge_path.read_text(encoding="utf-8")) if challenge_path.is_file() else None
        task = get_task(result["task"])
        metric = task.primary_metric
        for name, report in result["variants"].items():
            if name == "base":
                continue
            training = json.loads((ROOT / "adapters" / name / "training.json").read_text(encoding="utf-8"))
            cells = [task.name, f"`{name}`", metric, *_scores(result, name, metric)]
            cells += _scores(challenge, name, metric) if challenge and name in challenge["variants"] else ["—"] * 3
            cells += [f"{len(result['rows'])}, {len(challenge['rows']) if challenge else '—'}",
                      f"{training['minutes']:.1f}"]
            lines.append("| " + " | ".join(cells) + " |")
    return lines


def _scores(result: dict, name: str, metric: str) -> list[str]:
    base, score = result["variants"]["base"]["metrics"][metric], result["variants"][name]["metrics"][metric]
    return [f"{base:.1f}", f"{score:.1f}", f"{score - base:+.1f}"]


def main() -> None:
    readme = ROOT / "README.md"
    readme.write_text(replace_section(readme.read_text(encoding="utf-8"), "results", "\n".join(rows())),
                      encoding="utf-8")
    print("\n".join(rows()))


if __name__ == "__main__":
    main()
