"""CLI that (re)writes examples/<task>/{train,validation,test}.jsonl.

    python -m playground.datagen                     # all five tasks into examples/
    python -m playground.datagen --task domain_qa --out /tmp/examples --seed 7
"""

from __future__ import annotations

import argparse

from playground.datagen import DEFAULT_SEED, TASK_MODULES, write_task
from playground.tasks import EXAMPLES_DIR


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m playground.datagen", description=__doc__.splitlines()[0])
    parser.add_argument("--task", choices=sorted(TASK_MODULES), help="only this task (default: all)")
    parser.add_argument("--out", default=str(EXAMPLES_DIR), help="output folder (default: examples/)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help=f"random seed (default: {DEFAULT_SEED})")
    args = parser.parse_args(argv)
    for name in [args.task] if args.task else list(TASK_MODULES):
        counts = write_task(name, args.out, args.seed)
        print(f"{name}: " + ", ".join(f"{split}={n}" for split, n in counts.items()))


if __name__ == "__main__":
    main()
