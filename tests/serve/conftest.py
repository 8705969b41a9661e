"""Fixtures of the serve tests (the server itself: serve_process.py)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from serve_process import SEEDS  # noqa: E402


@pytest.fixture(scope="session")
def seeds() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in SEEDS]
