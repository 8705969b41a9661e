#!/usr/bin/env python3
"""Blind held-out evaluation set 46 for the Vietnamese news-page cleaner.

Theme: the NEWSROOM DESK (section) a story sits in, and the furniture that
desk's pages carry (price boards, scoreboards, symptom boxes, case boxes,
exam-score lookups, spec tables, listings, weather boxes, lottery rows ...).

Usage: python eval/clean_test46/make.py /path/to/vietnews_train.jsonl.gz

Standard library only.  ``pages(train_path)`` returns a list of ``Page``;
every page is checked against the contract before it is returned.
"""
from __future__ import annotations

import datetime
import gzip
import json
import random
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from typing import NamedTuple

SEED = 4646
BODY_ROWS = range(18_900, 19_000)
RELATED_ROWS = range(19_800, 19_900)
RELATED_CUT = 1_200
KINDS = ("byline", "credit", "caption", "related", "widget")
FAULT_SHARE = 0.25
FAULTS = ("nbsp", "zwsp", "double_space", "nfd", "glue")


class Page(NamedTuple):
    text: str
    body: list
    furniture: list
    layout: str


def rng_for(row, purpose):
    return random.Random(f"test46|{SEED}|{row}|{purpose}")


# ---------------------------------------------------------------------------
# reading
# ---------------------------------------------------------------------------
ZW_RE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
WS_RE = re.compile(r"\s+")


def clean_source(s):
    s = unicodedata.normalize("NFC", s)
    s = ZW_RE.sub("", s)
    return WS_RE.sub(" ", s).strip()


def parse_row(raw):
    """(title, article) of a usable row, else None."""
    if not raw.strip():
        return None
    try:
        obj = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    if not isinstance(obj, dict):
        return None
    title, article = obj.get("title"), obj.get("article")
    if not isinstance(title, str) or not isinstance(article, str):
        return None
    if not title.strip() or not article.strip():
        return None
    title, article = clean_source(title), clean_source(article)
    if not title or not article:
        return None
    return title, article


def read_rows(path):
    """One streaming read; stops right after the last row needed."""
    last = max(BODY_ROWS[-1], RELATED_ROWS[-1])
    body, related = [], []
    with gzip.open(path, "rb") as fh:
        for i, raw in enumerate(fh):
            if i in BODY_ROWS or i in RELATED_ROWS:
                rec = parse_row(raw)
                if rec is not None:
                    (body if i in BODY_ROWS else related).append((i,) + rec)
            if i >= last:
                break
    return body, related


# ---------------------------------------------------------------------------
# sentence splitting and story extraction
# ---------------------------------------------------------------------------
OPEN_Q = "“\""
CLOSE_Q = "”\""
TERM = ".?!…"
ABBR = {
    "TP", "Tp", "TS", "Ts", "PGS", "Pgs", "GS", "Gs", "ThS", "Ths", "BS", "Bs",
    "Th.S", "NSƯT", "NSND", "TTƯT", "Mr", "Mrs", "Ms", "Dr", "St", "Co", "Ltd",
    "Inc", "Jr", "Sr", "No", "vs", "TT", "NXB", "KS", "CN", "TX", "ThS.BS",
    "BSCKI", "BSCKII", "CKI", "CKII", "Q", "P", "Tr", "tr",
}


def quote_mask(s):
    inside = [False] * len(s)
    i, n = 0, len(s)
    while i < n:
        if s[i] in OPEN_Q:
            j = i + 1
            while j < n and j - i <= 700 and s[j] not in CLOSE_Q:
                j += 1
            if j < n and j - i <= 700:
                for k in range(i, j + 1):
                    inside[k] = True
                i = j + 1
                continue
        i += 1
    return inside


def split_spans(s):
    """(start, end) spans of the sentences of s.  Quoted speech stays
    together; abbreviations and single capital initials do not end one."""
    inside = quote_mask(s)
    spans, start, i, n = [], 0, 0, len(s)

    def add(a, b):
        seg = s[a:b]
        lead = len(seg) - len(seg.lstrip())
        seg = seg.strip()
        if seg:
            spans.append((a + lead, a + lead + len(seg)))

    while i < n:
        c = s[i]
        end = None
        if c in TERM and not inside[i]:
            j = i
            while j < n and s[j] in TERM:
                j += 1
            end = j
        elif c in CLOSE_Q and inside[i] and (i + 1 >= n or not inside[i + 1]):
            k = i - 1
            while k >= 0 and s[k] == " ":
                k -= 1
            if k >= 0 and s[k] in TERM:
                end = i + 1
        if end is None:
            i += 1
            continue
        k = end
        while k < n and s[k] == " ":
            k += 1
        ok = k >= n or (k > end and (s[k].isupper() or s[k].isdigit() or s[k] in "“\"(*"))
        if ok and c == ".":
            m = re.search(r"(\S+)$", s[start:i])
            w = (m.group(1) if m else "").lstrip("(“\"")
            if w in ABBR or (len(w) == 1 and w.isupper()) or re.fullmatch(r"(?:[A-ZĐ]\.)+[A-ZĐ]", w):
                ok = False
        if ok:
            add(start, end)
            start = i = k
        else:
            i = end
    add(start, n)
    return spans


PHOTO_RE = re.compile(r"(?<!\w)Ảnh(?: minh ho[ạa])?\s*:|\(\s*[ảẢ]nh\b|(?<!\w)(?:Video|Clip|Đồ ho[ạa]|Nguồn|Infographic)\b")
JUNK_RE = re.compile(r"https?:|www\.|>>|\*|\bclick\b|Xem thêm|Đọc thêm|@", re.I)
END_RE = re.compile(r"(?:[.?!…]|[.?!…] ?[”\"]|[”\"] ?[.?!…])$")
SUBHEAD_RE = re.compile(
    r"(\w+) (?:Theo|Tuy|Trong|Sau|Khi|Tại|Với|Ngoài|Để|Vì|Ông|Chị|Nhưng|"
    r"Các|Những|Nhiều|Trước|Lúc|Chiều|Sáng|Trưa|Đêm|Hôm|Đây|Điều|Riêng|Chẳng|Cụ|Mặc|Nếu|"
    r"Dù|Bởi|Mỗi|Tất|Năm|Ngày|Hiện|Từ|Đến|Do|Còn|Cũng|Song|Hơn|Gần)\b"
)


def fused_subhead(s):
    """A subheading fused into the next sentence: 'lowercase-word Capitalised-function-word'."""
    return any(m.group(1).islower() for m in SUBHEAD_RE.finditer(s))


CAPTION_START_RE = re.compile(r"(?:Phối cảnh|Hiện trường|Sơ đồ|Bản đồ|Toàn cảnh|Cận cảnh|Khung cảnh|Hình ảnh|Mô hình)\b")
TAIL_WORDS = {"thực", "hiện", "ghi", "tổng", "hợp", "lược", "dịch", "và", "nhóm", "pv", "phóng", "viên"}


def words(s):
    return s.split()


def norm_key(s):
    s = unicodedata.normalize("NFC", s)
    s = ZW_RE.sub("", s)
    return "".join(s.split()).casefold()


def classify_tail(t):
    """byline or credit for a short unpunctuated tail of an article."""
    if re.match(r"\(?Theo\b", t):
        return "credit"
    toks = [w for w in re.split(r"[\s\-–/&,()]+", t) if w]
    lower = [w for w in toks if not w[0].isupper()]
    if all(w.casefold() in TAIL_WORDS for w in lower):
        return "byline"
    return "credit"


def body_ok(s, title_key):
    w = words(s)
    if not (8 <= len(w) <= 90):
        return False
    if PHOTO_RE.search(s) or JUNK_RE.search(s):
        return False
    if not END_RE.search(s):
        return False
    if not (s[0].isupper() or s[0].isdigit() or s[0] in "“\""):
        return False
    if fused_subhead(s):
        return False
    if CAPTION_START_RE.match(s):
        return False
    # short sentences that are not quoted speech are likely photo captions
    speech = s[0] in "“\""
    if not speech and (len(w) <= 15 and "," not in s or len(w) <= 9):
        return False
    if norm_key(s) == title_key:
        return False
    return True


def extract(title, article):
    """Story items in order: ('body', s) / ('caption', s), and the tail lines."""
    spans = split_spans(article)
    sents = [article[a:b] for a, b in spans]
    tails = []
    # trailing byline / credit fused after the last sentence
    while sents:
        last = sents[-1]
        w = words(last)
        if not END_RE.search(last) and 1 <= len(w) <= 8 and last[0].isupper():
            tails.insert(0, (classify_tail(last), last))
            sents.pop()
            continue
        if re.fullmatch(r"\(?Theo [^,.;:]{2,60}[.)]*", last) and len(w) <= 8:
            tails.insert(0, ("credit", last))
            sents.pop()
            continue
        break
    title_key = norm_key(title)
    items, seen = [], set()
    for idx, s in enumerate(sents):
        nxt = sents[idx + 1] if idx + 1 < len(sents) else ""
        key = norm_key(s)
        if body_ok(s, title_key) and not nxt.startswith(("Ảnh:", "Ảnh :")):
            if key not in seen:
                seen.add(key)
                items.append(("body", s))
            continue
        # explicit photo signals only: caption right before "Ảnh: ...",
        # or a caption with its credit fused at the end
        w = words(s)
        if 4 <= len(w) <= 40 and not JUNK_RE.search(s) and key not in seen:
            if nxt.startswith(("Ảnh:", "Ảnh :")) and not PHOTO_RE.search(s) and END_RE.search(s):
                seen.add(key)
                items.append(("caption", s))
            elif re.search(r"[-–(] ?Ảnh ?: [^.]{2,40}\)?\.?$", s) and not s.startswith("Ảnh"):
                seen.add(key)
                items.append(("caption", s))
    return items, tails


