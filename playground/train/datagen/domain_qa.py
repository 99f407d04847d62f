"""Domain Q&A rows: a business/tech question in English or French -> a one-sentence answer.

Questions come from several templates per language over the fact base in
``domain_qa_facts``; answers start with the concept's key phrase followed by its
definition, in one of four frames per language ("X: ...", "X is ...", "X refers to ...",
"X means ..." / "X : ...", "X est ...", "X désigne ...", "X, c'est ..."). French
questions get French answers. A few concepts are test-only. Run through
``python -m playground.train.datagen --task domain_qa``.
"""

from __future__ import annotations

import random
import re

from playground.train.datagen import row, word_count
from playground.train.datagen.domain_qa_facts import FACTS, Fact

SIZES = {"train": 380, "validation": 50, "test": 120}
MIN_WORDS, MAX_WORDS = 5, 25

# Test-only concepts: checks that the answer format transfers to concepts never trained on.
HELD_OUT_TERMS = {"PaaS", "Kanban", "a webhook", "CTR", "a benchmark", "outsourcing", "market share", "latency"}
SHARED = [f for f in FACTS if f.term not in HELD_OUT_TERMS]
HELD_OUT = [f for f in FACTS if f.term in HELD_OUT_TERMS]

EN_QUESTIONS = ["What is {q}?", "Define {bare}.", "Explain {q} in one sentence.",
                "What does the term {bare} mean?", "Can you explain {q}?", "What is meant by {bare}?"]
EN_ACRONYM_QUESTIONS = ["What does {bare} stand for?"]
FR_QUESTIONS = ["Qu'est-ce que {q} ?", "Que signifie le terme {bare} ?", "Définissez {q}.",
                "Expliquez {q} en une phrase.", "C'est quoi {q} ?", "Pouvez-vous expliquer {q} ?"]
FR_ACRONYM_QUESTIONS = ["Que veut dire {bare} ?"]

EN_FRAMES = ["{key}: {d}.", "{key} is {d}.", "{key} refers to {d}.", "{key} means {d}."]
FR_FRAMES = ["{key} : {d}.", "{key} est {d}.", "{key} désigne {d}.", "{key}, c'est {d}."]


def _strip_article(term: str, articles: tuple[str, ...]) -> str:
    for article in articles:
        if term.startswith(article):
            return term[len(article):]
    return term


def _is_acronym(bare: str, key: str) -> bool:
    """True for "MRR", "SaaS", "CI/CD" whose key spells them out: those get "stand for" questions."""
    return " " not in bare and sum(c.isupper() for c in bare) >= 2 and f"({bare})" in key


def english(fact: Fact, rng: random.Random) -> tuple[str, str]:
    """An English (question, answer) pair about ``fact``."""
    bare = _strip_article(fact.term, ("a ", "an ", "the "))
    templates = EN_QUESTIONS + (EN_ACRONYM_QUESTIONS if _is_acronym(bare, fact.en_key) else [])
    question = rng.choice(templates).format(q=fact.term, bare=bare)
    answer = rng.choice(EN_FRAMES).format(key=fact.en_key, d=fact.en_def)
    return question, answer


def french(fact: Fact, rng: random.Random) -> tuple[str, str]:
    """A French (question, answer) pair about ``fact``."""
    bare = _strip_article(fact.fr_q, ("le ", "la ", "l'", "les "))
    templates = FR_QUESTIONS + (FR_ACRONYM_QUESTIONS if _is_acronym(bare, fact.fr_key) else [])
    question = rng.choice(templates).format(q=fact.fr_q, bare=bare)
    # "que" elides before a vowel; only article-less terms can trigger it.
    question = re.sub(r"\bque (?=[aeiouéèAEIOUÉ])", "qu'", question)
    answer = rng.choice(FR_FRAMES).format(key=fact.fr_key, d=fact.fr_def)
    return question, answer


def row_maker():
    """A fresh ``make_row(rng, split)``; train draws concepts from a shuffled deck so that
    every shared concept is trained on (plain random draws would miss a few)."""
    deck: list[Fact] = []

    def make_row(rng: random.Random, split: str) -> dict:
        if split == "train":
            if not deck:
                deck.extend(rng.sample(SHARED, len(SHARED)))
            fact = deck.pop()
        else:
            fact = rng.choice(HELD_OUT if split == "test" and rng.random() < 0.2 else SHARED)
        question, answer = (french if rng.random() < 0.5 else english)(fact, rng)
        if not MIN_WORDS <= word_count(answer) <= MAX_WORDS:
            raise ValueError(f"Answer about {fact.term!r} has {word_count(answer)} words: {answer}")
        return row({"question": question}, answer)

    return make_row
