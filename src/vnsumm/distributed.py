"""Brief an archive on Ray: Ray Data reads and cleans in parallel tasks, an actor pool briefs.

    vnsumm brief INPUTS -o OUT --ray [ADDRESS] [--ray-actors N]

The same briefs, schema and promises as a local run (:mod:`vnsumm.folder_run`), made by the same
functions (:func:`~vnsumm.inputs.load_article`, :func:`~vnsumm.language.check_language`,
:meth:`~vnsumm.pipeline.Pipeline.brief_articles`, :func:`~vnsumm.outputs.render`):

* inputs are article files, folders of them, and datasets (``.jsonl``, ``.jsonl.gz``,
  ``.parquet``: one article per row, its text in ``article`` or ``text``, its title in ``title``
  when there is one, its id in ``id``, else the row number from 1). A dataset row is labelled
  ``PATH#ID`` and hashed as its JSON text and title, as a local run (issue 13) does;
* **cleaning** runs in plain Ray tasks (``map_batches``), one input's failure a row with its reason;
* **briefing** runs in ``map_batches`` over an actor pool (``--ray-actors``), each actor loading
  the pipeline once (1 CPU per actor, or 1 GPU when the config's device is ``cuda``). A batch
  that raises is briefed again one article at a time, so only the culprit fails;
* each actor writes its batch's briefs as one JSONL shard ``OUT/briefs-ray-*.jsonl`` (atomically;
  the name is a hash of the batch's inputs, so a retried task rewrites the same shard), each line
  exactly a local ``--format jsonl`` line (the Brief and its ``vnsumm`` stamp);
* a rerun reads the stamps of every ``OUT/briefs*.jsonl`` (a local run's ``briefs.jsonl``
  included) and skips inputs with the same label, bytes and config fingerprint; a redone
  input's old line is removed from its old shard at the end of the run;
* an interrupted run (Ctrl-C, SIGTERM) loses only the batches in flight; a worker that dies is
  restarted and its task retried by Ray (``MAX_RETRIES`` times) instead of failing the run.

Inputs and ``OUT`` must be at the same path on every node (a shared file system), and every node
needs vnsumm installed (with the ``models`` extra for model-backed configs).
"""
from __future__ import annotations

import gzip
import hashlib
import json
import os
import pickle
import time
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any, Iterator, Sequence

from vnsumm.article import Article, Brief
from vnsumm.config import Config, load_config
from vnsumm.errors import InputError, OutputError, UsageError
from vnsumm.inputs import Input, collect_inputs, content_hash, load_article
from vnsumm.language import NotVietnamese, check_language
from vnsumm.messages import as_text, reason_of, say, shown
from vnsumm.outputs import INDEX_NAME, Stamp, atomic_write, remove_stale_temps, render, write_json

if TYPE_CHECKING:  # ray is an optional extra: imported only when a distributed run starts
    import pyarrow as pa
    import ray.data

__all__ = ["RayOptions", "DATASET_SUFFIXES", "SHARD_PREFIX", "MAX_RETRIES", "brief_dataset", "run_distributed",
           "dataset_sources", "existing_briefs"]

DATASET_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".parquet")
TEXT_FIELDS = ("article", "text")
SHARD_PREFIX = "briefs-ray-"
MAX_RETRIES = 3  # restarts of a dead actor, retries of its task or of a cleaning task
ROWS_PER_SHARD = 128  # articles an actor briefs per call: one shard, the most a crash or Ctrl-C loses
TASK_CPUS = 0.5  # CPUs a cleaning task asks for
JSONL_CHUNK_LINES = 256  # lines of a JSONL dataset one cleaning task reads
TEST_CRASH_FILE = "VNSUMM_RAY_TEST_CRASH_FILE"  # test hook: see Briefer._maybe_crash


