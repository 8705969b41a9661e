#!/usr/bin/env python3
"""Blind held-out test set 36 for the news-body cleaner.

Builds synthetic web pages around real VietNews stories.  Each page imitates
one way of getting text out of one kind of Vietnamese-language outlet (reader
mode, print view, mobile select-all, PDF-to-text, HTML-to-Markdown, cached
copy, translation plugin, monitoring export, read-aloud transcript) and
records which lines are story body and which are furniture.

Standard library only, seeded and deterministic:

    python eval/clean_test36/make.py TRAIN.jsonl.gz
"""

from __future__ import annotations

import datetime as _dt
import gzip
import json
import random
import re
import sys
import unicodedata
from dataclasses import dataclass, field

SEED = 3636
BODY_ROWS = range(17_900, 18_000)
RELATED_ROWS = range(18_900, 19_000)
RELATED_CUT = 1_200
KINDS = ("byline", "credit", "caption", "related", "widget")
LAYOUTS = (
    "broadcaster_reader_mode",
    "foreign_paper_translate_plugin",
    "diaspora_paper_print",
    "diaspora_paper_cached_copy",
    "minority_outlet_mobile_copy",
    "minority_outlet_voice_readout",
    "law_journal_pdf",
    "medical_journal_markdown",
    "agriculture_journal_cached_copy",
    "construction_journal_translate_plugin",
    "customs_bulletin_monitoring_export",
    "bank_newsroom_reader_mode",
    "company_newsroom_markdown",
    "party_paper_print",
    "union_paper_mobile_copy",
    "student_paper_pdf",
    "local_tv_voice_readout",
    "local_tv_monitoring_export",
)

FAULT_SHARE = 0.25
FAULT_KINDS = ("nbsp", "zwsp", "bom", "double_space", "nfd", "glue")


@dataclass
class Page:
    text: str
    body: list[str]
    furniture: list[tuple[str, str]]
    layout: str


# ---------------------------------------------------------------------------
# reading rows


def _open(path):
    with open(path, "rb") as fh:
        magic = fh.read(2)
    if magic == b"\x1f\x8b":
        return gzip.open(path, "rb")
    return open(path, "rb")


def _usable(raw: bytes):
    """(title, article) for a usable row, else None."""
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
    if not isinstance(title, str) or not title:
        return None
    if not isinstance(article, str) or not article:
        return None
    return title, article


def _read(path):
    """Usable rows of BODY_ROWS and RELATED_ROWS, keyed by physical line number."""
    wanted_hi = max(BODY_ROWS.stop, RELATED_ROWS.stop)
    body, rel = {}, {}
    with _open(path) as fh:
        for i, raw in enumerate(fh):
            if i >= wanted_hi:
                break
            if i in BODY_ROWS or i in RELATED_ROWS:
                row = _usable(raw)
                if row is None:
                    continue
                if i in BODY_ROWS:
                    body[i] = row
                if i in RELATED_ROWS:
                    rel[i] = row
    return body, rel


# ---------------------------------------------------------------------------
# text helpers


def _clean(s: str) -> str:
    s = unicodedata.normalize("NFC", s)
    for ch in ("\u200b", "\ufeff", "\u00ad", "\u2060"):
        s = s.replace(ch, "")
    return " ".join(s.split())


_TERM = ".!?…"
_CLOSERS = "\"”’)»"
_STARTERS = "\"“‘(«["
_ABBR = {
    "TP", "Tp", "tp", "TS", "ThS", "Ths", "PGS", "GS", "BS", "LS", "KS", "CN",
    "Mr", "Mrs", "Ms", "Dr", "St", "Co", "Ltd", "Inc", "NXB", "TT", "Q", "P",
    "v.v", "vv", "No", "Tr",
}


def _prev_is_term(text: str, i: int) -> bool:
    k = i - 1
    while k >= 0 and text[k] == " ":
        k -= 1
    return k >= 0 and text[k] in _TERM


def _abbrev(text: str, i: int) -> bool:
    if text[i] != ".":
        return False
    k = text.rfind(" ", 0, i) + 1
    tok = text[k:i].lstrip("(\"“")
    return tok in _ABBR or (len(tok) == 1 and tok.isalpha() and tok.isupper())


def _try_cut(text: str, pos: int, cuts: list[int]) -> None:
    n = len(text)
    if pos >= n:
        return
    if text[pos] != " ":
        return
    k = pos
    while k < n and text[k] == " ":
        k += 1
    if k >= n:
        return
    nxt = text[k]
    if nxt.isupper() or nxt.isdigit() or nxt in _STARTERS:
        if not cuts or cuts[-1] != pos:
            cuts.append(pos)


def _split(text: str, aware: bool = True) -> list[str]:
    """Sentence split of one cleaned text.

    Quote-aware unless told not to: no cut inside a quotation.  VietNews mixes
    curly and straight quotes, so an opening mark is closed by any closing or
    straight mark.  Overlong results (runaway quotes) are split again plainly.
    """
    cuts: list[int] = []
    n = len(text)
    inside = False
    for i, ch in enumerate(text):
        if ch == "“":
            inside = True
        elif ch == "”" or (ch == '"' and inside):
            inside = False
            if _prev_is_term(text, i):
                _try_cut(text, i + 1, cuts)
        elif ch == '"':
            inside = True
        elif ch in _TERM:
            if aware and inside:
                continue
            if i + 1 < n and text[i + 1] in _TERM:
                continue
            if _abbrev(text, i):
                continue
            _try_cut(text, i + 1, cuts)
    out, start = [], 0
    for c in cuts + [n]:
        piece = text[start:c].strip()
        if piece:
            out.append(piece)
        start = c
    if aware and any(len(s) > 700 for s in out):
        fixed = []
        for s in out:
            fixed.extend(_split(s, aware=False) if len(s) > 700 else [s])
        out = fixed
    return out


def _terminated(s: str) -> bool:
    t = s.rstrip(" " + _CLOSERS)
    return bool(t) and t[-1] in _TERM


_GT = re.compile(r"\s*(?:(?<!\S)>(?!\S)\s*)+")
_MEDIA_START = re.compile(
    r"^(?:Ảnh|ẢNH|Video|VIDEO|Clip|CLIP|Audio|Đồ hoạ|Đồ họa|Infographic)\s*:")
_MEDIA_ANY = re.compile(
    r"(?:^|[\s(])(?:Ảnh|ẢNH|Video|VIDEO|Clip|Đồ hoạ|Đồ họa|Infographic)\s*:")
_ILLUS = re.compile(r"\(\s*(?:[Ảả]nh|[Hh]ình)\s*(?:minh\s*ho|:)")
_PHOTO_CREDIT = re.compile(r"^(?:Ảnh|ẢNH)\s*:")
_CREDIT = re.compile(
    r"^\(?\s*(?:Theo|THEO|Nguồn|Nguồn tin)\s*:?\s+[^.:;]{1,60}?\s*\)?\s*\.?$")
_NAME_SUFFIX = re.compile(
    r"^(.*?)\s*(\((?:[Tt]ổng hợp|[Tt]heo [^()]{1,40}|[Bb]iên dịch|[Ll]ược dịch|"
    r"[Dd]ịch|[Tt]hực hiện)\))?$")


def _is_names(t: str) -> bool:
    m = _NAME_SUFFIX.match(t)
    core = m.group(1) if m else t
    if not core:
        return False
    parts = re.split(r"\s*[-–—,&/]\s*|\s+và\s+", core)
    total = 0
    for p in parts:
        words = p.split()
        if not 1 <= len(words) <= 4:
            return False
        for w in words:
            if not w[0].isupper() or any(ch.isdigit() for ch in w):
                return False
        total += len(words)
    return total <= 12


def _is_credit(t: str) -> bool:
    return bool(_CREDIT.match(t)) and "," not in t and len(t.split()) <= 7


def _classify_tail(t: str):
    t = t.strip(" -–—|")
    if not t or t.endswith(":"):
        return None
    if _is_credit(t):
        return ("credit", t)
    if _MEDIA_START.match(t):
        return ("caption", t)
    if _is_names(t):
        return ("byline", t)
    return None


@dataclass
class _Story:
    items: list = field(default_factory=list)      # ("s", sentence) / ("c", caption)
    bylines: list = field(default_factory=list)
    credits: list = field(default_factory=list)
    captions: list = field(default_factory=list)   # trailer media captions


