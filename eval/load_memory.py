"""Memory of loading one seq2seq model folder at a compute_type, as vnsumm's transformers engine loads it.

    python eval/load_memory.py MODEL_FOLDER [--compute-type bfloat16]

Prints the process's resident memory after the load, split into anonymous memory (what the process
holds) and file pages (the weights file, mapped: the kernel can drop them and read them again), and the
peak during the load (``VmHWM``), from ``/proc/self/status`` (Linux). Weights kept in the type they
were saved in stay mapped and are read as the model first runs; another type is made while loading,
from the saved weights, which the peak shows.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def memory_mb() -> dict[str, float]:
    """Resident, anonymous, file-backed and peak resident memory of this process in MB."""
    fields = dict(line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines() if ":" in line)
    return {name: round(int(fields[key].split()[0]) / 1024, 1) for name, key in
            (("rss_mb", "VmRSS"), ("anon_mb", "RssAnon"), ("file_mb", "RssFile"), ("peak_mb", "VmHWM"))}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("model", help="a model folder (or a cached hub name)")
    parser.add_argument("--compute-type", default="default", choices=("default", "float32", "float16", "bfloat16"))
    args = parser.parse_args(argv)
    if not Path("/proc/self/status").is_file():
        parser.error("this script reads /proc/self/status: Linux only")
    sys.path.insert(0, str(ROOT / "src"))
    from vnsumm.errors import ModelError
    from vnsumm.models import load_seq2seq

    try:
        _, model = load_seq2seq(args.model, "cpu", dtype=args.compute_type)
    except ModelError as exc:
        parser.error(str(exc))
    print(json.dumps({"model": args.model, "compute_type": str(model.dtype).removeprefix("torch."), **memory_mb()}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
