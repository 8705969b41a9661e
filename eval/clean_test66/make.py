#!/usr/bin/env python3
"""Held-out evaluation set `test66` for a cleaner of scraped Vietnamese news pages.

Theme: specialist and trade press (law and justice, finance/securities/banking,
agriculture, construction and real estate, energy, transport, science and
technology, police and army papers, trade-union/labour papers, medical journals).

Usage:  python3 make.py /work/shared/data/vietnews_train.jsonl.gz [--show K ...]

`pages(path)` returns a list of Page(text, body, furniture, layout); every page
is checked against the labelling contract by an independent walk over its text
and a ValueError is raised on any breach.  Standard library only.
"""
import datetime
import gzip
import json
import random
import re
import sys
import unicodedata
from typing import List, NamedTuple, Tuple

SET_NAME = "test66"
SEED = 6666
BODY_ROWS = range(17_000, 17_100)
RELATED_ROWS = range(16_000, 16_100)
KINDS = ("byline", "credit", "caption", "related", "widget")


class Page(NamedTuple):
    text: str
    body: List[str]
    furniture: List[Tuple[str, str]]
    layout: str


def R(row, purpose):
    """Every random draw comes from one of these string-seeded generators."""
    return random.Random(f"{SET_NAME}|{SEED}|{row}|{purpose}")


# ---------------------------------------------------------------------------
# reading
# ---------------------------------------------------------------------------

def _parse(line):
    if not line.strip():
        return None
    try:
        obj = json.loads(line.decode("utf-8"))
    except (ValueError, UnicodeDecodeError, RecursionError):
        return None
    if not isinstance(obj, dict):
        return None
    t, a = obj.get("title"), obj.get("article")
    if not isinstance(t, str) or not isinstance(a, str):
        return None
    if not t.strip() or not a.strip():
        return None
    return t, a


def read_rows(path):
    """Stream the file once; return usable body rows and related rows."""
    body, related = [], []
    stop = max(BODY_ROWS.stop, RELATED_ROWS.stop)
    with gzip.open(path, "rb") as fh:
        for i, line in enumerate(fh):
            if i >= stop:
                break
            in_body, in_rel = i in BODY_ROWS, i in RELATED_ROWS
            if not (in_body or in_rel):
                continue
            rec = _parse(line)
            if rec is None:
                continue
            title, art = rec
            if in_rel:
                related.append((i, title, art[:1200]))
            if in_body:
                body.append((i, title, art))
    return body, related


# ---------------------------------------------------------------------------
# story text
# ---------------------------------------------------------------------------

ZW_RE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
WS_RE = re.compile(r"\s+")


def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = ZW_RE.sub("", s)
    s = WS_RE.sub("", s)
    return s.casefold()


def _pair_double_quotes(s):
    parts = s.split('"')
    n = len(parts) - 1
    if n == 0:
        return s
    paired = n - (n % 2)
    out = parts[0]
    for j in range(1, len(parts)):
        q = j - 1
        if q < paired and q % 2 == 0:          # opening quote
            out += '"' + parts[j].lstrip(" ")
        elif q < paired:                          # closing quote
            out = out.rstrip(" ") + '"' + parts[j]
        else:                                     # unpaired, left as is
            out += '"' + parts[j]
    return out


def detok(s):
    s = s.replace("_", " ")
    s = WS_RE.sub(" ", s).strip()
    s = _pair_double_quotes(s)
    s = re.sub(r"(^|\s)' (.+?) '(?=\s|$|[,.;:!?])", r"\1'\2'", s)
    s = re.sub(r"(?<!\w)([A-ZĐ]) ' ([A-ZĐ])", r"\1'\2", s)          # H ' Mông -> H'Mông
    s = re.sub(r"“\s+", "“", s)
    s = re.sub(r"‘\s+", "‘", s)
    s = re.sub(r"\s+’", "’", s)
    s = re.sub(r"\s+”", "”", s)
    s = re.sub(r"([(\[])\s+", r"\1", s)
    s = re.sub(r"\s+([)\]])", r"\1", s)
    s = re.sub(r"\s+([,.;:!?%…])", r"\1", s)
    s = re.sub(r"(\S) / (\S)", r"\1/\2", s)
    s = WS_RE.sub(" ", s).strip()
    return s


ABBR = {"TP", "Tp", "TS", "GS", "PGS", "ThS", "Ths", "BS", "Bs", "Q", "P", "TT",
        "NXB", "Mr", "Mrs", "Ms", "Dr", "St", "Co", "Ltd", "Inc", "Jr", "Sr", "vs",
        "No", "ĐH", "KS", "CN", "Corp", "Th", "Tr", "tr", "Ô", "Đ", "LS", "NSƯT",
        "NSND", "PGS.TS", "GS.TS", "TS.BS", "ThS.BS", "BS.CKI", "BS.CKII"}
END_RE = re.compile(r"[.!?…]+[\"”’)\]]*(?=\s)")


def _no_split_after(prev_word, punct):
    w = prev_word.lstrip("(\"“'[")
    if punct != ".":
        return False
    if w in ABBR:
        return True
    if len(w) == 1 and w.isalpha() and w.isupper():
        return True
    if "." in w:
        segs = [x for x in w.split(".") if x]
        if segs and all(len(x) <= 4 for x in segs):
            return True
    return False


def split_sentences(text):
    pieces, start = [], 0
    for m in END_RE.finditer(text):
        rest = text[m.end():].lstrip()
        if not rest:
            continue
        nxt = rest[0]
        if nxt in "\"“'(" and len(rest) > 1:
            nxt = rest[1]
        if not (nxt.isupper() or nxt.isdigit()):
            continue
        before = text[start:m.start()]
        pw = before.split()[-1] if before.split() else ""
        if _no_split_after(pw, m.group(0)):
            continue
        pieces.append(text[start:m.end()].strip())
        start = m.end()
    tail = text[start:].strip()
    if tail:
        pieces.append(tail)
    # glue pieces that sit inside an open straight quote
    out, i = [], 0
    while i < len(pieces):
        cur, j = pieces[i], i
        while cur.count('"') % 2 and j + 1 < len(pieces) and j - i < 5:
            j += 1
            cur = cur + " " + pieces[j]
        if cur.count('"') % 2:
            out.append(pieces[i])
            i += 1
        else:
            out.append(cur)
            i = j + 1
    return out


CAPTION_MARKS = ("ảnh:", "(ảnh", "ảnh :", "video:", "clip:", "minh hoạ", "minh họa",
                 "(trái)", "(phải)", "(giữa)", "nguồn:", "(nguồn", "đồ hoạ", "đồ họa",
                 "infographic", "ảnh chụp", "hình:", "photo:", "ảnh do ", "(từ trái",
                 "từ trái qua", "từ trái sang", "ngoài cùng bên", "ảnh cắt", "cắt từ clip",
                 "cắt từ video", "ảnh tư liệu", "(video", "xem thêm", "xem clip",
                 "xem video", "ttxvn", "hình minh", "(clip", "ảnh: ", "ảnh internet")
BAD_CHARS = ("|", "•", "»", "«", "©", "►", "▶", "★", "http", "www.", "@")
REPORT_RE = re.compile(
    r"(cho biết|cho hay|nói|khẳng định|chia sẻ|nhấn mạnh|tiết lộ|kể|thừa nhận|xác nhận|"
    r"lý giải|nhận định|bày tỏ|tuyên bố|khai nhận|khai|thông báo|nhận xét|phân tích|"
    r"cảnh báo|cam kết|nêu rõ|tâm sự|khuyến cáo|dự báo|cho rằng|lưu ý|nhớ lại|"
    r"quả quyết|bác bỏ|giải thích|trả lời|thông tin|phát biểu|báo cáo|đề nghị|"
    r"kiến nghị|yêu cầu|khẳng định|viết|cam đoan|trấn an|than thở|kết luận)"
    r"(\s+thêm)?\s*(,|:|rằng|\"|“|\.|!|\?|…|$)")
ATTR_QUOTE_RE = re.compile(r"[\"”],\s*(ông|bà|anh|chị|em|cô|thầy|người|vị|lãnh đạo|đại diện|"
                           r"[A-ZĐ]\w*)")
CONNECTIVES = ("Tuy nhiên", "Trong khi đó", "Ngoài ra", "Theo đó", "Do đó", "Vì vậy",
               "Vì thế", "Bên cạnh đó", "Đồng thời", "Trước đó", "Sau đó", "Cũng theo",
               "Mặt khác", "Thế nhưng", "Nhưng", "Tuy vậy", "Dù vậy", "Cụ thể", "Trong đó",
               "Đặc biệt", "Thậm chí", "Do vậy", "Bởi vậy", "Khi đó", "Lúc này",
               "Ngay sau đó", "Song", "Cùng với đó", "Như vậy", "Thực tế", "Ngược lại",
               "Tương tự", "Đến nay", "Qua đó", "Từ đó", "Hơn nữa", "Riêng", "Hiện nay",
               "Hiện tại", "Trước tình hình", "Tính đến", "Đáng chú ý", "Được biết",
               "Ngay lập tức", "Sau khi", "Trước khi", "Trong khi", "Mặc dù", "Dù", "Nếu",
               "Vì", "Do", "Bởi", "Để", "Theo", "Với", "Còn", "Tiếp đó", "Kết quả",
               "Ngoài việc", "Không chỉ", "Cuối cùng", "Nhờ", "Trước thực trạng")
GLUED_STARTERS = {"Ông", "Bà", "Theo", "Tuy", "Chiều", "Trưa", "Hiện", "Trước", "Sau", "Khi",
                  "Cũng", "Đến", "Trong", "Tại", "Ngày"}
TERMINAL_RE = re.compile(r"[.!?…][\"”’)\]]*$")


def _opens_with_connective(s):
    for c in CONNECTIVES:
        if s.startswith(c) and (len(s) == len(c) or s[len(c)] in " ,"):
            return True
    return False


def is_story_sentence(s):
    low = s.lower()
    words = s.split()
    if len(words) < 8 or len(words) > 110:
        return False
    if any(m in low for m in CAPTION_MARKS):
        return False
    if any(c in s for c in BAD_CHARS):
        return False
    if s.count('"') % 2 or s.count("(") != s.count(")") or s.count("[") != s.count("]"):
        return False
    if s.count("“") != s.count("”"):
        return False
    if not TERMINAL_RE.search(s):
        return False
    if ":" in " ".join(words[:6]):
        return False
    for w in words[1:][-6:]:
        if w.lstrip("(\"“") == "Theo":
            return False
    for i in range(1, len(words)):
        if words[i] in GLUED_STARTERS and words[i - 1][-1] not in ".,;:!?\"”)…'":
            return False          # a sub-heading glued to the next sentence
    first = s.lstrip("\"“'(")
    if not first or not (first[0].isupper() or first[0].isdigit()):
        return False
    if not (s[0].isalnum() or s[0] in "\"“'("):
        return False
    if words[0] in ("Ảnh", "Video", "Clip", "Hình", "Nguồn", "Clip:", "Video:"):
        return False
    limit = 22 if "," in s else 30
    if len(words) <= limit:
        ok = (REPORT_RE.search(s) is not None or ATTR_QUOTE_RE.search(s) is not None
              or _opens_with_connective(s))
        if not ok:
            return False
    return True


def story_sentences(title, article):
    title_n = norm(title)
    seen, out = set(), []
    for s in split_sentences(detok(article)):
        if not is_story_sentence(s):
            continue
        n = norm(s)
        if n in seen or n == title_n:
            continue
        seen.add(n)
        out.append(s)
    return out


# ---------------------------------------------------------------------------
# what the story talks about (for captions, sections, tags)
# ---------------------------------------------------------------------------

