"""The pipeline: clean → summarize (vi) → translate (vi→en) → Brief, batched.

>>> from vnsumm import Pipeline
>>> pipe = Pipeline.from_config("extractive")
>>> brief = pipe.brief(open("seeds/004_e7b8f96e657b3834.txt", encoding="utf-8").read())
"""
from __future__ import annotations

import os
import time
from dataclasses import replace
from typing import Any, Sequence

from vnsumm import registry
from vnsumm.article import Article, Brief
from vnsumm.check.command import attach_checks
from vnsumm.clean import clean
from vnsumm.config import Config, load_config
from vnsumm.errors import ConfigError, InputError
from vnsumm.summarize import Summarizer
from vnsumm.translate import Translator


class Pipeline:
    """A summarizer and an optional translator, loaded once, used for many articles."""

    def __init__(self, config: Config, summarizer: Summarizer | None, translator: Translator | None,
                 briefer: Any = None) -> None:
        self.config = config
        self.summarizer = summarizer
        self.translator = translator
        self.briefer = briefer  # one step article -> English brief (config ``briefer:``), or None

    @classmethod
    def from_config(
        cls,
        name_or_path: str | os.PathLike | Config = "default",
        overrides: list[str] | dict[str, Any] | None = None,
    ) -> "Pipeline":
        """Load a named or path config (with ``key=value`` overrides) and its models."""
        config = name_or_path if isinstance(name_or_path, Config) else load_config(name_or_path, overrides)
        run = {"device": config.device, "batch_size": config.batch_size}
        if config.briefer.backend != "none":
            return cls._with_briefer(config, run)
        if config.summarizer.backend == "none":
            raise ConfigError(f"config '{config.name}' has no summarizer (summarizer.backend)")
        summarizer = registry.build("summarizer", config.summarizer, **run)
        translator = None
        if config.translator.backend != "none":
            translator = registry.build("translator", config.translator, **run)
        if config.summarizer.backend == "llm" or config.translator.backend == "llm":  # as for the briefer below
            config = replace(config, summarizer=_served(config.summarizer, summarizer),
                             translator=_served(config.translator, translator))
        return cls(config, summarizer, translator)

    @classmethod
    def _with_briefer(cls, config: Config, run: dict[str, Any]) -> "Pipeline":
        """A pipeline whose briefer makes the English brief in one step (no summarizer, no translator)."""
        if config.summarizer.backend != "none" or config.translator.backend != "none":
            raise ConfigError(f"config '{config.name}': a briefer replaces the summarizer and translator; "
                              "set summarizer: none and translator: none")
        briefer = registry.build("briefer", config.briefer, **run)
        # the model the server resolved (e.g. from VNSUMM_LLM_MODEL) is part of the fingerprint
        config = replace(config, briefer=_served(config.briefer, briefer))
        return cls(config, None, None, briefer)

    # -- stages ---------------------------------------------------------------------------
    def clean(self, text: str) -> Article:
        """Clean one text; an article with no body left is an InputError."""
        article = clean(text)
        if not article.sentences:
            raise InputError("nothing left after cleaning (no article body found)")
        return article

    def summarize_articles(self, articles: Sequence[Article]) -> list[str]:
        if self.summarizer is None:
            raise ConfigError(f"config '{self.config.name}' has no summarizer (its briefer writes English briefs)")
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
        if self.briefer is not None:  # the briefer writes English from any language
            briefs = self.brief_articles(articles, ids)
            for brief, code in zip(briefs, codes):
                brief.note = f"the article is in {LANGUAGE_NAMES.get(code, code)} ({code}), not Vietnamese"
            return briefs
        start = time.perf_counter()
        summaries = self.summarizer.summarize(articles) if articles else []
        seconds = round((time.perf_counter() - start) / max(1, len(articles)), 4)
        models = {"summarizer": self.summarizer.describe(), "translator": {"backend": "none"}}
        briefs = []
        for article, summary, id_, code in zip(articles, summaries, ids, codes):
            english = code == "en"
            name = LANGUAGE_NAMES.get(code, code)
            briefs.append(Brief(
                title=article.title, date=article.date, source=article.source, body_vi=article.body,
                summary_vi="" if english else summary, brief_en=summary if english else None,
                note=f"the article is in {name} ({code}), not Vietnamese: summarized without translation",
                models=models, timings={"summarize": seconds}, id=id_,
            ))
        return briefs

    def describe(self) -> dict[str, Any]:
        """Back ends, models and settings: the record kept with every Brief and score."""
        if self.briefer is not None:
            return {"config": self.config.name, "fingerprint": self.config.fingerprint(),
                    "briefer": self.briefer.describe()}
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
        if self.briefer is not None:
            return self._brief_batch_one_step(articles, ids)
        n = len(articles)
        t0 = time.perf_counter()
        summaries = self.summarizer.summarize(articles)
        t1 = time.perf_counter()
        english: list[str | None] = [None] * n
        note = None
        if self.translator is not None:
            english = list(self.translator.translate(summaries))
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
                id=i,
            )
            for a, summary, en, i in zip(articles, summaries, english, ids)
        ]
        for brief, article in zip(briefs, articles):  # faithfulness: numbers, dates, names
            attach_checks(brief, article)
        return briefs

    def _brief_batch_one_step(self, articles: Sequence[Article], ids: Sequence[str | None]) -> list[Brief]:
        """Briefs from the briefer; ``checks["attempts"]`` keeps the brief and its repair, if any."""
        t0 = time.perf_counter()
        results = self.briefer.brief(articles)
        seconds = round((time.perf_counter() - t0) / max(1, len(articles)), 4)
        models = {"briefer": self.briefer.describe()}
        briefs = []
        for a, r, i in zip(articles, results, ids):
            brief = Brief(title=a.title, date=a.date, source=a.source, body_vi=a.body, summary_vi=r.summary_vi,
                          brief_en=r.brief_en, models=models, timings={"brief": seconds}, id=i)
            attach_checks(brief, a)
            if brief.checks is not None:
                brief.checks["attempts"] = r.attempts
                brief.checks["parts"] = r.parts
            briefs.append(brief)
        return briefs


def _served(stage: Any, backend: Any) -> Any:
    """An LLM stage's config with the model its server resolved (e.g. from VNSUMM_LLM_MODEL), so
    that the config fingerprint, which decides what a rerun redoes, names the model really used."""
    return replace(stage, model=backend.model) if stage.backend == "llm" else stage
