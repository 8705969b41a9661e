#!/usr/bin/env python3
"""test94 -- held-out evaluation pages for a cleaner of scraped Vietnamese news pages.

Theme: money (stock market, banks, gold and exchange rates, personal finance,
insurance, company results).  Standard library only.

    python3 make.py /work/shared/data/vietnews_train.jsonl.gz

pages(path) -> list[Page]; Page = (text, body, furniture, layout).
"""
import gzip
import json
import random
import re
import sys
import unicodedata
from pathlib import Path
from typing import List, NamedTuple, Tuple

SETNAME = "test94"
SEED = 9443
BODY_ROWS = range(13600, 13700)
RELATED_ROWS = range(16900, 17000)
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
    body, related = {}, {}
    last = max(BODY_ROWS.stop, RELATED_ROWS.stop) - 1
    with gzip.open(str(path), "rb") as fh:
        for n, raw in enumerate(fh):
            if n > last:
                break
            inb, inr = n in BODY_ROWS, n in RELATED_ROWS
            if not (inb or inr) or not raw.strip():
                continue
            try:
                obj = json.loads(raw.decode("utf-8", "replace"))
            except ValueError:
                continue
            if not isinstance(obj, dict):
                continue
            t, a = obj.get("title"), obj.get("article")
            if not isinstance(t, str) or not isinstance(a, str):
                continue
            if not t.strip() or not a.strip():
                continue
            if inb:
                body[n] = (t, a)
            else:
                related[n] = (t, a[:1200])
    return body, related


# ---------------------------------------------------------------- text
def _pair_straight(s, q):
    parts = s.split(q)
    if len(parts) < 3:
        return s
    for i in range(1, len(parts), 2):
        if i + 1 < len(parts):
            parts[i] = parts[i].strip()
    return q.join(parts)


def detok(s):
    s = s.replace("_", " ")
    s = re.sub(r"\s+", " ", s).strip()
    s = re.sub(r"([“‘])\s+", r"\1", s)
    s = re.sub(r"\s+([”’])", r"\1", s)
    s = _pair_straight(s, '"')
    s = re.sub(r"(^|\s)'\s+([^']*?)\s+'(?=\s|[,.;:!?…)]|$)", r"\1'\2'", s)
    s = re.sub(r"\s+([,.;:!?%…])", r"\1", s)
    s = re.sub(r"([(\[])\s+", r"\1", s)
    s = re.sub(r"\s+([)\]])", r"\1", s)
    s = re.sub(r"(\S)\s+/\s+(?=\S)", r"\1/", s)
    s = re.sub(r" {2,}", " ", s)
    return s.strip()


ABBR = {"TP", "Tp", "TS", "GS", "PGS", "ThS", "Ths", "BS", "Q", "P", "KS", "NXB",
        "Th", "St", "Mr", "Mrs", "Ms", "Dr", "TT", "PV", "NSƯT", "NSND", "Đ", "TX", "ĐH"}
_BOUND = re.compile(r"([.!?…]+)([\"”’')\]]*)(\s+)")


def _no_split_token(tok):
    tok = tok.lstrip("(\"“'")
    if tok in ABBR:
        return True
    if len(tok) == 1 and tok.isalpha():
        return True
    if "." in tok and re.fullmatch(r"(?:\w{1,3}\.)+\w{1,3}", tok):
        return True
    return False


def split_raw(text):
    out, start = [], 0
    for m in _BOUND.finditer(text):
        end = m.end()
        nxt = text[end:end + 1]
        if not nxt or not (nxt.isupper() or nxt.isdigit() or nxt in "\"“‘"):
            continue
        if m.group(1) == "." and not m.group(2):
            before = text[start:m.start()].split()
            if before and _no_split_token(before[-1]):
                continue
        out.append(text[start:m.start(3)].strip())
        start = end
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return [x for x in out if x]


def _quotes_ok(s):
    if s.count("“") != s.count("”") or s.count("(") != s.count(")") or s.count("[") != s.count("]"):
        return False
    depth = 0
    for ch in s:
        if ch in "“([":
            depth += 1
        elif ch in "”)]":
            depth -= 1
            if depth < 0:
                return False
    if s.count('"') % 2:
        return False
    # straight quotes must alternate opening / closing
    opening = True
    for m in re.finditer('"', s):
        i = m.start()
        prev = s[i - 1] if i else " "
        nxt = s[i + 1] if i + 1 < len(s) else " "
        if opening:
            if not (prev in " (“‘:" and nxt not in " "):
                return False
        else:
            if not (prev != " " and (nxt in " ,.;:!?…)”’" )):
                return False
        opening = not opening
    if s.count("‘") != s.count("’"):
        return False
    sq = re.findall(r"(?:^|\s)'|'(?=[\s,.;:!?…)]|$)", s)
    if len(sq) % 2:
        return False
    return True


def split_sentences(text):
    raw = split_raw(text)
    out, i = [], 0
    while i < len(raw):
        s = raw[i]
        if not _quotes_ok(s):
            merged = s
            for j in range(i + 1, min(i + 6, len(raw))):
                merged = merged + " " + raw[j]
                if _quotes_ok(merged):
                    out.append(merged)
                    i = j + 1
                    break
            else:
                out.append(s)
                i += 1
            continue
        out.append(s)
        i += 1
    return out


CAPTION_MARKS = ("ảnh:", "(ảnh", "ảnh minh h", "video:", "clip:", "nguồn:", "đồ hoạ", "đồ họa",
                 "(trái)", "(phải)", "(giữa)", "từ trái sang", "từ trái qua", "minh hoạ", "minh họa",
                 "infographic", "photo:", "(video", "(clip", "ảnh tư liệu", "ảnh chụp màn hình", "ảnh: ")
REPORT = ("cho biết", "nói", "khẳng định", "cho rằng", "chia sẻ", "nhấn mạnh", "tiết lộ", "giải thích",
          "thừa nhận", "xác nhận", "đề nghị", "yêu cầu", "phát biểu", "trả lời", "lưu ý", "bày tỏ",
          "nhận định", "báo cáo", "thông báo", "công bố", "tuyên bố", "khuyến cáo", "cảnh báo", "nêu rõ",
          "dẫn lời", "kiến nghị", "đề xuất", "phản ánh", "tâm sự", "nhớ lại", "lý giải", "dự báo",
          "cam kết", "kết luận", "kể lại", "trình bày", "thông tin thêm", "thông tin với", "quả quyết")