CAT_WORDS = {
    "law": ["công an", "toà", "tòa", "xét xử", "bị cáo", "khởi tố", "bắt giữ", "tạm giữ",
            "điều tra", "vụ án", "tội", "truy nã", "cảnh sát", "lừa đảo", "ma tuý", "ma túy",
            "trộm", "cướp", "đối tượng", "tang vật", "hình sự"],
    "health": ["bệnh viện", "bác sĩ", "bệnh nhân", "y tế", "sức khoẻ", "sức khỏe", "điều trị",
               "thuốc", "cấp cứu", "phẫu thuật", "dịch bệnh", "nhập viện", "ca bệnh"],
    "econ": ["doanh nghiệp", "tỷ đồng", "tỉ đồng", "ngân hàng", "thị trường", "xuất khẩu",
             "đầu tư", "cổ phiếu", "tăng trưởng", "USD", "kinh doanh", "nhà máy", "sản xuất",
             "lãi suất", "thuế", "doanh thu", "lợi nhuận", "giá"],
    "traffic": ["tai nạn", "giao thông", "ôtô", "ô tô", "xe máy", "đường sắt", "cao tốc",
                "xe khách", "xe tải", "tài xế", "hàng không", "chuyến bay", "sân bay",
                "quốc lộ", "BOT", "xe buýt", "xe đầu kéo"],
    "edu": ["học sinh", "sinh viên", "trường", "giáo viên", "tuyển sinh", "giáo dục",
            "đại học", "kỳ thi", "thí sinh"],
    "world": ["Mỹ", "Trung Quốc", "Nga", "Triều Tiên", "Nhật Bản", "Hàn Quốc", "tổng thống",
              "châu Âu", "Liên Hợp Quốc", "Anh", "Pháp", "Đức", "IS", "Syria"],
}


def classify(title, sents):
    text = " ".join(sents)[:2500]
    best, score = "society", 3
    for cat, words in CAT_WORDS.items():
        sc = 0
        for w in words:
            pat = r"(?<!\w)" + re.escape(w) + r"(?!\w)"
            if w[0].isupper():
                sc += 3 * len(re.findall(pat, title)) + len(re.findall(pat, text))
            else:
                sc += 3 * len(re.findall(pat, title.lower())) + len(re.findall(pat, text.lower()))
        if cat == "world":
            sc = sc // 2
        if sc > score:
            best, score = cat, sc
    return best


PERSON_HEADS = {"ông": "Ông", "bà": "Bà", "Ông": "Ông", "Bà": "Bà", "anh": "Anh", "Anh": "Anh",
                "chị": "Chị", "Chị": "Chị"}
RANK_HEADS = ("thiếu tướng", "trung tướng", "đại tá", "thượng tá", "trung tá", "luật sư",
              "bác sĩ", "tiến sĩ", "giáo sư", "Thiếu tướng", "Đại tá", "Thượng tá", "Luật sư",
              "Bác sĩ", "Trung tá", "Tiến sĩ", "Giáo sư")
ROLE_WORDS = ("giám đốc", "chủ tịch", "trưởng", "bí thư", "phó", "tổng", "đại diện", "chánh",
              "phát ngôn", "chuyên gia", "viện", "chỉ huy", "thứ trưởng", "bộ trưởng")
ROLE_VOCAB = set("""giám đốc chủ tịch bí thư phó trưởng tổng cục vụ sở ban phòng uỷ ủy nhân dân tỉnh
huyện xã thành phố quận phường công an đảng văn viện bệnh trung ương cảnh sát hình sự giao thông
thanh tra chánh đội hội đồng quản trị điều hành kiểm lý chỉ huy tư pháp y tế tài chính kế hoạch
đầu nội khoa học giáo dục đào tạo thường trực quân bộ đoàn luật sư ngân hàng vận tải môi trường
tài nguyên lao động thương binh xã hội kinh doanh sát toà án tòa nghiên cứu phát triển tuyên
huấn kinh tế cứu nạn cứu hộ phòng cháy chữa cháy thị trấn kỹ thuật hành chính dịch vụ""".split())
ROLE_STOP = {"cho", "nói", "khẳng", "đã", "vừa", "là", "đang", "trả", "chia", "thông", "nhấn",
             "phát", "và", "khi", "được", "bị", "trao", "kể", "thừa", "xác", "cũng", "sẽ",
             "có", "không", "yêu", "đề", "lý", "nhận", "bày", "cảnh", "ký", "tại", "về"}
PLACE_HEADS = ("tỉnh", "huyện", "xã", "quận", "phường", "TP", "thành phố", "thị xã")
PERSON_SURNAMES = {"Nguyễn", "Trần", "Lê", "Phạm", "Vũ", "Đặng", "Bùi", "Đỗ", "Huỳnh", "Võ", "Phan"}
BIG_PLACES = ("Hà Nội", "TP HCM", "Đà Nẵng", "Hải Phòng", "Cần Thơ", "Nha Trang",
              "Vũng Tàu", "Biên Hoà", "Quảng Ninh")


def _cap_word(t):
    t = t.rstrip(",.;:!?)\"”")
    return t and t[0].isupper() and t.replace("-", "").isalpha() and t


def find_people(sents):
    people = []
    for s in sents:
        toks = s.split()
        for i, t in enumerate(toks):
            head = None
            if t in PERSON_HEADS:
                head, j = PERSON_HEADS[t], i + 1
            elif i + 1 < len(toks) and f"{t} {toks[i + 1]}" in RANK_HEADS:
                hw = f"{t} {toks[i + 1]}"
                head, j = hw[0].upper() + hw[1:], i + 2
            if head is None:
                continue
            name = []
            while j < len(toks) and len(name) < 4:
                w = _cap_word(toks[j])
                if not w:
                    break
                name.append(w)
                j += 1
                if toks[j - 1] != w:
                    break
            if not 2 <= len(name) <= 4:
                continue
            role = ""
            if toks[j - 1].endswith(",") and j < len(toks) and toks[j][0].isupper():
                rw, closed = [], False
                while j < len(toks) and len(rw) < 12:
                    w = toks[j]
                    bare = w.rstrip(",.;:")
                    if bare in ROLE_STOP:
                        closed = True
                        break
                    if not bare or not (bare[0].isupper() or bare in ROLE_VOCAB):
                        break
                    rw.append(bare)
                    if w[-1] in ",.;:":
                        closed = True
                        break
                    j += 1
                if not closed:
                    rw = []
                while rw and rw[-1] in ("và", "của", "tại", "thuộc"):
                    rw.pop()
                cand = " ".join(rw)
                if rw and any(x in cand.lower() for x in ROLE_WORDS) and 2 <= len(rw) <= 12 \
                        and cand.count("(") == cand.count(")"):
                    role = cand
            person = (f"{head} {' '.join(name)}", role)
            if person[0] not in [p[0] for p in people]:
                people.append(person)
    return people[:4]


def find_places(sents):
    places = []
    for s in sents:
        toks = s.split()
        for i, t in enumerate(toks):
            heads = [h for h in PLACE_HEADS if h == t or (i + 1 < len(toks) and h == f"{t} {toks[i + 1]}")]
            if not heads:
                continue
            j = i + len(heads[0].split())
            name = []
            while j < len(toks) and len(name) < 3:
                w = _cap_word(toks[j])
                if not w or (name and name[-1] == "HCM") or (len(name) >= 2 and w in PERSON_SURNAMES):
                    break
                name.append(w)
                j += 1
                if toks[j - 1] != w:
                    break
            if len(name) == 1 and (name[0] in ("Trung", "Nam", "Bắc", "Đông", "Tây", "Thành", "Uỷ", "Ủy")
                                   or len(name[0]) < 3):
                name = []
            if name and not (len(name) >= 2 and name[0] in PERSON_SURNAMES):
                p = f"{heads[0]} {' '.join(name)}"
                if p not in places:
                    places.append(p)
        for b in BIG_PLACES:
            if re.search(r"(?<!\w)" + re.escape(b) + r"(?!\w)", s) and b not in places \
                    and not any(b in p for p in places):
                places.append(b)
    return places[:4]


# ---------------------------------------------------------------------------
# small invented material
# ---------------------------------------------------------------------------

SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
            "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Trịnh", "Đinh", "Lương", "Mai", "Tạ",
            "Quách", "Lưu", "Châu", "Kiều", "Thái", "Tô", "Hà"]
MIDDLES = ["Văn", "Thị", "Minh", "Hữu", "Đức", "Thanh", "Ngọc", "Quốc", "Thu", "Hoài", "Gia",
           "Bảo", "Phương", "Kim", "Xuân", "Hồng", "Anh", "Tuấn", "Diệu", "Khánh", "Trọng",
           "Mỹ", "Quang", "Thế"]
GIVENS = ["An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hiếu", "Hoa", "Hùng",
          "Huy", "Khang", "Khoa", "Lâm", "Linh", "Long", "Mai", "Nam", "Nga", "Nhung", "Phong",
          "Phúc", "Quân", "Quyên", "Sơn", "Tâm", "Thảo", "Thắng", "Trang", "Trung", "Tú",
          "Uyên", "Vân", "Vinh", "Yến", "Đạt", "Hưng", "Lộc", "Nguyên", "Thịnh", "Toàn",
          "Oanh", "Kiên", "Duyên", "Tùng", "Hậu", "Nhân"]


def full_name(r):
    return f"{r.choice(SURNAMES)} {r.choice(MIDDLES)} {r.choice(GIVENS)}"


def short_name(r):
    return f"{r.choice(MIDDLES[2:])} {r.choice(GIVENS)}"


def initials(name):
    return ".".join(w[0] for w in name.split())


WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def wd(d):
    return WEEKDAYS[d.weekday()]


def dmy(d):
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def hm(d):
    return f"{d.hour:02d}:{d.minute:02d}"


def vnum(x, dec=2):
    """Vietnamese number: dot thousands, comma decimals."""
    s = f"{x:,.{dec}f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


def vint(x):
    return f"{x:,d}".replace(",", ".")


# per-category invented material --------------------------------------------

SCENES = {
    "law": ["Lực lượng chức năng khám nghiệm hiện trường vụ việc.",
            "Cơ quan công an làm việc với các đối tượng liên quan.",
            "Tang vật thu giữ được trong quá trình điều tra.",
            "Quang cảnh một phiên toà xét xử sơ thẩm.",
            "Cán bộ điều tra lấy lời khai người liên quan.",
            "Lực lượng công an phong toả khu vực xảy ra vụ việc."],
    "health": ["Bác sĩ thăm khám cho bệnh nhân sau điều trị.",
               "Người dân chờ đến lượt khám tại bệnh viện.",
               "Ê-kíp bác sĩ trong một ca can thiệp.",
               "Nhân viên y tế chăm sóc bệnh nhân tại khoa Hồi sức tích cực.",
               "Bệnh nhân đang được theo dõi sức khoẻ tại bệnh viện."],
    "econ": ["Công nhân làm việc trong một nhà máy sản xuất.",
             "Hàng hoá chờ xuất khẩu tại cảng.",
             "Khách hàng giao dịch tại quầy của một ngân hàng thương mại.",
             "Một góc khu công nghiệp nhìn từ trên cao.",
             "Người tiêu dùng mua sắm tại siêu thị."],
    "traffic": ["Hiện trường vụ tai nạn.",
                "Phương tiện lưu thông qua khu vực.",
                "Cảnh sát giao thông phân luồng tại hiện trường.",
                "Chiếc xe bị hư hỏng nặng sau vụ va chạm.",
                "Dòng phương tiện ùn ứ kéo dài trên tuyến đường."],
    "edu": ["Thí sinh làm thủ tục dự thi.",
            "Giờ học của học sinh trong lớp.",
            "Phụ huynh chờ đón con trước cổng trường.",
            "Sinh viên tham gia buổi tư vấn tuyển sinh."],
    "world": ["Quang cảnh một cuộc họp báo.",
              "Người dân trên đường phố.",
              "Lực lượng an ninh được triển khai tại khu vực.",
              "Quốc kỳ các nước tại một hội nghị quốc tế."],
    "society": ["Quang cảnh buổi làm việc.",
                "Người dân theo dõi sự việc.",
                "Một góc khu dân cư nơi xảy ra sự việc.",
                "Cán bộ địa phương trao đổi với người dân.",
                "Quang cảnh hội nghị.",
                "Người dân làm thủ tục tại bộ phận một cửa.",
                "Đoàn công tác kiểm tra thực tế tại địa phương.",
                "Lãnh đạo địa phương thăm hỏi, động viên người dân."],
}

