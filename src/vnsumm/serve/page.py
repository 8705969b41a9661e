"""The page at ``/``: paste an article (text or HTML, or a URL where the server allows it), get its brief.

A plain HTML form that POSTs to ``/``, so it works without JavaScript; the answer is the same
page with the English brief, its facts marked as on the review page (:func:`vnsumm.review.marked_brief`),
the checked facts, the Vietnamese summary, and the cleaned article with the lines cleaning removed
shown on request. The only script (inline, allowed by a per-response nonce) is the copy button.
No framework, font, image or style is fetched from anywhere.
"""
from __future__ import annotations

import secrets
from html import escape
from typing import Any, Sequence

from fastapi.responses import HTMLResponse

from vnsumm.article import Article
from vnsumm.review import CSS, caption_list, marked_brief, meta_items

__all__ = ["render", "respond", "removed_lines"]

PAGE_CSS = CSS + """
form.paste textarea{width:100%;min-height:12rem;font:14px/1.4 ui-monospace,monospace;box-sizing:border-box}
form.paste input[type=url],form.paste input[type=password]{width:100%;box-sizing:border-box}
form.paste label{display:block;margin:.6rem 0 .2rem;font-weight:600}
form.paste button{margin-top:.6rem;padding:.4rem 1rem;font-size:1rem}
.error{background:#fde2e1;border:1px solid #c62828;border-radius:6px;padding:.6rem .9rem;color:#8e0000}
.warning{color:#8a5a00}.removed li{color:#777;text-decoration:line-through}
button.copy{margin-left:.5rem;font-size:.85rem}
"""

COPY_SCRIPT = """
document.querySelectorAll("button.copy").forEach(function (button) {
  button.hidden = false;
  button.addEventListener("click", function () {
    var text = document.getElementById(button.dataset.copy).innerText;
    var done = function () { button.textContent = "Copied"; };
    var fallback = function () {
      var area = document.createElement("textarea"); area.value = text; document.body.appendChild(area);
      area.select(); document.execCommand("copy"); area.remove(); done();
    };
    if (navigator.clipboard && window.isSecureContext) { navigator.clipboard.writeText(text).then(done, fallback); }
    else { fallback(); }
  });
});
"""


