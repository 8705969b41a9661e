#!/usr/bin/env python3
"""Held-out evaluation set test115: scraped pages of invented overseas-Vietnamese,
diplomatic and foreign-affairs outlets, labelled line by line.

Usage: python3 make.py /path/to/vietnews_train.jsonl.gz
Standard library only.
"""
import datetime
import gzip
import json
import random
import re
import sys
import unicodedata
from collections import Counter, OrderedDict
from pathlib import Path
from typing import List, NamedTuple, Tuple

SETNAME = "test115"
SEED = 11553
BODY_ROWS = range(10_600, 10_700)
RELATED_ROWS = range(10_700, 10_800)
KINDS = ("byline", "credit", "caption", "related", "widget")


class Page(NamedTuple):
    text: str
    body: List[str]
    furniture: List[Tuple[str, str]]
    layout: str


def R(row, purpose):
    return random.Random(f"{SETNAME}|{SEED}|{row}|{purpose}")


# ----------------------------------------------------------------------------
# story text
# ----------------------------------------------------------------------------
def detok(s):
    s = unicodedata.normalize("NFC", s.replace("_", " "))
    s = re.sub(r"\s+", " ", s).strip()
    parts = s.split('"')
    if len(parts) > 1:
        out = [parts[0]]
        npairs = (len(parts) - 1) // 2
        for i in range(1, len(parts)):
            if i % 2 == 1 and (i + 1) // 2 <= npairs:
                out.append('"' + parts[i].strip() + '"')
            elif i % 2 == 0:
                out.append(parts[i])
            else:  # unpaired last quote
                out.append('"' + parts[i])
        s = "".join(out)
    s = re.sub(r"(^|\s)'\s+([^'\n]{1,80}?)\s+'(?=[\s,.;:!?)]|$)", r"\1'\2'", s)
    s = re.sub(r"\s+([,.;:!?%…])", r"\1", s)
    s = re.sub(r"([(\[{“‘])\s+", r"\1", s)
    s = re.sub(r"\s+([)\]}”’])", r"\1", s)
    s = re.sub(r"(?<=\S) / (?=\S)", "/", s)
    # a full stop glued to the next sentence in the source ("likes.Nathalie"): add the space
    s = re.sub(r"(?<=[^\W\d_]{3})([.!?])(?=[^\W\d_][^\W\d_])",
               lambda m: m.group(1) + " " if s[m.start() - 1].islower() and s[m.end()].isupper()
               and s[m.end() + 1].islower() else m.group(1), s)
    s = re.sub(r"\s+", " ", s).strip()
    return s


ABBR = {"TP", "TS", "GS", "PGS", "ThS", "BS", "Q", "P", "Mr", "Mrs", "Ms", "Dr", "St",
        "Th", "Tp", "Co", "Inc", "Ltd", "Jr", "Sr", "No", "TT", "KS", "NXB", "Ths", "vs"}


def split_sents(text):
    out, start = [], 0
    for m in re.finditer(r"[.!?…]+[\"”’)\]]*(?=\s)", text):
        end = m.end()
        rest = text[end:].lstrip()
        if not rest:
            continue
        nxt = rest[0]
        if not (nxt.isupper() or nxt.isdigit() or nxt in '"“(['):
            continue
        seg = text[start:end]
        if seg.count('"') % 2 or seg.count("“") > seg.count("”") or seg.count("(") > seg.count(")"):
            continue
        if m.group() == ".":
            w = re.search(r"(\S+)\.$", text[:end])
            w = w.group(1) if w else ""
            w = w.lstrip("(\"“")
            if w in ABBR or (len(w) == 1 and w.isalpha()) or re.fullmatch(r"(?:\w+\.)+\w*", w):
                continue
        out.append(seg.strip())
        start = end
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return out


CAPTION_MARKS = ("ảnh:", "(ảnh", "ảnh minh hoạ", "ảnh minh họa", "minh hoạ", "minh họa", "video:",
                 "clip:", "(trái)", "(phải)", "(giữa)", "nguồn:", "đồ hoạ", "đồ họa", "photo:",
                 "ảnh chụp màn hình", "infographic", "(video", "ảnh: ", "ảnh :", "trong ảnh",
                 "bìa trái", "bìa phải", "từ trái sang", "bên trái", "bên phải", "ngoài cùng",
                 "hàng đầu, thứ", "ảnh trên", "ảnh dưới")
REPORT = ("nói", "cho biết", "cho hay", "khẳng định", "tuyên bố", "nhấn mạnh", "thông báo",
          "cho rằng", "chia sẻ", "trả lời", "phát biểu", "tiết lộ", "xác nhận", "giải thích",
          "đề nghị", "yêu cầu", "bày tỏ", "nêu rõ", "viết", "kêu gọi", "cáo buộc", "thừa nhận",
          "phủ nhận", "đưa tin", "dẫn lời", "cảnh báo", "nhận định", "thông cáo", "kể",
          "hỏi", "bác bỏ", "nhận xét", "đánh giá", "khuyến cáo", "lên án", "ước tính",
          "dự báo", "công bố", "báo cáo", "nhắc lại", "trấn an", "cam kết", "hứa")
CONNECT = ("Tuy nhiên", "Trước đó", "Sau đó", "Trong khi đó", "Ngoài ra", "Theo", "Do đó",
           "Vì vậy", "Bên cạnh đó", "Cùng ngày", "Đồng thời", "Thậm chí", "Sau khi",
           "Trước khi", "Ngay sau", "Mặc dù", "Dù", "Nếu", "Hiện nay",
           "Trong khi", "Bởi vậy", "Vì thế", "Do vậy", "Tương tự", "Hơn nữa",
           "Trong khi ấy", "Từ đó", "Ngoài việc", "Không chỉ", "Năm ngoái",
           "Tháng trước", "Tuần trước", "Hôm qua", "Hôm nay")


def nkey(s):
    s = unicodedata.normalize("NFC", s)
    s = re.sub("[\u200b\u200c\u200d\u2060\ufeff]", "", s)
    s = "".join(s.split())
    return s.casefold()


def theo_tail(s):
    body = s.rstrip(".!?… ")
    m = None
    for m in re.finditer(r"(?:^|\s)[Tt]heo\s+", body):
        pass
    if not m:
        return False
    rest = body[m.end():].split()
    return 0 < len(rest) <= 5 and rest[0][:1].isupper()


