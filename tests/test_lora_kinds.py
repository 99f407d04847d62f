"""Every kind of LoRA adapter PEFT makes, on six architectures, against PEFT itself.

For each architecture a tiny random base is built from its config (``AutoConfig`` + ``from_config``) with the
embedded tokenizer and saved as safetensors. PEFT makes one adapter of each kind on it, with
``init_lora_weights=False`` and the extra trained parts (DoRA magnitudes, lora_B biases, module copies) moved
off their starting values, so every adapter changes the output. The playground's engine loads the base
unquantized with all of them and generates for the base and every adapter in one batch; each adapter's greedy
tokens must equal ``PeftModel.generate``'s for the same folder on a fresh base. One architecture goes through
the served app: the adapters are uploaded with ``/add_adapter`` and compared with ``/compare`` by gradio_client.
"""

from __future__ import annotations

import dataclasses
import json
import shutil
from pathlib import Path

import pytest
import torch

from playground.core.config import ModelConfig
from playground.core.messages import Messages
from playground.core.types import AdapterError, GenerationParams, Row
from playground.local.adapters import load_adapter
from playground.local.engine import LocalEngine
from playground.local.model import load_base

NEW_TOKENS = 12
MESSAGES = ({"role": "user", "content": "Write one line about the sea."},)
OTHER = ({"role": "system", "content": "Be brief."}, {"role": "user", "content": "Name a colour."})


@dataclasses.dataclass(frozen=True)
class Arch:
    """A tiny config of one architecture and the names of its modules that adapters target."""

    config: dict
    linear: tuple[str, ...]   # LoRA targets (linear or Conv1D layers)
    embedding: str            # the input embedding
    saved: tuple[str, ...]    # modules_to_save: the output head and the final norm
    fan_in_fan_out: bool = False


LAYERS = dict(hidden_size=64, intermediate_size=128, num_hidden_layers=2, num_attention_heads=4)
ARCHS = {
    "llama": Arch(dict(model_type="llama", num_key_value_heads=2, **LAYERS),
                  ("q_proj", "v_proj", "o_proj", "up_proj", "down_proj"), "embed_tokens", ("lm_head", "norm")),
    "mistral": Arch(dict(model_type="mistral", num_key_value_heads=2, **LAYERS),
                    ("q_proj", "k_proj", "gate_proj"), "embed_tokens", ("lm_head", "norm")),
    "qwen2": Arch(dict(model_type="qwen2", num_key_value_heads=2, **LAYERS),  # q/k/v have biases
                  ("q_proj", "k_proj", "v_proj", "down_proj"), "embed_tokens", ("lm_head", "norm")),
    "phi3": Arch(dict(model_type="phi3", num_key_value_heads=4, **LAYERS),  # fused qkv_proj and gate_up_proj
                 ("qkv_proj", "o_proj", "gate_up_proj", "down_proj"), "embed_tokens", ("lm_head", "norm")),
    "gpt2": Arch(dict(model_type="gpt2", n_embd=64, n_layer=2, n_head=4, n_positions=512),  # Conv1D layers
                 ("c_attn", "c_proj", "c_fc"), "wte", ("lm_head", "ln_f"), fan_in_fan_out=True),
    "gpt_neox": Arch(dict(model_type="gpt_neox", **LAYERS),
                     ("query_key_value", "dense", "dense_h_to_4h"), "embed_in", ("embed_out", "final_layer_norm")),
}


def kinds(arch: Arch) -> dict[str, dict]:
    """LoraConfig arguments of each kind of adapter for ``arch``."""
    linear = list(arch.linear)
    return {
        "plain": dict(target_modules=linear),
        "dora": dict(target_modules=linear, use_dora=True),
        "bias": dict(target_modules=linear, lora_bias=True),
        "embedding": dict(target_modules=[arch.embedding, linear[0]]),
        "saved": dict(target_modules=linear[:1], modules_to_save=list(arch.saved)),
        "rslora": dict(target_modules=linear, use_rslora=True, rank_pattern={linear[0]: 2},
                       alpha_pattern={linear[-1]: 3}),
    }


