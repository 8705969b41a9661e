#!/usr/bin/env python3
"""Held-out evaluation set `test102` for a cleaner of scraped Vietnamese news pages.

Theme: labour and jobs news (wages, job fairs, social insurance and pensions, unions,
labour export, factory strikes, vocational training, recruitment ads).

Usage:  python3 make.py /path/to/vietnews_train.jsonl.gz
API:    pages(path) -> list[Page]   (Page = NamedTuple(text, body, furniture, layout))

Standard library only.  Every random draw comes from
random.Random(f"test102|10259|{row}|{purpose}").
"""
import datetime
import gzip
import json
import random
import re
import sys
import unicodedata
from typing import List, NamedTuple, Tuple

SETNAME = "test102"
SEED = 10259
BODY_ROWS = range(14600, 14700)
RELATED_ROWS = range(18400, 18500)
KINDS = ("byline", "credit", "caption", "related", "widget")


class Page(NamedTuple):
    text: str
    body: List[str]
    furniture: List[Tuple[str, str]]
    layout: str


def R(row, purpose):
    return random.Random(f"{SETNAME}|{SEED}|{row}|{purpose}")


# ----------------------------------------------------------------------------- text
ZW = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")


def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = ZW.sub("", s)
    s = re.sub(r"\s+", "", s)
    return s.casefold()


def detok(s):
    s = s.replace("_", " ")
    s = re.sub(r"\s+", " ", s).strip()
    if s.count('"') % 2 == 0 and '"' in s:
        parts = s.split('"')
        out = parts[0]
        for i in range(1, len(parts)):
            out += '"' + (parts[i].strip() if i % 2 == 1 else parts[i])
        s = out
    if s.count("'") % 2 == 0:
        s = re.sub(r"(?<!\w)'\s+([^']*?)\s+'(?!\w)", r"'\1'", s)
    s = re.sub(r"\s+([,.;:!?%…])", r"\1", s)
    s = re.sub(r"([(\[“‘])\s+", r"\1", s)
    s = re.sub(r"\s+([)\]”’])", r"\1", s)
    s = re.sub(r"(\S) / (\S)", r"\1/\2", s)
    s = re.sub(r" {2,}", " ", s)
    return s.strip()


ABBR = {"TP", "Tp", "TS", "GS", "PGS", "ThS", "BS", "Q", "P", "KS", "TX", "TT", "NXB", "Mr",
        "Mrs", "Ms", "Dr", "St", "Co", "Ltd", "Inc", "Th", "BSCKII", "BSCKI", "NSND", "NSƯT",
        "Thượng tá", "v.v", "Tr", "tr", "ĐH", "CN", "Sr", "Jr"}


def split_sents(p):
    out, start = [], 0
    track = p.count('"') % 2 == 0
    for m in re.finditer(r"[.!?…]+[\"”’)\]]*(?=\s)", p):
        j = m.end()
        while j < len(p) and p[j].isspace():
            j += 1
        if j >= len(p):
            continue
        nxt = p[j]
        if nxt in "\"“(" and j + 1 < len(p):
            nxt = p[j + 1]
        if not (nxt.isupper() or nxt.isdigit()):
            continue
        seg = p[: m.end()]
        if track and seg.count('"') % 2 == 1:
            continue
        if seg.count("“") > seg.count("”"):
            continue
        if m.group().startswith(".") and not m.group().startswith(".."):
            words = p[start: m.start()].split()
            tok = words[-1].lstrip("(\"“") if words else ""
            if (tok in ABBR or (len(tok) == 1 and tok.isalpha())
                    or re.fullmatch(r"(?:[^\W\d_]{1,2}\.)+[^\W\d_]{0,2}", tok)):
                continue
        out.append(p[start: m.end()].strip())
        start = m.end()
    rest = p[start:].strip()
    if rest:
        out.append(rest)
    return [s for s in out if s]


CAPTION_MARK = re.compile(
    r"(ảnh\s*:|\(ảnh|ảnh minh ho|minh hoạ|minh họa|video\s*:|clip\s*:|\(trái\)|\(phải\)|\(giữa\)"
    r"|nguồn\s*:|đồ hoạ|đồ họa|infographic|ảnh chụp|photo|www\.|http|@|\(từ trái|từ trái qua)",
    re.I)
REPORT = re.compile(
    r"(?<!\w)(cho biết|cho hay|(?<!giọng )nói(?! trên)|khẳng định|chia sẻ|nhấn mạnh|cho rằng|phát biểu|tiết lộ|"
    r"thừa nhận|giải thích|khai nhận|khai|trả lời|bày tỏ|nhận định|thông báo|xác nhận|đề nghị|"
    r"yêu cầu|kiến nghị|đánh giá|lý giải|nhận xét|dự báo|ước tính|theo ông|theo bà|theo anh|"
    r"theo chị|phản ánh|khuyến cáo|tâm sự|bộc bạch|lưu ý|báo cáo|công bố|tuyên bố|nêu rõ|"
    r"kể lại|thông tin thêm|hỏi|đáp|cảnh báo|khuyên|dẫn lời)(?!\w)", re.I)
CONNECTIVES = ("Tuy nhiên", "Trong khi đó", "Theo đó", "Ngoài ra", "Bên cạnh đó", "Đồng thời",
               "Trước đó", "Sau đó", "Do đó", "Vì vậy", "Vì thế", "Mặt khác", "Thế nhưng",
               "Nhưng", "Song", "Khi đó", "Cùng với đó", "Như vậy", "Dù vậy", "Thậm chí",
               "Đặc biệt", "Riêng", "Cũng theo", "Theo", "Tiếp đó", "Ngay sau đó", "Cụ thể",
               "Thực tế", "Trên thực tế", "Bởi vậy", "Do vậy", "Mặc dù", "Dù", "Nếu", "Hơn nữa",
               "Trước tình hình", "Chính vì", "Từ đó", "Kết quả", "Ngoài việc", "Hiện nay")


def balanced(s):
    return (s.count('"') % 2 == 0 and s.count("“") == s.count("”")
            and s.count("(") == s.count(")") and s.count("[") == s.count("]"))


