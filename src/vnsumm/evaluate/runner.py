"""Run pipelines over a dataset, score them, and write the reports; re-runs resume.

Each config writes ``predictions/<label>.<task>.jsonl`` in the output folder, one scored example
a line, appended batch by batch. A re-run keeps the lines made by the same config (same
fingerprint, same reference) and runs the pipeline only on the rest; if everything is there the
models are not even loaded.
"""
from __future__ import annotations

import hashlib
import re
import sys
import time
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from itertools import combinations
from pathlib import Path
from typing import Any

from vnsumm.article import Article
from vnsumm.clean import split_sentences
from vnsumm.config import Config, StageConfig, load_config
from vnsumm.errors import ConfigError, InputError, ModelError
from vnsumm.evaluate import report
from vnsumm.evaluate.bootstrap import DEFAULT_RESAMPLES, DEFAULT_SEED
from vnsumm.evaluate.data import TASK_LANG, TASKS, Example
from vnsumm.evaluate.page import write_eval_page
from vnsumm.evaluate.scoring import (
    aggregate,
    compare,
    extensions,
    metric_groups,
    primary_metrics,
    ratio_metrics,
    score_examples,
)
from vnsumm.inputs import load_article
from vnsumm.pipeline import Pipeline

__all__ = ["ConfigSpec", "EvalOptions", "build_specs", "example_article", "run_evaluation"]

METRICS_VERSION = 1  # bump when per-example scoring changes: old records are then re-scored
BASELINES = ("lead", "extractive")
LEAD_KS = (1, 2, 3)  # lead-k baselines always reported (the best of them is the bar to beat)


@dataclass
class ConfigSpec:
    """One pipeline to evaluate: a resolved config, the label used in reports, baseline or not."""

    config: Config
    label: str
    baseline: bool = False

    def fingerprint(self, task: str) -> str:
        """Config outputs + task + how examples are scored: records with another are re-made."""
        extra = "".join(f"+{ext.name}" for ext in extensions(task))
        return f"{self.config.fingerprint()}-{task}-m{METRICS_VERSION}{extra}"


@dataclass
class EvalOptions:
    """How to run: task, output folder, bootstrap settings, batch size, progress bars."""

    task: str = "summarize"
    out_dir: Path = Path("eval-out")
    n_resamples: int = DEFAULT_RESAMPLES
    seed: int = DEFAULT_SEED
    batch_size: int | None = None  # default: each config's own batch_size
    resume: bool = True
    progress: bool = True
    plot: bool = True
    extra: dict[str, Any] = field(default_factory=dict)  # recorded in scores.json (e.g. command)


# -- configs ------------------------------------------------------------------------------
def _label(name: str, overrides: list[str]) -> str:
    base = Path(name).stem if name.endswith((".yaml", ".yml")) else name
    shown = [o for o in overrides if not o.startswith(("device=", "batch_size="))]  # no effect on outputs
    if shown:
        base += "[" + ",".join(shown) + "]"
    return base


def _unique(label: str, taken: set[str]) -> str:
    out, n = label, 1
    while out in taken:
        n += 1
        out = f"{label}#{n}"
    taken.add(out)
    return out


