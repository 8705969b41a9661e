#!/usr/bin/env python3
"""test80 - held-out page set for the scraped-page cleaner.

Theme: real estate, construction and urban planning news (invented outlets).
Usage:  python3 make.py /work/shared/data/vietnews_train.jsonl.gz
Exposes pages(path) -> list[Page]; Page = (text, body, furniture, layout).
Standard library only.
"""
import gzip
import json
import random
import re
import sys
import unicodedata
import zlib
from datetime import datetime
from pathlib import Path
from typing import List, NamedTuple, Tuple

SET_NAME = "test80"
SEED = 8080
BODY_ROWS = range(17600, 17700)
RELATED_ROWS = range(15300, 15400)
RELATED_CHARS = 1200
KINDS = ("byline", "credit", "caption", "related", "widget")


class Page(NamedTuple):
    text: str
    body: List[str]
    furniture: List[Tuple[str, str]]
    layout: str


def R(row, purpose):
    """Every random draw comes from a string-seeded generator."""
    return random.Random(f"{SET_NAME}|{SEED}|{row}|{purpose}")


# ---------------------------------------------------------------------------
# reading
# ---------------------------------------------------------------------------

def _parse(raw):
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if not line.strip():
        return None
    try:
        obj = json.loads(line)
    except ValueError:
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
    """Stream the file once; return ([(row, title, article)], [(row, title, article[:1200])])."""
    body, related = [], []
    last = max(BODY_ROWS.stop, RELATED_ROWS.stop) - 1
    try:
        with gzip.open(str(path), "rb") as fh:
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
                if in_rel:
                    related.append((i, title, article[:RELATED_CHARS]))
                if in_body:
                    body.append((i, title, article))
    except (OSError, EOFError, zlib.error):
        pass  # a damaged stream ends the reading; keep what was read
    return body, related


# ---------------------------------------------------------------------------
# story text
# ---------------------------------------------------------------------------

ZW_RE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")


def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = ZW_RE.sub("", s)
    s = re.sub(r"\s+", "", s)
    return s.casefold()


def _pair_straight(s, q):
    parts = s.split(q)
    if len(parts) < 3:
        return s
    out = [parts[0]]
    for k in range(1, len(parts)):
        seg = parts[k]
        if k % 2 == 1 and k < len(parts) - 1:  # inside a closed pair
            seg = seg.strip()
        out.append(seg)
    return q.join(out)


def detok(s):
    s = s.replace("_", " ")
    s = re.sub(r"\s+", " ", s).strip()
    s = _pair_straight(s, '"')
    # spaced single quotes used as quotation marks: ' abc ' -> 'abc'
    s = re.sub(r"(^|(?<=[\s(\[“\"]))' ([^'\n]{1,300}?) '(?=[\s,.;:!?)\]”\"…]|$)", r"\1'\2'", s)
    s = re.sub(r"([(\[“‘]) +", r"\1", s)
    s = re.sub(r" +([)\]”’])", r"\1", s)
    s = re.sub(r" +([,.;:!?%…])", r"\1", s)
    s = re.sub(r"(?<=\S) / (?=\S)", "/", s)
    s = re.sub(r" {2,}", " ", s)
    return s.strip()


ABBR = {
    "TP", "Tp", "TS", "GS", "PGS", "ThS", "Ths", "BS", "Q", "P", "TT", "KS", "KTS", "CN",
    "NXB", "PV", "Mr", "Mrs", "Ms", "Dr", "St", "Co", "Ltd", "Inc", "No", "Th", "Đ", "TX",
    "H", "X", "ông", "bà", "TSKH", "NSND", "NSƯT", "Vs", "vs", "tr", "Jr", "Sr", "ĐH",
}
SPLIT_RE = re.compile(r"([.!?…]+)([\"”’')\]]*)(\s+)")


def split_sentences(text):
    out, start = [], 0
    for m in SPLIT_RE.finditer(text):
        nxt = text[m.end():m.end() + 2]
        if not nxt:
            continue
        c = nxt[0]
        if c in "\"“'‘([":
            c = nxt[1:2] or "x"
        if not (c.isupper() or c.isdigit()):
            continue
        if m.group(1) == "." and not m.group(2):
            before = text[start:m.start()]
            tok = before.rsplit(" ", 1)[-1].lstrip("(\"“'‘[")
            if tok in ABBR or (len(tok) == 1 and tok.isupper()) or "." in tok:
                continue
        out.append(text[start:m.end(1) + len(m.group(2))].strip())
        start = m.end()
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return [s for s in out if s]


CAPTION_MARKS = (
    "ảnh:", "(ảnh", "ảnh minh", "video:", "clip:", "minh hoạ", "minh họa", "(trái)", "(phải)",
    "(giữa)", "nguồn:", "đồ hoạ", "đồ họa", "infographic", "photo:", "ảnh chụp", "(ảnh chụp",
    "ảnh do", "ảnh tư liệu", "trong ảnh", "từ trái qua", "từ trái sang", "từ phải qua", "từ phải sang",
    "ngoài cùng bên", "hình ảnh:", "video clip", "(ảnh minh", "bên trái)", "bên phải)",
    "(ngoài cùng", "(đứng giữa", "(hàng đầu", "(thứ hai", "(thứ ba", "(thứ tư", "(áo ",
)
REPORT_RE = re.compile(
    r"(?<!\w)(cho biết|cho hay|nói|khẳng định|thông báo|chia sẻ|kể|nhấn mạnh|tiết lộ|xác nhận|"
    r"trả lời|giải thích|phát biểu|bày tỏ|thừa nhận|nhận định|cho rằng|tuyên bố|khai nhận|"
    r"đề nghị|kiến nghị|yêu cầu|báo cáo|nhận xét|lưu ý|khuyến cáo|đánh giá|dự báo|"
    r"ước tính|công bố|nêu rõ|phản ánh|trao đổi|thông tin với|lý giải|đề xuất|chỉ đạo|"
    r"nhắc lại|tâm sự|kết luận|cảnh báo|khuyến nghị|trình bày|"
    r"theo ông|theo bà|theo anh|theo chị|theo lãnh đạo|theo đại diện|theo cơ quan|theo bộ|"
    r"theo sở|theo ubnd|theo quyết định|theo kế hoạch|theo thống kê|theo báo cáo)(?!\w)"
)
CONNECTIVES = (
    "Tuy nhiên", "Trong khi đó", "Ngoài ra", "Theo đó", "Bên cạnh đó", "Do đó", "Vì vậy",
    "Vì thế", "Trước đó", "Sau đó", "Đồng thời", "Như vậy", "Mặt khác", "Thế nhưng", "Tuy vậy",
    "Dù vậy", "Cũng theo", "Cùng ngày", "Hiện nay", "Hiện tại", "Hiện,", "Đến nay", "Từ đó",
    "Bởi vậy", "Do vậy", "Nhưng", "Song", "Thêm vào đó", "Ngay sau đó", "Riêng", "Còn",
    "Trước đây", "Cụ thể", "Đặc biệt", "Trong đó", "Bên cạnh", "Ngoài", "Cũng trong",
    "Sau khi", "Trước khi", "Khi", "Nếu", "Để", "Dự kiến", "Trước thực trạng", "Trước tình hình",
    "Tính đến", "Theo kế hoạch", "Ngay trong", "Cùng với", "Từ năm", "Từ ngày", "Kể từ",
    "Hiện tượng", "Đáng chú ý", "Đáng nói", "Với", "Mới đây", "Gần đây",
)
CONN_RE = re.compile(r"^(?:%s)(?![^\W\d_])" % "|".join(re.escape(c) for c in CONNECTIVES))
MIDCAP_OPENERS = {
    "Đối", "Theo", "Tại", "Trong", "Sau", "Ngày", "Sáng", "Chiều", "Tối", "Trước", "Hiện", "Khi",
    "Nhiều", "Các", "Những", "Ông", "Bà", "Chị", "Đây", "Việc", "Ngoài", "Với", "Tuy", "Bên",
    "Để", "Do", "Nhưng", "Cũng", "Riêng", "Còn", "Hiện", "Chúng", "Tôi", "Cùng", "Đồng",
}


def _glued_heading(s):
    """A sub-heading run into the next sentence: '... tham nhũng Đối với lĩnh vực ...'."""
    toks = s.split()
    for a, b, c in zip(toks, toks[1:], toks[2:]):
        if b in MIDCAP_OPENERS and a[-1:].isalpha() and a[-1:].islower() and c[:1].islower():
            return True
    return False