PERSON_CAPS = ["{p} trao đổi với phóng viên.", "{p} trả lời báo chí.", "{p}.",
               "{p} tại buổi làm việc.", "{p} thông tin về vụ việc."]
PLACE_CAPS = ["Một góc {pl}.", "Khu vực xảy ra sự việc tại {pl}.",
              "Quang cảnh tại {pl}.", "Toàn cảnh {pl} nhìn từ trên cao."]

LEGAL = {
    "law": ["Điều 134 Bộ luật Hình sự năm 2015 (sửa đổi, bổ sung năm 2017) quy định về tội cố ý gây thương tích hoặc gây tổn hại cho sức khoẻ của người khác.",
            "Điều 174 Bộ luật Hình sự năm 2015 quy định về tội lừa đảo chiếm đoạt tài sản, mức hình phạt cao nhất là tù chung thân.",
            "Theo Điều 110 Bộ luật Tố tụng hình sự năm 2015, giữ người trong trường hợp khẩn cấp phải được báo ngay cho Viện kiểm sát cùng cấp."],
    "traffic": ["Nghị định 46/2016/NĐ-CP quy định xử phạt vi phạm hành chính trong lĩnh vực giao thông đường bộ và đường sắt.",
                "Điều 260 Bộ luật Hình sự năm 2015 quy định về tội vi phạm quy định về tham gia giao thông đường bộ.",
                "Luật Giao thông đường bộ năm 2008 nghiêm cấm điều khiển phương tiện khi trong máu hoặc hơi thở có nồng độ cồn vượt quá mức quy định."],
    "health": ["Luật Khám bệnh, chữa bệnh năm 2009 quy định quyền và nghĩa vụ của người bệnh, người hành nghề khám bệnh, chữa bệnh.",
               "Nghị định 176/2013/NĐ-CP quy định xử phạt vi phạm hành chính trong lĩnh vực y tế."],
    "econ": ["Luật Doanh nghiệp năm 2014 quy định về thành lập, tổ chức quản lý, tổ chức lại, giải thể doanh nghiệp.",
             "Luật Quản lý thuế năm 2006 (sửa đổi, bổ sung năm 2012) quy định nghĩa vụ kê khai, nộp thuế của người nộp thuế.",
             "Luật Chứng khoán năm 2006 (sửa đổi, bổ sung năm 2010) quy định về chào bán chứng khoán ra công chúng."],
    "edu": ["Luật Giáo dục năm 2005 (sửa đổi, bổ sung năm 2009) quy định quyền và nghĩa vụ của nhà giáo, người học.",
            "Thông tư 04/2017/TT-BGDĐT ban hành Quy chế thi trung học phổ thông quốc gia."],
    "world": ["Công ước Viên năm 1961 về quan hệ ngoại giao quy định quyền ưu đãi, miễn trừ của cơ quan đại diện ngoại giao.",
              "Công ước Liên Hợp Quốc về Luật Biển năm 1982 quy định quyền tự do hàng hải trên biển cả."],
    "society": ["Luật Cán bộ, công chức năm 2008 quy định nghĩa vụ, quyền của cán bộ, công chức và những việc cán bộ, công chức không được làm.",
                "Luật Phòng, chống tham nhũng năm 2005 (sửa đổi, bổ sung năm 2012) quy định việc kê khai tài sản, thu nhập.",
                "Nghị định 167/2013/NĐ-CP quy định xử phạt vi phạm hành chính trong lĩnh vực an ninh, trật tự, an toàn xã hội."],
}

EXPERT = {
    "law": ("Việc xử lý nghiêm, đúng người, đúng tội không chỉ có tác dụng răn đe mà còn củng cố niềm tin của người dân vào pháp luật.",
            "Luật sư {n}, Đoàn Luật sư TP Hà Nội"),
    "traffic": ("Ý thức chấp hành luật của người tham gia giao thông vẫn là yếu tố quyết định, hạ tầng tốt đến mấy cũng không bù được sự chủ quan.",
                "TS. {n}, chuyên gia an toàn giao thông"),
    "health": ("Người dân không nên tự ý điều trị tại nhà mà cần đến cơ sở y tế ngay khi có dấu hiệu bất thường.",
               "BS.CKII {n}, nguyên Trưởng khoa Nội tổng hợp"),
    "econ": ("Doanh nghiệp cần tuân thủ nghiêm quy định pháp luật, bởi chi phí khắc phục hậu quả luôn lớn hơn nhiều so với chi phí phòng ngừa.",
             "TS. {n}, chuyên gia kinh tế"),
    "edu": ("Đổi mới thi cử chỉ thành công khi đi cùng với đổi mới cách dạy và cách đánh giá người học.",
            "PGS.TS {n}, chuyên gia giáo dục"),
    "world": ("Những diễn biến này cho thấy cục diện khu vực đang bước vào giai đoạn cạnh tranh chiến lược gay gắt hơn.",
              "TS. {n}, nhà nghiên cứu quan hệ quốc tế"),
    "society": ("Cần công khai, minh bạch quy trình để người dân giám sát, qua đó hạn chế những sai phạm đáng tiếc.",
                "ThS. {n}, chuyên gia xã hội học"),
}

QA = {
    "law": ("Tôi cho người quen vay 200 triệu đồng, có giấy viết tay nhưng nay người này cố tình không trả. Tôi có thể tố cáo người đó về tội lừa đảo được không?",
            "Trường hợp bên vay có khả năng trả nhưng cố tình không trả, bạn có thể khởi kiện ra toà án nhân dân cấp huyện nơi bị đơn cư trú để yêu cầu trả nợ."),
    "traffic": ("Xe máy của tôi bị tạm giữ do vi phạm nồng độ cồn. Thời hạn tạm giữ phương tiện tối đa là bao lâu?",
                "Theo quy định hiện hành, thời hạn tạm giữ phương tiện không quá 7 ngày, kể từ ngày tạm giữ, trừ trường hợp phải kéo dài theo thẩm quyền."),
    "health": ("Con tôi 5 tuổi bị sốt cao kéo dài hai ngày, tôi có nên tự mua thuốc kháng sinh cho cháu uống không?",
               "Phụ huynh không nên tự ý dùng kháng sinh cho trẻ mà cần đưa trẻ đến cơ sở y tế để được bác sĩ thăm khám và chỉ định."),
    "econ": ("Tôi làm việc tại hai công ty khác nhau. Cuối năm tôi có phải tự quyết toán thuế thu nhập cá nhân không?",
             "Cá nhân có thu nhập từ hai nơi trở lên thì phải trực tiếp quyết toán thuế với cơ quan thuế, trừ trường hợp được miễn theo quy định."),
    "edu": ("Con tôi học lớp 9, nếu trượt nguyện vọng vào trường công lập thì có được xét tuyển bổ sung không?",
            "Tuỳ theo kế hoạch tuyển sinh của từng địa phương, học sinh có thể đăng ký xét tuyển bổ sung vào các trường còn chỉ tiêu."),
    "world": ("Tôi muốn sang nước ngoài làm việc theo hợp đồng. Tôi cần kiểm tra những gì ở doanh nghiệp phái cử?",
              "Người lao động nên kiểm tra giấy phép hoạt động dịch vụ đưa người lao động đi làm việc ở nước ngoài do Bộ Lao động cấp."),
    "society": ("Tôi là công chức cấp xã, nếu uống rượu bia trong giờ làm việc thì sẽ bị xử lý như thế nào?",
                "Tuỳ tính chất, mức độ vi phạm, công chức có thể bị xem xét kỷ luật theo một trong các hình thức khiển trách, cảnh cáo, hạ bậc lương."),
}

LABOUR_QA = [
    ("Công ty nợ lương tôi ba tháng rồi cho nghỉ việc. Tôi cần làm gì để đòi lại quyền lợi?",
     "Người lao động có thể gửi đơn đến công đoàn cơ sở, hoà giải viên lao động hoặc khởi kiện ra toà án để yêu cầu thanh toán tiền lương còn nợ."),
    ("Tôi mang thai tháng thứ bảy, công ty có được phép bắt tôi làm thêm giờ không?",
     "Người sử dụng lao động không được sử dụng lao động nữ mang thai từ tháng thứ bảy làm thêm giờ, làm việc ban đêm và đi công tác xa."),
    ("Tôi đóng bảo hiểm xã hội được 12 năm, nay nghỉ việc thì có được nhận bảo hiểm xã hội một lần không?",
     "Người lao động sau một năm nghỉ việc mà chưa đủ 20 năm đóng bảo hiểm xã hội và không tiếp tục đóng thì có thể đề nghị hưởng một lần."),
]

CHARTS = [
    ("Kim ngạch xuất khẩu giai đoạn 2014 – 2018 (tỷ USD)", 150.0, 245.0, "Nguồn: Tổng cục Thống kê"),
    ("Dư nợ tín dụng toàn nền kinh tế 2014 – 2018 (triệu tỷ đồng)", 4.1, 7.2, "Nguồn: Ngân hàng Nhà nước"),
    ("Vốn FDI giải ngân 2014 – 2018 (tỷ USD)", 12.5, 19.1, "Nguồn: Cục Đầu tư nước ngoài"),
    ("Sản lượng điện thương phẩm 2014 – 2018 (tỷ kWh)", 128.0, 193.0, "Nguồn: Tập đoàn Điện lực"),
]

TOPICS = {
    "law": ["Phòng chống tội phạm", "Hồ sơ vụ án", "An ninh trật tự"],
    "health": ["Sức khoẻ cộng đồng", "An toàn người bệnh", "Y tế cơ sở"],
    "econ": ["Kinh tế vĩ mô", "Doanh nghiệp", "Thị trường"],
    "traffic": ["An toàn giao thông", "Hạ tầng giao thông", "Tai nạn giao thông"],
    "edu": ["Đổi mới giáo dục", "Tuyển sinh", "Học đường"],
    "world": ["Thời sự quốc tế", "Điểm nóng", "Quan hệ quốc tế"],
    "society": ["Dân sinh", "Cải cách hành chính", "Đời sống xã hội"],
}


# ---------------------------------------------------------------------------
# page building
# ---------------------------------------------------------------------------

