"""Held-out cleaning test set 7: ten page layouts built around VietNews train rows.

Written blind (its author never read the cleaner or the other page sets). Stdlib only.
Bodies come from 0-based rows 13,000-13,299 of vietnews_train.jsonl.gz; related headlines and
teasers from rows 13,300-13,999. Blank or ``{}`` lines are skipped, so a slice that keeps line
numbers (blank lines elsewhere) works. ``pages(path)`` is deterministic.
"""
import gzip
import json
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

BODY_ROWS = range(13000, 13300)
RELATED_ROWS = range(13300, 14000)
KINDS = ("byline", "credit", "caption", "related", "widget")


@dataclass
class Page:
    text: str                       # whole page, lines joined by "\n"
    body: list[str]                 # the story's sentences, in order
    furniture: list[tuple[str, str]] = field(default_factory=list)  # (kind, exact line)
    layout: str = ""


# ---------------------------------------------------------------- sentences

_ABBREV = {"TP", "Q", "P", "TS", "ThS", "GS", "PGS", "BS", "TT", "TX", "KS", "Th", "St", "Mr", "Mrs", "Dr",
           "ĐH", "NXB", "Tp", "CN", "KTS", "NSƯT", "NSND", "Ths", "Ts"}
_CANDIDATE = re.compile(r"[.!?…][\"”’)]*\s+")
_JUNK = ("> >", ">>", "Xem thêm", "Ảnh:", "Video:", "ảnh:", "Nguồn:", "Clip:", "Đọc thêm", "Theo Báo", "(Ảnh")
_GLUED = re.compile(r"[a-zđà-ỹ][.!?][A-ZĐÀ-Ỹ][a-zđà-ỹ]")
_END = re.compile(r"[.!?…][\"”’)]*$")
# a subheading glued before the next sentence: "... trên Quốc lộ 22 Vào khoảng 17h ..."
_SUBHEAD = re.compile(r" ([a-zđà-ỹ0-9]+) (?:Vào|Tối|Sáng|Chiều|Trưa|Khoảng|Trước đó|Tại|Ngày|Hiện nay) ")
_TITLES = {"ông", "bà", "anh", "chị", "em", "cô", "chú", "bác", "cháu", "cụ", "thầy", "bé", "cậu", "dì", "con", "và"}
_LEADING_MEDIA = ("Video ", "Clip ", "Ảnh ", "VIDEO", "Xem video")


def _starts_sentence(ch: str) -> bool:
    return ch.isupper() or ch.isdigit() or ch in "\"“‘'"


def split_sentences(text: str) -> list[str]:
    """Cut after '. ', '? ', '! ' before a capital/digit/quote; merge pieces under 4 words."""
    text = " ".join(text.split())
    pieces, start = [], 0
    for m in _CANDIDATE.finditer(text):
        end = m.end()
        if end >= len(text) or not _starts_sentence(text[end]):
            continue
        before = text[start:m.start() + 1].split()
        last = before[-1].rstrip(".!?…\"”’)") if before else ""
        if text[m.start()] == "." and (last in _ABBREV or (len(last) == 1 and last.isupper())):
            continue
        pieces.append(text[start:m.end()].strip())
        start = end
    if start < len(text):
        pieces.append(text[start:].strip())
    merged: list[str] = []
    for piece in pieces:
        if merged and (len(piece.split()) < 4 or len(merged[-1].split()) < 4):
            merged[-1] = merged[-1] + " " + piece
        else:
            merged.append(piece)
    return [p for p in merged if p]


def _glued_subhead(s: str) -> bool:
    return any(m.group(1) not in _TITLES for m in _SUBHEAD.finditer(" " + s))


def clean_sentences(text: str) -> list[str]:
    """Sentences of the story, leaving out those carrying the source's own junk."""
    out = []
    for s in split_sentences(text):
        if any(j in s for j in _JUNK) or _GLUED.search(s) or not _END.search(s) or _glued_subhead(s) \
                or s.startswith(_LEADING_MEDIA):
            continue
        if len(s.split()) < 4:
            continue
        out.append(s)
    return out


# ---------------------------------------------------------------- wordings

