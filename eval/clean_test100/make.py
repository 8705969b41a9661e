#!/usr/bin/env python3
"""Held-out evaluation set "test100" for a cleaner of scraped Vietnamese news pages.

Theme: entertainment and showbiz outlets (invented).  Standard library only.
Usage: python3 make.py /path/to/vietnews_train.jsonl.gz
"""
import datetime
import gzip
import json
import random
import re
import sys
import unicodedata
from pathlib import Path
from typing import List, NamedTuple, Tuple

SETNAME = "test100"
SEED = 10037
BODY_ROWS = range(12000, 12100)
RELATED_ROWS = range(18200, 18300)
KINDS = ("byline", "credit", "caption", "related", "widget")


class Page(NamedTuple):
    text: str
    body: List[str]
    furniture: List[Tuple[str, str]]
    layout: str


def R(row, purpose):
    return random.Random(f"{SETNAME}|{SEED}|{row}|{purpose}")


# ---------------------------------------------------------------- text helpers
ZW = "\u200b\u200c\u200d\u2060\ufeff"


def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = "".join(ch for ch in s if ch not in ZW)
    s = "".join(s.split())
    return s.casefold()


def sanitize(s):
    out = []
    for ch in s:
        cat = unicodedata.category(ch)
        if ch in "\r\n\t\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029" or ch.isspace():
            out.append(" ")
        elif cat in ("Cc", "Cf", "Co", "Cs", "Cn"):
            continue
        else:
            out.append(ch)
    return "".join(out)


def detok(s):
    s = sanitize(unicodedata.normalize("NFC", s)).replace("_", " ")
    s = re.sub(r" +", " ", s).strip()
    # pair straight quotes
    parts = s.split('"')
    if len(parts) > 1:
        out = parts[0]
        j = 1
        while j < len(parts):
            if j + 1 < len(parts):
                out = out.rstrip()
                if out and out[-1] not in "([“":
                    out += " "
                out += '"' + parts[j].strip() + '"'
                after = parts[j + 1]
                if after.lstrip()[:1] and after.lstrip()[:1] in ",.;:!?)]…":
                    after = after.lstrip()
                elif after.strip():
                    after = " " + after.lstrip()
                out += after
                j += 2
            else:
                out += '"' + parts[j]
                j += 1
        s = out
    s = re.sub(r"(^|\s)'\s+([^']*?)\s+'(?=\s|$|[,.;:!?)])", r"\1'\2'", s)
    s = re.sub(r'"\s+([^"”]*”)', r"“\1", s)
    s = re.sub(r"‘\s+", "‘", s)
    s = re.sub(r"\s+’", "’", s)
    s = re.sub(r"“\s+", "“", s)
    s = re.sub(r"\s+”", "”", s)
    s = re.sub(r"\(\s+", "(", s)
    s = re.sub(r"\s+\)", ")", s)
    s = re.sub(r"\[\s+", "[", s)
    s = re.sub(r"\s+\]", "]", s)
    s = re.sub(r"\s+([,.;:!?%…])", r"\1", s)
    s = re.sub(r"(\S) / (\S)", r"\1/\2", s)
    s = re.sub(r" +", " ", s).strip()
    return s


ABBR = {"tp", "ts", "gs", "pgs", "ths", "bs", "q", "p", "th.s", "tt", "ncs", "mr", "mrs", "ms", "dr",
        "st", "ks", "ls", "ck", "no", "tr", "v.v", "nxb", "pv", "btv", "đ/c", "ubnd"}
END_RE = re.compile(r'[.!?…]+["”’)\]]*(?=\s)')


def split_sentences(text):
    sents, start = [], 0
    for m in END_RE.finditer(text):
        e = m.end()
        k = e
        while k < len(text) and text[k] == " ":
            k += 1
        if k >= len(text):
            continue
        j = k
        while j < len(text) and text[j] in '"“(‘[':
            j += 1
        if j >= len(text) or not (text[j].isupper() or text[j].isdigit()):
            continue
        if text[m.start()] == ".":
            before = text[start:m.start()]
            tok = before.split(" ")[-1] if before else ""
            tok = tok.lstrip('"“(‘[')
            t = tok.lower()
            if t in ABBR or (len(tok) == 1 and tok.isalpha()) or \
                    re.fullmatch(r"(\w\.)+\w?", tok) or tok == "":
                continue
        sents.append(text[start:e].strip())
        start = k
    tail = text[start:].strip()
    if tail:
        sents.append(tail)
    return sents


CAPTION_MARKS = ["ảnh:", "(ảnh", "ảnh :", "video:", "clip:", "minh hoạ", "minh họa", "(trái)", "(phải)",
                 "(giữa)", "nguồn:", "đồ hoạ", "đồ họa", "infographic", "photo:", "từ trái sang",
                 "thực hiện:", "bài và ảnh", "ảnh minh", "(nguồn", "ảnh chụp màn hình", "trong ảnh"]
REPORT = ["nói", "cho biết", "chia sẻ", "khẳng định", "cho hay", "tiết lộ", "nhấn mạnh", "bày tỏ",
          "kể", "giải thích", "thừa nhận", "trả lời", "phát biểu", "tâm sự", "nhận định", "đánh giá",
          "cho rằng", "nêu rõ", "thông báo", "xác nhận", "khai", "bác bỏ", "lý giải", "thông tin",
          "phản ánh", "dự báo", "đề nghị", "yêu cầu", "kiến nghị", "nhận xét", "tuyên bố", "trao đổi"]
CONNECT = ["Tuy nhiên", "Trong khi đó", "Ngoài ra", "Bên cạnh đó", "Do đó", "Vì vậy", "Theo đó",
           "Sau đó", "Đồng thời", "Trước đó", "Mặc dù", "Dù", "Nhưng", "Song", "Thế nhưng", "Vì thế",
           "Chính vì", "Cùng với", "Đặc biệt", "Thậm chí", "Như vậy", "Trước tình hình", "Hiện nay",
           "Tính đến", "Cũng theo", "Theo", "Khi", "Còn", "Ngay sau", "Do", "Bởi", "Tiếp đó", "Cụ thể"]


def balanced(s):
    return (s.count('"') % 2 == 0 and s.count("“") == s.count("”") and s.count("(") == s.count(")")
            and s.count("[") == s.count("]") and s.count("‘") == s.count("’"))


