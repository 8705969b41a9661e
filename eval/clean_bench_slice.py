"""Write the VietNews slices that ``tests/clean/test_bench.py`` runs the cleaning benchmark on.

``tests/data/vietnews_dev_40.jsonl``: the first 40 lines of vietnews_dev.jsonl, byte for byte.
``tests/data/vietnews_train_bench.jsonl.gz``: the vietnews_train rows the benchmark reads for
``run(limit=40)``, each on its own line number (blank lines elsewhere, which every reader skips):
rows 9,000-19,996 with id, title, summary and the article's first 1,201 characters (related items of every
page set), except the first rows of each page set's bodies (dev12: 9,000, dev27: 9,300, dev48: 9,600, dev49: 9,800, dev50: 9,900, dev13: 10,000, dev19: 10,300,
dev29: 10,600, dev35: 10,900, dev10: 11,000, dev18: 11,300, dev30: 11,600, dev39: 11,900, dev11: 12,000, dev17: 12,300, dev28: 12,600, dev33: 12,900, dev7: 13,000, dev20: 13,300, dev24: 13,600, dev38: 13,900, dev8: 14,000,
dev16: 14,300, dev26: 14,600, dev37: 14,900, dev6: 15,000, dev23: 15,300, dev31: 15,600, dev34: 15,900, dev9: 16,000, dev21: 16,300, dev22: 16,600, dev40: 16,900, dev4: 17,000, dev51: 17,100, test: 17,200,
dev25: 17,300, dev32: 17,600, dev36: 17,900, dev41: 18,000, dev42: 18,100, dev43: 18,200, dev14: 18,300, dev15: 18,600, dev46: 18,900,
dev3: 19,000, dev5: 19,300, dev44: 19,600, dev45: 19,700, dev47: 19,900), kept whole, and dev14's related rows
(17,300-17,999), whose maker reads whole articles, and dev36's and dev42's related rows (18,900-18,999 and
9,700-9,799), kept whole because their pages differ when they are cut, and dev51's and test's related rows (19,100-19,299),
which their makers read whole.

Then it checks that the benchmark gives the same figures on the slices as on the full files.

    python eval/clean_bench_slice.py [--pages 40] [--seed 7]
"""
from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import clean_bench as bench  # noqa: E402

OUT_DIR = bench.ROOT / "tests" / "data"
FIRST_ROW, LAST_ROW = 9_000, 19_997  # rows the benchmark's pages and related items come from
BODY_STARTS = (9_000, 9_300, 9_600, 9_800, 9_900, 10_000, 10_300, 10_600, 10_900, 11_000, 11_300, 11_600, 11_900, 12_000, 12_300, 12_600, 12_900, 13_000,
               13_300, 13_600, 13_900, 14_000, 14_300, 14_600, 14_900, 15_000, 15_300, 15_600, 15_900, 16_000, 16_300, 16_600, 16_900, 17_000, 17_100, 17_200, 17_300, 17_600,
               17_900, 18_000, 18_100, 18_200, 18_300, 18_600, 18_900, 19_000, 19_300, 19_600, 19_700, 19_900)
# first body rows: dev12, dev27, dev48, dev49, dev50, dev13, dev19, dev29, dev35, dev10, dev18, dev30, dev39, dev11, dev17, dev28, dev33, dev7, dev20,
# dev24, dev38, dev8, dev16, dev26, dev37, dev6, dev23, dev31, dev34, dev9, dev21, dev22, dev40, dev4, dev51, test, dev25, dev32, dev36, dev41, dev42, dev43, dev14, dev15, dev46, dev3, dev5, dev44, dev45, dev47
WHOLE_RELATED = range(17_300, 18_000)  # dev14's related rows: its maker splits whole articles
WHOLE_DEV36_RELATED = range(18_900, 19_000)  # dev36's related rows: its pages differ when they are cut
WHOLE_DEV42_RELATED = range(9_700, 9_800)  # dev42's related rows: one of its pages differs when they are cut
WHOLE_TEST_RELATED = range(19_100, 19_300)  # dev51's and test's related rows: their makers read whole articles
WHOLE = 1.5  # body rows kept whole per page asked for (a page maker may skip a row)
RELATED_CHARS = 1201  # one past the 1,200 the page makers read: a maker can tell a cut article from a whole one


def train_slice(pages: int) -> list[str]:
    """The slice's lines: a JSON row where the benchmark reads one, "" elsewhere."""
    rows = bench.load_train(0, LAST_ROW)
    assert len(rows) == LAST_ROW, "vietnews_train has blank lines: row numbers would shift"
    whole = {n for start in BODY_STARTS for n in range(start, start + int(pages * WHOLE) + 5)} | set(WHOLE_RELATED) | set(WHOLE_DEV36_RELATED) \
        | set(WHOLE_DEV42_RELATED) | set(WHOLE_TEST_RELATED)
    lines = [""] * FIRST_ROW
    for n in range(FIRST_ROW, LAST_ROW):
        row = rows[n]
        if n not in whole:
            row = {"id": row["id"], "title": row["title"], "summary": row.get("summary", ""),
                   "article": row["article"][:RELATED_CHARS]}
        lines.append(json.dumps(row, ensure_ascii=False))
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
    for name in bench.PAGE_MAKERS:
        full_pages = [p.text for p in bench.heldout_pages(name=name)[:args.pages]]
        assert [p.text for p in bench.heldout_pages(train_out, name)[:args.pages]] == full_pages, name
    full = bench.run(bench.DEFAULT_DATA, limit=args.pages, seed=args.seed)
    small = bench.run(dev_out, limit=args.pages, seed=args.seed, train=train_out)
    for name in ("dev", "dev2", *bench.PAGE_MAKERS):
        assert small[name] == full[name], name  # the test set's figures are never printed
        if name != "test":
            print(name, {k: round(v, 4) for k, v in small[name].items()})
    print("same figures on the slices as on the full files")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
