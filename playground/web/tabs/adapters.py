"""The Adapters tab: what is loaded (and what was refused, with the reason), and the merge builder.

A merge combines two or more loaded adapters with PEFT's ``add_weighted_adapter``
(:mod:`playground.local.merge`), is saved under the data folder with a model card, loads at once,
and is selected in the Compare tab next to its parents.
"""

from __future__ import annotations

import gradio as gr
from gradio.context import LocalContext

from playground.core.engine import COMBINATIONS, Engine
from playground.core.types import BASE
from playground.services.context import Playground
from playground.services.merges import merge_adapters, parse_weights
from playground.web.errors import reports_errors
from playground.web.fairness import generation_pool
from playground.web.tabs.compare import CompareTab, variant_label

HEADERS = ["name", "status", "task", "rank", "alpha", "targets", "description / reason"]


def variants_table(engine: Engine) -> list[list]:
    return [[r.name, r.status, r.task, r.rank or "", r.alpha or "", ", ".join(r.targets),
             r.description] for r in engine.describe_variants()]


class AdaptersTab:
    """Loaded/refused adapters and a form that builds a weighted merge."""

    def __init__(self, app: Playground, compare: CompareTab):
        self.app, self.engine = app, app.engine
        self.merges_dir = app.data_dir / "merges"
        self.compare = compare
        self._render()
        self._setup_events()

    def _render(self) -> None:
        self.table = gr.Dataframe(value=variants_table(self.engine), headers=HEADERS, interactive=False, wrap=True,
                                  elem_id="adapters-table")
        with gr.Accordion("Build a merge (PEFT add_weighted_adapter)", open=True, elem_id="merge"):
            gr.Markdown("Combine loaded adapters into a new one. It is saved with a model card in the data "
                        "folder, loads at once, and is selected in the Compare tab next to its parents.")
            with gr.Row():
                self.parents = gr.CheckboxGroup(choices=self._adapter_choices(), label="Adapters to combine",
                                                elem_id="merge-parents")
            with gr.Row():
                self.weights = gr.Textbox(label="Weights", placeholder="0.5, 0.5 (one per adapter; empty = equal)",
                                          elem_id="merge-weights")
                self.combination = gr.Dropdown(choices=list(COMBINATIONS), value="linear", label="Combination",
                                               info="linear/ties/dare need equal ranks; cat/svd mix ranks",
                                               elem_id="merge-combination")
                self.density = gr.Slider(0.05, 1, value=0.5, step=0.05, label="Density (ties, dare, magnitude)")
                self.name = gr.Textbox(label="Name of the merge", placeholder="e.g. pitch-plus-post",
                                       elem_id="merge-name")
            self.build = gr.Button("Build merge", variant="primary", elem_id="merge-build")
            self.status = gr.Markdown(elem_id="merge-status")

    def _adapter_choices(self) -> list[str]:
        return [name for name in self.engine.variants if name != BASE]

    def _setup_events(self) -> None:
        self.build.click(self.run_merge, [self.name, self.parents, self.weights, self.combination, self.density],
                         [self.status, self.table, self.parents, self.compare.variants], api_visibility="private",
                         **generation_pool(self.app.limits))

    @reports_errors
    def run_merge(self, name, parents, weights_text, combination, density):
        """Build the merge, refresh the lists, and select it in Compare with its parents."""
        self.app.rate.check(LocalContext.request.get(None))
        adapter = merge_adapters(self.engine, self.merges_dir, name, parents, parse_weights(weights_text),
                                 combination, density)
        choices = [(variant_label(row), row.name) for row in self.engine.describe_loaded()]
        selected = ["base", *parents, adapter.name][: self.compare.pane_count]
        # a path inside the data folder, never the server's absolute one
        status = (f"Built **{adapter.name}** (rank {adapter.rank}) and saved it to `{self.merges_dir.name}/"
                  f"{adapter.name}` in the data folder. It is selected in the Compare tab next to its parents.")
        return (status, variants_table(self.engine), gr.update(choices=self._adapter_choices()),
                gr.update(choices=choices, value=selected))
