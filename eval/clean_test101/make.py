#!/usr/bin/env python3
"""Held-out evaluation set `test101` for a cleaner of scraped Vietnamese news pages.

Theme: motoring and transport news outlets (invented).  Standard library only.

    python3 make.py /work/shared/data/vietnews_train.jsonl.gz

prints a totals table per layout.  `pages(path)` returns the labelled pages.
"""
import gzip
import json
import random
import re
import sys
import unicodedata
from datetime import datetime
from typing import List, NamedTuple, Tuple

SETNAME = "test101"
SEED = 10141
BODY_ROWS = range(14300, 14400)
RELATED_ROWS = range(18300, 18400)
KINDS = ("byline", "credit", "caption", "related", "widget")


class Page(NamedTuple):
    text: str
    body: List[str]
    furniture: List[Tuple[str, str]]
    layout: str


def rng_for(row, purpose):
    return random.Random(f"{SETNAME}|{SEED}|{row}|{purpose}")


# ---------------------------------------------------------------- story text
def detok(s):
    s = s.replace("_", " ")
    s = re.sub(r"\s+", " ", s).strip()
    # pair straight double quotes, remove inner spaces
    s = re.sub(r'"\s*([^"]*?)\s*"', r'"\1"', s)
    # pair spaced single quotes used as quotes:  ' Mẹo '
    s = re.sub(r"(^|(?<=\s))'\s+([^']*?)\s+'(?=[\s,.;:!?)]|$)", r"\1'\2'", s)
    s = re.sub(r"\s+([,.;:!?%…])", r"\1", s)
    s = re.sub(r"([(\[“‘])\s+", r"\1", s)
    s = re.sub(r"\s+([)\]”’])", r"\1", s)
    s = re.sub(r"\s*/\s*", "/", s)
    s = re.sub(r"\s+", " ", s).strip()
    return s


ABBR = {"TP", "TS", "GS", "PGS", "ThS", "BS", "Q", "P", "TT", "PV", "NXB", "Th", "St", "Mr", "Ms", "Dr",
        "TX", "KS", "CN", "ĐH", "Tp", "tp", "ThS.BS", "TS.BS", "BSCKII", "BSCKI", "Ths", "Ts", "Gs"}
SPLIT_RE = re.compile(r'([.!?…]+["”’)]?)\s+(?=["“(]?\w)')


def split_sentences(text):
    out, start = [], 0
    for m in SPLIT_RE.finditer(text):
        end = m.end(1)
        before = text[start:m.start(1)]
        tok = before.split(" ")[-1] if before else ""
        tok_clean = tok.lstrip('"“(')
        nxt = text[m.end():m.end() + 2].lstrip('"“(')
        if not nxt or not (nxt[0].isupper() or nxt[0].isdigit()):
            continue
        if m.group(1) == "." and (tok_clean in ABBR or re.fullmatch(r"[A-ZĐ]", tok_clean)
                                  or re.fullmatch(r"(?:[A-Za-zĐ]+\.)+[A-Za-zĐ]+", tok_clean)):
            continue
        out.append(text[start:end].strip())
        start = m.end()
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return [x for x in out if x]


CAPTION_MARKS = ("ảnh:", "(ảnh", "ảnh minh", "video:", "clip:", "minh hoạ", "minh họa", "(trái)", "(phải)",
                 "nguồn:", "đồ hoạ", "đồ họa", "infographic", "(từ trái", "từ trái sang", "ảnh chụp",
                 "ảnh: ", "photo", "(giữa)", "trong ảnh", "ảnh tư liệu", "ảnh cắt từ")
REPORT_VERBS = ("cho biết", "nói", "khẳng định", "chia sẻ", "cho hay", "phát biểu", "nhấn mạnh", "tiết lộ",
                "trả lời", "bày tỏ", "giải thích", "thừa nhận", "xác nhận", "kể lại", "thông tin", "nhận định",
                "cho rằng", "khai nhận", "thông báo", "tâm sự", "nhận xét", "lý giải", "kết luận",
                "đề nghị", "yêu cầu", "khuyến cáo", "dẫn lời", "theo ông", "theo bà", "theo anh", "theo chị")
CONNECTIVES = ("Tuy nhiên", "Trong khi đó", "Ngoài ra", "Bên cạnh đó", "Theo đó", "Do đó", "Vì vậy", "Đồng thời",
               "Mặc dù", "Sau đó", "Trước đó", "Cũng theo", "Thêm vào đó", "Như vậy", "Tuy vậy", "Dù vậy",
               "Cụ thể", "Trước đây", "Vì thế", "Do vậy", "Bởi vậy", "Ngay sau đó", "Cùng với đó", "Không chỉ",
               "Trên thực tế", "Thực tế", "Đặc biệt", "Mặt khác", "Hơn nữa", "Song", "Nhưng", "Tiếp đó",
               "Sau khi", "Trước khi", "Khi", "Nếu", "Do", "Vì", "Để", "Theo")
GLUED_HEAD = re.compile(r"[a-zà-ỹđ0-9] (Được|Các|Những|Tuy|Trong|Với|Khi|Để|Sau|Từ|Đây|Đó|Năm|Hiện|Nhiều|Tại|Mới|"
                        r"Bên|Ngoài|Theo|Hợp|Giá|Cơ|Vì|Chỉ|Không|Làm|Có|Một|Người|Ông|Bà|Anh|Chị|Dù|Nhưng|Song|Hơn|Thực|Mặc|"
                        r"Trước|Cùng|Bởi|Như|Đặc|Tình|Vấn|Nguyên|Giải|Bài|Việc|Qua) ")


def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = re.sub(r"[\u200b\u200c\u200d\u2060\ufeff]", "", s)
    s = re.sub(r"\s+", "", s)
    return s.casefold()


def balanced(s):
    if s.count('"') % 2:
        return False
    for a, b in ("()", "[]", "“”"):
        if s.count(a) != s.count(b):
            return False
    if s.count("'") % 2:
        return False
    return True


def quotes_ok(s):
    pos = [i for i, c in enumerate(s) if c == '"']
    for n, i in enumerate(pos):
        before = s[i - 1] if i > 0 else " "
        after = s[i + 1] if i + 1 < len(s) else " "
        if n % 2 == 0:
            if after == " " or not (before in " ([" or i == 0):
                return False
        else:
            if before == " " or after.isalnum():
                return False
    return True


