#!/usr/bin/env python3
"""clean_test55 - blind held-out pages for the Vietnamese news-page cleaner.

Theme: the news story inside the rich formats Vietnamese outlets publish
(galleries, video, podcast, e-magazine, live blogs, price tables, ...),
scraped to plain text.

Usage: python eval/clean_test55/make.py /work/shared/data/vietnews_train.jsonl.gz

Standard library only.  Every random draw comes from
random.Random(f"test55|{SEED}|{row}|{purpose}").
"""
from __future__ import annotations

import gzip
import json
import random
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from typing import NamedTuple

SEED = 5555
BODY_ROWS = range(19_100, 19_200)
RELATED_ROWS = range(18_600, 18_700)
KINDS = ("byline", "credit", "caption", "related", "widget")


class Page(NamedTuple):
    text: str
    body: list
    furniture: list
    layout: str


def R(row, purpose):
    return random.Random(f"test55|{SEED}|{row}|{purpose}")


# ----------------------------------------------------------------------------
# normalisation used by the contract
# ----------------------------------------------------------------------------
_ZW = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"), None)


def norm(s):
    s = unicodedata.normalize("NFC", s).translate(_ZW)
    return "".join(s.split()).casefold()


# ----------------------------------------------------------------------------
# reading
# ----------------------------------------------------------------------------
def read_rows(path):
    want_last = max(BODY_ROWS.stop, RELATED_ROWS.stop) - 1
    body, related = {}, {}
    with gzip.open(path, "rb") as fh:
        for i, raw in enumerate(fh):
            if i > want_last:
                break
            if i not in BODY_ROWS and i not in RELATED_ROWS:
                continue
            if not raw.strip():
                continue
            try:
                d = json.loads(raw)
            except ValueError:
                continue
            if not isinstance(d, dict):
                continue
            t, a = d.get("title"), d.get("article")
            if not isinstance(t, str) or not isinstance(a, str) or not t.strip() or not a.strip():
                continue
            t = unicodedata.normalize("NFC", t)
            a = unicodedata.normalize("NFC", a)
            (body if i in BODY_ROWS else related)[i] = (" ".join(t.split()), a)
    return body, related


# ----------------------------------------------------------------------------
# sentence splitting
# ----------------------------------------------------------------------------
TERM = ".!?…"
ABBR = {
    "tp", "ts", "gs", "pgs", "ths", "bs", "ks", "mr", "mrs", "ms", "dr", "st", "co",
    "ltd", "inc", "jr", "sr", "no", "tt", "tw", "nxb", "tr", "vs", "p", "q", "ct",
    "cty", "sđt", "đt", "tx", "th", "pts", "lm", "nsnd", "nsưt", "gđ", "pgđ", "v.v",
    "etc", "vd", "tel", "pv", "btv", "ctv", "ttxvn",
}


def _upper_start(s):
    for ch in s:
        if ch in "\"“'(‘«[":
            continue
        return ch.isupper() or ch.isdigit()
    return False


def split_sentences(text):
    """Return (sentences, unterminated_tail)."""
    t = " ".join(text.split())
    prot_s = t.count('"') % 2 == 0
    prot_c = t.count("“") == t.count("”")
    out, start, in_s, depth, i, n = [], 0, False, 0, 0, len(t)

    def closes_sentence(i):
        j = i - 1
        while j >= 0 and t[j] == " ":
            j -= 1
        return j >= 0 and t[j] in TERM and i + 1 < n and t[i + 1] == " " and _upper_start(t[i + 2:i + 8])

    while i < n:
        ch = t[i]
        if ch == '"' and prot_s:
            in_s = not in_s
            if not in_s and depth == 0 and closes_sentence(i):
                out.append(t[start:i + 1].strip())
                start = i + 2
            i += 1
            continue
        if ch == "“" and prot_c:
            depth += 1
            i += 1
            continue
        if ch == "”" and prot_c:
            depth = max(0, depth - 1)
            if depth == 0 and not in_s and closes_sentence(i):
                out.append(t[start:i + 1].strip())
                start = i + 2
            i += 1
            continue
        if ch in TERM and not in_s and depth == 0:
            k = i
            while k + 1 < n and t[k + 1] in TERM:
                k += 1
            if k + 1 < n and t[k + 1] == " " and _upper_start(t[k + 2:k + 8]):
                if ch == "." and k == i:
                    m = re.search(r"(\S+)$", t[start:i])
                    tok = (m.group(1) if m else "").lower().lstrip("(\"“'")
                    if tok in ABBR or (len(tok) == 1 and tok.isalpha()) or "." in tok:
                        i = k + 1
                        continue
                out.append(t[start:k + 1].strip())
                start = k + 2
            i = k + 1
            continue
        i += 1
    rest = t[start:].strip()
    if rest and (rest[-1] in TERM or (rest[-1] in "\"”" and rest.rstrip("\"” ")[-1:] in TERM)):
        out.append(rest)
        rest = ""
    return [s for s in out if s], rest


BAD_MARKS = re.compile(
    r"(Ảnh\s*:|Ảnh minh ho|ảnh minh ho|Video\s*:|Clip\s*:|Nguồn\s*:|Đồ hoạ|Đồ họa|Infographic|"
    r"\(bìa |\(giữa\)|\(trái\)|\(phải\)|trong ảnh|Trong ảnh|>|\||http|www\.|\.vn\b|\.com\b|"
    r"Xem thêm|Xem video|Mời độc giả|Mời quý độc giả|Theo VnExpress)"
)
FUSED = re.compile(
    r"[a-zàáảãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵđ0-9] "
    r"(Theo|Trước|Sau|Sáng|Chiều|Tối|Trưa|Ngày|Trong|Tại|Hiện|Năm|Từ|Với|Khi|Đến|Cũng|Nhiều|"
    r"Những|Các|Một|Hai|Ba|Đây|Điều|Vụ|Lúc|Khoảng|Người|Do|Vì|Nếu|Còn|Ngoài|Bên|Ở|Tuy|Song|Nhưng|Riêng|"
    r"Việc|Cơ quan|Lực lượng|Ông|Bà|Chị|Lãnh đạo|Mỗi|Chiếc|Số|Ngay|Đồng thời|Cùng)\b"
)
FUSED_TIME = re.compile(r"(?<!\w)(\w+),? \d{1,2}h\d{0,2}\b")
TIME_PREP = {"lúc", "khoảng", "từ", "đến", "vào", "hồi", "tới", "trước", "sau", "gần", "hơn", "đầu", "cuối", "và", "tầm",
             "chừng", "trong", "qua", "quá", "đúng", "ngoài", "tận", "là", "có", "mất", "chỉ", "đã", "nay", "sáng", "chiều",
             "tối", "trưa", "đêm", "ngày", "rạng", "thì", "cho", "tại", "còn", "tiếp", "hết", "kéo", "dài", "về", "hoặc",
             "khi", "từ", "tới", "lúc", "suốt", "mãi", "chậm", "sớm", "muộn", "ít", "nhất", "mới", "sẽ", "bắt", "vòng"}


def _fused_time(s):
    for m in FUSED_TIME.finditer(s):
        if m.group(1).lower() not in TIME_PREP and not m.group(1).isdigit():
            return True
    return False


STORY_START = re.compile(
    r"^(Theo |Trong đó|Đặc biệt,|Cụ thể,|Trong khi đó|Tương tự,|Khi |Nếu |Đến |Ngày \d|Sáng |Chiều |Tối |Trưa |"
    r"Đêm |Rạng sáng|Khoảng |Trước đó|Sau đó|Ngoài ra|Tuy nhiên|Do đó|Vì vậy|Hiện nay|Hiện tại|Hiện,|Đây là|"
    r"Điều này|Như vậy|Bên cạnh đó|Mặt khác|Song |Nhưng |Riêng |Thậm chí|Lúc \d|Năm \d|Tháng \d|Hôm |"
    r"Trước đây|Từ năm|Đồng thời|Cùng ngày|Cũng theo|Để |Dù |Mặc dù|Chính vì|Vì |Do )"
)
SPEECH = re.compile(r"\b(cho biết|cho hay|nói|khẳng định|thừa nhận|chia sẻ|nhấn mạnh|đề nghị|thông tin|giải thích|phân tích|"
                    r"nhận định|cho rằng|tiết lộ|xác nhận|thông báo)( rằng|,|:)")


def _storyish(s):
    return bool(STORY_START.match(s) or SPEECH.search(s))


def _quotes_ok(s):
    return s.count('"') % 2 == 0 and s.count("“") == s.count("”")


def _has_quote(s):
    return '"' in s or "“" in s


def extract_story(title, article):
    """Sentences we are sure are story, plus an optional (kind, line) tail."""
    sents, tail = split_sentences(article)
    tn = norm(title)
    keep = []
    last = len(sents) - 1
    for idx, s in enumerate(sents):
        w = len(s.split())
        nxt = sents[idx + 1] if idx + 1 < len(sents) else tail
        if re.match(r"(Ảnh|ẢNH|Video|Clip|Nguồn)\b", nxt or ""):
            continue   # this sentence is a photo caption followed by its credit
        if not _quotes_ok(s) or BAD_MARKS.search(s) or FUSED.search(s) or _fused_time(s):
            continue
        if w > 90 or w < 4:
            continue
        if norm(s) == tn:
            continue
        sure = _has_quote(s) or _storyish(s)
        if idx == 0:
            if w <= 25 and not sure:
                continue   # may be the original photo caption
        elif idx == last and not tail:
            if w <= 24 and not sure:
                continue   # a closing caption is common in this corpus
        elif w <= 20 and not sure:
            continue       # short descriptive line: might be a caption
        if s[0].islower():
            continue
        keep.append(s)
    tail_item = None
    tw = tail.split()
    if tail and 1 <= len(tw) <= 6 and not re.search(r"[0-9>|:;,()\[\]]", tail):
        if tw[0] == "Theo" and len(tw) >= 2:
            tail_item = ("credit", tail)
        elif all(x[:1].isupper() or x in ("-", "–", "và") for x in tw) and len(tw) >= 2:
            tail_item = ("byline", tail)
    # de-duplicate equal sentences
    seen, final = set(), []
    for s in keep:
        k = norm(s)
        if k in seen:
            continue
        seen.add(k)
        final.append(s)
    return final, tail_item