def quotes_ok(s):
    """Straight quotes must alternate open/close with normal spacing."""
    for n, m in enumerate(re.finditer('"', s)):
        i = m.start()
        prev = s[i - 1] if i else " "
        nxt = s[i + 1] if i + 1 < len(s) else " "
        if n % 2 == 0:
            if prev not in " ([" or not (nxt.isalnum() or nxt in "(“'‘…"):
                return False
        else:
            if prev.isspace() or not (nxt.isspace() or nxt in ",.;:!?)…]"):
                return False
    return True


def title_words(t):
    return [w.strip(",.\"'").lower() for w in t.split() if w.strip(",.\"'")]


def keep(s, title_key, seen, lead=False, title_key_raw=None):
    low = s.lower()
    if not quotes_ok(s):
        return False
    if any(c in low for c in CAPTION_MARKS):
        return False
    if s.count('"') % 2 or s.count("“") != s.count("”") or s.count("(") != s.count(")") \
            or s.count("[") != s.count("]") or s.count("'") % 2:
        return False
    if not re.search(r"[.!?…][\"”’)]*$", s):
        return False
    words = s.split()
    if ":" in " ".join(words[:6]):
        return False
    if theo_tail(s):
        return False
    first = s.lstrip("\"“('‘")[:1]
    if not first or not (first.isupper() or first.isdigit()):
        return False
    if len(words) < 8 or len(words) > 110:
        return False
    if any(c in s for c in "|•»«"):
        return False
    k = nkey(s)
    if k in seen or k == title_key:
        return False
    limit = 22 if "," in s else 30
    if len(words) <= limit:
        padded = " " + low.replace(",", " ").replace(".", " ") + " "
        rep = any(" " + v + " " in padded for v in REPORT)
        quote = '"' in s or "“" in s
        conn = any(s.startswith(c + " ") or s.startswith(c + ",") for c in CONNECT)
        if not (rep or quote or conn):
            return False
    if lead:  # VietNews articles usually open with the photo caption (or a repeated headline)
        tw = set(title_words(title_key_raw)) if title_key_raw else set()
        head = set(w.strip(",.\"'").lower() for w in words[:len(tw) + 4])
        if tw and len(tw & head) >= 0.7 * len(tw):
            return False
        padded = " " + low.replace(",", " ").replace(".", " ") + " "
        if not ('"' in s or any(" " + v + " " in padded for v in REPORT)):
            return False
    seen.add(k)
    return True


def story_sentences(title, article):
    seen = set()
    tk = nkey(title)
    return [s for n, s in enumerate(split_sents(detok(article))) if keep(s, tk, seen, n == 0, title)]


# ----------------------------------------------------------------------------
# reading
# ----------------------------------------------------------------------------
def read_rows(path):
    body, rel = [], []
    last = max(BODY_ROWS.stop, RELATED_ROWS.stop) - 1
    first = min(BODY_ROWS.start, RELATED_ROWS.start)
    with gzip.open(str(path), "rb") as f:
        for i, raw in enumerate(f):
            if i > last:
                break
            if i < first:
                continue
            if not raw.strip():
                continue
            try:
                d = json.loads(raw.decode("utf-8", "replace"))
            except Exception:
                continue
            if not isinstance(d, dict):
                continue
            t, a = d.get("title"), d.get("article")
            if not isinstance(t, str) or not isinstance(a, str) or not t.strip() or not a.strip():
                continue
            if i in BODY_ROWS:
                body.append((i, t, a))
            elif i in RELATED_ROWS:
                rel.append((i, t, a[:1200]))
    return body, rel


def related_pool(rel):
    pool = []
    for i, t, a in rel:
        title = detok(t)
        a = a[:1200]
        sents = story_sentences(title, a)
        teaser = None
        if sents:
            s = sents[0]
            w = s.split()
            if len(w) > 28:
                s = " ".join(w[:24]).rstrip(",;:") + "…"
            teaser = s
        pool.append((i, title, teaser))
    return pool


# ----------------------------------------------------------------------------
# invented material
# ----------------------------------------------------------------------------
SUR = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
       "Dương", "Lý", "Lâm", "Tạ", "Trịnh", "Mai", "Quách", "Tôn"]
MID = ["Thị", "Văn", "Minh", "Thanh", "Ngọc", "Hoài", "Quốc", "Bảo", "Khánh", "Thu", "Đức", "Hải",
       "Kim", "Gia", "Phương", "Anh"]
GIV = ["Vy", "Tâm", "Khuê", "Long", "Trang", "Hiếu", "Quân", "Nhi", "Dương", "Thảo", "Tùng",
       "Hạnh", "Lộc", "Uyên", "Kiên", "My", "Phúc", "Đan", "Sơn", "Hà", "Trinh", "Vinh"]
VI_DAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def person(rng):
    return f"{rng.choice(SUR)} {rng.choice(MID)} {rng.choice(GIV)}"


def short_name(rng):
    return f"{rng.choice([m for m in MID if m not in ('Thị', 'Văn')])} {rng.choice(GIV)}"


def initials(name):
    return ".".join(w[0] for w in name.split()[:-1]) + "." + name.split()[-1]


def rand_date(rng):
    d0 = datetime.datetime(2016, 1, 1)
    d = d0 + datetime.timedelta(days=rng.randrange(0, 1460), minutes=rng.randrange(6 * 60, 23 * 60))
    return d


TITLES = r"(?:ông|bà|Tổng thống|Thủ tướng|Chủ tịch|Ngoại trưởng|Bộ trưởng|Phó thủ tướng|Đại sứ|" \
         r"Tổng thư ký|Thượng nghị sĩ|Hoàng tử|Nữ hoàng|Quốc vương|Cảnh sát trưởng|Phó tổng thống|" \
         r"Thủ lĩnh|Nghị sĩ|Giám đốc|Người phát ngôn)"


def _cap_run(s, pos, maxn):
    words = []
    for tok in s[pos:].split()[:maxn]:
        core = tok.rstrip(",.;:!?\")'\"”")
        if not core or not core[0].isupper() or not core.replace("-", "").isalpha():
            break
        words.append(core)
        if core != tok:
            break
    return words


NOT_PLACES = {"Nhà Trắng", "Lầu Năm Góc", "Điện Kremlin", "Liên Hợp Quốc", "Quốc hội", "Bộ"}


