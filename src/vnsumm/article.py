"""The two records that flow through vnsumm: a cleaned Article and the Brief made from it."""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any

__all__ = ["Article", "Brief"]

LANGUAGE_HEADINGS = {"vi": "Tóm tắt (Vietnamese summary)", "en": "Summary (English)"}


@dataclass
class Article:
    """A cleaned news article: metadata plus the story, as paragraphs and sentences."""

    title: str | None = None
    date: str | None = None  # ISO 8601: "2025-05-08" or "2025-05-08T16:53"
    source: str | None = None  # the outlet ("VnExpress"), from the page or a "Nguồn:" line
    paragraphs: list[str] = field(default_factory=list)
    sentences: list[str] = field(default_factory=list)  # all body sentences, in order
    byline: str | None = None  # the story's authors or agency ("Minh Châu (TTXVN)"; several: "A; B"), not in the body
    credits: list[str] = field(default_factory=list)  # credit lines kept out of the body ("Theo VnExpress", "Ảnh: …")
    captions: list[str] = field(default_factory=list)  # photo and video captions kept out of the body, in page order

    @property
    def body(self) -> str:
        """The story text, paragraphs separated by blank lines."""
        return "\n\n".join(self.paragraphs)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["body"] = self.body
        return d

    def to_text(self) -> str:
        """Plain-text form: title, date, source lines, the body, then the byline and credits (not the captions:
        cleaning this text again gives the same story)."""
        named = self.source and any(self.source in c for c in self.credits)  # a credit line names it already
        head = [x for x in (self.title, self.date, not named and self.source and f"Nguồn: {self.source}") if x]
        tail = self.byline.split("; ") if self.byline else []  # "A; B": one line each, as on the page
        return "\n\n".join(head + self.paragraphs + tail + self.credits) + "\n"

    def check_text(self) -> str:
        """What a brief's facts are checked against: title, date and body."""
        return "\n\n".join(x for x in (self.title, self.date, self.body) if x)


@dataclass
class Brief:
    """The English brief of one article and a record of how it was made."""

    title: str | None
    date: str | None
    source: str | None  # the outlet
    language: str  # ISO 639-1 code of the article (and of ``summary``): "vi" for Vietnamese news
    body: str  # the cleaned article body
    summary: str  # summary in the article's language
    brief_en: str | None  # None when no English was made (see ``note``)
    note: str | None = None  # e.g. why there is no English
    models: dict[str, Any] = field(default_factory=dict)  # stage -> {backend, model, settings}
    timings: dict[str, float] = field(default_factory=dict)  # stage -> seconds
    warnings: list[str] = field(default_factory=list)
    checks: dict[str, Any] | None = None  # faithfulness check result, when run
    id: str | None = None  # file path or caller's id
    byline: str | None = None  # the article's byline (kept out of ``body``)
    credits: list[str] = field(default_factory=list)  # the article's credit lines (kept out of ``body``)
    captions: list[str] = field(default_factory=list)  # the article's photo and video captions (kept out of ``body``)

    @classmethod
    def of(cls, article: Article, summary: str, brief_en: str | None, *, language: str = "vi",
           note: str | None = None, models: dict[str, Any] | None = None,
           timings: dict[str, float] | None = None, warnings: list[str] | None = None,
           id: str | None = None) -> "Brief":
        """The one way a Brief is made: an article's metadata and body plus what the stages produced."""
        return cls(title=article.title, date=article.date, source=article.source, language=language,
                   body=article.body, summary=summary, brief_en=brief_en, note=note, models=dict(models or {}),
                   timings=dict(timings or {}), warnings=list(warnings or []), id=id, byline=article.byline,
                   credits=list(article.credits), captions=list(article.captions))

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def to_markdown(self) -> str:
        lines = [f"# {self.title or 'Untitled article'}", ""]
        meta = [x for x in (self.date, self.source, self.byline and f"by {self.byline}") if x]
        if meta:
            lines += ["*" + " · ".join(meta) + "*", ""]
        if self.brief_en is not None:
            lines += ["## Brief (English)", "", self.brief_en, ""]
        else:
            lines += ["## Brief (English)", "", f"_No English brief was made: {self.note}_", ""]
        if self.summary and self.summary != self.brief_en:
            heading = LANGUAGE_HEADINGS.get(self.language, f"Summary ({self.language})")
            lines += [f"## {heading}", "", self.summary, ""]
        for w in self.warnings:
            lines += [f"> Warning: {w}", ""]
        used = "; ".join(
            f"{stage}: {m.get('backend')}" + (f" ({m['model']})" if m.get("model") else "")
            for stage, m in self.models.items()
        )
        if used:
            lines += [f"<sub>Made with {used}.</sub>", ""]
        return "\n".join(lines)