def related_material(row, title, article):
    """Headline, teasers and photo captions of a related story, from its
    title and the first RELATED_CUT characters of its article only."""
    spans = [(a, b) for a, b in split_spans(article) if b <= RELATED_CUT]
    teasers, captions = [], []
    for a, b in spans:
        s = article[a:b]
        w = words(s)
        if PHOTO_RE.search(s) or JUNK_RE.search(s) or not END_RE.search(s):
            continue
        if not (s[0].isupper() or s[0].isdigit()):
            continue
        if fused_subhead(s):
            continue
        if 14 <= len(w) <= 45:
            teasers.append(s)
        elif 5 <= len(w) <= 13 and not any(q in s for q in "“”\""):
            captions.append(s)
    return {"row": row, "title": title, "teasers": teasers, "captions": captions}


# ---------------------------------------------------------------------------
# invented furniture material
# ---------------------------------------------------------------------------
SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ",
            "Ngô", "Dương", "Lý", "Võ", "Phan", "Trịnh", "Đinh", "Lưu", "Mai", "Tạ"]
MIDDLES = ["Văn", "Thị", "Minh", "Thu", "Hoài", "Quang", "Ngọc", "Đức", "Thanh", "Bảo",
           "Khánh", "Gia", "Hữu", "Thùy", "Mỹ", "Tuấn", "Phương", "Kim"]
GIVENS = ["An", "Bình", "Châu", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hiếu", "Hoa",
          "Hùng", "Khoa", "Lâm", "Linh", "Long", "Mai", "Nam", "Ngân", "Nhi", "Phong",
          "Phúc", "Quân", "Sơn", "Tâm", "Thảo", "Trang", "Tú", "Uyên", "Vy", "Yến", "Khải", "Diệp"]
WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]
CITIES = ["Hà Nội", "TP HCM", "Đà Nẵng", "Hải Phòng", "Cần Thơ", "Huế", "Nha Trang",
          "Đà Lạt", "Vinh", "Quy Nhơn", "Hạ Long", "Buôn Ma Thuột", "Phú Quốc", "Sa Pa"]

OUTLETS = {
    "thoi_su": ["Nhịp Sống Mới", "Báo điện tử Đất Việt Hôm Nay", "Thời Báo Sông Lam"],
    "the_gioi": ["Toàn Cầu 24", "Điểm Tin Bốn Phương", "Quốc Tế Sáng Nay"],
    "kinh_doanh": ["Thương Trường Việt", "Nhịp Đầu Tư", "Tài Chính Sáng Nay"],
    "chung_khoan": ["Bảng Điện 365", "Cổ Phiếu Việt", "Sàn Xanh Online"],
    "the_thao_bang_xep_hang": ["Sân Cỏ Việt", "Thể Thao Phương Nam", "Bàn Thắng 24h"],
    "the_thao_truc_tiep": ["Tỷ Số Nhanh", "Sân Cỏ Việt", "Còi Mãn Cuộc"],
    "giai_tri": ["Sao Mai Online", "Hậu Trường Xanh", "Ngôi Sao Phố"],
    "suc_khoe": ["Sống Khỏe Mỗi Ngày", "Bác Sĩ Nhà Mình", "Y Tế Cộng Đồng"],
    "phap_luat": ["Công Lý & Đời Sống", "An Ninh Phố Thị", "Pháp Đình Online"],
    "giao_duc": ["Học Đường Việt", "Tuyển Sinh Sớm", "Trang Giáo Dục Mới"],
    "so_hoa": ["Công Nghệ Số 360", "Thiết Bị Mới", "Bit & Byte Việt"],
    "xe": ["Xe Hay Online", "Tay Lái Việt", "Ôtô Xe Máy Hôm Nay"],
    "bat_dong_san": ["Nhà Đất Phương Nam", "Địa Ốc Sáng", "Căn Hộ 24"],
    "du_lich": ["Xách Ba Lô", "Du Lịch Ba Miền", "Hành Trình Xanh"],
    "doi_song": ["Tổ Ấm Việt", "Gia Đình Ấm", "Đời Sống Quanh Ta"],
    "thoi_tiet": ["Nắng Mưa 24h", "Khí Tượng Online", "Trời Hôm Nay"],
    "xo_so": ["Kết Quả Nhanh", "Xổ Số Ba Miền", "Dò Vé Online"],
    "van_hoa": ["Văn Hiến Online", "Nhịp Văn Hóa", "Tạp Chí Phố Cổ"],
    "quan_su": ["Quốc Phòng Toàn Cảnh", "Binh Khí Online", "Tiền Tiêu Việt"],
    "tam_su": ["Góc Nhỏ Chia Sẻ", "Thư Tòa Soạn", "Tâm Sự Bạn Đọc Online"],
}
def slug(name):
    name = unicodedata.normalize("NFD", name.replace("Đ", "D").replace("đ", "d"))
    return re.sub(r"[^a-z0-9]", "", name.encode("ascii", "ignore").decode().lower())

SECTIONS = ["Thời sự", "Thế giới", "Kinh doanh", "Chứng khoán", "Thể thao", "Giải trí",
            "Sức khỏe", "Pháp luật", "Giáo dục", "Số hóa", "Xe", "Bất động sản", "Du lịch",
            "Đời sống", "Thời tiết", "Xổ số", "Văn hóa", "Quân sự", "Tâm sự", "Video", "Ý kiến"]

CLUBS = ["Đông Đô FC", "CLB Bến Thành", "Thép Xanh Phố Núi", "Sao Biển Cam Ranh", "Hoàng Thành Huế",
         "Cửu Long United", "Lam Sơn FC", "Hải Cảng Đông Bắc", "Cao Nguyên Đỏ", "Sông Đà FC",
         "Phù Sa Miền Tây", "Kinh Bắc FC"]
TICKERS = ["HTA", "VMX", "BNR", "SDQ", "KLP", "TNV", "MCH", "PGB", "DXT", "LHV", "QNS", "ATG", "VCK", "HPL"]


class Ctx:
    """Per-page helpers: deterministic draws and the related pool."""

    def __init__(self, row, layout, title, related_pool, forbidden):
        self.row = row
        self.layout = layout
        self.title = title
        self.r = rng_for(row, "layout")
        self.rel_r = rng_for(row, "related")
        self.meta_r = rng_for(row, "meta")
        order = list(range(len(related_pool)))
        self.rel_r.shuffle(order)
        self.pool = [related_pool[i] for i in order]
        self.forbidden = forbidden
        self.used = set()
        self.outlet = self.r.choice(OUTLETS[layout])
        self.domain = slug(self.outlet) + self.r.choice([".vn", ".com.vn", ".net", ".vn"])
        y = self.meta_r.randint(2014, 2019)
        self.date = datetime.date(y, 1, 1) + datetime.timedelta(days=self.meta_r.randint(0, 364))
        self.hh = self.meta_r.randint(5, 22)
        self.mm = self.meta_r.randint(0, 59)

    # -- draws ------------------------------------------------------------
    def pick(self, *opts):
        return self.r.choice(opts)

    def num(self, a, b):
        return self.r.randint(a, b)

    def vnum(self, a, b, dec=2):
        """Vietnamese-formatted decimal number."""
        v = self.r.uniform(a, b)
        s = f"{v:,.{dec}f}"
        return s.replace(",", "#").replace(".", ",").replace("#", ".")

    def thousands(self, a, b):
        return f"{self.r.randint(a, b):,}".replace(",", ".")

    def name(self):
        r = self.meta_r
        return f"{r.choice(SURNAMES)} {r.choice(MIDDLES)} {r.choice(GIVENS)}"

    def short_name(self):
        r = self.meta_r
        return f"{r.choice(MIDDLES)} {r.choice(GIVENS)}"

    def handle(self):
        r = self.meta_r
        base = unicodedata.normalize("NFD", r.choice(GIVENS) + r.choice(MIDDLES)).encode("ascii", "ignore").decode().lower()
        return base + str(r.randint(1, 99))

    def day(self, delta=0):
        d = self.date + datetime.timedelta(days=delta)
        return f"{d.day}/{d.month}"

    def date_line(self):
        d = self.date
        wd = WEEKDAYS[d.weekday()]
        hm = f"{self.hh:02d}:{self.mm:02d}"
        return self.pick(
            f"{wd}, {d.day}/{d.month}/{d.year}, {hm} (GMT+7)",
            f"{d.day:02d}/{d.month:02d}/{d.year} {hm}",
            f"Cập nhật: {hm} ngày {d.day:02d}/{d.month:02d}/{d.year}",
            f"{wd}, ngày {d.day} tháng {d.month} năm {d.year} - {self.hh:02d}h{self.mm:02d}",
            f"{hm} | {d.day:02d}-{d.month:02d}-{d.year}",
        )

    def ago(self):
        return self.pick(f"{self.num(2, 55)} phút trước", f"{self.num(1, 23)} giờ trước",
                         f"{self.num(1, 6)} ngày trước", f"{self.day(-self.num(1, 5))}/{self.date.year}")

    # -- related ------------------------------------------------------------
    def _ok(self, s):
        k = norm_key(s)
        if k in self.forbidden or k in self.used:
            return False
        self.used.add(k)
        return True

    def rel_title(self):
        for it in self.pool:
            if it["title"] and self._ok(it["title"]):
                return it["title"]
        return None

    def rel_teaser(self):
        for it in self.pool:
            for s in it["teasers"]:
                if self._ok(s):
                    return s
        return None

    def rel_caption(self):
        for it in self.pool[::-1]:
            for s in it["captions"]:
                if self._ok(s):
                    return s
        return None

    def titles(self, n, fmt="{}"):
        out = []
        for _ in range(n):
            t = self.rel_title()
            if t:
                out.append(("related", fmt.format(t)))
        return out


