"""``vnsumm clean PATH``: print the cleaned article (text, or JSON with title, date, source, body, sentences)."""
from __future__ import annotations

import argparse
import json
from typing import Any

from vnsumm.messages import write_stdout
from vnsumm.inputs.sources import single_input


def cmd_clean(args: argparse.Namespace) -> int:
    inp = single_input(args.path)  # a file, - (standard input) or a URL
    article = inp.article()
    if args.format == "json":
        write_stdout(json.dumps(article.to_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        write_stdout(article.to_text())
    return 0


def add_parser(sub: Any) -> argparse.ArgumentParser:
    parser = sub.add_parser("clean", help="print the cleaned article")
    parser.add_argument("path", metavar="PATH", help="article file (.txt, .html), http(s):// URL, or - for stdin")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.set_defaults(func=cmd_clean)
    return parser