TERMINAL_RE = re.compile(r"[.!?…][\"”’')\]]*$")
THEO_TAIL_RE = re.compile(r"(?:^|[\s(\-–])\(?Theo\s+[A-ZĐ0-9][^\s]*(?:\s+\S+){0,5}\s*\)?\s*[.)]*\s*$")


def _balanced(s):
    if s.count('"') % 2 or s.count("'") % 2:
        return False
    for a, b in (("(", ")"), ("[", "]"), ("“", "”"), ("‘", "’")):
        if s.count(a) != s.count(b):
            return False
    return True


def keep_sentence(s, title_n, seen):
    low = s.lower()
    if any(m in low for m in CAPTION_MARKS):
        return False
    if low.startswith(("ảnh ", "hình ", "video ", "clip ", "nguồn ")):
        return False
    if re.search(r"\(người (đứng|ngồi|mặc|đội|cầm|đưa|chỉ|bên|giữa|đeo|thứ)", low):
        return False
    if any(ch in s for ch in "|•»«►▶◆■"):
        return False
    if not _balanced(s):
        return False
    if not TERMINAL_RE.search(s):
        return False
    words = s.split()
    if len(words) < 8 or len(words) > 110:
        return False
    if ":" in " ".join(words[:6]):
        return False
    if THEO_TAIL_RE.search(s):
        return False
    if _glued_heading(s):
        return False
    first = next((ch for ch in s if ch.isalpha() or ch.isdigit()), "")
    if not first or (first.isalpha() and not first.isupper()):
        return False
    n = norm(s)
    if n == title_n or n in seen:
        return False
    short = len(words) <= 22 or (len(words) <= 30 and "," not in s)
    if short:
        quoted = any(len(q.split()) >= 6 for q in re.findall(r"[\"“]([^\"”]+)[\"”]", s))
        if not (REPORT_RE.search(low) or quoted or CONN_RE.match(s)):
            return False
        # very short comma-less lines read like photo captions even with a verb of saying
        if len(words) <= 15 and "," not in s and not quoted and not CONN_RE.match(s):
            return False
    return True


def story_sentences(title, article):
    t = detok(title)
    text = detok(article)
    seen, kept = set(), []
    tn = norm(t)
    allsents = split_sentences(text)
    for s in allsents:
        if keep_sentence(s, tn, seen):
            seen.add(norm(s))
            kept.append(s)
    # a sentence repeated inside a longer one is an original photo caption: drop it
    cores = [norm(x).rstrip(".!?…") for x in allsents]
    out = []
    for s in kept:
        c = norm(s).rstrip(".!?…")
        if any(c != o and c in o for o in cores):
            continue
        out.append(s)
    return t, out



def teaser_of(article):
    """A teaser from the first 1,200 characters of a related article."""
    sents = split_sentences(detok(article[:RELATED_CHARS]))
    for s in sents[:4]:
        n = len(s.split())
        if 10 <= n <= 42 and TERMINAL_RE.search(s) and _balanced(s) and "|" not in s:
            return s
    words = detok(article[:RELATED_CHARS]).split()
    if len(words) < 12:
        return ""
    cut = " ".join(words[:24]).rstrip(",.;:–-")
    return cut + "..."


# ---------------------------------------------------------------------------
# invented vocabulary
# ---------------------------------------------------------------------------

SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi",
            "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trương", "Lâm", "Tạ", "Mai", "Cao", "Lưu",
            "Kiều", "Quách", "Thái", "Châu", "Tôn"]
MIDDLE_M = ["Văn", "Hữu", "Đức", "Minh", "Quang", "Công", "Thành", "Xuân", "Gia", "Tuấn", "Khánh"]
MIDDLE_F = ["Thị", "Ngọc", "Thu", "Thanh", "Kim", "Mỹ", "Phương", "Bảo", "Diệu", "Hồng", "Khánh"]
PEN_M = ["Minh", "Quang", "Thành", "Xuân", "Gia", "Tuấn", "Đức", "Hoàng", "Việt", "Trung", "Hải", "Anh"]
PEN_F = ["Ngọc", "Thu", "Thanh", "Kim", "Mỹ", "Phương", "Bảo", "Diệu", "Hồng", "Lan", "Minh", "Khánh"]
GIVEN_M = ["Long", "Khôi", "Tùng", "Phong", "Huy", "Nam", "Sơn", "Hải", "Đạt", "Tín", "Thắng",
           "Vinh", "Lộc", "Trung", "Hiếu", "Kiên", "Bình", "Duy", "Quân", "Toàn", "Khoa", "Nguyên",
           "Phúc"]
GIVEN_F = ["Trang", "Hà", "Lan", "Ngân", "Diệp", "Thảo", "Vy", "Hương", "Yến", "Linh", "Châu",
           "Nhi", "Quyên", "Hạnh", "Uyên", "Tâm", "Thư", "Anh", "Mai"]
PROJ_A = ["Lam Viên", "Sông Ngọc", "An Phú Gia", "Bình Minh", "Kim Sơn", "Thiên Lộc", "Tân Vĩnh",
          "Ngọc Trai", "Hoà Khánh", "Mộc Lan", "Vạn Xuân", "Phước Hải", "Đông Thành", "Hạ Lam",
          "Cẩm Tú", "Thuỷ Tiên", "Phù Sa", "Lộc Ninh Phát", "Tràng An Mới", "Hương Giang Xanh"]
PROJ_B = ["Riverside", "Residence", "Garden", "Sky Tower", "Park View", "Green City", "Center",
          "Bay", "Heights", "Villas", "Plaza", "Lake View", "Square", "Home", "Eco Town"]
DEV_A = ["Công ty CP Đầu tư Địa ốc", "Công ty TNHH Phát triển Đô thị", "Tập đoàn Bất động sản",
         "Công ty CP Xây dựng và Kinh doanh nhà", "Công ty CP Đầu tư Hạ tầng", "Công ty CP Địa ốc"]
DEV_B = ["Vĩnh Thịnh Phong", "Lạc An Hưng", "Đông Hưng Thuận", "Sơn Kim Long", "Minh Trí Land",
         "Hải Âu Xanh", "Phú Lâm Gia", "Bảo Ngọc Phát", "Thuận Thiên Kim", "Nam Việt Hoàng Gia"]
LOCS = ["Đường Nguyễn Hữu Thọ, huyện Nhà Bè, TP HCM", "Phường An Phú, quận 2, TP HCM",
        "Đại lộ Thăng Long, quận Nam Từ Liêm, Hà Nội", "Đường Võ Nguyên Giáp, quận Sơn Trà, Đà Nẵng",
        "Phường Dĩ An, thị xã Dĩ An, Bình Dương", "Xã Long Hưng, TP Biên Hoà, Đồng Nai",
        "Đường Trần Phú, TP Nha Trang, Khánh Hoà", "Phường Phúc Đồng, quận Long Biên, Hà Nội",
        "Phường Hiệp Bình Phước, quận Thủ Đức, TP HCM", "Xã Điện Ngọc, thị xã Điện Bàn, Quảng Nam",
        "Phường Tân Phong, quận 7, TP HCM", "Đường Lê Văn Lương, quận Thanh Xuân, Hà Nội"]
DISTRICTS = ["Quận 2", "Quận 7", "Quận 9", "Thủ Đức", "Bình Thạnh", "Nhà Bè", "Bình Chánh",
             "Cầu Giấy", "Nam Từ Liêm", "Long Biên", "Hà Đông", "Sơn Trà", "Ngũ Hành Sơn", "Dĩ An"]
BANKS = ["Ngân hàng Bình Minh", "Ngân hàng Đông Sơn", "Ngân hàng An Khang", "Ngân hàng Phương Nam Á",
         "Ngân hàng Hưng Thịnh", "Ngân hàng Bảo Tín"]
OTHER_OUTLETS = ["Kinh tế Đô thị Sài Gòn", "Đời sống Nhà đất", "Tạp chí Nhà ở Hôm nay",
                 "Báo Kiến thiết Miền Đông", "Thời báo Địa ốc Phố Hiến", "Tin Xây dựng Cửu Long"]
PLACES = ["TP HCM", "Hà Nội", "Đà Nẵng", "Hải Phòng", "Cần Thơ", "Nghệ An", "Thanh Hoá", "Quảng Nam",
          "Khánh Hoà", "Nha Trang", "Bình Định", "Ninh Thuận", "Phú Yên", "Gia Lai", "Hoà Bình",
          "Nam Định", "Sài Gòn", "Thừa Thiên Huế", "Huế", "Đồng Nai", "Bình Dương", "Long An",
          "Vũng Tàu", "Quảng Ninh", "Lào Cai", "Cao Bằng", "Phú Thọ", "Hà Tĩnh", "Quảng Trị",
          "Quảng Bình", "Lâm Đồng", "Đà Lạt", "Bình Thuận", "Phan Thiết", "Hải Dương", "Bắc Giang",
          "Lạng Sơn", "Quảng Ngãi", "Kiên Giang", "Phú Quốc", "Đồng Tháp", "An Giang", "Tây Ninh",
          "Thái Bình", "Ninh Bình", "Vĩnh Phúc", "Bắc Ninh", "Sơn La", "Điện Biên", "Đắk Lắk"]