def _tiny_base(arch: Arch, tokenizer, folder: Path) -> None:
    from transformers import AutoConfig, AutoModelForCausalLM

    config = AutoConfig.for_model(**arch.config, vocab_size=len(tokenizer), max_position_embeddings=512,
                                  bos_token_id=tokenizer.bos_token_id, eos_token_id=tokenizer.eos_token_id,
                                  pad_token_id=tokenizer.pad_token_id, initializer_range=0.1)
    torch.manual_seed(0)
    model = AutoModelForCausalLM.from_config(config, dtype=torch.float32)
    model.generation_config.eos_token_id = tokenizer.eos_token_id
    model.save_pretrained(folder, safe_serialization=True)
    tokenizer.save_pretrained(folder)


@torch.no_grad()
def _move_off_start(model, seed: int) -> None:
    """Give the parts PEFT starts at neutral values (DoRA magnitude = the norm, a copy = the base's, a zero
    lora_B bias) values of their own, as training would."""
    gen = torch.Generator().manual_seed(seed)
    for name, param in model.named_parameters():
        if any(part in name for part in ("lora_magnitude_vector", "modules_to_save", "lora_B.default.bias",
                                         "lora_embedding")):
            noise = torch.randn(param.shape, generator=gen)
            param.copy_(param * (1 + 0.5 * noise) if "lora_embedding" not in name else noise * 0.5)


def _make_adapters(base_dir: Path, arch: Arch, target: Path) -> dict[str, Path]:
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM

    made = {}
    for seed, (kind, options) in enumerate(kinds(arch).items()):
        model = AutoModelForCausalLM.from_pretrained(base_dir, dtype=torch.float32)
        config = LoraConfig(r=4, lora_alpha=8, init_lora_weights=False, fan_in_fan_out=arch.fan_in_fan_out,
                            **options)
        torch.manual_seed(100 + seed)
        peft_model = get_peft_model(model, config)
        _move_off_start(peft_model, seed)
        peft_model.save_pretrained(target / kind)
        made[kind] = target / kind
    return made


def _peft_tokens(base_dir: Path, folder: Path, input_ids: list[int], eos: int) -> list[int]:
    """PEFT's greedy tokens for one adapter folder on a fresh copy of the base."""
    from peft import PeftModel
    from transformers import AutoModelForCausalLM

    model = PeftModel.from_pretrained(AutoModelForCausalLM.from_pretrained(base_dir, dtype=torch.float32),
                                      str(folder))
    model.eval()
    ids = torch.tensor([input_ids])
    with torch.inference_mode():
        out = model.generate(input_ids=ids, attention_mask=torch.ones_like(ids), max_new_tokens=NEW_TOKENS,
                             do_sample=False, eos_token_id=eos, pad_token_id=eos)
    tokens = out[0, ids.shape[1]:].tolist()
    return tokens[:tokens.index(eos)] if eos in tokens else tokens  # the end token is not part of the text


@pytest.fixture(scope="module")
def tokenizer(base_folder):
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(base_folder)


@pytest.fixture(scope="module")
def family(tmp_path_factory, tokenizer, worker):
    """arch name -> (base folder, {kind: adapter folder})."""
    def build(name: str) -> tuple[Path, dict[str, Path]]:
        root = tmp_path_factory.mktemp(f"tiny-{name}")
        _tiny_base(ARCHS[name], tokenizer, root / "base")
        return root / "base", worker.call(_make_adapters, root / "base", ARCHS[name], root / "adapters")

    built: dict[str, tuple[Path, dict[str, Path]]] = {}

    def get(name: str):
        if name not in built:
            built[name] = worker.call(build, name)
        return built[name]
    return get


