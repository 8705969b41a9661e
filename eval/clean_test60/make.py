#!/usr/bin/env python3
"""test60 - "desks and beats": held-out leak test for a cleaner of scraped Vietnamese news pages.

Every page is the everyday article page of one specialised desk (sports, markets, showbiz, courts,
health, technology, education, travel, motoring, real estate, provincial news, opinion, interviews,
photo stories, e-magazine longforms) of an invented Vietnamese outlet.  The story sentences come from
one VietNews row (BODY_ROWS); related headlines and teasers come only from RELATED_ROWS; every other
line (bylines, credits, captions, fact boxes, stat lines, menus, widgets) is written here.

    python make.py /path/to/vietnews_train.jsonl.gz      -> prints the totals table

Standard library only.  Every random draw comes from
random.Random(f"test60|6060|{row}|{purpose}").
"""
import gzip
import json
import random
import re
import sys
import unicodedata
from datetime import date, timedelta
from typing import NamedTuple

SETNAME = "test60"
SEED = 6060
BODY_ROWS = range(19_700, 19_800)
RELATED_ROWS = range(18_100, 18_200)
KINDS = ("byline", "credit", "caption", "related", "widget")
FAULTS = ("nbsp", "zwsp", "dblspace", "glue", "nfd")


class Page(NamedTuple):
    text: str        # the scraped page as plain text
    body: list       # the story's own sentences (body items), in story order
    furniture: list  # (kind, line) for every other line, in text order
    layout: str      # the name of the layout/template the page was drawn from


def rnd(row, purpose):
    return random.Random(f"{SETNAME}|{SEED}|{row}|{purpose}")


# ----------------------------------------------------------------------------------------------
# normalisation used by the contract
# ----------------------------------------------------------------------------------------------
ZW_RE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
WS_RE = re.compile(r"\s+")


def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = ZW_RE.sub("", s)
    s = WS_RE.sub("", s)
    return s.casefold()


# ----------------------------------------------------------------------------------------------
# reading the data
# ----------------------------------------------------------------------------------------------
def _usable(raw):
    s = raw.strip()
    if not s:
        return None
    try:
        obj = json.loads(s)
    except (ValueError, UnicodeDecodeError):
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
    """One streaming pass; returns ([(row, title, article)], [(row, title, article[:1200])])."""
    last = max(BODY_ROWS[-1], RELATED_ROWS[-1])
    body, related = [], []
    with gzip.open(path, "rb") as fh:
        for i, raw in enumerate(fh):          # binary iteration splits on b"\n" only
            if i in BODY_ROWS or i in RELATED_ROWS:
                got = _usable(raw)
                if got is not None:
                    t, a = got
                    if i in BODY_ROWS:
                        body.append((i, t, a))
                    else:
                        related.append((i, t, a[:1200]))   # never keep past 1,200 characters
            if i >= last:
                break
    return body, related


# ----------------------------------------------------------------------------------------------
# undoing VietNews tokenisation
# ----------------------------------------------------------------------------------------------
def _pair_quotes(s, q):
    parts = s.split(q)
    if len(parts) < 3:
        return s
    out = [parts[0]]
    for k in range(1, len(parts)):
        seg = parts[k]
        if k % 2 == 1 and k < len(parts) - 1:      # inside a matched pair
            seg = seg.strip()
        out.append(seg)
    return q.join(out)


def detok(s):
    s = s.replace("_", " ")
    s = WS_RE.sub(" ", s).strip()
    s = re.sub(r"“\s+", "“", s)
    s = re.sub(r"\s+”", "”", s)
    s = _pair_quotes(s, '"')
    if s.count(" ' ") + s.startswith("' ") + s.endswith(" '") >= 2:
        s = _pair_quotes(s, "'")
    s = re.sub(r"\s+([,.;:!?…%)\]}])", r"\1", s)
    s = re.sub(r"([(\[{])\s+", r"\1", s)
    s = re.sub(r"\s+/\s+", "/", s)
    s = re.sub(r"\.\s\.\s\.", "...", s)
    return WS_RE.sub(" ", s).strip()


# ----------------------------------------------------------------------------------------------
# sentence splitter
# ----------------------------------------------------------------------------------------------
ABBR = {"TP", "TS", "GS", "PGS", "ThS", "BS", "KS", "NXB", "Q", "P", "TT", "St", "Mr", "Mrs", "Ms",
        "Dr", "Co", "Ltd", "Inc", "No", "Jr", "Sr", "vs", "TX", "NSƯT", "NSND", "Th", "CN", "Prof",
        "BSCKI", "BSCKII", "Tp", "tp", "TS.BS", "PGS.TS", "GS.TS", "ThS.BS", "Ths", "LS", "Đ", "H"}
DOTTED = re.compile(r"(?:[^\W\d_]{1,4}\.)+[^\W\d_]{1,4}")
TERM = ".!?…"


def _is_abbr(text, i):
    j = i
    while j > 0 and not text[j - 1].isspace():
        j -= 1
    tok = text[j:i].lstrip("(“\"'[")
    if not tok:
        return False
    if tok in ABBR:
        return True
    if len(tok) == 1 and tok.isalpha() and tok.isupper():
        return True
    return bool(DOTTED.fullmatch(tok))


def split_sentences(text):
    n = len(text)
    use_straight = text.count('"') % 2 == 0
    use_curly = text.count("“") == text.count("”")

    def boundary(k):
        if k >= n:
            return True
        if text[k] != " " or k + 1 >= n:
            return False
        c = text[k + 1]
        return c.isupper() or c.isdigit() or c in "“\""

    segs, start, depth, sq, i = [], 0, 0, False, 0
    while i < n:
        ch = text[i]
        if ch == "“" and use_curly:
            depth += 1
        elif ch == "”" and use_curly:
            depth = max(0, depth - 1)
            if depth == 0 and not sq and i > 0 and text[i - 1] in TERM and boundary(i + 1):
                segs.append(text[start:i + 1].strip())
                start = i + 1
        elif ch == '"' and use_straight:
            if sq:
                sq = False
                if depth == 0 and i > 0 and text[i - 1] in TERM and boundary(i + 1):
                    segs.append(text[start:i + 1].strip())
                    start = i + 1
            else:
                sq = True
        elif ch in TERM and depth == 0 and not sq:
            j = i
            while j + 1 < n and text[j + 1] in TERM:
                j += 1
            if boundary(j + 1) and not (ch == "." and j == i and _is_abbr(text, i)):
                segs.append(text[start:j + 1].strip())
                start = j + 1
            i = j
        i += 1
    if start < n and text[start:].strip():
        segs.append(text[start:].strip())
    return [s for s in segs if s]


# ----------------------------------------------------------------------------------------------
# taking the story out of a VietNews article
# ----------------------------------------------------------------------------------------------
CAPTION_MARK = re.compile(
    r"ảnh\s*:|\(ảnh|ảnh\)|video\s*:|clip\s*:|minh hoạ|minh họa|\((trái|phải|giữa)|(trái|phải|giữa)\)"
    r"|nguồn\s*:|đồ hoạ|đồ họa|infographic|chụp màn hình|\(theo |\(video|\(clip|\bảnh \d|/\d+\s*$"
    r"|xem thêm|tin liên quan|đọc thêm|bấm vào|click|http|www\.|\.vn\b|\.com\b|@|>>|\||•|▶|►|\*",
    re.IGNORECASE)
STARTERS = (r"Ngày|Sáng|Chiều|Tối|Trưa|Đêm|Khuya|Rạng|Theo|Trong|Khi|Tại|Sau|Trước|Hiện|Với|Các|Những|"
            r"Nhiều|Tuy|Nhưng|Do|Vì|Nếu|Để|Đến|Từ|Hôm|Cũng|Còn|Riêng|Ngoài|Bên|Mặc|Dù|Thế|Như|Ông|Bà|"
            r"Chị|Em|Họ|Tôi|Chúng|Đây|Đó|Điều|Việc|Lúc|Vào|Mới|Cùng|Bởi|Ngay|Thậm|Trên|Dưới|Qua|"
            r"Tháng|Hai|Bốn|Lực|Cơ quan|Phía|Số|Hầu|Tất|Bước|Đứng|Nhìn|Ngồi|Trở|Chia|Nói|Bắt|Làm|Sống|"
            r"Cuộc|Câu|Chuyện|Nỗi|Niềm|Chiếc|Ngôi|Vụ|Mức|Thời|Kết|Dự|Gần|Hơn|"
            r"Khoảng|Chỉ|Rất|Đang|Đã|Sẽ|Vẫn|Phải|Được|Bị|Không|Chưa|Hãy|Muốn|Cần|Thay|Xử|Mất|Nhận|"
            r"Tìm|Đưa|Ăn|Chạy|Nên|Ai|Vì sao|Tại sao|Làm sao|Giữa|Ra|Lên|Xuống|Đi|Về|Trận|Đội|Giá")
GLUED_HEAD = re.compile(r"[a-zà-ỹđ0-9%][)”\"]? [\"“]?(?:" + STARTERS + r") [a-zà-ỹđ]")
CAPS_RUN = re.compile(r"(?:\b[A-ZÀ-ỸĐ]{2,}\b[ ,]+){4,}")
NAME_RUN = re.compile(r"(?:[A-ZÀ-ỸĐ][a-zà-ỹđ]+ ){2,}[A-ZÀ-ỸĐ][a-zà-ỹđ]+")
STORY_SIGNAL = re.compile(
    r"^(?:Tuy nhiên|Do đó|Do vậy|Vì vậy|Theo|Trước đó|Sau đó|Ngoài ra|Bên cạnh đó|Trong khi|Khi|Nếu|Hiện|"
    r"Cũng|Riêng|Đến|Từ đó|Từ đầu|Từ ngày|Từ tháng|Trong|Ngày|Sau|Với|Do|Vì|Song|Mặc dù|Dù|Tại đây|Như vậy|Thậm chí|Đáng chú ý|Cùng với|"
    r"Chiều|Sáng|Tối|Trưa|Đêm|Rạng sáng|Hôm|Năm|Tháng|Lúc|Khoảng|Đầu|Cuối|Giữa|Nhưng|Bởi|Vào|Ông|Bà|Anh|Chị|Họ|"
    r"Tôi|Chúng tôi|Em|Hơn|Gần|Thế nhưng|Mới đây|Hiện tại|Hiện nay)\b"
    r"|[\"“]|\b(?:cho biết|cho hay|nói|kể|khẳng định|nhấn mạnh|thông tin|chia sẻ|nhận định|đánh giá|"
    r"giải thích|thừa nhận|xác nhận|đề nghị|yêu cầu|lưu ý)\b"
    r"|, song |\bnhưng\b|\bcũng\b|\bvẫn\b|\bđã\b.*\bđể\b|\b(?:này|đó|trên)[,.]|\b\d{1,2}h\d*\b|\bngày \d|\b\d{1,2}/\d{1,2}\b|\bnăm \d{4}")
ENDS_OK = re.compile(r"[.!?…][\"”]?$")
NEXT_IS_MARK = re.compile(r"^(?:\(?(?:Ảnh|ẢNH|Video|VIDEO|Clip|Nguồn|Đồ hoạ|Đồ họa)\b)")


def _sentence_ok(s, first):
    words = s.split()
    if len(words) < 9 or len(s) > 700:
        return False
    c0 = s[0]
    if not (c0.isupper() or c0.isdigit() or c0 in "“\""):
        return False
    if not ENDS_OK.search(s):
        return False
    if CAPTION_MARK.search(s):
        return False
    if s.count('"') % 2 or s.count("“") != s.count("”") or s.count("(") != s.count(")"):
        return False
    if s.count("'") % 2:
        return False
    if ":" in " ".join(words[:6]):
        return False
    if GLUED_HEAD.search(s) or CAPS_RUN.search(s):
        return False
    if "," not in s and len(words) < 18:
        return False          # short descriptive sentences are often the original captions
    if "," not in s and not re.search(r"\d|[\"“]", s) and NAME_RUN.search(s) and len(words) < 30:
        return False
    if len(words) < 20 and not STORY_SIGNAL.search(s):
        return False          # short sentences without a story signal are often unmarked captions
    if first and ("," not in s or len(words) < 12):
        return False
    if re.search(r"\s(?:Theo|theo) [A-ZĐ][\wÀ-ỹ.]*(?: [A-ZĐ][\wÀ-ỹ.]*)*[.]?$", s):
        return False
    return True


def story_sentences(title, article):
    text = detok(article)
    segs = split_sentences(text)
    if len(segs) >= 1:
        segs = segs[:-1]            # the last piece is the author tail, a "Theo X" or a cut end
    tnorm = norm(detok(title))
    out, seen = [], set()
    for k, s in enumerate(segs):
        if k + 1 < len(segs) and NEXT_IS_MARK.search(segs[k + 1]):
            continue                # the sentence before "Ảnh: ..." is a caption
        if not _sentence_ok(s, first=(k == 0)):
            continue
        ns = norm(s)
        if ns in seen or ns == tnorm:
            continue
        seen.add(ns)
        out.append(s)
    return out


def teaser_of(article1200, r):
    """A teaser cut from the first 1,200 characters of a related article, ending with '…'."""
    text = detok(article1200)
    segs = [s for s in split_sentences(text) if not CAPTION_MARK.search(s)]
    if len(segs) > 1:
        segs = segs[1:] if len(segs[0].split()) < 12 else segs
    if not segs:
        return None
    acc = ""
    target = r.randint(110, 230)
    for s in segs:
        acc = (acc + " " + s).strip()
        if len(acc) >= target:
            break
    if len(acc) > target:
        cut = acc[:target]
        if " " in cut:
            cut = cut[:cut.rfind(" ")]
        acc = cut.rstrip(",;:-– ")
    else:
        acc = acc.rstrip(".!?… ")
    if len(acc.split()) < 6:
        return None
    return acc + r.choice(["…", "…", "...", " …"])