def keep_sentence(s, title_n, seen):
    low = s.lower()
    words = s.split()
    if len(words) < 8 or len(words) > 110:
        return False
    if any(m in low for m in CAPTION_MARKS):
        return False
    if any(ch in s for ch in "|•»«►▶■□●◆"):
        return False
    if not balanced(s):
        return False
    if re.search(r'\s"[.,;:!?]|[^\s(“\[]"[^\s.,;:!?)\]…]', s) or re.search(r'^"\s', s):
        return False
    if not re.search(r'[.!?…]["”’)]*$', s):
        return False
    if re.search(r"[a-zà-ỹđ,] (Bà|Ông|Theo|Mới|Trong|Tuy|Sau|Hiện|Cụ|Đây|Đó|Những|Các|Với|Khi|Tại|Nhưng|Chiều|Sáng|Trước) ", s):
        return False  # run-in subheading glued to the next sentence
    if ":" in " ".join(words[:6]):
        return False
    if re.search(r"\(?\bTheo\s+[^,.]{1,40}\)?[.]?\)?$", s) and not s.startswith("Theo"):
        return False
    first = s.lstrip('"“(‘[')
    if not first or not (first[0].isupper() or first[0].isdigit()):
        return False
    last = words[-1].rstrip('.!?…"”’)').lower()
    if last in ABBR:
        return False
    n = norm(s)
    if n in seen or n == title_n:
        return False
    short = len(words) <= 22 or ("," not in s and len(words) <= 30)
    if short:
        ok = any(re.search(r"(^|\s)" + re.escape(v) + r"(\s|[,.:])", low) for v in REPORT)
        ok = ok or bool(re.search(r'["“].{3,}["”],', s))
        ok = ok or any(s.startswith(c + " ") or s.startswith(c + ",") for c in CONNECT)
        if not ok:
            return False
    seen.add(n)
    return True


def story_sentences(title, article):
    t = detok(title)
    seen = set()
    out = []
    for s in split_sentences(detok(article)):
        if keep_sentence(s, norm(t), seen):
            out.append(s)
    return t, out


PERSON_SURN = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
               "Hồ", "Ngô", "Dương", "Lý", "Trịnh", "Đinh", "Lâm", "Mai", "Trương", "Đào", "Cao", "Lưu", "Chu",
               "Tạ", "Châu", "Quách", "Thái", "Tô", "Lương", "Kiều", "Triệu", "Văn", "Tăng"}


STOPNEXT = {"ở", "và", "của", "tại", "đã", "sẽ", "là", "cho", "với", "được", "vừa", "cũng", "có", "không",
            "đang", "trong", "khi", "thì", "mới", "còn", "từ", "đến", "về", "bị", "nói", "cho biết", "chia"}


def entities(sents, title):
    """Full runs of 2-4 capitalised words (not sentence-initial) closed by punctuation or a
    function word; people (surname-led, 3-4 words) and other names."""
    people, others = [], []
    for s in [title] + sents:
        words = s.split()
        i = 1
        while i < len(words):
            run, j, closed = [], i, False
            while j < len(words):
                w = words[j]
                c = w.rstrip('.,;:!?)”"…')
                if len(c) > 1 and c.isalpha() and c[0].isupper():
                    run.append(c)
                    j += 1
                    if c != w:
                        closed = True
                        break
                else:
                    if w in STOPNEXT or not w[:1].isalpha():
                        closed = True
                    break
            else:
                closed = True
            if 2 <= len(run) <= 4 and closed and not any(x.isupper() for x in run):
                e = " ".join(run)
                tgt = people if (run[0] in PERSON_SURN and len(run) >= 3) else others
                if e not in people and e not in others:
                    tgt.append(e)
            i = max(j, i + 1)
    return people, others


# ---------------------------------------------------------------- invented data
SURN = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Phan"]
MID = ["Thị", "Văn", "Minh", "Ngọc", "Thanh", "Hoài", "Gia", "Bảo", "Khánh", "Thu", "Quốc", "Hải"]
GIV = ["Châu", "Lan", "Vy", "Trang", "Tùng", "Khoa", "Nhi", "Phương", "Quân", "Hà", "Linh", "Duy", "An",
       "Thảo", "Huy", "My", "Nam", "Yến", "Sơn", "Tâm"]
PHOTOG = ["Hoàng Lâm", "Tuấn Kiệt", "Lê Quang", "Minh Sang", "Bảo Ngọc", "Đức Trí", "Quỳnh Anh", "Thiên Ân"]
SCENES = ["Khán giả chật kín khán phòng trong đêm diễn cuối tuần qua.",
          "Dàn khách mời chụp ảnh lưu niệm trên thảm đỏ trước giờ khai mạc.",
          "Một góc hậu trường buổi ghi hình được ê-kíp chia sẻ.",
          "Khu vực sân khấu được dựng công phu trước giờ diễn.",
          "Người hâm mộ chờ đợi từ sớm để chào đón thần tượng.",
          "Buổi họp báo thu hút đông đảo phóng viên tham dự.",
          "Không khí náo nhiệt tại khu vực check-in của sự kiện.",
          "Các người mẫu tổng duyệt trước giờ trình diễn chính thức."]
ENT_CAP = ["{e} trong một lần xuất hiện trước truyền thông.",
           "{e} tại sự kiện diễn ra hồi đầu tháng.",
           "Hình ảnh liên quan đến {e} thu hút sự chú ý của khán giả.",
           "{e} nhận được nhiều quan tâm của dư luận thời gian qua.",
           "Khoảnh khắc đáng nhớ bên lề sự kiện của {e}.",
           "Toàn cảnh buổi gặp gỡ có sự góp mặt của {e}.",
           "{e} trong bức ảnh được chia sẻ trên trang cá nhân.",
           "Câu chuyện về {e} đang được bàn tán sôi nổi."]
TOPIC_CAP = ["Hình ảnh liên quan đến {e} thu hút sự chú ý của dư luận.",
             "Toàn cảnh sự kiện có liên quan đến {e}.",
             "Câu chuyện về {e} đang được bàn tán sôi nổi.",
             "Một góc {e} trong bức ảnh được chia sẻ gần đây.",
             "Thông tin về {e} được nhiều người quan tâm."]
