#!/usr/bin/env python3
"""test61 - "Vietnamese from abroad": a held-out set of scraped Vietnamese news pages.

Pages imitate the Vietnamese-language pages of invented foreign broadcasters' Vietnamese services, overseas
Vietnamese community papers and radio sites, bilingual and translated pages and wire stories re-published in
Vietnamese.  The story text comes from VietNews rows; every outlet, person, agency, phone number, URL and piece of
furniture wording is invented here.

    python make.py /work/shared/data/vietnews_train.jsonl.gz      # prints the totals table

Standard library only.  Every random draw comes from
random.Random(f"test61|6161|{row}|{purpose}"), so the output does not depend on PYTHONHASHSEED.
"""
import datetime
import gzip
import json
import random
import re
import sys
import unicodedata
from typing import NamedTuple

SETNAME = "test61"
SEED = 6161
BODY_ROWS = range(19_800, 19_900)
RELATED_ROWS = range(18_200, 18_300)
KINDS = ("byline", "credit", "caption", "related", "widget")
FAULTS = ("nbsp", "zwsp", "double", "glue", "nfd")
ZW = "\u200b\u200c\u200d\u2060\ufeff"


class Page(NamedTuple):
    text: str        # the scraped page as plain text
    body: list       # the story's own sentences (body items), in story order
    furniture: list  # (kind, line) for every other line, in text order
    layout: str      # the name of the layout/template the page was drawn from


def rng(row, purpose):
    return random.Random(f"{SETNAME}|{SEED}|{row}|{purpose}")


def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = "".join(ch for ch in s if ch not in ZW)
    s = re.sub(r"\s+", "", s)
    return s.casefold()


# ----------------------------------------------------------------------------------------------------------------
# Reading the data (one streaming pass, stops after the last needed row)
# ----------------------------------------------------------------------------------------------------------------

def _read(path):
    need_last = max(BODY_ROWS[-1], RELATED_ROWS[-1])
    body, related = [], []
    with gzip.open(path, "rb") as fh:
        for i, raw in enumerate(fh):
            if i > need_last:
                break
            in_body = i in BODY_ROWS
            in_rel = i in RELATED_ROWS
            if not (in_body or in_rel):
                continue
            raw = raw.strip()
            if not raw:
                continue
            try:
                obj = json.loads(raw)
            except ValueError:
                continue
            if not isinstance(obj, dict):
                continue
            title, article = obj.get("title"), obj.get("article")
            if not isinstance(title, str) or not isinstance(article, str):
                continue
            if not title.strip() or not article.strip():
                continue
            if in_body:
                body.append((i, title, article))
            else:
                # never look past 1,200 characters of a related row's article
                related.append((i, title, article[:1200]))
    return body, related


# ----------------------------------------------------------------------------------------------------------------
# Undoing the VietNews tokenisation
# ----------------------------------------------------------------------------------------------------------------

def detok(s):
    s = s.replace("_", " ")
    s = re.sub(r"\s+", " ", s).strip()
    out = []
    inq = False
    for ch in s:                       # straight and curly quotes: glue the quoted words to their marks
        if ch == "“" or (ch == '"' and not inq):
            inq = True
            out.append(ch)
            out.append("\x00")
        elif ch == "”" or (ch == '"' and inq):
            inq = False
            while out and out[-1] == " ":
                out.pop()
            out.append(ch)
        elif ch == " " and out and out[-1] == "\x00":
            continue
        else:
            out.append(ch)
    s = "".join(out).replace("\x00", "")
    s = re.sub(r"(^|[\s(])' ([^'\n]{1,80}?) '(?=[\s,.;:!?)]|$)", r"\1'\2'", s)
    s = re.sub(r"‘\s+", "‘", s)
    s = re.sub(r"\s+’", "’", s)
    s = re.sub(r"(‘[^‘’'\n]{1,80}?)\s+'", r"\1'", s)
    s = re.sub(r"\s+([,.;:!?%)\]}…])", r"\1", s)
    s = re.sub(r"([(\[{])\s+", r"\1", s)
    s = re.sub(r" / ", "/", s)
    s = re.sub(r"\s+", " ", s).strip()
    return s


# ----------------------------------------------------------------------------------------------------------------
# Sentence splitter
# ----------------------------------------------------------------------------------------------------------------

ABBR = ("TP", "Tp", "TS", "GS", "PGS", "ThS", "Ths", "BS", "KS", "CN", "NXB", "Mr", "Mrs", "Ms", "Dr", "St", "Q",
        "P", "TX", "TT", "H", "Th.S", "PGS.TS", "GS.TS", "TS.BS", "v.v", "Sr", "Jr", "No", "tr", "ThS.BS",
        "BS.CKII", "Co", "Inc", "Ltd", "vs", "Ths.BS", "Lt", "Gen", "Col", "Prof")
TERM = ".!?…"
CLOSERS = "\"”’)»]"


def _opens_sentence(ch):
    return ch.isupper() or ch.isdigit() or ch in "\"“'(["


def split_sentences(text):
    """Split at . ! ? … (and closing quotes/brackets after them) followed by a space and a capital, a digit or an
    opening quote; never inside quoted speech, never after abbreviations, initials or dotted acronyms."""
    sents = []
    start = 0
    inq = False
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == '"':
            inq = not inq
        elif ch == "“":
            inq = True
        elif ch == "”":
            inq = False
        if ch in TERM:
            j = i + 1
            while j < n and text[j] in TERM:
                j += 1
            q = inq
            while j < n and text[j] in CLOSERS:
                if text[j] == '"':
                    if not q:
                        break
                    q = False
                elif text[j] == "”":
                    q = False
                j += 1
            if j < n and text[j] == " " and not q:
                k = j
                while k < n and text[k] == " ":
                    k += 1
                if k < n and _opens_sentence(text[k]):
                    ok = True
                    if ch == "." and j == i + 1:
                        m = re.search(r"(\S+)$", text[start:i])
                        tok = m.group(1).lstrip("(\"“'") if m else ""
                        if (tok in ABBR or (len(tok) == 1 and tok.isupper())
                                or re.fullmatch(r"(?:[^\W\d_]{1,2}\.)+[^\W\d_]{1,2}", tok)):
                            ok = False
                    if ok:
                        sents.append(text[start:j].strip())
                        start = k
                        inq = q
                        i = k
                        continue
        i += 1
    tail = text[start:].strip()
    if tail:
        sents.append(tail)
    return sents


# ----------------------------------------------------------------------------------------------------------------
# Taking the story out of a VietNews article: keep only sentences that are surely story text
# ----------------------------------------------------------------------------------------------------------------

CAPTION_MARKS = ("Ảnh:", "Ảnh :", "(Ảnh", "Ảnh minh", "ảnh:", "Video:", "Video :", "(Video", "Clip:", "minh hoạ",
                 "minh họa", "Minh hoạ", "Minh họa", "(trái)", "(phải)", "(giữa)", "(từ trái", "(Từ trái", "Nguồn:",
                 "Đồ hoạ", "Đồ họa", "Infographic", "Photo", "Xem thêm", "Xem video", "Xem clip", "Clip", "Video",
                 "Ảnh", "@", "http", "www.", ".vn", ".com", ">", "|", "*", "•")
GLUE_WORDS = ("Ngư", "Người", "Hiện", "Lực", "Cận", "Nhiều", "Những", "Một", "Chiếc", "Khung", "Xe", "Phóng",
              "Bên", "Trong", "Sau", "Tại", "Trước", "Khi", "Theo", "Đây", "Đó", "Ông", "Bà", "Chị", "Trao", "Tuy",
              "Nhưng", "Ngoài", "Bởi", "Do", "Vì", "Với", "Về", "Đến", "Từ", "Chiều", "Sáng", "Tối", "Trưa", "Đêm",
              "Hôm", "Cũng", "Còn", "Thời", "Lúc", "Ở", "Nhằm", "Để", "Nếu")
GLUE_PAIRS = ("Liên quan", "Trước mắt", "Theo ông", "Theo bà", "Theo anh", "Theo chị", "Tuy nhiên", "Ngoài ra",
              "Trong khi", "Bên cạnh", "Hiện nay", "Hiện tại", "Sau đó", "Trước đó", "Do ảnh", "Cũng theo",
              "Trong đó", "Cùng ngày", "Đến nay", "Khi đó", "Lúc này", "Từ đó", "Vì vậy", "Do đó", "Như vậy",
              "Đồng thời", "Mặt khác", "Ngay sau", "Sau khi", "Trước khi", "Người dân", "Ngư dân", "Hiện trường",
              "Lực lượng", "Ông này", "Bà này", "Anh này", "Chị này", "Tại đây", "Trao đổi", "Phát biểu", "Chia sẻ",
              "Nhiều người", "Đấu thầu", "Cận cảnh", "Toàn cảnh", "Các em", "Học sinh", "Tàu cá", "Anh ấy",
              "Chị ấy", "Em bé")
LEDE_MARK = re.compile(r"\d|đã|vừa|cho biết|ngày|hôm|sáng|chiều|tối|đêm|trưa|theo|sẽ|đang", re.I)
ASPECT = re.compile(r"\d+/\d+|\d+h|\b(?:đã|vừa|sẽ|đang|cho biết|nói|cho hay|cho rằng|khẳng định|chỉ ra|yêu cầu|"
                    r"đề nghị|nhằm|để|do|vì|nếu|nhưng|theo|chưa|từng|hôm|sáng|chiều|tối|đêm|trưa|ngày|tuy|song|"
                    r"nên|mà|thì|rằng)\b", re.I)
WORD = re.compile(r"[^\W_]+")


def _bigrams(s):
    w = [x.lower() for x in WORD.findall(s)]
    return {(w[k], w[k + 1]) for k in range(len(w) - 1)}


def doubtful(s, idx, sents, title):
    """Return a reason when the sentence is not surely story text (None when it is)."""
    words = s.split()
    nw = len(words)
    if nw < 6 or len(s) < 30:
        return "short"
    if nw > 110:
        return "long"
    for m in CAPTION_MARKS:
        if m in s:
            return "caption-mark"
    if (s.count('"') % 2 or s.count("“") != s.count("”") or s.count("(") != s.count(")")
            or s.count("‘") != s.count("’")):
        return "unbalanced"
    if not re.search(r"[.!?…][\"”’)]*$", s):
        return "no-terminal"
    if not _opens_sentence(s[0]) or s[0] in "'([":
        return "bad-start"
    if ":" in " ".join(words[:5]):
        return "early-colon"
    if re.search(r"[.?!…] [-–—+•] ", s) or s[0] in "-–—+•":
        return "dialogue"
    for m in re.finditer(r":\s*(\w)", s):
        if m.group(1).isupper():
            return "colon-capital"
    if re.search(r"[^\s\d.][.!?;,][^\s\d\"”’)…,.]", s):
        return "glued-source"
    if re.search(r"\((?:theo|Theo|TTXVN|PV|CTV)[^)]*\)[.]?$", s) or re.search(r"\b[Tt]heo [A-ZĐ][^,.;]{0,30}\.?$",
                                                                            s[-40:]):
        return "author-tail"
    if re.search(r"[-–—] ?[Tt]heo ", s):
        return "author-tail"
    for m in re.finditer(r"(?<=[a-zà-ỹđ]) (\w+) ([a-zà-ỹđ]+)", s):
        w = m.group(1)
        if w[:1].isupper() and (w in GLUE_WORDS or (w + " " + m.group(2)) in GLUE_PAIRS):
            return "glued-heading"
    quoted = '"' in s or "“" in s
    if nw < 20 and "," not in s and not quoted:
        return "short-descriptive"
    if nw < 24 and not ASPECT.search(s) and not quoted:
        return "descriptive"
    if idx == 0 and (nw < 16 or not LEDE_MARK.search(s) or ("," not in s and nw < 25)):
        return "first-sentence"
    b = _bigrams(s)
    if b:
        if nw < 25 and len(b & _bigrams(title)) / len(b) >= 0.45:
            return "title-echo"
        for k in range(max(0, idx - 2), min(len(sents), idx + 3)):
            if k != idx and len(sents[k].split()) >= nw and len(b & _bigrams(sents[k])) / len(b) >= 0.33:
                return "neighbour-echo"
    return None


