#!/usr/bin/env python3
"""clean_test68 - held-out evaluation pages: TV and radio station sites.

Builds about 100 scraped article pages of invented Vietnamese TV / radio
stations, each labelled line by line (title, date, site name unlabelled; story
sentences as body; everything else as byline / credit / caption / related /
widget).  Standard library only.

    python3 make.py /work/shared/data/vietnews_train.jsonl.gz
"""
import datetime
import gzip
import json
import random
import re
import sys
import unicodedata
from typing import List, NamedTuple, Tuple

SET_NAME = "test68"
SEED = 6868
BODY_ROWS = range(18_000, 18_100)
RELATED_ROWS = range(14_000, 14_100)
KINDS = ("byline", "credit", "caption", "related", "widget")


class Page(NamedTuple):
    text: str
    body: List[str]
    furniture: List[Tuple[str, str]]
    layout: str


def R(row, purpose):
    """Every random draw goes through a string-seeded generator."""
    return random.Random(f"{SET_NAME}|{SEED}|{row}|{purpose}")


# ---------------------------------------------------------------------------
# reading
# ---------------------------------------------------------------------------

def read_rows(path):
    """Stream the file once; return ({row: (title, article)}, {row: (title, article[:1200])})."""
    body, rel = {}, {}
    last = max(BODY_ROWS[-1], RELATED_ROWS[-1])
    opener = gzip.open if str(path).endswith(".gz") else open
    with opener(path, "rb") as fh:
        for i, raw in enumerate(fh):
            if i > last:
                break
            inb, inr = i in BODY_ROWS, i in RELATED_ROWS
            if not (inb or inr):
                continue
            try:
                line = raw.decode("utf-8").strip()
                if not line:
                    continue
                obj = json.loads(line)
            except (UnicodeDecodeError, ValueError):
                continue
            if not isinstance(obj, dict):
                continue
            t, a = obj.get("title"), obj.get("article")
            if not isinstance(t, str) or not isinstance(a, str):
                continue
            if not t.strip() or not a.strip():
                continue
            if inr:
                rel[i] = (t, a[:1200])
            if inb:
                body[i] = (t, a)
    return body, rel


# ---------------------------------------------------------------------------
# story text
# ---------------------------------------------------------------------------

def _pair(s, q):
    parts = s.split(q)
    if len(parts) < 3:
        return s
    out = [parts[0]]
    for k in range(1, len(parts)):
        seg = parts[k]
        if k % 2 == 1 and k < len(parts) - 1:      # inside a pair
            seg = seg.strip()
        out.append(seg)
    return q.join(out)


def detok(s):
    s = s.replace("_", " ")
    s = re.sub(r"\s+", " ", s).strip()
    s = _pair(s, '"')
    s = re.sub(r"(^|\s)'\s+([^']{1,160}?)\s+'(?=\s|[,.;:!?]|$)", r"\1'\2'", s)
    s = re.sub(r"“\s+", "“", s)
    s = re.sub(r"\s+”", "”", s)
    s = re.sub(r"‘\s+", "‘", s)
    s = re.sub(r"\s+’", "’", s)
    s = re.sub(r"([(\[{])\s+", r"\1", s)
    s = re.sub(r"\s+([)\]}])", r"\1", s)
    s = re.sub(r"\s+([,.;:!?%…])", r"\1", s)
    s = re.sub(r"(\S) / (?=\S)", r"\1/", s)
    s = re.sub(r"\s+", " ", s).strip()
    return s


ABBR = {"TP", "TS", "GS", "PGS", "ThS", "BS", "Q", "P", "Tp", "TT", "NXB", "St",
        "Mr", "Mrs", "Ms", "Dr", "v.v", "CN", "KS", "NSƯT", "NSND", "Th", "TX",
        "Co", "Ltd", "No", "tr", "Ths", "Bs", "Ts", "Gs", "ĐH", "Vs", "vs"}
CLOSERS = "\"”’')]"


def _is_abbr(tok):
    core = tok.rstrip(CLOSERS)
    if not core.endswith("."):
        return False
    core = core[:-1].lstrip("(\"“'")
    if core in ABBR:
        return True
    if len(core) == 1 and core.isalpha() and core.isupper():
        return True
    if re.fullmatch(r"(?:\w\.)+\w?", core):
        return True
    return False


def _starts_upper(tok):
    t = tok.lstrip("\"“'([‘")
    return bool(t) and (t[0].isupper() or t[0].isdigit())


def split_sentences(text):
    toks = text.split(" ")
    use_quotes = text.count('"') % 2 == 0 and text.count("“") == text.count("”")
    out, cur, depth, straight = [], [], 0, 0
    for i, tok in enumerate(toks):
        cur.append(tok)
        straight += tok.count('"')
        depth += tok.count("“") - tok.count("”")
        core = tok.rstrip(CLOSERS)
        end = bool(core) and core[-1] in ".!?…"
        if not end or i == len(toks) - 1:
            continue
        if use_quotes and (straight % 2 == 1 or depth > 0):
            continue
        nxt = toks[i + 1]
        if nxt in ("-", "–", "—") and i + 2 < len(toks):
            nxt = toks[i + 2]
        if _is_abbr(tok) or not _starts_upper(nxt):
            continue
        out.append(" ".join(cur))
        cur = []
    if cur:
        out.append(" ".join(cur))
    return [s.strip() for s in out if s.strip()]


CAPTION_MARKS = ("ảnh:", "(ảnh", "ảnh :", "video:", "clip:", "minh hoạ", "minh họa", "(trái)",
                 "(phải)", "(giữa)", "nguồn:", "đồ hoạ", "đồ họa", "infographic", "ảnh minh",
                 "photo", "ảnh chụp", "ảnh cắt", "(video", "(clip", "trong ảnh", "ảnh trên",
                 "ảnh dưới", "clip ", "video ", "hình ảnh", "ảnh do", "ảnh nhân vật")
REPORT = ("cho biết", "cho hay", "nói", "khẳng định", "chia sẻ", "nhấn mạnh", "tiết lộ",
          "thông báo", "xác nhận", "phát biểu", "trả lời", "giải thích",
          "bày tỏ", "nhận định", "đánh giá", "cho rằng", "kể lại", "thừa nhận", "khai báo",
          "tuyên bố", "cam kết", "đề nghị", "yêu cầu", "khuyến cáo", "cảnh báo", "lưu ý",
          "nhận xét", "phản ánh", "trao đổi", "trình bày", "báo cáo", "dự báo", "ước tính",
          "chỉ đạo", "phân tích", "lý giải", "bình luận", "khai nhận", "tâm sự", "nhắc lại",
          "đề xuất", "kiến nghị", "công bố", "thông tin với", "theo ông", "theo bà",
          "theo anh", "theo chị", "theo đại diện", "theo cơ quan", "theo lãnh đạo")
CONNECTIVES = ("Tuy nhiên", "Trước đó", "Sau đó", "Ngoài ra", "Bên cạnh đó", "Đồng thời",
               "Trong khi đó", "Do đó", "Vì vậy", "Vì thế", "Theo đó", "Cũng theo", "Theo",
               "Mặc dù", "Dù", "Tuy vậy", "Song", "Nhưng", "Thế nhưng", "Hiện nay", "Hiện tại",
               "Hiện,", "Trước tình hình", "Ngay sau đó", "Cùng ngày", "Cùng với đó", "Đặc biệt",
               "Như vậy", "Do vậy", "Bởi vậy", "Nhờ đó", "Tiếp đó", "Sau khi", "Khi", "Trong đó",
               "Thậm chí", "Đáng chú ý", "Trước đây", "Kết quả", "Riêng", "Còn", "Tương tự",
               "Cụ thể", "Lúc này", "Từ đó", "Để", "Cũng trong", "Tính đến", "Liên quan",
               "Nếu", "Ngoài việc", "Được biết", "Trong khi", "Bởi vì", "Vì", "Do", "Mặt khác",
               "Ngược lại", "Thêm vào đó", "Cuối cùng", "Trước mắt", "Sau cùng", "Tiếp theo")

ZW = "\u200b\u200c\u200d\u2060\ufeff"


def norm(s):
    s = unicodedata.normalize("NFC", s)
    for ch in ZW:
        s = s.replace(ch, "")
    return re.sub(r"\s+", "", s).casefold()


def _opens_with(s, words):
    for w in words:
        if s.startswith(w) and (len(s) == len(w) or not s[len(w)].isalpha()):
            return True
    return False


def keep_sentence(s, title_n):
    low = s.lower()
    if any(m in low for m in CAPTION_MARKS):
        return False
    if any(ch in s for ch in "|•»«■►▶"):
        return False
    if s.count('"') % 2 or s.count("(") != s.count(")") or s.count("“") != s.count("”") \
            or s.count("[") != s.count("]"):
        return False
    core = s.rstrip(CLOSERS)
    if not core or core[-1] not in ".!?…":
        return False
    words = s.split()
    if len(words) < 8 or len(words) > 110:
        return False
    if any(":" in w for w in words[:6]):
        return False
    if re.search(r"(?:\(|[-–—]\s*|[.!?…]\s*|\s)Theo\s+\S+(?:\s+\S+){0,4}\s*\)?[.]?$", s):
        return False
    first = s.lstrip("\"“'(‘")
    if not first or first[0].islower() or not (first[0].isalpha() or first[0].isdigit()):
        return False
    if norm(s) == title_n:
        return False
    limit = 22 if "," in s else 30
    if len(words) <= limit:
        has_report = any(re.search(r"(?<!\w)" + re.escape(v) + r"(?!\w)", low) for v in REPORT)
        has_quote = bool(re.search(r"[\"”]\s*[,\-–]\s*\w", s))
        if not (has_report or has_quote or _opens_with(first, CONNECTIVES)):
            return False
    return True