COMMENTERS = ["Thu Hằng", "minhtuan_92", "Bé Bông", "Hoàng Long", "ngoclan.sg", "Kim Chi", "Trung Kiên", "Mai Anh"]
COMMENTS = ["Đọc xong thấy thật nhiều cảm xúc, mong có thêm bài như thế này.",
            "Hóng phần tiếp theo quá admin ơi!",
            "Bài viết hay, cảm ơn tác giả.",
            "Không biết thông tin này chính xác đến đâu nhỉ?",
            "Chúc mọi điều tốt đẹp sẽ đến.",
            "Mình đã chia sẻ cho cả nhóm bạn cùng đọc."]
TAGPOOL = ["sao Việt", "hậu trường", "showbiz", "tin nóng", "đời sống sao", "thảm đỏ", "phim Việt",
           "âm nhạc", "thời trang", "gameshow", "người nổi tiếng", "sự kiện"]

OUTLETS = [
    ("Sao Mai Online", "saomaionline.vn"), ("Ngôi Sao Đêm", "ngoisaodem.vn"), ("Thảm Đỏ News", "thamdonews.vn"),
    ("Hậu Trường Xanh", "hautruongxanh.com"), ("Showbiz Việt Today", "showbizviettoday.vn"),
    ("Nhạc Việt Online", "nhacvietonline.net"), ("Màn Ảnh Nhỏ", "mananhnho.vn"),
    ("Thời Trang Sao", "thoitrangsao.vn"), ("Sân Khấu Mới", "sankhaumoi.vn"), ("Điện Ảnh Plus", "dienanhplus.vn"),
    ("Tin Sao Nhanh", "tinsaonhanh.com"), ("Vui Sống Giải Trí", "vuisonggiaitri.vn"),
    ("Đời Nghệ Sĩ", "doinghesi.vn"), ("Ánh Đèn Sân Khấu", "anhdensankhau.net"),
    ("Gương Mặt Trẻ", "guongmattre.vn"), ("Phong Cách Sao", "phongcachsao.vn"), ("Kênh Sao 360", "kenhsao360.vn"),
    ("Văn Nghệ Cuối Tuần", "vanghecuoituan.vn"), ("Giai Điệu Xanh", "giaidieuxanh.vn"),
    ("Bản Tin Giải Trí", "bantingiaitri.vn"),
]
SECTIONS = ["Sao Việt", "Sao quốc tế", "Phim ảnh", "Âm nhạc", "Thời trang", "TV Show", "Hậu trường", "Sự kiện"]
WD = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]


class Ctx:
    def __init__(self, row, k, title, sents, related, outlet):
        self.row, self.k, self.title, self.sents = row, k, title, sents
        self.rng = R(row, "layout")
        self.site, self.domain = outlet
        d0 = datetime.datetime(2016, 1, 1)
        dr = R(row, "date")
        self.dt = d0 + datetime.timedelta(minutes=dr.randrange(4 * 365 * 24 * 60))
        self.ents = entities(sents, title)
        rr = R(row, "related")
        self.related = rr.sample(related, min(len(related), 8)) if related else []
        self._ri = 0
        self._ci = 0
        self.section = self.rng.choice(SECTIONS)

    # --- people
    def name(self):
        r = self.rng
        return f"{r.choice(SURN)} {r.choice(MID)} {r.choice(GIV)}"

    def short_name(self):
        r = self.rng
        return f"{r.choice([m for m in MID if m not in ('Thị', 'Văn')])} {r.choice(GIV)}"

    # --- dates
    def date(self, style):
        d = self.dt
        wd = WD[d.weekday()]
        hm = f"{d.hour:02d}:{d.minute:02d}"
        return {
            0: f"{d.day:02d}/{d.month:02d}/{d.year} {hm}",
            1: f"{wd}, {d.day:02d}/{d.month:02d}/{d.year}, {hm} (GMT+7)",
            2: f"{hm} | {d.day:02d}/{d.month:02d}/{d.year}",
            3: f"Cập nhật: {d.day:02d}/{d.month:02d}/{d.year} - {hm}",
            4: f"Ngày {d.day} tháng {d.month} năm {d.year}",
            5: f"{d.day:02d}-{d.month:02d}-{d.year} {hm}:{d.second + self.rng.randrange(60):02d}",
            6: f"{d.year}-{d.month:02d}-{d.day:02d} {hm}",
            7: f"{wd.lower().capitalize()}, {d.day}/{d.month}/{d.year} | {hm}",
            8: f"Đăng lúc {hm} ngày {d.day:02d}/{d.month:02d}/{d.year}",
            9: f"{d.day:02d}.{d.month:02d}.{d.year}",
        }[style]

    def today(self):
        d = self.dt + datetime.timedelta(days=self.rng.randrange(1, 400))
        return f"{WD[d.weekday()]}, {d.day:02d}/{d.month:02d}/{d.year}"

    def short_date(self):
        d = self.dt - datetime.timedelta(days=self.rng.randrange(1, 30))
        return f"{d.day:02d}/{d.month:02d}/{d.year}"

    # --- related
    def rel(self):
        if self._ri >= len(self.related):
            return None
        x = self.related[self._ri]
        self._ri += 1
        return x

    def rels(self, n):
        out = []
        for _ in range(n):
            x = self.rel()
            if x:
                out.append(x)
        return out

    # --- captions
    def caption(self):
        r = self.rng
        self._ci += 1
        people, others = self.ents
        x = r.random()
        if people and x < 0.6:
            return r.choice(ENT_CAP).format(e=r.choice(people))
        if others and x < 0.8:
            return r.choice(TOPIC_CAP).format(e=r.choice(others))
        return r.choice(SCENES)

    def photog(self):
        return self.rng.choice(PHOTOG)

    def views(self):
        return f"{self.rng.randrange(300, 98000):,}".replace(",", ".")

    def menu(self, items=None):
        items = items or ["Trang chủ"] + SECTIONS
        return items


