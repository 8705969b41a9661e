"""Evaluation data: JSON Lines, CSV or a ``save_to_disk`` folder, loaded with ``datasets`` offline."""
from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vnsumm.errors import InputError

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


def _load_dataset(path: Path, split: str | None, cache_dir: str | None) -> Any:
    os.environ.setdefault("HF_DATASETS_OFFLINE", "1")  # local files only: never ask the hub
    import datasets

    if path.is_dir():
        try:
            ds = datasets.load_from_disk(str(path))
        except FileNotFoundError as exc:
            raise InputError(f"{path} is not a folder saved with datasets' save_to_disk") from exc
        if isinstance(ds, datasets.DatasetDict):
            name = split or next((s for s in _SPLIT_PREFERENCE if s in ds), next(iter(ds)))
            if name not in ds:
                raise InputError(f"{path} has no split {name!r} (splits: {', '.join(ds)})")
            ds = ds[name]
        return ds
    suffix = path.suffix.lower()
    builder = {".jsonl": "json", ".json": "json", ".csv": "csv"}.get(suffix)
    if builder is None:
        raise InputError(f"{path}: use JSON Lines (.jsonl), CSV (.csv) or a save_to_disk folder")
    if not path.read_bytes().strip():
        raise InputError(f"{path}: the file is empty")
    if builder == "json":
        _check_json_lines(path)
    try:
        return datasets.load_dataset(builder, data_files=str(path), split="train", cache_dir=cache_dir)
    except Exception as exc:  # datasets raises many kinds for a malformed file
        raise InputError(f"cannot read {path} as {builder.upper()}: {exc}") from exc


def _check_json_lines(path: Path) -> None:
    """Name the first line that is not a JSON object (datasets' own errors do not)."""
    with path.open(encoding="utf-8", errors="replace") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"{path} line {number}: not valid JSON ({exc.msg})") from None
            if not isinstance(row, dict):
                raise InputError(f"{path} line {number}: not a JSON object")


def load_examples(
    path: str | Path,
    task: str,
    limit: int | None = None,
    split: str | None = None,
    source_field: str | None = None,
    reference_field: str | None = None,
    cache_dir: str | None = None,
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
    ds = _load_dataset(path, split, cache_dir)
    src_key = source_field or TASK_FIELDS[task][0]
    ref_key = reference_field or TASK_FIELDS[task][1]
    missing = [k for k in (src_key, ref_key) if k not in ds.column_names]
    if missing:
        raise InputError(
            f"{path} lacks field(s) {', '.join(missing)} needed for task {task!r} "
            f"(columns: {', '.join(ds.column_names)})"
        )
    examples: list[Example] = []
    seen: set[str] = set()
    dropped: list[str] = []
    for i, row in enumerate(ds):
        ex_id = str(row["id"]) if row.get("id") is not None else str(i)
        problem = _row_problem(row, src_key, ref_key)
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


def _row_problem(row: dict[str, Any], *keys: str) -> str | None:
    """Why a row cannot be scored (a field missing, empty or not text), or None."""
    for key in keys:
        value = row.get(key)
        if value is None:
            return f"no {key!r}"
        if not isinstance(value, str):
            return f"{key!r} is {type(value).__name__}, not text"
        if not value.strip():
            return f"empty {key!r}"
    return None
