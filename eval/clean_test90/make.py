#!/usr/bin/env python3
"""Held-out evaluation set "test90" (SEED 9090) for a cleaner of scraped Vietnamese news pages.

Theme: city and local-community news (invented city papers, ward portals, neighbourhood
forums, local radio sites).  Standard library only.

    python3 make.py /work/shared/data/vietnews_train.jsonl.gz
"""
import datetime
import gzip
import json
import random
import re
import sys
import unicodedata
from collections import OrderedDict
from typing import List, NamedTuple, Tuple

SETNAME = "test90"
SEED = 9090
BODY_ROWS = range(14600, 14700)
RELATED_ROWS = range(16700, 16800)
KINDS = ("byline", "credit", "caption", "related", "widget")


class Page(NamedTuple):
    text: str
    body: List[str]
    furniture: List[Tuple[str, str]]
    layout: str


def rng_for(row, purpose):
    return random.Random(f"{SETNAME}|{SEED}|{row}|{purpose}")


# ---------------------------------------------------------------- reading
def read_rows(path):
    """Stream the file once; return (body_rows, related_rows) as lists of (row, title, article)."""
    body, related = [], []
    last = max(BODY_ROWS.stop, RELATED_ROWS.stop) - 1
    with gzip.open(str(path), "rb") as fh:
        for i, raw in enumerate(fh):
            if i > last:
                break
            if i not in BODY_ROWS and i not in RELATED_ROWS:
                continue
            if not raw.strip():
                continue
            try:
                obj = json.loads(raw.decode("utf-8", "replace"))
            except Exception:
                continue
            if not isinstance(obj, dict):
                continue
            t, a = obj.get("title"), obj.get("article")
            if not isinstance(t, str) or not isinstance(a, str):
                continue
            if not t.strip() or not a.strip():
                continue
            if i in BODY_ROWS:
                body.append((i, t, a))
            else:
                related.append((i, t, a[:1200]))
    return body, related


# ---------------------------------------------------------------- story text
def detok(s):
    s = s.replace("_", " ")
    s = re.sub(r"\s+", " ", s).strip()
    s = re.sub(r'"\s*([^"]*?)\s*"', r'"\1"', s)
    s = re.sub(r"(^|\s)'\s+([^'\n]{1,80}?)\s+'(?=[\s,.;:!?]|$)", r"\1'\2'", s)
    s = re.sub(r"([“(\[])\s+", r"\1", s)
    s = re.sub(r"\s+([”)\]])", r"\1", s)
    s = re.sub(r"\s+([,.;:!?%…])", r"\1", s)
    s = re.sub(r"(\S) / (\S)", r"\1/\2", s)
    s = re.sub(r"\s+", " ", s).strip()
    return s


ABBR = {"TP", "TS", "GS", "PGS", "ThS", "BS", "Q", "P", "Th", "St", "Mr", "Mrs", "Ms", "Dr",
        "TT", "KS", "CN", "NXB", "Tp", "ThS.BS", "PGS.TS", "GS.TS", "TX", "H", "Nxb", "Co", "Ltd", "Inc"}


def split_sentences(s):
    out, start = [], 0
    for m in re.finditer(r'[.!?…]+["”’)]*\s+', s):
        end = m.end()
        if end >= len(s):
            break
        nxt = s[end]
        if not (nxt.isupper() or nxt.isdigit() or nxt in '"“('):
            continue
        punct = m.group(0).strip()
        if punct == ".":
            before = s[start:m.start()].split()
            w = before[-1] if before else ""
            w = w.lstrip('"“(')
            if w in ABBR or re.fullmatch(r"[A-ZĐ]", w) or re.fullmatch(r"(\w+\.)+\w*", w):
                continue
        out.append(s[start:m.end()].strip())
        start = end
    tail = s[start:].strip()
    if tail:
        out.append(tail)
    return out


CAPTION_MARKS = ("ảnh:", "(ảnh", "ảnh minh", "video:", "clip:", "minh hoạ", "minh họa", "(trái)", "(phải)",
                 "nguồn:", "đồ hoạ", "đồ họa", "infographic", "ảnh chụp", "(giữa)", "ảnh tư liệu",
                 "ảnh trên", "ảnh dưới", "photo:", "clip ", "video ")
REPORT = ("cho biết", "cho hay", "nói", "khẳng định", "chia sẻ", "thông tin", "trao đổi", "nhấn mạnh",
          "tiết lộ", "kể", "giải thích", "xác nhận", "thông báo", "đề nghị", "yêu cầu", "bày tỏ",
          "phát biểu", "nhận định", "cho rằng", "đánh giá", "khuyến cáo", "lưu ý", "tâm sự", "thừa nhận",
          "phản ánh", "trả lời", "nêu rõ", "dẫn lời", "theo ông", "theo bà", "theo anh", "theo chị",
          "ghi nhận", "báo cáo", "khai nhận", "kiến nghị", "thổ lộ", "bộc bạch", "viết", "tuyên bố")
CONNECTIVES = ("Tuy nhiên", "Trong khi đó", "Ngoài ra", "Theo đó", "Bên cạnh đó", "Do đó", "Vì vậy",
               "Đồng thời", "Trước đó", "Sau đó", "Hiện nay", "Hiện", "Cũng theo", "Thế nhưng", "Mặt khác",
               "Trước đây", "Khi ", "Dù ", "Mặc dù", "Tuy vậy", "Ngay sau đó", "Đến nay", "Cùng ngày",
               "Trước tình hình", "Như vậy", "Bởi vậy", "Vì thế", "Do vậy", "Ngoài việc", "Song",
               "Thậm chí", "Đặc biệt", "Riêng", "Cụ thể", "Tiếp đó", "Sau khi", "Trước khi", "Nhưng",
               "Còn ", "Tính đến", "Cũng trong", "Trong khi", "Nếu ", "Để ", "Theo ")


def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = re.sub(r"[\u200b\u200c\u200d\u2060\ufeff]", "", s)
    s = re.sub(r"\s+", "", s)
    return s.casefold()