# ----------------------------------------------------------------------------
# related material (only from RELATED_ROWS)
# ----------------------------------------------------------------------------
class RelItem(NamedTuple):
    row: int
    title: str
    teaser: str      # cut with … / ...
    caption: str     # a borrowed short opening sentence, maybe ""
    cap_credit: str  # "Ảnh: X" following it, maybe ""


def build_related(related):
    items = []
    for row in sorted(related):
        title, art = related[row]
        head = art[:1200]
        sents, _ = split_sentences(head)
        cap, capcred = "", ""
        if sents:
            s0 = sents[0]
            if len(s0.split()) <= 18 and _quotes_ok(s0) and not _has_quote(s0) and "Ảnh" not in s0:
                cap = s0
                if len(sents) > 1 and re.fullmatch(r"Ảnh\s*:\s*[^.]{2,40}\.", sents[1]):
                    capcred = sents[1][:-1]
        teaser = ""
        for s in sents[1 if cap else 0:]:
            w = s.split()
            if len(w) >= 18 and _quotes_ok(s) and not _has_quote(s):
                rr = R(row, "teaser")
                cut = rr.randint(12, min(22, len(w) - 3))
                teaser = " ".join(w[:cut]).rstrip(",;:") + rr.choice(["…", "...", " …", "…"])
                break
        items.append(RelItem(row, title, teaser, cap, capcred))
    return items


# ----------------------------------------------------------------------------
# invented vocabulary
# ----------------------------------------------------------------------------
SURN = "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Lương Tạ Mai Trịnh Kiều La Thái Quách Lưu Cao Tôn".split()
MID = "Văn Thị Minh Hữu Quốc Thanh Ngọc Đức Thu Hoài Bảo Gia Xuân Kim Công Diệu Phương Tường".split()
GIV = ("An Bình Châu Dũng Giang Hà Hải Hạnh Hiếu Hùng Khang Khoa Lam Linh Long Mai Nam Nga Nhi Phong Phúc "
       "Quân Sơn Tâm Thảo Trang Trí Tú Tuấn Vy Yến Lộc Đạt Uyên Kha Thư Duyên Khuê Lâm Nhân Quyên Tín Vĩnh").split()

OUTLETS = [
    ("Báo Sông Lam Online", "SLO", "songlamonline.vn"),
    ("Tin Nhanh Cửu Long", "TNCL", "tinnhanhcuulong.vn"),
    ("Thời báo Bạch Đằng", "TBBĐ", "thoibaobachdang.vn"),
    ("Phố Hiến 24h", "PH24h", "phohien24h.com.vn"),
    ("Báo điện tử Trường Sơn Xanh", "TSX", "truongsonxanh.vn"),
    ("Người Đô Thị Mới", "NĐTM", "nguoidothimoi.vn"),
    ("Miền Trung Plus", "MTP", "mientrungplus.vn"),
    ("Nhịp Sống Số", "NSS", "nhipsongso.net"),
    ("Tây Nguyên Today", "TNT", "taynguyentoday.vn"),
    ("Kinh tế & Thị trường Hôm nay", "KTTT", "kinhtethitruonghomnay.vn"),
    ("Đài PT-TH Hòn Ngọc", "HNTV", "honngoctv.vn"),
    ("Tạp chí Phương Nam Xanh", "PNX", "phuongnamxanh.vn"),
    ("Cổng tin Vạn Xuân", "VX", "vanxuan.news"),
    ("Báo Biên Cương Ngày Nay", "BCNN", "biencuongngaynay.vn"),
    ("Thông tấn Mekong", "TTMK", "thongtanmekong.vn"),
    ("Đọc Nhanh 365", "ĐN365", "docnhanh365.vn"),
    ("Báo Hải Vân Online", "HVO", "haivanonline.vn"),
    ("Saigon Riverside Post", "SRP", "saigonriversidepost.com"),
    ("Tin Tức Lạc Hồng", "TTLH", "tintuclachong.vn"),
    ("Nông Thôn Ngày Mới", "NTNM", "nongthonngaymoi.vn"),
]
SECTIONS = ["Thời sự", "Xã hội", "Pháp luật", "Kinh doanh", "Thế giới", "Giải trí", "Thể thao", "Giáo dục",
            "Sức khỏe", "Đời sống", "Du lịch", "Công nghệ", "Xe", "Bất động sản", "Ý kiến", "Bạn đọc",
            "Video", "Podcast", "Infographic", "Emagazine", "Văn hóa", "Quốc phòng", "Nông thôn mới"]
SUBSECT = ["Giao thông", "Đô thị", "Môi trường", "Chính trị", "Dân sinh", "Hồ sơ", "An ninh trật tự",
           "Điều tra", "Phóng sự", "Tin nóng", "Quốc hội", "Lao động - Việc làm"]
BRANDS = ["Nệm Thiên Phúc", "Ví điện tử PayMi", "Bảo hiểm An Gia Life", "Sữa hạt Mộc Lâm", "Điện máy Tân Kỳ",
          "Ngân hàng số Hưng Thịnh", "Căn hộ Riverlake Garden", "Xe điện Volto", "Nha khoa Ánh Dương",
          "Du lịch Cánh Diều", "Trà xanh Lộc Sơn", "Siêu thị Gia Mart", "Điện thoại Nexa X5",
          "Sơn nội thất Hải Âu", "Khóa học tiếng Anh EngPro", "Bia Đại Hải"]
STREETS = ["Trần Phú", "Lê Lợi", "Hùng Vương", "Nguyễn Huệ", "Bạch Đằng", "Phan Chu Trinh", "Lý Thường Kiệt",
           "Hai Bà Trưng", "Quang Trung", "Điện Biên Phủ"]
CITIES = ["TP Vinh", "Cần Thơ", "Đà Nẵng", "Hải Phòng", "Quy Nhơn", "Buôn Ma Thuột", "Hà Nội", "TP HCM", "Huế", "Nha Trang"]
PLACES = ["xã Tân Hòa", "phường Bến Đá", "huyện Hòa Vang", "thị trấn Phong Điền", "khu phố 3", "xã Ea Tiêu",
          "phường An Khê", "xã Kim Sơn", "thôn Đông Yên"]
TITLES_POS = ["Giám đốc Sở Giao thông vận tải", "Phó chủ tịch UBND", "Trưởng phòng Cảnh sát giao thông Công an",
              "Giám đốc Sở Y tế", "Phó giám đốc Công an", "Chánh văn phòng UBND", "Giám đốc Sở Tài nguyên và Môi trường",
              "Chi cục trưởng Chi cục Thủy lợi", "Trưởng ban Dân tộc", "Giám đốc Sở Công thương"]
PROVS = ["tỉnh Bình Định", "tỉnh Nghệ An", "TP Cần Thơ", "tỉnh Quảng Nam", "tỉnh Đắk Lắk", "TP Hải Phòng", "tỉnh Lâm Đồng",
         "tỉnh Kiên Giang", "tỉnh Thanh Hóa", "tỉnh Bắc Giang"]


def slug(s):
    s = unicodedata.normalize("NFD", s.replace("Đ", "D").replace("đ", "d"))
    return "".join(ch for ch in s.lower() if ch.isascii() and ch.isalnum())


class Vocab:
    def __init__(self, rng):
        self.r = rng

    def full(self):
        r = self.r
        return f"{r.choice(SURN)} {r.choice(MID)} {r.choice(GIV)}"

    def short(self):
        r = self.r
        return f"{r.choice(MID + GIV)} {r.choice(GIV)}"

    def phone(self):
        r = self.r
        return r.choice([
            f"0{r.randint(200, 299)} {r.randint(3, 3)} {r.randint(100, 999)} {r.randint(100, 999)}",
            f"1900 {r.randint(1000, 9999)}", f"09{r.randint(10, 99)}.{r.randint(100, 999)}.{r.randint(100, 999)}",
            f"(028) {r.randint(3800, 3999)} {r.randint(1000, 9999)}",
        ])

    def time(self):
        return f"{self.r.randint(5, 23):02d}:{self.r.randint(0, 59):02d}"

    def dmy(self, year):
        return f"{self.r.randint(1, 28):02d}/{self.r.randint(1, 12):02d}/{year}"

    def num(self, a, b):
        return self.r.randint(a, b)


