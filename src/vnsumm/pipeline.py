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
from vnsumm.check.brief import attach_checks
from vnsumm.config import Config, load_config
from vnsumm.engines import warnings_of
from vnsumm.errors import ConfigError, InputError
from vnsumm.language import NotVietnamese, check_language, language_name
from vnsumm.reader import read
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
        config = replace(config, summarizer=_served(config.summarizer, summarizer),  # as for the briefer below
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
    def clean(self, source: str | bytes | os.PathLike) -> Article:
        """Clean one article (path, URL, bytes, or text, plain or HTML) as :func:`vnsumm.read` does."""
        return read(source, self.config.max_input_bytes)

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

        ``languages`` are ISO 639-1 codes; an English summary is also the English brief, any other
        language's summary stays in ``summary`` only, and ``note`` says so.
        """
        ids = list(ids) if ids else [None] * len(articles)
        codes = list(languages) if languages else ["und"] * len(articles)
        if self.briefer is not None:  # the briefer writes English from any language
            briefs = self.brief_articles(articles, ids)
            for brief, code in zip(briefs, codes):
                brief.language = code
                brief.note = f"the article is in {language_name(code)} ({code}), not Vietnamese"
            return briefs
        start = time.perf_counter()
        summaries = self.summarizer.summarize(articles) if articles else []
        warnings = warnings_of(summaries)
        seconds = round((time.perf_counter() - start) / max(1, len(articles)), 4)
        models = {"summarizer": self.summarizer.describe(), "translator": {"backend": "none"}}
        briefs = []
        for article, summary, id_, code, notes in zip(articles, summaries, ids, codes, warnings):
            briefs.append(Brief.of(
                article, summary, summary if code == "en" else None, language=code,
                note=f"the article is in {language_name(code)} ({code}), not Vietnamese: summarized without "
                     "translation",
                models=models, timings={"summarize": seconds}, warnings=notes, id=id_,
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
    def brief(self, source: str | bytes | os.PathLike, id: str | None = None, non_vietnamese: str = "skip") -> Brief:
        """Clean, summarize and translate one article: a path, URL, bytes, or text (plain or HTML).

        The same reading and language check as ``vnsumm brief``: an article in another language
        raises ``NotVietnamese`` (an InputError), unless ``non_vietnamese="summarize"``, which
        summarizes it in its own language without translation (``Brief.note`` says so).
        """
        return self.brief_many([source], ids=[id], non_vietnamese=non_vietnamese)[0]

    def brief_many(self, sources: Sequence[str | bytes | os.PathLike], ids: Sequence[str | None] | None = None,
                   non_vietnamese: str = "skip") -> list[Brief]:
        """Briefs for many articles (see :meth:`brief`); raises InputError naming the first that cannot be read."""
        articles, languages, clean_times = [], [], []
        for n, source in enumerate(sources):
            start = time.perf_counter()
            label = ids[n] if ids and ids[n] else f"text {n}"
            try:
                article = read(source, self.config.max_input_bytes)
                languages.append(check_language(article, non_vietnamese))
            except NotVietnamese:
                raise  # its message says what to do; the caller knows which article it passed
            except InputError as exc:
                raise InputError(f"{label}: {exc}") from None
            articles.append(article)
            clean_times.append(time.perf_counter() - start)
        ids = list(ids) if ids else [None] * len(articles)
        briefs: list[Brief | None] = [None] * len(articles)
        vi = [n for n, lang in enumerate(languages) if lang.is_vietnamese]
        other = [n for n, lang in enumerate(languages) if not lang.is_vietnamese]
        for n, brief in zip(vi, self.brief_articles([articles[n] for n in vi], [ids[n] for n in vi])):
            briefs[n] = brief
        for n, brief in zip(other, self.brief_untranslated([articles[n] for n in other], [ids[n] for n in other],
                                                          [languages[n].code for n in other])):
            briefs[n] = brief
        for brief, seconds in zip(briefs, clean_times):
            brief.timings = {"clean": round(seconds, 4), **brief.timings}
        return briefs  # type: ignore[return-value]

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
            Brief.of(a, summary, en, note=note, models=models, timings=timings, warnings=notes, id=i)
            for a, summary, en, i, notes in zip(articles, summaries, english, ids, warnings)
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
            brief = Brief.of(a, r.summary, r.brief_en, models=models, timings={"brief": seconds}, id=i,
                             warnings=r.warnings)
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
