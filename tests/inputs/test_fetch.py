"""URLs as inputs, against a local web server: pages, redirects, every way a fetch fails alone, the deadline."""
from __future__ import annotations

import json
from pathlib import PurePosixPath

import pytest

from vnsumm.cli import main
from vnsumm.errors import InputError
from vnsumm.inputs.fetch import UrlInput, fetch, read_url_list, url_name
from vnsumm.inputs.sources import gather_inputs
from web_server import TITLE, web_server


@pytest.fixture(scope="module")
def site():
    with web_server() as (base, served):
        yield base, served


def article_of(url: str, **kw):
    inp = UrlInput.of(url)
    return inp.load(inp.read(**kw))


def test_a_page_without_a_date_gets_none_and_keeps_related_headlines_out(site):
    base, _ = site
    article = article_of(f"{base}/tin/xe-buyt-dien.html")
    assert article.date is None  # not 2025-01-01 from "APEC 2025", nor 2024-03-12 from a related headline
    assert article.title == TITLE
    text = article.to_text()
    for furniture in ("APEC", "Giá vàng", "12/3/2024", "Trang chủ", "Kinh tế", "Ghi rõ nguồn"):
        assert furniture not in text
    assert "mười hai tuyến xe buýt điện" in article.body and "200 km" in article.body
    assert "2025" not in article.check_text() and "2024" not in article.check_text()


def test_a_guessed_date_is_not_a_fact_the_check_accepts(site):
    from vnsumm.check import check

    base, _ = site
    article = article_of(f"{base}/tin/xe-buyt-dien.html")
    result = check(article.check_text(), "On January 1, 2025, Hanoi opened twelve electric bus routes.")
    assert [c.fact.text for c in result.unsupported] == ["January 1, 2025"]


@pytest.mark.parametrize("path, date", [("/tin/co-ngay.html", "2025-05-08"), ("/tin/dateline.html", "2025-05-08T16:53")])
def test_a_date_from_the_page_metadata_or_its_dateline_is_kept(site, path, date):
    base, _ = site
    assert article_of(base + path).date == date


def test_a_redirect_is_followed_and_plain_text_is_read(site):
    base, served = site
    assert article_of(f"{base}/old-address").title == TITLE
    assert "/tin/xe-buyt-dien.html" in served
    assert "60 hành khách" in article_of(f"{base}/tin/plain.txt").body


@pytest.mark.parametrize("path, words", [
    ("/nowhere", "HTTP 404"),
    ("/loop", "more than 5 redirects"),
    ("/report.pdf", "application/pdf, not an article page"),
    ("/huge", "over the 1,000,000-byte limit"),
    ("/huge-unannounced", "over the 1,000,000-byte limit"),
])
def test_each_failure_is_one_line_naming_the_url(site, path, words):
    base, _ = site
    with pytest.raises(InputError) as caught:
        fetch(base + path, max_bytes=1_000_000)
    message = str(caught.value)
    assert message.startswith(base + path + ": ") and words in message and "\n" not in message


def test_a_slow_server_times_out(site):
    base, _ = site
    with pytest.raises(InputError, match=r"/slow: no answer within 0.5 s \(timed out\)"):
        fetch(f"{base}/slow", timeout=0.5)


def test_a_pdf_sent_as_html_is_named_as_pdf(site):
    base, _ = site
    inp = UrlInput.of(f"{base}/pdf-as-html")
    with pytest.raises(InputError, match=r"unsupported format: PDF \(convert it to text or HTML\)"):
        inp.load(inp.read())


def test_an_unknown_host_fails_with_one_line():
    with pytest.raises(InputError, match=r"^http://no-such-host\.invalid/x: cannot connect"):
        fetch("http://no-such-host.invalid/x", timeout=2)


def test_output_names_come_from_host_and_path():
    assert url_name("https://vnexpress.net/thoi-su/xe-buyt-4871.html") == PurePosixPath("vnexpress.net/thoi-su/xe-buyt-4871")
    assert url_name("https://x.vn/../../etc/passwd") == PurePosixPath("x.vn/_/_/etc/passwd")  # never ".."
    assert url_name("https://x.vn/") == PurePosixPath("x.vn")
    assert url_name("https://x.vn/a?id=7&b=2") == PurePosixPath("x.vn/a_id_7_b_2")