def _story(article: str) -> _Story:
    st = _Story()
    a = _clean(article)
    chunks = [c.strip() for c in _GT.split(a)]
    for ci, chunk in enumerate(chunks):
        if not chunk:
            continue
        sents = _split(chunk)
        if sents and len(sents[-1]) > 150 and not _terminated(sents[-1]):
            sents[-1:] = _split(sents[-1], aware=False)
        if ci > 0 and sents:
            first = sents.pop(0)
            # a boxed media caption standing alone is kept as a caption (the
            # last box may carry a glued byline); anything else after a '>'
            # marker is a related link or a caption fused into the next
            # sentence, and is dropped
            if _MEDIA_START.match(first) and not sents:
                st.captions.append(first)
        for idx, s in enumerate(sents):
            if idx == len(sents) - 1 and not _terminated(s):
                got = _classify_tail(s)
                if got is not None:
                    kind, line = got
                    {"credit": st.credits, "caption": st.captions,
                     "byline": st.bylines}[kind].append(line)
                continue
            if _MEDIA_ANY.search(s) or _ILLUS.search(s):
                if (_PHOTO_CREDIT.match(s) and st.items and st.items[-1][0] == "s"
                        and len(st.items[-1][1]) <= 220):
                    st.items[-1] = ("c", st.items[-1][1])
                continue
            st.items.append(("s", s))
    # a closing credit written as a sentence ("Theo TTXVN.")
    while st.items and st.items[-1][0] == "s":
        s = st.items[-1][1]
        if _is_credit(s):
            st.credits.insert(0, s)
            st.items.pop()
            continue
        break
    return st


@dataclass
class _Rel:
    title: str
    teaser: str
    captions: list


def _shorten(s: str, limit: int = 170) -> str:
    if len(s) <= limit:
        return s
    cut = s[:limit].rsplit(" ", 1)[0].rstrip(",;:-– ")
    return cut + "…"


_CONNECTIVE = re.compile(
    r"^(?:Tuy nhiên|Theo|Do đó|Do vậy|Vì vậy|Trong khi|Ngoài ra|Cũng|Sau đó|Trước đó|"
    r"Hiện|Khi|Nếu|Bên cạnh|Vì|Đồng thời|Còn|Riêng|Trong đó|Để|Như vậy|Với|Đây|"
    r"Điều|Đó|Ông|Bà|Anh|Chị|Em|Họ|Tôi)\b")
_SAYS = re.compile(r"\b(?:cho biết|cho hay|nói|khẳng định|chia sẻ|thông tin|nhấn mạnh)\b")


def _related(title: str, article: str) -> _Rel:
    """Headline, teaser and caption-like sentences of another story.

    Only the title and the first RELATED_CUT characters of the article are
    read; a sentence the cut may have truncated is never used.
    """
    head = article[:RELATED_CUT]
    chunk = _GT.split(_clean(head))[0]
    sents = _split(chunk)
    if len(article) > RELATED_CUT and sents:
        sents = sents[:-1]
    sents = [s for s in sents
             if _terminated(s) and not _MEDIA_ANY.search(s) and not _ILLUS.search(s)]
    t = _clean(title)
    longer = [s for s in sents if len(s) >= 70 and not s[0] in "\"“"]
    teaser = _shorten(longer[0] if longer else (sents[0] if sents else t))

    def plain(s):
        return not any(q in s for q in "\"“”") and not _CONNECTIVE.match(s) \
            and not _SAYS.search(s)

    caps = [s for s in sents if 20 <= len(s) <= 110 and plain(s)]
    caps += [s for s in sents if 110 < len(s) <= 160 and plain(s)]
    if not caps:
        caps = [s for s in sents if 20 <= len(s) <= 190] or [teaser]
    return _Rel(t, teaser, caps[:4])


# ---------------------------------------------------------------------------
# old / new tone placement (hoá ~ hóa, thuỷ ~ thủy)

_OLD_NEW: dict[str, str] = {}
for _plain, _marks in (("a", "áàảãạ"), ("e", "éèẻẽẹ")):
    for _om, _no in zip(_marks, "óòỏõọ"):
        _OLD_NEW["o" + _om] = _no + _plain
for _om, _nu in zip("ýỳỷỹỵ", "úùủũụ"):
    _OLD_NEW["u" + _om] = _nu + "y"
for _k, _v in list(_OLD_NEW.items()):
    _OLD_NEW[_k.upper()] = _v.upper()
    _OLD_NEW[_k[0].upper() + _k[1]] = _v[0].upper() + _v[1]
_NEW_OLD = {v: k for k, v in _OLD_NEW.items()}


def _alt(keys):
    return "|".join(sorted(keys, key=len, reverse=True))


_OLD_RE = re.compile(r"(?<![qQ])(?:%s)(?!\w)" % _alt(_OLD_NEW))
_NEW_RE = re.compile(r"(?<![qQ])(?:%s)(?!\w)" % _alt(_NEW_OLD))


def _tone(s: str, style: str) -> str:
    if style == "new":
        return _OLD_RE.sub(lambda m: _OLD_NEW[m.group()], s)
    return _NEW_RE.sub(lambda m: _NEW_OLD[m.group()], s)


# ---------------------------------------------------------------------------
# page context handed to the layouts

_FAM = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Vũ", "Võ", "Đặng",
        "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Phan", "Trịnh", "Mai", "Tạ",
        "Lương", "Kiều", "Lâm", "Châu", "Quách", "Đinh", "Tô")
_MID = ("Văn", "Thị", "Minh", "Thanh", "Ngọc", "Đức", "Hữu", "Quang", "Thu",
        "Bảo", "Gia", "Kim", "Hải", "Xuân", "Phương", "Anh", "Diệu")
_GIV = ("An", "Bình", "Chi", "Dũng", "Giang", "Hạnh", "Khoa", "Lam", "Linh",
        "Nhi", "Phúc", "Quân", "Sơn", "Tâm", "Thảo", "Trung", "Tú", "Uyên", "Vy",
        "Yến", "Khánh", "Hiền", "Thắng", "Toàn", "Hòa", "Thụy", "Thủy", "Loan",
        "Nguyên", "Khỏe", "Tuệ", "Duy", "Hậu")
_MINORITY = ("Y Bhin Niê", "H'Linh Mlô", "Ksor Nay", "Rơ Mah Thuân", "Danh Sang",
             "Thạch Sô Phia", "Lò Văn Páo", "Sùng A Chớ", "Hà Thị Ỏn",
             "Đinh Y Blúp", "Siu H'Lâm", "Kpă Thuyên", "Lục Thị Nhọ", "Giàng A Lử")
_WD = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")
_EN_MON = ("January", "February", "March", "April", "May", "June", "July",
           "August", "September", "October", "November", "December")


def _slug(s: str) -> str:
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).lower()
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s[:60].rstrip("-") or "bai-viet"


class _Ctx:
    def __init__(self, rng: random.Random, title: str, story: _Story, rel: list):
        self.rng = rng
        self.title = title
        self.story = story
        order = list(range(len(rel)))
        rng.shuffle(order)
        self._rel = [rel[i] for i in order]
        self._ri = 0
        self._used_caps: set = set()
        day = rng.randrange(0, 5 * 365)
        self.date = _dt.datetime(2015, 1, 1, rng.randrange(5, 23), rng.randrange(60)) \
            + _dt.timedelta(days=day)
        self.slug = _slug(title)
        self.byline_used = False

    # random helpers
    def pick(self, seq):
        return seq[self.rng.randrange(len(seq))]

    def n(self, lo: int, hi: int) -> int:
        return self.rng.randint(lo, hi)

    def p(self, prob: float) -> bool:
        return self.rng.random() < prob

    def opt(self, prob: float, *pairs):
        return list(pairs) if self.p(prob) else []

    # other stories (RELATED_ROWS only)
    def _next(self) -> _Rel:
        e = self._rel[self._ri % len(self._rel)]
        self._ri += 1
        return e

    def hl(self) -> str:
        return self._next().title

    def teaser(self):
        e = self._next()
        return e.title, e.teaser

    def cap(self) -> str:
        for _ in range(8):
            e = self._next()
            free = [s for s in e.captions if s not in self._used_caps]
            if free:
                s = self.pick(free)
                self._used_caps.add(s)
                return s
        return self._next().teaser

    def hl_slug(self):
        h = self.hl()
        return h, _slug(h)

    # people
    def name(self) -> str:
        return f"{self.pick(_FAM)} {self.pick(_MID)} {self.pick(_GIV)}"

    def pen(self) -> str:
        return f"{self.pick(_MID)} {self.pick(_GIV)}"

    def minority(self) -> str:
        return self.pick(_MINORITY)

    def author(self, invent: float = 0.75, maker=None):
        """The story's own trailer byline, else (sometimes) an invented one."""
        if self.story.bylines and not self.byline_used:
            self.byline_used = True
            return self.story.bylines[0]
        if self.byline_used:
            return None
        self.byline_used = True
        if self.p(invent):
            return (maker or self.pen)()
        return None

    # dates
    def d(self, style: str) -> str:
        d = self.date
        wd = _WD[d.weekday()]
        if style == "dmy":
            return f"{d.day:02d}/{d.month:02d}/{d.year}"
        if style == "dmy_short":
            return f"{d.day}/{d.month}/{d.year}"
        if style == "wd_dmy_hm":
            return f"{wd}, {d.day:02d}/{d.month:02d}/{d.year} - {d.hour:02d}:{d.minute:02d}"
        if style == "hm_wd":
            return f"{d.hour:02d}:{d.minute:02d} {wd}, {d.day}/{d.month}/{d.year}"
        if style == "long":
            return f"{d.day} tháng {d.month}, {d.year}"
        if style == "iso":
            return f"{d.year}-{d.month:02d}-{d.day:02d} {d.hour:02d}:{d.minute:02d}"
        if style == "en":
            h12 = d.hour % 12 or 12
            ap = "am" if d.hour < 12 else "pm"
            return f"{_EN_MON[d.month - 1]} {d.day}, {d.year} at {h12}:{d.minute:02d} {ap}"
        if style == "en_short":
            return f"{d.day} {_EN_MON[d.month - 1][:3]} {d.year}"
        if style == "spoken":
            return (f"{d.hour} giờ {d.minute:02d} phút, {wd.lower()} ngày {d.day} "
                    f"tháng {d.month} năm {d.year}")
        raise ValueError(style)

    def later(self, days: int) -> _dt.datetime:
        return self.date + _dt.timedelta(days=days, minutes=self.n(5, 600))


