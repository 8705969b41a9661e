"""The review page: every brief beside its checked facts, escaped, self-contained, read in a real browser."""
from __future__ import annotations

import html
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest

from bad_inputs import SEEDS
from vnsumm.article import Brief
from vnsumm.check.brief import attach_checks
from vnsumm.cli import main
from vnsumm.inputs import read_article
from vnsumm.review import render_review
from web_server import web_server

ENGLISH = "Vietnam and the US held their 13th defence policy dialogue on May 8, 2025. It ends on January 1, 2031."
HOSTILE = '<script>alert("x")</script> Tin & "nóng"'


def sample_briefs(url: str) -> list[tuple[dict, str | None]]:
    article = read_article(SEEDS[0])
    checked = Brief.of(article, "Tóm tắt: đối thoại lần thứ 13.", ENGLISH, id=url)
    attach_checks(checked, article)  # the real checker: May 8, 2025 is in the article, January 1, 2031 is not
    hostile = Brief.of(read_article(SEEDS[1]), "Bản tóm tắt", None, note="no translator is configured", id="b.txt")
    hostile.title = HOSTILE
    return [(checked.to_dict(), "a.md"), (hostile.to_dict(), None)]


def test_facts_are_marked_and_every_text_is_escaped():
    page = render_review(sample_briefs("https://example.vn/a"), [{"input": "en.txt", "reason": "English <b>"}],
                         [{"input": "x.pdf", "reason": "unsupported format: PDF"}], "extractive")
    assert "<script>" not in page and "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Tin &amp;" in page
    assert "English &lt;b&gt;" in page
    assert re.search(r'<span class="fact ok" title="in the article: [^"]*2025[^"]*">May 8, 2025</span>', page)
    assert '<span class="fact bad" title="not found in the article">January 1, 2031</span>' in page
    assert "2 brief(s), 1 skipped, 1 failed; 1 brief(s) with unsupported facts" in page
    assert not re.search(r"<(?:script|link|img|iframe)\b|@import|url\(", page)  # nothing to fetch


def test_photo_captions_kept_out_of_the_story_are_listed_escaped():
    briefs = sample_briefs("https://example.vn/a")
    captions = read_article(SEEDS[1]).captions
    assert captions and briefs[1][0]["captions"] == captions
    briefs[1][0]["captions"] = [*captions, HOSTILE]
    page = render_review(briefs, [], [], "extractive")
    assert f"Photo captions ({len(captions) + 1})" in page
    assert all(f"<li>{html.escape(c)}</li>" in page for c in captions)
    assert "<script>" not in page and f"<li>{html.escape(HOSTILE)}</li>" in page
    for brief, _ in briefs:
        brief["captions"] = []
    assert "Photo captions" not in render_review(briefs, [], [], "extractive")


def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        pytest.skip("chromium is not installed (.ci/run installs it)")
    return found


def browse(page: Path, tmp_path: Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-extensions",
         f"--user-data-dir={tmp_path / 'profile'}", *extra, page.as_uri()],
        capture_output=True, text=True, timeout=60)


def test_the_page_reads_right_in_a_headless_browser(tmp_path):
    with web_server() as (base, served):
        url = f"{base}/tin/bai-1.html"  # the brief's source link points at the server: it must not be fetched
        page = tmp_path / "index.html"
        page.write_text(render_review(sample_briefs(url), [], [{"input": "bad.txt", "reason": "the file is empty"}]),
                        encoding="utf-8")
        dom = browse(page, tmp_path, "--dump-dom")
        shot = browse(page, tmp_path, f"--screenshot={tmp_path / 'page.png'}", "--window-size=1000,1400")
        assert served == []  # the browser fetched nothing
    assert dom.returncode == 0, dom.stderr[-2000:]
    body = dom.stdout.split("</style>", 1)[-1]  # the rendered DOM's text: inline marks removed, blocks spaced
    text = re.sub(r"</?span[^>]*>", "", body)
    text = re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", text)))
    assert read_article(SEEDS[0]).title in text and HOSTILE in text
    assert "Vietnam and the US held their 13th defence policy dialogue on May 8, 2025." in text
    assert "UNSUPPORTED date “January 1, 2031”: not found in the article" in text
    assert "supported date “May 8, 2025” ← article: “2025-05-08”" in text
    assert "the file is empty" in text and "1 brief(s) with unsupported facts" in text
    assert "<script>alert" not in dom.stdout  # the hostile title stayed text
    assert shot.returncode == 0 and (tmp_path / "page.png").stat().st_size > 10_000


def test_a_folder_run_writes_the_page_and_keeps_earlier_briefs(tmp_path, capsys):
    inputs = tmp_path / "in"
    inputs.mkdir()
    for p in SEEDS[:2]:
        shutil.copy(p, inputs / p.name)
    (inputs / "empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    args = ["brief", str(inputs), "-c", "extractive", "-o", str(out), "--format", "json", "-q"]
    assert main(args) == 1
    first = (out / "index.html").read_text(encoding="utf-8")
    assert main(args) == 1  # all up to date now: the page still shows both briefs
    second = (out / "index.html").read_text(encoding="utf-8")
    capsys.readouterr()
    for page in (first, second):
        assert page.count('<section class="article') == 2
        assert "2 brief(s), 0 skipped, 1 failed" in page and "the file is empty" in page
        assert f'<a href="./{SEEDS[0].stem}.json">' in page
        assert read_article(SEEDS[0]).title in page
    assert main([*args[:-3], "--format", "md", "-q"]) == 1
    assert main([*args[:-3], "--format", "md", "-q"]) == 1  # Markdown outputs up to date: linked in the skips
    md_page = (out / "index.html").read_text(encoding="utf-8")
    assert f'output is up to date (<a href="./{SEEDS[0].stem}.md">' in md_page


class Links(HTMLParser):
    """Every link's href and text on a page."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[tuple[str, str]] = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self.links.append((dict(attrs)["href"], ""))

    def handle_data(self, data):
        if self.links and not self.links[-1][1]:
            self.links[-1] = (self.links[-1][0], data)


@pytest.mark.parametrize("fmt", ["md", "json"])
def test_links_to_outputs_are_relative_paths_whatever_the_file_names(tmp_path, capsys, fmt):
    inputs, out = tmp_path / "in", tmp_path / "out"
    (inputs / "sub dir?").mkdir(parents=True)
    names = ["javascript:alert(1).txt", "tin #5.txt", "50% giảm?.txt", "a&b \"c\" <d>.txt", "sub dir?/tin #6.txt"]
    for name, seed in zip(names, SEEDS * 2):
        shutil.copy(seed, inputs / name)
    args = ["brief", str(inputs), "-r", "-c", "extractive", "-o", str(out), "--format", fmt, "-q"]
    assert main(args) == 0
    assert main(args) == 0  # a rerun: the up-to-date outputs are linked the same way
    capsys.readouterr()
    page = out / "index.html"
    parser = Links()
    parser.feed(page.read_text(encoding="utf-8"))
    targets = {}
    for href, text in parser.links:
        assert href.startswith("./") and urlsplit(href).scheme == "", href  # never a scheme
        target = Path(unquote(urlsplit(urljoin(page.as_uri(), href)).path))
        assert target.is_file() and target.relative_to(out).as_posix() == text, href  # the file the link names
        targets[text] = target
    expected = {str(Path(n).with_suffix(f".{fmt}")) for n in names}
    assert set(targets) == expected
