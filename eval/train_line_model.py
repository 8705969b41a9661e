"""Train the cleaner's line classifier (src/vnsumm/clean/line_model.json).

Data: synthetic scraped pages (eval/clean_bench.make_doc) whose stories are vietnews_train
articles [0, 15000) and whose furniture uses the DEV styles only (eval/clean_styles/dev.json);
related lists and teasers are other train articles of the same range. The frozen test styles
and the vietnews_dev bodies of the benchmark are never used here. Every body line of a page
(after title/metadata are taken off, exactly as ``vnsumm.clean`` sees it) is labelled story
(its text is in the article) or furniture (it is an injected line); lines that are neither
(glued, altered) are left out. Features: ``vnsumm.clean.classifier.page_features`` with the
hand rules' verdict as one of them, on the first pass and on the lines the first pass keeps.

Model: scikit-learn MLPClassifier (one small ReLU hidden layer) or LogisticRegression, story
lines weighted by their sentence count; the decision threshold is the one that keeps at least
``--keep`` of story sentences on validation pages (train articles [12000, 15000), dev styles).
The weights are written as JSON (no pickle) with the settings and validation figures.

    nice -n 10 python eval/train_line_model.py [--pages 6000] [--hidden 32] [--seed 0]
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "eval"))

import clean_bench as bench  # noqa: E402
from vnsumm.clean import furniture, page_lines, split_sentences  # noqa: E402
from vnsumm.clean.classifier import FEATURES, MODEL_PATH, page_features  # noqa: E402
from vnsumm.clean.lines import personal_byline  # noqa: E402

VALID_FROM = 12_000


def _key(text: str) -> str:
    return bench._key(text)


def page_examples(doc: bench.Doc, heads: list[str] = ()) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Features, labels (1 = furniture) and weights of one page's labelled body lines, both passes."""
    body_blob = "".join(_key(s) for s in doc.body_sentences) + "".join(_key(h) for h in heads)
    furniture_keys = {_key(f) for f in doc.furniture} - {_key(s) for s in doc.body_sentences} - {""}
    lines, _, _ = page_lines(doc.text)
    xs, ys, ws = [], [], []
    for _ in range(2):  # the first pass, then what the rules' first pass keeps (the idempotence loop)
        if not lines:
            break
        drop = furniture(lines, model=False)
        x = page_features(lines, drop)
        for i, ln in enumerate(lines):
            k = _key(ln.text)
            if not k or personal_byline(ln):
                continue  # the story's own credit is kept by a rule, not learned
            if k in furniture_keys:
                ys.append(1), ws.append(1.0)
            elif k in body_blob:
                ys.append(0), ws.append(float(max(1, len(re.findall(r"[.!?…](?:\s|$)", ln.text)))))
            else:
                continue
            xs.append(x[i])
        lines = [ln for ln, d in zip(lines, drop) if not d]
    if not xs:
        return np.zeros((0, len(FEATURES))), np.zeros(0), np.zeros(0)
    return np.array(xs), np.array(ys), np.array(ws)


def _vary(rng: random.Random, article: dict) -> tuple[dict, list[str]]:
    """Some stories cut short (2-6 sentences), some given sub-headings (from their own summary)."""
    sents = split_sentences(article["article"])
    if rng.random() < 0.3 and len(sents) > 3:
        sents = sents[:rng.randint(2, 6)]
    heads = []
    if rng.random() < 0.15 and len(sents) > 3:
        for _ in range(rng.randint(1, 2)):
            words = rng.choice(split_sentences(article["summary"]) or [sents[0]]).rstrip(".!?").split()
            head = " ".join(words[:rng.randint(5, 12)]).rstrip(",;:")
            heads.append(rng.choice(["", "", "* ", "- "]) + head)
    return {**article, "article": " ".join(sents)}, heads


def build(articles: list[dict], others: list[bench.Related], styles: dict, seed: str):
    rng = random.Random(seed)
    parts = []
    for a in articles:
        varied, heads = _vary(rng, a)
        parts.append(page_examples(bench.make_doc(rng, varied, others, styles, heads), heads))
    return (np.concatenate([p[0] for p in parts]), np.concatenate([p[1] for p in parts]),
            np.concatenate([p[2] for p in parts]))


