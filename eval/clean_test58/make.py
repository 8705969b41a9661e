#!/usr/bin/env python3
"""clean_test58 -- blind held-out pages for the Vietnamese news-page cleaner.

Theme: news that travels (syndication, republishing, wires, aggregators,
attribution everywhere).  Standard library only.

    python eval/clean_test58/make.py /work/shared/data/vietnews_train.jsonl.gz
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

SEED = 5858
BODY_ROWS = range(19_500, 19_600)
RELATED_ROWS = range(18_500, 18_600)
KINDS = ("byline", "credit", "caption", "related", "widget")


class Page(NamedTuple):
    text: str
    body: list
    furniture: list
    layout: str


def R(row, purpose):
    return random.Random(f"test58|{SEED}|{row}|{purpose}")


# ---------------------------------------------------------------- reading
def read_rows(path):
    need = set(BODY_ROWS) | set(RELATED_ROWS)
    last = max(need)
    out = {}
    with gzip.open(path, "rb") as fh:
        for i, raw in enumerate(fh):
            if i > last:
                break
            if i not in need:
                continue
            if not raw.strip():
                continue
            try:
                obj = json.loads(raw)
            except ValueError:
                continue
            if not isinstance(obj, dict):
                continue
            t, a = obj.get("title"), obj.get("article")
            if not (isinstance(t, str) and isinstance(a, str)):
                continue
            t, a = t.strip(), a.strip()
            if not t or not a:
                continue
            out[i] = (re.sub(r"\s+", " ", t), a)
    return out


# ---------------------------------------------------------------- splitter
ABBR = {
    "tp", "ts", "gs", "pgs", "ths", "th.s", "bs", "ks", "mr", "mrs", "ms", "dr",
    "st", "jr", "co", "ltd", "inc", "corp", "vs", "no", "nxb", "q", "p", "tx",
    "tt", "lts", "ncs", "cn", "ông", "bà", "sr", "gen", "col", "capt", "prof",
}
WORDCH = r"A-Za-zÀ-ỹĐđ"


def _is_abbrev(text, i):
    k = i
    while k > 0 and not text[k - 1].isspace():
        k -= 1
    tok = text[k:i].lstrip("\"“(['")
    low = tok.lower()
    if not tok:
        return False
    if low in ABBR:
        return True
    if len(tok) == 1 and tok.isalpha() and tok.isupper():
        return True
    if re.fullmatch(rf"(?:[{WORDCH}]\.)+[{WORDCH}]", tok):
        return True
    return False


def _starts(ch):
    return ch.isupper() or ch.isdigit() or ch in "\"“"


def split_sentences(article):
    """Return (sentences, tail).  tail = unterminated text after the last
    sentence (usually the author's name or a "Theo X" source)."""
    text = re.sub(r"\s+", " ", article).strip()
    n = len(text)
    sents, start, i = [], 0, 0
    inq, qpos = False, 0
    while i < n:
        c = text[i]
        if c == '"' or c == "”" or c == "“":
            closing = (c == "”") or (c == '"' and inq)
            if c == "“":
                inq, qpos = True, i
            elif c == '"' and not inq:
                inq, qpos = True, i
            else:
                inq = False
            if closing:
                # ... done. " Next sentence
                k = i - 1
                while k >= 0 and text[k] == " ":
                    k -= 1
                if k >= 0 and text[k] in ".!?…" and i + 2 < n and text[i + 1] == " " and text[i + 2].isupper():
                    sents.append(text[start:i + 1].strip())
                    start = i + 2
                    i += 2
                    continue
            i += 1
            continue
        if c in ".!?…":
            if inq and i - qpos > 350:
                inq = False
            j = i
            while j + 1 < n and text[j + 1] in ".!?…":
                j += 1
            if not inq and j + 2 < n and text[j + 1] == " " and _starts(text[j + 2]) \
                    and not (c == "." and j == i and _is_abbrev(text, i)):
                sents.append(text[start:j + 1].strip())
                start = j + 2
                i = j + 2
                continue
            i = j + 1
            continue
        i += 1
    rest = text[start:].strip()
    tail = ""
    if rest:
        if re.search(r"[.!?…][\"”)]?$", rest):
            sents.append(rest)
        else:
            tail = rest
    return [s for s in sents if s], tail


STARTERS = set("Theo Ông Bà Chị Tuy Ngoài Trước Trong Tại Hiện Khi Sau Những Các Cũng Đây Điều".split())


def uncertain(s, first):
    """True when the sentence might be a caption / fused subheading / bad split."""
    L = len(s)
    quotes = s.count('"') + s.count("“") + s.count("”")
    commas = s.count(",")
    if L < 60 or L > 600:
        return True
    if s.count('"') % 2 or s.count("“") != s.count("”"):
        return True
    if re.search(r"(?i)\b(ảnh|video|clip|đồ họa|đồ hoạ|infographic)\s*:", s) or "(Ảnh" in s or "Ảnh minh" in s:
        return True
    if re.match(r"(?i)^(nguồn|ảnh|video|clip|theo [^,]{2,40}$)", s) or re.search(r"(?i)\bnguồn\s*:", s):
        return True
    if first and (L < 160 or commas == 0):
        return True
    if not quotes and ((L < 100 and commas <= 1) or (L < 140 and commas == 0)):
        return True
    words = s.split()
    for a, b in zip(words[1:], words[2:]):
        # "...chiều tối Miền Bắc do..." repeats the opening word: a fused caption
        if b == words[0] and b[:1].isupper() and a.isalpha() and a.islower():
            return True
    for a, b, c in zip(words, words[1:], words[2:]):
        # "...ô nhiễm Theo ông A, ..." -> a subheading fused into the sentence
        if b in STARTERS and a.isalpha() and a.islower() and c[:1].islower():
            return True
    if re.match(r"^[^a-zà-ỹđ]{12,}", s):  # shouting prefix: likely a fused label
        return True
    return False


def story(article):
    sents, tail = split_sentences(article)
    keep = []
    for idx, s in enumerate(sents):
        if uncertain(s, idx == 0):
            continue
        keep.append(s)
    tail_kind = None
    t = tail.strip()
    if t:
        w = t.split()
        if re.match(r"(?i)^(theo|nguồn)\b", t) and len(w) <= 6:
            tail_kind = "credit"
        elif 2 <= len(w) <= 4 and all(x[:1].isupper() for x in w) and not re.search(r"[.:;\"“”]", t):
            tail_kind = "byline"
    return keep, (tail_kind, t) if tail_kind else None


# ---------------------------------------------------------------- normalising
ZW = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))


def norm(s):
    s = unicodedata.normalize("NFC", s).translate(ZW)
    return re.sub(r"\s+", "", s).casefold()


# ---------------------------------------------------------------- invented pools
SURN = "Nguyễn Trần Lê Phạm Hoàng Vũ Đặng Bùi Đỗ Hồ Ngô Dương Lý Phan Võ Trịnh Lương Tạ Quách Kiều Mai Lạc Thân Khúc Âu Doãn Tôn Lưu".split()
MIDN = "Văn Thị Minh Ngọc Thanh Hữu Đức Quốc Bảo Khánh Gia Thu Hải Diệu Tường Như Kim Phúc".split()
GIVN = "An Bình Châu Duyên Giang Hạnh Khang Lâm My Nhi Phong Quyên Sơn Tâm Uyên Vy Yến Tùng Lộc Thảo Trúc Diệp Kha Luân Nguyên Hiển Đoan Vỹ Khuê Triều Miên Sang".split()