# helpers building furniture lists ------------------------------------------
def W(line):
    return ("widget", line)


def menu(c, current):
    secs = [s for s in SECTIONS if s != current]
    c.r.shuffle(secs)
    secs = secs[: c.num(5, 8)]
    pos = c.num(0, len(secs))
    secs.insert(pos, current)
    style = c.num(0, 2)
    if style == 0:
        return [W(" | ".join(["Trang chủ"] + secs))]
    if style == 1:
        return [W(s) for s in ["Trang chủ"] + secs]
    return [W(" · ".join(secs)), W(c.pick("Tìm kiếm", "Đăng nhập", "Mới nhất", "Video"))]


def crumb(c, section, sub):
    return W(c.pick(f"Trang chủ > {section} > {sub}", f"{section} / {sub}", f"{section} » {sub}",
                    f"Trang chủ › {section}", f"{section.upper()} | {sub}"))


def share(c):
    return [W(c.pick("Chia sẻ", "Chia sẻ bài viết", "Share")),
            W(c.pick("Facebook | Zalo | Twitter", "Facebook Zalo Copy link", "Thích 1,2K Chia sẻ",
                     f"Thích {c.num(3, 900)} | Chia sẻ {c.num(1, 99)}", "Gửi bài | In bài | Lưu"))][: c.num(1, 2)]


def tags(c, words_):
    lab = c.pick("Từ khóa:", "Tags:", "Chủ đề:", "TỪ KHÓA")
    if lab.endswith(":"):
        return [W(lab + " " + ", ".join(words_))]
    return [W(lab)] + [W("#" + w.replace(" ", "")) for w in words_]


def comments(c, n=None):
    n = c.num(1, 3) if n is None else n
    out = [W(c.pick(f"Bình luận ({c.num(2, 240)})", "Ý kiến bạn đọc", f"{c.num(2, 90)} bình luận",
                    "Bình luận của bạn", "Gửi ý kiến của bạn"))]
    bodies = [
        "Mong cơ quan chức năng sớm vào cuộc làm rõ.", "Thương quá, chia buồn cùng gia đình.",
        "Bài viết rất hay, cảm ơn tác giả!", "Cần xử lý nghiêm để làm gương.",
        "Đọc mà thấy xót xa quá.", "Tôi ở gần đó, sáng nay đi qua vẫn thấy tắc đường.",
        "Sao đến giờ mới đưa tin vậy?", "Ý kiến rất xác đáng, đồng ý hoàn toàn.",
        "Hy vọng lần này không còn như cũ nữa.", "Hóng phần tiếp theo của loạt bài.",
        "Tin này có đúng không mọi người?", "Chúc mọi người bình an.",
    ]
    for _ in range(n):
        out.append(W(c.name() if c.r.random() < 0.6 else c.handle()))
        out.append(W(c.r.choice(bodies)))
        out.append(W(c.pick(f"Trả lời · Thích {c.num(0, 80)} · {c.ago()}", f"Thích ({c.num(0, 60)})   Trả lời",
                            c.ago(), f"{c.num(0, 40)} thích | Phản hồi")))
    return out


def footer(c):
    out = [W(c.pick(f"© {c.date.year} {c.outlet}. Bảo lưu mọi quyền.",
                    f"Bản quyền thuộc về {c.outlet}",
                    f"Copyright © {c.outlet} - Giấy phép số {c.num(12, 480)}/GP-BTTTT"))]
    out.append(W(c.pick(f"Tổng biên tập: {c.name()}", f"Chịu trách nhiệm nội dung: {c.name()}",
                        f"Giấy phép hoạt động số {c.num(10, 400)}/GP-BTTTT cấp ngày {c.num(1, 28)}/{c.num(1, 12)}/{c.date.year - c.num(1, 6)}")))
    if c.r.random() < 0.6:
        out.append(W(c.pick(f"Địa chỉ: Số {c.num(2, 180)} phố {c.pick('Hàng Lược', 'Kim Mã', 'Lý Chính Thắng', 'Trần Phú', 'Nguyễn Trãi')}, {c.pick(*CITIES[:4])}",
                            f"Liên hệ quảng cáo: {c.num(90, 98)}{c.num(1, 9)} {c.thousands(100, 999)} {c.thousands(100, 999)}",
                            f"Email: toasoan@{c.domain}", "Về đầu trang ↑", "Điều khoản sử dụng | Chính sách bảo mật")))
    return out


def byline_top(c):
    return ("byline", c.pick(c.name(), f"Phóng viên {c.name()}", f"{c.short_name()} - {c.short_name()}",
                             f"Bài: {c.short_name()}", f"{c.name()} | {c.outlet}"))


def photo_credit(c):
    return ("credit", c.pick(f"Ảnh: {c.short_name()}", f"Ảnh: {c.outlet}", f"Ảnh: {c.short_name()}/{c.outlet}",
                             f"(Ảnh: {c.short_name()})", f"Nguồn ảnh: {c.outlet}"))


def source_credit(c):
    return ("credit", c.pick(f"Theo {c.pick('Tạp chí Phố Thị', 'Báo Sông Hàn', 'Đài Phát thanh Ven Biển', 'Tuần san Đồng Nội')}",
                             f"Nguồn: {c.pick('Thông tấn Bốn Phương', 'Báo Miền Đông', 'Cổng tin Hà Thành')}",
                             f"(Theo {c.pick('Tin Nhanh Miền Trung', 'Báo Nông Thôn Mới', 'Kênh tin Phương Nam')})"))


def related_block(c, n, head=None):
    out = [W(head or c.pick("Tin liên quan", "Tin cùng chuyên mục", "Đọc thêm", "Có thể bạn quan tâm",
                            "Xem nhiều nhất", "TIN MỚI"))]
    for _ in range(n):
        t = c.rel_title()
        if t is None:
            break
        out.append(("related", t))
        if c.r.random() < 0.35:
            s = c.rel_teaser()
            if s:
                out.append(("related", s))
    return out


def inline_read_more(c):
    t = c.rel_title()
    if not t:
        return []
    return [("related", c.pick(f"Đọc thêm: {t}", f">> {t}", f"Xem thêm: {t}", t, f"► {t}"))]


def ad(c):
    return [W(c.pick("Quảng cáo", "QUẢNG CÁO", "Advertisement", "Tài trợ", "- Quảng cáo -"))]


def rel_photo(c, head):
    out = [W(head)]
    for _ in range(c.num(1, 3)):
        s = c.rel_caption()
        if s:
            out.append(("caption", s))
            if c.r.random() < 0.4:
                out.append(photo_credit(c))
    return out if len(out) > 1 else []


# ---------------------------------------------------------------------------
# layouts (one per desk; a few desks have two variants)
# ---------------------------------------------------------------------------
def L_thoi_su(c):
    sub = c.pick("Giao thông", "Dân sinh", "Chính trị", "Môi trường", "Đô thị")
    top = [("S", c.outlet)] + menu(c, "Thời sự") + [crumb(c, "Thời sự", sub), ("T",), ("D", c.date_line())]
    if c.r.random() < 0.5:
        top.append(byline_top(c))
    inline = [inline_read_more(c), ad(c), [W(c.pick("Video đang xem", "Xem video", "▶ Video liên quan"))] + inline_read_more(c)]
    tail = share(c) + tags(c, [c.pick("giao thông", "dân sinh", "an toàn", "cứu hộ"), c.pick("thời sự", "nóng", "địa phương")])
    tail += related_block(c, c.num(3, 5)) + comments(c) + footer(c)
    return top, inline, tail


def L_the_gioi(c):
    region = c.pick("Châu Á", "Châu Âu", "Châu Mỹ", "Trung Đông", "Châu Phi")
    top = [("S", c.outlet.upper())] + menu(c, "Thế giới") + [crumb(c, "Thế giới", region), ("D", c.date_line()), ("T",)]
    clocks = [W(c.pick("Giờ các nước:", "Múi giờ")),
              W(f"Hà Nội {c.hh:02d}:{c.mm:02d} | London {(c.hh - 7) % 24:02d}:{c.mm:02d} | New York {(c.hh - 12) % 24:02d}:{c.mm:02d}")]
    mapbox = [W(c.pick("Bản đồ khu vực", "Vị trí trên bản đồ", "Xem bản đồ")),
              ("credit", c.pick("Đồ họa: " + c.short_name(), "Đồ họa: " + c.outlet, "Nguồn bản đồ: " + c.outlet))]
    inline = [mapbox, inline_read_more(c), [W(c.pick("Hồ sơ", "Bối cảnh", "Nhìn lại")),
                                            W(c.pick(f"Dân số: {c.vnum(3, 140, 1)} triệu người", f"Thủ đô: {c.pick('Tân Cảng', 'Bạch Sa', 'Lục Hải')}")),
                                            W(f"Diện tích: {c.thousands(20000, 900000)} km2")]]
    tail = [source_credit(c), ("byline", c.pick(f"{c.short_name()} (tổng hợp)", f"{c.name()} lược dịch", f"{c.short_name()} (theo {c.pick('Global Wire', 'Pacific News Agency', 'Hãng tin Đông Á')})"))]
    tail += clocks + related_block(c, c.num(2, 4), c.pick("Tin quốc tế khác", "Thế giới 24h", "Tin liên quan")) + share(c) + footer(c)
    return top, inline, tail


