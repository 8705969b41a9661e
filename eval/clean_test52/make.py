#!/usr/bin/env python3
"""clean_test52: the everyday pages of ordinary Vietnamese news sites, as a reader meets them.

A blind, held-out evaluation set for the Vietnamese news-page cleaner. Every line of every page
is labelled: the story's own sentences are `body`, everything else is furniture with a kind
(`byline`, `credit`, `caption`, `related`, `widget`), except at most three unlabelled lines (the
title, one date line and one site-name line).

Usage: python eval/clean_test52/make.py /work/shared/data/vietnews_train.jsonl.gz

Standard library only. See README.md in this folder for the contract.
"""
import gzip
import json
import random
import re
import sys
import unicodedata
from datetime import datetime, timedelta
from typing import NamedTuple

SEED = 5252
BODY_ROWS = range(17_200, 17_300)
RELATED_ROWS = range(19_200, 19_300)
LAST_ROW = max(BODY_ROWS.stop, RELATED_ROWS.stop) - 1  # 19_299
FAULT_RATE = 0.25
KINDS = ("byline", "credit", "caption", "related", "widget")
FAULTS = ("nbsp", "zwsp", "double_space", "glued", "nfd")
RELATED_CHARS = 1200  # related rows: only the title and this much of the article are used


class Page(NamedTuple):
    text: str
    body: list
    furniture: list
    layout: str


def rnd(row, purpose):
    """Every draw comes from here; string seeds do not depend on PYTHONHASHSEED."""
    return random.Random(f"test52|{SEED}|{row}|{purpose}")


# --------------------------------------------------------------------------------------------
# Reading
# --------------------------------------------------------------------------------------------

def parse_row(raw):
    """(title, article) of a usable row, else None. `summary` is never read."""
    if not raw.strip():
        return None
    try:
        obj = json.loads(raw)
    except ValueError:  # JSONDecodeError and UnicodeDecodeError
        return None
    if not isinstance(obj, dict):
        return None
    title, article = obj.get("title"), obj.get("article")
    if not isinstance(title, str) or not isinstance(article, str):
        return None
    title, article = title.strip(), article.strip()
    if not title or not article:
        return None
    return title, article


def read_rows(path):
    """One streaming pass over the gz file; rows are physical lines split on b"\\n"."""
    body, related = [], []
    with gzip.open(path, "rb") as fh:
        for i, raw in enumerate(fh):
            if i in BODY_ROWS or i in RELATED_ROWS:
                got = parse_row(raw)
                if got is not None:
                    (body if i in BODY_ROWS else related).append((i,) + got)
            if i >= LAST_ROW:
                break
    return body, related


# --------------------------------------------------------------------------------------------
# Sentence splitter for VietNews text (detokenized: quotes and brackets stand apart)
# --------------------------------------------------------------------------------------------

END_PUNCT = (".", "!", "?", "…")
ABBREV = {
    "TP.", "Tp.", "TS.", "Ts.", "PGS.", "GS.", "ThS.", "Th.S.", "BS.", "Bs.", "KS.", "NSND.",
    "NSƯT.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "Q.", "P.", "TT.", "v.v.", "Co.", "Ltd.",
    "No.", "Inc.", "Corp.", "Jr.", "Sr.", "ĐH.", "CN.", "LS.", "Gs.", "Pgs.",
}
QUOTE_TOKENS = ('"', "“", "”")


def _is_abbrev(tok):
    if tok in ABBREV:
        return True
    if re.fullmatch(r"[A-ZĐ]\.", tok):  # single capital initial
        return True
    if re.fullmatch(r"(?:[A-Za-zĐđ]\.){2,}", tok):  # dotted acronym
        return True
    return False


def _starts_new(tok):
    ch = tok[0]
    return ch.isupper() or ch.isdigit() or ch in "\"“'‘([" or (
        len(tok) > 1 and tok[0] in "\"“'‘([" and tok[1].isupper())


def _split(tokens, track_quotes):
    out, cur, inq = [], [], False
    for i, tok in enumerate(tokens):
        cur.append(tok)
        closed = False
        if track_quotes:
            n_plain = tok.count('"')
            if n_plain % 2:
                if inq:
                    closed = True
                inq = not inq
            if "“" in tok and "”" not in tok:
                inq = True
            elif "”" in tok and "“" not in tok:
                if inq:
                    closed = True
                inq = False
        if i + 1 == len(tokens):
            break
        nxt = tokens[i + 1]
        boundary = False
        if not inq and tok.endswith(END_PUNCT) and not _is_abbrev(tok):
            boundary = True
        elif closed and tok in QUOTE_TOKENS and len(cur) >= 2 and cur[-2].endswith(END_PUNCT):
            boundary = True
        if boundary and _starts_new(nxt):
            out.append(" ".join(cur))
            cur = []
    if cur:
        out.append(" ".join(cur))
    return out


def split_sentences(text):
    """Whitespace-token splitter; never splits inside quoted speech unless a piece runs long."""
    pieces = []
    for piece in _split(text.split(), True):
        if len(piece) > 700:
            pieces.extend(_split(piece.split(), False))
        else:
            pieces.append(piece)
    return pieces


def terminated(sent):
    toks = sent.split()
    if not toks:
        return False
    if toks[-1].endswith(END_PUNCT):
        return True
    return toks[-1] in QUOTE_TOKENS and len(toks) >= 2 and toks[-2].endswith(END_PUNCT)


def n_words(sent):
    return sum(1 for t in sent.split() if any(ch.isalnum() for ch in t))


# --------------------------------------------------------------------------------------------
# Taking the story out of a VietNews article
# --------------------------------------------------------------------------------------------

ZW = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))


def norm(s):
    """NFC, no zero-width characters, no whitespace, casefolded."""
    s = unicodedata.normalize("NFC", s).translate(ZW)
    return "".join(s.split()).casefold()


TIME_START = re.compile(
    r"^(?:Sáng|Chiều|Trưa|Tối|Đêm|Rạng sáng|Sớm|Ngày|Hôm|Khoảng|Lúc|(?:Đầu|Cuối|Giữa) (?:tháng|năm|tuần)|"
    r"Từ|Trong|Tại|Theo|Sau|Năm|Tháng|Tuần|Gần|Hơn|Vào|\d)")
CONNECTOR_START = re.compile(
    r"^(?:Do|Vì|Nếu|Để|Khi|Dù|Mặc dù|Tuy|Nhưng|Với|Bởi|Cùng|Như|Còn|Và|Song|Trước|Ngoài|Riêng|"
    r"Đây|Đó|Điều|Theo|Sau|Từ|Trong|Tại)\b")
PHOTO_START = re.compile(r"^(?:Hiện trường|Quang cảnh|Toàn cảnh|Cận cảnh|Khung cảnh|Hình ảnh|Video|Clip)\b")
CAPTION_SIGNS = (
    "Ảnh:", "Ảnh :", "Ành:", "Video:", "Video :", "Clip:", "Đồ hoạ:", "Đồ họa:", "Nguồn:", "(Ảnh",
    "(ảnh", "Click", "click vào", "Xem thêm", "Xem video", "Xem clip", "Đọc thêm", "> >", ">>",
    "Infographic", "(phải)", "(trái)", "(giữa)", "từ trái sang", "Mời độc giả", "Mời bạn đọc",
    "Ảnh cắt từ", "Ảnh tư liệu", "Ảnh minh hoạ", "Ảnh minh họa", "Video ", "Clip ",
)
CAPTION_STARTS = re.compile(
    r"^(?:Ảnh(?!\s+hưởng)|Video|Clip|Bản đồ|Vị trí|Đồ hoạ|Đồ họa|Hình|Sơ đồ|Toàn cảnh|Cận cảnh|"
    r"Nguồn|[*+•>\-–])")
FUSED_WORDS = {
    "Hôm", "Theo", "Sau", "Tuy", "Trong", "Tại", "Ngày", "Sáng", "Chiều", "Tối", "Trưa", "Đêm",
    "Khi", "Từ", "Do", "Với", "Để", "Hiện", "Các", "Những", "Nhiều", "Đây", "Đến", "Cũng",
    "Nhưng", "Còn", "Vì", "Nếu", "Song", "Ông", "Bà", "Anh", "Chị", "Khoảng", "Lúc", "Ngoài",
    "Trước", "Riêng", "Bên", "Giữa", "Tháng", "Năm", "Mới", "Chiếc", "Người",
}
NAME_TOKEN = re.compile(r"^[A-ZĐÀ-Ỹ][\wÀ-ỹ']*$")


def _fused_subheading(sent):
    toks = sent.split()
    for a, b in zip(toks[1:], toks[2:]):
        if b in FUSED_WORDS and a[-1:].isalpha() and a[:1].islower():
            return True
    return False


def _bare_name(piece):
    toks = piece.replace("–", "-").split()
    if not 1 <= len(toks) <= 7:
        return False
    if any(ch.isdigit() for ch in piece) or ":" in piece or '"' in piece:
        return False
    words = [t for t in toks if t not in ("-", "và", "/")]
    return 1 <= len(words) <= 6 and all(NAME_TOKEN.match(t) for t in words)


class Story(NamedTuple):
    body: list        # the story's own sentences, in order
    lead_caption: str  # the VietNews lead-photo caption, or ""
    author: str       # a trailing author name, or ""
    source: str       # a trailing "Theo X" credit, or ""
    left_off: int     # sentences of the article that are not on the page