SCENES = [
    "Phối cảnh một dự án căn hộ ven sông do chủ đầu tư công bố.",
    "Công nhân thi công phần thô tại một công trình nhà ở cao tầng.",
    "Khu đất trống ven đô đang chờ triển khai dự án.",
    "Người dân tham quan nhà mẫu tại một dự án căn hộ.",
    "Nhiều toà nhà cao tầng mọc lên dọc các trục đường lớn.",
    "Cần cẩu tháp hoạt động trên công trường vào buổi chiều.",
    "Khu dân cư hiện hữu nằm xen giữa các dự án mới.",
    "Tuyến đường mới mở giúp kết nối khu trung tâm với vùng ven.",
    "Dãy nhà phố liền kề đã hoàn thiện phần mặt tiền.",
    "Một góc khu đô thị mới nhìn từ trên cao.",
]
PLACE_CAPS = [
    "Một góc {p} nhìn từ trên cao.",
    "Quang cảnh khu trung tâm {p}.",
    "Giao thông tại {p} vào giờ cao điểm.",
    "Nhiều công trình mới đang được xây dựng tại {p}.",
    "Khu dân cư ven đô ở {p}.",
    "Các dãy nhà ống san sát tại {p}.",
]
PERSON_CAPS = [
    "{n} trao đổi với báo chí.",
    "{n} phát biểu tại buổi làm việc.",
    "{n} tại một cuộc họp.",
    "{n} trả lời phóng viên bên lề sự kiện.",
]
COMMENTS = [
    "Giá thế này thì người làm công ăn lương như mình chắc phải tiết kiệm thêm chục năm nữa.",
    "Mong cơ quan chức năng kiểm tra kỹ pháp lý trước khi cho mở bán.",
    "Mình mua ở dự án gần đó, đến giờ vẫn chưa nhận được sổ hồng.",
    "Hạ tầng khu này còn yếu lắm, mưa lớn là ngập cả tuần.",
    "Bài viết rất hữu ích, cảm ơn tác giả.",
    "Ai có thông tin tiến độ thực tế thì chia sẻ với, mình đang cân nhắc xuống tiền.",
    "Quy hoạch phải công khai sớm để dân biết mà tính, đừng để có dự án rồi mới thông báo.",
    "Chủ đầu tư hứa nhiều lắm nhưng làm chẳng được bao nhiêu.",
    "Nên có thêm công viên và trường học chứ đừng chỉ xây chung cư.",
    "Lãi suất vay mua nhà giờ cao quá, trả góp mệt lắm.",
    "Đề nghị xử lý nghiêm các sai phạm, không thể để tình trạng này kéo dài mãi.",
    "Khu vực này đất lên giá mấy lần rồi, người dân bản địa cũng không mua nổi.",
    "Đọc xong mà thấy lo, không biết bao giờ mới giải quyết dứt điểm.",
    "Cứ làm đúng quy định thì chẳng ai phàn nàn gì cả.",
]
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
WD_SHORT = ["T2", "T3", "T4", "T5", "T6", "T7", "CN"]


class Rel(NamedTuple):
    title: str
    teaser: str
    date: datetime


# ---------------------------------------------------------------------------
# page context / builder
# ---------------------------------------------------------------------------

class Ctx:
    def __init__(self, row, title, paras, rel_pool, layout):
        self.row = row
        self.r = R(row, "layout")
        self.title = title
        self.paras = paras
        self.layout = layout
        self.rows = []
        sents = [s for p in paras for s in p]
        self.body_norms = {norm(s) for s in sents}
        self.title_n = norm(title)
        self.used = set()
        dr = R(row, "date")
        self.dt = datetime(dr.randint(2016, 2019), dr.randint(1, 12), dr.randint(1, 28),
                           dr.randint(6, 22), dr.randint(0, 59))
        self.people = find_people(sents)
        self.places = find_places(" ".join(sents) + " " + title)
        head = title + " " + sents[0]
        self.topics = [(p, caps) for p, caps in TOPIC_CAPS if re.search(p, head)]
        rr = R(row, "related")
        pool = [x for x in rel_pool if norm(x[0]) != self.title_n and norm(x[0]) not in self.body_norms]
        rr.shuffle(pool)
        self.rel = []
        for t, tz in pool[:12]:
            if tz and (norm(tz) in self.body_norms or norm(tz) == self.title_n):
                tz = ""
            d = datetime.fromordinal(self.dt.toordinal() - rr.randint(1, 40))
            self.rel.append(Rel(t, tz, d.replace(hour=rr.randint(6, 22), minute=rr.randint(0, 59))))

    # -- emitting -----------------------------------------------------------
    def u(self, line):
        self.rows.append(("u", line.strip()))

    def f(self, kind, line):
        assert kind in KINDS
        line = re.sub(r"\s+", " ", line).strip()
        if not line:
            return
        n = norm(line)
        if n in self.body_norms:
            return
        if n == self.title_n and kind != "widget":
            return
        self.rows.append((kind, line))

    def w(self, *lines):
        for x in lines:
            self.f("widget", x)

    def p(self, items):
        self.rows.append(("b", list(items)))

    def story(self, inserts):
        """Emit paragraphs; inserts (callables) go between paragraphs, spread evenly."""
        P = self.paras
        n = len(P)
        slots = {}
        for j, fn in enumerate(inserts):
            i = (j + 1) * n // (len(inserts) + 1) - 1
            i = max(0, min(n - 2, i)) if n > 1 else 0
            slots.setdefault(i, []).append(fn)
        for i, para in enumerate(P):
            self.p(para)
            for fn in slots.get(i, []):
                fn()

    # -- helpers ------------------------------------------------------------
    def pick(self, seq):
        return self.r.choice(seq)

    def full(self):
        r = self.r
        mid, given = (MIDDLE_M, GIVEN_M) if r.random() < 0.5 else (MIDDLE_F, GIVEN_F)
        return f"{r.choice(SURNAMES)} {r.choice(mid)} {r.choice(given)}"

    def pen(self):
        r = self.r
        mid, given = (PEN_M, GIVEN_M) if r.random() < 0.5 else (PEN_F, GIVEN_F)
        return f"{r.choice(mid)} {r.choice(given)}"

    def phone(self):
        r = self.r
        return f"09{r.randint(0, 9)}{r.randint(0, 9)} {r.randint(100, 999)} {r.randint(100, 999)}"

    def hotline(self):
        r = self.r
        return f"1900 {r.randint(1000, 9999)}"

    def project(self):
        return f"{self.pick(PROJ_A)} {self.pick(PROJ_B)}"

    def dev(self):
        return f"{self.pick(DEV_A)} {self.pick(DEV_B)}"

    def place(self):
        return self.places[0] if self.places else self.pick(["TP HCM", "Hà Nội", "Đà Nẵng"])

    def take_rel(self, n):
        out, self.rel = self.rel[:n], self.rel[n:]
        return out

    def fresh(self, cands):
        cands = [c for c in cands if norm(c) not in self.used and norm(c) not in self.body_norms
                 and norm(c) != self.title_n]
        if not cands:
            return None
        c = self.r.choice(cands)
        self.used.add(norm(c))
        return c

    def caption(self):
        """A caption drawn from the story (people, topic, places) or, less often, a section scene."""
        cands = []
        for n in self.people[:2]:
            cands += [t.format(n=n) for t in PERSON_CAPS]
        at = f" ở {self.places[0]}" if self.places else ""
        for pat, caps in self.topics:
            cands += [t.format(at=at) for t in caps]
        for pl in self.places[:2]:
            cands += [t.format(p=pl) for t in PLACE_CAPS]
        if cands and self.r.random() < 0.8:
            got = self.fresh(cands)
            if got:
                return got
        return self.fresh(SCENES) or self.fresh(cands) or "Một góc công trường vào buổi sáng."

    def persp(self):
        views = ["nhìn từ trên cao", "nhìn từ phía sông", "nhìn từ trục đường chính",
                 "về đêm", "với hệ thống tiện ích nội khu"]
        return f"Phối cảnh dự án {self.project()} {self.pick(views)}."

    def mapcap(self):
        pl = self.place()
        opts = [f"Bản đồ quy hoạch phân khu tại {pl}, tỷ lệ 1/2000.",
                f"Sơ đồ vị trí khu đất dự kiến điều chỉnh quy hoạch tại {pl}.",
                f"Ranh giới khu vực lập quy hoạch chi tiết tỷ lệ 1/500 ở {pl}.",
                f"Bản đồ định hướng phát triển không gian đô thị {pl} đến năm 2030."]
        return self.fresh(opts) or opts[0]

    def pull_quote(self):
        for s in [s for p in self.paras for s in p]:
            m = re.search(r"[\"“]([^\"”]{30,200})[\"”]", s)
            if m:
                q = m.group(1).strip().rstrip(",")
                if len(q.split()) >= 10:
                    return f"“{q}”"
        return None

    def price(self, lo=18, hi=95):
        return self.r.randint(lo, hi)

    def comments(self, n, name_fmt, meta_line=None):
        for _ in range(n):
            c = self.fresh(COMMENTS)
            if not c:
                break
            self.w(name_fmt(self), c)
            if meta_line:
                self.w(meta_line(self))

    # -- dates --------------------------------------------------------------
    def d(self, fmt, dt=None):
        t = dt or self.dt
        return fmt.format(
            wd=WEEKDAYS[t.weekday()], wdl=WEEKDAYS[t.weekday()].lower().capitalize(),
            ws=WD_SHORT[t.weekday()], d=t.day, m=t.month, y=t.year,
            dd=f"{t.day:02d}", mm=f"{t.month:02d}", H=f"{t.hour:02d}", M=f"{t.minute:02d}",
            h12=f"{(t.hour - 1) % 12 + 1:02d}", ap="AM" if t.hour < 12 else "PM",
            S=f"{self.r.randint(0, 59):02d}")

    def later(self, days):
        return datetime.fromordinal(self.dt.toordinal() + days).replace(hour=self.dt.hour)


