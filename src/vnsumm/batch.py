"""Folder runs: each article checked and briefed on its own, outputs written atomically, resumable.

A run never stops at a bad article. Each input ends up

* **done**: its brief was written;
* **skipped**: nothing to do, by design: its output is already up to date (same input bytes and
  same config fingerprint; ``--force`` redoes it), or it is not in Vietnamese and
  ``--non-vietnamese skip`` (the default) is in force;
* **failed**: it could not be read, cleaned or briefed (empty, binary, unsupported encoding, too
  large, nothing left after cleaning, a model error on it...), or its output place is taken.

Every skip and failure is one line naming the file and the reason; the last line counts them.
Exit status: 0 when nothing failed, 1 when something did, 2 for a usage error, 130 when
interrupted (Ctrl-C or SIGTERM): finished outputs are kept, no partial file is left, and running
the same command again resumes.

Each output carries a stamp (input path, SHA-256 of the input's bytes, config fingerprint): a
``vnsumm`` key in JSON and JSONL outputs, an HTML comment on the last line of Markdown ones.
"""
from __future__ import annotations

import json
import os
import re
import signal
import sys
import tempfile
import threading
import time
import traceback
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator, Sequence

from vnsumm import __version__
from vnsumm.article import Article, Brief
from vnsumm.errors import InputError, VnsummError

__all__ = [
    "INPUT_SUFFIXES", "UsageError", "Input", "RunOptions", "Stamp", "FolderRun", "as_text", "atomic_write",
    "deferred_interrupt", "collect_inputs", "output_path", "check_output_folder", "clean_file", "load_article",
    "render",
    "shown", "reason_of",
]

INPUT_SUFFIXES = (".txt", ".html", ".htm")
FORMAT_SUFFIX = {"md": ".md", "json": ".json"}
JSONL_NAME = "briefs.jsonl"
INDEX_NAME = "index.json"
_TEMP_NAME = re.compile(r"^\..+\.[a-z0-9_]{8}\.tmp$")  # what atomic_write's mkstemp makes
_MD_STAMP = re.compile(r"<!-- vnsumm (\{.*\}) -->\s*$")

Review = Callable[[Brief, str, Callable[[str], None]], "str | None"]


class UsageError(VnsummError):
    """The command line asks for something impossible (exit status 2)."""

    exit_code = 2


class OutputError(VnsummError):
    """An output that holds many briefs (briefs.jsonl) cannot be written: the run cannot go on."""


# -- small helpers -------------------------------------------------------------------------
def shown(path: Path | str) -> str:
    """A path as one printable line (control characters escaped)."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in str(path))


def as_text(path: Path | str) -> str:
    """A path as a string that can be written as UTF-8 (undecodable bytes of a file name escaped)."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def reason_of(exc: BaseException, file: Path | str | None = None) -> str:
    """An exception as a one-line reason, without the file name the message may start with."""
    text = str(exc).strip() or type(exc).__name__
    if file is not None:
        for prefix in (f"{file}: ", f"{shown(file)}: "):
            if text.startswith(prefix):
                text = text[len(prefix):]
    if not isinstance(exc, VnsummError):
        text = f"internal error: {type(exc).__name__}: {text}"
    line = " ".join(text.split()).encode("utf-8", "backslashreplace").decode("utf-8")
    return line if len(line) <= 500 else line[:497] + "..."


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


