"""Briefing on an actor pool: each actor loads the pipeline once, briefs batches, writes a JSONL shard each.

A batch that raises is briefed again one article at a time, so only the culprit fails. A shard is
named by a hash of its batch's inputs, so a retried task rewrites the same shard; each line is
exactly a local ``--format jsonl`` line (the Brief and its ``vnsumm`` stamp).
"""
from __future__ import annotations

import hashlib
import json
import os
import pickle
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vnsumm.article import Brief
from vnsumm.config import Config
from vnsumm.distributed.cluster import MAX_RETRIES, TASK_CPUS, actor_resources, ray_module, table
from vnsumm.distributed.reading import prepare_batch
from vnsumm.messages import as_text, reason_of
from vnsumm.outputs import Stamp, atomic_write, render

if TYPE_CHECKING:
    import pyarrow as pa
    import ray.data

SHARD_PREFIX = "briefs-ray-"
ROWS_PER_SHARD = 128  # articles an actor briefs per call: one shard, the most a crash or Ctrl-C loses
TEST_CRASH_FILE = "VNSUMM_RAY_TEST_CRASH_FILE"  # test hook: see Briefer._maybe_crash


BRIEFED = {
    "label": "string", "status": "string", "kind": "string", "reason": "string", "output": "string",
    "title": "string", "warning": "string", "line": "string", "describe": "string",
}


class Briefer:
    """A Ray Data actor: loads the pipeline once, briefs batches of prepared rows, writes a shard per batch."""

    def __init__(self, config: Config, out_dir: str | None, strict: bool) -> None:
        from vnsumm.pipeline import Pipeline

        self.pipeline = Pipeline.from_config(config)
        self.fingerprint = config.fingerprint()
        self.out_dir = Path(out_dir) if out_dir else None
        self.strict = strict
        self.described = json.dumps(self.pipeline.describe(), ensure_ascii=False)

    def __call__(self, batch: "pa.Table") -> "pa.Table":
        rows = batch.to_pylist()
        self._maybe_crash(rows)
        ready = [r for r in rows if r["status"] == "ready"]
        out = [{"label": r["label"], "status": r["status"], "kind": r["kind"], "reason": r["reason"]}
               for r in rows if r["status"] != "ready"]
        results = self._brief(ready)
        lines = []
        for row, brief in results:
            if isinstance(brief, BaseException):
                out.append({"label": row["label"], "status": "failed", "kind": "model",
                            "reason": reason_of(brief, row["label"])})
                continue
            warning = self._unsupported(brief, row["label"])
            if warning and self.strict:
                out.append({"label": row["label"], "status": "failed", "kind": "review", "warning": warning,
                            "reason": f"--strict: {brief.warnings[-1]}"})
                continue
            line = render(brief, "jsonl", Stamp(row["label"], row["key"], row["sha256"], self.fingerprint))
            lines.append(line)
            out.append({"label": row["label"], "status": "done", "title": brief.title, "warning": warning,
                        "line": line if self.out_dir is None else None})
        if self.out_dir is not None and lines:
            shard = self._write(lines, [r["label"] for r in out if r["status"] == "done"])
            for r in out:
                if r["status"] == "done":
                    r["output"] = shard
        if out:
            out[0]["describe"] = self.described
        return table(out, BRIEFED)

    def _brief(self, rows: list[dict[str, Any]]) -> list[tuple[dict[str, Any], Brief | BaseException]]:
        """Brief rows together, routed by language (:meth:`Pipeline.iter_routed`); if that raises, the rows
        not yet briefed go one at a time, so only the culprit fails."""
        if not rows:
            return []
        results: list[tuple[dict[str, Any], Brief | BaseException]] = []
        waiting = dict(enumerate(rows))
        try:
            articles = [pickle.loads(r["article"]) for r in rows]
            for n, brief in self.pipeline.iter_routed(articles, [r["label"] for r in rows],
                                                      [r["language"] for r in rows]):
                results.append((waiting.pop(n), brief))
        except Exception as exc:  # noqa: BLE001 - isolate the article that fails
            if len(rows) == 1:
                return results + [(row, exc) for row in waiting.values()]
            for row in waiting.values():
                results += self._brief([row])
        return results

    @staticmethod
    def _unsupported(brief: Brief, label: str) -> str | None:
        from vnsumm.check.brief import unsupported_line

        return unsupported_line(brief, label)

    def _write(self, lines: list[str], labels: list[str]) -> str:
        """The batch's lines as one shard, named by its inputs so that a retried task rewrites it."""
        digest = hashlib.sha256("\n".join(sorted(labels)).encode("utf-8", "surrogatepass")).hexdigest()[:20]
        path = self.out_dir / f"{SHARD_PREFIX}{digest}.jsonl"
        atomic_write(path, "".join(lines))
        return as_text(path)

    @staticmethod
    def _maybe_crash(rows: list[dict[str, Any]]) -> None:
        """Test hook: when the file named by $VNSUMM_RAY_TEST_CRASH_FILE exists and names an input of
        this batch, delete it and kill this worker process (so the crash happens once)."""
        hook = os.environ.get(TEST_CRASH_FILE)
        if not hook or not os.path.exists(hook):
            return
        target = Path(hook).read_text(encoding="utf-8").strip()
        if any(r["label"] == target for r in rows):
            os.unlink(hook)
            os._exit(17)


def brief_stages(ds: "ray.data.Dataset", config: Config, done: dict[str, str], *, out_dir: Path | None,
                 actors: int = 1, rows_per_shard: int = ROWS_PER_SHARD, force: bool = False,
                 non_vietnamese: str = "skip", strict: bool = False) -> "ray.data.Dataset":
    """Sources → prepared rows (plain tasks) → briefed rows (the actor pool; shards in ``out_dir`` unless None)."""
    import warnings

    ray = ray_module()
    # retries have no named parameter yet; the pin (ray<2.64) keeps the keywords working
    warnings.filterwarnings("ignore", message="`ray_remote_args` is deprecated")
    prepared = ds.map_batches(
        prepare_batch, batch_format="pyarrow", batch_size=None, max_retries=MAX_RETRIES, num_cpus=TASK_CPUS,
        fn_kwargs={"max_bytes": config.max_input_bytes, "done": done, "force": force,
                   "non_vietnamese": non_vietnamese})
    return prepared.map_batches(
        Briefer, batch_format="pyarrow", batch_size=max(rows_per_shard, 1),
        compute=ray.data.ActorPoolStrategy(size=max(actors, 1)),
        fn_constructor_kwargs={"config": config, "out_dir": as_text(out_dir) if out_dir else None, "strict": strict},
        max_restarts=MAX_RETRIES, max_task_retries=MAX_RETRIES, **actor_resources(config, actors))
