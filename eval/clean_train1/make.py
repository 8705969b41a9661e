"""Page maker ``clean_train1``: training pages for the news-page cleaner's line model.

Theme: regional and local outlets across Vietnam (provincial party papers,
provincial radio-TV sites, city papers, Central Highlands and Mekong outlets,
district and commune pages), each with local furniture.

Usage::

    python eval/clean_train1/make.py /path/to/vietnews_train.jsonl.gz

Standard library only.  See README.md next to this file.
"""
from __future__ import annotations

import collections
import gzip
import json
import random
import re
import sys
import unicodedata
from typing import NamedTuple

SEED = 4801
BODY_ROWS = range(10_000, 10_100)
RELATED_ROWS = range(10_100, 10_200)
LAST_ROW = max(BODY_ROWS.stop, RELATED_ROWS.stop) - 1
RELATED_CHARS = 1_200
KINDS = ("byline", "credit", "caption", "related", "widget")
FAULT_RATE = 0.25


class Page(NamedTuple):
    text: str
    body: list
    furniture: list
    layout: str


def rng_for(row, purpose):
    return random.Random(f"train1|{SEED}|{row}|{purpose}")


# ---------------------------------------------------------------- reading

def _usable(obj):
    if not isinstance(obj, dict):
        return None
    title, article = obj.get("title"), obj.get("article")
    if not isinstance(title, str) or not isinstance(article, str):
        return None
    if not title.strip() or not article.strip():
        return None
    return title, article


def read_rows(train_path):
    """Read the gz file once, streaming, stopping after LAST_ROW.

    Returns (body, related): lists of (row, title, article) for usable rows.
    """
    body, related = [], []
    with gzip.open(train_path, "rb") as fh:
        for row, raw in enumerate(fh):  # binary iteration splits on b"\n" only
            if row > LAST_ROW:
                break
            if row in BODY_ROWS or row in RELATED_ROWS:
                if raw.strip():
                    try:
                        obj = json.loads(raw)
                    except (ValueError, UnicodeDecodeError):
                        obj = None
                    got = _usable(obj)
                    if got:
                        (body if row in BODY_ROWS else related).append((row, got[0], got[1]))
            if row >= LAST_ROW:
                break
    return body, related


# ---------------------------------------------------------------- text helpers

_BREAKS = re.compile(r"[\r\n\u2028\u2029\x85\x0b\x0c\x1c\x1d\x1e\t\u00a0\u200b\ufeff]")


def clean(s):
    s = _BREAKS.sub(" ", s)
    return re.sub(r" {2,}", " ", s).strip()


def norm_key(s):
    s = unicodedata.normalize("NFC", s).replace("\u200b", "")
    return re.sub(r"\s+", "", s).casefold()


def ascii_slug(s):
    s = s.replace("Đ", "D").replace("đ", "d")
    s = "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]", "", s.lower())


ABBREV = {"TP", "Tp", "TS", "PGS", "GS", "ThS", "BS", "KS", "TT", "NXB", "Th.S", "P", "Q",
          "Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Co", "Inc", "Ltd", "No", "vs", "v.v",
          "Mk", "Gen", "Lt", "Col", "Capt", "Sgt", "TX", "TT.", "Ths", "Bs", "Ts"}
TERMINAL = ".?!…"
OPEN_Q = "\"“"
QUOTE_LIMIT = 700


def split_sentences(text):
    """Split prose into sentences.

    Keeps quoted speech together (a quote left open for more than QUOTE_LIMIT
    characters is treated as unbalanced and ignored), and does not split after
    known abbreviations (TP., TS., PGS. ...) or single capital initials.
    """
    text = clean(text)
    out, start, n = [], 0, len(text)
    inq, qpos = False, 0
    i = 0
    while i < n:
        ch = text[i]
        if ch == '"':
            inq, qpos = (not inq), i
        elif ch == "“":
            inq, qpos = True, i
        elif ch == "”":
            inq = False
        if inq and i - qpos > QUOTE_LIMIT:
            inq = False
        if ch in TERMINAL:
            j = i
            while j + 1 < n and text[j + 1] in TERMINAL:
                j += 1
            k = j + 1
            while k < n and text[k] in ")”’":
                k += 1
            if k < n and text[k] == " ":
                m = k
                while m < n and text[m] == " ":
                    m += 1
                nxt = text[m] if m < n else ""
                ok = bool(nxt) and (nxt.isupper() or nxt.isdigit() or (nxt in OPEN_Q and not inq))
                if ok and inq:
                    ok = False
                if ok and ch == ".":
                    w = text[start:i].rsplit(" ", 1)[-1]
                    if w in ABBREV or re.fullmatch(r"(?:[A-Z]\.)*[A-Z]", w):
                        ok = False
                if ok:
                    piece = text[start:k].strip()
                    if piece:
                        out.append(piece)
                    start = m
                    i = m
                    continue
            i = j
        i += 1
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return out


def ends_terminal(s):
    t = s.rstrip(" \"”’')")
    return bool(t) and t[-1] in TERMINAL


REPORT_WORDS = (" cho biết", " nói", "tuyên bố", "đưa tin", " cho hay", "khẳng định", "Theo ",
                " theo,", " theo Reuters", " theo AP", " theo AFP", " theo CNN", "dẫn lời", "thông báo",
                "xác nhận", "\"", "“")
VERBISH = {"là", "đã", "sẽ", "đang", "được", "bị", "có", "không", "cho", "nói", "khi", "vì", "nhưng", "còn",
           "vẫn", "cũng", "phải", "muốn", "chưa", "rất", "lại", "nếu", "thì", "mà", "để", "nên", "cần", "đều",
           "từng", "hiện", "chết", "làm", "nổ", "sau"}
LOCATORS = {"ở", "tại", "trong", "trên", "hồi", "năm", "bên", "cạnh", "gần"}


def caption_like(s):
    """A short, comma-less sentence with a place/time phrase and no verbs or auxiliaries
    (e.g. "Tàu ngầm hạt nhân Nga ở một căn cứ gần Bắc Cực.") reads like a fused photo caption."""
    if len(s) > 60 or "," in s or '"' in s or not s.endswith("."):
        return False
    words = {w.strip(".").lower() for w in s.split()}
    return not (words & VERBISH) and bool(words & LOCATORS)
PHOTO_MARK = re.compile(r"(Ảnh\s*:|ảnh\s*:|\(ảnh|\(Ảnh|Ảnh minh hoạ|Ảnh minh họa|Video\s*:|Clip\s*:|"
                        r"Đồ hoạ\s*:|Đồ họa\s*:|Nguồn\s*:|Xem thêm|Infographic)")
CAP_WORD = re.compile(r"^[A-ZĐÁÀẢÃẠÂẤẦẨẪẬĂẮẰẲẴẶÉÈẺẼẸÊẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢÚÙỦŨỤƯỨỪỬỮỰÝỲỶỸỴ]")


def _is_name(s):
    words = s.split()
    return 1 <= len(words) <= 4 and all(CAP_WORD.match(w) for w in words) and not ends_terminal(s)


def extract_story(article):
    """Return (sentences, lead_caption, tail_items) for a body article.

    sentences: the story's own prose; lead_caption: the first sentence when it
    reads like the lead photo's caption (or None); tail_items: (kind, line)
    for trailing bylines / credits / "Xem thêm" links of the VietNews text.
    """
    pieces = split_sentences(article)
    lead = None
    if len(pieces) >= 3:
        p0 = pieces[0]
        if (len(p0) <= 150 and ends_terminal(p0) and not any(w in p0 for w in REPORT_WORDS)
                and not PHOTO_MARK.search(p0) and len(p0.split()) >= 3):
            lead = p0
            pieces = pieces[1:]
    tail = []
    # trailing author / source / "Xem thêm" material
    while pieces:
        last = pieces[-1]
        if ends_terminal(last) and not last.startswith(("Theo ", "Xem thêm", "Nguồn")):
            break
        pieces = pieces[:-1]
        items = []
        rest = last
        m = re.search(r"\s*\((Theo|Nguồn|Đồ hoạ|Đồ họa|Ảnh|Video)\b[^()]*\)$", rest)
        credit_paren = None
        if m:
            credit_paren = rest[m.start():].strip()
            rest = rest[:m.start()].strip()
        if rest.startswith(("Theo ", "Nguồn")) and len(rest) < 60:
            items.append(("credit", rest))
            rest = ""
        if rest and _is_name(rest):
            if credit_paren and credit_paren.startswith("(Theo"):
                items.append(("byline", rest + " " + credit_paren))
                credit_paren = None
            else:
                items.append(("byline", rest))
            rest = ""
        if rest:
            words = rest.split()
            name = None
            if len(words) >= 4 and all(CAP_WORD.match(w) for w in words[-2:]):
                name = " ".join(words[-2:])
                rest = " ".join(words[:-2])
            if rest.startswith("Xem thêm"):
                items.append(("related", rest))
            if name:
                if credit_paren and credit_paren.startswith("(Theo"):
                    items.append(("byline", name + " " + credit_paren))
                    credit_paren = None
                else:
                    items.append(("byline", name))
        if credit_paren:
            items.append(("credit", credit_paren))
        tail = items + tail
        if len(tail) > 6:
            break
    sentences, captions = [], []
    for p in pieces:
        if PHOTO_MARK.search(p):
            if re.match(r"(Ảnh|Video|Clip|Nguồn|Đồ hoạ|Đồ họa)\s*:", p) and len(p) < 40:
                captions.append(("credit", p))
            elif len(p) <= 160 and not re.match(r"(Ảnh|Video|Clip|Nguồn|Đồ hoạ|Đồ họa|Xem thêm)", p):
                captions.append(("caption", p))
            continue
        if len(p) < 30 or len(p.split()) < 6 or not ends_terminal(p):
            continue
        if caption_like(p):  # likely a photo caption fused into the text: leave it off
            continue
        if p.count('"') % 2 == 1 and len(p) > 600:
            continue
        sentences.append(p)
    if not sentences:  # fall back: anything that ends like a sentence
        sentences = [p for p in split_sentences(article) if ends_terminal(p) and len(p) >= 10]
        if lead in sentences:
            lead = None
        captions = []
    if not sentences:
        sentences = [clean(article)]
        lead, tail, captions = None, [], []
    return sentences, lead, tail, captions