def keep_sentence(s, title_n, seen):
    low = s.lower()
    if any(m in low for m in CAPTION_MARKS):
        return False
    if any(c in s for c in "|•»«"):
        return False
    if s.count('"') % 2 or s.count("(") != s.count(")") or s.count("“") != s.count("”") \
            or s.count("[") != s.count("]"):
        return False
    if not re.search(r'[.!?…]["”)]?$', s):
        return False
    first = s[0]
    if first.islower() or not (first.isalnum() or first in '"“'):
        return False
    if first in '"“' and len(s) > 1 and s[1].islower():
        return False
    words = s.split()
    if len(words) < 8 or len(words) > 110:
        return False
    if any(":" in w for w in words[:6]):
        return False
    if re.search(r"\bTheo\s+[A-ZĐ][^,;:]{0,40}$", s):
        return False
    n = norm(s)
    if n == title_n or n in seen:
        return False
    n_words = len(words)
    if n_words <= 22 or (n_words <= 30 and "," not in s):
        rep = any(re.search(r"(^|\s)" + re.escape(v) + r"(\s|[,.:])", low) for v in REPORT)
        quote = ('"' in s or "“" in s) and rep
        conn = any(s.startswith(c) for c in CONNECTIVES)
        if not (rep or quote or conn):
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


# ---------------------------------------------------------------- invented material
FAM = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ",
       "Ngô", "Dương", "Lý", "Tạ", "Lương", "Mai", "Trịnh"]
MID = ["Thị", "Văn", "Minh", "Ngọc", "Thanh", "Hoài", "Quốc", "Đức", "Thu", "Bảo", "Kim", "Gia", "Hữu"]
GIV = ["Khang", "Trâm", "An", "Việt", "Hà", "Nam", "Lan", "Tùng", "Hiếu", "Phương", "Linh", "Sơn", "Tâm",
       "Duy", "Thảo", "Hưng", "Yến", "Quân", "Nhi", "Phúc", "Hạnh", "Trung", "Vy", "Đạt", "Loan", "Toàn"]
STREETS = ["Lê Văn Sỹ", "Trần Bình Trọng", "Nguyễn Tri Phương", "Hải Phòng", "Ông Ích Khiêm", "Hùng Vương",
           "Lý Thường Kiệt", "Phan Đình Phùng", "Nguyễn Văn Cừ", "Bạch Đằng", "Lê Duẩn", "Hoàng Diệu",
           "Tôn Đức Thắng", "Quang Trung", "Nguyễn Trãi", "Võ Thị Sáu", "Cách Mạng Tháng Tám", "Ngô Quyền",
           "Trường Chinh", "Điện Biên Phủ", "Chi Lăng", "Hai Bà Trưng", "Phạm Văn Đồng", "Lạc Long Quân"]
WARDS = ["Tân Mỹ Đông", "Hòa Khánh Tây", "Phước Lộc", "An Bình Thượng", "Thạch Bàn Mới", "Vĩnh Lạc",
         "Đông Xuyên", "Bình Hưng Hạ", "Mỹ An Đông", "Phú Hòa Trung", "Thuận Giang", "Long Điền Nam"]
SCENES = [
    "Tiểu thương bày hàng dọc lối đi trong chợ từ sáng sớm.",
    "Dòng xe nhích từng chút trên tuyến đường giờ tan tầm.",
    "Một góc khu phố nhìn từ tầng thượng chung cư.",
    "Người dân tập thể dục buổi sáng bên bờ hồ.",
    "Công nhân thay cột điện trên tuyến đường trong khu dân cư.",
    "Biển báo phân luồng được đặt ở đầu ngã tư.",
    "Khu chợ tạm được dựng lên trong thời gian sửa chữa chợ chính.",
    "Con hẻm nhỏ ngập nước sau trận mưa lớn chiều qua.",
    "Cán bộ phường hướng dẫn người dân làm thủ tục tại bộ phận một cửa.",
    "Xe chở rác đi thu gom tại các tuyến phố vào buổi tối.",
    "Vỉa hè sau đợt ra quân lập lại trật tự đô thị.",
    "Hàng rau của bà con từ ngoại thành đổ về chợ đầu mối lúc rạng sáng.",
    "Đoàn viên thanh niên dọn vệ sinh kênh rạch cuối tuần.",
    "Khu vui chơi thiếu nhi mới được phường đưa vào sử dụng.",
    "Dãy nhà phố cũ ven sông trong nắng chiều.",
    "Lực lượng chức năng có mặt tại hiện trường.",
    "Quang cảnh buổi làm việc của đoàn công tác.",
    "Người dân theo dõi thông tin trên bảng tin khu phố.",
]


def vname(rng, full=None):
    if full is None:
        full = rng.random() < 0.5
    if full:
        return f"{rng.choice(FAM)} {rng.choice(MID)} {rng.choice(GIV)}"
    return f"{rng.choice(MID)} {rng.choice(GIV)}"


def phone(rng, landline=False):
    if landline:
        return f"0{rng.choice(['236', '28', '24', '292', '258'])} {rng.randint(3, 3)}{rng.randint(10, 99)} {rng.randint(100, 999)}"
    return f"09{rng.randint(0, 9)}{rng.randint(1, 9)} {rng.randint(100, 999)} {rng.randint(100, 999)}"


def entities(sents):
    """Persons and places mentioned in the story (for captions)."""
    text = " ".join(sents)
    cap = r"[A-ZĐÀ-Ỹ][\wÀ-ỹ]*"
    persons, places = [], []
    for m in re.finditer(r"\b(ông|bà|anh|chị)\s+(" + cap + r"(?:\s+" + cap + r"){0,3})", text):
        p = m.group(1).capitalize() + " " + m.group(2)
        if p not in persons:
            persons.append(p)
    for m in re.finditer(r"\b(phường|quận|huyện|tỉnh|xã|thị xã|thành phố|TP|TP\.|chợ|cầu|đường)\s+(" + cap
                         + r"(?:\s+" + cap + r"){0,3})", text):
        p = m.group(1) + " " + m.group(2)
        if p not in places:
            places.append(p)
    return persons, places


# ---------------------------------------------------------------- page context
WD = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


