#!/usr/bin/env python3
"""Held-out evaluation set "test121": newswire and press-agency feeds.

Builds labelled scraped pages of invented Vietnamese news agencies' wire
services and their subscribers' raw feeds.  Story text comes from VietNews
rows (BODY_ROWS); other stories' headlines/teasers come from RELATED_ROWS.

Usage:  python3 make.py /work/shared/data/vietnews_train.jsonl.gz
"""
import datetime
import gzip
import json
import pathlib
import random
import re
import sys
import unicodedata
from typing import List, NamedTuple, Tuple

SETNAME = "test121"
SEED = 12127
BODY_ROWS = range(9_600, 9_700)
RELATED_ROWS = range(12_700, 12_800)
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
    """Stream the file once; return ({row: (title, article)}, {row: (title, art[:1200])})."""
    path = pathlib.Path(path)
    with open(path, "rb") as fh:
        magic = fh.read(2)
    opener = gzip.open if magic == b"\x1f\x8b" else open
    last = max(BODY_ROWS[-1], RELATED_ROWS[-1])
    body, rel = {}, {}
    with opener(path, "rb") as fh:
        for i, raw in enumerate(fh):
            if i > last:
                break
            inb, inr = i in BODY_ROWS, i in RELATED_ROWS
            if not (inb or inr):
                continue
            try:
                obj = json.loads(raw.decode("utf-8", errors="replace"))
            except Exception:
                continue
            if not isinstance(obj, dict):
                continue
            t, a = obj.get("title"), obj.get("article")
            if not isinstance(t, str) or not isinstance(a, str):
                continue
            if not t.strip() or not a.strip():
                continue
            if inb:
                body[i] = (t, a)
            if inr:
                rel[i] = (t, a[:1200])
    return body, rel


# ---------------------------------------------------------------- story text
def detok(s):
    s = unicodedata.normalize("NFC", s.replace("_", " "))
    s = re.sub(r"[\s\u00a0\u200b\u200c\u200d\ufeff]+", " ", s).strip()
    s = re.sub(r'"\s*([^"]*?)\s*"', lambda m: '"' + m.group(1) + '"', s)
    s = re.sub(r"(^|\s)'\s+([^']{1,80}?)\s+'(?=\s|$|[,.;:!?)])", r"\1'\2'", s)
    s = re.sub(r"\s+([,.;:!?%…])", r"\1", s)
    s = re.sub(r"([(\[“‘])\s+", r"\1", s)
    s = re.sub(r"\s+([)\]”’])", r"\1", s)
    s = re.sub(r"(\S)\s+/\s+(\S)", r"\1/\2", s)
    s = re.sub(r" {2,}", " ", s)
    return s.strip()


ABBR = {"tp", "ts", "gs", "pgs", "ths", "bs", "q", "p", "th", "tt", "ks", "ls", "nxb",
        "mr", "mrs", "ms", "dr", "st", "jr", "co", "inc", "ltd", "vs", "no", "tr", "pts"}
OPEN_Q = '"“‘(['


def split_sentences(text):
    toks = text.split(" ")
    out, cur = [], []
    for i, tok in enumerate(toks):
        cur.append(tok)
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if nxt is None:
            break
        core = tok.rstrip('"”’)]')
        if not core or core[-1] not in ".!?…":
            continue
        if core.endswith("."):
            stem = core[:-1]
            if stem.lower().lstrip("(\"“") in ABBR:
                continue
            if re.fullmatch(r"[(\"“]?[A-ZĐ]", stem):            # single initial
                continue
            if re.fullmatch(r"[(\"“]?(?:[A-Za-zĐđ]\.)+[A-Za-zĐđ]", stem):  # dotted acronym
                continue
            if re.fullmatch(r"\d{1,2}", stem) and len(cur) == 1:  # "1." list numbering
                continue
        n0 = nxt.lstrip(OPEN_Q)
        if not n0 or not (n0[0].isupper() or n0[0].isdigit()):
            continue
        out.append(" ".join(cur))
        cur = []
    if cur:
        out.append(" ".join(cur))
    return [s.strip() for s in out if s.strip()]


CAPTION_MARKS = ["ảnh:", "(ảnh", "video:", "clip:", "minh hoạ", "minh họa", "(trái)", "(phải)",
                 "nguồn:", "đồ hoạ", "đồ họa", "infographic", "ảnh chụp", "ảnh tư liệu",
                 "(giữa)", "từ trái qua", "từ trái sang", "photo:", "xem thêm", "ảnh:"]
REPORT = ["cho biết", "nói", "khẳng định", "tuyên bố", "cho hay", "nhấn mạnh", "chia sẻ",
          "thông báo", "phát biểu", "tiết lộ", "xác nhận", "bày tỏ", "kể", "đánh giá",
          "nhận định", "giải thích", "thừa nhận", "trả lời", "dẫn lời", "viết", "nhận xét",
          "cảnh báo", "thông tin", "đưa tin", "báo cáo", "khẳng", "lưu ý", "công bố", "cáo buộc"]
CONNECT = ["Tuy nhiên", "Trong khi đó", "Ngoài ra", "Bên cạnh đó", "Theo đó", "Trước đó",
           "Sau đó", "Đồng thời", "Do đó", "Vì vậy", "Mặt khác", "Cũng theo", "Tuy vậy",
           "Thêm vào đó", "Trong khi", "Sau khi", "Nhưng", "Song", "Dù", "Mặc dù", "Vì thế",
           "Do vậy", "Cụ thể", "Đặc biệt", "Không chỉ", "Hiện nay", "Hiện tại", "Trước khi",
           "Kể từ", "Từ đó", "Như vậy", "Bởi vậy", "Nếu", "Khi", "Chính vì", "Đến nay",
           "Cùng ngày", "Cùng với", "Thậm chí", "Ngay sau", "Trong đó"]


def balanced(s):
    if s.count('"') % 2:
        return False
    for a, b in ("()", "[]", "“”"):
        if s.count(a) != s.count(b):
            return False
    return True


def keep_sentence(s, title_n):
    low = s.lower()
    if any(m in low for m in CAPTION_MARKS):
        return False
    if any(ch in s for ch in "|•»«"):
        return False
    if not balanced(s):
        return False
    if not re.search(r"[.!?…][\"”’)]*$", s):
        return False
    words = s.split()
    if len(words) < 8 or len(words) > 110:
        return False
    if ":" in " ".join(words[:6]):
        return False
    first = next((c for c in s if c.isalnum()), "")
    if not first or first.islower():
        return False
    if re.search(r"(?:^|[,;.]\s*)[Tt]heo\s+[^,;]{1,60}[.!?…][\"”)]*$", s):
        return False
    if re.search(r"\.\s*[Tt]heo\s+\S+", s[-60:]):
        return False
    if norm(s) == title_n:
        return False
    n = len(words)
    if n <= 22 or (n <= 30 and "," not in s):
        has_rep = any(re.search(r"(?<!\w)" + re.escape(v) + r"(?!\w)", low) for v in REPORT)
        quote = ('"' in s or "“" in s) and re.search(r"(?<!\w)(ông|bà|anh|chị|ngài|người này)(?!\w)", low)
        conn = any(s.startswith(c + " ") or s.startswith(c + ",") for c in CONNECT)
        if not (has_rep or quote or conn):
            return False
    return True


