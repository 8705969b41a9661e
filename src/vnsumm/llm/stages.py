"""The LLM back end as vnsumm stages: a summarizer (Vietnamese summary), a translator (vi → en) and
a one-step briefer (cleaned article → English brief), all guarded.

Each answer is checked before it is used: it must be in the language asked for (English judged with
the article's names masked, see ``english``); if not, the request is sent once more with a firmer
instruction, then the article fails. An answer cut at ``max_tokens`` is never used silently: a
brief is asked again once with up to ``max_tokens_ceiling``, then carries a warning; a map-step note
or a translation part is split smaller and redone. English answers are fact-checked against the
article; when facts are unsupported, one repair request (the answer, the unsupported facts and the
article, or the part of it the brief draws on) asks for a corrected text, kept only when it has
strictly fewer unsupported facts. A brief over the asked length, with a repeated sentence or with
Vietnamese words that are not names gets one shortening request, then a warning (see ``shape``).
Articles go out ``concurrency`` at a time (fewer while the server queues); one that fails fails alone.
"""
from __future__ import annotations

import hashlib
import json
import math
from dataclasses import dataclass, field
from typing import Any, Callable, Iterator, Sequence

from vnsumm.article import Article
from vnsumm.check import check
from vnsumm.engines import Outputs
from vnsumm.errors import ConfigError, VnsummError
from vnsumm.llm.client import Answer, CompletionError, LLMClient
from vnsumm.llm.english import answered_in, article_names
from vnsumm.llm.prompts import prompts_with
from vnsumm.llm.shape import sentences, shape_problems
from vnsumm.llm.split import estimate_tokens, split_to_budget
from vnsumm.llm.threads import in_threads, in_threads_iter

TEMPLATE_OVERHEAD = 64  # chat-template tokens around the two messages, erring high
MAX_SPLITS = 2  # a cut note or translation is redone on halves, then quarters; still cut, the article fails
LANGUAGE = {"en": "English", "vi": "Vietnamese"}


class WrongLanguage(CompletionError):
    """The model answered in another language twice (asked again once with a firmer instruction)."""


@dataclass
class BriefResult:
    """What the briefer made of one article."""

    brief_en: str
    summary: str = ""  # a Vietnamese summary, when the briefer makes one
    attempts: list[dict[str, Any]] = field(default_factory=list)  # the brief, then its repair if any
    parts: int = 1  # how many parts the article was split into to fit the context
    warnings: list[str] = field(default_factory=list)  # cut at max_tokens, too long, repeated sentence ...


def _number(value: Any, name: str, *, minimum: float, integer: bool = False, allow_none: bool = False) -> Any:
    if value is None and allow_none:
        return None
    ok = isinstance(value, int) if integer else isinstance(value, (int, float))
    if isinstance(value, bool) or not ok or not math.isfinite(value) or value < minimum:
        kind = "an integer" if integer else "a number"
        raise ConfigError(f"{name} must be {kind} of at least {minimum:g}, not {value!r}")
    return value


def _ending(text: str) -> str:
    return "…" + " ".join(text.split()[-8:])