class Ctx:
    def __init__(self, row, title, sents, related, layout_idx):
        self.row = row
        self.rng = rng_for(row, "layout")
        self.title = title
        self.sents = sents
        self.related_pool = related
        self.out = []  # (kind, payload)   kind in title/date/site/body/<furniture>
        r = rng_for(row, "date")
        d0 = datetime.date(2016, 1, 1)
        self.dt = datetime.datetime.combine(d0 + datetime.timedelta(days=r.randint(0, 4 * 365 - 1)),
                                            datetime.time(r.randint(5, 22), r.randint(0, 59)))
        self.persons, self.places = entities(sents)
        self.ward = self.rng.choice(WARDS)
        self.bad = {norm(s) for s in sents} | {norm(title)}
        self._rel_used = []
        self._cap_used = set()

    # paragraphs
    def paragraphs(self, lo, hi):
        r = rng_for(self.row, "paras")
        paras, i = [], 0
        while i < len(self.sents):
            k = r.randint(lo, hi)
            paras.append(self.sents[i:i + k])
            i += k
        return paras

    # emitters
    def add(self, kind, line):
        line = line.strip()
        if not line:
            return
        if kind not in ("title", "date", "site") and norm(line) in self.bad:
            return
        self.out.append((kind, line))

    def body(self, items):
        self.out.append(("body", list(items)))

    # dates
    def date(self, style, dt=None):
        d = dt or self.dt
        hm = f"{d.hour:02d}:{d.minute:02d}"
        dm = f"{d.day:02d}/{d.month:02d}/{d.year}"
        wd = WD[d.weekday()]
        return {
            0: f"{wd}, {dm} {hm} (GMT+7)",
            1: f"{dm} - {hm}",
            2: f"Cập nhật lúc {hm}, {dm}",
            3: f"Ngày đăng: {d.day:02d}-{d.month:02d}-{d.year}",
            4: f"{hm} | {dm}",
            5: f"{wd.replace('Thứ H', 'Thứ h')}, ngày {d.day} tháng {d.month} năm {d.year}",
            6: f"{d.day:02d}.{d.month:02d}.{d.year} | {d.hour:02d}h{d.minute:02d}",
            7: f"Đăng lúc {d.hour}:{d.minute:02d} {'sáng' if d.hour < 12 else 'chiều' if d.hour < 18 else 'tối'} {d.day}/{d.month}/{d.year}",
            8: f"{hm} {dm}",
            9: f"Gửi lúc {hm} ngày {dm}",
        }[style]

    def later(self, days=0, hours=2):
        return self.dt + datetime.timedelta(days=days, hours=hours)

    # names
    def name(self, full=None):
        return vname(self.rng, full)

    # captions
    def caption(self):
        r = self.rng
        text = " ".join(self.sents)
        low = (self.title + " " + text).lower()
        story = []
        crime = re.search(r"công an|khởi tố|bắt giữ|bắt tạm giam|nghi phạm|bị cáo|điều tra|tang vật", low)
        court = re.search(r"tòa|toà|bị cáo|xét xử|kháng cáo", low)
        culture = re.search(r"nghệ sĩ|ca sĩ|bộ phim|triển lãm|nhà thơ|tác phẩm|sân khấu|lễ hội|di tích", low)
        for p in self.persons[:3]:
            if court and p.startswith(("Ông", "Bà")) and r.random() < 0.5:
                story.append(f"{p} tại phiên tòa.")
            else:
                story.append(r.choice([f"{p} trao đổi với phóng viên.", f"{p} chia sẻ về sự việc.",
                                       f"{p} tại buổi làm việc với cơ quan chức năng."]))
        m = re.search(r"Công an (huyện|quận|thị xã|thành phố|TP|tỉnh|phường|xã) ([A-ZĐÀ-Ỹ][\wÀ-ỹ]*(?: [A-ZĐÀ-Ỹ][\wÀ-ỹ]*){0,3})", text)
        if m:
            story.append(f"Trụ sở Công an {m.group(1)} {m.group(2)}, nơi đang thụ lý vụ việc.")
        for p in self.places[:4]:
            if p.startswith(("phường", "chợ", "đường", "cầu", "quận", "xã")):
                story.append(r.choice([f"Một góc {p}.", f"Người dân qua lại tại {p}.",
                                       f"Khu vực {p} nhìn từ trên cao."]))
        scenes = []
        if crime:
            scenes += ["Lực lượng chức năng có mặt tại hiện trường.", "Hiện trường vụ việc.",
                       "Tang vật thu giữ tại cơ quan công an.", "Cơ quan công an làm việc tại hiện trường."]
        if court:
            scenes += ["Quang cảnh phiên tòa.", "Các bị cáo tại phiên xét xử sơ thẩm."]
        if culture:
            scenes += ["Khán giả theo dõi chương trình tại nhà văn hoá.", "Một tiết mục trong đêm biểu diễn.",
                       "Du khách tham quan khu di tích."]
        if not (crime or court or culture):
            scenes += SCENES
        else:
            scenes += SCENES[15:]
        for _ in range(30):
            c = r.choice(story) if story and r.random() < 0.65 else r.choice(scenes)
            if c not in self._cap_used and norm(c) not in self.bad:
                self._cap_used.add(c)
                return c
        return "Quang cảnh buổi làm việc của đoàn công tác."

    # related
    def related(self, n, teaser=False):
        r = self.rng
        pool = [x for x in self.related_pool if x[0] not in self._rel_used]
        r.shuffle(pool)
        out = []
        for row, t, a in pool:
            if len(out) >= n:
                break
            t = detok(t)
            if not t or norm(t) in self.bad:
                continue
            tz = ""
            if teaser:
                tz = make_teaser(a, r)
                if not tz or norm(tz) in self.bad:
                    continue
            self._rel_used.append(row)
            out.append((t, tz))
        return out

    def rel_date(self):
        d = self.dt - datetime.timedelta(days=self.rng.randint(1, 30))
        return d


def make_teaser(article, r):
    a = detok(article[:1200])
    ss = split_sentences(a)
    if not ss:
        return ""
    t = ss[0]
    limit = r.randint(120, 200)
    if len(t) > limit:
        cut = t[:limit].rsplit(" ", 1)[0].rstrip(",;:")
        t = cut + "..."
    return t


def weave(ctx, paras, spots):
    """Emit paragraphs; spots maps paragraph index -> callable emitting furniture after it."""
    for i, p in enumerate(paras):
        ctx.body(p)
        if i in spots and i < len(paras) - 1:
            spots[i]()


def spread(ctx, paras, n):
    """Pick up to n distinct inner paragraph indices."""
    idx = list(range(0, max(0, len(paras) - 1)))
    ctx.rng.shuffle(idx)
    return sorted(idx[:n])


# ---------------------------------------------------------------- local widgets
def power_cut(ctx, kind_head="widget"):
    r = ctx.rng
    d = ctx.later(days=1)
    ctx.add("widget", f"LỊCH CẮT ĐIỆN NGÀY {d.day:02d}/{d.month:02d}")
    for _ in range(r.randint(2, 3)):
        a, b = r.randint(6, 9), r.randint(11, 17)
        ctx.add("widget", f"- Từ {a}h00 đến {b}h30: đường {r.choice(STREETS)} (đoạn từ số {r.randint(1, 90)} "
                          f"đến số {r.randint(100, 400)}), phường {r.choice(WARDS)}.")
    ctx.add("widget", "Lý do: bảo trì, sửa chữa lưới điện. Lịch có thể thay đổi do điều kiện thời tiết.")