@dataclass
class _Plan:
    head: list
    title: str
    meta: list
    tail: list
    gap: object            # callable(index, n_paragraphs) -> list of pairs
    cap: object            # callable(caption text) -> list of pairs
    para: tuple = (1, 3)
    credit: object = None  # callable(credit text) -> line


def _no_gap(_i, _n):
    return []


# ---------------------------------------------------------------------------
# layouts


def _lay_broadcaster_reader_mode(c: _Ctx) -> _Plan:
    site = c.pick(("vi.songbachai.example", "Ban Việt ngữ – Đài Sóng Bắc Hải",
                   "songbachai.example/tieng-viet"))
    head = [(None, site)]
    meta = []
    by = c.author(0.8)
    if by:
        meta.append(("byline", c.pick((by, f"{by} - Ban Việt ngữ", f"Tác giả: {by}",
                                       f"{by}, phóng viên thường trú"))))
    meta.append(("widget", c.pick((f"{c.n(3, 9)} phút đọc",
                                   f"Thời gian đọc ước tính: {c.n(3, 9)}–{c.n(10, 12)} phút"))))
    meta.append((None, c.pick((c.d("long"), c.d("dmy"), f"Đăng ngày {c.d('dmy_short')}"))))

    def cap(t):
        out = [("caption", t)]
        if c.p(0.6):
            out.append(("credit", c.pick((f"Ảnh do {c.name()} cung cấp",
                                          "Ảnh: Tư liệu của Ban Việt ngữ",
                                          f"Hình: {c.name()} / Sóng Bắc Hải"))))
        return out

    def gap(i, n):
        out = []
        if c.p(0.25):
            out += cap(c.cap())
        if c.p(0.12):
            out.append(("related", c.pick(("Bài liên quan: ", "Cùng chủ đề: ")) + c.hl()))
        return out

    tail = [("widget", c.pick(("Chủ đề liên quan", "Các chủ đề trong bài")))]
    tail.append(("widget", c.pick(("Việt Nam · Xã hội · Đời sống",
                                   "Châu Á · Việt Nam · Thời sự",
                                   "Môi trường · Việt Nam · Hạ tầng"))))
    tail += c.opt(0.7, ("widget", "Đọc thêm từ Ban Việt ngữ"))
    for _ in range(c.n(1, 3)):
        h, t = c.teaser()
        tail.append(("related", h))
        tail += c.opt(0.5, ("related", t))
    tail.append(("widget", c.pick(("Mở bài này trên trang gốc",
                                   "Xem phiên bản đầy đủ trên trình duyệt"))))
    tail += c.opt(0.6, ("widget", "© 2019 Đài Sóng Bắc Hải. Chúng tôi không chịu trách "
                                  "nhiệm về nội dung của các trang mạng bên ngoài."))
    return _Plan(head, c.title, meta, tail, gap, cap, (2, 4))


def _lay_foreign_paper_translate_plugin(c: _Ctx) -> _Plan:
    head = [("widget", c.pick(("Skip to main content", "Menu")))]
    head += c.opt(0.8, ("widget", c.pick(("Đăng nhập | Subscribe", "Sign in  Đăng ký nhận bản tin"))))
    head.append((None, c.pick(("Nhật báo Đông Kinh – Ấn bản tiếng Việt",
                               "Thời báo Nam Bán Cầu | Việt ngữ"))))
    head.append(("widget", c.pick(("Thế giới  Châu Á  Kinh tế  Việt Nam  Opinion",
                                   "Tin mới  World  Việt Nam  Văn hóa  Podcasts"))))
    meta = []
    by = c.author(0.85)
    if by:
        meta.append(("byline", c.pick((f"By {by}", f"Bởi {by}, phóng viên tại Hà Nội",
                                       f"{by} | Correspondent"))))
    meta.append((None, c.pick((f"Published {c.d('en_short')}", c.d("en"),
                               f"Cập nhật {c.d('dmy')} (Updated)"))))
    meta.append(("widget", c.pick(("Share this article", "Save  Share  Gift this article",
                                   f"Listen · {c.n(3, 8)} min"))))

    def cap(t):
        return [("caption", c.pick((f"{t} Photo: {c.name()}", f"{t} (Photo: Reuters Pool)",
                                    f"Ảnh: {t}", f"{t} Hình ảnh: {c.name()}")))]

    def gap(i, n):
        out = []
        if i == n // 2:
            out += [("widget", "Advertisement"),
                    ("widget", c.pick(("Continue reading below", "Scroll to continue")))]
        if c.p(0.2):
            out += cap(c.cap())
        if c.p(0.15):
            out.append(("related", c.pick(("Read more: ", "Đọc thêm: ", "Related: ")) + c.hl()))
        return out

    tail = [("widget", c.pick(("Most read", "Đọc nhiều nhất", "Trending")))]
    tail += [("related", f"{k}. {c.hl()}") for k in range(1, c.n(2, 4) + 1)]
    tail.append(("widget", c.pick(("Cookie settings | Privacy policy | Terms of use",
                                   "Terms & Conditions  Cookie settings  Contact us"))))
    tail += c.opt(0.7, ("widget", c.pick((
        "Bản dịch giao diện được tạo tự động. Show original",
        "Trang đã được dịch sang: Tiếng Việt · Hiển thị bản gốc · Options"))))
    return _Plan(head, c.title, meta, tail, gap, cap, (1, 3))


def _lay_diaspora_paper_print(c: _Ctx) -> _Plan:
    paper = c.pick(("TUẦN BÁO CHÂN TRỜI VIỆT", "NGUYỆT SAN QUÊ HƯƠNG XA",
                    "VIỆT TRIBUNE HOUSTON"))
    head = [("widget", c.pick(("In bài này | Đóng cửa sổ", "[In trang] [Đóng]",
                               "Bấm vào đây để in")))]
    head.append((None, paper + c.pick((" – Phục vụ cộng đồng người Việt từ 1989",
                                       " – Tiếng nói của đồng hương hải ngoại", ""))))
    head += c.opt(0.8, ("widget", f"Địa chỉ bài viết: https://www.chantroiviet.example/tin/{c.slug}"))
    meta = [(None, c.pick((c.d("wd_dmy_hm"), f"Số phát hành ngày {c.d('dmy')}")))]
    meta += c.opt(0.5, ("widget", f"Số {c.n(400, 1200)} – Mục: Tin quê nhà"))

    def cap(t):
        return [("caption", c.pick((f"[Hình: {t}]", f"(Hình minh họa) {t}", f"Hình: {t}")))]

    ads = ("QUẢNG CÁO — Tiệm thuốc Bắc Phước Thọ, 9123 Bolsa Ave., Westminster. ĐT: (714) 555-0147",
           "Văn phòng luật sư di trú – bảo lãnh thân nhân, thẻ xanh. Gọi ngay (713) 555-0182",
           "Nha khoa Gia Đình nhận bảo hiểm, có nói tiếng Việt. Lấy hẹn: (408) 555-0119")

    def gap(i, n):
        out = []
        if c.p(0.22):
            out += cap(c.cap())
        if c.p(0.15):
            out.append(("widget", c.pick(ads)))
        return out

    tail = []
    by = c.author(0.7)
    if by:
        tail.append(("byline", c.pick((f"({by})", f"{by} tổng hợp", f"Bài: {by}"))))
    tail += c.opt(0.6, ("related", "Cùng mục: " + c.hl()))
    tail.append(("widget", f"© {c.date.year} {paper.title()}. Mọi hình thức sao chép phải có "
                           "sự đồng ý bằng văn bản của tòa soạn."))
    tail.append(("widget", c.pick(("Trang 1/1", "Trang 1 / 2", "-- 1 --"))))
    tail += c.opt(0.6, ("widget", f"In lúc {c.n(6, 23):02d}:{c.n(0, 59):02d} ngày "
                                  f"{c.later(3).day}/{c.later(3).month}/{c.later(3).year}"))
    return _Plan(head, c.title, meta, tail, gap, cap, (2, 4),
                 credit=lambda t: f"(Nguồn: {t})" if not t.startswith("(") else t)


