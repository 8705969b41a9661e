"""The LLM back end as vnsumm stages: a summarizer (Vietnamese summary), a translator (vi → en) and
a one-step briefer (cleaned article → English brief), all guarded.

Each answer is checked before it is used: it must be in the language asked for (identified
offline); if not, the request is sent once more with a firmer instruction, then the article fails
("the model answered in Vietnamese"). English answers are then fact-checked against their source;
when facts are unsupported, one repair request (the answer, the unsupported facts, the source)
asks for a corrected text, and the version with fewer unsupported facts is kept. Long inputs are
split to fit ``context_tokens`` and map–reduced. Articles of a batch go out ``concurrency`` at a
time; one that fails fails alone.
"""
from __future__ import annotations

import hashlib
import json
import math
import threading
from dataclasses import dataclass, field
from typing import Any, Callable, Sequence

from vnsumm.article import Article
from vnsumm.check import check
from vnsumm.errors import ConfigError, VnsummError
from vnsumm.language import detect_language
from vnsumm.llm.client import CompletionError, LLMClient
from vnsumm.llm.prompts import prompts_with
from vnsumm.llm.split import estimate_tokens, split_to_budget

TEMPLATE_OVERHEAD = 64  # chat-template tokens around the two messages, erring high


class WrongLanguage(CompletionError):
    """The model answered in another language twice (asked again once with a firmer instruction)."""


@dataclass
class BriefResult:
    """What the briefer made of one article."""

    brief_en: str
    summary: str = ""  # a Vietnamese summary, when the briefer makes one
    attempts: list[dict[str, Any]] = field(default_factory=list)  # the brief, then its repair if any
    parts: int = 1  # how many parts the article was split into to fit the context


