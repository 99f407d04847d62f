"""Model cards for trained adapters: YAML front matter + training, data, results, samples.

``write_card(folder)`` renders README.md from ``training.json``. The sections that other
tools fill (the eval table between ``<!-- eval:start -->``/``<!-- eval:end -->``, the
samples between ``<!-- samples:start -->``/``<!-- samples:end -->``) survive a rewrite.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import yaml

from playground.features.tasks import get_task

SECTIONS = ("eval", "samples")
PENDING = {
    "eval": "## Evaluation\n\n_Not evaluated yet: `python -m playground.eval --task {task} --variants base,{name} "
            "--out results.json --card {folder}`._",
    "samples": "_No samples yet._",
}


def markers(name: str) -> tuple[str, str]:
    """The HTML comments around a section: ``<!-- name:start -->`` and ``<!-- name:end -->``."""
    return f"<!-- {name}:start -->", f"<!-- {name}:end -->"


def replace_section(text: str, name: str, body: str, heading: str = "") -> str:
    """Put ``body`` between the section's markers; when they are absent, append the section (after
    ``heading``, when given). Whatever is outside the markers, a heading above them included, is kept."""
    start, end = markers(name)
    block = f"{start}\n{body.strip()}\n{end}"
    pattern = re.compile(re.escape(start) + r".*?" + re.escape(end), re.S)
    if pattern.search(text):
        return pattern.sub(lambda _: block, text)
    if heading:
        block = f"{heading}\n\n{block}"
    return (text.rstrip() + "\n\n" if text.strip() else "") + block + "\n"


def read_section(text: str, name: str) -> str | None:
    start, end = markers(name)
    match = re.search(re.escape(start) + r"\n(.*?)\n" + re.escape(end), text, re.S)
    return match.group(1) if match else None


def write_card(folder: str | Path) -> Path:
    """(Re)write folder/README.md from training.json, keeping filled eval/sample sections."""
    folder = Path(folder)
    summary = json.loads((folder / "training.json").read_text(encoding="utf-8"))
    config = summary["config"]
    task = get_task(config["task"])
    card_path = folder / "README.md"
    old = card_path.read_text(encoding="utf-8") if card_path.exists() else ""
    meta = {
        "base_model": summary["base_model"],
        "library_name": "peft",
        "license": "apache-2.0",
        "pipeline_tag": "text-generation",
        "task": task.name,
        "description": f"{task.title} — LoRA r{config['rank']}/a{config['alpha']}",
        "tags": ["lora", "qlora", "peft", "adapter-playground", task.name, "synthetic-data"],
        "language": ["en", "fr"] if task.name == "domain_qa" else ["en"],
    }
    targets = ", ".join(f"`{t}`" for t in config["targets"].split(","))
    body = f"""# {folder.name}: {task.title}

{task.description} A LoRA adapter for [{summary['base_model']}](https://huggingface.co/{summary['base_model']}),
trained by Adapter Playground on fully synthetic data (`examples/{task.name}/`). Inputs: {", ".join(f.label for f in task.fields)}.
Primary metric: {task.primary_metric}.

## Use

```python
from transformers import AutoModelForCausalLM, AutoTokenizer
from peft import PeftModel
from playground.features.tasks import get_task

tokenizer = AutoTokenizer.from_pretrained("{summary['base_model']}")
model = PeftModel.from_pretrained(AutoModelForCausalLM.from_pretrained("{summary['base_model']}"), "{folder.as_posix()}")
messages = get_task("{task.name}").build_messages({{...}})  # the task's fields
ids = tokenizer.apply_chat_template(messages, add_generation_prompt=True, return_tensors="pt", return_dict=True)
print(tokenizer.decode(model.generate(**ids, max_new_tokens={task.max_new_tokens})[0], skip_special_tokens=True))
```

Or pick it in the playground's Compare tab, side by side with the base.

## Training

| setting | value |
|---|---|
| method | QLoRA: LoRA on the {config['quantization']} base ({summary['device']}) |
| LoRA | r={config['rank']}, alpha={config['alpha']}, dropout={config['dropout']}, targets {targets} |
| optimizer | AdamW, lr {config['lr']}, linear decay, {config['warmup_steps']} warm-up step(s), weight decay {config['weight_decay']} |
| batch | {config['batch_size']} x gradient accumulation {config['grad_accum']} |
| epochs / steps | {config['epochs']} / {summary['optimizer_steps']} optimizer steps |
| data | {summary['train_rows']} train rows, {summary['validation_rows']} validation rows (loss on answer tokens only) |
| loss | first {summary['first_loss']}, mean {summary['train_loss']}, validation {summary['final_eval_loss']} (per epoch: {summary['eval_loss_per_epoch']}) |
| time | {summary['minutes']} minutes |
| seed | {config['seed']} |

Reproduce: `python -m playground.train --task {task.name} --rank {config['rank']} --alpha {config['alpha']} --targets {config['targets']} --epochs {config['epochs']} --lr {config['lr']} --grad-accum {config['grad_accum']} --limit {config['limit']} --out {folder.as_posix()}`
"""
    text = "---\n" + yaml.safe_dump(meta, sort_keys=False, allow_unicode=True) + "---\n\n" + body
    for name in SECTIONS:
        kept = read_section(old, name)
        default = PENDING[name].format(task=task.name, name=folder.name, folder=folder.as_posix())
        if name == "samples":
            text = text.rstrip() + "\n\n## Samples on new inputs (greedy, base vs adapter)\n"
        text = replace_section(text, name, kept or default)
    text += "\n## Limitations\n\nTrained on a small synthetic dataset for a 135M-parameter base: expect the data's phrasing, " \
            "occasional factual slips and little world knowledge. Check outputs before use.\n"
    card_path.write_text(text, encoding="utf-8")
    return card_path
