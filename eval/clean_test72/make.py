#!/usr/bin/env python3
"""Held-out evaluation set `test72` for the cleaner of scraped Vietnamese news pages.

Theme: education portals and exam season (invented outlets).  The story of every page is a
VietNews article (BODY_ROWS); other stories' text comes only from RELATED_ROWS.

    python3 make.py /work/shared/data/vietnews_train.jsonl.gz

prints a totals table per layout.  `pages(path)` returns the labelled pages and checks the
labelling contract on every page (ValueError on a breach).  Standard library only.
"""
import datetime
import gzip
import json
import random
import re
import sys
import unicodedata
from typing import List, NamedTuple, Tuple

SET_NAME = "test72"
SEED = 7272
BODY_ROWS = range(18_600, 18_700)
RELATED_ROWS = range(14_400, 14_500)
KINDS = ("byline", "credit", "caption", "related", "widget")
FAULTS = ("nbsp", "zwsp", "dspace", "glue", "nfd")


class Page(NamedTuple):
    text: str
    body: List[str]
    furniture: List[Tuple[str, str]]
    layout: str


def R(row, purpose):
    """Every random draw of the set comes from a string-seeded generator."""
    return random.Random(f"{SET_NAME}|{SEED}|{row}|{purpose}")


# ---------------------------------------------------------------------------------------------
# Story text: detokenise, split, keep only sure story sentences
# ---------------------------------------------------------------------------------------------

ZW_RE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")


def detok(s):
    s = s.replace("_", " ")
    s = re.sub(r"\s+", " ", s).strip()
    # straight double quotes: pair them in order and strip inner spaces
    if '"' in s:
        parts = s.split('"')
        paired = len(parts) - 1 - ((len(parts) - 1) % 2)
        for i in range(1, paired + 1, 2):
            parts[i] = parts[i].strip()
        s = '"'.join(parts)
    # spaced straight single quotes used as quotes: ' 363 '
    s = re.sub(r"(^|[\s(])'\s+([^'\n]{1,80}?)\s+'(?=[\s,.;:!?)]|$)", r"\1'\2'", s)
    s = re.sub(r"([“‘(\[{])\s+", r"\1", s)
    s = re.sub(r"\s+([”’)\]}])", r"\1", s)
    s = re.sub(r"\s+([,.;:!?%…])", r"\1", s)
    s = re.sub(r"(?<=\S) / (?=\S)", "/", s)
    s = re.sub(r"\s+", " ", s).strip()
    return s


ABBR = {"TP", "Tp", "TS", "GS", "PGS", "ThS", "BS", "Q", "P", "St", "Mr", "Mrs", "Ms", "Dr",
        "TT", "NXB", "Th", "ThS.BS", "CN", "KS", "LS", "NS", "NSƯT", "NSND", "TX", "H", "X", "TT.", "Co",
        "Ltd", "Inc", "v.v", "vv", "No", "Nxb", "Tr", "tr", "Ths", "Bs", "Gs", "Pgs", "Ts"}


def _no_split_word(word):
    w = word.lstrip("(“\"‘'[")
    if not w:
        return False
    if w in ABBR:
        return True
    if len(w) == 1 and w.isalpha():  # single initial
        return True
    if "." in w:  # dotted acronym such as N.T or U.S
        return True
    return False


def split_sentences(s):
    out = []
    start = 0
    for m in re.finditer(r"([.!?…]+)([”\"’')\]]*)(\s+)", s):
        nxt = s[m.end():m.end() + 2]
        if not nxt:
            continue
        c = nxt[0]
        if c in "“\"‘'(" and len(nxt) > 1:
            c = nxt[1]
        if not (c.isupper() or c.isdigit()):
            continue
        if m.group(1) == "." and not m.group(2):
            before = s[start:m.start()]
            word = before.rsplit(" ", 1)[-1] if before else ""
            if _no_split_word(word):
                continue
        out.append(s[start:m.end()].strip())
        start = m.end()
    tail = s[start:].strip()
    if tail:
        out.append(tail)
    return out


def norm_key(s):
    s = unicodedata.normalize("NFC", s)
    s = ZW_RE.sub("", s)
    s = re.sub(r"\s+", "", s)
    return s.casefold()


CAPTION_MARKS = ["ảnh:", "ảnh :", "(ảnh", "video:", "clip:", "minh hoạ", "minh họa", "(trái)", "(phải)",
                 "(giữa)", "nguồn:", "đồ hoạ", "đồ họa", "infographic", "ảnh chụp màn hình", "(ảnh minh",
                 "ảnh minh", "photo:", "(nguồn", "trong ảnh", "(từ trái", "từ trái sang", "ảnh tư liệu",
                 "ảnh cắt từ", "(video", "xem video", "clip:"]
STRONG_VERBS = ["cho biết", "cho hay", "khẳng định", "nhấn mạnh", "tiết lộ", "thừa nhận", "xác nhận",
                "nêu rõ", "cho rằng", "khai nhận", "thú nhận", "dẫn lời", "nhận định", "bày tỏ", "kết luận",
                "lý giải", "nhớ lại", "kể lại", "tuyên bố", "quả quyết", "thổ lộ", "than thở", "kể rằng"]
WEAK_VERBS = ["nói", "chia sẻ", "phát biểu", "trao đổi", "thông tin", "giải thích", "đánh giá", "thông báo",
              "trả lời", "nhận xét", "lưu ý", "khuyến cáo", "đề nghị", "báo cáo", "phản ánh", "tâm sự",
              "kiến nghị", "đề xuất", "công bố", "cảnh báo", "bộc bạch", "phân tích", "hỏi", "kể"]
CONNECTIVES = ["tuy nhiên", "trước đó", "sau đó", "theo đó", "ngoài ra", "trong khi đó", "đồng thời",
               "bên cạnh đó", "do đó", "vì vậy", "vì thế", "do vậy", "cũng theo", "theo", "hiện nay", "hiện",
               "khi", "sau khi", "trước khi", "mặt khác", "thế nhưng", "nhưng", "song", "dù", "mặc dù",
               "ngay sau đó", "lúc này", "cụ thể", "đáng chú ý", "riêng", "còn", "thậm chí", "nhờ đó",
               "trong đó", "tương tự", "như vậy", "tuy vậy", "kết quả", "đến nay", "từ đó", "ngay lập tức",
               "cùng ngày", "cùng lúc", "trước tình hình", "trong khi", "bởi", "vì", "do", "nếu", "để",
               "từ", "với", "qua", "sau", "trước", "đến", "tới", "tính đến", "bên cạnh", "ngoài", "không chỉ"]


BROAD_OPENERS = {"sau", "trước", "đến", "tới", "từ", "với", "qua", "để", "do", "vì", "nếu", "khi", "bởi",
                 "ngoài", "bên cạnh", "hiện", "còn", "trong khi", "riêng"}


def _balanced(s):
    if s.count("“") != s.count("”") or s.count("‘") != s.count("’"):
        return False
    if s.count('"') % 2:
        return False
    depth = 0
    for ch in s:
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
            if depth < 0:
                return False
    if depth:
        return False
    d = 0
    for ch in s:
        if ch == "“":
            d += 1
        elif ch == "”":
            d -= 1
            if d < 0:
                return False
    return True