# ----------------------------------------------------------------------------------------------
# invented world
# ----------------------------------------------------------------------------------------------
OUTLETS = [
    ("Tin Sớm Ba Miền", "tinsombamien.vn", "TSBM"),
    ("Nhịp Phố 24", "nhippho24.vn", "NP24"),
    ("Thời Báo Sông Hàn", "thoibaosonghan.vn", "TBSH"),
    ("Báo điện tử Hồng Lam", "honglam.online", "HL"),
    ("Sóng Đời", "songdoi.net.vn", "SĐ"),
    ("Bản Tin Ngàn Phố", "bantinnganpho.vn", "BTNP"),
    ("Lam Giang Media", "lamgiangmedia.vn", "LGM"),
    ("Phố Núi Tin Nhanh", "phonuitinnhanh.vn", "PNTN"),
    ("Hải Vân Nhật Báo", "haivannhatbao.vn", "HVNB"),
    ("Gió Bấc News", "giobacnews.vn", "GBN"),
    ("Cửu Long Mới", "cuulongmoi.vn", "CLM"),
    ("Điểm Tin Sông Hương", "diemtinsonghuong.vn", "ĐTSH"),
]
DESK_OUTLETS = {
    "sports": [("Sân Cỏ Ba Miền", "sancobamien.vn", "SCBM"), ("Thể Thao Sóng Đời", "thethao.songdoi.net.vn", "TTSĐ")],
    "business": [("Nhịp Thị Trường", "nhipthitruong.vn", "NTT"), ("Kinh Tế Lam Giang", "kinhte.lamgiangmedia.vn", "KTLG")],
    "showbiz": [("Hậu Trường Xanh", "hautruongxanh.vn", "HTX"), ("Sao Mai 24h", "saomai24h.vn", "SM24")],
    "law": [("Tin Pháp Đình", "tinphapdinh.vn", "TPĐ")],
    "health": [("Khoẻ Mỗi Ngày Online", "khoemoingay.online", "KMN")],
    "tech": [("Số Hoá Mỗi Ngày", "sohoamoingay.vn", "SHMN")],
    "education": [("Học Đường Mới", "hocduongmoi.vn", "HĐM")],
    "travel": [("Dặm Xa Magazine", "damxa.vn", "DX")],
    "motoring": [("Xe & Lộ Trình", "xelotrinh.vn", "XLT")],
    "realestate": [("Nhà Đất Lam Giang", "nhadatlamgiang.vn", "NĐLG")],
}
AGENCIES = ["TTXPN", "HTBM", "TTX Hồng Lam", "BMP"]

SUR = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý",
       "Lâm", "Trịnh", "Đoàn", "Tạ", "Kha", "Mai", "Quách", "Lương", "Thái", "Tôn", "Châu", "Âu", "Giáp"]
MID_M = ["Văn", "Minh", "Quang", "Đức", "Hữu", "Gia", "Bảo", "Công", "Thành", "Tuấn", "Quốc", "Trọng"]
MID_F = ["Thị", "Ngọc", "Thu", "Hoài", "Thanh", "Khánh", "Mỹ", "Bích", "Diệu", "Phương", "Tường"]
GIV_M = ["Khải", "Toàn", "Đăng", "Phúc", "Lộc", "Khoa", "Vỹ", "Tín", "Hiếu", "Trung", "Nhân", "Khang",
         "Thịnh", "Duy", "Sơn", "Hào", "Quân", "Vĩnh", "Tường", "Bách"]
GIV_F = ["Khuê", "Nhi", "Uyên", "Quyên", "Thư", "Trâm", "Yến", "Vy", "Ngân", "Hạnh", "Dung", "Linh",
         "Châu", "Giang", "Thảo", "Sa", "Miên", "Diệp"]
PEN = ["Gió Nồm", "Mộc Trà", "Hạ Miên", "Lữ Khách", "Cỏ May", "Tiểu Phong", "Sương Chiều", "Bút Nhỏ",
       "Lãng Du", "Nhật Hạ", "Kiến Lửa", "Mây Ngàn"]

TEAMS = ["Hải Đăng Quy Nhơn", "Rồng Vàng Hạ Long", "Đồi Thông Lâm Viên", "Kình Ngư Phú Yên",
         "Cờ Đỏ Kinh Bắc", "Sao Biển Cam Ranh", "Lúa Vàng Sa Đéc", "Trường Sơn Quảng Trị",
         "Sông Đà Hoà Bình", "Phượng Đỏ Hải Cảng", "Ngựa Ô Tây Nguyên", "Cánh Cam Biên Hoà"]
STADIUMS = ["Quy Nhơn Mới", "Bãi Cháy", "Lâm Viên", "Tuy Hoà Xanh", "Kinh Bắc Arena", "Cam Ranh Bay",
            "Sa Đéc", "Đông Hà"]
HOSPITALS = ["Đa khoa Sông Hàn", "Nhi Hồng Lam", "Đa khoa Phương Nam Mới", "Quân y Trường Sơn",
             "Ung bướu Lam Giang", "Đa khoa Hoà Vang Xanh"]
SCHOOLS = ["Hoà Vang Mới", "Nguyễn Khắc Lam", "Chuyên Hồng Lam", "Lý Tự Lam", "Phan Chu Minh",
           "Tây Sơn Mới"]
UNIS = ["Sông Hàn", "Kinh tế Lam Giang", "Bách khoa Phương Nam", "Sư phạm Hồng Lam", "Y dược Cửu Long Mới"]
COMPANIES = ["Hạt Ngọc Xanh", "Thép Lam Giang", "Hoà Phong Mới", "Vạn Lộc Phát", "Sao Khuê Tech",
             "Bình Minh Logistic", "Minh Đạt Foods", "Địa ốc Thiên Hà Đỏ"]
PHONES = ["Sao Khuê S12", "Vireo X5 Pro", "Lumio Fold 3", "Kairo Note 9", "Sao Khuê Lite 7"]
LAPTOPS = ["Vireo Book 14", "Kairo Air 13", "Lumio Slim 15"]
WATCHES = ["Lumio Watch 4", "Kairo Band Pro"]
APPS = ["Ví Sen", "ChợNhanh", "Gọi Xe Ba Miền", "Học Vui 365"]
CARS = ["Hạc Vàng HV5", "Sao Bắc Cross", "Lam Phong LX7", "Kiến Vàng Mini", "Hạc Vàng HV9 Hybrid"]
BIKES = ["Phi Yến 125", "Sao Bắc Vespo", "Lam Phong Rider 150"]
PROJECTS = ["Lam Giang Garden", "Thiên Hà Riverside", "Hoà Phong Central", "Bình Minh Sky Villas",
            "Vạn Lộc Ecopark Mới"]
GOLD = ["Vàng miếng Lam Giang", "Vàng nhẫn Hoà Phong 9999", "Vàng trang sức Thiên Hà 24K"]
TICKERS = ["QXL", "ZHT", "KVB", "LGM", "HPX", "TSQ", "VLP", "SHK", "NHX", "BMQ"]
PLACES = ["quận Hải Châu, Đà Nẵng", "phường Bến Thành, TP.HCM", "huyện Phú Lộc, Thừa Thiên Huế",
          "thị xã Sa Đéc", "TP Quy Nhơn", "huyện Đông Anh, Hà Nội", "TP Vinh, Nghệ An", "thị trấn Sa Pa",
          "huyện Lý Sơn", "quận Ninh Kiều, Cần Thơ"]
COMMUNES = ["Hoà Tiến", "Ea Lam", "Phước Mỹ", "Tân Lam", "Đông Xuân", "Mường Lam"]
DISTRICTS = ["Lam Sơn", "Hoà Vang Mới", "Tân Hiệp Đông", "Phù Lam", "Nam Giang Hạ"]

WD = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def person(r, female=None):
    if female is None:
        female = r.random() < 0.45
    mid = r.choice(MID_F if female else MID_M)
    giv = r.choice(GIV_F if female else GIV_M)
    return f"{r.choice(SUR)} {mid} {giv}"


def short_name(r, female=None):
    return person(r, female).split(" ", 1)[1]


def initial_name(r):
    return f"{r.choice(SUR)} {r.choice(MID_M + MID_F)} {r.choice('BCDHKLMNPQSTVX')}."


def phone(r):
    return r.choice(["0905", "0912", "0983", "0236", "0274", "1900", "0868"]) + " " + \
        f"{r.randint(100, 999)} {r.randint(100, 999)}"


def hhmm(r):
    return f"{r.randint(5, 23):02d}:{r.randint(0, 59):02d}"


# ----------------------------------------------------------------------------------------------
# furniture writers
# ----------------------------------------------------------------------------------------------
class Ctx:
    def __init__(self, row, title, sentences, outlet, desk, related_pool, layout):
        self.row, self.title, self.sentences = row, title, sentences
        self.outlet, self.desk, self.layout = outlet, desk, layout
        self._r = {}
        self.name, self.domain, self.code = outlet
        self.bnorm = {norm(s) for s in sentences} | {norm(title)}
        self.pool = related_pool
        order = list(range(len(related_pool)))
        self.r("related-order").shuffle(order)
        self.rel_order = order
        self.rel_pos = 0
        self.used_caps = set()
        d0 = date(2016, 1, 1) + timedelta(days=self.r("date").randint(0, 1460))
        self.day = d0
        self.time = hhmm(self.r("date"))

    def r(self, purpose):
        if purpose not in self._r:
            self._r[purpose] = rnd(self.row, purpose)
        return self._r[purpose]

    # related ------------------------------------------------------------------
    def next_related(self):
        while self.rel_pos < len(self.rel_order):
            t, teaser = self.pool[self.rel_order[self.rel_pos]]
            self.rel_pos += 1
            if norm(t) in self.bnorm:
                continue
            if teaser is not None and norm(teaser) in self.bnorm:
                teaser = None
            return t, teaser
        return None

    def headlines(self, n):
        out = []
        for _ in range(n):
            x = self.next_related()
            if x is None:
                break
            out.append(x)
        return out

    # dates --------------------------------------------------------------------
    def ddmmyyyy(self, delta=0):
        d = self.day + timedelta(days=delta)
        return f"{d.day:02d}/{d.month:02d}/{d.year}"

    def ddmm(self, delta=0):
        d = self.day + timedelta(days=delta)
        return f"{d.day}/{d.month}"

    def date_line(self):
        r = self.r("date")
        d = self.day
        wd = WD[d.weekday()]
        forms = [
            f"{wd}, {self.ddmmyyyy()}, {self.time} (GMT+7)",
            f"{wd}, ngày {d.day}/{d.month}/{d.year} - {self.time}",
            f"{self.ddmmyyyy()} {self.time}",
            f"Cập nhật: {self.time} ngày {self.ddmmyyyy()}",
            f"{self.time} | {self.ddmmyyyy()}",
            f"{wd.upper()}, {self.ddmmyyyy()} {self.time}",
            f"Ngày đăng: {self.ddmmyyyy()}",
            f"{self.time}, {wd.lower()}, {d.day}/{d.month}/{d.year}",
        ]
        return r.choice(forms)

    def site_line(self):
        r = self.r("site")
        return r.choice([self.name, self.name.upper(), self.domain, self.name])


def byline(ctx, style=None):
    r = ctx.r("byline")
    styles = ["plain", "plain", "caps", "pair", "pen", "agency", "bai_anh", "team", "email", "theo",
              "tonghop", "bai_anh_pair", "slash", "ghi", "pv"]
    st = style or r.choice(styles)
    if st == "plain":
        return short_name(r)
    if st == "caps":
        return person(r).upper()
    if st == "pair":
        return f"{short_name(r)} - {short_name(r)}"
    if st == "pen":
        return r.choice(PEN)
    if st == "agency":
        return r.choice([f"{short_name(r)} ({r.choice(AGENCIES)})", f"({r.choice(AGENCIES)})",
                         f"{r.choice(AGENCIES)}"])
    if st == "bai_anh":
        return f"Bài và ảnh: {person(r)}"
    if st == "bai_anh_pair":
        return f"Bài: {short_name(r)} - Ảnh: {short_name(r)}"
    if st == "team":
        return r.choice(["Nhóm PV", "Nhóm PV Thời sự", "Nhóm phóng viên", f"Nhóm PV {ctx.name}",
                         "Nhóm PV Pháp luật", "Nhóm phóng viên thường trú"])
    if st == "email":
        nm = short_name(r)
        slug = unicodedata.normalize("NFD", nm.lower()).encode("ascii", "ignore").decode().replace(" ", "")
        slug = slug.replace("đ", "d")
        return r.choice([f"{nm} - {slug}@{ctx.domain}", f"{nm.upper()} | {slug}@{ctx.domain}",
                         f"{nm} ({slug}@{ctx.domain})"])
    if st == "theo":
        o = r.choice(OUTLETS)
        return r.choice([f"Theo {o[0]}", f"Theo {o[0]} ({short_name(r)})", f"(Theo {o[0]})",
                         f"{short_name(r)} (Theo {o[0]})"])
    if st == "tonghop":
        return r.choice([f"{short_name(r)} (tổng hợp)", f"{short_name(r)} (t/h)", "Minh Hà (tổng hợp)"])
    if st == "slash":
        return f"{short_name(r)}/{ctx.name}"
    if st == "ghi":
        return f"{short_name(r)} (ghi)"
    if st == "pv":
        return r.choice([f"Phóng viên: {person(r)}", f"PV {short_name(r)}", f"Tác giả: {person(r)}"])
    return short_name(r)


def credit_text(ctx, what="Ảnh"):
    r = ctx.r("credit")
    nm = short_name(r)
    forms = [f"{what}: {nm}", f"{what}: {nm.upper()}", f"{what}: {nm}/{ctx.name}", f"{what}: NVCC",
             f"{what}: Tư liệu", f"{what}: BTC", f"{what}: CTV", f"{what}: {nm} ({r.choice(AGENCIES)})",
             f"{what}: {r.choice('BCDHKLMNPQSTV')}.{r.choice('BCDHKLMNPQSTV')}", f"{what}: {nm} - {short_name(r)}"]
    if what == "Ảnh":
        forms += ["Ảnh: Trang cá nhân nhân vật", f"Nguồn ảnh: Hãng ảnh Lam Kinh", f"Photo: {nm}",
                  "Ảnh: Người dân cung cấp", f"Ảnh: Bạn đọc {ctx.name}"]
    return r.choice(forms)


IMG_MARKS = ["[Ảnh]", "[Hình ảnh]", "Hình ảnh", "Phóng to", "🔍 Phóng to ảnh", "Xem ảnh lớn", "[image]",
             "Ảnh", "▣"]


