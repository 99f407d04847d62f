"""Command line for evaluations: base vs adapters on held-out data, written to results.json.

    python -m playground.eval --task domain_qa --variants base,NAME [--out results.json] \\
        [--data PATH] [--limit N] [--latency-runs 50] [--metrics exact_match,token_f1] \\
        [--base embedded] [--adapters-dir adapters] [--card adapters/NAME]

Prints the markdown table (like the original card's) and the comparison vs base;
``--card`` also writes them into that adapter's README.md between the eval markers.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import MISSING, fields
from pathlib import Path

from .config import QUANTIZATIONS, AppConfig
from .evaluation import CARD_END, CARD_START, EvalConfig, card_section, load_rows, run_eval, update_card
from .generation import RequestError
from .metrics import METRICS

CLI_DEFAULTS = {"latency_runs": 50}  # the original card timed 50 single requests per variant
DEFAULT_OUT = "results.json"
CARD_RESULTS = "eval_results.json"


def _csv_list(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


def make_parser() -> argparse.ArgumentParser:
    """Flags mirror EvalConfig's fields, plus the model and output options."""
    parser = argparse.ArgumentParser(prog="python -m playground.eval",
                                     description="Evaluate the base and adapters on held-out data.")
    for f in fields(EvalConfig):
        flag = "--" + f.name.replace("_", "-")
        default = CLI_DEFAULTS.get(f.name, f.default if f.default is not MISSING else None)
        help_text = f.metadata.get("help", "")
        if f.name == "variants":
            parser.add_argument(flag, type=_csv_list, required=True, help=help_text + " Comma-separated.")
        elif f.name == "metrics":
            parser.add_argument(flag, type=_csv_list, default=None,
                                help=f"{help_text} Comma-separated, from: {', '.join(METRICS)}.")
        elif "int" in str(f.type):
            parser.add_argument(flag, type=int, default=default, help=f"{help_text} (default: {default})")
        else:
            parser.add_argument(flag, default=default, help=help_text)
    model = AppConfig.from_env()  # PLAYGROUND_* variables, as for app.py
    parser.add_argument("--out", default=None,
                        help=f"Where to write the results JSON (default: {DEFAULT_OUT}, or the --card folder's "
                             f"{CARD_RESULTS}).")
    parser.add_argument("--base", default=model.base, help="Base model, as for app.py (default: %(default)s).")
    parser.add_argument("--quantization", choices=QUANTIZATIONS, default=model.quantization)
    parser.add_argument("--adapters-dir", default=model.adapters_dir, help="Folder of adapters to load.")
    parser.add_argument("--adapter", action="append", default=[], help="Extra adapter folder or Hub id.")
    parser.add_argument("--card", default=None,
                        help=f"Adapter folder whose README.md gets the tables between {CARD_START} and {CARD_END}.")
    return parser


def main(argv: list[str] | None = None, engine=None) -> int:
    """Parse, check the data before loading the model, run, write results.json, print the tables.

    ``engine`` lets a caller (tests) reuse a loaded engine instead of building one.
    """
    parser = make_parser()
    args = parser.parse_args(argv)
    config_args = {f.name: getattr(args, f.name) for f in fields(EvalConfig)}
    try:
        config = EvalConfig(**config_args)
        rows = load_rows(config.data_path, config.task_obj, config.limit)
        card = Path(args.card) if args.card else None
        if card is not None and not card.is_dir():
            raise ValueError(f"--card {card}: not an adapter folder.")
        if engine is None:
            from .engine import Engine

            engine = Engine.from_config(AppConfig(base=args.base, quantization=args.quantization,
                                                  adapters_dir=args.adapters_dir, adapter=args.adapter))
        result = run_eval(engine, config, progress=_print_progress, rows=rows)
    except (ValueError, RequestError) as err:  # DataError and RequestError are ValueErrors too
        print(f"error: {err}", file=sys.stderr)
        return 2
    print(file=sys.stderr)
    out = Path(args.out) if args.out else (card / CARD_RESULTS if card is not None else Path(DEFAULT_OUT))
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


if __name__ == "__main__":
    sys.exit(main())
