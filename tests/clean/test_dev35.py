"""Well-formedness tests for eval/clean_dev35/make.py (written blind as clean_test35; now a dev set).

Everything runs on a tiny synthetic train file written to tmp_path; nothing outside
the repository is read.
"""

from __future__ import annotations

import gzip
import hashlib
import importlib.util
import json
import os
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

DEV35_SHA256 = "b8b73fcadb9b2acb21d41248f72c2ec69bae3f2fa8197a080989abc110349c8f"

ROOT = Path(__file__).resolve().parents[2]
MAKE = ROOT / "eval" / "clean_dev35" / "make.py"

N_LINES = 12_010
UNUSABLE_BODY = {  # offsets inside BODY_ROWS that must be skipped
    1: "",
    4: "{not json",
    6: json.dumps({"title": "", "article": "Có nội dung nhưng không có tiêu đề."}, ensure_ascii=False),
    9: json.dumps({"title": "Chỉ có tiêu đề"}, ensure_ascii=False),
    12: json.dumps(["mảng", "không", "phải", "đối tượng"], ensure_ascii=False),
    15: json.dumps({"title": "Sai kiểu", "article": 42}),
}
N_USABLE_BODY = 44  # usable rows at offsets 0..49 minus the unusable ones above
TRAILERS = [
    ("Xem thêm: Tin cũ về cảng biển miền Trung Văn Việt", ["Xem thêm", "Văn Việt", "cảng biển miền Trung"]),
    ("Phương Vũ (Theo AFP)", ["Phương Vũ", "Theo AFP"]),
    ("Nguyễn Lâm - Đặng Thuỷ", ["Nguyễn Lâm", "Đặng Thuỷ"]),
    ("Bá Di (Tổng hợp)", ["Bá Di", "Tổng hợp"]),
    ("Theo TTXVN", ["TTXVN"]),
    ("Clip: Người dân sơ tán khỏi vùng lũ", ["Clip", "sơ tán khỏi vùng lũ"]),
    ("Mời độc giả xem video:", ["Mời độc giả", "xem video"]),
    ("", []),
]
FORBIDDEN_IN_BODY = ["Ảnh: Reuters", "đoàn xe cứu hộ số", "Quang cảnh lễ khai mạc"]


def _load():
    spec = importlib.util.spec_from_file_location("clean_dev35_make", MAKE)
    mod = importlib.util.module_from_spec(spec)
    sys.modules["clean_dev35_make"] = mod
    spec.loader.exec_module(mod)
    return mod


def _body_article(i: int, trailer: str, fused: bool) -> str:
    s = [f"Quang cảnh lễ khai mạc hội chợ nông sản lần thứ {i}."]  # lead photo caption
    for j in range(1, 9):
        s.append(f"Đoàn công tác mã {i}-{j} đã làm việc với chính quyền địa phương về kế hoạch phòng chống thiên tai.")
        if j == 3:
            s.append(f'" Chúng tôi sẽ hỗ trợ người dân vùng {i}. Mọi việc đang được chuẩn bị kỹ ", ông Hùng nói.')
        if j == 5 and fused:
            s.append(f"Đoàn xe cứu hộ số {i} trên đường. Ảnh: Reuters sáng nay, đoàn xe cứu hộ số {i} đã tới nơi.")
    text = " ".join(s)
    return f"{text} {trailer}".strip()


def _related_article(i: int) -> str:
    captions = ["Người dân tham quan gian hàng trưng bày sản phẩm mẫu mới.",
                "Khách hàng xếp hàng chờ vào khu nhà mẫu.",
                "Toàn cảnh khu công nghiệp ven sông nhìn từ trên cao.",
                "Công nhân kiểm tra dây chuyền đóng gói trong nhà xưởng."]
    s = [captions[i % len(captions)],
         f"Theo báo cáo quý gần nhất, doanh nghiệp mã {i} ghi nhận doanh thu tăng nhờ thị trường xuất khẩu được mở rộng thêm."]
    k = 0
    while len(" ".join(s)) < 1_260:
        k += 1
        s.append(f"Chi tiết phụ lục {i}-{k} tiếp tục được cập nhật trong các kỳ báo cáo tới của công ty.")
    text = " ".join(s)
    return text[:1_150] + f" Câu ẩn VUOTCAT{i} chỉ nằm sau mốc cắt." + " Kết thúc bài." * 20


@pytest.fixture(scope="module")
def make():
    return _load()