CONNECT = ("Tuy nhiên", "Trong khi đó", "Ngoài ra", "Bên cạnh đó", "Theo đó", "Do đó", "Vì vậy", "Vì thế",
           "Đồng thời", "Trước đó", "Sau đó", "Cùng với đó", "Mặt khác", "Thế nhưng", "Nhưng", "Song",
           "Hiện nay", "Hiện", "Tuy vậy", "Dù vậy", "Mặc dù", "Khi", "Trước", "Sau khi", "Theo", "Do", "Vì",
           "Nhờ", "Ngay sau đó", "Cũng theo", "Đặc biệt", "Thậm chí", "Từ đó", "Như vậy", "Bởi vậy",
           "Lúc này", "Cụ thể", "Riêng", "Còn", "Ngoài", "Để", "Nếu", "Trong đó", "Cùng ngày", "Trước tình hình",
           "Liên quan", "Được biết", "Sau", "Dù", "Do vậy", "Bởi", "Kết quả", "Trước thực trạng", "Tương tự")
OPENERS = ("Mới đây", "Theo", "Liên quan", "Trong", "Tuy nhiên", "Hiện", "Sau", "Trước", "Ngày", "Chiều",
           "Sáng", "Tối", "Trưa", "Được biết", "Tại", "Cụ thể", "Ngoài", "Bên cạnh", "Trao đổi", "Chiều",
           "Đêm", "Khi", "Từ")
ZW = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")


def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = ZW.sub("", s)
    s = re.sub(r"\s+", "", s)
    return s.casefold()


def _glued_heading(s):
    w = s.split()
    for i in range(2, len(w) - 1):
        prev = w[i - 1]
        if prev[-1:].isalpha() and prev[-1:].islower():
            for op in OPENERS:
                ow = op.split()
                got = [x.rstrip(",.;:") for x in w[i:i + len(ow)]]
                if got == ow:
                    return True
    return False


def keep_sentence(s, title_key):
    w = s.split()
    low = s.lower()
    if any(m in low for m in CAPTION_MARKS):
        return False
    if any(ch in s for ch in "|•»«▶►*#"):
        return False
    for m in re.finditer(r"[“\"]([^”\"]*)[”\"]", s):
        span = m.group(1)
        if span[:1].islower() and len(span.split()) >= 8:
            return False
    if not _quotes_ok(s):
        return False
    if not re.search(r"[.!?…][\"”’')\]]*$", s):
        return False
    if s.endswith("...") and len(w) < 12:
        return False
    if ":" in " ".join(w[:6]):
        return False
    if re.search(r"\(Theo\b", s) or re.search(r"\sTheo\s+\S+(?:\s+\S+){0,4}\)?\.?$", s):
        return False
    first = s.lstrip("\"“‘'(")
    if not first or not (first[0].isupper() or first[0].isdigit()):
        return False
    if len(w) < 8 or len(w) > 110:
        return False
    if norm(s) == title_key:
        return False
    if _glued_heading(s):
        return False
    short = len(w) <= 22 or ("," not in s and len(w) <= 30)
    if short:
        rep = any(re.search(r"(?<!\w)" + re.escape(v) + r"(?!\w)", low) for v in REPORT)
        quote = any(q in s for q in "\"“")
        conn = any(s.startswith(c + " ") or s.startswith(c + ",") for c in CONNECT)
        if not (rep or conn or (quote and rep)):
            return False
    return True


def story_sentences(title, article):
    tkey = norm(title)
    seen, out = set(), []
    for s in split_sentences(detok(article)):
        if not keep_sentence(s, tkey):
            continue
        k = norm(s)
        if k in seen:
            continue
        seen.add(k)
        out.append(s)
    return out


def teaser_of(article, title):
    tkey = norm(title)
    for s in split_sentences(detok(article))[:4]:
        if len(s.split()) <= 70 and keep_sentence(s, tkey):
            return s
    return None


# ---------------------------------------------------------------- invented stuff
SURN = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương",
        "Lý", "Trịnh", "Đinh", "Lưu", "Tạ", "Mai", "Châu"]
MIDN = ["Văn", "Thị", "Minh", "Thu", "Hữu", "Quốc", "Thanh", "Ngọc", "Đức", "Hải", "Bảo", "Khánh", "Phương",
        "Gia", "Hoài", "Kim", "Tuấn", "Diệu"]
GIVN = ["Anh", "Bình", "Châu", "Dũng", "Giang", "Hà", "Hạnh", "Hiếu", "Huy", "Khang", "Lam", "Linh", "Long",
        "Mai", "My", "Nam", "Ngân", "Nhi", "Phong", "Phúc", "Quân", "Quyên", "Sơn", "Tâm", "Thảo", "Trang",
        "Tùng", "Uyên", "Vy", "Yến", "Khôi", "Thư", "Vinh", "Hưng"]
DOW = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]

SCENES = {
    "quốc hội": ["Quang cảnh phiên chất vấn tại hội trường Diên Hồng.",
                 "Các đại biểu theo dõi phần trả lời chất vấn tại hội trường."],
    "công an|cảnh sát": ["Lực lượng chức năng làm việc tại hiện trường.", "Cơ quan công an lấy lời khai các đối tượng liên quan."],
    "bệnh viện": ["Người bệnh chờ làm thủ tục tại khu khám bệnh.", "Các bác sĩ thăm khám cho bệnh nhân tại bệnh viện."],
    "học sinh|phụ huynh": ["Học sinh trong một buổi học trên lớp.", "Phụ huynh đưa con đến trường vào buổi sáng."],
    "tăng giá|giá cả|siêu thị|tiểu thương": ["Người dân mua sắm tại một siêu thị ở trung tâm thành phố.", "Tiểu thương bày bán hàng hóa tại một chợ truyền thống."],
    "doanh nghiệp": ["Công nhân làm việc tại dây chuyền sản xuất của một doanh nghiệp.",
                     "Đại diện doanh nghiệp trao đổi tại buổi đối thoại."],
    "ngân hàng": ["Khách hàng giao dịch tại quầy của một ngân hàng thương mại.",
                  "Nhân viên ngân hàng kiểm đếm tiền tại phòng giao dịch."],
    "giao thông|ùn tắc|tuyến đường": ["Phương tiện lưu thông trên tuyến đường vào giờ cao điểm.", "Một đoạn đường đang được thi công nâng cấp."],
    "mưa": ["Nhiều tuyến phố ngập sâu sau trận mưa lớn.", "Người dân dọn dẹp sau đợt mưa bão."],
    "dự án": ["Toàn cảnh khu đất thực hiện dự án nhìn từ trên cao.", "Công trường dự án đang trong giai đoạn thi công."],
}
FIN_SCENES = ["Nhà đầu tư theo dõi bảng điện tại một công ty chứng khoán ở quận 1, TP.HCM.",
              "Khách hàng giao dịch vàng miếng tại một cửa hàng kinh doanh vàng bạc ở Hà Nội.",
              "Người dân đổi ngoại tệ tại một điểm thu đổi ở trung tâm thành phố.",
              "Nhân viên tư vấn giới thiệu sản phẩm bảo hiểm cho khách hàng.",
              "Giao dịch viên hỗ trợ khách hàng mở tài khoản tiết kiệm."]


