"""Corpus-level faithfulness score: how many brief facts the articles support."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from vnsumm.check.match import DATE_KINDS, NUMBER_KINDS, check

__all__ = ["faithfulness"]


def faithfulness(sources: Sequence[str], briefs: Sequence[str | None]) -> dict[str, Any]:
    """Score briefs against their source articles (same order; a None brief is skipped).

    Returns ``supported_share`` (supported facts / all facts; None when no brief has a fact),
    ``unsupported_numbers_per_100_briefs`` (unsupported numbers and dates per 100 checked
    briefs), ``unsupported_names_per_100_briefs``, ``briefs_flagged_share`` (briefs with at
    least one unsupported fact) and the raw counts.
    """
    if len(sources) != len(briefs):
        raise ValueError(f"{len(sources)} sources but {len(briefs)} briefs")
    checked = facts = supported = numbers_bad = names_bad = flagged = 0
    for source, brief in zip(sources, briefs):
        if brief is None:
            continue
        result = check(source, brief)
        checked += 1
        facts += len(result.supported) + len(result.unsupported)
        supported += len(result.supported)
        kinds = [c.fact.kind for c in result.unsupported]
        numbers_bad += sum(k in NUMBER_KINDS or k in DATE_KINDS for k in kinds)
        names_bad += sum(k in ("name", "place") for k in kinds)
        flagged += bool(kinds)
    per100 = (lambda n: round(100.0 * n / checked, 2)) if checked else (lambda n: None)
    return {
        "briefs": checked,
        "facts": facts,
        "supported": supported,
        "supported_share": round(supported / facts, 4) if facts else None,
        "unsupported_numbers_per_100_briefs": per100(numbers_bad),
        "unsupported_names_per_100_briefs": per100(names_bad),
        "briefs_flagged_share": round(flagged / checked, 4) if checked else None,
    }
