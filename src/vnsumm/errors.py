"""One exception family: its message is what the CLI prints, its exit code what the CLI returns."""
from __future__ import annotations

__all__ = ["VnsummError", "InputError", "ModelError", "ConfigError", "UsageError", "OutputError", "StdoutError"]


class VnsummError(Exception):
    """Base class for every error vnsumm reports to a user (never a bug)."""

    exit_code = 1


class InputError(VnsummError):
    """An input file or text cannot be processed (empty, binary, wrong encoding, too large...)."""


class ModelError(VnsummError):
    """A model cannot be found, loaded or run."""


class ConfigError(VnsummError):
    """A configuration is missing, malformed or asks for something unknown."""

    exit_code = 2


class UsageError(VnsummError):
    """The command line asks for something impossible."""

    exit_code = 2


class OutputError(VnsummError):
    """An output cannot be written and the command cannot go on."""


class StdoutError(OutputError):
    """Standard output cannot be written (a full disk, a device error): nothing more can go there."""
