"""The ``vnsumm`` command: a thin layer over the Python API.

    vnsumm brief PATH... [-c CONFIG] [-s key=value] [-o DIR] [--format md|json|jsonl] [--strict]
    vnsumm check ARTICLE BRIEF [--format text|json]
    vnsumm clean PATH [--format text|json]
    vnsumm models [list|download|convert] [CONFIG] [-o DIR] [--quantization int8|float16|float32]
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
import traceback
from pathlib import Path
from typing import Any, Iterable, Sequence

from vnsumm import __version__
from vnsumm.batch import (INPUT_SUFFIXES, FolderRun, RunOptions, UsageError, as_text, atomic_write,  # noqa: F401
                          check_output_folder, clean_file, collect_inputs, load_article, reason_of, render, shown)
from vnsumm.check.command import STRICT_HELP, add_check_parser, warn_unsupported
from vnsumm.errors import ConfigError, InputError, ModelError, VnsummError



def say(message: str) -> None:
    print(message, file=sys.stderr)


# -- brief -------------------------------------------------------------------------------
def load_pipeline(args: argparse.Namespace):
    """The config's pipeline with its models loaded: every model-side error surfaces here."""
    from vnsumm.config import load_config
    from vnsumm.pipeline import Pipeline

    overrides = list(args.set or [])
    if getattr(args, "device", None):
        overrides.append(f"device={args.device}")
    config = load_config(args.config, overrides)
    if str(config.device).startswith("cuda"):  # asked for explicitly: check even for model-free configs
        from vnsumm.engines.devices import resolve_device

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


def review_hook(args: argparse.Namespace):
    """Warn about briefs with unsupported facts; with --strict such a brief fails (is not written)."""
    def review(brief, label: str, write) -> str | None:
        if warn_unsupported(brief, label, write) and args.strict:
            return f"--strict: {brief.warnings[-1]}"
        return None
    return review


def cmd_brief(args: argparse.Namespace) -> int:
    out_dir = Path(args.output) if args.output else None
    inputs = collect_inputs(args.paths, args.recursive)
    folder_mode = out_dir is not None or len(inputs) != 1 or any(Path(p).is_dir() for p in args.paths)
    if folder_mode and out_dir is None:
        raise UsageError("several articles need an output folder: add -o DIR")
    if not inputs:
        raise UsageError(f"no article files ({', '.join(INPUT_SUFFIXES)}) found in "
                         f"{', '.join(shown(p) for p in args.paths)}")
    report = Path(args.report) if args.report else None
    if report is not None and report.resolve() in {i.file.resolve() for i in inputs}:
        raise UsageError(f"--report {shown(report)} is an input file")
    if report is not None and (report.is_dir() or any(p.exists() and not p.is_dir() for p in report.parents)):
        raise UsageError(f"--report {shown(report)}: cannot be written there (a folder, or under a file)")
    if out_dir is not None:
        check_output_folder(out_dir, inputs, args.paths, args.recursive, args.allow_input_folder)
    pipeline = load_pipeline(args)  # model errors surface here, before any file is touched
    if not folder_mode:
        return brief_one(args, pipeline, inputs[0].file)
    options = RunOptions(out_dir=out_dir, fmt=args.format, force=args.force, non_vietnamese=args.non_vietnamese,
                         report=report, quiet=args.quiet, debug=args.debug, review=review_hook(args))
    return FolderRun(pipeline, inputs, options).run()


def brief_one(args: argparse.Namespace, pipeline: Any, file: Path) -> int:
    """One article to stdout; any problem with it is a one-line error (exit status 1)."""
    start = time.perf_counter()
    try:
        loaded = load_article(file, pipeline, args.non_vietnamese)
    except InputError as exc:
        raise InputError(f"{shown(file)}: {reason_of(exc, file)}") from None
    clean_seconds = round(time.perf_counter() - start, 4)
    if loaded.language.is_vietnamese:
        brief = pipeline.brief_articles([loaded.article], [as_text(file)])[0]
    else:
        brief = pipeline.brief_untranslated([loaded.article], [as_text(file)], [loaded.language.code])[0]
    brief.timings = {"clean": clean_seconds, **brief.timings}
    if warn_unsupported(brief, str(file), say) and args.strict:
        say(f"vnsumm: {file}: failed (--strict): the brief was not written")
        return 1
    sys.stdout.write(render(brief, args.format))
    return 0


