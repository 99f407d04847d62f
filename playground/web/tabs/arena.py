"""The Arena tab and its API: blind A/B battles between two variants, votes, and the leaderboard.

A battle draws two variants at random (base + loaded adapters, or base + one task's adapters), streams
the same prompt through both in ONE batched ``engine.stream`` call as "Model A" and "Model B", and keeps
the battle server-side (:class:`playground.features.arena_store.ArenaStore`): the page and the API only ever hold its
random id. The vote buttons wake up once both outputs are done; a vote reveals the names and updates
the Bradley-Terry leaderboard (:mod:`playground.features.ratings`) and the pairwise win-rate matrix.

The battle and vote logic, and why the server picks the sampling and a secret seed, live in
:mod:`playground.services.battles`. Exports hold other visitors' prompts and outputs, so
:class:`playground.features.arena.ArenaPolicy` keeps them for the operator; the leaderboard is public.

Layout lives in ``_render``, wiring in ``_setup_events`` (the ChatInterface pattern). The endpoints
``/arena_battle``, ``/arena_vote``, ``/leaderboard`` and ``/arena_export`` are declared by
:func:`register_arena_api` (see the README for ``gradio_client`` calls).
"""

from __future__ import annotations

import math
import random
import time

import gradio as gr
import pandas as pd

from playground.core.messages import Messages
from playground.features.arena import ArenaError
from playground.features.arena_store import ArenaStore
from playground.features.ratelimit import client_key
from playground.features.ratings import pairwise_win_rates
from playground.features.tasks import TASKS, get_task
from playground.services.battles import (
    ALL_TASKS,
    MAX_NEW_TOKENS,
    SAMPLING,
    BattleUpdate,
    battle_stream,
    cast_vote,
    leaderboard_rows,
)
from playground.services.context import Playground
from playground.services.requests import FREE_PROMPT
from playground.web.downloads import fresh_folder
from playground.web.errors import reports_errors
from playground.web.fairness import generation_pool
from playground.web.task_form import TaskForms

CHOICE_LABELS = {"a": "← A is better", "b": "B is better →", "tie": "Tie", "both_bad": "Both are bad"}
VERDICTS = {"a": "Model A is better", "b": "Model B is better", "tie": "a tie", "both_bad": "both are bad"}
LEADERBOARD_COLUMNS = ["rank", "variant", "rating", "95% CI", "win rate", "battles", "wins", "ties", "losses"]
READY = "Both answers are in. Which one is better? Vote below; the names are revealed after."
HIDDEN = "Generating… the two variants stay hidden until you vote."
NEW_ROUND = "New round: the next battle draws a new pair."


def leaderboard_frame(rows: list[dict]) -> pd.DataFrame:
    """Leaderboard records as the table shown in the tab."""
    return pd.DataFrame([[row["rank"], row["variant"], round(row["rating"]),
                          f"{row['ci_low']:.0f} – {row['ci_high']:.0f}", f"{100 * row['win_rate']:.0f}%",
                          row["battles"], row["wins"], row["ties"], row["losses"]]
                         for row in rows], columns=LEADERBOARD_COLUMNS)


def _heat(rate: float) -> str:
    """Red (always loses) through white (even) to green (always wins); grey where they never met."""
    if rate is None or (isinstance(rate, float) and math.isnan(rate)):
        return "background-color: #e5e7eb; color: #6b7280"
    if rate >= 0.5:
        t = (rate - 0.5) * 2
        color = (int(255 - t * (255 - 34)), int(255 - t * (255 - 197)), int(255 - t * (255 - 94)))
    else:
        t = (0.5 - rate) * 2
        color = (int(255 - t * (255 - 239)), int(255 - t * (255 - 68)), int(255 - t * (255 - 68)))
    text = "#ffffff" if abs(rate - 0.5) > 0.35 else "#111827"
    return f"background-color: rgb{color}; color: {text}; text-align: center"