def _has(low, phrase):
    return re.search(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", low) is not None


def keep_sentence(s):
    low = s.lower()
    for m in CAPTION_MARKS:
        if m in low:
            return False
    if "|" in s or "•" in s or "»" in s or "http" in low or "www." in low or "@" in s:
        return False
    if not _balanced(s):
        return False
    core = s.rstrip("”\"’')]")
    if not core or core[-1] not in ".!?…":
        return False
    words = s.split()
    if len(words) < 8 or len(words) > 110:
        return False
    if any(":" in w for w in words[:6]):
        return False
    first = s.lstrip("“\"‘'(")
    if not first or not (first[0].isupper() or first[0].isdigit()):
        return False
    if re.search(r"(^|[.!?…”]\s*)Theo\s+\S+(\s+\S+){0,3}\s*\.?$", s) and len(words) < 12:
        return False
    if re.search(r"[.!?…”]\s*Theo\s+[A-ZĐ]\S*(\s+\S+){0,3}\s*\.?$", s):
        return False
    if re.search(r"[.!?…]\s*\(?[A-ZĐ][\w]+(\s+[A-ZĐ][\w]+){1,3}\)?\s*$", s):
        return False  # a signature glued after the last full stop
    short = len(words) <= 22 or (len(words) <= 30 and "," not in s)
    if short:
        ok = any(_has(low, v) for v in STRONG_VERBS)
        if not ok:
            for v in WEAK_VERBS:
                if re.search(r"(?<!\w)" + re.escape(v) + r"(\s*[,:“\"]|\s+(rằng|là|thêm)(?!\w)|\s*[.!?…]$)", low):
                    ok = True
                    break
        if not ok:
            fl = first.lower()
            for c in CONNECTIVES:
                if fl.startswith(c) and (len(fl) == len(c) or not fl[len(c)].isalpha()):
                    if c in BROAD_OPENERS and "," not in " ".join(fl.split()[:8]):
                        continue
                    ok = True
                    break
        if not ok:
            return False
    return True


def story_sentences(title, article):
    text = detok(article)
    tkey = norm_key(detok(title))
    seen = set()
    out = []
    for s in split_sentences(text):
        if not keep_sentence(s):
            continue
        k = norm_key(s)
        if k in seen or k == tkey:
            continue
        seen.add(k)
        out.append(s)
    return out


# ---------------------------------------------------------------------------------------------
# Reading the rows (streaming, once)
# ---------------------------------------------------------------------------------------------

def _parse(raw):
    raw = raw.strip()
    if not raw:
        return None
    try:
        obj = json.loads(raw.decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        return None
    if not isinstance(obj, dict):
        return None
    title, article = obj.get("title"), obj.get("article")
    if not isinstance(title, str) or not isinstance(article, str):
        return None
    if not title.strip() or not article.strip():
        return None
    return title, article


def read_rows(path):
    """Return ([(row, title, article)] for usable body rows, {row: (title, article[:1200])})."""
    body, related = [], {}
    last = max(BODY_ROWS[-1], RELATED_ROWS[-1])
    opener = gzip.open if str(path).endswith(".gz") else open
    with opener(path, "rb") as fh:
        try:
            for i, raw in enumerate(fh):
                if i > last:
                    break
                in_body, in_rel = i in BODY_ROWS, i in RELATED_ROWS
                if not (in_body or in_rel):
                    continue
                got = _parse(raw)
                if got is None:
                    continue
                title, article = got
                if in_body:
                    body.append((i, title, article))
                if in_rel:
                    related[i] = (title, article[:1200])
        except (EOFError, OSError, gzip.BadGzipFile if hasattr(gzip, "BadGzipFile") else OSError):
            pass
    return body, related


def teaser_of(article):
    """First clean sentence of a related article (already cut to 1,200 characters)."""
    for s in split_sentences(detok(article)):
        w = s.split()
        if len(w) < 8 or not _balanced(s):
            continue
        low = s.lower()
        if any(m in low for m in CAPTION_MARKS) or "|" in s or "•" in s:
            continue
        core = s.rstrip("”\"’')]")
        if not core or core[-1] not in ".!?…":
            continue
        first = s.lstrip("“\"‘'(")
        if not first or not (first[0].isupper() or first[0].isdigit()):
            continue
        return s
    return None


# ---------------------------------------------------------------------------------------------
# Invented people, places, outlets
# ---------------------------------------------------------------------------------------------

SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
            "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh", "Mai", "Tạ", "Lưu", "Cao", "Quách", "Kiều", "Lâm",
            "Tô", "Hà", "La", "Thái", "Văn", "Châu", "Đoàn", "Lương", "Triệu", "Vương", "Nghiêm"]
MIDDLES = ["Văn", "Thị", "Minh", "Thu", "Hoài", "Quang", "Thanh", "Ngọc", "Đức", "Hữu", "Bảo", "Khánh",
           "Phương", "Gia", "Anh", "Hải", "Tuấn", "Mỹ", "Xuân", "Diệu", "Kim", "Trọng", "Nhật", "Thuỳ"]
GIVENS = ["An", "Bình", "Châu", "Dũng", "Giang", "Hà", "Hạnh", "Hiếu", "Hoa", "Huy", "Khoa", "Khôi", "Lam",
          "Linh", "Loan", "Long", "Mai", "My", "Nam", "Nga", "Nhi", "Phúc", "Quân", "Quyên", "Sơn", "Tâm",
          "Trang", "Trung", "Tú", "Uyên", "Vy", "Yến", "Đạt", "Hưng", "Hương", "Ngân", "Nhung", "Vinh",
          "Kiên", "Duy", "Thảo", "Phong", "Tùng", "Diệp", "Hân", "Khang", "Lộc", "Oanh", "Thư", "Toàn"]
PEN_FIRST = ["Minh", "Hà", "Thu", "Lan", "Hoài", "Quang", "Thanh", "Ngọc", "Bảo", "Khánh", "Phương", "Gia",
             "Hải", "Tuấn", "Mỹ", "Xuân", "Diệu", "Kim", "Trọng", "Nhật", "Anh", "Hồng", "Việt", "Đăng"]
PLACES_INV = ["Cầu Giấy", "Thanh Xuân", "Gò Vấp", "Thủ Đức", "Hải Châu", "Ninh Kiều", "Đống Đa", "Bình Thạnh",
              "Hoàng Mai", "Long Biên", "Biên Hoà", "Vinh", "Thái Nguyên", "Nha Trang", "Quy Nhơn", "Huế"]
UNIS = ["Trường Đại học Kỹ thuật Phương Nam", "Học viện Công nghệ Sông Hồng Mới",
        "Trường Đại học Kinh tế Á Châu Xanh", "Trường Đại học Sư phạm Tây Nguyên Mới",
        "Trường Đại học Y dược Hồng Lam", "Trường Đại học Ngoại ngữ Đông Dương",
        "Trường Đại học Công nghệ Bắc Hà Thành", "Trường Đại học Quản trị Lạc Việt",
        "Học viện Truyền thông Bình Minh", "Trường Đại học Nông lâm Cao Nguyên Xanh"]
COLLEGES = ["Trường Cao đẳng Y dược Hồng Lam", "Trường Cao đẳng Kỹ thuật Nam Thăng Long Mới",
            "Trường Cao đẳng Du lịch Biển Xanh", "Trường Cao đẳng Công nghệ Phú Sơn",
            "Trường Trung cấp Kinh tế Kỹ thuật Sao Mai Xanh"]
HIGHSCHOOLS = ["Trường THPT Lạc Hồng Tây", "Trường THPT Sông Đà Mới", "Trường THPT Phú Lâm Đông",
               "Trường THPT Ngọc Hồi Xanh", "Trường THPT Đông Hà Thành", "Trường THPT Kim Liên B",
               "Trường THPT chuyên Hoàng Sa Mới", "Trường THPT Bình Minh Tây", "Trường THCS Ánh Dương",
               "Trường THCS Tân Lập Đông"]
FAKE_PAPERS = ["Báo Phụ Nữ Phương Nam", "Báo Điện tử Học Đường Mới", "Tạp chí Người Thầy Hôm Nay",
               "Báo Sinh Viên Bốn Phương", "Tạp chí Gia Đình Học Tập", "Báo Điện tử Tri Thức Sáng",
               "Báo Người Lao Động Trẻ Mới", "Tạp chí Khuyến Học Xanh"]
MAJORS = [("7480201", "Công nghệ thông tin", "A00, A01"), ("7340101", "Quản trị kinh doanh", "A00, A01, D01"),
          ("7220201", "Ngôn ngữ Anh", "D01, D14"), ("7340301", "Kế toán", "A00, A01, D01"),
          ("7520201", "Kỹ thuật điện", "A00, A01"), ("7810103", "Quản trị dịch vụ du lịch và lữ hành", "C00, D01"),
          ("7720201", "Dược học", "A00, B00"), ("7140201", "Giáo dục mầm non", "M00, M01"),
          ("7380101", "Luật", "A00, C00, D01"), ("7510205", "Công nghệ kỹ thuật ô tô", "A00, A01"),
          ("7320104", "Truyền thông đa phương tiện", "A01, D01, C00"), ("7340201", "Tài chính - Ngân hàng", "A00, D01"),
          ("7620110", "Khoa học cây trồng", "A00, B00"), ("7580201", "Kỹ thuật xây dựng", "A00, A01")]
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]


def person(rng, with_middle=True):
    s = rng.choice(SURNAMES)
    m = rng.choice(MIDDLES)
    g = rng.choice(GIVENS)
    return f"{s} {m} {g}" if with_middle else f"{s} {g}"


def pen(rng):
    return f"{rng.choice(PEN_FIRST)} {rng.choice(GIVENS)}"


def phone(rng, kind="mobile"):
    if kind == "mobile":
        p = rng.choice(["090", "091", "093", "094", "096", "097", "098", "086", "088", "089"])
        d = "".join(str(rng.randrange(10)) for _ in range(7))
        return f"{p}{d[0]} {d[1:4]} {d[4:]}"
    if kind == "1900":
        d = "".join(str(rng.randrange(10)) for _ in range(4))
        return f"1900 {d[:2]}{d[2:]}"
    d = "".join(str(rng.randrange(10)) for _ in range(8))
    return f"(028) {d[:4]} {d[4:]}" if rng.random() < 0.5 else f"024 {d[:4]} {d[4:]}"


def score(rng, lo=15.0, hi=27.5):
    v = round(rng.uniform(lo, hi) * 4) / 4
    return f"{v:.2f}".rstrip("0").rstrip(".").replace(".", ",")


# ---------------------------------------------------------------------------------------------
# What the story is about (for breadcrumbs, scene captions, tags)
# ---------------------------------------------------------------------------------------------

SECTION_KW = {
    "Pháp luật": ["công an", "bắt giữ", "điều tra", "vụ án", "ma tuý", "bị can", "tạm giữ", "khởi tố", "xét xử",
                  "trộm", "cướp", "lừa đảo", "nghi phạm", "đối tượng", "hình sự"],
    "Giao thông": ["tai nạn", "xe tải", "ôtô", "ô tô", "xe máy", "CSGT", "giao thông", "cao tốc", "va chạm",
                   "tài xế", "container", "quốc lộ"],
    "Giáo dục": ["học sinh", "giáo viên", "trường", "sinh viên", "kỳ thi", "giáo dục", "phụ huynh", "lớp học",
                 "hiệu trưởng", "đại học"],
    "Sức khoẻ": ["bệnh viện", "bác sĩ", "bệnh nhân", "điều trị", "dịch bệnh", "sức khoẻ", "cấp cứu", "y tế"],
    "Thời tiết": ["bão", "áp thấp", "mưa lớn", "lũ", "sạt lở", "triều cường", "nắng nóng", "rét"],
    "Kinh tế": ["doanh nghiệp", "ngân hàng", "lãi suất", "giá bán", "thị trường", "xuất khẩu", "hàng hoá",
                "cổ phiếu", "tăng trưởng"],
    "Thế giới": ["Tổng thống", "Liên Hợp Quốc", "Nhà Trắng", "Washington", "Bắc Kinh", "Moscow", "Tokyo",
                 "Lầu Năm Góc", "Điện Kremlin", "EU", "NATO"],
    "Thời sự": ["Quốc hội", "đại biểu", "Chính phủ", "Thủ tướng", "Bộ trưởng", "kỳ họp", "phiên họp", "nghị quyết"],
}
SCENES = {
    "Pháp luật": ["Lực lượng chức năng làm việc tại hiện trường.", "Trụ sở cơ quan công an nơi thụ lý vụ việc.",
                  "Lực lượng công an có mặt tại khu vực."],
    "Giao thông": ["Phương tiện lưu thông qua khu vực.", "Lực lượng CSGT làm nhiệm vụ trên tuyến đường.",
                   "Giao thông qua khu vực vào giờ cao điểm."],
    "Giáo dục": ["Một góc sân trường.", "Một lớp học trong giờ lên lớp."],
    "Sức khoẻ": ["Các bác sĩ thăm khám cho bệnh nhân.", "Bệnh nhân được theo dõi tại khoa Hồi sức.",
                 "Người dân chờ khám bệnh tại bệnh viện."],
    "Thời tiết": ["Mưa lớn khiến nhiều tuyến đường bị ngập sâu.", "Ngư dân đưa tàu thuyền vào nơi tránh trú.",
                  "Người dân gia cố nhà cửa trước khi bão vào."],
    "Kinh tế": ["Người dân giao dịch tại một chi nhánh ngân hàng.", "Hoạt động mua bán tại chợ đầu mối.",
                "Công nhân làm việc trong một nhà máy."],
    "Thế giới": ["Quang cảnh một cuộc họp báo.", "Người dân trên đường phố.", "Lực lượng an ninh được tăng cường."],
    "Thời sự": ["Quang cảnh phiên họp.", "Các đại biểu tại hội nghị.", "Đại biểu thảo luận tại hành lang."],
    "Xã hội": ["Người dân địa phương trao đổi với phóng viên.", "Quang cảnh khu vực.",
               "Hình ảnh ghi nhận tại khu vực.", "Một góc khu dân cư."],
}
TITLE_WORDS = {"ông": "Ông", "bà": "Bà", "anh": "Anh", "chị": "Chị", "em": "Em", "cháu": "Cháu", "cụ": "Cụ",
               "thầy": "Thầy", "cô": "Cô", "bác sĩ": "Bác sĩ", "trung uý": "Trung uý", "thượng uý": "Thượng uý",
               "đại uý": "Đại uý", "thiếu tá": "Thiếu tá", "trung tá": "Trung tá", "đại tá": "Đại tá",
               "luật sư": "Luật sư", "tài xế": "Tài xế", "nghi phạm": "Nghi phạm", "bị can": "Bị can"}
PLACE_WORDS = ["tỉnh", "huyện", "xã", "phường", "quận", "thành phố", "TP", "thị xã", "thị trấn", "thôn", "đường",
               "cầu", "sông", "bản", "làng", "đảo"]


