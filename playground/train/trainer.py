"""QLoRA training CLI: fine-tune a LoRA adapter for one task on the 4-bit base.

    python -m playground.train --task linkedin_post --out adapters/linkedin-post
    python -m playground.train --task domain_qa --rank 16 --alpha 32 \
        --targets q_proj,k_proj,v_proj,o_proj,gate_proj,up_proj,down_proj --out adapters/domain-qa-r16

Defaults follow the published cards: LoRA r=8, alpha=16, dropout 0.05 on q/k/v/o, AdamW at
lr 2e-4 with linear decay, batch 4 x gradient accumulation 4, seed 42. The loss counts only
the answer tokens. Checkpoints go to ``--checkpoints`` and a rerun resumes from the latest.
The result is a plain PEFT folder (safetensors) with ``training.json`` and a model card.
"""

from __future__ import annotations

import json
import logging
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

import torch
from transformers import HfArgumentParser

from playground.core.config import ModelConfig
from playground.features.cards import write_card
from playground.features.tasks import TASKS, get_task
from playground.train.cli import HelpFormatter, parse

log = logging.getLogger(__name__)
ATTENTION = ("q_proj", "k_proj", "v_proj", "o_proj")


@dataclass
class TrainConfig:
    """Everything that defines one training run (saved beside the adapter as training.json)."""

    task: str = field(metadata={"help": f"One of: {', '.join(TASKS)}."})
    out: str = field(metadata={"help": "Adapter folder to write, e.g. adapters/linkedin-post."})
    rank: int = field(default=8, metadata={"help": "LoRA rank r."})
    alpha: int = field(default=16, metadata={"help": "LoRA alpha (scaling = alpha / r)."})
    dropout: float = field(default=0.05, metadata={"help": "LoRA dropout."})
    targets: str = field(default=",".join(ATTENTION), metadata={"help": "Comma-separated target modules."})
    lr: float = field(default=2e-4, metadata={"help": "Peak learning rate (AdamW, linear decay)."})
    epochs: float = field(default=1.0, metadata={"help": "Passes over the training rows."})
    batch_size: int = field(default=4, metadata={"help": "Rows per micro-batch."})
    grad_accum: int = field(default=4, metadata={"help": "Micro-batches per optimizer step."})
    warmup_steps: int = field(default=1, metadata={"help": "Linear warm-up steps."})
    weight_decay: float = field(default=0.0, metadata={"help": "AdamW weight decay."})
    max_length: int = field(default=384, metadata={"help": "Token cap per example (prompt + answer)."})
    limit: int = field(default=0, metadata={"help": "Use only the first N training rows (0 = all)."})
    val_limit: int = field(default=0, metadata={"help": "Use only the first N validation rows (0 = all)."})
    seed: int = field(default=42, metadata={"help": "Seed for data order and LoRA init."})
    base: str = field(default="embedded", metadata={"help": "Base model: 'embedded', a Hub id or a folder."})
    quantization: str = field(default="nf4", metadata={"help": "nf4 (QLoRA), int8 or none."})
    checkpoints: str = field(default="", metadata={"help": "Checkpoint folder (default: checkpoints/<out name>)."})
    save_steps: int = field(default=20, metadata={"help": "Optimizer steps between checkpoints."})
    max_steps: int = field(default=0, metadata={"help": "Stop after N optimizer steps (0 = by epochs)."})

    def __post_init__(self) -> None:
        get_task(self.task)
        if self.rank <= 0 or self.alpha <= 0:
            raise ValueError("rank and alpha must be positive")
        if not 0 <= self.dropout < 1:
            raise ValueError("dropout must be in [0, 1)")
        if self.lr <= 0 or self.batch_size <= 0 or self.grad_accum <= 0:
            raise ValueError("lr, batch_size and grad_accum must be positive")
        if not self.targets.strip():
            raise ValueError("targets must name at least one module")
        if not self.checkpoints:
            self.checkpoints = str(Path("checkpoints") / Path(self.out).name)

    @property
    def target_modules(self) -> list[str]:
        return [t.strip() for t in self.targets.split(",") if t.strip()]


def encode_example(tokenizer, task, row: dict, max_length: int) -> dict:
    """Token ids of prompt + answer, with labels = -100 on the prompt (loss on the answer only)."""
    messages = task.build_messages(row["fields"])
    prompt = tokenizer.apply_chat_template(messages, add_generation_prompt=True, tokenize=True)["input_ids"]
    answer = tokenizer(row["reference"] + tokenizer.eos_token, add_special_tokens=False)["input_ids"]
    ids = (list(prompt) + answer)[:max_length]
    labels = ([-100] * len(prompt) + answer)[:max_length]
    return {"input_ids": ids, "attention_mask": [1] * len(ids), "labels": labels}


class PadCollator:
    """Right-pads a micro-batch; padded label positions are ignored by the loss."""

    def __init__(self, pad_id: int):
        self.pad_id = pad_id

    def __call__(self, batch: list[dict]) -> dict:
        width = max(len(item["input_ids"]) for item in batch)
        def pad(key, value):
            return torch.tensor([item[key] + [value] * (width - len(item[key])) for item in batch])
        return {"input_ids": pad("input_ids", self.pad_id), "attention_mask": pad("attention_mask", 0),
                "labels": pad("labels", -100)}