class Ctx:
    """What a layout may use: the story, its entities, related pool, dates, rngs."""

    def __init__(self, k, row, title, sents, related, pieces=()):
        self.k, self.row, self.title, self.sents = k, row, title, sents
        self.tn = norm(title)
        self.sn = {norm(s) for s in sents}
        # every sentence of the article, kept or dropped: furniture we invent
        # must not bring a dropped sentence back onto the page
        self.an = self.sn | {norm(s) for s in pieces}
        self.cat = classify(title, sents)
        self.people = find_people(sents)
        self.places = find_places(sents)
        r = self.r("date")
        start = datetime.date(2016, 1, 1).toordinal()
        end = datetime.date(2019, 12, 31).toordinal()
        d = datetime.date.fromordinal(r.randint(start, end))
        self.date = datetime.datetime(d.year, d.month, d.day, r.randint(5, 22), r.randint(0, 59))
        self.related = related

    def r(self, purpose):
        return R(self.row, purpose)

    def clash(self, line):
        n = norm(line)
        return n in self.an or n == self.tn

    def paragraphs(self, lo, hi, lead_single=False):
        r = self.r("paras")
        out, i = [], 0
        s = self.sents
        if lead_single and len(s) > 3:
            out.append([s[0]])
            i = 1
        while i < len(s):
            n = r.randint(lo, hi)
            out.append(s[i:i + n])
            i += n
        return out

    def rel(self, n, purpose, teaser=False):
        """Pick up to n related stories (headline, teaser) that clash with nothing."""
        r = self.r("rel|" + purpose)
        pool = [x for x in self.related if not self.clash(x[0])
                and (not teaser or (x[1] and not self.clash(x[1])))]
        r.shuffle(pool)
        return pool[:n]

    def rel_date(self, r, back=12):
        d = self.date - datetime.timedelta(days=r.randint(0, back), hours=r.randint(0, 20),
                                           minutes=r.randint(0, 59))
        return d

    def caption(self, purpose, allow_people=True):
        r = self.r("cap|" + purpose)
        cands = []
        if allow_people:
            for p, role in self.people:
                if role:
                    cands.append(f"{p}, {role}.")
                    cands.append(f"{p} - {role}.")
                cands.extend(t.format(p=p) for t in PERSON_CAPS)
        for pl in self.places:
            cands.extend(t.format(pl=pl) for t in PLACE_CAPS)
        scenes = list(SCENES[self.cat])
        r.shuffle(scenes)
        pick = []
        if cands and r.random() < 0.6:
            pick.append(r.choice(cands))
        pick.extend(scenes)
        for c in pick:
            if not self.clash(c):
                return c
        return "Ảnh minh hoạ."

    def tags(self, purpose, n=4):
        r = self.r("tags|" + purpose)
        t = []
        for p in self.places:
            for h in ("thành phố ", "thị xã ", "tỉnh ", "huyện ", "xã ", "quận ", "phường ", "TP "):
                if p.startswith(h) and p != "TP HCM":
                    p = p[len(h):]
                    break
            t.append(p)
        t += [p.split(" ", 1)[1] for p, _ in self.people][:1]
        t += TOPICS[self.cat]
        seen, out = set(), []
        for x in t:
            if x.lower() not in seen:
                seen.add(x.lower())
                out.append(x)
        head = out[:2]
        rest = out[2:]
        r.shuffle(rest)
        return (head + rest)[:n]

    def quote(self):
        """A quotation pulled out of the story (for pull-quote widgets)."""
        for s in self.sents:
            for m in re.finditer(r'"([^"]{40,220})"', s):
                q = m.group(1).strip().rstrip(",")
                if len(q.split()) >= 8 and not self.clash(q) and not self.clash(f"“{q}”"):
                    return q
        return None


class B:
    """Collects (kind, payload) entries; kind is a furniture kind, 'body', or
    one of the unlabelled roles 'title', 'date', 'site'."""

    def __init__(self, ctx):
        self.c, self.e = ctx, []

    def add(self, kind, *lines):
        for ln in lines:
            if ln:
                self.e.append((kind, ln))
        return self

    def w(self, *lines):
        return self.add("widget", *lines)

    def by(self, *lines):
        return self.add("byline", *lines)

    def cr(self, *lines):
        return self.add("credit", *lines)

    def cap(self, *lines):
        return self.add("caption", *lines)

    def rel(self, *lines):
        return self.add("related", *lines)

    def title(self):
        self.e.append(("title", self.c.title))

    def date(self, s):
        self.e.append(("date", s))

    def site(self, s):
        self.e.append(("site", s))

    def body(self, paras, inserts=None):
        """Emit paragraphs; inserts maps a paragraph index to a callable that
        adds furniture after that paragraph (only between paragraphs)."""
        inserts = inserts or {}
        n = len(paras)
        for i, p in enumerate(paras):
            self.e.append(("body", list(p)))
            if i < n - 1 and i in inserts:
                inserts[i]()

    def slots(self, paras, m, purpose):
        """m distinct paragraph indexes to put furniture after (never the last)."""
        r = self.c.r("slots|" + purpose)
        n = len(paras)
        if n < 2:
            return []
        cand = list(range(0, n - 1))
        if len(cand) <= m:
            return cand
        step = len(cand) / m
        out = []
        for i in range(m):
            lo, hi = int(i * step), max(int(i * step), int((i + 1) * step) - 1)
            out.append(r.randint(lo, hi))
        return sorted(set(out))


# ---------------------------------------------------------------------------
# scraper faults
# ---------------------------------------------------------------------------

FAULTS = ("nbsp", "zwsp", "dblspace", "glued", "nfd")


def _inner_spaces(s):
    return [m.start() for m in re.finditer(" ", s)]


def _nbsp(s, r):
    pos = _inner_spaces(s)
    if not pos:
        return s
    chosen = set(r.sample(pos, min(len(pos), r.randint(1, 3))))
    return "".join("\u00a0" if i in chosen else ch for i, ch in enumerate(s))


def _zwsp(s, r):
    words = [m for m in re.finditer(r"\w{4,}", s)]
    if not words:
        return s
    m = r.choice(words)
    cut = m.start() + r.randint(1, len(m.group(0)) - 1)
    return s[:cut] + "\u200b" + s[cut:]


def _dbl(s, r):
    pos = _inner_spaces(s)
    if not pos:
        return s
    p = r.choice(pos)
    return s[:p] + "  " + s[p + 1:]


def apply_faults(ctx, entries):
    r = ctx.r("fault")
    if r.random() >= 0.3:
        return entries, []
    faults = r.sample(FAULTS, 2 if r.random() < 0.3 else 1)
    entries = [(k, list(p) if k == "body" else p) for k, p in entries]
    if "glued" in faults:
        cands = []
        for ei, (k, p) in enumerate(entries):
            if k == "body":
                for j in range(len(p) - 1):
                    if p[j].endswith(".") and not p[j].endswith("..") and p[j + 1][0].isupper():
                        cands.append((ei, j))
        if cands and sum(len(p) for k, p in entries if k == "body") >= 4:
            ei, j = r.choice(cands)
            p = entries[ei][1]
            p[j:j + 2] = [p[j] + p[j + 1]]
        else:
            faults.remove("glued")
    for f, fn in (("nbsp", _nbsp), ("zwsp", _zwsp), ("dblspace", _dbl)):
        if f not in faults:
            continue
        fr = ctx.r("fault|" + f)
        slots = []
        for ei, (k, p) in enumerate(entries):
            if k == "body":
                slots.extend((ei, j) for j in range(len(p)))
            elif k != "date" or f != "dblspace":
                slots.append((ei, None))
        share = {"nbsp": 0.35, "zwsp": 0.12, "dblspace": 0.08}[f]
        n = max(1, int(len(slots) * share))
        for ei, j in fr.sample(slots, min(n, len(slots))):
            k, p = entries[ei]
            if j is None:
                entries[ei] = (k, fn(p, fr))
            else:
                p[j] = fn(p[j], fr)
    if "nfd" in faults:
        nf = lambda s: unicodedata.normalize("NFD", s)
        entries = [(k, [nf(x) for x in p] if k == "body" else nf(p)) for k, p in entries]
    return entries, faults


# ---------------------------------------------------------------------------
# assembly and the contract
# ---------------------------------------------------------------------------

def assemble(entries, layout):
    lines, body, furn = [], [], []
    for k, p in entries:
        if k == "body":
            body.extend(p)
            lines.append(" ".join(p))
        elif k in ("title", "date", "site"):
            lines.append(p)
        else:
            furn.append((k, p))
            lines.append(p)
    return Page("\n".join(lines), body, furn, layout)


def check_page(page, title, body_sentences=None):
    """Independent walk over the text; raises ValueError on any breach."""
    def bad(msg):
        raise ValueError(f"[{page.layout}] {msg} :: {title[:60]}")

    if not page.text:
        bad("empty text")
    for kind, line in page.furniture:
        if kind not in KINDS:
            bad(f"unknown kind {kind}")
    for x in page.body:
        if not x or x != x.strip() or "\n" in x:
            bad("body item not clean")
    if len(page.body) < 3:
        bad("fewer than 3 body items")
    lines = page.text.split("\n")
    bi = fi = 0
    unl = []
    for ln in lines:
        if not ln or ln != ln.strip():
            bad(f"blank or unstripped line {ln!r}")
        if fi < len(page.furniture) and page.furniture[fi][1] == ln:
            fi += 1
            continue
        for n in (1, 2, 3, 4):
            if bi + n <= len(page.body) and " ".join(page.body[bi:bi + n]) == ln:
                bi += n
                break
        else:
            unl.append(ln)
            if len(unl) > 3:
                bad(f"more than 3 unlabelled lines: {unl}")
    if bi != len(page.body) or fi != len(page.furniture):
        bad("walk did not use up body and furniture")
    if norm(title) not in {norm(u) for u in unl}:
        bad("title is not an unlabelled line")
    if len({norm(u) for u in unl}) != len(unl):
        bad("an unlabelled line is repeated")
    bn = {norm(x) for x in page.body} | {norm(x) for x in (body_sentences or [])}
    for kind, line in page.furniture:
        if norm(line) in bn:
            bad(f"furniture equals a body sentence: {line!r}")
        if kind == "related" and norm(line) == norm(title):
            bad("related line equals the title")
    for u in unl:
        if norm(u) in bn:
            bad(f"unlabelled line equals a body sentence: {u!r}")
    if norm(title) in {norm(x) for x in page.body}:
        bad("body item equals the title")


# ---------------------------------------------------------------------------
# layouts
# ---------------------------------------------------------------------------


def _later(c, r, days=2):
    return c.date + datetime.timedelta(days=r.randint(0, days))


def _rel_heading(b, heading, items):
    if items:
        b.w(heading)
    return items


def _ticker(r, name, lo, hi):
    v = r.uniform(lo, hi)
    ch = r.uniform(-1.6, 1.6) * v / 100
    arrow = "▲" if ch >= 0 else "▼"
    return f"{name} {vnum(v)} {arrow} {vnum(abs(ch))} ({'+' if ch >= 0 else '-'}{vnum(abs(ch) / v * 100)}%)"


TICKERS = ["HTK", "PNX", "MVB", "LQC", "TBS", "DKA", "QNV", "SGH", "VTR", "BMX"]
SPONSORED = {
    "bank": ["Ngân hàng Phương Nam ưu đãi lãi suất 6,8%/năm cho khoản vay mua nhà trong 12 tháng đầu.",
             "Mở thẻ tín dụng Lạc Hồng Platinum, hoàn tiền đến 10% khi thanh toán tại siêu thị.",
             "Bảo hiểm nhân thọ An Khang Trọn Đời: bảo vệ tài chính vững vàng cho cả gia đình."],
    "estate": ["Căn hộ Lạc Hồng Riverside mở bán đợt 2, thanh toán 30% nhận nhà ngay.",
               "Khu đô thị Đông Phú Garden ra mắt phân khu biệt thự ven sông, chiết khấu đến 8%.",
               "Sàn giao dịch Nhà Việt Land ký kết phân phối độc quyền dự án Sao Mai Tower."],
    "finance": ["Công ty Chứng khoán Bảo Tín miễn phí giao dịch 3 tháng cho tài khoản mở mới.",
                "Quỹ mở Trường An Income: lợi nhuận kỳ vọng 8 – 9%/năm, đầu tư từ 1 triệu đồng.",
                "Ví điện tử Paynow hoàn tiền 50% hoá đơn điện nước tháng này."],
}