def take_story(title, article):
    sents = split_sentences(article)
    author = source = lead = ""
    left = 0
    # trailing author / source
    if sents and not terminated(sents[-1]):
        last = sents.pop()
        m = re.fullmatch(r"(.+?)\s*\(\s*[Tt]heo\s+([^()]+?)\s*\)", last)
        if m and _bare_name(m.group(1)) and n_words(m.group(2)) <= 5:
            author, source = m.group(1).strip(), "Theo " + m.group(2).strip()
        elif re.fullmatch(r"Theo\s+\S.*", last) and n_words(last) <= 6:
            source = last
        elif _bare_name(last):
            author = last
        else:
            left += 1
    if sents and re.fullmatch(r"Theo\s+[^,]+\.?", sents[-1]) and n_words(sents[-1]) <= 6:
        source = source or sents[-1].rstrip(".")
        sents.pop()
    # lead-photo caption
    if sents:
        first = sents[0]
        w = n_words(first)
        nxt = sents[1] if len(sents) > 1 else ""
        title_start = " ".join(title.split()[:5])
        if first.startswith(title_start) and len(title.split()) >= 5:
            sents.pop(0)
            left += 1
        elif (terminated(first) and '"' not in first and "“" not in first
              and not TIME_START.match(first) and not CONNECTOR_START.match(first)
              and not any(s in first for s in ("Ảnh:", "Video:", "Clip:"))):
            photo_next = re.match(r"(?:Ảnh|Ành|Video|Clip)\s*:", nxt) is not None
            time_next = TIME_START.match(nxt) is not None
            if (PHOTO_START.match(first) or photo_next) and w <= 30:
                sents.pop(0)
                lead = first
            elif w <= 11 or (w <= 18 and time_next):
                sents.pop(0)
                lead = first
            elif w <= 20 or (w <= 30 and time_next and first.count(",") <= 1):
                sents.pop(0)
                left += 1  # unsure: left off the page
    body = []
    for i, s in enumerate(sents):
        w = n_words(s)
        bad = (
            not terminated(s)
            or w < 7
            or len(s) > 900
            or any(sign in s for sign in CAPTION_SIGNS)
            or CAPTION_STARTS.match(s)
            or (s.count('"') % 2 == 1)
            or ("“" in s) != ("”" in s)
            or _fused_subheading(s)
            or (w <= 14 and "," not in s and '"' not in s and "“" not in s)
            or re.fullmatch(r"Theo\s+[^,]+\.", s) is not None
        )
        if bad:
            left += 1
            continue
        body.append(s)
    # no repeats, nothing equal to the title or the caption
    seen = {norm(title)}
    if lead:
        seen.add(norm(lead))
    kept = []
    for s in body:
        k = norm(s)
        if k in seen:
            left += 1
            continue
        seen.add(k)
        kept.append(s)
    if lead and norm(lead) == norm(title):
        lead = ""
    return Story(kept, lead, author, source, left)


# --------------------------------------------------------------------------------------------
# The related pool: headlines, teasers and fallback captions from RELATED_ROWS only
# --------------------------------------------------------------------------------------------

class Pool(NamedTuple):
    headlines: list  # (row, title)
    teasers: list    # (row, sentence of more than 20 words)
    captions: list   # (row, lead caption or a short sentence)


CAPTION_BAD = re.compile(
    r"^(?:Thời gian|Hiện|Tuy|Cụ thể|Dự kiến|Nghe qua|Đã |Đồng thời|Vì vậy|Do đó|Trong khi|Đặc biệt|Thậm chí|Ngoài ra|Bên cạnh|Mặt khác|Trước đó|Như vậy|"
    r"Tiếp đó|Sau đó|Lúc này)|cho biết|cho hay|\bnói\b|khẳng định|nhận định|thông tin|chia sẻ|"
    r"đề nghị|yêu cầu|\btôi\b|chúng tôi")


def build_pool(related):
    heads, teas, caps = [], [], []
    for row, title, article in related:
        heads.append((row, title))
        cut = article[:RELATED_CHARS]
        sents = split_sentences(cut)
        if len(article) > RELATED_CHARS and sents:
            sents = sents[:-1]  # the cut fell inside this piece
        st = take_story(title, " ".join(sents))
        if st.lead_caption:
            caps.append((row, st.lead_caption))
        for s in st.body:
            w = n_words(s)
            if w > 20:
                teas.append((row, s))
            elif (7 <= w <= 18 and '"' not in s and "“" not in s and s.count(",") <= 1
                  and not TIME_START.match(s) and not CONNECTOR_START.match(s)
                  and not CAPTION_BAD.search(s)):
                caps.append((row, s))
    return Pool(heads, teas, caps)


# --------------------------------------------------------------------------------------------
# Page context: furniture helpers shared by the site templates
# --------------------------------------------------------------------------------------------

WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")
SURNAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
            "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Lương", "Tạ", "Mai", "Cao",
            "Kiều", "Quách", "Lâm", "Tôn", "Triệu", "Khúc", "Âu")
MIDDLES = ("Văn", "Thị", "Minh", "Thanh", "Ngọc", "Hữu", "Đức", "Quang", "Thu", "Hoài", "Bảo",
           "Gia", "Kim", "Xuân", "Hồng", "Diệu", "Trọng", "Khánh", "Phương", "Nhật", "Tường",
           "Mỹ", "Thái", "Hải", "Lan")
GIVENS = ("An", "Bình", "Châu", "Duy", "Giang", "Hà", "Hải", "Hạnh", "Hiếu", "Hòa", "Khoa",
          "Lam", "Linh", "Long", "Mai", "Nam", "Nga", "Nhi", "Phong", "Phúc", "Quân", "Sơn",
          "Tâm", "Thảo", "Trang", "Trung", "Tú", "Uyên", "Vy", "Yến", "Đạt", "Khải", "Lộc",
          "Nguyên", "Quỳnh", "Thắng", "Toàn", "Việt", "Vinh", "Hân", "Khuê", "Tuệ", "Sang")
COMMENTS = (
    "Đọc xong mà thấy xót xa quá.",
    "Mong các cơ quan vào cuộc sớm hơn nữa",
    "Bài viết hay, cảm ơn phóng viên!",
    "Chuyện này ở quê tôi cũng gặp hoài 😢",
    "Ủng hộ cách làm này 👍👍",
    "Sao giờ mới xử lý vậy trời",
    "Thông tin hữu ích, mình chia sẻ cho cả nhà đọc rồi.",
    "Cần làm rõ trách nhiệm của những người liên quan!!!",
    "Hy vọng mọi chuyện sớm ổn thỏa.",
    "Tòa soạn cập nhật thêm diễn biến nhé.",
    "Sáng nào tôi cũng đi qua đó, đúng là lo thật.",
    "Ai ở gần đó cho hỏi giờ tình hình sao rồi ạ?",
    "Thành kính chia buồn cùng gia đình.",
    "Quá đúng luôn, mong được nhân rộng",
    "Hóng phần tiếp theo 😅",
    "Đề nghị báo theo sát vụ việc này.",
    "Mấy chục năm rồi vẫn vậy...",
    "Nói thì dễ, làm mới khó.",
    "hay quá ad ơi",
    "Tôi không đồng ý với ý kiến ở trên.",
    "Cảm ơn bài viết, rất đáng suy ngẫm.",
    "Hồi nhỏ tôi cũng từng chứng kiến cảnh y như vậy",
    "Like mạnh cho tác giả ❤️",
    "Chỗ này đáng lẽ phải làm từ lâu rồi",
)
BRANDS = (
    ("Sữa hạt Mộc Lam", "Thơm béo tự nhiên, không đường tinh luyện"),
    ("Điện máy Phú Khang", "Giảm đến 49% điều hòa, trả góp 0%"),
    ("Nệm Ru Êm", "Ngủ ngon mỗi đêm – đổi trả trong 100 ngày"),
    ("Bảo hiểm An Tâm Việt", "Bảo vệ cả gia đình chỉ từ 9.000đ/ngày"),
    ("Trà thảo mộc Đồi Sương", "Thanh nhiệt, ngủ ngon, hoàn toàn từ thiên nhiên"),
    ("Căn hộ Bạch Dương Riverside", "Chỉ 30% nhận nhà, chiết khấu 8%"),
    ("Ngân hàng số Lúa Vàng", "Mở tài khoản online trong 3 phút, nhận ngay 50.000đ"),
    ("Máy lọc nước Suối Ngọc", "Nước sạch chuẩn uống ngay tại vòi"),
    ("Anh ngữ Vượt Sóng", "Học thử miễn phí 2 buổi cùng giáo viên bản ngữ"),
    ("Xe điện Gió Nam", "Đi 120 km một lần sạc, bảo hành pin 5 năm"),
    ("Sơn nhà Mây Hồng", "Bền màu 10 năm, chống thấm vượt trội"),
    ("Thẻ tín dụng Sao Kim", "Hoàn tiền 10% khi mua sắm cuối tuần"),
    ("Nha khoa Nụ Cười Sen", "Niềng răng trả góp, tư vấn miễn phí"),
    ("Du lịch Cánh Buồm Nâu", "Tour Phú Quốc 3N2Đ trọn gói chỉ 3,99 triệu"),
)
TOPICS = ("Mưa lũ miền Trung", "Kỳ thi THPT quốc gia", "Giá xăng dầu", "An toàn giao thông",
          "Tết Nguyên đán", "Phòng chống cháy nổ", "Ô nhiễm không khí", "Chống hàng giả",
          "Quy hoạch đô thị", "Nắng nóng kỷ lục", "Bầu cử", "Dịch sốt xuất huyết")
OUTLETS = ("Tuần san Bến Nghé", "Nhật báo Hải Đăng", "Tạp chí Cánh Diều Xanh", "Bản tin Miền Lúa",
           "Báo Mây Trắng", "Tập san Kinh Kỳ", "Bán nguyệt san Đồi Chè", "Tuần báo Sông Thương",
           "Đài Phát thanh Cao Nguyên Xanh", "Tạp chí Phố Hội", "Báo điện tử Trường Giang",
           "Bản tin Thị trường Phố Núi")


def thousands(n):
    return f"{n:,}".replace(",", ".")


def make_paragraphs(body, r):
    """Group the story's sentences into paragraphs of 1 to 4 sentences; the sapo has 1 or 2."""
    paras, i = [], 0
    while i < len(body):
        if not paras:
            n = r.choice((1, 1, 2))
        else:
            n = r.choice((1, 2, 2, 2, 3, 3, 3, 4))
        paras.append(body[i:i + n])
        i += n
    return paras


