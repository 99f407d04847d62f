"""Rebuild the README's results table from docs/results/<task>.json and adapters/*/training.json.

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
    lines = ["| task | adapter | metric | base | adapter | Δ | test rows | training minutes |",
             "|---|---|---|---:|---:|---:|---:|---:|"]
    for path in sorted((ROOT / "docs" / "results").glob("*.json")):
        result = json.loads(path.read_text(encoding="utf-8"))
        task = get_task(result["task"])
        metric = task.primary_metric
        base = result["variants"]["base"]["metrics"][metric]
        for name, report in result["variants"].items():
            if name == "base":
                continue
            training = json.loads((ROOT / "adapters" / name / "training.json").read_text(encoding="utf-8"))
            score = report["metrics"][metric]
            lines.append(f"| {task.name} | `{name}` | {metric} | {base:.1f} | {score:.1f} | {score - base:+.1f} "
                         f"| {len(result['rows'])} | {training['minutes']:.1f} |")
    return lines


def main() -> None:
    readme = ROOT / "README.md"
    readme.write_text(replace_section(readme.read_text(encoding="utf-8"), "results", "\n".join(rows())),
                      encoding="utf-8")
    print("\n".join(rows()))


if __name__ == "__main__":
    main()
