"""``vnsumm check ARTICLE BRIEF``: are the brief's numbers, dates and names in the article?

ARTICLE is a Vietnamese article file, URL or ``-`` (cleaned as ``vnsumm clean`` does); BRIEF is a file of
English text, or ``-`` for stdin (a ``vnsumm brief`` Markdown or JSON output is read for its
English part). Exit status: 0 when every fact is supported, 1 when one is not, 2 when the
article or the brief cannot be read.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from typing import Any

from vnsumm.check import CheckResult, check
from vnsumm.errors import InputError, UsageError
from vnsumm.inputs import decode_bytes, read_bytes
from vnsumm.messages import reason_of, shown, write_stdout
from vnsumm.sources import single_input

__all__ = ["add_parser", "cmd_check", "english_of", "format_result"]


def format_result(result: CheckResult) -> str:
    """Human-readable listing: every fact found in the brief, unsupported ones marked."""
    lines = [f"{len(result.supported)} supported, {len(result.unsupported)} unsupported "
             f"fact(s) in the brief"]
    for c in result.supported:
        where = c.source
        lines.append(f"  ok       {c.fact.kind:<8} {c.fact.text!r} = {c.fact.value!r}"
                     f"  <- article {where.text!r} [{where.start}:{where.end}]")
    for c in result.unsupported:
        lines.append(f"  MISSING  {c.fact.kind:<8} {c.fact.text!r} = {c.fact.value!r}"
                     f"  (brief [{c.fact.start}:{c.fact.end}])")
    return "\n".join(lines) + "\n"


def english_of(text: str) -> str:
    """The English to check: the text itself, or the English part of a ``vnsumm brief`` output
    (its JSON ``brief_en``, or the "Brief (English)" section of its Markdown)."""
    stripped = text.strip()
    if stripped.startswith("{"):
        try:
            data = json.loads(stripped)
        except json.JSONDecodeError:
            data = None
        if isinstance(data, dict) and "brief_en" in data:
            return data["brief_en"] or ""
    m = re.search(r"^## Brief \(English\)\s*\n(.*?)(?=^## |\Z)", text, re.MULTILINE | re.DOTALL)
    return m.group(1).strip() if m else text


def _read_brief(path: str) -> str:
    if path == "-":
        return english_of(sys.stdin.read())
    return english_of(decode_bytes(read_bytes(path), name=path))


def cmd_check(args: argparse.Namespace) -> int:
    """Print the brief's facts; exit 1 when any is unsupported."""
    if args.article == "-" and args.brief == "-":
        raise UsageError("ARTICLE and BRIEF cannot both be - (standard input)")
    inp = single_input(args.article)  # a file, - (standard input) or a URL
    try:
        article = inp.article()
    except InputError as exc:
        raise UsageError(str(exc)) from None
    try:
        brief_text = _read_brief(args.brief)
    except InputError as exc:
        raise UsageError(f"{shown(args.brief)}: {reason_of(exc, args.brief)}") from None
    if not brief_text.strip():
        raise UsageError(f"{shown(args.brief)}: the brief is empty")
    result = check(article.check_text(), brief_text)
    if args.format == "json":
        write_stdout(json.dumps(result.to_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        write_stdout(format_result(result))
    return 0 if result.ok else 1


def add_parser(sub: Any) -> argparse.ArgumentParser:
    parser = sub.add_parser("check", help="check an English brief's numbers, dates and names against an article",
                            description=__doc__.split("\n\n")[1])
    parser.add_argument("article", metavar="ARTICLE", help="Vietnamese article file, http(s):// URL, or - for stdin")
    parser.add_argument("brief", metavar="BRIEF", help="English text file, or - for stdin")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.set_defaults(func=cmd_check)
    return parser