def related_material(title, article):
    """Headline, teasers and photo captions of one related row (first 1,200 chars)."""
    cut = clean(article)
    full_len = len(cut)
    cut = cut[:RELATED_CHARS]
    sents = split_sentences(cut)
    if full_len > RELATED_CHARS and sents:
        boundary = ends_terminal(cut) and (clean(article)[RELATED_CHARS:RELATED_CHARS + 1] in (" ", ""))
        if not boundary:
            sents = sents[:-1]
    sents = [s for s in sents if not PHOTO_MARK.search(s)]
    teasers = [s for s in sents[1:] if 90 <= len(s) <= 320 and ends_terminal(s)]
    caps = []
    if sents and len(sents[0]) <= 150 and not any(w in sents[0] for w in REPORT_WORDS):
        caps.append(sents[0])
    caps += [s for s in sents[1:] if 35 <= len(s) <= 110 and ends_terminal(s) and '"' not in s]
    return {"title": clean(title), "teasers": teasers, "captions": caps}


# ---------------------------------------------------------------- local colour

REGIONS = {
    "mien_nui_phia_bac": ["Lào Cai", "Hà Giang", "Lai Châu", "Điện Biên", "Sơn La", "Cao Bằng", "Yên Bái", "Bắc Kạn"],
    "dong_bang": ["Thái Bình", "Nam Định", "Ninh Bình", "Hưng Yên", "Hải Dương", "Bắc Ninh", "Hà Nam"],
    "bac_trung_bo": ["Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Quảng Bình", "Quảng Trị"],
    "nam_trung_bo": ["Quảng Nam", "Quảng Ngãi", "Bình Định", "Phú Yên", "Khánh Hòa", "Ninh Thuận", "Bình Thuận"],
    "tay_nguyen": ["Kon Tum", "Gia Lai", "Đắk Lắk", "Đắk Nông", "Lâm Đồng"],
    "dong_nam_bo": ["Bình Dương", "Đồng Nai", "Bình Phước", "Tây Ninh", "Bà Rịa - Vũng Tàu"],
    "mien_tay": ["An Giang", "Đồng Tháp", "Tiền Giang", "Bến Tre", "Vĩnh Long", "Trà Vinh", "Sóc Trăng",
                 "Bạc Liêu", "Cà Mau", "Kiên Giang", "Hậu Giang", "Long An"],
}
CAPITAL = {"Lào Cai": "Lào Cai", "Hà Giang": "Hà Giang", "Lai Châu": "Lai Châu", "Điện Biên": "Điện Biên Phủ",
           "Sơn La": "Sơn La", "Cao Bằng": "Cao Bằng", "Yên Bái": "Yên Bái", "Bắc Kạn": "Bắc Kạn",
           "Thái Bình": "Thái Bình", "Nam Định": "Nam Định", "Ninh Bình": "Hoa Lư", "Hưng Yên": "Hưng Yên",
           "Hải Dương": "Hải Dương", "Bắc Ninh": "Bắc Ninh", "Hà Nam": "Phủ Lý", "Thanh Hóa": "Thanh Hóa",
           "Nghệ An": "Vinh", "Hà Tĩnh": "Hà Tĩnh", "Quảng Bình": "Đồng Hới", "Quảng Trị": "Đông Hà",
           "Quảng Nam": "Tam Kỳ", "Quảng Ngãi": "Quảng Ngãi", "Bình Định": "Quy Nhơn", "Phú Yên": "Tuy Hòa",
           "Khánh Hòa": "Nha Trang", "Ninh Thuận": "Phan Rang - Tháp Chàm", "Bình Thuận": "Phan Thiết",
           "Kon Tum": "Kon Tum", "Gia Lai": "Pleiku", "Đắk Lắk": "Buôn Ma Thuột", "Đắk Nông": "Gia Nghĩa",
           "Lâm Đồng": "Đà Lạt", "Bình Dương": "Thủ Dầu Một", "Đồng Nai": "Biên Hòa", "Bình Phước": "Đồng Xoài",
           "Tây Ninh": "Tây Ninh", "Bà Rịa - Vũng Tàu": "Bà Rịa", "An Giang": "Long Xuyên", "Đồng Tháp": "Cao Lãnh",
           "Tiền Giang": "Mỹ Tho", "Bến Tre": "Bến Tre", "Vĩnh Long": "Vĩnh Long", "Trà Vinh": "Trà Vinh",
           "Sóc Trăng": "Sóc Trăng", "Bạc Liêu": "Bạc Liêu", "Cà Mau": "Cà Mau", "Kiên Giang": "Rạch Giá",
           "Hậu Giang": "Vị Thanh", "Long An": "Tân An"}
CITY_DISTRICTS = {
    "Hà Nội": ["Hoàn Kiếm", "Ba Đình", "Đống Đa", "Long Biên", "Cầu Giấy", "Sóc Sơn", "Ba Vì", "Mê Linh", "Gia Lâm"],
    "Hải Phòng": ["Lê Chân", "Ngô Quyền", "Hồng Bàng", "Thủy Nguyên", "Cát Hải", "Kiến An", "Tiên Lãng"],
    "Đà Nẵng": ["Hải Châu", "Sơn Trà", "Ngũ Hành Sơn", "Liên Chiểu", "Cẩm Lệ", "Hòa Vang"],
    "Huế": ["Phú Xuân", "Thuận Hóa", "Hương Trà", "Phong Điền", "Phú Vang", "A Lưới"],
    "Cần Thơ": ["Ninh Kiều", "Cái Răng", "Bình Thủy", "Ô Môn", "Phong Điền", "Thốt Nốt", "Cờ Đỏ"],
    "TP.HCM": ["Quận 1", "Quận 3", "Bình Thạnh", "Gò Vấp", "Thủ Đức", "Củ Chi", "Cần Giờ", "Hóc Môn"],
}
DISTRICT_WORDS = ["Đông", "Tây", "Nam", "Bắc", "Phú", "Tân", "Vĩnh", "Hòa", "An", "Thạnh", "Long", "Bình",
                  "Mỹ", "Hưng", "Lộc", "Sơn", "Thuận", "Xuân", "Cát", "Thanh", "Yên", "Quang"]
ETHNIC_EDITIONS = {
    "tay_nguyen": ["Ê Đê", "J'rai", "Ba Na", "M'nông", "Xơ Đăng", "K'Ho"],
    "mien_tay": ["Khmer"],
    "mien_nui_phia_bac": ["Mông", "Dao", "Tày", "Thái", "Nùng"],
    "nam_trung_bo": ["Chăm", "Raglai", "Hrê", "Cơ Tu"],
    "bac_trung_bo": ["Thái", "Mường", "Vân Kiều"],
}
SURN = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ",
        "Ngô", "Dương", "Lý", "Đinh", "Trương", "Lâm", "Tạ", "Mai", "Châu", "Thạch", "Lò", "Vàng"]
MID = ["Văn", "Thị", "Minh", "Thanh", "Ngọc", "Hữu", "Đức", "Thu", "Bảo", "Hoài", "Xuân", "Quốc", "Kim",
       "Diệu", "Công", "Hồng", "Phương", "Trọng"]
GIVEN = ["Anh", "Bình", "Châu", "Dũng", "Hà", "Hải", "Hạnh", "Hiếu", "Hòa", "Hùng", "Khánh", "Lan", "Linh",
         "Long", "Mai", "Nam", "Nga", "Phong", "Phúc", "Quân", "Sơn", "Tâm", "Thảo", "Thắng", "Trang",
         "Trung", "Tú", "Vân", "Vy", "Yến", "Lộc", "Nhi", "Duy", "Khoa", "Tín", "Hậu", "Nhung", "Diễm"]
ETHNIC_NAMES = ["Y Khuê Niê", "H'Lin Ktla", "Ksor Blăk", "Rơ Châm Hyơn", "Siu Thoa", "A Lưới Bông",
                "Thạch Sô Phal", "Danh Sà Rết", "Lâm Thị Sóc Kha", "Sùng A Páo", "Giàng Thị Mỷ",
                "Lò Văn Pọm", "Đàng Năng Hiếu", "Hồ Văn Kăn", "K'Bróp Tuấn"]
SEPS = [" | ", " · ", " / ", " - ", " » ", "  ", " • ", " – ", " :: "]