def story_sentences(title, article):
    tn = norm(title)
    txt = detok(article)
    sents = split_sentences(txt)
    if len(article) == 1201 and sents:   # possibly a cut row: never trust the tail
        sents = sents[:-1]
    out, seen = [], set()
    for s in sents:
        if not keep_sentence(s, tn):
            continue
        k = norm(s)
        if k in seen:
            continue
        seen.add(k)
        out.append(s)
    return out


def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = re.sub(r"[\u200b\u200c\u200d\u2060\ufeff]", "", s)
    s = re.sub(r"\s+", "", s)
    return s.casefold()


# ---------------------------------------------------------------- helpers
def ascii_fold(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def make_slug(title, n=4):
    words = [w for w in re.findall(r"[\wÀ-ỹ]+", title) if len(w) > 1]
    return "-".join(ascii_fold(w).upper() for w in words[:n]) or "TIN"


TOPICS = {
    "TG": ("Thế giới", ["Mỹ", "Trung Quốc", "Nga", "Iraq", "Syria", " IS ", "Triều Tiên", "Tổng thống",
                         "Nhật Bản", "Hàn Quốc", "quốc tế", "châu Âu", "Pháp", "Israel", "Anh", "Thủ tướng",
                         "Liên Hợp Quốc", "phiến quân", "Trump", "Putin", "Lầu Năm Góc"]),
    "TT": ("Thể thao", ["bóng đá", "đội tuyển", "HLV", "trận", "cầu thủ", "World Cup", "V-League",
                         "ghi bàn", "Olympic", "vô địch", "giải đấu", "tiền đạo", "sân"]),
    "KT": ("Kinh tế", ["USD", "tỷ đồng", "doanh nghiệp", "giá", "thị trường", "ngân hàng", "xuất khẩu",
                        "cổ phiếu", "đầu tư", "kinh tế", "lãi suất", "doanh thu"]),
    "PL": ("Pháp luật", ["công an", "bắt giữ", "khởi tố", "tòa", "toà", "điều tra", "tử hình", "tù",
                          "nghi phạm", "cảnh sát", "bị cáo", "vụ án", "tạm giữ"]),
    "SK": ("Sức khoẻ", ["bệnh viện", "bác sĩ", "bệnh", "ung thư", "sức khỏe", "sức khoẻ", "vắc xin",
                         "điều trị", "bệnh nhân"]),
    "GD": ("Giáo dục", ["học sinh", "giáo viên", "đại học", "sinh viên", "kỳ thi", "nhà trường"]),
    "VH": ("Văn hoá – Giải trí", ["ca sĩ", "phim", "diễn viên", "người mẫu", "hoa hậu", "váy",
                                   "thời trang", "nghệ sĩ", "công nương", "hoàng tử", "sân khấu"]),
    "KH": ("Khoa học – Công nghệ", ["điện thoại", "Apple", "Samsung", "công nghệ", "nhà khoa học",
                                     "nghiên cứu", "vệ tinh", "robot", "Internet", "phần mềm"]),
}


def detect_topic(title, body):
    hay = " " + title + " " + " ".join(body)[:1500] + " "
    best, score = "XH", 0
    for code, (_, kws) in TOPICS.items():
        sc = sum(hay.count(k) for k in kws) + 2 * sum((" " + title + " ").count(k) for k in kws)
        if sc > score:
            best, score = code, sc
    return best


def section_name(code):
    return TOPICS[code][0] if code in TOPICS else "Xã hội"


PLACES = ["Hà Nội", "TP.HCM", "Đà Nẵng", "Hải Phòng", "Cần Thơ", "Huế", "Nha Trang", "Cà Mau",
          "Washington", "New York", "Moskva", "Moscow", "Bắc Kinh", "Tokyo", "Seoul", "London", "Paris",
          "Baghdad", "Damascus", "Bangkok", "Berlin", "Sydney", "Vancouver", "Ottawa", "Bình Nhưỡng",
          "Jakarta", "Manila", "Kuala Lumpur", "Singapore", "Kirkuk", "Mosul", "Istanbul", "Ankara",
          "Tehran", "New Delhi", "Brussels", "Geneva", "Rome", "Madrid", "Quảng Ninh", "Nghệ An",
          "Thanh Hoá", "Đồng Nai", "Bình Dương", "Lâm Đồng", "Đắk Lắk", "Quảng Nam", "Khánh Hoà"]


def find_city(body, default):
    text = " ".join(body)
    best = None
    for p in PLACES:
        i = text.find(p)
        while i >= 0 and (text[max(0, i - 5):i] == "Thái " or (i > 0 and text[i - 1].isalpha())):
            i = text.find(p, i + 1)
        if i >= 0 and (best is None or i < best[0]):
            best = (i, p)
    return best[1] if best else default


STOPCAP = {"Theo", "Trong", "Tuy", "Khi", "Sau", "Ngoài", "Đây", "Hiện", "Các", "Những", "Ông",
           "Bà", "Anh", "Chị", "Tại", "Với", "Cũng", "Trước", "Nhưng", "Một", "Hai", "Ba", "Năm",
           "Thủ", "Tổng", "Chủ", "Bộ", "Phó", "Đại", "Tướng", "Ngoại", "Giám", "Phát", "Điện"}
COUNTRY = ["Trung Quốc", "Hàn Quốc", "Triều Tiên", "Thổ Nhĩ Kỳ", "Thái Lan", "Ấn Độ", "Nhật Bản",
           "Mỹ", "Nga", "Israel", "Australia", "Anh", "Pháp", "Đức", "Nhật", "Canada", "Iraq", "Syria",
           "Kremlin", "Philippines", "Iran", "Ukraine", "Italy", "Palestine", "Việt Nam", "Lào",
           "Campuchia", "Singapore", "Hong Kong", "Chiang Rai", "Malaysia", "Indonesia", "Thuỵ Sĩ", "Hà Lan", "EU", "Mexico"]
ROLE_TAIL = {"tướng", "thống", "tịch", "viên", "trưởng", "lĩnh", "đốc", "ông", "bà", "ngài", "hoàng",
             "tử", "nương", "vương", "sứ", "tá", "uý", "tư", "sĩ", "gia"}


def strip_country(run):
    changed = True
    while changed and len(run) > 2:
        changed = False
        for ctry in sorted(COUNTRY, key=len, reverse=True):
            cw = ctry.split()
            if run[:len(cw)] == cw and len(run) - len(cw) >= 1:
                run = run[len(cw):]
                changed = True
                break
    return run


def entities(body):
    """Return (people, others): capitalised name runs seen in the story."""
    cnt, kind = {}, {}
    for s in body:
        toks = s.split()
        run, prev = [], ""
        for t in toks[1:] + ["."]:
            core = t.strip('"“”()')
            end_p = core.endswith((",", ".", ";", ":", "!", "?"))
            core2 = core.rstrip(",.;:!?")
            ok = bool(core2) and core2[0].isupper() and re.fullmatch(r"[\wÀ-ỹ\-]+", core2) is not None \
                and t == t.strip('"“”()').rstrip(",.;:!?") + t[len(t.strip('"“”()').rstrip(",.;:!?")):] \
                and '"' not in t and "“" not in t and "”" not in t and "(" not in t and ")" not in t
            if ok:
                if not run:
                    before = prev
                run.append(core2)
            if not ok or end_p:
                while run and run[0] in STOPCAP:
                    run.pop(0)
                if run:
                    pl = before.lower()
                    r2 = strip_country(run)
                    is_person = (pl in ROLE_TAIL and len(run) >= 2) or r2 != run or \
                        (pl in ("ông", "bà", "ngài") and len(run[0]) >= 3 and not run[0].isupper())
                    if r2[0] in ("Đông", "Tây", "Nam", "Bắc", "Biển", "Nhà", "Liên"):
                        is_person = False
                    e = " ".join(r2)
                    if len(r2) <= 4 and (len(r2) >= 2 or is_person or e in COUNTRY) \
                            and not any(w.isupper() and len(w) > 1 for w in r2[:1]) or e in COUNTRY:
                        cnt[e] = cnt.get(e, 0) + 1
                        kind[e] = kind.get(e, False) or is_person
                run = []
            prev = core2 if core2 else prev
    cfirst = {c.split()[0] for c in COUNTRY} | {"Arab", "Cục", "Sở", "Viện", "Bộ"}
    ents = [e for e in sorted(cnt, key=lambda e: (-cnt[e], e))
            if len(e.split()[-1]) > 2 and not (len(e.split()) >= 2 and e not in COUNTRY and e.split()[0] in cfirst)]
    for e in ents:
        if e in COUNTRY:
            kind[e] = False
    people = [e for e in ents if kind[e]][:4]
    others = [e for e in ents if not kind[e]][:4]
    return people, others


FAM = ["Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý",
       "Nguyễn", "Phan", "Trịnh", "Đinh", "Lương", "Tạ", "Mai", "Quách"]
MID = ["Minh", "Thu", "Quốc", "Thanh", "Hải", "Ngọc", "Đức", "Bảo", "Khánh", "Gia", "Hồng", "Anh",
       "Phương", "Tuấn", "Diệu", "Xuân"]
GIV = ["Khải", "Hà", "Trung", "Nhàn", "Luân", "Vỹ", "Quyên", "Thạch", "Uyên", "Khoa", "Sơn", "Diệp",
       "Lộc", "Trâm", "Phong", "Hạnh", "Tín", "Yến", "Nghĩa", "Vy"]


def person(rng):
    return f"{rng.choice(FAM)} {rng.choice(MID)} {rng.choice(GIV)}"


def initials(name):
    return "".join(ascii_fold(w)[0] for w in name.split()).upper()


WEEKDAY = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]

