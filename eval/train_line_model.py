"""Train the cleaner's line classifier (src/vnsumm/clean/line_model.json).

Data: synthetic scraped pages (eval/clean_bench.make_doc) whose stories are vietnews_train
articles [0, 15000) and whose furniture uses the DEV styles only (eval/clean_styles/dev.json);
related lists and teasers are other train articles of the same range. The frozen test styles
and the vietnews_dev bodies of the benchmark are never used here. Every body line of a page
(after title/metadata are taken off, exactly as ``vnsumm.clean`` sees it) is labelled story
(its text is in the article) or furniture (it is an injected line); lines that are neither
(glued, altered) are left out. Features: ``vnsumm.clean.classifier.page_features`` with the
hand rules' verdict as one of them, on the first pass and on the lines the first pass keeps.

Model: two stacked scikit-learn MLPClassifiers (one small ReLU hidden layer each; ``--hidden 0``
for logistic regression). Stage 1 learns on the first half of the pages; stage 2 on the second
half, with stage 1's verdicts on each line's neighbours as extra features. Story lines count by
their sentence number (repeated, as the MLP takes no sample weights). Validation: pages from
train articles [12000, 12000 + valid-pages), dev styles. ``--threshold/--prose/--rescue`` are the
run-time decision thresholds (see ``LineModel.decide``); the shipped ones were chosen on the dev
figures of eval/clean_bench.py. The weights are written as JSON (no pickle) with the settings and
validation figures under ``training``. A few minutes on one core.

    nice -n 10 python eval/train_line_model.py --pages 8000 --valid-pages 1000 --threshold 0.4 --prose 0.95 --rescue 0.05
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
from vnsumm.clean.classifier import FEATURES, MODEL_PATH, STAGE2, page_features, stage2_features  # noqa: E402
from vnsumm.clean.lines import personal_byline  # noqa: E402

VALID_FROM = 12_000
MAKER_ROWS_FROM = 17_000  # default first row of the remapped file: dev4 (17,000) to dev3/dev5 (19,996), as shipped


def _key(text: str) -> str:
    return bench._key(text)


def page_examples(doc: bench.Doc, heads: list[str] = ()) -> list[tuple]:
    """(features, labels, weights, lines) of a page's body lines on the first pass and on the lines the
    rules' first pass keeps (the idempotence loop); label 1 = furniture, 0 = story, -1 = not labelled."""
    body_blob = "".join(_key(s) for s in doc.body_sentences) + "".join(_key(h) for h in heads)
    furniture_keys = {_key(f) for f in doc.furniture} - {_key(s) for s in doc.body_sentences} - {""}
    lines, _, _ = page_lines(doc.text)
    out = []
    for _ in range(2):
        if not lines:
            break
        drop = furniture(lines, model=False)
        y = np.full(len(lines), -1)
        w = np.ones(len(lines))
        for i, ln in enumerate(lines):
            k = _key(ln.text)
            if not k or personal_byline(ln):
                continue  # the story's own credit is kept by a rule, not learned
            if k in furniture_keys:
                y[i] = 1
            elif k in body_blob:
                y[i], w[i] = 0, float(max(1, len(re.findall(r"[.!?…](?:\s|$)", ln.text))))
        out.append((page_features(lines, drop), y, w, lines))
        lines = [ln for ln, d in zip(lines, drop) if not d]
    return out


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


def maker_pages(names: list[str], train: list[dict], offsets: list[int],
                first: int = MAKER_ROWS_FROM, wrap: int | None = None) -> list[bench.Doc]:
    """Pages of the dev page makers (``bench.PAGE_MAKERS``: their layouts and wordings) around training
    stories (``labelled_maker_pages``, once per offset), as ``bench.Doc``."""
    return [bench.Doc(pg.text, pg.body, [line for _, line in pg.furniture])
            for offset in offsets for pg in labelled_maker_pages(names, train, offset, first, wrap)]


def labelled_maker_pages(names: list[str], train: list[dict], offset: int,
                         first: int = MAKER_ROWS_FROM, wrap: int | None = None) -> list:
    """The makers' own pages (text, body, furniture labelled by kind) around training stories: each maker
    reads a train file in which the rows it uses hold train articles ``offset`` on (``wrap``: articles
    [0, wrap) only, taken round again from the first when they run out)."""
    import gzip
    import json
    import tempfile

    out = []
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "remapped.jsonl.gz"
        with gzip.open(path, "wt", encoding="utf-8") as fh:
            fh.write("\n" * first)
            rows = (train[offset:offset + 19_997 - first] if wrap is None
                    else [train[(offset + i) % wrap] for i in range(19_997 - first)])
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        for name in names:
            pages = bench.heldout_pages(path, name)
            if not pages:  # its rows lie before ``first``: the maker would silently not train
                raise SystemExit(f"page maker {name} reads rows before --maker-rows-from {first}: "
                                 "no pages from it (give a lower --maker-rows-from)")
            out += pages
    return out