def lay_congly(c):
    b, r = B(c), c.r("layout")
    d = c.date
    b.site("CÔNG LÝ & XÃ HỘI")
    b.w("Cơ quan ngôn luận của Hiệp hội Pháp luật Phương Nam",
        "Thời sự | Pháp luật | Tư pháp | Án đường | Bạn đọc | Kinh tế | Xã hội | Quốc tế")
    sec = {"law": "Án đường", "traffic": "An toàn giao thông", "health": "Đời sống",
           "econ": "Kinh tế", "edu": "Xã hội", "world": "Quốc tế", "society": "Thời sự"}[c.cat]
    b.w(f"Trang chủ » {sec}")
    b.title()
    b.date(f"{wd(d)}, {dmy(d)} - {hm(d)}")
    paras = c.paragraphs(1, 3, lead_single=True)
    sl = b.slots(paras, 2, "a")
    photog = short_name(r)
    ins = {}
    if sl:
        ins[sl[0]] = lambda: b.cap(f"{c.caption('1')[:-1]} (Ảnh: {photog})")
    xm = c.rel(1, "xemthem")
    if len(sl) > 1 and c.cat in ("law", "traffic"):
        cites = list(LEGAL[c.cat])
        r.shuffle(cites)
        ins[sl[1]] = lambda: (b.w("Căn cứ pháp lý:"), b.w(*cites[:r.randint(1, 2)]))
    elif len(sl) > 1 and xm:
        ins[sl[1]] = lambda: b.rel(f"Đọc thêm: {xm[0][0]}")
    b.body(paras, ins)
    x = r.random()
    b.by(short_name(r) if x < 0.5 else (f"{short_name(r)} - {short_name(r)}" if x < 0.8 else "Nhóm PV"))
    b.w("Chia sẻ bài viết: Facebook | Zalo | Twitter | In bài")
    for h, _ in _rel_heading(b, "Tin cùng chuyên mục", c.rel(r.randint(4, 6), "a")):
        b.rel(h)
    b.w("© Bản quyền thuộc về Công Lý & Xã Hội. Ghi rõ nguồn khi phát hành lại thông tin từ website này.",
        "Giấy phép số 245/GP-BTTTT do Bộ Thông tin và Truyền thông cấp ngày 12/06/2015.",
        "Toà soạn: Số 27 ngõ 64 phố Lạc Trung, Hai Bà Trưng, Hà Nội. Đường dây nóng: 0916 247 358")
    return b


def lay_phapdinh(c):
    b, r = B(c), c.r("layout")
    d = c.date
    h = _later(c, r)
    b.w("Đăng nhập | Đăng ký", f"Hôm nay: {wd(h)}, {dmy(h)}")
    b.site("Pháp Đình Điện Tử")
    menu = ["Thời sự", "Pháp luật", "Toà án", "Bạn đọc", "Hỏi đáp pháp luật", "Kinh tế",
            "Đời sống", "Video"]
    b.w(*menu[:r.randint(6, 8)])
    b.title()
    b.by(f"Bài: {full_name(r)}")
    b.date(f"{dmy(d)} {hm(d)} GMT+7")
    paras = c.paragraphs(2, 3)
    sl = b.slots(paras, 2, "a")
    ins = {}
    if sl:
        ins[sl[0]] = lambda: b.cap(f"{c.caption('1')[:-1]} - Ảnh: {short_name(r)}")
    xm = c.rel(1, "xemthem")
    if len(sl) > 1 and xm:
        ins[sl[1]] = lambda: b.rel(f"Xem thêm: {xm[0][0]}")
    b.body(paras, ins)
    q, a = QA[c.cat]
    prov = r.choice(["Bắc Ninh", "Nghệ An", "Long An", "Thái Bình", "Đồng Nai", "Quảng Ngãi"])
    b.w("Bạn đọc hỏi – Luật sư trả lời",
        f"Bạn đọc {full_name(r)} ({prov}) hỏi: {q}",
        f"Luật sư {full_name(r)}, Công ty Luật Minh Đạo trả lời: {a}",
        "Mọi thắc mắc pháp luật xin gửi về hộp thư: bandoc@phapdinh.net.vn")
    b.w("Từ khoá: " + ", ".join(c.tags("a")))
    for hd, _ in _rel_heading(b, "Tin khác", c.rel(r.randint(3, 5), "a")):
        rd = c.rel_date(r)
        b.rel(f"{hd} ({rd.day:02d}/{rd.month:02d})")
    b.w("Pháp Đình Điện Tử – Chuyên trang pháp luật và đời sống.",
        "Giấy phép thiết lập trang thông tin điện tử tổng hợp số 118/GP-TTĐT ngày 03/03/2016.",
        "Chịu trách nhiệm nội dung: Luật sư Đoàn Minh Triết.")
    return b


def lay_cknhip(c):
    b, r = B(c), c.r("layout")
    d = c.date
    b.w(_ticker(r, "VN-Index", 640, 1180), _ticker(r, "HNX-Index", 78, 132),
        _ticker(r, "UPCoM-Index", 48, 60))
    b.site("CHỨNG KHOÁN NHỊP SỐNG")
    b.w("Tin nhanh | Cổ phiếu | Doanh nghiệp | Vĩ mô | Tài chính | Bất động sản | Hàng hoá")
    topic = f"Thị trường chứng khoán {d.year}" if c.cat == "econ" else r.choice(TOPICS[c.cat])
    b.w(f"Chủ đề: {topic}")
    b.title()
    b.date(f"{dmy(d)} {hm(d)}")
    paras = c.paragraphs(2, 4)
    sl = b.slots(paras, 2, "a")
    ins = {}
    if sl:
        if c.cat == "econ":
            ticks = r.sample(TICKERS, 2)

            def mck():
                b.w("Mã CK | Giá (nghìn đồng) | Thay đổi")
                for t in ticks:
                    p = r.uniform(8, 95)
                    ch = r.uniform(-6.5, 6.5)
                    b.w(f"{t} | {vnum(p)} | {'+' if ch >= 0 else ''}{vnum(ch)}%")
            ins[sl[0]] = mck
        else:
            ins[sl[0]] = lambda: (b.w("Phóng to"), b.cap(c.caption("1")))
    qt = c.quote()
    if len(sl) > 1 and qt:
        ins[sl[1]] = lambda: b.w(f"“{qt}”")
    b.body(paras, ins)
    b.by(short_name(r))
    b.w("Thông tin chỉ mang tính tham khảo, nhà đầu tư tự chịu trách nhiệm với quyết định đầu tư của mình.")
    b.w(r.choice(["Top cổ phiếu tăng giá", "Cổ phiếu nổi bật phiên hôm nay", "Top khối lượng giao dịch"]),
        "Mã CK | Giá | +/- (%)")
    for t in r.sample(TICKERS, 4):
        p = r.uniform(6, 120)
        ch = r.uniform(-6.9, 6.9)
        b.w(f"{t} | {vnum(p)} | {'+' if ch >= 0 else ''}{vnum(ch)}")
    items = c.rel(r.randint(4, 6), "a")
    if items:
        b.w("Tin mới nhất")
        t0 = c.date + datetime.timedelta(minutes=r.randint(30, 300))
        for hd, _ in items:
            b.rel(f"{hm(t0)} {hd}")
            t0 -= datetime.timedelta(minutes=r.randint(6, 45))
    b.w("CHỨNG KHOÁN NHỊP SỐNG",
        "Giấy phép số 67/GP-TTĐT do Sở Thông tin và Truyền thông Hà Nội cấp ngày 21/09/2016.",
        "Liên hệ quảng cáo: 0987 316 442 – quangcao@cknhipsong.vn")
    return b


def lay_nganhang(c):
    b, r = B(c), c.r("layout")
    d = c.date
    b.site("Tiền Tệ & Ngân Hàng")
    usd = r.randint(22260, 23180)
    b.w("Tỷ giá ngoại tệ", "Mã NT | Mua | Bán",
        f"USD | {vint(usd)} | {vint(usd + r.choice([70, 80, 90, 120]))}",
        f"EUR | {vint(r.randint(24300, 27400))} | {vint(r.randint(27500, 27900))}",
        f"JPY | {vnum(r.uniform(196, 212))} | {vnum(r.uniform(213, 218))}")
    g = r.uniform(33.2, 36.9)
    b.w("Giá vàng (triệu đồng/lượng)", f"SJC | {vnum(g)} | {vnum(g + 0.2)}",
        f"Nhẫn 9999 | {vnum(g - 1.4)} | {vnum(g - 1.0)}")
    sec = {"econ": "Tài chính > Ngân hàng", "law": "Pháp luật > Tội phạm kinh tế"}.get(c.cat, "Xã hội > Thời sự")
    b.w(sec)
    b.title()
    b.date(f"Cập nhật: {hm(d)} | {dmy(d)}")
    paras = c.paragraphs(1, 3)
    sl = b.slots(paras, 1, "a")
    ins = {}
    if sl:
        if r.random() < 0.35:
            ins[sl[0]] = lambda: (b.cap("Ảnh minh hoạ"), b.cr("Ảnh: TL"))
        else:
            ins[sl[0]] = lambda: (b.cap(c.caption("1")), b.cr("Ảnh: TL"))
    b.body(paras, ins)
    b.w("Tác giả")
    b.by(full_name(r), r.choice(["Phóng viên Ban Tài chính – Ngân hàng, theo dõi mảng tín dụng và thanh toán.",
                                 "Biên tập viên, phụ trách chuyên mục Thị trường.",
                                 "Phóng viên thường trú khu vực phía Nam."]))
    sp = list(SPONSORED["bank"])
    r.shuffle(sp)
    b.w("Thông tin doanh nghiệp", *sp[:2])
    for hd, ts in _rel_heading(b, "Tin cùng chuyên mục", c.rel(3, "a", teaser=True)):
        b.rel(hd, ts)
    b.w("Trang thông tin điện tử Tiền Tệ & Ngân Hàng. Giấy phép số 96/GP-TTĐT cấp ngày 14/07/2015.",
        "Địa chỉ: Tầng 5, số 81 Trần Hưng Đạo, Hoàn Kiếm, Hà Nội. Email: bbt@tientenganhang.vn")
    return b


AGRI = [("Cà phê (Đắk Lắk)", 33000, 41000, "đ/kg"), ("Hồ tiêu (Bà Rịa – Vũng Tàu)", 45000, 120000, "đ/kg"),
        ("Lúa IR 50404 (An Giang)", 4800, 5900, "đ/kg"), ("Cao su SVR 3L", 28000, 42000, "đ/kg"),
        ("Heo hơi (miền Bắc)", 28000, 52000, "đ/kg"), ("Sầu riêng Ri6 (Tiền Giang)", 30000, 65000, "đ/kg")]


def lay_nhanong(c):
    b, r = B(c), c.r("layout")
    d = c.date
    b.site("Nhà Nông Ngày Mới")
    b.w("Bạn đồng hành của nhà nông",
        "Nông nghiệp | Chăn nuôi | Thị trường | Nông thôn mới | Khuyến nông | Xã hội | Pháp luật")
    b.w(f"Giá nông sản hôm nay ({d.day:02d}/{d.month:02d})")
    for name, lo, hi, unit in r.sample(AGRI, 4):
        v = r.randrange(lo, hi, 100)
        ch = r.choice([-500, -300, -200, -100, 0, 100, 200, 300, 500])
        chs = "không đổi" if ch == 0 else f"{'+' if ch > 0 else '-'}{vint(abs(ch))}"
        b.w(f"{name}: {vint(v)} {unit} ({chs})")
    b.title()
    b.by(r.choice(["Nhóm PV", "Nhóm phóng viên", f"Bài: {full_name(r)}"]))
    b.date(f"{wd(d)}, {dmy(d)}, {hm(d)} (GMT+7)")
    paras = c.paragraphs(1, 3)
    sl = b.slots(paras, 2, "a")
    ins = {}
    if sl:
        ins[sl[0]] = lambda: b.cap(f"{c.caption('1')} Ảnh: {short_name(r)}")
    xm = c.rel(1, "xemthem")
    if len(sl) > 1 and xm:
        ins[sl[1]] = lambda: b.rel(f"Xem thêm: {xm[0][0]}")
    b.body(paras, ins)
    b.w("Tags: " + ", ".join(t.lower() if t in sum(TOPICS.values(), []) else t for t in c.tags("a")))
    for hd, _ in _rel_heading(b, "Bài viết cùng chủ đề", c.rel(r.randint(3, 5), "a")):
        b.rel(f"• {hd}")
    b.w("Đặt mua báo in Nhà Nông Ngày Mới tại các bưu cục trên toàn quốc hoặc liên hệ Phòng Phát hành: 024.3767.2139.",
        "© Nhà Nông Ngày Mới. Giấy phép hoạt động báo điện tử số 402/GP-BTTTT.")
    return b