def take_story(title, article):
    """Return (kept, all_sentences): kept is a list of (index, sentence) of sure story sentences."""
    sents = split_sentences(detok(article))
    reasons = [doubtful(s, i, sents, title) for i, s in enumerate(sents)]
    for i in range(1, len(sents) - 1):     # a sentence right before a credit or a stray fragment is a caption
        if reasons[i] in ("caption-mark", "no-terminal") and reasons[i - 1] is None:
            reasons[i - 1] = "before-credit"
    tnorm = norm(title)
    kept, seen = [], set()
    for i, s in enumerate(sents):
        if reasons[i] is None and norm(s) != tnorm and norm(s) not in seen:
            seen.add(norm(s))
            kept.append((i, s))
    return kept, sents


# ----------------------------------------------------------------------------------------------------------------
# What the story is about (for captions, portraits and dates)
# ----------------------------------------------------------------------------------------------------------------

PLACES = (("TP HCM", "Ho Chi Minh City"), ("Hà Nội", "Hanoi"), ("Hải Phòng", "Hai Phong"), ("Đà Nẵng", "Da Nang"),
          ("Cần Thơ", "Can Tho"), ("Hà Tĩnh", "Ha Tinh"), ("Nghệ An", "Nghe An"), ("Thanh Hoá", "Thanh Hoa"),
          ("Thanh Hóa", "Thanh Hoa"), ("Quảng Ninh", "Quang Ninh"), ("Quảng Bình", "Quang Binh"),
          ("Quảng Trị", "Quang Tri"), ("Huế", "Hue"), ("Quảng Nam", "Quang Nam"), ("Quảng Ngãi", "Quang Ngai"),
          ("Bình Định", "Binh Dinh"), ("Phú Yên", "Phu Yen"), ("Khánh Hoà", "Khanh Hoa"), ("Khánh Hòa", "Khanh Hoa"),
          ("Nha Trang", "Nha Trang"), ("Ninh Thuận", "Ninh Thuan"), ("Bình Thuận", "Binh Thuan"),
          ("Kon Tum", "Kon Tum"), ("Gia Lai", "Gia Lai"), ("Đắk Lắk", "Dak Lak"), ("Đăk Lăk", "Dak Lak"),
          ("Lâm Đồng", "Lam Dong"), ("Đà Lạt", "Da Lat"), ("Bình Phước", "Binh Phuoc"), ("Tây Ninh", "Tay Ninh"),
          ("Bình Dương", "Binh Duong"), ("Đồng Nai", "Dong Nai"), ("Vũng Tàu", "Vung Tau"), ("Long An", "Long An"),
          ("Tiền Giang", "Tien Giang"), ("Bến Tre", "Ben Tre"), ("Trà Vinh", "Tra Vinh"), ("Vĩnh Long", "Vinh Long"),
          ("Đồng Tháp", "Dong Thap"), ("An Giang", "An Giang"), ("Kiên Giang", "Kien Giang"),
          ("Phú Quốc", "Phu Quoc"), ("Hậu Giang", "Hau Giang"), ("Sóc Trăng", "Soc Trang"), ("Bạc Liêu", "Bac Lieu"),
          ("Cà Mau", "Ca Mau"), ("Hà Giang", "Ha Giang"), ("Cao Bằng", "Cao Bang"), ("Lào Cai", "Lao Cai"),
          ("Sa Pa", "Sa Pa"), ("Điện Biên", "Dien Bien"), ("Sơn La", "Son La"), ("Yên Bái", "Yen Bai"),
          ("Hoà Bình", "Hoa Binh"), ("Hòa Bình", "Hoa Binh"), ("Thái Nguyên", "Thai Nguyen"),
          ("Lạng Sơn", "Lang Son"), ("Bắc Giang", "Bac Giang"), ("Phú Thọ", "Phu Tho"), ("Vĩnh Phúc", "Vinh Phuc"),
          ("Bắc Ninh", "Bac Ninh"), ("Hải Dương", "Hai Duong"), ("Hưng Yên", "Hung Yen"), ("Thái Bình", "Thai Binh"),
          ("Hà Nam", "Ha Nam"), ("Nam Định", "Nam Dinh"), ("Ninh Bình", "Ninh Binh"), ("Hội An", "Hoi An"),
          ("Sài Gòn", "Saigon"))

TOPICS = (
    ("fire", ("cháy", "hoả hoạn", "hỏa hoạn", "phát nổ", "lửa")),
    ("accident", ("tai nạn", "va chạm", "tông", "đâm vào", "lật", "xe tải", "ôtô", "xe khách", "container",
                  "gặp nạn", "tử vong", "bị thương")),
    ("weather", ("bão", "mưa", "lũ", "sạt lở", "rét", "áp thấp", "lốc", "ngập", "nắng nóng")),
    ("sea", ("tàu cá", "ngư dân", "vùng biển", "bờ biển", "ra biển", "trên biển", "cảng cá", "hải lý", "thuyền")),
    ("crime", ("công an", "khởi tố", "bắt giữ", "tạm giữ", "điều tra", "xử phạt", "cảnh sát", "vi phạm")),
    ("politics", ("Quốc hội", "đại biểu", "Thủ tướng", "Bộ trưởng", "nghị quyết", "Chính phủ", "kỳ họp", "cử tri",
                  "UBND")),
    ("school", ("học sinh", "giáo viên", "trường học", "nhà trường", "sinh viên", "kỳ thi", "thí sinh", "lớp học",
                "thầy giáo", "cô giáo", "hiệu trưởng")),
    ("health", ("bệnh viện", "ngộ độc", "bác sĩ", "cấp cứu", "bệnh nhân", "dịch bệnh", "y tế", "thực phẩm",
                "tạp chất")),
    ("urban", ("dự án", "xây dựng", "công trình", "cầu", "quy hoạch", "vỉa hè", "chung cư", "metro", "cao tốc",
               "đường")),
    ("economy", ("doanh nghiệp", "tỷ đồng", "giá", "xuất khẩu", "lao động", "thu phí", "BOT", "thị trường")),
    ("nature", ("rác", "ô nhiễm", "chó", "trâu", "sếu", "rừng", "môi trường", "động vật", "cá")),
    ("culture", ("Tết", "lễ hội", "hoa", "chùa", "di tích", "nghệ thuật", "văn hoá", "văn hóa", "Phật")),
)

PERSON_TITLES = ("ông", "bà", "anh", "chị", "Bộ trưởng", "Thủ tướng", "Chủ tịch", "Giám đốc", "thiếu tướng",
                 "Đại tá", "Thượng tá", "Trung tá", "Bí thư", "Phó chủ tịch", "Thứ trưởng", "Đại uý")


def _ascii(s):
    s = s.replace("Đ", "D").replace("đ", "d")
    s = unicodedata.normalize("NFD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


SURNAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
            "Dương", "Lý", "Trương", "Đinh", "Lâm", "Mai", "Đào", "Đoàn", "Vương", "Trịnh", "Hà", "Tô", "Lưu", "Cao",
            "Tạ", "Chu", "Thái", "Lương", "Kiều", "Quách", "Tăng", "La", "Từ", "Triệu", "Châu", "Nông", "Lò", "Hứa",
            "Thân", "Giang", "Phùng", "Tôn", "Khúc", "Diệp", "Đàm", "Lại", "Mạc", "Văn", "Ninh", "Hầu", "Huỳnh")


def _people(sentences):
    found = []
    for s in sentences:
        toks = s.replace(",", " , ").replace("(", " ( ").replace(")", " ) ").split()
        for i, t in enumerate(toks):
            for title in PERSON_TITLES:
                tw = title.split()
                if toks[i:i + len(tw)] == tw or (i == 0 and [x.lower() for x in toks[:len(tw)]] ==
                                                  [x.lower() for x in tw]):
                    name = []
                    j = i + len(tw)
                    while j < len(toks) and toks[j].istitle() and toks[j].isalpha() and len(name) < 4:
                        name.append(toks[j])
                        j += 1
                    if len(name) >= 3 and name[0] in SURNAMES and " ".join(name) != "Hồ Chí Minh":
                        person = (title[0].upper() + title[1:], " ".join(name))
                        if person[1] not in [x[1] for x in found]:
                            found.append(person)
    return found


def _date_of(sentences, r):
    for s in sentences:
        m = re.search(r"(?:[Nn]gày|[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Đđ]êm|[Rr]ạng sáng|[Hh]ôm)\s+(\d{1,2})/(\d{1,2})"
                      r"(?:/(\d{4}))?", s)
        if m:
            d, mo = int(m.group(1)), int(m.group(2))
            y = int(m.group(3)) if m.group(3) else r.choice((2015, 2016, 2017, 2018, 2019))
            try:
                return datetime.date(y, mo, d) + datetime.timedelta(days=r.choice((0, 0, 1)))
            except ValueError:
                pass
    return datetime.date(2015, 1, 1) + datetime.timedelta(days=r.randrange(1800))


class Story(NamedTuple):
    row: int
    title: str
    paras: list         # list of paragraphs, each a list of sentences
    people: list        # (title, name)
    place: str
    place_en: str
    topic: str
    date: datetime.date
    numbers: list
    forbidden: set      # norms that no furniture line may take: title, every sentence of the article


def make_story(row, title_raw, article_raw):
    title = detok(title_raw)
    kept, sents = take_story(title, article_raw)
    if not kept:
        return None
    r = rng(row, "paragraphs")
    paras, cur, last = [], [], None
    target = r.choice((1, 2, 2, 3, 3, 4))
    for idx, s in kept:
        gap = last is not None and idx != last + 1
        if cur and (len(cur) >= target or (gap and r.random() < 0.6)):
            paras.append(cur)
            cur = []
            target = r.choice((1, 2, 2, 3, 3, 4))
        cur.append(s)
        last = idx
    if cur:
        paras.append(cur)
    body = [s for _, s in kept]
    alltext = title + " " + " ".join(body)
    place, place_en = "", ""
    best = None
    for vn, en in PLACES:
        m = re.search(r"(?<!\w)" + re.escape(vn) + r"(?!\w)", alltext)
        if m and (best is None or m.start() < best):
            best, place, place_en = m.start(), vn, en
    scores = []
    low = (title + " ") * 3 + " ".join(body)
    low = low.lower()
    for name, keys in TOPICS:
        scores.append((sum(len(re.findall(r"\b" + re.escape(k.lower()) + r"\b", low)) for k in keys), name))
    sc, topic = max(scores, key=lambda x: x[0])
    if sc == 0:
        topic = "generic"
    nums = []
    for s in body:
        for m in re.finditer(r"(?<![\d/.,])(\d+(?:[.,]\d+)*) (km|m|ha|tấn|tỷ đồng|triệu đồng|người|doanh nghiệp|xe|con|"
                             r"ngày|tháng|năm|học sinh|hộ|trường hợp|cơ sở|tàu)\b", s):
            v = m.group(0)
            if v not in nums:
                nums.append(v)
    forbidden = {norm(title)} | {norm(s) for s in sents}
    return Story(row, title, paras, _people(body), place, place_en, topic, _date_of(body, r), nums, forbidden)