def keep_sentence(s, title_n):
    w = s.split()
    n = len(w)
    if n < 8 or n > 110:
        return False
    if CAPTION_MARK.search(s) or any(c in s for c in "|•»«■►▶"):
        return False
    if not balanced(s):
        return False
    if not re.search(r"[.!?…][\"”’)]*$", s):
        return False
    if any(":" in x for x in w[:6]):
        return False
    if re.search(r"\(?\s*\bTheo\s+[^.!?]{1,60}\)?\s*\.?$", s) and re.search(
            r"(^|[.!?\"”)]\s*|\()\(?\s*Theo\s+[^.!?,]{1,60}\)?\s*\.?$", s):
        return False
    first = s.lstrip("\"“(")
    if not first or not (first[0].isupper() or first[0].isdigit()):
        return False
    if s[0] not in "\"“(" and not s[0].isalnum():
        return False
    if norm(s) == title_n:
        return False
    if n <= 22 or (n <= 30 and "," not in s):
        ok = bool(REPORT.search(s)) or '"' in s or "“" in s
        ok = ok or any(s.startswith(c + " ") or s.startswith(c + ",") for c in CONNECTIVES)
        if not ok:
            return False
    return True


def story_sentences(article, title):
    title_n = norm(title)
    out, seen = [], set()
    for para in re.split(r"\n+", article):
        para = detok(para)
        if not para:
            continue
        for s in split_sents(para):
            if not keep_sentence(s, title_n):
                continue
            k = norm(s)
            if k in seen:
                continue
            seen.add(k)
            out.append(s)
    return out


# ----------------------------------------------------------------------------- input
def read_rows(path):
    body, rel = [], []
    last = max(BODY_ROWS.stop, RELATED_ROWS.stop) - 1
    with gzip.open(str(path), "rb") as f:
        for i, raw in enumerate(f):
            if i > last:
                break
            inb, inr = i in BODY_ROWS, i in RELATED_ROWS
            if not (inb or inr):
                continue
            if not raw.strip():
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
            if inr:
                a = a[:1200]
                rel.append((i, detok(t), a))
            if inb:
                body.append((i, detok(t), a))
    return body, rel


def build_related(rel):
    out = []
    for i, t, a in rel:
        if not t:
            continue
        sents = split_sents(detok(a.replace("\n", " ")))
        teaser = ""
        for s in sents:
            if len(s.split()) >= 8:
                teaser = s
                break
        if teaser:
            ws = teaser.split()
            if len(ws) > 32:
                teaser = " ".join(ws[:26]).rstrip(",;:") + "…"
        out.append((t, teaser))
    return out


# ----------------------------------------------------------------------------- invented data
SUR = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi",
       "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Trịnh", "Mai"]
MID = ["Văn", "Thị", "Minh", "Thu", "Hoàng", "Ngọc", "Quang", "Thanh", "Hữu", "Bảo", "Đức",
       "Kim", "Hải", "Phương"]
GIV = ["Hà", "Long", "Khôi", "Nam", "Trang", "Hùng", "Phương", "Tuấn", "Linh", "Dũng", "Hiền",
       "Sơn", "Thảo", "Vy", "Quân", "Hạnh", "Toàn", "Yến", "Lan", "Tùng", "Hân", "Khang", "Nhi"]
WD = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]

SCENES = [
    "Công nhân làm việc trên dây chuyền may của một doanh nghiệp tại khu công nghiệp Tân Phú Trung.",
    "Người lao động tìm hiểu thông tin tuyển dụng tại một phiên giao dịch việc làm.",
    "Học viên thực hành hàn điện tại xưởng của một trường cao đẳng nghề.",
    "Người dân làm thủ tục hưởng trợ cấp thất nghiệp tại trung tâm dịch vụ việc làm.",
    "Đoàn viên công đoàn nhận quà hỗ trợ dịp cuối năm.",
    "Lao động chuẩn bị làm thủ tục xuất cảnh tại sân bay.",
    "Giờ tan ca tại một nhà máy điện tử ở ngoại thành.",
    "Cán bộ bảo hiểm xã hội hướng dẫn người dân tra cứu quá trình đóng bảo hiểm.",
    "Khu nhà trọ của công nhân gần khu chế xuất.",
    "Thực tập sinh học tiếng trước ngày sang làm việc ở nước ngoài.",
    "Người hưu trí nhận lương hưu tại điểm chi trả của bưu điện phường.",
    "Nhiều bạn trẻ đến tư vấn hướng nghiệp tại ngày hội tuyển sinh học nghề.",
]
TAGS = ["lương tối thiểu vùng", "bảo hiểm xã hội", "việc làm", "công nhân", "xuất khẩu lao động",
        "công đoàn", "đình công", "học nghề", "lương hưu", "trợ cấp thất nghiệp", "tuyển dụng",
        "an toàn lao động", "nhà trọ công nhân", "thị trường lao động"]
