"""The engine interface: everything above the generation backend (services, web, eval) uses only this.

A backend lists and describes its variants (:class:`VariantInfo`), streams rows with their settings and a
cancel handle, scores tokens, and adds and removes adapters. The local torch engine
(:class:`playground.local.engine.LocalEngine`) is one implementation; a remote multi-LoRA server is another.
Nothing here imports torch.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, runtime_checkable

from playground.core.limits import Limits
from playground.core.types import GenerationParams, Row, VariantOutput

# The combinations a merge may ask for (PEFT's ``add_weighted_adapter`` types); the ones with a density prune
# (ties/dare/magnitude) before combining.
COMBINATIONS = ("linear", "cat", "svd", "ties", "dare_linear", "dare_ties", "magnitude_prune", "ties_svd",
                "dare_linear_svd", "dare_ties_svd", "magnitude_prune_svd")
NEEDS_DENSITY = tuple(c for c in COMBINATIONS if c.startswith(("ties", "dare", "magnitude")))


@dataclass(frozen=True)
class VariantInfo:
    """One variant as a backend describes it: the base, a loaded adapter, or an adapter it refused."""

    name: str
    kind: str  # "base" or "adapter"
    status: str = "loaded"  # "loaded" or "rejected" (then ``description`` says why)
    task: str = ""
    description: str = ""
    rank: int | None = None
    alpha: float | None = None
    targets: tuple[str, ...] = ()
    source: str = ""
    model: str = ""  # the base's model id (base only)
    warning: str | None = None  # something a user should know about a loaded adapter
    memory_bytes: int = 0  # what a loaded adapter takes (not part of /variants)

    @property
    def loaded(self) -> bool:
        return self.status == "loaded"

    @property
    def is_adapter(self) -> bool:
        return self.kind == "adapter"

    def to_dict(self) -> dict:
        """The ``/variants`` row (the API contract: the base has ``model``, loaded adapters ``warning``)."""
        row = {"name": self.name, "kind": self.kind, "status": self.status, "task": self.task}
        if self.kind == "base":
            row["model"] = self.model
        row.update(description=self.description, rank=self.rank, alpha=self.alpha, targets=list(self.targets),
                   source=self.source)
        if self.is_adapter and self.loaded:
            row["warning"] = self.warning
        return row


@dataclass(frozen=True)
class BackendInfo:
    """What the page header and eval reports say about the backend."""

    description: str  # the base model, where it came from and how it is loaded
    device: str = "cpu"
    warnings: tuple[str, ...] = ()  # degraded modes a user should know about (fallbacks, slow paths)


@dataclass(frozen=True)
class Capabilities:
    """What a backend can do beyond streaming text (the UI hides or explains the rest), and in a few words how it
    does each (or why it cannot): the feature matrix of the Adapters tab and of ``/variants``."""

    strength: bool = True  # per-row adapter strength
    divergence: bool = True  # token log-probabilities (the divergence view)
    merge: bool = True  # combining adapters into a new one
    add_adapter: bool = True  # adapters added while the app runs
    notes: tuple[tuple[str, str], ...] = ()  # (feature, how or why not)

    def features(self) -> dict[str, dict]:
        """``{feature: {"available", "note"}}`` for :data:`FEATURES`, in that order."""
        notes = dict(self.notes)
        return {name: {"available": bool(getattr(self, name)), "note": notes.get(name, "")} for name in FEATURES}


FEATURES = ("strength", "divergence", "merge", "add_adapter")  # the optional features of Capabilities


@dataclass(frozen=True)
class MemoryPeak:
    """Peak memory since a reset, and what it measures (CUDA's allocator, or the process's RSS)."""

    mb: float
    kind: str
    was_reset: bool = True


@runtime_checkable
class Engine(Protocol):
    """A generation backend: one base model and the adapters on it."""

    limits: Limits  # this deployment's limits, applied before any work is sent
    info: BackendInfo
    capabilities: Capabilities

    @property
    def variants(self) -> list[str]:
        """Names a request can use now: the base, then each loaded adapter."""

    def describe_variants(self) -> list[VariantInfo]:
        """The base, loaded adapters and refused adapters."""

    def describe_loaded(self) -> list[VariantInfo]:
        """:meth:`describe_variants` without the refused adapters."""

    def count_tokens(self, messages: Sequence[dict]) -> int:
        """Prompt tokens of a chat, as the backend encodes it."""

    def stream(self, rows: Sequence[Row], params: GenerationParams,
               cancel: threading.Event | None = None) -> Iterator[list[VariantOutput]]:
        """Every row's output so far: first empty (before work starts), then as tokens arrive; the last is
        final. Setting ``cancel`` (or closing the iterator) ends the decoding at the next step."""

    def generate(self, rows: Sequence[Row], params: GenerationParams,
                 cancel: threading.Event | None = None) -> list[VariantOutput]:
        """:meth:`stream` run to completion."""

    def token_logprobs(self, rows: Sequence[Row], continuations: Sequence[Sequence[int]]) -> list[list[float]]:
        """Log-probability of each continuation token under its row's variant (teacher forcing)."""

    def decode(self, token_ids: Sequence[int]) -> str:
        """Text of generated token ids."""

    def add_adapter(self, folder: str | Path, name: str | None = None) -> VariantInfo:
        """Validate and attach one more adapter while the app runs."""

    def remove_adapter(self, name: str) -> None:
        """Detach an adapter (between generations)."""

    def merge_adapters(self, name: str, parents: list[str], weights: list[float], combination: str,
                       density: float | None, out_root: str | Path) -> VariantInfo:
        """Combine adapters into a new one, saved under ``out_root`` and loaded."""

    def reset_peak_memory(self) -> bool:
        """Start a new memory peak; False when only the peak since the start can be read."""

    def peak_memory(self, was_reset: bool = True) -> MemoryPeak:
        """The peak since :meth:`reset_peak_memory`."""

    def free_memory(self) -> None:
        """Give cached memory back (after an out-of-memory error)."""


def final(stream: Iterator[list[VariantOutput]]) -> list[VariantOutput]:
    """The last (final) outputs of an engine's :meth:`Engine.stream` (what ``generate`` returns)."""
    result: list[VariantOutput] = []
    for result in stream:
        pass
    return result