def build(articles: list[dict], others: list[bench.Related], styles: dict, seed: str) -> list[tuple]:
    rng = random.Random(seed)
    records = []
    for a in articles:
        varied, heads = _vary(rng, a)
        records += page_examples(bench.make_doc(rng, varied, others, styles, heads), heads)
    return records


class Stage:
    """Standardisation + an MLP (or logistic regression) fitted on labelled rows."""

    def __init__(self, hidden: int, seed: int):
        self.hidden, self.seed = hidden, seed

    def fit(self, x: np.ndarray, y: np.ndarray, w: np.ndarray) -> "Stage":
        from sklearn.linear_model import LogisticRegression
        from sklearn.neural_network import MLPClassifier

        self.mean, self.scale = x.mean(0), x.std(0)
        self.scale[self.scale < 1e-6] = 1.0
        self.mean[0], self.scale[0] = 0.0, 1.0  # the bias column stays 1
        xs = (x - self.mean) / self.scale
        if self.hidden:
            self.model = MLPClassifier(hidden_layer_sizes=(self.hidden,), alpha=1e-3, max_iter=200,
                                       early_stopping=True, random_state=self.seed)
            # MLPClassifier takes no sample weights: story lines are repeated by their sentence count
            reps = np.where(y == 0, np.minimum(w, 4).astype(int), 1)
            self.model.fit(np.repeat(xs, reps, axis=0), np.repeat(y, reps))
        else:
            self.model = LogisticRegression(C=1.0, max_iter=2000).fit(xs, y, sample_weight=w)
        return self

    def proba(self, x: np.ndarray) -> np.ndarray:
        return self.model.predict_proba((x - self.mean) / self.scale)[:, 1]

    def export(self) -> dict:
        m = self.model
        if hasattr(m, "coefs_"):
            layers = [{"W": w.round(6).tolist(), "b": b.round(6).tolist()} for w, b in zip(m.coefs_, m.intercepts_)]
        else:
            layers = [{"W": m.coef_.T.round(6).tolist(), "b": m.intercept_.round(6).tolist()}]
        return {"mean": self.mean.round(6).tolist(), "scale": self.scale.round(6).tolist(), "layers": layers}


