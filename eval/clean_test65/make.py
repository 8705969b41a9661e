#!/usr/bin/env python3
"""Held-out evaluation set `test65` for a cleaner of scraped Vietnamese news pages.

Theme: provincial and public-sector pages (provincial party papers, provincial radio-TV
stations, district / commune / city portals, department and agency portals, mass-organisation
papers).  Every outlet, person, phone, address and URL on the furniture is invented.

Usage:  python3 make.py /work/shared/data/vietnews_train.jsonl.gz [--show K[,K...]]

Standard library only.  `pages(path)` returns a list of Page(text, body, furniture, layout)
and raises ValueError if any page breaks the labelling contract (see README.md).
"""
import gzip
import json
import random
import re
import sys
import unicodedata
from collections import Counter, namedtuple
from datetime import datetime, timedelta

SET_NAME = "test65"
SEED = 6565
BODY_ROWS = range(18_900, 19_000)
RELATED_ROWS = range(17_300, 17_400)
KINDS = ("byline", "credit", "caption", "related", "widget")

Page = namedtuple("Page", "text body furniture layout")


def rng_for(row, purpose):
    return random.Random(f"{SET_NAME}|{SEED}|{row}|{purpose}")


# ---------------------------------------------------------------------------
# normalisation used by the contract
# ---------------------------------------------------------------------------
ZW_RE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
WS_RE = re.compile(r"\s+")


def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = ZW_RE.sub("", s)
    s = WS_RE.sub("", s)
    return s.casefold()


# ---------------------------------------------------------------------------
# reading the input
# ---------------------------------------------------------------------------
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
    t, a = obj.get("title"), obj.get("article")
    if not isinstance(t, str) or not isinstance(a, str):
        return None
    if not t.strip() or not a.strip():
        return None
    return t, a


def read_rows(path):
    last = max(BODY_ROWS[-1], RELATED_ROWS[-1])
    body, related = [], []
    with gzip.open(path, "rb") as fh:
        for i, raw in enumerate(fh):
            if i > last:
                break
            in_body, in_rel = i in BODY_ROWS, i in RELATED_ROWS
            if not (in_body or in_rel):
                continue
            rec = _parse(raw)
            if rec is None:
                continue
            title, article = rec
            if in_rel:
                related.append((i, title, article[:1200]))
            else:
                body.append((i, title, article))
    return body, related


# ---------------------------------------------------------------------------
# detokenising and sentence splitting
# ---------------------------------------------------------------------------
def _pair_double(s):
    parts = s.split('"')
    out = parts[0]
    for i, p in enumerate(parts[1:]):
        if i % 2 == 0:          # opening quote: glue to the next word
            out = out + '"' + p.lstrip()
        else:                   # closing quote: glue to the previous word
            out = out.rstrip() + '"' + p
    return out


def _pair_single(s):
    toks = s.split(" ")
    idx = [i for i, t in enumerate(toks) if t in ("'", "‘", "’")]
    if not idx:
        return s
    out, opener = [], True
    i = 0
    while i < len(toks):
        t = toks[i]
        if t in ("'", "‘", "’"):
            if opener and i + 1 < len(toks):
                toks[i + 1] = "'" + toks[i + 1]
            elif out:
                out[-1] = out[-1] + "'"
            opener = not opener
            i += 1
            continue
        out.append(t)
        i += 1
    return " ".join(out)


def detok(s):
    s = unicodedata.normalize("NFC", s)
    s = s.replace("_", " ").replace("\u00a0", " ")
    s = ZW_RE.sub("", s)
    s = WS_RE.sub(" ", s).strip()
    s = s.replace("“", '"').replace("”", '"').replace("″", '"')
    s = _pair_double(s)
    s = _pair_single(s)
    s = re.sub(r"\s+([,.;:!?%…)\]])", r"\1", s)
    s = re.sub(r"([(\[])\s+", r"\1", s)
    s = re.sub(r"(?<=\S) / (?=\S)", "/", s)
    s = re.sub(r"\.\s\.\s\.", "...", s)
    return WS_RE.sub(" ", s).strip()


ABBR = {"TP", "Tp", "TS", "GS", "PGS", "ThS", "Ths", "BS", "KS", "Q", "P", "TX", "TT",
        "NXB", "Mr", "Mrs", "Ms", "Dr", "St", "CN", "PV", "Th.S", "ĐH", "Bs", "Ts"}
SPLIT_RE = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s)")


def split_sentences(t):
    out, start = [], 0
    for m in SPLIT_RE.finditer(t):
        j = m.end()
        while j < len(t) and t[j].isspace():
            j += 1
        if j >= len(t):
            break
        nxt = t[j]
        if not (nxt.isupper() or nxt.isdigit() or nxt in "\"“‘'("):
            continue
        g = m.group()
        if g[0] == "." and not g.startswith(".."):
            w = re.search(r"(\S+)$", t[start:m.start()])
            word = w.group(1).lstrip("(\"“'") if w else ""
            prev = t[start:m.start()].split()[-2:-1]
            initial = (len(word) == 1 and word.isalpha() and word.isupper()
                       and not (prev and prev[0].lower() in ("châu", "miền", "khu", "loại", "hạng", "tầng", "lô")))
            if word in ABBR or initial or re.fullmatch(r"(?:\w\.)+\w?", word):
                continue
        out.append(t[start:m.end()].strip())
        start = j
    tail = t[start:].strip()
    if tail:
        out.append(tail)
    return out


CAPTION_RE = re.compile(
    r"(?i)(ảnh\s*:|\(ảnh|ảnh minh|ảnh chụp|ảnh cắt|video|clip|minh ho[aạ]|minh họa|"
    r"\((?:trái|phải|giữa)\)|nguồn\s*:|đồ ho[aạ]|đồ họa|infographic|trong ảnh|photo|"
    r"từ trái (?:qua|sang)|xem thêm|tin liên quan|http|www\.|@|\.vn\b|\.com\b)")
CAPTION_CS_RE = re.compile(r"\bẢnh\s+[A-ZĐ]|\bẢnh\s*$|\(Theo [^)]*\)")
THEO_MID_RE = re.compile(r"(?<=\S)\s+Theo\s+[A-ZĐ]")
REPORT_RE = re.compile(
    r"\b(cho biết|cho hay|nói|khẳng định|chia sẻ|nhấn mạnh|thông tin|kể|tâm sự|bày tỏ|"
    r"giải thích|thừa nhận|cho rằng|nhận định|phát biểu|trả lời|xác nhận|tiết lộ|khai|"
    r"nhận xét|thông báo|lý giải|bộc bạch|nhớ lại|kiến nghị|đề xuất|phản ánh|nêu rõ|"
    r"khuyến cáo|nhắc lại|chỉ đạo|yêu cầu|dẫn lời|trình bày|tuyên bố|đánh giá|báo cáo)\b")
CONNECT_RE = re.compile(
    r"^(Tuy nhiên|Ngoài ra|Trong khi đó|Bên cạnh đó|Theo đó|Do đó|Vì vậy|Vì thế|Đồng thời|"
    r"Trước đó|Sau đó|Hiện nay|Hiện tại|Cũng theo|Mặc dù|Thế nhưng|Nhưng|Song|Trước đây|"
    r"Do vậy|Chính vì|Đặc biệt|Ngay sau đó|Cụ thể|Như vậy|Điều này|Mặt khác|Tiếp đó|"
    r"Cùng ngày|Cùng với đó|Đáng chú ý|Thậm chí|Ngoài việc|Không chỉ|Từ đó|Sau khi|"
    r"Trước khi|Khi|Nếu|Dù|Tuy|Còn|Theo)\b")
HEAD_GLUE_RE = re.compile(
    r"(?<![\w])(?!(?:tỉnh|huyện|xã|phường|quận|thành phố|thị xã|thị trấn|nước|người|đường|"
    r"sông|núi|chùa|đảo|làng|thôn|bản|ấp|miền|vùng|hồ|cầu|chợ|phố|TP|đền|xóm|khu|tổ|tiếng|và|với)\s)"
    r"[a-zà-ỹđ0-9]+\s+(Theo|Ông|Bà|Anh|Chị|Trong|Tại|Sau|Hiện|Khi|Chiều|Sáng|Tối|Trưa|Ngày|"
    r"Trước|Với|Cũng|Tuy|Nhưng|Còn|Đây|Hôm|Lúc|Vào|Từ|Do|Để|Không|Nhiều|Các|Những|Người|"
    r"Bên|Ngoài|Thế|Dù|Mặc|Như|Vì|Nếu|Đến)\s")


def _quotes_ok(s):
    if s.count("(") != s.count(")") or s.count("[") != s.count("]"):
        return False
    if s.count("“") != s.count("”") or s.count("‘") != s.count("’"):
        return False
    for q in ('"', "'"):
        pos = [i for i, ch in enumerate(s) if ch == q]
        if q == "'":
            pos = [i for i in pos if not (0 < i < len(s) - 1 and s[i - 1].isalpha() and s[i + 1].isalpha())]
        if len(pos) % 2:
            return False
        for k, i in enumerate(pos):
            before = s[i - 1] if i > 0 else " "
            after = s[i + 1] if i + 1 < len(s) else " "
            if k % 2 == 0:
                if after.isspace() or not (before.isspace() or before in "(["):
                    return False
            else:
                if before.isspace() or not (after.isspace() or after in ",.;:!?…)]"):
                    return False
    return True