def respond(html: str, status: int = 200) -> HTMLResponse:
    """The page, with a policy that lets it load nothing from anywhere and run only its own script."""
    nonce = secrets.token_urlsafe(16)
    html = html.replace("<script>", f'<script nonce="{nonce}">')
    policy = (f"default-src 'none'; style-src 'unsafe-inline'; script-src 'nonce-{nonce}'; "
              "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
    return HTMLResponse(html, status_code=status, headers={"Content-Security-Policy": policy,
                                                           "X-Content-Type-Options": "nosniff"})


def render(settings: Any, config: str, fields: dict[str, str] | None = None, brief: dict[str, Any] | None = None,
           removed: Sequence[str] | None = None, error: str | None = None) -> str:
    """The whole page: the form (refilled with what was sent), then the error or the brief."""
    fields = fields or {}
    body = [f"<h1>vnsumm · config {escape(config)}</h1>",
            '<form class="paste" method="post" action="/" enctype="multipart/form-data">',
            '<label for="text">Vietnamese article: paste its text or the page\'s HTML</label>',
            f'<textarea id="text" name="text">{escape(fields.get("text", ""))}</textarea>']
    if settings.allow_urls:
        body.append('<label for="url">… or its address</label>'
                    f'<input id="url" name="url" type="url" value="{escape(fields.get("url", ""), quote=True)}">')
    if settings.token:
        body.append('<label for="token">Token</label><input id="token" name="token" type="password" '
                    'autocomplete="current-password">')
    body.append('<button type="submit" id="submit">Make the brief</button></form>')
    if error is not None:
        body.append(f'<p class="error" id="error" role="alert">{escape(error)}</p>')
    if brief is not None:
        body.append(_result(brief, removed))
    body.append(f"<script>{COPY_SCRIPT}</script>")
    return _document("vnsumm: brief an article", "\n".join(body))


def _document(title: str, body: str) -> str:
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{escape(title)}</title><style>{PAGE_CSS}</style></head>\n<body>\n{body}\n</body></html>\n")


def _result(brief: dict[str, Any], removed: Sequence[str] | None) -> str:
    checks = brief.get("checks")
    flagged = bool(checks and checks.get("unsupported"))
    meta = meta_items(brief)  # date, source, byline, credits, link: as on the review page
    parts = [f'<section class="article{" flagged" if flagged else ""}" id="result">',
             f'<h2 id="title">{escape(brief.get("title") or "Untitled article")}</h2>',
             f'<div class="meta">{" · ".join(meta)}</div>']
    if brief.get("brief_en"):
        parts.append('<h3>English brief<button type="button" class="copy" data-copy="brief-en" hidden>Copy'
                     f'</button></h3><p lang="en" class="brief" id="brief-en">'
                     f'{marked_brief(brief["brief_en"], checks)}</p>')
    else:
        parts.append(f'<h3>English brief</h3><p class="note" id="brief-en">No English brief: '
                     f'{escape(brief.get("note") or "")}</p>')
    parts.append(_facts(checks))
    for warning in brief.get("warnings") or []:
        parts.append(f'<p class="warning">Warning: {escape(str(warning))}</p>')
    if brief.get("summary"):
        parts.append(f'<h3>Vietnamese summary</h3><p lang="{escape(brief.get("language") or "vi", quote=True)}" '
                     f'id="summary">{escape(brief["summary"])}</p>')
    paragraphs = "".join(f"<p>{escape(p)}</p>" for p in str(brief.get("body") or "").split("\n\n") if p)
    parts.append(f'<details id="cleaned"><summary>Cleaned article</summary><div lang="vi">{paragraphs}</div></details>')
    parts.append(caption_list(brief))
    if removed is not None:
        items = "".join(f"<li>{escape(line)}</li>" for line in removed)
        parts.append(f'<details id="removed" class="removed"><summary>Lines cleaning removed ({len(removed)})'
                     f'</summary><ul lang="vi">{items}</ul></details>')
    parts.append("</section>")
    return "\n".join(parts)


def _facts(checks: dict[str, Any] | None) -> str:
    """The checked facts as a table: kind, the brief's words, where the article says it (or not)."""
    if not checks or not (checks.get("supported") or checks.get("unsupported")):
        return ""
    rows = []
    for fact in checks.get("unsupported", []):
        rows.append(f'<tr class="bad"><td>{escape(str(fact.get("kind", "")))}</td><td>{escape(str(fact.get("text", "")))}'
                    "</td><td>UNSUPPORTED: not found in the article</td></tr>")
    for fact in checks.get("supported", []):
        rows.append(f'<tr class="ok"><td>{escape(str(fact.get("kind", "")))}</td><td>{escape(str(fact.get("text", "")))}'
                    f'</td><td>{escape(str((fact.get("source") or {}).get("text", "")))}</td></tr>')
    return ('<h3>Checked facts</h3><table id="facts"><tr><th>kind</th><th>in the brief</th><th>in the article</th>'
            f'</tr>{"".join(rows)}</table>')


def removed_lines(source: str, article: Article) -> list[str]:
    """The lines of the pasted text (of its extracted page text, for HTML) that the cleaned article lacks."""
    from vnsumm.clean.normalize import normalize_line
    from vnsumm.inputs import html_to_text, is_html

    try:
        text = html_to_text(source) if is_html(source) else source
    except Exception:  # noqa: BLE001 - the brief was made; the removed lines are a courtesy
        return []
    kept = [normalize_line(x) for x in (article.title, article.date, article.source, *article.paragraphs) if x]
    joined = "\n".join(kept)
    out = []
    for line in text.splitlines():
        line = normalize_line(line).strip()
        if line and line not in joined:
            out.append(line)
    return out