# ----------------------------------------------------------------------------------------------------------------
# Invented people, agencies and caption wording
# ----------------------------------------------------------------------------------------------------------------

VN_FAMILY = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ",
             "Ngô", "Dương", "Lý", "Trương", "Đinh", "Lâm", "Tạ", "Kiều", "Quách", "Mai", "Tôn")
VN_MIDDLE = ("Văn", "Thị", "Minh", "Ngọc", "Hoài", "Thanh", "Quốc", "Bảo", "Đức", "Hữu", "Kim", "Thu", "Gia",
             "Phương", "Anh", "Diệu", "Khánh", "Tường")
VN_GIVEN = ("An", "Bình", "Châu", "Dung", "Giang", "Hạnh", "Khang", "Lan", "Linh", "Long", "Mai", "Nam", "Nhi",
            "Phúc", "Quân", "Sơn", "Tâm", "Thảo", "Trâm", "Uyên", "Vy", "Yến", "Khôi", "Hiếu", "Triều", "Diễm",
            "Hòa", "Vĩnh", "Nguyên", "Xuyến", "Thư", "Duy")
FOREIGN = {
    "no": ("Ingrid Solbakken", "Henrik Aasland", "Kari Nordhagen", "Eirik Vangsnes", "Sigrid Fjellheim"),
    "de": ("Lena Hartmann", "Jonas Breuer", "Katrin Vogelsang", "Matthias Ebner", "Ute Kranich"),
    "fr": ("Claire Dubosc", "Étienne Morvan", "Sophie Lacroix-Vidal", "Julien Marchetti", "Anaïs Perrault"),
    "en": ("Megan Hollis", "Callum Brightwater", "Priya Nandakumar", "Tom Ashdown", "Rosalind Pike"),
    "jp": ("Sato Haruka", "Kimura Daisuke", "Ogawa Rena", "Hayashi Kenta"),
    "kr": ("Park Ji-won", "Lee Seo-yeon", "Choi Min-jun", "Han Da-eun"),
    "cz": ("Jana Dvořáková", "Tomáš Havlíček", "Petra Svobodová", "Ondřej Kubeš"),
    "ca": ("Olivia Tremblay-Gauthier", "Marc-André Lévesque", "Hannah Osei"),
    "ch": ("Luca Bernasconi", "Noémie Favre", "Reto Imhof"),
    "tw": ("Lin Yi-chen", "Chen Po-han", "Wu Hsin-yi"),
    "au": ("Bronwyn Fairweather", "Declan Murray", "Jess Tranter"),
}
PEN_NAMES = ("Lãng Du", "Cánh Cò Xa Xứ", "Sông Thu", "Bút Xanh", "Người Xa Quê", "Hạt Bụi Nhỏ", "Mây Ngàn",
             "Khách Phương Xa")

AG = {  # invented photo and news agencies
    "kestrel": "Kestrel Photo", "northwind": "Northwind Images", "lumiere": "Lumière Wire Photo",
    "eurolens": "EuroLens", "sakura": "Sakura Frame", "hanriver": "Han River Press", "vltava": "Vltava Foto",
    "maple": "Maple Lens", "scross": "Southern Cross Pictures", "meridian": "Meridian Presse",
    "nnb": "Nordlys Nyhetsbyrå", "hpa": "Hanse Presse-Agentur", "pacifica": "Pacifica Newswire",
    "thames": "Thames Pictures", "alpen": "AlpenBild", "jade": "Jade Island Photo", "saltmarsh": "Saltmarsh Media",
}

WHEN_VN = ("", "", " hôm {d}/{m}", " ngày {d}/{m}/{y}", " chiều {d}/{m}", " sáng {d}/{m}")
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December")
WHEN_EN = ("", " on {M} {d}", ", {M} {d}, {y}")
WHEN_FR = ("", " le {d}/{m}/{y}")
WHEN_DE = ("", " am {d}.{m}.{y}")

CAPTIONS = {
    "accident": (
        "Hiện trường vụ tai nạn ở {place}{when}.",
        "Chiếc xe biến dạng sau cú va chạm, nhìn từ phía đường đối diện.",
        "Lực lượng chức năng đo đạc, khám nghiệm hiện trường{when}.",
        "Cảnh sát giao thông phân luồng tại khu vực xảy ra tai nạn.",
        "Người dân tập trung quanh hiện trường, giao thông ùn ứ nhiều giờ.",
        "Một đoạn quốc lộ qua {place}, nơi thường xảy ra va chạm.",
        "Xe cứu hộ được điều đến kéo phương tiện gặp nạn ra khỏi làn đường.",
    ),
    "fire": (
        "Khói lửa bốc cao tại hiện trường{when}.",
        "Lính cứu hoả phun nước dập lửa, ngăn đám cháy lan sang nhà bên cạnh.",
        "Phương tiện chỉ còn trơ khung sau khi đám cháy được dập tắt.",
        "Người dân đứng xem từ xa khi lực lượng cứu hoả làm nhiệm vụ ở {place}.",
        "Hiện trường vụ cháy được phong toả để điều tra nguyên nhân.",
    ),
    "weather": (
        "Nước dâng cao trên một tuyến đường ở {place}{when}.",
        "Người dân gia cố nhà cửa trước khi mưa lớn kéo đến.",
        "Bầu trời u ám phủ kín vùng ven biển, nhìn từ một khu dân cư.",
        "Lực lượng cứu hộ hỗ trợ người dân di chuyển khỏi vùng trũng.",
        "Cây đổ chắn ngang đường sau trận gió mạnh đêm qua.",
        "Nông dân ra đồng kiểm tra lúa sau đợt thời tiết bất thường.",
    ),
    "sea": (
        "Tàu thuyền neo đậu tại một cảng cá ở {place}{when}.",
        "Ngư dân chuyển hàng lên bờ lúc sáng sớm.",
        "Một góc vùng biển nơi xảy ra sự việc, nhìn từ trên cao.",
        "Lực lượng biên phòng kiểm tra tàu trước giờ ra khơi.",
        "Cảnh bến cá nhộn nhịp khi tàu cập bờ.",
    ),
    "crime": (
        "Trụ sở công an nơi đang thụ lý vụ việc{when}.",
        "Lực lượng chức năng làm việc tại hiện trường ở {place}.",
        "Tang vật được niêm phong để phục vụ điều tra.",
        "Cảnh sát lập chốt kiểm tra trên một tuyến phố trung tâm.",
        "Một tổ công tác làm nhiệm vụ vào ban đêm.",
    ),
    "politics": (
        "Toàn cảnh phiên họp tại Hà Nội{when}.",
        "Các đại biểu trao đổi bên hành lang hội trường.",
        "Quang cảnh buổi làm việc tại trụ sở cơ quan chính quyền ở {place}.",
        "Đại biểu bấm nút biểu quyết trong một phiên họp.",
        "Một buổi tiếp xúc cử tri, ảnh chụp từ cuối hội trường.",
    ),
    "school": (
        "Học sinh trong giờ tan trường ở {place}{when}.",
        "Một lớp học vùng quê, ảnh chụp từ cuối phòng.",
        "Giáo viên và học sinh trong buổi chào cờ đầu tuần.",
        "Cổng một ngôi trường, nơi gia đình học sinh chờ đón con.",
        "Sân trường vắng vẻ trong ngày nghỉ học.",
    ),
    "health": (
        "Bệnh nhân được theo dõi tại khoa cấp cứu{when}.",
        "Nhân viên y tế chăm sóc người bệnh tại một bệnh viện ở {place}.",
        "Người nhà chờ tin bên ngoài phòng cấp cứu.",
        "Mẫu thực phẩm được đưa đi xét nghiệm.",
        "Hành lang bệnh viện đông người trong buổi sáng.",
    ),
    "urban": (
        "Công trình nhìn từ trên cao{when}.",
        "Một góc khu vực dự án ở {place}, nơi đang được rào chắn.",
        "Công nhân thi công trên công trường vào buổi chiều.",
        "Dòng xe qua khu vực sắp được cải tạo.",
        "Phối cảnh dự án do đơn vị thiết kế công bố.",
        "Vỉa hè và lòng đường khu trung tâm vào giờ cao điểm.",
    ),
    "economy": (
        "Người lao động làm thủ tục tại một văn phòng tuyển dụng ở {place}.",
        "Hàng hoá được bốc dỡ tại một kho bãi{when}.",
        "Một phiên giao dịch tại khu chợ đầu mối, ảnh chụp lúc rạng sáng.",
        "Trạm thu phí trên tuyến quốc lộ vào giờ cao điểm.",
        "Doanh nghiệp giới thiệu sản phẩm tại một hội chợ.",
    ),
    "nature": (
        "Khu vực bị ảnh hưởng nhìn từ bờ sông ở {place}.",
        "Đàn gia súc trên một cánh đồng vùng cao.",
        "Rác thải tập kết ven đường, ảnh chụp{when}.",
        "Một góc khu bảo tồn vào mùa khô.",
        "Cán bộ môi trường lấy mẫu nước để kiểm tra.",
    ),
    "culture": (
        "Du khách tham quan khu di tích ở {place}{when}.",
        "Phố phường rực rỡ sắc hoa trong những ngày cuối năm.",
        "Người dân dạo chơi, chụp ảnh kỷ niệm buổi tối.",
        "Một nghi lễ truyền thống được tái hiện trong lễ hội.",
        "Khung cảnh buổi tối với hệ thống đèn trang trí.",
    ),
    "generic": (
        "Quang cảnh khu vực liên quan đến sự việc ở {place}{when}.",
        "Một góc phố ở {place}, ảnh chụp trong ngày.",
        "Người dân qua lại bình thường sau sự việc.",
        "Ảnh tư liệu: khu vực trung tâm nhìn từ trên cao.",
    ),
}
CAPTIONS_EN = {
    "accident": ("The scene of the crash in {place_en} province{when}.", "Police inspect the wreckage by the road.",
                 "Traffic backs up near the site of the collision."),
    "fire": ("Firefighters at the scene{when}.", "Smoke rises over the site in {place_en}.",
             "The burnt-out shell of the vehicle after the fire."),
    "weather": ("Flooded streets in {place_en}{when}.", "Residents move belongings to higher ground.",
                "Storm clouds gather over the coast."),
    "sea": ("Fishing boats moored at a port in {place_en}{when}.", "Fishermen unload their catch at dawn."),
    "crime": ("Police officers at the site in {place_en}{when}.", "Evidence sealed off by investigators."),
    "politics": ("Lawmakers during a session in Hanoi{when}.", "Delegates talk on the sidelines of the meeting."),
    "school": ("Students leave school in {place_en}{when}.", "A rural classroom in central Vietnam."),
    "health": ("Patients receive treatment at a hospital in {place_en}{when}.", "Medical staff at an emergency ward."),
    "urban": ("An aerial view of the site in {place_en}{when}.", "Construction workers on site.",
              "Traffic passes the area slated for redevelopment."),
    "economy": ("Workers at a recruitment office in {place_en}{when}.", "Goods unloaded at a wholesale market."),
    "nature": ("The affected area seen from the riverbank in {place_en}.", "Livestock grazing in the highlands."),
    "culture": ("Visitors at a heritage site in {place_en}{when}.", "Streets decorated with flowers ahead of Tet."),
    "generic": ("A street in {place_en}, Vietnam{when}.", "File photo of the city centre seen from above."),
}
CAPTIONS_FR = ("Sur les lieux, à {place_en}{when}.", "Vue générale du site, Vietnam.", "Photo d'archives.")
CAPTIONS_DE = ("Am Ort des Geschehens in {place_en}{when}.", "Archivbild: Straßenszene in Vietnam.",
               "Blick auf das betroffene Gebiet.")