# ----------------------------------------------------------------------------
# page context
# ----------------------------------------------------------------------------
class Ctx:
    def __init__(self, row, title, sents, tail, rel_items, layout):
        self.row = row
        self.title = title
        self.rng = R(row, "layout")
        self.v = Vocab(R(row, "vocab"))
        self.tail = tail
        self.layout = layout
        self.outlet = OUTLETS[R(row, "outlet").randrange(len(OUTLETS))]
        self.year = R(row, "year").randint(2015, 2019)
        # paragraphs
        rp = R(row, "paras")
        paras, i = [], 0
        while i < len(sents):
            k = rp.choices([1, 2, 3, 4], [18, 40, 30, 12])[0]
            paras.append(sents[i:i + k])
            i += k
        self.paras = paras
        # related pool (filtered against this page's body and title)
        bad = {norm(s) for s in sents} | {norm(title)}
        rr = R(row, "related")
        tw = {w.casefold() for w in re.findall(r"[\wÀ-ỹ]+", title) if len(w) > 2}

        def overlap(it):
            return len(tw & {w.casefold() for w in re.findall(r"[\wÀ-ỹ]+", it.title + " " + it.caption)})

        pool = [it for it in rel_items if norm(it.title) not in bad]
        rr.shuffle(pool)
        pool.sort(key=lambda it: -min(overlap(it), 3))   # topical items first (stable sort keeps shuffle)
        self.rel = pool
        self.rel_i = 0
        self.bad = bad
        caps = [it for it in rel_items if it.caption and norm(it.caption) not in bad]
        rr.shuffle(caps)
        caps.sort(key=lambda it: -min(overlap(it), 3))
        self.rcaps = caps
        self.rcap_i = 0
        self.words = [w for w in re.findall(r"[\wÀ-ỹ]+", title) if len(w) > 1]

    # ---- related ----
    def rel_item(self):
        it = self.rel[self.rel_i % len(self.rel)]
        self.rel_i += 1
        return it

    def rel_title(self):
        return self.rel_item().title

    def rel_teaser(self):
        for _ in range(len(self.rel)):
            it = self.rel_item()
            if it.teaser and norm(it.teaser) not in self.bad:
                return it
        return self.rel_item()

    def rel_caption(self):
        it = self.rcaps[self.rcap_i % len(self.rcaps)]
        self.rcap_i += 1
        return it

    # ---- invented furniture ----
    def site_line(self):
        name = self.outlet[0]
        return self.rng.choice([name, name.upper(), f"{name} - Tin tức 24h", f"{self.outlet[2]}", f"{name} | {self.outlet[2]}"])

    def date_line(self):
        r = self.rng
        d = self.v.dmy(self.year)
        for p in self.paras:
            m = re.search(r"\b(\d{1,2})/(\d{1,2})\b", " ".join(p))
            if m and 1 <= int(m.group(1)) <= 31 and 1 <= int(m.group(2)) <= 12:
                d = f"{int(m.group(1)):02d}/{int(m.group(2)):02d}/{self.year}"
                break
        t = self.v.time()
        wd = r.choice(["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật", "THỨ NĂM", "Thứ 4"])
        return r.choice([
            f"{wd}, {d} - {t}", f"{wd}, {d}, {t} (GMT+7)", f"{d} {t}", f"Cập nhật: {t} {d}",
            f"{t} | {wd} {d}", f"Ngày {d}", f"{d} | {t} GMT+7", f"Đăng lúc {t} ngày {d}",
        ])

    def tags(self):
        r = self.rng
        t = self.title
        names = re.findall(r"(?<!^)(?<![.:'] )((?:[A-ZĐÀ-Ỹ][\wÀ-ỹ]*)(?: [A-ZĐÀ-Ỹ][\wÀ-ỹ]*)+)", t)
        tags = []
        for nm in names:
            if nm not in tags and len(nm) > 3:
                tags.append(nm)
        tags += r.sample(["tai nạn giao thông", "tin nóng", "thời sự", "điều tra", "dân sinh", "kinh tế", "an toàn",
                          "chính sách", "hỏa hoạn", "Quốc hội", "môi trường", "xử phạt"], r.randint(2, 4))
        style = r.randrange(5)
        if style == 0:
            return [("widget", "Tags: " + ", ".join(tags))]
        if style == 1:
            return [("widget", "#" + " #".join(x.replace(" ", "") for x in tags))]
        if style == 2:
            return [("widget", "TỪ KHÓA"), ("widget", " · ".join(tags))]
        if style == 3:
            return [("widget", "Chủ đề:")] + [("widget", x) for x in tags[:4]]
        return [("widget", "🏷 " + " / ".join(tags))]

    def byline(self, pos="bottom"):
        """The article's own tail when usable, else an invented byline."""
        r = self.rng
        if self.tail and r.random() < 0.8:
            kind, t = self.tail
            if kind == "byline":
                t = r.choice([t, t, t.upper(), f"{t} ({self.outlet[1]})", f"Bài, ảnh: {t}", f"{t}/{self.outlet[1]}"])
            return (kind, t)
        n = self.v.short()
        return ("byline", r.choice([n, n.upper(), f"{n} - {self.v.short()}", f"PV {n}", f"{n} (TTX-{self.outlet[1]})",
                                    f"Nhóm PV {self.outlet[1]}", f"Tác giả: {self.v.full()}", f"{n} thực hiện", f"{n}/{self.outlet[1]}"]))

    def photo_credit(self):
        r = self.rng
        n = self.v.short()
        return r.choice([f"Ảnh: {n}", f"Ảnh: {n}/{self.outlet[1]}", f"(Ảnh: {n})", f"ẢNH: {n.upper()}",
                         f"Ảnh: Tư liệu", f"Ảnh: CTV", f"Ảnh: {self.outlet[1]}", f"Nguồn ảnh: Công an {r.choice(CITIES)}",
                         f"Ảnh: Cắt từ clip", f"Ảnh: Người dân cung cấp", f"Ảnh minh họa: {n}"])

    def invented_caption(self):
        r = self.rng
        v = self.v
        k = r.randrange(7)
        if k == 0:
            return f"{r.choice(['Ông', 'Bà'])} {v.full()}, {r.choice(TITLES_POS)} {r.choice(PROVS)}."
        if k == 1:
            return f"{r.choice(['Ông', 'Bà'])} {v.full()} ({r.choice(['bìa trái', 'giữa', 'thứ hai từ phải sang', 'áo trắng'])}) trao đổi với phóng viên."
        if k == 2:
            return r.choice([
                "Lực lượng chức năng có mặt tại hiện trường.", "Khu vực được rào chắn, cắm biển cảnh báo.",
                "Quang cảnh buổi làm việc.", "Người dân tập trung theo dõi sự việc.",
                "Toàn cảnh khu vực nhìn từ trên cao.", "Phương tiện được đưa về trụ sở để xử lý.",
                "Hiện trường sau khi được dọn dẹp.", "Cán bộ kiểm tra hồ sơ tại chỗ.",
                "Một góc khu vực xảy ra sự việc.", "Nhiều hộ dân sống gần khu vực này.",
                "Tang vật được thu giữ.", "Đại biểu dự buổi họp báo chiều qua.",
            ])
        if k == 3:
            return f"{r.choice(['Khu vực', 'Tuyến đường', 'Điểm nóng'])} {r.choice(PLACES)}, {r.choice(CITIES)}, {r.choice(['sáng nay', 'chiều qua', 'hôm 12/' + str(r.randint(1, 12)), 'nhìn từ flycam'])}."
        if k == 4:
            return f"{r.choice(['Quang cảnh', 'Toàn cảnh', 'Bên trong'])} {r.choice(['hội nghị', 'phiên họp', 'công trường', 'trụ sở cơ quan', 'khu dân cư'])}. {self.photo_credit()}"
        if k == 5:
            return f"{v.full()} tại {r.choice(['buổi làm việc', 'hiện trường', 'phiên tòa', 'cuộc họp báo'])}. Ảnh: {v.short()}"
        return f"Ảnh minh họa."

    def caption(self, with_credit=None):
        r = self.rng
        if self.rcaps and r.random() < 0.4:
            it = self.rel_caption()
            c = it.caption
            if it.cap_credit and r.random() < 0.6:
                c = f"{c} {it.cap_credit}"
            elif with_credit or (with_credit is None and r.random() < 0.3):
                c = f"{c} {self.photo_credit()}"
            return c
        c = self.invented_caption()
        if (with_credit or (with_credit is None and r.random() < 0.25)) and "Ảnh" not in c:
            c = f"{c} {self.photo_credit()}"
        return c

    def sign(self):
        r = self.rng
        out = [self.byline()]
        if r.random() < 0.4:
            cr = ("credit", self.other_source())
            out = [cr] + out if r.random() < 0.3 else out + [cr]
        return out

    def other_source(self):
        r = self.rng
        src = r.choice([o for o in OUTLETS if o != self.outlet])
        return r.choice([f"Theo {src[0]}", f"(Theo {src[1]})", f"Nguồn: {src[0]}", f"Theo {src[2]}",
                         f"* Thông tin trong bài được tham khảo từ {src[0]}", f"Nguồn tin: {src[0]}"])

    def image_mark(self):
        r = self.rng
        n = r.randint(1000, 9999)
        return r.choice(["[Ảnh]", "(ảnh)", f"IMG_{n}.jpg", "🖼", "Phóng to", "Ảnh", "[hình ảnh]",
                         "Nhấn để phóng to ảnh", f"anh-{n}.webp", "▣", "[image]", "Xem ảnh lớn ⤢"])

    def related_line(self, style=None):
        r = self.rng
        style = r.randrange(9) if style is None else style
        t = self.rel_title()
        if style == 0:
            return f"{t} ({r.randint(1, 28)}/{r.randint(1, 12)})"
        if style == 1:
            return f"{self.v.time()} {self.v.dmy(self.year)} | {t}"
        if style == 2:
            return f"» {t}"
        if style == 3:
            it = self.rel_teaser()
            return it.teaser or it.title
        if style == 4:
            return f"Xem thêm: {t}"
        if style == 5:
            return f"{t} {r.choice([' | ', ' • ', ' // ', ' - '])}{self.rel_title()}"
        if style == 6:
            return f"{r.choice(['[Video]', '[Ảnh]', '(Clip)', 'VIDEO:', '[Infographic]'])} {t}"
        if style == 7:
            return f"{t} - {r.randint(2, 23)} giờ trước"
        return t

    def related_block(self, n=None, heading=True):
        r = self.rng
        n = n or r.randint(3, 5)
        out = []
        if heading:
            out.append(("widget", r.choice(["TIN LIÊN QUAN", "Tin liên quan:", "Đọc thêm", "CÓ THỂ BẠN QUAN TÂM",
                                            "Bài viết cùng chủ đề", "Tin cùng chuyên mục", "Tin khác ›", "ĐỌC TIẾP",
                                            "📌 Xem thêm", "Cùng chuyên mục"])))
        st = r.randrange(9)
        for _ in range(n):
            out.append(("related", self.related_line(st if r.random() < 0.6 else None)))
        return out

    def share_row(self):
        r = self.rng
        return [("widget", r.choice([
            "Chia sẻ Facebook Zalo Twitter", "👍 Thích 0 | Chia sẻ", "In bài | Gửi email | Lưu tin",
            "Chia sẻ bài viết:", "f  t  in  ✉", "Zalo  Facebook  Copy link", "Thích Chia sẻ 128",
            "🔗 Sao chép liên kết", "SHARE", "Gửi bài viết qua email", "Lưu ❤ Chia sẻ ↗", "A- A+ | In | Chia sẻ",
            f"{r.randint(2, 900)} lượt chia sẻ", "Bình luận (0) · Chia sẻ · Lưu",
        ]))]

    def ad(self):
        r = self.rng
        b = r.choice(BRANDS)
        return r.choice([
            [("widget", "Quảng cáo"), ("widget", f"{b} - ưu đãi đến {r.randint(10, 60)}%, mua ngay!")],
            [("widget", "ADVERTISEMENT")],
            [("widget", f"Tài trợ bởi {b}")],
            [("widget", "- Quảng cáo -"), ("widget", f"{b}: Gọi ngay {self.v.phone()} để được tư vấn miễn phí")],
            [("widget", f"🔥 {b} - Flash sale cuối tuần, số lượng có hạn"), ("widget", "Xem ngay »")],
            [("widget", "Ad"), ("widget", f"{b}"), ("widget", "Tìm hiểu thêm")],
            [("widget", "Nội dung tài trợ"), ("widget", f"{b} ra mắt phiên bản mới tại {r.choice(CITIES)}")],
        ])

    def nav(self):
        r = self.rng
        secs = r.sample(SECTIONS, r.randint(5, 9))
        st = r.randrange(5)
        if st == 0:
            return [("widget", " | ".join(secs))]
        if st == 1:
            return [("widget", "☰ Menu"), ("widget", "  ".join(secs))]
        if st == 2:
            return [("widget", s) for s in secs[:r.randint(4, 7)]]
        if st == 3:
            return [("widget", "TRANG CHỦ"), ("widget", " · ".join(s.upper() for s in secs))]
        return [("widget", " / ".join(secs)), ("widget", "🔍 Tìm kiếm")]

    def breadcrumb(self):
        r = self.rng
        a, b = r.choice(SECTIONS), r.choice(SUBSECT)
        return [("widget", r.choice([f"Trang chủ > {a} > {b}", f"{a} › {b}", f"{a.upper()} / {b}", f"Home » {a}", a]))]

    def topbar(self):
        r = self.rng
        out = []
        if r.random() < 0.5:
            out.append(("widget", r.choice(["Đăng nhập | Đăng ký", "Đăng nhập", "👤 Tài khoản", "Đăng nhập / Tạo tài khoản"])))
        if r.random() < 0.5:
            out.append(("widget", f"Hotline: {self.v.phone()}"))
        if r.random() < 0.4:
            out.append(("widget", r.choice(["Hà Nội 27°C", "TP HCM 33°C ☀", "Đà Nẵng 29°C ⛅", "Hôm nay: 31°C"])))
        return out

    def newsletter(self):
        r = self.rng
        return r.choice([
            [("widget", "Đăng ký nhận bản tin"), ("widget", "Nhập email của bạn"), ("widget", "Đăng ký")],
            [("widget", f"Theo dõi {self.outlet[0]} trên Google News")],
            [("widget", "Nhận thông báo tin mới nhất"), ("widget", "Cho phép   Để sau")],
            [("widget", f"Tải ứng dụng {self.outlet[1]}: App Store | Google Play")],
        ])

    def footer(self):
        r = self.rng
        o = self.outlet
        pool = [
            f"© {self.year} {o[0]}. Bảo lưu mọi quyền.",
            f"Giấy phép hoạt động báo điện tử số {r.randint(10, 599)}/GP-BTTTT ngày {self.v.dmy(self.year - r.randint(1, 5))}",
            f"Tổng biên tập: {self.v.full()}",
            f"Tòa soạn: {r.randint(1, 300)} {r.choice(STREETS)}, {r.choice(CITIES)}",
            f"Điện thoại: {self.v.phone()} - Email: toasoan@{o[2]}",
            "Liên hệ quảng cáo | Điều khoản sử dụng | Chính sách bảo mật",
            f"Ghi rõ nguồn \"{o[0]}\" khi phát hành lại thông tin từ website này.",
            "Về đầu trang ↑",
            f"Hotline quảng cáo: {self.v.phone()}",
            "Cơ quan chủ quản: Hội Nhà báo tỉnh",
            "RSS | Sitemap | Liên hệ",
        ]
        return [("widget", x) for x in r.sample(pool, r.randint(3, 6))]

    def most_read(self):
        r = self.rng
        out = [("widget", r.choice(["ĐỌC NHIỀU NHẤT", "Xem nhiều", "Tin đọc nhiều 24h", "🔥 Nóng nhất", "TOP TIN"]))]
        st = r.randrange(4)
        for i in range(r.randint(3, 5)):
            t = self.rel_title()
            out.append(("related", [f"{i + 1}. {t}", f"{i + 1} {t}", f"0{i + 1} — {t}", f"#{i + 1} {t}"][st]))
        return out

    def comments(self, n=None):
        r = self.rng
        v = self.v
        n = n or r.randint(2, 4)
        texts = [
            "Mong cơ quan chức năng sớm làm rõ, xử lý nghiêm.", "Đọc mà thấy thương quá 😢",
            "Bài viết rất hay, cảm ơn phóng viên!", "Cần kiểm tra lại toàn bộ các nơi khác nữa chứ không riêng chỗ này",
            "Chuyện này năm nào cũng nói mà có thay đổi gì đâu", "Ủng hộ quyết định này 👍👍",
            "Ai ở gần đó cho hỏi tình hình giờ sao rồi ạ?", "Trách nhiệm thuộc về ai đây???",
            "Hy vọng mọi người bình an.", "quá bức xúc luôn", "Đồng ý với bạn ở trên.",
            "Sao đến giờ mới xử lý vậy nhỉ", "Like mạnh cho ý kiến này", "Đề nghị báo theo dõi tiếp vụ này.",
        ]
        out = [("widget", r.choice([f"Bình luận ({r.randint(3, 150)})", "Ý KIẾN BẠN ĐỌC", "💬 Bình luận", "Thảo luận"]))]
        if r.random() < 0.6:
            out.append(("widget", r.choice(["Mới nhất | Cũ nhất | Quan tâm nhất", "Sắp xếp theo: Hay nhất ▾", "Tất cả bình luận"])))
        picked = r.sample(texts, n + 2)
        for j in range(n):
            name = r.choice([v.full(), v.short(), v.short().lower().replace(" ", "") + str(r.randint(1, 99)), "Khách"])
            txt = picked[j]
            st = r.randrange(3)
            if st == 0:
                out.append(("widget", f"{name}: {txt}"))
            elif st == 1:
                out.append(("widget", name))
                out.append(("widget", txt))
            else:
                out.append(("widget", f"{txt} — {name}, {r.choice(CITIES)}"))
            out.append(("widget", r.choice([f"Trả lời · Thích {r.randint(0, 80)} · {r.randint(1, 23)} giờ trước",
                                            f"{v.time()} {v.dmy(self.year)}", "Trả lời", f"👍 {r.randint(1, 300)}",
                                            f"Thích  Trả lời  {r.randint(2, 50)} phút"])))
            if r.random() < 0.35:
                out.append(("widget", f"↳ {v.short()}: {picked[-1]}"))
        out.append(("widget", r.choice(["Xem thêm bình luận", f"Xem tất cả {r.randint(5, 90)} bình luận", "Gửi bình luận",
                                        "Ý kiến của bạn sẽ được biên tập trước khi đăng. Xin vui lòng gõ tiếng Việt có dấu.",
                                        "Viết bình luận..."])))
        return out