FULL_NAMES = [
    "Nguyễn Văn Hưng", "Trần Thị Mai Anh", "Lê Quang Vinh", "Phạm Thu Hằng", "Hoàng Đức Thịnh",
    "Vũ Thị Ngọc Bích", "Đặng Minh Khôi", "Bùi Thanh Tùng", "Đỗ Hải Yến", "Hồ Sỹ Nguyên",
    "Ngô Bảo Châu Anh", "Dương Văn Lợi", "Lý Thị Hồng Nhung", "Trịnh Công Sơn Hà", "Phan Anh Tuấn",
    "Võ Thị Kim Oanh", "Đinh Quốc Bảo", "Lương Thế Hiển", "Tạ Thu Thủy", "Cao Xuân Hòa",
    "Mai Phương Thảo", "Chu Văn Đạt", "La Thị Diệu Linh", "Kiều Minh Trí", "Hà Thanh Bình",
    "Lưu Hoàng Nam", "Quách Thị Lan", "Tô Ngọc Ánh", "Văn Đình Khải", "Âu Dương Phong",
    "Nông Thị Hạnh", "Thái Bá Tân", "Triệu Thị Thu", "Khổng Minh Đức", "Giang Thị Huyền",
    "Lạc Văn Thuận", "Mạc Đăng Khoa", "Đoàn Thị Bé", "Tăng Quốc Cường", "Huỳnh Tấn Phát",
]
PEN_NAMES = [
    "Minh Anh", "Hoàng Long", "Thu Trang", "Quốc Tuấn", "Hải Yến", "Đức Minh", "Lan Hương", "Việt Hà",
    "Ngọc Diệp", "Thanh Sơn", "Bảo Ngọc", "Trọng Hiếu", "Kim Chi", "Tuấn Kiệt", "Phương Lam",
    "Hồng Vân", "Xuân Trường", "Mỹ Linh", "Duy Khánh", "Thùy Dương", "Gia Huy", "Ánh Tuyết",
]
AGENCY_CODES = ["TTXVN", "VOV", "VNA", "TTXVN/Vietnam+", "VOV-Tây Nguyên", "VOV-ĐBSCL", "VOV-Miền Trung",
                "TTXVN tại Hà Tĩnh", "PV", "CTV", "TTXVN-VNA", "VTV24"]
OUTLETS = [
    "Tuổi Trẻ", "Thanh Niên", "VnExpress", "Dân trí", "Lao Động", "Người Lao Động", "Tiền Phong",
    "VietNamNet", "Nhân Dân", "Quân đội nhân dân", "Công an nhân dân", "Sài Gòn Giải Phóng",
    "Pháp luật TP.HCM", "Kinh tế & Đô thị", "Hà Nội Mới", "An ninh Thủ đô", "Giao thông",
    "Nông nghiệp Việt Nam", "Sức khỏe & Đời sống", "Phụ nữ Việt Nam", "Thanh tra", "Đầu tư",
    "Vietnam+", "Quảng Ninh", "Nghệ An", "Hà Tĩnh", "Đồng Nai", "Cần Thơ", "Giáo dục & Thời đại",
    "Văn hóa", "Đại biểu Nhân dân", "Kinh tế Sài Gòn",
]
WIRES = ["Reuters", "AFP", "AP", "Bloomberg", "BBC", "Xinhua", "Kyodo", "Yonhap"]
CAPTION_SCENES = [
    "Lực lượng chức năng có mặt tại hiện trường", "Quang cảnh buổi làm việc", "Người dân theo dõi vụ việc",
    "Toàn cảnh hội nghị", "Các đại biểu cắt băng khánh thành công trình", "Hiện trường vụ tai nạn",
    "Cơ quan công an lấy lời khai các đối tượng", "Tang vật thu giữ tại chỗ", "Đoàn công tác kiểm tra thực tế",
    "Bệnh nhân được chăm sóc tại bệnh viện", "Một góc khu vực bị ảnh hưởng", "Lãnh đạo tỉnh trao quà cho người dân",
    "Phương tiện ùn tắc trên tuyến đường", "Học sinh trong giờ học", "Nông dân thu hoạch trên cánh đồng",
    "Lực lượng cứu hộ tìm kiếm nạn nhân", "Buổi lễ diễn ra trang trọng", "Khu vực xảy ra sự việc được phong tỏa",
    "Cán bộ y tế lấy mẫu xét nghiệm", "Quang cảnh phiên tòa", "Tàu cá neo đậu tránh bão",
    "Công nhân thi công trên công trường",
]


