"""The pipeline: clean → summarize (vi) → translate (vi→en) → Brief, batched.

>>> from vnsumm import Pipeline
>>> pipe = Pipeline.from_config("extractive")
>>> brief = pipe.brief(open("seeds/004_e7b8f96e657b3834.txt", encoding="utf-8").read())  # text
>>> brief = pipe.brief(Path("seeds/004_e7b8f96e657b3834.txt"))  # a file: a pathlib.Path, never a str
"""
from __future__ import annotations

import os
import time
from dataclasses import replace
from typing import Any, Iterator, Sequence

from vnsumm import registry
from vnsumm.article import Article, Brief
from vnsumm.check.brief import attach_checks
from vnsumm.clean.template import SiteTemplate
from vnsumm.config import Config, load_config
from vnsumm.engines import warnings_of
from vnsumm.errors import ConfigError, InputError
from vnsumm.inputs import Input, text_input
from vnsumm.language import NotVietnamese, language_name
from vnsumm.prepare import VIETNAMESE, prepare
from vnsumm.reader import source_input
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
        # the site template (config ``template:``) whose lines are taken out of every article summarized or cleaned
        self.template = _load_template(config) if config.template else None

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
        """Clean one article: its text (a ``str``, never taken as a path or URL), bytes or a ``pathlib.Path``."""
        return self._templated([_input_of(source, "text").article(self.config.max_input_bytes)])[0]

    def _templated(self, articles: Sequence[Article]) -> list[Article]:
        """The articles without the site template's lines (as they are when the config names no template)."""
        return [self.template.strip(a) for a in articles] if self.template is not None else list(articles)

    def summarize_articles(self, articles: Sequence[Article]) -> list[str]:
        if self.summarizer is None:
            raise ConfigError(f"config '{self.config.name}' has no summarizer (its briefer writes English briefs)")
        return self.summarizer.summarize(self._templated(articles))

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
        if self.briefer is not None:  # the briefer writes English from any language (the template taken out there)
            briefs = self.brief_articles(articles, ids)
            for brief, code in zip(briefs, codes):
                brief.language = code
                brief.note = f"the article is in {language_name(code)} ({code}), not Vietnamese"
            return briefs
        articles = self._templated(articles)
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
    def brief(self, text: str | bytes | os.PathLike, id: str | None = None, non_vietnamese: str = "skip") -> Brief:
        """Clean, summarize and translate one article: its text (plain or HTML), bytes, or a ``pathlib.Path``.

        A string is always the article's text, never taken as a file name or URL (so untrusted text
        cannot make the pipeline read a file or fetch a page); pass ``Path(...)`` for a file and use
        :meth:`brief_url` for a web page. The same reading and language check as ``vnsumm brief``: an
        article in another language raises ``NotVietnamese`` (an InputError), unless
        ``non_vietnamese="summarize"``, which summarizes it in its own language without translation.
        """
        return self.brief_many([text], ids=[id], non_vietnamese=non_vietnamese)[0]

    def brief_url(self, url: str, id: str | None = None, non_vietnamese: str = "skip") -> Brief:
        """Fetch one web page (as ``vnsumm brief URL`` does) and brief it."""
        from vnsumm.fetch import UrlInput, is_url

        if not isinstance(url, str) or not is_url(url.strip()):
            raise InputError(f"not an http(s) URL: {str(url)[:80]!r}")
        return self._brief_inputs([UrlInput.of(url.strip())], [id], non_vietnamese)[0]

    def brief_many(self, sources: Sequence[str | bytes | os.PathLike], ids: Sequence[str | None] | None = None,
                   non_vietnamese: str = "skip") -> list[Brief]:
        """Briefs for many articles (see :meth:`brief`); raises InputError naming the first that cannot be read."""
        ids = list(ids) if ids else [None] * len(sources)
        return self._brief_inputs([_input_of(s, i or f"text {n}") for n, (s, i) in enumerate(zip(sources, ids))],
                                  ids, non_vietnamese)

    def _brief_inputs(self, inputs: Sequence[Input], ids: Sequence[str | None], non_vietnamese: str) -> list[Brief]:
        """Prepare every input (the run's prepare step), then brief them routed by language."""
        ready, clean_times = [], []
        for inp in inputs:
            start = time.perf_counter()
            prepared = prepare(inp, self.config.max_input_bytes, non_vietnamese)
            if isinstance(prepared.error, NotVietnamese):
                raise prepared.error  # its message says what to do; the caller knows which article it passed
            if not prepared.ready:
                raise InputError(f"{inp.label}: {prepared.reason}")
            ready.append(prepared)
            clean_times.append(time.perf_counter() - start)
        briefs: list[Brief | None] = [None] * len(ready)
        for n, brief in self.iter_routed([p.article for p in ready], ids, [p.route for p in ready]):
            briefs[n] = _raised(brief)
        for brief, seconds in zip(briefs, clean_times):
            brief.timings = {"clean": round(seconds, 4), **brief.timings}
        return briefs  # type: ignore[return-value]

    def iter_routed(self, articles: Sequence[Article], ids: Sequence[str | None] | None,
                    routes: Sequence[str]) -> Iterator[tuple[int, Brief]]:
        """Briefs of prepared articles, each as it is ready: ``(index into articles, Brief)``.

        The one place articles are split by language: route ``vi`` is summarized and translated
        (:meth:`iter_briefs`), any other code is summarized untranslated (:meth:`brief_untranslated`).
        """
        ids = list(ids) if ids else [None] * len(articles)
        vi = [n for n, route in enumerate(routes) if route == VIETNAMESE]
        other = [n for n, route in enumerate(routes) if route != VIETNAMESE]
        for k, brief in self.iter_briefs([articles[n] for n in vi], [ids[n] for n in vi]):
            yield vi[k], brief
        if other:
            for k, brief in enumerate(self.brief_untranslated([articles[n] for n in other], [ids[n] for n in other],
                                                              [routes[n] for n in other])):
                yield other[k], brief

    def brief_articles(self, articles: Sequence[Article], ids: Sequence[str | None] | None = None) -> list[Brief]:
        """Summarize and translate cleaned articles, ``batch_size`` at a time; the briefs in order."""
        briefs: list[Brief | None] = [None] * len(articles)
        for n, brief in self.iter_briefs(articles, ids):
            briefs[n] = _raised(brief)
        return briefs  # type: ignore[return-value]

    def iter_briefs(self, articles: Sequence[Article], ids: Sequence[str | None] | None = None
                    ) -> Iterator[tuple[int, Brief]]:
        """Summarize and translate cleaned articles; ``(index into articles, Brief)`` as each is finished.

        A briefer with ``brief_iter`` gives each brief as soon as its answer is checked, and an article
        that failed alone as ``(index, error)`` (a VnsummError, yielded, not raised); otherwise briefs
        come ``batch_size`` at a time.
        """
        ids = list(ids) if ids else [None] * len(articles)
        articles = self._templated(articles)
        if self.briefer is not None and hasattr(self.briefer, "brief_iter"):
            start, count = time.perf_counter(), 0
            for n, result in self.briefer.brief_iter(articles):
                count += 1
                seconds = round((time.perf_counter() - start) / count, 4)
                if isinstance(result, BaseException):  # this article failed alone; the others go on
                    yield n, result
                    continue
                yield n, self._one_step_brief(articles[n], result, ids[n], seconds)
            return
        size = self.config.batch_size
        for start in range(0, len(articles), size):
            for k, brief in enumerate(self._brief_batch(articles[start : start + size], ids[start : start + size])):
                yield start + k, brief

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
        """Briefs from the briefer, one call for the batch."""
        t0 = time.perf_counter()
        results = self.briefer.brief(articles)
        seconds = round((time.perf_counter() - t0) / max(1, len(articles)), 4)
        return [self._one_step_brief(a, r, i, seconds) for a, r, i in zip(articles, results, ids)]

    def _one_step_brief(self, article: Article, result: Any, id: str | None, seconds: float) -> Brief:
        """A briefer's result as a Brief; ``checks["attempts"]`` keeps the brief and its repair, if any."""
        brief = Brief.of(article, result.summary, result.brief_en, models={"briefer": self.briefer.describe()},
                         timings={"brief": seconds}, id=id,
                         warnings=result.warnings)
        attach_checks(brief, article)
        if brief.checks is not None:
            brief.checks["attempts"] = result.attempts
            brief.checks["parts"] = result.parts
        return brief