@dataclass
class RayOptions:
    """How a distributed run connects, briefs, resumes and reports."""

    out_dir: Path
    address: str | None = None  # None: a local Ray for this run; "auto" or "ray://host:port": a cluster
    actors: int = 1
    num_cpus: int | None = None  # CPUs of the local Ray started when ``address`` is None
    force: bool = False
    non_vietnamese: str = "skip"
    strict: bool = False
    report: Path | None = None
    quiet: bool = False
    rows_per_shard: int = ROWS_PER_SHARD
    recursive: bool = False
    text_field: str | None = None  # a dataset's text column (default: article, else text)
    id_field: str = "id"
    title_field: str = "title"  # a dataset's title column, when it has one


# -- Ray ---------------------------------------------------------------------------------------
def _ray():
    try:
        import ray
        import ray.data  # noqa: F401
    except ImportError:
        raise UsageError('--ray needs Ray: pip install "vnsumm[ray]"') from None
    return ray


def connect(address: str | None, num_cpus: int | None = None) -> bool:
    """Join the Ray cluster at ``address``, or start a local one; True when this call started it."""
    ray = _ray()
    if ray.is_initialized():
        return False
    kwargs: dict[str, Any] = {"include_dashboard": False, "log_to_driver": True, "logging_level": "ERROR"}
    try:
        if address is None:
            ray.init(num_cpus=num_cpus or os.cpu_count() or 1, **kwargs)
        else:
            ray.init(address=address, **kwargs)
    except (ConnectionError, RuntimeError, ValueError) as exc:
        raise UsageError(f"--ray {address or ''}: cannot start or reach Ray: {' '.join(str(exc).split())[:300]}") \
            from None
    return True


def _actor_resources(config: Config, actors: int) -> dict[str, Any]:
    """One model per actor: a GPU each when the config runs on CUDA, else a CPU.

    Cleaning tasks need CPUs too: when the actors would take every CPU of the cluster, each gets a
    share that leaves ``TASK_CPUS`` free, or cleaning would wait for ever.
    """
    import ray

    total = float(ray.cluster_resources().get("CPU", 1.0))
    cpus = round(min(1.0, max(0.05, (total - TASK_CPUS) / max(actors, 1))), 2)
    if str(config.device).startswith("cuda"):
        return {"num_cpus": cpus, "num_gpus": 1}
    return {"num_cpus": cpus}


# -- sources: files and dataset chunks ---------------------------------------------------------
def is_dataset(path: Path) -> bool:
    return path.is_file() and path.name.lower().endswith(DATASET_SUFFIXES)


def dataset_sources(path: Path) -> list[dict[str, Any]]:
    """A dataset as pieces one task reads: byte ranges of a JSONL file, row groups of a Parquet file."""
    name = path.name.lower()
    base = {"kind": "", "path": str(path), "start": 0, "end": -1, "first": 1, "label": None, "key": None}
    if name.endswith(".parquet"):
        import pyarrow.parquet as pq

        try:
            meta = pq.ParquetFile(path).metadata
        except Exception as exc:  # noqa: BLE001 - any unreadable file is the user's to fix
            raise InputError(f"{shown(path)}: not a readable Parquet file ({exc})") from None
        pieces, first = [], 1
        for group in range(meta.num_row_groups):
            pieces.append({**base, "kind": "parquet", "start": group, "first": first})
            first += meta.row_group(group).num_rows
        return pieces
    if name.endswith(".gz"):  # a gzip stream cannot be split: one task reads it all
        return [{**base, "kind": "jsonl"}]
    pieces, start, row = [], 0, 1  # rows are numbered as a local run numbers them: non-blank lines, from 1
    with path.open("rb") as handle:
        while True:
            offset, lines, rows = start, 0, 0
            while lines < JSONL_CHUNK_LINES:
                line = handle.readline()
                if not line:
                    break
                lines += 1
                rows += bool(line.strip())
            end = handle.tell()
            if lines == 0:
                break
            pieces.append({**base, "kind": "jsonl", "start": offset, "end": end, "first": row})
            start, row = end, row + rows
    return pieces


