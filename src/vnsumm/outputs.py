"""Outputs: a brief rendered with its stamp, written atomically, one file per article or one JSONL.

Each output carries a stamp (input path, SHA-256 of the input's bytes, config fingerprint): a
``vnsumm`` key in JSON and JSONL outputs, an HTML comment on the last line of Markdown ones, so a
rerun knows what is already done and never overwrites a file vnsumm did not write.
"""
from __future__ import annotations

import errno
import hashlib
import json
import os
import time
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any, Sequence

from vnsumm import __version__
from vnsumm.article import Brief
from vnsumm.durable import atomic_write, commit_temps, cut_bytes, deferred_interrupt, write_temp
from vnsumm.errors import UsageError
from vnsumm.inputs import Input
from vnsumm.md_escape import escape_block, escape_inline
from vnsumm.messages import shown

__all__ = [
    "FORMAT_SUFFIX", "JSONL_NAME", "INDEX_NAME", "REVIEW_NAME", "LOCK_NAME", "RESERVED_NAMES", "Stamp", "render",
    "read_stamp", "fit_name", "atomic_write", "write_json", "deferred_interrupt", "FileOutputs", "JsonlOutputs", "open_outputs", "check_page", "page_kind", "is_ours",
    "input_files", "PAGE_MARK",
]

FORMAT_SUFFIX = {"md": ".md", "json": ".json"}
JSONL_NAME = "briefs.jsonl"
INDEX_NAME = "index.json"
REVIEW_NAME = "index.html"
LOCK_NAME = ".vnsumm.lock"
RESERVED_NAMES = frozenset({JSONL_NAME, INDEX_NAME, REVIEW_NAME, LOCK_NAME})  # the run's own files
PAGE_MARK = '<meta name="generator" content="vnsumm">'  # in every page vnsumm writes: how a rerun knows it
MD_STAMP_START = "<!-- vnsumm "  # how the last line of a Markdown brief starts: its stamp
STAMP_SCAN_BYTES = 64 << 20  # how far from its end a Markdown brief is searched for its stamp (whatever its length)
HOLD_SECONDS = 1.0  # the longest a brief made waits for the rest of its batch before it is put in place
NAME_BYTES = 200  # the most UTF-8 bytes of an output name, suffix included (NAME_MAX is 255; temp files add to it)


def fit_name(name: str, suffix: str = "", limit: int = NAME_BYTES) -> str:
    """``name + suffix`` within ``limit`` bytes: a longer name is cut, and a short hash of the whole
    name keeps apart names that are cut alike."""
    raw, tail = os.fsencode(name), len(os.fsencode(suffix))
    if len(raw) + tail <= limit:
        return name + suffix
    tag = "~" + hashlib.sha256(raw).hexdigest()[:12]
    return cut_bytes(name, limit - tail - len(tag)) + tag + suffix


def write_json(path: Path, data: Any) -> None:
    """``data`` as pretty UTF-8 JSON, written atomically."""
    atomic_write(path, json.dumps(data, ensure_ascii=False, indent=2) + "\n")



def input_files(inputs: Sequence[Input]) -> set[Path]:
    """The resolved paths of the local files a run reads."""
    return {i.file.resolve() for i in inputs if i.file is not None and i.skip is None}


@dataclass(frozen=True)
class Stamp:
    """What an output was made from: the input (its label, resume key and the SHA-256 of its bytes) and the config.

    ``key`` is the input's resolved path (or URL, or dataset row): the same file named two ways
    is the same input, and two files that share a name are not.
    """

    input: str
    key: str
    sha256: str
    config: str

    def to_dict(self) -> dict[str, str]:
        return {"input": self.input, "input_key": self.key, "input_sha256": self.sha256,
                "config_fingerprint": self.config, "version": __version__}

    @classmethod
    def from_dict(cls, data: Any) -> "Stamp | None":
        try:
            return cls(str(data["input"]), str(data.get("input_key", data["input"])), str(data["input_sha256"]),
                       str(data["config_fingerprint"]))
        except (KeyError, TypeError, AttributeError):
            return None

    def same_work(self, other: "Stamp | None") -> bool:
        """Same input, same bytes and same config: the output need not be made again."""
        return other is not None and (other.key, other.sha256, other.config) == (self.key, self.sha256, self.config)


def render(brief: Brief, fmt: str, stamp: Stamp | None = None) -> str:
    """A brief as Markdown, pretty JSON or one JSONL line, with its stamp when given."""
    if fmt == "md":
        text = _for_markdown(brief).to_markdown()
        if stamp is None:
            return text
        tag = json.dumps(stamp.to_dict(), ensure_ascii=False).replace(">", "\\u003e")
        return text.rstrip("\n") + f"\n\n<!-- vnsumm {tag} -->\n"
    data = brief.to_dict()
    if stamp is not None:
        data["vnsumm"] = stamp.to_dict()
    return json.dumps(data, ensure_ascii=False, indent=None if fmt == "jsonl" else 2) + "\n"


