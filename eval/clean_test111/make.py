#!/usr/bin/env python3
"""Held-out evaluation set `test111` (theme: health and medicine) for a cleaner of
scraped Vietnamese news pages.  Standard library only.

    python3 make.py /path/to/vietnews_train.jsonl.gz

prints a totals table per layout.  `pages(path)` returns the labelled pages.
"""
import datetime
import gzip
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path
from typing import List, NamedTuple, Tuple

SETNAME = "test111"
SEED = 11173
BODY_ROWS = range(17000, 17100)
RELATED_ROWS = range(19300, 19400)
KINDS = ("byline", "credit", "caption", "related", "widget")


class Page(NamedTuple):
    text: str
    body: List[str]
    furniture: List[Tuple[str, str]]
    layout: str


def R(row, purpose):
    return random.Random(f"{SETNAME}|{SEED}|{row}|{purpose}")


# ---------------------------------------------------------------- reading
def read_rows(path):
    """Stream the file once; return {row: (title, article)} for our rows."""
    want_last = max(BODY_ROWS[-1], RELATED_ROWS[-1])
    body, rel = {}, {}
    with gzip.open(str(path), "rb") as f:
        for i, raw in enumerate(f):
            if i > want_last:
                break
            inb, inr = i in BODY_ROWS, i in RELATED_ROWS
            if not (inb or inr):
                continue
            if not raw.strip():
                continue
            try:
                d = json.loads(raw.decode("utf-8", "replace"))
            except ValueError:
                continue
            if not isinstance(d, dict):
                continue
            t, a = d.get("title"), d.get("article")
            if not isinstance(t, str) or not isinstance(a, str):
                continue
            if not t.strip() or not a.strip():
                continue
            if inb:
                body[i] = (t, a)
            else:
                rel[i] = (t, a[:1200])
    return body, rel


# ---------------------------------------------------------------- text
ZW = "\u200b\u200c\u200d\u2060\ufeff"
ZW_RE = re.compile("[" + ZW + "]")


def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = ZW_RE.sub("", s)
    s = re.sub(r"\s+", "", s)
    return s.casefold()


def detok(s):
    s = unicodedata.normalize("NFC", s).replace("_", " ")
    s = re.sub(r"\s+", " ", s).strip()
    parts = s.split('"')
    if len(parts) > 1 and len(parts) % 2 == 1:
        out = parts[0]
        for i in range(1, len(parts)):
            if i % 2 == 1:
                out = out.rstrip()
                if out and not out.endswith(("(", "[")):
                    out += " "
                out += '"' + parts[i].strip() + '"'
            else:
                out += parts[i]
        s = out
    s = re.sub(r"(^|[\s(])'\s+([^'\n]{1,80}?)\s+'(?=[\s,.;:!?)]|$)", r"\1'\2'", s)
    s = re.sub(r"([“‘])\s+", r"\1", s)
    s = re.sub(r"\s+([”’])", r"\1", s)
    s = re.sub(r"([(\[])\s+", r"\1", s)
    s = re.sub(r"\s+([)\]])", r"\1", s)
    s = re.sub(r"\s+([,.;:!?%…])", r"\1", s)
    s = re.sub(r"(\S)\s+/\s+(\S)", r"\1/\2", s)
    s = re.sub(r"\s+", " ", s).strip()
    return s


ABBR = {"TP", "Tp", "TS", "GS", "PGS", "ThS", "Ths", "BS", "Q", "P", "TT", "KS", "LS",
        "NSND", "NSƯT", "CN", "BSCKI", "BSCKII", "BSCK", "DS", "Mr", "Mrs", "Dr", "St",
        "TX", "H", "Th", "NXB", "Bs", "Gs", "Ts", "Tr", "ĐH", "Ô"}
END_RE = re.compile(r"[.!?…]+[\"”’)\]]*$")


def _starts_sentence(tok):
    t = tok.lstrip("\"“‘([")
    return bool(t) and (t[0].isupper() or t[0].isdigit())


def split_sentences(s):
    toks = s.split(" ")
    out, cur = [], []
    for i, tok in enumerate(toks):
        cur.append(tok)
        if i == len(toks) - 1:
            break
        if not END_RE.search(tok):
            continue
        core = tok.rstrip("\"”’)]")
        if core.endswith(".") and not core.endswith(".."):
            w = core[:-1].lstrip("\"“‘([")
            if w in ABBR or (len(w) == 1 and w.isalpha()) or "." in w:
                continue
        if not _starts_sentence(toks[i + 1]):
            continue
        txt = " ".join(cur)
        if txt.count('"') % 2 or txt.count("“") > txt.count("”") or txt.count("(") > txt.count(")"):
            continue
        out.append(txt)
        cur = []
    if cur:
        out.append(" ".join(cur))
    return out


CAPTION_MARKS = ("ảnh:", "(ảnh", "ảnh minh", "video:", "clip:", "minh hoạ", "minh họa", "(trái)",
                 "(phải)", "nguồn:", "đồ hoạ", "đồ họa", "(giữa)", "từ trái qua", "từ trái sang",
                 "trong ảnh", "ảnh chụp", "infographic", "photo", "bấm vào", "click", "(ảnh:",
                 "ảnh do", "ảnh nhân vật", "ảnh cắt từ", "ảnh tư liệu", "(video", "bìa trái",
                 "bìa phải", "xem thêm", "đọc thêm", "tin liên quan")
REPORT_RE = re.compile(
    r"(?<!\w)(cho biết|cho hay|nói|chia sẻ|khẳng định|nhấn mạnh|thông tin|tiết lộ|kể|giải thích|"
    r"khuyến cáo|cảnh báo|thừa nhận|xác nhận|trả lời|phát biểu|bày tỏ|nhận định|đánh giá|cho rằng|"
    r"lý giải|thông báo|tuyên bố|phản ánh|trao đổi|nêu rõ|dẫn lời|khai|kết luận|báo cáo|công bố|"
    r"đề nghị|yêu cầu|nhận xét|tâm sự|hướng dẫn|cho thấy|ghi nhận)(?!\w)", re.I)
CONNECTIVES = ("Tuy nhiên", "Trong khi đó", "Ngoài ra", "Đồng thời", "Sau đó", "Do đó", "Vì vậy",
               "Vì thế", "Bên cạnh đó", "Trước đó", "Cùng ngày", "Trong đó", "Nhưng", "Song",
               "Mặt khác", "Thậm chí", "Ngay sau đó", "Cũng theo", "Theo", "Như vậy", "Mặc dù",
               "Dù", "Nếu", "Sau khi", "Thế nhưng", "Đáng chú ý", "Đặc biệt", "Cụ thể", "Tiếp đó",
               "Từ đó", "Hiện", "Hiện nay", "Do", "Vì", "Bởi vậy", "Kết quả", "Lúc này", "Còn",
               "Trước tình hình", "Chính vì", "Ngược lại", "Tương tự", "Bên cạnh", "Trước thực trạng")
