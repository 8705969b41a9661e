"""``index.html`` of an evaluation: the score tables, the chart, and the worst examples, in one file.

Self-contained like the review page of ``vnsumm brief`` (HTML + CSS, no JavaScript, nothing
fetched): the chart is inlined as a ``data:`` URI, every text is escaped.
"""
from __future__ import annotations

import base64
from html import escape
from pathlib import Path
from typing import Any

from vnsumm.evaluate.report import failed_examples, read_records
from vnsumm.outputs import atomic_write
from vnsumm.review import page

__all__ = ["WORST", "render_eval_page", "write_eval_page"]

WORST = 5  # examples shown per config, lowest primary score first


def _cell(metric: dict[str, Any] | None) -> str:
    if not metric:
        return "–"
    low, high = metric["ci"]
    return f"{metric['score']:.2f} <small>[{low:.2f}, {high:.2f}]</small>"


def _table(scores: dict[str, Any], names: list[str]) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in ["config", "n", "failed", *names, "ms/article"])
    rows = []
    for label, res in scores["configs"].items():
        secs = res.get("seconds_per_article")
        cells = [escape(label) + (" (baseline)" if res.get("baseline") else ""), str(res["n"]),
                 str(res.get("n_errors", 0))]
        cells += [_cell(res["metrics"].get(n)) for n in names]
        cells.append("–" if secs is None else f"{1000 * secs:.1f}")
        rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    return f"<table><tr>{head}</tr>{''.join(rows)}</table>"


def _worst(out_dir: Path, label: str, res: dict[str, Any], metric: str) -> str:
    records = [r for r in read_records(out_dir / res.get("predictions", "")) if metric in (r.get("scores") or {})]
    records.sort(key=lambda r: r["scores"][metric])
    if not records:
        return ""
    rows = "".join(
        f"<tr><td>{escape(str(r.get('id')))}</td><td>{r['scores'][metric]:.1f}</td>"
        f"<td>{escape(str(r.get('prediction') or ''))}{_error(r)}</td><td>{escape(str(r.get('reference') or ''))}</td></tr>"
        for r in records[:WORST])
    return (f"<h3>{escape(label)}: the {min(WORST, len(records))} lowest {escape(metric)}</h3>"
            f"<table><tr><th>id</th><th>{escape(metric)}</th><th>prediction</th><th>reference</th></tr>{rows}</table>")


def _error(record: dict[str, Any]) -> str:
    return f'<br><span class="note">error: {escape(str(record["error"]))}</span>' if record.get("error") else ""


def render_eval_page(scores: dict[str, Any], out_dir: Path) -> str:
    """The page for ``scores.json``'s content; the chart and predictions are read from ``out_dir``."""
    data = scores["data"]
    boot = scores["bootstrap"]
    primary = scores["primary_metrics"][0]
    best = max(scores["configs"].items(), key=lambda kv: kv[1]["metrics"].get(primary, {}).get("score", float("-inf")))
    line = (f"{len(scores['configs'])} config(s) on {data['n_examples']} examples of {Path(data['path']).name}; "
            f"best {primary}: {best[0]} ({best[1]['metrics'].get(primary, {}).get('score', float('nan')):.2f})")
    body = [f"<h1>Evaluation: {escape(scores['task'])} on {escape(Path(data['path']).name)}</h1>",
            f'<p class="summary-line">{escape(line)}</p>',
            f"<p>Scores ×100 with {int(boot['level'] * 100)}% bootstrap confidence intervals "
            f"({boot['n_resamples']} resamples, seed {boot['seed']}); references in "
            f"{escape(scores['reference_language'])}.</p>"]
    for group in scores["metric_groups"]:
        body.append(f"<h2>{escape(group['title'])}</h2><p>{escape(group['note'])}</p>")
        body.append(_table(scores, group["metrics"]))
    comparisons = scores.get("comparisons") or []
    if comparisons:
        names = scores["primary_metrics"]
        head = "".join(f"<th>Δ {escape(n)} (p)</th>" for n in names)
        rows = []
        for comp in comparisons:
            cells = [escape(comp["a"]), escape(comp["b"])]
            for n in names:
                m = comp["metrics"].get(n)
                cells.append("–" if m is None else f"{m['delta']:+.2f} (p={m['p_value']:.3f})")
            rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
        body.append("<h2>Paired bootstrap tests</h2><p>Δ = A − B on the same examples; small p: A is reliably "
                    f"better.</p><table><tr><th>A</th><th>B</th>{head}</tr>{''.join(rows)}</table>")
    chart = out_dir / "scores.png"
    if chart.is_file():
        encoded = base64.b64encode(chart.read_bytes()).decode("ascii")
        body.append(f'<h2>Chart</h2><img alt="scores with 95% confidence intervals" '
                    f'src="data:image/png;base64,{encoded}">')
    failed = failed_examples(scores)
    if failed:
        rows = "".join(f'<tr><td>{escape(label)}</td><td>{escape(id_)}</td><td class="reason">{escape(reason)}</td></tr>'
                       for label, id_, reason in failed)
        body.append(f'<h2 id="failed">Failed examples ({len(failed)})</h2><p>No output was made: each is scored 0 '
                    f'and counted in n.</p><table class="failed"><tr><th>config</th><th>id</th><th>reason</th></tr>'
                    f"{rows}</table>")
    body.append("<h2>Worst examples</h2>")
    body += [_worst(out_dir, label, res, primary) for label, res in scores["configs"].items()]
    return page(f"vnsumm eval: {scores['task']}", "\n".join(x for x in body if x))


def write_eval_page(scores: dict[str, Any], out_dir: Path) -> Path:
    path = Path(out_dir) / "index.html"
    atomic_write(path, render_eval_page(scores, Path(out_dir)))
    return path
