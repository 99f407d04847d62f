"""Share links: a comparison survives the trip through URL query parameters."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlparse

from playground.features.share import SharedComparison, from_query, to_query


def params_of(query: str) -> dict:
    return dict(parse_qsl(urlparse(query).query))


def test_task_comparison_round_trips():
    shared = SharedComparison(
        task="linkedin_post", fields={"theme": "Internship", "tone": "Grateful", "cta": ""},
        variants=["base", "linkedin-post"], settings={"max_new_tokens": 96, "temperature": 0.7, "seed": 7},
        strengths={"linkedin-post": 0.5}, run=True,
    )
    back = from_query(params_of(to_query(shared)))
    assert back.task == "linkedin_post"
    assert back.fields == {"theme": "Internship", "tone": "Grateful"}  # empty fields are left out
    assert back.variants == ["base", "linkedin-post"]
    assert back.settings == {"max_new_tokens": 96, "temperature": 0.7, "seed": 7}
    assert back.strengths == {"linkedin-post": 0.5}
    assert back.run


def test_free_prompt_with_special_characters_round_trips():
    prompt = "Résumé & \"quotes\" ?a=b#frag\nsecond line"
    back = from_query(params_of(to_query(SharedComparison(prompt=prompt, variants=["base"], system_prompt="Be brief."))))
    assert back.prompt == prompt and back.system_prompt == "Be brief." and back.task == ""


def test_defaults_are_left_out_of_the_link():
    query = to_query(SharedComparison(prompt="hi", settings={"max_new_tokens": 128, "temperature": 0.0, "seed": -1}))
    assert params_of(query) == {"prompt": "hi"}


def test_malformed_values_are_dropped_not_trusted():
    back = from_query({"max_new_tokens": "lots", "temperature": "nan", "seed": "12", "strength.alpha": "x",
                       "variants": " base, ,alpha ", "unknown": "1"})
    assert back.settings == {"seed": 12}
    assert back.strengths == {}
    assert back.variants == ["base", "alpha"]
    assert not back.run
    assert back.ignored == ["max_new_tokens", "temperature", "strength.alpha"]  # "unknown" is no parameter


def test_numbers_that_are_not_finite_are_ignored_and_named():
    """inf, -inf and 1e400 (inf once read) were an OverflowError for integer settings: the page failed to load."""
    back = from_query({"prompt": "hi", "variants": "base", "max_new_tokens": "inf", "seed": "1e400",
                       "top_k": "-inf", "top_p": "1e400", "temperature": "0.5", "strength.alpha": "-inf", "run": "1"})
    assert back.ignored == ["max_new_tokens", "seed", "top_k", "top_p", "strength.alpha"]
    assert back.settings == {"temperature": 0.5} and back.strengths == {}
    assert back.prompt == "hi" and back.variants == ["base"] and back.run  # the rest of the link still loads


def test_no_parameters_means_nothing_to_load():
    assert from_query({}).empty