def _fill(t, r, ctx):
    rep = {
        "{p}": lambda: person(r), "{p2}": lambda: person(r), "{pf}": lambda: person(r, True),
        "{pm}": lambda: person(r, False), "{s}": lambda: short_name(r), "{i}": lambda: initial_name(r),
        "{team}": lambda: r.choice(TEAMS), "{team2}": lambda: r.choice(TEAMS),
        "{stadium}": lambda: r.choice(STADIUMS), "{min}": lambda: str(r.randint(3, 90)),
        "{num}": lambda: str(r.randint(2, 30)), "{n}": lambda: str(r.randint(2, 12)),
        "{date}": lambda: ctx.ddmm(-r.randint(0, 3)), "{place}": lambda: r.choice(PLACES),
        "{hospital}": lambda: r.choice(HOSPITALS), "{school}": lambda: r.choice(SCHOOLS),
        "{uni}": lambda: r.choice(UNIS), "{company}": lambda: r.choice(COMPANIES),
        "{phone}": lambda: r.choice(PHONES), "{laptop}": lambda: r.choice(LAPTOPS),
        "{watch}": lambda: r.choice(WATCHES), "{app}": lambda: r.choice(APPS),
        "{car}": lambda: r.choice(CARS), "{bike}": lambda: r.choice(BIKES),
        "{project}": lambda: r.choice(PROJECTS), "{commune}": lambda: r.choice(COMMUNES),
        "{district}": lambda: r.choice(DISTRICTS), "{gold}": lambda: r.choice(GOLD),
        "{tk}": lambda: r.choice(TICKERS), "{outlet}": lambda: ctx.name,
        "{film}": lambda: r.choice(["Mùa gió chướng cuối", "Hẹn em ở bến Lam", "Đêm trắng phố núi",
                                    "Người giữ hải đăng"]),
        "{show}": lambda: r.choice(["Giọng ca Ba Miền", "Ngôi sao Sóng Đời", "Bước nhảy Lam Giang"]),
    }
    for k, f in rep.items():
        while k in t:
            t = t.replace(k, f(), 1)
    return t


CAPTIONS = {
    "sports": [
        "Tiền đạo {pm} (số {num}) ăn mừng bàn mở tỷ số ở phút {min}.",
        "Các cầu thủ {team} chào khán giả sau tiếng còi mãn cuộc",
        "HLV {pm} chỉ đạo học trò từ đường biên.",
        "{pm} (áo trắng) tranh chấp bóng với hậu vệ đội khách.",
        "Khán đài sân {stadium} phủ kín màu áo đỏ trong trận đấu tối {date}.",
        "Thủ môn {pm} cản phá thành công quả phạt đền",
        "Niềm vui của các cầu thủ {team} sau khi giành vé vào bán kết.",
        "{pm} nhận thẻ vàng sau pha phạm lỗi ở giữa sân",
        "Đội hình ra sân của {team} trong trận đấu này.",
        "Pha lập công của {pm} (giữa) khiến hàng thủ đội bạn bất lực.",
        "Cổ động viên đốt pháo sáng trên khán đài, khiến trận đấu phải tạm dừng ít phút.",
        "Vận động viên {pf} trên bục nhận huy chương vàng.",
    ],
    "business": [
        "Khách hàng giao dịch vàng tại một cửa hàng trên phố Hàng Lam, Hà Nội.",
        "Nhân viên kiểm đếm tiền tại quầy giao dịch của một ngân hàng thương mại",
        "Giá xăng được điều chỉnh từ {time} chiều nay.",
        "Tiểu thương bày bán rau củ tại chợ đầu mối phía nam thành phố",
        "Nhà đầu tư theo dõi bảng điện tại một công ty chứng khoán ở TP.HCM.",
        "Công nhân làm việc tại nhà máy của Công ty {company}.",
        "Hàng hoá xếp chờ xuất khẩu tại cảng, sáng {date}.",
        "Người dân xếp hàng mua vàng ngày vía Thần Tài",
        "Thương lái thu mua cà phê tại một đại lý ở Tây Nguyên.",
        "Doanh nghiệp giới thiệu sản phẩm tại hội chợ hàng Việt.",
    ],
    "showbiz": [
        "Ca sĩ {pf} diện đầm xẻ tà trên thảm đỏ tối {date}.",
        "{pf} và bạn diễn {pm} trong một cảnh quay của phim \"{film}\".",
        "Nữ diễn viên khoe vóc dáng thon gọn trong bộ ảnh mới",
        "Hoa hậu {pf} rạng rỡ tại buổi ra mắt sản phẩm",
        "Khoảnh khắc hạnh phúc của cặp đôi trong lễ cưới tại {place}.",
        "Nam ca sĩ {pm} (phải) cùng ê-kíp tại hậu trường",
        "{pf} chia sẻ hình ảnh mới trên trang cá nhân",
        "Người mẫu {pf} xuất hiện rạng rỡ tại sự kiện.",
        "Poster chính thức của bộ phim \"{film}\"",
        "Ban giám khảo chương trình \"{show}\" mùa thứ {n}.",
        "Nam diễn viên tự tin trong trang phục vest trắng.",
        "Cô diện chiếc váy ánh kim do nhà thiết kế {pm} thực hiện, tôn lên bờ vai thon.",
    ],
    "law": [
        "Bị cáo {i} tại phiên toà sơ thẩm.",
        "Các bị cáo nghe Hội đồng xét xử tuyên án",
        "Quang cảnh phiên xét xử sáng {date}.",
        "Luật sư {p} tranh luận tại phiên toà",
        "Nghi phạm {i} tại cơ quan công an.",
        "Tang vật thu giữ trong vụ án.",
        "Lực lượng chức năng khám nghiệm hiện trường vụ việc.",
        "Đối tượng {i} cùng tang vật bị thu giữ",
        "Cơ quan điều tra đọc lệnh bắt tạm giam đối với {i}",
        "Bị cáo {i} (giữa) được dẫn giải vào phòng xử.",
        "Người thân các bị hại có mặt tại toà từ sớm để theo dõi phiên xử.",
    ],
    "health": [
        "Bác sĩ {p} thăm khám cho bệnh nhân sau ca mổ.",
        "Bệnh nhân được theo dõi tại khoa Hồi sức tích cực, Bệnh viện {hospital}.",
        "Ê-kíp phẫu thuật trong ca mổ kéo dài {n} giờ",
        "Trẻ được tiêm vắc-xin tại trạm y tế phường.",
        "Người dân xếp hàng chờ khám tại Bệnh viện {hospital} sáng {date}.",
        "Hình ảnh phim chụp cho thấy khối u nằm sát mạch máu",
        "Điều dưỡng chăm sóc bệnh nhi tại khoa Nhi.",
        "Các loại thuốc không rõ nguồn gốc bị thu giữ",
        "Bệnh nhân hồi phục tốt sau {n} ngày điều trị.",
    ],
    "tech": [
        "Mẫu điện thoại {phone} có màn hình {n} inch, viền mỏng.",
        "Mặt lưng của {phone} với cụm camera ba ống kính",
        "Giao diện ứng dụng {app} trên điện thoại.",
        "Người dùng trải nghiệm sản phẩm tại một cửa hàng ở Hà Nội.",
        "Laptop {laptop} có trọng lượng chỉ hơn 1 kg",
        "Chiếc đồng hồ thông minh {watch} trên tay người dùng.",
        "Tin nhắn lừa đảo mà nhiều người dùng nhận được trong tuần qua",
        "Bên trong trung tâm dữ liệu của {company}.",
        "Cổng sạc và loa ngoài ở cạnh dưới máy",
    ],
    "education": [
        "Thí sinh làm thủ tục dự thi tại điểm thi Trường THPT {school}.",
        "Học sinh trao đổi bài sau giờ thi môn Toán",
        "Phụ huynh chờ con bên ngoài điểm thi sáng {date}.",
        "Cô giáo {pf} trong giờ lên lớp.",
        "Sinh viên Trường Đại học {uni} trong lễ tốt nghiệp.",
        "Cán bộ coi thi kiểm tra giấy tờ của thí sinh.",
        "Thủ khoa {pf} (giữa) cùng gia đình",
        "Học sinh Trường THPT {school} trong giờ ra chơi.",
        "Phòng học mới được đưa vào sử dụng từ đầu năm học.",
    ],
    "travel": [
        "Con đường đất đỏ dẫn lên đồi chè vào buổi sớm.",
        "Du khách chụp ảnh trên cầu gỗ giữa đầm sen.",
        "Hoàng hôn trên bãi biển phía nam đảo",
        "Những ngôi nhà sàn nép mình dưới chân núi, mái phủ sương mỏng.",
        "Món bánh đặc sản được bày bán ở chợ phiên.",
        "Mùa lúa chín vàng trong thung lũng.",
        "Một góc phố cổ nhìn từ trên cao",
        "Thuyền thúng neo đậu ven bờ khi nắng lên.",
        "Du khách có thể thuê xe máy để tự khám phá các cung đường ven biển.",
        "Ngôi làng nhỏ hiện ra sau khúc cua cuối cùng của con đèo.",
        "Bữa sáng với bánh canh chả cá ở một quán ven chợ.",
    ],
    "motoring": [
        "Mẫu xe {car} ra mắt tại triển lãm ô tô cuối năm.",
        "Khoang lái của {car} với màn hình cảm ứng {n} inch",
        "Hiện trường vụ tai nạn trên quốc lộ.",
        "CSGT kiểm tra nồng độ cồn người điều khiển xe máy.",
        "Đuôi xe thiết kế lại với cụm đèn LED dạng dải",
        "Dòng xe nối đuôi nhau trên cao tốc chiều {date}.",
        "Chiếc xe tải bẹp dúm sau va chạm",
        "Mẫu xe máy {bike} có giá bán dự kiến thấp hơn phiên bản cũ.",
        "Trạm thu phí trên tuyến cao tốc vào giờ cao điểm.",
    ],
    "realestate": [
        "Phối cảnh dự án {project}.",
        "Một góc khu đô thị {project} nhìn từ trên cao",
        "Công trường thi công dự án tại huyện {district}.",
        "Căn hộ mẫu được trang trí theo phong cách tối giản",
        "Khách hàng tìm hiểu dự án tại sàn giao dịch.",
        "Những lô đất nền bỏ hoang ở vùng ven đô.",
        "Nhiều khu chung cư cao tầng mọc lên dọc tuyến đại lộ phía tây.",
        "Người dân làm thủ tục cấp sổ hồng tại bộ phận một cửa.",
    ],
    "local": [
        "Người dân xã {commune} gặt lúa trên cánh đồng.",
        "Lãnh đạo địa phương thăm hỏi các hộ gia đình bị thiệt hại",
        "Con đường bê tông mới được hoàn thành ở thôn {commune}.",
        "Lực lượng chức năng giúp dân khắc phục hậu quả mưa lũ.",
        "Trụ sở UBND huyện {district}.",
        "Cầu treo {commune} đã xuống cấp nghiêm trọng",
        "Người dân xếp hàng làm thủ tục tại bộ phận một cửa của xã.",
        "Nước lũ dâng cao khiến nhiều tuyến đường bị chia cắt.",
    ],
    "general": [
        "Người dân đi lại trên tuyến phố trung tâm vào giờ cao điểm.",
        "Toàn cảnh cuộc họp chiều {date}.",
        "Đại biểu dự hội nghị tại {place}.",
        "Quang cảnh buổi làm việc.",
        "Khu vực xảy ra vụ việc, sáng {date}.",
        "Hiện trường vụ việc",
        "Lực lượng chức năng có mặt tại hiện trường.",
        "Nhiều người dân tập trung theo dõi sự việc.",
    ],
}
PORTRAITS = [
    "Ông {pm}, Giám đốc Công ty {company}", "Bà {pf}, Phó hiệu trưởng Trường THPT {school}",
    "TS. {p} - chuyên gia kinh tế", "PGS.TS {p}, Trưởng khoa Nội, Bệnh viện {hospital}.",
    "Luật sư {p}, Đoàn Luật sư TP Sông Hàn", "Ông {pm}.", "Bà {pf}", "HLV {pm}",
    "Ca sĩ {pf}", "Ông {pm}, Chủ tịch UBND xã {commune}", "Nhà nghiên cứu {p}",
    "Chị {pf} kể lại sự việc.", "Anh {pm} (phải) trò chuyện với phóng viên.",
]
VIDEO_DESCS = [
    "Cảnh người dân tháo chạy khỏi khu vực xảy ra sự việc", "Diễn biến chính của trận đấu",
    "Toàn cảnh phiên toà", "Khoảnh khắc đáng nhớ trên sân khấu", "Trải nghiệm nhanh sản phẩm mới",
    "Hành trình khám phá vùng đất mới", "Bác sĩ hướng dẫn cách sơ cứu đúng", "Lái thử mẫu xe mới",
    "Ý kiến của người dân về vụ việc", "Lực lượng cứu hộ làm việc tại hiện trường",
]


def desk_caption(ctx, desk=None, purpose="captions"):
    r = ctx.r(purpose)
    d = desk or ctx.desk
    pool = CAPTIONS.get(d, CAPTIONS["general"])
    if r.random() < (0.1 if d in ("sports", "showbiz", "travel") else 0.25):
        pool = CAPTIONS["general"] + pool
    t = r.choice(pool)
    t = t.replace("{time}", hhmm(r))
    return _fill(t, r, ctx)


def topic_caption(ctx, purpose="captions"):
    """A caption repeating the story's topic (the title with invented wording around it)."""
    r = ctx.r(purpose)
    t = ctx.title.rstrip(".!? ")
    forms = [f"{t} (Ảnh minh hoạ)", f"Ảnh minh hoạ: {t[0].lower() + t[1:]}", f"{t}. Ảnh: {short_name(r)}",
             f"{t} - Ảnh: {short_name(r)}", f"Hình ảnh liên quan tới sự việc: {t[0].lower() + t[1:]}."]
    return r.choice(forms)


def caption_block(ctx, desk=None, purpose="captions", gallery=None, allow_topic=True):
    """Image + caption + credit in one of the ways real pages carry them."""
    r = ctx.r(purpose)
    out = []
    if allow_topic and r.random() < 0.12:
        cap = topic_caption(ctx, purpose)
        if r.random() < 0.4:
            out.append(("widget", r.choice(IMG_MARKS)))
        out.append(("caption", cap))
        return out
    is_portrait = r.random() < 0.12
    for _ in range(12):
        cap = portrait(ctx, purpose, desk) if is_portrait else desk_caption(ctx, desk, purpose)
        if cap not in ctx.used_caps:
            break
    ctx.used_caps.add(cap)
    cr = credit_text(ctx)
    style = r.choice(["alone", "alone", "paren", "inline", "below", "above", "dash", "mark", "mark",
                      "minhhoa", "prefix"])
    if is_portrait and style in ("minhhoa", "prefix"):
        style = "below"
    if gallery is not None and style == "prefix":
        style = "alone"
    if gallery is not None:
        cnt = gallery
        if r.random() < 0.5:
            out.append(("widget", cnt))
        else:
            cap = f"{cnt} {cap}" if r.random() < 0.6 else f"Ảnh {cnt}: {cap}"
    if style == "alone":
        out.append(("caption", cap))
    elif style == "paren":
        out.append(("caption", f"{cap.rstrip('.')} ({cr})"))
    elif style == "inline":
        c = cap if cap.endswith(".") else cap + "."
        out.append(("caption", f"{c} {cr}"))
    elif style == "below":
        out += [("caption", cap), ("credit", cr)]
    elif style == "above":
        out += [("credit", cr), ("caption", cap)]
    elif style == "dash":
        out.append(("caption", f"{cap.rstrip('.')} - {cr}"))
    elif style == "mark":
        out = [("widget", r.choice(IMG_MARKS))] + out + [("caption", cap)]
        if r.random() < 0.4:
            out.append(("credit", cr))
    elif style == "minhhoa":
        out.append(("caption", f"{cap.rstrip('.')}. (Ảnh minh hoạ)" if r.random() < 0.5
                    else f"{cap.rstrip('.')} - Ảnh minh hoạ"))
    elif style == "prefix":
        out.append(("caption", f"Ảnh: {cap}"))
    return out


