"""The errors a client can get, each with its HTTP status, and the one-line JSON body they all share."""
from __future__ import annotations

from typing import Any

from vnsumm.errors import InputError, VnsummError
from vnsumm.language import NotVietnamese
from vnsumm.messages import reason_of

__all__ = ["ApiError", "Busy", "TooSlow", "TooLarge", "Refused", "Unauthorized", "status_of", "error_body"]


class ApiError(VnsummError):
    """A request the server answers with ``status`` and this one-line message."""

    status = 400
    headers: dict[str, str] = {}

    def __init__(self, message: str, status: int | None = None, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        if status is not None:
            self.status = status
        self.headers = dict(headers or {})


class TooLarge(ApiError, InputError):
    """The request or one of its articles is over the byte cap (413)."""

    status = 413


class Refused(ApiError, InputError):
    """Something this server does not do for clients: a URL while fetching is off, a non-public address (403)."""

    status = 403


class Unauthorized(ApiError):
    status = 401


class Busy(ApiError):
    """The queue is full (503, with Retry-After)."""

    status = 503


class TooSlow(ApiError):
    """The request's deadline passed before its brief was made (504)."""

    status = 504


def status_of(exc: BaseException) -> int:
    """The HTTP status of an error: 422 not Vietnamese, 400 other bad input, 500 anything else."""
    if isinstance(exc, ApiError):
        return exc.status
    if isinstance(exc, NotVietnamese):
        return 422
    if isinstance(exc, InputError):
        return 400
    return 500


def error_body(exc: BaseException) -> dict[str, Any]:
    """``{"error": one line, "status": N}``, the body of every error answer."""
    return {"error": reason_of(exc), "status": status_of(exc)}
