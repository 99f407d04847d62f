"""Adapters that visitors add while the app runs: who may use each, and how many stay loaded.

    added = app.added.add(folder, owner="session-1", name="my-lora")   # validated and loaded by the engine
    engine = app.added.view(app.engine, "session-1")                   # what that visitor may use
    for outputs in engine.stream(rows, params): ...                     # evicted adapters come back first

Who sees an adapter: the visitor (session) that added it, or everyone when the app shares added adapters
(``PLAYGROUND_SHARED_ADAPTERS=1``); shipped adapters are everyone's. Memory stays bounded: at most
``limits.max_added_adapters`` added adapters, and ``limits.max_added_adapters_mb`` of them, are loaded at once;
beyond that the least recently used one that no generation is using is unloaded and reloads from its files
when it is used again. Generations never see an adapter go: one in use is never unloaded.
"""

from __future__ import annotations

import shutil
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from playground.core.engine import Engine, VariantInfo
from playground.core.limits import Limits
from playground.core.messages import Messages
from playground.core.types import BASE, GenerationParams, RequestError, Row, VariantOutput, check_known

MB = 2 ** 20
STORED_PER_LOADED = 4  # added adapters kept on disk (unloaded) per one kept loaded


@dataclass
class Added:
    """One added adapter: whose, where its files are, whether it is loaded now."""

    info: VariantInfo
    owner: str | None  # the session that added it; None: everyone's
    folder: Path
    loaded: bool = True
    used_at: float = field(default_factory=time.monotonic)
    in_use: int = 0  # generations running with it now

    @property
    def name(self) -> str:
        return self.info.name


class AddedAdapters:
    """The adapters added at run time, shared by every tab, endpoint and visitor of one app."""

    def __init__(self, engine: Engine, root: str | Path, shared: bool = False):
        self.engine = engine
        self.root = Path(root)
        self.shared = shared
        self._added: dict[str, Added] = {}
        self._lock = threading.RLock()

    @property
    def limits(self) -> Limits:
        return self.engine.limits

    # ----- who sees what ---------------------------------------------------------------
    def hidden_from(self, owner: str | None) -> set[str]:
        """Names of other visitors' adapters: ``owner`` neither sees nor uses them."""
        with self._lock:
            return {a.name for a in self._added.values() if a.owner is not None and a.owner != owner}

    def owned_by(self, owner: str | None) -> list[Added]:
        with self._lock:
            return [a for a in self._added.values() if a.owner is None or a.owner == owner]

    def view(self, engine: Engine, owner: str | None) -> ScopedEngine:
        """``engine`` as ``owner`` sees it (their own and shared adapters, never another visitor's)."""
        return ScopedEngine(engine, self, owner)

    # ----- adding and removing -----------------------------------------------------------
    def add(self, folder: str | Path, owner: str | None, name: str | None = None) -> tuple[VariantInfo, list[str]]:
        """Load the adapter in ``folder`` (files already checked and under :attr:`root`) for ``owner``; returns
        its description and the adapters unloaded to make room. Refusals raise :class:`RequestError`."""
        folder = Path(folder)
        owner = None if self.shared else owner
        with self._lock:
            unloaded = self._make_room(extra=1)
            try:
                info = self.engine.add_adapter(folder, name)
            except BaseException:
                shutil.rmtree(folder, ignore_errors=True)  # refused: its files are not kept
                raise
            if info.memory_bytes > self.limits.max_added_adapters_mb * MB:  # alone over the cap: never fits
                self.engine.remove_adapter(info.name)
                shutil.rmtree(folder, ignore_errors=True)
                raise RequestError(Messages.ADDED_TOO_BIG.format(name=info.name, size=info.memory_bytes / MB,
                                                                 limit=self.limits.max_added_adapters_mb))
            self._added[info.name] = Added(info=info, owner=owner, folder=folder)
            unloaded += self._make_room(extra=0)
            self._forget_beyond_storage()
            return info, unloaded

    def remove(self, name: str, owner: str | None) -> None:
        """Unload and delete ``owner``'s added adapter (refused while a generation uses it)."""
        with self._lock:
            added = self._added.get(name)
            if added is None or name in self.hidden_from(owner):
                raise RequestError(Messages.ADDED_UNKNOWN.format(name=name))
            if added.in_use:
                raise RequestError(Messages.ADDED_IN_USE.format(name=name))
            if added.loaded:
                self.engine.remove_adapter(name)
            del self._added[name]
            shutil.rmtree(added.folder, ignore_errors=True)

    def is_added(self, name: str) -> bool:
        return name in self._added

    # ----- memory ---------------------------------------------------------------------
    def acquire(self, names: Sequence[str]) -> list[str]:
        """Mark the added adapters among ``names`` in use (reloading the unloaded ones first); returns the
        names reloaded. Call :meth:`release` with the same names when the generation ends."""
        reloaded = []
        with self._lock:
            wanted = [self._added[n] for n in dict.fromkeys(names) if n in self._added]
            for added in wanted:
                added.in_use += 1  # before making room, so that no wanted adapter is unloaded for another
            try:
                for added in wanted:
                    added.used_at = time.monotonic()
                    if not added.loaded:
                        self._make_room(extra=1)
                        self.engine.add_adapter(added.folder, added.name)
                        added.loaded = True
                        reloaded.append(added.name)
            except BaseException:
                for added in wanted:
                    added.in_use -= 1
                raise
        return reloaded

    def release(self, names: Sequence[str]) -> None:
        with self._lock:
            for name in dict.fromkeys(names):
                if name in self._added:
                    self._added[name].in_use -= 1

    def _loaded(self) -> list[Added]:
        return [a for a in self._added.values() if a.loaded]

    def _make_room(self, extra: int) -> list[str]:
        """Unload least recently used adapters until ``extra`` more fit the caps; the names unloaded."""
        count_cap, mb_cap = self.limits.max_added_adapters, self.limits.max_added_adapters_mb
        unloaded = []
        while True:
            loaded = self._loaded()
            used = sum(a.info.memory_bytes for a in loaded)
            if len(loaded) + extra <= count_cap and used <= mb_cap * MB:
                return unloaded
            idle = sorted((a for a in loaded if not a.in_use), key=lambda a: a.used_at)
            if not idle:
                raise RequestError(Messages.ADDED_ALL_BUSY.format(limit=count_cap))
            self.engine.remove_adapter(idle[0].name)
            idle[0].loaded = False
            unloaded.append(idle[0].name)

    def _forget_beyond_storage(self) -> None:
        """Delete the least recently used unloaded adapters beyond what the disk keeps."""
        keep = STORED_PER_LOADED * max(1, self.limits.max_added_adapters)
        stored = sorted(self._added.values(), key=lambda a: a.used_at)
        for added in stored[: max(0, len(stored) - keep)]:
            if not added.loaded and not added.in_use:
                del self._added[added.name]
                shutil.rmtree(added.folder, ignore_errors=True)


