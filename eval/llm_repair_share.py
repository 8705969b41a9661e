"""How often the LLM briefer's guard acts, on a JSONL dataset (fields ``id``, ``article``): the share of
briefs with unsupported facts before and after the repair round, briefs that carry a warning (cut,
too long, repeated sentence, Vietnamese words), and articles that failed, with their reasons.

    OPENAI_BASE_URL=http://127.0.0.1:8000/v1 python eval/llm_repair_share.py \\
        --data /work/shared/data/wikilingua_vi_en_dev.jsonl -c llm -o eval/results/llm_repair_share.json

Against the tests' tiny random model the figures are mechanics only (its English is nonsense);
say which model and server a figure came from when you quote it.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

from vnsumm import read
from vnsumm.check import check
from vnsumm.errors import InputError, VnsummError
from vnsumm.pipeline import Pipeline


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", required=True, type=Path, help="JSON Lines with id and article")
    parser.add_argument("-c", "--config", default="llm")
    parser.add_argument("-s", "--set", action="append", default=[], metavar="KEY=VALUE")
    parser.add_argument("-n", "--limit", type=int, default=None)
    parser.add_argument("-o", "--out", type=Path, default=None, help="write the figures here as JSON")
    args = parser.parse_args(argv)
    if args.limit is not None and args.limit < 1:
        parser.error("--limit must be at least 1")
    rows = [json.loads(line) for line in args.data.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = rows[: args.limit] if args.limit is not None else rows
    pipe = Pipeline.from_config(args.config, args.set)
    if pipe.briefer is None or not hasattr(pipe.briefer, "brief_iter"):
        print(f"config '{args.config}' has no LLM briefer", file=sys.stderr)
        return 2
    articles, unread = [], Counter()
    for row in rows:
        try:
            articles.append(read(row["article"]))
        except InputError as exc:
            unread[str(exc)[:80]] += 1
    start = time.monotonic()
    before = after = warned = briefed = 0
    failures: Counter = Counter()
    for i, outcome in pipe.briefer.brief_iter(articles):
        if isinstance(outcome, VnsummError):
            failures[str(outcome).split(" (")[0][:100]] += 1
            continue
        briefed += 1
        before += bool(outcome.attempts and outcome.attempts[0].get("unsupported"))
        after += bool(check(articles[i].check_text(), outcome.brief_en).unsupported)
        warned += bool(outcome.warnings)
    figures = {
        "data": str(args.data), "config": args.config, "overrides": args.set, "model": pipe.briefer.model,
        "server": pipe.briefer.client.url, "articles": len(articles), "unreadable": dict(unread),
        "briefed": briefed, "failed": dict(failures),
        "unsupported_before_repair_pct": round(100 * before / max(1, briefed), 1),
        "unsupported_after_repair_pct": round(100 * after / max(1, briefed), 1),
        "with_warning_pct": round(100 * warned / max(1, briefed), 1),
        "requests_sent": pipe.briefer.client.sent, "seconds": round(time.monotonic() - start, 1),
    }
    text = json.dumps(figures, ensure_ascii=False, indent=2)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(text + "\n", encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
