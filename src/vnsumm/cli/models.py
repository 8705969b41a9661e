"""``vnsumm models [list|download|convert] [CONFIG]``: where a config's models resolve; fetch or convert them."""
from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from vnsumm.config import STAGES, Config, configured_models, dump_config, load_config
from vnsumm.engines.ctranslate2 import convert_config, default_quantization
from vnsumm.errors import ConfigError
from vnsumm.messages import say
from vnsumm.models import download, locate

ACTIONS = ("list", "download", "convert")


def served_stages(config: Config) -> list[tuple[str, str]]:
    """(stage, model) pairs of the stages whose model an OpenAI-compatible server runs (backend llm)."""
    return [(stage, getattr(config, stage).model or "the server's model") for stage in STAGES
            if getattr(config, stage).backend == "llm"]


def cmd_models(args: argparse.Namespace) -> int:
    if args.action not in ACTIONS:  # `vnsumm models opus` lists the models of config opus
        if args.config_name:
            raise ConfigError(f"unknown models action '{args.action}'; choose one of {', '.join(ACTIONS)}")
        args.action, args.config_name = "list", args.action
    if args.action != "convert" and (args.output is not None or args.quantization is not None):
        raise ConfigError(f"-o and --quantization are settings of 'models convert', not of 'models {args.action}'")
    config = load_config(args.config_name or "default")
    models = configured_models(config)
    if args.action == "convert":
        return models_convert(config, args.output or "models/ct2", args.quantization)
    if args.action == "download":
        for stage, name in models:
            say(f"{stage}: fetching {name} ...")
            print(f"{stage}\t{name}\t{download(name)}")
        return 0
    for stage, name in served_stages(config):
        print(f"{stage:<11} {name}\n            served by an OpenAI-compatible server (OPENAI_BASE_URL or "
              f"{stage}.base_url); nothing to download")
    if not models:
        if not served_stages(config):
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


def models_convert(config: Config, output: str, quantization: str | None) -> int:
    """CTranslate2 copies of a config's models and a config naming them; nothing written when there is nothing to convert."""
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


def add_parser(sub: Any) -> argparse.ArgumentParser:
    parser = sub.add_parser("models", help="list, download or convert the models a config needs")
    parser.add_argument("action", nargs="?", default="list", metavar="ACTION",
                        help=f"one of {', '.join(ACTIONS)} (default: list)")
    parser.add_argument("config_name", nargs="?", metavar="CONFIG", help="config name or path (default: default)")
    parser.add_argument("-o", "--output", default=None, metavar="DIR",
                        help="convert: folder for the converted models and config (default: models/ct2)")
    parser.add_argument("--quantization", choices=("int8", "float16", "float32"),
                        help="convert: weight type (default: int8 on CPU, float16 with a GPU)")
    parser.set_defaults(func=cmd_models)
    return parser