def keep_sentence(s):
    words = s.split()
    n = len(words)
    if n < 8 or n > 110:
        return False
    if any(ch in s for ch in "|•»«"):
        return False
    if CAPTION_RE.search(s) or CAPTION_CS_RE.search(s):
        return False
    if not re.search(r"[.!?…][\"'”’)\]]*$", s):
        return False
    first = s.lstrip("\"“‘'(")
    if not first or not (first[0].isupper() or first[0].isdigit()):
        return False
    if ":" in " ".join(words[:6]):
        return False
    if THEO_MID_RE.search(s):
        return False
    if not _quotes_ok(s):
        return False
    if HEAD_GLUE_RE.search(s):
        return False
    caps = 0
    for w in words:
        core = re.sub(r"\W", "", w)
        caps = caps + 1 if (len(core) > 1 and core.isupper()) else 0
        if caps >= 3:
            return False
    short = n <= 22 or (n <= 30 and "," not in s)
    if short and not (REPORT_RE.search(s) or CONNECT_RE.match(first)):
        return False
    return True


def take_story(title, article):
    t = detok(title)
    kept, seen = [], {norm(t)}
    for s in split_sentences(detok(article)):
        if not keep_sentence(s):
            continue
        k = norm(s)
        if k in seen:
            continue
        seen.add(k)
        kept.append(s)
    return t, kept


def curly(s):
    out, opener = [], True
    for ch in s:
        if ch == '"':
            out.append("“" if opener else "”")
            opener = not opener
        else:
            out.append(ch)
    return "".join(out)


def teaser_of(article, rng):
    sents = [s for s in split_sentences(detok(article[:1200]))
             if re.search(r"[.!?…]$", s) and len(s.split()) >= 18 and not CAPTION_RE.search(s)
             and not CAPTION_CS_RE.search(s) and ":" not in " ".join(s.split()[:6])
             and s[:1].isupper()]
    if not sents:
        return None
    t = sents[0]
    words = t.split()
    limit = rng.randint(24, 36)
    if len(words) > limit:
        t = " ".join(words[:limit]).rstrip(",;:") + "..."
    return t


# ---------------------------------------------------------------------------
# things taken from the story for captions and tags
# ---------------------------------------------------------------------------
HON = {"ông": "Ông", "bà": "Bà", "anh": "Anh", "chị": "Chị", "Ông": "Ông", "Bà": "Bà",
       "Anh": "Anh", "Chị": "Chị"}
OFFICIAL_RE = re.compile(r"Chủ tịch|Giám đốc|Bí thư|Trưởng|Phó|trưởng|Thứ trưởng|Cục|"
                         r"Thượng tá|Đại tá|Trung tá|Thiếu tá|Tổng|Viện|Sở")
PLACE_CLS = ("thành phố", "thị xã", "thị trấn", "tỉnh", "huyện", "xã", "phường", "quận", "thôn", "TP")


def _cap_word(x):
    return len(x) > 1 and x[0].isupper() and x[1:].islower() and x.isalpha()


def find_people(sents):
    res, seen = [], set()
    for s in sents:
        ws = s.split()
        for i, w in enumerate(ws[:-1]):
            if w not in HON:
                continue
            names = []
            for x in ws[i + 1:i + 5]:
                if x[:1] in "(\"“'":
                    break
                core = x.strip(",.;:!?)\"“”'(")
                if _cap_word(core):
                    names.append(core)
                    if core != x:
                        break
                else:
                    break
            if not names or len(names) > 4:
                continue
            nm = " ".join(names)
            if nm in seen:
                continue
            seen.add(nm)
            after = " ".join(ws[i + 1 + len(names):i + 12])
            res.append((HON[w], nm, bool(OFFICIAL_RE.search(after)) and len(names) >= 2))
    return res


def find_places(sents):
    res, seen = [], set()
    for s in sents:
        ws = s.split()
        for i in range(len(ws)):
            for cls in PLACE_CLS:
                cw = cls.split()
                if ws[i:i + len(cw)] != cw:
                    continue
                if cls == "xã" and i > 0 and ws[i - 1] == "thị":
                    continue
                names = []
                for x in ws[i + len(cw):i + len(cw) + 3]:
                    if x[:1] in "(\"“'":
                        break
                    core = x.strip(",.;:!?)\"“”'(")
                    if _cap_word(core):
                        names.append(core)
                        if core != x:
                            break
                    else:
                        break
                if names:
                    pl = cls + " " + " ".join(names)
                    if pl not in seen:
                        seen.add(pl)
                        res.append(pl)
    return res


SECTION_KEYS = [
    ("phapluat", r"công an|bắt giữ|khởi tố|tử vong|tai nạn|điều tra|đối tượng|vụ án|tòa|toà|trộm|"
                 r"ma túy|ma tuý|hung thủ|nghi phạm|cháy|chìm|đuối nước|va chạm|cảnh sát|buôn lậu|lậu|CSGT"),
    ("thethao", r"bóng đá|HLV|cầu thủ|giải đấu|V-League|SEA Games|huy chương|đội tuyển"),
    ("giaoduc", r"học sinh|giáo viên|trường học|sinh viên|kỳ thi|thí sinh|giáo dục|đại học"),
    ("yte", r"bệnh viện|bác sĩ|bệnh nhân|y tế|dịch bệnh|sốt xuất huyết|vắc xin|vaccine"),
    ("quocte", r"Trung Quốc|nước Mỹ|người Mỹ|Nhật Bản|Hàn Quốc|Tổng thống|Triều Tiên|châu Âu|Thái Lan|Philippines"),
    ("giaothong", r"ôtô|xe máy|tài xế|xe khách|xe tải|giao thông|cao tốc|quốc lộ|máy bay|hàng không|"
                  r"sân bay|tàu hỏa|tàu hoả|BOT|trạm thu phí|cây cầu|sập cầu|mặt cầu|cầu vượt"),
    ("kinhte", r"doanh nghiệp|tỷ đồng|xuất khẩu|giá|ngân hàng|thị trường|đầu tư|thuế"),
    ("nongnghiep", r"nông dân|lúa|chăn nuôi|cây trồng|thủy sản|thuỷ sản|nông nghiệp|vụ mùa"),
    ("moitruong", r"thiên tai|lũ|bão|môi trường|ô nhiễm|rác|sạt lở|mưa lớn"),
]


def detect_section(title, sents):
    text = title + " " + " ".join(sents[:3])
    best, score = "xahoi", 0
    for key, pat in SECTION_KEYS:
        n = len(re.findall(r"(?<!\w)(?:" + pat + r")(?!\w)", text))
        if n > score:
            best, score = key, n
    return best


GENERIC_CAPTIONS = {
    "phapluat": ["Lực lượng chức năng khám nghiệm hiện trường vụ việc.",
                 "Cơ quan công an làm việc tại hiện trường.",
                 "Lực lượng cứu nạn, cứu hộ tìm kiếm tại khu vực xảy ra sự việc.",
                 "Hiện trường vụ việc được phong tỏa để phục vụ công tác điều tra"],
    "thethao": ["Các vận động viên tranh tài tại giải đấu.", "Lễ trao giải cho các đội xuất sắc.",
                "Khán giả cổ vũ trên khán đài"],
    "giaoduc": ["Giờ học của cô và trò tại điểm trường.", "Học sinh trong buổi học ngoại khóa.",
                "Các em học sinh được tặng quà tại buổi lễ"],
    "yte": ["Bác sĩ thăm khám cho bệnh nhân.", "Nhân viên y tế hướng dẫn người dân làm thủ tục khám bệnh.",
            "Khu điều trị tại bệnh viện tuyến tỉnh"],
    "quocte": ["Quang cảnh một cuộc họp báo quốc tế.", "Người dân theo dõi tin tức trên màn hình lớn.",
               "Toàn cảnh hội nghị cấp cao"],
    "kinhte": ["Hoạt động sản xuất tại một doanh nghiệp trên địa bàn.",
               "Người dân giao dịch tại quầy.", "Hàng hóa được bày bán tại chợ trung tâm"],
    "nongnghiep": ["Nông dân thu hoạch trên cánh đồng.", "Cán bộ khuyến nông hướng dẫn bà con chăm sóc cây trồng.",
                   "Mô hình chăn nuôi tập trung của hộ gia đình"],
    "moitruong": ["Lực lượng chức năng khắc phục hậu quả sau mưa lũ.", "Nước dâng cao tại khu vực trũng thấp.",
                  "Người dân dọn dẹp vệ sinh môi trường"],
    "giaothong": ["Phương tiện lưu thông trên tuyến đường.", "Lực lượng CSGT điều tiết giao thông tại khu vực.",
                  "Một đoạn tuyến qua địa bàn"],
    "xahoi": ["Một góc khu dân cư trên địa bàn.", "Đoàn công tác thăm hỏi, động viên người dân.",
              "Người dân theo dõi sự việc", "Hình ảnh ghi nhận tại khu vực"],
}
SECTION_NAMES = {"phapluat": "Pháp luật", "thethao": "Thể thao", "giaoduc": "Giáo dục",
                 "yte": "Y tế", "quocte": "Quốc tế", "kinhte": "Kinh tế", "nongnghiep": "Nông nghiệp",
                 "moitruong": "Tài nguyên - Môi trường", "giaothong": "Giao thông", "xahoi": "Xã hội"}

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
          "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Lương", "Trịnh", "Mai", "Tạ", "Hà", "Lò", "Cầm", "Quách"]
