"""The command line's inputs: ``-``, datasets and several inputs as JSON Lines on stdout, binary formats."""
from __future__ import annotations

import io
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from bad_inputs import SEEDS
from vnsumm.cli import main

ROOT = Path(__file__).resolve().parents[2]


def feed(monkeypatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def brief_json(capsys, *args) -> dict:
    assert main(["brief", *map(str, args), "-c", "extractive", "--format", "json"]) == 0
    return json.loads(capsys.readouterr().out)


def same(a: dict, b: dict) -> None:
    for key in ("title", "date", "source", "body", "summary", "brief_en", "language"):
        assert a[key] == b[key], key


def test_stdin_gives_the_brief_the_file_gives(monkeypatch, capsys):
    from_file = brief_json(capsys, SEEDS[0])
    feed(monkeypatch, SEEDS[0].read_bytes())
    from_stdin = brief_json(capsys, "-")
    same(from_stdin, from_file)
    assert from_stdin["id"] == "<stdin>"


def test_stdin_in_a_real_process(tmp_path):
    run = subprocess.run([sys.executable, "-m", "vnsumm", "brief", "-", "-c", "extractive", "--format", "json"],
                         input=SEEDS[1].read_bytes(), capture_output=True, cwd=tmp_path, timeout=120)
    assert run.returncode == 0, run.stderr
    from vnsumm.inputs import read_article
    assert json.loads(run.stdout)["body"] == read_article(SEEDS[1]).body
    empty = subprocess.run([sys.executable, "-m", "vnsumm", "brief", "-", "-c", "extractive"], input=b"",
                           capture_output=True, cwd=tmp_path, timeout=120)
    assert empty.returncode == 1 and empty.stderr.decode().strip() == "vnsumm: error: <stdin>: the file is empty"


def test_a_jsonl_dataset_gives_the_briefs_the_files_give(tmp_path, capsys):
    data = tmp_path / "seeds.jsonl"
    data.write_text("".join(json.dumps({"id": p.stem, "article": p.read_text(encoding="utf-8")}, ensure_ascii=False)
                            + "\n" for p in SEEDS), encoding="utf-8")
    assert main(["brief", str(data), *map(str, SEEDS), "-c", "extractive", "--format", "jsonl", "-q"]) == 0
    out, err = capsys.readouterr()
    lines = [json.loads(line) for line in out.splitlines()]
    assert len(lines) == 2 * len(SEEDS) and f"{2 * len(SEEDS)} done, 0 skipped, 0 failed" in err
    by_id = {line["id"]: line for line in lines}
    for p in SEEDS:
        same(by_id[f"{data}#{p.stem}"], by_id[str(p)])
        assert by_id[str(p)]["vnsumm"]["input"] == str(p)  # the briefs.jsonl schema, stamp included


def test_jsonl_on_stdin_as_a_dataset(monkeypatch, capsys):
    rows = "".join(json.dumps({"id": i, "text": p.read_text(encoding="utf-8")}, ensure_ascii=False) + "\n"
                   for i, p in enumerate(SEEDS[:2]))
    feed(monkeypatch, rows.encode())
    assert main(["brief", "-", "--input-format", "jsonl", "-c", "extractive", "--format", "jsonl", "-q"]) == 0
    assert [json.loads(x)["id"] for x in capsys.readouterr().out.splitlines()] == ["<stdin>#0", "<stdin>#1"]


def test_several_inputs_need_o_or_jsonl(capsys):
    assert main(["brief", str(SEEDS[0]), str(SEEDS[1]), "-c", "extractive"]) == 2
    assert "add -o DIR (or --format jsonl for JSON Lines on stdout)" in capsys.readouterr().err


def test_a_bad_input_fails_alone_on_stdout_runs(tmp_path, capsys):
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    assert main(["brief", str(SEEDS[0]), str(bad), "-c", "extractive", "--format", "jsonl", "-q"]) == 1
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 1 and f"vnsumm: failed {bad}: the file is empty" in err


def docx_bytes() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document/>")
    return buf.getvalue()


@pytest.mark.parametrize("data, name", [
    (b"%PDF-1.7\n" + b"x" * 500, "PDF"),
    (docx_bytes(), "DOCX (Word)"),
    (b"PK\x03\x04" + b"\x00" * 60, "ZIP archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 500, "DOC/XLS (old Microsoft Office)"),
])
def test_binary_formats_are_named(tmp_path, capsys, data, name):
    path = tmp_path / "bai-bao.txt"
    path.write_bytes(data)
    assert main(["clean", str(path)]) == 1
    assert capsys.readouterr().err.strip() == (f"vnsumm: error: {path}: unsupported format: {name} "
                                               "(convert it to text or HTML)")


def test_clean_and_check_read_the_article_from_stdin(monkeypatch, capsys, tmp_path):
    assert main(["clean", str(SEEDS[0])]) == 0
    from_file = capsys.readouterr().out
    feed(monkeypatch, SEEDS[0].read_bytes())
    assert main(["clean", "-"]) == 0
    assert capsys.readouterr().out == from_file
    brief = tmp_path / "brief.txt"
    brief.write_text("The dialogue took place on May 8, 2025. It ended on June 9, 2031.", encoding="utf-8")
    feed(monkeypatch, SEEDS[0].read_bytes())
    assert main(["check", "-", str(brief)]) == 1
    assert "1 supported, 1 unsupported" in capsys.readouterr().out
    assert main(["check", "-", "-"]) == 2


def test_verbose_logs_on_the_vnsumm_logger(tmp_path, capsys, monkeypatch):
    data = tmp_path / "d.jsonl"
    data.write_text(json.dumps({"article": SEEDS[0].read_text(encoding="utf-8")}, ensure_ascii=False) + "\n",
                    encoding="utf-8")
    args = ["brief", str(data), "-c", "extractive", "--format", "jsonl", "-q"]
    assert main(args) == 0
    assert "row(s) read" not in capsys.readouterr().err
    assert main([*args, "-v"]) == 0
    assert f"vnsumm: INFO: {data}: 1 row(s) read as jsonl" in capsys.readouterr().err
    assert main(["--log-level", "info", *args]) == 0
    assert "1 row(s) read as jsonl" in capsys.readouterr().err
    main([*args, "--log-level", "warning"])
    assert "row(s) read" not in capsys.readouterr().err
    monkeypatch.setenv("VNSUMM_LOG_LEVEL", "info")
    assert main(args) == 0
    assert "1 row(s) read as jsonl" in capsys.readouterr().err
    monkeypatch.setenv("VNSUMM_LOG_LEVEL", "loud")
    assert main(args) == 2
    assert capsys.readouterr().err.startswith("vnsumm: error: VNSUMM_LOG_LEVEL='loud': not one of DEBUG")


def test_configs_lists_names_and_the_user_folder(tmp_path, monkeypatch, capsys):
    user = tmp_path / "xdg" / "vnsumm" / "configs"
    user.mkdir(parents=True)
    (user / "mine.yaml").write_text("summarizer:\n  backend: extractive\n  method: lead\n  k: 1\n"
                                    "translator:\n  backend: none\n", encoding="utf-8")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    monkeypatch.chdir(tmp_path)
    assert main(["configs"]) == 0
    listing = capsys.readouterr().out
    assert f"mine        {user / 'mine.yaml'}" in listing
    assert "extractive" in listing and str(ROOT / "src" / "vnsumm" / "configs" / "extractive.yaml") in listing
    brief = brief_json(capsys, SEEDS[0], "-c", "mine")
    assert brief["summary"].count("\n") == 0 and brief["models"]["summarizer"]["backend"] == "extractive"


def test_brief_help_has_examples_and_config_names(capsys):
    with pytest.raises(SystemExit):
        main(["brief", "--help"])
    out = capsys.readouterr().out
    assert "cat article.txt | vnsumm brief -" in out and "extractive" in out and "VNSUMM_CONFIG_DIR" in out