_MD_PARAGRAPHS = frozenset({"brief_en", "summary", "body"})  # shown as paragraphs; every other text on one line


def _for_markdown(brief: Brief) -> Brief:
    """A copy of ``brief`` whose texts (title, date, source, note, warnings, models...) are escaped for Markdown."""
    def escaped(value: Any, block: bool) -> Any:
        if isinstance(value, str):
            return escape_block(value) if block else escape_inline(value)
        if isinstance(value, list):
            return [escaped(v, block) for v in value]
        if isinstance(value, dict):
            return {k: escaped(v, block) for k, v in value.items()}
        return value

    return replace(brief, **{f.name: escaped(getattr(brief, f.name), f.name in _MD_PARAGRAPHS)
                             for f in fields(brief) if f.name not in ("language", "checks", "timings")})


def read_stamp(path: Path, fmt: str) -> "Stamp | None":
    """The stamp of an existing output file (None when it has none or cannot be read)."""
    try:
        if fmt == "md":
            with path.open("rb") as handle:
                handle.seek(max(0, os.fstat(handle.fileno()).st_size - STAMP_SCAN_BYTES))
                tail = handle.read().decode("utf-8", errors="replace")
            start = tail.rfind("\n" + MD_STAMP_START)
            line = tail[start + 1 + len(MD_STAMP_START):].rstrip() if start >= 0 else ""
            if not line.endswith("-->"):
                return None
            return Stamp.from_dict(json.loads(line[:-3]))
        return Stamp.from_dict(json.loads(path.read_text(encoding="utf-8")).get("vnsumm"))
    except (OSError, ValueError, AttributeError):
        return None


class FileOutputs:
    """One output file per article (md or json), its stamp inside, put in place by :meth:`flush`.

    Places are planned for every input before any work: an input's output mirrors its place
    under its folder, and steps aside (``news-2.md``) from the run's own files, from input files
    and from a brief vnsumm wrote for another input, so no run overwrites a file it did not write
    for the same input.
    """

    def __init__(self, out_dir: Path, fmt: str, inputs: Sequence[Input]) -> None:
        self.out_dir, self.fmt = out_dir, fmt
        self.resolved_out = out_dir.resolve()  # where the run began writing: a link swapped in later leads elsewhere
        self.suffix = FORMAT_SUFFIX[fmt]
        avoid = {out_dir.resolve() / name for name in RESERVED_NAMES}
        avoid |= input_files(inputs)
        self.places: dict[str, Path] = {}
        self.held: dict[Path, Path] = {}  # place -> temp file written, not yet synced and renamed
        self.clock = time.monotonic
        self.held_since = self.last_write = self.clock()
        self.slow = False  # the last brief took a second or more to make: the next will too, nothing to wait for
        for inp in inputs:
            self.places[inp.key] = self._free_place(inp, avoid)
            avoid.add(self.places[inp.key].resolve())

    def _free_place(self, inp: Input, avoid: set[Path]) -> Path:
        *folders, name = inp.out_name.parts or ("article",)
        folder, n = self.out_dir.joinpath(*(fit_name(f) for f in folders)), 1
        while True:
            target = folder / fit_name(name if n == 1 else f"{name}-{n}", self.suffix)
            n += 1
            if target.resolve() in avoid:
                continue
            found = read_stamp(target, self.fmt) if target.is_file() else None
            if found is not None and found.key != inp.key:
                continue  # another input's brief: keep apart
            return target

    def place(self, inp: Input) -> Path:
        return self.places[inp.key]

    def all_places(self) -> set[Path]:
        return set(self.places.values())

    def state(self, place: Path, stamp: Stamp) -> str:
        """``absent``, ``current`` (same input and config), ``stale`` (ours, outdated) or ``foreign``."""
        if not place.exists() and not place.is_symlink():
            return "absent"
        if place.is_symlink() or not place.is_file():
            return "foreign"
        found = read_stamp(place, self.fmt)
        if found is None:
            return "foreign"
        return "current" if stamp.same_work(found) else "stale"

    def write(self, place: Path, brief: Brief, stamp: Stamp) -> None:
        """Write the brief to a temp file beside its place; False: it is not under its name until
        :meth:`flush`. A place whose folder leads out of the output folder (a link planted on the
        way) is an OSError: nothing is ever written outside ``-o``."""
        out = self.resolved_out
        folder = place.parent.resolve()
        if folder != out and out not in folder.parents:
            raise OSError(errno.EXDEV, f"a folder on its way leads out of the output folder, to {shown(folder)}")
        text = render(brief, self.fmt, stamp)
        with deferred_interrupt():  # a temp file written is a temp file held (and put in place or removed)
            now = self.clock()
            self.slow, self.last_write = now - self.last_write >= HOLD_SECONDS, now
            if not self.held:
                self.held_since = now
            earlier = self.held.pop(place, None)  # the same place twice in a batch: the last brief wins
            if earlier is not None:
                earlier.unlink(missing_ok=True)
            self.held[place] = write_temp(place, text, sync=False)

    def due(self) -> bool:
        """Whether the held briefs should be flushed now: the oldest was made over a second ago, or the
        briefs come slowly (a model server writing a few tokens a second), so none waits for the next."""
        return bool(self.held) and (self.slow or self.clock() - self.held_since >= HOLD_SECONDS)

    def flush(self) -> dict[Path, OSError]:
        """Put every held brief in its place, made durable in one group (:func:`commit_temps`); the
        places that could not be written, with why."""
        held, self.held = self.held, {}
        return commit_temps(held) if held else {}


