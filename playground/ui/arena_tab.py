"""The Arena tab and its API: blind A/B battles between two variants, votes, and the leaderboard.

A battle draws two variants at random (base + loaded adapters, or base + one task's adapters), streams
the same prompt through both in ONE batched ``engine.stream`` call as "Model A" and "Model B", and keeps
the battle server-side (:class:`playground.arena.ArenaStore`): the page and the API only ever hold its
random id. The vote buttons wake up once both outputs are done; a vote reveals the names and updates
the Bradley-Terry leaderboard (:mod:`playground.ratings`) and the pairwise win-rate matrix.

Blindness and fairness. The server, not the client, picks a battle's sampling (:data:`SAMPLING`) and a
secret seed, revealed only by the vote: a client that chose them (greedy, or a seed it knows) could replay
the prompt through ``/compare`` and recognise both variants before voting. A vote must come from the
client that started the battle (its address, hashed in the store), and each client may cast
``LIMITS.max_votes_per_hour`` votes an hour (:data:`VOTE_LIMITER`). Exports hold other visitors' prompts
and outputs, so :class:`playground.arena.ArenaPolicy` keeps them for the operator; the leaderboard is public.

Layout lives in ``_render``, wiring in ``_setup_events`` (the ChatInterface pattern). The endpoints
``/arena_battle``, ``/arena_vote``, ``/leaderboard`` and ``/arena_export`` are declared by
:func:`register_arena_api` (see the README for ``gradio_client`` calls).
"""

from __future__ import annotations

import math
import random
import secrets
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass

import gradio as gr
import pandas as pd

from ..arena import ArenaError, ArenaPolicy, ArenaStore, Battle, Vote, draw_pair, variant_pool
from ..engine import Engine
from ..generation import GenerationParams, RequestError, Row, VariantOutput
from ..limits import LIMITS, Messages
from ..ratelimit import RateLimit, RateLimited, RateLimiter, check_rate, client_key
from ..ratings import leaderboard, pairwise_win_rates
from ..tasks import TASKS, get_task
from .compare import task_messages
from .downloads import fresh_folder
from .errors import reports_errors
from .task_form import TaskForms

FREE_PROMPT = ""
ALL_TASKS = ""
MAX_NEW_TOKENS = 128  # a battle's default length; the client may pick up to LIMITS.max_new_tokens
# The sampling of every battle, chosen by the server (never the client) so that a battle cannot be replayed
# through /compare to unmask the pair; with a secret seed per battle (battle_params), a rematch of the same
# pair on the same prompt can differ. Both are stored with the battle and revealed by the vote.
SAMPLING = {"temperature": 0.7, "top_p": 0.95, "top_k": 0, "repetition_penalty": 1.0}
# Votes one client may cast per hour, in a sliding window (a module global, as ratelimit.LIMITER).
VOTE_LIMITER = RateLimiter(RateLimit(per_minute=LIMITS.max_votes_per_hour, window_s=3600.0))
CHOICE_LABELS = {"a": "← A is better", "b": "B is better →", "tie": "Tie", "both_bad": "Both are bad"}
VERDICTS = {"a": "Model A is better", "b": "Model B is better", "tie": "a tie", "both_bad": "both are bad"}
LEADERBOARD_COLUMNS = ["rank", "variant", "rating", "95% CI", "win rate", "battles", "wins", "ties", "losses"]
READY = "Both answers are in. Which one is better? Vote below; the names are revealed after."
HIDDEN = "Generating… the two variants stay hidden until you vote."
NEW_ROUND = "New round: the next battle draws a new pair."


@dataclass
class BattleUpdate:
    """One step of a battle: its id, both texts so far, and whether it is finished (and votable)."""

    battle: Battle
    a: str = ""
    b: str = ""
    done: bool = False

    def to_dict(self) -> dict:
        return {"battle_id": self.battle.battle_id, "a": self.a, "b": self.b, "done": self.done}


def battle_params(max_new_tokens) -> GenerationParams:
    """The server's :data:`SAMPLING` with a fresh secret seed; the client chooses only the length."""
    return GenerationParams.from_user(max_new_tokens, **SAMPLING, seed=secrets.randbelow(2**32))