def gold_fx(c):
    out = [W(c.pick("Giá vàng hôm nay", "Giá vàng - Tỷ giá", "GIÁ VÀNG"))]
    base = c.r.uniform(34, 38)
    for label in c.r.sample(["SJC Hà Nội", "SJC TP HCM", "DOJI", "PNJ", "Bảo Tín"], 3):
        b = base + c.r.uniform(-0.3, 0.3)
        out.append(W(f"{label}: {b:.2f} - {b + c.r.uniform(0.15, 0.3):.2f}".replace(".", ",") + c.pick(" triệu đồng/lượng", "", " (triệu/lượng)")))
    out.append(W(c.pick(f"USD/VND: {c.thousands(22600, 23300)} - {c.thousands(23300, 23500)}",
                        f"Tỷ giá USD: mua {c.thousands(22600, 23300)} | bán {c.thousands(23300, 23500)}")))
    out.append(W(f"EUR: {c.thousands(25500, 27800)}   JPY: {c.vnum(198, 215)}"))
    return out


def L_kinh_doanh(c):
    sub = c.pick("Doanh nghiệp", "Vĩ mô", "Hàng hóa", "Tài chính", "Tiêu dùng")
    top = [("S", c.outlet)] + menu(c, "Kinh doanh") + [crumb(c, "Kinh doanh", sub)]
    top += gold_fx(c)[: c.num(2, 6)] + [("T",), ("D", c.date_line()), byline_top(c)]
    inline = [[W(c.pick("Dầu Brent", "Giá dầu")), W(f"{c.vnum(48, 85)} USD/thùng {c.pick('▲', '▼')} {c.vnum(0, 2)}%")],
              inline_read_more(c), ad(c)]
    tail = [W(c.pick("Tiện ích", "Công cụ tài chính")), W(c.pick("Tính lãi tiền gửi", "Tra cứu lãi suất")),
            W(c.pick("Chuyển đổi ngoại tệ", "Quy đổi tỷ giá"))]
    tail += related_block(c, c.num(3, 5), c.pick("Tin kinh doanh", "Cùng chuyên mục", "Đọc nhiều"))
    tail += tags(c, [c.pick("kinh tế", "doanh nghiệp", "thị trường"), c.pick("giá cả", "đầu tư")]) + footer(c)
    return top, inline, tail


def ticker_rows(c, n):
    out = []
    for t in c.r.sample(TICKERS, n):
        p = c.num(8, 140) * 100
        d = int(p * c.r.uniform(-0.069, 0.069) / 50) * 50
        pct = d / p * 100
        ds = ("+" if d >= 0 else "-") + f"{abs(d):,}".replace(",", ".")
        out.append(W(c.pick(f"{t} {c.thousands(p, p)} {ds} (" + f"{pct:+.2f}".replace(".", ",") + "%)",
                            f"{t}  {p / 1000:.2f}  {'▲' if d >= 0 else '▼'}{abs(d) / 1000:.2f}".replace(".", ","),
                            f"{t} | {c.thousands(p, p)} | {ds} | KL {c.thousands(1000, 900000)}")))
    return out


def L_chung_khoan(c):
    top = [("S", c.pick(c.outlet, c.outlet + " - Tin nhanh chứng khoán"))]
    top += [W(f"VN-Index {c.vnum(880, 1200)} {c.pick('▲', '▼')} {c.vnum(0, 15)} ({c.pick('+', '-')}{c.vnum(0, 1.5)}%)"),
            W(f"HNX-Index {c.vnum(100, 135)} {c.pick('▲', '▼')} {c.vnum(0, 2)}"),
            W(f"UPCoM {c.vnum(50, 60)} {c.pick('▲', '▼')} {c.vnum(0, 1)}")]
    top += menu(c, "Chứng khoán") + [crumb(c, "Chứng khoán", c.pick("Thị trường", "Doanh nghiệp niêm yết", "Phân tích"))]
    top += [("T",), ("D", c.date_line())]
    board = [W(c.pick("Bảng giá trực tuyến", "Mã CK | Giá | +/- | %", "Cổ phiếu đáng chú ý"))] + ticker_rows(c, c.num(3, 5))
    inline = [board, inline_read_more(c), [W(c.pick("Khối ngoại", "Giao dịch khối ngoại")),
                                           W(f"Mua ròng {c.vnum(10, 400, 1)} tỷ đồng | Bán ròng {c.vnum(10, 400, 1)} tỷ đồng")]]
    tail = [byline_top(c), W(c.pick("Khuyến nghị: Thông tin chỉ mang tính tham khảo, nhà đầu tư tự chịu trách nhiệm với quyết định của mình.",
                                    "Lưu ý: Bài viết không phải lời mời mua hay bán chứng khoán.",
                                    "Miễn trừ trách nhiệm: Số liệu có thể chậm 15 phút so với thực tế."))]
    tail += [W(c.pick("Top tăng giá", "Top giảm giá", "Top khối lượng"))] + ticker_rows(c, 3)
    tail += related_block(c, c.num(2, 4)) + share(c) + footer(c)
    return top, inline, tail


def score_line(c, a=None, b=None):
    a, b = c.r.sample(CLUBS, 2) if a is None else (a, b)
    return W(c.pick(f"{a} {c.num(0, 4)} - {c.num(0, 3)} {b}", f"{a} {c.num(0, 4)}-{c.num(0, 3)} {b} (FT)",
                    f"FT | {a} {c.num(0, 3)} - {c.num(0, 3)} {b}"))


def L_the_thao_bang_xep_hang(c):
    rnd = c.num(3, 24)
    top = [("S", c.outlet)] + menu(c, "Thể thao") + [crumb(c, "Thể thao", c.pick("Bóng đá Việt Nam", "Bóng đá", "Các môn khác"))]
    top += [W(c.pick(f"Kết quả vòng {rnd}", f"Vòng {rnd} Giải VĐQG", "Tỷ số hôm nay"))] + [score_line(c) for _ in range(c.num(2, 4))]
    top += [("T",), ("D", c.date_line())]
    table = [W(c.pick("Bảng xếp hạng", "BXH Giải vô địch quốc gia", "TT | Đội | Trận | Điểm"))]
    clubs = c.r.sample(CLUBS, c.num(4, 6))
    pts = sorted((c.num(rnd, rnd * 3) for _ in clubs), reverse=True)
    for i, (cl, p) in enumerate(zip(clubs, pts), 1):
        table.append(W(c.pick(f"{i}. {cl} {rnd} {p}", f"{i} | {cl} | {rnd} | {p}", f"{i}  {cl}  {rnd}  {c.num(-9, 20):+d}  {p}")))
    fixtures = [W(c.pick("Lịch thi đấu", f"Lịch thi đấu vòng {rnd + 1}", "Sắp diễn ra"))]
    for _ in range(c.num(2, 3)):
        a, b = c.r.sample(CLUBS, 2)
        fixtures.append(W(f"{c.num(15, 19)}:{c.pick('00', '30')} {c.day(c.num(2, 6))} | {a} vs {b}"))
    inline = [inline_read_more(c), ad(c)]
    tail = [byline_top(c)] + table + fixtures + related_block(c, c.num(2, 4), c.pick("Tin thể thao", "Bóng đá 24h")) + comments(c) + footer(c)
    return top, inline, tail


def L_the_thao_truc_tiep(c):
    a, b = c.r.sample(CLUBS, 2)
    ga, gb = c.num(0, 3), c.num(0, 3)
    top = [("S", c.outlet), crumb(c, "Thể thao", "Trực tiếp"), W(c.pick("TRỰC TIẾP", "● LIVE", "Đang diễn ra")),
           W(f"{a} {ga} - {gb} {b}"), W(c.pick(f"Hiệp 2 - {c.num(46, 89)}'", "Hết giờ", "FT", f"Hiệp 1 - {c.num(5, 44)}'")),
           ("T",), ("D", c.date_line())]
    live = []
    for m in sorted(c.r.sample(range(1, 91), c.num(3, 5))):
        live.append(W(c.pick(f"{m}' Thẻ vàng cho {c.short_name()} ({a})", f"{m}' Vào! {c.short_name()} ghi bàn cho {b}",
                             f"{m}' Thay người: {c.short_name()} vào sân", f"{m}' Phạt góc cho {a}", f"{m}' Việt vị")))
    stats = [W(c.pick("Thống kê trận đấu", "Số liệu")), W("Kiểm soát bóng {0}% - {1}%".format(*(lambda x: (x, 100 - x))(c.num(35, 65)))),
             W(f"Sút trúng đích {c.num(1, 9)} - {c.num(1, 9)}"), W(f"Phạm lỗi {c.num(5, 18)} - {c.num(5, 18)}")]
    inline = [live[:2], live[2:], inline_read_more(c)]
    tail = [W(c.pick("Đội hình xuất phát", "Đội hình ra sân")),
            W(f"{a}: " + ", ".join(c.short_name() for _ in range(4)) + "..."),
            W(c.pick("Sân: ", "Sân vận động: ") + c.pick("Phố Hội", "Thống Nhất Mới", "Cửa Biển", "Hoa Ban"))]
    tail += stats + [byline_top(c)] + related_block(c, c.num(2, 3)) + share(c) + footer(c)
    return top, inline, tail


