"""Planning a run: vnsumm's own files recognised, overlaps between what a run reads and writes refused."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from bad_inputs import seed_text
from vnsumm.article import Article, Brief
from vnsumm.errors import UsageError
from vnsumm.inputs import Input
from vnsumm.outputs import Stamp, render
from vnsumm.review import page
from vnsumm.run_plan import check_run_files, own_output, split_own_outputs

BRIEF = Brief.of(Article(title="Tiêu đề", date=None, source=None, paragraphs=["Thân bài."]), "Tóm tắt.", "A brief.")
STAMP = Stamp("in/a.txt", "/in/a.txt", "ab" * 32, "cfg")


def test_own_outputs_are_recognised_and_articles_are_not(tmp_path):
    files = {
        "a.md": render(BRIEF, "md", STAMP), "a.json": render(BRIEF, "json", STAMP),
        "briefs.jsonl": render(BRIEF, "jsonl", STAMP), "index.html": page("vnsumm briefs", ""),
        "index.json": json.dumps({"config": {}, "done": []}), "report.json": json.dumps({"config": {}, "counts": {}}),
        "article.txt": seed_text(0), "page.html": "<html><body><p>" + seed_text(0) + "</p></body></html>",
        "rows.jsonl": json.dumps({"id": 1, "text": seed_text(0)}) + "\n", "plain.md": "# a note\n",
    }
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    found = {name for name in files if own_output(tmp_path / name)}
    assert found == {"a.md", "a.json", "briefs.jsonl", "index.html", "index.json", "report.json"}
    kept, left_out = split_own_outputs([tmp_path / "article.txt", tmp_path / "a.md", "-"])
    assert kept == [tmp_path / "article.txt", "-"]
    assert [(i.file, i.skip) for i in left_out] == [(tmp_path / "a.md", "a brief vnsumm wrote, not an article")]


def test_overlaps_between_reads_and_writes_are_refused(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(seed_text(0), encoding="utf-8")
    inputs = [Input.from_file(src / "a.txt", src)]
    out = tmp_path / "out"
    with pytest.raises(UsageError, match="is an input file"):
        check_run_files(out, "md", inputs, [src], src / "a.txt")
    with pytest.raises(UsageError, match="the run's own index.json"):
        check_run_files(out, "md", inputs, [src], out / "index.json")
    with pytest.raises(UsageError, match="a brief of this run"):
        check_run_files(out, "md", inputs, [src], out / "a.md")
    with pytest.raises(UsageError, match="a shard of this --ray run"):
        check_run_files(out, "jsonl", inputs, [src], out / "briefs-ray-1.jsonl", ray=True)
    check_run_files(out, "jsonl", inputs, [src], out / "briefs-ray-1.jsonl")  # a local run writes no shards
    data = out / "briefs.jsonl"
    out.mkdir()
    data.write_text(json.dumps({"id": 1, "text": seed_text(0)}) + "\n", encoding="utf-8")
    with pytest.raises(UsageError, match="is an input, and the run's briefs.jsonl would be written over it"):
        check_run_files(out, "jsonl", [], [data], None)
    check_run_files(out, "md", [], [Path(data)], None)  # md briefs go elsewhere