def _name(rng: random.Random) -> str:
    return rng.choice(FULL_NAMES if rng.random() < 0.55 else PEN_NAMES)


def byline(rng: random.Random) -> str:
    """A byline in one of many shapes: names only, capitals, pairs, agencies, teams."""
    shape = rng.randrange(12)
    a, b = _name(rng), _name(rng)
    if shape == 0:
        return a.upper()
    if shape == 1:
        return a + rng.choice([" - ", "–", " – ", " / ", "/"]) + b
    if shape == 2:
        return f"{a}/{b}"
    if shape == 3:
        return f"{a} ({rng.choice(AGENCY_CODES)})"
    if shape == 4:
        return f"{a.upper()} - {b.upper()}"
    if shape == 5:
        return rng.choice(AGENCY_CODES)
    if shape == 6:
        return rng.choice(["Nhóm PV", "Nhóm phóng viên", "Nhóm PV Thời sự", "Nhóm PV Pháp luật", "PV Ban Xã hội"])
    if shape == 7:
        return f"{rng.choice(['Bài và ảnh', 'Bài, ảnh', 'Tin, ảnh', 'Bài & ảnh'])}: {a}"
    if shape == 8:
        return f"{a.upper()} ({rng.choice(AGENCY_CODES)})"
    if shape == 9:
        return f"{a}/{rng.choice(AGENCY_CODES)}"
    if shape == 10:
        return f"{a} – {b} ({rng.choice(AGENCY_CODES)})"
    return a


def credit(rng: random.Random) -> str:
    o = rng.choice(OUTLETS)
    return rng.choice([
        f"Theo Báo {o}", f"(Theo {o})", f"Nguồn: Báo {o} điện tử", f"Theo {o}", f"Bài viết được đăng lại từ báo {o}",
        f"Trích nguồn: {o}", f"Lược dịch từ {rng.choice(WIRES)}", f"Theo {rng.choice(WIRES)}, {o}",
        f"Tổng hợp từ {o}, {rng.choice(OUTLETS)}", f"Bài gốc đăng trên báo {o}", f"Nguồn tin: {o}",
        f"Theo TTXVN/{o}", f"{o.upper()} (theo {rng.choice(WIRES)})",
    ])


def caption(rng: random.Random) -> str:
    scene = rng.choice(CAPTION_SCENES)
    who = rng.choice([_name(rng), rng.choice(AGENCY_CODES), "Báo " + rng.choice(OUTLETS), "CTV", "Internet"])
    return rng.choice([
        f"{scene}. (Ảnh: {who})", f"{scene} (Ảnh: {who})", f"{scene}. Ảnh: {who}", f"{scene} - Ảnh: {who}",
        f"Ảnh minh họa ({who})", f"{scene}. (ảnh {who})", f"{scene} (ảnh minh họa: {who})",
        f"{scene}. (Nguồn ảnh: {who})", f"Video: {scene} ({who})", f"{scene}. Ảnh chụp màn hình clip ({who})",
        f"{scene} (Hình: {who})",
    ])


class Pool:
    """Headlines and teaser openings of other stories."""

    def __init__(self, rows: list[dict]) -> None:
        self.titles = [r["title"].strip() for r in rows if r.get("title", "").strip()]
        self.openings = []
        for r in rows:
            sents = clean_sentences(r.get("article", ""))
            if sents and len(sents[0].split()) >= 12:
                self.openings.append(sents[0])
        if not self.titles:
            self.titles = ["Tin tức trong ngày"]
        if not self.openings:
            self.openings = [t + " được dư luận quan tâm trong nhiều ngày qua." for t in self.titles]

    def headline(self, rng: random.Random) -> str:
        return rng.choice(self.titles)

    def teaser(self, rng: random.Random) -> str:
        words = rng.choice(self.openings).split()
        cut = rng.randint(8, min(22, len(words) - 2))
        return " ".join(words[:cut]).rstrip(",;:") + rng.choice(["…", "...", " …", " ..."])

    def related(self, rng: random.Random) -> str:
        """One related-story line in one of many shapes."""
        shape = rng.randrange(9)
        h = self.headline(rng)
        if shape == 0:
            n = rng.randint(2, 4)
            return rng.choice([" | ", " || ", " ¦ ", " / ", " • "]).join(self.headline(rng) for _ in range(n))
        if shape == 1:
            return self.teaser(rng)
        if shape == 2:
            return f"{rng.choice(['Xem thêm', 'Đọc thêm', 'XEM THÊM', 'Xem tiếp', 'Mời đọc thêm'])}: {h}"
        if shape == 3:
            return f"{rng.choice(['»', '-', '•', '+', '>', '▶'])} {h}"
        if shape == 4:
            return f"{h} ({rng.randint(1, 28):02d}/{rng.randint(1, 12):02d})"
        if shape == 5:
            return f"{h} - {self.teaser(rng)}"
        if shape == 6:
            return f"{rng.choice(['Tin liên quan', 'Bài liên quan', 'Có thể bạn quan tâm'])}: {h}"
        return h


