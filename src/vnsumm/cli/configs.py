"""``vnsumm configs``: every config name and the file it resolves to, in lookup order."""
from __future__ import annotations

import argparse
import sys
from typing import Any

from vnsumm.messages import shown
from vnsumm.config import config_dirs, config_files


def cmd_configs(args: argparse.Namespace) -> int:
    files = config_files()
    width = max((len(n) for n in files), default=0)
    for name, path in files.items():
        sys.stdout.write(f"{name:<{width}}  {shown(path)}\n")
    sys.stdout.write("\nlooked up in (first match wins):\n")
    for folder in config_dirs():
        sys.stdout.write(f"  {shown(folder)}{'' if folder.is_dir() else '  (absent)'}\n")
    return 0


def add_parser(sub: Any) -> argparse.ArgumentParser:
    parser = sub.add_parser("configs", help="list config names and the file each resolves to",
                            description="List every config name (-c NAME) and the file it resolves to. Folders "
                                        "searched: $VNSUMM_CONFIG_DIR, ./configs, $XDG_CONFIG_HOME/vnsumm/configs "
                                        "(~/.config/vnsumm/configs), then the configs shipped with vnsumm.")
    parser.set_defaults(func=cmd_configs)
    return parser