def _number(value: Any, name: str, *, minimum: float, integer: bool = False, allow_none: bool = False) -> Any:
    if value is None and allow_none:
        return None
    ok = isinstance(value, int) if integer else isinstance(value, (int, float))
    if isinstance(value, bool) or not ok or not math.isfinite(value) or value < minimum:
        kind = "an integer" if integer else "a number"
        raise ConfigError(f"{name} must be {kind} of at least {minimum:g}, not {value!r}")
    return value


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
        context_tokens: int = 8192,
        chars_per_token: float = 2.0,
        concurrency: int = 4,
        timeout: float = 120.0,
        max_retries: int = 3,
        sentences: int = 4,
        words: int = 120,
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
        self.context_tokens = _number(context_tokens, f"{s}.context_tokens", minimum=256, integer=True)
        self.chars_per_token = _number(chars_per_token, f"{s}.chars_per_token", minimum=0.5)
        self.concurrency = _number(concurrency, f"{s}.concurrency", minimum=1, integer=True)
        self.timeout = _number(timeout, f"{s}.timeout", minimum=0.1)
        self.max_retries = _number(max_retries, f"{s}.max_retries", minimum=0, integer=True)
        self.sentences = _number(sentences, f"{s}.sentences", minimum=1, integer=True)
        self.words = _number(words, f"{s}.words", minimum=10, integer=True)
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
    def _ask(self, key: str, firm: str | None = None, **fields: Any) -> str:
        user = self.prompts[key].format(sentences=self.sentences, words=self.words, **fields)
        if firm:
            user = f"{user}\n\n{self.prompts['firmer'].format(language=firm)}"
        return self.client.chat(self.prompts["system"], user)

    def _budget(self, key: str, extra_chars: int) -> int:
        """Estimated tokens left for the {article} of prompt ``key`` (with ``extra_chars`` of other fields)."""
        fixed = len(self.prompts["system"]) + len(self.prompts[key]) + len(self.prompts["firmer"]) + extra_chars
        return (self.context_tokens - self.max_tokens - TEMPLATE_OVERHEAD
                - estimate_tokens("x" * fixed, self.chars_per_token))

    def _fits(self, key: str, text: str, extra_chars: int = 0) -> bool:
        return estimate_tokens(text, self.chars_per_token) <= self._budget(key, extra_chars)

    def _parts(self, key: str, text: str) -> list[str]:
        return split_to_budget(text.split("\n\n"), self._budget(key, 0), self.chars_per_token)

    def _condense(self, task: str, text: str) -> tuple[str, str, int]:
        """Map–reduce ``text`` until it fits prompt ``task``: (prompt key, its article, parts)."""
        key, parts_total = task, 1
        for _ in range(self.max_rounds):
            if self._fits(key, text):
                return key, text, parts_total
            parts = self._parts(f"{task}_part", text)
            parts_total = max(parts_total, len(parts))
            notes = [self._ask(f"{task}_part", article=p, part=i + 1, parts=len(parts)) for i, p in enumerate(parts)]
            text, key = "\n\n".join(notes), f"{task}_reduce"
        if self._fits(key, text):
            return key, text, parts_total
        raise CompletionError(f"the article does not fit context_tokens={self.context_tokens} even after "
                              f"{self.max_rounds} rounds of summarizing its parts; raise {self.stage}.context_tokens "
                              f"or {self.stage}.max_rounds")

    def _in_language(self, want: str, ask: Callable[[str | None], str]) -> str:
        """``ask(None)``, or ``ask(firmer)`` once more if the answer is not in ``want`` (en or vi)."""
        text = ask(None)
        if answered_in(text, want) is None:
            return text
        text = ask(LANGUAGE[want])
        got = answered_in(text, want)
        if got is not None:
            raise WrongLanguage(f"the model answered in {got}, not {LANGUAGE[want]} (asked twice)")
        return text

    def _guard(self, source: str, text: str, material: str) -> tuple[str, list[dict[str, Any]]]:
        """Fact-check ``text`` against ``source``; one repair request if facts are unsupported."""
        first = check(source, text)
        attempts = [_attempt(text, first)]
        if first.ok or not self.repair:
            return text, attempts
        unsupported = ", ".join(f'"{c.fact.text}"' for c in first.unsupported)
        extra = len(text) + len(unsupported)
        article = source if self._fits("repair", source, extra) else material
        if not self._fits("repair", article, extra):
            attempts.append({"brief": None, "rejected": "no room in context_tokens for a repair request"})
            return text, attempts
        try:
            repaired = self._ask("repair", article=article, brief=text, unsupported=unsupported)
        except CompletionError as exc:  # the first brief stands, with its warning
            attempts.append({"brief": None, "rejected": str(exc)})
            return text, attempts
        got = answered_in(repaired, "en")
        if got is not None:
            attempts.append({"brief": repaired, "rejected": f"answered in {got}"})
            return text, attempts
        second = check(source, repaired)
        attempts.append(_attempt(repaired, second))
        keep = 1 if len(second.unsupported) < len(first.unsupported) else 0
        attempts[keep]["kept"] = True
        return (repaired if keep else text), attempts

    # -- batches ----------------------------------------------------------------------------
    def _each(self, inputs: Sequence[Any], keys: Sequence[str], work: Callable[[Any], Any]) -> list[Any]:
        """``work`` on every input, ``concurrency`` at a time. If any fails, the first failure is raised
        and the batch's outcomes are held, so that re-running its inputs one by one (as folder runs do
        to isolate a failure) hands each its own outcome without asking the server again."""
        results: list[Any] = [None] * len(inputs)
        todo = []
        for i, key in enumerate(keys):
            if key in self._held:
                results[i] = self._held.pop(key)
            else:
                todo.append(i)
        for i, outcome in zip(todo, in_threads(work, [inputs[i] for i in todo], self.concurrency)):
            if isinstance(outcome, BaseException) and not isinstance(outcome, VnsummError):
                raise outcome  # a bug, not a failed article
            results[i] = outcome
        failures = [r for r in results if isinstance(r, VnsummError)]
        if failures:
            if len(inputs) > 1:
                self._held = dict(zip(keys, results))
            raise failures[0]
        return results

    def describe(self) -> dict[str, Any]:
        """Back end, model, server and settings (never the API key)."""
        prompts = hashlib.sha256(json.dumps(self.prompts, sort_keys=True).encode()).hexdigest()[:12]
        return {
            "backend": "llm", "model": self.model, "base_url": self.client.url,
            "settings": {
                "temperature": self.temperature, "seed": self.seed, "max_tokens": self.max_tokens,
                "context_tokens": self.context_tokens, "chars_per_token": self.chars_per_token,
                "concurrency": self.concurrency, "timeout": self.timeout, "max_retries": self.max_retries,
                "sentences": self.sentences, "words": self.words, "repair": self.repair,
                "max_rounds": self.max_rounds, "prompts_sha": prompts,
                "prompts_overridden": self.prompts_overridden,
            },
        }


