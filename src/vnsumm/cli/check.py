"""``vnsumm check ARTICLE BRIEF``: are the brief's numbers, dates and names in the article?

ARTICLE is a Vietnamese article file, URL or ``-`` (cleaned as ``vnsumm clean`` does); BRIEF is a file of
English text, or ``-`` for stdin; a ``vnsumm brief`` output (Markdown, JSON, or JSON Lines: the
line made from ARTICLE) is read for its English part. Exit status: 0 when every fact is
supported, 1 when one is not, 2 when the article or the brief cannot be read or has no English.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from vnsumm.check import CheckResult, check
from vnsumm.check.brief import english_of, read_briefs
from vnsumm.errors import InputError, UsageError
from vnsumm.inputs import Input, decode_bytes, read_bytes
from vnsumm.messages import reason_of, shown, write_stdout
from vnsumm.sources import single_input

__all__ = ["add_parser", "cmd_check", "format_result"]

JSON_SUFFIXES = (".json", ".jsonl")  # a BRIEF file with these is read as JSON or JSON Lines, never as text


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


def _english(name: str, inp: Input) -> str:
    """The English brief in BRIEF (a file or ``-``): the one brief it holds, or of several the one made from ARTICLE."""
    if name == "-":
        text, json_form = sys.stdin.read(), False
    else:
        text = decode_bytes(read_bytes(name), name=name)
        json_form = Path(name).suffix.lower() in JSON_SUFFIXES
    records = read_briefs(text, json_form=json_form)
    record = records[0]
    if len(records) > 1:
        made_from = [r for r in records if _is_for(r, inp)]
        if not made_from:
            raise UsageError(f"{shown(name)} holds {len(records)} briefs, none made from {inp.shown}: "
                             f"pass the one brief to check (a line of the file)")
        record = made_from[-1]  # the latest line for it
    try:
        english = english_of(record)
    except InputError as exc:
        raise UsageError(f"{shown(name)}: {exc}") from None
    if english is None:
        note = record.get("note")
        raise UsageError(f"no English brief in {shown(name)}" + (f" ({note})" if isinstance(note, str) and note else ""))
    if not english.strip():
        raise UsageError(f"{shown(name)}: the brief is empty")
    return english


def _is_for(record: dict[str, Any], inp: Input) -> bool:
    """True when a JSON Lines brief was made from ARTICLE: its stamp's input key, or its id, names it."""
    stamp = record.get("vnsumm")
    key = stamp.get("input_key") if isinstance(stamp, dict) else None
    return key == inp.key or record.get("id") in (inp.label, inp.key)


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
        brief_text = _english(args.brief, inp)
    except InputError as exc:
        raise UsageError(f"{shown(args.brief)}: {reason_of(exc, args.brief)}") from None
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
    parser.add_argument("brief", metavar="BRIEF", help="English text file, a vnsumm brief output (.md, .json, "
                        ".jsonl: the line for ARTICLE), or - for stdin")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.set_defaults(func=cmd_check)
    return parser
