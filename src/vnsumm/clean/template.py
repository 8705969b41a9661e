"""A site's template: the lines its pages repeat, learned from many pages of one site and taken out of each story.

One page cannot tell a site's fixed box ("Dân mạng nói gì?", a testimonial, a disclaimer, a promotion) from its
story; the site's other pages can. :meth:`SiteTemplate.learn` reads pages as the cleaner reads them (line by line,
normalised) and counts each line once per story: two copies of one article (by its longest line) count once. A line
on ``min_pages`` or more stories' pages belongs to the template, unless it is a question (an interview's "PV: Vì
sao …?" may recur). :meth:`SiteTemplate.strip` takes the template's lines out of a cleaned Article's paragraphs and
never empties it.
"""
from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Iterable

from vnsumm.article import Article
from vnsumm.clean.sentences import split_sentences
from vnsumm.errors import ConfigError
from vnsumm.messages import shown

__all__ = ["MIN_PAGES", "SiteTemplate", "line_key"]

MIN_PAGES = 3  # a line on this many stories' pages is the site's, not a story's
FORMAT = "vnsumm site template"
_CLOSERS = " \"'”’»)]"


def line_key(text: str) -> str:
    """What two lines are compared by: their text, case folded, words parted by one space."""
    return " ".join(text.casefold().split())


@dataclass(frozen=True)
class SiteTemplate:
    """The lines (as first seen) that ``min_pages`` or more of ``pages`` stories' pages of a site show."""

    lines: tuple[str, ...]
    pages: int
    min_pages: int = MIN_PAGES
    sha256: str | None = field(default=None, repr=False, compare=False)  # of the file it was loaded from
    keys: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "keys", frozenset(line_key(line) for line in self.lines))

    @classmethod
    def learn(cls, page_lines: Iterable[list[str]], min_pages: int = MIN_PAGES) -> "SiteTemplate":
        """The template of pages given as the cleaner's lines (``vnsumm.clean.content_lines`` of each page)."""
        if min_pages < 2:
            raise ValueError("min_pages must be at least 2: a line on one page is that page's own")
        counts: Counter[str] = Counter()
        first: dict[str, str] = {}
        stories: set[str] = set()
        for lines in page_lines:
            lines = [line for line in lines if line.strip()]
            if not lines:
                continue
            story = line_key(max(lines, key=len))
            if story in stories:  # another copy of a story already counted
                continue
            stories.add(story)
            keys = {line_key(line): line for line in lines}
            for key, line in keys.items():
                first.setdefault(key, line)
            counts.update(keys.keys())
        learned = tuple(first[key] for key, n in counts.items() if n >= min_pages and not _question(key))
        return cls(learned, len(stories), min_pages)

    def strip(self, article: Article) -> Article:
        """``article`` without the paragraphs that are template lines; the article itself when it has none, or when
        nothing else would be left."""
        kept = [p for p in article.paragraphs if line_key(p) not in self.keys]
        if len(kept) == len(article.paragraphs) or not kept:
            return article
        return replace(article, paragraphs=kept, sentences=[s for p in kept for s in split_sentences(p)])

    def to_json(self) -> str:
        return json.dumps({"format": FORMAT, "version": 1, "pages": self.pages, "min_pages": self.min_pages,
                           "lines": list(self.lines)}, ensure_ascii=False, indent=1) + "\n"

    @classmethod
    def load(cls, path: str | Path) -> "SiteTemplate":
        """A template file written by ``vnsumm template`` (``sha256``: of its bytes, what a config's fingerprint holds of
        it); anything else is a one-line ConfigError."""
        path = Path(path)
        try:
            raw = path.read_bytes()
            data = json.loads(raw.decode("utf-8"))
        except FileNotFoundError:
            raise ConfigError(f"template {shown(path)}: no such file") from None
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            raise ConfigError(f"template {shown(path)}: cannot read it: {str(exc).splitlines()[0]}") from None
        if not is_template(data):
            raise ConfigError(f"template {shown(path)}: not a site template written by `vnsumm template`")
        return cls(tuple(data["lines"]), data["pages"], data["min_pages"], hashlib.sha256(raw).hexdigest())


def is_template(data: object) -> bool:
    """Whether parsed JSON is a site template."""
    return isinstance(data, dict) and data.get("format") == FORMAT and isinstance(data.get("lines"), list) \
        and all(isinstance(line, str) for line in data["lines"]) and isinstance(data.get("pages"), int) \
        and isinstance(data.get("min_pages"), int)


def _question(key: str) -> bool:
    return key.rstrip(_CLOSERS).endswith("?")