def build_specs(
    configs: list[str],
    task: str,
    overrides: list[str] | None = None,
    baselines: tuple[str, ...] | list[str] = BASELINES,
    lead_k: int = 3,
) -> list[ConfigSpec]:
    """Resolve configs (ConfigError now, before any model loads) and add the baselines.

    Baselines are ``lead`` (lead-1, lead-2 and lead-3, plus lead-``lead_k`` when that is another
    k) and ``extractive`` (the model-free ``extractive`` config). For ``brief`` they borrow the
    translator of the first config so the English can be scored; ``translate`` has none.
    """
    if task not in TASKS:
        raise InputError(f"unknown task {task!r} (use one of {', '.join(TASKS)})")
    unknown = [b for b in baselines if b not in BASELINES]
    if unknown:
        raise ConfigError(f"unknown baseline(s) {', '.join(unknown)} (use {', '.join(BASELINES)})")
    overrides = list(overrides or [])
    taken: set[str] = set()
    specs = [
        ConfigSpec(load_config(name, overrides), _unique(_label(name, overrides), taken))
        for name in configs
    ]
    for spec in specs:
        if task in ("translate", "brief") and spec.config.translator.backend == "none" and not (
                task == "brief" and spec.config.briefer.backend != "none"):
            raise ConfigError(f"config '{spec.label}' has no translator; task '{task}' needs one")
    if task == "translate" or not baselines:
        return specs
    if task == "brief" and not specs:
        raise ConfigError("task 'brief' needs at least one --config with a translator")
    seen = {s.config.fingerprint() for s in specs}
    wanted = [(name, k) for name in baselines
              for k in (sorted({*LEAD_KS, lead_k}) if name == "lead" else [None])]
    for name, k in wanted:
        config = load_config(name, [f"summarizer.k={k}"] if name == "lead" else None)
        label = f"lead-{k}" if name == "lead" else name
        if task == "brief":
            config = replace(config, translator=_english_stage(specs[0].config))
            label += f"+{specs[0].label}-translator"
        if config.fingerprint() in seen:
            continue
        seen.add(config.fingerprint())
        specs.append(ConfigSpec(config, _unique(label, taken), baseline=True))
    if not specs:
        raise ConfigError("nothing to evaluate: give --config or keep the baselines")
    return specs


def _english_stage(config: Config) -> StageConfig:
    """The translator baselines borrow: the config's, or one with its briefer's back end and settings."""
    if config.translator.backend == "none" and config.briefer.backend != "none":
        return StageConfig(config.briefer.backend, config.briefer.model, dict(config.briefer.settings))
    return config.translator