def matrix_styler(store: ArenaStore, task: str = ALL_TASKS):
    """Pairwise win rates (row beats column, ties half; battles in brackets) as a heatmap-styled table."""
    names, rates, games = pairwise_win_rates(store.outcomes(task or None))
    head = "row beats column →"
    if not names:
        return pd.DataFrame({head: []})
    labels = [["–" if games[i, j] == 0 else f"{100 * rates[i, j]:.0f}% ({games[i, j]})" for j in range(len(names))]
              for i in range(len(names))]
    frame = pd.DataFrame(labels, columns=names)
    frame.insert(0, head, names)
    colors = pd.DataFrame([["font-weight: 600", *[_heat(rates[i, j]) for j in range(len(names))]]
                           for i in range(len(names))], columns=frame.columns)
    return frame.style.apply(lambda _: colors, axis=None).hide(axis="index")


def write_exports(store: ArenaStore, task: str = ALL_TASKS) -> tuple[str, str]:
    """votes.jsonl and dpo.jsonl in a fresh folder under the system temp dir (which gradio serves)."""
    folder = fresh_folder("arena")
    stem = f"arena-{task or 'all'}-{time.strftime('%Y%m%d-%H%M%S')}"
    votes = store.export_jsonl("votes", folder / f"{stem}-votes.jsonl", task or None)
    pairs = store.export_jsonl("dpo", folder / f"{stem}-dpo.jsonl", task or None)
    return str(votes), str(pairs)