class Ctx:
    def __init__(self, row, title, story, pool):
        self.row, self.title, self.story = row, title, story
        self.r = rnd(row, "page")
        self.items = []
        self.unl = set()
        block = {norm(s) for s in story.body} | {norm(title)}
        pr = rnd(row, "related")
        self.heads = [t for _, t in pool.headlines if norm(t) not in block]
        self.teas = [t for _, t in pool.teasers if norm(t) not in block]
        self.caps = [t for _, t in pool.captions if norm(t) not in block]
        for lst in (self.heads, self.teas, self.caps):
            pr.shuffle(lst)
        self.paras = make_paragraphs(story.body, rnd(row, "paras"))
        self.pi = 0
        self.dt = datetime(2016, 1, 1, 0, 0) + timedelta(
            days=self.r.randrange(0, 1000), minutes=self.r.randrange(5 * 60 + 30, 23 * 60))
        self._pen = None
        self.lead_used = False

    # ---- random helpers
    def pick(self, seq):
        return self.r.choice(seq)

    def chance(self, p):
        return self.r.random() < p

    def n(self, lo, hi):
        return self.r.randint(lo, hi)

    # ---- dates
    def wd(self, dt=None):
        return WEEKDAYS[(dt or self.dt).weekday()]

    def dmy(self, sep="/", dt=None, pad=True):
        d = dt or self.dt
        if pad:
            return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"
        return f"{d.day}{sep}{d.month}{sep}{d.year}"

    def clock(self, dt=None, sep=":"):
        d = dt or self.dt
        return f"{d.hour:02d}{sep}{d.minute:02d}"

    def later(self, minutes):
        return self.dt + timedelta(minutes=minutes)

    def earlier(self, minutes):
        return self.dt - timedelta(minutes=minutes)

    # ---- names
    def name(self):
        return f"{self.pick(SURNAMES)} {self.pick(MIDDLES)} {self.pick(GIVENS)}"

    def pen(self):
        return f"{self.pick(MIDDLES[2:])} {self.pick(GIVENS)}"

    def writer(self):
        """The story's own trailing author if there was one, else an invented staff name."""
        if self.story.author:
            return self.story.author
        if self._pen is None:
            self._pen = self.pen()
        return self._pen

    # ---- lines
    def add(self, kind, line):
        if line is None:
            return
        line = " ".join(str(line).split())
        if line:
            self.items.append((kind, line))

    def w(self, *lines):
        for line in lines:
            self.add("widget", line)

    def by(self, line):
        self.add("byline", line)

    def cred(self, line):
        self.add("credit", line)

    def cap(self, line):
        self.add("caption", line)

    def rel(self, line):
        self.add("related", line)

    def _unl(self, tag, line):
        line = " ".join(line.split())
        if tag in self.unl:
            self.add("widget", line)
        else:
            self.unl.add(tag)
            self.items.append(("unl", line))

    def site_line(self, line):
        self._unl("site", line)

    def title_line(self, upper=False):
        self._unl("title", self.title.upper() if upper else self.title)

    def date_line(self, line):
        self._unl("date", line)

    # ---- the story
    def para(self, n=1):
        for _ in range(n):
            if self.pi < len(self.paras):
                self.items.append(("body", list(self.paras[self.pi])))
                self.pi += 1

    def story_rest(self, inserts=()):
        """The remaining paragraphs, with the inserts spread over the gaps between them, in order."""
        inserts = [f for f in inserts if f]
        rest = len(self.paras) - self.pi
        gaps = list(range(1, rest))
        k = min(len(inserts), len(gaps))
        at = dict(zip(sorted(self.r.sample(gaps, k)), inserts[:k]))
        for j in range(1, rest + 1):
            self.para()
            if j in at:
                at[j]()
        for f in inserts[k:]:
            f()

    # ---- other stories (RELATED_ROWS only)
    def head(self):
        return self.heads.pop() if self.heads else None

    def hl(self, pre="", suf=""):
        h = self.head()
        return None if h is None else f"{pre}{h}{suf}"

    def teaser(self, lo=10, hi=22, ell="…"):
        if not self.teas:
            return None
        words = self.teas.pop().split()
        top = max(lo, min(hi, len(words) - 4))
        cut = " ".join(words[:self.n(min(lo, top), top)]).rstrip(",;:-–( ")
        return cut + ell

    def joined(self, k, sep):
        hs = [h for h in (self.head() for _ in range(k)) if h]
        return sep.join(hs) if hs else None

    def fcap(self):
        return self.caps.pop() if self.caps else None

    def lead(self):
        """The story's own lead-photo caption the first time, else a caption from RELATED_ROWS."""
        if self.story.lead_caption and not self.lead_used:
            self.lead_used = True
            return self.story.lead_caption
        return self.fcap()

    # ---- photos
    def photo(self, style, text=None, mark="[Ảnh]", credit=None, cpre="Ảnh: "):
        text = text if text is not None else self.fcap()
        if text is None:
            return
        credit = credit or self.pen()
        if style == "under":
            self.w(mark)
            self.cap(text)
        elif style == "over":
            self.cap(text)
            self.w(mark)
        elif style == "paren":
            self.w(mark)
            self.cap(f"{text} ({cpre}{credit})")
        elif style == "inline":
            self.cap(f"{text.rstrip('.')}. {cpre}{credit}")
        elif style == "after":
            self.w(mark)
            self.cap(text)
            self.cred(f"{cpre}{credit}")
        elif style == "before":
            self.cred(f"{cpre}{credit}")
            self.w(mark)
            self.cap(text)
        elif style == "bare":
            self.cap(text)
        else:
            raise ValueError(style)

    def illus(self, mark="[Ảnh]", word=None):
        self.w(mark)
        self.cap(word or self.pick(("Ảnh minh họa", "Ảnh minh hoạ", "(Ảnh minh họa)",
                                    "Hình minh họa", "Ảnh minh họa.")))

    def gallery(self, k, fmt="{i}/{k}", head=None, tail=None, credit=None):
        caps = [c for c in (self.fcap() for _ in range(k)) if c]
        if not caps:
            return
        if head:
            self.w(head)
        k = len(caps)
        for i, c in enumerate(caps, 1):
            counter = fmt.format(i=i, k=k)
            if "{c}" in counter:
                self.cap(counter.replace("{c}", c))
            else:
                self.w(counter)
                self.cap(c)
        if credit:
            self.cred(credit)
        if tail:
            self.w(tail.format(k=k))

    def video(self, style, text=None, credit=None):
        text = text if text is not None else self.fcap()
        if text is None:
            return
        secs = self.n(25, 330)
        dur = f"{secs // 60:02d}:{secs % 60:02d}"
        if style == "block":
            self.w(self.pick(("▶ VIDEO", "▶️ Video", "► Xem video", "[Video]")))
            self.cap(text)
            self.w(dur)
        elif style == "label":
            self.cap(f"Video: {text} ({dur})")
        elif style == "clip":
            self.w(f"▶ {dur}")
            self.cap(f"Clip: {text.rstrip('.')}")
            if credit:
                self.cred(credit)
        elif style == "tail":
            self.cap(f"{text} | {dur}")
        else:
            raise ValueError(style)

    # ---- common widgets
    def comments(self, k, fmt="{name}: {text}", meta=None):
        for _ in range(k):
            self.w(fmt.format(name=self.name(), text=self.pick(COMMENTS),
                              h=self.n(1, 23), likes=self.n(0, 240)))
            if meta:
                self.w(meta.format(h=self.n(1, 23), likes=self.n(0, 240)))

    def ad(self, label="Quảng cáo", inline=False):
        brand, pitch = self.pick(BRANDS)
        if label:
            self.w(label)
        if inline:
            self.w(f"{brand} – {pitch}")
        else:
            self.w(brand, pitch)

    def menu(self, items, sep, k=None, upper=False):
        items = list(items)
        if k is not None and k < len(items):
            keep = sorted(self.r.sample(range(len(items)), k))
            items = [items[i] for i in keep]
        line = sep.join(items)
        return line.upper() if upper else line

    def tags(self, k, pre, sep, hash_=False):
        pool = ("giao thông", "Hà Nội", "TP HCM", "tai nạn", "xử phạt", "chính sách", "thời tiết",
                "đời sống", "pháp luật", "cháy nổ", "môi trường", "nhân sự", "y tế", "giáo dục",
                "đô thị", "an ninh", "nông nghiệp", "Quốc hội", "bão lũ", "du lịch")
        ts = self.r.sample(pool, k)
        if hash_:
            ts = ["#" + t.replace(" ", "") for t in ts]
        return pre + sep.join(ts)


# --------------------------------------------------------------------------------------------
# Site templates. Every outlet, person, phone number and wording is invented.
# --------------------------------------------------------------------------------------------

def weather(c, city):
    return f"{city} {c.n(15, 36)}°C {c.pick(('☀', '☁', '⛅', '🌧', ''))}".strip()


def s_thu_do_desktop(c):
    """Nhịp Sống Thủ Đô: a general daily, desktop page."""
    c.w(f"{c.wd()}, ngày {c.dmy(pad=False)} | {weather(c, 'Hà Nội')}")
    c.w(c.pick(("Đăng nhập | Đăng ký", "Đăng nhập / Tạo tài khoản", "👤 Tài khoản")))
    c.site_line(c.pick(("NHỊP SỐNG THỦ ĐÔ", "Nhịp Sống Thủ Đô")))
    if c.chance(0.6):
        c.w(c.pick(("Tin nhanh - Chính xác - Gần gũi", "Tờ báo của người Hà Nội")))
    c.w(c.menu(("Trang chủ", "Thời sự", "Hà Nội", "Đời sống", "Kinh tế", "Thế giới", "Văn hóa",
                "Thể thao", "Bạn đọc", "Video"), c.pick((" | ", " · ")), k=c.n(6, 10)))
    c.w(c.pick(("🔍", "Tìm kiếm...", "🔍 Tìm kiếm")))
    c.w("Sự kiện nóng: " + " | ".join(c.r.sample(TOPICS, 3)))
    sec = c.pick(("Thời sự", "Hà Nội", "Đời sống", "Pháp luật"))
    c.w(c.pick((f"Trang chủ › {sec}", f"{sec} » {c.pick(('Giao thông', 'Đô thị', 'Dân sinh'))}",
                f"TRANG CHỦ / {sec.upper()}")))
    c.title_line()
    c.date_line(f"{c.wd()}, {c.dmy()} {c.clock()} (GMT+7)")
    if c.chance(0.2):
        c.by(c.pick(("Nhóm phóng viên", "NHÓM PHÓNG VIÊN")))
    else:
        c.by(c.writer().upper())
    c.para()
    c.photo(c.pick(("under", "paren")), c.lead(), mark=c.pick(("[Ảnh]", "📷")))
    c.story_rest([
        lambda: c.rel(c.hl(c.pick(("Xem thêm: ", "XEM THÊM: ", "Xem thêm : ")))),
        lambda: c.photo("after", mark="[Ảnh]"),
        lambda: c.ad(c.pick(("Quảng cáo", "- Quảng cáo -"))),
    ])
    c.w(c.tags(c.n(3, 5), "Từ khóa: ", ", "))
    c.w(c.pick(("Chia sẻ: Facebook | Zalo | Email | In bài", "👍 Thích · ↗ Chia sẻ · 🖨 In")))
    c.w(c.pick(("TIN LIÊN QUAN", "Tin liên quan")))
    for _ in range(c.n(3, 4)):
        c.rel(c.hl())
    c.w(f"Ý kiến bạn đọc ({c.n(0, 60)})")
    c.comments(c.n(1, 3), meta="Trả lời · Thích · {h} giờ trước")
    c.w(c.pick(("Viết bình luận của bạn...", "Gửi ý kiến")))
    c.w("TIN MỚI NHẤT")
    for i in range(c.n(3, 5)):
        c.rel(c.hl(suf=f" ({c.clock(c.later(7 * i + 3))})"))
    c.w(c.pick(("Đọc nhiều", "ĐỌC NHIỀU NHẤT")))
    for i in range(1, c.n(4, 5) + 1):
        c.rel(c.hl(f"{i}. "))
    c.w("Cơ quan chủ quản: Công ty Truyền thông Phố Cổ",
        "Giấy phép số 318/GP-BTTTT cấp ngày 14/6/2015",
        c.pick(("Tổng biên tập: Lê Hoài Nam", "TỔNG BIÊN TẬP: LÊ HOÀI NAM")),
        "Tòa soạn: Số 27 phố Lò Sũ, Hoàn Kiếm, Hà Nội - ĐT: 024 3936 4417",
        c.pick(("Hotline: 0912 486 357", "Đường dây nóng: 0912.486.357")),
        "© Nhịp Sống Thủ Đô. Ghi rõ nguồn khi phát hành lại thông tin từ website này.")