NAME_SURNAMES = set(SURNAMES) | {"Hứa", "Doãn", "Khổng", "Chu", "Phùng", "Lại", "Triệu", "Mạc",
                                  "Hà", "La", "Vương", "Tăng", "Lương", "Giang", "Đoàn", "Kim"}
ROLE_ENDS = ("trưởng", "tịch", "đốc", "tướng", "tá", "uý", "úy", "sư", "sĩ", "thư", "viên", "nhiệm")
NOT_PERSON_BEFORE = {"đường", "phố", "cầu", "trường", "quận", "phường", "ngõ", "hẻm", "xã", "huyện",
                     "Đường", "Phố", "nhà", "Nhà", "làng", "tên"}
NAME_STOP = {"Chánh", "Phó", "Giám", "Chủ", "Trưởng", "Bí", "Thứ", "Bộ", "Tổng", "Cục", "Viện",
             "Hiệu", "UBND", "Công", "Sở", "Ban", "Đại", "Thượng", "Trung", "Giáo"}


def find_people(sents):
    """People named in the story, with 'Ông'/'Bà' where the story gives it."""
    out = []
    for s in sents:
        toks = s.split()
        for i, t in enumerate(toks):
            core = t.strip(",.;:)(\"“”'")
            if core not in NAME_SURNAMES or core != t or not core[:1].isupper():
                continue
            prev = toks[i - 1] if i else ""
            if prev in NOT_PERSON_BEFORE:
                continue
            name, closed = [core], False
            for w in toks[i + 1:i + 4]:
                c2 = w.strip(",.;:)(\"“”'")
                if (not c2 or not c2[0].isupper() or not c2.isalpha() or c2 in NAME_STOP
                        or w[0] in "(\"“'"):
                    closed = True
                    break
                name.append(c2)
                if c2 != w:
                    closed = True
                    break
            if len(name) == 4 and not closed:
                nxt = toks[i + 4] if i + 4 < len(toks) else ""
                if nxt and not (nxt[0].islower() or nxt[0] == "("):
                    continue  # the name may go on: leave it out
            if not 3 <= len(name) <= 4:
                continue
            full = " ".join(name)
            if prev.lower() == "ông":
                full = "Ông " + full
            elif prev.lower() == "bà":
                full = "Bà " + full
            elif not prev.lower().endswith(ROLE_ENDS):
                continue
            if full not in out:
                out.append(full)
    return out


TOPIC_CAPS = [
    (r"tai nạn|tông|đâm|lật|va chạm|liên hoàn", ["Hiện trường vụ tai nạn{at}.",
     "Lực lượng chức năng khám nghiệm hiện trường{at}.", "Phương tiện hư hỏng sau cú va chạm."]),
    (r"cháy|hoả hoạn|hỏa hoạn", ["Lực lượng cứu hoả có mặt tại hiện trường.",
     "Khu vực xảy ra vụ cháy được phong toả{at}."]),
    (r"Quốc hội|đại biểu|cử tri|trúng cử", ["Quang cảnh phiên họp.", "Các đại biểu tại hội trường."]),
    (r"dự án|xây dựng|công trình|quy hoạch|nhà máy|biệt thự|tái định cư|vỉa hè",
     ["Khu vực dự án nhìn từ trên cao{at}.", "Công trình đang được thi công{at}.",
      "Mặt bằng khu đất{at} sau khi giải toả."]),
    (r"đường băng|cao tốc|BOT|đường sắt|tàu|cầu|quốc lộ|sân bay", ["Phương tiện lưu thông qua khu vực{at}.",
     "Một đoạn tuyến đang được hoàn thiện{at}."]),
    (r"học sinh|giáo viên|trường|giảng viên|thí sinh|tiểu học", ["Học sinh trong giờ tan trường{at}.",
     "Một lớp học trong giờ lên lớp."]),
    (r"mưa|lũ|sạt lở|lở đất|bão", ["Khu vực sạt lở sau mưa lớn{at}.", "Lực lượng cứu hộ làm việc tại hiện trường."]),
    (r"bệnh viện|bệnh nhi|bác sĩ|thuốc|dược", ["Bệnh nhân điều trị tại bệnh viện{at}.",
     "Người dân chờ khám bệnh tại một bệnh viện."]),
    (r"cảnh sát|CSGT|công an|tạm giữ|khởi tố", ["Lực lượng cảnh sát làm nhiệm vụ{at}.",
     "Trụ sở cơ quan công an{at}."]),
    (r"rùa|cá |báo hoa|dê|động vật", ["Cá thể được người dân phát hiện{at}."]),
    (r"chất thải|ô nhiễm|môi trường|rác", ["Khu vực bị ô nhiễm{at}.", "Bãi tập kết chất thải{at}."]),
]


def slug(s):
    s = unicodedata.normalize("NFD", s.replace("Đ", "D").replace("đ", "d"))
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return re.sub(r"[^a-z0-9]", "", s.lower())


def find_places(text):
    found = []
    for p in PLACES:
        for m in re.finditer(re.escape(p), text):
            i, j = m.start(), m.end()
            if j < len(text) and text[j].isalpha():
                continue
            prev = text[:i].split()[-1:] or [""]
            prev = prev[0]
            if i > 0 and text[i - 1].isalpha():
                continue
            if prev in NAME_SURNAMES or prev in MIDDLE_M or prev in MIDDLE_F:
                continue  # part of a person's name: "Nguyễn Thái Bình"
            found.append((i, p))
            break
    found.sort()
    out = []
    for _, p in found:
        if p not in out and not (p == "Huế" and "Thừa Thiên Huế" in out):
            out.append(p)
    return out


# ---------------------------------------------------------------------------
# the twenty layouts
# ---------------------------------------------------------------------------

def lay_diaoc_ngaynay(c):
    """Property news site: menu, breadcrumb, share row; ALL-CAPS byline after story."""
    c.u("Địa Ốc Ngày Nay")
    c.w("Trang chủ Thị trường Dự án Quy hoạch Pháp lý Nội thất Phong thuỷ",
        "Trang chủ » " + c.pick(["Thị trường", "Quy hoạch", "Dự án", "Tin tức"]))
    c.u(c.title)
    c.u(c.d("{wd}, {dd}/{mm}/{y}, {H}:{M} (GMT+7)"))
    c.w("Chia sẻ Facebook Zalo Email")

    def img():
        c.f("caption", c.caption())
        c.f("credit", "Ảnh: " + c.pen())

    def see():
        for x in c.take_rel(1):
            c.f("related", "Xem thêm: " + x.title)
    c.story([img, see])
    c.f("byline", c.pen().upper())
    c.w(f"Từ khoá: bất động sản, {c.place()}, thị trường nhà đất")
    rel = c.take_rel(c.r.randint(3, 5))
    if rel:
        c.w("TIN LIÊN QUAN")
        for x in rel:
            c.f("related", "• " + x.title)
    c.w("Dự án nổi bật")
    for _ in range(3):
        c.w(f"{c.project()} – {c.pick(DISTRICTS)} – Từ {c.price()} triệu/m²")
    c.w(f"© {c.dt.year} Địa Ốc Ngày Nay. Giấy phép số {c.r.randint(100, 499)}/GP-TTĐT.")


