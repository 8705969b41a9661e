"""Blind held-out test set 32: scraped Vietnamese news pages built from VietNews rows.

Each usable row of vietnews_train.jsonl.gz in BODY_ROWS becomes one page: the article's
sentences (the body) dressed in the furniture of one of LAYOUTS (menus, bylines, credits,
captions, related-story lists, ads, comments, footers ...).  Other stories' headlines,
teasers and caption sentences come only from RELATED_ROWS (title + first RELATED_CUT
characters of the article).  Standard library only; seeded and deterministic.

Usage: python eval/clean_test32/make.py TRAIN.jsonl.gz
"""

from __future__ import annotations

import datetime
import gzip
import json
import random
import re
import sys
import time
import unicodedata
from dataclasses import dataclass

SEED = 3221
BODY_ROWS = range(17_600, 17_900)
RELATED_ROWS = range(9_600, 10_000)
RELATED_CUT = 1_200
KINDS = ("byline", "credit", "caption", "related", "widget")
LAYOUTS = (
    "portal_desktop",
    "amp_mobile",
    "app_share_copy",
    "social_fanpage",
    "chat_forward",
    "email_digest",
    "print_ocr",
    "screen_reader",
    "web_archive",
    "aggregator",
    "tv_radio",
    "gov_portal",
    "forum_repost",
    "overseas_paper",
    "pdf_export",
    "org_newsroom",
    "business_section",
    "lifestyle_health",
)


@dataclass
class Page:
    text: str
    body: list[str]
    furniture: list[tuple[str, str]]
    layout: str


# --------------------------------------------------------------------------------------
# text helpers

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_ABBR = {"TP", "Tp", "TS", "ThS", "Th.S", "PGS", "GS", "BS", "KS", "Mr", "Mrs", "Ms", "Dr",
         "St", "TX", "TT", "PGS.TS", "GS.TS", "Th", "tr", "v.v", "Ths", "Bs", "Q"}
_MARK = re.compile(r"\b(?:Ảnh|Video|Clip|Photo|Nguồn ảnh|Đồ hoạ|Đồ họa|Infographic)\s*:"
                   r"|>\s?>|\b(?:Xem thêm|Đọc thêm|Xem video|Ảnh minh hoạ|Ảnh minh họa)\b")
_LEAD_MARK = re.compile(r"^(?:Ảnh|Video|Clip|Photo|Nguồn ảnh|Đồ hoạ|Đồ họa)\s*:")
_TAIL_MARK = re.compile(r">\s?>|\b(?:Xem thêm|Đọc thêm|Xem video|Tin liên quan)\b")
_BOUND = re.compile(r"[.!?…]+[\"”'’)\]]*\s+")
_TERMINAL = tuple(".!?…")


def norm(s: str) -> str:
    s = unicodedata.normalize("NFC", s).translate(_INVISIBLE)
    return re.sub(r"\s+", " ", s).strip()


def _starts_sentence(text: str, pos: int) -> bool:
    c = text[pos]
    if c.isupper() or c.isdigit() or c in "“‘(*[>":
        return True
    if c in "\"'":
        rest = text[pos + 1:].lstrip()
        return bool(rest) and (rest[0].isupper() or rest[0].isdigit())
    return False


def split_sentences(text: str) -> list[str]:
    out, start = [], 0
    for m in _BOUND.finditer(text):
        end = m.end()
        if end >= len(text) or not _starts_sentence(text, end):
            continue
        if m.group().strip() == ".":
            tok = re.search(r"(\S+)$", text[start:m.start()])
            tok = tok.group(1) if tok else ""
            if tok in _ABBR or (len(tok) == 1 and tok.isupper()):
                continue
        out.append(text[start:end].strip())
        start = end
    out.append(text[start:].strip())
    return [s for s in out if any(ch.isalnum() for ch in s)]


def _has_boundary(text: str) -> bool:
    for m in _BOUND.finditer(text):
        end = m.end()
        if end < len(text) and (text[end].isupper() or text[end] in "“\""):
            return True
    return False


def _terminated(s: str) -> bool:
    return s.rstrip("\"”'’ ").endswith(_TERMINAL)


def _is_names(s: str) -> bool:
    s = re.sub(r"\s*\((?:Theo|Nguồn|Dịch|Lược dịch)[^()]*\)$", "", s).strip()
    if not s or len(s) > 70:
        return False
    chunks = [c for c in re.split(r"\s*[-–,/&]\s*|\s+và\s+", s) if c]
    if not chunks or len(chunks) > 4:
        return False
    for c in chunks:
        words = c.split()
        if not 1 <= len(words) <= 4:
            return False
        for w in words:
            if not (w[0].isupper() and all(ch.isalpha() or ch == "." for ch in w)):
                return False
    return True


def _is_credit(s: str) -> bool:
    return (len(s.split()) <= 8 and
            re.fullmatch(r"\(?\s*(?:Theo|Nguồn|Nguồn tin|Dịch từ|Lược dịch theo)\s*:?\s+[^.]{1,50}\)?", s)
            is not None)


def split_article(article: str) -> tuple[list[str], list[tuple[str, str]]]:
    """Return (body sentences, trailers as (kind, text)) for a VietNews article."""
    art = norm(article)
    trailers: list[tuple[str, str]] = []
    # related links glued at the end ("Xem thêm: > > A > > B", "Đọc thêm: ...")
    for m in _TAIL_MARK.finditer(art):
        rest = art[m.start():]
        if m.start() > 0 and len(rest) <= 450 and not _has_boundary(rest):
            pieces = [p.strip() for p in re.split(r">\s?>", rest) if p.strip()]
            trailers = [("related", p) for p in pieces]
            art = art[:m.start()].strip()
            break
    sents = split_sentences(art)
    tail: list[tuple[str, str]] = []
    while sents:
        last = sents[-1]
        if last.startswith("*"):
            sents.pop()
            tail.insert(0, ("credit" if "thay đổi" in last else "caption", last))
            continue
        if " * " in last:
            pre, note = last.split(" * ", 1)
            pre, note = pre.strip(), "* " + note.strip()
            sents.pop()
            tail.insert(0, ("credit" if "thay đổi" in note else "caption", note))
            if pre:
                sents.append(pre)
            continue
        if not _terminated(last):
            sents.pop()
            if _is_credit(last):
                tail.insert(0, ("credit", last))
            elif _is_names(last):
                tail.insert(0, ("byline", last))
            # other unterminated tails (fused caption + byline, cut sentence) are left off
            continue
        break
    trailers = tail + trailers
    body: list[str] = []
    drop = set()
    for i, s in enumerate(sents):
        if _MARK.search(s):
            drop.add(i)
            if _LEAD_MARK.match(s) and i > 0:
                drop.add(i - 1)  # the photo caption fused before "Ảnh: X"
    body = [s for i, s in enumerate(sents) if i not in drop]
    return body, trailers


def slug(s: str) -> str:
    s = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")[:70].strip("-")


# --------------------------------------------------------------------------------------
# invented vocabulary

SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi",
            "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh", "Lương", "Mai", "Tạ", "Cao", "Lâm",
            "Quách", "Kiều", "Tôn", "Châu"]
MIDDLES = ["Văn", "Thị", "Minh", "Ngọc", "Thanh", "Hữu", "Đức", "Quốc", "Thu", "Hoài", "Bảo",
           "Gia", "Xuân", "Kim", "Hồng", "Phương", "Tuấn", "Diệu", "Khánh", "Thiên"]
GIVEN = ["Anh", "Bình", "Châu", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hiếu", "Hoa", "Hùng",
         "Hương", "Khánh", "Khoa", "Lan", "Linh", "Long", "Mai", "Nam", "Nga", "Ngân", "Phong",
         "Phúc", "Quân", "Quyên", "Sơn", "Tâm", "Thảo", "Thắng", "Trang", "Trung", "Tú", "Tuấn",
         "Uyên", "Vy", "Yến", "Khôi", "Nhung", "Trâm", "Vinh", "Chi", "Đạt", "Lộc", "Nhi"]
OUTLETS = ["Tin Nhanh Phương Nam", "Báo điện tử Sông Lam", "Nhịp Sống Thủ Đô", "Thời báo Cửu Long",
           "Tin Tức Trường Sơn", "Duyên Hải Online", "Tiếng Nói Đồng Bằng", "Dân Việt Hôm Nay",
           "Thời Sự 24 Giờ", "Phố Hiến Điện Tử", "Cao Nguyên Xanh", "Người Đô Thị Mới",
           "Sông Hàn Plus", "Hồng Lam News", "Tin Việt Sớm"]
