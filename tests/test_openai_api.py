"""The OpenAI-compatible API (#17) through the served app, driven by the official ``openai`` client."""

from __future__ import annotations

import threading
from dataclasses import replace

import httpx
import openai
import pytest

from playground.core.messages import Messages
from playground.core.types import GenerationParams, Row
from tests.conftest import app_of, served, wait_until_idle

MESSAGES = [{"role": "user", "content": "Write one sentence about the sea."}]
PROMPT = "The three primary colours are"


@pytest.fixture(scope="module")
def url(engine, tmp_path_factory):
    with served(engine, tmp_path_factory.mktemp("openai-data")) as address:
        yield address


@pytest.fixture(scope="module")
def client(url):
    return openai.OpenAI(base_url=url + "v1", api_key="unused", max_retries=0, timeout=600)


def alone(engine, variant: str, tokens: int, messages=MESSAGES, prompt=None):
    [output] = engine.generate([Row(variant, tuple(messages), prompt=prompt)], GenerationParams(max_new_tokens=tokens))
    return output


def test_models_are_the_variants_everyone_may_use(client, engine):
    models = list(client.models.list())
    assert models[0].id == "base" and models[0].root == engine.base.model_id
    assert {"alpha", "beta", "gamma"} <= {m.id for m in models} <= set(engine.variants)
    assert all(m.owned_by == "adapter-playground" and m.object == "model" for m in models)


def test_chat_completion_is_the_engine_s_greedy_answer_with_usage(client, engine):
    answer = client.chat.completions.create(model="alpha", messages=MESSAGES, max_tokens=10, temperature=0)
    expected = alone(engine, "alpha", 10)
    assert answer.choices[0].message.content == expected.text
    assert answer.choices[0].finish_reason == "length" and answer.object == "chat.completion"
    assert answer.usage.prompt_tokens == len(engine.encode(MESSAGES))
    assert answer.usage.completion_tokens == expected.tokens == 10
    assert answer.usage.total_tokens == answer.usage.prompt_tokens + 10


def test_chat_stream_gives_the_same_text_in_pieces_and_usage_last(client, engine):
    chunks = list(client.chat.completions.create(model="beta", messages=MESSAGES, max_tokens=12, temperature=0,
                                                 stream=True, stream_options={"include_usage": True}))
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == alone(engine, "beta", 12).text
    assert chunks[0].choices[0].delta.role == "assistant"
    assert [c.choices[0].finish_reason for c in chunks if c.choices][-1] == "length"
    assert chunks[-1].choices == [] and chunks[-1].usage.completion_tokens == 12
    assert len([c for c in chunks if c.choices and c.choices[0].delta.content]) > 1  # it did stream


def test_text_completion_continues_the_plain_prompt(client, engine):
    expected = alone(engine, "gamma", 8, messages=(), prompt=PROMPT)
    answer = client.completions.create(model="gamma", prompt=PROMPT, max_tokens=8, temperature=0)
    assert answer.choices[0].text == expected.text and answer.usage.prompt_tokens == expected.prompt_tokens
    streamed = "".join(c.choices[0].text for c in client.completions.create(
        model="gamma", prompt=PROMPT, max_tokens=8, temperature=0, stream=True))
    assert streamed == expected.text


def test_a_stop_sequence_cuts_the_text_and_ends_the_generation(client, engine):
    full = alone(engine, "base", 24).text
    word = full.split()[3]
    answer = client.chat.completions.create(model="base", messages=MESSAGES, max_tokens=24, temperature=0,
                                            stop=[word])
    assert answer.choices[0].message.content == full[:full.index(word)]
    assert answer.choices[0].finish_reason == "stop" and answer.usage.completion_tokens < 24
    streamed = "".join(c.choices[0].delta.content or "" for c in client.chat.completions.create(
        model="base", messages=MESSAGES, max_tokens=24, temperature=0, stop=word, stream=True) if c.choices)
    assert streamed == full[:full.index(word)]
    assert wait_until_idle(engine)


def test_logprobs_of_greedy_tokens_are_the_most_likely(client, engine):
    answer = client.chat.completions.create(model="alpha", messages=MESSAGES, max_tokens=6, temperature=0,
                                            logprobs=True, top_logprobs=3)
    content = answer.choices[0].logprobs.content
    assert len(content) == answer.usage.completion_tokens == 6
    for item in content:
        assert len(item.top_logprobs) == 3 and item.logprob == item.top_logprobs[0].logprob <= 0
        assert item.top_logprobs[0].logprob >= item.top_logprobs[1].logprob >= item.top_logprobs[2].logprob
    text = client.completions.create(model="alpha", prompt=PROMPT, max_tokens=4, temperature=0, logprobs=2)
    assert len(text.choices[0].logprobs.token_logprobs) == 4
    assert all(len(top) <= 2 for top in text.choices[0].logprobs.top_logprobs)


