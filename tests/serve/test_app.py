"""The API against a real server: every endpoint, every error status, the token, the byte cap."""
from __future__ import annotations

import io
import json
import re
from contextlib import redirect_stdout

import pytest

from serve_process import SEEDS, TOKEN, Server, assert_clean_log
from vnsumm.cli import main

CAP = 20_000  # max_input_bytes of the test server: every seed fits, a 20,001-byte article does not
ENGLISH = ("The city council approved a new budget on Monday after a long debate about public transport, "
           "schools and the cost of housing in the coming years.")


@pytest.fixture(scope="module")
def server():
    served = Server(["-c", "extractive", "-s", f"max_input_bytes={CAP}", "--max-articles", "3"],
                    env={"VNSUMM_API_TOKEN": TOKEN})
    yield served
    assert served.terminate() == 0
    assert_clean_log(served)
    assert TOKEN not in served.log()


@pytest.fixture(scope="module")
def api(server):
    with server.client(headers={"Authorization": f"Bearer {TOKEN}"}) as client:
        yield client


def cli_json(*argv: str) -> dict:
    out = io.StringIO()
    with redirect_stdout(out):
        main(list(argv))
    return json.loads(out.getvalue())


def assert_error(response, status: int, words: str) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error", "status"} and body["status"] == status
    assert "\n" not in body["error"] and "Traceback" not in body["error"]
    assert words in body["error"], body["error"]
    return body


def test_one_article_gives_the_brief_of_the_command_line(api, seeds):

    response = api.post("/v1/briefs", json={"text": seeds[0], "id": "seed-0"})
    assert response.status_code == 200, response.text
    brief = response.json()
    expected = cli_json("brief", str(SEEDS[0]), "-c", "extractive", "--format", "json")
    assert set(brief) == set(expected)
    for key in ("title", "date", "source", "body", "summary", "brief_en", "checks", "models", "language"):
        assert brief[key] == expected[key], key
    assert brief["id"] == "seed-0" and set(brief["timings"]) == {"clean", "summarize"}


def test_html_a_file_upload_and_a_form_field_are_articles_too(api, seeds):
    html = "<html><head><title>T</title></head><body><article>" + "".join(
        f"<p>{p}</p>" for p in seeds[4].split("\n\n")) + "</article></body></html>"
    assert api.post("/v1/briefs", json={"html": html}).json()["summary"]
    upload = api.post("/v1/briefs", files={"file": ("../../etc/passwd", seeds[4].encode("utf-8"))})
    assert upload.status_code == 200 and upload.json()["id"] == "../../etc/passwd"  # a name, never opened
    form = api.post("/v1/briefs", data={"text": seeds[4]})
    assert form.status_code == 200 and form.json()["summary"] == upload.json()["summary"]


def test_a_list_is_briefed_together_and_a_bad_article_fails_alone(api, seeds):
    response = api.post("/v1/briefs", json=[{"text": seeds[1], "id": "a"}, {"text": "quá ngắn"},
                                            {"text": ENGLISH, "id": "en"}])
    assert response.status_code == 200
    a, short, english = response.json()["briefs"]
    assert a["id"] == "a" and a["summary"]
    assert short == {"error": "article 1: nothing left after cleaning but 2 word(s), too little for an article",
                     "status": 400}
    assert english == {"error": "en: the article is in English (en), not Vietnamese", "status": 422}
    same = api.post("/v1/briefs", json={"articles": [{"text": seeds[1], "id": "a"}]}).json()["briefs"][0]
    assert same["summary"] == a["summary"]
    files = api.post("/v1/briefs", files=[("file", ("x.txt", seeds[3].encode())), ("file", ("y.txt", seeds[4].encode()))])
    assert [b["id"] for b in files.json()["briefs"]] == ["x.txt", "y.txt"]


def test_check_gives_the_facts_of_the_command_line(api, seeds, tmp_path):

    english = "On May 8, 2025, the 13th dialogue was held in Hanoi; 99 ships attended."
    response = api.post("/v1/check", json={"text": seeds[0], "brief": english})
    assert response.status_code == 200
    (tmp_path / "brief.txt").write_text(english, encoding="utf-8")
    out = io.StringIO()
    with redirect_stdout(out):  # exit status 1: a fact is unsupported, as here
        assert main(["check", str(SEEDS[0]), str(tmp_path / "brief.txt"), "--format", "json"]) == 1
    expected = json.loads(out.getvalue())
    assert response.json() == expected
    assert [f["text"] for f in expected["unsupported"]] == ["99"]
    form = api.post("/v1/check", files={"file": ("a.txt", seeds[0].encode())}, data={"brief": english})
    assert form.json() == expected


