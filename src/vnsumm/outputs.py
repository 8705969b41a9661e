"""Outputs: a brief rendered with its stamp, written atomically, one file per article or one JSONL.

Each output carries a stamp (input path, SHA-256 of the input's bytes, config fingerprint): a
``vnsumm`` key in JSON and JSONL outputs, an HTML comment on the last line of Markdown ones, so a
rerun knows what is already done and never overwrites a file vnsumm did not write.
"""
from __future__ import annotations

import json
import os
import re
import signal
import tempfile
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator, Sequence

from vnsumm import __version__
from vnsumm.article import Brief
from vnsumm.errors import UsageError
from vnsumm.inputs import Input
from vnsumm.messages import shown

__all__ = [
    "FORMAT_SUFFIX", "JSONL_NAME", "INDEX_NAME", "Stamp", "render", "read_stamp", "atomic_write", "write_json",
    "deferred_interrupt", "remove_stale_temps", "output_path", "check_output_folder", "FileOutputs",
    "JsonlOutputs",
]

FORMAT_SUFFIX = {"md": ".md", "json": ".json"}
JSONL_NAME = "briefs.jsonl"
INDEX_NAME = "index.json"
_TEMP_NAME = re.compile(r"^\..+\.[a-z0-9_]{8}\.tmp$")  # what atomic_write's mkstemp makes
_MD_STAMP = re.compile(r"<!-- vnsumm (\{.*\}) -->\s*$")