def water_cut(ctx):
    r = ctx.rng
    d = ctx.later(days=2)
    ctx.add("widget", f"Thông báo tạm ngưng cung cấp nước: từ 22h ngày {d.day}/{d.month} đến 4h sáng hôm sau "
                      f"tại khu vực đường {r.choice(STREETS)} và {r.choice(STREETS)}.")


def hotline_police(ctx):
    r = ctx.rng
    ctx.add("widget", "ĐƯỜNG DÂY NÓNG CÔNG AN PHƯỜNG")
    ctx.add("widget", f"Công an phường {ctx.ward}: {phone(r, True)}")
    ctx.add("widget", f"Trực ban hình sự: {phone(r)} - Cảnh sát khu vực: {phone(r)}")


def weather(ctx):
    r = ctx.rng
    lo = r.randint(18, 26)
    ctx.add("widget", f"{r.choice(['Đà Nẵng', 'TP.HCM', 'Hà Nội', 'Cần Thơ', 'Huế', 'Nha Trang'])} "
                      f"{lo}°C - {lo + r.randint(4, 9)}°C {r.choice(['Nắng nhẹ', 'Có mưa rào', 'Nhiều mây', 'Mưa dông chiều tối'])}")


def traffic(ctx):
    r = ctx.rng
    ctx.add("widget", f"PHÂN LUỒNG GIAO THÔNG: Cấm xe trên 16 chỗ đi vào đường {r.choice(STREETS)} từ 6h đến 9h "
                      f"và từ 16h đến 19h; các phương tiện đi theo lộ trình {r.choice(STREETS)} - {r.choice(STREETS)}.")


def classifieds(ctx, n=3):
    r = ctx.rng
    ads = [f"Cần bán nhà hẻm 4m đường {r.choice(STREETS)}, sổ hồng chính chủ. LH {phone(r)}",
           f"Cho thuê phòng trọ gần chợ, có gác, giờ giấc tự do. Gọi {phone(r)}",
           f"Nhặt được ví da màu nâu tại trạm xe buýt {r.choice(STREETS)}, ai đánh rơi xin liên hệ {phone(r)}",
           f"Tìm chó lạc giống Phốc màu vàng, đeo vòng đỏ, thất lạc khu phố {r.randint(1, 9)}. Hậu tạ.",
           f"Tuyển phụ bán quán cơm, bao ăn ở. Liên hệ chị {r.choice(GIV)} {phone(r)}",
           f"Mất giấy tờ xe máy biển số 43K1-{r.randint(100, 999)}.{r.randint(10, 99)}, ai nhặt được xin gửi công an phường."]
    r.shuffle(ads)
    for a in ads[:n]:
        ctx.add("widget", a)


def complaint_box(ctx, domain):
    r = ctx.rng
    ctx.add("widget", "PHẢN ÁNH CỦA BẠN ĐỌC")
    ctx.add("widget", f"Mọi phản ánh về điện, nước, rác thải, trật tự đô thị xin gửi về đường dây nóng "
                      f"{phone(r)} hoặc email phananh@{domain}")


def events(ctx):
    r = ctx.rng
    d = ctx.later(days=r.randint(2, 6))
    ctx.add("widget", "SỰ KIỆN SẮP DIỄN RA")
    ctx.add("widget", f"{d.day:02d}/{d.month:02d} - Ngày hội đọc sách thiếu nhi tại nhà văn hoá phường {ctx.ward}")
    ctx.add("widget", f"{(d + datetime.timedelta(days=1)).day:02d}/{(d + datetime.timedelta(days=1)).month:02d}"
                      f" - Chợ phiên nông sản sạch, công viên {r.choice(['Bờ Kè', 'Sông Hàn', '23/9', 'Hồ Đá'])}")


def share_row(ctx, style=0):
    ctx.add("widget", ["Chia sẻ Facebook Zalo Twitter", "Thích 12 | Chia sẻ", "f  Chia sẻ   Tweet   In bài",
                       "Gửi bài viết qua email  In  Lưu", "Chia sẻ:"][style])


# ---------------------------------------------------------------- layouts
def L_tiengphocu(c):
    c.add("site", "TIẾNG PHỐ CŨ")
    c.add("widget", "Thời sự | Đô thị | Dân sinh | Phố phường | Rao vặt | Video")
    weather(c)
    c.add("widget", "Trang chủ » Phố phường")
    c.add("title", c.title)
    c.add("date", c.date(0))
    paras = c.paragraphs(1, 3)
    sp = spread(c, paras, 2)
    spots = {}
    if sp:
        def cap():
            c.add("caption", c.caption())
            c.add("credit", f"Ảnh: {c.name(False)}")
        spots[sp[0]] = cap
    if len(sp) > 1:
        def rel():
            for t, _ in c.related(1):
                c.add("related", f"Xem thêm: {t}")
        spots[sp[1]] = rel
    weave(c, paras, spots)
    c.add("byline", c.name(True).upper())
    share_row(c, 0)
    c.add("widget", "Tin cùng chuyên mục")
    for t, _ in c.related(4):
        c.add("related", t)
    c.add("widget", "© Tiếng Phố Cũ. Giấy phép số 128/GP-BTTTT. Đường dây nóng: 0236 3 555 018")


def L_wardportal(c):
    c.add("site", f"CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG {c.ward.upper()}")
    c.add("widget", "Giới thiệu  Tin tức - Sự kiện  Thủ tục hành chính  Văn bản  Hỏi đáp")
    c.add("widget", f"Hôm nay: {c.date(5, c.later(days=c.rng.randint(0, 3)))}")
    c.add("widget", "Tin tức - Sự kiện > Tin địa phương")
    c.add("title", c.title)
    c.add("date", c.date(3))
    paras = c.paragraphs(2, 4)
    weave(c, paras, {})
    c.add("byline", f"{c.name(True)} - Văn phòng UBND phường")
    c.add("widget", "Số lượt xem: " + str(c.rng.randint(40, 900)))
    c.add("widget", "In trang   Gửi email   Quay lại")
    power_cut(c)
    c.add("widget", "Các tin khác")
    for t, _ in c.related(5):
        d = c.rel_date()
        c.add("related", f"{t} ({d.day:02d}/{d.month:02d}/{d.year})")
    c.add("widget", f"Bản quyền thuộc UBND phường {c.ward}. Địa chỉ: {c.rng.randint(1, 300)} {c.rng.choice(STREETS)}.")


