"""The review page: ``index.html`` beside ``index.json``, every brief next to its checked facts.

One self-contained file (HTML + CSS, no JavaScript, no fonts, images or styles fetched from
anywhere), readable from disk: a summary line, then one section per article (title, date, source
link, the Vietnamese summary, the English brief with every checked fact marked: supported ones
with the article's words beside them and on hover, unsupported ones plainly flagged), then the
skipped and failed inputs with their reasons. Every text is escaped; links to outputs are
percent-encoded paths relative to the page (``./tin%20%235.md``), so no file name becomes a scheme.
"""
from __future__ import annotations

import json
from html import escape
from pathlib import Path
from typing import Any, Callable, Sequence
from urllib.parse import quote

from vnsumm.article import Brief
from vnsumm.outputs import INDEX_NAME, JSONL_NAME, PAGE_MARK, atomic_write
from vnsumm.messages import say, shown

__all__ = ["PAGE_NAME", "CSS", "BriefCollector", "render_review", "page", "marked_brief", "caption_list", "source_link", "local_href"]

PAGE_NAME = "index.html"

CSS = """
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;margin:0 auto;max-width:60rem;
padding:1rem 1.5rem;color:#1d1d1f;background:#fff}
h1{font-size:1.5rem;margin:.5rem 0}h2{font-size:1.2rem;margin:0 0 .25rem}h3{font-size:.95rem;margin:.8rem 0 .2rem;
color:#555;text-transform:uppercase;letter-spacing:.03em}
.summary-line{background:#f2f4f7;border-radius:6px;padding:.6rem .9rem;font-weight:600}
section.article{border:1px solid #d8dce3;border-radius:8px;padding:1rem 1.2rem;margin:1.2rem 0}
section.article.flagged{border-color:#d33}
.meta{color:#555;font-size:.9rem}.meta a{color:#0550ae}
.fact{border-radius:3px;padding:0 .15em}
.fact.ok{background:#dff3e4;border-bottom:2px solid #2e8540}
.fact.bad{background:#fde2e1;border-bottom:2px solid #c62828;font-weight:600}
.fact.bad::after{content:" \\26A0";color:#c62828}
ul.facts{margin:.3rem 0;padding-left:1.2rem;font-size:.92rem}ul.facts li.bad{color:#b00020;font-weight:600}
.src{color:#2e6b3a;font-style:italic}.note{color:#8a5a00}
table{border-collapse:collapse;margin:.5rem 0;font-size:.92rem}td,th{border:1px solid #ccd;padding:.25rem .5rem;
text-align:left;vertical-align:top}th{background:#f2f4f7}
.failed td.reason{color:#b00020}pre{white-space:pre-wrap}
img{max-width:100%}
"""


def page(title: str, body: str) -> str:
    """A whole HTML document around ``body`` (already escaped HTML)."""
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">{PAGE_MARK}'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{escape(title)}</title><style>{CSS}</style></head>\n<body>\n{body}\n</body></html>\n")


def source_link(brief: dict[str, Any]) -> str:
    """The article's origin: a link when it came from the web, its name otherwise."""
    origin = str(brief.get("id") or "")
    if origin.startswith(("http://", "https://")):
        return f'<a href="{escape(origin, quote=True)}">{escape(origin)}</a>'
    return escape(origin)


def local_href(path: str) -> str:
    """An ``href`` for a file beside the page: ``./`` + the percent-encoded relative path, escaped for HTML.

    The ``./`` and the encoding keep ``javascript:x.md`` a file name and ``tin #5.md`` one path
    (``#``, ``?``, ``%`` and ``:`` encoded), whatever the name holds.
    """
    return escape("./" + quote(path, safe="/"), quote=True)


