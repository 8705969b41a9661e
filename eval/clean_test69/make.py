#!/usr/bin/env python3
"""Held-out evaluation set `test69` for a cleaner of scraped Vietnamese news pages.

Theme: sports desks of news sites and sports papers (invented outlets).  Every page
carries one VietNews story (whatever its topic) inside a sports page: score boards,
match cards, line-ups, league tables, fixtures, live boxes, ratings, stats, odds ads,
fantasy prompts, galleries, polls, comments, agency bylines ...

Usage:  python3 make.py /work/shared/data/vietnews_train.jsonl.gz
`pages(path)` returns a list of Page(text, body, furniture, layout); the labelling
contract is checked on every page by an independent walk (ValueError on a breach).
Python 3 standard library only.
"""
import gzip
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from datetime import date, timedelta
from typing import List, NamedTuple, Tuple

SET_NAME = "test69"
SEED = 6969
BODY_ROWS = range(18_100, 18_200)
RELATED_ROWS = range(14_100, 14_200)
KINDS = ("byline", "credit", "caption", "related", "widget")
FAULT_NAMES = ("nbsp", "zwsp", "dspace", "glue", "nfd")


class Page(NamedTuple):
    text: str
    body: List[str]
    furniture: List[Tuple[str, str]]
    layout: str


def rng(row, purpose):
    return random.Random(f"{SET_NAME}|{SEED}|{row}|{purpose}")


# ---------------------------------------------------------------------------
# normalisation used by the contract
# ---------------------------------------------------------------------------
ZW_RE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")


def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = ZW_RE.sub("", s)
    s = "".join(s.split())
    return s.casefold()


# ---------------------------------------------------------------------------
# reading the data (streaming, once, stop after the last needed row)
# ---------------------------------------------------------------------------
def read_rows(path):
    body, related = {}, {}
    last = max(BODY_ROWS[-1], RELATED_ROWS[-1])
    try:
        with gzip.open(path, "rb") as fh:
            for i, raw in enumerate(fh):
                if i > last:
                    break
                inb, inr = i in BODY_ROWS, i in RELATED_ROWS
                if not (inb or inr) or not raw.strip():
                    continue
                try:
                    obj = json.loads(raw.decode("utf-8"))
                except (ValueError, UnicodeDecodeError):
                    continue
                if not isinstance(obj, dict):
                    continue
                t, a = obj.get("title"), obj.get("article")
                if not isinstance(t, str) or not isinstance(a, str):
                    continue
                if inr:
                    a = a[:1200]
                if not t.strip() or not a.strip():
                    continue
                if inb:
                    body[i] = (t, a)
                else:
                    related[i] = (t, a)
                del obj
    except (OSError, EOFError):
        pass  # truncated / garbled stream: keep what was read
    return body, related


# ---------------------------------------------------------------------------
# detokenisation
# ---------------------------------------------------------------------------
def _pair_straight(s, q, standalone_only):
    out = []
    n = 0
    L = len(s)
    i = 0
    while i < L:
        ch = s[i]
        if ch != q:
            out.append(ch)
            i += 1
            continue
        before = s[i - 1] if i > 0 else " "
        after = s[i + 1] if i + 1 < L else " "
        alone = before == " " and after == " "
        if standalone_only and not alone:
            out.append(ch)
            i += 1
            continue
        if n % 2 == 0:  # opener: drop the space after it
            out.append(ch)
            i += 1
            if alone and i < L and s[i] == " ":
                i += 1
        else:  # closer: drop the space before it
            if alone and out and out[-1] == " ":
                out.pop()
            out.append(ch)
            i += 1
        n += 1
    return "".join(out)


def detok(s):
    s = s.replace("_", " ")
    s = re.sub(r"\s+", " ", s).strip()
    s = _pair_straight(" " + s + " ", '"', False).strip()
    s = _pair_straight(" " + s + " ", "'", True).strip()
    s = re.sub(r"\s+([,.;:!?%…])", r"\1", s)
    s = re.sub(r"([(\[{“‘])\s+", r"\1", s)
    s = re.sub(r"\s+([)\]}”’])", r"\1", s)
    s = re.sub(r"(\S) / (\S)", r"\1/\2", s)
    s = re.sub(r" {2,}", " ", s)
    return s.strip()


# ---------------------------------------------------------------------------
# sentence splitting
# ---------------------------------------------------------------------------
ABBR = {"TP", "Tp", "TS", "GS", "PGS", "ThS", "BS", "Q", "P", "KS", "TT", "Th",
        "Mr", "Mrs", "Ms", "Dr", "St", "No", "Co", "Ltd", "Inc", "NXB", "TX", "H",
        "ĐH", "CĐ", "GĐ", "PGĐ", "Ths", "Bs", "Ts", "Gs", "Pgs", "tr", "Tr"}
END_RE = re.compile(r"([.!?…]+)([\"”’'\)\]]*)(\s+)")
OPENERS = "\"“‘'(["


def _starts_sentence(rest):
    if not rest:
        return False
    c = rest[0]
    if c.isupper() or c.isdigit():
        return True
    if c in OPENERS and len(rest) > 1 and (rest[1].isupper() or rest[1].isdigit()):
        return True
    return False


def _is_abbrev(text, end_pos):
    # token that ends right before the "." at end_pos
    j = end_pos
    while j > 0 and not text[j - 1].isspace():
        j -= 1
    tok = text[j:end_pos].lstrip(OPENERS)
    if not tok:
        return False
    if tok in ABBR:
        return True
    if len(tok) == 1 and tok.isalpha() and tok.isupper():
        return True
    if re.fullmatch(r"(?:[^\W\d_]{1,3}\.)+[^\W\d_]{1,3}", tok):  # A.X / U.S / Th.S
        return True
    return False


def _balanced(s):
    if s.count("“") != s.count("”") or s.count("(") != s.count(")") or \
            s.count("[") != s.count("]") or s.count('"') % 2:
        return False
    return True


def split_sentences(text):
    pieces = []
    start = 0
    for m in END_RE.finditer(text):
        rest = text[m.end():]
        if not _starts_sentence(rest):
            continue
        if m.group(1) == "." and not m.group(2) and _is_abbrev(text, m.start(1)):
            continue
        pieces.append(text[start:m.end()].strip())
        start = m.end()
    tail = text[start:].strip()
    if tail:
        pieces.append(tail)
    # merge pieces split inside a quotation
    out = []
    i = 0
    while i < len(pieces):
        cur = pieces[i]
        j = i
        while not _balanced(cur) and j + 1 < len(pieces) and j - i < 4:
            j += 1
            cur = cur + " " + pieces[j]
        if _balanced(cur) and j > i:
            out.append(cur)
            i = j + 1
        else:
            out.append(pieces[i])
            i += 1
    return out


# ---------------------------------------------------------------------------
# keeping only sure story sentences
# ---------------------------------------------------------------------------
CAPTION_MARKS = ("ảnh:", "(ảnh", "ảnh minh", "video:", "clip:", "minh hoạ", "minh họa",
                 "(trái)", "(phải)", "(giữa)", "nguồn:", "(nguồn", "đồ hoạ", "đồ họa",
                 "ảnh chụp", "ảnh tư liệu", "infographic", "photo:", "trong ảnh",
                 "ảnh trên", "ảnh dưới", "(video", "xem video", "xem clip", "ảnh :",
                 "ảnh do", "ảnh cắt", "ảnh nhân vật", "ảnh internet")
REPORT_VERBS = ("cho biết", "nói", "khẳng định", "cho hay", "nhấn mạnh", "tiết lộ",
                "thừa nhận", "giải thích", "nhận định", "xác nhận", "thông báo",
                "yêu cầu", "đề nghị", "cho rằng", "bày tỏ", "tâm sự", "khai nhận",
                "lý giải", "kiến nghị", "tuyên bố", "dự báo", "ước tính", "nhận xét",
                "lưu ý", "khuyến cáo", "nhắc lại", "bác bỏ", "phủ nhận", "quả quyết",
                "than thở", "kể lại", "nhớ lại", "chỉ ra", "thuật lại")
CONNECTIVES = ("Tuy nhiên", "Trong khi đó", "Ngoài ra", "Theo đó", "Do đó", "Vì vậy",
               "Vì thế", "Bên cạnh đó", "Trước đó", "Sau đó", "Cũng theo", "Đồng thời",
               "Mặt khác", "Thế nhưng", "Nhưng", "Song", "Tuy vậy", "Dù vậy", "Hiện nay",
               "Hiện tại", "Theo", "Cùng ngày", "Trước đây", "Ngay sau đó", "Đặc biệt",
               "Thậm chí", "Bởi vậy", "Như vậy", "Do vậy", "Cụ thể", "Ngoài", "Trong đó",
               "Tiếp đó", "Sau khi", "Khi", "Trước khi", "Riêng", "Còn", "Ngược lại",
               "Tương tự", "Cũng trong", "Đáng chú ý", "Đến nay", "Từ đó",
               "Mới đây", "Gần đây", "Trước tình hình", "Nếu", "Dù", "Mặc dù", "Bởi")
GLUED_HEAD_RE = re.compile(
    r"[a-zà-ỹđ0-9] (?:Cụ thể|Tuy nhiên|Theo đó|Trong khi đó|Ngoài ra|Trước đó|Sau đó|"
    r"Đồng thời|Bên cạnh đó|Hiện nay|Hiện tại|Khi|Trong|Tuy|Theo|Hiện|Ngoài|Trước|Với|Để|"
    r"Nhiều|Các|Những|Đây|Ông|Bà|Thông|Cụ|Tại|Nếu|Dù|Mặc|Cũng|Điều|Việc|Sau)\b")
THEO_TAIL_RE = re.compile(r"(?:^|[.!?…”\"]\s*)Theo\s+[A-ZĐ\w][^\s,.]*(?:\s+\S+){0,3}\s*\.?$")


def _has_report(low):
    # a reporting verb after some subject (a verb opening the sentence is a caption's noun phrase)
    for v in REPORT_VERBS:
        for m in re.finditer(r"(?<!\w)" + re.escape(v) + r"(?!\w)(?! chuyện)(?! thác)", low):
            if m.start() > 2:
                return True
    return False


def _quotes_ok(s):
    # straight quotes must alternate opener / closer after detokenising
    want_open = True
    for i, ch in enumerate(s):
        if ch != '"':
            continue
        before = s[i - 1] if i else " "
        after = s[i + 1] if i + 1 < len(s) else " "
        if want_open:
            if after == " " or not (before in " (“[-–—" or i == 0):
                return False
        else:
            if before == " ":
                return False
        want_open = not want_open
    return want_open