def L_forum(c):
    c.add("site", "Diễn đàn Cư dân Sông Lam Xanh")
    c.add("widget", "Diễn đàn › Chuyện khu phố › Tin tức quanh ta")
    c.add("title", c.title)
    user = c.name(False).replace(" ", "").lower() + str(c.rng.randint(70, 99))
    c.add("byline", user)
    c.add("widget", f"Thành viên · {c.rng.randint(12, 3000)} bài viết · Tham gia 2015")
    c.add("date", c.date(9))
    c.add("widget", "#1")
    paras = c.paragraphs(1, 2)
    weave(c, paras, {})
    c.add("widget", f"Lần sửa cuối bởi {user}; {c.date(1, c.later(hours=1))}")
    c.add("widget", f"{c.rng.randint(2, 40)} người thích bài này")
    c.add("widget", "Trả lời  Trích dẫn  Báo cáo")
    replies = c.rng.sample(["Khu mình cũng bị y vậy, mong phường sớm xử lý.",
                                      "Cảm ơn bác đã chia sẻ thông tin.", "Chiều nay đi ngang thấy đã dọn rồi nha mọi người.",
                                      "Hóng thêm tin, nhà em ngay đầu hẻm.", "Đã báo tổ trưởng tổ dân phố rồi ạ."], 2)
    for h, rep in zip((3, 20), replies):
        c.add("byline", c.name(False).replace(" ", "_").lower())
        c.add("widget", c.date(1, c.later(hours=h + c.rng.randint(0, 9))))
        c.add("widget", rep)
    c.add("widget", "Chủ đề tương tự")
    for t, _ in c.related(3):
        c.add("related", f"{t} - {c.rng.randint(1, 60)} trả lời")


def L_radio(c):
    c.add("site", "Phát thanh Hòa Khánh FM 97.4")
    c.add("widget", "▶ NGHE TRỰC TIẾP")
    c.add("widget", "Bản tin | Giao thông | Ca nhạc | Lịch phát sóng")
    c.add("title", c.title)
    c.add("widget", "Nghe bản tin 00:00 / 02:" + f"{c.rng.randint(10, 59):02d}")
    paras = c.paragraphs(1, 3)
    sp = spread(c, paras, 1)
    spots = {}
    if sp:
        spots[sp[0]] = lambda: (c.add("caption", c.caption() + f" (Ảnh: {c.name(False)})"))
    weave(c, paras, spots)
    c.add("byline", f"BTV {c.name(True)} - Kỹ thuật viên {c.name(False)}")
    c.add("date", c.date(1))
    traffic(c)
    c.add("widget", "BẢN TIN KHÁC")
    for t, _ in c.related(3):
        c.add("related", f"♫ {t}")
    c.add("widget", "Đường dây nóng tiếp nhận thông tin giao thông: 1900 6 897")


def L_dothivensong(c):
    c.add("widget", "Đăng nhập | Đăng ký")
    c.add("site", "Báo Đô Thị Ven Sông")
    c.add("widget", "Tin địa phương / Quận - Huyện")
    c.add("title", c.title)
    c.add("byline", c.name(False) + " - " + c.name(False))
    c.add("date", c.date(4))
    share_row(c, 1)
    paras = c.paragraphs(2, 3)
    rel = c.related(2, teaser=True)
    sp = spread(c, paras, 2)
    spots = {}
    if sp:
        def cap():
            c.add("widget", "[Ảnh]")
            c.add("caption", c.caption())
        spots[sp[0]] = cap
    if len(sp) > 1 and rel:
        def r1():
            t, tz = rel[0]
            c.add("related", f"{t} - {tz}")
        spots[sp[1]] = r1
    weave(c, paras, spots)
    c.add("widget", "Từ khoá: đô thị, dân sinh, " + c.ward.lower())
    c.add("widget", "TIN ĐỊA PHƯƠNG")
    for t, _ in c.related(4):
        c.add("related", "• " + t)
    c.add("widget", "Bình luận (0)")
    c.add("widget", "Ý kiến của bạn sẽ được biên tập trước khi đăng.")


def L_nhipsongphuong(c):
    c.add("site", "NHỊP SỐNG PHƯỜNG")
    c.add("widget", "Thời sự  Dân sinh  An ninh trật tự  Phản ánh  Rao vặt")
    c.add("date", c.date(7))
    c.add("title", c.title)
    paras = c.paragraphs(1, 2)
    if len(paras) > 1:
        c.body(paras[0])
        c.add("caption", c.caption() + " Ảnh: " + c.name(False))
        weave(c, paras[1:], {})
    else:
        weave(c, paras, {})
    c.add("byline", f"Bài và ảnh: {c.name(True)}")
    complaint_box(c, "nhipsongphuong.vn")
    c.add("widget", "Đọc nhiều")
    for i, (t, _) in enumerate(c.related(4), 1):
        c.add("related", f"{i}. {t}")


def L_bantinkhupho(c):
    c.add("site", "Bản tin Khu phố 5")
    c.add("widget", f"Số {c.rng.randint(40, 180)} - Tháng {c.dt.month}/{c.dt.year}")
    c.add("title", c.title)
    c.add("date", c.date(2))
    paras = c.paragraphs(2, 4)
    weave(c, paras, {})
    c.add("byline", "Ban điều hành khu phố 5")
    classifieds(c, 3)
    c.add("widget", "Tin trong khu phố")
    rel = c.related(3)
    if rel:
        c.add("related", " | ".join(t for t, _ in rel))


def L_quangocat(c):
    c.add("site", "THÔNG TIN QUẬN GÒ CÁT")
    c.add("widget", "Trang chủ / Tin tức / Đô thị")
    c.add("title", c.title)
    c.add("widget", c.title)  # og:title repeat
    paras = c.paragraphs(1, 3)
    sp = spread(c, paras, 2)
    spots = {}
    for j, k in enumerate(sp):
        def cap():
            c.add("caption", c.caption())
            c.add("credit", "Ảnh: " + c.name(False))
        spots[k] = cap
    weave(c, paras, spots)
    c.add("byline", c.name(True) + " (Trung tâm Văn hoá - Thông tin quận)")
    c.add("date", c.date(8))
    water_cut(c)
    c.add("widget", "Tin liên quan")
    for t, _ in c.related(3):
        c.add("related", "- " + t)