class Ctx:
    def __init__(self, row, k, title, paras, related_pool, site, domain):
        self.row, self.k, self.title, self.paras = row, k, title, paras
        self.site, self.domain = site, domain
        self.rng = R(row, "layout")
        self.related_pool = related_pool
        self.sent_keys = {norm(s) for p in paras for s in p}
        self.bad = set(self.sent_keys) | {norm(title)}
        self.text = " ".join(s for p in paras for s in p)
        d = R(row, "date")
        self.y, self.mo = d.randint(2016, 2019), d.randint(1, 12)
        self.d = d.randint(1, 28)
        self.hh, self.mm = d.randint(6, 22), d.randint(0, 59)
        import datetime
        self.dow = DOW[datetime.date(self.y, self.mo, self.d).weekday()]
        self._used_rel = set()
        self.people, self.places = self._entities()

    # ---- small generators
    def name(self):
        r = self.rng
        return f"{r.choice(SURN)} {r.choice(MIDN)} {r.choice(GIVN)}"

    def short_name(self):
        r = self.rng
        return f"{r.choice(MIDN[2:])} {r.choice(GIVN)}"

    def date(self, style):
        y, mo, d, hh, mm = self.y, self.mo, self.d, self.hh, self.mm
        return style.format(y=y, mo=mo, d=d, hh=hh, mm=mm, dow=self.dow, h12=(hh - 1) % 12 + 1,
                            ap="AM" if hh < 12 else "PM")

    def num(self, a, b, nd=2):
        v = self.rng.uniform(a, b)
        return f"{v:,.{nd}f}".replace(",", "X").replace(".", ",").replace("X", ".")

    def phone(self):
        r = self.rng
        return f"09{r.randint(0, 9)}{r.randint(1, 9)} {r.randint(100, 999)} {r.randint(100, 999)}"

    def _entities(self):
        words = self.text.split()
        people, places = [], []
        for i, w in enumerate(words[:-1]):
            if w in ("ông", "bà", "Ông", "Bà"):
                nm = []
                for t in words[i + 1:i + 5]:
                    c = t.rstrip(",.;:)")
                    if not c or not c[0].isupper() or not c.isalpha() or c.isupper() and len(c) > 1:
                        break
                    nm.append(c)
                    if c != t:
                        break
                if len(nm) >= 2:
                    p = "Ông " + " ".join(nm) if w.lower() == "ông" else "Bà " + " ".join(nm)
                    if p not in people:
                        people.append(p)
            if w in ("tỉnh", "huyện", "xã", "quận", "thành phố"):
                nm = []
                for t in words[i + 1:i + 4]:
                    c = t.rstrip(",.;:)")
                    if not c or not c[0].isupper() or not c.isalpha():
                        break
                    nm.append(c)
                    if c != t:
                        break
                nxt = words[i + 1 + len(nm)] if i + 1 + len(nm) < len(words) else ""
                if nm and nxt != "-" and not (i and words[i - 1] == "thị"):
                    p = w + " " + " ".join(nm)
                    if p not in places:
                        places.append(p)
        return people, places

    # ---- captions, related
    def caption(self):
        r = self.rng
        opts = []
        for p in self.people[:3]:
            opts += [f"{p} trao đổi với phóng viên.", f"{p} tại buổi làm việc với phóng viên.",
                     f"{p} chia sẻ thông tin với báo chí."]
        for pl in self.places[:3]:
            opts += [f"Một góc {pl} nhìn từ trên cao.", f"Khung cảnh {pl} vào buổi sáng.",
                     f"Người dân {pl} trong những ngày gần đây."]
        low = self.text.lower()
        for key, caps in SCENES.items():
            if re.search(r"(?<!\w)(?:" + key + r")(?!\w)", low):
                opts += caps
        if not opts:
            opts = list(FIN_SCENES)
        r.shuffle(opts)
        for c in opts:
            if norm(c) not in self.bad:
                self.bad.add(norm(c))
                return c
        return r.choice(FIN_SCENES)

    def rel(self, n):
        """n related items (headline, teaser or None), never the title or a body sentence."""
        r = R(self.row, f"related{len(self._used_rel)}")
        keys = list(self.related_pool)
        r.shuffle(keys)
        out = []
        for key in keys:
            if len(out) >= n:
                break
            if key in self._used_rel:
                continue
            h, t = self.related_pool[key]
            if norm(h) in self.bad or (t and norm(t) in self.bad):
                continue
            self._used_rel.add(key)
            out.append((h, t))
        return out

    def rel_date(self):
        r = self.rng
        d = max(1, self.d - r.randint(0, 9))
        return f"{d:02d}/{self.mo:02d}/{self.y}"

    def quote_fragment(self):
        for p in self.paras:
            for s in p:
                for m in re.finditer(r"[“\"]([^”\"]{30,400})[”\"]", s):
                    words = m.group(1).split()
                    frag = " ".join(words[:min(len(words) - 2, 16)]).rstrip(",.;:")
                    if len(words) > 8 and frag[:1].isupper():
                        return "“" + frag + "…”"
        return None


def short_teaser(t, n):
    w = t.split()
    if len(w) <= n:
        return t
    return " ".join(w[:n]).rstrip(",.;:") + "…"


# ---------------------------------------------------------------- layout helpers
def weave(ctx, slots):
    """Body paragraphs with inside furniture: slots = {after_paragraph_index: [entries]}."""
    out = []
    P = ctx.paras
    last = len(P) - 1
    placed = {}
    for idx, ents in slots.items():
        j = min(idx, max(0, last - 1)) if last >= 1 else None
        if j is None:
            continue
        placed.setdefault(j, []).extend(ents)
    for i, p in enumerate(P):
        out.append(("body", list(p)))
        if i in placed and i < last:
            out.extend(placed[i])
    return out


