"""``vnsumm template PATH... -o FILE``: learn a site's template, the lines its pages repeat, from many of its pages.

Use it with ``vnsumm brief … -s template=FILE`` (any config) or ``vnsumm clean PAGE --template FILE``: those lines
are taken out of each cleaned article (:mod:`vnsumm.clean.template`).
"""
from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from vnsumm.clean import content_lines
from vnsumm.clean.template import MIN_PAGES, SiteTemplate
from vnsumm.durable import atomic_write
from vnsumm.errors import ConfigError, OutputError, UsageError
from vnsumm.inputs import MAX_INPUT_BYTES
from vnsumm.inputs.datasets import Fields
from vnsumm.inputs.formats import INPUT_FORMATS
from vnsumm.inputs.sources import gather_inputs
from vnsumm.messages import reason_of, say, shown

__all__ = ["add_parser", "cmd_template"]


def cmd_template(args: argparse.Namespace) -> int:
    if args.min_pages < 2:
        raise UsageError("--min-pages must be at least 2: a line on one page is that page's own")
    out = Path(args.output)
    inputs = gather_inputs(args.paths, args.recursive, input_format=args.input_format,
                           fields=Fields(text=args.text_field))
    named = {inp.file.resolve() for inp in inputs if inp.file is not None}
    if out.resolve() in named:
        raise UsageError(f"-o {shown(out)} is one of the inputs: the template is never written over an input")
    _refuse_foreign(out)
    pages, failed = [], 0
    for inp in inputs:
        try:
            pages.append(content_lines(inp.page(inp.read(MAX_INPUT_BYTES))))
        except Exception as exc:  # noqa: BLE001 - one bad page is left out, the others are learned from
            failed += 1
            say(f"{inp.shown}: {reason_of(exc, inp.file or inp.label)} (left out of the template)")
    template = SiteTemplate.learn(pages, args.min_pages)
    if template.pages < args.min_pages:
        raise UsageError(f"{template.pages} different page(s) read: a template needs at least {args.min_pages} "
                         "(--min-pages)")
    try:
        atomic_write(out, template.to_json())
    except OSError as exc:
        raise OutputError(f"cannot write {shown(out)}: {exc.strerror or exc}") from None
    say(f"{len(template.lines)} line(s) on {args.min_pages} or more of {template.pages} pages: {shown(out)}")
    return 1 if failed else 0


def _refuse_foreign(out: Path) -> None:
    """A file at ``out`` that is not a site template vnsumm wrote is never written over."""
    if not out.exists():
        if not out.parent.is_dir():
            raise UsageError(f"-o {shown(out)}: no folder {shown(out.parent)}")
        return
    try:
        SiteTemplate.load(out)
    except ConfigError:
        raise UsageError(f"-o {shown(out)} exists and is not a site template vnsumm wrote; move it away first") from None


def add_parser(sub: Any) -> argparse.ArgumentParser:
    parser = sub.add_parser("template", help="learn a site's template (the lines its pages repeat) from its pages",
                            description=__doc__.split("\n\n")[0].split(": ", 1)[1])
    parser.add_argument("paths", nargs="+", metavar="PATH", help="pages of one site: files, folders, datasets, -")
    parser.add_argument("-o", "--output", required=True, metavar="FILE", help="the template file to write (JSON)")
    parser.add_argument("--min-pages", type=int, default=MIN_PAGES, metavar="N",
                        help=f"a line on N or more different stories' pages is the site's (default: {MIN_PAGES})")
    parser.add_argument("-r", "--recursive", action="store_true", help="look into sub-folders")
    parser.add_argument("--input-format", choices=INPUT_FORMATS, default="auto",
                        help="how to read the inputs: auto (by file name), text, or a dataset format")
    parser.add_argument("--text-field", metavar="NAME", help="dataset column of the page text (default: article, "
                                                              "else text)")
    parser.set_defaults(func=cmd_template)
    return parser