OVERSEAS = ["Việt Báo Tây Bắc", "Sóng Việt Little Saigon", "Hồn Việt Houston", "Việt Tribune Sydney",
            "Tiếng Quê Hương Toronto", "Nhật báo Đồng Hương Paris", "Saigon Bay News"]
TV = ["Đài Phát thanh - Truyền hình Sông Lam", "Truyền hình Cửu Long Xanh", "Đài Tiếng nói Duyên Hải",
      "Kênh Thời sự Trường Sơn TV", "Đài PT-TH Bắc Sơn"]
PROVINCES = ["Hoà Lâm", "Bắc Sơn", "Tây Điền", "Nam Giang", "Phú Hải", "Lâm Xuyên"]
ORGS = ["Trường Đại học Khoa học Phương Đông", "Học viện Kỹ thuật Sông Hồng",
        "Công ty CP Năng lượng Tân Việt", "Quỹ Hỗ trợ Cộng đồng Ánh Dương",
        "Bệnh viện Đa khoa Hoà Bình Xanh", "Trung tâm Nghiên cứu Phát triển Bền vững Mê Kông",
        "Trường Cao đẳng Nghề Duyên Hải"]
FORUMS = ["Diễn đàn Xóm Phố", "Otô Cafe Forum", "Hội Cư Dân Mạng", "Diễn đàn Sinh viên Bốn Phương",
          "Góc Phố Cũ Forum"]
AGGREGATORS = ["Đọc Nhanh 24h", "Tin Gom", "Báo Tổng Hợp", "Điểm Tin Mỗi Ngày", "TinHay Radar"]
SOCIAL = ["Tin Nóng Miền Tây", "Hóng Chuyện Hà Thành", "Cộng đồng Giao thông Việt",
          "Góc Nhìn Thời Sự", "Sài Gòn Hôm Nay", "Người Miền Trung"]
MAGAZINES = ["Sống Khoẻ Mỗi Ngày", "Đẹp & Chất", "Gia Đình Hạnh Phúc Online", "Nhà Đẹp Sống Xanh",
             "Bác Sĩ Gia Đình Plus"]
BUSINESS = ["Nhịp Cầu Đầu Tư Số", "Kinh Tế Phương Đông", "Thị Trường 24h", "Tài Chính Sáng Nay"]
AGENCIES = ["Reuters", "AFP", "AP", "Tân Hoa Xã", "Yonhap", "Kyodo", "BBC", "CNN", "Bloomberg",
            "TTXVN", "VOV", "SCMP", "Nikkei", "The Guardian"]
CITIES = ["Hà Nội", "TP HCM", "Đà Nẵng", "Cần Thơ", "Hải Phòng", "Huế", "Nha Trang", "Vinh",
          "Quy Nhơn", "Buôn Ma Thuột", "Thanh Hoá", "Đà Lạt"]
STREETS = ["Lê Lợi", "Trần Hưng Đạo", "Nguyễn Trãi", "Hai Bà Trưng", "Phan Chu Trinh",
           "Lý Thường Kiệt", "Điện Biên Phủ", "Nguyễn Thị Minh Khai", "Bà Triệu"]
SECTIONS = ["Thời sự", "Xã hội", "Pháp luật", "Giao thông", "Kinh doanh", "Giáo dục", "Sức khoẻ",
            "Đời sống", "Thế giới", "Môi trường", "Chính trị", "Dân sinh", "Đô thị", "Bạn đọc"]
SUBSECTIONS = ["Tin nóng", "Hồ sơ", "Phóng sự", "Dân sinh", "Điều tra", "Quốc hội", "Quy hoạch",
               "An ninh trật tự", "Tuyển sinh", "Y tế", "Nông nghiệp", "Thời tiết"]
MENU = ["Trang chủ", "Thời sự", "Thế giới", "Kinh doanh", "Giải trí", "Thể thao", "Pháp luật",
        "Giáo dục", "Sức khoẻ", "Đời sống", "Du lịch", "Khoa học", "Số hoá", "Xe", "Ý kiến",
        "Tâm sự", "Video", "Podcast", "Bất động sản", "Công nghệ"]
TAGS = ["giao thông", "tai nạn", "Quốc hội", "môi trường", "thời tiết", "bão lũ", "giáo dục",
        "y tế", "an toàn thực phẩm", "quy hoạch", "đất đai", "tham nhũng", "cháy nổ", "du lịch",
        "nông nghiệp", "biển đảo", "hạ tầng", "xử phạt", "chính sách", "việc làm", "Hà Nội",
        "TP HCM", "miền Trung", "đồng bằng sông Cửu Long"]
COMMENTS = [
    "Mong cơ quan chức năng sớm làm rõ và xử lý nghiêm.",
    "Đọc mà thấy xót xa quá.",
    "Chuyện này năm nào cũng nói mà vẫn chưa thấy thay đổi.",
    "Cảm ơn phóng viên đã phản ánh kịp thời.",
    "Phải có biện pháp mạnh tay hơn nữa mới được.",
    "Hy vọng mọi việc sớm ổn định trở lại.",
    "Ở quê tôi cũng có tình trạng tương tự, mong báo về tìm hiểu.",
    "Thông tin rất hữu ích, cảm ơn toà soạn.",
    "Ai biết số đường dây nóng để phản ánh không ạ?",
    "Không biết bao giờ mới giải quyết dứt điểm được.",
    "Hoàn toàn đồng tình, ủng hộ quyết định này.",
    "Tôi nghĩ cần nhìn nhận vấn đề đa chiều hơn.",
    "Thương bà con vùng này quá.",
    "Tuyệt vời, mong các địa phương khác học tập.",
    "Bài viết chưa nói rõ trách nhiệm thuộc về ai.",
    "Thành kính chia buồn cùng gia đình.",
    "Lại thêm một bài học đắt giá.",
    "Nên công khai tên tuổi để mọi người cảnh giác.",
    "Cần kiểm tra lại toàn bộ các trường hợp tương tự.",
    "Đã chia sẻ cho cả nhà cùng đọc.",
    "Sao giờ mới xử lý vậy nhỉ?",
    "Làm đến nơi đến chốn nhé, đừng để đầu voi đuôi chuột.",
    "Ủa vụ này tuần trước đọc rồi mà ta.",
    "Quá chuẩn luôn ad ơi 👍",
    "hóng diễn biến tiếp theo",
    "Tag người cần đọc vào đây nè",
]
ADS = [
    "Vay tiêu dùng tín chấp lãi suất chỉ từ 0,8%/tháng – giải ngân trong 24 giờ",
    "Căn hộ ven sông chỉ từ 1,6 tỷ – chiết khấu 8% – Hotline 0909 123 456",
    "Khoá học tiếng Anh giao tiếp trực tuyến – học thử miễn phí 7 ngày",
    "Điều hoà inverter giảm đến 40%, trả góp 0% lãi suất",
    "Bảo hiểm sức khoẻ cho cả gia đình chỉ từ 5.000 đồng/ngày",
    "Tour Đà Lạt 3 ngày 2 đêm trọn gói 2.490.000 đồng",
    "Viên uống bổ khớp thảo dược – Sản phẩm này không phải là thuốc và không có tác dụng thay thế thuốc chữa bệnh",
    "Sữa hạt nguyên chất – mua 2 tặng 1 đến hết tháng",
    "Mở tài khoản chứng khoán online, miễn phí giao dịch 3 tháng đầu",
    "Xe tay ga thế hệ mới – đăng ký lái thử tại đại lý gần nhất",
    "Nệm cao su thiên nhiên giảm 50% – giao hàng miễn phí toàn quốc",
    "Ra mắt điện thoại gập thế hệ mới – đặt trước nhận quà 3 triệu",
    "Trung tâm nha khoa: niềng răng trả góp chỉ từ 1 triệu/tháng",
    "Đất nền sổ đỏ trao tay, cách trung tâm 15 phút – liên hệ ngay",
    "Học bổng du học Úc đến 50% – hội thảo miễn phí cuối tuần này",
]
AD_LABELS = ["Quảng cáo", "QC", "Tài trợ", "Sponsored", "ADVERTISEMENT", "Nội dung tài trợ",
             "Tin tài trợ", "- Quảng cáo -"]
WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]


# --------------------------------------------------------------------------------------
# related pool (RELATED_ROWS only: title + first RELATED_CUT characters)

@dataclass
class Rel:
    title: str
    sents: list[str]


