"""Reports of an evaluation run: per-example JSONL, scores.json, a Markdown table and a PNG chart.

An example that failed (no output: its reason is in the record's ``error``) is scored 0 and
counted in ``n``; ``results.md`` shows how many per config and lists each one with its reason.
Every name, id and reason in ``results.md`` is escaped for Markdown.
"""
from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from vnsumm.md_escape import escape_inline
from vnsumm.outputs import atomic_write, write_json

__all__ = ["read_records", "append_records", "write_records", "read_json", "write_json", "render_markdown",
           "failed_examples", "plot_scores"]


def read_records(path: Path) -> list[dict[str, Any]]:
    """Records of a per-example JSONL file; a torn last line (interrupted run) is ignored."""
    if not path.is_file():
        return []
    records = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        try:
            records.append(json.loads(line))
        except json.JSONDecodeError:
            continue
    return records


def append_records(path: Path, records: Iterable[dict[str, Any]]) -> None:
    """Append records (one JSON object a line) and flush, so an interrupted run can resume."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("ab") as handle:
        if handle.tell() > 0:  # a line torn by an interrupted run: end it, so the next record stands alone
            with path.open("rb") as tail:
                tail.seek(-1, os.SEEK_END)
                if tail.read(1) != b"\n":
                    handle.write(b"\n")
        for rec in records:
            handle.write((json.dumps(rec, ensure_ascii=False) + "\n").encode("utf-8"))
        handle.flush()
        os.fsync(handle.fileno())


def write_records(path: Path, records: Iterable[dict[str, Any]]) -> None:
    """Replace the file with exactly these records."""
    atomic_write(path, "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))


def read_json(path: Path) -> dict[str, Any] | None:
    """A JSON file's content, or None if it is missing or unreadable."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        return None


# -- Markdown -----------------------------------------------------------------------------
def _cell(metric: dict[str, Any] | None) -> str:
    if not metric:
        return "–"
    low, high = metric["ci"]
    return f"{metric['score']:.2f} [{low:.2f}, {high:.2f}]"


def _metric_table(scores: dict[str, Any], names: list[str]) -> list[str]:
    head = ["config", "n", "failed", *names, "ms/article"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for label, res in scores["configs"].items():
        tag = " (baseline)" if res.get("baseline") else ""
        cells = [f"{escape_inline(label)}{tag}", str(res["n"]), str(res.get("n_errors", 0))]
        cells += [_cell(res["metrics"].get(n)) for n in names]
        secs = res.get("seconds_per_article")
        cells.append("–" if secs is None else f"{1000 * secs:.1f}")
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def render_markdown(scores: dict[str, Any]) -> str:
    """Tables of every metric group with 95% CIs, paired comparisons and how it was computed."""
    boot = scores["bootstrap"]
    lines = [
        f"# Evaluation: {scores['task']} on {escape_inline(Path(scores['data']['path']).name)}",
        "",
        f"{scores['data']['n_examples']} examples; references in {scores['reference_language']}. "
        f"Scores ×100 with {int(boot['level'] * 100)}% bootstrap confidence intervals "
        f"({boot['n_resamples']} resamples, seed {boot['seed']}).",
        "",
    ]
    for group in scores["metric_groups"]:
        lines += [f"**{group['title']}**: {group['note']}", ""]
        lines += _metric_table(scores, group["metrics"]) + [""]
    comparisons = scores.get("comparisons") or []
    if comparisons:
        names = scores["primary_metrics"]
        lines += [
            "**Paired bootstrap tests** (Δ = A − B on the same examples; p = share of resamples "
            "in which A does not beat B: small p means A is reliably better):",
            "",
            "| A | B | n | " + " | ".join(f"Δ {n} (p)" for n in names) + " |",
            "|" + "---|" * (3 + len(names)),
        ]
        for comp in comparisons:
            cells = [escape_inline(comp["a"]), escape_inline(comp["b"]), str(next(iter(comp["metrics"].values()), {}).get("n", "–"))]
            for n in names:
                m = comp["metrics"].get(n)
                cells.append("–" if m is None else f"{m['delta']:+.2f} (p={m['p_value']:.3f})")
            lines.append("| " + " | ".join(cells) + " |")
        lines.append("")
    lines += _failures(scores)
    models = [
        f"- **{escape_inline(label)}**: {_code(json.dumps(res.get('models', {}), ensure_ascii=False))}"
        for label, res in scores["configs"].items()
    ]
    lines += ["**Pipelines**", "", *models, ""]
    return "\n".join(lines)


def _code(text: str) -> str:
    """``text`` as a Markdown code span: shown as is, its fence longer than any run of backticks inside."""
    fence = "`" * (max((len(run) for run in re.findall(r"`+", text)), default=0) + 1)
    return f"{fence} {text} {fence}"


def failed_examples(scores: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(config, example id, reason) of every example that failed, in config then example order."""
    return [(label, str(item.get("id")), str(item.get("reason")))
            for label, res in scores["configs"].items() for item in res.get("failed") or []]


def _failures(scores: dict[str, Any]) -> list[str]:
    failed = failed_examples(scores)
    if not failed:
        return []
    lines = [f"**Failed examples** ({len(failed)}): no output was made, so each is scored 0 and counted in n.", "",
             "| config | id | reason |", "|---|---|---|"]
    lines += [f"| {escape_inline(label)} | {escape_inline(id_)} | {escape_inline(reason)} |"
              for label, id_, reason in failed]
    return lines + [""]


# -- chart --------------------------------------------------------------------------------
def plot_scores(scores: dict[str, Any], path: Path) -> None:
    """Grouped bar chart (one panel per metric group) with 95% CI error bars."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import numpy as np

    groups = scores["metric_groups"]
    labels = list(scores["configs"])
    fig, axes = plt.subplots(1, len(groups), figsize=(max(6, 1.6 * len(labels) + 4) * len(groups), 4.5), squeeze=False)
    width = 0.8 / max(1, len(labels))
    for ax, group in zip(axes[0], groups):
        names = group["metrics"]
        x = np.arange(len(names))
        for i, label in enumerate(labels):
            metrics = scores["configs"][label]["metrics"]
            vals = np.array([metrics[n]["score"] if n in metrics else np.nan for n in names])
            lows = np.array([metrics[n]["ci"][0] if n in metrics else np.nan for n in names])
            highs = np.array([metrics[n]["ci"][1] if n in metrics else np.nan for n in names])
            yerr = np.vstack([vals - lows, highs - vals])
            ax.bar(x + (i - (len(labels) - 1) / 2) * width, vals, width, yerr=yerr, capsize=3, label=label)
        ax.set_xticks(x, names, rotation=15)
        ax.set_ylabel("score ×100 (95% CI)")
        ax.set_title(group["title"], fontsize=10)
        ax.grid(axis="y", alpha=0.3)
    axes[0][0].legend(fontsize=8)
    fig.suptitle(f"{scores['task']} on {Path(scores['data']['path']).name} (n={scores['data']['n_examples']})")
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=120)
    plt.close(fig)
