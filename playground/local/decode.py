"""How a decoding step picks tokens: the transformers logits processors ``generate`` would apply.

The decoding loop itself is the continuous batcher (``batcher.py``). Greedy rows pick ``argmax``, exactly like
``generate(do_sample=False)``; sampled rows draw from a ``torch.Generator`` seeded by the request, so the same
request reproduces.
"""

from __future__ import annotations

from transformers import LogitsProcessorList
from transformers.generation.logits_process import (
    RepetitionPenaltyLogitsProcessor,
    TemperatureLogitsWarper,
    TopKLogitsWarper,
    TopPLogitsWarper,
)

from playground.core.types import GenerationParams


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