class Builder:
    def __init__(self):
        self.rows = []  # (kind, payload) kind in title/date/site/body/furniture kinds

    def f(self, kind, line):
        assert kind in KINDS
        if line and line.strip():
            self.rows.append((kind, line.strip()))

    def title(self, t):
        self.rows.append(("title", t))

    def date(self, d):
        self.rows.append(("date", d))

    def site(self, s):
        self.rows.append(("site", s))

    def para(self, items):
        self.rows.append(("body", list(items)))

    def story(self, paras, inserts=None):
        inserts = inserts or {}
        for i, p in enumerate(paras):
            self.para(p)
            for fn in inserts.get(i, []):
                fn()


def spots(c, paras, n):
    """Choose n paragraph indices (not the last) after which to insert furniture."""
    cand = list(range(0, max(1, len(paras) - 1)))
    if len(paras) < 2:
        return []
    c.rng.shuffle(cand)
    return sorted(cand[:n])


def add_at(ins, idx, fn):
    ins.setdefault(idx, []).append(fn)


def rel_line(r, fmt, c):
    return fmt.format(t=r[0], d=c.short_date())


# ---------------------------------------------------------------- layouts
def L00(b, c, paras):  # Sao Mai Online: classic portal
    b.f("widget", " | ".join(["Trang chủ"] + SECTIONS[:6]))
    b.f("widget", f"Giải trí » {c.section}")
    b.title(c.title)
    b.date(c.date(1))
    ins = {}
    for i in spots(c, paras, 2):
        add_at(ins, i, lambda: (b.f("caption", c.caption()), b.f("credit", f"Ảnh: {c.photog()}")))
    b.story(paras, ins)
    b.f("byline", c.name().upper())
    b.f("widget", "Chia sẻ Facebook | Zalo | Gửi email | In bài")
    rs = c.rels(4)
    if rs:
        b.f("widget", "TIN LIÊN QUAN")
        for r in rs:
            b.f("related", "- " + r[0])
    b.f("widget", f"© 2016 {c.site}. Giấy phép số 214/GP-BTTTT. Liên hệ quảng cáo: 0909 412 387")


def L01(b, c, paras):  # Ngôi Sao Đêm: byline on top, captions with inline credit
    b.site(c.site)
    b.f("widget", c.today())
    b.f("widget", "Sao Việt  Sao ngoại  Phim  Nhạc  Thời trang  Video")
    b.title(c.title)
    b.f("byline", f"Bài: {c.short_name()} - Ảnh: {c.photog()}")
    b.date(c.date(2))
    ins = {}
    sp = spots(c, paras, 2)
    if sp:
        add_at(ins, sp[0], lambda: b.f("caption", f"{c.caption()[:-1]} (Ảnh: {c.photog()})"))
    if len(sp) > 1:
        r = c.rel()
        if r:
            add_at(ins, sp[1], lambda r=r: b.f("related", "Xem thêm: " + r[0]))
    b.story(paras, ins)
    b.f("widget", f"{c.views()} lượt xem")
    b.f("widget", "Thẻ: " + ", ".join(c.rng.sample(TAGPOOL, 4)))
    rs = c.rels(3)
    if rs:
        b.f("widget", "Đọc nhiều nhất")
        for i, r in enumerate(rs, 1):
            b.f("related", f"{i}. {r[0]}")
    b.f("widget", f"Bản quyền thuộc về {c.site}")


def L02(b, c, paras):  # Thảm Đỏ News: gallery captions, author box at end
    b.f("widget", "THẢM ĐỎ NEWS - Tin tức sự kiện, thời trang, sao")
    b.f("widget", f"Trang chủ > {c.section}")
    b.title(c.title)
    b.date(c.date(0))
    b.f("widget", "Nghe bài viết 0:00 / 3:42")
    ins = {}
    for i in spots(c, paras, 3):
        add_at(ins, i, lambda: b.f("caption", c.caption()))
    b.story(paras, ins)
    b.f("credit", f"Ảnh: {c.photog()}, {c.photog()}")
    nm = c.name()
    b.f("byline", nm)
    b.f("byline", f"{nm} là biên tập viên mảng thời trang, theo dõi các tuần lễ thời trang từ năm 2013.")
    rs = c.rels(3)
    if rs:
        b.f("widget", "Bạn có thể quan tâm")
        for r in rs:
            b.f("related", r[0])
            if r[1]:
                b.f("related", r[1])
    b.f("widget", "Bình luận (0)")
    b.f("widget", "Hãy là người đầu tiên bình luận cho bài viết này!")


def L03(b, c, paras):  # Hậu Trường Xanh: blog-like, comments
    b.site(c.site)
    b.f("widget", "Menu")
    b.f("widget", "Tìm kiếm")
    b.title(c.title)
    b.f("widget", f"{c.section} · {c.rng.randrange(2, 9)} phút đọc")
    b.date(c.date(7))
    ins = {}
    sp = spots(c, paras, 1)
    for i in sp:
        add_at(ins, i, lambda: b.f("widget", "Quảng cáo"))
    b.story(paras, ins)
    b.f("byline", f"{c.short_name()} (tổng hợp)")
    b.f("widget", "Thích  Chia sẻ  Lưu")
    b.f("widget", f"{c.rng.randrange(2, 40)} bình luận")
    for _ in range(2):
        b.f("widget", f"{c.rng.choice(COMMENTERS)}: {c.rng.choice(COMMENTS)}")
        b.f("widget", f"Trả lời · {c.rng.randrange(1, 23)} giờ trước")
    rs = c.rels(2)
    for r in rs:
        b.f("related", f"► {r[0]}")


def L04(b, c, paras):  # Showbiz Việt Today: date header, Theo signature
    b.f("widget", c.today())
    b.site(c.site)
    b.f("widget", "Đăng nhập | Đăng ký")
    b.f("widget", f"Showbiz / {c.section}")
    b.title(c.title)
    b.date(c.date(3))
    ins = {}
    for i in spots(c, paras, 2):
        add_at(ins, i, lambda: (b.f("widget", "[Hình ảnh]"), b.f("caption", c.caption())))
    b.story(paras, ins)
    b.f("byline", f"Theo {c.rng.choice(['Thảm Đỏ News', 'Sân Khấu Mới', 'Gương Mặt Trẻ'])}")
    b.f("widget", "Bạn thấy bài viết thế nào?  Hay  Bình thường  Chưa hay")
    rs = c.rels(3)
    if rs:
        b.f("related", " | ".join(r[0] for r in rs[:2]))
        for r in rs[2:]:
            b.f("related", "Xem thêm: " + r[0])
    b.f("widget", f"Email: toasoan@{c.domain} - Hotline: 1900 6{c.rng.randrange(100, 999)} {c.rng.randrange(10, 99)}")


