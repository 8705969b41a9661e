"""Talking to an OpenAI-compatible server (Ollama, llama.cpp, vLLM, LM Studio, transformers serve,
hosted APIs) with the ``openai`` package: the start-up probe and one streamed chat call with retries.

Where the server and model come from, first found wins: the stage's settings (config or ``-s``),
then ``OPENAI_BASE_URL`` and ``VNSUMM_LLM_MODEL``, then (model only) the server's only model.
The API key comes from ``OPENAI_API_KEY`` only; :func:`redact` blots it out of every string that can
reach a message, a log record or an output (answers, refusals, error bodies, exception text).

Answers are streamed, so ``timeout`` is the longest silence allowed: a slow server that keeps sending
tokens is never abandoned. Retries (429, 5xx, dropped connections, silences; ``Retry-After``
honoured) are made here, up to ``max_retries``, and only after the failed request's connection is
closed, so the server is never asked the same thing twice at once. Requests in flight start at one
and grow to ``concurrency`` while first tokens come promptly (:class:`Throttle`).
"""
from __future__ import annotations

import logging
import os
import re
import threading
import time
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from vnsumm.errors import ConfigError, ModelError

KEY_VAR, URL_VAR, MODEL_VAR = "OPENAI_API_KEY", "OPENAI_BASE_URL", "VNSUMM_LLM_MODEL"
_REASONING = re.compile(r"<(think|thinking)>.*?(</\1>|\Z)", re.DOTALL | re.IGNORECASE)
_REASONING_TAIL = re.compile(r"\A.*?</(think|thinking)>", re.DOTALL | re.IGNORECASE)  # opened by the template
RETRY_STATUS = (408, 409, 429)
MAX_WAIT = 60.0  # the longest Retry-After honoured, seconds


class ServerError(ModelError):
    """The LLM server cannot be used at all (unreachable, model unknown, key refused): exit 2."""

    exit_code = 2


class CompletionError(ModelError):
    """One request failed for good (after retries), or its answer is empty or refused."""


@dataclass(frozen=True)
class Answer:
    """A chat answer: its text (reasoning removed, key redacted) and whether ``max_tokens`` cut it."""

    text: str
    cut: bool = False


def shown_url(url: str) -> str:
    """A base URL as it may be shown: without any user:password part."""
    parts = urlsplit(url)
    if parts.username or parts.password:
        parts = parts._replace(netloc=parts.hostname + (f":{parts.port}" if parts.port else ""))
    return urlunsplit(parts)


def redact(text: str) -> str:
    """``text`` with the API key (if one is set) blotted out: the one gate every server string passes."""
    key = os.environ.get(KEY_VAR)
    return text.replace(key, "***") if key and len(key) >= 4 and isinstance(text, str) else text


def first_line(exc: BaseException) -> str:
    text = redact(str(exc)).strip().splitlines()
    return (text[0] if text else type(exc).__name__)[:300]


_factory_lock = threading.Lock()
_factory_installed = False


def redact_log_records() -> None:
    """Every log record (openai's, httpx's, ours) is made with the key blotted out of its text."""
    global _factory_installed
    with _factory_lock:
        if _factory_installed:
            return
        make = logging.getLogRecordFactory()

        def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
            record = make(*args, **kwargs)
            key = os.environ.get(KEY_VAR)
            if key and len(key) >= 4:
                try:
                    message = record.getMessage()
                except Exception:  # noqa: BLE001 - a record that cannot format is left to logging
                    return record
                if key in message:
                    record.msg, record.args = redact(message), ()
            return record

        logging.setLogRecordFactory(factory)
        _factory_installed = True


def strip_reasoning(text: str) -> str:
    """``text`` without ``<think>``/``<thinking>`` blocks, closed or not (and a leading block whose
    opening tag the chat template wrote)."""
    text = _REASONING.sub("", text)
    return _REASONING_TAIL.sub("", text).strip()