def battle_stream(engine: Engine, store: ArenaStore, prompt: str, task: str, fields: dict | None,
                  max_new_tokens, client: str) -> Iterator[BattleUpdate]:
    """Draw a pair, record the battle for ``client`` (its key), stream both in one batch, store both outputs.

    The first update carries the battle id with empty texts; the last one has ``done=True`` and comes
    after the outputs are written, so a vote can follow at once. Raises RequestError / ArenaError with a
    message for the user. A battle that does not finish (the engine refuses it, it fails, or the stream
    is closed because the client left) is discarded: there is nothing to vote on."""
    task = task or FREE_PROMPT
    if task:
        try:
            get_task(task)
        except ValueError as err:
            raise RequestError(str(err)) from None
    variant_a, variant_b = draw_pair(variant_pool(engine.describe_variants(), task), task)
    messages = task_messages(task, fields or {}) if task else engine.messages(prompt)
    clean_fields = get_task(task).validate_fields(fields or {}) if task else {}
    params = battle_params(max_new_tokens)
    battle = store.start_battle(
        variant_a=variant_a, variant_b=variant_b, prompt=messages[-1]["content"], messages=messages,
        task=task, fields=clean_fields, settings=asdict(params), seed=params.seed, client=client)
    rows = [Row(variant=variant_a, messages=messages), Row(variant=variant_b, messages=messages)]
    outputs: list[VariantOutput] = []
    finished = False
    try:
        yield BattleUpdate(battle)
        for outputs in engine.stream(rows, params):
            yield BattleUpdate(battle, outputs[0].text, outputs[1].text)
        battle = store.finish_battle(battle.battle_id, outputs[0].text, outputs[1].text)
        finished = True
    finally:  # also on GeneratorExit, when gradio closes the stream of a client that left
        if not finished:
            store.discard_battle(battle.battle_id)
    yield BattleUpdate(battle, battle.output_a or "", battle.output_b or "", done=True)


def cast_vote(store: ArenaStore, battle_id: str, choice: str, client: str) -> Vote:
    """``client``'s vote on its battle, within its hourly allowance (:data:`VOTE_LIMITER`)."""
    try:
        VOTE_LIMITER.hit(client)
    except RateLimited as err:
        raise ArenaError(Messages.ARENA_TOO_MANY_VOTES.format(
            limit=VOTE_LIMITER.config.per_minute, seconds=max(1, math.ceil(err.retry_after_s)))) from None
    return store.vote(battle_id, choice, client)


def revealed(vote: Vote) -> dict:
    """What a vote reveals: both names, and the sampling settings and seed the server chose."""
    battle = vote.battle
    return {"a": battle.variant_a, "b": battle.variant_b, "choice": vote.choice, "vote_id": vote.vote_id,
            "seed": battle.seed, "settings": battle.settings}


def leaderboard_rows(store: ArenaStore, task: str = ALL_TASKS) -> list[dict]:
    """The leaderboard as records, best rating first (empty until the first vote)."""
    return [{"rank": rank, **standing.to_dict()}
            for rank, standing in enumerate(leaderboard(store.outcomes(task or None)), start=1)]


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


def _check_task_filter(task: str | None) -> str:
    if task:
        try:
            get_task(task)
        except ValueError as err:
            raise RequestError(str(err)) from None
    return task or ALL_TASKS


