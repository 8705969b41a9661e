#!/usr/bin/env python3
"""Held-out evaluation set `test105` for a cleaner of scraped Vietnamese news pages.

Theme: provincial and regional papers (Mekong Delta, Central Highlands, northern
mountain provinces, central coast): provincial party papers, provincial radio-TV
sites, district portals.  All outlets, people, phones, URLs and e-mails are invented.

Usage:  python3 make.py /path/to/vietnews_train.jsonl.gz
Python 3 standard library only.
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

SETNAME = "test105"
SEED = 10583
BODY_ROWS = range(15300, 15400)
RELATED_ROWS = range(18700, 18800)
KINDS = ("byline", "credit", "caption", "related", "widget")


class Page(NamedTuple):
    text: str
    body: List[str]
    furniture: List[Tuple[str, str]]
    layout: str


def R(row, purpose):
    return random.Random(f"{SETNAME}|{SEED}|{row}|{purpose}")


# --------------------------------------------------------------------------
# reading
# --------------------------------------------------------------------------

def read_rows(path):
    body, related = [], []
    last = max(BODY_ROWS[-1], RELATED_ROWS[-1])
    with gzip.open(str(path), "rb") as fh:
        for i, raw in enumerate(fh):
            if i > last:
                break
            inb, inr = i in BODY_ROWS, i in RELATED_ROWS
            if not (inb or inr):
                continue
            if not raw.strip():
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
                body.append((i, t, a))
            else:
                related.append((i, t, a[:1200], len(a) > 1200))
    return body, related


# --------------------------------------------------------------------------
# story text
# --------------------------------------------------------------------------

def pair_quotes(s, q):
    if s.count(q) % 2:
        return s, False
    out, opened = [], False
    parts = s.split(q)
    for k, part in enumerate(parts):
        if k == 0:
            out.append(part)
            continue
        if not opened:      # this quote opens
            out[-1] = out[-1]
            out.append(q + part.lstrip())
        else:               # this quote closes
            out[-1] = out[-1].rstrip()
            out.append(q + part)
        opened = not opened
    return "".join(out), True


def detok(s):
    s = unicodedata.normalize("NFC", s).translate(ZW).replace("\u00a0", " ")
    s = s.replace("_", " ")
    s = re.sub(r"\s+", " ", s).strip()
    s, ok = pair_quotes(s, '"')
    s = re.sub(r"(^|\s)'\s([^']{1,120}?)\s'(?=\s|$|[,.;:!?])", r"\1'\2'", s)
    s = re.sub(r"\s+([,.;:!?%…])", r"\1", s)
    s = re.sub(r"([(\[“‘])\s+", r"\1", s)
    s = re.sub(r"\s+([)\]”’])", r"\1", s)
    s = re.sub(r"(\S) / (\S)", r"\1/\2", s)
    s = re.sub(r" {2,}", " ", s).strip()
    return s, ok


ABBR = {"TP", "Tp", "TS", "GS", "PGS", "ThS", "Ths", "BS", "Q", "P", "TT", "Th", "ST",
        "Mr", "Ms", "Mrs", "Dr", "St", "Co", "Ltd", "Inc", "No", "KS", "CN", "NXB", "Nxb",
        "BSCKI", "BSCKII", "NSƯT", "NSND", "Đ/c", "đ/c", "TPHCM", "vs", "Vs", "TX", "H"}
SPLIT_RE = re.compile(r"([.!?…]+)([\"”’)\]]*)(\s+)")


def split_sentences(s):
    out, start = [], 0
    for m in SPLIT_RE.finditer(s):
        nxt = s[m.end():m.end() + 1]
        if not nxt or not (nxt.isupper() or nxt.isdigit() or nxt in "\"“(‘'"):
            continue
        if m.group(1) == ".":
            before = s[start:m.start()].split(" ")[-1] if s[start:m.start()] else ""
            word = before.lstrip("(\"“")
            if word in ABBR or (len(word) == 1 and word.isalpha()):
                continue
            if "." in word and re.fullmatch(r"(\w{1,3}\.)+\w{1,3}", word):
                continue
        out.append(s[start:m.end(1) + len(m.group(2))].strip())
        start = m.end()
    tail = s[start:].strip()
    if tail:
        out.append(tail)
    return [x for x in out if x]


CAPTION_MARKS = ("ảnh:", "(ảnh", "ảnh minh", "video:", "clip:", "clip ", "minh hoạ", "minh họa",
                 "(trái)", "(phải)", "(giữa)", "nguồn:", "(nguồn", "đồ hoạ", "đồ họa", "infographic",
                 "photo", "từ trái sang", "từ trái qua", "(ttxvn)", "ttxvn", "(vnexpress", "(pv)",
                 "http", "www.", "@", ".com", ".vn", "bài và ảnh", "bài, ảnh", "(ảnh:", "ảnh :")
REPORT = ("cho biết", "nói", "chia sẻ", "khẳng định", "nhấn mạnh", "cho rằng", "thông tin",
          "phát biểu", "kể", "bày tỏ", "tâm sự", "nhận định", "đề nghị", "yêu cầu", "thừa nhận",
          "giải thích", "xác nhận", "cho hay", "trả lời", "tiết lộ", "thông báo", "báo cáo",
          "phản ánh", "lưu ý", "khuyến cáo", "dẫn lời", "nhận xét", "đánh giá", "hứa", "kiến nghị",
          "đề xuất", "khuyến nghị", "tuyên bố", "nhớ lại", "trần tình", "bộc bạch", "than",
          "quả quyết", "chỉ đạo", "lý giải", "thổ lộ", "theo ông", "theo bà", "theo anh",
          "theo chị", "theo đại diện", "theo lãnh đạo")
CONNECTIVES = ("Tuy nhiên", "Trong khi đó", "Ngoài ra", "Bên cạnh đó", "Vì vậy", "Do đó",
               "Theo đó", "Đồng thời", "Mặt khác", "Thế nhưng", "Nhưng", "Song", "Hơn nữa",
               "Trước đó", "Sau đó", "Cùng với đó", "Cụ thể", "Như vậy", "Tuy vậy", "Dù vậy",
               "Bởi vậy", "Vì thế", "Do vậy", "Thậm chí", "Đặc biệt", "Ngược lại", "Không chỉ",
               "Vì", "Do", "Nếu", "Khi", "Dù", "Mặc dù", "Bởi", "Trong đó", "Cũng theo",
               "Tiếp đó", "Ngay sau đó", "Cuối cùng", "Trước tình hình", "Từ đó", "Qua đó")
ZW = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))


def norm(s):
    s = unicodedata.normalize("NFC", s).translate(ZW)
    return re.sub(r"\s+", "", s).casefold()


def balanced(s):
    if s.count('"') % 2 or s.count("“") != s.count("”"):
        return False
    for a, b in (("(", ")"), ("[", "]"), ("{", "}")):
        if s.count(a) != s.count(b):
            return False
    depth = 0
    for ch in s:
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
            if depth < 0:
                return False
    return True


GLUE_WORDS = {"Sau", "Trong", "Khi", "Theo", "Tại", "Với", "Những", "Các", "Một", "Chia", "Ngày",
              "Nhiều", "Hiện", "Từ", "Để", "Nhưng", "Tuy", "Và", "Cũng", "Đó", "Đây", "Là", "Có",
              "Không", "Chúng", "Tôi", "Em", "Chị", "Ông", "Bà", "Cô", "Hai", "Ba", "Bốn", "Đội"}


def glitchy(s):
    ws = s.split()
    for a, b in zip(ws, ws[1:]):
        if b in GLUE_WORDS and a[-1:].isalpha() and a[-1:].islower():
            return True   # a sub-heading glued into running text
    for i in range(len(s) - 1):
        a, b = s[i], s[i + 1]
        if a.isalpha() and a.islower() and b.isalpha() and b.isupper():
            return True
        if a in ".!?;," and b.isalpha() and i > 0 and s[i - 1].isalpha():
            return True
    return False


def keep_sentence(s, title_n, seen):
    words = s.split()
    n = len(words)
    low = s.lower()
    if n < 8 or n > 110:
        return False
    if any(m in low for m in CAPTION_MARKS):
        return False
    if any(c in s for c in "|•»«*#~^<>=\\+") or "_" in s:
        return False
    if not balanced(s):
        return False
    if not re.search(r"[.!?…][\"”’)]?$", s):
        return False
    if any(":" in w for w in words[:6]):
        return False
    if re.search(r"\(?\bTheo\s+[A-ZĐ]\S*(\s+\S+){0,3}\)?\s*[.!?]?[\"”]?$", s) and not s.startswith("Theo"):
        return False
    first = next((c for c in s if c.isalnum()), "")
    if not first or (first.isalpha() and not first.isupper()):
        return False
    if s[0] in "-–—'‘":
        return False
    if glitchy(s):
        return False
    k = norm(s)
    if k in seen or k == title_n:
        return False
    if n <= 22 or (n <= 30 and "," not in s):
        rep = any(re.search(r"(?<!\w)" + re.escape(v) + r"(?!\w)", low) for v in REPORT)
        quote = ('"' in s or "“" in s) and re.search(r"(?<!\w)(ông|bà|anh|chị|em|cô|chú)(?!\w)", low)
        conn = any(s.startswith(c + " ") or s.startswith(c + ",") for c in CONNECTIVES)
        if not (rep or quote or conn):
            return False
    return True


def story_sentences(title, article):
    cut = len(article) == 1201
    text, ok = detok(article)
    sents = split_sentences(text)
    if cut and sents:
        sents = sents[:-1]
    tn = norm(title)
    seen, kept = set(), []
    for s in sents:
        if not ok and '"' in s:
            continue
        if keep_sentence(s, tn, seen):
            seen.add(norm(s))
            kept.append(s)
    return kept


# --------------------------------------------------------------------------
# invented names and helpers
# --------------------------------------------------------------------------

FAM = ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương",
       "Lý", "Thạch", "Danh", "Lò", "Hà", "Tạ", "Lâm", "Châu", "Quách", "Triệu", "Mai", "Phan"]
MID = ["Văn", "Thị", "Minh", "Hoàng", "Thanh", "Ngọc", "Hữu", "Quốc", "Kim", "Bảo", "Thu", "Đức"]
GIV = ["Khang", "Nhung", "Phước", "Tâm", "Sang", "Thảo", "Duy", "Hiếu", "Lan", "Trí", "Ngân",
       "Tùng", "Phong", "Hạnh", "Khoa", "Quyên", "Lộc", "Nghĩa", "Vy", "Thắng", "Hòa", "Diễm",
       "Luân", "Mỹ", "Trung", "Yến", "Kiệt", "Thơ"]
HL = ["H'Lan", "Y Kông", "H'Mai", "Ksor Thương", "Rơ Mah Hlin", "Y Nhuân", "H'Bia", "Siu Đoan"]
NM = ["Lò Văn Sáng", "Sùng A Páo", "Hà Thị Mỷ", "Vàng Seo Lử", "Lường Văn Ít", "Giàng Thị Dế"]
WD = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def short_name(rng):
    return rng.choice(MID) + " " + rng.choice(GIV)


def full_name(rng):
    return rng.choice(FAM) + " " + rng.choice(MID) + " " + rng.choice(GIV)


def initials(name):
    return ".".join(w[0] for w in re.split(r"[\s']+", name) if w)


def ddmmyyyy(d):
    return d.strftime("%d/%m/%Y")


def hhmm(d):
    return d.strftime("%H:%M")


def story_year(sents):
    years = [int(y) for y in re.findall(r"(?<!\d)(201[6-9])(?!\d)", " ".join(sents))]
    return max(years) if years else None


def story_date(rng, sents):
    """invented date, placed just after the day the story itself names when it does"""
    year = story_year(sents)
    d = rand_date(rng, year)
    m = re.search(r"(?:[Nn]gày|[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Đđ]êm)\s+(\d{1,2})[-/](\d{1,2})(?![-/\d])", " ".join(sents))
    if m:
        try:
            base = datetime.datetime(d.year, int(m.group(2)), int(m.group(1)), d.hour, d.minute)
            d = base + datetime.timedelta(days=rng.randint(0, 1))
        except ValueError:
            pass
    if d.year > 2019:
        d = d.replace(year=2019, month=12, day=31)
    return d


def rand_date(rng, year=None):
    if year:
        start = datetime.datetime(year, 1, 1, 6, 0)
        span = 360
    else:
        start = datetime.datetime(2016, 1, 1, 6, 0)
        span = 1460
    return start + datetime.timedelta(days=rng.randrange(0, span), minutes=rng.randrange(0, 15 * 60))


def weekday(d):
    return WD[d.weekday()]


TOPIC_CAPTIONS = [
    (("thi", "thí sinh", "học sinh", "sinh viên", "trường", "giáo viên"),
     ["Thí sinh làm thủ tục trước giờ thi.", "Học sinh vùng cao trong giờ học.",
      "Tình nguyện viên hỗ trợ thí sinh tại điểm thi.", "Giờ tan trường ở một trường học trong tỉnh."]),
    (("lúa", "nông dân", "vườn", "cà phê", "nông nghiệp", "trái cây", "thu hoạch"),
     ["Bà con nông dân thu hoạch lúa trên cánh đồng mẫu lớn.", "Vườn cây ăn trái đang vào mùa thu hoạch.",
      "Cán bộ khuyến nông hướng dẫn bà con chăm sóc cây trồng."]),
    (("cháy", "tai nạn", "công an", "điều tra", "bắt", "tử vong", "nổ", "xe"),
     ["Lực lượng chức năng có mặt tại hiện trường.", "Hiện trường vụ việc.",
      "Cơ quan công an khám nghiệm hiện trường."]),
    (("bệnh", "bác sĩ", "y tế", "bệnh viện", "sức khỏe", "sức khoẻ"),
     ["Cán bộ y tế khám bệnh cho người dân.", "Bệnh nhân được chăm sóc tại bệnh viện tuyến tỉnh."]),
    (("biển", "ngư dân", "tàu", "cá", "đảo"),
     ["Ghe thuyền neo đậu tại cửa biển.", "Ngư dân chuẩn bị ngư lưới cụ cho chuyến ra khơi."]),
    (("hội nghị", "Quốc hội", "đại biểu", "lãnh đạo", "Bộ trưởng", "Chính phủ", "UBND"),
     ["Các đại biểu dự hội nghị.", "Quang cảnh buổi làm việc.", "Toàn cảnh phiên họp."]),
    (("bóng đá", "World Cup", "cầu thủ", "đội tuyển", "thể thao", "giải"),
     ["Người hâm mộ cổ vũ tại một quán cà phê trong tỉnh.", "Khoảnh khắc thi đấu trên sân."]),
    (("du lịch", "du khách", "lễ hội", "văn hóa", "văn hoá"),
     ["Du khách tham quan, chụp ảnh lưu niệm.", "Một tiết mục văn nghệ tại lễ hội."]),
    (("trẻ em", "gia đình", "mẹ", "con"),
     ["Niềm vui của các em nhỏ.", "Khoảnh khắc sum vầy của một gia đình."]),
    (("doanh nghiệp", "công ty", "thị trường", "giá", "tỷ đồng", "tỉ đồng", "kinh doanh"),
     ["Người dân mua sắm tại chợ trung tâm.", "Sản phẩm được trưng bày tại hội chợ."]),
    (("đường", "cầu", "giao thông", "công trình", "dự án"),
     ["Công trình đang trong giai đoạn thi công.", "Tuyến đường mới được đưa vào sử dụng."]),
]
NEUTRAL_CAPTIONS = ["Khoảnh khắc được phóng viên ghi lại.", "Hình ảnh ghi nhận tại địa phương.",
                    "Quang cảnh sự kiện."]


def topic_captions(text, rng):
    low = text.lower()
    scored = []
    for keys, caps in TOPIC_CAPTIONS:
        n = sum(len(re.findall(r"(?<!\w)" + re.escape(k.lower()) + r"(?!\w)", low)) for k in keys)
        if n:
            scored.append((n, caps))
    scored.sort(key=lambda x: -x[0])
    out = []
    for _, caps in scored[:2]:
        caps = caps[:]
        rng.shuffle(caps)
        out += caps
    return out + NEUTRAL_CAPTIONS


def entities(sents):
    text = " ".join(sents)
    nm = r"[A-ZĐ][^\s,.;:()\"“”'?!]*"
    persons = re.findall(r"(?:ông|bà|anh|chị)\s+(" + nm + r"(?:\s" + nm + r"){1,3})(?!\s?[A-ZĐ])", text)
    places = re.findall(r"((?:tỉnh|huyện|xã|thị xã|thành phố|phường|thị trấn)\s+" + nm + r"(?:\s" + nm
                        + r"){0,2}(?:\s-\s" + nm + r")?)(?!\s?[A-ZĐ])(?!\s-)", text)
    return list(OrderedDict.fromkeys(persons)), list(OrderedDict.fromkeys(places))


def make_captions(rng, sents, title, n):
    persons, places = entities(sents)
    pool = []
    for p in persons[:3]:
        pool.append(rng.choice([f"{p} trao đổi với phóng viên.", f"{p} (đứng giữa) cùng các đại biểu.",
                                f"{p} tại buổi làm việc.", f"Chân dung {p}."]))
    for p in places[:3]:
        pool.append(rng.choice([f"Một góc {p}.", f"Quang cảnh tại {p}.", f"Người dân {p} tham gia buổi lễ.",
                                f"Toàn cảnh {p} nhìn từ trên cao."]))
    rng.shuffle(pool)
    pool = pool[:2] + topic_captions(" ".join(sents) + " " + title, rng)
    bad = {norm(s) for s in sents} | {norm(title)}
    out = []
    for c in pool:
        if norm(c) not in bad and c not in out:
            out.append(c)
        if len(out) >= n:
            break
    return out


def teaser_of(article, rng, hard=160):
    t, _ = detok(article)
    ss = split_sentences(t)
    first = ss[0] if ss else t
    if len(first) > hard + 60 or not re.search(r"[.!?…]$", first):
        cut = first[:hard]
        cut = cut[:cut.rfind(" ")] if " " in cut else cut
        first = cut.rstrip(",;: ") + "..."
    return first


# --------------------------------------------------------------------------
# page assembly
# --------------------------------------------------------------------------

class Ctx:
    def __init__(self, row, k, title, sents, related):
        self.row, self.k, self.title, self.sents = row, k, title, sents
        self.rng = R(row, "layout")
        self.date = story_date(R(row, "date"), sents)
        self.today = self.date + datetime.timedelta(days=R(row, "today").randint(0, 4))
        self.related = related
        self.caps = make_captions(R(row, "caption"), sents, title, 4)
        self.paras = []
        self.glued = 0

    def group(self, lo, hi):
        rng = R(self.row, "paragraphs")
        paras, i = [], 0
        s = self.sents
        while i < len(s):
            n = rng.randint(lo, hi)
            paras.append(list(s[i:i + n]))
            i += n
        self.paras = paras
        return paras

    def cap(self, i):
        return self.caps[i % len(self.caps)] if self.caps else "Quang cảnh sự kiện."

    def rel(self, n):
        return self.related[:n]


def interleave(paras, inserts):
    out = []
    for i, p in enumerate(paras):
        out.append(("b", p))
        for e in inserts.get(i, []):
            out.append(e)
    return out


def spread(n_paras, wanted, rng, first=0):
    """positions (after paragraph index) for inside furniture, never after the last paragraph"""
    cand = list(range(first, max(first, n_paras - 1)))
    rng.shuffle(cand)
    return sorted(cand[:wanted])


# each layout returns a list of entries: ("u", line) | ("b", [items]) | (kind, line)

def L_phusa(c):  # Mekong provincial party paper
    r = c.rng
    paras = c.group(1, 3)
    e = [("u", "Báo Phù Sa Sông Tiền"),
         ("widget", "Trang chủ | Thời sự | Chính trị | Kinh tế | Xã hội | Nông nghiệp | Văn hóa | Thể thao | Bạn đọc"),
         ("widget", "{}, {}".format(weekday(c.today), ddmmyyyy(c.today))),
         ("widget", "Trang chủ » " + r.choice(["Xã hội", "Kinh tế", "Thời sự", "Nông nghiệp - Nông thôn"])),
         ("u", c.title),
         ("u", f"{weekday(c.date)}, {ddmmyyyy(c.date)} - {hhmm(c.date)}")]
    ins = {}
    for j, pos in enumerate(spread(len(paras), 2, r)):
        ins[pos] = [("caption", c.cap(j)), ("credit", "Ảnh: " + full_name(r).upper())]
    e += interleave(paras, ins)
    e += [("byline", short_name(r).upper()),
          ("widget", "Chia sẻ"), ("widget", "In bài"),
          ("widget", "Tin liên quan")]
    e += [("related", "- " + t) for t, _ in c.rel(r.randint(3, 5))]
    e += [("widget", "BÁO PHÙ SA SÔNG TIỀN - CƠ QUAN CỦA ĐẢNG BỘ TỈNH"),
          ("widget", "Tổng biên tập: " + full_name(r)),
          ("widget", "Địa chỉ: 14 đường Bờ Kênh, phường 3, TP. Sa Đình"),
          ("widget", "© Bản quyền thuộc Báo Phù Sa Sông Tiền. Ghi rõ nguồn khi phát hành lại thông tin từ website này.")]
    return e


def L_kenhngang_tv(c):  # provincial radio-TV, Mekong
    r = c.rng
    paras = c.group(1, 2)
    a, b = short_name(r), short_name(r)
    e = [("widget", "TRUYỀN HÌNH TRỰC TIẾP"), ("widget", "Phát thanh | Truyền hình | Tin tức | Chuyên mục | Lịch phát sóng"),
         ("u", "Đài Phát thanh - Truyền hình Kênh Ngang"),
         ("widget", "Tin tức - Sự kiện"),
         ("u", c.title),
         ("u", f"Cập nhật lúc {hhmm(c.date)}, {ddmmyyyy(c.date)}"),
         ("widget", "00:00 / 0" + str(r.randint(1, 4)) + ":" + str(r.randint(10, 59))),
         ("widget", "Bấm để xem video"),
         ("caption", "Video: " + c.cap(0).rstrip(".")),]
    e += interleave(paras, {})
    e += [("byline", f"{a} - {b}"),
          ("widget", "Các tin khác")]
    e += [("related", f"{t} ({ddmmyyyy(c.date - datetime.timedelta(days=i + 1))})") for i, (t, _) in enumerate(c.rel(r.randint(4, 6)))]
    e += [("widget", "Đường dây nóng: 0290 3826 " + str(r.randint(100, 999))),
          ("widget", "Giấy phép số 213/GP-BTTTT. Chịu trách nhiệm: Giám đốc " + full_name(r))]
    return e


def L_district(c):  # district portal, Mekong
    r = c.rng
    paras = c.group(2, 4)
    e = [("u", "CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TÂN PHƯỚC ĐÔNG"),
         ("widget", "Giới thiệu | Tin tức - Sự kiện | Văn bản | Thủ tục hành chính | Hỏi đáp"),
         ("widget", "Tin tức - Sự kiện > Tin hoạt động"),
         ("u", c.title),
         ("u", f"Ngày đăng: {ddmmyyyy(c.date)}"),
         ("widget", f"Lượt xem: {r.randint(80, 2400)}")]
    ins = {}
    if len(paras) > 1:
        ins[0] = [("caption", c.cap(0) + " (Ảnh: " + short_name(r) + ")")]
    e += interleave(paras, ins)
    e += [("byline", f"{short_name(r)} (Trung tâm VH-TT&TT huyện)"),
          ("widget", "Các tin đã đưa")]
    e += [("related", f"{t} ({ddmmyyyy(c.date - datetime.timedelta(days=3 * i + 2))})") for i, (t, _) in enumerate(c.rel(r.randint(3, 6)))]
    e += [("widget", "Cơ quan chủ quản: Ủy ban nhân dân huyện Tân Phước Đông"),
          ("widget", f"Điện thoại: 0273.3851.{r.randint(100, 999)} - Email: ubnd@tanphuocdong.gov.vn"),
          ("widget", "Ghi rõ nguồn \"Cổng thông tin điện tử huyện Tân Phước Đông\" khi phát hành lại thông tin từ website này.")]
    return e


def L_caonguyen(c):  # Central Highlands paper
    r = c.rng
    paras = c.group(1, 3)
    name = r.choice(HL)
    e = [("u", "Báo Cao Nguyên Đất Đỏ"),
         ("widget", "Chính trị Kinh tế Xã hội Dân tộc - Miền núi Văn hóa Pháp luật Thể thao"),
         ("u", c.title),
         ("byline", "Bài và ảnh: " + name),
         ("u", f"{ddmmyyyy(c.date)}, {hhmm(c.date)}"),
         ("widget", "Chia sẻ Facebook Zalo")]
    ins = {}
    for j, pos in enumerate(spread(len(paras), 2, r)):
        ins[pos] = [("caption", c.cap(j) + " Ảnh: " + initials(name)) ]
    e += interleave(paras, ins)
    kws = [w for w in re.findall(r"[A-ZĐ]\w+(?: [A-ZĐ]\w+)+", " ".join(c.sents))][:3]
    e += [("widget", "Từ khóa: " + ", ".join(kws or ["Tây Nguyên", "nông thôn mới"])),
          ("widget", "Tin cùng chuyên mục")]
    e += [("related", f"{i + 1}. {t}") for i, (t, _) in enumerate(c.rel(r.randint(3, 5)))]
    e += [("widget", "Báo Cao Nguyên Đất Đỏ - Cơ quan của Đảng bộ tỉnh"),
          ("widget", "Tòa soạn: 37 Phan Bội Châu, TP. Buôn Rơ Ka")]
    return e


def L_bienthuy(c):  # northern mountain
    r = c.rng
    paras = c.group(2, 3)
    e = [("widget", f"Hôm nay: {weekday(c.today)}, {ddmmyyyy(c.today)}"),
         ("u", "BÁO BIÊN THÙY TÂY BẮC"),
         ("widget", "Thời sự | Biên giới | Dân tộc - Tôn giáo | Kinh tế | Du lịch | Video"),
         ("u", c.title),
         ("byline", r.choice(NM)),
         ("u", f"{hhmm(c.date)} {ddmmyyyy(c.date)}")]
    ins = {}
    pos = spread(len(paras), 2, r)
    if pos:
        ins[pos[0]] = [("caption", c.cap(0))]
    rl = c.rel(5)
    if len(pos) > 1 and rl:
        ins.setdefault(pos[1], []).append(("related", "Xem thêm: " + rl[0][0]))
        rl = rl[1:]
    e += interleave(paras, ins)
    e += [("widget", "Quảng cáo"), ("widget", "Tin khác")]
    e += [("related", "• " + t) for t, _ in rl[:4]]
    e += [("widget", "Liên hệ quảng cáo: 0214 3822 " + str(r.randint(100, 999))),
          ("widget", "Bản quyền © 2016 Báo Biên Thùy Tây Bắc")]
    return e


def L_cuadai(c):  # central coast
    r = c.rng
    paras = c.group(1, 3)
    e = [("u", "Sóng Cửa Đại Online"),
         ("widget", "Trang chủ / " + r.choice(["Xã hội", "Kinh tế", "Biển đảo", "Đời sống"])),
         ("u", c.title),
         ("u", f"{weekday(c.date)}, {ddmmyyyy(c.date)} | {hhmm(c.date)} (GMT+7)"),
         ("widget", "A- A A+"), ("widget", "In bài viết")]
    ins = {}
    for j, pos in enumerate(spread(len(paras), 1, r, 1)):
        ins[pos] = [("caption", c.cap(j) + " Ảnh: " + short_name(r).upper())]
    e += interleave(paras, ins)
    e += [("byline", short_name(r).upper() + " - " + short_name(r).upper()),
          ("widget", "Bình luận (0)"), ("widget", "Gửi bình luận"),
          ("widget", "TIN CÙNG CHUYÊN MỤC")]
    for t, a in c.rel(r.randint(2, 4)):
        e += [("related", t), ("related", a)]
    e += [("widget", "Sóng Cửa Đại Online - Cơ quan của Tỉnh ủy"),
          ("widget", "Hotline: 0905 118 " + str(r.randint(100, 999)))]
    return e


def L_muidat_mobile(c):  # mobile scrape, Mekong
    r = c.rng
    paras = c.group(1, 2)
    e = [("widget", "☰"), ("u", "Mũi Đất Online"), ("widget", "Tìm kiếm"),
         ("u", c.title),
         ("u", f"{ddmmyyyy(c.date)} {hhmm(c.date)}"),
         ("widget", f"{r.randint(2, 7)} phút đọc")]
    e += interleave(paras, {0: [("caption", c.cap(0))]} if len(paras) > 2 else {})
    e += [("byline", "Theo Mũi Đất Online"),
          ("widget", "#" + r.choice(["nongthon", "thoisu", "xahoi", "cuulong"]) + " #" + r.choice(["muidat", "dongbang", "tintuc"])),
          ("widget", f"Thích {r.randint(1, 90)} | Chia sẻ {r.randint(0, 20)}")]
    rl = c.rel(3)
    if rl:
        e += [("related", "Đọc thêm: " + " | ".join(t for t, _ in rl))]
    e += [("widget", "Về đầu trang"), ("widget", "Phiên bản máy tính")]
    return e


def L_doithong_radio(c):  # Highlands radio-TV with audio
    r = c.rng
    paras = c.group(2, 4)
    e = [("u", "Đài PT-TH Đồi Thông"),
         ("widget", "Trang chủ > Tin tức > " + r.choice(["Thời sự", "Kinh tế", "Xã hội"])),
         ("u", c.title),
         ("u", f"{ddmmyyyy(c.date)} - {hhmm(c.date)}"),
         ("widget", "Nghe bài viết"), ("widget", "Giọng đọc: " + r.choice(["Nữ miền Bắc", "Nam miền Nam", "Nữ miền Nam"])),
         ("widget", "0:00")]
    e += interleave(paras, {})
    e += [("byline", f"PV: {short_name(r)} - BTV: {short_name(r)}"),
          ("credit", "Nguồn: Đài PT-TH Đồi Thông"),
          ("widget", "Lượt xem: " + str(r.randint(100, 5000))),
          ("widget", "Tin mới hơn")]
    rl = c.rel(6)
    e += [("related", t) for t, _ in rl[:3]]
    if len(rl) > 3:
        e += [("widget", "Tin cũ hơn")] + [("related", t) for t, _ in rl[3:]]
    e += [("widget", "Lịch phát sóng | Nghe trực tuyến | Liên hệ")]
    return e


def L_songda(c):  # northern party paper, signature at end
    r = c.rng
    paras = c.group(1, 3)
    e = [("u", "Báo Lưu Vực Sông Đà"),
         ("widget", "Đăng nhập | Đăng ký"),
         ("widget", "Chính trị"),
         ("u", c.title),
         ("u", f"Ngày {c.date.day} tháng {c.date.month} năm {c.date.year}")]
    ins = {}
    p = spread(len(paras), 1, r)
    if p:
        ins[p[0]] = [("credit", "Ảnh: " + r.choice(NM)), ("caption", c.cap(0))]
    e += interleave(paras, ins)
    e += [("byline", full_name(r)), ("byline", "Theo Báo Dân Tộc Miền Núi"),
          ("widget", "Gửi phản hồi | In | Lên đầu trang"),
          ("widget", "Các tin bài khác:")]
    e += [("related", f"+ {t}") for t, _ in c.rel(r.randint(3, 5))]
    e += [("widget", "Giấy phép hoạt động số 47/GP-BTTTT")]
    return e


def L_anh_mientrung(c):  # photo-heavy central coast magazine
    r = c.rng
    paras = c.group(1, 2)
    phot = full_name(r)
    e = [("u", "Ảnh Miền Trung Nắng Gió"),
         ("widget", "Phóng sự ảnh"),
         ("u", c.title),
         ("byline", "Ảnh: " + phot + " - Bài: " + short_name(r)),
         ("u", ddmmyyyy(c.date))]
    ins = {}
    for j, pos in enumerate(spread(len(paras), 3, r)):
        ins[pos] = [("widget", "Phóng to"), ("caption", c.cap(j))]
    e += interleave(paras, ins)
    e += [("widget", f"Ảnh {len(ins)}/{len(ins) + r.randint(4, 9)}"),
          ("widget", "Xem tiếp phóng sự ảnh")]
    e += [("related", t) for t, _ in c.rel(r.randint(2, 4))]
    e += [("widget", "Tạp chí Ảnh Miền Trung Nắng Gió - Tòa soạn: 08 Trần Phú, TP. Hòn Nước")]
    return e


def L_asp_old(c):  # old-fashioned provincial portal
    r = c.rng
    paras = c.group(2, 4)
    ampm = "AM" if c.date.hour < 12 else "PM"
    h12 = c.date.hour % 12 or 12
    e = [("u", "Báo điện tử Kênh Rạch Quê Tôi"),
         ("widget", "Trang nhất :: Tin tức :: " + r.choice(["Xã hội", "Kinh tế", "Nông nghiệp"])),
         ("u", c.title),
         ("u", f"Cập nhật ngày: {c.date.day}/{c.date.month}/{c.date.year} {h12}:{c.date.minute:02d}:00 {ampm}"),
         ("widget", f"Số lần đọc: {r.randint(20, 900)}")]
    e += interleave(paras, {})
    e += [("byline", short_name(r)),
          ("widget", "[Trở về] [In trang] [Gửi email] [Về đầu trang]"),
          ("widget", "Các bài viết khác:")]
    e += [("related", f"- {t} ({c.date.day}/{c.date.month}/{c.date.year})") for t, _ in c.rel(r.randint(3, 6))]
    e += [("widget", "Số người truy cập: " + f"{r.randint(1000000, 9999999):,}".replace(",", "."))]
    return e


def L_chinrong_author(c):  # Mekong paper with author box
    r = c.rng
    paras = c.group(2, 3)
    name = full_name(r)
    e = [("u", "Đồng Bằng Chín Rồng"),
         ("widget", "Thời sự Kinh tế Nông nghiệp Văn hóa Pháp luật Bạn đọc Multimedia"),
         ("u", c.title),
         ("u", f"{hhmm(c.date)} | {weekday(c.date)}, {ddmmyyyy(c.date)}"),
         ("widget", "Theo dõi Đồng Bằng Chín Rồng trên Google News")]
    ins = {}
    p = spread(len(paras), 1, r)
    if p:
        ins[p[0]] = [("caption", c.cap(0) + " - Ảnh: " + initials(name))]
    e += interleave(paras, ins)
    e += [("byline", name), ("byline", r.choice(["Phóng viên Ban Kinh tế - Xã hội", "Phóng viên thường trú khu vực ven biển", "Biên tập viên Ban Thời sự"])),
          ("widget", "Báo in số " + str(r.randint(3000, 6000))),
          ("widget", "Bài viết liên quan")]
    for t, a in c.rel(r.randint(2, 3)):
        e += [("related", f"{t} - {a}")]
    e += [("widget", "Đồng Bằng Chín Rồng © 2016. Giấy phép số 101/GP-BTTTT")]
    return e


def L_dakro_portal(c):  # Highlands portal with language switch
    r = c.rng
    paras = c.group(1, 3)
    e = [("widget", "Tiếng Việt | Êđê | J'rai | Ba Na | English"),
         ("u", "Cổng thông tin Cao nguyên Đăk Rơ"),
         ("widget", "Trang chủ » Tin tức - Sự kiện » Kinh tế - Xã hội"),
         ("u", c.title),
         ("u", f"{ddmmyyyy(c.date)} {hhmm(c.date)}"),
         ("widget", "Cỡ chữ: A A A | In | Gửi")]
    ins = {}
    pos = spread(len(paras), 2, r)
    for j, q in enumerate(pos):
        ins[q] = [("caption", c.cap(j)), ("credit", "(Ảnh: " + r.choice(HL) + ")")]
    e += interleave(paras, ins)
    e += [("byline", r.choice(HL) + " - " + r.choice(HL)),
          ("widget", "Đánh giá bài viết: ★★★★★"),
          ("widget", "Tin liên quan:")]
    e += [("related", f"{t} - {ddmmyyyy(c.date - datetime.timedelta(days=i * 2 + 1))}") for i, (t, _) in enumerate(c.rel(r.randint(3, 5)))]
    e += [("widget", "Cơ quan chủ quản: Văn phòng UBND tỉnh. Trưởng Ban biên tập: " + full_name(r))]
    return e


def L_bienxanh_tour(c):  # central coast tourism with pull quote
    r = c.rng
    paras = c.group(1, 3)
    e = [("u", "Biển Xanh Duyên Hải"),
         ("widget", "Du lịch"),
         ("u", c.title),
         ("u", f"{ddmmyyyy(c.date)} - {hhmm(c.date)}"),
         ("byline", short_name(r))]
    ins = {}
    pos = spread(len(paras), 2, r)
    if pos:
        ins[pos[0]] = [("caption", c.cap(0) + " (Ảnh: " + short_name(r) + ")")]
    longs = [s for s in c.sents if "," in s and len(s.split(",")[0].split()) >= 6]
    if len(pos) > 1 and longs:
        q = longs[0].split(",")[0].strip()
        ins.setdefault(pos[1], []).append(("widget", "“" + q + "...”"))
    e += interleave(paras, ins)
    rl = c.rel(4)
    e += [("widget", "Thông tin tour: 0235 3999 " + str(r.randint(100, 999))),
          ("widget", "Có thể bạn quan tâm")]
    for t, a in rl[:3]:
        e += [("related", f"{t}: {a}")]
    e += [("widget", "Biển Xanh Duyên Hải - Chuyên trang du lịch")]
    return e


def L_taynguyen_info(c):  # Highlands with infographic
    r = c.rng
    paras = c.group(1, 3)
    e = [("u", "Tây Nguyên Mới"),
         ("widget", "Đời sống - Xã hội"),
         ("u", c.title),
         ("u", f"{weekday(c.date)} {ddmmyyyy(c.date)} {hhmm(c.date)}"),
         ("byline", f"{short_name(r).upper()} - {short_name(r).upper()}")]
    ins = {}
    pos = spread(len(paras), 1, r, 1)
    if pos:
        ins[pos[0]] = [("widget", "INFOGRAPHIC"),
                       ("caption", r.choice(["Một số số liệu chính trong bài.", "Những con số đáng chú ý.", "Diễn biến chính của sự việc."])),
                       ("credit", "Đồ họa: " + short_name(r))]
    e += interleave(paras, ins)
    e += [("widget", "Tags: " + r.choice(["Tây Nguyên", "nông nghiệp", "đời sống"]) + ", " + r.choice(["dân sinh", "thời sự", "địa phương"])),
          ("widget", "Bài cùng chuyên mục")]
    e += [("related", f"{t} ({hhmm(c.date)} {ddmmyyyy(c.date - datetime.timedelta(days=i + 1))})") for i, (t, _) in enumerate(c.rel(r.randint(2, 5)))]
    return e


def L_muongkhoa_portal(c):  # northern district portal with sidebars
    r = c.rng
    paras = c.group(2, 4)
    e = [("u", "Cổng Thông tin điện tử huyện Mường Khoa"),
         ("widget", f"Thời tiết Mường Khoa: {r.randint(14, 31)}°C"),
         ("widget", "Tin tức - Sự kiện / Hoạt động của huyện"),
         ("u", c.title),
         ("u", f"Thời gian đăng: {ddmmyyyy(c.date)}"),]
    e += interleave(paras, {})
    e += [("byline", "Tác giả: " + r.choice(NM)), ("credit", "Nguồn: Phòng Văn hóa - Thông tin huyện"),
          ("widget", "Văn bản mới"),
          ("widget", f"Quyết định số {r.randint(100, 999)}/QĐ-UBND về việc ban hành kế hoạch năm {c.date.year}"),
          ("widget", "Lịch công tác tuần"),
          ("widget", "Tin khác")]
    e += [("related", t) for t, _ in c.rel(r.randint(2, 5))]
    e += [("widget", "Liên kết website: --- Chọn liên kết ---"),
          ("widget", "Đang truy cập: " + str(r.randint(5, 80)) + " | Tổng lượt truy cập: " + str(r.randint(100000, 900000)))]
    return e


def L_vungcao_tv(c):  # video-first radio-TV, northern mountains
    r = c.rng
    paras = c.group(1, 2)
    e = [("u", "Truyền hình Vùng Cao"),
         ("widget", "Video | Thời sự | Phóng sự | Tiếng dân tộc"),
         ("u", c.title),
         ("widget", "Thời lượng: 0" + str(r.randint(1, 5)) + ":" + f"{r.randint(0, 59):02d}"),
         ("caption", c.cap(0)),
         ("credit", "Video: " + short_name(r)),
         ("u", f"{ddmmyyyy(c.date)} | {hhmm(c.date)}")]
    e += interleave(paras, {})
    e += [("byline", "Phóng sự: " + short_name(r) + " - " + short_name(r)),
          ("widget", f"{r.randint(100, 9000)} lượt xem"),
          ("widget", "Video khác")]
    e += [("related", f"▶ {t}") for t, _ in c.rel(r.randint(3, 5))]
    e += [("widget", "Tải ứng dụng Vùng Cao TV trên App Store và Google Play")]
    return e


def L_tuoixanh_comments(c):  # Mekong youth paper with comments
    r = c.rng
    paras = c.group(1, 3)
    e = [("u", "Tuổi Xanh Miền Tây"),
         ("widget", "Tin tức | Đoàn - Hội | Giáo dục | Việc làm | Giải trí"),
         ("u", c.title),
         ("byline", short_name(r)),
         ("u", f"{ddmmyyyy(c.date)} {hhmm(c.date)}")]
    ins = {}
    p = spread(len(paras), 1, r)
    if p:
        ins[p[0]] = [("caption", c.cap(0)), ("credit", "Ảnh: " + initials(full_name(r)))]
    e += interleave(paras, ins)
    rl = c.rel(4)
    if rl:
        e += [("related", "Xem thêm: " + rl[0][0])]
    n = r.randint(1, 3)
    e += [("widget", f"Bình luận ({n})")]
    for _ in range(n):
        e += [("widget", full_name(r) + " - " + str(r.randint(1, 23)) + " giờ trước"),
              ("widget", r.choice(["Bài viết rất thiết thực, cảm ơn phóng viên.", "Mong chính quyền sớm quan tâm giải quyết.",
                                   "Thông tin hữu ích cho bà con.", "Đọc xong thấy ấm lòng."])),
              ("widget", "Trả lời | Thích")]
    e += [("widget", "Đọc nhiều")] + [("related", t) for t, _ in rl[1:]]
    return e


def L_deongang_print(c):  # central coast printer-friendly page
    r = c.rng
    paras = c.group(2, 4)
    slug = "tin-" + str(c.row) + "-" + str(r.randint(10000, 99999))
    e = [("widget", "Bản in"),
         ("u", "Báo Đèo Ngang điện tử"),
         ("widget", f"Địa chỉ bài viết: https://deongang-online.vn/xa-hoi/{slug}.html"),
         ("u", c.title),
         ("u", f"Ngày đăng: {ddmmyyyy(c.date)} {hhmm(c.date)}"),
         ("byline", "Tác giả: " + full_name(r))]
    e += interleave(paras, {})
    e += [("widget", "Đóng cửa sổ"), ("widget", "In bài này")]
    return e


def L_cuulong24(c):  # regional news wire style
    r = c.rng
    paras = c.group(1, 3)
    e = [("u", "Tin Cửu Long 24h"),
         ("widget", "Mới nhất | Đồng bằng | Kinh tế | Pháp luật | Thế giới"),
         ("widget", r.choice(["Đồng bằng", "Kinh tế", "Pháp luật"])),
         ("u", c.title),
         ("widget", "Lưu bài"),
         ("u", f"{weekday(c.date)}, {c.date.day}/{c.date.month}/{c.date.year}, {hhmm(c.date)} (GMT+7)")]
    ins = {}
    p = spread(len(paras), 1, r)
    rl = c.rel(5)
    if p:
        ins[p[0]] = [("caption", c.cap(0) + " Ảnh: " + short_name(r))]
    e += interleave(paras, ins)
    e += [("byline", "(TCL24)"),
          ("widget", "Chia sẻ | Bình luận | Lưu"),
          ("widget", "Tin cùng chủ đề")]
    e += [("related", f"{t} — {a}") for t, a in rl[:2]]
    e += [("related", t) for t, _ in rl[2:]]
    e += [("widget", "Thông tin tòa soạn | Liên hệ quảng cáo | Điều khoản sử dụng"),
          ("widget", "Email: toasoan@tincuulong24.vn")]
    return e


def L_dongthap_radio_page(c):  # Mekong radio-TV text article, byline at top, date at bottom
    r = c.rng
    paras = c.group(1, 2)
    e = [("u", "PTTH Sen Hồng"),
         ("widget", "Tin tức | Phát thanh | Truyền hình | Nông nghiệp sạch"),
         ("u", c.title),
         ("byline", short_name(r).upper() + " (PT-TH Sen Hồng)")]
    ins = {}
    p = spread(len(paras), 2, r)
    for j, q in enumerate(p):
        ins[q] = [("caption", c.cap(j))]
    e += interleave(paras, ins)
    e += [("u", f"Đăng lúc: {hhmm(c.date)} ngày {ddmmyyyy(c.date)}"),
          ("widget", "Chia sẻ: Facebook | Zalo | Twitter"),
          ("widget", "TIN LIÊN QUAN")]
    e += [("related", f"» {t}") for t, _ in c.rel(r.randint(3, 5))]
    e += [("widget", "Đài Phát thanh và Truyền hình Sen Hồng - Số 1 đường Sen Hồng, TP. Cao Lãnh Mới")]
    return e


LAYOUTS = [L_phusa, L_kenhngang_tv, L_district, L_caonguyen, L_bienthuy, L_cuadai, L_muidat_mobile,
           L_doithong_radio, L_songda, L_anh_mientrung, L_asp_old, L_chinrong_author, L_dakro_portal,
           L_bienxanh_tour, L_taynguyen_info, L_muongkhoa_portal, L_vungcao_tv, L_tuoixanh_comments,
           L_deongang_print, L_dongthap_radio_page]


# --------------------------------------------------------------------------
# faults
# --------------------------------------------------------------------------

def nbsp(s, rng, p=0.25):
    parts = s.split(" ")
    if len(parts) < 3:
        return s
    out = parts[0]
    for w in parts[1:]:
        out += ("\u00a0" if rng.random() < p else " ") + w
    return out


def zwsp(s, rng):
    words = [i for i, w in enumerate(s.split(" ")) if len(w) >= 4 and w.isalpha()]
    if not words:
        return s
    parts = s.split(" ")
    i = rng.choice(words)
    w = parts[i]
    k = rng.randint(1, len(w) - 1)
    parts[i] = w[:k] + "\u200b" + w[k:]
    return " ".join(parts)


def dbl(s, rng):
    idx = [m.start() for m in re.finditer(" ", s)]
    if not idx:
        return s
    i = rng.choice(idx)
    return s[:i] + "  " + s[i + 1:]


def glue_paras(paras, rng):
    cands = [(i, j) for i, p in enumerate(paras) for j in range(len(p) - 1)
             if p[j].endswith(".") and p[j + 1][:1].isupper()]
    if not cands:
        return False
    i, j = rng.choice(cands)
    p = paras[i]
    paras[i] = p[:j] + [p[j] + p[j + 1]] + p[j + 2:]
    return True


# --------------------------------------------------------------------------
# contract
# --------------------------------------------------------------------------

def check(page, title, related_strings):
    text, body, fur = page.text, page.body, page.furniture
    if not text or not body:
        raise ValueError("empty page")
    lines = text.split("\n")
    for k, f in fur:
        if k not in KINDS:
            raise ValueError("bad kind " + k)
    for b in body:
        if b not in text:
            raise ValueError("body item not in text")
    fi = bi = 0
    unl = []
    for line in lines:
        if not line or line != line.strip():
            raise ValueError("blank or unstripped line")
        if fi < len(fur) and fur[fi][1] == line:
            fi += 1
            continue
        hit = False
        for j in range(1, 5):
            if bi + j <= len(body) and " ".join(body[bi:bi + j]) == line:
                bi += j
                hit = True
                break
        if hit:
            continue
        unl.append(line)
        if len(unl) > 3:
            raise ValueError("more than three unlabelled lines: %r" % unl)
    if fi != len(fur) or bi != len(body):
        raise ValueError("walk did not use up body/furniture")
    if len(set(unl)) != len(unl):
        raise ValueError("repeated unlabelled line")
    bodyn = set()
    for b in body:
        bodyn.add(norm(b))
        for s in split_sentences(re.sub(r"([.!?])(?=[A-ZĐÀ-Ỹ])", r"\1 ", unicodedata.normalize("NFC", b))):
            bodyn.add(norm(s))
    for _, f in fur:
        if norm(f) in bodyn:
            raise ValueError("furniture equals a body sentence: %r" % f)
    for u in unl:
        if norm(u) in bodyn:
            raise ValueError("unlabelled line equals a body sentence")
    tn = norm(title)
    for s in related_strings:
        if norm(s) == tn or norm(s) in bodyn:
            raise ValueError("related equals title/body")


# --------------------------------------------------------------------------
# driver
# --------------------------------------------------------------------------

def build(row, k, title_raw, article, rel_pool):
    title, _ = detok(title_raw)
    sents = story_sentences(title, article)
    if len(sents) < 3:
        return None, None
    bodyn = {norm(s) for s in sents} | {norm(title)}
    rr = R(row, "related")
    pool = [p for p in rel_pool if norm(p[0]) not in bodyn and norm(p[1]) not in bodyn]
    rel = rr.sample(pool, min(len(pool), 6)) if pool else []
    c = Ctx(row, k, title, sents, rel)
    layout = LAYOUTS[k % len(LAYOUTS)]
    fr = R(row, "fault")
    faults = []
    if fr.random() < 0.27:
        faults = fr.sample(["nbsp", "zwsp", "dbl", "glue", "nfd"], fr.choice([1, 1, 2]))
    # layouts call c.group(); glue must happen on those paragraphs, so wrap group
    orig_group = c.group

    def group(lo, hi):
        ps = orig_group(lo, hi)
        if "glue" in faults and not glue_paras(ps, fr):
            faults.remove("glue")
        return ps
    c.group = group
    entries = layout(c)
    # apply character faults: each chosen fault hits 1-3 places (body items or non-blank lines)
    entries = [(k2, list(v) if k2 == "b" else v) for k2, v in entries]
    slots = []  # (entry index, item index or None)
    for ei, (kind, val) in enumerate(entries):
        if kind == "b":
            slots += [(ei, ii) for ii in range(len(val))]
        else:
            slots.append((ei, None))

    def get(sl):
        ei, ii = sl
        return entries[ei][1][ii] if ii is not None else entries[ei][1]

    def put(sl, v):
        ei, ii = sl
        if ii is None:
            entries[ei] = (entries[ei][0], v)
        else:
            entries[ei][1][ii] = v
    for f, fn in (("nbsp", nbsp), ("zwsp", zwsp), ("dbl", dbl)):
        if f not in faults:
            continue
        cand = [sl for sl in slots if get(sl).count(" ") >= 3]
        if f == "dbl":  # doubled space: furniture lines mostly, never on title/date/site line
            cand = [sl for sl in cand if entries[sl[0]][0] != "u"]
        fr.shuffle(cand)
        for sl in cand[:fr.randint(1, 3)]:
            put(sl, fn(get(sl), fr))
    out_lines, body, fur = [], [], []
    for kind, val in entries:
        if kind == "b":
            body += val
            out_lines.append(" ".join(val))
        else:
            out_lines.append(val)
            if kind != "u":
                fur.append((kind, val))
    text = "\n".join(out_lines)
    if "nfd" in faults:
        nf = lambda s: unicodedata.normalize("NFD", s)
        text, body, fur = nf(text), [nf(b) for b in body], [(k2, nf(l)) for k2, l in fur]
    page = Page(text, body, fur, f"{k % len(LAYOUTS):02d}_{layout.__name__[2:]}")
    related_strings = [t for t, _ in rel] + [a for _, a in rel]
    check(page, title, related_strings)
    return page, faults


def prepare_related(related):
    pool = []
    for row, t, a, _ in related:
        title, _ = detok(t)
        teaser = teaser_of(a, R(row, "teaser"))
        if title and teaser and norm(title) != norm(teaser):
            pool.append((title, teaser))
    return pool


_FAULTS = {}


def pages(path):
    body_rows, related = read_rows(path)
    pool = prepare_related(related)
    out = []
    _FAULTS.clear()
    for k, (row, t, a) in enumerate(body_rows):
        p, faults = build(row, k, t, a, pool)
        if p is not None:
            out.append(p)
            _FAULTS[id(p)] = faults
    return out


def main(argv):
    if len(argv) < 2:
        print("usage: make.py vietnews_train.jsonl.gz")
        return 2
    ps = pages(argv[1])
    tab = OrderedDict()
    for p in ps:
        t = tab.setdefault(p.layout, Counter())
        t["pages"] += 1
        t["body"] += len(p.body)
        for k, _ in p.furniture:
            t[k] += 1
        fl = _FAULTS.get(id(p), [])
        if fl:
            t["faulty"] += 1
        for f in fl:
            t["f_" + f] += 1
    cols = ["pages", "body"] + list(KINDS) + ["faulty"]
    print(f"{'layout':28}" + "".join(f"{c:>9}" for c in cols) + "  faults")
    tot = Counter()
    for name in sorted(tab):
        t = tab[name]
        tot.update(t)
        fs = ",".join(f"{k[2:]}={v}" for k, v in sorted(t.items()) if k.startswith("f_"))
        print(f"{name:28}" + "".join(f"{t[c]:>9}" for c in cols) + "  " + fs)
    fs = ",".join(f"{k[2:]}={v}" for k, v in sorted(tot.items()) if k.startswith("f_"))
    print(f"{'TOTAL':28}" + "".join(f"{tot[c]:>9}" for c in cols) + "  " + fs)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