THEO_TAIL = re.compile(r"(?:^|\s)\(?(?:Theo|Nguồn)\s+[^\s,.]+(?:\s+[^\s,.]+){0,4}\)?[.]?$")


ATTR_QUOTE = re.compile(r"[\"”],\s|:\s[\"“]")
# a capitalised sentence opener glued after a word with no punctuation: a crosshead
# (sub-heading) run into the next sentence by the source text
MIDCAP = re.compile(r"(?<=[^\W\d_])\s+(?:Ông|Bà|Theo|Tuy|Trong|Sau|Khi|Anh|Chị|Hiện|Đây|Tại|"
                    r"Các|Những|Nhiều|Ngoài|Trước|Chúng|Tôi|Cũng|Riêng|Đến|Từ|Với)\s")


def is_short_ok(s):
    if REPORT_RE.search(s):
        return True
    if ATTR_QUOTE.search(s):
        return True
    for c in CONNECTIVES:
        if s.startswith(c) and len(s) > len(c) and s[len(c)] in " ,":
            return True
    return False


def keep_sentence(s, title_n, seen):
    low = s.casefold()
    if any(m in low for m in CAPTION_MARKS):
        return False
    if s.count('"') % 2 or s.count("“") != s.count("”") or s.count("(") != s.count(")") \
            or s.count("[") != s.count("]") or s.count("‘") != s.count("’"):
        return False
    if not END_RE.search(s):
        return False
    words = s.split()
    if len(words) < 8 or len(words) > 110:
        return False
    if any(":" in w for w in words[:6]):
        return False
    if THEO_TAIL.search(s) or MIDCAP.search(s):
        return False
    first = s.lstrip("\"“‘([")
    if not first or not (first[0].isupper() or first[0].isdigit()):
        return False
    if any(ch in s for ch in "|•»«"):
        return False
    n = norm(s)
    if n in seen or n == title_n:
        return False
    short = len(words) <= 22 or (len(words) <= 30 and "," not in s)
    if short and not is_short_ok(s):
        return False
    return True


def story_sentences(title, article):
    title_n = norm(title)
    seen, out = set(), []
    for s in split_sentences(detok(article)):
        if keep_sentence(s, title_n, seen):
            seen.add(norm(s))
            out.append(s)
    return out


def teaser_of(article):
    sents = split_sentences(detok(article))
    for s in sents[:3]:
        w = s.split()
        if END_RE.search(s) and 10 <= len(w) <= 45 and not s[0].islower() \
                and not any(m in s.casefold() for m in CAPTION_MARKS) \
                and not any(":" in x for x in w[:6]) and s.count('"') % 2 == 0 \
                and s.count("“") == s.count("”"):
            return s
    txt = detok(article)
    cut = txt[:170].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "…"


# ---------------------------------------------------------------- invented furniture
SUR = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
       "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh", "Mai", "Tạ"]
MID = ["Văn", "Thị", "Minh", "Thu", "Ngọc", "Hữu", "Đức", "Thanh", "Hoài", "Quang", "Bảo", "Kim",
       "Phương", "Xuân", "Gia"]
GIV = ["An", "Bình", "Chi", "Dung", "Giang", "Hà", "Hạnh", "Khánh", "Lan", "Linh", "Mai", "Nam",
       "Phúc", "Quân", "Sơn", "Tâm", "Thảo", "Trang", "Tuấn", "Vy", "Yến", "Hiếu", "Nhung", "Duy",
       "Khoa", "Loan", "Oanh", "Trí", "Uyên", "Vinh"]
HOSP = ["Bệnh viện Đa khoa Tâm An", "Bệnh viện Nhi Hòa Bình", "Phòng khám Đa khoa Minh Khang",
        "Bệnh viện Y học cổ truyền Phúc Sinh", "Bệnh viện Nội tiết Thiên Ân",
        "Trung tâm Y tế quận Bình Lạc"]
SPEC = ["Nội tiết", "Tim mạch", "Nhi khoa", "Tiêu hóa", "Da liễu", "Hô hấp", "Dinh dưỡng",
        "Thần kinh", "Cơ xương khớp", "Sản phụ khoa"]


def person(rng):
    return f"{rng.choice(SUR)} {rng.choice(MID)} {rng.choice(GIV)}"


def pen(rng):
    return f"{rng.choice(MID)} {rng.choice(GIV)}"


def phone(rng):
    return f"0{rng.choice('389')}{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(100, 999)}"


def hotline(rng):
    return f"1900 {rng.randint(1000, 9999)}"


WD = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
DM_RE = re.compile(r"(?:Ngày|Sáng|Trưa|Chiều|Tối|Đêm|Rạng sáng|Chiều tối)\s+(\d{1,2})/(\d{1,2})\b")


def page_date(row, article):
    rng = R(row, "date")
    y = rng.randint(2016, 2019)
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    mm = DM_RE.search(detok(article[:300]))
    if mm:
        dd, mo = int(mm.group(1)), int(mm.group(2))
        try:
            datetime.date(y, mo, dd)
            m, d = mo, dd
        except ValueError:
            pass
    return datetime.datetime(y, m, d, rng.randint(6, 22), rng.randint(0, 59))


# ---------------------------------------------------------------- captions
TRIG = ("ông", "bà", "anh", "chị", "bác sĩ", "BS.", "TS.", "bệnh nhân", "cháu", "em", "PGS.TS")
PLACE_TRIG = ("huyện", "tỉnh", "xã", "quận", "phường", "thành phố", "TP", "thị xã", "thị trấn")


def _caps_after(words, i, maxn=4):
    """Capitalised run after position i; empty if the run is longer than maxn."""
    got = []
    for w in words[i:i + maxn + 1]:
        c = w.rstrip(",.;:!?\")”")
        if not c or not c[0].isupper() or not c.replace("-", "").isalpha():
            break
        got.append(c)
        if c != w:
            break
    return got if len(got) <= maxn else []


