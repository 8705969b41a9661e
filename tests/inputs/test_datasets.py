"""Datasets as inputs: every row of a JSONL, CSV or Parquet file is one article, isolated like a file."""
from __future__ import annotations

import io
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from bad_inputs import SEEDS
from vnsumm.cli import main
from vnsumm.inputs.datasets import Fields, RowInput, dataset_inputs
from vnsumm.errors import InputError, UsageError
from vnsumm.inputs import load_article
from vnsumm.inputs.sources import gather_inputs

TEXTS = [p.read_text(encoding="utf-8") for p in SEEDS[:3]]


def write_jsonl(path: Path, rows: list) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def rows_of(inputs):
    out = {}
    for inp in inputs:
        try:
            out[inp.label.split("#", 1)[1]] = inp.load(inp.read())
        except InputError as exc:
            out[inp.label.split("#", 1)[1]] = str(exc)
    return out


def test_jsonl_rows_are_articles_and_bad_rows_fail_alone(tmp_path):
    data = write_jsonl(tmp_path / "news.jsonl", [
        {"id": "a", "article": TEXTS[0], "title": "Tiêu đề riêng"},
        {"id": "b", "article": TEXTS[1]},
        {"id": "c", "article": 42},
        {"id": "d", "article": "   "},
        {"id": "e"},
    ])
    inputs = gather_inputs([str(data)])
    assert [i.label for i in inputs] == [f"{data}#{x}" for x in "abcde"]
    assert {i.key for i in inputs} == {f"{data.resolve()}#{x}" for x in "abcde"}
    got = rows_of(inputs)
    assert got["a"].title == "Tiêu đề riêng" and got["a"].body == load_article(TEXTS[0]).body
    assert got["b"].body == load_article(TEXTS[1]).body
    assert got["c"] == f"{data}#c: row 3: the 'article' field is int, not text"
    assert got["d"] == f"{data}#d: row 4: the 'article' field is empty"
    assert got["e"] == f"{data}#e: row 5 has no 'article' field"


def test_a_line_that_is_not_json_fails_alone(tmp_path):
    data = tmp_path / "d.jsonl"
    data.write_text(json.dumps({"text": TEXTS[0]}, ensure_ascii=False) + "\n{broken\n[1, 2]\n", encoding="utf-8")
    got = rows_of(gather_inputs([str(data)]))
    assert got["1"].body == load_article(TEXTS[0]).body  # no id column: the row number
    assert "line 2 is not valid JSON" in got["2"] and "line 3 is a JSON list, not an object" in got["3"]


def test_csv_and_parquet_rows_with_named_fields(tmp_path):
    table = pa.table({"ma": ["x1", "x2"], "noi_dung": TEXTS[:2], "tieu_de": ["T1", ""]})
    pq.write_table(table, tmp_path / "d.parquet")
    csv = tmp_path / "d.csv"
    import pyarrow.csv as pcsv
    pcsv.write_csv(table, csv)
    fields = Fields(text="noi_dung", id="ma", title="tieu_de")
    for path in (tmp_path / "d.parquet", csv):
        got = rows_of(gather_inputs([str(path)], fields=fields))
        assert list(got) == ["x1", "x2"]
        assert got["x1"].title == "T1" and got["x1"].body == load_article(TEXTS[0]).body
        assert got["x2"].body == load_article(TEXTS[1]).body


def test_a_text_column_of_numbers_fails_each_row(tmp_path):
    pq.write_table(pa.table({"id": [1, 2], "text": [3, 4]}), tmp_path / "n.parquet")
    got = rows_of(gather_inputs([str(tmp_path / "n.parquet")]))
    assert got == {"1": f"{tmp_path}/n.parquet#1: row 1: the 'text' field is int, not text",
                   "2": f"{tmp_path}/n.parquet#2: row 2: the 'text' field is int, not text"}


def test_missing_columns_are_usage_errors(tmp_path):
    data = write_jsonl(tmp_path / "d.jsonl", [{"id": 1, "body": "x"}])
    with pytest.raises(UsageError, match="no text field .*columns: body, id.*--text-field"):
        gather_inputs([str(data)])
    with pytest.raises(UsageError, match=r"no column 'titel' \(--title-field\)"):
        gather_inputs([str(data)], fields=Fields(text="body", title="titel"))
    with pytest.raises(UsageError, match="--text-field: no dataset among the inputs"):
        gather_inputs([str(SEEDS[0])], fields=Fields(text="body"))


def test_stdin_as_a_jsonl_dataset(tmp_path):
    stream = io.BytesIO(json.dumps({"id": 7, "article": TEXTS[2]}, ensure_ascii=False).encode() + b"\n")
    (inp,) = gather_inputs(["-"], input_format="jsonl", stdin=stream)
    assert isinstance(inp, RowInput) and inp.label == "<stdin>#7"
    assert inp.load(inp.read()).body == load_article(TEXTS[2]).body


def test_repeated_ids_get_their_own_outputs(tmp_path):
    data = write_jsonl(tmp_path / "d.jsonl", [{"id": 1, "text": TEXTS[0]}, {"id": 1, "text": TEXTS[1]}])
    names = [str(i.out_name) for i in dataset_inputs(data, "jsonl", Fields())]
    assert len(set(names)) == 2


def test_cli_resumes_by_row_id_and_content(tmp_path, capsys):
    data = write_jsonl(tmp_path / "d.jsonl", [{"id": "a", "article": TEXTS[0]}, {"id": "b", "article": TEXTS[1]},
                                              {"id": "c", "article": None}])
    out = tmp_path / "out"
    args = ["brief", str(data), "-c", "extractive", "-o", str(out), "--format", "jsonl", "-q"]
    assert main(args) == 1
    err = capsys.readouterr().err
    assert f"vnsumm: failed {data}#c: row 3 has no 'article' field" in err and "2 done, 0 skipped, 1 failed" in err
    write_jsonl(data, [{"id": "a", "article": TEXTS[0]}, {"id": "b", "article": TEXTS[2]}])  # b changed
    assert main(args) == 0
    assert "1 done, 1 skipped, 0 failed" in capsys.readouterr().err
    lines = [json.loads(line) for line in (out / "briefs.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [line["id"] for line in lines] == [f"{data}#a", f"{data}#b"]
    assert lines[1]["body"] == load_article(TEXTS[2]).body


def test_a_dataset_inside_a_folder_is_named_not_dropped(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXTS[0], encoding="utf-8")
    write_jsonl(folder / "rows.jsonl", [{"article": TEXTS[1]}])
    inputs = gather_inputs([str(folder)])
    assert [i.label for i in inputs] == [str(folder / "a.txt")]
    assert (f"vnsumm: skipped {folder / 'rows.jsonl'}: a dataset inside a folder is not expanded; "
            "name it on the command line to brief its rows") in capsys.readouterr().err


def test_an_empty_dataset_says_so(tmp_path, capsys):
    data = tmp_path / "none.jsonl"
    data.write_text("\n", encoding="utf-8")
    assert main(["brief", str(data), "-c", "extractive"]) == 2
    assert capsys.readouterr().err.strip() == (f"vnsumm: error: no articles (files .txt, .html, .htm, or dataset "
                                               f"rows) found in {data}")
