"""The held-out cleaning test: pages made by a procedure of their own, frozen before any rule work.

Written (code, layouts and every wording below) in one go before the issue-21 changes to
``src/vnsumm/clean`` and never read again while those were made; ``tests/clean/test_bench.py``
checks this file's hash. It shares no code with ``eval/clean_styles/make_split.py`` or the dev page
maker in ``eval/clean_bench.py`` and imports nothing from vnsumm (its own sentence cut, so changes to
the cleaner's splitter cannot move the answer key).

Bodies: vietnews_train articles 19,000-19,299 (the line classifier trains on 0-14,999, the dev
bench takes related items from 15,000-17,999); related headlines and teasers: articles
18,000-18,999. Each page is one of four layouts (wire story, photo story, aggregator repost,
magazine), and every furniture line is labelled with its kind: ``byline`` (names, agencies),
``credit`` (the outlet the text came from), ``caption``, ``related`` (headlines, pipe-joined rows,
teasers cut with "…"), ``widget`` (markers, share rows, footers, stamps, navigation).

    pages(train_path) -> list[Page]     # deterministic (seed 2121)
"""
from __future__ import annotations

import gzip
import json
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

SEED = 2121
BODY_RANGE = (19_000, 19_300)
RELATED_RANGE = (18_000, 19_000)

NAMES = [
    "Nguyễn Hạnh", "Trần Linh", "Đỗ Quyên", "Vũ Tiến", "Hoàng Sơn", "Lương Hà", "Phan Dương", "Bùi Nam",
    "Tô Hải", "Đinh Thoa", "Cao Kỳ", "Lý Tâm", "Trịnh Phúc", "Mạc Lan", "Kiều Oanh", "Hồ Giang",
    "Dương Khải", "Tạ Ninh", "La Phong", "Võ Thành Đạt", "Châu Ngọc Bích", "Lê Hoài Thu", "Quách Mỹ",
    "Ông Văn Tài", "Phùng Thảo", "Hà Vy", "Triệu Lộc", "Tăng Hòa", "Lâm Như Ý", "Diệp Bảo",
]
AGENCIES = ["TTXVN", "AFP", "Reuters", "AP", "Xinhua", "Bloomberg", "Yonhap", "Kyodo", "CNN", "BBC", "Sputnik"]
OUTLETS = [
    "Báo Đắk Lắk", "Báo Quảng Ninh", "Người Đô Thị", "Znews", "Kenh14", "Soha", "CafeF", "Vietnam+",
    "VTC News", "Dân Việt", "Lao Động Thủ Đô", "Infonet", "Báo Giao thông", "Thời báo Tài chính",
    "Báo Bình Dương", "Đài PT-TH Hà Tĩnh", "Báo Phú Thọ", "Tạp chí Kinh tế Sài Gòn", "VietnamFinance", "Doanh nhân Sài Gòn",
]
CAPTIONS = [
    "Lãnh đạo địa phương trao đổi với người dân bên lề sự kiện", "Một góc khu đất bị bỏ hoang nhiều năm",
    "Xe cứu hỏa được điều động tới hiện trường", "Phụ huynh chờ đón con trước cổng trường",
    "Hàng hóa ùn ứ tại cửa khẩu", "Các vận động viên trên đường chạy", "Công nhân làm việc trong ca đêm",
    "Nước lũ tràn qua ngầm tràn", "Sản phẩm OCOP được giới thiệu tới du khách", "Đoàn công tác khảo sát thực địa",
    "Tiểu thương sắp xếp hàng hóa tại chợ đầu mối", "Bác sĩ thăm khám cho bệnh nhi",
    "Máy bay hạ cánh xuống sân bay quốc tế", "Người dân xếp hàng làm thủ tục", "Tang vật vụ án được niêm phong",
    "Khung cảnh thành phố nhìn từ trên cao", "Cán bộ kiểm lâm tuần tra trong rừng", "Chủ tịch nước tiếp đoàn đại biểu",
    "Đàn gia súc trên cánh đồng cỏ", "Cửa hàng trưng bày điện thoại thế hệ mới",
]


@dataclass
class Page:
    text: str
    body: list[str]  # the story's sentences (this file's own cut), in order
    furniture: list[tuple[str, str]] = field(default_factory=list)  # (kind, line)
    layout: str = ""


def _sentences(text: str) -> list[str]:
    """A plain cut after . ! ? followed by a capital letter or a digit (no abbreviation list)."""
    parts = re.split(r"(?<=[.!?])\s+(?=[\"“(]?[A-ZĐÀ-Ỹ0-9])", " ".join(text.split()))
    return [p for p in parts if p]


def _read(path: Path, lo: int, hi: int) -> list[dict]:
    out = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i >= hi:
                break
            if i >= lo and line.strip():
                out.append(json.loads(line))
    return out