def story_entities(title, sents):
    people, places = [], []
    for s in [title] + sents:
        w = s.split()
        for i in range(len(w)):
            for trig in TRIG:
                tw = trig.split()
                if [x.casefold() for x in w[i:i + len(tw)]] == [x.casefold() for x in tw]:
                    got = _caps_after(w, i + len(tw), 4)
                    if len(got) >= 2 or (got and trig in ("ông", "bà", "anh", "chị")):
                        people.append((trig if trig[0].islower() else trig, " ".join(got)))
            for trig in PLACE_TRIG:
                tw = trig.split()
                if w[i:i + len(tw)] == tw:
                    got = _caps_after(w, i + len(tw), 3)
                    if got:
                        places.append(trig + " " + " ".join(got))
    return people, places


SCENES = [
    "Bác sĩ thăm khám cho người bệnh tại khoa Khám bệnh.",
    "Người dân xếp hàng chờ làm thủ tục khám chữa bệnh bảo hiểm y tế.",
    "Nhân viên y tế phun thuốc khử khuẩn tại khu dân cư.",
    "Điều dưỡng chăm sóc bệnh nhân sau ca phẫu thuật.",
    "Một góc phòng cấp cứu vào giờ cao điểm.",
    "Dược sĩ tư vấn cách dùng thuốc cho người mua tại quầy.",
    "Trẻ em được tiêm vắc xin tại trạm y tế phường.",
    "Kíp trực cấp cứu chuẩn bị tiếp nhận bệnh nhân.",
    "Các loại thực phẩm chức năng bày bán tràn lan trên mạng.",
    "Người cao tuổi được đo huyết áp miễn phí.",
]
PERSON_CAP = ["{T} {N} trao đổi với phóng viên.", "{T} {N} kể lại sự việc.",
              "{T} {N} tại buổi làm việc với đoàn công tác.", "{T} {N} tại hiện trường.",
              "{T} {N} (bìa phải) trong buổi tiếp xúc.", "Chân dung {t} {N}."]
PLACE_CAP = ["Quang cảnh tại {P}.", "Khung cảnh {P} những ngày gần đây.", "Một góc {P}.",
             "Lực lượng chức năng có mặt tại {P}.", "Người dân {P} theo dõi thông tin."]


NEUTRAL = [
    "Hình ảnh ghi nhận tại hiện trường.",
    "Quang cảnh buổi làm việc.",
    "Hình ảnh do người dân cung cấp.",
    "Khu vực được nhắc đến trong bài viết.",
    "Người dân theo dõi sự việc.",
]
HEALTH_WORDS = ("bệnh", "bác sĩ", "y tế", "thuốc", "sức khoẻ", "sức khỏe", "viện", "dịch",
                "tiêm", "vắc xin", "sản phụ", "cấp cứu", "ngộ độc")


class Captioner:
    def __init__(self, row, title, sents):
        self.rng = R(row, "caption")
        self.people, self.places = story_entities(title, sents)
        self.bad = {norm(title)} | {norm(s) for s in sents}
        self.used = set()
        low = (title + " " + " ".join(sents)).casefold()
        self.scenes = SCENES if sum(w in low for w in HEALTH_WORDS) >= 2 else NEUTRAL

    def get(self):
        rng = self.rng
        for _ in range(20):
            r = rng.random()
            if r < 0.55 and self.people:
                t, n = rng.choice(self.people)
                c = rng.choice(PERSON_CAP).format(T=t[0].upper() + t[1:], t=t, N=n)
            elif r < 0.85 and self.places:
                c = rng.choice(PLACE_CAP).format(P=rng.choice(self.places))
            else:
                c = rng.choice(self.scenes)
            if norm(c) not in self.bad and norm(c) not in self.used:
                self.used.add(norm(c))
                return c
        return "Hình ảnh minh họa."


# ---------------------------------------------------------------- page builder
class B:
    """Collects (kind, payload) lines; kind in title/date/site/body/furniture kinds."""

    def __init__(self, ctx):
        self.L = []
        self.c = ctx

    def f(self, kind, line):
        line = line.strip()
        if line:
            self.L.append((kind, line))

    def u(self, kind, line):
        self.L.append((kind, line))

    def body(self, inserts=None):
        """Emit paragraphs; inserts: {para_index_after: callable}."""
        inserts = inserts or {}
        for i, p in enumerate(self.c["paras"]):
            self.L.append(("body", list(p)))
            if i in inserts and i < len(self.c["paras"]) - 1:
                inserts[i]()


def mid_points(n, k, rng):
    """k distinct positions after which to insert things (not after last paragraph)."""
    cand = list(range(0, max(0, n - 1)))
    rng.shuffle(cand)
    return sorted(cand[:k])


def rel_items(ctx, k):
    return ctx["related"][:k]


def fmt_d(dt, style):
    wd = WD[dt.weekday()]
    return {
        "a": f"{wd}, {dt:%d/%m/%Y}, {dt:%H:%M} (GMT+7)",
        "b": f"{dt:%d/%m/%Y} {dt:%H:%M}",
        "c": f"{dt:%H:%M} {dt:%d/%m/%Y}",
        "d": f"Ngày {dt.day} tháng {dt.month} năm {dt.year}",
        "e": f"Cập nhật: {dt:%d/%m/%Y} - {dt:%H:%M}",
        "f": f"{dt:%d-%m-%Y} - {dt:%I:%M} {'AM' if dt.hour < 12 else 'PM'}",
        "g": f"{wd}, {dt.day}/{dt.month}/{dt.year} | {dt:%H:%M}",
        "h": f"Đăng lúc {dt:%H:%M} ngày {dt:%d/%m/%Y}",
        "i": f"{dt:%d.%m.%Y}, {dt:%H:%M}",
        "j": f"{dt:%Y-%m-%d %H:%M}",
        "k": f"{dt:%d/%m/%Y | %H:%M} GMT+7",
        "l": f"Cập nhật lần cuối: {dt:%d/%m/%Y}",
    }[style]


def short_date(dt, delta, rng):
    d2 = dt - datetime.timedelta(days=delta, hours=rng.randint(0, 20))
    return d2


