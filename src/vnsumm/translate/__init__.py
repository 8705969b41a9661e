"""Translators: ``Sequence[str] → list[str]`` (Vietnamese → English), back ends by name."""
from __future__ import annotations

from typing import Any, Protocol, Sequence


class Translator(Protocol):
    def translate(self, texts: Sequence[str]) -> list[str]:
        """One English text per Vietnamese text, in order."""

    def describe(self) -> dict[str, Any]:
        """Back end, model and settings, for the record kept in each Brief."""
