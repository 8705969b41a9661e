"""Datasets as inputs: each row of a ``.jsonl``, ``.csv`` or ``.parquet`` file is one article.

Rows are read with pyarrow (JSON Lines, CSV, Parquet). Each row becomes a :class:`RowInput`
labelled ``data.jsonl#ID``, resumed by the dataset's resolved path, the row id and the row's
content, and isolated like a file: a row whose text field is missing, empty or not text fails
alone with a one-line reason naming the row.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from vnsumm.article import Article
from vnsumm.errors import InputError, UsageError
from vnsumm.inputs import MAX_INPUT_BYTES, Input, load_article
from vnsumm.log import logger
from vnsumm.messages import as_text, shown

__all__ = ["DATASET_SUFFIXES", "INPUT_FORMATS", "Fields", "RowInput", "is_dataset", "dataset_inputs", "read_rows"]

DATASET_SUFFIXES = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".parquet": "parquet"}
INPUT_FORMATS = ("auto", "text", "jsonl", "csv", "parquet")
TEXT_FIELDS = ("article", "text")  # the default text field: the first of these a dataset has
_UNSAFE = re.compile(r"[^\w.\-]+")


@dataclass(frozen=True)
class Fields:
    """Which columns hold the article text, its id and its title (None: the defaults)."""

    text: str | None = None
    id: str | None = None
    title: str | None = None


def is_dataset(path: str | Path) -> bool:
    """Whether a file name is a dataset's (its rows are articles), not an article's."""
    return Path(path).suffix.lower() in DATASET_SUFFIXES


def read_rows(source: Path | bytes, fmt: str, name: str) -> list[dict[str, Any]]:
    """The rows of a dataset file (or of bytes, for standard input) as dicts, with pyarrow."""
    import pyarrow as pa

    try:
        if fmt == "parquet":
            import pyarrow.parquet as pq

            table = pq.read_table(source if isinstance(source, Path) else pa.BufferReader(source))
        elif fmt == "csv":
            import pyarrow.csv as pcsv

            table = pcsv.read_csv(source if isinstance(source, Path) else pa.BufferReader(source),
                                  convert_options=pcsv.ConvertOptions(strings_can_be_null=False))
        else:
            import pyarrow.json as pjson

            data = source.read_bytes() if isinstance(source, Path) else source
            if not data.strip():
                return []
            try:
                table = pjson.read_json(pa.BufferReader(data))
            except pa.ArrowInvalid:
                return _json_lines(data, name)  # a bad line or mixed types: rows one by one, bad ones failing alone
    except (pa.ArrowInvalid, OSError) as exc:
        raise InputError(f"{name}: cannot read it as {fmt.upper()}: {' '.join(str(exc).split())[:300]}") from None
    return table.to_pylist()


def _json_lines(data: bytes, name: str) -> list[dict[str, Any]]:
    """JSON Lines row by row; a line that is not a JSON object becomes a row carrying its problem."""
    rows: list[dict[str, Any]] = []
    for n, line in enumerate(data.decode("utf-8", errors="replace").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            row = {_PROBLEM: f"line {n} is not valid JSON ({exc.msg})"}
        if not isinstance(row, dict):
            row = {_PROBLEM: f"line {n} is a JSON {type(row).__name__}, not an object"}
        rows.append(row)
    return rows


_PROBLEM = "\x00problem"  # a key no dataset has: the row could not be read


@dataclass(frozen=True)
class RowInput(Input):
    """One dataset row: its text (and title) as JSON bytes, or the reason it cannot be briefed."""

    problem: str | None = None
    title: str | None = field(default=None, compare=False)

    def read(self, max_bytes: int = MAX_INPUT_BYTES) -> bytes:
        if self.problem is not None:
            raise InputError(f"{self.label}: {self.problem}")
        return super().read(max_bytes)

    def load(self, data: bytes) -> Article:
        row = json.loads(data)
        article = load_article(row["text"], name=self.label)
        if row.get("title"):
            article.title = row["title"]
        return article


def _safe(text: str) -> str:
    return (_UNSAFE.sub("_", text).strip("._") or "_")[:100]


def dataset_inputs(path: Path | None, fmt: str, fields: Fields, data: bytes | None = None,
                   label: str | None = None) -> list[Input]:
    """One input per row of the dataset at ``path`` (or in ``data``, read from standard input)."""
    name = label or as_text(path)
    rows = read_rows(path if data is None else data, fmt, name)
    logger.info("%s: %d row(s) read as %s", name, len(rows), fmt)
    columns = {k for row in rows for k in row if k != _PROBLEM}
    text_field = fields.text or next((f for f in TEXT_FIELDS if f in columns), None)
    if rows and text_field is None:
        raise UsageError(f"{shown(name)}: no text field (none of {', '.join(TEXT_FIELDS)}; columns: "
                         f"{', '.join(sorted(columns)) or 'none'}); name it with --text-field")
    if fields.text and rows and fields.text not in columns:
        raise UsageError(f"{shown(name)}: no column '{fields.text}' (--text-field); columns: {', '.join(sorted(columns))}")
    for option, wanted in (("--id-field", fields.id), ("--title-field", fields.title)):
        if wanted and rows and wanted not in columns:
            raise UsageError(f"{shown(name)}: no column '{wanted}' ({option}); columns: {', '.join(sorted(columns))}")
    id_field = fields.id or ("id" if "id" in columns else None)
    title_field = fields.title or ("title" if "title" in columns else None)
    key_base = as_text(path.resolve()) if path is not None else "<stdin>"
    stem = _safe(path.stem if path is not None else "stdin")
    inputs: list[Input] = []
    seen: set[str] = set()
    for n, row in enumerate(rows, 1):
        raw_id = row.get(id_field) if id_field else None
        row_id = str(raw_id) if raw_id not in (None, "") else str(n)
        if row_id in seen:  # a repeated id would overwrite its twin's output
            row_id = f"{row_id}~row{n}"
        seen.add(row_id)
        inp_label = f"{name}#{row_id}"
        common = dict(label=inp_label, key=f"{key_base}#{row_id}", out_name=PurePosixPath(stem, _safe(row_id)))
        text = row.get(text_field)
        problem = row.get(_PROBLEM)
        if problem is None:
            if text_field not in row or text is None:
                problem = f"row {n} has no '{text_field}' field"
            elif not isinstance(text, str):
                problem = f"row {n}: the '{text_field}' field is {type(text).__name__}, not text"
            elif not text.strip():
                problem = f"row {n}: the '{text_field}' field is empty"
        if problem is not None:
            inputs.append(RowInput(**common, problem=problem))
            continue
        title = row.get(title_field) if title_field else None
        title = title.strip() if isinstance(title, str) and title.strip() else None
        payload = json.dumps({"text": text, "title": title}, ensure_ascii=False).encode("utf-8")
        inputs.append(RowInput(**common, data=payload, title=title))
    return inputs