def export(model, mean: np.ndarray, scale: np.ndarray, threshold: float, rescue: float, meta: dict) -> dict:
    if hasattr(model, "coefs_"):
        layers = [{"W": w.round(6).tolist(), "b": b.round(6).tolist()} for w, b in zip(model.coefs_, model.intercepts_)]
    else:
        layers = [{"W": model.coef_.T.round(6).tolist(), "b": model.intercept_.round(6).tolist()}]
    return {"features": FEATURES, "mean": mean.round(6).tolist(), "scale": scale.round(6).tolist(),
            "layers": layers, "threshold": round(float(threshold), 6),
            "rescue_threshold": rescue, "training": meta}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=6000, help="training pages (train articles from 0)")
    parser.add_argument("--valid-pages", type=int, default=1500)
    parser.add_argument("--hidden", type=int, default=32, help="hidden units; 0 = logistic regression")
    parser.add_argument("--keep", type=float, default=0.999, help="share of story sentences to keep on validation")
    parser.add_argument("--threshold", type=float, default=None,
                        help="drop threshold for lines the rules keep (default: from --keep)")
    parser.add_argument("--rescue", type=float, default=0.05,
                        help="below this a line the rules drop by context alone is kept")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    args = parser.parse_args(argv)
    if args.pages > VALID_FROM:
        parser.error(f"--pages must be at most {VALID_FROM}")
    from sklearn.linear_model import LogisticRegression
    from sklearn.neural_network import MLPClassifier

    t0 = time.time()
    train_articles = bench.load_train(0, bench.TRAIN_SPLIT)
    others = bench.related_items(train_articles)
    styles = bench.load_styles("dev")
    x, y, w = build(train_articles[:args.pages], others, styles, f"train-{args.seed}")
    xv, yv, wv = build(train_articles[VALID_FROM:VALID_FROM + args.valid_pages], others, styles, f"valid-{args.seed}")
    print(f"examples: train {len(y)} ({int(y.sum())} furniture), valid {len(yv)} ({int(yv.sum())} furniture); "
          f"{time.time() - t0:.0f}s")
    mean, scale = x.mean(0), x.std(0)
    scale[scale < 1e-6] = 1.0
    mean[0], scale[0] = 0.0, 1.0  # the bias column stays 1
    xs, xvs = (x - mean) / scale, (xv - mean) / scale
    if args.hidden:
        model = MLPClassifier(hidden_layer_sizes=(args.hidden,), alpha=1e-3, max_iter=200, early_stopping=True,
                              random_state=args.seed)
        # MLPClassifier has no sample weights: repeat story lines by their sentence count instead
        reps = np.where(y == 0, np.minimum(w, 4).astype(int), 1)
        model.fit(np.repeat(xs, reps, axis=0), np.repeat(y, reps))
    else:
        model = LogisticRegression(C=1.0, max_iter=2000)
        model.fit(xs, y, sample_weight=w)
    p = model.predict_proba(xvs)[:, 1]
    story = yv == 0
    order = np.sort(p[story])[::-1]
    weights_sorted = wv[story][np.argsort(p[story])[::-1]]
    lost_budget = (1 - args.keep) * wv[story].sum()
    cum = np.cumsum(weights_sorted)
    k = int(np.searchsorted(cum, lost_budget, side="right"))
    threshold = max(0.5, float(order[k]) + 1e-6 if k < len(order) else 0.5)
    if args.threshold is not None:
        threshold = args.threshold
    pred = p >= threshold
    for t in (0.5, 0.8, 0.9, 0.95, 0.98, 0.99, 0.995, threshold):
        at = p >= t
        print(f"  threshold {t:.4f}: story sentences kept {wv[story & ~at].sum() / wv[story].sum():.4f}, "
              f"furniture caught {at[~story].mean():.4f}")
    figures = {
        "valid_story_sentences_kept": float(wv[story & ~pred].sum() / wv[story].sum()),
        "valid_furniture_lines_caught": float(pred[~story].mean()),
        "valid_rules_alone_furniture_caught": float(xv[~story, FEATURES.index("rule_drop")].mean()),
        "valid_rules_alone_story_sentences_kept": float(
            wv[story & (xv[:, FEATURES.index("rule_drop")] == 0)].sum() / wv[story].sum()),
    }
    meta = {"command": "python eval/train_line_model.py " + " ".join(argv or sys.argv[1:]),
            "data": f"vietnews_train.jsonl.gz articles [0, {args.pages}) as pages, "
                    f"[{VALID_FROM}, {VALID_FROM + args.valid_pages}) for validation; dev styles",
            "model": f"MLP hidden={args.hidden}" if args.hidden else "logistic regression",
            "examples": int(len(y)), "seed": args.seed, "keep": args.keep, "threshold": threshold,
            "rescue_threshold": args.rescue, **figures}
    args.out.write_text(json.dumps(export(model, mean, scale, threshold, args.rescue, meta), separators=(",", ":")) + "\n",
                        encoding="utf-8")
    print(json.dumps(meta, indent=1))
    print(f"threshold {threshold:.4f}; wrote {args.out} ({args.out.stat().st_size // 1024} KB) in {time.time() - t0:.0f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