def _related_entry(obj: dict) -> Rel | None:
    title, art = obj.get("title"), obj.get("article")
    if not isinstance(title, str) or not isinstance(art, str):
        return None
    art = art[:RELATED_CUT]
    title = norm(title)
    if not title or not art.strip():
        return None
    sents = split_sentences(norm(art))[:-1]  # the last piece may be cut or a trailer
    sents = [s for s in sents if 25 <= len(s) <= 230 and not _MARK.search(s) and _terminated(s)]
    return Rel(title, sents)


# --------------------------------------------------------------------------------------
# page assembly


class Ctx:
    def __init__(self, rng: random.Random, title: str, body: list[str],
                 trailers: list[tuple[str, str]], pool: list[Rel]):
        self.rng = rng
        self.title = title
        self.items = body
        self.trailers = trailers
        self.lines: list[tuple[str, str]] = []
        self.used = 0
        bodyset = set(body)
        self.pool = [r for r in pool if r.title != title and not (set(r.sents) & bodyset)]
        self.order = rng.sample(range(len(self.pool)), len(self.pool))
        y = rng.choice([2015, 2016, 2017, 2018, 2019])
        self.dt = datetime.datetime(y, rng.randint(1, 12), rng.randint(1, 28),
                                    rng.randint(5, 22), rng.randint(0, 59))
        self.art_id = rng.randint(100000, 3999999)

    # ---- small generators
    def pick(self, seq):
        return self.rng.choice(seq)

    def name(self) -> str:
        r = self.rng.random()
        if r < 0.45:
            return f"{self.pick(MIDDLES)} {self.pick(GIVEN)}"
        if r < 0.85:
            return f"{self.pick(SURNAMES)} {self.pick(MIDDLES)} {self.pick(GIVEN)}"
        return f"{self.pick(SURNAMES)} {self.pick(GIVEN)}"

    def num(self, lo=3, hi=999) -> str:
        n = self.rng.randint(lo, hi)
        return f"{n // 1000},{(n % 1000) // 100}K" if n >= 1000 and self.rng.random() < 0.5 else f"{n:,}".replace(",", ".")

    def date(self, style: str | None = None) -> str:
        d, rng = self.dt, self.rng
        wd = WEEKDAYS[d.weekday()]
        style = style or rng.choice(["vn1", "vn2", "vn3", "vn4", "vn5", "vn6"])
        hm = f"{d.hour:02d}:{d.minute:02d}"
        return {
            "vn1": f"{wd}, {d.day}/{d.month}/{d.year}, {hm} (GMT+7)",
            "vn2": f"{d.day:02d}/{d.month:02d}/{d.year} {hm}",
            "vn3": f"Cập nhật: {hm} {d.day:02d}/{d.month:02d}/{d.year}",
            "vn4": f"{hm} | {wd}, {d.day:02d}/{d.month:02d}/{d.year}",
            "vn5": f"{wd}, ngày {d.day} tháng {d.month} năm {d.year}",
            "vn6": f"Đăng lúc {hm} ngày {d.day}/{d.month}/{d.year}",
            "iso": f"{d.year}-{d.month:02d}-{d.day:02d} {hm}",
            "rel": rng.choice([f"{rng.randint(2, 59)} phút trước", f"{rng.randint(1, 23)} giờ trước",
                               f"Hôm qua lúc {hm}", f"{d.day} tháng {d.month} lúc {hm}"]),
            "en": f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}",
            "dash": f"{wd} {d.day:02d}-{d.month:02d}-{d.year}",
            "short": f"{d.day:02d}/{d.month:02d}/{d.year}",
        }[style]

    def ddmm(self, back: int = 0) -> str:
        d = self.dt - datetime.timedelta(days=back)
        return f"{d.day:02d}/{d.month:02d}"

    def url(self, domain: str, title: str | None = None) -> str:
        s = slug(title or self.title) or "bai-viet"
        return self.pick([f"https://{domain}/{slug(self.pick(SECTIONS))}/{s}-{self.art_id}.html",
                          f"https://www.{domain}/{s}-post{self.art_id}.html",
                          f"https://m.{domain}/tin/{self.art_id}"])

    # ---- related / captions (RELATED_ROWS only)
    def rel(self, n: int) -> list[Rel]:
        out = []
        while len(out) < n and self.used < len(self.order):
            out.append(self.pool[self.order[self.used]])
            self.used += 1
        return out

    def caption_text(self) -> str | None:
        for r in self.rel(3):
            if r.sents:
                return r.sents[0] if self.rng.random() < 0.6 else self.pick(r.sents)
        return None

    def teaser(self, r: Rel) -> str | None:
        if not r.sents:
            return None
        return r.sents[1] if len(r.sents) > 1 and self.rng.random() < 0.6 else r.sents[0]

    # ---- line emitters
    def add(self, label: str, text: str) -> None:
        text = re.sub(r"[\r\n\u2028\u2029\x85\x0b\x0c\x1c-\x1e]+", " ", text).strip()
        if text:
            self.lines.append((label, text))

    def w(self, *texts: str) -> None:
        for t in texts:
            self.add("widget", t)

    def paras(self, lo: int = 1, hi: int = 4) -> list[list[str]]:
        out, i = [], 0
        while i < len(self.items):
            n = self.rng.randint(lo, hi)
            out.append(self.items[i:i + n])
            i += n
        return out

    def story(self, lo: int, hi: int, inserts: list) -> None:
        """Body paragraphs with `inserts` (callables emitting lines) at random gaps."""
        ps = self.paras(lo, hi)
        gaps = list(range(1, len(ps)))
        self.rng.shuffle(gaps)
        at: dict[int, list] = {}
        for k, f in enumerate(inserts):
            g = gaps[k] if k < len(gaps) else len(ps)
            at.setdefault(g, []).append(f)
        for i, p in enumerate(ps):
            for f in at.get(i, []):
                f()
            self.add("body", " ".join(p))
        for f in at.get(len(ps), []):
            f()

    def tail(self, kinds=None, exclude=(), upper=False, prefix="") -> None:
        for kind, t in self.trailers:
            if (kinds is None or kind in kinds) and kind not in exclude:
                if kind == "byline" and upper:
                    t = t.upper()
                self.add(kind, prefix + t if kind == "related" and prefix else t)

    def has(self, kind: str) -> bool:
        return any(k == kind for k, _ in self.trailers)

    # ---- furniture blocks
    def caption(self, style: int | None = None, credit_name: str | None = None) -> None:
        rng = self.rng
        text = self.caption_text()
        who = credit_name or self.pick([self.name(), self.name(), "CTV", "Internet", "Reuters",
                                        "AFP", "Tư liệu", "Người dân cung cấp", "Cắt từ video"])
        style = rng.randint(0, 9) if style is None else style
        if text is None:
            self.add("caption", self.pick(["Ảnh minh hoạ", f"Ảnh: {who}", "(Ảnh tư liệu)"]))
            return
        if style == 0:
            self.add("caption", f"{text} Ảnh: {who}")
        elif style == 1:
            self.add("caption", f"{text} (Ảnh: {who})")
        elif style == 2:
            self.add("caption", f"Ảnh: {who}")
            self.add("caption", text)
        elif style == 3:
            self.add("caption", text)
        elif style == 4:
            self.add("caption", f"▲ {text}")
        elif style == 5:
            self.add("caption", f"{text} - Ảnh: {who}/{self.pick(OUTLETS)}")
        elif style == 6:
            self.add("caption", self.pick(["[Ảnh]", "(Ảnh)", "[Hình ảnh]", "Xem ảnh lớn",
                                           f"Ảnh {rng.randint(1, 3)}/{rng.randint(4, 9)}"]))
            self.add("caption", text)
        elif style == 7:
            self.add("caption", f"{text} Ảnh minh hoạ")
        elif style == 8:
            self.add("caption", f"{text} | Nguồn ảnh: {who}")
        else:
            self.add("caption", f"{text} (Ảnh chụp màn hình)")

    def related_block(self, n: int, header: str | None, style: int | None = None) -> None:
        rs = self.rel(n)
        if not rs:
            return
        if header:
            self.add("related", header)
        style = self.rng.randint(0, 9) if style is None else style
        for i, r in enumerate(rs, 1):
            t = r.title
            if style == 0:
                self.add("related", f"• {t}")
            elif style == 1:
                self.add("related", f"- {t}")
            elif style == 2:
                self.add("related", f"» {t}")
            elif style == 3:
                self.add("related", f"{i}. {t}")
            elif style == 4:
                self.add("related", f"{t} ({self.ddmm(self.rng.randint(0, 30))})")
            elif style == 5:
                self.add("related", t)
                tz = self.teaser(r)
                if tz:
                    self.add("related", tz)
            elif style == 6:
                self.add("related", f"{t} - {self.pick(OUTLETS)} · {self.date('rel')}")
            elif style == 7:
                self.add("related", f"[Video] {t}" if self.rng.random() < 0.4 else f"{t} ({self.rng.randint(1, 99)})")
            elif style == 8:
                tz = self.teaser(r)
                self.add("related", f"{t}: {tz}" if tz else t)
            else:
                self.add("related", f"> > {t}")

    def inline_related(self) -> None:
        if self.rng.random() < 0.35:
            self.related_block(self.rng.randint(2, 3), self.pick(["TIN LIÊN QUAN", "Đọc thêm", "Cùng chủ đề:"]),
                               self.pick([0, 1, 2, 9]))
            return
        rs = self.rel(1)
        if rs:
            lab = self.pick(["Xem thêm:", "Đọc thêm:", "Tin liên quan:", ">>", "Có thể bạn quan tâm:",
                             "XEM THÊM:", "Bài liên quan:"])
            self.add("related", f"{lab} {rs[0].title}")

    def ad(self) -> None:
        if self.rng.random() < 0.6:
            self.w(self.pick(AD_LABELS))
        self.w(self.pick(ADS))

    def share_row(self) -> None:
        rng = self.rng
        self.w(self.pick([
            "Chia sẻ: Facebook | Zalo | Twitter | Sao chép liên kết",
            f"Thích {self.num()}  Chia sẻ",
            "[f] [Zalo] [✉] [🔗]",
            "Lưu bài viết | In bài viết | Gửi cho bạn bè",
            f"Chia sẻ {rng.randint(2, 900)}  Tweet  Gửi",
            "Share Facebook  Share Zalo  Copy link",
            "🔗 Sao chép liên kết · 🖨 In · ✉ Email",
        ]))

    def reactions(self) -> None:
        rng = self.rng
        self.w(self.pick([
            f"👍 {self.num()}  ❤️ {self.num()}  😮 {rng.randint(1, 90)}  😢 {rng.randint(1, 300)}",
            f"Bài viết hữu ích? 👍 {rng.randint(3, 900)} 👎 {rng.randint(0, 40)}",
            f"{self.num()} lượt thích · {rng.randint(2, 400)} bình luận",
            f"Bạn cảm thấy thế nào? Vui {rng.randint(0, 90)} | Buồn {rng.randint(0, 90)} | Bất ngờ {rng.randint(0, 90)} | Phẫn nộ {rng.randint(0, 90)}",
        ]))

    def comments(self, n: int, style: int | None = None) -> None:
        rng = self.rng
        style = rng.randint(0, 3) if style is None else style
        self.w(self.pick([f"Bình luận ({rng.randint(n, 240)})", "Ý kiến bạn đọc", f"{rng.randint(n, 500)} bình luận",
                          "Bình luận của bạn", "BÌNH LUẬN"]))
        if rng.random() < 0.5:
            self.w(self.pick(["Viết bình luận của bạn...", "Mời bạn thảo luận, vui lòng gõ tiếng Việt có dấu",
                              "Sắp xếp theo: Mới nhất | Quan tâm nhất", "Đăng nhập để bình luận"]))
        for c in rng.sample(COMMENTS, min(n, len(COMMENTS))):
            who = self.name()
            if style == 0:
                self.w(f"{who} · {self.date('rel')}", c, f"Thích · Trả lời · {rng.randint(0, 99)}")
            elif style == 1:
                self.w(f"{who}: {c}")
            elif style == 2:
                self.w(who, c, f"{rng.randint(0, 300)} 👍  Trả lời")
            else:
                self.w(f"{who} ({self.pick(CITIES)})", c)
        if rng.random() < 0.6:
            self.w(self.pick(["Xem thêm bình luận", "Xem tất cả bình luận ▾", f"Tải thêm {rng.randint(2, 80)} ý kiến"]))

    def tags(self) -> None:
        ts = self.rng.sample(TAGS, self.rng.randint(2, 5))
        self.w(self.pick([
            "Tags: " + ", ".join(ts), "Từ khoá: " + " ".join("#" + t.replace(" ", "") for t in ts),
            "Chủ đề: " + " | ".join(ts), "TAG: " + " / ".join(t.upper() for t in ts)]))

    def footer(self, outlet: str, domain: str) -> None:
        rng = self.rng
        opts = [
            f"© {self.dt.year} {outlet}. Bảo lưu mọi quyền.",
            f"Giấy phép số {rng.randint(10, 600)}/GP-BTTTT cấp ngày {rng.randint(1, 28)}/{rng.randint(1, 12)}/{rng.randint(2009, 2014)}",
            f"Tổng biên tập: {self.pick(SURNAMES)} {self.pick(MIDDLES)} {self.pick(GIVEN)}",
            f"Toà soạn: Số {rng.randint(1, 300)} {self.pick(STREETS)}, {self.pick(CITIES)}",
            f"Điện thoại: (024) 3{rng.randint(100, 999)} {rng.randint(1000, 9999)} - Email: toasoan@{domain}",
            "Không được sao chép, phát hành lại thông tin khi chưa có sự đồng ý bằng văn bản của toà soạn.",
            f"Liên hệ quảng cáo: 09{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(100, 999)}",
            "Về đầu trang ↑",
            "Điều khoản sử dụng | Chính sách bảo mật | RSS",
        ]
        for t in rng.sample(opts, rng.randint(2, 5)):
            self.w(t)

    def menu(self, one_per_line: bool | None = None) -> None:
        items = self.rng.sample(MENU, self.rng.randint(5, 11))
        if one_per_line is None:
            one_per_line = self.rng.random() < 0.3
        if one_per_line:
            for it in items:
                self.w(it)
        else:
            self.w(self.pick([" | ", " · ", "  ", " / "]).join(items))

    def breadcrumb(self) -> None:
        a, b = self.pick(SECTIONS), self.pick(SUBSECTIONS)
        self.w(self.pick([f"Trang chủ > {a} > {b}", f"Trang chủ / {a}", f"{a} » {b}",
                          f"Bạn đang ở: Trang chủ › {a}", f"{a.upper()}  {b}"]))

    def newsletter(self) -> None:
        self.w(self.pick(["Đăng ký nhận bản tin", "Nhận tin mới nhất qua email mỗi sáng", "ĐĂNG KÝ BẢN TIN"]),
               self.pick(["Nhập email của bạn", "Email của bạn...", "Địa chỉ email"]),
               self.pick(["Đăng ký", "Gửi", "Nhận tin"]))

    def cookie(self) -> None:
        self.w(self.pick([
            "Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn. Tiếp tục truy cập đồng nghĩa với việc bạn đồng ý.",
            "Trang web này dùng cookie. Tìm hiểu thêm về chính sách bảo mật.",
            "Bằng việc sử dụng trang, bạn đồng ý với Chính sách cookie của chúng tôi."]),
            self.pick(["Đồng ý", "[Chấp nhận]", "OK, tôi hiểu", "Từ chối | Chấp nhận tất cả"]))

    def app_promo(self, outlet: str) -> None:
        self.w(self.pick([f"Tải ứng dụng {outlet} trên App Store | Google Play",
                          f"Đọc báo nhanh hơn với ứng dụng {outlet} - Tải ngay",
                          "Mở trong ứng dụng", "Cài app để nhận thông báo tin nóng 🔔"]))

    def byline_invented(self, upper: bool = False) -> None:
        rng = self.rng
        n1, n2 = self.name(), self.name()
        t = self.pick([n1, f"{n1} - {n2}", f"Bài và ảnh: {n1}", f"Phóng viên {n1}", f"Nhóm phóng viên",
                       f"{n1} (thực hiện)", f"{n1}/{self.pick(OUTLETS)}", f"Bài: {n1} | Ảnh: {n2}",
                       f"{n1}, {self.pick(CITIES)}", f"PV {n1}", f"Tác giả: {n1}", f"Biên tập: {n2}",
                       f"{n1} · Phóng viên thường trú tại {self.pick(CITIES)}"])
        if upper or rng.random() < 0.1:
            t = t.upper()
        self.add("byline", t)

    def credit_invented(self) -> None:
        a, o = self.pick(AGENCIES), self.pick(OUTLETS)
        self.add("credit", self.pick([f"Theo {o}", f"Nguồn: {o}", f"(Theo {a})", f"Dịch từ {a}",
                                      f"Lược dịch theo {a}", f"Nguồn tin: {a}", f"Theo {a}, {o}",
                                      f"Bài viết được đăng lại từ {o}", f"{a} / {o}"]))