# ---------------------------------------------------------------- dates

_WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def _date(rng: random.Random) -> tuple[int, int, int, int, int, str]:
    y, mo, d = rng.randint(2016, 2020), rng.randint(1, 12), rng.randint(1, 28)
    return y, mo, d, rng.randint(5, 22), rng.randint(0, 59), rng.choice(_WEEKDAYS)


def date_line(rng: random.Random, style: int) -> str:
    y, mo, d, h, mi, wd = _date(rng)
    forms = [
        f"{wd}, {d:02d}/{mo:02d}/{y} {h:02d}:{mi:02d}", f"{d:02d}/{mo:02d}/{y} | {h:02d}:{mi:02d} GMT+7",
        f"Cập nhật: {h:02d}:{mi:02d} {d:02d}/{mo:02d}/{y}", f"Ngày đăng: {d:02d}-{mo:02d}-{y}",
        f"{wd.lower()}, ngày {d} tháng {mo} năm {y}", f"pubDate: {wd}, {d:02d}/{mo:02d}/{y} {h:02d}:{mi:02d}:00 +0700",
        f"{h:02d}:{mi:02d} ngày {d:02d}/{mo:02d}/{y}", f"Ngày {d}/{mo}/{y} - {h}h{mi:02d}",
        f"Đăng lúc {h:02d}:{mi:02d}, {d:02d}/{mo:02d}/{y}", f"{d} tháng {mo}, {y}",
    ]
    return forms[style % len(forms)]


# ---------------------------------------------------------------- layouts

def _provinces(rng: random.Random) -> str:
    return rng.choice(["Hà Tĩnh", "Quảng Bình", "Nghệ An", "Thanh Hóa", "Bình Định", "Đắk Lắk", "Long An",
                       "Cà Mau", "Lào Cai", "Hải Dương", "Thái Bình", "Kiên Giang", "Phú Yên", "Sơn La"])


def _site(rng: random.Random) -> str:
    return rng.choice(["tintuc", "baomoi", "docbao", "thoisu", "news", "24h", "tinnhanh"]) + rng.choice(
        [".vn", ".com.vn", ".net", ".org.vn"])


def _url(rng: random.Random) -> str:
    return f"https://{_site(rng)}/{rng.choice(['xa-hoi', 'thoi-su', 'phap-luat', 'kinh-te', 'doi-song'])}/" \
           f"bai-viet-{rng.randint(100000, 999999)}.html"


# Each layout returns slots: pre (above title), mid (between title/date and lead), inner
# (between paragraphs), post (after the story), bottom; every item is (kind, line).
def lay_print(rng, pool):
    pre = [("widget", rng.choice(["In bài", "Bản in", "Phiên bản in", "IN BÀI VIẾT"])),
           ("widget", f"{rng.choice(['Trang in từ', 'Bản in từ trang'])} {_site(rng)}")]
    mid = [("widget", rng.choice(["[In trang này] [Đóng cửa sổ]", "In | Đóng", "Cỡ chữ: A- A A+"]))]
    inner = [("caption", caption(rng))]
    post = [("byline", byline(rng)), ("credit", credit(rng))]
    bottom = [("widget", f"Địa chỉ bài viết: {_url(rng)}"), ("widget", "Đóng cửa sổ"),
              ("widget", f"© {rng.randint(2016, 2021)} Bản quyền thuộc về {_site(rng)}"),
              ("widget", "Ghi rõ nguồn khi phát hành lại thông tin từ website này."),
              ("related", pool.related(rng))]
    return pre, mid, inner, post, bottom


