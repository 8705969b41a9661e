"""Cleaning with a site template learned from the set's own pages, as a folder run with ``-s template=FILE`` does.

Each named page set stands for one scrape of a few sites: ``SiteTemplate.learn`` reads all its pages (the lines on 3
or more stories' pages), then every page is cleaned alone and with the template's lines taken out. Recall and leakage
are the bench's (``clean_bench.score_heldout``), side by side.

    python eval/clean_template.py --sets test53-test94        # blind sets (scored ones only: they are dev sets now)
    python eval/clean_template.py --sets dev3-dev51
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import clean_bench as bench  # noqa: E402

from vnsumm.clean import clean, content_lines  # noqa: E402
from vnsumm.clean.template import MIN_PAGES, SiteTemplate  # noqa: E402


def compare(name: str, train: Path = bench.TRAIN_DATA, min_pages: int = MIN_PAGES) -> tuple[dict, dict, int]:
    """(figures alone, figures with the set's template, template lines) for one page set."""
    pages = bench.heldout_pages(train, name)
    template = SiteTemplate.learn((content_lines(page.text) for page in pages), min_pages)
    alone, templated = [0] * 10, [0] * 10
    for page in pages:
        article = clean(page.text)
        alone = [a + b for a, b in zip(alone, bench.score_heldout(page, article))]
        templated = [a + b for a, b in zip(templated, bench.score_heldout(page, template.strip(article)))]
    return bench._figures(alone), bench._figures(templated), len(template.lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", required=True, help="page sets: dev3-dev51, test53-test94, or names joined by ','")
    parser.add_argument("--train", type=Path, default=bench.TRAIN_DATA)
    parser.add_argument("--min-pages", type=int, default=MIN_PAGES)
    args = parser.parse_args(argv)
    print(f"{'set':8} {'recall':>7} {'leakage':>8}   with template: {'recall':>7} {'leakage':>8}  lines")
    for name in bench.maker_names(args.sets):
        alone, templated, lines = compare(name, args.train, args.min_pages)
        print(f"{name:8} {alone['recall']:7.4f} {alone['leakage']:8.4f}   {'':15}{templated['recall']:7.4f} "
              f"{templated['leakage']:8.4f}  {lines:5d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