# --------------------------------------------------------------------------------------
# layouts (each emits the whole page into ctx.lines)

def lay_portal_desktop(c: Ctx) -> None:
    outlet = c.pick(OUTLETS); dom = slug(outlet).replace("-", "") + ".vn"
    if c.rng.random() < 0.4:
        c.w(f"{c.date('vn5')} | {c.pick(CITIES)} {c.rng.randint(16, 36)}°C")
    c.add("site", c.pick([outlet.upper(), outlet, f"{dom}"]))
    c.menu(False)
    c.breadcrumb()
    c.add("title", c.title)
    c.add("date", c.date(c.pick(["vn1", "vn4", "vn6"])))
    if c.rng.random() < 0.5:
        c.share_row()
    top = c.rng.random() < 0.3
    if top:
        c.tail(kinds=("byline",))
    c.story(2, 4, [c.caption, c.inline_related, c.ad][: c.rng.randint(1, 3)])
    c.tail(exclude=("byline",) if top else ())
    if not c.has("byline") and c.rng.random() < 0.5:
        c.byline_invented()
    c.tags()
    c.reactions()
    c.related_block(c.rng.randint(3, 5), c.pick(["Tin liên quan", "TIN CÙNG CHUYÊN MỤC", "Có thể bạn quan tâm", "Đọc nhiều nhất"]))
    if c.rng.random() < 0.7:
        c.comments(c.rng.randint(1, 4))
    if c.rng.random() < 0.4:
        c.cookie()
    c.footer(outlet, dom)