class ArenaTab:
    """Prompt or task form on top, the two anonymous panes, the vote buttons, then the leaderboard."""

    def __init__(self, app: Playground):
        self.app, self.engine = app, app.public_engine  # battles draw from everyone's variants
        self.store, self.policy = app.store, app.policy
        adapter_tasks = {info.task for info in self.engine.describe_loaded() if info.is_adapter}
        self.tasks = [task for task in TASKS.values() if task.name in adapter_tasks]  # the ones a battle can use
        self._render()
        self._setup_events()

    # ----- layout ---------------------------------------------------------------------
    def _render(self) -> None:
        gr.Markdown("Two variants, drawn at random from the base and the loaded adapters, answer the same "
                    "prompt in one batch. Vote for the better answer; the names are revealed after your vote.")
        with gr.Row():
            with gr.Column(scale=3):
                self.task = gr.Dropdown(
                    choices=[("Free prompt (any variant)", FREE_PROMPT), *[(t.title, t.name) for t in self.tasks]],
                    value=FREE_PROMPT, label="Task", elem_id="arena-task",
                    info="With a task, the pair is drawn from the base and that task's adapters.")
                self.prompt = gr.Textbox(label="Prompt", lines=3, max_length=self.app.limits.max_prompt_chars,
                                         placeholder="Ask something both models will answer…", elem_id="arena-prompt")
                self.forms = TaskForms("arena-fields", hints=False)
                self.example_button = gr.Button("Random example", size="sm", visible=False,
                                                elem_id="arena-example")
                with gr.Row():
                    self.battle_button = gr.Button("Battle", variant="primary", elem_id="arena-battle")
                    self.new_round_button = gr.Button("New round", elem_id="arena-new-round")
            with gr.Column(scale=2):
                with gr.Accordion("Generation settings (the same for both)", open=False, elem_id="arena-settings"):
                    self.max_new_tokens = gr.Slider(1, self.app.limits.max_new_tokens, value=MAX_NEW_TOKENS, step=1,
                                                    label="Max new tokens", elem_id="arena-max-new-tokens")
                    gr.Markdown(f"Sampled at temperature {SAMPLING['temperature']}, top-p {SAMPLING['top_p']}, "
                                "with a secret seed: the server picks them, so the pair stays blind. "
                                "Your vote reveals the seed.")
        self.status = gr.Markdown(elem_id="arena-status")
        with gr.Row(equal_height=True):
            self.pane_a = gr.Textbox(label="Model A", lines=10, max_lines=24, interactive=False, buttons=["copy"],
                                     elem_id="arena-a", elem_classes=["arena-pane"])
            self.pane_b = gr.Textbox(label="Model B", lines=10, max_lines=24, interactive=False, buttons=["copy"],
                                     elem_id="arena-b", elem_classes=["arena-pane"])
        with gr.Row():
            self.vote_buttons = {choice: gr.Button(label, interactive=False, elem_id=f"arena-vote-{choice}")
                                 for choice, label in CHOICE_LABELS.items()}
        self.reveal = gr.Markdown(elem_id="arena-reveal")
        self.battle_id = gr.State("")
        self._render_leaderboard()

    def _render_leaderboard(self) -> None:
        gr.Markdown("### Leaderboard\nBradley-Terry ratings on the Elo scale (1000 = a variant with no evidence "
                    "yet), with 95% bootstrap intervals over the battles. Win rate counts a tie (and “both bad”) "
                    "as half a win.")
        with gr.Row():
            self.board_task = gr.Dropdown(
                choices=[("All battles", ALL_TASKS), *[(t.title, t.name) for t in TASKS.values()]],
                value=ALL_TASKS, label="Battles", elem_id="arena-board-task", scale=3)
            self.refresh_button = gr.Button("Refresh", size="sm", scale=1, elem_id="arena-refresh")
        # static values refreshed when the tab opens (app.py): a callable value would be a public API endpoint
        self.board = gr.Dataframe(value=leaderboard_frame(leaderboard_rows(self.store)),
                                  headers=LEADERBOARD_COLUMNS, interactive=False, elem_id="arena-leaderboard",
                                  label="Leaderboard")
        self.matrix = gr.Dataframe(value=matrix_styler(self.store), interactive=False,
                                   elem_id="arena-matrix", label="Pairwise win rate (row beats column; battles)")
        with gr.Row():
            self.export_button = gr.Button("Export votes", size="sm", elem_id="arena-export")
            # shown only when the operator set PLAYGROUND_ADMIN_TOKEN: otherwise there is nothing to type
            self.admin_token = gr.Textbox(label="Admin token", type="password", visible=bool(self.policy.admin_token),
                                          elem_id="arena-admin-token")
            self.votes_file = gr.File(label="Votes (JSONL)", interactive=False, visible=False,
                                      elem_id="arena-votes-file")
            self.dpo_file = gr.File(label="DPO pairs (JSONL: prompt, chosen, rejected)", interactive=False,
                                    visible=False, elem_id="arena-dpo-file")

    # ----- events ---------------------------------------------------------------------
    def _setup_events(self) -> None:
        private = {"queue": False, "api_visibility": "private"}
        votes = list(self.vote_buttons.values())
        self.task.input(self.pick_task, self.task, [self.prompt, self.example_button, *self.forms.groups.values()],
                        **private)
        self.example_button.click(self.random_example, self.task, self.forms.all_inputs, **private)
        battle_outputs = [self.pane_a, self.pane_b, self.status, self.battle_id, self.reveal, *votes]
        gr.on([self.battle_button.click, self.prompt.submit], self.run,
              [self.task, self.prompt, self.max_new_tokens, *self.forms.all_inputs], battle_outputs,
              api_visibility="private", **generation_pool(self.app.limits))
        self.new_round_button.click(self.new_round, None, [self.pane_a, self.pane_b, self.status, self.battle_id,
                                                           self.reveal, self.prompt, *votes], **private)
        board_outputs = [self.board, self.matrix]
        for choice, button in self.vote_buttons.items():
            button.click(self._voter(choice), [self.battle_id, self.board_task],
                         [self.reveal, self.status, self.pane_a, self.pane_b, *votes, *board_outputs],
                         api_visibility="private")
        gr.on([self.board_task.change, self.refresh_button.click], self.board_updates, self.board_task,
              board_outputs, api_visibility="private")
        self.export_button.click(self.export, [self.board_task, self.admin_token], [self.votes_file, self.dpo_file],
                                 api_visibility="private")

    def _client(self, request: gr.Request | None) -> str:
        """The caller's key (its address; on a Space the first hop of X-Forwarded-For), hashed by the store."""
        return client_key(request, trust_forwarded=self.policy.trust_forwarded)

    @reports_errors
    def pick_task(self, task_name: str):
        """Show the task's form (and the example button) or the free prompt."""
        return [gr.update(visible=not task_name), gr.update(visible=bool(task_name)), *self.forms.visibility(task_name)]

    @reports_errors
    def random_example(self, task_name: str):
        """Fill the task's fields from a random row of examples/<task>/test.jsonl."""
        if not task_name:
            return [gr.update() for _ in self.forms.all_inputs]
        fields = random.choice(get_task(task_name).load_split("test"))["fields"]
        return self.forms.fill(task_name, {f: fields.get(f, "") for f in self.forms.inputs[task_name]})

    @reports_errors
    def run(self, request: gr.Request, task_name, prompt, max_new_tokens, *field_values):
        """Stream a new battle into the two panes; the vote buttons wake up when both are done."""
        locked = [gr.update(interactive=False)] * len(self.vote_buttons)
        self.app.rate.check(request)
        fields = self.forms.fields_from(task_name, list(field_values)) if task_name else None
        for update in battle_stream(self.engine, self.store, prompt, task_name, fields, max_new_tokens,
                                    self._client(request)):
            if not update.done:
                yield [*self._panes(update), HIDDEN, update.battle.battle_id, "", *locked]
        unlocked = [gr.update(interactive=True)] * len(self.vote_buttons)
        yield [*self._panes(update), READY, update.battle.battle_id, "", *unlocked]

    @staticmethod
    def _panes(update: BattleUpdate) -> list:
        # The labels go back to "Model A/B": a previous battle's revealed names must not stay on the panes.
        return [gr.update(value=update.a, label="Model A"), gr.update(value=update.b, label="Model B")]

    @reports_errors
    def new_round(self):
        """Clear the panes and the prompt; the next battle draws a new pair."""
        locked = [gr.update(interactive=False)] * len(self.vote_buttons)
        return [gr.update(value="", label="Model A"), gr.update(value="", label="Model B"), NEW_ROUND, "", "", "",
                *locked]

    def _voter(self, choice: str):
        @reports_errors
        def vote(battle_id: str, board_task: str, request: gr.Request = None):
            return self.vote(battle_id, choice, board_task, request)
        vote.__doc__ = f"Vote '{choice}' on the current battle."
        return vote

    def vote(self, battle_id: str, choice: str, board_task: str = ALL_TASKS, request: gr.Request = None):
        """Record the vote, reveal both names and the seed, lock the buttons and refresh the leaderboard."""
        if not battle_id:
            raise ArenaError(Messages.ARENA_NO_BATTLE)
        vote = cast_vote(self.store, battle_id, choice, self._client(request), self.app.votes)
        battle = vote.battle
        reveal = (f"**Model A** was `{battle.variant_a}` · **Model B** was `{battle.variant_b}` — you said "
                  f"{VERDICTS[choice]} (vote #{vote.vote_id}; sampled at temperature "
                  f"{battle.settings.get('temperature')} with seed {battle.seed}). "
                  "Press **New round** or **Battle** for another pair.")
        locked = [gr.update(interactive=False)] * len(self.vote_buttons)
        return [reveal, "Thanks, your vote is saved.", gr.update(label=f"Model A: {battle.variant_a}"),
                gr.update(label=f"Model B: {battle.variant_b}"), *locked, *self._board(board_task)]

    @reports_errors
    def board_updates(self, board_task: str = ALL_TASKS):
        """Fresh leaderboard and pairwise matrix for the chosen battles."""
        return self._board(board_task)

    def _board(self, board_task: str):
        return [leaderboard_frame(leaderboard_rows(self.store, board_task)), matrix_styler(self.store, board_task)]

    @reports_errors
    def export(self, board_task: str = ALL_TASKS, admin_token: str = ""):
        """Both JSONL files for the chosen battles, shown for download (for the operator only, see ArenaPolicy)."""
        self.policy.check_export(admin_token)
        return [gr.update(value=path, visible=True) for path in write_exports(self.store, board_task)]
