"""Command line for evaluations: base vs adapters on held-out data, written to results.json.

    python -m playground.eval --task domain_qa --variants base,NAME [--out results.json] \\
        [--data PATH] [--limit N] [--latency-runs 50] [--metrics exact_match,token_f1] \\
        [--base embedded] [--adapters-dir adapters] [--card adapters/NAME]

Prints the markdown table (like the original card's) and the comparison vs base;
``--card`` also writes them into that adapter's README.md between the eval markers.
The flags are :class:`~playground.eval.config.EvalConfig`'s fields and :class:`RunOptions`', parsed by
``transformers.HfArgumentParser``; ``--variants`` and ``--metrics`` take comma-separated lists. The model
is loaded (and torch imported) only once the data file has been read without error.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from playground.core.config import QUANTIZATIONS, AppConfig
from playground.core.limits import Limits
from playground.core.types import RequestError
from playground.eval.card import CARD_END, CARD_START, card_section, update_card
from playground.eval.config import EvalConfig
from playground.eval.data import load_rows
from playground.eval.runner import run_eval

if TYPE_CHECKING:
    from transformers import HfArgumentParser

CLI_DEFAULTS = {"latency_runs": 50}  # the original card timed 50 single requests per variant
COMMA_LISTS = ("variants", "metrics")
DEFAULT_OUT = "results.json"
CARD_RESULTS = "eval_results.json"


@dataclass
class RunOptions:
    """Where the results go, and which model and adapters the run loads."""

    out: str | None = field(default=None, metadata={
        "help": f"Where to write the results JSON; none given: {DEFAULT_OUT}, or the --card folder's {CARD_RESULTS}."})
    # the defaults are the app's (AppConfig), with its PLAYGROUND_* variables applied by make_parser
    base: str = field(default=AppConfig.base, metadata={"help": "Base model, as for app.py."})
    quantization: str = field(default=AppConfig.quantization, metadata={
        "help": "How the base is loaded.", "choices": QUANTIZATIONS})
    adapters_dir: str = field(default=AppConfig.adapters_dir, metadata={"help": "Folder of adapters to load."})
    adapter: list[str] = field(default_factory=list, metadata={
        "help": "Extra adapter folder or Hub id (repeatable).", "action": "extend"})
    card: str | None = field(default=None, metadata={
        "help": f"Adapter folder whose README.md gets the tables between {CARD_START} and {CARD_END}."})


def make_parser(app: AppConfig | None = None) -> HfArgumentParser:
    """Flags for EvalConfig's fields, then the output and model options (defaults: ``app``'s, as for app.py)."""
    from transformers import HfArgumentParser  # here, as in core/config.py: transformers probes for torch

    app = app or AppConfig.from_env()
    parser = HfArgumentParser((EvalConfig, RunOptions), prog="python -m playground.eval",
                              description="Evaluate the base and adapters on held-out data.")
    parser.set_defaults(**CLI_DEFAULTS, base=app.base, quantization=app.quantization, adapters_dir=app.adapters_dir)
    return parser


def parse(parser: HfArgumentParser, argv: list[str] | None = None) -> tuple[EvalConfig, RunOptions]:
    """The config and options of a command line; ValueError (a RequestError) for a config that is not valid."""
    values = vars(parser.parse_args(argv))
    for name in COMMA_LISTS:  # "--variants base,qa-r8" (and "--variants base qa-r8")
        if values[name] is not None:
            values[name] = [part.strip() for item in values[name] for part in item.split(",") if part.strip()]
    config, options = parser.parse_dict(values)
    return config, options


def build_engine(options: RunOptions, limits: Limits):
    """The local torch engine for the options, with ``limits``; imported here, so that importing this module
    needs no torch."""
    from playground.local.engine import LocalEngine

    config = AppConfig(base=options.base, quantization=options.quantization, adapters_dir=options.adapters_dir,
                       adapter=options.adapter)
    config.limits = limits
    return LocalEngine.from_config(config)


def main(argv: list[str] | None = None, engine=None) -> int:
    """Parse, check the data before loading the model, run, write results.json, print the tables.

    ``engine`` lets a caller (tests) reuse a loaded engine instead of building one; its limits apply.
    Without one, the limits are the app's (``AppConfig.from_env().limits``: PLAYGROUND_* variables).
    """
    app = AppConfig.from_env()
    parser = make_parser(app)
    try:
        config, options = parse(parser, argv)
        limits = engine.limits if engine is not None else app.limits
        rows = load_rows(config.check(limits).data_path, config.task_obj, config.limit, limits=limits)
        card = Path(options.card) if options.card else None
        if card is not None and not card.is_dir():
            raise ValueError(f"--card {card}: not an adapter folder.")
        if engine is None:
            engine = build_engine(options, limits)
        result = run_eval(engine, config, progress=_print_progress, rows=rows)
    except (ValueError, RequestError) as err:  # DataError and RequestError are ValueErrors too
        print(f"error: {err}", file=sys.stderr)
        return 2
    print(file=sys.stderr)
    out = Path(options.out) if options.out else (card / CARD_RESULTS if card is not None else Path(DEFAULT_OUT))
    result.save(out)
    print(result.markdown_table())
    if result.comparisons:
        print()
        print(result.comparison_table())
    print()
    print(result.summary())
    print(f"Wrote {out}")
    if card is not None:
        update_card(card / "README.md", card_section(result))
        print(f"Updated {card / 'README.md'}")
    return 0


def _print_progress(done: int, total: int) -> None:
    print(f"\r{done}/{total} generations", end="", file=sys.stderr, flush=True)