JOBS = [
    ("Công nhân may công nghiệp", "Công ty TNHH May Phú An Thịnh", "6,5 - 8 triệu"),
    ("Kỹ thuật viên bảo trì điện", "Công ty CP Cơ điện Hưng Lộc", "9 - 12 triệu"),
    ("Nhân viên kho vận", "Công ty TNHH Logistics Sao Biển", "7 - 9 triệu"),
    ("Thợ hàn CO2", "Công ty CP Kết cấu thép Đông Sơn", "10 - 14 triệu"),
    ("Kế toán tổng hợp", "Công ty TNHH Thực phẩm Nam Hòa", "11 - 15 triệu"),
    ("Lái xe nâng", "Công ty TNHH Gỗ Nội thất Bình Phước Xanh", "8 - 10 triệu"),
    ("Công nhân lắp ráp linh kiện", "Công ty TNHH Điện tử Vạn Phát", "7 - 8,5 triệu"),
    ("Đầu bếp đi Nhật (visa kỹ năng đặc định)", "Công ty CP Nhân lực Quốc tế Á Đông", "32 - 38 triệu"),
]
ADS = [
    "Tuyển gấp 150 lao động phổ thông làm việc tại KCN Tân Phú Trung, lương từ 7 triệu đồng/tháng, có xe đưa đón. Liên hệ: 0908 417 352.",
    "Đơn hàng đóng gói thực phẩm tại Nhật Bản: tuyển 40 nữ, 18-30 tuổi, bay sau 4 tháng. Gọi ngay 0987 226 041.",
    "Trung tâm Đào tạo nghề Hưng Thịnh tuyển sinh khóa hàn, điện công nghiệp - học phí ưu đãi 30%.",
    "Công ty TNHH Giày da Vĩnh Khang cần tuyển 300 công nhân, nhận hồ sơ cả thứ Bảy và Chủ nhật.",
    "Phiên giao dịch việc làm lưu động: 8h ngày 20 hằng tháng tại Nhà văn hóa Công nhân khu 3.",
    "Vay tín chấp cho công nhân lãi suất thấp, giải ngân trong 24 giờ - hotline 1900 6372.",
]
COMMENTS = [
    "Lương thì tăng chút ít mà giá cả tăng nhiều quá, công nhân chúng tôi rất khó khăn.",
    "Mong các cơ quan chức năng sớm vào cuộc làm rõ.",
    "Bài viết rất hay, cảm ơn phóng viên.",
    "Ở chỗ tôi làm cũng có tình trạng tương tự, mong báo tìm hiểu thêm.",
    "Đề nghị xử lý nghiêm để làm gương.",
    "Thông tin hữu ích, tôi sẽ chia sẻ cho anh em trong xưởng cùng đọc.",
    "Không biết bao giờ mới được giải quyết dứt điểm đây?",
]
POLLS = [
    ("Bạn có hài lòng với mức tăng lương tối thiểu vùng năm nay?", ["Hài lòng", "Chưa hài lòng", "Ý kiến khác"]),
    ("Bạn có ý định rút bảo hiểm xã hội một lần?", ["Có", "Không", "Đang cân nhắc"]),
    ("Bạn tìm việc chủ yếu qua kênh nào?", ["Mạng xã hội", "Trung tâm dịch vụ việc làm", "Người quen giới thiệu"]),
]


def person(rng):
    return f"{rng.choice(SUR)} {rng.choice(MID)} {rng.choice(GIV)}"


def short_name(rng):
    return f"{rng.choice(MID)} {rng.choice(GIV)}"


def phone(rng, pre="0"):
    return f"{pre}{rng.randint(200, 989)} {rng.randint(100, 999)} {rng.randint(100, 999)}"


# ----------------------------------------------------------------------------- faults
def spaces_idx(s):
    return [i for i in range(1, len(s) - 1) if s[i] == " " and s[i - 1] != " " and s[i + 1] != " "]


def f_nbsp(s, rng):
    idx = spaces_idx(s)
    if not idx:
        return s
    for i in rng.sample(idx, min(len(idx), rng.randint(1, 3))):
        s = s[:i] + "\u00a0" + s[i + 1:]
    return s


def f_zw(s, rng):
    idx = [i for i in range(1, len(s)) if s[i - 1].isalpha() and s[i].isalpha()]
    if not idx:
        return s
    i = rng.choice(idx)
    return s[:i] + "\u200b" + s[i:]


def f_double(s, rng):
    idx = spaces_idx(s)
    if not idx:
        return s
    i = rng.choice(idx)
    return s[:i] + "  " + s[i + 1:]