def story_sentences(title, article):
    title_n = norm(title)
    seen, out = set(), []
    for pos, s in enumerate(split_sentences(detok(article))):
        if not keep_sentence(s, title_n):
            continue
        if pos == 0 and len(s.split()) <= 30 and '"' not in s and "“" not in s:
            continue                      # an opening short line is usually the lead photo's caption
        n = norm(s)
        if n in seen:
            continue
        seen.add(n)
        out.append(s)
    return out


# ---------------------------------------------------------------------------
# page context and shared helpers
# ---------------------------------------------------------------------------

WD = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
SURN = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
        "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Trịnh", "Mai", "Đinh", "Lưu"]
MID = ["Minh", "Thanh", "Hữu", "Ngọc", "Quốc", "Thu", "Hoàng", "Đức", "Kim", "Bảo",
       "Hải", "Phương", "Tường", "Hồng", "Việt", "Gia", "Anh", "Khánh", "Mỹ", "Trọng"]
GIV = ["Anh", "Quân", "Hà", "Yến", "Sơn", "Tâm", "Trang", "Huy", "Khoa", "Linh", "Nam",
       "Phương", "Tú", "Vy", "Hải", "Long", "Thảo", "Duy", "Hân", "Lộc", "Ngân", "Phúc",
       "Giang", "Hằng", "Vân", "Trung", "Thắng", "Diệp", "Nhung", "Khải", "Uyên", "Tùng"]
HIGHLAND = ["Y Khoa Byă", "H'Nhi Êban", "Ksor Thuận", "Rơ Mah Hlim", "Y Thạch Niê",
            "H'Lan Mlô", "Siu Đoan", "Nay Blúp", "Kpă Hiền", "H'Bia Ayun"]
NORTH_HILL = ["Vàng A Páo", "Giàng Thị Mai", "Sùng A Dế", "Lù Thị Hoa", "Thào Mí Sử",
              "Hoàng Thị Pằng", "Lò Văn Thắm", "Ma Thị Lếnh"]

CITIES = [("Hà Nội", 14, 33), ("Hải Phòng", 15, 32), ("Đà Nẵng", 19, 34), ("Huế", 17, 34),
          ("Nha Trang", 21, 33), ("Đà Lạt", 12, 25), ("Cần Thơ", 23, 34), ("TP HCM", 23, 35),
          ("Vinh", 15, 35), ("Buôn Ma Thuột", 18, 31), ("Pleiku", 16, 29), ("Quy Nhơn", 20, 34)]
SKY = ["Nắng", "Nhiều mây", "Mưa rào", "Có mưa nhỏ", "Nắng nhẹ", "Mây thay đổi", "Mưa dông"]

TOPICS = {
    "accident": ("tai nạn", "lật", "va chạm", "đuối nước", "cháy", "xe khách", "xe tải",
                 "container", "tông", "sạt lở", "lũ", "bão", "chìm", "cứu hộ", "phát nổ", "nổ", "hoả hoạn",
                 "cháy rụi", "tử vong", "thi thể", "đâm"),
    "crime": ("bắt giữ", "khởi tố", "lừa đảo", "trộm", "ma tuý", "ma túy", "truy nã", "tạm giữ",
              "điều tra", "vụ án", "đối tượng", "nghi phạm", "cướp"),
    "edu": ("thi", "học sinh", "sinh viên", "trường", "giáo viên", "tuyển sinh", "đại học",
            "lớp 10", "giáo dục"),
    "econ": ("giá", "doanh nghiệp", "xuất khẩu", "tỷ đồng", "ngân hàng", "thị trường",
             "đầu tư", "kinh tế", "thuế", "cổ phiếu", "vốn"),
    "health": ("bệnh viện", "bác sĩ", "bệnh nhân", "y tế", "dịch bệnh", "sốt xuất huyết", "ca bệnh",
               "vắc xin", "điều trị"),
    "sport": ("bóng đá", "đội tuyển", "HLV", "trận", "cầu thủ", "giải đấu", "vô địch", "SEA Games"),
    "politics": ("Quốc hội", "đại biểu", "Thủ tướng", "Bộ trưởng", "Tỉnh uỷ", "Chủ tịch UBND",
                 "bổ nhiệm", "kỷ luật", "Uỷ ban Kiểm tra", "Chính phủ"),
    "world": ("Tổng thống", "Liên Hợp Quốc", "ngoại giao", "hội nghị thượng đỉnh", "Ngoại trưởng",
              "Nhà Trắng", "Điện Kremlin", "Quốc vụ viện", "Lầu Năm Góc"),
}
SCENES = {
    "accident": ["Lực lượng chức năng có mặt tại hiện trường", "Hiện trường vụ việc qua ống kính phóng viên",
                 "Lực lượng cứu hộ làm nhiệm vụ", "Cảnh sát giao thông phân luồng phương tiện qua khu vực",
                 "Người dân tập trung theo dõi sự việc"],
    "crime": ["Các đối tượng tại cơ quan điều tra", "Tang vật được lực lượng chức năng thu giữ",
              "Cán bộ công an làm việc với các đối tượng", "Lực lượng công an làm nhiệm vụ tại hiện trường"],
    "edu": ["Thí sinh làm thủ tục dự thi", "Phụ huynh chờ đón con trước cổng trường",
            "Một giờ học của học sinh", "Cán bộ coi thi kiểm tra giấy tờ của thí sinh"],
    "econ": ["Hoạt động sản xuất tại một doanh nghiệp", "Người dân giao dịch tại quầy",
             "Hàng hoá được bày bán tại một cửa hàng", "Công nhân làm việc trong nhà xưởng"],
    "health": ["Bác sĩ thăm khám cho bệnh nhân", "Bệnh nhân được điều trị tại bệnh viện",
               "Nhân viên y tế làm nhiệm vụ"],
    "sport": ["Các cầu thủ trong buổi tập", "Cổ động viên trên khán đài", "Một pha bóng trong trận đấu"],
    "world": ["Quang cảnh cuộc họp báo", "Toàn cảnh hội nghị", "Các đại biểu tham dự sự kiện"],
    "politics": ["Quang cảnh phiên họp", "Các đại biểu dự hội nghị", "Toàn cảnh buổi làm việc",
                 "Đại biểu phát biểu tại phiên thảo luận"],
    "society": ["Người dân địa phương chia sẻ với phóng viên", "Quang cảnh buổi làm việc",
                "Một góc khu vực được nhắc tới trong phóng sự", "Phóng viên ghi nhận tại địa phương"],
}
TAGWORDS = ["tai nạn giao thông", "an toàn giao thông", "cháy nổ", "đuối nước", "ma tuý", "lừa đảo",
            "tuyển sinh", "thi THPT quốc gia", "giá vàng", "xuất khẩu", "bất động sản", "ngân hàng",
            "bệnh viện", "sốt xuất huyết", "bóng đá", "đội tuyển Việt Nam", "thời tiết", "mưa lũ",
            "Tết", "nông nghiệp", "môi trường", "y tế", "giáo dục", "công an", "xe khách", "Mỹ",
            "Trung Quốc", "Quốc hội", "Chính phủ", "thủ tướng"]

NOT_PEOPLE = {"Trung Quốc", "Hàn Quốc", "Việt Nam", "Nhật Bản", "Hoa Kỳ", "Thái Lan", "Triều Tiên",
              "Liên Hợp Quốc", "Đài Loan", "Hồng Kông", "Campuchia", "Trung Ương"}
HONOR = {"ông": "Ông", "bà": "Bà", "anh": "Anh", "chị": "Chị"}
PLACE_PRE = [("thành", "phố"), ("thị", "xã"), ("thị", "trấn"), ("tỉnh",), ("huyện",), ("xã",),
             ("phường",), ("quận",), ("TP",)]


def _cap_run(toks, j, limit=4):
    run = []
    while j < len(toks) and len(run) < limit:
        t = toks[j]
        core = t.rstrip(",.;:)!?\"”")
        if not core or not core[0].isupper() or not core.replace("-", "").replace("'", "").isalpha():
            break
        run.append(core)
        if core != t:
            break
        j += 1
    return run


def entities(sents):
    persons, places = [], []
    for s in sents:
        toks = s.split()
        for i, t in enumerate(toks):
            lt = t.lower()
            if lt in HONOR and i + 1 < len(toks):
                run = _cap_run(toks, i + 1)
                if 2 <= len(run) <= 4 and " ".join(run) not in NOT_PEOPLE:
                    persons.append((HONOR[lt], " ".join(run)))
            for pre in PLACE_PRE:
                n = len(pre)
                if n == 1 and i > 0 and toks[i - 1].lower() in ("thị", "thành"):
                    continue
                if tuple(x.lower() if x != "TP" else x for x in toks[i:i + n]) == pre:
                    run = _cap_run(toks, i + n, 3)
                    if run and not (len(run) == 1 and len(run[0]) <= 2):
                        places.append((" ".join(pre), " ".join(run)))
    def uniq(xs):
        seen, out = set(), []
        for x in xs:
            if x not in seen:
                seen.add(x)
                out.append(x)
        return out
    return uniq(persons), uniq(places)


