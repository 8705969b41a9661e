"""What the command line names, as inputs: files, folders, ``-`` (standard input), URLs, datasets.

* ``-``: one article read from standard input (or a JSON Lines dataset with ``--input-format jsonl``);
* ``http(s)://...`` and the lines of ``--urls FILE``: pages fetched when their turn comes;
* dataset files named on the command line (``.jsonl``, ``.json``, ``.csv``, ``.parquet``, gzipped or
  not: :mod:`vnsumm.inputs.formats`): one input per row;
* folders: their article files (``.txt``, ``.html``); a dataset inside a folder is not expanded, and
  a line says so (name it on the command line to brief its rows);
* anything else: an article file.
"""
from __future__ import annotations

import sys
from pathlib import Path, PurePosixPath
from typing import BinaryIO, Sequence

from vnsumm.errors import UsageError
from vnsumm.inputs.datasets import Fields, RowInput, dataset_inputs
from vnsumm.inputs.discover import collect_inputs
from vnsumm.inputs.fetch import DEADLINE_S, UrlInput, is_url, read_url_list
from vnsumm.inputs.formats import dataset_format, dataset_kinds
from vnsumm.inputs.load import Input
from vnsumm.messages import say, shown

__all__ = ["STDIN", "stdin_input", "gather_inputs", "refuse_folder_options", "single_input"]

STDIN = "-"
STDIN_LABEL = "<stdin>"


def stdin_input(stream: BinaryIO | None = None) -> Input:
    """The article on standard input, read now (it can be read only once)."""
    if stream is None:
        if sys.stdin.isatty():
            say("vnsumm: reading the article from standard input (end it with Ctrl-D)")
        stream = sys.stdin.buffer
    return Input(label=STDIN_LABEL, key=STDIN_LABEL, out_name=PurePosixPath("stdin"), data=stream.read())


def _dataset_format(path: Path, input_format: str) -> str | None:
    if input_format not in ("auto", "text"):
        return input_format
    if input_format == "text":
        return None
    kind = dataset_format(path)
    return kind.name if kind else None


def gather_inputs(paths: Sequence[str], recursive: bool = False, urls_file: str | None = None,
                  input_format: str = "auto", fields: Fields = Fields(),
                  stdin: BinaryIO | None = None, follow_symlinks: bool = False,
                  fetch_deadline: float = DEADLINE_S) -> list[Input]:
    """Every input the arguments name, in order, each once (see the module docstring); a URL's page
    must be all there within ``fetch_deadline`` seconds."""
    found: list[Input] = []
    keys: set[str] = set()

    def add(items: list[Input]) -> None:
        for item in items:
            if item.key not in keys:
                keys.add(item.key)
                found.append(item)

    if list(paths).count(STDIN) > 1:
        raise UsageError("'-' (standard input) can be named only once")
    refuse_folder_options(paths, recursive, follow_symlinks)
    for raw in paths:
        raw = str(raw)
        if raw == STDIN:
            inp = stdin_input(stdin)
            fmt = input_format if input_format not in ("auto", "text") else None
            add(dataset_inputs(None, fmt, fields, data=inp.data, label=STDIN_LABEL) if fmt else [inp])
        elif is_url(raw):
            add([UrlInput.of(raw, fetch_deadline)])
        else:
            path = Path(raw)
            fmt = _dataset_format(path, input_format) if path.is_file() else None
            if fmt:
                add(dataset_inputs(path, fmt, fields))
            else:
                if path.is_dir():
                    _say_datasets_left_out(path, recursive)
                add(collect_inputs([raw], recursive, follow_symlinks))
    if urls_file is not None:
        add([UrlInput.of(url, fetch_deadline) for url in read_url_list(urls_file)])
    named = [o for o, v in (("--text-field", fields.text), ("--id-field", fields.id), ("--title-field", fields.title))
             if v]
    if named and not any(isinstance(i, RowInput) for i in found):
        raise UsageError(f"{', '.join(named)}: no dataset among the inputs ({dataset_kinds()}, or - with "
                         "--input-format jsonl)")
    return found


def refuse_folder_options(paths: Sequence[str | Path], recursive: bool, follow_symlinks: bool = False) -> None:
    """-r and --follow-symlinks say how to look into folders: with no folder among the inputs they would be ignored,
    so they are refused (UsageError)."""
    given = [name for name, on in (("-r/--recursive", recursive), ("--follow-symlinks", follow_symlinks)) if on]
    local = [Path(p) for p in paths if str(p) != STDIN and not is_url(str(p))]
    if any(not p.exists() for p in local):
        return  # "missing/: no such file or folder" says more (a folder was meant, and mistyped)
    if given and not any(p.is_dir() for p in local):
        raise UsageError(f"{', '.join(given)} looks into folders, and no folder is among the inputs: "
                         "name a folder, or leave it out")


def _say_datasets_left_out(folder: Path, recursive: bool) -> None:
    """One line per dataset file inside a folder: it is not briefed as an article, nor expanded."""
    for p in sorted(folder.glob("**/*" if recursive else "*")):
        kind = dataset_format(p)
        if kind and kind.noted_in_folders and p.is_file() and not any(x.startswith(".") for x in p.relative_to(folder).parts):
            say(f"vnsumm: skipped {shown(p)}: a dataset inside a folder is not expanded; "
                "name it on the command line to brief its rows")


def single_input(path: str, stdin: BinaryIO | None = None, fetch_deadline: float = DEADLINE_S) -> Input:
    """The one article ``clean`` and ``check`` read: a file, ``-`` or a URL (never a dataset)."""
    if path == STDIN:
        return stdin_input(stdin)
    if is_url(path):
        return UrlInput.of(path, fetch_deadline)
    if dataset_format(path) is not None:
        raise UsageError(f"{shown(path)} is a dataset; `vnsumm brief` briefs its rows (--text-field names the text)")
    p = Path(path)
    return Input.from_file(p, p.parent)