def _lay_diaspora_paper_cached_copy(c: _Ctx) -> _Plan:
    url = f"https://vietbaocali.example/tin-tuc/{c.slug}.html"
    snap = c.later(c.n(1, 40))
    head = [("widget", f"Bản sao lưu tạm do công cụ tìm kiếm giữ lại từ {url}, chụp lúc "
                       f"{snap.hour:02d}:{snap.minute:02d} ngày {snap.day}/{snap.month}/{snap.year} GMT."),
            ("widget", c.pick(("Nội dung gốc có thể đã được sửa hoặc gỡ bỏ sau thời điểm này.",
                               "Trang hiện hành có thể khác với bản lưu này."))),
            ("widget", c.pick(("Xem bản đầy đủ · Chỉ văn bản · Mã nguồn trang",
                               "Bản đầy đủ | Bản chữ | Xem mã nguồn")))]
    head += c.opt(0.5, ("widget", "Gợi ý: nhấn Ctrl+F để tìm nhanh từ khóa trên trang."))
    head.append((None, c.pick(("Việt Báo Cali", "Cali Việt Nhật Báo – Bản điện tử"))))
    head.append(("widget", c.pick(("Trang Nhà | Cộng Đồng | Việt Nam | Thế Giới | Rao Vặt | Cáo Phó",
                                   "Trang chính  Tin cộng đồng  Quê nhà  Rao vặt  Liên lạc"))))
    meta = [(None, c.pick((c.d("dmy"), c.d("hm_wd"))))]
    by = c.author(0.6)
    if by:
        meta.append(("byline", c.pick((f"Tác giả: {by}", f"{by} / Việt Báo"))))

    def cap(t):
        return [("caption", c.pick((t, f"Hình: {t}", f"{t} (Hình: {c.name()})")))]

    def gap(i, n):
        out = []
        if c.p(0.2):
            out += cap(c.cap())
        if c.p(0.18):
            out.append(("widget", c.pick((
                "Rao vặt: Cần thợ nail có kinh nghiệm, lương cao, bao ăn ở. Gọi (408) 555-0123",
                "Rao vặt: Bán tiệm phở đang hoạt động tốt, khách ổn định. Liên lạc anh Tâm (714) 555-0166",
                "Quảng cáo"))))
        if c.p(0.1):
            out.append(("related", f"Xem tiếp: {c.hl()}"))
        return out

    tail = [("widget", f"Ý kiến bạn đọc ({c.n(0, 12)})")]
    for _ in range(c.n(0, 2)):
        tail.append(("widget", f"{c.pen()} – {c.later(1).day}/{c.later(1).month}: "
                               + c.pick(("Cám ơn quý báo đã đưa tin.",
                                         "Mong bà con bên nhà được bình an.",
                                         "Đọc mà thấy thương quê quá."))))
    tail.append(("widget", c.pick(("Bài cùng mục", "Các bài khác"))))
    tail += [("related", c.hl()) for _ in range(c.n(2, 3))]
    tail.append(("widget", "Liên lạc tòa soạn · Quảng cáo · Điều khoản sử dụng"))
    return _Plan(head, c.title, meta, tail, gap, cap, (1, 3))


def _lay_minority_outlet_mobile_copy(c: _Ctx) -> _Plan:
    head = [("widget", c.pick(("☰", "≡ Menu"))),
            ("widget", "Tiếng Việt ▾"),
            ("widget", c.pick(("Ba Na | Ê Đê | Gia Rai | Mơ Nông | Khmer | Chăm | Mông",
                               "Tiếng Việt · Ê Đê · Jrai · Bahnar · Xơ Đăng · Cơ Ho"))),
            (None, c.pick(("Phát thanh Dân tộc Cao Nguyên", "Tiếng nói Buôn Làng – trang tiếng Việt"))),
            ("widget", c.pick(("Thời sự › Dân tộc – Miền núi", "Trang chủ > Tin trong nước")))]
    meta = [(None, c.pick((f"{c.n(1, 11)} giờ trước", f"{c.d('dmy_short')} | {c.date.hour:02d}:{c.date.minute:02d}")))]
    meta += c.opt(0.7, ("widget", c.pick(("▶ Nghe bản tiếng Ê Đê", "▶ Nghe bản tiếng Ba Na",
                                          "🔊 Nghe đọc bài"))))
    meta += c.opt(0.5, ("widget", "A-  A  A+"))

    def cap(t):
        return [("caption", c.pick((t, f"{t} Ảnh: {c.minority()}", f"Ảnh: {t}")))]

    def gap(i, n):
        out = []
        if c.p(0.2):
            out += cap(c.cap())
        if c.p(0.15):
            out.append(("related", c.pick(("» ", "Xem thêm: ", "➤ ")) + c.hl()))
        if i == 1:
            out += [("widget", "Quảng cáo")] + c.opt(0.5, ("widget", "Cuộn để tiếp tục đọc"))
        return out

    tail = []
    by = c.author(0.8, c.minority)
    if by:
        tail.append(("byline", c.pick((by, f"{by} – Ban biên tập tiếng Việt",
                                       f"Tin, ảnh: {by}"))))
    tail.append(("widget", c.pick(("Chia sẻ: Facebook · Zalo · Sao chép liên kết",
                                   "Chia sẻ  Lưu  Báo lỗi"))))
    tail += c.opt(0.6, ("widget", f"👍 {c.n(0, 80)}   💬 {c.n(0, 9)}"))
    tail.append(("widget", c.pick(("Tin cùng chuyên mục", "Tin khác"))))
    tail += [("related", c.hl()) for _ in range(c.n(2, 4))]
    tail.append(("widget", "Về đầu trang ↑"))
    tail += c.opt(0.7, ("widget", "Trang chủ   Video   Podcast   Tìm kiếm   Cá nhân"))
    return _Plan(head, c.title, meta, tail, gap, cap, (1, 2))


def _lay_minority_outlet_voice_readout(c: _Ctx) -> _Plan:
    head = [("widget", c.pick(("Trợ lý giọng nói: đang đọc trang web.",
                               "Chế độ đọc to đã bật."))),
            (None, c.pick(("Nguồn: Báo ảnh Dân tộc Miền núi, trang tiếng Việt.",
                           "Trang: Tiếng nói Buôn Làng."))),
            ("widget", c.pick(("Giọng đọc nữ miền Trung, tốc độ một phẩy hai lăm.",
                               "Giọng đọc nam miền Bắc, tốc độ bình thường.")))]
    meta = []
    by = c.author(0.7, c.minority)
    if by:
        meta.append(("byline", c.pick((f"Bài viết của {by}.", f"Tác giả {by}."))))
    meta.append(("widget", f"Thời lượng khoảng {c.n(2, 6)} phút {c.n(5, 55)} giây."))

    def cap(t):
        return [("caption", c.pick((f"Hình ảnh: {t}", f"Ảnh chú thích: {t}")))]

    def gap(i, n):
        out = []
        r = c.rng.random()
        if r < 0.12:
            out.append(("widget", "[ngắt nghỉ]"))
        elif r < 0.3:
            out += cap(c.cap())
        elif r < 0.38:
            out.append(("widget", "Đã bỏ qua một quảng cáo."))
        elif r < 0.46:
            out.append(("related", f"Liên kết: {c.hl()}."))
        return out

    tail = [("widget", c.pick(("Hết bài.", "Kết thúc bài viết.")))]
    tail += c.opt(0.8, ("related", f"Bài tiếp theo: {c.hl()}."))
    tail.append(("widget", c.pick(("Bạn có muốn nghe bài tiếp theo không? Hãy nói Có hoặc Không.",
                                   "Nói tiếp tục để nghe tin kế, hoặc dừng lại để thoát."))))
    return _Plan(head, c.title, meta, tail, gap, cap, (1, 2),
                 credit=lambda t: t.rstrip(".") + ".")


