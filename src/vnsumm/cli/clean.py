"""``vnsumm clean PATH``: print the cleaned article (text, or JSON with title, date, source, body, sentences)."""
from __future__ import annotations

import argparse
import json
from typing import Any

from vnsumm.clean.template import SiteTemplate
from vnsumm.inputs.sources import single_input
from vnsumm.messages import write_stdout


def cmd_clean(args: argparse.Namespace) -> int:
    template = SiteTemplate.load(args.template) if args.template else None  # refused before the page is read
    inp = single_input(args.path)  # a file, - (standard input) or a URL
    article = inp.article()
    if template is not None:
        article = template.strip(article)
    if args.format == "json":
        write_stdout(json.dumps(article.to_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        write_stdout(article.to_text())
    return 0


def add_parser(sub: Any) -> argparse.ArgumentParser:
    parser = sub.add_parser("clean", help="print the cleaned article")
    parser.add_argument("path", metavar="PATH", help="article file (.txt, .html), http(s):// URL, or - for stdin")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument("--template", metavar="FILE", help="a site template (`vnsumm template`): its lines are taken "
                                                           "out of the story")
    parser.set_defaults(func=cmd_clean)
    return parser
