"""Page maker "train3": Vietnamese news seen through aggregators and portals.

Builds scraped-looking pages (aggregator apps, portal home-page boxes, browser
start-page cards, search-engine news carousels, ...) around VietNews stories,
with every line labelled.  TRAINING DATA for the cleaner's line model.

Usage: python eval/clean_train3/make.py /path/to/vietnews_train.jsonl.gz
Standard library only.
"""

from __future__ import annotations

import gzip
import json
import random
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from typing import NamedTuple

SEED = 4803
BODY_ROWS = range(10_400, 10_500)
RELATED_ROWS = range(10_500, 10_600)
LAST_ROW = max(BODY_ROWS[-1], RELATED_ROWS[-1])
RELATED_CUT = 1200
KINDS = ("byline", "credit", "caption", "related", "widget")
FAULT_RATE = 0.25


class Page(NamedTuple):
    text: str
    body: list
    furniture: list
    layout: str


def _rng(row, purpose):
    return random.Random(f"train3|{SEED}|{row}|{purpose}")


# ---------------------------------------------------------------- reading


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


def read_rows(train_path):
    """One streaming pass; returns ([(row, title, article)] body, [...] related)."""
    body, related = [], []
    with gzip.open(train_path, "rb") as fh:
        row = -1
        for raw in fh:  # binary iteration splits on b"\n" only
            row += 1
            if row in BODY_ROWS or row in RELATED_ROWS:
                got = _usable(raw)
                if got is not None:
                    (body if row in BODY_ROWS else related).append((row,) + got)
            if row >= LAST_ROW:
                break
    return body, related


# ---------------------------------------------------------------- sentences

_ABBR = {
    "tp", "ts", "pgs", "gs", "ths", "th.s", "bs", "ks", "ls", "nxb", "tt", "tx",
    "st", "mr", "mrs", "ms", "dr", "jr", "sr", "co", "inc", "ltd", "corp", "vs",
    "v.v", "tr", "lt", "gen", "col", "capt", "sgt", "no", "vol", "p", "q", "ubnd",
    "hđnd", "đh", "cn", "pv", "tnhh", "ttxvn", "e.g", "i.e", "u.s", "st", "mt",
}
_TERM = ".!?…"
_OPENERS = "\"“'‘([«"


def _clean_source(text):
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\u200b", "").replace("\ufeff", "").replace("\u00ad", "")
    return " ".join(text.split())


def _starts_sentence(ch):
    return ch.isupper() or ch.isdigit() or ch in _OPENERS


def _is_abbrev(text, i):
    """text[i] == '.'; True when the word before it is an abbreviation/initial."""
    j = i
    while j > 0 and not text[j - 1].isspace():
        j -= 1
    word = text[j:i].lstrip("(\"“'[")
    if not word:
        return False
    if len(word) == 1 and word.isalpha() and word.isupper():
        return True  # single capital initial: "J. Smith"
    return word.casefold() in _ABBR


def _split(text, quotes=True):
    spans, start, inq, i, n = [], 0, False, 0, len(text)
    while i < n:
        c = text[i]
        if quotes and c == '"':
            inq = not inq
        elif quotes and c == "“":
            inq = True
        elif quotes and c == "”":
            inq = False
        elif c in _TERM:
            j = i
            while j + 1 < n and text[j + 1] in _TERM:
                j += 1
            if c == "." and j == i and _is_abbrev(text, i):
                i += 1
                continue
            end = None
            k = j + 1
            if inq:
                m = re.match(r' ?["”] ', text[k:])
                if m and k + m.end() < n and _starts_sentence(text[k + m.end()]):
                    end = k + m.end() - 1
                    inq = False
            else:
                if k < n - 1 and text[k] == " " and _starts_sentence(text[k + 1]):
                    end = k
            if end is not None:
                spans.append((start, end))
                start = end + 1
                i = end + 1
                continue
            i = j + 1
            continue
        i += 1
    if start < n:
        spans.append((start, n))
    out = []
    for a, b in spans:
        seg = text[a:b].strip()
        if not seg:
            continue
        if quotes and len(seg) > 700:
            for a2, b2 in _split(seg, quotes=False):
                out.append((a + a2, a + b2))
        else:
            lead = len(text[a:b]) - len(text[a:b].lstrip())
            out.append((a + lead, a + lead + len(seg)))
    return out


def _spans(text):
    # an odd number of straight quotes means a quote is broken somewhere in the
    # source: quote tracking would swallow whole paragraphs, so split plainly
    return _split(text, quotes=text.count('"') % 2 == 0)


def split_sentences(text):
    text = _clean_source(text)
    return [text[a:b] for a, b in _spans(text)]


def _words(s):
    return [w for w in s.split() if any(ch.isalnum() for ch in w)]


_NAME_WORD = re.compile(r"^[A-ZÀ-ỸĐ][a-zà-ỹđ]*$")
_CREDIT_RE = re.compile(r"^(?P<name>.*?)\s*\((?P<kw>Theo|Nguồn|theo|nguồn)\s+(?P<src>[^()]+)\)$")
_JUNK_RE = re.compile(
    r"(Ảnh\s*:|ảnh\s*:|\(ảnh|\(Ảnh|Ảnh minh ho|Ảnh chụp màn hình|Nguồn\s*:|Video\s*:|Clip\s*:|"
    r"Đồ hoạ|Đồ họa|http|www\.|\.com\b|\.vn\b|@|Xem thêm|Xem tiếp|Mời quý độc giả|Mời độc giả|"
    r"Độc giả có thể|Click|Bấm vào)"
)
_SIDE_RE = re.compile(r"\((trái|phải|giữa|chính giữa|đứng giữa|hàng đầu|ngoài cùng bên trái|ngoài cùng bên phải|áo [^()]{1,20})\)")
_CAPTION_START = re.compile(
    r"^(Vị trí|Vịu trí|Bản đồ|Tầm bao phủ|Hình ảnh|Khoảnh khắc|Cận cảnh|Toàn cảnh|Chân dung|Ảnh chụp|Mô phỏng|Sơ đồ)\b"
)
_LEAD_VIDEO = re.compile(r"^(Video|Clip|Ảnh|Đồ hoạ|Đồ họa|Infographic)\b")


def _is_name(s):
    s = s.strip()
    if not s or s[-1] in _TERM or len(s) > 45:
        return False
    parts = [p for p in re.split(r"\s*[-–,&]\s*|\s+và\s+", s) if p]
    for p in parts:
        ws = p.split()
        if not 1 <= len(ws) <= 4 or not all(_NAME_WORD.match(w) for w in ws):
            return False
    return True


def _prose_ok(s):
    if _JUNK_RE.search(s):
        return False
    if len(_words(s)) < 8 or len(s) < 35:
        return False
    if s[-1] not in _TERM and s[-1] not in "\"”":
        return False
    if s.count('"') % 2:
        return False
    return True


class Story(NamedTuple):
    sentences: list  # body sentences in order
    captions: list  # the story's own photo captions (left off the body)
    bylines: list  # trailing author names
    credits: list  # "Theo X" credits
    dropped: list  # everything else left off (never put on the page)