PORTRAIT_DESK = {
    "sports": ["HLV {pm}", "Tiền vệ {pm}", "Thủ môn {pm} (áo xanh)", "Chủ tịch CLB {team} {pm}"],
    "showbiz": ["Ca sĩ {pf}", "Diễn viên {pm}", "Đạo diễn {pm} tại buổi họp báo.", "Hoa hậu {pf}"],
    "law": ["Luật sư {p}, Đoàn Luật sư TP Sông Hàn", "Bị cáo {i}", "Đối tượng {i} tại cơ quan điều tra"],
    "health": ["PGS.TS {p}, Trưởng khoa Nội, Bệnh viện {hospital}.", "Bác sĩ {p}"],
    "business": ["TS. {p} - chuyên gia kinh tế", "Ông {pm}, Giám đốc Công ty {company}"],
    "tech": ["Ông {pm}, Giám đốc sản phẩm của {company}", "Chuyên gia bảo mật {p}"],
    "education": ["Bà {pf}, Phó hiệu trưởng Trường THPT {school}", "Thầy {pm}, giáo viên dạy Toán"],
    "realestate": ["Kiến trúc sư {p}, Viện Quy hoạch Lam Giang", "Ông {pm}, Tổng giám đốc {company}"],
    "local": ["Ông {pm}, Chủ tịch UBND xã {commune}", "Bà {pf}, người dân thôn {commune}"],
}


def portrait(ctx, purpose="captions", desk=None):
    r = ctx.r(purpose)
    pool = PORTRAIT_DESK.get(desk or ctx.desk, []) + PORTRAITS[:1] + PORTRAITS[5:7] + PORTRAITS[10:]
    return _fill(r.choice(pool), r, ctx)


def video_block(ctx, purpose="video"):
    r = ctx.r(purpose)
    desc = r.choice(VIDEO_DESCS)
    dur = f"{r.randint(0, 4):02d}:{r.randint(5, 59):02d}"
    style = r.choice(["video_colon", "clip", "paren", "player", "credit_line"])
    out = []
    if style == "video_colon":
        out.append(("caption", f"Video: {desc}."))
    elif style == "clip":
        out.append(("caption", f"Clip: {desc}. (Nguồn: {r.choice(['Người dân cung cấp', 'Bạn đọc gửi', ctx.name])})"))
    elif style == "paren":
        out.append(("caption", f"{desc} (Video: {short_name(r)})"))
    elif style == "player":
        out += [("widget", r.choice(["▶", "▶ Video", "Video đang phát", "Tự động phát"])),
                ("widget", r.choice([dur, f"00:00 / {dur}", f"Thời lượng {dur}"])),
                ("caption", f"{desc}.")]
    else:
        out += [("caption", f"{desc}"), ("credit", f"Video: {short_name(r)}")]
    return out


def share_row(ctx, purpose="widgets"):
    r = ctx.r(purpose)
    return r.choice(["Chia sẻ", "Chia sẻ | Bình luận | Lưu", "Thích  Chia sẻ", "Gửi bạn bè   In bài",
                     "Sao chép liên kết", "A-  A  A+", "Cỡ chữ", f"Chia sẻ {r.randint(2, 900)}",
                     "Lưu bài viết", "Nghe bài viết", f"▶ Nghe đọc bài {r.randint(1, 7)}:{r.randint(10, 59)}",
                     "Theo dõi chúng tôi để cập nhật tin mới", "Gửi bài viết qua thư điện tử"])


def tags_line(ctx, words, purpose="widgets"):
    r = ctx.r(purpose)
    head = r.choice(["Tags:", "Từ khoá:", "Chủ đề:", "#", "TAG"])
    if head == "#":
        return " ".join("#" + w.replace(" ", "") for w in words)
    return f"{head} {', '.join(words)}"


def title_tags(ctx, extra):
    r = ctx.r("tags")
    t = re.sub(r"[^\w\sÀ-ỹ]", " ", ctx.title)
    ws = [w for w in t.split() if len(w) > 1]
    picks = []
    names = re.findall(r"(?:[A-ZÀ-ỸĐ][\wÀ-ỹ]+ ){1,3}[A-ZÀ-ỸĐ][\wÀ-ỹ]+", " ".join(ws[1:]))
    if names:
        picks.append(r.choice(names))
    elif len(ws) >= 3:
        picks.append(" ".join(ws[-r.choice([2, 3]):]).lower())
    picks += r.sample(extra, min(len(extra), r.randint(2, 4)))
    return picks


def footer_lines(ctx, purpose="footer"):
    r = ctx.r(purpose)
    y = ctx.day.year
    lines = [
        f"© {y} {ctx.name}. Giữ toàn bộ bản quyền.",
        f"Giấy phép hoạt động báo điện tử số {r.randint(12, 480)}/GP-BTTTT cấp ngày {r.randint(1, 28)}/{r.randint(1, 12)}/{y - r.randint(1, 6)}",
        f"Tổng biên tập: {person(r)}",
        f"Toà soạn: Số {r.randint(2, 199)} đường {r.choice(['Lam Sơn', 'Hoà Bình Mới', 'Bạch Đằng Đông', 'Ngọc Hân Mới'])}, {r.choice(PLACES)}",
        f"Hotline: {phone(r)} - Email: toasoan@{ctx.domain}",
        f"Liên hệ quảng cáo: {phone(r)}",
        "Ghi rõ nguồn khi phát hành lại thông tin từ website này.",
        f"{ctx.name}",
        "Lên đầu trang",
        "Điều khoản sử dụng | Chính sách bảo mật | Liên hệ",
        f"Tải ứng dụng {ctx.name} để đọc tin nhanh hơn",
    ]
    k = r.randint(2, 5)
    picked = sorted(r.sample(range(len(lines)), k))
    return [("widget", lines[i]) for i in picked]


def comments_block(ctx, purpose="comments"):
    r = ctx.r(purpose)
    n = r.randint(0, 48)
    out = [("widget", r.choice([f"Bình luận ({n})", f"Ý kiến bạn đọc ({n})", "Bình luận", "Ý kiến bạn đọc",
                                f"{n} bình luận"]))]
    if r.random() < 0.5:
        out.append(("widget", r.choice(["Gửi bình luận", "Đăng nhập để bình luận",
                                        "Bạn nghĩ gì về vấn đề này?", "Viết bình luận của bạn..."])))
    for _ in range(r.randint(0, 3)):
        who = short_name(r)
        said = r.choice(["Bài viết rất hay, cảm ơn tác giả!", "Mong cơ quan chức năng sớm vào cuộc.",
                         "Đọc mà thấy xót xa quá.", "Thông tin hữu ích, cảm ơn báo.",
                         "Cần xử lý nghiêm để làm gương.", "Ủng hộ!", "Chúc mừng đội nhà, quá xứng đáng.",
                         "Giá cả thế này thì dân mình chịu sao nổi.", "Hy vọng sẽ sớm có kết quả tốt."])
        if r.random() < 0.5:
            out.append(("widget", who))
            out.append(("widget", said))
        else:
            out.append(("widget", f"{who}: {said}"))
        out.append(("widget", r.choice(["Trả lời · Thích", f"Thích ({r.randint(1, 80)}) · Trả lời",
                                        f"{r.randint(1, 23)} giờ trước", "Trả lời"])))
    if n > 3 and r.random() < 0.5:
        out.append(("widget", f"Xem thêm {n - 3} bình luận"))
    return out


def ad_line(ctx, purpose="ads"):
    r = ctx.r(purpose)
    return ("widget", r.choice(["Quảng cáo", "QUẢNG CÁO", "Nội dung tài trợ", "ADVERTISEMENT",
                                f"Tài trợ bởi {r.choice(COMPANIES)}", "Đọc tiếp bên dưới",
                                "Cuộn xuống để tiếp tục đọc", "Khuyến mãi Sao Khuê S12 - giảm 30% hôm nay"]))


def newsletter(ctx, purpose="widgets"):
    r = ctx.r(purpose)
    a = r.choice(["Đăng ký nhận bản tin sáng", "Nhận tin mới mỗi ngày qua email",
                  f"Đăng ký bản tin {ctx.name}"])
    out = [("widget", a)]
    if r.random() < 0.6:
        out.append(("widget", r.choice(["Nhập email của bạn", "Email của bạn"])))
        out.append(("widget", "Đăng ký"))
    return out


# related formats ---------------------------------------------------------------
def when(ctx, r):
    return r.choice([f"{r.randint(1, 22)} giờ trước", hhmm(r), f"{ctx.ddmmyyyy(-r.randint(1, 9))} {hhmm(r)}",
                     f"({ctx.ddmm(-r.randint(1, 9))})", "Hôm qua", f"{r.randint(5, 55)} phút trước",
                     ctx.ddmmyyyy(-r.randint(1, 30))])


def related_block(ctx, n, purpose="related", header=None, style=None):
    r = ctx.r(purpose)
    items = ctx.headlines(n)
    if not items:
        return []
    out = []
    if header is None:
        header = r.choice(["TIN LIÊN QUAN", "Tin liên quan", "Bài viết liên quan", "Xem thêm", "Đọc thêm",
                           "Tin cùng chuyên mục", "Có thể bạn quan tâm", "Tin mới nhất", "Đọc nhiều", None])
    if header:
        out.append(("widget", header))
    style = style or r.choice(["lines", "lines", "dated", "teaser", "joined", "bullets", "numbered",
                               "teaser_line", "arrow"])
    if style == "joined" and len(items) >= 2:
        sep = r.choice([" | ", " • ", " - ", "  "])
        out.append(("related", sep.join(t for t, _ in items)))
        return out
    for k, (t, teaser) in enumerate(items, 1):
        if style == "dated":
            out.append(("related", f"{t} {when(ctx, r)}" if r.random() < 0.6 else f"{t} - {when(ctx, r)}"))
        elif style == "teaser":
            out.append(("related", t))
            if teaser:
                out.append(("related", teaser))
        elif style == "teaser_line" and teaser:
            out.append(("related", f"{t} {teaser}"))
        elif style == "bullets":
            out.append(("related", f"• {t}"))
        elif style == "numbered":
            out.append(("related", f"{k}. {t}" if r.random() < 0.5 else f"{k} {t}"))
        elif style == "arrow":
            out.append(("related", f"» {t}" if r.random() < 0.5 else f">> {t}"))
        else:
            out.append(("related", t))
            if r.random() < 0.2:
                out.append(("widget", when(ctx, r)))
    return out


def inline_related(ctx, purpose="inline-related"):
    r = ctx.r(purpose)
    items = ctx.headlines(r.choice([1, 1, 2]))
    if not items:
        return []
    if len(items) == 1:
        t = items[0][0]
        return [("related", r.choice([f"Xem thêm: {t}", f">> {t}", f"Đọc thêm: {t}", f"[Video] {t}",
                                      f"(Ảnh) {t}", t, f"► {t}"]))]
    return [("related", f"Xem thêm: {items[0][0]}; {items[1][0]}" if r.random() < 0.5
             else f"» {items[0][0]} » {items[1][0]}")]


def author_box(ctx, purpose="author", bio_kind="byline"):
    r = ctx.r(purpose)
    nm = person(r)
    role = r.choice([f"Nhà báo, cựu phóng viên thường trú tại {r.choice(['Tây Nguyên', 'Đồng bằng sông Cửu Long', 'Bắc Trung Bộ'])}",
                     f"Chuyên gia kinh tế, nguyên giảng viên Trường Đại học {r.choice(UNIS)}",
                     f"Luật sư, Đoàn Luật sư TP Sông Hàn, {r.randint(8, 30)} năm hành nghề",
                     f"Bác sĩ chuyên khoa II, Bệnh viện {r.choice(HOSPITALS)}",
                     f"Nhà văn, tác giả tập tản văn \"{r.choice(['Phố cũ mưa bay', 'Bên kia dốc Lam', 'Gió qua làng'])}\"",
                     "Thạc sĩ quản lý đô thị, hiện sống và làm việc tại Hà Nội",
                     f"Giáo viên dạy văn {r.randint(10, 28)} năm tại Trường THPT {r.choice(SCHOOLS)}"])
    out = []
    pref = r.choice(["", "TS. ", "ThS. ", "Nhà báo ", ""])
    out.append(("byline", f"{pref}{nm}"))
    out.append((bio_kind, role))
    if r.random() < 0.5:
        out.append(("widget", r.choice(["Theo dõi", "+ Theo dõi tác giả", "Xem hồ sơ",
                                        f"{r.randint(3, 240)} bài viết"])))
    return out


# ----------------------------------------------------------------------------------------------
# desk furniture: fact boxes and stat lines (widgets: they are never story sentences here)
# ----------------------------------------------------------------------------------------------
def desk_menu(ctx, desk, purpose="menu"):
    r = ctx.r(purpose)
    menus = {
        "sports": ["Thể thao", "Bóng đá Việt Nam", "Bóng đá quốc tế", "Quần vợt", "Võ thuật", "Đua xe",
                   "Hậu trường", "Lịch thi đấu", "Bảng xếp hạng"],
        "business": ["Kinh doanh", "Tài chính", "Chứng khoán", "Giá vàng", "Hàng hoá", "Doanh nghiệp",
                     "Tiêu dùng", "Vĩ mô"],
        "showbiz": ["Giải trí", "Sao Việt", "Âm nhạc", "Điện ảnh", "Thời trang", "Truyền hình", "Hậu trường"],
        "law": ["Pháp luật", "Hồ sơ vụ án", "An ninh trật tự", "Tư vấn pháp luật", "Ký sự pháp đình"],
        "health": ["Sức khoẻ", "Tin tức", "Dinh dưỡng", "Khoẻ đẹp", "Bệnh thường gặp", "Hỏi đáp bác sĩ"],
        "tech": ["Số hoá", "Điện thoại", "Máy tính", "Ứng dụng", "Đánh giá", "Thủ thuật", "Bảo mật"],
        "education": ["Giáo dục", "Tuyển sinh", "Du học", "Tra cứu điểm thi", "Điểm chuẩn", "Góc phụ huynh"],
        "travel": ["Du lịch", "Điểm đến", "Ẩm thực", "Cẩm nang", "Ảnh đẹp", "Dấu chân"],
        "motoring": ["Xe", "Thị trường xe", "Đánh giá xe", "Cầm lái", "Bảng giá xe", "Diễn đàn"],
        "realestate": ["Bất động sản", "Thị trường", "Dự án", "Nhà đẹp", "Chính sách", "Tư vấn"],
        "local": ["Tỉnh thành", "Hà Nội", "TP.HCM", "Đà Nẵng", "Miền Tây", "Tây Nguyên", "Bắc Trung Bộ"],
        "general": ["Thời sự", "Góc nhìn", "Thế giới", "Kinh doanh", "Giải trí", "Thể thao", "Pháp luật",
                    "Giáo dục", "Sức khoẻ", "Đời sống"],
    }
    items = menus.get(desk, menus["general"])
    k = r.randint(4, len(items))
    sep = r.choice([" | ", "  ", " · ", " / ", " "])
    return ("widget", sep.join(items[:k]))