def _load_template(config: Config) -> SiteTemplate:
    """The config's site template, refused if the file changed since the config was read (its briefs would carry
    the fingerprint of another template)."""
    template = SiteTemplate.load(config.template)
    if config.template_sha256 and template.sha256 != config.template_sha256:
        raise ConfigError(f"template {config.template} changed since the config was read; run again")
    return template


def _input_of(source: str | bytes | os.PathLike, label: str) -> Input:
    """An API argument as an Input: a ``str`` is the article's text, never a path or URL; bytes are
    the article's bytes; a ``pathlib.Path`` (any ``os.PathLike``) is a file."""
    if isinstance(source, str):
        return text_input(source, label)
    if isinstance(source, (bytes, os.PathLike)):
        return source_input(source, label)
    raise TypeError(f"an article is text (str), bytes or a pathlib.Path, not {type(source).__name__}")


def _raised(brief: "Brief | BaseException") -> Brief:
    """A brief, or the error of an article that failed alone, raised."""
    if isinstance(brief, BaseException):
        raise brief
    return brief


def _served(stage: Any, backend: Any) -> Any:
    """An LLM stage's config with the model its server resolved (e.g. from VNSUMM_LLM_MODEL), so
    that the config fingerprint, which decides what a rerun redoes, names the model really used."""
    return replace(stage, model=backend.model) if stage.backend == "llm" else stage