def _lay_law_journal_pdf(c: _Ctx) -> _Plan:
    issue = f"Số {c.n(1, 24):02d} ({c.n(150, 380)}) – Tháng {c.date.month}/{c.date.year}"
    header = c.pick((f"TẠP CHÍ LUẬT SƯ & DOANH NGHIỆP | {issue}",
                     f"PHÁP LÝ VÀ ĐỜI SỐNG   {issue}"))
    page = [c.n(8, 60)]
    head = [("widget", header),
            ("widget", c.pick(("NGHIÊN CỨU – TRAO ĐỔI", "THỰC TIỄN PHÁP LUẬT", "BÌNH LUẬN ÁN")))]
    title = c.title.upper() if c.p(0.6) else c.title
    meta = []
    by = c.author(0.9, lambda: f"LS. {c.name()}")
    if by:
        meta.append(("byline", by))
        meta += c.opt(0.6, ("byline", c.pick(("Đoàn Luật sư thành phố Hà Nội",
                                              "Công ty Luật TNHH Minh Chính"))))
    meta.append((None, f"Ngày nhận bài: {c.d('dmy')}; ngày duyệt đăng: "
                       f"{c.later(20).day:02d}/{c.later(20).month:02d}/{c.later(20).year}"))
    figs = [0]

    def cap(t):
        figs[0] += 1
        out = [("caption", f"Hình {figs[0]}. {t}")]
        out += c.opt(0.6, ("credit", c.pick(("Nguồn: Tư liệu tòa soạn", "Nguồn ảnh: Internet"))))
        return out

    def gap(i, n):
        out = []
        if i % 3 == 2:
            page[0] += 1
            out += [("widget", c.pick((str(page[0] - 1), f"- {page[0] - 1} -"))),
                    ("widget", header)]
        elif c.p(0.15):
            out += cap(c.cap())
        elif c.p(0.08):
            out.append(("widget", f"{c.n(1, 9)} Xem thêm Điều {c.n(2, 90)} Bộ luật Dân sự năm 2015."))
        return out

    tail = c.opt(0.4, ("related", f"Đón đọc kỳ sau: {c.hl()}"))
    tail += [("widget", c.pick(("Tòa soạn: 45 Trần Xuân Soạn, Hà Nội | ĐT: 024 3555 0188",
                                "Email tòa soạn: toasoan@luatsudn.example | Website: luatsudn.example"))),
             ("widget", lambda: str(page[0]))]
    return _Plan(head, title, meta, tail, gap, cap, (2, 5))


def _lay_medical_journal_markdown(c: _Ctx) -> _Plan:
    head = [("widget", "[Chuyển đến nội dung chính](#noi-dung)"),
            ("widget", "* [Trang chủ](/)"),
            ("widget", c.pick(("* [Tin y tế](/tin-y-te)", "* [Y học thường thức](/y-hoc)"))),
            ("widget", c.pick(("* [Hỏi đáp bác sĩ](/hoi-dap)", "* [Dinh dưỡng](/dinh-duong)"))),
            (None, c.pick(("[![Tạp chí Sức khỏe Cộng đồng](/static/logo.png)](/)",
                           "**Tạp chí Y học & Đời sống**")))]
    title = "# " + c.title
    meta = []
    by = c.author(0.8, lambda: f"BS. {c.name()}")
    if by:
        meta.append(("byline", c.pick((f"**{by}**", f"Tác giả: **{by}**", f"_Bài: {by}_"))))
    meta.append((None, c.pick((f"_{c.d('dmy')}_", f"Ngày đăng: {c.d('dmy')}"))))
    meta += c.opt(0.5, ("widget", "[Chia sẻ](https://suckhoe.example/share) [In bài](javascript:print())"))

    def cap(t):
        return [("caption", c.pick((f"![{t}](/uploads/{c.date.year}/{c.date.month:02d}/{_slug(t)[:40]}.jpg)",
                                    f"*{t}*", f"_Ảnh: {t}_")))]

    def gap(i, n):
        out = []
        if c.p(0.22):
            out += cap(c.cap())
        if c.p(0.15):
            h, s = c.hl_slug()
            out.append(("related", f"> **Xem thêm:** [{h}](/{s}.html)"))
        if c.p(0.08):
            out.append(("widget", "[![Quảng cáo](/ads/banner-300x250.gif)](/ads/click?id="
                                  f"{c.n(1000, 9999)})"))
        return out

    tail = c.opt(0.6, ("widget", "**Từ khóa:** [tiêu hóa](/tag/tieu-hoa), [sức khỏe](/tag/suc-khoe)"))
    tail.append(("widget", c.pick(("## Bài viết cùng chuyên mục", "### Bài liên quan"))))
    for _ in range(c.n(2, 4)):
        h, s = c.hl_slug()
        tail.append(("related", f"- [{h}](/{s}.html)"))
    tail += [("widget", "---"),
             ("widget", "Thông tin trong bài chỉ mang tính tham khảo, không thay thế chẩn đoán "
                        "và điều trị của bác sĩ."),
             ("widget", f"© {c.date.year} Tạp chí Sức khỏe Cộng đồng. Giữ toàn quyền.")]
    return _Plan(head, title, meta, tail, gap, cap, (2, 4),
                 credit=lambda t: f"_{t}_")


def _lay_agriculture_journal_cached_copy(c: _Ctx) -> _Plan:
    snap = c.later(c.n(2, 30))
    head = [("widget", f"[Bản lưu] Trang nhanongngaynay.example/{c.slug} như đã lưu ngày "
                       f"{snap.day} thg {snap.month}, {snap.year} {snap.hour:02d}:{snap.minute:02d}:{c.n(10, 59)}."),
            ("widget", c.pick(("Bản gốc có thể đã thay đổi. Xem trang hiện tại »",
                               "Đây là bản lưu, không phải trang đang hoạt động."))),
            ("widget", "Bản đầy đủ | Chỉ chữ | Mã nguồn")]
    head.append((None, c.pick(("Tạp chí Nhà Nông Ngày Nay", "NÔNG NGHIỆP XANH – Tạp chí điện tử"))))
    head.append(("widget", c.pick(("Trồng trọt  Chăn nuôi  Thủy sản  Thị trường  Khuyến nông",
                                   "Thị trường | Kỹ thuật | Nông thôn mới | Hỏi đáp nhà nông"))))
    head += c.opt(0.7, ("widget", f"Giá hôm nay: Cà phê {c.n(30, 40)}.{c.n(1, 9)}00 đ/kg ▲ | "
                                  f"Hồ tiêu {c.n(42, 60)}.000 đ/kg ▼ | Lúa IR50404 {c.n(4, 6)}.{c.n(1, 9)}00 đ/kg"))
    meta = [(None, c.d("hm_wd"))]
    by = c.author(0.7)

    def cap(t):
        return [("caption", c.pick((f"Ảnh minh họa: {t}", f"{t} Ảnh: {c.name()}", t)))]

    def gap(i, n):
        out = []
        if c.p(0.22):
            out += cap(c.cap())
        if c.p(0.12):
            out.append(("related", c.pick(("Xem thêm: ", "Tin liên quan: ")) + c.hl()))
        if c.p(0.08):
            out.append(("widget", "Liên hệ quảng cáo phân bón, thuốc bảo vệ thực vật: 0909 555 123"))
        return out

    tail = []
    if by:
        tail.append(("byline", c.pick((f"{by} (Trạm Khuyến nông huyện)", by.upper(), f"Tin: {by}"))))
    tail.append(("widget", f"Bình chọn bài viết: ★★★★☆ ({c.n(3, 60)} lượt)"))
    tail.append(("widget", c.pick(("Tin cùng chuyên mục", "Có thể bạn quan tâm"))))
    for _ in range(c.n(2, 3)):
        h, t = c.teaser()
        tail += [("related", h), ("related", t)]
    tail.append(("widget", f"Giấy phép số {c.n(100, 600)}/GP-BTTTT. Ghi rõ nguồn khi trích dẫn."))
    return _Plan(head, c.title, meta, tail, gap, cap, (1, 3))