OUTLETS = [
    ("Báo Sông Lam Điện tử", "SLĐT", "songlamdientu.vn"),
    ("Nhật báo Bến Thành Mới", "BTM", "benthanhmoi.vn"),
    ("Thời báo Cao Nguyên Xanh", "CNX", "caonguyenxanh.com.vn"),
    ("Tin Nhanh Hải Đăng", "HĐ", "tinnhanhhaidang.vn"),
    ("Tạp chí Nhịp Sống Số", "NSS", "nhipsongso.net"),
    ("Cổng tin Phố Hiến 24h", "PH24", "phohien24h.vn"),
    ("Báo Duyên Hải Online", "DHO", "duyenhaionline.vn"),
    ("Kênh tin Trà Khúc", "TK", "trakhuc.tv"),
    ("Báo Kinh tế Đồng Bằng", "KTĐB", "kinhtedongbang.vn"),
    ("Tuần báo Lục Ngạn Nay", "LNN", "lucngannay.vn"),
    ("Người Thủ Đô Online", "NTĐ", "nguoithudo.online"),
    ("Báo Điện tử Hạ Long Xanh", "HLX", "halongxanh.vn"),
    ("Thông tin Miền Tây Mới", "MTM", "mientaymoi.com"),
    ("Đài Phát thanh Cửu Long Xanh", "CLX", "cuulongxanh.fm"),
    ("Báo Thanh Niên Tây Bắc", "TNTB", "thanhnientaybac.vn"),
    ("Tạp chí Doanh Nhân Phương Nam", "DNPN", "doanhnhanphuongnam.vn"),
]
AGENCIES = [
    ("Thông tấn Liên Việt", "TLV"),
    ("Hãng tin Phương Đông Việt", "PĐV"),
    ("Thông tấn xã Hồng Bàng", "HBA"),
    ("Việt Tín Thông tấn", "VTT"),
]
FOREIGN = ["Meridian Press", "Nordwind Agency", "Pacific Wire Service", "Le Courrier Austral",
           "Eastgate News", "Bay Harbor Times", "Kestrel Daily", "Agencia Solmar"]
AGGREGATORS = [("Tin Tổng Hợp 365", "tintonghop365.vn"), ("Đọc Nhanh Mỗi Ngày", "docnhanh.app"),
               ("Lướt Tin Việt", "luottin.vn"), ("Bảng Tin Xanh", "bangtinxanh.com")]
BRANDS = ["Sữa hạt Mộc Lam", "Ngân hàng số Kim Phát", "Điện máy Thạch Anh", "Bảo hiểm An Khang Việt",
          "Xe điện VoltaViet", "Nệm Mây Trắng", "Căn hộ Sky Riverside Bình Lợi", "Trà thảo mộc Sơn Nhi",
          "Ví điện tử PayLoa", "Khóa học tiếng Anh EngLotus"]
SECTIONS = ["Thời sự", "Xã hội", "Kinh tế", "Thế giới", "Pháp luật", "Giáo dục", "Sức khỏe",
            "Đời sống", "Văn hóa", "Thể thao", "Công nghệ", "Bất động sản", "Du lịch", "Xe",
            "Giải trí", "Bạn đọc", "Địa phương", "Tài chính"]
TAGWORDS = ["giao thông", "an ninh trật tự", "y tế", "giáo dục", "thời tiết", "bất động sản",
            "môi trường", "tai nạn", "đô thị", "chính sách mới", "doanh nghiệp", "xã hội", "điều tra"]
CAPTION_TPL = [
    "Lực lượng chức năng làm việc tại hiện trường", "Quang cảnh buổi họp báo chiều qua",
    "Người dân theo dõi diễn biến từ xa", "Một góc khu vực được nhắc tới trong bài",
    "Phóng viên ghi nhận tại hiện trường sáng nay", "Toàn cảnh khu vực nhìn từ trên cao",
    "Hình ảnh được chia sẻ rộng rãi trên mạng xã hội", "Đại diện các đơn vị tại buổi làm việc",
    "Khung cảnh nơi xảy ra sự việc vào chiều tối", "Người dân tập trung theo dõi sự việc",
    "Cán bộ địa phương kiểm tra thực tế", "Các đại biểu dự lễ ký kết hợp tác",
]
COMMENTS = [
    "Mong cơ quan chức năng sớm vào cuộc làm rõ", "Đọc xong thấy thương quá",
    "Bài viết rất hữu ích, cảm ơn tác giả", "Ở quê tôi cũng có chuyện y hệt như vậy",
    "Cần xử lý nghiêm để làm gương", "Tin này báo khác đăng từ hôm qua rồi",
    "Hy vọng mọi chuyện sớm ổn định", "Sao không thấy nói gì về trách nhiệm của chủ đầu tư?",
    "Ủng hộ quyết định này 100%", "Thông tin cần được kiểm chứng thêm",
]
STREETS = ["đường Lạc Long Quân, Hà Nội", "phố Tràng Tiền Mới, Hà Nội", "đường Bến Vân Đồn, TP HCM",
           "đường Hòa Bình Xanh, Đà Nẵng", "đường Võ Văn Ngân, Thủ Đức", "đường 30 Tháng 4, Cần Thơ",
           "đường Sông Lam, TP Vinh", "đường Trần Nhân Tông, Quảng Ninh"]
SLUGW = "tin-tuc thoi-su xa-hoi dia-phuong kinh-te phap-luat doi-song cap-nhat moi-nhat su-kien".split()


class Ent:
    def __init__(self, rng):
        self.r = rng

    def person(self):
        r = self.r
        if r.random() < 0.5:
            return f"{r.choice(SURN)} {r.choice(MIDN)} {r.choice(GIVN)}"
        return self.pen()

    def pen(self):
        return f"{self.r.choice([m for m in MIDN if m not in ('Văn', 'Thị')])} {self.r.choice(GIVN)}"

    def outlet(self, avoid=()):
        while True:
            o = self.r.choice(OUTLETS)
            if o[0] not in avoid:
                return o

    def url(self, dom):
        r = self.r
        return f"https://{dom}/{r.choice(SLUGW)}/{r.choice(SLUGW)}-{r.randint(100000, 999999)}.html"

    def phone(self):
        r = self.r
        return r.choice([f"0{r.choice(['24', '28'])} {r.randint(3100, 3999)} {r.randint(1000, 9999)}",
                         f"09{r.randint(10, 99)}.{r.randint(100, 999)}.{r.randint(100, 999)}",
                         f"1900 {r.randint(6000, 6999)}"])

    def hm(self):
        return f"{self.r.randint(6, 22):02d}:{self.r.randint(0, 59):02d}"

    def dmy(self, y=None):
        r = self.r
        return f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/{y or r.randint(2016, 2019)}"

    def email(self, dom):
        return f"{self.r.choice(['toasoan', 'bandoc', 'lienhe', 'tinbai', 'hotro'])}@{dom.split('/')[0]}"


WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