PORTRAITS = ("{T} {N}.", "{T} {N} trả lời phỏng vấn báo chí (ảnh tư liệu).", "Chân dung {t} {N}.",
             "{T} {N} tại một sự kiện trước đây.", "{T} {N} phát biểu{when}.")
PORTRAITS_EN = ("{A} in a file photo.", "{A} speaks to reporters{when}.")


def _when(d, en=False):
    return {"d": d.day, "m": d.month, "y": d.year, "M": MONTHS_EN[d.month - 1]}


# ----------------------------------------------------------------------------------------------------------------
# The page builder
# ----------------------------------------------------------------------------------------------------------------

class Builder:
    def __init__(self, story, related, layout):
        self.s = story
        self.layout = layout
        self.r = rng(story.row, "layout")
        self.rc = rng(story.row, "captions")
        self.rr = rng(story.row, "related")
        self.entries = []          # [role, line, items]; role: title/date/site/body or a furniture kind
        self.unl = {}
        self.body_norms = set()
        for p in story.paras:
            for x in p:
                self.body_norms.add(norm(x))
        pool = [(t, lead) for (t, lead) in related
                if norm(t) not in story.forbidden and norm(t) not in self.body_norms]
        self.rr.shuffle(pool)
        self.pool = pool
        self.used_caps = []
        self.people = list(story.people)
        self.rc.shuffle(self.people)

    # -- basic adders --------------------------------------------------------------------------------------------
    def _ok(self, line, allow=None):
        line = line.strip()
        if not line:
            return None
        n = norm(line)
        if n in self.body_norms:
            return None
        if n in self.s.forbidden and n != allow:
            return None
        return line

    def add(self, kind, line, allow=None):
        assert kind in KINDS
        line = self._ok(line, allow)
        if line is None:
            return False
        self.entries.append([kind, line, None])
        return True

    def w(self, *lines):
        for x in lines:
            self.add("widget", x)

    def by(self, line):
        return self.add("byline", line)

    def cr(self, line):
        return self.add("credit", line)

    def cap(self, line):
        return self.add("caption", line)

    def rel(self, line):
        return self.add("related", line)

    def unlabelled(self, role, line):
        assert role in ("title", "date", "site")
        if role in self.unl:        # any repeat is a widget
            self.add("widget", line, allow=norm(self.s.title))
            return
        self.unl[role] = line
        self.entries.append([role, line, None])

    def site(self, line):
        self.unlabelled("site", line)

    def title(self):
        self.unlabelled("title", self.s.title)

    def title_again(self, prefix=""):
        self.add("widget", prefix + self.s.title, allow=norm(self.s.title))

    def date(self, line):
        self.unlabelled("date", line)

    # -- names ---------------------------------------------------------------------------------------------------
    def vn_name(self, caps=False):
        r = self.r
        n = f"{r.choice(VN_FAMILY)} {r.choice(VN_MIDDLE)} {r.choice(VN_GIVEN)}"
        return n.upper() if caps else n

    def short_vn(self):
        r = self.r
        return f"{r.choice(VN_MIDDLE)} {r.choice(VN_GIVEN)}"

    def foreign(self, region):
        return self.r.choice(FOREIGN[region])

    # -- dates ---------------------------------------------------------------------------------------------------
    def d(self):
        return self.s.date

    def hm(self):
        return f"{self.r.randrange(5, 23):02d}:{self.r.randrange(60):02d}"

    def weekday_vn(self):
        return ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")[self.d().weekday()]

    # -- body ----------------------------------------------------------------------------------------------------
    def body(self, hook=None, extra=()):
        """Paragraphs in story order; hook(i, n) runs after paragraph i (not the last); each callable in extra
        (inline pictures) goes into its own randomly drawn gap between paragraphs, or after the last one."""
        n = len(self.s.paras)
        gaps = list(range(n - 1))
        self.r.shuffle(gaps)
        place = {}
        for j, fn in enumerate(extra):
            place.setdefault(gaps[j] if j < len(gaps) else n - 1, []).append(fn)
        for i, p in enumerate(self.s.paras):
            self.entries.append(["body", " ".join(p), list(p)])
            if hook is not None and i < n - 1:
                hook(i, n)
            for fn in place.get(i, ()):
                fn()

    # -- related material ----------------------------------------------------------------------------------------
    def next_rel(self):
        if not self.pool:
            return None
        return self.pool.pop()

    def headline(self):
        x = self.next_rel()
        return None if x is None else x[0]

    def teaser(self, lead, lo=80, hi=170):
        kept, _ = take_story("", lead)
        if not kept:
            return None
        first = kept[0][1]
        limit = self.rr.randrange(lo, hi)
        if len(first) <= limit:
            cut = first.rstrip(".") 
        else:
            cut = first[:limit]
            cut = cut[:cut.rfind(" ")] if " " in cut else cut
            cut = cut.rstrip(",;:-– ")
        return cut + "…"

    def related_list(self, header, n, fmt="plain", header2=None):
        items = []
        for _ in range(n):
            x = self.next_rel()
            if x is None:
                break
            items.append(x)
        if not items:
            return
        if header:
            self.w(header)
        if header2:
            self.w(header2)
        r = self.rr
        d = self.d()
        for k, (t, lead) in enumerate(items):
            back = d - datetime.timedelta(days=r.randrange(0, 9))
            if fmt == "plain":
                self.rel(t)
            elif fmt == "time":
                self.rel(f"{t} ({r.randrange(6, 23):02d}:{r.randrange(60):02d})")
            elif fmt == "date":
                self.rel(f"{t} - {back.day:02d}/{back.month:02d}/{back.year}")
            elif fmt == "ago":
                self.rel(f"{t} · {r.choice(('2 giờ trước', '5 giờ trước', '1 ngày trước', '3 ngày trước'))}")
            elif fmt == "teaser":
                self.rel(t)
                tz = self.teaser(lead)
                if tz:
                    self.rel(tz)
            elif fmt == "teaser_inline":
                tz = self.teaser(lead, 60, 120)
                self.rel(f"{t} — {tz}" if tz else t)
            elif fmt == "numbered":
                self.rel(f"{k + 1}. {t}")
            elif fmt == "bullet":
                self.rel(f"• {t}")
            elif fmt == "en_date":
                self.rel(f"{t} ({MONTHS_EN[back.month - 1][:3]} {back.day}, {back.year})")
            elif fmt == "audio":
                self.rel(f"🎧 {t} ({r.randrange(2, 15)}:{r.randrange(60):02d})")
            elif fmt == "rank":
                self.rel(f"{k + 1:02d} {t}")

    def related_joined(self, header, n, sep=" | "):
        items = [self.headline() for _ in range(n)]
        items = [x for x in items if x]
        if not items:
            return
        line = sep.join(items)
        if header:
            if self.r.random() < 0.5:
                line = header + " " + line
            else:
                self.w(header)
        self.rel(line)

    def readmore(self, prefix="Đọc thêm: "):
        t = self.headline()
        if t:
            self.rel(prefix + t)

    # -- images --------------------------------------------------------------------------------------------------
    def _fill(self, tpl, en=False, lang="vn"):
        s = self.s
        d = s.date
        when_t = self.rc.choice({"en": WHEN_EN, "fr": WHEN_FR, "de": WHEN_DE}.get(lang, WHEN_VN))
        when = when_t.format(**_when(d))
        place = s.place or "Việt Nam"
        place_en = s.place_en or "Vietnam"
        if "{place}" in tpl and not s.place:
            tpl = tpl.replace(" ở {place}", "").replace(" tại {place}", "").replace(" qua {place}", "")
        if "{place_en}" in tpl and not s.place_en:
            tpl = tpl.replace(" in {place_en} province", "").replace(" in {place_en}", "").replace(
                ", à {place_en}", "")
        return tpl.format(place=place, place_en=place_en, when=when)

    def caption_text(self, lang="vn"):
        if lang == "en":
            pool = CAPTIONS_EN.get(self.s.topic, CAPTIONS_EN["generic"]) + CAPTIONS_EN["generic"]
        elif lang == "fr":
            pool = CAPTIONS_FR
        elif lang == "de":
            pool = CAPTIONS_DE
        else:
            pool = CAPTIONS.get(self.s.topic, CAPTIONS["generic"]) + CAPTIONS["generic"][:2]
        for _ in range(12):
            tpl = self.rc.choice(pool)
            if tpl in self.used_caps:
                continue
            text = self._fill(tpl, lang == "en", lang)
            if norm(text) in self.body_norms or norm(text) in self.s.forbidden:
                continue
            self.used_caps.append(tpl)
            return text
        return None

    def portrait_text(self, lang="vn"):
        if not self.people:
            return None
        t, n = self.people.pop()
        when = self.rc.choice(WHEN_EN if lang == "en" else WHEN_VN).format(**_when(self.s.date))
        if lang == "en":
            return self.rc.choice(PORTRAITS_EN).format(A=_ascii(n), when=when)
        return self.rc.choice(PORTRAITS).format(T=t, t=t[0].lower() + t[1:] if t in ("Ông", "Bà", "Anh", "Chị")
                                                else t, N=n, when=when)

    def image(self, style, agency, photographer=None, lang="vn", mark=None, label="Ảnh"):
        """One picture: caption and/or credit in the layout's habit."""
        cap = self.caption_text(lang)
        who = agency if not photographer else f"{agency}/{photographer}"
        if mark:
            self.w(mark)
        if style == "title_echo":          # the caption restates the headline, credit in parentheses
            if self.add("caption", f"{self.s.title}. ({label}: {who})"):
                return
            style = "paren"
        if cap is None:
            style = "credit_only"
        if style == "paren":
            self.cap(f"{cap} ({label}: {who})")
        elif style == "dash":
            self.cap(f"{cap} - {label}: {who}")
        elif style == "below":
            self.cap(cap)
            self.cr(f"{label}: {who}")
        elif style == "above":
            self.cr(f"{label}: {who}")
            self.cap(cap)
        elif style == "bare":
            self.cap(cap)
        elif style == "copyright":
            self.cap(cap)
            self.cr(f"© {who}")
        elif style == "arrow":
            self.cap(f"▲ {cap} ⓒ{who}")
        elif style == "minhhoa":
            self.cr(f"(Ảnh minh họa: {who})")
        elif style == "minhhoa_cap":
            self.cap(f"{cap} (Ảnh minh họa)")
            self.cr(f"Nguồn ảnh: {who}")
        elif style == "credit_only":
            self.cr(f"{label}: {who}")
        elif style == "photo_en":
            self.cap(cap)
            self.cr(f"Photo: {who}")

    def portrait(self, agency, style="paren"):
        p = self.portrait_text()
        if not p:
            return False
        if style == "paren":
            self.cap(f"{p} ({'Ảnh'}: {agency})")
        elif style == "below":
            self.cap(p)
            self.cr(f"Ảnh: {agency}")
        else:
            self.cap(p)
        return True

    def gallery(self, agency, n=None, fmt="slash"):
        n = n or self.rc.randrange(3, 7)
        total = self.rc.randrange(n, n + 6)
        for k in range(1, n + 1):
            cap = self.caption_text()
            if cap is None:
                break
            if fmt == "slash":
                self.cap(f"{k}/{total} {cap}")
            elif fmt == "anh":
                self.cap(f"Ảnh {k}/{total}: {cap}")
            else:
                self.w(f"{k}/{total}")
                self.cap(cap)
        self.cr(f"Ảnh: {agency}")
        if total > n:
            self.w(f"Xem tiếp {total - n} ảnh")

    def video(self, agency, fmt="vn"):
        cap = self.caption_text()
        if cap is None:
            return
        dur = f"{self.rc.randrange(0, 4):02d}:{self.rc.randrange(10, 60):02d}"
        if fmt == "vn":
            self.w("▶ Video")
            self.cap(f"VIDEO: {cap.rstrip('.')}")
            self.cr(f"Video: {agency}")
            self.w(dur)
        elif fmt == "en":
            self.w(f"Play video {dur}")
            en = self.caption_text("en") or cap
            self.cap(en)
            self.cr(f"Video: {agency}")
        else:
            self.cap(f"Clip: {cap}")
            self.w(f"Thời lượng {dur} · Phụ đề tiếng Việt")

    def infographic(self, credit):
        nums = list(self.s.numbers)
        self.rc.shuffle(nums)
        place = f" tại {self.s.place}" if self.s.place else ""
        self.cap(self.rc.choice((f"Đồ hoạ: Những con số chính của sự việc{place}",
                                 f"INFOGRAPHIC | Toàn cảnh vụ việc{place}",
                                 f"Bản đồ: vị trí xảy ra sự việc{place}")))
        for x in nums[:self.rc.randrange(2, 4)]:
            self.cap(x)
        self.cr(credit)

    # -- widgets -------------------------------------------------------------------------------------------------
    def player(self, style="vn"):
        r = self.r
        dur = f"{r.randrange(1, 7)}:{r.randrange(60):02d}"
        if style == "vn":
            self.w("Nghe bài này", f"00:00 / 0{dur}", r.choice(("Tốc độ 1x", "Tốc độ đọc: 1.0x", "1x 1.25x 1.5x")))
        elif style == "short":
            self.w(f"🔊 Nghe bài này ({dur})")
        elif style == "voice":
            self.w("Nghe bài này", r.choice(("Giọng nữ miền Bắc", "Giọng nam miền Nam", "Giọng đọc tự động")),
                   f"0:00 / {dur}")
        elif style == "en":
            self.w("Listen to this article", f"{dur} min")

    def share(self, fmt):
        self.w(fmt)

    def comments(self, n, cities):
        r = self.r
        self.w(r.choice((f"Ý kiến bạn đọc ({n})", f"{n} bình luận", f"Bình luận ({n})")))
        texts = ("Đọc tin mà thương bà con ở quê nhà quá.", "Mong chính quyền sớm có biện pháp xử lý dứt điểm.",
                 "Cảm ơn ban biên tập đã cập nhật tin tức kịp thời cho người xa xứ.",
                 "Ở bên này nghe tin mà lo, cầu mong mọi người bình an.",
                 "Chuyện này năm nào cũng nghe, bao giờ mới thay đổi?",
                 "Bài viết hay, xin chia sẻ cho bạn bè cùng đọc.",
                 "Xin đài đưa thêm tin về miền Trung, gia đình tôi ở đó.")
        for k in range(min(n, 3)):
            self.w(f"{self.short_vn()} ({r.choice(cities)})")
            self.w(r.choice(texts))
            self.w(r.choice(("Trả lời", "Thích · Trả lời", "Báo cáo vi phạm")))

    def tags(self, label="Từ khóa:", sep=", "):
        s = self.s
        t = [x for x in (s.place, {"accident": "tai nạn giao thông", "fire": "cháy nổ", "weather": "thời tiết",
                                   "sea": "biển đảo", "crime": "pháp luật", "politics": "thời sự",
                                   "school": "giáo dục", "health": "sức khỏe", "urban": "đô thị",
                                   "economy": "kinh tế", "nature": "môi trường", "culture": "văn hóa",
                                   "generic": "tin trong nước"}[s.topic], "Việt Nam") if x]
        self.w(label + " " + sep.join(t))


