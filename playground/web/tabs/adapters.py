"""The Adapters tab: what is loaded (and what was refused, with the reason), adding your own adapter, and the
merge builder.

An added adapter (a Hub id, a zipped PEFT folder, or its files) is checked like the shipped ones, is this
visitor's only (unless the app shares added adapters), and appears at once in the variant choices of Compare,
Chat and Eval; **Remove** takes it away (:mod:`playground.services.adapters`).

A merge combines two or more loaded adapters with PEFT's ``add_weighted_adapter``
(:mod:`playground.local.merge`), is saved under the data folder with a model card, loads at once,
and is selected in the Compare tab next to its parents.
"""

from __future__ import annotations

import html

import gradio as gr
from gradio.context import LocalContext

from playground.core.engine import COMBINATIONS, Engine
from playground.core.messages import Messages
from playground.core.types import BASE, RequestError
from playground.services.context import Playground
from playground.services.merges import merge_adapters, parse_weights
from playground.web.errors import reports_errors
from playground.web.fairness import generation_pool
from playground.web.files import uploaded_path
from playground.web.tabs.base import Tab
from playground.web.tabs.compare import CompareTab, variant_label

HEADERS = ["name", "status", "task", "rank", "alpha", "targets", "description / reason"]


def variants_table(engine: Engine) -> list[list]:
    return [[r.name, r.status, r.task, r.rank or "", r.alpha or "", ", ".join(r.targets),
             r.description] for r in engine.describe_variants()]


FEATURE_LABELS = {"strength": "Adapter strength", "divergence": "Divergence view", "merge": "Merges",
                  "add_adapter": "Adding an adapter at run time"}