MIDDLE = ["Văn", "Thị", "Minh", "Thu", "Quốc", "Hữu", "Đức", "Thanh", "Ngọc", "Xuân", "Hồng", "Kim",
          "Công", "Bá", "Thùy", "Diệu", "Mạnh", "Trọng", "Phương", "Hải"]
GIVEN = ["Hòa", "Trang", "Hùng", "Nhung", "Tuấn", "Lan", "Hà", "Dũng", "Phương", "Hải", "Yến", "Long",
         "Thắng", "Thảo", "Quân", "Huyền", "Sơn", "Vinh", "Khánh", "Loan", "Tâm", "Nga", "Bình", "Chung",
         "Thủy", "Hạnh", "Trung", "Lực", "Phong", "Duyên", "Giang", "Tùng", "Hiền", "Luyến", "Đạt"]
PEN_FIRST = ["Minh", "Thu", "Quốc", "Hữu", "Đức", "Thanh", "Ngọc", "Xuân", "Hồng", "Kim", "Công",
             "Thùy", "Diệu", "Mạnh", "Trọng", "Phương", "Hải", "Việt", "Bảo", "Khánh", "Lan", "Hà", "Tuấn",
             "Duy", "Hoài", "Nam", "Thái", "Lê", "Trần", "Vũ"]
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]


def vn_num(n):
    return f"{n:,}".replace(",", ".")


def upper_vn(s):
    return s.upper()


# ---------------------------------------------------------------------------
# page context handed to the layouts
# ---------------------------------------------------------------------------
class Ctx:
    def __init__(self, row, k, title, sents, rel_pool, layout):
        self.row, self.k, self.layout = row, k, layout
        self.rng = rng_for(row, "layout")
        self.nrng = rng_for(row, "names")
        self.title = title
        self.sents = [curly(s) for s in sents] if layout["quotes"] == "curly" else list(sents)
        if layout["quotes"] == "curly":
            self.title = curly(self.title)
        self.block = {norm(self.title)} | {norm(s) for s in self.sents}
        drng = rng_for(row, "date")
        base = datetime(2016, 1, 1)
        self.d = base + timedelta(days=drng.randrange(1461), hours=drng.randint(6, 21),
                                  minutes=drng.randrange(60))
        self.seen_date = self.d + timedelta(days=drng.randint(0, 40), hours=drng.randint(0, 30))
        self.section = detect_section(title, sents)
        self.people = find_people(sents)
        self.places = find_places(sents + [title])
        self._paras(rng_for(row, "paras"))
        self._related(rel_pool, rng_for(row, "related"))
        self.used = set()

    # -- story ----------------------------------------------------------
    def _paras(self, r):
        lo, hi = self.layout["para"]
        out, i, s = [], 0, self.sents
        first = self.layout.get("lead", 0)
        while i < len(s):
            n = first if (first and not out) else r.randint(lo, hi)
            out.append(s[i:i + n])
            i += n
        self.paras = out

    def body(self):
        return [("B", list(p)) for p in self.paras]

    def weave(self, groups, start=1):
        """Body paragraphs with furniture groups put before paragraphs start.. (gaps inside the
        story); groups that find no gap go after the last paragraph."""
        body = self.body()
        groups = [g for g in groups if g]
        gaps = list(range(max(1, start), len(body)))
        at = {}
        if len(gaps) >= len(groups):
            step = len(gaps) / max(1, len(groups))
            for gi, g in enumerate(groups):
                lo = int(gi * step)
                hi = max(lo, int((gi + 1) * step) - 1)
                at.setdefault(gaps[self.rng.randint(lo, hi)], []).extend(g)
        else:
            for gi, g in enumerate(groups):
                pos = gaps[gi] if gi < len(gaps) else len(body)
                at.setdefault(pos, []).extend(g)
        out = []
        for i, p in enumerate(body):
            out.extend(at.get(i, []))
            out.append(p)
        out.extend(at.get(len(body), []))
        return out

    # -- safe lines -------------------------------------------------------
    def ok(self, line):
        return line and norm(line) not in self.block

    # -- related ----------------------------------------------------------
    def _related(self, pool, r):
        cands = list(pool)
        r.shuffle(cands)
        rel = []
        for row, t, art in cands[:14]:
            h = detok(t)
            if self.layout["quotes"] == "curly":
                h = curly(h)
            te = teaser_of(art, r)
            if te and self.layout["quotes"] == "curly":
                te = curly(te)
            if norm(h) in self.block:
                continue
            if te and (norm(te) in self.block or not _quotes_ok(te)):
                te = None
            rel.append({"h": h, "t": te, "d": self.d - timedelta(days=r.randint(0, 25),
                                                                 minutes=r.randint(20, 900))})
        rel_sorted = sorted(rel[:10], key=lambda x: x["d"], reverse=True)
        self.rel_all = rel_sorted

    def rel(self, n, teaser=False):
        items = [x for x in self.rel_all if (x["t"] or not teaser) and x["h"] not in self.used]
        items = items[:n]
        for x in items:
            self.used.add(x["h"])
        return items

    # -- names and numbers -----------------------------------------------------
    def name(self):
        r = self.nrng
        return f"{r.choice(FAMILY)} {r.choice(MIDDLE)} {r.choice(GIVEN)}"

    def pen(self):
        r = self.nrng
        while True:
            a, b = r.choice(PEN_FIRST), r.choice(GIVEN)
            if a != b:
                return f"{a} {b}"

    def views(self, lo=80, hi=4000):
        return vn_num(self.rng.randint(lo, hi))

    def dmy(self, d=None, sep="/"):
        d = d or self.d
        return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"

    def hm(self, d=None):
        d = d or self.d
        return f"{d.hour:02d}:{d.minute:02d}"

    def wd(self, d=None):
        return WEEKDAYS[(d or self.d).weekday()]

    def sec(self, names=None):
        return (names or SECTION_NAMES).get(self.section, "Xã hội")

    # -- captions -------------------------------------------------------------
    def caption(self, end="."):
        r = self.rng
        cands = []
        for hon, nm, official in self.people:
            if official:
                cands += [f"Đồng chí {nm} phát biểu tại hội nghị",
                          f"Đồng chí {nm} phát biểu chỉ đạo tại buổi làm việc",
                          f"{hon} {nm} trả lời báo chí bên lề hội nghị",
                          f"{hon} {nm} thông tin với báo chí về vụ việc"]
            elif len(nm.split()) >= 2:
                cands += [f"{hon} {nm} trao đổi với phóng viên",
                          f"{hon} {nm} chia sẻ với phóng viên"]
            else:
                cands += [f"{hon} {nm} trò chuyện với phóng viên"]
        for pl in self.places[:4]:
            cands += [f"Một góc {pl} hôm nay",
                      f"Đoàn công tác kiểm tra thực tế tại {pl}",
                      f"Quang cảnh khu vực trung tâm {pl}",
                      f"Cán bộ {pl} trao đổi với người dân"]
        gen = [g.rstrip(".") for g in GENERIC_CAPTIONS[self.section]]
        r.shuffle(cands)
        cands = cands[:4] + gen
        for c in cands:
            line = c + end
            if norm(c) in self.used or not self.ok(line):
                continue
            self.used.add(norm(c))
            return line
        extra = f"Hình ảnh ghi nhận tại cơ sở ngày {self.d.day}/{self.d.month}{end}"
        return extra

    def tags(self, n=4):
        t = [p.split(" ", 1)[1] if p.split(" ", 1)[0] in ("tỉnh", "TP") else p for p in self.places[:3]]
        t += [nm for _, nm, _ in self.people[:1] if len(nm.split()) >= 2]
        t.append(self.sec().lower())
        out = []
        for x in t:
            if x not in out:
                out.append(x)
        return out[:n]


# ---------------------------------------------------------------------------
# the 20 layouts
# ---------------------------------------------------------------------------
def L_bao_halam(c):
    """Provincial party paper: header date, menu, breadcrumb, date above title, ALL-CAPS byline."""
    r = c.rng
    e = [("widget", f"{c.wd(c.seen_date)}, ngày {c.dmy(c.seen_date)}"),
         ("S", "Báo Hà Lam điện tử"),
         ("widget", "Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Hà Lam - Tiếng nói của Đảng bộ, chính quyền và nhân dân các dân tộc tỉnh Hà Lam"),
         ("widget", "Trang chủ Thời sự Chính trị Kinh tế Xã hội Văn hóa Thể thao Quốc phòng - An ninh Bạn đọc Multimedia"),
         ("widget", f"Trang chủ > {c.sec()}"),
         ("D", f"{c.wd()}, {c.dmy()} - {c.hm()}"),
         ("T", c.title)]
    cap = c.caption()
    groups = [[("widget", "Phóng to"), ("caption", f"{cap} (Ảnh: {c.pen()})")]]
    if len(c.paras) > 4:
        groups.append([("caption", c.caption())])
    e += c.weave(groups)
    e.append(("byline", upper_vn(c.pen())))
    e += [("widget", f"Lượt xem: {c.views()}"),
          ("widget", "In trang | Gửi email | Về đầu trang")]
    rel = c.rel(r.randint(4, 6))
    if rel:
        e.append(("widget", "Các tin khác"))
        e += [("related", f"{x['h']} ({c.dmy(x['d'])})") for x in rel]
    e += [("widget", "Giấy phép số 58/GP-BTTTT ngày 12/02/2016 của Bộ Thông tin và Truyền thông"),
          ("widget", "Tổng Biên tập: Phạm Quang Lịch - Phó Tổng Biên tập: Đào Thị Mến, Lương Văn Tú"),
          ("widget", "Địa chỉ: Số 12 đường Trần Hưng Đạo, phường Minh Khai, thành phố Hà Lam"),
          ("widget", "Điện thoại: 0219.3 866 214 - Fax: 0219.3 866 215 - Email: toasoan@baohalam.vn"),
          ("widget", "Ghi rõ nguồn \"Báo Hà Lam điện tử\" khi phát hành lại thông tin từ website này.")]
    return e