def ticker(ctx):
    c = ctx
    up = c.rng.random() < 0.5
    idx, pts = c.rng.uniform(880, 1180), c.rng.uniform(0.5, 12)
    f = lambda v: f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return (f"VN-Index {f(idx)} {'▲' if up else '▼'} {f(pts)} "
            f"({'+' if up else '-'}{f(pts / idx * 100)}%)")


def gold_line(ctx):
    a = ctx.rng.uniform(35.2, 37.9)
    f = lambda v: f"{v:.2f}".replace(".", ",")
    return f"Vàng SJC: {f(a)} - {f(a + 0.2)} triệu đồng/lượng"


def usd_line(ctx):
    a = ctx.rng.randint(22650, 23300)
    return f"USD/VND: {a:,}".replace(",", ".") + f" - {a + 90:,}".replace(",", ".")


def P(label, line):
    return (label, line)


# ---------------------------------------------------------------- the 20 layouts
def L_tck24h(c):  # 0
    r = c.rng
    rel = c.rel(4)
    out = [P("site", "TINCHUNGKHOAN24H.VN"),
           P("widget", "Trang chủ | Thị trường | Doanh nghiệp | Vàng - Ngoại tệ | Tài chính cá nhân"),
           P("widget", ticker(c) + " | HNX-Index " + c.num(95, 125) + " ▲ " + c.num(0.1, 2)),
           P("widget", "Thị trường › Tin nóng"),
           P("title", c.title), P("date", c.date("{dow}, {d:02d}/{mo:02d}/{y} - {hh:02d}:{mm:02d}"))]
    slots = {0: [P("widget", "[Ảnh]"), P("caption", c.caption() + f" (Ảnh: {c.short_name()})")]}
    if rel:
        h, _ = rel.pop(0)
        slots[2] = [P("related", "Xem thêm: " + h)]
    out += weave(c, slots)
    out.append(P("byline", c.name().upper()))
    if rel:
        out.append(P("widget", "Tin liên quan"))
        out += [P("related", "- " + h) for h, _ in rel]
    out.append(P("widget", "Từ khóa: chứng khoán, thị trường, nhà đầu tư"))
    out.append(P("widget", "© 2016 - 2019 Tin Chứng Khoán 24h. Giấy phép số 214/GP-BTTTT."))
    return out


def L_nhipsong(c):  # 1
    rel = c.rel(3)
    out = [P("widget", c.date("Hôm nay: {dow}, {d:02d}/{mo:02d}/{y}")),
           P("site", "Nhịp Sống Tài Chính"),
           P("widget", "Vĩ mô  Ngân hàng  Chứng khoán  Bất động sản  Tiêu dùng".replace("  ", " · ")),
           P("title", c.title),
           P("byline", "Bài: " + c.name()),
           P("date", c.date("{d:02d}/{mo:02d}/{y} {hh:02d}:{mm:02d} GMT+7"))]
    slots = {1: [P("caption", c.caption()), P("credit", "Ảnh: " + c.name())]}
    out += weave(c, slots)
    out.append(P("widget", "Chia sẻ: Facebook | Zalo | Twitter"))
    if rel:
        out.append(P("widget", "ĐỌC THÊM"))
        out += [P("related", f"{i}. {h}") for i, (h, _) in enumerate(rel, 1)]
    out.append(P("widget", f"Bình luận ({c.rng.randint(0, 40)})"))
    out.append(P("widget", "Viết bình luận của bạn..."))
    return out


def L_nganhang(c):  # 2
    rel = c.rel(3)
    out = [P("site", "Ngân Hàng Số"),
           P("widget", "Trang chủ / Ngân hàng / Tin tức"),
           P("title", c.title),
           P("date", c.date("Cập nhật: {hh:02d}:{mm:02d} - {d:02d}/{mo:02d}/{y}"))]
    slots = {1: [P("widget", f"Lãi suất tiết kiệm 12 tháng: {c.num(6.2, 7.6, 1)}%/năm"),
                 P("widget", "Xem bảng lãi suất đầy đủ »")]}
    out += weave(c, slots)
    out.append(P("byline", f"{c.short_name()} - {c.short_name()}"))
    out.append(P("byline", "Theo Thời báo Ngân hàng Phương Đông"))
    if rel:
        out.append(P("widget", "Tin cùng chuyên mục"))
        for h, t in rel:
            out.append(P("related", h))
            if t:
                out.append(P("related", short_teaser(t, 28)))
    out.append(P("widget", "Liên hệ quảng cáo: quangcao@nganhangso.com.vn"))
    return out


def L_giavang(c):  # 3
    r = c.rng
    rel = c.rel(4)
    base = r.uniform(35.5, 37.5)
    f = lambda v: f"{v:.2f}".replace(".", ",")
    out = [P("date", c.date("{dow}, {d:02d}/{mo:02d}/{y}")),
           P("site", "GiáVàngHômNay.net"),
           P("widget", "Loại vàng | Mua vào | Bán ra"),
           P("widget", f"SJC Hà Nội | {f(base)} | {f(base + 0.2)}"),
           P("widget", f"SJC TP.HCM | {f(base - 0.02)} | {f(base + 0.18)}"),
           P("widget", f"Nhẫn 9999 | {f(base - 1.1)} | {f(base - 0.75)}"),
           P("title", c.title),
           P("byline", c.name() + " (Tổng hợp)")]
    slots = {0: [P("caption", c.caption() + " (Ảnh minh họa)")]}
    out += weave(c, slots)
    out.append(P("widget", "Giá vàng, tỷ giá được cập nhật liên tục 24/7."))
    if rel:
        out.append(P("widget", "Tin cùng chuyên mục"))
        out += [P("related", f"{h} ({c.rel_date()[:5]})") for h, _ in rel]
    return out


