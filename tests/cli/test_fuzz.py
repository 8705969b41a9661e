"""Random bytes and random Unicode through ``vnsumm clean`` and ``vnsumm brief``.

Whatever the input: no crash (exit status 0 or 1, one-line errors, no traceback), no hang (each
run well under a few seconds) and no file written anywhere but the output folder.
"""
from __future__ import annotations

import io
import tempfile
import time
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bad_inputs import checksums, seed_text
from vnsumm.cli import main

SECONDS = 3.0
WORDS = sorted({w for i in range(5) for w in seed_text(i).split()})
JUNK = st.sampled_from(["\x00", "\ufeff", "\u200f", "\u202e", "&amp;", "&#7871;", "<p>", "</div>", ",", "...",
                        "😀", "\r\n", "\n\n", "\t", "ǅ", "\u0301", "Ω", "דבר", "中文", "\x1b[0m", "%PDF-1.4"])
VIETNAMESISH = st.lists(st.sampled_from(WORDS) | JUNK | st.text(max_size=4), max_size=300).map(" ".join)
SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow],
                    derandomize=True)


@pytest.fixture(scope="module", autouse=True)
def warm_up(seed_paths):
    """Load the language model and the word segmenter once, so timings below are per input."""
    with redirect_stderr(io.StringIO()), redirect_stdout(io.StringIO()):
        main(["brief", str(seed_paths[0]), "-c", "extractive", "--format", "json"])


def run_main(args: list[str]) -> tuple[int, str, str, float]:
    out, err = io.StringIO(), io.StringIO()
    start = time.perf_counter()
    with redirect_stderr(err), redirect_stdout(out):
        code = main(args)
    return code, out.getvalue(), err.getvalue(), time.perf_counter() - start


def assert_clean_exit(code: int, out: str, err: str, seconds: float) -> None:
    assert code in (0, 1), err
    assert "Traceback" not in err and "internal error" not in err, err
    assert seconds < SECONDS
    if code == 1:
        assert out == ""


def clean_once(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "article.txt"
        path.write_bytes(data)
        before = checksums(Path(tmp))
        code, out, err, seconds = run_main(["clean", str(path)])
        assert_clean_exit(code, out, err, seconds)
        if code == 1:
            assert len(err.strip().splitlines()) == 1 and err.startswith(f"vnsumm: error: {path}: ")
        assert checksums(Path(tmp)) == before  # nothing written, input untouched


def brief_once(data: bytes, fmt: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "in").mkdir()
        (root / "in" / "article.txt").write_bytes(data)
        (root / "in" / "page.html").write_bytes(data)
        before = checksums(root)
        code, out, err, seconds = run_main(["brief", str(root / "in"), "-o", str(root / "out"), "-c", "extractive",
                                            "--format", fmt, "--report", str(root / "out" / "report.json")])
        assert_clean_exit(code, out, err, seconds)
        lines = err.strip().splitlines()
        assert lines[-1].startswith("vnsumm: ") and " done, " in lines[-1]
        assert all(line.startswith("vnsumm: ") for line in lines)
        after = checksums(root)
        assert {k: v for k, v in after.items() if not k.startswith("out/")} == before
        outputs = {k for k in after if k.startswith("out/")}
        assert outputs <= {"out/article.md", "out/page.md", "out/article.json", "out/page.json",
                           "out/briefs.jsonl", "out/index.json", "out/index.html", "out/report.json", "out/.vnsumm.lock"}


@SETTINGS
@given(st.binary(max_size=4000))
def test_clean_random_bytes(data):
    clean_once(data)


@SETTINGS
@given(st.text(max_size=3000))
def test_clean_random_unicode(text):
    clean_once(text.encode("utf-8", errors="surrogatepass"))


@SETTINGS
@given(VIETNAMESISH)
def test_clean_vietnamese_words_and_junk(text):
    clean_once(text.encode("utf-8", errors="surrogatepass"))


@SETTINGS
@given(st.binary(max_size=4000))
def test_brief_random_bytes(data):
    brief_once(data, "md")


@SETTINGS
@given(st.text(max_size=3000), st.sampled_from(["md", "json", "jsonl"]))
def test_brief_random_unicode(text, fmt):
    brief_once(text.encode("utf-8", errors="surrogatepass"), fmt)


@SETTINGS
@given(VIETNAMESISH, st.sampled_from(["md", "json", "jsonl"]))
def test_brief_vietnamese_words_and_junk(text, fmt):
    brief_once(text.encode("utf-8", errors="surrogatepass"), fmt)