def keep_sentence(s, title_n, seen):
    low = s.lower()
    if any(m in low for m in CAPTION_MARKS):
        return False
    if any(c in s for c in "|•»«"):
        return False
    if not balanced(s):
        return False
    if not re.search(r'[.!?…]["”’)]?$', s):
        return False
    words = s.split()
    if len(words) < 8 or len(words) > 110:
        return False
    if any(":" in w for w in words[:6]):
        return False
    first = s.lstrip('"“(')
    if not first or not (first[0].isupper() or first[0].isdigit()):
        return False
    if re.search(r"\(?\bTheo\s+[A-ZĐ][^,]{0,40}\)?[.!?]?$", s) and "Theo" in " ".join(words[-6:]):
        return False
    if GLUED_HEAD.search(s):
        return False
    if " * " in s or s.startswith("*") or "? - " in s or s.startswith("- ") or re.search(r"\b[A-ZĐ]{2,5} - [A-ZĐ]", s):
        return False
    if not quotes_ok(s):
        return False
    if re.search(r'\w[.!?…]?" [A-ZĐ]', s) or re.search(r"[.:;] - ", s):
        return False
    n = norm(s)
    if n in seen or n == title_n:
        return False
    has_comma = "," in s
    short = len(words) <= 22 or (len(words) <= 30 and not has_comma)
    if short:
        ok = any(re.search(r"(?<!\w)" + v + r"(?!\w)", low) for v in REPORT_VERBS)
        ok = ok or (('"' in s or "“" in s) and re.search(r"\b(ông|bà|anh|chị|em)\b", low) is not None)
        ok = ok or any(s.startswith(c + " ") or s.startswith(c + ",") for c in CONNECTIVES)
        if not ok:
            return False
    seen.add(n)
    return True


def story_sentences(title, article):
    tn = norm(title)
    seen = set()
    out = []
    for s in split_sentences(detok(article)):
        if keep_sentence(s, tn, seen):
            out.append(s)
    return out


def teaser_from(article1200):
    t = detok(article1200)
    sents = split_sentences(t)
    if not sents:
        return None
    s = sents[0]
    if len(s) > 190:
        cut = s[:180].rsplit(" ", 1)[0].rstrip(",;: ")
        s = cut + "…"
    if len(s.split()) < 6:
        return None
    return s


# ---------------------------------------------------------------- reading
def read_rows(path):
    body, related = [], []
    last = max(BODY_ROWS[-1], RELATED_ROWS[-1])
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
            if inb:
                body.append((i, t, a))
            else:
                related.append((i, detok(t), a[:1200]))
    return body, related


# ---------------------------------------------------------------- invented material
SURN = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Phan", "Trịnh"]
MID = ["Văn", "Thị", "Minh", "Quốc", "Hữu", "Thanh", "Ngọc", "Đức", "Hoài", "Bảo", "Gia", "Xuân"]
GIV = ["Khang", "Tuấn", "Hưng", "Long", "Thảo", "Nhi", "Phong", "Trung", "Lâm", "Vy", "Dũng", "Quân", "Hà",
       "Sơn", "Duy", "Khoa", "Tâm", "Hiếu", "Nam", "Thư", "Vĩnh", "Đạt", "Yến", "Tùng"]
WD = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]

SCENES = {
    "traffic": ["Dòng phương tiện nối đuôi nhau qua nút giao vào giờ cao điểm chiều.",
                "Lực lượng cảnh sát giao thông kiểm tra giấy tờ của người điều khiển xe máy.",
                "Hiện trường vụ tai nạn được lực lượng chức năng phong toả để khám nghiệm.",
                "Xe khách chờ xuất bến tại một bến xe lớn ở cửa ngõ thành phố.",
                "Một đoạn quốc lộ đang được thi công mở rộng mặt đường.",
                "Phương tiện vi phạm bị tạm giữ tại bãi xe của đội cảnh sát giao thông."],
    "school": ["Thí sinh làm thủ tục dự thi tại một điểm thi ở nội thành.",
               "Phụ huynh đứng chờ con trước cổng trường trong buổi sáng đầu tiên.",
               "Sinh viên tình nguyện hướng dẫn tân sinh viên tại bến xe.",
               "Một giờ học trên lớp của học sinh trung học.",
               "Xe buýt đưa đón học sinh dừng trước cổng trường."],
    "law": ["Lực lượng chức năng làm việc tại hiện trường vụ án.",
            "Bị cáo tại phiên toà sơ thẩm diễn ra sáng nay.",
            "Cơ quan công an dẫn giải nghi phạm về trụ sở để làm việc.",
            "Tang vật được cơ quan điều tra thu giữ trong quá trình khám xét.",
            "Trụ sở công an nơi đang thụ lý vụ việc."],
    "other": ["Quang cảnh buổi làm việc giữa các cơ quan chức năng.",
              "Người dân di chuyển trên một tuyến phố trung tâm vào giờ tan tầm.",
              "Một góc thành phố nhìn từ trên cao trong ngày nắng đẹp.",
              "Đại biểu tham dự buổi lễ tổ chức sáng nay.",
              "Nhà ga hành khách của một cảng hàng không nội địa."],
}
SECTION_WORDS = {
    "traffic": ("xe", "CSGT", "tài xế", "giao thông", "đường", "tai nạn", "lái", "bến", "tàu", "bay"),
    "school": ("thi", "học", "trường", "sinh viên", "giáo", "sư phạm", "tuyển"),
    "law": ("bắt", "tạm giam", "tạm giữ", "xét xử", "hoãn xử", "đâm", "ma tuý", "giết", "khởi tố", "vụ án", "lừa đảo",
            "trộm", "tử vong", "sát hại", "hiếp dâm", "truy sát", "truy nã", "bị cáo"),
}
GENERIC_COMMENTS = ["Mong cơ quan chức năng vào cuộc làm rõ sớm.", "Đọc xong thấy buồn quá.",
                    "Bài viết phản ánh đúng thực tế, cảm ơn phóng viên.", "Chờ xem kết quả xử lý thế nào.",
                    "Ở quê tôi cũng có chuyện tương tự như vậy."]