class Ctx:
    """Furniture generator for one page (one body row)."""

    def __init__(self, row, layout, related_pool):
        self.row = row
        self.layout = layout
        self.r = rng_for(row, "furniture")
        self.rel_r = rng_for(row, "related")
        pool = list(related_pool)
        self.rel_r.shuffle(pool)
        self.rel = pool
        self.rel_i = 0
        self.region = None
        self.prov = None
        self.city = None

    # ---- basic draws
    def pick(self, seq):
        return self.r.choice(seq)

    def chance(self, p):
        return self.r.random() < p

    def case(self, s, up=0.2, low=0.08, title=0.08):
        x = self.r.random()
        if x < up:
            return s.upper()
        if x < up + low:
            return s.lower()
        if x < up + low + title:
            return " ".join(w[:1].upper() + w[1:] for w in s.split(" "))
        return s

    def sep(self):
        return self.pick(SEPS)

    def name(self):
        if self.region in ("tay_nguyen", "mien_tay", "mien_nui_phia_bac") and self.chance(0.25):
            return self.pick(ETHNIC_NAMES)
        if self.chance(0.5):
            return f"{self.pick(SURN)} {self.pick(MID)} {self.pick(GIVEN)}"
        return f"{self.pick(MID)} {self.pick(GIVEN)}"

    def phone(self, kind="fixed"):
        r = self.r
        if kind == "mobile":
            return f"0{r.choice('3789')}{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)}"
        if kind == "short":
            return str(r.choice([1022, 1080, 113, 114, 115, 1900]))
        return f"02{r.randint(0, 99):02d}{r.choice(['.', ' ', ''])}{r.randint(3, 3)}{r.randint(100, 999)}{r.choice(['.', ' ', ''])}{r.randint(100, 999)}"

    def setplace(self, region=None, prov=None):
        if prov:
            self.prov = prov
            self.region = region
            return
        self.region = region or self.pick(sorted(REGIONS))
        self.prov = self.pick(REGIONS[self.region])

    @property
    def cap(self):
        return CAPITAL.get(self.prov, self.prov)

    @property
    def slug(self):
        return ascii_slug(self.prov)

    def district(self):
        if self.city and self.city in CITY_DISTRICTS:
            return self.pick(CITY_DISTRICTS[self.city])
        return f"{self.pick(DISTRICT_WORDS)} {self.pick(DISTRICT_WORDS)}"

    # ---- related material
    def next_rel(self):
        if not self.rel:
            return None
        item = self.rel[self.rel_i % len(self.rel)]
        self.rel_i += 1
        return item

    def rel_titles(self, k):
        out = []
        for _ in range(k):
            it = self.next_rel()
            if it is None:
                break
            out.append(it["title"])
        return out

    def rel_teaser(self):
        for _ in range(4):
            it = self.next_rel()
            if it and it["teasers"]:
                return it["title"], self.r.choice(it["teasers"])
        return None

    def rel_caption(self):
        for _ in range(4):
            it = self.next_rel()
            if it and it["captions"]:
                return self.r.choice(it["captions"])
        return None

    # ---- dates
    def date_parts(self):
        r = self.r
        y = r.randint(2016, 2020)
        mo = r.randint(1, 12)
        d = r.randint(1, 28)
        h = r.randint(5, 22)
        mi = r.randint(0, 59)
        wd = r.choice(["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"])
        return y, mo, d, h, mi, wd

    def date_line(self):
        y, mo, d, h, mi, wd = self.date_parts()
        return self.pick([
            f"{wd}, {d:02d}/{mo:02d}/{y} - {h:02d}:{mi:02d}",
            f"{wd.upper()}, {d}/{mo}/{y} {h}:{mi:02d} (GMT+7)",
            f"Cập nhật: {h:02d}:{mi:02d} {d:02d}-{mo:02d}-{y}",
            f"{d:02d}/{mo:02d}/{y} | {h:02d}:{mi:02d}",
            f"Ngày đăng: {d}/{mo}/{y} lúc {h}h{mi:02d}",
            f"{h:02d}:{mi:02d}, {wd.lower()} {d:02d}/{mo:02d}/{y}",
            f"Đăng lúc {h:02d}:{mi:02d} ngày {d:02d}.{mo:02d}.{y}",
            f"({d}/{mo}/{y}) {h}:{mi:02d}",
            f"🕒 {d:02d}/{mo:02d}/{y} {h:02d}:{mi:02d}",
        ])

    def short_date(self):
        y, mo, d, h, mi, wd = self.date_parts()
        return self.pick([f"{d:02d}/{mo:02d}/{y}", f"({d}/{mo})", f"{h:02d}:{mi:02d} {d:02d}/{mo:02d}",
                          f"{d}-{mo}-{y}", f"{wd}, {d}/{mo}"])

    # ---- furniture blocks: each returns a list of (kind, line)
    def menu(self, extra=(), k=(5, 10), one_line=0.7):
        base = ["Trang chủ", "Thời sự", "Chính trị", "Kinh tế", "Xã hội", "Văn hóa", "Thể thao", "Pháp luật",
                "Nông nghiệp - Nông thôn", "Quốc phòng - An ninh", "Biển đảo", "Dân tộc - Miền núi", "Giáo dục",
                "Y tế", "Du lịch", "Xây dựng Đảng", "Bạn đọc", "Video", "Podcast", "Báo in", "Quốc tế",
                "Tin trong tỉnh", "Địa phương", "Ảnh", "E-magazine", "Đời sống", "Khoa học - Công nghệ"]
        items = list(extra) + self.r.sample(base, self.r.randint(*k))
        if "Trang chủ" in items:
            items.remove("Trang chủ")
        head = self.pick(["Trang chủ", "TRANG CHỦ", "🏠", "Home", "trang chủ"])
        items = [head] + items
        if self.chance(0.3):
            items = [i.upper() for i in items]
        if self.chance(one_line):
            return [("widget", self.sep().join(items))]
        return [("widget", i) for i in items]

    def breadcrumb(self, leaf=None):
        leaf = leaf or self.pick(["Quốc tế", "Thế giới", "Tin quốc tế", "Thời sự quốc tế", "Thế giới - Bình luận",
                                  "Quốc tế - Hồ sơ", "Tin tức - Sự kiện"])
        head = self.pick(["Trang chủ", "Home", "Trang nhất", "TRANG CHỦ"])
        s = self.pick([" > ", " / ", " » ", " › ", " >> "])
        parts = [head, leaf]
        if self.chance(0.4):
            parts.insert(1, self.pick(["Tin tức", "Thời sự", "Tin tổng hợp"]))
        return [("widget", s.join(self.case(p, up=0.15) for p in parts))]

    def hotline(self):
        return [("widget", self.pick([
            f"Đường dây nóng: {self.phone()}",
            f"☎ HOTLINE: {self.phone('mobile')}",
            f"Hotline tòa soạn {self.phone()} - {self.phone('mobile')}",
            f"ĐT phản ánh của bạn đọc: {self.phone('mobile')}",
            f"Tổng đài tiếp nhận phản ánh của người dân: {self.phone('short')}",
            f"Đường dây nóng Ban Biên tập | {self.phone()}",
            f"HOTLINE QUẢNG CÁO: {self.phone('mobile')}",
        ]))]

    def portal_links(self):
        p = self.prov
        opts = [
            [f"Cổng TTĐT tỉnh {p}", f"Cổng Dịch vụ công tỉnh {p}", "Tỉnh ủy", "HĐND tỉnh", "UBND tỉnh"],
            [f"» Cổng thông tin điện tử {p}", f"» Trang TTĐT Sở Văn hóa - Thể thao {p}", "» Đài PT-TH tỉnh"],
            ["LIÊN KẾT WEBSITE", f"-- Chọn liên kết --", f"Tỉnh ủy {p}", f"UBND tỉnh {p}", "Sở Thông tin và Truyền thông"],
            [f"Liên kết: UBND tỉnh {p} | Tỉnh ủy {p} | Hệ thống một cửa điện tử"],
            ["Dịch vụ công trực tuyến", "Tra cứu hồ sơ", "Phản ánh kiến nghị", "Văn bản chỉ đạo điều hành"],
        ]
        items = self.pick(opts)
        if len(items) > 1 and self.chance(0.35):
            return [("widget", self.sep().join(items))]
        return [("widget", i) for i in items]

    def weather(self):
        place = self.city or self.cap
        lo = self.r.randint(12, 26)
        hi = lo + self.r.randint(3, 10)
        cond = self.pick(["có mưa rào và dông rải rác", "nhiều mây, không mưa", "nắng nóng", "trời rét, có sương mù",
                          "mưa vừa, có nơi mưa to", "ngày nắng, đêm không mưa", "mây thay đổi"])
        return [("widget", self.pick([
            f"Thời tiết {place}: {lo}°C - {hi}°C, {cond}",
            f"{place.upper()} ☀ {hi}° | Độ ẩm {self.r.randint(55, 95)}%",
            f"Dự báo thời tiết {place}: {cond}, nhiệt độ {lo}-{hi} độ C",
            f"🌧 {place} {hi}°C",
            f"THỜI TIẾT | {place} | {lo}~{hi}°C",
            f"{place}: {hi}°C / {lo}°C - {cond}",
        ]))]

    def ad(self):
        p, d = self.prov, self.district()
        lines = [self.pick(["Quảng cáo", "QUẢNG CÁO", "- Quảng cáo -", "Advertisement", "Tài trợ"])] if self.chance(0.6) else []
        lines.append(self.pick([
            f"Nhà hàng {self.pick(['Phố Biển', 'Hương Quê', 'Sông Hậu', 'Núi Rừng', 'Bếp Nhà'])} - đặt tiệc: {self.phone('mobile')}",
            f"Đất nền ven sông {d} - sổ hồng riêng, LH {self.phone('mobile')}",
            f"Đặc sản {p} chính gốc – giao hàng toàn tỉnh",
            f"Trung tâm ngoại ngữ {self.pick(['Hòa Bình', 'Ánh Dương', 'Tuổi Trẻ'])} tuyển sinh khóa hè {self.r.randint(2017, 2020)}",
            f"Khách sạn {self.pick(['Hoa Sen', 'Phương Nam', 'Trường Sơn'])} {self.cap} ★★★ ưu đãi 20% cuối tuần",
            f"Phân bón {self.pick(['Mùa Vàng', 'Đất Lành', 'Lúa Sạch'])} - bạn của nhà nông",
            f"Xe khách {self.cap} ⇄ {self.pick(['Hà Nội', 'TP.HCM', 'Đà Nẵng', 'Cần Thơ'])} giường nằm - {self.phone('mobile')}",
            f"HỘI CHỢ THƯƠNG MẠI {p.upper()} {self.r.randint(2017, 2020)} – GIAN HÀNG CÒN ÍT",
        ]))
        return [("widget", l) for l in lines]

    def ethnic_toggle(self):
        eds = ETHNIC_EDITIONS.get(self.region) or ["Khmer", "Chăm", "Mông"]
        chosen = self.r.sample(eds, min(len(eds), self.r.randint(1, 4)))
        return [("widget", self.pick([
            "Tiếng Việt | " + " | ".join(chosen),
            "Chọn ngôn ngữ: Việt - " + " - ".join(chosen),
            " ".join(f"[{c.upper()}]" for c in ["VN"] + chosen),
            "Phiên bản tiếng " + ", tiếng ".join(chosen),
            "🌐 " + " · ".join(["Tiếng Việt"] + [f"Tiếng {c}" for c in chosen] + ["English"]),
            "Chương trình phát thanh tiếng " + " - ".join(chosen),
        ]))]

    def emblem(self):
        p = self.prov if self.city is None else self.city
        return [("caption", self.pick([
            f"Biểu trưng tỉnh {p}",
            f"Logo Báo {p}",
            f"Ảnh: Biểu trưng UBND tỉnh {p}",
            f"Biểu tượng của {p} - vùng đất {self.pick(['anh hùng', 'thân thiện', 'giàu bản sắc', 'mến khách'])}",
            f"HUY HIỆU {p.upper()}",
            f"Biểu trưng {p} (ảnh tư liệu)",
        ]))]

    def byline(self, unit=None):
        n = self.name()
        unit = unit or f"Báo {self.prov}"
        opts = [n, n.upper(), f"Bài, ảnh: {n}", f"{n} - {self.name()}", f"{n} ({unit})", f"Phóng viên: {n}",
                f"Tin, ảnh: {n}", f"{n.upper()} - {self.name().upper()}", f"Nhóm PV {self.pick(['Thời sự', 'Quốc tế', 'Bạn đọc'])}",
                f"Bài: {n} | Ảnh: {self.name()}"]
        return [("byline", self.pick(opts))]

    def credit(self):
        return [("credit", self.pick([
            f"Ảnh: {self.name()}", "Ảnh minh họa: Internet", f"Quay phim: {self.name()}", f"Nguồn: Báo {self.prov}",
            f"Theo Cổng TTĐT tỉnh {self.prov}", f"(Nguồn: Đài PT-TH {self.prov})", f"Video: {self.name()}",
            f"Đồ họa: {self.name()}", f"Biên dịch: {self.name()}", f"Theo {self.pick(['TTXVN', 'Reuters', 'AFP', 'VOV', 'AP'])}",
            f"Biên tập: {self.name()}", "(Theo TTXVN/Vietnam+)",
        ]))]

    def share(self):
        r = self.r
        opts = [
            "Chia sẻ: Facebook | Zalo | Twitter",
            "Share ↗  Zalo  Facebook  Copy link",
            f"👍 Thích {r.randint(0, 400)} · Chia sẻ",
            "In bài | Gửi email | Lưu",
            "Tweet",
            f"Chia sẻ bài viết ({r.randint(0, 90)})",
            "Gửi cho bạn bè · In trang · Về đầu trang ↑",
            "f  t  in  ✉",
        ]
        k = 1 if self.chance(0.6) else 2
        return [("widget", x) for x in self.r.sample(opts, k)]

    def tags(self):
        pool = [self.prov, "quốc tế", "thời sự", "tin nóng", "thế giới", "an ninh", "kinh tế thế giới", "ngoại giao",
                "chính trị quốc tế", "tin tổng hợp", self.cap, "hôm nay"]
        if self.city:
            pool.append(self.city)
        chosen = list(dict.fromkeys(self.r.sample(pool, self.r.randint(2, 5))))
        style = self.r.randint(0, 4)
        if style == 0:
            return [("widget", "Từ khóa: " + ", ".join(chosen))]
        if style == 1:
            return [("widget", "Tags: " + " ".join("#" + ascii_slug(c) for c in chosen))]
        if style == 2:
            return [("widget", "TỪ KHÓA")] + [("widget", c) for c in chosen]
        if style == 3:
            return [("widget", "Chủ đề: " + " / ".join(c.upper() for c in chosen))]
        return [("widget", "#" + " #".join(c.replace(" ", "") for c in chosen))]

    def comments(self):
        r = self.r
        out = [("widget", self.pick(["Bình luận", f"Bình luận ({r.randint(0, 30)})", "Ý KIẾN BẠN ĐỌC",
                                     "Gửi bình luận", "Viết bình luận của bạn...", "Ý kiến của bạn"]))]
        if self.chance(0.5):
            out.append(("widget", self.pick(["Họ tên *  Email *  Gửi", "Bạn chưa nhập nội dung bình luận",
                                             "Bình luận của bạn sẽ được biên tập trước khi đăng",
                                             "Vui lòng nhập tiếng Việt có dấu"])))
        for _ in range(r.randint(0, 2)):
            who = self.pick([self.name(), "Bạn đọc " + self.district(), "Người dân " + self.prov, "Khách"])
            when = self.pick(["2 giờ trước", "hôm qua", self.short_date(), "15 phút trước"])
            msg = self.pick(["Cảm ơn báo đã đưa tin kịp thời.", "Mong báo cập nhật thêm.",
                             "Thông tin rất bổ ích!", "Theo dõi báo mỗi ngày, rất hay.",
                             "Đề nghị báo có thêm bài phân tích."])
            out.append(("widget", self.pick([f"{who} - {when}: {msg}", f"{who} ({when})", f"{msg} — {who}"])))
            if self.chance(0.4):
                out.append(("widget", self.pick(["Trả lời", "Thích · Trả lời", f"👍 {r.randint(1, 40)}"])))
        return out

    def footer(self, owner, outlet):
        r = self.r
        n = self.name()
        addr = f"Số {r.randint(1, 300)} đường {self.pick(['Trần Hưng Đạo', 'Lê Lợi', 'Hùng Vương', 'Nguyễn Huệ', 'Quang Trung', '30 Tháng 4', 'Hai Bà Trưng'])}"
        place = self.city or f"TP. {self.cap}"
        pool = [
            f"Cơ quan chủ quản: {owner}",
            f"© Bản quyền thuộc về {outlet}",
            f"Giấy phép số {r.randint(10, 600)}/GP-BTTTT ngày {r.randint(1, 28)}/{r.randint(1, 12)}/{r.randint(2010, 2020)}",
            f"Tổng Biên tập: {n}",
            f"TỔNG BIÊN TẬP {n.upper()}",
            f"Địa chỉ: {addr}, {place}",
            f"Điện thoại: {self.phone()} - Fax: {self.phone()}",
            f"Email: {self.pick(['toasoan', 'bandientu', 'bbt', 'tinbai'])}@{self.pick(['bao', 'dai', ''])}{self.slug}.{self.pick(['vn', 'gov.vn', 'org.vn'])}",
            f"Ghi rõ nguồn \u2018{outlet}\u2019 khi phát hành lại thông tin từ website này.",
            "Chịu trách nhiệm nội dung: " + self.name(),
            "Về đầu trang",
            f"Lượt truy cập: {r.randint(100000, 9999999):,}".replace(",", "."),
            f"Đang online: {r.randint(20, 900)}",
        ]
        k = r.randint(3, 7)
        return [("widget", x) for x in r.sample(pool, k)]

    def related_block(self, header_opts, k=(2, 5), teaser=0.3, thumbs=0.25, date=0.3, bullet=None):
        out = []
        out.append(("widget", self.case(self.pick(header_opts), up=0.45)))
        for _ in range(self.r.randint(*k)):
            if self.chance(thumbs):
                cap = self.rel_caption()
                if cap:
                    out.append(("caption", cap))
            if self.chance(teaser):
                got = self.rel_teaser()
                if got:
                    t, s = got
                    out.append(("related", self.deco_title(t, bullet, date)))
                    out.append(("related", s))
                    continue
            ts = self.rel_titles(1)
            if ts:
                out.append(("related", self.deco_title(ts[0], bullet, date)))
        return out

    def deco_title(self, t, bullet=None, date=0.3):
        b = bullet if bullet is not None else self.pick(["", "", "» ", "- ", "• ", "▶ ", "+ ", "> "])
        s = b + t
        if self.chance(date):
            s += self.pick([f" ({self.short_date()})", f" - {self.short_date()}", " (Video)", " | Ảnh", " 📷"])
        if self.chance(0.06):
            s = s.upper()
        return s

    def inline_related(self):
        ts = self.rel_titles(1)
        if not ts:
            return []
        return [("related", self.pick(["Xem thêm: ", ">> ", "ĐỌC THÊM: ", "Tin liên quan: ", "► ", "Xem thêm >> "]) + ts[0])]

    def photo(self, cap_text=None):
        """A photo caption (from the body row's own lead caption, or a related row's)."""
        cap = cap_text or self.rel_caption()
        if not cap:
            return []
        style = self.r.randint(0, 5)
        who = self.name()
        src = self.pick([who, "TTXVN", "Reuters", "AFP", "AP", "Internet", "tư liệu"])
        if style == 0:
            return [("caption", cap)]
        if style == 1:
            return [("caption", f"{cap} Ảnh: {src}")]
        if style == 2:
            return [("caption", cap), ("credit", f"Ảnh: {src}")]
        if style == 3:
            return [("caption", f"{cap} (Ảnh: {src})")]
        if style == 4:
            return [("caption", f"{cap.rstrip('.')} - Ảnh: {src.upper()}")]
        return [("caption", f"▲ {cap}")]