def take_story(article):
    sents = split_sentences(article)
    captions, bylines, credits, dropped = [], [], [], []
    # "Xem thêm: ..." blocks run to the end of the article: cut them off.
    for idx, s in enumerate(sents):
        if idx > 0 and re.match(r"^(Xem thêm|Xem tiếp|Đọc thêm|Mời (quý )?độc giả)", s):
            dropped.extend(sents[idx:])
            sents = sents[:idx]
            break
    # trailing byline / credit
    for _ in range(2):
        if len(sents) < 2:
            break
        last = sents[-1]
        m = _CREDIT_RE.match(last)
        if m and (not m.group("name") or _is_name(m.group("name"))):
            if m.group("name"):
                bylines.insert(0, m.group("name"))
            credits.insert(0, "Theo " + m.group("src").strip())
            sents.pop()
            continue
        if _is_name(last):
            bylines.insert(0, last)
            sents.pop()
            continue
        if re.match(r"^(Theo|Nguồn)\s", last) and len(_words(last)) <= 8 and last[-1] not in _TERM:
            credits.insert(0, last)
            sents.pop()
            continue
        if last[-1] not in _TERM and last[-1] not in "\"”":
            dropped.append(sents.pop())  # fused author name or cut-off: not clearly prose
            continue
        break
    body = []
    for idx, s in enumerate(sents):
        if idx == 0:
            m = re.match(r"^(.*?[.!?])\s*Ảnh\s*:", s)
            if (
                len(_words(s)) <= (34 if _SIDE_RE.search(s) else 22)
                and '"' not in s
                and not _JUNK_RE.search(s)
                and not _LEAD_VIDEO.match(s)
                and s[-1] in _TERM
            ):
                captions.append(s)
            elif m and len(_words(m.group(1))) <= 30:
                captions.append(m.group(1))
                dropped.append(s)
            else:
                dropped.append(s)
            continue
        if re.search(r"Ảnh\s*:", s) and idx <= 2 and not body:
            dropped.append(s)
            continue
        if _prose_ok(s) and len(_words(s)) <= 24 and (_SIDE_RE.search(s) or _CAPTION_START.match(s)):
            captions.append(s)  # a photo caption inside the story
            continue
        (body if _prose_ok(s) else dropped).append(s)
    # no duplicates inside one story
    seen, uniq = set(), []
    for s in body:
        k = norm(s)
        if k in seen:
            dropped.append(s)
            continue
        seen.add(k)
        uniq.append(s)
    return Story(uniq, captions, bylines, credits, dropped)


def norm(s):
    s = unicodedata.normalize("NFC", s).replace("\u200b", "")
    return "".join(s.split()).casefold()


# ---------------------------------------------------------------- related pool


class Rel(NamedTuple):
    row: int
    title: str
    teasers: list
    captions: list


def related_pool(related_rows):
    pool = []
    for row, title, article in related_rows:
        text = _clean_source(article)
        # only the first 1,200 characters of the article are used: keep the
        # sentences lying wholly inside them; a sentence cut by the limit is dropped
        limit = len(_clean_source(article[:RELATED_CUT]))
        sents = [text[a:b] for a, b in _spans(text) if b <= limit]
        teasers, caps = [], []
        for i, s in enumerate(sents):
            if _JUNK_RE.search(s) or _LEAD_VIDEO.match(s) or s.count('"') % 2:
                continue
            nw = len(_words(s))
            if i == 0 and 4 <= nw <= 24 and '"' not in s:
                caps.append(s)
            elif i > 0 and nw >= 16 and s[-1] in _TERM + '"':
                teasers.append(s)
            elif i > 0 and 6 <= nw <= 14 and '"' not in s and s[-1] in _TERM:
                caps.append(s)
        pool.append(Rel(row, _clean_source(title), teasers, caps))
    return pool


# ---------------------------------------------------------------- vocabulary

AGGREGATORS = [
    "Tin Gộp 24h", "Đọc Nhanh", "Lướt Tin", "NewsHub Việt", "Báo Tổng Hợp",
    "Mắt Tin", "Tin Mới Mỗi Giờ", "Kênh Tin Nhanh", "Cổng Tin Sông Hồng",
    "TinHay365", "Điểm Báo Số", "Bảng Tin Việt",
]
PORTALS = [
    "Cổng thông tin Phù Sa", "Portal Ngàn Phố", "Trang chủ Việt Xanh",
    "Cổng Đô Thị Mới", "ViệtPortal", "Cổng Tin Cửu Long",
]
BROWSERS = ["Trình duyệt Cốc Cốc Xanh", "Lạc Việt Browser", "Mây Trắng", "Sóng Web"]
SEARCHERS = ["Tìm Nhanh", "Kiếm.vn", "Dò Tìm", "Tra Cứu Việt"]
OUTLETS = [
    "Báo Sông Lam", "Nhật Báo Bình Minh", "Thời Báo Cửa Việt", "Tin Tức Ngọc Lâm",
    "Báo Điện Tử Trường Sơn", "Kênh 247 Tin", "Báo Miền Duyên Hải",
    "Tạp chí Tầm Nhìn Mới", "Đài Hải Vân", "Việt Báo Xanh", "Báo Hoa Sen",
    "Tin Sài Gòn Sớm", "Nhịp Cầu Tin", "Báo Đất Cảng", "Tạp chí Phố Hiến",
    "Thời Sự Tây Nguyên", "Báo Ánh Dương", "Tin Quốc Tế Số", "Bản Tin Lúc 6h",
    "Báo Ngọc Hà Online",
]
PEOPLE = [
    "Trần Minh Khoa", "Lê Thu Hà", "Phạm Gia Bảo", "Đỗ Quỳnh Như", "Vũ Hải Đăng",
    "Hoàng Mai Linh", "Bùi Quốc Thịnh", "Đinh Khánh Vy", "Tạ Văn Lực",
    "Châu Bảo Ngọc", "Lương Đức Trí", "Mạc Thanh Tùng", "Kiều Phương Thảo",
]
PHOTOGS = [
    "Khánh Hưng", "Lam Sơn Photo", "Thông tấn Á Đông", "Hãng ảnh Bến Nghé",
    "Minh Khôi", "PhotoViệt", "Quang Định", "Ảnh Xã Hội Số",
]
HANDLES = [
    "@minhtuan_88", "@thuhuong.ng", "@bacsi_le", "@hoangkhang99", "@daisy.tran",
    "@ongbaytudo", "@lananh2k", "@docgia_hp", "@tuan.kts", "@mebimsua",
    "@nguoi_sg", "@chuvuot",
]
NICKS = [
    "Minh Tuấn", "Thu Hương N.", "Bác sĩ Lê", "Khang Hoàng", "Daisy Trần",
    "Ông Bảy", "Lan Anh", "Độc giả Hải Phòng", "Tuấn KTS", "Mẹ Bỉm",
]
COMMENTS = [
    "Tin này đọc mấy nguồn đều giống nhau, app tổng hợp tiện thật.",
    "Mong có thêm cập nhật diễn biến tiếp theo.",
    "Ai có link bài gốc không ạ?",
    "Tiêu đề hơi giật gân so với nội dung.",
    "Cảm ơn ban biên tập đã tổng hợp nhanh.",
    "Đọc xong thấy lo quá mọi người ơi",
    "hóng thêm tin", "Theo dõi chủ đề này rồi nha.",
    "Bản tin đầy đủ hơn bên báo kia.",
    "Sao app cứ đẩy thông báo tin này mãi vậy?",
    "Quan điểm cá nhân: cần chờ thông tin chính thức.",
    "Like cho bài tổng hợp, gọn và dễ hiểu.",
]
KEYWORDS = [
    "giá vàng hôm nay", "tỷ giá USD", "thời tiết cuối tuần", "lịch thi đấu",
    "bão số 4", "tuyển sinh lớp 10", "giá xăng dầu", "kết quả xổ số",
    "căng thẳng thương mại", "bầu cử", "ngày nghỉ lễ", "tai nạn giao thông",
    "điện thoại mới", "du lịch hè", "chứng khoán", "học phí",
]
SECTIONS = [
    "Thời sự", "Thế giới", "Kinh doanh", "Giải trí", "Thể thao", "Pháp luật",
    "Công nghệ", "Sức khoẻ", "Đời sống", "Giáo dục", "Xe", "Du lịch",
]
WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


# ---------------------------------------------------------------- page context


