"""``vnsumm clean PATH``: print the cleaned article (text, or JSON with title, date, source, body, sentences)."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from vnsumm.errors import InputError
from vnsumm.inputs import read_article
from vnsumm.messages import reason_of, shown, write_stdout


def cmd_clean(args: argparse.Namespace) -> int:
    path = Path(args.path)
    try:
        article = read_article(path)
    except InputError as exc:
        raise InputError(f"{shown(path)}: {reason_of(exc, path)}") from None
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