def lay_nhadat(c):
    b, r = B(c), c.r("layout")
    d = c.date
    b.site("NHÀ ĐẤT & KIẾN TRÚC")
    b.w("Thị trường", "Dự án", "Quy hoạch", "Kiến trúc", "Nội thất", "Pháp lý nhà đất", "Tin tức")
    ev = f"Thị trường bất động sản {d.year}" if c.cat == "econ" else r.choice(TOPICS[c.cat])
    b.w(f"Sự kiện: {ev}")
    b.title()
    b.date(f"{dmy(d)} | {hm(d)}")
    author = short_name(r)
    b.by(author)
    paras = c.paragraphs(2, 3)
    sl = b.slots(paras, 2, "a")
    ins = {}
    if sl:
        ins[sl[0]] = lambda: b.cap(f"{c.caption('1')[:-1]} (Ảnh: {author})")
    if len(sl) > 1:
        sp = r.choice(SPONSORED["estate"])
        ins[sl[1]] = lambda: b.w("Thông tin doanh nghiệp", sp)
    b.body(paras, ins)
    b.w(f"Thích {r.randint(0, 80)} | Chia sẻ | Lưu bài")
    for hd, ts in _rel_heading(b, "Đọc thêm", c.rel(3, "a", teaser=True)):
        b.rel(hd, ts)
    b.w("NHÀ ĐẤT & KIẾN TRÚC",
        "Chuyên trang của Tạp chí Kiến trúc Đô thị Phương Đông. Giấy phép số 1203/GP-BTTTT.",
        "Hotline quảng cáo: 0903 418 256")
    return b


def lay_nangluong(c):
    b, r = B(c), c.r("layout")
    d = c.date
    b.site("Năng Lượng Xanh")
    b.w("Điện | Dầu khí | Than | Năng lượng tái tạo | Tiết kiệm năng lượng | Thời sự")
    b.w({"econ": "Năng lượng > Thị trường"}.get(c.cat, "Thời sự > Xã hội"))
    b.title()
    b.date(f"Cập nhật lúc {hm(d)} ngày {dmy(d)}")
    b.by(r.choice(["PV", "Nhóm phóng viên", f"Bài: {full_name(r)}"]))
    paras = c.paragraphs(2, 3, lead_single=True)
    sl = b.slots(paras, 2, "a")
    ins = {}
    if sl:
        if c.cat == "econ":
            ch = r.choice(CHARTS)

            def chart():
                b.cap(f"Biểu đồ: {ch[0]}")
                v = ch[1]
                for y in range(2014, 2019):
                    b.cap(f"{y}: {vnum(v, 1)}")
                    v += (ch[2] - ch[1]) / 4 * r.uniform(0.7, 1.3)
                b.cr(ch[3])
            ins[sl[0]] = chart
        else:
            ins[sl[0]] = lambda: (b.cap(c.caption("1")), b.cr(f"Ảnh: {short_name(r)}"))
    if len(sl) > 1:
        qx, at = EXPERT[c.cat]
        ins[sl[1]] = lambda: b.w("Góc chuyên gia", f"“{qx}”", "– " + at.format(n=full_name(r)))
    b.body(paras, ins)
    for hd, _ in _rel_heading(b, "Tin cùng chuyên mục", c.rel(r.randint(3, 5), "a")):
        b.rel(hd)
    b.w("Năng Lượng Xanh – Tạp chí điện tử của Hội Năng lượng sạch Việt Nam.",
        "Giấy phép số 311/GP-BTTTT ngày 26/08/2016. Tổng biên tập: Phạm Quang Vĩnh.",
        "Email: toasoan@nangluongxanh.vn")
    return b


def lay_giaothong(c):
    b, r = B(c), c.r("layout")
    d = c.date
    b.w("Hotline: 1900 6188 | Email: toasoan@giaothong24h.vn")
    b.site("Giao Thông 24h")
    b.w("Thời sự | Giao thông | Hàng không | Đường sắt | Vận tải | Xe | Pháp luật | Bạn đọc")
    b.title()
    b.date(f"{hm(d)} ngày {dmy(d)}")
    paras = c.paragraphs(1, 2)
    sl = b.slots(paras, 2, "a")
    ins = {}
    agency = r.random() < 0.5
    if sl:
        if agency:
            ins[sl[0]] = lambda: b.cap(f"{c.caption('1')} (Ảnh: TTXVN)")
        else:
            ins[sl[0]] = lambda: (b.cap(c.caption("1")), b.cr(f"Ảnh: {short_name(r)}"))
    if len(sl) > 1 and c.cat == "econ":
        ch = r.choice(CHARTS)

        def chart():
            b.cap(f"Đồ hoạ: {ch[0]}")
            v = ch[1]
            for y in range(2014, 2019):
                b.cap(f"{y} – {vnum(v, 1)}")
                v += (ch[2] - ch[1]) / 4 * r.uniform(0.7, 1.3)
            b.cr(ch[3])
        ins[sl[1]] = chart
    elif len(sl) > 1:
        ins[sl[1]] = lambda: b.w("Quảng cáo")
    b.body(paras, ins)
    if agency:
        b.by(r.choice([f"{short_name(r)} (TTXVN)", "Theo TTXVN"]))
    else:
        b.by(f"{short_name(r)} - {short_name(r)}")
    items = c.rel(r.randint(3, 5), "a")
    if items:
        b.w("Tin mới nhất")
        t0 = c.date + datetime.timedelta(minutes=r.randint(20, 240))
        for hd, _ in items:
            b.w(hm(t0))
            b.rel(hd)
            t0 -= datetime.timedelta(minutes=r.randint(10, 70))
    b.w("Báo điện tử Giao Thông 24h. Giấy phép số 77/GP-BTTTT cấp ngày 19/02/2016.",
        "Không sao chép dưới mọi hình thức khi chưa có sự đồng ý bằng văn bản.")
    return b