def L05(b, c, paras):  # Nhạc Việt Online: video player, credits separate
    b.site(c.site)
    b.f("widget", "Bảng xếp hạng | MV mới | Album | Nghệ sĩ | Tin nhạc")
    b.title(c.title)
    b.date(c.date(6))
    b.f("byline", c.short_name())
    b.f("widget", "▶ 00:00 / 04:18")
    b.f("caption", f"Video: Xem lại màn trình diễn mới nhất liên quan đến bài viết.")
    b.f("credit", "Nguồn: YouTube")
    ins = {}
    sp = spots(c, paras, 2)
    if sp:
        add_at(ins, sp[0], lambda: (b.f("caption", c.caption()), b.f("credit", "Ảnh: FBNV")))
    if len(sp) > 1:
        add_at(ins, sp[1], lambda: b.f("widget", "Nghe album mới nhất trên ứng dụng Nhạc Việt - tải miễn phí!"))
    b.story(paras, ins)
    rs = c.rels(4)
    if rs:
        b.f("widget", "Tin cùng chuyên mục")
        for r in rs:
            b.f("related", f"{r[0]} ({c.short_date()})")
    b.f("widget", "Lên đầu trang")


def L06(b, c, paras):  # Màn Ảnh Nhỏ: TV schedule site
    b.f("widget", "Lịch phát sóng | Phim truyền hình | Gameshow | Review")
    b.f("widget", f"Trang chủ / Giải trí / {c.section}")
    b.title(c.title)
    b.date(c.date(4))
    b.f("byline", f"{c.name()} - {c.site}")
    ins = {}
    sp = spots(c, paras, 2)
    for i in sp:
        add_at(ins, i, lambda: b.f("caption", f"{c.caption()} Ảnh: {c.photog()}"))
    b.story(paras, ins)
    b.f("widget", "Tags: " + " ".join("#" + t.replace(" ", "") for t in c.rng.sample(TAGPOOL, 3)))
    rs = c.rels(3)
    if rs:
        b.f("widget", "CÓ THỂ BẠN QUAN TÂM")
        for r in rs:
            t = r[1] or r[0]
            b.f("related", f"{r[0]}. {t}" if r[1] else r[0])
    b.f("widget", f"{c.site} - Kênh thông tin truyền hình")


def L07(b, c, paras):  # Thời Trang Sao: lookbook, pull quote
    b.site(c.site)
    b.f("widget", "THỜI TRANG · LÀM ĐẸP · PHONG CÁCH SAO · SỰ KIỆN")
    b.title(c.title)
    b.f("byline", f"Thực hiện: {c.short_name()}")
    b.date(c.date(9))
    ins = {}
    sp = spots(c, paras, 2)
    if sp:
        def pq():
            q = pull_quote(c, paras)
            if q:
                b.f("widget", q)
        add_at(ins, sp[0], pq)
    if len(sp) > 1:
        add_at(ins, sp[1], lambda: (b.f("caption", c.caption()), b.f("credit", f"Ảnh: {c.photog()}/{c.site}")))
    b.story(paras, ins)
    b.f("widget", "Lưu bài viết   Chia sẻ")
    rs = c.rels(2)
    for r in rs:
        b.f("related", f"{r[0]} - {r[1]}" if r[1] else r[0])
    b.f("widget", f"Theo dõi {c.site} trên Instagram @{c.domain.split('.')[0]}")


def L08(b, c, paras):  # Sân Khấu Mới: inline related between paragraphs
    b.f("widget", c.site.upper())
    b.f("widget", "Kịch | Cải lương | Ca nhạc | Múa | Xiếc")
    b.title(c.title)
    b.date(c.date(8))
    ins = {}
    sp = spots(c, paras, 3)
    for n, i in enumerate(sp):
        if n == 1:
            add_at(ins, i, lambda: b.f("caption", c.caption()))
        else:
            r = c.rel()
            if r:
                add_at(ins, i, lambda r=r: b.f("related", f">> {r[0]}"))
    b.story(paras, ins)
    b.f("byline", f"{c.short_name().upper()} - {c.short_name().upper()}")
    b.f("widget", "In bài | Gửi bạn bè | Phản hồi")
    b.f("widget", f"Toà soạn: 48 Nguyễn Đình Chiểu, Q.1, TP.HCM. ĐT: (028) 38{c.rng.randrange(10, 99)} {c.rng.randrange(1000, 9999)}")


def L09(b, c, paras):  # Điện Ảnh Plus: film review header, rating box
    b.site(c.site)
    b.f("widget", "Phim chiếu rạp | Trailer | Review | Lịch chiếu | Hậu trường")
    b.f("widget", "Điện ảnh")
    b.title(c.title)
    b.f("widget", f"Điểm đánh giá của độc giả: {c.rng.randrange(60, 96) / 10:.1f}/10")
    b.date(c.date(5))
    ins = {}
    sp = spots(c, paras, 2)
    for i in sp:
        add_at(ins, i, lambda: b.f("caption", f"{c.caption()} (Nguồn: {c.site})"))
    b.story(paras, ins)
    b.f("byline", f"{c.name()} | {c.site}")
    b.f("widget", "Trailer | Lịch chiếu | Đặt vé")
    rs = c.rels(3)
    if rs:
        b.f("widget", "Phim hay nên xem")
        for r in rs:
            b.f("related", "• " + r[0])


def L10(b, c, paras):  # Tin Sao Nhanh: mobile, "Xem thêm" many
    b.f("widget", "☰")
    b.site(c.site)
    b.title(c.title)
    b.date(c.date(2))
    b.f("widget", f"{c.views()} lượt xem  ·  {c.rng.randrange(2, 80)} bình luận")
    ins = {}
    sp = spots(c, paras, 2)
    if sp:
        add_at(ins, sp[0], lambda: (b.f("widget", "Ảnh"), b.f("caption", c.caption())))
    if len(sp) > 1:
        add_at(ins, sp[1], lambda: b.f("widget", "- Quảng cáo -"))
    b.story(paras, ins)
    b.f("byline", f"{c.short_name()} (Tổng hợp)")
    rs = c.rels(4)
    for r in rs:
        b.f("related", "Xem thêm: " + r[0])
    b.f("widget", "Tải ứng dụng Tin Sao Nhanh để đọc tin nhanh hơn")