def section_of(text):
    """Section of the story: a clear keyword majority, otherwise the catch-all "Xã hội"."""
    low = text.lower()
    scores = []
    for sec, kws in SECTION_KW.items():
        n = 0
        for k in kws:
            if k[:1].isupper():
                n += len(re.findall(r"(?<!\w)" + re.escape(k) + r"(?!\w)", text))
            else:
                n += len(re.findall(r"(?<!\w)" + re.escape(k) + r"(?!\w)", low))
        scores.append((n, sec))
    scores.sort(key=lambda x: -x[0])
    (n1, s1), (n2, _) = scores[0], scores[1]
    if n1 >= 3 and n1 >= 1.5 * n2:
        return s1
    return "Xã hội"


def _caprun(words, i):
    j = i
    while j < len(words) and j - i < 5:
        raw = words[j]
        w = raw.rstrip(",.;:!?)”\"")
        if j == i:
            w = w.lstrip("(“\"")
        if not w or not w.isalpha() or not w[0].isupper() or (len(w) > 1 and w.isupper()):
            break
        j += 1
        if w != raw:
            break
    return j


NOT_PERSON_BEFORE = {"đường", "phố", "lộ", "cầu", "trường", "thpt", "thcs", "xã", "phường", "huyện", "quận",
                     "cảng", "chợ", "bến", "sân", "hẻm", "ngõ", "kiệt", "học", "viện", "công", "tàu", "giải",
                     "cư", "viên", "tên", "hiệu", "khu", "toà", "tòa", "nhà", "tượng", "lăng", "mộ", "đền", "chùa",
                     "quỹ", "thôn", "ấp", "bản", "làng", "hầm", "nút", "ngã", "khách", "sạn", "đình", "thị"}
PLACE_PAIRS = {"Hà Nội", "Hà Tĩnh", "Hà Nam", "Hà Giang", "Hà Đông", "Hồ Chí", "Lâm Đồng", "Cao Bằng", "Lý Sơn",
               "Mai Châu", "Châu Đốc", "Tô Lịch", "Vũ Quang", "Đoàn Hùng", "Triệu Sơn", "Lê Chân", "Hà Tiên",
               "Hồ Tây", "Hồ Gươm", "Cao Lãnh", "Châu Thành", "Lương Sơn", "Lâm Hà", "Hà Trung", "Hà Quảng"}
ROLE_TAIL = {"Chủ", "Phó", "Trưởng", "Giám", "Bộ", "Thứ", "Tổng", "Bí", "Chánh", "Viện", "Uỷ", "Ủy", "Đại",
             "Trung", "Thượng", "Thiếu", "Hiệu", "Công", "Sở", "Cục", "Ban", "Nguyên", "Cựu", "Tỉnh", "Thành",
             "Huyện", "Quận", "Xã", "Phường", "Ông", "Bà", "Anh", "Chị", "Tại", "Theo", "Đây", "Khi", "Sau"}


def entities(sents):
    """People and places named in the kept story sentences (ordered, deduplicated)."""
    persons, places = [], []
    for s in sents:
        words = s.split()
        i = 1
        while i < len(words):
            w0 = words[i].strip("(“\"")
            if w0 in SURNAMES and w0 == words[i] and words[i - 1].lower() not in NOT_PERSON_BEFORE \
                    and not words[i - 1][:1].isupper() and words[i - 1] not in ("-", "–", "—", "và", "đến"):
                j = _caprun(words, i)
                while j - i > 3 and words[j - 1].strip(",.;:!?()“”\"") in ROLE_TAIL:
                    j -= 1
                pair = " ".join(x.strip(",.;:!?()“”\"") for x in words[i:i + 2])
                if 3 <= j - i <= 4 and pair not in PLACE_PAIRS and \
                        words[j - 1].strip(",.;:!?()“”\"") not in ROLE_TAIL:
                    name = " ".join(x.strip(",.;:!?()“”\"") for x in words[i:j])
                    prev = words[i - 1].lower()
                    prev2 = " ".join(words[max(0, i - 2):i]).lower()
                    title = TITLE_WORDS.get(prev2) or TITLE_WORDS.get(prev) or ""
                    if name not in [p[1] for p in persons]:
                        persons.append((title, name))
                    i = j
                    continue
            low = words[i - 1]
            if low in PLACE_WORDS or (i >= 2 and " ".join(words[i - 2:i]) in PLACE_WORDS):
                j = _caprun(words, i)
                if 1 <= j - i <= 3:
                    name = " ".join(x.strip(",.;:!?()“”\"") for x in words[i:j])
                    pw = " ".join(words[i - 2:i]) if " ".join(words[i - 2:i]) in PLACE_WORDS else low
                    item = f"{pw} {name}"
                    if pw in ("TP",):
                        item = f"TP {name}"
                    if item not in places and len(name) > 1:
                        places.append(item)
                    i = j
                    continue
            i += 1
    return persons[:4], places[:4]


def make_captions(rng, ctx, n):
    """Captions made from the page's own story (people, places, topic) or scene captions."""
    out = []
    pool = []
    for title, name in ctx.persons:
        lead = f"{title} {name}" if title else name
        mid = f"{title.lower()} {name}" if title else name
        if title in ("Nghi phạm", "Bị can") or (ctx.section == "Pháp luật" and not title):
            pool += [f"{lead} tại cơ quan điều tra.", f"Chân dung {mid}."]
        else:
            pool += [f"{lead} trao đổi với phóng viên.", f"{lead} tại buổi làm việc.", f"Chân dung {mid}."]
    for pl in ctx.places:
        cap = pl[0].upper() + pl[1:]
        pool += [f"Một góc {pl}.", f"Quang cảnh tại {pl}.", f"{cap} nhìn từ trên cao."]
    scenes = list(SCENES.get(ctx.section, SCENES["Xã hội"]))
    low = " ".join(ctx.sents).lower()
    for kw, extra in (("tai nạn", "Hiện trường vụ tai nạn."), ("thu giữ", "Tang vật được cơ quan chức năng thu giữ."),
                      ("cháy", "Lực lượng cứu hoả dập lửa tại hiện trường."), ("bão", "Ngư dân đưa tàu thuyền vào nơi tránh trú."),
                      ("đổ sập", "Hiện trường vụ việc."), ("học sinh", "Học sinh trong giờ học."),
                      ("sinh viên", "Sinh viên trong giờ thực hành."), ("phụ huynh", "Phụ huynh chờ đón con trước cổng trường."),
                      ("thí sinh", "Thí sinh làm thủ tục dự thi tại một điểm thi.")):
        if kw in low and (ctx.section in ("Giáo dục", "Xã hội") or kw in ("tai nạn", "thu giữ", "cháy", "bão", "đổ sập")):
            scenes.append(extra)
    rng.shuffle(pool)
    rng.shuffle(scenes)
    order = []
    while pool or scenes:
        if pool and (rng.random() < 0.6 or not scenes):
            order.append(pool.pop())
        elif scenes:
            order.append(scenes.pop())
    seen = set()
    for c in order:
        k = norm_key(c)
        if k in ctx.banned or k in seen:
            continue
        seen.add(k)
        out.append(c)
        if len(out) == n:
            break
    while len(out) < n:
        out.append(rng.choice(["Ảnh minh hoạ.", "Hình ảnh tại hiện trường.", "Ảnh tư liệu."]))
    return out


def tags_of(ctx, rng, k=4):
    t = []
    for _, name in ctx.persons[:2]:
        t.append(name)
    for pl in ctx.places[:2]:
        t.append(pl.split(" ", 1)[-1] if pl.split(" ", 1)[0] in ("tỉnh", "huyện", "xã", "phường", "quận") else pl)
    t.append(ctx.section.lower())
    t += rng.sample([f"tuyển sinh {ctx.exam_year}", "tin nóng", "tin mới", "đời sống", "thời sự", "an toàn"], 2)
    seen, out = set(), []
    for x in t:
        if x.lower() not in seen:
            seen.add(x.lower())
            out.append(x)
    return out[:k + 1]


# ---------------------------------------------------------------------------------------------
# Page context and theme furniture
# ---------------------------------------------------------------------------------------------

W, BY, CR, CA, RE_ = "widget", "byline", "credit", "caption", "related"


class Ctx:
    def __init__(self, row, k, title, sents, related_pool, outlet):
        self.row, self.k, self.title, self.sents = row, k, title, sents
        self.outlet = outlet
        self.section = section_of(" ".join(sents))
        self.persons, self.places = entities(sents)
        self.banned = {norm_key(s) for s in sents} | {norm_key(title)}
        self.dt = story_date(sents, self.rng("date"))
        self.year = self.dt.year
        self.exam_year = self.dt.year
        # related items: headline, teaser, date; never equal to the title or a body sentence
        rr = self.rng("related")
        keys = sorted(related_pool)
        rr.shuffle(keys)
        self.related = []
        seen = set()
        for key in keys:
            h, t = related_pool[key]
            hk = norm_key(h)
            if hk in self.banned or hk in seen:
                continue
            if t is not None and norm_key(t) in self.banned:
                t = None
            seen.add(hk)
            back = datetime.timedelta(days=rr.randint(0, 20), minutes=rr.randint(0, 1400))
            self.related.append({"h": h, "t": t, "dt": self.dt - back})
            if len(self.related) >= 24:
                break
        self._rel_i = 0
        self.captions = make_captions(self.rng("captions"), self, 4)

    def rng(self, purpose):
        return R(self.row, purpose)

    def take(self, n, need_teaser=False):
        out = []
        while len(out) < n and self._rel_i < len(self.related):
            it = self.related[self._rel_i]
            self._rel_i += 1
            if need_teaser and not it["t"]:
                continue
            out.append(it)
        return out

    def teaser(self, it, rng, words=None):
        t = it["t"]
        w = t.split()
        limit = words or rng.choice([18, 22, 26, 40])
        if len(w) > limit:
            return " ".join(w[:limit]).rstrip(",;:") + rng.choice(["…", "...", " ..."])
        return t


def story_date(sents, r):
    """An invented page date on or just after the day the story names (2016-2019)."""
    text = " ".join(sents)
    years = [int(y) for y in re.findall(r"(?<!\d)(20[0-9]{2})(?!\d)", text)]
    years = [y for y in years if y <= 2019]
    lo = max([2016] + years)
    year = r.choice([y for y in (2016, 2017, 2018, 2019) if y >= lo] or [2019])
    hour, minute = r.randint(5, 22), r.randrange(60)
    m = re.search(r"(?:sáng|trưa|chiều|tối|đêm|ngày|hôm|rạng sáng|đầu giờ chiều)\s+(?:nay\s+)?(\d{1,2})[/-](\d{1,2})"
                  r"(?:[/-](20\d{2}))?(?!\d)", " ".join(sents[:4]), re.I)
    if m:
        d, mo = int(m.group(1)), int(m.group(2))
        if m.group(3) and 2016 <= int(m.group(3)) <= 2019:
            year = int(m.group(3))
        try:
            base = datetime.datetime(year, mo, d, hour, minute)
            return base + datetime.timedelta(days=r.choice([0, 0, 0, 1]))
        except ValueError:
            pass
    month = r.choice([3, 4, 5, 6, 6, 6, 7, 7, 7, 8, 8, 9, 10, 12])
    return datetime.datetime(year, month, r.randint(1, 28), hour, minute)


def d_dmy(dt, sep="/", pad=True):
    return (f"{dt.day:02d}{sep}{dt.month:02d}{sep}{dt.year}" if pad else f"{dt.day}{sep}{dt.month}{sep}{dt.year}")