def L_giai_tri(c):
    top = [("S", c.outlet)] + menu(c, "Giải trí") + [crumb(c, "Giải trí", c.pick("Sao Việt", "Showbiz", "Phim", "Nhạc", "Hậu trường")),
                                                     ("T",), ("D", c.date_line())]
    gallery = [W(f"{c.num(1, 3)}/{c.num(6, 20)}"), W(c.pick("Xem thêm ảnh", "Xem toàn bộ ảnh ›", "Bộ ảnh"))]
    insta = [W(c.pick("Xem bài viết này trên Instagram", "Bài đăng từ mạng xã hội")),
             W(f"@{c.handle()}"), W(f"{c.thousands(1000, 90000)} lượt thích")]
    inline = [gallery, insta, inline_read_more(c)]
    chart = [W(c.pick("Bảng xếp hạng âm nhạc tuần", "Top 5 bài hát", "Nhạc hot tuần này"))]
    for i in range(1, c.num(3, 5) + 1):
        chart.append(W(f"{i}. {c.pick('Mưa Phố Cũ', 'Gió Mùa Thu', 'Đêm Sài Gòn', 'Hẹn Em Mùa Sau', 'Chuyến Xe Cuối', 'Phố Vắng')} - {c.short_name()}"))
    tail = [("byline", c.pick(f"{c.short_name()}", f"{c.short_name()} (tổng hợp)", f"Theo {c.short_name()}")), photo_credit(c)]
    tail += rel_photo(c, c.pick("Ảnh đẹp sao Việt", "Khoảnh khắc", "Bộ sưu tập ảnh")) + chart + related_block(c, c.num(2, 4), c.pick("Sao & Showbiz", "Tin giải trí khác"))
    tail += comments(c) + footer(c)
    return top, inline, tail


def L_suc_khoe(c):
    hotline = c.pick(f"Đường dây nóng: 1900 {c.num(1000, 9999)}", f"Hotline tư vấn sức khỏe: 1800 {c.num(1000, 9999)} (miễn phí)",
                     f"Gọi ngay {c.num(1900, 1900)} {c.thousands(100, 999)} {c.num(10, 99)} để được bác sĩ tư vấn")
    top = [("S", c.outlet), W(hotline)] + menu(c, "Sức khỏe") + [crumb(c, "Sức khỏe", c.pick("Bệnh thường gặp", "Dinh dưỡng", "Y tế", "Khỏe đẹp")),
                                                                ("T",), ("D", c.date_line())]
    box = [W(c.pick("Dấu hiệu cần đi khám ngay", "Triệu chứng cảnh báo", "Khi nào cần gặp bác sĩ?"))]
    sym = ["Sốt cao trên 39 độ C kéo dài", "Khó thở, đau tức ngực", "Đau đầu dữ dội, nôn ói", "Mệt mỏi, chán ăn kéo dài",
           "Phát ban, ngứa toàn thân", "Chóng mặt, mất thăng bằng"]
    for s in c.r.sample(sym, c.num(2, 4)):
        box.append(W(c.pick("- ", "• ", "") + s))
    qa = [W(c.pick("Hỏi đáp cùng bác sĩ", "Bác sĩ trả lời", "Tư vấn trực tuyến"))]
    qs = ["Con tôi 3 tuổi hay ho về đêm, có cần dùng kháng sinh không?", "Uống nước chanh mỗi sáng có tốt cho dạ dày?",
          "Người cao huyết áp có nên tập chạy bộ?", "Bị mất ngủ kéo dài nên khám chuyên khoa nào?",
          "Mẹ bầu tháng thứ 5 có được tiêm phòng cúm?"]
    for q in c.r.sample(qs, 2):
        qa.append(W(q))
    inline = [box, inline_read_more(c), ad(c)]
    tail = [("byline", c.pick(f"BS {c.name()}", f"{c.short_name()}", f"ThS.BS {c.name()} tư vấn"))]
    tail += qa + [W(c.pick("Thông tin trong bài chỉ mang tính tham khảo, không thay thế chẩn đoán và điều trị của bác sĩ.",
                           "Lưu ý: Bạn đọc không tự ý dùng thuốc khi chưa có chỉ định của bác sĩ.",
                           "Bài viết mang tính chất tham khảo, vui lòng hỏi ý kiến chuyên gia y tế."))]
    tail += related_block(c, c.num(2, 4)) + footer(c)
    return top, inline, tail


def L_phap_luat(c):
    top = [("S", c.outlet)] + menu(c, "Pháp luật") + [crumb(c, "Pháp luật", c.pick("Hồ sơ phá án", "Tòa án", "An ninh trật tự", "Ký sự pháp đình")),
                                                     ("D", c.date_line()), ("T",)]
    crimes = ["Cố ý gây thương tích", "Lừa đảo chiếm đoạt tài sản", "Vi phạm quy định về tham gia giao thông đường bộ",
              "Trộm cắp tài sản", "Buôn lậu", "Giết người"]
    case = [W(c.pick("HỒ SƠ VỤ ÁN", "Thông tin vụ việc", "Tóm tắt vụ án")),
            W(f"{c.pick('Bị can', 'Nghi phạm', 'Đối tượng')}: {c.name()} ({c.num(18, 65)} tuổi)"),
            W(f"{c.pick('Tội danh', 'Hành vi')}: {c.r.choice(crimes)}"),
            W(f"{c.pick('Cơ quan thụ lý', 'Đơn vị điều tra')}: Công an {c.pick('huyện', 'quận', 'tỉnh')} {c.pick('Đông Sơn', 'Tân Hòa', 'Bình Xuyên', 'Mỹ Lộc')}")]
    note = [W(c.pick("Góc luật sư", "Quy định pháp luật", "Luật nói gì?")),
            W(c.pick(f"Điều {c.num(100, 360)} Bộ luật Hình sự 2015 quy định mức phạt tù từ {c.num(1, 5)} đến {c.num(6, 20)} năm.",
                     f"Theo Điều {c.num(100, 360)} Bộ luật Hình sự, người phạm tội có thể bị phạt tù đến {c.num(3, 20)} năm.",
                     f"Khung hình phạt cao nhất: {c.num(7, 20)} năm tù"))]
    inline = [case, inline_read_more(c), note]
    tail = [byline_top(c), W(c.pick(f"Đường dây nóng tiếp nhận tin báo tội phạm: 0{c.num(900, 989)} {c.thousands(100, 999)} {c.thousands(100, 999)}",
                                    f"Bạn đọc có thông tin về vụ việc xin liên hệ hotline 0{c.num(900, 989)}.{c.num(100, 999)}.{c.num(100, 999)}",
                                    f"Gửi tin báo qua email: phapluat@{c.domain}"))]
    tail += related_block(c, c.num(3, 5), c.pick("Vụ án khác", "Tin pháp luật", "Tin liên quan")) + tags(c, ["pháp luật", c.pick("điều tra", "xét xử", "công an")]) + footer(c)
    return top, inline, tail


def L_giao_duc(c):
    y = c.date.year
    top = [("S", c.outlet)] + menu(c, "Giáo dục") + [crumb(c, "Giáo dục", c.pick("Tuyển sinh", "Thi cử", "Du học", "Chân dung")),
                                                    W(c.pick(f"Tra cứu điểm thi THPT {y}", "Tra cứu điểm thi", f"Điểm chuẩn đại học {y}")),
                                                    W(c.pick("Nhập số báo danh", "Số báo danh:", "Nhập SBD hoặc họ tên")),
                                                    W(c.pick("Tra cứu", "Xem điểm", "Tìm")), ("T",), ("D", c.date_line())]
    cal = [W(c.pick(f"Lịch tuyển sinh {y}", "Các mốc thời gian cần nhớ", "Lịch thi và xét tuyển"))]
    for d, ev in c.r.sample([(c.num(1, 28), "Hạn chót nộp hồ sơ đăng ký dự thi"), (c.num(1, 28), "Thí sinh làm thủ tục dự thi"),
                             (c.num(1, 28), "Công bố điểm thi"), (c.num(1, 28), "Điều chỉnh nguyện vọng"),
                             (c.num(1, 28), "Công bố điểm chuẩn đợt 1")], 3):
        cal.append(W(f"{d}/{c.num(4, 8)}: {ev}"))
    schools = [W(c.pick("Điểm chuẩn lớp 10 một số trường", "Danh sách trường", "Trường | Điểm chuẩn"))]
    for s in c.r.sample(["THPT Hoa Phượng", "THPT Chuyên Sông Thương", "THPT Trần Quang Khải", "THPT Bến Nghé", "THPT Ngọc Lâm", "THPT Chu Văn An Mới"], c.num(3, 4)):
        schools.append(W(f"{s}: {c.vnum(30, 50, 1)} {c.pick('điểm', '')}".strip()))
    inline = [cal, inline_read_more(c)]
    tail = [byline_top(c)] + schools + related_block(c, c.num(2, 4), c.pick("Tin tuyển sinh", "Giáo dục 24h")) + comments(c, c.num(0, 2)) + footer(c)
    return top, inline, tail


