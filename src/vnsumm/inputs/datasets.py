"""Datasets as inputs: each row of a dataset file (JSON Lines, JSON, CSV, Parquet, gzipped or not) is one article.

Rows are read by the table in :mod:`vnsumm.inputs.formats` (ids and titles as written). Each row
becomes a :class:`RowInput` labelled ``data.jsonl#ID``, resumed by the dataset's resolved path,
the row id and the row's content, and isolated like a file: a row whose text field is missing,
empty or not text fails alone with a one-line reason naming the row.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from vnsumm.article import Article
from vnsumm.errors import InputError, UsageError
from vnsumm.inputs.formats import DATASET_FORMATS, PROBLEM, dataset_format, read_dataset
from vnsumm.inputs.load import MAX_INPUT_BYTES, Input, load_article, page_text
from vnsumm.log import logger
from vnsumm.messages import as_text, shown

__all__ = ["Fields", "RowInput", "dataset_inputs", "field_problem"]

TEXT_FIELDS = ("article", "text")  # the default text field: the first of these a dataset has
_UNSAFE = re.compile(r"[^\w.\-]+")


@dataclass(frozen=True)
class Fields:
    """Which columns hold the article text, its id and its title (None: the defaults)."""

    text: str | None = None
    id: str | None = None
    title: str | None = None


def field_problem(row: dict[str, Any], key: str) -> str | None:
    """Why ``row[key]`` is not an article's text (missing, not a string, empty), or None."""
    value = row.get(key)
    if value is None:
        return f"has no '{key}' field"
    if not isinstance(value, str):
        return f"the '{key}' field is {type(value).__name__}, not text"
    if not value.strip():
        return f"the '{key}' field is empty"
    return None


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

    def page(self, data: bytes) -> str:
        return page_text(json.loads(data)["text"], name=self.label)[0]


def _stem(path: Path) -> str:
    """``news`` for ``news.jsonl`` and ``news.csv.gz``."""
    name = path.name
    for suffix in (".gz", *(s for f in DATASET_FORMATS.values() for s in f.suffixes)):
        if name.lower().endswith(suffix) and len(name) > len(suffix):
            name = name[: -len(suffix)]
    return name


def _safe(text: str) -> str:
    return (_UNSAFE.sub("_", text).strip("._") or "_")[:100]


def dataset_inputs(path: Path | None, fmt: str | None, fields: Fields, data: bytes | None = None,
                   label: str | None = None) -> list[Input]:
    """One input per row of the dataset at ``path`` (or in ``data``, read from standard input).

    ``fmt`` is a format name (``jsonl``...); None takes the one the file name says.
    """
    name = label or as_text(path)
    kind = DATASET_FORMATS[fmt] if fmt else dataset_format(path)
    if kind is None:
        raise UsageError(f"{shown(name)}: not a dataset file name; --input-format says which format it is")
    strings = {fields.id or "id", fields.title or "title"}
    try:
        rows = read_dataset(path if data is None else data, kind, name, strings)
    except InputError as exc:  # the dataset as a whole cannot be read: a refusal, before any work
        raise UsageError(str(exc)) from None
    logger.info("%s: %d row(s) read as %s", name, len(rows), kind.name)
    columns = {k for row in rows for k in row if k != PROBLEM}
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
    stem = _safe(_stem(path) if path is not None else "stdin")
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
        problem = row.get(PROBLEM)
        if problem is None and (why := field_problem(row, text_field)) is not None:
            problem = f"row {n} {why}" if why.startswith("has") else f"row {n}: {why}"
        if problem is not None:
            inputs.append(RowInput(**common, problem=problem))
            continue
        title = row.get(title_field) if title_field else None
        title = title.strip() if isinstance(title, str) and title.strip() else None
        payload = json.dumps({"text": row[text_field], "title": title}, ensure_ascii=False).encode("utf-8")
        inputs.append(RowInput(**common, data=payload, title=title))
    return inputs
