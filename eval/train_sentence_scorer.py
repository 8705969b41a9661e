"""Train the learned extractive scorer (``method: learned``) on VietNews train; write its JSON weights.

    nice -n 10 python eval/train_sentence_scorer.py --data ../shared/data/vietnews_train.jsonl.gz \
        --out src/vnsumm/summarize/weights/sentence_scorer.json

Steps, all on the train file only (dev sets are never read):
1. Split the articles by a hash of their id: 1 in 10 is the held-out slice (settings are chosen
   there), the rest train the model. Each article goes through the same cleaning as ``vnsumm
   eval`` (``example_article``); a fixed 30% of training articles lose their title (inputs without
   one, such as XL-Sum, then look familiar).
2. Features: :func:`vnsumm.summarize.features.featurize`. Label of a sentence: its own ROUGE-1 +
   ROUGE-2 F1 against the reference (Unicode syllables, as vnsumm eval scores), scaled 0-1.
3. Fit scikit-learn gradient-boosted regression trees; write them as plain JSON (numpy evaluates
   them at run time, no pickle).
4. On the held-out slice, choose the word budget and the redundancy weight by mean ROUGE-1 F1 of
   the whole summaries, next to lead-1/2/3, and record every figure in the JSON.

Features are cached (``--cache``), so a re-run with other model settings skips featurizing.
"""
from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

from vnsumm.errors import InputError
from vnsumm.evaluate.data import Example
from vnsumm.evaluate.runner import example_article
from vnsumm.summarize.extractive import DEFAULT_DUPLICATE, pick
from vnsumm.summarize.features import FEATURE_NAMES, featurize, syllables
from vnsumm.summarize.scorer import TreeScorer

MAX_CANDIDATES = 200  # the summarizer's default max_candidates: sentences past it are never scored
FORMAT_VERSION = 1


def _heldout(article_id: str, share: int) -> bool:
    return int(hashlib.sha1(article_id.encode()).hexdigest(), 16) % share == 0


def _drop_title(article_id: str, rate: float) -> bool:
    return int(hashlib.sha1(("notitle:" + article_id).encode()).hexdigest(), 16) % 1000 < rate * 1000


def rouge_n_f(pred: list[str], ref_counts: Counter, n: int) -> float:
    """ROUGE-N F1 of token lists, as rouge_score computes it (clipped n-gram counts)."""
    grams = Counter(zip(*(pred[i:] for i in range(n))))
    total_p, total_r = sum(grams.values()), sum(ref_counts.values())
    if not total_p or not total_r:
        return 0.0
    hit = sum(min(c, ref_counts[g]) for g, c in grams.items())
    if not hit:
        return 0.0
    p, r = hit / total_p, hit / total_r
    return 2 * p * r / (p + r)


def _ngrams(tokens: list[str], n: int) -> Counter:
    return Counter(zip(*(tokens[i:] for i in range(n))))


def load_articles(path: Path, limit: int | None) -> list[dict]:
    opener = gzip.open if path.suffix == ".gz" else open
    rows = []
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            rows.append(json.loads(line))
            if limit and len(rows) >= limit:
                break
    return rows


def featurize_all(rows: list[dict], share: int, drop_rate: float) -> dict[str, np.ndarray]:
    """Cleaned articles -> stacked features, labels, article index, held-out flag, references."""
    feats, labels, art, held = [], [], [], []
    sentences_out, refs, titles = [], [], []
    t0 = time.time()
    for k, row in enumerate(rows):
        heldout = _heldout(row["id"], share)
        title = row.get("title") or None
        if not heldout and _drop_title(row["id"], drop_rate):
            title = None
        try:
            article = example_article(Example(row["id"], row["article"], row["summary"], title=title))
        except InputError:
            continue
        sents = article.sentences[:MAX_CANDIDATES]
        toks = [syllables(s) for s in sents]
        ref = syllables(row["summary"])
        r1, r2 = _ngrams(ref, 1), _ngrams(ref, 2)
        x = featurize(article.title, sents, toks)
        y = [(rouge_n_f(t, r1, 1) + rouge_n_f(t, r2, 2)) / 2 for t in toks]
        a = len(refs)
        feats.append(x)
        labels.extend(y)
        art.extend([a] * len(sents))
        held.append(heldout)
        sentences_out.append(sents)
        refs.append(row["summary"])
        titles.append(article.title)
        if k % 2000 == 0:
            print(f"featurized {k}/{len(rows)} in {time.time() - t0:.0f} s", file=sys.stderr)
    return {
        "X": np.vstack(feats), "y": np.array(labels), "article": np.array(art),
        "heldout": np.array(held), "sentences": np.array(json.dumps(sentences_out, ensure_ascii=False)),
        "references": np.array(json.dumps(refs, ensure_ascii=False)),
        "titles": np.array(json.dumps(titles, ensure_ascii=False)),
    }