def test_configs_and_probes(server, api):
    configs = api.get("/v1/configs").json()
    assert configs["serving"]["config"] == "extractive" and "extractive" in configs["available"]
    assert configs["limits"]["max_input_bytes"] == CAP
    with server.client() as anonymous:  # probes need no token
        assert anonymous.get("/healthz").json() == {"status": "ok"}
        assert anonymous.get("/readyz").json()["status"] == "ready"
        assert "/v1/briefs" in anonymous.get("/openapi.json").json()["paths"]
        assert anonymous.get("/docs").status_code == 200


def test_the_token_is_needed_and_compared(server, seeds):
    with server.client() as anonymous:
        assert_error(anonymous.post("/v1/briefs", json={"text": seeds[4]}), 401, "bearer token")
        assert_error(anonymous.get("/v1/configs"), 401, "bearer token")
    with server.client(headers={"Authorization": "Bearer wrong"}) as wrong:
        assert_error(wrong.post("/v1/briefs", json={"text": seeds[4]}), 401, "bearer token")
    with server.client(headers={"Authorization": f"Basic {TOKEN}"}) as basic:
        assert_error(basic.get("/v1/configs"), 401, "bearer token")


@pytest.mark.parametrize("send, status, words", [
    (dict(content=b'{"text": ', headers={"content-type": "application/json"}), 400, "not valid JSON"),
    (dict(content=b"\xff\xfe", headers={"content-type": "application/json"}), 400, "not valid JSON"),
    (dict(content=b""), 400, "not valid JSON"),
    (dict(json={"text": 5}), 400, "text: Input should be a valid string"),
    (dict(content=b"[" * 100_000 + b"]" * 100_000, headers={"content-type": "application/json"}), 400,
     "not valid JSON"),
    (dict(json={"text": "x", "url": "http://example.com/"}), 400, "exactly one of text, html or url"),
    (dict(json={"txt": "x"}), 400, "txt: Extra inputs are not permitted"),
    (dict(json={"path": "/etc/passwd"}), 400, "path: Extra inputs are not permitted"),
    (dict(json=[]), 400, "articles"),
    (dict(json="just a string"), 400, "a JSON object"),
    (dict(json={"text": "   "}), 400, "the article is empty"),
    (dict(json={"text": "/etc/passwd"}), 400, "text: nothing left after cleaning"),  # text, never a path
    (dict(json={"text": ENGLISH}), 422, "text: the article is in English (en), not Vietnamese"),
    (dict(json={"text": "Hà Nội " * 4000}), 413, "over the server's 20,000-byte limit"),
    (dict(json=[{"text": "a"}] * 4), 400, "4 articles in one request; at most 3"),
    (dict(json={"url": "https://vnexpress.net/a.html"}), 403, "does not fetch URLs"),
    (dict(content=b"x" * 1_100_000, headers={"content-type": "text/plain"}), 413, "over the server's"),
    (dict(content=b"text", headers={"content-type": "text/plain"}), 415, "unsupported content type text/plain"),
    (dict(files={"file": ("a.pdf", b"%PDF-1.7\n" + b"0" * 500)}), 400, "a.pdf: unsupported format: PDF"),
    (dict(files={"file": ("big.txt", ("Hà Nội " * 4000).encode())}), 413, "big.txt: the article is"),
    (dict(files={"text": ("a.txt", b"abc")}), 400, "text: a file where a text field was expected"),
    (dict(data={"text": "a", "lang": "vi"}), 400, "lang: unknown field"),
    (dict(data={"text": "a", "token": "x"}), 400, "token: unknown field"),  # the API's token is a header
    (dict(files={"file": ("a.txt", b"abc")}, data={"id": "x"}), 400, "id: not used with a file upload"),
    (dict(data={"text": "a"}, params={"timeout": "soon"}), 400, "timeout: Input should be a valid number"),
    (dict(data={"text": "a"}, params={"timeout": "-1"}), 400, "timeout: Input should be greater than 0"),
])
def test_every_bad_request_is_a_one_line_json_error(api, send, status, words):
    assert_error(api.post("/v1/briefs", **send), status, words)