def lay_bao_xaydung(c):
    """Construction trade paper: today bar, byline above date, short paragraphs, numbered list."""
    c.w(c.d("{wd}, {d}/{m}/{y}", c.later(c.r.randint(0, 2))))
    c.u("BÁO XÂY DỰNG & KIẾN THIẾT")
    c.w("Cơ quan ngôn luận của Hiệp hội Kiến thiết Đô thị Việt",
        "Thời sự | Xây dựng | Kiến trúc | Quy hoạch | Vật liệu | Bất động sản",
        c.pick(["XÂY DỰNG - ĐÔ THỊ", "QUY HOẠCH - KIẾN TRÚC", "HẠ TẦNG"]))
    c.u(c.title)
    c.f("byline", "Bài: " + c.full())
    c.u(c.d("{dd}/{mm}/{y} {H}:{M}"))

    def img():
        c.f("caption", f"{c.caption()[:-1]}. (Ảnh: {c.pen()})")

    def quote():
        q = c.pull_quote()
        if q:
            c.w(q)
    c.story([img, quote])
    c.w("In bài | Gửi email | Lên đầu trang")
    rel = c.take_rel(c.r.randint(3, 5))
    if rel:
        c.w("Các tin khác")
        for i, x in enumerate(rel, 1):
            c.f("related", f"{i}. {x.title}")


def lay_quyhoach_mo(c):
    """City planning portal: map captions with source credit, legal box, attachment, dated list."""
    c.u("Cổng thông tin Quy hoạch Mở")
    c.w("Tra cứu quy hoạch | Bản đồ số | Văn bản pháp lý | Tin tức | Hỏi đáp",
        "Tin tức > Quy hoạch đô thị")
    c.u(c.title)
    c.u(c.d("Ngày đăng: {dd}/{mm}/{y}"))
    c.w(f"Lượt xem: {c.r.randint(1, 9)}.{c.r.randint(100, 999)}")

    def mp():
        c.f("caption", c.mapcap())
        c.f("credit", "Nguồn: " + c.pick(["Sở Quy hoạch - Kiến trúc", "UBND quận", "Viện Quy hoạch đô thị"]))

    def legal():
        c.w("LƯU Ý", "Thông tin quy hoạch trong bài chỉ có giá trị tham khảo. Người dân cần tra cứu "
            "chính thức tại cơ quan quản lý quy hoạch địa phương trước khi giao dịch.")
    c.story([mp, legal])
    c.f("byline", c.pick(["Ban Biên tập", "P.V", "Nhóm biên tập Quy hoạch Mở"]))
    c.w(f"Tệp đính kèm: QD-{c.dt.year}-{c.r.randint(1000, 9999)}-QH.pdf ({c.r.randint(1, 4)},{c.r.randint(1, 9)} MB)")
    rel = c.take_rel(c.r.randint(3, 5))
    if rel:
        c.w("Các tin khác")
        for x in rel:
            c.f("related", x.title + c.d(" ({dd}/{mm}/{y})", x.date))
    c.w("Bản quyền thuộc Cổng thông tin Quy hoạch Mở. Ghi rõ nguồn khi phát hành lại thông tin từ website này.")


def lay_songhan(c):
    """General paper, property section: two-name byline, captions with inline credit, comments."""
    c.u("Thời báo Sông Hàn")
    c.w("Thời sự Thế giới Kinh doanh Bất động sản Pháp luật Giáo dục Sức khoẻ Thể thao",
        "Bất động sản / " + c.pick(["Thị trường", "Quy hoạch", "Nhà ở xã hội"]))
    c.u(c.title)
    c.f("byline", f"{c.pen()} - {c.pen()}")
    c.u(c.d("{d}/{m}/{y} | {H}:{M} GMT+7"))

    def img():
        c.f("caption", f"{c.caption()} Ảnh: {c.pen()}")

    def box():
        for x in c.take_rel(1):
            c.w("Đọc thêm")
            c.f("related", f"{x.title} – {x.teaser}" if x.teaser else x.title)
    c.story([img, box, img])
    c.w(f"Tags: Bất động sản  Quy hoạch  {c.place()}")
    c.w(f"Ý kiến bạn đọc ({c.r.randint(2, 9)})")
    c.comments(c.r.randint(1, 3), lambda s: s.full(), lambda s: f"Thích · Trả lời · {s.r.randint(1, 23)} giờ trước")
    rel = c.take_rel(c.r.randint(2, 3))
    if rel:
        c.w("TIN CÙNG CHUYÊN MỤC")
        for x in rel:
            c.f("related", x.title)
            if x.teaser:
                c.f("related", x.teaser)


def lay_nhaxinh(c):
    """Home magazine: 'Bạn đang xem' repeat, photo gallery with counters, author box at the end."""
    c.u("Nhà Xinh Tổ Ấm")
    c.w("Kiến trúc | Nội thất | Nhà đẹp | Thị trường | Tư vấn")
    c.u(c.title)
    c.u(c.d("{d} tháng {m}, {y}"))
    c.w("Bạn đang xem: " + c.title)
    total = c.r.randint(4, 8)

    def gal():
        for j in range(1, 3):
            c.w(f"Ảnh {j}/{total}")
            c.f("caption", c.caption())
        c.f("credit", "Ảnh: " + c.pick(["Nhà Xinh Tổ Ấm", c.pen(), "Tư liệu"]))
    c.story([gal])
    name = c.pen()
    c.w("Về tác giả")
    c.f("byline", name)
    c.f("byline", c.pick(["Biên tập viên chuyên mục Thị trường, phụ trách mảng nhà ở đô thị.",
                          "Phóng viên mảng kiến trúc và không gian sống, 6 năm kinh nghiệm.",
                          "Cộng tác viên chuyên viết về nhà ở và quy hoạch khu dân cư."]))
    c.w(f"Thích {c.r.randint(10, 900)} | Chia sẻ")
    rel = c.take_rel(4)
    if rel:
        c.w("Có thể bạn quan tâm")
        for x in rel:
            c.f("related", x.title)


def lay_giadat(c):
    """Land-price bulletin: reporter line, price table with source credit, disclaimer."""
    c.u("Bản tin Giá Đất Việt")
    c.w("Giá đất | Giá nhà | Dự án | Quy hoạch | Phân tích")
    c.u(c.title)
    c.u(c.d("{dd}/{mm}/{y}"))
    c.w(c.d("Cập nhật lúc {H}:{M}"))
    c.f("byline", "Phóng viên: " + c.full())

    def table():
        c.w(f"BẢNG GIÁ ĐẤT THAM KHẢO THÁNG {c.dt.month}/{c.dt.year}",
            "Khu vực | Thấp nhất | Cao nhất (triệu đồng/m²)")
        for dname in c.r.sample(DISTRICTS, 3):
            lo = c.price(12, 60)
            c.w(f"{dname} | {lo} | {lo + c.r.randint(8, 70)}")
        c.f("credit", "Nguồn: Tổng hợp từ các sàn giao dịch")

    def img():
        c.f("caption", c.caption())
        c.f("credit", "Nguồn: " + c.pick(["Giá Đất Việt", "Internet", c.pen()]))
    c.story([table, img])
    rel = c.take_rel(c.r.randint(3, 4))
    if rel:
        c.w("Bản tin khác")
        for x in rel:
            c.f("related", c.d("{dd}/{mm} | ", x.date) + x.title)
    c.w("Giá đất trong bảng chỉ mang tính tham khảo, không phải giá giao dịch chính thức.")