# ---------------------------------------------------------------- page builder
class B:
    def __init__(self, row, title, sents, tail, rel, layout):
        self.row = row
        self.r = R(row, "layout")
        self.e = Ent(self.r)
        self.title = title
        self.sents = sents
        self.tail = tail
        self.rel = rel            # list of dicts: title, teaser source, captions
        self.layout = layout
        self.items = []           # (kind, payload) kind in KINDS | 'U' | 'BODY'
        self.n_unl = 0
        self.site = self.e.outlet()
        self.date = self.e.dmy()
        self.time = self.e.hm()
        self.rel_i = 0

    # ---- primitives
    def add(self, kind, line):
        self.items.append((kind, line))

    def w(self, line): self.add("widget", line)
    def by(self, line): self.add("byline", line)
    def cr(self, line): self.add("credit", line)
    def cap(self, line): self.add("caption", line)
    def rl(self, line): self.add("related", line)

    def u(self, line):
        self.n_unl += 1
        assert self.n_unl <= 3
        self.add("U", line)

    def ch(self, seq):
        return self.r.choice(seq)

    def p(self, x):
        return self.r.random() < x

    # ---- related material
    def next_rel(self):
        d = self.rel[self.rel_i % len(self.rel)]
        self.rel_i += 1
        return d

    def rel_title(self):
        return self.next_rel()["title"]

    def teaser(self, d=None):
        d = d or self.next_rel()
        src = d["head"]
        L = self.r.randint(80, 170)
        cut = src[:L]
        if " " in cut:
            cut = cut[:cut.rfind(" ")]
        return cut.rstrip(" ,.;:-") + self.ch(["…", "...", " …"])

    def borrowed_caption(self):
        for _ in range(len(self.rel)):
            d = self.next_rel()
            if d["caps"]:
                return self.ch(d["caps"]).rstrip(".")
        return self.ch(CAPTION_TPL)

    def caption_text(self):
        return self.borrowed_caption() if self.p(0.65) else self.ch(CAPTION_TPL)

    # ---- unlabelled
    def site_line(self):
        self.u(self.ch([self.site[0].upper(), self.site[0], self.site[0] + " - " + self.site[2]]))

    def date_line(self):
        d, t = self.date, self.time
        wd = self.ch(WEEKDAYS)
        self.u(self.ch([f"{wd}, {d} {t} (GMT+7)", f"{d} - {t}", f"{wd}, ngày {d}",
                        f"Cập nhật: {t} {d}", f"{t} | {d}", f"{d}, {t}"]))

    def title_line(self):
        self.u(self.title)

    # ---- body
    def body(self, inline=None, p_inline=0.5, sents=None, max_inline=None):
        sents = self.sents if sents is None else sents
        paras, i = [], 0
        while i < len(sents):
            k = self.r.choices([1, 2, 3, 4], [2, 4, 3, 1])[0]
            paras.append(sents[i:i + k])
            i += k
        used = 0
        if inline and self.p(0.55):
            self.inline_photo()   # lead picture above the story
        for j, pp in enumerate(paras):
            self.add("BODY", list(pp))
            if inline and j < len(paras) - 1 and self.p(p_inline) and (max_inline is None or used < max_inline):
                inline(self)
                used += 1
        return paras

    def body_tail(self):
        if self.tail:
            k, t = self.tail
            self.add(k, t)

    # ---- furniture generators
    def photo_credit(self):
        e = self.e
        n = self.ch([e.pen(), e.person(), self.site[1], self.ch(AGENCIES)[1]])
        return self.ch([f"Ảnh: {n}", f"(Ảnh: {n})", f"Ảnh do {e.person()} cung cấp", "Ảnh: Nhân vật cung cấp",
                        f"📷 {n}", f"© {n}", f"Ảnh - {n}", f"Nguồn ảnh: {n}", "Ảnh chụp màn hình",
                        f"Đồ họa: {n}", f"ẢNH: {n.upper()}", f"Ảnh: {n}/{self.site[0]}",
                        "Ảnh: Tư liệu", f"Ảnh: Cắt từ clip của {e.pen()}", f"Ảnh minh họa: {n}"])

    def caption_line(self):
        c = self.caption_text()
        e = self.e
        form = self.r.randint(0, 8)
        if form == 0:
            return c + "."
        if form == 1:
            return f"{c}. Ảnh: {e.pen()}"
        if form == 2:
            return f"{c} (Ảnh: {e.pen()})"
        if form == 3:
            return f"▲ {c}."
        if form == 4:
            return f"{c}. (Ảnh minh họa)"
        if form == 5:
            return f"{c} - Ảnh: {self.site[1]}"
        if form == 6:
            return f"Video: {c}"
        if form == 7:
            return f"{c}. Ảnh: {self.ch(AGENCIES)[1]}"
        return f"{c} | Ảnh: {e.person()}"

    def inline_photo(self):
        r = self.r.random()
        if r < 0.15:
            self.w(self.ch(["[Ảnh]", "Phóng to", "Xem ảnh lớn", "🔍 Phóng to ảnh", f"Ảnh {self.r.randint(1, 3)}/{self.r.randint(4, 9)}"]))
        if r < 0.5:
            self.cap(self.caption_line())
        else:
            self.cap(self.caption_text() + ".")
            self.cr(self.photo_credit())

    def byline_any(self):
        e = self.e
        a, b2 = e.pen(), e.pen()
        ag = self.ch(AGENCIES)[1]
        return self.ch([
            a, a.upper(), f"{a} | {self.site[0]}", f"{a} · {self.r.randint(1, 11)} giờ trước", f"{a} - {b2}",
            f"PV {a}", "Nhóm PV", f"Bài, ảnh: {a}", f"Bài: {a} - Ảnh: {b2}", f"{a} (tổng hợp)",
            f"{a} (lược dịch)", f"Biên tập: {a}", f"Tác giả: {e.person()}", f"{a} ({ag})",
            f"{a}/{ag}", f"✍️ {a}", f"Thực hiện: {a} - {b2}", f"Phóng viên {a}", f"{a.upper()} - {b2.upper()}",
            f"Nhóm phóng viên Ban Thời sự", f"{a} - {b2} - {e.pen()}", f"Bài và ảnh: {a}",
        ])

    def credit_any(self):
        o = self.e.outlet(avoid=(self.site[0],))
        e = self.e
        return self.ch([
            f"Theo {o[0]}", f"Nguồn: {o[0]}", f"Bài viết được đăng lại từ {o[0]}",
            f"(Theo {o[0]})", f"Theo {e.pen()} ({o[0]})", f"Nguồn tin: {o[2]}", f"Nguồn: {e.url(o[2])}",
            f"Theo {o[1]}", f"THEO {o[0].upper()}", f"Trích nguồn: {o[0]}", f"Bài gốc đăng tại {o[0]}",
            f"Nguồn bài: {o[0]} - {e.dmy()}",
        ])

    def related_line(self):
        t = self.rel_title()
        e = self.e
        f = self.r.randint(0, 9)
        if f == 0:
            return t
        if f == 1:
            return f"Xem thêm: {t}"
        if f == 2:
            return f"► {t}"
        if f == 3:
            return f"{t} ({e.dmy()})"
        if f == 4:
            return f"{t} - {e.hm()} {e.dmy()}"
        if f == 5:
            return f"{t} | {self.rel_title()} | {self.rel_title()}"
        if f == 6:
            d = self.next_rel()
            return f"{d['title']}: {self.teaser(d)}"
        if f == 7:
            return f"Đọc thêm >> {t}"
        if f == 8:
            return f"• {t} • {self.rel_title()}"
        return f"{t} 🔥"

    def related_block(self, n=None, head=True):
        if head:
            self.w(self.ch(["TIN LIÊN QUAN", "Tin liên quan", "Bài viết cùng chủ đề:", "ĐỌC THÊM", "Có thể bạn quan tâm",
                            "Tin cùng chuyên mục", "Xem nhiều nhất", "🔥 Đang được quan tâm"]))
        for _ in range(n or self.r.randint(3, 6)):
            if self.p(0.3):
                d = self.next_rel()
                self.rl(d["title"])
                if self.p(0.6):
                    self.rl(self.teaser(d))
                elif self.p(0.5):
                    self.w(self.ch([f"{self.r.randint(1, 59)} phút trước", f"{self.e.hm()} {self.e.dmy()}",
                                    f"{self.r.randint(2, 23)} giờ trước"]))
            else:
                self.rl(self.related_line())

    def menu(self, per_item=None):
        secs = self.r.sample(SECTIONS, self.r.randint(5, 9))
        if per_item is None:
            per_item = self.p(0.4)
        if per_item:
            self.w(self.ch(["Trang chủ", "🏠", "☰ Menu", "TRANG CHỦ"]))
            for s in secs[:self.r.randint(3, 6)]:
                self.w(self.ch([s, s.upper()]))
        else:
            self.w(self.ch([" | ", " - ", " · ", "  "]).join(secs))

    def breadcrumb(self):
        a, b2 = self.r.sample(SECTIONS, 2)
        self.w(self.ch([f"Trang chủ > {a} > {b2}", f"{a} / {b2}", f"Trang chủ » {a}", f"{a.upper()} › {b2}"]))

    def share(self):
        self.w(self.ch(["Chia sẻ: Facebook | Zalo | Twitter", "👍 Thích 0 | 💬 Bình luận | ↗ Chia sẻ",
                        "f  t  in  ✉", "Chia sẻ bài viết", "Gửi bài viết qua email", "🔗 Sao chép liên kết",
                        f"Like {self.r.randint(0, 900)} | Share {self.r.randint(0, 300)}", "In bài viết 🖨",
                        "Lưu tin", "A- A A+", "Nghe đọc bài viết ▶", "Chia sẻ Zalo"]))

    def tags(self):
        t = self.r.sample(TAGWORDS, self.r.randint(2, 5))
        self.w(self.ch(["Tags: ", "Từ khóa: ", "#", "Chủ đề: "]) + self.ch([", ", " #", " | "]).join(t))

    def ad(self):
        b = self.ch(BRANDS)
        self.w(self.ch(["Quảng cáo", "ADVERTISEMENT", "- Quảng cáo -", f"{b} - Ưu đãi đến 30% trong tuần này",
                        f"Tài trợ bởi {b}", f"[QC] {b}: đăng ký ngay để nhận quà", f"{b} | Xem chi tiết »"]))

    def comments(self, n=None):
        self.w(self.ch([f"Bình luận ({self.r.randint(0, 40)})", "Ý KIẾN BẠN ĐỌC", "Gửi bình luận",
                        "Viết bình luận của bạn...", "Bình luận của bạn sẽ được kiểm duyệt trước khi đăng"]))
        for _ in range(n or self.r.randint(2, 4)):
            who = self.e.person()
            c = self.ch(COMMENTS) + self.ch([".", "!", "", " 👍", "..."])
            self.w(self.ch([f"{who}: {c}", f"{who} ({self.ch(['Hà Nội', 'TP HCM', 'Đà Nẵng', 'Cần Thơ', 'Huế'])}): {c}",
                            f"{c} - {who}"]))
            if self.p(0.5):
                self.w(self.ch(["Trả lời · Thích", f"Thích ({self.r.randint(1, 60)}) · Trả lời",
                                f"{self.r.randint(1, 23)} giờ trước", "Trả lời"]))

    def footer(self, n=None):
        s = self.site
        e = self.e
        opts = [
            f"Bản quyền thuộc về {s[0]}. Giấy phép số {self.r.randint(10, 599)}/GP-BTTTT",
            f"Tổng biên tập: {e.person()}", f"Tòa soạn: số {self.r.randint(2, 300)} {self.ch(STREETS)}",
            f"Điện thoại: {e.phone()} - Email: {e.email(s[2])}", f"Đường dây nóng: {e.phone()}",
            "Ghi rõ nguồn khi phát hành lại thông tin từ website này",
            f"Liên hệ quảng cáo: {e.phone()}", "Về đầu trang ↑", "Điều khoản sử dụng | Chính sách bảo mật",
            f"{s[2]} © {self.r.randint(2016, 2019)}", "Tải ứng dụng: App Store | Google Play",
        ]
        for x in self.r.sample(opts, n or self.r.randint(3, 6)):
            self.w(x)

    def generic_inline(self):
        x = self.r.random()
        if x < 0.55:
            self.inline_photo()
        elif x < 0.75:
            self.rl(self.ch(["Xem thêm: ", "> ", "Đọc thêm: ", "➤ ", "Tin liên quan: "]) + self.rel_title())
        elif x < 0.9:
            self.ad()
        else:
            self.w(self.ch(["[Video]", "▶ 02:14", "Nghe bài viết", "Xem video >>", "(Bấm vào ảnh để phóng to)"]))