def test_bad_check_requests_and_unknown_routes(api, seeds):
    assert_error(api.post("/v1/check", json={"text": seeds[0]}), 400, "brief: Field required")
    assert_error(api.post("/v1/check", json={"text": seeds[0], "brief": "  "}), 400, "the brief is empty")
    assert_error(api.post("/v1/check", data={"text": seeds[0]}), 400, "brief: the English text to check is required")
    assert_error(api.get("/v1/nothing"), 404, "Not Found")
    assert_error(api.get("/v1/briefs"), 405, "Method Not Allowed")
    assert_error(api.delete("/healthz"), 405, "Method Not Allowed")


@pytest.fixture(scope="module")
def tiny_server(tiny_config):
    served = Server(["-c", str(tiny_config), "--allow-urls"])
    yield served
    assert served.terminate() == 0
    assert_clean_log(served)


def test_the_tiny_seq2seq_pipeline_translates_and_checks(tiny_server, seeds):
    with tiny_server.client() as api:
        response = api.post("/v1/briefs", json=[{"text": s} for s in seeds[:3]])
        briefs = response.json()["briefs"]
        assert response.status_code == 200 and len(briefs) == 3
        for brief in briefs:
            assert brief["brief_en"] and brief["models"]["translator"]["backend"] == "seq2seq"
            assert brief["checks"] is not None and "translate" in brief["timings"]
        assert tiny_server.wait_for(r"batch of 3 article\(s\) done").group(0)


@pytest.mark.parametrize("url", [
    "http://127.0.0.1:{port}/", "http://localhost:{port}/", "http://[::1]:{port}/", "http://0.0.0.0:{port}/",
    "http://10.1.2.3/", "http://192.168.0.1/", "http://169.254.169.254/latest/meta-data/", "http://100.64.0.1/",
    "http://[::ffff:127.0.0.1]:{port}/", "http://2130706433:{port}/", "http://[fe80::1]/",
])
def test_urls_to_non_public_addresses_are_refused(tiny_server, url):
    port = tiny_server.base.rsplit(":", 1)[1]
    with tiny_server.client() as api:
        body = assert_error(api.post("/v1/briefs", json={"url": url.format(port=port)}), 403, "not a public address")
        assert re.search(r"resolves to \S+, not a public address", body["error"])


@pytest.mark.parametrize("url, words", [("file:///etc/passwd", "not an http(s) URL"),
                                        ("ftp://example.com/a", "not an http(s) URL"),
                                        ("http:///nohost", "not an http(s) URL")])
def test_urls_that_are_not_http_are_refused(tiny_server, url, words):
    with tiny_server.client() as api:
        assert_error(api.post("/v1/briefs", json={"url": url}), 400, words)


def test_the_page_needs_the_token_in_its_form_and_shows_errors_as_one_line(server, seeds):
    with server.client() as browser:
        form = browser.get("/")
        assert form.status_code == 200 and 'name="token"' in form.text and 'name="url"' not in form.text
        assert "default-src 'none'" in form.headers["content-security-policy"]
        refused = browser.post("/", data={"text": seeds[4]})
        assert refused.status_code == 401 and 'id="error"' in refused.text and 'id="result"' not in refused.text
        hostile = "<script>alert(1)</script> " + ENGLISH
        english = browser.post("/", data={"text": hostile, "token": TOKEN})
        assert english.status_code == 422 and "the article is in English (en), not Vietnamese" in english.text
        assert "<script>alert(1)</script>" not in english.text and "&lt;script&gt;alert(1)&lt;/script&gt;" in english.text
        made = browser.post("/", data={"text": seeds[4], "token": TOKEN})
        assert made.status_code == 200 and 'id="result"' in made.text and 'id="summary"' in made.text
        assert TOKEN not in made.text
        sourced = browser.post("/", data={"text": seeds[0], "token": TOKEN})  # its credit line is shown, not lost
        assert sourced.status_code == 200 and "Nguồn: Qdnd.vn" in sourced.text.split('id="result"')[1].split("</div>")[0]


def test_check_reads_a_brief_in_any_output_form_as_the_command_line_does(api, seeds):
    english = "Vietnam and the United States held their 13th defence policy dialogue."
    as_json = json.dumps({"brief_en": english})
    text = api.post("/v1/check", json={"text": seeds[0], "brief": english}).json()
    assert api.post("/v1/check", json={"text": seeds[0], "brief": as_json}).json() == text
    assert_error(api.post("/v1/check", json={"text": seeds[0], "brief": json.dumps({"brief_en": None})}), 400,
                 "no English brief")
    assert_error(api.post("/v1/check", json={"text": seeds[0], "brief": json.dumps({"brief_en": 5})}), 400,
                 "is a number, not text")
