"""``vnsumm check`` and ``vnsumm brief --strict`` through the real command line entry point."""
from __future__ import annotations

import io
import json
import textwrap
from pathlib import Path

import pytest

from vnsumm import registry
from vnsumm.article import Article, Brief
from vnsumm.cli import main
from vnsumm.outputs import Stamp, render

HERE = Path(__file__).resolve().parent
SEED = HERE.parent.parent / "seeds" / "000_2b6d86a53e841c95.txt"
BRIEF = HERE.parent / "check" / "briefs" / "000_2b6d86a53e841c95.en.txt"
WRONG = "Vietnam and the US held their 14th dialogue on August 5, with $130 billion of new US aid."
RIGHT = "Vietnam and the US held their 13th dialogue on May 8, with $130 million of new US aid."


def test_check_exits_0_on_the_hand_written_seed_brief(capsys) -> None:
    assert main(["check", str(SEED), str(BRIEF)]) == 0
    assert "0 unsupported" in capsys.readouterr().out


def test_check_exits_1_and_lists_what_is_wrong(tmp_path, capsys) -> None:
    brief = tmp_path / "brief.txt"
    brief.write_text(BRIEF.read_text(encoding="utf-8").replace("May 8, 2025", "August 5, 2025"),
                     encoding="utf-8")
    assert main(["check", str(SEED), str(brief), "--format", "json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert [f["text"] for f in data["unsupported"]] == ["August 5, 2025"]
    assert all("source" in f for f in data["supported"])


def test_check_reports_a_missing_file_as_an_error(tmp_path, capsys) -> None:
    assert main(["check", str(tmp_path / "nope.txt"), str(BRIEF)]) != 0
    assert "vnsumm: error:" in capsys.readouterr().err


FAKE_TRANSLATOR = '''
class FixedTranslator:
    """Translates every summary to the same English text (the test's brief)."""

    def __init__(self, text: str = ""):
        self.text = text

    def translate(self, texts):
        return [self.text for _ in texts]

    def describe(self):
        return {"backend": "fixed"}
'''


@pytest.fixture()
def fixed_config(tmp_path, monkeypatch):
    """A config whose translator always answers with a given English text."""
    (tmp_path / "fixed_translator.py").write_text(FAKE_TRANSLATOR, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setitem(registry.TRANSLATORS, "fixed", "fixed_translator:FixedTranslator")

    def make(english: str) -> Path:
        path = tmp_path / f"fixed-{abs(hash(english))}.yaml"
        path.write_text(textwrap.dedent(f"""\
            summarizer:
              backend: extractive
              method: lead
              k: 3
            translator:
              backend: fixed
              text: {json.dumps(english)}
            device: cpu
            """), encoding="utf-8")
        return path
    return make


def test_brief_warns_once_and_strict_fails(fixed_config, capsys) -> None:
    wrong = fixed_config(WRONG)
    assert main(["brief", str(SEED), "-c", str(wrong), "--format", "json"]) == 0
    captured = capsys.readouterr()
    brief = json.loads(captured.out)
    assert sorted(f["text"] for f in brief["checks"]["unsupported"]) == ["$130 billion", "14th", "August 5"]
    assert [line for line in captured.err.splitlines() if "not found in the article" in line] == [
        f'vnsumm: warning: {SEED}: not found in the article: "14th", "August 5", "$130 billion"']

    assert main(["brief", str(SEED), "-c", str(wrong), "--strict"]) == 1
    assert capsys.readouterr().out == ""  # nothing published


def test_strict_passes_a_faithful_brief(fixed_config, capsys) -> None:
    right = fixed_config(RIGHT)
    assert main(["brief", str(SEED), "-c", str(right), "--format", "json", "--strict"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["checks"]["unsupported"] == []
    assert "not found in the article" not in captured.err


def test_strict_folder_run_skips_unfaithful_briefs(fixed_config, tmp_path, capsys) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "out"
    code = main(["brief", str(folder), "-o", str(out), "-c", str(fixed_config(WRONG)), "--strict", "-q"])
    assert code == 1
    assert not (out / "a.md").exists()
    index = json.loads((out / "index.json").read_text(encoding="utf-8"))
    assert index["done"] == [] and len(index["failed"]) == 1
    assert "August 5" in json.dumps(index["failed"][0])


ARTICLE = ("Mỹ viện trợ 130 triệu USD cho Biên Hòa\n\n"
           "Sáng 8/5, tại Hà Nội, Thượng tướng Hoàng Xuân Chiến cho biết Mỹ công bố khoản hỗ trợ mới "
           "130 triệu USD cho dự án xử lý dioxin tại sân bay Biên Hòa.\n")
GOOD = "On May 8 in Hanoi, General Hoang Xuan Chien said the US announced $130 million for Bien Hoa."
BAD = "On August 5 in Hanoi, General Hoang Xuan Chien said the US announced $130 billion for Bien Hoa."


@pytest.fixture()
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def _run(argv: list[str], monkeypatch, capsys, stdin: str = "") -> tuple[int, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(["check", *argv])
    return code, capsys.readouterr().out


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
    monkeypatch.setattr("sys.stdin", io.StringIO("  \n"))
    assert main(["check", str(article), "-"]) == 2
    assert "the brief is empty" in capsys.readouterr().err


def test_check_reads_the_english_part_of_every_vnsumm_output_form(article, tmp_path, monkeypatch, capsys) -> None:
    english = BAD + " See [note] #A & *more* <b>here</b>_now_."  # Markdown and HTML marks: escaped in .md
    brief = Brief.of(Article(title="t <b>#1</b>"), "Ngày 8/5, Mỹ công bố 130 triệu USD.", english)  # vi not checked
    stamp = Stamp(input=str(article), key=str(article.resolve()), sha256="0" * 64, config="c")
    forms = {"b.md": render(brief, "md", stamp), "b.json": render(brief, "json", stamp),
             "b.jsonl": render(brief, "jsonl", stamp), "b.txt": english, "-": render(brief, "md", stamp)}
    for name, text in forms.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        code, out = _run([str(article), "-" if name == "-" else str(path), "--format", "json"], monkeypatch, capsys,
                         stdin=text)
        assert code == 1, name
        assert sorted(f["text"] for f in json.loads(out)["unsupported"]) == ["$130 billion", "August 5"], name


def _refused(argv: list[str], monkeypatch, capsys, stdin: str = "") -> str:
    """The one error line of a check that exits 2 and prints nothing on standard output."""
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(["check", *argv])
    captured = capsys.readouterr()
    lines = captured.err.splitlines()
    assert code == 2 and captured.out == "" and len(lines) == 1, (code, captured)
    assert "internal error" not in lines[0]
    return lines[0]


@pytest.mark.parametrize("form", ["md", "json", "jsonl", "stdin"])
def test_a_brief_without_english_is_exit_2_whatever_its_form(form, article, tmp_path, monkeypatch, capsys) -> None:
    brief = Brief.of(Article(title="t"), "Ngày 8/5, Mỹ công bố 130 triệu USD.", None, note="no translator is configured")
    text = render(brief, "md" if form == "stdin" else form)
    path = tmp_path / f"b.{form}"
    path.write_text(text, encoding="utf-8")
    shown = "-" if form == "stdin" else str(path)
    line = _refused([str(article), shown], monkeypatch, capsys, stdin=text)
    assert line == f"vnsumm: error: no English brief in {shown} (no translator is configured)"


@pytest.mark.parametrize("name, text, reason", [
    ("b.json", '{"brief_en": 5}', '"brief_en" is a number, not text'),
    ("b.json", '{"brief_en": ["On May 8"]}', '"brief_en" is a list, not text'),
    ("b.json", '[1, 2]', "brief 1 is a number, not a JSON object"),
    ("b.json", '{"brief_en": "On May 8"', "line 1 is not JSON"),
    ("b.jsonl", '{"brief_en": "On May 8"}\nnot json\n', "line 2 is not JSON"),
    ("b.jsonl", '{"brief_en": true}\n', '"brief_en" is true/false, not text'),
    ("b.jsonl", "\n\n", "the file is empty"),
    ("b.txt", '{"brief_en": {"text": "On May 8"}}', '"brief_en" is an object, not text'),
])
def test_a_brief_of_the_wrong_shape_is_one_line_and_exit_2(name, text, reason, article, tmp_path, monkeypatch,
                                                            capsys) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    line = _refused([str(article), str(path)], monkeypatch, capsys)
    assert line.startswith(f"vnsumm: error: {path}: {reason}"), line


def test_a_jsonl_brief_file_is_checked_at_the_line_made_from_the_article(article, fixed_config, tmp_path, monkeypatch,
                                                                         capsys) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "b.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "out"
    assert main(["brief", str(folder), "-o", str(out), "-c", str(fixed_config(BAD)), "--format", "jsonl", "-q"]) == 0
    jsonl = out / "briefs.jsonl"
    assert len(jsonl.read_text(encoding="utf-8").splitlines()) == 2
    code, out_text = _run([str(folder / "a.txt"), str(jsonl), "--format", "json"], monkeypatch, capsys)
    assert code == 1  # a.txt's line: BAD's date and amount are not in a.txt
    assert sorted(f["text"] for f in json.loads(out_text)["unsupported"]) == ["$130 billion", "August 5"]
    line = _refused([str(article), str(jsonl)], monkeypatch, capsys)  # an article neither line was made from
    assert line == (f"vnsumm: error: {jsonl} holds 2 briefs, none made from {article}: "
                                   "pass the one brief to check (a line of the file)")
    one = tmp_path / "one.jsonl"
    one.write_text(jsonl.read_text(encoding="utf-8").splitlines()[1] + "\n", encoding="utf-8")
    code, _ = _run([str(article), str(one)], monkeypatch, capsys)  # one brief: checked, whatever it was made from
    assert code == 1