# ----------------------------------------------------------------------------
# layout helpers
# ----------------------------------------------------------------------------
def weave(ctx, inserts, lead=0, drop_extra=False):
    """Body paragraphs with insert blocks placed between them.

    inserts: list of callables returning spec lists; placed at random gaps.
    """
    r = ctx.rng
    paras = ctx.paras
    gaps = list(range(1, len(paras)))  # after paragraph i-1
    out = []
    where = defaultdict(list)
    free = gaps[:]
    r.shuffle(free)
    for f in inserts:
        if free:
            g = free.pop()
        elif drop_extra:
            continue
        else:
            g = r.choice(gaps) if gaps else len(paras)
        where[g].append(f)
    for i, p in enumerate(paras):
        for f in where.get(i, []):
            out += f()
        out.append(("body", list(p)))
    for f in where.get(len(paras), []):
        out += f()
    return out


def head(ctx, title_first=True, date=True, site=True):
    out = []
    if site:
        out.append(("site", ctx.site_line()))
    return out


def photo(ctx, mark=None, cap_above=False, credit_line=None, with_credit=None):
    r = ctx.rng
    out = []
    m = ("widget", ctx.image_mark())
    c = ("caption", ctx.caption(with_credit))
    mark = r.random() < 0.65 if mark is None else mark
    if mark and not cap_above:
        out.append(m)
    out.append(c)
    if mark and cap_above:
        out.append(m)
    if credit_line or (credit_line is None and r.random() < 0.45 and "Ảnh" not in c[1]):
        out.append(("credit", ctx.photo_credit().strip("()")))
    return out


# ----------------------------------------------------------------------------
# layouts (each returns a list of specs)
# ----------------------------------------------------------------------------
def L_standard_photo(c):
    r = c.rng
    s = c.topbar() + [("site", c.site_line())] + c.nav() + c.breadcrumb()
    s += [("title", c.title), ("date", c.date_line())] + c.share_row()
    p = c.paras
    s.append(("body", p[0]))
    s += photo(c)
    s += weave_rest(c, 1, [lambda: c.related_block(r.randint(1, 2), heading=r.random() < 0.5), lambda: c.ad(), lambda: photo(c)])
    s += c.sign()
    if r.random() < 0.6:
        s.append(("credit", c.other_source()))
    s += c.tags() + c.related_block() + c.most_read() + c.footer()
    return s


def weave_rest(c, start, inserts):
    saved = c.paras
    c.paras = saved[start:]
    try:
        return weave(c, inserts)
    finally:
        c.paras = saved


def L_gallery(c):
    r = c.rng
    n = r.randint(6, 10)
    s = [("site", c.site_line())] + c.nav()
    s += [("widget", r.choice(["PHÓNG SỰ ẢNH", "Ảnh", "📷 Photo story", "Chuyện qua ảnh", "GALLERY"]))]
    s += [("title", c.title), ("date", c.date_line()), ("widget", f"{n} ảnh"), c.byline()]
    s.append(("body", c.paras[0]))
    idx = [0]

    def ph():
        idx[0] += 1
        k = idx[0]
        out = [("widget", r.choice([f"{k}/{n}", f"Ảnh {k}/{n}", f"[{k} / {n}]", f"‹ {k} of {n} ›", f"{k} trên {n}"]))]
        if r.random() < 0.5:
            out.append(("widget", c.image_mark()))
        out.append(("caption", c.caption(with_credit=r.random() < 0.4)))
        return out

    s += weave_rest(c, 1, [ph for _ in range(n)])
    s += [("widget", r.choice(["⟵ Ảnh trước   Ảnh sau ⟶", "Xem toàn màn hình", "Tải ảnh gốc", "Tự động chuyển ảnh ▶"]))]
    s += [("widget", r.choice(["PHÓNG SỰ ẢNH KHÁC", "Ảnh khác", "Album mới"]))]
    for _ in range(r.randint(2, 4)):
        s.append(("related", f"{c.rel_title()} ({r.randint(5, 30)} ảnh)"))
    s += c.share_row() + c.footer()
    return s