def marked_brief(text: str, checks: dict[str, Any] | None) -> str:
    """The English brief as HTML, each checked fact wrapped in a marked span."""
    if not checks:
        return escape(text)
    facts = [(f, True) for f in checks.get("supported", [])] + [(f, False) for f in checks.get("unsupported", [])]
    facts.sort(key=lambda item: item[0].get("start", 0))
    out, at = [], 0
    for fact, ok in facts:
        start, end = int(fact.get("start", 0)), int(fact.get("end", 0))
        if start < at or end <= start or end > len(text):
            continue  # overlapping or out of range: leave the text unmarked there
        out.append(escape(text[at:start]))
        if ok:
            hover = f"in the article: {fact.get('source', {}).get('text', '')}"
            out.append(f'<span class="fact ok" title="{escape(hover, quote=True)}">{escape(text[start:end])}</span>')
        else:
            out.append(f'<span class="fact bad" title="not found in the article">{escape(text[start:end])}</span>')
        at = end
    out.append(escape(text[at:]))
    return "".join(out)


def _fact_list(checks: dict[str, Any] | None) -> str:
    if not checks:
        return ""
    items = []
    for fact in checks.get("unsupported", []):
        items.append(f'<li class="bad">UNSUPPORTED {escape(fact.get("kind", ""))} '
                     f'“{escape(str(fact.get("text", "")))}”: not found in the article</li>')
    for fact in checks.get("supported", []):
        source = fact.get("source", {}).get("text", "")
        items.append(f'<li class="ok">supported {escape(fact.get("kind", ""))} “{escape(str(fact.get("text", "")))}” '
                     f'<span class="src">← article: “{escape(str(source))}”</span></li>')
    return f'<h3>Checked facts</h3><ul class="facts">{"".join(items)}</ul>' if items else ""


def meta_items(brief: dict[str, Any]) -> list[str]:
    """A brief's date, source, byline, credits and source link, escaped: the meta line of a section."""
    meta = [escape(str(x)) for x in (brief.get("date"), brief.get("source")) if x]
    meta += [f"by {escape(str(brief['byline']))}"] * bool(brief.get("byline"))
    meta += [escape(str(c)) for c in brief.get("credits") or []]
    link = source_link(brief)
    if link:
        meta.append(f"from {link}")
    return meta


def caption_list(brief: dict[str, Any]) -> str:
    """A brief's photo and video captions (kept out of its body), escaped, folded under a summary line."""
    captions = brief.get("captions") or []
    if not captions:
        return ""
    items = "".join(f"<li>{escape(str(c))}</li>" for c in captions)
    return (f'<details class="captions"><summary>Photo captions ({len(captions)})</summary>'
            f'<ul lang="vi">{items}</ul></details>')


def _section(brief: dict[str, Any], output: str | None = None) -> str:
    checks = brief.get("checks")
    flagged = bool(checks and checks.get("unsupported"))
    meta = meta_items(brief)
    if output:
        meta.append(f'output: <a href="{local_href(output)}">{escape(output)}</a>')
    parts = [f'<section class="article{" flagged" if flagged else ""}">',
             f'<h2>{escape(brief.get("title") or "Untitled article")}</h2>',
             f'<div class="meta">{" · ".join(meta)}</div>']
    if brief.get("summary"):
        parts.append(f'<h3>Vietnamese summary</h3><p lang="{escape(brief.get("language") or "vi")}">'
                     f'{escape(brief["summary"])}</p>')
    if brief.get("brief_en"):
        parts.append(f'<h3>English brief</h3><p lang="en" class="brief">{marked_brief(brief["brief_en"], checks)}</p>')
    else:
        parts.append(f'<h3>English brief</h3><p class="note">No English brief: {escape(brief.get("note") or "")}</p>')
    parts.append(_fact_list(checks))
    parts.append(caption_list(brief))
    parts.append("</section>")
    return "\n".join(parts)


def _rows(title: str, items: Sequence[dict[str, Any]], css: str) -> str:
    if not items:
        return ""
    rows = "".join(f'<tr><td>{escape(str(i.get("input", "")))}</td><td class="reason">{escape(str(i.get("reason", "")))}'
                   f"{_output_link(i.get('page_output'))}</td></tr>" for i in items)
    return (f'<h2 id="{css}">{escape(title)} ({len(items)})</h2><table class="{css}"><tr><th>input</th><th>reason</th>'
            f"</tr>{rows}</table>")