def _lay_construction_journal_translate_plugin(c: _Ctx) -> _Plan:
    head = [("widget", c.pick(("Home  Tin tức  Dự án  Vật liệu  Quy chuẩn  Contact",
                               "Home | News | Dự án | Kiến trúc | Events"))),
            (None, c.pick(("Tạp chí Xây dựng & Kiến trúc Việt", "Xây Dựng Ngày Nay – Trade Journal"))),
            ("widget", c.pick(("Search for:", "Search …")))]
    meta = []
    by = c.author(0.8)
    if by:
        meta.append(("byline", c.pick((f"Posted by {by}", f"Đăng bởi {by}", f"Author: {by}"))))
    meta.append((None, c.pick((c.d("en"), f"{_EN_MON[c.date.month - 1]} {c.date.day}, {c.date.year}"))))
    meta.append(("widget", c.pick(("Posted in Tin ngành", "Posted in Quy hoạch – Hạ tầng",
                                   f"{c.n(0, 6)} Comments"))))

    def cap(t):
        return [("caption", c.pick((f"{t} (Photo: {c.name()})", f"Photo: {t}", f"{t} Ảnh minh họa")))]

    def gap(i, n):
        out = []
        if c.p(0.22):
            out += cap(c.cap())
        if c.p(0.15):
            out.append(("related", c.pick(("Read more  ", "Xem thêm  ", "Related: ")) + c.hl()))
        if c.p(0.1):
            out.append(("widget", "Advertisement"))
        return out

    tail = [("widget", c.pick(("Tags: xây dựng, hạ tầng, quy hoạch",
                               "Tags: công trình, vật liệu, an toàn lao động"))),
            ("widget", c.pick(("Share on: Facebook  LinkedIn  Email", "Share this: Tweet  Share  Print")))]
    tail += [("related", f"« Previous post: {c.hl()}"), ("related", f"Next post: {c.hl()} »")]
    tail += [("widget", "Leave a comment"),
             ("widget", "Your email address will not be published. Required fields are marked *")]
    tail += c.opt(0.6, ("widget", "Newsletter – Sign up để nhận tin ngành xây dựng mỗi tuần"))
    tail += c.opt(0.5, ("widget", "Đánh giá bản dịch này: 👍 👎"))
    return _Plan(head, c.title, meta, tail, gap, cap, (2, 3))


def _lay_customs_bulletin_monitoring_export(c: _Ctx) -> _Plan:
    head = [("widget", "=== BẢN TIN THEO DÕI BÁO CHÍ ==="),
            ("widget", f"Mã bản ghi: HQ-{c.date.year}-{c.n(10000, 99999)}"),
            (None, c.pick(("Nguồn: Bản tin Hải quan Cửa khẩu (điện tử)",
                           "Nguồn: Tạp chí Xuất Nhập Khẩu & Logistics"))),
            (None, f"Thời gian đăng: {c.d('iso')} (GMT+7)"),
            ("widget", c.pick(("Chuyên mục gốc: Tin hoạt động", "Chuyên mục gốc: Chống buôn lậu"))),
            ("widget", "Chủ đề theo dõi: Hải quan; Xuất nhập khẩu; Buôn lậu, gian lận thương mại"),
            ("widget", f"Sắc thái: {c.pick(('Trung tính', 'Tích cực', 'Tiêu cực'))} | "
                       f"Mức độ ảnh hưởng: {c.n(1, 5)}/5")]
    title = f"Tiêu đề: {c.title}"
    meta = []
    by = c.author(0.6)
    if by:
        meta.append(("byline", f"Tác giả (theo nguồn): {by}"))
    meta.append(("widget", "Nội dung:"))
    nimg = [0]

    def cap(t):
        nimg[0] += 1
        return [("caption", f"[Ảnh kèm theo {nimg[0]}] {t}")]

    def gap(i, n):
        out = []
        if c.p(0.12):
            out += cap(c.cap())
        if c.p(0.06):
            out.append(("related", f"[Liên kết trong bài] {c.hl()}"))
        return out

    srcs = ("Cổng tin Logistics Việt", "Thời báo Kinh tế Biển", "Tạp chí Thương mại Biên giới")
    tail = [("widget", f"Số từ: {c.n(250, 1400)} | Số ảnh: {c.n(0, 5)} | Lượt xem ước tính: {c.n(200, 9000)}"),
            ("widget", "Tin tương tự trên các nguồn khác:")]
    for k in range(1, c.n(2, 4) + 1):
        d = c.later(c.n(0, 4))
        h, t = c.teaser()
        tail.append(("related", f"[{k}] {h} ({c.pick(srcs)}, {d.day:02d}/{d.month:02d}/{d.year})"))
        tail += c.opt(0.6, ("related", f"Trích đoạn: {t}"))
    tail += [("widget", "--- HẾT BẢN GHI ---"),
             ("widget", "Tài liệu lưu hành nội bộ, không phát tán ra bên ngoài.")]
    return _Plan(head, title, meta, tail, gap, cap, (2, 4),
                 credit=lambda t: f"Ghi chú nguồn: {t}")


def _lay_bank_newsroom_reader_mode(c: _Ctx) -> _Plan:
    head = [(None, c.pick(("tintuc.nganhangphuongnam.example", "Phòng tin – Ngân hàng TMCP Đông Hải")))]
    meta = []
    by = c.author(0.5, lambda: c.pick(("Ban Truyền thông – Thương hiệu", "Phòng Quan hệ công chúng")))
    if by:
        meta.append(("byline", by))
    meta.append((None, c.pick((c.d("dmy"), c.d("long")))))
    meta += c.opt(0.7, ("widget", f"Thời gian đọc: {c.n(2, 7)} phút"))

    def cap(t):
        return [("caption", c.pick((f"{t} (Ảnh: Phòng Truyền thông)", t, f"Ảnh: {t}")))]

    def gap(i, n):
        out = []
        if c.p(0.2):
            out += cap(c.cap())
        if c.p(0.1):
            out.append(("related", f"Xem thêm: {c.hl()}"))
        return out

    tail = [("widget", "Thông tin liên hệ báo chí: Phòng Quan hệ công chúng – Email: "
                       "baochi@donghaibank.example – ĐT: 028 3555 0199")]
    tail += c.opt(0.8, ("widget", "Thông tin trên đây chỉ nhằm mục đích cung cấp tin tức, không phải "
                                  "lời mời chào hay khuyến nghị đầu tư."))
    tail.append(("widget", c.pick(("Tin tức khác", "Bài viết mới"))))
    tail += [("related", c.hl()) for _ in range(c.n(1, 3))]
    tail += c.opt(0.5, ("widget", "Đường dây nóng 1900 5555 88 (24/7)"))
    return _Plan(head, c.title, meta, tail, gap, cap, (2, 4))


def _lay_company_newsroom_markdown(c: _Ctx) -> _Plan:
    head = [("widget", "[Trang chủ](/) / [Phòng tin](/phong-tin) / [Tin doanh nghiệp](/phong-tin/doanh-nghiep)"),
            (None, c.pick(("![Logo Tổng công ty Hạ tầng Miền Trung](/assets/logo.svg)",
                           "**Công ty CP Cơ điện Sông Hồng – Newsroom**")))]
    title = "## " + c.title
    meta = [(None, f"*Ngày đăng: {c.d('dmy')}*")]
    by = c.author(0.7)
    if by:
        meta.append(("byline", c.pick((f"*Bài: {by} | Ảnh: {c.name()}*", f"*{by}*", f"Người viết: {by}"))))

    def cap(t):
        return [("caption", c.pick((f"![{t}](/media/{c.date.year}/{_slug(t)[:36]}.jpg)", f"_{t}_")))]

    def gap(i, n):
        out = []
        if c.p(0.2):
            out += cap(c.cap())
        if c.p(0.12):
            h, s = c.hl_slug()
            out.append(("related", f"**Tin liên quan:** [{h}](/phong-tin/{s})"))
        if c.p(0.06):
            out.append(("widget", f"[Tải thông cáo báo chí (PDF, {c.n(120, 900)} KB)](/files/tcbc-{c.n(10, 99)}.pdf)"))
        return out

    tail = [("widget", "**Liên hệ truyền thông:**"),
            ("widget", "- Email: truyenthong@cosongho.example"),
            ("widget", "- Điện thoại: 024 3555 0172"),
            ("widget", c.pick(("### Tin khác", "### Có thể bạn quan tâm")))]
    for _ in range(c.n(2, 3)):
        h, s = c.hl_slug()
        tail.append(("related", f"- [{h}](/phong-tin/{s})"))
    tail.append(("widget", "[⬆ Lên đầu trang](#top)"))
    return _Plan(head, title, meta, tail, gap, cap, (2, 4),
                 credit=lambda t: f"*{t}*")