def lay_reader(rng, pool):
    o = rng.choice(OUTLETS)
    pre = [("widget", rng.choice(["Chế độ đọc", "Đọc nhanh", "Chế độ xem rút gọn"])),
           ("credit", rng.choice([o, f"Báo {o}", f"{o} • {rng.randint(1, 23)} giờ trước"]))]
    mid = [("widget", f"{rng.randint(1, 12)} phút đọc"), ("widget", rng.choice(["Nghe bài viết", "▶ Nghe", "Aa"]))]
    inner = [("related", pool.related(rng)), ("caption", caption(rng))]
    post = [("byline", byline(rng)), ("widget", rng.choice(["Xem bài gốc", "Mở trên trình duyệt", "Xem trên trang nguồn"])),
            ("widget", rng.choice(["Thích", "Lưu tin", "Chia sẻ"])),
            ("related", rng.choice(["Tin cùng chủ đề", "Đọc tiếp", "Tin khác"]))]
    bottom = [("related", pool.related(rng)) for _ in range(rng.randint(2, 4))] + [
        ("widget", rng.choice(["Tải ứng dụng để đọc tin nhanh hơn", "Cài đặt ứng dụng đọc báo miễn phí"]))]
    return pre, mid, inner, post, bottom


def lay_rss(rng, pool):
    pre = [("widget", f"Kênh: {rng.choice(['Thời sự', 'Xã hội', 'Pháp luật', 'Kinh tế'])} - RSS"),
           ("widget", f"link: https://{_site(rng)}/rss/{rng.choice(['tin-moi', 'thoi-su', 'xa-hoi'])}.rss"),
           ("widget", "item 1")]
    mid = [("widget", f"link: {_url(rng)}"), ("widget", f"guid: {rng.randint(10**7, 10**8)}"),
           ("widget", f"category: {rng.choice(['Xã hội', 'Thời sự', 'Pháp luật', 'Đời sống'])}")]
    inner = [("caption", caption(rng))] if rng.random() < 0.6 else [("related", pool.related(rng))]
    post = [("byline", "author: " + _name(rng)) if rng.random() < 0.5 else ("byline", byline(rng)),
            ("credit", "source: " + rng.choice(OUTLETS))]
    bottom = []
    for k in range(2, rng.randint(3, 4) + 1):
        bottom += [("widget", f"item {k}"), ("related", pool.headline(rng)), ("related", pool.teaser(rng))]
    return pre, mid, inner, post, bottom


def lay_tv(rng, pool):
    pre = [("widget", rng.choice(["Truyền hình trực tuyến", "Xem trực tiếp", "LIVE"])),
           ("widget", rng.choice(["Thời sự | Chuyên đề | Giải trí | Thể thao", "Trang chủ > Tin tức > Thời sự"]))]
    mid = [("widget", f"{rng.randint(0, 5):02d}:{rng.randint(0, 59):02d}"),
           ("caption", f"Video: {rng.choice(CAPTION_SCENES)} ({rng.choice(['Nguồn', 'Thực hiện'])}: {rng.choice(AGENCY_CODES)})")]
    inner = [("caption", caption(rng))]
    post = [("byline", rng.choice([f"BTV {_name(rng)} - Quay phim {_name(rng)}", byline(rng),
                                   f"{_name(rng)} - {_name(rng)} - {_name(rng)}"])),
            ("widget", rng.choice(["Bản tin Thời sự 19h", "Chương trình: Chuyển động 24h", "Bản tin Chào buổi sáng"]))]
    bottom = [("related", rng.choice(["Video khác", "Xem nhiều nhất"])),
              ("related", f"{pool.headline(rng)} {rng.randint(1, 9):02d}:{rng.randint(0, 59):02d}"),
              ("related", pool.related(rng)),
              ("widget", f"Đài Truyền hình {_provinces(rng)} - Giấy phép số {rng.randint(10, 999)}/GP-BTTTT")]
    return pre, mid, inner, post, bottom


