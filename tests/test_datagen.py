"""Tests for playground.train.datagen and the committed examples/ it writes (fast, no model)."""

import importlib
import re

import pytest

from playground.features.tasks import CHALLENGE, EXAMPLES_DIR, SPLITS, TASKS, get_task
from playground.train.datagen import (
    DEFAULT_SEED,
    TASK_MODULES,
    check_disjoint,
    domain_qa,
    elevator_pitch,
    fields_key,
    generate,
    linkedin_post,
    marketing_copy,
    prompt_recovery,
    word_count,
    write_task,
)
from playground.train.datagen.__main__ import main
from playground.train.datagen.domain_qa import ALL_FACTS as FACTS

SIZE_RANGES = {  # (train, validation, test) bounds from the project brief
    "linkedin_post": ((900, 1100), (40, 60), (110, 130)),
    "marketing_copy": ((300, 400), (40, 60), (110, 130)),
    "domain_qa": ((700, 900), (40, 60), (110, 130)),
    "prompt_recovery": ((700, 900), (40, 60), (110, 130)),
    "elevator_pitch": ((300, 400), (40, 60), (110, 130)),
}
# The first words of every French question template and context line (the generator's, written out).
FR_QUESTION_STARTS = ("Qu'est-ce", "Que ", "Définissez", "Expliquez", "C'est quoi", "Pouvez-vous", "Pourriez-vous",
                      "Définition", "Comment décririez", "À quoi", "Un collègue", "J'ai lu", "Je débute",
                      "Mon responsable", "J'ai vu", "Un client")
FR_WORDS = {"le", "la", "les", "un", "une", "des", "du", "de", "est", "qui", "et", "pour", "dans", "sur", "avec",
            "c", "d", "l", "qu", "désigne", "où", "à", "au"}
EN_WORDS = {"the", "a", "an", "is", "of", "that", "and", "to", "for", "with", "refers", "means", "in", "on", "by"}


@pytest.fixture(scope="module")
def data():
    """All splits of every task, as committed in examples/."""
    return {name: {split: get_task(name).load_split(split) for split in SPLITS} for name in TASKS}


def _emoji(text):
    return any(ord(c) >= 0x2600 for c in text)


def test_every_task_has_a_generator():
    assert set(TASK_MODULES) == set(TASKS)
    with pytest.raises(ValueError, match="valid tasks"):
        generate("nope")


def test_generation_is_deterministic_and_matches_committed_files(tmp_path):
    for out in (tmp_path / "a", tmp_path / "b"):
        main(["--out", str(out), "--seed", str(DEFAULT_SEED)])
    for name in TASKS:
        for split in SPLITS:
            rel = f"{name}/{split}.jsonl"
            first = (tmp_path / "a" / rel).read_bytes()
            assert first == (tmp_path / "b" / rel).read_bytes(), rel
            assert first == (EXAMPLES_DIR / rel).read_bytes(), f"examples/{rel} is stale: regenerate it"
            assert first.endswith(b"\n") and b"\\u" not in first  # UTF-8, not ASCII escapes


def test_other_seed_other_data_and_single_task_cli(tmp_path):
    counts = write_task("domain_qa", tmp_path, seed=7)
    assert counts == domain_qa.SIZES
    assert (tmp_path / "domain_qa/train.jsonl").read_bytes() != (EXAMPLES_DIR / "domain_qa/train.jsonl").read_bytes()
    main(["--task", "elevator_pitch", "--out", str(tmp_path / "one")])
    assert [p.name for p in (tmp_path / "one").iterdir()] == ["elevator_pitch"]


@pytest.mark.parametrize("name", list(TASKS))
def test_sizes(data, name):
    for split, (lo, hi) in zip(SPLITS, SIZE_RANGES[name]):
        assert lo <= len(data[name][split]) <= hi, (name, split)


@pytest.mark.parametrize("name", list(TASKS))
def test_splits_are_disjoint(data, name):
    splits = data[name]
    check_disjoint(splits)
    train_fields = {fields_key(r["fields"]) for r in splits["train"]}
    train_refs = {r["reference"] for r in splits["train"]}
    for split in ("validation", "test"):
        assert not train_fields & {fields_key(r["fields"]) for r in splits[split]}
        assert not train_refs & {r["reference"] for r in splits[split]}
        assert len({fields_key(r["fields"]) for r in splits[split]}) == len(splits[split])


