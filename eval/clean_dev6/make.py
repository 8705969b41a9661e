"""Held-out page set 6 for the cleaner (issue 21), written blind.

Bodies come from VietNews train rows 15,000-15,299, related headlines and teasers from rows
15,300-15,999. Each body is laid out as one of ten news sites would render it after scraping to
text (one line per paragraph), or as a photo story or an e-magazine long read, with furniture
(bylines, credits, captions, related links, widgets) in varied positions. Stdlib only; nothing
from vnsumm. See README.md beside this file.

    python eval/clean_test6/make.py /work/shared/data/vietnews_train.jsonl.gz   # prints counts
"""
import datetime
import gzip
import json
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

BODY_ROWS = range(15000, 15300)
RELATED_ROWS = range(15300, 16000)
KINDS = ("byline", "credit", "caption", "related", "widget")
FURNITURE_MIN, FURNITURE_MAX = 8, 15


@dataclass
class Page:
    text: str                       # whole page, lines joined by "\n"
    body: list[str]                 # the story's sentences, in order
    furniture: list[tuple[str, str]] = field(default_factory=list)  # (kind, exact line as in text)
    layout: str = ""


# ---------------------------------------------------------------- word pools
FULL_NAMES = [
    "Nguyễn Văn Hùng", "Trần Thị Thu Hà", "Lê Minh Tuấn", "Phạm Quang Vinh", "Hoàng Anh Tú",
    "Vũ Thị Hồng Nhung", "Đặng Văn Phước", "Bùi Thanh Tùng", "Đỗ Mạnh Cường", "Hồ Thị Kim Oanh",
    "Ngô Quốc Bảo", "Dương Hải Yến", "Lý Thành Công", "Phan Đức Anh", "Võ Hoàng Long",
    "Huỳnh Ngọc Hân", "Mai Thị Phương", "Tạ Quang Huy", "Châu Minh Nhật", "Lâm Gia Khánh",
    "Kiều Thu Trang", "Cao Văn Sơn", "Lưu Bích Ngọc", "Tô Hữu Nghĩa", "Thái Bảo Châu",
    "Đoàn Văn Khánh", "Quách Thị Lan", "Hà Minh Đức", "Triệu Vân Anh", "Đinh Công Thắng",
    "La Thị Mỹ Linh", "Nông Văn Định", "Giang Thu Thủy", "Khổng Minh Quân", "Tăng Hoài Nam",
    "Lạc Quốc Việt", "Mạc Thị Hải", "Chu Tiến Đạt", "Ông Văn Tài", "Trương Ngọc Ánh",
    "Lương Thế Vinh", "Hứa Kim Tuyền",
]
PEN_NAMES = [
    "Hải Đăng", "Minh Khôi", "Thu Hằng", "Ngọc Lan", "Quang Thắng", "Bảo Trân", "Hoài Thương",
    "Đức Huy", "Kim Chi", "Phương Thảo", "Tiến Long", "Gia Bảo", "Hữu Trí", "Xuân Mai",
    "Thanh Tâm", "Vĩnh Phúc", "Hạnh Dung", "Trọng Nhân", "Anh Thư", "Duy Khang", "Lê Vy",
    "Tuệ Lâm", "Khánh Linh", "Nam Anh", "Sơn Tùng", "Bích Diệp", "Công Minh", "Mỹ Hạnh",
]
AGENCIES = [
    "TTXVN", "AFP", "Reuters", "AP", "Bloomberg", "Tân Hoa Xã", "Kyodo", "Yonhap", "Sputnik",
    "TASS", "RIA Novosti", "CNN", "BBC", "DPA", "EFE", "ANSA", "Al Jazeera", "NHK", "The Guardian",
    "Nikkei Asia", "SCMP", "New York Times", "Washington Post", "CNA",
]
OUTLETS = [
    "Báo Lao Động", "Báo Tiền Phong", "Báo Người Lao Động", "Báo Thanh Niên", "Báo Nhân Dân",
    "Báo Công an Nhân dân", "Báo Pháp luật TP.HCM", "Báo Sài Gòn Giải Phóng", "Báo Hà Nội Mới",
    "Báo Kinh tế & Đô thị", "Báo Giáo dục & Thời đại", "Báo Giao thông", "Báo Quân đội Nhân dân",
    "Báo Sức khỏe & Đời sống", "Báo Phụ nữ TP.HCM", "Báo Đà Nẵng", "Báo Nghệ An", "Báo Cần Thơ",
    "Báo Quảng Ninh", "VTC News", "VOV", "Vietnamplus", "Kenh14", "Soha", "Infonet",
    "Người Đưa Tin", "CafeF", "Đời sống & Pháp luật", "Báo Bắc Giang", "Báo Khánh Hòa",
]
AGENCY_CODES = ["TTXVN", "VNA", "PV", "CTV", "AFP", "Reuters", "AP", "TTXVN/Vietnam+"]
SCENES = [
    "Lực lượng chức năng khám nghiệm hiện trường", "Hiện trường vụ việc",
    "Các bị cáo tại phiên tòa", "Quang cảnh buổi lễ", "Nghi phạm tại cơ quan công an",
    "Tang vật thu giữ được trong vụ án", "Người dân tập trung theo dõi sự việc",
    "Chiếc xe sau vụ tai nạn", "Đại biểu cắt băng khánh thành công trình",
    "Học sinh trong giờ học", "Các em nhỏ nhận quà từ đoàn thiện nguyện",
    "Một góc khu vực bị ảnh hưởng", "Lãnh đạo địa phương trao đổi với người dân",
    "Lực lượng cứu hộ tìm kiếm nạn nhân", "Khách tham quan chụp ảnh lưu niệm",
    "Tình nguyện viên hướng dẫn thí sinh", "Quang cảnh cuộc họp báo",
    "Người lao động làm thủ tục tại trung tâm", "Khu chợ tấp nập người mua bán",
    "Công nhân thi công trên công trường", "Trận đấu diễn ra kịch tính",
    "Các đội thi tranh tài", "Bác sĩ thăm khám cho bệnh nhân", "Nông dân thu hoạch lúa",
    "Tàu cá neo đậu tại cảng", "Cảnh sát giao thông kiểm tra nồng độ cồn",
    "Nhân viên kiểm đếm hàng hóa tại kho", "Dòng xe ùn ứ vào giờ cao điểm",
    "Hệ thống phòng không trong một cuộc diễn tập", "Nhà lãnh đạo phát biểu tại hội nghị",
    "Binh sĩ tuần tra tại khu vực biên giới", "Người hâm mộ cổ vũ bên ngoài sân vận động",
    "Căn nhà bị thiêu rụi sau đám cháy", "Phố đi bộ về đêm", "Đoàn công tác thăm hỏi gia đình",
    "Thí sinh làm bài thi", "Sản phẩm được trưng bày tại hội chợ", "Chân dung nhân vật",
]
SCENE_TAILS = [
    "", "", " sáng qua", " chiều cùng ngày", " hôm 12-3", " ngày 5-11", " vào cuối tuần",
    " tối 20-7", " ở TP.HCM", " tại Hà Nội", " ở Đà Nẵng", " tại Cần Thơ",
]
KEYWORDS = [
    "công an", "phiên tòa", "tai nạn giao thông", "ma túy", "giáo dục", "thanh niên", "khởi nghiệp",
    "thế giới", "chứng khoán", "bất động sản", "Nga", "Mỹ", "Triều Tiên", "Syria", "thời tiết",
    "từ thiện", "sức khỏe", "tuyển sinh", "việc làm", "MH370", "giá xăng", "doanh nghiệp",
]
SECTIONS = [
    ("Pháp luật", "Hồ sơ vụ án"), ("Thời sự", "Xã hội"), ("Thế giới", "Phân tích"),
    ("Giáo dục", "Tuyển sinh"), ("Kinh doanh", "Doanh nghiệp"), ("Nhịp sống trẻ", "Khởi nghiệp"),
    ("Thế giới", "Hồ sơ"), ("Bạn đọc", "Chia sẻ"), ("Xã hội", "Dân sinh"), ("Kinh tế", "Tài chính"),
]
WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


