"""Helpers for the evaluation tests: the data slices in tests/data, offline datasets."""
from __future__ import annotations

from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "data"
VIETNEWS = DATA / "vietnews_dev_30.jsonl"
FLORES = DATA / "flores200_vi_en_dev_40.jsonl"


@pytest.fixture(autouse=True)
def _offline_datasets(monkeypatch, tmp_path):
    """No hub, and datasets' cache in a temporary folder."""
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_DATASETS_CACHE", str(tmp_path / "hf_datasets_cache"))
    import datasets

    # datasets read the variable at import: point its live setting at the temporary folder too
    monkeypatch.setattr(datasets.config, "HF_DATASETS_CACHE", tmp_path / "hf_datasets_cache")


@pytest.fixture(scope="session")
def vietnews_path() -> Path:
    return VIETNEWS


@pytest.fixture(scope="session")
def flores_path() -> Path:
    return FLORES