# ---------------------------------------------------------------- layouts
def L_syndication(b):
    src = b.e.outlet(avoid=(b.site[0],))
    b.menu(); b.site_line(); b.breadcrumb(); b.title_line(); b.date_line()
    b.cr(b.ch([f"Theo {src[0]}", f"Nguồn: {src[0]}", f"(Theo {src[1]})"]))
    b.share()
    b.body(B.generic_inline, 0.4)
    b.body_tail()
    b.by(b.ch([b.e.pen(), b.e.pen().upper(), f"{b.e.pen()} | {src[0]}"]))
    b.cr(b.ch([f"Bài viết được đăng lại từ {src[0]} với sự đồng ý của tòa soạn", f"Bài viết được đăng lại từ {src[2]}",
               f"Đăng lại từ {src[0]} theo thỏa thuận hợp tác nội dung"]))
    b.cr(b.ch([f"Link bài gốc: {b.e.url(src[2])}", f"Xem bài gốc tại {src[0]} »", f"Nguồn: {b.e.url(src[2])}"]))
    b.tags(); b.share()
    b.related_block()
    b.comments()
    b.footer()


def L_aggregator(b):
    ag = b.ch(AGGREGATORS)
    src = b.site  # the page shows the source outlet's logo text
    b.w(ag[0].upper()); b.w(b.ch(["Đăng nhập", "Tải app đọc tin nhanh hơn 📲", "Mở trong ứng dụng"]))
    b.menu(per_item=True)
    b.site_line()   # the source outlet logo text
    b.cr(b.ch([f"[Logo] {src[0]}", f"{src[2]}", f"🗞 {src[0]}"]))
    b.title_line(); b.date_line()
    b.w(b.ch([f"{b.r.randint(1, 9)},{b.r.randint(0, 9)}K lượt xem", f"⏱ {b.r.randint(2, 9)} phút đọc", "Theo dõi nguồn +"]))
    b.body(B.generic_inline, 0.3)
    b.body_tail()
    b.cr(b.ch([f"Xem bài gốc tại {src[0]}", "Xem bài gốc ↗", f"Xem bài gốc: {b.e.url(src[2])}"]))
    b.cr(b.ch([f"Nội dung thuộc bản quyền của {src[0]}", f"Tin được tổng hợp tự động từ {src[2]}"]))
    b.w(b.ch(["Báo cáo vi phạm", "⚠ Báo lỗi nội dung", "Ẩn tin từ nguồn này"]))
    b.w("Tin khác từ " + src[0])
    for _ in range(b.r.randint(3, 5)):
        b.rl(b.related_line())
    b.w(b.ch(["Tin mới nhất", "ĐỀ XUẤT CHO BẠN"]))
    for _ in range(b.r.randint(2, 4)):
        b.rl(b.rel_title())
        b.w(b.ch([f"{b.ch(OUTLETS)[0]} · {b.r.randint(1, 59)} phút", f"{b.ch(OUTLETS)[2]} - {b.r.randint(1, 12)} giờ"]))
    b.w(b.ch([f"© {ag[1]} - Ứng dụng đọc tin tổng hợp", f"{ag[0]} không sản xuất nội dung tin tức"]))
    b.w(b.ch([f"Liên hệ: {b.e.email(ag[1])}", f"Hotline hỗ trợ: {b.e.phone()}"]))
    b.w("Điều khoản sử dụng | Chính sách bảo mật")


def L_regional_wire(b):
    ag, code = b.ch(AGENCIES)
    b.site_line(); b.menu()
    b.w(b.ch(["Tin từ thông tấn", "TIN TỈNH - TIN VÙNG", f"Chuyên mục: {b.ch(SECTIONS)}"]))
    b.title_line(); b.date_line()
    b.by(b.ch([f"{b.e.pen()} ({code})", f"{b.e.pen()} - {b.e.pen()} ({code})", f"PV {b.e.pen()}/{code}"]))
    b.body(lambda x: (x.cap(f"{x.caption_text()}. Ảnh: {x.e.pen()}/{code}") if x.p(0.6)
                      else x.cr(f"(Ảnh: {code}/{x.e.pen()})")), 0.35)
    b.body_tail()
    b.by(b.ch([f"{b.e.pen()}/{code}", f"{b.e.pen().upper()} ({code}/{b.site[1]})", f"({code}/{b.site[1]})", f"{b.e.pen()} - {code}"]))
    b.cr(b.ch([f"Nguồn: {ag}", f"Theo {ag} ({code})", f"Tin: {code}"]))
    b.share(); b.tags()
    b.w("Tin khác"); 
    for _ in range(b.r.randint(4, 6)):
        b.rl(b.related_line())
    b.footer()


