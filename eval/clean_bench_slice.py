"""Write the VietNews slices that ``tests/clean/test_bench.py`` runs the cleaning benchmark on.

``tests/data/vietnews_dev_40.jsonl``: the first 40 lines of vietnews_dev.jsonl, byte for byte.
``tests/data/vietnews_train_bench.jsonl.gz``: every vietnews_train row the benchmark reads for
``run(limit=40)``, on its own line number (blank lines in between, which both readers skip):

* rows 15,000-17,999 (``bench_others``: related titles and leads): id, title and the article's first
  1,200 characters, all that ``related_items`` reads;
* rows 18,000-18,999 (``make.py`` related headlines and teasers): id, title and the article up to
  the end of its 60th word, all that ``make.py`` reads;
* rows 19,000 onwards (``make.py`` page bodies), whole, up to the one that makes the 40th page.

Then it checks that the benchmark gives the same figures on the slices as on the full files.

    python eval/clean_bench_slice.py [--pages 40] [--seed 7]
"""
from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import clean_bench as bench  # noqa: E402

OUT_DIR = bench.ROOT / "tests" / "data"
OTHERS = 3000  # bench_others' default count


def _heldout_module():
    spec = importlib.util.spec_from_file_location("clean_heldout_make", bench.HELDOUT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def _first_words(text: str, n: int) -> str:
    """``text`` up to the end of its ``n``-th whitespace-separated word (all of it if shorter)."""
    match = re.match(rf"\s*(?:\S+\s+){{{n - 1}}}\S+", text)
    return match.group(0) if match else text


def train_slice(pages: int) -> list[str]:
    """The slice's lines: a JSON row where the benchmark reads one, "" elsewhere."""
    heldout = _heldout_module()
    related_lo, related_hi = heldout.RELATED_RANGE
    body_lo, body_hi = heldout.BODY_RANGE
    rows = bench.load_train(0, body_hi)
    assert len(rows) == body_hi, "vietnews_train has blank lines: row numbers would shift"
    lines = [""] * bench.TRAIN_SPLIT
    for row in rows[bench.TRAIN_SPLIT:bench.TRAIN_SPLIT + OTHERS]:
        lines.append(json.dumps({"id": row["id"], "title": row["title"], "article": row["article"][:1200]},
                                ensure_ascii=False))
    lines += [""] * (related_lo - len(lines))
    for row in rows[related_lo:related_hi]:
        lines.append(json.dumps({"id": row["id"], "title": row["title"],
                                 "article": _first_words(row["article"], 60)}, ensure_ascii=False))
    lines += [""] * (body_lo - len(lines))
    made = 0
    for row in rows[body_lo:body_hi]:
        if made == pages:
            break
        lines.append(json.dumps(row, ensure_ascii=False))
        made += bool(row.get("title") and row.get("article"))
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=40, help="dev articles and held-out pages the slices serve")
    parser.add_argument("--seed", type=int, default=7, help="benchmark seed used for the check")
    args = parser.parse_args(argv)
    dev_out = OUT_DIR / f"vietnews_dev_{args.pages}.jsonl"
    train_out = OUT_DIR / "vietnews_train_bench.jsonl.gz"
    dev_lines = bench.DEFAULT_DATA.read_text(encoding="utf-8").splitlines(keepends=True)[:args.pages]
    dev_out.write_text("".join(dev_lines), encoding="utf-8")
    text = "".join(line + "\n" for line in train_slice(args.pages)).encode("utf-8")
    with open(train_out, "wb") as fh, gzip.GzipFile(fileobj=fh, mode="wb", compresslevel=9, mtime=0,
                                                     filename="") as gz:
        gz.write(text)  # mtime 0, no name: the same bytes on every run
    print(f"wrote {dev_out} ({dev_out.stat().st_size} bytes), {train_out} ({train_out.stat().st_size} bytes)")

    assert bench.bench_others(train=train_out) == bench.bench_others()
    full_pages = [p.text for p in bench.heldout_pages()[:args.pages]]
    assert [p.text for p in bench.heldout_pages(train_out)[:args.pages]] == full_pages
    full = bench.run(bench.DEFAULT_DATA, limit=args.pages, seed=args.seed)
    small = bench.run(dev_out, limit=args.pages, seed=args.seed, train=train_out)
    for name in ("dev", "dev2", "test"):
        assert small[name] == full[name], (name, small[name], full[name])
        print(name, {k: round(v, 4) for k, v in small[name].items()})
    print("same figures on the slices as on the full files")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