# ---------------------------------------------------------------- layouts
# A layout returns a list of blocks; a block is (role, line) with role in
# KINDS or "title"/"date"/"site", or ("BODY", options).

def _body(**kw):
    return ("BODY", kw)


def L_party_paper(c, title):
    c.setplace()
    p = c.prov
    site = c.pick([f"BÁO {p.upper()}", f"Báo {p} điện tử", f"{p.upper()} ONLINE", f"bao{c.slug}.vn"])
    out = [("widget", c.pick([f"Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh {p}",
                               f"CƠ QUAN CỦA ĐẢNG BỘ, CHÍNH QUYỀN VÀ NHÂN DÂN TỈNH {p.upper()}",
                               f"Tiếng nói của Đảng bộ, chính quyền và nhân dân {p}"]))]
    out.insert(0 if c.chance(0.5) else 1, ("site", site))
    out += c.emblem() if c.chance(0.5) else []
    out += c.menu()
    out += c.breadcrumb()
    out += [("title", title), ("date", c.date_line())]
    out += c.byline() if c.chance(0.4) else []
    out.append(_body(caption_first=0.7, inline_related=0.4, ads=0.2))
    out += c.byline() if c.chance(0.6) else c.credit()
    out += c.tags() + c.share()
    out += c.related_block(["Tin trong tỉnh", "TIN TRONG TỈNH", "Tin cùng chuyên mục", "Tin khác"], teaser=0.2)
    out += c.footer(f"Tỉnh ủy {p}", f"Báo {p}")
    return out


