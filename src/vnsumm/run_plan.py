"""Planning a run into ``-o``, before any work: what it reads, what it writes, and no overlap between them.

Every way of running into an output folder (a local run of files, datasets, URLs or standard
input, and ``--ray``) calls :func:`plan_run`: outputs, inputs, ``--report`` and the run's own files
(``index.json``, ``index.html``, ``briefs.jsonl``, the Ray shards, the lock) are compared by
resolved path, and any overlap is a one-line refusal (UsageError, exit 2) before a file is touched.
vnsumm's own outputs found among the inputs (a review or eval page under a folder searched with
``-r``, a stamped brief, ``briefs.jsonl``, an index or report named on the command line) are left out
as skips with a reason (:func:`split_own_outputs`, :func:`leave_out_own_outputs`).
"""
from __future__ import annotations

import json
from dataclasses import replace
from fnmatch import fnmatch
from pathlib import Path
from typing import Sequence

from vnsumm.errors import UsageError
from vnsumm.inputs import Input
from vnsumm.messages import shown
from vnsumm.outputs import (INDEX_NAME, JSONL_NAME, LOCK_NAME, REVIEW_NAME, STAMP_SCAN_BYTES, Stamp, check_page,
                            input_files, is_ours, open_outputs, page_kind, read_stamp)

__all__ = ["SHARDS", "plan_run", "own_output", "split_own_outputs", "leave_out_own_outputs", "input_paths", "check_output_folder", "check_run_files"]

SHARDS = "briefs*.jsonl"  # what a --ray run reads back and rewrites in -o (its shards, a local run's briefs.jsonl)
PAGE_SUFFIXES = (".html", ".htm")


def own_output(path: Path) -> str | None:
    """Why ``path`` is not an input when it is a file vnsumm wrote (a brief, page, index, report, scores,
    briefs.jsonl or shard); None otherwise (or when it cannot be read: reading it will say why)."""
    suffix = path.suffix.lower()
    try:
        if suffix in PAGE_SUFFIXES:
            return "a page vnsumm wrote (a review or eval page), not an article" if page_kind(path) else None
        if suffix == ".md":
            return "a brief vnsumm wrote, not an article" if read_stamp(path, "md") else None
        if suffix == ".json" and path.stat().st_size <= STAMP_SCAN_BYTES:
            data = json.loads(path.read_bytes())
            keys = set(data) if isinstance(data, dict) else set()
            if keys and Stamp.from_dict(data.get("vnsumm")) is not None:
                return "a brief vnsumm wrote, not an article"
            for wanted, what in (({"config", "done"}, "the index"), ({"config", "counts"}, "the report"),
                                 ({"task", "configs"}, "the scores")):
                if wanted <= keys:
                    return f"{what} of a vnsumm run, not an article"
        if suffix in (".jsonl", ".ndjson"):
            with path.open("rb") as handle:
                first = next((line for line in handle if line.strip()), b"")
            data = json.loads(first) if first else None
            if isinstance(data, dict) and Stamp.from_dict(data.get("vnsumm")) is not None:
                return "briefs vnsumm wrote, not articles"
    except (OSError, ValueError, RecursionError):
        return None
    return None


def split_own_outputs(paths: Sequence[str | Path]) -> tuple[list[str | Path], list[Input]]:
    """The paths named on the command line without the files vnsumm wrote, and those files as inputs
    skipped with the reason (reported, never read)."""
    kept: list[str | Path] = []
    left_out: list[Input] = []
    for raw in paths:
        path = Path(str(raw))
        reason = own_output(path) if str(raw) != "-" and path.is_file() else None
        if reason is None:
            kept.append(raw)
        else:
            left_out.append(Input.from_file(path, path.parent, skip=reason))
    return kept, left_out


def leave_out_own_outputs(inputs: Sequence[Input]) -> list[Input]:
    """The inputs, with the files vnsumm wrote (review and eval pages found in a folder) turned into
    skips with a reason."""
    kept = []
    for inp in inputs:
        reason = own_output(inp.file) if inp.file is not None and inp.skip is None and inp.file.is_file() else None
        kept.append(replace(inp, skip=reason) if reason else inp)
    return kept


def input_paths(inputs: Sequence[Input], given: Sequence[str | Path]) -> set[Path]:
    """The resolved paths a run reads: its article files and the datasets named on the command line."""
    return input_files(inputs) | {Path(g).resolve() for g in given if str(g) != "-" and Path(g).is_file()}


