#!/usr/bin/env python3
"""Blind evaluation set test63: "the soft sections".

Scraped article pages from the lifestyle, family, health, education, food,
travel and consumer sections of invented Vietnamese outlets and magazines.
Standard library only.  Usage:

    python make.py /path/to/vietnews_train.jsonl.gz

prints the totals table.  ``pages(train_path)`` returns the labelled pages.
"""
import gzip
import json
import random
import re
import sys
import unicodedata
from typing import NamedTuple

SETNAME = "test63"
SEED = 6363
BODY_ROWS = range(19_000, 19_100)
RELATED_ROWS = range(18_500, 18_600)
KINDS = ("byline", "credit", "caption", "related", "widget")
FAULTS = ("nbsp", "zwsp", "dblspace", "glued", "nfd")
MIN_BODY = 1          # a row giving no sure story sentence makes no page
RELATED_CUT = 1200    # never look past this many characters of a related row


class Page(NamedTuple):
    text: str        # the scraped page as plain text
    body: list       # the story's own sentences (body items), in story order
    furniture: list  # (kind, line) for every other line, in text order
    layout: str      # the name of the layout/template the page was drawn from


def R(row, purpose):
    """The only source of randomness: one generator per (row, purpose)."""
    return random.Random(f"{SETNAME}|{SEED}|{row}|{purpose}")


# ---------------------------------------------------------------------------
# reading
# ---------------------------------------------------------------------------

def _usable(raw):
    if not raw.strip():
        return None
    try:
        obj = json.loads(raw)
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


def _read(train_path):
    """One streaming pass; stops after the last row needed."""
    last = max(BODY_ROWS[-1], RELATED_ROWS[-1])
    body, related = [], []
    with gzip.open(train_path, "rb") as fh:
        for lineno, raw in enumerate(fh):
            if lineno in BODY_ROWS or lineno in RELATED_ROWS:
                got = _usable(raw)
                if got is not None:
                    title, article = got
                    if lineno in RELATED_ROWS:
                        # only the first 1,200 characters are ever kept
                        related.append((lineno, title, article[:RELATED_CUT]))
                    else:
                        body.append((lineno, title, article))
            if lineno >= last:
                break
    return body, related


# ---------------------------------------------------------------------------
# text normalisation helpers
# ---------------------------------------------------------------------------

ZW = "\u200b\u200c\u200d\u2060\ufeff"
_ZW_RE = re.compile("[" + ZW + "]")
_WS_RE = re.compile(r"\s+")


def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = _ZW_RE.sub("", s)
    s = _WS_RE.sub("", s)
    return s.casefold()


def _pair_quotes(s, q, strict):
    """Tokenised quotes have a space on both sides; pair them in order and
    remove the inner spaces.  With strict=True only quotes standing as a
    token of their own (apostrophe-safe) are touched."""
    out = []
    opening = True
    n = len(s)
    i = 0
    while i < n:
        c = s[i]
        if c == q:
            before = s[i - 1] if i > 0 else " "
            after = s[i + 1] if i + 1 < n else " "
            token = before == " " or after == " "
            if strict and not (before == " " and (after == " " or not after.isalnum())):
                token = False
            if token:
                if opening:
                    out.append(c)
                    if after == " ":
                        i += 1
                else:
                    if out and out[-1] == " ":
                        out.pop()
                    out.append(c)
                opening = not opening
                i += 1
                continue
        out.append(c)
        i += 1
    return "".join(out)


def detok(s):
    s = s.replace("_", " ")
    s = _WS_RE.sub(" ", s).strip()
    s = _pair_quotes(s, '"', False)
    s = _pair_quotes(s, "'", True)
    s = s.replace("“ ", "“").replace(" ”", "”")
    s = s.replace("‘ ", "‘").replace(" ’", "’")
    s = re.sub(r" ([,.;:!?%…)\]])", r"\1", s)
    s = re.sub(r"([(\[]) ", r"\1", s)
    s = re.sub(r"(\S) / (\S)", r"\1/\2", s)
    s = re.sub(r"(\S) / (\S)", r"\1/\2", s)
    return _WS_RE.sub(" ", s).strip()


# ---------------------------------------------------------------------------
# sentence splitting
# ---------------------------------------------------------------------------

ABBREV = {
    "tp", "ts", "gs", "pgs", "ths", "bs", "ks", "ls", "ns", "nsnd", "nsưt",
    "tt", "q", "p", "st", "mr", "mrs", "ms", "dr", "ck", "cki", "ckii",
    "bsckii", "bscki", "v.v", "vv", "tr", "tx", "h", "no", "sđt", "đt",
    "ttnd", "ttưt", "kts", "cn", "ttg", "btv", "pv", "th", "ltd", "co", "inc",
    "jr", "sr", "vs", "tel", "nxb", "pts", "ptgđ", "tgđ", "gđ",
}
_TERM = ".!?…"
_CLOSERS = "\"”’)]"


def _prev_word(s, i):
    j = i
    while j > 0 and not s[j - 1].isspace():
        j -= 1
    return s[j:i]


def _is_abbrev(word):
    w = word.strip("(\"“‘'[")
    if not w:
        return False
    last = w.split(".")[-1]
    if last.casefold() in ABBREV or w.casefold() in ABBREV:
        return True
    if re.fullmatch(r"[A-ZĐÂĂÊÔƠƯ]", last):               # initial: Nguyễn V. A
        return True
    if re.fullmatch(r"(?:[A-Za-zĐđ]{1,2}\.)+[A-Za-zĐđ]{1,2}", w):   # T.Ư, U.S
        return True
    return False


def _raw_pieces(s):
    pieces = []
    start = 0
    n = len(s)
    i = 0
    while i < n:
        c = s[i]
        if c in _TERM:
            j = i + 1
            while j < n and s[j] in _TERM:
                j += 1
            while j < n and s[j] in _CLOSERS:
                j += 1
            if j >= n:
                break
            if s[j] == " ":
                k = j + 1
                nxt = s[k] if k < n else ""
                ok = nxt and (nxt.isupper() or nxt.isdigit() or nxt in "\"“(‘[")
                if ok and c == "." and j == i + 1 and _is_abbrev(_prev_word(s, i)):
                    ok = False
                if ok and c == "." and j == i + 1 and re.fullmatch(r"\d{1,2}", _prev_word(s, i)) \
                        and i - len(_prev_word(s, i)) <= start:
                    ok = False           # "1. Mục" list numbers
                if ok:
                    pieces.append(s[start:j])
                    start = k
                    i = k
                    continue
            i = j
            continue
        i += 1
    if start < n:
        pieces.append(s[start:].strip())
    return [p for p in pieces if p]


def _balanced(s):
    return s.count('"') % 2 == 0 and s.count("“") == s.count("”") \
        and s.count("(") == s.count(")") and s.count("‘") == s.count("’")


def split_sentences(s):
    """Split detokenised text; quoted speech spanning several sentences is
    re-joined, pieces that never balance are given back singly."""
    pieces = _raw_pieces(s)
    out = []
    i = 0
    while i < len(pieces):
        cur = pieces[i]
        if _balanced(cur):
            out.append(cur)
            i += 1
            continue
        done = False
        for k in range(i + 1, min(i + 6, len(pieces))):
            cur = cur + " " + pieces[k]
            if _balanced(cur):
                out.append(cur)
                i = k + 1
                done = True
                break
        if not done:
            out.append(pieces[i])
            i += 1
    return out


# ---------------------------------------------------------------------------
# taking the story out of a VietNews article
# ---------------------------------------------------------------------------

CAPTION_MARKS = (
    "ảnh:", "ảnh :", "(ảnh", "ảnh minh", "video:", "video :", "clip:", "minh hoạ",
    "minh họa", "(trái)", "(phải)", "(giữa)", "từ trái sang", "từ trái qua",
    "nguồn:", "đồ hoạ", "đồ họa", "infographic", "ảnh chụp", "photo", "ảnh do",
    "ảnh nhân vật", "ảnh tư liệu", "ảnh cắt", "xem video", "xem thêm", "bấm vào",
    "click", "(video", "trong ảnh", "ảnh trên", "ảnh dưới", "ảnh trái", "ảnh phải",
    "hình ảnh", "ảnh vệ tinh", "(nguồn", "theo đó:", "bìa trái", "bìa phải",
    "ngoài cùng bên", "đứng giữa", "hàng đầu", "ảnh lớn", "ảnh nhỏ",
)
REPORTING = re.compile(
    r"\b(cho biết|cho hay|chia sẻ|khẳng định|cho rằng|nhận định|giải thích|"
    r"nhấn mạnh|thừa nhận|tiết lộ|xác nhận|lý giải|bày tỏ|nêu rõ)\b|"
    r"\b(nói|kể|thông tin|trả lời)(?=[.,:]| thêm| tiếp| và)|"
    r"[\"”],\s|:\s*[\"“]")
CONNECTORS = (
    "Tuy nhiên", "Theo", "Trước đó", "Ngoài ra", "Đồng thời", "Trong khi",
    "Sau đó", "Do đó", "Vì vậy", "Bên cạnh", "Như vậy", "Tuy vậy", "Thế nhưng",
    "Nhưng", "Còn", "Riêng", "Trong đó", "Dù", "Mặc dù", "Khi", "Nếu", "Để",
    "Hiện nay", "Hiện tại", "Cũng theo", "Cùng với", "Do vậy", "Vì thế",
    "Bởi vậy", "Thậm chí", "Ngoài", "Trước", "Sau khi", "Từ đó", "Điều này",
)
MIDCAP = {
    "Theo", "Tuy", "Trong", "Ngoài", "Khi", "Sau", "Tại", "Với", "Hiện",
    "Điều", "Những", "Các", "Nhiều", "Do", "Nếu", "Để", "Cũng", "Chúng", "Tôi",
    "Họ", "Còn", "Và", "Nhưng", "Mặc", "Dù", "Trước", "Ông", "Bà", "Chị",
    "Hôm", "Lúc", "Mỗi", "Đó", "Này", "Vì", "Riêng",
}
_THEO_TAIL = re.compile(
    r"(\(\s*[Tt]heo [^)]*\)\s*\.?$)|([.!?…]\s*[Tt]heo [A-ZĐ][^.!?]*$)|"
    r"(\b[Tt]heo (báo |tờ |trang |tạp chí )?[A-ZĐ][\w.]*( [A-ZĐ&+][\w.+]*){0,3}\)?\.?$)")
_WELLFORMED_Q = re.compile(r'(?:^|[\s(\[:“‘])"\S')


def _quotes_ok(s):
    """Every straight quote must look like an opener or a closer, in turn."""
    expect_open = True
    n = len(s)
    for i, c in enumerate(s):
        if c != '"':
            continue
        before = s[i - 1] if i > 0 else " "
        after = s[i + 1] if i + 1 < n else " "
        if expect_open:
            if not (before in " ([:“‘-" and not after.isspace()):
                return False
        else:
            if before.isspace() or not (after in " ,.;:!?…)]”’-" ):
                return False
        expect_open = not expect_open
    return expect_open


def _terminal_ok(s):
    t = s.rstrip("\"”’)]")
    return bool(t) and t[-1] in ".!?…"


def _words(s):
    return s.split()


def _midcap(s):
    ws = s.split()
    for k in range(1, len(ws)):
        w = ws[k].strip("\"“”(),.:;!?")
        if w in MIDCAP:
            prev = ws[k - 1]
            if prev and prev[-1].isalnum():
                return True
    return False


def _reason(sent, first, title_n):
    """Why a sentence is not sure story text (None when it is)."""
    low = sent.casefold()
    ws = _words(sent)
    if any(m in low for m in CAPTION_MARKS):
        return "caption-mark"
    if not _balanced(sent) or not _quotes_ok(sent):
        return "quotes"
    if not _terminal_ok(sent):
        return "no-terminal"
    if ":" in " ".join(ws[:6]):
        return "early-colon"
    if _THEO_TAIL.search(sent):
        return "theo-tail"
    head = sent.lstrip("\"“‘(")
    if not head or not (head[0].isupper() or head[0].isdigit()):
        return "lower-start"
    if len(ws) < 8:
        return "short"
    if len(ws) > 110 or len(sent) > 700:
        return "long"
    if _midcap(sent):
        return "glued-heading"
    if re.search(r"\s[-–—]\s*$", sent) or "|" in sent or "»" in sent or "•" in sent:
        return "odd"
    if re.search(r"\.[A-ZĐ]", sent) and not re.search(r"[A-Z]{2,}\.[A-Z]", sent):
        return "glued"
    if norm(sent) == title_n:
        return "title"
    reporting = bool(REPORTING.search(sent))
    connector = any(sent.startswith(c + " ") or sent.startswith(c + ",") for c in CONNECTORS)
    commas = sent.count(",")
    if first:
        if len(ws) < 22 or commas == 0:
            return "first-short"
    if len(ws) <= 22 and not reporting and not connector:
        return "short-descriptive"
    if len(ws) <= 30 and commas == 0 and not reporting and not connector:
        return "descriptive"
    return None


def story(title, article):
    """Return (kept sentences, [(sentence, reason)] dropped)."""
    text = detok(article)
    sents = split_sentences(text)
    title_n = norm(detok(title))
    kept, dropped = [], []
    reasons = []
    for k, s in enumerate(sents):
        reasons.append(_reason(s, k == 0, title_n))
    # the sentence right before a caption mark is (almost always) the caption
    for k, r in enumerate(reasons):
        if r == "caption-mark" and k > 0 and reasons[k - 1] is None:
            reasons[k - 1] = "before-mark"
    seen = set()
    for s, r in zip(sents, reasons):
        if r is None and norm(s) in seen:
            r = "duplicate"
        if r is None:
            seen.add(norm(s))
            kept.append(s)
        else:
            dropped.append((s, r))
    return kept, dropped


