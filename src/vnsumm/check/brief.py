"""Checking a Brief: its English against the article it was made from."""
from __future__ import annotations

from vnsumm.article import Article, Brief
from vnsumm.check.match import CheckResult, check

__all__ = ["attach_checks", "brief_is_unfaithful", "unsupported_line"]


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
