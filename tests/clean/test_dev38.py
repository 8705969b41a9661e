"""Well-formedness tests for eval/clean_dev38/make.py (written blind as clean_test38; now a dev set).

They build a small synthetic VietNews-like train file under tmp_path (nothing
outside the repository is read) and check the page contract on the result.
"""

import gzip
import hashlib
import importlib.util
import io
import json
import random
import re
import subprocess
import sys
import unicodedata
from contextlib import redirect_stdout
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
MAKE = REPO / "eval" / "clean_dev38" / "make.py"
TEST38_SHA256 = "84b20c6f492c9b5b00172e7681919a009393ff8d76746e267399086ae56852ff"


def _load():
    spec = importlib.util.spec_from_file_location("clean_dev38_make", MAKE)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


make = _load()

# ---------------------------------------------------------------- synthetic data

STORY = [
    "Sáng 12-3, Sở GD-ĐT TP. HCM công bố kế hoạch tuyển sinh lớp 10 năm học mới.",
    "Năm nay thành phố dự kiến tuyển hơn 70.000 học sinh vào các trường công lập.",
    "Ông Lâm Văn Phong - trưởng phòng khảo thí - cho biết lịch thi không thay đổi so với năm trước.",
    '" Chúng tôi sẽ công bố điểm chuẩn trước ngày 20-6 ", ông Phong nói.',
    "Học sinh có thể đăng ký ba nguyện vọng và được điều chỉnh trong thời gian quy định.",
    "Trường THCS Hoa Sứ ở Q. 1 đã tổ chức buổi tư vấn cho phụ huynh vào cuối tuần.",
    "Nhiều phụ huynh bày tỏ băn khoăn về số lượng chỉ tiêu ở các quận trung tâm.",
    "Theo TS. Đào Minh Khôi, học sinh nên chọn trường phù hợp với năng lực của mình.",
    "Đề thi môn toán năm nay sẽ có thêm các bài toán gắn với thực tế.",
    "Bà Kha Thị Ngân, một phụ huynh ở Q. 3, cho rằng con bà cần thêm thời gian ôn tập.",
    "Sở cũng lưu ý các trường không được tổ chức dạy thêm trái quy định.",
    "Kết quả thi sẽ được gửi về trường THCS nơi học sinh đang học.",
    "Đây là năm thứ hai thành phố áp dụng hình thức đăng ký trực tuyến.",
    "Ứng dụng tra cứu điểm thi sẽ hoạt động từ 7h sáng ngày công bố.",
    "Học sinh ở huyện ngoại thành được ưu tiên cộng điểm khu vực.",
    "Nhà trường khuyến khích học sinh giữ sức khoẻ trong những ngày ôn thi cuối cùng.",
    "Một số trường chuyên sẽ tổ chức thêm bài thi năng khiếu vào đầu tháng 6.",
    "Phòng GD-ĐT các quận đang rà soát danh sách học sinh đăng ký dự thi.",
    "Giáo viên chủ nhiệm có trách nhiệm hướng dẫn học sinh điền phiếu nguyện vọng.",
    "Em Vũ Gia Bảo, học sinh lớp 9, chia sẻ em đã chọn nguyện vọng gần nhà.",
    "Hội đồng thi sẽ bố trí phòng thi riêng cho thí sinh khuyết tật.",
    "Lịch công bố kết quả chi tiết được đăng trên trang thông tin của sở.",
    "Ngoài ra, sở đề nghị phụ huynh không tin vào các lời mời chào chạy trường.",
    "Mọi thắc mắc được giải đáp qua đường dây nóng của phòng khảo thí.",
]
LEAD = "Bà Lương Thu Leadcap - hiệu trưởng nhà trường, trong buổi gặp mặt học sinh."
FUSED = [
    "Toàn cảnh buổi tư vấn Creditfuse (Ảnh: NGỌC ANH).",
    "Ông Phong (trái) trao đổi với phụ huynh Creditfuse.",
    "Các em học sinh Creditfuse - Ảnh: THU TRANG.",
]
TRAILERS = [
    " (Theo Hãng tin Trailermark)",
    " TRAILERMARK KHÔI - THU TRANG",
    " Xem thêm: Trailermark tiêu đề của một bài khác",
    " (Tổng hợp)",
    "",
]
LAST_ROW = max(make.BODY_ROWS.stop, make.RELATED_ROWS.stop) - 1