# ---------------------------------------------------------------------------
# invented furniture material
# ---------------------------------------------------------------------------

FAM = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ",
       "Ngô", "Dương", "Lý", "Trịnh", "Tạ", "Kiều", "Lương", "Mai", "Vương", "Tôn"]
MID = ["Thị", "Văn", "Minh", "Thu", "Ngọc", "Hoài", "Đức", "Quốc", "Thanh", "Bảo",
       "Gia", "Kim", "Phương", "Hữu"]
GIV = ["Thư", "Linh", "Vinh", "Trang", "An", "Diệp", "Khánh", "Tùng", "Nhung",
       "Thảo", "Huy", "Lan", "Tuấn", "Kiệt", "Yến", "Nhi", "Đăng", "Khoa", "Vy",
       "Hải", "Lam", "Giang", "Quỳnh", "Như", "Sơn", "Hiền", "Châu", "Phong",
       "Uyên", "Trâm", "Duy", "Hạnh", "Loan", "Nguyên", "Ánh", "Tâm"]
PRE = ["Minh", "Hà", "Quang", "Thu", "Hoài", "Ngọc", "Bảo", "Khánh", "Thanh",
       "Hồng", "Phương", "Gia", "Mai", "Lan", "Tường", "Hải", "Diệu", "Trúc",
       "Kim", "Song", "Nhật", "Thuỳ", "Anh", "Lệ", "Đình"]
PEN = ["Hạt Tiêu", "Gió Nồm", "Cỏ May", "Bút Chì", "Mèo Mun", "Sương Sớm",
       "Lá Me", "Hoa Sứ", "Chim Sẻ", "Mây Trắng", "Bồ Câu", "Tép Riu"]


def full_name(r):
    return f"{r.choice(FAM)} {r.choice(MID)} {r.choice(GIV)}"


def short_name(r):
    a = r.choice(PRE)
    b = r.choice([g for g in GIV if g != a])
    return f"{a} {b}"


def caps(s):
    return s.upper()


WEEKDAY = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
WEEKDAY_LOW = ["thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ sáu", "thứ bảy", "chủ nhật"]


class When:
    def __init__(self, r):
        import datetime
        base = datetime.datetime(2016, 1, 4, 6, 0)
        self.dt = base + datetime.timedelta(days=r.randrange(0, 1400),
                                            minutes=r.randrange(0, 15 * 60))
        d = self.dt
        self.wd, self.wdl = WEEKDAY[d.weekday()], WEEKDAY_LOW[d.weekday()]
        self.d, self.m, self.y, self.H, self.M = d.day, d.month, d.year, d.hour, d.minute

    def dm(self):
        return f"{self.d}/{self.m}"

    def dmy(self, pad=True):
        return f"{self.d:02d}/{self.m:02d}/{self.y}" if pad else f"{self.d}/{self.m}/{self.y}"

    def hm(self, sep=":"):
        return f"{self.H:02d}{sep}{self.M:02d}"

    def later(self, minutes):
        w = When.__new__(When)
        import datetime
        w.dt = self.dt + datetime.timedelta(minutes=minutes)
        d = w.dt
        w.wd, w.wdl = WEEKDAY[d.weekday()], WEEKDAY_LOW[d.weekday()]
        w.d, w.m, w.y, w.H, w.M = d.day, d.month, d.year, d.hour, d.minute
        return w