def breadcrumb(ctx, desk_name, sub, purpose="menu"):
    r = ctx.r(purpose)
    sep = r.choice([" › ", " > ", " / ", " » "])
    return ("widget", r.choice([f"Trang chủ{sep}{desk_name}{sep}{sub}", f"{desk_name}{sep}{sub}",
                                f"{desk_name.upper()}", f"{desk_name}"]))


def scoreboard(ctx, purpose="sport"):
    r = ctx.r(purpose)
    a, b = r.sample(TEAMS, 2)
    ga, gb = r.randint(0, 4), r.randint(0, 3)
    out = [("widget", r.choice([f"{a} {ga} - {gb} {b}", f"FT | {a} {ga}-{gb} {b}",
                                f"Kết thúc: {a} {ga}-{gb} {b}"]))]
    if r.random() < 0.5:
        out.append(("widget", f"(Hiệp 1: {min(ga, r.randint(0, 2))}-{min(gb, r.randint(0, 1))})"))
    scorers = []
    for m in sorted(r.randint(2, 90) for _ in range(ga)):
        scorers.append(f"{short_name(r, False)} {m}'" + (" (pen)" if r.random() < 0.1 else ""))
    if scorers:
        out.append(("widget", "⚽ " + ", ".join(scorers) if r.random() < 0.5
                    else "Ghi bàn: " + ", ".join(scorers)))
    ctx.score = (ga, gb)
    return out, a, b


def lineup(ctx, team, purpose="sport"):
    r = ctx.r(purpose)
    names = r.sample(GIV_M, 11)
    names[0] += " (TM)"
    return ("widget", f"{team}: " + ", ".join(names))


def match_facts(ctx, purpose="sport"):
    r = ctx.r(purpose)
    pos = r.randint(38, 64)
    rows = [f"Sân: {r.choice(STADIUMS)}", f"Trọng tài: {person(r, False)}", f"Khán giả: {r.randint(3, 28)}.{r.randint(100, 999)}",
            f"Kiểm soát bóng: {pos}% - {100 - pos}%", f"Sút cầu môn: {r.randint(2, 9)} - {r.randint(1, 8)}",
            f"Phạt góc: {r.randint(1, 11)} - {r.randint(0, 9)}", f"Thẻ vàng: {short_name(r, False)} {r.randint(10, 90)}'",
            f"Thẻ đỏ: {short_name(r, False)} {r.randint(30, 90)}'",
            ("Đây là lần thứ ba liên tiếp hai đội hoà nhau trên sân này." if getattr(ctx, "score", (0, 1))[0] == getattr(ctx, "score", (0, 1))[1]
             else "Đội khách chưa thắng trên sân này kể từ đầu mùa."),
            f"Cầu thủ xuất sắc nhất trận: {short_name(r, False)}"]
    head = r.choice(["THÔNG SỐ TRẬN ĐẤU", "Thông tin trận đấu", "Số liệu thống kê", "Ngoài lề"])
    k = r.randint(3, 7)
    return [("widget", head)] + [("widget", rows[i]) for i in sorted(r.sample(range(len(rows)), k))]


def standings(ctx, purpose="sport"):
    r = ctx.r(purpose)
    teams = r.sample(TEAMS, r.randint(4, 6))
    out = [("widget", r.choice(["BẢNG XẾP HẠNG", "Bảng xếp hạng sau vòng " + str(r.randint(5, 24))])),
           ("widget", r.choice(["TT Đội Trận Điểm", "# Đội ST T H B HS Đ"]))]
    pts = sorted((r.randint(8, 50) for _ in teams), reverse=True)
    for k, (t, p) in enumerate(zip(teams, pts), 1):
        st = r.randint(10, 24)
        out.append(("widget", f"{k} {t} {st} {p}" if r.random() < 0.5 else f"{k}. {t} - {p} điểm"))
    return out


def fixtures(ctx, purpose="sport"):
    r = ctx.r(purpose)
    out = [("widget", r.choice(["LỊCH THI ĐẤU", "Lịch thi đấu vòng tới", "Lịch phát sóng"]))]
    for _ in range(r.randint(2, 4)):
        a, b = r.sample(TEAMS, 2)
        out.append(("widget", f"{hhmm(r)} {ctx.ddmm(r.randint(1, 7))}: {a} - {b}"))
    return out


def price_board(ctx, purpose="market"):
    r = ctx.r(purpose)
    kind = r.choice(["gold", "fuel", "farm", "fx"])
    out = []
    if kind == "gold":
        out.append(("widget", r.choice(["GIÁ VÀNG HÔM NAY", f"Bảng giá vàng {ctx.ddmmyyyy()}",
                                        "Giá vàng (triệu đồng/lượng)"])))
        out.append(("widget", "Loại Mua vào Bán ra"))
        for g in r.sample(GOLD, 3):
            b = r.randint(3600, 5600) / 100
            out.append(("widget", f"{g} {b:.2f}".replace(".", ",") + f" {b + r.randint(20, 70) / 100:.2f}".replace(".", ",")))
        out.append(("widget", f"Cập nhật lúc {hhmm(r)}"))
    elif kind == "fuel":
        out.append(("widget", r.choice(["Giá xăng dầu áp dụng từ " + hhmm(r) + " hôm nay", "BẢNG GIÁ XĂNG DẦU"])))
        for f, lo in (("Xăng RON 95", 18000), ("Xăng E5 RON 92", 17000), ("Dầu diesel", 14000), ("Dầu hoả", 13000)):
            v = lo + r.randint(0, 4000)
            out.append(("widget", f"{f}: {v // 1000}.{v % 1000:03d} đồng/lít"))
    elif kind == "farm":
        out.append(("widget", r.choice(["Giá nông sản hôm nay", "GIÁ NÔNG SẢN"])))
        for f in r.sample(["Cà phê nhân xô", "Hồ tiêu đen", "Lúa IR 50404", "Heo hơi", "Cao su mủ nước",
                           "Sầu riêng Ri6"], 4):
            v = r.randint(6, 95) * 1000 + r.choice([0, 200, 500, 800])
            out.append(("widget", f"{f}: {v // 1000}.{v % 1000:03d} đ/kg {r.choice(['▲', '▼', '='])}"))
    else:
        out.append(("widget", "TỶ GIÁ NGOẠI TỆ"))
        for c in r.sample(["USD", "EUR", "JPY", "CNY", "AUD", "SGD"], 4):
            v = r.randint(150, 29000)
            out.append(("widget", f"{c} {v:,}".replace(",", ".") + f" - {v + r.randint(20, 400):,}".replace(",", ".")))
    if r.random() < 0.5:
        out.append(("credit", r.choice(["Nguồn: Tổng hợp", f"Nguồn: Hiệp hội Kim hoàn Lam Giang",
                                         f"Nguồn: {ctx.name} tổng hợp", "Nguồn số liệu: Sở Giao dịch Ba Miền"])))
    return out


def ticker(ctx, purpose="market"):
    r = ctx.r(purpose)
    out = []
    idx = r.randint(850, 1350) + r.randint(0, 99) / 100
    ch = r.randint(-2000, 2000) / 100
    arrow = "▲" if ch >= 0 else "▼"
    out.append(("widget", f"Chỉ số Ba Miền 50 {idx:,.2f} {arrow} {abs(ch):.2f} ({ch / idx * 100:+.2f}%)"
                .replace(",", "X").replace(".", ",").replace("X", ".")))
    for _ in range(r.randint(1, 2)):
        line = []
        for t in r.sample(TICKERS, r.randint(3, 5)):
            p = r.randint(8, 120) * 100 + r.choice([0, 50])
            c = r.randint(-69, 69) / 10
            line.append(f"{t} {p:,}".replace(",", ".") + f" {'▲' if c >= 0 else '▼'}{abs(c):.1f}%".replace(".", ","))
        out.append(("widget", "  ".join(line)))
    if r.random() < 0.5:
        out.append(("widget", f"Khối lượng khớp lệnh: {r.randint(120, 900)} triệu cổ phiếu"))
    return out


def spec_box(ctx, kind, purpose="spec"):
    r = ctx.r(purpose)
    if kind == "phone":
        name = r.choice(PHONES + LAPTOPS)
        rows = [f"Màn hình: {r.choice(['6,1', '6,4', '6,7', '13,3', '14'])} inch OLED, {r.choice([60, 90, 120, 144])} Hz",
                f"Chip: Lam Core X{r.randint(5, 12)}", f"RAM: {r.choice([4, 6, 8, 12, 16])} GB",
                f"Bộ nhớ trong: {r.choice([64, 128, 256, 512])} GB", f"Pin: {r.randint(30, 60)}00 mAh, sạc nhanh {r.choice([18, 33, 45, 67])} W",
                f"Camera: {r.choice([12, 48, 50, 64, 108])} MP + {r.choice([8, 12, 13])} MP",
                f"Trọng lượng: {r.randint(160, 1600)} g", f"Giá bán dự kiến: {r.randint(3, 35)},{r.randint(10, 99)} triệu đồng",
                "Máy hỗ trợ hai SIM vật lý và thẻ nhớ ngoài."]
        head = r.choice(["THÔNG SỐ KỸ THUẬT", f"Thông số {name}", "Cấu hình chính"])
    else:
        name = r.choice(CARS + BIKES)
        rows = [f"Giá niêm yết: {r.randint(32, 1650)} triệu đồng", f"Động cơ: {r.choice(['1.5L tăng áp', '2.0L', '125 cc', '1.2L', 'điện'])}",
                f"Công suất: {r.randint(9, 240)} mã lực", f"Hộp số: {r.choice(['CVT', 'tự động 6 cấp', 'sàn 5 cấp', 'ly hợp kép 7 cấp'])}",
                f"Mức tiêu hao nhiên liệu: {r.randint(2, 9)},{r.randint(0, 9)} lít/100 km",
                f"Dài x rộng x cao: {r.randint(1900, 4900)} x {r.randint(700, 1900)} x {r.randint(1000, 1800)} mm",
                f"Khoảng sáng gầm: {r.randint(130, 220)} mm", "Bảo hành 5 năm hoặc 150.000 km."]
        head = r.choice(["THÔNG SỐ CƠ BẢN", f"{name} - thông số chính", "Thông số kỹ thuật"])
    k = r.randint(4, len(rows))
    return [("widget", head)] + [("widget", rows[i]) for i in sorted(r.sample(range(len(rows)), k))]


def project_box(ctx, purpose="estate"):
    r = ctx.r(purpose)
    p = r.choice(PROJECTS)
    rows = [f"Dự án: {p}", f"Chủ đầu tư: Công ty CP Địa ốc {r.choice(['Hoà Phong Mới', 'Thiên Hà Đỏ', 'Vạn Lộc Phát'])}",
            f"Vị trí: {r.choice(PLACES)}", f"Quy mô: {r.randint(2, 90)},{r.randint(1, 9)} ha",
            f"Số căn: {r.randint(120, 3200)} căn hộ", f"Giá tham khảo: {r.randint(18, 60)}-{r.randint(61, 90)} triệu đồng/m2",
            f"Pháp lý: {r.choice(['sổ hồng lâu dài', 'đang hoàn thiện', 'hợp đồng mua bán'])}",
            f"Tiến độ: bàn giao quý {r.choice(['I', 'II', 'III', 'IV'])}/{ctx.day.year + r.randint(1, 3)}"]
    k = r.randint(4, len(rows))
    return [("widget", r.choice(["THÔNG TIN DỰ ÁN", "Tổng quan dự án"]))] + \
        [("widget", rows[i]) for i in sorted(r.sample(range(len(rows)), k))]


def listing_ads(ctx, purpose="estate"):
    r = ctx.r(purpose)
    out = [("widget", r.choice(["TIN RAO NHÀ ĐẤT", "Rao vặt bất động sản", "Tin đăng mới"]))]
    for _ in range(r.randint(2, 4)):
        out.append(("widget", r.choice([
            f"Bán căn hộ {r.randint(1, 3)}PN {r.randint(45, 120)} m2 tại {r.choice(PROJECTS)}, giá {r.randint(1, 9)},{r.randint(1, 9)} tỷ",
            f"Cho thuê nhà mặt phố {r.randint(3, 8)} tầng, {r.randint(30, 30)} triệu/tháng - LH {phone(r)}",
            f"Đất nền {r.randint(80, 300)} m2 {r.choice(DISTRICTS)}, sổ riêng, {r.randint(8, 40)} triệu/m2",
        ])))
    return out


def loan_calc(ctx, purpose="estate"):
    r = ctx.r(purpose)
    return [("widget", "Công cụ tính lãi vay mua nhà"), ("widget", "Số tiền vay (triệu đồng)"),
            ("widget", f"Lãi suất: {r.randint(6, 12)},{r.randint(0, 9)}%/năm"), ("widget", "Tính toán")]


def exam_lookup(ctx, purpose="edu"):
    r = ctx.r(purpose)
    y = ctx.day.year
    out = [("widget", r.choice([f"TRA CỨU ĐIỂM THI {y}", "Tra cứu điểm thi tốt nghiệp THPT", "Tra điểm nhanh"])),
           ("widget", r.choice(["Nhập số báo danh hoặc họ tên thí sinh", "Số báo danh", "Nhập SBD"])),
           ("widget", r.choice(["Tra cứu", "Xem điểm", "Tìm kiếm"]))]
    if r.random() < 0.7:
        out.append(("widget", f"Hotline tư vấn tuyển sinh: {phone(r)}"))
    return out


def score_table(ctx, purpose="edu"):
    r = ctx.r(purpose)
    out = [("widget", r.choice(["ĐIỂM CHUẨN THAM KHẢO", "Điểm chuẩn năm trước", "Bảng điểm một số thí sinh"]))]
    if out[0][1].startswith("Bảng"):
        out.append(("widget", "SBD Toán Văn Anh Tổng"))
        for _ in range(r.randint(3, 5)):
            a, b, c = (r.randint(10, 40) / 4 for _ in range(3))
            out.append(("widget", f"0{r.randint(1000000, 6499999)} {a:g} {b:g} {c:g} {a + b + c:g}".replace(".", ",")))
    else:
        for u in r.sample(UNIS, r.randint(3, 5)):
            out.append(("widget", f"Trường Đại học {u}: {r.randint(150, 285) / 10:g} điểm".replace(".", ",")))
    return out