def L_radio_tv(c, title):
    c.setplace()
    p = c.prov
    out = [("widget", c.pick(["🔴 TRỰC TIẾP", "Truyền hình trực tiếp", "LIVE | Kênh " + ascii_slug(p).upper()[:3] + "TV", "Nghe radio trực tuyến"]))]
    out.append(("site", c.pick([f"Đài Phát thanh và Truyền hình {p}", f"{ascii_slug(p).upper()[:3]}TV - Đài PT-TH {p}",
                                f"ĐÀI PT-TH {p.upper()}", f"Trang tin điện tử Đài PTTH {p}"])))
    out += c.menu(extra=["Truyền hình", "Phát thanh", "Lịch phát sóng"], k=(3, 7))
    out += [("title", title)]
    out += [("widget", c.pick([f"Lượt xem: {c.r.randint(10, 9000)}", f"👁 {c.r.randint(10, 9000)}",
                                "Thời lượng: 0" + str(c.r.randint(1, 9)) + ":" + f"{c.r.randint(0, 59):02d}"]))] if c.chance(0.6) else []
    out += [("date", c.date_line())]
    if c.chance(0.6):
        out += [("widget", c.pick(["▶ Xem video", "Video đang tải...", "Trình duyệt của bạn không hỗ trợ video.", "▶ 00:00 / 02:47"]))]
    out.append(_body(caption_first=0.4, inline_related=0.2, ads=0.1, maxp=3))
    out += [("credit", f"Quay phim: {c.name()}")] if c.chance(0.5) else []
    out += c.byline(unit=f"Đài PT-TH {p}")
    out += [("widget", c.pick(["LỊCH PHÁT SÓNG", "Lịch phát sóng hôm nay", "Chương trình truyền hình"]))]
    for _ in range(c.r.randint(2, 4)):
        out.append(("widget", f"{c.r.randint(5, 23):02d}:{c.pick(['00', '15', '30', '45'])} {c.pick(['Thời sự', 'Nông nghiệp - Nông thôn', 'Phim truyện', 'Ca nhạc thiếu nhi', 'Bản tin thời tiết', 'Dân tộc và Phát triển', 'Thời sự tiếng ' + c.pick(ETHNIC_EDITIONS.get(c.region, ['Khmer']))])}"))
    out += c.related_block(["Video khác", "Tin liên quan", "Xem nhiều", "TIN TRONG TỈNH"], thumbs=0.3)
    out += c.footer(f"UBND tỉnh {p}", f"Đài PT-TH {p}")
    return out


def L_hanoi_city(c, title):
    c.setplace(prov="Hà Nội")
    c.city = "Hà Nội"
    outlet = c.pick(["Thủ Đô Ngày Mới", "Hà Nội Tin Sáng", "Tràng An Thời Báo", "Phố Cổ Online"])
    out = c.weather() + [("site", c.case(outlet, up=0.4))]
    out += c.hotline()
    out += c.menu(extra=["Quận - Huyện", "Giao thông đô thị", "Người Hà Nội"], k=(4, 8))
    out += c.breadcrumb()
    out += [("title", title), ("date", c.date_line())]
    out.append(_body(caption_first=0.6, inline_related=0.3, ads=0.25, maxp=3))
    out += c.byline(unit=outlet)
    out += c.share()
    out += [("widget", c.pick(["Tin quận - huyện", "TIN 30 QUẬN HUYỆN", "Hà Nội 24h"]))]
    for _ in range(c.r.randint(1, 3)):
        ts = c.rel_titles(1)
        if ts:
            out.append(("related", f"[{c.district()}] {ts[0]}"))
    out += c.related_block(["Đọc nhiều", "Tin mới nhất", "Tin cùng chuyên mục"])
    out += c.comments() if c.chance(0.5) else []
    out += c.footer("UBND thành phố Hà Nội", outlet)
    return out


def L_haiphong_port(c, title):
    c.setplace(prov="Hải Phòng")
    c.city = "Hải Phòng"
    outlet = c.pick(["Cửa Biển Thời Sự", "Đất Cảng Online", "Hải Phòng Tin Nhanh", "Phố Cảng Hôm Nay"])
    out = [("site", outlet.upper() if c.chance(0.5) else outlet)]
    out += c.menu(extra=["Cảng biển - Logistics", "Huyện đảo"], k=(4, 8))
    out += [("widget", c.pick(["Giờ tàu Cát Bà - Đồ Sơn: 7h00, 9h30, 14h00", "LỊCH TÀU CAO TỐC RA BẠCH LONG VĨ",
                                f"Thủy triều Hòn Dáu: {c.r.randint(1, 4)},{c.r.randint(0, 9)} m lúc {c.r.randint(0, 23)}h",
                                "Tin biển: gió đông bắc cấp 5, biển động nhẹ"]))]
    out += [("title", title), ("date", c.date_line())]
    out += c.photo()
    out.append(_body(caption_first=0.5, inline_related=0.3, ads=0.2))
    out += c.byline(unit=outlet)
    out += c.credit() if c.chance(0.5) else []
    out += c.related_block(["Tin liên quan", "Cùng chuyên mục", "Tin nổi bật Đất Cảng"], teaser=0.4)
    out += c.tags()
    out += c.footer("Thành ủy Hải Phòng", outlet)
    return out


def L_danang_portal(c, title):
    c.setplace(prov="Đà Nẵng")
    c.city = "Đà Nẵng"
    outlet = c.pick(["Đà Nẵng Sông Hàn", "Trang tin Bán Đảo Sơn Trà", "Danang Today Việt ngữ", "Cầu Rồng Online"])
    out = [("widget", c.pick(["VIE | ENG | 中文 | 한국어", "Tiếng Việt - English", "🇻🇳 VI  🇬🇧 EN", "English version"]))]
    out += [("site", outlet)]
    out += c.weather()
    out += c.menu(extra=["Du lịch", "Đầu tư", "Đô thị"], k=(3, 7), one_line=0.4)
    out += [("title", title)]
    out += [("date", c.date_line())]
    out.append(_body(caption_first=0.5, inline_related=0.2, ads=0.3))
    out += [("widget", c.pick(["Lễ hội pháo hoa quốc tế - đặt vé ngay", "DIFF - Đà Nẵng điểm đến sự kiện",
                                "Khám phá Bà Nà, Ngũ Hành Sơn cùng ưu đãi mùa hè", "Tổng đài du lịch 1900 xxx"]))]
    out += c.byline(unit=outlet)
    out += c.share()
    out += c.related_block(["Các tin khác", "Tin mới", "BÀI VIẾT LIÊN QUAN"], thumbs=0.35)
    out += c.footer("UBND thành phố Đà Nẵng", outlet)
    return out


def L_hue_heritage(c, title):
    c.setplace(prov="Huế")
    c.city = "Huế"
    outlet = c.pick(["Hương Giang Nhật Báo", "Cố Đô Tin Tức", "Huế Xưa và Nay", "Núi Ngự Online"])
    out = c.emblem() + [("site", outlet)]
    out += c.menu(extra=["Di sản", "Festival", "Ẩm thực Huế"], k=(3, 7))
    out += [("widget", c.pick(["Festival Huế - Di sản văn hóa với hội nhập và phát triển",
                                "☼ Mua vé tham quan Đại Nội trực tuyến", "Tuần lễ Áo dài Huế • Đăng ký tham gia",
                                "ĐÊM HOÀNG CUNG - mở cửa miễn phí tối thứ Bảy"]))]
    out += c.breadcrumb()
    out += [("title", title), ("date", c.date_line())]
    out.append(_body(caption_first=0.8, inline_related=0.2, ads=0.1, photos=0.35))
    out += c.byline(unit=outlet) + (c.credit() if c.chance(0.4) else [])
    out += c.related_block(["Bài cùng chuyên mục", "Tin khác", "ĐỌC NHIỀU NHẤT"])
    out += c.comments()
    out += c.footer("Tỉnh ủy Thừa Thiên Huế", outlet)
    return out


def L_cantho_mekong(c, title):
    c.setplace(prov="Cần Thơ")
    c.city = "Cần Thơ"
    c.region = "mien_tay"
    outlet = c.pick(["Tây Đô Tin Tức", "Sông Hậu Ngày Nay", "Cần Thơ Miệt Vườn", "Bến Ninh Kiều Online"])
    out = c.ethnic_toggle() + [("site", outlet)]
    out += c.weather()
    out += c.menu(extra=["ĐBSCL", "Nông nghiệp", "Chợ nổi"], k=(3, 7))
    out += [("title", title)]
    out += c.byline(unit=outlet) if c.chance(0.5) else []
    out += [("date", c.date_line())]
    out.append(_body(caption_first=0.6, inline_related=0.35, ads=0.3))
    out += [("widget", c.pick([f"Giá lúa IR50404 hôm nay: {c.r.randint(5, 7)}.{c.r.randint(0, 9)}00 đ/kg",
                                "Mực nước sông Hậu tại Cần Thơ: 1,85 m (trên BĐ1)",
                                "Chợ nổi Cái Răng - tour sáng sớm 5h30",
                                f"GIÁ NÔNG SẢN | Xoài cát Hòa Lộc {c.r.randint(20, 60)}.000đ/kg"]))]
    out += c.share() + c.tags()
    out += c.related_block(["Tin trong vùng", "TIN ĐBSCL", "Tin liên quan"], teaser=0.3)
    out += c.footer("Thành ủy Cần Thơ", outlet)
    return out