# -- inputs -------------------------------------------------------------------------------
def _squash(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def example_article(example: Example) -> Article:
    """The Article a pipeline sees for one example, made with :func:`vnsumm.inputs.load_article`.

    The dataset's title (if any) becomes the first line. Without one, a first line that
    clean() took as the title is put back into the body: it is story text.
    """
    text = f"{example.title}\n\n{example.text}" if example.title else example.text
    article = load_article(text, name=f"example {example.id}")
    if example.title is None and article.title and _squash(example.text).startswith(_squash(article.title)):
        article = replace(
            article,
            title=None,
            paragraphs=[article.title, *article.paragraphs],
            sentences=[*split_sentences(article.title), *article.sentences],
        )
    return article


def _sha(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def _file_stem(label: str) -> str:
    return re.sub(r"[^\w.+#=,-]+", "_", label)


# -- one config ---------------------------------------------------------------------------
def _predict(pipeline: Any, task: str, batch: list[Example]) -> tuple[list[str], list[str | None], list[dict]]:
    """Predictions, per-example error messages, and extra fields for a batch."""
    n = len(batch)
    preds, errors, extra = [""] * n, [None] * n, [{} for _ in range(n)]
    if task == "translate":
        return list(pipeline.translate([ex.text for ex in batch])), errors, extra
    articles: dict[int, Article] = {}
    for i, ex in enumerate(batch):
        try:
            articles[i] = example_article(ex)
        except InputError as exc:
            errors[i] = str(exc)
    order = sorted(articles)
    if task == "summarize":
        for i, summary in zip(order, pipeline.summarize_articles([articles[i] for i in order])):
            preds[i] = summary
        return preds, errors, extra
    try:
        briefs = pipeline.brief_articles([articles[i] for i in order], [batch[i].id for i in order])
    except ModelError:  # e.g. an LLM answer that failed its checks: the other examples still count
        if len(order) < 2:
            raise
        briefs, kept = [], []
        for i in order:
            try:
                briefs += pipeline.brief_articles([articles[i]], [batch[i].id])
                kept.append(i)
            except ModelError as exc:
                errors[i] = str(exc)
        order = kept
    for i, brief in zip(order, briefs):
        preds[i] = brief.brief_en or ""
        extra[i] = {"summary": brief.summary}
    return preds, errors, extra


WARM_UP = Example(
    "warm-up",
    "Hà Nội hôm nay trời nắng đẹp. Người dân đi chơi hồ Gươm rất đông. Giao thông vẫn thông suốt.",
    "Hà Nội nắng đẹp.",
    title="Hà Nội nắng đẹp",
)


def _kept_records(path: Path, spec: ConfigSpec, task: str, examples: list[Example], resume: bool) -> list[dict]:
    """Records from an earlier run of the same config on the same examples; rewrites the file."""
    old = report.read_records(path) if resume else []
    wanted = {ex.id: ex for ex in examples}
    fp = spec.fingerprint(task)
    kept = [
        r for r in old
        if r.get("fingerprint") == fp and r.get("id") in wanted
        and r.get("reference") == wanted[r["id"]].reference
        and r.get("text_sha") == _sha(wanted[r["id"]].text)
    ]
    kept = list({r["id"]: r for r in kept}.values())  # last wins if a line was repeated
    if len(kept) != len(old) or not resume:
        report.write_records(path, kept)
    return kept


def _say(message: str) -> None:
    print(message, file=sys.stderr)


def run_config(spec: ConfigSpec, examples: list[Example], options: EvalOptions) -> tuple[list[dict], dict]:
    """Predict and score the examples not yet scored; return all records (example order) and meta."""
    from tqdm import tqdm

    task = options.task
    pred_dir = Path(options.out_dir) / "predictions"
    path = pred_dir / f"{_file_stem(spec.label)}.{task}.jsonl"
    meta_path = pred_dir / f"{_file_stem(spec.label)}.{task}.meta.json"
    done = {r["id"]: r for r in _kept_records(path, spec, task, examples, options.resume)}
    todo = [ex for ex in examples if ex.id not in done]
    meta = report.read_json(meta_path) if done and not todo else None
    if todo:
        if done:
            _say(f"{spec.label}: {len(done)} examples already scored, running {len(todo)}")
        start = time.perf_counter()
        pipeline = Pipeline.from_config(spec.config)
        _predict(pipeline, task, [WARM_UP])  # first-call costs (lazy imports, kernels) not timed
        meta = {
            "models": pipeline.describe(),
            "settings": spec.config.to_dict(),
            "load_seconds": round(time.perf_counter() - start, 3),  # loading + one warm-up example
        }
        report.write_json(meta_path, meta)
        size = options.batch_size or spec.config.batch_size
        bar = tqdm(total=len(todo), desc=spec.label, unit="ex", disable=not options.progress, file=sys.stderr)
        for at in range(0, len(todo), size):
            batch = todo[at : at + size]
            t0 = time.perf_counter()
            preds, errors, extra = _predict(pipeline, task, batch)
            seconds = (time.perf_counter() - t0) / len(batch)
            scores = score_examples(task, [ex.text for ex in batch], preds, [ex.reference for ex in batch])
            records = []
            for ex, pred, err, more, sc in zip(batch, preds, errors, extra, scores):
                rec = {"id": ex.id, "config": spec.label, "prediction": pred, "reference": ex.reference,
                       "scores": sc, "seconds": round(seconds, 4), **more,
                       "fingerprint": spec.fingerprint(task), "text_sha": _sha(ex.text)}
                if err:
                    rec["error"] = err
                records.append(rec)
                done[ex.id] = rec
            report.append_records(path, records)
            bar.update(len(batch))
        bar.close()
        del pipeline
    if meta is None:  # everything resumed but the meta file was lost
        meta = {"models": {"config": spec.config.name}, "settings": spec.config.to_dict(), "load_seconds": None}
    return [done[ex.id] for ex in examples], meta


# -- whole run ----------------------------------------------------------------------------
def _config_summary(spec: ConfigSpec, records: list[dict], meta: dict, options: EvalOptions) -> dict:
    secs = [r["seconds"] for r in records if r.get("seconds") is not None]
    errors = [r for r in records if r.get("error")]
    return {
        "config": spec.config.name,
        "baseline": spec.baseline,
        "n": len(records),
        "n_errors": len(errors),
        "failed": [{"id": r["id"], "reason": r["error"]} for r in errors],  # no output: scored 0, counted in n
        "metrics": aggregate(options.task, records, options.n_resamples, options.seed),
        "seconds_per_article": sum(secs) / len(secs) if secs else None,
        "load_seconds": meta.get("load_seconds"),
        "models": meta.get("models"),
        "settings": meta.get("settings"),
        "predictions": str(Path("predictions") / f"{_file_stem(spec.label)}.{options.task}.jsonl"),
    }


def _comparisons(task: str, results: dict[str, list[dict]], summaries: dict[str, dict], options: EvalOptions) -> list[dict]:
    """Paired tests for every pair of configs, each oriented so A has the higher primary score."""
    first = primary_metrics(task)[0]
    out = []
    for a, b in combinations(results, 2):
        score_a = summaries[a]["metrics"].get(first, {}).get("score", 0.0)
        score_b = summaries[b]["metrics"].get(first, {}).get("score", 0.0)
        if score_b > score_a:
            a, b = b, a
        metrics = compare(task, results[a], results[b], None, options.n_resamples, options.seed)
        out.append({"a": a, "b": b, "metrics": metrics})
    return out


def _groups(task: str, summaries: dict[str, dict]) -> list[dict]:
    groups = metric_groups(task)
    known = {m for g in groups for m in g["metrics"]}
    known |= {key for keys in ratio_metrics(task).values() for key in keys}
    extra = sorted({m for s in summaries.values() for m in s["metrics"]} - known)
    if extra:  # per-example metrics registered in scoring.EXTRA_SCORERS (e.g. faithfulness)
        groups.append({"title": "Other metrics", "note": "per-example means", "metrics": extra})
    return groups


def _versions() -> dict[str, str | None]:
    """Versions of the packages that make the numbers."""
    from importlib.metadata import PackageNotFoundError, version

    out: dict[str, str | None] = {}
    for name in ("vnsumm", "rouge_score", "sacrebleu", "underthesea", "datasets", "transformers", "torch"):
        try:
            out[name] = version(name)
        except PackageNotFoundError:
            out[name] = None
    return out


def run_evaluation(
    specs: list[ConfigSpec], examples: list[Example], data_path: str | Path, options: EvalOptions
) -> dict[str, Any]:
    """Evaluate every config; write scores.json, results.md, scores.png, index.html; return the scores."""
    if options.task not in TASKS:
        raise InputError(f"unknown task {options.task!r}")
    out_dir = Path(options.out_dir)
    results: dict[str, list[dict]] = {}
    summaries: dict[str, dict] = {}
    for spec in specs:
        records, meta = run_config(spec, examples, options)
        results[spec.label] = records
        summaries[spec.label] = _config_summary(spec, records, meta, options)
    scores = {
        "task": options.task,
        "reference_language": TASK_LANG[options.task],
        "data": {"path": str(data_path), "n_examples": len(examples)},
        "primary_metrics": primary_metrics(options.task),
        "metric_groups": _groups(options.task, summaries),
        "bootstrap": {"n_resamples": options.n_resamples, "seed": options.seed, "level": 0.95,
                      "method": "percentile; paired test p = share of resamples where A <= B"},
        "configs": summaries,
        "comparisons": _comparisons(options.task, results, summaries, options),
        "created": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "versions": _versions(),
        **options.extra,
    }
    report.write_json(out_dir / "scores.json", scores)
    (out_dir / "results.md").write_text(report.render_markdown(scores), encoding="utf-8")
    if options.plot:
        report.plot_scores(scores, out_dir / "scores.png")
    write_eval_page(scores, out_dir)  # index.html: tables, chart, worst examples
    return scores