def lay_kenh_canho(c):
    """Apartment news: fact box, perspective captions, hotline, buyer comments."""
    c.u("Kênh Căn Hộ Mới")
    c.w("Trang chủ / Tin tức / Thị trường căn hộ")
    c.u(c.title)
    c.f("byline", "Bởi " + c.pen())
    c.u(c.d("{H}:{M} ngày {dd}/{mm}/{y}"))
    c.w("THÔNG TIN DỰ ÁN", "Tên dự án: " + c.project(), "Chủ đầu tư: " + c.dev(),
        "Vị trí: " + c.pick(LOCS),
        f"Quy mô: {c.r.randint(2, 6)} block, {c.r.randint(18, 40)} tầng, {c.r.randint(4, 30)}{c.r.randint(0, 9)}0 căn hộ",
        f"Giá bán: từ {c.price(25, 70)} triệu đồng/m²")

    def img():
        c.f("caption", c.persp())
        c.f("credit", "Ảnh: Phối cảnh chủ đầu tư")

    def hot():
        c.w(f"Đăng ký nhận bảng giá và chính sách bán hàng: {c.phone()}")
    c.story([img, hot])
    rel = c.take_rel(3)
    if rel:
        c.w("Bài viết liên quan")
        for x in rel:
            c.f("related", "- " + x.title)
    c.w(f"Bình luận của khách mua nhà ({c.r.randint(2, 12)})")
    c.comments(c.r.randint(2, 3), lambda s: f"{s.full()} ({s.pick(DISTRICTS)})", lambda s: "Trả lời")


def lay_ttnd_plus(c):
    """Aggregator: ticker, captions marked 'Ảnh minh hoạ', 'Theo <outlet>' signature, timed list."""
    c.u("Thị Trường Nhà Đất Plus")
    rel = c.take_rel(1)
    if rel:
        c.f("related", "Tin nóng: " + rel[0].title)
    c.u(c.title)
    c.u(c.d("{dd}-{mm}-{y} {h12}:{M} {ap}"))

    def img():
        c.f("caption", c.caption() + " (Ảnh minh hoạ)")

    def see():
        for x in c.take_rel(1):
            c.f("related", ">> " + x.title)
    c.story([img, see])
    c.f("byline", "Theo " + c.pick(OTHER_OUTLETS))
    rel = c.take_rel(c.r.randint(3, 5))
    if rel:
        c.w("TIN MỚI NHẤT")
        for x in rel:
            c.f("related", c.d("{H}:{M} ", x.date) + x.title)
    c.w("Liên hệ quảng cáo: ads@ttndplus.vn | Hotline " + c.hotline())


def lay_congtrinh_xanh(c):
    """Green-building journal: issue line, author with credentials + bio, numbered figures."""
    c.u("TẠP CHÍ CÔNG TRÌNH XANH")
    c.w(f"Số {c.r.randint(20, 90)} – Tháng {c.dt.month}/{c.dt.year}", "Trang chủ › Góc nhìn")
    c.u(c.title)
    c.f("byline", c.pick(["ThS. KTS ", "KTS. ", "TS. "]) + c.full())
    c.f("byline", c.pick(["Viện Nghiên cứu Kiến trúc Bền vững", "Hội đồng Công trình Xanh Phương Nam",
                          "Khoa Quy hoạch, Đại học Kiến trúc Miền Trung"]))
    c.u(c.d("Đăng ngày {dd}/{mm}/{y}"))
    fig = [0]

    def figure():
        fig[0] += 1
        c.f("caption", f"Hình {fig[0]}. {c.caption()}")
        c.f("credit", "Nguồn: " + c.pick(["Tạp chí Công trình Xanh", "Tác giả", c.pen()]))
    c.story([figure, figure])
    rel = c.take_rel(3)
    if rel:
        c.w("Bài cùng số")
        for x in rel:
            c.f("related", "› " + x.title)
    c.w(f"Đặt mua tạp chí: 024 3{c.r.randint(100, 999)} {c.r.randint(1000, 9999)} – banbientap@congtrinhxanh.vn")


def lay_hatang_viet(c):
    """Infrastructure site: date above title, two-name byline, video block, headline+teaser lines."""
    c.u("HẠ TẦNG VIỆT")
    c.w("Giao thông | Năng lượng | Đô thị | Đầu tư công | Video")
    c.u(c.d("{wd}, {dd}/{mm}/{y} - {H}:{M}"))
    c.u(c.title)
    c.f("byline", f"{c.pen()} - {c.pen()}")

    def video():
        c.w(f"▶ 0{c.r.randint(1, 4)}:{c.r.randint(10, 59)}")
        c.f("caption", c.caption())
        c.f("credit", "Video: Hạ Tầng TV")

    def img():
        c.f("caption", f"{c.caption()} (Ảnh: {c.pen()})")
    c.story([video, img])
    rel = c.take_rel(3)
    if rel:
        c.w("Tin liên quan")
        for x in rel:
            c.f("related", x.title)
            if x.teaser:
                c.f("related", x.teaser)
    c.w(f"Từ khoá: hạ tầng, {c.place()}, đầu tư công")


def lay_khonggian_pho(c):
    """Urban culture site: 'Bài & ảnh' byline, ISO date, captions without credit, arrow list."""
    c.u("Không Gian Phố")
    c.w("Đô thị • Kiến trúc • Di sản • Cộng đồng")
    c.u(c.title)
    c.f("byline", "Bài & ảnh: " + c.pen())
    c.u(c.d("{y}-{mm}-{dd}"))

    def img():
        c.w("Xem ảnh lớn")
        c.f("caption", c.caption())
    c.story([img, img, img])
    c.w("Chia sẻ bài viết:", "Facebook Twitter Zalo")
    rel = c.take_rel(3)
    if rel:
        c.w("ĐỌC TIẾP")
        for x in rel:
            c.f("related", "→ " + x.title)


def lay_phaply(c):
    """Legal-notice site: legal basis box mid story, lawyer byline, disclaimer, hotline."""
    c.u("Pháp Lý Địa Ốc")
    c.w("Hỏi đáp pháp luật | Văn bản mới | Thủ tục nhà đất | Tranh chấp")
    c.u(c.title)
    c.u(c.d("Ngày {dd}/{mm}/{y}"))
    c.w("Chuyên mục: Tin pháp lý")

    def legal():
        c.w("CĂN CỨ PHÁP LÝ", "- Luật Đất đai năm 2013;", "- Luật Nhà ở năm 2014;",
            "- Luật Kinh doanh bất động sản năm 2014.")
    c.story([legal])
    c.f("byline", f"Luật sư {c.full()} – Công ty Luật {c.pick(['Minh Pháp', 'An Tâm Việt', 'Hưng Chính'])}")
    c.w("Bài viết mang tính chất tham khảo, không thay thế cho ý kiến tư vấn pháp lý chính thức.",
        "Tư vấn pháp lý nhà đất miễn phí: " + c.hotline())
    rel = c.take_rel(c.r.randint(2, 4))
    if rel:
        c.w("Tin cùng chuyên mục")
        for i, x in enumerate(rel, 1):
            c.f("related", f"{i}) {x.title}")


def lay_dothi_phuongnam(c):
    """General paper: today bar, caption with ALL-CAPS credit, ALL-CAPS byline, joined related line."""
    c.w(c.d("{wd}, ngày {dd}/{mm}/{y}", c.later(c.r.randint(0, 1))))
    c.u("ĐÔ THỊ PHƯƠNG NAM")
    c.w("Chính trị Xã hội Kinh tế Đô thị Văn hoá Thể thao Bạn đọc")
    c.u(c.title)
    c.u(c.d("{dd}/{mm}/{y} {H}:{M}"))

    def img():
        c.f("caption", f"{c.caption()[:-1]} - ẢNH: {c.pen().upper()}")
    c.story([img, img])
    a, b = c.pen().upper(), c.pen().upper()
    c.f("byline", c.pick([a, f"{a} - {b}"]))
    rel = c.take_rel(3)
    if rel:
        c.f("related", "Tin khác: " + " • ".join(x.title for x in rel))
    c.w("Báo Đô Thị Phương Nam – Cơ quan của Hội Đô thị Phương Nam. Tổng biên tập: " + c.full())


def lay_muanha(c):
    """Home-finance site: 'Tác giả:' byline, mortgage calculator, loan-rate table, lead form."""
    c.u("Mua Nhà Thông Minh")
    c.w("Tài chính nhà ở | Vay mua nhà | Kinh nghiệm | Thị trường")
    c.u(c.title)
    c.u(c.d("{dd}/{mm}/{y} - {H}:{M}"))
    c.f("byline", "Tác giả: " + c.pen())

    def calc():
        c.w("CÔNG CỤ TÍNH LÃI VAY MUA NHÀ", "Giá trị căn nhà (VNĐ)", "Số tiền vay (VNĐ)",
            "Thời hạn vay (năm)", "Lãi suất (%/năm)", "Tính toán")

    def img():
        c.f("caption", c.caption())
        c.f("credit", "Ảnh: " + c.pick(["Minh hoạ", "Internet", c.pen()]))
    c.story([img, calc])
    c.w("Lãi suất vay mua nhà tham khảo")
    for bank in c.r.sample(BANKS, 3):
        c.w(f"{bank}: {c.r.randint(6, 9)},{c.r.randint(0, 9)}%/năm, ưu đãi {c.pick([6, 12, 18, 24])} tháng")
    c.w("Đăng ký tư vấn vay", "Họ và tên", "Số điện thoại", "Gửi yêu cầu")
    rel = c.take_rel(3)
    if rel:
        c.w("Bài viết cùng chủ đề")
        for x in rel:
            c.f("related", x.title + c.d(" - {dd}/{mm}", x.date))