def case_box(ctx, purpose="law"):
    r = ctx.r(purpose)
    rows = [f"Bị cáo: {initial_name(r)} ({r.randint(19, 66)} tuổi)",
            f"Tội danh: {r.choice(['Lừa đảo chiếm đoạt tài sản', 'Cố ý gây thương tích', 'Tham ô tài sản', 'Vận chuyển trái phép chất ma tuý', 'Vi phạm quy định về tham gia giao thông đường bộ'])}",
            f"Mức án: {r.randint(2, 20)} năm tù", f"Cơ quan xét xử: TAND TP Sông Hàn",
            f"Số tiền chiếm đoạt: hơn {r.randint(2, 900)} tỷ đồng", f"Thời gian xét xử: {r.randint(1, 5)} ngày",
            "Bị cáo có quyền kháng cáo trong thời hạn 15 ngày."]
    k = r.randint(3, 6)
    return [("widget", r.choice(["THÔNG TIN VỤ ÁN", "Hồ sơ vụ án", "Tóm tắt vụ án"]))] + \
        [("widget", rows[i]) for i in sorted(r.sample(range(len(rows)), k))]


def law_note(ctx, purpose="law"):
    r = ctx.r(purpose)
    rows = [r.choice(["Theo Điều 174 Bộ luật Hình sự, người phạm tội lừa đảo chiếm đoạt tài sản có thể bị phạt tù đến 20 năm hoặc tù chung thân.",
                      "Theo Điều 134 Bộ luật Hình sự, người cố ý gây thương tích có thể bị phạt tù từ 6 tháng đến 20 năm tuỳ mức độ.",
                      "Người dưới 18 tuổi phạm tội được áp dụng chính sách xử lý riêng theo luật định."]),
            r.choice(["Bạn đọc có câu hỏi pháp lý có thể gửi về chuyên mục Tư vấn pháp luật.",
                      f"Mọi thông tin về vụ việc xin gửi về đường dây nóng {phone(r)}."])]
    return [("widget", r.choice(["Thông tin thêm", "THÔNG TIN THÊM", "Góc pháp lý", "Luật sư tư vấn"]))] + \
        [("widget", x) for x in rows]


def health_box(ctx, purpose="health"):
    r = ctx.r(purpose)
    tips = ["Người bệnh nên đến cơ sở y tế gần nhất khi có dấu hiệu sốt cao kéo dài.",
            "Không tự ý mua kháng sinh về điều trị tại nhà.",
            "Uống đủ nước, ăn chín uống sôi và rửa tay thường xuyên bằng xà phòng.",
            "Trẻ dưới 5 tuổi và người cao tuổi là nhóm có nguy cơ biến chứng cao.",
            "Tiêm phòng đầy đủ theo lịch là cách phòng bệnh hiệu quả nhất."]
    out = [("widget", r.choice(["Thông tin thêm", "Lời khuyên của bác sĩ", "CẦN BIẾT", "Khuyến cáo"]))]
    out += [("widget", t) for t in r.sample(tips, r.randint(2, 3))]
    if r.random() < 0.7:
        out.append(("widget", r.choice(["Bài viết chỉ mang tính tham khảo, không thay thế chẩn đoán của bác sĩ.",
                                        "Thông tin trong bài chỉ mang tính chất tham khảo.",
                                        f"Tổng đài tư vấn sức khoẻ miễn phí: {phone(r)}"])))
    return out


def travel_box(ctx, purpose="travel"):
    r = ctx.r(purpose)
    rows = [f"Di chuyển: xe khách giường nằm từ Hà Nội mất khoảng {r.randint(4, 12)} tiếng, giá vé {r.randint(2, 5)}00.000 đồng.",
            f"Lưu trú: homestay giá từ {r.randint(2, 9)}00.000 đồng một đêm.",
            f"Thời điểm đẹp nhất: tháng {r.randint(1, 6)} đến tháng {r.randint(7, 12)}.",
            "Nên mang áo khoác mỏng vì buổi tối nhiệt độ xuống thấp.",
            f"Chi phí dự kiến: {r.randint(2, 8)} triệu đồng cho chuyến đi ba ngày hai đêm.",
            "Ăn gì: cơm lam, gà đồi nướng, rượu ngô."]
    return [("widget", r.choice(["Thông tin thêm", "Cẩm nang", "THÔNG TIN HỮU ÍCH", "Lưu ý khi đi"]))] + \
        [("widget", x) for x in r.sample(rows, r.randint(2, 5))]


def infographic(ctx, purpose="info"):
    r = ctx.r(purpose)
    topic = r.choice(["Diễn biến giá vàng 10 phiên gần nhất", "Tăng trưởng GDP theo quý",
                      "Cơ cấu nguồn vốn đầu tư", "Lượng khách quốc tế theo tháng", "Số ca mắc mới theo tuần",
                      "Doanh số xe bán ra theo tháng", "Tỷ lệ tốt nghiệp qua các năm"])
    out = [("caption", r.choice([f"Infographic: {topic}", f"{topic}.", f"Biểu đồ: {topic.lower()}", topic.upper()]))]
    labels = r.choice([["Quý I", "Quý II", "Quý III", "Quý IV"], ["Tháng 1", "Tháng 2", "Tháng 3", "Tháng 4", "Tháng 5"],
                       ["Phiên 1", "Phiên 2", "Phiên 3"], [str(ctx.day.year - 3), str(ctx.day.year - 2), str(ctx.day.year - 1)]])
    for lb in labels:
        out.append(("caption", f"{lb}: {r.randint(1, 99)},{r.randint(0, 9)}"))
    if r.random() < 0.6:
        out.append(("caption", r.choice(["Đơn vị: %", "Đơn vị tính: triệu đồng/lượng", "Đơn vị: nghìn lượt"])))
    out.append(("credit", r.choice([f"Đồ hoạ: {short_name(r)}", f"Nguồn: Viện Thống kê Lam Giang - Đồ hoạ: {short_name(r)}",
                                    f"Thiết kế: {short_name(r)}", "Nguồn: Tổng hợp"])))
    return out


def interview_box(ctx, purpose="interview"):
    r = ctx.r(purpose)
    nm = person(r)
    return [("widget", r.choice(["Khách mời", "VỀ NHÂN VẬT", "Chân dung"])),
            ("widget", f"{nm}, {r.randint(28, 70)} tuổi"),
            ("widget", r.choice([f"Giám đốc Công ty {r.choice(COMPANIES)}", f"Giảng viên Trường Đại học {r.choice(UNIS)}",
                                 f"Nguyên cầu thủ {r.choice(TEAMS)}", f"Trưởng khoa, Bệnh viện {r.choice(HOSPITALS)}"])),
            ("widget", r.choice(["Ông từng có 12 năm làm việc tại nước ngoài trước khi trở về.",
                                 "Bà là tác giả của nhiều công trình nghiên cứu về đô thị.",
                                 "Ông đã dẫn dắt nhiều thế hệ học trò trưởng thành."]))]


def pull_quote(ctx, purpose="quote"):
    """A clause lifted from a quoted passage of the story (never a whole sentence)."""
    r = ctx.r(purpose)
    cands = []
    for s in ctx.sentences:
        for m in re.finditer(r"[\"“]([^\"“”]{30,160})[\"”]", s):
            q = m.group(1).strip()
            parts = [p.strip() for p in re.split(r"[.,;!?]\s", q) if len(p.split()) >= 6]
            cands += parts
    cands = [c for c in cands if norm(c) not in ctx.bnorm]
    if not cands:
        return []
    q = r.choice(cands).rstrip(".,;!? ")
    return [("widget", r.choice([f"“{q}”", f"\"{q}...\"", f"“{q}…”"]))]


# ----------------------------------------------------------------------------------------------
# layouts
# ----------------------------------------------------------------------------------------------
LAYOUTS = {
    # name: (desk, keyword desk for fitting, description used in README)
    "sport_match": "sports", "sport_desk": "sports",
    "market_prices": "business", "stock_board": "business", "business_infographic": "business",
    "showbiz_gallery": "showbiz", "showbiz_news": "showbiz",
    "court_trial": "law", "police_beat": "law",
    "health_clinic": "health", "tech_gadget": "tech",
    "exam_results": "education", "school_news": "education",
    "travel_essay": "travel", "motoring": "motoring", "real_estate": "realestate",
    "provincial": "local", "opinion_column": "general", "interview": "general",
    "photo_story": "general", "emagazine": "general",
}
KEYWORDS = {
    "sports": ["bóng đá", "cầu thủ", "HLV", "đội tuyển", "trận", "vô địch", "SEA Games", "V-League", "bàn thắng",
               "huy chương", "vận động viên", "CLB", "giải đấu", "World Cup", "sân vận động"],
    "business": ["giá", "thị trường", "doanh nghiệp", "ngân hàng", "cổ phiếu", "chứng khoán", "tỷ đồng", "lãi suất",
                 "xuất khẩu", "USD", "vàng", "xăng", "kinh doanh", "lợi nhuận"],
    "showbiz": ["ca sĩ", "diễn viên", "phim", "hoa hậu", "người mẫu", "MV", "sân khấu", "nghệ sĩ", "showbiz",
                "album", "liveshow", "danh hài"],
    "law": ["toà", "bị cáo", "tuyên án", "xét xử", "khởi tố", "công an", "bắt giữ", "tạm giam", "điều tra", "vụ án",
            "luật sư", "truy tố", "nghi phạm", "cảnh sát", "lừa đảo"],
    "health": ["bệnh viện", "bác sĩ", "bệnh nhân", "sức khoẻ", "ung thư", "virus", "dịch", "Bộ Y tế", "điều trị",
               "thuốc", "tiêm", "vắc-xin"],
    "tech": ["điện thoại", "smartphone", "iPhone", "Samsung", "Apple", "công nghệ", "ứng dụng", "Internet",
             "phần mềm", "máy tính", "Facebook", "Google", "mạng xã hội", "hacker"],
    "education": ["học sinh", "sinh viên", "giáo viên", "trường", "thi", "tuyển sinh", "đại học", "Bộ Giáo dục",
                  "điểm chuẩn", "lớp"],
    "travel": ["du lịch", "du khách", "khách sạn", "bãi biển", "tour", "điểm đến", "phượt", "danh thắng"],
    "motoring": ["ôtô", "ô tô", "xe máy", "giao thông", "tài xế", "CSGT", "cao tốc", "lái xe", "xe khách", "tai nạn"],
    "realestate": ["căn hộ", "chung cư", "dự án", "nhà ở", "bất động sản", "m2", "quy hoạch", "sổ đỏ", "khu đô thị"],
    "local": ["UBND", "tỉnh", "huyện", "xã", "người dân", "thôn", "bản"],
}


def desk_scores(title, article):
    text = (title + " ") * 3 + detok(article[:1500])
    low = text.lower()
    sc = {}
    for d, kws in KEYWORDS.items():
        sc[d] = sum(len(re.findall(r"(?<!\w)" + re.escape(k.lower()) + r"(?!\w)", low)) for k in kws)
    return sc


def choose_layouts(rows):
    counts = {k: 0 for k in LAYOUTS}
    out = []
    for row, title, article in rows:
        r = rnd(row, "layout")
        sc = desk_scores(title, article)
        best, bestv = None, None
        for name, desk in LAYOUTS.items():
            fit = 1.1 if desk == "general" else min(sc.get(desk, 0), 8) / 8 * 3.0
            if desk == "local":
                fit = min(sc["local"], 12) / 12 * 1.6
            v = fit + r.random() * 1.0 - 0.3 * counts[name]
            if bestv is None or v > bestv:
                best, bestv = name, v
        counts[best] += 1
        out.append(best)
    return out


def paragraphs(ctx, sizes=(1, 2, 3, 4), weights=(25, 35, 28, 12)):
    r = ctx.r("paras")
    paras, i, s = [], 0, ctx.sentences
    while i < len(s):
        k = r.choices(sizes, weights)[0]
        paras.append(s[i:i + k])
        i += k
    return paras


def weave(ctx, paras, blocks, purpose="weave", lead_first=True, ordered=False):
    """Interleave blocks (lists of lines) between body paragraphs (in block order when ordered)."""
    r = ctx.r(purpose)
    n = len(paras)
    slots = {}
    blocks = [b for b in blocks if b]
    lo = 1 if (lead_first and n > 1) else 0
    positions = [r.randint(lo, max(lo, n - 1)) if n > 0 else 0 for _ in blocks]
    if ordered:
        positions.sort()
    for b, pos in zip(blocks, positions):
        slots.setdefault(pos, []).append(b)
    out = []
    for k in range(n + 1):
        for b in slots.get(k, []):
            out += b
        if k < n:
            out.append(("body", list(paras[k])))
    return out


def head_lines(ctx, top, after_title, site=True):
    r = ctx.r("head")
    out = []
    if site:
        out.append(("site", ctx.site_line()))
    out += top
    out.append(("title", ctx.title))
    out += after_title
    return out


def date_first(ctx, extra=()):
    return [("date", ctx.date_line())] + list(extra)


# each layout returns a list of (label, payload) entries ------------------------------------------
def L_sport_match(ctx):
    r = ctx.r("layout-body")
    sb, a, b = scoreboard(ctx)
    top = [desk_menu(ctx, "sports"), breadcrumb(ctx, "Thể thao", r.choice(["Bóng đá Việt Nam", "Cúp Ba Miền", "Hạng Nhất"]))]
    after = date_first(ctx) + sb
    if r.random() < 0.5:
        after.append(("byline", byline(ctx)))
    paras = paragraphs(ctx)
    blocks = [caption_block(ctx, "sports", "cap1"), [lineup(ctx, a), lineup(ctx, b)] if r.random() < 0.7 else [],
              match_facts(ctx), caption_block(ctx, "sports", "cap2"), inline_related(ctx)]
    if r.random() < 0.5:
        blocks.append(video_block(ctx))
    if r.random() < 0.4:
        blocks.append([("widget", r.choice(["Tường thuật trực tiếp", "Xem lại diễn biến trận đấu", "Cập nhật liên tục"]))])
    out = head_lines(ctx, top, after) + weave(ctx, paras, blocks)
    if not any(k == "byline" for k, _ in after):
        out.append(("byline", byline(ctx)))
    out += standings(ctx) if r.random() < 0.5 else fixtures(ctx)
    out += [("widget", tags_line(ctx, title_tags(ctx, ["bóng đá", "vòng 12", "Cúp Ba Miền", r.choice(TEAMS)])))]
    out += related_block(ctx, r.randint(3, 6)) + comments_block(ctx) + footer_lines(ctx)
    return out