def L_hcmc_district(c, title):
    c.setplace(prov="TP.HCM")
    c.city = "TP.HCM"
    dist = c.district()
    out = [("site", c.pick([f"Cổng thông tin điện tử {dist}", f"TRANG TIN {dist.upper()}", f"{dist} - TP. Hồ Chí Minh"]))]
    out += [("widget", c.pick([f"UBND {dist} - Ủy ban nhân dân", "Đảng bộ - Chính quyền - Đoàn thể", "Phường - Xã - Thị trấn"]))]
    out += c.menu(extra=["Thủ tục hành chính", "Tin phường", "Lịch công tác"], k=(2, 6), one_line=0.5)
    out += c.hotline()
    out += [("title", title), ("date", c.date_line())]
    out.append(_body(caption_first=0.3, inline_related=0.1, ads=0.0, maxp=4))
    out += c.credit() if c.chance(0.6) else c.byline(unit=dist)
    out += [("widget", c.pick(["Tin phường", "Tin cơ sở", "TIN TRONG QUẬN"]))]
    for _ in range(c.r.randint(2, 4)):
        ts = c.rel_titles(1)
        if ts:
            out.append(("related", c.pick(["Phường ", "P. "]) + str(c.r.randint(1, 15)) + ": " + ts[0]))
    out += c.portal_links()
    out += c.footer(f"UBND {dist}", f"Cổng thông tin điện tử {dist}")
    return out


def L_highlands_ethnic(c, title):
    c.setplace(region="tay_nguyen")
    p = c.prov
    outlet = c.pick([f"{p} Đại Ngàn", f"Báo {p}", f"Tây Nguyên Mới - {p}", f"Cao Nguyên {p} Online"])
    out = c.ethnic_toggle() + [("site", outlet)]
    out += c.menu(extra=["Dân tộc - Miền núi", "Cà phê - Hồ tiêu"], k=(4, 8))
    out += [("widget", c.pick([f"Giá cà phê {p} hôm nay: {c.r.randint(30, 45)}.{c.r.randint(0, 9)}00 đ/kg",
                                f"HỒ TIÊU: {c.r.randint(40, 90)}.000 đ/kg ▼", "Giá cà phê | Tiêu | Cao su | Sầu riêng",
                                f"Cà phê nhân xô ({c.cap}): {c.r.randint(30, 45)}.000 ▲ 200"]))]
    out += c.weather() if c.chance(0.5) else []
    out += [("title", title), ("date", c.date_line())]
    out.append(_body(caption_first=0.6, inline_related=0.3, ads=0.15))
    out += c.byline()
    out += c.related_block(["Tin trong tỉnh", "Buôn làng hôm nay", "TIN MỚI", "Cùng chuyên mục"])
    out += c.share()
    out += c.footer(f"Tỉnh ủy {p}", outlet)
    return out


def L_mekong_khmer(c, title):
    c.setplace(region="mien_tay")
    p = c.prov
    outlet = c.pick([f"Báo {p} điện tử", f"{p} Quê Hương", f"Đồng bằng - {p}", f"ĐÀI PT-TH {p.upper()}"])
    out = [("site", outlet)] + c.ethnic_toggle()
    out += c.menu(extra=["Tiếng Khmer", "Nông thôn mới", "Kinh tế biển"], k=(3, 7))
    out += c.breadcrumb()
    out += [("title", title), ("date", c.date_line())]
    out += c.photo()
    out.append(_body(caption_first=0.5, inline_related=0.3, ads=0.2))
    out += c.byline()
    out += [("widget", c.pick([f"Giá lúa {p}: {c.r.randint(5, 7)}.{c.r.randint(1, 9)}00đ/kg",
                                "Độ mặn tại cửa sông: 4,5‰ (cảnh báo)", "Lịch thời vụ xuống giống Đông Xuân",
                                f"DỰ BÁO XÂM NHẬP MẶN - {p.upper()}"]))]
    out += c.tags()
    out += c.related_block(["Tin trong tỉnh", "Tin khác", "CÁC TIN ĐÃ ĐĂNG"], date=0.6)
    out += c.footer(f"Tỉnh ủy {p}", outlet)
    return out


def L_commune_page(c, title):
    c.setplace()
    p = c.prov
    xa = "xã " + f"{c.pick(DISTRICT_WORDS)} {c.pick(DISTRICT_WORDS)}"
    huyen = f"huyện {c.district()}"
    out = [("site", c.pick([f"Trang thông tin điện tử {xa}", f"{xa.upper()} - {huyen.upper()}", f"UBND {xa.upper()}",
                            f"Xã {xa[3:]} - {huyen}"]))]
    out += [("widget", c.pick([f"{huyen.capitalize()}, tỉnh {p}", f"Địa chỉ: UBND {xa}, {huyen}, {p}", f"Tỉnh {p} > {huyen}"]))]
    out += c.menu(extra=["Giới thiệu", "Thủ tục hành chính", "Văn bản", "Hỏi đáp"], k=(1, 3), one_line=0.3)
    out += [("title", title), ("date", c.date_line())]
    out.append(_body(caption_first=0.3, inline_related=0.0, ads=0.0, maxp=4))
    out += c.credit() if c.chance(0.5) else c.byline(unit=f"UBND {xa}")
    out += [("widget", c.pick(["THÔNG BÁO", "Thông báo mới", "Lịch tiếp công dân"]))]
    out += [("widget", c.pick([f"Lịch phát thanh xã: sáng {c.r.randint(5, 6)}h30, chiều {c.r.randint(16, 17)}h30",
                                "Thông báo thu thuế sử dụng đất phi nông nghiệp năm nay",
                                "Lịch tiêm chủng mở rộng tháng này tại Trạm Y tế xã",
                                "Kế hoạch ra quân làm đường giao thông nông thôn"]))]
    out += c.related_block(["Tin khác", "Tin trong huyện", "Các bài đã đăng"], k=(2, 4), teaser=0.0, thumbs=0.0)
    out += c.portal_links()
    out += [("widget", c.pick([f"Lượt truy cập: {c.r.randint(1000, 90000)}", f"Đang truy cập: {c.r.randint(1, 40)}",
                                "Thống kê truy cập"]))]
    out += [("widget", c.pick([f"© {xa}, {huyen}, tỉnh {p}", f"Chịu trách nhiệm: Chủ tịch UBND {xa}",
                                f"Bản quyền {xa} - thiết kế bởi VNPT {p}"]))]
    return out


def L_provincial_portal(c, title):
    c.setplace()
    p = c.prov
    out = c.emblem()
    out += [("site", c.pick([f"CỔNG THÔNG TIN ĐIỆN TỬ TỈNH {p.upper()}", f"Cổng TTĐT {p}", f"{p} Portal"]))]
    out += [("widget", c.pick(["Tiếng Việt | English", "Đăng nhập | Sơ đồ cổng", "Tìm kiếm...", "🔍 Tìm kiếm"]))]
    out += c.menu(extra=["Chính quyền", "Công dân", "Doanh nghiệp", "Du khách"], k=(1, 4))
    out += c.breadcrumb(leaf=c.pick(["Tin hoạt động", "Tin tổng hợp", "Tin tức sự kiện"]))
    out += [("title", title), ("date", c.date_line())]
    out.append(_body(caption_first=0.5, inline_related=0.1, ads=0.0))
    out += c.credit()
    out += [("widget", c.pick(["Đánh giá bài viết: ★★★★☆", "Bài viết có hữu ích không?  Có  Không", "In trang | Gửi email"]))]
    out += c.related_block(["Tin đã đưa", "Các tin khác", "TIN HOẠT ĐỘNG"], teaser=0.0, date=0.7)
    out += c.portal_links()
    out += c.footer(f"Văn phòng UBND tỉnh {p}", f"Cổng TTĐT tỉnh {p}")
    return out


def L_northern_mountain(c, title):
    c.setplace(region="mien_nui_phia_bac")
    p = c.prov
    outlet = c.pick([f"Báo {p}", f"{p} Vùng Cao", f"Biên Cương {p}", f"Non Nước {p}"])
    out = [("site", outlet)] + c.ethnic_toggle()
    out += c.weather()
    out += [("widget", c.pick(["Cảnh báo rét đậm, rét hại vùng núi cao", "Nguy cơ lũ quét, sạt lở đất cấp 1",
                                f"Băng giá xuất hiện tại {c.pick(['Y Tý', 'Sìn Hồ', 'Mẫu Sơn', 'Đồng Văn'])}",
                                "⚠ Tin cảnh báo thiên tai"]))] if c.chance(0.6) else []
    out += c.menu(extra=["Biên giới", "Du lịch vùng cao"], k=(3, 7))
    out += [("title", title)]
    out += [("date", c.date_line())]
    out += c.byline() if c.chance(0.5) else []
    out.append(_body(caption_first=0.6, inline_related=0.3, ads=0.1))
    out += c.byline() if c.chance(0.5) else c.credit()
    out += c.related_block(["Tin trong tỉnh", "Tin vùng cao", "Cùng chuyên mục"])
    out += c.share()
    out += c.footer(f"Tỉnh ủy {p}", outlet)
    return out


def L_coastal_fisheries(c, title):
    c.setplace(region="nam_trung_bo")
    p = c.prov
    outlet = c.pick([f"{p} Biển Xanh", f"Báo {p}", f"Sóng Biển {p}", f"Tin Ngư Trường {p}"])
    out = [("site", outlet)]
    out += c.menu(extra=["Biển đảo", "Ngư dân"], k=(3, 7))
    out += [("widget", c.pick(["Bản tin thời tiết biển: gió mạnh cấp 6, giật cấp 8, sóng cao 2-3 m",
                                f"Đường dây nóng hỗ trợ ngư dân: {c.phone('mobile')}",
                                "Tàu thuyền vào bờ tránh trú: 2.314 chiếc",
                                "Cảnh báo áp thấp nhiệt đới trên Biển Đông"]))]
    out += [("title", title), ("date", c.date_line())]
    out += c.photo()
    out.append(_body(caption_first=0.3, inline_related=0.3, ads=0.2))
    out += c.byline()
    out += c.related_block(["Tin liên quan", "TIN BIỂN ĐẢO", "Tin trong tỉnh"], teaser=0.3)
    out += c.comments() if c.chance(0.4) else []
    out += c.footer(f"Tỉnh ủy {p}", outlet)
    return out