# Per-section pools: tips, facts ("Bạn có biết?"), expert quotes, products,
# poll, quiz, tags, stock captions (full sentences describing a scene).
POOLS = {
    "giadinh": dict(
        tips=["Dành ít nhất 15 phút mỗi tối để trò chuyện cùng con về một ngày của bé.",
              "Hãy để trẻ tự chọn quần áo cho ngày hôm sau, việc nhỏ này giúp con tự lập hơn.",
              "Cả nhà cùng cất điện thoại trong bữa tối để bữa cơm thực sự là lúc sum họp.",
              "Khen con vì sự cố gắng thay vì chỉ khen kết quả.",
              "Lập bảng phân công việc nhà theo tuần và dán ở nơi cả nhà dễ nhìn thấy."],
        facts=["Trẻ dưới 6 tuổi cần ngủ từ 10 đến 13 tiếng mỗi ngày, kể cả giấc trưa.",
               "Trẻ được đọc sách cùng bố mẹ mỗi tối thường có vốn từ phong phú hơn khi vào lớp 1.",
               "Ông bà cùng chăm cháu vài buổi mỗi tuần có thể giúp cả hai thế hệ bớt căng thẳng."],
        quotes=["Cha mẹ càng bình tĩnh thì trẻ càng học được cách xử lý cảm xúc của chính mình.",
                "Đừng so sánh con với con nhà hàng xóm, mỗi đứa trẻ có một nhịp phát triển riêng.",
                "Một lời xin lỗi đúng lúc của người lớn dạy trẻ nhiều hơn mười lời răn."],
        experts=["Chuyên gia tâm lý {n}, Trung tâm Tư vấn Gia đình Cánh Diều",
                 "ThS {n}, giảng viên tâm lý học, Học viện Sư phạm Bến Thành",
                 "Nhà giáo {n}, nguyên hiệu trưởng Trường Tiểu học Hoa Phượng Đỏ"],
        products=[("Bộ đồ chơi xếp hình gỗ 120 chi tiết Mầm Xanh", "259.000 đồng"),
                  ("Ghế ăn dặm gấp gọn BéYêu G2", "1.150.000 đồng"),
                  ("Sách tranh song ngữ Chú Mèo Đi Học (trọn bộ 6 cuốn)", "198.000 đồng")],
        poll=("Gia đình bạn có quy định giờ dùng điện thoại cho trẻ không?",
              ["Có, rất nghiêm", "Có nhưng không chặt", "Không có quy định"]),
        quiz=("Trẻ mấy tuổi có thể bắt đầu tập tự gấp quần áo?", ["2 tuổi", "4 tuổi", "7 tuổi"]),
        tags=["nuôi dạy con", "gia đình", "kỹ năng sống", "cha mẹ", "tâm sự", "hôn nhân",
              "ông bà", "trẻ nhỏ"],
        stock=["Bữa cơm tối là lúc cả gia đình quây quần sau một ngày bận rộn.",
               "Hai mẹ con cùng đọc sách trước giờ đi ngủ.",
               "Nhiều gia đình trẻ cho con vui chơi ngoài trời vào dịp cuối tuần.",
               "Ông bà đưa cháu đi dạo trong công viên gần nhà."]),
    "suckhoe": dict(
        tips=["Uống đủ 1,5 đến 2 lít nước mỗi ngày, chia đều thành nhiều lần.",
              "Đứng dậy vận động 5 phút sau mỗi giờ ngồi làm việc.",
              "Không tự ý dùng kháng sinh khi chưa có chỉ định của bác sĩ.",
              "Rửa tay bằng xà phòng ít nhất 20 giây trước khi ăn.",
              "Đi ngủ và thức dậy vào một giờ cố định, kể cả cuối tuần."],
        facts=["Cơ thể người trưởng thành có khoảng 60% là nước.",
               "Thường xuyên ngủ dưới 6 tiếng mỗi đêm có thể làm tăng nguy cơ tăng huyết áp.",
               "Đi bộ nhanh 30 phút tương đương khoảng 3.000 đến 4.000 bước chân."],
        quotes=["Nhiều người chỉ đi khám khi bệnh đã nặng, trong khi tầm soát định kỳ giúp phát hiện sớm và điều trị nhẹ nhàng hơn.",
                "Thực phẩm chức năng không thể thay thế thuốc chữa bệnh.",
                "Cơ thể luôn phát tín hiệu sớm, chỉ là chúng ta thường bỏ qua."],
        experts=["ThS.BS {n}, Khoa Nội tổng hợp, Bệnh viện Đa khoa Tâm An",
                 "BS.CKI {n}, Phòng khám Gia đình Phúc Lộc",
                 "PGS.TS {n}, Viện Dinh dưỡng Cộng đồng Phương Nam"],
        products=[("Máy đo huyết áp bắp tay AnKhang HA-21", "890.000 đồng"),
                  ("Bình giữ nhiệt 750 ml Suối Mát", "320.000 đồng"),
                  ("Thảm tập yoga chống trượt 6 mm An Yên", "275.000 đồng")],
        poll=("Bạn đi khám sức khoẻ tổng quát bao lâu một lần?",
              ["6 tháng/lần", "Mỗi năm một lần", "Khi có bệnh mới đi"]),
        quiz=("Người trưởng thành nên ngủ bao nhiêu tiếng mỗi đêm?", ["4-5 tiếng", "7-9 tiếng", "11-12 tiếng"]),
        tags=["sức khoẻ", "phòng bệnh", "dinh dưỡng", "giấc ngủ", "sống khoẻ", "bác sĩ tư vấn",
              "y tế", "thói quen tốt"],
        stock=["Bác sĩ thăm khám cho bệnh nhân tại phòng khám.",
               "Người dân chờ đến lượt khám vào buổi sáng.",
               "Tập thể dục đều đặn giúp nâng cao sức đề kháng.",
               "Một bữa ăn cân bằng với nhiều rau xanh và trái cây."]),
    "amthuc": dict(
        tips=["Ngâm nấm mèo trong nước ấm pha chút muối khoảng 15 phút để nấm nở đều và sạch hơn.",
              "Ướp thịt qua đêm trong ngăn mát tủ lạnh sẽ giúp thịt ngấm gia vị hơn.",
              "Cho một lát gừng đập dập vào nồi khi luộc gà để khử mùi tanh.",
              "Rang gạo trước khi nấu cháo giúp cháo thơm và nhanh nhừ."],
        facts=["Rau thơm nên rửa ngay trước khi ăn, rửa sẵn để lâu sẽ nhanh héo và dập.",
               "Một chén cơm trắng cung cấp khoảng 200 kcal.",
               "Nước dùng sẽ trong hơn nếu chần xương qua nước sôi rồi mới hầm."],
        quotes=["Nấu ăn ngon không nằm ở nguyên liệu đắt tiền mà ở sự tươi và cách nêm nếm vừa tay.",
                "Nước dùng trong và ngọt là nhờ hầm xương đủ lâu và hớt bọt liên tục.",
                "Món ăn gia đình ngon nhất khi người nấu hiểu khẩu vị của người ăn."],
        experts=["Đầu bếp {n}, Học viện Ẩm thực Bếp Lửa",
                 "Chuyên gia ẩm thực {n}",
                 "Nghệ nhân ẩm thực {n}, chủ nhà hàng Mâm Quê"],
        products=[("Nồi chiên không dầu Bếp Hồng 5,5 lít", "1.890.000 đồng"),
                  ("Chảo chống dính đáy từ 26 cm Lửa Việt", "345.000 đồng"),
                  ("Nước mắm cốt cá cơm Làng Chài Xưa (chai 500 ml)", "89.000 đồng"),
                  ("Bộ dao 5 món thép không gỉ Nhà Bếp Vui", "560.000 đồng")],
        poll=("Bạn thường nấu bữa tối ở nhà mấy lần mỗi tuần?", ["Gần như mỗi ngày", "3-4 lần", "Hiếm khi"]),
        quiz=("Nên cho rau thơm vào bát phở lúc nào?", ["Khi vừa chan nước dùng", "Trước khi chan", "Sau khi ăn xong"]),
        tags=["ẩm thực", "món ngon", "công thức", "vào bếp", "món Việt", "ăn vặt", "đặc sản",
              "bữa cơm nhà"],
        stock=["Món ăn được bày biện bắt mắt trong đĩa gốm.",
               "Thực khách xếp hàng chờ mua vào giờ cao điểm.",
               "Nguyên liệu được sơ chế sạch sẽ trước khi chế biến.",
               "Nồi nước dùng nghi ngút khói trong gian bếp nhỏ."]),
    "dulich": dict(
        tips=["Nên đặt phòng trước ít nhất hai tuần nếu đi vào dịp lễ, Tết.",
              "Mang theo áo khoác mỏng vì buổi tối trên núi có thể xuống dưới 15 độ C.",
              "Hỏi giá trước khi dùng dịch vụ để tránh bị nâng giá.",
              "Chụp lại giấy tờ tuỳ thân và lưu trong điện thoại phòng khi thất lạc."],
        facts=["Mùa khô ở nhiều tỉnh Tây Nguyên kéo dài từ tháng 11 đến tháng 4 năm sau.",
               "Nhiều bãi biển miền Trung đẹp nhất vào khoảng tháng 4 đến tháng 8.",
               "Đi vào ngày thường giúp tiết kiệm 20-30% chi phí phòng nghỉ so với cuối tuần."],
        quotes=["Khách nên đi sớm để tránh nắng và đông người, khoảng 6h sáng là đẹp nhất.",
                "Du lịch có trách nhiệm bắt đầu từ việc mang rác của mình ra khỏi điểm đến.",
                "Điểm đến đẹp nhất là nơi bạn chịu dừng lại lâu hơn một chút."],
        experts=["Hướng dẫn viên {n}, Công ty Lữ hành Cánh Cò",
                 "Blogger du lịch {n}",
                 "Nhiếp ảnh gia {n}"],
        products=[("Ba lô chống nước 30 lít Lữ Khách", "690.000 đồng"),
                  ("Vali khung nhôm 24 inch Hành Trình Xanh", "2.350.000 đồng"),
                  ("Tour 3 ngày 2 đêm khởi hành thứ Sáu hằng tuần", "từ 2.990.000 đồng/khách")],
        poll=("Kỳ nghỉ tới bạn muốn đi đâu?", ["Biển", "Núi", "Ở nhà nghỉ ngơi"]),
        quiz=("Nên đặt vé máy bay dịp Tết trước bao lâu?", ["1 tuần", "2-3 tháng", "Sát ngày mới đặt"]),
        tags=["du lịch", "khám phá", "điểm đến", "phượt", "kinh nghiệm du lịch", "nghỉ dưỡng",
              "check-in", "cuối tuần"],
        stock=["Du khách chụp ảnh lưu niệm bên bờ hồ.",
               "Con đường dẫn vào bản làng những ngày cuối thu.",
               "Hoàng hôn buông xuống trên triền đồi.",
               "Những chiếc thuyền nằm im trên bến vào buổi sớm."]),
    "giaoduc": dict(
        tips=["Học sinh nên ôn theo sơ đồ tư duy để hệ thống kiến thức nhanh hơn.",
              "Ngủ đủ giấc trước ngày thi quan trọng hơn thức khuya học dồn.",
              "Kiểm tra kỹ thẻ dự thi, giấy tờ tuỳ thân từ tối hôm trước."],
        facts=["Một tiết học ở bậc THCS thường kéo dài 45 phút.",
               "Nhiều trường cho học sinh đăng ký câu lạc bộ ngoại khoá ngay từ tuần đầu năm học.",
               "Đọc sách 20 phút mỗi ngày giúp học sinh tiếp xúc với hàng trăm nghìn từ mỗi năm."],
        quotes=["Điểm số chỉ là một phần, điều quan trọng là các em biết tự học và biết đặt câu hỏi.",
                "Phụ huynh nên đồng hành chứ đừng làm thay con.",
                "Một giờ học vui vẻ đáng giá hơn ba giờ học thêm mệt mỏi."],
        experts=["Thầy {n}, giáo viên Trường THPT Hoa Sen Xanh",
                 "TS {n}, chuyên gia giáo dục",
                 "Cô {n}, tổ trưởng chuyên môn Trường THCS Sao Mai"],
        products=[("Bộ sách luyện đề Đích Đến (3 cuốn)", "245.000 đồng"),
                  ("Khoá học trực tuyến Toán 9 Cánh Buồm", "1.200.000 đồng/khoá"),
                  ("Đèn học chống chói Sáng Mắt LED-7", "480.000 đồng")],
        poll=("Theo bạn, học sinh tiểu học có nên học thêm?", ["Có", "Không", "Tuỳ trường hợp"]),
        quiz=("Thí sinh cần có mặt tại phòng thi trước giờ tính giờ làm bài bao lâu?",
              ["5 phút", "15 phút", "1 tiếng"]),
        tags=["giáo dục", "tuyển sinh", "học sinh", "thi cử", "phụ huynh", "trường học",
              "giáo viên", "du học"],
        stock=["Học sinh trong giờ ra chơi.",
               "Thí sinh làm thủ tục dự thi.",
               "Một tiết học ngoài trời của học sinh tiểu học.",
               "Phụ huynh chờ đón con trước cổng trường."]),
    "tieudung": dict(
        tips=["So sánh giá ở ít nhất ba nơi bán trước khi mua đồ điện tử.",
              "Giữ lại hoá đơn và phiếu bảo hành ít nhất đến hết thời hạn bảo hành.",
              "Đọc kỹ điều kiện áp dụng trước khi săn mã giảm giá.",
              "Kiểm tra hạn sử dụng và tem nhãn phụ tiếng Việt trên hàng nhập khẩu."],
        facts=["Nhiều chương trình giảm giá chỉ áp dụng cho một số mẫu sản phẩm nhất định.",
               "Hàng trưng bày thường được bán rẻ hơn 10-20% so với hàng mới nguyên hộp.",
               "Giá niêm yết và giá bán thực tế có thể chênh nhau đáng kể vào mùa khuyến mãi."],
        quotes=["Người tiêu dùng nên mua theo nhu cầu thật, đừng để con số giảm giá dẫn dắt quyết định.",
                "Hàng giá rẻ bất thường luôn đi kèm rủi ro về nguồn gốc.",
                "Một chiếc máy tốt là chiếc máy có dịch vụ bảo hành tốt."],
        experts=["Chuyên gia bán lẻ {n}",
                 "Ông {n}, Hội Người tiêu dùng Sáng Suốt",
                 "Bà {n}, chuyên viên tư vấn tài chính cá nhân"],
        products=[("Máy lọc không khí Gió Lành AP-300", "3.490.000 đồng"),
                  ("Tủ lạnh hai cánh 256 lít Băng Sơn", "6.990.000 đồng"),
                  ("Nồi cơm điện cao tần 1,8 lít Gạo Mới", "2.150.000 đồng"),
                  ("Tai nghe không dây Âm Vang X2", "790.000 đồng")],
        poll=("Bạn thường mua sắm ở đâu?", ["Chợ truyền thống", "Siêu thị", "Mua trực tuyến"]),
        quiz=("Hàng nhập khẩu bán tại Việt Nam cần có gì trên bao bì?",
              ["Nhãn phụ tiếng Việt", "Mã giảm giá", "Chữ ký người bán"]),
        tags=["tiêu dùng", "mua sắm", "giá cả", "khuyến mãi", "người tiêu dùng", "hàng hoá",
              "thị trường", "kinh nghiệm mua sắm"],
        stock=["Người tiêu dùng chọn mua hàng tại một siêu thị.",
               "Quầy hàng giảm giá thu hút đông khách.",
               "Nhân viên tư vấn sản phẩm cho khách hàng.",
               "Hàng hoá được bày bán tại một cửa hàng tiện lợi."]),
    "lamdep": dict(
        tips=["Thoa kem chống nắng trước khi ra ngoài 15-20 phút và thoa lại sau mỗi 2-3 giờ.",
              "Tẩy trang kỹ mỗi tối, kể cả những ngày không trang điểm.",
              "Thay vỏ gối mỗi tuần để hạn chế vi khuẩn gây mụn."],
        facts=["Da cần khoảng 28 ngày để hoàn thành một chu kỳ tái tạo.",
               "Uống đủ nước giúp da bớt khô nhưng không thay thế được kem dưỡng ẩm.",
               "Tia UV vẫn xuyên qua mây, kể cả những ngày trời râm."],
        quotes=["Không có sản phẩm nào hợp với mọi loại da, hãy thử trên một vùng da nhỏ trước khi dùng.",
                "Chăm sóc da là chuyện bền bỉ, đừng kỳ vọng thay đổi sau vài ngày.",
                "Ngủ đủ giấc là loại mỹ phẩm rẻ nhất mà ai cũng có."],
        experts=["BS.CKI Da liễu {n}, Phòng khám Da liễu Ngọc Trai",
                 "Chuyên gia trang điểm {n}",
                 "ThS.BS {n}, Bệnh viện Thẩm mỹ Hoa Mai"],
        products=[("Sữa rửa mặt dịu nhẹ Mộc Lan 150 ml", "165.000 đồng"),
                  ("Kem chống nắng phổ rộng Nắng Hạ SPF 50", "299.000 đồng"),
                  ("Mặt nạ đất sét Đồng Xanh (hũ 100 g)", "210.000 đồng")],
        poll=("Bạn dành bao nhiêu phút cho chu trình dưỡng da buổi tối?",
              ["Dưới 5 phút", "5-15 phút", "Hơn 15 phút"]),
        quiz=("Nên thoa lại kem chống nắng sau bao lâu?", ["2-3 giờ", "8 giờ", "Một lần mỗi ngày là đủ"]),
        tags=["làm đẹp", "chăm sóc da", "khoẻ đẹp", "mỹ phẩm", "dưỡng da", "tóc đẹp",
              "phong cách", "spa"],
        stock=["Chăm sóc da đúng cách giúp làn da khoẻ hơn.",
               "Một buổi chăm sóc da tại spa.",
               "Các sản phẩm dưỡng da được bày trên kệ.",
               "Người mẫu trong bộ ảnh thời trang mùa hè."]),
    "nhacua": dict(
        tips=["Dùng gương lớn ở phòng khách nhỏ để tạo cảm giác rộng hơn.",
              "Chọn rèm màu sáng cho phòng hướng Tây để giảm nóng mà vẫn đủ sáng.",
              "Đặt cây xanh ở góc cửa sổ, nơi cây nhận được ánh sáng gián tiếp."],
        facts=["Gam màu trung tính giúp căn hộ nhỏ trông thoáng hơn.",
               "Gỗ công nghiệp chống ẩm phù hợp cho tủ bếp hơn gỗ thường.",
               "Đèn ánh sáng vàng giúp phòng ngủ ấm cúng và dễ ngủ hơn."],
        quotes=["Nhà đẹp là nhà sống thoải mái, không phải nhà chứa nhiều đồ đắt tiền.",
                "Với nhà phố hẹp, giếng trời là giải pháp rẻ mà hiệu quả nhất để lấy sáng.",
                "Bớt một món đồ là thêm một khoảng thở cho căn phòng."],
        experts=["KTS {n}, Văn phòng Kiến trúc Mái Ấm",
                 "Nhà thiết kế nội thất {n}",
                 "KTS {n}, giảng viên Đại học Kiến trúc Phương Đông"],
        products=[("Sofa văng nỉ 3 chỗ Gỗ Mộc Nhà Ta", "giá từ 8.500.000 đồng"),
                  ("Đèn thả trần mây tre đan Làng Nghề Xưa", "650.000 đồng"),
                  ("Kệ sách treo tường gỗ thông 5 tầng", "1.250.000 đồng")],
        poll=("Bạn thích phong cách nội thất nào?", ["Tối giản", "Đông Dương", "Cổ điển"]),
        quiz=("Màu sơn nào giúp phòng nhỏ trông rộng hơn?", ["Màu sáng", "Màu tối", "Màu đỏ đậm"]),
        tags=["nhà đẹp", "nội thất", "trang trí nhà", "căn hộ", "kiến trúc", "không gian sống",
              "cây xanh", "nhà phố"],
        stock=["Phòng khách được bố trí gọn gàng với gam màu trung tính.",
               "Góc đọc sách nhỏ bên cửa sổ.",
               "Khoảng sân trước nhà được phủ kín cây xanh.",
               "Gian bếp mở nối liền phòng ăn."]),
    "songtre": dict(
        tips=["Đặt mục tiêu nhỏ cho mỗi tuần thay vì những kế hoạch quá lớn.",
              "Thử một ngày không mạng xã hội để cảm nhận sự khác biệt.",
              "Mang theo bình nước cá nhân để bớt dùng chai nhựa."],
        facts=["Nhiều bạn trẻ chọn làm tình nguyện vào kỳ nghỉ hè để tích luỹ kỹ năng.",
               "Một chiếc túi vải có thể thay thế hàng trăm túi ni lông mỗi năm.",
               "Đọc sách giấy trước khi ngủ giúp nhiều người dễ ngủ hơn so với lướt điện thoại."],
        quotes=["Người trẻ không cần vội vàng, mỗi người có một lộ trình của riêng mình.",
                "Sống xanh bắt đầu từ những thói quen rất nhỏ mỗi ngày.",
                "Thất bại ở tuổi hai mươi là học phí rẻ nhất."],
        experts=["Diễn giả {n}, nhà sáng lập dự án Mầm Sống",
                 "ThS tâm lý {n}",
                 "Nhà báo {n}"],
        products=[("Bình nước thuỷ tinh bọc vải 500 ml Xanh Lá", "145.000 đồng"),
                  ("Túi vải canvas in tay Phố Nhỏ", "120.000 đồng"),
                  ("Sổ tay kế hoạch năm Ngày Mới", "95.000 đồng")],
        poll=("Bạn đã từng thử sống xanh chưa?", ["Đang thực hiện", "Đã thử nhưng bỏ dở", "Chưa bao giờ"]),
        quiz=("Một chiếc túi ni lông cần bao lâu để phân huỷ?", ["Vài tháng", "Hàng trăm năm", "Một tuần"]),
        tags=["giới trẻ", "sống xanh", "trải nghiệm", "bạn trẻ", "cảm hứng", "kỹ năng",
              "tình nguyện", "lối sống"],
        stock=["Nhóm bạn trẻ tham gia dọn rác ven biển vào sáng Chủ nhật.",
               "Một góc quán cà phê quen của người trẻ.",
               "Các bạn sinh viên trong buổi sinh hoạt câu lạc bộ.",
               "Buổi chợ phiên đồ cũ thu hút đông bạn trẻ."]),
}

SPONSOR_ADS = [
    "Trung tâm Anh ngữ Cầu Vồng khai giảng lớp hè cho trẻ 6-12 tuổi, ưu đãi học phí 20%",
    "Sữa chua uống Đồng Cỏ Xanh: vị mới cho cả nhà",
    "Khu nghỉ dưỡng Mây Ngàn giảm 35% cho kỳ nghỉ gia đình cuối tuần",
    "Bảo hiểm sức khoẻ An Tâm Trọn Đời: đăng ký trực tuyến trong 5 phút",
    "Chuỗi nhà thuốc Phúc Khang miễn phí đo đường huyết trong tháng này",
    "Gia vị nêm sẵn Hương Quê: bữa cơm ngon không cần cầu kỳ",
    "Căn hộ Vườn Mây Residence: chỉ thanh toán 15% đến khi nhận nhà",
    "Máy lọc nước Giọt Trong: lắp đặt miễn phí tại nhà",
    "Khoá học nấu ăn cuối tuần tại Bếp Lửa Academy chỉ từ 450.000 đồng",
    "Sàn gỗ Rừng Phương Nam: bảo hành 15 năm, thi công trong ngày",
]
COMMENTERS = ["Hoa Lê", "Tuấn Minh", "mẹ Bin", "Ngọc Ánh", "Bố Cún", "Khách", "Lan Phương",
              "Trần Quý", "thanhhuong88", "Dũng Lê", "Bà ngoại bé Na", "Phạm Hùng"]
