"""Inputs → rows for Ray: the sources of a run, then read, cleaned and checked in plain Ray tasks.

Files and folders are found by :func:`~vnsumm.inputs.collect_inputs`, dataset rows by
:func:`~vnsumm.inputs.datasets.dataset_inputs`, the local run's own readers: labels (``PATH#ID``,
``~rowN`` for a repeated id), the text and title columns, and each row's reason to fail are those
of a local run. A dataset is read whole on the driver (as a local run reads it); its rows then
travel in blocks of ``ROWS_PER_TASK``, each cleaned by one task.
"""
from __future__ import annotations

import pickle
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any, Sequence

from vnsumm.distributed.cluster import ray_module, table
from vnsumm.errors import UsageError
from vnsumm.inputs import Input, collect_inputs
from vnsumm.inputs.datasets import Fields, RowInput, dataset_inputs
from vnsumm.inputs.formats import dataset_format, dataset_kinds
from vnsumm.messages import as_text
from vnsumm.prepare import prepare
from vnsumm.run_plan import leave_out_own_outputs, split_own_outputs

if TYPE_CHECKING:
    import pyarrow as pa
    import ray.data

FILES_PER_TASK = 16  # article files one cleaning task reads
ROWS_PER_TASK = 256  # dataset rows one cleaning task cleans

SOURCE = {"kind": "string", "path": "string", "label": "string", "key": "string", "data": "binary",
          "error": "string"}
PREPARED = {
    "label": "string", "key": "string", "sha256": "string", "status": "string", "kind": "string",
    "reason": "string", "article": "binary", "language": "string",
}


def is_dataset(path: Path) -> bool:
    """A file whose rows are articles, as a local run judges it (:mod:`vnsumm.inputs.formats`)."""
    return path.is_file() and dataset_format(path) is not None


def dataset_rows(path: Path, fields: Fields) -> list[Input]:
    """The rows of one dataset, exactly as a local run reads them."""
    return dataset_inputs(path, None, fields)


def collect_run_inputs(paths: Sequence[str | Path], recursive: bool, fields: Fields = Fields()) -> list[Input]:
    """The inputs of a run: one per article file and one per dataset row, each input once; vnsumm's own
    outputs among them are skips with a reason."""
    paths, own = split_own_outputs(paths)  # vnsumm's own outputs named as inputs: skipped, never read
    datasets = [Path(p) for p in paths if is_dataset(Path(p))]
    others = [p for p in paths if not is_dataset(Path(p))]
    named = [o for o, v in (("--text-field", fields.text), ("--id-field", fields.id), ("--title-field", fields.title))
             if v]
    if named and not datasets:  # as a local run: a setting is honoured or refused, never ignored
        raise UsageError(f"{', '.join(named)}: no dataset among the inputs ({dataset_kinds()})")
    inputs: list[Input] = own + (leave_out_own_outputs(collect_inputs(others, recursive)) if others else [])
    for path in datasets:
        inputs += dataset_rows(path, fields)
    unique: dict[str, Input] = {}
    for inp in inputs:
        unique.setdefault(inp.key, inp)
    return list(unique.values())


def sources_of(inputs: Sequence[Input]) -> list[dict[str, Any]]:
    """Inputs as rows for Ray: a dataset row carries its data, a file its path (and its reason to skip)."""
    return [{"kind": "dataset", "label": inp.label, "key": inp.key, "data": inp.data, "error": inp.problem}
            if isinstance(inp, RowInput) else
            {"kind": "file", "path": as_text(inp.file), "label": inp.label, "key": inp.key, "error": inp.skip}
            for inp in inputs]


def collect_sources(paths: Sequence[str | Path], recursive: bool, fields: Fields = Fields()) -> list[dict[str, Any]]:
    """The sources of a run (:func:`collect_run_inputs` as rows for Ray)."""
    return sources_of(collect_run_inputs(paths, recursive, fields))


def source_dataset(sources: list[dict[str, Any]]) -> "ray.data.Dataset":
    """Sources as a Dataset of blocks: ``FILES_PER_TASK`` files or ``ROWS_PER_TASK`` rows, a cleaning task each."""
    ray = ray_module()
    files = [s for s in sources if s["kind"] == "file"]
    rows = [s for s in sources if s["kind"] != "file"]
    blocks = [table(files[n:n + FILES_PER_TASK], SOURCE) for n in range(0, len(files), FILES_PER_TASK)]
    blocks += [table(rows[n:n + ROWS_PER_TASK], SOURCE) for n in range(0, len(rows), ROWS_PER_TASK)]
    return ray.data.from_arrow(blocks)


def _input_of(source: dict[str, Any]) -> Input:
    """The local run's Input for a source: a file, a dataset row (JSON text and title), or API text."""
    common = dict(label=source["label"], key=source["key"], out_name=PurePosixPath("article"))
    if source["kind"] == "file":
        return Input(**common, file=Path(source["path"]), skip=source.get("error"))
    if source["kind"] == "dataset":
        return RowInput(**common, data=source.get("data"), problem=source.get("error"))
    return Input(**common, data=source.get("data"))


def prepare_one(source: dict[str, Any], max_bytes: int, done: dict[str, str], force: bool,
                non_vietnamese: str) -> dict[str, Any]:
    """One input through the run's prepare step (:func:`vnsumm.prepare.prepare`): a row saying what came of it."""
    if source["kind"] == "text" and source.get("error"):  # an API row with no id or no text
        return {"label": source["label"], "key": source["key"], "status": "failed", "kind": "input",
                "reason": source["error"]}
    prepared = prepare(_input_of(source), max_bytes, non_vietnamese, force,
                       state=lambda sha256: "current" if done.get(source["key"]) == sha256 else "absent")
    return {"label": source["label"], "key": source["key"], "sha256": prepared.sha256, "status": prepared.status,
            "kind": prepared.kind or None, "reason": prepared.reason or None, "language": prepared.route,
            "article": pickle.dumps(prepared.article) if prepared.ready else None}


def prepare_batch(batch: "pa.Table", max_bytes: int, done: dict[str, str], force: bool,
                  non_vietnamese: str) -> "pa.Table":
    """map_batches task: a block of sources → one prepared row per input."""
    rows = [prepare_one(source, max_bytes, done, force, non_vietnamese) for source in batch.to_pylist()]
    return table(rows, PREPARED)