def atomic_write(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` via a synced temp file in the same folder and a rename.

    Interrupts are held until the rename is done, so a file is either whole or absent.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    with deferred_interrupt():
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name[:120]}.", suffix=".tmp", dir=path.parent)  # fits NAME_MAX
        try:
            os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; outputs get the usual mode
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(text)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


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


# -- inputs and outputs --------------------------------------------------------------------
@dataclass(frozen=True)
class Input:
    """An article file and the folder its output place is mirrored from."""

    file: Path
    root: Path
    scanned: bool = False  # found by looking into a folder (not named on the command line)


def collect_inputs(paths: Sequence[str | Path], recursive: bool = False) -> list[Input]:
    """Files named directly, and article files inside named folders (hidden ones left out), each once."""
    found: list[Input] = []
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            pattern = "**/*" if recursive else "*"
            files = sorted(
                p for p in path.glob(pattern)
                if p.suffix.lower() in INPUT_SUFFIXES
                and not any(part.startswith(".") for part in p.relative_to(path).parts) and p.is_file()
            )
            pairs = [(file, path, True) for file in files]
        elif path.exists():
            pairs = [(path, path.parent, False)]
        else:
            raise UsageError(f"{shown(raw)}: no such file or folder")
        for file, root, scanned in pairs:
            if file.resolve() not in seen:
                seen.add(file.resolve())
                found.append(Input(file, root, scanned))
    return found


def check_output_folder(out_dir: Path, inputs: Sequence[Input], given: Sequence[str | Path],
                        recursive: bool, allow_input_folder: bool) -> None:
    """Refuse an output folder that is a file, or that would put outputs among the inputs."""
    if out_dir.exists() and not out_dir.is_dir():
        raise UsageError(f"-o {shown(out_dir)}: exists and is not a folder")
    if allow_input_folder:
        return
    out = out_dir.resolve()
    input_folders = {i.file.resolve().parent for i in inputs}
    if out in input_folders:
        raise UsageError(f"-o {shown(out_dir)} is a folder of input files; choose another output folder "
                         "(or add --allow-input-folder)")
    if recursive:
        for raw in given:
            folder = Path(raw).resolve()
            if Path(raw).is_dir() and (out == folder or folder in out.parents):
                raise UsageError(f"-o {shown(out_dir)} is inside the input folder {shown(raw)} searched with "
                                 "--recursive; choose another output folder (or add --allow-input-folder)")


def output_path(file: Path, root: Path, out_dir: Path, suffix: str, taken: set[Path]) -> Path:
    """Mirror the file's place under its root inside ``out_dir``; never reuse a name."""
    target = (out_dir / file.relative_to(root)).with_suffix(suffix)
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
        return output_path(inp.file, inp.root, self.out_dir, self.suffix, self.taken)

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


# -- one article -----------------------------------------------------------------------------
@dataclass
class Loaded:
    """An input read, hashed, cleaned and checked: ready for the models."""

    article: Article
    language: Any  # vnsumm.validate.Language
    sha256: str


def clean_file(file: Path, cleaner: Callable[[str], Article], max_bytes: int,
               data: bytes | None = None) -> tuple[Article, bytes]:
    """Read, decode and clean one input within a time budget; an article with no words is an InputError."""
    from vnsumm.io import read_bytes, text_from_bytes
    from vnsumm.validate import cleaning_budget, require_words, time_limit

    if data is None:
        data = read_bytes(file, max_bytes=max_bytes)
    budget = cleaning_budget(len(data))
    with time_limit(budget, f"reading and cleaning took over {budget:.0f} s: the text looks pathological"):
        text = text_from_bytes(data, name=str(file))
        article = cleaner(text)
    require_words(article)
    return article, data


def load_article(file: Path, pipeline: Any, non_vietnamese: str = "skip",
                 data: bytes | None = None) -> Loaded:
    """Read, clean and check one input for ``pipeline``; raises InputError (NotVietnamese for a skip)."""
    from vnsumm.validate import check_language, content_hash

    article, data = clean_file(file, pipeline.clean, pipeline.config.max_input_bytes, data)
    language = check_language(article, non_vietnamese)
    return Loaded(article, language, content_hash(data))


# -- the run ---------------------------------------------------------------------------------
@dataclass
class RunOptions:
    """How a folder run writes, resumes and reports."""

    out_dir: Path
    fmt: str = "md"
    force: bool = False
    non_vietnamese: str = "skip"
    report: Path | None = None
    quiet: bool = False
    debug: bool = False
    review: Review | None = None  # a hook that may veto a brief (returns the failure reason)


@dataclass
class Job:
    inp: Input
    place: Path
    stamp: Stamp
    loaded: Loaded


@dataclass
class Tally:
    done: list[dict[str, Any]] = field(default_factory=list)
    skipped: list[dict[str, Any]] = field(default_factory=list)
    failed: list[dict[str, Any]] = field(default_factory=list)


class FolderRun:
    """Brief many inputs into an output folder; see the module docstring for the guarantees."""

    def __init__(self, pipeline: Any, inputs: Sequence[Input], options: RunOptions) -> None:
        self.pipeline = pipeline
        self.inputs = list(inputs)
        self.options = options
        self.fingerprint = pipeline.config.fingerprint()
        self.outputs = JsonlOutputs(options.out_dir) if options.fmt == "jsonl" else FileOutputs(options.out_dir,
                                                                                                options.fmt)
        self.input_files = {i.file.resolve() for i in self.inputs}
        self.tally = Tally()
        self.pending: list[Job] = []
        self.bar: Any = None

    # -- messages ------------------------------------------------------------------------
    def say(self, line: str) -> None:
        from tqdm import tqdm

        tqdm.write(line, file=sys.stderr)

    def _skip(self, inp: Input, reason: str, kind: str, place: Path | None = None, quiet: bool = False) -> None:
        self.tally.skipped.append({"input": as_text(inp.file), "reason": reason, "kind": kind,
                                   **({"output": as_text(place)} if place else {})})
        if not quiet:
            self.say(f"vnsumm: skipped {shown(inp.file)}: {reason}")
        self._tick()

    def _fail(self, inp: Input, exc_or_reason: BaseException | str, stage: str) -> None:
        if isinstance(exc_or_reason, BaseException):
            reason = reason_of(exc_or_reason, inp.file)
            if self.options.debug:
                traceback.print_exception(exc_or_reason, file=sys.stderr)
        else:
            reason = exc_or_reason
        self.tally.failed.append({"input": as_text(inp.file), "reason": reason, "stage": stage})
        self.say(f"vnsumm: failed {shown(inp.file)}: {reason}")
        self._tick()

    def _tick(self, n: int = 1) -> None:
        if self.bar is not None:
            self.bar.update(n)

    # -- the steps -----------------------------------------------------------------------
    def run(self) -> int:
        """Brief every input; returns the exit status."""
        from tqdm import tqdm

        start = time.perf_counter()
        interrupted = False
        try:
            self.options.out_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise UsageError(f"cannot create the output folder {shown(self.options.out_dir)}: "
                             f"{exc.strerror or exc}") from None
        remove_stale_temps(self.options.out_dir)
        restore = _sigterm_as_interrupt()
        try:
            with tqdm(total=len(self.inputs), unit="article", file=sys.stderr,
                      disable=True if self.options.quiet else None) as self.bar:
                for inp in self.inputs:
                    self.prepare(inp)
                    if len(self.pending) >= self.pipeline.config.batch_size:
                        self.flush()
                self.flush()
        except KeyboardInterrupt:
            interrupted = True
        finally:
            self.bar = None
            restore()
        return self.finish(time.perf_counter() - start, interrupted)

    def prepare(self, inp: Input) -> None:
        """Read, check and clean one input; queue it, or record why it is skipped or failed."""
        from vnsumm.io import read_bytes
        from vnsumm.validate import NotVietnamese, content_hash

        place = self.outputs.place(inp)
        if place.resolve() in self.input_files:
            return self._fail(inp, f"its output {shown(place)} would overwrite an input file", "output")
        try:
            data = read_bytes(inp.file, max_bytes=self.pipeline.config.max_input_bytes)
            stamp = Stamp(as_text(inp.file), content_hash(data), self.fingerprint)
            state = self.outputs.state(place, stamp)
            if state == "current" and not self.options.force:
                return self._skip(inp, "output is up to date", "up-to-date", place, quiet=True)
            if state == "foreign" and not self.options.force:
                return self._fail(inp, f"{shown(place)} exists and was not written by vnsumm; "
                                       "move it away or add --force to overwrite it", "output")
            loaded = load_article(inp.file, self.pipeline, self.options.non_vietnamese, data=data)
        except NotVietnamese as exc:
            return self._skip(inp, reason_of(exc, inp.file), "not-vietnamese")
        except InputError as exc:
            return self._fail(inp, exc, "input")
        except (KeyboardInterrupt, SystemExit):
            raise
        except Exception as exc:  # noqa: BLE001 - one odd article must not stop the run
            return self._fail(inp, exc, "input")
        self.pending.append(Job(inp, place, stamp, loaded))

    def flush(self) -> None:
        """Brief the queued articles (Vietnamese ones translated, others as asked) and write them."""
        jobs, self.pending = self.pending, []
        vietnamese = [j for j in jobs if j.loaded.language.is_vietnamese]
        others = [j for j in jobs if not j.loaded.language.is_vietnamese]
        if vietnamese:
            self._brief(vietnamese, lambda js: self.pipeline.brief_articles(
                [j.loaded.article for j in js], [as_text(j.inp.file) for j in js]))
        if others:
            self._brief(others, lambda js: self.pipeline.brief_untranslated(
                [j.loaded.article for j in js], [as_text(j.inp.file) for j in js],
                [j.loaded.language.code for j in js]))
        self._write_held_outputs()

    def _write_held_outputs(self) -> None:
        try:
            self.outputs.flush()
        except OSError as exc:
            raise OutputError(f"cannot write {shown(getattr(self.outputs, 'path', self.options.out_dir))}: "
                              f"{exc.strerror or exc}") from None

    def _brief(self, jobs: list[Job], make: Callable[[list[Job]], list[Brief]]) -> None:
        try:
            briefs = make(jobs)
        except (KeyboardInterrupt, SystemExit):
            raise
        except Exception as exc:  # noqa: BLE001 - isolate the article that fails
            if len(jobs) == 1:
                return self._fail(jobs[0].inp, exc, "model")
            for job in jobs:  # one at a time, so only the culprit fails
                self._brief([job], make)
            return
        for job, brief in zip(jobs, briefs):
            self._deliver(job, brief)

    def _deliver(self, job: Job, brief: Brief) -> None:
        review = self.options.review
        veto = review(brief, as_text(job.inp.file), self.say) if review else None
        if veto:
            return self._fail(job.inp, veto, "review")
        with deferred_interrupt():  # an output written is an output counted, even on Ctrl-C
            try:
                self.outputs.write(job.place, brief, job.stamp)
            except OSError as exc:
                return self._fail(job.inp, f"cannot write {shown(job.place)}: {exc.strerror or exc}", "output")
            self.tally.done.append({"input": as_text(job.inp.file), "output": as_text(job.place),
                                    "title": brief.title})
            self._tick()

    # -- the end -------------------------------------------------------------------------
    def finish(self, seconds: float, interrupted: bool) -> int:
        """Write what is held back, the index and the report; print the summary; the exit status."""
        tally, out_dir = self.tally, self.options.out_dir
        self._write_held_outputs()
        current = [s for s in tally.skipped if s["kind"] == "up-to-date"]
        index = {
            "config": self.pipeline.describe(),
            "done": tally.done,
            "skipped": tally.skipped,
            "failed": tally.failed,
            "interrupted": interrupted,
        }
        unwritten = []
        documents = [(out_dir / INDEX_NAME, index)]
        if self.options.report is not None:
            documents.append((self.options.report, self.report(seconds, interrupted)))
        for path, document in documents:
            try:
                atomic_write(path, json.dumps(document, ensure_ascii=False, indent=2) + "\n")
            except OSError as exc:
                unwritten.append(path)
                say(f"vnsumm: error: cannot write {shown(path)}: {exc.strerror or exc}")
        if current:
            say(f"vnsumm: {len(current)} already up to date (same input and config; --force redoes them)")
        if interrupted:
            left = len(self.inputs) - len(tally.done) - len(tally.skipped) - len(tally.failed)
            say(f"vnsumm: interrupted with {left} article(s) left; finished outputs are kept and no partial "
                "file is left; run the same command again to finish the rest")
        say(f"vnsumm: {len(tally.done)} done, {len(tally.skipped)} skipped, {len(tally.failed)} failed "
            f"in {seconds:.1f} s -> {shown(out_dir)}")
        if interrupted:
            return 130
        return 1 if tally.failed or unwritten else 0

    def report(self, seconds: float, interrupted: bool) -> dict[str, Any]:
        """The ``--report`` document: counts, then every failure and skip with its reason."""
        tally = self.tally
        return {
            "output": as_text(self.options.out_dir),
            "config": {"name": self.pipeline.config.name, "fingerprint": self.fingerprint},
            "counts": {"inputs": len(self.inputs), "done": len(tally.done), "skipped": len(tally.skipped),
                       "failed": len(tally.failed)},
            "seconds": round(seconds, 2),
            "interrupted": interrupted,
            "failed": tally.failed,
            "skipped": tally.skipped,
        }


def _sigterm_as_interrupt() -> Callable[[], None]:
    """Make SIGTERM stop a run the way Ctrl-C does; returns the function that undoes it."""
    if not hasattr(signal, "SIGTERM") or threading.current_thread() is not threading.main_thread():
        return lambda: None

    def interrupt(signum, frame):  # noqa: ARG001
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, interrupt)
    return lambda: signal.signal(signal.SIGTERM, previous)


def say(message: str) -> None:
    print(message, file=sys.stderr)
