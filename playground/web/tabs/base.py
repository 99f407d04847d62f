"""What every tab shares: the app's state, and the engine as the visitor of the current event sees it."""

from __future__ import annotations

from gradio.context import LocalContext

from playground.services.adapters import ScopedEngine
from playground.services.context import Playground


class Tab:
    """A tab of the page; subclasses lay out in ``_render`` and wire in ``_setup_events``."""

    def __init__(self, app: Playground):
        self.app = app

    @property
    def engine(self) -> ScopedEngine:
        """The engine as the visitor behind the current event sees it (their added adapters too); while the page
        is built, the adapters everyone may use."""
        return self.app.engine_for(LocalContext.request.get(None))