# ---- layouts -------------------------------------------------------------
def lay_suckhoemoingay(b, c, rng):
    b.f("widget", "Trang chủ Thời sự y tế Bệnh thường gặp Dinh dưỡng Mẹ và bé Video")
    b.f("widget", f"{WD[c['now'].weekday()]}, {c['now']:%d/%m/%Y}")
    b.u("site", "SỨC KHỎE MỖI NGÀY")
    b.f("widget", "Thời sự y tế")
    b.u("title", c["title"])
    b.u("date", fmt_d(c["dt"], "a"))
    pts = mid_points(len(c["paras"]), 2, rng)

    def pic():
        b.f("caption", c["cap"].get())
        b.f("credit", "Ảnh: " + pen(rng))
    b.body({p: pic for p in pts})
    b.f("byline", person(rng).upper())
    b.f("widget", "Từ khóa: " + ", ".join(rng.sample(["sức khỏe", "bệnh viện", "bác sĩ", "y tế", "cảnh báo", "điều trị", "dịch bệnh"], 3)))
    b.f("widget", "Chia sẻ Facebook Zalo Email")
    if c["related"]:
        b.f("widget", "Tin liên quan")
        for h, t in rel_items(c, 4):
            b.f("related", "- " + h)
    b.f("widget", f"© 2015 - {c['dt'].year} Sức Khỏe Mỗi Ngày. Giấy phép số {rng.randint(100, 400)}/GP-BTTTT.")
    b.f("widget", "Ghi rõ nguồn \"Sức Khỏe Mỗi Ngày\" khi phát hành lại thông tin từ website này.")


def lay_bacsigiadinh(b, c, rng):
    b.u("site", "Bác Sĩ Gia Đình Online")
    b.f("widget", "Hỏi đáp bác sĩ | Tra cứu bệnh | Thuốc | Đặt lịch khám")
    b.f("widget", "Trang chủ » Tin tức » Cảnh báo")
    b.u("title", c["title"])
    doc = person(rng)
    b.f("byline", "BS. " + doc)
    b.u("date", fmt_d(c["dt"], "b"))
    b.f("widget", f"{rng.randint(3, 9)} phút đọc")
    pts = mid_points(len(c["paras"]), 1, rng)

    def box():
        b.f("widget", "Bạn có câu hỏi về sức khỏe? Gửi câu hỏi để được bác sĩ giải đáp miễn phí trong 24 giờ.")
        b.f("widget", "Gửi câu hỏi")
    b.body({p: box for p in pts})
    b.f("widget", "Về tác giả")
    b.f("byline", "BS. " + doc)
    b.f("byline", f"Bác sĩ chuyên khoa II {rng.choice(SPEC)}, {rng.choice(HOSP)}, hơn {rng.randint(8, 25)} năm kinh nghiệm khám và điều trị.")
    b.f("widget", "Nội dung chỉ mang tính chất tham khảo, không thay thế cho việc chẩn đoán hoặc điều trị của bác sĩ.")
    if c["related"]:
        b.f("widget", "Bài viết cùng chủ đề")
        for h, t in rel_items(c, 3):
            b.f("related", h)
            b.f("related", t)
    b.f("widget", f"Hotline tư vấn: {hotline(rng)} (8h00 - 21h00)")


def lay_ytecongdong(b, c, rng):
    b.u("site", "Y TẾ CỘNG ĐỒNG")
    b.f("widget", "Thời sự | Phòng bệnh | Khám chữa bệnh | Bảo hiểm y tế | Góc bác sĩ")
    b.u("title", c["title"])
    b.f("byline", "Bài và ảnh: " + pen(rng))
    b.u("date", fmt_d(c["dt"], "g"))
    n = len(c["paras"])
    pts = mid_points(n, 2, rng)
    rel = list(c["related"])
    ins = {}
    if pts:
        ins[pts[0]] = lambda: b.f("caption", c["cap"].get() + " (Ảnh: " + pen(rng) + ")")
    if len(pts) > 1 and rel:
        h = rel.pop(0)[0]
        ins[pts[1]] = lambda: b.f("related", "Xem thêm: " + h)
    b.body(ins)
    b.f("widget", "In bài viết Gửi cho bạn bè")
    if rel:
        b.f("widget", "CÁC TIN KHÁC")
        for i, (h, t) in enumerate(rel[:4]):
            d2 = short_date(c["dt"], i + 1, rng)
            b.f("related", f"{i + 1}. {h} ({d2:%d/%m/%Y})")
    b.f("widget", f"Tòa soạn: số {rng.randint(10, 200)} đường Hòa Bình, quận Thanh Vân. Điện thoại: {phone(rng)}")


def lay_benhvienonline(b, c, rng):
    hosp = "Bệnh viện Đa khoa Tâm An"
    b.f("widget", f"Cấp cứu 24/7: {phone(rng)}")
    b.u("site", hosp.upper())
    b.f("widget", "Giới thiệu Chuyên khoa Đội ngũ bác sĩ Tin tức Bảng giá dịch vụ Liên hệ")
    b.f("widget", "Trang chủ > Tin tức > Tin y tế")
    b.u("title", c["title"])
    b.u("date", fmt_d(c["dt"], "e"))
    b.f("widget", f"Lượt xem: {rng.randint(120, 9800):,}".replace(",", "."))
    pts = mid_points(len(c["paras"]), 1, rng)
    b.body({p: (lambda: (b.f("widget", "[Hình ảnh]"), b.f("caption", c["cap"].get()))) for p in pts})
    b.f("byline", "Phòng Công tác xã hội")
    b.f("widget", "Đặt lịch khám trực tuyến - Không phải xếp hàng")
    if c["related"]:
        b.f("widget", "Các tin khác")
        for i, (h, t) in enumerate(rel_items(c, 5)):
            b.f("related", f"{h} ({short_date(c['dt'], 2 * i + 1, rng):%d/%m/%Y})")
    b.f("widget", f"{hosp} - Địa chỉ: {rng.randint(1, 300)} Lê Thánh An, TP Hòa Bình - Email: lienhe@bvtaman.vn")


def lay_dichte24h(b, c, rng):
    b.u("site", "Dịch Tễ 24h")
    b.f("widget", "TIN NÓNG: Cập nhật tình hình dịch bệnh trong nước và thế giới")
    b.f("widget", f"Số ca mắc: {rng.randint(100, 9000):,} | Khỏi bệnh: {rng.randint(50, 5000):,} | Tử vong: {rng.randint(0, 40)}".replace(",", "."))
    b.u("title", c["title"])
    b.u("date", fmt_d(c["dt"], "k"))
    paras = c["paras"]
    b.L.append(("body", list(paras[0])))
    b.f("widget", "Phóng to")
    b.f("caption", c["cap"].get() + " Ảnh: " + pen(rng))
    for p in paras[1:]:
        b.L.append(("body", list(p)))
    b.f("byline", "Nhóm PV Thời sự")
    b.f("widget", f"Bình luận ({rng.randint(0, 80)})")
    if c["related"]:
        b.f("widget", "ĐỌC THÊM")
        for h, t in rel_items(c, 3):
            b.f("related", f"{h} - {t}")
    b.f("widget", "Đường dây nóng Bộ Y tế tư vấn phòng chống dịch: 1900 9095")