@pytest.mark.parametrize("name", list(TASKS))
def test_the_challenge_split_shares_no_input_with_train(data, name):
    """Written by hand, not by the generator: no row's fields, and no question or original text, is in train."""
    task = get_task(name)
    challenge = task.load_split(CHALLENGE)
    train = data[name]["train"]
    assert len(challenge) >= 40
    assert not {fields_key(r["fields"]) for r in challenge} & {fields_key(r["fields"]) for r in train}
    if name != "prompt_recovery":  # its answers are short instructions: "Make this more concise." recurs
        assert not {r["reference"] for r in challenge} & {r["reference"] for r in train}
    assert all(task.validate_fields(r["fields"]) == r["fields"] for r in challenge)
    first = task.fields[0].name  # the question, the original text, the position, the theme, the prompt
    assert not {r["fields"][first] for r in challenge} & {r["fields"][first] for r in train}


@pytest.mark.parametrize("name", ["elevator_pitch", "linkedin_post", "marketing_copy"])
def test_hand_written_rows_are_all_in_train_but_a_tenth_kept_for_validation(data, name):
    module = importlib.import_module(f"playground.train.datagen.{name}")
    written = [fields_key(r["fields"]) for r in module.WRITTEN]
    assert len(written) >= 180 and len(set(written)) == len(written)
    test_only = getattr(module, "_test_only", lambda r: False)
    held_out = set(written[::10]) | {fields_key(r["fields"]) for r in module.WRITTEN if test_only(r)}
    in_split = {split: {fields_key(r["fields"]) for r in data[name][split]} & set(written) for split in SPLITS}
    assert in_split["train"] == set(written) - held_out
    assert in_split["validation"] and in_split["validation"] <= held_out and not in_split["test"]
    first = data[name]["train"][:400]  # the shipped adapters train on the first rows (--limit)
    assert 0.3 <= len(in_split["train"] & {fields_key(r["fields"]) for r in first}) / len(first) <= 0.7


def test_check_disjoint_catches_leaks():
    row = {"fields": {"question": "What is ARR?"}, "reference": "x"}
    with pytest.raises(ValueError, match="test row also appears in train"):
        check_disjoint({"train": [row], "validation": [], "test": [dict(row, reference="y")]})


@pytest.mark.parametrize("name", list(TASKS))
def test_rows_are_valid_and_prompts_carry_every_value(data, name):
    task = get_task(name)
    names = [f.name for f in task.fields]
    for split in SPLITS:
        for r in data[name][split]:
            assert list(r["fields"]) == names and r["reference"].strip() == r["reference"] != ""
            assert task.validate_fields(r["fields"]) == r["fields"]  # already clean
            user = task.build_messages(r["fields"])[1]["content"]
            assert all(str(v) in user for v in r["fields"].values())


@pytest.mark.parametrize("name,field", [("linkedin_post", "theme"), ("linkedin_post", "audience"),
                                        ("marketing_copy", "industry"), ("elevator_pitch", "position")])
def test_test_split_holds_out_some_values_but_shares_most(data, name, field):
    train = {r["fields"][field] for r in data[name]["train"]}
    unseen = [r for r in data[name]["test"] if r["fields"][field] not in train]
    assert 0 < len(unseen) < len(data[name]["test"]) * 0.5


def test_domain_qa_test_asks_mostly_about_trained_concepts_in_new_words(data):
    def concept(reference):
        return next(f.term for f in FACTS if reference.startswith((f.en_key, f.fr_key)))

    train = {concept(r["reference"]) for r in data["domain_qa"]["train"]}
    test = [concept(r["reference"]) for r in data["domain_qa"]["test"]]
    assert train == {f.term for f in domain_qa.SHARED}  # every non-held-out concept is trained on
    unseen = [t for t in test if t not in train]
    assert set(unseen) <= domain_qa.HELD_OUT_TERMS and 0 < len(unseen) < len(test) * 0.4


def test_linkedin_posts(data):
    written = {r["reference"] for r in linkedin_post.WRITTEN}
    for r in (r for rows in data["linkedin_post"].values() for r in rows if r["reference"] not in written):
        f, text = r["fields"], r["reference"]
        assert linkedin_post.MIN_WORDS <= word_count(text) <= linkedin_post.MAX_WORDS
        hook, body, cta, tags = text.split("\n\n")
        assert f["theme"] in hook and f["audience"] in body and cta[:-1] == f["cta"]
        assert tags.split()[0] == "#" + f["theme"].replace(" ", "") and 1 <= len(tags.split()) <= 3


