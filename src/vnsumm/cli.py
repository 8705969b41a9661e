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
import tempfile
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Sequence

from vnsumm import __version__
from vnsumm.check.command import STRICT_HELP, add_check_parser, warn_unsupported
from vnsumm.errors import ConfigError, InputError, VnsummError

INPUT_SUFFIXES = (".txt", ".html", ".htm")
FORMAT_SUFFIX = {"md": ".md", "json": ".json"}


# -- helpers -----------------------------------------------------------------------------
def atomic_write(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` via a temp file in the same folder and a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def collect_inputs(paths: Sequence[str], recursive: bool) -> list[tuple[Path, Path]]:
    """(file, root) pairs: files given directly, and article files inside given folders."""
    found: list[tuple[Path, Path]] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            pattern = "**/*" if recursive else "*"
            files = sorted(
                p for p in path.glob(pattern)
                if p.is_file() and p.suffix.lower() in INPUT_SUFFIXES and not p.name.startswith(".")
            )
            found += [(p, path) for p in files]
        elif path.is_file():
            found.append((path, path.parent))
        else:
            raise InputError(f"{raw}: no such file or folder")
    return found


def output_path(file: Path, root: Path, out_dir: Path, suffix: str, taken: set[Path]) -> Path:
    """Mirror the file's place under its root inside ``out_dir``; never reuse a name."""
    target = (out_dir / file.relative_to(root)).with_suffix(suffix)
    stem, n = target.with_suffix(""), 1
    while target in taken:
        n += 1
        target = Path(f"{stem}-{n}{suffix}")
    taken.add(target)
    return target


def render(brief: Any, fmt: str) -> str:
    if fmt == "md":
        return brief.to_markdown()
    if fmt == "jsonl":
        return brief.to_json(indent=None) + "\n"
    return brief.to_json() + "\n"


def say(message: str) -> None:
    print(message, file=sys.stderr)


# -- brief -------------------------------------------------------------------------------
@dataclass
class RunResult:
    done: list[dict[str, Any]] = field(default_factory=list)
    failed: list[dict[str, Any]] = field(default_factory=list)


def load_pipeline(args: argparse.Namespace):
    from vnsumm.pipeline import Pipeline

    overrides = list(args.set or [])
    if getattr(args, "device", None):
        overrides.append(f"device={args.device}")
    return Pipeline.from_config(args.config, overrides)


def cmd_brief(args: argparse.Namespace) -> int:
    from vnsumm.io import read_text

    inputs = collect_inputs(args.paths, args.recursive)
    folder_mode = args.output is not None or len(inputs) != 1 or any(Path(p).is_dir() for p in args.paths)
    if folder_mode and args.output is None:
        raise ConfigError("several articles need an output folder: add -o DIR")
    if not inputs:
        raise InputError(f"no article files ({', '.join(INPUT_SUFFIXES)}) found in {', '.join(args.paths)}")
    pipeline = load_pipeline(args)  # model errors surface here, before any file is touched

    if not folder_mode:
        file = inputs[0][0]
        text = read_text(file, max_bytes=pipeline.config.max_input_bytes)
        brief = pipeline.brief(text, id=str(file))
        if warn_unsupported(brief, str(file), say) and args.strict:
            say(f"vnsumm: {file}: failed (--strict): the brief was not written")
            return 1
        sys.stdout.write(render(brief, args.format))
        return 0
    return run_folder(args, pipeline, inputs, read_text)


def run_folder(args: argparse.Namespace, pipeline: Any, inputs: list[tuple[Path, Path]], read_text) -> int:
    from tqdm import tqdm

    out_dir = Path(args.output)
    input_files = {f.resolve() for f, _ in inputs}
    start = time.perf_counter()
    result = RunResult()
    taken: set[Path] = set()
    jsonl_lines: list[str] = []
    pending: list[tuple[Path, Path, Any]] = []  # (file, target, article)

    def flush() -> None:
        if not pending:
            return
        try:
            briefs = pipeline.brief_articles([a for _, _, a in pending], [str(f) for f, _, _ in pending])
        except VnsummError as exc:
            for f, _, _ in pending:
                result.failed.append({"input": str(f), "error": str(exc)})
                say(f"vnsumm: {f}: {exc}")
        else:
            for (f, target, _), brief in zip(pending, briefs):
                if warn_unsupported(brief, str(f), lambda line: bar.write(line, file=sys.stderr)) and args.strict:
                    result.failed.append({"input": str(f), "error": brief.warnings[-1]})
                    continue
                if args.format == "jsonl":
                    jsonl_lines.append(render(brief, "jsonl"))
                else:
                    atomic_write(target, render(brief, args.format))
                result.done.append({"input": str(f), "output": str(target), "title": brief.title})
        bar.update(len(pending))
        pending.clear()

    suffix = FORMAT_SUFFIX.get(args.format, ".json")
    with tqdm(total=len(inputs), unit="article", file=sys.stderr, disable=args.quiet) as bar:
        for file, root in inputs:
            target = output_path(file, root, out_dir, suffix, taken)
            if target.resolve() in input_files:
                result.failed.append({"input": str(file), "error": "output would overwrite an input file"})
                bar.update(1)
                continue
            try:
                text = read_text(file, max_bytes=pipeline.config.max_input_bytes)
                article = pipeline.clean(text)
            except InputError as exc:
                result.failed.append({"input": str(file), "error": str(exc)})
                bar.write(f"vnsumm: {file}: {exc}", file=sys.stderr)
                bar.update(1)
                continue
            pending.append((file, target, article))
            if len(pending) >= pipeline.config.batch_size:
                flush()
        flush()

    if args.format == "jsonl":
        atomic_write(out_dir / "briefs.jsonl", "".join(jsonl_lines))
    index = {
        "config": pipeline.describe(),
        "done": result.done,
        "failed": result.failed,
    }
    atomic_write(out_dir / "index.json", json.dumps(index, ensure_ascii=False, indent=2) + "\n")
    seconds = time.perf_counter() - start
    say(f"vnsumm: {len(result.done)} done, {len(result.failed)} failed in {seconds:.1f} s -> {out_dir}")
    return 1 if result.failed else 0


# -- clean -------------------------------------------------------------------------------
def cmd_clean(args: argparse.Namespace) -> int:
    from vnsumm.clean import clean
    from vnsumm.io import read_text

    article = clean(read_text(Path(args.path)))
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
    missing = 0
    for stage, name in models:
        where = locate(name)
        status = "ready offline" if where.offline_ready else "NOT available offline"
        missing += not where.offline_ready
        print(f"{stage:<11} {name}\n            {where.kind}: {where.path or 'not downloaded'} ({status})")
    if missing:
        print(f"fetch with: vnsumm models download {args.config_name or 'default'} (on a connected machine)")
    return 0


def models_convert(config, output: str, quantization: str | None) -> int:
    """``vnsumm models convert``: CTranslate2 copies of a config's models and a config naming them."""
    from vnsumm.engines.ctranslate2 import convert_config

    say(f"converting the models of '{config.name}' to CTranslate2 in {output} ...")
    done, path = convert_config(config, output, quantization)
    for stage, name, folder in done:
        print(f"{stage}\t{name}\t{folder}")
    if not done:
        print(f"config '{config.name}' has no transformers model to convert")
        return 0
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
    brief.set_defaults(func=cmd_brief)

    add_check_parser(sub)

    clean = sub.add_parser("clean", help="print the cleaned article")
    clean.add_argument("path", metavar="PATH")
    clean.add_argument("--format", choices=("text", "json"), default="text")
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
        say(f"vnsumm: error: {exc}")
        return exc.exit_code
    except KeyboardInterrupt:
        say("vnsumm: interrupted; finished outputs are kept, rerun to continue")
        return 130


if __name__ == "__main__":
    sys.exit(main())