SCENES = {
    "TG": ["Lực lượng an ninh được triển khai dày đặc tại khu vực xảy ra sự việc.",
           "Người dân theo dõi diễn biến tình hình qua truyền hình.",
           "Phóng viên quốc tế tác nghiệp bên ngoài trụ sở chính phủ.",
           "Một góc thủ đô vào sáng cùng ngày."],
    "TT": ["Cổ động viên theo dõi trận đấu trên khán đài.",
           "Các cầu thủ khởi động trước giờ bóng lăn.",
           "Ban huấn luyện trao đổi bên đường biên."],
    "KT": ["Hoạt động giao dịch tại một sàn chứng khoán trong phiên sáng.",
           "Hàng hoá được bốc dỡ tại cảng container.",
           "Khách hàng giao dịch tại quầy của một ngân hàng thương mại."],
    "PL": ["Lực lượng chức năng làm việc tại hiện trường.",
           "Khu vực xảy ra sự việc được lực lượng chức năng phong toả.",
           "Người dân tập trung theo dõi bên ngoài khu vực phong toả."],
    "SK": ["Các bác sĩ thăm khám cho bệnh nhân tại khoa điều trị.",
           "Người dân xếp hàng chờ khám tại bệnh viện tuyến tỉnh."],
    "GD": ["Học sinh trong giờ học tại một trường phổ thông.",
           "Thí sinh làm thủ tục dự thi tại điểm thi."],
    "VH": ["Khán giả chờ đón các nghệ sĩ tại lối vào sự kiện.",
           "Ống kính phóng viên hướng về thảm đỏ."],
    "KH": ["Sản phẩm được trưng bày tại một hội chợ công nghệ.",
           "Các kỹ sư làm việc trong phòng thí nghiệm."],
    "XH": ["Quang cảnh khu vực trong ngày diễn ra sự việc.",
           "Người dân địa phương theo dõi công tác của lực lượng chức năng.",
           "Một góc đường phố vào giờ cao điểm."],
}

PERSON_CAP = ["{E} trong một lần xuất hiện trước báo giới.",
              "{E} tại một sự kiện gần đây.",
              "{E} trả lời phóng viên trong một cuộc họp báo trước đó.",
              "Chân dung {E} trong ảnh tư liệu của hãng."]
OTHER_CAP = ["Hình ảnh liên quan đến {E} do phóng viên thường trú ghi lại.",
             "Tư liệu về {E} lưu trong kho ảnh của hãng.",
             "Khung cảnh liên quan đến {E} trong những ngày qua."]


# ---------------------------------------------------------------- page builder
class B:
    def __init__(self):
        self.e = []

    def u(self, line):
        self.e.append(("U", line))

    def f(self, kind, line):
        assert kind in KINDS, kind
        self.e.append(("F", kind, line))

    def w(self, line):
        self.f("widget", line)

    def by(self, line):
        self.f("byline", line)

    def body(self, items):
        self.e.append(("B", list(items)))


class Ctx:
    pass


def caption(c, k):
    """k-th caption text for the page."""
    rng = R(c.row, f"cap{k}")
    opts = []
    for e in c.people[:3]:
        opts.append(rng.choice(PERSON_CAP).replace("{E}", e))
        opts.append(rng.choice(PERSON_CAP).replace("{E}", e))
    for e in c.others[:3]:
        opts.append(rng.choice(OTHER_CAP).replace("{E}", e))
    opts += SCENES.get(c.topic, SCENES["XH"])
    for _ in range(20):
        cand = rng.choice(opts)
        if norm(cand) not in c.bodyn and norm(cand) != c.titlen and cand not in c.used_caps:
            c.used_caps.add(cand)
            return cand
    cand = f"Ảnh minh hoạ số {k + 1} cho bản tin {c.slug}."
    return cand


