"""The one table of dataset formats: ids and titles read as written, .json datasets, gzipped datasets."""
from __future__ import annotations

import csv
import gzip
import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from bad_inputs import SEEDS
from vnsumm.cli import main
from vnsumm.inputs.datasets import Fields
from vnsumm.errors import UsageError
from vnsumm.inputs import load_article
from vnsumm.inputs.sources import gather_inputs

TEXTS = [p.read_text(encoding="utf-8") for p in SEEDS[:3]]


def ids_of(path: Path, **kw) -> list[str]:
    return [inp.label.split("#", 1)[1] for inp in gather_inputs([str(path)], **kw)]


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    return path


def test_csv_ids_are_read_as_written(tmp_path):
    data = write_csv(tmp_path / "d.csv", [["id", "article", "title"], ["007", TEXTS[0], "001"], ["7", TEXTS[1], ""],
                                          ["1e3", TEXTS[2], "2024"], ["2024-05-08T16:53:00+07:00", TEXTS[0], ""]])
    assert ids_of(data) == ["007", "7", "1e3", "2024-05-08T16:53:00+07:00"]  # not 7.0 twice, 1000.0, a UTC time
    first = gather_inputs([str(data)])[0]
    assert first.title == "001" and first.load(first.read()).title == "001"  # a title of digits stays a title


def test_adding_a_row_keeps_every_id(tmp_path):
    rows = [["id", "text"], ["1", TEXTS[0]], ["2", TEXTS[1]]]
    before = ids_of(write_csv(tmp_path / "d.csv", rows))
    after = ids_of(write_csv(tmp_path / "d.csv", [*rows, ["2.5", TEXTS[2]]]))  # once made the column float
    assert before == ["1", "2"] and after == ["1", "2", "2.5"]
    jsonl = tmp_path / "d.jsonl"
    jsonl.write_text(f'{{"id": 1, "text": {json.dumps(TEXTS[0])}}}\n', encoding="utf-8")
    before = ids_of(jsonl)
    with jsonl.open("a", encoding="utf-8") as handle:
        handle.write(f'{{"id": "x", "text": {json.dumps(TEXTS[1])}}}\n')  # once made the column mixed
    assert before == ["1"] and ids_of(jsonl) == ["1", "x"]


def test_jsonl_numbers_keep_their_digits(tmp_path):
    data = tmp_path / "d.jsonl"
    lines = ['{"id": 12345678901234567890, "article": %s}', '{"id": 1e3, "article": %s}',
             '{"id": 7.50, "article": %s}', '{"id": "2024-05-08T16:53:00+07:00", "article": %s}']
    data.write_text("".join(line % json.dumps(t) + "\n" for line, t in zip(lines, TEXTS + TEXTS)), encoding="utf-8")
    assert ids_of(data) == ["12345678901234567890", "1e3", "7.50", "2024-05-08T16:53:00+07:00"]


def test_a_number_in_the_text_column_is_still_not_text(tmp_path):
    data = tmp_path / "d.jsonl"
    data.write_text('{"id": 1, "article": 12.5}\n', encoding="utf-8")
    (inp,) = gather_inputs([str(data)])
    assert inp.problem == "row 1: the 'article' field is float, not text"


def test_parquet_ids_and_titles_become_strings_in_their_own_zone(tmp_path):
    stamp = datetime(2024, 5, 8, 16, 53, tzinfo=timezone(timedelta(hours=7)))
    table = pa.table({"id": pa.array([stamp, stamp + timedelta(days=1)], pa.timestamp("s", tz="+07:00")),
                      "text": TEXTS[:2], "title": [2024, 7]})
    pq.write_table(table, tmp_path / "d.parquet")
    assert ids_of(tmp_path / "d.parquet") == ["2024-05-08 16:53:00.000+0700", "2024-05-09 16:53:00.000+0700"]
    assert [inp.title for inp in gather_inputs([str(tmp_path / "d.parquet")])] == ["2024", "7"]


@pytest.mark.parametrize("document, ids", [
    ({"id": "a", "article": TEXTS[0]}, ["a"]),
    ([{"id": "a", "article": TEXTS[0]}, {"id": 2, "article": TEXTS[1]}], ["a", "2"]),
])
def test_a_json_object_or_array_of_objects_is_a_dataset(tmp_path, document, ids):
    data = tmp_path / "news.json"
    data.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    inputs = gather_inputs([str(data)])
    assert [i.label for i in inputs] == [f"{data}#{x}" for x in ids]
    assert inputs[0].load(inputs[0].read()).body == load_article(TEXTS[0]).body


