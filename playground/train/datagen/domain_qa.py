"""Domain Q&A rows: a business/tech question in English or French -> a one-sentence answer.

Questions come from several templates per language over the fact base in
``domain_qa_facts`` and ``domain_qa_more`` (398 concepts), bare or after a line of context
("Someone on my team mentioned ..."); answers start with the concept's key phrase followed by its
definition, in one of four frames per language ("X: ...", "X is ...", "X refers to ...",
"X means ..." / "X : ...", "X est ...", "X désigne ...", "X, c'est ..."). French
questions get French answers. Train asks about every concept once in each language;
a few concepts are test-only. Run through
``python -m playground.train.datagen --task domain_qa``.
"""

from __future__ import annotations

import random
import re

from playground.train.datagen import row, word_count
from playground.train.datagen.domain_qa_facts import FACTS, Fact
from playground.train.datagen.domain_qa_more import MORE_FACTS

ALL_FACTS = FACTS + MORE_FACTS
MIN_WORDS, MAX_WORDS = 5, 25

# Test-only concepts: checks that the answer format transfers to concepts never trained on.
HELD_OUT_TERMS = {"PaaS", "Kanban", "a webhook", "CTR", "a benchmark", "outsourcing", "market share", "latency"}
SHARED = [f for f in ALL_FACTS if f.term not in HELD_OUT_TERMS]
HELD_OUT = [f for f in ALL_FACTS if f.term in HELD_OUT_TERMS]
SIZES = {"train": 2 * len(SHARED), "validation": 60, "test": 120}

EN_QUESTIONS = ["What is {q}?", "Define {bare}.", "Explain {q} in one sentence.",
                "What does the term {bare} mean?", "Can you explain {q}?", "What is meant by {bare}?",
                "What's {q}, in simple terms?", "Could you define {bare} for me?", "Meaning of {bare}?",
                "Quick question: what is {q}?", "How would you describe {q}?"]
EN_ACRONYM_QUESTIONS = ["What does {bare} stand for?", "What is {bare} short for?"]
EN_CONTEXT = ["Someone on my team mentioned {bare} today.", "I came across {bare} in a report.",
              "I'm new to business jargon.", "My manager keeps saying {bare}.",
              "I saw {bare} in a job description.", "A client asked me about {bare}."]
FR_QUESTIONS = ["Qu'est-ce que {q} ?", "Que signifie le terme {bare} ?", "Définissez {q}.",
                "Expliquez {q} en une phrase.", "C'est quoi {q} ?", "Pouvez-vous expliquer {q} ?",
                "Que faut-il entendre par {bare} ?", "Définition de {bare} ?", "Pourriez-vous me définir {q} ?",
                "Comment décririez-vous {q} ?"]
FR_ACRONYM_QUESTIONS = ["Que veut dire {bare} ?", "À quoi correspond le sigle {bare} ?"]
FR_CONTEXT = ["Un collègue a parlé de {bare} en réunion.", "J'ai lu le mot {bare} dans un rapport.",
              "Je débute dans le monde de l'entreprise.", "Mon responsable parle souvent de {bare}.",
              "J'ai vu {bare} dans une offre d'emploi.", "Un client m'a posé une question sur {q}."]
P_CONTEXT = 0.35  # share of questions that come after a line of context

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
    if rng.random() < P_CONTEXT:
        question = f"{rng.choice(EN_CONTEXT).format(bare=bare)} {question}"
    answer = rng.choice(EN_FRAMES).format(key=fact.en_key, d=fact.en_def)
    return question, answer


def french(fact: Fact, rng: random.Random) -> tuple[str, str]:
    """A French (question, answer) pair about ``fact``."""
    bare = _strip_article(fact.fr_q, ("le ", "la ", "l'", "les "))
    templates = FR_QUESTIONS + (FR_ACRONYM_QUESTIONS if _is_acronym(bare, fact.fr_key) else [])
    question = rng.choice(templates).format(q=fact.fr_q, bare=bare)
    if rng.random() < P_CONTEXT:
        question = f"{rng.choice(FR_CONTEXT).format(q=fact.fr_q, bare=bare)} {question}"
    # "que" and "de" elide before a vowel; only article-less terms can trigger it.
    question = re.sub(r"\b([qQ]u|[dD])e (?=[aeiouéèAEIOUÉ])", r"\1'", question)
    answer = rng.choice(FR_FRAMES).format(key=fact.fr_key, d=fact.fr_def)
    return question, answer


def row_maker():
    """A fresh ``make_row(rng, split)``; train draws (concept, language) pairs from a shuffled
    deck so that every shared concept is trained on in both languages."""
    deck: list[tuple[Fact, object]] = []

    def make_row(rng: random.Random, split: str) -> dict:
        if split == "train":
            if not deck:
                deck.extend(rng.sample([(f, lang) for f in SHARED for lang in (english, french)], 2 * len(SHARED)))
            fact, language = deck.pop()
        else:
            fact = rng.choice(HELD_OUT if split == "test" and rng.random() < 0.2 else SHARED)
            language = french if rng.random() < 0.5 else english
        question, answer = language(fact, rng)
        if not MIN_WORDS <= word_count(answer) <= MAX_WORDS:
            raise ValueError(f"Answer about {fact.term!r} has {word_count(answer)} words: {answer}")
        return row({"question": question}, answer)

    return make_row