def plan_run(out_dir: Path, fmt: str, inputs: Sequence[Input], given: Sequence[str | Path], recursive: bool,
             allow_input_folder: bool, report: Path | None, ray: bool = False) -> None:
    """Every check of a run into ``out_dir``, before any work (see the module docstring)."""
    check_output_folder(out_dir, inputs, given, recursive, allow_input_folder)
    check_run_files(out_dir, fmt, inputs, given, report, ray)


def check_output_folder(out_dir: Path, inputs: Sequence[Input], given: Sequence[str | Path],
                        recursive: bool, allow_input_folder: bool) -> None:
    """Refuse an output folder that is a file, or that would put outputs among the inputs."""
    if out_dir.exists() and not out_dir.is_dir():
        raise UsageError(f"-o {shown(out_dir)}: exists and is not a folder")
    if allow_input_folder:
        return
    out = out_dir.resolve()
    if out in {path.parent for path in input_paths(inputs, given)}:
        raise UsageError(f"-o {shown(out_dir)} is a folder of input files; choose another output folder "
                         "(or add --allow-input-folder)")
    if recursive:
        for raw in given:
            folder = Path(raw).resolve()
            if Path(raw).is_dir() and (out == folder or folder in out.parents):
                raise UsageError(f"-o {shown(out_dir)} is inside the input folder {shown(raw)} searched with "
                                 "--recursive; choose another output folder (or add --allow-input-folder)")


def _writes(out_dir: Path, fmt: str, inputs: Sequence[Input], ray: bool) -> dict[Path, str]:
    """Resolved path -> what the run writes there (its briefs and its own files)."""
    own = (INDEX_NAME, LOCK_NAME) if ray else (INDEX_NAME, REVIEW_NAME, LOCK_NAME)  # --ray writes no review page
    writes = {(out_dir / name).resolve(): f"the run's own {name}" for name in own}
    if ray:
        return writes
    if fmt == "jsonl":
        writes[(out_dir / JSONL_NAME).resolve()] = f"the run's {JSONL_NAME}"
    else:
        writes.update({p.resolve(): "a brief of this run" for p in open_outputs(out_dir, fmt, inputs).all_places()})
    return writes


def _shard(path: Path, out: Path) -> bool:
    """Whether ``path`` (resolved) is a file a --ray run into ``out`` reads back and rewrites."""
    return path.parent == out and fnmatch(path.name, SHARDS)


def check_run_files(out_dir: Path, fmt: str, inputs: Sequence[Input], given: Sequence[str | Path],
                    report: Path | None, ray: bool = False) -> None:
    """The run's briefs and own files (index, page, report, shards) must not land on an input or on a
    file vnsumm did not write; UsageError (exit 2) otherwise."""
    index = out_dir / INDEX_NAME
    if index.is_symlink() or (index.exists() and not is_ours(index, "done")):
        raise UsageError(f"{shown(index)} exists and was not written by vnsumm; move it away or choose another -o")
    if not ray:
        check_page(out_dir / REVIEW_NAME, "brief")
    out = out_dir.resolve()
    reads = input_paths(inputs, given)
    writes = _writes(out_dir, fmt, inputs, ray)
    for path in sorted(reads):
        if path in writes or (ray and _shard(path, out)):
            what = writes.get(path, "a shard of this --ray run")
            raise UsageError(f"{shown(path)} is an input, and {what} would be written over it; choose another -o")
    jsonl = out_dir / JSONL_NAME
    if fmt == "jsonl" and not ray and jsonl.is_file() and jsonl.stat().st_size and own_output(jsonl) is None:
        raise UsageError(f"{shown(jsonl)} exists and was not written by vnsumm; move it away or choose another -o")
    if report is None:
        return
    target = report.resolve()
    if target in reads:
        raise UsageError(f"--report {shown(report)} is an input file")
    if target in writes or (ray and _shard(target, out)):
        what = writes.get(target, "a shard of this --ray run")
        raise UsageError(f"--report {shown(report)} would overwrite {what}; choose another name")
    if report.is_dir() or any(p.exists() and not p.is_dir() for p in report.parents):
        raise UsageError(f"--report {shown(report)}: cannot be written there (a folder, or under a file)")
    if report.is_symlink() or (report.exists() and not is_ours(report, "counts")):
        raise UsageError(f"--report {shown(report)} exists and was not written by vnsumm; choose another name")