def s_binh_minh_mobile(c):
    """Báo Bình Minh: a general daily, mobile page."""
    c.w("☰")
    c.site_line(c.pick(("Báo Bình Minh", "BÌNH MINH")))
    c.w("🔍")
    c.w(c.menu(("Mới nhất", "Nóng", "Thời sự", "Video", "Podcast", "Ảnh"), " | "))
    c.w(c.pick(("Xã hội / Dân sinh", "Thời sự › Xã hội", "XÃ HỘI")))
    c.title_line()
    c.date_line(c.pick((f"{c.clock()} {c.dmy()}", f"{c.dmy()} - {c.clock()}")))
    c.para()
    c.photo(c.pick(("over", "before")), c.lead(), mark="▣", cpre=c.pick(("Ảnh: ", "ẢNH: ")))
    c.story_rest([
        lambda: c.rel(c.hl("Đọc thêm: ")),
        lambda: c.w(c.pick(("Quảng cáo ✕", "QUẢNG CÁO")), f"{c.pick(BRANDS)[0]} - Xem ngay"),
        lambda: c.video("block"),
    ])
    c.by(c.pick((f"{c.writer()} - {c.pen()}", c.writer(), f"{c.writer()} - {c.pen()} (ghi)")))
    c.w(f"❤ {c.n(3, 900)} · 💬 {c.n(0, 80)} · ↗ Chia sẻ")
    c.w(c.pick(("Bài viết cùng chủ đề", "CÙNG CHỦ ĐỀ")))
    for _ in range(c.n(2, 3)):
        c.rel(c.hl())
        c.rel(c.teaser())
    c.w(c.pick(("Mở ứng dụng Bình Minh để đọc nhanh hơn", "Đọc trên app Bình Minh – nhanh và mượt hơn")))
    c.w(c.pick(("Tải app", "Mở app ›")))
    c.w("© Báo Bình Minh · Giấy phép số 77/GP-BTTTT",
        "Liên hệ quảng cáo: 0987 215 604",
        c.pick(("⬆ Lên đầu trang", "↑ Đầu trang")))


def s_phuong_nam_desktop(c):
    """Phương Nam Online: a regional paper of the Mekong delta, desktop page."""
    c.w(f"{weather(c, 'Cần Thơ')} | {c.wd()} {c.dmy()}")
    c.site_line(c.pick(("PHƯƠNG NAM ONLINE", "Phương Nam Online")))
    c.w("Cơ quan của Liên hiệp Hội Văn hóa Miền Sông Nước")
    c.w(c.menu(("Trang chủ", "Đồng bằng", "Nông nghiệp", "Kinh tế", "Xã hội", "Pháp luật",
                "Du lịch", "Văn hóa", "Thể thao"), " - ", upper=c.chance(0.5)))
    c.w(c.pick(("Trang chủ » Đồng bằng » Xã hội", "Đồng bằng » Nông nghiệp",
                "Trang chủ » Xã hội")))
    c.title_line()
    pho = c.pen()
    c.by(c.pick((f"Bài: {c.writer()} - Ảnh: {pho}", f"Bài và ảnh: {c.writer()}",
                 f"BÀI: {c.writer().upper()} - ẢNH: {pho.upper()}")))
    c.date_line(f"Cập nhật: {c.clock()}, {c.dmy()}")
    c.para()
    lead = c.lead()
    if lead:
        c.w("Ảnh 1/" + str(c.n(3, 6)))
        c.cap(lead)
    c.story_rest([
        lambda: c.rel(c.hl(c.pick(("Đọc thêm: ", "ĐỌC THÊM: ")))),
        lambda: c.gallery(c.n(2, 3), fmt=c.pick(("Ảnh {i}/{k}", "{i}/{k}")),
                          credit=f"Ảnh: {pho}"),
        lambda: c.rel(c.hl("► ")),
    ])
    c.w(c.tags(c.n(2, 4), "Tags: ", ", "))
    c.w("Chia sẻ | In | Gửi email")
    c.w(c.pick(("Tin cùng chuyên mục", "TIN CÙNG CHUYÊN MỤC")))
    for _ in range(2):
        c.rel(c.joined(c.n(2, 3), " • "))
    c.w("Trụ sở: Số 86 đường Ba Tháng Hai, Ninh Kiều, Cần Thơ",
        "Điện thoại: 0292 3827 614 - Fax: 0292 3827 615",
        "Giấy phép số 205/GP-BTTTT ngày 09/4/2014",
        c.pick(("Ghi rõ nguồn \"Phương Nam Online\" khi phát hành lại thông tin từ website này.",
                "© Phương Nam Online")))


def s_song_lam_amp(c):
    """Sông Lam Điện Tử: a regional paper of Nghệ - Tĩnh, AMP page."""
    c.w(c.pick(("☰", "≡ Menu")))
    c.site_line(c.pick(("Sông Lam Điện Tử", "SÔNG LAM ĐIỆN TỬ")))
    c.title_line()
    c.date_line(c.pick((f"{c.dmy()} - {c.clock()}", f"{c.clock()} - {c.dmy()}")))
    c.para()
    c.photo("over", c.lead(), mark="[Ảnh]")
    c.story_rest([
        lambda: c.rel(c.hl("Xem thêm: ")),
        lambda: c.w("Quảng cáo"),
    ])
    c.by(c.pick((c.writer(), "Nhóm phóng viên", "NHÓM PV SÔNG LAM", c.writer().upper())))
    c.cred(c.pick((f"Ảnh: {c.pen()}", f"ẢNH: {c.pen().upper()}", "Nguồn: Sông Lam Điện Tử")))
    c.w(c.pick(("Xem bản đầy đủ trên website", "Xem phiên bản đầy đủ »")))
    c.w(c.pick(("Đọc nhiều nhất", "ĐỌC NHIỀU")))
    for i in range(1, c.n(3, 5) + 1):
        c.rel(c.hl(f"{i}. " if c.chance(0.5) else f"{i} "))
    c.w("© 2017 Sông Lam Điện Tử")


def s_hong_lam_agency_desktop(c):
    """Thông tấn Hồng Lam: a state news agency's site, desktop page."""
    c.w("Tiếng Việt | English | Français | 中文 | Español")
    c.site_line(c.pick(("THÔNG TẤN HỒNG LAM", "Thông tấn Hồng Lam")))
    c.w(c.menu(("Chính trị", "Kinh tế", "Xã hội", "Thế giới", "Văn hóa", "Thể thao", "Ảnh",
                "Infographics"), " | "))
    c.w(c.pick(("Xã hội > Giao thông", "Xã hội > Đời sống", "Chính trị > Tin tức")))
    c.title_line()
    c.date_line(c.pick((f"{c.dmy()} {c.clock()}", f"{c.wd()}, {c.dmy()} {c.clock()}")))
    c.w("Cỡ chữ: A- A A+")
    c.w(c.pick(("In bài | Gửi email", "🖨 In · ✉ Gửi")))
    c.para()
    c.photo("paren", c.lead(), mark="[Ảnh]", credit=f"{c.pen()}/TTHL")
    c.story_rest([
        lambda: c.photo(c.pick(("paren", "after")), mark="[Ảnh]", credit=f"{c.pen()}/TTHL"),
        lambda: c.rel(c.hl("Tin liên quan: ")),
    ])
    ag = c.pick(("(TTHL)", "/TTHL", "- TTHL"))
    c.by(c.pick((f"{c.writer()} {ag}", f"{c.writer()} - {c.pen()} (TTHL)",
                 f"Nhóm phóng viên TTHL", f"{c.writer().upper()} (TTHL)")))
    if c.chance(0.8):
        c.by(f"Biên tập: {c.pen()}")
    c.w(c.tags(c.n(2, 4), "Từ khóa: ", " ; "))
    c.w(c.pick(("TIN LIÊN QUAN", "Tin liên quan")))
    for i in range(c.n(2, 4)):
        c.rel(c.hl(suf=f" ({c.clock(c.earlier(40 * i + 20))} {c.dmy(pad=False)[:-5]})"))
    c.w("Tin mới")
    for i in range(c.n(3, 4)):
        c.rel(c.hl(f"{c.clock(c.later(9 * i + 5))} "))
    c.w("Cơ quan chủ quản: Thông tấn Hồng Lam",
        "Tổng Giám đốc: Trịnh Văn Khải",
        "Giấy phép số 441/GP-BTTTT cấp ngày 22/12/2014",
        "Địa chỉ: Số 9 phố Tràng Tiền, Hà Nội. Tel: (84-24) 3933 5011",
        "© Bản quyền thuộc Thông tấn Hồng Lam")