COMMENTS = ["Giá lăn bánh như vậy vẫn còn cao so với thu nhập của người dân.",
            "Mong cơ quan chức năng xử lý nghiêm để làm gương.",
            "Đường sá chưa tốt thì phạt nặng mấy cũng khó chuyển biến.",
            "Bài viết rất hữu ích, cảm ơn tác giả.",
            "Tôi đi tuyến này hằng ngày, tình trạng đúng như bài báo phản ánh.",
            "Cần thêm xe buýt vào giờ cao điểm thì người dân mới bỏ xe máy được.",
            "Chờ xem thực tế triển khai thế nào đã.",
            "Sao đến giờ mới xử lý, dư luận đã phản ánh từ lâu rồi."]
TAGS = ["giá xe", "ô tô", "xe máy", "CSGT", "phạt nguội", "đăng kiểm", "xe buýt", "đường sắt", "hàng không",
        "cao tốc", "an toàn giao thông", "bằng lái", "thi bằng lái", "nồng độ cồn", "thời sự", "pháp luật",
        "giáo dục", "xã hội", "tai nạn", "BOT"]


def name(r):
    return f"{r.choice(SURN)} {r.choice(MID)} {r.choice(GIV)}"


def short_name(r):
    return f"{r.choice(MID)} {r.choice(GIV)}"


def section(title):
    t = title
    for k in ("law", "traffic", "school"):
        if any(re.search(r"(?<!\w)" + w + r"(?!\w)", t, re.I) for w in SECTION_WORDS[k]):
            return k
    return "other"


def story_names(sents):
    found = []
    for s in sents:
        for m in re.finditer(r"\b(" + "|".join(SURN) + r")((?: \w+){1,3})", s):
            ws = m.group(0).split()
            keep = []
            for y in ws:
                if y[:1].isupper() and y.isalpha() and not y.isupper():
                    keep.append(y)
                else:
                    break
            n = " ".join(keep)
            if n not in found and len(n.split()) >= 3:
                found.append(n)
    places = []
    for s in sents:
        w = s.replace(",", " , ").replace(")", " ) ").split()
        for i, x in enumerate(w[:-1]):
            if x in ("tỉnh", "huyện", "quận", "TP.", "thị xã"):
                p = []
                for y in w[i + 1:i + 4]:
                    if y[:1].isupper() and y.isalpha():
                        p.append(y)
                    else:
                        break
                p = " ".join(p)
                if p and (x + " " + p) not in places:
                    places.append(x + " " + p)
    return found, places


# ---------------------------------------------------------------- context
class Ctx:
    def __init__(self, row, title, paras, related_pool, idx):
        self.row = row
        self.title = title
        self.paras = paras
        self.r = rng_for(row, "layout")
        rd = rng_for(row, "date")
        self.dt = datetime(rd.randint(2016, 2019), rd.randint(1, 12), rd.randint(1, 28), rd.randint(6, 22),
                           rd.randint(0, 59))
        self.author = name(rng_for(row, "author"))
        self.author2 = name(rng_for(row, "author2"))
        self.photog = short_name(rng_for(row, "photo"))
        sents = [s for p in paras for s in p]
        self.names, self.places = story_names(sents)
        self.section = section(title)
        rr = rng_for(row, "related")
        k = min(len(related_pool), 8)
        self.related = rr.sample(related_pool, k) if k else []
        self.idx = idx

    # dates -------------------------------------------------------------
    def d(self, style):
        t = self.dt
        wd = WD[t.weekday()]
        f = {
            0: f"{wd}, {t.day:02d}/{t.month:02d}/{t.year} {t.hour:02d}:{t.minute:02d} (GMT+7)",
            1: f"{t.day:02d}/{t.month:02d}/{t.year} | {t.hour:02d}:{t.minute:02d}",
            2: f"Cập nhật lúc {t.hour:02d}:{t.minute:02d}, {t.day:02d}/{t.month:02d}/{t.year}",
            3: f"{wd.lower().capitalize()}, ngày {t.day} tháng {t.month} năm {t.year}",
            4: f"{t.hour:02d}:{t.minute:02d} {t.day:02d}-{t.month:02d}-{t.year}",
            5: f"Ngày đăng: {t.day:02d}.{t.month:02d}.{t.year} - {t.hour:02d}h{t.minute:02d}",
            6: f"{t.day}/{t.month}/{t.year}, {t.hour:02d}:{t.minute:02d}",
            7: f"{wd} {t.day:02d}/{t.month:02d}/{t.year} - {t.hour:02d}:{t.minute:02d}",
            8: f"Đăng lúc {t.hour:02d}:{t.minute:02d} ngày {t.day:02d}/{t.month:02d}/{t.year}",
            9: f"{t.year}-{t.month:02d}-{t.day:02d} {t.hour:02d}:{t.minute:02d}",
        }
        return f[style]

    def today(self):
        t = self.dt
        return f"Hôm nay, {WD[t.weekday()].lower()} {t.day}/{t.month}/{t.year}"

    # captions ----------------------------------------------------------
    def caption(self, tag=""):
        r = self.r
        opts = list(SCENES[self.section])
        for n in self.names[:2]:
            opts.append(f"{n} trao đổi với phóng viên.")
        for p in self.places[:2]:
            opts.append(f"Một tuyến đường tại {p} trong ngày thường.")
        if self.section == "law":
            opts.append(f"Hình ảnh liên quan đến vụ việc {self.short_title()}.")
        else:
            opts.append(f"Hình ảnh minh hoạ cho bài viết {self.short_title()}.")
        c = r.choice(opts)
        return c

    def short_title(self):
        t = self.title.rstrip("?!.")
        w = t.split()
        if len(w) > 9:
            t = " ".join(w[:9]) + "…"
        return f"\"{t}\""

    # related -----------------------------------------------------------
    def rel(self, n, start=0):
        return self.related[start:start + n]

    def rel_titles(self, n, start=0):
        return [x[1] for x in self.rel(n, start)]

    def teaser(self, item):
        return teaser_from(item[2])


# ---------------------------------------------------------------- building helpers
def B(paras, inserts=None):
    """Body paragraphs with inserts: dict para_index -> list of entries placed after that paragraph."""
    out = []
    inserts = inserts or {}
    for i, p in enumerate(paras):
        out.append(("body", list(p)))
        for e in inserts.get(i, []):
            out.append(e)
    return out