def topic_of(title, sents):
    blob = " " + title + " " + " ".join(sents[:4]) + " "
    best, score = "society", 0
    for name, words in TOPICS.items():
        sc = sum(len(re.findall(r"(?<!\w)" + re.escape(w.strip()) + r"(?!\w)", blob)) for w in words)
        if sc > score:
            best, score = name, sc
    return best if score >= 2 else "society"


def fmt_date(d, style):
    wd = WD[d.weekday()]
    if style == "a":
        return f"{d:%d/%m/%Y %H:%M}"
    if style == "b":
        return f"{wd}, {d:%d/%m/%Y - %H:%M}"
    if style == "c":
        return f"{wd[0]}{wd[1:].lower()}, {d.day}/{d.month}/{d.year}, {d:%H:%M} (GMT+7)"
    if style == "d":
        return f"{d:%H:%M | %d/%m/%Y}"
    if style == "e":
        return f"Cập nhật: {d:%H:%M} ngày {d:%d/%m/%Y}"
    if style == "f":
        return f"Phát sóng lúc {d.hour}h{d.minute // 15 * 15:02d} ngày {d.day}/{d.month}/{d.year}"
    if style == "g":
        return f"Ngày đăng: {d:%d-%m-%Y}"
    if style == "h":
        return f"{d:%d.%m.%Y | %H:%M}"
    if style == "i":
        return f"{wd}, ngày {d.day} tháng {d.month} năm {d.year}"
    if style == "k":
        return f"Cập nhật lúc {d:%H:%M}, {wd}, {d:%d/%m/%Y}"
    if style == "l":
        return f"{d:%H:%M %d/%m/%Y} GMT+7"
    if style == "m":
        return f"Đăng lúc: {d:%d/%m/%Y %H:%M}"
    if style == "n":
        return f"Ngày {d:%d/%m/%Y}"
    if style == "o":
        return f"{wd} {d:%d/%m/%Y}, {d.hour}h{d:%M}"
    raise KeyError(style)


LAST_DAY = datetime.datetime(2019, 12, 31, 23, 0)


def clamp(d):
    return min(d, LAST_DAY)


def dur(rng, lo=40, hi=420):
    s = rng.randint(lo, hi)
    return f"{s // 60:02d}:{s % 60:02d}"


class Ctx:
    def __init__(self, row, k, title, sents, pool, st):
        self.row, self.k, self.title, self.sents, self.st = row, k, title, sents, st
        self.rng = R(row, "layout")
        start = datetime.date(2016, 1, 1)
        day = start + datetime.timedelta(days=R(row, "date").randint(0, 1459))
        hr = R(row, "hour").choice([5, 6, 7, 8, 9, 10, 11, 12, 13, 15, 16, 17, 18, 19, 19, 20, 21, 22])
        mi = R(row, "minute").randint(0, 59)
        self.date = datetime.datetime(day.year, day.month, day.day, hr, mi)
        self.persons, self.places = entities(sents)
        self.topic = topic_of(title, sents)
        self.forbid = {norm(s) for s in sents}
        self.title_n = norm(title)
        self.used = set()
        rr = R(row, "related")
        pool = [p for p in pool if p["title_n"] != self.title_n and p["title_n"] not in self.forbid]
        rr.shuffle(pool)
        self._pool = pool
        self._nr = R(row, "names")
        self._rdc = 0

    # --- randomness -----------------------------------------------------
    def r(self, purpose):
        return R(self.row, purpose)

    def pick(self, xs):
        return self.rng.choice(xs)

    def chance(self, p):
        return self.rng.random() < p

    # --- body -------------------------------------------------------------
    def paras(self, lo, hi, lead=0):
        rng = self.r("paras")
        s = list(self.sents)
        out = []
        if lead and len(s) > 3:
            out.append(s[:lead])
            s = s[lead:]
        while s:
            n = rng.randint(lo, hi)
            out.append(s[:n])
            s = s[n:]
        return out

    # --- people -----------------------------------------------------------
    def short(self):
        r = self._nr
        while True:
            n = f"{r.choice(MID)} {r.choice(GIV)}"
            if n not in self.used and n.split()[0] != n.split()[1]:
                self.used.add(n)
                return n

    def full(self):
        r = self._nr
        return f"{r.choice(SURN)} {self.short()}"

    # --- related ----------------------------------------------------------
    def rel(self, n, need_teaser=False):
        out = []
        while self._pool and len(out) < n:
            p = self._pool.pop()
            if need_teaser and not p["teaser"]:
                continue
            out.append(p)
        return out

    def rdate(self, days=20, later=False):
        self._rdc += 1
        rng = self.r("rdate%d" % self._rdc)
        delta = datetime.timedelta(days=rng.randint(0, days), minutes=rng.randint(5, 900))
        return clamp(self.date + delta) if later else self.date - delta

    def hourly(self, n):
        """n decreasing times of the 'tin tức theo giờ' strip, ending before the page time."""
        rng = self.r("hourly")
        t, out = self.date, []
        for _ in range(n):
            t = t - datetime.timedelta(minutes=rng.randint(15, 140))
            out.append(t)
        return out

    # --- furniture text ---------------------------------------------------
    def ok(self, line):
        n = norm(line)
        return n not in self.forbid and n != self.title_n and n not in self.used

    def caption(self, purpose="cap", end=None):
        rng = self.r(purpose)
        st = self.st
        named = []
        for h, p in self.persons[:3]:
            named += [f"{h} {p} trao đổi với phóng viên {st['short']}",
                      f"{h} {p} trả lời phỏng vấn",
                      f"{h} {p} chia sẻ với phóng viên"]
        scenes = SCENES[self.topic] + SCENES["society"][:2]
        for pre, pl in self.places[:3]:
            sc = rng.choice(scenes)
            named.append(f"{sc} {'ở' if ' tại ' in sc else 'tại'} {pre} {pl}")
        generic = list(scenes) + [f"Hình ảnh cắt từ phóng sự của {st['short']}"]
        rng.shuffle(named)
        rng.shuffle(generic)
        cands = named + generic if rng.random() < 0.75 else generic + named
        for c in cands:
            if end is None:
                e = "." if rng.random() < 0.45 else ""
            else:
                e = end
            c = c + e
            if self.ok(c):
                self.used.add(norm(c))
                return c
        c = f"Hình ảnh trong bản tin {st['progs'][0]} ngày {self.date.day}/{self.date.month}"
        self.used.add(norm(c))
        return c

    def tags(self, n=4):
        rng = self.r("tags")
        blob = (self.title + " " + " ".join(self.sents)).lower()
        tags = [t for t in TAGWORDS if t.lower() in blob]
        tags += [f"{pre} {pl}" if len(pl) <= 3 else pl for pre, pl in self.places]
        tags += [p for _, p in self.persons]
        seen, out = set(), []
        for t in tags:
            if t.lower() not in seen:
                seen.add(t.lower())
                out.append(t)
        if not out:
            out = [self.st["short"], "thời sự"]
        return out[: rng.randint(2, n)]

    def place_name(self):
        if not self.places:
            return None
        pre, pl = self.places[0]
        return f"{pre} {pl}" if len(pl) <= 3 else pl

    def pullquote(self):
        for s in self.sents:
            m = re.search(r"\"([^\"]{40,220})\"", s)
            if m:
                q = "“" + m.group(1).rstrip(",. ") + "”"
                if self.ok(q):
                    return q
        return None


def weave(paras, inserts):
    """paragraph segments with furniture after paragraph index i (clamped inside the story)."""
    out = []
    last = max(0, len(paras) - 2)
    fixed = {}
    for i, segs in inserts.items():
        j = min(i, last)
        fixed.setdefault(j, []).extend(segs)
    for i, p in enumerate(paras):
        out.append(("B", list(p)))
        out.extend(fixed.get(i, []))
    return out


def W(x):
    return ("widget", x)


def _fits(prog, hour):
    p = prog.lower()
    if "sáng" in p:
        return hour < 10
    if "trưa" in p:
        return 10 <= hour < 14
    if "chiều" in p:
        return 14 <= hour < 18
    if "tối" in p or "cuối ngày" in p:
        return hour >= 18
    if "đêm" in p:
        return hour >= 21
    if "cao điểm" in p:
        return hour in (6, 7, 8, 16, 17, 18)
    return True