def entities(sents):
    persons, places = [], []
    for s in sents:
        for m in re.finditer(r"(?<!\w)" + TITLES + r" ", s):
            w = _cap_run(s, m.end(), 5)
            after = s[m.end():].split()[len(w):len(w) + 1]
            if not w or (after and after[0][:1] in "-–"):
                continue
            if m.group(0).strip() in ("ông", "bà"):
                if len(w) > 3:
                    continue
            elif len(w) < 2 or len(w) > 5 or any(x.isupper() and len(x) > 1 for x in w):
                continue
            p = m.group(0) + " ".join(w)
            if p not in persons:
                persons.append(p)
        for m in re.finditer(r"(?<!\w)(?:tại|ở|thành phố|thủ đô|bang|tỉnh) ", s):
            w = _cap_run(s, m.end(), 3)
            p = " ".join(w)
            if 1 <= len(w) <= 2 and len(p) > 2 and p not in places and p not in NOT_PLACES \
                    and not any(x.isupper() and len(x) > 1 for x in w) \
                    and w[0] not in ("Vịnh", "Biển", "Cánh", "Dải", "Eo", "Quần", "Đảo", "Bờ", "Sông"):
                places.append(p)
    return persons[:6], places[:6]


PERSON_CAPS = ["{P} phát biểu tại một sự kiện hồi đầu năm.",
               "{P} trong một cuộc phỏng vấn với báo giới.",
               "{P} tại buổi họp báo ở thủ đô.",
               "{P} trò chuyện với phóng viên bên lề hội nghị.",
               "{P} trong chuyến công tác gần đây."]
PLACE_CAPS = ["Một góc {L} nhìn từ trên cao.",
              "Người dân đi lại trên một tuyến phố ở {L}.",
              "Khung cảnh {L} vào buổi sáng.",
              "Lực lượng an ninh có mặt tại {L}.",
              "Toàn cảnh khu trung tâm {L}."]
SCENE_CAPS = ["Khoảnh khắc được người dân ghi lại và chia sẻ trên mạng xã hội.",
              "Các phóng viên quốc tế tác nghiệp tại hiện trường.",
              "Người dân theo dõi tin tức qua màn hình lớn trên phố.",
              "Bà con kiều bào theo dõi diễn biến qua truyền hình.",
              "Hình ảnh do người chứng kiến cung cấp cho báo chí."]
DIPLO_CAPS = ["Quang cảnh một buổi họp báo thường kỳ.",
              "Cờ các nước tung bay trước trụ sở một tổ chức quốc tế.",
              "Phái đoàn hai nước tại bàn hội đàm.",
              "Lối vào trụ sở một cơ quan ngoại giao."]
DIPLO_WORDS = ("ngoại giao", "đại sứ", "hội đàm", "ngoại trưởng", "thủ tướng", "tổng thống",
               "hội nghị", "chuyến thăm", "thượng đỉnh")


def cap_first(s):
    return s[:1].upper() + s[1:]


# ----------------------------------------------------------------------------
# page context
# ----------------------------------------------------------------------------
class Ctx:
    def __init__(self, row, title, sents, pool, spec_para):
        self.row = row
        self.title = title
        self.sents = sents
        self.rng = R(row, "layout")
        self.date = rand_date(R(row, "date"))
        self.keys = {nkey(s) for s in sents} | {nkey(title)}
        lo, hi = spec_para
        prng = R(row, "para")
        paras, i = [], 0
        while i < len(sents):
            n = prng.randint(lo, hi)
            paras.append(sents[i:i + n])
            i += n
        self.paras = paras
        self.persons, self.places = entities(sents)
        self._caps_used = set()
        prel = R(row, "related")
        cand = [p for p in pool if nkey(p[1]) not in self.keys]
        prel.shuffle(cand)
        self.rel = cand
        self._rel_i = 0
        self.reporter = person(R(row, "reporter"))

    def ok(self, line):
        return nkey(line) not in self.keys

    def caption(self):
        rng = self.rng
        opts = []
        for P in self.persons:
            opts += [cap_first(t.format(P=P)) for t in PERSON_CAPS]
        for L in self.places:
            opts += [t.format(L=L) for t in PLACE_CAPS]
        rng.shuffle(opts)
        scene = list(SCENE_CAPS)
        if any(w in " ".join(self.sents).lower() for w in DIPLO_WORDS):
            scene += DIPLO_CAPS
        opts += rng.sample(scene, len(scene))
        for c in opts:
            if c not in self._caps_used and self.ok(c):
                self._caps_used.add(c)
                return c
        return "Hình ảnh tư liệu của toà soạn."

    def related(self, n):
        out = []
        while len(out) < n and self._rel_i < len(self.rel):
            r = self.rel[self._rel_i]
            self._rel_i += 1
            teaser = r[2] if r[2] and self.ok(r[2]) else None
            out.append((r[1], teaser))
        return out

    def rdate(self, back=30):
        d = self.date - datetime.timedelta(days=self.rng.randint(0, back), hours=self.rng.randint(0, 20))
        return d

    def body(self, inserts=None):
        """Entries for the body with furniture inserted after paragraph index."""
        inserts = inserts or {}
        out = []
        for i, p in enumerate(self.paras):
            out.append(("B", list(p)))
            out.extend(inserts.get(i, []))
        return out

    def slot(self, frac):
        n = len(self.paras)
        return max(0, min(n - 2, int(n * frac))) if n > 1 else 0


def d_dmy(d):
    return d.strftime("%d/%m/%Y")


def d_hm(d):
    return d.strftime("%H:%M")


def wday(d):
    return VI_DAYS[d.weekday()]


# ----------------------------------------------------------------------------
# layouts (each returns a list of entries: ("S"|"T"|"D", line), ("B", items), (kind, line))
# ----------------------------------------------------------------------------
def L_nguoiviet(c):
    r, d = c.rng, c.date
    out = [("S", "NGƯỜI VIỆT BỐN PHƯƠNG"),
           ("widget", f"Westminster, {wday(d)} {d_dmy(d)}"),
           ("widget", "Trang chủ | Cộng đồng | Việt Nam | Thế giới | Kiều bào | Rao vặt | Liên lạc"),
           ("widget", "Thế giới"),
           ("T", c.title),
           ("byline", f"Bài: {c.reporter}"),
           ("D", f"{d_dmy(d)} {d_hm(d)} PST")]
    ins = {0: [("caption", f"{c.caption()} (Ảnh: {short_name(r)}/NVBP)")]}
    if len(c.paras) > 3:
        ins[c.slot(0.6)] = [("widget", "Quảng cáo"),
                            ("widget", "Văn phòng Luật sư Hồ Gia Khang - Di trú, bảo lãnh, quốc tịch. ĐT: (714) 555-0182")]
    out += c.body(ins)
    rel = c.related(4)
    if rel:
        out.append(("widget", "Tin cùng chuyên mục"))
        out += [("related", f"• {t}") for t, _ in rel]
    out += [("widget", "Chia sẻ: Facebook · Twitter · Email · In bài"),
            ("widget", "© 2018 Người Việt Bốn Phương. Mọi quyền được bảo lưu."),
            ("widget", "Toà soạn: 9211 Bolsa Ave, Westminster, CA · toasoan@nguoivietbonphuong.com")]
    return out