def L_dstv(c):
    """Provincial radio-TV station: live channel bar, video player, reporter-camera byline."""
    r = c.rng
    e = [("S", "ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH ĐÔNG SƠN"),
         ("widget", "Trang chủ | Tin tức | Phát thanh | Truyền hình | Chuyên mục | Lịch phát sóng | Liên hệ"),
         ("widget", "Trực tiếp: ĐSTV1 | ĐSTV2 | FM 96,5 MHz"),
         ("widget", f"Tin tức > {c.sec()}"),
         ("T", c.title),
         ("D", f"Cập nhật lúc {c.hm()} ngày {c.dmy()}")]
    video = r.random() < 0.6
    if video:
        e += [("widget", "▶ Xem video"),
              ("widget", f"00:00 / 0{r.randint(1, 4)}:{r.randint(10, 59)}")]
    e += c.weave([[("caption", c.caption(end=""))]] if r.random() < 0.6 else [])
    e.append(("byline", f"{c.pen()} - {c.pen()}"))
    e.append(("widget", "Chia sẻ  Facebook  Zalo" if r.random() < 0.4 else "Chia sẻ bài viết"))
    rel = c.rel(r.randint(3, 5))
    if rel:
        e.append(("widget", "TIN CÙNG CHUYÊN MỤC"))
        e += [("related", f"» {x['h']}") for x in rel]
    e += [("widget", "Lịch phát sóng hôm nay"),
          ("widget", "Bản quyền thuộc Đài Phát thanh và Truyền hình Đông Sơn"),
          ("widget", "Giấy phép số 345/GP-TTĐT do Cục Quản lý Phát thanh, Truyền hình và Thông tin điện tử cấp ngày 20/8/2015"),
          ("widget", "Chịu trách nhiệm nội dung: Giám đốc Đài Trịnh Bá Lâm"),
          ("widget", "Địa chỉ: 88 đại lộ Lê Lợi, thành phố Đông Sơn. ĐT: 0237.3 752 018"),
          ("widget", "Ghi rõ nguồn \"ĐSTV\" khi phát hành lại thông tin từ website này")]
    return e


def L_portal_province(c):
    """Provincial e-government portal (Cổng TTĐT): font switch, attachments, rating, long footer."""
    r = c.rng
    e = [("S", "CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẮC TRÀ"),
         ("widget", "Đăng nhập | Sơ đồ cổng | Liên hệ | English"),
         ("widget", "Giới thiệu  Tin tức - Sự kiện  Chính quyền  Công dân  Doanh nghiệp  Du khách  Văn bản"),
         ("widget", "Trang chủ » Tin tức - Sự kiện » Tin hoạt động của tỉnh"),
         ("widget", "Cỡ chữ: A- A A+"),
         ("T", c.title),
         ("D", f"Ngày đăng: {c.dmy()} | {c.hm()}"),
         ("widget", f"Lượt xem: {c.views(40, 900)}")]
    e += c.weave([[("caption", c.caption())]] if r.random() < 0.5 else [])
    e.append(("byline", f"Tác giả: {c.pen()}"))
    e.append(("credit", r.choice(["Nguồn: Trung tâm Thông tin - Công báo tỉnh",
                                  "Nguồn: Văn phòng UBND tỉnh", "Nguồn: Báo Bắc Trà"])))
    if r.random() < 0.4:
        e += [("widget", "Tệp đính kèm:"),
              ("widget", f"Ke-hoach-so-{r.randint(50, 400)}-KH-UBND.pdf"),
              ("widget", "Tải về")]
    e += [("widget", "Đánh giá bài viết"),
          ("widget", "☆ ☆ ☆ ☆ ☆"),
          ("widget", "In trang | Gửi email | Về đầu trang")]
    rel = c.rel(r.randint(4, 7))
    if rel:
        e.append(("widget", "Các tin khác"))
        e += [("related", f"{x['h']} ({c.dmy(x['d'])})") for x in rel]
    e += [("widget", "Cơ quan chủ quản: Ủy ban nhân dân tỉnh Bắc Trà"),
          ("widget", "Chịu trách nhiệm chính: Ông Vi Văn Thượng - Chánh Văn phòng UBND tỉnh"),
          ("widget", "Giấy phép số 27/GP-TTĐT ngày 03/4/2014 của Cục Quản lý Phát thanh, Truyền hình và Thông tin điện tử"),
          ("widget", "Địa chỉ: Số 1 đường Hoàng Hoa Thám, thành phố Bắc Trà - Điện thoại: 0228.3 845 102"),
          ("widget", f"Số lượt truy cập: {vn_num(c.rng.randint(6_000_000, 19_000_000))}")]
    return e


def L_portal_district(c):
    """District portal: caption + separate photo credit, reporter-station byline, dated related list."""
    r = c.rng
    e = [("widget", "ỦY BAN NHÂN DÂN HUYỆN VĨNH LẠC"),
         ("S", "Cổng thông tin điện tử huyện Vĩnh Lạc"),
         ("widget", "Trang chủ > Tin tức > Tin trong huyện"),
         ("T", c.title),
         ("D", c.dmy())]
    groups = [[("widget", "Ảnh"), ("caption", c.caption()), ("credit", f"Ảnh: {c.pen()}")]]
    if len(c.paras) > 5 and r.random() < 0.5:
        groups.append([("caption", c.caption()), ("credit", f"Ảnh: {c.pen()}")])
    e += c.weave(groups)
    e.append(("byline", f"{c.pen()} - Đài TT huyện"))
    e.append(("widget", f"Lượt xem: {c.views(20, 400)}"))
    rel = c.rel(r.randint(3, 5))
    if rel:
        e.append(("widget", "Tin liên quan"))
        e += [("related", f"- {x['h']} ({c.dmy(x['d'])})") for x in rel]
    e += [("widget", "Bản quyền thuộc UBND huyện Vĩnh Lạc"),
          ("widget", "Trưởng Ban biên tập: Nguyễn Đăng Khoa - Phó Chủ tịch UBND huyện"),
          ("widget", "Địa chỉ: Khu 3, thị trấn Vĩnh Lạc - Điện thoại: 0211.3 862 477 - Email: ubnd@vinhlac.gov.vn"),
          ("widget", f"Đang truy cập: {r.randint(3, 60)} | Tổng lượt truy cập: {vn_num(r.randint(200_000, 900_000))}")]
    return e


def L_portal_commune(c):
    """Commune web page: plain, one-sentence paragraphs, poster name, visit statistics box."""
    r = c.rng
    e = [("S", "TRANG THÔNG TIN ĐIỆN TỬ XÃ TÂN PHONG"),
         ("widget", "Huyện Vĩnh Lạc - Tỉnh Hà Lam"),
         ("widget", "Trang chủ  Giới thiệu  Tin tức  Văn bản  Thủ tục hành chính  Hỏi đáp  Liên hệ"),
         ("widget", "Tin tức > Tin hoạt động"),
         ("T", c.title),
         ("byline", f"Người đăng: {c.name()}"),
         ("D", f"Ngày đăng: {c.dmy()}"),
         ("widget", f"Lượt xem: {c.views(12, 300)}")]
    e += c.body()
    e.append(("widget", "Về trang trước"))
    rel = c.rel(r.randint(3, 6))
    if rel:
        e.append(("widget", "Các bài viết khác:"))
        e += [("related", x["h"]) for x in rel]
    e += [("widget", "LIÊN KẾT WEBSITE"),
          ("widget", "-- Chọn liên kết --"),
          ("widget", "THỐNG KÊ TRUY CẬP"),
          ("widget", f"Đang online: {r.randint(1, 9)}"),
          ("widget", f"Hôm nay: {r.randint(20, 150)}"),
          ("widget", f"Tổng truy cập: {vn_num(r.randint(20_000, 120_000))}"),
          ("widget", "Chịu trách nhiệm nội dung: Chủ tịch UBND xã Tân Phong"),
          ("widget", "Điện thoại: 0219.3 710 553")]
    return e