def export_trees(model, names: tuple[str, ...]) -> dict:
    """scikit-learn HistGradientBoostingRegressor -> plain JSON arrays (see vnsumm.summarize.scorer).

    Leaves get ``left = right = -1``; a row goes left when ``x[feature] <= threshold`` (features
    never have missing values here). Leaf values already include the learning rate.
    """
    trees = []
    for (predictor,) in model._predictors:
        nodes = predictor.nodes
        leaf = nodes["is_leaf"].astype(bool)
        if (nodes["is_categorical"].astype(bool) & ~leaf).any():
            raise ValueError("categorical splits cannot be exported")
        trees.append({
            "feature": np.where(leaf, -2, nodes["feature_idx"]).tolist(),
            "threshold": [float(v) for v in np.where(leaf, 0.0, nodes["num_threshold"])],
            "left": np.where(leaf, -1, nodes["left"].astype(np.int64)).tolist(),
            "right": np.where(leaf, -1, nodes["right"].astype(np.int64)).tolist(),
            "value": [round(float(v), 7) for v in np.where(leaf, nodes["value"], 0.0)],
        })
    init = float(np.ravel(model._baseline_prediction)[0])
    return {"kind": "gradient_boosted_trees", "features": list(names), "init": init, "learning_rate": 1.0,
            "trees": trees}