def fmt_date(d, style):
    wd = WEEKDAY[d.weekday()]
    if style == 0:
        return f"{d:%d/%m/%Y} {d:%H:%M}"
    if style == 1:
        return f"{wd}, {d:%d/%m/%Y} - {d:%H:%M}"
    if style == 2:
        return f"{d.day} tháng {d.month} năm {d.year}"
    return f"{d:%d/%m/%Y}"


def tail_paras(paras, k):
    return paras[:k], paras[k:]


# ---------------------------------------------------------------- layouts
# each: (name, agency-short, (min,max) sentences per paragraph, builder)

def L_pna(b, c):
    rng = c.rng
    b.w("Trang chủ | Tin mới | Thời sự | Thế giới | Kinh tế | Thể thao | Ảnh | Đăng nhập thuê bao")
    b.u("THÔNG TẤN PHƯƠNG NAM – DỊCH VỤ TIN PNA")
    b.w(f"Mã tin: PNA-{c.topic}-{c.d:%y%m%d}-{rng.randint(100, 9999):04d}")
    b.w(f"Slug: {c.slug}")
    b.w(f"Ưu tiên: {rng.choice(['3 – Thường', '2 – Quan trọng', '1 – Khẩn'])}")
    b.u(c.title)
    b.u(f"Phát lúc {c.d:%H:%M} ngày {c.d:%d/%m/%Y} (GMT+7)")
    b.by(f"{c.city.upper()} (PNA) –")
    for i, p in enumerate(c.paras):
        b.body(p)
        if i == 1 and len(c.paras) > 3:
            b.f("caption", f"{caption(c, 0)} (Ảnh: PNA/{person(rng)})")
    b.w("(hết)")
    b.by("-- PNA")
    b.w(f"Số từ: {c.nwords} | Chuyên mục: {section_name(c.topic)} | Phiên bản: 1")
    if c.rel:
        b.w("Tin cùng chủ đề đã phát")
        for h, _ in c.rel[:3]:
            b.f("related", f"{rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}  {h}")
    b.w(f"© {c.d.year} Thông tấn Phương Nam. Bản tin dành riêng cho thuê bao, không được phát lại khi chưa có thoả thuận.")


def L_shn(b, c):
    rng = c.rng
    num = rng.randint(100, 999)
    b.w(f"ZCZC SHN{num:04d} {rng.randint(1, 4)} {c.topic}")
    b.u("HÃNG TIN SÔNG HỒNG (SHN)")
    b.w(f"SHN-{c.topic}-{c.slug}")
    b.w(f"BẢN TIN SỐ {num} – ĐỘ KHẨN: {rng.choice(['THƯỜNG', 'KHẨN', 'THƯỢNG KHẨN'])}")
    b.u(c.title)
    b.by(f"{ascii_fold(c.city).upper()}, (SHN) -")
    for p in c.paras:
        b.body(p)
    b.w("(hết)")
    n1, n2 = person(rng), person(rng)
    b.by(f"SHN/{initials(n1)}/{initials(n2)}")
    b.u(f"{c.d:%d%H%M} GMT+7 {c.d:%m/%Y}")
    if c.rel:
        b.w("TIN LIÊN QUAN CÙNG NGÀY:")
        for h, _ in c.rel[:2]:
            b.f("related", f"SHN{rng.randint(100, 999):04d}  {h}")
    b.w("NNNN")


def L_vdt(b, c):
    rng = c.rng
    b.u("Việt Điện Tín")
    b.w("Thời sự   Thế giới   Kinh tế   Văn hoá   Thể thao   Ảnh – Video   Tin hãng")
    b.w(f"Trang chủ > {section_name(c.topic)}")
    b.u(c.title)
    b.u(fmt_date(c.d, 1))
    b.w("Cỡ chữ:  A  A  A")
    n = len(c.paras)
    for i, p in enumerate(c.paras):
        b.body(p)
        if i == 0 and c.rel:
            b.f("related", f"Xem thêm: {c.rel[0][0]}")
        if i == n // 2 and n >= 3:
            b.w("[Ảnh]")
            b.f("caption", caption(c, 0))
            b.f("credit", f"Ảnh: VDT/{person(rng)}")
    b.by(f"{person(rng)} (VDT)")
    b.w(f"Từ khoá: {section_name(c.topic)}, {c.city}, tin hãng" + "".join(", " + e for e in c.ents[:2]))
    b.w("Chia sẻ: Facebook | Zalo | In bài | Gửi email")
    if len(c.rel) > 1:
        b.w("Tin khác")
        for h, _ in c.rel[1:5]:
            b.f("related", f"• {h}")
    b.w("Việt Điện Tín – Hãng tin điện tử. Giấy phép số 212/GP-BTTTT (giấy phép giả định).")


def L_lhx(b, c):
    rng = c.rng
    nphot = rng.randint(3, 5)
    b.u("THÔNG TẤN XÃ LẠC HỒNG – DỊCH VỤ ẢNH VÀ TIN")
    b.w(f"Bộ ảnh gồm {nphot} ảnh | Mã: LHX-ANH-{c.d:%Y%m%d}-{rng.randint(10, 99)}")
    b.u(c.title)
    b.u(f"Cập nhật: {c.d:%d/%m/%Y %H:%M}")
    photog = person(rng)
    b.by(f"Bài: {person(rng)} – Ảnh: {photog}")
    k = 0
    for i, p in enumerate(c.paras):
        if i % 2 == 0 and k < 3:
            b.f("caption", f"Ảnh {k + 1}/{nphot}: {caption(c, k)}")
            b.f("credit", f"Ảnh: LHX/{photog}")
            k += 1
        b.body(p)
    b.w("Tải ảnh độ phân giải cao (dành cho thuê bao)")
    b.by("LHX")
    if c.rel:
        b.w("Bộ ảnh khác")
        for h, _ in c.rel[:3]:
            b.f("related", f"{h} ({rng.randint(4, 12)} ảnh)")


def L_ddpa(b, c):
    rng = c.rng
    b.w("ĐDPA | Vietnamese Service | Bản tin tiếng Việt")
    b.u("Đông Dương Press Agency")
    b.w(f"PRIORITY: {rng.choice(['ROUTINE', 'URGENT', 'FLASH'])}")
    eng = {"TG": "World", "TT": "Sports", "KT": "Business", "PL": "Crime", "SK": "Health",
           "GD": "Education", "VH": "Entertainment", "KH": "Science/Tech"}.get(c.topic, "Society")
    b.w(f"Category: {eng} / Keywords: " + ", ".join(ascii_fold(e) for e in (c.ents or [c.city])))
    if rng.random() < 0.5:
        emb = c.d - datetime.timedelta(hours=rng.randint(1, 5))
        b.w(f"EMBARGOED UNTIL {emb:%H:%M} ICT {emb:%d/%m/%Y}")
    else:
        b.w("EMBARGO: không")
    b.u(c.title)
    b.u(f"{c.d:%d.%m.%Y}, {c.d:%H:%M} ICT")
    b.by(f"Tác giả: {person(rng)} / ĐDPA")
    for i, p in enumerate(c.paras):
        b.body(p)
        if i == len(c.paras) - 2:
            b.w("[Ghi chú biên tập: Bản tin có thể được cập nhật khi có thêm thông tin từ hiện trường.]")
    b.w("ENDS")
    if c.rel:
        b.w("Related stories")
        for h, _ in c.rel[:3]:
            b.f("related", f"- {h}")
    b.w("Contact desk: banbientap@dongduong-press.vn | +84 24 3912 0457")