def s_thuong_truong_desktop(c):
    """Thương Trường Nay: a business news site, desktop page."""
    up = c.chance(0.5)
    c.w(f"VN-Index {thousands(c.n(900, 1150))},{c.n(10, 99)} {'▲' if up else '▼'} "
        f"{c.n(0, 9)},{c.n(10, 99)} | HNX {c.n(100, 130)},{c.n(1, 9)} {'▼' if up else '▲'} "
        f"0,{c.n(1, 9)} | Vàng SJC {c.n(35, 37)},{c.n(10, 99)}")
    c.w(f"USD/VND {thousands(c.n(22600, 23300))}")
    c.site_line(c.pick(("Thương Trường Nay", "THƯƠNG TRƯỜNG NAY")))
    c.w(c.menu(("Vĩ mô", "Tài chính", "Chứng khoán", "Doanh nghiệp", "Bất động sản",
                "Thị trường", "Khởi nghiệp", "eMagazine"), " | ", k=c.n(5, 8)))
    c.w(c.pick(("Vĩ mô › Chính sách", "Thị trường › Tin nhanh", "Doanh nghiệp › Câu chuyện")))
    c.title_line()
    c.date_line(f"{c.wd()}, {c.dmy()} | {c.clock()}")
    c.by(c.pick((f"Bởi {c.writer()}", f"Tác giả: {c.writer()}", c.writer())))
    c.para()
    c.photo("after", c.lead(), mark="[Ảnh]", cpre=c.pick(("Ảnh: ", "Ảnh: ", "Nguồn ảnh: ")))
    c.story_rest([
        lambda: c.ad(c.pick(("Tài trợ", "Nội dung tài trợ")), inline=True),
        lambda: c.rel(c.hl(c.pick(("Đọc thêm: ", ">> ")))),
        lambda: c.rel(c.hl("Đọc thêm: ")),
    ])
    if c.chance(0.5):
        c.cred(c.pick((f"Theo {c.pick(OUTLETS)}", f"Nguồn: {c.pick(OUTLETS)}")))
    c.w(c.pick(("BẠN ĐỌC QUAN TÂM", "Có thể bạn quan tâm")))
    for _ in range(c.n(2, 3)):
        h = c.head()
        t = c.teaser()
        if h and t:
            c.rel(f"{h} - {t}" if c.chance(0.5) else h)
            if not c.items[-1][1].endswith("…"):
                c.rel(t)
    c.w(c.pick(("Nhận bản tin Thị trường 7h sáng mỗi ngày",
                "📩 Đăng ký nhận bản tin kinh tế miễn phí")))
    c.w("Nhập email của bạn", c.pick(("Đăng ký", "ĐĂNG KÝ")))
    c.w("Tạp chí điện tử Thương Trường Nay - Giấy phép số 152/GP-BTTTT",
        "Tổng biên tập: Đoàn Minh Tuệ",
        "Địa chỉ: Tầng 6, số 118 đường Nguyễn Đình Chiểu, Quận 3, TP HCM",
        "Liên hệ quảng cáo: 028 3822 9046 - 0938 622 471")


def s_dau_tu_so_social(c):
    """Đầu Tư Số: a business news site, opened inside a social app."""
    c.w(c.pick(("✕", "✕ Đóng")))
    c.w("dautuso.vn")
    c.w(c.pick(("⋮ Mở bằng trình duyệt", "Mở trong trình duyệt ›")))
    c.site_line(c.pick(("Đầu Tư Số", "ĐẦU TƯ SỐ")))
    c.title_line()
    c.date_line(c.pick((f"{c.clock()} · {c.dmy()}", f"{c.dmy()} · {c.clock()}")))
    c.para()
    c.photo("before", c.lead(), mark="[Ảnh]", cpre=c.pick(("Ảnh: ", "Ảnh minh họa: ")))
    c.story_rest([
        lambda: c.rel(c.hl("👉 Đọc thêm: ")),
        lambda: c.w(c.pick(("Tải ứng dụng Đầu Tư Số để nhận tin nhanh hơn",
                            "📲 Cài app Đầu Tư Số – nhận thông báo giá vàng, chứng khoán"))),
    ])
    if c.chance(0.6):
        c.cred(c.pick((f"Bài viết được đăng lại từ {c.pick(OUTLETS)}",
                       f"Bài viết được đăng lại từ {c.pick(OUTLETS)} với sự đồng ý của tòa soạn")))
    c.by(c.writer().upper())
    c.w(f"👍 {c.n(1, 500)} ❤️ {c.n(0, 90)} 😮 {c.n(0, 30)}")
    c.w(f"{c.n(0, 90)} bình luận · {c.n(0, 300)} lượt chia sẻ")
    c.comments(c.n(1, 2), fmt="{name} {text}", meta="Thích · Phản hồi · {h} giờ")
    c.w(c.pick(("Tin khác", "Bài khác")))
    for _ in range(c.n(3, 4)):
        c.rel(c.hl("• "))
    c.w("Đầu Tư Số © 2018")


def s_the_thao_moi_mobile(c):
    """Thể Thao Ngày Mới: a sports site, mobile page."""
    c.w("☰")
    c.site_line(c.pick(("THỂ THAO NGÀY MỚI", "Thể Thao Ngày Mới")))
    c.w(f"⚽ TRỰC TIẾP: Sông Mã FC {c.n(0, 3)}-{c.n(0, 3)} Hải Cảng United ({c.n(2, 89)}')")
    c.w(c.menu(("Bóng đá VN", "Ngoại hạng", "Quần vợt", "Võ thuật", "Esports", "Xe đua"), " | ",
               k=c.n(4, 6)))
    c.title_line()
    c.date_line(f"{c.dmy()} {c.clock()}")
    c.by(c.writer())
    c.para()
    c.photo(c.pick(("under", "after")), c.lead(), mark="📷")
    q = "Theo bạn, cơ quan chức năng đã xử lý thỏa đáng?"
    c.story_rest([
        lambda: c.rel(c.hl("XEM THÊM: ")),
        lambda: c.video("block"),
        lambda: c.w("BÌNH CHỌN", q, "○ Có", "○ Không", "○ Chưa rõ", "Bình chọn"),
        lambda: c.w("Quảng cáo"),
        lambda: c.rel(c.hl("XEM THÊM: ")),
    ])
    if c.chance(0.5):
        c.cred(c.pick((f"Nguồn: {c.pick(OUTLETS)}", "Nguồn: Tổng hợp")))
    c.w(c.tags(c.n(2, 3), "Tags: ", " · "))
    c.w(f"Bình luận ({c.n(0, 120)})")
    c.w("Tin mới nhất")
    for i in range(c.n(3, 4)):
        c.rel(c.hl(suf=f" · {c.clock(c.later(6 * i + 2))}"))
    c.w("© Thể Thao Ngày Mới · Giấy phép số 129/GP-TTĐT", "⬆")


def s_san_co_xanh_amp(c):
    """Sân Cỏ Xanh: a sports site, AMP page."""
    c.site_line(c.pick(("Sân Cỏ Xanh", "SÂN CỎ XANH")))
    c.w(c.pick(("Trang chủ", "‹ Trang chủ")))
    c.title_line()
    c.date_line(f"Cập nhật {c.clock()} ngày {c.dmy()}")
    c.by(c.pick((f"✍ {c.writer()}", f"Tác giả: {c.writer()}", c.writer())))
    c.para()
    c.photo("inline", c.lead(), cpre=c.pick(("Ảnh: ", "Ảnh : ")))
    c.story_rest([
        lambda: c.rel(c.hl("► ")),
        lambda: c.w("Quảng cáo"),
        lambda: c.video("label"),
    ])
    c.cred(c.pick((f"Theo {c.pick(OUTLETS)}", f"(Theo {c.pick(OUTLETS)})", "Nguồn: Sân Cỏ Xanh")))
    c.w(c.pick(("ĐỌC NHIỀU NHẤT", "Đọc nhiều")))
    for i in range(1, c.n(3, 5) + 1):
        c.rel(c.hl(f"{i}. "))
    c.w("Xem phiên bản đầy đủ", "© 2018 Sân Cỏ Xanh")


def s_sao_man_anh_social(c):
    """Sao & Màn Ảnh: an entertainment site, opened inside a social app."""
    c.w(c.pick(("Mở trong ứng dụng", "Mở bằng ứng dụng Sao & Màn Ảnh")))
    c.w("✕ saomananh.vn")
    c.site_line("Sao & Màn Ảnh")
    c.title_line()
    c.date_line(c.dmy())
    c.w(f"👁 {thousands(c.n(1200, 90000))} lượt xem")
    c.by(c.pick((f"Bài: {c.writer()} - Ảnh: {c.pen()}", f"Bài: {c.writer()} | Ảnh: {c.pen()}")))
    c.para()
    c.photo("under", c.lead(), mark="🖼")
    c.story_rest([
        lambda: c.gallery(c.n(2, 4), fmt="{i}/{k}", credit=f"Ảnh: {c.pen()}"),
        lambda: c.rel(c.hl("Đọc thêm: ")),
    ])
    if c.chance(0.6):
        c.cred(f"Theo {c.pick(OUTLETS)}")
    c.w(f"😍 Yêu thích {c.n(1, 900)} | 😂 Haha {c.n(0, 99)} | 😮 Wow {c.n(0, 99)}")
    c.w(c.pick(("Chia sẻ lên Zalo", "Chia sẻ lên Facebook", "Sao chép liên kết")))
    c.w(c.pick(("Xem thêm", "Bài viết khác")))
    for _ in range(c.n(1, 2)):
        c.rel(c.joined(c.n(2, 3), " | "))
    c.w("Theo dõi Sao & Màn Ảnh để không bỏ lỡ tin mới 💖")


def s_den_san_khau_desktop(c):
    """Đèn Sân Khấu: an entertainment news site, desktop page."""
    c.site_line(c.pick(("ĐÈN SÂN KHẤU", "Đèn Sân Khấu")))
    c.w(c.pick(("Sao – Phim – Nhạc – Thời trang", "Sao · Phim · Nhạc · Thời trang")))
    c.w(c.menu(("Sao Việt", "Sao quốc tế", "Phim", "Nhạc", "Thời trang", "Truyền hình",
                "Hậu trường", "Video"), " ", k=c.n(5, 8)))
    c.w(c.pick(("Đăng nhập", "Đăng nhập | Đăng ký")))
    c.w(c.pick(("Giải trí / Sao Việt", "Giải trí / Hậu trường", "GIẢI TRÍ / NHẠC")))
    c.title_line()
    c.by(c.pick((f"{c.writer()} | Phóng viên", c.writer(), f"{c.writer()} - {c.pen()}")))
    c.date_line(f"{c.clock()} {c.dmy()}")
    c.para()
    c.photo("over", c.lead(), mark="[Ảnh]")
    c.story_rest([
        lambda: c.rel(c.hl("Xem thêm >> ")),
        lambda: c.photo(c.pick(("paren", "after")), mark="[Ảnh]", cpre=c.pick(("Ảnh: ", "Ảnh: FBNV "))),
        lambda: c.video("tail"),
        lambda: c.ad("Quảng cáo"),
    ])
    if c.chance(0.5):
        c.cred(c.pick(("Nguồn: Trang cá nhân nhân vật", "Ảnh: Nhân vật cung cấp")))
    c.w(c.tags(c.n(3, 4), "", " ", hash_=True))
    c.w("Ý kiến của bạn", "Gửi")
    c.w(c.pick(("CÓ THỂ BẠN QUAN TÂM", "Có thể bạn quan tâm")))
    for _ in range(c.n(2, 3)):
        c.rel(c.hl())
        c.rel(c.teaser(ell=c.pick(("…", "..."))))
    c.w("Tin cùng chuyên mục")
    for _ in range(c.n(2, 4)):
        c.rel(c.hl("› "))
    c.w("Đèn Sân Khấu - Chuyên trang giải trí của Công ty Truyền thông Ánh Đèn",
        "Giấy phép số 88/GP-TTĐT do Sở Thông tin và Truyền thông TP HCM cấp",
        "Chịu trách nhiệm nội dung: Phan Ngọc Quỳnh",
        "Hotline: 0906 338 129 - Email: toasoan@densankhau.vn")


