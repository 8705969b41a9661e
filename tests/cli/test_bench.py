"""``vnsumm bench``: a real cold ``vnsumm brief`` process measured from outside (no timing asserted)."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def bench(*argv: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "vnsumm", "bench", *argv], capture_output=True, text=True)


def test_bench_reports_articles_per_minute_and_peak_memory_of_the_run(tmp_path):
    for seed in SEEDS[:2]:
        shutil.copy(seed, tmp_path / seed.name)
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")  # fails in the measured run
    out = bench(str(tmp_path), "-c", "lead", "--repeat", "2", "--format", "json")
    result = json.loads(out.stdout)
    assert (result["articles"], result["done"], result["failed"], result["runs"]) == (3, 2, 1, 2)
    # articles/min is the done articles over the measured wall time (wall_s is itself rounded to ms)
    assert abs(result["articles_per_min"] - 60 * 2 / result["wall_s"]) <= 0.05 + 60 * 2 / result["wall_s"] ** 2 * 0.0005
    assert 10 < result["peak_rss_mb"] < 2000 and result["cpu_s"] > 0
    assert out.returncode == 1  # a failed article in the measured run is not hidden
    assert not any(tmp_path.glob("*.md"))  # the briefs went to a temporary folder


def test_bench_text_line_and_a_bad_config_is_one_line_exit_2(tmp_path):
    shutil.copy(SEEDS[0], tmp_path / SEEDS[0].name)
    out = bench(str(tmp_path), "-c", "lead")
    assert out.returncode == 0 and "1 of 1 articles briefed" in out.stdout and "articles/min" in out.stdout
    bad = bench(str(tmp_path), "-c", "no-such-config")
    assert bad.returncode == 2 and len(bad.stderr.strip().splitlines()) == 1 and "no-such-config" in bad.stderr