def L_sport_desk(ctx):
    r = ctx.r("layout-body")
    top = [desk_menu(ctx, "sports")]
    after = [("byline", byline(ctx))] + date_first(ctx) if r.random() < 0.4 else date_first(ctx)
    paras = paragraphs(ctx)
    blocks = [caption_block(ctx, "sports", "cap1"), caption_block(ctx, "sports", "cap2"), inline_related(ctx),
              [ad_line(ctx)]]
    if r.random() < 0.5:
        blocks.append([("widget", r.choice(["Thông tin thêm", "NGOÀI LỀ"])),
                       ("widget", f"{short_name(r, False)} đã có {r.randint(3, 40)} lần khoác áo đội tuyển."),
                       ("widget", f"Chiều cao: 1,{r.randint(65, 92)} m - Vị trí: {r.choice(['tiền đạo', 'tiền vệ', 'hậu vệ', 'thủ môn'])}")])
    out = head_lines(ctx, top, after) + weave(ctx, paras, blocks)
    if not any(k == "byline" for k, _ in after):
        out.append(("byline", byline(ctx)))
    out += standings(ctx)
    out += [("widget", share_row(ctx))] + related_block(ctx, r.randint(3, 5)) + footer_lines(ctx)
    return out


def L_market_prices(ctx):
    r = ctx.r("layout-body")
    top = [desk_menu(ctx, "business"), ("widget", f"Giá vàng {ctx.ddmm()}  |  Tỷ giá  |  Xăng dầu  |  Lãi suất")]
    after = date_first(ctx)
    paras = paragraphs(ctx)
    blocks = [price_board(ctx), caption_block(ctx, "business", "cap1"), inline_related(ctx), [ad_line(ctx)]]
    if r.random() < 0.5:
        blocks.append(price_board(ctx, "market2"))
    out = head_lines(ctx, top, after) + weave(ctx, paras, blocks)
    out.append(("byline", byline(ctx)))
    out += [("widget", tags_line(ctx, title_tags(ctx, ["giá vàng", "tỷ giá", "giá xăng", "thị trường"])))]
    out += related_block(ctx, r.randint(3, 6)) + newsletter(ctx) + footer_lines(ctx)
    return out


def L_stock_board(ctx):
    r = ctx.r("layout-body")
    top = ticker(ctx)[:1] + [desk_menu(ctx, "business")]
    after = date_first(ctx) + [("byline", byline(ctx))]
    paras = paragraphs(ctx)
    blocks = [ticker(ctx, "market3")[1:], caption_block(ctx, "business", "cap1"), inline_related(ctx)]
    if r.random() < 0.5:
        blocks.append([("widget", r.choice(["Mã CK liên quan", "Cổ phiếu được nhắc đến"])),
                       ("widget", " ".join(r.sample(TICKERS, 3)))])
    out = head_lines(ctx, top, after) + weave(ctx, paras, blocks)
    out += [("widget", r.choice(["Thông tin chỉ mang tính tham khảo, không phải khuyến nghị đầu tư.",
                                 "Nhà đầu tư tự chịu trách nhiệm với quyết định của mình."]))]
    out += [("widget", share_row(ctx))] + related_block(ctx, r.randint(4, 7), style="dated") + footer_lines(ctx)
    return out


def L_business_infographic(ctx):
    r = ctx.r("layout-body")
    top = [breadcrumb(ctx, "Kinh doanh", r.choice(["Vĩ mô", "Doanh nghiệp", "Tiêu dùng"]))]
    after = date_first(ctx)
    paras = paragraphs(ctx)
    blocks = [infographic(ctx), caption_block(ctx, "business", "cap1"), inline_related(ctx)]
    out = head_lines(ctx, top, after) + weave(ctx, paras, blocks)
    out.append(("byline", byline(ctx)))
    out += [("widget", share_row(ctx))] + related_block(ctx, r.randint(3, 6)) + comments_block(ctx) + footer_lines(ctx)
    return out


def L_showbiz_gallery(ctx):
    r = ctx.r("layout-body")
    top = [desk_menu(ctx, "showbiz")]
    after = date_first(ctx)
    paras = paragraphs(ctx, (1, 2, 3), (40, 45, 15))
    total = r.randint(5, 10)
    blocks = [caption_block(ctx, "showbiz", f"gal{k}", gallery=f"{k}/{total}") for k in range(1, total + 1)]
    blocks.append(inline_related(ctx))
    out = head_lines(ctx, top, after) + weave(ctx, paras, blocks, lead_first=False, ordered=True)
    out.append(("byline", byline(ctx)))
    if r.random() < 0.6:
        out.append(("credit", credit_text(ctx)))
    out += [("widget", tags_line(ctx, title_tags(ctx, ["sao Việt", "thời trang", "thảm đỏ", "hậu trường"])))]
    out += related_block(ctx, r.randint(4, 8), style=r.choice(["lines", "teaser", "joined"])) + footer_lines(ctx)
    return out


def L_showbiz_news(ctx):
    r = ctx.r("layout-body")
    top = [desk_menu(ctx, "showbiz"), breadcrumb(ctx, "Giải trí", r.choice(["Sao Việt", "Âm nhạc", "Điện ảnh"]))]
    after = date_first(ctx, [("byline", byline(ctx))]) if r.random() < 0.5 else date_first(ctx)
    paras = paragraphs(ctx)
    blocks = [caption_block(ctx, "showbiz", f"cap{k}") for k in range(r.randint(2, 5))]
    blocks.append([("caption", f"{person(r, True)} chia sẻ trên trang cá nhân."), ("credit", "Ảnh chụp màn hình")])
    blocks.append(video_block(ctx))
    blocks.append(inline_related(ctx))
    out = head_lines(ctx, top, after) + weave(ctx, paras, blocks)
    if not any(k == "byline" for k, _ in after):
        out.append(("byline", byline(ctx)))
    out += [("widget", share_row(ctx))] + related_block(ctx, r.randint(3, 6)) + comments_block(ctx) + footer_lines(ctx)
    return out


def L_court_trial(ctx):
    r = ctx.r("layout-body")
    top = [desk_menu(ctx, "law"), breadcrumb(ctx, "Pháp luật", "Hồ sơ vụ án")]
    after = date_first(ctx)
    paras = paragraphs(ctx)
    blocks = [caption_block(ctx, "law", "cap1"), caption_block(ctx, "law", "cap2"), case_box(ctx), inline_related(ctx)]
    out = head_lines(ctx, top, after) + weave(ctx, paras, blocks)
    out.append(("byline", byline(ctx)))
    out += law_note(ctx) if r.random() < 0.6 else []
    out += [("widget", tags_line(ctx, title_tags(ctx, ["xét xử", "phiên toà", "TAND", "bị cáo"])))]
    out += related_block(ctx, r.randint(3, 6)) + comments_block(ctx) + footer_lines(ctx)
    return out


def L_police_beat(ctx):
    r = ctx.r("layout-body")
    top = [desk_menu(ctx, "law")]
    after = date_first(ctx, [("byline", byline(ctx))])
    paras = paragraphs(ctx)
    blocks = [caption_block(ctx, "law", "cap1"), inline_related(ctx), [ad_line(ctx)]]
    if r.random() < 0.5:
        blocks.append(video_block(ctx))
    out = head_lines(ctx, top, after) + weave(ctx, paras, blocks)
    out.append(("widget", r.choice([f"Bạn đọc có thông tin về vụ việc xin liên hệ đường dây nóng {phone(r)}.",
                                    f"Đường dây nóng: {phone(r)}", f"Gửi tin báo về toà soạn qua hòm thư bandoc@{ctx.domain}"])))
    out += related_block(ctx, r.randint(3, 6)) + footer_lines(ctx)
    return out


def L_health_clinic(ctx):
    r = ctx.r("layout-body")
    top = [desk_menu(ctx, "health")]
    after = date_first(ctx)
    paras = paragraphs(ctx)
    blocks = [caption_block(ctx, "health", "cap1"), caption_block(ctx, "health", "cap2"), inline_related(ctx)]
    out = head_lines(ctx, top, after) + weave(ctx, paras, blocks)
    out.append(("byline", byline(ctx)))
    out += health_box(ctx)
    out += [("widget", r.choice(["Hỏi bác sĩ miễn phí", "Đặt lịch khám", "Gửi câu hỏi cho chuyên gia"]))]
    out += related_block(ctx, r.randint(3, 6)) + footer_lines(ctx)
    return out


def L_tech_gadget(ctx):
    r = ctx.r("layout-body")
    top = [desk_menu(ctx, "tech"), breadcrumb(ctx, "Số hoá", r.choice(["Điện thoại", "Ứng dụng", "Bảo mật"]))]
    after = date_first(ctx) + ([("byline", byline(ctx))] if r.random() < 0.5 else [])
    paras = paragraphs(ctx)
    blocks = [caption_block(ctx, "tech", "cap1"), spec_box(ctx, "phone"), caption_block(ctx, "tech", "cap2"),
              video_block(ctx), inline_related(ctx)]
    out = head_lines(ctx, top, after) + weave(ctx, paras, blocks)
    if not any(k == "byline" for k, _ in after):
        out.append(("byline", byline(ctx)))
    if r.random() < 0.6:
        out += [("widget", "Đánh giá"), ("widget", f"Thiết kế {r.randint(6, 10)}/10 - Hiệu năng {r.randint(6, 10)}/10 - Pin {r.randint(6, 10)}/10")]
    out += [("widget", tags_line(ctx, title_tags(ctx, ["smartphone", "đánh giá", "thủ thuật", "bảo mật"])))]
    out += related_block(ctx, r.randint(3, 6)) + comments_block(ctx) + footer_lines(ctx)
    return out


def L_exam_results(ctx):
    r = ctx.r("layout-body")
    top = [desk_menu(ctx, "education")]
    after = date_first(ctx)
    paras = paragraphs(ctx)
    blocks = [exam_lookup(ctx), score_table(ctx), caption_block(ctx, "education", "cap1"), inline_related(ctx)]
    out = head_lines(ctx, top, after) + weave(ctx, paras, blocks)
    out.append(("byline", byline(ctx)))
    out += [("widget", tags_line(ctx, title_tags(ctx, ["điểm thi", "tuyển sinh", "điểm chuẩn", "thi THPT"])))]
    out += related_block(ctx, r.randint(3, 6)) + newsletter(ctx) + footer_lines(ctx)
    return out


def L_school_news(ctx):
    r = ctx.r("layout-body")
    top = [desk_menu(ctx, "education"), breadcrumb(ctx, "Giáo dục", r.choice(["Tuyển sinh", "Góc phụ huynh", "Tin tức"]))]
    after = [("byline", byline(ctx))] + date_first(ctx) if r.random() < 0.5 else date_first(ctx)
    paras = paragraphs(ctx)
    blocks = [caption_block(ctx, "education", "cap1"), caption_block(ctx, "education", "cap2"), inline_related(ctx)]
    out = head_lines(ctx, top, after) + weave(ctx, paras, blocks)
    if not any(k == "byline" for k, _ in after):
        out.append(("byline", byline(ctx)))
    out += [("widget", share_row(ctx))] + related_block(ctx, r.randint(3, 6)) + comments_block(ctx) + footer_lines(ctx)
    return out


def L_travel_essay(ctx):
    r = ctx.r("layout-body")
    top = [desk_menu(ctx, "travel")]
    after = date_first(ctx)
    paras = paragraphs(ctx, (1, 2, 3), (35, 45, 20))
    blocks = [caption_block(ctx, "travel", f"cap{k}") for k in range(r.randint(4, 8))]
    blocks.append(inline_related(ctx))
    out = head_lines(ctx, top, after) + weave(ctx, paras, blocks, lead_first=False)
    out.append(("byline", byline(ctx, r.choice(["bai_anh", "plain", "pen", "bai_anh_pair"]))))
    out += travel_box(ctx)
    if r.random() < 0.5:
        out.append(("widget", r.choice(["Xem bản đồ", "Chỉ đường", "📍 Xem vị trí trên bản đồ"])))
    out += related_block(ctx, r.randint(3, 6)) + footer_lines(ctx)
    return out


def L_motoring(ctx):
    r = ctx.r("layout-body")
    top = [desk_menu(ctx, "motoring")]
    after = date_first(ctx)
    paras = paragraphs(ctx)
    blocks = [caption_block(ctx, "motoring", "cap1"), spec_box(ctx, "car"), caption_block(ctx, "motoring", "cap2"),
              inline_related(ctx)]
    if r.random() < 0.5:
        blocks.append(video_block(ctx))
    out = head_lines(ctx, top, after) + weave(ctx, paras, blocks)
    out.append(("byline", byline(ctx)))
    out += [("widget", r.choice(["Đăng ký lái thử", "Dự toán chi phí lăn bánh", "So sánh xe"])),
            ("widget", r.choice([f"Bảng giá xe tháng {ctx.day.month}", "Giá xe mới nhất"]))]
    out += related_block(ctx, r.randint(3, 6)) + comments_block(ctx) + footer_lines(ctx)
    return out


def L_real_estate(ctx):
    r = ctx.r("layout-body")
    top = [desk_menu(ctx, "realestate")]
    after = date_first(ctx, [("byline", byline(ctx))]) if r.random() < 0.5 else date_first(ctx)
    paras = paragraphs(ctx)
    blocks = [caption_block(ctx, "realestate", "cap1"), project_box(ctx), caption_block(ctx, "realestate", "cap2"),
              inline_related(ctx)]
    out = head_lines(ctx, top, after) + weave(ctx, paras, blocks)
    if not any(k == "byline" for k, _ in after):
        out.append(("byline", byline(ctx)))
    out += loan_calc(ctx) if r.random() < 0.5 else []
    out += listing_ads(ctx) + related_block(ctx, r.randint(3, 6)) + footer_lines(ctx)
    return out


def L_provincial(ctx):
    r = ctx.r("layout-body")
    top = [desk_menu(ctx, "local"), breadcrumb(ctx, "Tỉnh thành", r.choice(["Miền Trung", "Đồng bằng sông Cửu Long", "Tây Bắc"]))]
    after = date_first(ctx)
    paras = paragraphs(ctx)
    blocks = [caption_block(ctx, "local", "cap1"), caption_block(ctx, "local", "cap2"), inline_related(ctx)]
    out = head_lines(ctx, top, after) + weave(ctx, paras, blocks)
    out.append(("byline", byline(ctx, r.choice(["agency", "theo", "plain", "caps", "team"]))))
    if r.random() < 0.5:
        out.append(("widget", f"Phóng viên thường trú tại {r.choice(['Tây Nguyên', 'Nam Trung Bộ', 'Tây Bắc', 'miền Tây'])}"))
    out += [("widget", r.choice([f"Đường dây nóng: {phone(r)}", "Gửi tin bài cho chúng tôi"]))]
    out += related_block(ctx, r.randint(3, 6)) + footer_lines(ctx)
    return out