def L_mobile_compact(c, title):
    c.setplace()
    p = c.prov
    out = [("widget", c.pick(["☰", "≡ Menu", "MENU", "☰ Chuyên mục"]))]
    out += [("site", c.pick([f"{c.slug}.vn", f"Báo {p}", f"{p.upper()} 24H", f"m.bao{c.slug}.vn"]))]
    out += [("widget", c.pick(["Quốc tế", "THẾ GIỚI", "Tin quốc tế", "‹ Quay lại"]))]
    out += [("title", title), ("date", c.date_line())]
    out += c.share()[:1]
    out.append(_body(caption_first=0.5, inline_related=0.4, ads=0.25, maxp=2))
    out += c.byline()
    out += [("widget", c.pick(["Tải ứng dụng Báo " + p + " trên App Store | Google Play", "Mở trong ứng dụng",
                                "Theo dõi chúng tôi trên Zalo", "Nhận thông báo tin mới 🔔"]))]
    out += c.related_block(["Tin liên quan", "Có thể bạn quan tâm", "Đọc tiếp"], k=(2, 4), thumbs=0.4)
    out += [("widget", c.pick(["Lên đầu trang ↑", "Xem bản đầy đủ", "Phiên bản di động"]))]
    out += [("widget", c.pick([f"© Báo {p}", f"© {c.r.randint(2016, 2020)} {c.slug}.vn", f"Báo {p} - All rights reserved"]))]
    return out


def L_print_edition(c, title):
    c.setplace()
    p = c.prov
    outlet = c.pick([f"Báo {p}", f"{p} Thời Báo", f"Nhật báo {p}"])
    out = [("site", outlet.upper())]
    out += [("widget", c.pick([f"Số {c.r.randint(1000, 9999)} - Báo in", "ĐỌC BÁO IN", f"E-paper | Số ra ngày {c.short_date()}",
                                f"Báo in số {c.r.randint(1000, 9999)}, trang {c.r.randint(2, 12)}"]))]
    out += c.menu(k=(3, 6), one_line=0.9)
    out += [("widget", c.pick([f"Trang {c.r.randint(2, 12)} - Quốc tế", f"TRANG {c.r.randint(2, 12)}", "Chuyên trang Quốc tế",
                                "Quốc tế (trang 8)"]))]
    out += [("title", title), ("date", c.date_line())]
    out.append(_body(caption_first=0.6, inline_related=0.0, ads=0.0, maxp=4))
    out += c.byline()
    out += [("widget", c.pick(["‹ Trang trước | Trang sau ›", "Xem trang báo PDF", "« Bài trước  Bài tiếp »",
                                "Đặt mua báo in: " + c.phone()]))]
    out += c.related_block(["Các bài trong số", "CÙNG SỐ BÁO", "Trang này có"], teaser=0.1, date=0.0, bullet="")
    out += c.footer(f"Tỉnh ủy {p}", outlet)
    return out


def L_photo_story(c, title):
    c.setplace()
    p = c.prov
    outlet = c.pick([f"Ảnh {p}", f"Báo {p} - Phóng sự ảnh", f"{p} Photo", f"Báo ảnh {p}"])
    out = c.menu(k=(3, 6))
    out += [("site", outlet)]
    out += [("title", title), ("date", c.date_line())]
    out += c.byline()
    out.append(_body(caption_first=0.9, inline_related=0.0, ads=0.0, photos=0.7, maxp=2))
    out += c.credit()
    out += c.related_block(["Album ảnh khác", "PHÓNG SỰ ẢNH", "Xem thêm ảnh"], thumbs=0.8, teaser=0.0)
    out += c.share()
    out += c.footer(f"Tỉnh ủy {p}", outlet)
    return out


def L_district_center(c, title):
    c.setplace()
    p = c.prov
    h = c.district()
    unit = c.pick([f"Trung tâm Văn hóa - Thông tin - Thể thao huyện {h}",
                   f"Trung tâm Truyền thông và Văn hóa huyện {h}", f"Đài Truyền thanh huyện {h}"])
    out = [("site", c.case(unit, up=0.4, low=0, title=0))]
    out += [("widget", c.pick([f"Huyện {h} - tỉnh {p}", f"{h.upper()} | {p.upper()}", f"Cổng TTĐT huyện {h}"]))]
    out += c.menu(extra=["Tin trong huyện", "Phát thanh", "Văn bản"], k=(1, 4))
    out += [("title", title), ("date", c.date_line())]
    out.append(_body(caption_first=0.4, inline_related=0.1, ads=0.0, maxp=3))
    out += c.byline(unit=f"TT VH-TT-TT {h}")
    out += c.related_block(["Tin trong huyện", "TIN TRONG HUYỆN", "Tin xã - thị trấn"], teaser=0.0)
    out += [("widget", c.pick([f"Nghe Đài Truyền thanh {h}: 6h00 - 17h00", "🎧 Nghe bản tin phát thanh",
                                "Chương trình phát thanh hôm nay"]))]
    out += c.portal_links()
    out += [("widget", c.pick([f"© {unit}", f"Cơ quan chủ quản: UBND huyện {h}", f"Chịu trách nhiệm: {c.name()}"]))]
    return out


def L_province_police(c, title):
    c.setplace()
    p = c.prov
    outlet = c.pick([f"Công an {p} điện tử", f"CAND {p}", f"An ninh {p}", f"Trang tin Công an tỉnh {p}"])
    out = [("site", outlet)]
    out += [("widget", c.pick([f"Đường dây nóng Công an tỉnh: {c.phone()}", "Báo tin tội phạm: 113",
                                f"☎ TỐ GIÁC TỘI PHẠM {c.phone('mobile')}", "Gọi 113 khi cần trợ giúp khẩn cấp"]))]
    out += c.menu(extra=["An ninh trật tự", "Pháp luật", "Phòng cháy chữa cháy"], k=(3, 6))
    out += c.breadcrumb()
    out += [("title", title)]
    out += [("date", c.date_line())]
    out.append(_body(caption_first=0.5, inline_related=0.3, ads=0.0))
    out += c.byline(unit=f"Công an {p}")
    out += [("widget", c.pick(["Cảnh báo lừa đảo qua mạng: không cung cấp mã OTP", "Thủ tục cấp căn cước trực tuyến",
                                "Tra cứu phạt nguội", "Khai báo lưu trú online"]))]
    out += c.related_block(["Tin cùng chuyên mục", "TIN NỔI BẬT", "Tin khác"])
    out += c.footer(f"Công an tỉnh {p}", outlet)
    return out


def L_southeast_industrial(c, title):
    c.setplace(region="dong_nam_bo")
    p = c.prov
    outlet = c.pick([f"{p} Công Nghiệp", f"Báo {p}", f"Miền Đông {p}", f"{p} Phát Triển"])
    out = c.hotline() + [("site", outlet)]
    out += c.menu(extra=["Khu công nghiệp", "Việc làm", "Công nhân"], k=(3, 7))
    out += [("title", title), ("date", c.date_line())]
    out += c.photo()
    out.append(_body(caption_first=0.5, inline_related=0.35, ads=0.3))
    out += [("widget", c.pick([f"Tuyển {c.r.randint(20, 500)} công nhân may - KCN {c.pick(DISTRICT_WORDS)} {c.pick(DISTRICT_WORDS)}",
                                "Sàn giao dịch việc làm mỗi thứ Tư", "Nhà trọ công nhân giá rẻ - LH " + c.phone("mobile"),
                                "VIỆC LÀM | Tuyển dụng | Nhà ở xã hội"]))]
    out += c.byline()
    out += c.tags()
    out += c.related_block(["Tin trong tỉnh", "Tin liên quan", "Tin mới"], teaser=0.3)
    out += c.comments() if c.chance(0.4) else []
    out += c.footer(f"Tỉnh ủy {p}", outlet)
    return out


def L_north_central(c, title):
    c.setplace(region="bac_trung_bo")
    p = c.prov
    outlet = c.pick([f"Báo {p}", f"{p} Quê Tôi", f"Xứ {p} Ngày Nay", f"Miền Trung {p}"])
    out = [("site", outlet)]
    out += c.weather()
    out += c.menu(extra=["Miền núi", "Phòng chống thiên tai"], k=(3, 7))
    out += c.breadcrumb()
    out += [("date", c.date_line()), ("title", title)]
    out.append(_body(caption_first=0.6, inline_related=0.3, ads=0.2))
    out += c.byline()
    out += c.credit() if c.chance(0.3) else []
    out += c.share()
    out += c.related_block(["Tin trong tỉnh", "Tin mới cập nhật", "ĐỌC THÊM"])
    out += c.hotline()
    out += c.footer(f"Tỉnh ủy {p}", outlet)
    return out


def L_red_river_delta(c, title):
    c.setplace(region="dong_bang")
    p = c.prov
    outlet = c.pick([f"Báo {p}", f"{p} Đồng Lúa", f"Châu Thổ {p}", f"{p} Thời Nay"])
    out = [("widget", c.pick(["Đăng nhập", "Đăng ký | Đăng nhập", "RSS", "Liên hệ quảng cáo"]))]
    out += [("site", outlet)]
    out += c.menu(k=(5, 9))
    out += c.ad() if c.chance(0.5) else []
    out += [("title", title), ("date", c.date_line())]
    out += c.byline() if c.chance(0.6) else []
    out.append(_body(caption_first=0.5, inline_related=0.3, ads=0.3))
    out += c.byline() if c.chance(0.4) else c.credit()
    out += c.tags()
    out += c.related_block(["Tin trong tỉnh", "Tin cùng chuyên mục", "Xem nhiều nhất"], teaser=0.25)
    out += c.comments() if c.chance(0.5) else []
    out += c.footer(f"Tỉnh ủy {p}", outlet)
    return out


