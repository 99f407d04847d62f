"""Every user-facing message of the playground, in one place; tests import them instead of repeating wording."""


class Messages:
    """User-facing messages; formatted with ``str.format``."""

    EMPTY_PROMPT = "The prompt is empty: type a prompt or fill in the task fields."
    PROMPT_TOO_LONG = "The prompt has {chars} characters; the limit is {limit}."
    MESSAGE_TOO_LONG = "The {role} message has {chars} characters; the limit is {limit}."
    PROMPT_TOO_MANY_TOKENS = (
        "The prompt is {tokens} tokens long, and with {new} new tokens it would not fit the "
        "model's context window of {window} tokens. Shorten it or lower max new tokens."
    )
    NO_VARIANTS = "Pick at least one variant (the base or an adapter)."
    TOO_MANY_VARIANTS = "At most {limit} variants can be generated at once; {count} were picked."
    UNKNOWN_VARIANT = "Unknown variant {name!r}. Available: {available}."
    BAD_PARAMETER = "{name} must be {rule}; got {value!r}."
    TIMED_OUT = "Generation stopped after {seconds} s (the wall-clock limit)."
    STOPPED = "Stopped."
    INTERNAL_ERROR = "Something went wrong on the server while handling this request; it is logged there. Try again."
    NOT_UPLOADED = "That file was not uploaded by a user: upload the file in this page, then run again."
    BAD_TYPE = "{name} must be {kind}; got {got}."
    BAD_TEXT = "The {name} contains characters that are not valid text (e.g. a lone surrogate); remove them."
    REQUEST_TOO_BIG = (
        "This request asks for {variants} variant(s) x {tokens} new tokens = {work} tokens of work; the limit is "
        "{limit} per request. Pick fewer variants or fewer new tokens."
    )
    EVAL_TOO_BIG = (
        "This evaluation asks for {rows} rows x {variants} variant(s) x {tokens} new tokens = {work} tokens of work; "
        "the limit is {limit} per run. Use fewer rows, variants or new tokens."
    )
    TOO_MANY_JOBS = (
        "You already have {count} generation(s) queued or running; the limit is {limit} per client. "
        "Wait for one to finish (or stop it), then try again."
    )
    BUSY = "The playground is busy (too many requests waiting); try again in a moment."
    RATE_LIMITED = (
        "Too many requests: the limit is {limit} per minute for each client. Try again in {seconds} s."
    )
    # adapter strength, merges, divergence view
    BAD_STRENGTH = "The strength of {name!r} must be a number from 0 (base) to {limit}; got {value!r}."
    DIVERGENCE_NEEDS_BASE = "The divergence view compares adapters with the base: select 'base' too."
    DIVERGENCE_NEEDS_GREEDY = "The divergence view needs greedy decoding (temperature 0)."
    MERGE_NAME_TAKEN = "A variant named {name!r} already exists; pick another name."
    MERGE_BAD = "Cannot build this merge: {reason}"
    # reasons of MERGE_BAD (they follow "Cannot build this merge: ")
    MERGE_NAME_EXISTS = (
        "a variant named {existing!r} already exists (names are compared ignoring case); "
        "pick another name than {name!r}."
    )
    MERGE_TOO_MANY_PARENTS = "at most {limit} adapters can be merged at once; {count} were picked."
    MERGE_TOO_MANY_SAVED = (
        "the data folder already holds {count} saved merges; the limit is {limit}. A saved merge must be deleted "
        "from merges/ in the data folder first."
    )
    MERGE_RANK_TOO_HIGH = (
        "the merged adapter would have rank {rank} ({how}); the limit is {limit}. Pick fewer or lower-rank "
        "adapters, or an svd combination (it keeps the largest rank)."
    )
    MERGE_TOO_BIG = (
        "the merged adapter would take {size:.1f} MB and the loaded adapters already take {used:.1f} MB; the limit "
        "is {limit} MB for all adapters together."
    )
    MERGE_PEFT_REFUSED = "PEFT refused these adapters ({reason})."
    MERGE_NOT_PLAIN = (
        "{name!r} uses {features}: merges combine plain LoRA (lora_A/lora_B) only, the rest would be lost"
    )
    MERGE_SAME_RANK = "{combination} needs adapters of the same rank ({found}); use cat or svd instead"
    # reasons of MERGE_BAD from the merge spec itself (playground/local/merge.py MergeSpec)
    MERGE_BAD_NAME = (
        "name {name!r} must be 1-64 letters, digits, '_' or '-' (starting with a letter or a digit) and not 'base'"
    )
    MERGE_NO_PARENTS = "pick at least one adapter to merge"
    MERGE_PARENT_TWICE = "each adapter can be picked once"
    MERGE_WEIGHT_COUNT = "{parents} adapters need {parents} weights; got {weights}"
    MERGE_BAD_WEIGHTS = "weights must be numbers between -10 and 10"
    MERGE_BAD_COMBINATION = "combination must be one of {combinations}; got {combination!r}"
    MERGE_NEEDS_DENSITY = "{combination} needs a density in (0, 1]"
    ADAPTERS_FULL = (
        "Adapter {name!r} was not loaded: it takes {size:.1f} MB and the loaded adapters already take {used:.1f} MB; "
        "the limit is {limit} MB for all adapters together."
    )
    # why a saved merge was not reloaded at startup (shown after "Adapter `name` skipped: ")
    MERGE_SKIPPED_COUNT = "the data folder holds more than {limit} saved merges (PLAYGROUND_MAX_SAVED_MERGES)."
    MERGE_SKIPPED_RANK = "a merge of rank {rank}, over the limit of {limit} (PLAYGROUND_MAX_MERGE_RANK)."
    MERGE_SKIPPED_SIZE = (
        "a merge of {size:.1f} MB; with the {used:.1f} MB of adapters loaded before it, that is over the limit of "
        "{limit} MB (PLAYGROUND_MAX_ADAPTER_MB)."
    )
    MERGE_SKIPPED_NAME = "another variant is already named {existing!r} (names are compared ignoring case)."
    BITSANDBYTES_FALLBACK = (
        "bitsandbytes could not run here ({reason}); the base is loaded unquantized in {dtype} instead."
    )

    # Chat tab and /chat (playground/features/chat.py)
    CHAT_EMPTY_MESSAGE = "The message is empty: type something to send."
    CHAT_MESSAGE_TOO_LONG = "The message has {chars} characters; the limit is {limit}."
    CHAT_TOO_MANY_TURNS = (
        "This chat would have {turns} turns; the limit is {limit}. Undo a turn or clear the chat to go on."
    )
    CHAT_BAD_HISTORY = (
        "Malformed chat history: {reason}. Pass back the histories returned by the previous /chat call, "
        "or none to start a new chat."
    )
    CHAT_MISSING_VARIANT = (
        "Variant {name!r} has no history in this chat, so it would not share the other variants' turns. "
        "Start a new chat (no history) to add it."
    )
    CHAT_NOTHING_TO_UNDO = "There is no turn to undo."
    CHAT_NOTHING_TO_REGENERATE = "There is no reply to regenerate: send a message first."
    CHAT_RESTARTED = "New chat: {names} joined, and every pane must hold the same turns."
    CHAT_STOPPED = "Stopped: each pane keeps its partial reply."
    CHAT_REPLY_STOPPED = "Stopped: partial reply."
    CHAT_REPLY_TIMED_OUT = "Timed out after {seconds} s: partial reply."
    # arena: blind A/B battles, votes, leaderboard
    ARENA_TOO_FEW_VARIANTS = (
        "The arena needs at least 2 variants to compare{where}; only {count} available ({names}). "
        "Load another adapter or pick another task."
    )
    ARENA_UNKNOWN_BATTLE = "Unknown battle id {battle_id!r}: start a battle, then vote on the id it gave."
    ARENA_NOT_FINISHED = "Battle {battle_id!r} has not finished generating; vote once both outputs are done."
    ARENA_ALREADY_VOTED = "Battle {battle_id!r} already has a vote; a battle can be voted on once. Start a new round."
    ARENA_BAD_CHOICE = "choice must be one of {choices}; got {choice!r}."
    ARENA_NO_BATTLE = "There is no battle to vote on: start one first."
    ARENA_BAD_EXPORT = "kind must be one of {kinds}; got {kind!r}."
    ARENA_NOT_YOUR_BATTLE = (
        "Battle {battle_id!r} was started by another client; only the client that started a battle can vote on it."
    )
    ARENA_TOO_MANY_VOTES = "Too many votes: the limit is {limit} per hour for each client. Try again in {seconds} s."
    ARENA_STORE_DOWN = (
        "The arena's database cannot be reached right now, so nothing was recorded; try again in a moment."
    )
    ARENA_EXPORT_NEEDS_TOKEN = (
        "Exports hold other visitors' prompts and outputs, so they need the admin token (PLAYGROUND_ADMIN_TOKEN): "
        "give it as admin_token (API) or in the Admin token box. The leaderboard stays public."
    )
    ARENA_EXPORT_OFF = (
        "Exports hold other visitors' prompts and outputs, so on a public Space they are off until the operator "
        "sets PLAYGROUND_ADMIN_TOKEN. The leaderboard stays public."
    )
    # adapters added while the app runs (playground/services/adapters.py)
    ADDED_UNKNOWN = "There is no added adapter named {name!r} in this session."
    ADDED_ONLY = "{name!r} is not an adapter added in this session: only those can be removed."
    ADDED_IN_USE = "Adapter {name!r} is generating right now; remove it once that generation has ended."
    ADDED_ALL_BUSY = (
        "All {limit} slots for added adapters are busy generating right now; try again in a moment."
    )
    ADDED_NO_MERGE = (
        "Adapter {name!r} was added in this session and is yours only; a merge is saved for every visitor, so it "
        "cannot use it."
    )
    ADDED = "Added {name!r}: it is in the variant choices of Compare, Chat and Eval."
    ADDED_UNLOADED = (
        " To make room, {names} were unloaded; they load again (a second or two) when you use them."
    )
    REMOVED = "Removed {name!r}."
    ADDED_PICK = "Pick one of your added adapters to remove."
    ADDED_TOO_BIG = (
        "Adapter {name!r} takes {size:.1f} MB loaded; added adapters may take {limit} MB together "
        "(PLAYGROUND_MAX_ADDED_ADAPTERS_MB)."
    )
    ADDED_NEEDS_SOURCE = "Give a Hub id, or upload a .zip of a PEFT adapter folder (or its files)."
    ADDED_TWO_SOURCES = "Give either a Hub id or files, not both."
    # tasks and their input fields (playground/features/tasks.py); {field} is TASK_FIELD, and a field that is not
    # text gets BAD_TYPE with name=TASK_FIELD
    TASK_FIELD = "Field '{label}' ({name})"
    TASK_FIELD_REQUIRED = "{field} is required: please fill it in."
    TASK_FIELD_TOO_LONG = "{field} has {chars} characters; the limit is {limit}. Please shorten it."
    TASK_FIELD_BAD_WORD_COUNT = "{field} must be a whole number of words between {low} and {high}; got {value!r}."
    TASK_FIELDS_NOT_DICT = "Task '{task}' expects a dict of fields; got {kind}."
    TASK_UNKNOWN_FIELDS = "Unknown field(s) {fields} for task '{task}'. Valid fields: {valid}."
    UNKNOWN_TASK = "Unknown task {name!r}; valid tasks: {tasks}."
    # share links (playground/features/share.py, the Compare tab's loader)
    SHARE_IGNORED = (
        "This link's {names} could not be used (not a finite number); the page's own values are used instead."
    )
    # eval: data files, rows, runs (playground/eval/)
    DATA_NOT_FOUND = "Data file not found: {name}."  # the name only: a path would tell which files exist
    DATA_BAD_TYPE = "{name}: use a .jsonl or .csv file (got {suffix!r})."
    DATA_TOO_BIG = "{name} is {size:.1f} MB; the upload limit is {limit} MB."
    DATA_NOT_UTF8 = "{name} is not UTF-8 text: {error}."
    DATA_EMPTY = "{name} has no rows."
    DATA_TOO_MANY_ROWS = (
        "{name} has {count} rows; one run scores at most {limit}. Set a row limit or split the file."
    )
    DATA_ROW = "{name}, row {row}: {problem}"
    # reasons of DATA_ROW (they follow "name, row N: ")
    ROW_BAD_JSON = "not valid JSON ({error})."
    ROW_TOO_DEEP = "nested too deeply (a row is a flat object of fields, a prompt and a reference)."
    ROW_NOT_OBJECT = "expected a JSON object like {{\"fields\": {{...}}, \"reference\": \"...\"}}; got {kind}."
    ROW_UNKNOWN_KEYS = ("unknown key(s) {keys}; a row has 'fields' (for a task) or 'prompt', plus 'reference' "
                        "(and optionally 'id' and 'family').")
    ROW_NO_INPUT = "give either 'fields' (for a task) or 'prompt'."
    ROW_BOTH_INPUTS = "give either 'fields' or 'prompt', not both."
    ROW_FIELDS_NEED_TASK = (
        "the row has task fields but no task was chosen; pick the task, or use a 'prompt' column."
    )
    ROW_FIELDS_NOT_OBJECT = "'fields' must be an object of field name -> text."
    ROW_EMPTY_PROMPT = "the prompt is empty."
    ROW_PROMPT_TOO_LONG = "the prompt has {chars} characters; the limit is {limit}."
    ROW_NO_REFERENCE = "the reference is missing."
    ROW_BAD_REFERENCE = "the reference must be a non-empty string or a list of non-empty strings; got {value!r}."
    CSV_BAD = "{name}: not a readable CSV file ({error}; a cell holds at most 128 KB)."
    CSV_NO_HEADER = "{name}: the first line must be a header naming the columns."
    CSV_UNKNOWN_COLUMNS = "{name}: unknown column(s) {columns}; expected {expected}."
    EVAL_NEEDS_DATA = "Pick a task (its {split} split is used) or give a data file."
    ROW_BAD_FAMILY = "\"family\" must be text (a label of the row's kind), not {kind}."
    EVAL_BAD_SPLIT = "Unknown split {split!r}; valid splits: {splits}."  # also a task's load_split and /evaluate
    EVAL_BAD_METRIC = "Unknown metric {name!r}; available: {available}."
    EVAL_STOPPED = "Evaluation stopped."
    # adding adapters: the Hub (playground/local/adapters.py fetch_hub; {repo} is the id, {at} "" or " at 'rev'")
    HUB_BAD_ID = (
        "{source!r} is not a Hub repo id: give 'owner/name' (letters, digits, '-', '_' and '.'; at most 96 "
        "characters, no '..' or '--')."
    )
    HUB_NOT_FOLDER_OR_ID = "{source!r} is neither an adapter folder on this server nor a Hub repo id ('owner/name')."
    HUB_BAD_REVISION = (
        "{revision!r} is not a revision: give a branch, a tag or a commit hash (letters, digits, '.', '_', '-' and "
        "'/'; at most 128 characters, no '..')."
    )
    HUB_REVISION_LOCAL = "A revision applies to Hub repos only; {source!r} is a folder on this server."
    HUB_NOT_FOUND = "The Hub has no model repo {repo!r} (or it is private or gated): check the id."
    HUB_REVISION_NOT_FOUND = "The Hub repo {repo!r} has no revision {revision!r}: check the branch, tag or commit."
    HUB_OFFLINE = (
        "This server does not contact the Hub (offline mode), and {repo!r}{at} is not in its cache: pick an "
        "adapter the server already has, or upload one."
    )
    HUB_UNREACHABLE = (
        "The Hub could not be reached (no answer within {seconds:g} s, or it is down), and {repo!r}{at} is not in "
        "this server's cache: try again later."
    )
    HUB_NO_CONFIG = "{repo!r}{at} has no adapter_config.json at its top level: it is not a PEFT adapter."
    HUB_PICKLE_ONLY = (
        "{repo!r}{at} has pickle weights ({files}) but no adapter_model.safetensors: pickle weights are refused "
        "(loading them can run code). Use a repo that ships adapter_model.safetensors."
    )
    HUB_CACHE_BROKEN = (
        "This server's cached copy of {repo!r} is damaged ({name} does not lead to a file of that repo): an "
        "operator should delete it from the Hugging Face cache, then add it again."
    )
    HUB_NO_WEIGHTS = "{repo!r}{at} has no adapter_model.safetensors at its top level: there are no weights to load."
    HUB_TOO_BIG = "{repo!r}{at} would download {size:.1f} MB; the limit is {limit} MB for one adapter."
    HUB_FAILED = "{repo!r}{at} could not be fetched from the Hub ({kind}); try again later."
    # adding adapters: uploads (playground/features/uploads.py); the names shown are the visitor's own, never a
    # server path
    UPLOAD_NOTHING = (
        "Nothing was uploaded: upload a .zip of a PEFT adapter folder, or its adapter_config.json and "
        "adapter_model.safetensors (and README.md, if it has one)."
    )
    UPLOAD_UNREADABLE = "The uploaded file {name!r} could not be read; upload it again."
    UPLOAD_FILE_TOO_BIG = "{name!r} is {size:.1f} MB; the upload limit is {limit} MB per file."
    UPLOAD_ZIP_NOT_ALONE = "Upload one .zip, or the adapter's loose files: not a zip with other files, nor two zips."
    UPLOAD_NOT_A_ZIP = "{name!r} is not a readable zip file; make one with: zip -r my-adapter.zip my-adapter/"
    UPLOAD_ZIP_DAMAGED = (
        "{name!r} is damaged: an entry does not unpack to what the zip's listing says (its size or checksum). "
        "Zip the folder again: zip -r my-adapter.zip my-adapter/"
    )
    UPLOAD_ZIP_METHOD = (
        "The zip entry {entry!r} is compressed with a method other than deflate; zip the folder again with "
        "zip -r or your system's Compress (both use deflate)."
    )
    UPLOAD_UNSAFE_PATH = (
        "The zip entry {entry!r} points outside the adapter folder (through '..', an absolute path or a drive "
        "letter); zip the folder with relative paths: zip -r my-adapter.zip my-adapter/"
    )
    UPLOAD_SYMLINK = (
        "The zip entry {entry!r} is a symbolic link, and links are refused; zip the files themselves "
        "(zip -r, without -y)."
    )
    UPLOAD_ENCRYPTED = "The zip entry {entry!r} is encrypted; zip the folder without a password."
    UPLOAD_PICKLE = (
        "{entry!r} holds pickle weights, which are refused: loading a pickle can run code. Only safetensors "
        "load: PEFT's save_pretrained writes adapter_model.safetensors (safe_serialization=True, the default)."
    )
    UPLOAD_UNEXPECTED_FILE = (
        "{entry!r} is not an adapter file: an upload holds only adapter_config.json, adapter_model.safetensors "
        "and, optionally, README.md. Leave it out and upload again."
    )
    UPLOAD_DUPLICATE = "{entry!r} is in the upload twice; keep one copy."
    UPLOAD_ZIP_NESTED = (
        "The zip entry {entry!r} is in a folder inside a folder; put the adapter's files at the zip's root or in "
        "one top folder (zip -r my-adapter.zip my-adapter/)."
    )
    UPLOAD_ZIP_FOLDERS = (
        "The zip holds files in more than one place ({places}); zip one adapter folder "
        "(zip -r my-adapter.zip my-adapter/), or just its files."
    )
    UPLOAD_MISSING = (
        "The upload has no {names}; a PEFT adapter needs adapter_config.json and adapter_model.safetensors "
        "(what save_pretrained writes)."
    )
    UPLOAD_UNPACKED_TOO_BIG = (
        "The adapter's files come to more than {limit} MB unpacked, the limit for one adapter; upload a smaller "
        "adapter (a lower rank, or fewer target modules)."
    )
    UPLOAD_CONFIG_TOO_BIG = (
        "adapter_config.json is {size:.1f} MB; a config is a few KB of settings, and at most {limit} MB is accepted."
    )
    UPLOAD_BAD_CONFIG = (
        "adapter_config.json is not a JSON object; it holds PEFT's adapter settings, as save_pretrained writes them."
    )
    UPLOAD_BAD_WEIGHTS = (
        "adapter_model.safetensors is not a safetensors file: {reason}. Save the adapter with PEFT's save_pretrained."
    )
    # reasons of UPLOAD_BAD_WEIGHTS (they follow "is not a safetensors file: ")
    WEIGHTS_TOO_SHORT = "it is shorter than the 8 bytes that give its header's length"
    WEIGHTS_HEADER_TOO_LONG = (
        "its header length reads as {length} bytes, more than the file holds or the {limit} MB a header may take"
    )
    WEIGHTS_NOT_OBJECT = "its header is not a JSON object"

    # reading adapters: the kinds of LoRA (playground/local/adapters.py)
    ADAPTER_UNSUPPORTED = (
        "this adapter uses {feature} ({key} in adapter_config.json), which the playground's batched engine does "
        "not run; plain LoRA, rsLoRA, rank/alpha patterns, DoRA, LoRA bias, LoRA on embeddings and "
        "modules_to_save are supported"
    )
    ADAPTER_UNEXPECTED_TENSOR = (
        "unexpected tensor {key!r}: not a LoRA tensor PEFT saves (lora_A/lora_B, lora_B.bias, "
        "lora_magnitude_vector, lora_embedding_A/B) nor one of the modules listed in modules_to_save"
    )
    ADAPTER_NO_MODULE = "{role}{path!r} does not exist in the base ({hint})"  # role: ADAPTER_ROLE_* or ""
    ADAPTER_RESIZED = (
        "{path} was saved with {saved} weights, the base has {base}: the adapter was trained with a resized "
        "vocabulary, which needs its own base"
    )
    ADAPTER_BASE_COPY_DIFFERS = (
        "its saved copy of {path}'s base weights differs from the loaded base's (trained on another copy of the "
        "base); the loaded base's are used"
    )
    ADAPTER_NOT_LINEAR = "target module {path!r} is a {kind}, not a linear layer: LoRA there is not supported"
    ADAPTER_NOT_EMBEDDING = "{path!r} has lora_embedding_A/B but is a {kind}, not an embedding layer"
    ADAPTER_FLAG_MISSING = "{path} has {tensor} but adapter_config.json does not set {flag}"
    ADAPTER_TENSOR_MISSING = "{path} has no {tensor}, which {flag} in adapter_config.json needs"
    ADAPTER_VECTOR_SHAPE = "{path}: {tensor} has shape {shape}, the layer has {size} outputs"
    ADAPTER_COPY_KIND = (
        "modules_to_save: {path} is a {kind}; only a trained copy of a linear, embedding or norm layer can run "
        "per row"
    )
    ADAPTER_COPY_TENSORS = "modules_to_save: {path} was saved with {saved}, the base module has {base}"
    ADAPTER_COPY_SHAPE = "modules_to_save: {path}.{key} has shape {saved}, the base's is {base}"
    ADAPTER_BAD_NAME = "adapter name {name!r} must be 1-64 letters, digits, '.', '_' or '-' and not 'base'"
    ADAPTER_NOT_FOLDER = "{name!r} is not a folder"
    ADAPTER_PICKLE_FILES = "pickle-format weights are refused ({files}); ship adapter_model.safetensors"
    ADAPTER_FILE_MISSING = "{file} is missing"
    ADAPTER_WEIGHTS_REFUSED = "{file} is {kind}; refused"
    # kinds of ADAPTER_WEIGHTS_REFUSED
    ADAPTER_WEIGHTS_PICKLE = "pickle data"
    ADAPTER_WEIGHTS_NOT_SAFETENSORS = "not a safetensors file"
    ADAPTER_UNREADABLE = "{file} could not be read as safetensors ({error})"
    ADAPTER_CONFIG_NOT_JSON = "{file} is not valid JSON ({error})"
    ADAPTER_CONFIG_NOT_OBJECT = "{file} must hold a JSON object"
    ADAPTER_NOT_LORA = "only LoRA adapters are supported (peft_type={peft_type!r})"
    ADAPTER_NOT_POSITIVE = "{file}: {key} must be a positive number, got {value!r}"
    ADAPTER_NO_LORA = "{file} holds no LoRA weights"
    ADAPTER_NAME_TAKEN = "another adapter is already named {name!r}"
    # the hint that ends the shape errors: which base the adapter was trained for
    ADAPTER_HINT_BASE = "it was trained for {claimed!r}, the loaded base is {base!r}"
    ADAPTER_HINT_UNKNOWN_BASE = "its base is unknown"
    ADAPTER_OTHER_BASE = "trained for {claimed!r}, loaded on {base!r} (same shapes): outputs may be off"
    # ADAPTER_NO_MODULE's {role}: what the adapter wanted of the missing module ("" for a saved base copy)
    ADAPTER_ROLE_TARGET = "target module "
    ADAPTER_ROLE_SAVED = "modules_to_save: "
    ADAPTER_HALF_PAIR = "{path} has {have} but not both lora_A and lora_B"
    ADAPTER_HALF_PAIR_NEITHER = "neither"
    ADAPTER_EMBEDDING_PARTS = "{path} needs both lora_embedding_A and lora_embedding_B, and nothing else"
    ADAPTER_EMBEDDING_DORA = "DoRA on an embedding layer ({path})"  # a {feature} of ADAPTER_UNSUPPORTED
    ADAPTER_QUANTIZED_KIND = "quantized {kind}"  # a {kind} of ADAPTER_COPY_KIND
    ADAPTER_PAIR_MISFIT = "{path}: {a} {a_shape} and {b} {b_shape} do not fit each other"
    ADAPTER_LAYER_MISFIT = "{path}: LoRA shapes {a_shape}/{b_shape} do not fit the {layer}; {hint}"
    # layers of ADAPTER_LAYER_MISFIT
    ADAPTER_LINEAR_LAYER = "base layer ({inputs} -> {outputs})"
    ADAPTER_EMBEDDING_LAYER = "embedding ({rows} x {dim})"
    ADAPTER_RANK_MISMATCH = "{path}: rank {rank} in the weights but r={expected} in {file}"
    ADAPTER_NOT_FINITE = "{path}: weights contain NaN or infinity"

    # the OpenAI-compatible API (playground/web/openai_api.py, playground/services/completions.py)
    OPENAI_BAD_KEY = "Incorrect API key: send the app's key as 'Authorization: Bearer <key>'."
    OPENAI_NOT_JSON = "The request body must be a JSON object."
    OPENAI_BAD_FIELD = "Invalid value for '{param}': {reason}."
    OPENAI_UNSUPPORTED = "'{param}' is not supported by this server; leave it out (or at its default)."
    OPENAI_TOP_NEEDS_LOGPROBS = "'top_logprobs' needs 'logprobs': true."
    OPENAI_BAD_ROLE = "messages[{index}]: the role must be system, developer, user or assistant."
    OPENAI_TEXT_ONLY = "messages[{index}]: the content must be text (a string, or parts of type 'text')."
    OPENAI_BAD_STOP = "'stop' takes at most {count} sequences of 1 to {chars} characters."

    # the feature matrix of the local engine (Capabilities.notes; the Adapters tab, /variants)
    LOCAL_STRENGTH = "Per row, in one batch: each adapter at the strength its slider sets (0 = base, 1 = as trained)."
    LOCAL_DIVERGENCE = "Each generated token's log-probability under the base and under the adapter, from this engine."
    LOCAL_MERGE = "PEFT's add_weighted_adapter (linear, cat, svd, ties, dare, magnitude prune), saved with a card."
    LOCAL_ADD = "A Hub id or an upload, checked (safetensors and JSON only), then loaded next to the others."
    # a remote backend (playground/remote): an OpenAI-compatible server such as vLLM's
    SERVER_DOWN = ("The model server at {host} is not answering ({reason}). The playground retries on its own: "
                   "try again in a moment.")
    SERVER_REFUSED = "The model server at {host} refused the request: {reason}"
    SERVER_BAD_ANSWER = "The model server at {host} sent an answer that is not what an OpenAI-compatible server sends."
    SERVER_AUTH = "The model server at {host} refused the playground's API key (PLAYGROUND_SERVER_API_KEY)."
    SERVER_NO_BASE = ("The model server at {host} lists no base model; name it with --server-base "
                      "(PLAYGROUND_SERVER_BASE).")
    SERVER_UNKNOWN_BASE = "The model server at {host} has no model named {name!r} (--server-base); it has: {models}."
    SERVER_STARTING = ("The model server at {host} is not answering yet ({reason}); the playground retries every "
                       "{every:g} s.")
    SERVER_LOST = "The model server stopped answering mid-stream ({reason}): this reply is cut short. Try again."
    SERVER_NO_STRENGTH = ("Adapter strength is not available on this backend (the model server runs each adapter "
                          "at its trained scale): leave every strength at 1.")
    SERVER_NO_MERGE = "Merges run on the local engine only; this playground serves its adapters from a model server."
    SERVER_NO_ADD = ("This model server does not load adapters at run time (vLLM needs "
                     "VLLM_ALLOW_RUNTIME_LORA_UPDATING=1); adapters it serves are listed in the variant choices.")
    LLAMA_CPP_NO_ADD = "llama.cpp's server takes its adapters when it starts (--lora FILE), not while it runs."
    LLAMA_CPP_STRENGTH = "Per request: llama.cpp's lora field sets each adapter's scale (0 = base, 1 = as trained)."
    SERVER_DIVERGENCE = "Each token is forced with logit_bias and its log-probability read back from the server."
    SERVER_RUNTIME_LORA = ("Checked here (safetensors and JSON only), then loaded by the server "
                           "(vLLM's /v1/load_lora_adapter).")
    SERVER_NO_SCORING = ("The divergence view needs the log-probability of a given token (forced with logit_bias, "
                         "reported by logprobs), which this model server does not return.")
    SERVER_NO_TOKENIZER = "This model server does not tokenize on request (vLLM's /tokenize): {what} is not available."
