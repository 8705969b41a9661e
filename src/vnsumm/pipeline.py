"""The pipeline: clean → summarize (vi) → translate (vi→en) → Brief, batched.

>>> from vnsumm import Pipeline
>>> pipe = Pipeline.from_config("extractive")
>>> brief = pipe.brief(open("seeds/004_e7b8f96e657b3834.txt", encoding="utf-8").read())
"""
from __future__ import annotations

import os
import time
from typing import Any, Sequence

from vnsumm import registry
from vnsumm.article import Article, Brief
from vnsumm.check.command import attach_checks
from vnsumm.clean import clean
from vnsumm.config import Config, load_config
from vnsumm.engines import warnings_of
from vnsumm.errors import ConfigError, InputError
from vnsumm.summarize import Summarizer
from vnsumm.translate import Translator


class Pipeline:
    """A summarizer and an optional translator, loaded once, used for many articles."""

    def __init__(self, config: Config, summarizer: Summarizer, translator: Translator | None) -> None:
        self.config = config
        self.summarizer = summarizer
        self.translator = translator

    @classmethod
    def from_config(
        cls,
        name_or_path: str | os.PathLike | Config = "default",
        overrides: list[str] | dict[str, Any] | None = None,
    ) -> "Pipeline":
        """Load a named or path config (with ``key=value`` overrides) and its models."""
        config = name_or_path if isinstance(name_or_path, Config) else load_config(name_or_path, overrides)
        run = {"device": config.device, "batch_size": config.batch_size}
        if config.summarizer.backend == "none":
            raise ConfigError(f"config '{config.name}' has no summarizer (summarizer.backend)")
        summarizer = registry.build("summarizer", config.summarizer, **run)
        translator = None
        if config.translator.backend != "none":
            translator = registry.build("translator", config.translator, **run)
        return cls(config, summarizer, translator)

    # -- stages ---------------------------------------------------------------------------
    def clean(self, text: str) -> Article:
        """Clean one text; an article with no body left is an InputError."""
        article = clean(text)
        if not article.sentences:
            raise InputError("nothing left after cleaning (no article body found)")
        return article

    def summarize_articles(self, articles: Sequence[Article]) -> list[str]:
        return self.summarizer.summarize(articles)

    def translate(self, texts: Sequence[str]) -> list[str]:
        if self.translator is None:
            raise ConfigError(f"config '{self.config.name}' has no translator (translator: none)")
        return self.translator.translate(texts)

    def brief_untranslated(
        self, articles: Sequence[Article], ids: Sequence[str | None] | None = None,
        languages: Sequence[str] | None = None,
    ) -> list[Brief]:
        """Briefs of articles not in Vietnamese: summarized in their own language, never translated.

        ``languages`` are ISO 639-1 codes; an English summary is the English brief, any other
        language's summary stays in ``summary_vi`` (the source-language summary), and ``note`` says so.
        """
        from vnsumm.validate import LANGUAGE_NAMES

        ids = list(ids) if ids else [None] * len(articles)
        codes = list(languages) if languages else ["und"] * len(articles)
        start = time.perf_counter()
        summaries = self.summarizer.summarize(articles) if articles else []
        warnings = warnings_of(summaries)
        seconds = round((time.perf_counter() - start) / max(1, len(articles)), 4)
        models = {"summarizer": self.summarizer.describe(), "translator": {"backend": "none"}}
        briefs = []
        for article, summary, id_, code, notes in zip(articles, summaries, ids, codes, warnings):
            english = code == "en"
            name = LANGUAGE_NAMES.get(code, code)
            briefs.append(Brief(
                title=article.title, date=article.date, source=article.source, body_vi=article.body,
                summary_vi="" if english else summary, brief_en=summary if english else None,
                note=f"the article is in {name} ({code}), not Vietnamese: summarized without translation",
                models=models, timings={"summarize": seconds}, id=id_, warnings=notes,
            ))
        return briefs

    def describe(self) -> dict[str, Any]:
        """Back ends, models and settings: the record kept with every Brief and score."""
        return {
            "config": self.config.name,
            "fingerprint": self.config.fingerprint(),
            "summarizer": self.summarizer.describe(),
            "translator": self.translator.describe() if self.translator else {"backend": "none"},
        }

    # -- briefs ---------------------------------------------------------------------------
    def brief(self, text: str, id: str | None = None) -> Brief:
        """Clean, summarize and translate one article."""
        return self.brief_many([text], ids=[id])[0]

    def brief_many(self, texts: Sequence[str], ids: Sequence[str | None] | None = None) -> list[Brief]:
        """Briefs for many texts; raises InputError naming the first text that cannot be cleaned."""
        articles, clean_times = [], []
        for n, text in enumerate(texts):
            start = time.perf_counter()
            try:
                articles.append(self.clean(text))
            except InputError as exc:
                label = ids[n] if ids and ids[n] else f"text {n}"
                raise InputError(f"{label}: {exc}") from None
            clean_times.append(time.perf_counter() - start)
        briefs = self.brief_articles(articles, ids)
        for brief, seconds in zip(briefs, clean_times):
            brief.timings = {"clean": round(seconds, 4), **brief.timings}
        return briefs

    def brief_articles(self, articles: Sequence[Article], ids: Sequence[str | None] | None = None) -> list[Brief]:
        """Summarize and translate cleaned articles, ``batch_size`` at a time."""
        ids = list(ids) if ids else [None] * len(articles)
        briefs: list[Brief] = []
        size = self.config.batch_size
        for start in range(0, len(articles), size):
            briefs += self._brief_batch(articles[start : start + size], ids[start : start + size])
        return briefs

    def _brief_batch(self, articles: Sequence[Article], ids: Sequence[str | None]) -> list[Brief]:
        n = len(articles)
        t0 = time.perf_counter()
        summaries = self.summarizer.summarize(articles)
        warnings = warnings_of(summaries)
        t1 = time.perf_counter()
        english: list[str | None] = [None] * n
        note = None
        if self.translator is not None:
            english = self.translator.translate(summaries)
            warnings = [s + t for s, t in zip(warnings, warnings_of(english))]
            english = list(english)
        else:
            note = f"no translator is configured (translator: none in config '{self.config.name}')"
        t2 = time.perf_counter()
        described = self.describe()
        models = {"summarizer": described["summarizer"], "translator": described["translator"]}
        timings = {"summarize": round((t1 - t0) / n, 4)}
        if self.translator is not None:
            timings["translate"] = round((t2 - t1) / n, 4)
        briefs = [
            Brief(
                title=a.title,
                date=a.date,
                source=a.source,
                body_vi=a.body,
                summary_vi=summary,
                brief_en=en,
                note=note,
                models=models,
                timings=dict(timings),
                warnings=notes,
                id=i,
            )
            for a, summary, en, i, notes in zip(articles, summaries, english, ids, warnings)
        ]
        for brief, article in zip(briefs, articles):  # faithfulness: numbers, dates, names
            attach_checks(brief, article)
        return briefs