def test_marketing_copy_fits_platform_and_length(data):
    products = [p for ind in (*marketing_copy.INDUSTRIES.values(), *marketing_copy.HELD_OUT_INDUSTRIES.values())
                for p, _ in ind[0]] + [p for p, _ in marketing_copy.HELD_OUT_PRODUCTS.values()]
    written = {r["reference"] for r in marketing_copy.WRITTEN}
    assert all(word_count(r["reference"]) <= r["fields"]["max_length"] for r in marketing_copy.WRITTEN)
    for r in (r for rows in data["marketing_copy"].values() for r in rows if r["reference"] not in written):
        f, text = r["fields"], r["reference"]
        assert word_count(text) <= min(f["max_length"], marketing_copy.CAP_WORDS)
        product = next(p for p in products if p in f["prompt"])
        assert product.lower() in text.lower()
        n_tags = len(re.findall(r"#\w+", text))
        if f["platform"] == "instagram":
            assert 3 <= n_tags <= 5 and _emoji(text)
        elif f["platform"] == "twitter/x":
            assert 1 <= n_tags <= 2 and "\n" not in text and word_count(text) <= 30
        elif f["platform"] == "linkedin":
            assert 1 <= n_tags <= 2 and not _emoji(text)
        else:
            assert f["platform"] == "facebook" and n_tags == 0 and "?" in text


def _language_scores(text):
    tokens = re.findall(r"[a-zàâçéèêëîïôûùüÿœ]+", text.lower())
    return sum(t in FR_WORDS for t in tokens), sum(t in EN_WORDS for t in tokens)


def test_domain_qa_answers_in_the_language_of_the_question(data):
    rows = [r for rows in data["domain_qa"].values() for r in rows]
    french = [r for r in rows if r["fields"]["question"].startswith(FR_QUESTION_STARTS)]
    assert 0.4 <= len(french) / len(rows) <= 0.6
    for r in rows:
        fr, en = _language_scores(r["reference"])
        assert (fr > en) == (r in french), r
        assert domain_qa.MIN_WORDS <= word_count(r["reference"]) <= domain_qa.MAX_WORDS


def test_domain_qa_answers_start_with_the_key_phrase(data):
    keys = tuple(f.en_key for f in FACTS) + tuple(f.fr_key for f in FACTS)
    for r in (r for rows in data["domain_qa"].values() for r in rows):
        assert r["reference"].startswith(keys) and r["reference"].endswith(".")


def test_fact_base_has_300_concepts_in_both_languages_and_repeats_none():
    """FACTS + MORE_FACTS (#19: at least 300 concepts with an English and a French answer)."""
    terms = [f.term.lower() for f in FACTS]
    french = [f.fr_q.lower() for f in FACTS]
    assert len(FACTS) >= 300 and len(set(terms)) == len(terms) and len(set(french)) == len(french)
    for f in FACTS:
        assert f.fr_def.startswith(("le ", "la ", "l'", "un ", "une ")), f.fr_def
        assert f.fr_key[0].isupper() and not f.en_def.endswith(".")
        assert f.en_key[0].isupper() or f.en_key[0].isdigit()  # "360-degree feedback"
        for frame in domain_qa.EN_FRAMES:
            assert domain_qa.MIN_WORDS <= word_count(frame.format(key=f.en_key, d=f.en_def)) <= domain_qa.MAX_WORDS
        for frame in domain_qa.FR_FRAMES:
            assert domain_qa.MIN_WORDS <= word_count(frame.format(key=f.fr_key, d=f.fr_def)) <= domain_qa.MAX_WORDS
    assert domain_qa.HELD_OUT_TERMS <= {f.term for f in FACTS}


def test_domain_qa_trains_every_concept_in_both_languages(data):
    def language(r):
        return "fr" if r["fields"]["question"].startswith(FR_QUESTION_STARTS) else "en"

    def concept(r):
        keys = {(f.fr_key if language(r) == "fr" else f.en_key): f.term for f in FACTS}
        return keys[max((k for k in keys if r["reference"].startswith(k)), key=len)]  # "Agile" vs "Agile coach"

    pairs = [(concept(r), language(r)) for r in data["domain_qa"]["train"]]
    assert sorted(pairs) == sorted((f.term, lang) for f in domain_qa.SHARED for lang in ("en", "fr"))


def test_elevator_pitches_have_the_four_parts_in_order(data):
    written = {r["reference"] for r in elevator_pitch.WRITTEN}
    for r in (r for rows in data["elevator_pitch"].values() for r in rows if r["reference"] not in written):
        f, text = r["fields"], r["reference"]
        article = "an" if f["position"][0] in "AEIOU" else "a"
        parts = [f"I am {article} {f['position']}.", f"During my experience as {f['experience']}, I ",
                 f"My goals are {f['goals']}.", f"I believe my {f['strengths']} will "]
        positions = [text.find(p) for p in parts]
        assert positions[0] == 0 and -1 not in positions and positions == sorted(positions), text
        assert elevator_pitch.MIN_WORDS <= word_count(text) <= elevator_pitch.MAX_WORDS