def hm(dt):
    return f"{dt.hour:02d}:{dt.minute:02d}"


def wd(dt):
    return WEEKDAYS[dt.weekday()]


def ago(rng):
    return rng.choice([f"{rng.randint(2, 59)} phút trước", f"{rng.randint(1, 23)} giờ trước",
                       f"{rng.randint(1, 6)} ngày trước"])


def commenter(rng):
    style = rng.random()
    if style < 0.45:
        return person(rng)
    if style < 0.7:
        return pen(rng)
    return rng.choice(["me_bong", "phuhuynh", "situ", "hocsinh", "thaygiao", "bame", "meomeo", "hoangtu"]) + \
        rng.choice(["_", ".", ""]) + str(rng.randint(1, 2010))


COMMENTS = [
    "Bài viết rất hữu ích, cảm ơn tác giả.",
    "Thông tin kịp thời, mong báo tiếp tục theo dõi.",
    "Đề nghị báo cập nhật thêm diễn biến mới nhé.",
    "Con em năm nay thi lớp 12 mà đọc tin này cũng thấy lo lo.",
    "Cảm ơn phóng viên đã phản ánh, rất cần những bài như thế này.",
    "Mình thấy cần nhìn nhận sự việc ở nhiều góc độ hơn.",
    "Ở địa phương tôi cũng đang bàn chuyện này.",
    "Hy vọng mọi việc sẽ được giải quyết thấu đáo.",
]
INCIDENT_COMMENTS = [
    "Mong cơ quan chức năng sớm làm rõ và xử lý nghiêm.",
    "Đọc tin mà thấy buồn quá, ai cũng phải cẩn thận hơn.",
    "Chuyện này ở quê tôi cũng từng xảy ra, không hiếm đâu các bác ạ.",
    "Thật đáng tiếc, hy vọng mọi việc sẽ sớm ổn định.",
    "Xem xong thấy thương quá.",
    "Phải có chế tài mạnh hơn thì mới răn đe được.",
]
FORUM_POSTS = [
    "Con em năm nay thi vào 10, các mẹ cho hỏi trường nào điểm chuẩn tầm 40 điểm ạ?",
    "Nhà mình cho con ôn Toán theo đề minh hoạ của Bộ, mỗi tối làm một đề, thấy tiến bộ rõ.",
    "Có ai biết năm nay xét học bạ có cần nộp bản gốc không ạ?",
    "Bạn nào có kinh nghiệm chọn ngành Dược cho con gái không, chia sẻ giúp mình với.",
    "Con mình đăng ký 6 nguyện vọng, mong là đỗ nguyện vọng 1.",
    "Các mẹ nhớ cho con ngủ đủ giấc trước hôm thi, đừng ôn khuya quá.",
    "Điểm chuẩn năm nay chắc tăng vì đề dễ hơn năm ngoái, lo quá.",
    "Mình đưa con đi thi từ 6 giờ sáng mà cổng trường đã đông nghịt.",
    "Học phí năm nhất ở mấy trường tư khoảng bao nhiêu hả các bố mẹ?",
]
TIPS = [
    ("Toán", "Làm đề theo đúng thời gian 90 phút, sau đó tự chấm và ghi lại lỗi sai vào một cuốn sổ riêng."),
    ("Ngữ văn", "Lập dàn ý trong 5 phút đầu, viết mở bài ngắn gọn và dành thời gian cho phần thân bài."),
    ("Tiếng Anh", "Mỗi ngày học 20 từ vựng theo chủ đề và làm một đề đọc hiểu để luyện phản xạ."),
    ("Lịch sử", "Hệ thống mốc thời gian bằng sơ đồ tư duy, ôn theo giai đoạn thay vì học thuộc từng bài."),
    ("Vật lý", "Nắm chắc công thức chương dao động và sóng, đây là phần chiếm nhiều câu hỏi nhất."),
    ("Hoá học", "Ôn kỹ các dạng bài tập về este và kim loại, luyện tính nhanh bằng bảo toàn electron."),
    ("Sinh học", "Tập trung vào di truyền học, phần này thường có nhiều câu vận dụng cao."),
    ("Địa lý", "Thành thạo kỹ năng đọc Atlat, có thể kiếm điểm chắc chắn ở nhóm câu này."),
]
QUIZ = [
    ("Tác giả bài thơ “Tây Tiến” là ai?", ["Quang Dũng", "Tố Hữu", "Huy Cận", "Chính Hữu"], "A"),
    ("Đạo hàm của hàm số y = x³ là gì?", ["3x²", "x²", "3x", "x³/3"], "A"),
    ("Chiến dịch Điện Biên Phủ kết thúc vào năm nào?", ["1945", "1954", "1968", "1975"], "B"),
    ("Chọn từ đồng nghĩa với “rapid”.", ["slow", "quick", "weak", "heavy"], "B"),
    ("Đơn vị đo cường độ dòng điện là gì?", ["Vôn", "Oát", "Ampe", "Ôm"], "C"),
    ("Kim loại nào dẫn điện tốt nhất?", ["Nhôm", "Đồng", "Vàng", "Bạc"], "D"),
    ("Tác phẩm “Vợ chồng A Phủ” của nhà văn nào?", ["Kim Lân", "Tô Hoài", "Nam Cao", "Nguyễn Tuân"], "B"),
]
QUOTES = [
    ("Hãy đọc kỹ đề, phân bổ thời gian hợp lý và đừng bỏ trống câu trắc nghiệm nào.", "teacher", "Toán"),
    ("Em ôn theo chuyên đề, mỗi ngày làm một đề và ghi lại những lỗi sai để không lặp lại.", "student", ""),
    ("Điều quan trọng nhất mùa thi là giữ sức khoẻ và tâm lý thoải mái.", "teacher", "Ngữ văn"),
    ("Em chọn ngành theo sở thích chứ không chạy theo ngành đang hot.", "student", ""),
    ("Phụ huynh đừng tạo áp lực điểm số, hãy đồng hành cùng con.", "teacher", "Tiếng Anh"),
    ("Đề năm nay có tính phân loại cao, thí sinh khá giỏi sẽ có lợi thế.", "teacher", "Vật lý"),
    ("Em tự học qua mạng là chính, buổi tối học nhóm với các bạn trong lớp.", "student", ""),
]


def lookup_box(ctx, rng):
    y = ctx.exam_year
    v = rng.randrange(4)
    if v == 0:
        return [(W, f"TRA CỨU ĐIỂM THI THPT QUỐC GIA {y}"), (W, "Nhập số báo danh"), (W, "Tra cứu")]
    if v == 1:
        return [(W, f"Tra cứu điểm thi {y}"), (W, "Chọn tỉnh/thành phố"), (W, "Nhập số báo danh (8 chữ số)"),
                (W, "Xem điểm"), (W, "* Điểm thi được cập nhật ngay khi Bộ GD&ĐT công bố")]
    if v == 2:
        return [(W, "Tra cứu điểm thi | Tra cứu điểm chuẩn | Tra cứu điểm thi vào lớp 10"),
                (W, "Số báo danh:"), (W, "Tìm kiếm")]
    return [(W, f"📌 Tra cứu điểm thi vào lớp 10 năm {y}"), (W, "Nhập số báo danh hoặc họ tên thí sinh"),
            (W, "Tra cứu ngay »")]


def benchmark_table(ctx, rng, style=None):
    uni = rng.choice(UNIS)
    y = ctx.exam_year - 1 if ctx.dt.month < 8 else ctx.exam_year - 1
    y = max(2016, min(y, 2018)) if rng.random() < 0.5 else ctx.dt.year - (1 if ctx.dt.month < 8 else 0)
    rows = rng.sample(MAJORS, rng.randint(3, 5))
    style = rng.randrange(3) if style is None else style
    out = [(W, f"Điểm chuẩn năm {y} - {uni}" if rng.random() < 0.6 else f"ĐIỂM CHUẨN NĂM {y}")]
    if style == 0:
        out.append((W, "Mã ngành | Tên ngành | Tổ hợp môn | Điểm chuẩn"))
        for code, name, comb in rows:
            out.append((W, f"{code} | {name} | {comb} | {score(rng)}"))
    elif style == 1:
        out.append((W, "STT\tMã ngành\tTên ngành\tĐiểm chuẩn"))
        for i, (code, name, comb) in enumerate(rows, 1):
            out.append((W, f"{i}\t{code}\t{name}\t{score(rng)}"))
    else:
        out += [(W, "Ngành"), (W, "Tổ hợp"), (W, "Điểm chuẩn")]
        for code, name, comb in rows:
            out += [(W, name), (W, comb), (W, score(rng))]
    if rng.random() < 0.5:
        out.append((W, rng.choice(["Xem điểm chuẩn tất cả các trường »", "Xem đầy đủ bảng điểm chuẩn",
                                   "(Điểm chuẩn đã bao gồm điểm ưu tiên)"])))
    return out


def timetable(ctx, rng):
    y = ctx.exam_year
    d0 = rng.choice([24, 25, 26])
    lines = [(W, rng.choice([f"LỊCH THI THPT QUỐC GIA {y}", f"Lịch thi THPT quốc gia năm {y}",
                             f"Lịch thi chính thức kỳ thi THPT quốc gia {y}"]))]
    if rng.random() < 0.5:
        lines += [(W, f"Ngày {d0}/6: Làm thủ tục dự thi"),
                  (W, f"Sáng {d0 + 1}/6: Ngữ văn (120 phút) - Chiều: Toán (90 phút)"),
                  (W, f"Sáng {d0 + 2}/6: Khoa học tự nhiên - Chiều: Khoa học xã hội"),
                  (W, f"Sáng {d0 + 3}/6: Ngoại ngữ (60 phút)")]
    else:
        lines += [(W, "Ngày\tBuổi\tMôn thi\tThời gian làm bài"),
                  (W, f"{d0 + 1}/6\tSáng\tNgữ văn\t120 phút"),
                  (W, f"{d0 + 1}/6\tChiều\tToán\t90 phút"),
                  (W, f"{d0 + 2}/6\tSáng\tBài thi KHTN\t150 phút"),
                  (W, f"{d0 + 2}/6\tChiều\tBài thi KHXH\t150 phút"),
                  (W, f"{d0 + 3}/6\tSáng\tNgoại ngữ\t60 phút")]
    return lines


def countdown(ctx, rng):
    n = rng.randint(3, 60)
    return [(W, rng.choice([f"Còn {n} ngày nữa đến kỳ thi THPT quốc gia {ctx.exam_year}",
                            f"⏳ {n} ngày | {rng.randint(0, 23)} giờ | {rng.randint(0, 59)} phút đến kỳ thi {ctx.exam_year}",
                            f"ĐẾM NGƯỢC KỲ THI: {n} NGÀY"]))]


