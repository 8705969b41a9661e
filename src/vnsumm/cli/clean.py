"""``vnsumm clean PATH``: print the cleaned article (text, or JSON with title, date, source, body, sentences)."""
from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from vnsumm.inputs import read_article
from vnsumm.messages import write_stdout


def cmd_clean(args: argparse.Namespace) -> int:
    article = read_article(Path(args.path))
    if args.format == "json":
        write_stdout(json.dumps(article.to_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        write_stdout(article.to_text())
    return 0


def add_parser(sub: Any) -> argparse.ArgumentParser:
    parser = sub.add_parser("clean", help="print the cleaned article")
    parser.add_argument("path", metavar="PATH")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.set_defaults(func=cmd_clean)
    return parser