COMMENTS = ["Bài viết rất hữu ích, cảm ơn tác giả!", "Đọc xong thấy thấm quá.",
            "Mong báo có thêm nhiều bài như thế này.", "Mình cũng từng gặp trường hợp tương tự.",
            "Chia sẻ cho mọi người cùng đọc.", "Thông tin rất cần thiết.",
            "Ai có kinh nghiệm thì chia sẻ thêm với ạ.", "Hay quá, lưu lại để đọc dần."]


# ---------------------------------------------------------------------------
# story-derived material for captions (names, places, figures)
# ---------------------------------------------------------------------------

PERSON_TITLES = {"ông", "bà", "anh", "chị", "cô", "thầy", "cụ", "PGS.TS", "GS.TS", "TS",
                 "ThS", "HLV", "bác sĩ", "nghệ nhân", "kỹ sư", "đại tá", "thượng tá"}
PLACE_HEADS = ["thị xã", "thị trấn", "thành phố", "sân bay", "công viên", "bệnh viện",
               "bãi biển", "huyện", "tỉnh", "xã", "quận", "phường", "TP", "đường", "phố",
               "cầu", "chợ", "trường", "làng", "thôn", "bản", "hồ", "núi", "sông", "vịnh",
               "đảo", "đèo", "chùa", "đình", "ga"]
_PUNCT = ",.;:!?…\"“”()'‘’"
_NOT_NAME = {"UBND", "HĐND", "Bộ", "Sở", "Công", "Ban", "Tổng", "Trung", "Viện", "Phòng",
             "Hội", "Đảng", "Nhà", "Quốc", "Chính", "Ủy", "Uỷ", "Cục", "Toà", "Tòa"}


def _cap_tokens(toks, i, limit=4):
    out = []
    while i < len(toks) and len(out) < limit:
        t = toks[i]
        w = t.strip(_PUNCT)
        if not w or not w[0].isupper() or t[:1] in "(\"“‘":
            break
        out.append(w)
        if t[-1:] in _PUNCT:
            break
        i += 1
    return out


def entities(sents):
    persons, places, seen = [], [], set()
    for s in sents:
        toks = s.split()
        covered = -1
        for i, t in enumerate(toks):
            if i <= covered:
                continue
            one = t.strip(_PUNCT)
            two = (one + " " + toks[i + 1].strip(_PUNCT)) if i + 1 < len(toks) else ""
            if t[-1:] in _PUNCT:
                continue
            for head, j in ((two, i + 2), (one, i + 1)):
                if head in PERSON_TITLES or (i == 0 and head[:1].lower() + head[1:] in PERSON_TITLES):
                    head = head if head in PERSON_TITLES else head[:1].lower() + head[1:]
                    name = _cap_tokens(toks, j, 4)
                    covered = j - 1 + len(name)
                    if j + len(name) < len(toks) and toks[j + len(name)] in ("-", "–"):
                        name = []          # "Park Hang - seo": do not cut a name
                    if name and name[0] not in _NOT_NAME and all(len(w) > 1 for w in name):
                        key = (head, " ".join(name))
                        if key not in seen:
                            seen.add(key)
                            persons.append(key)
                    break
            for head in PLACE_HEADS:
                hs = head.split()
                if [x.strip(_PUNCT) for x in toks[i:i + len(hs)]] == hs and toks[i + len(hs) - 1][-1:] not in _PUNCT:
                    name = _cap_tokens(toks, i + len(hs), 4)
                    covered = i + len(hs) - 1 + len(name)
                    if name and name[0] not in _NOT_NAME:
                        key = (head, " ".join(name))
                        if key not in seen:
                            seen.add(key)
                            places.append(key)
                    break
    return persons, places


_FIG = re.compile(r"(?<![\w.,])(\d[\d.,]*)\s?(%|tỷ đồng|triệu đồng|nghìn đồng|đồng|km|m2|m3|ha|tấn|"
                  r"người|học sinh|trường|xe|vụ|tuổi|ngày|giờ|phút|lít|hộ|ca|cầu|làn xe)(?![\w])")


def figures(sents):
    out, seen = [], set()
    for s in sents:
        for m in _FIG.finditer(s):
            f = f"{m.group(1)} {m.group(2)}" if m.group(2) != "%" else m.group(1) + "%"
            if f not in seen and not re.fullmatch(r"\d{1,2} (ngày|giờ|phút)", f):
                seen.add(f)
                out.append(f)
    return out


def teaser_words(text, r, lo=16, hi=30):
    ws = text.split()
    n = r.randint(lo, hi)
    if len(ws) <= n:
        return None
    return " ".join(ws[:n]).rstrip(",.;:-–") + r.choice(["…", "…", "...", " …"])


class RelStory(NamedTuple):
    row: int
    head: str
    lead: str   # detokenised first 1,200 characters of the article


def related_pool(related):
    out = []
    for row, title, art1200 in related:
        head = detok(title)
        lead = detok(art1200[:RELATED_CUT])
        if head:
            out.append(RelStory(row, head, lead))
    return out


# ---------------------------------------------------------------------------
# outlets
# ---------------------------------------------------------------------------

OUTLETS = {
    "nhaxinh_giadinh": dict(site="Nhà Xinh Online", short="NXO", dom="nhaxinhonline.com.vn",
                            sec="Gia đình", pool="giadinh"),
    "songkhoe24h_suckhoe": dict(site="Sống Khoẻ 24h", short="SK24h", dom="songkhoe24h.net.vn",
                                sec="Sức khoẻ", pool="suckhoe"),
    "bepnhaminh_amthuc": dict(site="Bếp Nhà Mình", short="BNM", dom="tapchibepnhaminh.vn",
                              sec="Ẩm thực", pool="amthuc"),
    "dulichbonphuong_khampha": dict(site="Du Lịch Bốn Phương", short="DLBP", dom="dulichbonphuong.com.vn",
                                    sec="Khám phá", pool="dulich"),
    "giaoductuonglai_giaoduc": dict(site="Giáo Dục & Tương Lai", short="GD&TL", dom="giaoductuonglai.vn",
                                    sec="Giáo dục", pool="giaoduc"),
    "tieudungthongminh_tieudung": dict(site="Tiêu Dùng Thông Minh", short="TDTM", dom="tieudungthongminh.net",
                                       sec="Tiêu dùng", pool="tieudung"),
    "mebengaynay_nuoicon": dict(site="Mẹ & Bé Ngày Nay", short="MBNN", dom="mebengaynay.vn",
                                sec="Nuôi con", pool="giadinh"),
    "phongcachsong_tapchi": dict(site="Tạp chí Phong Cách Sống", short="PCS", dom="phongcachsongmagazine.vn",
                                 sec="Sống đẹp", pool="songtre"),
    "khoedepplus_lamdep": dict(site="Khoẻ Đẹp Plus", short="KĐ+", dom="khoedepplus.vn",
                               sec="Làm đẹp", pool="lamdep"),
    "amthucpho_video": dict(site="Ẩm Thực Phố", short="ATP", dom="amthucpho.tv",
                            sec="Món ngon đường phố", pool="amthuc"),
    "nhipsongtre_songxanh": dict(site="Nhịp Sống Trẻ Xanh", short="NSTX", dom="nhipsongtrexanh.vn",
                                 sec="Sống xanh", pool="songtre"),
    "giadinhvietam_tamsu": dict(site="Báo Gia Đình Việt Ấm", short="GĐVA", dom="giadinhvietam.vn",
                                sec="Tâm sự", pool="giadinh"),
    "hocduongonline_tuyensinh": dict(site="Học Đường Online", short="HĐO", dom="hocduongonline.vn",
                                     sec="Tuyển sinh", pool="giaoduc"),
    "suckhoecongdong_yte": dict(site="Sức Khoẻ Cộng Đồng", short="SKCĐ", dom="suckhoecongdong.org.vn",
                                sec="Y tế", pool="suckhoe"),
    "tieudungso_danhgia": dict(site="Thế Giới Tiêu Dùng Số", short="TGTDS", dom="thegioitieudungso.vn",
                               sec="Đánh giá", pool="tieudung"),
    "vuisongmoingay_songvui": dict(site="Vui Sống Mỗi Ngày", short="VSMN", dom="vuisongmoingay.vn",
                                   sec="Sống vui", pool="songtre"),
    "hanhtrangdulich_emag": dict(site="Hành Trang Du Lịch", short="HTDL", dom="hanhtrangdulich.com",
                                 sec="E-magazine", pool="dulich"),
    "monngonmoituan_congthuc": dict(site="Món Ngon Mỗi Tuần", short="MNMT", dom="monngonmoituan.vn",
                                    sec="Công thức", pool="amthuc"),
    "tuoivang_songkhoe": dict(site="Tuổi Vàng", short="TV", dom="tuoivangsongvui.vn",
                              sec="Sống khoẻ tuổi vàng", pool="suckhoe"),
    "nhadepnoithat_khonggian": dict(site="Nhà Đẹp & Nội Thất", short="NĐ&NT", dom="nhadepnoithat.com.vn",
                                    sec="Không gian sống", pool="nhacua"),
}
LAYOUTS = list(OUTLETS)


# ---------------------------------------------------------------------------
# page context and shared blocks
# ---------------------------------------------------------------------------

class Ctx:
    def __init__(self, row, layout, title, sents, rel):
        self.row = row
        self.layout = layout
        self.o = OUTLETS[layout]
        self.pool = POOLS[self.o["pool"]]
        self.title = title
        self.tn = norm(title)
        self.sents = sents
        self.atoms = {norm(s) for s in sents}
        self.persons, self.places = entities(sents)
        self.figs = figures(sents)
        self.rel = rel
        self._rs = {}
        self.when = When(self.r("date"))
        self.rows = []            # (role, payload)
        self.paras = []
        self.glued = {}           # glued item -> (a, b)
        self._rel_used = set()
        self._cap_used = set()

    def r(self, purpose):
        if purpose not in self._rs:
            self._rs[purpose] = R(self.row, purpose)
        return self._rs[purpose]

    def ok(self, s):
        n = norm(s)
        return bool(n) and n not in self.atoms and n != self.tn

    # -- emitting -----------------------------------------------------------
    def f(self, kind, line):
        assert kind in KINDS, kind
        line = line.strip()
        if line:
            if not self.ok(line):
                raise ValueError(f"furniture equals story text: {line!r}")
            self.rows.append((kind, line))

    def fs(self, pairs):
        for kind, line in pairs:
            self.f(kind, line)

    def u(self, role, line):
        self.rows.append((role, line.strip()))

    def body(self, inserts=None):
        inserts = inserts or {}
        n = len(self.paras)
        for i, p in enumerate(self.paras):
            self.rows.append(("body", list(p)))
            if i < n - 1:
                for blk in inserts.get(i, []):
                    self.fs(blk)
        for k in sorted(inserts):
            if k >= n - 1:
                for blk in inserts[k]:
                    self.fs(blk)


def make_paras(ctx, lo, hi, lead_alone=False):
    r = ctx.r("paras")
    items = list(ctx.sents)
    paras = []
    if lead_alone and items:
        paras.append([items.pop(0)])
    while items:
        n = min(len(items), r.randint(lo, hi))
        paras.append(items[:n])
        items = items[n:]
    ctx.paras = paras


def slots(ctx, purpose, nblocks, start=0):
    """Positions (paragraph index after which to insert) for nblocks blocks."""
    r = ctx.r(purpose)
    last = max(len(ctx.paras) - 2, 0)
    start = min(start, last)
    cand = list(range(start, last + 1))
    if nblocks <= len(cand):
        pos = sorted(r.sample(cand, nblocks))
    else:
        pos = sorted(r.choice(cand) for _ in range(nblocks))
    return pos


def place(ctx, purpose, blocks, start=0, inserts=None):
    inserts = {} if inserts is None else inserts
    blocks = [b for b in blocks if b]
    for p, b in zip(slots(ctx, purpose, len(blocks), start), blocks):
        inserts.setdefault(p, []).append(b)
    return inserts


def first_upper(s):
    return s[:1].upper() + s[1:]


def credit_name(ctx, r):
    o = ctx.o
    return r.choice([
        short_name(r), short_name(r), f"{short_name(r)}/{o['short']}", o["short"], "NVCC",
        "Tư liệu", "Kho ảnh Sắc Màu", f"{short_name(r)} - {short_name(r)}", "Nhân vật cung cấp",
        "Gia đình cung cấp", f"{o['site']}"])