def L_video(c):
    r = c.rng
    dur = f"{r.randint(0, 9):02d}:{r.randint(0, 59):02d}"
    s = [("site", c.site_line())] + c.nav() + [("widget", "VIDEO")]
    s += [("title", c.title)]
    s += [("widget", r.choice(["▶", "▶ Phát", "►"])), ("widget", f"00:00 / {dur}"),
          ("widget", r.choice(["🔊  ⚙ HD  ⛶", "Tắt tiếng | Chất lượng 720p | Toàn màn hình", "CC  1x  ⛶"])),
          ("widget", r.choice(["Quảng cáo sẽ kết thúc sau 5 giây", "Bỏ qua quảng cáo ›", "Video đang tải..."]))]
    s += [("caption", r.choice(["Video: ", "Clip: ", "🎬 "]) + c.caption(with_credit=False).rstrip(".") + r.choice([".", " (Video: " + c.v.short() + ")", ""]))]
    s += [("date", c.date_line())]
    s += weave(c, [lambda: c.ad()])
    s += c.sign()
    s += [("widget", r.choice(["VIDEO KHÁC", "Video liên quan", "Xem tiếp", "Video đang được xem nhiều"]))]
    for _ in range(r.randint(3, 5)):
        d2 = f"{r.randint(0, 5):02d}:{r.randint(0, 59):02d}"
        s.append(("related", r.choice([f"{c.rel_title()} {d2}", f"▶ {c.rel_title()}", f"{d2} | {c.rel_title()}"])))
    s += [("widget", r.choice(["Tự động phát: BẬT", "Autoplay ◉", "Đăng ký kênh"]))]
    s += c.comments(2) + c.footer()
    return s


def L_infographic(c):
    r = c.rng
    s = [("site", c.site_line())] + c.breadcrumb() + [("widget", "INFOGRAPHIC")]
    s += [("title", c.title), ("date", c.date_line())]
    s.append(("body", c.paras[0]))
    s += [("widget", "[Infographic]"), ("widget", r.choice(["Nhấn vào ảnh để xem kích thước lớn", "Bấm để phóng to", "Chạm để xem chi tiết"])),
          ("credit", f"Đồ họa: {c.v.short()}"),
          ("credit", r.choice(["Nguồn số liệu: Tổng cục Thống kê", f"Nguồn: Sở Giao thông vận tải {r.choice(CITIES)}",
                              "Nguồn: Bộ Công an", "Số liệu: Ban Chỉ đạo tỉnh"])),
          ("widget", r.choice(["⬇ Tải infographic (PDF, 2,3 MB)", "Lưu ảnh", "Tải về"]))]
    s += weave_rest(c, 1, [lambda: [("widget", "[Infographic]"), ("credit", f"Thiết kế: {c.v.short()}")]])
    s += c.sign()
    s += [("widget", r.choice(["INFOGRAPHIC KHÁC", "Đồ họa khác"]))]
    s += [("related", f"[Infographic] {c.rel_title()}") for _ in range(r.randint(2, 4))]
    s += c.share_row() + c.newsletter() + c.footer()
    return s


def L_podcast(c):
    r = c.rng
    dur = f"{r.randint(2, 14):02d}:{r.randint(0, 59):02d}"
    s = [("site", c.site_line())] + c.nav()
    s += [("title", c.title), ("date", c.date_line())]
    s += [("widget", r.choice(["🎧 Nghe bài viết", "NGHE BÀI", "Nghe tin này"])),
          ("widget", f"▶ 00:00 / {dur}"),
          ("widget", r.choice(["Tốc độ: 0.75x 1x 1.25x 1.5x", "1x ▾", "Tốc độ đọc 1.0"])),
          ("widget", r.choice(["Giọng đọc: Nữ miền Bắc ▾", "Giọng: Nam miền Nam", "Chọn giọng đọc: Bắc | Trung | Nam"])),
          ("widget", r.choice(["Tải xuống MP3", "⬇ Tải về", "Nghe trên Spotify | Apple Podcasts"]))]
    s += [("widget", r.choice(["Bản ghi:", "TRANSCRIPT", "[Nội dung bản tin]"]))]
    s += [("widget", r.choice(["[Nhạc hiệu]", "♪ Nhạc dạo ♪", "(Nhạc nền)"]))]
    s += weave(c, [lambda: [("widget", r.choice(["[Ngắt quãng]", "(Tiếng nhạc)", "[Quảng cáo âm thanh]"]))],
                   lambda: c.ad()])
    s += [("widget", r.choice(["[Hết bản tin]", "— HẾT —", "(Kết thúc)"]))]
    s += [("credit", f"Giọng đọc: {c.v.short()}"), c.byline()]
    s += [("widget", r.choice(["PODCAST KHÁC", "Các tập trước"]))]
    s += [("related", f"Tập {r.randint(10, 250)}: {c.rel_title()}") for _ in range(r.randint(2, 4))]
    s += c.footer()
    return s


def L_emagazine(c):
    r = c.rng
    s = [("widget", r.choice(["E-MAGAZINE", "eMagazine", "LONGFORM", "Đặc san"])), ("site", c.site_line())]
    s += [("title", c.title), ("widget", r.choice(["Cuộn xuống để đọc tiếp ↓", "⌄", "Kéo xuống"])), ("date", c.date_line())]
    # pull quotes: quoted portion of a body sentence, never equal to a body sentence
    quotes = []
    for p in c.paras:
        for snt in p:
            m = re.search(r"[\"“]\s*([^\"“”]{40,220}?)\s*[\"”]", snt)
            if m and len(m.group(1).split()) >= 8:
                q = "“" + m.group(1).strip() + "”"
                if norm(q) not in c.bad and norm(m.group(1)) not in c.bad:
                    quotes.append(q)
    qi = [0]
    chap = [0]
    roman = ["I", "II", "III", "IV", "V", "VI"]

    def chapter():
        chap[0] += 1
        k = chap[0]
        return [("widget", r.choice([f"Phần {k}", f"CHƯƠNG {roman[(k - 1) % 6]}", f"{roman[(k - 1) % 6]}.", f"0{k}", f"Kỳ {k}"]))]

    def pq():
        if qi[0] < len(quotes):
            q = quotes[qi[0]]
            qi[0] += 1
            return [("widget", q)]
        return [("caption", c.caption())]

    ins = [pq, chapter, lambda: photo(c, credit_line=False), chapter, pq, chapter]
    s += weave(c, ins, drop_extra=True)
    n1, n2, n3 = c.v.short(), c.v.short(), c.v.short()
    s += [("credit", r.choice([f"Nội dung: {n1} - Ảnh: {n2} - Thiết kế: {n3}", f"Bài: {n1} | Ảnh: {n2} | Đồ họa: {n3}",
                              f"NỘI DUNG: {n1.upper()} – ẢNH: {n2.upper()} – THIẾT KẾ: {n3.upper()}"]))]
    if r.random() < 0.5:
        s += [("credit", f"Video: {c.v.short()}"), ("credit", f"Thực hiện: {c.outlet[0]}")]
    s += [("widget", r.choice(["Xuất bản:", "Ngày xuất bản"])), ("widget", c.v.dmy(c.year))]
    s += c.share_row() + c.related_block(3) + c.footer()
    return s


def L_live_blog(c):
    r = c.rng
    s = [("site", c.site_line())] + c.nav()
    s += [("widget", r.choice(["🔴 TRỰC TIẾP", "● LIVE", "Tường thuật trực tiếp"])), ("title", c.title), ("date", c.date_line())]
    s += [("widget", r.choice(["Tự động cập nhật mỗi 60 giây", "Bật thông báo diễn biến mới", "Làm mới ⟳"]))]
    # newest on top: timestamps precede each paragraph, in story order but descending clocks look odd; keep ascending
    h, m = r.randint(6, 15), r.randint(0, 59)
    out = []
    for i, p in enumerate(c.paras):
        m += r.randint(4, 40)
        h += m // 60
        m %= 60
        out.append(("widget", r.choice([f"{h:02d}:{m:02d}", f"{h}h{m:02d}", f"⏱ {h:02d}:{m:02d}", f"Cập nhật {h}:{m:02d}"])))
        out.append(("body", p))
        if r.random() < 0.25:
            out += photo(c, mark=True)
    s += out
    s += [("widget", r.choice(["Xem các diễn biến trước", "Tải thêm ▼", "Hết phần tường thuật"])), c.byline()]
    s += c.related_block() + c.footer()
    return s


CLUBS = ["Sông Hàn FC", "Núi Ngự Huế", "Lam Giang", "Cửu Long United", "Phố Núi", "Hải Cảng", "Kinh Bắc", "Bình Dương Xanh"]


def L_live_sport(c):
    r = c.rng
    a, b = r.sample(CLUBS, 2)
    ga, gb = r.randint(0, 3), r.randint(0, 3)
    s = [("site", c.site_line())] + c.nav()
    s += [("widget", "LIVESCORE"), ("widget", f"{a} {ga} - {gb} {b}"), ("widget", r.choice(["Hiệp 2 - 67'", "HT", "FT", "Đang diễn ra 58'"]))]
    s += [("title", c.title), ("date", c.date_line())] + c.share_row()
    mins = sorted(r.sample(range(1, 91), len(c.paras)))
    for i, p in enumerate(c.paras):
        k = mins[i]
        if i == 0 or r.random() < 0.7:
            s.append(("widget", r.choice([f"{k}'", f"Phút {k}", f"⚽ {k}'", f"🟨 {k}'", f"{k}' 🔄", f"PHÚT {k}"])))
        s.append(("body", p))
        if i == len(c.paras) // 2:
            s += c.ad()
        if i == 0:
            s += photo(c, with_credit=True)
    s += [("widget", "ĐỘI HÌNH RA SÂN"), ("widget", f"{a}: {', '.join(c.v.short() for _ in range(4))}..."),
          ("widget", r.choice(["Kiểm soát bóng 54% - 46%", "Sút trúng đích 5 - 3", "Phạt góc 7 - 2"])),
          ("widget", "BẢNG XẾP HẠNG"), ("widget", f"1. {r.choice(CLUBS)} 24 điểm"), ("widget", f"2. {r.choice(CLUBS)} 21 điểm")]
    s += c.sign()
    s += c.related_block() + c.footer()
    return s


