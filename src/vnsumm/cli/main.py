"""``vnsumm``: parse the command line, run the subcommand, turn errors into one line and an exit status.

    vnsumm brief PATH... [-c CONFIG] [-s key=value] [-o DIR] [--format md|json|jsonl] [--strict]
    vnsumm check ARTICLE BRIEF [--format text|json]
    vnsumm clean PATH [--format text|json]
    vnsumm models [list|download|convert] [CONFIG]
    vnsumm eval --config A --data FILE -o DIR
    vnsumm bench [PATH...] [-c CONFIG] [--repeat N]
    vnsumm serve [-c CONFIG] [--host 127.0.0.1] [--port 8000]

Exit status: 0 all done, 1 something failed, 2 usage or config error, 130 interrupted.
"""
from __future__ import annotations

import argparse
import os
import signal
import sys
import threading
import traceback
from typing import Sequence

from vnsumm import __version__
from vnsumm.cli import bench, brief, check, clean, configs, eval, models, serve, template
from vnsumm.errors import StdoutError, VnsummError
from vnsumm.log import LOG_LEVELS, setup_logging
from vnsumm.messages import reason_of, say, write_stdout

SUBCOMMANDS = (brief, check, clean, template, models, eval, configs, bench, serve)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="vnsumm", description="Vietnamese news articles to English briefs.")
    parser.add_argument("--version", action="version", version=f"vnsumm {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks")
    add_logging_options(parser)
    sub = parser.add_subparsers(dest="command", required=True)
    for module in SUBCOMMANDS:
        command = module.add_parser(sub)
        command.add_argument("--debug", action="store_true", default=argparse.SUPPRESS, help="show tracebacks")
        add_logging_options(command, argparse.SUPPRESS)
    return parser


def add_logging_options(parser: argparse.ArgumentParser, default: object = None) -> None:
    """``-v/--verbose`` (repeatable) and ``--log-level``, before or after the subcommand."""
    parser.add_argument("-v", "--verbose", action="count", default=0 if default is None else default,
                        help="log more: -v for info, -vv for debug (on stderr)")
    parser.add_argument("--log-level", choices=LOG_LEVELS, type=str.upper, default=default,
                        help="the level of the 'vnsumm' logger (default WARNING)")


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    code = run(args)
    if code == 130 and threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # another Ctrl-C while Python shuts down: no traceback
    return code


def run(args: argparse.Namespace) -> int:
    """Run the subcommand; every error becomes one line and an exit status."""
    try:
        setup_logging(args.verbose, args.log_level)
        code = args.func(args)
        write_stdout("")  # flush: a full disk or a closed pipe shows here, not at exit
        return code
    except VnsummError as exc:
        if isinstance(exc, StdoutError):  # standard output failed: nothing more can go there
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
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