# ----------------------------------------------------------------------------- page builder
class Ctx:
    def __init__(self, row, title, sents, related, layout_no, site):
        self.row, self.title, self.site = row, title, site
        self.lay = layout_no
        self.rng = R(row, "layout")
        self.crng = R(row, "captions")
        self.rrng = R(row, "related")
        self.sents = sents
        self.body_n = {norm(s) for s in sents}
        self.title_n = norm(title)
        self.entries = []  # [kind, payload]; body payload is list of items
        y = self.rng.randint(2016, 2019)
        self.dt = datetime.datetime(y, 1, 1, 6, 0) + datetime.timedelta(
            days=self.rng.randint(0, 364), minutes=self.rng.randint(0, 15 * 60))
        rel = [r for r in related if norm(r[0]) != self.title_n and norm(r[0]) not in self.body_n
               and (not r[1] or (norm(r[1]) not in self.body_n and norm(r[1]) != self.title_n))]
        self.rel_pool = self.rrng.sample(rel, min(len(rel), 10))
        self.used_caps = set()
        self.caps = self._caption_pool()
        self.paras = []

    # --- story grouping
    def group(self, lo, hi):
        rng = R(self.row, "paragraphs")
        i, out = 0, []
        while i < len(self.sents):
            k = rng.randint(lo, hi)
            out.append(list(self.sents[i:i + k]))
            i += k
        self.paras = out
        return out

    # --- primitives
    def add(self, kind, text):
        self.entries.append([kind, text])

    def w(self, t): self.add("widget", t)
    def by(self, t): self.add("byline", t)
    def cr(self, t): self.add("credit", t)
    def cap(self, t): self.add("caption", t)
    def rel(self, t): self.add("related", t)
    def site_line(self, t=None): self.add("site", t or self.site)
    def title_line(self): self.add("title", self.title)
    def date_line(self, t): self.add("date", t)
    def para(self, items): self.entries.append(["body", list(items)])

    def rels(self, n):
        out = self.rel_pool[:n]
        self.rel_pool = self.rel_pool[n:]
        return out

    # --- captions from the story
    def _caption_pool(self):
        rng = self.crng
        people, places = [], []
        for s in self.sents:
            ws = s.split()
            for i, x in enumerate(ws[:-1]):
                if x.lower() in ("ông", "bà", "anh", "chị"):
                    name = []
                    for y in ws[i + 1:i + 5]:
                        yc = y.rstrip(",.;:)\"”")
                        if yc and yc[0].isupper() and yc.isalpha():
                            name.append(yc)
                            if yc != y:
                                break
                        else:
                            break
                    if 2 <= len(name) <= 4:
                        people.append((x.capitalize(), " ".join(name)))
                if x in ("tỉnh", "huyện", "TP", "quận", "xã", "phường", "thị xã") or x == "thành":
                    name = []
                    for y in ws[i + 1:i + 4]:
                        yc = y.rstrip(",.;:)\"”")
                        if yc and yc[0].isupper() and yc.isalpha() and yc not in ("UBND", "Công"):
                            name.append(yc)
                            if yc != y:
                                break
                        else:
                            break
                    if 1 <= len(name) <= 3 and x != "thành":
                        places.append(f"{x} {' '.join(name)}")
        caps = []
        seen = set()
        for hon, nm in people:
            if nm in seen:
                continue
            seen.add(nm)
            caps.append(rng.choice([
                f"{hon} {nm}.",
                f"{hon} {nm} (ảnh tư liệu).",
                f"Chân dung {hon.lower()} {nm}.",
            ]))
        for pl in places:
            if pl in seen:
                continue
            seen.add(pl)
            caps.append(rng.choice([
                f"Quang cảnh khu vực {pl}.",
                f"Một góc {pl} nhìn từ trên cao.",
                f"Người dân {pl} theo dõi vụ việc.",
                f"Trụ sở cơ quan chức năng tại {pl}.",
            ]))
        rng.shuffle(caps)
        sc = list(SCENES)
        rng.shuffle(sc)
        caps = caps[:3] + sc
        return [c for c in caps if norm(c) not in self.body_n and norm(c) != self.title_n]

    def caption(self):
        while self.caps:
            c = self.caps.pop(0)
            if c not in self.used_caps:
                self.used_caps.add(c)
                return c
        return "Hình ảnh tại hiện trường."

    def date(self, style):
        d = self.dt
        wd = WD[d.weekday()]
        f = {
            "a": f"{wd}, {d:%d/%m/%Y} - {d:%H:%M}",
            "b": f"{d:%d/%m/%Y} {d:%H:%M} GMT+7",
            "c": f"Cập nhật: {d:%H:%M}, {d:%d/%m/%Y}",
            "d": f"{wd.replace('Thứ ', 'Thứ ').capitalize()}, ngày {d.day} tháng {d.month} năm {d.year}",
            "e": f"{d:%d/%m/%Y} | {d:%H:%M}",
            "f": f"{d:%d-%m-%Y} {d:%H:%M:%S}",
            "g": f"Đăng lúc {d.hour}h{d:%M} ngày {d.day}.{d.month}.{d.year}",
            "h": f"{d.day}/{d.month}/{d.year}, {d:%H:%M}",
            "i": f"{d:%H:%M} {d:%d/%m/%Y}",
            "j": f"{d:%d/%m/%Y}",
            "k": f"{wd}, {d.day}/{d.month}/{d.year} {d:%H:%M} (GMT+7)",
        }
        return f[style]

    def today(self, style=0):
        d = self.dt + datetime.timedelta(days=self.rng.randint(0, 3))
        wd = WD[d.weekday()]
        if style == 0:
            return f"{wd}, {d:%d/%m/%Y}"
        return f"Hôm nay: {wd.lower()}, ngày {d.day}/{d.month}/{d.year}"

    def short_d(self, back=None):
        d = self.dt - datetime.timedelta(days=self.rrng.randint(1, 40) if back is None else back)
        return d

    def pull_quote(self):
        for s in self.sents:
            m = re.search(r"\"([^\"]{40,240})\"", s)
            if m and len(m.group(1).split()) >= 8:
                q = "“" + m.group(1).rstrip(",") + "”"
                if norm(q) not in self.body_n:
                    return q
        return None


# ----------------------------------------------------------------------------- helpers used by layouts
def rel_block(c, n, fmt, heading=None):
    items = c.rels(n)
    if not items:
        return
    if heading:
        c.w(heading)
    for k, (h, t) in enumerate(items, 1):
        d = c.short_d()
        if fmt == "dash":
            c.rel(f"- {h}")
        elif fmt == "plain":
            c.rel(h)
        elif fmt == "num":
            c.rel(f"{k}. {h}")
        elif fmt == "tri":
            c.rel(f"► {h}")
        elif fmt == "arrow":
            c.rel(f"→ {h}")
        elif fmt == "plus":
            c.rel(f"+ {h}")
        elif fmt == "dated":
            c.rel(f"{h} ({d.day}/{d.month})")
        elif fmt == "predate":
            c.rel(f"{d:%d/%m/%Y} - {h}")
        elif fmt == "ht1":
            c.rel(f"{h} - {t}" if t else h)
        elif fmt == "ht2":
            c.rel(h)
            if t:
                c.rel(t)
        elif fmt == "ht3":
            c.rel(h)
            if t:
                c.rel(t)
            c.w(f"{d:%d/%m/%Y}")


def image(c, style):
    cap = c.caption()
    who = short_name(c.crng)
    if style == "inline_paren":
        c.cap(f"{cap[:-1] if cap.endswith('.') else cap}. (Ảnh: {who})")
    elif style == "inline_dash":
        c.cap(f"{cap[:-1]} - Ảnh: {who}")
    elif style == "inline_plain":
        c.cap(f"{cap} Ảnh: {who}")
    elif style == "sep_credit":
        c.cap(cap)
        c.cr(f"Ảnh: {who}")
    elif style == "mark_cap":
        c.w(c.crng.choice(["[Ảnh]", "Phóng to", "Ảnh minh họa"]))
        c.cap(cap)
    elif style == "cap_only":
        c.cap(cap)
    elif style == "cap_tl":
        c.cap(f"{cap} (Ảnh tư liệu)")
    elif style == "cap_pv":
        c.cap(f"{cap} Ảnh: PV")


def jobs_box(c, n, heading="VIỆC LÀM NỔI BẬT"):
    c.w(heading)
    for t, co, sal in c.rng.sample(JOBS, n):
        c.w(f"{t} - {co} - Lương: {sal}")


def comments(c, n):
    c.w(f"Bình luận ({n})")
    for cm in c.rng.sample(COMMENTS, n):
        c.w(f"{person(c.rng)} - {c.rng.randint(1, 23)} giờ trước")
        c.w(cm)
        c.w("Trả lời | Thích")