def caption_text(ctx, r, family=None):
    """A caption line text: about a person, a place, the story's topic, a
    figure, or a stock scene.  Never equal to a story sentence."""
    fams = []
    if ctx.persons:
        fams += ["person"] * 3
    if ctx.places:
        fams += ["place"] * 3
    fams += ["topic", "topic", "stock", "stock"]
    for _ in range(12):
        fam = family or r.choice(fams)
        if fam == "person" and ctx.persons:
            t, n = r.choice(ctx.persons)
            p = f"{t} {n}"
            P = first_upper(p)
            txt = r.choice([
                f"{P}.", f"{P}.", f"{P} trao đổi với phóng viên.", f"{P} chia sẻ với {ctx.o['site']}.",
                f"{P} tại buổi làm việc.", f"{P} kể lại sự việc.", f"{P} (phải) trò chuyện cùng người dân.",
                f"{P} (trái) trong buổi gặp gỡ.", f"Chân dung {p}.", f"{P} trong một lần trò chuyện với phóng viên.",
                f"{P}, người trong cuộc.", f"{P} tại nhà riêng.", f"{P}"])
        elif fam == "place" and ctx.places:
            h, n = r.choice(ctx.places)
            pl = f"{h} {n}"
            txt = r.choice([
                f"Một góc {pl}.", f"Toàn cảnh {pl} nhìn từ trên cao.", f"{first_upper(pl)} những ngày này.",
                f"Người dân qua lại khu vực {pl}.", f"Khung cảnh {pl} vào buổi sáng.",
                f"{first_upper(pl)} hôm {ctx.when.dm()}.", f"Hình ảnh ghi nhận tại {pl} sáng {ctx.when.dm()}.",
                f"{first_upper(pl)} nhìn từ xa", f"Nhiều người dân {pl} vẫn chưa hết bất ngờ."])
        elif fam == "topic":
            t = ctx.title
            txt = r.choice([
                f"{t} (ảnh minh hoạ).", f"Ảnh minh hoạ: {t}", f"{t}. Ảnh minh hoạ",
                f"Vụ việc \"{t}\" đang thu hút sự quan tâm của bạn đọc.",
                f"{t} - hình ảnh ghi nhận ngày {ctx.when.dm()}.", "Ảnh minh hoạ.",
                f"Hình ảnh liên quan: {t}"])
        elif fam == "figure" and ctx.figs:
            txt = r.choice(ctx.figs)
        else:
            txt = r.choice(ctx.pool["stock"])
            if r.random() < 0.3:
                txt += " (Ảnh minh hoạ)"
        if ctx.ok(txt) and (txt not in ctx._cap_used or r.random() < 0.1):
            ctx._cap_used.add(txt)
            return txt
    return r.choice(ctx.pool["stock"]) + " Ảnh minh hoạ."


MARKS = ["[Ảnh]", "Ảnh", "(Hình ảnh)", "Phóng to", "Xem ảnh lớn", "Nhấn để phóng to ảnh", "▣", "[image]",
         "Hình minh hoạ", "🔍", "Ảnh: Click để xem kích thước đầy đủ"]


def image(ctx, purpose, style=None, mark=None, credit_style=None):
    """One photo block as a list of (kind, line)."""
    r = ctx.r(purpose)
    style = style or r.choice(["under", "under", "paren", "credit_line", "credit_first", "none",
                               "alt_dup", "over"])
    cap = caption_text(ctx, r)
    cname = credit_name(ctx, r)
    if style in ("paren", "dash") and "ảnh" in cap.casefold():
        style = "none"
    out = []
    if style == "under":
        if mark:
            out.append(("widget", mark))
        out.append(("caption", cap))
    elif style == "paren":
        out.append(("caption", f"{cap.rstrip()} (Ảnh: {cname})"))
    elif style == "credit_line":
        if mark:
            out.append(("widget", mark))
        out += [("caption", cap), ("credit", r.choice([f"Ảnh: {cname}", f"Ảnh: {cname}", f"ẢNH: {caps(cname)}",
                                                      f"Nguồn ảnh: {cname}", f"Ảnh minh hoạ: {cname}"]))]
    elif style == "credit_first":
        out += [("credit", f"Ảnh: {cname}"), ("caption", cap)]
    elif style == "none":
        out.append(("caption", cap))
    elif style == "alt_dup":
        out += [("caption", cap), ("caption", cap)]
    elif style == "over":
        out.append(("caption", cap))
        out.append(("widget", mark or r.choice(MARKS)))
    elif style == "dash":
        out.append(("caption", f"{cap.rstrip('.')} - Ảnh: {cname}"))
    return out


def gallery(ctx, purpose, n=None, fmt="own"):
    r = ctx.r(purpose)
    n = n or r.randint(3, 6)
    total = n + r.randint(0, 4)
    out = []
    start = r.randint(1, total - n + 1)
    for i in range(start, start + n):
        cap = caption_text(ctx, r)
        if fmt == "own":
            out += [("widget", f"{i}/{total}"), ("caption", cap)]
        elif fmt == "inline":
            out.append(("caption", f"{i}/{total} {cap}"))
        elif fmt == "anh":
            out += [("caption", cap), ("widget", f"Ảnh {i}/{total}")]
    return out


def video_caption(ctx, r):
    """Video captions: no sentence-final full stop, no photo wording."""
    opts = []
    for t, n in ctx.persons[:4]:
        P = first_upper(f"{t} {n}")
        opts += [f"{P} kể lại sự việc", f"{P} chia sẻ với phóng viên", f"{P} trả lời phỏng vấn"]
    for h, n in ctx.places[:4]:
        pl = f"{h} {n}"
        opts += [f"Toàn cảnh {pl}", f"Ghi nhận tại {pl}", f"{first_upper(pl)} nhìn từ flycam"]
    opts += [f"Toàn cảnh vụ việc {ctx.title.rstrip('.')}", f"{ctx.title} (video)"]
    opts += [s.rstrip(".") for s in ctx.pool["stock"]]
    r.shuffle(opts)
    for o in opts:
        if ctx.ok(o) and ctx.ok("Video: " + o) and norm(o) != ctx.tn:
            return o
    return "Video đang được cập nhật"


def video(ctx, purpose, style=None):
    r = ctx.r(purpose)
    cap = video_caption(ctx, r)
    dur = f"{r.randint(0, 4):02d}:{r.randint(5, 59):02d}"
    who = short_name(r)
    style = style or r.choice(["label", "inline_credit", "player", "clip"])
    if style == "label":
        return [("caption", f"Video: {cap}"), ("credit", r.choice([f"Thực hiện: {who}", f"Video: {who}",
                                                                  f"Nguồn: Kênh Góc Phố TV"]))]
    if style == "inline_credit":
        return [("caption", f"{cap}. (Video: {who})")]
    if style == "player":
        return [("widget", r.choice(["▶", "▶ Xem video", "Bấm để xem video"])), ("widget", dur),
                ("caption", cap), ("widget", r.choice(["Tắt tiếng", "Xem tiếp", "Đang phát"]))]
    return [("caption", f"Clip: {cap}."), ("widget", dur)]


def infographic(ctx, purpose):
    r = ctx.r(purpose)
    out = [("caption", r.choice([f"Infographic: {ctx.title}", f"Đồ hoạ: {ctx.title}",
                                 f"Những con số đáng chú ý"]))]
    labels = list(ctx.figs)
    r.shuffle(labels)
    for lab in labels[:r.randint(2, 4)]:
        if ctx.ok(lab):
            out.append(("caption", lab))
    if len(out) == 1:
        for t in r.sample(ctx.pool["tips"], 2):
            out.append(("caption", t.rstrip(".")))
    out.append(("credit", r.choice([f"Đồ hoạ: {short_name(r)}", f"Thiết kế: {short_name(r)}",
                                    f"Đồ hoạ: {ctx.o['short']}"])))
    return out


def portrait(ctx, purpose):
    r = ctx.r(purpose)
    cap = caption_text(ctx, r, "person" if ctx.persons else None)
    return [("caption", cap)]


def tipbox(ctx, purpose, head=None, n=None):
    r = ctx.r(purpose)
    head = head or r.choice(["MẸO NHỎ", "Mẹo hay", "Lưu ý", "Mẹo vặt", "Ghi nhớ"])
    tips = r.sample(ctx.pool["tips"], min(len(ctx.pool["tips"]), n or r.randint(1, 3)))
    return [("widget", head)] + [("widget", t) for t in tips]


def didyouknow(ctx, purpose, head="Bạn có biết?"):
    r = ctx.r(purpose)
    out = [("widget", head)]
    for t in r.sample(ctx.pool["facts"], r.randint(1, 2)):
        out.append(("widget", t))
    return out


def expert_box(ctx, purpose, style=None):
    r = ctx.r(purpose)
    q = r.choice(ctx.pool["quotes"])
    who = r.choice(ctx.pool["experts"]).format(n=full_name(r))
    style = style or r.choice(["dash", "twoline", "head"])
    if style == "dash":
        return [("widget", f"“{q}”"), ("widget", f"— {who}")]
    if style == "twoline":
        return [("widget", f"\"{q}\""), ("widget", who)]
    return [("widget", r.choice(["Chuyên gia nói gì?", "Ý KIẾN CHUYÊN GIA", "Góc chuyên gia"])),
            ("widget", f"{who}:"), ("widget", f"“{q}”")]


def pull_quote(ctx, purpose):
    """A fragment of quoted speech from the story, set apart as a pull quote."""
    r = ctx.r(purpose)
    cands = []
    for s in ctx.sents:
        for m in re.finditer(r"[\"“]([^\"“”]{30,160})[\"”]", s):
            frag = m.group(1).strip()
            if ctx.ok(frag) and ctx.ok(f"“{frag}”"):
                cands.append(frag)
    if not cands:
        return []
    return [("widget", f"“{r.choice(cands)}”")]


def product_box(ctx, purpose, style=None):
    r = ctx.r(purpose)
    name, price = r.choice(ctx.pool["products"])
    style = style or r.choice(["price", "shop", "inline"])
    if style == "price":
        return [("widget", name), ("widget", f"Giá tham khảo: {price}"),
                ("widget", r.choice(["Mua ngay", "Xem chi tiết", "Còn hàng"]))]
    if style == "shop":
        return [("widget", "Sản phẩm được nhắc đến"), ("widget", f"{name} - {price}"),
                ("widget", r.choice(["Xem giá tại cửa hàng", "So sánh giá", "Đến nơi bán"]))]
    return [("widget", f"{name}, giá tham khảo {price}.")]


def poll(ctx, purpose):
    r = ctx.r(purpose)
    q, opts = ctx.pool["poll"]
    out = [("widget", r.choice(["Bình chọn", "THĂM DÒ Ý KIẾN", "Ý kiến của bạn"])), ("widget", q)]
    mark = r.choice(["○ ", "", "◯ "])
    out += [("widget", mark + o) for o in opts]
    out.append(("widget", r.choice(["Bình chọn | Xem kết quả", "Gửi bình chọn", "Bình chọn"])))
    if r.random() < 0.5:
        out.append(("widget", f"{r.randint(120, 9800):,} lượt bình chọn".replace(",", ".")))
    return out


def quiz(ctx, purpose):
    r = ctx.r(purpose)
    q, opts = ctx.pool["quiz"]
    total = r.randint(3, 6)
    out = [("widget", r.choice(["Trắc nghiệm nhanh", "Thử tài của bạn", "Câu đố vui"])),
           ("widget", f"Câu 1/{total}: {q}")]
    out += [("widget", f"{'ABC'[i]}. {o}") for i, o in enumerate(opts)]
    out.append(("widget", r.choice(["Xem đáp án", "Trả lời", "Câu tiếp theo"])))
    return out


def newsletter(ctx, purpose):
    r = ctx.r(purpose)
    o = ctx.o
    return [("widget", r.choice([f"Đăng ký nhận bản tin {o['site']} mỗi sáng thứ Hai",
                                 f"Nhận những bài viết hay nhất của {o['sec']} qua email",
                                 "Đừng bỏ lỡ bài viết mới: đăng ký nhận tin miễn phí"])),
            ("widget", r.choice(["Nhập email của bạn", "Email của bạn", "Địa chỉ email"])),
            ("widget", r.choice(["Đăng ký", "ĐĂNG KÝ NGAY", "Gửi"]))]


def sponsored(ctx, purpose, n=None):
    r = ctx.r(purpose)
    ads = r.sample(SPONSOR_ADS, n or r.randint(1, 3))
    out = [("widget", r.choice(["Tài trợ", "Nội dung được tài trợ", "QUẢNG CÁO", "Được tài trợ", "Đối tác"]))]
    for a in ads:
        out.append(("widget", a))
        if r.random() < 0.3:
            out.append(("widget", r.choice(["Tìm hiểu thêm", "Xem ngay", "Đăng ký"])))
    return out


def ad_mark(ctx, purpose):
    r = ctx.r(purpose)
    return [("widget", r.choice(["Quảng cáo", "- Quảng cáo -", "ADVERTISEMENT", "Advertisement",
                                 "Cuộn xuống để xem tiếp nội dung", "QC"]))]


def tags(ctx, purpose, style=None):
    r = ctx.r(purpose)
    ts = r.sample(ctx.pool["tags"], r.randint(3, 5))
    style = style or r.choice(["comma", "lines", "hash", "pipe"])
    if style == "comma":
        return [("widget", r.choice(["Từ khoá: ", "Tags: ", "Chủ đề: "]) + ", ".join(ts))]
    if style == "lines":
        return [("widget", r.choice(["Từ khoá", "TAGS", "Chủ đề liên quan"]))] + [("widget", t) for t in ts]
    if style == "hash":
        return [("widget", " ".join("#" + t.replace(" ", "").replace("-", "") for t in ts))]
    return [("widget", " | ".join(t for t in ts))]


def share_row(ctx, purpose):
    r = ctx.r(purpose)
    return [("widget", r.choice([
        "Chia sẻ | Gửi bạn bè | Sao chép liên kết", "Chia sẻ bài viết", "Thích 0 | Chia sẻ",
        "Lưu bài | In bài | Chia sẻ", "Gửi bài viết qua email", "Chia sẻ:", "♥ Yêu thích  ↗ Chia sẻ",
        "Sao chép link", "Báo lỗi bài viết"]))]


def author_box(ctx, purpose, name=None):
    r = ctx.r(purpose)
    name = name or short_name(r)
    sec = ctx.o["sec"].lower()
    bio = r.choice([
        f"Biên tập viên chuyên mục {ctx.o['sec']}, {r.randint(3, 15)} năm kinh nghiệm viết về {sec}.",
        f"Phóng viên {ctx.o['site']}, quan tâm đến các câu chuyện đời sống thường ngày.",
        f"Cộng tác viên, mẹ của hai bé, yêu bếp và những chuyến đi ngắn.",
        f"Tốt nghiệp ngành báo chí, hiện phụ trách mảng {sec} của {ctx.o['site']}."])
    return [("widget", r.choice(["Về tác giả", "TÁC GIẢ", "Tác giả"])), ("byline", name),
            ("byline", bio), ("widget", r.choice(["Xem thêm bài viết của tác giả", "Theo dõi", "Tất cả bài viết"]))]