def L_so_hoa(c):
    brand = c.pick("Lumio", "Novar", "Zenta", "Kivo", "Orbi")
    model = f"{brand} {c.pick('X', 'S', 'Note ', 'Pro ')}{c.num(3, 12)}"
    top = [("S", c.outlet)] + menu(c, "Số hóa") + [crumb(c, "Số hóa", c.pick("Điện thoại", "Máy tính", "Internet", "Đánh giá", "Thủ thuật")),
                                                  ("T",), ("D", c.date_line()), byline_top(c)]
    spec = [W(c.pick(f"Thông số kỹ thuật {model}", "Cấu hình chi tiết", "Thông số chính")),
            W(f"Màn hình: {c.vnum(5.5, 6.9, 1)} inch {c.pick('OLED', 'LCD', 'AMOLED')}"),
            W(f"Chip: {c.pick('Octa-core', 'Hexa-core')} {c.vnum(2, 3.2, 1)} GHz"),
            W(f"RAM/ROM: {c.pick('4', '6', '8', '12')} GB / {c.pick('64', '128', '256')} GB"),
            W(f"Pin: {c.thousands(3000, 5500)} mAh")]
    prices = [W(c.pick("So sánh giá", "Giá tham khảo", "Nơi bán"))]
    for shop in c.r.sample(["Siêu thị Điện Máy Xanh Lá", "Chuỗi Di Động Sao Việt", "Cửa hàng Số Một", "Sàn TMĐT Chợ Mới"], c.num(2, 3)):
        prices.append(W(f"{shop}: {c.thousands(3000, 30000)}.000đ"))
    inline = [spec, inline_read_more(c), ad(c)]
    tail = [W(c.pick("Tải ứng dụng", "Tải app " + c.outlet)), W(c.pick("Tải về trên App Store", "Có trên App Store")),
            W(c.pick("Tải về trên Google Play", "Tải nội dung trên Google Play"))]
    tail = prices + [photo_credit(c)] + tail + related_block(c, c.num(2, 4)) + comments(c, c.num(0, 2)) + footer(c)
    return top, inline, tail


def L_xe(c):
    brand = c.pick("Sao Băng", "Hải Âu", "Kỳ Lân", "Phượng Hoàng")
    top = [("S", c.outlet)] + menu(c, "Xe") + [crumb(c, "Xe", c.pick("Thị trường", "Tư vấn", "Cầm lái", "Giao thông")),
                                              ("T",), ("D", c.date_line())]
    plist = [W(c.pick(f"Bảng giá xe {brand} tháng {c.date.month}/{c.date.year}", "Giá xe niêm yết", "Mẫu xe | Giá niêm yết | Giá lăn bánh"))]
    for v in c.r.sample(["S3 1.5AT", "S5 2.0 Premium", "Cross 1.8", "Van 7 chỗ", "Sedan 1.4MT"], c.num(3, 4)):
        p = c.num(350, 1600)
        plist.append(W(c.pick(f"{brand} {v}: {p} triệu đồng", f"{brand} {v} | {p} triệu | {p + c.num(40, 160)} triệu",
                              f"{brand} {v} - {p}.000.000 VNĐ")))
    specs = [W(c.pick("Thông số cơ bản", "Thông số kỹ thuật")), W(f"Động cơ: {c.vnum(1.2, 3.5, 1)}L, {c.pick('4', '6')} xi-lanh"),
             W(f"Công suất: {c.num(90, 300)} mã lực"), W(f"Hộp số: {c.pick('tự động 6 cấp', 'CVT', 'số sàn 5 cấp')}")]
    inline = [specs, inline_read_more(c), ad(c)]
    tail = [byline_top(c), photo_credit(c), W(c.pick("Đăng ký lái thử", "Nhận báo giá lăn bánh", "Dự toán chi phí"))]
    tail += plist + related_block(c, c.num(2, 4), c.pick("Tin xe", "Xe mới ra mắt")) + comments(c, c.num(0, 2)) + footer(c)
    return top, inline, tail


def L_bat_dong_san(c):
    top = [("S", c.outlet)] + menu(c, "Bất động sản") + [crumb(c, "Bất động sản", c.pick("Thị trường", "Dự án", "Chính sách", "Không gian sống")),
                                                        ("D", c.date_line()), ("T",)]
    proj = [W(c.pick("Thông tin dự án", "DỰ ÁN NỔI BẬT", "Hồ sơ dự án")),
            W(f"Dự án: Khu đô thị {c.pick('Hoa Sen', 'Bình Minh', 'Sông Xanh', 'Lộc Phát')} {c.pick('Riverside', 'Garden', 'City', 'Residence')}"),
            W(f"Chủ đầu tư: Công ty CP {c.pick('Đất Vàng', 'An Cư', 'Thịnh Vượng', 'Phố Mới')}"),
            W(f"Quy mô: {c.vnum(2, 90, 1)} ha | {c.thousands(300, 4000)} căn hộ"),
            W(f"Giá từ {c.vnum(25, 60, 1)} triệu đồng/m2")]
    listings = [W(c.pick("Tin rao nổi bật", "Nhà đất đang bán", "Rao vặt nhà đất"))]
    for _ in range(c.num(2, 4)):
        listings.append(W(c.pick(f"Bán căn hộ {c.num(1, 3)}PN, {c.num(45, 120)}m2, {c.pick('Quận 7', 'Cầu Giấy', 'Thủ Đức', 'Hải Châu')} - {c.vnum(1, 6, 1)} tỷ",
                                 f"Cho thuê nhà nguyên căn {c.num(3, 5)} tầng, {c.num(40, 90)}m2 - {c.num(8, 40)} triệu/tháng",
                                 f"Bán đất nền {c.num(80, 200)}m2 sổ đỏ riêng, giá {c.vnum(1, 9, 1)} tỷ")))
    inline = [proj, inline_read_more(c)]
    tail = [byline_top(c)] + listings + [W(c.pick("Đăng tin miễn phí", "Đăng tin rao bán", "Tìm kiếm nhà đất"))]
    tail += related_block(c, c.num(2, 4)) + share(c) + footer(c)
    return top, inline, tail


def L_du_lich(c):
    city = c.r.choice(CITIES)
    top = [("S", c.outlet)] + menu(c, "Du lịch") + [crumb(c, "Du lịch", c.pick("Điểm đến", "Cẩm nang", "Ẩm thực", "Dấu chân")),
                                                   ("T",), ("D", c.date_line())]
    lo = c.num(14, 27)
    weather = [W(c.pick(f"Thời tiết {city}", f"{city} hôm nay", "Thời tiết điểm đến")),
               W(f"{lo}°C - {lo + c.num(3, 9)}°C, {c.pick('nắng nhẹ', 'có mưa rào', 'nhiều mây', 'trời quang')}"),
               W(f"Độ ẩm {c.num(55, 95)}% | Gió {c.num(5, 25)} km/h")]
    book = [W(c.pick("Tìm khách sạn", "Đặt phòng giá tốt", "Đặt tour")), W(c.pick("Nhận phòng", "Ngày đi")),
            W(c.pick("Trả phòng", "Ngày về")), W(c.pick("Đặt ngay", "Tìm kiếm", "Xem giá")),
            W(f"Vé máy bay Hà Nội - {city} từ {c.thousands(490, 1990)}.000đ")]
    inline = [rel_photo(c, c.pick("Ảnh đẹp du lịch", "Góc ảnh")) or inline_read_more(c), inline_read_more(c)]
    tail = [("byline", c.pick(f"Bài và ảnh: {c.short_name()}", f"{c.short_name()}", f"Ghi chép: {c.name()}"))]
    tail += weather + book + related_block(c, c.num(2, 4), c.pick("Điểm đến hấp dẫn", "Tin du lịch")) + share(c) + footer(c)
    return top, inline, tail


def L_doi_song(c):
    top = [("S", c.outlet)] + menu(c, "Đời sống") + [crumb(c, "Đời sống", c.pick("Gia đình", "Nhịp sống", "Tổ ấm", "Nuôi dạy con")),
                                                    ("T",), ("D", c.date_line())]
    poll = [W(c.pick("Thăm dò ý kiến", "Bạn nghĩ sao?", "Bình chọn")),
            W(c.pick("Bạn có đồng tình với cách xử lý này?", "Theo bạn, ai là người có lỗi?", "Bạn đã từng gặp trường hợp tương tự?")),
            W(c.pick("Đồng ý", "Có")), W(c.pick("Không đồng ý", "Không")), W(c.pick("Xem kết quả", "Bình chọn"))]
    tip = [W(c.pick("Mẹo hay", "Bí quyết gia đình", "Sống khỏe mỗi ngày")),
           W(c.pick("Ngâm rau trong nước muối loãng 10 phút trước khi chế biến", "Để chanh ở ngăn mát giúp giữ tươi lâu hơn",
                    "Lau bếp bằng giấm pha loãng để sạch dầu mỡ"))]
    inline = [inline_read_more(c), poll]
    tail = [byline_top(c)] + tip + related_block(c, c.num(2, 4), c.pick("Chuyện gia đình", "Đời sống 24h", "Có thể bạn quan tâm"))
    tail += comments(c) + footer(c)
    return top, inline, tail


