"""CLI that (re)writes examples/<task>/{train,validation,test}.jsonl.

    python -m playground.train.datagen                     # all five tasks into examples/
    python -m playground.train.datagen --task domain_qa --out /tmp/examples --seed 7
"""

from __future__ import annotations

from dataclasses import dataclass, field

from transformers import HfArgumentParser

from playground.features.tasks import EXAMPLES_DIR
from playground.train.cli import HelpFormatter, parse
from playground.train.datagen import DEFAULT_SEED, TASK_MODULES, write_task


@dataclass
class DatagenConfig:
    """Which tasks to write, where, and from which seed."""

    task: str | None = field(default=None, metadata={"help": "Only this task (all five when omitted).",
                                                      "choices": sorted(TASK_MODULES)})
    out: str = field(default=str(EXAMPLES_DIR), metadata={"help": "Output folder (one subfolder per task)."})
    seed: int = field(default=DEFAULT_SEED, metadata={"help": "Random seed (the committed examples/ use 42)."})

    def __post_init__(self) -> None:
        if self.task is not None and self.task not in TASK_MODULES:
            raise ValueError(f"Unknown task {self.task!r}; valid tasks: {', '.join(TASK_MODULES)}.")

    @property
    def tasks(self) -> list[str]:
        return [self.task] if self.task else list(TASK_MODULES)


def make_parser() -> HfArgumentParser:
    return HfArgumentParser(DatagenConfig, prog="python -m playground.train.datagen",
                            description=__doc__.splitlines()[0], formatter_class=HelpFormatter)


def main(argv: list[str] | None = None) -> None:
    (config,) = parse(make_parser(), argv)
    for name in config.tasks:
        counts = write_task(name, config.out, config.seed)
        print(f"{name}: " + ", ".join(f"{split}={n}" for split, n in counts.items()))


if __name__ == "__main__":
    main()