def L_nguoicangthi(c):
    c.add("widget", weather_line(c))
    c.add("site", "Người Cảng Thị")
    c.add("widget", "Thời sự  ›  Đời sống")
    c.add("title", c.title)
    sapo_rel = c.related(1)
    c.add("date", c.date(1))
    c.add("byline", c.name(True))
    c.add("byline", "Phóng viên ban Đời sống đô thị")
    paras = c.paragraphs(2, 3)
    sp = spread(c, paras, 1)
    spots = {}
    if sp:
        spots[sp[0]] = lambda: c.add("widget", "Quảng cáo")
    weave(c, paras, spots)
    for t, _ in sapo_rel:
        c.add("related", f">> {t}")
    c.add("widget", "Theo dõi Người Cảng Thị trên Zalo")
    c.add("widget", "Tin khác")
    for t, tz in c.related(3, teaser=True):
        c.add("related", t)
        c.add("related", tz)


def weather_line(c):
    r = c.rng
    lo = r.randint(20, 27)
    return f"Hải Phòng {lo}°C | Độ ẩm {r.randint(60, 95)}% | {c.date(5)}"


def L_choque(c):
    c.add("site", "Chợ Quê Online")
    c.add("widget", "Mua bán | Việc làm | Nhà đất | Tin tức địa phương")
    c.add("title", c.title)
    c.add("date", c.date(6))
    paras = c.paragraphs(1, 2)
    sp = spread(c, paras, 2)
    spots = {}
    if sp:
        spots[sp[0]] = lambda: classifieds(c, 2)
    if len(sp) > 1:
        spots[sp[1]] = lambda: c.add("caption", c.caption())
    weave(c, paras, spots)
    c.add("byline", f"Theo Phố Chợ Quê")
    c.add("widget", "ĐĂNG TIN RAO VẶT MIỄN PHÍ - Gọi " + phone(c.rng))
    c.add("widget", "Tin mới đăng")
    for t, _ in c.related(3):
        d = c.rel_date()
        c.add("related", f"{d.day:02d}/{d.month:02d} {t}")


def L_phonui(c):
    c.add("site", "PHỐ NÚI HÔM NAY")
    c.add("widget", "Pleiku 17°C - 26°C  Sương mù buổi sáng")
    c.add("widget", "Thời sự » Phố núi")
    c.add("title", c.title)
    c.add("byline", c.name(True).upper() + " (Gia Lai)")
    c.add("date", c.date(0))
    paras = c.paragraphs(2, 4)
    sp = spread(c, paras, 1)
    spots = {}
    if sp:
        def cap():
            c.add("widget", "1/3")
            c.add("caption", c.caption())
            c.add("widget", "2/3")
            c.add("caption", c.caption())
        spots[sp[0]] = cap
    weave(c, paras, spots)
    c.add("widget", "Bạn nghĩ gì về vấn đề này?")
    c.add("widget", "Đồng ý (" + str(c.rng.randint(1, 99)) + ")   Không đồng ý (" + str(c.rng.randint(1, 40)) + ")")
    c.add("widget", "XEM THÊM")
    for t, tz in c.related(2, teaser=True):
        c.add("related", f"{t}: {tz}")


def L_songbien(c):
    c.add("site", "Sóng Biển Thành - Đài Phát thanh Truyền hình")
    c.add("widget", "Nghe radio | Xem truyền hình | Tin tức")
    c.add("date", c.date(4))
    c.add("title", c.title)
    c.add("widget", "▶ Bản tin thời sự tối " + f"{c.dt.day:02d}/{c.dt.month:02d}")
    c.add("widget", "00:00 / 03:42")
    paras = c.paragraphs(1, 3)
    weave(c, paras, {})
    c.add("byline", f"{c.name(False)} - {c.name(False)} / STV")
    c.add("widget", "Các tin đã đưa")
    for t, _ in c.related(4):
        d = c.rel_date()
        c.add("related", f"{t} ({d.hour:02d}:{d.minute:02d} {d.day:02d}/{d.month:02d})")
    c.add("widget", "Đường dây nóng: 0258 3 777 444 - Email: toasoan@songbienthanh.vn")


def L_huyenportal(c):
    c.add("site", "Cổng TTĐT Huyện Hòa Lạc Tây")
    c.add("widget", "Trang chủ > Tin tức sự kiện > Tin trong huyện")
    c.add("title", c.title)
    c.add("date", "Ngày " + f"{c.dt.day:02d}/{c.dt.month:02d}/{c.dt.year}")
    paras = c.paragraphs(2, 4)
    sp = spread(c, paras, 1)
    spots = {}
    if sp:
        def cap():
            c.add("caption", c.caption())
            c.add("credit", "Nguồn: Trung tâm VH-TT-TT huyện")
        spots[sp[0]] = cap
    weave(c, paras, spots)
    c.add("byline", c.name(True))
    c.add("widget", "Tổng số lượt xem: " + str(c.rng.randint(100, 9999)))
    c.add("widget", "Đánh giá: ★★★★☆")
    c.add("widget", "Tin đã đăng")
    for t, _ in c.related(4):
        c.add("related", t)
    hotline_police(c)


def L_hemforum(c):
    c.add("site", "Hẻm Phố Nam")
    c.add("widget", "Trang chủ › Chuyện trong hẻm")
    c.add("title", c.title)
    c.add("widget", "Chủ đề trong 'Chuyện trong hẻm' bắt đầu bởi")
    c.add("byline", c.name(False).replace(" ", "").lower())
    c.add("date", c.date(1))
    paras = c.paragraphs(1, 2)
    sp = spread(c, paras, 1)
    spots = {}
    if sp:
        spots[sp[0]] = lambda: (c.add("widget", "[IMG]"), c.add("caption", c.caption()))
    weave(c, paras, spots)
    c.add("credit", f"Nguồn: hemphonam.vn/t/{c.row}")
    c.add("widget", "Like · Trả lời · Trích")
    c.add("widget", "Bài viết liên quan")
    rel = c.related(3)
    if rel:
        c.add("related", "Xem thêm: " + "; ".join(t for t, _ in rel))
    c.add("widget", "Nội quy diễn đàn | Liên hệ ban quản trị")


