"""``vnsumm eval -o DIR`` writes index.html: the tables, the chart inlined, and the worst examples."""
from __future__ import annotations

import base64
import json
import re

from vnsumm.cli import main


def test_eval_writes_a_self_contained_page(tmp_path, vietnews_path, capsys):
    rows = [json.loads(line) for line in vietnews_path.read_text(encoding="utf-8").splitlines()[:6]]
    rows[0]["summary"] = "<b>Tóm tắt</b> & tham chiếu"  # a reference that needs escaping
    data = tmp_path / "d.jsonl"
    data.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "ev"
    assert main(["eval", "-c", "lead", "-d", str(data), "-o", str(out), "-q", "--bootstrap", "20",
                 "--baseline", "extractive"]) == 0
    capsys.readouterr()
    page = (out / "index.html").read_text(encoding="utf-8")
    scores = json.loads((out / "scores.json").read_text(encoding="utf-8"))
    lead = scores["configs"]["lead"]["metrics"]["rouge1"]
    assert f"<td>{lead['score']:.2f} <small>[{lead['ci'][0]:.2f}, {lead['ci'][1]:.2f}]</small></td>" in page
    assert "Paired bootstrap tests" in page and "extractive (baseline)" in page
    png = re.search(r'src="data:image/png;base64,([^"]+)"', page)
    assert png and base64.b64decode(png.group(1)) == (out / "scores.png").read_bytes()
    records = [json.loads(line) for line in (out / "predictions" / "lead.summarize.jsonl").read_text().splitlines()]
    worst = min(records, key=lambda r: r["scores"]["rouge1"])
    section = page.split("lead: the 5 lowest rouge1", 1)[1]
    assert section.index(worst["id"]) < min(section.index(r["id"]) for r in records if r["id"] != worst["id"]
                                            and r["id"] in section)
    assert "&lt;b&gt;Tóm tắt&lt;/b&gt; &amp; tham chiếu" in page and "<b>Tóm tắt</b>" not in page
    assert not re.search(r"<(?:script|link|iframe)\b|@import|url\(|src=\"https?:", page)