@pytest.fixture(scope="module")
def train(tmp_path_factory, make):
    path = tmp_path_factory.mktemp("t35") / "train.jsonl.gz"
    body_titles: list[str] = []
    related: dict[int, dict] = {}
    lines: list[str] = []
    for i in range(N_LINES):
        off_b = i - make.BODY_ROWS.start
        off_r = i - make.RELATED_ROWS.start
        if 0 <= off_b < 50:
            if off_b in UNUSABLE_BODY:
                lines.append(UNUSABLE_BODY[off_b])
                continue
            title = f"Đoàn công tác số {i} làm việc về phòng chống thiên tai"
            trailer = TRAILERS[off_b % len(TRAILERS)][0]
            art = _body_article(i, trailer, fused=off_b % 3 == 0)
            row = {"id": f"b{i}", "title": title, "article": art, "summary": f"TOMTAT{i}"}
            line = json.dumps(row, ensure_ascii=False)
            if off_b == 20:  # a bare CR inside the JSON whitespace must not split the physical line
                line = line.replace(', "article"', ',\r "article"', 1)
            lines.append(line)
            body_titles.append(title)
        elif make.BODY_ROWS.start <= i < make.BODY_ROWS.stop:
            lines.append("" if i % 2 else "{}")
        elif 0 <= off_r < 30:
            row = {"id": f"r{i}", "title": f"Bản tin thị trường số {i}: giá nông sản biến động",
                   "article": _related_article(i), "summary": f"TOMTAT{i}"}
            related[i] = row
            lines.append(json.dumps(row, ensure_ascii=False))
        elif make.RELATED_ROWS.start <= i < make.RELATED_ROWS.stop:
            lines.append("")
        else:
            lines.append(json.dumps({"id": f"x{i}", "title": f"NGOAIVUNG{i}", "article": f"NGOAIVUNG{i} câu.",
                                     "summary": "NGOAIVUNG"}))
    with gzip.open(path, "wb") as fh:
        fh.write(("\n".join(lines) + "\n").encode("utf-8"))
    return {"path": path, "titles": body_titles, "related": related}


@pytest.fixture(scope="module")
def built(make, train):
    return make.pages(train["path"])


def _nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def _walk(page):
    """Classify text lines: ('body', line) / ('furniture', kind, line) / ('other', line)."""
    out = []
    bi = fi = 0
    for line in page.text.split("\n"):
        if fi < len(page.furniture) and page.furniture[fi][1] == line:
            out.append(("furniture", page.furniture[fi][0], line))
            fi += 1
            continue
        if bi < len(page.body) and line.startswith(page.body[bi]):
            acc, bj = page.body[bi], bi + 1
            while acc != line and bj < len(page.body) and line.startswith(acc + " " + page.body[bj]):
                acc = acc + " " + page.body[bj]
                bj += 1
            if acc == line:
                out.append(("body", line))
                bi = bj
                continue
        out.append(("other", line))
    assert bi == len(page.body), "body items not all found, in order, on body lines"
    assert fi == len(page.furniture), "furniture pairs not all found, in order"
    return out


# ---------------------------------------------------------------------------


def test_module_constants(make):
    assert make.SEED == 3535
    assert make.BODY_ROWS == range(10_900, 11_000)
    assert make.RELATED_ROWS == range(11_900, 12_000)
    assert make.RELATED_CUT == 1_200
    assert make.KINDS == ("byline", "credit", "caption", "related", "widget")
    assert 16 <= len(make.LAYOUTS) <= 20
    assert len(set(make.LAYOUTS)) == len(make.LAYOUTS)


def test_one_page_per_usable_row_and_layout_cycle(make, built):
    assert len(built) == N_USABLE_BODY
    for k, page in enumerate(built):
        assert isinstance(page, make.Page)
        assert page.layout == make.LAYOUTS[k % len(make.LAYOUTS)]
    assert {p.layout for p in built} == set(make.LAYOUTS)


def test_text_lines_stripped_and_non_blank(built):
    for page in built:
        assert page.text
        for line in page.text.split("\n"):
            assert line, "blank line"
            assert line == line.strip(), repr(line)
            assert "\r" not in line


def test_body_items_are_exact_substrings(built):
    for page in built:
        assert page.body
        for item in page.body:
            assert item and "\n" not in item
            assert item in page.text


def test_every_other_line_labelled(make, built, train):
    for page, title in zip(built, train["titles"]):
        walked = _walk(page)
        others = [w[1] for w in walked if w[0] == "other"]
        assert len(others) <= 3, others
        assert _nfc(title) in [_nfc(o) for o in others], "title line should be the unlabelled title"
        assert any(w[0] == "body" for w in walked)
        for kind, line in page.furniture:
            assert kind in make.KINDS
            assert line in page.text.split("\n")