def lay_amp_mobile(c: Ctx) -> None:
    outlet = c.pick(OUTLETS); dom = slug(outlet).replace("-", "") + ".vn"
    c.w(c.pick(["☰", "☰ Menu", "≡  🔍", "Menu  Tìm kiếm"]))
    c.add("site", c.pick([outlet, f"{outlet} | Tin nhanh", dom]))
    c.w(c.pick(SECTIONS))
    c.add("title", c.title)
    c.add("date", c.date(c.pick(["rel", "vn2", "vn3"])))
    c.share_row()
    c.story(1, 2, [c.ad, lambda: c.caption(c.pick([0, 2, 3])), c.inline_related][: c.rng.randint(1, 3)])
    c.tail()
    c.w(c.pick(["Xem bản đầy đủ", "Xem phiên bản máy tính", "Trở lại trang chủ"]))
    c.related_block(c.rng.randint(2, 4), c.pick(["Tin khác", "Xem tiếp", "ĐỌC TIẾP"]), c.pick([5, 1, 0, 8]))
    c.app_promo(outlet)
    c.w(c.pick(["Về đầu trang ↑", "▲ Lên đầu"]))
    c.footer(outlet, dom)


def lay_app_share_copy(c: Ctx) -> None:
    outlet = c.pick(OUTLETS); dom = slug(outlet).replace("-", "") + ".vn"
    c.w(c.pick([f"Chia sẻ từ ứng dụng {outlet}", f"Đọc bài viết trên ứng dụng {outlet}:",
                "Được chia sẻ qua ứng dụng đọc báo"]))
    c.w(c.url(dom))
    c.add("title", c.title)
    if c.rng.random() < 0.6:
        c.add("date", c.date(c.pick(["vn2", "short", "iso"])))
    c.story(1, 5, [c.caption] if c.rng.random() < 0.5 else [])
    c.tail()
    if c.rng.random() < 0.5:
        c.credit_invented()
    c.related_block(c.rng.randint(2, 3), c.pick([f"Tin nổi bật trên {outlet}:", "Đọc thêm trong ứng dụng:"]), c.pick([0, 1, 2]))
    c.w(c.pick([f"Tải ứng dụng {outlet} để đọc thêm tin tức: https://{dom}/app",
                "Gửi từ ứng dụng đọc báo trên điện thoại", f"— Đọc trên {outlet} —"]))
    c.add("site", outlet)


def lay_social_fanpage(c: Ctx) -> None:
    page = c.pick(SOCIAL)
    c.add("site", page)
    c.add("date", c.date("rel") + c.pick([" · 🌐", " ·", "", " · Đã chỉnh sửa"]))
    c.add("title", c.pick(["🔴 ", "⚡ ", "[TIN NÓNG] ", "📌 ", ""]) + c.title)
    c.story(1, 3, [])
    c.tail()
    if c.rng.random() < 0.5:
        c.credit_invented()
    c.w(c.pick(["👉 Xem chi tiết: ", "Link bài: ", "Nguồn bài viết ⬇️ "]) + c.url(slug(c.pick(OUTLETS)).replace("-", "") + ".vn"))
    c.w(" ".join("#" + t.replace(" ", "") for t in c.rng.sample(TAGS, 3)))
    c.w(f"👍❤️😮 {c.num(20, 9000)}", f"{c.rng.randint(5, 900)} bình luận  {c.rng.randint(1, 400)} lượt chia sẻ",
        "Thích  Bình luận  Chia sẻ")
    if c.rng.random() < 0.7:
        c.w(c.pick(["Phù hợp nhất ▾", "Tất cả bình luận ▾", "Mới nhất"]))
    c.comments(c.rng.randint(2, 5), 2)
    rs = c.rel(1)
    if rs:
        c.add("related", f"{page} đã chia sẻ một liên kết.")
        c.add("related", rs[0].title)
    c.w(c.pick(["Viết bình luận...", "Bình luận với vai trò " + c.name()]))


def lay_chat_forward(c: Ctx) -> None:
    rng = c.rng
    who = c.name()
    c.w(c.pick([f"{who} đã chuyển tiếp một tin nhắn", "Tin nhắn được chuyển tiếp", "↪ Đã chuyển tiếp"]))
    t = c.dt
    c.w(f"{t.hour:02d}:{t.minute:02d}")
    dom = slug(c.pick(OUTLETS)).replace("-", "") + ".vn"
    c.w(c.url(dom))
    c.add("title", c.title)
    c.add("site", dom)
    c.story(2, 6, [])
    c.tail()
    for _ in range(rng.randint(1, 3)):
        c.w(c.pick(["Trời ơi thật vậy sao", "👍", "Đọc đi mọi người", "Ghê quá",
                    "Nhà mình cẩn thận nha", "Ok để em xem", "😢😢", "Cái này chính xác không anh?"]))
        c.w(f"{t.hour:02d}:{min(59, t.minute + rng.randint(1, 9)):02d}" + c.pick(["", " ✓✓", " · Đã xem"]))
    rs = c.rel(1)
    if rs:
        c.w(c.url(dom, rs[0].title))
        c.add("related", rs[0].title)
    c.w(c.pick(["Đã xem", "Đã nhận", "Nhập tin nhắn...", f"{c.name()} đang soạn tin..."]))


def lay_email_digest(c: Ctx) -> None:
    outlet = c.pick(OUTLETS); dom = slug(outlet).replace("-", "") + ".vn"
    c.w(f"Từ: {outlet} <bantin@{dom}>", f"Chủ đề: {c.pick(['Bản tin sáng', 'Điểm tin 6h', 'Bản tin cuối ngày'])} {c.ddmm()}")
    if c.rng.random() < 0.5:
        c.w("Xem email này trên trình duyệt")
    c.add("site", c.pick([f"BẢN TIN {outlet.upper()}", outlet]))
    c.add("date", c.date(c.pick(["vn5", "dash"])))
    c.w(c.pick(["TIN CHÍNH", "Tiêu điểm hôm nay", "★ ĐÁNG CHÚ Ý"]))
    c.add("title", c.title)
    c.story(2, 5, [c.ad] if c.rng.random() < 0.5 else [])
    c.tail()
    c.w(c.pick(["Đọc tiếp trên website →", "Xem toàn bài", "Đọc bài gốc"]))
    c.related_block(c.rng.randint(3, 5), c.pick(["CÁC TIN KHÁC", "Bạn có thể đã bỏ lỡ", "Tin nổi bật khác"]), c.pick([5, 8, 0]))
    c.w(f"Bạn nhận được email này vì đã đăng ký bản tin của {outlet}.",
        c.pick(["Huỷ đăng ký | Quản lý tuỳ chọn nhận tin", "Không muốn nhận email nữa? Huỷ đăng ký",
                "Cập nhật tuỳ chọn · Huỷ nhận tin"]))
    c.footer(outlet, dom)


