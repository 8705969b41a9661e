"""Glue between the checker and the rest of vnsumm: Briefs, the ``check`` subcommand, --strict.

    vnsumm check ARTICLE BRIEF [--format text|json]

ARTICLE is a Vietnamese article file (cleaned as ``vnsumm clean`` does); BRIEF is a file of
English text, or ``-`` for stdin (a ``vnsumm brief`` Markdown or JSON output is read for its
English part). Exit status: 0 when every fact is supported, 1 otherwise.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any, Callable

from vnsumm.article import Article, Brief
from vnsumm.check.match import CheckResult, check
from vnsumm.errors import InputError

__all__ = ["article_source", "attach_checks", "brief_is_unfaithful", "warn_unsupported", "STRICT_HELP",
           "add_check_parser", "cmd_check", "format_result"]


def article_source(article: Article) -> str:
    """The text a brief is checked against: title, date and body of the cleaned article."""
    return "\n\n".join(x for x in (article.title, article.date, article.body) if x)


def attach_checks(brief: Brief, article: Article) -> CheckResult | None:
    """Check ``brief.brief_en`` against ``article``; store ``brief.checks`` and add a warning.

    Does nothing (returns None) when the brief has no English.
    """
    if not brief.brief_en:
        return None
    result = check(article_source(article), brief.brief_en)
    brief.checks = result.to_dict()
    warning = result.warning()
    if warning:
        brief.warnings.append(warning)
    return result


def brief_is_unfaithful(brief: Brief) -> bool:
    """True when a checked brief has at least one unsupported fact (what --strict refuses)."""
    return bool(brief.checks and brief.checks.get("unsupported"))


def warn_unsupported(brief: Brief, label: str, write: Callable[[str], None]) -> bool:
    """Write the one-line warning of a brief with unsupported facts; True when there was one.

    ``write`` prints a line (to stderr, or through a progress bar)."""
    if not brief_is_unfaithful(brief):
        return False
    items = ", ".join(f'"{f["text"]}"' for f in brief.checks["unsupported"])
    write(f"vnsumm: warning: {label}: not found in the article: {items}")
    return True


STRICT_HELP = ("treat a brief whose numbers, dates or names are not all found in the article as a "
               "failure: it is not written, and the exit status is 1")


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
    from vnsumm.io import read_text

    return english_of(read_text(Path(path)))


def cmd_check(args: argparse.Namespace) -> int:
    """``vnsumm check``: print the brief's facts; exit 1 when any is unsupported."""
    from vnsumm.clean import clean
    from vnsumm.io import read_text

    article = clean(read_text(Path(args.article)))
    if not article.body and not article.title:
        raise InputError(f"{args.article}: nothing left after cleaning (no article body found)")
    brief_text = _read_brief(args.brief)
    if not brief_text.strip():
        raise InputError(f"{args.brief}: the brief is empty")
    result = check(article_source(article), brief_text)
    if args.format == "json":
        sys.stdout.write(json.dumps(result.to_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(format_result(result))
    return 0 if result.ok else 1


def add_check_parser(sub: Any) -> None:
    """Register the ``check`` subcommand on an argparse sub-parsers object."""
    parser = sub.add_parser("check", help="check an English brief's numbers, dates and names against an article",
                            description=__doc__.split("\n\n")[1])
    parser.add_argument("article", metavar="ARTICLE", help="Vietnamese article file")
    parser.add_argument("brief", metavar="BRIEF", help="English text file, or - for stdin")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.set_defaults(func=cmd_check)
