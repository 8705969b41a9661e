"""The prepare step of every run: one input read, hashed, matched against finished work, loaded and
its language judged. A local run, a ``--ray`` run and the Python API all prepare an input here.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from vnsumm.article import Article
from vnsumm.inputs import Input, content_hash
from vnsumm.language import Language, NotVietnamese, check_language
from vnsumm.messages import reason_of

__all__ = ["Prepared", "prepare", "route_of", "VIETNAMESE"]

VIETNAMESE = "vi"  # the route of an article to summarize and translate; any other code: summarized untranslated


def route_of(language: Language) -> str:
    """Where an article goes: ``vi`` (summarized and translated) or its own language's code."""
    return VIETNAMESE if language.is_vietnamese else language.code


@dataclass
class Prepared:
    """What came of preparing one input: ``ready`` (article and route set), ``skipped`` or ``failed``.

    ``kind`` says which skip or failure: ``not-read``, ``up-to-date``, ``not-vietnamese`` (skips);
    ``input``, ``output`` (failures). ``error`` is the exception behind it, if any.
    """

    status: str
    kind: str = ""
    reason: str = ""
    sha256: str | None = None
    article: Article | None = None
    route: str = VIETNAMESE
    error: BaseException | None = None

    @property
    def ready(self) -> bool:
        return self.status == "ready"


def prepare(inp: Input, max_bytes: int, non_vietnamese: str = "skip", force: bool = False,
            state: Callable[[str], str] = lambda sha256: "absent", place: str = "") -> Prepared:
    """Read, hash, match, load and check one input; never raises for a bad input.

    ``state(sha256)`` says what the input's output holds: ``absent``, ``current`` (same input bytes
    and config: skipped unless ``force``), ``stale`` or ``foreign`` (a file vnsumm did not write at
    ``place``: a failure unless ``force``).
    """
    if inp.skip:
        return Prepared("skipped", "not-read", inp.skip)
    where = inp.file or inp.label
    sha256 = None
    try:
        data = inp.read(max_bytes)
        sha256 = content_hash(data)
        found = state(sha256)
        if found == "current" and not force:
            return Prepared("skipped", "up-to-date", "output is up to date", sha256)
        if found == "foreign" and not force:
            return Prepared("failed", "output", f"{place} exists and was not written by vnsumm; move it away or "
                                                "add --force to overwrite it", sha256)
        article = inp.load(data)  # a dataset row loads its own way
        language = check_language(article, non_vietnamese)
    except NotVietnamese as exc:
        return Prepared("skipped", "not-vietnamese", reason_of(exc, where), sha256, error=exc)
    except (KeyboardInterrupt, SystemExit):
        raise
    except Exception as exc:  # noqa: BLE001 - one odd article must not stop the run
        return Prepared("failed", "input", reason_of(exc, where), sha256, error=exc)
    return Prepared("ready", sha256=sha256, article=article, route=route_of(language))