def _engine(base_dir: Path, adapters: dict[str, Path], worker) -> LocalEngine:
    def load():
        base = load_base(ModelConfig(base=str(base_dir), quantization="none"))
        return base, [load_adapter(folder, base.model, str(base_dir), name=kind) for kind, folder in adapters.items()]
    base, loaded = worker.call(load)
    return LocalEngine(base, loaded, worker=worker)


def _mismatches(engine: LocalEngine, base_dir: Path, adapters: dict[str, Path], tokenizer, worker,
                eos: int) -> tuple[list[str], dict]:
    """Generate base + every adapter on two prompts in one batch, ending at ``eos``; what differs from PEFT."""
    prompts = (MESSAGES, OTHER)
    rows = [Row(variant, messages) for variant in ["base", *adapters] for messages in prompts]
    engine.eos_ids = {eos}
    outputs = engine.generate(rows, GenerationParams(max_new_tokens=NEW_TOKENS, temperature=0.0))
    got = {(row.variant, prompts.index(row.messages)): list(out.token_ids) for row, out in zip(rows, outputs)}
    wrong = []
    for prompt, messages in enumerate(prompts):
        ids = tokenizer.apply_chat_template(list(messages), add_generation_prompt=True, tokenize=True)
        ids = list(ids["input_ids"] if hasattr(ids, "keys") else ids)
        for kind, folder in adapters.items():
            expected = worker.call(_peft_tokens, base_dir, folder, ids, eos)
            if got[(kind, prompt)] != expected:
                wrong.append(f"{kind} (prompt {prompt}): {got[(kind, prompt)]} != PEFT's {expected}")
            if expected == got[("base", prompt)]:
                wrong.append(f"{kind} (prompt {prompt}): the adapter does not change the output")
    return wrong, got


@pytest.mark.parametrize("arch", list(ARCHS))
def test_every_kind_in_one_batch_gives_peft_tokens(arch, family, worker, tokenizer):
    base_dir, adapters = family(arch)
    engine = _engine(base_dir, adapters, worker)
    wrong, got = _mismatches(engine, base_dir, adapters, tokenizer, worker, tokenizer.eos_token_id)
    assert not wrong, f"{arch}: " + "; ".join(wrong)
    # again, with the base's third token as the end token: the base rows leave the batch early, the adapters'
    # rows go on in a smaller batch (their routing, embeddings and module copies follow the rows that stay)
    early = got[("base", 0)][2]
    wrong, again = _mismatches(engine, base_dir, adapters, tokenizer, worker, early)
    assert len(again[("base", 0)]) == 2 and max(len(tokens) for tokens in again.values()) > 3
    assert not wrong, f"{arch}, ending at token {early}: " + "; ".join(wrong)
    info = {v.name: v for v in engine.describe_variants()}
    assert "DoRA" in info["dora"].description and "LoRA bias" in info["bias"].description
    assert "embedding LoRA" in info["embedding"].description and "own" in info["saved"].description