def L_photo_portal(b):
    b.site_line(); b.menu(); b.breadcrumb(); b.title_line(); b.date_line()
    b.by(b.byline_any())
    b.w(b.ch(["📸 Ảnh", "PHÓNG SỰ ẢNH", "Ảnh"]))
    b.cap(b.caption_line()); b.cr(b.photo_credit())
    b.body(B.inline_photo, 0.75)
    b.body_tail()
    for _ in range(2):
        b.cap(b.caption_text() + b.ch([".", ""]))
        b.cr(b.photo_credit())
    b.w(b.ch(["Xem thêm ảnh »", f"{b.r.randint(8, 30)} ảnh", "◀ ▶"]))
    b.related_block()
    b.share(); b.footer()


def L_byline_zoo(b):
    b.menu(); b.site_line(); b.title_line(); b.date_line()
    b.by(b.byline_any()); 
    if b.p(0.5):
        b.by(b.byline_any())
    b.share()
    b.body(lambda x: (x.by(x.byline_any()) if x.p(0.2) else B.generic_inline(x)), 0.4)
    b.body_tail()
    b.by(b.byline_any()); b.by(f"Biên tập: {b.e.pen()}")
    b.tags(); b.related_block(); b.comments(); b.footer()


def L_press_release(b):
    comp = b.ch(BRANDS)
    b.site_line(); b.menu()
    b.w(b.ch(["THÔNG CÁO BÁO CHÍ", "Thông cáo báo chí", "📢 Thông cáo báo chí"]))
    b.title_line(); b.date_line()
    b.cr(b.ch([f"Nguồn: {comp}", f"Thông tin do {comp} cung cấp", f"Theo thông cáo của {comp}"]))
    b.body(lambda x: x.cap(x.caption_line()) if x.p(0.5) else x.cr(f"Ảnh do {comp} cung cấp"), 0.3)
    b.body_tail()
    b.w("-HẾT-" if b.p(0.5) else "###")
    b.w(b.ch(["Thông tin liên hệ báo chí:", "LIÊN HỆ TRUYỀN THÔNG", "Liên hệ:"]))
    b.w(f"{b.ch(['Bà', 'Ông', 'Chị', 'Anh'])} {b.e.person()} - {b.ch(['Trưởng phòng Truyền thông', 'Quản lý PR', 'Chuyên viên Đối ngoại'])}")
    b.w(f"Điện thoại: {b.e.phone()}")
    b.w(f"Email: pr@{re.sub(r'[^a-z]', '', unicodedata.normalize('NFD', comp).lower())[:12]}.vn")
    b.w(b.ch([f"Về {comp}:", "Giới thiệu doanh nghiệp"]))
    b.w(b.ch(["Nội dung do doanh nghiệp cung cấp, tòa soạn không chịu trách nhiệm", "(*) Bài viết mang tính chất quảng bá"]))
    b.related_block(); b.footer()


def L_pr_wire(b):
    b.w(b.ch(["PR Newswire Việt - Phân phối thông cáo", "Kênh Thông Cáo Việt", "BẢN TIN DOANH NGHIỆP"]))
    b.menu(per_item=True)
    b.site_line(); b.title_line(); b.date_line()
    b.w(f"{b.ch(['HÀ NỘI', 'TP HCM', 'ĐÀ NẴNG', 'CẦN THƠ'])}, ngày {b.e.dmy()} /Thông cáo/")
    b.body(B.generic_inline, 0.25)
    b.body_tail()
    b.w(b.ch(["Nguồn phát hành: Phòng Truyền thông doanh nghiệp", "Thông cáo được phân phối bởi Kênh Thông Cáo Việt"]))
    b.cr(b.ch([f"Nguồn: {b.ch(BRANDS)}", f"Theo {b.ch(BRANDS)}"]))
    b.w(f"Liên hệ: {b.e.person()} | {b.e.phone()}")
    b.w(b.ch(["Đăng ký nhận thông cáo qua email", "Gửi thông cáo của bạn »"]))
    b.related_block(); b.footer(3)


def L_translated(b):
    f1, f2 = b.r.sample(FOREIGN, 2)
    b.site_line(); b.menu(); b.w(b.ch(["THẾ GIỚI", "Quốc tế", "Thế giới / Hồ sơ"])); b.title_line(); b.date_line()
    b.by(b.ch([f"{b.e.pen()} (Theo {f1})", f"{b.e.pen()} (lược dịch)", f"{b.e.pen()} (tổng hợp)", f"Biên dịch: {b.e.pen()}"]))
    b.body(lambda x: (x.cap(f"{x.caption_text()}. Ảnh: {f1}") if x.p(0.5) else x.cr(x.ch([f"Ảnh: {f2}", f"© {f1}", f"(Ảnh: {f1})"]))), 0.35)
    b.body_tail()
    b.cr(b.ch([f"Theo {f1}, {f2}", f"Nguồn: {f1}, {f2}", f"Theo {f1}"]))
    b.by(b.ch([f"{b.e.pen()} (Theo {f2})", f"{b.e.pen()} (lược dịch)"]))
    b.w(b.ch(["Bài dịch, chỉ mang tính tham khảo", "Thông tin quốc tế được biên dịch bởi Ban Thế giới"]))
    b.related_block(); b.share(); b.footer()


def L_fact_check(b):
    b.site_line(); b.menu()
    b.w(b.ch(["🔎 KIỂM CHỨNG", "Kiểm chứng thông tin", "FACT-CHECK | Kiểm chứng"]))
    b.title_line(); b.date_line()
    b.w(b.ch(["Mức đánh giá: ĐÚNG", "Kết luận: CHÍNH XÁC", "Đánh giá: ✅ Có cơ sở", "Nhãn: ĐÃ XÁC MINH"]))
    b.by(b.ch([f"Kiểm chứng: {b.e.pen()}", f"Người kiểm chứng: {b.e.person()}", f"{b.e.pen()} - Nhóm kiểm chứng"]))
    b.by(f"Biên tập: {b.e.pen()}")
    b.body(B.generic_inline, 0.3)
    b.body_tail()
    b.w(b.ch(["Nguồn tham khảo:", "TÀI LIỆU ĐỐI CHIẾU"]))
    for _ in range(b.r.randint(2, 4)):
        o = b.e.outlet()
        b.cr(b.ch([f"Nguồn: {b.e.url(o[2])}", f"{o[0]}: {b.e.url(o[2])}", f"Theo {o[0]} ({b.e.dmy()})"]))
    b.w(b.ch([f"Phát hiện tin giả? Gọi đường dây nóng {b.e.phone()}", "Gửi yêu cầu kiểm chứng »", "Báo cáo tin sai sự thật"]))
    b.w(b.ch(["Phương pháp kiểm chứng của chúng tôi", "Quy trình kiểm chứng"]))
    b.related_block(); b.footer()


def L_correction(b):
    b.site_line(); b.menu(); b.title_line(); b.date_line()
    b.w(b.ch([f"Cập nhật lúc {b.e.hm()} ngày {b.e.dmy()}", f"(Cập nhật {b.e.hm()})", f"Sửa đổi lần cuối: {b.e.dmy()} {b.e.hm()}"]))
    b.by(b.byline_any())
    b.w(b.ch(["⚠ ĐÍNH CHÍNH: Phiên bản trước của bài viết ghi nhầm chức danh một nhân vật, tòa soạn xin cáo lỗi",
              "Ghi chú của tòa soạn: bài viết đã được chỉnh sửa số liệu sau khi đăng",
              "[Cập nhật] Bài viết được bổ sung thông tin lúc " + b.e.hm()]))
    b.body(B.generic_inline, 0.35)
    b.body_tail()
    b.w(b.ch(["* Bài viết được cập nhật so với bản đăng lúc " + b.e.hm(), "Lịch sử chỉnh sửa (2)",
              "(Tòa soạn đã sửa lỗi chính tả và bổ sung nguồn)"]))
    b.cr(b.credit_any())
    b.related_block(); b.comments(); b.footer()


