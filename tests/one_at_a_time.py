"""A briefer back end that answers one article at a time (as an LLM server's answers come), for the
tests of briefs written as soon as each is ready. Its briefs are real: the extractive summarizer's."""
from __future__ import annotations

from typing import Callable, Iterator, Sequence

from vnsumm import Pipeline
from vnsumm.article import Article
from vnsumm.config import load_config
from vnsumm.llm.stages import BriefResult


class OneAtATime:
    """``brief_iter`` answers the articles in reverse order, one at a time; ``after(k)`` runs after the kth answer."""

    def __init__(self, after: Callable[[int], None] = lambda k: None) -> None:
        self.summarizer = Pipeline.from_config("extractive").summarizer
        self.asked: list[int] = []
        self.after = after

    def describe(self) -> dict[str, str]:
        return {"backend": "one-at-a-time"}

    def brief(self, articles: Sequence[Article]) -> list[BriefResult]:
        return [BriefResult(brief_en=s, summary=s) for s in self.summarizer.summarize(articles)]

    def brief_iter(self, articles: Sequence[Article]) -> Iterator[tuple[int, BriefResult]]:
        for k, n in enumerate(reversed(range(len(articles))), start=1):
            self.asked.append(n)
            yield n, self.brief([articles[n]])[0]
            self.after(k)


def one_at_a_time_pipeline(after: Callable[[int], None] = lambda k: None, batch_size: int = 8) -> Pipeline:
    config = load_config("extractive", [f"batch_size={batch_size}"])
    return Pipeline(config, None, None, OneAtATime(after))