@contextmanager
def deferred_interrupt() -> Iterator[None]:
    """Hold SIGINT and SIGTERM while the block runs; deliver them when it is done."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    received: list[int] = []
    wanted = [signal.SIGINT] + ([signal.SIGTERM] if hasattr(signal, "SIGTERM") else [])
    previous = {sig: signal.signal(sig, lambda signum, frame: received.append(signum)) for sig in wanted}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        for sig in dict.fromkeys(received):
            signal.raise_signal(sig)


def atomic_write(path: Path, data: str | bytes) -> None:
    """Write ``data`` (text as UTF-8) to ``path`` via a synced temp file in the same folder and a rename.

    Interrupts are held until the rename is done, so a file is either whole or absent.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    with deferred_interrupt():
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name[:120]}.", suffix=".tmp", dir=path.parent)  # fits NAME_MAX
        try:
            os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; outputs get the usual mode
            with os.fdopen(fd, "wb") as handle:
                handle.write(data.encode("utf-8") if isinstance(data, str) else data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


def write_json(path: Path, data: Any) -> None:
    """``data`` as pretty UTF-8 JSON, written atomically."""
    atomic_write(path, json.dumps(data, ensure_ascii=False, indent=2) + "\n")



def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def remove_stale_temps(folder: Path) -> int:
    """Delete temp files a killed run (SIGKILL, power cut) left behind; how many were removed."""
    if not folder.is_dir():
        return 0
    removed = 0
    for path in folder.rglob(".*.tmp"):
        if path.is_file() and _TEMP_NAME.match(path.name):
            path.unlink(missing_ok=True)
            removed += 1
    return removed



def check_output_folder(out_dir: Path, inputs: Sequence[Input], given: Sequence[str | Path],
                        recursive: bool, allow_input_folder: bool) -> None:
    """Refuse an output folder that is a file, or that would put outputs among the inputs."""
    if out_dir.exists() and not out_dir.is_dir():
        raise UsageError(f"-o {shown(out_dir)}: exists and is not a folder")
    if allow_input_folder:
        return
    out = out_dir.resolve()
    input_folders = {i.file.resolve().parent for i in inputs if i.file is not None}
    if out in input_folders:
        raise UsageError(f"-o {shown(out_dir)} is a folder of input files; choose another output folder "
                         "(or add --allow-input-folder)")
    if recursive:
        for raw in given:
            folder = Path(raw).resolve()
            if Path(raw).is_dir() and (out == folder or folder in out.parents):
                raise UsageError(f"-o {shown(out_dir)} is inside the input folder {shown(raw)} searched with "
                                 "--recursive; choose another output folder (or add --allow-input-folder)")


def output_path(inp: Input, out_dir: Path, suffix: str, taken: set[Path]) -> Path:
    """The input's output place inside ``out_dir`` (its ``out_name`` plus ``suffix``); never reuse a name."""
    target = out_dir / f"{inp.out_name}{suffix}"
    stem, n = target.with_suffix(""), 1
    while target in taken:
        n += 1
        target = Path(f"{stem}-{n}{suffix}")
    taken.add(target)
    return target


@dataclass(frozen=True)
class Stamp:
    """What an output was made from: the input (path and SHA-256 of its bytes) and the config."""

    input: str
    sha256: str
    config: str

    def to_dict(self) -> dict[str, str]:
        return {"input": self.input, "input_sha256": self.sha256, "config_fingerprint": self.config,
                "version": __version__}

    @classmethod
    def from_dict(cls, data: Any) -> "Stamp | None":
        try:
            return cls(str(data["input"]), str(data["input_sha256"]), str(data["config_fingerprint"]))
        except (KeyError, TypeError):
            return None

    def same_work(self, other: "Stamp | None") -> bool:
        """Same input bytes and same config: the output need not be made again."""
        return other is not None and other.sha256 == self.sha256 and other.config == self.config


def render(brief: Brief, fmt: str, stamp: Stamp | None = None) -> str:
    """A brief as Markdown, pretty JSON or one JSONL line, with its stamp when given."""
    if fmt == "md":
        text = brief.to_markdown()
        if stamp is None:
            return text
        tag = json.dumps(stamp.to_dict(), ensure_ascii=False).replace(">", "\\u003e")
        return text.rstrip("\n") + f"\n\n<!-- vnsumm {tag} -->\n"
    data = brief.to_dict()
    if stamp is not None:
        data["vnsumm"] = stamp.to_dict()
    return json.dumps(data, ensure_ascii=False, indent=None if fmt == "jsonl" else 2) + "\n"


def read_stamp(path: Path, fmt: str) -> "Stamp | None":
    """The stamp of an existing output file (None when it has none or cannot be read)."""
    try:
        if fmt == "md":
            with path.open("rb") as handle:
                handle.seek(max(0, path.stat().st_size - 8192))
                tail = handle.read().decode("utf-8", errors="replace")
            match = _MD_STAMP.search(tail)
            return Stamp.from_dict(json.loads(match.group(1))) if match else None
        return Stamp.from_dict(json.loads(path.read_text(encoding="utf-8")).get("vnsumm"))
    except (OSError, ValueError, AttributeError):
        return None


class FileOutputs:
    """One output file per article (md or json), its stamp inside."""

    def __init__(self, out_dir: Path, fmt: str) -> None:
        self.out_dir, self.fmt = out_dir, fmt
        self.suffix = FORMAT_SUFFIX[fmt]
        self.taken: set[Path] = set()

    def place(self, inp: Input) -> Path:
        return output_path(inp, self.out_dir, self.suffix, self.taken)

    def state(self, place: Path, stamp: Stamp) -> str:
        """``absent``, ``current`` (same input and config), ``stale`` (ours, outdated) or ``foreign``."""
        if not place.exists():
            return "absent"
        if not place.is_file():
            return "foreign"
        found = read_stamp(place, self.fmt)
        if found is None:
            return "foreign"
        return "current" if stamp.same_work(found) else "stale"

    def write(self, place: Path, brief: Brief, stamp: Stamp) -> None:
        atomic_write(place, render(brief, self.fmt, stamp))

    def flush(self) -> None:
        """Nothing is held back: each file is written when its brief is made."""


class JsonlOutputs:
    """All briefs in one ``briefs.jsonl``, one line per input path, rewritten atomically after each batch.

    Lines of earlier runs are kept (updated in place when their input is redone); lines that are
    not vnsumm briefs are kept as they are.
    """

    def __init__(self, out_dir: Path) -> None:
        self.path = out_dir / JSONL_NAME
        self.lines: list[str] = []
        self.index: dict[str, int] = {}  # stamp input -> line number
        self.dirty = False
        if self.path.is_file():
            for line in self.path.read_text(encoding="utf-8", errors="replace").splitlines():
                if line.strip():
                    self._add(line)

    def _add(self, line: str) -> None:
        try:
            stamp = Stamp.from_dict(json.loads(line).get("vnsumm"))
        except (ValueError, AttributeError):
            stamp = None
        if stamp is not None:
            self.index[stamp.input] = len(self.lines)
        self.lines.append(line)

    def place(self, inp: Input) -> Path:
        return self.path

    def state(self, place: Path, stamp: Stamp) -> str:
        n = self.index.get(stamp.input)
        if n is None:
            return "absent"
        found = Stamp.from_dict(json.loads(self.lines[n]).get("vnsumm"))
        return "current" if stamp.same_work(found) else "stale"

    def write(self, place: Path, brief: Brief, stamp: Stamp) -> None:
        line = render(brief, "jsonl", stamp).rstrip("\n")
        n = self.index.get(stamp.input)
        if n is None:
            self.index[stamp.input] = len(self.lines)
            self.lines.append(line)
        else:
            self.lines[n] = line
        self.dirty = True

    def flush(self) -> None:
        if self.dirty:
            atomic_write(self.path, "".join(line + "\n" for line in self.lines))
            self.dirty = False
