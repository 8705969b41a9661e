"""Summarizers: ``Sequence[Article] → list[str]`` (Vietnamese summaries), back ends by name."""
from __future__ import annotations

from typing import Any, Protocol, Sequence

from vnsumm.article import Article


class Summarizer(Protocol):
    def summarize(self, articles: Sequence[Article]) -> list[str]:
        """One Vietnamese summary per article, in order."""

    def describe(self) -> dict[str, Any]:
        """Back end, model and settings, for the record kept in each Brief."""