def L_embassy(c):
    r, d = c.rng, c.date
    out = [("widget", "Tiếng Việt | English | Čeština"),
           ("S", "Đại sứ quán nước CHXHCN Việt Nam tại Cộng hoà Séc"),
           ("widget", "Giới thiệu | Lãnh sự | Bảo hộ công dân | Tin tức - Sự kiện | Liên hệ"),
           ("widget", "Đường dây nóng bảo hộ công dân: +420 777 215 903"),
           ("widget", "Tin tức - Sự kiện"),
           ("T", c.title),
           ("D", f"Ngày đăng: {d_dmy(d)}")]
    ins = {}
    if r.random() < 0.6:
        ins[0] = [("widget", "Hình ảnh"), ("caption", c.caption())]
    out += c.body(ins)
    out.append(("widget", f"Lượt xem: {r.randint(120, 4800):,}".replace(",", ".")))
    out.append(("widget", "In trang | Gửi email"))
    rel = c.related(5)
    if rel:
        out.append(("widget", "Các tin khác"))
        out += [("related", f"{t} ({d_dmy(c.rdate())})") for t, _ in rel]
    out += [("widget", "Địa chỉ: Plzeňská 214/9, 150 00 Praha 5 · Điện thoại: +420 257 000 418"),
            ("widget", "Thư điện tử: lanhsu@dsqvn-sec.cz"),
            ("widget", "Bản quyền thuộc Đại sứ quán Việt Nam tại Cộng hoà Séc")]
    return out


def L_magazine(c):
    r, d = c.rng, c.date
    name = c.reporter
    quote = None
    for s in c.sents:
        m = re.search(r'"([^"]{40,160})"', s)
        if m:
            quote = f"“{m.group(1)}”"
            break
    out = [("S", "Tạp chí Đối Ngoại Đương Đại"),
           ("widget", f"Số {r.randint(30, 90)} | Tháng {d.month}/{d.year}"),
           ("widget", "CHÍNH SÁCH & BÌNH LUẬN"),
           ("T", c.title),
           ("byline", name.upper()),
           ("D", f"{d.day} tháng {d.month}, {d.year}")]
    ins = {}
    if quote and c.ok(quote) and len(c.paras) > 1:
        ins[c.slot(0.4)] = [("widget", quote)]
    out += c.body(ins)
    out += [("byline", f"ThS. {name}"),
            ("byline", "Nghiên cứu viên Trung tâm Nghiên cứu Ngoại giao và Cộng đồng hải ngoại"),
            ("widget", "Từ khoá: quan hệ quốc tế, thời sự, bình luận")]
    rel = c.related(3)
    if rel:
        out.append(("widget", "BÀI CÙNG SỐ"))
        out += [("related", f"{i + 1}. {t}") for i, (t, _) in enumerate(rel)]
    out.append(("widget", "Đặt mua tạp chí bản in: phathanh@doingoaidd.org"))
    return out


def L_broadcaster(c):
    r, d = c.rng, c.date
    out = [("widget", "Deutsch | English | Tiếng Việt | 中文"),
           ("S", "Nordwelle Tiếng Việt"),
           ("widget", "Thời sự | Kinh tế | Văn hoá | Học tiếng Đức | Chương trình phát thanh"),
           ("T", c.title),
           ("D", d.strftime("%d.%m.%Y")),
           ("widget", f"▶ Nghe bản tin ({r.randint(1, 5):02d}:{r.randint(0, 59):02d})"),
           ("widget", "Tải xuống MP3")]
    ins = {0: [("caption", c.caption()), ("credit", f"Ảnh: {short_name(r)}/NWR")]}
    out += c.body(ins)
    out.append(("byline", f"{c.reporter} (NWR)"))
    rel = c.related(3)
    if rel:
        out.append(("widget", "Chủ đề liên quan"))
        for t, te in rel:
            out.append(("related", t))
            if te:
                out.append(("related", te))
    out += [("widget", "Nordwelle không chịu trách nhiệm về nội dung các trang web bên ngoài."),
            ("widget", "© 2019 Nordwelle Rundfunk · Ban Tiếng Việt")]
    return out


def L_association(c):
    r, d = c.rng, c.date
    ev = c.date + datetime.timedelta(days=r.randint(3, 20))
    out = [("S", "Hội Người Việt Nam tại Warszawa"),
           ("widget", "Đoàn kết - Tương trợ - Hướng về quê hương"),
           ("widget", "Trang chủ | Tin cộng đồng | Thời sự | Thông báo lãnh sự | Lịch sự kiện | Liên hệ"),
           ("widget", "LỊCH SINH HOẠT CỘNG ĐỒNG"),
           ("widget", f"{ev.day:02d}/{ev.month:02d}: Họp mặt bà con tại Trung tâm Văn hoá Việt, ul. Kolejowa 17"),
           ("T", c.title),
           ("D", f"Đăng lúc {d_hm(d)} ngày {d_dmy(d)}")]
    rel = c.related(3)
    ins = {}
    if rel and len(c.paras) > 2:
        ins[c.slot(0.5)] = [("related", f"Xem thêm: {rel[0][0]}")]
        rel = rel[1:]
    out += c.body(ins)
    out.append(("byline", "Ban Thông tin Hội (tổng hợp)"))
    if rel:
        out.append(("widget", "Bài viết khác"))
        out += [("related", f"- {t}") for t, _ in rel]
    out += [("widget", "Mọi ý kiến đóng góp xin gửi về: banthongtin@hoinguoivietwaw.pl"),
            ("widget", "Hotline hỗ trợ bà con: +48 22 555 31 07")]
    return out


