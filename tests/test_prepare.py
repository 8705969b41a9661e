"""The prepare step: one input read, hashed, matched against finished work, loaded, its language judged."""
from __future__ import annotations

from pathlib import Path

from bad_inputs import ENGLISH, seed_text
from vnsumm.inputs import Input, content_hash
from vnsumm.prepare import prepare


def file_input(tmp_path: Path, name: str, data: bytes) -> Input:
    path = tmp_path / name
    path.write_bytes(data)
    return Input.from_file(path, tmp_path)


def test_a_vietnamese_article_is_ready_with_its_hash_and_route(tmp_path):
    data = seed_text(0).encode("utf-8")
    prepared = prepare(file_input(tmp_path, "a.txt", data), 1_000_000)
    assert prepared.ready and prepared.route == "vi" and prepared.sha256 == content_hash(data)
    assert prepared.article.title


def test_finished_work_is_skipped_before_the_article_is_loaded(tmp_path):
    binary = file_input(tmp_path, "b.txt", bytes(range(256)))  # would fail to load
    seen = []
    prepared = prepare(binary, 1_000_000, state=lambda sha256: seen.append(sha256) or "current")
    assert (prepared.status, prepared.kind) == ("skipped", "up-to-date") and seen == [content_hash(bytes(range(256)))]
    assert prepare(binary, 1_000_000, force=True, state=lambda sha256: "current").status == "failed"  # --force redoes


def test_a_foreign_output_fails_unless_forced(tmp_path):
    inp = file_input(tmp_path, "a.txt", seed_text(1).encode("utf-8"))
    prepared = prepare(inp, 1_000_000, state=lambda sha256: "foreign", place="out/a.md")
    assert (prepared.status, prepared.kind) == ("failed", "output") and "out/a.md exists" in prepared.reason
    assert prepare(inp, 1_000_000, force=True, state=lambda sha256: "foreign").ready


def test_another_language_is_skipped_or_routed_by_its_code(tmp_path):
    inp = file_input(tmp_path, "en.txt", ENGLISH.encode("utf-8"))
    skipped = prepare(inp, 1_000_000)
    assert (skipped.status, skipped.kind) == ("skipped", "not-vietnamese") and "English" in skipped.reason
    assert prepare(inp, 1_000_000, non_vietnamese="summarize").route == "en"


def test_what_cannot_be_read_fails_alone_and_a_skip_is_never_read(tmp_path):
    empty = prepare(file_input(tmp_path, "e.txt", b""), 1_000_000)
    assert (empty.status, empty.kind, empty.reason) == ("failed", "input", "the file is empty")
    big = prepare(file_input(tmp_path, "big.txt", seed_text(2).encode("utf-8")), 10)
    assert big.status == "failed" and "limit" in big.reason
    gone = Input.from_file(tmp_path / "missing.txt", tmp_path, skip="a broken symbolic link")
    assert (prepare(gone, 1_000_000).status, prepare(gone, 1_000_000).kind) == ("skipped", "not-read")
