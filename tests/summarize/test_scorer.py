from pathlib import Path

import numpy as np
import pytest
from scripts import load_script

from vnsumm.errors import ConfigError
from vnsumm.summarize.scorer import TreeScorer

STUMP = {  # x0 <= 0.5 -> 1.0, else: x1 <= 2 -> 3.0 else 5.0
    "kind": "gradient_boosted_trees", "features": ["a", "b"], "init": 10.0, "learning_rate": 0.5,
    "trees": [{"feature": [0, -2, 1, -2, -2], "threshold": [0.5, -2, 2.0, -2, -2],
               "left": [1, -1, 3, -1, -1], "right": [2, -1, 4, -1, -1], "value": [0, 1.0, 0, 3.0, 5.0]}],
}


def test_trees_are_walked_as_scikit_learn_lays_them_out():
    x = np.array([[0.0, 9.0], [0.5, 9.0], [1.0, 2.0], [1.0, 2.5]])
    assert TreeScorer(STUMP).predict(x).tolist() == [10.5, 10.5, 11.5, 12.5]


@pytest.mark.parametrize("broken", [
    {"kind": "linear"},
    {"trees": []},
    {"trees": [{**STUMP["trees"][0], "left": [7, -1, 3, -1, -1]}]},
    {"trees": [{**STUMP["trees"][0], "value": [0, 1.0]}]},
    {"init": "x"},
])
def test_broken_weights_are_config_errors(broken):
    with pytest.raises(ConfigError, match="not a tree scorer"):
        TreeScorer({**STUMP, **broken})


def test_exported_scikit_learn_trees_predict_what_scikit_learn_predicts():
    sklearn = pytest.importorskip("sklearn.ensemble")
    path = Path(__file__).resolve().parents[2] / "eval" / "train_sentence_scorer.py"
    train = load_script(path, "train_sentence_scorer")
    rng = np.random.default_rng(0)
    X = rng.normal(size=(400, 3))
    y = X[:, 0] * 2 + (X[:, 1] > 0.3) + rng.normal(scale=0.1, size=400)
    model = sklearn.HistGradientBoostingRegressor(max_iter=20, max_leaf_nodes=7, random_state=0).fit(X, y)
    scorer = TreeScorer(train.export_trees(model, ("a", "b", "c")))
    assert np.allclose(scorer.predict(X), model.predict(X), atol=1e-4)


def test_training_script_writes_weights_the_summarizer_loads(tmp_path, seed_paths):
    pytest.importorskip("sklearn")
    import gzip
    import json
    import subprocess
    import sys

    from vnsumm import clean
    from vnsumm.summarize.extractive import ExtractiveSummarizer

    rows = []
    for copy in range(8):  # 40 small articles: each seed's story, its title, a body sentence as "summary"
        for n, path in enumerate(seed_paths):
            article = clean(path.read_text(encoding="utf-8"))
            rows.append({"id": f"a{copy}-{n}", "title": article.title, "article": " ".join(article.sentences[1:]),
                         "summary": article.sentences[copy % 3]})
    data = tmp_path / "train.jsonl.gz"
    with gzip.open(data, "wt", encoding="utf-8") as f:
        f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    out = tmp_path / "w.json"
    script = Path(__file__).resolve().parents[2] / "eval" / "train_sentence_scorer.py"
    proc = subprocess.run([sys.executable, str(script), "--data", str(data), "--out", str(out),
                           "--cache", str(tmp_path / "f.npz"), "--heldout-share", "4", "--trees", "5",
                           "--budgets", "30,60", "--redundancy", "0,0.2"],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    weights = json.loads(out.read_text(encoding="utf-8"))
    assert len(weights["trees"]) == 5 and weights["training"]["chosen"]["max_words"] in (30, 60)
    assert {"lead-1", "lead-2", "lead-3", "learned (chosen)"} <= set(weights["training"]["heldout_rouge1"])
    summarizer = ExtractiveSummarizer(weights=str(out), max_words=weights["training"]["chosen"]["max_words"])
    assert summarizer.summarize([clean(seed_paths[0].read_text(encoding="utf-8"))])[0]