def school_ad(ctx, rng):
    sch = rng.choice(UNIS + COLLEGES)
    dom = "".join(ch for ch in unicodedata.normalize("NFD", sch.split(" ", 2)[-1].lower()) if ch.isalnum() and ord(ch) < 128)[:14]
    v = rng.randrange(4)
    hdr = rng.choice(["Quảng cáo", "QUẢNG CÁO", "Tài trợ", "Ad"])
    if v == 0:
        return [(W, hdr), (W, f"{sch} thông báo tuyển sinh năm {ctx.exam_year}"),
                (W, f"Xét tuyển học bạ THPT - Nhận hồ sơ đến {rng.randint(10, 30)}/8"),
                (W, f"Hotline: {phone(rng)}")]
    if v == 1:
        return [(W, hdr), (W, f"{sch.upper()} - TUYỂN SINH {ctx.exam_year}"),
                (W, "Đào tạo theo chuẩn doanh nghiệp, 95% sinh viên có việc làm sau tốt nghiệp"),
                (W, "Đăng ký xét tuyển trực tuyến")]
    if v == 2:
        return [(W, f"Ôn thi cấp tốc khối A, B, D cùng giáo viên chuyên - Giảm 30% học phí trước {rng.randint(1, 28)}/{rng.randint(3, 6)}"),
                (W, "Đăng ký học thử miễn phí")]
    return [(W, hdr), (W, f"Tuyển sinh liên thông, văn bằng 2 - {sch}"), (W, f"Website: {dom}.edu.vn"),
            (W, f"Điện thoại: {phone(rng, 'land')}")]


def hotline(ctx, rng):
    v = rng.randrange(3)
    if v == 0:
        return [(W, f"Hotline tư vấn tuyển sinh: {phone(rng)} - {phone(rng)}")]
    if v == 1:
        return [(W, "TƯ VẤN TUYỂN SINH MIỄN PHÍ"), (W, f"Gọi ngay: {phone(rng, '1900')}"),
                (W, f"(Từ 7h30 đến 21h hằng ngày, kể cả thứ Bảy, Chủ nhật)")]
    return [(W, f"☎ Đường dây nóng mùa thi: {phone(rng, 'land')}"),
            (W, f"Email: tuvan@{ctx.outlet['domain']}")]


def forum(ctx, rng, n=None):
    n = n or rng.randint(2, 3)
    out = [(W, rng.choice(["Diễn đàn phụ huynh", "PHỤ HUYNH HỎI - ĐÁP", "Góc phụ huynh bàn luận",
                           "Thảo luận nổi bật từ diễn đàn"]))]
    for post in rng.sample(FORUM_POSTS, n):
        nm = commenter(rng)
        if rng.random() < 0.5:
            out.append((W, f"{nm}: {post}"))
        else:
            out += [(W, nm), (W, post)]
    out.append((W, rng.choice([f"Xem thêm {rng.randint(20, 400)} thảo luận »", "Vào diễn đàn", "Tham gia thảo luận"])))
    return out


def quiz(ctx, rng):
    q, opts, ans = rng.choice(QUIZ)
    out = [(W, rng.choice(["Câu hỏi trắc nghiệm hôm nay", "ÔN THI MỖI NGÀY", "Thử sức cùng sĩ tử"]))]
    out.append((W, f"Câu {rng.randint(1, 40)}: {q}"))
    if rng.random() < 0.5:
        out.append((W, " ".join(f"{c}. {o}" for c, o in zip("ABCD", opts))))
    else:
        out += [(W, f"{c}. {o}") for c, o in zip("ABCD", opts)]
    out.append((W, rng.choice(["Xem đáp án", f"Đáp án: {ans}", "Gửi câu trả lời"])))
    return out


def tip(ctx, rng):
    subj, t = rng.choice(TIPS)
    v = rng.randrange(3)
    if v == 0:
        return [(W, f"Mẹo ôn thi môn {subj}"), (W, t)]
    if v == 1:
        return [(W, f"💡 Bí quyết ôn thi: {t}")]
    return [(W, "GÓC ÔN THI"), (W, f"Môn {subj}: {t}"), (W, "Xem thêm các bí quyết khác")]


def livestream(ctx, rng):
    d = ctx.dt + datetime.timedelta(days=rng.randint(1, 6))
    v = rng.randrange(3)
    if v == 0:
        return [(W, f"🔴 LIVESTREAM: Tư vấn tuyển sinh {ctx.exam_year} - Chọn ngành nào cho phù hợp?"),
                (W, f"20h00 {wd(d)}, ngày {d.day}/{d.month} trên fanpage {ctx.outlet['name']}")]
    if v == 1:
        return [(W, "Tư vấn tuyển sinh trực tuyến"),
                (W, f"Các chuyên gia của {rng.choice(UNIS)} sẽ giải đáp thắc mắc của thí sinh lúc {rng.choice(['9h', '14h', '20h'])} ngày {d.day}/{d.month}."),
                (W, "Gửi câu hỏi")]
    return [(W, f"Đang phát trực tiếp: Giải đề môn {rng.choice([t[0] for t in TIPS])} cùng thầy cô"),
            (W, f"{rng.randint(200, 9000)} người đang xem")]


def quote_box(ctx, rng):
    q, who, subj = rng.choice(QUOTES)
    if who == "teacher":
        name = f"{rng.choice(['Thầy', 'Cô'])} {person(rng)}"
        role = f"giáo viên {subj}, {rng.choice(HIGHSCHOOLS)}"
    else:
        name = f"{person(rng)}"
        role = f"học sinh lớp 12, {rng.choice(HIGHSCHOOLS)}"
    v = rng.randrange(3)
    if v == 0:
        return [(W, f"“{q}”"), (W, f"- {name}, {role}")]
    if v == 1:
        return [(W, f"\"{q}\""), (W, name), (W, role[0].upper() + role[1:])]
    return [(W, f"“{q}” - {name} ({role})")]


def scholarship(ctx, rng):
    uni = rng.choice(UNIS)
    v = rng.randrange(3)
    if v == 0:
        return [(W, "THÔNG BÁO HỌC BỔNG"),
                (W, f"{uni} dành {rng.randint(50, 300)} suất học bổng toàn phần cho tân sinh viên khoá {ctx.exam_year}."),
                (W, f"Hạn nộp hồ sơ: {rng.randint(1, 28)}/{rng.randint(7, 9)}/{ctx.exam_year}")]
    if v == 1:
        return [(W, f"🎓 Học bổng {rng.choice(['100%', '50%', '30%'])} học phí cho thí sinh đạt từ {rng.randint(22, 26)} điểm - {uni}")]
    return [(W, "Học bổng du học"), (W, f"Săn học bổng du học Nhật Bản, Hàn Quốc kỳ tháng {rng.choice([4, 10])}"),
            (W, "Đăng ký tư vấn")]


def comments(ctx, rng, style=0, n=None):
    n = n if n is not None else rng.randint(1, 4)
    total = n + rng.randint(0, 30)
    out = [(W, rng.choice([f"Bình luận ({total})", f"Ý kiến bạn đọc ({total})", f"{total} bình luận",
                           "BÌNH LUẬN", "Ý kiến của bạn"]))]
    if rng.random() < 0.4:
        out.append((W, rng.choice(["Viết bình luận...", "Bạn nghĩ gì về tin này?", "Gửi bình luận"])))
    pool = COMMENTS + (INCIDENT_COMMENTS if ctx.section in ("Pháp luật", "Giao thông", "Sức khoẻ") else [])
    for c in rng.sample(pool, n):
        nm = commenter(rng)
        if style == 0:
            out += [(W, nm), (W, c), (W, f"Trả lời · Thích ({rng.randint(0, 90)}) · {ago(rng)}")]
        elif style == 1:
            out += [(W, f"{nm} - {hm(ctx.dt + datetime.timedelta(minutes=rng.randint(30, 900)))} {d_dmy(ctx.dt)}"), (W, c)]
        else:
            out += [(W, f"{nm}: {c}"), (W, f"{rng.randint(0, 40)} thích")]
    return out


def share_row(ctx, rng):
    v = rng.randrange(5)
    return {0: [(W, "Chia sẻ:"), (W, "Facebook"), (W, "Zalo"), (W, "Twitter")],
            1: [(W, f"Thích {rng.randint(0, 900)} Chia sẻ")],
            2: [(W, "Chia sẻ bài viết"), (W, "Gửi email"), (W, "In bài")],
            3: [(W, f"Like {rng.randint(0, 300)}   Share {rng.randint(0, 80)}".replace("   ", " "))],
            4: [(W, "Facebook Zalo Email Copy link")]}[v]


def reactions(ctx, rng):
    v = rng.randrange(2)
    if v == 0:
        return [(W, "Bạn cảm thấy thế nào về bài viết này?"),
                (W, f"Vui {rng.randint(0, 40)}  Buồn {rng.randint(0, 60)}  Ngạc nhiên {rng.randint(0, 30)}  Phẫn nộ {rng.randint(0, 30)}".replace("  ", " · "))]
    return [(W, "Bài viết có hữu ích với bạn không?"), (W, f"Có ({rng.randint(0, 99)})"), (W, f"Không ({rng.randint(0, 20)})")]


def poll(ctx, rng):
    q = rng.choice(["Bạn thấy đề thi môn Toán năm nay thế nào?", "Bạn sẽ đăng ký bao nhiêu nguyện vọng?",
                    "Bạn có ủng hộ bỏ kỳ thi THPT quốc gia không?", "Bạn chọn ngành học theo tiêu chí nào?"])
    opts = {"Bạn thấy đề thi môn Toán năm nay thế nào?": ["Dễ", "Vừa sức", "Khó"],
            "Bạn sẽ đăng ký bao nhiêu nguyện vọng?": ["1-3 nguyện vọng", "4-6 nguyện vọng", "Trên 6 nguyện vọng"],
            "Bạn có ủng hộ bỏ kỳ thi THPT quốc gia không?": ["Có", "Không", "Chưa có ý kiến"],
            "Bạn chọn ngành học theo tiêu chí nào?": ["Sở thích", "Cơ hội việc làm", "Theo ý bố mẹ"]}[q]
    return [(W, rng.choice(["BÌNH CHỌN", "Thăm dò ý kiến"])), (W, q)] + [(W, o) for o in opts] + \
        [(W, rng.choice(["Biểu quyết", "Xem kết quả"]))]


def newsletter(ctx, rng):
    return [(W, rng.choice(["Nhận điểm thi qua email", "ĐĂNG KÝ NHẬN BẢN TIN TUYỂN SINH"])),
            (W, "Nhập email của bạn"), (W, "Đăng ký")]


def app_promo(ctx, rng):
    return [(W, f"Tải ứng dụng {ctx.outlet['name']} để nhận thông báo điểm thi sớm nhất"),
            (W, "App Store | Google Play")]


def tags_line(ctx, rng, style=0):
    tg = tags_of(ctx, rng)
    if style == 0:
        return [(W, "Từ khoá: " + ", ".join(tg))]
    if style == 1:
        return [(W, "Tags: " + " ".join("#" + t.replace(" ", "") for t in tg))]
    return [(W, "Chủ đề")] + [(W, t) for t in tg[:3]]


