"""The chat header every prompt starts with, prefilled once per variant instead of once per row.

With a chat template, every prompt of a request opens with the same tokens: the system block
and the start of the user turn (23 tokens with SmolLM2's default system prompt, 29 with the
domain-QA task's, out of 40-52 per prompt). The engine prefills that header once for each
distinct variant of the request, copies its KV-cache rows to every row of that variant, and
prefills only each row's own suffix. A 32-row x 2-variant eval batch prefills 1530 tokens
instead of 3328 (padding included); ``bench/eval.py`` measures the effect.

After the split a batch is laid out ``[header][left padding][suffix]``: the attention mask
hides the padding and the position ids count real tokens only, so each row sees the positions
it would have alone. Unquantized, the outputs are identical to the one-pass prefill. At nf4 on
CPU they are not always: bitsandbytes computes in bf16, and another split of the prompt
rounds differently, enough to flip greedy near-ties. So the split is used only where it saves
work, when at least two rows share a variant (the eval runner); a single row, and a Compare
request whose rows are all different variants, keep the one-pass prefill, which matches
``transformers``' ``generate``.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import torch

MIN_HEADER_TOKENS = 4  # below this an extra forward pass costs more than it saves


@dataclass
class SplitBatch:
    """A batch whose rows share ``header``: what the engine prefills in two passes."""

    header: list[int]
    ids: torch.Tensor     # (rows, header + longest suffix): header, left padding, suffix
    mask: torch.Tensor    # (rows, same): 1 on real tokens
    leaders: list[int]    # the first row of each group of rows with the same variant and strength
    group_of: list[int]   # row -> index into leaders


def chat_header(encode: Callable[[list[dict]], list[int]], messages: Sequence[dict]) -> list[int]:
    """The tokens before the first user message's text: the same for any chat with this system prompt."""
    system = [m for m in messages[:1] if m.get("role") == "system"]
    one = encode([*system, {"role": "user", "content": "a"}])
    other = encode([*system, {"role": "user", "content": "b"}])
    return list(os.path.commonprefix([one, other]))


def split_batch(encoded: Sequence[list[int]], headers: Sequence[list[int]], keys: Sequence[object],
                pad_id: int) -> SplitBatch | None:
    """Lay out the rows for a shared-header prefill, or None when they do not all share one
    or when no two rows share a variant.

    ``headers[i]`` is row ``i``'s chat header and ``keys[i]`` what decides its KV cache
    (its variant and strength): rows with equal keys share one prefilled header.
    """
    header = headers[0] if headers else []
    if len(header) < MIN_HEADER_TOKENS or any(h != header for h in headers):
        return None
    size = len(header)
    if any(len(ids) <= size or ids[:size] != header for ids in encoded):
        return None  # every row needs its header, then at least one token of its own
    leaders: list[int] = []
    group_of: list[int] = []
    first: dict[object, int] = {}
    for row, key in enumerate(keys):
        if key not in first:
            first[key] = len(leaders)
            leaders.append(row)
        group_of.append(first[key])
    if len(leaders) == len(keys):
        return None  # no two rows share a variant: the split would only add a pass
    suffixes = [ids[size:] for ids in encoded]
    width = max(len(s) for s in suffixes)
    ids = torch.full((len(encoded), size + width), pad_id, dtype=torch.long)
    mask = torch.zeros_like(ids)
    ids[:, :size] = torch.tensor(header)
    mask[:, :size] = 1
    for row, suffix in enumerate(suffixes):
        ids[row, size + width - len(suffix):] = torch.tensor(suffix)
        mask[row, size + width - len(suffix):] = 1
    return SplitBatch(header=list(header), ids=ids, mask=mask, leaders=leaders, group_of=group_of)