def L_dongbang(c):
    c.add("widget", f"{c.date(5, c.later(days=c.rng.randint(0, 2)))}")
    c.add("site", "TIN NHANH ĐỒNG BẰNG")
    c.add("widget", "Trang nhất  Cần Thơ  Hậu Giang  Sóc Trăng  Kinh tế  Xã hội")
    c.add("title", c.title)
    paras = c.paragraphs(1, 3)
    c.add("byline", c.name(False).upper() + " - " + c.name(False).upper())
    c.add("date", c.date(2))
    rel = c.related(1, teaser=True)
    sp = spread(c, paras, 2)
    spots = {}
    if sp and rel:
        spots[sp[0]] = lambda: c.add("related", f"ĐỌC THÊM: {rel[0][0]}")
    if len(sp) > 1:
        def cap():
            c.add("caption", c.caption() + " - Ảnh: " + c.name(False).upper())
        spots[sp[1]] = cap
    weave(c, paras, spots)
    share_row(c, 2)
    c.add("widget", "Cùng chuyên mục")
    for t, _ in c.related(4):
        c.add("related", "› " + t)


def L_tpxanh(c):
    c.add("site", "Thành Phố Xanh 24h")
    c.add("widget", "Môi trường đô thị | Giao thông | Cây xanh | Góc ảnh")
    c.add("widget", "Góc ảnh")
    c.add("title", c.title)
    c.add("date", c.date(8))
    paras = c.paragraphs(1, 2)
    c.add("caption", c.caption())
    c.add("credit", "Ảnh: " + c.name(True))
    sp = spread(c, paras, 1)
    spots = {}
    if sp:
        spots[sp[0]] = lambda: (c.add("caption", c.caption()), c.add("credit", "Ảnh: " + c.name(False)))
    weave(c, paras, spots)
    c.add("byline", "Nhóm phóng viên Thành Phố Xanh")
    traffic(c)
    c.add("widget", "Tin cùng chủ đề")
    for t, _ in c.related(3):
        c.add("related", t)
    c.add("widget", "Lên đầu trang")


def L_baoanh(c):
    c.add("site", "BÁO ẢNH PHỐ THỊ")
    c.add("widget", "Phóng sự ảnh")
    c.add("title", c.title)
    c.add("byline", "Ảnh và bài: " + c.name(True))
    c.add("date", c.date(6))
    paras = c.paragraphs(1, 2)
    spots = {}
    for j, k in enumerate(spread(c, paras, 3)):
        spots[k] = lambda: (c.add("caption", c.caption()),)
    weave(c, paras, spots)
    c.add("widget", f"Bộ ảnh gồm {len(spots) + c.rng.randint(2, 6)} ảnh")
    c.add("widget", "Phóng sự ảnh khác")
    for t, _ in c.related(3):
        c.add("related", "■ " + t)
    c.add("widget", "Tòa soạn: " + f"{c.rng.randint(1, 200)} {c.rng.choice(STREETS)}" + " - ĐT: 028 3 999 1234")


def L_kenhcongdong(c):
    c.add("site", "Kênh Cộng Đồng Quận Bảy Hiền")
    c.add("widget", "Tin tức | Phản ánh hiện trường | Hỏi đáp pháp luật | Việc làm")
    c.add("title", c.title)
    c.add("date", c.date(3))
    c.add("byline", c.name(False))
    paras = c.paragraphs(2, 3)
    sp = spread(c, paras, 1)
    spots = {}
    if sp:
        spots[sp[0]] = lambda: (c.add("caption", c.caption()), c.add("credit", "Ảnh: Bạn đọc cung cấp"))
    weave(c, paras, spots)
    complaint_box(c, "baylienhien.vn")
    events(c)
    c.add("widget", "Tin địa phương")
    for t, _ in c.related(4):
        c.add("related", t)


def L_loaphuong(c):
    c.add("site", "Loa Phường Điện Tử")
    c.add("widget", "Thông báo | Tin khu phố | Phát thanh | Hỏi đáp")
    c.add("title", c.title)
    c.add("widget", "▶ Nghe đọc bài viết")
    c.add("date", c.date(9))
    paras = c.paragraphs(1, 4)
    weave(c, paras, {})
    c.add("credit", f"(Nguồn: Đài truyền thanh phường {c.ward})")
    power_cut(c)
    hotline_police(c)
    c.add("widget", "Các thông báo khác")
    for t, _ in c.related(3):
        d = c.rel_date()
        c.add("related", f"[{d.day:02d}/{d.month:02d}] {t}")


def L_cuango(c):
    c.add("site", "TUẦN BÁO CỬA NGÕ")
    c.add("widget", f"Số {c.rng.randint(300, 900)} ra ngày {c.dt.day}/{c.dt.month}/{c.dt.year}")
    c.add("title", c.title)
    c.add("date", c.date(5))
    c.add("byline", c.name(True).upper())
    paras = c.paragraphs(2, 4)
    sp = spread(c, paras, 2)
    spots = {}
    if sp:
        spots[sp[0]] = lambda: (c.add("caption", c.caption()), c.add("credit", "Ảnh: " + c.name(False)))
    if len(sp) > 1:
        q = c.rng.choice([x for x in c.sents if 10 <= len(x.split()) <= 40] or ["Đô thị cần sự chung tay."])
        words = q.split()
        snippet = " ".join(words[:min(len(words) - 2, 14)]) + "..."
        spots[sp[1]] = lambda: c.add("widget", f"“{snippet}”")
    weave(c, paras, spots)
    c.add("byline", "Theo Tuần báo Cửa Ngõ")
    c.add("widget", "Đặt mua báo in: 1800 6 123")
    c.add("widget", "Bài cùng số")
    for t, tz in c.related(2, teaser=True):
        c.add("related", t)
        c.add("related", tz)


LAYOUTS = [
    ("tiengphocu", L_tiengphocu),
    ("wardportal", L_wardportal),
    ("forum_songlam", L_forum),
    ("radio_hoakhanh", L_radio),
    ("dothivensong", L_dothivensong),
    ("nhipsongphuong", L_nhipsongphuong),
    ("bantin_kp5", L_bantinkhupho),
    ("quan_gocat", L_quangocat),
    ("nguoicangthi", L_nguoicangthi),
    ("choque_online", L_choque),
    ("phonui", L_phonui),
    ("songbien_radio", L_songbien),
    ("huyen_portal", L_huyenportal),
    ("hem_forum", L_hemforum),
    ("dongbang", L_dongbang),
    ("tpxanh", L_tpxanh),
    ("baoanh", L_baoanh),
    ("kenhcongdong", L_kenhcongdong),
    ("loaphuong", L_loaphuong),
    ("tuanbao_cuango", L_cuango),
]


# ---------------------------------------------------------------- faults
FAULTS = ("nbsp", "zwsp", "dspace", "glue", "nfd")


