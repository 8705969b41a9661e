"""``vnsumm brief PATH...``: one article to stdout, or many into an output folder (see folder_run)."""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path
from typing import Any

from vnsumm.check.brief import unsupported_line
from vnsumm.config import load_config
from vnsumm.engines.devices import resolve_device
from vnsumm.errors import InputError, ModelError, UsageError
from vnsumm.folder_run import FolderRun, RunOptions
from vnsumm.inputs import INPUT_SUFFIXES, Input
from vnsumm.inputs.fetch import DEADLINE_S
from vnsumm.inputs.formats import dataset_kinds
from vnsumm.cli.input_options import add_source_options, brief_help, fields_of, many_named  # issue 13
from vnsumm.sources import gather_inputs  # issue 13
from vnsumm.review import BriefCollector  # issue 13
from vnsumm.stream_run import StreamRun  # issue 13
from vnsumm.language import NON_VIETNAMESE_POLICIES
from vnsumm.messages import as_text, say, shown, write_stdout
from vnsumm.outputs import render
from vnsumm.pipeline import Pipeline
from vnsumm.prepare import prepare
from vnsumm.run_plan import leave_out_own_outputs, plan_run, split_own_outputs

STRICT_HELP = ("treat a brief whose numbers, dates or names are not all found in the article as a "
               "failure: it is not written, and the exit status is 1")


def add_config_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-c", "--config", default="default", help="config name (configs/NAME.yaml) or path")
    parser.add_argument("-s", "--set", action="append", metavar="KEY=VALUE",
                        help="override a config field, e.g. -s summarizer.generation.num_beams=2")
    parser.add_argument("--device", choices=("auto", "cpu", "cuda"), help="where models run")


def load_pipeline(args: argparse.Namespace) -> Pipeline:
    """The config's pipeline with its models loaded: every model-side error surfaces here."""
    overrides = list(args.set or [])
    if getattr(args, "device", None):
        overrides.append(f"device={args.device}")
    config = load_config(args.config, overrides)
    if str(config.device).startswith("cuda"):  # asked for explicitly: check even for model-free configs
        resolve_device(config.device)
    try:
        return Pipeline.from_config(config)
    except MemoryError:
        raise ModelError("out of memory while loading the models; close other programs or use a smaller config") from None
    except RuntimeError as exc:
        if "out of memory" not in str(exc).lower():
            raise
        raise ModelError(f"out of memory while loading the models on {config.device}; "
                         "try --device cpu or a smaller config") from None


def quiet_model_loading() -> None:
    """No progress bars from the hub and transformers while models load (``-q``)."""
    os.environ["HF_HUB_DISABLE_PROGRESS_BARS"] = "1"
    if "transformers" in sys.modules:  # already imported (the Python API, tests): switch them off there
        sys.modules["transformers"].utils.logging.disable_progress_bar()


def review_hook(args: argparse.Namespace):
    """Warn about briefs with unsupported facts; with --strict such a brief fails (is not written)."""
    def review(brief, label: str) -> str | None:
        line = unsupported_line(brief, label)
        if line is None:
            return None
        say(line)
        return f"--strict: {brief.warnings[-1]}" if args.strict else None
    return review


def cmd_brief(args: argparse.Namespace) -> int:
    if args.ray is not None:  # --ray: the distributed run (vnsumm.distributed); Ray is imported only there
        from vnsumm.distributed import cli_run

        return cli_run(args)
    if args.ray_actors is not None:
        raise UsageError("--ray-actors sets the actors of a Ray run: add --ray, or leave it out")
    args.format = args.format or "md"
    out_dir = Path(args.output) if args.output else None
    needs_folder = [name for name, given in (("--force", args.force), ("--allow-input-folder", args.allow_input_folder))
                    if given]
    if out_dir is None and needs_folder:  # both are about the files in an output folder
        raise UsageError(f"{', '.join(needs_folder)} needs an output folder (-o DIR)")
    if not args.paths and not args.urls:  # issue 13
        raise UsageError("name an article, a folder, a dataset, a URL or - (standard input), or give --urls FILE")
    paths, own = split_own_outputs(args.paths)  # vnsumm's own outputs named as inputs: skipped, never read
    inputs = own + leave_out_own_outputs(gather_inputs(paths, args.recursive, args.urls, args.input_format,
                                                       fields_of(args), follow_symlinks=args.follow_symlinks,
                                                       fetch_deadline=args.fetch_deadline or DEADLINE_S))
    if not inputs:
        raise UsageError(f"no articles (files {', '.join(INPUT_SUFFIXES)}, or dataset rows) found in "
                         f"{', '.join(shown(p) for p in args.paths)}")
    folder_mode = out_dir is not None or len(inputs) != 1 or many_named(args)  # issue 13: many_named
    if folder_mode and out_dir is None and args.format != "jsonl":
        raise UsageError("several articles need an output folder: add -o DIR (or --format jsonl for JSON Lines "
                         "on stdout)")
    report = Path(args.report) if args.report else None
    if out_dir is not None:
        plan_run(out_dir, args.format, inputs, args.paths, args.recursive, args.allow_input_folder, report)
    elif report is not None:
        raise UsageError("--report needs an output folder (-o DIR)")
    if args.quiet:
        quiet_model_loading()
    pipeline = load_pipeline(args)  # model errors surface here, before any file is touched
    review = review_hook(args)
    if not folder_mode:
        return brief_one(args, pipeline, inputs[0], review)
    if out_dir is None:  # issue 13: several inputs, --format jsonl, no -o: JSON Lines on stdout
        return StreamRun.of(pipeline, inputs, args.non_vietnamese, args.quiet, args.debug, review).run()
    collected = BriefCollector(review)  # issue 13: keeps the briefs for the review page
    options = RunOptions(out_dir=out_dir, fmt=args.format, force=args.force, non_vietnamese=args.non_vietnamese,
                         report=report, quiet=args.quiet, debug=args.debug, review=collected)
    code = FolderRun(pipeline, inputs, options).run()
    collected.write_page(out_dir)  # issue 13: index.html beside index.json
    return code


