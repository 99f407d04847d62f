"""The embedded base's converted cache when several processes make it at once (replicas, training lanes)."""

import subprocess
import sys

from playground.local.model import embedded_cache

CONVERT = "import sys; from playground.local.model import embedded_cache; print(embedded_cache(sys.argv[1]))"


def test_processes_converting_together_all_get_the_one_complete_cache(tmp_path):
    """Two processes that find no cache both convert it; both succeed and one folder is left, complete."""
    procs = [subprocess.Popen([sys.executable, "-c", CONVERT, str(tmp_path)], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for _ in range(2)]
    results = [proc.communicate(timeout=600) for proc in procs]
    assert [proc.returncode for proc in procs] == [0, 0], [err[-2000:] for _, err in results]
    target = tmp_path / "SmolLM2-135M-Instruct"
    assert {out.strip() for out, _ in results} == {str(target)}
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]  # no staging folder left behind
    assert (target / "model.safetensors").stat().st_size > 100_000_000 and (target / "tokenizer.json").is_file()
    assert embedded_cache(tmp_path) == target  # found, not converted again