class ArenaTab:
    """Prompt or task form on top, the two anonymous panes, the vote buttons, then the leaderboard."""

    def __init__(self, engine: Engine, store: ArenaStore, policy: ArenaPolicy | None = None):
        self.engine = engine
        self.store = store
        self.policy = policy or ArenaPolicy.from_env()  # read when the tab is built, not at import
        adapter_tasks = {row["task"] for row in engine.describe_loaded() if row["kind"] == "adapter"}
        self.tasks = [task for task in TASKS.values() if task.name in adapter_tasks]  # the ones a battle can use
        self._render()
        self._setup_events()
        register_arena_api(engine, store, self.policy)

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
                self.prompt = gr.Textbox(label="Prompt", lines=3, max_length=LIMITS.max_prompt_chars,
                                         placeholder="Ask something both models will answer…", elem_id="arena-prompt")
                self.forms = TaskForms("arena-fields", hints=False)
                self.example_button = gr.Button("Random example", size="sm", visible=False,
                                                elem_id="arena-example")
                with gr.Row():
                    self.battle_button = gr.Button("Battle", variant="primary", elem_id="arena-battle")
                    self.new_round_button = gr.Button("New round", elem_id="arena-new-round")
            with gr.Column(scale=2):
                with gr.Accordion("Generation settings (the same for both)", open=False, elem_id="arena-settings"):
                    self.max_new_tokens = gr.Slider(1, LIMITS.max_new_tokens, value=MAX_NEW_TOKENS, step=1,
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
              api_visibility="private", concurrency_id="generate", concurrency_limit=LIMITS.concurrency)
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
        check_rate(request)
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
        vote = cast_vote(self.store, battle_id, choice, self._client(request))
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


def register_arena_api(engine: Engine, store: ArenaStore, policy: ArenaPolicy) -> None:
    """Declare ``/arena_battle``, ``/arena_vote``, ``/leaderboard`` and ``/arena_export`` in the current Blocks."""

    def client(request: gr.Request | None) -> str:
        return client_key(request, trust_forwarded=policy.trust_forwarded)

    @reports_errors
    def arena_battle(prompt: str = "", task: str = "", fields: dict | None = None,
                     max_new_tokens: int = MAX_NEW_TOKENS, session_id: str = "",
                     request: gr.Request = None) -> Iterator[dict]:
        """Start a blind battle: two variants drawn at random answer the prompt (or the task's fields).

        Streams {"battle_id", "a": Model A's text so far, "b": Model B's text so far, "done"}; the names
        stay hidden until /arena_vote. With ``task``, the pair comes from base + that task's adapters.
        The server picks the sampling (temperature 0.7, top-p 0.95) and a secret seed; /arena_vote reveals
        them. ``session_id`` is ignored (accepted so that old clients keep working): the server identifies
        the client itself, and only that client can vote on the battle."""
        check_rate(request)
        for update in battle_stream(engine, store, prompt, task, fields, max_new_tokens, client(request)):
            yield update.to_dict()

    @reports_errors
    def arena_vote(battle_id: str, choice: str, session_id: str = "", request: gr.Request = None) -> dict:
        """Vote on a finished battle you started: choice is "a", "b", "tie" or "both_bad".

        Returns {"a": Model A's name, "b": Model B's name, "choice", "vote_id", "seed", "settings"} (the
        sampling settings and seed the server chose). One vote per battle, a limited number per client and
        hour. ``session_id`` is ignored (accepted so that old clients keep working)."""
        return revealed(cast_vote(store, battle_id, choice, client(request)))

    @reports_errors
    def leaderboard_api(task: str = "") -> list[dict]:
        """Ratings (Bradley-Terry, Elo scale) with 95% bootstrap intervals, win rate and record per variant.

        Rows {"rank", "variant", "rating", "ci_low", "ci_high", "win_rate", "battles", "wins", "ties",
        "losses"}, best first; ``task`` keeps only that task's battles."""
        return leaderboard_rows(store, _check_task_filter(task))

    @reports_errors
    def arena_export(kind: str = "votes", task: str = "", admin_token: str = "") -> list[dict]:
        """The stored votes: kind "votes" (one full record per vote) or "dpo" ({"prompt", "chosen", "rejected"}
        per vote with a winner; ties and "both bad" give no pair). No client ids.

        They hold other visitors' prompts and outputs, so they are for the operator: when the server has
        PLAYGROUND_ADMIN_TOKEN, ``admin_token`` must match it; on a public Space without one, exports are off."""
        policy.check_export(admin_token)
        return store.export_rows(kind, _check_task_filter(task) or None)

    shared = {"concurrency_id": "generate", "concurrency_limit": LIMITS.concurrency}
    gr.api(arena_battle, api_name="arena_battle", **shared)
    gr.api(arena_vote, api_name="arena_vote")
    gr.api(leaderboard_api, api_name="leaderboard")
    gr.api(arena_export, api_name="arena_export")