def spots(ctx, k, purpose="spots"):
    n = len(ctx.paras)
    if n <= 1:
        return []
    r = rng_for(ctx.row, purpose)
    cand = list(range(0, n - 1))
    r.shuffle(cand)
    return sorted(cand[:k])


def img_block(ctx, style):
    c = ctx.caption()
    p = ctx.photog
    if style == "cap_credit_inline":
        return [("caption", f"{c} (Ảnh: {p})")]
    if style == "cap_then_credit":
        return [("caption", c), ("credit", f"Ảnh: {p}")]
    if style == "mark_cap":
        return [("widget", "[Hình ảnh]"), ("caption", c)]
    if style == "cap_dash":
        return [("caption", f"{c.rstrip('.')} - Ảnh: {p.upper()}")]
    if style == "plain":
        return [("caption", c)]
    if style == "cap_src":
        return [("caption", c), ("credit", f"Nguồn: {ctx.r.choice(['CTV', 'Người dân cung cấp', 'Camera hành trình', 'Công an cung cấp'])}")]
    raise ValueError(style)


# ---------------------------------------------------------------- layouts
def L_xeviet(ctx):
    r = ctx.r
    top = [("site", "XeViệt24h.vn"),
           ("widget", "Trang chủ | Ô tô | Xe máy | Giá xe | Giao thông | Pháp luật | Video"),
           ("widget", f"Trang chủ » {ctx.r.choice(['Thời sự', 'Giao thông', 'Xã hội'])}"),
           ("title", ctx.title), ("date", ctx.d(0))]
    ins = {}
    for i, s in enumerate(spots(ctx, 2)):
        ins[s] = img_block(ctx, "cap_credit_inline")
    rt = ctx.rel_titles(4)
    tail = [("byline", ctx.author.upper())]
    if rt:
        tail.append(("widget", "TIN LIÊN QUAN"))
        tail += [("related", t) for t in rt]
    tail += [("widget", "Chia sẻ Facebook | Zalo | In bài"),
             ("widget", f"Từ khoá: {', '.join(r.sample(TAGS, 3))}"),
             ("widget", "© 2016 XeViệt24h. Giấy phép số 219/GP-BTTTT. Hotline: 0938 417 255")]
    return top + B(ctx.paras, ins) + tail


def L_otoplus(ctx):
    r = ctx.r
    top = [("widget", ctx.today()), ("site", "Ôtô Plus"),
           ("widget", "Xe mới  Đánh giá  Tư vấn  Thị trường  Luật giao thông"),
           ("title", ctx.title), ("byline", f"Bài: {ctx.author}"), ("date", ctx.d(1))]
    ins = {}
    sp = spots(ctx, 2)
    if sp:
        ins[sp[0]] = img_block(ctx, "cap_then_credit")
    rel = ctx.rel(3)
    if len(sp) > 1 and rel:
        ins[sp[1]] = [("related", f"Xem thêm: {rel[0][1]}")]
    tail = [("widget", "Bạn nghĩ gì về bài viết này?"), ("widget", "Thích (24) | Bình luận (3) | Chia sẻ")]
    if len(rel) > 1:
        tail.append(("widget", "Có thể bạn quan tâm"))
        tail += [("related", f"• {x[1]}") for x in rel[1:]]
    tail.append(("widget", "Ôtô Plus - Tạp chí điện tử về xe và giao thông. Email: toasoan@otoplus.vn"))
    return top + B(ctx.paras, ins) + tail


def L_motovn(ctx):
    r = ctx.r
    top = [("site", "MÔTÔ VN"), ("widget", "Đăng nhập | Đăng ký"),
           ("widget", "Mô tô > Tin tức > Giao thông"), ("date", ctx.d(2)), ("title", ctx.title)]
    ins = {}
    sp = spots(ctx, 3)
    for s in sp[:2]:
        ins[s] = img_block(ctx, "mark_cap")
    if len(sp) > 2:
        ins.setdefault(sp[2], []).append(("widget", "Quảng cáo"))
    tail = [("byline", f"{ctx.author} - {ctx.author2}"), ("widget", "Lượt xem: " + str(r.randint(300, 9000)))]
    rel = ctx.rel(4)
    if rel:
        tail.append(("widget", "Tin cùng chuyên mục"))
        for x in rel:
            tail.append(("related", f"{x[1]} ({(ctx.dt.day % 27) + 1}/{ctx.dt.month})"))
    tail.append(("widget", "Về đầu trang"))
    return top + B(ctx.paras, ins) + tail


def L_giaothongso(ctx):
    top = [("site", "Giao Thông Số"), ("title", ctx.title), ("date", ctx.d(3)),
           ("widget", "Nghe đọc bài viết"), ("widget", "00:00 / 03:12")]
    ins = {}
    sp = spots(ctx, 2)
    if sp:
        ins[sp[0]] = img_block(ctx, "cap_dash")
    rel = ctx.rel(3)
    if len(sp) > 1 and len(rel) > 0:
        ins[sp[1]] = [("widget", "ĐỌC THÊM"), ("related", rel[0][1])]
    tail = [("byline", ctx.author), ("byline", "(Theo Tạp chí Đường Việt)")]
    if len(rel) > 1:
        tail.append(("related", " | ".join(x[1] for x in rel[1:])))
    tail += [("widget", "Gửi phản hồi"), ("widget", "Đường dây nóng: 0966 120 789")]
    return top + B(ctx.paras, ins) + tail


def L_banglai(ctx):
    r = ctx.r
    top = [("site", "BằngLái.net"), ("widget", "Tin tức  /  Luật giao thông  /  Mẹo thi sát hạch"),
           ("title", ctx.title)]
    ins = {}
    sp = spots(ctx, 2)
    for s in sp[:1]:
        ins[s] = img_block(ctx, "plain")
    tail = [("date", ctx.d(4)), ("byline", f"Tác giả: {ctx.author}")]
    rel = ctx.rel(5)
    if rel:
        tail.append(("widget", "Bài viết liên quan:"))
        tail += [("related", f"{i + 1}. {x[1]}") for i, x in enumerate(rel)]
    tail += [("widget", "Đánh giá bài viết: ★★★★☆ (4,2/5 - 37 lượt)"),
             ("widget", "Nội dung chỉ mang tính tham khảo, không thay thế văn bản pháp luật hiện hành.")]
    return top + B(ctx.paras, ins) + tail