class _Maker:
    def __init__(self, rng: random.Random, related: list[dict]):
        self.rng, self.related = rng, related
        self.lines: list[str] = []
        self.furniture: list[tuple[str, str]] = []

    def add(self, kind: str, line: str) -> None:
        self.lines.append(line)
        self.furniture.append((kind, line))

    def name(self) -> str:
        return self.rng.choice(NAMES)

    def other(self) -> dict:
        return self.rng.choice(self.related)

    def teaser(self) -> str:
        words = " ".join(self.other()["article"].split()[:60]).split()
        cut = self.rng.randint(12, 35)
        return " ".join(words[:cut]).rstrip(",;:.") + self.rng.choice(["…", "...", " …"])

    def byline(self) -> str:
        r = self.rng
        a, b, agency = self.name(), self.name(), r.choice(AGENCIES)
        shape = r.randrange(8)
        if shape == 0:
            return a.upper()
        if shape == 1:
            return f"{a.upper()} - {b.upper()}"
        if shape == 2:
            return f"{a} - {b}"
        if shape == 3:
            return f"{a} ({agency})"
        if shape == 4:
            return f"{a.upper()} ({agency})"
        if shape == 5:
            return f"{a} - {b} ({agency})"
        if shape == 6:
            return agency
        return f"{a}/{agency}"

    def credit(self) -> str:
        outlet = self.rng.choice(OUTLETS)
        return self.rng.choice([
            f"Theo {outlet}", f"Nguồn: {outlet}", f"(Theo {outlet})", f"Theo {outlet} - {self.name()}",
            f"Lược dịch từ {outlet}", f"Bài gốc đăng trên {outlet}", f"Nguồn bài viết: {outlet}",
            f"Theo {self.rng.choice(AGENCIES)}", f"* Theo {outlet}",
        ])

    def caption(self) -> str:
        r = self.rng
        cap, who = r.choice(CAPTIONS), r.choice([self.name(), r.choice(AGENCIES), r.choice(OUTLETS)])
        return r.choice([
            f"{cap} (Ảnh: {who})", f"{cap}. (Ảnh: {who})", f"{cap} (ảnh: {who})", f"{cap} (Ảnh minh họa: {who})",
            f"{cap}. (Ảnh: {who}/{r.choice(AGENCIES)})", f"{cap} (Nguồn ảnh: {who})", f"{cap} ({r.choice(AGENCIES)})",
            f"{cap}. Ảnh: {who.upper()}", f"{cap} (Ảnh: {self.name()} - {self.name()})",
        ])

    def pipe_row(self) -> str:
        return " | ".join(self.other()["title"] for _ in range(self.rng.randint(2, 4)))

    def related_block(self) -> None:
        r = self.rng
        style = r.randrange(5)
        if r.random() < 0.6:
            self.add("widget", r.choice(["Mời quý độc giả xem thêm", "Tin bài khác cùng chủ đề", "Bài cùng tác giả",
                                         "XEM THÊM CÁC TIN KHÁC", "Tin liên quan khác", "Đọc nhiều trong tuần"]))
        for _ in range(r.randint(2, 5)):
            item = self.other()
            if style == 0:
                self.add("related", self.pipe_row())
            elif style == 1:
                self.add("related", item["title"])
                self.add("related", self.teaser())
            elif style == 2:
                self.add("related", self.teaser())
            elif style == 3:
                self.add("related", f"{item['title']} ({r.randint(1, 28)}/{r.randint(1, 12)})")
            else:
                self.add("related", f"{item['title']} - {r.choice(OUTLETS)}")

    def widgets_end(self) -> None:
        r = self.rng
        for _ in range(r.randint(0, 3)):
            self.add("widget", r.choice([
                "Chia sẻ lên Facebook", "Gửi bài cho bạn bè", "Ý kiến độc giả (0)", "Xem phiên bản di động",
                "Bản quyền nội dung thuộc tòa soạn", "Mọi hình thức sao chép phải ghi rõ nguồn",
                f"Tòa soạn: {r.randint(1, 200)} Trần Hưng Đạo, TP Huế", "Lên đầu trang ↑", "Tags: kinh tế | xã hội",
                "Đánh giá bài viết ★★★★★", f"{r.randint(2, 900)} người đã đọc",
            ]))


def _paragraphs(rng: random.Random, sentences: list[str]) -> list[list[str]]:
    out, i = [], 0
    while i < len(sentences):
        n = rng.randint(1, 3)
        out.append(sentences[i:i + n])
        i += n
    return out


def make_page(rng: random.Random, article: dict, related: list[dict]) -> Page:
    m = _Maker(rng, related)
    sentences = _sentences(article["article"])
    paras = _paragraphs(rng, sentences)
    layout = rng.choice(["wire", "photo", "repost", "magazine"])
    if layout == "magazine" and rng.random() < 0.7:
        m.add("widget", rng.choice(["Đời sống › Gia đình", "Kinh tế | Thị trường", "Trang nhất / Xã hội"]))
    m.lines.append(article["title"])
    if layout == "wire":
        m.add("widget", f"Ngày {rng.randint(1, 28)} tháng {rng.randint(1, 12)} năm {rng.randint(2019, 2025)}")
        if rng.random() < 0.5:
            m.add("byline", m.byline())
    elif layout == "magazine":
        m.add("byline", m.byline())
    for k, para in enumerate(paras):
        m.lines.append(" ".join(para))
        last = k == len(paras) - 1
        if not last and layout in ("photo", "magazine") and rng.random() < 0.35:
            m.add("caption", m.caption())
        elif not last and layout == "wire" and rng.random() < 0.12:
            m.add("related", m.pipe_row())
    if layout == "photo" and rng.random() < 0.5:
        m.add("caption", m.caption())
    if layout in ("wire", "photo") or rng.random() < 0.3:
        m.add("byline", m.byline())
    if layout == "repost" or rng.random() < 0.3:
        m.add("credit", m.credit())
    for _ in range(rng.randint(1, 2)):
        m.related_block()
    m.widgets_end()
    sep = rng.choice(["\n", "\n\n", "\n\n"])
    return Page(sep.join(m.lines) + "\n", sentences, m.furniture, layout)


def pages(train_path: Path) -> list[Page]:
    """The held-out pages, in a fixed order."""
    rng = random.Random(SEED)
    related = [a for a in _read(train_path, *RELATED_RANGE) if a.get("title")]
    bodies = _read(train_path, *BODY_RANGE)
    return [make_page(rng, a, related) for a in bodies if a.get("title") and a.get("article")]


if __name__ == "__main__":
    import sys

    for page in pages(Path(sys.argv[1]))[:2]:
        print(page.layout, len(page.body), len(page.furniture))