def L_so_nn(c):
    """Department portal republishing a provincial paper: 'Theo ...' signature, documents sidebar."""
    r = c.rng
    e = [("widget", "SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN"),
         ("S", "Cổng TTĐT Sở Nông nghiệp và PTNT tỉnh Hà Lam"),
         ("widget", "Trang chủ | Giới thiệu | Tin tức | Văn bản pháp quy | Dịch vụ công | Hỏi đáp"),
         ("widget", f"Tin tức - Sự kiện / {c.sec()}"),
         ("T", c.title),
         ("D", f"({c.dmy()} {c.hm()})")]
    groups = []
    if r.random() < 0.6:
        groups.append([("caption", c.caption(end=""))])
    e += c.weave(groups, start=1)
    e.append(("byline", r.choice(["Theo Báo Hà Lam", "Theo baohalam.vn", "Theo Đài PT-TH Hà Lam"])))
    e += [("widget", "[Quay lại]   [In trang]   [Lên đầu trang]")]
    rel = c.rel(r.randint(3, 5))
    if rel:
        e.append(("widget", "Các tin đã đưa"))
        e += [("related", f"{x['h']} - {c.dmy(x['d'])}") for x in rel]
    e += [("widget", "VĂN BẢN MỚI"),
          ("widget", f"Quyết định số {r.randint(100, 2999)}/QĐ-SNN về việc ban hành kế hoạch phòng, chống dịch bệnh gia súc, gia cầm năm {c.d.year}"),
          ("widget", f"Công văn số {r.randint(100, 2999)}/SNN-TTBVTV về việc tăng cường quản lý sinh vật gây hại"),
          ("widget", "Xem tất cả"),
          ("widget", "Cơ quan chủ quản: Sở Nông nghiệp và Phát triển nông thôn tỉnh Hà Lam"),
          ("widget", "Chịu trách nhiệm nội dung: Giám đốc Sở - Ông Lê Đình Quảng"),
          ("widget", "Địa chỉ: 25 Lý Thường Kiệt, TP Hà Lam. Điện thoại: 0219.3 851 326")]
    return e


def L_tongcuc(c):
    """Central agency portal (invented): bilingual switch, agency code in byline, print links."""
    r = c.rng
    code = "(PTV)"
    e = [("widget", "Tiếng Việt | English"),
         ("S", "Cổng thông tin điện tử Tổng cục Phát triển Vùng"),
         ("widget", "Trang chủ  Giới thiệu  Tin tức - Sự kiện  Chỉ đạo điều hành  Văn bản  Thủ tục hành chính  Hỏi - đáp"),
         ("widget", f"Tin tức - Sự kiện > Tin địa phương"),
         ("T", c.title),
         ("D", f"Ngày {c.d.day:02d}/{c.d.month:02d}/{c.d.year}  {c.hm()}")]
    e += c.weave([[("caption", c.caption()), ("credit", "Ảnh: PTV")]] if r.random() < 0.7 else [])
    e.append(("byline", f"{c.pen()} {code}"))
    e += [("widget", "Bản in | Gửi bài viết | Quay lại"),
          ("widget", "Chia sẻ:")]
    rel = c.rel(r.randint(3, 6))
    if rel:
        e.append(("widget", "TIN KHÁC"))
        e += [("related", f"{x['h']} ({c.hm(x['d'])} {c.dmy(x['d'])})") for x in rel]
    e += [("widget", "Cơ quan chủ quản: Tổng cục Phát triển Vùng"),
          ("widget", "Chịu trách nhiệm nội dung: Vụ trưởng Vụ Tổng hợp - Thông tin Hồ Quang Tiến"),
          ("widget", "Giấy phép số 112/GP-TTĐT ngày 15/9/2016"),
          ("widget", "Trụ sở: 47 Nguyễn Chí Thanh, Hà Nội - ĐT: 024.3 8231 570 - Email: ttdt@ptv.gov.vn")]
    return e


def L_youth(c):
    """Youth-union paper: reading time, pull quote, hashtags, reactions, author box with bio."""
    r = c.rng
    e = [("S", "Tiếng Nói Thanh Niên"),
         ("widget", "Cơ quan ngôn luận của Tỉnh Đoàn Đông Sơn"),
         ("widget", "Thời sự  Đoàn - Hội - Đội  Khởi nghiệp  Giới trẻ  Giáo dục  Thể thao  Nhịp sống số"),
         ("D", f"{c.dmy()}, {c.hm()}"),
         ("T", c.title),
         ("widget", f"{r.randint(2, 6)} phút đọc")]
    groups = [[("caption", c.caption())]]
    quote = _pull_quote(c)
    if quote:
        groups.append([("widget", quote)])
    e += c.weave(groups)
    tags = c.tags()
    e.append(("widget", "  ".join("#" + t.replace(" ", "") for t in tags)))
    e += [("widget", "Bạn cảm thấy thế nào về bài viết này?"),
          ("widget", f"Thích {r.randint(0, 90)}   Vui {r.randint(0, 9)}   Buồn {r.randint(0, 30)}   Phẫn nộ {r.randint(0, 9)}"),
          ("byline", c.name()),
          ("byline", r.choice(["Phóng viên Ban Thời sự", "Cộng tác viên Tỉnh Đoàn Đông Sơn",
                               "Phóng viên thường trú khu vực phía Nam tỉnh"]))]
    rel = c.rel(r.randint(2, 3), teaser=True)
    if rel:
        e.append(("widget", "Bài viết liên quan"))
        for x in rel:
            e += [("related", x["h"]), ("related", x["t"])]
    e += [("widget", "Giấy phép hoạt động báo điện tử số 89/GP-BTTTT"),
          ("widget", "Tổng biên tập: Lò Văn Khiêm"),
          ("widget", "Tòa soạn: 14 Nguyễn Du, TP Đông Sơn - Hotline: 0912 480 377")]
    return e


def _pull_quote(c):
    """A quoted fragment of one story sentence, pulled out as a widget (never the whole sentence)."""
    for s in c.sents:
        m = re.search(r"[\"“]([^\"“”]{40,180})[\"”]", s)
        if m and len(s) - len(m.group(0)) >= 20:
            q = "“" + m.group(1).strip() + "”"
            if c.ok(q) and norm(m.group(1)) not in c.block:
                return q
    return None


def L_women(c):
    """Women's-union paper: 'Bài và ảnh' byline on top, credit inside captions, 'Xem thêm' link."""
    r = c.rng
    e = [("S", "Phụ nữ Lam Giang"),
         ("widget", "Cơ quan của Hội Liên hiệp Phụ nữ tỉnh Lam Giang"),
         ("widget", "TRANG CHỦ  HOẠT ĐỘNG HỘI  GIA ĐÌNH  SỨC KHỎE  PHÁP LUẬT  KHỞI NGHIỆP  ẨM THỰC"),
         ("widget", f"Trang chủ / {c.sec()}"),
         ("T", c.title),
         ("D", f"{c.wd()}, {c.d.day:02d}/{c.d.month:02d}/{c.d.year} {c.hm()} (GMT+7)"),
         ("byline", f"Bài và ảnh: {c.pen()}")]
    groups = [[("caption", c.caption(end=".") + " Ảnh: " + c.pen())]]
    more = c.rel(1)
    if more:
        groups.append([("related", f"Xem thêm: {more[0]['h']}")])
    e += c.weave(groups)
    e += [("widget", "Chia sẻ"),
          ("widget", f"Từ khóa: {', '.join(c.tags())}")]
    rel = c.rel(r.randint(3, 5))
    if rel:
        e.append(("widget", "Tin cùng chuyên mục"))
        e += [("related", x["h"]) for x in rel]
    e += [("widget", "Ý kiến bạn đọc (0)"),
          ("widget", "Bạn đọc vui lòng gõ tiếng Việt có dấu"),
          ("widget", "Gửi bình luận"),
          ("widget", "Giấy phép số 214/GP-TTĐT do Sở Thông tin và Truyền thông tỉnh Lam Giang cấp"),
          ("widget", "Chịu trách nhiệm nội dung: Chủ tịch Hội LHPN tỉnh Hà Thị Lụa"),
          ("widget", "Địa chỉ: 9 Phan Đình Phùng, TP Lam Giang - ĐT: 0207.3 822 691")]
    return e


def L_farmers(c):
    """Farmers'-association paper: reporter-station byline, 'Tin và ảnh', numbered related list."""
    r = c.rng
    station = r.choice(["Văn phòng đại diện khu vực Tây Nguyên", "Văn phòng đại diện tại Cần Thơ",
                        "Thường trú tại Nghệ An", "Thường trú khu vực Bắc Trung Bộ"])
    e = [("S", "NHÀ NÔNG ĐÔNG SƠN"),
         ("widget", "Tiếng nói của Hội Nông dân tỉnh Đông Sơn"),
         ("widget", "Nhà nông  Kinh tế  Thời sự  Pháp luật  Bạn đọc  Nông thôn mới  Video"),
         ("T", c.title),
         ("D", f"{c.dmy()} {c.hm()} GMT+7"),
         ("byline", f"{c.name()} ({station})")]
    groups = []
    if r.random() < 0.7:
        groups.append([("caption", c.caption())])
    e += c.weave(groups)
    e.append(("byline", f"Tin và ảnh: {c.pen()}") if r.random() < 0.3 else ("widget", "Lên đầu trang"))
    rel = c.rel(r.randint(3, 5))
    if rel:
        e.append(("widget", "Tin cùng chuyên mục:"))
        e += [("related", f"{i + 1}. {x['h']}") for i, x in enumerate(rel)]
    e += [("widget", "Hotline: 0963 118 220"),
          ("widget", "Cơ quan chủ quản: Hội Nông dân tỉnh Đông Sơn"),
          ("widget", "Giấy phép số 67/GP-STTTT cấp ngày 06/7/2017")]
    return e