class Ctx:
    def __init__(self, row, title, story, pool, body_norms):
        self.row = row
        self.r = _rng(row, "layout")
        self.title = title
        self.story = story
        self.body_norms = body_norms
        order = list(pool)
        _rng(row, "related").shuffle(order)
        self.pool = order
        self.pi = 0
        self.used = set(body_norms)
        self.used.add(norm(title))
        self.outlets = list(OUTLETS)
        _rng(row, "outlets").shuffle(self.outlets)
        self.oi = 0
        self.caps = list(story.captions)
        self.agg = self.ch(AGGREGATORS)
        self.src = self.outlet()
        self.section = self.ch(SECTIONS)
        d = _rng(row, "date")
        self.year, self.month, self.day = d.randint(2016, 2020), d.randint(1, 12), d.randint(1, 28)
        self.hh, self.mm, self.wd = d.randint(5, 22), d.randint(0, 59), d.choice(WEEKDAYS)

    # -- basics
    def ch(self, seq):
        return self.r.choice(seq)

    def p(self, prob):
        return self.r.random() < prob

    def n(self, a, b):
        return self.r.randint(a, b)

    def outlet(self):
        o = self.outlets[self.oi % len(self.outlets)]
        self.oi += 1
        return o

    def ago(self):
        v = self.ch([
            "{m} phút trước", "{m} PHÚT TRƯỚC", "{h} giờ trước", "{h} giờ", "{m}p",
            "Hôm qua", "hôm qua lúc {hh}:{mm:02d}", "{hh}:{mm:02d}", "{h}h trước",
            "Vừa xong", "{d} ngày trước", "{hh}:{mm:02d} {dd}/{mo}",
        ])
        return v.format(m=self.n(1, 59), h=self.n(1, 23), hh=self.n(5, 23), mm=self.n(0, 59),
                        d=self.n(1, 6), dd=self.day, mo=self.month)

    def count(self):
        v = self.n(1, 25000)
        if v >= 1000 and self.p(0.6):
            return f"{v / 1000:.1f}K".replace(".", ",")
        return str(v)

    # -- unlabelled lines
    def date_line(self):
        y, mo, d, hh, mm, wd = self.year, self.month, self.day, self.hh, self.mm, self.wd
        return self.ch([
            f"{wd}, {d}/{mo}/{y}, {hh}:{mm:02d} (GMT+7)",
            f"{d:02d}/{mo:02d}/{y} {hh:02d}:{mm:02d}",
            f"Cập nhật: {hh}:{mm:02d} {d:02d}/{mo:02d}/{y}",
            f"{hh}:{mm:02d} · {d} thg {mo}, {y}",
            f"{wd.upper()}, {d}/{mo}/{y}",
            f"Đăng lúc {hh}h{mm:02d} ngày {d}/{mo}/{y}",
            f"{y}-{mo:02d}-{d:02d} {hh:02d}:{mm:02d}",
        ])

    def site_line(self, name=None):
        name = name or self.agg
        return self.ch([name, name.upper(), f"{name} - Tin tức tổng hợp", f"☰ {name}",
                        f"{name} | Đọc báo nhanh", f"{name}.vn"])

    # -- related material (other stories, rows in RELATED_ROWS)
    def _next_rel(self):
        for _ in range(len(self.pool)):
            rel = self.pool[self.pi % len(self.pool)]
            self.pi += 1
            if norm(rel.title) not in self.used:
                return rel
        return None

    def _fresh(self, s):
        k = norm(s)
        if k in self.used:
            return None
        self.used.add(k)
        return s

    def rel(self):
        """(title, teaser or None, caption or None) from one related row."""
        rel = self._next_rel()
        if rel is None:
            return None
        self.used.add(norm(rel.title))
        teaser = next((t for t in rel.teasers if norm(t) not in self.used), None)
        cap = next((c for c in rel.captions if norm(c) not in self.used), None)
        return rel.title, teaser, cap

    def use(self, s):
        if s is not None:
            self.used.add(norm(s))
        return s

    def headlines(self, k, fmt=None):
        out = []
        for _ in range(k):
            got = self.rel()
            if got is None:
                break
            t = got[0]
            out.append(("related", fmt(t) if fmt else t))
        return out

    def card(self, style=None):
        """A feed card: headline, source/time meta, maybe teaser, maybe thumbnail caption."""
        got = self.rel()
        if got is None:
            return []
        t, teaser, cap = got
        style = style if style is not None else self.n(0, 5)
        o, tm = self.outlet(), self.ago()
        meta = self.ch([f"{o} · {tm}", f"{o} - {tm}", f"{tm} | {o}", f"{o.upper()} • {tm}",
                        f"{o} ({tm})", f"{tm} trước · {o}" if "trước" not in tm else f"{tm} · {o}"])
        lines = []
        if cap and style in (1, 4):
            lines.append(("caption", self.use(cap)))
        if style in (0, 1):
            lines += [("related", meta), ("related", t)]
        elif style == 2:
            lines += [("related", t), ("related", meta)]
        elif style == 3:
            lines.append(("related", f"{t} - {o}"))
            lines.append(("related", tm))
        elif style == 4:
            lines.append(("related", f"{o} · {t}"))
        else:
            lines.append(("related", f"{t} ({o}, {tm})"))
        if teaser and style in (0, 2, 4) and self.p(0.6):
            lines.append(("related", self.use(teaser)))
        if style not in (1, 4) and cap and self.p(0.3):
            lines.append(("caption", self.use(cap)))
        return lines

    def cards(self, k, style=None):
        out = []
        for _ in range(k):
            out += self.card(style)
        return out

    # -- furniture wordings
    def w(self, variants, **kw):
        return ("widget", self.ch(variants).format(agg=self.agg, src=self.src, sec=self.section, **kw))

    def source_chip(self):
        o = self.src
        return ("credit", self.ch([
            f"Nguồn: {o}", f"NGUỒN: {o.upper()}", f"Nguồn tin: {o}", f"{o} ✓", f"Theo {o}",
            f"Nguồn · {o}", f"[{o}]", f"Đăng bởi {o}", f"Tin từ {o}", f"{o} đưa tin",
        ]))

    def original_link(self):
        return self.w(["Xem bài gốc", "XEM BÀI GỐC ›", "Xem bài gốc tại {src}", "» Đọc bài gốc",
                       "Mở trang gốc ↗", "Xem nguồn bài viết", "Đọc toàn văn trên {src} →",
                       "[Xem bài gốc]", "xem bài gốc »"])

    def related_header(self):
        k = self.n(3, 25)
        return ("related", self.ch([
            f"Tin liên quan từ {k} nguồn", f"TIN LIÊN QUAN ({k} NGUỒN)", f"{k} nguồn cùng đưa tin",
            f"Xem {k} bài viết cùng chủ đề", f"Cùng sự kiện · {k} nguồn", f"Các báo khác viết gì? ({k})",
            f"» {k} bài liên quan", f"Tin cùng chủ đề ({k} nguồn):",
        ]))

    def more_header(self):
        return ("related", self.ch([
            "Đọc thêm", "ĐỌC NHIỀU", "Tin khác", "Có thể bạn quan tâm", "TIN MỚI CẬP NHẬT",
            "Bài viết khác", "Tin cùng chuyên mục", "» Xem thêm tin", "Đừng bỏ lỡ",
            "Dành cho bạn", "TIN NÓNG", "Tin mới nhất:",
        ]))

    def timeline_header(self):
        return ("related", self.ch([
            "Dòng thời gian sự kiện", "DIỄN BIẾN SỰ VIỆC", "Theo dòng sự kiện",
            "Timeline: toàn cảnh vụ việc", "⏱ Diễn biến mới nhất", "Các mốc chính:",
            "TOÀN CẢNH · DÒNG THỜI GIAN",
        ]))

    def trending(self):
        kws = self.r.sample(KEYWORDS, self.n(3, 6))
        hdr = self.w(["Từ khoá nổi bật", "XU HƯỚNG TÌM KIẾM", "🔥 Đang được quan tâm", "Trending:",
                      "Chủ đề hot hôm nay", "#Xu hướng", "Tìm kiếm nhiều nhất"])
        style = self.n(0, 3)
        if style == 0:
            return [hdr, ("widget", " ".join("#" + k.replace(" ", "") for k in kws))]
        if style == 1:
            return [hdr, ("widget", " · ".join(kws))]
        if style == 2:
            return [hdr] + [("widget", f"{i}. {k}") for i, k in enumerate(kws, 1)]
        return [hdr, ("widget", " | ".join(k.upper() for k in kws))]

    def reactions(self):
        a, b, c, d = self.count(), self.count(), self.count(), self.count()
        return self.w([
            "👍 {a}  ❤️ {b}  😮 {c}", "Thích ({a}) · Yêu thích ({b}) · Phẫn nộ ({c})",
            "{a} lượt thích | {b} bình luận | {c} chia sẻ", "😀 {a} 😢 {b} 😡 {c}",
            "Cảm xúc của bạn: Vui {a} - Buồn {b} - Ngạc nhiên {c} - Phẫn nộ {d}",
            "♥ {a}   💬 {b}   ↗ {c}", "{a} người đã bày tỏ cảm xúc",
        ], a=a, b=b, c=c, d=d)

    def follow(self):
        return self.w(["+ Theo dõi", "THEO DÕI CHỦ ĐỀ", "Theo dõi chủ đề “{sec}”",
                       "🔔 Nhận thông báo về chủ đề này", "Theo dõi {src}", "＋ Quan tâm",
                       "Đã theo dõi ✓", "Theo dõi ({n} người)"], n=self.count())

    def share(self):
        return self.w(["Chia sẻ: Facebook | Zalo | Sao chép liên kết", "Chia sẻ  Lưu  Báo lỗi",
                       "↗ Chia sẻ · 🔖 Lưu tin", "SHARE  TWEET  COPY LINK",
                       "Gửi bài viết qua Zalo / Messenger / Email", "Lưu | Chia sẻ | Cỡ chữ A- A+",
                       "f  t  in  ✉"])

    def menu(self):
        secs = self.r.sample(SECTIONS, self.n(4, 8))
        sep = self.ch([" | ", "  ", " · ", " / "])
        first = self.ch(["Trang chủ", "TRANG CHỦ", "⌂", "Mới nhất", "Dành cho bạn", "Nóng"])
        items = [first] + secs
        if self.p(0.3):
            items = [x.upper() for x in items]
        return ("widget", sep.join(items))

    def breadcrumb(self):
        sep = self.ch([" › ", " » ", " / ", " > "])
        root = self.ch(["Trang chủ", "Home", self.agg, "Tin tức"])
        parts = [root, self.section]
        if self.p(0.4):
            parts.append(self.ch(["Sự kiện", "Phân tích", "Tin nóng", "Hồ sơ", "Quốc tế"]))
        return ("widget", sep.join(parts))

    def footer(self):
        y = self.year
        return [self.w([
            "© {y} {agg}. Nội dung do các cơ quan báo chí cung cấp.",
            "{agg} không sản xuất tin tức, chỉ tổng hợp tự động từ các nguồn.",
            "Giấy phép MXH số {g}/GP-BTTTT. Chịu trách nhiệm nội dung: {pp}.",
            "Điều khoản · Quyền riêng tư · Liên hệ quảng cáo",
            "Tải ứng dụng {agg}: App Store | Google Play",
            "Bản quyền thuộc về các cơ quan báo chí. {agg} © {y}",
            "Về chúng tôi | Góp ý | Báo lỗi | Chính sách bảo mật",
        ], y=y, g=self.n(100, 999), pp=self.ch(PEOPLE)) for _ in range(self.n(1, 3))]

    def comments(self, k):
        hdr = self.w(["Bình luận ({c})", "{c} BÌNH LUẬN", "Ý kiến bạn đọc", "💬 Bình luận · {c}",
                      "Thảo luận ({c})", "Viết bình luận của bạn..."], c=self.n(k, 300))
        out = [hdr]
        texts = self.r.sample(COMMENTS, k)
        for t in texts:
            style = self.n(0, 3)
            who = self.ch(HANDLES) if self.p(0.5) else self.ch(NICKS)
            if style == 0:
                out += [("widget", who), ("widget", t), ("widget", f"{self.ago()} · Trả lời · Thích {self.n(0, 99)}")]
            elif style == 1:
                out.append(("widget", f"{who}: {t}"))
            elif style == 2:
                out += [("widget", f"{who} · {self.ago()}"), ("widget", t)]
            else:
                out += [("widget", t), ("widget", f"— {who}, {self.ago()}")]
        return out

    def ad(self):
        return self.w(["Quảng cáo", "QUẢNG CÁO", "Tài trợ", "Nội dung được tài trợ", "Ad · {agg}",
                       "— Quảng cáo —", "Được tài trợ bởi {o}"], o=self.ch(["Sữa Đồng Xanh", "Điện máy Tân Tiến", "Bảo hiểm An Gia", "Ví điện tử MoMi"]))

    def readtime(self):
        return self.w(["{k} phút đọc", "⏱ Đọc trong {k} phút", "Thời gian đọc: {k} phút",
                       "👁 {v} lượt xem", "{v} lượt đọc · {k} phút", "Lượt xem: {v}"],
                      k=self.n(1, 9), v=self.count())

    def weather(self):
        city = self.ch(["Hà Nội", "TP HCM", "Đà Nẵng", "Huế", "Cần Thơ", "Hải Phòng"])
        return [self.w(["{c} {t}°C ☁", "Thời tiết {c}: {t}°C, có mưa rào", "☀ {c} {t}° / {t2}°",
                        "{c} · {t}°C · Độ ẩm {h}%"], c=city, t=self.n(18, 37), t2=self.n(14, 25), h=self.n(50, 95)),
                self.w(["Vàng SJC {a},{b} | {a2},{b}", "Giá vàng: mua {a}.{b}00 - bán {a2}.{b}00",
                        "USD {x}.{y} ▲", "Tỷ giá USD/VND: {x}.{y}", "Xăng RON95: {z}.{y} đ/lít"],
                       a=self.n(35, 56), a2=self.n(56, 60), b=self.n(10, 99), x=self.n(22, 24), y=self.n(100, 999), z=self.n(17, 25))]

    def app_bar(self):
        return self.w(["← Quay lại", "‹ Tin tức", "✕ Đóng", "◀ Trở về", "⟵", "< Back", "Quay về bảng tin"])

    def search_box(self):
        return self.w(["Tìm kiếm hoặc nhập địa chỉ web", "🔍 Tìm kiếm tin tức...", "Nhập từ khoá",
                       "Tìm trên {agg}", "Search"])

    def editor_byline(self):
        return ("byline", self.ch([f"Biên tập: {self.ch(PEOPLE)}", f"BTV {self.ch(PEOPLE)}",
                                   f"Tổng hợp: {self.ch(PEOPLE)}", f"Người đăng: {self.ch(PEOPLE)}"]))

    # -- the story's own trailing author lines / captions
    def author_lines(self, where="end"):
        st = self.story
        out = []
        if st.bylines and st.credits and self.p(0.35):
            b = ", ".join(st.bylines)
            out.append(("byline", self.ch([f"{b} ({st.credits[0]})", f"{b} - {st.credits[0]}", f"{b} | {st.credits[0]}"])))
            for c in st.credits[1:]:
                out.append(("credit", c))
            return out
        for b in st.bylines:
            out.append(("byline", self.ch([b, b, f"Bài: {b}", f"Tác giả: {b}", b.upper(), f"— {b}", f"{b} (tổng hợp)"])))
        for c in st.credits:
            out.append(("credit", self.ch([c, c, f"({c})", c.upper(), f"{c}."])))
        return out

    def caption_lines(self, cap=None):
        cap = cap if cap is not None else (self.caps.pop(0) if self.caps else None)
        ph = self.ch(PHOTOGS)
        if cap is None:
            if self.p(0.4):
                return [("credit", self.ch([f"Ảnh: {ph}", f"ẢNH: {ph.upper()}", f"(Ảnh: {ph})", f"Ảnh minh hoạ: {ph}"]))]
            return []
        core = cap.rstrip(".")
        style = self.n(0, 7)
        if style == 0:
            return [("caption", cap)]
        if style == 1:
            return [("caption", f"{cap} (Ảnh: {ph})")]
        if style == 2:
            return [("caption", cap), ("credit", self.ch([f"Ảnh: {ph}", f"Ảnh - {ph}", f"Nguồn ảnh: {ph}", f"📷 {ph}"]))]
        if style == 3:
            return [("caption", f"▲ {cap}")]
        if style == 4:
            return [("caption", f"{cap} Ảnh: {ph}")]
        if style == 5:
            return [("caption", f"{core} - Ảnh: {ph}")]
        if style == 6:
            return [("caption", f"{core}. (ảnh {ph})")]
        return [("caption", f"Hình: {core}")]

    # -- story block
    def paragraphs(self):
        sents = self.story.sentences
        r = _rng(self.row, "paragraphs")
        paras, i = [], 0
        while i < len(sents):
            k = r.choices([1, 2, 3, 4], weights=[3, 4, 3, 2])[0]
            paras.append(sents[i:i + k])
            i += k
        return paras

    def story_block(self, inserts=None, caption_at=None):
        """Body paragraphs; inserts maps a paragraph index (insert after it) to lines."""
        paras = self.paragraphs()
        inserts = dict(inserts or {})
        if caption_at is None:
            caption_at = self.ch([-1, -1, 0, 1])
        out = []
        if caption_at == -1:
            out += self.caption_lines()
        for i, para in enumerate(paras):
            out.append(("body", para))
            if i == caption_at:
                out += self.caption_lines()
            if i in inserts and i < len(paras) - 1:
                out += inserts.pop(i)
        for k in sorted(inserts):
            out += inserts[k]
        for cap in list(self.caps):  # captions of other photos in the story
            self.caps.remove(cap)
            out += self.caption_lines(cap)
        return out