def L_live(b):
    b.site_line(); b.w(b.ch(["🔴 TRỰC TIẾP", "● LIVE", "TƯỜNG THUẬT TRỰC TIẾP"])); b.title_line(); b.date_line()
    b.w(b.ch(["Tự động cập nhật: BẬT", "🔄 Làm mới", "Mới nhất ↓"]))
    authors = [b.e.pen() for _ in range(3)]
    mins = sorted(b.r.sample(range(6 * 60, 23 * 60), 24), reverse=True)
    clock = iter(f"{m // 60:02d}:{m % 60:02d}" for m in mins)
    b.by(b.ch(["Nhóm PV tường thuật: ", "Tường thuật: "]) + ", ".join(authors))

    def entry(x):
        t = next(clock)
        a = x.ch(authors)
        f = x.r.randint(0, 3)
        if f == 0:
            x.w(t); x.by(a)
        elif f == 1:
            x.by(f"{a} · {t}")
        elif f == 2:
            x.w(f"{t} - {b.date}"); x.by(f"{a} cập nhật")
        else:
            x.by(f"{t} | {a}")
    entry(b)
    b.body(entry, 0.85)
    b.body_tail()
    b.w(b.ch(["Kết thúc tường thuật", "Hết phần tường thuật. Cảm ơn quý độc giả đã theo dõi"]))
    b.cr(b.credit_any())
    b.related_block(); b.share(); b.footer()


def L_amp(b):
    b.w("☰"); b.site_line(); b.title_line(); b.date_line()
    b.by(f"{b.e.pen()} · {b.r.randint(1, 11)} giờ trước")
    b.body(B.generic_inline, 0.3)
    b.body_tail()
    b.w("Xem bản đầy đủ »"); b.share()
    for _ in range(b.r.randint(3, 5)):
        b.rl(b.ch(["▸ ", "", "• "]) + b.rel_title())
    b.w(b.ch([f"© {b.site[2]}", "Phiên bản di động"]))
    b.w("Về trang chủ")


def L_tabloid(b):
    b.menu(per_item=True); b.site_line(); b.title_line(); b.date_line()
    b.w(b.ch(["😮 Wow 12 | 😢 Buồn 3 | 😡 Phẫn nộ 7", "❤️ 245  💬 38  ↗ 12", "🔥 HOT"]))
    b.by(b.ch([f"✍️ {b.e.pen()}", f"{b.e.pen()} 📝", b.e.pen().upper()]))
    b.body(lambda x: (x.rl("👉 " + x.rel_title()) if x.p(0.35) else B.generic_inline(x)), 0.45)
    b.body_tail()
    b.cr(b.ch([f"📌 Nguồn: {b.e.outlet()[0]}", f"Theo {b.e.outlet()[0]} 📰"]))
    b.w("Bạn cảm thấy thế nào về bài viết này?")
    b.w(b.ch(["😍 Thích  😂 Hài  😮 Ngạc nhiên  😢 Buồn  😡 Giận", "👍 0  👎 0"]))
    b.related_block(); b.comments(); b.footer()


def L_print(b):
    b.site_line(); b.w(b.ch([f"Báo in số {b.r.randint(1000, 9999)}", f"Số ra ngày {b.e.dmy()}", f"Trang {b.r.randint(2, 16)} - Báo in"]))
    b.menu(); b.title_line(); b.date_line()
    b.by(b.ch([b.e.pen().upper(), f"{b.e.pen()} - {b.e.pen()}", f"Bài, ảnh: {b.e.pen().upper()}"]))
    b.body(B.generic_inline, 0.25)
    b.body_tail()
    b.w(b.ch(["(Bài đã đăng trên ấn phẩm báo in)", "Đặt mua báo in »", "Đọc báo in trực tuyến (e-paper)"]))
    b.w(f"Xem các bài khác trong số {b.r.randint(1000, 9999)}")
    b.related_block(); b.footer()


def L_magazine(b):
    b.w(b.ch(["LONGFORM", "E-MAGAZINE", "Emagazine | Chuyện đời"])); b.site_line(); b.title_line()
    b.by(b.ch([f"Bài: {b.e.pen()} - Ảnh: {b.e.pen()}", f"Thực hiện: {b.e.pen()} - {b.e.pen()}"]))
    b.by(b.ch([f"Thiết kế: {b.e.pen()}", f"Đồ họa & dàn trang: {b.e.pen()}"]))
    b.date_line()
    b.cap(b.caption_line())

    def inl(x):
        if x.p(0.3):
            x.w(x.ch(["Kỳ I", "Phần 2", "❖", "* * *", "—"]))
        else:
            x.inline_photo()
    b.body(inl, 0.6)
    b.body_tail()
    b.by(b.ch([f"Nội dung: {b.e.pen()}", f"Bài viết: {b.e.pen()}"]))
    b.cr(b.ch([f"Ảnh: {b.e.pen()}, {b.e.pen()}", f"Ảnh: {b.e.pen()} và Tư liệu", "Ảnh: Nhân vật cung cấp"]))
    b.by(f"Biên tập: {b.e.pen()}")
    b.related_block(); b.share(); b.footer()


def L_tv(b):
    b.site_line(); b.menu(); b.w(b.ch(["Truyền hình", "Video", "Bản tin thời sự 19h"])); b.title_line(); b.date_line()
    b.w(b.ch(["▶ 03:21", "▶ Xem video", "⏯ 01:58 / 04:10"]))
    b.cap(f"Video: {b.caption_text()}")
    b.cr(b.ch([f"Nguồn video: {b.e.outlet()[0]}", f"Video: {b.e.pen()}", f"Clip: {b.e.pen()}"]))
    b.by(b.ch([f"Nhóm PV - {b.site[1]}", f"PV {b.e.pen()} - KTV {b.e.pen()}", f"{b.e.pen()} | {b.site[0]}"]))
    b.body(B.generic_inline, 0.3)
    b.body_tail()
    b.w(b.ch(["Lịch phát sóng", "Xem lại các bản tin", "Đăng ký kênh 🔔"]))
    b.related_block(); b.share(); b.footer()


def L_forum(b):
    b.site_line(); b.w(b.ch(["Diễn đàn » Tin tức » Thời sự", "Forum | Chuyện thời sự"])); b.title_line()
    b.w(b.ch([f"Chủ đề trong '{b.ch(SECTIONS)}' bắt đầu bởi {b.e.pen()}", f"Thảo luận trong '{b.ch(SECTIONS)}'"]))
    b.date_line()
    b.w(b.ch([f"#1", f"Bài viết: {b.r.randint(10, 9000)}", "Thành viên tích cực"]))
    b.body(B.generic_inline, 0.2)
    b.body_tail()
    o = b.e.outlet(avoid=(b.site[0],))
    b.cr(b.ch([f"Nguồn: {o[0]}", f"Nguồn: {b.e.url(o[2])}", f"Copy từ {o[0]}"]))
    b.w(b.ch(["Bấm để xem thêm...", "Thích • Trích dẫn • Trả lời"]))
    b.comments(b.r.randint(3, 5))
    b.related_block(head=True)
    b.footer(3)


def L_newsletter(b):
    b.w(b.ch(["Bản tin sáng", "☕ ĐIỂM TIN 6H", "Newsletter hằng ngày"])); b.site_line()
    b.w(b.ch(["Xem email này trên trình duyệt", "Nếu email hiển thị lỗi, bấm vào đây"]))
    b.title_line(); b.date_line()
    b.body(B.generic_inline, 0.25)
    b.body_tail()
    b.cr(b.credit_any())
    b.w("CÁC TIN KHÁC TRONG BẢN TIN")
    for _ in range(b.r.randint(4, 6)):
        b.rl(b.ch(["", "— ", "→ "]) + b.rel_title())
    b.w(b.ch(["Hủy đăng ký nhận bản tin", "Bạn nhận email này vì đã đăng ký tại website"]))
    b.w(f"Gửi từ {b.site[2]}")
    b.footer(2)