def L11(b, c, paras):  # Vui Sống Giải Trí: poll
    b.f("widget", f"{c.site} | Sống vui mỗi ngày")
    b.f("widget", f"Giải trí › {c.section}")
    b.title(c.title)
    b.date(c.date(0))
    b.f("byline", f"Bài và ảnh: {c.short_name()}")
    ins = {}
    for i in spots(c, paras, 1):
        add_at(ins, i, lambda: (b.f("caption", c.caption()), b.f("credit", f"Ảnh: {c.photog()}")))
    b.story(paras, ins)
    b.f("widget", "Bình chọn: Bạn có ủng hộ quan điểm trong bài viết này?")
    b.f("widget", "Có  Không  Chưa rõ")
    b.f("widget", f"Đã có {c.rng.randrange(100, 5000)} lượt bình chọn")
    rs = c.rels(2)
    if rs:
        b.f("widget", "Tin khác")
        for r in rs:
            b.f("related", f"{r[0]} {c.short_date()}")


def L12(b, c, paras):  # Đời Nghệ Sĩ: long-form, paragraphs, signature agency
    b.site(c.site)
    b.f("widget", "Chân dung | Phỏng vấn | Đời thường | Ký ức")
    b.f("widget", "Chân dung")
    b.title(c.title)
    b.date(c.date(1))
    ins = {}
    sp = spots(c, paras, 2)
    for n, i in enumerate(sp):
        if n == 0:
            add_at(ins, i, lambda: b.f("caption", f"{c.caption()} - Ảnh: {c.short_name()}"))
        else:
            add_at(ins, i, lambda: b.f("widget", "* * *"))
    b.story(paras, ins)
    b.f("byline", f"{c.name()} (theo TTXVN)" if c.rng.random() < 0.5 else c.name())
    b.f("widget", "Chia sẻ:")
    b.f("widget", "Facebook Twitter Zalo")
    rs = c.rels(3)
    if rs:
        b.f("widget", "Bài viết liên quan")
        for r in rs:
            b.f("related", r[0])


def L13(b, c, paras):  # Ánh Đèn Sân Khấu: numbered related block mid-story
    b.f("widget", "ÁNH ĐÈN SÂN KHẤU")
    b.f("widget", "Trang chủ | Tin tức | Sân khấu | Âm nhạc | Liên hệ")
    b.title(c.title)
    b.f("byline", c.name())
    b.date(c.date(3))
    ins = {}
    sp = spots(c, paras, 1)
    if sp:
        rs = c.rels(2)
        if rs:
            def blk(rs=rs):
                b.f("widget", "Đọc thêm")
                for r in rs:
                    b.f("related", r[0])
            add_at(ins, sp[0], blk)
    b.story(paras, ins)
    b.f("caption", c.caption())
    b.f("widget", f"Gửi bài cộng tác: bandoc@{c.domain}")
    b.f("widget", f"{c.site} © 2018")


def L14(b, c, paras):  # Gương Mặt Trẻ: youth site, hashtags, reactions
    b.site(c.site)
    b.f("widget", "Hot | Sao teen | Học đường | Trending | Clip")
    b.title(c.title)
    b.date(c.date(7))
    b.f("byline", f"{c.short_name()} | {c.section}")
    ins = {}
    sp = spots(c, paras, 2)
    for i in sp:
        add_at(ins, i, lambda: b.f("caption", c.caption()))
    b.story(paras, ins)
    b.f("widget", " ".join("#" + t.replace(" ", "") for t in c.rng.sample(TAGPOOL, 4)))
    b.f("widget", f"Thích {c.rng.randrange(10, 900)}  Haha {c.rng.randrange(0, 60)}  Wow {c.rng.randrange(0, 40)}")
    rs = c.rels(3)
    if rs:
        b.f("widget", "Đừng bỏ lỡ")
        for r in rs:
            b.f("related", f"{r[0]}" + (f" - {r[1]}" if r[1] else ""))


def L15(b, c, paras):  # Phong Cách Sao: magazine, credit before story
    b.f("widget", "PHONG CÁCH SAO - Tạp chí thời trang & lối sống")
    b.f("widget", f"Số {c.rng.randrange(100, 600)} - {c.today()}")
    b.title(c.title)
    b.f("credit", f"Ảnh: {c.photog()} - Stylist: {c.short_name()}")
    b.f("caption", c.caption())
    b.date(c.date(4))
    ins = {}
    for i in spots(c, paras, 1):
        add_at(ins, i, lambda: (b.f("caption", c.caption()), b.f("credit", f"Ảnh: {c.photog()}")))
    b.story(paras, ins)
    b.f("byline", f"{c.name()}")
    rs = c.rels(3)
    if rs:
        b.f("widget", "Cùng chuyên mục")
        for r in rs:
            b.f("related", f"{c.short_date()} | {r[0]}")
    b.f("widget", f"Liên hệ quảng cáo: ads@{c.domain}")


def L16(b, c, paras):  # Kênh Sao 360: top related strip, infographic
    b.site(c.site)
    rs = c.rels(2)
    if rs:
        b.f("related", " • ".join(r[0] for r in rs))
    b.f("widget", f"{c.section}")
    b.title(c.title)
    b.date(c.date(0))
    b.f("byline", f"{c.short_name()} - {c.short_name()}")
    ins = {}
    sp = spots(c, paras, 2)
    if sp:
        add_at(ins, sp[0], lambda: (b.f("caption", "Infographic: " + c.caption()), b.f("credit", f"Đồ hoạ: {c.short_name()}")))
    if len(sp) > 1:
        add_at(ins, sp[1], lambda: b.f("widget", "Quảng cáo"))
    b.story(paras, ins)
    b.f("widget", f"Bình luận ({c.rng.randrange(0, 90)})")
    b.f("widget", "Gửi bình luận")
    rs = c.rels(2)
    if rs:
        b.f("widget", "Tin mới nhất")
        for r in rs:
            b.f("related", r[0])