def L_market_price(c):
    r = c.rng
    s = [("site", c.site_line())] + c.topbar() + c.nav()
    s += [("widget", r.choice(["GIÁ VÀNG HÔM NAY", "Bảng giá vàng - ngoại tệ", "THỊ TRƯỜNG"])),
          ("widget", "Loại | Mua vào | Bán ra"),
          ("widget", f"Vàng miếng SJC | {r.randint(35, 70)},{r.randint(10, 99)} | {r.randint(35, 70)},{r.randint(10, 99)}"),
          ("widget", f"Nhẫn tròn 9999 | {r.randint(35, 60)},{r.randint(10, 99)} | {r.randint(35, 60)},{r.randint(10, 99)}"),
          ("widget", f"USD | {r.randint(22, 24)}.{r.randint(100, 999)} | {r.randint(22, 24)}.{r.randint(100, 999)}"),
          ("widget", r.choice(["Đơn vị: triệu đồng/lượng", "(ĐVT: nghìn đồng/chỉ)"])),
          ("widget", f"Cập nhật lúc {c.v.time()}")]
    s += [("title", c.title), ("date", c.date_line())]
    s += weave(c, [lambda: [("widget", "Giá xăng dầu"), ("widget", f"RON 95-III: {r.randint(17, 24)}.{r.randint(100, 990)} đ/lít ▲ {r.randint(100, 600)}"),
                            ("widget", f"E5 RON 92: {r.randint(16, 22)}.{r.randint(100, 990)} đ/lít ▼ {r.randint(50, 400)}")],
                   lambda: c.ad(), lambda: photo(c)])
    s += c.sign()
    s += [("widget", "Giá nông sản"), ("widget", f"Cà phê Tây Nguyên: {r.randint(30, 45)}.{r.randint(100, 900)} đ/kg"),
          ("widget", f"Hồ tiêu: {r.randint(40, 90)}.000 đ/kg"), ("widget", f"Lúa IR 504: {r.randint(5, 7)}.{r.randint(100, 900)} đ/kg")]
    s += c.related_block() + c.footer()
    return s


def L_weather(c):
    r = c.rng
    s = [("site", c.site_line())] + c.nav()
    s += [("widget", r.choice(["⚠ CẢNH BÁO THIÊN TAI", "BẢN TIN THỜI TIẾT", "🌀 Theo dõi bão"])),
          ("widget", f"Cấp độ rủi ro thiên tai: cấp {r.randint(1, 4)}"),
          ("widget", f"Tâm bão: {r.randint(10, 20)},{r.randint(1, 9)} độ Vĩ Bắc - {r.randint(105, 118)},{r.randint(1, 9)} độ Kinh Đông"),
          ("widget", f"Sức gió mạnh nhất: cấp {r.randint(6, 12)}, giật cấp {r.randint(9, 15)}"),
          ("widget", f"Bản tin phát lúc {r.randint(1, 23)}h00")]
    s += [("title", c.title), ("date", c.date_line())]
    s += weave(c, [lambda: photo(c, with_credit=True),
                   lambda: [("widget", "Dự báo 3 ngày tới"), ("widget", f"Hôm nay ⛈ {r.randint(22, 27)}–{r.randint(28, 34)}°C"),
                            ("widget", f"Ngày mai 🌧 {r.randint(22, 27)}–{r.randint(28, 34)}°C"),
                            ("widget", f"Lượng mưa: {r.randint(20, 300)} mm")]])
    s += [c.byline(), ("credit", r.choice(["Nguồn: Trung tâm Dự báo khí tượng thủy văn quốc gia", "Theo Đài Khí tượng khu vực",
                                           "Nguồn: Ban Chỉ huy PCTT&TKCN tỉnh"]))]
    s += [("widget", "Số điện thoại khẩn cấp: 112 - 113 - 114 - 115")]
    s += c.related_block() + c.footer()
    return s


def L_interview(c):
    r = c.rng
    s = [("site", c.site_line())] + c.nav() + c.breadcrumb()
    s += [("widget", r.choice(["PHỎNG VẤN", "Đối thoại", "Gặp gỡ cuối tuần", "Q&A"])), ("title", c.title), ("date", c.date_line())]
    s += photo(c, mark=True)
    k = [0]

    def qa():
        k[0] += 1
        return [("widget", r.choice(["Phóng viên (PV):", "PV:", "❓ Câu hỏi", "Hỏi:", f"Câu hỏi {k[0]}:", "Trả lời:", "Đáp:", "— TL:"]))]

    s += weave(c, [qa for _ in range(3)], drop_extra=True)
    s += [c.byline(), ("widget", r.choice(["Xin cảm ơn ông!", "Trân trọng cảm ơn!", "Cảm ơn bà đã dành thời gian cho cuộc trò chuyện!"]))]
    s += [("widget", r.choice(["HỎI - ĐÁP BẠN ĐỌC", "Hộp thư hỏi đáp"])),
          ("widget", f"Hỏi: Bạn đọc {c.v.full()} ({r.choice(CITIES)}) hỏi: {r.choice(['Trường hợp này xử lý thế nào?', 'Tôi cần liên hệ cơ quan nào để phản ánh?', 'Thủ tục khiếu nại ra sao ạ?'])}"),
          ("widget", f"Đáp: {r.choice(['Luật sư', 'Thạc sĩ', 'Bác sĩ'])} {c.v.full()} trả lời"),
          ("widget", "Bạn đọc gửi câu hỏi"), ("widget", r.choice(["Họ tên*", "Nội dung câu hỏi..."])), ("widget", "Gửi")]
    s += c.related_block() + c.footer()
    return s


def L_court(c):
    r = c.rng
    s = [("site", c.site_line())] + c.nav() + [("widget", r.choice(["PHÁP LUẬT", "Pháp đình", "Hồ sơ vụ án"]))]
    s += [("title", c.title), ("date", c.date_line()), c.byline()]
    s += photo(c, mark=r.random() < 0.5)
    s += weave(c, [lambda: [("widget", "THÔNG TIN PHIÊN TÒA"), ("widget", f"Tòa: TAND tỉnh {r.choice(['Sông Bé', 'Lam Hồng', 'Kim Giang', 'Bạch Mã'])}"),
                            ("widget", r.choice(["Cấp xét xử: Sơ thẩm", "Cấp xét xử: Phúc thẩm"])),
                            ("widget", f"Số bị cáo: {r.randint(1, 12)}"), ("widget", f"Thời gian dự kiến: {r.randint(2, 10)} ngày")],
                   lambda: [("caption", f"Bị cáo {c.v.full()} tại phiên tòa. {c.photo_credit()}")],
                   lambda: c.related_block(2, heading=False)])
    s += [("widget", r.choice(["Khung hình phạt theo Điều 174 BLHS: 6 tháng - 20 năm tù", "Tội danh: Lừa đảo chiếm đoạt tài sản (tham khảo)"]))]
    s += c.tags() + c.related_block() + c.footer()
    return s


def L_business_ticker(c):
    r = c.rng

    def tk():
        code = "".join(r.choice("ABCDGHKLMNPSTV") for _ in range(3))
        up = r.random() < 0.5
        return f"{code} {r.randint(10, 120)}.{r.randint(0, 9)}00 {'▲' if up else '▼'} {r.randint(1, 69) / 10:.1f}%"

    s = [("widget", "  ".join(tk() for _ in range(4))), ("site", c.site_line())] + c.nav()
    s += [("widget", f"VN-Index {r.randint(600, 1300)},{r.randint(10, 99)} {r.choice(['▲', '▼'])} {r.randint(1, 30)},{r.randint(10, 99)} ({r.randint(1, 200) / 100:.2f}%)"),
          ("widget", f"HNX-Index {r.randint(80, 250)},{r.randint(10, 99)} {r.choice(['▲', '▼'])} {r.randint(0, 5)},{r.randint(10, 99)}")]
    s += [("title", c.title), ("date", c.date_line()), c.byline()]
    s += weave(c, [lambda: [("widget", "Mã | Giá | +/-"), ("widget", tk()), ("widget", tk()), ("widget", tk())],
                   lambda: photo(c), lambda: c.ad()])
    s += [("widget", "Tỷ giá"), ("widget", f"EUR {r.randint(25, 28)}.{r.randint(100, 999)}  JPY {r.randint(190, 215)},{r.randint(10, 99)}  CNY {r.randint(3300, 3600)}")]
    s += c.related_block() + c.most_read() + c.footer()
    return s


def L_timeline(c):
    r = c.rng
    s = [("site", c.site_line())] + c.nav() + [("title", c.title), ("date", c.date_line())]
    s += weave(c, [lambda: photo(c)])
    s += c.sign()
    s += [("widget", r.choice(["DÒNG SỰ KIỆN", "Diễn biến vụ việc", "⏳ Timeline", "Sự kiện liên quan"]))]
    ds = sorted((r.randint(1, 12), r.randint(1, 28)) for _ in range(r.randint(4, 6)))
    for mo, dd in ds:
        d = f"{dd}/{mo}"
        s.append(("related", r.choice([f"{d} - {c.rel_title()}", f"{d}: {c.rel_title()}", f"● {d}/{c.year} {c.rel_title()}"])))
    s += [("widget", r.choice(["Xem toàn bộ dòng sự kiện »", "Theo dõi sự kiện ＋"]))]
    s += c.tags() + c.footer()
    return s


def L_factbox(c):
    r = c.rng
    s = [("site", c.site_line())] + c.topbar() + c.nav() + [("title", c.title), ("date", c.date_line())]
    box = [("widget", r.choice(["THÔNG TIN CẦN BIẾT", "Ghi nhận nhanh", "📋 Bối cảnh"])),
           ("widget", f"Đường dây nóng tiếp nhận phản ánh: {c.v.phone()}"),
           ("widget", f"Bài viết thuộc chuyên đề: {r.choice(SUBSECT)}"),
           ("widget", r.choice(["Số điện thoại khẩn cấp: 113 – 114 – 115", "Cấp cứu: 115", "Phản ánh qua Zalo: " + c.v.phone()]))]
    s += weave(c, [lambda: box, lambda: photo(c), lambda: c.related_block(1, heading=False)])
    s += c.sign() + c.share_row() + c.related_block() + c.newsletter() + c.footer()
    return s