def L_duongsat(ctx):
    top = [("site", "Đường Sắt & Đô Thị"), ("widget", "Tàu hoả | Metro | Xe buýt | Hàng không | Cảng biển"),
           ("title", ctx.title), ("byline", ctx.author.upper()), ("date", ctx.d(5))]
    ins = {}
    sp = spots(ctx, 2)
    if sp:
        ins[sp[0]] = img_block(ctx, "cap_src")
    if len(sp) > 1:
        ins[sp[1]] = [("widget", "- Quảng cáo -")]
    tail = [("widget", "In trang | Gửi email | Lưu tin")]
    rel = ctx.rel(3)
    if rel:
        tail.append(("widget", "Tin liên quan"))
        for x in rel:
            tz = ctx.teaser(x)
            tail.append(("related", x[1]))
            if tz and norm(tz) != norm(x[1]):
                tail.append(("related", tz))
    tail.append(("widget", "Bản quyền thuộc về Đường Sắt & Đô Thị. Ghi rõ nguồn khi phát hành lại."))
    return top + B(ctx.paras, ins) + tail


def L_chayxe(ctx):
    r = ctx.r
    top = [("widget", "Tìm kiếm..."), ("site", "ChạyXe"), ("widget", "Trang chủ › Thời sự"),
           ("title", ctx.title), ("date", ctx.d(6)),
           ("widget", "Chia sẻ  Facebook  Twitter")]
    ins = {}
    sp = spots(ctx, 3)
    for s in sp[:2]:
        ins[s] = img_block(ctx, "cap_credit_inline")
    rel = ctx.rel(4)
    if len(sp) > 2 and rel:
        ins.setdefault(sp[2], []).append(("related", f">> {rel[0][1]}"))
    tail = [("byline", f"{ctx.author} (tổng hợp)"), ("widget", "#" + " #".join(t.replace(" ", "") for t in r.sample(TAGS, 3)))]
    if len(rel) > 1:
        tail.append(("widget", "Đọc tiếp"))
        tail += [("related", f"{x[1]} - {ctx.teaser(x) or ''}".rstrip(" -")) for x in rel[1:]]
    tail.append(("widget", "Bình luận (0)"))
    tail.append(("widget", "Chưa có bình luận nào. Hãy là người đầu tiên bình luận!"))
    return top + B(ctx.paras, ins) + tail


def L_hanhtrinh(ctx):
    r = ctx.r
    top = [("site", "Hành Trình Việt"), ("title", ctx.title), ("date", ctx.d(7)),
           ("byline", f"{ctx.author}  |  Hành Trình Việt")]
    ins = {}
    sp = spots(ctx, 2)
    if sp:
        ins[sp[0]] = img_block(ctx, "plain") + [("credit", f"Ảnh: {ctx.photog}")]
    if len(sp) > 1:
        ins[sp[1]] = [("widget", "Video đang phát"), ("caption", "Video: " + ctx.caption())]
    tail = [("widget", "Bình luận của bạn đọc")]
    for c in r.sample(COMMENTS if ctx.section == "traffic" else GENERIC_COMMENTS, 2):
        n = name(r)
        tail += [("widget", n), ("widget", c), ("widget", "Trả lời · Thích")]
    rel = ctx.rel(3)
    if rel:
        tail.append(("widget", "Tin mới hơn"))
        tail += [("related", x[1]) for x in rel]
    return top + B(ctx.paras, ins) + tail


def L_xe360(ctx):
    r = ctx.r
    top = [("site", "Xe360"), ("widget", "MỚI NHẤT   ĐÁNH GIÁ XE   BẢNG GIÁ   GIAO THÔNG"),
           ("widget", "Bảng giá xe tháng này: xem ngay"), ("title", ctx.title), ("date", ctx.d(8))]
    ins = {}
    sp = spots(ctx, 3)
    if sp:
        ins[sp[0]] = img_block(ctx, "cap_then_credit")
    rel = ctx.rel(4)
    if len(sp) > 1 and len(rel) >= 2:
        ins[sp[1]] = [("related", f"Xem thêm: {rel[0][1]}; {rel[1][1]}")]
    if len(sp) > 2:
        ins[sp[2]] = [("widget", "Đăng ký lái thử miễn phí - Gọi 1900 6181")]
    tail = [("byline", f"Theo Báo Xe Cộ Ngày Nay"), ("widget", "Đánh giá: Hay | Bình thường | Chưa hay")]
    if len(rel) > 2:
        tail += [("widget", "Tin khác")] + [("related", f"- {x[1]}") for x in rel[2:]]
    return top + B(ctx.paras, ins) + tail


def L_tayga(ctx):
    r = ctx.r
    top = [("site", "TayGa.vn"), ("widget", "Diễn đàn | Tin tức | Chợ xe"), ("title", ctx.title),
           ("date", ctx.d(9)), ("byline", f"Đăng bởi: {ctx.author.split()[-1].lower()}{r.randint(80, 99)}")]
    ins = {}
    sp = spots(ctx, 2)
    for s in sp:
        ins[s] = [("widget", "[IMG]"), ("caption", ctx.caption())]
    tail = [("widget", f"{r.randint(2, 40)} người thích bài này"), ("widget", "Trả lời  Trích dẫn  Báo cáo")]
    rel = ctx.rel(4)
    if rel:
        tail.append(("widget", "Chủ đề tương tự"))
        tail += [("related", f"{x[1]} ({r.randint(1, 60)} trả lời)") for x in rel]
    return top + B(ctx.paras, ins) + tail


def L_ducanh(ctx):
    r = ctx.r
    top = [("site", "Tạp chí Ô tô Việt Đức"), ("widget", "Số 27 - Phát hành thứ Năm hằng tuần"),
           ("widget", "Thị trường » Tin tức"), ("title", ctx.title)]
    quote = None
    for p in ctx.paras:
        for s in p:
            m = re.search(r'"([^"]{40,160})"', s)
            if m and quote is None and len(m.group(1).split()) >= 8:
                quote = "“" + m.group(1).rstrip(" .,") + "”"
    ins = {}
    sp = spots(ctx, 2)
    if sp:
        ins[sp[0]] = img_block(ctx, "cap_credit_inline")
    if len(sp) > 1 and quote:
        ins[sp[1]] = [("widget", quote)]
    tail = [("byline", ctx.author), ("date", ctx.d(1)),
            ("widget", "Trở lại | Đầu trang | In bài")]
    rel = ctx.rel(3)
    if rel:
        tail.append(("widget", "Các tin khác"))
        tail += [("related", f"{x[1]} ({ctx.dt.day:02d}/{ctx.dt.month:02d}/{ctx.dt.year})") for x in rel]
    tail.append(("widget", "Tòa soạn: Số 12 phố Lê Văn Hiến, Hà Nội. ĐT: (024) 3762 9015"))
    return top + B(ctx.paras, ins) + tail