def footer(ctx, rng, short=False):
    o = ctx.outlet
    y = ctx.dt.year
    lines = [(W, rng.choice([f"© {y} {o['name']}. Bảo lưu mọi quyền.", f"Copyright © {y} {o['domain']}",
                             f"© Bản quyền thuộc về {o['name']}"]))]
    if not short:
        lic = f"Giấy phép số {rng.randint(10, 480)}/GP-TTĐT do Sở Thông tin và Truyền thông {rng.choice(['Hà Nội', 'TP.HCM', 'Đà Nẵng'])} cấp ngày {rng.randint(1, 28)}/{rng.randint(1, 12)}/{rng.randint(2012, 2015)}."
        lines.append((W, lic))
        if rng.random() < 0.6:
            lines.append((W, f"Địa chỉ: Số {rng.randint(2, 250)} phố {rng.choice(['Trần Quốc Hoàn', 'Hoàng Quốc Việt', 'Nguyễn Khánh Toàn', 'Lê Văn Sỹ', 'Điện Biên Phủ'])}, {rng.choice(PLACES_INV)}"))
        if rng.random() < 0.6:
            lines.append((W, f"Điện thoại: {phone(rng, 'land')} - Email: toasoan@{o['domain']}"))
        if rng.random() < 0.4:
            lines.append((W, "Ghi rõ nguồn khi phát hành lại thông tin từ website này."))
    return lines


def menu(ctx, rng, items, sep=" | "):
    return [(W, sep.join(items))]


def crumbs(ctx, rng, parts, sep=" » "):
    return [(W, sep.join(parts))]


def rel_block(ctx, rng, heading, n, form, **kw):
    items = ctx.take(n, need_teaser=form in ("ht2", "ht1"))
    if not items:
        return []
    out = [(W, heading)] if heading else []
    for i, it in enumerate(items, 1):
        h = it["h"]
        if form == "bullet":
            out.append((RE_, f"{kw.get('mark', '•')} {h}"))
        elif form == "plain":
            out.append((RE_, h))
        elif form == "num":
            out.append((RE_, kw.get("numfmt", "{i}. {h}").format(i=i, h=h)))
        elif form == "dated":
            out.append((RE_, kw.get("datefmt", "{h} ({d})").format(h=h, d=d_dmy(it["dt"]), dd=f"{it['dt'].day:02d}/{it['dt'].month:02d}")))
        elif form == "ts":  # headline then its timestamp on its own line
            out.append((RE_, h))
            out.append((W, kw.get("tsfmt", "{a}").format(a=ago(rng), d=d_dmy(it["dt"]), t=hm(it["dt"]))))
        elif form == "ht2":  # headline line, teaser line
            out.append((RE_, h))
            out.append((RE_, ctx.teaser(it, rng)))
        elif form == "ht1":  # headline + teaser on one line
            out.append((RE_, f"{h}{kw.get('sep', ' - ')}{ctx.teaser(it, rng, words=kw.get('words'))}"))
        elif form == "xem":
            out.append((RE_, f"{kw.get('prefix', 'Xem thêm:')} {h}"))
    return out


def rel_joined(ctx, rng, prefix, n, sep):
    items = ctx.take(n)
    if not items:
        return []
    return [(RE_, prefix + sep.join(it["h"] for it in items))]


# ---------------------------------------------------------------------------------------------
# Layouts: 20 invented education portals, each with its own habits
# ---------------------------------------------------------------------------------------------

def U(text):
    return ("U", text)


def group_paras(sents, rng, weights):
    sizes, wts = zip(*sorted(weights.items()))
    paras, i = [], 0
    while i < len(sents):
        n = rng.choices(sizes, wts)[0]
        paras.append(list(sents[i:i + n]))
        i += n
    return paras


def weave(paras, inserts):
    """Body paragraphs with furniture blocks after given paragraph indexes (kept inside the story)."""
    n = len(paras)
    at = {}
    for pos, block in inserts:
        if not block:
            continue
        p = max(0, min(pos if pos >= 0 else n + pos, n - 2 if n >= 2 else 0))
        at.setdefault(p, []).extend(block)
    out = []
    for i, para in enumerate(paras):
        out.append(("B", para))
        out.extend(at.get(i, []))
    return out


def cap_block(ctx, rng, form, credit=None, idx=0):
    """One photo: image marks, caption, credit, in the layout's form."""
    cap = ctx.captions[idx]
    ph = credit or pen(rng)
    if form == "paren":
        return [(CA, f"{cap} (Ảnh: {ph})")]
    if form == "dash":
        return [(CA, f"{cap.rstrip('.')} - Ảnh: {ph}")]
    if form == "inline":
        return [(CA, f"{cap} Ảnh: {ph}")]
    if form == "sep":
        return [(CA, cap), (CR, f"Ảnh: {ph}")]
    if form == "plain":
        return [(CA, cap)]
    if form == "mark":
        return [(W, rng.choice(["[Ảnh]", "Ảnh", "Phóng to"])), (CA, cap)]
    if form == "arrow":
        return [(CA, f"▲ {cap}")]
    if form == "gallery":
        n = rng.randint(3, 8)
        return [(W, f"Ảnh {idx + 1}/{n}"), (CA, cap)]
    if form == "video":
        return [(W, rng.choice(["▶ Video", "Video đang phát"])), (W, f"00:00 / 0{rng.randint(1, 4)}:{rng.randint(10, 59)}"),
                (CA, f"Clip: {cap}"), (CR, f"Video: {ph}")]
    if form == "source":
        return [(CA, cap), (CR, f"Nguồn: {rng.choice(FAKE_PAPERS)}")]
    raise ValueError(form)