def L_cnm(b, c):
    rng = c.rng
    today = c.d + datetime.timedelta(days=rng.randint(0, 1))
    b.w(f"{WEEKDAY[today.weekday()]}, ngày {today.day} tháng {today.month} năm {today.year}")
    b.u("CAO NGUYÊN MỚI")
    b.w("Trang nhất  |  Thời sự  |  Tin hãng  |  Kinh tế  |  Buôn Ma Thuột 24h  |  Liên hệ")
    b.w("Tin từ hãng thông tấn")
    b.u(c.title)
    b.f("credit", "Nguồn: PNA")
    b.u(fmt_date(c.d, 0))
    for i, p in enumerate(c.paras):
        b.body(p)
        if i == 1 and len(c.paras) > 2:
            b.w("Quảng cáo")
    b.by("Theo PNA")
    b.w(f"Lượt xem: {rng.randint(120, 9800):,}".replace(",", "."))
    b.w("Bình luận (0) | Gửi bình luận")
    if c.rel:
        b.w("Tin cùng chuyên mục")
        for h, _ in c.rel[:4]:
            dd = c.d - datetime.timedelta(days=rng.randint(0, 3))
            b.f("related", f"{h} ({dd:%d/%m})")
    b.w("Báo Cao Nguyên Mới – Toà soạn: 48 Phan Chu Trinh (giả định), Buôn Ma Thuột. ĐT: 0262 3855 140")
    b.w("CAO NGUYÊN MỚI")


def L_clnw(b, c):
    rng = c.rng
    b.u("CỬU LONG NEWSWIRE")
    b.w(f"Phân phối tin: Cửu Long Newswire | Đã gửi tới {rng.randint(80, 320)} toà soạn thuê bao")
    b.u(c.title)
    b.u(f"Ngày phát hành: {c.d:%d/%m/%Y}")
    b.by(f"{c.city} – (CLNW)")
    for i, p in enumerate(c.paras):
        b.body(p)
        if i == 0 and len(c.paras) > 2:
            b.f("caption", f"{caption(c, 0)} Ảnh: CLNW")
    b.w("###")
    b.w("Về Cửu Long Newswire: dịch vụ phân phối tin tức và thông cáo cho các cơ quan báo chí khu vực Đồng bằng sông Cửu Long.")
    b.w(f"Liên hệ báo chí: {person(rng)} – 0939 {rng.randint(100, 999)} {rng.randint(100, 999)} – tinbai@cuulongwire.vn")
    if c.rel:
        b.w("Tin phát hành gần đây")
        for h, _ in c.rel[:3]:
            dd = c.d - datetime.timedelta(days=rng.randint(1, 9))
            b.f("related", f"{dd:%d/%m/%Y} – {h}")


def L_kba(b, c):
    rng = c.rng
    emb = c.d + datetime.timedelta(hours=rng.randint(2, 10))
    b.w(f"*** CẤM ĐĂNG TRƯỚC {emb:%H:%M} NGÀY {emb:%d/%m/%Y} ***")
    b.u("Hãng tin Kinh Bắc (KBA)")
    b.w(f"Đợt phát: {rng.choice(['Sáng', 'Trưa', 'Chiều', 'Tối'])} | Bản tin số {rng.randint(1, 40)}/{c.d:%m}")
    b.u(c.title)
    b.u(f"Giờ phát: {c.d:%H:%M}, {c.d:%d/%m/%Y}")
    b.by(f"{c.city} (KBA) -")
    for i, p in enumerate(c.paras):
        b.body(p)
        if i == 2:
            b.f("caption", caption(c, 0))
    b.w("(hết)")
    b.by(f"KBA – {person(rng)}")
    b.w("Lưu ý: Bản tin chịu lệnh cấm đăng; thuê bao vi phạm sẽ bị tạm ngừng cung cấp tin.")
    if c.rel:
        b.w("Cùng đợt phát:")
        for h, _ in c.rel[:3]:
            b.f("related", f"KBA-{rng.randint(10, 99)}  {h}")


def L_dht(b, c):
    rng = c.rng
    fixed = c.d + datetime.timedelta(minutes=rng.randint(20, 180))
    b.u("DUYÊN HẢI THÔNG TẤN")
    b.w("ĐÍNH CHÍNH – PHÁT LẠI BẢN TIN")
    b.w(f"Đính chính: Bản tin phát lúc {c.d:%H:%M} cùng ngày có sai sót ở đoạn {rng.randint(2, 4)}. "
        f"Dưới đây là bản đã sửa, thay thế hoàn toàn bản trước.")
    b.w(f"DHT/{c.slug}/SỬA 1")
    b.u(c.title)
    b.u(f"{c.d:%d/%m/%Y} {fixed:%H:%M}")
    for p in c.paras:
        b.body(p)
    b.w("(hết)")
    b.by("-- DHT")
    b.w("Các thuê bao đã sử dụng bản tin trước vui lòng cập nhật theo bản này.")
    for h, _ in c.rel[:2]:
        b.f("related", f"Tin đã phát: {h}")


def L_btb(b, c):
    rng = c.rng
    b.u("Trạm Tin Bắc Trung Bộ")
    b.w("Luồng tin: Tổng hợp | Tự làm mới sau 60 giây")
    if c.rel:
        b.w("Mới nhận")
        for h, _ in c.rel[:3]:
            b.f("related", f"{rng.randint(6, 22):02d}:{rng.randint(0, 59):02d} {h}")
    b.u(c.title)
    b.u(f"Nhận lúc {c.d:%H:%M} {c.d:%d/%m/%Y}")
    b.f("credit", f"Nguồn: {rng.choice(['Hãng tin Sông Hồng', 'Thông tấn Phương Nam', 'Hãng tin Kinh Bắc'])}")
    for p in c.paras:
        b.body(p)
    b.by(f"{person(rng)} (tổng hợp)")
    b.w(f"Thẻ: #{ascii_fold(section_name(c.topic)).replace(' ', '').replace('–', '')}" + "".join(" #" + ascii_fold(e).replace(" ", "") for e in c.ents[:2]))
    b.w("Báo lỗi tin | Lưu tin | Chuyển biên tập")