def L_xebuyt(ctx):
    r = ctx.r
    top = [("site", "Xe Buýt Thủ Đô"), ("widget", "Tra cứu lộ trình | Vé tháng | Tin tức | Liên hệ"),
           ("title", ctx.title), ("date", ctx.d(0)), ("widget", "(XBTĐ) -")]
    ins = {}
    sp = spots(ctx, 1)
    if sp:
        ins[sp[0]] = img_block(ctx, "cap_src")
    rel = ctx.rel(3)
    tail = [("byline", ctx.author2.upper())]
    if rel:
        tail.append(("widget", "Bài viết cùng chủ đề"))
        tail += [("related", f"+ {x[1]}") for x in rel]
    tail += [("widget", "Tổng đài hỗ trợ: 1900 1296 (8h - 20h)"), ("widget", "Số lượt truy cập: 1.824.605")]
    return top + B(ctx.paras, ins) + tail


def L_bayviet(ctx):
    r = ctx.r
    top = [("site", "BAY VIỆT"), ("widget", "Hàng không | Sân bay | Du lịch | Thị trường"),
           ("date", ctx.d(3)), ("title", ctx.title)]
    ins = {}
    sp = spots(ctx, 2)
    if sp:
        ins[sp[0]] = [("caption", f"Ảnh: {ctx.caption()}")]
    rel = ctx.rel(4)
    if len(sp) > 1 and rel:
        t = ctx.teaser(rel[0])
        ins[sp[1]] = [("related", f"{rel[0][1]}" + (f" - {t}" if t else ""))]
    tail = [("byline", f"Bài: {ctx.author} - Ảnh: {ctx.photog}"), ("widget", "Tags: " + ", ".join(r.sample(TAGS, 4)))]
    if len(rel) > 1:
        tail += [("widget", "XEM NHIỀU NHẤT")] + [("related", x[1]) for x in rel[1:]]
    tail.append(("widget", "Đặt vé máy bay giá rẻ: 1900 2727"))
    return top + B(ctx.paras, ins) + tail


def L_phuot(ctx):
    r = ctx.r
    top = [("site", "Phượt Xe"), ("title", ctx.title),
           ("widget", f"{r.randint(1, 30)} bình luận"), ("date", ctx.d(6))]
    ins = {}
    sp = spots(ctx, 2)
    for s in sp:
        ins[s] = img_block(ctx, "cap_dash")
    tail = [("byline", f"{ctx.author} | Phượt Xe"), ("widget", "Theo dõi Phượt Xe trên Facebook")]
    rel = ctx.rel(2)
    if rel:
        tail.append(("related", "Tin liên quan: " + " / ".join(x[1] for x in rel)))
    tail += [("widget", "Bình luận")]
    for c in r.sample(COMMENTS if ctx.section == "traffic" else GENERIC_COMMENTS, 2):
        tail.append(("widget", f"{short_name(r)}: {c}"))
    return top + B(ctx.paras, ins) + tail


def L_tinxe(ctx):
    r = ctx.r
    top = [("site", "TinXe Online"), ("widget", ctx.today()), ("widget", "Trang chủ » Xã hội » Giao thông"),
           ("title", ctx.title), ("date", ctx.d(2)), ("widget", "A- A A+")]
    ins = {}
    sp = spots(ctx, 2)
    if sp:
        ins[sp[0]] = [("caption", ctx.caption()), ("credit", f"Ảnh: {ctx.photog}/TinXe")]
    if len(sp) > 1:
        ins[sp[1]] = [("widget", "ADVERTISEMENT")]
    tail = [("byline", f"{ctx.author} (TTXVN)")]
    rel = ctx.rel(5)
    if rel:
        tail.append(("widget", "Tin liên quan"))
        for x in rel:
            tail += [("widget", f"{r.randint(6, 22):02d}:{r.randint(0, 59):02d} {ctx.dt.day:02d}/{ctx.dt.month:02d}"),
                     ("related", x[1])]
    tail.append(("widget", "Báo điện tử TinXe Online - Cơ quan chủ quản: Công ty CP Truyền thông Xe Việt"))
    return top + B(ctx.paras, ins) + tail


def L_dangkiem(ctx):
    r = ctx.r
    top = [("site", "Đăng Kiểm 365"), ("widget", "Tin tức | Văn bản | Hỏi đáp | Lịch đăng kiểm"),
           ("title", ctx.title)]
    ins = {}
    sp = spots(ctx, 2)
    if sp:
        ins[sp[0]] = img_block(ctx, "cap_then_credit")
    if len(sp) > 1:
        ins[sp[1]] = [("widget", "Hỏi đáp nhanh về thủ tục đăng kiểm, gọi 0243 815 660")]
    tail = [("byline", ctx.author), ("byline", "Phóng viên ban Thời sự, phụ trách mảng giao thông - đô thị"),
            ("date", ctx.d(4))]
    rel = ctx.rel(3)
    if rel:
        tail.append(("widget", "CÙNG CHUYÊN MỤC"))
        tail += [("related", f"» {x[1]}") for x in rel]
    return top + B(ctx.paras, ins) + tail


