"""``vnsumm template``: learn a site's template from its pages; ``clean --template`` and ``brief -s template=``
take its lines out of each story, and a changed template redoes a folder run's briefs."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

from vnsumm.cli import main

SITE = Path(__file__).resolve().parents[1] / "data" / "site_pages"
PROMO = "Phố Thị Plus"  # the testimonial every page of the site carries between two paragraphs


def site(tmp_path: Path) -> Path:
    folder = tmp_path / "site"
    shutil.copytree(SITE, folder)
    return folder


def learn(capsys, *args) -> tuple[int, str]:
    code = main(["template", *map(str, args)])
    return code, capsys.readouterr().err


def test_a_learned_template_takes_the_repeated_testimonial_out_of_clean_and_brief(tmp_path, capsys):
    pages, template = site(tmp_path), tmp_path / "site.json"
    code, err = learn(capsys, pages, "-o", template)
    assert code == 0 and "of 4 pages" in err and PROMO in template.read_text(encoding="utf-8")
    assert main(["clean", str(pages / "page0.txt")]) == 0
    assert PROMO in capsys.readouterr().out
    assert main(["clean", str(pages / "page0.txt"), "--template", str(template), "--format", "json"]) == 0
    cleaned = json.loads(capsys.readouterr().out)
    assert PROMO not in cleaned["body"] and "Sở Giao thông vận tải Hà Nội" in cleaned["body"]
    out = tmp_path / "briefs"
    assert main(["brief", str(pages), "-c", "extractive", "-s", f"template={template}", "-o", str(out), "-q",
                 "--format", "json"]) == 0
    briefs = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(out.glob("page*.json"))]
    assert len(briefs) == 4 and all(PROMO not in b["body"] for b in briefs)
    assert all("Phó giám đốc Sở" in b["body"] for b in briefs[:1])


def test_a_changed_template_redoes_the_briefs_and_the_same_one_does_not(tmp_path, capsys):
    pages, template = site(tmp_path), tmp_path / "site.json"
    assert learn(capsys, pages, "-o", template)[0] == 0
    run = ["brief", str(pages), "-c", "extractive", "-s", f"template={template}", "-o", str(tmp_path / "out"),
           "--format", "json"]
    assert main(run) == 0 and "4 done, 0 skipped" in capsys.readouterr().err
    assert main(run) == 0 and "0 done, 4 skipped" in capsys.readouterr().err
    assert learn(capsys, pages, "-o", template, "--min-pages", "4")[0] == 0  # rewritten: vnsumm wrote it
    assert main(run) == 0 and "4 done, 0 skipped" in capsys.readouterr().err


def test_a_bad_page_fails_alone_and_the_others_are_learned(tmp_path, capsys):
    pages, template = site(tmp_path), tmp_path / "site.json"
    (pages / "broken.txt").write_bytes(b"\x00\x01\x02 not text \xff\xfe" * 20)
    code, err = learn(capsys, pages, "-o", template)
    assert code == 1 and "broken.txt" in err and "left out of the template" in err
    assert PROMO in template.read_text(encoding="utf-8")


def test_what_cannot_be_learned_or_read_is_refused_in_one_line_and_nothing_is_overwritten(tmp_path, capsys):
    pages = site(tmp_path)
    page = pages / "page0.txt"
    before = page.read_bytes()
    for args, reason in (
            ([pages, "-o", page], "is one of the inputs"),
            ([pages, "-o", tmp_path / "site.json", "--min-pages", "1"], "--min-pages must be at least 2"),
            ([page, pages / "page1.txt", "-o", tmp_path / "site.json"], "a template needs at least 3"),
            ([pages, "-o", tmp_path / "no" / "site.json"], "no folder")):
        code, err = learn(capsys, *args)
        assert code == 2 and reason in err and len(err.strip().splitlines()) == 1, err
    assert page.read_bytes() == before and not (tmp_path / "site.json").exists()
    foreign = tmp_path / "notes.json"
    foreign.write_text('{"mine": true}\n', encoding="utf-8")
    code, err = learn(capsys, pages, "-o", foreign)
    assert code == 2 and "not a site template vnsumm wrote" in err and foreign.read_text() == '{"mine": true}\n'
    assert main(["clean", str(page), "--template", str(foreign)]) == 2
    assert "not a site template" in capsys.readouterr().err
    assert main(["brief", str(page), "-c", "extractive", "-s", f"template={tmp_path / 'missing.json'}"]) == 2
    err = capsys.readouterr().err
    assert "missing.json: no such file" in err and len(err.strip().splitlines()) == 1
