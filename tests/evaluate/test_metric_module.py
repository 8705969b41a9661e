"""The `evaluate` metric module loads by path, offline, and agrees with vnsumm's ROUGE."""
from __future__ import annotations

import json
import os
import subprocess
import sys

from vnsumm.evaluate import METRIC_PATH
from vnsumm.evaluate.rouge import score_rouge

SCRIPT = """
import json, sys, evaluate
m = evaluate.load(sys.argv[1])
print(json.dumps(m.compute(predictions=json.loads(sys.argv[2]), references=json.loads(sys.argv[3]), lang="vi")))
"""


def test_evaluate_load_by_path_offline(tmp_path):
    preds = ["Việt Nam đẹp lắm. Hà Nội mùa thu.", "Giá vàng tăng mạnh."]
    refs = ["Việt Nam rất đẹp. Hà Nội mùa thu.", "Giá vàng hôm nay giảm."]
    env = {**os.environ, "HF_HOME": str(tmp_path), "HF_HUB_OFFLINE": "1", "HF_DATASETS_OFFLINE": "1",
           "HF_EVALUATE_OFFLINE": "1"}
    proc = subprocess.run(
        [sys.executable, "-c", SCRIPT, METRIC_PATH, json.dumps(preds), json.dumps(refs)],
        capture_output=True, text=True, env=env, timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    rows = score_rouge(preds, refs, "vi")
    for name in ("rouge1", "rougeLsum", "rouge2_default_tok"):
        assert abs(result[name] - sum(r[name] for r in rows) / 2) < 1e-9
