"""Outputs: stamps, rendering, planned places that never collide, atomic writes, the folder lock."""
from __future__ import annotations

import json
import os
from pathlib import Path, PurePosixPath

import pytest

from vnsumm.article import Article, Brief
from vnsumm.errors import UsageError
from vnsumm.inputs import Input
from vnsumm.folder_lock import FolderLock
from vnsumm.outputs import FileOutputs, JsonlOutputs, Stamp, atomic_write, read_stamp, render

BRIEF = Brief.of(Article(title="Tiêu đề", date="2025-05-08", source="VnExpress", paragraphs=["Thân bài."]),
                 "Tóm tắt.", "A brief.")


def stamp(key: str = "/in/a.txt", sha: str = "ab" * 32) -> Stamp:
    return Stamp(input=key, key=key, sha256=sha, config="cfg123")


def file_input(tmp_path: Path, name: str, folder: str = "in") -> Input:
    path = tmp_path / folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("x", encoding="utf-8")
    return Input.from_file(path, path.parent)


@pytest.mark.parametrize("fmt", ["md", "json"])
def test_a_rendered_brief_carries_a_stamp_that_reads_back(tmp_path, fmt):
    path = tmp_path / f"b.{fmt}"
    path.write_text(render(BRIEF, fmt, stamp()), encoding="utf-8")
    assert read_stamp(path, fmt) == stamp()
    assert stamp().same_work(read_stamp(path, fmt))
    assert not stamp(sha="cd" * 32).same_work(read_stamp(path, fmt))
    assert not stamp(key="/other/a.txt").same_work(read_stamp(path, fmt))


def test_a_stamp_of_an_older_version_without_a_key_uses_its_input():
    old = {"input": "in/a.txt", "input_sha256": "ab", "config_fingerprint": "c"}
    assert Stamp.from_dict(old) == Stamp("in/a.txt", "in/a.txt", "ab", "c")
    assert Stamp.from_dict({"input": 1}) is None and Stamp.from_dict("nonsense") is None


def test_jsonl_lines_are_one_object_each():
    line = render(BRIEF, "jsonl", stamp())
    assert line.endswith("\n") and "\n" not in line[:-1]
    assert json.loads(line)["vnsumm"]["input_key"] == "/in/a.txt"