def L_sponsored(c):
    r = c.rng
    b = r.choice(BRANDS)
    s = [("site", c.site_line())] + c.nav()
    s += [("widget", r.choice(["Tài trợ", "PR", "Nội dung được tài trợ", "Sponsored"])), ("title", c.title), ("date", c.date_line())]
    s += [("credit", r.choice([f"Nội dung do {b} cung cấp", f"Bài viết được thực hiện với sự đồng hành của {b}", f"Thông tin do doanh nghiệp cung cấp"]))]
    s += weave(c, [lambda: [("widget", f"Đăng ký tư vấn: {c.v.phone()}"), ("widget", "Họ và tên | Số điện thoại | Gửi")],
                   lambda: photo(c), lambda: [("widget", f"👉 Khám phá ưu đãi tại {slug(b)}.vn")]])
    s += [("widget", f"Liên hệ: {b} - Hotline {c.v.phone()}"), ("widget", f"Địa chỉ: {r.randint(1, 400)} {r.choice(STREETS)}, {r.choice(CITIES)}")]
    s += [("widget", r.choice(["Nội dung tài trợ khác", "Tin doanh nghiệp"]))]
    s += [("related", c.related_line()) for _ in range(3)]
    s += c.footer()
    return s


def L_comments(c):
    r = c.rng
    s = [("site", c.site_line())] + c.nav() + c.breadcrumb() + [("title", c.title), ("date", c.date_line())]
    s += [("widget", f"{r.randint(3, 400)} bình luận")]
    s += weave(c, [lambda: photo(c), lambda: photo(c, cap_above=True)])
    s += c.sign() + c.share_row()
    s += c.comments(r.randint(4, 6))
    s += c.related_block() + c.footer()
    return s


ETHNIC = ["Tiếng Việt", "Ê Đê", "Jrai", "Bahnar", "Khmer", "H'Mông", "Thái", "Chăm", "M'Nông", "Xơ Đăng", "K'Ho"]


def L_ethnic(c):
    r = c.rng
    langs = r.sample(ETHNIC[1:], r.randint(3, 6))
    s = [("widget", "Ngôn ngữ: " + " | ".join(["Tiếng Việt"] + langs))]
    s += [("site", c.site_line())]
    s += [("widget", r.choice(["Hră mrâo", "Khưn ntawv", "Pơ-ăn tơdrong", "Tin klei", "Phiên bản dân tộc"])),
          ("widget", r.choice(["Đài Phát thanh - Truyền hình tỉnh", "Chương trình tiếng dân tộc lúc 17h30", "Nghe radio trực tuyến"]))]
    s += c.nav() + [("title", c.title), ("date", c.date_line())]
    s += weave(c, [lambda: photo(c), lambda: [("widget", f"Xem bản tin tiếng {r.choice(langs)} ▶")]])
    s += c.sign()
    s += [("widget", "Bản tin tiếng dân tộc"), ("widget", " · ".join(f"Tiếng {x}" for x in langs))]
    s += c.related_block() + c.footer()
    return s


def L_bilingual(c):
    r = c.rng
    s = [("widget", r.choice(["EN | VI", "English  Tiếng Việt", "🌐 VI / EN"])), ("site", c.site_line())]
    s += [("widget", r.choice(["Home  News  Business  Travel  Life", "News | Society | Economy | Sports | Opinion"])),
          ("widget", r.choice(["Society › Traffic", "Home » Vietnam"])),
          ("title", c.title), ("date", c.date_line())]
    s += [("widget", r.choice(["Read in English", "Đọc bản tiếng Anh", "Switch to English version ›"]))]
    s += weave(c, [lambda: photo(c), lambda: [("widget", "ADVERTISEMENT")], lambda: photo(c, cap_above=True)])
    s += [c.byline(), ("widget", r.choice(["Share this article", "Tweet · Share · Email"]))]
    s += [("widget", r.choice(["Related news", "MORE FROM SOCIETY", "Latest"]))]
    s += [("related", c.related_line()) for _ in range(r.randint(2, 4))]
    s += [("widget", r.choice(["Subscribe to our newsletter", "Follow us on Facebook"])),
          ("widget", f"© {c.year} {c.outlet[0]}. All rights reserved."), ("widget", "About us | Contact | Advertise")]
    return s


def L_mobile_app(c):
    r = c.rng
    s = [("widget", r.choice(["☰", "< Quay lại", "←"])), ("site", c.site_line()),
         ("widget", r.choice(["Mở trong ứng dụng", f"Đọc trên app {c.outlet[1]} để trải nghiệm tốt hơn", "MỞ APP"]))]
    s += [("title", c.title), ("date", c.date_line()), ("widget", r.choice(["Aa", "Cỡ chữ A- A+", "🔖 Lưu"]))]
    s += weave(c, [lambda: photo(c, mark=False), lambda: [("widget", "Vuốt để xem tin tiếp theo →")]])
    s += c.sign()
    s += [("widget", "Tin mới"), ("related", c.related_line(8)), ("related", c.related_line(7)), ("related", c.related_line(0))]
    s += [("widget", "Kéo lên để tải thêm"), ("widget", "Trang chủ   Mới nhất   Video   Cá nhân"),
          ("widget", r.choice(["Bạn đã đọc hết tin", "Phiên bản 5.2.1"]))]
    return s


def L_photos_between(c):
    r = c.rng
    s = [("site", c.site_line())] + c.nav() + [("title", c.title), ("date", c.date_line())] + c.share_row()
    k = r.randint(3, 5)

    def ph():
        out = []
        if r.random() < 0.6:
            out.append(("widget", c.image_mark()))
        out.append(("caption", c.caption(with_credit=False)))
        out.append(("credit", c.photo_credit().strip("()")))
        return out

    s += weave(c, [ph for _ in range(k)])
    s += c.sign() + c.tags() + c.related_block() + c.ad() + c.footer()
    return s


def L_print_view(c):
    r = c.rng
    o = c.outlet
    s = [("site", c.site_line()), ("widget", r.choice(["🖨 In bài viết", "Bản in", "IN TRANG NÀY"])), ("widget", "Đóng cửa sổ ✕")]
    s += [("widget", f"Chuyên mục: {r.choice(SECTIONS)}"), ("title", c.title), ("date", c.date_line())]
    s += weave(c, [lambda: [("widget", "[Hình ảnh không hiển thị trong bản in]")], lambda: [("caption", c.caption(with_credit=True))]])
    s += c.sign()
    s += [("widget", f"URL: https://{o[2]}/{r.choice(['thoi-su', 'xa-hoi', 'phap-luat'])}/{r.randint(100000, 999999)}.html"),
          ("widget", f"Bản quyền © {o[0]}"), ("widget", f"In lúc {c.v.time()} {c.v.dmy(c.year)}")]
    return s


AGENCIES = ["TTXML", "SLT", "VTS", "TTMK", "NTX"]


def L_wire(c):
    r = c.rng
    ag = r.choice(AGENCIES)
    s = [("site", c.site_line()), ("widget", r.choice(["TIN NHANH", "Bản tin thông tấn", "Wire"]))] + c.nav()
    s += [("title", c.title), ("date", c.date_line())]
    s += [("byline", r.choice([f"{r.choice(CITIES)} ({ag})", f"({ag})", f"{ag} - {r.choice(CITIES).upper()}"]))]
    s += weave(c, [lambda: photo(c, with_credit=True)])
    s += [("byline", r.choice([f"{c.v.short()}/{ag}", f"PV/{ag}", f"{c.v.short()} - {c.v.short()} ({ag})", ag]))]
    if c.tail and r.random() < 0.5:
        s += c.sign()
    s += [("widget", f"Mã tin: {ag}-{r.randint(10000, 99999)}")]
    s += c.related_block() + c.footer()
    return s


def L_aggregator(c):
    r = c.rng
    src = r.choice([o for o in OUTLETS if o != c.outlet])
    s = [("site", c.site_line())] + c.nav() + [("title", c.title)]
    s += [("credit", r.choice([f"Nguồn: {src[0]}", f"Theo {src[0]}", f"Bài viết được tổng hợp từ {src[2]}"])), ("date", c.date_line())]
    s += [("widget", r.choice([f"▲ {r.randint(1, 300)} ▼", f"{r.randint(100, 90000)} lượt xem", "⭐ 4,6 (120 đánh giá)"]))]
    s += weave(c, [lambda: photo(c), lambda: c.ad()])
    s += [("credit", r.choice([f"(Theo {src[0]})", f"Nguồn bài gốc: {src[0]}", f"Trích từ {src[2]}"])),
          ("widget", r.choice(["Xem bài gốc ↗", "Đọc bài gốc tại đây"]))]
    s += [("byline", f"Đăng bởi {r.choice(['admin', c.v.short(), 'BTV Tổng hợp'])}")]
    s += c.most_read() + c.comments(2) + c.footer()
    return s


def L_tabloid(c):
    r = c.rng
    s = c.ad() + [("site", c.site_line())] + c.nav() + [("widget", r.choice(["🔥 HOT", "Nóng 24h", "TIN NÓNG ⚡"]))]
    s += [("title", c.title), ("date", c.date_line())]
    s += [("widget", r.choice(["👁 15.234", f"{r.randint(1000, 90000)} lượt đọc", "⏱ 3 phút đọc"]))]
    s += weave(c, [lambda: c.ad(), lambda: photo(c), lambda: [("related", f"👉 {c.related_line(4)}")],
                   lambda: c.ad()])
    s += c.sign()
    s += [("widget", r.choice(["Cảm xúc của bạn:", "Bạn thấy bài viết thế nào?"])), ("widget", "😍 12  😢 40  😡 8  😮 3")]
    s += c.most_read() + c.related_block() + c.ad() + c.footer()
    return s


