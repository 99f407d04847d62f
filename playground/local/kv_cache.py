"""A KV cache that appends a decode step's keys and values in place instead of copying the cache.

transformers' ``DynamicLayer`` grows by ``torch.cat``: every decode step copies the whole
cache of every layer to add one column, a cost that grows with rows x length. ``GrowingLayer``
keeps keys and values in a buffer with ``SPARE`` free columns (re-allocated when full) and
hands attention a view of the filled part; the numbers are the same. Everything else
(dropping finished rows, cropping) is ``DynamicLayer``'s: a layer whose tensors were replaced
that way gets a fresh buffer on its next update. ``bench``: 8 variants x 384 tokens take 6%
less time, base + 3 adapters x 64 tokens 1.5% less.

For continuous batching (``batcher.py``), :func:`join` stacks two caches of different lengths, left-padding
the shorter (the attention mask hides the padding), and :func:`crop_left` drops leading columns no row uses.
"""

from __future__ import annotations

import torch
from transformers import DynamicCache
from transformers.cache_utils import Cache, DynamicLayer

SPARE = 128  # free columns added to a buffer when it is (re)allocated


class GrowingLayer(DynamicLayer):
    """A ``DynamicLayer`` whose ``update`` writes into spare room instead of concatenating."""

    _key_buffer: torch.Tensor | None = None
    _value_buffer: torch.Tensor | None = None

    def update(self, key_states: torch.Tensor, value_states: torch.Tensor, *args, **kwargs
               ) -> tuple[torch.Tensor, torch.Tensor]:
        if not self.is_initialized:
            self.lazy_initialization(key_states, value_states)
        length = self.get_seq_length()
        grown = length + key_states.shape[-2]
        if not self._owns_cache() or grown > self._key_buffer.shape[-2]:
            self._key_buffer = _with_room(self.keys, key_states, length, grown)
            self._value_buffer = _with_room(self.values, value_states, length, grown)
        self._key_buffer[..., length:grown, :] = key_states
        self._value_buffer[..., length:grown, :] = value_states
        self.keys = self._key_buffer[..., :grown, :]
        self.values = self._value_buffer[..., :grown, :]
        return self.keys, self.values

    def _owns_cache(self) -> bool:
        """Whether keys/values are still views of this layer's buffers (not replaced by a row drop)."""
        keys, buffer = self.keys, self._key_buffer
        return (buffer is not None and keys.numel() > 0 and keys.data_ptr() == buffer.data_ptr()
                and keys.shape[:-2] == buffer.shape[:-2] and self.values.data_ptr() == self._value_buffer.data_ptr())

    def reset(self) -> None:
        self._key_buffer = self._value_buffer = None
        super().reset()


def _with_room(current: torch.Tensor, new: torch.Tensor, length: int, grown: int) -> torch.Tensor:
    """A buffer for ``grown + SPARE`` columns holding the first ``length`` columns of ``current``."""
    buffer = torch.empty((*new.shape[:-2], grown + SPARE, new.shape[-1]), dtype=new.dtype, device=new.device)
    if length:
        buffer[..., :length, :] = current
    return buffer


class GrowingCache(DynamicCache):
    """``DynamicCache`` made of :class:`GrowingLayer` (the decode loop's cache)."""

    def __init__(self):
        Cache.__init__(self, layer_class_to_replicate=GrowingLayer)


def join(first: DynamicCache, second: DynamicCache, columns: int) -> GrowingCache:
    """One cache holding ``first``'s rows then ``second``'s, each left-padded with zeros to ``columns``.

    Each layer is copied once, straight into the joined cache's buffer (with its spare room), not padded,
    concatenated and then copied into a buffer (three copies: 40-200 ms per join at 28 rows here).
    """
    joined = GrowingCache()
    for a, b in zip(first.layers, second.layers):
        layer = GrowingLayer()
        joined.layers.append(layer)
        layer.lazy_initialization(a.keys, a.values)
        layer._key_buffer = _stacked(a.keys, b.keys, columns)
        layer._value_buffer = _stacked(a.values, b.values, columns)
        layer.keys = layer._key_buffer[..., :columns, :]
        layer.values = layer._value_buffer[..., :columns, :]
    return joined


def _stacked(top: torch.Tensor, bottom: torch.Tensor, columns: int) -> torch.Tensor:
    """A buffer of ``columns + SPARE`` columns holding ``top``'s rows then ``bottom``'s, each right-aligned at
    ``columns`` with zeros before."""
    rows = top.shape[0] + bottom.shape[0]
    buffer = torch.empty((rows, *top.shape[1:-2], columns + SPARE, top.shape[-1]), dtype=top.dtype, device=top.device)
    for part, start in ((top, 0), (bottom, top.shape[0])):
        length = part.shape[-2]
        target = buffer[start:start + part.shape[0]]
        target[..., :columns - length, :].zero_()
        target[..., columns - length:columns, :] = part
    return buffer


def crop_left(cache: DynamicCache, columns: int) -> None:
    """Drop the first ``columns`` columns of every layer (a layer's next update moves it to a new buffer)."""
    for layer in cache.layers:
        layer.keys = layer.keys[..., columns:, :]
        layer.values = layer.values[..., columns:, :]