def _dataset_rows(source: dict[str, Any], text_field: str | None, id_field: str,
                  title_field: str = "title") -> Iterator[dict[str, Any]]:
    """The article rows of one piece of a dataset: label ``PATH#ID``, the text's UTF-8 bytes, or an error."""
    path = Path(source["path"])
    label_base, key_base = as_text(path), as_text(path.resolve())

    def row(record: dict[str, Any], number: int) -> dict[str, Any]:
        rid = record.get(id_field)
        rid = str(rid) if rid not in (None, "") else str(number)
        out = {"kind": "dataset", "label": f"{label_base}#{rid}", "key": f"{key_base}#{rid}", "path": None,
               "data": None, "error": None}
        field_name = text_field or next((f for f in TEXT_FIELDS if f in record), TEXT_FIELDS[0])
        text = record.get(field_name)
        if text is None:
            out["error"] = f"row {number} has no '{field_name}' field"
        elif not isinstance(text, str):
            out["error"] = f"row {number}: the '{field_name}' field is {type(text).__name__}, not text"
        elif not text.strip():
            out["error"] = f"row {number}: the '{field_name}' field is empty"
        else:  # the text and title as JSON: what a local run hashes and reads (see _load)
            title = record.get(title_field)
            title = title.strip() if isinstance(title, str) and title.strip() else None
            out["data"] = json.dumps({"text": text, "title": title}, ensure_ascii=False).encode("utf-8")
        return out

    def problem(number: int, reason: str) -> dict[str, Any]:
        return {"kind": "dataset", "label": f"{label_base}#{number}", "key": f"{key_base}#{number}", "path": None,
                "data": None, "error": reason}

    if source["kind"] == "parquet":
        import pyarrow.parquet as pq

        table = pq.ParquetFile(path).read_row_group(source["start"])
        for n, record in enumerate(table.to_pylist()):
            yield row(record, source["first"] + n)
        return
    if source["end"] < 0:
        handle = gzip.open(path, "rb") if path.name.lower().endswith(".gz") else path.open("rb")
        lines: Any = handle
    else:
        with path.open("rb") as raw:
            raw.seek(source["start"])
            lines = raw.read(source["end"] - source["start"]).splitlines()
    number = source["first"] - 1
    for line in lines:
        if not line.strip():
            continue
        number += 1
        try:
            record = json.loads(line)
        except ValueError as exc:
            yield problem(number, f"line {number} is not valid JSON ({getattr(exc, 'msg', exc)})")
            continue
        if not isinstance(record, dict):
            yield problem(number, f"line {number} is a JSON {type(record).__name__}, not an object")
            continue
        yield row(record, number)


# -- stage 1: read, clean, check (plain tasks) -------------------------------------------------
_PREPARED = {
    "label": "string", "key": "string", "sha256": "string", "status": "string", "kind": "string",
    "reason": "string", "article": "binary", "language": "string",
}


def _table(rows: list[dict[str, Any]], types: dict[str, str]) -> "pa.Table":
    import pyarrow as pa

    schema = pa.schema([(name, getattr(pa, kind)()) for name, kind in types.items()])
    return pa.Table.from_pylist([{k: r.get(k) for k in types} for r in rows], schema=schema)