def L_kieubao(c):
    r, d = c.rng, c.date
    out = [("S", "Kiều Bào Toàn Cầu"),
           ("widget", "Thời sự | Kiều bào | Quê hương | Ngoại giao | Kinh tế | Văn hoá"),
           ("widget", "Trang chủ » Kiều bào » Thời sự quốc tế"),
           ("T", c.title),
           ("D", f"{d_dmy(d)} {d_hm(d)} GMT+7"),
           ("widget", "Chia sẻ Facebook | Twitter | Email")]
    ins = {0: [("widget", "Phóng to"), ("caption", c.caption())]}
    out += c.body(ins)
    out.append(("byline", c.reporter.split()[-2].upper() + " " + c.reporter.split()[-1].upper()))
    rel = c.related(4)
    if rel:
        out.append(("widget", "Tin liên quan"))
        out += [("related", f"- {t}") for t, _ in rel]
    out += [("widget", "Từ khoá: kiều bào, thế giới, thời sự"),
            ("widget", "Bạn đọc gửi bài về: bandoc@kieubaotoancau.vn")]
    return out


def L_toronto(c):
    r, d = c.rng, c.date
    today = d + datetime.timedelta(days=r.randint(0, 3))
    out = [("widget", f"{wday(today)}, {d_dmy(today)}"),
           ("S", "Tin Việt Toronto"),
           ("widget", "Cộng đồng | Canada | Việt Nam | Quốc tế | Di trú | Rao vặt"),
           ("T", c.title),
           ("D", f"{wday(d)}, {d_dmy(d)} - {d_hm(d)}")]
    ins = {}
    if len(c.paras) > 1:
        ins[c.slot(0.3)] = [("caption", c.caption()), ("credit", "Nguồn: TVT")]
    out += c.body(ins)
    out.append(("byline", "Theo Tuần san Lá Phong"))
    rel = c.related(3)
    if rel:
        out.append(("widget", "Đọc tiếp"))
        out.append(("related", " | ".join(t for t, _ in rel)))
    n = r.randint(1, 3)
    out.append(("widget", f"Bình luận ({n})"))
    for _ in range(n):
        out.append(("widget", f"{short_name(r)} ({r.choice(['Mississauga', 'Scarborough', 'Montreal', 'Ottawa'])}): "
                              + r.choice(["Cảm ơn toà soạn đã cập nhật tin.", "Tin này đáng chú ý.",
                                          "Mong báo đưa thêm tin tiếp theo.", "Đọc mà thấy lo quá."])))
    out.append(("widget", "© Tin Việt Toronto 2017 · 416-555-0139"))
    return out


def L_radio_au(c):
    r, d = c.rng, c.date
    ap = "sáng" if d.hour < 12 else "chiều"
    out = [("S", "Sóng Mekong Radio"),
           ("widget", "Chương trình Việt ngữ · Nghe trực tiếp 24/7"),
           ("widget", "Tin tức | Podcast | Cộng đồng Úc châu | Thế giới | Lịch phát sóng"),
           ("T", c.title),
           ("D", f"Cập nhật {d.day} tháng {d.month}, {d.year} {d.hour % 12 or 12}:{d.minute:02d} {ap}"),
           ("widget", f"Nghe bài viết {r.randint(2, 6)}:{r.randint(0, 59):02d}"),
           ("byline", f"Trình bày: {short_name(r)}")]
    ins = {}
    if r.random() < 0.7:
        ins[0] = [("caption", f"{c.caption()} Ảnh: SMR")]
    out += c.body(ins)
    rel = c.related(4)
    if rel:
        out.append(("widget", "Nghe thêm"))
        out += [("related", f"{i + 1}. {t} - {d_dmy(c.rdate())}") for i, (t, _) in enumerate(rel)]
    out += [("widget", "Sóng Mekong Radio phát trên tần số 97.5 FM tại Sydney và Melbourne."),
            ("widget", "Theo dõi chúng tôi trên Facebook và YouTube")]
    return out


def L_youngdip(c):
    r, d = c.rng, c.date
    out = [("S", "Diễn đàn Ngoại giao Trẻ"),
           ("widget", "Chuyên mục: Quan hệ quốc tế"),
           ("T", c.title),
           ("byline", f"Đăng bởi: {short_name(r)}"),
           ("D", f"{d.day} Tháng {d.month}, {d.year}"),
           ("widget", f"Lượt xem {r.randint(300, 9000):,}".replace(",", "."))]
    out += c.body({})
    out.append(("widget", "Thẻ: ngoại giao, thế giới, điểm tin"))
    rel = c.related(2)
    if rel:
        out.append(("widget", "Điều hướng bài viết"))
        out.append(("related", f"« {rel[0][0]}"))
        if len(rel) > 1:
            out.append(("related", f"{rel[1][0]} »"))
    n = r.randint(0, 3)
    out.append(("widget", f"{n} bình luận" if n else "Chưa có bình luận nào"))
    out += [("widget", "Để lại bình luận"),
            ("widget", "Diễn đàn Ngoại giao Trẻ · Trang thông tin của nhóm sinh viên yêu thích đối ngoại")]
    return out


def L_consulate(c):
    r, d = c.rng, c.date
    out = [("widget", "日本語 | Tiếng Việt | English"),
           ("S", "Tổng Lãnh sự quán Việt Nam tại Osaka"),
           ("widget", "THÔNG BÁO: Tổng Lãnh sự quán nghỉ làm việc ngày Quốc khánh 02/9."),
           ("widget", "Trang chủ > Tin tức > Tin quốc tế"),
           ("T", c.title),
           ("D", f"{wday(d)}, {d_dmy(d)}")]
    ins = {0: [("caption", f"{c.caption()} (Ảnh: TLSQ)")]}
    out += c.body(ins)
    rel = c.related(4)
    if rel:
        out.append(("widget", "Tin khác"))
        out += [("related", f"+ {t}") for t, _ in rel]
    out += [("widget", "Điện thoại bảo hộ công dân khẩn cấp: +81 90 5550 7712"),
            ("widget", "Địa chỉ: 4-2-15 Nishi-Honmachi, Nishi-ku, Osaka"),
            ("widget", "Giờ làm việc: 9:00 - 12:00 và 13:30 - 17:00, thứ Hai đến thứ Sáu")]
    return out


def L_berlin(c):
    r, d = c.rng, c.date
    out = [("S", "Việt Báo Berlin"),
           ("widget", "Startseite | Tin Đức | Cộng đồng | Quốc tế | Pháp luật & Visa | Quảng cáo"),
           ("T", c.title),
           ("byline", f"Bài: {c.reporter} | Ảnh: {short_name(r)}"),
           ("D", d.strftime("%d.%m.%Y | %H:%M"))]
    ins = {}
    if len(c.paras) > 2:
        ins[c.slot(0.5)] = [("widget", "- Anzeige -"),
                            ("widget", "Nhà hàng Phở Sài Gòn Lichtenberg giảm 10% cho bạn đọc Việt Báo")]
    if r.random() < 0.6:
        ins.setdefault(0, []).insert(0, ("caption", c.caption()))
    out += c.body(ins)
    rel = c.related(3)
    if rel:
        out.append(("related", "Đọc thêm: " + " | ".join(t for t, _ in rel)))
    out += [("widget", "Impressum | Datenschutz | Liên hệ quảng cáo: 030 555 9160")]
    return out


