"""Resume: what earlier runs wrote in OUT (every ``briefs*.jsonl``, a local run's too), and its cleanup.

A rerun skips inputs whose newest line has the same label, bytes and config fingerprint; a redone
input's old line is removed from its old shard at the end of the run.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from vnsumm.distributed.briefing import SHARD_PREFIX
from vnsumm.messages import as_text
from vnsumm.outputs import Stamp, atomic_write


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


def count_unreported(before: Existing, after: Existing, tally: dict[str, list[dict[str, Any]]],
                      written: set[Path]) -> None:
    """Inputs whose newest line is in a shard this run wrote (new, or rewritten) but did not hear of."""
    old = {shard: shard.stat().st_mtime_ns for shard in before.shards if shard.is_file()}
    known = {d["input"] for d in tally["done"]}
    for label, shard in after.owner.items():
        fresh = shard not in before.shards or (shard in old and after.stamp[label] != before.stamp.get(label))
        if fresh and label not in known:
            tally["done"].append({"input": label, "output": as_text(shard), "title": None})
            written.add(shard)


def drop_superseded(existing: Existing, owner: dict[str, Path], written: set[Path]) -> None:
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