def L_radio(b):
    b.site_line(); b.menu(); b.title_line(); b.date_line()
    b.w(b.ch(["🎧 Nghe bài viết (3 phút)", "Nghe audio ▶ 00:00 / 02:47", "Giọng đọc: Nữ miền Bắc ▾"]))
    b.by(b.ch([f"{b.e.pen()} - Đài {b.site[1]}", f"BTV {b.e.pen()}", f"{b.e.pen()} - {b.e.pen()}/{b.site[1]}"]))
    b.body(B.generic_inline, 0.3)
    b.body_tail()
    b.w(b.ch(["Tần số FM 96,5 MHz", "Nghe trực tuyến các kênh phát thanh", "Podcast mới nhất"]))
    b.related_block(); b.share(); b.footer()


def L_business(b):
    b.site_line()
    b.w(f"VN-Index {b.r.randint(900, 1200)},{b.r.randint(10, 99)} ▲ {b.r.randint(1, 9)},{b.r.randint(10, 99)} | HNX {b.r.randint(90, 250)},{b.r.randint(10, 99)} ▼")
    b.w(f"USD/VND {b.r.randint(22, 23)}.{b.r.randint(100, 999)} | Vàng SJC {b.r.randint(35, 42)},{b.r.randint(10, 99)} triệu")
    b.menu(); b.title_line(); b.date_line()
    b.by(b.byline_any())
    b.body(B.generic_inline, 0.35)
    b.body_tail()
    b.cr(b.credit_any())
    b.w(b.ch(["Dữ liệu thị trường chỉ mang tính tham khảo", "Bảng giá chứng khoán trực tuyến »"]))
    b.related_block(); b.tags(); b.footer()


def L_multi_syndicate(b):
    o1, o2 = b.e.outlet(avoid=(b.site[0],)), b.e.outlet(avoid=(b.site[0],))
    b.menu(); b.site_line(); b.title_line(); b.date_line()
    b.cr(b.ch([f"Theo {o1[0]}, {o2[0]}", f"Nguồn: {o1[1]} - {o2[1]}", f"Tổng hợp từ {o1[0]} và {o2[0]}"]))
    b.body(lambda x: x.cr(x.credit_any()) if x.p(0.3) else B.generic_inline(x), 0.4)
    b.body_tail()
    b.by(b.ch([f"{b.e.pen()} (tổng hợp)", f"{b.e.pen()} tổng hợp"]))
    b.cr(f"Bài viết được đăng lại từ {o1[0]}")
    b.cr(b.ch([f"Xem bài gốc trên {o1[2]}", f"Bài gốc: {b.e.url(o2[2])}"]))
    b.related_block(); b.share(); b.footer()


def L_archive(b):
    b.site_line(); b.w(b.ch(["LƯU TRỮ", "Kho tin cũ", f"Lưu trữ năm {b.r.randint(2012, 2018)}"])); b.title_line(); b.date_line()
    b.w(b.ch(["Bài viết này đã được đăng hơn 1 năm trước", "⚠ Thông tin có thể đã thay đổi so với thời điểm đăng"]))
    b.by(b.byline_any())
    b.body(B.generic_inline, 0.3)
    b.body_tail()
    b.cr(b.credit_any())
    b.w(b.ch(["Xem các bài viết cùng ngày", "« Bài trước | Bài sau »"]))
    b.related_block(); b.footer()


def L_plain(b):
    b.site_line(); b.menu(); b.breadcrumb(); b.title_line(); b.date_line(); b.share()
    b.body(B.generic_inline, 0.35)
    b.body_tail()
    b.by(b.byline_any())
    b.tags(); b.related_block(); b.comments(); b.footer()


def L_textonly(b):
    b.site_line(); b.w("[Bỏ qua đến nội dung]"); b.w(b.ch(["Phiên bản văn bản (text-only)", "Trang in"])); b.title_line(); b.date_line()

    def inl(x):
        x.w(x.ch(["[Ảnh]", "[Hình ảnh]", "[image]", "[Video nhúng]"]))
        if x.p(0.7):
            x.cap(f"[Chú thích: {x.caption_text()}]" if x.p(0.4) else x.caption_line())
    b.body(inl, 0.45)
    b.body_tail()
    b.by(b.byline_any()); b.cr(b.credit_any())
    b.w(f"URL: {b.e.url(b.site[2])}")
    b.w(f"In lúc: {b.e.hm()} {b.e.dmy()}")
    b.w("[Đóng cửa sổ]")
    for _ in range(3):
        b.rl("- " + b.rel_title())


def L_republish_chain(b):
    o1 = b.e.outlet(avoid=(b.site[0],))
    ag, code = b.ch(AGENCIES)
    b.menu(); b.site_line(); b.title_line(); b.date_line()
    b.cr(b.ch([f"{o1[0]} dẫn nguồn {ag}", f"Theo {o1[0]} / {code}", f"Nguồn: {code} qua {o1[0]}"]))
    b.share()
    b.body(B.generic_inline, 0.35)
    b.body_tail()
    b.by(b.ch([f"{b.e.pen()} ({code})", f"{b.e.pen()}/{code}", f"({code}/{o1[1]})"]))
    b.cr(f"Bài viết được đăng lại từ {o1[0]}, nguồn gốc từ {ag}")
    b.w(b.ch(["Mọi hình thức sao chép phải ghi rõ nguồn", "Không sao chép khi chưa được phép"]))
    b.related_block(); b.comments(); b.footer()


def L_photo_credit_heavy(b):
    b.site_line(); b.menu(per_item=True); b.title_line(); b.date_line()
    b.by(b.byline_any())

    def inl(x):
        f = x.r.randint(0, 3)
        if f == 0:
            x.cr(x.photo_credit())
        elif f == 1:
            x.cap(x.caption_text() + "."); x.cr(x.photo_credit())
        elif f == 2:
            x.cap(x.caption_line())
        else:
            x.w(x.ch(["[Ảnh]", "📷"])); x.cap(x.caption_line())
    b.body(inl, 0.7)
    b.body_tail()
    b.cr(b.ch(["Ảnh trong bài: Nhân vật cung cấp", f"Ảnh: {b.e.pen()}, {b.site[1]}", "Ảnh chụp màn hình"]))
    b.related_block(); b.share(); b.footer()


def L_partner_box(b):
    o1 = b.e.outlet(avoid=(b.site[0],))
    b.site_line(); b.menu(); b.title_line(); b.date_line()
    b.w(b.ch(["🤝 Đối tác nội dung", "NỘI DUNG HỢP TÁC", "Bài viết từ đối tác"]))
    b.cr(b.ch([f"{o1[0]} | {o1[2]}", f"Bài gốc thuộc {o1[0]}"]))
    b.by(f"{b.e.pen()} | {o1[0]}")
    b.body(B.generic_inline, 0.35)
    b.body_tail()
    b.cr(b.ch([f"Theo {o1[0]}", f"Nguồn: {o1[0]}"]))
    b.w(f"Đọc thêm tin từ {o1[0]} »")
    for _ in range(b.r.randint(2, 4)):
        b.rl(b.related_line())
    b.related_block(); b.footer()


LAYOUTS = [
    ("syndication_partner", L_syndication), ("aggregator_card", L_aggregator),
    ("regional_wire", L_regional_wire), ("photo_portal", L_photo_portal),
    ("byline_zoo", L_byline_zoo), ("press_release", L_press_release),
    ("pr_wire", L_pr_wire), ("translated_foreign", L_translated),
    ("fact_check", L_fact_check), ("correction_note", L_correction),
    ("live_multi_author", L_live), ("mobile_amp", L_amp),
    ("tabloid_emoji", L_tabloid), ("print_edition", L_print),
    ("magazine_longform", L_magazine), ("tv_station", L_tv),
    ("forum_repost", L_forum), ("newsletter_digest", L_newsletter),
    ("radio_station", L_radio), ("business_daily", L_business),
    ("multi_syndicate", L_multi_syndicate), ("archive_page", L_archive),
    ("plain_regional", L_plain), ("text_only", L_textonly),
    ("republish_chain", L_republish_chain), ("photo_credit_heavy", L_photo_credit_heavy),
    ("partner_box", L_partner_box),
]