def build_model(config: TrainConfig):
    """The quantized base with a fresh trainable LoRA on top."""
    from peft import LoraConfig, get_peft_model, prepare_model_for_kbit_training

    from playground.local.model import load_base

    base = load_base(ModelConfig(base=config.base, quantization=config.quantization))
    model = base.model
    model.requires_grad_(False)
    for module in model.modules():
        if hasattr(module, "support_avx512bf16_for_cpu"):
            # bitsandbytes 0.50 repacks 4-bit weights for its CPU inference kernel during an eval pass
            # and never unpacks them for training: after the per-epoch validation pass the loss jumped
            # from ~1.5 to ~17. Keep the training layout throughout.
            module.support_avx512bf16_for_cpu = False
    if base.quantization != "none":
        model = prepare_model_for_kbit_training(model, use_gradient_checkpointing=False)
    lora = LoraConfig(r=config.rank, lora_alpha=config.alpha, lora_dropout=config.dropout,
                      target_modules=config.target_modules, task_type="CAUSAL_LM", bias="none")
    peft_model = get_peft_model(model, lora)
    peft_model.peft_config["default"].base_model_name_or_path = base.model_id
    base.tokenizer.padding_side = "right"
    return peft_model, base


def train(config: TrainConfig) -> dict:
    """Train, save the adapter folder and its model card; return the training summary."""
    from transformers import Trainer, TrainingArguments, set_seed

    set_seed(config.seed)
    task = get_task(config.task)
    model, base = build_model(config)
    tokenizer = base.tokenizer
    train_rows = task.load_split("train")
    if config.limit:
        train_rows = train_rows[: config.limit]
    val_rows = task.load_split("validation")
    if config.val_limit:
        val_rows = val_rows[: config.val_limit]
    train_set = [encode_example(tokenizer, task, r, config.max_length) for r in train_rows]
    val_set = [encode_example(tokenizer, task, r, config.max_length) for r in val_rows]
    args = TrainingArguments(
        output_dir=config.checkpoints,
        per_device_train_batch_size=config.batch_size,
        per_device_eval_batch_size=config.batch_size * 2,
        gradient_accumulation_steps=config.grad_accum,
        learning_rate=config.lr,
        num_train_epochs=config.epochs,
        max_steps=config.max_steps or -1,
        lr_scheduler_type="linear",
        warmup_steps=config.warmup_steps,
        weight_decay=config.weight_decay,
        optim="adamw_torch",
        logging_steps=1,
        eval_strategy="epoch",
        save_strategy="steps",
        save_steps=config.save_steps,
        save_total_limit=1,
        seed=config.seed,
        data_seed=config.seed,
        report_to=[],
        use_cpu=not torch.cuda.is_available(),
        dataloader_num_workers=0,
        remove_unused_columns=False,
        disable_tqdm=False,
    )
    trainer = Trainer(model=model, args=args, train_dataset=train_set, eval_dataset=val_set,
                      data_collator=PadCollator(tokenizer.pad_token_id))
    resume = _latest_checkpoint(Path(config.checkpoints))
    if resume:
        log.info("Resuming from %s", resume)
    started = time.perf_counter()
    result = trainer.train(resume_from_checkpoint=str(resume) if resume else None)
    minutes = (time.perf_counter() - started) / 60
    history = [entry for entry in trainer.state.log_history if "loss" in entry or "eval_loss" in entry]
    eval_loss = trainer.evaluate()["eval_loss"]
    summary = {
        "config": asdict(config),
        "base_model": base.model_id,
        "train_rows": len(train_set),
        "validation_rows": len(val_set),
        "optimizer_steps": trainer.state.global_step,
        "train_loss": round(result.training_loss, 4),
        "first_loss": next((round(e["loss"], 4) for e in history if "loss" in e), None),
        "last_loss": next((round(e["loss"], 4) for e in reversed(history) if "loss" in e), None),
        "final_eval_loss": round(eval_loss, 4),
        "eval_loss_per_epoch": [round(e["eval_loss"], 4) for e in history if "eval_loss" in e],
        "minutes": round(minutes + _earlier_minutes(Path(config.out), resume), 2),
        "resumed_from": str(resume) if resume else None,
        "device": "cuda" if torch.cuda.is_available() else f"cpu x{torch.get_num_threads()}",
    }
    save_adapter(model, Path(config.out), summary)
    return summary


def _earlier_minutes(out: Path, resume: Path | None) -> float:
    """Training minutes already spent by the run this one resumes (from its training.json)."""
    previous = out / "training.json"
    if not resume or not previous.is_file():
        return 0.0
    return float(json.loads(previous.read_text(encoding="utf-8")).get("minutes", 0.0))


def _latest_checkpoint(folder: Path) -> Path | None:
    def step(path: Path) -> int:
        number = path.name.split("-")[-1]
        return int(number) if number.isdigit() else -1

    found = sorted(folder.glob("checkpoint-*"), key=step)
    return found[-1] if found else None


def save_adapter(model, out: Path, summary: dict) -> None:
    """PEFT folder (safetensors only), training.json and the model card."""
    out.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(out, safe_serialization=True)
    _to_half(out / "adapter_model.safetensors")
    (out / "training.json").write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    write_card(out)


def _to_half(path: Path) -> None:
    """Store the LoRA factors in bf16: half the size, and the engine reads them back in fp32."""
    from safetensors.torch import load_file, save_file

    tensors = {k: v.to(torch.bfloat16).contiguous() for k, v in load_file(path).items()}
    save_file(tensors, path, metadata={"format": "pt"})


def make_parser() -> HfArgumentParser:
    """The CLI parser: one ``--flag`` per TrainConfig field, help texts from the field metadata.

    HfArgumentParser accepts both spellings of a two-word flag (``--grad-accum`` and ``--grad_accum``).
    """
    return HfArgumentParser(TrainConfig, prog="python -m playground.train", description=__doc__.splitlines()[0],
                            formatter_class=HelpFormatter)


def main(argv: list[str] | None = None) -> dict:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    (config,) = parse(make_parser(), argv)
    summary = train(config)
    print(json.dumps({k: summary[k] for k in ("train_loss", "final_eval_loss", "optimizer_steps", "minutes")}))
    return summary