def brief_one(args: argparse.Namespace, pipeline: Pipeline, inp: Input, review) -> int:
    """One article to stdout; any problem with it is a one-line error (exit status 1)."""
    start = time.perf_counter()
    if inp.skip:
        raise InputError(f"{inp.shown}: {inp.skip}")
    prepared = prepare(inp, pipeline.config.max_input_bytes, args.non_vietnamese)
    if not prepared.ready:
        raise InputError(f"{inp.shown}: {prepared.reason}")
    label = as_text(inp.file if inp.file is not None else inp.label)
    clean_seconds = round(time.perf_counter() - start, 4)
    brief = next(pipeline.iter_routed([prepared.article], [label], [prepared.route]))[1]
    if isinstance(brief, BaseException):  # the briefer's error for this article
        raise brief
    brief.timings = {"clean": clean_seconds, **brief.timings}
    if review(brief, label):
        say(f"vnsumm: {label}: failed (--strict): the brief was not written")
        return 1
    write_stdout(render(brief, args.format))
    return 0


def add_parser(sub: Any) -> argparse.ArgumentParser:
    parser = sub.add_parser("brief", help="clean, summarize and translate articles", **brief_help())  # issue 13
    parser.add_argument("paths", nargs="*", metavar="PATH",  # issue 13
                        help=f"article files (.txt, .html), folders, datasets ({dataset_kinds()}), "
                             "http(s):// URLs, or - for standard input")
    add_source_options(parser)  # issue 13
    add_config_options(parser)
    parser.add_argument("-o", "--output", metavar="DIR", help="output folder (needed for several articles)")
    parser.add_argument("--format", choices=("md", "json", "jsonl"), default=None,
                        help="md (default), json or jsonl; --ray writes jsonl")
    parser.add_argument("-r", "--recursive", action="store_true", help="look into sub-folders")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    parser.add_argument("--strict", action="store_true", help=STRICT_HELP)
    parser.add_argument("--force", action="store_true",
                        help="redo articles whose output is up to date, and overwrite outputs vnsumm did not write")
    parser.add_argument("--report", metavar="FILE", help="write a JSON report of skipped and failed articles")
    parser.add_argument("--non-vietnamese", choices=NON_VIETNAMESE_POLICIES, default="skip",
                        help="an article in another language: skip it (default) or summarize it without translation")
    parser.add_argument("--allow-input-folder", action="store_true",
                        help="allow -o to be a folder that holds input files")
    parser.add_argument("--follow-symlinks", action="store_true",
                        help="read symbolic links in input folders that lead outside them (skipped by default)")
    # -- the distributed run (vnsumm.distributed) --
    parser.add_argument("--ray", nargs="?", const="", default=None, metavar="ADDRESS",
                        help="brief on Ray: a local Ray started for the run, or the cluster at ADDRESS "
                             "(auto, ray://host:port); datasets also as .jsonl.gz. Put --ray after the "
                             "inputs (or write --ray=ADDRESS): a path right after it would be taken as the address")
    parser.add_argument("--ray-actors", type=int, default=None, metavar="N",
                        help="with --ray: briefing actors, each with one copy of the models (default 1)")
    parser.set_defaults(func=cmd_brief)
    return parser