# ---------------------------------------------------------------- reading and cutting
def _rows(train_path: Path) -> dict[int, dict]:
    """Rows 15,000-15,999 by their 0-based line number; blank and {} lines skipped."""
    wanted, found = range(BODY_ROWS.start, RELATED_ROWS.stop), {}
    with gzip.open(train_path, "rt", encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            if number >= wanted.stop:
                break
            if number < wanted.start or line.strip() in ("", "{}"):
                continue
            row = json.loads(line)
            if row.get("article") and row.get("title"):
                found[number] = row
    return found


_ABBREV = re.compile(r"(?:TP|Tp|TX|TT|ThS|TS|PGS|GS|BS|Mr|Mrs|Ms|Dr|St|[A-ZĐ][a-zđ]?|(?:[A-ZĐ]\.)+[A-ZĐ]?)$")
_CLOSING = re.compile(r"[\"”’'] ?(?:[,.;:)]| [-–])")
_CUT = re.compile(r"(?<=[.?!]) +")
_JUNK = re.compile(
    r"> ?>|>>|Xem thêm|Đọc thêm|Tham khảo thêm|Ảnh\s*:|Video\s*:|Clip\s*:|Nguồn\s*:|https?:|www\."
    r"|\.(?:vn|com|net)\b|\(\s*[Tt]\s*/\s*[Hh]\s*\)|tại đây|tiếp tục cập nhật|Tổng hợp"
)
_ENDS = re.compile(r"[.?!…][\s\"”’')]*$")


def sentences(text: str) -> list[str]:
    """Cut after '. ', '? ', '! ' before a capital, digit or quote; pieces under 4 words merged."""
    text = re.sub(r"\s+", " ", text).strip()
    pieces, start = [], 0
    for gap in _CUT.finditer(text):
        after = text[gap.end():gap.end() + 1]
        before = text[start:gap.start()].rsplit(" ", 1)[-1].rstrip(".?!").lstrip("(\"“'‘[")
        if not after or not (after.isupper() or after.isdigit() or after in "\"“'‘"):
            continue
        if _CLOSING.match(text, gap.end()):                 # a closing quote: '… ? ", he said.'
            continue
        if text[gap.start() - 1] == "." and _ABBREV.fullmatch(before):
            continue
        pieces.append(text[start:gap.start()])
        start = gap.end()
    pieces.append(text[start:])
    merged: list[str] = []
    for piece in pieces:
        if merged and len(piece.split()) < 4:
            merged[-1] += " " + piece
        elif merged and len(merged[-1].split()) < 4:
            merged[-1] += " " + piece
        else:
            merged.append(piece)
    return [s for s in merged if s]


def clean_sentences(text: str) -> list[str]:
    """Story sentences only: those carrying the source page's junk or lacking an end are left out."""
    return [s for s in sentences(text)
            if not _JUNK.search(s) and _ENDS.search(s) and 4 <= len(s.split()) <= 120]


# ---------------------------------------------------------------- furniture wordings
def _cap(rng: random.Random) -> str:
    """A photo caption with a credit tail."""
    scene = rng.choice(SCENES) + rng.choice(SCENE_TAILS)
    who = rng.choice(PEN_NAMES + FULL_NAMES)
    agency = rng.choice(AGENCIES)
    outlet = rng.choice(OUTLETS)
    return rng.choice([
        f"{scene} (Ảnh: {who})", f"{scene}. (Ảnh: {agency})", f"{scene} (ảnh: {who.upper()})",
        f"{scene} (Ảnh minh họa: Internet)", f"{scene} (Nguồn: {agency})", f"{scene}. Ảnh: {who}",
        f"{scene} - Ảnh: {rng.choice(AGENCY_CODES)}", f"{scene} (Ảnh chụp màn hình)",
        f"{scene} (Ảnh: Công an cung cấp)", f"{scene}. Ảnh: {outlet}", f"{scene} (Ảnh: {agency}/{outlet})",
        f"{scene} (Ảnh: Cắt từ clip)", f"{scene}. (Ảnh: {who} - {outlet})", f"{scene} (Ảnh: NVCC)",
        f"{scene} | Ảnh: {who}", f"{scene} (Ảnh: Tư liệu)",
    ])


def _byline(rng: random.Random) -> str:
    a, b = rng.sample(PEN_NAMES + FULL_NAMES, 2)
    agency = rng.choice(AGENCIES)
    return rng.choice([
        a.upper(), a, f"{a} - {b}", f"{a.upper()} - {b.upper()}", f"{a} – {b}", f"{a}/{b}",
        f"{a.upper()} ({agency})", f"{a} (theo {agency})", f"{a} - {b} ({agency})",
        f"{a.upper()} / {b.upper()}", rng.choice(AGENCY_CODES), "Nhóm PV", "Nhóm phóng viên",
        f"Bài và ảnh: {a}", f"Bài và ảnh: {a.upper()}", f"Bài, ảnh: {a}", f"Bài: {a} - Ảnh: {b}",
        f"{a} (tổng hợp)", f"{a.upper()} (ghi)", f"{a} (lược dịch)", f"Nhóm PV {rng.choice(SECTIONS)[0]}",
        f"{a} – {b} (thực hiện)", f"{a}, {b}",
    ])


def _credit(rng: random.Random) -> str:
    outlet, agency = rng.choice(OUTLETS), rng.choice(AGENCIES)
    who = rng.choice(PEN_NAMES + FULL_NAMES)
    return rng.choice([
        f"Theo {outlet}", f"Nguồn: {outlet}", f"{who} (theo {outlet})", f"(Theo {outlet})",
        f"Theo {outlet}/{agency}", f"Nguồn tin: {outlet}", f"{who.upper()} (Theo {outlet})",
        f"Bài viết đăng lại từ {outlet}", f"Theo {agency}, {rng.choice(AGENCIES)}",
        f"Lược dịch từ {agency}", f"Nguồn bài: {outlet}", f"* Theo {outlet}",
    ])


class _Pool:
    """Related headlines and teasers from rows 15,300-15,999."""

    def __init__(self, rows: dict[int, dict]):
        self.titles = [r["title"].strip() for n, r in sorted(rows.items())
                       if n in RELATED_ROWS and len(r["title"].split()) >= 4]
        self.leads = [r["summary"].strip() for n, r in sorted(rows.items())
                      if n in RELATED_ROWS and r.get("summary", "")[:1].isupper()
                      and len(r["summary"].split()) >= 14]

    def title(self, rng: random.Random) -> str:
        return rng.choice(self.titles)

    def teaser(self, rng: random.Random) -> str:
        words = rng.choice(self.leads).split()
        cut = " ".join(words[:rng.randint(9, min(22, len(words) - 3))]).rstrip(",;:-")
        return cut + rng.choice(["…", "...", " …", " ..."])

    def row(self, rng: random.Random) -> str:
        sep = rng.choice([" | ", " | ", " • ", " · ", " / ", " || "])
        return sep.join(self.title(rng) for _ in range(rng.randint(2, 4)))


def _stamp(rng: random.Random, day: datetime.datetime) -> str:
    other = day - datetime.timedelta(hours=rng.randint(1, 200), minutes=rng.randint(0, 59))
    return rng.choice([
        f"{rng.randint(1, 23)} giờ trước", f"{rng.randint(2, 59)} phút trước",
        other.strftime("%d/%m/%Y %H:%M"), other.strftime("%H:%M %d/%m"), f"{rng.randint(2, 6)} ngày trước",
        other.strftime("%d/%m/%Y"),
    ])


def _phone(rng: random.Random) -> str:
    return rng.choice(["0913", "0903", "0988", "0868", "0243", "0283"]) + f" {rng.randint(100, 999)} {rng.randint(100, 999)}"


def _tags(rng: random.Random, title: str) -> str:
    words = [w for w in re.findall(r"\w+(?: \w+)?", title)][:3]
    picked = rng.sample(KEYWORDS, rng.randint(2, 4)) + [w.lower() for w in words[:rng.randint(0, 2)]]
    lead = rng.choice(["Tags: ", "Từ khóa: ", "Chủ đề: ", "#", "Tag: "])
    return lead + (" #" if lead == "#" else ", ").join(picked)


# ---------------------------------------------------------------- page builder
class _Build:
    def __init__(self, rng: random.Random, pool: _Pool, when: datetime.datetime):
        self.rng, self.pool, self.when = rng, pool, when
        self.rows: list[tuple[str, str]] = []     # (tag, line); tag: top, body, or a kind

    def top(self, line: str) -> None:
        self.rows.append(("top", line))

    def body(self, line: str) -> None:
        self.rows.append(("body", line))

    def f(self, kind: str, line: str) -> None:
        self.rows.append((kind, line))

    def related(self, n: int, prefix: str = "", teasers: bool = False, stamps: bool = False) -> None:
        for _ in range(n):
            self.f("related", prefix + self.pool.title(self.rng))
            if teasers and self.rng.random() < 0.6:
                self.f("related", self.pool.teaser(self.rng))
            if stamps and self.rng.random() < 0.5:
                self.f("widget", _stamp(self.rng, self.when))

    def paragraphs(self, paras: list[str], inserts: list[tuple[str, str]]) -> None:
        """Body paragraphs with inserts placed in the gaps after the first paragraph."""
        gaps = [self.rng.randint(1, max(1, len(paras))) for _ in inserts]
        placed = sorted(zip(gaps, range(len(inserts))))
        k = 0
        for i, para in enumerate(paras, 1):
            self.body(para)
            while k < len(placed) and placed[k][0] == i:
                kind, line = inserts[placed[k][1]]
                self.f(kind, line)
                k += 1


def _date_line(style: int, when: datetime.datetime) -> str:
    wd = WEEKDAYS[when.weekday()]
    return [
        f"{wd}, {when.day}/{when.month}/{when.year}, {when:%H:%M} (GMT+7)",
        f"{when:%d/%m/%Y %H:%M} GMT+7",
        f"{wd}, {when:%d/%m/%Y} - {when:%H:%M}",
        f"{when:%H:%M} {when:%d/%m/%Y}",
        f"Cập nhật: {when:%H:%M}, {when:%d/%m/%Y}",
        f"{when:%d-%m-%Y} - {when:%H:%M:%S}",
        f"{when:%d/%m/%Y} | {when:%H:%M}",
        f"{wd.upper()}, {when:%d/%m/%Y %H:%M}",
        f"Ngày {when.day} tháng {when.month} năm {when.year} | {when:%H:%M}",
        f"{when:%H:%M} | {when:%d/%m/%Y}",
    ][style]


# Each site: its own order of parts and its own furniture wordings.
def _site_0(b: _Build, title, sapo, paras):    # section breadcrumb on top, byline right after the story
    r, s = b.rng, _section(b.rng)
    b.f("widget", f"{s[0]} › {s[1]}")
    b.top(title)
    b.top(_date_line(0, b.when))
    if sapo:
        b.body(sapo)
    b.paragraphs(paras, [("caption", _cap(r)) for _ in range(r.randint(1, 2))]
                 + ([("related", ">> " + b.pool.title(r))] if r.random() < 0.5 else []))
    b.f("byline", _byline(r))
    if r.random() < 0.6:
        b.f("credit", _credit(r))
    b.f("widget", f"{r.randint(0, 180)} bình luận")
    b.f("widget", "Chia sẻ")
    b.f("widget", f"Trở lại {s[0]}")
    b.f("widget", "Xem nhiều nhất")
    b.related(r.randint(2, 4))
    b.f("widget", _tags(r, title))


def _site_1(b: _Build, title, sapo, paras):    # date above title, caption with ' - Ảnh:' tails, upper-case byline
    r, s = b.rng, _section(b.rng)
    b.f("widget", "Trang chủ")
    b.f("widget", s[0].upper())
    b.top(_date_line(1, b.when))
    b.top(title)
    b.f("widget", "Theo dõi trên Google News")
    if sapo:
        b.body(sapo)
    b.f("related", "Tin liên quan: " + b.pool.title(r)) if r.random() < 0.5 else b.f("related", b.pool.row(r))
    b.paragraphs(paras, [("caption", _cap(r)) for _ in range(r.randint(1, 3))])
    b.f("byline", _byline(r).upper())
    b.f("widget", _tags(r, title))
    b.f("widget", "Bình chọn bài viết")
    b.f("widget", "TIN CÙNG CHUYÊN MỤC")
    b.related(r.randint(2, 3), stamps=True)


def _site_2(b: _Build, title, sapo, paras):    # byline between title and date, pipe rows after story
    r = b.rng
    b.top(title)
    b.f("byline", _byline(r))
    b.top(_date_line(2, b.when))
    b.f("widget", "Thích | Chia sẻ | Gửi bài")
    if sapo:
        b.body(sapo)
    b.paragraphs(paras, [("caption", _cap(r))] + [("related", "Xem thêm: " + b.pool.title(r))])
    if r.random() < 0.5:
        b.f("credit", _credit(r))
    b.f("widget", "Bài viết cùng chủ đề")
    b.f("related", b.pool.row(r))
    b.f("related", b.pool.row(r))
    b.f("widget", f"Đường dây nóng: {_phone(r)}")
    b.f("widget", "Gửi ý kiến của bạn")
    b.f("widget", f"© {b.when.year} Bản quyền thuộc về cơ quan chủ quản. Ghi rõ nguồn khi phát hành lại thông tin.")


def _site_3(b: _Build, title, sapo, paras):    # agency prefix line, inline read-more with teasers
    r = b.rng
    b.f("widget", "Mới nhất")
    b.f("widget", "Tin nóng")
    b.top(title)
    b.top(_date_line(3, b.when))
    if sapo:
        b.body(sapo)
    b.paragraphs(paras, [("related", b.pool.title(r)), ("related", b.pool.teaser(r))]
                 + [("widget", "Quảng cáo")] * r.randint(0, 1) + [("caption", _cap(r))])
    b.f("byline", _byline(r))
    b.f("credit", _credit(r))
    b.f("widget", "Tiêu điểm")
    b.related(2, teasers=True)
    b.f("widget", "Tải ứng dụng để đọc tin nhanh hơn")


def _site_4(b: _Build, title, sapo, paras):    # credit line closing the story, comments block
    r, s = b.rng, _section(b.rng)
    b.f("widget", f"{s[0]} / {s[1]}")
    b.top(title)
    b.top(_date_line(4, b.when))
    if sapo:
        b.body(sapo)
    b.f("widget", "Nghe bài viết")
    b.paragraphs(paras, [("caption", _cap(r))] + [("related", "Đọc thêm: " + b.pool.title(r))] * r.randint(0, 1))
    if r.random() < 0.5:
        b.f("byline", _byline(r))
    b.f("credit", _credit(r))
    b.f("widget", f"Bình luận ({r.randint(0, 90)})")
    b.f("widget", "Ý kiến của bạn")
    b.f("widget", "Tin bài liên quan")
    b.related(r.randint(2, 4), prefix=r.choice(["• ", "- ", "» "]))
    b.f("widget", "Lên đầu trang")


def _site_5(b: _Build, title, sapo, paras):    # short pen-name byline above the title, keyword row
    r = b.rng
    b.f("byline", _byline(r))
    b.top(title)
    b.top(_date_line(5, b.when))
    if sapo:
        b.body(sapo)
    b.paragraphs(paras, [("caption", _cap(r)) for _ in range(r.randint(2, 3))])
    if r.random() < 0.5:
        b.f("credit", _credit(r))
    b.f("widget", _tags(r, title))
    b.f("widget", "ĐỌC TIẾP")
    b.f("related", b.pool.row(r))
    b.f("widget", "Nhận tin mới mỗi sáng qua email")
    b.f("widget", "Đăng ký")
    b.f("widget", f"Liên hệ quảng cáo: {_phone(r)}")


def _site_6(b: _Build, title, sapo, paras):    # title, sapo, date under sapo, byline with agency
    r = b.rng
    b.top(title)
    b.top(_date_line(6, b.when))
    b.f("widget", "Lưu | Chia sẻ | In")
    if sapo:
        b.body(sapo)
    b.paragraphs(paras, [("related", b.pool.row(r)), ("caption", _cap(r))])
    a = r.choice(PEN_NAMES + FULL_NAMES)
    b.f("byline", r.choice([f"{a.upper()} ({r.choice(AGENCIES)})", f"{a} ({r.choice(AGENCY_CODES)})"]))
    if r.random() < 0.5:
        b.f("credit", _credit(r))
    b.f("widget", "Tin mới")
    b.related(r.randint(2, 3), stamps=True)
    b.f("widget", "Xem thêm")
    b.f("widget", f"Giấy phép số {r.randint(100, 599)}/GP-BTTTT ngày {r.randint(1, 28)}/{r.randint(1, 12)}/{r.randint(2015, 2019)}")


def _site_7(b: _Build, title, sapo, paras):    # captions between title and lead, credit + byline at end
    r = b.rng
    b.f("widget", "Video")
    b.f("widget", "Podcast")
    b.top(title)
    b.top(_date_line(7, b.when))
    if r.random() < 0.4:
        b.f("byline", _agency_line(r))
    b.f("caption", _cap(r))
    if sapo:
        b.body(sapo)
    b.paragraphs(paras, [("caption", _cap(r))] * r.randint(0, 1) + [("widget", "ADVERTISEMENT")])
    b.f("byline", _byline(r))
    b.f("credit", _credit(r))
    b.f("widget", "Có thể bạn quan tâm")
    b.related(r.randint(2, 3), teasers=True)
    b.f("widget", f"Hotline: {_phone(r)}")


def _site_8(b: _Build, title, sapo, paras):    # date and byline on one row before title, related box mid-story
    r = b.rng
    b.f("widget", "Trang chủ > " + " > ".join(_section(r)))
    b.top(title)
    b.top(_date_line(8, b.when))
    b.f("byline", _byline(r))
    if sapo:
        b.body(sapo)
    b.paragraphs(paras, [("widget", "TIN LIÊN QUAN"), ("related", b.pool.title(r)), ("related", b.pool.title(r)),
                         ("caption", _cap(r))])
    if r.random() < 0.4:
        b.f("credit", _credit(r))
    b.f("widget", "Tin trước")
    b.f("widget", "Tin tiếp theo")
    b.f("related", b.pool.teaser(r))
    b.f("widget", f"Tổng biên tập: {r.choice(FULL_NAMES)}")


def _site_9(b: _Build, title, sapo, paras):    # e-paper style, credit on top, numbered related list
    r = b.rng
    b.f("widget", "Báo in")
    b.top(title)
    if r.random() < 0.5:
        b.f("byline", _byline(r))
    b.f("credit", _credit(r))
    b.top(_date_line(9, b.when))
    if sapo:
        b.body(sapo)
    b.paragraphs(paras, [("caption", _cap(r)), ("related", "> " + b.pool.title(r))])
    b.f("byline", _byline(r))
    b.f("widget", "Đọc nhiều")
    for i in range(1, r.randint(3, 4)):
        b.f("related", f"{i}. {b.pool.title(r)}")
    b.f("widget", "Về đầu trang")
    b.f("widget", f"Email: toasoan@{r.choice(['baomoi', 'tintuc24', 'docbao', 'thoibao'])}.vn")


def _photo(b: _Build, title, sapo, paras):      # photo story: captions between short paragraphs
    r = b.rng
    b.f("widget", "Ảnh")
    b.top(title)
    b.top(_date_line(r.randint(0, 9), b.when))
    b.f("byline", r.choice([f"Ảnh: {r.choice(PEN_NAMES)}", f"Bài và ảnh: {r.choice(FULL_NAMES)}", _byline(r)]))
    if sapo:
        b.body(sapo)
    n = len(paras)
    shots = r.randint(3, 5)
    inserts = []
    for i in range(shots):
        inserts.append(("widget", f"{i + 1}/{shots}") if r.random() < 0.4 else ("caption", _cap(r)))
        inserts.append(("caption", _cap(r)))
    b.paragraphs(paras, inserts[: max(4, 2 * n + 2)])
    if r.random() < 0.3:
        b.f("credit", _credit(r))
    b.f("widget", "Xem thêm ảnh")
    b.related(2, prefix="[Ảnh] ")


def _emag(b: _Build, title, sapo, paras):       # e-magazine long read: staff block on top, chapter marks
    r = b.rng
    b.f("widget", "E-Magazine")
    b.top(title)
    b.top(_date_line(r.randint(0, 9), b.when))
    a, c, d = r.sample(PEN_NAMES + FULL_NAMES, 3)
    b.f("byline", r.choice([f"Thực hiện: {a} - {c}", f"Nội dung: {a}", f"Bài: {a.upper()}"]))
    b.f("byline", r.choice([f"Ảnh: {c}", f"Ảnh: {c} - {d}", f"Thiết kế: {d}", f"Đồ họa: {d}"]))
    if sapo:
        b.body(sapo)
    marks = [("widget", m) for m in r.sample(["I", "II", "III", "01", "02", "03", "Phần 1", "Phần 2"], 2)]
    b.paragraphs(paras, marks + [("caption", _cap(r)) for _ in range(r.randint(1, 3))])
    b.f("widget", f"Ngày xuất bản: {b.when:%d/%m/%Y}")
    b.f("widget", "Chia sẻ bài viết")
    b.f("related", b.pool.row(r))


def _agency_line(rng: random.Random) -> str:
    return rng.choice(AGENCY_CODES + ["Nhóm PV", "PV", "NHÓM PHÓNG VIÊN"])


def _section(rng: random.Random) -> tuple[str, str]:
    return rng.choice(SECTIONS)


SITES = [_site_0, _site_1, _site_2, _site_3, _site_4, _site_5, _site_6, _site_7, _site_8, _site_9]
LAYOUTS = {f"site{i}": s for i, s in enumerate(SITES)} | {"photo": _photo, "emagazine": _emag}
_FILLERS = ["Chia sẻ qua Zalo", "Sao chép liên kết", "In bài", "Góp ý", "Lưu tin", "Gửi bài cho chúng tôi",
            "Theo dõi chúng tôi trên Facebook", "Quảng cáo", "Tin nổi bật", "Xem tiếp"]


def _fit(b: _Build, body_lines: set[str], title: str) -> None:
    """Drop furniture that equals a story line; bring the furniture count into 8-15."""
    b.rows = [(t, line) for t, line in b.rows
              if t in ("top", "body") or (line not in body_lines and line != title)]
    furn = [i for i, (t, _) in enumerate(b.rows) if t in KINDS]
    while len(furn) > FURNITURE_MAX:
        drop = [i for i in furn if b.rows[i][0] in ("related", "widget", "caption")]
        del b.rows[b.rng.choice(drop)]
        furn = [i for i, (t, _) in enumerate(b.rows) if t in KINDS]
    for extra in b.rng.sample(_FILLERS, max(0, FURNITURE_MIN - len(furn))):
        b.f("widget", extra)


def _paragraphs(rng: random.Random, sents: list[str]) -> list[str]:
    paras, i = [], 0
    while i < len(sents):
        n = rng.randint(1, 4)
        chunk = sents[i:i + n]
        if len(chunk) == 1 and chunk[0].rstrip(" \"”").endswith(("…", "..")) and i + 1 < len(sents):
            chunk = sents[i:i + 2]       # an ellipsis-ended story sentence never stands alone
        paras.append(" ".join(chunk))
        i += len(chunk)
    return paras


def pages(train_path: Path) -> list[Page]:
    """The 300 pages (fewer if rows are missing or too short), deterministic."""
    rows = _rows(Path(train_path))
    pool = _Pool(rows)
    names = list(LAYOUTS)
    out = []
    for number in BODY_ROWS:
        row = rows.get(number)
        if row is None:
            continue
        rng = random.Random(f"clean_test6/{number}")
        sents = clean_sentences(row["article"])
        summary = row.get("summary", "").strip()
        sapo = clean_sentences(summary) if summary[:1].isupper() or summary[:1] in "\"“" else []
        if len(sents) < 2 or not pool.titles or not pool.leads:
            continue
        if rng.random() < 0.12:                              # a short page
            sapo, sents = [], sents[:rng.randint(2, 3)]
        layout = names[(number - BODY_ROWS.start) % len(names)]
        if layout == "photo":                                # a photo story tells little in words
            sapo, sents = sapo[:1], sents[:rng.randint(4, 8)]
        when = datetime.datetime(2017, 1, 1, 6) + datetime.timedelta(
            days=rng.randint(0, 900), minutes=rng.randint(0, 16 * 60))
        b = _Build(rng, pool, when)
        paras = _paragraphs(rng, sents)
        title = row["title"].strip()
        LAYOUTS[layout](b, title, " ".join(sapo), paras)
        _fit(b, set(paras) | {" ".join(sapo)}, title)
        lines = [line for _, line in b.rows]
        out.append(Page(text="\n".join(lines), body=sapo + sents,
                        furniture=[(t, line) for t, line in b.rows if t in KINDS], layout=layout))
    return out


def main(argv: list[str]) -> None:
    made = pages(Path(argv[1]))
    kinds = Counter(k for p in made for k, _ in p.furniture)
    print(f"pages {len(made)}  body sentences {sum(len(p.body) for p in made)}  "
          f"furniture {sum(kinds.values())}  {dict(sorted(kinds.items()))}")
    print("layouts", dict(sorted(Counter(p.layout for p in made).items())))
    per = [len(p.furniture) for p in made]
    print(f"furniture per page {min(per)}-{max(per)}  short pages {sum(len(p.body) <= 3 for p in made)}")


if __name__ == "__main__":
    main(sys.argv)