def test_strength_scales_dora_and_lora_bias_as_peft_scales_the_adapter(family, worker, tokenizer):
    """At strength 0.5 a DoRA or LoRA-bias row equals PEFT with the adapter's scaling halved (set_adapter's
    ``scale_layer``): the DoRA norm uses the scaled delta, the bias is scaled with the product."""
    from peft import PeftModel
    from transformers import AutoModelForCausalLM

    base_dir, adapters = family("llama")
    engine = _engine(base_dir, {k: adapters[k] for k in ("dora", "bias")}, worker)
    rows = [Row(kind, MESSAGES, strength=0.5) for kind in ("dora", "bias")]
    outputs = engine.generate(rows, GenerationParams(max_new_tokens=NEW_TOKENS, temperature=0.0))
    ids = tokenizer.apply_chat_template(list(MESSAGES), add_generation_prompt=True, tokenize=True)
    ids = torch.tensor([list(ids["input_ids"] if hasattr(ids, "keys") else ids)])

    def peft_half(folder):
        model = PeftModel.from_pretrained(AutoModelForCausalLM.from_pretrained(base_dir, dtype=torch.float32),
                                          str(folder))
        for module in model.modules():
            if hasattr(module, "scale_layer") and hasattr(module, "lora_A"):
                module.scale_layer(0.5)
        with torch.inference_mode():
            out = model.generate(input_ids=ids, attention_mask=torch.ones_like(ids), max_new_tokens=NEW_TOKENS,
                                 do_sample=False, eos_token_id=tokenizer.eos_token_id)
        tokens = out[0, ids.shape[1]:].tolist()
        eos = tokenizer.eos_token_id
        return tokens[:tokens.index(eos)] if eos in tokens else tokens

    for row, out in zip(rows, outputs):
        assert list(out.token_ids) == worker.call(peft_half, adapters[row.variant]), row.variant


def _copy_with_config(folder: Path, target: Path, **changes) -> Path:
    shutil.copytree(folder, target)
    config = json.loads((target / "adapter_config.json").read_text())
    config.update(changes)
    (target / "adapter_config.json").write_text(json.dumps(config))
    return target


def _tensors(folder: Path) -> dict[str, torch.Tensor]:
    from safetensors.torch import load_file

    return load_file(folder / "adapter_model.safetensors")


def _save(tensors: dict, folder: Path) -> None:
    from safetensors.torch import save_file

    save_file(tensors, folder / "adapter_model.safetensors")


def test_what_cannot_run_is_refused_naming_the_feature(family, worker, tmp_path):
    base_dir, adapters = family("llama")
    base = worker.call(load_base, ModelConfig(base=str(base_dir), quantization="none"))

    def refused(folder) -> str:
        with pytest.raises(AdapterError) as err:
            worker.call(load_adapter, folder, base.model, str(base_dir))
        return str(err.value)

    # config features the batched engine does not run: one precise message each
    for key, value, feature in (("layer_replication", [[0, 2]], "layer replication"),
                                ("target_parameters", ["mlp.experts.down_proj"], "LoRA on parameters"),
                                ("trainable_token_indices", [1, 2], "trainable tokens"),
                                ("alora_invocation_tokens", [3], "activated LoRA"),
                                ("use_qalora", True, "QALoRA")):
        message = refused(_copy_with_config(adapters["plain"], tmp_path / key, **{key: value}))
        assert feature in message and key in message
    # DoRA on an embedding layer
    folder = shutil.copytree(adapters["embedding"], tmp_path / "dora-embedding")
    tensors = _tensors(folder)
    tensors["base_model.model.model.embed_tokens.lora_magnitude_vector"] = torch.ones(64)
    _save(tensors, folder)
    assert "DoRA on an embedding layer" in refused(_copy_with_config(folder, tmp_path / "de2", use_dora=True))
    # a DoRA magnitude the config does not declare; a DoRA config without magnitudes
    undeclared = _copy_with_config(adapters["dora"], tmp_path / "undeclared", use_dora=False)
    assert refused(undeclared).endswith(Messages.ADAPTER_FLAG_MISSING.format(
        path="model.layers.0.self_attn.q_proj", tensor="lora_magnitude_vector", flag="use_dora"))
    missing = _copy_with_config(adapters["plain"], tmp_path / "missing", use_dora=True)
    assert "has no lora_magnitude_vector" in refused(missing)
    # a resized vocabulary (the saved base copy of the embedding has more rows)
    folder = shutil.copytree(adapters["embedding"], tmp_path / "resized")
    tensors = _tensors(folder)
    key = "base_model.model.model.embed_tokens.base_layer.weight"
    tensors[key] = torch.cat([tensors[key], tensors[key][:8]])
    tensors["base_model.model.model.embed_tokens.lora_embedding_A"] = torch.zeros(4, tensors[key].shape[0])
    _save(tensors, folder)
    assert "resized vocabulary" in refused(folder)
    # modules_to_save of a module no row can swap (a whole decoder layer), and a tensor nobody declared
    folder = _copy_with_config(adapters["plain"], tmp_path / "layer-copy", modules_to_save=["layers.1"])
    tensors = _tensors(folder)
    tensors["base_model.model.model.layers.1.input_layernorm.weight"] = torch.ones(64)
    _save(tensors, folder)
    message = refused(folder)
    assert "LlamaDecoderLayer" in message and "only a trained copy of a linear, embedding or norm layer" in message
    folder = shutil.copytree(adapters["plain"], tmp_path / "stray")
    tensors = _tensors(folder)
    tensors["base_model.model.model.norm.weight"] = torch.ones(64)
    _save(tensors, folder)
    assert refused(folder).startswith("unexpected tensor 'base_model.model.model.norm.weight'")