def L_opinion_column(ctx):
    r = ctx.r("layout-body")
    top = [desk_menu(ctx, "general"), ("widget", r.choice(["GÓC NHÌN", "Bàn tròn", "Quan điểm", "Tản mạn cuối tuần"]))]
    box = author_box(ctx)
    after = box + date_first(ctx) if r.random() < 0.6 else date_first(ctx)
    paras = paragraphs(ctx, (2, 3, 4), (35, 40, 25))
    blocks = [pull_quote(ctx), caption_block(ctx, "general", "cap1") if r.random() < 0.5 else []]
    out = head_lines(ctx, top, after) + weave(ctx, paras, blocks)
    if box[0] not in after:
        out += box
    out.append(("widget", r.choice(["Bài viết thể hiện quan điểm riêng của tác giả.",
                                    "Quan điểm trong bài là của riêng tác giả, không nhất thiết phản ánh quan điểm của toà soạn.",
                                    f"Mời bạn đọc gửi ý kiến về địa chỉ gocnhin@{ctx.domain}"])))
    out.append(("widget", r.choice(["Cùng tác giả", "CÙNG TÁC GIẢ", "Bài khác của tác giả"])))
    out += [("related", t) for t, _ in ctx.headlines(r.randint(2, 4))]
    out += comments_block(ctx) + footer_lines(ctx)
    return out


def L_interview(ctx):
    r = ctx.r("layout-body")
    top = [desk_menu(ctx, "general"), ("widget", r.choice(["PHỎNG VẤN", "Đối thoại", "Gặp gỡ cuối tuần"]))]
    after = date_first(ctx)
    paras = paragraphs(ctx)
    blocks = [interview_box(ctx), [("caption", portrait(ctx, "cap-portrait")), ("credit", credit_text(ctx))],
              pull_quote(ctx), caption_block(ctx, "general", "cap1")]
    out = head_lines(ctx, top, after) + weave(ctx, paras, blocks)
    out.append(("byline", r.choice([f"Thực hiện: {short_name(r)}", f"{short_name(r)} thực hiện",
                                    f"Thực hiện: {short_name(r)} - {short_name(r)}"])))
    out += [("widget", share_row(ctx))] + related_block(ctx, r.randint(3, 6)) + footer_lines(ctx)
    return out


def L_photo_story(ctx):
    r = ctx.r("layout-body")
    top = [("widget", r.choice(["PHÓNG SỰ ẢNH", "Ảnh", "Photo story", "Câu chuyện ảnh"]))]
    after = date_first(ctx, [("byline", byline(ctx, "bai_anh"))]) if r.random() < 0.6 else date_first(ctx)
    paras = paragraphs(ctx, (1, 2), (55, 45))
    total = r.randint(6, 12)
    blocks = [caption_block(ctx, ctx.desk if ctx.desk != "general" else "local", f"gal{k}", gallery=f"{k}/{total}",
                            allow_topic=(k == 1))
              for k in range(1, total + 1)]
    out = head_lines(ctx, top, after) + weave(ctx, paras, blocks, lead_first=False, ordered=True)
    if not any(k == "byline" for k, _ in after):
        out.append(("byline", byline(ctx, r.choice(["bai_anh", "pair", "plain"]))))
    out += [("widget", r.choice(["Xem tiếp", "Phóng sự ảnh khác", "Album khác"]))]
    out += related_block(ctx, r.randint(3, 6), style="lines", header=None) + footer_lines(ctx)
    return out


def L_emagazine(ctx):
    r = ctx.r("layout-body")
    top = [("widget", r.choice(["E-MAGAZINE", "eMagazine", "Longform"])),
           ("widget", r.choice(["Cuộn xuống để đọc", "▼", "Bắt đầu đọc"]))]
    after = date_first(ctx)
    crew = [("byline", f"Nội dung: {person(r)}"), ("credit", f"Ảnh: {person(r)}"),
            ("credit", f"Thiết kế: {short_name(r)}")]
    if r.random() < 0.5:
        crew.append(("credit", f"Video: {short_name(r)}"))
    if r.random() < 0.5:
        crew.insert(0, ("byline", f"Chỉ đạo thực hiện: {person(r)}"))
    paras = paragraphs(ctx, (2, 3, 4), (30, 40, 30))
    nchap = min(3, max(1, len(paras) // 3))
    blocks = [[("widget", r.choice([f"0{k}", f"Phần {k}", f"Kỳ {k}", ["I", "II", "III"][k - 1]]))] for k in range(1, nchap + 1)]
    blocks += [caption_block(ctx, ctx.desk if ctx.desk != "general" else "travel", f"cap{k}") for k in range(r.randint(2, 4))]
    blocks.append(pull_quote(ctx))
    out = head_lines(ctx, top, after, site=r.random() < 0.7) + weave(ctx, paras, blocks)
    out += crew
    out.append(("widget", f"Ngày xuất bản: {ctx.ddmmyyyy()}"))
    out += [("widget", share_row(ctx))] + related_block(ctx, r.randint(2, 4), header=r.choice(["E-magazine khác", "Đọc thêm"])) + footer_lines(ctx)
    return out


LAYOUT_FUNCS = {
    "sport_match": L_sport_match, "sport_desk": L_sport_desk, "market_prices": L_market_prices,
    "stock_board": L_stock_board, "business_infographic": L_business_infographic,
    "showbiz_gallery": L_showbiz_gallery, "showbiz_news": L_showbiz_news, "court_trial": L_court_trial,
    "police_beat": L_police_beat, "health_clinic": L_health_clinic, "tech_gadget": L_tech_gadget,
    "exam_results": L_exam_results, "school_news": L_school_news, "travel_essay": L_travel_essay,
    "motoring": L_motoring, "real_estate": L_real_estate, "provincial": L_provincial,
    "opinion_column": L_opinion_column, "interview": L_interview, "photo_story": L_photo_story,
    "emagazine": L_emagazine,
}


# ----------------------------------------------------------------------------------------------
# scraper faults
# ----------------------------------------------------------------------------------------------
def _spaces(s, r, fn, rate):
    parts = s.split(" ")
    if len(parts) < 2:
        return s
    out = [parts[0]]
    for p in parts[1:]:
        out.append(fn() if r.random() < rate else " ")
        out.append(p)
    return "".join(out)


def apply_faults(entries, row):
    r = rnd(row, "faults")
    if r.random() >= 0.27:
        return entries, []
    kinds = r.sample(["nbsp", "zwsp", "dblspace", "glue", "nfd"], r.choice([1, 1, 2, 2, 3]))
    kinds = [k for k in FAULTS if k in kinds]
    if "glue" in kinds:
        done = 0
        for e in entries:
            if e[0] != "body" or done >= 2:
                continue
            items = e[1]
            for j in range(len(items) - 1):
                a, b = items[j], items[j + 1]
                if a.endswith(".") and b[:1].isupper() and r.random() < 0.8:
                    items[j:j + 2] = [a + b]
                    e[3].append(j)
                    done += 1
                    break
        if not done:
            kinds.remove("glue")

    def fault_text(s, kind):
        if kind == "nbsp":
            return _spaces(s, r, lambda: "\u00a0", 0.35)
        if kind == "zwsp":
            return _spaces(s, r, lambda: r.choice([" \u200b", "\u200b ", "\u200b"]), 0.12)
        if kind == "dblspace":
            return _spaces(s, r, lambda: "  ", 0.15)
        return s

    for kind in ("nbsp", "zwsp", "dblspace"):
        if kind not in kinds:
            continue
        for e in entries:
            if r.random() < 0.45:
                if e[0] == "body":
                    e[1][:] = [fault_text(x, kind) for x in e[1]]
                else:
                    e[1] = fault_text(e[1], kind)
    if "nfd" in kinds:
        for e in entries:
            if e[0] == "body":
                e[1][:] = [unicodedata.normalize("NFD", x) for x in e[1]]
            else:
                e[1] = unicodedata.normalize("NFD", e[1])
    return entries, kinds


# ----------------------------------------------------------------------------------------------
# building and checking pages
# ----------------------------------------------------------------------------------------------
class Breach(ValueError):
    pass


def build_page(k, row, title, article, layout, related_pool):
    title = detok(title)
    sents = story_sentences(title, article)
    desk = LAYOUTS[layout]
    pool = DESK_OUTLETS.get(desk, []) + OUTLETS
    outlet = rnd(row, "outlet").choice(pool)
    ctx = Ctx(row, title, sents, outlet, desk, related_pool, layout)
    raw = LAYOUT_FUNCS[layout](ctx)
    entries = []
    for label, payload in raw:
        if label == "body":
            entries.append(["body", list(payload), list(payload), []])
        else:
            entries.append([label, payload])
    entries, faults = apply_faults(entries, row)
    text_lines, body, furniture, unl, sent_norms, story = [], [], [], [], set(), []
    for e in entries:
        if e[0] == "body":
            text_lines.append(" ".join(e[1]))
            body += e[1]
            story += e[2]
            for s in e[2]:
                sent_norms.add(norm(s))
            for x in e[1]:
                sent_norms.add(norm(x))
        elif e[0] in ("title", "date", "site"):
            text_lines.append(e[1])
            unl.append((e[0], e[1]))
        else:
            text_lines.append(e[1])
            furniture.append((e[0], e[1]))
    page = Page("\n".join(text_lines), body, furniture, layout)
    meta = {"row": row, "unlabelled": unl, "sent_norms": sent_norms, "story": story, "faults": faults,
            "sentences": sents}
    check_page(page, meta)
    return page, meta


def check_page(page, meta):
    where = f"page for row {meta['row']} ({page.layout})"
    if not page.text or page.text != page.text.strip():
        raise Breach(f"{where}: text empty or not stripped")
    lines = page.text.split("\n")
    for ln in lines:
        if not ln.strip() or ln != ln.strip():
            raise Breach(f"{where}: blank or unstripped line {ln!r}")
    for kind, ln in page.furniture:
        if kind not in KINDS:
            raise Breach(f"{where}: bad kind {kind}")
    for item in page.body:
        if not item or item not in page.text:
            raise Breach(f"{where}: body item not in text: {item!r}")
    # partition the text into furniture lines, body lines of 1-4 items and at most 3 unlabelled lines
    bi = fi = 0
    unl = []
    for ln in lines:
        if fi < len(page.furniture) and ln == page.furniture[fi][1]:
            fi += 1
            continue
        for n in (1, 2, 3, 4):
            if bi + n <= len(page.body) and " ".join(page.body[bi:bi + n]) == ln:
                bi += n
                break
        else:
            unl.append(ln)
    if bi != len(page.body) or fi != len(page.furniture):
        raise Breach(f"{where}: text does not partition into body and furniture ({bi}/{len(page.body)}, {fi}/{len(page.furniture)})")
    if len(unl) > 3:
        raise Breach(f"{where}: {len(unl)} unlabelled lines")
    known = [t for _, t in meta["unlabelled"]]
    if unl != known:
        raise Breach(f"{where}: unlabelled lines are not title/date/site: {unl!r}")
    labs = [lab for lab, _ in meta["unlabelled"]]
    if labs.count("title") != 1 or labs.count("date") > 1 or labs.count("site") > 1:
        raise Breach(f"{where}: unlabelled lines must be one title, one date, one site name")
    # story order: body items are the story sentences in order (glued pairs joined)
    joined = norm("".join(page.body))
    if joined != norm("".join(meta["story"])):
        raise Breach(f"{where}: body items out of story order")
    pos, sents = 0, meta["sentences"]
    for s in meta["story"]:
        try:
            pos = sents.index(s, pos) + 1
        except ValueError:
            raise Breach(f"{where}: body sentence not from the story in order: {s!r}")
    # no furniture or unlabelled line may equal a body sentence after normalisation
    sn = meta["sent_norms"]
    for kind, ln in page.furniture:
        if norm(ln) in sn:
            raise Breach(f"{where}: {kind} line equals a body sentence: {ln!r}")
    for ln in unl:
        if norm(ln) in sn:
            raise Breach(f"{where}: unlabelled line equals a body sentence: {ln!r}")


def build_all(train_path):
    body_rows, rel_rows = read_rows(train_path)
    pool = []
    for row, t, a1200 in rel_rows:
        title = detok(t)
        teaser = teaser_of(a1200, rnd(row, "teaser"))
        pool.append((title, teaser))
    layouts = choose_layouts(body_rows)
    out = []
    for k, ((row, title, article), lay) in enumerate(zip(body_rows, layouts)):
        out.append(build_page(k, row, title, article, lay, pool))
    # a body row's text appears only on its own page
    for k, (p, m) in enumerate(out):
        for j, (q, mq) in enumerate(out):
            if j != k:
                for s in m["sentences"][:3]:
                    if s in q.text:
                        raise Breach(f"row {m['row']}: story text appears on another page")
    return out


def pages(train_path) -> list:
    return [p for p, _ in build_all(train_path)]


def totals(train_path):
    built = build_all(train_path)
    order = list(LAYOUTS)
    rows = {name: {"pages": 0, "body": 0, **{k: 0 for k in KINDS}, **{f: 0 for f in FAULTS}} for name in order}
    for p, m in built:
        t = rows[p.layout]
        t["pages"] += 1
        t["body"] += len(p.body)
        for kind, _ in p.furniture:
            t[kind] += 1
        for f in m["faults"]:
            t[f] += 1
    cols = ["pages", "body"] + list(KINDS) + list(FAULTS)
    head = f"{'layout':<22}" + "".join(f"{c:>9}" for c in cols)
    lines = [head, "-" * len(head)]
    tot = {c: 0 for c in cols}
    for name in order:
        t = rows[name]
        for c in cols:
            tot[c] += t[c]
        lines.append(f"{name:<22}" + "".join(f"{t[c]:>9}" for c in cols))
    lines.append("-" * len(head))
    lines.append(f"{'TOTAL':<22}" + "".join(f"{tot[c]:>9}" for c in cols))
    nf = sum(tot[k] for k in KINDS)
    faulted = sum(1 for _, m in built if m["faults"])
    lines.append(f"pages={tot['pages']} body_items={tot['body']} furniture_lines={nf} "
                 f"unlabelled_lines={sum(len(m['unlabelled']) for _, m in built)} pages_with_faults={faulted}")
    return "\n".join(lines)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python make.py /path/to/vietnews_train.jsonl.gz")
    print(totals(sys.argv[1]))