def tags(c, prefix="Từ khóa: ", sep=", "):
    c.w(prefix + sep.join(c.rng.sample(TAGS, c.rng.randint(3, 5))))


def mid(c):
    return max(1, len(c.paras) // 2)


def body_loop(c, hooks):
    """Emit paragraphs; hooks: {index: callable}; negative index counts from the end."""
    n = len(c.paras)
    res = {}
    for k, f in hooks.items():
        kk = k if k >= 0 else n + k
        kk = min(max(kk, 0), n - 1)
        res.setdefault(kk, []).append(f)
    for i, p in enumerate(c.paras):
        c.para(p)
        for f in res.get(i, []):
            f()


# ----------------------------------------------------------------------------- layouts
def L00(c):  # Người Thợ Online
    c.group(2, 3)
    c.w("Trang chủ | Việc làm | Tiền lương | Bảo hiểm | Công đoàn | Xuất khẩu lao động | Học nghề")
    c.site_line("NGƯỜI THỢ ONLINE")
    c.w("Trang chủ » Việc làm » Tin tức")
    c.title_line()
    c.date_line(c.date("a"))
    def rx():
        for h, _ in c.rels(1):
            c.rel(f"Xem thêm: {h}")
    body_loop(c, {0: lambda: image(c, "inline_paren"), mid(c): rx})
    c.by(person(c.rng).upper())
    tags(c)
    rel_block(c, 4, "dash", "Tin liên quan")
    c.w("© 2016 Người Thợ Online. Giấy phép số 214/GP-BTTTT. Ghi rõ nguồn khi phát hành lại thông tin từ website này.")


def L01(c):  # Việc Làm 24h Plus
    c.group(1, 2)
    c.site_line("vieclam24plus.vn")
    c.w(f"Hotline tuyển dụng: {phone(c.rng)}")
    c.w(c.rng.choice(ADS))
    c.title_line()
    c.by(f"Bài: {person(c.rng)}")
    c.date_line(c.date("b"))
    def img1():
        image(c, "mark_cap")
        c.cr(f"Ảnh: {short_name(c.crng)}")
    body_loop(c, {1: img1, -2: lambda: image(c, "sep_credit")})
    jobs_box(c, 3)
    rel_block(c, 4, "num", "Tin cùng chuyên mục")
    c.w("Chia sẻ: Facebook | Zalo | Sao chép liên kết")


def L02(c):  # Công Nhân Mới
    c.group(3, 4)
    c.date_line(c.date("c"))
    c.site_line("Báo Công Nhân Mới")
    c.w("Thời sự | Công đoàn | Việc làm | Pháp luật lao động | Bạn đọc")
    c.title_line()
    c.by(f"{short_name(c.rng)} - {short_name(c.rng)}")
    def read_more():
        rel_block(c, 2, "tri", "ĐỌC THÊM")
    body_loop(c, {0: lambda: image(c, "inline_dash"), mid(c): read_more,
                  -2: lambda: image(c, "inline_dash")})
    c.w("Gửi bình luận")
    comments(c, c.rng.randint(1, 3))
    c.w("Báo Công Nhân Mới - Cơ quan ngôn luận của người lao động. Email: toasoan@congnhanmoi.com.vn")


def L03(c):  # Tiếng Nói Người Lao Động
    c.group(2, 4)
    c.site_line("TIẾNG NÓI NGƯỜI LAO ĐỘNG")
    c.w("Trang nhất  Chính sách  Việc làm  An sinh  Đời sống  Media")
    c.title_line()
    def info():
        c.cap(f"Infographic: {c.rng.choice(['Lương tối thiểu vùng qua các năm', 'Cơ cấu lao động theo ngành', 'Số người tham gia bảo hiểm xã hội', 'Những điểm mới về tuổi nghỉ hưu'])}")
        c.cr(f"Đồ hoạ: {short_name(c.crng)}")
    body_loop(c, {0: lambda: image(c, "cap_only"), mid(c): info})
    c.by(f"{person(c.rng)} (TTXVN)")
    c.date_line(c.date("d"))
    rel_block(c, 3, "ht1", "Tin cùng chuyên mục")
    c.w("Lên đầu trang")


def L04(c):  # An Sinh Ngày Nay
    c.group(2, 3)
    c.w(c.today(1))
    c.site_line("An Sinh Ngày Nay")
    c.w("An sinh > Bảo hiểm xã hội")
    c.title_line()
    c.date_line(c.date("e"))
    c.w("Nghe bài viết ▶")
    body_loop(c, {0: lambda: image(c, "sep_credit")})
    nm = person(c.rng)
    c.by(nm)
    c.by(c.rng.choice(["Phóng viên ban An sinh xã hội", "Biên tập viên chuyên mục Bảo hiểm - Hưu trí",
                       "Phụ trách mảng chính sách lao động, tiền lương"]))
    q, opts = c.rng.choice(POLLS)
    c.w("THĂM DÒ Ý KIẾN")
    c.w(q)
    for o in opts:
        c.w(o)
    c.w("Biểu quyết | Xem kết quả")
    rel_block(c, 4, "dated", "Bài viết liên quan")
    c.w(f"Tổng đài hỗ trợ BHXH: 1900 {c.rng.randint(1000, 9999)}")


def L05(c):  # Công Đoàn Phương Nam
    c.group(1, 3)
    c.site_line("CÔNG ĐOÀN PHƯƠNG NAM")
    c.w("Giới thiệu | Tin hoạt động | Chăm lo đoàn viên | Tư vấn pháp luật | Văn bản")
    c.title_line()
    c.date_line(c.date("f"))
    c.by("Nhóm PV")
    body_loop(c, {})
    c.w("Một số hình ảnh:")
    k = c.rng.randint(2, 3)
    for i in range(1, k + 1):
        c.w(f"Ảnh {i}/{k}")
        image(c, "cap_only")
    items = c.rels(3)
    if items:
        c.rel("Tin khác: " + " | ".join(h for h, _ in items))
    c.w("Lượt xem: " + f"{c.rng.randint(120, 4800):,}".replace(",", "."))
    c.w("In trang | Gửi bạn bè | Về đầu trang")


def L06(c):  # Thợ Việt
    c.group(1, 2)
    c.title_line()
    c.date_line(c.date("g"))
    c.site_line("Thợ Việt")
    c.w(f"Lượt xem: {c.rng.randint(80, 9000)}")
    body_loop(c, {1: lambda: image(c, "cap_tl")})
    c.by("Theo Báo Công Thương Mới")
    c.w("👍 Thích   💬 Bình luận   ↗ Chia sẻ")
    comments(c, c.rng.randint(2, 4))
    rel_block(c, 5, "plain", "Bài mới cùng chủ đề")


def L07(c):  # Lao Động Xa Xứ
    c.group(2, 3)
    c.site_line("Lao Động Xa Xứ")
    c.w("Trang chủ | Nhật Bản | Hàn Quốc | Đài Loan | Trung Đông | Châu Âu | Cảnh báo lừa đảo")
    c.w("Trang chủ / Tin tức / Thị trường lao động")
    c.title_line()
    c.date_line(c.date("h"))
    def vid():
        c.w("▶ 00:00 / 0" + str(c.rng.randint(1, 4)) + ":" + f"{c.rng.randint(10, 59)}")
        c.cap(c.caption())
        c.cr(f"Video: {short_name(c.crng)}")
    def x1():
        for h, _ in c.rels(1):
            c.rel(f"Xem thêm: {h}")
    body_loop(c, {0: vid, mid(c): x1, -2: x1})
    c.by(person(c.rng).upper())
    c.w("Theo dõi tác giả")
    c.w("QUẢNG CÁO")
    c.w(ADS[1])
    rel_block(c, 3, "dash", "Có thể bạn quan tâm")


def L08(c):  # Nghề Nghiệp & Tương Lai
    c.group(2, 3)
    c.site_line("Nghề Nghiệp & Tương Lai")
    c.w("Tuyển sinh | Học nghề | Hướng nghiệp | Khởi nghiệp | Góc phụ huynh")
    c.title_line()
    c.by(f"Bài và ảnh: {person(c.rng)}")
    c.date_line(c.date("i"))
    body_loop(c, {0: lambda: image(c, "cap_pv"), mid(c): lambda: rel_block(c, 1, "ht2", "Đọc thêm")})
    c.w("Đăng ký nhận bản tin tuyển sinh - học nghề hằng tuần")
    c.w("Nhập email của bạn | Đăng ký")
    rel_block(c, 3, "ht2", "Tin mới nhất")
    c.w("nghenghiep-tuonglai.edu.vn - Thông tin hướng nghiệp cho người trẻ")


def L09(c):  # KCN Today
    c.group(2, 4)
    c.w("Home / Tin tức KCN / Nhân sự")
    c.site_line("KCN Today")
    c.title_line()
    c.date_line(c.date("h"))
    c.by(f"{person(c.rng)} - KCN Today")
    c.w("Share | Tweet | Zalo")
    body_loop(c, {0: lambda: image(c, "inline_plain"), mid(c): lambda: c.w("Advertisement"),
                  -1: lambda: c.w(c.rng.choice(ADS))})
    tags(c, "Tags: ", " · ")
    rel_block(c, 4, "arrow", "Related news")
    c.w("KCN Today © 2019. All rights reserved.")


def L10(c):  # Đời Sống Công Nhân
    c.group(1, 3)
    c.w(c.today(0))
    c.site_line("ĐỜI SỐNG CÔNG NHÂN")
    c.w("Trang chủ > Đời sống > Nhà trọ - Việc làm")
    c.title_line()
    c.by(f"Bài, ảnh: {short_name(c.rng)}")
    c.date_line(c.date("a"))
    q = c.pull_quote()
    body_loop(c, {0: lambda: image(c, "cap_only"), mid(c): (lambda: c.w(q)) if q else (lambda: None)})
    c.w("Bạn thấy bài viết này thế nào? 😀 Hay (" + str(c.rng.randint(2, 60)) + ")  😢 Buồn (" + str(c.rng.randint(0, 20)) + ")")
    rel_block(c, 4, "predate", "TIN ĐÃ ĐƯA")


def L11(c):  # Tiền Lương & Thu Nhập
    c.group(3, 4)
    c.site_line("Tạp chí Tiền Lương & Thu Nhập")
    c.w(f"Số {c.rng.randint(1, 12):02d}/{c.dt.year}")
    c.title_line()
    c.date_line(c.date("d"))
    def info():
        c.cap(c.rng.choice(["Biểu đồ: Thu nhập bình quân của lao động làm công hưởng lương theo quý",
                            "Bảng so sánh mức lương tối thiểu vùng I - IV",
                            "Biểu đồ tỷ lệ thất nghiệp khu vực thành thị"]))
        c.cr(c.rng.choice(["Nguồn: Tổng cục Thống kê", "Nguồn: Viện Khoa học Lao động và Xã hội",
                           "Nguồn: Hội đồng Tiền lương quốc gia"]))
    body_loop(c, {0: info})
    c.by(f"TS. {person(c.rng)}")
    c.by(c.rng.choice(["Viện Nghiên cứu Chính sách Lao động", "Khoa Kinh tế lao động, Đại học Quốc gia Phương Đông"]))
    rel_block(c, 3, "plus", "Bài viết khác")
    c.w("Tạp chí Tiền Lương & Thu Nhập - Giấy phép hoạt động báo chí số 88/GP-BTTTT")


def L12(c):  # Hưu Trí Online
    c.group(2, 3)
    c.site_line("Hưu Trí Online")
    c.w("Cỡ chữ: A- A A+")
    c.title_line()
    c.date_line(c.date("k"))
    c.by(short_name(c.rng))
    def relh():
        items = c.rels(2)
        if items:
            c.w("Tin liên quan:")
            for h, _ in items:
                c.rel(h)
    body_loop(c, {0: lambda: image(c, "sep_credit"), 1: relh})
    c.w(f"{c.rng.randint(3, 90)} người đã đọc bài này")
    c.w("Hưu Trí Online")
    c.w(f"Đường dây nóng: {phone(c.rng, '0')} - Email: bandoc@huutri.vn")


def L13(c):  # Việc Làm Miền Trung
    c.group(1, 2)
    c.site_line("VIỆC LÀM MIỀN TRUNG")
    c.w(f"Hotline: {phone(c.rng)} | Email: hotro@vieclammientrung.vn")
    c.title_line()
    c.date_line(c.date("i"))
    c.by(f"{short_name(c.rng)} (Đà Nẵng)")
    body_loop(c, {1: lambda: image(c, "inline_paren"), mid(c) + 1: lambda: c.w(ADS[4])})
    rel_block(c, 2, "ht2", "Tin mới hơn")
    rel_block(c, 2, "ht2", "Tin cũ hơn")
    c.w("Mạng việc làm khu vực miền Trung - Tây Nguyên")


def L14(c):  # Thị Trường Lao Động
    c.group(2, 3)
    c.site_line("Báo Thị Trường Lao Động")
    c.title_line()
    c.date_line(c.date("e"))
    c.w("🔊 Nghe đọc bài | 0:00")
    body_loop(c, {0: lambda: image(c, "inline_plain"), -2: lambda: image(c, "inline_plain")})
    c.by(short_name(c.rng))
    c.cr("Nguồn: Báo Thị Trường Lao Động")
    rel_block(c, 3, "ht3", "Bài viết liên quan")
    c.w("Chia sẻ Facebook | Chia sẻ Zalo | In bài")


def L15(c):  # Kết Nối Nhân Lực
    c.group(1, 3)
    c.w("Trang chủ › Cẩm nang › Thị trường việc làm")
    c.title_line()
    c.by(f"Đăng bởi {person(c.rng)}")
    c.date_line(c.date("j"))
    c.w(f"{c.rng.randint(3, 8)} phút đọc")
    body_loop(c, {mid(c): lambda: c.w("ỨNG TUYỂN NGAY - Hơn 12.000 việc làm mới mỗi ngày trên Kết Nối Nhân Lực")})
    c.site_line("Kết Nối Nhân Lực")
    rel_block(c, 4, "arrow", "Có thể bạn quan tâm")
    c.w("Chia sẻ bài viết: Facebook  LinkedIn  Zalo")


def L16(c):  # Nhịp Sống Nhà Máy
    c.group(2, 3)
    c.site_line("Nhịp Sống Nhà Máy")
    c.title_line()
    c.date_line(c.date("b"))
    c.w("Phóng to")
    image(c, "inline_dash")
    body_loop(c, {mid(c): lambda: image(c, "cap_only")})
    c.by(f"{person(c.rng)} - {person(c.rng)}")
    items = c.rels(3)
    if items:
        c.rel("Tin liên quan: " + "; ".join(h for h, _ in items))
    c.w("Bài viết hay? Hãy chia sẻ cho đồng nghiệp")


def L17(c):  # Bảo Hiểm & An Sinh
    c.group(2, 4)
    c.site_line("Bảo Hiểm & An Sinh")
    c.w("Tin tức | Hỏi - đáp chính sách | Tra cứu | Văn bản pháp luật")
    c.title_line()
    c.date_line(c.date("c"))
    body_loop(c, {0: lambda: image(c, "cap_pv")})
    c.by("Theo Tạp chí Nhân Lực Việt")
    c.w("Thông tin trong bài mang tính tham khảo; bạn đọc cần tư vấn cụ thể vui lòng liên hệ cơ quan bảo hiểm xã hội nơi cư trú.")
    c.w(f"Tổng đài tư vấn: 1900 {c.rng.randint(1000, 9999)}")
    rel_block(c, 4, "num", "Tin liên quan")


def L18(c):  # Tay Nghề Việt
    c.group(1, 3)
    c.site_line("TAY NGHỀ VIỆT")
    c.w("Trang chủ | Kỹ năng | Thi tay nghề | Doanh nghiệp | Tuyển sinh")
    c.title_line()
    c.date_line(c.date("a"))
    body_loop(c, {0: lambda: image(c, "sep_credit"), -2: lambda: image(c, "sep_credit")})
    c.by(f"{short_name(c.rng).upper()} - {short_name(c.rng).upper()}")
    c.w(f"Thích ({c.rng.randint(0, 80)}) | Yêu thích ({c.rng.randint(0, 30)}) | Phẫn nộ ({c.rng.randint(0, 5)})")
    rel_block(c, 4, "dated", "TIN CÙNG CHUYÊN MỤC")
    c.w(c.rng.choice(ADS[2:4]))


def L19(c):  # Thủ Đô Việc Làm
    c.group(2, 3)
    c.site_line("Thủ Đô Việc Làm")
    c.w("Trang chủ / Lao động - Việc làm")
    c.date_line(c.date("h"))
    c.title_line()
    c.by(f"{short_name(c.rng)} - {short_name(c.rng)} (TTXVN)")
    body_loop(c, {0: lambda: image(c, "inline_paren"), mid(c): lambda: rel_block(c, 1, "ht1", None)})
    items = c.rels(3)
    if items:
        c.rel("Xem thêm: " + " / ".join(h for h, _ in items))
    c.w("Thủ Đô Việc Làm - Cơ quan của Trung tâm Dịch vụ việc làm Thủ đô (giả định). Địa chỉ: 18 ngõ Thợ Nhuộm mới, Hà Nội.")
    c.w("Email: toasoan@thudovieclam.vn")


LAYOUTS = [(L00, "Người Thợ Online"), (L01, "vieclam24plus.vn"), (L02, "Báo Công Nhân Mới"),
           (L03, "TIẾNG NÓI NGƯỜI LAO ĐỘNG"), (L04, "An Sinh Ngày Nay"), (L05, "CÔNG ĐOÀN PHƯƠNG NAM"),
           (L06, "Thợ Việt"), (L07, "Lao Động Xa Xứ"), (L08, "Nghề Nghiệp & Tương Lai"),
           (L09, "KCN Today"), (L10, "ĐỜI SỐNG CÔNG NHÂN"), (L11, "Tạp chí Tiền Lương & Thu Nhập"),
           (L12, "Hưu Trí Online"), (L13, "VIỆC LÀM MIỀN TRUNG"), (L14, "Báo Thị Trường Lao Động"),
           (L15, "Kết Nối Nhân Lực"), (L16, "Nhịp Sống Nhà Máy"), (L17, "Bảo Hiểm & An Sinh"),
           (L18, "TAY NGHỀ VIỆT"), (L19, "Thủ Đô Việc Làm")]


# ----------------------------------------------------------------------------- faults + assembly
FAULTS = ["nbsp", "zwsp", "double", "glue", "nfd"]


def apply_faults(c):
    rng = R(c.row, "faults")
    if rng.random() >= 0.25:
        return []
    chosen = rng.sample(FAULTS, 1 if rng.random() < 0.7 else 2)
    done = []
    bodies = [e for e in c.entries if e[0] == "body"]
    furn = [e for e in c.entries if e[0] in KINDS]
    if "glue" in chosen:
        cands = [(e, j) for e in bodies for j in range(len(e[1]) - 1)
                 if e[1][j].endswith(".") and e[1][j + 1][:1].isupper()]
        if cands:
            e, j = rng.choice(cands)
            e[1][j:j + 2] = [e[1][j] + e[1][j + 1]]
            done.append("glue")
    for name, fn in (("nbsp", f_nbsp), ("zwsp", f_zw), ("double", f_double)):
        if name not in chosen:
            continue
        for e in rng.sample(bodies, min(len(bodies), rng.randint(1, 3))):
            j = rng.randrange(len(e[1]))
            e[1][j] = fn(e[1][j], rng)
        if furn and name != "zwsp":
            e = rng.choice(furn)
            e[1] = fn(e[1], rng)
        done.append(name)
    if "nfd" in chosen:
        for e in c.entries:
            if e[0] == "body":
                e[1] = [unicodedata.normalize("NFD", x) for x in e[1]]
            else:
                e[1] = unicodedata.normalize("NFD", e[1])
        done.append("nfd")
    return done


def assemble(c, layout_name):
    lines, body, furn = [], [], []
    seen_unl = set()
    for kind, p in c.entries:
        if kind == "body":
            lines.append(" ".join(p))
            body.extend(p)
        elif kind in ("title", "date", "site"):
            if kind in seen_unl:
                furn.append(("widget", p))
            else:
                seen_unl.add(kind)
            lines.append(p)
        else:
            lines.append(p)
            furn.append((kind, p))
    return Page("\n".join(lines), body, furn, layout_name)


def check(page):
    lines = page.text.split("\n")
    body, furn = page.body, page.furniture
    bi = fi = unl = 0
    bn = {norm(b) for b in body}
    unl_lines = []
    for ln in lines:
        if not ln or ln != ln.strip():
            raise ValueError(f"blank or unstripped line: {ln!r}")
        if fi < len(furn) and ln == furn[fi][1]:
            if furn[fi][0] not in KINDS:
                raise ValueError(f"bad kind {furn[fi][0]}")
            fi += 1
            continue
        matched = False
        for n in range(1, 5):
            if bi + n <= len(body) and " ".join(body[bi:bi + n]) == ln:
                bi += n
                matched = True
                break
        if matched:
            continue
        unl += 1
        unl_lines.append(ln)
        if unl > 3:
            raise ValueError(f"too many unlabelled lines, at {ln!r}")
    if bi != len(body) or fi != len(furn):
        raise ValueError("walk did not use up body/furniture")
    if len(body) < 3:
        raise ValueError("fewer than 3 body items")
    for b in body:
        if b not in page.text or "\n" in b or b != b.strip():
            raise ValueError(f"bad body item {b!r}")
    for _, ln in furn:
        if norm(ln) in bn:
            raise ValueError(f"furniture equals body: {ln!r}")
    for ln in unl_lines:
        if norm(ln) in bn:
            raise ValueError(f"unlabelled equals body: {ln!r}")
    return True


def pages(path):
    body_rows, rel_rows = read_rows(path)
    related = build_related(rel_rows)
    out = []
    for k, (row, title, article) in enumerate(body_rows):
        sents = story_sentences(article, title)
        if len(sents) < 3:
            continue
        fn, site = LAYOUTS[k % 20]
        c = Ctx(row, title, sents, related, k % 20, site)
        fn(c)
        # related items must differ from title/body (pool is pre-filtered; re-check here)
        faults = apply_faults(c)
        pg = assemble(c, f"L{k % 20:02d} {site}")
        check(pg)
        tn = norm(title)
        for kind, ln in pg.furniture:
            if kind == "related" and norm(ln) == tn:
                raise ValueError("related equals title")
        out.append(pg)
        FAULT_LOG[id(pg)] = faults
    return out


FAULT_LOG = {}


def main(argv):
    path = argv[1] if len(argv) > 1 else "/work/shared/data/vietnews_train.jsonl.gz"
    ps = pages(path)
    cols = ["pages", "body", "byline", "credit", "caption", "related", "widget", "faults"]
    tab = {}
    for p in ps:
        t = tab.setdefault(p.layout, dict.fromkeys(cols, 0))
        t["pages"] += 1
        t["body"] += len(p.body)
        for kind, _ in p.furniture:
            t[kind] += 1
        t["faults"] += 1 if FAULT_LOG.get(id(p)) else 0
    w = max(len(k) for k in tab) if tab else 10
    print(f"{'layout':<{w}} " + " ".join(f"{c:>8}" for c in cols))
    tot = dict.fromkeys(cols, 0)
    for k in sorted(tab):
        print(f"{k:<{w}} " + " ".join(f"{tab[k][c]:>8}" for c in cols))
        for c in cols:
            tot[c] += tab[k][c]
    print(f"{'TOTAL':<{w}} " + " ".join(f"{tot[c]:>8}" for c in cols))
    kinds = {}
    for p in ps:
        for f in FAULT_LOG.get(id(p), []):
            kinds[f] = kinds.get(f, 0) + 1
    print("fault kinds: " + ", ".join(f"{k}={kinds[k]}" for k in sorted(kinds)))


if __name__ == "__main__":
    main(sys.argv)
