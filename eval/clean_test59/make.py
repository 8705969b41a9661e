#!/usr/bin/env python3
"""test59 -- "clipped, saved and forwarded".

A held-out evaluation set for a cleaner of scraped Vietnamese news pages.  Every page is a
VietNews story as it reaches a reader's folder through some tool other than a plain scraper:
browser reader view, read-later apps, web clippers, newsletters, forwarded e-mails, chat shares,
RSS readers, print-to-PDF exports, search-engine caches, translation wrappers, text-only
versions, archive copies ...  Standard library only.

    python3 make.py /work/shared/data/vietnews_train.jsonl.gz     # prints the totals table
"""
import gzip
import json
import random
import re
import sys
import unicodedata
from datetime import datetime, timedelta
from typing import NamedTuple

SETNAME = "test59"
SEED = 5959
BODY_ROWS = range(19_600, 19_700)
RELATED_ROWS = range(18_000, 18_100)
KINDS = ("byline", "credit", "caption", "related", "widget")
RELATED_CHARS = 1200


class Page(NamedTuple):
    text: str        # the scraped page as plain text
    body: list       # the story's own sentences (body items), in story order
    furniture: list  # (kind, line) for every other line, in text order
    layout: str      # the name of the layout/template the page was drawn from


def rng_for(row, purpose):
    """Every random draw of the set comes from one of these."""
    return random.Random(f"{SETNAME}|{SEED}|{row}|{purpose}")


# --------------------------------------------------------------------------------------------
# Text helpers
# --------------------------------------------------------------------------------------------
ZW_CHARS = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_ZW_RE = re.compile("[" + ZW_CHARS + "]")
_WS_RE = re.compile(r"\s+")


def norm_key(s):
    """NFC, no zero-width characters, no whitespace at all, casefolded."""
    s = unicodedata.normalize("NFC", s)
    s = _ZW_RE.sub("", s)
    s = _WS_RE.sub("", s)
    return s.casefold()


def _clean_source(s):
    s = unicodedata.normalize("NFC", s)
    s = _ZW_RE.sub("", s)
    # anything str.splitlines() would break on, plus other control characters -> space
    s = re.sub(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]", " ", s)
    s = s.replace("\u00a0", " ")
    return s


_CLOSE_PUNCT = set(",.;:!?)]}%…")
_OPEN_PUNCT = set("([{")


def detok(s):
    """Undo VietNews word tokenisation: '_' -> ' ', and the spaces around punctuation."""
    s = _clean_source(s).replace("_", " ")
    toks = s.split()
    out = []          # list of [text, glue_to_next]
    quote_open = False
    glue_next = False
    for tok in toks:
        role = None
        bare = tok.rstrip(",.;:!?…)]}%")
        if bare and all(ch in '"“”' for ch in bare) and len(bare) == 1:
            # a free-standing quotation mark, maybe with punctuation glued after it: " ", ".
            if bare == "“":
                role = "open"
            elif bare == "”":
                role = "close"
            else:
                role = "close" if quote_open else "open"
            if role == "open" and tok != bare:
                role = "close"          # '",' can only close
            quote_open = role == "open"
        elif tok in ("'", "‘", "’"):
            role = "squote"
        else:
            # quotes already attached to words keep the state machine honest
            for ch in tok:
                if ch == "“":
                    quote_open = True
                elif ch == "”":
                    quote_open = False
                elif ch == '"':
                    quote_open = not quote_open
        attach_prev = False
        if role == "close":
            attach_prev = True
        elif role is None and all(ch in _CLOSE_PUNCT for ch in tok):
            attach_prev = True
        if out and (attach_prev or glue_next):
            out[-1] = out[-1] + tok
        else:
            out.append(tok)
        glue_next = role == "open" or (role is None and all(ch in _OPEN_PUNCT for ch in tok))
    text = " ".join(out)
    # single quotes used as scare quotes: ' hố tử thần ' -> ‘hố tử thần’
    text = re.sub(r"(^|\s)['‘] ([^'‘’]{1,160}?) ['’](?=[\s,.;:!?)]|$)", r"\1‘\2’", text)
    text = re.sub(r"\s+", " ", text).strip()
    return text


# --------------------------------------------------------------------------------------------
# Sentence splitting
# --------------------------------------------------------------------------------------------
ABBREV = {
    "TP", "Tp", "TS", "GS", "PGS", "ThS", "Ths", "BS", "KS", "CN", "NXB", "St", "Mr", "Mrs",
    "Ms", "Dr", "Th", "TT", "Q", "P", "TX", "H", "ĐT", "SĐT", "Tel", "No", "Co", "Ltd", "Inc",
    "NSƯT", "NSND", "Lt", "Gs", "Ts", "Bs", "PV", "v.v", "vv", "Jr", "Sr", "TTƯT", "ĐH", "TC",
    "Ông", "Bà", "Tr", "tr", "St", "Mt", "Thạc", "Tiến", "Ths", "ThS", "CK", "CKI", "CKII",
}
_TERM = ".!?…"
_QUOTES = '"“”'


def _quote_spans(text):
    """Balanced quotation spans [open, close] -- no sentence ends inside them."""
    spans = []
    pending = None
    n = len(text)
    for i, ch in enumerate(text):
        if ch not in _QUOTES:
            continue
        prev = text[i - 1] if i > 0 else " "
        nxt = text[i + 1] if i + 1 < n else " "
        if ch == "“":
            role = "open"
        elif ch == "”":
            role = "close"
        elif (prev.isspace() or prev in "([:") and not nxt.isspace():
            role = "open"
        elif not prev.isspace():
            role = "close"
        else:
            role = "open" if pending is None else "close"
        if role == "open":
            pending = i
        else:
            if pending is not None and i - pending < 900:
                spans.append((pending, i))
            pending = None
    return spans


def split_sentences(text):
    spans = _quote_spans(text)
    inside = bytearray(len(text) + 1)
    for a, b in spans:
        for j in range(a + 1, b + 1):
            inside[j] = 1
    out = []
    start = 0
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch in _TERM and not inside[i]:
            j = i + 1
            while j < n and text[j] in ".…!?":
                j += 1
            while j < n and text[j] in "\"”’)]":
                j += 1
            if j < n and text[j] == " " and j + 1 < n:
                nxt = text[j + 1]
                ok = nxt.isupper() or nxt.isdigit() or nxt in "\"“‘("
                if ok and ch == "." and j == i + 1:
                    word = text[:i].rsplit(" ", 1)[-1]
                    word_core = word.lstrip("(\"“")
                    if word_core in ABBREV:
                        ok = False
                    elif len(word_core) == 1 and word_core.isupper():
                        ok = False          # initials: Nguyễn V. An
                    elif re.fullmatch(r"(?:\w{1,3}\.)+\w{0,3}", word_core):
                        ok = False          # dotted acronyms: T.Ư. / U.S.
                if ok and inside[j - 1] and text[j - 1] not in _QUOTES:
                    ok = False
                if ok:
                    seg = text[start:j].strip()
                    if seg:
                        out.append(seg)
                    start = j + 1
                    i = j + 1
                    continue
            i = j
            continue
        i += 1
    seg = text[start:].strip()
    if seg:
        out.append(seg)
    return out


# --------------------------------------------------------------------------------------------
# Taking the story out of a VietNews article (strict: doubtful sentences stay off the page)
# --------------------------------------------------------------------------------------------
CAPTION_MARKS = (
    "ảnh:", "ảnh :", "(ảnh", "ảnh minh", "video", "clip", "minh hoạ", "minh họa", "(trái)",
    "(phải)", "(giữa)", "từ trái", "từ phải", "bên trái", "bên phải", "nguồn:", "xem thêm",
    "đọc thêm", "tin liên quan", "infographic", "đồ hoạ", "đồ họa", "bài và ảnh", "ảnh chụp",
    "http", "www.", "@", ">", "»", "|", "©", "ảnh trên", "ảnh dưới", "trong ảnh", "hình ảnh:",
    "(theo", "theo báo", "tổng hợp", "ctv", "pv:", "bấm vào", "click",
)
STRONG_START = {
    "Cho", "Theo", "Tuy", "Trong", "Sau", "Khi", "Nhiều", "Các", "Những", "Hiện", "Đây", "Điều",
    "Việc", "Nếu", "Vì", "Để", "Với", "Tại", "Từ", "Ngoài", "Bên", "Chiều", "Sáng", "Tối", "Trưa",
    "Đêm", "Trước", "Ông", "Bà", "Chị", "Cháu", "Còn", "Nhưng", "Và", "Lúc", "Đến", "Thế", "Vậy",
    "Đó", "Chúng", "Họ", "Cũng", "Đang", "Đã", "Sẽ", "Không", "Chưa", "Có", "Là", "Mới", "Hôm",
    "Ngay", "Hơn", "Khoảng", "Gần", "Một", "Riêng", "Tiếp", "Thậm", "Song", "Dù", "Mặc", "Bởi",
    "Qua", "Đặc", "Cụ", "Tính", "Lý", "Liên", "Ngày", "Năm", "Tháng",
}
TITLE_BIGRAMS = {
    ("Chủ", "tịch"), ("Giám", "đốc"), ("Phó", "chủ"), ("Phó", "giám"), ("Phó", "thủ"),
    ("Bí", "thư"), ("Thủ", "tướng"), ("Trưởng", "công"), ("Trưởng", "phòng"), ("Trưởng", "ban"),
    ("Cục", "trưởng"), ("Tổng", "giám"), ("Đại", "tá"), ("Đại", "uý"), ("Đại", "diện"),
    ("Thượng", "tá"), ("Trung", "tá"), ("Trung", "uý"), ("Trung", "tướng"), ("Thiếu", "tá"),
    ("Thiếu", "tướng"), ("Chánh", "văn"), ("Chánh", "thanh"), ("Viện", "trưởng"),
    ("Lãnh", "đạo"), ("Người", "dân"), ("Cơ", "quan"), ("Công", "an"), ("Theo", "ông"),
}
PRE_TITLE = {"là", "của", "theo", "với", "và", "cho", "ông", "bà", "nguyên", "tân", "đương",
             "kiêm", "làm", "gặp", "nhờ", "thì", "mà", "nói", "biết", "hay", "rằng", "nhận", "gửi",
             "đến", "tới", "vị", "cả", "các", "hai", "ba", "được", "bị", "phía", "sau", "trước",
             "khi", "lúc", "như", "cùng", "giữa", "do", "vì", "tại", "ở", "trong", "về", "từ",
             "đồng", "chí", "anh", "chị", "nay", "này", "đó", "tướng", "ngài", "thầy", "cô"}
CONNECTIVES = ("Ngay sau đó", "Sau đó", "Trước đó", "Tuy nhiên", "Trong khi", "Lần này",
               "Theo đó", "Ngoài ra", "Bên cạnh đó", "Đến nay", "Hiện nay", "Trước khi",
               "Sau khi", "Khi ", "Trong những", "Do ", "Vì ", "Nhưng ", "Song ", "Dù ",
               "Mặc dù", "Thậm chí", "Cùng với", "Đồng thời", "Từ đó", "Vì vậy", "Do đó",
               "Như vậy", "Cũng theo", "Theo ông", "Theo bà", "Theo anh", "Theo chị", "Nếu ",
               "Để ", "Tính đến", "Trước tình", "Sau nhiều", "Qua ", "Từ ", "Riêng ")
FINITE = (" đã ", " đang ", " sẽ ", " vừa ", " chưa ", " cho biết", " cho hay", " nói",
          " khẳng định", " thông tin", " nhấn mạnh", " cho rằng", " cũng ", " cần ", " phải ",
          " nếu ", " tuy nhiên", " nhưng ", " vì vậy", " do đó", " hiện ", " không ", " mới ",
          " từng ", " được ", " thừa nhận", " đề nghị", " yêu cầu", " phản ánh", " kể")
REPORTING = (" cho biết", " cho hay", " nói", " khẳng định", " thông tin", " nhấn mạnh",
             " cho rằng", " thừa nhận", " đề nghị", " yêu cầu", " phản ánh", " kể ", " kể lại",
             " chia sẻ", " tiết lộ", " trình báo", " xác nhận", " nhận định", " đánh giá",
             " thông báo", " giải thích", " lý giải", " cảnh báo", " khuyến cáo", " bày tỏ")
ANAPHORA = (" này ", " này,", " này.", " đó ", " đó,", " đó.", " trên.", " nêu trên", " ông ",
            " bà ", " họ ", " anh ", " chị ", " em ", " mình ", " mình.", " tôi ", " chúng tôi",
            " cũng ", " thì ", " nên ", " vừa qua", " trước đó", " sau đó", " hiện nay",
            " hiện tại")   # matched case-sensitively: 'Nhật Anh' is a name, ' anh ' a pronoun
CAPTION_OPENERS = (
    "Hiện trường", "Khu vực", "Cận cảnh", "Toàn cảnh", "Quang cảnh", "Chiếc ", "Nạn nhân",
    "Đối tượng", "Hình ảnh", "Một góc", "Người dân", "Các đại biểu", "Đại biểu", "Trụ sở",
    "Phối cảnh", "Mô hình", "Bản đồ", "Sơ đồ", "Nghi phạm", "Bị cáo", "Vị trí", "Lực lượng",
    "Cảnh ", "Xe ", "Ôtô ", "Ô tô ", "Tang vật", "Hàng trăm", "Hàng nghìn", "Hàng chục",
    "Nhiều ", "Ngôi ", "Căn ", "Bên trong", "Phía ", "Đoạn ", "Tuyến ", "Khung cảnh", "Ông ",
    "Bà ", "Anh ", "Chị ", "Cháu ", "Em ", "Học sinh", "Công nhân", "Du khách", "Thi thể",
    "Vết ", "Mặt ", "Dòng ", "Sân ", "Cổng ", "Tấm ", "Bức ", "Chân dung",
)