def lay_diaoc_mientrung(c):
    """Regional property site: short-weekday date, captions '(Ảnh: X)', agency-tagged byline, sale ad."""
    c.u("Địa Ốc Miền Trung")
    c.w("Đà Nẵng | Quảng Nam | Huế | Quảng Ngãi | Khánh Hoà", "Trang chủ > Tin tức > Thị trường")
    c.u(c.title)
    c.u(c.d("{ws}, {dd}/{mm}/{y} | {H}:{M}"))

    def img():
        c.f("caption", f"{c.caption()} (Ảnh: {c.pen()})")

    def ad():
        c.w(f"Mở bán đất nền ven biển {c.project()} – LH {c.phone()}")
    c.story([img, ad])
    c.f("byline", c.pen() + " (ĐOMT)")
    rel = c.take_rel(c.r.randint(3, 5))
    if rel:
        c.w("Tin khác")
        for x in rel:
            c.f("related", "» " + x.title + c.d(" ({dd}/{mm})", x.date))


def lay_xaydung365(c):
    """Mobile page: menu/search, author then date, audio player, app banner, top-read list."""
    c.w("Menu")
    c.u("XÂY DỰNG 365")
    c.w("Tìm kiếm")
    c.u(c.title)
    c.f("byline", c.pen())
    c.u(c.d("{dd}/{mm}/{y} • {H}:{M}"))
    c.w(f"Nghe bài viết 0{c.r.randint(1, 6)}:{c.r.randint(10, 59)}", "A- A+")

    def img():
        c.f("caption", c.caption())
    c.story([img, img])
    c.w("Tải ứng dụng Xây Dựng 365 để đọc tin nhanh hơn")
    rel = c.take_rel(c.r.randint(3, 5))
    if rel:
        c.w("ĐỌC NHIỀU")
        for i, x in enumerate(rel, 1):
            c.f("related", f"{i} {x.title}")
    c.w("Lên đầu trang")


def lay_vatlieu(c):
    """Materials trade site: price ticker box, 'Ảnh: T.L' credits, byline at end, headline – teaser."""
    c.u("Vật Liệu & Thi Công")
    c.w("Giá vật liệu | Công nghệ thi công | Nhà thầu | Tiêu chuẩn")
    c.u(c.title)
    c.u(c.d("Cập nhật: {H}:{M} | {dd}/{mm}/{y}"))

    def img():
        c.f("caption", c.caption())
        c.f("credit", "Ảnh: " + c.pick(["T.L", c.pen(), "Vật Liệu & Thi Công"]))

    def prices():
        c.w("GIÁ VẬT LIỆU HÔM NAY",
            f"Thép cuộn CB240: {c.r.randint(12, 16)}.{c.r.randint(1, 9)}50 đ/kg",
            f"Xi măng PCB40: 1.{c.r.randint(300, 650)}.000 đ/tấn",
            f"Cát xây tô: {c.r.randint(180, 320)}.000 đ/m³",
            c.d("Cập nhật lúc 07:{M}"))
    c.story([img, prices])
    c.f("byline", c.pick([c.pen(), "Nhóm PV", c.full()]))
    rel = c.take_rel(3)
    if rel:
        c.w("Cùng chủ đề")
        for x in rel:
            c.f("related", f"{x.title} - {x.teaser}" if x.teaser else x.title)


def lay_nhipsong(c):
    """General paper, business section: sponsored developer press box, site-visit gallery, bullets."""
    c.u("Nhịp Sống Đô Thị")
    c.w("Thời sự Kinh tế Bất động sản Doanh nghiệp Xe Công nghệ", c.pick(["Bất động sản", "Đô thị"]))
    c.u(c.title)
    c.u(c.d("{dd}/{mm}/{y} {H}:{M} GMT+7"))

    def press():
        d = c.pick(DEV_B)
        c.w("TIN DOANH NGHIỆP",
            f"{d} công bố tiến độ xây dựng dự án {c.project()}",
            f"Thông tin liên hệ: Phòng Truyền thông {d} – Email: truyenthong@{slug(d)}.com.vn",
            "Nội dung do doanh nghiệp cung cấp")
    c.story([press])
    c.f("byline", c.pen())
    c.w("Thực tế khảo sát")
    for _ in range(c.r.randint(2, 3)):
        c.f("caption", c.caption())
    c.f("credit", "Ảnh: " + c.pen())
    rel = c.take_rel(3)
    if rel:
        c.w("Tin cùng chuyên mục")
        for x in rel:
            c.f("related", "• " + x.title)


def lay_san_tin(c):
    """Brokerage portal news: post buttons, listing ads, broker box, 'Dự án liên quan' projects."""
    c.u("Sàn Tin BĐS")
    c.w("Mua bán | Cho thuê | Dự án | Tin tức | Môi giới", "Đăng tin miễn phí")
    c.u(c.title)
    c.u(c.d("Đăng lúc {H}:{M}, {dd}/{mm}/{y}"))
    c.f("byline", "Người viết: " + c.full())

    def ads():
        c.w("TIN ĐĂNG NỔI BẬT",
            f"Bán căn hộ 2PN, {c.r.randint(55, 90)} m², giá {c.r.randint(1, 4)},{c.r.randint(1, 9)}5 tỷ – {c.pick(DISTRICTS)}",
            f"Cho thuê nhà phố 4x{c.r.randint(12, 25)} m, {c.r.randint(12, 60)} triệu/tháng – {c.pick(DISTRICTS)}")

    def broker():
        c.w(f"Môi giới: {c.full()} – {c.phone()} – Sàn giao dịch {c.pick(DEV_B)}")

    def img():
        c.f("caption", f"{c.caption()} (Ảnh: Sàn Tin BĐS)")
    c.story([img, ads, broker])
    c.w("Dự án liên quan")
    for _ in range(3):
        c.w(f"{c.project()} – {c.pick(LOCS)}")
    rel = c.take_rel(3)
    if rel:
        c.w("Tin tức khác")
        for x in rel:
            c.f("related", x.title)


def lay_kientruc(c):
    """Architecture site: date above title, 'Bài:' byline, photo gallery with per-photo credits."""
    c.u("Kiến Trúc Việt Đương Đại")
    c.w("Trang chủ Kiến trúc Quy hoạch Di sản Nội thất Sự kiện")
    c.u(c.d("{wdl}, ngày {dd} tháng {mm} năm {y}"))
    c.u(c.title)
    c.f("byline", "Bài: KTS. " + c.full())
    c.story([lambda: c.f("caption", c.caption())])
    c.w("ẢNH CÔNG TRÌNH")
    for _ in range(c.r.randint(2, 3)):
        c.f("caption", c.caption())
        c.f("credit", "Ảnh: " + c.pen())
    c.w("Chủ đề: Kiến trúc – Quy hoạch")
    rel = c.take_rel(c.r.randint(2, 4))
    if rel:
        c.w("Xem thêm")
        for x in rel:
            c.f("related", "- " + x.title + c.d(" ({dd}/{mm}/{y})", x.date))


LAYOUTS = [
    ("L00_diaoc_ngaynay", lay_diaoc_ngaynay, (2, 3)),
    ("L01_bao_xaydung", lay_bao_xaydung, (1, 2)),
    ("L02_quyhoach_mo", lay_quyhoach_mo, (2, 4)),
    ("L03_songhan_bds", lay_songhan, (2, 4)),
    ("L04_nhaxinh", lay_nhaxinh, (1, 3)),
    ("L05_giadat_viet", lay_giadat, (1, 3)),
    ("L06_kenh_canho", lay_kenh_canho, (2, 3)),
    ("L07_ttnd_plus", lay_ttnd_plus, (1, 3)),
    ("L08_congtrinh_xanh", lay_congtrinh_xanh, (3, 4)),
    ("L09_hatang_viet", lay_hatang_viet, (2, 3)),
    ("L10_khonggian_pho", lay_khonggian_pho, (1, 2)),
    ("L11_phaply_diaoc", lay_phaply, (2, 3)),
    ("L12_dothi_phuongnam", lay_dothi_phuongnam, (2, 4)),
    ("L13_muanha", lay_muanha, (1, 3)),
    ("L14_diaoc_mientrung", lay_diaoc_mientrung, (2, 4)),
    ("L15_xaydung365", lay_xaydung365, (1, 2)),
    ("L16_vatlieu_thicong", lay_vatlieu, (2, 3)),
    ("L17_nhipsong_dothi", lay_nhipsong, (1, 3)),
    ("L18_san_tin_bds", lay_san_tin, (2, 3)),
    ("L19_kientruc_viet", lay_kientruc, (2, 4)),
]