def test_merges_take_plain_lora_only(family, worker, data_dir):
    """PEFT's add_weighted_adapter combines lora_A/lora_B only: a merge of a DoRA parent is refused up front."""
    from playground.local.merge import MergeSpec, plan_merge

    base_dir, adapters = family("llama")
    engine = _engine(base_dir, {k: adapters[k] for k in ("plain", "dora")}, worker)
    with pytest.raises(Exception) as err:
        plan_merge(engine, MergeSpec(name="mix", parents=("plain", "dora"), weights=(0.5, 0.5)), data_dir / "m")
    assert "dora" in str(err.value) and "DoRA" in str(err.value)


def test_served_app_adds_every_kind_and_compares_them_with_the_base_in_one_batch(family, worker, tokenizer,
                                                                                  tmp_path):
    """The way a visitor does it: upload each adapter's files with /add_adapter, then /compare them all."""
    from gradio_client import Client, handle_file

    from tests.conftest import served

    base_dir, adapters = family("qwen2")
    engine = _engine(base_dir, {}, worker)
    prompt = MESSAGES[0]["content"]
    ids = tokenizer.apply_chat_template(list(MESSAGES), add_generation_prompt=True, tokenize=True)
    ids = list(ids["input_ids"] if hasattr(ids, "keys") else ids)
    with served(engine, tmp_path / "data") as url:
        client = Client(url, verbose=False)
        for kind, folder in adapters.items():
            files = [handle_file(folder / name) for name in ("adapter_config.json", "adapter_model.safetensors")]
            row = client.predict("", files, "", kind, api_name="/add_adapter")
            assert row["name"] == kind and row["status"] == "loaded"
        texts = client.predict(prompt, ["base", *adapters], "", NEW_TOKENS, api_name="/compare")
    for kind, folder in adapters.items():
        expected = tokenizer.decode(worker.call(_peft_tokens, base_dir, folder, ids, tokenizer.eos_token_id),
                                    skip_special_tokens=True)
        assert texts[kind] == expected, kind
        assert texts[kind] != texts["base"], kind


def test_dense_weight_of_a_repacked_4bit_layer_is_what_it_computes(engine):
    """DoRA's norm needs the base weight; at nf4 on CPU bitsandbytes has repacked it for its kernel (PEFT's
    dequantize would read the repacked bytes). The probe gives the weight the layer multiplies by."""
    from playground.local.adapters import dense_weight

    layer = engine.multi.layers["model.layers.0.self_attn.q_proj"].base_layer
    weight = engine.worker.call(dense_weight, layer)
    x = torch.randn(3, layer.in_features, generator=torch.Generator().manual_seed(0)).to(torch.bfloat16).float()
    with torch.inference_mode():
        out = engine.worker.call(layer, x)
    assert weight.shape == (layer.out_features, layer.in_features)
    assert torch.allclose(x @ weight.T, out, rtol=0.02, atol=0.05)
