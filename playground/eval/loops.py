"""Outputs that ran into the token limit repeating themselves (the measure of "looping" in eval reports).

A row loops when generation stopped at ``max_new_tokens`` (``finish_reason == "length"``) and the end of the text
repeats what came before it: at least half of the word 3-grams of its last :data:`TAIL_WORDS` words already
occur earlier in the output. "RGPD = Réseau général des ... des ... des ..." until the limit loops; a long
answer cut at the limit while still saying new things does not, and neither does anything that ended by itself.
"""

from __future__ import annotations

from playground.core.types import VariantOutput

TAIL_WORDS = 24
REPEATED_SHARE = 0.5


def repeats_itself(text: str) -> bool:
    """Whether the last :data:`TAIL_WORDS` words mostly repeat 3-grams from earlier in ``text``."""
    words = text.lower().split()
    if len(words) < 8:
        return False
    tail_start = max(3, len(words) - TAIL_WORDS)
    grams = [tuple(words[i:i + 3]) for i in range(len(words) - 2)]
    earlier: set[tuple[str, ...]] = set()
    repeated = total = 0
    for i, gram in enumerate(grams):
        if i >= tail_start:
            total += 1
            repeated += gram in earlier
        earlier.add(gram)
    return total > 0 and repeated / total >= REPEATED_SHARE


def looped(output: VariantOutput) -> bool:
    """Stopped by the token limit while repeating itself."""
    return output.finish_reason == "length" and repeats_itself(output.text)