def lay_radio(rng, pool):
    pre = [("widget", rng.choice(["Nghe trực tiếp", "Kênh VOV1 | VOV2 | VOV3", "Phát thanh trực tuyến"])),
           ("widget", f"Bản tin thời sự {rng.choice(['6h', '12h', '18h', '21h30'])}")]
    mid = [("widget", f"00:00 / {rng.randint(1, 9):02d}:{rng.randint(0, 59):02d}"),
           ("widget", rng.choice(["Nghe audio", "▶ Nghe bản tin", "Tải về MP3"]))]
    inner = [("related", pool.related(rng))]
    post = [("byline", byline(rng)), ("byline", f"{_name(rng)}/VOV-{_provinces(rng)}"),
            ("credit", rng.choice([f"Theo VOV.VN", credit(rng)]))]
    bottom = [("related", rng.choice(["Tin cùng chuyên mục", "Nghe lại các bản tin"])),
              ("related", pool.related(rng)), ("related", pool.related(rng)),
              ("widget", f"Tần số FM {rng.randint(88, 107)},{rng.randint(0, 9)} MHz")]
    return pre, mid, inner, post, bottom


def lay_gov(rng, pool):
    p = _provinces(rng)
    pre = [("widget", f"CỔNG THÔNG TIN ĐIỆN TỬ TỈNH {p.upper()}"),
           ("widget", rng.choice(["Trang chủ > Tin tức - Sự kiện", "Trang chủ / Tin hoạt động / Kinh tế - Xã hội"]))]
    mid = [("widget", f"Lượt xem: {rng.randint(50, 9999)}"), ("widget", "Cỡ chữ: Nhỏ | Vừa | Lớn")]
    inner = [("caption", caption(rng))]
    post = [("byline", f"{byline(rng)} ({rng.choice(['Trung tâm Truyền thông tỉnh', 'Văn phòng UBND tỉnh', 'Sở Thông tin và Truyền thông'])})"),
            ("widget", "In trang | Gửi email | Về đầu trang")]
    bottom = [("related", "Các tin khác")] + [("related", f"{pool.headline(rng)} ({rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(2016, 2020)})") for _ in range(rng.randint(2, 3))] + [
        ("widget", f"Cơ quan chủ quản: UBND tỉnh {p}"),
        ("widget", f"Chịu trách nhiệm chính: {_name(rng)} - {rng.choice(['Chánh Văn phòng UBND tỉnh', 'Giám đốc Sở Thông tin và Truyền thông'])}"),
        ("widget", f"Ghi rõ nguồn \"Cổng Thông tin điện tử tỉnh {p}\" khi phát hành lại thông tin từ Cổng này.")]
    return pre, mid, inner, post, bottom


def lay_school(rng, pool):
    unit = rng.choice(["TRƯỜNG ĐẠI HỌC KHOA HỌC TỰ NHIÊN", "TRƯỜNG ĐẠI HỌC NÔNG LÂM", "BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN",
                       "BỘ Y TẾ", "TRƯỜNG ĐẠI HỌC SƯ PHẠM", "BỘ GIAO THÔNG VẬN TẢI", "HỌC VIỆN BÁO CHÍ VÀ TUYÊN TRUYỀN"])
    pre = [("widget", unit), ("widget", "Giới thiệu  Tin tức  Tuyển sinh  Đào tạo  Liên hệ"),
           ("widget", rng.choice(["Tin tức - Sự kiện", "Tin hoạt động", "Thông cáo báo chí"]))]
    mid = [("widget", f"Người đăng: {rng.choice(['admin', 'Phòng Truyền thông', 'Văn phòng Bộ'])}")]
    inner = [("caption", caption(rng)), ("caption", caption(rng))]
    post = [("byline", rng.choice([f"Tin: {_name(rng)} - Ảnh: {_name(rng)}", byline(rng), f"Bài và ảnh: {_name(rng)}"])),
            ("credit", rng.choice([credit(rng), "Nguồn: Phòng Truyền thông"]))]
    bottom = [("related", rng.choice(["Tin mới hơn", "Tin cũ hơn", "Các tin đã đưa"])), ("related", pool.related(rng)),
              ("related", pool.related(rng)), ("widget", f"Địa chỉ: Số {rng.randint(1, 300)} đường {rng.choice(['Trần Phú', 'Lê Lợi', 'Nguyễn Trãi', 'Xuân Thủy'])}"),
              ("widget", f"Điện thoại: 024.{rng.randint(3000, 3999)}.{rng.randint(1000, 9999)}")]
    return pre, mid, inner, post, bottom