def L_xanhxe(ctx):
    r = ctx.r
    top = [("site", "Xanh Xe - Xe điện & năng lượng mới"), ("widget", "Menu"), ("title", ctx.title),
           ("byline", f"{ctx.author} và {ctx.author2.split()[-1]} {ctx.author2.split()[0]}"), ("date", ctx.d(7))]
    top[3] = ("byline", f"{ctx.author}, {ctx.author2}")
    ins = {}
    sp = spots(ctx, 2)
    if sp:
        ins[sp[0]] = [("caption", ctx.caption()), ("widget", "Phóng to")]
    rel = ctx.rel(4)
    if len(sp) > 1 and rel:
        ins[sp[1]] = [("related", f"Đọc thêm: {rel[0][1]}")]
    tail = [("widget", "Bạn có hài lòng với bài viết? 👍 👎")]
    if len(rel) > 1:
        tail += [("widget", "Mới cập nhật")] + [("related", f"{x[1]} • {ctx.dt.day}/{ctx.dt.month}") for x in rel[1:]]
    tail.append(("widget", "Đăng ký nhận bản tin qua email"))
    return top + B(ctx.paras, ins) + tail


def L_caotoc(ctx):
    r = ctx.r
    top = [("site", "Cao Tốc Online"), ("widget", "Thời sự  |  Dự án  |  BOT  |  Đô thị  |  Tiêu điểm"),
           ("widget", "TIÊU ĐIỂM"), ("title", ctx.title), ("date", ctx.d(5))]
    ins = {}
    sp = spots(ctx, 3)
    for s in sp[:2]:
        ins[s] = img_block(ctx, "cap_credit_inline")
    if len(sp) > 2:
        ins[sp[2]] = [("caption", "Infographic: tiến độ các dự án cao tốc trọng điểm"), ("credit", "Đồ hoạ: Hải Đăng")]
    rel = ctx.rel(3)
    tail = [("byline", f"Nhóm phóng viên"), ("byline", f"{ctx.author} - {ctx.author2}")]
    if rel:
        tail += [("widget", "BÀI LIÊN QUAN")]
        for x in rel:
            t = ctx.teaser(x)
            tail.append(("related", f"{x[1]}" + (f" {t}" if t else "")))
    tail.append(("widget", "Giấy phép số 45/GP-TTĐT. Liên hệ quảng cáo: quangcao@caotoconline.vn"))
    return top + B(ctx.paras, ins) + tail


def L_xemay(ctx):
    r = ctx.r
    top = [("site", "XeMáy.Today"), ("title", ctx.title), ("byline", ctx.author), ("date", ctx.d(8)),
           ("widget", "Lưu bài viết"), ("widget", "Facebook  Zalo  Copy link")]
    ins = {}
    sp = spots(ctx, 2)
    if sp:
        ins[sp[0]] = img_block(ctx, "mark_cap")
    rel = ctx.rel(4)
    if len(sp) > 1 and rel:
        ins[sp[1]] = [("widget", "Tin liên quan"), ("related", rel[0][1])]
    tail = [("credit", f"Ảnh: {ctx.photog}")]
    if len(rel) > 1:
        tail += [("widget", "Có thể bạn quan tâm")] + [("related", x[1]) for x in rel[1:]]
    tail += [("widget", "Ý kiến của bạn"), ("widget", "Gửi bình luận"),
             ("widget", "XeMáy.Today không chịu trách nhiệm về nội dung bình luận của độc giả.")]
    return top + B(ctx.paras, ins) + tail


def L_banxe(ctx):
    r = ctx.r
    top = [("site", "Sàn Bán Xe"), ("widget", "Mua xe | Bán xe | Tin tức | Định giá xe cũ"),
           ("widget", "Hotline mua bán: 0909 552 318"), ("title", ctx.title), ("date", ctx.d(9))]
    ins = {}
    sp = spots(ctx, 2)
    if sp:
        ins[sp[0]] = img_block(ctx, "plain")
    if len(sp) > 1:
        ins[sp[1]] = [("widget", "Tin rao nổi bật: Bán xe 7 chỗ đời 2017, giá thương lượng")]
    tail = [("byline", f"{ctx.author} (theo Tuần báo Bánh Lái)")]
    rel = ctx.rel(6)
    if rel:
        tail.append(("widget", "Tin tức khác"))
        tail += [("related", x[1]) for x in rel[:3]]
    if len(rel) > 3:
        tail.append(("widget", "Đọc nhiều"))
        tail += [("related", f"{i + 1} {x[1]}") for i, x in enumerate(rel[3:])]
    tail.append(("widget", "© Sàn Bán Xe 2019 - Mọi quyền được bảo lưu"))
    return top + B(ctx.paras, ins) + tail


LAYOUTS = [("XeViet24h", L_xeviet, (1, 3)), ("OtoPlus", L_otoplus, (2, 3)), ("MotoVN", L_motovn, (1, 2)),
           ("GiaoThongSo", L_giaothongso, (2, 4)), ("BangLai", L_banglai, (1, 3)),
           ("DuongSatDoThi", L_duongsat, (2, 3)), ("ChayXe", L_chayxe, (1, 2)), ("HanhTrinhViet", L_hanhtrinh, (2, 4)),
           ("Xe360", L_xe360, (1, 3)), ("TayGa", L_tayga, (1, 4)), ("OtoVietDuc", L_ducanh, (2, 3)),
           ("XeBuytThuDo", L_xebuyt, (1, 2)), ("BayViet", L_bayviet, (2, 3)), ("PhuotXe", L_phuot, (1, 3)),
           ("TinXeOnline", L_tinxe, (2, 4)), ("DangKiem365", L_dangkiem, (1, 2)), ("XanhXe", L_xanhxe, (2, 3)),
           ("CaoTocOnline", L_caotoc, (1, 3)), ("XeMayToday", L_xemay, (1, 2)), ("SanBanXe", L_banxe, (2, 4))]


# ---------------------------------------------------------------- faults
def inner_space_positions(s):
    return [i for i, c in enumerate(s) if c == " " and 0 < i < len(s) - 1]


def fault_nbsp(s, r, k=2):
    pos = inner_space_positions(s)
    for p in r.sample(pos, min(k, len(pos))):
        s = s[:p] + "\u00a0" + s[p + 1:]
    return s


def fault_zwsp(s, r):
    words = [(m.start(), m.end()) for m in re.finditer(r"[^\s\"“”()]{4,}", s)]
    if not words:
        return s
    a, b = r.choice(words)
    p = r.randint(a + 1, b - 1)
    return s[:p] + "\u200b" + s[p:]


def fault_dbl(s, r):
    pos = inner_space_positions(s)
    if not pos:
        return s
    p = r.choice(pos)
    return s[:p] + "  " + s[p + 1:]


