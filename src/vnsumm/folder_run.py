"""Folder runs: each article checked and briefed on its own, outputs written atomically, resumable.

A run never stops at a bad article, and each brief is written as soon as it is made (with an LLM
briefer, as soon as its answer is checked) to a temp file beside its place; the briefs of a batch are
then made durable together and renamed into place (at the latest a second after the first was made),
so a place only ever holds a whole brief, and one fsync per file is not paid. Each input ends up

* **done**: its brief was written;
* **skipped**: nothing to do, by design: its output is already up to date (same input bytes and
  same config fingerprint; ``--force`` redoes it), or it is not in Vietnamese and
  ``--non-vietnamese skip`` (the default) is in force;
* **failed**: it could not be read, cleaned or briefed (empty, binary, unsupported encoding, too
  large, nothing left after cleaning, a model error on it...), or its output place is taken.

Every skip and failure is one line naming the file and the reason; the last line counts them.
Exit status: 0 when nothing failed, 1 when something did, 130 when interrupted (Ctrl-C or
SIGTERM): finished outputs are kept, no partial file is left, and running the same command again
resumes.
"""
from __future__ import annotations

import signal
import sys
import threading
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from contextlib import contextmanager
from typing import Any, Callable, Iterator, Sequence

from tqdm import tqdm

from vnsumm.article import Article, Brief
from vnsumm.folder_lock import output_folder
from vnsumm.inputs import Input
from vnsumm.messages import as_text, reason_of, say, shown
from vnsumm.prepare import prepare
from vnsumm.test_hooks import test_hook
from vnsumm.outputs import INDEX_NAME, Stamp, deferred_interrupt, open_outputs, write_json

__all__ = ["RunOptions", "FolderRun", "Review"]

Review = Callable[[Brief, str], "str | None"]


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
    """An input read, cleaned and checked: ready for the models."""

    inp: Input
    place: Path
    stamp: Stamp
    article: Article
    route: str  # "vi", or the code of the language it is summarized in untranslated


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
        self.outputs: Any = None  # planned in run(), under the folder's lock
        self.tally = Tally()
        self.pending: list[Job] = []
        self.held: list[tuple[Job, dict[str, Any]]] = []  # briefs made, not yet in place (counted once they are)
        self.bar: Any = None

    # -- messages ------------------------------------------------------------------------
    def _skip(self, inp: Input, reason: str, kind: str, place: Path | None = None, quiet: bool = False) -> None:
        self.tally.skipped.append({"input": inp.label, "reason": reason, "kind": kind,
                                   **({"output": as_text(place)} if place else {})})
        if not quiet:
            say(f"vnsumm: skipped {inp.shown}: {reason}")
        self._tick()

    def _fail(self, inp: Input, exc_or_reason: BaseException | str, stage: str) -> None:
        if isinstance(exc_or_reason, BaseException):
            reason = reason_of(exc_or_reason, inp.file or inp.label)
            if self.options.debug:
                traceback.print_exception(exc_or_reason, file=sys.stderr)
        else:
            reason = exc_or_reason
        self.tally.failed.append({"input": inp.label, "reason": reason, "stage": stage})
        say(f"vnsumm: failed {inp.shown}: {reason}")
        self._tick()

    def _tick(self, n: int = 1) -> None:
        if self.bar is not None:
            self.bar.update(n)

    # -- the steps -----------------------------------------------------------------------
    def run(self) -> int:
        """Brief every input; returns the exit status."""
        start = time.perf_counter()
        interrupted = False
        with self.open_output():
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
            with deferred_interrupt():  # a second Ctrl-C waits until the index and report are written
                test_hook("finish")
                return self.finish(time.perf_counter() - start, interrupted)

    @contextmanager
    def open_output(self) -> Iterator[None]:
        """Create the output folder, hold its lock, remove what dead runs left half-written, plan the outputs."""
        with output_folder(self.options.out_dir):
            self.outputs = open_outputs(self.options.out_dir, self.options.fmt, self.inputs)
            yield

    def prepare(self, inp: Input) -> None:
        """Read, check and clean one input (:func:`vnsumm.prepare.prepare`); queue it, or record why not."""
        place = self.outputs.place(inp) if not inp.skip else None
        prepared = prepare(inp, self.pipeline.config.max_input_bytes, self.options.non_vietnamese,
                           self.options.force, state=lambda sha256: self.outputs.state(place, self._stamp(inp, sha256)),
                           place=shown(place) if place else "")
        if prepared.ready:
            self.pending.append(Job(inp, place, self._stamp(inp, prepared.sha256), prepared.article, prepared.route))
        elif prepared.status == "skipped":
            self._skip(inp, prepared.reason, prepared.kind, place if prepared.kind == "up-to-date" else None,
                       quiet=prepared.kind == "up-to-date")
        else:
            if prepared.error is not None and self.options.debug:
                traceback.print_exception(prepared.error, file=sys.stderr)
            self._fail(inp, prepared.reason, prepared.kind)

    def _stamp(self, inp: Input, sha256: str | None) -> Stamp:
        return Stamp(inp.label, inp.key, sha256 or "", self.fingerprint)

    def flush(self) -> None:
        """Brief the queued articles, each routed by language (:meth:`Pipeline.iter_routed`), and write them."""
        jobs, self.pending = self.pending, []
        if jobs:
            self._brief(jobs)
        self._write_held_outputs()

    def _write_held_outputs(self) -> None:
        """Put what the outputs hold back in place (:meth:`FileOutputs.flush`); a brief that cannot be written
        fails, the run goes on."""
        held, self.held = self.held, []
        with deferred_interrupt():  # briefs written are briefs counted, even on Ctrl-C
            try:
                failed = self.outputs.flush()
            except OSError as exc:
                failed = {job.place: exc for job, _ in held}
            for job, entry in held:
                exc = failed.get(job.place)
                if exc is not None:
                    self._fail(job.inp, f"cannot write {shown(job.place)}: {exc.strerror or exc}", "output")
                else:
                    self._done(entry)

    def _brief(self, jobs: list[Job]) -> None:
        """Brief jobs together, writing each brief as it arrives; if that raises, the jobs still
        waiting are briefed one at a time, so only the culprit fails."""
        waiting = dict(enumerate(jobs))
        try:
            for n, brief in self.pipeline.iter_routed([j.article for j in jobs], [j.inp.label for j in jobs],
                                                      [j.route for j in jobs]):
                if isinstance(brief, BaseException):  # this article failed alone (an LLM's answer, say)
                    self._fail(waiting.pop(n).inp, brief, "model")
                    continue
                self._deliver(waiting.pop(n), brief)
        except (KeyboardInterrupt, SystemExit):
            raise
        except Exception as exc:  # noqa: BLE001 - isolate the article that fails
            if len(jobs) == 1:
                for job in waiting.values():
                    self._fail(job.inp, exc, "model")
                return
            for job in waiting.values():
                self._brief([job])

    def _deliver(self, job: Job, brief: Brief) -> None:
        review = self.options.review
        veto = review(brief, job.inp.label) if review else None
        if veto:
            return self._fail(job.inp, veto, "review")
        try:
            self.outputs.write(job.place, brief, job.stamp)
        except OSError as exc:
            return self._fail(job.inp, f"cannot write {shown(job.place)}: {exc.strerror or exc}", "output")
        self.held.append((job, {"input": job.inp.label, "output": as_text(job.place), "title": brief.title}))
        test_hook("held", len(self.held))
        if self.outputs.due():
            self._write_held_outputs()

    def _done(self, entry: dict[str, Any]) -> None:
        """Count a brief that is on disk (the test hook ``written:N`` fires here)."""
        self.tally.done.append(entry)
        self._tick()
        test_hook("written", len(self.tally.done))

    # -- the end -------------------------------------------------------------------------
    def finish(self, seconds: float, interrupted: bool) -> int:
        """Write what is held back, the index and the report; print the summary; the exit status."""
        self._write_held_outputs()
        tally = self.tally
        left = len(self.inputs) - len(tally.done) - len(tally.skipped) - len(tally.failed)
        return close_run(self.options.out_dir, self.options.report, self.pipeline.describe(), self.pipeline.config.name,
                         self.fingerprint, tally, len(self.inputs), seconds, interrupted,
                         f"interrupted with {left} article(s) left; finished outputs are kept and no partial file is "
                         "left; run the same command again to finish the rest")