# ---------------------------------------------------------------- layouts


def L_app_article_view(c):
    L = [c.app_bar(), ("site", c.site_line())]
    L.append(c.source_chip())
    L.append(("title", c.title))
    L.append(("date", c.ago() if c.p(0.4) else c.date_line()))
    if c.p(0.6):
        L.append(c.follow())
    L += c.story_block({1: [c.ad()]})
    L += c.author_lines()
    L.append(c.original_link())
    L.append(c.reactions())
    L.append(c.related_header())
    L += c.cards(c.n(3, 6))
    L.append(c.share())
    return L


def L_event_timeline(c):
    L = [("site", c.site_line()), c.menu(), c.breadcrumb(), ("title", c.title), ("date", c.date_line()),
         c.source_chip()]
    L += c.story_block()
    L += c.author_lines()
    L.append(c.timeline_header())
    for _ in range(c.n(3, 6)):
        got = c.rel()
        if not got:
            break
        t, teaser, _cap = got
        o = c.outlet()
        d = f"{c.n(1, 28)}/{c.month}"
        st = c.n(0, 3)
        if st == 0:
            L += [("related", f"{d} · {o}"), ("related", t)]
        elif st == 1:
            L.append(("related", f"• {d}: {t} ({o})"))
        elif st == 2:
            L += [("related", f"{c.n(0, 23):02d}:{c.n(0, 59):02d} {d}"), ("related", f"{t} — {o}")]
        else:
            L.append(("related", f"[{d}] {t}"))
        if teaser and c.p(0.4):
            L.append(("related", c.use(teaser)))
    L.append(c.follow())
    L += c.footer()
    return L


