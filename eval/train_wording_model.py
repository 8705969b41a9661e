"""Train the cleaner's wording model (src/vnsumm/clean/wording_model.json; ``vnsumm.clean.wording``).

Data: the pages of the dev and training page makers (``clean_bench.PAGE_MAKERS``, never ``test``, and
``TRAIN_MAKERS``) built around vietnews_train articles [0, 9000) only (the rows each maker reads are
remapped onto those articles, taken round again when they run out: no story of a dev page set is used).
Each body line as the cleaner sees it (``vnsumm.clean.page_lines``) is labelled furniture (a line the maker injected, of
``--kinds``: widgets, bylines, credits; related items and captions are news text, left out) or story
(its text is in the article); the stories' own titles and sentences of up to ``MAX_WORDS`` words are
story too. Model: scikit-learn's logistic regression over the lines' character 2-4-grams
(``wording.word_grams``; grams seen in fewer than ``--min-df`` lines dropped), counts divided by the
square root of their number, as the cleaner computes them. ``--valid`` makers are scored on their own
pages (dev page bodies: figures only, never training): story lines and furniture lines at or over
``--threshold`` (0.7, chosen on dev39-dev45 and dev47 left out of training: below it those
pages lose more story sentences; 0.9 before). Two or three minutes on one core.

    python eval/train_wording_model.py --makers dev3-dev38,train1-train6 --valid dev39-dev45,dev47 --out /tmp/w.json
    python eval/train_wording_model.py
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "eval"))

import clean_bench as bench  # noqa: E402
import train_line_model  # noqa: E402
from vnsumm.clean import page_lines, split_sentences  # noqa: E402
from vnsumm.clean.normalize import normalize_line  # noqa: E402
from vnsumm.clean.wording import GRAM_SIZES, MAX_WORDS, MODEL_PATH, WordingModel, line_words, word_grams  # noqa: E402

SHIPPED_MAKERS = "dev3-dev45,dev47,train1-train6"  # the line model's: every dev maker but dev46, and the training ones
STORIES = 9_000  # train articles [0, STORIES) carry the makers' pages; the dev page sets' bodies lie beyond


def _names(spec: str) -> list[str]:
    """``dev3-dev26,dev30,train1-train6`` → the maker names, in order (``clean_bench.maker_names``), every one known."""
    try:
        out = bench.maker_names(spec)
    except ValueError as err:
        raise SystemExit(str(err)) from None
    if "test" in out:
        raise SystemExit("the blind test set never trains")
    unknown = [n for n in out if n not in bench.PAGE_MAKERS and n not in bench.TRAIN_MAKERS and n not in bench.BLIND_MAKERS]
    if unknown:
        raise SystemExit(f"no page maker named {', '.join(unknown)}")
    return out


def labelled_lines(pages: list, kinds: set[str]) -> tuple[list[str], list[int]]:
    """The body lines of ``pages`` as the cleaner sees them, with 1 = furniture of one of ``kinds``, 0 = story
    (furniture of other kinds is left out)."""
    texts, labels = [], []
    for page in pages:
        body_keys = {bench._key(s) for s in page.body}
        body_blob = "".join(bench._key(s) for s in page.body)
        furniture = {}
        for kind, line in page.furniture:
            furniture.setdefault(bench._key(line), kind)
        lines, _, _ = page_lines(page.text)
        for ln in lines:
            k = bench._key(ln.text)
            if not k:
                continue
            if k in furniture and k not in body_keys:
                if furniture[k] in kinds:
                    texts.append(ln.text), labels.append(1)
            elif k in body_blob:
                texts.append(ln.text), labels.append(0)
    return texts, labels


def line_grams(text: str) -> list[str]:
    return [g for word in line_words(text) for g in word_grams(word)]


def features(vectorizer, texts: list[str]):
    import scipy.sparse as sp

    counts = vectorizer.transform(texts).astype(np.float64)
    totals = np.array([sum(len(word_grams(w)) for w in line_words(t)) for t in texts], dtype=np.float64)
    return sp.diags(1.0 / np.sqrt(np.maximum(totals, 1.0))) @ counts  # every gram counts, known or not


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--makers", default=SHIPPED_MAKERS, help=f"page makers whose lines train ({SHIPPED_MAKERS})")
    parser.add_argument("--valid", default="", help="page makers scored on their own pages, never trained on")
    parser.add_argument("--kinds", default="widget,byline,credit",
                        help="furniture kinds that train (related items and captions are news text: left out)")
    parser.add_argument("--min-df", type=int, default=3)
    parser.add_argument("--C", type=float, default=1.0, help="inverse regularisation strength")
    parser.add_argument("--threshold", type=float, default=0.7)
    parser.add_argument("--title-threshold", type=float, default=0.9,
                        help="the surer share at which a line in the title search is a label (a lost title costs more)")
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    parser.add_argument("--train", type=Path, default=bench.TRAIN_DATA, help="vietnews_train (default: the bench's)")
    args = parser.parse_args(argv)
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.linear_model import LogisticRegression

    makers, valid = _names(args.makers), _names(args.valid)
    kinds = set(args.kinds.split(","))
    if set(makers) & set(valid):
        parser.error("a maker cannot both train and be scored")
    t0 = time.time()
    # the lines as the cleaner sees them without a wording model (its title search asks one): the model never
    # learns from its own or an older model's verdicts, so this command gives the same model on every tree
    sys.modules["vnsumm.clean"].load_wording = lambda: WordingModel(
        {"gram_sizes": list(GRAM_SIZES), "bias": 0.0, "threshold": 2.0, "title_threshold": 2.0, "weights": {},
         "words": {}})
    stories = bench.load_train(0, STORIES, args.train)
    pages = train_line_model.labelled_maker_pages(makers, stories, 0, first=STORIES, wrap=len(stories))
    unknown = sorted(kinds - {kind for page in pages for kind, _ in page.furniture})
    if unknown:
        parser.error(f"--kinds {','.join(unknown)}: no page of these makers has a line of that kind")
    texts, labels = labelled_lines(pages, kinds)
    # the stories' own short sentences and titles are news wording too (a page's title is not labelled)
    news = [normalize_line(t) for s in stories for t in [s["title"], *split_sentences(s["article"])]
            if len(t.split()) <= MAX_WORDS]
    texts, labels = texts + news, labels + [0] * len(news)
    y = np.array(labels)
    print(f"{len(pages)} pages of {len(makers)} makers: {len(y)} lines, {int(y.sum())} furniture; {time.time() - t0:.0f}s")
    vectorizer = CountVectorizer(analyzer=line_grams, min_df=args.min_df)
    vectorizer.fit(texts)
    model = LogisticRegression(C=args.C, max_iter=3000).fit(features(vectorizer, texts), y)
    figures = {}
    if valid:
        texts_v, labels_v = labelled_lines([pg for name in valid for pg in bench.heldout_pages(bench.TRAIN_DATA, name)],
                                           kinds)
        yv = np.array(labels_v)
        hit = model.predict_proba(features(vectorizer, texts_v))[:, 1] >= args.threshold
        figures = {"valid_makers": valid, "valid_story_lines": int((yv == 0).sum()),
                   "valid_story_lines_flagged": int(hit[yv == 0].sum()),
                   "valid_furniture_lines": int(yv.sum()), "valid_furniture_lines_flagged": int(hit[yv == 1].sum())}
    vocabulary = vectorizer.vocabulary_
    coef = model.coef_[0]
    weights = {g: round(float(coef[i]), 4) for g, i in sorted(vocabulary.items()) if round(float(coef[i]), 4)}
    meta = {"command": "python eval/train_wording_model.py " + " ".join(argv if argv is not None else sys.argv[1:]),
            "kinds": sorted(kinds), "data": f"lines of the page makers {','.join(makers)} around {'vietnews_train' if args.train == bench.TRAIN_DATA else args.train} articles [0, {STORIES})",
            "lines": int(len(y)), "furniture_lines": int(y.sum()), "min_df": args.min_df, "C": args.C, **figures}
    spec = {"gram_sizes": list(GRAM_SIZES), "bias": round(float(model.intercept_[0]), 6),
            "threshold": args.threshold, "title_threshold": args.title_threshold, "weights": weights, "words": {},
            "training": meta}
    scorer = WordingModel(spec)  # each training word's summed gram weights, exactly as the cleaner would sum them
    seen = Counter(w for t in texts for w in line_words(t))
    spec["words"] = {w: scorer.word_score(w) for w in sorted(seen) if seen[w] >= args.min_df}
    args.out.write_text(json.dumps(spec, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(json.dumps(meta, indent=1, ensure_ascii=False))
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KB, {len(weights)} grams, {len(spec['words'])} words) in {time.time() - t0:.0f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
