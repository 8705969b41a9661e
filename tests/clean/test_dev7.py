"""Well-formedness of the blind held-out cleaning set 7 (eval/clean_dev7/make.py).

Builds a tiny gzipped slice in tmp that keeps VietNews line numbers (blank lines elsewhere);
never reads ../shared.
"""
import gzip
import hashlib
import json
from pathlib import Path

import pytest
from scripts import load_script

MAKE = Path(__file__).resolve().parents[2] / "eval" / "clean_dev7" / "make.py"
# sha256 of eval/clean_dev7/make.py as frozen; any edit to the set's code must change this on purpose.
TEST7_SHA256 = "34c231fc29dfaddadeeb471b82e57b6047ee6d058c8fac1a28fb7b7840bb0eb7"

_ARTICLES = [
    ("Mưa lớn gây ngập nhiều tuyến phố ở thành phố Vinh",
     "Trận mưa lớn kéo dài từ chiều qua khiến nhiều tuyến phố ở TP. Vinh ngập sâu.",
     "Theo Trung tâm Khí tượng Thủy văn tỉnh Nghệ An, lượng mưa đo được phổ biến từ 80 đến 120 mm. "
     "Nhiều tuyến đường như Lê Lợi, Nguyễn Văn Cừ bị ngập từ 30 đến 50 cm. Người dân phải dắt xe máy qua "
     "các điểm ngập. Ông Nguyễn Văn H. (45 tuổi) cho biết nước rút chậm vì cống thoát bị tắc. "
     "Chính quyền địa phương đã huy động lực lượng khơi thông dòng chảy. Xem thêm: Mưa lớn ở miền Trung > > "
     "Dự báo trong hai ngày tới mưa sẽ giảm dần. Câu cuối bị cắt không có dấu"),
    ("Khánh thành cầu dân sinh tại xã vùng cao",
     "Cây cầu mới giúp hàng trăm hộ dân đi lại thuận tiện hơn trong mùa mưa lũ.",
     "Cầu dài 60 m, rộng 3,5 m, được xây dựng bằng nguồn vốn xã hội hóa. Trước đây, người dân phải lội "
     "suối để sang bên kia canh tác. Mùa mưa, nhiều học sinh phải nghỉ học vì nước suối dâng cao. "
     "Tại lễ khánh thành, đại diện chính quyền xã cảm ơn các nhà hảo tâm đã chung tay. Ảnh: Minh Anh"),
    ("Bắt giữ nhóm đối tượng trộm cắp tài sản",
     "Công an huyện vừa bắt giữ ba đối tượng liên quan đến nhiều vụ trộm cắp tài sản.",
     "Các đối tượng thường lợi dụng đêm tối để đột nhập nhà dân. Tang vật thu giữ gồm hai xe máy và nhiều "
     "điện thoại di động. Bước đầu, các đối tượng đã khai nhận hành vi phạm tội. Vụ việc đang được cơ quan "
     "chức năng tiếp tục điều tra làm rõ."),
]


def _load_make():
    return load_script(MAKE, "clean_dev7_make")


@pytest.fixture(scope="module")
def make():
    return _load_make()


@pytest.fixture(scope="module")
def slice_path(tmp_path_factory) -> Path:
    lines = [""] * 14000
    for k in range(12):
        title, summary, article = _ARTICLES[k % len(_ARTICLES)]
        lines[13000 + k] = json.dumps({"id": k, "title": title, "summary": summary, "article": article},
                                      ensure_ascii=False)
    lines[13012] = "{}"
    for k in range(6):
        title, summary, article = _ARTICLES[(k + 1) % len(_ARTICLES)]
        lines[13300 + 5 * k] = json.dumps({"id": 100 + k, "title": f"{title} ({k})", "summary": summary,
                                           "article": article}, ensure_ascii=False)
    path = tmp_path_factory.mktemp("test7") / "slice.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    return path


def test_deterministic_and_one_page_per_usable_row(make, slice_path):
    first, second = make.pages(slice_path), make.pages(slice_path)
    assert len(first) == 12
    assert [(p.text, p.body, p.furniture, p.layout) for p in first] == \
           [(p.text, p.body, p.furniture, p.layout) for p in second]
    assert len({p.layout for p in first}) == 10


def test_furniture_and_body_are_in_the_text(make, slice_path):
    for page in make.pages(slice_path):
        lines = page.text.split("\n")
        assert 8 <= len(page.furniture) <= 15
        for kind, line in page.furniture:
            assert kind in make.KINDS
            assert line in lines
        furniture_lines = {line for _, line in page.furniture}
        body_lines = [line for line in lines if line not in furniture_lines]
        for sentence in page.body:
            assert any(sentence in line for line in body_lines), sentence
        assert page.body and all(s.rstrip("\"”’)")[-1] in ".!?…" for s in page.body)


def test_source_junk_stays_out(make, slice_path):
    for page in make.pages(slice_path):
        assert not any(j in s for s in page.body for j in ("Xem thêm", "> >", "Ảnh:", "không có dấu"))


def test_sentence_cut_keeps_abbreviations_and_merges_short_pieces(make):
    got = make.split_sentences("TP. Hà Tĩnh có mưa lớn. Ông Nguyễn Văn H. cho biết như vậy. Rất tốt. "
                               "Ngày 5/6 trời nắng trở lại.")
    assert got == ["TP. Hà Tĩnh có mưa lớn.", "Ông Nguyễn Văn H. cho biết như vậy. Rất tốt.",
                   "Ngày 5/6 trời nắng trở lại."]


def test_make_py_is_frozen():
    assert hashlib.sha256(MAKE.read_bytes()).hexdigest() == TEST7_SHA256