def L_multi_source_cluster(c):
    L = [("site", c.site_line()), c.search_box(), ("title", c.title)]
    L.append(c.w(["{k} nguồn · Cập nhật {t}", "Tổng hợp từ {k} báo", "🗞 {k} bài viết về sự kiện này"],
                 k=c.n(4, 20), t=c.ago()))
    L.append(c.source_chip())
    L.append(("date", c.date_line()))
    L += c.story_block()
    L += c.author_lines()
    L.append(c.original_link())
    L.append(c.related_header())
    for _ in range(c.n(4, 8)):
        got = c.rel()
        if not got:
            break
        o = c.outlet()
        L.append(("related", c.ch([f"{o}: {got[0]}", f"{o} — {got[0]}", f"● {o}", f"{got[0]}"])))
        if L[-1][1] == f"● {o}":
            L.append(("related", got[0]))
    L.append(c.w(["Xem tất cả {k} nguồn ›", "Hiển thị thêm", "Tải thêm tin", "Xem thêm ▾"], k=c.n(8, 30)))
    L += c.footer()
    return L


def L_trending_sidebar(c):
    L = [("site", c.site_line()), c.menu()]
    L += c.trending()
    L += [("title", c.title), ("date", c.date_line()), c.source_chip(), c.readtime()]
    L += c.story_block({2: c.trending() if c.p(0.4) else [c.ad()]})
    L += c.author_lines()
    L.append(c.more_header())
    L += c.headlines(c.n(3, 6), fmt=lambda t: c.ch([t, f"› {t}", f"- {t}", f"{t} 🔥"]))
    L += c.trending()
    L += c.footer()
    return L


def L_portal_home_box(c):
    L = [("site", c.site_line(c.ch(PORTALS))), c.menu()]
    L += c.weather()
    L.append(c.w(["TIN NÓNG", "Tiêu điểm", "▶ Tin nổi bật", "HOT"]))
    L += c.headlines(c.n(2, 4), fmt=lambda t: c.ch([t, f"» {t}", t.upper() if len(t) < 60 else t]))
    L.append(c.w(["Tin {sec}", "{up}", "Chuyên mục: {sec}", "[{sec}]"], up=c.section.upper()))
    L += [("title", c.title), ("date", c.date_line())]
    L += c.author_lines() if c.p(0.4) else []
    L += c.story_block()
    if not c.story.bylines or c.p(0.5):
        L.append(c.editor_byline())
    L.append(c.source_chip())
    L.append(c.more_header())
    L += c.cards(c.n(2, 5), style=c.n(0, 5))
    L.append(c.w(["Đọc nhiều nhất", "XEM NHIỀU", "Top 10 hôm nay"]))
    L += c.headlines(c.n(3, 5), fmt=lambda t: f"{c.n(1, 9)}. {t}" if c.p(0.5) else t)
    L += c.footer()
    return L


def L_browser_start_card(c):
    b = c.ch(BROWSERS)
    L = [c.search_box(), c.w(["Lối tắt: Thư · Bản đồ · Dịch · Video", "+ Thêm lối tắt", "Gmail  Hình ảnh  ⋮",
                              "Trang hay truy cập"]),
         c.w(["Tin tức dành cho bạn", "TIN TỨC", "Nguồn cấp tin · {b}", "Được đề xuất"], b=b)]
    L += c.cards(c.n(1, 3))
    L.append(c.w(["⋯ Ẩn tin này", "Không quan tâm nguồn {src}", "Ẩn · Báo cáo", "Tuỳ chỉnh nguồn cấp"]))
    L += [c.source_chip(), ("title", c.title), ("date", c.ago() if c.p(0.5) else c.date_line())]
    L += c.story_block(caption_at=0)
    L += c.author_lines()
    L.append(c.original_link())
    L += c.cards(c.n(2, 4))
    L.append(c.w(["Được cung cấp bởi {b}", "Cài đặt trang Tab mới", "Tắt nguồn cấp tin ⚙", "{b} © {y}"], b=b, y=c.year))
    return L