class ScopedEngine:
    """The engine as one visitor sees it: other visitors' adapters are not there, and an added adapter that was
    unloaded to make room comes back before a generation that uses it (the engine interface, by delegation)."""

    def __init__(self, engine: Engine, added: AddedAdapters, owner: str | None):
        self._engine, self._added, self.owner = engine, added, owner
        self.limits, self.info, self.capabilities = engine.limits, engine.info, engine.capabilities

    @property
    def variants(self) -> list[str]:
        hidden = self._added.hidden_from(self.owner)
        unloaded = [a.name for a in self._added.owned_by(self.owner) if not a.loaded]
        return [name for name in self._engine.variants if name not in hidden] + unloaded

    def describe_variants(self) -> list[VariantInfo]:
        hidden = self._added.hidden_from(self.owner)
        unloaded = [a.info for a in self._added.owned_by(self.owner) if not a.loaded]
        return [info for info in self._engine.describe_variants() if info.name not in hidden] + unloaded

    def describe_loaded(self) -> list[VariantInfo]:
        return [info for info in self.describe_variants() if info.loaded]

    def count_tokens(self, messages: Sequence[dict]) -> int:
        return self._engine.count_tokens(messages)

    def decode(self, token_ids: Sequence[int]) -> str:
        return self._engine.decode(token_ids)

    @contextmanager
    def _using(self, names: Sequence[str], check: bool = True) -> Iterator[None]:
        """``names`` checked against what this visitor may use (unless the caller checks), and kept loaded while
        the block runs."""
        if check:
            check_known(sorted(set(names)), self.variants)
        self._added.acquire(names)
        try:
            yield
        finally:
            self._added.release(names)

    def stream(self, rows: Sequence[Row], params: GenerationParams,
               cancel: threading.Event | None = None) -> Iterator[list[VariantOutput]]:
        with self._using([row.variant for row in rows]):
            yield from self._engine.stream(rows, params, cancel)

    def generate(self, rows: Sequence[Row], params: GenerationParams,
                 cancel: threading.Event | None = None) -> list[VariantOutput]:
        with self._using([row.variant for row in rows]):
            return self._engine.generate(rows, params, cancel)

    def token_logprobs(self, rows: Sequence[Row], continuations: Sequence[Sequence[int]]) -> list[list[float]]:
        with self._using([row.variant for row in rows]):
            return self._engine.token_logprobs(rows, continuations)

    def add_adapter(self, folder: str | Path, name: str | None = None) -> VariantInfo:
        return self._added.add(folder, self.owner, name)[0]

    def remove_adapter(self, name: str) -> None:
        if name == BASE or not self._added.is_added(name):
            raise RequestError(Messages.ADDED_ONLY.format(name=name))
        self._added.remove(name, self.owner)

    def merge_adapters(self, name: str, parents: list[str], weights: list[float], combination: str,
                       density: float | None, out_root: str | Path) -> VariantInfo:
        private = {added.name for added in self._added.owned_by(self.owner) if added.owner is not None}
        hidden = self._added.hidden_from(self.owner)
        for parent in parents:  # the merge checks the rest and words it (Cannot build this merge: ...)
            if parent in private:
                raise RequestError(Messages.MERGE_BAD.format(reason=Messages.ADDED_NO_MERGE.format(name=parent)))
            if parent in hidden:
                available = ", ".join(v for v in self.variants if v != BASE)
                raise RequestError(Messages.MERGE_BAD.format(
                    reason=Messages.UNKNOWN_VARIANT.format(name=parent, available=available)))
        with self._using(parents, check=False):
            return self._engine.merge_adapters(name, parents, weights, combination, density, out_root)

    def reset_peak_memory(self) -> bool:
        return self._engine.reset_peak_memory()

    def peak_memory(self, was_reset: bool = True):
        return self._engine.peak_memory(was_reset)

    def free_memory(self) -> None:
        self._engine.free_memory()

