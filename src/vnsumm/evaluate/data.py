"""Evaluation data: a dataset file, read as ``vnsumm brief`` reads one (:mod:`vnsumm.inputs.formats`: ids
as written), or a folder written by datasets' ``save_to_disk``, read offline."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vnsumm.errors import InputError
from vnsumm.inputs.datasets import field_problem
from vnsumm.inputs.formats import PROBLEM, dataset_format, dataset_kinds, read_dataset

log = logging.getLogger(__name__)

__all__ = ["TASKS", "TASK_FIELDS", "TASK_LANG", "Example", "load_examples"]

TASKS = ("summarize", "translate", "brief")
TASK_FIELDS = {"summarize": ("article", "summary"), "brief": ("article", "summary"), "translate": ("vi", "en")}
TASK_LANG = {"summarize": "vi", "translate": "en", "brief": "en"}  # language of the references
_SPLIT_PREFERENCE = ("test", "validation", "dev", "train")


@dataclass(frozen=True)
class Example:
    """One scored item: the model input (``text``), the reference, and the article title if any."""

    id: str
    text: str
    reference: str
    title: str | None = None


def _rows(path: Path, split: str | None, strings: set[str]) -> list[dict[str, Any]]:
    """The rows of a dataset file (the formats of :mod:`vnsumm.inputs.formats`) or a save_to_disk folder."""
    if path.is_dir():
        return _saved_rows(path, split)
    if split is not None:
        raise InputError(f"--split {split}: {path} is a file, not a save_to_disk DatasetDict with splits")
    kind = dataset_format(path)
    if kind is None:
        raise InputError(f"{path}: not a dataset file; use {dataset_kinds()} or a save_to_disk folder")
    rows = read_dataset(path, kind, str(path), strings)
    if not rows:
        raise InputError(f"{path}: no rows (the file is empty)")
    problem = next((row[PROBLEM] for row in rows if PROBLEM in row), None)
    if problem is not None:  # scores over a partly read file would mislead
        raise InputError(f"{path}: {problem}")
    return rows


def _saved_rows(path: Path, split: str | None) -> list[dict[str, Any]]:
    """The rows of a folder written by datasets' ``save_to_disk`` (read offline)."""
    os.environ.setdefault("HF_DATASETS_OFFLINE", "1")  # local files only: never ask the hub
    import datasets

    try:
        ds = datasets.load_from_disk(str(path))
    except FileNotFoundError as exc:
        raise InputError(f"{path} is not a folder saved with datasets' save_to_disk") from exc
    if isinstance(ds, datasets.DatasetDict):
        name = split or next((s for s in _SPLIT_PREFERENCE if s in ds), next(iter(ds)))
        if name not in ds:
            raise InputError(f"{path} has no split {name!r} (splits: {', '.join(ds)})")
        ds = ds[name]
    elif split is not None:
        raise InputError(f"--split {split}: {path} holds one dataset, not a DatasetDict with splits")
    return [{k: str(v) if k == "id" and v is not None else v for k, v in row.items()} for row in ds]


def load_examples(
    path: str | Path,
    task: str,
    limit: int | None = None,
    split: str | None = None,
    source_field: str | None = None,
    reference_field: str | None = None,
) -> list[Example]:
    """Read the examples for ``task``; rows with an empty source or reference are skipped.

    Fields default to ``article``/``summary`` (summarize, brief) or ``vi``/``en`` (translate);
    ``id`` is used when present, otherwise the row number.
    """
    if task not in TASKS:
        raise InputError(f"unknown task {task!r} (use one of {', '.join(TASKS)})")
    path = Path(path)
    if not path.exists():
        raise InputError(f"data file not found: {path}")
    rows = _rows(path, split, {"id", "title"})
    src_key = source_field or TASK_FIELDS[task][0]
    ref_key = reference_field or TASK_FIELDS[task][1]
    columns = sorted({k for row in rows for k in row})
    missing = [k for k in (src_key, ref_key) if k not in columns]
    if missing:
        raise InputError(
            f"{path} lacks field(s) {', '.join(missing)} needed for task {task!r} "
            f"(columns: {', '.join(columns)})"
        )
    examples: list[Example] = []
    seen: set[str] = set()
    dropped: list[str] = []
    for i, row in enumerate(rows):
        ex_id = row["id"] if row.get("id") not in (None, "") else str(i)
        problem = next((p for p in (field_problem(row, k) for k in (src_key, ref_key)) if p), None)
        if problem:
            dropped.append(f"row {i + 1} (id {ex_id}): {problem}")
            continue
        if ex_id in seen:
            raise InputError(f"{path}: duplicate id {ex_id!r} (ids must be unique to resume runs)")
        seen.add(ex_id)
        title = row.get("title") if isinstance(row.get("title"), str) and row["title"].strip() else None
        examples.append(Example(ex_id, row[src_key].strip(), row[ref_key].strip(), title))
        if limit is not None and len(examples) >= limit:
            break
    if not examples:
        raise InputError(f"{path}: no example has both {src_key!r} and {ref_key!r} as text"
                         + (f" ({dropped[0]})" if dropped else ""))
    if dropped:
        log.warning("%s: %d row(s) left out: %s%s", path, len(dropped), "; ".join(dropped[:5]),
                    "; ..." if len(dropped) > 5 else "")
    return examples