# ----------------------------------------------------------------------------------------------------------------
# The layouts: twenty invented outlets
# ----------------------------------------------------------------------------------------------------------------

def lay_nordvag(b):
    """Nordvåg Radio, Oslo - Norwegian public broadcaster's Vietnamese service."""
    r = b.r
    b.w("Hopp til innhold", "Norsk | English | Tiếng Việt | Soomaali")
    b.site("Nordvåg Radio Tiếng Việt")
    b.w("Trang chủ  Tin Việt Nam  Na Uy & Bắc Âu  Thế giới  Podcast  Liên hệ")
    b.w(r.choice(("Tin Việt Nam", "Việt Nam")))
    b.title()
    b.date(f"Cập nhật {b.d().day:02d}.{b.d().month:02d}.{b.d().year} kl. {b.hm()}")
    b.by(r.choice(("Ban Việt ngữ Nordvåg", f"{b.vn_name()}, Ban Việt ngữ", f"{b.vn_name()} – {b.foreign('no')}",
                   "(NNB) – Ban Việt ngữ")))
    b.player(r.choice(("vn", "short")))
    b.image(r.choice(("paren", "below")), AG["nnb"], b.foreign("no"))

    def hook(i, n):
        if i == 0 and r.random() < 0.6:
            b.readmore("LES OGSÅ / ĐỌC THÊM: ")
        if i == 1 and r.random() < 0.4:
            b.portrait(AG["nnb"], "paren")
        if i == n // 2 and r.random() < 0.7:
            b.image("paren", AG["kestrel"])
    b.body(hook, [lambda: b.image(r.choice(("paren", "below")), AG["kestrel"], b.foreign("no"))])
    if r.random() < 0.5:
        b.by(f"Theo {AG['nnb']}")
    b.w("Del artikkelen | Chia sẻ: Mingle · E-post · Kopier lenke")
    b.related_list("Tin liên quan", r.randrange(2, 5), r.choice(("time", "plain")))
    b.w("Nordvåg Radio phát sóng tiếng Việt mỗi tối thứ Năm lúc 19:30 trên kênh NVR Verden.",
        "Ansvarlig redaktør: Tove Rismyhr", "© Nordvåg Radio – nordvag-radio.no/tiengviet")


def lay_rheinwelle(b):
    """Rhein-Welle, Bonn - German international broadcaster, Vietnamese service."""
    r = b.r
    b.w("Zum Inhalt springen", "Deutsch | English | Tiếng Việt | Español")
    b.site("RHEIN-WELLE | Tiếng Việt")
    b.w("Thời sự  Kinh tế  Văn hóa  Học tiếng Đức  Chuyên đề")
    b.title()
    if r.random() < 0.5:
        b.by(f"{b.foreign('de')} / {b.vn_name()}")
        b.date(f"{b.d().day:02d}.{b.d().month:02d}.{b.d().year}")
    else:
        b.date(f"{b.d().day:02d}.{b.d().month:02d}.{b.d().year}")
        b.by(f"{b.vn_name()} (Bonn)")
    b.player("vn")
    b.w(f"Tải xuống (MP3, {r.randrange(2, 6)},{r.randrange(10)} MB)")
    if r.random() < 0.5:
        b.image("below", AG["hpa"], b.foreign("de"), label="Foto")
    else:
        cap = b.caption_text("de")
        if cap:
            b.cap(cap)
        b.cr(f"Foto: {AG['hpa']}/{b.foreign('de')}")

    def hook(i, n):
        if i == 1 and r.random() < 0.6:
            b.image(r.choice(("below", "above")), AG["eurolens"], label="Ảnh")
        if i == n - 2 and r.random() < 0.5:
            b.w("Quảng cáo")
        elif i == n - 2 and r.random() < 0.5:
            b.video(AG["hpa"], "en")
    b.body(hook, [lambda: b.image("below", AG["hpa"], label="Foto")] if r.random() < 0.6 else [])
    b.by(r.choice(("Biên tập: " + b.vn_name(), "Hiệu đính: " + b.vn_name(), f"Biên dịch: {b.vn_name()}")))
    b.tags("Chủ đề:", " | ")
    b.w("Gửi  Mingle  Chirp  Email  In")
    b.w("Rhein-Welle tiếng Việt")
    b.related_list(None, 3, "teaser")
    b.w("Chương trình phát thanh tiếng Việt: hàng ngày 14:00 UTC, phát lại 22:00 UTC",
        "Impressum | Datenschutz | © 2024 Rhein-Welle")


def lay_pacific_echo(b):
    """Pacific Echo Radio, Sydney - community radio with schedule, podcast and galleries."""
    r = b.r
    b.site("Tiếng Vọng Thái Bình Dương – Pacific Echo Radio")
    b.w("🔴 NGHE TRỰC TIẾP", "Tin tức  Chương trình  Podcast  Lịch phát sóng  Ủng hộ đài")
    b.title()
    b.date(f"{b.weekday_vn()} {b.d().day} tháng {b.d().month} {b.d().year} – {r.randrange(1, 12)}:{r.randrange(60):02d}"
           f" {r.choice(('AM', 'PM'))} AEST")
    b.by(r.choice((f"Biên tập: {b.vn_name()} | Đọc: {b.short_vn()}", f"Thực hiện: {b.vn_name()}",
                   f"{b.vn_name()} – Pacific Echo")))
    b.w("Podcast: Bản tin Việt Nam buổi tối", f"▶ 0:00 / {r.randrange(8, 20)}:{r.randrange(60):02d}",
        "Tải xuống | Đăng ký nhận tập mới")
    if r.random() < 0.5:
        b.gallery(AG["scross"], fmt=r.choice(("slash", "anh")))
    else:
        cap = b.caption_text("en")
        if cap:
            b.cap(cap)
        b.cr(f"Photo: {AG['scross']}")

    def hook(i, n):
        if i == 0 and r.random() < 0.5:
            b.w("Quảng cáo", "Phở Gánh Bankstown – mở cửa 7 ngày, đặt bàn (02) 5550 1187")
        if i == 1 and r.random() < 0.6:
            en, vn = b.caption_text("en"), b.caption_text()
            if en and vn:
                b.cap(f"{en} / {vn}")
                b.cr(f"Photo: {AG['scross']}/{b.foreign('au')}")
    b.body(hook, [lambda: b.image("photo_en", AG["scross"], lang="en")])
    b.w("LỊCH PHÁT SÓNG HÔM NAY", "06:00 Thời sự buổi sáng", "12:30 Tạp chí cộng đồng",
        "19:00 Bản tin Việt Nam", "21:00 Ca nhạc theo yêu cầu")
    b.w("Pacific Echo là đài phát thanh cộng đồng phi lợi nhuận. Mỗi đóng góp của quý thính giả giúp đài duy trì "
        "chương trình tiếng Việt.", "Ủng hộ đài ngay")
    b.related_list("Bài mới nhất", r.randrange(3, 6), "audio")
    b.w("© Pacific Echo Radio Inc. – ABN 51 824 753 556")