LANGUAGE = {"en": "English", "vi": "Vietnamese"}


def in_threads(work: Callable[[Any], Any], items: Sequence[Any], workers: int) -> list[Any]:
    """``work(item)`` for every item on ``workers`` daemon threads: results or the exceptions raised.

    Daemon threads, so that Ctrl-C ends the run at once instead of waiting for requests in flight."""
    results: list[Any] = [None] * len(items)
    indices = iter(range(len(items)))
    lock = threading.Lock()

    def worker() -> None:
        while True:
            with lock:
                i = next(indices, None)
            if i is None:
                return
            try:
                results[i] = work(items[i])
            except BaseException as exc:  # noqa: BLE001 - handed to the caller
                results[i] = exc

    threads = [threading.Thread(target=worker, daemon=True) for _ in range(min(workers, len(items)))]
    for thread in threads:
        thread.start()
    for thread in threads:
        while thread.is_alive():
            thread.join(0.2)
    return results


def answered_in(text: str, want: str) -> str | None:
    """None when ``text`` is in ``want`` (en or vi); else the language it is in, by name."""
    if want == "vi":
        lang = detect_language(text)
        return None if lang.is_vietnamese else lang.name
    # an English brief keeps Vietnamese names with their diacritics ("Hoàng Xuân Chiến met ... in Hà Nội"):
    # judge the language on the words that are not capitalised, when there are enough of them
    plain = " ".join(w for w in text.split() if not w[:1].isupper())
    lang = detect_language(plain if len(plain.split()) >= 5 else text)
    if lang.is_vietnamese:
        return "Vietnamese"
    return None if lang.code == "en" else lang.name


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

    def _brief_one(self, source: str) -> BriefResult:
        key, material, parts = self._condense("brief", source)
        text = self._in_language("en", lambda firm: self._ask(key, firm, article=material))
        text, attempts = self._guard(source, text, material)
        return BriefResult(brief_en=text, attempts=attempts, parts=parts)


class LLMSummarizer(LLMStage):
    """The Vietnamese summary of each article (``summarizer: {backend: llm}``)."""

    stage = "summarizer"

    def summarize(self, articles: Sequence[Article]) -> list[str]:
        bodies = [a.body for a in articles]
        return self._each(bodies, [_key("summarize", b) for b in bodies], self._summarize_one)

    def _summarize_one(self, body: str) -> str:
        key, material, _ = self._condense("summarize", body)
        return self._in_language("vi", lambda firm: self._ask(key, firm, article=material))


class LLMTranslator(LLMStage):
    """Vietnamese → English (``translator: {backend: llm}``), each translation fact-checked against
    its Vietnamese text and repaired once if needed; a text too long is translated in parts."""

    stage = "translator"

    def translate(self, texts: Sequence[str]) -> list[str]:
        return self._each(list(texts), [_key("translate", t) for t in texts], self._translate_one)

    def _translate_one(self, text: str) -> str:
        if not text.strip():
            return ""
        pieces = []
        for part in self._parts("translate", text):
            piece = self._in_language("en", lambda firm, p=part: self._ask("translate", firm, article=p))
            pieces.append(self._guard(part, piece, part)[0])
        return " ".join(pieces)