def _related_article(n):
    head = "Ảnh minh hoạ cho sự kiện số %d ở một thành phố ven biển. " % n
    body = " ".join("Người dân địa phương số %d kể lại diễn biến thứ %d của sự việc." % (n, j)
                    for j in range(40))
    return head + body[:1200 - len(head) - 5] + " Beyondcut câu này nằm ngoài giới hạn cắt."


def _build_rows():
    rnd = random.Random("test38-synthetic")
    lines = {}
    expected = {}
    unusable = ["", "   ", "{not json", "[1, 2, 3]", json.dumps({"title": "  ", "article": "Unusablemark."}),
                json.dumps({"title": "Unusablemark", "article": 5}),
                json.dumps({"title": "Unusablemark"}), json.dumps("Unusablemark")]
    # related rows (some unusable)
    for j, i in enumerate(range(make.RELATED_ROWS.start, make.RELATED_ROWS.stop, 6)):
        if j % 7 == 3:
            lines[i] = unusable[j % len(unusable)]
            continue
        lines[i] = json.dumps({"id": "r%d" % i, "title": "Tin khác Reltitle%d về chuyện thời sự" % i,
                               "article": _related_article(i), "summary": "Summarymark %d." % i},
                              ensure_ascii=False)
    # body rows: usable ones at irregular positions, unusable ones between them
    body_positions = sorted(set([make.BODY_ROWS.start, LAST_ROW] +
                                rnd.sample(list(make.BODY_ROWS), 30)))
    for k, i in enumerate(body_positions):
        if k % 5 == 2:
            lines[i] = unusable[k % len(unusable)]
            continue
        story = rnd.sample(STORY, rnd.randint(6, 12))
        parts = ([LEAD] if k % 3 == 0 else []) + list(story)
        if k % 2 == 0:
            parts.insert(rnd.randint(1, len(parts) - 1), rnd.choice(FUSED))
        article = " ".join(parts) + TRAILERS[k % len(TRAILERS)]
        lines[i] = json.dumps({"id": "b%d" % i, "title": "Bodytitle%d tuyển sinh lớp 10" % i,
                               "article": article, "summary": "Summarymark tóm tắt."},
                              ensure_ascii=False)
        expected[i] = story
    # rows outside both ranges must never be used
    for i in list(range(0, 40)) + list(range(9_650, 9_700)) + list(range(9_900, 9_950)) + \
            list(range(13_850, 13_900)):
        lines[i] = json.dumps({"title": "Outsidemark %d" % i, "article": "Outsidemark câu chuyện."})
    return lines, expected


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory):
    lines, expected = _build_rows()
    text = "\n".join(lines.get(i, "") for i in range(LAST_ROW + 1))
    # after the last row it needs: a long tail, then a truncated gzip stream
    rnd = random.Random("test38-tail")
    tail = "\n".join(rnd.randbytes(48).hex() for _ in range(30_000))
    raw = gzip.compress((text + "\n" + tail + "\n").encode("utf-8"), compresslevel=1)
    path = tmp_path_factory.mktemp("t38") / "train.jsonl.gz"
    path.write_bytes(raw[:-2000])           # reading past the needed rows would fail
    pages = make.pages(path)
    return path, pages, expected


# ---------------------------------------------------------------- helpers

def _key(s):
    s = unicodedata.normalize("NFC", s).replace("\u200b", "")
    return re.sub(r"\s+", "", s).casefold()


def _plain(s):
    return unicodedata.normalize("NFC", s).replace("\u200b", "")


def _walk(page):
    """Assign every text line to body, furniture or unlabelled; return unlabelled count."""
    lines = page.text.split("\n")
    bi = fi = unlabelled = 0
    for ln in lines:
        if fi < len(page.furniture) and ln == page.furniture[fi][1]:
            fi += 1
            continue
        j, pos, ok = bi, 0, False
        while j < len(page.body) and ln.startswith(page.body[j], pos):
            pos += len(page.body[j])
            j += 1
            if pos == len(ln):
                ok = True
                break
            if ln[pos] != " ":
                break
            pos += 1
        if ok:
            bi = j
            continue
        unlabelled += 1
    assert bi == len(page.body), "body items not all found in order on their own lines"
    assert fi == len(page.furniture), "furniture not all found in text order"
    return unlabelled


# ---------------------------------------------------------------- tests