def test_furniture_in_realistic_places(built):
    before_body = between = after_body = 0
    for page in built:
        walked = _walk(page)
        body_idx = [i for i, w in enumerate(walked) if w[0] == "body"]
        first, last = body_idx[0], body_idx[-1]
        before_body += any(w[0] == "furniture" for w in walked[:first])
        between += any(w[0] == "furniture" for w in walked[first:last])
        after_body += any(w[0] == "furniture" for w in walked[last + 1:])
    assert before_body >= 0.8 * len(built)
    assert after_body >= 0.8 * len(built)
    assert between >= 0.3 * len(built)


def test_trailers_and_fused_captions_never_body(built):
    for page in built:
        body = _nfc(" ".join(page.body))
        for _trailer, markers in TRAILERS:
            for m in markers:
                assert m not in body, m
        for m in FORBIDDEN_IN_BODY:
            assert m not in body, m
        assert not body.rstrip().endswith(":")


def test_quoted_sentences_kept_whole(built):
    seen = 0
    for page in built:
        for item in page.body:
            it = _nfc(item)
            if "Chúng tôi sẽ hỗ trợ" in it:
                seen += 1
                assert "ông Hùng nói." in it
    assert seen >= len(built) // 2


def test_related_text_only_from_related_rows(make, built, train):
    titles = [r["title"] for r in train["related"].values()]
    sents: list[str] = []
    for r in train["related"].values():
        sents.extend(s for s in re.split(r"(?<=\.) ", r["article"][: make.RELATED_CUT]) if len(s) > 30)
    for page in built:
        text = _nfc(page.text)
        for marker in ("NGOAIVUNG", "VUOTCAT", "TOMTAT"):
            assert marker not in text
        for kind, line in page.furniture:
            line = _nfc(line)
            if kind == "caption":
                assert any(s in line for s in sents), line
            if kind in ("caption", "related"):
                assert "Đoàn công tác" not in line
                assert any(t in line for t in titles) or any(s in line for s in sents) or len(line) <= 40, line
    assert sum(k == "related" and any(t in _nfc(l) for t in titles) for p in built for k, l in p.furniture) >= len(built)


_GLUED = re.compile(r"[a-zà-ỹ]\.[A-ZÀ-ỸĐ]")


def _faults(page) -> set[str]:
    found = set()
    if not unicodedata.is_normalized("NFC", page.text):
        found.add("nfd")
    if "\u00a0" in page.text:
        found.add("nbsp")
    if "\u200b" in page.text:
        found.add("zwsp")
    if "\ufeff" in page.text:
        found.add("bom")
    if "  " in page.text:
        found.add("double_space")
    if any(_GLUED.search(_nfc(b)) for b in page.body):
        found.add("glued")
    return found


def test_scraper_faults_on_about_a_quarter(built):
    faulty = [p for p in built if _faults(p)]
    assert 0.15 <= len(faulty) / len(built) <= 0.35, len(faulty)
    kinds = set().union(*(_faults(p) for p in faulty))
    assert len(kinds) >= 3, kinds
    for page in faulty:
        for kind, line in page.furniture:  # faults live in body sentences (NFD aside)
            assert not any(c in line for c in "\u00a0\u200b\ufeff") and "  " not in line


def test_tone_placement_varies_between_pages(built):
    new = re.compile(r"o[áàảãạ](?![\w])|u[ýỳỷỹỵ](?![\w])|o[éèẻẽẹ](?![\w])", re.I)
    old = re.compile(r"[óòỏõọ]a(?![\w])|[úùủũụ]y(?![\w])|[óòỏõọ]e(?![\w])", re.I)
    styles = set()
    for page in built:
        furn = _nfc(" ".join(line for _k, line in page.furniture))
        if new.search(furn):
            styles.add("new")
        if old.search(furn):
            styles.add("old")
    assert styles == {"new", "old"}


def test_deterministic(make, built, train):
    again = make.pages(train["path"])
    assert again == built
    code = (
        "import importlib.util, sys, hashlib;"
        f"spec = importlib.util.spec_from_file_location('clean_dev35_make', {str(MAKE)!r});"
        "m = importlib.util.module_from_spec(spec); sys.modules['clean_dev35_make'] = m;"
        "spec.loader.exec_module(m);"
        f"print(hashlib.sha256(repr(m.pages({str(train['path'])!r})).encode()).hexdigest())"
    )
    digests = set()
    for seed in ("0", "12345"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
        digests.add(res.stdout.strip())
    assert digests == {hashlib.sha256(repr(built).encode()).hexdigest()}


def test_main_prints_counts(train):
    res = subprocess.run([sys.executable, str(MAKE), str(train["path"])], capture_output=True, text=True, check=True)
    assert f"pages: {N_USABLE_BODY}" in res.stdout
    assert "body sentences:" in res.stdout and "furniture lines:" in res.stdout


def test_frozen_hash():
    assert hashlib.sha256(MAKE.read_bytes()).hexdigest() == DEV35_SHA256
