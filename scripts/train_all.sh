#!/usr/bin/env bash
# Train every shipped adapter on a 2-core CPU: two lanes in parallel, one torch thread each
# (two processes with two OpenMP threads each on two cores run 5x slower, measured here).
# CPU-adapted settings vs the published defaults (batch 4 x accumulation 4, lr 2e-4, ~3 epochs):
# accumulation 2 and lr 1e-3 for more, larger updates in little time; one epoch, and the
# long-output tasks train on their first 240 rows. Each card's "Reproduce" line has the exact command.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}
export OMP_NUM_THREADS=1
QA=q_proj,k_proj,v_proj,o_proj,gate_proj,up_proj,down_proj
train() { echo "== $*"; $PY -m playground.train --lr 1e-3 --grad-accum 2 "$@"; }
lane_a() {
  train --task domain_qa --rank 8 --alpha 16 --targets $QA --out adapters/domain-qa-r8
  train --task prompt_recovery --limit 240 --out adapters/prompt-recovery
  train --task linkedin_post --limit 240 --out adapters/linkedin-post
}
lane_b() {
  train --task elevator_pitch --limit 240 --out adapters/elevator-pitch
  train --task marketing_copy --limit 240 --out adapters/marketing-copy
  train --task domain_qa --rank 16 --alpha 32 --targets $QA --out adapters/domain-qa-r16
  train --task domain_qa --rank 32 --alpha 64 --targets $QA --out adapters/domain-qa-r32
}
lane_a > "${LOG_DIR:-/tmp}/train_lane_a.log" 2>&1 &
lane_b > "${LOG_DIR:-/tmp}/train_lane_b.log" 2>&1 &
wait