def L_moscow(c):
    r, d = c.rng, c.date
    out = [("S", "Nước Nga & Chúng Ta"),
           ("widget", f"Moskva, {d_dmy(d + datetime.timedelta(days=r.randint(0, 2)))}"),
           ("widget", "Thời sự | Nước Nga | Cộng đồng | Thế giới | Doanh nhân | Hỏi đáp"),
           ("T", c.title),
           ("D", f"{d_hm(d)} {d_dmy(d)}")]
    ins = {}
    if len(c.paras) > 1:
        k = r.randint(2, 5)
        ins[c.slot(0.5)] = [("widget", f"Ảnh 1/{k}"), ("caption", c.caption())]
    out += c.body(ins)
    out.append(("byline", f"{c.reporter} (tổng hợp)"))
    rel = c.related(5)
    if rel:
        out.append(("widget", "TIN MỚI"))
        out += [("related", f"{t} ({c.rdate(5).strftime('%d/%m')})") for t, _ in rel]
    out.append(("widget", "Hotline toà soạn: +7 495 555 24 81 · Viber/Zalo"))
    return out


def L_paris(c):
    r, d = c.rng, c.date
    out = [("S", "THỜI BÁO HẢI NGOẠI"),
           ("widget", "Édition Paris"),
           ("widget", "Accueil > Thế giới > Châu Á"),
           ("T", c.title),
           ("D", f"Paris, {d_dmy(d)}"),
           ("byline", f"{c.reporter}, phóng viên tại Paris")]
    ins = {0: [("caption", c.caption()), ("credit", f"Ảnh: {initials(c.reporter)} / THN")]}
    if len(c.paras) > 3:
        ins[c.slot(0.7)] = [("caption", c.caption())]
    out += c.body(ins)
    rel = c.related(3)
    if rel:
        out.append(("widget", "Cùng chủ đề"))
        for t, te in rel:
            out.append(("related", f"{t} - {te}" if te else t))
    out += [("widget", "Đăng ký nhận bản tin hằng tuần qua email"),
            ("widget", "Thời Báo Hải Ngoại - 12 rue du Moulin-Vert, 75014 Paris")]
    return out


def L_academic(c):
    r, d = c.rng, c.date
    out = [("S", "Tạp chí Quan hệ Quốc tế Châu Á"),
           ("widget", "PHÂN TÍCH"),
           ("T", c.title),
           ("byline", f"TS. {c.reporter}"),
           ("byline", "Giảng viên Khoa Quan hệ quốc tế, Học viện Ngoại vụ Đông Nam"),
           ("D", f"Xuất bản: {d_dmy(d)}")]
    ins = {}
    if len(c.paras) > 2:
        label = f"Bản đồ: Vị trí {c.places[0]} trong khu vực" if c.places else "Biểu đồ: Các mốc chính trong diễn biến sự việc"
        ins[c.slot(0.5)] = [("caption", label),
                            ("credit", "Đồ hoạ: Ban Biên tập QHQTCA")]
    out += c.body(ins)
    out.append(("widget", f"Trích dẫn bài viết: {initials(c.reporter)} ({d.year}), Tạp chí Quan hệ Quốc tế Châu Á."))
    rel = c.related(3)
    if rel:
        out.append(("widget", "Đọc thêm"))
        out += [("related", f"“{t}”") for t, _ in rel]
    out.append(("widget", "Quan điểm trong bài là của tác giả, không nhất thiết phản ánh quan điểm của Tạp chí."))
    return out


def L_students(c):
    r, d = c.rng, c.date
    ev = d + datetime.timedelta(days=r.randint(4, 30))
    out = [("S", "Hội Sinh viên Việt Nam tại Vương quốc Anh"),
           ("widget", "Về chúng tôi | Tin tức | Sự kiện | Học bổng | Cẩm nang du học | Liên hệ"),
           ("T", c.title),
           ("D", f"Đăng ngày {d_dmy(d)}"),
           ("byline", "Ban Truyền thông VSAUK")]
    ins = {}
    if len(c.paras) > 2:
        ins[c.slot(0.5)] = [("widget", "SỰ KIỆN SẮP TỚI"),
                            ("widget", f"{d_dmy(ev)} - Đêm hội Xuân Quê hương tại Manchester")]
    out += c.body(ins)
    out.append(("widget", f"Thích {r.randint(5, 300)} · Chia sẻ {r.randint(0, 40)}"))
    rel = c.related(3)
    if rel:
        out.append(("widget", "Bài viết liên quan"))
        out += [("related", f"{i + 1}) {t}") for i, (t, _) in enumerate(rel)]
    out.append(("widget", "Email: truyenthong@vsauk.org.uk"))
    return out


def L_seoul(c):
    r, d = c.rng, c.date
    out = [("widget", "한국어 | English | Tiếng Việt"),
           ("S", "Đài Hoa Sen Seoul - Chương trình tiếng Việt"),
           ("widget", "Tin tức | Hàn Quốc hôm nay | Cộng đồng | Lao động - Hôn nhân | Video"),
           ("T", c.title),
           ("D", d.strftime("%Y.%m.%d %H:%M")),
           ("widget", f"▶ {r.randint(1, 4):02d}:{r.randint(0, 59):02d} | Xem video"),
           ("caption", f"Video: {c.caption()}")]
    out += c.body({})
    out.append(("byline", f"Phóng viên {c.reporter}"))
    rel = c.related(4)
    if rel:
        out.append(("widget", "TIN NỔI BẬT"))
        out += [("related", f"{i + 1} {t}") for i, (t, _) in enumerate(rel)]
    out += [("widget", "Tổng đài tư vấn cho người Việt tại Hàn Quốc: 1577-0000 (máy lẻ 7)"),
            ("widget", "Copyright © Hoa Sen Broadcasting")]
    return out