def mean_r1(summaries: list[str], ref_counts: list[Counter]) -> float:
    return 100 * float(np.mean([rouge_n_f(syllables(s), r, 1) for s, r in zip(summaries, ref_counts)]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default="../shared/data/vietnews_train.jsonl.gz")
    parser.add_argument("--out", default="src/vnsumm/summarize/weights/sentence_scorer.json")
    parser.add_argument("--cache", default="runs/scorer-features.npz", help="feature cache (made if missing)")
    parser.add_argument("--limit", type=int, default=None, help="use only the first N train articles")
    parser.add_argument("--heldout-share", type=int, default=10, help="1 in N articles is held out (default 10)")
    parser.add_argument("--drop-title", type=float, default=0.3, help="share of training articles without title")
    parser.add_argument("--trees", type=int, default=300)
    parser.add_argument("--leaves", type=int, default=15, help="leaves per tree")
    parser.add_argument("--learning-rate", type=float, default=0.05)
    parser.add_argument("--budgets", default="25,30,35,40,45,50,60", help="word budgets tried on the held-out slice")
    parser.add_argument("--redundancy", default="0,0.1,0.2,0.4", help="redundancy weights tried")
    parser.add_argument("--max-sentences", type=int, default=3)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    if args.limit is not None and args.limit < 1:
        parser.error("--limit must be at least 1")

    from sklearn.ensemble import HistGradientBoostingRegressor

    cache = Path(args.cache)
    key = {"data": str(Path(args.data).resolve()), "limit": args.limit, "share": args.heldout_share,
           "drop": args.drop_title, "features": list(FEATURE_NAMES), "version": FORMAT_VERSION}
    if cache.is_file() and json.loads(str(np.load(cache)["key"])) == key:
        data = dict(np.load(cache))
        print(f"features from {cache}", file=sys.stderr)
    else:
        rows = load_articles(Path(args.data), args.limit)
        data = featurize_all(rows, args.heldout_share, args.drop_title)
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_suffix(".tmp.npz")
        np.savez_compressed(tmp, key=np.array(json.dumps(key)), **data)
        os.replace(tmp, cache)
    X, y, art, held = data["X"], data["y"], data["article"], data["heldout"]
    sentences = json.loads(str(data["sentences"]))
    refs = json.loads(str(data["references"]))
    train_rows = ~held[art]
    n_train, n_held = int((~held).sum()), int(held.sum())
    print(f"{n_train} training articles ({int(train_rows.sum())} sentences), {n_held} held out", file=sys.stderr)

    t0 = time.time()
    model = HistGradientBoostingRegressor(max_iter=args.trees, max_leaf_nodes=args.leaves, learning_rate=args.learning_rate,
                                          min_samples_leaf=50, l2_regularization=1.0, early_stopping=False,
                                          random_state=args.seed)
    model.fit(X[train_rows], y[train_rows])
    fit_seconds = time.time() - t0
    print(f"fit in {fit_seconds:.0f} s", file=sys.stderr)
    weights = export_trees(model, FEATURE_NAMES)
    scorer = TreeScorer(weights)
    if not np.allclose(scorer.predict(X[:2000]), model.predict(X[:2000]), atol=1e-5):
        raise SystemExit("the JSON trees disagree with scikit-learn's predictions")

    # choose budget and redundancy on the held-out slice: score each held-out article once
    held_ids = [a for a in range(len(refs)) if held[a]]
    ref_counts = [_ngrams(syllables(refs[a]), 1) for a in held_ids]
    held_scores = [scorer.predict(X[art == a]) for a in held_ids]
    held_sets = [[set(syllables(t)) for t in sentences[a]] for a in held_ids]
    figures: dict[str, float] = {}
    for k in (1, 2, 3):
        figures[f"lead-{k}"] = round(mean_r1([" ".join(sentences[a][:k]) for a in held_ids], ref_counts), 2)
    grid = []
    for budget in [int(b) for b in args.budgets.split(",")]:
        for lam in [float(v) for v in args.redundancy.split(",")]:
            summaries = [" ".join(sentences[a][i] for i in pick(sc, sentences[a], args.max_sentences, budget, lam,
                                                                 DEFAULT_DUPLICATE, sets=st))
                         for a, sc, st in zip(held_ids, held_scores, held_sets)]
            r1 = mean_r1(summaries, ref_counts)
            grid.append({"max_words": budget, "redundancy": lam, "rouge1": round(r1, 2)})
            print(f"budget {budget} redundancy {lam}: R1 {r1:.2f}", file=sys.stderr)
    best = max(grid, key=lambda g: (g["rouge1"], -g["max_words"], -g["redundancy"]))

    # the same held-out articles without their titles (as XL-Sum comes): reported, not used to choose
    no_title = [scorer.predict(featurize(None, sentences[a])) for a in held_ids]
    chosen_no_title = [" ".join(sentences[a][i] for i in pick(sc, sentences[a], args.max_sentences, best["max_words"],
                                                              best["redundancy"], DEFAULT_DUPLICATE, sets=st))
                       for a, sc, st in zip(held_ids, no_title, held_sets)]
    figures["learned (chosen), titles removed"] = round(mean_r1(chosen_no_title, ref_counts), 2)
    print(f"held-out R1 (Unicode syllables): {figures} best {best}", file=sys.stderr)
    weights["training"] = {
        "data": Path(args.data).name, "articles": n_train, "sentences": int(train_rows.sum()),
        "heldout_articles": n_held, "heldout_rule": f"sha1(id) % {args.heldout_share} == 0",
        "drop_title": args.drop_title,
        "label": "(ROUGE-1 F1 + ROUGE-2 F1) / 2 of the sentence vs the reference, Unicode syllables",
        "model": {"estimator": "sklearn HistGradientBoostingRegressor", "max_iter": args.trees,
                  "max_leaf_nodes": args.leaves, "learning_rate": args.learning_rate, "min_samples_leaf": 50,
                  "l2_regularization": 1.0, "random_state": args.seed},
        "fit_seconds": round(fit_seconds, 1),
        "heldout_rouge1": {**figures, "learned (chosen)": best["rouge1"]},
        "heldout_metric": "mean ROUGE-1 F1 x100, Unicode syllables (as vnsumm eval's primary figure)",
        "grid": grid,
        "chosen": {"max_words": best["max_words"], "redundancy": best["redundancy"], "k": args.max_sentences},
        "sklearn": __import__("sklearn").__version__,
    }
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".tmp")
    tmp.write_text(json.dumps(weights, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    os.replace(tmp, out)
    print(f"wrote {out} ({out.stat().st_size // 1024} KB); set max_words={best['max_words']} "
          f"redundancy={best['redundancy']} in configs/extractive.yaml", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