def _prepare_one(item: dict[str, Any], max_bytes: int, done: dict[str, str], force: bool,
                 non_vietnamese: str) -> dict[str, Any]:
    """One input read, hashed, matched against finished work, cleaned and checked: a row saying what came of it."""
    label = item["label"]
    out = {"label": label, "key": item["key"]}
    if item.get("error"):
        return {**out, "status": "failed", "kind": "input", "reason": item["error"]}
    inp = Input(label=label, key=item["key"], out_name=PurePosixPath("article"),
                file=Path(item["path"]) if item.get("path") else None, data=item.get("data"))
    where = inp.file or label
    try:
        data = inp.read(max_bytes)
        out["sha256"] = content_hash(data)
        if not force and done.get(label) == out["sha256"]:
            return {**out, "status": "skipped", "kind": "up-to-date", "reason": "output is up to date"}
        article = _load(data, label, item.get("kind") == "dataset")
        language = check_language(article, non_vietnamese)
    except NotVietnamese as exc:
        return {**out, "status": "skipped", "kind": "not-vietnamese", "reason": reason_of(exc, where)}
    except Exception as exc:  # noqa: BLE001 - one odd article must not stop the run
        return {**out, "status": "failed", "kind": "input", "reason": reason_of(exc, where)}
    return {**out, "status": "ready", "article": pickle.dumps(article), "language": language.code
            if not language.is_vietnamese else "vi"}


def _load(data: bytes, label: str, dataset_row: bool) -> "Article":
    """The cleaned Article of an input: a dataset row's bytes are JSON (text, title), as a local run keeps them."""
    if not dataset_row:
        return load_article(data, name=label)
    row = json.loads(data)
    article = load_article(row["text"], name=label)
    if row.get("title"):
        article.title = row["title"]
    return article


def _prepare_batch(batch: "pa.Table", max_bytes: int, done: dict[str, str], force: bool, non_vietnamese: str,
                   text_field: str | None, id_field: str, title_field: str = "title") -> "pa.Table":
    """map_batches task: a batch of sources (files or dataset pieces) → one prepared row per article."""
    rows = []
    for source in batch.to_pylist():
        if source["kind"] == "file":
            items: Any = [{"label": source["label"], "key": source["key"], "path": source["path"]}]
        elif source["kind"] == "row":
            items = [{**source, "kind": "text"}]
        else:
            try:
                items = _dataset_rows(source, text_field, id_field, title_field)
            except Exception as exc:  # noqa: BLE001 - an unreadable piece fails as one input
                items = [{"label": source["path"], "key": source["path"], "error": reason_of(exc, source["path"])}]
        for item in items:
            rows.append(_prepare_one(item, max_bytes, done, force, non_vietnamese))
    return _table(rows, _PREPARED)