def L_veterans(c):
    """Veterans' association site: contributor byline with unit, 'Bản in', 'Lên đầu trang'."""
    r = c.rng
    e = [("S", "Cựu chiến binh Bắc Trà"),
         ("widget", "Trang tin điện tử của Hội Cựu chiến binh tỉnh Bắc Trà"),
         ("widget", "Trang chủ | Tin hoạt động | Gương sáng CCB | Chính sách | Diễn đàn | Thư viện ảnh"),
         ("widget", f"{c.wd(c.seen_date)}, {c.dmy(c.seen_date)}"),
         ("T", c.title)]
    groups = []
    if r.random() < 0.5:
        groups.append([("caption", c.caption()), ("credit", "Ảnh: Tư liệu")])
    e += c.weave(groups)
    e.append(("byline", f"{c.name()} (Hội CCB {r.choice(['huyện Vĩnh Lạc', 'TP Bắc Trà', 'huyện Kim Sơn', 'thị xã Nam Lộ'])})"))
    if r.random() < 0.5:
        e.append(("widget", "Một số hình ảnh:"))
        e += [("caption", c.caption()), ("caption", c.caption(end=""))]
    e.append(("D", f"Ngày cập nhật: {c.dmy()}"))
    e += [("widget", "Bản in  |  Gửi cho bạn bè  |  Lên đầu trang"),
          ("widget", f"Số lần đọc: {c.views(30, 700)}")]
    rel = c.rel(r.randint(3, 6))
    if rel:
        e.append(("widget", "Các bài đã đăng:"))
        e += [("related", f"+ {x['h']} ({x['d'].day:02d}/{x['d'].month:02d})") for x in rel]
    e += [("widget", "Chịu trách nhiệm: Đại tá Trương Công Hậu - Chủ tịch Hội CCB tỉnh"),
          ("widget", "Địa chỉ: 30 Lê Hồng Phong, TP Bắc Trà - Điện thoại: 0228.3 813 064")]
    return e


def L_caonguyen(c):
    """Second provincial paper: audio reader, star rating, comments box, agency-coded byline."""
    r = c.rng
    e = [("S", "BÁO CAO NGUYÊN XANH"),
         ("widget", "ĐẢNG BỘ - CHÍNH QUYỀN  KINH TẾ  XÃ HỘI  VĂN HÓA  THỂ THAO  BẠN ĐỌC"),
         ("widget", f"{c.sec()}"),
         ("T", c.title),
         ("D", f"{c.hm()}, {c.dmy()}"),
         ("widget", "Nghe đọc bài viết:"),
         ("widget", "Giọng nữ miền Bắc | Giọng nam miền Nam"),
         ("widget", "0:00 / 0:00")]
    groups = [[("caption", c.caption())]]
    if len(c.paras) > 5:
        groups.append([("caption", c.caption(end="") + " - Ảnh: BCNX")])
    e += c.weave(groups)
    e.append(("byline", f"{c.pen()} (BCNX)"))
    e += [("widget", f"Từ khóa: {' - '.join(c.tags())}"),
          ("widget", "Đánh giá bài viết"),
          ("widget", f"★★★★☆ ({r.randint(1, 40)} lượt đánh giá)")]
    rel = c.rel(r.randint(4, 6))
    if rel:
        e.append(("widget", "Tin liên quan"))
        e += [("related", x["h"]) for x in rel]
    e.append(("widget", "Ý kiến bạn đọc"))
    comments = ["Mong các cơ quan chức năng sớm vào cuộc, xử lý dứt điểm.",
                "Bài viết rất thiết thực, cảm ơn phóng viên!",
                "Đề nghị báo tiếp tục theo dõi và thông tin thêm cho bạn đọc.",
                "Ở quê tôi cũng từng xảy ra chuyện tương tự, người dân rất bức xúc.",
                "Chính quyền địa phương cần quan tâm hơn nữa đến đời sống bà con."]
    for cm in r.sample(comments, r.randint(0, 2)):
        e += [("widget", f"{c.name()} - {r.randint(1, 9)} ngày trước"), ("widget", cm),
              ("widget", "Trả lời | Thích")]
    e += [("widget", "Họ tên * Email *"),
          ("widget", "Gửi ý kiến"),
          ("widget", "Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Cao Nguyên"),
          ("widget", "Giấy phép số 231/GP-BTTTT ngày 17/5/2017"),
          ("widget", "Tổng biên tập: Y Kơ Nhiêu - Điện thoại: 0262.3 852 614")]
    return e


def L_hdtv(c):
    """Second radio-TV station: PV/KTV byline under the title, online radio widgets, timed related."""
    r = c.rng
    e = [("S", "HĐTV - Đài Phát thanh và Truyền hình Hải Đông"),
         ("widget", "Truyền hình trực tuyến | Phát thanh trực tuyến | Xem lại"),
         ("widget", f"{c.sec()}  |  Tin trong tỉnh"),
         ("T", c.title),
         ("D", f"{c.dmy()} | {c.hm()}"),
         ("byline", f"PV: {c.pen()} - KTV: {c.pen()}")]
    if r.random() < 0.5:
        e += [("widget", "Video"), ("widget", "Tải video")]
    e += c.weave([[("caption", c.caption())]] if r.random() < 0.4 else [])
    e += [("widget", "Chia sẻ:"), ("widget", "Facebook Twitter Zalo")]
    rel = c.rel(r.randint(3, 5))
    if rel:
        e.append(("widget", "Xem thêm tin"))
        e += [("related", f"{c.hm(x['d'])} {x['d'].day:02d}/{x['d'].month:02d} {x['h']}") for x in rel]
    e += [("widget", "Lên đầu trang"),
          ("widget", "© Đài Phát thanh và Truyền hình Hải Đông"),
          ("widget", "Giấy phép số 18/GP-TTĐT ngày 30/01/2018 - Chịu trách nhiệm: Giám đốc Lê Văn Huấn"),
          ("widget", "Địa chỉ: 02 đường Bạch Đằng, TP Hải Đông - Email: hdtv@haidong.gov.vn")]
    return e


def L_binhhai(c):
    """Third provincial paper: byline under the title, 'Ảnh: BHO' credits, 'Tin liên quan' joined."""
    r = c.rng
    agency = r.random() < 0.3
    e = [("widget", f"{c.wd(c.seen_date)}, {c.seen_date.day}/{c.seen_date.month}/{c.seen_date.year}"),
         ("S", "BÌNH HẢI ONLINE"),
         ("widget", "Trang chủ | Chính trị | Kinh tế | Xã hội | Văn hóa | Thể thao | Quốc phòng - An ninh | Biển đảo"),
         ("T", c.title),
         ("D", f"Cập nhật: {c.hm()} {c.dmy()}")]
    if not agency:
        e.append(("byline", c.name()))
    rel1 = c.rel(r.choice([2, 3]))
    groups = [[("caption", c.caption(end="")), ("credit", "Ảnh: BHO")]]
    if rel1:
        groups.append([("related", "Tin liên quan: " + " / ".join(x["h"] for x in rel1))])
    e += c.weave(groups)
    if agency:
        e.append(("byline", "Theo TTXVN"))
    if r.random() < 0.5:
        e += [("widget", "Quảng cáo"), ("widget", "Khu đô thị sinh thái Bình Hải Riverside - Nhận đặt chỗ ngay hôm nay")]
    rel = c.rel(r.randint(3, 5))
    if rel:
        e.append(("widget", "Tin cùng chuyên mục"))
        e += [("related", x["h"]) for x in rel]
    e += [("widget", "Đường dây nóng: 0964 311 511"),
          ("widget", "Báo Bình Hải - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Bình Hải"),
          ("widget", "Giấy phép xuất bản số 195/GP-BTTTT"),
          ("widget", "Địa chỉ: 6 Trần Phú, TP Bình Hải - ĐT: 0258.3 822 118 - Email: bbt@baobinhhai.vn")]
    return e


def L_police(c):
    """Provincial police portal: rank byline, hotline boxes, 'Tin đã đưa'."""
    r = c.rng
    e = [("widget", "BỘ CÔNG AN"),
         ("S", "CÔNG AN TỈNH ĐÔNG SƠN"),
         ("widget", "Trang thông tin điện tử"),
         ("widget", "Trang chủ  Giới thiệu  Tin tức  Phổ biến pháp luật  Truy nã  Dịch vụ công  Hỏi đáp"),
         ("widget", "Tin tức > An ninh - Trật tự"),
         ("T", c.title),
         ("D", f"Ngày đăng: {c.dmy()} {c.hm()}")]
    e += c.weave([[("caption", c.caption())]] if r.random() < 0.5 else [])
    rank = r.choice(["Thiếu tá", "Đại úy", "Thượng úy", "Trung tá"])
    e.append(("byline", f"{rank} {c.name()}"))
    e.append(("byline", r.choice(["Phòng Tham mưu", "Công an huyện Vĩnh Lạc", "Phòng Cảnh sát giao thông"])))
    e.append(("widget", f"Lượt xem: {c.views(50, 2500)}"))
    rel = c.rel(r.randint(3, 5))
    if rel:
        e.append(("widget", "Tin đã đưa"))
        e += [("related", f"{x['h']} ({c.dmy(x['d'])})") for x in rel]
    e += [("widget", "Tiếp nhận tin báo tố giác tội phạm"),
          ("widget", "Đường dây nóng: 069.2 586 113"),
          ("widget", "Cảnh sát 113 - Cứu hỏa 114 - Cấp cứu 115"),
          ("widget", "Chịu trách nhiệm nội dung: Đại tá Hà Quang Tuyến - Phó Giám đốc Công an tỉnh"),
          ("widget", "Giấy phép số 09/GP-STTTT")]
    return e