def _lay_party_paper_print(c: _Ctx) -> _Plan:
    paper = c.pick(("BÁO ĐIỆN TỬ ĐỒNG XANH", "BÁO SÔNG LAM MỚI", "BÁO CAO NGUYÊN ĐỎ"))
    head = [(None, paper),
            ("widget", c.pick(("Cơ quan của Đảng bộ tỉnh – Tiếng nói của chính quyền và nhân dân",
                               "Cơ quan ngôn luận của Tỉnh ủy"))),
            ("widget", c.pick(("[In bài] [Đóng]", "In bài viết | Quay lại")))]
    meta = [(None, c.pick((f"Cập nhật: {c.date.hour:02d}:{c.date.minute:02d}, {c.d('wd_dmy_hm').split(' - ')[0]}",
                           c.d("dmy"))))]

    def cap(t):
        return [("caption", c.pick((f"{t} - Ảnh: {c.name()}", f"Ảnh: {t}", f"{t} (Ảnh tư liệu)")))]

    def gap(i, n):
        return cap(c.cap()) if c.p(0.2) else []

    tail = []
    by = c.author(0.85)
    if by:
        tail.append(("byline", c.pick((by.upper(), by, f"{by} (CTV)"))))
    tail += [("widget", f"Địa chỉ bài viết: http://dongxanh.example/{c.slug}-{c.n(100000, 999999)}.html"),
             ("widget", f"Tổng biên tập: {c.name()}"),
             ("widget", f"Giấy phép số {c.n(100, 600)}/GP-BTTTT do Bộ Thông tin và Truyền thông cấp."),
             ("widget", "Ghi rõ nguồn khi phát hành lại thông tin từ website này.")]
    tail += c.opt(0.5, ("related", f"Tin đã đưa: {c.hl()}"))
    return _Plan(head, c.title, meta, tail, gap, cap, (2, 4),
                 credit=lambda t: t.upper() if c.p(0.5) else t)


def _lay_union_paper_mobile_copy(c: _Ctx) -> _Plan:
    head = [("widget", c.pick(("Đăng nhập", "☰ Chuyên mục"))),
            (None, c.pick(("Tiếng Nói Công Nhân Duyên Hải", "Đời Sống Người Thợ – Báo của Công đoàn"))),
            ("widget", c.pick(("Công đoàn · Việc làm · Chính sách · Pháp luật · Sức khỏe",
                               "Thời sự  Công đoàn  Lao động – Việc làm  Bạn đọc")))]
    head += c.opt(0.4, ("widget", "Trang web dùng cookie để ghi nhớ lựa chọn của bạn. Đồng ý | Tùy chỉnh"))
    meta = [(None, f"{c.d('dmy')} {c.date.hour:02d}:{c.date.minute:02d} GMT+7")]
    meta += c.opt(0.6, ("widget", c.pick(("Theo dõi báo trên ứng dụng", "▶ Nghe bài viết 00:00"))))

    def cap(t):
        return [("caption", c.pick((t, f"{t} Ảnh: {c.name()}", f"{t} ẢNH: {c.pen().upper()}")))]

    def gap(i, n):
        out = []
        if c.p(0.2):
            out += cap(c.cap())
        if c.p(0.15):
            out.append(("related", c.pick(("ĐỌC NHIỀU: ", "Đọc thêm: ")) + c.hl()))
        if i == 0:
            out += c.opt(0.6, ("widget", "Quảng cáo"))
        return out

    tail = []
    by = c.author(0.8)
    if by:
        tail.append(("byline", c.pick((by.upper(), by, f"Nhóm PV – {by}"))))
    tail.append(("widget", c.pick(("Từ khóa: công nhân, tiền lương, công đoàn",
                                   "Từ khóa: đời sống, người lao động"))))
    tail.append(("widget", f"♥ {c.n(0, 300)}   Bình luận   Chia sẻ"))
    tail += [("widget", "Ý kiến của bạn"), ("widget", "Gửi bình luận")]
    tail.append(("widget", "Tin liên quan"))
    for _ in range(c.n(2, 3)):
        h, t = c.teaser()
        tail.append(("related", h))
        tail += c.opt(0.4, ("related", t))
    tail.append(("widget", "Tải ứng dụng đọc báo cho điện thoại"))
    return _Plan(head, c.title, meta, tail, gap, cap, (1, 2))


def _lay_student_paper_pdf(c: _Ctx) -> _Plan:
    issue = c.n(10, 80)
    header = c.pick((f"BẢN TIN SINH VIÊN | SỐ {issue}", f"Giảng Đường Xanh – số {issue}"))
    page = [c.n(2, 14)]
    head = [("widget", header),
            ("widget", c.pick(("Đoàn Thanh niên – Hội Sinh viên trường", "Câu lạc bộ Báo chí sinh viên")))]
    title = c.title.upper() if c.p(0.5) else c.title
    meta = []
    by = c.author(0.9)
    if by:
        meta.append(("byline", c.pick((f"Bài: {by} (K{c.n(58, 64)} Báo chí)", f"{by} – Ban biên tập"))))
    meta += c.opt(0.6, ("credit", f"Ảnh: CLB Nhiếp ảnh {c.pick(('Khoảnh Khắc', 'Ống Kính Trẻ'))}"))
    meta.append((None, f"Tháng {c.date.month}/{c.date.year}"))

    def cap(t):
        return [("caption", c.pick((f"▲ {t}", f"Ảnh: {t}")))]

    def gap(i, n):
        if i % 2 == 1:
            page[0] += 1
            return [("widget", f"Trang {page[0] - 1}"), ("widget", header)]
        if c.p(0.2):
            return cap(c.cap())
        return []

    tail = c.opt(0.6, ("related", f"Đón đọc số {issue + 1}: {c.hl()}"))
    tail += [("widget", f"Ban biên tập: {c.name()}, {c.name()}"),
             ("widget", lambda: f"Trang {page[0]}")]
    return _Plan(head, title, meta, tail, gap, cap, (1, 3))


def _lay_local_tv_voice_readout(c: _Ctx) -> _Plan:
    head = [("widget", c.pick(("Đang mở trang thời sự của đài truyền hình địa phương.",
                               "Đang đọc: trang tin của Đài Phát thanh và Truyền hình."))),
            (None, c.pick(("Đài Phát thanh – Truyền hình Bình Giang.", "Kênh truyền hình Sông Trà."))),
            ("widget", "Bắt đầu đọc nội dung chính.")]
    meta = [(None, f"Đăng lúc {c.d('spoken')}.")]

    def cap(t):
        return [("caption", c.pick((f"Chú thích hình: {t}", f"Hình ảnh minh họa: {t}")))]

    def gap(i, n):
        r = c.rng.random()
        if r < 0.1:
            return [("widget", "Trang có một video. Nói phát video để xem.")]
        if r < 0.28:
            return cap(c.cap())
        if r < 0.36:
            return [("related", f"Tin liên quan: {c.hl()}.")]
        return []

    tail = []
    by = c.author(0.8)
    if by:
        tail.append(("byline", c.pick((f"Phóng viên: {by}.", f"Tin: {by}. Biên tập: {c.name()}.",
                                       f"Nhóm phóng viên {by} thực hiện."))))
    tail.append(("widget", c.pick(("Đã đọc xong bài viết.", "Hết nội dung chính."))))
    tail += c.opt(0.8, ("related", f"Tin tiếp theo trong bản tin: {c.hl()}."))
    tail.append(("widget", c.pick(("Xem lại bản tin thời sự lúc 19 giờ trên kênh của đài.",
                                   "Muốn nghe lại từ đầu, hãy nói đọc lại."))))
    return _Plan(head, c.title, meta, tail, gap, cap, (1, 2),
                 credit=lambda t: t.rstrip(".") + ".")


