"""The Python API: brief the articles of a Ray Dataset you already hold; nothing is written."""
from __future__ import annotations

import json
import os
from typing import TYPE_CHECKING, Any

from vnsumm.config import Config, load_config
from vnsumm.distributed.briefing import ROWS_PER_SHARD, brief_stages
from vnsumm.distributed.cluster import ray_module, table
from vnsumm.distributed.reading import SOURCE
from vnsumm.errors import UsageError

if TYPE_CHECKING:
    import pyarrow as pa
    import ray.data


def brief_dataset(ds: "ray.data.Dataset", config: Config | str | os.PathLike, text_field: str = "article",
                  id_field: str = "id", actors: int = 1, non_vietnamese: str = "skip",
                  batch_size: int = ROWS_PER_SHARD) -> "ray.data.Dataset":
    """Brief the articles of a Ray Dataset; a Dataset of rows ``id, status, error, title, ..., json``.

    ``status`` is ``done`` (``json`` is the brief as a local ``--format jsonl`` line, and the
    Brief's fields are columns), ``skipped`` (another language under ``non_vietnamese="skip"``)
    or ``failed`` (``error`` says why). Nothing is written: write the result as you like.
    """
    ray_module()
    config = config if isinstance(config, Config) else load_config(config)
    names = ds.schema().names
    for wanted in (text_field, id_field):
        if wanted not in names:
            raise UsageError(f"the dataset has no column {wanted!r} (columns: {', '.join(names)})")

    def to_sources(batch: "pa.Table") -> "pa.Table":
        rows = []
        for record in batch.to_pylist():
            rid, text = record.get(id_field), record.get(text_field)
            error = None if isinstance(text, str) else f"the row's {text_field} is not a string"
            rows.append({"kind": "text", "label": str(rid) if rid is not None else "", "key": str(rid),
                         "data": text.encode("utf-8", "surrogatepass") if isinstance(text, str) else None,
                         "error": f"the row has no {id_field}" if rid is None else error})
        return table(rows, SOURCE)

    sources = ds.map_batches(to_sources, batch_format="pyarrow")
    briefed = brief_stages(sources, config, {}, out_dir=None, actors=actors, rows_per_shard=batch_size,
                           non_vietnamese=non_vietnamese)
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
    return table(rows, _API)