def more_photo(ctx, rng, paras, form, idx=1):
    """A second photo two thirds into a long story."""
    if len(paras) < 5:
        return (0, [])
    return ((2 * len(paras)) // 3, cap_block(ctx, rng, form, idx=idx))


def L00(ctx, rng, paras):
    o = ctx.outlet
    e = [(W, "Trang chủ | Tuyển sinh | Điểm thi | Điểm chuẩn | Lịch thi | Du học | Tư vấn"), U(o["name"])]
    e += crumbs(ctx, rng, ["Trang chủ", "Tin tức", ctx.section])
    e += [U(ctx.title), U(f"{wd(ctx.dt)}, {d_dmy(ctx.dt)} | {hm(ctx.dt)}"), (BY, f"Bài: {pen(rng)}")]
    e += weave(paras, [(0, cap_block(ctx, rng, "paren")), (len(paras) // 2, lookup_box(ctx, rng)),
                       more_photo(ctx, rng, paras, "paren")])
    e += rel_block(ctx, rng, "Tin liên quan", rng.randint(3, 4), "bullet")
    e += tags_line(ctx, rng, 0)
    e += footer(ctx, rng)
    return e


def L01(ctx, rng, paras):
    o = ctx.outlet
    e = [U(o["name"].upper())] + countdown(ctx, rng)
    e += [(W, "Thời sự  Tuyển sinh  Du học  Giáo dục 4.0  Ôn thi  Tra cứu".replace("  ", " · ")),
          U(f"Cập nhật lúc {hm(ctx.dt)} ngày {d_dmy(ctx.dt)}"), U(ctx.title)]
    rel = ctx.take(1)
    xem = [(RE_, f"Xem thêm: {rel[0]['h']}")] if rel else []
    e += weave(paras, [(0, [(W, "[Ảnh]")] + cap_block(ctx, rng, "sep")), (1, xem)])
    e += [(BY, pen(rng).upper())]
    e += benchmark_table(ctx, rng, style=0)
    e += rel_block(ctx, rng, "TIN CÙNG CHUYÊN MỤC", 3, "plain")
    e += footer(ctx, rng, short=True)
    return e


def L02(ctx, rng, paras):
    o = ctx.outlet
    a, b = pen(rng), pen(rng)
    e = [U(o["name"]), (W, f"{ctx.section} - Học đường - Tuyển sinh"), U(ctx.title), (BY, f"{a} - {b}"),
         U(f"{hm(ctx.dt)} {d_dmy(ctx.dt)}")]
    e += share_row(ctx, rng)
    e += weave(paras, [(0, cap_block(ctx, rng, "plain")), more_photo(ctx, rng, paras, "plain"), (-2, quote_box(ctx, rng))])
    e += rel_block(ctx, rng, "Đọc thêm", 4, "num")
    e += comments(ctx, rng, style=0)
    e += footer(ctx, rng, short=True)
    return e


def L03(ctx, rng, paras):
    o = ctx.outlet
    e = [U(o["domain"].upper())] + lookup_box(ctx, rng)
    e += [(W, f"Bạn đang ở: Trang chủ / Tin tức / {ctx.section}"), U(ctx.title), U(f"Ngày đăng: {d_dmy(ctx.dt, '.')}")]
    e += [(W, f"Lượt xem: {rng.randint(120, 9800):,}".replace(",", "."))]
    e += weave(paras, [(1, cap_block(ctx, rng, "dash")), (-2, hotline(ctx, rng))])
    e += [(BY, f"Theo {rng.choice(FAKE_PAPERS)}")]
    e += rel_block(ctx, rng, "Tin khác", rng.randint(3, 5), "dated")
    e += [(W, f"Hotline: {phone(rng, '1900')} | Email: lienhe@{o['domain']}")]
    return e


def L04(ctx, rng, paras):
    o = ctx.outlet
    nm = person(rng)
    e = [(W, "☰"), U(o["name"]), (W, "Phụ huynh hỏi | Tuyển sinh | Dinh dưỡng mùa thi | Tâm lý học đường"),
         U(ctx.title), U(f"{d_dmy(ctx.dt)} - {hm(ctx.dt)}"),
         (BY, nm), (BY, rng.choice(["Phóng viên mảng giáo dục, theo dõi tuyển sinh các tỉnh phía Bắc.",
                                    "Biên tập viên chuyên mục Học đường.",
                                    "Cộng tác viên, cựu giáo viên Ngữ văn bậc THPT."]))]
    e += weave(paras, [(0, cap_block(ctx, rng, "paren")), (len(paras) // 2, forum(ctx, rng))])
    e += poll(ctx, rng)
    e += rel_block(ctx, rng, "Có thể bạn quan tâm", 3, "ht2")
    e += reactions(ctx, rng)
    return e


def L05(ctx, rng, paras):
    o = ctx.outlet
    today = ctx.dt + datetime.timedelta(days=rng.randint(0, 3))
    e = [U(o["name"])]
    e += [(W, f"Hôm nay: {wd(today)}, {d_dmy(today, pad=False)}")]
    e += crumbs(ctx, rng, ["Trang chủ", ctx.section], sep=" > ")
    e += [U(ctx.title), U(f"{wd(ctx.dt)}, ngày {ctx.dt.day} tháng {ctx.dt.month} năm {ctx.dt.year}")]
    rel = ctx.take(2)
    xem = [(RE_, f"Xem thêm: {it['h']}") for it in rel]
    e += weave(paras, [(0, [(CA, "Ảnh minh hoạ")] if rng.random() < 0.5 else cap_block(ctx, rng, "plain")),
                       (len(paras) // 2, xem), (-2, timetable(ctx, rng))])
    e += [(BY, f"{pen(rng)} (tổng hợp)")]
    e += hotline(ctx, rng)
    e += footer(ctx, rng)
    return e


def L06(ctx, rng, paras):
    o = ctx.outlet
    e = [U(o["name"]), (W, "Lớp 10 | Lớp 11 | Lớp 12 | Ôn thi THPT QG | Đại học"), U(ctx.title),
         (BY, f"Tác giả: {pen(rng)}"), U(f"{hm(ctx.dt)} | {d_dmy(ctx.dt, '-')}")]
    e += weave(paras, [(0, cap_block(ctx, rng, "inline")), (1, quiz(ctx, rng)), (-2, tip(ctx, rng))])
    blk = rel_block(ctx, rng, rng.choice(["Tin lớp 12", "Dành cho sĩ tử lớp 12", "Lớp 12 - Tin mới"]), 3, "plain")
    e += blk
    blk2 = rel_block(ctx, rng, rng.choice(["Tin lớp 9", "Thi vào lớp 10"]), 2, "plain")
    e += blk2
    e += share_row(ctx, rng)
    return e


def L07(ctx, rng, paras):
    o = ctx.outlet
    e = [U(o["name"]), (W, "Trang chủ › Cẩm nang › " + ctx.section), U(ctx.title),
         U(f"{wd(ctx.dt).lower().capitalize()}, {ctx.dt.day}/{ctx.dt.month}/{ctx.dt.year}, {hm(ctx.dt)} (GMT+7)")]
    n = len(paras)
    e += weave(paras, [(0, cap_block(ctx, rng, "gallery", idx=0)), (min(2, n - 1), cap_block(ctx, rng, "gallery", idx=1)),
                       (-2, scholarship(ctx, rng))])
    e += [(BY, pen(rng))]
    e += rel_block(ctx, rng, "Bài viết cùng chủ đề", 4, "bullet", mark="→")
    e += share_row(ctx, rng)
    e += footer(ctx, rng, short=True)
    return e


def L08(ctx, rng, paras):
    o = ctx.outlet
    e = [(W, "Đăng nhập | Đăng ký"), U(o["name"]), (W, "Học đường · Tuyển sinh · Nhà giáo · Phụ huynh"),
         U(ctx.title), U(f"Đăng ngày {d_dmy(ctx.dt)} lúc {hm(ctx.dt)}")]
    e += weave(paras, [(0, cap_block(ctx, rng, "sep")), (len(paras) // 2, quote_box(ctx, rng)),
                       more_photo(ctx, rng, paras, "sep")])
    e += [(BY, f"Bài và ảnh: {pen(rng)}")]
    e += rel_joined(ctx, rng, "Tin khác: ", 3, rng.choice([" / ", " ◦ ", "; "]))
    e += newsletter(ctx, rng)
    e += footer(ctx, rng)
    return e


def L09(ctx, rng, paras):
    o = ctx.outlet
    e = [U(o["name"]), (W, f"Home > Tin tức > {ctx.section}"), U(ctx.title),
         U(f"Đăng lúc {hm(ctx.dt)} ngày {d_dmy(ctx.dt, pad=False)}"), (BY, f"{pen(rng)} | {o['name']}")]
    e += weave(paras, [(0, cap_block(ctx, rng, "video")), (len(paras) // 2, livestream(ctx, rng))])
    nx = ctx.take(2)
    if nx:
        e.append((RE_, f"Tin mới hơn: {nx[0]['h']}"))
    if len(nx) > 1:
        e.append((RE_, f"Tin cũ hơn: {nx[1]['h']}"))
    e += [(W, f"{rng.randint(0, 40)} bình luận"), (W, "Sắp xếp theo: Hàng đầu"),
          (W, "Plugin bình luận trên Facebook")]
    e += footer(ctx, rng, short=True)
    return e


def L10(ctx, rng, paras):
    o = ctx.outlet
    e = [(W, "☰ Menu"), U(o["name"]), (W, "Đăng nhập"), U(ctx.title),
         (BY, pen(rng)), (W, f"{rng.randint(2, 8)} phút đọc"), U(f"{d_dmy(ctx.dt)} {hm(ctx.dt)}")]
    e += weave(paras, [(0, cap_block(ctx, rng, "mark")), (len(paras) // 2, tip(ctx, rng))])
    e += [(W, rng.choice(["Tiếp tục đọc", "Lưu bài viết", "Theo dõi chuyên mục"]))]
    e += rel_block(ctx, rng, "Đọc tiếp", 4, "ts")
    e += app_promo(ctx, rng)
    return e


def L11(ctx, rng, paras):
    o = ctx.outlet
    e = [U(f"({d_dmy(ctx.dt)} - {hm(ctx.dt)})"), U(ctx.title)]
    e += weave(paras, [(0, cap_block(ctx, rng, "plain")), (len(paras) // 2, cap_block(ctx, rng, "video", idx=1))])
    e += [(BY, person(rng).upper())]
    e += rel_block(ctx, rng, "Các tin khác", 3, "ht1", sep=" - ", words=24)
    e += benchmark_table(ctx, rng, style=2)
    e += [U(o["name"])]
    e += footer(ctx, rng, short=True)
    return e


def L12(ctx, rng, paras):
    o = ctx.outlet
    a, b = pen(rng), pen(rng)
    e = [U(o["name"]), (W, "Tuyển sinh 2018 | Điểm chuẩn | Tra cứu điểm | Nghề nghiệp".replace("2018", str(ctx.exam_year))),
         U(ctx.title), U(f"{wd(ctx.dt)}, {ctx.dt.day}/{ctx.dt.month}/{ctx.dt.year}, {hm(ctx.dt)} (GMT+7)")]
    e += weave(paras, [(0, cap_block(ctx, rng, "dash")), (-2, cap_block(ctx, rng, "dash", idx=1))])
    e += [(BY, f"{a} - {b}")]
    e += benchmark_table(ctx, rng, style=0)
    e += share_row(ctx, rng)
    e += rel_block(ctx, rng, "Tin cùng chuyên mục", 4, "dated", datefmt="{h} - {d}")
    return e


def L13(ctx, rng, paras):
    o = ctx.outlet
    e = [U(o["name"]), (W, "TUYỂN SINH | HƯỚNG NGHIỆP | DU HỌC | VIỆC LÀM"), U(ctx.title),
         U(f"Cập nhật: {d_dmy(ctx.dt)} {hm(ctx.dt)}")]
    inline = rel_block(ctx, rng, "ĐỌC THÊM", 2, "bullet", mark="-")
    e += weave(paras, [(0, cap_block(ctx, rng, "source")), (1, inline), (len(paras) // 2 + 1, school_ad(ctx, rng))])
    e += [(BY, f"Theo {rng.choice(FAKE_PAPERS)}")]
    e += hotline(ctx, rng)
    e += footer(ctx, rng)
    return e


def L14(ctx, rng, paras):
    o = ctx.outlet
    e = [U(o["name"])] + countdown(ctx, rng)
    e += [U(ctx.title), (BY, rng.choice(["Nhóm phóng viên", "Nhóm PV Giáo dục", "PV"])),
          U(f"Ngày {d_dmy(ctx.dt)} | {ctx.dt.hour:02d}h{ctx.dt.minute:02d}")]
    e += weave(paras, [(0, cap_block(ctx, rng, "arrow")), (1, timetable(ctx, rng)), (-2, quiz(ctx, rng))])
    e += rel_block(ctx, rng, "Tin nổi bật", 4, "bullet", mark="»")
    e += footer(ctx, rng, short=True)
    return e


def L15(ctx, rng, paras):
    o = ctx.outlet
    nm = person(rng)
    e = [U(o["name"]), U(ctx.title), U(f"Ngày {ctx.dt.day} tháng {ctx.dt.month} năm {ctx.dt.year}")]
    e += weave(paras, [(0, cap_block(ctx, rng, "plain")), (len(paras) // 2, quote_box(ctx, rng))])
    e += [(W, "Về tác giả"), (BY, nm),
          (BY, rng.choice([f"Thạc sĩ Ngữ văn, hiện giảng dạy tại {rng.choice(HIGHSCHOOLS)}.",
                           "Nhà báo, nhiều năm theo dõi mảng giáo dục và tuyển sinh.",
                           f"Cựu sinh viên {rng.choice(UNIS)}, viết về đời sống học đường."]))]
    e += rel_block(ctx, rng, "Có thể bạn quan tâm", 3, "ht2")
    e += footer(ctx, rng, short=True)
    return e


def L16(ctx, rng, paras):
    o = ctx.outlet
    e = [U(o["name"]), (W, "Trang chủ » Hành trang » " + ctx.section), U(ctx.title),
         U(f"{d_dmy(ctx.dt, '.')}, {hm(ctx.dt)}"), (BY, f"({pen(rng)})")]
    e += weave(paras, [(0, cap_block(ctx, rng, "paren")), (len(paras) // 2, livestream(ctx, rng)),
                       (-2, scholarship(ctx, rng))])
    e += tags_line(ctx, rng, 1)
    e += comments(ctx, rng, style=2)
    e += [(W, "Tra cứu nhanh")] + lookup_box(ctx, rng)
    e += rel_block(ctx, rng, "Tin mới nhất", 3, "plain")
    return e


def L17(ctx, rng, paras):
    o = ctx.outlet
    a, b = pen(rng), pen(rng)
    e = [U(o["name"]), (W, f"Chuyên đề: Mùa thi {ctx.exam_year}"), U(ctx.title), (BY, f"Bài: {a} - Ảnh: {b}"),
         U(f"{wd(ctx.dt)} {d_dmy(ctx.dt)} - {hm(ctx.dt)} GMT+7")]
    e += weave(paras, [(0, cap_block(ctx, rng, "paren", credit=b)), (len(paras) // 2, school_ad(ctx, rng)),
                       more_photo(ctx, rng, paras, "paren")])
    e += rel_block(ctx, rng, "Đọc nhiều nhất", 5, "num", numfmt="{i:02d} {h}")
    e += newsletter(ctx, rng)
    return e


def L18(ctx, rng, paras):
    o = ctx.outlet
    e = [U(o["name"]), (W, "Tin tức | Góc học tập | Tâm sự tuổi học trò | Tuyển sinh"), U(ctx.title),
         U(f"{d_dmy(ctx.dt)} {hm(ctx.dt)} (GMT+07:00)"), (W, f"Lượt xem: {rng.randint(300, 25000)}")]
    e += weave(paras, [(0, cap_block(ctx, rng, "sep")), (len(paras) // 2, forum(ctx, rng, 2)),
                       more_photo(ctx, rng, paras, "plain")])
    e += [(BY, pen(rng))]
    e += reactions(ctx, rng)
    e += [(W, "Lớp 10 | Lớp 11 | Lớp 12")]
    e += rel_block(ctx, rng, None, 3, "ts", tsfmt="{d}")
    e += comments(ctx, rng, style=1)
    return e


def L19(ctx, rng, paras):
    o = ctx.outlet
    e = [(W, "In bài viết | Đóng cửa sổ"), U(o["name"]), U(ctx.title), U(f"Ngày cập nhật: {d_dmy(ctx.dt)}")]
    e += weave(paras, [(0, [(CA, "Ảnh minh hoạ")] if rng.random() < 0.4 else cap_block(ctx, rng, "plain"))])
    e += [(BY, pen(rng)), (CR, f"Nguồn: {o['domain']}")]
    e += [(W, f"Copyright © {ctx.dt.year} {o['name']}. All rights reserved.")]
    return e


LAYOUTS = [
    ("cts24", "Cổng Tuyển Sinh 24h", "congtuyensinh24h.vn", {2: 5, 3: 4}, L00),
    ("gdnm", "Giáo Dục Ngày Mới", "giaoducngaymoi.vn", {1: 3, 2: 5, 3: 2}, L01),
    ("situviet", "Sĩ Tử Việt", "situviet.com.vn", {1: 5, 2: 4}, L02),
    ("diemthinhanh", "Điểm Thi Nhanh", "diemthinhanh.net", {3: 4, 4: 4}, L03),
    ("phuhuynhplus", "Phụ Huynh Plus", "phuhuynhplus.vn", {2: 5, 3: 3}, L04),
    ("tsmientrung", "Kênh Tuyển Sinh Miền Trung", "tuyensinhmientrung.edu.vn", {1: 2, 2: 4, 3: 3}, L05),
    ("hoctot", "Học Tốt News", "hoctotnews.com", {2: 4, 3: 4}, L06),
    ("camnang", "Cẩm Nang Thi Cử", "camnangthicu.vn", {1: 4, 2: 5}, L07),
    ("maitruong", "Mái Trường Xanh", "maitruongxanh.vn", {2: 3, 3: 5, 4: 2}, L08),
    ("edunews", "EduNews Việt", "edunewsviet.com", {1: 2, 2: 5, 3: 2}, L09),
    ("gochoctap", "Góc Học Tập", "gochoctap.vn", {1: 7, 2: 2}, L10),
    ("tramtin", "Trạm Tin Giáo Dục", "tramtingiaoduc.vn", {2: 3, 3: 5}, L11),
    ("bangvang", "Bảng Vàng Online", "bangvangonline.vn", {1: 3, 2: 5, 3: 2}, L12),
    ("tssaigon", "Tin Tuyển Sinh Sài Gòn", "tintuyensinhsaigon.net", {2: 5, 3: 3}, L13),
    ("congonthi", "Cổng Ôn Thi", "congonthi.vn", {1: 3, 2: 4, 3: 2}, L14),
    ("butnghien", "Bút Nghiên", "butnghien.net", {3: 4, 4: 3}, L15),
    ("hanhtrang", "Hành Trang Sĩ Tử", "hanhtrangsitu.vn", {2: 5, 3: 4}, L16),
    ("chantroi", "Chân Trời Tri Thức", "chantroitrithuc.vn", {2: 4, 3: 4, 4: 1}, L17),
    ("nhipsong", "Nhịp Sống Học Đường", "nhipsonghocduong.vn", {1: 4, 2: 4, 3: 1}, L18),
    ("thicu", "Thi Cử Online", "thicuonline.vn", {3: 3, 4: 5}, L19),
]


# ---------------------------------------------------------------------------------------------
# Scraper faults (about a quarter of pages, one or two each)
# ---------------------------------------------------------------------------------------------

FAULT_ORDER = ("glue", "nbsp", "zwsp", "dspace", "nfd")


def _targets(entries):
    """(entry index, item index or None) of every text that may carry an in-line fault."""
    out = []
    for i, e in enumerate(entries):
        if e[0] == "B":
            for j, it in enumerate(e[1]):
                if " " in it:
                    out.append((i, j))
        elif e[0] != "U" and " " in e[1]:
            out.append((i, None))
    return out


def _get(entries, t):
    i, j = t
    return entries[i][1][j] if j is not None else entries[i][1]


def _set(entries, t, val):
    i, j = t
    if j is not None:
        items = list(entries[i][1])
        items[j] = val
        entries[i] = ("B", items)
    else:
        entries[i] = (entries[i][0], val)


def _inner_spaces(s):
    return [m.start() for m in re.finditer(" ", s) if 0 < m.start() < len(s) - 1]


def apply_faults(entries, rng):
    if rng.random() >= 0.26:
        return entries, []
    chosen = rng.sample(FAULT_ORDER, 1 if rng.random() < 0.65 else 2)
    chosen = [f for f in FAULT_ORDER if f in chosen]
    entries = list(entries)
    applied = []
    for f in chosen:
        if f == "glue":
            cands = []
            for i, e in enumerate(entries):
                if e[0] == "B":
                    for j in range(len(e[1]) - 1):
                        a, b = e[1][j], e[1][j + 1]
                        if a.endswith(".") and not a.endswith("..") and b[:1].isupper():
                            cands.append((i, j))
            if not cands:
                continue
            i, j = rng.choice(cands)
            items = list(entries[i][1])
            items[j:j + 2] = [items[j] + items[j + 1]]
            entries[i] = ("B", items)
        elif f == "nbsp":
            ts = _targets(entries)
            if not ts:
                continue
            for t in rng.sample(ts, min(len(ts), rng.randint(1, 4))):
                s = _get(entries, t)
                sp = _inner_spaces(s)
                if not sp:
                    continue
                for pos in rng.sample(sp, min(len(sp), rng.randint(1, 3))):
                    s = s[:pos] + "\u00a0" + s[pos + 1:]
                _set(entries, t, s)
        elif f == "zwsp":
            ts = _targets(entries)
            done = 0
            for t in rng.sample(ts, min(len(ts), 3)):
                s = _get(entries, t)
                words = [m for m in re.finditer(r"[^\W\d_]{4,}", s)]
                if not words:
                    continue
                m = rng.choice(words)
                pos = rng.randint(m.start() + 1, m.end() - 1)
                _set(entries, t, s[:pos] + "\u200b" + s[pos:])
                done += 1
            if not done:
                continue
        elif f == "dspace":
            ts = [t for t in _targets(entries) if _inner_spaces(_get(entries, t))]
            if not ts:
                continue
            t = rng.choice(ts)
            s = _get(entries, t)
            pos = rng.choice(_inner_spaces(s))
            _set(entries, t, s[:pos] + "  " + s[pos + 1:])
        applied.append(f)
    return entries, applied


def render(entries, nfd=False):
    fix = (lambda s: unicodedata.normalize("NFD", s)) if nfd else (lambda s: s)
    lines, body, fur = [], [], []
    for e in entries:
        if e[0] == "B":
            items = [fix(x) for x in e[1]]
            body.extend(items)
            lines.append(" ".join(items))
        elif e[0] == "U":
            lines.append(fix(e[1]))
        else:
            t = fix(e[1])
            fur.append((e[0], t))
            lines.append(t)
    return "\n".join(lines), body, fur


# ---------------------------------------------------------------------------------------------
# The contract, checked by an independent walk over the text
# ---------------------------------------------------------------------------------------------

def check_page(page, title):
    text, body, fur = page.text, page.body, page.furniture
    if not text or not isinstance(text, str):
        raise ValueError("empty page")
    if len(body) < 3:
        raise ValueError("fewer than 3 body items")
    for kind, line in fur:
        if kind not in KINDS:
            raise ValueError(f"bad kind {kind!r}")
    for b in body:
        if not b or b != b.strip() or "\n" in b or b not in text:
            raise ValueError(f"body item not a clean substring: {b[:60]!r}")
    lines = text.split("\n")
    bi = fi = 0
    unlabelled = []
    for ln in lines:
        if not ln or ln != ln.strip():
            raise ValueError(f"blank or unstripped line {ln[:60]!r}")
        if fi < len(fur) and ln == fur[fi][1]:
            fi += 1
            continue
        for n in range(1, 5):
            if bi + n <= len(body) and ln == " ".join(body[bi:bi + n]):
                bi += n
                break
        else:
            unlabelled.append(ln)
    if bi != len(body) or fi != len(fur):
        raise ValueError(f"walk did not use up body/furniture ({bi}/{len(body)}, {fi}/{len(fur)})")
    if len(unlabelled) > 3:
        raise ValueError(f"{len(unlabelled)} unlabelled lines: {unlabelled!r}")
    tkey = norm_key(title)
    if tkey not in [norm_key(u) for u in unlabelled]:
        raise ValueError("title line missing")
    bkeys = {norm_key(b) for b in body}
    for kind, line in fur:
        k = norm_key(line)
        if k in bkeys:
            raise ValueError(f"{kind} line equals a body sentence: {line[:60]!r}")
        if kind == "related" and k == tkey:
            raise ValueError("related line equals the title")
    for u in unlabelled:
        if norm_key(u) in bkeys:
            raise ValueError(f"unlabelled line equals a body sentence: {u[:60]!r}")
    return True


# ---------------------------------------------------------------------------------------------
# Building the set
# ---------------------------------------------------------------------------------------------

def build(path):
    """Return [(Page, faults)]."""
    body_rows, rel_rows = read_rows(path)
    pool = {}
    for key in sorted(rel_rows):
        t, a = rel_rows[key]
        h = detok(t)
        if h:
            pool[key] = (h, teaser_of(a))
    out = []
    for k, (row, title, article) in enumerate(body_rows):
        title = detok(title)
        sents = story_sentences(title, article)
        if len(sents) < 3:
            continue
        name, site, domain, weights, fn = LAYOUTS[k % len(LAYOUTS)]
        ctx = Ctx(row, k, title, sents, pool, {"name": site, "domain": domain, "key": name})
        paras = group_paras(sents, R(row, "paras"), weights)
        entries = fn(ctx, R(row, "layout"), paras)
        entries, faults = apply_faults(entries, R(row, "faults"))
        text, body, fur = render(entries, nfd="nfd" in faults)
        page = Page(text, body, fur, name)
        check_page(page, unicodedata.normalize("NFD", title) if "nfd" in faults else title)
        out.append((page, faults))
    return out


def pages(path):
    return [p for p, _ in build(path)]


def main(argv):
    if len(argv) < 2:
        print("usage: make.py VIETNEWS_JSONL_GZ [--show N]", file=sys.stderr)
        return 2
    built = build(argv[1])
    if "--show" in argv:
        n = int(argv[argv.index("--show") + 1])
        page, faults = built[n]
        body, fur = list(page.body), list(page.furniture)
        print(f"# page {n} layout={page.layout} faults={faults}")
        bi = fi = 0
        for ln in page.text.split("\n"):
            if fi < len(fur) and ln == fur[fi][1]:
                print(f"[{fur[fi][0]:7}] {ln}")
                fi += 1
                continue
            for m in range(1, 5):
                if ln == " ".join(body[bi:bi + m]):
                    print(f"[BODY{m}  ] {ln}")
                    bi += m
                    break
            else:
                print(f"[-------] {ln}")
        return 0
    cols = ("pages", "body") + KINDS + ("faults",)
    stats = {}
    for page, faults in built:
        st = stats.setdefault(page.layout, dict.fromkeys(cols, 0))
        st["pages"] += 1
        st["body"] += len(page.body)
        for kind, _ in page.furniture:
            st[kind] += 1
        st["faults"] += len(faults)
    order = [l[0] for l in LAYOUTS]
    print(f"{'layout':14}" + "".join(f"{c:>9}" for c in cols))
    tot = dict.fromkeys(cols, 0)
    for name in order:
        if name not in stats:
            continue
        st = stats[name]
        print(f"{name:14}" + "".join(f"{st[c]:>9}" for c in cols))
        for c in cols:
            tot[c] += st[c]
    print(f"{'TOTAL':14}" + "".join(f"{tot[c]:>9}" for c in cols))
    fc = {}
    for _, faults in built:
        for f in faults:
            fc[f] = fc.get(f, 0) + 1
    nf = sum(1 for _, f in built if f)
    print(f"pages with faults: {nf}; " + ", ".join(f"{f}={fc.get(f, 0)}" for f in FAULT_ORDER))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