class JsonlOutputs:
    """All briefs in one ``briefs.jsonl``, one line per input, rewritten atomically after each batch.

    Lines are matched by the input's resume key; lines of earlier runs are kept (updated in place
    when their input is redone); lines that are not vnsumm briefs are kept as they are.
    """

    def __init__(self, out_dir: Path) -> None:
        self.path = out_dir / JSONL_NAME
        self.lines: list[str] = []
        self.index: dict[str, int] = {}  # stamp key -> line number
        self.dirty = False
        if self.path.is_symlink() or (self.path.exists() and not self.path.is_file()):
            raise UsageError(f"{shown(self.path)} is not a file vnsumm wrote; move it away")
        if self.path.is_file():
            for line in self.path.read_text(encoding="utf-8", errors="replace").splitlines():
                if line.strip():
                    self._add(line)
        self.written = (list(self.lines), dict(self.index))  # what the file holds

    def _add(self, line: str) -> None:
        try:
            stamp = Stamp.from_dict(json.loads(line).get("vnsumm"))
        except (ValueError, AttributeError):
            stamp = None
        if stamp is not None:
            self.index[stamp.key] = len(self.lines)
        self.lines.append(line)

    def place(self, inp: Input) -> Path:
        return self.path

    def all_places(self) -> set[Path]:
        return {self.path}

    def state(self, place: Path, stamp: Stamp) -> str:
        n = self.index.get(stamp.key)
        if n is None:
            return "absent"
        found = Stamp.from_dict(json.loads(self.lines[n]).get("vnsumm"))
        return "current" if stamp.same_work(found) else "stale"

    def write(self, place: Path, brief: Brief, stamp: Stamp) -> None:
        """Hold the line until :meth:`flush`."""
        line = render(brief, "jsonl", stamp).rstrip("\n")
        n = self.index.get(stamp.key)
        if n is None:
            self.index[stamp.key] = len(self.lines)
            self.lines.append(line)
        else:
            self.lines[n] = line
        self.dirty = True

    def due(self) -> bool:
        """Whether to flush before the batch ends: never (each flush rewrites the whole file)."""
        return False

    def flush(self) -> dict[Path, OSError]:
        """Write every held line; on OSError the held lines are dropped (the file keeps what it had)."""
        if not self.dirty:
            return {}
        try:
            atomic_write(self.path, "".join(line + "\n" for line in self.lines))
        except OSError:
            self.lines, self.index = list(self.written[0]), dict(self.written[1])
            raise
        finally:
            self.dirty = False
        self.written = (list(self.lines), dict(self.index))
        return {}


PAGE_KINDS = {"brief": "<title>vnsumm briefs", "eval": "<title>vnsumm eval"}  # how each page starts


def page_kind(path: Path) -> str | None:
    """``brief`` (a review page), ``eval`` (an eval page), ``other`` (a page vnsumm wrote, of neither kind)
    or None (not a page vnsumm wrote)."""
    try:
        with path.open("rb") as handle:
            head = handle.read(4096).decode("utf-8", errors="replace")
    except OSError:
        return None
    if PAGE_MARK not in head:
        return None
    return next((kind for kind, title in PAGE_KINDS.items() if title in head), "other")


def check_page(path: Path, kind: str = "brief") -> None:
    """Refuse (UsageError) to replace an HTML page that vnsumm did not write, or one of another kind
    (a brief run never replaces an eval page, nor ``vnsumm eval`` a review page)."""
    if path.is_symlink() or (path.exists() and page_kind(path) is None):
        raise UsageError(f"{shown(path)} exists and was not written by vnsumm; move it away or choose another -o")
    found = page_kind(path) if path.exists() else None
    if found is not None and found != kind:
        what = {"brief": "the review page of a brief run", "eval": "the page of an eval run"}.get(found, "a page")
        raise UsageError(f"{shown(path)} is {what}; choose another -o")


def is_ours(path: Path, key: str) -> bool:
    """Whether ``path`` is a JSON document vnsumm wrote (an index or a report: it has ``key``)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(data, dict) and key in data


def open_outputs(out_dir: Path, fmt: str, inputs: Sequence[Input]) -> "FileOutputs | JsonlOutputs":
    """The outputs of a run in ``fmt``, their places planned."""
    return JsonlOutputs(out_dir) if fmt == "jsonl" else FileOutputs(out_dir, fmt, inputs)