def L_thoi_tiet(c):
    top = [("S", c.outlet), W(c.pick("Bản tin thời tiết", "DỰ BÁO THỜI TIẾT", "Thời tiết 24 giờ tới")),
           W(f"Cập nhật lúc {c.num(5, 20)}:{c.pick('00', '30')}")]
    rows = []
    for city in c.r.sample(CITIES, c.num(3, 5)):
        lo = c.num(12, 27)
        rows.append(W(c.pick(f"{city}: {lo}-{lo + c.num(3, 9)}°C, {c.pick('nắng', 'mưa rào', 'nhiều mây', 'mưa dông')}",
                             f"{city} | {lo}°C - {lo + c.num(3, 9)}°C | {c.pick('Nắng', 'Mưa', 'Mây')}",
                             f"{city} {lo}° / {lo + c.num(3, 9)}°")))
    top += rows + menu(c, "Thời tiết") + [crumb(c, "Thời tiết", c.pick("Dự báo", "Cảnh báo thiên tai", "Bão lũ")), ("T",), ("D", c.date_line())]
    storm = [W(c.pick("Cảnh báo", "Tin bão khẩn cấp", "Cấp độ rủi ro thiên tai")),
             W(c.pick(f"Cấp độ rủi ro thiên tai: cấp {c.num(1, 4)}", f"Sức gió mạnh nhất: cấp {c.num(6, 13)}, giật cấp {c.num(8, 15)}",
                      f"Lượng mưa phổ biến {c.num(50, 150)}-{c.num(150, 400)} mm"))]
    inline = [storm, inline_read_more(c)]
    week = [W(c.pick("Dự báo 7 ngày", "Những ngày tới"))]
    for k in range(1, c.num(3, 5)):
        week.append(W(f"{c.day(k)}: {c.num(15, 26)}°C - {c.num(27, 37)}°C"))
    tail = [("credit", c.pick("Nguồn: Trung tâm Dự báo Khí tượng Thủy văn", "Theo Đài Khí tượng khu vực", f"Nguồn số liệu: {c.outlet}"))]
    tail += week + [byline_top(c)] + related_block(c, c.num(2, 3)) + footer(c)
    return top, inline, tail


def lottery(c, region):
    out = [W(c.pick(f"Kết quả xổ số {region} ngày {c.day()}", f"XSM{ {'miền Bắc': 'B', 'miền Trung': 'T', 'miền Nam': 'N'}[region] } {c.day()}", f"KQXS {region}"))]
    labels = ["Giải ĐB", "Giải nhất", "Giải nhì", "Giải ba", "Giải tư", "Giải năm"]
    for lab in labels[: c.num(3, 6)]:
        k = c.num(1, 3)
        out.append(W(f"{lab}: " + " - ".join(f"{c.num(0, 99999):05d}" for _ in range(k))))
    return out


def L_xo_so(c):
    region = c.pick("miền Bắc", "miền Trung", "miền Nam")
    top = [("S", c.outlet), W(c.pick("XSMB | XSMT | XSMN", "Xổ số miền Bắc  Xổ số miền Trung  Xổ số miền Nam", "KQXS - Dò vé số"))]
    top += lottery(c, region) + [crumb(c, "Xổ số", c.pick("Tin xổ số", "Chuyện trúng số", "Tin tức"))]
    top += [("T",), ("D", c.date_line())]
    dove = [W(c.pick("Dò vé số", "Dò kết quả", "Nhập số vé cần dò")), W(c.pick("Chọn ngày", "Chọn tỉnh")), W(c.pick("Dò ngay", "Kiểm tra"))]
    inline = [dove, inline_read_more(c)]
    tail = [byline_top(c)] + lottery(c, c.pick("miền Bắc", "miền Trung", "miền Nam"))
    tail += [W(c.pick("Kết quả chỉ mang tính tham khảo, vui lòng đối chiếu với kết quả của công ty xổ số.",
                      "Lưu ý: Người trúng thưởng cần giữ vé nguyên vẹn.", "Lịch mở thưởng: 18h15 hằng ngày"))]
    tail += related_block(c, c.num(2, 4)) + footer(c)
    return top, inline, tail


def L_van_hoa(c):
    top = [("S", c.outlet)] + menu(c, "Văn hóa") + [crumb(c, "Văn hóa", c.pick("Di sản", "Sách", "Nghệ thuật", "Lễ hội")),
                                                   ("T",), ("D", c.date_line())]
    events = [W(c.pick("Lịch sự kiện", "Sự kiện văn hóa tuần này", "Đừng bỏ lỡ"))]
    for _ in range(c.num(2, 3)):
        events.append(W(f"{c.day(c.num(1, 9))}: {c.pick('Triển lãm tranh sơn mài', 'Đêm nhạc dân ca', 'Vở kịch Gió Ngược', 'Hội sách mùa thu', 'Liên hoan múa rối')} - {c.r.choice(CITIES)}"))
    book = [W(c.pick("Sách hay", "Góc sách", "Tủ sách")),
            W(f"{c.pick('Mùa Lúa Chín', 'Ký Ức Phố Cũ', 'Dòng Sông Xưa', 'Người Gác Đèn')} - {c.name()} ({c.pick('NXB Đồng Dao', 'NXB Ba Miền', 'NXB Hừng Đông')}, {c.thousands(60, 250)}.000đ)")]
    inline = [inline_read_more(c), book]
    tail = [byline_top(c), photo_credit(c)] + rel_photo(c, c.pick("Di sản qua ảnh", "Ảnh")) + events
    tail += related_block(c, c.num(2, 4)) + share(c) + footer(c)
    return top, inline, tail


def L_quan_su(c):
    top = [("S", c.outlet)] + menu(c, "Quân sự") + [crumb(c, "Quân sự", c.pick("Vũ khí", "Quốc phòng", "Hồ sơ", "Biển đảo")),
                                                   ("T",), ("D", c.date_line())]
    box = [W(c.pick("Hồ sơ vũ khí", "Thông số kỹ thuật", "Thông tin nhanh")),
           W(f"{c.pick('Tàu hộ vệ lớp', 'Tiêm kích', 'Tổ hợp phòng không')} {c.pick('Hải Âu', 'Đại Bàng', 'Sấm Sét', 'Thiên Ưng')}"),
           W(c.pick(f"Lượng giãn nước: {c.thousands(900, 6000)} tấn", f"Tầm bắn: {c.num(40, 400)} km", f"Trần bay: {c.thousands(9000, 20000)} m")),
           W(c.pick(f"Tốc độ tối đa: {c.num(20, 32)} hải lý/giờ", f"Tốc độ: Mach {c.vnum(0.8, 2.5, 1)}", f"Biên chế: {c.num(20, 200)} người"))]
    inline = [box, inline_read_more(c)]
    tail = [("byline", c.pick(f"{c.short_name()} (theo {c.pick('Tạp chí Binh Lửa', 'Kênh Tiền Tiêu')})", c.short_name(), f"Nhóm PV {c.outlet}")),
            source_credit(c)]
    tail += rel_photo(c, c.pick("Ảnh quân sự", "Khoảnh khắc")) + related_block(c, c.num(2, 4)) + comments(c, c.num(0, 2)) + footer(c)
    return top, inline, tail


def L_tam_su(c):
    top = [("S", c.outlet)] + menu(c, "Tâm sự") + [crumb(c, "Tâm sự", c.pick("Bạn đọc viết", "Thư bạn đọc", "Chuyện của tôi")),
                                                  ("T",), ("D", c.date_line())]
    intro = [W(c.pick("Bài viết thể hiện quan điểm riêng của tác giả.",
                      "Góc nhìn của độc giả, không nhất thiết phản ánh quan điểm của tòa soạn.",
                      "Bạn đọc gửi bài qua email của chuyên mục."))]
    inline = [inline_read_more(c), ad(c)]
    tail = [("byline", c.pick(f"Độc giả {c.short_name()}", f"{c.name()} ({c.r.choice(CITIES)})", f"Bạn đọc giấu tên ({c.r.choice(CITIES)})"))]
    tail += [W(c.pick(f"Gửi tâm sự của bạn tới tamsu@{c.domain}", f"Chia sẻ câu chuyện của bạn qua email banDoc@{c.domain}",
                      "Bấm vào đây để gửi bài viết cho chuyên mục")),
             W(c.pick("Chuyên gia tư vấn sẽ trả lời trong số tới", "Bạn có lời khuyên nào cho tác giả?"))]
    tail += related_block(c, c.num(2, 4), c.pick("Tâm sự khác", "Cùng chuyên mục", "Bài đọc nhiều")) + comments(c, c.num(2, 4)) + footer(c)
    if c.r.random() < 0.5:
        top = top[:-2] + intro + top[-2:]
    else:
        tail = intro + tail
    return top, inline, tail


LAYOUT_FUNCS = {
    "thoi_su": L_thoi_su,
    "the_gioi": L_the_gioi,
    "kinh_doanh": L_kinh_doanh,
    "chung_khoan": L_chung_khoan,
    "the_thao_bang_xep_hang": L_the_thao_bang_xep_hang,
    "the_thao_truc_tiep": L_the_thao_truc_tiep,
    "giai_tri": L_giai_tri,
    "suc_khoe": L_suc_khoe,
    "phap_luat": L_phap_luat,
    "giao_duc": L_giao_duc,
    "so_hoa": L_so_hoa,
    "xe": L_xe,
    "bat_dong_san": L_bat_dong_san,
    "du_lich": L_du_lich,
    "doi_song": L_doi_song,
    "thoi_tiet": L_thoi_tiet,
    "xo_so": L_xo_so,
    "van_hoa": L_van_hoa,
    "quan_su": L_quan_su,
    "tam_su": L_tam_su,
}
LAYOUTS = tuple(LAYOUT_FUNCS)


# ---------------------------------------------------------------------------
# page assembly
# ---------------------------------------------------------------------------
def story_blocks(c, items, tails, inline):
    """Paragraph blocks (lists of sentences) and own captions, with the inline
    furniture groups spread over the gaps between them."""
    pr = rng_for(c.row, "paras")
    blocks = []
    cur = []
    target = pr.choices([1, 2, 3, 4], [3, 4, 3, 1])[0]
    for kind, s in items:
        if kind == "caption":
            if cur:
                blocks.append(("P", cur))
                cur = []
            blocks.append(("F", "caption", s))
            if pr.random() < 0.4:
                blocks.append(("F",) + photo_credit(c))
            continue
        cur.append(s)
        if len(cur) >= target:
            blocks.append(("P", cur))
            cur = []
            target = pr.choices([1, 2, 3, 4], [3, 4, 3, 1])[0]
    if cur:
        blocks.append(("P", cur))
    gaps = [i for i in range(1, len(blocks)) if blocks[i - 1][0] == "P"]
    groups = [g for g in inline if g]
    placed = defaultdict(list)
    for g in groups:
        if gaps:
            placed[pr.choice(gaps)].append(g)
        else:
            placed[len(blocks)].append(g)
    out = []
    for i, b in enumerate(blocks):
        for g in placed.get(i, []):
            out.extend(("F",) + f for f in g)
        out.append(b)
    for g in placed.get(len(blocks), []):
        out.extend(("F",) + f for f in g)
    for kind, line in tails:
        out.append(("F", kind, line))
    return out