def lay_thuocsuckhoe(b, c, rng):
    b.f("widget", "Thuốc & Sức Khỏe | Tra cứu thuốc | Dược liệu | Thực phẩm chức năng")
    b.u("site", "thuocvasuckhoe.vn")
    b.u("title", c["title"])
    b.u("date", fmt_d(c["dt"], "c"))
    b.f("byline", "DS. " + person(rng))
    pts = mid_points(len(c["paras"]), 2, rng)
    prod = rng.choice(["Viên xương khớp Cốt An", "Bổ gan Minh Can", "Siro ho Bảo Phế Khang", "Viên ngủ ngon An Thần Đan"])

    def ad():
        b.f("widget", "Quảng cáo")
        b.f("widget", f"{prod} - Hỗ trợ giảm triệu chứng, tăng cường sức đề kháng. Đặt mua: {hotline(rng)}")
        b.f("widget", "Thực phẩm này không phải là thuốc và không có tác dụng thay thế thuốc chữa bệnh.")

    def pic():
        b.f("caption", c["cap"].get())
    ins = {}
    if pts:
        ins[pts[0]] = pic
    if len(pts) > 1:
        ins[pts[1]] = ad
    b.body(ins)
    b.f("widget", "Tags: thuốc, sức khỏe, cảnh giác")
    for h, t in rel_items(c, 4):
        b.f("related", "» " + h)
    b.f("widget", "Bản quyền thuộc về Thuốc & Sức Khỏe. Không sao chép khi chưa được cho phép.")


def lay_baohiemdoisong(b, c, rng):
    b.u("site", "Bảo Hiểm & Đời Sống")
    b.f("widget", "Tra cứu thẻ BHYT | Quyền lợi người bệnh | Hỏi đáp chính sách")
    b.f("widget", "Chính sách > Bảo hiểm y tế")
    b.u("title", c["title"])
    b.u("date", fmt_d(c["dt"], "a"))
    b.body({})
    b.f("byline", f"{pen(rng)} - {pen(rng)}")
    b.f("widget", "Bạn đọc có thắc mắc về chế độ bảo hiểm y tế xin gửi về hòm thư hoidap@baohiemdoisong.vn")
    rel = rel_items(c, 4)
    if rel:
        b.f("widget", "Tin cùng chuyên mục")
        b.f("related", " | ".join(h for h, t in rel[:3]))
        if len(rel) > 3:
            b.f("related", rel[3][0])
    b.f("widget", f"Thích {rng.randint(0, 300)} Chia sẻ")


def lay_hoibacsi(b, c, rng):
    b.u("site", "HỎI BÁC SĨ")
    b.f("widget", "Đặt câu hỏi Chuyên khoa Bác sĩ tư vấn Tin sức khỏe")
    b.u("title", c["title"])
    b.u("date", fmt_d(c["dt"], "h"))
    pts = mid_points(len(c["paras"]), 1, rng)
    b.body({p: (lambda: b.f("caption", c["cap"].get())) for p in pts})
    b.f("byline", pen(rng) + " (tổng hợp)")
    b.f("widget", f"Bài viết có hữu ích với bạn? Có ({rng.randint(1, 90)}) Không ({rng.randint(0, 9)})")
    b.f("widget", f"Bình luận ({rng.randint(2, 30)})")
    for _ in range(2):
        b.f("widget", person(rng))
        b.f("widget", rng.choice([
            "Cảm ơn bác sĩ, bài viết rất bổ ích cho gia đình tôi.",
            "Mong cơ quan chức năng sớm vào cuộc xử lý nghiêm.",
            "Đọc mà thấy lo quá, mọi người nhớ giữ gìn sức khỏe nhé.",
            "Con tôi cũng bị y như vậy, xin bác sĩ tư vấn giúp ạ.",
        ]))
        b.f("widget", f"Trả lời · Thích · {rng.randint(1, 23)} giờ trước")
    if c["related"]:
        b.f("widget", "Có thể bạn quan tâm")
        for h, t in rel_items(c, 3):
            b.f("related", h)


def lay_songkhoeplus(b, c, rng):
    b.u("site", "Sống Khỏe Plus")
    b.f("widget", "Mới nhất Sống khỏe Làm đẹp Tâm lý Video Podcast")
    b.u("title", c["title"])
    paras = c["paras"]
    b.L.append(("body", list(paras[0])))
    b.f("widget", f"00:00 / 0{rng.randint(1, 4)}:{rng.randint(10, 59)}")
    b.f("caption", c["cap"].get())
    b.f("credit", "Video: " + pen(rng))
    for p in paras[1:]:
        b.L.append(("body", list(p)))
    b.f("byline", f"Bài: {pen(rng)} - Ảnh: {pen(rng)}")
    b.u("date", fmt_d(c["dt"], "i"))
    b.f("widget", "Theo dõi Sống Khỏe Plus trên Google News")
    rel = rel_items(c, 3)
    if rel:
        b.f("widget", "XEM NHIỀU")
        for h, t in rel:
            b.f("related", h)
            b.f("related", t)


def lay_nhipsongykhoa(b, c, rng):
    b.u("site", "NHỊP SỐNG Y KHOA")
    b.f("widget", "Tin tức / Y học thường thức")
    b.u("date", fmt_d(c["dt"], "f"))
    b.u("title", c["title"])
    n = len(c["paras"])
    pts = mid_points(n, 1, rng)
    k = rng.randint(3, 6)

    def gallery():
        b.f("widget", f"1/{k}")
        b.f("caption", c["cap"].get())
        b.f("widget", f"2/{k}")
        b.f("caption", c["cap"].get())
    b.body({p: gallery for p in pts})
    b.f("byline", person(rng).upper())
    b.f("widget", "Từ khóa: y khoa | sức khỏe | cộng đồng")
    for h, t in rel_items(c, 4):
        b.f("related", "• " + h)
    b.f("widget", "Lên đầu trang")