def L17(b, c, paras):  # Văn Nghệ Cuối Tuần: newspaper, (VNCT) signature inline
    b.f("widget", c.today())
    b.f("widget", c.site)
    b.f("widget", "Văn học | Mỹ thuật | Sân khấu | Điện ảnh | Âm nhạc")
    b.title(c.title)
    b.date(c.date(8))
    b.f("byline", "(VNCT)")
    ins = {}
    for i in spots(c, paras, 1):
        add_at(ins, i, lambda: b.f("caption", f"{c.caption()} Ảnh: VNCT"))
    b.story(paras, ins)
    b.f("byline", f"{c.name().upper()}")
    b.f("widget", "In trang   Gửi email   Lên đầu trang")
    rs = c.rels(3)
    if rs:
        b.f("widget", "CÁC TIN KHÁC")
        for r in rs:
            b.f("related", f"- {r[0]} ({c.short_date()})")
    b.f("widget", f"Cơ quan chủ quản: Hội Văn nghệ {c.site}. Giấy phép số 31/GP-BTTTT.")


def L18(b, c, paras):  # Giai Điệu Xanh: live-blog like, timestamps
    b.site(c.site)
    b.f("widget", "Tin nhạc | Bảng xếp hạng | Sự kiện | Video")
    b.title(c.title)
    b.date(c.date(6))
    ins = {}
    sp = spots(c, paras, 2)
    for i in sp:
        hh = f"{c.rng.randrange(8, 23):02d}:{c.rng.randrange(60):02d}"
        add_at(ins, i, lambda hh=hh: b.f("widget", hh))
    b.story(paras, ins)
    b.f("caption", c.caption())
    b.f("credit", f"Video: {c.site}")
    b.f("byline", c.short_name())
    rs = c.rels(3)
    if rs:
        b.f("widget", "Xem nhiều")
        for r in rs:
            b.f("related", r[0] + (" " + r[1] if r[1] else ""))
    b.f("widget", "Về đầu trang ↑")


def L19(b, c, paras):  # Bản Tin Giải Trí: aggregator, source credit, title repeated
    b.f("widget", f"{c.site} - Cập nhật tin giải trí 24/7")
    b.f("widget", f"Giải trí > {c.section} > {c.title}")
    b.title(c.title)
    b.date(c.date(9))
    b.site(c.site)
    ins = {}
    sp = spots(c, paras, 2)
    if sp:
        add_at(ins, sp[0], lambda: b.f("caption", c.caption()))
    if len(sp) > 1:
        r = c.rel()
        if r:
            add_at(ins, sp[1], lambda r=r: b.f("related", f"Tin liên quan: {r[0]}"))
    b.story(paras, ins)
    b.f("credit", f"Nguồn: {c.rng.choice(['Ngôi Sao Đêm', 'Hậu Trường Xanh', 'Đời Nghệ Sĩ'])}")
    b.f("widget", "Báo cáo vi phạm | Chia sẻ")
    rs = c.rels(3)
    if rs:
        b.f("widget", "Tin cùng nguồn")
        for r in rs:
            b.f("related", f"{r[0]} {c.rng.randrange(1, 23)} giờ trước")
    b.f("widget", f"{c.site} là trang tổng hợp tin tức tự động, không chịu trách nhiệm về nội dung nguồn.")


def pull_quote(c, paras):
    items = [s for p in paras for s in p]
    cand = []
    for s in items:
        m = re.search(r'["“]([^"“”]{30,200})["”]', s)
        if m:
            cand.append(m.group(1))
    if not cand:
        return None
    q = c.rng.choice(cand)
    w = q.split()
    if len(w) > 14:
        q = " ".join(w[:14]) + "..."
    return f"“{q}”"


LAYOUTS = [L00, L01, L02, L03, L04, L05, L06, L07, L08, L09, L10, L11, L12, L13, L14, L15, L16, L17, L18, L19]
PARA_SIZE = [(2, 3), (1, 2), (1, 3), (2, 4), (1, 2), (1, 3), (2, 3), (1, 2), (2, 4), (1, 3),
             (1, 1), (1, 2), (2, 4), (1, 3), (1, 2), (2, 3), (1, 2), (2, 4), (1, 3), (1, 2)]


# ---------------------------------------------------------------- faults
def insert_nbsp(s, r, n=2):
    idx = [i for i, ch in enumerate(s) if ch == " "]
    for i in r.sample(idx, min(n, len(idx))):
        s = s[:i] + "\u00a0" + s[i + 1:]
    return s


def insert_zw(s, r):
    idx = [i for i in range(1, len(s)) if s[i - 1].isalpha() and s[i].isalpha()]
    if idx:
        i = r.choice(idx)
        s = s[:i] + "\u200b" + s[i:]
    return s


def double_space(s, r):
    idx = [i for i, ch in enumerate(s) if ch == " "]
    if idx:
        i = r.choice(idx)
        s = s[:i] + " " + s[i:]
    return s


def apply_faults(rows, faults, r):
    """rows: list of (kind, payload). Modifies inside items / furniture lines only."""
    out = []
    for kind, p in rows:
        if kind == "body":
            items = []
            for it in p:
                if "nbsp" in faults and r.random() < 0.35:
                    it = insert_nbsp(it, r)
                if "zwsp" in faults and r.random() < 0.25:
                    it = insert_zw(it, r)
                items.append(it)
            out.append([kind, items])
        else:
            if kind in KINDS:
                if "nbsp" in faults and r.random() < 0.3:
                    p = insert_nbsp(p, r, 1)
                if "zwsp" in faults and r.random() < 0.15:
                    p = insert_zw(p, r)
            out.append([kind, p])
    if "dbl" in faults:
        cand = [i for i, (k, p) in enumerate(out) if k == "body" or k in KINDS]
        i = r.choice(cand)
        k, p = out[i]
        if k == "body":
            j = r.randrange(len(p))
            p[j] = double_space(p[j], r)
        else:
            out[i][1] = double_space(p, r)
    return [(k, p) for k, p in out]