def test_sampling_with_a_seed_reproduces(client):
    ask = dict(model="beta", messages=MESSAGES, max_tokens=10, temperature=0.9, seed=7)
    first = client.chat.completions.create(**ask).choices[0].message.content
    assert client.chat.completions.create(**ask).choices[0].message.content == first


@pytest.mark.parametrize("extra, param", [({"n": 2}, "n"), ({"presence_penalty": 0.5}, "presence_penalty"),
                                          ({"tools": [{"type": "function", "function": {"name": "f"}}]}, "tools"),
                                          ({"response_format": {"type": "json_object"}}, "response_format")])
def test_unsupported_fields_are_refused_by_name(client, extra, param):
    with pytest.raises(openai.BadRequestError) as err:
        client.chat.completions.create(model="base", messages=MESSAGES, max_tokens=4, **extra)
    assert err.value.status_code == 400
    assert err.value.body["message"] == Messages.OPENAI_UNSUPPORTED.format(param=param) and err.value.body["param"] == param


def test_bad_values_get_openai_s_error_shape(client, engine):
    with pytest.raises(openai.NotFoundError) as err:
        client.chat.completions.create(model="nope", messages=MESSAGES, max_tokens=4)
    assert err.value.body["code"] == "model_not_found" and "nope" in err.value.body["message"]
    with pytest.raises(openai.BadRequestError) as err:
        client.chat.completions.create(model="base", messages=MESSAGES, temperature=3)
    assert err.value.body["param"] == "temperature"
    with pytest.raises(openai.BadRequestError) as err:
        client.chat.completions.create(model="base", messages=MESSAGES, max_tokens=engine.limits.max_new_tokens + 1)
    assert err.value.body["param"] == "max_tokens"
    with pytest.raises(openai.BadRequestError) as err:
        client.chat.completions.create(model="base", messages=[{"role": "tool", "content": "x"}], max_tokens=4)
    assert err.value.body["param"] == "messages.0.role"


def test_several_clients_on_different_adapters_batch_together(url, engine):
    variants = ["base", "alpha", "beta", "gamma"]
    expected = {v: alone(engine, v, 16).text for v in variants}
    joined = engine.batcher.joined
    got = {}
    barrier = threading.Barrier(len(variants))

    def ask(variant):
        own = openai.OpenAI(base_url=url + "v1", api_key="unused", max_retries=0, timeout=600)
        barrier.wait()
        got[variant] = own.chat.completions.create(model=variant, messages=MESSAGES, max_tokens=16,
                                                   temperature=0).choices[0].message.content
    threads = [threading.Thread(target=ask, args=(v,)) for v in variants]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=600)
    assert got == expected
    assert engine.batcher.joined > joined  # they decoded together, not one after another


def test_a_client_that_leaves_mid_stream_ends_its_generation(client, engine, monkeypatch):
    monkeypatch.setattr(engine, "eos_ids", set())  # it cannot end on its own before the disconnect is seen
    stream = client.chat.completions.create(model="base", messages=MESSAGES, max_tokens=engine.limits.max_new_tokens,
                                            temperature=0, stream=True)
    for chunk in stream:
        if chunk.choices and chunk.choices[0].delta.content:
            break
    stream.close()
    assert wait_until_idle(engine)
    assert engine.last_interrupt.reason == "stopped" and engine.last_interrupt.steps < engine.limits.max_new_tokens


def test_an_api_key_is_required_when_set(engine, tmp_path):
    app = replace(app_of(engine, tmp_path), api_key="s3cret")
    with served(engine, tmp_path, app=app) as address:
        with pytest.raises(openai.AuthenticationError):
            openai.OpenAI(base_url=address + "v1", api_key="wrong", max_retries=0).models.list()
        answer = openai.OpenAI(base_url=address + "v1", api_key="s3cret", max_retries=0).chat.completions.create(
            model="base", messages=MESSAGES, max_tokens=2, temperature=0)
        assert answer.usage.completion_tokens == 2
        assert httpx.post(address + "v1/completions", json={"model": "base", "prompt": "x"}).status_code == 401