def lay_print_ocr(c: Ctx) -> None:
    outlet = c.pick(OUTLETS)
    page = c.rng.randint(2, 19)
    c.w(f"{page} {c.pick(SECTIONS).upper()} {c.date('dash')}" if c.rng.random() < 0.5
        else f"{c.pick(SECTIONS).upper()}    Số {c.rng.randint(50, 365)} ({c.rng.randint(3000, 9000)})    {page}")
    c.add("site", outlet.upper())
    if c.rng.random() < 0.5:
        c.w(c.pick(["Tiếp theo trang 1", "(Tiếp theo trang 1)", "TIẾP THEO KỲ TRƯỚC"]))
    c.add("title", c.title.upper() if c.rng.random() < 0.5 else c.title)
    top = c.rng.random() < 0.5
    if top:
        c.tail(kinds=("byline",), upper=True)
        if not c.has("byline"):
            c.byline_invented(upper=True)
    cap = lambda: c.caption(c.pick([0, 2, 3, 6]), credit_name=c.name().upper())
    c.story(2, 5, [cap, lambda: c.w(f"(Xem tiếp trang {page + c.rng.randint(1, 9)})"),
                   lambda: c.w(f"{page} {c.pick(SECTIONS).upper()}")][: c.rng.randint(1, 3)])
    c.tail(exclude=("byline",) if top else ())
    rs = c.rel(1)
    if rs:
        c.add("related", f"ĐỌC THÊM TRANG {page + 2}: {rs[0].title.upper()}")
    c.w(c.pick([f"Email: toasoan@{slug(outlet).replace('-', '')}.vn", "ĐT đường dây nóng: 0912 000 111",
                "In tại Công ty In Báo chí Trung ương"]))


def lay_screen_reader(c: Ctx) -> None:
    outlet = c.pick(OUTLETS)
    c.w("Bỏ qua để đến nội dung chính", f"Liên kết, Trang chủ {outlet}")
    c.add("site", f"Biểu trưng, {outlet}")
    c.w(f"Điều hướng, danh sách {c.rng.randint(6, 14)} mục", "Nút, Tìm kiếm", "Vùng chính")
    c.w(c.pick(["Tiêu đề cấp 1", "tiêu đề, cấp 1"]))
    c.add("title", c.title)
    c.add("date", c.date("vn5"))
    def img():
        t = c.caption_text()
        if t:
            c.add("caption", c.pick(["Hình ảnh, ", "Đồ hoạ, ", "hình, "]) + t)
    c.story(1, 1 if c.rng.random() < 0.5 else 3, [img, c.inline_related])
    c.tail()
    c.w(c.pick(["Tiêu đề cấp 2, Tin liên quan", "tiêu đề, cấp 2, Đọc thêm"]))
    for r in c.rel(c.rng.randint(2, 4)):
        c.add("related", f"Liên kết, {r.title}")
    c.w("Nút, Chia sẻ lên Facebook", "Nút, Sao chép liên kết", "Kết thúc vùng chính", "Chân trang")


def lay_web_archive(c: Ctx) -> None:
    outlet = c.pick(OUTLETS); dom = slug(outlet).replace("-", "") + ".vn"
    y = c.dt.year + c.rng.randint(0, 3)
    c.w("Internet Archive Wayback Machine" if c.rng.random() < 0.5 else "Bản lưu trữ trang web",
        c.url(dom),
        f"{c.rng.randint(2, 90)} captures {c.dt.day} {EN_MONTHS[c.dt.month - 1][:3]} {c.dt.year} - {c.rng.randint(1, 28)} {EN_MONTHS[c.rng.randint(0, 11)][:3]} {y + 1}",
        c.pick(["THÁNG TRƯỚC | TIẾP", "◀ ▶  Đóng  Trợ giúp", "Go  JUL  AUG  SEP"]))
    c.add("site", c.pick([outlet, outlet.upper()]))
    c.menu(c.rng.random() < 0.5)
    c.w(f"Trang chủ » {c.pick(SECTIONS)}")
    c.add("title", c.title)
    c.add("date", c.date(c.pick(["vn2", "vn6", "short"])))
    c.story(2, 4, [c.caption, c.ad][: c.rng.randint(1, 2)])
    c.tail()
    c.w(c.pick(["[In bài] [Gửi bài] [Về đầu trang]", "Gửi cho bạn bè | Bản in | Lên đầu trang"]))
    c.related_block(c.rng.randint(3, 6), c.pick(["Các tin khác:", "Tin đã đưa:", "Tin khác"]), 4)
    c.w(c.pick(["Đang tải...", "Không thể tải hình ảnh (lỗi lưu trữ)", "Loading..."]))
    c.footer(outlet, dom)


def lay_aggregator(c: Ctx) -> None:
    agg, src = c.pick(AGGREGATORS), c.pick(OUTLETS)
    c.add("site", agg)
    c.w(c.pick(["Mới nhất | Nóng | Video | Chủ đề | Địa phương", "Tin mới  Tin nóng  Chủ đề  Tiện ích"]))
    c.add("credit", c.pick([f"Nguồn: {src} · {c.date('rel')}", f"{src} - {c.date('rel')}", f"Theo {src}"]))
    c.add("title", c.title)
    c.story(1, 4, [c.ad] if c.rng.random() < 0.6 else [])
    c.tail()
    c.w(c.pick([f"Xem bài gốc tại {src}", f"Đọc bài gốc trên {src} ›", "Xem nguồn gốc"]))
    c.related_block(c.rng.randint(3, 6), c.pick(["Cùng chủ đề", "Tin cùng sự kiện", f"Tin khác từ {src}"]), 6)
    c.w(c.pick(["Báo cáo vi phạm", "Ẩn tin từ nguồn này", "Lưu tin | Báo lỗi"]))


def lay_tv_radio(c: Ctx) -> None:
    st = c.pick(TV); dom = slug(st).replace("-", "")[:14] + ".vn"
    c.add("site", c.pick([st.upper(), st]))
    c.w(c.pick(["TRỰC TIẾP", "🔴 LIVE", "Xem trực tiếp"]) + c.pick(["", " | Lịch phát sóng", " · Nghe radio"]))
    c.menu(False)
    rs = c.rel(1)
    if rs:
        c.add("caption", c.pick(["Video: ", "Phóng sự: ", "▶ "]) + rs[0].title)
    c.w(c.pick([f"▶ 00:00 / 0{c.rng.randint(1, 5)}:{c.rng.randint(10, 59)}", "Nghe bản tin ▶", "🔊 Tắt tiếng  ⛶ Toàn màn hình"]))
    c.add("title", c.title)
    c.add("date", c.pick([f"Cập nhật lúc {c.dt.hour:02d}:{c.dt.minute:02d} ngày {c.dt.day:02d}/{c.dt.month:02d}/{c.dt.year}", c.date("vn2")]))
    c.story(1, 3, [c.caption] if c.rng.random() < 0.4 else [])
    c.tail()
    c.add("byline", c.pick([f"BTV {c.name()}", f"Quay phim: {c.name()} - Biên tập: {c.name()}",
                            f"Phóng viên {c.name()}/{st}", f"Nhóm PV thường trú khu vực {c.pick(CITIES)}"]))
    c.related_block(c.rng.randint(2, 4), c.pick(["Chương trình khác", "VIDEO KHÁC", "Bản tin liên quan"]), 7)
    c.w(c.pick([f"Thời sự 19h ngày {c.ddmm(1)}", "Lịch phát sóng hôm nay", "Chương trình đang phát: Chào buổi sáng"]))
    c.footer(st, dom)


def lay_gov_portal(c: Ctx) -> None:
    prov = c.pick(PROVINCES)
    c.add("site", c.pick([f"CỔNG THÔNG TIN ĐIỆN TỬ TỈNH {prov.upper()}", f"Cổng TTĐT tỉnh {prov}"]))
    c.w("Giới thiệu | Tin tức - Sự kiện | Văn bản chỉ đạo điều hành | Thủ tục hành chính | Hỏi đáp",
        c.pick(["Tìm kiếm nâng cao", "Cỡ chữ: A- A A+", "Tiếng Việt | English"]))
    c.w(f"Tin tức - Sự kiện > {c.pick(SECTIONS)}")
    c.add("title", c.title)
    c.add("date", c.pick([f"Ngày cập nhật {c.date('short')}", c.date("vn2")]))
    if c.rng.random() < 0.5:
        c.w(f"Lượt xem: {c.rng.randint(20, 9000)}")
    c.story(2, 4, [lambda: c.caption(c.pick([0, 1, 3]))] if c.rng.random() < 0.5 else [])
    c.tail()
    c.add(*c.pick([("byline", f"Tin, ảnh: {c.name()}"), ("credit", f"Nguồn: Sở Thông tin và Truyền thông tỉnh {prov}"),
                   ("byline", f"{c.name()} - Văn phòng UBND tỉnh"), ("credit", f"Theo Báo {prov}")]))
    c.w(c.pick(["In trang | Gửi email | Về đầu trang", "[In] [Gửi] [Lưu]", "Chia sẻ | In bài viết"]))
    c.related_block(c.rng.randint(3, 6), c.pick(["Các tin khác", "Tin đã đăng", "TIN BÀI KHÁC"]), c.pick([4, 1]))
    c.w(f"Cơ quan chủ quản: Uỷ ban nhân dân tỉnh {prov}",
        f"Chịu trách nhiệm chính: {c.pick(SURNAMES)} {c.pick(MIDDLES)} {c.pick(GIVEN)} - Chánh Văn phòng UBND tỉnh",
        f"Ghi rõ nguồn \"Cổng Thông tin điện tử tỉnh {prov}\" khi phát hành lại thông tin từ trang này.")
    c.w(f"Lượt truy cập: {c.rng.randint(100000, 9999999):,}".replace(",", "."),
        f"Đang trực tuyến: {c.rng.randint(5, 400)}")