def L_tienthongminh(c):  # 4
    rel = c.rel(3)
    author = c.name()
    out = [P("site", "Tiền Thông Minh"),
           P("widget", "Tiết kiệm · Đầu tư · Vay nợ · Bảo hiểm · Nghỉ hưu"),
           P("title", c.title),
           P("date", c.date("Đăng ngày {d} tháng {mo}, {y}")),
           P("widget", f"⏱ {c.rng.randint(3, 9)} phút đọc")]
    q = c.quote_fragment()
    slots = {}
    if q and norm(q) not in c.bad:
        slots[1] = [P("widget", q)]
    slots.setdefault(2, []).append(P("widget", "Đăng ký nhận bản tin tài chính cá nhân mỗi tuần"))
    out += weave(c, slots)
    out += [P("byline", author),
            P("byline", "Chuyên gia tư vấn tài chính cá nhân, có hơn 10 năm kinh nghiệm về quản lý chi tiêu gia đình.")]
    if rel:
        out.append(P("widget", "Bài viết cùng chủ đề"))
        for h, t in rel:
            out.append(P("related", f"{h}: {short_teaser(t, 18)}" if t else h))
    out.append(P("widget", "Thông tin trong bài chỉ mang tính tham khảo, không phải lời khuyên đầu tư."))
    return out


def L_baohiem(c):  # 5
    rel = c.rel(3)
    out = [P("site", "BẢO HIỂM & ĐỜI SỐNG"),
           P("widget", "Nhân thọ | Phi nhân thọ | Sức khỏe | Hỏi đáp | Bồi thường"),
           P("title", c.title),
           P("widget", f"Lượt xem: {c.rng.randint(300, 9000):,}".replace(",", ".")),
           P("date", c.date("{hh:02d}:{mm:02d} | {d:02d}/{mo:02d}/{y}"))]
    slots = {0: [P("caption", c.caption()), P("credit", "Ảnh: " + c.short_name())]}
    if len(rel) >= 2:
        slots[2] = [P("related", "Xem thêm: " + rel[0][0] + " | " + rel[1][0])]
        rel = rel[2:]
    out += weave(c, slots)
    out.append(P("byline", c.short_name()[0] + "." + c.short_name().split()[1]))
    out.append(P("widget", "Hotline tư vấn bảo hiểm: 1900 6868 (miễn phí)"))
    for h, _ in rel:
        out.append(P("related", "» " + h))
    out.append(P("widget", "© Bảo hiểm & Đời sống - Chuyên trang thông tin bảo hiểm"))
    return out


def L_dnln(c):  # 6
    rel = c.rel(3)
    out = [P("widget", "Doanh nghiệp & Lợi nhuận - Kết quả kinh doanh - Cổ tức - Niêm yết"),
           P("title", c.title),
           P("byline", "PV"),
           P("date", c.date("{d:02d}/{mo:02d}/{y}, {hh:02d}:{mm:02d}")),
           P("widget", f"Mã CK: DLN | Giá: {c.rng.randint(12, 90)}.{c.rng.randint(1, 9)}00 | +{c.num(0.1, 6.9, 1)}%")]
    slots = {1: [P("caption", c.caption() + f" Ảnh: {c.short_name()}")]}
    out += weave(c, slots)
    out.append(P("widget", "Tags: kết quả kinh doanh, lợi nhuận, doanh nghiệp"))
    if rel:
        out.append(P("widget", "CÙNG CHUYÊN MỤC"))
        out += [P("related", h) for h, _ in rel]
    out.append(P("widget", "Bình luận"))
    cm = c.name()
    out.append(P("widget", f"{cm}: Mong tòa soạn tiếp tục theo dõi và thông tin thêm."))
    out.append(P("widget", f"Trả lời · Thích · {c.rng.randint(2, 23)} giờ trước"))
    out.append(P("site", "Doanh Nghiệp & Lợi Nhuận"))
    return out


def L_phuongnam(c):  # 7
    rel = c.rel(4)
    out = [P("site", "KINH TẾ PHƯƠNG NAM ONLINE"),
           P("date", c.date("{h12:02d}:{mm:02d} {ap}, {d:02d}/{mo:02d}/{y}")),
           P("title", c.title),
           P("byline", "(TTXVN)")]
    slots = {0: [P("caption", c.caption())], 1: [P("credit", "Ảnh minh họa: TTXVN")]}
    slots = {0: [P("caption", c.caption()), P("credit", "Ảnh minh họa: TTXVN")]}
    out += weave(c, slots)
    out.append(P("byline", f"{c.name()}/TTXVN"))
    if rel:
        out.append(P("widget", "Tin khác"))
        out += [P("related", f"» {h} ({c.rel_date()[:5]})") for h, _ in rel]
    out.append(P("widget", "Kinh tế Phương Nam Online - Cơ quan chủ quản: Hội Doanh nghiệp Phương Nam"))
    return out


def L_thitruongvon(c):  # 8
    rel = c.rel(3)
    n = c.rng.randint(3, 6)
    out = [P("site", "Thị Trường Vốn"),
           P("widget", "Trang chủ » Chứng khoán » Phân tích"),
           P("title", c.title),
           P("date", c.date("{dow}, {d:02d}/{mo:02d}/{y} | {hh:02d}:{mm:02d}"))]
    slots = {1: [P("widget", f"1/{n}"), P("caption", c.caption()),
                 P("widget", f"2/{n}"), P("caption", c.caption())]}
    out += weave(c, slots)
    out.append(P("byline", f"{c.name()} - {c.name()}"))
    out.append(P("widget", f"Thích {c.rng.randint(0, 80)} | Phẫn nộ {c.rng.randint(0, 5)} | Buồn {c.rng.randint(0, 9)}"))
    if rel:
        out.append(P("widget", "Cùng chuyên mục"))
        out += [P("related", f"{c.rng.randint(7, 22):02d}:{c.rng.randint(0, 59):02d} {h}") for h, _ in rel]
    return out


def L_dautucanhan(c):  # 9
    rel = c.rel(2)
    out = [P("site", "dautucanhan.vn"),
           P("widget", "Đăng nhập | Đăng ký"),
           P("title", c.title),
           P("byline", c.name()),
           P("date", c.date("{dow}, {d}/{mo}/{y} {hh:02d}:{mm:02d}")),
           P("widget", "▶ 00:00 / 0" + str(c.rng.randint(1, 4)) + ":" + f"{c.rng.randint(0, 59):02d}"),
           P("caption", "Video: " + c.caption()),
           P("credit", "Nguồn: Truyền hình Đầu tư")]
    slots = {}
    if rel:
        h, t = rel.pop(0)
        slots[1] = [P("related", "Đọc tiếp: " + h)]
    out += weave(c, slots)
    if rel:
        out.append(P("widget", "Có thể bạn quan tâm"))
    for h, t in rel:
        out.append(P("related", h + (" - " + short_teaser(t, 22) if t else "")))
    out.append(P("widget", "Tải ứng dụng Đầu Tư Cá Nhân trên App Store và Google Play"))
    return out