def labelled(records: list[tuple], stage1: Stage | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Stacked labelled rows of ``records`` (with the first stage's context features if given)."""
    xs, ys, ws = [], [], []
    for x, y, w, lines in records:
        if stage1 is not None:
            x = np.hstack([x, stage2_features(stage1.proba(x), lines)])
        keep = y >= 0
        xs.append(x[keep]), ys.append(y[keep]), ws.append(w[keep])
    return np.concatenate(xs), np.concatenate(ys), np.concatenate(ws)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=6000, help="training pages (train articles from 0)")
    parser.add_argument("--valid-pages", type=int, default=1500)
    parser.add_argument("--hidden", type=int, default=32, help="hidden units; 0 = logistic regression")
    parser.add_argument("--keep", type=float, default=None,
                        help="share of story sentences to keep on validation, which sets the threshold (default 0.999)")
    parser.add_argument("--threshold", type=float, default=None,
                        help="drop threshold for lines the rules keep (default: from --keep)")
    parser.add_argument("--rescue", type=float, default=0.05,
                        help="below this a line the rules drop by context alone is kept")
    parser.add_argument("--prose", type=float, default=0.99,
                        help="drop threshold for a prose-like line (a sentence of 12+ words) the rules keep")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    parser.add_argument("--makers", default="", help="dev page makers whose layouts also train (e.g. dev3,dev4,dev5)")
    parser.add_argument("--maker-offsets", default=None,
                        help="train articles the makers' pages are built around (default 0,3000)")
    parser.add_argument("--maker-rows-from", type=int, default=None,
                        help="first row the makers read from the remapped file (13000 reaches dev6-dev9 too)")
    parser.add_argument("--maker-wrap", type=int, default=None,
                        help="the makers' stories come from train articles [0, N) only, taken round again "
                             "(9000 with --maker-rows-from 9000: every maker, no story of a dev page set)")
    args = parser.parse_args(argv)
    if args.keep is not None and args.threshold is not None:
        parser.error("--keep only chooses the threshold: give --keep or --threshold, not both")
    args.keep = 0.999 if args.keep is None and args.threshold is None else args.keep  # recorded only when it chose
    if not args.makers and (args.maker_offsets, args.maker_rows_from, args.maker_wrap) != (None, None, None):
        parser.error("--maker-offsets, --maker-rows-from and --maker-wrap set how --makers' pages are built: add --makers")
    args.maker_offsets = args.maker_offsets or "0,3000"
    args.maker_rows_from = MAKER_ROWS_FROM if args.maker_rows_from is None else args.maker_rows_from
    if args.pages > VALID_FROM:
        parser.error(f"--pages must be at most {VALID_FROM}")
    if "test" in args.makers.split(","):
        parser.error("the blind test set never trains")
    t0 = time.time()
    train_articles = bench.load_train(0, bench.TRAIN_SPLIT)
    others = bench.related_items(train_articles)
    styles = bench.load_styles("dev")
    half = args.pages // 2
    rec_a = build(train_articles[:half], others, styles, f"train-a-{args.seed}")
    rec_b = build(train_articles[half:args.pages], others, styles, f"train-b-{args.seed}")
    rec_v = build(train_articles[VALID_FROM:VALID_FROM + args.valid_pages], others, styles, f"valid-{args.seed}")
    if args.makers:
        docs = maker_pages(args.makers.split(","), train_articles[:VALID_FROM],
                           [int(o) for o in args.maker_offsets.split(",")], args.maker_rows_from, args.maker_wrap)
        random.Random(args.seed).shuffle(docs)
        rec_a += [r for d in docs[:len(docs) // 2] for r in page_examples(d)]
        rec_b += [r for d in docs[len(docs) // 2:] for r in page_examples(d)]
        print(f"{len(docs)} pages from the page makers {args.makers}")
    print(f"pages built in {time.time() - t0:.0f}s")
    # stage 1 learns on half A; stage 2 on half B, seeing stage 1's verdicts on pages it did not train on
    x, y, w = labelled(rec_a)
    stage1 = Stage(args.hidden, args.seed).fit(x, y, w)
    x2, y2, w2 = labelled(rec_b, stage1)
    stage2 = Stage(args.hidden, args.seed).fit(x2, y2, w2)
    xv, yv, wv = labelled(rec_v, stage1)
    print(f"examples: stage 1 {len(y)}, stage 2 {len(y2)}, valid {len(yv)} ({int(yv.sum())} furniture); "
          f"{time.time() - t0:.0f}s")
    p = stage2.proba(xv)
    story = yv == 0
    order = np.sort(p[story])[::-1]
    weights_sorted = wv[story][np.argsort(p[story])[::-1]]
    cum = np.cumsum(weights_sorted)
    threshold = args.threshold
    if threshold is None:  # the threshold that keeps --keep of the validation story sentences
        k = int(np.searchsorted(cum, (1 - args.keep) * wv[story].sum(), side="right"))
        threshold = max(0.5, float(order[k]) + 1e-6 if k < len(order) else 0.5)
    for t in (0.5, 0.8, 0.9, 0.95, 0.98, 0.99, threshold):
        at = p >= t
        print(f"  threshold {t:.4f}: story sentences kept {wv[story & ~at].sum() / wv[story].sum():.4f}, "
              f"furniture caught {at[~story].mean():.4f}")
    pred = p >= threshold
    rule = xv[:, FEATURES.index("rule_drop")] == 1
    figures = {
        "valid_story_sentences_kept": float(wv[story & ~pred].sum() / wv[story].sum()),
        "valid_furniture_lines_caught": float(pred[~story].mean()),
        "valid_stage1_furniture_caught": float((stage1.proba(xv[:, :len(FEATURES)]) >= threshold)[~story].mean()),
        "valid_rules_alone_furniture_caught": float(rule[~story].mean()),
        "valid_rules_alone_story_sentences_kept": float(wv[story & ~rule].sum() / wv[story].sum()),
    }
    meta = {"command": "python eval/train_line_model.py " + " ".join(argv or sys.argv[1:]),
            "data": f"vietnews_train.jsonl.gz articles [0, {args.pages}) as pages, "
                    f"[{VALID_FROM}, {VALID_FROM + args.valid_pages}) for validation; dev styles"
                    + (f"; pages of the page makers {args.makers} around train articles from {args.maker_offsets}"
                       if args.makers else ""),
            "model": f"MLP hidden={args.hidden}" if args.hidden else "logistic regression",
            "examples": int(len(y)), "seed": args.seed, "keep": args.keep, "threshold": threshold,
            "prose_threshold": args.prose, "rescue_threshold": args.rescue,
            "thresholds_chosen_on": "dev figures of eval/clean_bench.py (dev styles, vietnews_dev bodies)", **figures}
    spec = {"features": FEATURES, "stage2_features": STAGE2, "stage1": stage1.export(), "stage2": stage2.export(),
            "threshold": round(float(threshold), 6), "prose_threshold": args.prose, "rescue_threshold": args.rescue,
            "training": meta}
    args.out.write_text(json.dumps(spec, separators=(",", ":")) + "\n", encoding="utf-8")
    print(json.dumps(meta, indent=1))
    print(f"threshold {threshold:.4f}; wrote {args.out} ({args.out.stat().st_size // 1024} KB) in {time.time() - t0:.0f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