def comments(ctx, purpose, n=None):
    r = ctx.r(purpose)
    n = r.randint(0, 3) if n is None else n
    out = [("widget", r.choice([f"Bình luận ({n})", "Ý kiến bạn đọc", f"{n} bình luận", "BÌNH LUẬN"]))]
    out.append(("widget", r.choice(["Viết bình luận của bạn...", "Gửi bình luận", "Bạn nghĩ gì về bài viết này?"])))
    for _ in range(n):
        who = r.choice(COMMENTERS)
        style = r.random()
        if style < 0.5:
            out.append(("widget", f"{who}: {r.choice(COMMENTS)}"))
        else:
            out += [("widget", who), ("widget", r.choice(COMMENTS))]
        if r.random() < 0.5:
            out.append(("widget", r.choice(["Trả lời · Thích · 2 giờ trước", "Thích (3)  Trả lời",
                                            f"{r.randint(1, 23)} giờ trước", "Trả lời"])))
    return out


def footer(ctx, purpose, site_repeat=False):
    r = ctx.r(purpose)
    o = ctx.o
    out = []
    if site_repeat:
        out.append(("widget", o["site"]))
    out += [("widget", r.choice([f"© {ctx.when.y} {o['site']}. Bảo lưu mọi quyền.",
                                 f"Copyright © {o['site']}",
                                 f"© Bản quyền thuộc về {o['site']}. Ghi rõ nguồn khi phát hành lại."]))]
    if r.random() < 0.6:
        out.append(("widget", f"Giấy phép số {r.randint(100, 999)}/GP-TTĐT cấp ngày {r.randint(1, 28)}/{r.randint(1, 12)}/{r.randint(2012, 2015)}."))
    if r.random() < 0.6:
        out.append(("widget", f"Toà soạn: Số {r.randint(2, 199)} đường Hoa Cau, quận Tân Lập"))
    if r.random() < 0.6:
        out.append(("widget", f"Hotline: 0{r.randint(20, 29)}9 6{r.randint(10, 99)} {r.randint(1000, 9999)} - Email: toasoan@{o['dom']}"))
    if r.random() < 0.4:
        out.append(("widget", "Liên hệ quảng cáo | Chính sách bảo mật | Điều khoản sử dụng"))
    return out


def today_line(ctx, r):
    w = ctx.when.later(r.randint(60 * 24 * 30, 60 * 24 * 600))
    return f"{w.wd}, {w.d}/{w.m}/{w.y}"


# -- related ------------------------------------------------------------------

def rel_pick(ctx, purpose, n):
    r = ctx.r(purpose)
    pool = [s for s in ctx.rel if s.row not in ctx._rel_used and ctx.ok(s.head)]
    r.shuffle(pool)
    out = pool[:n]
    for s in out:
        ctx._rel_used.add(s.row)
    return out


def rel_time(ctx, r, style):
    w = ctx.when.later(-r.randint(30, 60 * 24 * 40))
    if style == "dm":
        return f"({w.d}/{w.m})"
    if style == "dmy":
        return w.dmy()
    if style == "ago":
        mins = (ctx.when.dt - w.dt).total_seconds() / 60
        if mins < 60 * 24:
            return f"{max(1, int(mins // 60))} giờ trước"
        return f"{int(mins // (60 * 24))} ngày trước"
    return f"{w.hm()} {w.dmy()}"


def teaser(ctx, r, s):
    t = teaser_words(s.lead, r)
    if t and ctx.ok(t):
        return t
    return None


def related(ctx, purpose, n, style="plain", head=None, joiner=" | "):
    """Related block: heading (widget) then other stories' lines (related)."""
    r = ctx.r(purpose)
    items = rel_pick(ctx, purpose + ":pick", n)
    if not items:
        return []
    out = [("widget", head)] if head else []
    if style == "joined":
        out.append(("related", joiner.join(s.head for s in items)))
        return out
    if style == "prefix_joined":
        out.append(("related", r.choice(["Tin cùng chuyên mục: ", "Đọc thêm: ", "Xem thêm: "]) +
                    "; ".join(s.head for s in items)))
        return out
    for i, s in enumerate(items):
        if style == "plain":
            out.append(("related", s.head))
        elif style == "bullet":
            out.append(("related", r.choice(["• ", "- ", "» ", "+ "]) + s.head))
        elif style == "numbered":
            out.append(("related", f"{i + 1}. {s.head}"))
        elif style == "numbered_own":
            out += [("widget", f"{i + 1}"), ("related", s.head)]
        elif style in ("dm", "dmy", "ago", "full"):
            tm = rel_time(ctx, r, style)
            if style == "dm":
                out.append(("related", f"{s.head} {tm}"))
            elif style == "ago" and r.random() < 0.5:
                out += [("related", s.head), ("widget", tm)]
            else:
                out.append(("related", f"{s.head} - {tm}"))
        elif style == "teaser":
            out.append(("related", s.head))
            t = teaser(ctx, r, s)
            if t:
                out.append(("related", t))
        elif style == "teaser_inline":
            t = teaser(ctx, r, s)
            out.append(("related", f"{s.head} – {t}" if t else s.head))
        elif style == "xemthem":
            out.append(("related", r.choice(["Xem thêm: ", "XEM THÊM: ", "Đọc thêm: ", ">> "]) + s.head))
    return out


# ---------------------------------------------------------------------------
# the twenty layouts
# ---------------------------------------------------------------------------

INGREDIENTS = ["500 g thịt ba chỉ", "2 củ hành tím", "1 thìa canh nước mắm", "1/2 thìa cà phê tiêu xay",
               "3 tép tỏi", "200 g nấm hương tươi", "1 bó hành lá", "2 quả cà chua chín",
               "300 g tôm sú", "1 thìa cà phê đường", "Rau thơm các loại", "1 quả chanh"]
STEPS = ["Sơ chế nguyên liệu, rửa sạch, để ráo.", "Ướp gia vị khoảng 20 phút cho ngấm.",
         "Phi thơm hành tỏi rồi cho nguyên liệu vào xào.", "Đun sôi rồi hạ nhỏ lửa, nêm lại cho vừa ăn.",
         "Trình bày ra đĩa, rắc hành lá và tiêu.", "Dùng nóng cùng cơm trắng hoặc bún."]


def ascii_fold(s):
    s = unicodedata.normalize("NFD", s.replace("Đ", "D").replace("đ", "d"))
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def email_of(name, dom):
    return ascii_fold(name).lower().replace(" ", "") + "@" + dom


def lay_nhaxinh_giadinh(c):
    r, o, w = c.r("layout"), c.o, c.when
    make_paras(c, 1, 3)
    c.u("site", o["site"])
    c.f("widget", "Trang chủ | Gia đình | Nuôi dạy con | Sức khoẻ | Ẩm thực | Du lịch | Video")
    c.f("widget", f"Gia đình » {r.choice(['Nuôi dạy con', 'Hôn nhân', 'Chuyện nhà'])}")
    c.u("title", c.title)
    c.u("date", f"{w.wd}, {w.dmy()}, {w.hm()} (GMT+7)")
    c.f("byline", f"Bài: {short_name(r)}")
    blocks = [image(c, "img1", "paren"), tipbox(c, "tip", "MẸO NHỎ"),
              image(c, "img2", r.choice(["paren", "under"])), ad_mark(c, "ad")]
    c.body(place(c, "slots", blocks))
    c.fs(tags(c, "tags", "comma"))
    c.fs(share_row(c, "share"))
    c.fs(related(c, "rel", r.randint(3, 5), "dm", head="Có thể bạn quan tâm"))
    c.fs(footer(c, "foot"))


def lay_songkhoe24h_suckhoe(c):
    r, o, w = c.r("layout"), c.o, c.when
    make_paras(c, 1, 3)
    c.u("site", o["site"])
    c.f("widget", "Sức khoẻ | Dinh dưỡng | Bệnh thường gặp | Bác sĩ trả lời | Thuốc & TPCN")
    c.u("title", c.title)
    c.u("date", f"{w.dmy()} {w.hm()}")
    c.f("widget", f"{r.randint(3, 9)} phút đọc")
    blocks = [image(c, "img1", "none"), expert_box(c, "exp", "dash"), didyouknow(c, "dyk"),
              image(c, "img2", "credit_line"), ad_mark(c, "ad")]
    c.body(place(c, "slots", blocks))
    c.f("byline", caps(short_name(r)))
    c.f("widget", "Thông tin trong bài chỉ mang tính tham khảo, không thay thế chẩn đoán và điều trị của bác sĩ.")
    c.f("widget", f"Tổng đài tư vấn sức khoẻ miễn phí: 1800 6363 {r.randint(10, 99)}")
    c.fs(related(c, "rel", r.randint(3, 5), "bullet", head="Tin liên quan"))
    c.fs(footer(c, "foot"))


def lay_bepnhaminh_amthuc(c):
    r, o, w = c.r("layout"), c.o, c.when
    make_paras(c, 1, 3)
    c.u("site", o["site"])
    c.f("widget", "Món ngon | Công thức | Mẹo bếp | Ăn gì hôm nay | Video")
    c.f("widget", "Ẩm thực / Công thức")
    c.u("title", c.title)
    c.f("byline", short_name(r))
    c.u("date", f"Đăng ngày {w.dmy(False)}")
    ingr = [("widget", "Nguyên liệu")] + [("widget", x) for x in r.sample(INGREDIENTS, r.randint(3, 6))]
    blocks = [gallery(c, "gal", fmt="own") + [("credit", f"Ảnh: {o['site']}")], ingr,
              product_box(c, "prod", "price"), video(c, "vid", "label")]
    c.body(place(c, "slots", blocks))
    c.fs(newsletter(c, "news"))
    c.f("widget", f"Bình luận ({r.randint(0, 40)})")
    c.fs(related(c, "rel", r.randint(3, 4), "joined", head="Món ngon khác"))
    c.fs(footer(c, "foot"))


def lay_dulichbonphuong_khampha(c):
    r, o, w = c.r("layout"), c.o, c.when
    make_paras(c, 1, 2)
    c.u("site", o["site"])
    c.f("widget", today_line(c, r))
    c.f("widget", "Trong nước | Nước ngoài | Cẩm nang | Ảnh đẹp | Ẩm thực vùng miền")
    c.u("title", c.title)
    c.f("byline", f"Bài và ảnh: {full_name(r)}")
    c.u("date", f"{w.hm()} | {w.dmy()}")
    mark = r.choice(["[Ảnh]", "Ảnh", "(Hình ảnh)"])
    imgs = [image(c, f"img{i}", "over", mark=mark) for i in range(r.randint(3, 5))]
    info = [("widget", "Thông tin hữu ích"),
            ("widget", f"Giá vé tham quan: {r.choice([20, 30, 40, 50])}.000 đồng/người"),
            ("widget", f"Giờ mở cửa: {r.choice(['6h30', '7h', '7h30'])} - {r.choice(['17h', '17h30', '18h'])} hằng ngày"),
            ("widget", "Di chuyển: xe khách hoặc xe máy thuê, khoảng 150.000 đồng/ngày")]
    weather = [("widget", f"Thời tiết hôm nay: {r.randint(18, 24)}-{r.randint(26, 33)}°C, {r.choice(['nắng nhẹ', 'có mây', 'mưa rào chiều'])}")]
    c.body(place(c, "slots", imgs + [info, tipbox(c, "tip", "Kinh nghiệm"), weather]))
    c.fs(related(c, "rel", r.randint(2, 4), "teaser", head="Có thể bạn quan tâm"))
    c.fs(tags(c, "tags", "hash"))
    c.fs(footer(c, "foot", site_repeat=True))


def lay_giaoductuonglai_giaoduc(c):
    r, o, w = c.r("layout"), c.o, c.when
    make_paras(c, 1, 3, lead_alone=True)
    c.u("site", o["site"])
    c.f("widget", "Tin tức | Tuyển sinh | Du học | Góc phụ huynh | Nhà trường")
    c.f("widget", "Giáo dục › " + r.choice(["Tuyển sinh", "Góc phụ huynh", "Nhà trường"]))
    c.u("title", c.title)
    c.u("date", f"{w.wd}, ngày {w.dmy(False)} - {w.hm()}")
    c.f("widget", "In bài | Gửi email | Cỡ chữ")
    c.body(place(c, "slots", [image(c, "img1", "paren"), infographic(c, "info"), quiz(c, "quiz"),
                              poll(c, "poll")]))
    c.f("byline", r.choice(["Theo Học Trò Mới", "Theo Tạp chí Bục Giảng", "Theo Báo Thiếu Niên Sao Mai"]))
    c.fs(related(c, "rel", r.randint(3, 5), "dm", head="Tin liên quan"))
    c.fs(footer(c, "foot"))


