"""The in-place KV cache: DynamicCache's contents through decode steps, row drops and crops."""

from __future__ import annotations

import torch
from transformers import DynamicCache

from playground.local.kv_cache import SPARE, GrowingCache

HEADS, DIM = 3, 8


def _states(gen, rows, length):
    return torch.randn(rows, HEADS, length, DIM, generator=gen), torch.randn(rows, HEADS, length, DIM, generator=gen)


def _drive(cache):
    """Prefill, decode steps, a row drop, more steps, a crop; the layer-0 contents after each."""
    gen = torch.Generator().manual_seed(0)
    seen = []
    for step in range(SPARE + 40):  # past the spare room once: one re-allocation
        cache.update(*_states(gen, 4 if step < 20 else 3, 9 if step == 0 else 1), layer_idx=0)
        if step == 19:
            cache.batch_select_indices(torch.tensor([0, 2, 3]))  # a row finished
        seen.append(tuple(t.clone() for t in (cache.layers[0].keys, cache.layers[0].values)))
    cache.crop(-5)
    cache.update(*_states(gen, 3, 1), layer_idx=0)
    seen.append((cache.layers[0].keys.clone(), cache.layers[0].values.clone()))
    return seen


def test_same_contents_as_dynamic_cache(worker):
    ours, reference = worker.call(_drive, GrowingCache()), worker.call(_drive, DynamicCache())
    assert len(ours) == len(reference)
    for (k, v), (k_ref, v_ref) in zip(ours, reference):
        assert torch.equal(k, k_ref) and torch.equal(v, v_ref)


def _pointers():
    cache = GrowingCache()
    gen = torch.Generator().manual_seed(1)
    cache.update(*_states(gen, 2, 5), layer_idx=0)
    first = cache.layers[0].keys.data_ptr()
    for _ in range(10):
        cache.update(*_states(gen, 2, 1), layer_idx=0)
    return first, cache.layers[0].keys.data_ptr(), cache.get_seq_length()


def test_decode_steps_append_in_place(worker):
    first, after, length = worker.call(_pointers)
    assert first == after and length == 15  # no copy of the cache per step