def _output_link(output: str | None) -> str:
    return f' (<a href="{local_href(output)}">{escape(output)}</a>)' if output else ""


def render_review(briefs: Sequence[tuple[dict[str, Any], str | None]], skipped: Sequence[dict[str, Any]],
                  failed: Sequence[dict[str, Any]], config: str = "") -> str:
    """The review page: (brief dict, output path relative to the page) pairs, then skips and failures."""
    flagged = sum(bool(b.get("checks") and b["checks"].get("unsupported")) for b, _ in briefs)
    line = (f"{len(briefs)} brief(s), {len(skipped)} skipped, {len(failed)} failed; "
            f"{flagged} brief(s) with unsupported facts")
    body = [f"<h1>vnsumm briefs{(' · config ' + escape(config)) if config else ''}</h1>",
            f'<p class="summary-line">{escape(line)}</p>']
    body += [_section(b, out) for b, out in briefs]
    body.append(_rows("Failed", failed, "failed"))
    body.append(_rows("Skipped", skipped, "skipped"))
    return page("vnsumm briefs", "\n".join(x for x in body if x))


class BriefCollector:
    """A folder run's review hook that also keeps each brief it lets through, for the page."""

    def __init__(self, review: Callable[[Brief, str], "str | None"] | None = None) -> None:
        self.review = review
        self.briefs: dict[str, dict[str, Any]] = {}

    def __call__(self, brief: Brief, label: str) -> str | None:
        veto = self.review(brief, label) if self.review else None
        if not veto:
            self.briefs[label] = brief.to_dict()
        return veto

    def write_page(self, out_dir: Path) -> Path | None:
        """Write ``index.html`` from the run's ``index.json`` and the briefs; None when it cannot."""
        try:
            index = json.loads((out_dir / INDEX_NAME).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        briefs: list[tuple[dict[str, Any], str | None]] = []
        kept = _earlier_outputs(out_dir)
        for item in index.get("done", []):
            brief = self.briefs.get(item.get("input"))
            if brief is not None:
                briefs.append((brief, _relative(item.get("output"), out_dir)))
        skipped = []
        for item in index.get("skipped", []):
            earlier = kept(item) if item.get("kind") == "up-to-date" else None
            if earlier is not None:
                briefs.append((earlier, _relative(item.get("output"), out_dir)))
            else:  # e.g. an up-to-date Markdown output: linked, not shown again
                skipped.append({**item, "page_output": _relative(item.get("output"), out_dir)})
        config = (index.get("config") or {}).get("config", "")
        path = out_dir / PAGE_NAME
        try:
            atomic_write(path, render_review(briefs, skipped, index.get("failed", []), str(config)))
        except OSError as exc:
            say(f"vnsumm: error: cannot write {shown(path)}: {exc.strerror or exc}")
            return None
        return path


def _relative(output: str | None, out_dir: Path) -> str | None:
    if not output:
        return None
    try:
        return Path(output).resolve().relative_to(out_dir.resolve()).as_posix()
    except ValueError:
        return None


def _earlier_outputs(out_dir: Path) -> Callable[[dict[str, Any]], "dict[str, Any] | None"]:
    """A lookup of briefs an earlier run wrote (JSON files, or lines of briefs.jsonl) by their input."""
    lines: dict[str, dict[str, Any]] = {}
    jsonl = out_dir / JSONL_NAME
    if jsonl.is_file():
        for line in jsonl.read_text(encoding="utf-8", errors="replace").splitlines():
            try:
                data = json.loads(line)
                lines[str(data["vnsumm"]["input"])] = data
            except (ValueError, KeyError, TypeError):
                continue

    def find(item: dict[str, Any]) -> dict[str, Any] | None:
        output = Path(str(item.get("output", "")))
        if output.name == JSONL_NAME:
            return lines.get(str(item.get("input")))
        if output.suffix == ".json" and output.is_file():
            try:
                data = json.loads(output.read_text(encoding="utf-8"))
                return data if isinstance(data, dict) else None
            except (OSError, ValueError):
                return None
        return None

    return find