def lay_blog(rng, pool):
    owner = _name(rng)
    pre = [("widget", f"Blog của {owner}"), ("widget", "Trang chủ | Giới thiệu | Lưu trữ")]
    mid = [("byline", f"Đăng bởi {owner}"),
           ("credit", rng.choice([f"Mình đọc bài này trên báo {rng.choice(OUTLETS)} thấy hay nên chia sẻ lại.",
                                  f"(Bài đăng lại từ {rng.choice(OUTLETS)})", f"Repost từ {rng.choice(OUTLETS)}"]))]
    inner = [("caption", caption(rng))]
    post = [("credit", credit(rng)), ("widget", f"Nhãn: {rng.choice(['thời sự', 'xã hội', 'ghi chép', 'tin hay'])}"),
            ("widget", f"{rng.randint(0, 12)} nhận xét:"),
            ("widget", f"{rng.choice(PEN_NAMES)} lúc {rng.randint(1, 12)}:{rng.randint(10, 59)} {rng.choice(['SA', 'CH'])}")]
    bottom = [("widget", rng.choice(["Bài đăng Mới hơn  Bài đăng Cũ hơn  Trang chủ", "← Bài trước | Bài sau →"])),
              ("related", "Bài đăng phổ biến"), ("related", pool.related(rng)), ("related", pool.related(rng)),
              ("widget", "Đăng ký: Đăng Nhận xét (Atom)")]
    return pre, mid, inner, post, bottom


def lay_pdf(rng, pool):
    o = rng.choice(OUTLETS)
    y, mo, d, _, _, wd = _date(rng)
    page = rng.randint(2, 16)
    pre = [("widget", f"{o.upper()}  •  SỐ {rng.randint(50, 365)} ({rng.randint(5000, 9000)})  •  {wd.upper()} {d}-{mo}-{y}"),
           ("widget", rng.choice(["THỜI SỰ", "XÃ HỘI", "PHÁP LUẬT", "KINH TẾ", "BẠN ĐỌC"])), ("widget", str(page))]
    mid = [("widget", rng.choice(["Tiếp theo trang 1", "(Tiếp theo trang 1)", "KỲ 2"]))]
    inner = [("caption", caption(rng)), ("widget", rng.choice(["QUẢNG CÁO", "(Xem tiếp trang 7)", "▪ ▪ ▪"]))]
    post = [("byline", byline(rng).upper())]
    bottom = [("related", rng.choice(["ĐỌC THÊM TRÊN BÁO ĐIỆN TỬ", "TIN VẮN", "ĐIỂM TIN"])), ("related", pool.related(rng)),
              ("widget", f"Trang {page}"), ("widget", f"www.{_site(rng)}"),
              ("widget", f"Giá: {rng.choice(['4.000', '5.000', '6.000'])} đồng")]
    return pre, mid, inner, post, bottom


def lay_email(rng, pool):
    y, mo, d, h, mi, wd = _date(rng)
    sender = _name(rng)
    pre = [("widget", "---------- Forwarded message ---------"),
           ("widget", f"From: {sender} <{rng.choice(['hung', 'mai', 'tuan', 'lan'])}{rng.randint(70, 99)}@gmail.com>"),
           ("widget", f"Date: {wd}, {d} thg {mo}, {y} lúc {h}:{mi:02d}"),
           ("widget", f"To: {rng.choice(['Cả nhà', 'Ban biên tập', 'Nhóm lớp'])} <{rng.choice(['canha', 'bbt', 'nhom'])}@googlegroups.com>"),
           ("widget", rng.choice(["Gửi cả nhà đọc tham khảo.", "Chuyển tiếp để mọi người cùng biết.", "FYI"]))]
    mid = [("credit", rng.choice([f"Bài gốc: {_url(rng)}", f"Nguồn: {rng.choice(OUTLETS)}", f"Link bài: {_url(rng)}"]))]
    inner = [("related", pool.related(rng))]
    post = [("byline", byline(rng)), ("credit", credit(rng))]
    bottom = [("widget", "--"), ("widget", "Trân trọng,"), ("widget", sender),
              ("widget", f"ĐT: 09{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(100, 999)}"),
              ("widget", rng.choice(["Gửi từ iPhone của tôi", "Sent from my iPhone", "Sent from Mail for Windows"]))]
    return pre, mid, inner, post, bottom