def test_url_list_skips_comments_and_refuses_non_urls(tmp_path):
    good = tmp_path / "urls.txt"
    good.write_text("# morning list\nhttps://a.vn/1\n\n  https://a.vn/2   # the second\n", encoding="utf-8")
    assert read_url_list(good) == ["https://a.vn/1", "https://a.vn/2"]
    bad = tmp_path / "bad.txt"
    bad.write_text("https://a.vn/1\nftp://a.vn/2\n", encoding="utf-8")
    from vnsumm.errors import UsageError
    with pytest.raises(UsageError, match="line 2: not an http"):
        read_url_list(bad)


def test_cli_briefs_urls_each_failing_alone(site, tmp_path, capsys):
    base, _ = site
    urls = tmp_path / "urls.txt"
    urls.write_text(f"{base}/tin/co-ngay.html\n{base}/report.pdf\n# {base}/commented-out\n", encoding="utf-8")
    out = tmp_path / "out"
    code = main(["brief", f"{base}/tin/xe-buyt-dien.html", f"{base}/nowhere", "--urls", str(urls),
                 "-c", "extractive", "-o", str(out), "--format", "json", "-q"])
    err = capsys.readouterr().err
    assert code == 1
    assert f"vnsumm: failed {base}/nowhere: HTTP 404 Not Found" in err
    assert f"vnsumm: failed {base}/report.pdf: the server sent application/pdf" in err
    assert "2 done, 0 skipped, 2 failed" in err
    briefs = sorted(out.rglob("*.json"))
    made = {json.loads(p.read_text(encoding="utf-8"))["id"]: p for p in briefs if p.name != "index.json"}
    assert set(made) == {f"{base}/tin/xe-buyt-dien.html", f"{base}/tin/co-ngay.html"}  # the brief records its URL
    assert made[f"{base}/tin/xe-buyt-dien.html"].relative_to(out).as_posix() == "127.0.0.1/tin/xe-buyt-dien.json"
    page = (out / "index.html").read_text(encoding="utf-8")
    assert f'href="{base}/tin/co-ngay.html"' in page and "HTTP 404 Not Found" in page


def test_cli_one_url_to_stdout(site, capsys):
    base, _ = site
    assert main(["brief", f"{base}/tin/xe-buyt-dien.html", "-c", "extractive", "--format", "json"]) == 0
    brief = json.loads(capsys.readouterr().out)
    assert brief["id"] == f"{base}/tin/xe-buyt-dien.html" and brief["date"] is None and brief["title"] == TITLE
    assert main(["brief", f"{base}/nowhere", "-c", "extractive"]) == 1
    assert capsys.readouterr().err.strip() == f"vnsumm: error: {base}/nowhere: HTTP 404 Not Found"


@pytest.mark.parametrize("path", ["/trickle", "/trickle-headers"])
def test_a_trickling_page_is_cut_off_at_the_deadline(site, path):
    base, _ = site
    # each read gets a byte within the 20 s step timeout: only the deadline on the whole page can end this
    with pytest.raises(InputError) as caught:
        fetch(base + path, timeout=20, deadline=0.3)
    assert str(caught.value) == f"{base}{path}: the page was not all there after 0.3 s (the deadline for one page)"


def test_off_the_main_thread_the_body_is_still_cut_off(site):
    from concurrent.futures import ThreadPoolExecutor

    base, _ = site
    with ThreadPoolExecutor(1) as pool:
        with pytest.raises(InputError, match="not all there after 0.3 s"):
            pool.submit(fetch, f"{base}/trickle", timeout=20, deadline=0.3).result()


def test_the_deadline_travels_with_each_url_input(site, tmp_path):
    base, _ = site
    urls = tmp_path / "urls.txt"
    urls.write_text(f"{base}/trickle\n", encoding="utf-8")
    inputs = gather_inputs([f"{base}/tin/xe-buyt-dien.html"], urls_file=str(urls), fetch_deadline=0.3)
    assert [inp.deadline for inp in inputs] == [0.3, 0.3]
    with pytest.raises(InputError, match="not all there after 0.3 s"):
        inputs[1].read()


def test_the_cli_deadline_option(site, capsys):
    base, _ = site
    assert main(["brief", f"{base}/trickle", "-c", "extractive", "--fetch-deadline", "0.3"]) == 1
    assert capsys.readouterr().err.strip() == (f"vnsumm: error: {base}/trickle: the page was not all there after "
                                               "0.3 s (the deadline for one page)")
    with pytest.raises(SystemExit) as refused:
        main(["brief", f"{base}/trickle", "-c", "extractive", "--fetch-deadline", "0"])
    assert refused.value.code == 2
    assert "--fetch-deadline: not a positive number of seconds: '0'" in capsys.readouterr().err