def L_sangd(c):  # 10
    rel = c.rel(4)
    out = [P("site", "SÀN GIAO DỊCH NEWS"),
           P("widget", ticker(c)),
           P("title", c.title),
           P("date", c.date("{d:02d}-{mo:02d}-{y} {hh:02d}:{mm:02d}"))]
    slots = {1: [P("widget", "Quảng cáo")]}
    out += weave(c, slots)
    out.append(P("byline", "Theo Đầu Tư & Chứng Khoán Tuần San"))
    out += [P("widget", "Bạn dự đoán VN-Index tuần tới sẽ thế nào?"), P("widget", "Tăng"), P("widget", "Giảm"),
            P("widget", "Đi ngang"), P("widget", "Bình chọn | Xem kết quả")]
    if rel:
        out.append(P("widget", "TIN MỚI"))
        out += [P("related", "• " + h) for h, _ in rel]
    return out


def L_thoibao(c):  # 11
    rel = c.rel(3)
    ph = c.name()
    out = [P("site", "Thời Báo Tiền Tệ"),
           P("widget", usd_line(c)), P("widget", "EUR/VND: " + f"{c.rng.randint(25900, 27400):,}".replace(",", ".")),
           P("widget", gold_line(c)),
           P("title", c.title),
           P("byline", "Bài và ảnh: " + ph),
           P("date", c.date("{d:02d}/{mo:02d}/{y} {hh:02d}:{mm:02d}"))]
    slots = {0: [P("caption", c.caption() + f" (Ảnh: {ph})")],
             2: [P("caption", c.caption())]}
    out += weave(c, slots)
    if rel:
        out.append(P("widget", "Bài liên quan"))
        for h, t in rel:
            out.append(P("related", h))
            if t:
                out.append(P("related", short_teaser(t, 30)))
    out.append(P("widget", "Tòa soạn: 48 phố Lê Văn Hưu, Hà Nội. Email: toasoan@thoibaotiente.vn"))
    return out


def L_vitien(c):  # 12
    rel = c.rel(4)
    out = [P("widget", "☰ Menu"), P("site", "Ví Tiền Việt"), P("widget", "Đăng nhập"),
           P("title", c.title),
           P("date", c.date("{d:02d}/{mo:02d}/{y} | {hh:02d}:{mm:02d}")),
           P("widget", "Lưu bài viết")]
    slots = {1: [P("caption", c.caption())]}
    out += weave(c, slots)
    out.append(P("byline", "Tác giả: " + c.name()))
    out.append(P("credit", "Nguồn: Ví Tiền Việt tổng hợp"))
    if rel:
        out.append(P("widget", "Có thể bạn quan tâm"))
        out += [P("related", h) for h, _ in rel]
    out.append(P("widget", "Về đầu trang ↑"))
    return out


def L_hathanh(c):  # 13
    rel = c.rel(4)
    out = [P("date", c.date("{dow}, ngày {d:02d}/{mo:02d}/{y}")),
           P("site", "Bản Tin Tài Chính Hà Thành"),
           P("title", c.title)]
    slots = {}
    if len(rel) >= 2:
        slots[1] = [P("widget", "TIN LIÊN QUAN"), P("related", "- " + rel[0][0]), P("related", "- " + rel[1][0])]
        rel = rel[2:]
    slots.setdefault(2, []).append(P("caption", c.caption()))
    out += weave(c, slots)
    out.append(P("byline", c.name().upper()))
    for h, t in rel:
        out.append(P("related", f"{h} ({c.rel_date()})"))
    out.append(P("widget", "Tòa soạn: Số 12 phố Lý Thái Tổ, Hoàn Kiếm, Hà Nội"))
    out.append(P("widget", "Đường dây nóng: " + c.phone() + " - Email: bandoc@taichinhhathanh.vn"))
    return out


def L_cafevon(c):  # 14
    rel = c.rel(4)
    out = [P("widget", "Cafe Vốn › Tài chính - Ngân hàng"),
           P("title", c.title),
           P("date", c.date("{d:02d}-{mo:02d}-{y} - {h12:02d}:{mm:02d} {ap}")),
           P("widget", "Chia sẻ  |  Lưu  |  In bài".replace("  ", " "))]
    slots = {0: [P("caption", c.caption()), P("credit", "Ảnh: Cafe Vốn")]}
    out += weave(c, slots)
    out.append(P("byline", c.short_name() + " | cafevon.vn"))
    if rel:
        out.append(P("widget", "Cùng chủ đề"))
        joined = " / ".join(h for h, _ in rel[:2])
        out.append(P("related", joined))
        out += [P("related", h) for h, _ in rel[2:]]
    out.append(P("site", "CafeVốn"))
    out.append(P("widget", "Bản quyền thuộc về CafeVốn. Ghi rõ nguồn khi phát hành lại thông tin."))
    return out


def L_ndtt(c):  # 15
    rel = c.rel(3)
    out = [P("site", "Nhà Đầu Tư Trẻ"),
           P("widget", "Khởi nghiệp · Đầu tư · Tiền số · Chứng khoán"),
           P("title", c.title),
           P("byline", "Nhóm phóng viên Kinh tế"),
           P("date", c.date("{hh:02d}:{mm:02d} {d:02d}/{mo:02d}/{y}")),
           P("widget", "🔊 Nghe bài viết"),
           P("widget", f"{c.rng.randint(1, 50)} bình luận")]
    slots = {2: [P("widget", "Quảng cáo"), P("widget", "Mở tài khoản chứng khoán online chỉ trong 5 phút - Đăng ký ngay")]}
    out += weave(c, slots)
    out.append(P("widget", "Khuyến cáo: Nhà đầu tư tự chịu trách nhiệm với quyết định đầu tư của mình."))
    if rel:
        out.append(P("widget", "Đọc nhiều nhất"))
        out += [P("related", f"{i} {h}") for i, (h, _) in enumerate(rel, 1)]
    return out


def L_kdts(c):  # 16
    rel = c.rel(3)
    out = [P("site", "Kinh Doanh & Tài Sản"),
           P("widget", "Trang chủ > Tài sản > Thị trường"),
           P("title", c.title),
           P("date", c.date("Ngày đăng: {d:02d}/{mo:02d}/{y}")),
           P("widget", c.date("Cập nhật lúc {hh:02d}:{mm:02d}"))]
    slots = {0: [P("caption", "Ảnh 1: " + c.caption())], 2: [P("caption", "Ảnh 2: " + c.caption())]}
    out += weave(c, slots)
    out.append(P("byline", c.short_name()))
    out.append(P("widget", "#kinhdoanh #taisan #thitruong"))
    if rel:
        out.append(P("widget", "TIN ĐÃ ĐĂNG"))
        out += [P("related", f"{h} ({c.rel_date()})") for h, _ in rel]
    return out