# -- stage 2: brief (an actor pool, one pipeline per actor) -------------------------------------
_BRIEFED = {
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
        vietnamese = [r for r in ready if r["language"] == "vi"]
        others = [r for r in ready if r["language"] != "vi"]
        results: list[tuple[dict[str, Any], Brief | BaseException]] = []
        results += self._brief(vietnamese, lambda rs, arts: self.pipeline.brief_articles(
            arts, [r["label"] for r in rs]))
        results += self._brief(others, lambda rs, arts: self.pipeline.brief_untranslated(
            arts, [r["label"] for r in rs], [r["language"] for r in rs]))
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
            line = render(brief, "jsonl", Stamp(row["label"], row["sha256"], self.fingerprint))
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
        return _table(out, _BRIEFED)

    def _brief(self, rows: list[dict[str, Any]], make) -> list[tuple[dict[str, Any], Any]]:
        """Brief rows together; if that raises, one at a time so only the culprit fails."""
        if not rows:
            return []
        try:
            articles = [pickle.loads(r["article"]) for r in rows]
            return list(zip(rows, make(rows, articles)))
        except Exception as exc:  # noqa: BLE001 - isolate the article that fails
            if len(rows) == 1:
                return [(rows[0], exc)]
            return [pair for r in rows for pair in self._brief([r], make)]

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


def _pipeline(ds: "ray.data.Dataset", config: Config, done: dict[str, str], options: RayOptions,
              out_dir: Path | None, prepare_batch: int = 16) -> "ray.data.Dataset":
    """Sources → prepared rows (tasks) → briefed rows (actors)."""
    import warnings

    ray = _ray()
    # retries have no named parameter yet; the pin (ray<2.64) keeps the keywords working
    warnings.filterwarnings("ignore", message="`ray_remote_args` is deprecated")
    prepared = ds.map_batches(
        _prepare_batch, batch_format="pyarrow", batch_size=prepare_batch, max_retries=MAX_RETRIES,
        num_cpus=TASK_CPUS,
        fn_kwargs={"max_bytes": config.max_input_bytes, "done": done,
                   "force": options.force, "non_vietnamese": options.non_vietnamese,
                   "text_field": options.text_field, "id_field": options.id_field,
                   "title_field": options.title_field})
    return prepared.map_batches(
        Briefer, batch_format="pyarrow", batch_size=max(options.rows_per_shard, 1),
        compute=ray.data.ActorPoolStrategy(size=max(options.actors, 1)),
        fn_constructor_kwargs={"config": config, "out_dir": as_text(out_dir) if out_dir else None,
                               "strict": options.strict},
        max_restarts=MAX_RETRIES, max_task_retries=MAX_RETRIES, **_actor_resources(config, options.actors))


# -- the Python API ----------------------------------------------------------------------------
def brief_dataset(ds: "ray.data.Dataset", config: Config | str | os.PathLike, text_field: str = "article",
                  id_field: str = "id", actors: int = 1, non_vietnamese: str = "skip",
                  batch_size: int = ROWS_PER_SHARD) -> "ray.data.Dataset":
    """Brief the articles of a Ray Dataset; a Dataset of rows ``id, status, error, title, ..., json``.

    ``status`` is ``done`` (``json`` is the brief as a local ``--format jsonl`` line, and the
    Brief's fields are columns), ``skipped`` (another language under ``non_vietnamese="skip"``)
    or ``failed`` (``error`` says why). Nothing is written: write the result as you like.
    """
    _ray()
    config = config if isinstance(config, Config) else load_config(config)
    names = ds.schema().names
    for wanted in (text_field, id_field):
        if wanted not in names:
            raise UsageError(f"the dataset has no column {wanted!r} (columns: {', '.join(names)})")

    def to_sources(batch: "pa.Table") -> "pa.Table":
        rows = []
        for n, record in enumerate(batch.to_pylist()):
            rid, text = record.get(id_field), record.get(text_field)
            error = None if isinstance(text, str) else f"the row's {text_field} is not a string"
            rows.append({"kind": "row", "label": str(rid) if rid is not None else "", "key": str(rid),
                         "data": text.encode("utf-8", "surrogatepass") if isinstance(text, str) else None,
                         "error": f"the row has no {id_field}" if rid is None else error})
        return _table(rows, _SOURCE)

    options = RayOptions(out_dir=Path("."), actors=actors, non_vietnamese=non_vietnamese, rows_per_shard=batch_size)
    sources = ds.map_batches(to_sources, batch_format="pyarrow")
    briefed = _pipeline(sources, config, {}, options, out_dir=None)
    return briefed.map_batches(_api_rows, batch_format="pyarrow")


_API = {"id": "string", "status": "string", "error": "string", "title": "string", "date": "string",
        "source": "string", "language": "string", "summary": "string", "brief_en": "string", "note": "string",
        "json": "string"}


def _api_rows(batch: "pa.Table") -> "pa.Table":
    rows = []
    for r in batch.to_pylist():
        row: dict[str, Any] = {"id": r["label"], "status": r["status"], "error": r["reason"], "json": r["line"]}
        if r["line"]:
            brief = json.loads(r["line"])
            row.update({k: brief.get(k) for k in _API if k in brief and k != "id"})
        rows.append(row)
    return _table(rows, _API)


# -- resume: what earlier runs wrote -----------------------------------------------------------
@dataclass
class Existing:
    """The briefs already in OUT: who holds each input's current line, and each shard's lines."""

    owner: dict[str, Path] = field(default_factory=dict)  # label -> the shard holding its newest line
    stamp: dict[str, Stamp] = field(default_factory=dict)  # label -> that line's stamp
    shards: list[Path] = field(default_factory=list)


def existing_briefs(out_dir: Path) -> Existing:
    """Stamps of every ``briefs*.jsonl`` in ``out_dir``, older shards first, so the newest line wins."""
    found = Existing()
    if not out_dir.is_dir():
        return found
    shards = sorted((p for p in out_dir.glob("briefs*.jsonl") if p.is_file()),
                    key=lambda p: (p.stat().st_mtime_ns, p.name))
    for shard in shards:
        found.shards.append(shard)
        for line in shard.read_text(encoding="utf-8", errors="replace").splitlines():
            stamp = _stamp_of(line)
            if stamp is not None:
                found.owner[stamp.input] = shard
                found.stamp[stamp.input] = stamp
    return found


def _stamp_of(line: str) -> Stamp | None:
    try:
        data = json.loads(line)
        return Stamp.from_dict(data.get("vnsumm")) if isinstance(data, dict) else None
    except ValueError:
        return None


def _count_unreported(before: Existing, after: Existing, tally: dict[str, list[dict[str, Any]]],
                      written: set[Path]) -> None:
    """Inputs whose newest line is in a shard this run wrote (new, or rewritten) but did not hear of."""
    old = {shard: shard.stat().st_mtime_ns for shard in before.shards if shard.is_file()}
    known = {d["input"] for d in tally["done"]}
    for label, shard in after.owner.items():
        fresh = shard not in before.shards or (shard in old and after.stamp[label] != before.stamp.get(label))
        if fresh and label not in known:
            tally["done"].append({"input": label, "output": as_text(shard), "title": None})
            written.add(shard)


def _drop_superseded(existing: Existing, owner: dict[str, Path], written: set[Path]) -> None:
    """Remove from older shards the lines of inputs whose newest line is elsewhere (kept: foreign lines)."""
    for shard in existing.shards:
        if shard in written or not shard.is_file():
            continue
        lines = shard.read_text(encoding="utf-8", errors="replace").splitlines()
        kept = []
        for line in lines:
            stamp = _stamp_of(line)
            if stamp is None or owner.get(stamp.input, shard) == shard:
                kept.append(line)
        if len(kept) == len(lines):
            continue
        if kept or not shard.name.startswith(SHARD_PREFIX):
            atomic_write(shard, "".join(line + "\n" for line in kept))
        else:
            shard.unlink(missing_ok=True)


# -- the command -------------------------------------------------------------------------------
def collect_sources(paths: Sequence[str | Path], recursive: bool) -> tuple[list[dict[str, Any]], int]:
    """Sources of a run (files, dataset pieces) and how many article files there are."""
    csv = [p for p in paths if str(p).lower().endswith(".csv")]
    if csv:
        raise UsageError(f"{shown(csv[0])}: CSV datasets are not read with --ray; convert it to Parquet or JSON Lines")
    datasets = [Path(p) for p in paths if is_dataset(Path(p))]
    others = [p for p in paths if not is_dataset(Path(p))]
    files = collect_inputs(others, recursive) if others else []
    sources = [{"kind": "file", "path": as_text(i.file), "label": i.label, "key": i.key, "start": 0, "end": -1,
                "first": 1} for i in files]
    for path in datasets:
        sources += dataset_sources(path)
    return sources, len(files)


_SOURCE = {"kind": "string", "path": "string", "label": "string", "key": "string", "start": "int64",
           "end": "int64", "first": "int64", "data": "binary", "error": "string"}


def source_dataset(sources: list[dict[str, Any]], per_task: int = 16) -> "ray.data.Dataset":
    """Sources as a Dataset of blocks of ``per_task`` (files) or one (a dataset piece): a cleaning task each."""
    ray = _ray()
    blocks, files = [], [s for s in sources if s["kind"] == "file"]
    for n in range(0, len(files), per_task):
        blocks.append(_table(files[n:n + per_task], _SOURCE))
    blocks += [_table([s], _SOURCE) for s in sources if s["kind"] != "file"]
    return ray.data.from_arrow(blocks)


def run_distributed(paths: Sequence[str | Path], config: Config, options: RayOptions) -> int:
    """Brief every input on Ray into ``options.out_dir``; the exit status, as a local run's."""
    from vnsumm.folder_run import _sigterm_as_interrupt

    start = time.perf_counter()
    out_dir = options.out_dir
    sources, _ = collect_sources(paths, options.recursive)
    if not sources:
        raise UsageError(f"no article files or datasets found in {', '.join(shown(p) for p in paths)}")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UsageError(f"cannot create the output folder {shown(out_dir)}: {exc.strerror or exc}") from None
    remove_stale_temps(out_dir)
    existing = existing_briefs(out_dir)
    fingerprint = config.fingerprint()
    done = {label: s.sha256 for label, s in existing.stamp.items() if s.config == fingerprint}
    started = connect(options.address, options.num_cpus)
    ray = _ray()
    context = ray.data.DataContext.get_current()
    context.enable_progress_bars = not options.quiet
    if options.quiet:
        import logging

        logging.getLogger("ray.data").setLevel(logging.ERROR)
    context.print_on_execution_start = False
    tally: dict[str, list[dict[str, Any]]] = {"done": [], "skipped": [], "failed": []}
    described: dict[str, Any] | None = None
    written: set[Path] = set()
    interrupted, stopped = False, None
    restore = _sigterm_as_interrupt()
    try:
        source_ds = source_dataset(sources)
        briefed = _pipeline(source_ds, config, done, options, out_dir)
        for batch in briefed.iter_batches(batch_format="pyarrow", batch_size=None):
            for row in batch.to_pylist():
                if row["describe"] and described is None:
                    described = json.loads(row["describe"])
                if row["warning"]:
                    say(row["warning"])
                if row["status"] == "done":
                    tally["done"].append({"input": row["label"], "output": row["output"], "title": row["title"]})
                    written.add(Path(row["output"]))
                elif row["status"] == "skipped":
                    tally["skipped"].append({"input": row["label"], "reason": row["reason"], "kind": row["kind"]})
                    if row["kind"] != "up-to-date":
                        say(f"vnsumm: skipped {shown(row['label'])}: {row['reason']}")
                else:
                    tally["failed"].append({"input": row["label"], "reason": row["reason"], "stage": row["kind"]})
                    say(f"vnsumm: failed {shown(row['label'])}: {row['reason']}")
    except KeyboardInterrupt:
        interrupted = True
    except Exception as exc:  # a task that failed past its retries, a lost cluster
        if not type(exc).__module__.startswith("ray"):
            raise
        stopped = (f"the Ray run stopped: {reason_of(exc).removeprefix('internal error: ')}; finished shards are "
                   "kept, run the same command again to finish the rest")
    finally:
        restore()
        if started:
            ray.shutdown()
    if interrupted or stopped is not None:  # shards written whose rows had not reached us: count them done
        _count_unreported(existing, existing_briefs(out_dir), tally, written)
    owner = dict(existing.owner)
    owner.update({d["input"]: Path(d["output"]) for d in tally["done"]})
    try:
        _drop_superseded(existing, owner, written)
    except OSError as exc:
        say(f"vnsumm: error: cannot rewrite an older shard: {exc.strerror or exc}")
    code = _finish(config, options, tally, described, time.perf_counter() - start, interrupted,
                   stopped is not None)
    if stopped is not None:
        raise OutputError(stopped)
    return code


def _finish(config: Config, options: RayOptions, tally: dict[str, list[dict[str, Any]]],
            described: dict[str, Any] | None, seconds: float, interrupted: bool, stopped: bool = False) -> int:
    """Index and report, as a local run writes them; the summary line; the exit status."""
    out_dir = options.out_dir
    index = {"config": described or {"config": config.name, "fingerprint": config.fingerprint()},
             "done": tally["done"], "skipped": tally["skipped"], "failed": tally["failed"],
             "interrupted": interrupted or stopped}
    documents = [(out_dir / INDEX_NAME, index)]
    counted = sum(len(v) for v in tally.values())
    if options.report is not None:
        documents.append((options.report, {
            "output": as_text(out_dir), "config": {"name": config.name, "fingerprint": config.fingerprint()},
            "counts": {"inputs": counted, "done": len(tally["done"]), "skipped": len(tally["skipped"]),
                       "failed": len(tally["failed"])},
            "seconds": round(seconds, 2), "interrupted": interrupted or stopped,
            "failed": tally["failed"], "skipped": tally["skipped"]}))
    unwritten = []
    for path, document in documents:
        try:
            write_json(path, document)
        except OSError as exc:
            unwritten.append(path)
            say(f"vnsumm: error: cannot write {shown(path)}: {exc.strerror or exc}")
    current = [s for s in tally["skipped"] if s["kind"] == "up-to-date"]
    if current:
        say(f"vnsumm: {len(current)} already up to date (same input and config; --force redoes them)")
    if interrupted:
        say("vnsumm: interrupted; finished shards are kept and no partial file is left; run the same command "
            "again to finish the rest")
    say(f"vnsumm: {len(tally['done'])} done, {len(tally['skipped'])} skipped, {len(tally['failed'])} failed "
        f"in {seconds:.1f} s on Ray -> {shown(out_dir)}")
    if interrupted:
        return 130
    return 1 if tally["failed"] or unwritten else 0


def cli_run(args: Any) -> int:
    """``vnsumm brief ... --ray [ADDRESS]``: check the command line, then :func:`run_distributed`."""
    from vnsumm.outputs import check_output_folder

    if args.output is None:
        raise UsageError("--ray writes shards into an output folder: add -o DIR")
    if (args.format or "jsonl") != "jsonl":
        raise UsageError(f"--ray writes JSONL shards; --format {args.format} is not supported with --ray")
    if args.ray_actors < 1:
        raise UsageError("--ray-actors must be at least 1")
    # the input options of a local run (issue 13) that a Ray run does not take: refused, never ignored
    refused = [name for name, given in (
        ("--urls", getattr(args, "urls", None)), ("- (standard input)", "-" in args.paths),
        ("--input-format", getattr(args, "input_format", "auto") not in ("auto", None)),
        ("--follow-symlinks", getattr(args, "follow_symlinks", False))) if given]
    if refused:
        raise UsageError(f"{', '.join(refused)}: not supported with --ray (files, folders, .jsonl/.parquet datasets)")
    if not args.paths:
        raise UsageError("name the articles, folders or datasets to brief")
    out_dir = Path(args.output)
    report = Path(args.report) if args.report else None
    if report is not None and (report.is_dir() or any(p.exists() and not p.is_dir() for p in report.parents)):
        raise UsageError(f"--report {shown(report)}: cannot be written there (a folder, or under a file)")
    files = collect_inputs([p for p in args.paths if not is_dataset(Path(p))], args.recursive)
    check_output_folder(out_dir, files, args.paths, args.recursive, args.allow_input_folder)
    overrides = list(args.set or [])
    if getattr(args, "device", None):
        overrides.append(f"device={args.device}")
    config = load_config(args.config, overrides)
    options = RayOptions(out_dir=out_dir, address=args.ray or None, actors=args.ray_actors, force=args.force,
                         non_vietnamese=args.non_vietnamese, strict=args.strict, report=report, quiet=args.quiet,
                         recursive=args.recursive, text_field=getattr(args, "text_field", None),
                         id_field=getattr(args, "id_field", None) or "id",
                         title_field=getattr(args, "title_field", None) or "title")
    return run_distributed(args.paths, config, options)