def _is_cap(w):
    return bool(w) and w[0].isupper()


def _quotes_balanced(s):
    if s.count("“") != s.count("”"):
        return False
    if s.count('"') % 2:
        return False
    if s.count("(") != s.count(")"):
        return False
    if s.count("‘") != s.count("’"):
        return False
    return True


def _clause_comma(s):
    """A comma followed by a lowercase word (a clause, not a list of names)."""
    for m in re.finditer(r", (\S+)", s):
        w = m.group(1).lstrip("\"“(")
        if w and w[0].islower():
            return True
    return False


def _heading_glued(words):
    """A subheading glued to the next sentence: '... hình sự Chủ tịch UBND ...'."""
    clean_run = True
    for idx in range(1, len(words)):
        prev, w = words[idx - 1], words[idx]
        if prev[-1] in ",;:.!?\"”)–-":
            clean_run = False
        if not prev or prev[-1] in ",;:.!?\"”)–-" or not (prev[0].islower() or prev[0].isdigit()):
            continue
        core = w.strip("\"“”()")
        if core in STRONG_START:
            return True
        nxt = words[idx + 1] if idx + 1 < len(words) else ""
        if clean_run and 2 <= idx < 9 and (core, nxt) in TITLE_BIGRAMS and prev not in PRE_TITLE:
            return True
    return False


def sentence_verdict(s, first=False, last=False):
    """Return None when the sentence is surely story text, else the reason it stays off."""
    words = s.split()
    low = s.casefold()
    n = len(words)
    if any(mark in low for mark in CAPTION_MARKS):
        return "caption-mark"
    if s[-1] not in ".!?…\"”’)":
        return "no-terminal"
    core_end = s.rstrip("\"”’)")
    if not core_end or core_end[-1] not in ".!?…":
        return "no-terminal"
    first_ch = s.lstrip("\"“‘(")[:1]
    if not first_ch or not (first_ch.isupper() or first_ch.isdigit()):
        return "bad-start"
    if not _quotes_balanced(s):
        return "unbalanced"
    if ":" in " ".join(words[:7]):
        return "early-colon"
    if re.search(r"[.;:!?] [-–•+] ", s) or s.startswith(("- ", "– ", "+ ")):
        return "list-glued"
    if re.search(r"(?:\(|\b)Theo [A-ZĐ]\S*(?: [A-ZĐ]\S*)*\)?\.?$", s):
        return "theo-tail"
    if last and re.search(r"[a-zà-ỹ,] [-–] ?[A-ZĐ]\S+(?: [A-ZĐ]\S+){1,3}\.?$", s):
        return "name-tail"
    if last:
        tail = re.sub(r"[.!?…\"”)]+$", "", s).split()
        if len(tail) >= 3 and _is_cap(tail[-1]) and _is_cap(tail[-2]) and tail[-3][:1].islower() \
                and tail[-3] not in ("tỉnh", "huyện", "quận", "xã", "phường", "thành", "phố", "TP",
                                     "ông", "bà", "anh", "chị", "tại", "ở", "của", "sông", "cầu",
                                     "đường", "thị", "trấn", "đảo", "biển", "núi", "đèo", "hồ"):
            return "author-tail"
    if _heading_glued(words):
        return "heading-glued"
    if n < 8:
        return "short"
    if n > 110:
        return "run-on"
    padded = " " + low + " "
    reporting = any(f in padded for f in REPORTING)
    anaphora = any(f in " " + s + " " for f in ANAPHORA) or s.startswith(("Đây ", "Điều này", "Việc này"))
    connective = s.startswith(CONNECTIVES)
    strong = reporting or anaphora or connective
    has_finite = strong or any(f in padded for f in FINITE) or '"' in s or "“" in s
    opener = s.lstrip("\"“").startswith(CAPTION_OPENERS)
    if first:
        if n < 20 or (n < 25 and not has_finite) or opener:
            return "first-sentence"
    if n < 20:
        if not strong:
            return "descriptive"
        if opener and not (reporting or connective):
            return "caption-like"
    elif n < 30:
        if not has_finite:
            return "descriptive"
        if opener and not (reporting or connective):
            return "caption-like"
    return None


def story_sentences(article, title=""):
    """(sentence, verdict) pairs of one article, in story order."""
    text = detok(article)
    sents = split_sentences(text)
    out = []
    tkey = norm_key(detok(title)) if title else None
    cut_short = len(article.strip()) in (RELATED_CHARS, RELATED_CHARS + 1)   # a truncated copy
    for idx, s in enumerate(sents):
        last = idx == len(sents) - 1
        v = sentence_verdict(s, first=(idx == 0), last=last)
        if v is None and last and cut_short:
            v = "cut-short"
        if v is None and tkey and norm_key(s) == tkey:
            v = "title-repeat"
        out.append((s, v))
    # a sentence that repeats an earlier one is doubtful too
    seen = set()
    res = []
    for s, v in out:
        k = norm_key(s)
        if v is None and k in seen:
            v = "repeat"
        seen.add(k)
        res.append((s, v))
    return res


# --------------------------------------------------------------------------------------------
# Reading the data (streaming, once, stopping after the last needed row)
# --------------------------------------------------------------------------------------------
def _usable(raw):
    raw = raw.strip()
    if not raw:
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


def read_rows(train_path):
    """(body rows, related rows) as lists of (row, title, article)."""
    last = max(BODY_ROWS[-1], RELATED_ROWS[-1])
    body, related = [], []
    opener = gzip.open if str(train_path).endswith(".gz") else open
    with opener(train_path, "rb") as fh:
        for row, raw in enumerate(fh):
            if row > last:
                break
            in_body, in_rel = row in BODY_ROWS, row in RELATED_ROWS
            if not (in_body or in_rel):
                continue
            got = _usable(raw)
            if got is None:
                continue
            title, article = got
            if in_rel:
                article = article[:RELATED_CHARS]      # never look past 1,200 characters
                related.append((row, title, article))
            if in_body:
                body.append((row, title, article))
    return body, related


# --------------------------------------------------------------------------------------------
# Invented people, outlets and tools
# --------------------------------------------------------------------------------------------
SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi",
            "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Lâm", "Mai", "Trịnh", "Tạ", "Cao", "Lưu",
            "Quách", "Kiều", "Tô", "La", "Chu", "Đoàn", "Vương", "Thân", "Hà", "Triệu", "Khúc"]
MIDDLES = ["Văn", "Thị", "Minh", "Thu", "Ngọc", "Hoàng", "Thanh", "Đức", "Quốc", "Hữu", "Bảo",
           "Gia", "Hải", "Kim", "Thuỳ", "Xuân", "Phương", "Trọng", "Diệu", "Khánh", "Mỹ", "Tuấn",
           "Công", "Đình", "Bích", "Hồng", "Lan", "Việt", "Thảo", "Anh"]
GIVENS = ["An", "Bình", "Châu", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hiếu", "Hùng", "Khánh",
          "Lan", "Linh", "Long", "Mai", "Nam", "Nga", "Ngân", "Nhung", "Phong", "Phúc", "Quân",
          "Quyên", "Sơn", "Tâm", "Thảo", "Trang", "Trung", "Tú", "Tuấn", "Vy", "Yến", "Khoa",
          "Đạt", "Huy", "Lộc", "Nhi", "Oanh", "Tín", "Uyên", "Vinh", "Thắng", "Diệp", "Kha",
          "Luân", "Mẫn", "Nguyên", "Phát", "Sang", "Thịnh", "Toàn", "Ý", "Duyên", "Kiệt"]
PEN_FIRST = ["Minh", "Thu", "Hải", "Lam", "Hạ", "Thảo", "Quốc", "Ngọc", "Bảo", "Khánh", "Đan",
             "Tường", "Vân", "Phương", "Hoài", "Trúc", "Nhật", "Gia", "Mộc", "Tuệ", "Sơn", "Yên"]
PEN_SECOND = ["Khang", "Hà", "Đăng", "Giang", "Vy", "Nguyên", "Tuấn", "Anh", "Châu", "Linh",
              "Khuê", "Vi", "Lam", "Phong", "An", "Miên", "Nhiên", "Thư", "Du", "Trà", "Hạ", "Ca"]

# invented outlets: (name, domain, short code used in credits)
OUTLETS = [
    ("Nhật Báo Bến Nghé", "benngheonline.vn", "BNO"),
    ("Tin Sớm Phương Nam", "tinsomphuongnam.vn", "TSPN"),
    ("Thời Báo Ven Sông", "thoibaovensong.vn", "TBVS"),
    ("Nhịp Phố Thủ Đô", "nhipphothudo.vn", "NPTĐ"),
    ("Báo Điện Tử Gió Bấc", "giobac.com.vn", "GB"),
    ("Người Đưa Tin Miền Trung", "duatinmientrung.vn", "ĐTMT"),
    ("Tạp Chí Đô Thị Xanh", "dothixanh.net.vn", "ĐTX"),
    ("Bản Tin Đồng Bằng", "bantindongbang.vn", "BTĐB"),
    ("Tiếng Vọng Cao Nguyên", "tiengvongcaonguyen.vn", "TVCN"),
    ("Báo Sao Khuê", "saokhue24h.vn", "SK"),
    ("Cổng Tin Hạ Long Xanh", "halongxanh.info.vn", "HLX"),
    ("Đời Sống Miệt Vườn", "doisongmietvuon.vn", "ĐSMV"),
]
AGENCIES = [("Thông tấn Phương Nam", "TTPN"), ("Thông tấn Bắc Bộ", "TTBB"),
            ("Hãng tin Sông Lam", "HTSL"), ("Thông tấn Duyên Hải", "TTDH")]
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
WEEKDAYS_LOW = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]
EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
EN_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
SECTIONS = {
    "transport": ("Giao thông", "giao-thong"), "accident": ("Giao thông", "giao-thong"),
    "water": ("Xã hội", "xa-hoi"), "fire": ("Xã hội", "xa-hoi"),
    "crime": ("Pháp luật", "phap-luat"), "edu": ("Giáo dục", "giao-duc"),
    "sea": ("Môi trường", "moi-truong"), "weather": ("Thời tiết", "thoi-tiet"),
    "health": ("Sức khoẻ", "suc-khoe"), "urban": ("Đô thị", "do-thi"),
    "gov": ("Thời sự", "thoi-su"), "culture": ("Văn hoá", "van-hoa"),
    "generic": ("Xã hội", "xa-hoi"),
}
MENU_ITEMS = ["Trang chủ", "Thời sự", "Thế giới", "Kinh doanh", "Giải trí", "Thể thao",
              "Pháp luật", "Giáo dục", "Sức khoẻ", "Đời sống", "Du lịch", "Số hoá", "Xe",
              "Ý kiến", "Tâm sự", "Bạn đọc", "Video", "Ảnh"]


def pen_name(rng):
    first = rng.choice(PEN_FIRST)
    second = rng.choice([x for x in PEN_SECOND if x != first])
    return f"{first} {second}"


def full_name(rng, female=None):
    mid = rng.choice(MIDDLES)
    if female is True:
        mid = rng.choice(["Thị", "Thu", "Ngọc", "Thuỳ", "Diệu", "Mỹ", "Bích", "Hồng", "Lan"])
    return f"{rng.choice(SURNAMES)} {mid} {rng.choice(GIVENS)}"