def L_tda(b, c):
    rng = c.rng
    b.u("HÃNG THÔNG TẤN TÂY ĐÔ – BẢN TIN PHÁT THANH")
    b.w(f"Chương trình: {rng.choice(['Thời sự sáng', 'Thời sự trưa', 'Thời sự tối'])}")
    b.w(f"Thời lượng đọc ước tính: {rng.randint(1, 2)} phút {rng.randint(5, 55)} giây")
    b.u(c.title)
    b.u(f"Phát sóng: {c.d:%H:%M} {c.d:%d/%m/%Y}")
    for i, p in enumerate(c.paras):
        b.body(p)
        if i == 0:
            b.w("[NHẠC CẮT]")
    b.by(f"Biên tập: {person(rng)} – Đọc: {person(rng)}")
    b.w("(hết)")
    if c.rel:
        b.w("Tin tiếp theo trong chương trình:")
        for j, (h, _) in enumerate(c.rel[:3]):
            b.f("related", f"{j + 2}. {h}")


def L_dbw(b, c):
    rng = c.rng
    b.w("☰  Chuyên mục        Đăng nhập")
    b.u("ĐIỆN BIÊN WIRE")
    b.w(f"Tin hãng › {section_name(c.topic)}")
    b.u(c.title)
    b.by(f"{person(rng)} | ĐBW")
    b.u(f"{c.d:%H:%M} {c.d:%d/%m/%Y}")
    b.w(f"Nghe bài viết ▶ 0{rng.randint(1, 5)}:{rng.randint(10, 59)}")
    for i, p in enumerate(c.paras):
        b.body(p)
        if i == 0 and len(c.paras) > 2:
            b.f("caption", f"{caption(c, 0)} Ảnh: ĐBW")
        if i == 2 and len(c.rel) > 3:
            b.f("related", f"Đọc thêm: {c.rel[3][0]}")
    b.w("Theo dõi Điện Biên Wire trên Zalo để nhận tin nhanh nhất")
    b.w("Quảng cáo")
    if c.rel:
        b.w("Có thể bạn quan tâm")
        for h, t in c.rel[:2]:
            b.f("related", h)
            if t:
                b.f("related", t)


def L_vnx(b, c):
    rng = c.rng
    b.u("VIETWIRE EXPRESS")
    b.w("⚡ TIN KHẨN")
    b.w(f"KHẨN – {c.slug}")
    b.u(c.title)
    b.u(f"{c.d:%d/%m/%Y %H:%M:%S}")
    t = c.d
    for i, p in enumerate(c.paras):
        b.body(p)
        if i in (0, 2) and i < len(c.paras) - 1:
            t = t + datetime.timedelta(minutes=rng.randint(4, 40))
            b.w(f"Cập nhật lần {1 if i == 0 else 2} – {t:%H:%M}")
    b.w("Tin đang được tiếp tục cập nhật.")
    b.by(f"VNX – {person(rng)}, {person(rng)}")
    if c.rel:
        b.w("Diễn biến trước đó")
        for h, _ in c.rel[:3]:
            tt = c.d - datetime.timedelta(minutes=rng.randint(30, 600))
            b.f("related", f"{tt:%H:%M} – {h}")


def L_hl(b, c):
    rng = c.rng
    b.u("ĐÀI PHÁT THANH – TRUYỀN HÌNH HỒNG LĨNH")
    b.w("Hệ thống quản lý tin – Ban Thời sự")
    b.w("Trạng thái: Chờ duyệt | Người nhận: Biên tập viên trực")
    b.w(f"Nguồn hãng: PNA | Mã gốc: PNA-{c.topic}-{c.d:%y%m%d}-{rng.randint(100, 9999):04d}")
    b.u(c.title)
    b.u(f"Nhận: {c.d:%d/%m/%Y %H:%M}")
    b.w(rng.choice(["Ghi chú biên tập: Cân nhắc dùng cho bản tin 19h; kiểm tra lại số liệu trước khi phát.",
                    "Ghi chú biên tập: Có thể rút gọn còn 2 đoạn cho bản tin trưa.",
                    "Ghi chú biên tập: Chờ hình ảnh từ phóng viên thường trú."]))
    for p in c.paras:
        b.body(p)
    b.by("-- PNA")
    b.by(f"BTV xử lý: {person(rng)}")
    b.w("Duyệt  |  Trả lại  |  Chuyển kênh phát")
    if c.rel:
        b.w("Tin liên quan trong hệ thống")
        for h, _ in c.rel[:3]:
            b.f("related", f"[{rng.choice(['Đã phát', 'Chờ duyệt', 'Lưu'])}] {h}")


def L_sma(b, c):
    rng = c.rng
    b.u("SMA – Hãng tin Sao Mai")
    b.w("Tải ứng dụng SMA News – đọc tin hãng mọi lúc")
    b.u(c.title)
    b.u(f"{c.d:%d/%m/%Y} | {c.d:%H:%M}")
    b.w("A-   A+")
    mid = len(c.paras) // 2
    for i, p in enumerate(c.paras):
        b.body(p)
        if i == mid and len(c.paras) > 2:
            b.f("caption", f"{caption(c, 0)} (Ảnh: SMA)")
    b.by("SMA")
    b.w(f"👍 {rng.randint(0, 90)}   ❤ {rng.randint(0, 30)}   😮 {rng.randint(0, 12)}")
    if c.rel:
        b.w("Tin nóng")
        for j, (h, _) in enumerate(c.rel[:4]):
            b.f("related", f"{j + 1:02d}. {h}")
    b.w(f"Liên hệ quảng cáo: 0912 {rng.randint(100, 999)} {rng.randint(100, 999)} | quangcao@saomai-news.vn")


def L_hc(b, c):
    rng = c.rng
    b.w(f"Hải Phòng, {WEEKDAY[c.d.weekday()]} {c.d.day}/{c.d.month}/{c.d.year}")
    b.u("NHẬT BÁO HẢI CẢNG")
    b.w("Thời sự | Cảng biển | Kinh tế | Thế giới | Văn hoá | Thể thao")
    b.u(c.title)
    b.u(f"Đăng lúc {c.d:%H:%M}, {c.d:%d/%m/%Y}")
    for i, p in enumerate(c.paras):
        b.body(p)
        if i == 0 and len(c.paras) > 2:
            b.f("caption", caption(c, 0))
            b.f("credit", "Ảnh: Hãng tin Sông Hồng")
    b.by("Theo Hãng tin Sông Hồng")
    b.w(f"Tags: {section_name(c.topic)}, {c.city}")
    if c.rel:
        b.w("Tin cùng chuyên mục:")
        for h, t in c.rel[:3]:
            if t and rng.random() < 0.5:
                b.f("related", f"{h} – {t}")
            else:
                b.f("related", h)
    b.w("Toà soạn: 17 Điện Biên Phủ (giả định), Hải Phòng. ĐT: 0225 3745 018. Email: toasoan@haicang-news.vn")


