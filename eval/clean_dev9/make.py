"""Held-out cleaner test set 9 (issue 21), written blind.

Builds one scraped-news page per usable VietNews train row 16,000-16,299 (the story body) in one
of twelve site layouts, with furniture (bylines, credits, captions, related lists and widgets)
whose other stories' titles and sentences come from train rows 16,300-16,999.
"""

from __future__ import annotations

import gzip
import json
import random
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

BODY_ROWS = range(16_000, 16_300)
RELATED_ROWS = range(16_300, 17_000)
KINDS = ("byline", "credit", "caption", "related", "widget")
LAYOUTS = (
    "vnexpress", "tuoitre", "thanhnien", "dantri", "vietnamnet", "znews", "cafef", "kenh14", "gov_portal",
    "amp_mobile", "forum_repost", "print_export", "provincial",
)


@dataclass
class Page:
    text: str
    body: list[str]
    furniture: list[tuple[str, str]] = field(default_factory=list)
    layout: str = ""


@dataclass
class Story:
    row: int
    title: str
    sentences: list[str]
    summary: str


# ---------------------------------------------------------------- reading and splitting
_ABBREV = {
    "TP", "Tp", "ThS", "Th.S", "TS", "PGS", "GS", "BS", "KS", "Q", "P", "St", "Mr", "Mrs", "Dr", "Ms", "U",
    "S", "Co", "Ltd", "Inc", "Jr", "No", "TT", "PGS.TS", "GS.TS",
}
_BOUNDARY = re.compile(r"(?<=[.!?…])\s+(?=\S)")
_INITIALS = re.compile(r"^(?:[A-ZĐ]\.)*[A-ZĐ]$")


def split_sentences(article: str) -> list[str]:
    """Split one article into sentences (my own rule: end mark, space, capital or digit)."""
    text = re.sub(r"\s+", " ", article).strip()
    out: list[str] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        nxt = text[m.end()]
        if not (nxt.isupper() or nxt.isdigit()):
            continue
        piece = text[start : m.start()]
        last = piece.rsplit(" ", 1)[-1].strip("(.")
        if last in _ABBREV or _INITIALS.match(last):
            continue
        out.append(piece)
        start = m.end()
    out.append(text[start:])
    merged: list[str] = []
    for s in (s.strip() for s in out):
        if not s:
            continue
        if merged and len(s) < 12:
            merged[-1] = merged[-1] + " " + s
        else:
            merged.append(s)
    return merged