def spaced_replace(s, r, new, count=1):
    pos = [m.start() for m in re.finditer(r"(?<=\S) (?=\S)", s)]
    if not pos:
        return s
    for p in sorted(r.sample(pos, min(count, len(pos))), reverse=True):
        s = s[:p] + new + s[p + 1:]
    return s


def add_zwsp(s, r):
    pos = [m.start() + 1 for m in re.finditer(r"\w(?=\w)", s)]
    if not pos:
        return s
    p = r.choice(pos)
    return s[:p] + "\u200b" + s[p:]


def apply_faults(row, out):
    r = rng_for(row, "faults")
    if r.random() >= 0.27:
        return out, []
    chosen = r.sample(FAULTS, r.choice([1, 1, 2]))
    bidx = [i for i, (k, _) in enumerate(out) if k == "body"]
    fidx = [i for i, (k, _) in enumerate(out) if k not in ("body", "title", "date", "site")]
    out = [(k, list(v) if k == "body" else v) for k, v in out]
    applied = []
    for f in chosen:
        if f == "glue":
            cands = [(i, j) for i in bidx for j in range(len(out[i][1]) - 1)
                     if out[i][1][j].endswith(".") and not out[i][1][j].endswith("...")]
            if not cands:
                continue
            i, j = r.choice(cands)
            items = out[i][1]
            items[j:j + 2] = [items[j] + items[j + 1]]
        elif f == "nfd":
            pass
        else:
            targets = [("b", i, j) for i in bidx for j in range(len(out[i][1]))] + [("f", i, 0) for i in fidx]
            n = {"nbsp": 4, "zwsp": 2, "dspace": 1}[f]
            for t, i, j in r.sample(targets, min(n, len(targets))):
                s = out[i][1][j] if t == "b" else out[i][1]
                if f == "nbsp":
                    s2 = spaced_replace(s, r, "\u00a0", r.randint(1, 3))
                elif f == "zwsp":
                    s2 = add_zwsp(s, r)
                else:
                    s2 = spaced_replace(s, r, "  ", 1)
                if t == "b":
                    out[i][1][j] = s2
                else:
                    out[i] = (out[i][0], s2)
        applied.append(f)
    if "nfd" in applied:
        nf = lambda s: unicodedata.normalize("NFD", s)
        out = [(k, [nf(x) for x in v] if k == "body" else nf(v)) for k, v in out]
    return out, applied


# ---------------------------------------------------------------- checking
def check_page(p):
    lines = p.text.split("\n")
    for ln in lines:
        if not ln or ln != ln.strip():
            raise ValueError(f"{p.layout}: blank or unstripped line {ln!r}")
    for it in p.body:
        if it not in p.text:
            raise ValueError(f"{p.layout}: body item not in text")
    for k, _ in p.furniture:
        if k not in KINDS:
            raise ValueError(f"{p.layout}: bad kind {k}")
    bi = fi = 0
    unl = []
    for ln in lines:
        if fi < len(p.furniture) and p.furniture[fi][1] == ln:
            fi += 1
            continue
        hit = False
        for k in range(1, 5):
            if bi + k <= len(p.body) and " ".join(p.body[bi:bi + k]) == ln:
                bi += k
                hit = True
                break
        if hit:
            continue
        unl.append(ln)
        if len(unl) > 3:
            raise ValueError(f"{p.layout}: more than three unlabelled lines: {unl}")
    if bi != len(p.body) or fi != len(p.furniture):
        raise ValueError(f"{p.layout}: walk did not use up body/furniture ({bi}/{len(p.body)}, {fi}/{len(p.furniture)})")
    if len(p.body) < 2:
        raise ValueError(f"{p.layout}: too few body items")
    bn = {norm(x) for x in p.body}
    un = [norm(x) for x in unl]
    if len(set(un)) != len(un):
        raise ValueError(f"{p.layout}: repeated unlabelled line")
    for k, ln in p.furniture:
        if norm(ln) in bn:
            raise ValueError(f"{p.layout}: furniture equals body sentence: {ln!r}")
        if k == "related" and un and norm(ln) == un[0]:
            raise ValueError(f"{p.layout}: related equals title")
        if norm(ln) in un and k != "widget":
            raise ValueError(f"{p.layout}: repeat of unlabelled line not labelled widget")
    for x in un:
        if x in bn:
            raise ValueError(f"{p.layout}: unlabelled line equals body sentence")


def build_page(k, row, title, article, related):
    title = detok(title)
    sents = story_sentences(title, article)
    if len(sents) < 3:
        return None, []
    name, fn = LAYOUTS[k % len(LAYOUTS)]
    c = Ctx(row, title, sents, related, k % len(LAYOUTS))
    fn(c)
    out, applied = apply_faults(row, c.out)
    lines, body, furn = [], [], []
    for kind, v in out:
        if kind == "body":
            lines.append(" ".join(v))
            body.extend(v)
        else:
            lines.append(v)
            if kind not in ("title", "date", "site"):
                furn.append((kind, v))
    return Page("\n".join(lines), body, furn, name), applied


def pages(path):
    body_rows, related = read_rows(path)
    result = []
    for k, (row, t, a) in enumerate(body_rows):
        p, _ = build_page(k, row, t, a, related)
        if p is None:
            continue
        check_page(p)
        result.append(p)
    return result


def main(argv):
    path = argv[1] if len(argv) > 1 else "/work/shared/data/vietnews_train.jsonl.gz"
    body_rows, related = read_rows(path)
    stats = OrderedDict((n, OrderedDict([("pages", 0), ("body", 0)] + [(k, 0) for k in KINDS] + [("faults", 0)]))
                        for n, _ in LAYOUTS)
    for k, (row, t, a) in enumerate(body_rows):
        p, applied = build_page(k, row, t, a, related)
        if p is None:
            continue
        check_page(p)
        s = stats[p.layout]
        s["pages"] += 1
        s["body"] += len(p.body)
        for kind, _ in p.furniture:
            s[kind] += 1
        s["faults"] += 1 if applied else 0
    cols = ["pages", "body"] + list(KINDS) + ["faults"]
    print(f"{'layout':<16}" + "".join(f"{c:>9}" for c in cols))
    tot = OrderedDict((c, 0) for c in cols)
    for n, s in stats.items():
        print(f"{n:<16}" + "".join(f"{s[c]:>9}" for c in cols))
        for c in cols:
            tot[c] += s[c]
    print(f"{'TOTAL':<16}" + "".join(f"{tot[c]:>9}" for c in cols))


if __name__ == "__main__":
    main(sys.argv)