def L_mekong(c):  # 17
    rel = c.rel(4)
    out = [P("site", "Thông Tấn Kinh Tế Mekong"),
           P("title", c.title)]
    first = [P("byline", "MEKONG ECON -")]
    out += first
    slots = {1: [P("caption", c.caption() + " Ảnh: Mekong Econ")]}
    out += weave(c, slots)
    out.append(P("byline", c.short_name()))
    out.append(P("date", c.date("Ngày {d:02d}/{mo:02d}/{y}")))
    if rel:
        out.append(P("widget", "Các tin đã đưa:"))
        out += [P("related", f"{h} - {c.rel_date()}") for h, _ in rel]
    out.append(P("widget", f"Liên hệ: {c.phone()} - bientap@mekongecon.vn"))
    return out


def L_bangdien(c):  # 18
    rel = c.rel(3)
    nm = c.name()
    out = [P("site", "BangDien Online"),
           P("widget", ticker(c)),
           P("widget", f"Thanh khoản: {c.num(3500, 9800, 0)} tỷ đồng"),
           P("title", c.title),
           P("date", c.date("{d:02d}/{mo:02d}/{y} {hh:02d}:{mm:02d}"))]
    slots = {1: [P("caption", "Infographic: " + c.caption()), P("credit", "Đồ họa: " + c.short_name())]}
    if rel:
        h, _ = rel.pop(0)
        slots[2] = [P("related", "Xem thêm: " + h)]
    out += weave(c, slots)
    out.append(P("byline", f"({nm})"))
    for h, t in rel:
        out.append(P("related", f"{h}: {short_teaser(t, 20)}" if t else h))
    out.append(P("widget", "Theo dõi BangDien Online trên Facebook"))
    return out


def L_tcgd(c):  # 19
    rel = c.rel(3)
    author = c.name()
    out = [P("site", "Tài Chính Gia Đình"),
           P("title", c.title),
           P("byline", "Người viết: " + author),
           P("byline", "Cộng tác viên chuyên mục Chi tiêu thông minh"),
           P("date", c.date("{d:02d}.{mo:02d}.{y}"))]
    slots = {0: [P("caption", c.caption() + " (Ảnh minh họa)")]}
    out += weave(c, slots)
    if rel:
        out.append(P("widget", "Bài liên quan"))
        for h, t in rel:
            out.append(P("related", f"{h} - {short_teaser(t, 20)}" if t else h))
    out.append(P("widget", f"{c.rng.randint(2, 30)} người thích bài viết này"))
    out.append(P("widget", "Gửi bình luận"))
    out.append(P("widget", "© Tài Chính Gia Đình. Mọi quyền được bảo lưu."))
    return out


LAYOUTS = [
    ("tck24h", "Tin Chứng Khoán 24h", L_tck24h, (2, 3)),
    ("nhipsong", "Nhịp Sống Tài Chính", L_nhipsong, (1, 2)),
    ("nganhangso", "Ngân Hàng Số", L_nganhang, (2, 4)),
    ("giavang", "GiáVàngHômNay.net", L_giavang, (1, 3)),
    ("tienthongminh", "Tiền Thông Minh", L_tienthongminh, (1, 3)),
    ("baohiem", "Bảo hiểm & Đời sống", L_baohiem, (2, 3)),
    ("dnln", "Doanh Nghiệp & Lợi Nhuận", L_dnln, (3, 4)),
    ("phuongnam", "Kinh Tế Phương Nam Online", L_phuongnam, (1, 2)),
    ("thitruongvon", "Thị Trường Vốn", L_thitruongvon, (2, 3)),
    ("dautucanhan", "Đầu Tư Cá Nhân", L_dautucanhan, (1, 4)),
    ("sangd", "Sàn Giao Dịch News", L_sangd, (2, 2)),
    ("thoibao", "Thời Báo Tiền Tệ", L_thoibao, (2, 4)),
    ("vitien", "Ví Tiền Việt", L_vitien, (1, 1)),
    ("hathanh", "Bản Tin Tài Chính Hà Thành", L_hathanh, (2, 3)),
    ("cafevon", "CafeVốn", L_cafevon, (1, 3)),
    ("ndtt", "Nhà Đầu Tư Trẻ", L_ndtt, (3, 4)),
    ("kdts", "Kinh Doanh & Tài Sản", L_kdts, (1, 2)),
    ("mekong", "Thông Tấn Kinh Tế Mekong", L_mekong, (2, 4)),
    ("bangdien", "BangDien Online", L_bangdien, (1, 3)),
    ("tcgd", "Tài Chính Gia Đình", L_tcgd, (2, 3)),
]


# ---------------------------------------------------------------- faults
FAULTS = ("nbsp", "zwsp", "dblspace", "glue", "nfd")


def pick_faults(row):
    r = R(row, "faults")
    if r.random() >= 0.27:
        return []
    n = 1 if r.random() < 0.7 else 2
    return sorted(r.sample(FAULTS, n))


def group(sents, lo, hi, r):
    paras, i = [], 0
    while i < len(sents):
        n = r.randint(lo, hi)
        paras.append(sents[i:i + n])
        i += n
    return paras


def glue_paras(paras, r):
    cands = [(i, j) for i, p in enumerate(paras) for j in range(len(p) - 1)
             if re.search(r"[.!?]$", p[j]) and p[j + 1][:1].isupper()]
    if not cands:
        return False
    i, j = r.choice(cands)
    p = paras[i]
    paras[i] = p[:j] + [p[j] + p[j + 1]] + p[j + 2:]
    return True


def _spaces(s):
    return [m.start() for m in re.finditer(" ", s)]