def lay_dinhduongviet(b, c, rng):
    b.u("site", "Dinh Dưỡng Việt")
    b.f("widget", "Trang chủ Ăn uống lành mạnh Thực đơn Giảm cân Trẻ em")
    b.u("title", c["title"])
    b.u("date", fmt_d(c["dt"], "b"))
    b.f("byline", "Chuyên gia dinh dưỡng " + person(rng))
    pts = mid_points(len(c["paras"]), 2, rng)
    ins = {}
    if pts:
        def info():
            b.f("caption", "Infographic: " + rng.choice(["5 nguyên tắc ăn uống an toàn", "Tháp dinh dưỡng cho người trưởng thành", "Những dấu hiệu cần đi khám ngay", "Cách rửa tay đúng chuẩn 6 bước"]))
            b.f("credit", "Đồ họa: " + pen(rng))
        ins[pts[0]] = info
    if len(pts) > 1:
        def poll():
            b.f("widget", "Thăm dò ý kiến: Bạn có đi khám sức khỏe định kỳ mỗi năm?")
            b.f("widget", "Có, đều đặn")
            b.f("widget", "Thỉnh thoảng")
            b.f("widget", "Chưa bao giờ")
            b.f("widget", "Biểu quyết Xem kết quả")
        ins[pts[1]] = poll
    b.body(ins)
    if c["related"]:
        b.f("widget", "Bài viết liên quan:")
        for h, t in rel_items(c, 3):
            b.f("related", f"{h} ({short_date(c['dt'], rng.randint(1, 30), rng):%d/%m})")
    b.f("widget", "Đăng ký nhận thực đơn mỗi tuần qua email")


def lay_phongkhamxanh(b, c, rng):
    b.f("widget", "Phòng Khám Xanh › Cẩm nang › Sức khỏe tổng quát")
    b.u("title", c["title"])
    b.f("byline", "Tác giả: " + pen(rng))
    b.f("byline", "Tham vấn y khoa: BS. " + person(rng))
    b.u("date", fmt_d(c["dt"], "l"))
    pts = mid_points(len(c["paras"]), 1, rng)
    b.body({p: (lambda: b.f("widget", "Đặt lịch hẹn với bác sĩ ngay hôm nay để được thăm khám kịp thời.")) for p in pts})
    b.f("widget", "Phòng Khám Xanh không đưa ra lời khuyên, chẩn đoán hay phương pháp điều trị y khoa.")
    b.f("widget", "Bài viết có hữu ích không? Có Không")
    if c["related"]:
        b.f("widget", "Bài viết liên quan")
        for h, t in rel_items(c, 3):
            b.f("related", f"{h} Đọc thêm")
    b.u("site", "Phòng Khám Xanh")
    b.f("widget", "Liên hệ · Chính sách bảo mật · Điều khoản sử dụng")


def lay_tinyduoc(b, c, rng):
    b.u("site", "TIN Y DƯỢC")
    b.u("title", c["title"])
    b.u("date", fmt_d(c["dt"], "j"))
    b.f("widget", "Y tế > Dược phẩm")
    paras = c["paras"]
    b.f("byline", f"({pen(rng)} - Thông tấn Y dược)")
    pts = mid_points(len(paras), 1, rng)
    b.body({p: (lambda: (b.f("caption", c["cap"].get()), b.f("credit", "Nguồn: Internet"))) for p in pts})
    b.f("widget", "TIN MỚI")
    for i, (h, t) in enumerate(rel_items(c, 4)):
        b.f("widget", f"{i + 1} giờ trước")
        b.f("related", h)
    b.f("widget", "Tin Y Dược - Cơ quan chủ quản: Công ty Truyền thông Y Dược An Phú")


def lay_suckhoedothi(b, c, rng):
    b.u("site", "Sức Khỏe Đô Thị")
    b.f("widget", "A- A A+ In bài Gửi email")
    b.u("title", c["title"])
    b.u("date", fmt_d(c["dt"], "b"))
    rel = list(c["related"])
    pts = mid_points(len(c["paras"]), 2, rng)
    ins = {}
    if pts and rel:
        h = rel.pop(0)[0]
        ins[pts[0]] = lambda: b.f("related", ">> " + h)
    if len(pts) > 1:
        ins[pts[1]] = lambda: (b.f("caption", c["cap"].get()), b.f("credit", "Ảnh: Internet"))
    b.body(ins)
    b.f("byline", pen(rng) + " (tổng hợp)")
    b.f("widget", "Chia sẻ Tweet Lưu bài")
    if rel:
        b.f("widget", "Tin khác")
        b.f("related", " / ".join(h for h, t in rel[:2]))
        for h, t in rel[2:4]:
            b.f("related", h)


def lay_mevabekhoe(b, c, rng):
    b.u("site", "Mẹ & Bé Khỏe")
    b.f("widget", "Mang thai | Nuôi con | Bệnh trẻ em | Dinh dưỡng cho bé")
    b.u("title", c["title"])
    b.f("byline", pen(rng))
    b.u("date", fmt_d(c["dt"], "c"))
    pts = mid_points(len(c["paras"]), 1, rng)
    b.body({p: (lambda: b.f("caption", c["cap"].get() + " (Ảnh minh họa)")) for p in pts})
    b.f("widget", "Đăng ký nhận bản tin sức khỏe cho mẹ và bé")
    b.f("widget", "Nhập email của bạn Đăng ký")
    if c["related"]:
        b.f("widget", "Có thể bạn quan tâm")
        for h, t in rel_items(c, 4):
            b.f("related", h)
    b.f("widget", f"Thích ({rng.randint(0, 500)}) Yêu thích ({rng.randint(0, 90)}) Buồn ({rng.randint(0, 30)})")


def lay_canhbaodich(b, c, rng):
    org = "Trung tâm Kiểm soát bệnh tật tỉnh Hòa Bình Nam"
    b.u("site", "CỔNG THÔNG TIN CẢNH BÁO DỊCH BỆNH")
    b.f("widget", org)
    b.f("widget", "Trang chủ | Giới thiệu | Tin hoạt động | Văn bản | Hỏi đáp")
    b.u("title", c["title"])
    b.u("date", "Ngày đăng: " + f"{c['dt']:%d/%m/%Y}")
    b.body({})
    b.f("byline", "Ban biên tập")
    b.f("credit", "Nguồn: " + org)
    b.f("widget", f"Tải về: thong-bao-{rng.randint(10, 99)}.pdf")
    b.f("widget", f"Số lượt truy cập: {rng.randint(10000, 999999)}")
    if c["related"]:
        b.f("widget", "Tin đã đưa")
        for h, t in rel_items(c, 5):
            b.f("related", f"- {h} ({short_date(c['dt'], rng.randint(1, 40), rng):%d/%m/%Y})")