def keep_sentence(s, title_n, title_words=None):
    words = s.split()
    if len(words) < 8 or len(words) > 110:
        return False
    low = s.lower()
    if any(m in low for m in CAPTION_MARKS):
        return False
    if any(c in s for c in "|•»«►▶■●★"):
        return False
    if not _balanced(s) or not _quotes_ok(s):
        return False
    if s.count("'") % 2 and re.search(r"(?:^| )'|' ", s):
        return False
    if not re.search(r"[.!?…][\"”’'\)]*$", s):
        return False
    if ":" in " ".join(words[:6]):
        return False
    if THEO_TAIL_RE.search(s):
        return False
    first = s.lstrip(OPENERS)
    if not first or not (first[0].isupper() or first[0].isdigit()):
        return False
    if s[0] in "([":
        return False
    if GLUED_HEAD_RE.search(s):
        return False
    if norm(s) == title_n:
        return False
    n = len(words)
    short = n <= 22 or (n <= 30 and "," not in s)
    if short and title_words:
        sw = [w.strip(",.;:!?“”\"'()").lower() for w in words]
        if sum(1 for w in sw if w in title_words) >= 0.6 * len(sw):
            return False
    if short:
        has_q = any(q in s for q in "“\"")
        ok = _has_report(low) or (has_q and (" theo " in low or _has_report(low)))
        ok = ok or any(s.startswith(c + " ") or s.startswith(c + ",") for c in CONNECTIVES)
        if not ok:
            return False
    return True


def story_sentences(title, article):
    tn = norm(title)
    tw = {w.strip(",.;:!?“”\"'()").lower() for w in title.split()}
    out, seen = [], set()
    for s in split_sentences(detok(article)):
        if not keep_sentence(s, tn, tw):
            continue
        k = norm(s)
        if k in seen:
            continue
        seen.add(k)
        out.append(s)
    return out


def teaser_of(article):
    sents = split_sentences(detok(article[:1200]))
    if not sents:
        return ""
    t = sents[0]
    if len(t) < 70 and len(sents) > 1:
        t = t + " " + sents[1]
    if len(t) > 170:
        cut = t[:160].rsplit(" ", 1)[0].rstrip(",;:-–")
        t = cut + "..."
    return t


# ---------------------------------------------------------------------------
# invented / generic material for the sports page around the story
# ---------------------------------------------------------------------------
VN_TEAMS = {"Hà Nội FC": "Hàng Đẫy", "HAGL": "Pleiku", "Viettel": "Hàng Đẫy",
            "SLNA": "Vinh", "Than Quảng Ninh": "Cẩm Phả", "B.Bình Dương": "Gò Đậu",
            "SHB Đà Nẵng": "Hòa Xuân", "Sài Gòn FC": "Thống Nhất", "TP.HCM": "Thống Nhất",
            "Nam Định": "Thiên Trường", "Hải Phòng": "Lạch Tray", "Thanh Hóa": "Thanh Hóa",
            "Quảng Nam": "Tam Kỳ", "Sanna Khánh Hòa": "19/8 Nha Trang"}
EN_TEAMS = {"Man City": "Etihad", "Liverpool": "Anfield", "Arsenal": "Emirates",
            "Chelsea": "Stamford Bridge", "MU": "Old Trafford", "Tottenham": "Wembley",
            "Everton": "Goodison Park", "Leicester": "King Power", "West Ham": "London",
            "Wolves": "Molineux", "Burnley": "Turf Moor", "Watford": "Vicarage Road"}
SURN = ("Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh "
        "Trịnh Mai Tạ Lương Cao Châu Đoàn Kiều Quách Lã Thái").split()
MIDN = "Văn Minh Hữu Đức Quốc Thanh Ngọc Hoàng Xuân Công Trọng Duy Gia Bảo Tiến Đình Hồng Việt Quang".split()
MIDF = "Thị Ngọc Thu Minh Thanh Hồng Phương Bích Khánh Hải".split()
GIVN = ("Tuấn Hùng Dũng Khải Phong Long Nam Sơn Hiếu Thắng Toàn Lâm Quang Trung Kiên Vinh "
        "Phúc Hưng Tài Thịnh Hào Khoa Lộc Bình Cường Đạt Huy Khang Nhân Tín Tú Vũ").split()
GIVF = "Hà Lan Mai Trang Linh Hằng Hương Ngân Thảo Vy My Nhi Yến Hòa Thủy Châu An Ly Diệp Uyên".split()
FOR_FIRST = ("Marco Luca Samuel Jordan Kevin Adrián Jonas Mateo Ryan Callum Diego Tomás "
             "Yannick Kofi Ibrahim Nils Oscar Hugo Felix Andrés Bruno Caio Moses Pape").split()
FOR_LAST = ("Varela Osei Brennan Lindqvist Moretti Duarte Kowalczyk Ferreira Hallström "
            "Okafor Delacroix Abara Castelli Novak Rüdiger Haaland Pereyra Almeida Sowande "
            "Gallardo Ivanović Mensah Tavernier Bakambu").split()
BET_BRANDS = ("WinVN88", "KèoXanh", "Bet79vn", "SuperCược", "LuckyBall365", "GoalStar88")
PHOTO_AGENCIES = ("SportPix Asia", "ASN Photo", "Khán Đài Media", "VSP Images")
AGENCIES = [("Thông tấn Thể thao ASN", "ASN"), ("Hãng tin Thể thao Việt", "VSA"),
            ("Thông tấn xã Việt Nam", "TTXVN")]
WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")
COMMENT_NAMES = ("Tuấn Phạm", "hoangnam88", "Minh Thư", "Fan HAGL phố núi", "Quang Huy (Đà Nẵng)",
                 "Bảo Trâm", "Lê Văn Tám", "trung.kien.91", "Nguyễn Khoa", "Bình Gold", "Hạnh Nguyễn",
                 "Đức Anh Vinh", "anhtuan_sg", "Phúc Lê", "Mạnh Cường", "Thu Hà")
COMMENTS = ("Đọc xong thấy thương người dân quá.",
            "Mong cơ quan chức năng sớm vào cuộc xử lý dứt điểm.",
            "Bài viết hay, cảm ơn phóng viên.",
            "Chuyện này cần được làm rõ càng sớm càng tốt.",
            "Sao chuyên mục thể thao lại đăng tin này nhỉ?",
            "Theo tôi thì cũng khó mà trách ai được.",
            "Hy vọng mọi việc sớm ổn thỏa.",
            "Tối nay có trận cầu đinh, anh em nhớ xem nhé!",
            "Đồng ý với ý kiến bên trên.",
            "Thông tin hữu ích, đã chia sẻ cho gia đình.",
            "Năm nào cũng thấy chuyện tương tự, buồn thật.",
            "Cần xử lý nghiêm để làm gương.",
            "Mình ở gần đó, đúng là tình hình như bài viết nói.",
            "Cảm ơn báo đã phản ánh kịp thời.",
            "Thôi quay lại chuyện bóng đá đi, cuối tuần này derby rồi.",
            "Admin ơi cập nhật kết quả vòng này với.",
            "Quá đúng, không còn gì để nói.",
            "Hóng diễn biến tiếp theo.")


def vn_name(r, female=False):
    if female:
        return f"{r.choice(SURN)} {r.choice(MIDF)} {r.choice(GIVF)}"
    return f"{r.choice(SURN)} {r.choice(MIDN)} {r.choice(GIVN)}"


def pen_name(r):
    return f"{r.choice(MIDN + MIDF[1:])} {r.choice(GIVN + GIVF)}"


def vn_player(r):
    return f"{r.choice(MIDN)} {r.choice(GIVN)}"


def for_player(r):
    return r.choice(FOR_LAST)


def minute(r, lo=1, hi=90):
    m = r.randint(lo, hi)
    if m == 45 and r.random() < 0.5:
        return f"45+{r.randint(1, 3)}'"
    if m == 90 and r.random() < 0.7:
        return f"90+{r.randint(1, 6)}'"
    return f"{m}'"


def _mkey(ms):
    a = ms.rstrip("'").split("+")
    return int(a[0]) * 10 + (int(a[1]) if len(a) > 1 else 0)


def make_date(r):
    d = date(2016, 1, 1) + timedelta(days=r.randint(0, 1460))
    return d, r.randint(6, 23), r.randint(0, 59)


