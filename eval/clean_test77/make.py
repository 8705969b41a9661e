#!/usr/bin/env python3
"""Held-out evaluation set `test77` for a cleaner of scraped Vietnamese news pages.

Theme: health and medicine news (invented hospital sites, health portals, medical columns).
Standard library only.  Usage:  python3 make.py /path/to/vietnews_train.jsonl.gz
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

SETNAME = "test77"
SEED = 7777
BODY_ROWS = range(19_900, 19_997)
RELATED_ROWS = range(14_900, 15_000)
KINDS = ("byline", "credit", "caption", "related", "widget")


class Page(NamedTuple):
    text: str
    body: List[str]
    furniture: List[Tuple[str, str]]
    layout: str


def R(row, purpose):
    return random.Random(f"{SETNAME}|{SEED}|{row}|{purpose}")


# ----------------------------------------------------------------------------- reading

def read_rows(path):
    """Stream the file once; return ({row: (title, article)} for body rows, same for related rows)."""
    body, related = {}, {}
    last = max(BODY_ROWS.stop, RELATED_ROWS.stop) - 1
    with gzip.open(str(path), "rb") as f:
        for i, raw in enumerate(f):
            if i > last:
                break
            in_body, in_rel = i in BODY_ROWS, i in RELATED_ROWS
            if not (in_body or in_rel):
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
            if not isinstance(t, str) or not isinstance(a, str) or not t.strip() or not a.strip():
                continue
            if in_body:
                body[i] = (t, a)
            else:
                related[i] = (t, a[:1200])
    return body, related


# ----------------------------------------------------------------------------- story text

def pair_quotes(s, q='"'):
    parts = s.split(q)
    if len(parts) > 1 and len(parts) % 2 == 1:  # even number of quotes: pair them
        for k in range(1, len(parts), 2):
            parts[k] = parts[k].strip()
        s = q.join(parts)
    return s


def tidy(s):
    s = re.sub(r"\s+([,.;:!?%…])", r"\1", s)
    s = re.sub(r"([(\[“‘])\s+", r"\1", s)
    s = re.sub(r"\s+([)\]”’])", r"\1", s)
    s = re.sub(r"(\S)\s+/\s+(\S)", r"\1/\2", s)
    s = re.sub(r" {2,}", " ", s)
    return s.strip()


def detok(s):
    s = unicodedata.normalize("NFC", s)
    s = s.replace("_", " ")
    s = re.sub(r"\s+", " ", s).strip()
    s = pair_quotes(s, '"')
    if re.search(r"(^|\s)'\s", s):
        s = pair_quotes(s, "'")
    return tidy(s)


def fix_sentence(s):
    """Re-pair quotes inside one sentence (for articles whose quote count is odd overall)."""
    if s.count('"') % 2 == 0 and re.search(r'"\s|\s"[,.;:!?…]', s):
        s = tidy(pair_quotes(s, '"'))
    return s


ABBR = {"tp", "ts", "gs", "pgs", "ths", "bs", "q", "p", "bsck", "bsckii", "bscki", "ck", "st", "mr", "mrs",
        "dr", "ks", "ncs", "ths.bs", "pgs.ts", "gs.ts", "ts.bs", "tt", "h", "tx", "no", "vs", "ltd", "co", "inc"}


def _is_abbr(word):
    w = word.lstrip('("“[').rstrip(".")
    if not w:
        return False
    if w.lower() in ABBR:
        return True
    if len(w) == 1 and w.isalpha():
        return True
    if re.fullmatch(r"(?:\w\.)+\w?", w + ".") and len(w) <= 12 and "." in w + ".":
        # dotted acronym such as U.S or PGS.TS
        if "." in w:
            return True
    return False


def split_sentences(text):
    balanced = text.count('"') % 2 == 0
    out, start, inq = [], 0, False
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch == '"':
            inq = not inq
            i += 1
            continue
        if ch in ".!?…":
            j = i
            while j < n and text[j] in ".!?…":
                j += 1
            k = j
            while k < n and text[k] in '"”’)]':
                if text[k] == '"':
                    inq = not inq
                k += 1
            if k < n and text[k] == " ":
                nxt = text[k + 1:k + 3]
                starts_up = bool(nxt) and (nxt[0].isupper() or nxt[0].isdigit() or
                                           (nxt[0] in '"“(' and len(nxt) > 1 and
                                            (nxt[1].isupper() or nxt[1].isdigit())))
                words = text[start:i].split()
                prev_word = words[-1] if words else ""
                abbr = j - i == 1 and text[i] == "." and _is_abbr(prev_word)
                if starts_up and not abbr and not (balanced and inq):
                    out.append(text[start:k].strip())
                    start = k + 1
            i = k
            continue
        i += 1
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return [s for s in out if s]


CAPTION_MARKS = ("ảnh:", "(ảnh", "video:", "clip:", "minh hoạ", "minh họa", "(trái)", "(phải)", "nguồn:",
                 "đồ hoạ", "đồ họa", "infographic", "photo:", "ảnh chụp màn hình", "(từ trái", "từ trái sang",
                 "trong ảnh", "ảnh tư liệu", "ảnh: ", "screenshot")
REPORT = ("cho biết", "nói", "khẳng định", "chia sẻ", "cho hay", "thông tin", "nhận định", "đánh giá",
          "phát biểu", "kể", "nhấn mạnh", "thừa nhận", "giải thích", "tiết lộ", "khuyến cáo", "thông báo",
          "xác nhận", "trả lời", "bày tỏ", "lưu ý", "đề nghị", "yêu cầu", "tâm sự", "theo ông", "theo bà",
          "khai", "cảnh báo", "dự báo", "công bố", "tuyên bố", "phản ánh", "trình bày", "nhận xét", "cho rằng",
          "đề xuất", "kiến nghị", "khuyên", "nêu rõ", "báo cáo", "nhớ lại", "thông tin thêm")
CONNECT = ("tuy nhiên", "trong khi đó", "ngoài ra", "bên cạnh đó", "trước đó", "sau đó", "đồng thời", "do đó",
           "vì vậy", "vì thế", "theo đó", "cùng với", "thế nhưng", "nhưng", "mặt khác", "hiện nay", "hiện",
           "tương tự", "trước đây", "sau khi", "trước khi", "thậm chí", "đặc biệt", "như vậy", "bởi", "vì",
           "nếu", "dù", "mặc dù", "kết quả", "cuối cùng", "trong đó", "còn", "cũng", "khi", "do", "ngay sau",
           "từ đó", "để", "theo", "riêng", "đến nay", "tính đến", "qua", "với", "tại", "sau", "trước", "trong")


def nkey(s):
    s = unicodedata.normalize("NFC", s)
    s = re.sub(r"[\u200b\u200c\u200d\u2060\ufeff]", "", s)
    s = re.sub(r"\s+", "", s)
    return s.casefold()


def keep_sentence(s, title_key, seen):
    low = s.lower()
    if any(m in low for m in CAPTION_MARKS):
        return False
    if s.count('"') % 2 or s.count("(") != s.count(")") or s.count("[") != s.count("]") \
            or s.count("“") != s.count("”"):
        return False
    if not re.search(r"[.!?…][\"”’)]?$", s):
        return False
    words = s.split()
    if ":" in " ".join(words[:6]):
        return False
    if re.search(r"[.!?…][\"”)]?\s+\(?Theo\s", s) or re.search(r"\(\s*Theo\s[^)]*\)\s*[.]?$", s):
        return False
    if re.search(r"[-–]\s*Theo\s+[A-ZĐ]\S*(\s+\S+){0,3}\s*\.?$", s):
        return False
    first = next((ch for ch in s if ch.isalpha() or ch.isdigit()), "")
    if not first or (first.isalpha() and first.islower()):
        return False
    if len(words) < 8 or len(words) > 110:
        return False
    if any(x in s for x in ("|", "•", "»")):
        return False
    k = nkey(s)
    if k in seen or k == title_key:
        return False
    n = len(words)
    if n <= 22 or (n <= 30 and "," not in s):
        ok = any(re.search(r"(?<!\w)" + re.escape(v) + r"(?!\w)", low) for v in REPORT)
        quotes = re.findall(r'"([^"]+)"|“([^”]+)”', s)
        ok = ok or any(len((a or b).split()) >= 5 for a, b in quotes)
        lw = low.lstrip('"“(')
        ok = ok or any(lw.startswith(c + " ") or lw.startswith(c + ",") for c in CONNECT)
        if not ok:
            return False
    seen.add(k)
    return True


def story_sentences(title, article):
    title_key = nkey(title)
    seen = set()
    out = []
    for s in split_sentences(detok(article)):
        s = fix_sentence(s)
        last = s.split()[-1] if s.split() else ""
        if last.endswith(".") and not last.endswith("..") and _is_abbr(last):
            continue  # a fragment cut right after an abbreviation
        if keep_sentence(s, title_key, seen):
            out.append(s)
    return out


# ----------------------------------------------------------------------------- invented material

SURN = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
        "Dương", "Lý", "Đoàn", "Lương", "Trịnh", "Mai", "Tạ", "Quách", "Kiều", "Lạc"]
MID = ["Văn", "Thị", "Minh", "Ngọc", "Thanh", "Hữu", "Đức", "Thu", "Bảo", "Gia", "Quốc", "Hoài", "Khánh",
       "Diệu", "Phương", "Trọng", "Kim", "Xuân"]
GIVEN = ["An", "Bình", "Châu", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hằng", "Hiếu", "Hoa", "Hùng", "Khoa",
         "Lan", "Linh", "Long", "Mai", "Nam", "Ngân", "Nhung", "Phúc", "Quân", "Quyên", "Sơn", "Tâm", "Thảo",
         "Thủy", "Trang", "Trinh", "Tuấn", "Uyên", "Vy", "Yến", "Duy", "Khang", "Lộc", "Oanh", "Toàn"]
DOC_TITLES = ["BS.CKII", "ThS.BS", "PGS.TS", "TS.BS", "BSCKI", "GS.TS", "BS"]
SPECIALTIES = ["Nội tiết", "Tim mạch", "Nhi", "Tiêu hóa", "Hô hấp", "Da liễu", "Thần kinh", "Cơ xương khớp",
               "Sản phụ khoa", "Tai mũi họng", "Dinh dưỡng", "Truyền nhiễm", "Ung bướu", "Mắt"]

SCENES = [
    "Bác sĩ thăm khám cho bệnh nhân tại khoa Nội tổng hợp.",
    "Người dân xếp hàng chờ tiêm vắc xin tại trạm y tế phường.",
    "Điều dưỡng chăm sóc bệnh nhân sau ca phẫu thuật.",
    "Ê-kíp bác sĩ thực hiện ca mổ nội soi.",
    "Khu vực tiếp đón người bệnh luôn đông đúc vào buổi sáng.",
    "Bệnh nhi được theo dõi tại phòng hồi sức tích cực.",
    "Nhân viên y tế phun thuốc diệt muỗi tại khu dân cư.",
    "Kỹ thuật viên kiểm tra mẫu xét nghiệm trong phòng thí nghiệm.",
    "Người cao tuổi được đo huyết áp miễn phí.",
    "Đoàn kiểm tra an toàn thực phẩm làm việc tại một bếp ăn tập thể.",
    "Thuốc được sắp xếp trên kệ tại một nhà thuốc bệnh viện.",
    "Sản phụ và em bé được chăm sóc tại khoa Sản.",
    "Bác sĩ tư vấn chế độ dinh dưỡng cho người bệnh tiểu đường.",
    "Xe cấp cứu túc trực trước cổng bệnh viện.",
    "Phụ huynh đưa con đến khám tại phòng khám Nhi.",
]

HEALTH_TAGS = ["sức khỏe", "bệnh viện", "y tế", "bác sĩ", "phòng bệnh", "dinh dưỡng", "tiêm chủng", "cấp cứu",
               "an toàn thực phẩm", "người bệnh", "sống khỏe", "tin y tế"]


def person(rng, full=True):
    s, m, g = rng.choice(SURN), rng.choice(MID), rng.choice(GIVEN)
    return f"{s} {m} {g}" if full else f"{m} {g}"


def phone_1900(rng):
    return f"1900 {rng.randint(1000, 9999)}"


def phone_land(rng):
    return f"(0{rng.choice([24, 28, 236, 251, 292])}) {rng.randint(3000, 3999)} {rng.randint(1000, 9999)}"


def phone_mobile(rng):
    return f"09{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(100, 999)}"


WD = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
WDS = ["T2", "T3", "T4", "T5", "T6", "T7", "CN"]


def rand_dt(rng):
    d = datetime.date(2016, 1, 1) + datetime.timedelta(days=rng.randint(0, 4 * 365 - 1))
    return datetime.datetime(d.year, d.month, d.day, rng.randint(6, 22), rng.randint(0, 59))


# entity extraction for captions
HONOR = {"ông": "Ông", "bà": "Bà", "anh": "Anh", "chị": "Chị"}
PLACE_W = ("tỉnh", "huyện", "xã", "quận", "phường", "thị xã", "thành phố", "TP.", "thị trấn")


def _cap_run(words, i, maxn=4):
    run = []
    while i < len(words) and len(run) < maxn:
        w = words[i]
        core = w.rstrip(",.;:)\"”")
        if core and core[0].isupper() and core.replace("-", "").isalpha():
            run.append(core)
            if core != w:
                break
            i += 1
        else:
            break
    return run


def entities(sents):
    people, places, orgs = [], [], []
    for s in sents:
        words = s.split()
        for i, w in enumerate(words):
            lw = w.lower()
            if lw in HONOR and i + 1 < len(words):
                run = _cap_run(words, i + 1)
                if len(run) >= 2:
                    people.append(HONOR[lw] + " " + " ".join(run))
            if lw in ("tỉnh", "huyện", "xã", "quận", "phường") or w == "TP.":
                run = _cap_run(words, i + 1, 3)
                if run:
                    places.append((w if w == "TP." else lw) + " " + " ".join(run))
            if w in ("Bệnh", "Trung", "Sở", "Viện", "Trường") and i + 1 < len(words):
                if w == "Bệnh" and words[i + 1] != "viện":
                    continue
                if w == "Trung" and words[i + 1] != "tâm":
                    continue
                start = i + 2 if w in ("Bệnh", "Trung") else i + 1
                run = _cap_run(words, start, 4)
                if run:
                    head = {"Bệnh": "Bệnh viện", "Trung": "Trung tâm"}.get(w, w)
                    orgs.append(head + " " + " ".join(run))
    dedup = lambda xs: list(dict.fromkeys(xs))
    return dedup(people), dedup(places), dedup(orgs)


# ----------------------------------------------------------------------------- page building context

class Ctx:
    def __init__(self, row, title, sents, related, lay_idx):
        self.row = row
        self.title = title
        self.sents = sents
        self.rng = R(row, "layout")
        self.entries = []  # (kind, payload) ; kind in KINDS or 'title','date','site','body'
        self.related_pool = related
        self.lay_idx = lay_idx
        self.dt = rand_dt(R(row, "date"))
        self.people, self.places, self.orgs = entities(sents)
        self.used_caps = set()
        self.body_keys = {nkey(s) for s in sents}
        self.title_key = nkey(title)
        self._rel_order = None
        self._rel_i = 0
        self.paras = []

    # --- emitters
    def w(self, line):
        self.entries.append(("widget", line))

    def by(self, line):
        self.entries.append(("byline", line))

    def cr(self, line):
        self.entries.append(("credit", line))

    def cap(self, line):
        self.entries.append(("caption", line))

    def rel(self, line):
        self.entries.append(("related", line))

    def put_title(self):
        self.entries.append(("title", self.title))

    def put_date(self, line):
        self.entries.append(("date", line))

    def put_site(self, line):
        self.entries.append(("site", line))

    def para(self, items):
        self.entries.append(("body", list(items)))

    # --- paragraphs
    def make_paras(self, lo, hi, first_single=False):
        rng = R(self.row, "paras")
        s = list(self.sents)
        out = []
        if first_single and s:
            out.append([s.pop(0)])
        while s:
            k = min(len(s), rng.randint(lo, hi))
            out.append(s[:k])
            s = s[k:]
        self.paras = out
        return out

    def story(self, inserts=(), lo=1, hi=3, first_single=False, tail_ok=False):
        """Emit paragraphs; insert callables between paragraphs, spread evenly."""
        paras = self.make_paras(lo, hi, first_single)
        n = len(paras)
        slots = {}
        m = len(inserts)
        for j, fn in enumerate(inserts):
            pos = max(1, round(n * (j + 1) / (m + 1)))
            if not tail_ok:
                pos = min(pos, max(1, n - 1))
            slots.setdefault(pos, []).append(fn)
        for i, p in enumerate(paras):
            self.para(p)
            for fn in slots.get(i + 1, []):
                fn()

    # --- related material
    def related(self, n):
        if self._rel_order is None:
            keys = sorted(self.related_pool)
            R(self.row, "related").shuffle(keys)
            self._rel_order = keys
        out = []
        while len(out) < n and self._rel_i < len(self._rel_order):
            r = self._rel_order[self._rel_i]
            self._rel_i += 1
            t, a = self.related_pool[r]
            head = detok(t)
            if not head or nkey(head) in self.body_keys or nkey(head) == self.title_key:
                continue
            sents = split_sentences(detok(a))
            teaser = ""
            for s in sents:
                s = fix_sentence(s)
                low = s.lower()
                if len(s.split()) >= 8 and not any(m in low for m in CAPTION_MARKS) \
                        and ":" not in " ".join(s.split()[:6]) and s.count('"') % 2 == 0:
                    teaser = s
                    break
            if teaser:
                ws = teaser.split()
                if len(ws) > 28:
                    teaser = " ".join(ws[:24]).rstrip(",;:") + "..."
            if teaser and (nkey(teaser) in self.body_keys or nkey(teaser) == self.title_key):
                teaser = ""
            out.append((head, teaser, rand_dt(R(self.row, f"reldate{r}"))))
        return out

    # --- captions
    def caption_text(self, purpose):
        rng = R(self.row, "cap" + purpose)
        opts = []
        for p in self.people:
            opts += [f"{p} trao đổi với phóng viên.", f"{p} chia sẻ tại buổi làm việc.",
                     f"{p} (giữa) tại hiện trường."]
        for pl in self.places:
            opts += [f"Toàn cảnh khu vực {pl}.", f"Một góc {pl} nơi xảy ra sự việc.",
                     f"Người dân {pl} theo dõi thông tin."]
        for o in self.orgs:
            opts += [f"Đại diện {o} làm việc với đoàn công tác.", f"Trụ sở {o}."]
        opts = [o for o in opts if o not in self.used_caps]
        scenes = [s for s in SCENES if s not in self.used_caps]
        if opts and (rng.random() < 0.8 or not scenes):
            c = rng.choice(opts)
        else:
            c = rng.choice(scenes or SCENES)
        self.used_caps.add(c)
        if nkey(c) in self.body_keys or nkey(c) == self.title_key:
            c = "Hình ảnh tại hiện trường, " + c[0].lower() + c[1:]
        return c


# ----------------------------------------------------------------------------- date formats

def fmt_date(dt, style):
    d, t = dt.strftime("%d/%m/%Y"), dt.strftime("%H:%M")
    wd = WD[dt.weekday()]
    if style == 0:
        return f"{wd}, {d} {t} (GMT+7)"
    if style == 1:
        return f"{d} {t} GMT+7"
    if style == 2:
        return f"Cập nhật: {t} {d}"
    if style == 3:
        return f"{wd}, ngày {d} - {t}"
    if style == 4:
        return f"{t} | {d}"
    if style == 5:
        return f"Ngày đăng: {dt.strftime('%d-%m-%Y')}"
    if style == 6:
        return dt.strftime("%Y-%m-%d %H:%M")
    if style == 7:
        return f"{WDS[dt.weekday()]}, {d} | {t}"
    if style == 8:
        return f"{dt.day} tháng {dt.month}, {dt.year} | {t}"
    if style == 9:
        return f"Đăng lúc {t} ngày {d}"
    return d


def short_d(dt):
    return dt.strftime("%d/%m/%Y")


# ----------------------------------------------------------------------------- layouts

def L_ykhoa(c):
    rng = c.rng
    c.put_site("Y Khoa Ngày Nay")
    c.w("Trang chủ  Thời sự y tế  Bệnh thường gặp  Thuốc  Dinh dưỡng  Góc bác sĩ  Video")
    c.w("Trang chủ » Thời sự y tế")
    c.put_title()
    c.put_date(fmt_date(c.dt, 0))
    c.w("Nghe bài viết")
    cap1 = c.caption_text("a")
    c.story([lambda: (c.w("[Ảnh]"), c.cap(cap1), c.cr("Ảnh: " + person(rng, False)))], lo=2, hi=3)
    c.by(person(rng, False))
    c.w("Từ khóa: " + ", ".join(rng.sample(HEALTH_TAGS, 3)))
    c.w("Chia sẻ  Facebook  Zalo  Sao chép liên kết")
    rel = c.related(4)
    if rel:
        c.w("TIN LIÊN QUAN")
        for h, _, _ in rel:
            c.rel("- " + h)
    c.w(f"Đường dây nóng: {phone_1900(rng)} | toasoan@ykhoangaynay.vn")


def L_bacsigiadinh(c):
    rng = c.rng
    c.w("ĐĂNG NHẬP | ĐĂNG KÝ")
    c.put_site("BÁC SĨ GIA ĐÌNH")
    c.w("Tin tức  |  Hỏi đáp  |  Sống khỏe  |  Mẹ và bé  |  Người cao tuổi")
    c.put_title()
    c.by(f"Bài: {person(rng, False)} - Ảnh: {person(rng, False)}")
    c.put_date(fmt_date(c.dt, 3))
    cap = c.caption_text("a")
    c.story([lambda: c.cap(cap + " (Ảnh: BSGĐ)")], lo=1, hi=2)
    doc = f"{rng.choice(DOC_TITLES)} {person(rng)}"
    c.w("HỎI ĐÁP CÙNG BÁC SĨ")
    q = rng.choice(["Con tôi 5 tuổi, thường xuyên bị ho về đêm. Có cần cho cháu đi khám chuyên khoa không?",
                    "Tôi 52 tuổi, chỉ số đường huyết lúc đói là 7,2 mmol/l. Tôi đã bị tiểu đường chưa?",
                    "Mẹ tôi hay bị tê bì chân tay vào buổi sáng. Đó có phải dấu hiệu của bệnh gì nguy hiểm?"])
    c.w("Hỏi: " + q + f" ({person(rng, False)}, {rng.choice(['Nam Định', 'Bình Dương', 'Nghệ An', 'Cần Thơ'])})")
    c.w(f"Trả lời: {doc}, chuyên khoa {rng.choice(SPECIALTIES)}, khuyên bạn nên đưa người bệnh đi khám "
        "sớm để được chẩn đoán chính xác, không tự ý mua thuốc về điều trị.")
    c.w("Gửi câu hỏi cho bác sĩ")
    rel = c.related(3)
    if rel:
        c.w("Bài viết cùng chuyên mục")
        for h, _, d in rel:
            c.rel(f"{h} ({d.strftime('%d/%m')})")
    c.w(f"Tổng đài tư vấn miễn phí: {phone_1900(rng)}")
    c.w("© 2016 Bác Sĩ Gia Đình. Ghi rõ nguồn khi phát hành lại thông tin từ website này.")


def L_benhvien(c):
    rng = c.rng
    name = rng.choice(["Tâm An", "Hòa Khang", "Phúc Thiện", "An Phước", "Minh Đức Xanh"])
    c.w(f"Cấp cứu 24/7: {phone_land(rng)}   Đặt lịch: {phone_1900(rng)}")
    c.put_site(f"BỆNH VIỆN ĐA KHOA {name.upper()}")
    c.w("Giới thiệu  Chuyên khoa  Bác sĩ  Bảng giá  Tin tức  Liên hệ")
    c.w("Tin tức - Sự kiện")
    c.put_title()
    c.put_date(fmt_date(c.dt, 5))
    c.w("Lượt xem: " + str(rng.randint(120, 9800)))
    c.story([], lo=2, hi=4)
    c.w(f"Bệnh viện Đa khoa {name} thông báo")
    c.w(f"Từ ngày {c.dt.day}/{c.dt.month}, bệnh viện mở thêm phòng khám ngoài giờ từ 17h đến 20h các ngày "
        "trong tuần, kể cả thứ Bảy và Chủ nhật.")
    c.w("ĐẶT LỊCH KHÁM")
    rel = c.related(5)
    if rel:
        c.w("Tin khác")
        for h, _, d in rel:
            c.rel(f"{h} - {short_d(d)}")
    c.w(f"Địa chỉ: Số {rng.randint(2, 380)} đường {rng.choice(['Lê Lai', 'Trần Phú', 'Nguyễn Trãi'])}, "
        f"TP. {rng.choice(['Thủ Dầu Một', 'Biên Hòa', 'Vinh', 'Quy Nhơn'])}")
    c.w(f"Email: lienhe@bvdk{name.lower().replace(' ', '').replace('â', 'a').replace('ò', 'o').replace('ú', 'u').replace('ư', 'u').replace('ớ', 'o').replace('ệ', 'e').replace('đ', 'd').replace('ứ', 'u')}.vn")


def L_trieuchung(c):
    rng = c.rng
    c.put_site("SốngKhỏe+")
    c.w("Bệnh A-Z  Triệu chứng  Thuốc  Xét nghiệm  Tin tức")
    c.put_title()
    c.put_date(fmt_date(c.dt, 8))
    c.by(f"Tham vấn y khoa: {rng.choice(DOC_TITLES)} {person(rng)}")
    c.by(f"Biên tập: {person(rng, False)}")

    def checklist():
        c.w("DẤU HIỆU CẢNH BÁO CẦN ĐI KHÁM NGAY")
        for x in rng.sample(["Sốt cao trên 39 độ C kéo dài quá 2 ngày", "Đau đầu dữ dội, nôn vọt",
                             "Khó thở, thở nhanh, tím môi", "Li bì, co giật", "Chảy máu chân răng, chảy máu cam",
                             "Đau bụng vùng gan, nôn nhiều", "Phát ban, ngứa toàn thân"], 4):
            c.w("☐ " + x)
    c.story([checklist], lo=1, hi=3)
    c.w("Bài viết có hữu ích với bạn không?  Có  Không")
    c.w("Thông tin trong bài chỉ mang tính chất tham khảo, không thay thế cho việc chẩn đoán hoặc điều trị y khoa.")
    rel = c.related(3)
    if rel:
        c.w("Có thể bạn quan tâm")
        for h, t, _ in rel:
            c.rel(h)
            if t:
                c.rel(t)


def L_gocchuyengia(c):
    rng = c.rng
    doc = person(rng)
    tt = rng.choice(DOC_TITLES)
    sp = rng.choice(SPECIALTIES)
    c.put_site("Tạp chí Thầy Thuốc Trẻ")
    c.w("Chuyên mục: Góc chuyên gia")
    c.put_title()
    c.put_date(fmt_date(c.dt, 9))
    c.w(f"{rng.randint(2, 9)} phút đọc")
    cap = c.caption_text("a")
    c.story([lambda: c.cap(cap)], lo=2, hi=3, first_single=True)
    c.w("VỀ TÁC GIẢ")
    c.by(f"{tt} {doc}")
    c.by(f"Nguyên Trưởng khoa {sp}, Bệnh viện {rng.choice(['Trung ương Hòa Lạc', 'Thống Nhất Phương Nam', 'Đa khoa Sông Hương'])}; "
         f"hơn {rng.randint(12, 35)} năm kinh nghiệm khám và điều trị.")
    c.w(f"Đặt câu hỏi cho chuyên gia: chuyengia@thaythuoctre.vn")
    rel = c.related(4)
    if rel:
        c.w("Bài cùng tác giả")
        for i, (h, _, _) in enumerate(rel, 1):
            c.rel(f"{i}. {h}")


def L_thongke(c):
    rng = c.rng
    dis = rng.choice(["SỐT XUẤT HUYẾT", "TAY CHÂN MIỆNG", "SỞI", "CÚM A/H1N1"])
    c.put_site("Báo Sức Khỏe Cộng Đồng điện tử")
    c.w("Thời sự  Y tế  Phòng bệnh  Khám chữa bệnh  Đông y  Giới tính")
    c.put_date(fmt_date(c.dt, 1))
    c.put_title()

    def stats():
        c.w(f"TÌNH HÌNH DỊCH {dis} ĐẾN NGÀY {c.dt.strftime('%d/%m')}")
        c.w(f"Số ca mắc: {rng.randint(1000, 99999):,}".replace(",", "."))
        c.w(f"Tăng so với cùng kỳ: {rng.randint(5, 180)}%")
        c.w(f"Tử vong: {rng.randint(0, 40)}")
        c.w("Nguồn số liệu: Cục Y tế dự phòng")

    c.story([stats], lo=1, hi=3)
    c.by(person(rng, False).upper())
    rel = c.related(4)
    if rel:
        c.w("CÁC TIN, BÀI ĐÃ ĐƯA")
        for h, _, d in rel:
            c.rel(f"{h} ({d.strftime('%d/%m/%Y')})")
    c.w("Báo Sức Khỏe Cộng Đồng - Cơ quan ngôn luận của Hội Y học Dự phòng (giả định)")


def L_tiemchung(c):
    rng = c.rng
    c.put_site("tiemchungvang.vn")
    c.w("Trang chủ > Tin tức > Tiêm chủng")
    c.put_title()
    c.w(f"Đăng bởi: {person(rng, False)}")
    c.put_date(fmt_date(c.dt, 6))
    cap = c.caption_text("a")

    def sched():
        c.w("LỊCH TIÊM CHỦNG MỞ RỘNG CHO TRẺ DƯỚI 1 TUỔI")
        c.w("Sơ sinh: Viêm gan B mũi 0, Lao (BCG)")
        c.w("2 tháng: Bạch hầu - Ho gà - Uốn ván - Bại liệt - Hib - Viêm gan B (mũi 1)")
        c.w("3 tháng: Mũi 2 | 4 tháng: Mũi 3")
        c.w("9 tháng: Sởi mũi 1")

    c.story([lambda: (c.cap(cap), c.cr("(Ảnh minh họa)")), sched], lo=1, hi=2)
    c.w(f"Đặt lịch tiêm: {phone_1900(rng)} - nhắn tin Zalo {phone_mobile(rng)}")
    rel = c.related(3)
    if rel:
        c.w("Bài viết liên quan:")
        for h, _, _ in rel:
            c.rel("» " + h)


def L_quangcao(c):
    rng = c.rng
    c.put_site("Đời Sống Khỏe 24h")
    c.w("Mới nhất  Y tế  Làm đẹp  Thực phẩm chức năng  Bài thuốc hay")
    c.put_title()
    c.put_date(fmt_date(c.dt, 7))
    prod = rng.choice(["Viên uống Hepa-Gold", "Cốm trẻ em NutriBon", "Trà thảo mộc An Thận Khang",
                       "Viên khớp Cốt Vững Plus"])

    def ad():
        c.w("QUẢNG CÁO")
        c.w(f"{prod} - giải pháp hỗ trợ cho sức khỏe gia đình bạn. Gọi ngay {phone_1900(rng)} để được tư vấn.")
        c.w("*Thực phẩm này không phải là thuốc và không có tác dụng thay thế thuốc chữa bệnh.")

    cap = c.caption_text("a")
    c.story([lambda: c.cap(f"{cap} Ảnh: Internet"), ad], lo=2, hi=4)
    c.by(f"Theo {rng.choice(['Gia Đình Xanh', 'Tin Khỏe Mỗi Ngày', 'Nhịp Sống Phố'])}")
    rel = c.related(4)
    if rel:
        c.w("ĐỌC THÊM")
        c.rel("  ·  ".join(h for h, _, _ in rel[:2]))
        for h, _, _ in rel[2:]:
            c.rel(h)
    c.w(f"Bình luận ({rng.randint(0, 60)})")


def L_video(c):
    rng = c.rng
    c.put_site("VTV Sức Khỏe Online")
    c.w("Video  Podcast  Tin y tế  Bác sĩ tại nhà")
    c.put_title()
    c.put_date(fmt_date(c.dt, 4))
    c.w("▶ Xem video")
    c.w(f"00:00 / 0{rng.randint(1, 6)}:{rng.randint(10, 59)}")
    c.cap("Clip: " + c.caption_text("v").rstrip("."))
    c.story([], lo=1, hi=2)
    c.by(f"{person(rng, False)} - {person(rng, False)}")
    c.w(f"Lượt xem: {rng.randint(1, 999)}.{rng.randint(100, 999)}")
    rel = c.related(4)
    if rel:
        c.w("VIDEO KHÁC")
        for h, _, _ in rel:
            c.rel(f"{h} ▶ {rng.randint(1, 9)}:{rng.randint(10, 59)}")


def L_anh(c):
    rng = c.rng
    c.put_site("Y TẾ & ĐỜI SỐNG")
    c.w("Tin ảnh")
    c.put_title()
    c.put_date(fmt_date(c.dt, 2))
    ph = person(rng, False)
    caps = [c.caption_text(f"g{i}") for i in range(3)]
    ins = [lambda i=i: (c.w(f"{i + 1}/3"), c.cap(caps[i] + f" (Ảnh: {ph})")) for i in range(3)]
    c.story(ins, lo=1, hi=2, tail_ok=True)
    c.by(f"Ảnh và bài: {ph}")
    rel = c.related(3)
    if rel:
        c.w("Tin ảnh khác")
        for h, t, _ in rel:
            c.rel(f"{h} - {t}" if t else h)


def L_amp(c):
    rng = c.rng
    c.put_site("Khỏe Đẹp Việt")
    c.w("☰")
    c.put_title()
    c.put_date(fmt_date(c.dt, 1))
    rel = c.related(2)
    ins = []
    for h, _, _ in rel:
        ins.append(lambda h=h: c.rel("Xem thêm: " + h))
    c.story(ins, lo=1, hi=2)
    c.by("Theo Sức Khỏe Đời Thường")
    c.w("Về trang chủ  |  Lên đầu trang")


def L_binhluan(c):
    rng = c.rng
    c.put_site("Diễn đàn Y học Phổ thông")
    c.w("Diễn đàn > Tin y tế > Thời sự")
    c.put_title()
    c.by(person(rng, False))
    c.put_date(fmt_date(c.dt, 9))
    c.story([lambda: c.cap(c.caption_text("a"))], lo=2, hi=3)
    rel = c.related(3)
    if rel:
        c.w("Tin cùng chuyên mục:")
        for h, _, _ in rel:
            c.rel("• " + h)
    n = rng.randint(3, 25)
    c.w(f"Bình luận ({n})")
    for _ in range(2):
        c.w(person(rng))
        c.w(rng.choice(["Bài viết rất hữu ích, cảm ơn bác sĩ.", "Mong ngành y tế sớm vào cuộc xử lý.",
                        "Đọc xong thấy lo quá, nhà tôi cũng có người bị như vậy.",
                        "Cần tuyên truyền nhiều hơn nữa cho người dân vùng sâu vùng xa."]))
        c.w(f"Trả lời · Thích · {rng.randint(1, 23)} giờ trước")
    c.w("Gửi bình luận")


def L_ttx(c):
    rng = c.rng
    c.put_site("Thông tấn Y tế")
    c.w("Thời sự | Y tế | Xã hội | Quốc tế")
    c.put_title()
    c.put_date(fmt_date(c.dt, 0))
    where = rng.choice(["Hà Nội", "TP. Hồ Chí Minh", "Đà Nẵng", "Cần Thơ"])
    provs = [p.split(" ", 1)[1] for p in c.places if p.split(" ", 1)[0] in ("tỉnh", "TP.")]
    if provs:
        where = provs[0]
    c.by(where + " (TTXVN)")
    c.story([lambda: (c.cap(c.caption_text("a")), c.cr(f"Ảnh: {person(rng, False)}/TTXVN"))], lo=2, hi=4)
    c.by(f"{person(rng, False)} (TTXVN)")
    rel = c.related(5)
    if rel:
        c.w("Các tin khác")
        for h, _, d in rel:
            c.rel(f"{h} ({d.strftime('%d/%m')})")


def L_tapchi(c):
    rng = c.rng
    c.put_site("ĐỜI SỐNG & SỨC KHỎE")
    c.w("Số " + str(rng.randint(100, 999)) + " - Chuyên đề sống khỏe")
    c.put_title()
    c.put_date(fmt_date(c.dt, 8))
    quote = None
    for s in c.sents:
        m = re.search(r'"([^"]{40,})"', s)
        if m:
            ws = m.group(1).split()
            quote = "“" + " ".join(ws[:min(len(ws) - 1, 14)]).rstrip(",.") + "...”"
            break
    ins = []
    if quote and nkey(quote) not in c.body_keys:
        ins.append(lambda: c.w(quote))
    cap = c.caption_text("a")
    ins.append(lambda: (c.cap(cap), c.cr("Ảnh: Tư liệu")))
    c.story(ins, lo=2, hi=4)
    c.by(person(rng).upper())
    c.w("In bài  Gửi email  Lưu bài")
    rel = c.related(3)
    if rel:
        c.w("Đọc thêm")
        for h, t, _ in rel:
            c.rel(f"{h} - {t}" if t else h)


def L_thongbao(c):
    rng = c.rng
    name = rng.choice(["Nhi Đồng Hòa Bình Xanh", "Phụ sản An Sinh", "Mắt Ánh Dương", "Y học cổ truyền Thiên Phúc"])
    c.put_site(f"Bệnh viện {name}")
    c.w(f"Hotline: {phone_1900(rng)}  |  Đặt hẹn khám")
    c.w("Trang chủ / Tin tức / Tin y tế")
    c.put_title()
    c.put_date(fmt_date(c.dt, 3))
    c.w(f"BỆNH VIỆN {name.upper()} THÔNG BÁO")
    c.w("Lịch nghỉ khám ngày Chủ nhật: bệnh viện vẫn tiếp nhận cấp cứu 24/24.")
    c.story([lambda: c.cap(c.caption_text("a") + " Ảnh: Phòng CTXH")], lo=1, hi=3)
    c.by("Phòng Công tác xã hội")
    rel = c.related(3)
    if rel:
        c.w("Tin liên quan")
        for h, _, d in rel:
            c.rel(f"{d.strftime('%d/%m/%Y')}  {h}")
    c.w("Tuyển dụng  |  Bảng giá dịch vụ  |  Hướng dẫn khách hàng")


def L_docnhieu(c):
    rng = c.rng
    c.put_site("Tin Khỏe 365")
    c.w("Nóng  Mới  Y tế  Sống khỏe  Giảm cân  Xét nghiệm")
    c.put_date(fmt_date(c.dt, 7))
    c.put_title()
    c.by(person(rng, False) + " | " + rng.choice(["tinkhoe365", "Tin Khỏe 365"]))
    rel = c.related(6)
    top, rest = rel[:2], rel[2:]
    ins = [lambda: c.cap(c.caption_text("a"))]
    if top:
        ins.append(lambda: c.rel(top[0][0] + (" - " + top[0][1] if top[0][1] else "")))
    c.story(ins, lo=2, hi=3)
    if rest:
        c.w("ĐỌC NHIỀU NHẤT")
        for i, (h, _, _) in enumerate(rest, 1):
            c.rel(f"{i} {h}")
    c.w(f"Tải ứng dụng Tin Khỏe 365 trên App Store và Google Play")


def L_binhchon(c):
    rng = c.rng
    c.put_site("Phòng Bệnh Hơn Chữa Bệnh")
    c.w("Tin nhanh  Bệnh mùa  Hỏi - Đáp  Bình chọn")
    c.put_title()
    c.put_date(fmt_date(c.dt, 6))
    c.by(f"{person(rng, False)} (tổng hợp)")
    c.story([lambda: (c.cap(c.caption_text("a")), c.cr("Nguồn: Internet"))], lo=1, hi=3)
    c.w("THĂM DÒ Ý KIẾN")
    c.w("Bạn có đi khám sức khỏe định kỳ mỗi năm không?")
    c.w("○ Có, đều đặn")
    c.w("○ Chỉ khi có triệu chứng")
    c.w("○ Chưa bao giờ")
    c.w("Bình chọn  |  Xem kết quả")
    rel = c.related(4)
    if rel:
        c.w("Tin mới hơn")
        for h, _, _ in rel:
            c.rel("• " + h)


def L_nhathuoc(c):
    rng = c.rng
    c.put_site("Nhà thuốc Phúc Lộc Khang")
    c.w("Tra cứu thuốc  |  Bệnh học  |  Góc dược sĩ  |  Hệ thống cửa hàng")
    c.w(f"Tư vấn dược sĩ: {phone_1900(rng)} (miễn phí)")
    c.put_title()
    c.put_date(fmt_date(c.dt, 2))
    c.w("Chia sẻ:")
    c.story([lambda: (c.cap(c.caption_text("a")), c.cr("Ảnh minh họa"))], lo=2, hi=3)
    c.by(f"Dược sĩ {person(rng, False)}")
    c.w("Lưu ý: Thông tin trong bài chỉ mang tính tham khảo. Người bệnh cần tuân theo chỉ định của bác sĩ, "
        "không tự ý dùng thuốc.")
    c.w("MUA NGAY")
    rel = c.related(3)
    if rel:
        c.w("Bài viết mới")
        c.rel(" | ".join(h for h, _, _ in rel))


def L_infographic(c):
    rng = c.rng
    c.put_site("SỨC KHỎE TRỰC TUYẾN")
    c.w("Thời sự y tế  ›  Tin trong nước")
    c.put_title()
    c.put_date(fmt_date(c.dt, 4))

    def info():
        c.w("[Infographic]")
        c.cap(f"Infographic: {rng.choice(['5 bước rửa tay đúng cách', 'Những thực phẩm giúp tăng sức đề kháng', 'Phòng chống sốt xuất huyết mùa mưa', 'Cách sơ cứu khi bị đột quỵ'])}")
        c.cr(f"Đồ họa: {person(rng, False)}")

    c.story([info], lo=2, hi=4)
    c.by(f"{person(rng, False)} - {person(rng, False)}")
    c.w("In bài viết  |  Gửi cho bạn bè  |  Phản hồi")
    rel = c.related(4)
    if rel:
        c.w("Tin cùng chủ đề")
        for h, t, _ in rel:
            c.rel(h)
    c.w(f"Giấy phép số {rng.randint(10, 499)}/GP-BTTTT. Liên hệ quảng cáo: {phone_mobile(rng)}")


def L_mangxahoi(c):
    rng = c.rng
    c.put_site("Sống Khỏe Mỗi Ngày")
    c.w("Đăng nhập để lưu bài")
    c.put_title()
    c.w(f"Thích {rng.randint(10, 999)}  Chia sẻ  Tweet")
    c.put_date(fmt_date(c.dt, 0))
    rel = c.related(5)
    ins = [lambda: c.cap(c.caption_text("a").rstrip(".") + f". Ảnh: {person(rng, False)}")]
    if rel:
        ins.append(lambda: c.rel("Đọc thêm: " + rel[0][0]))
    c.story(ins, lo=1, hi=3)
    c.by(person(rng, False) + " - " + rng.choice(["Phóng viên Sống Khỏe", "Ban Y tế"]))
    c.w("Đánh giá bài viết: ★★★★☆ (" + str(rng.randint(3, 120)) + " lượt)")
    c.w(f"😮 {rng.randint(0, 50)}  😢 {rng.randint(0, 50)}  👍 {rng.randint(0, 300)}")
    if len(rel) > 1:
        c.w("Xem nhiều")
        for h, t, _ in rel[1:]:
            c.rel(h)
            if t:
                c.rel(t)
    c.w("© Sống Khỏe Mỗi Ngày. Mọi thông tin chỉ mang tính tham khảo, không thay thế lời khuyên của bác sĩ.")


LAYOUTS = [
    ("ykhoa", L_ykhoa), ("bacsigiadinh", L_bacsigiadinh), ("benhvien", L_benhvien), ("trieuchung", L_trieuchung),
    ("gocchuyengia", L_gocchuyengia), ("thongke", L_thongke), ("tiemchung", L_tiemchung),
    ("quangcao", L_quangcao), ("video", L_video), ("anh", L_anh), ("amp", L_amp), ("binhluan", L_binhluan),
    ("ttx", L_ttx), ("tapchi", L_tapchi), ("thongbao", L_thongbao), ("docnhieu", L_docnhieu),
    ("binhchon", L_binhchon), ("nhathuoc", L_nhathuoc), ("infographic", L_infographic),
    ("mangxahoi", L_mangxahoi),
]
assert len(LAYOUTS) == 20


# ----------------------------------------------------------------------------- faults

FAULTS = ("nbsp", "zwsp", "dblspace", "glue", "nfd")


def choose_faults(row):
    rng = R(row, "faults")
    if rng.random() >= 0.25:
        return []
    k = 1 if rng.random() < 0.7 else 2
    return sorted(rng.sample(FAULTS, k))


def _nbsp(s, rng):
    idx = [i for i in range(1, len(s) - 1) if s[i] == " "]
    if not idx:
        return s
    chosen = set(rng.sample(idx, max(1, len(idx) // 3)))
    return "".join("\u00a0" if i in chosen else ch for i, ch in enumerate(s))


def _zwsp(s, rng):
    idx = [i for i in range(1, len(s)) if s[i - 1].isalpha() and s[i].isalpha()]
    if not idx:
        return s
    i = rng.choice(idx)
    return s[:i] + "\u200b" + s[i:]


def _dbl(s, rng):
    idx = [i for i in range(1, len(s) - 1) if s[i] == " "]
    if not idx:
        return s
    i = rng.choice(idx)
    return s[:i] + " " + s[i:]


def apply_faults(entries, faults, row):
    rng = R(row, "faultapply")
    if "glue" in faults:
        cands = [(ei, j) for ei, (k, p) in enumerate(entries) if k == "body"
                 for j in range(len(p) - 1) if p[j].endswith(".")]
        if cands:
            ei, j = rng.choice(cands)
            p = list(entries[ei][1])
            p[j:j + 2] = [p[j] + p[j + 1]]
            entries[ei] = ("body", p)
    for name, fn, share in (("nbsp", _nbsp, 0.3), ("zwsp", _zwsp, 0.2), ("dblspace", _dbl, 0.12)):
        if name not in faults:
            continue
        out = []
        for k, p in entries:
            if k == "body":
                p = [fn(x, rng) if rng.random() < share else x for x in p]
            elif rng.random() < share:
                p = fn(p, rng)
            out.append((k, p))
        entries[:] = out
    if "nfd" in faults:
        entries[:] = [(k, [unicodedata.normalize("NFD", x) for x in p] if k == "body"
                       else unicodedata.normalize("NFD", p)) for k, p in entries]
    return entries


# ----------------------------------------------------------------------------- check

def check_page(pg):
    lines = pg.text.split("\n")
    for ln in lines:
        if not ln or ln != ln.strip():
            raise ValueError("blank or unstripped line")
    for k, _ in pg.furniture:
        if k not in KINDS:
            raise ValueError("bad kind " + k)
    bi = fi = un = 0
    unl = []
    body, furn = pg.body, pg.furniture
    for ln in lines:
        if fi < len(furn) and furn[fi][1] == ln:
            fi += 1
            continue
        for k in range(1, 5):
            if bi + k <= len(body) and " ".join(body[bi:bi + k]) == ln:
                bi += k
                break
        else:
            un += 1
            unl.append(ln)
            if un > 3:
                raise ValueError(f"{pg.layout}: unlabelled line beyond three: {ln[:60]!r}")
    if bi != len(body) or fi != len(furn):
        raise ValueError(f"{pg.layout}: walk did not use up body/furniture")
    for b in body:
        if b not in pg.text:
            raise ValueError("body item not in text")
    if len(body) < 3:
        raise ValueError("fewer than 3 body items")
    bkeys = {nkey(b) for b in body}
    for _, ln in furn:
        if nkey(ln) in bkeys:
            raise ValueError(f"furniture equals a body sentence: {ln[:60]!r}")
    for ln in unl:
        if nkey(ln) in bkeys:
            raise ValueError("unlabelled line equals a body sentence")
    return unl


# ----------------------------------------------------------------------------- main

def build_page(row, k, title, article, related):
    title = detok(title)
    sents = story_sentences(title, article)
    if len(sents) < 3:
        return None, []
    name, fn = LAYOUTS[k % len(LAYOUTS)]
    c = Ctx(row, title, sents, related, k % len(LAYOUTS))
    fn(c)
    faults = choose_faults(row)
    entries = apply_faults(c.entries, faults, row)
    lines, body, furn = [], [], []
    for kind, p in entries:
        if kind == "body":
            lines.append(" ".join(p))
            body.extend(p)
        elif kind in ("title", "date", "site"):
            lines.append(p)
        else:
            furn.append((kind, p))
            lines.append(p)
    related_keys = {nkey(t) for t in (title,)} | {nkey(b) for b in body}
    for kind, ln in furn:
        if kind == "related" and nkey(ln) in related_keys:
            raise ValueError("related line equals title or body sentence")
    pg = Page("\n".join(lines), body, furn, name)
    unl = check_page(pg)
    # unlabelled lines must be exactly the title, the date and the site name
    expect = [p for kd, p in entries if kd in ("title", "date", "site")]
    if unl != expect:
        raise ValueError(f"{name}: unlabelled lines differ from title/date/site")
    return pg, faults


def pages(path):
    body_rows, related = read_rows(Path(path))
    out = []
    k = 0
    _faults.clear()
    for row in BODY_ROWS:
        if row not in body_rows:
            continue
        t, a = body_rows[row]
        pg, faults = build_page(row, k, t, a, related)
        if pg is None:
            continue
        out.append(pg)
        _faults.append(faults)
        k += 1
    return out


_faults = []


def main(argv):
    path = argv[1] if len(argv) > 1 else "/work/shared/data/vietnews_train.jsonl.gz"
    ps = pages(path)
    tab = {}
    order = [n for n, _ in LAYOUTS]
    for pg, fl in zip(ps, _faults):
        t = tab.setdefault(pg.layout, Counter())
        t["pages"] += 1
        t["body"] += len(pg.body)
        for kd, _ in pg.furniture:
            t[kd] += 1
        t["faults"] += 1 if fl else 0
        for f in fl:
            t["f_" + f] += 1
    cols = ["pages", "body"] + list(KINDS) + ["faults"]
    print(f"{'layout':<14}" + "".join(f"{c:>9}" for c in cols))
    tot = Counter()
    for n in order:
        t = tab.get(n, Counter())
        tot.update(t)
        print(f"{n:<14}" + "".join(f"{t[c]:>9}" for c in cols))
    print(f"{'TOTAL':<14}" + "".join(f"{tot[c]:>9}" for c in cols))
    print("fault kinds: " + ", ".join(f"{f}={tot['f_' + f]}" for f in FAULTS))


if __name__ == "__main__":
    main(sys.argv)