def L_tv_station(c):
    r = c.rng
    s = [("site", c.site_line()), ("widget", r.choice(["📺 XEM TRỰC TIẾP", "Truyền hình trực tuyến", "LIVE TV ●"])),
         ("widget", "Kênh 1 | Kênh 2 | Radio FM 96.5")] + c.nav()
    s += [("title", c.title), ("date", c.date_line())]
    s += [("widget", "▶"), ("caption", "Video: " + c.caption(with_credit=False))]
    s += weave(c, [lambda: photo(c)])
    s += [c.byline(), ("credit", r.choice([f"Biên tập: {c.v.short()}", f"Kỹ thuật dựng: {c.v.short()}", f"Quay phim: {c.v.short()}"]))]
    s += [("widget", "LỊCH PHÁT SÓNG"), ("widget", f"18:00 Thời sự tối"), ("widget", f"19:45 Phim truyện: {r.choice(['Dòng sông quê', 'Phố cũ', 'Mùa gặt'])}"),
          ("widget", "21:00 Bản tin cuối ngày")]
    s += c.related_block() + c.footer()
    return s


def L_amp(c):
    r = c.rng
    o = c.outlet
    s = [("widget", f"{o[2]} › amp"), ("site", c.site_line()), ("widget", "≡")]
    s += [("title", c.title), ("date", c.date_line()), c.byline()]
    s += weave(c, [lambda: photo(c, mark=False), lambda: [("widget", "Advertisement"), ("widget", "Ad")], lambda: photo(c)])
    s += [("widget", "Xem phiên bản đầy đủ"), ("widget", "Tin khác")]
    s += [("related", c.related_line(r.randrange(9))) for _ in range(r.randint(3, 5))]
    s += [("widget", f"© {o[0]}"), ("widget", "Lên đầu trang")]
    return s


def L_series(c):
    r = c.rng
    s = [("site", c.site_line())] + c.nav() + [("widget", r.choice(["LOẠT BÀI", "Chuyên đề", "Điều tra"]))]
    kk = r.randint(1, 4)
    s += [("widget", f"Bài {kk}/{kk + r.randint(0, 3)}"), ("title", c.title), ("date", c.date_line())]
    s += [("widget", "Các bài trong loạt:")] + [("related", f"Bài {i}: {c.rel_title()}") for i in range(1, kk + 2) if i != kk]
    s += weave(c, [lambda: photo(c), lambda: [("related", "Đọc tiếp kỳ sau: " + c.rel_title())]])
    s += [c.byline(), ("widget", r.choice(["(Còn nữa)", "Kỳ tới: ...", "(Còn tiếp)"]))]
    s += c.share_row() + c.footer()
    return s


LAYOUTS = {
    "standard_photo": L_standard_photo,
    "gallery": L_gallery,
    "video_player": L_video,
    "infographic": L_infographic,
    "podcast_audio": L_podcast,
    "emagazine": L_emagazine,
    "live_blog": L_live_blog,
    "live_sport": L_live_sport,
    "market_price": L_market_price,
    "weather_bulletin": L_weather,
    "interview_qa": L_interview,
    "court_report": L_court,
    "business_ticker": L_business_ticker,
    "timeline": L_timeline,
    "factbox": L_factbox,
    "sponsored": L_sponsored,
    "user_comments": L_comments,
    "ethnic_regional": L_ethnic,
    "bilingual": L_bilingual,
    "mobile_app": L_mobile_app,
    "photos_between": L_photos_between,
    "print_view": L_print_view,
    "wire_agency": L_wire,
    "aggregator_repost": L_aggregator,
    "tabloid_portal": L_tabloid,
    "tv_station": L_tv_station,
    "amp_page": L_amp,
    "series_part": L_series,
}


# ----------------------------------------------------------------------------
# faults
# ----------------------------------------------------------------------------
FAULTS = ("nbsp", "zwsp", "double_space", "glue", "nfd")


def _mess(s, faults, rr):
    if "nbsp" in faults and " " in s and rr.random() < 0.4:
        idx = [i for i, ch in enumerate(s) if ch == " "]
        for i in rr.sample(idx, min(len(idx), rr.randint(1, 3))):
            s = s[:i] + "\u00a0" + s[i + 1:]
    if "double_space" in faults and " " in s and rr.random() < 0.35:
        idx = [i for i, ch in enumerate(s) if ch == " "]
        i = rr.choice(idx)
        s = s[:i] + "  " + s[i + 1:]
    if "zwsp" in faults and len(s) > 3 and rr.random() < 0.25:
        i = rr.randint(1, len(s) - 2)
        s = s[:i] + rr.choice(["\u200b", "\u200b", "\u200c", "\ufeff"]) + s[i:]
    return s


def apply_faults(specs, faults, rr):
    out = []
    for sp in specs:
        if sp[0] == "body":
            items = [_mess(x, faults, rr) for x in sp[1]]
            if "glue" in faults and len(items) > 1 and rr.random() < 0.5:
                j = rr.randrange(len(items) - 1)
                if items[j].endswith(".") and items[j + 1][:1].isupper():
                    items[j:j + 2] = [items[j] + items[j + 1]]
            out.append(("body", items))
        else:
            out.append((sp[0], _mess(sp[1], faults, rr).strip()))
    if "nfd" in faults:
        out = [(k, [unicodedata.normalize("NFD", x) for x in v]) if k == "body" else (k, unicodedata.normalize("NFD", v))
               for k, v in out]
    return out


# ----------------------------------------------------------------------------
# assembly + contract
# ----------------------------------------------------------------------------
class ContractError(ValueError):
    pass


def assemble(specs, layout):
    lines, body, furn = [], [], []
    used = set()
    for k, v in specs:
        if k == "body":
            if not v:
                continue
            line = " ".join(v)
            lines.append(line)
            body += v
        else:
            v = v.strip()
            if not v:
                continue
            if k in ("title", "date", "site"):
                if k in used:
                    furn.append(("widget", v))
                else:
                    used.add(k)
            else:
                furn.append((k, v))
            lines.append(v)
    return Page("\n".join(lines), body, furn, layout)


def check_page(p, specs):
    """Raise ContractError unless page p (built from specs) keeps the contract."""
    if not p.text.strip():
        raise ContractError("blank text")
    lines = p.text.split("\n")
    for ln in lines:
        if not ln or ln != ln.strip():
            raise ContractError(f"unstripped/empty line {ln!r}")
    body_norm = set()
    for x in p.body:
        if not x or x not in p.text:
            raise ContractError(f"body item not a substring: {x!r}")
        body_norm.add(norm(x))
    bi = fi = li = unl = 0
    used = set()
    for k, v in specs:
        if k == "body":
            if not v:
                continue
            if not 1 <= len(v) <= 4:
                raise ContractError("paragraph must hold 1-4 body items")
            if lines[li] != " ".join(v) or p.body[bi:bi + len(v)] != list(v):
                raise ContractError("body line mismatch")
            bi += len(v)
        else:
            if not v.strip():
                continue
            if k in ("title", "date", "site") and k not in used:
                used.add(k)
                unl += 1
            else:
                want = ("widget" if k in ("title", "date", "site") else k, lines[li])
                if fi >= len(p.furniture) or tuple(p.furniture[fi]) != want:
                    raise ContractError(f"furniture mismatch at {lines[li]!r}")
                fi += 1
            if norm(lines[li]) in body_norm:
                raise ContractError(f"non-body line equals a body sentence: {lines[li]!r}")
        li += 1
    if li != len(lines) or bi != len(p.body) or fi != len(p.furniture):
        raise ContractError("line/body/furniture counts do not match")
    if unl > 3:
        raise ContractError("more than three unlabelled lines")
    for k, v in p.furniture:
        if k not in KINDS:
            raise ContractError(f"bad kind {k}")
        if v not in lines:
            raise ContractError("furniture line not in text")
    return True


def build_page(row, title, art, rel_items, layout):
    sents, tail = extract_story(title, art)
    if not sents:
        return None, None
    c = Ctx(row, title, sents, tail, rel_items, layout)
    specs = LAYOUTS[layout](c)
    specs = [(k, v) for k, v in specs if (k == "body" and v) or (k != "body" and str(v).strip())]
    # drop any furniture that collides with the story (normalised)
    snorm = {norm(s) for s in sents}
    specs = [(k, v) for k, v in specs if k == "body" or norm(v) not in snorm]
    fr = R(row, "faults")
    faults = ()
    if fr.random() < 0.27:
        faults = tuple(sorted(fr.sample(FAULTS, fr.choice([1, 1, 2]))))
    specs2 = apply_faults(specs, faults, R(row, "faultpos"))
    p = assemble(specs2, layout)
    check_page(p, specs2)
    for _, v in p.furniture:
        if norm(v) in snorm:
            raise ContractError(f"furniture equals a story sentence: {v!r}")
    if norm(title) in snorm:
        raise ContractError("title equals a story sentence")
    return p, faults


def pages(train_path):
    body, related = read_rows(train_path)
    rel_items = build_related(related)
    names = list(LAYOUTS)
    order = []
    ro = R("all", "layout-order")
    while len(order) < 110:
        blk = names[:]
        ro.shuffle(blk)
        order += blk
    out = []
    k = 0
    global LAST_FAULTS
    LAST_FAULTS = []
    for row in sorted(body):
        title, art = body[row]
        p, faults = build_page(row, title, art, rel_items, order[k])
        if p is None:
            continue
        k += 1
        out.append(p)
        LAST_FAULTS.append(faults)
    if not out:
        raise ContractError("no pages")
    return out


LAST_FAULTS = []


def main(argv):
    path = argv[1] if len(argv) > 1 else "/work/shared/data/vietnews_train.jsonl.gz"
    ps = pages(path)
    per = defaultdict(lambda: Counter())
    for p in ps:
        c = per[p.layout]
        c["pages"] += 1
        c["body"] += len(p.body)
        for k, _ in p.furniture:
            c[k] += 1
    cols = ["pages", "body"] + list(KINDS)
    print(f"{'layout':<20}" + "".join(f"{x:>9}" for x in cols) + f"{'furn':>7}")
    tot = Counter()
    for lay in sorted(per):
        c = per[lay]
        tot.update(c)
        print(f"{lay:<20}" + "".join(f"{c[x]:>9}" for x in cols) + f"{sum(c[k] for k in KINDS):>7}")
    print(f"{'TOTAL':<20}" + "".join(f"{tot[x]:>9}" for x in cols) + f"{sum(tot[k] for k in KINDS):>7}")
    fc = Counter()
    for f in LAST_FAULTS:
        if f:
            fc["pages_with_faults"] += 1
        for x in f:
            fc[x] += 1
    print("faults:", ", ".join(f"{k}={fc[k]}" for k in ["pages_with_faults", *FAULTS]))


if __name__ == "__main__":
    main(sys.argv)