def L_search_news_carousel(c):
    s = c.ch(SEARCHERS)
    L = [("site", s), c.search_box(),
         c.w(["Tất cả  Tin tức  Hình ảnh  Video  Mua sắm", "Tất cả | Tin tức | Ảnh | Bản đồ | Thêm",
              "TIN TỨC · HÌNH ẢNH · VIDEO"]),
         c.w(["Khoảng {k} kết quả ({t} giây)", "Khoảng {k} kết quả", "{k} kết quả tin tức"],
             k=f"{c.n(1, 900)}.{c.n(100, 999)}.000", t=f"0,{c.n(20, 80)}"),
         c.w(["Tin hàng đầu", "TIN NỔI BẬT", "Tin tức hàng đầu ›"])]
    L += c.cards(c.n(2, 4), style=3)
    L += [c.source_chip(), ("title", c.title), ("date", c.date_line())]
    L += c.story_block()
    L += c.author_lines()
    L.append(c.w(["Xem thêm tin tức về chủ đề này →", "Tin tức khác ›", "Mọi người cũng tìm kiếm"]))
    L += c.headlines(c.n(2, 4), fmt=lambda t: c.ch([t, f"{t} ›"]))
    L.append(c.w(["Gửi phản hồi", "Trang tiếp >", "1 2 3 4 5 Tiếp", "Quyền riêng tư · Điều khoản"]))
    return L


def L_reader_mode(c):
    L = [c.w(["Chế độ đọc", "📖 Chế độ đọc • Aa", "Aa  Cỡ chữ  Nền tối", "THOÁT CHẾ ĐỘ ĐỌC ✕"]),
         ("site", c.site_line()), ("title", c.title)]
    L += c.author_lines()
    L += [c.source_chip(), ("date", c.date_line()), c.readtime()]
    L += c.story_block(caption_at=c.ch([-1, 1]))
    L.append(c.original_link())
    L.append(c.w(["Bạn thấy bài viết này thế nào? 👍 👎", "Báo cáo nội dung", "Đánh dấu đã đọc ✓"]))
    L.append(c.more_header())
    L += c.headlines(c.n(2, 4))
    return L


def L_infinite_feed(c):
    L = [("site", c.site_line()), c.w(["Dành cho bạn · Theo dõi · Nóng · Mới · Video",
                                       "DÀNH CHO BẠN  |  MỚI  |  VIDEO", "Bảng tin · Khám phá · Cá nhân"])]
    L += c.cards(c.n(2, 4))
    L += [c.source_chip(), ("date", c.ago()), ("title", c.title)]
    L += c.story_block({0: [c.ad()]} if c.p(0.5) else None)
    L += c.author_lines()
    L += [c.reactions(), c.original_link()]
    L += c.cards(c.n(3, 5))
    L.append(c.w(["Đang tải thêm...", "↓ Kéo để xem thêm", "Bạn đã xem hết tin mới", "Làm mới ⟳"]))
    return L


def L_reaction_comments(c):
    L = [("site", c.site_line()), c.breadcrumb(), ("title", c.title), ("date", c.date_line()), c.source_chip()]
    L += c.story_block()
    L += c.author_lines()
    L += [c.reactions(), c.w(["Bạn cảm thấy thế nào về tin này?", "BÀY TỎ CẢM XÚC", "Chọn cảm xúc:"]), c.share()]
    L += c.comments(c.n(3, 6))
    L.append(c.w(["Xem thêm bình luận", "Tải thêm {k} bình luận", "▾ Hiển thị các trả lời"], k=c.n(2, 90)))
    L.append(c.related_header())
    L += c.cards(c.n(2, 4))
    return L


def L_topic_follow_page(c):
    topic = c.ch(KEYWORDS)
    L = [("site", c.site_line()), c.w(["Chủ đề: {t}", "CHỦ ĐỀ · {t}", "# {t}", "Chủ đề “{t}”"], t=topic), c.follow(),
         c.w(["{k} người theo dõi · {m} bài viết", "{m} tin · cập nhật liên tục", "Đang theo dõi bởi {k} người"],
             k=c.count(), m=c.n(10, 900))]
    L += c.cards(c.n(1, 2))
    L += [("title", c.title), c.source_chip(), ("date", c.date_line())]
    L += c.story_block()
    L += c.author_lines()
    L.append(c.w(["Thêm trong chủ đề {t}", "Tin khác về {t}", "TIẾP TỤC ĐỌC VỀ {t}"], t=topic))
    L += c.cards(c.n(2, 4))
    L.append(c.follow())
    return L


def L_push_landing(c):
    L = [c.w(["🔔 Thông báo nóng", "THÔNG BÁO · {t}", "Bạn nhận được tin này vì đã theo dõi {sec}",
              "Tin khẩn từ {agg}"], t=c.ago()),
         ("site", c.site_line()), ("title", c.title), ("date", c.date_line())]
    L.append(c.source_chip())
    L += c.story_block()
    L += c.author_lines()
    L.append(c.w(["Tắt thông báo cho chủ đề này", "Cài đặt thông báo ⚙", "Bật thông báo để không bỏ lỡ tin nóng"]))
    L.append(c.more_header())
    L += c.headlines(c.n(2, 5), fmt=lambda t: c.ch([t, f"🔔 {t}", f"{t} ({c.ago()})"]))
    return L


def L_lite_text_portal(c):
    L = [("site", c.site_line(c.ch(PORTALS))), c.w(["[Trang chủ] [Tin mới] [Tìm]", "Phiên bản rút gọn | Bản đầy đủ",
                                                   "Tin | Ảnh | Video | Tìm", "Trang nhẹ - tiết kiệm dữ liệu"]),
         ("title", c.title), ("date", c.date_line())]
    L += c.story_block(caption_at=-2)
    L += c.author_lines()
    L.append(c.source_chip())
    L += c.headlines(c.n(3, 6), fmt=lambda t: c.ch([f"- {t}", f"* {t}", f"+ {t}", f">> {t}"]))
    L.append(c.w(["Lên đầu trang ↑", "[Về đầu trang]", "^ Top"]))
    L += c.footer()
    return L


def L_rss_reader(c):
    L = [("site", c.site_line(c.ch(["Đọc RSS", "Feedly Việt", "Hộp Tin", "Trạm Tin RSS"]))),
         c.w(["Tất cả bài viết ({k})", "Chưa đọc: {k}", "★ Đã lưu · ☰ Nguồn cấp"], k=c.n(20, 999))]
    for _ in range(c.n(3, 5)):
        L.append(("widget", f"{c.outlet()} ({c.n(1, 80)})"))
    L += [("title", c.title), c.source_chip(), ("date", c.date_line())]
    L += c.story_block(caption_at=-2)
    L += c.author_lines()
    L.append(c.w(["Đánh dấu đã đọc", "Mở trong trình duyệt ↗", "☆ Lưu bài", "Bài tiếp theo (j) · Bài trước (k)"]))
    L += c.cards(c.n(2, 4), style=2)
    return L


