"""The output projection (``lm_head``) run through oneDNN with a pre-packed weight, on CPU.

bitsandbytes leaves ``lm_head`` unquantized, so on SmolLM2-135M each decode step multiplies
the hidden states by a 49152 x 576 fp32 matrix: 113 MB, the largest single read of the step.
PyTorch sends ``F.linear`` to MKL, whose small-batch sgemm on this machine takes 8-13 ms for
it (1 to 4 rows), about 40% of the whole step. oneDNN with the weight reordered once into its
blocked layout does the same fp32 product in 1.5-4 ms, and its cost barely grows with the
number of rows, which is what a batch of variants needs. Still fp32: results match MKL's to
about 1e-5 (summation order). ``bench/compare.py`` measures it.

Inference only: the oneDNN op has no backward, so training keeps the plain layer.
"""

from __future__ import annotations

import logging

import torch
from torch import nn

log = logging.getLogger(__name__)


def onednn_linear_available() -> bool:
    """oneDNN's packed linear is there (CPU builds of PyTorch with mkldnn)."""
    return torch.backends.mkldnn.is_available() and hasattr(torch.ops.mkldnn, "_linear_pointwise")


class PackedLinear(nn.Module):
    """A bias-free fp32 ``nn.Linear`` whose weight is held in oneDNN's blocked layout."""

    def __init__(self, linear: nn.Linear):
        super().__init__()
        self.in_features = linear.in_features
        self.out_features = linear.out_features
        self.weight = linear.weight  # kept for tied embeddings and state_dict; not used to compute
        self.packed = torch.ops.mkldnn._reorder_linear_weight(linear.weight.detach(), None)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return torch.ops.mkldnn._linear_pointwise(x, self.packed, None, "none", [], "")


def pack_output_head(model: nn.Module) -> bool:
    """Swap ``model.lm_head`` for a :class:`PackedLinear` where that is exact and available.

    Returns whether it did. Only fp32, bias-free, CPU ``nn.Linear`` heads qualify; anything
    else (GPU, half precision, a quantized head) keeps its own layer.
    """
    head = getattr(model, "lm_head", None)
    if (not isinstance(head, nn.Linear) or head.bias is not None or head.weight.device.type != "cpu"
            or head.weight.dtype != torch.float32 or not onednn_linear_available()):
        return False
    try:
        packed = PackedLinear(head)
        probe = torch.randn(2, head.in_features)
        if not torch.allclose(packed(probe), head(probe), rtol=1e-4, atol=1e-4):
            raise RuntimeError("packed output differs from the plain layer")
    except Exception as err:  # an exotic build: keep the plain layer
        log.warning("lm_head left unpacked: %s", err)
        return False
    model.lm_head = packed
    return True
