"""The ``vnsumm`` command: a thin layer over the Python API, one module per subcommand."""
from __future__ import annotations

from vnsumm.cli.main import build_parser, main

__all__ = ["main", "build_parser"]