def L_morning_digest(c):
    L = [("site", c.site_line()),
         c.w(["Điểm tin sáng {d}/{m}", "BẢN TIN 6H SÁNG", "☕ Cà phê sáng cùng {agg}", "Tóm tắt tin ngày {d}/{m}"],
             d=c.day, m=c.month),
         c.w(["{k} tin bạn cần biết hôm nay", "Đọc trong 5 phút", "Bản tin số {k}"], k=c.n(5, 300))]
    L += c.headlines(c.n(2, 3), fmt=lambda t: f"{c.n(1, 9)}. {t}")
    L += [("title", c.title), ("date", c.date_line()), c.source_chip()]
    L += c.story_block()
    L += c.author_lines()
    L += c.headlines(c.n(2, 4), fmt=lambda t: c.ch([f"• {t}", f"→ {t}", t]))
    L.append(c.w(["Đăng ký nhận bản tin qua email", "Nhận điểm tin mỗi sáng: Đăng ký ngay",
                  "Huỷ đăng ký | Quản lý tuỳ chọn"]))
    L += c.footer()
    return L


def L_video_portal_story(c):
    L = [("site", c.site_line()), c.menu(), ("title", c.title)]
    L.append(c.w(["▶ Xem video {m}:{s:02d}", "VIDEO | {m}:{s:02d}", "▶︎ Phát ({m}:{s:02d})", "Video: {m} phút {s} giây"],
                 m=c.n(0, 9), s=c.n(0, 59)))
    L.append(c.w(["Tự động phát: BẬT", "Chất lượng: 720p ▾", "🔇 Bật tiếng", "Phụ đề: Tiếng Việt"]))
    L += [("date", c.date_line()), c.source_chip()]
    L += c.story_block(caption_at=0)
    L += c.author_lines()
    L += [c.reactions(), c.w(["Video tiếp theo", "TIẾP THEO ▶", "Danh sách phát"])]
    for _ in range(c.n(2, 4)):
        got = c.rel()
        if got:
            L.append(("related", f"{got[0]} ({c.n(0, 9)}:{c.n(10, 59)})"))
    L += c.footer()
    return L


def L_regional_portal(c):
    region = c.ch(["Miền Trung", "Tây Nguyên", "Đồng bằng sông Cửu Long", "Đông Bắc", "Duyên hải"])
    L = [("site", c.site_line(c.ch(PORTALS))), c.w(["Tin {r}", "CỔNG TIN {r}", "Khu vực: {r} ▾"], r=region.upper() if c.p(0.3) else region),
         c.menu()]
    L += c.weather()
    L += [c.breadcrumb(), ("title", c.title)]
    L += c.author_lines()
    L += [("date", c.date_line())]
    L += c.story_block({1: c.cards(1)})
    L.append(c.source_chip())
    L.append(c.w(["Tin địa phương", "TIN {r}", "Mới ở {r}"], r=region.upper()))
    L += c.cards(c.n(2, 4), style=4)
    L += c.footer()
    return L


def L_chat_app_discover(c):
    app = c.ch(["Chat Việt", "Nhắn Nhanh", "Zalô Tin", "Mây Chat"])
    L = [c.w(["Khám phá · {a}", "{a} ▸ Tin tức", "Tab Khám phá", "Báo Mới trên {a}"], a=app),
         ("site", c.site_line()), c.app_bar()]
    L += [c.source_chip(), ("title", c.title), ("date", c.ago())]
    L += c.story_block()
    L += c.author_lines()
    L.append(c.w(["Gửi cho bạn bè", "Chia sẻ vào nhóm chat", "📤 Gửi qua {a}", "Chuyển tiếp"], a=app))
    L.append(c.reactions())
    L += c.cards(c.n(2, 4), style=c.ch([0, 2, 5]))
    L.append(c.w(["Mở bằng trình duyệt", "Báo cáo bài viết", "Thu nhỏ cửa sổ"]))
    return L


def L_compare_outlets(c):
    L = [("site", c.site_line()), c.breadcrumb(),
         c.w(["So sánh nguồn tin", "CÁC BÁO VIẾT GÌ?", "Một sự kiện - nhiều góc nhìn", "Đối chiếu {k} nguồn"], k=c.n(3, 9)),
         ("title", c.title), ("date", c.date_line()), c.source_chip()]
    L += c.story_block()
    L += c.author_lines()
    L.append(c.w(["Góc nhìn khác", "Báo khác đưa tin", "CÙNG SỰ KIỆN, KHÁC CÁCH KỂ"]))
    for _ in range(c.n(2, 4)):
        got = c.rel()
        if not got:
            break
        t, teaser, cap = got
        o = c.outlet()
        L.append(("related", c.ch([f"{o} viết:", o.upper(), f"Theo {o}:", f"{o} ›"])))
        L.append(("related", t))
        if teaser:
            L.append(("related", c.use(teaser)))
        if cap and c.p(0.4):
            L.append(("caption", c.use(cap)))
    L.append(c.w(["Độ tin cậy nguồn: ★★★★☆", "Nguồn được xác minh ✓", "Cách chúng tôi chọn nguồn"]))
    L += c.footer()
    return L


def L_partner_news_widget(c):
    host = c.ch(["Diễn đàn Xe Việt", "Cộng đồng Mẹ & Bé", "Chợ Mạng 24", "Blog Du Lịch Mây"])
    L = [c.w(["{h} - Trang chủ", "{h} | Diễn đàn", "☰ {h}"], h=host), c.menu(),
         c.w(["Tin tức cung cấp bởi {agg}", "Hộp tin từ {agg}", "TIN TỨC ({agg})", "Widget tin tức · {agg}"])]
    L += c.headlines(c.n(2, 3), fmt=lambda t: c.ch([t, f"» {t}"]))
    L += [("site", c.site_line()), ("title", c.title), ("date", c.date_line()), c.source_chip()]
    L += c.story_block()
    L += c.author_lines()
    L += [c.original_link(), c.w(["Nhúng hộp tin này vào website của bạn", "Tắt hộp tin", "Cung cấp bởi {agg} API"])]
    L.append(c.w(["Chủ đề mới trên diễn đàn", "BÀI VIẾT MỚI", "Thành viên đang online: {k}"], k=c.n(10, 900)))
    L += c.footer()
    return L


def L_smart_tv_news(c):
    L = [c.w(["Ứng dụng Tin tức · TV", "📺 Tin tức trên TV", "Bảng tin phòng khách"]),
         ("site", c.site_line()), c.w(["◀ ▶ Chuyển tin   OK Đọc tiếp", "Nhấn OK để đọc", "Dùng remote ▲▼ để cuộn"]),
         ("title", c.title), ("date", c.ago()), c.source_chip()]
    L += c.story_block(caption_at=-2)
    L += c.author_lines()
    L += c.weather()
    L.append(c.w(["Tin tiếp theo sau {k} giây", "Tự chuyển tin: BẬT", "Tin kế tiếp ▶"], k=c.n(5, 30)))
    L += c.headlines(c.n(2, 3))
    return L


LAYOUTS = [
    ("app_article_view", L_app_article_view),
    ("event_timeline", L_event_timeline),
    ("multi_source_cluster", L_multi_source_cluster),
    ("trending_sidebar", L_trending_sidebar),
    ("portal_home_box", L_portal_home_box),
    ("browser_start_card", L_browser_start_card),
    ("search_news_carousel", L_search_news_carousel),
    ("reader_mode", L_reader_mode),
    ("infinite_feed", L_infinite_feed),
    ("reaction_comments", L_reaction_comments),
    ("topic_follow_page", L_topic_follow_page),
    ("push_landing", L_push_landing),
    ("lite_text_portal", L_lite_text_portal),
    ("rss_reader", L_rss_reader),
    ("morning_digest", L_morning_digest),
    ("video_portal_story", L_video_portal_story),
    ("regional_portal", L_regional_portal),
    ("chat_app_discover", L_chat_app_discover),
    ("compare_outlets", L_compare_outlets),
    ("partner_news_widget", L_partner_news_widget),
    ("smart_tv_news", L_smart_tv_news),
]
LAYOUT_NAMES = [name for name, _ in LAYOUTS]