def lay_tieudungthongminh_tieudung(c):
    r, o, w = c.r("layout"), c.o, c.when
    make_paras(c, 1, 3, lead_alone=True)
    c.u("site", o["site"])
    c.f("widget", "Thị trường | Mua sắm | Cảnh báo | Khiếu nại | Đánh giá")
    c.u("title", c.title)
    c.u("date", f"{w.dmy(False)} | {w.hm()}")
    name = short_name(r)
    c.f("byline", name)
    table = [("widget", "Sản phẩm | Giá niêm yết | Giá khuyến mãi")]
    for pname, price in r.sample(POOLS["tieudung"]["products"], 2):
        table.append(("widget", f"{pname} | {price} | {r.choice(['giảm 10%', 'giảm 15%', 'tặng kèm quà'])}"))
    blocks = [product_box(c, "prod", "shop"), portrait(c, "por"), image(c, "img1", "paren"), table,
              sponsored(c, "spon1", 1)]
    c.body(place(c, "slots", blocks))
    c.fs(author_box(c, "author", name))
    c.fs(tags(c, "tags", "comma"))
    c.fs(related(c, "rel", r.randint(3, 5), "plain", head="Có thể bạn quan tâm"))
    c.fs(sponsored(c, "spon2"))
    c.fs(footer(c, "foot"))


def lay_mebengaynay_nuoicon(c):
    r, o, w = c.r("layout"), c.o, c.when
    make_paras(c, 1, 2)
    c.u("site", o["site"])
    c.f("widget", "Mang thai | Sau sinh | 0-1 tuổi | 1-3 tuổi | Mẹ khéo tay")
    c.u("title", c.title)
    name = short_name(r)
    c.f("byline", f"{name} ({email_of(name, o['dom'])})")
    c.u("date", f"{w.dmy()} - {w.hm()}")
    community = [("widget", "Tham gia nhóm Hội Mẹ Bỉm Ngày Nay để cùng chia sẻ kinh nghiệm nuôi con"),
                 ("widget", "Tham gia ngay")]
    c.body(place(c, "slots", [expert_box(c, "exp", "head"), image(c, "img1", "under"),
                              tipbox(c, "tip", "Mẹ nên biết"), community]))
    c.fs(tags(c, "tags", "lines"))
    c.fs(related(c, "rel", r.randint(3, 5), "bullet", head="Bài viết cùng chủ đề"))
    c.fs(comments(c, "cmt"))
    c.fs(footer(c, "foot"))


def lay_phongcachsong_tapchi(c):
    r, o, w = c.r("layout"), c.o, c.when
    make_paras(c, 2, 4)
    issue = r.randint(150, 260)
    c.u("site", o["site"])
    c.f("widget", f"Số {issue} - Tháng {w.m}/{w.y}")
    c.u("title", c.title)
    c.u("date", f"{w.d:02d}.{w.m:02d}.{w.y}")
    blocks = [image(c, "img1", "none"), pull_quote(c, "pq"), related(c, "inline", 1, "xemthem"),
              image(c, "img2", r.choice(["none", "credit_line"]))]
    c.body(place(c, "slots", blocks))
    pen = r.choice(PEN)
    c.f("byline", pen)
    c.f("widget", f"Bài viết đăng trên ấn phẩm {o['site']} số {issue}, phát hành ngày {w.dmy(False)}.")
    c.fs(related(c, "rel", r.randint(2, 4), "plain", head="Đọc thêm"))
    c.fs(footer(c, "foot"))


def lay_khoedepplus_lamdep(c):
    r, o, w = c.r("layout"), c.o, c.when
    make_paras(c, 1, 3, lead_alone=True)
    c.u("site", o["site"])
    c.f("widget", "Làm đẹp | Thời trang | Khoẻ đẹp | Spa | Review")
    c.u("title", c.title)
    c.u("date", f"{w.hm()} {w.dmy(False)}")
    agency = r.choice(["(TTTV)", f"{short_name(r)} (TTTV)", "PV/TTTV"])
    c.f("byline", agency)
    before_after = [("caption", r.choice(["Trước (trái) và sau (phải) liệu trình 4 tuần.",
                                          "Hình ảnh trước (trái) và sau (phải) khi chăm sóc đúng cách.",
                                          "So sánh làn da trước và sau 30 ngày (ảnh minh hoạ)."])),
                    ("credit", f"Ảnh: {credit_name(c, r)}")]
    c.body(place(c, "slots", [image(c, "img1", "dash"), before_after, product_box(c, "prod", "inline"),
                              didyouknow(c, "dyk")]))
    if r.random() < 0.5:
        c.f("byline", "Theo TTTV")
    c.fs(tags(c, "tags", "pipe"))
    c.fs(related(c, "rel", r.randint(3, 5), "ago", head="Tin mới"))
    c.fs(newsletter(c, "news"))
    c.fs(footer(c, "foot"))


def lay_amthucpho_video(c):
    r, o, w = c.r("layout"), c.o, c.when
    make_paras(c, 1, 2)
    c.u("site", o["site"])
    c.f("widget", "Video | Ăn gì | Ở đâu | Review | Bản đồ ăn uống")
    c.u("title", c.title)
    c.u("date", f"{w.dmy()} {w.hm()} GMT+7")
    c.fs(video(c, "vid0", "player"))
    c.f("credit", r.choice(["Nguồn: Kênh Góc Phố TV", "Video: Kênh Ăn Sập Phố", f"Quay dựng: {short_name(r)}"]))
    info = [("widget", f"Địa chỉ: số {r.randint(3, 180)} phố Hàng Mây, quận Tân Lập"),
            ("widget", f"Giá: {r.choice([25, 30, 35])}.000 - {r.choice([45, 50, 60])}.000 đồng/phần"),
            ("widget", f"Giờ mở cửa: {r.choice(['6h', '6h30', '15h'])} - {r.choice(['10h', '21h', '22h'])}")]
    c.body(place(c, "slots", [video(c, "vid1", "label"), image(c, "img1", "credit_line"), info]))
    c.f("byline", f"Thực hiện: {short_name(r)} - {short_name(r)}")
    c.fs(related(c, "rel", r.randint(3, 5), "ago", head="Video khác"))
    c.f("widget", "Xem thêm video")
    c.fs(footer(c, "foot"))


def lay_nhipsongtre_songxanh(c):
    r, o, w = c.r("layout"), c.o, c.when
    make_paras(c, 1, 2)
    c.u("site", o["site"])
    c.f("widget", "Sống xanh | Trải nghiệm | Việc làm | Nhân vật | Góc nhìn")
    c.u("title", c.title)
    c.u("date", f"{w.dmy()} - {w.hm()}")
    c.f("widget", f"👍 Thích {r.randint(0, 90)}  ❤️ Yêu {r.randint(0, 30)}  😮 Wow {r.randint(0, 9)}")
    c.body(place(c, "slots", [image(c, "img1", "alt_dup"), tipbox(c, "tip", "Thử ngay"), pull_quote(c, "pq"),
                              image(c, "img2", "under", mark=r.choice(MARKS))]))
    c.f("byline", short_name(r))
    c.fs(tags(c, "tags", "hash"))
    c.fs(comments(c, "cmt", r.randint(1, 3)))
    c.fs(related(c, "rel", r.randint(3, 5), r.choice(["numbered", "numbered_own"]), head="Đọc nhiều"))
    c.fs(footer(c, "foot"))


def lay_giadinhvietam_tamsu(c):
    r, o, w = c.r("layout"), c.o, c.when
    make_paras(c, 1, 2)
    c.u("site", o["site"])
    c.f("widget", today_line(c, r))
    c.f("widget", "Thời sự | Gia đình | Tâm sự | Pháp luật | Sức khoẻ | Giải trí")
    c.f("widget", "Gia đình › Tâm sự")
    c.u("title", c.title)
    c.u("date", f"{w.wd}, {w.dmy(False)} {w.hm()}")
    send = [("widget", f"Gửi câu chuyện của bạn về email tamsu@{o['dom']} hoặc gọi đường dây nóng 0{r.randint(20, 29)}6 363 {r.randint(1000, 9999)}.")]
    c.body(place(c, "slots", [image(c, "img1", "none"), send, ad_mark(c, "ad")]))
    c.f("byline", r.choice(["Nhóm PV", "Nhóm PV Đời sống", "Nhóm phóng viên Ban Gia đình", "NHÓM PV"]))
    c.fs(related(c, "rel", 3, "prefix_joined"))
    c.fs(share_row(c, "share"))
    c.fs(footer(c, "foot"))


def lay_hocduongonline_tuyensinh(c):
    r, o, w = c.r("layout"), c.o, c.when
    make_paras(c, 1, 3, lead_alone=True)
    c.u("site", o["site"])
    c.f("widget", "Tuyển sinh | Thi THPT | Đại học | Du học | Học bổng")
    c.u("title", c.title)
    c.f("byline", f"{short_name(r)} - {short_name(r)}")
    c.u("date", f"{w.dmy(False)}, {w.hm()}")
    need = [("widget", "Thí sinh cần biết"),
            ("widget", f"Ngày {r.randint(20, 26)}/6: Làm thủ tục dự thi, đính chính sai sót"),
            ("widget", "Mang theo thẻ dự thi, giấy tờ tuỳ thân và bút, thước, máy tính cầm tay"),
            ("widget", "Không mang điện thoại và thiết bị thu phát vào phòng thi")]
    c.body(place(c, "slots", [infographic(c, "info"), need, didyouknow(c, "dyk"),
                              image(c, "img1", "credit_first")]))
    c.fs(related(c, "rel", r.randint(3, 5), "dmy", head="Tin cùng chuyên mục"))
    c.fs(tags(c, "tags", "comma"))
    c.fs(footer(c, "foot"))


def lay_suckhoecongdong_yte(c):
    r, o, w = c.r("layout"), c.o, c.when
    make_paras(c, 1, 3, lead_alone=True)
    c.u("site", o["site"])
    c.f("widget", "Y tế | Phòng bệnh | Dinh dưỡng | Hỏi đáp | Bệnh viện")
    c.u("title", c.title)
    c.u("date", f"Cập nhật {w.hm()}, {w.dmy()}")
    c.f("byline", f"Tham vấn y khoa: BS.CKI {full_name(r)}")
    c.body(place(c, "slots", [expert_box(c, "exp", "twoline"), image(c, "img1", "paren"), ad_mark(c, "ad"),
                              [("widget", "Đặt lịch khám"), ("widget", "Tư vấn miễn phí")]]))
    c.f("byline", f"{short_name(r)} - {short_name(r)}")
    c.f("widget", "Bài viết chỉ mang tính chất tham khảo, người bệnh cần đến cơ sở y tế để được thăm khám.")
    c.fs(related(c, "rel", r.randint(3, 5), "ago", head="Tin mới"))
    c.fs(footer(c, "foot"))


def lay_tieudungso_danhgia(c):
    r, o, w = c.r("layout"), c.o, c.when
    make_paras(c, 1, 3)
    c.u("site", o["site"])
    c.f("widget", "Điện thoại | Gia dụng | Đánh giá | So sánh | Khuyến mãi")
    c.u("title", c.title)
    stars = r.randint(3, 5)
    c.f("widget", f"{'★' * stars}{'☆' * (5 - stars)} {stars},{r.randint(0, 9)}/5 ({r.randint(5, 300)} đánh giá)")
    c.u("date", f"{w.dmy()} {w.hm()}")
    c.f("byline", f"Đánh giá bởi: {short_name(r)}")
    specs = [("widget", "Thông số chính"),
             ("widget", f"Công suất: {r.choice([800, 1200, 1500])} W"),
             ("widget", f"Bảo hành: {r.choice([12, 18, 24])} tháng"),
             ("widget", f"Xuất xứ: {r.choice(['lắp ráp trong nước', 'nhập khẩu'])}")]
    pros = [("widget", "Ưu điểm"), ("widget", "Thiết kế gọn, dễ dùng"), ("widget", "Nhược điểm"),
            ("widget", "Giá còn cao so với mặt bằng chung")]
    c.body(place(c, "slots", [gallery(c, "gal", fmt="inline"), specs, product_box(c, "prod", "shop"), pros]))
    c.fs(sponsored(c, "spon", 2))
    c.fs(related(c, "rel", r.randint(3, 4), "teaser_inline", head="Bài đánh giá khác"))
    c.fs(footer(c, "foot"))


def lay_vuisongmoingay_songvui(c):
    r, o, w = c.r("layout"), c.o, c.when
    make_paras(c, 1, 3)
    c.u("site", o["site"])
    c.u("title", c.title)
    pen = r.choice(PEN)
    c.f("byline", pen)
    c.u("date", f"{w.dmy(False)}")
    c.body(place(c, "slots", [quiz(c, "quiz"), image(c, "img1", "under", mark=r.choice(MARKS)),
                              newsletter(c, "news"), poll(c, "poll")]))
    c.f("widget", "Theo dõi chúng tôi để không bỏ lỡ bài viết mới")
    c.fs(author_box(c, "author", pen))
    c.fs(related(c, "rel", r.randint(3, 5), "numbered", head="Bài viết được xem nhiều"))
    c.fs(footer(c, "foot"))


def lay_hanhtrangdulich_emag(c):
    r, o, w = c.r("layout"), c.o, c.when
    make_paras(c, 1, 2)
    c.u("site", o["site"])
    c.f("widget", "E-MAGAZINE")
    c.u("title", c.title)
    c.f("byline", f"Bài: {short_name(r)} | Ảnh: {short_name(r)}")
    c.f("credit", f"Thiết kế: {short_name(r)}")
    c.u("date", w.dmy())
    blocks = [image(c, "img1", "over", mark=""), gallery(c, "gal", fmt="anh") + [("widget", "Kéo để xem tiếp")],
              image(c, "img2", "credit_line"), image(c, "img3", "over", mark="")]
    c.body(place(c, "slots", blocks))
    c.f("widget", f"Bài viết thuộc chuyên đề \"{r.choice(['Mùa xuân trên cao nguyên', 'Những cung đường ven biển', 'Phố cổ ngày mưa'])}\"")
    c.fs(related(c, "rel", r.randint(2, 3), "teaser", head="Có thể bạn quan tâm"))
    c.fs(footer(c, "foot", site_repeat=True))