def strip_accents(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def slugify(s, maxwords=12):
    s = strip_accents(s).lower()
    words = re.findall(r"[a-z0-9]+", s)
    return "-".join(words[:maxwords])


def email_of(name, domain):
    parts = strip_accents(name).lower().split()
    return f"{parts[-1]}.{''.join(p[0] for p in parts[:-1])}@{domain}" if len(parts) > 1 \
        else f"{parts[0]}@{domain}"


def phone(rng):
    return f"09{rng.randint(0, 9)}{rng.randint(1, 9)} {rng.randint(100, 999)} {rng.randint(100, 999)}"


# --------------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------------
def article_date(row, article):
    rng = rng_for(row, "date")
    year = rng.randint(2015, 2019)
    m = re.search(r"\b(?:ngày|Ngày|sáng|Sáng|chiều|Chiều|tối|Tối|trưa|Trưa|đêm|Đêm) "
                  r"(\d{1,2})/(\d{1,2})(?!/)", article[:800])
    dt = None
    if m:
        d, mo = int(m.group(1)), int(m.group(2))
        try:
            dt = datetime(year, mo, d)
        except ValueError:
            dt = None
    if dt is None:
        dt = datetime(year, 1, 1) + timedelta(days=rng.randint(0, 364))
    dt += timedelta(days=rng.choice([0, 0, 0, 1]))
    return dt.replace(hour=rng.randint(6, 22), minute=rng.randint(0, 59))


def fmt_date(dt, style):
    wd = WEEKDAYS[dt.weekday()]
    wdl = WEEKDAYS_LOW[dt.weekday()]
    if style == "full":
        return f"{wd}, {dt:%d/%m/%Y} {dt:%H:%M} (GMT+7)"
    if style == "full_low":
        return f"{wdl}, {dt.day}/{dt.month}/{dt.year}, {dt:%H:%M}"
    if style == "bar":
        return f"{dt:%d/%m/%Y} | {dt:%H:%M}"
    if style == "dash":
        return f"{dt:%H:%M} - {dt.day}/{dt.month}/{dt.year}"
    if style == "updated":
        return f"Cập nhật lúc {dt:%H:%M} ngày {dt:%d/%m/%Y}"
    if style == "posted":
        return f"Ngày đăng: {dt:%d/%m/%Y}"
    if style == "words":
        return f"{wdl}, {dt.day} tháng {dt.month}, {dt.year}, {dt.hour}:{dt:%M}"
    if style == "iso":
        return f"{dt:%Y-%m-%d %H:%M}"
    if style == "thg":
        return f"{dt.day} thg {dt.month}, {dt.year}"
    if style == "short":
        return f"{dt:%d/%m/%Y}"
    if style == "en":
        return f"{EN_MONTHS[dt.month - 1]} {dt.day}, {dt.year} {dt:%I:%M %p}"
    if style == "published":
        return f"Xuất bản: {dt:%H:%M} {dt:%d/%m/%Y}"
    raise ValueError(style)


def when_phrase(rng, dt):
    part = rng.choice(["sáng", "chiều", "trưa", "tối", "sáng", "chiều"])
    return f"{part} {dt.day}/{dt.month}"


# --------------------------------------------------------------------------------------------
# What the story is about (for captions that fit it)
# --------------------------------------------------------------------------------------------
TITLE_CATS = [
    ("generic", ["treo cổ", "bỏ rơi", "mất tích"]),
    ("fire", ["cháy", "hoả hoạn", "phát nổ", "phóng hoả", "đốt nhà", "bốc cháy"]),
    ("water", ["đuối nước", "nhảy hồ", "nhảy cầu", "nhảy xuống sông", "chìm", "lật thuyền",
               "cứu bạn", "cứu người", "trôi dạt", "lênh đênh"]),
    ("weather", ["mưa", "bão", "lũ", "ngập", "nắng nóng", "áp thấp", "rét", "thời tiết", "sét"]),
    ("accident", ["tai nạn", "đâm", "tông", "lật", "lao xuống", "rơi", "va chạm", "húc", "bẹp",
                  "sập", "biến dạng", "bị thương", "người chết", "thoát chết"]),
    ("crime", ["bắt", "khởi tố", "trộm", "cướp", "lừa đảo", "ma tuý", "giết", "truy nã",
               "nghi phạm", "bị cáo", "xét xử", "chặt chém", "hành hung", "tung cước"]),
    ("edu", ["trường", "học sinh", "giáo viên", "kỳ thi", "đề thi", "thí sinh", "sinh viên",
             "hiệu trưởng", "nữ sinh", "nam sinh", "học trò", "giáo dục", "dự thi"]),
    ("health", ["bệnh viện", "bác sĩ", "nhập viện", "bệnh", "dịch tả", "tiêm", "thuốc",
                "sức khoẻ", "rắn", "chó dại", "bảo hiểm y tế"]),
    ("sea", ["biển", "cá chết", "hải sản", "hải sâm", "môi trường", "rác", "ô nhiễm", "sạt lở",
             "xói lở", "xói mòn", "sông", "chất thải", "ngao", "hố tử thần", "sụt lún", "cây xanh",
             "trồng cây", "mẻ cá", "khí thải"]),
    ("transport", ["taxi", "thu phí", "BOT", "cao tốc", "metro", "bến xe", "đậu xe", "đỗ xe",
                   "xe dù", "bến cóc", "giao thông", "xe khách", "quốc lộ", "Uber", "tài xế",
                   "ôtô", "phạt nguội", "mố cầu", "xây cầu", "tên đường", "lái xe"]),
    ("gov", ["lịch nghỉ", "nghỉ lễ", "kỷ luật", "cách chức", "đình chỉ", "Quốc hội",
             "Thủ tướng", "Chính phủ", "Trung ương"]),
    ("culture", ["lễ hội", "di tích", "Tết", "văn hoá", "chùa", "đền", "bảo tàng", "du lịch",
                 "triển lãm", "nhà sư", "đại đức", "phật tử", "giải thưởng", "đội tuyển",
                 "bóng đá"]),
    ("urban", ["dự án", "quy hoạch", "xây dựng", "sân bay", "vỉa hè", "chung cư", "toà nhà",
               "công trình", "khu đô thị", "khu hành chính", "huyện đảo"]),
    ("gov", ["UBND", "Bộ", "chủ tịch", "Chủ tịch", "thanh tra", "đề xuất", "đề nghị", "Bí thư",
             "quy định", "Giám đốc", "giám đốc", "kiến nghị", "yêu cầu", "chỉ đạo"]),
]
CAT_WORDS = [
    ("fire", ["cháy", "hoả hoạn", "PCCC", "bốc cháy", "chữa cháy", "thiêu rụi"]),
    ("accident", ["tai nạn", "va chạm", "tông vào", "lật", "bị thương", "tử vong"]),
    ("transport", ["xe khách", "xe tải", "ôtô", "taxi", "cao tốc", "quốc lộ", "giao thông",
                   "tài xế", "BOT", "bến xe", "CSGT", "metro"]),
    ("crime", ["bắt giữ", "khởi tố", "điều tra", "tạm giữ", "nghi phạm", "xét xử", "bị cáo",
               "trộm", "cướp", "ma tuý", "lừa đảo", "truy nã"]),
    ("edu", ["trường", "học sinh", "giáo viên", "sinh viên", "hiệu trưởng", "giáo dục"]),
    ("sea", ["biển", "cá chết", "hải sản", "môi trường", "ô nhiễm", "rác", "sạt lở", "xói lở",
             "sông", "cát", "chất thải", "ngư dân"]),
    ("weather", ["mưa", "bão", "lũ", "ngập", "nắng nóng", "áp thấp", "rét", "giông"]),
    ("health", ["bệnh viện", "bác sĩ", "bệnh nhân", "y tế", "dịch", "tiêm", "cấp cứu", "thuốc"]),
    ("urban", ["dự án", "quy hoạch", "xây dựng", "chung cư", "sân bay", "vỉa hè", "công trình"]),
    ("gov", ["UBND", "Thủ tướng", "Quốc hội", "đại biểu", "hội nghị", "Chính phủ", "thanh tra",
             "Bộ trưởng", "nghị quyết", "quy định", "đề xuất", "kỷ luật"]),
    ("culture", ["lễ hội", "di tích", "Tết", "văn hoá", "chùa", "đền", "bảo tàng", "du khách"]),
]


def category(title, text):
    """Title first (what the story is about), then counts over the opening of the text."""
    for cat, words in TITLE_CATS:
        for w in words:
            flags = re.IGNORECASE if w.islower() else 0
            if re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", title, flags):
                return cat
    best, score = "generic", 0
    for cat, words in CAT_WORDS:
        sc = sum(text[:1500].count(w) for w in words)
        if sc > score:
            best, score = cat, sc
    return best


_PLACE_RE = re.compile(r"\b((?:tỉnh|TP|thành phố|huyện|quận|xã|phường|thị xã|thị trấn) "
                       r"[A-ZĐ][^\s,.;:()\"“”]*(?: [A-ZĐ][^\s,.;:()\"“”]*){0,3})")
_PERSON_RE = re.compile(r"\b(ông|bà) ([A-ZĐ][^\s,.;:()\"“”]*(?: [A-ZĐ][^\s,.;:()\"“”]*){1,3})"
                        r"(?:, ([A-ZĐ][^,.;:()\"“”]{4,60}),)?")


def entities(text):
    places, persons = [], []
    for m in _PLACE_RE.finditer(text):
        p = m.group(1)
        if p not in places and len(p.split()) <= 5:
            places.append(p)
    for m in _PERSON_RE.finditer(text):
        name = m.group(2)
        if len(name.split()) < 2:
            continue
        persons.append((m.group(1), name, (m.group(3) or "").strip()))
    seen, uniq = set(), []
    for p in persons:
        if p[1] not in seen:
            seen.add(p[1])
            uniq.append(p)
    return places[:6], uniq[:5]


# --------------------------------------------------------------------------------------------
# Captions, credits, bylines -- all wording invented here
# --------------------------------------------------------------------------------------------
CAPTIONS = {
    "transport": [
        "Dòng phương tiện nối đuôi nhau qua trạm thu phí.", "Xe taxi đón khách trên phố {when}.",
        "Một bến xe khách{at_place}.", "Phương tiện lưu thông qua khu vực {when}.",
        "Xe khách dừng đón khách dọc đường.", "Một đoạn quốc lộ{at_place}.",
        "Ôtô đỗ dưới lòng đường{at_place}.", "Cảnh sát giao thông hướng dẫn phương tiện.",
        "Hành khách chờ xe tại bến.", "Giờ cao điểm, nhiều tuyến đường ùn tắc kéo dài.",
        "Trạm thu phí trên tuyến cao tốc.", "Công nhân thi công trên công trường metro.",
        "Nhiều ý kiến cho rằng cần có lộ trình phù hợp để người dân và doanh nghiệp kịp thích nghi.",
    ],
    "water": [
        "Khu vực xảy ra sự việc{at_place}.", "Lực lượng cứu hộ tìm kiếm trên sông.",
        "Người dân tập trung bên bờ hồ theo dõi.", "Đoạn sông nơi xảy ra vụ đuối nước.",
        "Thuyền cứu hộ được huy động tìm kiếm {when}.", "Nạn nhân được sơ cứu sau khi đưa vào bờ.",
        "Mặt nước nơi nạn nhân gặp nạn vẫn còn chảy xiết, việc tìm kiếm gặp nhiều khó khăn.",
    ],
    "accident": [
        "Hiện trường vụ tai nạn{at_place}.", "Chiếc xe hư hỏng nặng sau cú va chạm.",
        "Lực lượng chức năng khám nghiệm hiện trường {when}.",
        "Cảnh sát giao thông phân luồng, điều tiết phương tiện qua khu vực.",
        "Giao thông ùn ứ kéo dài nhiều giờ sau vụ việc.", "Người dân hiếu kỳ đứng xem tại hiện trường.",
        "Xe cẩu được điều đến để đưa phương tiện gặp nạn ra khỏi hiện trường.",
        "Mảnh vỡ văng khắp mặt đường.", "Phần đầu xe biến dạng sau cú tông.",
        "Tài xế được đưa về trụ sở để làm việc.", "Hiện trường vụ việc {when}.",
        "Lực lượng cứu hộ dùng máy cắt để đưa nạn nhân ra ngoài, giao thông qua đoạn này bị ách tắc nhiều giờ.",
    ],
    "fire": [
        "Ngọn lửa bùng lên dữ dội, cột khói cao hàng chục mét.",
        "Lính cứu hoả tiếp cận đám cháy từ nhiều hướng.", "Căn nhà bị thiêu rụi sau vụ hoả hoạn.",
        "Xe chữa cháy được điều tới hiện trường {when}.", "Hiện trường vụ cháy{at_place}.",
        "Khói đen bao trùm cả khu phố.", "Người dân dùng bình chữa cháy mini dập lửa.",
        "Tài sản bên trong gần như bị thiêu rụi hoàn toàn.",
    ],
    "crime": [
        "Nghi phạm tại cơ quan điều tra.", "Tang vật thu giữ tại hiện trường.",
        "Cảnh sát phong toả khu vực để điều tra.", "Bị cáo tại phiên toà sơ thẩm.",
        "Lực lượng chức năng dẫn giải nghi phạm về trụ sở.", "Căn nhà nơi xảy ra vụ việc.",
        "Trụ sở công an {place}.", "Đối tượng cùng tang vật bị bắt giữ.",
        "Cảnh sát khám nghiệm hiện trường {when}.",
        "Cơ quan điều tra đã lấy lời khai của những người liên quan và thu thập thêm chứng cứ.",
    ],
    "edu": [
        "Học sinh trong giờ học.", "Cổng trường nơi xảy ra vụ việc.",
        "Thí sinh làm thủ tục dự thi.", "Phụ huynh chờ đón con trước cổng trường {when}.",
        "Một lớp học{at_place}.", "Giáo viên hướng dẫn học sinh ôn tập.",
        "Sân trường vắng lặng sau giờ tan học.", "Thí sinh trao đổi sau giờ thi.",
        "Buổi học của học sinh tiểu học{at_place}.",
        "Nhiều phụ huynh bày tỏ lo lắng về sự an toàn của con em mình khi đến trường.",
    ],
    "sea": [
        "Cá chết dạt vào bờ biển{at_place}.", "Ngư dân kéo lưới trên bãi biển.",
        "Bờ biển bị sóng đánh sạt lở nghiêm trọng.", "Một đoạn sông bị khai thác cát trái phép.",
        "Rác thải chất đống ven đường.", "Mẫu nước được lấy để xét nghiệm.",
        "Tàu cá neo đậu{at_place}.", "Tiểu thương bày bán hải sản tại chợ đầu mối.",
        "Kè chắn sóng bị đánh sập.", "Người dân địa phương ra biển từ sáng sớm.",
        "Nước thải đổ thẳng ra môi trường khiến người dân sống gần đó bức xúc.",
    ],
    "weather": [
        "Nước ngập sâu trên nhiều tuyến phố.", "Người dân dắt xe qua đoạn đường ngập.",
        "Cây đổ chắn ngang đường sau cơn mưa lớn.", "Lực lượng cứu hộ giúp người dân di dời tài sản.",
        "Bầu trời u ám trước cơn giông {when}.", "Ảnh vệ tinh cho thấy vùng mây dày đặc.",
        "Mưa lớn khiến nhiều tuyến đường ngập sâu, hàng loạt phương tiện chết máy giữa đường.",
    ],
    "health": [
        "Bệnh nhân được điều trị tại khoa hồi sức.", "Các bác sĩ thăm khám cho người bệnh.",
        "Người nhà bệnh nhân chờ bên ngoài phòng cấp cứu.", "Nhân viên y tế phun thuốc diệt muỗi.",
        "Khu vực cấp cứu đông bệnh nhân {when}.", "Bác sĩ kiểm tra sức khoẻ cho trẻ.",
        "Bệnh viện luôn trong tình trạng quá tải, nhiều bệnh nhân phải nằm ghép.",
    ],
    "urban": [
        "Phối cảnh dự án sau khi hoàn thành.", "Khu đất dự án bỏ hoang nhiều năm.",
        "Công trường thi công {when}.", "Một góc{at_place} nhìn từ trên cao.",
        "Toàn cảnh khu vực quy hoạch.", "Nhà cao tầng mọc lên san sát.",
        "Công nhân làm việc trên công trường.", "Vỉa hè bị lấn chiếm làm nơi buôn bán.",
        "Dự án chậm tiến độ nhiều năm khiến người dân trong vùng quy hoạch gặp nhiều khó khăn.",
    ],
    "gov": [
        "Quang cảnh buổi làm việc.", "Các đại biểu tham dự hội nghị.",
        "Toàn cảnh phiên họp {when}.", "Đại biểu bấm nút biểu quyết.",
        "Trụ sở UBND {place}.", "Lãnh đạo địa phương kiểm tra thực tế.",
        "Quang cảnh hội nghị {when}.", "Đoàn công tác làm việc với địa phương.",
        "Nhiều ý kiến tại hội nghị đề nghị cần sớm có giải pháp căn cơ, lâu dài.",
    ],
    "culture": [
        "Du khách tham quan di tích.", "Người dân đổ về dự lễ hội.",
        "Nghi lễ rước kiệu trong ngày hội.", "Một góc khu di tích.",
        "Phố phường rực rỡ đèn hoa.", "Du khách chụp ảnh lưu niệm.",
        "Hàng nghìn người chen chúc trong sân đền, nhiều người trèo cả lên nơi thờ tự.",
    ],
    "generic": [
        "Hiện trường vụ việc.", "Khu vực xảy ra sự việc{at_place}.",
        "Người dân theo dõi sự việc.", "Lực lượng chức năng có mặt tại hiện trường {when}.",
        "Khung cảnh{at_place} {when}.", "Người dân địa phương.",
        "Thông tin vụ việc nhanh chóng lan truyền trên mạng xã hội, thu hút sự quan tâm của dư luận.",
        "Người dân địa phương cho biết đây không phải lần đầu sự việc tương tự xảy ra.",
        "Cơ quan chức năng đang tiếp tục xác minh, làm rõ vụ việc.",
    ],
}
PORTRAIT = ["{P}.", "{P}, {role}.", "{P} trao đổi với phóng viên.",
            "{P} phát biểu tại buổi làm việc {when}.", "{P} tại cuộc họp báo.", "Chân dung {p}.",
            "{P} (phải) trao đổi với người dân.", "{P} cho biết sẽ xử lý nghiêm các sai phạm."]
VIDEO_CAPS = ["Khoảnh khắc sự việc xảy ra được người dân ghi lại.",
              "Hiện trường vụ việc {when}.", "Diễn biến sự việc qua lời kể của nhân chứng.",
              "Toàn cảnh khu vực{at_place}.", "Clip do người dân cung cấp.",
              "Lãnh đạo địa phương trả lời báo chí."]
INFO_CAPS = ["Những con số đáng chú ý.", "Diễn biến chính của vụ việc.",
             "Sơ đồ vị trí xảy ra sự việc.", "Các mốc thời gian quan trọng.",
             "Bản đồ khu vực{at_place}.", "Tóm tắt nội dung chính."]


def fill(tpl, ctx, rng):
    place = rng.choice(ctx.places) if ctx.places else ""
    at_place = (" " + rng.choice(["tại", "ở"]) + " " + place) if place else ""
    if "{P}" in tpl or "{p}" in tpl:
        if not ctx.persons:
            return None
        hon, name, role = rng.choice(ctx.persons)
        if "{role}" in tpl and not role:
            return None
        return tpl.format(P=f"{hon.capitalize()} {name}", p=f"{hon} {name}", role=role,
                          when=when_phrase(rng, ctx.date))
    if "{place}" in tpl and not place:
        return None
    out = tpl.format(at_place=at_place, place=place, when=when_phrase(rng, ctx.date))
    return re.sub(r"\s+", " ", out).replace(" .", ".")


def scene_caption(ctx, rng, pool=None, max_words=40):
    """A caption that fits the story: its topic's pool, a portrait, or the headline again."""
    for _ in range(16):
        x = rng.random()
        cap = None
        if pool is None and x < 0.18 and ctx.persons:
            cap = fill(rng.choice(PORTRAIT), ctx, rng)
        elif pool is None and x < 0.33:
            segs = [s.strip() for s in re.split(r"[,:;]| - ", ctx.title) if len(s.split()) >= 4]
            if segs:
                seg = rng.choice(segs)
                seg = seg[0].upper() + seg[1:]
                cap = rng.choice([f"{seg}.", f"{seg} (ảnh minh hoạ)", "Ảnh minh hoạ", f"{seg}.",
                                  f"{seg}, ảnh chụp {when_phrase(rng, ctx.date)}."])
        else:
            pool_ = pool or (CAPTIONS[ctx.cat] if x < 0.88 else CAPTIONS["generic"])
            tpl = rng.choice(pool_)
            if tpl in ctx.used_caps:
                continue
            cap = fill(tpl, ctx, rng)
            if cap:
                ctx.used_caps.add(tpl)
        if cap and cap not in ctx.used_caps and len(cap.split()) <= max_words:
            ctx.used_caps.add(cap)
            return cap
    return "Ảnh minh hoạ"


def photo_credit(ctx, rng, lang="vi"):
    who = pen_name(rng)
    if lang == "en":
        return rng.choice([f"Photo: {who}", f"Photo: {who}/{ctx.outlet[2]}", "Photo: Archive",
                           "Photo: Provided by locals"])
    return rng.choice([
        f"Ảnh: {who}", f"Ảnh: {who}/{ctx.outlet[2]}", "Ảnh: Tư liệu", "Ảnh: Người dân cung cấp",
        "Ảnh: CTV", f"Ảnh: {who} - {pen_name(rng)}", f"Nguồn ảnh: {ctx.outlet[0]}",
        "Ảnh chụp màn hình", "Ảnh: Cắt từ video", f"Ảnh: {who}", f"Ảnh: {ctx.byname}",
    ])


def byline_line(ctx, rng, style=None):
    style = style or rng.choice(["pen", "caps", "pair", "bai_anh", "group", "agency", "email",
                                 "theo", "full", "tonghop"])
    a = ctx.byname
    if style == "pen":
        return a
    if style == "caps":
        return a.upper()
    if style == "pair":
        return f"{a} - {pen_name(rng)}"
    if style == "bai_anh":
        return f"Bài và ảnh: {a}"
    if style == "group":
        return rng.choice(["Nhóm PV", "Nhóm phóng viên", f"Nhóm PV {SECTIONS[ctx.cat][0]}"])
    if style == "agency":
        ag = rng.choice(AGENCIES)
        return rng.choice([f"{a} ({ag[1]})", f"({ag[1]})", f"Theo {ag[0]}"])
    if style == "email":
        return f"{a} | {email_of(a, ctx.outlet[1])}"
    if style == "theo":
        return rng.choice([f"Theo {ctx.outlet[0]}", f"(Theo {ctx.outlet[0]})",
                           f"Theo {ctx.outlet[1]}"])
    if style == "full":
        return full_name(rng)
    if style == "tonghop":
        return f"{a} (tổng hợp)"
    if style == "by":
        return f"Bởi {a}"
    if style == "author":
        return f"Tác giả: {a}"
    if style == "en":
        return f"By {strip_accents(a)}"
    raise ValueError(style)


CAPTIONS_EN = {
    "transport": ["Vehicles queue at the toll station.", "Taxis wait for passengers.",
                  "A section of the highway."],
    "water": ["Rescuers search the river.", "The lake where the incident happened."],
    "accident": ["The scene of the accident.", "Traffic police direct vehicles around the site.",
                "The damaged vehicle after the crash."],
    "fire": ["Firefighters at the scene.", "The house after the fire."],
    "crime": ["The suspect at the police station.", "Police cordon off the area."],
    "edu": ["Students in class.", "The school gate.", "Candidates before the exam."],
    "sea": ["Fish washed ashore.", "Fishermen on the beach.", "An eroded section of the coast."],
    "weather": ["Flooded streets after heavy rain.", "Residents push their motorbikes through water."],
    "health": ["Doctors examine a patient.", "The emergency ward."],
    "urban": ["An aerial view of the project site.", "Construction workers on site."],
    "gov": ["Delegates at the meeting.", "An overview of the conference."],
    "culture": ["Visitors at the relic site.", "Crowds at the festival."],
    "generic": ["The scene of the incident.", "Illustrative photo.", "Local residents."],
}

IMAGE_MARKS = ["[Hình ảnh]", "[image]", "Image", "(hình)", "🖼", "[Ảnh]", "<hình ảnh>", "Ảnh",
               "[Hình minh hoạ không hiển thị]", "▣"]
COMMENT_TEXTS = [
    "Mong cơ quan chức năng sớm làm rõ và xử lý nghiêm.", "Đọc mà thấy xót xa quá.",
    "Cần xử lý thật nghiêm để làm gương.", "Bài viết hay, cảm ơn phóng viên.",
    "Không biết bao giờ mới giải quyết dứt điểm?", "Chuyện này năm nào cũng thấy, nói mãi rồi.",
    "Chia buồn cùng gia đình.", "Ở quê tôi cũng y như vậy.", "Mọi người nên cẩn thận hơn.",
    "Đồng ý với ý kiến bạn Hùng ở trên.", "Thông tin hữu ích, cảm ơn báo.",
    "Đề nghị báo tiếp tục theo dõi vụ việc.", "Làm sai thì phải chịu trách nhiệm thôi.",
    "Hy vọng lần này làm đến nơi đến chốn.", "Sao giờ mới xử lý vậy?",
    "Trách nhiệm của địa phương ở đâu?", "Thương quá, mong mọi chuyện sớm ổn.",
    "Tôi đi qua đoạn này hằng ngày, đúng là rất nguy hiểm.", "Quá bức xúc!",
    "Ủng hộ cách làm này, cần nhân rộng.", "Vẫn là câu chuyện cũ, chưa có gì mới.",
]
CHAT_MSGS = ["mọi người đọc cái này đi", "ghê quá", "đọc chưa mn", "tin này thật hả trời",
             "gửi cả nhà tham khảo", "đây nè, bài hôm qua nói đó", "ôi trời", "sợ thật sự",
             "cái này liên quan nhà mình nè", "ai ở gần đó không", "nói mãi mà không sửa",
             "đọc xong thấy buồn ghê", "bài này đầy đủ hơn nè", "👍", "😢", "ok để mình xem"]
AD_LINES = [
    "Căn hộ ven sông Nhà Đẹp Ven Sông chỉ từ 1,2 tỷ - nhận nhà ngay, hỗ trợ vay 70%",
    "Anh ngữ Cánh Cam: giảm 40% học phí khoá giao tiếp cho 50 học viên đầu tiên",
    "Vay tiêu dùng Tín Việt Nhanh - duyệt hồ sơ trong 15 phút, không cần thế chấp",
    "Điều hoà Gió Mát Plus - tiết kiệm điện đến 60%, bảo hành 5 năm",
    "Tour Đà Lạt 3 ngày 2 đêm trọn gói chỉ 1.990.000 đồng - Du lịch Cánh Buồm",
    "Sữa hạt Mầm Xanh - mua 2 tặng 1 trong tuần này",
]
TRENDING = ["Giá xăng", "Thời tiết", "Tuyển sinh", "Kỳ họp Quốc hội", "Nắng nóng", "Bão số 3",
            "Giá vàng", "Tết", "Sạt lở", "Tai nạn giao thông", "Dự án metro"]


class Ctx:
    pass


def build_ctx(k, row, title, article, related_pool):
    ctx = Ctx()
    ctx.k, ctx.row = k, row
    ctx.title = detok(title)
    verdicts = story_sentences(article, title)
    ctx.sentences = [s for s, v in verdicts if v is None]
    # paragraphs: runs of kept sentences, cut into 1-4 items
    rng = rng_for(row, "paragraphs")
    runs, cur = [], []
    for s, v in verdicts:
        if v is None:
            cur.append(s)
        elif cur:
            runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    paras = []
    for run in runs:
        i = 0
        while i < len(run):
            size = rng.choice([1, 2, 2, 2, 3, 3, 4])
            paras.append(run[i:i + size])
            i += size
    ctx.paras = paras
    full = detok(article)
    ctx.cat = category(ctx.title, full)
    ctx.places, ctx.persons = entities(full)
    ctx.date = article_date(row, full)
    r = rng_for(row, "outlet")
    ctx.outlet = r.choice(OUTLETS)
    ctx.byname = pen_name(r) if r.random() < 0.7 else full_name(r)
    ctx.article_id = r.randint(300000, 4999999)
    ctx.url = (f"https://{ctx.outlet[1]}/{SECTIONS[ctx.cat][1]}/{slugify(ctx.title)}"
               f"-{ctx.article_id}.html")
    ctx.used_caps = set()
    ctx.body_keys = set(norm_key(s) for s in ctx.sentences)
    ctx.title_key = norm_key(ctx.title)
    # related stories: other rows' titles and teasers, never equal to this page's text
    r = rng_for(row, "related")
    pool = list(related_pool)
    r.shuffle(pool)
    rel = []
    for rrow, rtitle, rart in pool:
        h = detok(rtitle)
        if norm_key(h) in ctx.body_keys or norm_key(h) == ctx.title_key:
            continue
        tz = teaser(rart, r)
        if tz and (norm_key(tz) in ctx.body_keys or norm_key(tz) == ctx.title_key):
            tz = None
        rdate = ctx.date - timedelta(days=r.randint(0, 12), minutes=r.randint(5, 900))
        rel.append({"h": h, "t": tz, "date": rdate, "outlet": r.choice(OUTLETS),
                    "id": r.randint(300000, 4999999)})
        if len(rel) >= 14:
            break
    ctx.related = rel
    ctx.rel_cursor = 0
    return ctx


def teaser(article_1200, rng):
    """A teaser cut from the first 1,200 characters of a related row."""
    text = detok(article_1200[:RELATED_CHARS])
    sents = split_sentences(text)
    if sents and len(sents[0].split()) < 14 and len(sents) > 1:
        sents = sents[1:]                      # the original lead-photo caption
    if not sents:
        return None
    first = sents[0]
    if len(first) > 260 or rng.random() < 0.55:
        limit = rng.randint(110, 200)
        if len(first) <= limit:
            if len(sents) > 1:
                first = first + " " + sents[1]
        if len(first) > limit:
            cut = first[:limit].rsplit(" ", 1)[0].rstrip(",;:-–")
            return cut + "…"
    return first


def preview_of(ctx, rng, lo=60, hi=140, ell="…"):
    """A link-preview description: the lead cut short (never a whole sentence)."""
    if not ctx.paras:
        return None
    first = split_sentences(ctx.paras[0][0])[0]
    words = first.split()
    if len(words) < 12:
        return None
    keep = rng.randint(max(6, len(words) // 3), len(words) - 4)
    cut = " ".join(words[:keep]).rstrip(",;:.-–\"“”")
    if len(cut) > hi:
        cut = cut[:hi].rsplit(" ", 1)[0].rstrip(",;:.-–\"“”")
    return cut + ell


def next_related(ctx):
    if not ctx.related:
        return None
    item = ctx.related[ctx.rel_cursor % len(ctx.related)]
    ctx.rel_cursor += 1
    return item


def rel_url(ctx, item):
    return f"https://{item['outlet'][1]}/{slugify(item['h'], 8)}-{item['id']}.html"


# --------------------------------------------------------------------------------------------
# Page builder
# --------------------------------------------------------------------------------------------
class Builder:
    def __init__(self, ctx):
        self.ctx = ctx
        self.entries = []          # (code, payload): T/D/S unlabelled, B body items, or a kind
        self.used = set()

    def T(self):
        self.entries.append(("T", self.ctx.title))

    def D(self, line):
        assert not any(c == "D" for c, _ in self.entries)
        self.entries.append(("D", line))

    def S(self, line):
        assert not any(c == "S" for c, _ in self.entries)
        self.entries.append(("S", line))

    def add(self, kind, line):
        assert kind in KINDS, kind
        line = line.replace("\n", " ").strip()
        if not line:
            return
        key = norm_key(line)
        if not key or key in self.ctx.body_keys:
            return                                 # never equal to a body sentence
        if key == self.ctx.title_key and kind != "widget":
            return
        self.entries.append((kind, line))

    def w(self, *lines):
        for line in lines:
            self.add("widget", line)

    def para(self, items):
        self.entries.append(("B", list(items)))

    def extend(self, entries):
        for kind, line in entries:
            self.add(kind, line)


def figure(ctx, rng, habit, lang="vi", mark=None):
    """Entries for one picture/video/graphic, drawn the way a given tool leaves them."""
    cap = scene_caption(ctx, rng) if lang == "vi" else rng.choice(
        CAPTIONS_EN.get(ctx.cat, []) + CAPTIONS_EN["generic"])
    credit = photo_credit(ctx, rng, lang)
    bare = cap.rstrip(".")
    mark = mark or rng.choice(IMAGE_MARKS)
    out = []
    if habit == "inline":
        out.append(("caption", f"{cap} {credit}" if cap.endswith(".") else f"{cap}. {credit}"))
    elif habit == "paren":
        out.append(("caption", f"{bare} ({credit})"))
    elif habit == "after":
        out += [("caption", cap), ("credit", credit)]
    elif habit == "before":
        out += [("credit", credit), ("caption", cap)]
    elif habit == "cap":
        out.append(("caption", cap))
    elif habit == "credit":
        out += [("widget", mark), ("credit", credit)]
    elif habit == "mark_cap":
        out += [("widget", mark), ("caption", cap)]
    elif habit == "cap_mark":
        out += [("caption", cap), ("widget", mark)]
    elif habit == "alt":
        cap = scene_caption(ctx, rng, max_words=12)
        out.append(("caption", cap if cap.startswith("Ảnh") else f"Hình ảnh: {cap}"))
    elif habit == "bracket":
        out.append(("caption", f"[Ảnh: {bare}]"))
    elif habit == "imglabel":
        out.append(("caption", f"Image: {bare}"))
    elif habit == "gmail":
        out.append(("caption", f"[image: {bare}]"))
    elif habit == "md":
        img = (f"https://cdn.{ctx.outlet[1]}/images/{ctx.date:%Y/%m/%d}/"
               f"{slugify(cap, 6) or 'anh'}-{rng.randint(1, 9)}.jpg")
        out.append(("caption", f"![{bare}]({img})"))
        if rng.random() < 0.6:
            out.append(("credit", f"*{credit}*"))
    elif habit == "gallery":
        n = rng.randint(3, 6)
        style = rng.choice(["prefix", "line", "count"])
        for i in range(1, n + 1):
            c = scene_caption(ctx, rng)
            if style == "prefix":
                out.append(("caption", f"{i}/{n} {c}"))
            elif style == "line":
                out += [("widget", f"Ảnh {i}/{n}"), ("caption", c)]
            else:
                out += [("caption", c), ("widget", f"{i} / {n}")]
        out.append(("credit", credit))
    elif habit == "video":
        vc = fill(rng.choice(VIDEO_CAPS), ctx, rng) or "Clip do người dân cung cấp."
        form = rng.choice(["video_colon", "clip", "plain"])
        dur = f"{rng.randint(0, 3):02d}:{rng.randint(5, 59):02d}"
        if form == "video_colon":
            out.append(("caption", f"Video: {vc.rstrip('.')}"))
        elif form == "clip":
            out.append(("caption", f"Clip: {vc}"))
        else:
            out.append(("caption", vc))
        out.append(("widget", rng.choice([f"▶ 00:00 / {dur}", f"Thời lượng {dur}",
                                          "Video đang tải...", f"▶ Phát video ({dur})"])))
        out.append(("credit", rng.choice([f"Video: {pen_name(rng)}", "Nguồn: Người dân cung cấp",
                                          f"Video: {ctx.byname}", "Video: CTV"])))
    elif habit == "portrait":
        c = None
        for _ in range(6):
            c = fill(rng.choice(PORTRAIT), ctx, rng)
            if c:
                break
        out.append(("caption", c or cap))
    elif habit == "info":
        label = fill(rng.choice(INFO_CAPS), ctx, rng) or "Những con số đáng chú ý."
        out.append(("caption", rng.choice([f"Infographic: {label.rstrip('.')}", label,
                                           f"Đồ hoạ: {label.rstrip('.')}"])))
        out.append(("credit", rng.choice([f"Đồ hoạ: {pen_name(rng)}",
                                          f"Thiết kế: {pen_name(rng)}",
                                          f"Nội dung: {ctx.byname} - Đồ hoạ: {pen_name(rng)}"])))
    elif habit == "en":
        out += [("caption", cap), ("credit", credit)]
    else:
        raise ValueError(habit)
    return out


def weave(b, rng, habits, nfig=(1, 3), lead_fig=0.5, mid_related=None, page_break=None):
    """Body paragraphs with figures (and maybe a related box or page breaks) between them."""
    ctx = b.ctx
    paras = ctx.paras
    n = len(paras)
    k = rng.randint(*nfig)
    slots = sorted(rng.sample(range(1, n), min(k, max(0, n - 1)))) if n > 1 else []
    if rng.random() < lead_fig:
        slots = [0] + slots
    rel_slot = rng.randint(1, max(1, n - 1)) if (mid_related and n > 2) else None
    for i, p in enumerate(paras):
        for _ in range(slots.count(i)):
            b.extend(figure(ctx, rng, rng.choice(habits)))
        if rel_slot is not None and i == rel_slot:
            mid_related(b, rng)
        if page_break and i in page_break[0]:
            page_break[1](b)
        b.para(p)
    return b


def related_block(b, rng, n, fmt, heading=None):
    ctx = b.ctx
    if heading:
        b.w(heading)
    lines = []
    for _ in range(n):
        item = next_related(ctx)
        if item is None:
            return
        lines.append(item)
    if fmt == "joined":
        sep = rng.choice([" | ", " • ", " / ", "; "])
        b.add("related", sep.join(x["h"] for x in lines))
        return
    for item in lines:
        h = item["h"]
        d = item["date"]
        if fmt == "plain":
            b.add("related", h)
        elif fmt == "bullet":
            b.add("related", f"{rng.choice(['•', '-', '▸', '›'])} {h}")
        elif fmt == "date":
            b.add("related", f"{h} ({d:%d/%m})")
        elif fmt == "time":
            b.add("related", f"{d:%H:%M} {h}")
        elif fmt == "ago":
            b.add("related", f"{h} - {rng.randint(1, 23)} giờ trước")
        elif fmt == "teaser":
            b.add("related", h)
            if item["t"]:
                b.add("related", item["t"])
        elif fmt == "teaser_more":
            b.add("related", h)
            if item["t"]:
                b.add("related", item["t"])
            b.w(rng.choice(["Đọc tiếp »", "Xem tiếp ›", "Đọc thêm →"]))
        elif fmt == "numbered":
            b.add("related", f"{lines.index(item) + 1}. {h}")
        elif fmt == "outlet":
            b.add("related", f"{h} ({item['outlet'][0]}, {d:%d/%m})")
        elif fmt == "domain":
            b.add("related", h)
            b.w(f"{item['outlet'][1]} · {rng.randint(2, 9)} phút đọc")
        elif fmt == "xemthem":
            b.add("related", f"Xem thêm: {h}")
        else:
            raise ValueError(fmt)


def comments(b, rng, n, style="vn"):
    for _ in range(n):
        name = full_name(rng) if rng.random() < 0.6 else pen_name(rng)
        text = rng.choice(COMMENT_TEXTS)
        if style == "vn":
            b.w(f"{name} · {rng.randint(1, 59)} phút trước", text,
                f"Trả lời · Thích ({rng.randint(0, 80)})")
        elif style == "social":
            b.w(f"{name} {text}", f"Thích · Trả lời · {rng.randint(1, 20)} giờ")
        elif style == "forum":
            b.w(strip_accents(name).lower().replace(" ", "")[:10] + str(rng.randint(1, 99)), text,
                f"#{rng.randint(2, 30)}")


# --------------------------------------------------------------------------------------------
# The twenty layouts -- each an invented tool or outlet with its own habits
# --------------------------------------------------------------------------------------------
def _sec(ctx):
    return SECTIONS[ctx.cat][0]


def lay_reader_view(b, rng):
    """Browser 'Cánh Diều', reader mode, select-all + copy."""
    ctx = b.ctx
    b.S(ctx.outlet[1] if rng.random() < 0.6 else ctx.outlet[0])
    b.T()
    if rng.random() < 0.7:
        b.add("byline", byline_line(ctx, rng, rng.choice(["pen", "full", "caps", "pair"])))
    if rng.random() < 0.8:
        b.D(fmt_date(ctx.date, rng.choice(["full", "short", "words"])))
    if rng.random() < 0.6:
        lo = rng.randint(2, 6)
        b.w(f"{lo}–{lo + rng.randint(1, 3)} phút đọc")
    weave(b, rng, ["inline", "cap", "paren", "after", "portrait"], nfig=(1, 3), lead_fig=0.6)
    if rng.random() < 0.45:
        b.add("byline", byline_line(ctx, rng, rng.choice(["theo", "caps", "agency"])))
    if rng.random() < 0.35:
        related_block(b, rng, rng.randint(2, 4), "bullet",
                      heading=rng.choice(["Tin liên quan:", "Đọc thêm:"]))


def lay_read_later(b, rng):
    """Read-later app 'Để Dành' -- saved article view copied out."""
    ctx = b.ctx
    b.w("Để Dành · Danh sách đọc")
    b.T()
    b.w(f"{ctx.outlet[1]} · {rng.randint(2, 9)} phút đọc")
    if rng.random() < 0.7:
        b.add("byline", byline_line(ctx, rng, "by"))
    b.D(fmt_date(ctx.date, rng.choice(["posted", "thg"])))
    saved = ctx.date + timedelta(days=rng.randint(0, 30), hours=rng.randint(1, 12))
    b.w(f"Đã lưu {saved:%d/%m/%Y} · Thẻ: #{SECTIONS[ctx.cat][1].replace('-', '')} #docsau")
    weave(b, rng, ["mark_cap", "cap", "credit", "mark_cap"], nfig=(1, 3), lead_fig=0.7)
    b.w("Lưu trữ   ★ Yêu thích   Chia sẻ   Xoá")
    if rng.random() < 0.7:
        related_block(b, rng, rng.randint(2, 4), "domain", heading="Gợi ý cho bạn")


def lay_web_clipper(b, rng):
    """Note-taking web clipper 'Sổ Tay Mây' (simplified-article mode)."""
    ctx = b.ctx
    b.T()
    b.w(f"Nguồn: {ctx.url}")
    clip = ctx.date + timedelta(hours=rng.randint(1, 200))
    b.w(f"Đã cắt: {clip:%d/%m/%Y %H:%M}")
    b.w(rng.choice(["Sổ tay: Đọc sau | Thẻ: báo chí, tham khảo",
                    f"Sổ tay: Lưu trữ công việc | Thẻ: {_sec(ctx).lower()}"]))
    if rng.random() < 0.5:
        b.w(f"Trang chủ › {_sec(ctx)}")
    if rng.random() < 0.5:
        b.w(ctx.title)                                   # the clipped page repeats the title
    b.D(fmt_date(ctx.date, rng.choice(["full_low", "bar", "dash"])))
    habit = rng.choice(["file", "after", "before"])
    paras = ctx.paras
    slots = set(rng.sample(range(len(paras)), min(len(paras), rng.randint(1, 3))))
    for i, p in enumerate(paras):
        if i in slots:
            if habit == "file":
                cap = scene_caption(ctx, rng)
                b.w(f"[Hình: {slugify(cap, 6) or 'anh'}-{rng.randint(1, 9)}.jpg]")
                b.add("caption", cap)
            else:
                b.extend(figure(ctx, rng, habit))
        b.para(p)
    b.add("byline", byline_line(ctx, rng, rng.choice(["caps", "pen", "pair", "email"])))
    b.w("Được cắt bằng Sổ Tay Mây Web Clipper")


def lay_newsletter(b, rng):
    """The outlet's own e-mail newsletter, featured story in full."""
    ctx = b.ctx
    b.w("Nếu email không hiển thị đúng, vui lòng xem trên trình duyệt.")
    b.S(ctx.outlet[0].upper())
    issue = ctx.date + timedelta(days=rng.choice([0, 1]))
    b.w(f"BẢN TIN {rng.choice(['SÁNG', 'CHIỀU', 'TỐI'])} · {WEEKDAYS[issue.weekday()]}, "
        f"{issue:%d/%m/%Y}")
    b.w(rng.choice(["Chào bạn, dưới đây là những tin đáng chú ý hôm nay.",
                    "Xin chào, mời bạn điểm qua các tin chính trong ngày."]))
    b.w("TIÊU ĐIỂM")
    b.T()
    if rng.random() < 0.5:
        b.D(fmt_date(ctx.date, "dash"))
    b.add("byline", byline_line(ctx, rng, rng.choice(["pen", "pair", "agency", "full"])))
    weave(b, rng, ["inline", "paren", "cap"], nfig=(0, 2), lead_fig=0.7)
    b.w("ĐỌC THÊM")
    related_block(b, rng, rng.randint(2, 4), "teaser_more")
    b.w(f"Bạn nhận được email này vì đã đăng ký bản tin của {ctx.outlet[0]}.")
    b.w("Huỷ đăng ký | Quản lý tuỳ chọn email")
    b.w(f"{ctx.outlet[0]} · Tầng {rng.randint(3, 15)}, số {rng.randint(2, 199)} phố Hàng Mây Xanh")


def lay_fwd_email(b, rng):
    """A news page pasted into an e-mail and forwarded (webmail 'Hộp Thư Việt')."""
    ctx = b.ctx
    sender = full_name(rng)
    fwd = full_name(rng)
    b.w(rng.choice(["Gửi anh tham khảo.", "Chị xem bài này nhé, liên quan hồ sơ tuần trước.",
                    "FYI", "Em chuyển mọi người đọc.", "Bài này đáng chú ý, anh xem qua."]))
    b.w(fwd.split()[-1])
    sent = ctx.date + timedelta(days=rng.randint(0, 3), hours=rng.randint(1, 9))
    vi = rng.random() < 0.5
    if vi:
        b.w("-------- Thư đã chuyển tiếp --------")
        b.w(f"Từ: {sender} <{email_of(sender, 'hopthuviet.vn')}>")
        b.w(f"Ngày: {WEEKDAYS_LOW[sent.weekday()]}, {sent.day} thg {sent.month}, {sent.year} "
            f"lúc {sent:%H:%M}")
        b.w(f"Tiêu đề: Fwd: {ctx.title}")
        b.w(f"Tới: {fwd} <{email_of(fwd, 'hopthuviet.vn')}>")
    else:
        b.w("---------- Forwarded message ---------")
        b.w(f"From: {sender} <{email_of(sender, 'hopthuviet.vn')}>")
        b.w(f"Date: {EN_DAYS[sent.weekday()]}, {EN_MONTHS[sent.month - 1]} {sent.day}, "
            f"{sent.year} at {sent:%I:%M %p}")
        b.w(f"Subject: {ctx.title}")
        b.w(f"To: <{email_of(fwd, 'hopthuviet.vn')}>")
    b.T()
    if rng.random() < 0.5:
        b.S(ctx.outlet[0])
    if rng.random() < 0.7:
        b.D(fmt_date(ctx.date, rng.choice(["full", "bar"])))
    weave(b, rng, ["gmail", "cap", "inline"], nfig=(1, 2), lead_fig=0.5)
    if rng.random() < 0.8:
        b.add("byline", byline_line(ctx, rng))
    b.w(rng.choice([f"Link bài: {ctx.url}", ctx.url, f"Nguồn: {ctx.url}"]))
    b.w("--")
    b.w(sender, rng.choice(["Phòng Hành chính - Tổng hợp", "Ban Truyền thông",
                            "Văn phòng đại diện miền Trung"]), f"ĐT: {phone(rng)}")
    b.w("Gửi từ ứng dụng Hộp Thư Việt trên điện thoại")


def lay_chat_share(b, rng):
    """Group chat export from 'Nhắn Nhanh': link preview, then someone pastes the text."""
    ctx = b.ctx
    group = rng.choice(["Hội phụ huynh lớp 5A", "Gia đình mình", "Tổ dân phố 7", "Team Kế toán",
                        "Hội đồng hương Quảng Nam", "Nhóm chạy bộ sáng"])
    t = ctx.date + timedelta(hours=rng.randint(1, 30))
    names = [pen_name(rng) for _ in range(3)]
    b.w(f"Nhóm: {group}")
    b.w(f"[{t:%H:%M}, {t:%d/%m/%Y}] {names[0]}: {rng.choice(CHAT_MSGS)}")
    b.S(ctx.outlet[1])
    b.T()
    pv = preview_of(ctx, rng)
    if pv:
        b.w(pv)
    t += timedelta(minutes=rng.randint(1, 20))
    b.w(f"[{t:%H:%M}] {names[1]}: {rng.choice(CHAT_MSGS)}")
    t += timedelta(minutes=rng.randint(1, 20))
    b.w(f"[{t:%H:%M}] {names[2]}: {rng.choice(['không mở được link, ai dán nội dung giúp', 'link lỗi rồi', 'mình không vào được'])}")
    t += timedelta(minutes=rng.randint(1, 20))
    b.w(f"[{t:%H:%M}] {names[0]}:")
    if rng.random() < 0.6:
        b.w(ctx.title)
    weave(b, rng, ["cap", "after", "before", "inline"], nfig=(1, 2), lead_fig=0.4)
    if rng.random() < 0.7:
        b.add("byline", byline_line(ctx, rng, rng.choice(["pen", "theo", "caps"])))
    b.w(rng.choice(["❤️ 3  😮 2", "👍 5", "😢 4  ❤️ 1", "😮 7"]))
    t += timedelta(minutes=rng.randint(1, 40))
    b.w(f"[{t:%H:%M}] {names[1]}: {rng.choice(CHAT_MSGS)}")


def lay_rss_reader(b, rng):
    """RSS reader 'Cuộn Tin' -- full-text item view."""
    ctx = b.ctx
    b.w(f"Cuộn Tin — Tất cả bài viết ({rng.randint(12, 480)})")
    b.w("◀ Bài trước   Bài sau ▶")
    b.S(ctx.outlet[0])
    b.w(f"Chuyên mục: {_sec(ctx)}")
    b.T()
    b.add("byline", rng.choice([f"bởi {ctx.byname}", f"{ctx.byname} – {ctx.outlet[0]}",
                                byline_line(ctx, rng, "by")]))
    b.D(fmt_date(ctx.date, rng.choice(["iso", "en", "short"])))
    weave(b, rng, ["mark_cap", "inline", "alt", "imglabel"], nfig=(1, 3), lead_fig=0.5)
    b.w("Mở trang gốc ↗")
    b.w("★ Gắn sao   ✓ Đánh dấu đã đọc   ↗ Chia sẻ")
    b.w("Bài tiếp theo trong nguồn này:")
    related_block(b, rng, rng.randint(3, 5), "time")


def lay_print_pdf(b, rng):
    """Print-to-PDF of the outlet page, text taken out of the PDF."""
    ctx = b.ctx
    d = ctx.date + timedelta(days=rng.randint(0, 40), hours=rng.randint(0, 5))
    short_title = ctx.title if len(ctx.title) < 50 else ctx.title[:47].rsplit(" ", 1)[0] + "…"
    header = f"{d.day}/{d.month}/{d:%y}, {d:%H:%M} {short_title} - {ctx.outlet[0]}"
    n = len(ctx.paras)
    npages = 1 + (n >= 4) + (n >= 8)
    breaks = sorted(rng.sample(range(1, n), npages - 1)) if npages > 1 else []
    state = {"page": 1}

    def page_break(bb):
        bb.w(f"{ctx.url} {state['page']}/{npages}")
        state["page"] += 1
        bb.w(header)
    b.w(header)
    b.S(ctx.outlet[0].upper())
    b.w("  ".join(rng.sample(MENU_ITEMS, 8)))
    b.w(f"Trang chủ > {_sec(ctx)}")
    b.T()
    b.D(fmt_date(ctx.date, rng.choice(["full", "bar", "updated"])))
    b.w(rng.choice(["Chia sẻ  Bình luận  In bài", "A- A+  In  Lưu"]))
    weave(b, rng, ["inline", "cap", "after", "video", "info"], nfig=(1, 3), lead_fig=0.5,
          page_break=(set(breaks), page_break))
    b.add("byline", byline_line(ctx, rng))
    if rng.random() < 0.7:
        related_block(b, rng, rng.randint(2, 4), rng.choice(["plain", "date", "joined"]),
                      heading="Tin liên quan")
    b.w(f"© {ctx.date.year} {ctx.outlet[0]}. Ghi rõ nguồn khi phát hành lại thông tin.")
    b.w(f"{ctx.url} {state['page']}/{npages}")


def lay_search_cache(b, rng):
    """Search engine 'Tìm Nhanh' cached copy, text-only version."""
    ctx = b.ctx
    snap = ctx.date + timedelta(days=rng.randint(1, 60), hours=rng.randint(0, 23))
    b.w(f"Đây là bản lưu trong bộ nhớ đệm của Tìm Nhanh của {ctx.url}. Đây là ảnh chụp nhanh của "
        f"trang vào lúc {snap:%H:%M:%S} GMT ngày {snap.day} thg {snap.month}, {snap.year}.")
    b.w("Trang hiện tại có thể đã thay đổi trong thời gian chờ đợi. Tìm hiểu thêm.")
    b.w("Phiên bản đầy đủ   Phiên bản chỉ có văn bản   Xem nguồn")
    b.w("Mẹo: Để tìm cụm từ tìm kiếm trên trang này một cách nhanh chóng, hãy nhấn Ctrl+F hoặc "
        "⌘-F (Mac) và sử dụng thanh tìm kiếm.")
    b.w("Đăng nhập | Đăng ký")
    b.S(ctx.outlet[0])
    for item in rng.sample(MENU_ITEMS, rng.randint(5, 8)):
        b.w(item)
    b.w(f"{_sec(ctx)} » {rng.choice(['Tin nóng', 'Trong nước', 'Địa phương', 'Điều tra'])}")
    b.T()
    b.D(fmt_date(ctx.date, rng.choice(["full", "dash", "published"])))
    b.w(f"Chia sẻ   Thích {rng.randint(0, 300)}")
    weave(b, rng, ["alt", "after", "cap", "credit"], nfig=(1, 3), lead_fig=0.5)
    b.add("byline", byline_line(ctx, rng))
    b.w("Từ khoá: " + ", ".join(rng.sample(TRENDING, 3)))
    related_block(b, rng, rng.randint(3, 5), rng.choice(["plain", "date", "joined"]),
                  heading="Tin cùng chuyên mục")
    nc = rng.randint(0, 3)
    if nc:
        b.w(f"Ý kiến bạn đọc ({nc})")
        comments(b, rng, nc)
    b.w(f"© {ctx.outlet[0]} · Liên hệ quảng cáo: {phone(rng)}")


def lay_translate(b, rng):
    """Page opened through translation proxy 'Dịch Mây' -- chrome translated, story not yet."""
    ctx = b.ctx
    b.w("Dịch Mây")
    b.w("Gốc: Tiếng Việt ▸ Dịch sang: Tiếng Anh")
    b.w("Xem: Bản gốc | Bản dịch")
    b.w("Đóng khung dịch ×")
    b.S(ctx.outlet[0])
    b.w(rng.choice(["Home | News | World | Business | Sports | Law",
                    "Home  News  Entertainment  Health  Education  Travel"]))
    b.w(f"News > {rng.choice(['Society', 'Traffic', 'Law', 'Environment', 'Education'])}")
    b.T()
    b.D(fmt_date(ctx.date, rng.choice(["en", "full"])))
    b.w(rng.choice(["Share  Like  Save", "Share | Comment | Print"]))
    n = len(ctx.paras)
    slots = set(rng.sample(range(n), min(n, rng.randint(1, 3))))
    for i, p in enumerate(ctx.paras):
        if i in slots:
            if rng.random() < 0.6:
                b.extend(figure(ctx, rng, "en", lang="en"))
            else:
                b.extend(figure(ctx, rng, rng.choice(["inline", "after"])))
        b.para(p)
    b.add("byline", rng.choice([byline_line(ctx, rng, "en"), ctx.byname.upper()]))
    b.w(rng.choice(["Related news", "Read more", "Same category"]))
    related_block(b, rng, rng.randint(2, 4), rng.choice(["plain", "bullet", "joined"]))
    b.w("Đóng góp bản dịch tốt hơn")
    b.w("Bản dịch tự động có thể không chính xác.")


def lay_text_only(b, rng):
    """Accessibility / text-only version of the outlet page."""
    ctx = b.ctx
    b.w("Chuyển đến nội dung chính")
    b.w("Cỡ chữ: A- A A+ | Tương phản cao | Nghe đọc bài")
    b.S(ctx.outlet[0])
    b.w(f"Bạn đang ở: Trang chủ > {_sec(ctx)}")
    b.T()
    b.D(fmt_date(ctx.date, rng.choice(["full", "words"])))
    b.add("byline", byline_line(ctx, rng, "author"))
    n = len(ctx.paras)
    slots = set(rng.sample(range(n), min(n, rng.randint(1, 3))))
    for i, p in enumerate(ctx.paras):
        if i in slots:
            cap = scene_caption(ctx, rng)
            form = rng.random()
            if form < 0.4:
                b.add("caption", f"Hình ảnh: {cap}")
            elif form < 0.7:
                b.w("Hình ảnh")
                b.add("caption", f"Chú thích ảnh: {cap}")
                b.add("credit", f"Tác giả ảnh: {pen_name(rng)}")
            else:
                b.add("caption", cap if cap.startswith("Ảnh") else f"Ảnh: {cap}")
        b.para(p)
    b.w("Liên kết liên quan:")
    for _ in range(rng.randint(2, 4)):
        item = next_related(ctx)
        if item:
            b.add("related", f"Liên kết: {item['h']}")
    b.w("Về đầu trang")


def lay_archive(b, rng):
    """Archived copy from 'Kho Lưu Mạng' with its banner over an old page design."""
    ctx = b.ctx
    y = ctx.date.year
    b.w("KHO LƯU MẠNG")
    b.w(ctx.url.replace("https://", "http://www."))
    b.w(f"Đi tới | {rng.randint(3, 90)} bản chụp | {ctx.date:%d/%m/%Y} – "
        f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{y + rng.randint(1, 4)}")
    m = ctx.date.month
    b.w("  ".join(f"THG {((m + k - 2) % 12) + 1}" for k in range(3)))
    b.w(f"{y - 1}  {y}  {y + 1}")
    b.w("Thu thập bởi: Dự án lưu trữ báo chí tự động")
    b.w("Giới thiệu bản lưu này | Đóng")
    b.S(ctx.outlet[0])
    b.w(" | ".join(rng.sample(MENU_ITEMS, 6)))
    b.T()
    b.D(fmt_date(ctx.date, rng.choice(["bar", "dash", "full_low"])))
    weave(b, rng, ["after", "before", "cap", "paren", "gallery", "info"], nfig=(1, 3),
          lead_fig=0.6,
          mid_related=lambda bb, r: related_block(bb, r, 1, "xemthem"))
    b.add("byline", byline_line(ctx, rng))
    related_block(b, rng, rng.randint(2, 4), "date", heading="Các tin khác")
    b.w(f"Bản quyền © {ctx.date.year} {ctx.outlet[0]}")
    b.w("Bản lưu do Kho Lưu Mạng tạo. Nội dung thuộc về chủ sở hữu trang gốc.")


def lay_markdown(b, rng):
    """Read-later app 'Góc Đọc' -- Markdown export."""
    ctx = b.ctx
    b.w("---")
    b.w(f'title: "{ctx.title}"')
    b.w(f"source: {ctx.url}")
    b.w(f"saved: {ctx.date + timedelta(days=rng.randint(0, 9)):%Y-%m-%d}")
    b.w(f"tags: [{SECTIONS[ctx.cat][1]}, doc-sau]")
    b.w("---")
    b.T()
    if rng.random() < 0.6:
        b.D(fmt_date(ctx.date, "short"))
    if rng.random() < 0.8:
        b.add("byline", f"**{ctx.byname}**" if rng.random() < 0.5 else f"*{ctx.byname}*")
    weave(b, rng, ["md", "md", "cap"], nfig=(1, 3), lead_fig=0.7)
    b.w(f"[Đọc bài gốc]({ctx.url})")


def lay_full_clip(b, rng):
    """Web clipper 'Kẹp Giấy', full-page mode: the site's furniture comes along."""
    ctx = b.ctx
    b.w("Kẹp Giấy — toàn trang")
    b.w(ctx.url)
    b.w("Đăng nhập  |  Đăng ký")
    b.w(rng.choice(["Hà Nội 27°C", "TP HCM 33°C", "Đà Nẵng 29°C", "Huế 24°C"]))
    b.S(ctx.outlet[0])
    b.w("  ".join(rng.sample(MENU_ITEMS, 9)))
    b.w("Nóng: " + " | ".join(rng.sample(TRENDING, 3)))
    b.w(f"{_sec(ctx)} / {rng.choice(['Tin nhanh', 'Hồ sơ', 'Phóng sự', 'Địa phương'])}")
    b.T()
    b.D(fmt_date(ctx.date, rng.choice(["full", "bar", "dash"])))
    b.w(rng.choice(["Thích 0  Chia sẻ", "↗ Chia sẻ   ♡ Lưu   💬 Bình luận"]))
    weave(b, rng, ["inline", "paren", "after", "video", "gallery", "portrait", "info"],
          nfig=(1, 4),
          lead_fig=0.7, mid_related=lambda bb, r: related_block(
              bb, r, r.randint(1, 2), r.choice(["xemthem", "bullet"]),
              heading=r.choice([None, "TIN LIÊN QUAN"])))
    b.add("byline", byline_line(ctx, rng))
    b.w("Từ khoá: " + " / ".join(rng.sample(TRENDING, 3)))
    b.w(rng.choice(["QUẢNG CÁO", "Tài trợ"]))
    b.w(rng.choice(AD_LINES))
    related_block(b, rng, rng.randint(2, 4), rng.choice(["teaser", "ago"]),
                  heading=rng.choice(["Tin cùng chuyên mục", "Có thể bạn quan tâm"]))
    nc = rng.randint(1, 4)
    b.w(f"Bình luận ({nc})")
    comments(b, rng, nc)
    b.w("Gửi bình luận")
    b.w(f"Tổng biên tập: {full_name(rng)}")
    b.w(f"Giấy phép số {rng.randint(10, 499)}/GP-TTĐT cấp ngày {rng.randint(1, 28)}/"
        f"{rng.randint(1, 12)}/{rng.randint(2009, 2014)}")


def lay_ereader(b, rng):
    """'Sách Gửi' -- send-to-e-reader conversion, read back as text."""
    ctx = b.ctx
    sent = ctx.date + timedelta(hours=rng.randint(1, 100))
    b.w(f"Gửi bằng Sách Gửi · {sent:%d/%m/%Y %H:%M}")
    b.S(ctx.outlet[0])
    b.T()
    b.D(fmt_date(ctx.date, rng.choice(["short", "words"])))
    if rng.random() < 0.8:
        b.add("byline", byline_line(ctx, rng, rng.choice(["pen", "full", "pair"])))
    n = len(ctx.paras)
    slots = set(rng.sample(range(n), min(n, rng.randint(1, 3))))
    links = []
    moved = rng.random() < 0.5          # the converter floats figures to the end
    notes = []
    for i, p in enumerate(ctx.paras):
        if i in slots:
            if moved:
                b.w(f"[Hình {len(notes) + 1}]")
                notes.append((scene_caption(ctx, rng), photo_credit(ctx, rng)))
            else:
                b.w("[Ảnh đã lược bỏ để giảm dung lượng]")
                if rng.random() < 0.75:
                    b.add("caption", scene_caption(ctx, rng))
                if rng.random() < 0.4:
                    b.add("credit", photo_credit(ctx, rng))
        b.para(p)
    if notes:
        b.w("Chú thích hình")
        for j, (cap, cred) in enumerate(notes, 1):
            if rng.random() < 0.5:
                b.add("caption", f"Hình {j}. {cap} ({cred})")
            else:
                b.add("caption", f"Hình {j}. {cap}")
    for _ in range(rng.randint(1, 3)):
        item = next_related(ctx)
        if item:
            links.append(rel_url(ctx, item))
    if links:
        b.w("Liên kết trong bài")
        for j, u in enumerate(links, 1):
            b.w(f"{j}. {u}")
    b.w("Tài liệu được tạo bởi Sách Gửi – sachgui.vn")


def lay_digest(b, rng):
    """Aggregator digest e-mail 'Điểm Tin 7 Giờ'."""
    ctx = b.ctx
    issue = ctx.date + timedelta(days=1)
    total = rng.randint(4, 6)
    pos = rng.randint(1, total)
    b.w("ĐIỂM TIN 7 GIỜ")
    b.w(f"Số {rng.randint(100, 999)} · {WEEKDAYS[issue.weekday()]}, {issue:%d/%m/%Y}")
    for idx in range(1, total + 1):
        b.w(f"Tin {idx}/{total}")
        if idx == pos:
            b.T()
            b.add("credit", rng.choice([f"Nguồn: {ctx.outlet[0]}", f"Nguồn: {ctx.outlet[1]}"]))
            b.D(fmt_date(ctx.date, rng.choice(["short", "dash"])))
            weave(b, rng, ["paren", "cap"], nfig=(0, 2), lead_fig=0.3)
            if rng.random() < 0.6:
                b.add("byline", byline_line(ctx, rng, rng.choice(["pen", "theo"])))
        else:
            related_block(b, rng, 1, "teaser_more")
    b.w("Bạn nhận email này vì đã đăng ký Điểm Tin 7 Giờ. Ngừng nhận tin")


def lay_social(b, rng):
    """Social feed 'Bạn Bè Online' -- a shared post copied with its comments."""
    ctx = b.ctx
    who = full_name(rng)
    b.w(f"{who} đã chia sẻ một liên kết.")
    b.w(f"{rng.randint(1, 23)} giờ · 🌐")
    b.w(rng.choice(["Đọc mà thấy buồn...", "Mọi người chú ý nhé!", "Lại nữa rồi.",
                    "Chia sẻ để nhiều người biết.", "Không thể tin nổi!"]))
    weave(b, rng, ["cap", "after", "credit"], nfig=(0, 2), lead_fig=0.4)
    if rng.random() < 0.7:
        form = rng.random()
        if form < 0.4:
            b.add("byline", f"(Theo {ctx.outlet[0]})")
        elif form < 0.7:
            b.add("credit", f"Nguồn: {ctx.outlet[0]}")
        else:
            b.add("byline", byline_line(ctx, rng, "pen"))
    b.S(ctx.outlet[1].upper())
    b.T()
    pv = preview_of(ctx, rng, hi=100, ell="...")
    if pv and rng.random() < 0.7:
        b.w(pv)
    b.w(f"👍❤️😮 {rng.randint(10, 900)}   {rng.randint(1, 90)} bình luận   "
        f"{rng.randint(1, 40)} lượt chia sẻ")
    b.w("Thích   Bình luận   Chia sẻ")
    b.w("Phù hợp nhất ▾")
    comments(b, rng, rng.randint(1, 4), style="social")
    b.w("Viết bình luận...")


def lay_forum(b, rng):
    """Forum repost on 'Diễn đàn Phố Cổ Online'."""
    ctx = b.ctx
    nick = strip_accents(pen_name(rng)).lower().replace(" ", "") + str(rng.randint(70, 99))
    b.w("Diễn đàn Phố Cổ Online")
    b.w("Diễn đàn › Thời sự › Tin trong nước")
    b.T()
    b.w(f"Thảo luận trong 'Tin trong nước' bắt đầu bởi {nick}, {ctx.date.day}/{ctx.date.month}/"
        f"{ctx.date.year}.")
    b.w(nick)
    b.w(rng.choice(["Thành viên tích cực", "Thành viên mới", "Thành viên VIP"]))
    b.w(f"Bài viết: {rng.randint(12, 9000):,}".replace(",", "."))
    b.w("#1")
    n = len(ctx.paras)
    slots = set(rng.sample(range(n), min(n, rng.randint(1, 2))))
    for i, p in enumerate(ctx.paras):
        if i in slots:
            cap = scene_caption(ctx, rng)
            b.add("caption", rng.choice([f"[Hình: {cap.rstrip('.')}]", f"({cap.rstrip('.')})",
                                         cap]))
        b.para(p)
    if rng.random() < 0.6:
        b.add("byline", byline_line(ctx, rng, rng.choice(["pen", "caps"])))
    b.add("credit", rng.choice([f"Nguồn: {ctx.outlet[1]}", f"Nguồn: {ctx.outlet[0]}",
                                f"Nguồn tin: {ctx.outlet[0]}"]))
    b.w("Trả lời   Trích dẫn   Thích")
    comments(b, rng, rng.randint(1, 3), style="forum")
    if rng.random() < 0.7:
        related_block(b, rng, rng.randint(2, 4), "plain", heading="Chủ đề tương tự")
    b.w("Bạn phải đăng nhập để trả lời chủ đề này.")


def lay_press_clip(b, rng):
    """Press-clipping service 'Điểm báo' compiled for an office."""
    ctx = b.ctx
    issue = ctx.date + timedelta(days=rng.choice([0, 1]))
    b.w("CÔNG TY CP THEO DÕI TRUYỀN THÔNG SAO VIỆT")
    b.w(f"BẢN ĐIỂM BÁO NGÀY {issue:%d/%m/%Y}")
    b.w(f"Chủ đề: {_sec(ctx)} | Sắc thái: {rng.choice(['Trung lập', 'Tiêu cực', 'Tích cực'])}")
    b.w(f"Bài số {rng.randint(1, 9)}/{rng.randint(10, 24)}")
    b.S(ctx.outlet[0])
    b.w(f"Chuyên mục: {_sec(ctx)}")
    b.D(fmt_date(ctx.date, "posted"))
    b.add("byline", byline_line(ctx, rng, "author"))
    b.w(f"Link: {ctx.url}")
    b.T()
    n = len(ctx.paras)
    slots = set(rng.sample(range(n), min(n, rng.randint(1, 2))))
    for i, p in enumerate(ctx.paras):
        if i in slots:
            b.add("caption", f"Ảnh trong bài: {scene_caption(ctx, rng).rstrip('.')} "
                             f"({photo_credit(ctx, rng)})")
        b.para(p)
    b.w("---")
    b.w("CÁC BÀI CÙNG CHỦ ĐỀ")
    related_block(b, rng, rng.randint(2, 4), "outlet")
    b.w("Bản điểm báo chỉ dùng cho mục đích nội bộ, không phát hành lại.")


def lay_print_view(b, rng):
    """The outlet's own print-friendly view ('Bản in')."""
    ctx = b.ctx
    b.w("In bài viết | Đóng cửa sổ")
    b.S(ctx.outlet[0])
    b.w(f"Địa chỉ bài viết: {ctx.url}")
    b.T()
    b.D(fmt_date(ctx.date, rng.choice(["full", "updated", "full_low"])))
    n = len(ctx.paras)
    slots = sorted(rng.sample(range(n), min(n, rng.randint(1, 3))))
    num = 0
    for i, p in enumerate(ctx.paras):
        if i in slots:
            num += 1
            cap = scene_caption(ctx, rng)
            form = rng.random()
            if form < 0.5:
                b.add("caption", f"Ảnh {num}: {cap}")
            elif form < 0.8:
                b.add("caption", f"{cap} ({photo_credit(ctx, rng)})")
            else:
                b.add("caption", cap)
                b.add("credit", photo_credit(ctx, rng))
        b.para(p)
    b.add("byline", byline_line(ctx, rng))
    b.w(f"Bản quyền © {ctx.date.year} {ctx.outlet[0]}. Cấm sao chép dưới mọi hình thức nếu "
        f"không có sự đồng ý bằng văn bản.")
    b.w(f"Toà soạn: số {rng.randint(2, 200)} đường Gió Nam, ĐT: (028) 3{rng.randint(100, 999)} "
        f"{rng.randint(1000, 9999)}")


LAYOUTS = [
    ("reader_view", lay_reader_view), ("read_later", lay_read_later),
    ("web_clipper", lay_web_clipper), ("newsletter", lay_newsletter),
    ("fwd_email", lay_fwd_email), ("chat_share", lay_chat_share),
    ("rss_reader", lay_rss_reader), ("print_pdf", lay_print_pdf),
    ("search_cache", lay_search_cache), ("translate", lay_translate),
    ("text_only", lay_text_only), ("archive", lay_archive),
    ("markdown", lay_markdown), ("full_clip", lay_full_clip),
    ("ereader", lay_ereader), ("digest", lay_digest),
    ("social", lay_social), ("forum", lay_forum),
    ("press_clip", lay_press_clip), ("print_view", lay_print_view),
]


# --------------------------------------------------------------------------------------------
# Scraper faults (about a quarter of the pages)
# --------------------------------------------------------------------------------------------
FAULTS = ("nbsp", "zwsp", "double_space", "glued", "nfd")


def _spaces(s):
    return [i for i, ch in enumerate(s) if ch == " "]


def _nbsp(s, rng):
    pos = _spaces(s)
    for i in rng.sample(pos, min(len(pos), rng.randint(1, 3))):
        s = s[:i] + "\u00a0" + s[i + 1:]
    return s


def _zwsp(s, rng):
    pos = _spaces(s)
    if not pos:
        return s
    for i in sorted(rng.sample(pos, min(len(pos), rng.randint(1, 2))), reverse=True):
        s = s[:i + 1] + "\u200b" + s[i + 1:] if rng.random() < 0.6 else s[:i] + "\u200b" + s[i:]
    return s


def _double(s, rng):
    pos = _spaces(s)
    if not pos:
        return s
    i = rng.choice(pos)
    return s[:i] + "  " + s[i + 1:]


def choose_faults(row):
    rng = rng_for(row, "faults")
    if rng.random() >= 0.26:
        return []
    k = 1 if rng.random() < 0.7 else 2
    return sorted(rng.sample(FAULTS, k), key=FAULTS.index)


def apply_faults(entries, faults, row):
    """entries -> entries with faults; also the glued halves (for the contract check)."""
    rng = rng_for(row, "fault-apply")
    halves = []
    out = []
    glue_at = set()
    if "glued" in faults:
        cands = [(e, j) for e, (code, payload) in enumerate(entries) if code == "B"
                 for j in range(len(payload) - 1)
                 if payload[j].endswith(".") and payload[j + 1][:1].isupper()]
        glue_at = set(rng.sample(cands, min(len(cands), rng.randint(1, 3))))
    for e, (code, payload) in enumerate(entries):
        if code == "B":
            items = list(payload)
            merged = []
            j = 0
            while j < len(items):
                if (e, j) in glue_at and j + 1 < len(items):
                    halves.append((items[j], items[j + 1]))
                    merged.append(items[j] + items[j + 1])
                    j += 2
                    continue
                merged.append(items[j])
                j += 1
            items = merged
            new = []
            for it in items:
                if "nbsp" in faults and rng.random() < 0.4:
                    it = _nbsp(it, rng)
                if "zwsp" in faults and rng.random() < 0.35:
                    it = _zwsp(it, rng)
                if "double_space" in faults and rng.random() < 0.35:
                    it = _double(it, rng)
                new.append(it)
            out.append((code, new))
        elif code in KINDS:
            line = payload
            if "nbsp" in faults and rng.random() < 0.3:
                line = _nbsp(line, rng)
            if "zwsp" in faults and rng.random() < 0.2:
                line = _zwsp(line, rng)
            if "double_space" in faults and rng.random() < 0.25:
                line = _double(line, rng)
            out.append((code, line))
        else:
            out.append((code, payload))
    if "nfd" in faults:
        nfd = lambda s: unicodedata.normalize("NFD", s)
        out = [(c, [nfd(x) for x in p]) if c == "B" else (c, nfd(p)) for c, p in out]
        halves = [(nfd(a), nfd(b)) for a, b in halves]
    return out, halves


# --------------------------------------------------------------------------------------------
# Assembling and checking a page
# --------------------------------------------------------------------------------------------
class ContractError(ValueError):
    pass


def assemble(entries):
    lines, body, furniture = [], [], []
    unlabelled = []
    for code, payload in entries:
        if code == "B":
            if not payload:
                continue
            body.extend(payload)
            lines.append(" ".join(payload))
        elif code in ("T", "D", "S"):
            lines.append(payload)
            unlabelled.append(payload)
        else:
            lines.append(payload)
            furniture.append((code, payload))
    return "\n".join(lines), body, furniture, unlabelled


def _split_glued(item):
    """Halves of a glued pair: a full stop followed at once by a capital letter."""
    parts = re.split(r"(?<=[.!?…])(?=[A-ZĐÀ-ỸĂÂÊÔƠƯ])", unicodedata.normalize("NFC", item))
    return [p for p in parts if p.strip()]


def check_page(page, title, unlabelled_expected, halves=()):
    """Raise ContractError on any breach of the labelling contract."""
    def fail(msg):
        raise ContractError(f"[{page.layout}] {msg}")
    text, body, furniture = page.text, page.body, page.furniture
    if not isinstance(text, str) or not text.strip():
        fail("empty text")
    lines = text.split("\n")
    if "\n".join(lines) != text:
        fail("text/lines mismatch")
    for ln in lines:
        if not ln or ln != ln.strip() or not ln.strip():
            fail(f"line not stripped or blank: {ln!r}")
        if len(ln.splitlines()) != 1:
            fail(f"hidden line break in {ln!r}")
    if not body:
        fail("no body")
    for kind, line in furniture:
        if kind not in KINDS:
            fail(f"bad kind {kind}")
    for it in body:
        if not it or it != it.strip() or "\n" in it:
            fail(f"bad body item {it!r}")
        if it not in text:
            fail(f"body item not in text: {it[:60]!r}")
    # walk the lines: every line is body (1-4 items), the next furniture entry, or unlabelled
    bi = fi = 0
    unl = []
    for ln in lines:
        matched = False
        for n in (1, 2, 3, 4):
            if bi + n <= len(body) and " ".join(body[bi:bi + n]) == ln:
                bi += n
                matched = True
                break
        if matched:
            continue
        if fi < len(furniture) and furniture[fi][1] == ln:
            fi += 1
            continue
        unl.append(ln)
    if bi != len(body):
        fail("body items out of order or not on their own lines")
    if fi != len(furniture):
        fail("furniture out of order")
    if len(unl) > 3:
        fail(f"{len(unl)} unlabelled lines: {unl}")
    if unl != list(unlabelled_expected):
        fail(f"unexpected unlabelled lines {unl} vs {unlabelled_expected}")
    if title not in unl:
        fail("title line missing")
    ukeys = [norm_key(u) for u in unl]
    if len(set(ukeys)) != len(ukeys):
        fail("repeated unlabelled line")
    # nothing else may equal a body sentence (glued halves included)
    body_keys = set()
    for it in body:
        body_keys.add(norm_key(it))
        for h in _split_glued(it):
            body_keys.add(norm_key(h))
    for a, b in halves:
        body_keys.add(norm_key(a))
        body_keys.add(norm_key(b))
    for kind, line in furniture:
        k = norm_key(line)
        if k in body_keys:
            fail(f"furniture equals a body sentence: {line[:60]!r}")
        if k in ukeys and kind != "widget":
            fail(f"repeat of title/date/site not labelled widget: {line[:60]!r}")
        if not k:
            fail("empty furniture line")
    for u in unl:
        if norm_key(u) in body_keys:
            fail(f"unlabelled line equals a body sentence: {u[:60]!r}")


# --------------------------------------------------------------------------------------------
# The set
# --------------------------------------------------------------------------------------------
def _layout_order():
    order = list(range(len(LAYOUTS)))
    rng_for(BODY_ROWS.start, "layout-order").shuffle(order)
    return order


def build_all(train_path):
    """[(Page, faults)] for every usable body row, in row order."""
    body_rows, related_rows = read_rows(train_path)
    order = _layout_order()
    out = []
    for k, (row, title, article) in enumerate(body_rows):
        ctx = build_ctx(k, row, title, article, related_rows)
        if not ctx.paras:
            continue
        name, fn = LAYOUTS[order[k % len(order)]]
        b = Builder(ctx)
        fn(b, rng_for(row, f"layout:{name}"))
        faults = choose_faults(row)
        entries, halves = apply_faults(b.entries, faults, row)
        text, body, furniture, unlabelled = assemble(entries)
        page = Page(text=text, body=body, furniture=furniture, layout=name)
        title_shown = next(p for c, p in entries if c == "T")
        check_page(page, title_shown, unlabelled, halves)
        out.append((page, faults))
    return out


def pages(train_path):
    return [p for p, _ in build_all(train_path)]


def totals(built):
    cols = ["pages", "body"] + list(KINDS) + list(FAULTS)
    rows = {}
    for page, faults in built:
        r = rows.setdefault(page.layout, dict.fromkeys(cols, 0))
        r["pages"] += 1
        r["body"] += len(page.body)
        for kind, _ in page.furniture:
            r[kind] += 1
        for f in faults:
            r[f] += 1
    total = dict.fromkeys(cols, 0)
    for r in rows.values():
        for c in cols:
            total[c] += r[c]
    return cols, rows, total


def main(argv):
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[-1].strip(), file=sys.stderr)
        return 2
    built = build_all(argv[1])
    cols, rows, total = totals(built)
    names = [n for n, _ in LAYOUTS if n in rows]
    heads = ["layout"] + cols
    width = [max(len(h), 12) if i == 0 else max(len(h), 5) for i, h in enumerate(heads)]
    print("  ".join(h.ljust(width[i]) if i == 0 else h.rjust(width[i])
                    for i, h in enumerate(heads)))
    for n in names + ["TOTAL"]:
        r = total if n == "TOTAL" else rows[n]
        cells = [n] + [str(r[c]) for c in cols]
        print("  ".join(c.ljust(width[i]) if i == 0 else c.rjust(width[i])
                        for i, c in enumerate(cells)))
    lines = sum(len(p.text.split("\n")) for p, _ in built)
    print(f"\n{total['pages']} pages, {lines} lines, {total['body']} body items, "
          f"{sum(total[k] for k in KINDS)} furniture lines, "
          f"{sum(1 for _, f in built if f)} pages with faults")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
