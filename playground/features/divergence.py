"""Where does an adapter depart from the base? Token-level view of one greedy compare.

For each adapter row the engine scores its generated tokens twice (teacher forcing): under the
adapter itself and under the base. :func:`compare_to_base` turns that into a
:class:`Divergence`: the first token where the adapter's output differs from the base's output,
each token's probability under both, and the mean log-probability shift (adapter minus base),
which says how much the LoRA favours its own text. :func:`to_html` renders it for the UI.
"""

from __future__ import annotations

import html
import math
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field, replace

from playground.core.messages import Messages
from playground.core.types import BASE, RequestError


@dataclass
class TokenScore:
    """One generated token: its text piece, its id, and its log-probability under the variant and the base."""

    text: str
    id: int
    logprob: float
    base_logprob: float

    @property
    def shift(self) -> float:
        return self.logprob - self.base_logprob


@dataclass
class Divergence:
    """One variant's output against the base's output for the same prompt."""

    variant: str
    diverges_at: int | None  # index of the first token that differs from the base's; None if identical
    mean_logprob_shift: float
    tokens: list[TokenScore] = field(default_factory=list)

    def summary(self) -> str:
        where = ("same tokens as the base" if self.diverges_at is None
                 else f"diverges at token {self.diverges_at}")
        return f"{self.variant}: {where}; mean log-prob shift {self.mean_logprob_shift:+.2f}"

    def to_dict(self) -> dict:
        return {"variant": self.variant, "diverges_at": self.diverges_at,
                "mean_logprob_shift": round(self.mean_logprob_shift, 4), "summary": self.summary(),
                "tokens": [{**asdict(t), "logprob": round(t.logprob, 4), "base_logprob": round(t.base_logprob, 4)}
                           for t in self.tokens]}


def first_divergence(ids: Sequence[int], base_ids: Sequence[int]) -> int | None:
    """Index of the first position where ``ids`` departs from ``base_ids`` (None when equal).

    A shorter output that is a prefix of the other diverges where it ends (it stopped earlier).
    """
    for index, (token, base_token) in enumerate(zip(ids, base_ids)):
        if token != base_token:
            return index
    if len(ids) != len(base_ids):
        return min(len(ids), len(base_ids))
    return None


def token_pieces(decode, ids: Sequence[int]) -> list[str]:
    """The text each token adds, decoded in context so multi-byte characters come out whole.

    A token that only completes part of a character adds '' and the next one adds the character.
    """
    pieces, previous = [], ""
    for end in range(1, len(ids) + 1):
        text = decode(list(ids[:end]))
        if text.startswith(previous) and not text.endswith("\ufffd"):
            pieces.append(text[len(previous):])
            previous = text
        else:
            pieces.append("")
    if pieces and not previous:
        return [decode([i]) for i in ids]
    return pieces


def compare_to_base(variant: str, ids: Sequence[int], base_ids: Sequence[int], pieces: Sequence[str],
                    logprobs: Sequence[float], base_logprobs: Sequence[float]) -> Divergence:
    """Assemble a variant's divergence record from its tokens and their two scorings."""
    tokens = [TokenScore(text=p, id=i, logprob=lp, base_logprob=blp)
              for p, i, lp, blp in zip(pieces, ids, logprobs, base_logprobs)]
    shift = sum(t.shift for t in tokens) / len(tokens) if tokens else 0.0
    return Divergence(variant=variant, diverges_at=first_divergence(ids, base_ids), mean_logprob_shift=shift,
                      tokens=tokens)


def _colour(token: TokenScore) -> str:
    """Green when the variant likes the token more than the base does, red when less; stronger = bigger shift."""
    strength = min(abs(token.shift) / 4.0, 1.0)
    hue = 130 if token.shift >= 0 else 0
    return f"hsla({hue}, 70%, 45%, {0.08 + 0.6 * strength:.2f})"


def to_html(divergence: Divergence, is_base: bool = False) -> str:
    """Tokens as highlighted spans (hover: both probabilities), the first divergence marked."""
    if not divergence.tokens:
        return "<div class='divergence'><em>no tokens</em></div>"
    spans = []
    for index, token in enumerate(divergence.tokens):
        p, base_p = math.exp(token.logprob), math.exp(token.base_logprob)
        title = f"token {index}: p={p:.3f}" + ("" if is_base else f" · base p={base_p:.3f} · shift {token.shift:+.2f}")
        text = html.escape(token.text or "·").replace("\n", "↵<br>")
        style = (f"background:hsla(210, 70%, 50%, {0.08 + 0.5 * (1 - p):.2f})" if is_base
                 else f"background:{_colour(token)}")
        classes = "tok"
        if index == divergence.diverges_at:
            classes += " diverge"
        spans.append(f"<span class='{classes}' style='{style}' title='{html.escape(title)}'>{text}</span>")
    head = ("base: darker = the base was less sure of the token · hover a token for its probability" if is_base
            else html.escape(divergence.summary()) + "<br>green = more likely under the adapter than under the base, "
                 "red = less · outlined = first token that differs from the base · hover for both probabilities")
    return f"<div class='divergence'><div class='divergence-summary'>{head}</div>{''.join(spans)}</div>"


def divergences(engine, rows: Sequence, outputs: Sequence) -> dict[str, Divergence]:
    """Divergence records for every row of a finished compare that includes the base.

    ``rows`` are the engine rows and ``outputs`` their finished outputs (same order). Each output is
    scored under its own variant and, for adapters, under the base too: one teacher-forced pass.
    """
    by_variant = {row.variant: (row, out) for row, out in zip(rows, outputs)}
    if BASE not in by_variant:
        raise RequestError(Messages.DIVERGENCE_NEEDS_BASE)
    base_ids = by_variant[BASE][1].token_ids
    adapters = [(row, out) for row, out in zip(rows, outputs) if row.variant != BASE]
    score_rows = [*rows, *(replace(row, variant=BASE, strength=1.0) for row, _ in adapters)]
    continuations = [out.token_ids for out in outputs] + [out.token_ids for _, out in adapters]
    scores = engine.token_logprobs(score_rows, continuations)
    own, under_base = scores[: len(outputs)], scores[len(outputs):]
    base_scores = dict(zip([row.variant for row, _ in adapters], under_base))
    result = {}
    for row, out, logprobs in zip(rows, outputs, own):
        pieces = token_pieces(engine.decode, out.token_ids)
        base_logprobs = logprobs if row.variant == BASE else base_scores[row.variant]
        result[row.variant] = compare_to_base(row.variant, out.token_ids, base_ids, pieces, logprobs, base_logprobs)
    return result