def close_run(out_dir: Path, report: Path | None, described: dict[str, Any], config_name: str, fingerprint: str,
              tally: Tally, inputs: int, seconds: float, interrupted: bool, interrupted_line: str,
              where: str = "") -> int:
    """The end of a run (a local or a Ray run): its index and ``--report`` written, the summary said; the exit
    status (130 interrupted, 1 when something failed or a document could not be written, else 0)."""
    index = {"config": described, "done": tally.done, "skipped": tally.skipped, "failed": tally.failed,
             "interrupted": interrupted}
    documents = [(out_dir / INDEX_NAME, index)]
    if report is not None:
        documents.append((report, report_document(out_dir, config_name, fingerprint, inputs, tally.done,
                                                  tally.skipped, tally.failed, seconds, interrupted)))
    unwritten = write_documents(documents)
    current = [s for s in tally.skipped if s["kind"] == "up-to-date"]
    if current:
        say(f"vnsumm: {len(current)} already up to date (same input and config; --force redoes them)")
    if interrupted and interrupted_line:
        say(f"vnsumm: {interrupted_line}")
    say(f"vnsumm: {len(tally.done)} done, {len(tally.skipped)} skipped, {len(tally.failed)} failed "
        f"in {seconds:.1f} s{where} -> {shown(out_dir)}")
    if interrupted:
        return 130
    return 1 if tally.failed or unwritten else 0


def report_document(out_dir: Path, config_name: str, fingerprint: str, inputs: int, done: list[dict[str, Any]],
                    skipped: list[dict[str, Any]], failed: list[dict[str, Any]], seconds: float,
                    interrupted: bool) -> dict[str, Any]:
    """The ``--report`` document of a run (a local or a Ray run): counts, then every failure and skip."""
    return {
        "output": as_text(out_dir),
        "config": {"name": config_name, "fingerprint": fingerprint},
        "counts": {"inputs": inputs, "done": len(done), "skipped": len(skipped), "failed": len(failed)},
        "seconds": round(seconds, 2),
        "interrupted": interrupted,
        "failed": failed,
        "skipped": skipped,
    }


def write_documents(documents: list[tuple[Path, dict[str, Any]]]) -> list[Path]:
    """Write the index and report of a run (a local or a Ray run); the ones that could not be, each said."""
    unwritten = []
    for path, document in documents:
        try:
            write_json(path, document)
        except OSError as exc:
            unwritten.append(path)
            say(f"vnsumm: error: cannot write {shown(path)}: {exc.strerror or exc}")
    return unwritten


def _sigterm_as_interrupt() -> Callable[[], None]:
    """Make SIGTERM stop a run the way Ctrl-C does; returns the function that undoes it."""
    if not hasattr(signal, "SIGTERM") or threading.current_thread() is not threading.main_thread():
        return lambda: None

    def interrupt(signum, frame):  # noqa: ARG001
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, interrupt)
    return lambda: signal.signal(signal.SIGTERM, previous)
