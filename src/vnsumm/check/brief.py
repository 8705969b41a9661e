"""Checking a Brief: its English against the article it was made from, and reading a brief back from any output form."""
from __future__ import annotations

import json
import re
from typing import Any

from vnsumm.article import Article, Brief
from vnsumm.check.match import CheckResult, check
from vnsumm.errors import InputError
from vnsumm.md_escape import unescape

__all__ = ["attach_checks", "brief_is_unfaithful", "unsupported_line", "read_briefs", "english_of"]


def attach_checks(brief: Brief, article: Article) -> CheckResult | None:
    """Check ``brief.brief_en`` against ``article``; store ``brief.checks`` and add a warning.

    Does nothing (returns None) when the brief has no English.
    """
    if not brief.brief_en:
        return None
    result = check(article.check_text(), brief.brief_en)
    brief.checks = result.to_dict()
    warning = result.warning()
    if warning:
        brief.warnings.append(warning)
    return result


def brief_is_unfaithful(brief: Brief) -> bool:
    """True when a checked brief has at least one unsupported fact (what --strict refuses)."""
    return bool(brief.checks and brief.checks.get("unsupported"))


def unsupported_line(brief: Brief, label: str) -> str | None:
    """The one-line warning for a brief with unsupported facts, or None when all are supported."""
    if not brief_is_unfaithful(brief):
        return None
    items = ", ".join(f'"{f["text"]}"' for f in brief.checks["unsupported"])
    return f"vnsumm: warning: {label}: not found in the article: {items}"


# -- reading a brief back: the English part of a ``vnsumm brief`` output, whatever its form --------------
_MD_BRIEF = re.compile(r"^## Brief \(English\)[ \t]*$", re.MULTILINE)
_MD_NO_ENGLISH = "_No English brief was made"
_MD_AFTER = ("## ", "> ", "<sub>", "<!-- vnsumm ")  # what follows the brief's paragraph in a Markdown brief


def read_briefs(text: str, *, json_form: bool = False) -> list[dict[str, Any]]:
    """The briefs a text holds, each a dict with its ``brief_en`` (None when it has no English).

    One reader for every form: a JSON object (``--format json``), a JSON array or JSON Lines (one
    brief a line, ``briefs.jsonl``), a Markdown brief (its "Brief (English)" section, unescaped), or
    plain English text. ``json_form`` (a ``.json``/``.jsonl`` file) insists on JSON. Broken JSON or
    a line that is not an object raises InputError with one line.
    """
    stripped = text.strip()
    if json_form or stripped.startswith("{"):
        return _json_briefs(stripped)
    if stripped.startswith("["):
        try:
            return _json_briefs(stripped)
        except InputError:
            pass  # "[Update] ..." is English text
    markdown = _markdown_brief(text)
    return [markdown if markdown is not None else {"brief_en": stripped}]


def _json_briefs(text: str) -> list[dict[str, Any]]:
    try:
        data = json.loads(text)
        records = data if isinstance(data, list) else [data]
    except json.JSONDecodeError:
        records = []
        for number, line in enumerate(text.splitlines(), 1):
            if line.strip():
                try:
                    records.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    raise InputError(f"line {number} is not JSON ({exc.msg})") from None
    if not records:
        raise InputError("it holds no brief")
    for number, record in enumerate(records, 1):
        if not isinstance(record, dict):
            raise InputError(f"brief {number} is {_kind(record)}, not a JSON object")
    return records


def _markdown_brief(text: str) -> dict[str, Any] | None:
    found = _MD_BRIEF.search(text)
    if found is None:
        return None
    lines = []
    for line in text[found.end():].splitlines():
        if line.startswith(_MD_AFTER):
            break
        lines.append(line)
    body = "\n".join(lines).strip()
    if body.startswith(_MD_NO_ENGLISH):
        note = body[len(_MD_NO_ENGLISH):].lstrip(":").strip().removesuffix("_")
        return {"brief_en": None, "note": unescape(note) or None}
    return {"brief_en": unescape(body)}


def english_of(record: dict[str, Any]) -> str | None:
    """A read brief's English (None when it has none); a ``brief_en`` that is not text raises InputError."""
    if "brief_en" not in record:
        return None
    value = record["brief_en"]
    if value is not None and not isinstance(value, str):
        raise InputError(f'"brief_en" is {_kind(value)}, not text')
    return value


def _kind(value: Any) -> str:
    names = {bool: "true/false", int: "a number", float: "a number", str: "text", list: "a list", dict: "an object"}
    return "null" if value is None else names.get(type(value), type(value).__name__)
