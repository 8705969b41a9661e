"""Several inputs, no output folder, ``--format jsonl``: one brief per line on stdout.

The same run as a folder run (each input read, checked and briefed on its own; a bad one is a
one-line failure on stderr), but each brief is written to stdout as soon as it is made, in the
schema of ``briefs.jsonl`` (stamp included). Nothing is written to disk, so nothing is resumed.
"""
from __future__ import annotations

from contextlib import nullcontext
from pathlib import Path
from typing import Any, ContextManager, Sequence

from vnsumm.article import Brief
from vnsumm.folder_run import FolderRun, Review, RunOptions
from vnsumm.inputs import Input
from vnsumm.messages import say, write_stdout
from vnsumm.outputs import Stamp, render

__all__ = ["StdoutJsonl", "StreamRun"]

STDOUT = Path("<stdout>")


class StdoutJsonl:
    """Outputs that print each brief as one JSON line on stdout, at once."""

    def place(self, inp: Input) -> Path:
        return STDOUT

    def state(self, place: Path, stamp: Stamp) -> str:
        return "absent"

    def write(self, place: Path, brief: Brief, stamp: Stamp) -> None:
        """Print the line now."""
        write_stdout(render(brief, "jsonl", stamp))

    def due(self) -> bool:
        """Always: a line printed is out, so it is counted at once."""
        return True

    def flush(self) -> dict[Path, OSError]:
        """Nothing is held back."""
        return {}


class StreamRun(FolderRun):
    """A folder run whose outputs are lines on stdout (see the module docstring)."""

    @classmethod
    def of(cls, pipeline: Any, inputs: Sequence[Input], non_vietnamese: str = "skip", quiet: bool = False,
           debug: bool = False, review: Review | None = None) -> "StreamRun":
        options = RunOptions(out_dir=STDOUT, fmt="md", non_vietnamese=non_vietnamese, quiet=quiet, debug=debug,
                             review=review)
        run = cls(pipeline, inputs, options)
        run.outputs = StdoutJsonl()
        return run

    def open_output(self) -> ContextManager[None]:
        """stdout needs no folder and no lock."""
        return nullcontext()

    def finish(self, seconds: float, interrupted: bool) -> int:
        tally = self.tally
        if interrupted:
            say("vnsumm: interrupted; the briefs printed so far are complete lines")
        say(f"vnsumm: {len(tally.done)} done, {len(tally.skipped)} skipped, {len(tally.failed)} failed "
            f"in {seconds:.1f} s -> stdout")
        if interrupted:
            return 130
        return 1 if tally.failed else 0