def s_suc_khoe_desktop(c):
    """Sức Khỏe Mỗi Nhà: a health news site, desktop page."""
    c.w(c.pick(("Hotline tư vấn: 1900 6178", "☎ Tư vấn sức khỏe: 1900.6178")))
    c.site_line(c.pick(("Sức Khỏe Mỗi Nhà", "SỨC KHỎE MỖI NHÀ")))
    c.w(c.menu(("Dinh dưỡng", "Bệnh thường gặp", "Mẹ & Bé", "Người cao tuổi", "Thuốc & Sức khỏe",
                "Hỏi bác sĩ", "Y tế"), " | "))
    c.w(c.pick(("Trang chủ › Y tế", "Y tế › Tin tức", "Trang chủ › Bệnh thường gặp")))
    c.title_line()
    c.date_line(c.pick((f"{c.dmy()} {c.clock()}", f"{c.wd()}, {c.dmy()}")))
    c.by(c.pick(("Nhóm phóng viên", c.writer(), f"{c.writer()} - {c.pen()}")))
    c.para()
    if c.chance(0.3):
        c.illus()
        c.photo("after", c.lead(), mark="[Ảnh]")
    else:
        c.photo("after", c.lead(), mark="[Ảnh]")
    c.story_rest([
        lambda: c.rel(c.hl("Đọc thêm: ")),
        lambda: c.w("Tài trợ", "Tư vấn miễn phí cùng chuyên gia dinh dưỡng - Đặt lịch ngay"),
        lambda: c.w("Bạn có khám sức khỏe định kỳ mỗi năm không?", "◉ Có, đều đặn",
                    "◉ Thỉnh thoảng", "◉ Chưa bao giờ", f"Xem kết quả ({thousands(c.n(100, 9000))} lượt)"),
    ])
    c.cred(c.pick((f"Nguồn: {c.pick(OUTLETS)}", "Nguồn: Sức Khỏe Mỗi Nhà tổng hợp",
                   f"Theo {c.pick(OUTLETS)}")))
    c.w("*Thông tin trong bài chỉ mang tính tham khảo, không thay thế chẩn đoán và điều trị của bác sĩ.")
    c.w(c.tags(c.n(2, 4), "Từ khóa: ", ", "))
    c.w(c.pick(("Bài viết liên quan", "BÀI VIẾT LIÊN QUAN")))
    for _ in range(c.n(3, 4)):
        c.rel(c.hl("› "))
    c.w("Đăng ký nhận cẩm nang sức khỏe hằng tuần", "Email của bạn", "Gửi")
    c.w("Giấy phép số 263/GP-BTTTT",
        "Tổng biên tập: BS. Hồ Thị Khuê",
        "Tòa soạn: Số 14 ngõ 66 phố Trần Quang Diệu, Đống Đa, Hà Nội",
        "Điện thoại: 024 3537 2218")


def s_thay_thuoc_print(c):
    """Thầy Thuốc & Gia Đình: a health paper, print view."""
    c.site_line(c.pick(("THẦY THUỐC & GIA ĐÌNH", "Thầy Thuốc & Gia Đình")))
    c.w(c.pick(("Bản in", "BẢN IN")))
    c.w(f"https://thaythuocgiadinh.vn/y-te/bai-{c.n(100000, 999999)}.html")
    c.title_line()
    c.date_line(f"Ngày đăng: {c.dmy()} {c.clock()}")
    c.para()
    c.photo(c.pick(("after", "paren", "bare")), c.lead(), mark="[Ảnh]")
    c.story_rest([lambda: c.rel(c.hl("Xem thêm: ")), lambda: c.illus("[Ảnh]")])
    c.by(c.pick((c.writer(), c.writer().upper(), f"{c.writer()} (thực hiện)")))
    if c.chance(0.5):
        c.cred(f"Theo {c.pick(OUTLETS)}")
    c.w("© Thầy Thuốc & Gia Đình. Bản quyền thuộc về tòa soạn.")
    c.w(c.pick(("In bài | Đóng cửa sổ", "🖨 In bài · ✕ Đóng")))


def s_cong_nghe_tuan_desktop(c):
    """Công Nghệ Tuần: a technology news site, desktop page."""
    c.site_line(c.pick(("Công Nghệ Tuần", "CÔNG NGHỆ TUẦN")))
    c.w(c.menu(("Điện thoại", "Laptop", "AI", "Bảo mật", "Ứng dụng", "Đánh giá", "Thủ thuật"),
               " · "))
    c.w(c.pick(("Đăng nhập bằng Google", "Đăng nhập")))
    c.w(c.pick(("Tin công nghệ › Bảo mật", "Tin công nghệ › Xu hướng", "Tin tức › Đời sống số")))
    c.title_line()
    c.by(c.pick((f"Viết bởi {c.writer()}", f"{c.writer()}", f"Bởi: {c.writer()}")))
    c.date_line(f"{c.dmy()} lúc {c.clock()}")
    c.w(f"⏱ {c.n(2, 9)} phút đọc")
    c.para()
    c.photo("before", c.lead(), mark="[Ảnh]")
    c.story_rest([
        lambda: c.rel(c.hl("🔗 Đọc thêm: ")),
        lambda: c.ad("ADVERTISEMENT"),
        lambda: c.rel(c.hl("Xem thêm: ")),
    ])
    if c.chance(0.4):
        c.by(f"Biên tập: {c.pen()}")
    c.w(c.tags(c.n(3, 5), "", " ", hash_=True))
    c.w(f"👍 {c.n(0, 400)} 👎 {c.n(0, 40)} · Chia sẻ")
    c.w("Tin liên quan")
    for i in range(c.n(3, 4)):
        c.rel(c.hl(f"[{c.dmy(dt=c.earlier(1440 * (i + 1)))}] "))
    c.w(f"Bình luận ({c.n(0, 50)})")
    c.comments(c.n(1, 2), fmt="{name} — {text}")
    c.w("Công Nghệ Tuần © 2016-2018 · Giấy phép số 57/GP-TTĐT",
        "Liên hệ: banbientap@congnghetuan.vn · 028 3620 7718")


def s_mang_so_amp(c):
    """Mạng Số: a technology news site, AMP page."""
    c.site_line(c.pick(("MẠNG SỐ", "Mạng Số")))
    c.w(c.pick(("⚡ Bản đọc nhanh", "Bản AMP")))
    c.title_line()
    c.date_line(c.pick((f"{c.dmy()}, {c.clock()}", f"{c.clock()} | {c.dmy()}")))
    c.para()
    c.photo("paren", c.lead(), mark="[Ảnh]")
    c.story_rest([lambda: c.rel(c.hl("► ")), lambda: c.w("ADVERTISEMENT")])
    c.by(c.pick((f"{c.writer()} - {c.pen()}", c.writer())))
    c.cred(c.pick((f"Theo {c.pick(OUTLETS)}", f"Nguồn: {c.pick(OUTLETS)}")))
    c.w("Tin liên quan")
    c.rel(c.joined(c.n(2, 3), " • "))
    c.rel(c.joined(c.n(2, 3), " • "))
    c.w("Xem phiên bản đầy đủ", "© Mạng Số")


def s_xe_va_duong_desktop(c):
    """Xe & Đường: an auto news site, desktop page."""
    c.w(c.menu(("Bảng giá xe", "Đánh giá xe", "So sánh xe", "Xe điện", "Xe máy", "Tư vấn",
                "Cộng đồng"), " | "))
    c.site_line(c.pick(("XE & ĐƯỜNG", "Xe & Đường")))
    c.w(c.pick(("Thị trường xe › Tin tức", "Giao thông › An toàn", "Tin tức › Giao thông")))
    c.title_line()
    c.date_line(f"{c.clock()} | {c.dmy()}")
    c.para()
    c.photo("under", c.lead(), mark="[Ảnh]")
    c.story_rest([
        lambda: c.w("Tài trợ", "Đăng ký lái thử Xe điện Gió Nam – nhận quà 5 triệu đồng"),
        lambda: c.rel(c.hl("Xem thêm: ")),
        lambda: c.video("clip", credit=f"Nguồn video: {c.pick(OUTLETS)}"),
    ])
    c.by(c.pick((f"Bài: {c.writer()} - Ảnh: {c.pen()}", f"{c.writer()}", f"{c.writer()} - {c.pen()}")))
    c.w("Tra cứu giá lăn bánh", "Chọn hãng xe ▾", "Chọn dòng xe ▾")
    c.w("Tin cùng chuyên mục")
    for i in range(c.n(3, 4)):
        c.rel(c.hl(suf=f" - {c.n(1, 23)} giờ trước"))
    c.w("Xe & Đường - Chuyên trang ô tô xe máy",
        "Giấy phép số 190/GP-TTĐT cấp ngày 03/8/2016",
        "Hotline: 0904 771 286")


def s_nha_dat_mobile(c):
    """Nhà Đất Hôm Nay: a real-estate news site, mobile page."""
    c.w("☰")
    c.site_line(c.pick(("Nhà Đất Hôm Nay", "NHÀ ĐẤT HÔM NAY")))
    c.w(c.pick(("+ Đăng tin miễn phí", "Đăng tin")))
    c.title_line()
    c.date_line(f"{c.dmy()} {c.clock()}")
    c.para()
    c.photo("after", c.lead(), mark="[Ảnh]")
    c.story_rest([
        lambda: c.w("Tin rao nổi bật",
                    f"Bán nhà mặt phố {c.n(40, 120)} m2, giá {c.n(5, 40)},{c.n(1, 9)} tỷ - LH 0903 {c.n(100, 999)} {c.n(100, 999)}"),
        lambda: c.rel(c.hl("Đọc thêm: ")),
    ])
    c.by(c.writer().upper())
    c.cred(c.pick((f"Nguồn: {c.pick(OUTLETS)}", f"Theo {c.pick(OUTLETS)}", "Ảnh: Tư liệu")))
    c.w("Dự án nổi bật", "Khu đô thị Bạch Dương Riverside – Chỉ từ 32 triệu/m2",
        "Căn hộ Sen Hồng Garden – Nhận nhà ở ngay")
    c.w("Xem nhiều")
    for i in range(1, c.n(3, 4) + 1):
        c.rel(c.hl(f"0{i} "))
    c.w(c.pick(("📞 Gọi ngay: 0903 555 218", "Gọi ngay 0903.555.218")))
    c.w("© Nhà Đất Hôm Nay")


