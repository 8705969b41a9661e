"""Data loading: dataset files read as `vnsumm brief` reads them, and save_to_disk folders, offline."""
from __future__ import annotations

import csv
import json

import datasets
import pytest

from vnsumm.errors import InputError
from vnsumm.evaluate.data import load_examples


def _write_jsonl(path, rows):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def test_loads_the_vietnews_slice(vietnews_path, tmp_path):
    examples = load_examples(vietnews_path, "summarize", limit=5)
    assert len(examples) == 5
    first = json.loads(vietnews_path.read_text(encoding="utf-8").splitlines()[0])
    assert examples[0].id == first["id"]
    assert examples[0].text == first["article"].strip()
    assert examples[0].reference == first["summary"].strip()
    assert examples[0].title == first["title"]


def test_translation_pairs(flores_path):
    ex = load_examples(flores_path, "translate", limit=3)
    first = json.loads(flores_path.read_text(encoding="utf-8").splitlines()[0])
    assert (ex[0].text, ex[0].reference) == (first["vi"], first["en"])


def test_csv_without_ids_uses_row_numbers(tmp_path):
    path = tmp_path / "d.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["article", "summary"])
        w.writerow(["Bài báo một về Hà Nội.", "Tóm tắt một."])
        w.writerow(["Bài báo hai.", "Tóm tắt hai."])
    ex = load_examples(path, "summarize")
    assert [e.id for e in ex] == ["0", "1"]
    assert ex[0].text == "Bài báo một về Hà Nội."
    assert ex[0].title is None


def test_save_to_disk_folder_and_dataset_dict(tmp_path):
    rows = {"id": ["a", "b"], "vi": ["Xin chào.", "Cảm ơn."], "en": ["Hello.", "Thank you."]}
    datasets.Dataset.from_dict(rows).save_to_disk(str(tmp_path / "flat"))
    datasets.DatasetDict({"test": datasets.Dataset.from_dict(rows)}).save_to_disk(str(tmp_path / "dict"))
    for folder in ("flat", "dict"):
        ex = load_examples(tmp_path / folder, "translate")
        assert [(e.id, e.reference) for e in ex] == [("a", "Hello."), ("b", "Thank you.")]


def test_a_split_is_refused_where_there_are_no_splits(tmp_path):
    rows = {"id": ["a"], "vi": ["Xin chào."], "en": ["Hello."]}
    datasets.Dataset.from_dict(rows).save_to_disk(str(tmp_path / "flat"))
    jsonl = _write_jsonl(tmp_path / "d.jsonl", [{"id": "a", "vi": "Xin chào.", "en": "Hello."}])
    with pytest.raises(InputError, match="--split test: .*flat holds one dataset, not a DatasetDict"):
        load_examples(tmp_path / "flat", "translate", split="test")
    with pytest.raises(InputError, match="--split test: .*d.jsonl is a file"):
        load_examples(jsonl, "translate", split="test")


def test_rows_without_text_are_skipped(tmp_path):
    path = _write_jsonl(
        tmp_path / "d.jsonl",
        [{"id": 1, "article": "Có nội dung.", "summary": "Tóm tắt."}, {"id": 2, "article": "", "summary": "x"}],
    )
    assert [e.id for e in load_examples(path, "summarize")] == ["1"]


@pytest.mark.parametrize(
    "rows, task, message",
    [
        ([{"article": "a", "summary": "b"}], "translate", "lacks field"),
        ([{"id": 1, "article": "a", "summary": "b"}, {"id": 1, "article": "c", "summary": "d"}], "summarize", "duplicate id"),
        ([{"article": "a", "summary": "b"}], "paraphrase", "unknown task"),
    ],
)
def test_bad_data_gives_a_clear_error(tmp_path, rows, task, message):
    path = _write_jsonl(tmp_path / "d.jsonl", rows)
    with pytest.raises(InputError, match=message):
        load_examples(path, task)


def test_missing_file_and_unknown_format(tmp_path):
    with pytest.raises(InputError, match="not found"):
        load_examples(tmp_path / "nope.jsonl", "summarize")
    (tmp_path / "d.txt").write_text("x", encoding="utf-8")
    with pytest.raises(InputError, match=r"d.txt: not a dataset file; use \.jsonl, \.ndjson, \.json, \.csv, \.parquet"):
        load_examples(tmp_path / "d.txt", "summarize")


def test_a_broken_json_line_is_named(tmp_path):
    path = tmp_path / "d.jsonl"
    path.write_text('{"article": "a", "summary": "b"}\n\n{"article": "c", "summary": \n', encoding="utf-8")
    with pytest.raises(InputError, match=r"d.jsonl: line 3 is not valid JSON"):
        load_examples(path, "summarize")
    path.write_text('{"article": "a", "summary": "b"}\n[1, 2]\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"d.jsonl: line 2 is a JSON list, not an object"):
        load_examples(path, "summarize")


def test_an_empty_data_file_says_so(tmp_path):
    path = tmp_path / "d.jsonl"
    path.write_text("\n  \n", encoding="utf-8")
    with pytest.raises(InputError, match="the file is empty"):
        load_examples(path, "summarize")


def test_rows_with_missing_or_wrong_typed_fields_are_reported(tmp_path, caplog):
    path = _write_jsonl(tmp_path / "d.jsonl", [
        {"id": 1, "article": "Có nội dung.", "summary": "Tóm tắt."},
        {"id": 2, "article": 12345, "summary": "x"},
        {"id": 3, "summary": "y"},
    ])
    with caplog.at_level("WARNING"):
        assert [e.id for e in load_examples(path, "summarize")] == ["1"]
    message = caplog.text
    assert "2 row(s) left out" in message and "row 2 (id 2): the 'article' field is int, not text" in message
    assert "row 3 (id 3): has no 'article' field" in message


def test_ids_are_read_as_written_like_a_brief_run_reads_them(tmp_path):
    path = tmp_path / "d.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([["id", "article", "summary"], ["007", "Bài một.", "Một."], ["7", "Bài hai.", "Hai."],
                                 ["1e3", "Bài ba.", "Ba."]])
    assert [e.id for e in load_examples(path, "summarize")] == ["007", "7", "1e3"]  # not a "duplicate id 7.0"
    big = _write_jsonl(tmp_path / "d.jsonl", [])
    big.write_text('{"id": 12345678901234567890, "article": "Bài.", "summary": "Tóm."}\n', encoding="utf-8")
    assert [e.id for e in load_examples(big, "summarize")] == ["12345678901234567890"]


def test_json_and_gzipped_data_files_are_read(tmp_path):
    import gzip

    rows = [{"id": "a", "vi": "Xin chào.", "en": "Hello."}]
    (tmp_path / "d.json").write_text(json.dumps(rows), encoding="utf-8")
    (tmp_path / "d.jsonl.gz").write_bytes(gzip.compress(json.dumps(rows[0]).encode() + b"\n"))
    for name in ("d.json", "d.jsonl.gz"):
        assert [(e.id, e.reference) for e in load_examples(tmp_path / name, "translate")] == [("a", "Hello.")]