class AdaptersTab(Tab):
    """Loaded/refused adapters and a form that builds a weighted merge."""

    def __init__(self, app: Playground, compare: CompareTab, pickers: list[gr.CheckboxGroup] = ()):
        super().__init__(app)
        self.merges_dir = app.data_dir / "merges"
        self.compare = compare
        self.pickers = [compare.variants, *pickers]  # every variant picker of the page (Compare first)
        self._render()
        self._setup_events()

    def _render(self) -> None:
        self.table = gr.Dataframe(value=variants_table(self.engine), headers=HEADERS, interactive=False, wrap=True,
                                  elem_id="adapters-table")
        self._render_add()
        capabilities = self.app.engine.capabilities
        with gr.Accordion("What this backend does", open=not (capabilities.merge and capabilities.add_adapter),
                          elem_id="backend-features"):
            gr.Markdown(feature_table(capabilities))
        with gr.Accordion("Build a merge (PEFT add_weighted_adapter)", open=True, elem_id="merge",
                          visible=capabilities.merge):
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

    def _render_add(self) -> None:
        limits = self.app.limits
        who = ("every visitor" if self.app.added.shared else "you only (this page's session)")
        with gr.Accordion("Add an adapter", open=True, elem_id="add-adapter",
                          visible=self.app.engine.capabilities.add_adapter):
            gr.Markdown(f"Try your own PEFT LoRA adapter: a Hub id, or a **.zip** of its folder, or its "
                        f"`adapter_config.json` + `adapter_model.safetensors` (+ `README.md` card). Safetensors only, "
                        f"at most {limits.max_adapter_upload_mb} MB. It is checked like the shipped adapters and "
                        f"visible to {who}.")
            with gr.Row():
                self.hub_id = gr.Textbox(label="Hub id", placeholder="owner/my-lora", elem_id="add-hub-id")
                self.revision = gr.Textbox(label="Revision (optional)", placeholder="main, a tag or a commit",
                                           elem_id="add-revision")
                self.added_name = gr.Textbox(label="Name (optional)", placeholder="defaults to the folder's",
                                             elem_id="add-name")
            self.upload = gr.File(label="…or upload: a .zip, or the adapter's files", file_count="multiple",
                                  file_types=[".zip", ".json", ".safetensors", ".md"], elem_id="add-files")
            self.add = gr.Button("Add adapter", variant="primary", elem_id="add-button")
            with gr.Row():
                self.removable = gr.Dropdown(choices=[], label="Your added adapters", elem_id="remove-choice")
                self.remove = gr.Button("Remove", elem_id="remove-button")
            self.add_status = gr.Markdown(elem_id="add-status")

    def _adapter_choices(self) -> list[str]:
        """What a merge may combine: loaded adapters everyone sees (a merge is saved for every visitor)."""
        private = {added.name for added in self.app.added.owned_by(self.engine.owner) if added.owner is not None}
        return [name for name in self.engine.variants if name != BASE and name not in private]

    @property
    def refreshed_outputs(self) -> list:
        """What :meth:`_refreshed` updates."""
        return [self.add_status, self.table, self.parents, self.removable, *self.pickers]

    def on_page_load(self) -> list:
        """The lists and pickers as the backend serves them now (a model server that was down, or changed)."""
        self.app.engine.refresh(force=False)
        return self._refreshed(gr.update())

    def _setup_events(self) -> None:
        refreshed = self.refreshed_outputs
        self.add.click(self.run_add, [self.hub_id, self.revision, self.added_name, self.upload], refreshed,
                       api_visibility="private", **generation_pool(self.app.limits))
        self.remove.click(self.run_remove, [self.removable], refreshed, api_visibility="private")
        self.build.click(self.run_merge, [self.name, self.parents, self.weights, self.combination, self.density],
                         [self.status, self.table, self.parents, self.compare.variants], api_visibility="private",
                         **generation_pool(self.app.limits))

    def _refreshed(self, status: str, select: str | None = None) -> list:
        """The status, the table, the merge parents, the removable list and every variant picker, as this
        visitor now sees them (``select`` is also ticked in Compare)."""
        engine = self.engine
        choices = [(variant_label(info), info.name) for info in engine.describe_loaded()]
        mine = [added.name for added in self.app.added.owned_by(engine.owner)]
        pickers = [gr.update(choices=choices) for _ in self.pickers]
        if select:
            pickers[0] = gr.update(choices=choices, value=["base", select][: self.compare.pane_count])
        return [status, variants_table(engine), gr.update(choices=self._adapter_choices()),
                gr.update(choices=mine, value=select if select in mine else None), *pickers]

    @reports_errors
    def run_add(self, hub_id, revision, name, files):
        """Add the visitor's adapter, then show it everywhere on this page (and select it in Compare)."""
        request = LocalContext.request.get(None)
        self.app.rate.check(request)
        paths = [uploaded_path(f) for f in files or []]
        info, unloaded = self.app.add_adapter(request, hub_id, paths, revision, name)
        status = Messages.ADDED.format(name=info.name)
        if unloaded:
            status += Messages.ADDED_UNLOADED.format(names=", ".join(f"`{n}`" for n in unloaded))
        return self._refreshed(status, info.name)

    @reports_errors
    def run_remove(self, name):
        if not name:
            raise RequestError(Messages.ADDED_PICK)
        self.engine.remove_adapter(name)
        return self._refreshed(Messages.REMOVED.format(name=name))

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


def feature_table(capabilities) -> str:
    """The feature matrix of this backend (also in ``/variants``): each optional feature, yes or no, how or why not."""
    lines = ["| Feature | Available | How, or why not |", "|---|---|---|",
             "| Compare, Chat, Arena, Eval, REST, /v1 | yes | every backend |"]
    for name, feature in capabilities.features().items():
        note = html.escape(feature["note"], quote=False).replace("|", "\\|")
        lines.append(f"| {FEATURE_LABELS[name]} | {'yes' if feature['available'] else 'no'} | {note} |")
    lines.append("| Training (python -m playground.train) | local | a QLoRA run on this machine's copy of the base |")
    return "\n".join(lines)