def lay_viendong(b):
    """Viễn Đông Nhật Báo, Westminster CA - Little Saigon daily with ads, obituaries and comments."""
    r = b.r
    b.w("Thứ Năm 9 Tháng Năm 2024 | Cáo Phó | Phân Ưu | Rao Vặt | Quảng Cáo")
    b.site("VIỄN ĐÔNG NHẬT BÁO")
    b.w("Tiếng nói người Việt tự do tại Nam California")
    b.w("Trang Nhất  Việt Nam  Hoa Kỳ  Cộng Đồng  Thế Giới  Giải Trí")
    b.w("Việt Nam")
    b.title()
    b.date(f"{b.weekday_vn()}, {b.d().day:02d} Tháng {b.d().month:02d} {b.d().year}")
    if r.random() < 0.5:
        b.by(f"{b.vn_name(caps=True)}/Viễn Đông")
    b.image(r.choice(("paren", "below", "title_echo")), AG["meridian"])

    def hook(i, n):
        if i == 0:
            b.w("Quảng Cáo", "LUẬT SƯ DI TRÚ TRƯƠNG MINH KHẢI – Bảo lãnh, thẻ xanh, quốc tịch",
                "Gọi ngay: (714) 555-0148")
        if i == 2 and r.random() < 0.5:
            b.image("dash", AG["northwind"])
    b.body(hook, [lambda: b.portrait(AG["northwind"], "paren") or b.image("paren", AG["northwind"])])
    if r.random() < 0.6:
        b.by(f"Theo {r.choice((AG['meridian'], AG['pacifica']))}")
    b.w("Hãy ủng hộ báo chí cộng đồng. Mỗi đóng góp giúp Viễn Đông tiếp tục phục vụ đồng hương.",
        "Ủng hộ Viễn Đông")
    b.related_list("Tin cùng chuyên mục", r.randrange(3, 6), "date")
    b.comments(r.randrange(2, 9), ("Garden Grove", "Westminster", "San Jose", "Houston", "Orange"))
    b.w("Viễn Đông Nhật Báo – 14891 Moran St., Westminster, CA 92683 – (714) 555-0102")


def lay_songnha(b):
    """Sóng Nhà 1450 AM, Houston - radio site: live button, schedule, podcast, local ads."""
    r = b.r
    b.w("▶ Nghe trực tiếp 1450 AM", "Tải ứng dụng Sóng Nhà")
    b.site("Sóng Nhà Radio Houston")
    b.w("Tin tức | Chương trình | Podcast | Quảng cáo trên đài | Liên lạc")
    b.title()
    b.date(f"{MONTHS_EN[b.d().month - 1]} {b.d().day}, {b.d().year}")
    b.by(r.choice(("Nhóm PV Sóng Nhà", "Bản tin do Nhóm phóng viên Sóng Nhà thực hiện", f"{b.vn_name()} tường thuật")))
    b.player("short")
    if r.random() < 0.5:
        b.image("minhhoa", AG["pacifica"])
    else:
        b.image("bare", AG["pacifica"], mark="Hình minh họa")

    def hook(i, n):
        if i == 1:
            b.w("— Quảng cáo —", "Nha Khoa Bellaire Smile: khám răng miễn phí cho người cao niên – (281) 555-0177")
    b.body(hook, [lambda: b.image("bare", AG["pacifica"])] if r.random() < 0.6 else [])
    b.w("Nghe lại bản tin này trong chương trình Thời Sự 7 giờ tối")
    b.related_list("Tin Việt Nam khác", r.randrange(3, 5), r.choice(("bullet", "plain")))
    b.w("Chương trình hôm nay", "7:00 Bản tin sáng", "10:00 Sức khỏe và đời sống", "19:00 Thời sự tổng hợp")
    b.w("Sóng Nhà Radio Houston")


def lay_meridian(b):
    """Meridian Presse - French wire re-published in Vietnamese (dateline, translator, editor)."""
    r = b.r
    b.site("Meridian Presse – Bản tin tiếng Việt")
    b.w("Fil info  |  Việt Nam  |  Châu Á  |  Kinh tế")
    b.title()
    b.date(f"{b.d().day:02d}/{b.d().month:02d}/{b.d().year} {b.hm()} GMT+2")
    city = (b.s.place or "Hà Nội").upper()
    if r.random() < 0.5:
        b.cr(f"{AG['meridian']}/{b.foreign('fr')}")
    else:
        b.image("minhhoa", AG["lumiere"])
    b.by(r.choice((f"{city} (MP) –", f"{city}, {b.d().day}/{b.d().month} (MP) -", f"(MP) {city} –")))

    def hook(i, n):
        if i == 1 and r.random() < 0.5:
            b.readmore("» ")
        if i == 2 and r.random() < 0.6:
            cap = b.caption_text()
            if cap:
                b.cap(f"{cap} (Ảnh tư liệu: MP)")
    b.body(hook, [lambda: b.image("below", AG["meridian"], b.foreign("fr"), label="Ảnh")])
    b.by(r.choice((f"Người dịch: {b.vn_name()} | Biên tập: {b.foreign('fr')}",
                   f"Bản tiếng Việt: {b.vn_name()} – Hiệu đính: {b.vn_name()}")))
    b.by(r.choice(("mp/cd/lv", "mp-vn/hn", "MP/tvm")))
    b.w("© Meridian Presse 2024. Mọi quyền được bảo lưu. Cấm sao chép khi chưa được phép.")
    b.related_joined("Cùng chủ đề:", r.randrange(2, 4), " | ")


def lay_nhipcau_paris(b):
    """Le Lien – Nhịp Cầu Paris: French Vietnamese community biweekly, French furniture and captions."""
    r = b.r
    b.w("Français | Tiếng Việt", "S'abonner / Đặt báo")
    b.site("Nhịp Cầu Paris")
    b.w("Le Lien – journal de la communauté vietnamienne de France")
    b.title()
    b.date(f"Đăng ngày {b.d().day:02d}/{b.d().month:02d}/{b.d().year}")
    b.by(r.choice((f"Bài: {b.vn_name()}", f"{b.vn_name()} (Paris)", f"Par {b.foreign('fr')} – dịch: {b.short_vn()}")))
    cap = b.caption_text("fr")
    if cap and r.random() < 0.6:
        b.cap(f"{cap} © {AG['lumiere']}")
    else:
        b.image("paren", AG["lumiere"])

    def hook(i, n):
        if i == 0 and r.random() < 0.6:
            b.w("Publicité")
        if i == 1 and r.random() < 0.5:
            b.image("bare", AG["eurolens"])
            b.cr(f"Crédit photo : {AG['eurolens']}")
    b.body(hook, [lambda: b.image("copyright", AG["lumiere"], lang=r.choice(("fr", "vn")))])
    b.w("Partager : Mingle · Chirp · E-mail · Imprimer")
    b.w("Soutenez Le Lien / Ủng hộ Nhịp Cầu – báo sống nhờ độc giả. Virement : FR76 3000 4000 0500 0012 3456 789")
    b.related_list("À lire aussi / Đọc thêm", r.randrange(2, 4), "plain")
    b.w("Nhịp Cầu Paris – 27 rue de Tolbiac, 75013 Paris – 01 99 00 42 17")


def lay_maple(b):
    """Maple Leaf Việt Ngữ, Toronto - bilingual page with English UI and paired captions."""
    r = b.r
    b.w("English | Français | Tiếng Việt", "Sign in / Đăng nhập")
    b.site("Maple Leaf Việt Ngữ")
    b.w("NEWS IN VIETNAMESE · TIN TIẾNG VIỆT")
    b.w("Vietnam / Việt Nam")
    b.title()
    b.date(f"Published {MONTHS_EN[b.d().month - 1]} {b.d().day}, {b.d().year} · Updated {b.hm()} ET")
    b.by(r.choice((f"By/Bài: {b.vn_name()}", f"By {b.foreign('ca')} and {b.vn_name()}")))
    b.player("en")
    en = b.caption_text("en")
    vn = b.caption_text("vn")
    if en:
        b.cap(en)
    if vn:
        b.cap(vn)
    b.cr(f"Photo/Ảnh: {AG['maple']}")

    def hook(i, n):
        if i == 1 and r.random() < 0.6:
            b.w("ADVERTISEMENT")
        if i == 2 and r.random() < 0.5:
            b.portrait(AG["maple"], "below")
    b.body(hook, [lambda: b.image("photo_en", AG["maple"], lang="en")])
    b.w("Read this story in English →")
    b.w("Share / Chia sẻ:  Mingle  Chirp  Email  Copy link")
    b.related_list("More from Vietnam / Tin khác", r.randrange(2, 5), "en_date")
    b.w("Maple Leaf Việt Ngữ is a service of Maple Leaf Multicultural Media, 416-555-0127",
        "Maple Leaf Việt Ngữ")


def lay_seoulviet(b):
    """Seoul Việt Times - Korean-Vietnamese paper: ▲ captions, ⓒ credits, reporter e-mail."""
    r = b.r
    b.w("한국어 | Tiếng Việt | English")
    b.site("SEOUL VIỆT TIMES")
    b.w("Tin Hàn Quốc  Tin Việt Nam  Visa – Lao động  Cộng đồng  Đa văn hóa")
    b.title()
    name = b.vn_name()
    b.by(f"Phóng viên {name}")
    b.date(f"{b.d().year}.{b.d().month:02d}.{b.d().day:02d} {b.hm()}")
    b.w("가 가 | 인쇄 | 스크랩")
    b.image("arrow", AG["hanriver"])

    def hook(i, n):
        if i == 0 and r.random() < 0.7:
            b.related_joined("관련기사 / Bài liên quan", 2, " ▶ ")
        if i == n // 2 and r.random() < 0.5:
            b.image("arrow", AG["hanriver"])
    b.body(hook, [lambda: b.image("arrow", AG["hanriver"], b.foreign("kr"))] if r.random() < 0.5 else [])
    b.by(f"{name} {_ascii(name).lower().replace(' ', '')[:10]}@seoulviet-times.kr")
    b.w("<저작권자 © Seoul Việt Times, 무단 전재 및 재배포 금지>")
    b.w("Bản quyền thuộc Seoul Việt Times. Cấm sao chép dưới mọi hình thức.")
    b.related_list("Tin nổi bật", r.randrange(3, 6), "rank")
    b.w("Điện thoại tòa soạn: 02-555-0163 | Đăng ký quảng cáo")


def lay_tokyoviet(b):
    """Tokyo Việt Shimbun - Japanese-Vietnamese site: Japanese credits, chat-app share row, teasers."""
    r = b.r
    b.w("日本語 | Tiếng Việt")
    b.site("Tokyo Việt Shimbun")
    b.w("Tin Nhật Bản | Tin Việt Nam | Thực tập sinh | Du học | Đời sống")
    b.title()
    b.date(f"{b.d().day:02d}/{b.d().month:02d}/{b.d().year} {b.hm()} (JST)")
    b.player(r.choice(("voice", "short")))
    cap = b.caption_text()
    if cap:
        b.cap(cap)
    b.cr(f"写真: {AG['sakura']}")

    def hook(i, n):
        if i == 0 and r.random() < 0.5:
            b.w("広告 / Quảng cáo", "Chuyển tiền về Việt Nam phí 0 yên – Sakura Remit – 03-5555-0119")
        if i == n // 2 and r.random() < 0.6:
            b.image("above", AG["sakura"], b.foreign("jp"), label="写真")
    b.body(hook, [lambda: b.image("paren", AG["sakura"])] if r.random() < 0.5 else [])
    b.by(r.choice((f"({b.short_vn()})", f"Bài: {b.vn_name()} | Ảnh: {b.foreign('jp')}", f"{b.vn_name()} – Tokyo")))
    b.w("Kiboで送る  Mingle  Chirp  Sao chép liên kết")
    b.related_list("Bài viết liên quan", r.randrange(2, 4), "teaser_inline")
    b.w("運営: Tokyo Việt Shimbun 編集部 | Liên hệ tòa soạn")