def lay_monngonmoituan_congthuc(c):
    r, o, w = c.r("layout"), c.o, c.when
    make_paras(c, 1, 3)
    c.u("site", o["site"])
    c.f("widget", "Món chính | Món chay | Bánh | Đồ uống | Thực đơn tuần")
    c.u("title", c.title)
    c.u("date", f"{w.dmy()}")
    c.f("widget", "Được tài trợ bởi Gia vị Hương Quê")
    c.f("widget", "In công thức | Lưu vào bộ sưu tập")
    c.f("widget", f"Chuẩn bị: {r.choice([10, 15, 20])} phút | Nấu: {r.choice([25, 40, 60])} phút | Khẩu phần: {r.choice([2, 4, 6])} người")
    ingr = [("widget", "NGUYÊN LIỆU")] + [("widget", "- " + x) for x in r.sample(INGREDIENTS, r.randint(4, 7))]
    steps = []
    for i, st in enumerate(r.sample(STEPS, 3)):
        steps += [("caption", f"Bước {i + 1}: {st}")]
    nutri = [("widget", f"Giá trị dinh dưỡng (1 khẩu phần): {r.randint(280, 650)} kcal | Đạm {r.randint(10, 35)} g | Béo {r.randint(5, 25)} g")]
    c.body(place(c, "slots", [ingr, steps, image(c, "img1", "paren"), nutri]))
    c.f("byline", f"Công thức: {short_name(r)}")
    c.fs(related(c, "rel", r.randint(3, 5), "bullet", head="Món ngon khác"))
    c.fs(footer(c, "foot"))


def lay_tuoivang_songkhoe(c):
    r, o, w = c.r("layout"), c.o, c.when
    make_paras(c, 1, 2, lead_alone=True)
    c.u("site", o["site"])
    c.f("widget", "Cỡ chữ: A- A A+")
    c.f("widget", "Nghe đọc bài viết")
    c.f("widget", f"{r.randint(2, 7):02d}:{r.randint(0, 59):02d}")
    c.u("title", c.title)
    c.u("date", f"{w.wd}, {w.dmy(False)}")
    c.body(place(c, "slots", [image(c, "img1", "paren"), tipbox(c, "tip", "Lời khuyên cho người cao tuổi"),
                              ad_mark(c, "ad"), image(c, "img2", "none")]))
    c.f("byline", r.choice(["Theo Sức Khoẻ Người Cao Tuổi", "Theo Bản tin Tuổi Hạc", "Theo Tạp chí Vui Khoẻ"]))
    c.f("widget", f"Đường dây nóng tư vấn: 0{r.randint(20, 29)}8 363 {r.randint(1000, 9999)}")
    c.fs(related(c, "rel", r.randint(3, 5), "dm", head="Bài cùng chuyên mục"))
    c.fs(footer(c, "foot", site_repeat=True))


def lay_nhadepnoithat_khonggian(c):
    r, o, w = c.r("layout"), c.o, c.when
    make_paras(c, 1, 3)
    c.u("site", o["site"])
    c.f("widget", "Nhà đẹp | Nội thất | Kiến trúc | Phong thuỷ | Sân vườn")
    c.u("title", c.title)
    c.f("byline", f"Thực hiện: {short_name(r)} | Ảnh: {short_name(r)}")
    c.u("date", f"{w.dmy()} {w.hm()}")
    tv = [("widget", f"Tư vấn thiết kế miễn phí: 09{r.randint(0, 9)}{r.randint(100, 999)} 63 {r.randint(10, 99)}")]
    c.body(place(c, "slots", [portrait(c, "por"), image(c, "img1", "under"), product_box(c, "prod", "inline"),
                              image(c, "img2", "paren"), tv]))
    c.fs(sponsored(c, "spon", 1))
    c.fs(tags(c, "tags", "lines"))
    c.fs(related(c, "rel", r.randint(3, 5), "plain", head="Có thể bạn quan tâm"))
    c.fs(footer(c, "foot"))


LAYOUT_FN = {name: globals()["lay_" + name] for name in LAYOUTS}


# ---------------------------------------------------------------------------
# scraper faults
# ---------------------------------------------------------------------------

def choose_faults(row):
    r = R(row, "faults")
    if r.random() >= 0.27:
        return []
    kinds = ["nbsp", "zwsp", "dblspace", "glued", "nfd"]
    weights = [3, 2, 2, 4, 2]
    n = 1 if r.random() < 0.7 else 2
    out = []
    while len(out) < n:
        k = r.choices(kinds, weights)[0]
        if k not in out:
            out.append(k)
    return [k for k in FAULTS if k in out]


def _spaces(s):
    return [i for i, ch in enumerate(s) if ch == " " and 0 < i < len(s) - 1]


def _f_nbsp(s, r):
    idx = _spaces(s)
    if not idx:
        return s
    chosen = set(r.sample(idx, min(len(idx), r.randint(1, 3))))
    return "".join("\u00a0" if i in chosen else ch for i, ch in enumerate(s))


def _f_zwsp(s, r):
    idx = [i for i in range(1, len(s)) if s[i - 1].isalpha() and s[i].isalpha()]
    if not idx:
        return s
    chosen = set(r.sample(idx, min(len(idx), r.randint(1, 2))))
    return "".join(("\u200b" + ch) if i in chosen else ch for i, ch in enumerate(s))


def _f_dbl(s, r):
    idx = _spaces(s)
    if not idx:
        return s
    i = r.choice(idx)
    return s[:i] + "  " + s[i + 1:]


def _gluable(a, b):
    return a.endswith(".") and not a.endswith("..") and b[:1].isalpha() and b[:1].isupper()


def glue(ctx):
    """Two sentences stuck together with no space after the full stop
    ("...đồng.Theo ..."): inside one paragraph, or where a scraper joined two
    neighbouring paragraphs without whitespace."""
    r = ctx.r("fault:glued")
    cands = []
    rows = ctx.rows
    for ri, (role, payload) in enumerate(rows):
        if role != "body":
            continue
        for j in range(len(payload) - 1):
            if _gluable(payload[j], payload[j + 1]):
                cands.append(("in", ri, j))
        if ri + 1 < len(rows) and rows[ri + 1][0] == "body" and len(payload) + len(rows[ri + 1][1]) <= 5:
            if _gluable(payload[-1], rows[ri + 1][1][0]):
                cands.append(("across", ri, len(payload) - 1))
    if not cands:
        return False
    kind, ri, j = r.choice(cands)
    if kind == "in":
        items = list(rows[ri][1])
        a, b = items[j], items[j + 1]
        items[j:j + 2] = [a + b]
        rows[ri] = ("body", items)
    else:
        first, second = list(rows[ri][1]), list(rows[ri + 1][1])
        a, b = first[-1], second[0]
        rows[ri:ri + 2] = [("body", first[:-1] + [a + b] + second[1:])]
    ctx.glued[a + b] = (a, b)
    return True


def apply_faults(ctx, faults):
    done = []
    if "glued" in faults:
        if glue(ctx):
            done.append("glued")
        elif "nbsp" not in faults:
            faults = faults + ["nbsp"]
    for name, fn, share in (("nbsp", _f_nbsp, 0.45), ("zwsp", _f_zwsp, 0.25), ("dblspace", _f_dbl, 0.3)):
        if name not in faults:
            continue
        r = ctx.r("fault:" + name)
        hit = False
        for ri, (role, payload) in enumerate(ctx.rows):
            if r.random() >= share:
                continue
            if role == "body":
                items = list(payload)
                for j in range(len(items)):
                    if r.random() < 0.5:
                        new = fn(items[j], r)
                        if new != items[j]:
                            if items[j] in ctx.glued:
                                ctx.glued[new] = ctx.glued.pop(items[j])
                            items[j] = new
                            hit = True
                ctx.rows[ri] = (role, items)
            elif role != "date" or name != "dblspace":
                new = fn(payload, r)
                if new != payload:
                    ctx.rows[ri] = (role, new)
                    hit = True
        if hit:
            done.append(name)
    if "nfd" in faults:
        nfd = lambda s: unicodedata.normalize("NFD", s)
        for ri, (role, payload) in enumerate(ctx.rows):
            ctx.rows[ri] = (role, [nfd(x) for x in payload] if role == "body" else nfd(payload))
        ctx.glued = {nfd(k): v for k, v in ctx.glued.items()}
        done.append("nfd")
    return done


# ---------------------------------------------------------------------------
# building and checking pages
# ---------------------------------------------------------------------------

class Meta(NamedTuple):
    row: int
    faults: list
    halves: list      # sentences inside glued items


def build(row, layout, title, sents, rel):
    ctx = Ctx(row, layout, title, sents, rel)
    LAYOUT_FN[layout](ctx)
    faults = apply_faults(ctx, choose_faults(row))
    lines, body, furniture = [], [], []
    roles = {}
    for role, payload in ctx.rows:
        if role == "body":
            if not 1 <= len(payload) <= 4:
                raise ValueError(f"row {row}: body line with {len(payload)} items")
            lines.append(" ".join(payload))
            body.extend(payload)
        elif role in KINDS:
            lines.append(payload)
            furniture.append((role, payload))
        else:
            roles[role] = roles.get(role, 0) + 1
            lines.append(payload)
    if any(v > 1 for v in roles.values()) or set(roles) - {"title", "date", "site"} or "title" not in roles:
        raise ValueError(f"row {row}: unlabelled lines {roles}")
    halves = [h for pair in ctx.glued.values() for h in pair]
    page = Page("\n".join(lines), body, furniture, layout)
    meta = Meta(row, faults, halves)
    check(page, meta, title)
    return page, meta


def check(page, meta, title):
    """Raise ValueError on any breach of the labelling contract."""
    where = f"{page.layout} row {meta.row}"
    if not page.text or not page.text.strip():
        raise ValueError(f"{where}: blank text")
    lines = page.text.split("\n")
    for ln in lines:
        if not ln or ln != ln.strip():
            raise ValueError(f"{where}: line not stripped/non-empty: {ln!r}")
    for kind, ln in page.furniture:
        if kind not in KINDS:
            raise ValueError(f"{where}: bad kind {kind}")
    for it in page.body:
        if not it or it != it.strip() or "\n" in it or it not in page.text:
            raise ValueError(f"{where}: bad body item {it!r}")
    # walk the text: every line is the next furniture line, 1-4 next body
    # items joined by single spaces, or one of at most three unlabelled lines
    bi = fi = 0
    unl = []
    B, F = page.body, page.furniture
    for ln in lines:
        if fi < len(F) and ln == F[fi][1]:
            fi += 1
            continue
        for k in (1, 2, 3, 4):
            if bi + k <= len(B) and " ".join(B[bi:bi + k]) == ln:
                bi += k
                break
        else:
            unl.append(ln)
    if bi != len(B) or fi != len(F):
        raise ValueError(f"{where}: text does not walk ({bi}/{len(B)} body, {fi}/{len(F)} furniture)")
    if len(unl) > 3:
        raise ValueError(f"{where}: {len(unl)} unlabelled lines: {unl}")
    tn = norm(title)
    if tn not in {norm(u) for u in unl}:
        raise ValueError(f"{where}: title missing")
    atoms = {norm(x) for x in B} | {norm(x) for x in meta.halves}
    if tn in atoms:
        raise ValueError(f"{where}: title equals a body sentence")
    for kind, ln in F:
        if norm(ln) in atoms:
            raise ValueError(f"{where}: furniture equals a body sentence: {ln!r}")
        if kind != "widget" and norm(ln) == tn:
            raise ValueError(f"{where}: repeat of the title not labelled widget")
    for ln in unl:
        if norm(ln) in atoms:
            raise ValueError(f"{where}: unlabelled line equals a body sentence: {ln!r}")


def _build_all(train_path):
    body_rows, rel_rows = _read(train_path)
    rel = related_pool(rel_rows)
    out = []
    k = 0
    for row, title, article in body_rows:
        layout = LAYOUTS[k % len(LAYOUTS)]
        k += 1
        t = detok(title)
        sents, _ = story(title, article)
        if len(sents) < MIN_BODY:
            continue
        out.append(build(row, layout, t, sents, rel))
    return out


def pages(train_path):
    """The labelled pages; every page is checked against the contract."""
    return [p for p, _ in _build_all(train_path)]


def totals(built):
    cols = ["pages", "body"] + list(KINDS) + list(FAULTS)
    table = {}
    for page, meta in built:
        t = table.setdefault(page.layout, dict.fromkeys(cols, 0))
        t["pages"] += 1
        t["body"] += len(page.body)
        for kind, _ in page.furniture:
            t[kind] += 1
        for f in meta.faults:
            t[f] += 1
    all_ = dict.fromkeys(cols, 0)
    for t in table.values():
        for c in cols:
            all_[c] += t[c]
    width = max(len(x) for x in LAYOUTS) + 1
    head = f"{'layout':<{width}}" + "".join(f"{c:>9}" for c in cols)
    lines = [head, "-" * len(head)]
    for name in LAYOUTS:
        if name in table:
            lines.append(f"{name:<{width}}" + "".join(f"{table[name][c]:>9}" for c in cols))
    lines.append("-" * len(head))
    lines.append(f"{'TOTAL':<{width}}" + "".join(f"{all_[c]:>9}" for c in cols))
    furn = sum(all_[k] for k in KINDS)
    lines.append(f"furniture lines: {furn}; body items: {all_['body']}; pages: {all_['pages']}; "
                 f"pages with a fault: {sum(1 for _, m in built if m.faults)}")
    return "\n".join(lines)


def main(argv):
    if len(argv) != 2:
        print("usage: python make.py /path/to/vietnews_train.jsonl.gz", file=sys.stderr)
        return 2
    print(totals(_build_all(argv[1])))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