# ---------------------------------------------------------------- checking
def check_page(pg, title):
    lines = pg.text.split("\n")
    if not pg.text or any((not ln.strip()) or ln != ln.strip() for ln in lines):
        raise ValueError("blank or unstripped line")
    bi = fi = 0
    unl = []
    for ln in lines:
        if fi < len(pg.furniture) and ln == pg.furniture[fi][1]:
            fi += 1
            continue
        matched = False
        for k in range(1, 5):
            if bi + k <= len(pg.body) and " ".join(pg.body[bi:bi + k]) == ln:
                bi += k
                matched = True
                break
        if matched:
            continue
        unl.append(ln)
        if len(unl) > 3:
            raise ValueError(f"too many unlabelled lines: {unl}")
    if bi != len(pg.body) or fi != len(pg.furniture):
        raise ValueError("walk did not use up body/furniture")
    if len(pg.body) < 3:
        raise ValueError("too few body items")
    if len(set(unl)) != len(unl):
        raise ValueError("repeated unlabelled line")
    for it in pg.body:
        if it not in pg.text or it != it.strip() or "\n" in it:
            raise ValueError("bad body item")
    bn = {norm(x) for x in pg.body}
    tn = norm(title)
    for kind, ln in pg.furniture:
        if kind not in KINDS:
            raise ValueError("bad kind")
        if norm(ln) in bn:
            raise ValueError(f"furniture equals body: {ln}")
        if kind == "related" and norm(ln) == tn:
            raise ValueError("related equals title")
    for ln in unl:
        if norm(ln) in bn:
            raise ValueError("unlabelled equals body")


# ---------------------------------------------------------------- building
def teaser_of(article):
    t = detok(article[:1200])
    ss = split_sentences(t)
    if not ss:
        return ""
    s = ss[0]
    w = s.split()
    if len(w) > 32:
        s = " ".join(w[:28]) + "..."
    if len(s.split()) < 6:
        return ""
    return s


def read_rows(path):
    body, rel = [], []
    last = max(BODY_ROWS.stop, RELATED_ROWS.stop) - 1
    op = gzip.open if str(path).endswith(".gz") else open
    with op(str(path), "rb") as f:
        for i, raw in enumerate(f):
            if i > last:
                break
            if i not in BODY_ROWS and i not in RELATED_ROWS:
                continue
            try:
                d = json.loads(raw.decode("utf-8"))
            except Exception:
                continue
            if not isinstance(d, dict):
                continue
            t, a = d.get("title"), d.get("article")
            if not isinstance(t, str) or not isinstance(a, str) or not t.strip() or not a.strip():
                continue
            if i in BODY_ROWS:
                body.append((i, t, a))
            else:
                rel.append((i, t, a[:1200]))
    return body, rel


def build_page(k, row, title, article, related):
    layout_fn = LAYOUTS[k % 20]
    title_c, sents = story_sentences(title, article)
    if len(sents) < 3 or not title_c:
        return None
    fr = R(row, "faults")
    faults = []
    if fr.random() < 0.27:
        faults = fr.sample(["nbsp", "zwsp", "dbl", "glue", "nfd"], fr.choice([1, 1, 2]))
    # body items (glue fault merges two sentences)
    items = list(sents)
    if "glue" in faults and len(items) >= 4:
        cand = [i for i in range(len(items) - 1) if items[i].endswith(".")]
        if cand:
            i = fr.choice(cand)
            items[i:i + 2] = [items[i] + items[i + 1]]
    elif "glue" in faults:
        faults.remove("glue")
    lo, hi = PARA_SIZE[k % 20]
    pr = R(row, "paras")
    paras, i = [], 0
    while i < len(items):
        n = pr.randint(lo, hi)
        paras.append(items[i:i + n])
        i += n
    # related items filtered against story
    bn = {norm(s) for s in sents} | {norm(x) for x in items}
    tn = norm(title_c)
    rel = []
    for (ri, rt, ra) in related:
        a = detok(rt)
        tz = teaser_of(ra)
        if not a or norm(a) in bn or norm(a) == tn:
            continue
        if tz and (norm(tz) in bn or norm(tz) == tn):
            tz = ""
        rel.append((a, tz))
    outlet = OUTLETS[k % 20]
    c = Ctx(row, k, title_c, sents, rel, outlet)
    b = Builder()
    layout_fn(b, c, paras)
    rows = [(kd, p) for kd, p in b.rows
            if kd not in KINDS or (norm(p) not in bn and not (kd == "related" and norm(p) == tn))]
    rows = apply_faults(rows, faults, R(row, "faultpos"))
    lines, body, furn = [], [], []
    for kd, p in rows:
        if kd == "body":
            lines.append(" ".join(p))
            body.extend(p)
        elif kd in KINDS:
            lines.append(p)
            furn.append((kd, p))
        else:
            lines.append(p)
    text = "\n".join(lines)
    if "nfd" in faults:
        nf = lambda s: unicodedata.normalize("NFD", s)
        text = nf(text)
        body = [nf(x) for x in body]
        furn = [(kd, nf(x)) for kd, x in furn]
    pg = Page(text, body, furn, f"L{k % 20:02d} {outlet[0]}")
    check_page(pg, title_c)
    return pg, faults


def _build(path):
    body_rows, related = read_rows(path)
    out = []
    for k, (row, t, a) in enumerate(body_rows):
        res = build_page(k, row, t, a, related)
        if res:
            out.append(res)
    return out


def pages(path) -> List[Page]:
    return [pg for pg, _ in _build(path)]


def main(argv):
    if len(argv) < 2:
        print("usage: make.py vietnews_train.jsonl.gz")
        return 2
    res = _build(argv[1])
    tot = {}
    cols = ["pages", "body"] + list(KINDS) + ["faults"]
    for pg, faults in res:
        t = tot.setdefault(pg.layout, dict.fromkeys(cols, 0))
        t["pages"] += 1
        t["body"] += len(pg.body)
        for kd, _ in pg.furniture:
            t[kd] += 1
        t["faults"] += 1 if faults else 0
    print(f"{'layout':28s}" + "".join(f"{h:>9s}" for h in cols))
    all_ = dict.fromkeys(cols, 0)
    for lay in sorted(tot):
        print(f"{lay:28s}" + "".join(f"{tot[lay][h]:9d}" for h in cols))
        for h in cols:
            all_[h] += tot[lay][h]
    print(f"{'TOTAL':28s}" + "".join(f"{all_[h]:9d}" for h in cols))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
