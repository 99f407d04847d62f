"""Write small untrained-but-non-zero LoRA adapters, for tests and benchmarks.

A fresh PEFT LoRA has B = 0 and changes nothing; ``init_lora_weights=False`` draws B at
random too, so each adapter made here really changes the base's output.
"""

from __future__ import annotations

from pathlib import Path

import torch
from peft import LoraConfig, get_peft_model

CARD = """---
base_model: {base}
library_name: peft
license: apache-2.0
task: {task}
description: {description}
tags:
- lora
- test
---
# {name}

Random (untrained) LoRA adapter r={rank}, made by playground.local.synthetic_adapter for tests.
"""


def write_random_adapter(base_model: torch.nn.Module, folder: str | Path, *, rank: int = 8, alpha: int = 16,
                         targets: tuple[str, ...] = ("q_proj", "k_proj", "v_proj", "o_proj"),
                         seed: int = 0, scale: float = 1.0, task: str = "test", base_id: str | None = None) -> Path:
    """Save a LoRA adapter for ``base_model`` (an unquantized base; it is not modified)."""
    folder = Path(folder)
    torch.manual_seed(seed)
    config = LoraConfig(r=rank, lora_alpha=alpha, target_modules=list(targets), init_lora_weights=False,
                        task_type="CAUSAL_LM")
    base = base_id or base_model.config._name_or_path
    peft_model = get_peft_model(base_model, config)
    peft_model.peft_config["default"].base_model_name_or_path = base
    try:
        with torch.no_grad():
            for name, param in peft_model.named_parameters():
                if "lora_" in name:
                    param.mul_(scale)
        peft_model.save_pretrained(folder, safe_serialization=True)
    finally:
        peft_model.unload()  # give the base back untouched
    (folder / "README.md").write_text(
        CARD.format(base=base, task=task, description=f"random LoRA r{rank} seed {seed}", name=folder.name, rank=rank),
        encoding="utf-8",
    )
    return folder