def lay_dongyngaynay(b, c, rng):
    b.u("site", "Đông Y Ngày Nay")
    b.f("widget", "Bài thuốc Dược liệu Lương y Châm cứu Dưỡng sinh")
    b.u("title", c["title"])
    b.u("date", fmt_d(c["dt"], "g"))
    pts = mid_points(len(c["paras"]), 2, rng)
    ins = {}
    if pts:
        ins[pts[0]] = lambda: (b.f("caption", c["cap"].get()), b.f("credit", "Ảnh: " + pen(rng)))
    if len(pts) > 1:
        ins[pts[1]] = lambda: (b.f("widget", "QUẢNG CÁO"), b.f("widget", f"Nhà thuốc Phúc Sinh Đường - Tư vấn miễn phí: {phone(rng)}"))
    b.body(ins)
    b.f("byline", "Lương y " + person(rng))
    b.f("widget", "Lưu ý: Hiệu quả có thể khác nhau tùy cơ địa mỗi người.")
    for h, t in rel_items(c, 3):
        b.f("related", "Xem thêm: " + h)
    b.f("widget", f"Hotline: {hotline(rng)}")


def lay_khoe360(b, c, rng):
    b.u("site", "Khỏe 360")
    b.f("widget", "Tải ứng dụng Khỏe 360 để đọc tin nhanh hơn")
    b.f("byline", "Bởi " + pen(rng))
    b.u("date", fmt_d(c["dt"], "i"))
    b.u("title", c["title"])
    b.f("widget", f"{rng.randint(1, 99)} bình luận {rng.randint(10, 999)} lượt chia sẻ")
    pts = mid_points(len(c["paras"]), 1, rng)
    b.body({p: (lambda: (b.f("widget", "ẢNH"), b.f("caption", c["cap"].get()))) for p in pts})
    b.f("widget", c["title"])  # sticky bar repeats the title
    b.f("widget", "Chia sẻ Sao chép liên kết")
    rel = rel_items(c, 3)
    if rel:
        b.f("widget", "Đọc tiếp")
        for h, t in rel:
            b.f("related", f"{h} {t}")
    b.f("widget", "© Khỏe 360")


def lay_thaythuoctre(b, c, rng):
    b.u("site", "Thầy Thuốc Trẻ")
    b.f("widget", "Thời sự Y tế Bệnh viện Bác sĩ Pháp luật Bạn đọc")
    b.u("title", c["title"])
    b.u("date", fmt_d(c["dt"], "a"))
    paras = c["paras"]
    quote = None
    for s in [x for p in paras for x in p]:
        w = s.split()
        if 14 <= len(w) <= 40:
            quote = " ".join(w[:9]).rstrip(",.;:") + "…"
            break
    pts = mid_points(len(paras), 2, rng)
    ins = {}
    if pts and quote:
        ins[pts[0]] = lambda: b.f("widget", "“" + quote + "”")
    if len(pts) > 1:
        ins[pts[1]] = lambda: (b.f("caption", c["cap"].get() + " - Ảnh: " + pen(rng)))
    b.body(ins)
    b.f("byline", f"{person(rng)} - {person(rng)}")
    if c["related"]:
        b.f("widget", "Tin cùng chuyên mục")
        for i, (h, t) in enumerate(rel_items(c, 4)):
            b.f("related", f"{i + 1}. {h}")
    b.f("widget", "Bình luận (0)")
    b.f("widget", "Hãy là người đầu tiên bình luận bài viết này.")


def lay_tuoigiakhoe(b, c, rng):
    b.f("widget", f"{WD[c['now'].weekday()]}, ngày {c['now'].day} tháng {c['now'].month} năm {c['now'].year}")
    b.u("site", "Tuổi Già Khỏe")
    b.f("widget", "Sức khỏe người cao tuổi > Phòng bệnh")
    b.u("title", c["title"])
    b.u("date", fmt_d(c["dt"], "d"))
    b.f("widget", f"Nghe bài viết 0{rng.randint(1, 5)}:{rng.randint(10, 59)}")
    pts = mid_points(len(c["paras"]), 1, rng)
    b.body({p: (lambda: (b.f("caption", c["cap"].get()), b.f("credit", "Ảnh: TGK"))) for p in pts})
    b.f("byline", "Theo Báo Sức Khỏe Đông Phương")
    b.f("widget", "Cỡ chữ: Nhỏ Vừa Lớn")
    rel = rel_items(c, 3)
    if rel:
        b.f("widget", "Bài viết liên quan")
        for h, t in rel:
            b.f("related", h)
            b.f("related", t)
    b.f("widget", f"Đường dây nóng: {phone(rng)} - Email: toasoan@tuoigiakhoe.vn")


LAYOUTS = [
    ("suckhoemoingay", lay_suckhoemoingay, (2, 3)),
    ("bacsigiadinh", lay_bacsigiadinh, (1, 2)),
    ("ytecongdong", lay_ytecongdong, (2, 4)),
    ("benhvienonline", lay_benhvienonline, (2, 3)),
    ("dichte24h", lay_dichte24h, (1, 3)),
    ("thuocsuckhoe", lay_thuocsuckhoe, (2, 3)),
    ("baohiemdoisong", lay_baohiemdoisong, (3, 4)),
    ("hoibacsi", lay_hoibacsi, (1, 2)),
    ("songkhoeplus", lay_songkhoeplus, (2, 3)),
    ("nhipsongykhoa", lay_nhipsongykhoa, (1, 3)),
    ("dinhduongviet", lay_dinhduongviet, (2, 3)),
    ("phongkhamxanh", lay_phongkhamxanh, (1, 2)),
    ("tinyduoc", lay_tinyduoc, (2, 4)),
    ("suckhoedothi", lay_suckhoedothi, (1, 3)),
    ("mevabekhoe", lay_mevabekhoe, (1, 2)),
    ("canhbaodich", lay_canhbaodich, (3, 4)),
    ("dongyngaynay", lay_dongyngaynay, (2, 3)),
    ("khoe360", lay_khoe360, (1, 2)),
    ("thaythuoctre", lay_thaythuoctre, (2, 3)),
    ("tuoigiakhoe", lay_tuoigiakhoe, (1, 3)),
]


# ---------------------------------------------------------------- faults
FAULTS = ("nbsp", "zwsp", "dblspace", "glue", "nfd")