class Throttle:
    """Requests in flight, adapted to the server: one at first, one more after each answer whose
    first token came promptly, up to ``most``; halved (and never grown past that again) when a first
    token comes late (the request waited in the server's queue) or never comes. Prompt reading time
    grows with the prompt, so "late" is judged per character of prompt."""

    SLOW_FACTOR, SLOW_SLACK = 3.0, 1.0  # late: over 3x the fastest first token seen (per prompt character) + 1 s

    def __init__(self, most: int) -> None:
        self.most = self.ceiling = most
        self.limit, self.in_flight = 1, 0
        self.fastest: float | None = None  # seconds to the first token per prompt character
        self._cond = threading.Condition()

    def acquire(self) -> None:
        with self._cond:
            while self.in_flight >= self.limit:
                self._cond.wait()
            self.in_flight += 1

    def release(self, first_token: float | None, prompt_chars: int = 1) -> None:
        """One request done; ``first_token`` seconds it waited for its first token (None: never came)."""
        with self._cond:
            self.in_flight -= 1
            size = max(1, prompt_chars)
            if first_token is not None and (self.fastest is None or first_token / size < self.fastest):
                self.fastest = first_token / size
            late = first_token is None or (
                self.fastest is not None and first_token > self.SLOW_FACTOR * self.fastest * size + self.SLOW_SLACK)
            if late:
                self.limit = self.ceiling = max(1, self.limit // 2)
            elif self.limit < self.ceiling:
                self.limit += 1
            self._cond.notify_all()


class _Retry(Exception):
    def __init__(self, reason: str, wait: float) -> None:
        super().__init__(reason)
        self.reason, self.wait = reason, wait


class LLMClient:
    """One server and model; ``chat()`` is thread-safe and bounded by a :class:`Throttle`."""

    def __init__(self, base_url: str | None, model: str | None, *, timeout: float, max_retries: int,
                 concurrency: int, temperature: float, seed: int | None, max_tokens: int,
                 where: str = "briefer") -> None:
        self.base_url = (base_url or os.environ.get(URL_VAR) or "").rstrip("/")
        if not self.base_url:
            raise ConfigError(f"no LLM server: set {URL_VAR} (e.g. http://localhost:11434/v1 for Ollama) "
                              f"or {where}.base_url")
        if not self.base_url.startswith(("http://", "https://")):
            raise ConfigError(f"{where}.base_url must be an http(s) URL, not '{shown_url(self.base_url)}'")
        self.model = model or os.environ.get(MODEL_VAR) or None
        self.timeout, self.max_retries = timeout, max_retries
        self.temperature, self.seed, self.max_tokens = temperature, seed, max_tokens
        self.where = where
        self.throttle = Throttle(concurrency)
        self.sent = 0  # chat requests sent, retries included
        try:
            import httpx
            import openai
        except ImportError:
            raise ConfigError(f"{where}.backend llm needs the openai package: pip install 'vnsumm[llm]'") from None
        self._openai, self._httpx = openai, httpx
        redact_log_records()
        self._client = openai.OpenAI(base_url=self.base_url, api_key=os.environ.get(KEY_VAR) or "none",
                                     timeout=timeout, max_retries=0)

    @property
    def url(self) -> str:
        return shown_url(self.base_url)

    def probe(self) -> str:
        """Check the server answers and serves the model (choosing its only model if none is set)."""
        openai = self._openai
        try:
            served = [m.id for m in self._client.with_options(timeout=min(self.timeout, 15.0)).models.list()]
        except openai.AuthenticationError:
            raise ServerError(f"the LLM server at {self.url} refused the API key (401): check {KEY_VAR}") from None
        except openai.APIConnectionError as exc:
            raise ServerError(f"cannot reach the LLM server at {self.url} ({first_line(exc)}); start it, "
                              f"or set {URL_VAR} or {self.where}.base_url") from None
        except (openai.APIError, ValueError) as exc:
            raise ServerError(f"the LLM server at {self.url} did not list its models at /models "
                              f"({first_line(exc)}); is it an OpenAI-compatible /v1 URL?") from None
        served = [redact(m) for m in served]
        if self.model is None:
            if len(served) != 1:
                raise ServerError(f"the LLM server at {self.url} serves {len(served)} models "
                                  f"({', '.join(served[:10]) or 'none'}): choose one with {MODEL_VAR} "
                                  f"or {self.where}.model")
            self.model = served[0]
        elif self.model not in served and f"{self.model}:latest" not in served:
            raise ServerError(f"the LLM server at {self.url} does not serve model '{self.model}'; it serves: "
                              f"{', '.join(served[:10]) or 'none'} (set {MODEL_VAR} or {self.where}.model)")
        return self.model

    def chat(self, system: str, user: str, max_tokens: int | None = None) -> Answer:
        """One streamed chat completion, retried on transient failures; CompletionError (one line) if none."""
        request: dict[str, Any] = {"model": self.model, "temperature": self.temperature,
                                   "max_tokens": max_tokens or self.max_tokens, "stream": True,
                                   "messages": [{"role": "system", "content": system},
                                                {"role": "user", "content": user}]}
        if self.seed is not None:
            request["seed"] = self.seed
        for attempt in range(self.max_retries + 1):
            try:
                return self._once(request)
            except _Retry as retry:
                if attempt == self.max_retries:
                    raise CompletionError(retry.reason.format(retries=self.max_retries)) from None
                time.sleep(retry.wait if retry.wait >= 0 else min(8.0, 0.5 * 2 ** attempt))
        raise AssertionError("unreachable")

    def _once(self, request: dict[str, Any]) -> Answer:
        """One request. Its connection is closed when this returns or raises, before any retry."""
        openai, httpx = self._openai, self._httpx
        self.throttle.acquire()
        first: float | None = None
        try:
            start = time.monotonic()
            self.sent += 1
            with self._client.chat.completions.create(**request) as stream:
                content, reasoning, refusal, finish = [], [], [], None
                for chunk in stream:
                    if first is None:
                        first = time.monotonic() - start
                    error = getattr(chunk, "error", None)
                    if error:
                        raise CompletionError(f"the LLM server sent an error: {redact(str(error))[:300]}")
                    for choice in chunk.choices or ():
                        delta = choice.delta
                        content.append(getattr(delta, "content", None) or "")
                        extra = getattr(delta, "model_extra", None) or {}
                        reasoning.append(extra.get("reasoning_content") or extra.get("reasoning") or "")
                        refusal.append(getattr(delta, "refusal", None) or "")
                        finish = choice.finish_reason or finish
            if first is None:
                raise CompletionError("the LLM server sent an answer that is not a chat completion (no choices)")
            return answer_of("".join(content), "".join(reasoning), "".join(refusal), finish, request["max_tokens"])
        except (openai.APITimeoutError, httpx.TimeoutException):
            raise _Retry(f"the LLM server at {self.url} sent nothing for {self.timeout:g} s ({{retries}} retries)",
                         -1) from None
        except (openai.APIConnectionError, httpx.TransportError) as exc:
            raise _Retry(f"lost the LLM server at {self.url} ({_braces(first_line(exc))}; {{retries}} retries)",
                         -1) from None
        except openai.APIStatusError as exc:
            if exc.status_code in RETRY_STATUS or exc.status_code >= 500:
                raise _Retry(f"the LLM server answered {exc.status_code} after {{retries}} retries: "
                             f"{_braces(first_line(exc))}",
                             retry_after(exc.response.headers)) from None
            raise CompletionError(f"the LLM server answered {exc.status_code}: {first_line(exc)}") from None
        except (openai.APIError, ValueError) as exc:
            raise CompletionError(f"the LLM server sent an answer that is not a chat completion "
                                  f"({first_line(exc)})") from None
        finally:
            self.throttle.release(first, sum(len(m["content"]) for m in request["messages"]))


def _braces(text: str) -> str:
    return text.replace("{", "{{").replace("}", "}}")


def retry_after(headers: Any) -> float:
    """Seconds the server asked to wait (``Retry-After``), at most MAX_WAIT; -1 when it did not say."""
    try:
        return min(MAX_WAIT, max(0.0, float(headers.get("retry-after", ""))))
    except (TypeError, ValueError):
        return -1.0


def answer_of(content: str, reasoning: str, refusal: str, finish: str | None, max_tokens: int) -> Answer:
    """The Answer of a completion's parts; an empty, refused, filtered or reasoning-only one is a CompletionError."""
    if refusal.strip():
        raise CompletionError(f"the model refused: {redact(' '.join(refusal.split()))[:200]}")
    if finish == "content_filter":
        raise CompletionError("the model's answer was withheld by the server's content filter")
    cut = finish == "length"
    text = redact(strip_reasoning(content))
    if not text:
        if reasoning.strip() or content.strip():
            ran_out = f"; it ran out of max_tokens={max_tokens} while reasoning" if cut else ""
            raise CompletionError(f"the model's answer was only reasoning, no text{ran_out}")
        raise CompletionError("the model returned an empty answer")
    return Answer(text, cut)