def make_match(r, d):
    year = d[0].year
    intl = r.random() < 0.3
    pool = EN_TEAMS if intl else VN_TEAMS
    teams = list(pool)
    home, away = r.sample(teams, 2)
    if intl:
        comp = f"Ngoại hạng Anh {year}/{str(year + 1)[2:]}" if d[0].month >= 8 else \
            f"Ngoại hạng Anh {year - 1}/{str(year)[2:]}"
        mk = lambda: for_player(r)
    else:
        comp = r.choice([f"V.League {year}", f"V.League {year}", f"Cúp Quốc gia {year}"])
        mk = lambda: vn_player(r) if r.random() < 0.8 else for_player(r)
    squads = {}
    for side in (home, away):
        names = []
        while len(names) < 16:
            n = mk()
            if n not in names:
                names.append(n)
        squads[side] = names
    hg, ag = r.choice([(1, 0), (2, 1), (0, 0), (1, 1), (2, 0), (3, 1), (0, 1), (1, 2), (2, 2), (3, 2), (0, 2), (4, 1)])
    goals = []
    for side, n in ((home, hg), (away, ag)):
        for _ in range(n):
            goals.append((minute(r), side, r.choice(squads[side][5:11]),
                          r.choice(["", "", "", " (pen)"])))
    goals.sort(key=lambda g: _mkey(g[0]))
    cards = [(minute(r), r.choice([home, away]), None) for _ in range(r.randint(2, 5))]
    cards = [(m, s, r.choice(squads[s][1:11])) for m, s, _ in cards]
    cards.sort(key=lambda g: _mkey(g[0]))
    subs = []
    for side in (home, away):
        for j in range(r.randint(1, 3)):
            subs.append((f"{r.randint(55, 88)}'", side, squads[side][11 + j], squads[side][6 + j]))
    subs.sort(key=lambda g: _mkey(g[0]))
    p = r.randint(35, 66)
    sh, sa = r.randint(6, 19), r.randint(4, 15)
    stats = [("Kiểm soát bóng", f"{p}%", f"{100 - p}%"),
             ("Dứt điểm", str(sh), str(sa)),
             ("Sút trúng đích", str(max(hg, r.randint(1, sh // 2 + 1))), str(max(ag, r.randint(1, sa // 2 + 1)))),
             ("Phạt góc", str(r.randint(1, 10)), str(r.randint(0, 8))),
             ("Phạm lỗi", str(r.randint(7, 18)), str(r.randint(7, 18))),
             ("Việt vị", str(r.randint(0, 5)), str(r.randint(0, 5))),
             ("Thẻ vàng", str(sum(1 for c in cards if c[1] == home)), str(sum(1 for c in cards if c[1] == away)))]
    ko = r.choice(["17h00", "18h00", "19h00", "19h15", "17h30", "21h00", "23h30", "02h00"])
    rnd = f"Vòng {r.randint(2, 26)}"
    others = [t for t in teams if t not in (home, away)]
    r.shuffle(others)
    ratings = {}
    for side in (home, away):
        ratings[side] = [(n, r.choice(["5,5", "6", "6", "6,5", "6,5", "7", "7", "7,5", "8", "8,5", "9"]))
                         for n in squads[side][:11]]
    return dict(intl=intl, comp=comp, home=home, away=away, hg=hg, ag=ag, goals=goals, cards=cards,
                subs=subs, stats=stats, ko=ko, round=rnd, stadium=pool[home], squads=squads,
                others=others, teams=teams, ratings=ratings,
                coach={home: vn_name(r) if not intl else f"{r.choice(FOR_FIRST)} {r.choice(FOR_LAST)}",
                       away: vn_name(r) if not intl else f"{r.choice(FOR_FIRST)} {r.choice(FOR_LAST)}"})


# ---------------------------------------------------------------------------
# people and places of the story (for captions)
# ---------------------------------------------------------------------------
HONOR = ("ông", "bà", "anh", "chị", "cháu", "em")
PLACE_PRE = ("tỉnh", "huyện", "quận", "xã", "phường", "thị xã", "thành phố", "TP")


SURN_SET = set(SURN)
ORG_WORDS = set("Bộ Sở Công Trung Bệnh Trường Ban Cục Viện Uỷ Ủy Đại Hội Toà Tòa Chi Phòng Tổng "
                "Ngân Nhà Khu Đảng Thành Quốc Cảng Sân Chợ Cửa Học Nghị Văn Tập Hãng Cơ Đoàn Đội".split())


def _capw(w):
    return len(w) >= 2 and w.isalpha() and w[0].isupper() and w[1:].islower()


def extract_names(text):
    toks = text.split()
    persons, places = [], []

    def run(j, maxn):
        out = []
        j0 = j
        while j < len(toks) and len(out) < maxn:
            t = toks[j]
            core = t.rstrip(",.;:)!?”\"")
            nxt = toks[j + 1] if j + 1 < len(toks) else ""
            if not _capw(core) or (out and core in SURN_SET and core == t and _capw(nxt.rstrip(",.;:)!?"))):
                break
            out.append(core)
            if core != t:
                break
            j += 1
        if len(out) == maxn and j == j0 + maxn and j < len(toks) and _capw(toks[j].rstrip(",.;:)!?”\"")):
            return []  # longer proper name than we can trust
        return out

    for i, t in enumerate(toks):
        if t in HONOR:
            nm = run(i + 1, 4)
            if len(nm) >= 2:
                persons.append(t + " " + " ".join(nm))
        for pre in PLACE_PRE:
            pw = pre.split()
            if toks[i:i + len(pw)] == pw:
                nm = run(i + len(pw), 3)
                if nm:
                    places.append(pre + " " + " ".join(nm))
        if t in ("tại", "ở"):
            nm = run(i + 1, 3)
            if len(nm) >= 2 and nm[0] not in ORG_WORDS:
                places.append(" ".join(nm))
    dedup = lambda xs: list(dict.fromkeys(xs))
    return dedup(persons)[:6], dedup(places)[:6]


def ucfirst(s):
    return s[:1].upper() + s[1:]


# ---------------------------------------------------------------------------
# page context and builder
# ---------------------------------------------------------------------------
class Ctx:
    def __init__(self, row, k, title, sents, story_text, rel_pool, site):
        self.row, self.k, self.title, self.sents, self.site = row, k, title, sents, site
        self.r = rng(row, "layout")
        self.date = make_date(rng(row, "date"))
        self.m = make_match(rng(row, "match"), self.date)
        self.persons, self.places = extract_names(story_text)
        self.body_n = {norm(s) for s in sents}
        self.rel_forbid = self.body_n | {norm(title)}
        rr = rng(row, "related")
        pool = [x for x in rel_pool if norm(x[0]) not in self.rel_forbid
                and norm(x[1]) not in self.rel_forbid and norm(x[0]) != norm(x[1])]
        rr.shuffle(pool)
        self._rel = pool
        self.year = self.date[0].year
        self.used_caps = set()

    def R(self, purpose):
        return rng(self.row, purpose)

    def rel(self, n):
        out, self._rel = self._rel[:n], self._rel[n:]
        return out

    def group(self, lo, hi, lead=0, purpose="paras"):
        r = self.R(purpose)
        s = list(self.sents)
        paras = []
        if lead and len(s) > 3:
            paras.append(s[:lead])
            s = s[lead:]
        while s:
            n = min(len(s), r.randint(lo, hi))
            paras.append(s[:n])
            s = s[n:]
        return paras

    # --- dates -----------------------------------------------------------
    def dfmt(self, style, shift_min=0):
        d, h, mi = self.date
        if shift_min:
            t = h * 60 + mi + shift_min
            h, mi = min(23, t // 60), t % 60
        wd = WEEKDAYS[d.weekday()]
        dd, mm, yy = d.day, d.month, d.year
        return {
            "wd_full": f"{wd}, {dd}/{mm}/{yy}, {h:02d}:{mi:02d} (GMT+7)",
            "num": f"{dd:02d}/{mm:02d}/{yy} {h:02d}:{mi:02d}",
            "upd": f"Cập nhật: {h:02d}:{mi:02d} | {dd:02d}/{mm:02d}/{yy}",
            "time_first": f"{h:02d}:{mi:02d} - {dd:02d}/{mm:02d}/{yy}",
            "dots": f"{wd}, {dd:02d}.{mm:02d}.{yy} - {h:02d}:{mi:02d}",
            "ampm": f"{(h - 1) % 12 + 1:02d}:{mi:02d} {'AM' if h < 12 else 'PM'} {dd:02d}/{mm:02d}/{yy}",
            "words": f"Ngày {dd} tháng {mm} năm {yy} | {h:02d}:{mi:02d}",
            "posted": f"Đăng lúc {h:02d}:{mi:02d} ngày {dd}/{mm}/{yy}",
            "gmt": f"{dd}/{mm}/{yy} | {h:02d}:{mi:02d} GMT+7",
            "wd_day": f"{wd}, ngày {dd:02d}/{mm:02d}/{yy} - {h:02d}:{mi:02d}",
            "iso": f"{yy}-{mm:02d}-{dd:02d} {h:02d}:{mi:02d}",
            "hfirst": f"{h:02d}h{mi:02d}, {dd:02d}/{mm:02d}/{yy}",
            "day_only": f"{wd}, {dd}/{mm}/{yy}",
            "today": f"Hôm nay: {wd}, {dd:02d}/{mm:02d}/{yy}",
            "dash": f"{dd:02d}-{mm:02d}-{yy} {h:02d}:{mi:02d}",
            "short": f"{dd}/{mm}",
        }[style]

    def later(self, minutes):
        d, h, mi = self.date
        t = d.toordinal() * 1440 + h * 60 + mi + minutes
        dd = date.fromordinal(t // 1440)
        return f"{dd.day:02d}/{dd.month:02d}/{dd.year} {t % 1440 // 60:02d}:{t % 60:02d}"

    def other_day(self, delta, style="dm"):
        d = self.date[0] + timedelta(days=delta)
        if style == "dm":
            return f"{d.day:02d}/{d.month:02d}"
        return f"{d.day}/{d.month}/{d.year}"

    # --- captions from the story ---------------------------------------
    def caption(self, r, credit=None):
        opts = []
        for p in self.persons:
            P = ucfirst(p)
            if p.startswith(("ông", "bà")):
                opts += [f"{P} trao đổi với phóng viên.", f"{P} tại buổi làm việc.",
                         f"{P} trả lời câu hỏi của báo chí.", f"{P} (giữa) trong buổi kiểm tra thực tế."]
            elif p.startswith(("anh", "chị")):
                opts += [f"{P} trao đổi với phóng viên.", f"{P} kể lại sự việc."]
        for p in self.places:
            opts += [f"Một góc {p}.", f"Toàn cảnh {p} nhìn từ trên cao.", f"Khung cảnh tại {p}."]
            if p.startswith(("tỉnh", "huyện", "xã", "phường", "quận", "thị xã")):
                opts.append(f"Trụ sở UBND {p}.")
        if len(opts) < 3 or r.random() < 0.2:
            opts += ["Hình ảnh ghi nhận tại hiện trường.", f"{self.title} - Ảnh minh họa.",
                     "Ảnh minh họa", "Ảnh tư liệu", "Hình ảnh do người dân cung cấp.",
                     f"Ảnh minh họa: {self.title.rstrip('.')}"]
        fresh = [o for o in opts if o not in self.used_caps and norm(o) not in self.rel_forbid]
        c = r.choice(fresh or ["Ảnh minh họa"])
        self.used_caps.add(c)
        if credit:
            c = credit.replace("{c}", c)
        return c

    def scene(self, r):
        m = self.m
        h, a = m["home"], m["away"]
        p1, p2 = r.choice(m["squads"][h][:11]), r.choice(m["squads"][a][:11])
        return r.choice([
            f"Cầu thủ {h} ăn mừng bàn thắng.", f"Khán đài sân {m['stadium']} phủ kín cổ động viên.",
            f"HLV {m['coach'][h]} chỉ đạo các học trò từ đường biên.",
            f"Pha tranh chấp bóng giữa {p1} và {p2}.",
            f"{p1} đi bóng trước sự truy cản của {p2}.",
            "Niềm vui của các cầu thủ sau tiếng còi mãn cuộc.",
            f"Cổ động viên {a} tiếp lửa cho đội nhà.", f"{p2} thất vọng sau trận thua.",
            f"Thủ thành {m['squads'][a][0]} bất lực nhìn bóng bay vào lưới.",
            "Trọng tài rút thẻ vàng cảnh cáo.", f"{p1} (phải) nhận hoa trước giờ bóng lăn.",
            "Hai đội bắt tay trước trận đấu."])


class Doc:
    def __init__(self, c):
        self.c = c
        self.items = []
        self.unl = set()

    def add(self, kind, line):
        assert kind in KINDS, kind
        line = line.strip()
        if not line:
            return
        n = norm(line)
        if n in self.c.body_n or not n:
            return
        if kind == "related" and n in self.c.rel_forbid:
            return
        self.items.append((kind, line))

    def extend(self, pairs):
        for k, l in pairs:
            self.add(k, l)

    def w(self, *lines):
        for l in lines:
            self.add("widget", l)

    def _u(self, tag, line):
        assert tag not in self.unl
        self.unl.add(tag)
        self.items.append((tag, line.strip()))

    def title(self, line=None):
        self._u("T", line or self.c.title)

    def date(self, style):
        self._u("D", self.c.dfmt(style))

    def site(self, line):
        self._u("S", line)

    def story(self, paras, inserts=(), purpose="inserts", first_gap=1):
        r = self.c.R(purpose)
        inserts = [b for b in inserts if b]
        gaps = list(range(first_gap, len(paras)))
        if len(inserts) > len(gaps) and first_gap > 0:
            gaps = [0] + gaps
        m = min(len(inserts), len(gaps))
        chosen = sorted(r.sample(gaps, m))
        at = dict(zip(chosen, inserts[:m]))
        for i, p in enumerate(paras):
            if i in at:
                self.extend(at[i])
            self.items.append(("B", list(p)))
        for b in inserts[m:]:
            self.extend(b)


# ---------------------------------------------------------------------------
# widget blocks (each returns a list of (kind, line))
# ---------------------------------------------------------------------------
def W(*lines):
    return [("widget", l) for l in lines]


def score(m, sep="-"):
    if sep == " - ":
        return f"{m['home']} {m['hg']} - {m['ag']} {m['away']}"
    return f"{m['home']} {m['hg']}{sep}{m['ag']} {m['away']}"


def scorers(m, side):
    by = {}
    for mi, s, p, note in m["goals"]:
        if s == side:
            by.setdefault(p, []).append(mi + note)
    return ", ".join(f"{p} {', '.join(v)}" for p, v in by.items())


def fake_result(c, r, h=None, a=None):
    teams = c.m["others"][:] if h is None else [h, a]
    if h is None:
        h, a = r.sample(teams, 2)
    return h, r.randint(0, 3), r.randint(0, 3), a


def match_card(c, r, style):
    m = c.m
    out = []
    if style == "big":
        out += W(f"{m['comp']} - {m['round']}", "KẾT THÚC", m["home"], f"{m['hg']} - {m['ag']}", m["away"])
        for side in (m["home"], m["away"]):
            s = scorers(m, side)
            if s:
                out += W(f"⚽ {s}")
        out += W(f"Sân: {m['stadium']} | Khán giả: {r.randint(3, 25)}.{r.randint(0, 9)}00")
    elif style == "line":
        out += W(f"{m['comp']} | {m['round']}", score(m), f"Ghi bàn: {scorers(m, m['home']) or '-'} / {scorers(m, m['away']) or '-'}")
    elif style == "ht":
        hth = sum(1 for g in m["goals"] if g[1] == m["home"] and _mkey(g[0]) < 460)
        hta = sum(1 for g in m["goals"] if g[1] == m["away"] and _mkey(g[0]) < 460)
        out += W(m["comp"], f"{m['home']}  {m['hg']} : {m['ag']}  {m['away']}", f"HT: {hth}-{hta}", "FT")
        for mi, s, p, note in m["goals"]:
            out += W(f"{mi} {p}{note} ({s})")
    return out


def ticker(c, r, n=4, style="pipe"):
    res = []
    seen = set()
    for _ in range(n):
        h, x, y, a = fake_result(c, r)
        if h in seen or a in seen:
            continue
        seen |= {h, a}
        res.append(f"{h} {x}-{y} {a}")
    if style == "pipe":
        return W("KẾT QUẢ: " + " | ".join(res))
    return W("Tỷ số trực tuyến", *res)


def lineups(c, r, style):
    m = c.m
    out = []
    if style == "oneline":
        out += W("ĐỘI HÌNH XUẤT PHÁT")
        for side in (m["home"], m["away"]):
            sq = m["squads"][side]
            out += W(f"{side}: {sq[0]} (GK); " + ", ".join(sq[1:5]) + "; " + ", ".join(sq[5:9]) + "; " + ", ".join(sq[9:11]))
    else:
        for side in (m["home"], m["away"]):
            sq = m["squads"][side]
            out += W(f"{side} ({r.choice(['4-4-2', '4-2-3-1', '3-5-2', '4-3-3', '5-3-2'])})")
            out += W(*[f"{no} {p}" for no, p in zip(r.sample(range(1, 41), 11), sq[:11])])
            out += W("Dự bị: " + ", ".join(sq[11:16]), f"HLV: {m['coach'][side]}")
    return out


def standings(c, r, n):
    teams = list(c.m["teams"])
    r.shuffle(teams)
    teams = teams[:n]
    played = r.randint(8, 24)
    rows = []
    for t in teams:
        w = round(played * r.uniform(0.1, 0.65))
        d = round((played - w) * r.uniform(0.15, 0.55))
        l = played - w - d
        gf = w + r.randint(w // 2, w + d + 4)
        ga = l + r.randint(l // 2, l + d + 4)
        rows.append([t, played, w, d, l, gf, ga, 3 * w + d])
    rows.sort(key=lambda x: (-x[7], -(x[5] - x[6]), x[0]))
    return rows


def table(c, r, style, n=8):
    rows = standings(c, r, n)
    comp = c.m["comp"].replace("Cúp Quốc gia", "V.League")
    out = W(r.choice(["BẢNG XẾP HẠNG", f"BXH {comp}", f"Bảng xếp hạng {comp}"]))
    if style == "pipe":
        out += W("TT | Đội | Tr | T | H | B | HS | Đ")
        for i, x in enumerate(rows, 1):
            out += W(f"{i} | {x[0]} | {x[1]} | {x[2]} | {x[3]} | {x[4]} | {x[5] - x[6]:+d} | {x[7]}".replace("| +0 |", "| 0 |"))
    elif style == "tabs":
        out += W("#\tĐội\tTrận\tHS\tĐiểm")
        for i, x in enumerate(rows, 1):
            out += W(f"{i}\t{x[0]}\t{x[1]}\t{x[5]}-{x[6]}\t{x[7]}")
    elif style == "cells":
        out += W("TT", "Đội", "Trận", "Điểm")
        for i, x in enumerate(rows, 1):
            out += W(str(i), x[0], str(x[1]), str(x[7]))
    else:
        for i, x in enumerate(rows, 1):
            out += W(f"{i}. {x[0]} - {x[7]} điểm ({x[1]} trận)")
    out += W(r.choice(["Xem đầy đủ", "Xem BXH đầy đủ »", "Chi tiết"]))
    return out


def fixtures(c, r, style, n=4):
    teams = list(c.m["others"])
    r.shuffle(teams)
    rnd = int(c.m["round"].split()[1]) + 1
    out = W(r.choice([f"LỊCH THI ĐẤU VÒNG {rnd}", f"Lịch thi đấu {c.m['comp']} - Vòng {rnd}", "Lịch thi đấu"]))
    pairs = [(teams[i], teams[i + 1]) for i in range(0, min(len(teams) - 1, 2 * n), 2)]
    slots = sorted((r.randint(2, 5), r.choice(["17h00", "18h00", "19h00", "19h15", "21h00"])) for _ in pairs)
    for (h, a), (dd, t) in zip(pairs, slots):
        day = c.other_day(dd)
        stad = (VN_TEAMS.get(h) or EN_TEAMS.get(h))
        if style == "colon":
            out += W(f"{t} ngày {day}: {h} - {a} (sân {stad})")
        elif style == "dash":
            out += W(f"{day} | {t} | {h} vs {a}")
        else:
            out += W(f"{h} - {a}", f"{t}, {day}")
    return out


def results(c, r, style, n=4):
    rnd = c.m["round"]
    out = W(r.choice([f"KẾT QUẢ {rnd.upper()}", f"Kết quả {rnd.lower()} {c.m['comp']}", "Kết quả thi đấu"]))
    teams = list(c.m["others"])
    r.shuffle(teams)
    out += W(score(c.m))
    for i in range(0, min(len(teams) - 1, 2 * (n - 1)), 2):
        h, a = teams[i], teams[i + 1]
        x, y = r.randint(0, 3), r.randint(0, 3)
        out += W(f"{h} {x}-{y} {a}" if style == "tight" else f"{h} {x} - {y} {a}")
    return out


EVENT_FILL = ("Trọng tài thổi còi bắt đầu trận đấu.", "Hết hiệp 1.", "Hiệp 2 bắt đầu.",
              "Trọng tài thứ tư giơ bảng bù giờ.", "Trận đấu tạm dừng để chăm sóc y tế.",
              "Cơ hội! Cú sút đưa bóng đi chệch cột dọc.", "Trận đấu kết thúc.")


def live_box(c, r, style):
    m = c.m
    ev = []
    for mi, s, p, note in m["goals"]:
        ev.append((mi, r.choice([f"VÀOOOO! {p} ghi bàn cho {s}{note}.", f"Bàn thắng! {p} ({s}) đánh bại thủ thành đối phương.",
                                 f"GOAL! {p} lập công cho {s}."])))
    for mi, s, p in m["cards"]:
        ev.append((mi, f"Thẻ vàng cho {p} ({s})."))
    for mi, s, pin, pout in m["subs"][:3]:
        ev.append((mi, f"Thay người bên phía {s}: {pin} vào thay {pout}."))
    ev += [("1'", EVENT_FILL[0]), ("45+2'", EVENT_FILL[1]), ("46'", EVENT_FILL[2]),
           ("90+4'", EVENT_FILL[6])]
    ev.sort(key=lambda e: _mkey(e[0]), reverse=(style != "asc"))
    head = r.choice(["DIỄN BIẾN CHÍNH", "TƯỜNG THUẬT TRỰC TIẾP", "Diễn biến trận đấu", "Minute by minute"])
    out = W(head)
    for mi, t in ev:
        if style == "split":
            out += W(mi, t)
        elif style == "phut":
            out += W(f"Phút {mi.rstrip(chr(39))}: {t}")
        else:
            out += W(f"{mi} {t}")
    return out


def ratings(c, r, style):
    m = c.m
    side = r.choice([m["home"], m["away"]])
    out = W(r.choice([f"CHẤM ĐIỂM CẦU THỦ {side.upper()}", f"Điểm số cầu thủ {side}", "Player ratings"]))
    rs = m["ratings"][side][: r.randint(6, 11)]
    if style == "inline":
        out += W(" | ".join(f"{n} {v}" for n, v in rs))
    else:
        out += W(*[f"{n}: {v}" for n, v in rs])
    best = max(rs, key=lambda x: float(x[1].replace(",", ".")))
    out += W(f"Cầu thủ xuất sắc nhất trận: {best[0]}")
    return out


def stats(c, r, style):
    m = c.m
    out = W(r.choice(["THỐNG KÊ TRẬN ĐẤU", "Thống kê", "Số liệu trận đấu"]))
    if style == "mid":
        out += W(f"{m['home']}  -  {m['away']}")
        out += W(*[f"{a} {k} {b}" for k, a, b in m["stats"]])
    else:
        out += W(*[f"{k} {a} - {b}" for k, a, b in m["stats"]])
    return out


def odds(c, r, style):
    m = c.m
    brand = r.choice(BET_BRANDS)
    h, a = m["home"], m["away"]
    o = c.R("odds")  # the same odds wherever the page shows them
    hc = o.choice(["0", "1/4", "1/2", "3/4", "1", "1 1/4"])
    ou = o.choice(["2", "2 1/4", "2 1/2", "2 3/4", "3"])
    e1, ex, e2 = f"{o.uniform(1.5, 3.2):.2f}", f"{o.uniform(2.9, 3.8):.2f}", f"{o.uniform(1.8, 5.0):.2f}"
    tip = f"{o.randint(0, 3)}-{o.randint(0, 2)}"
    if style == "table":
        return W(f"TỶ LỆ KÈO {h.upper()} vs {a.upper()}", f"Kèo châu Á: {h} chấp {hc}",
                 f"Tài/Xỉu: {ou}", f"Kèo châu Âu: {e1} | {ex} | {e2}",
                 f"Dự đoán tỷ số: {tip}",
                 "Tỷ lệ cập nhật lúc " + c.dfmt("short") + " và có thể thay đổi")
    if style == "banner":
        return W("Quảng cáo", f"{brand} - Nạp lần đầu thưởng {r.choice([100, 150, 200])}% đến {r.choice(['2', '3', '5'])} triệu đồng",
                 f"Cược {h} thắng ăn {e1} »", "Đăng ký ngay", "18+ | Cá cược có trách nhiệm")
    return W(f"Kèo nhà cái hôm nay: {h} vs {a} ({e1} - {ex} - {e2}) tại {brand}")


def fantasy(c, r, style):
    fname = "Fantasy Ngoại hạng Anh" if c.m["intl"] else "Fantasy V.League"
    rnd = int(c.m["round"].split()[1]) + 1
    if style == "box":
        return W(f"⚽ {fname}", f"Bạn đã chọn đội hình cho vòng {rnd} chưa?",
                 f"Hạn chót: {r.choice(['17h00', '18h30', '21h00'])} ngày {c.other_day(r.randint(1, 4))}",
                 "Tạo đội ngay", f"Đã có {r.randint(2, 90)}.{r.randint(100, 999)} người chơi")
    return W(f"Chơi {fname} cùng {c.site['name']} - giải thưởng {r.choice(['10', '20', '50'])} triệu đồng mỗi tháng. Tham gia ngay!")


def video_box(c, r, style):
    m = c.m
    dur = f"{r.randint(1, 9):02d}:{r.randint(0, 59):02d}"
    lab = f"Video bàn thắng {score(m)}"
    if style == "player":
        return W("▶", lab, f"00:00 / {dur}", r.choice(["HD", "Chất lượng: 720p", "Tự động phát"]))
    if style == "list":
        out = W(r.choice(["VIDEO KHÁC", "Video nổi bật", "Video bàn thắng"]))
        for _ in range(r.randint(3, 4)):
            h, x, y, a = fake_result(c, r)
            out += W(f"▶ Highlights {h} {x}-{y} {a} ({r.randint(1, 6):02d}:{r.randint(0, 59):02d})")
        return out
    return W(f"▶ {lab} ({dur})")


def gallery(c, r, style, n=None, story=True):
    total = n or r.randint(6, 24)
    cap = (lambda: c.caption(r)) if story else (lambda: c.scene(r))
    out = []
    if style == "counter":
        for i in range(1, r.randint(2, 3) + 1):
            out += W(f"{i}/{total}")
            out.append(("caption", cap()))
        out += W(f"Xem tất cả {total} ảnh")
    elif style == "photo":
        i = r.randint(1, total)
        out += W(f"Ảnh {i}/{total}")
        out.append(("caption", cap()))
        out.append(("credit", f"Ảnh: {r.choice(PHOTO_AGENCIES)}"))
    else:
        out += W(f"◀ {r.randint(1, total)}/{total} ▶", "Xem toàn bộ " + str(total) + " ảnh »")
    return out


def poll(c, r, style):
    m = c.m
    q = r.choice([f"Ai sẽ vô địch {m['comp'].replace('Cúp Quốc gia', 'V.League')}?",
                  f"Theo bạn, {m['home']} có thắng ở vòng tới?", "Cầu thủ nào chơi hay nhất vòng này?"])
    opts = r.sample(m["teams"], 4) if q.startswith("Ai") else (
        ["Có", "Không", "Hòa"] if "thắng" in q else r.sample(m["squads"][m["home"]][:11], 3))
    pct = [r.randint(5, 60) for _ in opts]
    s = sum(pct)
    pct = [round(p * 100 / s) for p in pct]
    out = W(r.choice(["THĂM DÒ Ý KIẾN", "Bình chọn", "Bạn nghĩ sao?"]), q)
    if style == "result":
        out += W(*[f"{o} - {p}%" for o, p in zip(opts, pct)])
    else:
        out += W(*opts)
    out += W(r.choice(["Bình chọn", "Gửi bình chọn"]), "Xem kết quả",
             f"{r.randint(1, 30)}.{r.randint(100, 999)} lượt bình chọn")
    return out


def comments(c, r, n, style):
    out = W(r.choice([f"Bình luận ({r.randint(n, 60)})", f"{r.randint(n, 80)} bình luận", "Ý kiến bạn đọc"]))
    if style != "noform":
        out += W(r.choice(["Viết bình luận...", "Nhập bình luận của bạn", "Bạn nghĩ gì về bài viết này?"]))
    used = r.sample(COMMENTS, n)
    for t in used:
        who = r.choice(COMMENT_NAMES)
        when = r.choice([f"{r.randint(2, 59)} phút trước", f"{r.randint(1, 11)} giờ trước",
                         c.later(r.randint(20, 2000))])
        if style == "inline":
            out += W(f"{who}: {t}", f"Thích ({r.randint(0, 40)}) · Trả lời · {when}")
        else:
            out += W(who, when, t, r.choice(["Trả lời", f"Thích {r.randint(1, 90)}", "Trả lời | Báo vi phạm"]))
    out += W(r.choice(["Xem thêm bình luận", "Tải thêm bình luận", "Xem tất cả bình luận"]))
    return out


def tags(c, r, style):
    m = c.m
    pool = [m["comp"], m["home"], m["away"]] + [p.split()[-1] if p.startswith(("ông", "bà")) else p
                                                 for p in c.places[:2]]
    pool = list(dict.fromkeys(pool))
    if style == "hash":
        return W(" ".join("#" + t.replace(" ", "").replace(".", "") for t in pool))
    if style == "lines":
        return W("Tags:", *pool)
    return W(r.choice(["Từ khóa: ", "Tags: ", "Chủ đề: "]) + ", ".join(pool))


def share(r, style):
    if style == "lines":
        return W("Chia sẻ", "Facebook", "Zalo", "Twitter", "Sao chép liên kết")
    if style == "counts":
        return W(f"Thích {r.randint(3, 900)}", f"Chia sẻ {r.randint(0, 200)}")
    return W(r.choice(["Chia sẻ: Facebook | Zalo | Twitter | Email", "Share ⋅ Tweet ⋅ Zalo ⋅ In bài",
                       "Chia sẻ bài viết:  f  t  in  ✉"]))


def related_block(c, r, heading, n, style):
    items = c.rel(n)
    if not items:
        return []
    out = W(heading) if heading else []
    for i, (t, tz) in enumerate(items, 1):
        d = c.other_day(-r.randint(0, 20), "full" if style == "dated2" else "dm")
        if style == "bullet":
            out.append(("related", f"• {t}"))
        elif style == "dash":
            out.append(("related", f"- {t}"))
        elif style == "num":
            out.append(("related", f"{i}. {t}"))
        elif style in ("dated", "dated2"):
            out.append(("related", f"{t} ({d})" if style == "dated" else f"{t} - {d}"))
        elif style == "arrow":
            out.append(("related", f"» {t}"))
        elif style == "time":
            out.append(("related", f"{r.randint(6, 23):02d}:{r.randint(0, 59):02d} {t}"))
        elif style == "teaser":
            out.append(("related", t))
            if tz:
                out.append(("related", tz))
        elif style == "teaser_inline":
            out.append(("related", f"{t} - {tz}" if tz else t))
        else:
            out.append(("related", t))
    if style == "joined":
        out = (W(heading) if heading else []) + [("related", " | ".join(t for t, _ in items))]
    return out


def xem_them(c, r, label="Xem thêm: "):
    it = c.rel(1)
    return [("related", f"{label}{it[0][0]}")] if it else []


def pull_quote(c, r):
    cands = []
    for s in c.sents:
        for q in re.findall(r"“([^”]{30,160})”", s) + re.findall(r'"([^"]{30,160})"', s):
            if len(q.split()) >= 6:
                cands.append(q)
    if not cands:
        return []
    q = r.choice(cands).strip().rstrip(",")
    return W(f"“{q}”")


def photo(c, r, style, credit_name=None):
    cr = credit_name or pen_name(r)
    if style == "inline_paren":
        return [("caption", c.caption(r, "{c} (Ảnh: " + cr + ")"))]
    if style == "inline_dash":
        return [("caption", c.caption(r, "{c} - Ảnh: " + cr))]
    if style == "inline_pipe":
        return [("caption", c.caption(r, "{c} | Ảnh: " + cr))]
    if style == "sep_credit":
        return [("caption", c.caption(r)), ("credit", f"Ảnh: {cr}")]
    if style == "source":
        return [("caption", c.caption(r)), ("credit", f"Nguồn: {cr}")]
    if style == "mark":
        return W("[Ảnh]") + [("caption", c.caption(r))]
    return [("caption", c.caption(r))]


def top_scorers(c, r):
    out = W(r.choice(["VUA PHÁ LƯỚI", "Danh sách ghi bàn", "Top ghi bàn"]))
    goals = sorted((r.randint(3, 16) for _ in range(5)), reverse=True)
    teams = r.sample(c.m["teams"], 5)
    for i, (g, t) in enumerate(zip(goals, teams), 1):
        p = vn_player(r) if not c.m["intl"] and r.random() < 0.6 else f"{r.choice(FOR_FIRST)} {r.choice(FOR_LAST)}"
        out += W(f"{i}. {p} ({t}) - {g} bàn")
    return out


def tv_schedule(c, r):
    out = W(r.choice(["LỊCH PHÁT SÓNG", "Lịch truyền hình trực tiếp"]))
    teams = list(c.m["others"])
    r.shuffle(teams)
    for i in range(0, 6, 2):
        out += W(f"{r.choice(['17h00', '18h00', '19h00', '20h00', '21h00'])} {teams[i]} - {teams[i + 1]} "
                 f"({r.choice(['TTS Sport 1', 'TTS Sport 2', 'Kênh Bóng Đá Việt', 'SportLive HD'])})")
    return out


def footer(c, r, style):
    s = c.site
    y = c.year
    ed = vn_name(r)
    gp = f"Giấy phép số {r.randint(10, 480)}/GP-BTTTT cấp ngày {r.randint(1, 28)}/{r.randint(1, 12)}/{r.randint(2012, 2016)}"
    phone = f"0{r.choice(['24', '28', '236', '262'])} {r.randint(3000, 3999)} {r.randint(1000, 9999)}"
    mail = f"{r.choice(['toasoan', 'thethao', 'bandoc', 'lienhe'])}@{s['domain']}"
    addr = f"{r.randint(2, 220)} {r.choice(['Lê Văn Lương', 'Nguyễn Chí Thanh', 'Trần Hưng Đạo', 'Điện Biên Phủ', 'Lý Thường Kiệt', 'Phan Đình Phùng'])}, " \
           f"{r.choice(['Hà Nội', 'TP.HCM', 'Đà Nẵng', 'Buôn Ma Thuột'])}"
    if style == "full":
        return W(f"© {y} {s['name']}. Bảo lưu mọi quyền.", gp, f"Tổng biên tập: {ed}",
                 f"Địa chỉ: {addr}", f"Điện thoại: {phone} | Email: {mail}",
                 "Ghi rõ nguồn khi phát hành lại thông tin từ website này.")
    if style == "hotline":
        return W(f"Đường dây nóng: 09{r.randint(10, 98)} {r.randint(100, 999)} {r.randint(100, 999)}", f"Email: {mail}",
                 f"© {s['domain']} {y}")
    return W(f"Copyright © {y} {s['name']} - {gp}")


def menu(items, style="pipe"):
    if style == "lines":
        return W(*items)
    if style == "dot":
        return W(" · ".join(items))
    return W(" | ".join(items))


# ---------------------------------------------------------------------------
# the 20 layouts (invented outlets)
# ---------------------------------------------------------------------------
SITES = [
    dict(key="tinsang", name="Tin Sáng Online", domain="tinsang.vn"),
    dict(key="sancoviet", name="Sân Cỏ Việt", domain="sancoviet.vn"),
    dict(key="nhipdap", name="Nhịp Đập Thể Thao", domain="nhipdapthethao.vn"),
    dict(key="duyenhai", name="Thể Thao Duyên Hải", domain="thethaoduyenhai.vn"),
    dict(key="gockhandai", name="Góc Khán Đài", domain="gockhandai.vn"),
    dict(key="cusut", name="Cú Sút", domain="cusut.vn"),
    dict(key="vongcam", name="Vòng Cấm Online", domain="vongcam.net"),
    dict(key="hautruong", name="Hậu Trường Sân Cỏ", domain="hautruongsanco.vn"),
    dict(key="tinnhanh", name="Tin Nhanh Thể Thao", domain="tinnhanhthethao.vn"),
    dict(key="duongbien", name="Đường Biên", domain="duongbien.vn"),
    dict(key="khungthanh", name="Khung Thành TV", domain="khungthanh.tv"),
    dict(key="phuongnam", name="Thể Thao Phương Nam", domain="thethaophuongnam.vn"),
    dict(key="traibong", name="Trái Bóng Xanh", domain="traibongxanh.vn"),
    dict(key="coitrongtai", name="Còi Trọng Tài", domain="coitrongtai.vn"),
    dict(key="ttcs", name="Thể Thao & Cuộc Sống Số", domain="ttcuocsongso.vn"),
    dict(key="saithanh", name="Nhật Báo Thể Thao Sài Thành", domain="saithanhsport.vn"),
    dict(key="phutbugio", name="Phút Bù Giờ", domain="phutbugio.com"),
    dict(key="dautruong", name="Đấu Trường 360", domain="dautruong360.vn"),
    dict(key="tocdo", name="Tốc Độ Thể Thao", domain="tocdothethao.vn"),
    dict(key="caonguyen", name="Thể Thao Cao Nguyên", domain="thethaocaonguyen.vn"),
]


def L00(c, d):  # news portal, sports desk
    r = c.r
    d.site(c.site["name"])
    d.extend(menu(["Thời sự", "Thế giới", "Kinh doanh", "Thể thao", "Giải trí", "Pháp luật", "Sức khỏe", "Video"]))
    d.extend(ticker(c, r, 4))
    d.w("Thể thao › " + r.choice(["Bóng đá Việt Nam", "Bóng đá quốc tế", "Hậu trường"]))
    d.title()
    d.date("wd_full")
    paras = c.group(1, 3)
    ins = [photo(c, r, "inline_paren"), xem_them(c, r)]
    if r.random() < 0.5:
        ins.append(video_box(c, r, "line"))
    d.story(paras, ins)
    d.add("byline", pen_name(r).upper())
    d.extend(tags(c, r, "plain"))
    d.extend(share(r, "plain"))
    d.extend(related_block(c, r, "Tin thể thao khác", r.randint(4, 6), "dated"))
    d.extend(results(c, r, "tight", 4))
    d.extend(footer(c, r, "line"))


def L01(c, d):  # sports site, match report with match card
    r = c.r
    d.site(c.site["name"].upper())
    d.extend(menu(["Trang chủ", "V.League", "Đội tuyển", "Ngoại hạng Anh", "Champions League", "Video"], "lines"))
    d.extend(match_card(c, r, "big"))
    d.title()
    d.add("byline", f"Bài: {pen_name(r)}")
    d.add("credit", f"Ảnh: {pen_name(r)}")
    d.date("num")
    paras = c.group(2, 3)
    d.story(paras, [photo(c, r, "plain"), xem_them(c, r, "Đọc thêm: ")])
    d.extend(stats(c, r, "plain"))
    d.extend(lineups(c, r, "oneline"))
    d.extend(related_block(c, r, "Tin liên quan", r.randint(3, 5), "dash"))
    d.extend(comments(c, r, r.randint(1, 3), "inline"))
    d.extend(footer(c, r, "hotline"))


def L02(c, d):  # live blog
    r = c.r
    d.site(c.site["name"])
    d.w("🔴 TRỰC TIẾP", r.choice(["Cập nhật liên tục", "Tự động cập nhật: BẬT"]))
    d.title()
    d.date("upd")
    d.add("byline", f"Nhóm phóng viên {c.site['name']}")
    paras = c.group(1, 2)
    h, mi = c.date[1], c.date[2]
    stamps = sorted({max(0, h * 60 + mi - r.randint(5, 240)) for _ in range(2)}, reverse=True)
    ins = [W(f"{t // 60:02d}:{t % 60:02d}") for t in stamps] + [gallery(c, r, "photo")]
    d.story(paras, ins)
    d.extend(live_box(c, r, "desc"))
    d.w("ẢNH ĐẸP VÒNG ĐẤU")
    d.extend(gallery(c, r, "counter", story=False))
    d.w("Làm mới trang", "↑ Lên đầu trang")
    d.extend(related_block(c, r, "Đọc nhiều nhất", r.randint(3, 5), "num"))
    d.extend(comments(c, r, r.randint(2, 4), "block"))
    d.extend(footer(c, r, "line"))


def L03(c, d):  # regional sports paper e-edition
    r = c.r
    d.site(c.site["name"].upper())
    d.w(f"Báo in | Số {r.randint(1, 3)}.{r.randint(100, 999)} | Phát hành thứ Hai, Tư, Sáu",
        c.dfmt("today"))
    d.extend(menu(["Bóng đá trong nước", "Bóng đá quốc tế", "Thể thao miền Trung", "Ảnh", "Báo in"], "dot"))
    d.w("Bóng đá / Trong nước")
    d.title()
    d.date("dots")
    city = r.choice(["Đà Nẵng", "Quảng Nam", "Huế", "Quảng Ngãi", "Nha Trang"])
    d.add("byline", f"{vn_name(r).upper()} ({city})")
    paras = c.group(3, 4)
    d.story(paras, [photo(c, r, "sep_credit"), photo(c, r, "sep_credit")])
    d.extend(results(c, r, "spaced", 5))
    d.extend(fixtures(c, r, "colon", 3))
    d.extend(related_block(c, r, "Các tin khác", r.randint(4, 6), "dated2"))
    d.w(c.site["name"].upper())
    d.extend(footer(c, r, "full"))


def L04(c, d):  # opinion blog with author box and poll
    r = c.r
    d.site(c.site["name"])
    d.extend(menu(["Bình luận", "Góc nhìn", "Chuyện sân cỏ", "Bạn đọc viết"]))
    d.w(r.choice(["GÓC NHÌN", "Bình luận thể thao", "Blog"]))
    d.title()
    d.date("hfirst")
    paras = c.group(1, 2)
    d.story(paras, [pull_quote(c, r), photo(c, r, "plain"), pull_quote(c, r)])
    name = vn_name(r, r.random() < 0.3)
    d.w("VỀ TÁC GIẢ")
    d.add("byline", name)
    d.add("byline", r.choice(["Cây bút bình luận bóng đá, cộng tác viên thường xuyên của " + c.site["name"] + ".",
                              "Nhà báo tự do, từng tác nghiệp tại ba kỳ SEA Games.",
                              "Cựu cầu thủ, hiện là chuyên gia bình luận bóng đá."]))
    d.w("Bài viết thể hiện quan điểm riêng của tác giả.")
    d.extend(poll(c, r, "result"))
    d.extend(related_block(c, r, "Cùng tác giả", r.randint(3, 4), "arrow"))
    d.extend(comments(c, r, r.randint(2, 4), "block"))
    d.extend(footer(c, r, "line"))


def L05(c, d):  # mobile page
    r = c.r
    d.w("☰")
    d.site(c.site["name"])
    d.w("Đăng nhập")
    d.title()
    d.date("time_first")
    d.w(f"Nghe bài viết ▶ {r.randint(1, 6):02d}:{r.randint(0, 59):02d}")
    paras = c.group(1, 2)
    d.story(paras, [gallery(c, r, "photo"), odds(c, r, "line"), photo(c, r, "mark")])
    d.add("byline", "Theo " + r.choice(["Tạp chí Sân Nhà", "Báo Gió Lộng", "Nhật báo Phố Biển"]))
    d.extend(related_block(c, r, "Tin thể thao khác", r.randint(3, 5), "plain"))
    d.extend(odds(c, r, "banner"))
    d.w("Về đầu trang ↑", f"© {c.year} {c.site['domain']}")


def L06(c, d):  # betting / preview site
    r = c.r
    d.site(c.site["domain"])
    d.extend(menu(["Nhận định", "Tỷ lệ kèo", "Soi kèo", "Kết quả", "Lịch thi đấu", "BXH"]))
    d.title()
    d.add("byline", "Chuyên gia " + pen_name(r))
    d.date("gmt")
    d.extend(odds(c, r, "table"))
    paras = c.group(2, 3)
    d.story(paras, [odds(c, r, "line"), fantasy(c, r, "line")])
    d.extend(odds(c, r, "banner"))
    d.extend(related_block(c, r, "Nhận định khác", r.randint(3, 5), "arrow"))
    d.extend(tv_schedule(c, r))
    d.w("Thông tin trên trang chỉ mang tính tham khảo. Người dưới 18 tuổi không tham gia cá cược.")
    d.extend(footer(c, r, "line"))


def L07(c, d):  # photo-heavy gossip
    r = c.r
    d.site(c.site["name"])
    d.w("Hậu trường › " + r.choice(["Sao", "WAGs", "Đời tư"]))
    d.title()
    d.date("ampm")
    d.w(f"❤ {r.randint(1, 9)},{r.randint(1, 9)}K   💬 {r.randint(3, 99)}   ↗ {r.randint(1, 60)}")
    paras = c.group(1, 2)
    ins = []
    for _ in range(min(4, max(2, len(paras) - 1))):
        ins.append([("caption", c.caption(r)),
                    ("credit", r.choice(["Ảnh: FBNV", "Ảnh: Instagram", "Ảnh: " + pen_name(r), "Nguồn: Internet"]))])
    d.story(paras, ins)
    d.add("byline", f"{pen_name(r)} (tổng hợp)")
    d.extend(tags(c, r, "hash"))
    d.extend(related_block(c, r, "Xem thêm", r.randint(2, 3), "teaser"))
    d.extend(share(r, "counts"))
    d.extend(footer(c, r, "hotline"))


def L08(c, d):  # wire service, date first
    r = c.r
    d.site(c.site["name"].upper())
    d.extend(ticker(c, r, 3, "pipe"))
    d.date("dash")
    d.title()
    ag = r.choice(AGENCIES)
    d.add("byline", f"({ag[1]})")
    paras = c.group(1, 2)
    d.story(paras, [photo(c, r, "inline_dash", ag[1])])
    if r.random() < 0.5:
        d.add("byline", f"{pen_name(r)}/{ag[1]}")
    d.extend(related_block(c, r, "TIN THỂ THAO KHÁC", r.randint(4, 6), "time"))
    d.extend(results(c, r, "spaced", 4))
    d.w(c.dfmt("dash"))
    d.extend(footer(c, r, "line"))


def L09(c, d):  # long-form magazine
    r = c.r
    d.site(c.site["name"])
    d.w("MAGAZINE", r.choice(["Thể thao", "Chân dung", "Phóng sự"]))
    d.title()
    d.add("byline", f"Bài: {vn_name(r)}")
    d.add("credit", f"Ảnh: {vn_name(r)}")
    d.add("credit", f"Đồ họa: {pen_name(r)}")
    d.date("words")
    paras = c.group(2, 4)
    d.story(paras, [pull_quote(c, r), photo(c, r, "plain"), gallery(c, r, "counter"), pull_quote(c, r)])
    d.w("Chia sẻ bài viết", c.title)
    d.extend(share(r, "lines"))
    d.extend(related_block(c, r, "Đọc thêm", r.randint(2, 3), "teaser"))
    d.extend(footer(c, r, "full"))


def L10(c, d):  # video-first
    r = c.r
    d.site(c.site["name"])
    d.extend(menu(["Video", "Highlights", "Trực tiếp", "Talkshow", "Tin tức"], "dot"))
    d.extend(video_box(c, r, "player"))
    d.add("caption", c.scene(r))
    d.add("credit", f"Video: {c.site['name']}")
    d.title()
    d.date("iso")
    d.add("byline", pen_name(r))
    paras = c.group(1, 3)
    d.story(paras, [photo(c, r, "inline_pipe", c.site["name"]), video_box(c, r, "line")])
    d.extend(video_box(c, r, "list"))
    d.extend(related_block(c, r, "Tin liên quan", r.randint(3, 4), "bullet"))
    d.extend(footer(c, r, "line"))


def L11(c, d):  # regional newspaper with sidebar table
    r = c.r
    d.w(c.dfmt("day_only"))
    d.site(c.site["name"])
    d.extend(menu(["Trang chủ", "Bóng đá", "Quần vợt", "Bóng chuyền", "Điền kinh", "Thể thao học đường"]))
    d.title()
    d.date("wd_day")
    paras = c.group(2, 3)
    inner = related_block(c, r, "Tin liên quan:", 2, "plain")
    d.story(paras, [inner, photo(c, r, "inline_paren")])
    if r.random() < 0.5:
        d.add("byline", "NHÓM PHÓNG VIÊN")
    else:
        d.add("byline", vn_name(r))
        d.add("byline", "(Theo " + r.choice(["Báo Phố Núi", "Đài Phát thanh Sông Hậu", "Tạp chí Sân Nhà"]) + ")")
    d.extend(table(c, r, "pipe", 8))
    d.extend(related_block(c, r, "Tiêu điểm", r.randint(3, 5), "dash"))
    d.extend(footer(c, r, "full"))


def L12(c, d):  # international football site
    r = c.r
    d.site(c.site["name"])
    d.w("Bóng đá quốc tế / Ngoại hạng Anh" if c.m["intl"] else "Bóng đá Việt Nam / " + c.m["comp"])
    d.title()
    d.add("byline", f"{pen_name(r)} (theo {r.choice(['ASN', 'VSA', 'Sportwire Asia'])})")
    d.date("posted")
    paras = c.group(1, 3)
    d.story(paras, [photo(c, r, "inline_pipe", r.choice(PHOTO_AGENCIES)), fantasy(c, r, "line")])
    d.extend(results(c, r, "tight", 5))
    d.extend(table(c, r, "cells", 6))
    d.extend(fantasy(c, r, "box"))
    d.extend(related_block(c, r, "Có thể bạn quan tâm", r.randint(3, 5), "plain"))
    d.extend(footer(c, r, "line"))


def L13(c, d):  # fan forum
    r = c.r
    d.site(c.site["name"])
    d.w("Diễn đàn › Bóng đá Việt Nam › Tin tức tổng hợp", "Đăng nhập | Đăng ký")
    d.title()
    d.add("byline", "Người đăng: " + r.choice(COMMENT_NAMES))
    d.date("dash")
    d.w(f"Lượt xem: {r.randint(1, 9)}.{r.randint(100, 999)} | Trả lời: {r.randint(2, 80)}")
    paras = c.group(1, 4)
    d.story(paras, [])
    d.add("credit", "Nguồn: " + r.choice(["Báo Phố Núi", "Nhật báo Phố Biển", "Tin Sáng Online"]))
    d.w("Trích dẫn", c.title)
    d.extend(poll(c, r, "options"))
    d.extend(comments(c, r, r.randint(3, 5), "block"))
    d.extend(related_block(c, r, "Chủ đề tương tự", r.randint(3, 4), "joined"))
    d.w(f"Diễn đàn {c.site['name']} - Sân chơi của người hâm mộ")


def L14(c, d):  # multi-sport
    r = c.r
    d.site(c.site["name"])
    d.extend(menu(["Bóng đá", "Quần vợt", "F1", "Golf", "Võ thuật", "Esports", "Bóng rổ", "Cờ vua"], "lines"))
    d.title()
    d.date("gmt")
    d.add("byline", pen_name(r))
    paras = c.group(2, 3)
    d.story(paras, [photo(c, r, "inline_dash", r.choice(PHOTO_AGENCIES)), photo(c, r, "plain")])
    d.w("BXH ATP", *[f"{i}. {r.choice(FOR_FIRST)} {r.choice(FOR_LAST)} - {p} điểm"
                     for i, p in enumerate(sorted((r.randint(2000, 11000) for _ in range(5)), reverse=True), 1)])
    d.w("F1 - Bảng điểm tay đua", *[f"{i}. {r.choice(FOR_FIRST)} {r.choice(FOR_LAST)} ({p})"
                                    for i, p in enumerate(sorted((r.randint(20, 300) for _ in range(3)), reverse=True), 1)])
    d.extend(related_block(c, r, "Đọc nhiều", r.randint(4, 5), "num"))
    d.extend(share(r, "plain"))
    d.extend(footer(c, r, "hotline"))


def L15(c, d):  # print sports daily
    r = c.r
    d.site(c.site["name"].upper())
    d.w(f"Trang {r.randint(2, 16)} - " + r.choice(["Bóng đá trong nước", "Thể thao tổng hợp", "Bóng đá quốc tế"]))
    d.title()
    name = vn_name(r)
    d.add("byline", name.upper())
    d.date("day_only")
    paras = c.group(3, 4)
    d.story(paras, [photo(c, r, "inline_paren", name.split()[-1] if r.random() < 0.5 else None)])
    d.add("byline", ".".join(w[0] for w in name.split()[-2:]) + ".")
    d.extend(related_block(c, r, r.choice(["", "Bài liên quan:"]), 3, "joined"))
    d.w(f"Báo in ngày {c.dfmt('short')}/{c.year}", "Đặt mua báo: 1900 " + str(r.randint(1000, 9999)))
    d.extend(footer(c, r, "full"))


def L16(c, d):  # live-score app website
    r = c.r
    d.site(c.site["name"])
    d.w(r.choice(["● Đang diễn ra", "🔴 LIVE", "Trực tiếp"]))
    d.extend(match_card(c, r, "ht"))
    d.extend(menu(["Diễn biến", "Đội hình", "Thống kê", "Bài viết"], "pipe"))
    d.title()
    d.date("num")
    d.add("byline", pen_name(r))
    paras = c.group(1, 2)
    d.story(paras, [ratings(c, r, "inline")])
    d.extend(stats(c, r, "mid"))
    d.extend(lineups(c, r, "block"))
    d.extend(related_block(c, r, "Tin khác", r.randint(3, 4), "dash"))
    d.w(f"Tải app {c.site['name']} - Tỷ số trực tuyến nhanh nhất", "App Store | Google Play")


def L17(c, d):  # esports + sports
    r = c.r
    d.site(c.site["name"])
    d.extend(menu(["Esports", "LMHT", "PUBG", "Liên Quân", "Bóng đá", "Thể thao"]))
    tA, tB = r.sample(["Sao Đỏ Gaming", "Team Phượng Hoàng", "Rồng Xanh Esports", "Hải Âu Club", "Bão Lửa"], 2)
    d.w(f"🔴 Đang phát trực tiếp: {tA} vs {tB}")
    d.title()
    d.add("byline", "Bởi: " + pen_name(r))
    d.date("iso")
    paras = c.group(1, 3)
    d.story(paras, [photo(c, r, "plain"), fantasy(c, r, "line")])
    teams = ["Sao Đỏ Gaming", "Team Phượng Hoàng", "Rồng Xanh Esports", "Hải Âu Club", "Bão Lửa", "Mặt Trời Đen"]
    r.shuffle(teams)
    d.w("Nhánh đấu - Tứ kết", *[f"{teams[i]} {r.choice(['2-1', '2-0', '1-2', '0-2'])} {teams[i + 1]}" for i in (0, 2, 4)])
    d.extend(poll(c, r, "options"))
    d.extend(comments(c, r, r.randint(2, 3), "inline"))
    d.extend(related_block(c, r, "Bài viết mới", r.randint(3, 5), "bullet"))
    d.extend(footer(c, r, "line"))


def L18(c, d):  # motorsport & cycling
    r = c.r
    d.site(c.site["name"])
    d.w("Đua xe › " + r.choice(["Xe đạp", "Mô tô", "Đua ô tô"]))
    d.title()
    d.date("wd_full")
    paras = c.group(2, 3)
    d.story(paras, [gallery(c, r, "plain"), photo(c, r, "source", r.choice(PHOTO_AGENCIES))])
    ag = r.choice(AGENCIES)
    d.add("byline", f"(Theo {ag[1]})")
    rider = [vn_name(r) for _ in range(5)]
    base = r.randint(2 * 3600, 4 * 3600)
    times = sorted(base + r.randint(0, 600) for _ in range(5))
    d.w(f"KẾT QUẢ CHẶNG {r.randint(2, 12)}",
        *[f"{i}. {n} ({r.choice(['Đồng Nai', 'Bình Dương', 'Hà Nội', 'TP.HCM', 'An Giang'])}) "
          + (f"{t // 3600}h{t % 3600 // 60:02d}'{t % 60:02d}\"" if i == 1 else
             f"+{(t - times[0]) // 60}'{(t - times[0]) % 60:02d}\"")
          for i, (n, t) in enumerate(zip(rider, times), 1)],
        f"Áo vàng: {rider[0]}", f"Áo xanh: {r.choice(rider[1:])}")
    d.w("Góc ảnh thể thao")
    d.extend(gallery(c, r, "photo", story=False))
    d.extend(related_block(c, r, "Tin cùng chuyên mục", r.randint(3, 5), "dated"))
    d.extend(footer(c, r, "hotline"))


def L19(c, d):  # provincial paper, sports column
    r = c.r
    d.site(c.site["name"])
    d.w("Chuyên mục: Thể thao")
    d.title()
    d.date("time_first")
    d.w(f"Lượt xem: {r.randint(120, 4000)}")
    paras = c.group(2, 4)
    d.story(paras, [photo(c, r, "sep_credit"), photo(c, r, "plain")])
    d.add("byline", r.choice([f"H'{r.choice(GIVF)} {r.choice(['Niê', 'Êban', 'Mlô'])}",
                              f"Y {r.choice(GIVN)} {r.choice(['Ksor', 'Byă', 'Niê'])}", pen_name(r).upper()]))
    d.extend(related_block(c, r, "Các tin khác:", r.randint(4, 6), "dated2"))
    d.extend(share(r, "plain"))
    d.w(c.site["name"])
    d.extend(footer(c, r, "full"))


LAYOUTS = [L00, L01, L02, L03, L04, L05, L06, L07, L08, L09,
           L10, L11, L12, L13, L14, L15, L16, L17, L18, L19]


# ---------------------------------------------------------------------------
# scraper faults
# ---------------------------------------------------------------------------
def _units(items):
    """references to every editable string: (index, None) for lines, (index, j) for body items"""
    out = []
    for i, (k, v) in enumerate(items):
        if k == "B":
            out += [(i, j) for j in range(len(v))]
        else:
            out.append((i, None))
    return out


def _get(items, u):
    i, j = u
    return items[i][1][j] if j is not None else items[i][1]


def _set(items, u, val):
    i, j = u
    if j is None:
        items[i] = (items[i][0], val)
    else:
        items[i][1][j] = val


def _glue_cands(items):
    out = []
    if sum(len(v) for k, v in items if k == "B") < 4:
        return out
    for i, (k, v) in enumerate(items):
        if k == "B":
            for j in range(len(v) - 1):
                if v[j][-1] in ".!?":
                    out.append((i, j))
    return out


def apply_faults(items, r):
    faults = []
    if r.random() >= 0.18:
        return items, faults
    want = 1 if r.random() < 0.6 else 2
    for f in r.sample(FAULT_NAMES, len(FAULT_NAMES)):
        if len(faults) == want:
            break
        if f == "glue" and not _glue_cands(items):
            continue
        faults.append(f)
    if "glue" in faults:
        i, j = r.choice(_glue_cands(items))
        v = items[i][1]
        v[j:j + 2] = [v[j] + v[j + 1]]
    units = [u for u in _units(items) if " " in _get(items, u)]
    if "nbsp" in faults:
        for u in r.sample(units, max(2, len(units) // 5)):
            s = _get(items, u)
            pos = [m.start() for m in re.finditer(" ", s)]
            pick = [p for p in pos if r.random() < 0.3] or [r.choice(pos)]
            s = "".join("\u00a0" if q in pick else ch for q, ch in enumerate(s))
            _set(items, u, s)
    if "zwsp" in faults:
        for u in r.sample(units, min(len(units), r.randint(2, 6))):
            s = _get(items, u)
            words = [m for m in re.finditer(r"[^\W\d_]{4,}", s)]
            if not words:
                continue
            m = r.choice(words)
            at = r.randint(m.start() + 1, m.end() - 1)
            _set(items, u, s[:at] + "\u200b" + s[at:])
    if "dspace" in faults:
        for u in r.sample(units, min(len(units), r.randint(1, 3))):
            s = _get(items, u)
            pos = [m.start() for m in re.finditer(" ", s)]
            if pos:
                q = r.choice(pos)
                _set(items, u, s[:q] + "  " + s[q + 1:])
    return items, faults


# ---------------------------------------------------------------------------
# contract check: independent walk over the text
# ---------------------------------------------------------------------------
def check_page(p):
    if not isinstance(p.text, str) or not p.text:
        raise ValueError("empty text")
    lines = p.text.split("\n")
    for l in lines:
        if not l or l != l.strip():
            raise ValueError(f"blank or unstripped line: {l!r}")
    for it in p.body:
        if not it or it != it.strip() or it not in p.text or "\n" in it:
            raise ValueError(f"bad body item: {it!r}")
    for k, l in p.furniture:
        if k not in KINDS:
            raise ValueError(f"bad kind {k}")
    bi = fi = 0
    unl = []
    for l in lines:
        if fi < len(p.furniture) and p.furniture[fi][1] == l:
            fi += 1
            continue
        ok = False
        for n in range(1, 5):
            if bi + n <= len(p.body) and " ".join(p.body[bi:bi + n]) == l:
                bi += n
                ok = True
                break
        if ok:
            continue
        unl.append(l)
    if bi != len(p.body) or fi != len(p.furniture):
        raise ValueError(f"walk did not use up body/furniture ({bi}/{len(p.body)}, {fi}/{len(p.furniture)})")
    if len(unl) > 3:
        raise ValueError(f"{len(unl)} unlabelled lines: {unl}")
    un = [norm(u) for u in unl]
    if len(set(un)) != len(un):
        raise ValueError("repeated unlabelled line")
    bn = {norm(b) for b in p.body}
    if len(p.body) < 3:
        raise ValueError("fewer than 3 body items")
    for k, l in p.furniture:
        if norm(l) in bn:
            raise ValueError(f"furniture equals a body sentence: {l!r}")
        if k == "related" and norm(l) in set(un):
            raise ValueError(f"related equals an unlabelled line: {l!r}")
    for u in un:
        if u in bn:
            raise ValueError("unlabelled line equals a body sentence")
    return True


# ---------------------------------------------------------------------------
# building
# ---------------------------------------------------------------------------
def _assemble(items):
    lines, body, furn = [], [], []
    for k, v in items:
        if k == "B":
            lines.append(" ".join(v))
            body.extend(v)
        elif k in ("T", "D", "S"):
            lines.append(v)
        else:
            lines.append(v)
            furn.append((k, v))
    return "\n".join(lines), body, furn


def build(path):
    body_rows, rel_rows = read_rows(path)
    rel_pool, seen = [], set()
    for i in sorted(rel_rows):
        t, a = rel_rows[i]
        t = detok(t)
        tz = teaser_of(a)
        if t and norm(t) not in seen:
            seen.add(norm(t))
            rel_pool.append((t, tz))
    out = []
    for k, row in enumerate(sorted(body_rows)):
        t, a = body_rows[row]
        title = detok(t)
        if not title:
            continue
        sents = story_sentences(title, a)
        if len(sents) < 3:
            continue
        li = k % len(LAYOUTS)
        c = Ctx(row, k, title, sents, detok(a), rel_pool, SITES[li])
        d = Doc(c)
        LAYOUTS[li](c, d)
        items = [(kk, list(v) if kk == "B" else v) for kk, v in d.items]
        items, faults = apply_faults(items, rng(row, "faults"))
        text, body, furn = _assemble(items)
        if "nfd" in faults:
            nf = lambda s: unicodedata.normalize("NFD", s)
            text, body, furn = nf(text), [nf(b) for b in body], [(kk, nf(l)) for kk, l in furn]
        name = f"L{li:02d}-{SITES[li]['key']}"
        p = Page(text, body, furn, name)
        check_page(p)
        out.append((p, faults))
    return out


def pages(path):
    return [p for p, _ in build(path)]


def totals(built):
    cols = ["pages", "body"] + list(KINDS) + ["faulty"] + list(FAULT_NAMES)
    rows = {}
    for p, faults in built:
        t = rows.setdefault(p.layout, Counter())
        t["pages"] += 1
        t["body"] += len(p.body)
        for k, _ in p.furniture:
            t[k] += 1
        if faults:
            t["faulty"] += 1
        for f in faults:
            t[f] += 1
    tot = Counter()
    for t in rows.values():
        tot.update(t)
    w = max([len(k) for k in rows] + [8])
    head = "layout".ljust(w) + "".join(c.rjust(8) for c in cols)
    lines = [head, "-" * len(head)]
    for k in sorted(rows):
        lines.append(k.ljust(w) + "".join(str(rows[k][c]).rjust(8) for c in cols))
    lines.append("-" * len(head))
    lines.append("TOTAL".ljust(w) + "".join(str(tot[c]).rjust(8) for c in cols))
    return "\n".join(lines)


def main(argv):
    if len(argv) != 2:
        print("usage: python3 make.py /path/to/vietnews_train.jsonl.gz", file=sys.stderr)
        return 2
    built = build(argv[1])
    print(f"set {SET_NAME} (seed {SEED}): {len(built)} pages")
    print(totals(built))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
