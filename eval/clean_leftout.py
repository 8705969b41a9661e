"""Recall and leakage of the cleaner with other learned models, on dev page sets: how a threshold, a training kind or
a model's size is chosen on page makers the models never saw. Train candidates with those makers left out (``--out``
of ``eval/train_line_model.py`` and ``eval/train_wording_model.py``), then score the makers left out here. Prints each
set's recall, leakage, lost sentences and leaked lines, then the total; ``--kinds`` adds the leaked lines by the makers'
labels. The blind ``test`` is refused, as in ``eval/clean_speed.py``.

    python eval/train_line_model.py --pages 8000 --valid-pages 1000 --threshold 0.8 --prose 0.9 --rescue 0.05 \\
        --makers dev3,…,dev38,train1,…,train6 --maker-offsets 0 --maker-rows-from 9000 --maker-wrap 9000 --out /tmp/L.json
    python eval/train_wording_model.py --makers dev3-dev38,train1-train6 --out /tmp/W.json
    python eval/clean_leftout.py --line-model /tmp/L.json --wording-model /tmp/W.json --sets dev39-dev45,dev47
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "eval"))

import clean_bench as bench  # noqa: E402
from vnsumm.clean.classifier import MODEL_PATH as LINE_MODEL, LineModel  # noqa: E402
from vnsumm.clean.wording import MODEL_PATH as WORDING_MODEL, WordingModel  # noqa: E402

LINE_SETTINGS = {"threshold": "threshold", "prose": "prose_threshold", "rescue": "rescue_threshold"}
WORDING_SETTINGS = {"wording_threshold": "threshold", "title_threshold": "title_threshold"}


def _spec(path: Path, overrides: dict[str, float | None], names: dict[str, str]) -> dict:
    """A model's JSON with the thresholds asked for put in its place."""
    spec = json.loads(path.read_text(encoding="utf-8"))
    for arg, key in names.items():
        if overrides[arg] is not None:
            spec[key] = overrides[arg]
    return spec


def furniture_kinds(page, article) -> tuple[Counter, Counter]:
    """One page's scored furniture lines and its leaked ones, by the maker's label (``clean_bench.scored_furniture``)."""
    lines = bench.scored_furniture(page, article)
    return Counter(kind for kind, _, _ in lines), Counter(kind for kind, _, leaked in lines if leaked)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--line-model", type=Path, default=LINE_MODEL, help="line model JSON (default: the shipped one)")
    parser.add_argument("--wording-model", type=Path, default=WORDING_MODEL, help="wording model JSON (default: the shipped one)")
    parser.add_argument("--threshold", type=float, help="the line model's threshold (default: the model's)")
    parser.add_argument("--prose", type=float, help="the line model's prose threshold (default: the model's)")
    parser.add_argument("--rescue", type=float, help="the line model's rescue threshold (default: the model's)")
    parser.add_argument("--wording-threshold", type=float, help="the wording model's threshold (default: the model's)")
    parser.add_argument("--title-threshold", type=float, help="the wording model's title threshold (default: the model's)")
    parser.add_argument("--sets", default="", help="dev page sets, spans allowed: dev39-dev45,dev47 (default: every one)")
    parser.add_argument("--train", type=Path, default=None, help="vietnews_train (default: the bench's)")
    parser.add_argument("--kinds", action="store_true", help="also print the leaked lines by kind")
    args = parser.parse_args(argv)
    try:
        chosen = bench.dev_sets(args.sets)
    except ValueError as err:
        parser.error(f"{err} (the blind test is never scored here)")
    try:
        line_model = LineModel(_spec(args.line_model, vars(args), LINE_SETTINGS))
        wording = WordingModel(_spec(args.wording_model, vars(args), WORDING_SETTINGS))
    except (OSError, ValueError, KeyError) as err:
        parser.error(f"cannot use that model: {err}")
    cleaning = sys.modules["vnsumm.clean"]
    shipped = cleaning.load_model, cleaning.load_wording
    cleaning.load_model, cleaning.load_wording = (lambda: line_model), (lambda: wording)
    try:
        total, kinds, leaked = [0] * 6, Counter(), Counter()
        for name in chosen:
            counts = [0] * 6
            for page in bench.heldout_pages(args.train or bench.TRAIN_DATA, name):
                article = cleaning.clean(page.text)
                counts = [a + b for a, b in zip(counts, bench.score_heldout(page, article))]
                if args.kinds:
                    page_kinds, page_leaked = furniture_kinds(page, article)
                    kinds, leaked = kinds + page_kinds, leaked + page_leaked
            total = [a + b for a, b in zip(total, counts)]
            _report(name, counts)
        _report("all", total)
        for kind, lines in sorted(kinds.items(), key=lambda item: (-leaked[item[0]], item[0])):
            print(f"  leaked {kind}: {leaked[kind]} of {lines} ({leaked[kind] / lines:.0%}; "
                  f"{leaked[kind] / max(total[2], 1):.0%} of leaks)")
    finally:
        cleaning.load_model, cleaning.load_wording = shipped
        bench._cold_caches()  # no verdict of these models is left for the shipped ones
    return 0


def _report(name: str, counts: list[int]) -> None:
    figures = bench._figures(counts)
    print(f"{name:6s} recall {figures['recall']:.4f} leakage {figures['leakage']:.4f}  "
          f"lost {counts[1] - counts[0]} of {counts[1]}, leaked {counts[2]} of {counts[3]}")


if __name__ == "__main__":
    raise SystemExit(main())