# ---------------------------------------------------------------------------
# scraper faults
# ---------------------------------------------------------------------------

FAULTS = ("nbsp", "zwsp", "dblspace", "glue", "nfd")


def _strings(rows):
    """(row index, item index or None) for every string of the page."""
    out = []
    for i, (tag, pay) in enumerate(rows):
        if tag == "b":
            out += [(i, j) for j in range(len(pay))]
        else:
            out.append((i, None))
    return out


def _get(rows, ref):
    i, j = ref
    return rows[i][1][j] if j is not None else rows[i][1]


def _set(rows, ref, val):
    i, j = ref
    if j is None:
        rows[i] = (rows[i][0], val)
    else:
        rows[i][1][j] = val


def _spaces(s):
    return [m.start() for m in re.finditer(" ", s)]


def apply_faults(rows, r):
    rows = [(t, list(p)) if t == "b" else (t, p) for t, p in rows]
    if r.random() >= 0.27:
        return rows, []
    kinds = r.sample(FAULTS, r.choice([1, 1, 2]))
    done = []
    for kind in kinds:
        refs = [x for x in _strings(rows) if " " in _get(rows, x)]
        if kind == "glue":
            cands = []
            for i, (tag, pay) in enumerate(rows):
                if tag != "b":
                    continue
                for j in range(len(pay) - 1):
                    a, b = pay[j], pay[j + 1]
                    if a.endswith(".") and not a.endswith("..") and b[:1].isupper():
                        cands.append((i, j))
            if not cands:
                continue
            i, j = r.choice(cands)
            pay = rows[i][1]
            pay[j:j + 2] = [pay[j] + pay[j + 1]]
        elif kind == "nbsp":
            for ref in r.sample(refs, max(1, len(refs) // 3)):
                s = _get(rows, ref)
                sp = _spaces(s)
                for pos in r.sample(sp, min(len(sp), r.randint(1, 3))):
                    s = s[:pos] + "\u00a0" + s[pos + 1:]
                _set(rows, ref, s)
        elif kind == "zwsp":
            for ref in r.sample(refs, min(len(refs), r.randint(2, 4))):
                s = _get(rows, ref)
                words = [m for m in re.finditer(r"[^\W\d_]{4,}", s)]
                if not words:
                    continue
                m = r.choice(words)
                pos = m.start() + r.randint(1, len(m.group()) - 1)
                _set(rows, ref, s[:pos] + "\u200b" + s[pos:])
        elif kind == "dblspace":
            for ref in r.sample(refs, min(len(refs), r.randint(1, 3))):
                s = _get(rows, ref)
                pos = r.choice(_spaces(s))
                _set(rows, ref, s[:pos] + "  " + s[pos + 1:])
        elif kind == "nfd":
            for ref in _strings(rows):
                _set(rows, ref, unicodedata.normalize("NFD", _get(rows, ref)))
        done.append(kind)
    return rows, done


# ---------------------------------------------------------------------------
# assembly and the contract check
# ---------------------------------------------------------------------------

def assemble(rows, layout):
    lines, body, furn, unl = [], [], [], []
    for tag, pay in rows:
        if tag == "b":
            lines.append(" ".join(pay))
            body.extend(pay)
        elif tag == "u":
            lines.append(pay)
            unl.append(pay)
        else:
            lines.append(pay)
            furn.append((tag, pay))
    return Page("\n".join(lines), body, furn, layout), unl


def check_page(page, title, unlabelled, sentences):
    """Independent walk over page.text; raise ValueError on any breach of the contract."""
    def bad(msg):
        raise ValueError(f"{page.layout}: {msg}")
    text, body, furn = page.text, page.body, page.furniture
    if not text.strip():
        bad("empty page")
    lines = text.split("\n")
    for ln in lines:
        if not ln.strip() or ln != ln.strip():
            bad(f"blank or unstripped line {ln!r}")
    for item in body:
        if not item or item != item.strip() or "\n" in item or item not in text:
            bad(f"bad body item {item!r}")
    for kind, ln in furn:
        if kind not in KINDS:
            bad(f"unknown kind {kind}")
    bi = fi = 0
    unl = []
    for ln in lines:
        if fi < len(furn) and ln == furn[fi][1]:
            fi += 1
            continue
        for k in (1, 2, 3, 4):
            if bi + k <= len(body) and ln == " ".join(body[bi:bi + k]):
                bi += k
                break
        else:
            unl.append(ln)
    if bi != len(body) or fi != len(furn):
        bad(f"walk did not use up body ({bi}/{len(body)}) or furniture ({fi}/{len(furn)})")
    if len(unl) > 3 or len(set(unl)) != len(unl):
        bad(f"unlabelled lines {unl!r}")
    if set(unl) != set(unlabelled) or len(unlabelled) != len(set(unlabelled)):
        bad(f"unlabelled lines differ: {unl!r}")
    if not any(norm(u) == norm(title) for u in unl):
        bad("title line missing")
    if len(body) < 3:
        bad("fewer than three body items")
    bn = {norm(s) for s in body} | {norm(s) for s in sentences}
    if len({norm(s) for s in body}) != len(body):
        bad("repeated body item")
    for kind, ln in furn:
        if norm(ln) in bn:
            bad(f"furniture repeats a story sentence: {ln!r}")
        if kind == "related" and norm(ln) == norm(title):
            bad("related line equals title")
    for ln in unl:
        if norm(ln) in bn:
            bad(f"unlabelled line repeats a story sentence: {ln!r}")


def group_paras(sents, lo, hi, r):
    paras, i = [], 0
    while i < len(sents):
        n = r.randint(lo, hi)
        paras.append(sents[i:i + n])
        i += n
    return paras


def build(path):
    body_rows, rel_rows = read_rows(path)
    rel_pool = []
    for _, t, a in rel_rows:
        tt = detok(t)
        if len(tt.split()) >= 4:
            rel_pool.append((tt, teaser_of(a)))
    out = []
    for k, (row, t, a) in enumerate(body_rows):
        name, fn, (lo, hi) = LAYOUTS[k % len(LAYOUTS)]
        title, sents = story_sentences(t, a)
        if len(sents) < 3:
            continue
        paras = group_paras(sents, lo, hi, R(row, "paras"))
        c = Ctx(row, title, paras, rel_pool, name)
        fn(c)
        rows, faults = apply_faults(c.rows, R(row, "faults"))
        page, unl = assemble(rows, name)
        check_page(page, title, unl, sents)
        out.append((page, faults, row))
    return out


def pages(path):
    return [p for p, _, _ in build(Path(path))]


def totals(built):
    cols = ("pages", "body") + KINDS + ("faulty", "faults")
    table = {}
    for page, faults, _ in built:
        t = table.setdefault(page.layout, dict.fromkeys(cols, 0))
        t["pages"] += 1
        t["body"] += len(page.body)
        for kind, _ in page.furniture:
            t[kind] += 1
        t["faulty"] += bool(faults)
        t["faults"] += len(faults)
    tot = dict.fromkeys(cols, 0)
    for t in table.values():
        for k in cols:
            tot[k] += t[k]
    lines = ["%-22s" % "layout" + "".join("%9s" % k for k in cols)]
    for name in sorted(table):
        lines.append("%-22s" % name + "".join("%9d" % table[name][k] for k in cols))
    lines.append("%-22s" % "TOTAL" + "".join("%9d" % tot[k] for k in cols))
    fk = {}
    for _, faults, _ in built:
        for f in faults:
            fk[f] = fk.get(f, 0) + 1
    lines.append("fault kinds: " + ", ".join(f"{k}={fk.get(k, 0)}" for k in FAULTS))
    return "\n".join(lines)


def main(argv):
    if len(argv) < 2:
        print("usage: python3 make.py vietnews_train.jsonl.gz [--show N]", file=sys.stderr)
        return 2
    built = build(Path(argv[1]))
    if len(argv) > 3 and argv[2] == "--show":
        for page, faults, row in built:
            if page.layout.startswith(argv[3]) or argv[3] == str(row):
                print(f"===== row {row} {page.layout} faults={faults}")
                print(page.text)
                print()
        return 0
    print(f"{SET_NAME}: {len(built)} pages (seed {SEED})")
    print(totals(built))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