def add_zwsp(s, r):
    spots = [i for i in range(1, len(s)) if s[i - 1].isalpha() and s[i].isalpha()]
    if not spots:
        return s, False
    i = r.choice(spots)
    return s[:i] + "\u200b" + s[i:], True


def add_nbsp(s, r):
    spots = [i for i, ch in enumerate(s) if ch == " " and 0 < i < len(s) - 1]
    if not spots:
        return s, False
    for i in sorted(r.sample(spots, min(len(spots), r.randint(1, 2))), reverse=True):
        s = s[:i] + "\u00a0" + s[i + 1:]
    return s, True


def add_double(s, r):
    spots = [i for i, ch in enumerate(s) if ch == " " and 0 < i < len(s) - 1 and s[i - 1] != " " and s[i + 1] != " "]
    if not spots:
        return s, False
    i = r.choice(spots)
    return s[:i] + "  " + s[i + 1:], True


def apply_faults(c, blocks):
    fr = rng_for(c.row, "faults")
    applied = set()
    if fr.random() >= FAULT_SHARE:
        return blocks, applied
    chosen = fr.sample(FAULTS, fr.choice([1, 1, 2]))
    if "glue" in chosen:
        for b in blocks:
            if b[0] == "P" and len(b[1]) >= 2:
                ss = b[1]
                cand = [j for j in range(len(ss) - 1) if ss[j].endswith(".") and ss[j + 1][0].isalnum()]
                if cand and (fr.random() < 0.6 or "glue" not in applied):
                    j = fr.choice(cand)
                    ss[j:j + 2] = [ss[j] + ss[j + 1]]
                    applied.add("glue")
    for name, fn, p in (("double_space", add_double, 0.35), ("nbsp", add_nbsp, 0.3), ("zwsp", add_zwsp, 0.3)):
        if name not in chosen:
            continue
        for bi, b in enumerate(blocks):
            if b[0] == "P":
                for j, s in enumerate(b[1]):
                    if fr.random() < p:
                        b[1][j], ok = fn(s, fr)
                        applied.update([name] if ok else [])
            elif b[0] == "F" and name != "double_space" and fr.random() < p:
                line = b[-1]
                new, ok = fn(line, fr)
                if ok:
                    blocks[bi] = b[:-1] + (new,)
                    applied.add(name)
    if "nfd" in chosen:
        nb = []
        for b in blocks:
            if b[0] == "P":
                nb.append(("P", [unicodedata.normalize("NFD", s) for s in b[1]]))
            else:
                nb.append(b[:-1] + (unicodedata.normalize("NFD", b[-1]),))
        blocks = nb
        applied.add("nfd")
    return blocks, applied


def build_page(row, layout, title, article, related_pool, forbidden):
    c = Ctx(row, layout, title, related_pool, forbidden)
    items, tails = extract(title, article)
    if not any(k == "body" for k, _ in items):
        raise ValueError(f"row {row}: no body sentences")
    body_keys = {norm_key(s) for k, s in items if k == "body"}
    top, inline, tail = LAYOUT_FUNCS[layout](c)
    blocks = []
    for seg in top:
        if seg[0] == "T":
            blocks.append(("U", title))
        elif seg[0] in ("D", "S"):
            blocks.append(("U", seg[1]))
        else:
            blocks.append(("F",) + seg)
    blocks += story_blocks(c, items, tails, inline)
    blocks += [("F",) + f for f in tail]
    # drop furniture that collides with a body sentence of any page or the unlabelled lines
    ukeys = {norm_key(b[1]) for b in blocks if b[0] == "U"}
    kept, seen_f = [], set()
    for b in blocks:
        if b[0] == "F":
            k = norm_key(b[2])
            if k in body_keys or k in forbidden or k in ukeys or not b[2].strip():
                continue
        kept.append(b)
    blocks, applied = apply_faults(c, kept)
    lines, body, furn = [], [], []
    for b in blocks:
        if b[0] == "P":
            body.extend(b[1])
            lines.append(" ".join(b[1]))
        elif b[0] == "U":
            lines.append(b[1])
        else:
            furn.append((b[1], b[2]))
            lines.append(b[2])
    page = Page("\n".join(lines), body, furn, layout)
    nfd = "nfd" in applied
    check_page(page, unicodedata.normalize("NFD", title) if nfd else title)
    return page, applied


def check_page(p, title=None):
    """Raise ValueError unless p satisfies the page contract."""
    if not isinstance(p, Page) or p.layout not in LAYOUTS:
        raise ValueError("bad page or layout")
    if not p.text or not p.body:
        raise ValueError("empty page")
    lines = p.text.split("\n")
    for ln in lines:
        if not ln.strip() or ln != ln.strip():
            raise ValueError(f"blank or unstripped line: {ln!r}")
    for s in p.body:
        if not isinstance(s, str) or not s or "\n" in s or s not in p.text or s != s.strip():
            raise ValueError(f"bad body item: {s!r}")
    for f in p.furniture:
        if not (isinstance(f, tuple) and len(f) == 2 and f[0] in KINDS and isinstance(f[1], str)):
            raise ValueError(f"bad furniture item: {f!r}")
    bkeys = {norm_key(s) for s in p.body}
    for kind, ln in p.furniture:
        if norm_key(ln) in bkeys:
            raise ValueError(f"furniture equals a body sentence: {ln!r}")
    bi = fi = 0
    unlabelled = []
    for ln in lines:
        if fi < len(p.furniture) and ln == p.furniture[fi][1]:
            fi += 1
            continue
        matched = False
        for n in range(1, 5):
            if bi + n <= len(p.body) and " ".join(p.body[bi:bi + n]) == ln:
                bi += n
                matched = True
                break
        if matched:
            continue
        unlabelled.append(ln)
    if bi != len(p.body) or fi != len(p.furniture):
        raise ValueError(f"lines do not follow body/furniture order ({bi}/{len(p.body)}, {fi}/{len(p.furniture)})")
    if len(unlabelled) > 3:
        raise ValueError(f"too many unlabelled lines: {unlabelled!r}")
    if title is not None and title not in unlabelled:
        raise ValueError("title line missing")
    return True


def pages(train_path, _stats=None):
    body_rows, related_rows = read_rows(train_path)
    related_pool = [related_material(r, t, a) for r, t, a in related_rows]
    extracted = [(r, t, a, extract(t, a)) for r, t, a in body_rows]
    forbidden = set()
    for r, t, a, (items, tails) in extracted:
        forbidden.add(norm_key(t))
        forbidden.update(norm_key(s) for k, s in items if k == "body")
    out = []
    for k, (r, t, a, _) in enumerate(extracted):
        layout = LAYOUTS[k % len(LAYOUTS)]
        own = {norm_key(t)}
        page, applied = build_page(r, layout, t, a, related_pool, forbidden - own)
        out.append(page)
        if _stats is not None:
            _stats.append((r, applied))
    # a body row's text appears only on its own page
    keys = [{norm_key(s) for s in p.body} for p in out]
    for i, p in enumerate(out):
        lk = {norm_key(ln) for ln in p.text.split("\n")}
        for j, kj in enumerate(keys):
            if j != i and lk & kj:
                raise ValueError(f"page {i} carries body text of page {j}")
    return out


SENT_SHAPED = re.compile(r"[.?!]$")


def main(argv):
    if len(argv) != 2:
        print("usage: make.py TRAIN_JSONL_GZ", file=sys.stderr)
        return 2
    stats = []
    ps = pages(argv[1], stats)
    per = defaultdict(lambda: Counter())
    tot = Counter()
    faults = Counter()
    sent_shaped = 0
    for p, (row, applied) in zip(ps, stats):
        cnt = per[p.layout]
        cnt["pages"] += 1
        cnt["body"] += len(p.body)
        for kind, ln in p.furniture:
            cnt[kind] += 1
            if len(ln.split()) >= 4 and SENT_SHAPED.search(ln):
                sent_shaped += 1
        for f in applied:
            faults[f] += 1
        if applied:
            faults["pages_with_faults"] += 1
    cols = ["pages", "body"] + list(KINDS)
    print(f"{'layout':26s}" + "".join(f"{h:>9s}" for h in cols))
    for lay in LAYOUTS:
        cnt = per[lay]
        tot.update(cnt)
        print(f"{lay:26s}" + "".join(f"{cnt[h]:9d}" for h in cols))
    print(f"{'TOTAL':26s}" + "".join(f"{tot[h]:9d}" for h in cols))
    nf = sum(tot[k] for k in KINDS)
    print(f"furniture lines: {nf}")
    print(f"sentence-shaped furniture lines (4+ words ending . ? !): {sent_shaped} ({sent_shaped / max(nf, 1):.1%})")
    print("faults (pages): " + ", ".join(f"{k}={faults[k]}" for k in ("pages_with_faults",) + FAULTS))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