def test_prompt_recovery_mixes_hand_written_rewrites_of_every_family_with_mechanical_edits(data):
    curated = {r.text: r for _, r in prompt_recovery.CURATED}
    for split, rows in data["prompt_recovery"].items():
        real = [curated[r["fields"]["rewritten_text"]] for r in rows if r["fields"]["rewritten_text"] in curated]
        assert len(real) / len(rows) >= (0.4 if split == "train" else 0.15), split
        for r in rows:
            rewrite = curated.get(r["fields"]["rewritten_text"])
            if rewrite is not None:  # the instruction is one of that rewrite's wordings, the original its source
                assert r["reference"] in rewrite.instructions
                assert r["fields"]["original_text"] in {m.SOURCES.get(rewrite.source)
                                                        for m in prompt_recovery.CURATED_SETS.values()}
    train = [curated[r["fields"]["rewritten_text"]] for r in data["prompt_recovery"]["train"]
             if r["fields"]["rewritten_text"] in curated]
    assert {r.family for r in train} == {"style", "tone", "audience", "perspective", "inspirational", "genre",
                                         "length", "language"}
    assert len(train) >= 0.95 * len(prompt_recovery.SHARED_CURATED)  # nearly every shared rewrite is trained on
    held_out = {r.text for _, r in prompt_recovery.HELD_OUT_CURATED}
    assert not held_out & {r["fields"]["rewritten_text"] for r in data["prompt_recovery"]["train"]}
    assert held_out & {r["fields"]["rewritten_text"] for r in data["prompt_recovery"]["test"]}
    # Mechanical edits are made on the same source texts too (no telling the two kinds apart by the text),
    # never on a held-out source in train.
    sources = {t for m in prompt_recovery.CURATED_SETS.values() for t in m.SOURCES.values()}
    mechanical = [r for r in data["prompt_recovery"]["train"] if r["fields"]["rewritten_text"] not in curated]
    on_sources = [r for r in mechanical if r["fields"]["original_text"] in sources]
    assert 0.3 <= len(on_sources) / len(mechanical) <= 0.7
    assert not {r["fields"]["original_text"] for r in on_sources} & set(prompt_recovery.HELD_OUT_SOURCE_TEXTS)


def test_hand_written_rewrites_are_well_formed():
    for name, module in prompt_recovery.CURATED_SETS.items():
        assert len(module.SOURCES) >= 12 and all(20 <= word_count(t) <= 60 for t in module.SOURCES.values())
        assert len({(r.source, r.kind) for r in module.REWRITES}) == len(module.REWRITES) >= 5 * len(module.SOURCES)
        assert {r.source for r in module.REWRITES} == set(module.SOURCES), name
        for r in module.REWRITES:
            assert r.source in module.SOURCES and r.text != module.SOURCES[r.source]
            assert 3 <= len(set(r.instructions)) == len(r.instructions) <= 5


def test_prompt_recovery_rewrites_follow_their_instructions(data):
    curated = {r.text for _, r in prompt_recovery.CURATED}
    rows = [r for rows in data["prompt_recovery"].values() for r in rows
            if r["fields"]["rewritten_text"] not in curated]  # the mechanical edits
    for r in rows:
        orig, new, ins = r["fields"]["original_text"], r["fields"]["rewritten_text"], r["reference"]
        assert 20 <= word_count(orig) <= 50 and new != orig and 4 <= word_count(ins) <= 14
        title_case = "title case" in ins or "every word" in ins
        if ("uppercase" in ins or "capital" in ins) and not title_case:
            assert new == orig.upper()
        if "lowercase" in ins:
            assert new == orig.lower()
        if "hashtag" in ins:
            assert all(new.endswith(t) or f"{t} " in new for t in re.findall(r"#\w+", ins))
        if "letter to" in ins or "letter from" in ins:
            assert new.startswith("Dear ") and new.split("\n")[0][5:-1] in ins and "Sincerely," in new
        if "bullet" in ins:
            assert all(line.startswith("- ") for line in new.split("\n"))
        if title_case:
            assert new == " ".join(w[:1].upper() + w[1:] for w in orig.split(" "))
        if "P.S." in ins:
            assert new.startswith(orig.rsplit(". ", 1)[0]) and "\n\nP.S. " in new
        if ins.startswith(("Replace the word", "Change every \"", "Swap \"", "Change \"")):
            old, repl = re.findall(r'"([^"]+)"', ins)
            assert new == re.sub(rf"\b{old}\b", repl, orig)

def test_every_prompt_recovery_transformation_applies_and_has_phrasings():
    import random

    rng = random.Random(0)
    topic = prompt_recovery.TOPICS["support"]  # its sentences hold casual words and "customer"
    sents = topic[0][:3]
    assert len(prompt_recovery.KINDS) >= 12
    for kind in prompt_recovery.KINDS:
        rewritten, params = prompt_recovery.transform(kind, sents, topic, rng, "train")
        assert rewritten != " ".join(sents), kind
        phrasings = {prompt_recovery.instruction(kind, params, rng) for _ in range(40)}
        assert len(phrasings) >= 6, kind  # enough distinct strings for disjoint splits