def s_luat_doi_song_desktop(c):
    """Luật & Đời Sống: a legal news site, desktop page."""
    c.site_line(c.pick(("LUẬT & ĐỜI SỐNG", "Luật & Đời Sống")))
    c.w("Chuyên trang pháp luật phục vụ bạn đọc")
    c.w(c.menu(("Pháp đình", "Hồ sơ vụ án", "Văn bản mới", "Tư vấn pháp luật", "Bạn đọc",
                "Điều tra"), " | ", upper=c.chance(0.5)))
    c.w(c.pick(("Pháp luật › Hình sự", "Pháp luật › Hành chính", "Pháp đình › Tin tức")))
    c.title_line()
    c.date_line(c.pick((f"{c.wd()}, {c.dmy()}, {c.clock()}", f"{c.dmy()} {c.clock()}")))
    c.by(c.pick((f"{c.writer()} - {c.pen()}", c.writer(), f"Nhóm phóng viên Pháp đình")))
    c.para()
    c.photo("under", c.lead(), mark="[Ảnh]")
    c.story_rest([
        lambda: c.rel(c.hl("Xem thêm: ")),
        lambda: c.w("☎ Luật sư tư vấn: 1900 6255 (miễn phí)"),
        lambda: c.photo("after", mark="[Ảnh]"),
    ])
    if c.chance(0.4):
        c.cred(f"Theo {c.pick(OUTLETS)}")
    c.w(c.pick(("Gửi câu hỏi cho luật sư", "Hỏi đáp pháp luật")))
    c.w("TIN LIÊN QUAN")
    for _ in range(c.n(3, 4)):
        c.rel(c.hl())
    c.w(f"{c.n(0, 40)} bình luận")
    c.comments(c.n(1, 2), fmt="{name}: {text}", meta="Trả lời | Thích ({likes})")
    c.w("Giấy phép số 412/GP-BTTTT cấp ngày 25/9/2015",
        "Tổng biên tập: Luật sư Vũ Đức Thắng",
        "Trụ sở: Số 5 ngõ 117 đường Trần Duy Hưng, Cầu Giấy, Hà Nội",
        "Đường dây nóng: 0966 274 130")


def s_can_can_print(c):
    """Cán Cân Pháp Lý: a legal paper, print view."""
    c.site_line(c.pick(("Cán Cân Pháp Lý", "CÁN CÂN PHÁP LÝ")))
    c.w(c.pick(("In bài viết", "🖨 In bài viết")))
    url = f"https://cancanphaply.vn/phap-dinh/{c.n(10000, 99999)}"
    c.title_line()
    c.date_line(c.pick((f"{c.dmy()} {c.clock()}", f"Đăng ngày {c.dmy()}")))
    c.para()
    c.photo("paren", c.lead(), mark="[Ảnh]")
    c.story_rest([lambda: c.rel(c.hl("Đọc thêm: "))])
    c.by(c.pick((c.writer(), f"{c.writer()} - {c.pen()}", c.writer().upper())))
    c.cred(c.pick(("Nguồn: Cán Cân Pháp Lý", f"Theo {c.pick(OUTLETS)}")))
    c.w(f"Đường dẫn bài viết: {url}")
    c.w("© 2017 Cán Cân Pháp Lý. Mọi hình thức sao chép phải được sự đồng ý bằng văn bản.")


def s_thsh_tv_desktop(c):
    """Truyền hình Sông Hồng (THSH): a TV station's news pages, desktop."""
    c.w("XEM TRỰC TIẾP ▶ THSH1 | THSH2 | THSH Thời sự")
    c.site_line(c.pick(("Truyền hình Sông Hồng", "TRUYỀN HÌNH SÔNG HỒNG")))
    c.w(c.menu(("Thời sự", "Chương trình", "Lịch phát sóng", "Video", "Podcast", "Sự kiện"),
               " | "))
    c.w(c.pick(("Tin tức › Thời sự", "Thời sự › Trong nước")))
    c.title_line()
    c.date_line(f"{c.clock()} - {c.dmy()}")
    c.video(c.pick(("block", "label")), c.lead())
    c.by(c.pick((f"{c.writer()} - {c.pen()}", "Nhóm phóng viên Thời sự THSH",
                 f"BTV {c.writer()}", f"PV {c.writer()} - KTV {c.pen()}")))
    c.para()
    c.story_rest([
        lambda: c.rel(c.hl("Xem thêm: ")),
        lambda: c.photo("after", mark="[Ảnh]"),
    ])
    if c.chance(0.9):
        c.by(f"Biên tập: {c.pen()}")
    c.cred(c.pick(("Nguồn: Bản tin Thời sự 19h", "Nguồn: THSH Thời sự", "Nguồn: Bản tin Chào buổi sáng")))
    c.w("Lịch phát sóng hôm nay")
    for hh, prog in (("06:00", "Chào buổi sáng"), ("12:00", "Thời sự trưa"), ("19:00", "Thời sự 19h")):
        if c.chance(0.7):
            c.w(f"{hh} {prog}")
    c.w(c.pick(("Video khác", "VIDEO KHÁC")))
    for _ in range(c.n(3, 4)):
        c.rel(c.hl(suf=f" ({c.n(1, 6):02d}:{c.n(0, 59):02d})"))
    c.w("Truyền hình Sông Hồng - Giấy phép số 33/GP-BTTTT",
        "Giám đốc: Đinh Gia Khải",
        "Địa chỉ: Số 3 đường Hồng Hà, Hà Nội - Điện thoại: 024 3718 6620")


def s_stb_radio_mobile(c):
    """Sóng Trung Bộ (STB): a radio station's news pages, mobile."""
    c.w("☰")
    c.site_line(c.pick(("Sóng Trung Bộ", "STB - Sóng Trung Bộ")))
    c.w(c.pick(("🔴 Nghe trực tiếp FM 96,3 MHz", "● LIVE FM 96,3")))
    c.title_line()
    c.date_line(c.pick((f"{c.dmy()} {c.clock()}", f"{c.clock()} {c.dmy()}")))
    c.w(f"🎧 Nghe bài viết ▶ {c.n(1, 5):02d}:{c.n(0, 59):02d}")
    c.para()
    c.photo("before", c.lead(), mark="[Ảnh]", cpre=c.pick(("Ảnh: ", "Ảnh minh họa: ")))
    c.story_rest([lambda: c.rel(c.hl("Đọc thêm: ")), lambda: c.w("Quảng cáo")])
    c.by(c.pick((f"{c.writer()}/STB", f"{c.writer()} - STB", f"{c.writer()} (STB)")))
    if c.chance(0.4):
        c.cred(f"Theo {c.pick(OUTLETS)}")
    if c.chance(0.4):
        c.by(f"Biên tập: {c.pen()}")
    c.w("Nghe podcast Bản tin sáng trên ứng dụng STB Radio")
    c.w("Tin mới nhất")
    for i in range(c.n(3, 4)):
        c.rel(c.hl(f"{c.clock(c.later(4 * i + 3))} | "))
    c.w("© Đài Phát thanh Sóng Trung Bộ")


def s_tin_chop_social(c):
    """Tin Chớp: an online-only news startup, opened inside a social app."""
    c.w("✕ tinchop.vn ⋮")
    c.site_line("Tin Chớp")
    c.w(c.pick(("Mở bằng trình duyệt", "Mở trong Safari", "Mở trong Chrome")))
    c.title_line()
    c.date_line(c.pick((f"{c.n(2, 55)} phút trước", f"{c.n(1, 11)} giờ trước", c.dmy())))
    c.w(f"⏱ Đọc trong {c.n(2, 5)} phút")
    c.para()
    c.photo("inline", c.lead())
    c.story_rest([
        lambda: c.rel(c.hl("👉 Xem thêm: ")),
        lambda: c.rel(c.hl("📌 Có thể bạn quan tâm: ")),
    ])
    c.cred(c.pick((f"Nguồn: {c.pick(OUTLETS)}", f"Theo {c.pick(OUTLETS)}",
                   f"Nội dung được tổng hợp từ {c.pick(OUTLETS)}")))
    c.by(f"Tổng hợp: {c.writer()}")
    if c.chance(0.8):
        c.by(f"Biên tập: {c.pen()}")
    c.w(f"🔥 {c.n(1, 900)} · 💬 {c.n(0, 90)}")
    c.w("Theo dõi Tin Chớp trên Zalo để nhận tin nóng")
    for _ in range(c.n(3, 4)):
        c.rel(c.hl("• "))
    c.w(c.pick(("Tải app Tin Chớp", "Cài Tin Chớp – đọc tin trong 1 phút")))


def s_tam_nhin_print(c):
    """Tạp chí Tầm Nhìn Việt: a magazine, print view."""
    issue = c.n(120, 380)
    c.site_line(c.pick(("TẠP CHÍ TẦM NHÌN VIỆT", "Tạp chí Tầm Nhìn Việt")))
    c.w(f"Số {issue} · Tháng {c.dt.month}/{c.dt.year}")
    c.w(f"tamnhinviet.vn/bai-viet/{c.n(1000, 9999)}")
    c.title_line()
    c.by(c.pick((f"Bài: {c.writer()} - Ảnh: {c.pen()}", f"BÀI: {c.writer().upper()} – ẢNH: {c.pen().upper()}",
                 f"{c.writer()} (thực hiện)")))
    c.date_line(c.dmy())
    c.para()
    c.photo("paren", c.lead(), mark="[Ảnh]")
    c.story_rest([lambda: c.photo(c.pick(("paren", "bare")), mark="[Ảnh]")])
    c.cred(c.pick((f"Bài viết được trích từ ấn phẩm in Tầm Nhìn Việt số {issue}",
                   f"(Trích từ Tạp chí Tầm Nhìn Việt số {issue})")))
    c.w("Bản quyền © Tạp chí Tầm Nhìn Việt", c.pick(("In trang | Quay lại", "In · Quay lại")))


