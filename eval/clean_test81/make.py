#!/usr/bin/env python3
"""Held-out evaluation set *test81* for a cleaner of scraped Vietnamese news pages.

Theme: politics, government, defence and security news (invented party, army and police
papers, parliament portals, government and provincial e-portals).

``pages(path)`` reads the VietNews training file once (streaming, stopping after the last
needed row) and returns about 100 labelled pages.  Standard library only.

    python3 make.py /work/shared/data/vietnews_train.jsonl.gz
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

SETNAME = "test81"
SEED = 8181
BODY_ROWS = range(17900, 18000)
RELATED_ROWS = range(15400, 15500)
LAST_ROW = max(BODY_ROWS.stop, RELATED_ROWS.stop) - 1
KINDS = ("byline", "credit", "caption", "related", "widget")


class Page(NamedTuple):
    text: str
    body: List[str]
    furniture: List[Tuple[str, str]]
    layout: str


def R(row, purpose):
    return random.Random(f"{SETNAME}|{SEED}|{row}|{purpose}")


# --------------------------------------------------------------------------- text utils
ZW_RE = re.compile("[\u200b\u200c\u200d\u200e\u200f\u202a-\u202e\u2060\ufeff\u00ad]")


def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = ZW_RE.sub("", s)
    s = re.sub(r"\s+", "", s)
    return s.casefold()


def norm_loose(s):
    """Stricter comparison key: also ignores quotes and punctuation."""
    s = norm(s)
    return re.sub(r"[\W_]+", "", s)


def detok(s):
    s = unicodedata.normalize("NFC", s)
    s = ZW_RE.sub("", s)
    s = s.replace("_", " ").replace("\u00a0", " ")
    s = re.sub(r"\s+", " ", s).strip()
    # straight double quotes: pair sequentially, remove inner spaces
    s = re.sub(r'"\s*([^"]*?)\s*"', lambda m: '"' + m.group(1) + '"', s)
    # spaced single quotes used as quotes: ' text '
    s = re.sub(r"(^|(?<=\s))'\s+([^']*?)\s+'(?=[\s,.;:!?)]|$)", lambda m: m.group(1) + "'" + m.group(2) + "'", s)
    # curly quotes and brackets
    s = re.sub(r"([“‘(\[])\s+", r"\1", s)
    s = re.sub(r"\s+([”’)\]])", r"\1", s)
    # an orphan closing straight single quote after a curly opening one
    if "‘" in s:
        s = re.sub(r"\s+'(?=[\s,.;:!?)]|$)", "'", s)
    # spaces before punctuation
    s = re.sub(r"\s+([,.;:!?%…])", r"\1", s)
    # a / b -> a/b
    s = re.sub(r"(?<=\S) / (?=\S)", "/", s)
    s = re.sub(r"\s+", " ", s).strip()
    return s


ABBR = {"TP", "TS", "GS", "PGS", "ThS", "BS", "Q", "P", "TT", "Th", "Ths", "Mr", "Mrs", "Ms", "Dr",
        "St", "Tp", "ThS.BS", "BSCKII", "BSCKI", "CN", "KS", "NXB", "Ng", "TX", "H", "Tr", "tr", "v.v", "vv"}
OPENERS = '"“‘\'(['
CLOSERS = '"”’\')]'


def _is_upper_start(ch):
    return ch.isalpha() and ch.isupper() or ch.isdigit()


def quote_spans(s):
    spans = []
    # straight double quotes paired sequentially
    pos = [i for i, ch in enumerate(s) if ch == '"']
    for a, b in zip(pos[0::2], pos[1::2]):
        if b - a < 700:
            spans.append((a, b))
    stack = []
    for i, ch in enumerate(s):
        if ch == "“":
            stack.append(i)
        elif ch == "”" and stack:
            a = stack.pop()
            if i - a < 700:
                spans.append((a, i))
    return spans


def split_sentences(s):
    spans = quote_spans(s)
    out = []
    start = 0
    i = 0
    n = len(s)
    while i < n:
        ch = s[i]
        if ch in ".!?…":
            j = i + 1
            while j < n and s[j] in ".!?…":
                j += 1
            while j < n and s[j] in CLOSERS:
                j += 1
            if j < n and s[j] == " ":
                k = j + 1
                while k < n and s[k] in OPENERS:
                    k += 1
                if k < n and _is_upper_start(s[k]) and not any(a < j <= b for a, b in spans):
                    ok = True
                    if ch == ".":
                        tok = s[start:i].split(" ")[-1].lstrip(OPENERS)
                        if tok in ABBR or (len(tok) == 1 and tok.isalpha()):
                            ok = False
                        elif "." in tok:
                            parts = tok.split(".")
                            if all(len(p) <= 2 for p in parts) or parts[-1] in ABBR:
                                ok = False
                    if ok:
                        out.append(s[start:j].strip())
                        start = j + 1
                        i = j + 1
                        continue
            i = j
            continue
        i += 1
    if s[start:].strip():
        out.append(s[start:].strip())
    return out


CAPTION_MARKS = ["ảnh:", "(ảnh", "ảnh :", "video:", "clip:", "(video", "(clip", "minh hoạ", "minh họa",
                 "(trái)", "(phải)", "(giữa)", "(trái", "(phải", "từ trái", "nguồn:", "(nguồn", "đồ hoạ",
                 "đồ họa", "infographic", "photo:", "http", "www.", "@", "tin liên quan", "xem thêm",
                 "xem video", "ảnh chụp màn hình"]
REPORT_VERBS = ["cho biết", "nói", "chia sẻ", "khẳng định", "nhấn mạnh", "cho rằng", "cho hay", "thông tin",
                "kể", "tâm sự", "nhận định", "đề nghị", "yêu cầu", "giải thích", "trả lời",
                "xác nhận", "bày tỏ", "thừa nhận", "tiết lộ", "thông báo", "tuyên bố", "nêu rõ", "nhận xét",
                "đánh giá", "khai nhận", "kiến nghị", "đề xuất", "lưu ý", "dẫn lời",
                "phản ánh", "kết luận", "chỉ rõ", "nhắc lại", "lý giải", "khuyến cáo", "nêu",
                "quả quyết", "bác bỏ", "phủ nhận", "hứa", "cam kết", "nhớ lại", "kể lại"]
# ("phát biểu", "trao đổi", "chỉ đạo", "báo cáo" are left out on purpose: short sentences built on them are
# nearly always the source's photo captions, e.g. "Đại biểu X phát biểu tại Quốc hội.")
CONNECTIVES = ["Tuy nhiên", "Trong khi đó", "Theo đó", "Ngoài ra", "Bên cạnh đó", "Do đó", "Vì vậy", "Vì thế",
               "Trước đó", "Sau đó", "Đồng thời", "Mặt khác", "Thế nhưng", "Nhưng", "Song", "Cụ thể",
               "Dù vậy", "Tương tự", "Cùng với đó", "Hơn nữa", "Bởi vậy", "Do vậy", "Từ đó", "Trên cơ sở đó",
               "Sau khi", "Trước khi", "Khi", "Theo", "Cũng theo", "Như vậy", "Ngay sau đó", "Cuối cùng",
               "Đặc biệt", "Hiện nay", "Hiện tại", "Trong đó", "Thêm vào đó", "Mặc dù", "Dù", "Riêng",
               "Còn", "Tiếp đó", "Trước tình hình", "Để", "Nếu", "Ngày", "Sáng", "Chiều", "Tối", "Trưa",
               "Đêm", "Qua", "Kết quả", "Tại", "Trước thực trạng", "Với", "Vào", "Lúc", "Từ", "Chiều qua",
               "Sáng nay", "Hôm qua"]
_VERB_RES = [re.compile(r"(?<!\w)" + re.escape(v) + r"(?!\w)") for v in REPORT_VERBS]
_CONN_RES = [re.compile(r"^" + re.escape(c) + r"(?!\w)") for c in CONNECTIVES]
_ATTR_QUOTE = re.compile(r"\S[\"”’](?:,| -| –) ?(?:ông|bà|anh|chị|em|cô|thầy|đại tá|thượng tá|trung tá|"
                         r"thiếu tá|đại uý|đại úy|[A-ZĐ])")
# a lower-case word directly followed by a capitalised function word: a sub-heading or photo caption
# glued to the next sentence in the source text
_GLUED = re.compile(r"(\w+) (?:Ông|Bà(?! Rịa| Đen| Chiểu| Triệu| Nà| Huyện)|Chị|Theo|Tại|Trong|Sau|Ngày|Sáng|"
                    r"Chiều|Tối|Khi|Những|Các|Hiện|Trước|Đây|Cùng|Với|Từ|Vào|Lúc|Hôm|Tuy nhiên|Nhưng|Do|Để|"
                    r"Ngoài|Bên|Riêng|Một) ")


def balanced(s):
    if s.count('"') % 2 or s.count("“") != s.count("”") or s.count("(") != s.count(")") \
            or s.count("[") != s.count("]") or s.count("‘") != s.count("’"):
        return False
    if s.count("'") % 2:
        return False
    return True


def keep_sentence(s, title_key):
    low = s.lower()
    if any(m in low for m in CAPTION_MARKS):
        return False
    if any(ch in s for ch in "|•»«▪►●"):
        return False
    if not balanced(s):
        return False
    if any(m.group(1).islower() or m.group(1).isdigit() for m in _GLUED.finditer(s)):
        return False
    if not re.search(r"[.!?…][\"”’')\]]*$", s):
        return False
    words = s.split()
    if len(words) < 8 or len(words) > 110:
        return False
    if any(":" in w for w in words[:6]):
        return False
    core = re.sub(r"[.!?…\"”’')\]]+$", "", s)
    tail = re.search(r"(?<!\w)[Tt]heo [A-ZĐ][^,.!?;:]{0,60}$", core)
    if tail and len(tail.group(0).split()) <= 6 and tail.start() > 0:
        return False
    if re.search(r"\(\s*[Tt]heo [^)]*\)\s*$", core):
        return False
    first = next((ch for ch in s if ch.isalpha() or ch.isdigit()), "")
    if not first or (first.isalpha() and not first.isupper()):
        return False
    if norm(s) == title_key:
        return False
    n = len(words)
    if n <= 22 or (n <= 30 and "," not in s):
        body = s.lstrip(OPENERS)
        ok = any(r.search(s) for r in _VERB_RES) or any(r.search(body) for r in _CONN_RES)
        if not ok and ('"' in s or "“" in s) and _ATTR_QUOTE.search(s):
            ok = True
        if not ok:
            return False
    return True


def story_sentences(title, article):
    text = detok(article)
    tkey = norm(title)
    seen = set()
    out = []
    for s in split_sentences(text):
        s = s.strip()
        if not keep_sentence(s, tkey):
            continue
        k = norm(s)
        if k in seen:
            continue
        seen.add(k)
        out.append(s)
    return out


def teaser_of(article):
    text = detok(article)
    sents = split_sentences(text)
    for s in sents[:4]:
        w = s.split()
        if len(w) >= 10 and balanced(s) and "ảnh" not in s.lower()[:40]:
            if len(w) > 32:
                return " ".join(w[:28]).rstrip(",;:") + "..."
            return s
    w = text.split()
    if len(w) >= 10:
        return " ".join(w[:26]).rstrip(",;:") + "..."
    return ""


# --------------------------------------------------------------------------- reading
def read_rows(path):
    body, related = [], []
    with gzip.open(str(path), "rb") as f:
        for i, raw in enumerate(f):
            if i > LAST_ROW:
                break
            inb, inr = i in BODY_ROWS, i in RELATED_ROWS
            if not (inb or inr):
                continue
            if not raw.strip():
                continue
            try:
                d = json.loads(raw.decode("utf-8", "replace"))
            except (ValueError, UnicodeDecodeError):
                continue
            if not isinstance(d, dict):
                continue
            t, a = d.get("title"), d.get("article")
            if not isinstance(t, str) or not isinstance(a, str) or not t.strip() or not a.strip():
                continue
            if inb:
                body.append((i, t, a))
            else:
                related.append((i, t, a[:1200]))
    return body, related


# --------------------------------------------------------------------------- invented names
SURN = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương",
        "Lý", "Phan", "Trịnh", "Đinh", "Lương", "Tạ", "Hà", "Mai", "Cao", "Lâm", "Đoàn"]
MID_M = ["Văn", "Hữu", "Đức", "Quang", "Minh", "Xuân", "Thanh", "Đình", "Công", "Quốc", "Ngọc", "Tiến"]
MID_F = ["Thị", "Thu", "Thanh", "Ngọc", "Minh", "Phương", "Thuỳ", "Hồng", "Kim", "Diệu"]
GIV_M = ["Hùng", "Dũng", "Tuấn", "Thắng", "Khải", "Toàn", "Cường", "Vinh", "Long", "Hải", "Nam", "Quân",
         "Trung", "Hiếu", "Bình", "Sơn", "Phong", "Lộc", "Tùng", "Khoa", "Thành", "Kiên", "Trí", "Đạt"]
GIV_F = ["Hà", "Lan", "Hương", "Trang", "Hằng", "Thảo", "Linh", "Mai", "Yến", "Ngân", "Huyền", "Nhung",
         "Thuý", "Vân", "Hạnh", "Loan", "Tâm", "Dung"]
PEN = ["Minh Đức", "Quang Huy", "Thanh Tâm", "Hữu Tài", "Thu Hà", "Ngọc Lan", "Văn Toàn", "Hoàng Long",
       "Phương Thảo", "Đức Minh", "Trường Sơn", "Khánh Linh", "Hải Yến", "Tuấn Anh", "Mạnh Hùng",
       "Bảo Ngọc", "Quốc Bảo", "Thu Hằng", "Gia Hân", "Việt Dũng", "Lan Anh", "Hồng Nhung", "Minh Khôi",
       "Đình Tuấn", "Trọng Nghĩa", "Nhật Nam", "Xuân Trường", "Kim Oanh"]
RANKS_ARMY = ["Đại tá", "Thượng tá", "Trung tá", "Thiếu tá", "Đại uý", "Thượng uý", "Trung uý"]
POSITIONS = ["Phó Chủ tịch UBND tỉnh", "Giám đốc Sở Nội vụ", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh",
             "Giám đốc Công an tỉnh", "Chủ nhiệm Uỷ ban Kiểm tra Tỉnh uỷ", "Trưởng ban Dân vận Tỉnh uỷ",
             "Phó Bí thư Thường trực Tỉnh uỷ", "Chánh Văn phòng UBND tỉnh", "Chủ tịch UBND huyện",
             "Phó Trưởng đoàn ĐBQH tỉnh", "Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh",
             "Giám đốc Sở Tư pháp", "Chánh Thanh tra tỉnh", "Bí thư Huyện uỷ"]


class Names:
    def __init__(self, rng):
        self.r = rng

    def person(self, female=None):
        r = self.r
        if female is None:
            female = r.random() < 0.3
        if female:
            return f"{r.choice(SURN)} {r.choice(MID_F)} {r.choice(GIV_F)}"
        return f"{r.choice(SURN)} {r.choice(MID_M)} {r.choice(GIV_M)}"

    def pen(self):
        return self.r.choice(PEN)

    def rank(self):
        return self.r.choice(RANKS_ARMY)

    def phone(self, area=None):
        r = self.r
        area = area or r.choice(["0243", "0283", "0236", "0292", "0258", "0214", "0206"])
        return f"{area}.{r.randint(600, 899)}.{r.randint(100, 999)}"


# --------------------------------------------------------------------------- story facts
RANK_TRIG = ["đại tướng", "thượng tướng", "trung tướng", "thiếu tướng", "đại tá", "thượng tá", "trung tá",
             "thiếu tá", "đại uý", "đại úy", "thượng uý", "trung uý", "đồng chí", "đại biểu", "ông", "bà"]
NAME_STOP = {"Nguyễn", "Trần", "Lê", "Phạm", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Ngô", "Trịnh", "Đinh", "Huỳnh"}
PLACE_STOP = {"Theo", "Tại", "Trong", "Sau", "Ngày", "Các", "Những", "Ông", "Bà", "Bộ", "Khi", "Từ", "Trước",
              "Sáng", "Chiều", "Tối", "Đêm", "Hiện", "Để", "Do", "Nhưng", "Một", "Cùng", "Với"}
PLACE_TRIG = ["tỉnh", "huyện", "xã", "quận", "phường", "thị xã", "thị trấn", "TP", "thành phố"]


def _capword(w):
    return len(w) >= 1 and w[0].isupper() and (len(w) == 1 or w[1:].islower()) and w.isalpha()


def story_facts(sents):
    people, places = [], []
    for s in sents:
        toks = s.split()
        for i in range(len(toks)):
            for trig_list, store, lo, hi in ((RANK_TRIG, people, 2, 4), (PLACE_TRIG, places, 2, 3)):
                for trig in trig_list:
                    tw = trig.split()
                    seg = [t.lower() if trig != "TP" else t for t in toks[i:i + len(tw)]]
                    if seg != tw:
                        continue
                    j = i + len(tw)
                    name = []
                    while j < len(toks) and len(name) < hi:
                        w = toks[j]
                        core = w.rstrip(",.;:)!?\"”")
                        if store is places and core in PLACE_STOP:
                            name = []
                            break
                        if not _capword(core) or (store is places and core in NAME_STOP and name):
                            break
                        name.append(core)
                        j += 1
                        if core != w:
                            break
                    if store is places and ((len(name) == 3 and name[0] in SURN) or
                                            " ".join(name).endswith(("Tây Nguyên", "Bộ")) or
                                            (i > 0 and toks[i - 1].lower() == "các")):
                        name = []
                    if lo <= len(name) <= hi:
                        head = toks[i:i + len(tw)]
                        head = " ".join(head)
                        if store is people:
                            head = head[0].upper() + head[1:]
                        elif head != "TP":
                            head = head.lower()
                        official = head.lower() not in ("ông", "bà")
                        if not official and j < len(toks):
                            nxt = toks[j + 1] if toks[j] in ("-", "–") and j + 1 < len(toks) else toks[j]
                            if toks[j - 1].endswith(",") or toks[j] in ("-", "–"):
                                official = nxt[:1].isupper()
                        val = (head, " ".join(name), bool(official)) if store is people else (head, " ".join(name))
                        if val[:2] not in [v[:2] for v in store]:
                            store.append(val)
    return people, places


# --------------------------------------------------------------------------- captions
CAP_OFFICIAL = [
    "{p} trao đổi với phóng viên.",
    "{p} thông tin với báo chí về vụ việc.",
    "{p} tại buổi làm việc",
    "{p} (thứ hai từ phải sang) kiểm tra thực tế tại cơ sở.",
    "{p} trả lời câu hỏi của báo chí.",
]
CAP_PERSON = [
    "{p} trao đổi với phóng viên.",
    "{p} kể lại sự việc với phóng viên",
    "{p} chia sẻ với phóng viên tại nhà riêng.",
    "{p} (phải) trao đổi với phóng viên.",
]
CAP_PLACE = [
    "Lực lượng chức năng làm nhiệm vụ tại {pl}.",
    "Một góc {pl} nhìn từ trên cao",
    "Khu vực xảy ra sự việc ở {pl}.",
]
CAP_PLACE_GOV = [
    "Quang cảnh buổi làm việc tại {pl}.",
    "Đoàn công tác kiểm tra thực tế tại {pl}.",
    "Người dân {pl} tham dự buổi đối thoại với chính quyền.",
    "Trụ sở UBND {pl}",
]
CAP_GENERIC = {
    "fire": ["Hiện trường vụ cháy.", "Lực lượng cảnh sát PCCC dập lửa tại hiện trường.",
             "Khói lửa bốc lên nghi ngút tại khu vực xảy ra vụ cháy"],
    "traffic": ["Hiện trường vụ tai nạn.", "Cảnh sát giao thông phân luồng tại khu vực xảy ra tai nạn.",
                "Phương tiện bị hư hỏng sau vụ va chạm"],
    "disaster": ["Nhà dân bị hư hỏng sau thiên tai.", "Lực lượng chức năng giúp người dân khắc phục hậu quả.",
                 "Nước lũ dâng cao chia cắt nhiều khu vực"],
    "school": ["Học sinh trong giờ học.", "Phụ huynh đưa con đến trường.", "Một buổi học của các em học sinh"],
    "health": ["Bác sĩ thăm khám cho bệnh nhân.", "Bệnh nhân điều trị tại bệnh viện.",
               "Nhân viên y tế làm nhiệm vụ tại bệnh viện"],
    "urban": ["Một góc dự án nhìn từ trên cao.", "Người dân đi lại trên tuyến phố.",
              "Lực lượng chức năng ra quân lập lại trật tự đô thị.", "Công trường thi công dự án"],
    "sea": ["Tàu cá của ngư dân neo đậu tại cảng.", "Ngư dân chuẩn bị ra khơi.", "Tàu vỏ thép nằm bờ chờ sửa chữa"],
    "neutral": ["Ảnh minh hoạ", "Hình ảnh tư liệu.", "Ảnh minh hoạ."],
    "army": ["Cán bộ, chiến sĩ đơn vị trong giờ huấn luyện.", "Bộ đội giúp dân khắc phục hậu quả thiên tai.",
             "Lễ ra quân huấn luyện năm mới tại đơn vị.", "Chiến sĩ mới tham gia huấn luyện điều lệnh."],
    "police": ["Lực lượng chức năng có mặt tại hiện trường.", "Cảnh sát cơ động tuần tra trên địa bàn.",
               "Cơ quan điều tra làm việc tại hiện trường.", "Tang vật thu giữ trong vụ án."],
    "parl": ["Quang cảnh phiên họp tại hội trường.", "Các đại biểu Quốc hội biểu quyết thông qua nghị quyết.",
             "Đại biểu thảo luận tại tổ.", "Quang cảnh một phiên họp tại hội trường."],
    "gov": ["Quang cảnh hội nghị.", "Các đại biểu dự hội nghị trực tuyến.", "Toàn cảnh buổi làm việc.",
            "Lãnh đạo tỉnh làm việc với các sở, ngành."],
    "party": ["Các đại biểu dự hội nghị Ban Chấp hành Đảng bộ tỉnh.", "Quang cảnh đại hội.",
              "Đại biểu biểu quyết thông qua nghị quyết đại hội.", "Lễ trao Huy hiệu Đảng cho đảng viên lão thành."],
}
TOPIC_KW = [
    ("fire", r"cháy|hoả hoạn|hỏa hoạn|ngọn lửa|chữa cháy|bốc cháy"),
    ("traffic", r"tai nạn|va chạm|tông|CSGT|cảnh sát giao thông|lật xe"),
    ("disaster", r"lũ|mưa lớn|lốc xoáy|lốc|bão|sạt lở|thiên tai|vòi rồng|sét"),
    ("parl", r"Quốc hội|đại biểu|dự luật|dự thảo|chất vấn|kỳ họp|cử tri"),
    ("police", r"bắt giữ|điều tra|khởi tố|tạm giam|công an|cảnh sát|nghi phạm|đối tượng|vụ án|truy nã"),
    ("army", r"quân đội|bộ đội|biên phòng|chiến sĩ|quân sự|quốc phòng|quân khu|sư đoàn|hải quân"),
    ("school", r"trường học|nhà trường|học sinh|giáo viên|sinh viên|hiệu trưởng|phòng học"),
    ("health", r"bệnh viện|bác sĩ|y tế|bệnh nhân|điều trị"),
    ("urban", r"chung cư|dự án|quy hoạch|vỉa hè|đô thị|phố đi bộ|công trình"),
    ("sea", r"ngư dân|tàu cá|đánh bắt|cảng cá"),
    ("party", r"Thành uỷ|Tỉnh uỷ|Huyện uỷ|đảng viên|kỷ luật|Bí thư|Mặt trận"),
    ("gov", r"UBND|Chủ tịch|hội nghị|Bộ trưởng|Thủ tướng|Chính phủ|Nghị định|Sở "),
]
OFFICIAL_TOPICS = ("parl", "army", "party", "gov")


def topic_of(sents):
    text = " ".join(sents)
    best, bn = "neutral", 0
    for k, rx in TOPIC_KW:
        n = len(re.findall(r"(?<!\w)(?:" + rx + r")(?!\w)", text))
        if n > bn:
            best, bn = k, n
    return best if bn >= 2 else "neutral"


CREDIT_SRC = ["TTXVN", "Tư liệu", "NVCC", "Cổng TTĐT tỉnh", "CACC", "Công an cung cấp", "Báo Tân Lĩnh",
              "Người dân cung cấp"]


# --------------------------------------------------------------------------- page context
WD = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


class Ctx:
    def __init__(self, row, title, sents, related_pool, layout_idx):
        self.row = row
        self.title = title
        self.sents = sents
        self.tkey = norm(title)
        self.keys = {norm(s) for s in sents}
        self.lkeys = {norm_loose(s) for s in sents}
        self.r = R(row, "layout")
        self.nm = Names(R(row, "names"))
        self.cr = R(row, "caption")
        dr = R(row, "date")
        self.date = datetime.datetime(2016, 1, 1, 6, 0) + datetime.timedelta(
            days=dr.randrange(1461), minutes=dr.randrange(15 * 60))
        self.people, self.places = story_facts(sents)
        self.topic = topic_of(sents)
        self.official = self.topic in OFFICIAL_TOPICS
        self.used = set()
        self._pool = related_pool
        self._rr = R(row, "related")
        self.paras = []

    # ---- helpers
    def ok(self, line):
        k = norm(line)
        if not k or k == self.tkey or k in self.keys:
            return False
        if norm_loose(line) in self.lkeys:
            return False
        return True

    def group(self, lo, hi):
        pr = R(self.row, "para")
        paras, cur, want = [], [], pr.randint(lo, hi)
        for s in self.sents:
            cur.append(s)
            if len(cur) >= want:
                paras.append(cur)
                cur, want = [], pr.randint(lo, hi)
        if cur:
            paras.append(cur)
        self.paras = paras
        return paras

    def d(self, fmt):
        t = self.date
        return fmt.format(wd=WD[t.weekday()], d=t.day, m=t.month, y=t.year, H=t.hour, M=t.minute,
                          dd=f"{t.day:02d}", mm=f"{t.month:02d}", HH=f"{t.hour:02d}", MM=f"{t.minute:02d}")

    def rdate(self, back_lo=1, back_hi=40):
        t = self.date - datetime.timedelta(days=self._rr.randint(back_lo, back_hi), minutes=self._rr.randrange(600))
        return t

    def related(self, n):
        out = []
        if not self._pool or n <= 0:
            return out
        idx = list(range(len(self._pool)))
        self._rr.shuffle(idx)
        for i in idx:
            h, t = self._pool[i]
            if not self.ok(h) or (t and not self.ok(t)):
                continue
            if norm(h) in self.used:
                continue
            self.used.add(norm(h))
            out.append((h, t))
            if len(out) >= n:
                break
        return out

    def caption(self, flavour="gov", allow_person=True):
        """A caption made from the story (person, place) or a scene fitting the story's topic; the layout's
        flavour is used only when the story itself is on that kind of topic."""
        r = self.cr
        if self.topic == flavour or self.topic in ("fire", "traffic", "disaster", "school", "health", "urban", "sea"):
            pool = CAP_GENERIC[self.topic]
        elif self.topic in CAP_GENERIC and self.topic != "neutral":
            pool = CAP_GENERIC[self.topic]
        else:
            pool = CAP_GENERIC["neutral"]
        for _ in range(30):
            x = r.random()
            if allow_person and self.people and x < 0.45:
                head, name, off = r.choice(self.people)
                c = r.choice(CAP_OFFICIAL if off else CAP_PERSON).format(p=f"{head} {name}")
            elif self.places and x < 0.65:
                head, name = r.choice(self.places)
                c = r.choice(CAP_PLACE_GOV if self.official else CAP_PLACE).format(pl=f"{head} {name}")
            else:
                c = r.choice(pool)
            if self.ok(c) and norm(c) not in self.used:
                self.used.add(norm(c))
                return c
        c = f"Hình ảnh tại sự kiện ngày {self.date.day}/{self.date.month}."
        return c

    def dateline(self, default):
        for head, name in self.places:
            if head in ("TP", "tỉnh", "thành phố"):
                return name if head == "tỉnh" else ("TP " + name)
        return default

    def delegation(self, n=None):
        r = self.cr
        n = n or r.randint(3, 5)
        pos = r.sample(POSITIONS, n)
        names = []
        for p in pos:
            names.append(f"đồng chí {self.nm.person()}, {p}")
        return names

    def pull_quote(self):
        for s in self.sents:
            for m in re.finditer(r"[\"“]([^\"”]{40,220})[\"”]", s):
                q = m.group(1).strip()
                if q.endswith((".", ",")):
                    q = q[:-1]
                if not q[:1].isupper() or len(q.split()) < 8:
                    continue
                line = "“" + q + "”"
                if self.ok(line) and norm_loose(q) not in self.lkeys:
                    return line
        return None

    def body_with(self, inserts):
        specs = []
        for i, p in enumerate(self.paras):
            specs.append(("B", list(p)))
            specs.extend(inserts.get(i, []))
        return specs

    def spots(self, k, first=0, last_excl=1):
        """k distinct paragraph indices after which to insert (not after the last paragraph)."""
        n = len(self.paras)
        cand = list(range(first, max(first, n - last_excl)))
        if not cand:
            return []
        k = min(k, len(cand))
        return sorted(self.r.sample(cand, k))


def with_credit(cap, credit, style):
    """Caption with an attached credit, punctuated as real sites do."""
    if cap.startswith("Ảnh minh hoạ"):
        return cap
    if style == "paren":
        return f"{cap} ({credit})"
    if style == "dash":
        return f"{cap.rstrip('.')} - {credit}"
    if not cap.endswith((".", "!", "?")):
        cap += "."
    return f"{cap} {credit}"


def F(kind, text):
    return ("F", kind, text)


def W(text):
    return ("F", "widget", text)


# --------------------------------------------------------------------------- layouts
def L00_quandoi(c):
    """Army daily: menu+breadcrumb, date under title, captions with 'Ảnh:' tail, ALL CAPS rank byline at end,
    tags, bulleted 'Tin liên quan', licence footer."""
    r, nm = c.r, c.nm
    c.group(1, 3)
    s = [("S", "QUÂN ĐỘI TIỀN PHƯƠNG"),
         W("Thời sự | Quốc phòng - An ninh | Quân sự thế giới | Chính trị | Xã hội | Video | Ảnh"),
         W("Trang chủ » Quốc phòng - An ninh » " + r.choice(["Xây dựng quân đội", "Huấn luyện", "Dân vận", "Tin tức"])),
         ("T", c.title), ("D", c.d("{wd}, {dd}/{mm}/{y} | {HH}:{MM}")),
         W("Chia sẻ: Facebook | Zalo | In bài")]
    ins = {}
    for k, p in enumerate(c.spots(r.randint(1, 2))):
        ins[p] = [F("caption", with_credit(c.caption("army"), "Ảnh: " + nm.pen().upper(), "dot"))]
    s += c.body_with(ins)
    s.append(F("byline", f"{nm.rank()} {nm.person(False).upper()}"))
    s.append(W("Từ khoá: " + ", ".join(r.sample(["quốc phòng", "huấn luyện", "dân vận", "biên giới", "chiến sĩ mới",
                                                 "chính sách", "an ninh", "diễn tập"], 3))))
    rel = c.related(r.randint(3, 5))
    if rel:
        s.append(W("Tin liên quan"))
        s += [F("related", "- " + h) for h, _ in rel]
    s += [W("© Bản quyền thuộc về Báo Quân đội Tiền Phương"),
          W(f"Giấy phép số {r.randint(100, 599)}/GP-BTTTT cấp ngày {r.randint(1, 28)}/{r.randint(1, 12)}/2015"),
          W(f"Tổng Biên tập: Đại tá {nm.person(False)}"),
          W("Ghi rõ nguồn “Quân đội Tiền Phương” khi phát hành lại thông tin từ website này.")]
    return s


def L01_portal_tinh(c):
    """Provincial e-portal: menu, breadcrumb, 'Ngày đăng' date, view counter, plain captions, agency byline at end,
    attached decisions with download links, dated 'Các tin khác', long footer with licence."""
    r, nm = c.r, c.nm
    c.group(1, 2)
    s = [W("English | Tiếng Việt | Sơ đồ cổng"), ("S", "CỔNG THÔNG TIN ĐIỆN TỬ TỈNH TÂN LĨNH"),
         W("Trang chủ | Giới thiệu | Tin tức - Sự kiện | Chỉ đạo điều hành | Văn bản | Dịch vụ công trực tuyến | Hỏi đáp"),
         W("Tin tức - Sự kiện > " + r.choice(["Hoạt động của lãnh đạo tỉnh", "Tin trong tỉnh", "Quốc phòng - An ninh"])),
         ("T", c.title), ("D", c.d("Ngày đăng: {dd}/{mm}/{y}")),
         W(f"Lượt xem: {r.randint(120, 4800)}"), W("Cỡ chữ: A- A A+")]
    ins = {}
    for p in c.spots(r.randint(1, 2)):
        ins[p] = [F("caption", c.caption("gov"))]
    s += c.body_with(ins)
    s.append(F("byline", r.choice([f"Tin, ảnh: {nm.pen()} - Cổng TTĐT tỉnh", "Văn phòng UBND tỉnh",
                                   f"{nm.pen()} (Sở Thông tin và Truyền thông)"])))
    num = r.randint(800, 3200)
    s += [W("Văn bản liên quan:"),
          W(f"Quyết định số {num}/QĐ-UBND ngày {r.randint(1, 28)}/{c.date.month}/{c.date.year} của UBND tỉnh (Tải về)"),
          W(f"Kế hoạch số {r.randint(20, 300)}/KH-UBND.pdf - {r.randint(80, 900)} KB"),
          W("In trang | Gửi email | Về đầu trang")]
    rel = c.related(r.randint(4, 6))
    if rel:
        s.append(W("Các tin khác"))
        for h, _ in rel:
            t = c.rdate()
            s.append(F("related", f"{h} ({t.day:02d}/{t.month:02d}/{t.year})"))
    s += [W("Cơ quan chủ quản: Uỷ ban nhân dân tỉnh Tân Lĩnh"),
          W("Địa chỉ: Số 8 đường Trần Hưng Đạo, thành phố Tân Lĩnh, tỉnh Tân Lĩnh"),
          W(f"Điện thoại: {nm.phone('0235')} - Email: congthongtin@tanlinh.gov.vn"),
          W(f"Giấy phép số {r.randint(10, 60)}/GP-TTĐT do Cục Phát thanh, truyền hình và thông tin điện tử cấp ngày "
            f"{r.randint(1, 28)}/{r.randint(1, 12)}/2014")]
    return s


def L02_nghitruong(c):
    """Parliament live page: LIVE label, session tag, 'Cập nhật' date, timestamps on their own line before
    paragraphs, one scene caption, team byline, numbered related, voter feedback form."""
    r, nm = c.r, c.nm
    c.group(1, 2)
    k = r.choice(["thứ 4", "thứ 5", "thứ 6", "thứ 7", "thứ 8"])
    s = [("S", "NGHỊ TRƯỜNG ONLINE"), W("Chuyên trang thông tin hoạt động lập pháp"),
         W("Thời sự | Kỳ họp | Giám sát | Lập pháp | Cử tri | Đối ngoại"),
         W("TRỰC TIẾP"), W(f"Kỳ họp {k}, Quốc hội khoá XIV" if c.topic in ("parl", "gov", "party")
                           else r.choice(["Diễn biến mới", "Tin nóng", "Cập nhật liên tục"])), ("T", c.title),
         ("D", c.d("Cập nhật: {HH}:{MM} ngày {dd}/{mm}/{y}"))]
    h, m = max(6, c.date.hour - 3), r.randint(0, 20)
    capat = r.randrange(max(1, len(c.paras)))
    for i, p in enumerate(c.paras):
        if i == 0 or r.random() < 0.6:
            s.append(W(f"{h:02d}:{m:02d}"))
            m += r.randint(4, 18)
            if m >= 60:
                h, m = h + 1, m - 60
        s.append(("B", list(p)))
        if i == capat and len(c.paras) > 1:
            s.append(F("caption", c.caption("parl")))
    s.append(F("byline", r.choice(["Nhóm PV Nghị trường", f"{nm.pen().upper()} - {nm.pen().upper()}"])))
    rel = c.related(r.randint(3, 4))
    if rel:
        s.append(W("TIN CÙNG CHUYÊN MỤC"))
        s += [F("related", f"{i + 1}. {hh}") for i, (hh, _) in enumerate(rel)]
    s += [W("GỬI Ý KIẾN CỬ TRI"), W("Họ và tên *"), W("Địa chỉ email *"), W("Nội dung ý kiến"), W("Gửi ý kiến"),
          W("© Nghị trường Online. Giấy phép số 77/GP-BTTTT."),
          W("Toà soạn: 35 Ngô Quyền, Hoàn Kiếm, Hà Nội - Đường dây nóng: " + nm.phone("0243"))]
    return s


def L03_anninh(c):
    """Police paper: date line first, title, rank byline under title, captions with '(Ảnh: ...)',
    inline 'Xem thêm', hotline box, hashtags, comments counter."""
    r, nm = c.r, c.nm
    c.group(2, 3)
    s = [W(c.d("Hôm nay: {wd}, {dd}/{mm}/{y}")), ("S", "AN NINH ĐẤT VIỆT"),
         W("Pháp luật | Hình sự | Giao thông | Phòng cháy | Hồ sơ vụ án | Cảnh báo"),
         ("D", c.d("{dd}/{mm}/{y} {HH}:{MM}")), ("T", c.title),
         F("byline", f"{nm.rank()} {nm.person()}")]
    ins = {}
    sp = c.spots(2)
    if sp:
        ins[sp[0]] = [F("caption", with_credit(c.caption("police"), r.choice(["Ảnh: CACC", "Ảnh: Công an cung cấp",
                                                                               f"Ảnh: {nm.pen()}"]), "paren"))]
    rel = c.related(r.randint(2, 4))
    if len(sp) > 1 and rel:
        h, _ = rel.pop(0)
        ins.setdefault(sp[1], []).append(F("related", "Xem thêm: " + h))
    s += c.body_with(ins)
    s += [W(f"Đường dây nóng tiếp nhận tin báo tội phạm: {nm.phone('069')}"),
          W("Mọi thông tin phản ánh xin gửi về: banbandoc@anninhdatviet.vn"),
          W("#anninhtratu #phongchongtoipham #canhbao")]
    if rel:
        s.append(W("ĐỌC NHIỀU"))
        s += [F("related", h) for h, _ in rel]
    s += [W(f"Bình luận ({r.randint(0, 40)})"), W("Gửi bình luận"),
          W("Cơ quan chủ quản: Hội Bảo vệ An ninh Trật tự Việt. Giấy phép số 311/GP-BTTTT.")]
    return s


def L04_baohoanguyen(c):
    """Provincial party paper: slogan, header date, 'Bài, ảnh:' byline under title, italic captions and a
    delegation caption listing positions left to right, '▪' related list, licence footer."""
    r, nm = c.r, c.nm
    c.group(2, 4)
    s = [("S", "BÁO HOÀ NGUYÊN"),
         W("Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Hoà Nguyên, tiếng nói của Đảng bộ, chính quyền và nhân dân"),
         W(c.d("{wd}, ngày {dd}/{mm}/{y}")),
         W("Chính trị | Xây dựng Đảng | Kinh tế | Xã hội | Quốc phòng - An ninh | Bạn đọc"),
         ("T", c.title), F("byline", f"Bài, ảnh: {nm.pen().upper()}"),
         ("D", c.d("{dd}/{mm}/{y} - {HH}:{MM}"))]
    ins = {}
    sp = c.spots(2)
    if sp:
        ins[sp[0]] = [F("caption", c.caption("party"))]
    if len(sp) > 1 and c.official:
        dl = c.delegation()
        ins[sp[1]] = [F("caption", "Các đại biểu chụp ảnh lưu niệm. (Từ trái sang: " + "; ".join(dl) + ")")]
    s += c.body_with(ins)
    rel = c.related(r.randint(3, 5))
    if rel:
        s.append(W("BÀI LIÊN QUAN"))
        s += [F("related", "▪ " + h) for h, _ in rel]
    s += [W("Tổng Biên tập: " + nm.person()), W(f"Giấy phép xuất bản số {r.randint(10, 99)}/GP-BTTTT"),
          W("Toà soạn: 12 Lê Lợi, TP. Hoà Nguyên. ĐT: " + nm.phone("0206"))]
    return s


def L05_phongthu(c):
    """Defence journal: breadcrumb, author box on top (name + bio line), 'Ngày xuất bản', long paragraphs,
    pull quote, infographic label + credit, read counter, rating, dated related list."""
    r, nm = c.r, c.nm
    c.group(3, 4)
    s = [("S", "TẠP CHÍ PHÒNG THỦ VIỆT"), W("Trang chủ / Nghiên cứu - Trao đổi"), ("T", c.title),
         F("byline", r.choice(["Trung tướng, PGS, TS ", "Thiếu tướng, TS ", "Đại tá, ThS "]) + nm.person(False).upper()),
         F("byline", r.choice(["Nguyên Phó Giám đốc Học viện Quốc phòng Miền Trung",
                               "Viện Chiến lược Phòng thủ Việt", "Giảng viên Học viện Chính trị Quân sự Nam Tiến"])),
         ("D", c.d("Ngày xuất bản: {dd}/{mm}/{y}"))]
    ins = {}
    sp = c.spots(2)
    q = c.pull_quote()
    if sp and q:
        ins[sp[0]] = [W(q)]
    if len(sp) > 1 or (sp and not q):
        ins.setdefault(sp[-1], []).extend([F("caption", "INFOGRAPHIC - " + r.choice(
            ["Những con số nổi bật", "Toàn cảnh sự kiện", "Các mốc thời gian đáng chú ý", "Số liệu chính"])),
            F("credit", "Đồ hoạ: " + nm.pen())])
    s += c.body_with(ins)
    s += [W(f"Số lượt đọc: {r.randint(300, 9000)}"), W(f"Đánh giá bài viết: ★★★★☆ ({r.randint(2, 40)} lượt)")]
    rel = c.related(r.randint(3, 5))
    if rel:
        s.append(W("Các bài viết khác"))
        for h, _ in rel:
            t = c.rdate(3, 90)
            s.append(F("related", f"{h} - {t.day:02d}/{t.month:02d}/{t.year}"))
    s += [W("Tạp chí Phòng thủ Việt - Giấy phép hoạt động báo chí điện tử số 146/GP-BTTTT"),
          W("Email: toasoan@phongthuviet.vn")]
    return s


def L06_biencuong(c):
    """Border-guard paper: date with GMT first, caption line followed by its own credit line, related block in the
    middle with arrows, 'X - Y' byline at the end, hotline footer."""
    r, nm = c.r, c.nm
    c.group(1, 3)
    s = [("D", c.d("{dd}/{mm}/{y} {HH}:{MM} GMT+7")), ("S", "Biên cương Tổ quốc"),
         W("Biên giới - Biển đảo | Đối ngoại | Phòng chống ma tuý | Gương sáng biên cương"),
         ("T", c.title)]
    ins = {}
    sp = c.spots(3)
    for p in sp[:2]:
        ins[p] = [F("caption", c.caption("army")), F("credit", "Ảnh: " + nm.pen())]
    rel = c.related(r.randint(2, 3))
    if rel and len(sp) >= 1:
        p = sp[-1]
        ins.setdefault(p, []).extend([W("TIN LIÊN QUAN")] + [F("related", "→ " + h) for h, _ in rel])
    s += c.body_with(ins)
    s.append(F("byline", f"{nm.rank()} {nm.person(False).upper()} - Đồn Biên phòng "
                         f"{r.choice(['Cửa khẩu Nam Sơn', 'Tà Lùng Thượng', 'Hải Đăng', 'Bản Mây'])}"))
    s += [W("Chia sẻ | Bình luận | Lưu bài"),
          W(f"Đường dây nóng Ban Biên tập: {nm.phone('0243')}"),
          W("Báo Biên cương Tổ quốc - Giấy phép số 218/GP-BTTTT")]
    return s


def L07_chinhsu(c):
    """Government news: decree reference box above body, dateline agency byline, caption with '(Ảnh: TCS)',
    'Tin mới hơn/Tin cũ hơn', 'Minh X (TCS)' signature."""
    r, nm = c.r, c.nm
    c.group(1, 3)
    y = c.date.year
    s = [("S", "THÔNG TẤN CHÍNH SỰ"),
         W("Chính phủ | Chỉ đạo điều hành | Chính sách mới | Thông cáo báo chí | Phỏng vấn | Infographics"),
         ("T", c.title), ("D", c.d("{dd}/{mm}/{y} {HH}:{MM}"))]
    ref = re.search(r"Nghị định (?:số )?(\d{1,3})", " ".join(c.sents))
    if ref or (c.official and r.random() < 0.7):
        num = ref.group(1) if ref else str(r.randint(20, 160))
        yy = y if not ref else r.randint(2014, y)
        s += [W(f"Nghị định số {num}/{yy}/NĐ-CP"),
              W(f"Ngày ban hành: {r.randint(1, 28)}/{r.randint(1, c.date.month if yy == y else 12)}/{yy}"),
              W(f"Ngày hiệu lực: 01/{r.randint(1, 12):02d}/{yy + 1}"),
              W("Cơ quan ban hành: Chính phủ"), W("Tải toàn văn (PDF)")]
    s.append(F("byline", c.dateline(r.choice(["Hà Nội", "TP Hồ Chí Minh", "Đà Nẵng"])) + f", {c.date.day}/{c.date.month} (TCS)"))
    ins = {}
    for p in c.spots(1):
        ins[p] = [F("caption", with_credit(c.caption("gov"), "Ảnh: TCS", "paren"))]
    s += c.body_with(ins)
    s.append(F("byline", f"{nm.pen()} (TCS)"))
    rel = c.related(2)
    if rel:
        s.append(F("related", "Tin mới hơn: " + rel[0][0]))
        if len(rel) > 1:
            s.append(F("related", "Tin cũ hơn: " + rel[1][0]))
    s += [W("Thông tấn Chính sự - Cơ quan thông tin của Văn phòng Chính sự Quốc gia"),
          W("Giấy phép số 62/GP-TTĐT. Chịu trách nhiệm nội dung: " + nm.person())]
    return s


def L08_phapluat(c):
    """Mobile law paper: domain as site line, menu icon, author then date, audio player, captions with ' - Ảnh:',
    reader legal-advice box, reactions, 'Đọc nhiều' with headline + teaser lines."""
    r, nm = c.r, c.nm
    c.group(1, 2)
    s = [W("☰"), ("S", "plcl.vn"), W("Đăng nhập"), W("Thời sự | Pháp đình | Bạn đọc | Tư vấn"),
         ("T", c.title), F("byline", nm.pen()), ("D", c.d("{HH}:{MM} | {dd}/{mm}/{y}")),
         W(f"▶ Nghe đọc bài 00:00 / 0{r.randint(2, 8)}:{r.randint(10, 59)}")]
    ins = {}
    for p in c.spots(r.randint(1, 2)):
        ins[p] = [F("caption", with_credit(c.caption("police"), "Ảnh: " + r.choice(["PLCL", nm.pen(), "Tư liệu"]), "dash"))]
    s += c.body_with(ins)
    s += [W("Độc giả có thể gửi câu hỏi tư vấn pháp luật về hòm thư tuvan@plcl.vn"),
          W(f"Thích ({r.randint(1, 90)}) | Chia sẻ | Bình luận")]
    rel = c.related(r.randint(2, 3))
    if rel:
        s.append(W("ĐỌC NHIỀU"))
        for h, t in rel:
            s.append(F("related", h))
            if t:
                s.append(F("related", t))
    s += [W("Pháp luật & Công lý Online - Giấy phép số 430/GP-BTTTT"), W("Về đầu trang ↑")]
    return s


def L09_truyenhinh(c):
    """Provincial TV: video player with duration, 'Video:' credit, 'Đăng lúc' date, transcript-style paragraphs,
    editor byline, '▶' related videos, broadcast schedule."""
    r, nm = c.r, c.nm
    c.group(2, 4)
    s = [("S", "HNTV - Đài Phát thanh và Truyền hình Hoà Nguyên"), W("Truyền hình | Phát thanh | Thời sự | Xem trực tiếp"),
         ("T", c.title), ("D", c.d("Đăng lúc {HH}:{MM} - {dd}/{mm}/{y}")),
         W(f"▶ 00:00 / 0{r.randint(1, 5)}:{r.randint(10, 59)}"),
         F("caption", c.d(r.choice(["Bản tin Thời sự HNTV ngày {dd}/{mm}/{y}", "Thời sự {HH}h00 ngày {d}/{m}/{y}",
                                    "Phóng sự ghi nhận tại hiện trường"]))),
         F("credit", "Video: HNTV")]
    s += c.body_with({})
    s.append(F("byline", f"BTV: {nm.pen()}"))
    rel = c.related(r.randint(3, 4))
    if rel:
        s.append(W("VIDEO KHÁC"))
        s += [F("related", "▶ " + h) for h, _ in rel]
    s += [W("LỊCH PHÁT SÓNG"), W("18:30 Thời sự Hoà Nguyên"), W("19:00 Thời sự quốc gia (tiếp sóng)"),
          W("20:10 Chuyên mục Quốc phòng toàn dân"),
          W("Giấy phép số 102/GP-BTTTT. Ghi rõ nguồn HNTV khi phát hành lại thông tin.")]
    return s


def L10_huyen(c):
    """District portal: left menu scraped one item a line, date in parentheses, author line, satisfaction poll,
    visit counters, 'Tin đã đăng' dated list, footer with head of editorial board."""
    r, nm = c.r, c.nm
    c.group(1, 2)
    s = [("S", "Cổng thông tin điện tử huyện Sơn Đông"), W("Giới thiệu chung"), W("Cơ cấu tổ chức"),
         W("Tin tức - Sự kiện"), W("Thủ tục hành chính"), W("Lịch công tác"),
         ("T", c.title), ("D", c.d("(Cập nhật lúc {HH}:{MM} ngày {dd}/{mm}/{y})"))]
    ins = {}
    for p in c.spots(1):
        ins[p] = [F("caption", c.caption(r.choice(["gov", "party"])))]
    s += c.body_with(ins)
    s.append(F("byline", "Tác giả: " + r.choice(["Phòng Văn hoá - Thông tin huyện", nm.person(), "Ban Chỉ huy Quân sự huyện"])))
    s += [W("ĐÁNH GIÁ MỨC ĐỘ HÀI LÒNG"), W("Rất hài lòng"), W("Hài lòng"), W("Chưa hài lòng"), W("Gửi đánh giá")]
    rel = c.related(r.randint(4, 6))
    if rel:
        s.append(W("Tin đã đăng"))
        for h, _ in rel:
            t = c.rdate()
            s.append(F("related", f"{h} ({t.day:02d}/{t.month:02d}/{t.year})"))
    s += [W(f"Tổng số lượt truy cập: {r.randint(100000, 999999):,}".replace(",", ".")),
          W(f"Đang trực tuyến: {r.randint(5, 90)}"),
          W("Bản quyền thuộc UBND huyện Sơn Đông"),
          W(f"Trưởng Ban biên tập: ông {nm.person(False)} - Phó Chủ tịch UBND huyện"),
          W("Ghi rõ nguồn “Cổng TTĐT huyện Sơn Đông” khi phát hành lại thông tin từ website này.")]
    return s


def L11_cuubinh(c):
    """Veterans paper: date under title with '|', scene captions, several related headlines joined on one line,
    signature byline with unit in brackets at end."""
    r, nm = c.r, c.nm
    c.group(2, 3)
    s = [("S", "CỰU BINH VIỆT"), W("Cơ quan của Hiệp hội Cựu quân nhân Việt"),
         W("Tin tức | Ký ức chiến tranh | Nghĩa tình đồng đội | Làm kinh tế giỏi | Bạn đọc viết"),
         ("T", c.title), ("D", c.d("{wd}, {dd}/{mm}/{y} | {HH}:{MM}"))]
    ins = {}
    for p in c.spots(r.randint(1, 2)):
        ins[p] = [F("caption", c.caption(r.choice(["army", "gov"])))]
    rel = c.related(r.randint(3, 4))
    sp = c.spots(1, first=1)
    if rel and sp and len(rel) >= 2:
        ins.setdefault(sp[0], []).append(F("related", "Tin khác: " + "; ".join(h for h, _ in rel[:3])))
        rel = rel[3:]
    s += c.body_with(ins)
    s.append(F("byline", f"{nm.person(False).upper()} (Hội CCB huyện {r.choice(['Sơn Đông', 'Lam Hà', 'Tân Phước'])})"))
    if rel:
        s += [F("related", "Xem thêm: " + h) for h, _ in rel]
    s += [W("Gửi bài cộng tác: cuubinhviet@gmail.vn"), W("© Cựu binh Việt 2016 - Giấy phép số 55/GP-BTTTT")]
    return s


def L12_nambo(c):
    """Agency mobile: dateline byline before body, share row, caption line then 'Ảnh: X/TNB' credit line,
    'X/TNB' signature, tags, timed related list, ad label."""
    r, nm = c.r, c.nm
    c.group(1, 2)
    s = [("S", "TNB - Thông tấn Nam Bộ"), W("Trang chủ / Chính trị"), ("T", c.title),
         ("D", c.d("{dd}/{mm}/{y} - {HH}:{MM}")),
         W("Chia sẻ: Facebook Zalo Twitter Sao chép liên kết"),
         F("byline", c.dateline(r.choice(["Cần Thơ", "Long An", "TP Hồ Chí Minh"])) + " (TNB)")]
    ins = {}
    for p in c.spots(r.randint(1, 2)):
        ins[p] = [F("caption", c.caption(r.choice(["gov", "police"]))), F("credit", f"Ảnh: {nm.pen()}/TNB")]
    s += c.body_with(ins)
    s += [F("byline", f"{nm.pen()}/TNB"), W("Từ khoá: " + r.choice(["chính trị", "an ninh", "Quốc hội"]) + ", " +
                                             r.choice(["địa phương", "cử tri", "cải cách hành chính"]))]
    rel = c.related(r.randint(3, 5))
    if rel:
        s.append(W("Tin cùng chủ đề"))
        for h, _ in rel:
            t = c.rdate(0, 3)
            s.append(F("related", f"{t.hour:02d}:{t.minute:02d} {h}"))
    s += [W("Quảng cáo"), W("© Thông tấn Nam Bộ. Giấy phép số 19/GP-BTTTT")]
    return s


def L13_quankhu(c):
    """Military-region bulletin: breadcrumb, delegation caption split into scene line + 'Từ trái qua phải' line,
    rank byline with unit at end, dated 'CÁC TIN KHÁC', hotline footer."""
    r, nm = c.r, c.nm
    c.group(1, 3)
    s = [("S", "Bản tin Quân khu Miền Tây"), W("Trang chủ > Tin tức > Hoạt động của Bộ Tư lệnh"),
         ("T", c.title), ("D", c.d("Ngày {dd}/{mm}/{y}"))]
    ins = {}
    sp = c.spots(2)
    if sp and c.official:
        names = []
        for _ in range(r.randint(3, 4)):
            names.append(f"{nm.rank()} {nm.person(False)}, " + r.choice(
                ["Chính uỷ Trung đoàn 21", "Phó Tư lệnh Quân khu", "Chỉ huy trưởng Bộ CHQS tỉnh", "Trưởng phòng Tuyên huấn",
                 "Phó Chính uỷ Sư đoàn 9", "Chủ nhiệm Chính trị Quân khu"]))
        ins[sp[0]] = [F("caption", "Đoàn công tác Bộ Tư lệnh Quân khu chụp ảnh lưu niệm với cán bộ, chiến sĩ đơn vị."),
                      F("caption", "Từ trái qua phải: " + "; ".join(names) + ".")]
    elif sp:
        ins[sp[0]] = [F("caption", c.caption("army"))]
    if len(sp) > 1:
        ins[sp[1]] = [F("caption", c.caption("army"))]
    s += c.body_with(ins)
    s.append(F("byline", f"{nm.rank()} {nm.person(False).upper()} (Phòng Chính trị Quân khu)"))
    rel = c.related(r.randint(3, 5))
    if rel:
        s.append(W("CÁC TIN KHÁC"))
        for h, _ in rel:
            t = c.rdate()
            s.append(F("related", f"- {h} ({t.day:02d}/{t.month:02d})"))
    s += [W("Trang tin điện tử Quân khu Miền Tây"), W(f"Đường dây nóng: {nm.phone('0292')}")]
    return s


def L14_anm(c):
    """Cyber-security magazine: cookie banner, advisory box, hotline, 'Theo ...' signature at end,
    headline + teaser joined on one related line, tags."""
    r, nm = c.r, c.nm
    c.group(2, 3)
    s = [W("Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn. Đồng ý"), ("S", "ANM ONLINE"),
         W("An ninh mạng | Cảnh báo | Chính sách | Công nghệ | Hỏi đáp"), ("T", c.title),
         ("D", c.d("{wd} {dd}/{mm}/{y} {HH}:{MM}"))]
    ins = {}
    sp = c.spots(2)
    if len(sp) > 1:
        ins[sp[1]] = [F("caption", c.caption("police"))]
    if sp:
        ins[sp[0]] = [W("KHUYẾN CÁO: Không truy cập đường link lạ, không cung cấp mã OTP cho bất kỳ ai."),
                      W(f"Tổng đài hỗ trợ xử lý sự cố: 1800 {r.randint(1000, 9999)}")]
    s += c.body_with(ins)
    s.append(F("byline", "Theo " + r.choice(["Trung tâm Giám sát An toàn Không gian mạng", "Báo An ninh Đất Việt",
                                             "Tạp chí Điện tử Công vụ"])))
    s.append(W("Tags: an ninh mạng, tội phạm công nghệ cao, " + r.choice(["lừa đảo", "bảo mật", "dữ liệu cá nhân"])))
    rel = c.related(r.randint(2, 3))
    if rel:
        s.append(W("BÀI VIẾT CÙNG CHỦ ĐỀ"))
        for h, t in rel:
            s.append(F("related", f"{h} - {t}" if t else h))
    s += [W("Bản quyền © ANM Online. Giấy phép số 97/GP-BTTTT")]
    return s


def L15_xungkich(c):
    """Youth paper: header date, 'NHÓM PHÓNG VIÊN' byline under title, gallery captions 'Ảnh n/m:',
    comments with names and reply row, numbered 'Đọc thêm'."""
    r, nm = c.r, c.nm
    c.group(1, 3)
    s = [W(c.d("{wd}, {dd}/{mm}/{y}")), ("S", "THANH NIÊN XUNG KÍCH"),
         W("Thời sự | Đoàn - Hội | Tình nguyện | Chiến sĩ trẻ | Giải trí"), ("T", c.title),
         F("byline", r.choice(["NHÓM PHÓNG VIÊN", f"{nm.pen().upper()} - {nm.pen().upper()}"])),
         ("D", c.d("{dd}/{mm}/{y} {HH}:{MM}"))]
    ins = {}
    sp = c.spots(r.randint(1, 2))
    tot = len(sp) + r.randint(2, 4)
    for i, p in enumerate(sp):
        ins[p] = [F("caption", f"Ảnh {i + 1}/{tot}: " + c.caption(r.choice(["army", "gov"])))]
    s += c.body_with(ins)
    rel = c.related(r.randint(2, 4))
    if rel:
        s.append(W("ĐỌC THÊM"))
        s += [F("related", f"{i + 1}. {h}") for i, (h, _) in enumerate(rel)]
    s += [W(f"Bình luận ({r.randint(2, 5)})"),
          W(f"{nm.person()}: {r.choice(['Rất tự hào về các bạn trẻ!', 'Cảm ơn bài viết ý nghĩa.', 'Mong có thêm nhiều hoạt động như thế này.'])}"),
          W(f"Thích · Trả lời · {r.randint(2, 23)} giờ trước"),
          W("Viết bình luận..."),
          W("Thanh niên Xung kích - Giấy phép số 88/GP-BTTTT")]
    return s


def L16_ngoaigiao(c):
    """Foreign-affairs site: breadcrumb, compiler byline top, captions with '(Ảnh: Tư liệu)', 'Nguồn:' credit line,
    related bullets inside the body, print + newsletter widgets, '(theo X)' signature."""
    r, nm = c.r, c.nm
    c.group(2, 3)
    s = [("S", "Thế giới & Ngoại giao"), W("Trang chủ › " + ("Ngoại giao › Hợp tác quốc phòng" if c.topic == "army" else "Thời sự › Trong nước")), ("T", c.title),
         F("byline", f"{nm.pen()} (tổng hợp)"), ("D", c.d("{dd}/{mm}/{y} {HH}:{MM}"))]
    ins = {}
    sp = c.spots(2)
    if sp:
        ins[sp[0]] = [F("caption", with_credit(c.caption("gov"), "Ảnh: Tư liệu", "paren"))]
    rel = c.related(r.randint(2, 3))
    if rel and len(sp) > 1:
        ins[sp[1]] = [W("Tin liên quan")] + [F("related", "• " + h) for h, _ in rel]
    s += c.body_with(ins)
    s.append(F("credit", "Nguồn: " + r.choice(["Đông Á Thời báo", "Hãng tin Nam Hải", "Tạp chí Châu Á Ngày nay"])))
    s += [W("Bản in | Gửi bài viết"), W("ĐĂNG KÝ NHẬN BẢN TIN"), W("Nhập email của bạn"), W("Đăng ký"),
          W("© Thế giới & Ngoại giao. Giấy phép số 250/GP-BTTTT")]
    return s


def L17_thanhtra(c):
    """Inspection journal: legal-basis box (decree/decision list) above body, long paragraphs,
    academic byline at the end, attachment download, dated related."""
    r, nm = c.r, c.nm
    c.group(2, 4)
    y = c.date.year
    s = [("S", "TẠP CHÍ THANH TRA CÔNG VỤ"), W("Thanh tra | Tiếp công dân | Phòng chống tham nhũng | Văn bản mới"),
         ("T", c.title), ("D", c.d("{dd}/{mm}/{y}"))]
    if c.official or c.topic == "police":
        s += [W("Căn cứ pháp lý:"),
              W(f"- Nghị định số {r.randint(30, 150)}/{y - 1}/NĐ-CP quy định chi tiết một số điều của Luật Thanh tra"),
              W(f"- Quyết định số {r.randint(100, 2500)}/QĐ-TTg ngày {r.randint(1, 28)}/{r.randint(1, 12)}/{y - 1}")]
    ins = {}
    for p in c.spots(1):
        ins[p] = [F("caption", c.caption("gov"))]
    s += c.body_with(ins)
    s.append(F("byline", f"ThS. {nm.person()} - Thanh tra tỉnh {r.choice(['Bình Lâm', 'Tân Lĩnh', 'Hoà Nguyên'])}"))
    s += [W("Tài liệu đính kèm"), W(f"Ket-luan-thanh-tra-so-{r.randint(10, 99)}-KL-TTr.pdf ({r.randint(100, 900)} KB) - Tải xuống")]
    rel = c.related(r.randint(3, 5))
    if rel:
        s.append(W("Tin đã đưa"))
        for h, _ in rel:
            t = c.rdate(2, 60)
            s.append(F("related", f"{t.day:02d}/{t.month:02d}/{t.year} - {h}"))
    s += [W("Tạp chí Thanh tra Công vụ. Giấy phép số 301/GP-BTTTT. Email: tcttcv@thanhtra.vn")]
    return s


def L18_danvan(c):
    """Mass-mobilisation site: 'Bài: X - Ảnh: Y' byline, captions, video box with 'Video:' credit, poll,
    '»' related, footer."""
    r, nm = c.r, c.nm
    c.group(1, 3)
    s = [("S", "DÂN VẬN ONLINE"), W("Tin tức | Dân vận khéo | Tôn giáo - Dân tộc | Chính sách | Video"),
         ("T", c.title), ("D", c.d("{dd}/{mm}/{y} {HH}:{MM}")),
         F("byline", f"Bài: {nm.pen().upper()} - Ảnh: {nm.pen().upper()}")]
    ins = {}
    sp = c.spots(2)
    if sp:
        ins[sp[0]] = [F("caption", c.caption(r.choice(["party", "gov"])))]
    if len(sp) > 1:
        ins[sp[1]] = [W("▶ Xem video"), F("credit", "Video: Dân vận Online")]
    s += c.body_with(ins)
    s += [W("THĂM DÒ Ý KIẾN"), W("Bạn đánh giá thế nào về công tác dân vận ở cơ sở hiện nay?"),
          W("Rất hiệu quả"), W("Khá hiệu quả"), W("Cần đổi mới"), W("Biểu quyết | Xem kết quả")]
    rel = c.related(r.randint(3, 4))
    if rel:
        s.append(W("Tin cùng chuyên mục"))
        s += [F("related", "» " + h) for h, _ in rel]
    s += [W("Dân vận Online - Giấy phép số 175/GP-BTTTT"), W("Liên hệ quảng cáo: " + nm.phone("0243"))]
    return s


def L19_congan(c):
    """Provincial police portal: hotline header, menu, 'Đăng ngày' date, caption with credit, rank byline with office,
    citizen feedback widget, dated 'Tin khác', footer naming the deputy director."""
    r, nm = c.r, c.nm
    c.group(1, 2)
    s = [W(f"Đường dây nóng: {nm.phone('0274')} | Tiếp nhận tin báo: 113"), ("S", "CÔNG AN TỈNH BÌNH LÂM"),
         W("Trang chủ | Giới thiệu | Tin tức | Hướng dẫn thủ tục | Truy nã | Hỏi đáp"), ("T", c.title),
         ("D", c.d("Đăng ngày {dd}/{mm}/{y}, {HH}:{MM}"))]
    ins = {}
    for p in c.spots(r.randint(1, 2)):
        ins[p] = [F("caption", with_credit(c.caption("police"), "Ảnh: CATBL", "dot"))]
    s += c.body_with(ins)
    s.append(F("byline", f"{nm.rank()} {nm.person()} - " + r.choice(["Phòng Tham mưu", "Phòng Cảnh sát hình sự",
                                                                    "Phòng An ninh chính trị nội bộ"])))
    s += [W("GỬI PHẢN ÁNH, KIẾN NGHỊ VỀ AN NINH TRẬT TỰ"), W("Họ tên người gửi"), W("Số điện thoại"),
          W("Nội dung phản ánh"), W("Gửi phản ánh"), W("Hòm thư góp ý: gopy@congan.binhlam.gov.vn")]
    rel = c.related(r.randint(3, 5))
    if rel:
        s.append(W("Tin khác"))
        for h, _ in rel:
            t = c.rdate()
            s.append(F("related", f"{h} - {t.day:02d}/{t.month:02d}/{t.year}"))
    s += [W(f"Giấy phép số {r.randint(10, 90)}/GP-TTĐT. Chịu trách nhiệm nội dung: Đại tá {nm.person(False)} - "
            "Phó Giám đốc Công an tỉnh"), W("Bản quyền © Công an tỉnh Bình Lâm")]
    return s


LAYOUTS = [L00_quandoi, L01_portal_tinh, L02_nghitruong, L03_anninh, L04_baohoanguyen, L05_phongthu,
           L06_biencuong, L07_chinhsu, L08_phapluat, L09_truyenhinh, L10_huyen, L11_cuubinh, L12_nambo,
           L13_quankhu, L14_anm, L15_xungkich, L16_ngoaigiao, L17_thanhtra, L18_danvan, L19_congan]


# --------------------------------------------------------------------------- faults
FAULTS = ("nbsp", "zwsp", "dblspace", "glue", "nfd")


def _map_strings(specs, fn, pick):
    """Apply fn to selected strings. pick(idx) decides per spec."""
    out = []
    for i, sp in enumerate(specs):
        if sp[0] == "B":
            items = [fn(x) if pick(i, j) else x for j, x in enumerate(sp[1])]
            out.append(("B", items))
        elif sp[0] == "F":
            out.append(("F", sp[1], fn(sp[2]) if pick(i, -1) else sp[2]))
        else:
            out.append((sp[0], fn(sp[1]) if pick(i, -1) else sp[1]))
    return out


def apply_faults(specs, row):
    fr = R(row, "fault")
    if fr.random() >= 0.27:
        return specs, []
    chosen = fr.sample(FAULTS, 1 if fr.random() < 0.7 else 2)
    applied = []
    for f in chosen:
        if f == "glue":
            cands = [(i, j) for i, sp in enumerate(specs) if sp[0] == "B"
                     for j in range(len(sp[1]) - 1) if sp[1][j].endswith(".") and sp[1][j + 1][:1].isupper()]
            if not cands:
                continue
            i, j = fr.choice(cands)
            items = list(specs[i][1])
            items[j:j + 2] = [items[j] + items[j + 1]]
            specs = specs[:i] + [("B", items)] + specs[i + 1:]
        elif f == "nbsp":
            sel = {i for i in range(len(specs)) if fr.random() < 0.4}

            def fn(x):
                return "".join("\u00a0" if ch == " " and fr.random() < 0.3 else ch for ch in x)
            specs = _map_strings(specs, fn, lambda i, j: i in sel)
        elif f == "zwsp":
            cands = [(i, j) for i, sp in enumerate(specs) if sp[0] == "B" for j in range(len(sp[1]))]
            cands += [(i, -1) for i, sp in enumerate(specs) if sp[0] == "F"]
            sel = set(fr.sample(cands, min(len(cands), fr.randint(1, 3))))

            def fn(x):
                ws = [m for m in re.finditer(r"\w{4,}", x)]
                if not ws:
                    return x
                m = fr.choice(ws)
                k = m.start() + len(m.group(0)) // 2
                return x[:k] + "\u200b" + x[k:]
            specs = _map_strings(specs, fn, lambda i, j: (i, j) in sel)
        elif f == "dblspace":
            cands = [(i, j) for i, sp in enumerate(specs) if sp[0] == "B" for j in range(len(sp[1]))]
            cands += [(i, -1) for i, sp in enumerate(specs) if sp[0] == "F" and " " in sp[2]]
            sel = {fr.choice(cands)}

            def fn(x):
                pos = [k for k, ch in enumerate(x) if ch == " "]
                if not pos:
                    return x
                k = fr.choice(pos)
                return x[:k] + "  " + x[k + 1:]
            specs = _map_strings(specs, fn, lambda i, j: (i, j) in sel)
        elif f == "nfd":
            specs = _map_strings(specs, lambda x: unicodedata.normalize("NFD", x), lambda i, j: True)
        applied.append(f)
    return specs, applied


# --------------------------------------------------------------------------- assembly + check
def assemble(specs, layout):
    lines, body, furn = [], [], []
    for sp in specs:
        if sp[0] == "B":
            body.extend(sp[1])
            lines.append(" ".join(sp[1]))
        elif sp[0] == "F":
            furn.append((sp[1], sp[2]))
            lines.append(sp[2])
        else:
            lines.append(sp[1])
    return Page("\n".join(lines), body, furn, layout)


def check_page(p):
    lines = p.text.split("\n")
    for ln in lines:
        if not ln or ln != ln.strip():
            raise ValueError(f"blank or unstripped line: {ln!r}")
    if len(p.body) < 3:
        raise ValueError("fewer than 3 body items")
    for b in p.body:
        if not b or "\n" in b or b != b.strip() or b not in p.text:
            raise ValueError(f"bad body item {b!r}")
    for k, ln in p.furniture:
        if k not in KINDS:
            raise ValueError(f"bad kind {k}")
        if not ln or "\n" in ln:
            raise ValueError("bad furniture line")
    # independent walk
    bi = fi = 0
    unl = []
    for ln in lines:
        if fi < len(p.furniture) and ln == p.furniture[fi][1]:
            fi += 1
            continue
        for n in range(1, 5):
            if bi + n <= len(p.body) and " ".join(p.body[bi:bi + n]) == ln:
                bi += n
                break
        else:
            unl.append(ln)
    if bi != len(p.body) or fi != len(p.furniture):
        raise ValueError(f"walk did not use up labels ({bi}/{len(p.body)}, {fi}/{len(p.furniture)})")
    if len(unl) > 3:
        raise ValueError(f"more than 3 unlabelled lines: {unl}")
    if len({norm(u) for u in unl}) != len(unl):
        raise ValueError("repeated unlabelled line")
    keys = {norm(b) for b in p.body}
    for ln in unl + [f for _, f in p.furniture]:
        if norm(ln) in keys:
            raise ValueError(f"non-body line equals a body sentence: {ln!r}")
    title_keys = {norm(u) for u in unl}
    for k, ln in p.furniture:
        if k == "related" and (norm(ln) in keys or norm(ln) in title_keys):
            raise ValueError(f"related line equals title/body: {ln!r}")
    return True


def build_related(rows):
    pool = []
    for _, t, a in rows:
        h = detok(t)
        if not h:
            continue
        pool.append((h, teaser_of(a)))
    return pool


def pages(path):
    path = pathlib.Path(path)
    FAULT_LOG.clear()
    ROW_LOG.clear()
    body_rows, rel_rows = read_rows(path)
    pool = build_related(rel_rows)
    out = []
    for k, (row, t, a) in enumerate(body_rows):
        title = detok(t)
        sents = story_sentences(title, a)
        if len(sents) < 3 or not title:
            continue
        fn = LAYOUTS[k % len(LAYOUTS)]
        c = Ctx(row, title, sents, pool, k % len(LAYOUTS))
        specs = fn(c)
        specs = [(sp[0], [unicodedata.normalize("NFC", x) for x in sp[1]]) if sp[0] == "B" else
                 (("F", sp[1], unicodedata.normalize("NFC", sp[2])) if sp[0] == "F" else
                  (sp[0], unicodedata.normalize("NFC", sp[1]))) for sp in specs]
        specs, applied = apply_faults(specs, row)
        name = fn.__name__
        p = assemble(specs, name)
        check_page(p)
        out.append(p)
        FAULT_LOG[id(p)] = applied
        ROW_LOG[id(p)] = row
    return out


FAULT_LOG = {}
ROW_LOG = {}


def main(argv):
    path = argv[1] if len(argv) > 1 else "/work/shared/data/vietnews_train.jsonl.gz"
    ps = pages(path)
    cols = ["pages", "body", "byline", "credit", "caption", "related", "widget", "faults"]
    tab = {}
    fault_kinds = {}
    for p in ps:
        t = tab.setdefault(p.layout, dict.fromkeys(cols, 0))
        t["pages"] += 1
        t["body"] += len(p.body)
        for k, _ in p.furniture:
            t[k] += 1
        fl = FAULT_LOG.get(id(p), [])
        if fl:
            t["faults"] += 1
        for f in fl:
            fault_kinds[f] = fault_kinds.get(f, 0) + 1
    print(f"{'layout':<20}" + "".join(f"{c:>9}" for c in cols))
    tot = dict.fromkeys(cols, 0)
    for name in [f.__name__ for f in LAYOUTS]:
        t = tab.get(name, dict.fromkeys(cols, 0))
        print(f"{name:<20}" + "".join(f"{t[c]:>9}" for c in cols))
        for c in cols:
            tot[c] += t[c]
    print(f"{'TOTAL':<20}" + "".join(f"{tot[c]:>9}" for c in cols))
    print("fault kinds: " + ", ".join(f"{k}={fault_kinds.get(k, 0)}" for k in FAULTS))


if __name__ == "__main__":
    main(sys.argv)