def L_so_gd(c):
    """Education department portal: 'Tệp đính kèm' documents, organisational source, view count."""
    r = c.rng
    e = [("S", "SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH BẮC TRÀ"),
         ("widget", "Trang chủ  Giới thiệu  Tin tức  Văn bản chỉ đạo  Lịch công tác  Thi - Tuyển sinh  Thư viện"),
         ("widget", "Tin tức - Sự kiện"),
         ("T", c.title),
         ("D", f"{c.dmy()} - {c.hm()}"),
         ("widget", f"Số lượt xem: {c.views(40, 3000)}")]
    e += c.weave([[("caption", c.caption())]] if r.random() < 0.4 else [])
    e.append(("credit", r.choice(["Nguồn: Phòng GDĐT huyện Vĩnh Lạc", "Nguồn: Văn phòng Sở",
                                  "Nguồn: Phòng Giáo dục Trung học"])))
    if r.random() < 0.7:
        e += [("widget", "Tệp đính kèm"),
              ("widget", f"{r.randint(100, 1800)}-SGDĐT-VP.signed.pdf  Tải về"),
              ("widget", f"PL kem CV {r.randint(100, 1800)}.docx  Tải về")]
    rel = c.rel(r.randint(3, 6))
    if rel:
        e.append(("widget", "Tin cùng chuyên mục"))
        e += [("related", f"{x['h']}  {c.dmy(x['d'])}") for x in rel]
    e += [("widget", "LỊCH CÔNG TÁC TUẦN"),
          ("widget", "Cơ quan chủ quản: Sở Giáo dục và Đào tạo tỉnh Bắc Trà"),
          ("widget", "Địa chỉ: 112 Hùng Vương, TP Bắc Trà. Điện thoại: 0228.3 812 200"),
          ("widget", "Email: vanphong@bactra.edu.vn")]
    return e


def L_tinhuy(c):
    """Provincial party committee site: very long breadcrumb, organisation byline, dated list."""
    r = c.rng
    e = [("S", "TRANG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH HÀ LAM"),
         ("widget", "Trang chủ > Tin tức - Sự kiện > Hoạt động của các cấp ủy, tổ chức đảng > Tin từ cơ sở"),
         ("widget", "A- | A | A+ | In bài"),
         ("T", c.title),
         ("D", f"{c.dmy()} {c.hm()}")]
    groups = []
    if r.random() < 0.6:
        groups.append([("caption", c.caption())])
    e += c.weave(groups)
    e.append(("byline", r.choice(["Ban Tuyên giáo Huyện ủy Vĩnh Lạc", "Văn phòng Tỉnh ủy",
                                  "Đảng ủy Khối các cơ quan tỉnh", "Ban Tổ chức Tỉnh ủy"])))
    e.append(("widget", f"Lượt xem: {c.views(20, 900)}"))
    rel = c.rel(r.randint(4, 7))
    if rel:
        e.append(("widget", "Các tin đã đưa"))
        e += [("related", f"{x['h']} ({x['d'].day:02d}/{x['d'].month:02d}/{x['d'].year})") for x in rel]
    e += [("widget", "Về đầu trang"),
          ("widget", "Cơ quan chủ quản: Tỉnh ủy Hà Lam"),
          ("widget", "Chịu trách nhiệm chính: Trưởng Ban Tuyên giáo Tỉnh ủy"),
          ("widget", "Giấy phép số 40/GP-TTĐT ngày 22/3/2016 - Địa chỉ: Số 2 đường Nguyễn Trãi, TP Hà Lam")]
    return e


def L_mobile(c):
    """Mobile version of a provincial paper: hamburger, short date, 'Tin mới nhất' with teasers."""
    r = c.rng
    e = [("widget", "☰"),
         ("S", "Lam Giang Online"),
         ("widget", "Tìm kiếm"),
         ("widget", c.sec().upper()),
         ("T", c.title),
         ("D", f"{c.dmy()} | {c.hm()}")]
    groups = [[("caption", c.caption())]]
    e += c.weave(groups, start=1)
    e.append(("byline", upper_vn(c.name())))
    e += [("widget", "ADVERTISEMENT")] if r.random() < 0.4 else []
    rel = c.rel(r.randint(2, 4), teaser=True)
    if rel:
        e.append(("widget", "Tin mới nhất"))
        for x in rel:
            e.append(("related", f"{x['h']} - {x['t']}" if r.random() < 0.5 else x["h"]))
    e += [("widget", "Về trang chủ"),
          ("widget", "Xem phiên bản máy tính"),
          ("widget", "© Báo Lam Giang. Giấy phép số 150/GP-BTTTT")]
    return e


def L_ttvh_huyen(c):
    """District culture-information centre: audio news bulletin player, signature after body."""
    r = c.rng
    e = [("widget", "TRUNG TÂM VĂN HÓA - THÔNG TIN VÀ THỂ THAO HUYỆN ĐỒNG QUẾ"),
         ("S", "Trang tin điện tử huyện Đồng Quế"),
         ("widget", "Trang chủ  Tin tức  Phát thanh  Văn hóa - Du lịch  Thể thao  Văn bản"),
         ("T", c.title),
         ("D", f"Đăng lúc: {c.hm()} - {c.dmy()}"),
         ("widget", f"Bản tin phát thanh ngày {c.dmy()}"),
         ("widget", "▶ 00:00"),
         ("widget", "Nghe lại các bản tin")]
    e += c.weave([[("caption", c.caption()), ("credit", f"Ảnh: {c.pen()}")]] if r.random() < 0.5 else [])
    e.append(("byline", f"{c.pen()} - TTVH-TT&TT huyện"))
    rel = c.rel(r.randint(3, 5))
    if rel:
        e.append(("widget", "Các tin khác"))
        e += [("related", f"- {x['h']}") for x in rel]
    e += [("widget", "Lên đầu trang"),
          ("widget", "Trung tâm Văn hóa - Thông tin và Thể thao huyện Đồng Quế"),
          ("widget", "Địa chỉ: Thị trấn Đồng Quế - ĐT: 0210.3 871 234")]
    return e


def L_print(c):
    """Provincial paper print view ('In trang'): site line, date, title, body, signature, URL."""
    r = c.rng
    e = [("S", "Báo Sông Lam điện tử"),
         ("widget", "baosonglam.vn"),
         ("D", f"{c.wd()}, {c.d.day}/{c.d.month}/{c.d.year}, {c.hm()} [GMT+7]"),
         ("T", c.title)]
    groups = []
    if r.random() < 0.5:
        groups.append([("widget", "[Ảnh]"), ("caption", c.caption())])
    e += c.weave(groups)
    e.append(("byline", f"{c.pen()} - {c.pen()}" if r.random() < 0.5 else c.pen()))
    e += [("widget", f"URL: https://baosonglam.vn/{c.section}/{r.randint(100000, 999999)}.html"),
          ("widget", "Bản quyền © Báo Sông Lam. Không sao chép khi chưa được sự đồng ý."),
          ("widget", "[Đóng cửa sổ]   [In bài]")]
    return e


LAYOUTS = [
    {"name": "bao_halam", "fn": L_bao_halam, "para": (2, 3), "lead": 1, "quotes": "curly"},
    {"name": "dstv", "fn": L_dstv, "para": (1, 3), "quotes": "straight"},
    {"name": "portal_province", "fn": L_portal_province, "para": (2, 4), "lead": 1, "quotes": "straight"},
    {"name": "portal_district", "fn": L_portal_district, "para": (1, 3), "quotes": "curly"},
    {"name": "portal_commune", "fn": L_portal_commune, "para": (1, 1), "quotes": "straight"},
    {"name": "so_nongnghiep", "fn": L_so_nn, "para": (2, 4), "quotes": "curly"},
    {"name": "tongcuc", "fn": L_tongcuc, "para": (2, 3), "lead": 1, "quotes": "curly"},
    {"name": "youth", "fn": L_youth, "para": (1, 2), "lead": 1, "quotes": "curly"},
    {"name": "women", "fn": L_women, "para": (1, 3), "lead": 1, "quotes": "curly"},
    {"name": "farmers", "fn": L_farmers, "para": (2, 3), "lead": 1, "quotes": "straight"},
    {"name": "veterans", "fn": L_veterans, "para": (2, 4), "quotes": "straight"},
    {"name": "caonguyen", "fn": L_caonguyen, "para": (1, 3), "lead": 1, "quotes": "curly"},
    {"name": "hdtv", "fn": L_hdtv, "para": (1, 2), "quotes": "straight"},
    {"name": "print_view", "fn": L_print, "para": (2, 4), "quotes": "curly"},
    {"name": "binhhai", "fn": L_binhhai, "para": (1, 3), "lead": 1, "quotes": "curly"},
    {"name": "police", "fn": L_police, "para": (2, 3), "quotes": "straight"},
    {"name": "so_giaoduc", "fn": L_so_gd, "para": (2, 4), "quotes": "curly"},
    {"name": "tinhuy", "fn": L_tinhuy, "para": (2, 3), "lead": 1, "quotes": "curly"},
    {"name": "mobile", "fn": L_mobile, "para": (1, 2), "lead": 1, "quotes": "curly"},
    {"name": "ttvh_huyen", "fn": L_ttvh_huyen, "para": (1, 3), "quotes": "straight"},
]