@pytest.mark.parametrize("document, why", [
    ('"just a string"', "it is a JSON string"),
    ("[1, 2]", "item 1 of the array is a JSON number"),
    ('[{"article": "x"}, "y"]', "item 2 of the array is a JSON string"),
    ("{broken", "not valid JSON (Expecting property name enclosed in double quotes at line 1)"),
])
def test_any_other_json_is_refused_in_one_line(tmp_path, capsys, document, why):
    data = tmp_path / "news.json"
    data.write_text(document, encoding="utf-8")
    with pytest.raises(UsageError):
        gather_inputs([str(data)])
    assert main(["brief", str(data), "-c", "extractive"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"vnsumm: error: {data}: ") and why in err and err.count("\n") == 1


def test_a_json_file_in_a_folder_is_not_an_article_and_not_announced(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(TEXTS[0], encoding="utf-8")
    (tmp_path / "index.json").write_text("{}", encoding="utf-8")
    assert [i.label for i in gather_inputs([str(tmp_path)])] == [str(tmp_path / "a.txt")]
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize("name", ["news.jsonl.gz", "news.ndjson.gz", "news.csv.gz", "news.json.gz"])
def test_gzipped_datasets_are_read_locally(tmp_path, name):
    rows = [{"id": "a", "article": TEXTS[0]}, {"id": "b", "article": TEXTS[1]}]
    if ".csv" in name:
        lines = [["id", "article"], *[[r["id"], r["article"]] for r in rows]]
        plain = write_csv(tmp_path / "plain.csv", lines).read_bytes()
    elif ".json." in name:
        plain = json.dumps(rows, ensure_ascii=False).encode("utf-8")
    else:
        plain = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")
    data = tmp_path / name
    data.write_bytes(gzip.compress(plain))
    inputs = gather_inputs([str(data)])
    assert [i.label for i in inputs] == [f"{data}#a", f"{data}#b"]
    assert [str(i.out_name) for i in inputs] == ["news/a", "news/b"]
    assert inputs[1].load(inputs[1].read()).body == load_article(TEXTS[1]).body


def test_a_broken_gzip_is_one_line(tmp_path, capsys):
    data = tmp_path / "news.jsonl.gz"
    data.write_bytes(gzip.compress(b'{"article": "x"}\n')[:-8])
    assert main(["brief", str(data), "-c", "extractive"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"vnsumm: error: {data}: not a readable gzip file") and err.count("\n") == 1


def test_help_and_errors_name_the_formats_of_the_table():
    from vnsumm.inputs.formats import dataset_kinds

    assert dataset_kinds() == ".jsonl, .ndjson, .json, .csv, .parquet (or .gz of each)"
    with pytest.raises(UsageError, match=r"no dataset among the inputs \(\.jsonl, \.ndjson, \.json, \.csv, \.parquet"):
        gather_inputs([str(SEEDS[0])], fields=Fields(text="x"))


def test_ray_reads_every_dataset_of_the_table_as_a_local_run_does(tmp_path):
    from vnsumm.distributed.reading import collect_sources

    rows = [{"id": "007", "article": TEXTS[0]}, {"id": "7", "article": TEXTS[1]}]
    (tmp_path / "a.json").write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    write_csv(tmp_path / "b.csv", [["id", "article"], *[[r["id"], r["article"]] for r in rows]])
    (tmp_path / "b.csv.gz").write_bytes(gzip.compress((tmp_path / "b.csv").read_bytes()))
    pq.write_table(pa.table({"id": [1, 2], "text": TEXTS[:2]}), tmp_path / "c.parquet")
    names = [str(tmp_path / n) for n in ("a.json", "b.csv.gz", "c.parquet")]
    sources = collect_sources(names, recursive=False)
    local = gather_inputs(names)
    assert [s["label"] for s in sources] == [i.label for i in local]
    assert [s["label"].split("#")[1] for s in sources] == ["007", "7", "007", "7", "1", "2"]
    assert [s["data"] for s in sources] == [i.data for i in local]


def test_standard_input_takes_json_and_gzipped_datasets():
    import io

    rows = [{"id": "a", "article": TEXTS[0]}, {"id": "b", "article": TEXTS[1]}]
    array = json.dumps(rows, ensure_ascii=False).encode("utf-8")
    assert [i.label for i in gather_inputs(["-"], input_format="json", stdin=io.BytesIO(array))] == ["<stdin>#a",
                                                                                                      "<stdin>#b"]
    lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")
    gzipped = io.BytesIO(gzip.compress(lines))
    assert [i.label for i in gather_inputs(["-"], input_format="jsonl", stdin=gzipped)] == ["<stdin>#a", "<stdin>#b"]


def test_a_jsonl_line_that_is_not_utf8_fails_alone(tmp_path):
    data = tmp_path / "d.jsonl"
    good = json.dumps({"id": "a", "article": TEXTS[0]}, ensure_ascii=False).encode("utf-8")
    data.write_bytes(b"\xef\xbb\xbf" + good + b'\n{"id": "b", "article": "Vi\xeat"}\n')  # a BOM; a Latin-1 line
    first, second = gather_inputs([str(data)])
    assert first.label.endswith("#a") and first.load(first.read()).body == load_article(TEXTS[0]).body
    assert second.problem == "line 2 is not UTF-8 text (at byte 26 of the line)"


def test_a_csv_that_is_not_utf8_is_refused_in_one_line(tmp_path):
    data = tmp_path / "d.csv"
    data.write_bytes("id,article\n1,Việt Nam\n".encode("utf-16"))
    with pytest.raises(UsageError, match=r"d.csv: a CSV dataset must be UTF-8 text \(not UTF-8 at byte 0\)"):
        gather_inputs([str(data)])
