"""Tests for eval/clean_dev43 (written blind as clean_test43, now a dev set; synthetic data only; never reads /work/shared)."""
import gzip
import hashlib
import importlib.util
import json
import unicodedata
from pathlib import Path

import pytest

MAKE = Path(__file__).resolve().parents[2] / "eval" / "clean_dev43" / "make.py"
TEST43_SHA256 = "4d1294ac3ca4b6ed022cf30fa462b56d7f93dbdf7ac24f59627d3e4716db8068"


@pytest.fixture(scope="module")
def make():
    spec = importlib.util.spec_from_file_location("clean_dev43_make", MAKE)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


ARTICLE = (
    "Sáng 3/4, đoàn kiểm tra của TP. Hà Nội đã đến ba cơ sở sản xuất nước đá ở huyện Gia Lâm. "
    "Theo TS. Nguyễn Văn An, trưởng đoàn, cả ba cơ sở đều chưa có giấy chứng nhận đủ điều kiện an toàn thực phẩm. "
    "Cơ sở sản xuất nước đá ở Gia Lâm. Ảnh: Lan Anh "
    "\" Chúng tôi sẽ xử lý nghiêm các vi phạm theo quy định \", ông An nói. "
    "Lực lượng chức năng đã lập biên bản và tạm đình chỉ hoạt động của hai cơ sở trong thời gian điều tra. "
    "Người dân được khuyến cáo chỉ mua nước đá có nguồn gốc rõ ràng tại các cửa hàng uy tín. "
    "Trước đó, cơ quan y tế phát hiện nhiều mẫu nước đá nhiễm khuẩn vượt mức cho phép nhiều lần. "
    "Xem thêm: Nước đá bẩn tràn lan "
    "Minh Châu - Hải Yến"
)
RELATED = (
    "Chiều qua, mưa lớn kéo dài khiến nhiều tuyến phố ở trung tâm thành phố ngập sâu. "
    "Hàng trăm xe máy chết máy giữa đường khi người dân cố đi qua vùng ngập. "
    "Công ty thoát nước cho biết đã huy động toàn bộ máy bơm để giải quyết điểm ngập. "
) * 12


def _row(i, title, article):
    return json.dumps({"id": f"x{i}", "title": title, "article": article, "summary": "x"}, ensure_ascii=False)


BODY_USABLE = [18_200, 18_201, 18_203, 18_230, 18_250, 18_260, 18_280, 18_299]
BAD = {18_202: "", 18_204: "not json", 18_205: "[1, 2]",
       18_206: _row(0, "  ", ARTICLE), 18_207: json.dumps({"title": "T", "article": 5})}
LAST = 18_299


@pytest.fixture(scope="module")
def train(tmp_path_factory):
    path = tmp_path_factory.mktemp("t43") / "train.jsonl.gz"
    lines = []
    for i in range(LAST + 12):
        if i in BODY_USABLE:
            lines.append(_row(i, f"Tin thử số {i} về kiểm tra nước đá", ARTICLE.replace("ba cơ sở", f"{i % 7 + 3} cơ sở")))
        elif i in BAD:
            lines.append(BAD[i])
        elif 9_800 <= i < 9_900 and i % 3 == 0:
            lines.append(_row(i, f"Mưa lớn gây ngập phố, tin số {i}", RELATED.replace("Chiều qua", f"Chiều {i % 28 + 1}/5")))
        elif i > LAST:
            lines.append("{broken after the last needed row")
        else:
            lines.append("{}")
    with gzip.open(path, "wb") as fh:
        fh.write("\n".join(lines).encode("utf-8"))
    return path


def _nk(s):
    s = unicodedata.normalize("NFC", s).replace("\u200b", "")
    return "".join(s.split()).casefold()


def test_contract(make, train):
    ps = make.pages(train)
    assert len(ps) == len(BODY_USABLE)
    names = [l.name for l in make.LAYOUTS]
    assert 16 <= len(names) <= 20 and len(set(names)) == len(names)
    for k, p in enumerate(ps):
        assert p.layout == names[k % len(names)]
        lines = p.text.split("\n")
        assert all(ln and ln == ln.strip() for ln in lines)
        assert p.body
        for s in p.body:
            assert "\n" not in s and s in p.text
        body_keys = {_nk(s) for s in p.body}
        for kind, line in p.furniture:
            assert kind in make.KINDS and line in lines
            assert _nk(line) not in body_keys
        assert len(lines) - len(p.furniture) - sum(1 for ln in lines if any(s in ln for s in p.body)) <= 3
        joined = " ".join(p.body)
        assert "Xem thêm" not in joined and "Ảnh:" not in joined and "Minh Châu" not in joined
        assert any(_nk("Minh Châu - Hải Yến") in _nk(line) for kind, line in p.furniture if kind == "byline")
        assert any(_nk("Nước đá bẩn tràn lan") == _nk(line) for kind, line in p.furniture if kind == "related")
        assert any(kind == "caption" and _nk("Cơ sở sản xuất nước đá ở Gia Lâm.") in _nk(line) for kind, line in p.furniture)
        make.check_page(p)


def test_splitter(make):
    s = make.split_sentences("Ông đến TP. Hà Nội hôm qua. \" Tôi vui \", ông nói. TS. Lê A cho biết vậy. Châu Á. Xong rồi.")
    assert s == ["Ông đến TP. Hà Nội hôm qua.", "\" Tôi vui \", ông nói.", "TS. Lê A cho biết vậy.", "Châu Á.", "Xong rồi."]


def test_deterministic_and_single_read(make, train, monkeypatch):
    opened, consumed = [], []
    real_open = make.gzip.open

    class Counting:
        def __init__(self, fh):
            self.fh = fh

        def __enter__(self):
            return self

        def __exit__(self, *a):
            self.fh.close()

        def __iter__(self):
            for i, line in enumerate(self.fh):
                consumed.append(i)
                yield line

    def fake_open(path, mode="rb", *a, **k):
        opened.append(path)
        return Counting(real_open(path, mode, *a, **k))

    monkeypatch.setattr(make.gzip, "open", fake_open)
    a = make.pages(train)
    assert len(opened) == 1
    assert max(consumed) == LAST and len(consumed) == LAST + 1
    monkeypatch.undo()
    b = make.pages(train)
    assert a == b


def test_sha256_pinned():
    assert hashlib.sha256(MAKE.read_bytes()).hexdigest() == TEST43_SHA256
