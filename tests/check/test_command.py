"""``vnsumm check`` and the Brief glue."""
from __future__ import annotations

import argparse
import io
import json
from pathlib import Path

import pytest

from vnsumm.article import Article, Brief
from vnsumm.check.command import (add_check_parser, article_source, attach_checks, brief_is_unfaithful,
                                   warn_unsupported)
from vnsumm.errors import InputError

ARTICLE = ("Mỹ viện trợ 130 triệu USD cho Biên Hòa\n\n"
           "Sáng 8/5, tại Hà Nội, Thượng tướng Hoàng Xuân Chiến cho biết Mỹ công bố khoản hỗ trợ mới "
           "130 triệu USD cho dự án xử lý dioxin tại sân bay Biên Hòa.\n")
GOOD = "On May 8 in Hanoi, General Hoang Xuan Chien said the US announced $130 million for Bien Hoa."
BAD = "On August 5 in Hanoi, General Hoang Xuan Chien said the US announced $130 billion for Bien Hoa."


def _run(argv: list[str], monkeypatch, capsys, stdin: str = "") -> tuple[int, str]:
    parser = argparse.ArgumentParser(prog="vnsumm")
    add_check_parser(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["check", *argv])
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = args.func(args)
    return code, capsys.readouterr().out


@pytest.fixture()
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_check_passes_a_faithful_brief(article, tmp_path, monkeypatch, capsys) -> None:
    brief = tmp_path / "brief.txt"
    brief.write_text(GOOD, encoding="utf-8")
    code, out = _run([str(article), str(brief)], monkeypatch, capsys)
    assert code == 0
    assert "0 unsupported" in out and "130 triệu USD" in out


def test_check_flags_wrong_facts_as_json_from_stdin(article, monkeypatch, capsys) -> None:
    code, out = _run([str(article), "-", "--format", "json"], monkeypatch, capsys, stdin=BAD)
    assert code == 1
    data = json.loads(out)
    assert set(data) == {"supported", "unsupported"}
    assert sorted(f["text"] for f in data["unsupported"]) == ["$130 billion", "August 5"]
    supported = {f["text"]: f for f in data["supported"]}
    span = supported["Hoang Xuan Chien"]["source"]
    assert span["text"] == "Hoàng Xuân Chiến"
    assert supported["Hoang Xuan Chien"]["kind"] == "name"


def test_check_refuses_an_empty_brief(article, monkeypatch, capsys) -> None:
    with pytest.raises(InputError):
        _run([str(article), "-"], monkeypatch, capsys, stdin="  \n")


def _brief(english: str | None) -> Brief:
    return Brief(title="t", date=None, source=None, body_vi="", summary_vi="", brief_en=english)


def test_attach_checks_records_result_and_one_warning() -> None:
    article = Article(title="Mỹ viện trợ", paragraphs=[ARTICLE.split("\n\n")[1]])
    good, bad, none = _brief(GOOD), _brief(BAD), _brief(None)
    attach_checks(good, article)
    attach_checks(bad, article)
    assert attach_checks(none, article) is None and none.checks is None
    assert good.checks["unsupported"] == [] and good.warnings == []
    assert not brief_is_unfaithful(good)
    assert len(bad.warnings) == 1 and '"August 5"' in bad.warnings[0] and "$130 billion" in bad.warnings[0]
    assert brief_is_unfaithful(bad)
    json.dumps(bad.to_dict())  # the record stays serialisable


def test_article_source_includes_title_and_date() -> None:
    article = Article(title="Tiêu đề", date="2025-05-08", paragraphs=["Thân bài."])
    assert article_source(article) == "Tiêu đề\n\n2025-05-08\n\nThân bài."


def test_warn_unsupported_writes_one_line_per_unfaithful_brief() -> None:
    article = Article(title="Mỹ viện trợ", paragraphs=[ARTICLE.split("\n\n")[1]])
    lines: list[str] = []
    good, bad = _brief(GOOD), _brief(BAD)
    attach_checks(good, article)
    attach_checks(bad, article)
    assert warn_unsupported(good, "good.txt", lines.append) is False
    assert warn_unsupported(bad, "bad.txt", lines.append) is True
    assert lines == ['vnsumm: warning: bad.txt: not found in the article: "August 5", "$130 billion"']


def test_check_reads_the_english_part_of_a_vnsumm_brief(article, tmp_path, monkeypatch, capsys) -> None:
    brief = _brief(BAD)
    brief.summary_vi = "Ngày 8/5, Mỹ công bố 130 triệu USD."  # Vietnamese text is not checked
    for name, text in (("b.md", brief.to_markdown()), ("b.json", brief.to_json())):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        code, out = _run([str(article), str(path), "--format", "json"], monkeypatch, capsys)
        assert code == 1
        assert sorted(f["text"] for f in json.loads(out)["unsupported"]) == ["$130 billion", "August 5"]