def lay_khoahoc(c):
    b, r = B(c), c.r("layout")
    d = c.date
    iss = (d.timetuple().tm_yday // 7) + 1
    b.w(f"Tuần san số {iss}/{d.year}", "Đọc báo in bản PDF")
    b.site("KHOA HỌC & ĐỜI SỐNG TUẦN SAN")
    b.w("Khoa học | Công nghệ | Môi trường | Y học | Khám phá | Đời sống | Thời sự")
    b.title()
    b.date(f"{wd(d)}, {dmy(d)} {hm(d)}")
    b.by((r.choice(["", "TS. ", "ThS. "]) if c.cat in ("health", "edu", "world", "econ") else "") + full_name(r))
    paras = c.paragraphs(2, 4)
    sl = b.slots(paras, 2, "a")
    ins = {}
    if sl:
        cred = r.choice(["Nguồn: Internet", f"Ảnh: {short_name(r)}"])
        if c.cat in ("health", "world", "edu"):
            cred = "Nguồn: " + r.choice(["Viện Khoa học Ứng dụng Miền Trung", "Phòng thí nghiệm Sông Hồng"])
        ins[sl[0]] = lambda: (b.cap(f"Hình 1. {c.caption('1')}"), b.cr(cred))
    qt = c.quote()
    if len(sl) > 1 and qt:
        ins[sl[1]] = lambda: b.w(f"\"{qt}\"")
    b.body(paras, ins)
    b.w(f"Đặt mua Tuần san Khoa Học & Đời Sống: 15.000 đồng/số, phát hành thứ Ba hằng tuần.",
        f"Tải bản PDF số {iss} ({vnum(r.uniform(3.1, 8.9), 1)} MB)")
    for i, (hd, _) in enumerate(_rel_heading(b, "Cùng số báo", c.rel(r.randint(3, 5), "a")), 1):
        b.rel(f"{i}. {hd}")
    b.w("© Tuần san Khoa Học & Đời Sống. Giấy phép xuất bản số 58/GP-BTTTT.",
        "Toà soạn: 12 Nguyễn Khắc Hiếu, Ba Đình, Hà Nội. ĐT: 024.3823.5107")
    return b


COMMENTS = ["Bài viết rất hữu ích, cảm ơn tác giả.",
            "Mong cơ quan chức năng sớm vào cuộc làm rõ.",
            "Đọc xong thấy thật đáng suy ngẫm.",
            "Cần xử lý nghiêm để làm gương cho người khác.",
            "Thông tin rất kịp thời, mong báo tiếp tục theo dõi vụ việc.",
            "Không biết bao giờ mới hết cảnh này nữa.",
            "Ủng hộ cách làm của địa phương."]


def lay_congnghe(c):
    b, r = B(c), c.r("layout")
    d = c.date
    b.site("Công Nghệ Số")
    b.w("Tin tức | Điện thoại | Máy tính | Internet | Khoa học | Đời sống số | Video")
    b.title()
    b.by(short_name(r))
    b.date(f"{dmy(d)} - {hm(d)}")
    cm = r.sample(COMMENTS, r.randint(1, 3))
    b.w(f"{vint(r.randint(300, 25000))} lượt xem | {len(cm)} bình luận")
    paras = c.paragraphs(1, 3)
    sl = b.slots(paras, 2, "a")
    ins = {}
    if sl:
        vtitle = r.choice(["Clip: ", "Video: ", ""]) + c.caption("v")
        dur = f"00:00 / {r.randint(1, 4):02d}:{r.randint(0, 59):02d}"
        ins[sl[0]] = lambda: (b.w(dur), b.cap(vtitle), b.cr(f"Video: {short_name(r)}"))
    if len(sl) > 1:
        ins[sl[1]] = lambda: b.cap(c.caption("2", allow_people=False))
    b.body(paras, ins)
    b.w("Tags: " + " ".join("#" + "".join(w[:1].upper() + w[1:] for w in t.split()) for t in c.tags("a", 3)))
    b.w("Chia sẻ")
    b.w(c.title)
    b.w(f"Ý kiến bạn đọc ({len(cm)})")
    for t in cm:
        b.w(full_name(r), t, f"Trả lời · Thích · {r.randint(1, 23)} giờ trước")
    for hd, _ in _rel_heading(b, "Tin liên quan", c.rel(r.randint(3, 4), "a")):
        b.rel(hd)
    b.w("Công Nghệ Số – Trang tin điện tử tổng hợp. Giấy phép số 2214/GP-TTĐT.",
        "Liên hệ: lienhe@congnghesovn.net")
    return b


def lay_canhsat(c):
    b, r = B(c), c.r("layout")
    d = c.date
    b.site("CẢNH SÁT & ĐỜI SỐNG")
    b.w("An ninh trật tự | Vụ án | Giao thông | Phòng cháy | Cảnh báo | Đời sống | Gương sáng")
    sub = {"law": "Vụ án", "traffic": "Giao thông", "health": "Đời sống"}.get(c.cat, "Thời sự")
    b.w(f"An ninh trật tự › {sub}")
    b.title()
    b.date(f"{wd(d)}, {dmy(d)} | {hm(d)}")
    paras = c.paragraphs(1, 3, lead_single=True)
    sl = b.slots(paras, 2, "a")
    ins = {}
    tl = c.rel(r.randint(2, 3), "inline")
    if sl and tl:
        ins[sl[0]] = lambda: (b.w("Tin liên quan:"), b.rel(*[f"- {h}" for h, _ in tl]))
    if len(sl) > 1:
        cred = "CA cung cấp" if c.cat in ("law", "traffic") else short_name(r)
        ins[sl[1]] = lambda: b.cap(f"{c.caption('1')[:-1]} (Ảnh: {cred})")
    b.body(paras, ins)
    b.by(f"Bài, ảnh: {short_name(r)}" if r.random() < 0.6 else short_name(r).upper())
    adv = {"law": "Người dân khi phát hiện đối tượng có biểu hiện nghi vấn, hãy báo ngay cho cơ quan công an gần nhất hoặc gọi 113.",
           "traffic": "Đã uống rượu bia – không lái xe. Hãy đội mũ bảo hiểm đạt chuẩn khi tham gia giao thông."}.get(
        c.cat, "Mọi thông tin về an ninh, trật tự, bạn đọc vui lòng gửi về đường dây nóng của Báo: 0913 552 781.")
    b.w("Cảnh báo", adv)
    b.w("Báo Cảnh Sát & Đời Sống. Giấy phép số 513/GP-BTTTT. Đường dây nóng: 0913 552 781")
    return b


def lay_nguoilinh(c):
    b, r = B(c), c.r("layout")
    d = c.date
    b.site("NGƯỜI LÍNH TRẺ")
    b.w("Quốc phòng | Quân đội | Biên giới – Biển đảo | Thời sự | Pháp luật | Văn hoá | Thể thao")
    sec = {"world": "Quốc tế", "law": "Pháp luật", "traffic": "Thời sự"}.get(c.cat, "Xã hội")
    b.w(f"Chuyên mục: {sec}")
    b.title()
    b.date(f"{wd(d)} - {dmy(d)} {hm(d)}")
    paras = c.paragraphs(2, 3)
    sl = b.slots(paras, 2, "a")
    photog = short_name(r).upper()
    ins = {}
    if sl:
        ins[sl[0]] = lambda: (b.cap(c.caption("1")), b.cr(f"Ảnh: {photog}"))
    if len(sl) > 1:
        ins[sl[1]] = lambda: (b.w("Ảnh phóng to"), b.cap(c.caption("2", allow_people=False)))
    b.body(paras, ins)
    b.by(r.choice([photog, f"Tin, ảnh: {photog}", f"{photog} - {short_name(r).upper()}"]))
    b.w("In bài viết | Gửi email | Về đầu trang")
    for hd, _ in _rel_heading(b, "Tin cùng chuyên mục", c.rel(r.randint(3, 5), "a")):
        rd = c.rel_date(r)
        b.rel(f"{hd} ({rd.day}-{rd.month}-{rd.year})")
    b.w("Báo Người Lính Trẻ điện tử – Cơ quan của Hội Cựu chiến binh trẻ.",
        "Giấy phép số 159/GP-BTTTT. Toà soạn: 9 Lê Đại Hành, Hà Nội.")
    return b


def lay_congdoan(c):
    b, r = B(c), c.r("layout")
    d = c.date
    h = _later(c, r)
    b.w(f"{wd(h)}, {dmy(h)}")
    b.site("Công Đoàn Việt")
    b.w("Công đoàn | Việc làm | Tiền lương | An toàn lao động | Chính sách | Pháp luật | Xã hội")
    tp = r.choice(TOPICS[c.cat])
    if c.cat in ("econ", "society") and r.random() < 0.5:
        tp = r.choice([f"Tết sum vầy {d.year}", "Tháng Công nhân", "Vì quyền lợi người lao động"])
    b.w(f"Chủ đề: {tp}")
    b.title()
    b.by(r.choice(["Nhóm PV", "PV", f"{short_name(r)} - {short_name(r)}"]))
    b.date(f"{dmy(d)}, {hm(d)}")
    paras = c.paragraphs(1, 3)
    sl = b.slots(paras, 2, "a")
    ins = {}
    if sl:
        ins[sl[0]] = lambda: (b.cap(c.caption("1")), b.cr(f"Ảnh: {short_name(r)}"))
    qt = c.quote()
    if len(sl) > 1 and qt:
        ins[sl[1]] = lambda: b.w(f"“{qt}”")
    b.body(paras, ins)
    q, a = r.choice(LABOUR_QA)
    b.w("Hỏi – đáp pháp luật lao động", f"Hỏi: {q}", f"Trả lời: {a}",
        "Đường dây nóng tư vấn pháp luật cho đoàn viên, người lao động: 1900 6172 (miễn phí)")
    for i, (hd, _) in enumerate(_rel_heading(b, "Đọc nhiều", c.rel(r.randint(3, 5), "a")), 1):
        b.rel(f"{i}. {hd}")
    b.w("Công Đoàn Việt – Tiếng nói của đoàn viên, người lao động.",
        "Giấy phép số 211/GP-BTTTT cấp ngày 08/04/2016. Bản quyền thuộc về Công Đoàn Việt.")
    return b


def lay_nguoitho(c):
    b, r = B(c), c.r("layout")
    d = c.date
    b.site("TIẾNG NÓI NGƯỜI THỢ")
    b.w("Thời sự", "Công nhân", "Việc làm", "Pháp luật", "Bạn đọc", "Sức khoẻ")
    b.title()
    author = short_name(r)
    b.by(author.upper())
    paras = c.paragraphs(1, 2)
    sl = b.slots(paras, 2, "a")
    ins = {}
    if sl:
        ins[sl[0]] = lambda: (b.cap(c.caption("1")), b.cr(f"Ảnh: {initials(author)}"))
    xm = c.rel(1, "xemthem")
    if len(sl) > 1 and xm:
        ins[sl[1]] = lambda: b.rel(f"Xem thêm: {xm[0][0]}")
    b.body(paras, ins)
    b.date(f"Cập nhật {hm(d)} {dmy(d)}")
    cm = r.sample(COMMENTS, r.randint(1, 2))
    b.w(f"Bình luận ({len(cm)})")
    for t in cm:
        b.w(f"{full_name(r)}: {t}")
    items = c.rel(r.randint(3, 5), "a")
    if items:
        b.w("Tin mới nhất")
        t0 = c.date + datetime.timedelta(minutes=r.randint(20, 200))
        for hd, _ in items:
            b.rel(f"{hd} ({hm(t0)})")
            t0 -= datetime.timedelta(minutes=r.randint(10, 60))
    b.w("TIẾNG NÓI NGƯỜI THỢ",
        "Cơ quan ngôn luận của Liên đoàn Lao động khu vực Đông Nam Bộ. Giấy phép số 88/GP-BTTTT.")
    return b


def lay_yhoc(c):
    b, r = B(c), c.r("layout")
    d = c.date
    b.w(f"Số {d.month + (d.year - 2016) * 12} ({r.randint(60, 140)}) – Tháng {d.month}/{d.year}", "Xem bản PDF")
    b.site("Tạp Chí Y Học Cộng Đồng")
    sec = {"health": "Y học thực hành", "law": "Y tế & Pháp luật"}.get(c.cat, "Tin tức – Sự kiện")
    b.w(f"Trang chủ / {sec}")
    b.title()
    health = c.cat == "health"
    if health:
        b.by(f"{r.choice(['ThS.BS', 'BS.CKI', 'TS.BS', 'DS.'])} {full_name(r)}",
             r.choice(["Khoa Nội tổng hợp, Bệnh viện Đa khoa Tâm Bình", "Trung tâm Y tế dự phòng tỉnh Hậu Giang",
                       "Bộ môn Dịch tễ, Trường Đại học Y Dược Hồng Lam"]))
    else:
        b.by(r.choice(["PV", f"{short_name(r)} (tổng hợp)", full_name(r)]))
    b.date(f"Ngày đăng: {dmy(d)}")
    paras = c.paragraphs(2, 4)
    sl = b.slots(paras, 2, "a")
    ins = {}
    if sl:
        ins[sl[0]] = lambda: b.cap(r.choice(["Ảnh minh hoạ", c.caption("1")]))
    if len(sl) > 1 and health:
        qx, at = EXPERT["health"]
        ins[sl[1]] = lambda: b.w("Lời khuyên của chuyên gia", qx, at.format(n=full_name(r)))
    b.body(paras, ins)
    if health:
        b.w("Thông tin trong bài chỉ mang tính tham khảo, không thay thế cho chẩn đoán và điều trị của bác sĩ.")
    for i, (hd, _) in enumerate(_rel_heading(b, "Bài cùng số", c.rel(r.randint(3, 4), "a")), 1):
        b.rel(f"{i}. {hd}")
    b.w(f"Đặt mua tạp chí năm {d.year + (1 if d.month > 10 else 0)}: 12 số, giá 360.000 đồng. Liên hệ: 028.3925.6184.",
        "Tạp Chí Y Học Cộng Đồng – Giấy phép xuất bản số 142/GP-BTTTT.")
    return b


def lay_taichinh(c):
    b, r = B(c), c.r("layout")
    d = c.date
    usd = r.randint(22260, 23180)
    g = r.uniform(33.2, 36.9)
    b.w(f"USD {vint(usd)}/{vint(usd + 80)} | EUR {vint(r.randint(24300, 26900))}/{vint(r.randint(27000, 27600))} | "
        f"Vàng SJC {vnum(g)}/{vnum(g + 0.22)}")
    b.site("Tài Chính & Thị Trường")
    b.w("Vĩ mô | Tài chính | Ngân hàng | Chứng khoán | Doanh nghiệp | Bất động sản | Tiêu dùng")
    tp = f"Kinh tế Việt Nam {d.year}" if c.cat == "econ" else r.choice(TOPICS[c.cat])
    b.w(f"Sự kiện: {tp}")
    b.title()
    b.date(f"{dmy(d)} {hm(d)}")
    paras = c.paragraphs(2, 3)
    sl = b.slots(paras, 2, "a")
    ins = {}
    if sl:
        if c.cat == "econ":
            ch = r.choice(CHARTS)

            def chart():
                b.w("Đồ thị")
                b.cap(ch[0])
                v, labs = ch[1], []
                for y in range(2014, 2019):
                    labs.append(f"{y}: {vnum(v, 1)}")
                    v += (ch[2] - ch[1]) / 4 * r.uniform(0.7, 1.3)
                b.cap(" | ".join(labs))
                b.cr(f"Đồ hoạ: {short_name(r)}")
            ins[sl[0]] = chart
        else:
            ins[sl[0]] = lambda: b.cap(f"{c.caption('1')} Ảnh: {short_name(r)}")
    if len(sl) > 1 and c.cat == "econ":
        t = r.choice(TICKERS)
        ins[sl[1]] = lambda: b.w(f"Mã CK: {t} (HOSE) | Giá đóng cửa: {vint(r.randrange(8000, 90000, 50))} đ | "
                                 f"{r.choice(['+', '-'])}{vnum(r.uniform(0.1, 6.9))}%")
    b.body(paras, ins)
    b.by(r.choice([f"CTV {full_name(r)}", short_name(r), "CTV"]))
    items = c.rel(3, "a")
    if items:
        b.rel("Đọc thêm: " + " / ".join(h for h, _ in items))
    sp = list(SPONSORED["finance"])
    r.shuffle(sp)
    b.w("Thông tin doanh nghiệp", sp[0])
    b.w("Tài Chính & Thị Trường – Trang tin của Hiệp hội Kinh doanh Tài chính Phương Nam. Giấy phép số 390/GP-TTĐT.")
    return b


def lay_xaydung(c):
    b, r = B(c), c.r("layout")
    d = c.date
    b.w(f"Tạp chí Xây Dựng & Đô Thị – Kỳ {1 if d.day <= 15 else 2} tháng {d.month}/{d.year}")
    b.site("XÂY DỰNG & ĐÔ THỊ")
    b.w("Quy hoạch | Hạ tầng | Vật liệu | Nhà ở | Quản lý đô thị | Pháp luật | Xã hội")
    b.title()
    author, photog = full_name(r), short_name(r)
    b.by(f"Bài: {author}")
    b.cr(f"Ảnh: {photog}")
    b.date(f"{wd(d)}, {dmy(d)} {hm(d)}")
    paras = c.paragraphs(2, 3)
    sl = b.slots(paras, 2, "a")
    ins = {}
    if sl:
        ins[sl[0]] = lambda: b.cap(f"{c.caption('1')[:-1]} (Ảnh: {photog})")
    if len(sl) > 1 and c.cat in ("law", "traffic", "econ"):
        cites = list(LEGAL[c.cat])
        r.shuffle(cites)
        ins[sl[1]] = lambda: (b.w("Căn cứ pháp lý"), b.w(*[f"- {x}" for x in cites[:2]]))
    elif len(sl) > 1:
        ins[sl[1]] = lambda: (b.w("Click để xem ảnh lớn"), b.cap(c.caption("2", allow_people=False)),
                              b.cr(f"Ảnh: {photog}"))
    b.body(paras, ins)
    b.w("Từ khoá: " + " · ".join(c.tags("a")))
    for hd, _ in _rel_heading(b, "Tin cùng chuyên mục", c.rel(r.randint(3, 5), "a")):
        rd = c.rel_date(r, 20)
        b.rel(f"{hd} - {dmy(rd)}")
    b.w("Tạp chí Xây Dựng & Đô Thị. Giấy phép hoạt động báo chí điện tử số 57/GP-BTTTT.",
        "Ghi rõ nguồn \"Xây Dựng & Đô Thị\" khi phát hành lại thông tin từ website này.")
    return b


def lay_cangbien(c):
    b, r = B(c), c.r("layout")
    d = c.date
    v = r.uniform(640, 980)
    ch = r.uniform(-3, 3)
    b.w(f"Chỉ số cước container SCFI: {vnum(v)} điểm ({'+' if ch >= 0 else ''}{vnum(ch)}%)")
    b.site("Cảng Biển & Logistics")
    b.w("Hàng hải | Logistics | Cảng biển | Đóng tàu | Xuất nhập khẩu | Doanh nghiệp | Thời sự")
    b.w("Trang chủ > " + {"econ": "Xuất nhập khẩu", "traffic": "Vận tải"}.get(c.cat, "Thời sự"))
    b.title()
    b.date(f"{wd(d)}, {dmy(d)} {hm(d)} (GMT+7)")
    b.by(r.choice(["Nhóm phóng viên", short_name(r)]))
    paras = c.paragraphs(1, 3)
    sl = b.slots(paras, 2, "a")
    ins = {}
    if sl:
        ins[sl[0]] = lambda: (b.w("[Ảnh]"), b.cap(c.caption("1")), b.cr("Ảnh: PV"))
    xm = c.rel(2, "xemthem")
    if len(sl) > 1 and xm:
        ins[sl[1]] = lambda: b.rel(*[f"Xem thêm: {h}" for h, _ in xm])
    b.body(paras, ins)
    items = c.rel(r.randint(3, 5), "a")
    if items:
        b.w("Tin mới nhất")
        t0 = c.date + datetime.timedelta(minutes=r.randint(20, 200))
        for hd, _ in items:
            b.rel(f"• {hm(t0)} - {hd}")
            t0 -= datetime.timedelta(minutes=r.randint(10, 90))
    b.w("Cảng Biển & Logistics – Vietnam Port & Logistics News.",
        "Giấy phép số 404/GP-TTĐT. Toà soạn: 15 Trần Phú, Ngô Quyền, Hải Phòng.")
    return b


def lay_kiemsat(c):
    b, r = B(c), c.r("layout")
    d = c.date
    h = _later(c, r)
    b.site("Kiểm Sát Ngày Nay")
    b.w(f"{wd(h)}, ngày {h.day:02d}/{h.month:02d}/{h.year}",
        "Thời sự | Kiểm sát | Hình sự | Dân sự | Hồ sơ | Bạn đọc | Văn bản mới")
    b.title()
    b.date(f"{hm(d)} - {dmy(d)}")
    paras = c.paragraphs(1, 3, lead_single=True)
    sl = b.slots(paras, 2, "a")
    ins = {}
    if sl:
        ins[sl[0]] = lambda: b.cap(c.caption("1"))
    if len(sl) > 1:
        qx, at = EXPERT["law"] if c.cat in ("law", "society") else EXPERT[c.cat]
        ins[sl[1]] = lambda: b.w("Luật sư bình luận" if c.cat in ("law", "society") else "Ý kiến chuyên gia",
                                 f"“{qx}”", at.format(n=full_name(r)))
    b.body(paras, ins)
    b.by(f"{full_name(r)} (CTV)" if r.random() < 0.6 else "PV")
    items = c.rel(3, "a")
    if items:
        b.rel("Tin khác: " + " ".join(f"• {h}" for h, _ in items))
    b.w("In bài | Gửi bài | Chia sẻ")
    b.w("Kiểm Sát Ngày Nay – Diễn đàn pháp luật của Hội Kiểm sát viên hưu trí.",
        "Giấy phép số 287/GP-BTTTT ngày 15/11/2016.")
    return b


def lay_bacsi(c):
    b, r = B(c), c.r("layout")
    d = c.date
    b.w("Đăng nhập | Dành cho nhân viên y tế")
    b.site("BẢN TIN BÁC SĨ")
    b.w("Tin y tế | Chuyên khoa | Dược | Hội nghị | Đào tạo liên tục | Hỏi đáp | Thời sự")
    tp = r.choice(TOPICS[c.cat])
    b.w(f"Chủ đề: {tp}")
    b.title()
    b.date(f"{wd(d)}, {dmy(d)} - {hm(d)}")
    health = c.cat == "health"
    b.by(f"BS. {full_name(r)}" if health else r.choice(["PV", short_name(r)]))
    paras = c.paragraphs(2, 3)
    sl = b.slots(paras, 2, "a")
    ins = {}
    if sl:
        cred = "BV cung cấp" if health else short_name(r)
        ins[sl[0]] = lambda: b.cap(f"{c.caption('1')[:-1]} (Ảnh: {cred})")
    qt = c.quote()
    if len(sl) > 1 and qt:
        ins[sl[1]] = lambda: b.w(f"“{qt}”")
    b.body(paras, ins)
    if health:
        q, a = QA["health"]
        b.w("Bạn đọc hỏi", q, f"Trả lời: {a}",
            "Bài viết chỉ mang tính chất tham khảo. Người bệnh cần tuân thủ chỉ định của bác sĩ điều trị.")
    b.w("Đăng ký nhận bản tin qua email")
    for hd, ts in _rel_heading(b, "Tin cùng chuyên mục", c.rel(3, "a", teaser=True)):
        b.rel(f"{hd} – {ts}")
    b.w("Bản Tin Bác Sĩ – Cổng thông tin chuyên môn của Hội Thầy thuốc trẻ Phương Nam. Giấy phép số 61/GP-TTĐT.")
    return b


LAYOUTS = [
    ("congly", lay_congly), ("phapdinh", lay_phapdinh), ("cknhipsong", lay_cknhip),
    ("tiente_nganhang", lay_nganhang), ("nhanong", lay_nhanong), ("nhadat", lay_nhadat),
    ("nangluong", lay_nangluong), ("giaothong24h", lay_giaothong), ("khoahoc_tuansan", lay_khoahoc),
    ("congnghe_so", lay_congnghe), ("canhsat", lay_canhsat), ("nguoilinh", lay_nguoilinh),
    ("congdoan", lay_congdoan), ("nguoitho", lay_nguoitho), ("yhoc_congdong", lay_yhoc),
    ("taichinh", lay_taichinh), ("xaydung", lay_xaydung), ("cangbien", lay_cangbien),
    ("kiemsat", lay_kiemsat), ("bantin_bacsi", lay_bacsi),
]


# ---------------------------------------------------------------------------
# driver
# ---------------------------------------------------------------------------

def teaser(article):
    for s in split_sentences(detok(article)):
        words = s.split()
        if len(words) < 10 or not s[0].isupper():
            continue
        low = s.lower()
        if any(m in low for m in CAPTION_MARKS) or any(ch in s for ch in BAD_CHARS):
            continue
        if s.count('"') % 2 or s.count("(") != s.count(")"):
            continue
        if len(words) > 32:
            s = " ".join(words[:28]).rstrip(",;:.…") + "..."
        return s
    return ""


_LAST_FAULTS = {}


def pages(path):
    body_rows, rel_rows = read_rows(path)
    related = []
    for _, t, a in rel_rows:
        h = detok(t)
        if h:
            related.append((h, teaser(a)))
    out = []
    _LAST_FAULTS.clear()
    for k, (row, title, art) in enumerate(body_rows):
        title = detok(title)
        sents = story_sentences(title, art)
        if len(sents) < 3 or not title:
            continue
        c = Ctx(k, row, title, sents, related, split_sentences(detok(art)))
        name, fn = LAYOUTS[k % len(LAYOUTS)]
        b = fn(c)
        # labels guard: no furniture line may equal the title or a story sentence
        # (a repeat of the title is allowed only as a widget)
        for kind, p in b.e:
            if kind in KINDS and norm(p) in c.an:
                raise ValueError(f"[{name}] furniture equals a story sentence: {p!r}")
            if kind in ("related", "caption", "byline", "credit") and norm(p) == c.tn:
                raise ValueError(f"[{name}] {kind} equals the title: {p!r}")
        entries, faults = apply_faults(c, b.e)
        page = assemble(entries, name)
        check_page(page, entries[[k2 for k2, _ in entries].index("title")][1], sents)
        _LAST_FAULTS[len(out)] = faults
        out.append(page)
    return out


def main(argv):
    if len(argv) < 2:
        print("usage: make.py DATA.jsonl.gz [--show K ...]", file=sys.stderr)
        return 2
    ps = pages(argv[1])
    show = [int(x) for x in argv[3:]] if len(argv) > 2 and argv[2] == "--show" else []
    for i in show:
        p = ps[i]
        print(f"===== page {i} layout={p.layout} faults={_LAST_FAULTS.get(i)}")
        print(p.text)
        print("----- furniture")
        for kind, line in p.furniture:
            print(f"  {kind:8s} {line}")
        print()
    cols = ("pages", "body") + KINDS + ("faults",)
    tot = dict.fromkeys(cols, 0)
    rows = {}
    for i, p in enumerate(ps):
        rw = rows.setdefault(p.layout, dict.fromkeys(cols, 0))
        rw["pages"] += 1
        rw["body"] += len(p.body)
        for kind, _ in p.furniture:
            rw[kind] += 1
        rw["faults"] += len(_LAST_FAULTS.get(i, []))
    fcount = {}
    for f in _LAST_FAULTS.values():
        for x in f:
            fcount[x] = fcount.get(x, 0) + 1
    print(f"{'layout':18s}" + "".join(f"{x:>9s}" for x in cols))
    for name, _ in LAYOUTS:
        if name in rows:
            print(f"{name:18s}" + "".join(f"{rows[name][x]:>9d}" for x in cols))
            for x in cols:
                tot[x] += rows[name][x]
    print(f"{'TOTAL':18s}" + "".join(f"{tot[x]:>9d}" for x in cols))
    nf = sum(1 for f in _LAST_FAULTS.values() if f)
    print(f"pages with faults: {nf}; faults: " + ", ".join(f"{k}={fcount[k]}" for k in FAULTS if k in fcount))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
