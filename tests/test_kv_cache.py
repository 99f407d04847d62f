"""The in-place KV cache: DynamicCache's contents through decode steps, row drops and crops."""

from __future__ import annotations

import torch
from transformers import DynamicCache

from playground.local.kv_cache import SPARE, GrowingCache, join

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


def _joined():
    """Two caches of different lengths joined, then one decode step appended."""
    gen = torch.Generator().manual_seed(2)
    first, second = GrowingCache(), GrowingCache()
    first.update(*_states(gen, 3, 7), layer_idx=0)
    second.update(*_states(gen, 2, 4), layer_idx=0)
    joined = join(first, second, 9)
    keys, values = joined.layers[0].keys.clone(), joined.layers[0].values.clone()
    pointer = joined.layers[0].keys.data_ptr()
    joined.update(*_states(gen, 5, 1), layer_idx=0)
    return first, second, keys, values, pointer, joined


def test_join_left_pads_each_part_once_and_keeps_room_to_grow(worker):
    first, second, keys, values, pointer, joined = worker.call(_joined)
    pad = torch.nn.functional.pad
    for got, a, b in ((keys, first.layers[0].keys, second.layers[0].keys),
                      (values, first.layers[0].values, second.layers[0].values)):
        expected = torch.cat([pad(a, (0, 0, 9 - a.shape[-2], 0)), pad(b, (0, 0, 9 - b.shape[-2], 0))])
        assert torch.equal(got, expected)
    assert joined.get_seq_length() == 10 and joined.layers[0].keys.data_ptr() == pointer  # the step went in place
    assert torch.equal(joined.layers[0].keys[:, :, :9], keys)