# -- clean -------------------------------------------------------------------------------
def cmd_clean(args: argparse.Namespace) -> int:
    from vnsumm.clean import clean
    from vnsumm.io import DEFAULT_MAX_BYTES

    path = Path(args.path)
    try:
        article, _ = clean_file(path, clean, DEFAULT_MAX_BYTES)
    except InputError as exc:
        raise InputError(f"{shown(path)}: {reason_of(exc, path)}") from None
    if args.format == "json":
        sys.stdout.write(json.dumps(article.to_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(article.to_text())
    return 0


# -- models ------------------------------------------------------------------------------
def configured_models(config) -> list[tuple[str, str]]:
    """(stage, model) pairs a config needs."""
    return [
        (stage, getattr(config, stage).model)
        for stage in ("summarizer", "translator")
        if getattr(config, stage).model
    ]


MODEL_ACTIONS = ("list", "download", "convert")


def cmd_models(args: argparse.Namespace) -> int:
    from vnsumm.config import load_config
    from vnsumm.models import download, locate

    if args.action not in MODEL_ACTIONS:  # `vnsumm models opus` lists the models of config opus
        if args.config_name:
            raise ConfigError(f"unknown models action '{args.action}'; choose one of {', '.join(MODEL_ACTIONS)}")
        args.action, args.config_name = "list", args.action
    config = load_config(args.config_name or "default")
    models = configured_models(config)
    if args.action == "convert":
        return models_convert(config, args.output, args.quantization)
    if args.action == "download":
        for stage, name in models:
            say(f"{stage}: fetching {name} ...")
            print(f"{stage}\t{name}\t{download(name)}")
        return 0
    if not models:
        print(f"config '{config.name}' needs no model")
        return 0
    missing_hub, missing_folders = 0, 0
    for stage, name in models:
        where = locate(name)
        status = "ready offline" if where.offline_ready else "NOT available offline"
        missing_hub += where.kind == "hub"
        missing_folders += where.kind == "missing"
        print(f"{stage:<11} {name}\n            {where.kind}: {where.path or 'not downloaded'} ({status})")
    if missing_hub:
        print(f"fetch with: vnsumm models download {args.config_name or 'default'} (on a connected machine)")
    if missing_folders:
        print("a missing folder: point the config at a model folder, or make CTranslate2 folders with "
              "'vnsumm models convert CONFIG' (e.g. 'vnsumm models convert default' for configs/ct2.yaml)")
    return 0


def models_convert(config, output: str, quantization: str | None) -> int:
    """``vnsumm models convert``: CTranslate2 copies of a config's models and a config naming them."""
    from vnsumm.config import dump_config
    from vnsumm.engines.ctranslate2 import convert_config, default_quantization

    quantization = quantization or default_quantization()
    say(f"converting the models of '{config.name}' to CTranslate2 in {output} ...")
    done, raw = convert_config(config, output, quantization)
    if not done:
        print(f"config '{config.name}' has no transformers model to convert; nothing written")
        return 0
    for stage, name, folder in done:
        print(f"{stage}\t{name}\t{folder}")
    header = f"{config.name} on CTranslate2 ({quantization}), written by 'vnsumm models convert'"
    path = dump_config(raw, Path(output) / f"{config.name}-ct2-{quantization}.yaml", header)
    print(f"config: {path}\nuse it with: vnsumm brief ARTICLE -c {path}")
    return 0


# -- parser ------------------------------------------------------------------------------
def add_config_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-c", "--config", default="default", help="config name (configs/NAME.yaml) or path")
    parser.add_argument("-s", "--set", action="append", metavar="KEY=VALUE",
                        help="override a config field, e.g. -s summarizer.generation.num_beams=2")
    parser.add_argument("--device", choices=("auto", "cpu", "cuda"), help="where models run")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="vnsumm", description="Vietnamese news articles to English briefs.")
    parser.add_argument("--version", action="version", version=f"vnsumm {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks")
    sub = parser.add_subparsers(dest="command", required=True)

    brief = sub.add_parser("brief", help="clean, summarize and translate articles")
    brief.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders")
    add_config_options(brief)
    brief.add_argument("-o", "--output", metavar="DIR", help="output folder (needed for several articles)")
    brief.add_argument("--format", choices=("md", "json", "jsonl"), default="md")
    brief.add_argument("-r", "--recursive", action="store_true", help="look into sub-folders")
    brief.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    brief.add_argument("--strict", action="store_true", help=STRICT_HELP)
    brief.add_argument("--force", action="store_true",
                       help="redo articles whose output is up to date, and overwrite outputs vnsumm did not write")
    brief.add_argument("--report", metavar="FILE", help="write a JSON report of skipped and failed articles")
    brief.add_argument("--non-vietnamese", choices=("skip", "summarize"), default="skip",
                       help="an article in another language: skip it (default) or summarize it without translation")
    brief.add_argument("--allow-input-folder", action="store_true",
                       help="allow -o to be a folder that holds input files")
    brief.add_argument("--debug", action="store_true", default=argparse.SUPPRESS, help="show tracebacks")
    brief.set_defaults(func=cmd_brief)

    add_check_parser(sub)

    clean = sub.add_parser("clean", help="print the cleaned article")
    clean.add_argument("path", metavar="PATH")
    clean.add_argument("--format", choices=("text", "json"), default="text")
    clean.add_argument("--debug", action="store_true", default=argparse.SUPPRESS, help="show tracebacks")
    clean.set_defaults(func=cmd_clean)

    models = sub.add_parser("models", help="list or download the models a config needs")
    models.add_argument("action", nargs="?", default="list", metavar="ACTION",
                        help=f"one of {', '.join(MODEL_ACTIONS)} (default: list)")
    models.add_argument("config_name", nargs="?", metavar="CONFIG", help="config name or path (default: default)")
    models.add_argument("-o", "--output", default="models/ct2", metavar="DIR",
                        help="convert: folder for the converted models and config (default: models/ct2)")
    models.add_argument("--quantization", choices=("int8", "float16", "float32"),
                        help="convert: weight type (default: int8 on CPU, float16 with a GPU)")
    models.set_defaults(func=cmd_models)

    from vnsumm.evaluate.cli import add_parser as add_eval_parser  # vnsumm eval (issue 4)

    add_eval_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except VnsummError as exc:
        if args.debug:
            traceback.print_exc()
        say(f"vnsumm: error: {reason_of(exc)}")
        return exc.exit_code
    except KeyboardInterrupt:
        say("vnsumm: interrupted; finished outputs are kept, rerun to continue")
        return 130
    except BrokenPipeError:  # e.g. piped into head: nothing more to say
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except Exception as exc:  # noqa: BLE001 - a bug still gets one line, the traceback only with --debug
        if args.debug:
            traceback.print_exc()
        say(f"vnsumm: error: {reason_of(exc)} (run with --debug for the traceback)")
        return 1


if __name__ == "__main__":
    sys.exit(main())