def lay_forum_repost(c: Ctx) -> None:
    forum = c.pick(FORUMS)
    user = slug(c.name()).replace("-", "_") + str(c.rng.randint(1, 99))
    c.add("site", forum)
    c.w(f"Diễn đàn > {c.pick(['Thời sự - Xã hội', 'Chuyện trò linh tinh', 'Tin tức trong nước'])} > {c.pick(SUBSECTIONS)}")
    c.add("title", c.title)
    c.w(f"Thảo luận trong '{c.pick(SECTIONS)}' bắt đầu bởi {user}, {c.date('short')}")
    c.w("#1", user, c.pick(["Thành viên tích cực", "Thành viên mới", "Thành viên VIP", "Điều hành viên"]),
        f"Bài viết: {c.rng.randint(3, 9000)} | Được thích: {c.rng.randint(0, 20000)}")
    c.story(3, 8, [])
    c.tail()
    c.add("credit", c.pick(["Nguồn: ", "Source: ", "Link gốc: ", "(st) "]) + c.url(slug(c.pick(OUTLETS)).replace("-", "") + ".vn"))
    c.w(c.pick(["________________", "---", "~~~~"]), c.pick(["Sống chậm lại, nghĩ khác đi.", "Mua bán xe cũ LH 0987 xxx xxx",
                                                         "Đi đâu cũng nhớ về nhà"]))
    c.w(f"{c.name()}, {c.name()} và {c.rng.randint(2, 50)} người khác đã thích bài này")
    for i in range(2, 2 + c.rng.randint(1, 3)):
        c.w(f"#{i}", slug(c.name()).replace("-", ""), c.pick(COMMENTS))
    if c.rng.random() < 0.7:
        c.w("Trả lời  Trích dẫn")
    c.related_block(c.rng.randint(2, 4), c.pick(["Chủ đề tương tự", "Có thể bạn quan tâm", "Bài cùng chuyên mục"]), c.pick([1, 5, 2]))
    c.w("Bạn phải đăng nhập hoặc đăng ký để trả lời ở đây.")


def lay_overseas_paper(c: Ctx) -> None:
    paper = c.pick(OVERSEAS); dom = slug(paper).replace("-", "")[:16] + ".com"
    c.w(c.pick(["Home | Tin Việt Nam | Tin Hoa Kỳ | Cộng Đồng | Rao Vặt | Donate",
                "HOME  NEWS  VIỆT NAM  THẾ GIỚI  CỘNG ĐỒNG  ENGLISH",
                "Trang Nhà · Thời Sự · Bình Luận · Văn Hóa · Subscribe"]))
    c.w(c.pick(["Westminster, CA 72°F", "Houston, TX 88°F", "Sydney 21°C", "Toronto -3°C"]))
    c.add("site", paper)
    c.add("title", c.title)
    c.add("date", c.pick([c.date("en"), f"{c.date('short')} - {c.dt.hour:02d}:{c.dt.minute:02d} PST"]))
    c.tail(kinds=("byline",))
    if not c.has("byline"):
        c.add("byline", c.pick([f"{c.name()}/{paper}", f"Hải Âu/{paper}", f"Phóng viên {c.name()} tường thuật"]))
    ad2 = lambda: c.w(c.pick(["Văn Phòng Luật Sư Trần & Cộng Sự – Tai nạn xe cộ, di trú – (714) 555-0123",
                              "Phở Quê Nhà – Khai trương chi nhánh mới – giảm 10% tuần đầu",
                              "Nha Khoa Gia Đình – Nhận Medi-Cal & bảo hiểm – (408) 555-0177",
                              "Dịch vụ gửi hàng về Việt Nam – 7 ngày tới nơi"]))
    c.story(2, 5, [ad2, lambda: c.caption(c.pick([0, 1, 3]))][: c.rng.randint(1, 2)])
    c.tail(exclude=("byline",))
    c.credit_invented()
    c.related_block(c.rng.randint(2, 5), c.pick(["Tin liên quan", "Bài viết được xem nhiều", "Related"]), c.pick([0, 3, 5]))
    c.w(c.pick(["Ủng hộ báo chí độc lập – Donate", "Subscribe để nhận báo giấy hằng tuần"]),
        f"Copyright © {c.dt.year} {paper}. All rights reserved.")


def lay_pdf_export(c: Ctx) -> None:
    outlet = c.pick(OUTLETS); dom = slug(outlet).replace("-", "") + ".vn"
    url = c.url(dom)
    total = c.rng.randint(2, 4)
    pg = [1]
    head = f"{c.date('short')} {c.dt.hour:02d}:{c.dt.minute:02d}"
    def pbreak():
        c.w(f"{url} {pg[0]}/{total}")
        pg[0] += 1
        c.w(c.pick([f"{head} {c.title[:40]}", f"{head} {outlet}", f"{outlet} - Bản in"]))
    c.w(f"{head} {c.title[:40]}" if c.rng.random() < 0.5 else f"{head} {outlet}")
    c.add("site", outlet)
    c.add("title", c.title)
    c.add("date", c.date(c.pick(["vn1", "vn4"])))
    c.story(2, 5, [pbreak] * (total - 1) + ([c.caption] if c.rng.random() < 0.5 else []))
    c.tail()
    if c.rng.random() < 0.5:
        c.related_block(c.rng.randint(2, 3), "Tin liên quan:", c.pick([0, 1, 9]))
    c.w(f"{url} {pg[0]}/{total}")
    c.w(c.pick(["In từ trang web lúc " + head, "Bản quyền thuộc về toà soạn. Chỉ sử dụng cho mục đích cá nhân."]))


def lay_org_newsroom(c: Ctx) -> None:
    org = c.pick(ORGS)
    c.add("site", org.upper() if c.rng.random() < 0.5 else org)
    c.w(c.pick(["Giới thiệu | Tuyển sinh | Đào tạo | Nghiên cứu | Tin tức | Liên hệ",
                "Về chúng tôi  Dự án  Tin tức  Tuyển dụng  Liên hệ", "Trang chủ · Hoạt động · Báo cáo · Quyên góp"]),
        c.pick(["English", "EN | VI", "Đăng nhập cán bộ"]))
    c.w(c.pick(["Tin tức - Sự kiện", "Tin hoạt động", "Bản tin nội bộ", "Tin báo chí viết về chúng tôi"]))
    c.add("title", c.title)
    c.add("date", c.date("short"))
    c.w(f"Lượt xem: {c.rng.randint(10, 5000)}")
    c.story(2, 4, [c.caption] if c.rng.random() < 0.5 else [])
    c.tail()
    if c.rng.random() < 0.5:
        c.credit_invented()
    c.add("byline", c.pick(["Phòng Truyền thông", "Ban Biên tập website", f"Người đăng: {slug(c.name()).replace('-', '')}",
                            f"Phòng Công tác sinh viên - {c.name()}"]))
    c.related_block(c.rng.randint(2, 4), c.pick(["Tin khác", "Tin cùng loại", "Các bài đã đăng"]), c.pick([1, 4]))
    c.w(c.pick(["THÔNG BÁO TUYỂN SINH NĂM HỌC MỚI – Xem chi tiết", "Tuyển dụng: Chuyên viên truyền thông (hạn nộp 30/6)",
                "Chung tay ủng hộ đồng bào vùng lũ – STK 0123 456 789"]))
    c.w(f"Địa chỉ: {c.rng.randint(1, 300)} {c.pick(STREETS)}, {c.pick(CITIES)} | Hotline: 1900 {c.rng.randint(1000, 9999)}")