# ---------------------------------------------------------------- faults

FAULTS = ("nbsp", "zwsp", "double_space", "nfd", "glue")


def _fault_spaces(s, r, repl, prob):
    parts = s.split(" ")
    if len(parts) < 3:
        return s
    out = parts[0]
    for p in parts[1:]:
        out += (repl if r.random() < prob else " ") + p
    return out


def _fault_zwsp(s, r):
    idx = [i for i in range(1, len(s)) if s[i - 1].isalpha() and s[i].isalpha()]
    if not idx:
        return s
    for i in sorted(r.sample(idx, min(len(idx), r.randint(1, 2))), reverse=True):
        s = s[:i] + "\u200b" + s[i:]
    return s


def apply_faults(row, entries):
    """entries: list of (tag, content). Returns (entries, faults applied)."""
    r = _rng(row, "faults")
    if r.random() >= FAULT_RATE:
        return entries, []
    faults = r.sample(FAULTS, r.choice([1, 1, 2]))
    out = []
    if "glue" in faults:
        cands = [i for i, (t, c) in enumerate(entries)
                 if t == "body" and any(c[j].endswith(".") for j in range(len(c) - 1))]
        if cands:
            i = r.choice(cands)
            para = list(entries[i][1])
            js = [j for j in range(len(para) - 1) if para[j].endswith(".")]
            j = r.choice(js)
            para[j:j + 2] = [para[j] + para[j + 1]]
            entries = entries[:i] + [("body", para)] + entries[i + 1:]
        else:
            faults.remove("glue")

    def fix(s):
        if "nbsp" in faults and r.random() < 0.5:
            s = _fault_spaces(s, r, "\u00a0", 0.15)
        if "double_space" in faults and r.random() < 0.4:
            s = _fault_spaces(s, r, "  ", 0.08)
        if "zwsp" in faults and r.random() < 0.4:
            s = _fault_zwsp(s, r)
        if "nfd" in faults:
            s = unicodedata.normalize("NFD", s)
        return s

    for t, c in entries:
        if t == "body":
            out.append((t, [fix(s) for s in c]))
        else:
            out.append((t, fix(c)))
    return out, faults


# ---------------------------------------------------------------- assembly / contract


class ContractError(ValueError):
    pass


def check_page(page, raw_body=(), roles=None):
    """Raise ContractError if `page` breaks the contract."""
    if not isinstance(page, Page) or page.layout not in LAYOUT_NAMES:
        raise ContractError("bad page/layout")
    lines = page.text.split("\n")
    if not page.text or any(not ln.strip() or ln != ln.strip() for ln in lines):
        raise ContractError("blank or unstripped line")
    if not page.body:
        raise ContractError("empty body")
    for s in page.body:
        if not isinstance(s, str) or not s or "\n" in s or s != s.strip() or s not in page.text:
            raise ContractError(f"bad body item {s!r}")
    for item in page.furniture:
        if not (isinstance(item, tuple) and len(item) == 2 and item[0] in KINDS and isinstance(item[1], str)):
            raise ContractError(f"bad furniture {item!r}")
    # walk the lines: body lines, furniture in order, at most three unlabelled lines
    bi = fi = 0
    unl = []
    for ln in lines:
        took = False
        for m in (1, 2, 3, 4):
            if bi + m <= len(page.body) and " ".join(page.body[bi:bi + m]) == ln:
                bi += m
                took = True
                break
        if took:
            continue
        if fi < len(page.furniture) and page.furniture[fi][1] == ln:
            fi += 1
            continue
        unl.append(ln)
    if bi != len(page.body) or fi != len(page.furniture):
        raise ContractError(f"walk mismatch body {bi}/{len(page.body)} furniture {fi}/{len(page.furniture)}")
    if len(unl) > 3:
        raise ContractError(f"too many unlabelled lines: {unl!r}")
    if roles is not None:
        if sorted(unl) != sorted(roles.values()) or len(roles) > 3:
            raise ContractError(f"unlabelled lines {unl!r} are not title/date/site {roles!r}")
    bn = {norm(s) for s in page.body} | {norm(s) for s in raw_body}
    for kind, ln in page.furniture:
        if norm(ln) in bn:
            raise ContractError(f"furniture equals a body sentence: {ln!r}")
    for ln in unl:
        if norm(ln) in bn:
            raise ContractError(f"unlabelled line equals a body sentence: {ln!r}")
    # body in order (positions strictly increasing)
    pos = 0
    for s in page.body:
        k = page.text.find(s, pos)
        if k < 0:
            raise ContractError("body out of order")
        pos = k + len(s)


def build_page(row, title, article, layout_idx, pool):
    story = take_story(article)
    title = _clean_source(title)
    if not story.sentences:
        return None, []
    name, fn = LAYOUTS[layout_idx % len(LAYOUTS)]
    body_norms = {norm(s) for s in story.sentences}
    c = Ctx(row, title, story, pool, body_norms)
    entries = fn(c)
    entries = [(t, x) for t, x in entries if x]
    # drop a furniture line that happens to equal a body sentence, and repeats of
    # the unlabelled roles
    seen_roles, clean = set(), []
    for t, x in entries:
        if t == "body":
            clean.append((t, x))
            continue
        x = " ".join(x.split())
        if not x or norm(x) in body_norms:
            continue
        if t in ("title", "date", "site"):
            if t in seen_roles:
                t = "widget"
            else:
                seen_roles.add(t)
        clean.append((t, x))
    entries, faults = apply_faults(row, clean)
    lines, body, furniture, roles = [], [], [], {}
    for t, x in entries:
        if t == "body":
            body.extend(x)
            lines.append(" ".join(x))
        elif t in ("title", "date", "site"):
            roles[t] = x
            lines.append(x)
        else:
            furniture.append((t, x))
            lines.append(x)
    page = Page("\n".join(lines), body, furniture, name)
    check_page(page, raw_body=story.sentences, roles=roles)
    return page, faults


_LAST_FAULTS = []


def pages(train_path):
    body_rows, related_rows = read_rows(train_path)
    pool = related_pool(related_rows)
    if not pool:
        raise ContractError("no usable related rows")
    out = []
    _LAST_FAULTS.clear()
    for k, (row, title, article) in enumerate(body_rows):
        page, faults = build_page(row, title, article, k, pool)
        if page is None:
            raise ContractError(f"row {row}: no story sentences")
        out.append(page)
        _LAST_FAULTS.append(faults)
    return out


# ---------------------------------------------------------------- report


def report(ps, faults):
    per = defaultdict(Counter)
    tot = Counter()
    for p in ps:
        c = per[p.layout]
        c["pages"] += 1
        c["body"] += len(p.body)
        for k, _ in p.furniture:
            c[k] += 1
    cols = ["pages", "body"] + list(KINDS)
    print(f"{'layout':24s} " + " ".join(f"{h:>8s}" for h in cols))
    for name in LAYOUT_NAMES:
        if name in per:
            print(f"{name:24s} " + " ".join(f"{per[name][h]:8d}" for h in cols))
            tot.update(per[name])
    print(f"{'TOTAL':24s} " + " ".join(f"{tot[h]:8d}" for h in cols))
    fc = Counter(f for fs in faults for f in fs)
    print(f"pages with faults: {sum(1 for fs in faults if fs)} / {len(ps)}")
    print("faults: " + ", ".join(f"{f}={fc[f]}" for f in FAULTS))


def main(argv):
    if len(argv) != 2:
        print("usage: make.py TRAIN.jsonl.gz", file=sys.stderr)
        return 2
    ps = pages(argv[1])
    report(ps, list(_LAST_FAULTS))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