def L_praha(c):
    r, d = c.rng, c.date
    co = person(R(c.row, "coauthor"))
    out = [("widget", "Đường dây nóng: +420 608 555 214"),
           ("S", "Người Việt Praha Daily"),
           ("widget", "Trang chủ / Quốc tế"),
           ("T", c.title),
           ("D", f"{d_hm(d)}, {d_dmy(d)}"),
           ("byline", f"{c.reporter.split()[-1].upper()} - {co.split()[-1].upper()}")]
    rel = c.related(3)
    ins = {0: [("caption", c.caption()), ("credit", f"Ảnh: {short_name(r)}")]}
    if rel and len(c.paras) > 2:
        ins.setdefault(c.slot(0.6), []).append(("related", f"Xem thêm: {rel[0][0]}"))
        rel = rel[1:]
    out += c.body(ins)
    out.append(("widget", "Tags: quốc tế, thời sự, Người Việt Praha"))
    if rel:
        out.append(("widget", "Tin liên quan"))
        out += [("related", f"» {t}") for t, _ in rel]
    out.append(("widget", "Ý kiến bạn đọc (0)"))
    return out


def L_quehuong(c):
    r, d = c.rng, c.date
    out = [("S", "Báo Quê Hương Xa"),
           ("widget", "Nhật Bản | Cộng đồng | Thực tập sinh | Thế giới | Việt Nam"),
           ("T", c.title),
           ("D", f"{d.day}/{d.month}/{d.year}")]
    ins = {}
    if r.random() < 0.7:
        ins[0] = [("caption", c.caption())]
    out += c.body(ins)
    out.append(("byline", "(VKB)"))
    rel = c.related(4)
    if rel:
        out.append(("widget", "Các tin đã đăng"))
        out += [("related", f"{d_dmy(c.rdate(10))} {t}") for t, _ in rel]
    out += [("widget", "Tư vấn thực tập sinh gặp khó khăn: 080-5550-3321 (tiếng Việt)"),
            ("widget", "Báo Quê Hương Xa © 2016-2019")]
    return out


def L_atlantica(c):
    r, d = c.rng, c.date
    upd = d + datetime.timedelta(minutes=r.randint(20, 300))
    out = [("S", "Atlantica Tiếng Việt"),
           ("widget", "Tin Việt ngữ"),
           ("T", c.title),
           ("D", f"{d.day} tháng {d.month} năm {d.year}"),
           ("widget", f"Cập nhật lần cuối: {d_hm(upd)}"),
           ("byline", "Ban Tiếng Việt Atlantica")]
    ins = {}
    if len(c.paras) > 1:
        ins[0] = [("caption", f"Hình: {c.caption()}")]
    out += c.body(ins)
    rel = c.related(5)
    if rel:
        out.append(("widget", "Nhiều người đọc"))
        out += [("related", f"{i + 1}. {t}") for i, (t, _) in enumerate(rel)]
    out += [("widget", "Chia sẻ bài viết này"),
            ("widget", "Atlantica Tiếng Việt không chịu trách nhiệm về nội dung ý kiến bạn đọc.")]
    return out


def L_portal(c):
    r, d = c.rng, c.date
    out = [("widget", "VI | EN"),
           ("S", "Cổng thông tin Kiều Hương"),
           ("widget", "Kiều bào | Quê hương | Ngoại giao | Văn hoá | Hỏi đáp lãnh sự"),
           ("widget", "Tổng đài hỗ trợ công dân 24/7: +84 981 555 847"),
           ("T", c.title),
           ("D", f"{d_hm(d)} | {d_dmy(d)}")]
    ins = {}
    if len(c.paras) > 2:
        ins[c.slot(0.4)] = [("caption", c.caption())]
    out += c.body(ins)
    out += [("byline", "PV"), ("credit", "Nguồn: Kiều Hương tổng hợp")]
    rel = c.related(3)
    if rel:
        out.append(("widget", "CÙNG CHỦ ĐỀ"))
        for t, te in rel:
            out.append(("related", t))
            if te:
                out.append(("related", te))
    out.append(("widget", "Cổng thông tin Kiều Hương - Kết nối người Việt bốn phương"))
    return out


def L_sydneyweekly(c):
    r, d = c.rng, c.date
    out = [("S", "Việt Luận Tuần San"),
           ("widget", "Sydney · Melbourne · Brisbane"),
           ("widget", "TIN THẾ GIỚI"),
           ("T", c.title),
           ("D", f"{wday(d)} {d.day}/{d.month}/{d.year}"),
           ("widget", "Cỡ chữ: A- A A+")]
    ins = {}
    if len(c.paras) > 2:
        ins[1] = [("related", f"> {t}") for t, _ in c.related(2)]
    ins.setdefault(0, []).insert(0, ("caption", f"{c.caption()} - Ảnh: VLTS"))
    out += c.body(ins)
    out.append(("byline", f"{c.reporter} tổng hợp"))
    out += [("widget", "Ủng hộ báo chí độc lập của cộng đồng - Đóng góp qua PayID"),
            ("widget", "Liên lạc: (02) 5550 7729 · toasoan@vietluantuansan.com.au")]
    return out


LAYOUTS = [
    ("nguoiviet_bonphuong", L_nguoiviet, (2, 3)),
    ("dsq_sec", L_embassy, (1, 2)),
    ("tapchi_doingoai", L_magazine, (2, 4)),
    ("nordwelle_vn", L_broadcaster, (2, 4)),
    ("hoi_warszawa", L_association, (1, 3)),
    ("kieubao_toancau", L_kieubao, (1, 2)),
    ("tinviet_toronto", L_toronto, (2, 3)),
    ("songmekong_radio", L_radio_au, (1, 2)),
    ("ngoaigiao_tre", L_youngdip, (2, 4)),
    ("tlsq_osaka", L_consulate, (2, 3)),
    ("vietbao_berlin", L_berlin, (1, 3)),
    ("nuocnga_chungta", L_moscow, (1, 2)),
    ("thoibao_haingoai", L_paris, (2, 3)),
    ("qhqt_chaua", L_academic, (3, 4)),
    ("sinhvien_uk", L_students, (1, 2)),
    ("hoasen_seoul", L_seoul, (1, 3)),
    ("nguoiviet_praha", L_praha, (1, 2)),
    ("quehuong_xa", L_quehuong, (3, 4)),
    ("kieuhuong_portal", L_portal, (1, 3)),
    ("vietluan_sydney", L_sydneyweekly, (1, 3)),
]
assert len(LAYOUTS) == 20

# ----------------------------------------------------------------------------
# faults
# ----------------------------------------------------------------------------
FAULTS = ("nbsp", "zwsp", "dblspace", "glue", "nfd")


def _spaces(s):
    return [i for i, ch in enumerate(s) if ch == " "]


def _inside_word_pos(s, rng):
    pos = [i for i in range(1, len(s)) if s[i - 1].isalpha() and s[i].isalpha()]
    return rng.choice(pos) if pos else None