def lay_business_section(c: Ctx) -> None:
    mag = c.pick(BUSINESS); dom = slug(mag).replace("-", "") + ".vn"
    r = c.rng
    idx, ch = r.randint(50000, 120000) / 100, r.randint(1, 2000) / 100
    gold, usd = r.randint(3300, 6900), r.randint(21500, 23900)
    c.w(f"VN-Index {idx:.2f} {r.choice('▲▼')} {ch:.2f} ({100 * ch / idx:.2f}%)".replace(".", ","),
        f"Vàng SJC {gold / 100:.2f} / {(gold + r.randint(15, 60)) / 100:.2f} triệu đồng/lượng".replace(".", ","),
        f"USD/VND {usd:,} / {usd + r.randint(40, 90):,}".replace(",", "."))
    c.add("site", mag)
    c.breadcrumb()
    c.add("title", c.title)
    c.add("date", c.date(c.pick(["vn1", "vn3"])))
    c.tail(kinds=("byline",))
    if r.random() < 0.5:
        c.w(c.pick([f"Bạn đã đọc {r.randint(2, 4)}/5 bài miễn phí trong tháng này.",
                    "Đăng ký gói Hội viên chỉ 49.000 đồng/tháng để đọc không giới hạn."]))
    def sponsored():
        c.w(c.pick(["NỘI DUNG TÀI TRỢ", "Thông tin doanh nghiệp", "PR"]), c.pick(ADS))
    c.story(2, 4, [sponsored, c.caption, c.inline_related][: r.randint(1, 3)])
    c.tail(exclude=("byline",))
    c.related_block(r.randint(3, 5), c.pick(["ĐỌC NHIỀU", "Tin kinh tế khác", "Tiêu điểm thị trường"]), 3)
    c.newsletter()
    c.footer(mag, dom)


def lay_lifestyle_health(c: Ctx) -> None:
    mag = c.pick(MAGAZINES); dom = slug(mag).replace("-", "") + ".vn"
    c.add("site", mag)
    c.w(c.pick(["Sống đẹp | Sức khoẻ | Gia đình | Du lịch | Ẩm thực", "Làm đẹp · Dinh dưỡng · Mẹ & Bé · Tâm lý",
                "SỨC KHOẺ  NHÀ ĐẸP  SỐNG XANH  TIÊU DÙNG"]))
    c.add("title", c.title)
    c.add("date", c.date(c.pick(["vn2", "rel", "vn5"])))
    if c.has("byline"):
        c.tail(kinds=("byline",))
    else:
        c.add("byline", f"Bài: {c.name()} | Ảnh: {c.name()}")
    def spon():
        c.w(c.pick([f"Bài viết được thực hiện với sự đồng hành của nhãn hàng {c.pick(['Mộc An', 'VitaLeaf', 'Ngọc Sương'])}",
                    "Tin tài trợ", "Sponsored"]))
        c.w(c.pick(ADS))
    insta = lambda: c.caption(c.pick([0, 1, 8]), credit_name=f"Instagram @{slug(c.name()).replace('-', '')}")
    c.story(1, 3, [insta, c.inline_related, spon][: c.rng.randint(1, 3)])
    c.tail(exclude=("byline",))
    c.w(" ".join("#" + t.replace(" ", "") for t in c.rng.sample(TAGS, 3)))
    c.related_block(c.rng.randint(2, 4), c.pick(["Bạn có thể thích", "Đừng bỏ lỡ", "Xem thêm"]), c.pick([5, 8]))
    c.w(c.pick(["Thông tin chỉ mang tính tham khảo, không thay thế chẩn đoán của bác sĩ.",
                "Bài viết không nhằm mục đích quảng cáo, bạn đọc cân nhắc trước khi áp dụng."]))
    c.newsletter()
    if c.rng.random() < 0.5:
        c.cookie()


_LAYOUT_FN = {name: globals()["lay_" + name] for name in LAYOUTS}


# --------------------------------------------------------------------------------------
# scraper faults

def _internal_spaces(s: str) -> list[int]:
    return [i for i, ch in enumerate(s) if ch == " " and 0 < i < len(s) - 1]


def _faults(rng: random.Random, items: list[str]) -> tuple[list[str], bool]:
    kinds = rng.sample(["nbsp", "zwsp", "bom", "double", "glued", "nfd"], rng.choice([1, 1, 2]))
    items = list(items)
    nfd = "nfd" in kinds
    changed = nfd
    if "glued" in kinds:
        pairs = [i for i in range(len(items) - 1)
                 if items[i].endswith(".") and not items[i].endswith("..") and items[i + 1][:1].isalpha()]
        for i in sorted(rng.sample(pairs, min(2, len(pairs))), reverse=True):
            if i + 1 < len(items):
                items[i:i + 2] = [items[i] + items[i + 1]]
                changed = True
    todo = [k for k in ("nbsp", "zwsp", "bom", "double") if k in kinds]
    if not changed and not todo:
        todo = ["nbsp"]  # "glued" found no pair: fall back to non-breaking spaces
    for kind in todo:
        for j in rng.sample(range(len(items)), min(len(items), rng.randint(2, 5))):
            s = items[j]
            sp = _internal_spaces(s)
            if not sp:
                continue
            for p in sorted(rng.sample(sp, min(len(sp), rng.randint(1, 3))), reverse=True):
                if kind == "nbsp":
                    s = s[:p] + "\u00a0" + s[p + 1:]
                elif kind == "double":
                    s = s[:p] + "  " + s[p + 1:]
                elif kind == "zwsp":
                    s = s[:p + 1] + "\u200b" + s[p + 1:]
                else:
                    s = s[:p + 1] + "\ufeff" + s[p + 1:]
            if s != items[j]:
                items[j] = s
                changed = True
    return items, nfd


# --------------------------------------------------------------------------------------

def _read_rows(path, wanted: range, also: range) -> dict[int, dict]:
    rows: dict[int, dict] = {}
    stop = max(wanted.stop, also.stop)
    with gzip.open(path, "rb") as f:
        for i, raw in enumerate(f):
            if i >= stop:
                break
            if i not in wanted and i not in also:
                continue
            try:
                obj = json.loads(raw.decode("utf-8"))
            except (ValueError, UnicodeDecodeError):
                continue
            if isinstance(obj, dict):
                rows[i] = obj
    return rows


def _usable(obj: dict) -> bool:
    t, a = obj.get("title"), obj.get("article")
    return isinstance(t, str) and isinstance(a, str) and bool(norm(t)) and bool(norm(a))


def _build(rng: random.Random, layout: str, title: str, article: str, pool: list[Rel],
           faulty: bool) -> Page:
    body, trailers = split_article(article)
    nfd = False
    if faulty:
        body, nfd = _faults(rng, body)
    c = Ctx(rng, title, body, trailers, pool)
    _LAYOUT_FN[layout](c)
    lines = c.lines
    if nfd:
        lines = [(k, unicodedata.normalize("NFD", t)) for k, t in lines]
        body = [unicodedata.normalize("NFD", s) for s in body]
    seen = set()
    furniture = []
    for k, t in lines:
        if k in ("title", "date", "site"):
            assert k not in seen, (layout, k)
            seen.add(k)
        elif k != "body":
            assert k in KINDS, k
            furniture.append((k, t))
    text = "\n".join(t for _, t in lines)
    return Page(text=text, body=body, furniture=furniture, layout=layout)


def pages(train_path) -> list[Page]:
    rows = _read_rows(train_path, BODY_ROWS, RELATED_ROWS)
    pool = []
    for i in RELATED_ROWS:
        if i in rows:
            r = _related_entry(rows[i])
            if r is not None:
                pool.append(r)
    out: list[Page] = []
    k = 0
    for i in BODY_ROWS:
        obj = rows.get(i)
        if obj is None or not _usable(obj):
            continue
        layout = LAYOUTS[k % len(LAYOUTS)]
        rng = random.Random(f"{SEED}:{i}:{layout}")
        out.append(_build(rng, layout, norm(obj["title"]), obj["article"], pool, faulty=(k % 4 == 3)))
        k += 1
    return out


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    t0 = time.time()
    ps = pages(argv[1])
    nb = sum(len(p.body) for p in ps)
    nf = sum(len(p.furniture) for p in ps)
    print(f"pages={len(ps)} layouts={len({p.layout for p in ps})} body_sentences={nb} "
          f"furniture_lines={nf} time={time.time() - t0:.1f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