def test_planned_places_step_aside_from_run_files_inputs_and_other_inputs_briefs(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    other = stamp(key="/elsewhere/news.txt")
    (out / "news.json").write_text(render(BRIEF, "json", other), encoding="utf-8")
    inputs = [file_input(tmp_path, "index.html"), file_input(tmp_path, "news.txt"), file_input(tmp_path, "index.txt")]
    outputs = FileOutputs(out, "json", inputs)
    places = [outputs.place(i).name for i in inputs]
    assert places == ["index-2.json", "news-2.json", "index-3.json"]
    assert len(set(places)) == len(places)


def test_an_atomic_write_that_fails_leaves_the_old_file_and_no_temp(tmp_path, monkeypatch):
    path = tmp_path / "a.json"
    atomic_write(path, "old\n")
    monkeypatch.setattr(os, "replace", lambda *a: (_ for _ in ()).throw(OSError(28, "No space left on device")))
    with pytest.raises(OSError):
        atomic_write(path, "new\n")
    assert path.read_text() == "old\n" and [p.name for p in tmp_path.iterdir()] == ["a.json"]


def test_file_briefs_are_held_in_temp_files_and_put_in_place_together_by_flush(tmp_path, monkeypatch):
    inputs = [file_input(tmp_path, f"{name}.txt") for name in ("a", "b", "c")]
    out = tmp_path / "out"
    outputs = FileOutputs(out, "md", inputs)
    for inp in inputs:
        outputs.write(outputs.place(inp), BRIEF, stamp(inp.key))
    assert not any(outputs.place(inp).exists() for inp in inputs)  # not under its name before flush: never half of one
    assert len(list(out.glob(".*.tmp"))) == 3
    real = os.replace
    refused = outputs.place(inputs[1])

    def full_for_b(src, dst):
        if Path(dst) == refused:
            raise OSError(28, "No space left on device")
        return real(src, dst)

    monkeypatch.setattr(os, "replace", full_for_b)
    failed = outputs.flush()
    assert list(failed) == [refused] and failed[refused].strerror == "No space left on device"
    for inp in (inputs[0], inputs[2]):  # the others are whole, stamped and in place
        assert read_stamp(outputs.place(inp), "md") == stamp(inp.key)
    assert not refused.exists() and not list(out.glob(".*.tmp"))
    assert outputs.flush() == {}  # nothing held twice


def test_briefs_made_quickly_wait_for_their_batch_and_a_slowly_made_brief_is_put_in_place_at_once(tmp_path):
    inputs = [file_input(tmp_path, f"{name}.txt") for name in ("a", "b", "c")]
    outputs = FileOutputs(tmp_path / "out", "md", inputs)
    now = [100.0]
    outputs.clock, outputs.last_write = (lambda: now[0]), now[0]
    outputs.write(outputs.place(inputs[0]), BRIEF, stamp(inputs[0].key))
    now[0] += 0.01
    outputs.write(outputs.place(inputs[1]), BRIEF, stamp(inputs[1].key))
    assert not outputs.due()  # two briefs made within a second: they wait to be synced together
    now[0] += 1.5
    assert outputs.due()  # the oldest has waited a second
    outputs.flush()
    now[0] += 60  # a slow model server: the next brief took a minute
    outputs.write(outputs.place(inputs[2]), BRIEF, stamp(inputs[2].key))
    assert outputs.due()  # it does not wait a minute more for the one after it


def test_a_failed_jsonl_flush_drops_the_held_lines(tmp_path, monkeypatch):
    import vnsumm.outputs

    out = tmp_path / "out"
    out.mkdir()
    jsonl = JsonlOutputs(out)
    jsonl.write(jsonl.path, BRIEF, stamp("/a"))
    jsonl.flush()
    real = vnsumm.outputs.atomic_write
    monkeypatch.setattr(vnsumm.outputs, "atomic_write", lambda *a: (_ for _ in ()).throw(OSError(28, "full")))
    jsonl.write(jsonl.path, BRIEF, stamp("/b"))
    with pytest.raises(OSError):
        jsonl.flush()
    monkeypatch.setattr(vnsumm.outputs, "atomic_write", real)
    jsonl.write(jsonl.path, BRIEF, stamp("/c"))
    jsonl.flush()
    keys = [json.loads(line)["vnsumm"]["input_key"] for line in jsonl.path.read_text().splitlines()]
    assert keys == ["/a", "/c"]  # /b was reported failed, so it is not on disk either


def test_the_folder_lock_admits_one_holder_and_records_its_pid(tmp_path):
    with FolderLock(tmp_path):
        assert (tmp_path / ".vnsumm.lock").read_text().strip() == str(os.getpid())
        with pytest.raises(UsageError, match=f"pid {os.getpid()}"):
            with FolderLock(tmp_path):
                pass
    with FolderLock(tmp_path):  # released: free again
        pass


def test_an_input_out_name_mirrors_its_folder(tmp_path):
    path = tmp_path / "in" / "sub" / "a.b.txt"
    path.parent.mkdir(parents=True)
    path.write_text("x")
    assert Input.from_file(path, tmp_path / "in").out_name == PurePosixPath("sub/a.b")


# -- names in bytes, stamps of any length --------------------------------------------------------
def test_long_names_are_cut_in_bytes_and_kept_apart(tmp_path):
    from vnsumm.outputs import NAME_BYTES

    inputs = [Input(label=f"d#{i}", key=f"d#{i}", out_name=PurePosixPath("ệ" * 100 + tail), data=b"x")
              for i, tail in enumerate(("", "x", "y"))]
    outputs = FileOutputs(tmp_path / "out", "md", inputs)
    places = [outputs.place(inp) for inp in inputs]
    assert len(set(places)) == 3  # names cut alike are kept apart by a hash of the whole name
    for inp, place in zip(inputs, places):
        assert len(os.fsencode(place.name)) <= NAME_BYTES and place.name.startswith("ệ" * 50)
        atomic_write(place, render(BRIEF, "md", stamp(inp.key)))  # the file system takes it
    again = FileOutputs(tmp_path / "out", "md", inputs)
    assert [again.place(inp) for inp in inputs] == places  # the same places on a rerun: resume finds them


def test_a_stamp_is_read_back_whatever_its_length(tmp_path):
    long = stamp("ệ" * 5000)
    for fmt in ("md", "json"):
        path = tmp_path / f"brief.{fmt}"
        atomic_write(path, render(BRIEF, fmt, long))
        assert read_stamp(path, fmt) == long
    text = render(BRIEF, "md", long)
    (tmp_path / "cut.md").write_text(text[:-10], encoding="utf-8")  # a stamp cut short is no stamp
    assert read_stamp(tmp_path / "cut.md", "md") is None


def test_an_eval_page_and_a_review_page_never_replace_each_other(tmp_path):
    from vnsumm.outputs import check_page
    from vnsumm.review import page

    brief_page, eval_page = tmp_path / "briefs.html", tmp_path / "eval.html"
    brief_page.write_text(page("vnsumm briefs", ""), encoding="utf-8")
    eval_page.write_text(page("vnsumm eval: summarize", ""), encoding="utf-8")
    check_page(brief_page, "brief")
    check_page(eval_page, "eval")
    with pytest.raises(UsageError, match="the page of an eval run"):
        check_page(eval_page, "brief")
    with pytest.raises(UsageError, match="the review page of a brief run"):
        check_page(brief_page, "eval")