def _lay_local_tv_monitoring_export(c: _Ctx) -> _Plan:
    head = [("widget", "#### MEDIA WATCH EXPORT v2.3 ####"),
            ("widget", f"ID={c.n(100000, 999999)}; TYPE=web-tv; LANG=vi; DUP=0"),
            (None, c.pick(("KÊNH: Truyền hình Sông Trà (website)", "KÊNH: Đài PT-TH Bình Giang – mục Thời sự"))),
            (None, f"PHÁT HÀNH: {c.d('dmy')} {c.date.hour:02d}:{c.date.minute:02d}"),
            ("widget", c.pick(("LĨNH VỰC: Xã hội > Giao thông", "LĨNH VỰC: Thời sự > Địa phương",
                               "LĨNH VỰC: Chính sách > Đời sống"))),
            ("widget", f"ĐIỂM TIN: 0,{c.n(10, 99)} | LAN TỎA: {c.n(50, 5000)} tương tác")]
    title = f"TIÊU ĐỀ: {c.title}"
    meta = [("widget", "NỘI DUNG TOÀN VĂN:")]
    meta += c.opt(0.5, ("caption", f"[VIDEO ĐÍNH KÈM] {c.cap()} ({c.n(1, 4):02d}:{c.n(0, 59):02d})"))

    def cap(t):
        return [("caption", f"[HÌNH] {t}")]

    def gap(i, n):
        if c.p(0.06):
            return [("widget", "[đoạn lược bỏ: khung quảng cáo]")]
        if c.p(0.1):
            return cap(c.cap())
        return []

    tail = []
    by = c.author(0.7)
    if by:
        tail.append(("byline", f"PV: {by}"))
    tail.append(("widget", f"BÀI LIÊN QUAN CÙNG SỰ KIỆN ({c.n(2, 3)}):"))
    for _ in range(c.n(2, 3)):
        d = c.later(c.n(0, 3))
        tail.append(("related", f"* {c.hl()} | {d.day:02d}/{d.month:02d}"))
    tail.append(("widget", "#### END ####"))
    return _Plan(head, title, meta, tail, gap, cap, (2, 5),
                 credit=lambda t: f"NGUỒN GỐC: {t}")


_LAYOUT_FUNCS = {name: globals()["_lay_" + name] for name in LAYOUTS}


# ---------------------------------------------------------------------------
# scraper faults


def _inner_spaces(s: str) -> list[int]:
    return [i for i, ch in enumerate(s) if ch == " "]


def _apply_faults(paras: list[list[str]], kinds: list[str], rng: random.Random) -> None:
    """Mutates paragraph sentence lists in place (nfd is handled by the caller)."""
    flat = [(pi, si) for pi, p in enumerate(paras) for si in range(len(p))]
    if not flat:
        return
    for kind in kinds:
        if kind == "glue":
            pairs = [(pi, si) for pi, p in enumerate(paras) for si in range(len(p) - 1)
                     if p[si].endswith(".") and p[si + 1][:1].isupper()]
            if pairs:
                for pi, si in rng.sample(pairs, min(len(pairs), rng.randint(1, 2))):
                    p = paras[pi]
                    if si + 1 < len(p) and p[si].endswith("."):
                        p[si:si + 2] = [p[si] + p[si + 1]]
                flat = [(pi, si) for pi, p in enumerate(paras) for si in range(len(p))]
                continue
            kind = "double_space"
        if kind == "bom":
            pi, si = flat[0] if rng.random() < 0.6 else rng.choice(flat)
            paras[pi][si] = "\ufeff" + paras[pi][si]
            continue
        targets = [x for x in flat if " " in paras[x[0]][x[1]]]
        if not targets:
            pi, si = flat[0]
            paras[pi][si] = "\ufeff" + paras[pi][si]
            continue
        for pi, si in rng.sample(targets, min(len(targets), rng.randint(1, 3))):
            s = paras[pi][si]
            pos = rng.choice(_inner_spaces(s))
            if kind == "nbsp":
                s = s[:pos] + "\u00a0" + s[pos + 1:]
            elif kind == "zwsp":
                s = s[:pos + 1] + "\u200b" + s[pos + 1:]
            elif kind == "double_space":
                s = s[:pos] + "  " + s[pos + 1:]
            paras[pi][si] = s


# ---------------------------------------------------------------------------
# page assembly


def _build(title: str, article: str, layout: str, rel: list, rng: random.Random,
           faults: list[str]) -> Page:
    story = _story(article)
    if not any(k == "s" for k, _ in story.items):
        whole = _clean(article)
        if whole:
            story.items = [("s", whole)]
    ctx = _Ctx(rng, _clean(title), story, rel)
    plan = _LAYOUT_FUNCS[layout](ctx)

    # paragraphs
    blocks: list = []
    cur: list[str] = []
    target = rng.randint(*plan.para)
    for kind, s in story.items:
        if kind == "c":
            if cur:
                blocks.append(("p", cur))
                cur = []
            blocks.append(("c", s))
            continue
        cur.append(s)
        if len(cur) >= target:
            blocks.append(("p", cur))
            cur = []
            target = rng.randint(*plan.para)
    if cur:
        blocks.append(("p", cur))
    paras = [b[1] for b in blocks if b[0] == "p"]
    _apply_faults(paras, [f for f in faults if f != "nfd"], rng)

    seq: list = list(plan.head) + [("title", plan.title)] + list(plan.meta)
    n_par = len(paras)
    seen = 0
    for kind, val in blocks:
        if kind == "c":
            seq += plan.cap(val)
            continue
        seq.append(("body", val))
        seen += 1
        if seen < n_par:
            seq += plan.gap(seen - 1, n_par)
    for t in story.captions:
        seq += plan.cap(t)
    for t in story.credits:
        seq.append(("credit", plan.credit(t) if plan.credit else t))
    for b in story.bylines[1:] if ctx.byline_used else story.bylines:
        seq.append(("byline", b))
    seq += plan.tail

    style = "new" if rng.random() < 0.5 else "old"
    nfd = "nfd" in faults

    def norm(s: str) -> str:
        return unicodedata.normalize("NFD", s) if nfd else s

    lines: list[str] = []
    body: list[str] = []
    furniture: list[tuple[str, str]] = []
    unlabelled = 0
    for kind, val in seq:
        if callable(val):
            val = val()
        if kind == "body":
            sents = [norm(s) for s in val]
            body.extend(sents)
            lines.append(" ".join(sents))
            continue
        line = " ".join(val.split())
        if kind != "title":
            line = _tone(line, style)
        line = norm(line)
        if not line:
            continue
        lines.append(line)
        if kind in (None, "title"):
            unlabelled += 1
        else:
            assert kind in KINDS, kind
            furniture.append((kind, line))
    assert unlabelled <= 3, (layout, unlabelled)
    return Page("\n".join(lines), body, furniture, layout)


def pages(train_path) -> list[Page]:
    body_rows, rel_rows = _read(train_path)
    rel = [_related(*rel_rows[i]) for i in sorted(rel_rows)]
    if not rel:
        raise ValueError("no usable rows in RELATED_ROWS")
    rows = sorted(body_rows)
    pick = random.Random(SEED)
    order = list(range(len(rows)))
    pick.shuffle(order)
    faulted = set(order[:round(len(rows) * FAULT_SHARE)])
    out = []
    for k, i in enumerate(rows):
        title, article = body_rows[i]
        rng = random.Random(SEED * 1_000_003 + i)
        faults: list[str] = []
        if k in faulted:
            faults = rng.sample(FAULT_KINDS, rng.choice((1, 1, 2)))
        out.append(_build(title, article, LAYOUTS[k % len(LAYOUTS)], rel, rng, faults))
    return out


# ---------------------------------------------------------------------------


def _has_fault(p: Page) -> bool:
    if p.text != unicodedata.normalize("NFC", p.text):
        return True
    for s in p.body:
        if any(ch in s for ch in ("\u00a0", "\u200b", "\ufeff")) or "  " in s:
            return True
        if any(ch.isupper() for ch in re.findall(r"[.!?…]([^\W\d_])", s)):
            return True
    return False


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 1:
        print("usage: python eval/clean_test36/make.py TRAIN.jsonl.gz", file=sys.stderr)
        return 2
    ps = pages(argv[0])
    kinds = {k: 0 for k in KINDS}
    for p in ps:
        for k, _ in p.furniture:
            kinds[k] += 1
    layouts = {name: 0 for name in LAYOUTS}
    for p in ps:
        layouts[p.layout] += 1
    print(f"pages: {len(ps)}")
    print(f"body sentences: {sum(len(p.body) for p in ps)}")
    print(f"furniture lines: {sum(kinds.values())}")
    for k in KINDS:
        print(f"  {k}: {kinds[k]}")
    print(f"pages with scraper faults: {sum(_has_fault(p) for p in ps)}")
    print(f"layouts used: {sum(1 for v in layouts.values() if v)}/{len(LAYOUTS)}")
    for name in LAYOUTS:
        print(f"  {name}: {layouts[name]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
