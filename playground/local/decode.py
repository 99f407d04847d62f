"""The decoding loop: a batch of rows, one token per row per step, finished rows dropped as they end.

``transformers``' ``generate`` keeps every row in the batch until the longest one ends, so a
batch where the base rambles for 160 tokens and three adapters stop after 20 pays for 4 x 160
rows of compute. This loop removes a row from the batch (its KV-cache rows, its attention
mask, its adapter routing) as soon as it emits an end token, so the cost follows the tokens
actually produced. Everything else comes from transformers: the model's forward with a
``DynamicCache`` (``batch_select_indices`` drops rows; kv_cache.py appends in place), and its
logits processors for the repetition penalty, temperature, top-k and top-p. ``bench/eval.py``
measures the effect.

Greedy rows pick ``argmax``, exactly like ``generate(do_sample=False)``; sampled rows draw
from a ``torch.Generator`` seeded by the request, so the same request reproduces.
"""

from __future__ import annotations

from collections.abc import Callable

import torch
from transformers import DynamicCache, LogitsProcessorList
from transformers.generation.logits_process import (
    RepetitionPenaltyLogitsProcessor,
    TemperatureLogitsWarper,
    TopKLogitsWarper,
    TopPLogitsWarper,
)

from playground.core.types import GenerationParams
from playground.local.kv_cache import GrowingCache

# on_step(row indices in the original batch, their new tokens); should_stop() -> True ends every row now;
# keep_rows(positions kept in the current batch) lets the caller shrink per-row state (adapter routing).
OnStep = Callable[[list[int], list[int]], None]


def logits_processors(params: GenerationParams) -> LogitsProcessorList:
    """The transformers processors ``generate`` would apply for these settings."""
    processors = LogitsProcessorList()
    if params.repetition_penalty != 1.0:
        processors.append(RepetitionPenaltyLogitsProcessor(params.repetition_penalty))
    if not params.greedy:
        if params.temperature != 1.0:
            processors.append(TemperatureLogitsWarper(params.temperature))
        if params.top_k:
            processors.append(TopKLogitsWarper(params.top_k))
        if params.top_p < 1.0:
            processors.append(TopPLogitsWarper(params.top_p))
    return processors


@torch.inference_mode()
def decode(model, input_ids: torch.Tensor, attention_mask: torch.Tensor, params: GenerationParams,
           eos_ids: set[int], on_step: OnStep, should_stop: Callable[[], bool],
           keep_rows: Callable[[torch.Tensor], None] = lambda keep: None, cache: DynamicCache | None = None) -> None:
    """Generate up to ``params.max_new_tokens`` tokens for each left-padded row, streaming them to ``on_step``.

    ``cache`` may already hold the first columns of the batch (a shared header, see prefix.py);
    only the columns after it are prefilled.
    """
    device = input_ids.device
    processors = logits_processors(params)
    generator = None if params.greedy else torch.Generator(device=device).manual_seed(int(params.seed or 0))
    eos = torch.tensor(sorted(eos_ids), device=device)
    rows = torch.arange(input_ids.shape[0], device=device)  # original index of each row still decoding
    sequences, mask = input_ids, attention_mask
    cache = cache if cache is not None else GrowingCache()
    cached = cache.get_seq_length()
    position_ids = (mask.long().cumsum(-1) - 1).clamp(min=0)
    out = model(input_ids=input_ids[:, cached:], attention_mask=mask, position_ids=position_ids[:, cached:],
                past_key_values=cache, use_cache=True, logits_to_keep=1)
    for step in range(params.max_new_tokens):
        scores = processors(sequences, out.logits[:, -1, :].float())
        if params.greedy:
            tokens = scores.argmax(dim=-1)
        else:
            tokens = torch.multinomial(torch.softmax(scores, dim=-1), 1, generator=generator)[:, 0]
        on_step(rows.tolist(), tokens.tolist())
        if should_stop() or step + 1 == params.max_new_tokens:
            return
        running = ~torch.isin(tokens, eos)
        if not running.any():
            return
        if not running.all():  # drop the rows that just ended: cache, mask, routing and all
            keep = running.nonzero()[:, 0]
            cache.batch_select_indices(keep)
            rows, tokens, sequences, mask = rows[keep], tokens[keep], sequences[keep], mask[keep]
            keep_rows(keep)
        sequences = torch.cat([sequences, tokens[:, None]], dim=-1)
        mask = torch.cat([mask, mask.new_ones(mask.shape[0], 1)], dim=-1)
        out = model(input_ids=tokens[:, None], attention_mask=mask, position_ids=mask.long().sum(-1, keepdim=True) - 1,
                    past_key_values=cache, use_cache=True)