def mutate(s, fault, r):
    if fault == "nbsp":
        idx = _spaces(s)
        if not idx:
            return s
        chosen = set(r.sample(idx, max(1, len(idx) // 3)))
        return "".join("\u00a0" if i in chosen else ch for i, ch in enumerate(s))
    if fault == "zwsp":
        pos = [m.start() + 1 for m in re.finditer(r"(?<=\w)\w(?=\w)", s)]
        pos = [m.start() for m in re.finditer(r"\w(?=\w)", s)]
        if not pos:
            return s
        p = r.choice(pos) + 1
        return s[:p] + "\u200b" + s[p:]
    if fault == "dblspace":
        idx = _spaces(s)
        if not idx:
            return s
        p = r.choice(idx)
        return s[:p] + "  " + s[p + 1:]
    return s


def apply_faults(entries, faults, r):
    """entries: list of (label, str | list[str]); string faults applied in place."""
    out = []
    for lab, val in entries:
        out.append([lab, list(val) if lab == "body" else val])
    for f in faults:
        if f in ("nbsp", "zwsp"):
            for e in out:
                if e[0] == "body":
                    e[1] = [mutate(s, f, r) if r.random() < 0.35 else s for s in e[1]]
                elif r.random() < 0.3:
                    e[1] = mutate(e[1], f, r)
        elif f == "dblspace":
            bodies = [e for e in out if e[0] == "body"]
            e = r.choice(bodies)
            j = r.randrange(len(e[1]))
            e[1][j] = mutate(e[1][j], f, r)
        elif f == "nfd":
            for e in out:
                if e[0] == "body":
                    e[1] = [unicodedata.normalize("NFD", s) for s in e[1]]
                else:
                    e[1] = unicodedata.normalize("NFD", e[1])
    return [(a, b) for a, b in out]


# ---------------------------------------------------------------- assembling + checking
def assemble(entries, layout):
    lines, body, furn = [], [], []
    for lab, val in entries:
        if lab == "body":
            lines.append(" ".join(val))
            body.extend(val)
        else:
            lines.append(val)
            if lab in KINDS:
                furn.append((lab, val))
    return Page("\n".join(lines), body, furn, layout)


def check(page, title=None):
    """Independent walk over the text; raises ValueError on a breach."""
    if not page.text or not page.body:
        raise ValueError("empty page")
    lines = page.text.split("\n")
    bi = fi = 0
    unl = []
    for ln in lines:
        if not ln or ln != ln.strip():
            raise ValueError(f"blank or unstripped line: {ln!r}")
        if fi < len(page.furniture) and page.furniture[fi][1] == ln:
            fi += 1
            continue
        for n in (1, 2, 3, 4):
            if bi + n <= len(page.body) and " ".join(page.body[bi:bi + n]) == ln:
                bi += n
                break
        else:
            unl.append(ln)
    if bi != len(page.body) or fi != len(page.furniture):
        raise ValueError(f"walk did not use up body/furniture ({bi}/{len(page.body)}, {fi}/{len(page.furniture)})")
    if len(unl) > 3:
        raise ValueError(f"too many unlabelled lines: {unl}")
    if title is not None and title not in unl:
        raise ValueError("title line missing")
    keys = {norm(s) for s in page.body}
    for s in page.body:
        if not s or "\n" in s or s not in page.text or s != s.strip():
            raise ValueError(f"bad body item {s!r}")
    if len(keys) != len(page.body):
        raise ValueError("duplicate body items")
    for k, ln in page.furniture:
        if k not in KINDS:
            raise ValueError(f"bad kind {k}")
        if norm(ln) in keys:
            raise ValueError(f"furniture equals body sentence: {ln!r}")
    for ln in unl:
        if norm(ln) in keys:
            raise ValueError(f"unlabelled line equals body sentence: {ln!r}")
    if title is not None:
        tk = norm(title)
        for k, ln in page.furniture:
            if k == "related" and norm(ln) == tk:
                raise ValueError("related equals title")
    return True


def build_related(related):
    pool = {}
    for n in sorted(related):
        t, a = related[n]
        h = detok(t)
        if not h or len(h.split()) < 3:
            continue
        pool[n] = (h, teaser_of(a, h))
    return pool


def pages(path):
    body_rows, related = read_rows(path)
    pool = build_related(related)
    out = []
    k = -1
    for row in sorted(body_rows):
        t, a = body_rows[row]
        k += 1
        title = detok(t)
        sents = story_sentences(title, a)
        if len(sents) < 3 or not title:
            continue
        lname, site, fn, (lo, hi) = LAYOUTS[k % len(LAYOUTS)]
        faults = pick_faults(row)
        fr = R(row, "faultdraw")
        paras = group(sents, lo, hi, R(row, "paragraphs"))
        if "glue" in faults and not glue_paras(paras, fr):
            faults = [f for f in faults if f != "glue"]
        ctx = Ctx(row, k, title, paras, pool, site, lname)
        entries = fn(ctx)
        # drop any furniture that would collide with the story (safety net)
        bad = {norm(s) for p in paras for s in p} | {norm(x) for p in paras for x in p}
        tk = norm(title)
        clean = []
        for lab, val in entries:
            if lab in KINDS and (norm(val) in bad or (lab == "related" and norm(val) == tk)):
                continue
            clean.append((lab, val))
        entries = apply_faults(clean, [f for f in faults if f != "glue"], fr)
        page = assemble(entries, lname)
        tline = next(v for lab, v in entries if lab == "title")
        check(page, tline)
        out.append((page, faults))
    pages.faults = [f for _, f in out]
    return [p for p, _ in out]


def main(argv):
    path = argv[1] if len(argv) > 1 else "/work/shared/data/vietnews_train.jsonl.gz"
    ps = pages(path)
    faults = pages.faults
    cols = ["pages", "body"] + list(KINDS) + ["faults"]
    rows = {}
    for p, f in zip(ps, faults):
        d = rows.setdefault(p.layout, dict.fromkeys(cols, 0))
        d["pages"] += 1
        d["body"] += len(p.body)
        for kd, _ in p.furniture:
            d[kd] += 1
        d["faults"] += len(f)
    print(f"{'layout':<15}" + "".join(f"{c:>9}" for c in cols))
    tot = dict.fromkeys(cols, 0)
    for name, *_ in LAYOUTS:
        if name in rows:
            print(f"{name:<15}" + "".join(f"{rows[name][c]:>9}" for c in cols))
            for c in cols:
                tot[c] += rows[name][c]
    print(f"{'TOTAL':<15}" + "".join(f"{tot[c]:>9}" for c in cols))
    fc = {}
    for f in faults:
        for x in f:
            fc[x] = fc.get(x, 0) + 1
    print("pages with faults:", sum(1 for f in faults if f), "| by fault:",
          ", ".join(f"{k}={fc[k]}" for k in sorted(fc)))


if __name__ == "__main__":
    main(sys.argv)
