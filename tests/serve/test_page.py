"""The page at / in headless chromium: paste a seed article, submit, read the brief and its marked facts."""
from __future__ import annotations

import html
import re

import pytest

from browser import Browser
from serve_process import Server, assert_clean_log
from vnsumm.inputs import load_article


@pytest.fixture(scope="module")
def server(tiny_t5, tmp_path_factory):
    """A lead sentence put through the tiny T5 (which half copies it): some facts found, some not."""
    config = tmp_path_factory.mktemp("page") / "tiny-lead.yaml"
    config.write_text(f"""
summarizer: {{backend: extractive, method: lead, k: 1}}
translator:
  backend: seq2seq
  model: {tiny_t5}
  prefix: "vi: "
  output_prefix: "en: "
  max_input_tokens: 128
  generation: {{num_beams: 1, do_sample: false, max_new_tokens: 100}}
batch_size: 4
device: cpu
""", encoding="utf-8")
    served = Server(["-c", str(config)])
    yield served
    assert served.terminate() == 0
    assert_clean_log(served)


def text_of(fragment: str) -> str:
    """The text a reader sees: inline marks removed, blocks spaced."""
    inline = re.sub(r"</?(?:span|button)[^>]*>", "", fragment)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", inline)).split())


def read_result(browser: Browser) -> dict:
    page = browser.html()
    return {"title": text_of(browser.html("#title")), "brief": text_of(browser.html("#brief-en")),
            "ok": [text_of(x) for x in re.findall(r'<span class="fact ok"[^>]*>(.*?)</span>', page)],
            "bad": [text_of(x) for x in re.findall(r'<span class="fact bad"[^>]*>(.*?)</span>', page)],
            "facts": text_of(browser.html("#facts")), "summary": text_of(browser.html("#summary")),
            "copy": re.search(r'<button[^>]*class="copy"[^>]*>', page).group(0), "page": page}


@pytest.mark.parametrize("scripts", [True, False], ids=["with-javascript", "without-javascript"])
def test_paste_an_article_and_read_its_brief_with_marked_facts(server, seeds, tmp_path, scripts):
    with server.client() as api:
        expected = api.post("/v1/briefs", json={"text": seeds[0]}).json()
    supported = [f["text"] for f in expected["checks"]["supported"]]
    unsupported = [f["text"] for f in expected["checks"]["unsupported"]]
    assert supported and unsupported  # what the tiny model copied right is found in the article, not the rest
    browser = Browser(tmp_path / "profile")
    try:
        if not scripts:
            browser.page_call("Emulation.setScriptExecutionDisabled", value=True)
        browser.load(server.base + "/")
        browser.paste("#text", seeds[0])
        browser.press_enter_on("#submit")
        result = read_result(browser)
        browser.screenshot(tmp_path / "page.png")
        if scripts:  # the copy button puts the English brief on the clipboard
            browser.call("Browser.grantPermissions", origin=server.base,
                         permissions=["clipboardReadWrite", "clipboardSanitizedWrite"])
            browser.page_call("Emulation.setFocusEmulationEnabled", enabled=True)
            copy_done = """new Promise(function (resolve) {
                var button = document.querySelector('button.copy');
                new MutationObserver(function () { if (button.textContent === 'Copied') resolve(true); })
                    .observe(button, {childList: true, characterData: true, subtree: true});
                button.click();
            })"""
            assert browser.evaluate(copy_done) is True
            copied = browser.evaluate("navigator.clipboard.readText()")
            assert " ".join(copied.split()) == result["brief"]
    finally:
        browser.close()
    assert result["title"] == load_article(seeds[0]).title == expected["title"]
    assert result["brief"].startswith(" ".join(expected["brief_en"].split())[:60])
    assert sorted(result["ok"]) == sorted(supported) and result["bad"] == unsupported  # marked in the brief
    for fact in supported + unsupported:  # and listed
        assert fact in result["facts"]
    assert f"{unsupported[0]} UNSUPPORTED: not found in the article" in result["facts"]
    assert result["summary"] == " ".join(expected["summary"].split())
    assert ("hidden" in result["copy"]) is not scripts  # the copy button shows only where it can work
    assert 'id="removed"' in result["page"] and 'id="cleaned"' in result["page"]
    captions = load_article(seeds[0]).captions  # kept out of the story, shown apart
    assert captions and all(f"<li>{html.escape(c)}</li>" in result["page"] for c in captions)
    assert (tmp_path / "page.png").stat().st_size > 10_000
