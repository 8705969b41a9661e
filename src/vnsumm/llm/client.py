"""Talking to an OpenAI-compatible server (Ollama, llama.cpp, vLLM, LM Studio, transformers serve,
hosted APIs) with the ``openai`` package: the start-up probe and one chat call with retries.

Where the server and model come from, first found wins: the stage's settings (config or ``-s``),
then ``OPENAI_BASE_URL`` and ``VNSUMM_LLM_MODEL``, then (model only) the server's only model.
The API key comes from ``OPENAI_API_KEY`` only, and is never put in a record or a message.
Retries (429, 5xx, timeouts, dropped connections; ``Retry-After`` honoured) are the openai
client's, bounded by ``max_retries`` and ``timeout``.
"""
from __future__ import annotations

import os
import re
import threading
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from vnsumm.errors import ConfigError, ModelError

KEY_VAR, URL_VAR, MODEL_VAR = "OPENAI_API_KEY", "OPENAI_BASE_URL", "VNSUMM_LLM_MODEL"
_THINK = re.compile(r"<think>.*?</think>", re.DOTALL)


class ServerError(ModelError):
    """The LLM server cannot be used at all (unreachable, model unknown, key refused): exit 2."""

    exit_code = 2


class CompletionError(ModelError):
    """One request failed for good (after retries), or its answer is empty or refused."""


def shown_url(url: str) -> str:
    """A base URL as it may be shown: without any user:password part."""
    parts = urlsplit(url)
    if parts.username or parts.password:
        parts = parts._replace(netloc=parts.hostname + (f":{parts.port}" if parts.port else ""))
    return urlunsplit(parts)


def redact(message: str) -> str:
    """A message with the API key (if one is set) blotted out."""
    key = os.environ.get(KEY_VAR)
    return message.replace(key, "***") if key and len(key) >= 4 else message


def first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return redact(text[0] if text else type(exc).__name__)[:300]


class LLMClient:
    """One server and model; ``chat()`` is thread-safe and bounded to ``concurrency`` at a time."""

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
        self._slots = threading.BoundedSemaphore(concurrency)
        try:
            import openai
        except ImportError:
            raise ConfigError(f"{where}.backend llm needs the openai package: pip install 'vnsumm[llm]'") from None
        self._openai = openai
        self._client = openai.OpenAI(base_url=self.base_url, api_key=os.environ.get(KEY_VAR) or "none",
                                     timeout=timeout, max_retries=max_retries)

    @property
    def url(self) -> str:
        return shown_url(self.base_url)

    def probe(self) -> str:
        """Check the server answers and serves the model (choosing its only model if none is set)."""
        openai = self._openai
        try:
            served = [m.id for m in self._client.with_options(max_retries=0, timeout=min(self.timeout, 15.0))
                      .models.list()]
        except openai.AuthenticationError:
            raise ServerError(f"the LLM server at {self.url} refused the API key (401): check {KEY_VAR}") from None
        except openai.APIConnectionError as exc:
            raise ServerError(f"cannot reach the LLM server at {self.url} ({first_line(exc)}); start it, "
                              f"or set {URL_VAR} or {self.where}.base_url") from None
        except (openai.APIError, ValueError) as exc:
            raise ServerError(f"the LLM server at {self.url} did not list its models at /models "
                              f"({first_line(exc)}); is it an OpenAI-compatible /v1 URL?") from None
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

    def chat(self, system: str, user: str, max_tokens: int | None = None) -> str:
        """One chat completion; the answer's text, or CompletionError with a one-line reason."""
        openai = self._openai
        request: dict[str, Any] = {"model": self.model, "temperature": self.temperature,
                                   "max_tokens": max_tokens or self.max_tokens,
                                   "messages": [{"role": "system", "content": system},
                                                {"role": "user", "content": user}]}
        if self.seed is not None:
            request["seed"] = self.seed
        try:
            with self._slots:
                response = self._client.chat.completions.create(**request)
        except openai.APITimeoutError:
            raise CompletionError(f"the LLM server at {self.url} did not answer within {self.timeout:g} s "
                                  f"({self.max_retries} retries)") from None
        except openai.APIConnectionError as exc:
            raise CompletionError(f"lost the LLM server at {self.url} ({first_line(exc)}; "
                                  f"{self.max_retries} retries)") from None
        except openai.APIStatusError as exc:
            retried = f" after {self.max_retries} retries" if exc.status_code in (408, 409, 429) or \
                exc.status_code >= 500 else ""
            raise CompletionError(f"the LLM server answered {exc.status_code}{retried}: "
                                  f"{first_line(exc)}") from None
        except (openai.APIError, ValueError) as exc:
            raise CompletionError(f"the LLM server sent an answer that is not a chat completion "
                                  f"({first_line(exc)})") from None
        return answer_text(response)


def answer_text(response: Any) -> str:
    """The text of a chat completion; an empty, refused or filtered answer is a CompletionError."""
    choices = getattr(response, "choices", None)
    if not choices:
        raise CompletionError("the LLM server sent an answer that is not a chat completion (no choices)")
    choice = choices[0]
    message = getattr(choice, "message", None)
    refusal = getattr(message, "refusal", None)
    if refusal:
        raise CompletionError(f"the model refused: {' '.join(str(refusal).split())[:200]}")
    if getattr(choice, "finish_reason", None) == "content_filter":
        raise CompletionError("the model's answer was withheld by the server's content filter")
    text = _THINK.sub("", getattr(message, "content", None) or "").strip()
    if not text:
        raise CompletionError("the model returned an empty answer")
    return text