def L_tsa(b, c):
    rng = c.rng
    b.u("THÔNG TẤN TRƯỜNG SƠN | TS-VIDEO")
    b.w(f"▶ Video | 0{rng.randint(1, 4)}:{rng.randint(10, 59)} | HD 1080p")
    b.f("caption", caption(c, 0))
    b.f("credit", f"Video: TSA/{person(rng)}")
    b.w("Shotlist và âm thanh gốc gửi kèm cho thuê bao truyền hình")
    b.u(c.title)
    b.u(fmt_date(c.d, 1))
    for p in c.paras:
        b.body(p)
    b.by(f"Phóng viên: {person(rng)}, quay phim: {person(rng)}")
    if c.rel:
        b.w("Video khác")
        for h, _ in c.rel[:3]:
            b.f("related", f"▶ {h} (0{rng.randint(1, 4)}:{rng.randint(10, 59)})")
    b.w(f"© Thông tấn Trường Sơn {c.d.year}")


def L_nh(b, c):
    rng = c.rng
    b.w("=== BẮT ĐẦU BẢN TIN ===")
    b.u("Hệ thống tin Ngân Hà")
    b.w(f"ID: NH-{c.d:%Y%m%d}-{rng.randint(1000, 99999)}")
    b.w(f"Chuyên mục: {section_name(c.topic)}")
    b.w("Ngôn ngữ: vi | Phiên bản: 1 | Trạng thái: phát")
    b.u(c.title)
    b.u(f"{c.d:%Y-%m-%dT%H:%M:00+07:00}")
    b.by(f"Tác giả: {person(rng)}")
    for p in c.paras:
        b.body(p)
    b.w(f"Số ký tự: {c.nchars}")
    for h, _ in c.rel[:3]:
        b.f("related", f"Liên quan: {h}")
    b.w("=== KẾT THÚC BẢN TIN ===")


def L_dba(b, c):
    rng = c.rng
    b.u("HÃNG TIN ĐỒNG BẰNG")
    b.w(f"Lưu trữ bản tin › {c.d.year} › Tháng {c.d.month}")
    b.u(c.title)
    b.u(f"Phát ngày {fmt_date(c.d, 2)}")
    for i, p in enumerate(c.paras):
        b.body(p)
        if i == 1 and len(c.paras) > 3:
            b.f("caption", caption(c, 0))
            b.f("credit", f"Ảnh: ĐBA/{person(rng)}")
    b.by("ĐBA")
    b.w("Bản tin gốc đã được lưu trữ, nội dung không chỉnh sửa.")
    if c.rel:
        b.w("Cùng ngày trong lưu trữ")
        for h, _ in c.rel[:4]:
            b.f("related", h)
    b.w("« Bản tin trước   |   Bản tin sau »")


def L_lv(b, c):
    rng = c.rng
    b.w("Từ: Bản tin Liên Việt <bantin@lienviet-news.vn>")
    b.w(f"Gửi: Thuê bao #{rng.randint(10000, 99999)}")
    b.u("BẢN TIN LIÊN VIỆT")
    b.w(f"Số {rng.randint(100, 900)} – Bản tin {rng.choice(['buổi sáng', 'buổi chiều'])}")
    if len(c.rel) >= 2:
        b.f("related", "Trong số này: " + "; ".join(h for h, _ in c.rel[:3]))
    b.u(c.title)
    b.u(fmt_date(c.d, 1))
    for p in c.paras:
        b.body(p)
    b.by(f"{person(rng)} – Liên Việt")
    b.w("Bạn nhận được email này vì đã đăng ký Bản tin Liên Việt.")
    b.w("Huỷ đăng ký | Quản lý thuê bao | Xem trên trình duyệt")


LAYOUTS = [
    ("pna_wire_console", (1, 3), L_pna),
    ("shn_teleprinter_feed", (2, 4), L_shn),
    ("vdt_agency_portal", (1, 3), L_vdt),
    ("lhx_photo_service", (2, 3), L_lhx),
    ("ddpa_vietnamese_service", (1, 2), L_ddpa),
    ("cnm_subscriber_reprint", (2, 4), L_cnm),
    ("clnw_newswire_release", (2, 3), L_clnw),
    ("kba_embargoed_bulletin", (1, 3), L_kba),
    ("dht_correction_reissue", (2, 4), L_dht),
    ("btb_aggregator_stream", (1, 2), L_btb),
    ("tda_radio_script", (1, 1), L_tda),
    ("dbw_mobile_wire", (1, 2), L_dbw),
    ("vnx_flash_updates", (1, 2), L_vnx),
    ("hl_broadcaster_desk", (2, 4), L_hl),
    ("sma_app_feed", (1, 2), L_sma),
    ("hc_daily_reprint", (2, 3), L_hc),
    ("tsa_video_wire", (2, 4), L_tsa),
    ("nh_plain_export", (3, 4), L_nh),
    ("dba_archive_page", (1, 3), L_dba),
    ("lv_email_digest", (2, 3), L_lv),
]


# ---------------------------------------------------------------- faults
def add_nbsp(s, rng, k=2):
    idx = [i for i, ch in enumerate(s) if ch == " "]
    for i in rng.sample(idx, min(k, len(idx))):
        s = s[:i] + "\u00a0" + s[i + 1:]
    return s


def add_zwsp(s, rng):
    idx = [i for i in range(1, len(s)) if s[i - 1].isalpha() and s[i].isalpha()]
    if not idx:
        return s
    i = rng.choice(idx)
    return s[:i] + "\u200b" + s[i:]


def add_dbl(s, rng):
    idx = [i for i, ch in enumerate(s) if ch == " "]
    if not idx:
        return s
    i = rng.choice(idx)
    return s[:i] + " " + s[i:]


def apply_line_fault(entries, fault, rng):
    fn = {"nbsp": add_nbsp, "zwsp": add_zwsp, "dblspace": add_dbl}[fault]
    n = rng.randint(2, 5) if fault != "dblspace" else rng.randint(1, 2)
    targets = [i for i, e in enumerate(entries) if e[0] in ("B", "F")]
    for i in rng.sample(targets, min(n, len(targets))):
        e = entries[i]
        if e[0] == "B":
            items = list(e[1])
            j = rng.randrange(len(items))
            items[j] = fn(items[j], rng)
            entries[i] = ("B", items)
        else:
            entries[i] = ("F", e[1], fn(e[2], rng))
    return entries