# ---------------------------------------------------------------- faults
FAULTS = ("nbsp", "zwsp", "dblspace", "glue", "nfd")


def _fault_str(s, kind, rng):
    sp = [m.start() for m in re.finditer(" ", s)]
    if not sp:
        return s
    k = rng.choice(sp)
    if kind == "nbsp":
        return s[:k] + "\u00a0" + s[k + 1:]
    if kind == "dblspace":
        return s[:k] + "  " + s[k + 1:]
    if kind == "zwsp":
        return s[:k] + " \u200b" + s[k + 1:] if rng.random() < 0.5 else s[:k] + "\u200b " + s[k + 1:]
    return s


def apply_faults(items, faults, rng):
    counts = Counter()
    # glue first: inside a paragraph, merge a pair "A." + "B" -> "A.B"
    if "glue" in faults:
        cand = [(ii, j) for ii, (k, p) in enumerate(items) if k == "BODY"
                for j in range(len(p) - 1) if p[j].endswith(".") and p[j + 1][:1].isupper()]
        for ii, j in rng.sample(cand, min(len(cand), rng.randint(1, 3))):
            p = items[ii][1]
            if j + 1 < len(p) and p[j].endswith(".") and p[j + 1][:1].isupper():
                p[j:j + 2] = [p[j] + p[j + 1]]
                counts["glue"] += 1
    for f in ("nbsp", "zwsp", "dblspace"):
        if f not in faults:
            continue
        for ii, (k, p) in enumerate(items):
            if k == "BODY":
                for j in range(len(p)):
                    if rng.random() < 0.25:
                        p[j] = _fault_str(p[j], f, rng)
                        counts[f] += 1
            elif rng.random() < 0.3:
                items[ii] = (k, _fault_str(p, f, rng))
                counts[f] += 1
    return counts


# ---------------------------------------------------------------- assembly
def related_pool(rows):
    pool = []
    for r in RELATED_ROWS:
        if r not in rows:
            continue
        t, a = rows[r]
        head = re.sub(r"\s+", " ", a[:1200]).strip()
        sents, _ = split_sentences(head)
        caps = []
        for j, s in enumerate(sents[:-1]):
            # only caption-like sentences: the original photo caption that opens
            # the article, or a short comma-free descriptive line near the top
            if not s.endswith(".") or '"' in s or "“" in s or "”" in s:
                continue
            if (j == 0 and 25 <= len(s) <= 120 and s.count(",") <= 1) or \
                    (25 <= len(s) <= 95 and "," not in s):
                caps.append(s)
        pool.append({"row": r, "title": t, "head": head, "caps": caps})
    return pool


def build_page(k, row, title, article, pool):
    sents, tail = story(article)
    layout, fn = LAYOUTS[k % len(LAYOUTS)]
    banned = {norm(s) for s in sents} | {norm(title)}
    rr = R(row, "related")
    rel = []
    for d in rr.sample(pool, 14):
        if norm(d["title"]) in banned:
            continue
        caps = [c for c in d["caps"] if norm(c) not in banned and norm(c.rstrip(".")) not in banned]
        rel.append({"title": d["title"], "head": d["head"], "caps": caps})
    b = B(row, title, sents, tail, rel, layout)
    fn(b)
    rf = R(row, "faults")
    faults = set()
    if rf.random() < 0.27:
        faults = set(rf.sample(FAULTS, rf.randint(1, 3)))
    fc = apply_faults(b.items, faults, rf)
    lines, body, furn = [], [], []
    for kind, p in b.items:
        if kind == "BODY":
            line = " ".join(p)
            body.extend(p)
        else:
            line = p.strip()
            if kind != "U":
                furn.append((kind, line))
        lines.append(line)
    text = "\n".join(lines)
    if "nfd" in faults:
        text = unicodedata.normalize("NFD", text)
        body = [unicodedata.normalize("NFD", s) for s in body]
        furn = [(kk, unicodedata.normalize("NFD", l)) for kk, l in furn]
        fc["nfd"] += 1
    page = Page(text, body, furn, layout)
    check(page, title)
    return page, fc


def check(pg, title):
    assert pg.text.strip(), "blank page"
    lines = pg.text.split("\n")
    for ln in lines:
        assert ln and ln == ln.strip(), f"unstripped/blank line {ln!r}"
    assert pg.body, "no body"
    # body lines
    bi = 0
    fi = 0
    unl = []
    nb = {norm(s) for s in pg.body}
    for ln in lines:
        # try body line: consume 1-4 body sentences
        matched = False
        for n in (1, 2, 3, 4):
            if bi + n <= len(pg.body) and ln == " ".join(pg.body[bi:bi + n]):
                # greedily prefer the longest correct match
                best = n
                matched = True
        if matched:
            bi += best
            continue
        if fi < len(pg.furniture) and pg.furniture[fi][1] == ln:
            assert pg.furniture[fi][0] in KINDS
            fi += 1
            continue
        unl.append(ln)
    assert bi == len(pg.body), f"body order mismatch {bi}/{len(pg.body)}"
    assert fi == len(pg.furniture), f"furniture order mismatch {fi}/{len(pg.furniture)}"
    assert len(unl) <= 3, f"too many unlabelled lines: {unl}"
    for s in pg.body:
        assert s in pg.text and s.strip() == s and "\n" not in s
    for kind, ln in pg.furniture:
        assert norm(ln) not in nb, f"furniture equals body sentence: {ln}"
    for ln in unl:
        assert norm(ln) not in nb, f"unlabelled equals body sentence: {ln}"


def pages(train_path):
    rows = read_rows(train_path)
    pool = related_pool(rows)
    out = []
    k = 0
    global FAULT_COUNTS
    FAULT_COUNTS = Counter()
    for row in BODY_ROWS:
        if row not in rows:
            continue
        title, article = rows[row]
        pg, fc = build_page(k, row, title, article, pool)
        FAULT_COUNTS.update(fc)
        if fc:
            FAULT_COUNTS["pages_with_faults"] += 1
        out.append(pg)
        k += 1
    return out


FAULT_COUNTS = Counter()


def main(argv):
    path = argv[1] if len(argv) > 1 else "/work/shared/data/vietnews_train.jsonl.gz"
    ps = pages(path)
    per = defaultdict(lambda: Counter())
    for p in ps:
        c = per[p.layout]
        c["pages"] += 1
        c["body"] += len(p.body)
        for kind, _ in p.furniture:
            c[kind] += 1
    tot = Counter()
    hdr = f"{'layout':22s} {'pages':>5s} {'body':>5s} " + " ".join(f"{k:>7s}" for k in KINDS) + f" {'furn':>5s}"
    print(hdr)
    for name, _ in LAYOUTS:
        c = per.get(name)
        if not c:
            continue
        tot.update(c)
        f = sum(c[k] for k in KINDS)
        print(f"{name:22s} {c['pages']:5d} {c['body']:5d} " + " ".join(f"{c[k]:7d}" for k in KINDS) + f" {f:5d}")
    f = sum(tot[k] for k in KINDS)
    print(f"{'TOTAL':22s} {tot['pages']:5d} {tot['body']:5d} " + " ".join(f"{tot[k]:7d}" for k in KINDS) + f" {f:5d}")
    print("faults:", ", ".join(f"{k}={FAULT_COUNTS[k]}" for k in ("pages_with_faults",) + FAULTS))


if __name__ == "__main__":
    main(sys.argv)