def schedule(rng, progs, n, start=5):
    times = sorted(rng.sample(range(start * 4, 23 * 4), n))
    out, last = [], None
    for t in times:
        ok = [p for p in progs if _fits(p, t // 4) and p != last] or progs
        last = rng.choice(ok)
        out.append(W(f"{t // 4:02d}:{(t % 4) * 15:02d} {last}"))
    return out


def slot_prog(hour):
    if hour < 10:
        return "Thời sự sáng"
    if hour < 14:
        return "Thời sự trưa"
    if hour < 18:
        return "Thời sự chiều"
    return "Thời sự tối"


def weather(rng, n=3, sep=" | "):
    cs = rng.sample(CITIES, n)
    parts = []
    for c, lo, hi in cs:
        a = rng.randint(lo, hi - 5)
        parts.append(f"{c} {a}°C - {a + rng.randint(3, 8)}°C")
    return sep.join(parts)


def teaser_of(text, title_n):
    for s in split_sentences(detok(text))[:3]:
        w = s.split()
        if len(w) < 8 or norm(s) == title_n or not (s[0].isalnum() or s[0] in "\"“"):
            continue
        if s.count('"') % 2 or s.count("(") != s.count(")"):
            continue
        if len(w) > 32:
            s = " ".join(w[:26]).rstrip(",;:") + "..."
        return s
    return None


# ---------------------------------------------------------------------------
# invented stations
# ---------------------------------------------------------------------------

def ST(short, name, domain, progs, chans, addr, phone, lic):
    return dict(short=short, name=name, domain=domain, progs=progs, chans=chans, addr=addr,
                phone=phone, lic=lic, email=f"toasoan@{domain}")


TV_PROGS = ["Thời sự", "Điểm tin sáng", "Thời sự trưa", "Bản tin Thời tiết", "Phim truyện: Mùa gặt muộn",
            "Phim tài liệu: Những dòng sông kể chuyện", "Ca nhạc: Giai điệu quê hương", "Bản tin Kinh tế",
            "Thể thao 24/7", "Sức khoẻ cho mọi nhà", "Nông thôn ngày nay", "Phim hoạt hình",
            "Phóng sự: Chuyện làng", "Góc nhìn pháp luật", "Bản tin cuối ngày", "Văn hoá du lịch"]
RADIO_PROGS = ["Thời sự sáng", "Thời sự trưa", "Thời sự tối", "Ca nhạc theo yêu cầu", "Nông nghiệp và nông thôn",
               "Giao thông giờ cao điểm", "Câu chuyện pháp luật", "Đọc truyện đêm khuya", "Sức khoẻ và đời sống",
               "Diễn đàn người lao động", "Âm nhạc và thính giả", "Bản tin thời tiết biển",
               "Tư vấn tiêu dùng", "Chuyện làng quê"]

S_VTQ = ST("VTQ", "Đài Truyền hình Quốc gia VTQ", "vtqnews.vn",
           ["Thời sự 19h", "Thời sự 12h", "Nhịp sống 24h", "Góc nhìn thời sự", "Điểm tin sáng"],
           ["VTQ1", "VTQ2", "VTQ3", "VTQ4", "VTQ5", "VTQ6"],
           "Số 18 phố Giảng Võ Mới, quận Ba Đình, Hà Nội", "024.3771.5826", "58/GP-BTTTT")
S_VNR = ST("VNR", "Đài Tiếng nói Nhân dân", "vnr.org.vn",
           ["Thời sự 6h00", "Thời sự 12h00", "Thời sự 18h00", "Câu chuyện thời sự"],
           ["VNR1", "VNR2", "VNR3", "VNR Giao thông", "VNR5"],
           "Số 45 phố Quán Sứ Mới, quận Hoàn Kiếm, Hà Nội", "024.3934.2217", "112/GP-BTTTT")
S_STR = ST("STR", "Đài Phát thanh và Truyền hình Sông Trà", "songtratv.vn",
           ["Thời sự Sông Trà", "Sông Trà ngày mới", "Thời sự tối"], ["STR1", "STR2"],
           "Số 07 đường Trà Khúc Xanh, TP Trà Giang, tỉnh Sông Trà", "0255.3822.614", "27/GP-BTTTT")
S_HNC = ST("HNC", "Truyền hình Thủ đô HNC", "hnc.tv",
           ["Bản tin 18h", "Thời sự HNC 20h", "Hà Nội 24 giờ", "Bản tin sáng"], ["HNC1", "HNC2"],
           "Số 32 phố Tràng Văn Mới, quận Hoàn Kiếm, Hà Nội", "024.3825.7741", "203/GP-BTTTT")
S_STV = ST("STV", "Đài Truyền hình Phương Nam", "stv.com.vn",
           ["Thời sự STV", "Bản tin 60 phút", "Sài Gòn hôm nay", "Thời sự 18h30"], ["STV7", "STV9"],
           "Số 14 đường Đinh Tiên Mới, quận 1, TP HCM", "028.3829.4015", "144/GP-BTTTT")
S_VGT = ST("VGT FM", "Kênh Giao thông Việt - VGT FM 93.5 MHz", "vgtfm.vn",
           ["Giao thông giờ cao điểm", "Bản tin giao thông", "Hành trình đêm"], ["FM 93.5", "FM 91.8"],
           "Số 58 phố Láng Thượng Mới, quận Đống Đa, Hà Nội", "1900.6893", "76/GP-BTTTT")
S_CLV = ST("CLV", "Truyền hình Cửu Long Vàng", "clv.vn",
           ["Thời sự CLV", "Nhịp sống đồng bằng", "Bản tin nông nghiệp", "Thời sự 19h30"],
           ["CLV1", "CLV2", "CLV3"], "Số 90 đường 30 Tháng Tư Mới, TP Cửu Long, tỉnh Cửu Long Vàng",
           "0270.3823.559", "39/GP-BTTTT")
S_VEC = ST("VEC", "Truyền hình Kinh tế Việt", "vectv.vn",
           ["Bản tin Tài chính Kinh doanh", "Thị trường 24h", "Nhịp cầu doanh nghiệp", "Tiêu điểm kinh tế"],
           ["VEC1", "VEC Business"], "Tầng 9, toà nhà Kim Liên Plaza, quận Đống Đa, Hà Nội",
           "024.6288.7730", "318/GP-BTTTT")
S_LGR = ST("Radio Lam Giang", "Đài Phát thanh Lam Giang", "lamgiangradio.vn",
           ["Thời sự sáng", "Thời sự trưa", "Thời sự chiều", "Bản tin nông nghiệp"], ["FM 97.1 MHz", "AM 702 kHz"],
           "Số 21 đường Lam Sơn Mới, TP Lam Giang", "0238.3844.102", "18/GP-BTTTT")
S_TNX = ST("TNX", "Đài Phát thanh - Truyền hình Tây Nguyên Xanh", "tnxtv.vn",
           ["Thời sự TNX", "Tây Nguyên ngày mới", "Bản tin tiếng Ê Đê", "Bản tin tiếng Gia Rai"],
           ["TNX1", "TNX2"], "Số 12 đường Y Jút Mới, TP Cao Nguyên Xanh", "0262.3852.447", "44/GP-BTTTT")
S_QTV = ST("QTV9", "Truyền hình Miền Duyên Hải", "qtv9.vn",
           ["Thời sự QTV9", "Biển đảo quê hương", "Bản tin 11h30", "Thời sự 20h"], ["QTV9", "QTV9 HD"],
           "Số 5 đường Bạch Đằng Mới, TP Duyên Hải", "0203.3625.380", "66/GP-BTTTT")
S_HTR = ST("Hà Thành Radio", "Đài Phát thanh Hà Thành - FM 90.6 MHz", "hathanhradio.vn",
           ["Bản tin thời sự 6h", "Bản tin thời sự 17h", "Hà Thành buổi sáng", "Chào buổi tối"], ["FM 90.6 MHz", "FM 96 MHz"],
           "Số 9 phố Hàng Trống Mới, quận Hoàn Kiếm, Hà Nội", "024.3826.1190", "95/GP-BTTTT")
S_TBT = ST("TBTV", "Truyền hình Trung Bộ", "tbtv.vn",
           ["Thời sự TBTV", "Miền Trung hôm nay", "Bản tin 12h", "Thời sự 21h"], ["TBTV1", "TBTV2"],
           "Số 3 đường Lê Duẩn Mới, TP Đà Nẵng", "0236.3891.024", "127/GP-BTTTT")
S_VPN = ST("VPN", "Đài Tiếng nói Phương Nam", "vpn-radio.vn",
           ["Thời sự sáng", "Thời sự chiều", "Sài Gòn đêm nay", "Nhịp cầu thính giả"],
           ["AM 610 kHz", "FM 99.9 MHz", "FM 87.7 MHz"], "Số 3 đường Nguyễn Đình Mới, quận 3, TP HCM",
           "028.3930.6115", "71/GP-BTTTT")
S_V24 = ST("VTQ24", "Kênh tin tức VTQ24 - Đài Truyền hình Quốc gia VTQ", "vtq24.vn",
           ["Bản tin 19h", "Bản tin 21h", "Bản tin sáng", "Bản tin trưa", "Tin tức 24h"], ["VTQ24"],
           "Số 18 phố Giảng Võ Mới, quận Ba Đình, Hà Nội", "024.3771.6020", "58/GP-BTTTT")
S_BHS = ST("BHSTV", "Đài Phát thanh và Truyền hình Bắc Hà Sơn", "bhstv.vn",
           ["Thời sự BHS", "Bản tin tiếng H'Mông", "Bản tin tiếng Dao", "Vùng cao hôm nay"], ["BHS1"],
           "Tổ 6, phường Nậm Thanh, TP Bắc Hà Sơn", "0219.3866.257", "22/GP-BTTTT")
S_TNT = ST("TNTV", "Kênh Truyền hình Tin Nhanh", "tntv.vn",
           ["Bản tin 60 giây", "Tin nhanh 12h", "Tin nhanh 20h"], ["TNTV"],
           "Số 61 đường Cộng Hoà Mới, quận Tân Bình, TP HCM", "028.3811.4479", "251/GP-BTTTT")
S_DST = ST("Đồng Sen TV", "Đài Phát thanh và Truyền hình Đồng Sen", "dongsentv.vn",
           ["Thời sự Đồng Sen", "Đồng Sen hôm nay", "Thời sự 19h"], ["DSTV1", "DSTV2"],
           "Số 2 đường Hùng Vương Mới, TP Sa Đéc Xanh, tỉnh Đồng Sen", "0277.3851.336", "31/GP-BTTTT")
S_MKR = ST("Mekong Radio", "Đài Phát thanh Sông Hậu", "mekongradio.vn",
           ["Thời sự tối", "Thời sự sáng", "Đồng bằng hôm nay", "Nông dân hỏi - nhà nông trả lời"],
           ["FM 95.6 MHz", "AM 1008 kHz"], "Số 11 đường Hai Bà Trưng Mới, TP Sông Hậu", "0292.3821.648", "53/GP-BTTTT")
S_YTV = ST("YTV", "Truyền hình Thanh niên YTV", "ytv.vn",
           ["Bản tin Trẻ", "YTV Tối nay", "Góc nhìn trẻ", "Bản tin 18h"], ["YTV", "YTV Music"],
           "Số 62 phố Bà Triệu Mới, quận Hai Bà Trưng, Hà Nội", "024.3943.8802", "189/GP-BTTTT")


def foot_copyright(c, prefix="©"):
    st = c.st
    return W(f"{prefix} Bản quyền thuộc về {st['name']}")


def foot_license(c):
    st = c.st
    y = c.r("lic").randint(2014, 2017)
    return W(f"Giấy phép số {st['lic']} do Bộ Thông tin và Truyền thông cấp ngày {c.r('licd').randint(2, 28)}/"
             f"{c.r('licm').randint(1, 12)}/{y}")


def foot_addr(c):
    st = c.st
    return W(f"Địa chỉ: {st['addr']}. Điện thoại: {st['phone']}")


# ---------------------------------------------------------------------------
# the 20 layouts
# ---------------------------------------------------------------------------

def L00_vtq(c):
    st, rng = c.st, c.rng
    out = []
    if c.chance(0.7):
        out.append(W("Trang chủ | Thời sự | Kinh tế | Xã hội | Thế giới | Thể thao | Văn hoá | Video"))
    out.append(W("TRỰC TIẾP: " + " | ".join(st["chans"])))
    out.append(("S", "VTQ News"))
    out.append(W(rng.choice(["Thời sự » Xã hội", "Xã hội", "Tin tức » Trong nước", "Thời sự"])))
    out.append(("T", c.title))
    out.append(("D", fmt_date(c.date, "b")))
    prog = rng.choice(st["progs"][:3])
    out.append(W(f"▶ {dur(c.r('dur'))}"))
    out.append(("caption", f"VIDEO: {c.title} | {prog}"))
    paras = c.paras(2, 3)
    ins = {}
    if len(paras) > 2:
        r = c.rel(1)
        if r:
            ins[1] = [("related", "Xem thêm: " + r[0]["title"])]
    out += weave(paras, ins)
    chan = rng.choice(st["chans"][:3])
    out.append(("byline", f"{c.short()} - {c.short()}/{chan}"))
    out.append(W("Chia sẻ Facebook Zalo"))
    out.append(W("Từ khoá: " + ", ".join(c.tags())))
    rel = c.rel(rng.randint(3, 5))
    if rel:
        out.append(W("VIDEO LIÊN QUAN"))
        for p in rel:
            out.append(("related", f"▶ {p['title']} {dur(c.r('rd' + p['title'][:9]), 60, 900)}"))
    out.append(W("Tải ứng dụng VTQ Go - Xem truyền hình mọi lúc, mọi nơi"))
    if c.chance(0.6):
        out.append(W("VTQ News"))
    out.append(W(f"© {st['name']}. Giấy phép số {st['lic']}."))
    out.append(foot_addr(c))
    return out


def L01_vnr(c):
    st, rng = c.st, c.rng
    out = [W("Nghe trực tuyến: " + " | ".join(st["chans"])),
           ("S", "VNR.ORG.VN - Báo điện tử Đài Tiếng nói Nhân dân"),
           W(fmt_date(clamp(c.date + datetime.timedelta(days=c.r("hd").randint(0, 30))), "i")),
           W(rng.choice(["Thời sự / Xã hội", "Xã hội / Đời sống", "Thời sự / Trong nước"])),
           ("T", c.title),
           ("D", fmt_date(c.date, "c")),
           W("Nghe bài viết"),
           W(f"00:00 / {dur(c.r('dur'), 90, 400)}"),
           W(rng.choice(["Giọng đọc: Nữ miền Bắc", "Giọng đọc: Nam miền Nam", "Giọng đọc: Nữ miền Nam"]))]
    paras = c.paras(1, 3)
    ins = {}
    if len(paras) > 1:
        who = c.short()
        ins[rng.randint(0, 1)] = [("caption", c.caption()), ("credit", f"Ảnh: {who}/VNR")]
    else:
        who = c.short()
    out += weave(paras, ins)
    out.append(("byline", f"{who}/{rng.choice(st['chans'][:3])}"))
    if c.chance(0.5):
        out.append(("byline", f"Biên tập: {c.short()}"))
    prog = rng.choice(st["progs"][:3])
    out.append(W(f"Nghe lại bản tin {prog} ngày {c.date.day}/{c.date.month}"))
    out.append(W(f"▶ {dur(c.r('dur2'), 900, 1800)}"))
    rel = c.rel(rng.randint(2, 4))
    if rel:
        out.append(W("TIN LIÊN QUAN"))
        out += [("related", "- " + p["title"]) for p in rel]
    out.append(W("Lịch phát sóng VNR1"))
    out += schedule(c.r("sch"), RADIO_PROGS, rng.randint(4, 6))
    out.append(W("Bản quyền thuộc Đài Tiếng nói Nhân dân. Ghi rõ nguồn VNR khi phát hành lại thông tin từ website này."))
    return out


def L02_songtra(c):
    st, rng = c.st, c.rng
    out = [W(fmt_date(clamp(c.date + datetime.timedelta(days=c.r("hd").randint(0, 60))), "i")),
           W(weather(c.r("wx"), 3)),
           ("S", "ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH SÔNG TRÀ"),
           W("TIN TỨC | CHÍNH TRỊ | KINH TẾ | XÃ HỘI | VĂN HOÁ - THỂ THAO | PHÁT THANH | TRUYỀN HÌNH"),
           ("T", c.title),
           ("D", fmt_date(c.date, "e")),
           W("In bài | Gửi bài | Cỡ chữ A- A+")]
    paras = c.paras(2, 3, lead=1)
    ins = {1: [("caption", c.caption(end="")), ("credit", f"Ảnh: {c.short()}")]}
    if len(paras) > 3 and c.chance(0.5):
        ins[2] = [("caption", c.caption("cap2", end="")), ("credit", "Ảnh: STR")]
    out += weave(paras, ins)
    out.append(("byline", f"{c.short()} - {c.short()} (STR)"))
    out.append(W(f"Lượt xem: {c.r('views').randint(120, 9800):,}".replace(",", ".")))
    rel = c.rel(rng.randint(4, 6))
    if rel:
        out.append(W("Các tin khác"))
        for p in rel:
            out.append(("related", f"{p['title']} ({c.rdate(40):%d/%m/%Y})"))
    out.append(W("Cơ quan chủ quản: Uỷ ban nhân dân tỉnh Sông Trà"))
    out.append(foot_license(c))
    out.append(W(f"Chịu trách nhiệm nội dung: Giám đốc {c.full()}"))
    out.append(foot_addr(c))
    return out


def L03_hnc(c):
    st, rng = c.st, c.rng
    prog = rng.choice(st["progs"])
    out = [("S", "HNC.TV"),
           W("Tin tức  Truyền hình  Phát thanh  Video  Podcast".replace("  ", " · ")),
           W(rng.choice(["Video > Thời sự", "Video > Xã hội", "Tin tức > Hà Nội 24 giờ"])),
           ("T", c.title),
           ("D", fmt_date(c.date, "f")),
           W(dur(c.r("dur"))),
           W("Xem lại"),
           W(f"{prog} - {rng.choice(st['chans'])}")]
    out += weave(c.paras(2, 4), {})
    out.append(("byline", f"Biên tập: {c.short()}"))
    out.append(("credit", f"Quay phim: {c.short()}"))
    if c.chance(0.5):
        out.append(("credit", f"Dựng phim: {c.short()}"))
    rel = c.rel(rng.randint(3, 5))
    if rel:
        out.append(W("Cùng chuyên mục"))
        for p in rel:
            out.append(("related", f"{c.rdate(10):%d/%m} | {p['title']}"))
    out.append(W("Tải ứng dụng HNC trên App Store | Google Play"))
    out.append(foot_copyright(c))
    return out


def L04_stv(c):
    st, rng = c.st, c.rng
    out = []
    tick = c.rel(3)
    if len(tick) == 3:
        out += [W("TIN NÓNG"), ("related", " • ".join(p["title"] for p in tick))]
    out += [("S", "STV Online"),
            W(rng.choice(["Trang chủ > Thời sự > Trong nước", "Trang chủ > Xã hội", "Trang chủ > Thời sự"])),
            ("T", c.title),
            ("byline", f"{c.short()} - {c.short()}"),
            ("D", fmt_date(c.date, "l"))]
    paras = c.paras(2, 3)
    ins = {0: [("caption", f"{c.caption(end='')} (Ảnh: STV)")]}
    if len(paras) > 3:
        ins[2] = [W("Quảng cáo")]
    out += weave(paras, ins)
    rel = c.rel(rng.randint(3, 5))
    if rel:
        out.append(W("Tin tức theo giờ"))
        for p, t in zip(rel, c.hourly(len(rel))):
            out.append(("related", f"{t:%H:%M} {p['title']}"))
    out.append(W("Theo dõi STV trên: Facebook | YouTube | Zalo"))
    out.append(W(f"Bản quyền © {c.date.year} {st['name']}"))
    return out


def L05_vgt(c):
    st, rng = c.st, c.rng
    out = [("S", st["name"]),
           W("ĐANG PHÁT: " + rng.choice(st["progs"])),
           W("Nghe trực tiếp"),
           W(f"Đường dây nóng: {st['phone']}"),
           ("T", c.title),
           ("D", fmt_date(c.date, "b")),
           W("Nghe lại"),
           W(f"▶ {dur(c.r('dur'), 60, 300)}")]
    paras = c.paras(1, 2)
    ins = {}
    r = c.rel(1)
    if r and len(paras) > 2:
        ins[len(paras) // 2] = [("related", "Xem thêm: " + r[0]["title"])]
    out += weave(paras, ins)
    out.append(("byline", f"Phóng viên {c.short()} - VGT FM"))
    out.append(W("Thông tin giao thông do thính giả cung cấp qua đường dây nóng, VGT FM tiếp tục xác minh."))
    rel = c.rel(rng.randint(3, 5))
    if rel:
        out.append(W("Tin cùng chuyên mục"))
        out += [("related", f"{i}. {p['title']}") for i, p in enumerate(rel, 1)]
    out.append(W(f"© {c.date.year} VGT FM - {st['email']}"))
    return out


def L06_clv(c):
    st, rng = c.st, c.rng
    out = [("S", "CLV - Truyền hình Cửu Long Vàng"),
           W("Xem trực tiếp: CLV1 | CLV2 | CLV3"),
           W("Thời sự  Kinh tế  Nông nghiệp  Đời sống  Video".replace("  ", " - ")),
           ("T", c.title),
           ("D", f"{c.date:%d-%m-%Y | %H:%M}")]
    paras = c.paras(2, 3, lead=1)
    ins = {0: [W("Ảnh 1/1"), ("caption", c.caption()), ("credit", "Ảnh: cắt từ clip CLV")]}
    out += weave(paras, ins)
    a, b = c.short(), c.short()
    out.append(("byline", f"{a.upper()} - {b.upper()}"))
    out.append(W(f"Đón xem chương trình Nhịp sống đồng bằng phát sóng lúc 20h30 thứ Bảy hằng tuần trên kênh "
                 f"{rng.choice(st['chans'])}."))
    rel = c.rel(rng.randint(2, 3), need_teaser=True)
    rel = [p for p in rel if c.ok(p["teaser"])]
    if rel:
        out.append(W("Xem thêm"))
        for p in rel:
            out += [("related", p["title"]), ("related", p["teaser"])]
    out.append(foot_license(c))
    out.append(foot_addr(c))
    return out


def L07_vec(c):
    st, rng = c.st, c.rng
    rr = c.r("idx")
    vn = rr.randint(560, 1200) + rr.randint(0, 99) / 100
    dv = rr.randint(5, 1400) / 100
    up = rr.random() < 0.5
    out = [W(f"VN-Index {vn:.2f} {'▲' if up else '▼'} {dv:.2f} ({dv / vn * 100:.2f}%)".replace(".", ",")),
           W(f"Vàng SJC: {rr.randint(33, 41)},{rr.randint(10, 89)} triệu đồng/lượng | USD: "
             f"{rr.randint(21, 23)}.{rr.randint(100, 999)} VND"),
           ("S", "VECTV.VN"),
           W(rng.choice(["Thời sự kinh tế", "Tài chính", "Doanh nghiệp", "Thị trường"])),
           ("T", c.title),
           ("byline", f"{c.short()} | VEC"),
           ("D", fmt_date(c.date, "h")),
           W(rng.choice(st["progs"])),
           W(dur(c.r("dur"), 120, 600))]
    paras = c.paras(2, 4)
    ins = {}
    q = c.pullquote()
    if q and len(paras) > 2:
        ins[1] = [W(q)]
    out += weave(paras, ins)
    out.append(W("Tags: " + " ".join("#" + t.replace(" ", "") for t in c.tags())))
    rel = c.rel(rng.randint(2, 4), need_teaser=True)
    rel = [p for p in rel if c.ok(p["teaser"])]
    if rel:
        out.append(W("Tin cùng chuyên mục"))
        for p in rel:
            out.append(("related", f"{p['title']} - {p['teaser']}"))
    out.append(foot_copyright(c))
    return out


def L08_lamgiang(c):
    st, rng = c.st, c.rng
    prog = slot_prog(c.date.hour)
    out = [("S", "Đài Phát thanh Lam Giang - FM 97.1 MHz"),
           W("Trang chủ | Thời sự | Chuyên mục | Nghe lại | Lịch phát sóng"),
           ("T", c.title),
           ("D", fmt_date(c.date, "f")),
           W(f"Chương trình: {prog}"),
           W("Nghe lại"),
           W(f"Thời lượng: {dur(c.r('dur'), 100, 300)}"),
           W("LỜI DẪN")]
    paras = c.paras(1, 2, lead=1)
    out.append(("B", paras[0]))
    out.append(W("NỘI DUNG"))
    for p in paras[1:]:
        out.append(("B", p))
    out.append(W("(Hết)"))
    out.append(("byline", f"Tin: {c.short()}"))
    out.append(("byline", f"Biên tập: {c.short()}"))
    out.append(("credit", f"Phát thanh viên: {c.short()}"))
    rel = c.rel(rng.randint(3, 4))
    if rel:
        out.append(W("Bài cùng chương trình"))
        out += [("related", "- " + p["title"]) for p in rel]
    out.append(W("Lịch phát sóng FM 97.1"))
    out += schedule(c.r("sch"), RADIO_PROGS, rng.randint(3, 5))
    out.append(foot_copyright(c))
    return out


def L09_tnx(c):
    st, rng = c.st, c.rng
    out = [W(fmt_date(clamp(c.date + datetime.timedelta(days=c.r("hd").randint(0, 20))), "i")),
           W(f"Buôn Ma Thuột {rng.randint(18, 24)}°C | Pleiku {rng.randint(16, 22)}°C | Kon Tum {rng.randint(17, 23)}°C"),
           ("S", "TNX - Đài PT-TH Tây Nguyên Xanh"),
           ("T", c.title)]
    hl = c.r("hl").sample(HIGHLAND, 2)
    out.append(("byline", f"{hl[0]} - {hl[1]} (TNX)"))
    out.append(("D", fmt_date(c.date, "a")))
    paras = c.paras(2, 3)
    ins = {}
    if len(paras) > 1:
        ins[0] = [("caption", c.caption())]
    if len(paras) > 3:
        ins[2] = [("caption", c.caption("cap2"))]
    out += weave(paras, ins)
    out.append(W("Bản tin tiếng Ê Đê phát sóng lúc 17h30 hằng ngày trên kênh TNX1."))
    newer, older = c.rel(2), c.rel(3)
    if newer:
        out.append(W("Tin mới hơn"))
        out += [("related", f"{p['title']} - {c.rdate(3, later=True):%d/%m/%Y}") for p in newer]
    if older:
        out.append(W("Tin cũ hơn"))
        out += [("related", f"{p['title']} - {c.rdate(30):%d/%m/%Y}") for p in older]
    out.append(foot_license(c))
    out.append(W(f"Email: {st['email']} - Điện thoại: {st['phone']}"))
    return out


def L10_qtv9(c):
    st, rng = c.st, c.rng
    out = [("S", "QTV9 Online")]
    hot = c.rel(1)
    if hot:
        out.append(("related", "Tin nóng: " + hot[0]["title"]))
    out += [W(rng.choice(["Thời sự > Địa phương", "Thời sự > Trong nước", "Xã hội"])),
            ("T", c.title)]
    upd = clamp(c.date + datetime.timedelta(hours=c.r("upd").randint(1, 30)))
    out.append(("D", f"Đăng ngày: {c.date:%d/%m/%Y} | Cập nhật: {upd:%d/%m/%Y}"))
    out.append(W("▶ Xem video"))
    out.append(("caption", f"Clip: {c.caption(end='')}"))
    paras = c.paras(2, 3)
    ins = {}
    if len(paras) > 2:
        ins[1] = [W("ADVERTISEMENT")]
    out += weave(paras, ins)
    out.append(("byline", f"{c.short()}, {c.short()} - QTV9"))
    rel = c.rel(rng.randint(3, 4))
    if rel:
        out.append(W("Video liên quan"))
        out += [("related", f"{p['title']} ({dur(c.r('vd' + p['title'][:8]), 60, 600)})") for p in rel]
    out += [W("Bình luận (0)"), W("Gửi bình luận"), W("Họ và tên"), W("Email"),
            foot_addr(c)]
    return out


def L11_hathanh(c):
    st, rng = c.st, c.rng
    out = [("S", "HÀ THÀNH RADIO"),
           W("Nghe FM 90.6 MHz trực tuyến"),
           W(rng.choice(["Phát thanh > Bản tin thời sự", "Tin tức > Đô thị", "Tin tức > Xã hội"])),
           ("T", c.title),
           ("byline", f"{c.short()}/Hà Thành Radio"),
           ("D", fmt_date(c.date, "m")),
           W("🔊 Nghe bản tin"),
           W(dur(c.r("dur"), 90, 240))]
    paras = c.paras(2, 3)
    ins = {}
    r = c.rel(1)
    if r and len(paras) > 2:
        ins[0] = [("related", "Xem thêm: " + r[0]["title"])]
    out += weave(paras, ins)
    out.append(W("Lịch phát sóng hôm nay"))
    out += schedule(c.r("sch"), RADIO_PROGS, rng.randint(4, 6))
    rel = c.rel(rng.randint(3, 5))
    if rel:
        out.append(W("Tin khác"))
        out += [("related", "» " + p["title"]) for p in rel]
    out.append(foot_copyright(c, "Copyright ©"))
    return out


def L12_tbtv(c):
    st, rng = c.st, c.rng
    out = [("T", c.title),
           W("● TRỰC TIẾP | TBTV1"),
           ("D", fmt_date(c.date, "d"))]
    paras = c.paras(2, 3)
    ins = {}
    if len(paras) > 1:
        ins[0] = [W(f"▶ {dur(c.r('dur'))}"), ("caption", c.caption()), ("credit", "Video: TBTV")]
    out += weave(paras, ins)
    place = c.place_name() or rng.choice(["Quảng Trị", "Quảng Nam", "Bình Định", "Hà Tĩnh"])
    out.append(("byline", f"PV {c.short()} từ {place}"))
    out.append(("byline", f"Theo {rng.choice(st['progs'])}"))
    rel = c.rel(rng.randint(2, 3), need_teaser=True)
    rel = [p for p in rel if c.ok(p["teaser"])]
    if rel:
        out.append(W("Đọc tiếp"))
        for p in rel:
            out += [("related", p["title"]), ("related", p["teaser"])]
    out.append(("S", "TBTV - Truyền hình Trung Bộ"))
    out.append(foot_addr(c))
    out.append(foot_license(c))
    return out


def L13_vpn(c):
    st, rng = c.st, c.rng
    out = [("S", "VPN - Đài Tiếng nói Phương Nam"),
           W(" | ".join(st["chans"])),
           W("Thời sự · Kinh tế · Văn hoá · Thể thao · Chuyên đề · Nghe lại"),
           ("T", c.title),
           ("D", fmt_date(c.date, "k")),
           W("Nghe lại chương trình"),
           W(f"▶ 00:00 / {dur(c.r('dur'), 300, 1500)}")]
    paras = c.paras(2, 3)
    ins = {}
    if len(paras) > 2:
        ins[1] = [("caption", f"{c.caption(end='')} (Ảnh: VPN)")]
    out += weave(paras, ins)
    out.append(("byline", c.short().upper()))
    out.append(W("Chia sẻ | In bài | Gửi email"))
    rel = c.rel(rng.randint(3, 5))
    if rel:
        out.append(W("Tin liên quan"))
        out += [("related", f"{i}. {p['title']}") for i, p in enumerate(rel, 1)]
    out.append(W("Tải ứng dụng VPN Radio trên App Store và Google Play"))
    out.append(foot_copyright(c))
    return out


def L14_vtq24(c):
    st, rng = c.st, c.rng
    prog = rng.choice(st["progs"])
    out = [("S", "VTQ24"),
           W("Tin tức theo giờ - Cập nhật 24/7"),
           W("Trong nước | Quốc tế | Kinh tế | Công nghệ | Thể thao | Video"),
           ("T", c.title),
           ("D", fmt_date(c.date, "b")),
           W(f"00:00 / {dur(c.r('dur'), 60, 240)}"),
           ("caption", f"{c.caption(end='')} (Nguồn: {prog})")]
    paras = c.paras(2, 3)
    ins = {}
    if len(paras) > 2 and c.chance(0.7):
        ins[1] = [W(f"▶ {dur(c.r('dur2'), 30, 150)}"), ("caption", f"Video: {c.caption('cap2', end='')}")]
    out += weave(paras, ins)
    out.append(("byline", f"{c.short()} - {c.short()}/VTQ24"))
    out.append(("credit", f"Nguồn: {prog} - VTQ24"))
    rel = c.rel(rng.randint(3, 4))
    if rel:
        out.append(W("TIN TỨC THEO GIỜ"))
        for p, t in zip(rel, c.hourly(len(rel))):
            out += [W(f"{t:%H:%M}"), ("related", p["title"])]
    out.append(W(f"© {st['name']}"))
    return out


def L15_bhs(c):
    st, rng = c.st, c.rng
    out = [W("Tiếng Việt | Tiếng H'Mông | Tiếng Dao | English"),
           W(fmt_date(clamp(c.date + datetime.timedelta(days=c.r("hd").randint(0, 40))), "i")),
           ("S", "BHSTV - Đài Phát thanh và Truyền hình Bắc Hà Sơn"),
           W("Thời sự | Vùng cao | Kinh tế | Văn hoá | Phát thanh | Truyền hình"),
           ("T", c.title),
           ("D", fmt_date(c.date, "n"))]
    paras = c.paras(1, 3, lead=1)
    who = c.r("nh").choice(NORTH_HILL)
    ins = {}
    if len(paras) > 2:
        ins[1] = [("caption", c.caption(end=".")), ("credit", f"Ảnh: {who}")]
    out += weave(paras, ins)
    out.append(("byline", f"Bài, ảnh: {who}"))
    rel = c.rel(rng.randint(3, 5))
    if rel:
        out.append(W("Tin đã đưa"))
        for p in rel:
            d = c.rdate(40)
            out.append(("related", f"{p['title']} ({d.day}/{d.month})"))
    out.append(W(f"Email: {st['email']} | Đường dây nóng: {st['phone']}"))
    return out


def L16_tntv(c):
    st, rng = c.st, c.rng
    out = [("S", "TNTV"),
           W("BẢN TIN 60 GIÂY"),
           ("T", c.title),
           ("D", fmt_date(c.date, "l")),
           W(f"01:00 | {c.r('views').randint(2, 80)}K lượt xem"),
           W("Xem lại các bản tin")]
    out += weave(c.paras(1, 2), {})
    out.append(("byline", f"Bản tin: {c.short()}"))
    out.append(("credit", f"Dẫn chương trình: {c.short()}"))
    rel = c.rel(3)
    if len(rel) == 3:
        out.append(W("Tin tức theo giờ"))
        out.append(("related", " • ".join(p["title"] for p in rel)))
    out.append(W("Thời tiết: " + weather(c.r("wx"), 2, ", ")))
    out.append(W(f"TNTV - {st['addr']}"))
    return out


def L17_dongsen(c):
    st, rng = c.st, c.rng
    out = [("S", "ĐỒNG SEN TV"),
           W("Trang chủ Tin tức Chính trị Kinh tế Xã hội Phát thanh Truyền hình"),
           W(rng.choice(["Tin tức / Xã hội", "Tin tức / Trong tỉnh", "Tin tức / Thời sự"])),
           ("T", c.title),
           ("byline", f"{c.short()} – {c.short()}"),
           ("D", f"Cập nhật lúc {c.date:%H:%M} ngày {c.date:%d/%m/%Y}")]
    paras = c.paras(3, 4)
    ins = {}
    if len(paras) > 2:
        ins[0] = [W("Quảng cáo")]
        ins[1] = [("caption", c.caption()), ("caption", c.caption("cap2"))]
    elif len(paras) > 1:
        ins[0] = [("caption", c.caption())]
    out += weave(paras, ins)
    out.append(W(f"Thích {c.r('likes').randint(0, 90)} | Chia sẻ"))
    if c.chance(0.6):
        out += [W("BÌNH CHỌN"), W("Bạn thường xem bản tin Thời sự Đồng Sen vào khung giờ nào?"),
                W("Buổi sáng"), W("Buổi trưa"), W("Buổi tối"), W("Bình chọn | Xem kết quả")]
    rel = c.rel(rng.randint(3, 5))
    if rel:
        out.append(W("Tin khác"))
        out += [("related", p["title"]) for p in rel]
        out.append(W("Xem tất cả"))
    out.append(foot_license(c))
    out.append(foot_addr(c))
    return out


def L18_mekong(c):
    st, rng = c.st, c.rng
    prog = rng.choice(st["progs"][:3])
    out = [("S", "MEKONG RADIO - SÔNG HẬU FM 95.6"),
           W("Trang chủ | Thời sự | Nông nghiệp | Đời sống | Nghe lại | Liên hệ"),
           ("T", c.title),
           ("D", fmt_date(c.date, "g")),
           W(f"Nghe lại bản tin {prog}"),
           W(f"▶ {dur(c.r('dur'), 600, 1500)}")]
    paras = c.paras(1, 3)
    ins = {}
    r = c.rel(1)
    if r and len(paras) > 2:
        ins[len(paras) // 2] = [("related", "Nghe thêm: " + r[0]["title"])]
    out += weave(paras, ins)
    out.append(("byline", f"Theo {prog} Sông Hậu"))
    rel = c.rel(rng.randint(2, 3), need_teaser=True)
    rel = [p for p in rel if c.ok(p["teaser"])]
    if rel:
        out.append(W("Bài cùng chuyên mục"))
        out += [("related", f"{p['title']} - {p['teaser']}") for p in rel]
    out.append(W(f"{st['name']} - {st['addr']}"))
    out.append(W(f"Hotline: {st['phone']} - Email: {st['email']}"))
    return out


def L19_ytv(c):
    st, rng = c.st, c.rng
    out = [("S", "YTV"),
           W("Thời sự | Giới trẻ | Giải trí | Video | Podcast"),
           W("TRỰC TIẾP"),
           ("T", c.title),
           ("D", fmt_date(c.date, "o")),
           W(f"▶ {dur(c.r('dur'), 60, 240)}"),
           ("caption", c.caption())]
    place = c.place_name() or rng.choice(["Hà Nội", "TP HCM", "Đà Nẵng", "Cần Thơ"])
    out.append(("byline", f"PV {c.short()} từ {place}"))
    out += weave(c.paras(2, 3), {})
    out.append(W(" ".join("#" + t.replace(" ", "") for t in c.tags(3))))
    rel = c.rel(rng.randint(2, 3), need_teaser=True)
    rel = [p for p in rel if c.ok(p["teaser"])]
    if rel:
        out.append(W("Có thể bạn quan tâm"))
        for p in rel:
            h = c.r("ago" + p["title"][:6]).randint(1, 23)
            out += [("related", p["title"]), ("related", p["teaser"]), W(f"{h} giờ trước")]
    out.append(W(f"© {c.date.year} {st['name']}. {st['addr']}."))
    return out


LAYOUTS = [
    ("L00-vtq-news", S_VTQ, L00_vtq), ("L01-vnr-radio", S_VNR, L01_vnr),
    ("L02-songtra-ptth", S_STR, L02_songtra), ("L03-hnc-video", S_HNC, L03_hnc),
    ("L04-stv-online", S_STV, L04_stv), ("L05-vgt-fm", S_VGT, L05_vgt),
    ("L06-clv-tv", S_CLV, L06_clv), ("L07-vec-economy", S_VEC, L07_vec),
    ("L08-lamgiang-radio", S_LGR, L08_lamgiang), ("L09-tnx-highland", S_TNX, L09_tnx),
    ("L10-qtv9-coast", S_QTV, L10_qtv9), ("L11-hathanh-radio", S_HTR, L11_hathanh),
    ("L12-tbtv-central", S_TBT, L12_tbtv), ("L13-vpn-radio", S_VPN, L13_vpn),
    ("L14-vtq24-hourly", S_V24, L14_vtq24), ("L15-bhs-mountain", S_BHS, L15_bhs),
    ("L16-tntv-60s", S_TNT, L16_tntv), ("L17-dongsen-tv", S_DST, L17_dongsen),
    ("L18-mekong-radio", S_MKR, L18_mekong), ("L19-ytv-youth", S_YTV, L19_ytv),
]


# ---------------------------------------------------------------------------
# scraper faults
# ---------------------------------------------------------------------------

FAULTS = ("nbsp", "zwsp", "dblspace", "glue", "nfd")


def _texts(segs):
    """(segment index, item index or None) of every string that can carry a fault."""
    out = []
    for i, (k, v) in enumerate(segs):
        if k == "B":
            out += [(i, j) for j in range(len(v))]
        else:
            out.append((i, None))
    return out


def _get(segs, ref):
    i, j = ref
    return segs[i][1][j] if j is not None else segs[i][1]


def _set(segs, ref, val):
    i, j = ref
    if j is None:
        segs[i] = (segs[i][0], val)
    else:
        segs[i][1][j] = val


def apply_faults(segs, row):
    rng = R(row, "fault")
    if rng.random() >= 0.27:
        return segs, []
    kinds = rng.sample(FAULTS, 1 if rng.random() < 0.7 else 2)
    segs = [(k, list(v) if k == "B" else v) for k, v in segs]
    done = []
    for f in kinds:
        fr = R(row, "fault-" + f)
        refs = _texts(segs)
        if f == "nbsp":
            chosen = [r for r in refs if fr.random() < 0.4 and " " in _get(segs, r)]
            for r in chosen:
                t = _get(segs, r)
                t = "".join("\u00a0" if ch == " " and fr.random() < 0.3 else ch for ch in t)
                _set(segs, r, t)
            if chosen:
                done.append(f)
        elif f == "zwsp":
            n = 0
            for r in fr.sample(refs, min(len(refs), fr.randint(2, 5))):
                t = _get(segs, r)
                words = [(m.start(), m.end()) for m in re.finditer(r"\w{4,}", t)]
                if not words:
                    continue
                a, b = fr.choice(words)
                pos = fr.randint(a + 1, b - 1)
                _set(segs, r, t[:pos] + "\u200b" + t[pos:])
                n += 1
            if n:
                done.append(f)
        elif f == "dblspace":
            n = 0
            for r in fr.sample(refs, min(len(refs), fr.randint(1, 3))):
                t = _get(segs, r)
                sp = [m.start() for m in re.finditer(" ", t)]
                if not sp:
                    continue
                pos = fr.choice(sp)
                _set(segs, r, t[:pos] + " " + t[pos:])
                n += 1
            if n:
                done.append(f)
        elif f == "glue":
            cands = []
            for i, (k, v) in enumerate(segs):
                if k != "B":
                    continue
                for j in range(len(v) - 1):
                    a, b = v[j], v[j + 1]
                    if a.endswith(".") and not a.endswith("..") and b[:1].isupper():
                        cands.append((i, j))
            nitems = sum(len(v) for k, v in segs if k == "B")
            if cands and nitems >= 4:
                i, j = fr.choice(cands)
                v = segs[i][1]
                v[j:j + 2] = [v[j] + v[j + 1]]
                done.append(f)
        elif f == "nfd":
            segs = [(k, [unicodedata.normalize("NFD", x) for x in v] if k == "B"
                     else unicodedata.normalize("NFD", v)) for k, v in segs]
            done.append(f)
    return segs, done


# ---------------------------------------------------------------------------
# assembly and contract check
# ---------------------------------------------------------------------------

def assemble(segs, layout):
    lines, body, fur = [], [], []
    for k, v in segs:
        if k == "B":
            if not v:
                continue
            lines.append(" ".join(v))
            body += v
        elif k in ("T", "D", "S"):
            lines.append(v)
        else:
            lines.append(v)
            fur.append((k, v))
    return Page("\n".join(lines), body, fur, layout)


def check_page(page, title, sentences=()):
    """Independent walk over the text; raises ValueError on any breach."""
    def bad(msg):
        raise ValueError(f"{page.layout}: {msg}")
    if not page.text or not isinstance(page.text, str):
        bad("empty text")
    lines = page.text.split("\n")
    for ln in lines:
        if not ln.strip() or ln != ln.strip():
            bad(f"blank or unstripped line {ln!r}")
    if len(page.body) < 3:
        bad("fewer than 3 body items")
    for b in page.body:
        if not b or "\n" in b or b != b.strip() or b not in page.text:
            bad(f"bad body item {b!r}")
    for k, v in page.furniture:
        if k not in KINDS:
            bad(f"unknown kind {k}")
        if not v or "\n" in v:
            bad("bad furniture line")
    fi = bi = 0
    unl = []
    for ln in lines:
        if fi < len(page.furniture) and page.furniture[fi][1] == ln:
            fi += 1
            continue
        hit = False
        for n in (1, 2, 3, 4):
            if bi + n <= len(page.body) and " ".join(page.body[bi:bi + n]) == ln:
                bi += n
                hit = True
                break
        if hit:
            continue
        unl.append(ln)
    if fi != len(page.furniture) or bi != len(page.body):
        bad(f"walk did not use up labels (furniture {fi}/{len(page.furniture)}, body {bi}/{len(page.body)})")
    if len(unl) > 3:
        bad(f"{len(unl)} unlabelled lines: {unl}")
    tn = norm(title)
    if tn not in {norm(u) for u in unl}:
        bad("title is not an unlabelled line")
    bodyn = {norm(b) for b in page.body} | {norm(s) for s in sentences}
    if tn in bodyn:
        bad("title equals a body sentence")
    for ln in unl + [v for _, v in page.furniture]:
        if norm(ln) in bodyn:
            bad(f"non-body line equals a body sentence: {ln!r}")
    for k, v in page.furniture:
        if k == "related" and norm(v) == tn:
            bad(f"related line equals the title: {v!r}")
    return True


def _build(path):
    body_rows, rel_rows = read_rows(path)
    pool = []
    for row in sorted(rel_rows):
        t, a = rel_rows[row]
        title = detok(t)
        pool.append(dict(row=row, title=title, title_n=norm(title), teaser=teaser_of(a, norm(title))))
    out = []
    for k, row in enumerate(sorted(body_rows)):
        t, a = body_rows[row]
        title = detok(t)
        sents = story_sentences(title, a)
        if len(sents) < 3:
            continue
        name, st, fn = LAYOUTS[k % len(LAYOUTS)]
        c = Ctx(row, k, title, sents, pool, st)
        segs = fn(c)
        segs, faults = apply_faults(segs, row)
        page = assemble(segs, name)
        check_page(page, title, sents)
        out.append((page, faults, row))
    return out


def pages(path) -> List[Page]:
    return [p for p, _, _ in _build(path)]


def totals(built):
    cols = ["pages", "body"] + list(KINDS) + ["faulty"]
    rows = {}
    fcount = {f: 0 for f in FAULTS}
    for page, faults, _ in built:
        r = rows.setdefault(page.layout, dict.fromkeys(cols, 0))
        r["pages"] += 1
        r["body"] += len(page.body)
        for k, _ in page.furniture:
            r[k] += 1
        r["faulty"] += bool(faults)
        for f in faults:
            fcount[f] += 1
    w = max([len(x) for x in rows] + [5])
    head = "layout".ljust(w) + "".join(c.rjust(9) for c in cols)
    lines = [head, "-" * len(head)]
    tot = dict.fromkeys(cols, 0)
    for name in sorted(rows):
        lines.append(name.ljust(w) + "".join(str(rows[name][c]).rjust(9) for c in cols))
        for c in cols:
            tot[c] += rows[name][c]
    lines.append("-" * len(head))
    lines.append("TOTAL".ljust(w) + "".join(str(tot[c]).rjust(9) for c in cols))
    lines.append("faults: " + ", ".join(f"{f}={n}" for f, n in fcount.items()))
    return "\n".join(lines)


def main(argv):
    if len(argv) < 2:
        print("usage: make.py VIETNEWS_JSONL_GZ", file=sys.stderr)
        return 2
    built = _build(argv[1])
    print(f"{SET_NAME}: {len(built)} pages (seed {SEED})")
    print(totals(built))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