# ---------------------------------------------------------------------------
# scraper faults
# ---------------------------------------------------------------------------
FAULTS = ("nbsp", "zwsp", "dspace", "glue", "nfd")


def _interior_spaces(s):
    return [i for i, ch in enumerate(s) if ch == " " and 0 < i < len(s) - 1
            and s[i - 1] != " " and s[i + 1] != " "]


def apply_faults(entries, row):
    r = rng_for(row, "faults")
    if r.random() >= 0.26:
        return entries, []
    chosen = r.sample(FAULTS, 2 if r.random() < 0.3 else 1)
    # slots: ("line", entry index) or ("item", entry index, item index)
    def slots():
        out = []
        for i, ent in enumerate(entries):
            if ent[0] == "B":
                out += [("item", i, j) for j in range(len(ent[1]))]
            else:
                out.append(("line", i))
        return out

    def get(sl):
        return entries[sl[1]][1] if sl[0] == "line" else entries[sl[1]][1][sl[2]]

    def put(sl, val):
        if sl[0] == "line":
            entries[sl[1]] = (entries[sl[1]][0], val)
        else:
            entries[sl[1]][1][sl[2]] = val

    entries = [(k, list(v)) if k == "B" else (k, v) for k, v in entries]
    done = []
    for f in chosen:
        if f == "glue":
            pairs = [(i, j) for i, ent in enumerate(entries) if ent[0] == "B"
                     for j in range(len(ent[1]) - 1)
                     if ent[1][j].endswith(".") and not ent[1][j].endswith("..")
                     and ent[1][j + 1][0].isupper()]
            if not pairs or sum(len(v) for k, v in entries if k == "B") < 4:
                continue
            i, j = r.choice(pairs)
            items = entries[i][1]
            items[j:j + 2] = [items[j] + items[j + 1]]
            done.append(f)
        elif f in ("nbsp", "dspace", "zwsp"):
            sl = [s for s in slots() if len(_interior_spaces(get(s))) >= 3]
            if not sl:
                continue
            n = {"nbsp": r.randint(3, 8), "dspace": r.randint(1, 2), "zwsp": r.randint(1, 3)}[f]
            for s in r.sample(sl, min(n, len(sl))):
                v = get(s)
                if f == "nbsp":
                    sp = _interior_spaces(v)
                    for p in r.sample(sp, min(len(sp), r.randint(1, 3))):
                        v = v[:p] + "\u00a0" + v[p + 1:]
                elif f == "dspace":
                    p = r.choice(_interior_spaces(v))
                    v = v[:p] + "  " + v[p + 1:]
                else:
                    pos = [m.start() + 1 for m in re.finditer(r"(?<=\w)\w(?=\w)", v)]
                    if not pos:
                        continue
                    p = r.choice(pos)
                    v = v[:p] + "\u200b" + v[p:]
                put(s, v)
            done.append(f)
        elif f == "nfd":
            entries = [(k, [unicodedata.normalize("NFD", x) for x in v]) if k == "B"
                       else (k, unicodedata.normalize("NFD", v)) for k, v in entries]
            done.append(f)
    return entries, done


# ---------------------------------------------------------------------------
# assembling and checking one page
# ---------------------------------------------------------------------------
def assemble(entries):
    lines, body, fur = [], [], []
    for k, v in entries:
        if k == "B":
            if not v:
                continue
            body.extend(v)
            lines.append(" ".join(v))
        else:
            v = v.strip()
            if not v:
                continue
            lines.append(v)
            if k not in ("T", "D", "S"):
                fur.append((k, v))
    return "\n".join(lines), body, fur


def check_page(page, title, related_lines=()):
    """Independent walk over the page text; raises ValueError on any breach of the contract."""
    lines = page.text.split("\n")
    if not page.text or any(not ln or ln != ln.strip() for ln in lines):
        raise ValueError("blank or unstripped line")
    body, fur = list(page.body), list(page.furniture)
    if len(body) < 3:
        raise ValueError("fewer than 3 body items")
    for k, ln in fur:
        if k not in KINDS:
            raise ValueError(f"bad kind {k!r}")
    bi = fi = 0
    unl = []
    for ln in lines:
        if fi < len(fur) and ln == fur[fi][1]:
            fi += 1
            continue
        hit = False
        for n in (1, 2, 3, 4):
            if bi + n <= len(body) and ln == " ".join(body[bi:bi + n]):
                bi += n
                hit = True
                break
        if hit:
            continue
        unl.append(ln)
    if bi != len(body) or fi != len(fur):
        raise ValueError(f"walk did not use up body/furniture ({bi}/{len(body)}, {fi}/{len(fur)})")
    if len(unl) > 3 or len(set(unl)) != len(unl):
        raise ValueError(f"unlabelled lines: {unl}")
    if norm(title) not in {norm(u) for u in unl}:
        raise ValueError("title is not an unlabelled line")
    for it in body:
        if "\n" in it or it != it.strip() or it not in page.text:
            raise ValueError("bad body item")
    bnorm = {norm(b) for b in body}
    for k, ln in fur:
        if norm(ln) in bnorm:
            raise ValueError(f"furniture equals a body sentence: {ln}")
    for u in unl:
        if norm(u) in bnorm:
            raise ValueError(f"unlabelled line equals a body sentence: {u}")
    tn = norm(title)
    for ln in related_lines:
        if norm(ln) == tn or norm(ln) in bnorm:
            raise ValueError(f"related text equals title/body: {ln}")
    for k, ln in fur:
        if k == "related" and norm(ln) == tn:
            raise ValueError("related line equals the title")


def pages(path, _stats=None):
    body_rows, rel_rows = read_rows(path)
    out = []
    for k, (row, title, article) in enumerate(body_rows):
        layout = LAYOUTS[k % len(LAYOUTS)]
        t, sents = take_story(title, article)
        if len(sents) < 3:
            continue
        c = Ctx(row, k, t, sents, rel_rows, layout)
        entries = [(kk, v if kk == "B" else re.sub(" {2,}", " ", v)) for kk, v in layout["fn"](c)]
        entries, faults = apply_faults(entries, row)
        text, body, fur = assemble(entries)
        page = Page(text, body, fur, layout["name"])
        title_line = next(v for kk, v in entries if kk == "T")
        rel_texts = [x["h"] for x in c.rel_all] + [x["t"] for x in c.rel_all if x["t"]]
        check_page(page, title_line, rel_texts)
        out.append(page)
        if _stats is not None:
            _stats.append((row, k, faults))
    return out


def main(argv):
    if len(argv) < 2:
        print("usage: make.py VIETNEWS_JSONL_GZ [--show K[,K...]]")
        return 2
    stats = []
    ps = pages(argv[1], stats)
    if "--show" in argv:
        want = [int(x) for x in argv[argv.index("--show") + 1].split(",")]
        for i in want:
            p = ps[i]
            print(f"===== page {i} row {stats[i][0]} layout {p.layout} faults {stats[i][2]}")
            bi = fi = 0
            for ln in p.text.split("\n"):
                if fi < len(p.furniture) and ln == p.furniture[fi][1]:
                    print(f"[{p.furniture[fi][0]:7}] {ln!r}" if "--repr" in argv else f"[{p.furniture[fi][0]:7}] {ln}")
                    fi += 1
                    continue
                n = 0
                for m in (1, 2, 3, 4):
                    if ln == " ".join(p.body[bi:bi + m]):
                        n = m
                        break
                if n:
                    print(f"[BODY x{n} ] {ln}")
                    bi += n
                else:
                    print(f"[-------] {ln}")
        return 0
    cols = ("pages", "body") + KINDS + ("faults",)
    tot = Counter()
    print(f"{'layout':18}" + "".join(f"{c:>9}" for c in cols))
    for lay in LAYOUTS:
        row = Counter()
        for p, st in zip(ps, stats):
            if p.layout != lay["name"]:
                continue
            row["pages"] += 1
            row["body"] += len(p.body)
            for kind, _ in p.furniture:
                row[kind] += 1
            row["faults"] += 1 if st[2] else 0
        tot.update(row)
        print(f"{lay['name']:18}" + "".join(f"{row[c]:>9}" for c in cols))
    print(f"{'TOTAL':18}" + "".join(f"{tot[c]:>9}" for c in cols))
    fc = Counter(f for st in stats for f in st[2])
    print("faults by type: " + ", ".join(f"{f}={fc[f]}" for f in FAULTS))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