def _rows(train_path: Path, wanted: range):
    with gzip.open(train_path, "rt", encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if n >= wanted.stop:
                break
            if n < wanted.start or not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(row, dict) and str(row.get("article") or "").strip():
                yield n, row


# ---------------------------------------------------------------- word stock
_FAMILY = [
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương",
    "Lý", "Phan", "Trịnh", "Đinh", "Mai", "Lương",
]
_MIDDLE = [
    "Văn", "Thị", "Minh", "Thanh", "Ngọc", "Hữu", "Đức", "Thu", "Quang", "Hồng", "Hoài", "Kim", "Bảo", "Xuân",
    "Thùy",
]
_GIVEN = [
    "Anh", "Hùng", "Sơn", "Hà", "Lan", "Hương", "Tuấn", "Nam", "Trang", "Phong", "Hải", "Dũng", "Linh", "Mai",
    "Thảo", "Khánh", "Hiếu", "Quân", "Ngân", "Phương", "Long", "Tâm", "Vy", "Đạt", "Huy", "Nhung", "Yến",
    "Trung", "Hiền", "Khoa",
]
_AGENCY = [
    "Reuters", "AFP", "AP", "Bloomberg", "CNN", "BBC", "TTXVN", "Yonhap", "Tân Hoa Xã", "Kyodo",
    "Nikkei Asia", "SCMP", "The Guardian", "New York Times", "Al Jazeera", "CNBC",
]
_PAPER = [
    "Tuổi Trẻ", "Thanh Niên", "VnExpress", "Dân trí", "VietNamNet", "Lao Động", "Zing", "Người Lao Động",
    "Tiền Phong", "Pháp Luật TP.HCM", "Trí Thức Trẻ", "Nhịp sống kinh tế", "Doanh nghiệp & Tiếp thị",
    "Vietnam Finance", "Kinh tế & Đô thị", "Đầu tư Chứng khoán",
]
_SCENES = [
    "Quang cảnh buổi làm việc.", "Người dân xếp hàng chờ làm thủ tục tại trụ sở.",
    "Các đại biểu tham dự hội nghị.", "Lực lượng chức năng kiểm tra hiện trường.",
    "Một góc khu vực được đề cập trong bài.", "Công nhân làm việc tại nhà máy.",
    "Khách hàng mua sắm tại một siêu thị ở TP.HCM.", "Phương tiện di chuyển trên tuyến đường chính.",
    "Toàn cảnh phiên họp sáng nay.", "Hàng hóa được bốc xếp tại cảng Cát Lái.",
    "Học sinh trong giờ học trên lớp.", "Bệnh nhân được chăm sóc tại bệnh viện.",
    "Người dân theo dõi bảng điện tử tại một công ty chứng khoán.", "Dự án đang trong quá trình thi công.",
    "Nông dân thu hoạch trên cánh đồng.", "Cảnh sát phong tỏa khu vực sau vụ việc.",
]
_COMMENTS = [
    "Bài viết rất hay, cảm ơn tác giả.", "Mong cơ quan chức năng sớm vào cuộc xử lý dứt điểm.",
    "Tôi thấy chuyện này không có gì mới, năm nào cũng vậy.", "Người dân mới là người chịu thiệt nhất.",
    "Đọc xong thấy buồn cho những người trong cuộc.", "Cần có chế tài mạnh hơn nữa thì mới hiệu quả.",
    "Hy vọng lần này sẽ làm được đến nơi đến chốn.", "Ai chịu trách nhiệm cho việc này?",
    "Doanh nghiệp Việt cần học bài học này.", "Chúc mừng, một tin vui cho cả nước!",
]


def _name(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return f"{rng.choice([m for m in _MIDDLE if m not in ('Văn', 'Thị')])} {rng.choice(_GIVEN)}"
    return f"{rng.choice(_FAMILY)} {rng.choice(_MIDDLE)} {rng.choice(_GIVEN)}"


def _domain(paper: str) -> str:
    """An ascii host name for a paper: "Người Lao Động" -> "nguoilaodong.vn"."""
    plain = unicodedata.normalize("NFD", paper.replace("Đ", "D").replace("đ", "d"))
    return "".join(c for c in plain.lower() if c.isascii() and c.isalnum()) + ".vn"


def _date(rng: random.Random) -> tuple[int, int, int, int, int, str]:
    y, m, d = rng.choice([2017, 2018, 2019]), rng.randint(1, 12), rng.randint(1, 28)
    wd = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"][rng.randrange(7)]
    return d, m, y, rng.randint(5, 23), rng.randint(0, 59), wd


def _tags(story: Story, rng: random.Random) -> list[str]:
    caps = re.findall(r"(?:[A-ZĐ][\wÀ-ỹ]*(?: [A-ZĐ][\wÀ-ỹ]*)+|[A-Z]{2,})", story.title)
    words = story.title.split()
    tags = caps[:3] + [" ".join(words[i : i + 2]).lower() for i in range(0, min(len(words), 6), 2)]
    return [t for t in dict.fromkeys(tags) if t][: rng.randint(2, 5)]


def _entity(story: Story, rng: random.Random) -> str | None:
    """A person ("ông/bà" + 2-4 capitalised words) or a 3-4 word capitalised name from the story."""
    found: list[str] = []
    for sent in story.sentences[:20]:
        words = sent.split()
        i = 1
        while i < len(words):
            j = i
            while j < len(words) and j - i < 4 and words[j][:1].isupper() and words[j].isalpha():
                j += 1
            before = words[i - 1].lower()
            if before in ("ông", "bà") and j - i >= 2:
                found.append(f"{before} {' '.join(words[i:j])}")
            elif j - i >= 3 and before.isalpha():
                found.append(" ".join(words[i:j]))
            i = max(j, i + 1)
    return rng.choice(found) if found else None


def _caption(story: Story, rng: random.Random, credit: bool = True) -> str:
    ent = _entity(story, rng)
    r = rng.random()
    if ent and r < 0.5:
        if ent.lower().startswith(("ông ", "bà ")):
            ent = ent[0].upper() + ent[1:]
            text = rng.choice(
                [
                    "{e} phát biểu tại sự kiện.", "{e} trả lời báo chí bên lề hội nghị.",
                    "{e} trong một buổi làm việc gần đây.", "{e} cho biết sẽ sớm có giải pháp.",
                ]
            )
        else:
            text = rng.choice(
                [
                    "Trụ sở {e}.", "Hình ảnh liên quan đến {e}.", "{e} trong một sự kiện gần đây.",
                    "Đại diện {e} tại buổi công bố.",
                ]
            )
        text = text.format(e=ent)
    elif r < 0.65 and story.summary and len(first := split_sentences(story.summary)[0]) < 160:
        text = first
    elif (
        r < 0.85
        and len(clause := rng.choice(story.sentences).split(",")[0].rstrip(".")) > 35
        and len(clause.split()) > 4
    ):
        text = clause + "."
    else:
        text = rng.choice(_SCENES)
    if credit:
        text += rng.choice(
            [
                " Ảnh: {a}", " (Ảnh: {a})", " - Ảnh: {n}", " Ảnh: {n}", " Ảnh: NVCC", " Ảnh: Internet",
                " (Ảnh minh họa)", " Ảnh chụp màn hình.",
            ]
        ).format(a=rng.choice(_AGENCY), n=_name(rng))
    return text


# ---------------------------------------------------------------- page assembly
class Builder:
    """Collects (kind, line) pairs; kind is a furniture kind or title/date/source/body."""

    def __init__(self, story: Story, related: list[Story], rng: random.Random):
        self.story, self.rng, self.lines = story, rng, []
        self.related = related

    def add(self, kind: str, *lines: str) -> None:
        for line in lines:
            self.lines.extend((kind, part) for part in line.split("\n"))

    def rel(self, k: int) -> list[Story]:
        pool = [s for s in self.related if s.title != self.story.title]
        return self.rng.sample(pool, min(k, len(pool)))

    def titles(self, k: int, fmt: str = "{t}", header: str | None = None, kind: str = "related") -> None:
        items = self.rel(k)
        if items and header:
            self.add(kind, header)
        for i, s in enumerate(items, 1):
            self.add(kind, fmt.format(t=s.title, i=i, s=s.sentences[0], m=s.summary or s.sentences[0]))

    def teasers(self, k: int, header: str | None = None) -> None:
        items = self.rel(k)
        if items and header:
            self.add("related", header)
        for s in items:
            self.add("related", s.title)
            self.add("related", s.summary if s.summary and self.rng.random() < 0.6 else s.sentences[0])

    def body(self, between=None, max_par: int = 4) -> None:
        """Emit paragraphs; `between(i, n)` may add furniture after paragraph i of n."""
        sents, rng, paras, i = self.story.sentences, self.rng, [], 0
        while i < len(sents):
            k = rng.randint(1, max_par)
            paras.append(sents[i : i + k])
            i += k
        for n, para in enumerate(paras):
            self.add("body", " ".join(para))
            if between and n < len(paras) - 1:
                between(n, len(paras))

    def page(self, layout: str) -> Page:
        body_sents = self.story.sentences
        furniture: list[tuple[str, str]] = []
        text_lines: list[str] = []
        for kind, line in self.lines:
            if not line.strip():
                continue
            if kind in KINDS:
                if any(s in line for s in body_sents):
                    continue  # a furniture line may never carry a story sentence
                furniture.append((kind, line))
            text_lines.append(line)
        return Page(text="\n".join(text_lines), body=list(body_sents), furniture=furniture, layout=layout)


def _images(b: Builder, every: float, credit_line: bool = False):
    def between(i: int, n: int) -> None:
        if b.rng.random() < every:
            if credit_line:
                b.add("caption", _caption(b.story, b.rng, credit=False))
                b.add(
                    "credit",
                    b.rng.choice(["Ảnh: ", "Ảnh: ", "Nguồn ảnh: ", "Đồ họa: "])
                    + b.rng.choice([_name(b.rng), b.rng.choice(_AGENCY)]),
                )
            else:
                b.add("caption", _caption(b.story, b.rng))

    return between


_ADS = [
    "Ưu đãi lên đến 50% phí thường niên cho khách hàng mở thẻ trong tháng này.",
    "Mở tài khoản chứng khoán online chỉ trong 5 phút, miễn phí giao dịch 3 tháng đầu.",
    "Căn hộ cao cấp ven sông, thanh toán 30% nhận nhà ngay.",
    "Khám sức khỏe tổng quát trọn gói, đặt lịch ngay hôm nay để nhận ưu đãi.",
    "Vay tiêu dùng lãi suất từ 0,9%/tháng, giải ngân trong 24 giờ.",
]


def _ad(b: Builder) -> None:
    b.add("widget", b.rng.choice(["Quảng cáo", "ADVERTISEMENT", "Nội dung tài trợ", "Tài trợ"]))
    if b.rng.random() < 0.6:
        b.add("widget", b.rng.choice(_ADS))
        if b.rng.random() < 0.5:
            b.add("widget", b.rng.choice(["Xem chi tiết", "Đăng ký ngay", "Tìm hiểu thêm"]))


def _comments(b: Builder, k: int) -> None:
    r = b.rng
    b.add("widget", f"Ý kiến ({k})" if k else "Ý kiến (0)", "Mới nhất", "Quan tâm nhất")
    for comment in r.sample(_COMMENTS, k):
        b.add("widget", _name(r) if r.random() < 0.7 else r.choice(["quangminh_2k", "bacsi_x", "oanh.nt"]))
        b.add("widget", comment)
        b.add(
            "widget",
            f"Thích  Trả lời  {r.randint(1, 23)} giờ trước" if r.random() < 0.7 else f"{r.randint(2, 400)} Thích",
        )


def _newsletter(b: Builder) -> None:
    b.add(
        "widget",
        b.rng.choice(
            [
                "Đăng ký nhận bản tin mỗi sáng để không bỏ lỡ những tin tức quan trọng nhất trong ngày.",
                "Nhận tin nóng qua email, hoàn toàn miễn phí.",
                "Tải ứng dụng để nhận thông báo khi có tin mới.",
            ]
        ),
    )
    b.add("widget", b.rng.choice(["Email của bạn", "Nhập email"]), "Đăng ký")


def _poll(b: Builder) -> None:
    b.add(
        "widget",
        "Bình chọn",
        b.rng.choice(
            [
                "Bạn có ủng hộ đề xuất này không?", "Theo bạn, giải pháp nào hiệu quả nhất?",
                "Bạn đánh giá thế nào về thông tin trong bài?",
            ]
        ),
    )
    b.add("widget", "Ủng hộ", "Không ủng hộ", "Ý kiến khác", "Biểu quyết", "Xem kết quả")


def _vnexpress(b: Builder) -> None:
    r, (d, m, y, hh, mm, wd) = b.rng, _date(b.rng)
    b.add(
        "widget", "Mới nhất", "Tin theo khu vực", "International",
        "Thời sự  Góc nhìn  Thế giới  Video  Kinh doanh  Bất động sản  Khoa học  Giải trí  Thể thao  Pháp luật  Giáo dục  Sức khỏe",
    )
    b.add("widget", r.choice(["Kinh doanh", "Thế giới", "Thời sự", "Pháp luật"]))
    b.add("date", f"{wd}, {d}/{m}/{y}, {hh:02d}:{mm:02d} (GMT+7)")
    b.add("title", b.story.title)
    imgs = _images(b, 0.35)

    def between(i, n):
        imgs(i, n)
        if i == 1 and r.random() < 0.6:
            b.titles(1, "Xem thêm: {t}")
        if i == n // 2 and r.random() < 0.3:
            _ad(b)

    b.body(between)
    b.add("byline", r.choice([_name(r), f"{_name(r)} (Theo {r.choice(_AGENCY)})", f"{_name(r)} - {_name(r)}"]))
    b.add("widget", "Chia sẻ", "Copy link thành công", "Chia sẻ ý kiến")
    _comments(b, r.randint(0, 3))
    if r.random() < 0.4:
        _newsletter(b)
    b.titles(3, "{t}", header="Xem nhiều nhất")
    b.add(
        "widget", "© Copyright 1997 VnExpress.net,  All rights reserved",
        "® VnExpress giữ bản quyền nội dung trên website này.",
    )


def _tuoitre(b: Builder) -> None:
    r, (d, m, y, hh, mm, _) = b.rng, _date(b.rng)
    b.add("source", "Tuổi Trẻ Online")
    b.add("widget", "Trang chủ > " + r.choice(["Kinh doanh > Tài chính", "Thế giới > Kiến giải", "Thời sự > Xã hội"]))
    b.add("title", b.story.title)
    b.add("date", f"{d:02d}/{m:02d}/{y} {hh:02d}:{mm:02d} GMT+7")
    b.add("widget", "Chia sẻ Facebook", "Gửi email", "Lưu")
    b.titles(r.randint(2, 3), "{t}", header="TIN LIÊN QUAN")
    imgs = _images(b, 0.3)

    def between(i, n):
        imgs(i, n)
        if i == n // 2 and r.random() < 0.5:
            b.titles(1, "Đọc thêm: {t}")

    b.body(between)
    b.add("byline", r.choice([_name(r).upper(), f"{_name(r).upper()} (theo {r.choice(_AGENCY)})"]))
    b.add(
        "widget",
        "Tags: " + " ".join(_tags(b.story, r)),
        "Bình luận (0)", "Sắp xếp theo: Mới nhất  Cũ nhất",
        "Bạn đọc Tuổi Trẻ có thể gửi bình luận, ý kiến về bài viết này.",
    )
    b.teasers(2, header="Đọc tiếp")
    b.add("widget", "Giấy phép hoạt động báo điện tử số 571/GP-BTTTT", "Bản quyền thuộc Báo Tuổi Trẻ.")


def _thanhnien(b: Builder) -> None:
    r, (d, m, y, hh, mm, _) = b.rng, _date(b.rng)
    b.add("widget", "Thời sự", "Chính trị", "Thế giới", "Kinh tế", "Đời sống", "Sức khỏe", "Giới trẻ")
    b.add("title", b.story.title)
    b.add("byline", _name(r))
    b.add("date", f"{d:02d}/{m:02d}/{y} {hh:02d}:{mm:02d} GMT+7")
    b.add("widget", "Theo dõi Báo Thanh Niên trên Google News", "Bạn cần đăng nhập để thực hiện chức năng này!")

    def between(i, n):
        if r.random() < 0.3:
            b.add("caption", _caption(b.story, r, credit=False))
            b.add("credit", f"{_name(r).upper()}" if r.random() < 0.5 else r.choice(_AGENCY).upper())
        if i == 0 and r.random() < 0.7:
            b.titles(1, "Đọc nhanh: {t}" if r.random() < 0.3 else "{t}")

    b.body(between)
    if r.random() < 0.6:
        b.add("credit", f"Theo {r.choice(_AGENCY)}")
    if r.random() < 0.4:
        _newsletter(b)
    _comments(b, r.randint(0, 3))
    b.add("widget", "Gửi bình luận", "Xem thêm bình luận")
    b.titles(4, "{t}", header="Tin liên quan")
    b.titles(3, "{t}", header="Đọc nhiều")


def _dantri(b: Builder) -> None:
    r, (d, m, y, hh, mm, wd) = b.rng, _date(b.rng)
    b.add("source", "Dân trí")
    b.add("widget", "Dân trí > " + r.choice(["Kinh doanh", "Thế giới", "Xã hội", "Bất động sản"]))
    b.add("date", f"{wd}, {d:02d}/{m:02d}/{y} - {hh:02d}:{mm:02d}")
    b.add("title", b.story.title)
    b.add("widget", "Chia sẻ", "Facebook", "Zalo", "Copy link")
    imgs = _images(b, 0.4)

    def between(i, n):
        imgs(i, n)
        if i == 1 and r.random() < 0.5:
            _ad(b)

    b.body(between)
    b.add("byline", _name(r))
    if r.random() < 0.5:
        b.add("credit", f"Theo {r.choice(_AGENCY)}")
    b.add("widget", "Bài viết hữu ích không?", "Có", "Không", "Thả tim")
    _comments(b, r.randint(0, 2))
    b.titles(5, "{t}", header=r.choice(["Tin nổi bật", "Tin đọc nhiều", "Đọc nhiều nhất"]))
    b.add("widget", "Dân trí TV", "Tải ứng dụng Dân trí")


def _vietnamnet(b: Builder) -> None:
    r, (d, m, y, hh, mm, _) = b.rng, _date(b.rng)
    b.add("source", "VietNamNet")
    b.add(
        "widget",
        "Trang chủ",
        r.choice(["Kinh doanh", "Thế giới", "Thời sự"]),
        r.choice(["Tài chính", "Bình luận quốc tế", "Chính trị"]),
    )
    b.add("date", f"{d:02d}/{m:02d}/{y} {hh:02d}:{mm:02d} (GMT+07:00)")
    b.add("title", b.story.title)
    imgs = _images(b, 0.3)

    def between(i, n):
        imgs(i, n)
        if i in (0, n // 2) and r.random() < 0.5:
            b.titles(1, "{t}" if r.random() < 0.5 else "{t}\n{s}")

    b.body(between)
    name = _name(r)
    b.add("byline", r.choice([name, f"{name} (tổng hợp)", f"{name} (theo {r.choice(_AGENCY)})"]))
    if r.random() < 0.3:
        b.add("widget", "Bài viết thể hiện văn phong và quan điểm riêng của tác giả.")
    if r.random() < 0.4:
        _poll(b)
    b.add("widget", "Bình luận", "Gửi bình luận")
    b.teasers(2, header="Tin nổi bật")
    b.add(
        "widget", "Bản quyền © 1997 Báo VietNamNet. All rights reserved.",
        "Chỉ được phát hành lại thông tin từ website này khi có sự đồng ý bằng văn bản của báo VietNamNet.",
    )


def _znews(b: Builder) -> None:
    r, (d, m, y, hh, mm, _) = b.rng, _date(b.rng)
    b.add("source", "ZNEWS.VN")
    b.add("widget", "Trang chủ", "Xuất bản", "Kinh doanh", "Công nghệ", "Sức khỏe", "Thể thao", "Giải trí", "Đời sống")
    b.add("title", b.story.title)
    b.add("byline", _name(r))
    b.add("date", f"{hh:02d}:{mm:02d} {d}/{m}/{y}")

    def between(i, n):
        if r.random() < 0.35:
            b.add("caption", _caption(b.story, r, credit=False) + f" Ảnh: {r.choice(_AGENCY)}.")
        if i == 1:
            b.teasers(1)
            if r.random() < 0.5:
                b.add("widget", "Đọc tiếp")
        if r.random() < 0.15:
            b.add(
                "caption",
                r.choice(["Video: ", "Clip: "])
                + _caption(b.story, r, credit=False)
                + " Nguồn: "
                + r.choice(["Twitter", "Facebook", "YouTube", "Reuters"]),
            )

    b.body(between)
    if r.random() < 0.6:
        b.add("credit", f"Theo {r.choice(_AGENCY)}")
    b.add("widget", "Bạn có thể quan tâm", "Thêm bình luận", "Phản hồi")
    b.add("widget", r.choice(_COMMENTS))
    b.titles(3, "{t}", header="Tin liên quan")
    b.add("widget", "Giấy phép MXH số 332/GP-TTĐT")


def _cafef(b: Builder) -> None:
    r, (d, m, y, hh, mm, _) = b.rng, _date(b.rng)
    b.add("source", "CafeF")
    b.add(
        "widget",
        "Xã hội  Đầu tư  Bất động sản  Doanh nghiệp  Tài chính - Ngân hàng  Vĩ mô  Thị trường  Tài chính quốc tế",
    )
    b.add("widget", "VNINDEX 1.012,34 +5,21 (+0,52%)   HNX 108,11 -0,32 (-0,30%)")
    b.add("title", b.story.title)
    b.add("date", f"{d:02d}-{m:02d}-{y} - {hh % 12 or 12:02d}:{mm:02d} {'AM' if hh < 12 else 'PM'}")
    b.add("widget", "Chia sẻ", "Lưu bài")
    imgs = _images(b, 0.3)

    def between(i, n):
        imgs(i, n)
        if i == 2 and r.random() < 0.6:
            b.titles(1, "Xem thêm")

    b.body(between)
    paper = r.choice(_PAPER)
    if r.random() < 0.5:
        b.add("byline", _name(r))
    b.add("credit", r.choice([f"Theo {paper}", f"Theo {_name(r)} | {paper}", f"Tham khảo: {r.choice(_AGENCY)}"]))
    b.add("widget", "Link bài gốc", "Lấy link!", "https://cafef.vn/" + str(r.randint(10**16, 10**17)) + ".chn")
    b.titles(4, "{t}", header="Tin mới")
    b.titles(3, "{t}", header="Cùng chuyên mục")
    b.add("widget", "Mời quý độc giả theo dõi và đăng ký nhận tin từ CafeF để không bỏ lỡ thông tin quan trọng.")


def _kenh14(b: Builder) -> None:
    r, (d, m, y, hh, mm, _) = b.rng, _date(b.rng)
    b.add("widget", "Star  Ciné  Musik  Beauty & Fashion  Đời sống  Money-Z  Ăn - Quẩy - Đi  Xã hội  Sport  Học đường")
    b.add("title", b.story.title)
    b.add("byline", f"{_name(r)},")
    b.add("date", f"{hh:02d}:{mm:02d} {d:02d}/{m:02d}/{y}")
    b.add("widget", r.choice(["Chia sẻ", "Chia\xa0sẻ"]), "Like", f"{r.randint(1, 90)}\xa0bình luận")
    imgs = _images(b, 0.45)

    def between(i, n):
        imgs(i, n)
        if r.random() < 0.1:
            b.add("widget", "Video đang HOT")

    b.body(between, max_par=2)
    b.add("credit", f"Nguồn: {r.choice(_AGENCY + _PAPER)}")
    b.add(
        "widget", "Kenh14 - Kênh thông tin giải trí - xã hội", "Bài hay nhất cho bạn",
        "Like fanpage để cập nhật tin tức Kenh14",
    )
    b.titles(4, "{t}", header="Đang được quan tâm")


def _gov(b: Builder) -> None:
    r, (d, m, y, hh, mm, wd) = b.rng, _date(b.rng)
    site = r.choice(["Báo Điện tử Chính phủ", "VOV.VN", "Báo Nhân Dân điện tử", "Quân đội nhân dân", "VTV.vn"])
    b.add("source", site)
    b.add("widget", "Trang chủ", "Tin tức", "Chỉ đạo điều hành", "Thông cáo báo chí", "Văn bản", "English", "中文")
    b.add("title", b.story.title)
    b.add("date", r.choice([f"{d:02d}/{m:02d}/{y} {hh:02d}:{mm:02d}", f"{wd}, {hh:02d}:{mm:02d}, {d:02d}/{m:02d}/{y}"]))
    b.add("widget", "Cỡ chữ", "A-", "A+", "In bài", "Gửi email")

    def between(i, n):
        if r.random() < 0.25:
            b.add(
                "caption",
                _caption(b.story, r, credit=False) + r.choice([" - Ảnh: VGP/" + _name(r), " Ảnh: TTXVN", " Ảnh: VOV"]),
            )

    b.body(between)
    b.add("byline", r.choice([f"{_name(r)}/VOV-Trung tâm Tin", f"{_name(r)}", f"{_name(r)} - {_name(r)}", "PV"]))
    if r.random() < 0.6:
        b.add("credit", r.choice(["(Theo TTXVN)", "Nguồn: TTXVN", f"Theo {r.choice(_AGENCY)}"]))
    b.add("widget", "Bài viết có hữu ích với bạn?", "Quay lại", "Đầu trang")
    b.titles(5, "{t} ({d})".replace("{d}", f"{d:02d}/{m:02d}/{y}"), header="Các tin khác")
    b.add(
        "widget",
        f"Cơ quan chủ quản: {site}",
        "Tổng Biên tập: " + _name(r),
        "Địa chỉ: Số 16 Lê Hồng Phong, Ba Đình, Hà Nội",
        "Ghi rõ nguồn khi phát hành lại thông tin từ cổng thông tin này.",
    )


def _amp(b: Builder) -> None:
    r, (d, m, y, hh, mm, _) = b.rng, _date(b.rng)
    b.add("widget", "☰", "Mở ứng dụng")
    b.add("source", r.choice(["Lao Động", "Người Lao Động", "Tiền Phong", "VnEconomy"]))
    b.add("title", b.story.title)
    b.add("date", f"{d:02d}/{m:02d}/{y} | {hh:02d}:{mm:02d}")

    def between(i, n):
        if r.random() < 0.3:
            _images(b, 1.0, credit_line=r.random() < 0.5)(i, n)
        if r.random() < 0.2:
            b.add("widget", r.choice(["ADVERTISEMENT", "Quảng cáo", "Nội dung tài trợ"]))
        if r.random() < 0.12:
            b.titles(1, "» {t}")

    b.body(between, max_par=2)
    b.add("byline", r.choice([_name(r).upper(), "Nhóm phóng viên", f"{_name(r)} - {_name(r)}"]))
    b.add("widget", "Đọc bài trên ứng dụng để có trải nghiệm tốt nhất.", "Xem bản đầy đủ", "Trở lại đầu trang")
    b.titles(3, "• {t}", header="Tin mới nhất")


def _forum(b: Builder) -> None:
    r, (d, m, y, hh, mm, _) = b.rng, _date(b.rng)
    user = r.choice(["admin", "hoangtu_bongdem", "tinhoc247", "mod_tin_tuc", "ngocanh88", "BaoMoi_bot"])
    b.add("widget", "Diễn đàn > Tin tức - Sự kiện > " + r.choice(["Kinh tế", "Thế giới", "Xã hội"]))
    b.add("widget", f"Chủ đề trước  Chủ đề tiếp  #{r.randint(1, 9)}")
    b.add("title", b.story.title)
    b.add(
        "widget", f"Người gửi: {user}",
        f"Bài viết: {r.randint(10, 9999)}  Tham gia: {r.randint(1, 12):02d}-{r.randint(2009, 2016)}",
    )
    b.add("date", f"{d:02d}-{m:02d}-{y}, {hh:02d}:{mm:02d}")
    b.body(max_par=5)
    paper = r.choice(_PAPER)
    b.add("credit", r.choice([f"Nguồn: {paper}", f"(Nguồn: {_domain(paper)})", f"Theo {paper}"]))
    b.add("widget", f"Bài viết cuối sửa bởi {user}; {d:02d}-{m:02d}-{y} lúc {hh:02d}:{(mm + 7) % 60:02d}.")
    b.add("widget", "Trả lời kèm trích dẫn", f"{r.randint(0, 40)} thành viên cảm ơn bài viết này")
    for comment in r.sample(_COMMENTS, r.randint(1, 3)):
        b.add("widget", r.choice(["quangminh_2k", "bacsi_x", "Lan Phạm", "traitimbanggia", "oanh.nt"]))
        b.add("widget", comment)
    b.titles(3, "{t}", header="Các chủ đề tương tự")


def _print(b: Builder) -> None:
    r, (d, m, y, hh, mm, _) = b.rng, _date(b.rng)
    paper = r.choice(_PAPER)
    b.add("widget", f"{d:02d}/{m:02d}/{y} {hh:02d}:{mm:02d}  {b.story.title[:40]}…")
    b.add("source", paper)
    b.add("title", b.story.title)
    b.add("date", f"Ngày đăng: {d:02d}/{m:02d}/{y}")
    page_no, total = [1], r.randint(2, 3)

    def between(i, n):
        if i in (n // 3, 2 * n // 3) and page_no[0] < total:
            b.add("widget", f"https://{_domain(paper)}/tin-{r.randint(10**6, 10**7)}.html  {page_no[0]}/{total}")
            page_no[0] += 1
        if r.random() < 0.2:
            b.add("caption", _caption(b.story, r))

    b.body(between)
    b.add("byline", _name(r))
    b.add(
        "widget", f"URL: https://{_domain(paper)}/{r.randint(10**6, 10**7)}.html",
        f"In bài viết này  |  © Bản quyền thuộc về {paper}",
    )


def _provincial(b: Builder) -> None:
    r, (d, m, y, hh, mm, _) = b.rng, _date(b.rng)
    prov = r.choice(["Quảng Ninh", "Bình Định", "Nghệ An", "Cà Mau", "Lâm Đồng", "Thái Bình", "Đồng Nai"])
    b.add("source", f"Báo {prov} điện tử")
    b.add("widget", "Trang chủ", "Chính trị", "Kinh tế", "Xã hội", "Văn hóa", "Thể thao", "Pháp luật", "Quốc tế")
    b.add("widget", f"Lượt xem: {r.randint(50, 5000)}")
    b.add("title", b.story.title)
    b.add("date", f"{hh:02d}:{mm:02d} - {d:02d}/{m:02d}/{y}")

    def between(i, n):
        if r.random() < 0.25:
            b.add("caption", _caption(b.story, r, credit=False))

    b.body(between)
    b.add("byline", r.choice([f"Tin, ảnh: {_name(r)}", f"Bài và ảnh: {_name(r)}", f"{_name(r)} (tổng hợp)"]))
    if r.random() < 0.5:
        b.add("credit", r.choice(["Theo TTXVN", "Theo VOV", f"Theo {r.choice(_AGENCY)}"]))
    b.add("widget", "Ý kiến bạn đọc", "Họ tên", "Email", "Nội dung", "Mã xác nhận", "Gửi ý kiến")
    b.titles(4, "{t} " + f"({d:02d}/{m:02d})", header="Các tin khác")
    b.add(
        "widget", f"Cơ quan của Đảng bộ tỉnh {prov}", f"Giấy phép số {r.randint(100, 600)}/GP-BTTTT",
        'Ghi rõ nguồn "Báo ' + prov + ' điện tử" khi phát hành lại thông tin từ website này.',
    )


_MAKERS = {
    "vnexpress": _vnexpress,
    "tuoitre": _tuoitre,
    "thanhnien": _thanhnien,
    "dantri": _dantri,
    "vietnamnet": _vietnamnet,
    "znews": _znews,
    "cafef": _cafef,
    "kenh14": _kenh14,
    "gov_portal": _gov,
    "amp_mobile": _amp,
    "forum_repost": _forum,
    "print_export": _print,
    "provincial": _provincial,
}


def _story(n: int, row: dict) -> Story | None:
    sents = split_sentences(str(row["article"]))
    title = re.sub(r"\s+", " ", str(row.get("title") or "")).strip()
    if not sents or not title:
        return None
    return Story(n, title, sents, re.sub(r"\s+", " ", str(row.get("summary") or "")).strip())


def pages(train_path: Path) -> list[Page]:
    """One page per usable body row, same pages on every call."""
    related = [s for n, row in _rows(Path(train_path), RELATED_ROWS) if (s := _story(n, row))]
    out: list[Page] = []
    for n, row in _rows(Path(train_path), BODY_ROWS):
        story = _story(n, row)
        if story is None:
            continue
        rng = random.Random(f"clean-test9-{n}")
        layout = LAYOUTS[(n * 7) % len(LAYOUTS)]
        b = Builder(story, related, rng)
        _MAKERS[layout](b)
        out.append(b.page(layout))
    return out


if __name__ == "__main__":
    import sys
    from collections import Counter

    got = pages(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/vietnews_train.jsonl.gz"))
    kinds = Counter(k for p in got for k, _ in p.furniture)
    print(len(got), "pages;", sum(len(p.body) for p in got), "body sentences;", dict(kinds))
    print(Counter(p.layout for p in got))
