"""Same outputs before and after a change to the cleaner: clean a fixed set of pages, save or compare.

The pages: the seeds (``seeds/*.txt``), every article of ``tests/data/*.jsonl`` (VietNews ``article``
text, FLORES ``vi`` sentences), and the bench pages ``eval/clean_bench.py`` builds from
``tests/data/vietnews_dev_40.jsonl`` + ``tests/data/vietnews_train_bench.jsonl.gz`` (both dev style
sets, seeds 0 and 7, and the held-out pages). For each page it records the full Article (title, date,
source, paragraphs, sentences, byline, credits), its captions apart, the body lines with their kinds, words,
keys and agencies, the hand rules' and the final furniture verdicts, and the line model's feature matrix and
probabilities (exact bytes); saved as one digest per part and page, so a difference names the page
and the part. A check compares the parts its record has (records made before ``captions`` lack them).

    python eval/clean_equivalence.py save  eval/results/clean_equivalence.json
    python eval/clean_equivalence.py check eval/results/clean_equivalence.json
"""
from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from dataclasses import asdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "eval"))

import clean_bench  # noqa: E402
from vnsumm.clean import _page_parts, clean, furniture  # noqa: E402
from vnsumm.clean.boilerplate import find_boilerplate  # noqa: E402
from vnsumm.clean.classifier import load_model, page_features  # noqa: E402

DATA = ROOT / "tests" / "data"
# the page set whose first 80 pages are checked: the blind test set when the record was made (records up to
# cba9c06 hold test8's pages, now dev8; c5aa44a's hold test11's, now dev11)
HELDOUT = "dev11"


def pages() -> list[tuple[str, str]]:
    """(name, raw text) of every page checked."""
    out = [(f"seed:{p.name}", p.read_text(encoding="utf-8")) for p in sorted((ROOT / "seeds").glob("*.txt"))]
    for path in sorted(DATA.glob("*.jsonl")):
        for i, row in enumerate(clean_bench.load(path)):
            text = row.get("article") or row.get("vi") or ""
            if row.get("title") and i % 2:
                text = f"{row['title']}\n\n{text}"
            out.append((f"{path.name}:{i}", text))
    train = DATA / "vietnews_train_bench.jsonl.gz"
    articles = clean_bench.load(DATA / "vietnews_dev_40.jsonl")
    others = clean_bench.bench_others(train=train)
    for seed in (0, 7):
        for set_name in clean_bench.STYLE_SETS:
            styles = clean_bench.load_styles(set_name)
            rng = random.Random(f"{seed}-{set_name}")
            out += [(f"bench:{seed}:{set_name}:{i}", clean_bench.make_doc(rng, a, others, styles).text)
                    for i, a in enumerate(articles)]
    out += [(f"heldout:{i}", page.text) for i, page in enumerate(clean_bench.heldout_pages(train, HELDOUT)[:80])]
    return out


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:16]


def _json_digest(value) -> str:
    return _digest(json.dumps(value, ensure_ascii=False, sort_keys=True).encode("utf-8"))


def record(text: str) -> dict:
    """Everything the cleaner decides about one page."""
    clean_bench._cold_caches()
    article = asdict(clean(text))
    captions = article.pop("captions", [])  # recorded apart: records made before captions were kept still compare
    body, title, date = _page_parts(text)[:3]
    rule_drop = find_boilerplate(body)
    model = load_model()
    x = page_features(body, rule_drop)
    parts = {"article": article, "lines": [(ln.text, ln.kind.value, ln.words, ln.key, ln.agency) for ln in body],
             "title_date": [title, date], "rule_drop": rule_drop, "furniture": furniture(body), "captions": captions}
    out = {name: _json_digest(value) for name, value in parts.items()}
    out["features"] = _digest(x.tobytes())
    out["proba"] = _digest(model.proba(body, rule_drop).tobytes()) if body else ""
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("mode", choices=["save", "check"])
    parser.add_argument("path", type=Path)
    args = parser.parse_args(argv)
    got = {name: record(text) for name, text in pages()}
    if args.mode == "save":
        args.path.parent.mkdir(parents=True, exist_ok=True)
        args.path.write_text(json.dumps(got, indent=0, sort_keys=True) + "\n", encoding="utf-8")
        print(f"saved {len(got)} pages to {args.path}")
        return 0
    want = json.loads(args.path.read_text(encoding="utf-8"))
    diff = [name for name in want if want[name] != {part: got.get(name, {}).get(part) for part in want[name]}] \
        + [n for n in got if n not in want]  # the parts a record has (an older one lacks captions)
    for name in diff[:10]:
        for part in want.get(name, {}):
            if want.get(name, {}).get(part) != got.get(name, {}).get(part):
                print(f"DIFF {name}: {part}")
    print(f"{len(got) - len(diff)}/{len(got)} pages identical")
    return 1 if diff else 0


if __name__ == "__main__":
    raise SystemExit(main())