LAYOUTS = {"print": lay_print, "reader": lay_reader, "rss": lay_rss, "tv": lay_tv, "radio": lay_radio,
           "gov": lay_gov, "school": lay_school, "blog": lay_blog, "pdf": lay_pdf, "email": lay_email}


# ---------------------------------------------------------------- assembly

def _load(train_path: Path) -> tuple[list[tuple[int, dict]], list[dict]]:
    bodies, related = [], []
    with gzip.open(train_path, "rt", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i >= RELATED_ROWS.stop:
                break
            if i < BODY_ROWS.start or not line.strip():
                continue
            row = json.loads(line)
            if not row:
                continue
            if i in BODY_ROWS:
                bodies.append((i, row))
            else:
                related.append(row)
    return bodies, related


def _paragraphs(rng: random.Random, sents: list[str]) -> list[list[str]]:
    paras, i = [], 0
    while i < len(sents):
        n = rng.randint(1, 4)
        paras.append(sents[i:i + n])
        i += n
    return paras


def _make_page(index: int, row_id: int, row: dict, pool: Pool) -> Page | None:
    rng = random.Random(f"clean_test7:{row_id}")
    name = list(LAYOUTS)[index % len(LAYOUTS)]
    title = " ".join(row.get("title", "").split())
    lead = clean_sentences(row.get("summary", ""))
    story = clean_sentences(row.get("article", ""))
    if not title or not story:
        return None
    sents = lead + story
    if rng.random() < 0.1:
        sents = sents[:rng.randint(2, 3)]
    pre, mid, inner, post, bottom = LAYOUTS[name](rng, pool)
    paras = _paragraphs(rng, sents)
    lines: list[str] = []
    furniture: list[tuple[str, str]] = []

    def put(item: tuple[str, str]) -> None:
        lines.append(item[1])
        furniture.append(item)

    for item in pre:
        put(item)
    lines.append(title)
    date = date_line(rng, 5 if name == "rss" else rng.choice([0, 1, 2, 3, 4, 6, 7, 8, 9]))
    if name == "pdf" and rng.random() < 0.5:
        date = None
    if date:
        lines.append(date)
    for item in mid:
        put(item)
    slots = list(range(1, max(2, len(paras))))
    spots = {}
    for item in inner:
        spots.setdefault(rng.choice(slots), []).append(item)
    for k, para in enumerate(paras):
        for item in spots.get(k, []):
            put(item)
        lines.append(" ".join(para))
    for k in sorted(s for s in spots if s >= len(paras)):
        for item in spots[k]:
            put(item)
    for item in post + bottom:
        put(item)
    while len(furniture) < 8:
        put(("related", pool.related(rng)))
    target = rng.randint(8, 15)
    removable = bottom + post
    while len(furniture) > target and removable:  # drop bottom furniture first, then after-story lines
        item = removable.pop(rng.randrange(len(bottom))) if bottom else removable.pop(rng.randrange(len(removable)))
        if item in bottom:
            bottom.remove(item)
        idx = len(lines) - 1 - lines[::-1].index(item[1])
        del lines[idx]
        furniture.remove(item)
    return Page(text="\n".join(lines), body=sents, furniture=furniture, layout=name)


def pages(train_path: Path) -> list[Page]:
    """The test pages, one per usable body row, in row order (deterministic)."""
    bodies, related = _load(Path(train_path))
    pool = Pool(related)
    out = []
    for index, (row_id, row) in enumerate(bodies):
        page = _make_page(index, row_id, row, pool)
        if page is not None:
            out.append(page)
    return out


if __name__ == "__main__":
    import sys
    from collections import Counter
    got = pages(Path(sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data/vietnews_train.jsonl.gz"))
    kinds = Counter(k for p in got for k, _ in p.furniture)
    print(f"pages {len(got)}  body sentences {sum(len(p.body) for p in got)}  furniture {sum(kinds.values())}")
    print("by kind", dict(sorted(kinds.items())))
    print("by layout", dict(sorted(Counter(p.layout for p in got).items())))
    print("short pages (<=3 sentences)", sum(len(p.body) <= 3 for p in got))
