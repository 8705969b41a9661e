"""vnsumm eval: run configs over a dataset; write scores, tables, a chart and per-example JSONL.

    vnsumm eval --config default --config opus --data ../shared/data/vietnews_dev.jsonl -o runs/vn
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

from vnsumm.errors import ConfigError, InputError, UsageError, VnsummError
from vnsumm.evaluate.data import TASKS
from vnsumm.evaluate.defaults import DEFAULT_RESAMPLES, DEFAULT_SEED
from vnsumm.outputs import check_page

__all__ = ["add_parser", "build_parser", "run", "main"]

EPILOG = """\
tasks:
  summarize  Vietnamese summary vs Vietnamese reference (fields article, summary): ROUGE-1/2/L/Lsum,
             Unicode syllable tokenizer, plus rouge_score's default tokenizer (labelled _default_tok)
  translate  vi -> en vs English reference (fields vi, en): sacrebleu BLEU and chrF
  brief      whole pipeline, English brief vs English reference (fields article, summary): ROUGE
baselines lead-k and extractive (TextRank) are added for summarize and brief unless --no-baselines.
outputs in -o DIR: predictions/<config>.<task>.jsonl, scores.json, results.md, scores.png, and
index.html (the tables, the chart and the worst examples, one file to open in a browser).
Re-running with the same -o skips examples already scored.
"""


def _configure(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.add_argument("--config", "-c", action="append", default=[], metavar="NAME|PATH",
                        help="pipeline config to evaluate (repeatable)")
    parser.add_argument("--data", "-d", required=True, metavar="FILE|DIR",
                        help="JSON Lines, CSV, or a datasets save_to_disk folder")
    parser.add_argument("--task", "-t", choices=TASKS, default="summarize")
    parser.add_argument("-o", "--out", default="eval-out", metavar="DIR", help="output folder (default: eval-out)")
    parser.add_argument("--set", "-s", action="append", default=[], metavar="KEY=VALUE", dest="overrides",
                        help="override for every --config, e.g. summarizer.generation.num_beams=2")
    parser.add_argument("--device", choices=("auto", "cpu", "cuda"), default=None,
                        help="where the models of every --config run")
    parser.add_argument("--limit", "-n", type=int, default=None, help="score only the first N examples")
    parser.add_argument("--split", default=None, help="split of a save_to_disk DatasetDict (default: test)")
    parser.add_argument("--source-field", default=None, help="input column (default: article, or vi)")
    parser.add_argument("--reference-field", default=None, help="reference column (default: summary, or en)")
    parser.add_argument("--no-baselines", action="store_true", help="do not add the lead-k/extractive baselines")
    parser.add_argument("--baseline", action="append", choices=("lead", "extractive"), default=None,
                        help="only these baselines (repeatable; default: both)")
    parser.add_argument("--lead-k", type=int, default=None, help="sentences in the lead-k baseline (default 3)")
    parser.add_argument("--batch-size", type=int, default=None, help="examples per batch (default: config's)")
    parser.add_argument("--bootstrap", type=int, default=DEFAULT_RESAMPLES, metavar="N",
                        help=f"bootstrap resamples (default {DEFAULT_RESAMPLES})")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help=f"bootstrap seed (default {DEFAULT_SEED})")
    parser.add_argument("--no-resume", action="store_true", help="ignore earlier predictions in -o and start over")
    parser.add_argument("--no-plot", action="store_true", help="skip the PNG chart")
    parser.add_argument("--quiet", "-q", action="store_true", help="no progress bars")
    return parser


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Add the ``eval`` subcommand to the ``vnsumm`` parser; its handler is :func:`run`."""
    parser = subparsers.add_parser(
        "eval", help="score pipelines on a dataset (ROUGE / BLEU / chrF, CIs, paired tests)",
        description=__doc__.splitlines()[0], epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _configure(parser)
    parser.set_defaults(func=run)
    return parser


def build_parser() -> argparse.ArgumentParser:
    """A stand-alone parser (used by the eval/ wrapper scripts)."""
    parser = argparse.ArgumentParser(
        prog="vnsumm-eval", description=__doc__.splitlines()[0], epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    return _configure(parser)


def run(args: argparse.Namespace) -> int:
    """Run the evaluation described by ``args``; print the Markdown table; return the exit code.

    User errors are raised as VnsummError (the vnsumm CLI prints them); :func:`main` does too.
    The scoring stack (rouge_score, absl, sacrebleu) is imported here, so other commands stay light.
    """
    from vnsumm.evaluate.data import load_examples
    from vnsumm.evaluate.runner import BASELINES, EvalOptions, build_specs, run_evaluation

    if args.lead_k is not None and args.lead_k < 1:
        raise ConfigError("--lead-k must be a positive integer")
    if args.batch_size is not None and args.batch_size < 1:
        raise ConfigError("--batch-size must be a positive integer")
    unused = [name for name, given in (("--baseline", args.baseline), ("--lead-k", args.lead_k is not None)) if given]
    if unused and (args.no_baselines or args.task == "translate"):
        why = "--no-baselines" if args.no_baselines else "--task translate (the baselines are summaries)"
        raise ConfigError(f"{', '.join(unused)} with {why}: no baseline is run")
    if args.lead_k is not None and args.baseline and "lead" not in args.baseline:
        raise ConfigError("--lead-k sets the lead baseline, which --baseline leaves out")
    if args.limit is not None and args.limit < 1:
        raise InputError("--limit must be a positive integer")
    if args.bootstrap < 10:
        raise ConfigError("--bootstrap needs at least 10 resamples")
    baselines = () if args.no_baselines else tuple(args.baseline or BASELINES)
    if args.quiet:
        import datasets

        datasets.disable_progress_bars()
    check_outputs(Path(args.data), Path(args.out))
    overrides = list(args.overrides) + ([f"device={args.device}"] if args.device else [])
    specs = build_specs(args.config, args.task, overrides, baselines, args.lead_k or 3)
    examples = load_examples(
        args.data, args.task, limit=args.limit, split=args.split, source_field=args.source_field,
        reference_field=args.reference_field,
    )
    options = EvalOptions(
        task=args.task, out_dir=Path(args.out), n_resamples=args.bootstrap, seed=args.seed,
        batch_size=args.batch_size, resume=not args.no_resume, progress=not args.quiet,
        plot=not args.no_plot, extra={"command": " ".join([Path(sys.argv[0]).name, *sys.argv[1:]])},
    )
    start = time.perf_counter()
    run_evaluation(specs, examples, args.data, options)
    print((Path(args.out) / "results.md").read_text(encoding="utf-8"))
    chart = "" if args.no_plot else " scores.png,"
    print(f"Wrote {args.out}/scores.json, results.md,{chart} index.html and predictions/ "
          f"in {time.perf_counter() - start:.1f} s", file=sys.stderr)
    return 0


OUTPUT_FILES = ("scores.json", "results.md", "scores.png", "index.html")


def check_outputs(data: Path, out_dir: Path) -> None:
    """Refuse an output folder whose files would overwrite the data, or a scores.json vnsumm did not write."""
    target = data.resolve()
    if target in {(out_dir / name).resolve() for name in OUTPUT_FILES} or (out_dir / "predictions").resolve() in \
            target.parents:
        raise UsageError(f"--data {data} would be overwritten by the results in -o {out_dir}; choose another -o")
    check_page(out_dir / "index.html", "eval")
    scores = out_dir / "scores.json"
    if scores.exists():
        try:
            ours = {"task", "configs"} <= set(json.loads(scores.read_text(encoding="utf-8")))
        except (OSError, ValueError, TypeError):
            ours = False
        if not ours:
            raise UsageError(f"{scores} exists and was not written by vnsumm eval; choose another -o")


def main(argv: list[str] | None = None) -> int:
    """Stand-alone entry point: errors print as one line, exit code from the error."""
    args = build_parser().parse_args(argv)
    try:
        return run(args)
    except VnsummError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