# ---------------------------------------------------------------- check
def check_page(p, title, sents_n, rel_lines):
    lines = p.text.split("\n")
    for ln in lines:
        if not ln or ln != ln.strip():
            raise ValueError(f"{p.layout}: blank or unstripped line {ln!r}")
    for k, ln in p.furniture:
        if k not in KINDS:
            raise ValueError(f"{p.layout}: bad kind {k}")
    for it in p.body:
        if it not in p.text or not it or it != it.strip():
            raise ValueError(f"{p.layout}: body item not in text {it[:40]!r}")
    bi = fi = 0
    unl = []
    for ln in lines:
        if fi < len(p.furniture) and ln == p.furniture[fi][1]:
            fi += 1
            continue
        ok = False
        for m in range(1, 5):
            if bi + m <= len(p.body) and ln == " ".join(p.body[bi:bi + m]):
                bi += m
                ok = True
                break
        if ok:
            continue
        unl.append(ln)
    if bi != len(p.body) or fi != len(p.furniture):
        raise ValueError(f"{p.layout}: walk did not use up body/furniture ({bi}/{len(p.body)}, {fi}/{len(p.furniture)})")
    if len(unl) > 3:
        raise ValueError(f"{p.layout}: {len(unl)} unlabelled lines: {unl}")
    if title not in unl:
        raise ValueError(f"{p.layout}: title not an unlabelled line")
    if len(p.body) < 3:
        raise ValueError(f"{p.layout}: fewer than 3 body items")
    bn = {norm(x) for x in p.body} | set(sents_n)
    for _, ln in p.furniture:
        if norm(ln) in bn:
            raise ValueError(f"{p.layout}: furniture equals body: {ln!r}")
    for ln in unl:
        if norm(ln) in bn:
            raise ValueError(f"{p.layout}: unlabelled equals body: {ln!r}")
    tn = norm(title)
    for h in rel_lines:
        if norm(h) == tn or norm(h) in bn:
            raise ValueError(f"{p.layout}: related equals title/body: {h!r}")


# ---------------------------------------------------------------- main
def build_related(rel):
    pool = []
    for row in sorted(rel):
        t, a = rel[row]
        h = detok(t)
        if not h:
            continue
        sents = split_sentences(detok(a[:1200]))
        teaser = ""
        for s in sents:
            if len(s.split()) >= 10 and balanced(s) and "|" not in s:
                teaser = s
                break
        if teaser and len(teaser) > 220:
            cut = teaser[:200].rsplit(" ", 1)[0].rstrip(",;:")
            teaser = cut + "…"
        pool.append((h, teaser))
    return pool


def make_page(k, row, title_raw, art, pool):
    name, (pmin, pmax), fn = LAYOUTS[k % len(LAYOUTS)]
    title = detok(title_raw)
    if not title:
        return None
    sents = story_sentences(title, art)
    if len(sents) < 3:
        return None
    sents_n = [norm(s) for s in sents]
    frng = R(row, "faults")
    faults = []
    if frng.random() < 0.3:
        faults = frng.sample(["nbsp", "zwsp", "dblspace", "glue", "nfd"], 1 if frng.random() < 0.7 else 2)
    items = list(sents)
    if "glue" in faults:
        cand = [i for i in range(len(items) - 1)
                if items[i].endswith(".") and items[i + 1][:1].isupper()]
        if cand and len(items) > 3:
            i = frng.choice(cand)
            items[i:i + 2] = [items[i] + items[i + 1]]
        else:
            faults.remove("glue")
    prng = R(row, "paras")
    paras, i = [], 0
    while i < len(items):
        n = prng.randint(pmin, pmax)
        paras.append(items[i:i + n])
        i += n
    c = Ctx()
    c.row = row
    c.rng = R(row, "layout")
    c.title, c.titlen = title, norm(title)
    c.paras = paras
    c.bodyn = set(sents_n) | {norm(x) for x in items}
    c.topic = detect_topic(title, sents)
    c.slug = make_slug(title)
    c.people, c.others = entities(sents)
    c.ents = c.people[:1] + c.others[:2]
    c.used_caps = set()
    c.city = find_city(sents, "Hà Nội")
    c.nwords = sum(len(s.split()) for s in sents)
    c.nchars = sum(len(s) for s in sents)
    drng = R(row, "date")
    start = datetime.datetime(2016, 1, 1)
    c.d = start + datetime.timedelta(days=drng.randrange(1460), hours=drng.randint(5, 22),
                                     minutes=drng.randrange(60), seconds=drng.randrange(60))
    rrng = R(row, "related")
    ok = [(h, t) for h, t in pool
          if norm(h) != c.titlen and norm(h) not in c.bodyn
          and (not t or (norm(t) != c.titlen and norm(t) not in c.bodyn))]
    c.rel = rrng.sample(ok, min(len(ok), rrng.randint(3, 5))) if ok else []
    b = B()
    fn(b, c)
    entries = b.e
    for f in faults:
        if f in ("nbsp", "zwsp", "dblspace"):
            entries = apply_line_fault(entries, f, frng)
    nfd = "nfd" in faults
    conv = (lambda s: unicodedata.normalize("NFD", s)) if nfd else (lambda s: s)
    lines, body, furn, rel_lines = [], [], [], []
    for e in entries:
        if e[0] == "U":
            lines.append(conv(e[1]))
        elif e[0] == "F":
            lines.append(conv(e[2]))
            furn.append((e[1], conv(e[2])))
        else:
            its = [conv(x) for x in e[1]]
            body.extend(its)
            lines.append(" ".join(its))
    for h, t in c.rel:
        rel_lines += [h] + ([t] if t else [])
    title_line = conv(title)
    p = Page("\n".join(lines), body, furn, name)
    check_page(p, title_line, sents_n, rel_lines)
    return p, faults


_FAULTS = {}


def pages(path):
    body, rel = read_rows(path)
    pool = build_related(rel)
    out = []
    _FAULTS.clear()
    for k, row in enumerate(sorted(body)):
        t, a = body[row]
        res = make_page(k, row, t, a, pool)
        if res is None:
            continue
        p, faults = res
        _FAULTS[len(out)] = faults
        out.append(p)
    return out


def main(argv):
    if len(argv) < 2:
        print("usage: make.py VIETNEWS_JSONL[.gz]", file=sys.stderr)
        return 2
    ps = pages(argv[1])
    hdr = ["layout", "pages", "body", "byline", "credit", "caption", "related", "widget", "faults"]
    rows = {}
    for i, p in enumerate(ps):
        r = rows.setdefault(p.layout, [0] * 8)
        r[0] += 1
        r[1] += len(p.body)
        for kind, _ in p.furniture:
            r[2 + KINDS.index(kind)] += 1
        r[7] += 1 if _FAULTS.get(i) else 0
    print("{:<26}".format(hdr[0]) + "".join(f"{h:>8}" for h in hdr[1:]))
    tot = [0] * 8
    for name, _, _ in LAYOUTS:
        r = rows.get(name, [0] * 8)
        tot = [a + b for a, b in zip(tot, r)]
        print(f"{name:<26}" + "".join(f"{x:>8}" for x in r))
    print(f"{'TOTAL':<26}" + "".join(f"{x:>8}" for x in tot))
    fk = {}
    for fl in _FAULTS.values():
        for f in fl:
            fk[f] = fk.get(f, 0) + 1
    print("fault kinds: " + ", ".join(f"{k}={v}" for k, v in sorted(fk.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