def apply_fault(entries, fault, rng):
    """Mutates entries; returns True if applied."""
    if fault == "nfd":
        for e in entries:
            if e[0] == "B":
                e[1][:] = [unicodedata.normalize("NFD", x) for x in e[1]]
            else:
                e[1] = unicodedata.normalize("NFD", e[1])
        return True
    if fault == "glue":
        cands = [(ei, j) for ei, e in enumerate(entries) if e[0] == "B"
                 for j in range(len(e[1]) - 1)
                 if e[1][j].endswith(".") and e[1][j + 1][:1].isupper()]
        if not cands:
            return False
        ei, j = rng.choice(cands)
        items = entries[ei][1]
        items[j:j + 2] = [items[j] + items[j + 1]]
        return True
    # per-line faults on body items or furniture
    targets = []
    for ei, e in enumerate(entries):
        if e[0] == "B":
            for j in range(len(e[1])):
                targets.append((ei, j))
        elif e[0] in KINDS:
            targets.append((ei, None))
    rng.shuffle(targets)
    n = {"nbsp": rng.randint(2, 5), "zwsp": rng.randint(1, 3), "dblspace": 1}[fault]
    done = 0
    for ei, j in targets:
        s = entries[ei][1][j] if j is not None else entries[ei][1]
        if fault in ("nbsp", "dblspace"):
            sp = _spaces(s)
            if not sp:
                continue
            p = rng.choice(sp)
            s = s[:p] + ("\u00a0" if fault == "nbsp" else "  ") + s[p + 1:]
        else:
            p = _inside_word_pos(s, rng)
            if p is None:
                continue
            s = s[:p] + "\u200b" + s[p:]
        if j is not None:
            entries[ei][1][j] = s
        else:
            entries[ei][1] = s
        done += 1
        if done >= n:
            break
    return done > 0


# ----------------------------------------------------------------------------
# assembly and contract
# ----------------------------------------------------------------------------
def check(page, title):
    lines = page.text.split("\n")
    body, furn = page.body, page.furniture
    bi = fi = 0
    unl = []
    for ln in lines:
        if not ln or ln != ln.strip():
            raise ValueError(f"blank or unstripped line: {ln!r}")
        if fi < len(furn) and ln == furn[fi][1]:
            fi += 1
            continue
        hit = False
        for k in range(1, 5):
            if bi + k <= len(body) and ln == " ".join(body[bi:bi + k]):
                bi += k
                hit = True
                break
        if hit:
            continue
        unl.append(ln)
        if len(unl) > 3:
            raise ValueError(f"more than 3 unlabelled lines: {unl}")
    if bi != len(body) or fi != len(furn):
        raise ValueError("walk did not use up body/furniture")
    if len(body) < 3:
        raise ValueError("fewer than 3 body items")
    for k, _ in furn:
        if k not in KINDS:
            raise ValueError(f"bad kind {k}")
    for b in body:
        if b not in page.text:
            raise ValueError("body item not in text")
    bkeys = {nkey(b) for b in body}
    if len(bkeys) != len(body):
        raise ValueError("duplicate body items")
    for k, ln in furn:
        if nkey(ln) in bkeys:
            raise ValueError(f"furniture equals a body sentence: {ln}")
        if k == "related" and nkey(ln) == nkey(title):
            raise ValueError("related equals title")
    ukeys = [nkey(u) for u in unl]
    if len(set(ukeys)) != len(ukeys):
        raise ValueError("repeated unlabelled line")
    for u in ukeys:
        if u in bkeys:
            raise ValueError("unlabelled line equals body sentence")
    if nkey(title) not in ukeys:
        raise ValueError("title missing")


def make_page(k, row, title, sents, pool):
    name, fn, para = LAYOUTS[k % len(LAYOUTS)]
    c = Ctx(row, title, sents, pool, para)
    entries = [list(e) if e[0] != "B" else ["B", list(e[1])] for e in fn(c)]
    # drop furniture that collides with story text (safety)
    entries = [e for e in entries if e[0] in ("B", "S", "T", "D") or c.ok(e[1])]
    frng = R(row, "fault")
    faults = []
    if frng.random() < 0.27:
        order = list(FAULTS)
        frng.shuffle(order)
        want = 1 if frng.random() < 0.7 else 2
        for f in order:
            if len(faults) >= want:
                break
            if apply_fault(entries, f, frng):
                faults.append(f)
    lines, body, furn = [], [], []
    for e in entries:
        if e[0] == "B":
            lines.append(" ".join(e[1]))
            body.extend(e[1])
        elif e[0] in ("S", "T", "D"):
            lines.append(e[1])
        else:
            lines.append(e[1])
            furn.append((e[0], e[1]))
    page = Page("\n".join(lines), body, furn, name)
    check(page, title)
    return page, faults


_FAULTS_LOG = {}


def pages(path):
    body_rows, rel_rows = read_rows(path)
    pool = related_pool(rel_rows)
    out = []
    _FAULTS_LOG.clear()
    for k, (row, t, a) in enumerate(body_rows):
        title = detok(t)
        sents = story_sentences(title, a)
        if len(sents) < 3:
            continue
        p, faults = make_page(k, row, title, sents, pool)
        _FAULTS_LOG[len(out)] = faults
        out.append(p)
    return out


def main(argv):
    if len(argv) < 2:
        print("usage: make.py vietnews_train.jsonl.gz", file=sys.stderr)
        return 2
    ps = pages(argv[1])
    tab = OrderedDict((name, Counter()) for name, _, _ in LAYOUTS)
    for i, p in enumerate(ps):
        c = tab[p.layout]
        c["pages"] += 1
        c["body"] += len(p.body)
        for k, _ in p.furniture:
            c[k] += 1
        c["faults"] += len(_FAULTS_LOG.get(i, []))
        c["faulty_pages"] += 1 if _FAULTS_LOG.get(i) else 0
    cols = ["pages", "body", "byline", "credit", "caption", "related", "widget", "faults", "faulty_pages"]
    print(f"{'layout':22s}" + "".join(f"{h:>9s}" for h in cols))
    tot = Counter()
    for name, c in tab.items():
        tot.update(c)
        print(f"{name:22s}" + "".join(f"{c[h]:9d}" for h in cols))
    print(f"{'TOTAL':22s}" + "".join(f"{tot[h]:9d}" for h in cols))
    fk = Counter(f for fl in _FAULTS_LOG.values() for f in fl)
    print("faults by type: " + ", ".join(f"{k}={fk[k]}" for k in FAULTS))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