def f_nbsp(s, rng):
    idx = [i for i, ch in enumerate(s) if ch == " "]
    if not idx:
        return s
    pick = set(rng.sample(idx, max(1, len(idx) // 3)))
    return "".join("\u00a0" if i in pick else ch for i, ch in enumerate(s))


def f_zwsp(s, rng):
    words = s.split(" ")
    cand = [i for i, w in enumerate(words) if len(w) >= 4 and w.isalpha()]
    if not cand:
        return s
    i = rng.choice(cand)
    w = words[i]
    k = rng.randint(1, len(w) - 1)
    words[i] = w[:k] + "\u200b" + w[k:]
    return " ".join(words)


def f_dbl(s, rng):
    idx = [i for i, ch in enumerate(s) if ch == " "]
    if not idx:
        return s
    i = rng.choice(idx)
    return s[:i] + "  " + s[i + 1:]


def glue_paras(paras, rng):
    cand = [(pi, si) for pi, p in enumerate(paras) for si in range(len(p) - 1)
            if p[si].endswith(".") and p[si + 1][:1].isupper()]
    if not cand:
        return paras, False
    pi, si = rng.choice(cand)
    p = list(paras[pi])
    p[si:si + 2] = [p[si] + p[si + 1]]
    paras = list(paras)
    paras[pi] = p
    return paras, True


def apply_faults(L, faults, rng):
    fn = {"nbsp": f_nbsp, "zwsp": f_zwsp, "dblspace": f_dbl}
    for name in faults:
        if name not in fn:
            continue
        f = fn[name]
        # touch a subset of lines
        idxs = list(range(len(L)))
        rng.shuffle(idxs)
        share = {"nbsp": 0.5, "zwsp": 0.15, "dblspace": 0.12}[name]
        for i in idxs[:max(2, int(len(L) * share))]:
            kind, pay = L[i]
            if kind == "body":
                j = rng.randrange(len(pay))
                pay = list(pay)
                pay[j] = f(pay[j], rng)
                L[i] = (kind, pay)
            else:
                L[i] = (kind, f(pay, rng))
    if "nfd" in faults:
        for i, (kind, pay) in enumerate(L):
            if kind == "body":
                L[i] = (kind, [unicodedata.normalize("NFD", x) for x in pay])
            else:
                L[i] = (kind, unicodedata.normalize("NFD", pay))
    return L


# ---------------------------------------------------------------- contract check
def check_page(page, title):
    text, body, furn = page.text, page.body, page.furniture
    lines = text.split("\n")
    bi = fi = 0
    unl = []
    for ln in lines:
        if not ln or ln != ln.strip():
            raise ValueError(f"blank or unstripped line: {ln!r}")
        if fi < len(furn) and ln == furn[fi][1]:
            fi += 1
            continue
        for n in range(1, 5):
            if bi + n <= len(body) and ln == " ".join(body[bi:bi + n]):
                bi += n
                break
        else:
            unl.append(ln)
    if bi != len(body) or fi != len(furn):
        raise ValueError("walk did not use up body/furniture")
    if len(unl) > 3 or len(set(unl)) != len(unl):
        raise ValueError(f"bad unlabelled lines: {unl}")
    if norm(title) not in {norm(x) for x in unl}:
        raise ValueError("title missing")
    if len(body) < 3:
        raise ValueError("too few body sentences")
    for k, ln in furn:
        if k not in KINDS:
            raise ValueError(f"bad kind {k}")
    bn = {norm(s) for s in body}
    for s in body:
        if s not in text:
            raise ValueError("body item not in text")
    for ln in [l for _, l in furn] + unl:
        if norm(ln) in bn:
            raise ValueError(f"line equals body sentence: {ln}")
    tn = norm(title)
    for k, ln in furn:
        if k == "related" and norm(ln) == tn:
            raise ValueError("related equals title")


# ---------------------------------------------------------------- main
def make_paras(sents, rng, lo, hi):
    paras, i = [], 0
    while i < len(sents):
        n = rng.randint(lo, hi)
        paras.append(sents[i:i + n])
        i += n
    return paras


def pages(path):
    body_rows, rel_rows = read_rows(Path(path))
    pool = []
    for r in sorted(rel_rows):
        t, a = rel_rows[r]
        h = detok(t)
        tz = teaser_of(a)
        if h and tz:
            pool.append((h, tz))
    out = []
    for k, row in enumerate(sorted(body_rows)):
        title_raw, art = body_rows[row]
        title = detok(title_raw)
        sents = story_sentences(title, art)
        if len(sents) < 3:
            continue
        lname, lfun, (lo, hi) = LAYOUTS[k % len(LAYOUTS)]
        bad = {norm(s) for s in sents} | {norm(title)}
        prng = R(row, "related")
        cand = [x for x in pool if norm(x[0]) not in bad and norm(x[1]) not in bad]
        prng.shuffle(cand)
        related = cand[:5]
        frng = R(row, "faults")
        faults = []
        if frng.random() < 0.27:
            faults = frng.sample(FAULTS, frng.choice([1, 1, 2]))
        paras = make_paras(sents, R(row, "paras"), lo, hi)
        if "glue" in faults:
            paras, ok = glue_paras(paras, R(row, "glue"))
            if not ok:
                faults.remove("glue")
        dt = page_date(row, art)
        now = dt + datetime.timedelta(days=R(row, "now").randint(0, 3))
        ctx = {"title": title, "paras": paras, "dt": dt, "now": now, "related": related,
               "cap": Captioner(row, title, sents)}
        b = B(ctx)
        lfun(b, ctx, R(row, "layout"))
        L = apply_faults(b.L, faults, R(row, "faultapply"))
        # sanity: furniture must not copy story sentences
        text_lines, body, furn = [], [], []
        for kind, pay in L:
            if kind == "body":
                body.extend(pay)
                text_lines.append(" ".join(pay))
            else:
                text_lines.append(pay)
                if kind in KINDS:
                    furn.append((kind, pay))
        page = Page("\n".join(text_lines), body, furn, lname)
        check_page(page, text_lines[[kd for kd, _ in L].index("title")])
        page_faults[id(page)] = faults
        out.append(page)
    return out


page_faults = {}


def main(argv):
    path = argv[1] if len(argv) > 1 else "/work/shared/data/vietnews_train.jsonl.gz"
    ps = pages(path)
    rows = {}
    for name, _, _ in LAYOUTS:
        rows[name] = Counter()
    for p in ps:
        c = rows[p.layout]
        c["pages"] += 1
        c["body"] += len(p.body)
        for k, _ in p.furniture:
            c[k] += 1
        fl = page_faults.get(id(p), [])
        c["faults"] += len(fl)
        c["faulty_pages"] += bool(fl)
    cols = ["pages", "body"] + list(KINDS) + ["faulty_pages", "faults"]
    print(f"{'layout':<16}" + "".join(f"{c:>13}" for c in cols))
    tot = Counter()
    for name in rows:
        tot.update(rows[name])
        print(f"{name:<16}" + "".join(f"{rows[name][c]:>13}" for c in cols))
    print(f"{'TOTAL':<16}" + "".join(f"{tot[c]:>13}" for c in cols))


if __name__ == "__main__":
    main(sys.argv)