def lay_praha(b):
    """Cầu Nối Praha - Czech Vietnamese community: 'Bài và ảnh:', Czech ads, comments, donation."""
    r = b.r
    b.w("Čeština | Tiếng Việt")
    b.site("Cầu Nối Praha")
    b.w("Trang chủ » Tin quê nhà » " + {"accident": "Xã hội", "fire": "Xã hội", "politics": "Chính trị"}.get(
        b.s.topic, "Đời sống"))
    b.title()
    b.date(f"{b.d().day}. {b.d().month}. {b.d().year}")
    b.by(r.choice((f"Bài và ảnh: {b.vn_name()}", f"{b.vn_name()} tổng hợp", "Nhóm PV Cầu Nối",
                   f"{b.short_vn()} - {b.short_vn()}")))
    b.image(r.choice(("dash", "below", "bare")), AG["vltava"])

    def hook(i, n):
        if i == 1 and r.random() < 0.7:
            b.w("Reklama", "Potraviny Hương Sen – hàng Việt tươi mỗi ngày, Sapa Praha 4 – +420 601 555 214")
        if i == n - 2 and r.random() < 0.5:
            b.gallery(AG["vltava"], r.randrange(2, 4), "lines")
    b.body(hook, [lambda: b.image("dash", AG["vltava"], b.vn_name())] if r.random() < 0.5 else [])
    b.w("Ủng hộ Cầu Nối: số tài khoản 2400112233/2010 – Chúng tôi cảm ơn mọi tấm lòng.")
    b.related_list("Bài cùng chuyên mục", r.randrange(3, 5), r.choice(("plain", "date")))
    b.comments(r.randrange(1, 6), ("Praha", "Brno", "Cheb", "Plzeň"))
    b.w("© Cầu Nối Praha – cauno-praha.cz")


def lay_berlin(b):
    """Nhịp Sống Berlin - community site with cookie banner, 'Đọc nhiều' ranks, pen names."""
    r = b.r
    b.w("Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn. Đồng ý | Tùy chỉnh")
    b.site("Nhịp Sống Berlin")
    b.w("Tin Đức  Tin Việt Nam  Hỏi đáp thủ tục  Rao vặt")
    b.title()
    b.by(r.choice(PEN_NAMES))
    b.date(f"{b.d().day:02d}.{b.d().month:02d}.{b.d().year}")
    if r.random() < 0.6:
        b.image("paren", AG["hpa"])
    else:
        b.portrait(AG["hpa"], "paren") or b.image("paren", AG["hpa"])

    def hook(i, n):
        if i == 0 and r.random() < 0.5:
            b.readmore("Xem thêm: ")
        if i == n // 2 and r.random() < 0.5:
            b.image(r.choice(("paren", "title_echo")), AG["eurolens"])
    b.body(hook, [lambda: b.image("bare", AG["hpa"])] if r.random() < 0.5 else [])
    if r.random() < 0.5:
        b.by(f"Theo {AG['hpa']} và báo trong nước")
    b.tags("Tags:", ", ")
    b.related_list("ĐỌC NHIỀU", r.randrange(3, 6), "numbered")
    b.w("Impressum · Datenschutz · Kontakt – nhipsong-berlin.de")


def lay_southern_cross(b):
    """Đài Đa Văn Hóa Southern Cross, Melbourne - public multicultural radio, 'Nghe bài này', podcast apps."""
    r = b.r
    b.site("Southern Cross Việt ngữ")
    b.w("Nghe trực tiếp | Podcast | Chương trình | Học tiếng Anh")
    b.w("Tin tức")
    b.title()
    b.date(f"{b.d().day:02d}/{b.d().month:02d}/{b.d().year}")
    b.w("Nghe bài này", f"{r.randrange(3, 9)} phút")
    b.w("Theo dõi chúng tôi trên PodVibe | WaveCast | Southern Cross Audio")
    b.by(f"Tác giả: {b.vn_name()}" + (f"  Nguồn: {AG['pacifica']}" if r.random() < 0.4 else ""))
    b.image(r.choice(("above", "photo_en")), AG["scross"], b.foreign("au"))

    def hook(i, n):
        if i == 1 and r.random() < 0.5:
            b.video(AG["scross"], "vn")
    b.body(hook, [lambda: b.gallery(AG["scross"], r.randrange(2, 5), "anh")] if r.random() < 0.4 else
           [lambda: b.image("above", AG["scross"])])
    b.w("Chương trình Việt ngữ phát thanh lúc 15:00 – 16:00 từ thứ Hai đến thứ Sáu trên tần số 93.7 FM Melbourne.")
    b.w("Chia sẻ", "Mingle", "Chirp", "LotusTalk", "Email")
    b.related_list("Nghe thêm", r.randrange(2, 5), "audio")
    b.w("Southern Cross Multicultural Broadcasting © 2024")


def lay_alpenfunk(b):
    """Alpenfunk International - Swiss broadcaster, Vietnamese desk; translated-from-French notes."""
    r = b.r
    b.w("Deutsch | Français | Italiano | English | Tiếng Việt")
    b.site("Alpenfunk International – Ban tiếng Việt")
    b.title()
    b.date(f"{b.d().day:02d}.{b.d().month:02d}.{b.d().year} | {b.hm()} CET")
    b.by(f"{b.foreign('ch')}, {AG['alpen']}")
    b.by(f"Dịch từ tiếng Pháp: {b.vn_name()}")
    if r.random() < 0.5:
        b.image("copyright", AG["alpen"])
    else:
        b.image("minhhoa_cap", AG["alpen"])

    def hook(i, n):
        if i == 0:
            b.player("short")
        if i == n - 2 and r.random() < 0.5:
            b.infographic(f"Đồ họa: {b.vn_name()} / Nguồn: {AG['alpen']}")
    b.body(hook, [lambda: b.image(r.choice(("copyright", "minhhoa_cap")), AG["alpen"], lang=r.choice(("de", "vn")))])
    b.w("Bài viết này được biên dịch từ bản tin tiếng Pháp của Alpenfunk.")
    b.w("Đăng ký nhận bản tin tiếng Việt hàng tuần", "Địa chỉ email của bạn", "Đăng ký")
    b.related_list("Tin liên quan", r.randrange(2, 4), "teaser")
    b.w("Alpenfunk International – Giessereistrasse 18, 8005 Zürich")


def lay_songmoi(b):
    """Sóng Mới Melbourne - weekly community paper: many ads, byline at the end, few pictures."""
    r = b.r
    b.site("Tuần Báo Sóng Mới")
    b.w("Phát hành mỗi thứ Sáu tại Victoria – Số 1187")
    b.w("Quảng cáo: Dịch vụ thuế Lâm & Cộng sự – khai thuế cá nhân, doanh nghiệp – (03) 7010 4455")
    b.title()
    author = f"{b.vn_name()} (Melbourne)"
    b.date(f"{b.weekday_vn()}, {b.d().day}/{b.d().month}/{b.d().year}")
    if r.random() < 0.5:
        b.image("bare", AG["saltmarsh"])
        b.cr("Hình: Sóng Mới tổng hợp")

    def hook(i, n):
        if i == 0:
            b.w("Phở Gánh Footscray – Chuyên đặt tiệc – (03) 7010 8812")
        if i == 2 and r.random() < 0.5:
            b.w("Trung tâm Anh ngữ Ánh Dương – khai giảng lớp IELTS tháng này")
    b.body(hook, [lambda: b.image("bare", AG["saltmarsh"])] if r.random() < 0.4 else [])
    b.by(author)
    b.related_list("Bài cùng tác giả", r.randrange(2, 4), "plain")
    b.w("Tuần Báo Sóng Mới – Tiếng nói cộng đồng Việt tại Úc", "ABN 97 112 480 221")


def lay_vannghe_texas(b):
    """Văn Nghệ Hải Ngoại, Dallas - WordPress-style blog with English furniture."""
    r = b.r
    b.site("Văn Nghệ Hải Ngoại")
    b.w("Home  Tin Tức  Văn Học  Âm Nhạc  Liên Lạc", "Search …")
    b.title()
    b.w(f"Posted by {r.choice(('admin', 'bientap', 'vnhn_editor'))} in Tin Việt Nam")
    b.date(f"{MONTHS_EN[b.d().month - 1]} {b.d().day}, {b.d().year}")
    if r.random() < 0.5:
        b.image("photo_en", AG["saltmarsh"])

    def hook(i, n):
        if i == n // 2 and r.random() < 0.5:
            b.w("Advertisements", "Report this ad")
        if i == 0 and r.random() < 0.5:
            cap = b.caption_text()
            if cap:
                b.cap(f"{cap} (Hình minh họa)")
    b.body(hook, [lambda: b.image("photo_en", AG["saltmarsh"], lang=r.choice(("en", "vn")))] if r.random() < 0.6 else [])
    b.by(r.choice(PEN_NAMES) + " sưu tầm")
    b.w("Share this:", "Mingle", "Email", "Print", "Like this:", "Like Loading...")
    b.related_list("Related", r.randrange(2, 4), "en_date")
    b.w("Leave a Reply", "Your email address will not be published. Required fields are marked *")
    b.w("Văn Nghệ Hải Ngoại")


def lay_mekong_podcast(b):
    """Mekong Diaspora Podcast - episode page: player, host credits, episode list, transcript heading."""
    r = b.r
    b.site("Mekong Diaspora Podcast")
    ep = r.randrange(40, 220)
    b.w(f"Tập {ep}")
    b.title()
    b.date(f"Phát hành {b.d().day:02d}/{b.d().month:02d}/{b.d().year}")
    b.w(f"▶ 00:00 / {r.randrange(8, 25)}:{r.randrange(60):02d}", "⏪ 15s   1x   15s ⏩", "Tải tập này (MP3)")
    b.by(r.choice((f"Người dẫn: {b.vn_name()} · Biên tập: {b.vn_name()}", f"Thực hiện: {b.vn_name()} và {b.short_vn()}")))
    b.w("Nội dung bài đọc")
    b.body()
    b.w("Đăng ký Mekong Diaspora trên PodVibe, WaveCast hoặc RSS để không bỏ lỡ tập mới.")
    b.w("Mekong Diaspora sống nhờ thính giả. Ủng hộ chúng tôi từ 3 USD mỗi tháng.")
    b.related_list("Các tập trước", r.randrange(3, 6), "audio")


def lay_thegioidich(b):
    """Thế Giới Dịch - aggregator of foreign reports translated into Vietnamese."""
    r = b.r
    b.site("Thế Giới Dịch")
    b.w("Tin dịch | Bình luận quốc tế | Việt Nam qua báo ngoại")
    b.title()
    src = r.choice((AG["meridian"], AG["pacifica"], AG["nnb"], AG["hpa"]))
    b.cr(f"Nguồn: {src} (bản gốc tiếng {r.choice(('Anh', 'Pháp', 'Đức', 'Na Uy'))})")
    b.date(f"{b.d().day:02d}-{b.d().month:02d}-{b.d().year}")
    b.by(f"Người dịch: {b.vn_name()} | Hiệu đính: {b.vn_name()}")
    b.image(r.choice(("minhhoa", "minhhoa_cap", "paren")), AG["northwind"])

    def hook(i, n):
        if i == 0 and r.random() < 0.5:
            b.w("Xem bản gốc")
        if i == n // 2 and r.random() < 0.6:
            b.image(r.choice(("paren", "dash")), AG["northwind"], b.foreign("en"))
    b.body(hook, [lambda: b.image("minhhoa_cap", AG["kestrel"])] if r.random() < 0.5 else [])
    b.w("Bản dịch chỉ nhằm mục đích thông tin. Quan điểm trong bài là của tác giả và cơ quan báo chí gốc.")
    b.by(f"Theo {src}")
    b.related_joined("Bài dịch khác:", r.randrange(2, 4), " • ")
    b.w("Thế Giới Dịch không thu phí. Nếu thấy hữu ích, xin ủng hộ nhóm dịch.")


