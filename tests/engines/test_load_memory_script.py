"""eval/load_memory.py: the memory of loading a model at a compute_type, in a process of its own."""
import json
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "eval" / "load_memory.py"


def load(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, text=True)


def test_the_load_is_measured_at_the_type_asked_for(tiny_t5):
    runs = {t: json.loads(load(str(tiny_t5), "--compute-type", t).stdout) for t in ("default", "bfloat16")}
    assert runs["default"]["compute_type"] == "float32" and runs["bfloat16"]["compute_type"] == "bfloat16"
    for run in runs.values():
        assert 0 < run["anon_mb"] < run["rss_mb"] <= run["peak_mb"]


def test_a_missing_model_is_one_line(tmp_path):
    done = load(str(tmp_path / "gone"))
    assert done.returncode == 2 and done.stderr.strip().splitlines()[-1].startswith("load_memory.py: error: ")