LAYOUTS = [
    ("party_paper", L_party_paper),
    ("radio_tv_station", L_radio_tv),
    ("hanoi_city_paper", L_hanoi_city),
    ("haiphong_port_paper", L_haiphong_port),
    ("danang_city_site", L_danang_portal),
    ("hue_heritage_paper", L_hue_heritage),
    ("cantho_mekong_paper", L_cantho_mekong),
    ("hcmc_district_portal", L_hcmc_district),
    ("highlands_ethnic_paper", L_highlands_ethnic),
    ("mekong_khmer_paper", L_mekong_khmer),
    ("commune_page", L_commune_page),
    ("provincial_portal", L_provincial_portal),
    ("northern_mountain_paper", L_northern_mountain),
    ("coastal_fisheries_paper", L_coastal_fisheries),
    ("mobile_compact", L_mobile_compact),
    ("print_edition", L_print_edition),
    ("photo_story", L_photo_story),
    ("district_culture_center", L_district_center),
    ("province_police_paper", L_province_police),
    ("southeast_industrial_paper", L_southeast_industrial),
    ("north_central_paper", L_north_central),
    ("red_river_delta_paper", L_red_river_delta),
]
LAYOUT_NAMES = [n for n, _ in LAYOUTS]


# ---------------------------------------------------------------- page build

def _paragraphs(sentences, rng, maxp):
    paras, i = [], 0
    while i < len(sentences):
        k = rng.choice([1, 1, 2, 2, 2, 3, 3, 4][: 2 + 2 * maxp])
        k = max(1, min(k, maxp))
        paras.append(list(sentences[i:i + k]))
        i += k
    return paras


def _expand_body(c, opts, sentences, lead, tail, own_caps):
    """Turn the BODY block into entries: ('body', [sentences]) and furniture."""
    prng = rng_for(c.row, "paragraphs")
    maxp = opts.get("maxp", 4)
    paras = _paragraphs(sentences, prng, maxp)
    out = []
    lead_pos = -1
    if lead:
        if c.chance(opts.get("caption_first", 0.5)):
            out += c.photo(lead)
        else:
            lead_pos = c.r.randint(0, max(0, len(paras) - 2))
    caps = list(own_caps)
    for i, para in enumerate(paras):
        out.append(("body", para))
        last = i == len(paras) - 1
        if lead and i == lead_pos:
            out += c.photo(lead)
        if last:
            break
        if caps and c.chance(0.5):
            out.append(caps.pop(0))
        if c.chance(opts.get("photos", 0.12)):
            out += c.photo()
        if c.chance(opts.get("inline_related", 0.2) / 2):
            out += c.inline_related()
        if c.chance(opts.get("ads", 0.1) / 2):
            out += c.ad()
    out += caps
    out += tail
    return out


FAULTS = ("nbsp", "zwsp", "double_space", "nfd", "glue")


def _fault_string(s, kind, rng):
    if kind == "nbsp":
        idx = [i for i, ch in enumerate(s) if ch == " " and 0 < i < len(s) - 1]
        for i in rng.sample(idx, max(1, len(idx) // 6)) if idx else []:
            s = s[:i] + "\u00a0" + s[i + 1:]
        return s
    if kind == "double_space":
        idx = [i for i, ch in enumerate(s) if ch == " " and 0 < i < len(s) - 1]
        for i in sorted(rng.sample(idx, min(len(idx), rng.randint(1, 2))), reverse=True) if idx else []:
            s = s[:i] + "  " + s[i + 1:]
        return s
    if kind == "zwsp":
        words = [m for m in re.finditer(r"[^\W\d_]{4,}", s)]
        if not words:
            return s
        for m in sorted(rng.sample(words, min(len(words), rng.randint(1, 2))), key=lambda m: -m.start()):
            cut = m.start() + rng.randint(1, len(m.group()) - 1)
            s = s[:cut] + "\u200b" + s[cut:]
        return s
    return s


def _apply_faults(entries, row):
    rng = rng_for(row, "faults")
    if rng.random() >= FAULT_RATE:
        return entries, []
    kinds = rng.sample(FAULTS, rng.choice([1, 1, 2]))
    if "glue" in kinds:
        cands = [i for i, e in enumerate(entries) if e[0] == "body" and
                 any(a.endswith(".") and b[:1].isalpha() for a, b in zip(e[1], e[1][1:]))]
        if cands:
            i = rng.choice(cands)
            sents = list(entries[i][1])
            js = [j for j in range(len(sents) - 1) if sents[j].endswith(".") and sents[j + 1][:1].isalpha()]
            j = rng.choice(js)
            sents[j:j + 2] = [sents[j] + sents[j + 1]]
            entries = entries[:i] + [("body", sents)] + entries[i + 1:]
        else:
            kinds = [k for k in kinds if k != "glue"] or ["nbsp"]
            if "nbsp" not in kinds and len(kinds) == 0:
                kinds = ["nbsp"]
    per = [k for k in kinds if k in ("nbsp", "zwsp", "double_space")]
    out = []
    for role, val in entries:
        if role == "body":
            new = []
            for s in val:
                for k in per:
                    if rng.random() < 0.5:
                        s = _fault_string(s, k, rng)
                new.append(s)
            val = new
        else:
            for k in per:
                if rng.random() < 0.3:
                    val = _fault_string(val, k, rng)
        if "nfd" in kinds:
            val = [unicodedata.normalize("NFD", s) for s in val] if role == "body" else unicodedata.normalize("NFD", val)
        out.append((role, val))
    return out, kinds


def check_page(page):
    """Raise ValueError unless the page meets the whole contract."""
    def bad(msg):
        raise ValueError(f"page contract broken ({page.layout}): {msg}")
    if not isinstance(page.text, str) or not page.text:
        bad("empty text")
    if not page.body:
        bad("empty body")
    lines = page.text.split("\n")
    for ln in lines:
        if not ln.strip() or ln != ln.strip():
            bad(f"blank or unstripped line {ln!r}")
        if any(ch in ln for ch in "\r\u2028\u2029\x85\x0b\x0c\x1c\x1d\x1e"):
            bad("line break character inside a line")
    for s in page.body:
        if not isinstance(s, str) or not s or "\n" in s or s not in page.text:
            bad(f"body item not a substring {s!r}")
    for kind, ln in page.furniture:
        if kind not in KINDS:
            bad(f"kind {kind!r}")
    # walk the lines in order
    bi = fi = 0
    unl = []
    for ln in lines:
        if fi < len(page.furniture) and ln == page.furniture[fi][1]:
            fi += 1
            continue
        # body line: 1-4 consecutive body items joined by single spaces
        matched = False
        for k in range(1, 5):
            if bi + k <= len(page.body) and " ".join(page.body[bi:bi + k]) == ln:
                bi += k
                matched = True
                break
        if matched:
            continue
        unl.append(ln)
    if bi != len(page.body):
        bad("body items not all found in order, or body line holds other text")
    if fi != len(page.furniture):
        bad("furniture lines not all found in order")
    if len(unl) > 3:
        bad(f"too many unlabelled lines: {unl!r}")
    keys = {norm_key(s) for s in page.body}
    for kind, ln in page.furniture:
        if norm_key(ln) in keys:
            bad(f"furniture equals a body sentence: {ln!r}")
    return True


def build_page(k, row, title, article, related_pool):
    name, fn = LAYOUTS[k % len(LAYOUTS)]
    c = Ctx(row, name, related_pool)
    sentences, lead, tail, own_caps = extract_story(article)
    title = clean(title)
    blocks = fn(c, title)
    entries = []
    skip_byline = any(k == "byline" for k, _ in tail)
    after_body = False
    for b in blocks:
        if b[0] == "BODY":
            entries += _expand_body(c, b[1], sentences, lead, tail, own_caps)
            after_body = True
        elif after_body and skip_byline and b[0] == "byline":
            skip_byline = False
        else:
            entries.append(b)
    # drop furniture that collides with a body sentence or the title; tidy lines
    keys = {norm_key(s) for s in sentences}
    tidy = []
    for role, val in entries:
        if role == "body":
            tidy.append((role, val))
            continue
        val = clean(val)
        if not val:
            continue
        if role in KINDS and (norm_key(val) in keys or norm_key(val) == norm_key(title)):
            continue
        tidy.append((role, val))
    entries, faults = _apply_faults(tidy, row)
    lines, body, furniture, seen = [], [], [], set()
    for role, val in entries:
        if role == "body":
            body += val
            lines.append(" ".join(val))
        elif role in KINDS:
            furniture.append((role, val))
            lines.append(val)
        else:  # title / date / site: at most one each, unlabelled
            if role in seen:
                raise ValueError(f"second {role} line in layout {name}")
            seen.add(role)
            lines.append(val)
    page = Page("\n".join(lines), body, furniture, name)
    return page, faults


def pages_with_faults(train_path):
    body_rows, rel_rows = read_rows(train_path)
    pool = [related_material(t, a) for _, t, a in rel_rows]
    out = []
    for k, (row, title, article) in enumerate(body_rows):
        page, faults = build_page(k, row, title, article, pool)
        check_page(page)
        out.append((page, faults))
    return out


def pages(train_path):
    """Build one labelled page per usable body row; every page is checked."""
    return [p for p, _ in pages_with_faults(train_path)]


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 1:
        print("usage: make.py TRAIN_JSONL_GZ", file=sys.stderr)
        return 2
    got = pages_with_faults(argv[0])
    per_layout = collections.OrderedDict((n, collections.Counter()) for n in LAYOUT_NAMES)
    total = collections.Counter()
    faults = collections.Counter()
    for page, fl in got:
        cnt = per_layout[page.layout]
        cnt["pages"] += 1
        cnt["body"] += len(page.body)
        for kind, _ in page.furniture:
            cnt[kind] += 1
        if fl:
            faults["pages_with_faults"] += 1
        for f in fl:
            faults[f] += 1
    for cnt in per_layout.values():
        total.update(cnt)
    cols = ["pages", "body"] + list(KINDS)
    print("layout".ljust(28) + "".join(c.rjust(9) for c in cols))
    for name, cnt in per_layout.items():
        print(name.ljust(28) + "".join(str(cnt[c]).rjust(9) for c in cols))
    print("TOTAL".ljust(28) + "".join(str(total[c]).rjust(9) for c in cols))
    print("furniture lines: " + str(sum(total[k] for k in KINDS)))
    print("faults: " + ", ".join(f"{k}={faults[k]}" for k in ("pages_with_faults",) + FAULTS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