def lay_taipei(b):
    """Radio Bảo Đảo (Taiwan Pearl Radio) - Vietnamese programme of a Taiwanese station."""
    r = b.r
    b.w("中文 | English | Tiếng Việt | Bahasa Indonesia | ภาษาไทย")
    b.site("Radio Bảo Đảo – Tiếng Việt")
    b.w("Tin tức  Đời sống Đài Loan  Lao động – Cô dâu  Học tiếng Hoa  Chương trình")
    b.title()
    b.date(f"{b.d().year}/{b.d().month:02d}/{b.d().day:02d} {b.hm()}")
    b.by(f"Biên tập viên: {b.vn_name()} | {b.foreign('tw')}")
    if r.random() < 0.5:
        b.image("paren", AG["jade"])
    else:
        b.video(AG["jade"], "clip")

    def hook(i, n):
        if i == 1 and r.random() < 0.5:
            b.readmore("Tin liên quan: ")
        if i == n // 2 and r.random() < 0.5:
            b.portrait(AG["jade"], "paren") or b.image("paren", AG["jade"])
    b.body(hook, [lambda: b.gallery(AG["jade"], r.randrange(2, 4), "slash")] if r.random() < 0.5 else [])
    b.w("Chương trình tiếng Việt phát sóng lúc 20:00 – 21:00 hằng ngày", "Nghe lại", "Lịch phát sóng")
    b.w("Hotline hỗ trợ lao động: (02) 2555-0196")
    b.related_list("Tin mới", r.randrange(3, 5), "ago")
    b.w("Radio Bảo Đảo – Tiếng Việt")


def lay_thames(b):
    """Thames Việt, London - weekly with English donation box and UK furniture."""
    r = b.r
    b.w("We use cookies. Accept all | Manage preferences")
    b.site("Thames Việt")
    b.w("Tin Anh Quốc  Việt Nam  Thế giới  Cộng đồng  Subscribe")
    b.title()
    b.by(r.choice((f"Phóng viên Thames Việt tại London", f"{b.vn_name()} & {b.foreign('en')}",
                   f"{b.vn_name(caps=True)}")))
    b.date(f"{b.d().day} {MONTHS_EN[b.d().month - 1]} {b.d().year}")
    b.image(r.choice(("below", "photo_en")), AG["thames"], b.foreign("en"))

    def hook(i, n):
        if i == 0 and r.random() < 0.5:
            cap = b.caption_text()
            if cap:
                b.cap(cap)
        if i == n - 2 and r.random() < 0.5:
            b.portrait(AG["thames"], "plain")
    b.body(hook, [lambda: b.image("photo_en", AG["thames"], b.foreign("en"), lang="en")])
    b.w("Support independent Vietnamese journalism in the UK", "Ủng hộ Thames Việt từ £2/tháng",
        "Donate now")
    b.related_list("Tin liên quan", r.randrange(2, 4), "plain")
    b.w("Thames Việt Ltd · 020 7946 0321 · thamesviet.co.uk")


LAYOUTS = (
    ("nordvag", lay_nordvag), ("rheinwelle", lay_rheinwelle), ("pacific_echo", lay_pacific_echo),
    ("viendong", lay_viendong), ("songnha_houston", lay_songnha), ("meridian_wire", lay_meridian),
    ("nhipcau_paris", lay_nhipcau_paris), ("maple_bilingual", lay_maple), ("seoul_viet", lay_seoulviet),
    ("tokyo_viet", lay_tokyoviet), ("caunoi_praha", lay_praha), ("nhipsong_berlin", lay_berlin),
    ("southern_cross", lay_southern_cross), ("alpenfunk", lay_alpenfunk), ("songmoi_melbourne", lay_songmoi),
    ("vannghe_texas", lay_vannghe_texas), ("mekong_podcast", lay_mekong_podcast), ("thegioi_dich", lay_thegioidich),
    ("radio_baodao", lay_taipei), ("thames_viet", lay_thames),
)


# ----------------------------------------------------------------------------------------------------------------
# Scraper faults
# ----------------------------------------------------------------------------------------------------------------

def _inner_spaces(s):
    return [m.start() for m in re.finditer(" ", s) if 0 < m.start() < len(s) - 1]


def _sub_space(s, r, repl, k):
    pos = _inner_spaces(s)
    if not pos:
        return s
    pick = sorted(r.sample(pos, min(k, len(pos))), reverse=True)
    for p in pick:
        s = s[:p] + repl + s[p + 1:]
    return s


def _zw(s, r, k):
    pos = _inner_spaces(s)
    if not pos:
        return s
    for p in sorted(r.sample(pos, min(k, len(pos))), reverse=True):
        if r.random() < 0.5:
            s = s[:p] + "\u200b" + s[p:]
        else:
            s = s[:p + 1] + "\u200b" + s[p + 1:]
    return s


def apply_faults(entries, row):
    r = rng(row, "faults")
    faults = []
    if r.random() >= 0.27:
        return faults, []
    kinds = r.sample(("nbsp", "zwsp", "double", "glue", "nfd"), r.choice((1, 1, 2)))
    halves = []
    if "glue" in kinds:
        cands = []
        for ei, e in enumerate(entries):
            if e[0] == "body":
                for j in range(len(e[2]) - 1):
                    a, c = e[2][j], e[2][j + 1]
                    if a.endswith(".") and not a.endswith("..") and c[:1].isupper():
                        cands.append((ei, j))
        if cands:
            done = []
            for ei, j in r.sample(cands, min(len(cands), r.choice((1, 1, 2)))):
                if ei in done:
                    continue
                done.append(ei)
                items = entries[ei][2]
                halves += [items[j], items[j + 1]]
                items[j:j + 2] = [items[j] + items[j + 1]]
                faults.append("glue")
    for e in entries:
        if e[0] == "body":
            items = e[2]
            for j in range(len(items)):
                if "nbsp" in kinds and r.random() < 0.5:
                    items[j] = _sub_space(items[j], r, "\u00a0", r.randrange(1, 4))
                if "zwsp" in kinds and r.random() < 0.4:
                    items[j] = _zw(items[j], r, r.randrange(1, 3))
                if "double" in kinds and r.random() < 0.4:
                    items[j] = _sub_space(items[j], r, "  ", r.randrange(1, 3))
            e[1] = " ".join(items)
        else:
            if "nbsp" in kinds and r.random() < 0.3:
                e[1] = _sub_space(e[1], r, "\u00a0", 1)
            if "zwsp" in kinds and r.random() < 0.15:
                e[1] = _zw(e[1], r, 1)
            if "double" in kinds and r.random() < 0.2:
                e[1] = _sub_space(e[1], r, "  ", 1)
    for k in ("nbsp", "zwsp", "double"):
        if k in kinds:
            faults.append(k)
    if "nfd" in kinds:
        for e in entries:
            e[1] = unicodedata.normalize("NFD", e[1])
            if e[2] is not None:
                e[2] = [unicodedata.normalize("NFD", x) for x in e[2]]
        faults.append("nfd")
    return faults, halves


# ----------------------------------------------------------------------------------------------------------------
# The contract
# ----------------------------------------------------------------------------------------------------------------

class ContractError(ValueError):
    pass


def check(page, unlabelled, halves=()):
    """Raise ContractError on any breach of the labelling contract."""
    text, body, furniture = page.text, page.body, page.furniture
    if not isinstance(text, str) or not text.strip() or text != text.strip():
        raise ContractError("text blank or not stripped")
    lines = text.split("\n")
    for ln in lines:
        if not ln or ln != ln.strip():
            raise ContractError(f"blank or unstripped line: {ln!r}")
    if not body:
        raise ContractError("no body")
    for x in body:
        if not isinstance(x, str) or not x or x != x.strip() or "\n" in x or x not in text:
            raise ContractError(f"bad body item: {x!r}")
    for kl in furniture:
        if len(kl) != 2 or kl[0] not in KINDS:
            raise ContractError(f"bad furniture entry: {kl!r}")
    if len(unlabelled) > 3:
        raise ContractError("more than three unlabelled lines")
    bi = fi = 0
    seen_unl = []
    for ln in lines:
        is_f = fi < len(furniture) and furniture[fi][1] == ln
        k_body = 0
        for k in range(1, 5):
            if bi + k <= len(body) and " ".join(body[bi:bi + k]) == ln:
                k_body = k
                break
        is_u = ln in unlabelled and ln not in seen_unl
        if is_f + (k_body > 0) + is_u > 1:
            raise ContractError(f"ambiguous line: {ln!r}")
        if is_f:
            fi += 1
        elif k_body:
            bi += k_body
        elif is_u:
            seen_unl.append(ln)
        else:
            raise ContractError(f"line neither body, furniture nor title/date/site: {ln!r}")
    if bi != len(body) or fi != len(furniture):
        raise ContractError("body or furniture not consumed in text order")
    if len(seen_unl) > 3:
        raise ContractError("more than three unlabelled lines")
    sn = {norm(x) for x in body} | {norm(x) for x in halves}
    for kind, ln in furniture:
        if norm(ln) in sn:
            raise ContractError(f"furniture equals a body sentence: {ln!r}")
    for ln in seen_unl:
        if norm(ln) in sn:
            raise ContractError(f"unlabelled line equals a body sentence: {ln!r}")


# ----------------------------------------------------------------------------------------------------------------
# Building the set
# ----------------------------------------------------------------------------------------------------------------

def _build(train_path):
    body_rows, rel_rows = _read(train_path)
    related = []
    for row, t, a in rel_rows:
        related.append((detok(t), a))
    out = []
    k = 0
    for row, t, a in body_rows:
        story = make_story(row, t, a)
        page_index = k
        k += 1
        if story is None:
            continue
        name, fn = LAYOUTS[page_index % len(LAYOUTS)]
        b = Builder(story, related, name)
        fn(b)
        entries = b.entries
        faults, halves = apply_faults(entries, row)
        lines = [e[1] for e in entries]
        body = [x for e in entries if e[0] == "body" for x in e[2]]
        furniture = [(e[0], e[1]) for e in entries if e[0] in KINDS]
        unl = [e[1] for e in entries if e[0] in ("title", "date", "site")]
        page = Page("\n".join(lines), body, furniture, name)
        try:
            check(page, unl, halves)
        except ContractError as exc:
            raise ContractError(f"row {row} ({name}): {exc}") from None
        out.append((page, {"row": row, "faults": faults}))
    return out


def pages(train_path):
    return [p for p, _ in _build(train_path)]


def main(argv):
    path = argv[1] if len(argv) > 1 else "/work/shared/data/vietnews_train.jsonl.gz"
    built = _build(path)
    order = [n for n, _ in LAYOUTS]
    cols = ("pages", "body") + KINDS + FAULTS
    tot = {n: dict.fromkeys(cols, 0) for n in order}
    for page, meta in built:
        t = tot[page.layout]
        t["pages"] += 1
        t["body"] += len(page.body)
        for kind, _ in page.furniture:
            t[kind] += 1
        for f in meta["faults"]:
            t[f] += 1
    head = f"{'layout':<18}" + "".join(f"{c:>8}" for c in cols)
    print(head)
    print("-" * len(head))
    grand = dict.fromkeys(cols, 0)
    for n in order:
        print(f"{n:<18}" + "".join(f"{tot[n][c]:>8}" for c in cols))
        for c in cols:
            grand[c] += tot[n][c]
    print("-" * len(head))
    print(f"{'TOTAL':<18}" + "".join(f"{grand[c]:>8}" for c in cols))
    lines = sum(len(p.text.split("\n")) for p, _ in built)
    furn = sum(len(p.furniture) for p, _ in built)
    faulted = sum(1 for _, m in built if m["faults"])
    print(f"pages {len(built)}, text lines {lines}, body items {grand['body']}, furniture lines {furn}, "
          f"pages with scraper faults {faulted}")
    print("fault columns count faulted pages per fault type (glue counts glued pairs)")


if __name__ == "__main__":
    main(sys.argv)