def s_cuu_giang_amp(c):
    """Báo Cửu Giang: a regional paper of the Mekong delta, AMP page."""
    c.site_line(c.pick(("Báo Cửu Giang", "BÁO CỬU GIANG")))
    c.w("☰ Chuyên mục")
    c.title_line()
    c.date_line(c.pick((f"{c.dmy()} | {c.clock()}", f"{c.wd().lower()}, {c.dmy()}")))
    c.para()
    c.photo("after", c.lead(), mark="[Ảnh]")
    c.story_rest([lambda: c.rel(c.hl("» ")), lambda: c.w("Quảng cáo")])
    if c.chance(0.5):
        c.by(f"{c.writer()} (TTHL)")
    else:
        c.by(c.writer())
        c.cred(c.pick(("Theo TTHL", "Nguồn: TTHL")))
    c.w("Tin cùng chuyên mục")
    for i in range(c.n(3, 4)):
        c.rel(c.hl(suf=f" ({c.dmy(dt=c.earlier(720 * (i + 1)))})"))
    c.w("Xem bản đầy đủ", "© Báo Cửu Giang")


SITES = (
    ("thu_do_desktop", s_thu_do_desktop),
    ("binh_minh_mobile", s_binh_minh_mobile),
    ("phuong_nam_desktop", s_phuong_nam_desktop),
    ("song_lam_amp", s_song_lam_amp),
    ("hong_lam_agency_desktop", s_hong_lam_agency_desktop),
    ("thuong_truong_desktop", s_thuong_truong_desktop),
    ("dau_tu_so_social", s_dau_tu_so_social),
    ("the_thao_moi_mobile", s_the_thao_moi_mobile),
    ("san_co_xanh_amp", s_san_co_xanh_amp),
    ("sao_man_anh_social", s_sao_man_anh_social),
    ("den_san_khau_desktop", s_den_san_khau_desktop),
    ("suc_khoe_desktop", s_suc_khoe_desktop),
    ("thay_thuoc_print", s_thay_thuoc_print),
    ("cong_nghe_tuan_desktop", s_cong_nghe_tuan_desktop),
    ("mang_so_amp", s_mang_so_amp),
    ("xe_va_duong_desktop", s_xe_va_duong_desktop),
    ("nha_dat_mobile", s_nha_dat_mobile),
    ("luat_doi_song_desktop", s_luat_doi_song_desktop),
    ("can_can_print", s_can_can_print),
    ("thsh_tv_desktop", s_thsh_tv_desktop),
    ("stb_radio_mobile", s_stb_radio_mobile),
    ("tin_chop_social", s_tin_chop_social),
    ("tam_nhin_print", s_tam_nhin_print),
    ("cuu_giang_amp", s_cuu_giang_amp),
)
LAYOUTS = tuple(name for name, _ in SITES)


# --------------------------------------------------------------------------------------------
# Scraper faults
# --------------------------------------------------------------------------------------------

NBSP, ZWSP = "\u00a0", "\u200b"


def _spaces(s):
    return [i for i, ch in enumerate(s) if ch == " "]


def fault_string(s, fault, r):
    """One in-sentence fault on one string; only inner spaces and inner word positions."""
    if fault == "nbsp":
        sp = _spaces(s)
        if not sp:
            return s
        chars = list(s)
        for i in r.sample(sp, min(len(sp), r.randint(1, 3))):
            chars[i] = NBSP
        return "".join(chars)
    if fault == "double_space":
        sp = _spaces(s)
        if not sp:
            return s
        i = r.choice(sp)
        return s[:i] + "  " + s[i + 1:]
    if fault == "zwsp":
        spots = [m.start() + r.randint(1, len(m.group()) - 1)
                 for m in re.finditer(r"\w{3,}", s)]
        if not spots:
            return s
        for i in sorted(r.sample(spots, min(len(spots), r.randint(1, 2))), reverse=True):
            s = s[:i] + ZWSP + s[i:]
        return s
    raise ValueError(fault)


def glue(items, r):
    """In 1-2 paragraphs, two sentences joined with no space after the full stop."""
    cands = [i for i, (kind, val) in enumerate(items) if kind == "body" and any(
        a.endswith(".") and b[:1].isalpha() for a, b in zip(val, val[1:]))]
    done = 0
    for i in r.sample(cands, min(len(cands), r.randint(1, 2))):
        sents = items[i][1]
        js = [j for j in range(len(sents) - 1)
              if sents[j].endswith(".") and sents[j + 1][:1].isalpha()]
        j = r.choice(js)
        items[i] = ("body", sents[:j] + [sents[j] + sents[j + 1]] + sents[j + 2:])
        done += 1
    return done


def apply_faults(items, faults, r):
    """Faults apply to the body items, the furniture and the unlabelled lines alike."""
    out = [(k, list(v) if k == "body" else v) for k, v in items]
    if "glued" in faults:
        glue(out, r)
    for fault in ("nbsp", "zwsp", "double_space"):
        if fault not in faults:
            continue
        for i, (kind, val) in enumerate(out):
            if kind == "body":
                out[i] = (kind, [fault_string(s, fault, r) if r.random() < 0.3 else s for s in val])
            elif r.random() < 0.3:
                out[i] = (kind, fault_string(val, fault, r))
    if "nfd" in faults:
        nfd = lambda s: unicodedata.normalize("NFD", s)  # noqa: E731
        out = [(k, [nfd(s) for s in v] if k == "body" else nfd(v)) for k, v in out]
    return out


# --------------------------------------------------------------------------------------------
# Building and checking pages
# --------------------------------------------------------------------------------------------

def assemble(items, layout):
    lines, body, furniture = [], [], []
    for kind, val in items:
        if kind == "body":
            body.extend(val)
            lines.append(" ".join(val))
        else:
            lines.append(val)
            if kind != "unl":
                furniture.append((kind, val))
    return Page("\n".join(lines), body, furniture, layout)


def draw_faults(row):
    r = rnd(row, "faults")
    if r.random() >= FAULT_RATE:
        return ()
    k = r.choice((1, 1, 2))
    return tuple(sorted(r.sample(FAULTS, k), key=FAULTS.index))


def build_page(row, k, title, article, pool, faults=None):
    """The k-th usable body row's page; faults=None draws them, () turns them off."""
    layout, template = SITES[k % len(SITES)]
    story = take_story(title, article)
    ctx = Ctx(row, title, story, pool)
    template(ctx)
    if faults is None:
        faults = draw_faults(row)
    items = apply_faults(ctx.items, faults, rnd(row, "fault-draws")) if faults else ctx.items
    page = assemble(items, layout)
    check_page(page)
    return page, faults


class ContractError(ValueError):
    pass


def check_page(page):
    """The whole contract; raises ContractError on the first break."""
    def fail(msg):
        raise ContractError(f"{page.layout}: {msg}")

    if not isinstance(page.text, str) or not page.text.strip():
        fail("blank text")
    if page.layout not in LAYOUTS:
        fail("unknown layout")
    lines = page.text.split("\n")
    for ln in lines:
        if not ln or ln != ln.strip():
            fail(f"blank or unstripped line {ln!r}")
    for s in page.body:
        if not isinstance(s, str) or not s or s != s.strip() or "\n" in s:
            fail(f"bad body item {s!r}")
        if s not in page.text:
            fail(f"body item not in text {s!r}")
    for item in page.furniture:
        if not (isinstance(item, tuple) and len(item) == 2 and item[0] in KINDS
                and isinstance(item[1], str)):
            fail(f"bad furniture item {item!r}")
    bi = fi = 0
    unlabelled = []
    for ln in lines:
        if fi < len(page.furniture) and ln == page.furniture[fi][1]:
            fi += 1
            continue
        for n in range(1, 5):
            if bi + n <= len(page.body) and ln == " ".join(page.body[bi:bi + n]):
                bi += n
                break
        else:
            unlabelled.append(ln)
    if bi != len(page.body):
        fail("body items not all on body lines, in order")
    if fi != len(page.furniture):
        fail("furniture not all on its own lines, in order")
    if len(unlabelled) > 3:
        fail(f"{len(unlabelled)} unlabelled lines")
    if len(set(unlabelled)) != len(unlabelled):
        fail("a repeated unlabelled line")
    for kind, ln in page.furniture:
        if ln in unlabelled and kind != "widget":
            fail(f"a repeat of an unlabelled line is {kind}, not widget")
    body_keys = {norm(s) for s in page.body}
    for ln in [ln for _, ln in page.furniture] + unlabelled:
        if norm(ln) in body_keys:
            fail(f"furniture or unlabelled line equals a body sentence: {ln!r}")
    return True


def build_all(train_path):
    body_rows, related_rows = read_rows(train_path)
    pool = build_pool(related_rows)
    out = []
    for k, (row, title, article) in enumerate(body_rows):
        out.append(build_page(row, k, title, article, pool))
    return out


def pages(train_path):
    """All pages of the set, each checked against the whole contract."""
    return [page for page, _ in build_all(train_path)]


# --------------------------------------------------------------------------------------------
# Totals
# --------------------------------------------------------------------------------------------

def totals(built):
    cols = ("pages", "body") + KINDS
    per = {name: dict.fromkeys(cols, 0) for name in LAYOUTS}
    fault_counts = dict.fromkeys(FAULTS, 0)
    faulty = 0
    for page, faults in built:
        row = per[page.layout]
        row["pages"] += 1
        row["body"] += len(page.body)
        for kind, _ in page.furniture:
            row[kind] += 1
        if faults:
            faulty += 1
            for f in faults:
                fault_counts[f] += 1
    total = {c: sum(per[name][c] for name in LAYOUTS) for c in cols}
    return cols, per, total, faulty, fault_counts


def main(argv):
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[0])
        print("usage: python eval/clean_test52/make.py /work/shared/data/vietnews_train.jsonl.gz")
        return 2
    built = build_all(argv[1])
    cols, per, total, faulty, fault_counts = totals(built)
    print(f"{'layout':<26}" + "".join(f"{c:>9}" for c in cols))
    for name in LAYOUTS:
        print(f"{name:<26}" + "".join(f"{per[name][c]:>9}" for c in cols))
    print(f"{'TOTAL':<26}" + "".join(f"{total[c]:>9}" for c in cols))
    print(f"furniture lines: {sum(total[k] for k in KINDS)}")
    print("faults: pages_with_faults=" + str(faulty) + ", "
          + ", ".join(f"{f}={fault_counts[f]}" for f in FAULTS))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