def apply_faults(entries, faults, r):
    if "glue" in faults:
        cands = [i for i, e in enumerate(entries) if e[0] == "body" and len(e[1]) >= 2
                 and any(e[1][j].endswith(".") and not e[1][j].endswith("..") for j in range(len(e[1]) - 1))]
        if cands:
            i = r.choice(cands)
            items = entries[i][1]
            js = [j for j in range(len(items) - 1) if items[j].endswith(".") and not items[j].endswith("..")]
            j = r.choice(js)
            items = items[:j] + [items[j] + items[j + 1]] + items[j + 2:]
            entries[i] = ("body", items)
    for f, fn in (("nbsp", fault_nbsp), ("zwsp", fault_zwsp), ("dbl", fault_dbl)):
        if f not in faults:
            continue
        idx = [i for i, e in enumerate(entries) if e[0] in ("body",) + KINDS]
        for i in r.sample(idx, min(len(idx), 3 if f != "dbl" else 1)):
            k, v = entries[i]
            if k == "body":
                j = r.randrange(len(v))
                v = list(v)
                v[j] = fn(v[j], r)
                entries[i] = (k, v)
            else:
                entries[i] = (k, fn(v, r))
    if "nfd" in faults:
        nf = lambda x: unicodedata.normalize("NFD", x)
        entries[:] = [(k, [nf(x) for x in v]) if k == "body" else (k, nf(v)) for k, v in entries]
    return entries


# ---------------------------------------------------------------- contract
def check_page(p):
    lines = p.text.split("\n")
    for ln in lines:
        if not ln or ln != ln.strip():
            raise ValueError(f"blank or unstripped line: {ln!r}")
    for b in p.body:
        if "\n" in b or b != b.strip() or b not in p.text:
            raise ValueError(f"bad body item {b!r}")
    for k, _ in p.furniture:
        if k not in KINDS:
            raise ValueError(f"bad kind {k}")
    bi = fi = 0
    unl = []
    for ln in lines:
        if fi < len(p.furniture) and ln == p.furniture[fi][1]:
            fi += 1
            continue
        ok = False
        for n in range(1, 5):
            if bi + n <= len(p.body) and ln == " ".join(p.body[bi:bi + n]):
                bi += n
                ok = True
                break
        if ok:
            continue
        unl.append(ln)
    if bi != len(p.body) or fi != len(p.furniture):
        raise ValueError("walk did not use up body/furniture")
    if len(unl) > 3 or len(set(norm(u) for u in unl)) != len(unl):
        raise ValueError(f"too many unlabelled lines: {unl}")
    if len(p.body) < 3:
        raise ValueError("too few body items")
    bset = set()
    for b in p.body:
        bset.add(norm(b))
    for k, line in p.furniture:
        if norm(line) in bset:
            raise ValueError(f"furniture equals body: {line!r}")
    for u in unl:
        if norm(u) in bset:
            raise ValueError(f"unlabelled equals body: {u!r}")
    un = {norm(u) for u in unl}
    for k, line in p.furniture:
        if k == "related" and norm(line) in un:
            raise ValueError("related equals title")


def assemble(entries, layout):
    lines, body, furn = [], [], []
    for k, v in entries:
        if k == "body":
            lines.append(" ".join(v))
            body.extend(v)
        elif k in KINDS:
            lines.append(v)
            furn.append((k, v))
        else:
            lines.append(v)
    return Page("\n".join(lines), body, furn, layout)


def clean_entries(entries, ctx):
    """Drop furniture that would clash with body sentences, the title or other unlabelled lines."""
    bodyn = {norm(s) for p in ctx.paras for s in p}
    unl = {}
    out = []
    for k, v in entries:
        if k == "body":
            out.append((k, v))
            continue
        v = re.sub(r"\s+", " ", v).strip()
        if not v:
            continue
        n = norm(v)
        if n in bodyn:
            continue
        if k in ("title", "date", "site"):
            if n in unl.values() or k in unl:
                k = "widget"
            else:
                unl[k] = n
        elif k == "related" and (n == norm(ctx.title)):
            continue
        out.append((k, v))
    # repeats of unlabelled lines as furniture stay widget; fine
    return out


def make_paragraphs(sents, row, rng_range):
    r = rng_for(row, "paras")
    lo, hi = rng_range
    paras, i = [], 0
    while i < len(sents):
        n = r.randint(lo, hi)
        paras.append(sents[i:i + n])
        i += n
    return paras


def pages(path):
    body_rows, related = read_rows(path)
    pool = []
    for row, t, a in related:
        if t:
            pool.append((row, t, a))
    out = []
    k = 0
    for row, t, a in body_rows:
        title = detok(t)
        sents = story_sentences(title, a)
        if len(sents) < 3:
            continue
        lname, fn, prange = LAYOUTS[k % len(LAYOUTS)]
        paras = make_paragraphs(sents, row, prange)
        ctx = Ctx(row, title, paras, pool, k)
        entries = clean_entries(fn(ctx), ctx)
        rf = rng_for(row, "faults")
        faults = []
        if rf.random() < 0.27:
            faults = rf.sample(["nbsp", "zwsp", "dbl", "glue", "nfd"], rf.choice([1, 1, 2]))
        entries = apply_faults(entries, faults, rf)
        page = assemble(entries, lname)
        check_page(page)
        out.append(page)
        FAULTS[id(page)] = faults
        k += 1
    return out


FAULTS = {}


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data/vietnews_train.jsonl.gz"
    ps = pages(path)
    cols = ["pages", "body"] + list(KINDS) + ["faults"]
    tab = {}
    for p in ps:
        t = tab.setdefault(p.layout, dict.fromkeys(cols, 0))
        t["pages"] += 1
        t["body"] += len(p.body)
        for kd, _ in p.furniture:
            t[kd] += 1
        t["faults"] += len(FAULTS.get(id(p), []))
    print(f"{'layout':<15}" + "".join(f"{c:>9}" for c in cols))
    tot = dict.fromkeys(cols, 0)
    for lname, _, _ in LAYOUTS:
        t = tab.get(lname, dict.fromkeys(cols, 0))
        print(f"{lname:<15}" + "".join(f"{t[c]:>9}" for c in cols))
        for c in cols:
            tot[c] += t[c]
    print(f"{'TOTAL':<15}" + "".join(f"{tot[c]:>9}" for c in cols))


if __name__ == "__main__":
    main()