class LLMStage:
    """Settings, client and guard shared by the three LLM stages."""

    stage = "briefer"

    def __init__(
        self,
        model: str | None = None,
        *,
        base_url: str | None = None,
        temperature: float = 0.0,
        seed: int | None = 0,
        max_tokens: int = 512,
        max_tokens_ceiling: int | None = None,
        context_tokens: int = 8192,
        chars_per_token: float = 2.0,
        concurrency: int = 4,
        timeout: float = 120.0,
        max_retries: int = 3,
        sentences: int = 4,
        words: int = 120,
        length_margin: float = 1.5,
        repair: bool = True,
        max_rounds: int = 3,
        prompts: dict[str, str] | None = None,
    ) -> None:
        s = self.stage
        if model is not None and not isinstance(model, str):
            raise ConfigError(f"{s}.model must be a model name as the server lists it")
        if base_url is not None and not isinstance(base_url, str):
            raise ConfigError(f"{s}.base_url must be a URL such as http://localhost:11434/v1")
        self.temperature = _number(temperature, f"{s}.temperature", minimum=0)
        self.seed = _number(seed, f"{s}.seed", minimum=0, integer=True, allow_none=True)
        self.max_tokens = _number(max_tokens, f"{s}.max_tokens", minimum=1, integer=True)
        self.max_tokens_ceiling = _number(2 * self.max_tokens if max_tokens_ceiling is None else max_tokens_ceiling,
                                          f"{s}.max_tokens_ceiling", minimum=self.max_tokens, integer=True)
        self.context_tokens = _number(context_tokens, f"{s}.context_tokens", minimum=256, integer=True)
        self.chars_per_token = _number(chars_per_token, f"{s}.chars_per_token", minimum=0.5)
        self.concurrency = _number(concurrency, f"{s}.concurrency", minimum=1, integer=True)
        self.timeout = _number(timeout, f"{s}.timeout", minimum=0.1)
        self.max_retries = _number(max_retries, f"{s}.max_retries", minimum=0, integer=True)
        self.sentences = _number(sentences, f"{s}.sentences", minimum=1, integer=True)
        self.words = _number(words, f"{s}.words", minimum=10, integer=True)
        self.length_margin = _number(length_margin, f"{s}.length_margin", minimum=1)
        self.max_rounds = _number(max_rounds, f"{s}.max_rounds", minimum=1, integer=True)
        if not isinstance(repair, bool):
            raise ConfigError(f"{s}.repair must be true or false")
        self.repair = repair
        try:
            self.prompts = prompts_with(prompts)
        except ConfigError as exc:
            raise ConfigError(f"{s}.{exc}") from None
        self.prompts_overridden = sorted(prompts or {})
        if self._budget("repair", 0) < 64:
            raise ConfigError(f"{s}.context_tokens={self.context_tokens} leaves no room for an article "
                              f"after the prompts and max_tokens={self.max_tokens}")
        self.client = LLMClient(base_url, model, timeout=float(self.timeout), max_retries=self.max_retries,
                                concurrency=self.concurrency, temperature=float(self.temperature),
                                seed=self.seed, max_tokens=self.max_tokens, where=s)
        self.client.probe()  # the server and model, checked before any article is touched
        self._held: dict[str, Any] = {}

    @property
    def model(self) -> str:
        return self.client.model or ""

    # -- requests ---------------------------------------------------------------------------
    def _ask(self, key: str, firm: str | None = None, max_tokens: int | None = None, **fields: Any) -> Answer:
        user = self.prompts[key].format(sentences=self.sentences, words=self.words, **fields)
        if firm:
            user = f"{user}\n\n{self.prompts['firmer'].format(language=firm)}"
        return self.client.chat(self.prompts["system"], user, max_tokens)

    def _budget(self, key: str, extra_chars: int) -> int:
        """Estimated tokens left for the {article} of prompt ``key`` (with ``extra_chars`` of other fields)."""
        fixed = len(self.prompts["system"]) + len(self.prompts[key]) + len(self.prompts["firmer"]) + extra_chars
        return (self.context_tokens - self.max_tokens - TEMPLATE_OVERHEAD
                - estimate_tokens("x" * fixed, self.chars_per_token))

    def _fits(self, key: str, text: str, extra_chars: int = 0) -> bool:
        return estimate_tokens(text, self.chars_per_token) <= self._budget(key, extra_chars)

    def _split(self, text: str, budget: int) -> list[str]:
        return split_to_budget(text.split("\n\n"), budget, self.chars_per_token)

    def _halves(self, text: str) -> list[str]:
        """``text`` in two or more smaller parts (one when it cannot be split)."""
        return self._split(text, max(2, estimate_tokens(text, self.chars_per_token) // 2))

    def _larger(self, key: str, article: str) -> int:
        """``max_tokens`` for a second try of a cut answer: up to the ceiling, within the context."""
        room = (self.context_tokens - TEMPLATE_OVERHEAD - estimate_tokens(
            self.prompts["system"] + self.prompts[key] + self.prompts["firmer"] + article, self.chars_per_token))
        return min(self.max_tokens_ceiling, room)

    def _notes(self, task: str, part: str, i: int, n: int, depth: int = 0) -> list[str]:
        """Notes on one part; a note cut at max_tokens is redone on halves of the part (twice at most)."""
        answer = self._ask(f"{task}_part", article=part, part=i, parts=n)
        if not answer.cut:
            return [answer.text]
        halves = self._halves(part)
        if len(halves) < 2 or depth >= MAX_SPLITS:
            raise CompletionError(f"the note on part {i} of {n} was cut at max_tokens={self.max_tokens} even for "
                                  f"{len(part)} characters of it; raise {self.stage}.max_tokens")
        return [note for half in halves for note in self._notes(task, half, i, n, depth + 1)]

    def _condense(self, task: str, text: str) -> tuple[str, str, int]:
        """Map–reduce ``text`` until it fits prompt ``task``: (prompt key, its article, parts)."""
        key, parts_total = task, 1
        for _ in range(self.max_rounds):
            if self._fits(key, text):
                return key, text, parts_total
            parts = self._split(text, self._budget(f"{task}_part", 0))
            parts_total = max(parts_total, len(parts))
            notes = [note for i, p in enumerate(parts) for note in self._notes(task, p, i + 1, len(parts))]
            text, key = "\n\n".join(notes), f"{task}_reduce"
        if self._fits(key, text):
            return key, text, parts_total
        raise CompletionError(f"the article does not fit context_tokens={self.context_tokens} even after "
                              f"{self.max_rounds} rounds of summarizing its parts; raise {self.stage}.context_tokens "
                              f"or {self.stage}.max_rounds")

    def _in_language(self, want: str, ask: Callable[[str | None], Answer], names: frozenset[str]) -> Answer:
        """``ask(None)``, or ``ask(firmer)`` once more if the answer is not in ``want`` (en or vi)."""
        answer = ask(None)
        if answered_in(answer.text, want, names) is None:
            return answer
        answer = ask(LANGUAGE[want])
        got = answered_in(answer.text, want, names)
        if got is not None:
            raise WrongLanguage(f"the model answered in {got}, not {LANGUAGE[want]} (asked twice)")
        return answer

    def _final(self, want: str, key: str, article: str, names: frozenset[str]) -> tuple[Answer, list[str]]:
        """The answer to prompt ``key``; cut at max_tokens → asked once more with a larger one, then a warning."""
        answer = self._in_language(want, lambda firm: self._ask(key, firm, article=article), names)
        larger = self._larger(key, article)
        if answer.cut and larger > self.max_tokens:
            answer = self._in_language(want, lambda firm: self._ask(key, firm, larger, article=article), names)
        if not answer.cut:
            return answer, []
        limit = max(larger, self.max_tokens)
        return answer, [f"the answer was cut at max_tokens={limit} (raise {self.stage}.max_tokens_ceiling); "
                        f"it ends \"{_ending(answer.text)}\""]

    # -- the guard --------------------------------------------------------------------------
    def _repair_article(self, source: str, brief: str, facts: Sequence[str], extra: int) -> str | None:
        """The article for a repair request: all of it if it fits, else its part that shares the most
        names and numbers with the brief's sentences holding the unsupported ``facts`` (never the
        model's notes); None if not even a part fits."""
        budget = self._budget("repair", extra)
        if budget < 64:
            return None
        if estimate_tokens(source, self.chars_per_token) <= budget:
            return source
        wrong = " ".join(s for s in sentences(brief) if any(f in s for f in facts)) or brief
        marks = {w.lower() for w in wrong.split() if w[:1].isupper() or any(c.isdigit() for c in w)}
        parts = self._split(source, budget)
        return max(parts, key=lambda p: sum(w.lower() in marks for w in p.split()))

    def _guard(self, source: str, text: str, names: frozenset[str]) -> tuple[str, list[dict[str, Any]]]:
        """Fact-check ``text`` against ``source``; one repair request if facts are unsupported."""
        first = check(source, text)
        attempts = [_attempt(text, first)]
        if first.ok or not self.repair:
            return text, attempts
        unsupported = ", ".join(f'"{c.fact.text}"' for c in first.unsupported)
        article = self._repair_article(source, text, [c.fact.text for c in first.unsupported],
                                       len(text) + len(unsupported))
        if article is None:
            attempts.append({"brief": None, "rejected": "no room in context_tokens for a repair request"})
            return text, attempts
        try:
            answer = self._ask("repair", article=article, brief=text, unsupported=unsupported)
        except CompletionError as exc:  # the first brief stands, with its warning
            attempts.append({"brief": None, "rejected": str(exc)})
            return text, attempts
        got = answered_in(answer.text, "en", names)
        if got is not None or answer.cut:
            reason = f"answered in {got}" if got else f"cut at max_tokens={self.max_tokens}"
            attempts.append({"brief": answer.text, "rejected": reason})
            return text, attempts
        second = check(source, answer.text)
        attempts.append(_attempt(answer.text, second))
        keep = 1 if len(second.unsupported) < len(first.unsupported) else 0
        attempts[keep]["kept"] = True
        return (answer.text if keep else text), attempts

    def _reshape(self, source: str, text: str, names: frozenset[str],
                 attempts: list[dict[str, Any]]) -> tuple[str, list[str]]:
        """One shortening request for a brief of the wrong shape; the warnings of what is still wrong."""
        problems = shape_problems(text, self.words, names, self.length_margin)
        if not problems or not self.repair:
            return text, problems
        try:
            answer = self._ask("shorten", brief=text, problems="; ".join(problems))
        except CompletionError as exc:
            attempts.append({"brief": None, "shape": problems, "rejected": str(exc)})
            return text, problems
        after = shape_problems(answer.text, self.words, names, self.length_margin)
        before_facts = len(check(source, text).unsupported)
        result = check(source, answer.text)
        better = (answered_in(answer.text, "en", names) is None and not answer.cut and len(after) < len(problems)
                  and len(result.unsupported) <= before_facts)
        attempts.append({**_attempt(answer.text, result), "shape": problems, "kept": better})
        return (answer.text, after) if better else (text, problems)

    # -- batches ----------------------------------------------------------------------------
    def _each(self, inputs: Sequence[Any], keys: Sequence[str], work: Callable[[Any], Any]) -> list[Any]:
        """``work`` on every input, ``concurrency`` at a time. If any fails, the first failure is raised
        and the batch's successes are held, so that re-running its inputs one by one (as folder runs do
        to isolate a failure) hands each success back without asking again; a failure is asked again."""
        results: list[Any] = [None] * len(inputs)
        todo = []
        for i, key in enumerate(keys):
            if key in self._held:
                results[i] = self._held.pop(key)
            else:
                todo.append(i)
        for i, outcome in zip(todo, in_threads(work, [inputs[i] for i in todo], self.concurrency)):
            results[i] = outcome
        failures = [r for r in results if isinstance(r, VnsummError)]
        if failures:
            if len(inputs) > 1:
                self._held = {k: r for k, r in zip(keys, results) if not isinstance(r, VnsummError)}
            raise failures[0]
        return results

    def describe(self) -> dict[str, Any]:
        """Back end, model, server and settings (never the API key)."""
        prompts = hashlib.sha256(json.dumps(self.prompts, sort_keys=True).encode()).hexdigest()[:12]
        return {
            "backend": "llm", "model": self.model, "base_url": self.client.url,
            "settings": {
                "temperature": self.temperature, "seed": self.seed, "max_tokens": self.max_tokens,
                "max_tokens_ceiling": self.max_tokens_ceiling,
                "context_tokens": self.context_tokens, "chars_per_token": self.chars_per_token,
                "concurrency": self.concurrency, "timeout": self.timeout, "max_retries": self.max_retries,
                "sentences": self.sentences, "words": self.words, "length_margin": self.length_margin,
                "repair": self.repair, "max_rounds": self.max_rounds, "prompts_sha": prompts,
                "prompts_overridden": self.prompts_overridden,
            },
        }


def _attempt(text: str, result: Any) -> dict[str, Any]:
    return {"brief": text, "unsupported": [c.fact.text for c in result.unsupported]}


def _key(*texts: str) -> str:
    return hashlib.sha1("\x00".join(texts).encode("utf-8")).hexdigest()


class LLMBriefer(LLMStage):
    """One step: the cleaned Vietnamese article → the English brief (Vietnamese summary left empty)."""

    stage = "briefer"

    def brief(self, articles: Sequence[Article]) -> list[BriefResult]:
        sources = [a.check_text() for a in articles]
        return self._each(sources, [_key("brief", s) for s in sources], self._brief_one)

    def brief_iter(self, articles: Sequence[Article]) -> Iterator[tuple[int, BriefResult | VnsummError]]:
        """``(index, result)`` for each article as soon as its answer is checked, in the order they
        finish; a failed article yields its error (a VnsummError, not raised)."""
        sources = [a.check_text() for a in articles]
        return in_threads_iter(self._brief_one, sources, self.concurrency)

    def _brief_one(self, source: str) -> BriefResult:
        names = article_names(source)
        key, material, parts = self._condense("brief", source)
        answer, warnings = self._final("en", key, material, names)
        text, attempts = self._guard(source, answer.text, names)
        text, problems = self._reshape(source, text, names, attempts)
        return BriefResult(brief_en=text, attempts=attempts, parts=parts, warnings=warnings + problems)


class LLMSummarizer(LLMStage):
    """The Vietnamese summary of each article (``summarizer: {backend: llm}``)."""

    stage = "summarizer"

    def summarize(self, articles: Sequence[Article]) -> Outputs:
        bodies = [a.body for a in articles]
        done = self._each(bodies, [_key("summarize", b) for b in bodies], self._summarize_one)
        return Outputs([text for text, _ in done], [warnings for _, warnings in done])

    def _summarize_one(self, body: str) -> tuple[str, list[str]]:
        key, material, _ = self._condense("summarize", body)
        answer, warnings = self._final("vi", key, material, frozenset())
        return answer.text, warnings


class LLMTranslator(LLMStage):
    """Vietnamese → English (``translator: {backend: llm}``), each translation fact-checked against
    its Vietnamese text and repaired once if needed. A text is translated in parts whose expected
    translation (as many tokens as the part) fits ``max_tokens``; a part cut anyway is split and redone."""

    stage = "translator"

    def translate(self, texts: Sequence[str]) -> list[str]:
        return self._each(list(texts), [_key("translate", t) for t in texts], self._translate_one)

    def part_budget(self) -> int:
        """Estimated tokens of one part: it fits the prompt, and its translation fits max_tokens."""
        return min(self._budget("translate", 0), self.max_tokens)

    def _translate_one(self, text: str) -> str:
        if not text.strip():
            return ""
        names = article_names(text)
        return " ".join(piece for part in self._split(text, self.part_budget())
                        for piece in self._translate_part(part, names))

    def _translate_part(self, part: str, names: frozenset[str], depth: int = 0) -> list[str]:
        answer = self._in_language("en", lambda firm: self._ask("translate", firm, article=part), names)
        if answer.cut:
            halves = self._halves(part)
            if len(halves) < 2 or depth >= MAX_SPLITS:
                raise CompletionError(f"the translation of a part of {len(part)} characters was cut at "
                                      f"max_tokens={self.max_tokens}; raise {self.stage}.max_tokens")
            return [piece for half in halves for piece in self._translate_part(half, names, depth + 1)]
        return [self._guard(part, answer.text, names)[0]]