def test_make_py_is_pinned():
    assert hashlib.sha256(MAKE.read_bytes()).hexdigest() == TEST38_SHA256


def test_constants():
    assert make.SEED == 3838
    assert make.BODY_ROWS == range(13_900, 14_000)
    assert make.RELATED_ROWS == range(9_700, 9_900)
    assert make.RELATED_CUT == 1_200
    assert make.KINDS == ("byline", "credit", "caption", "related", "widget")
    assert 18 <= len(make.LAYOUTS) <= 24 and len(set(make.LAYOUTS)) == len(make.LAYOUTS)
    assert [f.name for f in make.Page.__dataclass_fields__.values()] == ["text", "body", "furniture", "layout"]


def test_one_page_per_usable_row_and_layout_cycle(synthetic):
    _, pages, expected = synthetic
    assert len(pages) == len(expected)
    for k, p in enumerate(pages):
        assert p.layout == make.LAYOUTS[k % len(make.LAYOUTS)]
    rows = sorted(expected)
    for p, row in zip(pages, rows):
        assert "Bodytitle%d " % row in _plain(p.text)


def test_page_contract(synthetic):
    _, pages, _ = synthetic
    for p in pages:
        lines = p.text.split("\n")
        assert p.text and all(ln and ln == ln.strip() for ln in lines)
        assert p.body
        for s in p.body:
            assert isinstance(s, str) and s and "\n" not in s and s in p.text
        body_keys = {_key(s) for s in p.body}
        for kind, line in p.furniture:
            assert kind in make.KINDS
            assert line in lines
            assert _key(line) not in body_keys
        assert _walk(p) <= 3


def test_body_is_exactly_the_story(synthetic):
    _, pages, expected = synthetic
    for p, row in zip(pages, sorted(expected)):
        got = _key("".join(p.body))
        want = _key("".join(expected[row]))
        assert got == want, row


def test_nothing_foreign_or_removed_leaks(synthetic):
    _, pages, _ = synthetic
    for p in pages:
        text = _plain(p.text)
        for mark in ("Beyondcut", "Summarymark", "Outsidemark", "Unusablemark", "Creditfuse"):
            assert mark not in text
        assert "Trailermark" not in text.replace("TRAILERMARK", "").replace("Hãng tin Trailermark", "")
        body = _plain(" ".join(p.body))
        for mark in ("Leadcap", "TRAILERMARK", "Trailermark", "Reltitle", "Bodytitle", "Ảnh:"):
            assert mark not in body
        own = re.findall(r"Bodytitle(\d+)", text)
        assert len(set(own)) == 1      # no other body row's text on the page


def test_related_material_used(synthetic):
    _, pages, _ = synthetic
    rel = [line for p in pages for kind, line in p.furniture if kind == "related"]
    assert any("Reltitle" in _plain(x) for x in rel)
    kinds = {kind for p in pages for kind, _ in p.furniture}
    assert kinds == set(make.KINDS)


def test_faults_on_about_a_quarter(synthetic):
    _, pages, _ = synthetic
    plan = make.fault_plan(synthetic[0])
    assert len(plan) == round(len(pages) * make.FAULT_SHARE)
    faulty = 0
    for p in pages:
        t = p.text
        if ("\u00a0" in t or "\u200b" in t or "  " in t or unicodedata.normalize("NFC", t) != t
                or any(re.search(r"[a-zà-ỹ]\.[A-ZĐ]", s) for s in p.body)):
            faulty += 1
    assert 1 <= faulty <= len(plan)


def test_deterministic_across_hash_seeds(synthetic):
    path, pages, _ = synthetic
    again = make.pages(path)
    assert [(p.text, p.body, p.furniture, p.layout) for p in again] == \
        [(p.text, p.body, p.furniture, p.layout) for p in pages]
    outs = []
    for seed in ("0", "4242"):
        res = subprocess.run([sys.executable, str(MAKE), str(path)], capture_output=True, text=True,
                             env={"PYTHONHASHSEED": seed, "PATH": ""}, timeout=60)
        assert res.returncode == 0, res.stderr
        outs.append(res.stdout)
    assert outs[0] == outs[1]
    buf = io.StringIO()
    with redirect_stdout(buf):
        assert make.main([str(path)]) == 0
    assert buf.getvalue() == outs[0]
    assert "pages: %d" % len(pages) in outs[0]
    for kind in make.KINDS:
        assert kind in outs[0]
