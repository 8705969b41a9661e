"""Cleaning and reading stay light: `vnsumm clean` imports no deep-learning stack (CLI start-up, CI time)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("torch", "transformers", "underthesea", "ctranslate2")


def imported_modules(*argv: str) -> set[str]:
    """Top-level modules a real ``python -m vnsumm ...`` run imports (from ``-X importtime``)."""
    out = subprocess.run([sys.executable, "-X", "importtime", "-m", "vnsumm", *argv],
                         capture_output=True, text=True, check=True)
    return {line.split("|")[-1].strip().split(".")[0] for line in out.stderr.splitlines() if "|" in line}


def test_vnsumm_clean_does_not_import_torch_or_transformers():
    seed = ROOT / "seeds" / "000_2b6d86a53e841c95.txt"
    assert not set(HEAVY) & imported_modules("clean", str(seed))


def test_cleaning_an_html_page_does_not_import_them_either(tmp_path):
    page = tmp_path / "page.html"
    page.write_text("<html><body><article><p>Sáng nay, giá vàng trong nước tăng mạnh. Đây là mức cao nhất "
                    "trong tháng qua, theo các doanh nghiệp kinh doanh vàng.</p></article></body></html>",
                    encoding="utf-8")
    assert not set(HEAVY) & imported_modules("clean", str(page))


@pytest.mark.parametrize("config", ["extractive", "textrank", "lead"])
def test_a_model_free_brief_imports_no_model_stack(config):
    """The model-free briefs split syllables and words with underthesea's data, not its package."""
    seed = ROOT / "seeds" / "000_2b6d86a53e841c95.txt"
    modules = imported_modules("brief", str(seed), "-c", config)
    assert not set(HEAVY) & modules
    assert "py3langid" not in modules  # the Vietnamese letters decide; langid's model is not loaded
    if config != "lead":
        assert "vnsumm" in modules and "numpy" in modules  # the summarizer really ran in this process
