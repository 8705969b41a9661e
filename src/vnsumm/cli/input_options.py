"""The options that say where ``vnsumm brief``'s articles come from, and its ``--help`` text."""
from __future__ import annotations

import argparse
from pathlib import Path

from vnsumm.config import available_configs
from vnsumm.inputs.datasets import Fields
from vnsumm.inputs.fetch import DEADLINE_S, is_url
from vnsumm.inputs.formats import INPUT_FORMATS, dataset_kinds, is_dataset

__all__ = ["add_source_options", "fields_of", "many_named", "brief_help"]

BRIEF_DESCRIPTION = """\
Clean, summarize and translate Vietnamese news articles into English briefs.

One article prints its brief to stdout (Markdown, or --format json). Several articles (a folder,
a dataset, several paths or URLs) need -o DIR: one output per article, index.json listing what
was done, skipped and failed, and index.html, a page to review every brief beside its source
facts; or --format jsonl without -o: one brief per line on stdout."""

BRIEF_EPILOG = """\
examples:
  vnsumm brief article.txt                         one brief, Markdown on stdout
  cat article.txt | vnsumm brief -                 the article on standard input
  vnsumm brief https://vnexpress.net/some-article  a page on the web
  vnsumm brief news/ -o briefs/                    a folder; open briefs/index.html
  vnsumm brief data.jsonl --text-field body -o out/ every row of a dataset
  vnsumm brief a.txt b.html --format jsonl         JSON Lines on stdout
  vnsumm brief --urls urls.txt -c extractive -o out/

configs (-c NAME): {configs}; `vnsumm configs` shows the file each resolves to.
environment: VNSUMM_CONFIG_DIR (a folder of NAME.yaml configs looked up first), XDG_CONFIG_HOME
(the user config folder ~/.config/vnsumm/configs), HF_HOME (where models are cached)."""


def brief_help() -> dict:
    """``description``, ``epilog`` and formatter for the ``brief`` subparser."""
    return {"description": BRIEF_DESCRIPTION, "epilog": BRIEF_EPILOG.format(configs=", ".join(available_configs())),
            "formatter_class": argparse.RawDescriptionHelpFormatter}


def add_source_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--urls", metavar="FILE", help="a file of article URLs, one a line (# starts a comment)")
    parser.add_argument("--fetch-deadline", metavar="SECONDS", type=_seconds, default=None,
                        help=f"the most time one web page may take to arrive, all of it (default: {DEADLINE_S:g})")
    parser.add_argument("--input-format", choices=INPUT_FORMATS, default="auto",
                        help=f"how to read the inputs: auto (by file name: {dataset_kinds()} are datasets), "
                             "text (every file is one article), or a dataset format (needed for - as a dataset)")
    parser.add_argument("--text-field", metavar="NAME", help="dataset column of the article text (default: article, "
                                                              "else text)")
    parser.add_argument("--id-field", metavar="NAME", help="dataset column of the row id (default: id, else the "
                                                            "row number)")
    parser.add_argument("--title-field", metavar="NAME", help="dataset column of the title (default: title, when "
                                                               "present)")


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0 < value < float("inf"):
        raise argparse.ArgumentTypeError(f"not a positive number of seconds: {text!r}")
    return value


def fields_of(args: argparse.Namespace) -> Fields:
    return Fields(text=args.text_field, id=args.id_field, title=args.title_field)


def many_named(args: argparse.Namespace) -> bool:
    """Whether the arguments name something that holds many articles (a folder, a dataset, a URL list)."""
    if args.urls:
        return True
    for raw in args.paths:
        if raw == "-":
            if args.input_format not in ("auto", "text"):
                return True
        elif not is_url(raw) and (Path(raw).is_dir() or args.input_format not in ("auto", "text")
                                  or (args.input_format == "auto" and is_dataset(raw))):
            return True
    return False
