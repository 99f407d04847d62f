"""Side-by-side samples for model cards: base vs adapter, greedy, on inputs the data never had.

    python -m playground.train.samples adapters/linkedin-post [adapters/marketing-copy ...]

Each adapter's task gets the hand-written NEW inputs below (field values that appear in no
split of ``examples/``); the outputs replace the card's samples section.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from transformers import HfArgumentParser

from playground.core.config import AppConfig
from playground.core.types import GenerationParams, Row
from playground.features.cards import replace_section
from playground.features.tasks import get_task
from playground.local.engine import LocalEngine
from playground.train.cli import HelpFormatter, parse

NEW_INPUTS: dict[str, list[dict]] = {
    "linkedin_post": [
        {"theme": "Sustainability at Work", "tone": "Optimistic", "audience": "Office Managers",
         "cta": "Tell me one green habit your team adopted"},
        {"theme": "Learning a New Language", "tone": "Grateful", "audience": "Students",
         "cta": "Share the app that helped you most"},
    ],
    "marketing_copy": [
        {"prompt": "Launch of our vegan protein bar", "platform": "twitter/x", "tone": "playful",
         "industry": "health food", "max_length": 30},
        {"prompt": "Our bike repair workshop now opens on Sundays", "platform": "facebook", "tone": "casual",
         "industry": "local services", "max_length": 50},
    ],
    "domain_qa": [
        {"question": "In one sentence, what does churn mean for a subscription business?"},
        {"question": "Pouvez-vous définir le burn rate d'une startup ?"},
    ],
    "prompt_recovery": [
        {"original_text": "Our bakery opens at seven. Fresh bread is ready by eight. We close at noon on Sundays.",
         "rewritten_text": "- Our bakery opens at seven.\n- Fresh bread is ready by eight.\n"
                           "- We close at noon on Sundays."},
        {"original_text": "The museum is free on Mondays. Guided tours start every hour.",
         "rewritten_text": "THE MUSEUM IS FREE ON MONDAYS. GUIDED TOURS START EVERY HOUR."},
        {"original_text": "The elevator in our building is broken again. Use the stairs until Friday. Sorry for the "
                          "trouble.",
         "rewritten_text": "Dear residents,\n\nPlease be advised that the elevator in our building is out of service "
                           "once more. We kindly ask you to use the stairs until Friday.\n\nWe apologise for the "
                           "inconvenience.\n\nBest regards,\nBuilding Management"},
        {"original_text": "The swimming pool closes early today because of a storm warning. Lessons move to Saturday.",
         "rewritten_text": "La piscine ferme plus tôt aujourd'hui en raison d'une alerte à la tempête. Les cours sont "
                           "reportés à samedi."},
    ],
    "elevator_pitch": [
        {"position": "Veterinary Technician", "experience": "a vet assistant at an animal shelter",
         "goals": "to specialise in emergency care for pets", "strengths": "calm under pressure and patience"},
        {"position": "Solar Installer", "experience": "an electrician's apprentice",
         "goals": "to lead residential solar projects", "strengths": "safety focus and problem solving"},
    ],
}


def samples_markdown(engine: LocalEngine, adapter: str) -> str:
    """A markdown block of base vs adapter outputs for the adapter's task's NEW inputs."""
    task = get_task(engine.adapter(adapter).task)
    params = GenerationParams(max_new_tokens=task.max_new_tokens, repetition_penalty=task.repetition_penalty)
    blocks = []
    for fields in NEW_INPUTS[task.name]:
        messages = tuple(task.build_messages(fields))
        base, tuned = engine.generate([Row("base", messages), Row(adapter, messages)], params)
        shown = "; ".join(f"{k}: {v}" for k, v in fields.items()).replace("\n", " / ")
        blocks.append(f"**Input** — {shown}\n\n| base | {adapter} |\n|---|---|\n"
                      f"| {_cell(base.text)} | {_cell(tuned.text)} |")
    return "\n\n".join(blocks)


def _cell(text: str) -> str:
    return text.strip().replace("|", "\\|").replace("\n", "<br>") or "_(empty)_"


@dataclass
class SamplesConfig:
    """The base the samples run on (the adapter folders are positional arguments)."""

    base: str = field(default="embedded", metadata={"help": "Base model: 'embedded', a Hub id or a folder."})


def make_parser() -> HfArgumentParser:
    parser = HfArgumentParser(SamplesConfig, prog="python -m playground.train.samples",
                              description=__doc__.splitlines()[0], formatter_class=HelpFormatter)
    # HfArgumentParser only makes --options from fields; the folders stay positional, as documented above.
    parser.add_argument("adapters", nargs="+", help="Adapter folders whose cards get samples.")
    return parser


def main(argv: list[str] | None = None) -> None:
    config, args = parse(make_parser(), argv)
    folders = [Path(a) for a in args.adapters]
    engine = LocalEngine.from_config(AppConfig(base=config.base, adapters_dir=str(folders[0].parent)))
    for folder in folders:
        card = folder / "README.md"
        card.write_text(replace_section(card.read_text(encoding="utf-8"), "samples",
                                        samples_markdown(engine, folder.name)), encoding="utf-8")
        print(f"samples written to {card}")


if __name__ == "__main__":
    main()
