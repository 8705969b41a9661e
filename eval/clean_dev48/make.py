#!/usr/bin/env python3
"""Blind held-out page maker "test48" for the Vietnamese news-page cleaner.

Theme: pages organised by AUDIENCE (young readers, the elderly, business people,
women and families, children and parents, religious communities, soldiers and
veterans, farmers and fishers, ethnic-minority readers, expats, workers,
students, drivers, sports fans, travellers).

Every line of every page is labelled: the story's own sentences go to ``body``,
every other line to ``furniture`` as ``(kind, line)``, except at most three
unlabelled lines (the title, one date/time line and one site-name line).

Usage:  python eval/clean_test48/make.py /path/to/vietnews_train.jsonl.gz

Standard library only.
"""
from __future__ import annotations

import datetime as _dt
import gzip
import json
import random
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from typing import NamedTuple

SEED = 4848
BODY_ROWS = range(9_600, 9_700)
RELATED_ROWS = range(9_700, 9_800)
LAST_ROW = max(BODY_ROWS.stop, RELATED_ROWS.stop) - 1
RELATED_CHARS = 1_200
KINDS = ("byline", "credit", "caption", "related", "widget")
FAULT_RATE = 0.25
FAULTS = ("nbsp", "zwsp", "double_space", "nfd", "glue")

NBSP = "\u00a0"
ZWSP = "\u200b"


class Page(NamedTuple):
    text: str
    body: list
    furniture: list
    layout: str


def rng_for(row: int, purpose: str) -> random.Random:
    return random.Random(f"test48|{SEED}|{row}|{purpose}")


# ---------------------------------------------------------------------------
# Reading rows (one streaming pass, stop after the last needed row)
# ---------------------------------------------------------------------------

def _usable(raw: bytes):
    if not raw.strip():
        return None
    try:
        obj = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
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
    """Return ([(row, title, article)] for body rows, same for related rows)."""
    body, related = [], []
    with gzip.open(train_path, "rb") as fh:
        for i, raw in enumerate(fh):
            if i in BODY_ROWS or i in RELATED_ROWS:
                rec = _usable(raw)
                if rec is not None:
                    (body if i in BODY_ROWS else related).append((i, rec[0], rec[1]))
            if i >= LAST_ROW:
                break
    return body, related


# ---------------------------------------------------------------------------
# Sentence splitting
# ---------------------------------------------------------------------------

ABBREV = {
    "TP", "Tp", "TS", "PGS", "GS", "ThS", "Th.S", "BS", "KS", "CN", "TT", "TX",
    "NXB", "Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Co", "Ltd", "Inc", "No",
    "Gen", "Lt", "Col", "Capt", "Sgt", "Prof", "vs", "Vs", "v.v", "Q", "P",
    "U.S", "Th", "Ths", "Bs", "Ts",
}
_INITIALS = re.compile(r"(?:[A-Z]\.)+[A-Z]")
TERMINAL = ".!?…"
_OPENERS = "\"“‘'([«"


def _norm_ws(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def _protected_spans(s: str):
    spans = []
    pos = [i for i, ch in enumerate(s) if ch == '"']
    for a, b in zip(pos[0::2], pos[1::2]):
        if b - a <= 900:
            spans.append((a, b))
    stack = []
    for i, ch in enumerate(s):
        if ch == "“":
            stack.append(i)
        elif ch == "”" and stack:
            a = stack.pop()
            if i - a <= 900:
                spans.append((a, i))
    return spans


def _starts_sentence(s: str, j: int) -> bool:
    if j >= len(s):
        return False
    c = s[j]
    return c.isupper() or c.isdigit() or c in _OPENERS


def split_sentences(text: str) -> list:
    s = _norm_ws(text)
    if not s:
        return []
    spans = _protected_spans(s)
    closers = {b for _a, b in spans}

    def inside(i):
        return any(a < i < b for a, b in spans)

    cuts = []
    n = len(s)
    for i, ch in enumerate(s):
        if i + 1 < n and s[i + 1] != " ":
            continue
        if i + 1 >= n:
            continue
        j = i + 2
        if ch in TERMINAL:
            if inside(i):
                continue
            if not _starts_sentence(s, j):
                continue
            if ch == ".":
                k = s.rfind(" ", 0, i) + 1
                raw_tok = s[k:i]
                tok = raw_tok.lstrip(_OPENERS)
                if raw_tok and not raw_tok.strip("\"”’')»]"):
                    cuts.append(i + 1)  # closing quote / bracket then full stop
                    continue
                if not tok or tok in ABBREV or (len(tok) == 1 and "A" <= tok <= "Z"):
                    continue
                if _INITIALS.fullmatch(tok):
                    continue
            cuts.append(i + 1)
        elif ch in "\"”" and i in closers:
            before = s[:i].rstrip()
            if before and before[-1] in TERMINAL and _starts_sentence(s, j):
                cuts.append(i + 1)
    out, start = [], 0
    for c in cuts:
        seg = s[start:c].strip()
        if seg:
            out.append(seg)
        start = c
    tail = s[start:].strip()
    if tail:
        out.append(tail)
    return out


def ends_terminal(sent: str) -> bool:
    t = sent.rstrip()
    while t and t[-1] in "\"”’')»":
        t = t[:-1].rstrip()
    return bool(t) and t[-1] in TERMINAL


# ---------------------------------------------------------------------------
# Taking the story out of an article
# ---------------------------------------------------------------------------

_CAPTION_START = re.compile(
    r"^(?:Video|Clip|Hình ảnh|Hình:|Ảnh(?!\s+hưởng)|Đồ hoạ|Đồ họa|Infographic|Bản đồ)\b")
_PHOTO_CREDIT = re.compile(r"(?:Ảnh|ẢNH|Nguồn)\s*:|\(\s*[ảẢ]nh\b|Ảnh minh hoạ|Ảnh minh họa")
_TIME_END = re.compile(
    r"(?:hôm qua|hôm nay|tối qua|sáng nay|chiều nay|tối nay|đêm qua|sáng qua|chiều qua|"
    r"hôm \d{1,2}/\d{1,2}(?:/\d{2,4})?)\s*\.$")
_TIME_END_WEAK = re.compile(
    r"(?:(?:ngày|sáng|chiều|tối|đêm) \d{1,2}/\d{1,2}(?:/\d{2,4})?|năm \d{4}|tháng \d{1,2}(?:/\d{4})?)\s*\.$")
_PROSE_MARK = re.compile(
    r"\b(?:sau đó|sẽ|cũng|đã|vào|để|trước đó|tuần trước|đến|từng|dự kiến|cho biết|nói|cho hay|tuyên bố|nhưng|vì)\b")
_SURNAMES = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
             "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trương"}
_THEO_TAIL = re.compile(r"\s*\(\s*((?:Theo|theo|Tổng hợp|Nguồn)[^()]*)\)\s*$")


def _is_cap_word(w: str) -> bool:
    return bool(w) and w[0].isupper() and w.isalpha() and len(w) <= 9


def _peel_name(seg: str):
    """seg has no terminal punctuation: return (rest, name, credit)."""
    credit = None
    m = _THEO_TAIL.search(seg)
    if m:
        credit = _norm_ws(m.group(1))
        seg = seg[:m.start()].rstrip()
    toks = seg.split()
    name = None
    if toks and len(toks) <= 4 and all(_is_cap_word(t) for t in toks):
        name, rest = " ".join(toks), ""
    elif len(toks) >= 2 and _is_cap_word(toks[-1]) and _is_cap_word(toks[-2]):
        k = 3 if len(toks) >= 3 and toks[-3] in _SURNAMES else 2
        name, rest = " ".join(toks[-k:]), " ".join(toks[:-k])
    else:
        rest = seg
    return rest, name, credit


def _words(s: str) -> int:
    return len(s.split())


def _caption_like_inner(s: str) -> int:
    """2: very likely a photo caption; 1: possibly one (left off); 0: prose."""
    if _words(s) > 22 or "," in s or '"' in s or "“" in s or ":" in s or _PROSE_MARK.search(s):
        return 0
    if _TIME_END.search(s):
        return 2
    if _words(s) <= 14 and _TIME_END_WEAK.search(s):
        return 1
    return 0


class Story(NamedTuple):
    body: list            # story sentences in order
    lead_caption: object  # str | None
    inner: list           # [(body_index_after, caption)]
    author: object        # str | None
    credit: object        # str | None  ("Theo AFP")
    dropped: int


def nkey(s: str) -> str:
    s = unicodedata.normalize("NFC", s).replace(ZWSP, "")
    return "".join(s.split()).casefold()


def extract_story(article: str) -> Story:
    segs = split_sentences(article)
    author = credit = None
    dropped = 0
    # trailing byline / credit fused onto the end of the article
    if segs and not ends_terminal(segs[-1]):
        rest, author, credit = _peel_name(segs[-1])
        segs = segs[:-1]
        if rest:
            dropped += 1
    elif segs:
        m = re.fullmatch(r"\(?\s*(Theo [^().]{2,40})\s*\)?\.?", segs[-1])
        if m:
            credit = m.group(1)
            segs = segs[:-1]
    # "Xem thêm" blocks near the end: drop them and what follows
    for i, sg in enumerate(segs):
        if re.match(r"^(?:Xem thêm|XEM THÊM|Đọc thêm|Mời xem)\b", sg) and i >= len(segs) - 5:
            dropped += len(segs) - i
            segs = segs[:i]
            break
    lead = None
    body, inner, seen = [], [], set()
    for i, sg in enumerate(segs):
        k = nkey(sg)
        if i == 0:
            quoted = '"' in sg or "“" in sg
            if ends_terminal(sg) and not _PHOTO_CREDIT.search(sg) and (
                    (not quoted and _words(sg) <= 25)
                    or (quoted and _words(sg) <= 18 and sg[:1] not in "\"“")):
                lead = sg
                seen.add(k)
                continue
            # VietNews opens with the lead photo's caption; a long opening
            # segment with no early comma is most likely that caption fused
            # with the first sentence of the story: leave it off.
            if _words(sg) > 25 and sg[:1] not in "\"“" and "," not in sg[:60]:
                seen.add(k)
                dropped += 1
                continue
        if k in seen:
            dropped += 1
            continue
        seen.add(k)
        if _PHOTO_CREDIT.search(sg) or _CAPTION_START.match(sg):
            dropped += 1
            continue
        if re.match(r"^(?:Xem thêm|Đọc thêm)\b", sg):
            dropped += 1
            continue
        if _words(sg) < 6 or len(sg) < 25 or not ends_terminal(sg):
            dropped += 1
            continue
        cap = _caption_like_inner(sg)
        if cap == 2:
            inner.append((len(body), sg))
            continue
        if cap == 1:
            dropped += 1
            continue
        body.append(sg)
    if not body:  # fall back: keep every terminal sentence of some length
        body = [sg for sg in segs if ends_terminal(sg) and _words(sg) >= 3
                and nkey(sg) != nkey(lead or "")]
        inner = []
        if not body and segs:
            body, lead = list(segs), None
    return Story(body, lead, inner, author, credit, dropped)


class Related(NamedTuple):
    row: int
    title: str
    teasers: list
    captions: list


def related_item(row: int, title: str, article: str) -> Related:
    art = _norm_ws(article)
    prefix = art[:RELATED_CHARS]
    sents = split_sentences(prefix)
    if len(art) > RELATED_CHARS and sents:
        clean_cut = art[RELATED_CHARS].isspace() and ends_terminal(sents[-1]) \
            and prefix == prefix.rstrip()
        if not clean_cut:
            sents = sents[:-1]
    good = [s for s in sents if ends_terminal(s) and not _PHOTO_CREDIT.search(s)
            and not _CAPTION_START.match(s) and not s.startswith("Xem thêm")]
    first = sents[0] if sents else None
    teasers = [s for s in good if 14 <= _words(s) <= 60 and s != first]
    captions = [s for s in good if 6 <= _words(s) <= 16 and '"' not in s]
    if first in good and 5 <= _words(first) <= 25 and '"' not in first:
        captions = [first]  # VietNews opens with the lead photo's caption
    return Related(row, _norm_ws(title), teasers, captions)


# ---------------------------------------------------------------------------
# Page builder context
# ---------------------------------------------------------------------------

STAFF = ["Lâm Khả Tú", "Đoàn Mỹ Kha", "Tạ Quang Vĩnh", "Hà Thục Nghi", "Kiều Bảo Lâm",
         "Mạc Thiên Ân", "Lục Yến Chi", "Âu Gia Huy", "Phùng Tường Vi", "Thân Trọng Hiếu",
         "Diệp Minh Triết", "Quách Hạ Uyên", "Tôn Nữ Bích Lam", "Cù Đức Nhã", "Lữ Hoài Phương",
         "Giang Thảo Mộc", "Ninh Khải Hoàn", "Từ Bảo Ngọc", "Văn Thị Lụa", "Khổng Minh Tâm"]
AGENCY_PHOTO = ["Reuters", "AFP", "AP", "EPA", "Getty Images", "Tư liệu", "NVCC", "internet"]
WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]
SEPS = [" | ", " · ", " / ", " • ", "  ", " - ", " ⋅ "]
CRUMB_SEPS = [" > ", " › ", " » ", " / ", " → ", " >> "]


class Ctx:
    def __init__(self, row, title, story, related, para_w):
        self.row = row
        self.r = rng_for(row, "layout")
        self.title_text = _norm_ws(title)
        self.story = story
        self.rel = list(related)
        self.rel_i = 0
        self.items = []
        self.used_title = self.used_date = self.used_site = False
        self.para_w = para_w
        self.author_done = False
        pr = rng_for(row, "paragraphs")
        paras, i, sents = [], 0, story.body
        while i < len(sents):
            n = pr.choices([1, 2, 3, 4], weights=para_w)[0]
            paras.append(list(sents[i:i + n]))
            i += n
        self.paras = paras

    # --- random helpers ---------------------------------------------------
    def pick(self, seq):
        return self.r.choice(seq)

    def chance(self, p):
        return self.r.random() < p

    def case(self, s, p=0.3):
        x = self.r.random()
        if x < p / 2:
            return s.upper()
        if x < p:
            return s.lower() if self.chance(0.5) else s.title()
        return s

    # --- emit ---------------------------------------------------------------
    def add(self, kind, line):
        line = _norm_ws(line)
        if line:
            self.items.append((kind, line))

    def w(self, line):
        self.add("widget", line)

    def site(self, names):
        if not self.used_site:
            self.used_site = True
            self.items.append(("site", _norm_ws(self.case(self.pick(names), 0.25))))
        else:
            self.w(self.pick(names))

    def title(self):
        self.used_title = True
        self.items.append(("title", self.title_text))

    def date(self):
        r = self.r
        d = _dt.date(2016, 1, 1) + _dt.timedelta(days=r.randrange(0, 1460))
        hh, mm = r.randrange(5, 23), r.randrange(0, 60)
        wd = WEEKDAYS[d.weekday()]
        fmts = [
            f"{wd}, {d.day}/{d.month}/{d.year} - {hh:02d}:{mm:02d}",
            f"{d.day:02d}-{d.month:02d}-{d.year} {hh:02d}:{mm:02d} GMT+7",
            f"Cập nhật: {hh:02d}:{mm:02d} | {d.day:02d}/{d.month:02d}/{d.year}",
            f"Đăng lúc {hh}h{mm:02d} ngày {d.day}/{d.month}/{d.year}",
            f"{wd.upper()}, {d.day:02d}/{d.month:02d}/{d.year}, {hh:02d}:{mm:02d} (GMT+7)",
            f"🕒 {hh:02d}:{mm:02d} · {d.day}.{d.month}.{d.year}",
            f"{d.year}-{d.month:02d}-{d.day:02d}T{hh:02d}:{mm:02d}:00+07:00",
            f"Ngày {d.day} tháng {d.month} năm {d.year}",
        ]
        line = self.pick(fmts)
        if not self.used_date:
            self.used_date = True
            self.items.append(("date", line))
        else:
            self.w(line)

    def menu(self, items, k=None, prefix=True):
        k = k or self.r.randint(max(3, len(items) - 3), len(items))
        chosen = self.r.sample(items, min(k, len(items)))
        if self.chance(0.4):
            chosen = [x for x in items if x in chosen]
        sep = self.pick(SEPS)
        line = sep.join(self.case(x, 0.35) for x in chosen)
        if prefix and self.chance(0.3):
            line = self.pick(["☰ ", "MENU ", "≡ ", "Chuyên mục: "]) + line
        self.w(line)

    def crumb(self, parts, home=None):
        home = home or ["Trang chủ", "TRANG CHỦ", "🏠", "Home", "Trang nhất"]
        ps = [self.pick(home)] + list(parts)
        self.w(self.pick(CRUMB_SEPS).join(self.case(p, 0.2) for p in ps))

    def byline(self, pool=None, roles=None):
        name = self.pick(pool or STAFF)
        roles = roles or ["Phóng viên", "PV", "Cộng tác viên", "Biên tập viên"]
        forms = [
            name, name.upper(), f"Bài: {name}", f"{name} - {self.pick(roles)}",
            f"Tác giả: {name}", f"{self.pick(roles)} {name}", f"✍️ {name}",
            f"{name} (thực hiện)",
        ]
        self.add("byline", self.pick(forms))
        return name

    def tail(self, force_staff=False):
        """The article's own trailing author / credit, in outlet style."""
        st = self.story
        if st.author:
            a = st.author
            forms = [a, a.upper(), f"{a}.", f"— {a}", f"Bài: {a}", f"{a} (tổng hợp)"]
            line = self.pick(forms)
            if st.credit and self.chance(0.4):
                self.add("byline", f"{line} ({st.credit})")
            else:
                self.add("byline", line)
                if st.credit:
                    src = st.credit.split(None, 1)[-1] if st.credit.startswith(("Theo", "theo")) else st.credit
                    self.add("credit", self.pick([f"Theo {src}", f"(Theo {src})", f"Nguồn: {src}",
                                                  f"THEO {src.upper()}", f"Theo: {src}"]))
        elif st.credit:
            self.add("credit", self.pick([st.credit, f"({st.credit})", st.credit.upper()]))
        elif force_staff:
            self.byline()

    def photo_credit(self):
        a = self.pick(AGENCY_PHOTO)
        return self.pick([f"Ảnh: {a}", f"(Ảnh: {a})", f"ẢNH: {a.upper()}", f"Ảnh - {a}",
                          f"Nguồn ảnh: {a}", f"📷 {a}"])

    def caption(self, text):
        r = self.r.random()
        if r < 0.3:
            self.add("caption", text)
        elif r < 0.55:
            self.add("caption", f"{text} {self.photo_credit()}")
        elif r < 0.75:
            self.add("caption", text)
            self.add("credit", self.photo_credit())
        elif r < 0.87:
            self.add("caption", self.pick(["▲ ", "↑ ", "📷 ", "Ảnh: "]) + text)
        else:
            self.add("caption", f"{text} ({self.pick(['Ảnh', 'ảnh', 'Ảnh minh hoạ'])}: "
                                f"{self.pick(AGENCY_PHOTO)})")

    def lead_photo(self):
        if self.story.lead_caption:
            if self.chance(0.25):
                self.w(self.pick(["[Ảnh]", "Phóng to", "🔍 Xem ảnh lớn", "Ảnh 1/3", "Click để phóng to ảnh"]))
            self.caption(self.story.lead_caption)

    # related --------------------------------------------------------------
    def next_rel(self):
        if not self.rel:
            return None
        it = self.rel[self.rel_i % len(self.rel)]
        self.rel_i += 1
        return it

    def rel_line(self, it, style=None):
        t = it.title
        style = style if style is not None else self.r.randrange(8)
        forms = [t, f"» {t}", f"- {t}", f"• {t}", f"{t} →", f"▶ {t}",
                 f"Xem thêm: {t}", f"{t} ({self.r.randint(1, 28)}/{self.r.randint(1, 12)})"]
        return forms[style % len(forms)]

    def related(self, headers, n=None, teaser_p=0.3, caption_p=0.15, style=None):
        n = n or self.r.randint(2, 5)
        if headers:
            self.w(self.case(self.pick(headers), 0.3))
        style = style if style is not None else self.r.randrange(8)
        used = set()
        for _ in range(n):
            it = self.next_rel()
            if it is None or it.row in used:
                break
            used.add(it.row)
            if it.captions and self.chance(caption_p):
                self.add("caption", self.pick(it.captions))
            self.add("related", self.rel_line(it, style))
            if it.teasers and self.chance(teaser_p):
                self.add("related", self.pick(it.teasers))

    def inline_related(self):
        it = self.next_rel()
        if it is None:
            return
        pre = self.pick(["Đọc thêm: ", "ĐỌC THÊM: ", ">> ", "Xem thêm >> ", "Tin liên quan: ",
                         "► ", "Có thể bạn quan tâm: "])
        self.add("related", pre + it.title)

    # comments -------------------------------------------------------------
    def comments(self, handles, texts, n=None):
        n = n or self.r.randint(1, 4)
        cnt = self.r.randint(n, 80)
        self.w(self.pick([f"Bình luận ({cnt})", f"{cnt} bình luận", f"BÌNH LUẬN · {cnt}",
                          "Ý kiến bạn đọc", "💬 Bình luận của bạn đọc", f"Ý KIẾN ({cnt})"]))
        hs = self.r.sample(handles, min(n, len(handles)))
        ts = self.r.sample(texts, min(n, len(texts)))
        for h, t in zip(hs, ts):
            mode = self.r.randrange(3)
            if mode == 0:
                self.w(f"{h}: {t}")
            elif mode == 1:
                self.w(h)
                self.w(t)
            else:
                self.w(f"{h} — {t}")
            if self.chance(0.5):
                self.w(self.pick([f"Thích · Trả lời · {self.r.randint(1, 59)} phút trước",
                                  f"👍 {self.r.randint(0, 300)}  Trả lời",
                                  f"Trả lời | {self.r.randint(1, 23)} giờ trước",
                                  f"{self.r.randint(1, 9)} ngày trước · Báo cáo"]))
        if self.chance(0.5):
            self.w(self.pick(["Xem thêm bình luận", "Viết bình luận...", "Gửi bình luận",
                              "Đăng nhập để bình luận", "Tải thêm ý kiến ▼"]))

    def share(self):
        n = self.r.randint(3, 900)
        self.w(self.pick([
            "Chia sẻ: Facebook | Zalo | Twitter", "f  t  in  ✉", f"Share {n} | Tweet | Lưu bài",
            f"👍 Thích {n} · 💬 Bình luận · ↗ Chia sẻ", "CHIA SẺ BÀI VIẾT", "Chia sẻ / In / Gửi email",
            f"Like {n}  Share", "Lưu · Chia sẻ · Cỡ chữ A- A+", "Gửi bài viết qua Zalo · Facebook · Copy link"]))

    def tags(self, words):
        ws = self.r.sample(words, min(len(words), self.r.randint(2, 4)))
        self.w(self.pick([
            "Từ khóa: " + ", ".join(ws), " ".join("#" + w.replace(" ", "") for w in ws),
            "TAGS: " + " / ".join(w.upper() for w in ws), "Tag: " + " · ".join(ws),
            "Chủ đề: " + " | ".join(ws)]))

    def ad(self):
        self.w(self.pick(["Quảng cáo", "QUẢNG CÁO", "- Advertisement -", "Tài trợ", "[ Quảng cáo ]",
                          "Nội dung được tài trợ"]))

    # story ----------------------------------------------------------------
    def story_block(self, mids=(), lead_inside=False):
        """Emit paragraphs; `mids` are callables inserted at random gaps."""
        paras = self.paras
        gaps = list(range(1, max(1, len(paras))))
        slots = defaultdict(list)
        for m in mids:
            g = self.r.choice(gaps) if gaps else len(paras)
            slots[g].append(m)
        inner = list(self.story.inner)
        done = 0
        for pi, p in enumerate(paras):
            if pi == 0 and lead_inside:
                self.lead_photo()
            for m in slots.get(pi, []):
                m()
            self.items.append(("body", list(p)))
            done += len(p)
            while inner and inner[0][0] <= done:
                self.caption(inner.pop(0)[1])
        for _i, cap in inner:
            self.caption(cap)
        for m in slots.get(len(paras), []):
            m()


# ---------------------------------------------------------------------------
# Audience furniture text
# ---------------------------------------------------------------------------

TEEN_HANDLES = ["bongbong_2k5", "Mèo Mun Ú Òa", "trà sữa full topping", "Khoai Lang Thần Tốc",
                "hongbien.official", "Su Su 2k4", "@cuc_sac_teen", "Tí Nị Nà"]
TEEN_COMMENTS = ["hóng phần 2 quá trời ơi", "đọc xong mà muốn xỉu luôn á", "ủa alo ai giải thích giùm với",
                 "cho mình xin in4 bài gốc với ạ", "chấm hóng 🍿", "u là trời căng đét", "tag đứa bạn thân vào đọc nè",
                 "khum tin được luôn á mọi người"]
ELDER_HANDLES = ["Cụ Nguyễn Văn Kha (Nam Định)", "Bà Tư Bến Cát", "Ông Ba Hưu trí", "Cô giáo về hưu Thu Hà",
                 "Bác Lâm - CLB dưỡng sinh", "Cụ bà Mười (Cần Thơ)"]
ELDER_COMMENTS = ["Cảm ơn báo đã đưa tin kịp thời, tôi đọc hằng ngày.", "Chữ to dễ đọc, mong báo giữ nguyên cỡ chữ này.",
                  "Đề nghị báo có thêm mục sức khỏe cho người già.", "Bài viết hay, tôi đã in ra cho cả câu lạc bộ cùng đọc.",
                  "Thời sự nhiều quá, mong có thêm chuyện vui.", "Con cháu đọc giúp tôi, xin cảm ơn tòa soạn."]
GEN_HANDLES = ["Hoàng Vy", "minhtri_88", "Người Sài Gòn", "Trâm Anh (Huế)", "Khách", "Đức Long",
               "bạn đọc Hà Tĩnh", "Quốc Bảo", "Tùng Lâm 1990", "Ngọc Hân"]
GEN_COMMENTS = ["Thông tin rất hữu ích, cảm ơn tác giả.", "Mong tòa soạn tiếp tục theo dõi vụ việc.",
                "Đọc xong thấy lo quá.", "Bài viết khách quan, dễ hiểu.", "Không biết rồi sẽ đi đến đâu.",
                "Cần thêm số liệu cụ thể hơn.", "Chia sẻ cho mọi người cùng biết.", "Tuyệt vời, rất đáng đọc!"]


def _money(r, lo, hi, dec=0):
    v = r.uniform(lo, hi)
    if dec:
        return f"{v:,.{dec}f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return f"{int(v):,}".replace(",", ".")


def _arrow(r):
    d = r.uniform(-2.5, 2.5)
    return (f"▲ +{d:.2f}%" if d >= 0 else f"▼ {d:.2f}%").replace(".", ",")


# ---------------------------------------------------------------------------
# Layouts
# ---------------------------------------------------------------------------

def L_teen_hub(c: Ctx):
    c.site(["Teen Tíc Tắc", "teentictac.vn", "TEEN TÍC TẮC ⚡", "Teen Tíc Tắc - Chuyện của tuổi 16"])
    c.menu(["Hóng biến", "Idol", "Học đường", "Quiz", "Crush & Tình yêu", "Check-in", "Trend", "Thế giới"])
    c.crumb([c.pick(["Thế giới", "Hóng biến quốc tế", "Chuyện lạ bốn phương"])])
    c.title()
    c.date()
    c.add("byline", c.pick(["by Mít Ướt", "Mít Ướt ✨", "Team Hóng Biến", "MÍT ƯỚT", "Nhóm biên tập Teen Tíc Tắc"]))
    c.lead_photo()
    c.story_block(mids=[c.inline_related,
                        lambda: c.w(c.pick(["🔥 Hot nhất tuần: bấm để xem ngay!", "⚡ Quiz: Bạn là idol nào? Làm ngay ⚡",
                                            "QUIZ ❓ Đoán xem bạn hợp nghề gì", "👉 Tham gia bình chọn Idol của tháng"]))])
    c.tail()
    c.w(c.pick(["Bạn thấy bài này thế nào?", "BẠN CẢM THẤY SAO?", "Cảm xúc của bạn:"]))
    c.w(c.pick(["😍 Thích  😂 Haha  😮 Wow  😢 Buồn  😡 Phẫn nộ", "❤️ 128 · 😂 40 · 😮 12",
                "Yêu | Cười | Sốc | Buồn | Giận"]))
    c.w(c.pick(["BÌNH CHỌN IDOL THÁNG NÀY", "Poll: Idol Gen Z được yêu thích nhất", "🗳️ Ai là idol của bạn?"]))
    for idol in c.r.sample(['Mây Ngàn', 'Sóc Nâu', 'Bin Bông', 'Kẹo Dẻo', 'Jun Tê', 'Rin Rin'], c.r.randint(2, 3)):
        c.w(c.pick([f"{idol} — {c.r.randint(3, 61)}%", f"{idol}: {c.r.randint(100, 9000)} phiếu",
                    f"[ ] {idol} ({c.r.randint(3, 61)}%)"]))
    c.related(["Đọc tiếp nè", "CÓ THỂ BẠN SẼ THÍCH", "Hóng thêm 👇", "Tin hot khác"], caption_p=0.3)
    c.comments(TEEN_HANDLES, TEEN_COMMENTS)
    c.w(c.pick(["© Teen Tíc Tắc - Không sao chép dưới mọi hình thức", "Teen Tíc Tắc © 2019 · Điều khoản · Liên hệ quảng cáo",
                "Follow tụi mình trên TikTok @teentictac"]))


def L_elderly_large_print(c: Ctx):
    c.site(["Báo Tuổi Hạc Vui", "TUỔI HẠC VUI", "Tuổi Hạc Vui Online", "tuoihacvui.com.vn"])
    c.w(c.pick(["Cỡ chữ: A- A A+", "[ CHỮ TO ]  [ CHỮ VỪA ]", "Phóng to chữ ⊕ | Thu nhỏ ⊖", "Cỡ chữ lớn: BẬT"]))
    c.menu(["Thời sự", "Sức khỏe", "Dưỡng sinh", "Chuyện xưa", "Thơ", "Pháp luật", "Gia đình"])
    c.title()
    c.byline(roles=["Phóng viên", "Cộng tác viên"])
    c.date()
    c.w(c.pick(["🔊 Nghe đọc bài viết", "Nghe bài viết (3 phút)", "► NGHE ĐỌC BÁO", "Bấm để nghe đọc"]))
    c.lead_photo()
    c.story_block(mids=[lambda: c.w(c.pick([
        "ĐƯỜNG DÂY NÓNG SỨC KHỎE NGƯỜI CAO TUỔI: 1900 6868 (miễn phí)",
        "Tư vấn sức khỏe miễn phí cho người cao tuổi - gọi 1800 5577",
        "☎ Đường dây nóng Tuổi Hạc Vui: 0243 555 0101",
        "Mọi thắc mắc về bảo hiểm y tế, xin gọi: 1900.6868"]))])
    c.tail()
    c.w(c.pick(["LỜI KHUYÊN CHO NGƯỜI CAO TUỔI", "Góc dưỡng sinh mỗi ngày", "Mẹo sống khỏe tuổi 60+"]))
    c.w(c.pick(["Đi bộ nhẹ nhàng 30 phút mỗi sáng giúp khí huyết lưu thông.",
                "Uống đủ nước ấm, hạn chế muối để giữ huyết áp ổn định.",
                "Ngủ trưa không quá 30 phút để buổi tối dễ ngủ hơn.",
                "Đo huyết áp mỗi tuần ít nhất hai lần và ghi vào sổ."]))
    c.related(["Bài cùng chuyên mục", "TIN KHÁC", "Các bài đã đăng"], n=c.r.randint(2, 4), teaser_p=0.5)
    c.comments(ELDER_HANDLES, ELDER_COMMENTS, n=c.r.randint(1, 2))
    c.w(c.pick(["Cơ quan của Hội Người cao tuổi (giả định) - Tuổi Hạc Vui", "Tòa soạn: 12 Phố Hòe Nhai · ĐT: 024 3999 1212",
                "Bản quyền thuộc Tuổi Hạc Vui. Ghi rõ nguồn khi phát hành lại."]))


def _ticker(c: Ctx):
    r = c.r
    parts = [f"VN-Index {_money(r, 900, 1200, 2)} {_arrow(r)}", f"HNX {_money(r, 95, 120, 2)} {_arrow(r)}",
             f"USD/VND {_money(r, 22700, 23400)}", f"Vàng SJC {_money(r, 36, 42, 2)} tr/lượng",
             f"Dầu Brent {r.uniform(45, 85):.2f}$ {_arrow(r)}", f"EUR/VND {_money(r, 25500, 28000)}"]
    k = r.randint(2, 5)
    c.w(c.pick(SEPS).join(r.sample(parts, k)))


def L_business_ticker(c: Ctx):
    c.site(["Thương Trường Sáng", "THƯƠNG TRƯỜNG SÁNG", "thuongtruongsang.vn", "Thương Trường Sáng | Kinh tế - Tài chính"])
    _ticker(c)
    c.menu(["Vĩ mô", "Chứng khoán", "Bất động sản", "Doanh nghiệp", "Tài chính quốc tế", "Start-up", "CEO"])
    c.crumb(["Tài chính quốc tế", c.pick(["Chính trị & Kinh doanh", "Thế giới", "Điểm nóng"])])
    c.title()
    c.date()
    c.byline()
    c.lead_photo()
    c.story_block(mids=[
        lambda: c.w(c.pick(["DIỄN ĐÀN CEO CHÂU Á 2019 · ĐĂNG KÝ THAM DỰ NGAY",
                            "Hội nghị Nhà đầu tư Mekong - 15/11 - Đăng ký tại đây",
                            "▶ Banner: Vietnam Investment Summit | Giảm 20% vé sớm",
                            "Hội thảo 'Dòng vốn ngoại 2019' - còn 50 chỗ"])),
        c.ad])
    c.tail(force_staff=True)
    c.tags(["Kinh tế thế giới", "Chính trị", "Thương mại", "Đầu tư", "Xuất khẩu", "Tỷ giá"])
    c.related(["Tin kinh tế liên quan", "ĐỌC NHIỀU", "Cùng chuyên mục", "Doanh nhân quan tâm"], teaser_p=0.4)
    _ticker(c)
    c.w(c.pick(["Dữ liệu thị trường chỉ mang tính tham khảo.", "Nguồn dữ liệu: tổng hợp, cập nhật 15 phút/lần",
                "* Giá trễ 15 phút"]))
    c.w(c.pick(["© Thương Trường Sáng. Giấy phép số 88/GP-BTTTT (giả lập)", "Liên hệ quảng cáo: ads@thuongtruongsang.vn",
                "Về chúng tôi · Điều khoản · Tuyển dụng"]))


def L_women_family_mag(c: Ctx):
    c.site(["Nàng & Nhà", "NÀNG & NHÀ", "Tạp chí Nàng & Nhà", "nangvanha.vn"])
    c.menu(["Làm đẹp", "Thời trang", "Nuôi con", "Bếp nhà", "Tâm sự", "Sống khỏe", "Chuyện sao"])
    c.title()
    c.date()
    c.lead_photo()
    c.byline(roles=["Biên tập", "Thực hiện"])
    c.story_block(mids=[c.inline_related,
                        lambda: c.w(c.pick(["💄 Bí quyết da căng bóng mùa hanh khô - xem ngay",
                                            "Đăng ký nhận bản tin Nàng & Nhà mỗi sáng thứ Hai",
                                            "MẸO HAY: 5 món canh giải nhiệt cho cả nhà"]))])
    c.tail()
    c.share()
    c.related(["Chị em cũng đọc", "CÓ THỂ NÀNG QUAN TÂM", "Bài hay hôm nay", "Đừng bỏ lỡ"], caption_p=0.35)
    c.w(c.pick(["Góc tâm sự: Gửi thư cho chuyên gia tâm lý", "Hỏi đáp cùng chuyên gia: hop thu@nangvanha.vn",
                "Tâm sự của bạn sẽ được giữ kín - Gửi ngay"]))
    c.comments(GEN_HANDLES, GEN_COMMENTS, n=c.r.randint(1, 3))
    c.w(c.pick(["Nàng & Nhà © 2018 - Tạp chí dành cho phụ nữ và gia đình", "Liên hệ · Quảng cáo · Chính sách bảo mật"]))


def L_kids_parents_school(c: Ctx):
    c.site(["Cha Mẹ Đồng Hành", "Cha Mẹ Đồng Hành - Góc học đường", "CHA MẸ ĐỒNG HÀNH", "chamedonghanh.edu.vn"])
    c.menu(["Mầm non", "Tiểu học", "THCS", "Góc phụ huynh", "Kỹ năng sống", "Đọc cùng con", "Tin tức"])
    c.crumb(["Tin tức", "Thế giới quanh em"])
    c.title()
    c.date()
    c.w(c.pick(["Phù hợp cho: Phụ huynh và học sinh từ lớp 6", "Độ tuổi đọc: 12+", "🧒 Nên đọc cùng con",
                "Mức độ: dành cho phụ huynh"]))
    c.lead_photo()
    c.story_block(mids=[lambda: (c.w(c.pick(["GÓC PHỤ HUYNH", "Hộp kiến thức", "📘 Ba mẹ nên biết"])),
                                 c.w(c.pick(["Hãy trò chuyện cùng con về tin tức thế giới theo cách nhẹ nhàng.",
                                             "Cùng con tìm trên bản đồ quốc gia được nhắc tới trong bài.",
                                             "Hỏi con: nếu là em, em sẽ làm gì trong tình huống này?"])))])
    c.tail(force_staff=True)
    c.w(c.pick(["LỊCH THI HỌC KỲ I - Xem chi tiết", "📅 Lịch nghỉ Tết của học sinh các tỉnh",
                "Tra cứu lịch họp phụ huynh đầu năm", "Thời khóa biểu mẫu cho học sinh tiểu học"]))
    c.related(["Bài cùng chuyên mục", "Ba mẹ đã đọc", "ĐỌC THÊM"], teaser_p=0.25)
    c.w(c.pick(["Cha Mẹ Đồng Hành - Vì tương lai con trẻ", "© Cha Mẹ Đồng Hành. Hotline tư vấn học đường: 1900 2468",
                "Gửi câu hỏi cho chuyên gia giáo dục"]))


def L_pagoda_bulletin(c: Ctx):
    c.site(["Bản tin Chùa Tịnh Quang", "Tịnh Quang Phật Sự", "TỊNH QUANG - BẢN TIN PHẬT SỰ", "tinhquang.org"])
    c.w(c.pick(["Nam mô Bổn Sư Thích Ca Mâu Ni Phật", "NAM MÔ A DI ĐÀ PHẬT", "Nam mô A Di Đà Phật 🙏"]))
    c.menu(["Phật sự", "Hoằng pháp", "Từ thiện", "Lịch lễ", "Pháp âm", "Tin thế giới", "Liên hệ"])
    c.crumb(["Tin tức", "Thế giới"])
    c.title()
    c.date()
    c.lead_photo()
    c.story_block(mids=[lambda: c.w(c.pick(["Lịch lễ Rằm tháng Bảy: tụng kinh Vu Lan lúc 19h00",
                                            "LỊCH LỄ: Sám hối mùng 1 và Rằm hằng tháng, 19g30",
                                            "Khóa tu Một ngày an lạc - Chủ nhật cuối tháng"]))])
    c.tail()
    c.w(c.pick(["🙏 Hoan hỷ chia sẻ", "Tùy hỷ công đức - Chia sẻ bài viết", "Chia sẻ pháp thoại · In bài"]))
    c.related(["Tin Phật sự khác", "BÀI VIẾT KHÁC", "Cùng chủ đề"], teaser_p=0.3)
    c.w(c.pick(["Pháp âm hôm nay: Kinh Phổ Môn (nghe trực tuyến)", "▶ Nghe pháp thoại mới nhất",
                "PHÁP ÂM: Bài giảng về lòng từ bi"]))
    c.w(c.pick(["Chùa Tịnh Quang - Thôn Bình An, xã Phước Hòa", "Công đức xin gửi về: Ban Hộ tự chùa Tịnh Quang",
                "© Bản tin Tịnh Quang. Lưu hành nội bộ."]))


def L_parish_bulletin(c: Ctx):
    c.site(["Giáo xứ An Phong", "Bản tin Giáo xứ An Phong", "GIÁO XỨ AN PHONG", "giaoxuanphong.net"])
    c.menu(["Trang chủ", "Giờ lễ", "Sinh hoạt giáo xứ", "Lời Chúa", "Tin Giáo hội", "Tin thế giới", "Liên lạc"],
           prefix=False)
    c.title()
    c.date()
    c.w(c.pick(["Đăng bởi: Ban Truyền thông Giáo xứ", "Người đăng: BTT An Phong", "posted by admin-anphong"]))
    c.lead_photo()
    c.story_block(mids=[lambda: c.w(c.pick(["GIỜ LỄ CHÚA NHẬT: 5g00 - 7g00 - 17g00",
                                            "Giờ lễ ngày thường: 5g sáng và 18g tối",
                                            "Thánh lễ thiếu nhi: 8g30 Chúa nhật hằng tuần"]))])
    c.tail()
    c.w(c.pick(["Lời Chúa hôm nay", "LỜI CHÚA MỖI NGÀY", "Suy niệm Tin Mừng"]))
    c.w(c.pick(["Phúc cho ai xây dựng hòa bình (Mt 5,9).", "Anh em hãy yêu thương nhau (Ga 13,34).",
                "Hãy xin thì sẽ được (Mt 7,7)."]))
    c.related(["Tin liên quan", "Bài khác", "TIN GIÁO HỘI VÀ THẾ GIỚI"], teaser_p=0.2)
    c.w(c.pick(["Văn phòng giáo xứ mở cửa từ 7g - 11g các ngày trong tuần", "Ý chỉ cầu nguyện xin gửi về văn phòng giáo xứ",
                "© Giáo xứ An Phong · Giáo hạt Tây Nam (giả định)"]))


def L_veterans_army(c: Ctx):
    c.site(["Đồng Đội Xưa", "ĐỒNG ĐỘI XƯA", "Báo điện tử Đồng Đội Xưa", "dongdoixua.vn"])
    c.menu(["Thời sự quân sự", "Tri ân", "Tìm đồng đội", "Ký ức chiến trường", "Chính sách", "Quốc phòng thế giới"])
    c.crumb(["Quốc phòng thế giới", c.pick(["Bình luận", "Tin nhanh", "Vũ khí - Khí tài"])])
    c.title()
    c.date()
    c.byline(roles=["Thượng tá", "Đại úy", "Phóng viên"])
    c.lead_photo()
    c.story_block(mids=[lambda: c.w(c.pick(["📢 TÌM ĐỒNG ĐỘI: Ai biết tin liệt sĩ Trần Văn Bảy, quê Nghệ An, xin báo về tòa soạn",
                                            "Chuyên mục Tìm đồng đội - Gửi thông tin tại đây",
                                            "Hội Cựu chiến binh xã Tân Hội tìm người quen đơn vị C3"])),
                        c.inline_related])
    c.tail(force_staff=True)
    c.w(c.pick(["CHÍNH SÁCH CHO CỰU CHIẾN BINH", "Hỏi - đáp chế độ chính sách", "Giải đáp chế độ thương binh, bệnh binh"]))
    c.related(["Tin quân sự thế giới", "CÙNG CHUYÊN MỤC", "Đọc nhiều"], teaser_p=0.35, caption_p=0.25)
    c.comments(ELDER_HANDLES + ["CCB Lê Hào (Thanh Hóa)", "Thương binh 2/4 Mạnh Hùng"], GEN_COMMENTS, n=c.r.randint(1, 2))
    c.w(c.pick(["Đồng Đội Xưa - Tiếng nói của người lính", "© Đồng Đội Xưa. Đường dây tìm đồng đội: 0987 000 111"]))


def _agri_prices(c: Ctx):
    r = c.r
    rows = [f"Lúa IR 50404: {_money(r, 4800, 6200)} đ/kg", f"Cà phê nhân: {_money(r, 32000, 41000)} đ/kg",
            f"Hồ tiêu: {_money(r, 45000, 90000)} đ/kg", f"Heo hơi: {_money(r, 32000, 52000)} đ/kg",
            f"Cao su: {_money(r, 28000, 40000)} đ/kg", f"Sầu riêng Ri6: {_money(r, 40000, 80000)} đ/kg"]
    c.w(c.pick(["GIÁ NÔNG SẢN HÔM NAY", "Giá nông sản cập nhật", "📈 Bảng giá nông sản", "Giá cả thị trường"]))
    for x in r.sample(rows, r.randint(2, 4)):
        c.w(x)


def L_farmers_agri(c: Ctx):
    c.site(["Nhà Nông Mùa Vàng", "NHÀ NÔNG MÙA VÀNG", "nhanongmuavang.vn", "Nhà Nông Mùa Vàng - Bạn của nhà nông"])
    c.menu(["Trồng trọt", "Chăn nuôi", "Giá cả", "Khuyến nông", "Thời tiết nông vụ", "Thế giới", "Nông thôn mới"])
    c.title()
    c.date()
    c.byline()
    c.lead_photo()
    c.story_block(mids=[lambda: (c.w(c.pick(["KHUYẾN NÔNG KHUYÊN", "Lời khuyên của cán bộ khuyến nông", "🌾 Góc khuyến nông"])),
                                 c.w(c.pick(["Bà con nên bón thúc đợt hai khi lúa đẻ nhánh rộ.",
                                             "Thăm đồng thường xuyên để phát hiện rầy nâu sớm.",
                                             "Không phun thuốc khi trời sắp mưa để tránh rửa trôi."])))])
    c.tail()
    _agri_prices(c)
    c.w(c.pick(["THỜI TIẾT NÔNG VỤ: Bắc Bộ mưa rào, thuận lợi gieo cấy vụ mùa",
                "Dự báo cho nhà nông: Tây Nguyên nắng nóng, cần tưới giữ ẩm cho cà phê",
                "Thời tiết 3 ngày tới: ĐBSCL có mưa dông chiều tối, đề phòng lốc xoáy"]))
    c.related(["Tin nhà nông quan tâm", "TIN KHÁC", "Xem nhiều nhất"], teaser_p=0.25)
    c.w(c.pick(["Hotline khuyến nông: 1800 6111", "© Nhà Nông Mùa Vàng - Ghi rõ nguồn khi sử dụng",
                "Gửi câu hỏi cho kỹ sư nông nghiệp"]))


def L_ethnic_bilingual(c: Ctx):
    c.site(["Tiếng Núi Rừng", "TIẾNG NÚI RỪNG · XOV XWM", "Tiếng Núi Rừng - Tin bản làng", "tiengnuirung.vn"])
    c.menu(["Tin tức / Xov xwm", "Trang chủ / ទំព័រដើម", "Thể thao / កីឡា", "Bản làng", "Văn hóa dân tộc",
            "Tin thế giới / ព័ត៌មាន"])
    c.w(c.pick(["Ngôn ngữ: Tiếng Việt | Hmoob | ខ្មែរ", "Chọn ngôn ngữ: VI · HMN · KM", "🌐 Tiếng Việt ▾ (Hmoob, ខ្មែរ)"]))
    c.title()
    c.date()
    c.w(c.pick(["Tin thế giới / Xov xwm thoob ntiaj teb", "THẾ GIỚI · ព័ត៌មានអន្តរជាតិ", "Thế giới (song ngữ)"]))
    c.lead_photo()
    c.story_block(mids=[lambda: c.w(c.pick(["Nghe bản tin tiếng Hmông lúc 18h00", "▶ Nghe bản tiếng Khmer",
                                            "Phát thanh song ngữ: 6h30 và 19h00 hằng ngày"]))])
    c.tail(force_staff=True)
    c.w(c.pick(["Chia sẻ / Qhia", "Chia sẻ · ចែករំលែក", "Share / Qhia rau phooj ywg"]))
    c.related(["Tin khác / Xov xwm ntxiv", "TIN KHÁC · ព័ត៌មានផ្សេងទៀត", "Đọc thêm"], teaser_p=0.2)
    c.w(c.pick(["Tiếng Núi Rừng - Cơ quan thông tin miền núi (giả lập)", "© Tiếng Núi Rừng. Liên hệ: 0214 3 800 800"]))


def L_expat_english(c: Ctx):
    c.site(["Saigon Newcomer Daily", "SAIGON NEWCOMER", "saigonnewcomer.com", "Saigon Newcomer · Tin tiếng Việt"])
    c.menu(["Home", "News", "Visa & Residency", "Living in Vietnam", "Food", "Jobs", "Tiếng Việt"])
    c.crumb(["News", "World"], home=["Home", "HOME", "🏠 Home"])
    c.title()
    c.w(c.pick(["Vietnamese edition · EN version coming soon", "Read in: Tiếng Việt | English",
                "[VI] original article", "Language: Vietnamese"]))
    c.date()
    c.add("byline", c.pick(["By Lâm Khả Tú", "Story: Đoàn Mỹ Kha", "Reporter: Tạ Quang Vĩnh", "BY HÀ THỤC NGHI",
                            "Written by Kiều Bảo Lâm"]))
    c.lead_photo()
    c.story_block(mids=[c.ad, lambda: c.w(c.pick(["Exchange rate today: 1 USD = 23,250 VND",
                                                   "VISA TIP: e-visa now valid for 30 days", "Weather Saigon: 33°C, storms later"]))])
    c.tail()
    c.w(c.pick(["Share: Facebook · X · WhatsApp · Email", "SHARE THIS STORY", "Share | Print | Save"]))
    c.related(["Related stories", "READ MORE", "More from World", "You may also like"], teaser_p=0.3)
    c.w(c.pick(["Newsletter: Get Saigon news in your inbox", "Subscribe to our weekly digest",
                "Join 20,000 expats reading our morning brief"]))
    c.w(c.pick(["© Saigon Newcomer. All rights reserved.", "About us · Advertise · Privacy · Contact",
                "Saigon Newcomer is an independent publication."]))


def L_trade_union_workers(c: Ctx):
    c.site(["Tiếng Nói Công Nhân", "TIẾNG NÓI CÔNG NHÂN", "tiengnoicongnhan.vn", "Tiếng Nói Công Nhân - Báo của người lao động"])
    c.menu(["Công đoàn", "Việc làm", "Tiền lương", "An toàn lao động", "Pháp luật lao động", "Quốc tế", "Mái ấm công đoàn"])
    c.crumb(["Quốc tế", "Tin tức"])
    c.title()
    c.date()
    c.byline()
    c.lead_photo()
    c.story_block(mids=[lambda: c.w(c.pick(["TƯ VẤN PHÁP LUẬT LAO ĐỘNG MIỄN PHÍ: 1900 1080",
                                            "Hỏi đáp lương tối thiểu vùng 2019 - bấm xem",
                                            "☎ Đường dây nóng công đoàn: 0909 123 456",
                                            "Việc làm mới: 300 chỉ tiêu tại KCN Tân Phú (giả định)"])),
                        c.inline_related])
    c.tail()
    c.share()
    c.related(["Tin người lao động quan tâm", "TIN CÙNG CHUYÊN MỤC", "Xem thêm"], teaser_p=0.3)
    c.comments(GEN_HANDLES + ["Công nhân Bình Dương", "Chị Hoa - KCN Sóng Thần"], GEN_COMMENTS)
    c.w(c.pick(["© Tiếng Nói Công Nhân - Diễn đàn của người lao động", "Tòa soạn: 65 đường Công Đoàn, Q.3 (giả định)"]))


def L_students_exam(c: Ctx):
    c.site(["Sĩ Tử 24/7", "SĨ TỬ 24/7", "situ247.edu.vn", "Sĩ Tử 24/7 - Thi cử & Học bổng"])
    c.menu(["Tuyển sinh", "Điểm thi", "Học bổng", "Du học", "Kỹ năng", "Tin quốc tế", "Góc sinh viên"])
    c.w(c.pick(["🔎 TRA CỨU ĐIỂM THI", "Tra cứu điểm thi THPT quốc gia - nhập số báo danh",
                "Nhập SBD để tra điểm:", "Tra điểm chuẩn các trường 2019"]))
    c.title()
    c.date()
    c.byline()
    c.lead_photo()
    c.story_block(mids=[lambda: c.w(c.pick(["HỌC BỔNG 100% du học Nhật Bản - hạn nộp 30/6",
                                            "🎓 Học bổng thạc sĩ châu Âu 2019: còn 12 ngày",
                                            "Học bổng khuyến học 5 triệu đồng cho tân sinh viên - đăng ký"]))])
    c.tail()
    c.w(c.pick(["Kiến thức mở rộng cho bài thi GDCD và Địa lý", "💡 Mẹo: tin quốc tế thường xuất hiện trong đề thi thời sự",
                "Ôn thi: câu hỏi trắc nghiệm từ bài báo này"]))
    c.related(["Bài liên quan", "SĨ TỬ ĐANG ĐỌC", "Tin mới"], teaser_p=0.3)
    c.comments(TEEN_HANDLES + ["sinhvien_bk", "Tân sinh viên K64"], GEN_COMMENTS + TEEN_COMMENTS, n=c.r.randint(1, 3))
    c.w(c.pick(["© Sĩ Tử 24/7. Không sao chép.", "Liên hệ hợp tác tuyển sinh: 028 7777 2468"]))


def _fuel(c: Ctx):
    r = c.r
    parts = [f"RON 95-III: {_money(r, 19000, 23000)} đ/lít", f"E5 RON 92: {_money(r, 18000, 21500)} đ/lít",
             f"Dầu DO 0,05S: {_money(r, 15000, 18500)} đ/lít", f"Dầu hỏa: {_money(r, 14000, 17000)} đ/lít"]
    c.w(c.pick(["GIÁ XĂNG DẦU HÔM NAY", "⛽ Giá xăng dầu mới nhất", "Bảng giá nhiên liệu (vùng 1)"]))
    c.w(c.pick(SEPS).join(r.sample(parts, r.randint(2, 4))))


def L_drivers_traffic(c: Ctx):
    c.site(["Tay Lái Việt", "TAY LÁI VIỆT", "taylaiviet.vn", "Tay Lái Việt - Xe & Giao thông"])
    c.menu(["Xe mới", "Giao thông", "Phạt nguội", "Đăng kiểm", "Kinh nghiệm lái", "Giá xăng", "Thế giới xe"])
    _fuel(c)
    c.title()
    c.date()
    c.byline()
    c.lead_photo()
    c.story_block(mids=[lambda: c.w(c.pick(["🚦 Tra cứu phạt nguội theo biển số", "Kiểm tra lịch đăng kiểm xe của bạn",
                                            "TÌNH HÌNH GIAO THÔNG: ùn tắc cửa ngõ phía Nam",
                                            "Cảnh báo: cấm đường Nguyễn Trãi từ 22h đến 5h"]))])
    c.tail()
    c.related(["Tin cùng chuyên mục", "CÁC TAY LÁI CŨNG ĐỌC", "Đọc thêm"], teaser_p=0.25, caption_p=0.3)
    c.w(c.pick(["Mức phạt vượt đèn đỏ với ô tô: 3-5 triệu đồng", "Mẹo: kiểm tra áp suất lốp mỗi tuần",
                "Hỏi đáp luật giao thông - Gửi câu hỏi"]))
    c.comments(GEN_HANDLES + ["Bác tài Sài Gòn", "xe_om_cong_nghe"], GEN_COMMENTS, n=c.r.randint(1, 2))
    c.w(c.pick(["© Tay Lái Việt", "Tay Lái Việt - Cộng đồng người lái xe", "Liên hệ: toasoan@taylaiviet.vn"]))


def L_sports_fans(c: Ctx):
    c.site(["Khán Đài Số", "KHÁN ĐÀI SỐ", "khandaiso.vn", "Khán Đài Số ⚽"])
    c.w(c.pick(["LIVE: Hà Nội 2-1 Hải Phòng (78')", "Tỷ số trực tiếp ▸ Man City 1-0 Arsenal (HT)",
                "⚽ Kết quả: Việt Nam 3-0 Lào · Thái Lan 1-1 Malaysia", "Live score: Barca 0-0 Real (12')"]))
    c.menu(["Bóng đá Việt", "Ngoại hạng Anh", "Thể thao", "Hậu trường", "Ngoài sân cỏ", "Fan zone", "Video"])
    c.crumb(["Ngoài sân cỏ", c.pick(["Thế giới", "Đời sống"])])
    c.title()
    c.date()
    c.byline()
    c.lead_photo()
    c.story_block(mids=[lambda: c.w(c.pick(["FAN ZONE: Bình chọn cầu thủ xuất sắc nhất vòng",
                                            "🏆 Dự đoán tỷ số - trúng thưởng áo đấu", "Bảng xếp hạng V-League cập nhật"])),
                        c.ad])
    c.tail()
    c.w(c.pick(["BẢNG XẾP HẠNG", "Bảng xếp hạng Ngoại hạng Anh", "Top 5"]))
    for t in c.r.sample(["1. Man City 62đ", "2. Liverpool 60đ", "3. Tottenham 51đ", "4. Arsenal 50đ", "5. Chelsea 48đ"],
                        c.r.randint(2, 4)):
        c.w(t)
    c.related(["Tin nóng khác", "CÓ THỂ BẠN QUAN TÂM", "Đọc tiếp"], teaser_p=0.2)
    c.comments(TEEN_HANDLES + ["fan_cuong_MU", "Cổ động viên xứ Nghệ"], GEN_COMMENTS + TEEN_COMMENTS)
    c.w(c.pick(["© Khán Đài Số 2019", "Khán Đài Số - Nơi fan thể thao gặp nhau"]))


def L_travellers(c: Ctx):
    c.site(["Ba Lô & Bản Đồ", "BA LÔ & BẢN ĐỒ", "balovabando.vn", "Ba Lô & Bản Đồ · Du lịch"])
    c.menu(["Điểm đến", "Cẩm nang", "Ẩm thực", "Săn vé rẻ", "Visa", "Tin du lịch", "Ảnh đẹp"])
    c.crumb(["Tin du lịch", c.pick(["Quốc tế", "Cảnh báo du khách"])])
    c.title()
    c.date()
    c.lead_photo()
    c.byline(roles=["Phóng viên", "Blogger du lịch"])
    c.story_block(mids=[lambda: c.w(c.pick(["✈️ Săn vé rẻ: Hà Nội - Tokyo chỉ từ 3,9 triệu",
                                            "THỜI TIẾT ĐIỂM ĐẾN: Bangkok 34°C · Seoul 12°C · Paris 8°C",
                                            "Đặt phòng khách sạn giá tốt - so sánh ngay",
                                            "Lưu ý du khách: kiểm tra hạn hộ chiếu trước 6 tháng"])),
                        c.inline_related])
    c.tail()
    c.share()
    c.related(["Điểm đến gợi ý", "KHÁM PHÁ THÊM", "Tin du lịch khác", "Bạn có thể thích"], caption_p=0.4)
    c.w(c.pick(["Tìm chuyến bay: Điểm đi → Điểm đến · Ngày đi", "[Đặt tour] [Đặt phòng] [Vé máy bay]",
                "Bản tin du lịch mỗi thứ Sáu - đăng ký email"]))
    c.w(c.pick(["© Ba Lô & Bản Đồ", "Ba Lô & Bản Đồ - Đi để trở về", "Liên hệ quảng cáo du lịch: 0912 345 678"]))


def L_investor_premium(c: Ctx):
    c.site(["Vốn & Thị Trường", "VỐN & THỊ TRƯỜNG", "Vốn & Thị Trường PREMIUM", "vonthitruong.vn"])
    c.menu(["Thị trường", "Cổ phiếu", "Hàng hóa", "Vĩ mô", "Phân tích", "Premium"])
    c.title()
    c.w(c.pick(["PREMIUM · Dành cho hội viên", "🔒 Bài viết dành cho thành viên", "Nội dung cao cấp",
                "Premium - đọc miễn phí 3 bài/tháng"]))
    c.date()
    c.byline(roles=["Chuyên gia phân tích", "Biên tập viên"])
    c.w(c.pick([f"Thời gian đọc: {c.r.randint(3, 9)} phút", f"⏱ {c.r.randint(3, 9)} phút đọc",
                f"Đọc trong {c.r.randint(3, 9)}'"]))
    c.lead_photo()
    c.story_block(mids=[lambda: _ticker(c),
                        lambda: c.w(c.pick(["HỘI NGHỊ ĐẦU TƯ MÙA THU - Đăng ký ngay để nhận ưu đãi hội viên",
                                            "Banner: Diễn đàn Kinh tế Mekong 2019", "Sự kiện: Gặp gỡ nhà đầu tư ngoại - 20/10"]))])
    c.tail()
    c.w(c.pick(["Đánh giá của chuyên gia: TRUNG LẬP", "Tác động tới thị trường: Thấp ▪ Trung bình ▪ Cao",
                "Mức độ ảnh hưởng: ★★☆☆☆"]))
    c.related(["Phân tích liên quan", "NHÀ ĐẦU TƯ CŨNG ĐỌC", "Tin thị trường"], teaser_p=0.45)
    c.w(c.pick(["Nâng cấp Premium: 99.000đ/tháng", "Đăng ký hội viên để đọc không giới hạn", "Dùng thử 7 ngày miễn phí"]))


def L_fishermen_coastal(c: Ctx):
    c.site(["Bám Biển Online", "BÁM BIỂN", "bambien.vn", "Bám Biển - Tiếng nói ngư dân"])
    c.w(c.pick(["⚠ CẢNH BÁO: Gió mạnh cấp 6, giật cấp 8 trên Biển Đông", "Bản tin thời tiết biển: sóng cao 2-3m vùng Bắc Biển Đông",
                "Tin áp thấp nhiệt đới - tàu thuyền chú ý", "THỜI TIẾT BIỂN 24H: Vịnh Bắc Bộ gió đông bắc cấp 5"]))
    c.menu(["Ngư dân", "Thời tiết biển", "Giá hải sản", "Chủ quyền", "Thế giới", "Cứu nạn"])
    c.title()
    c.date()
    c.byline()
    c.lead_photo()
    c.story_block(mids=[lambda: c.w(c.pick(["Đường dây cứu nạn trên biển: 1800 6170 (miễn phí)",
                                            "Tần số liên lạc khẩn cấp: 7903 kHz", "☎ Cứu hộ cứu nạn hàng hải: 112"]))])
    c.tail()
    c.w(c.pick(["GIÁ HẢI SẢN TẠI CẢNG", "Giá cá ngừ đại dương hôm nay", "Giá tại cảng cá"]))
    r = c.r
    c.w(c.pick(SEPS).join(r.sample([f"Cá ngừ: {_money(r, 90000, 150000)} đ/kg", f"Mực lá: {_money(r, 180000, 300000)} đ/kg",
                                    f"Tôm sú: {_money(r, 200000, 320000)} đ/kg", f"Cá thu: {_money(r, 150000, 260000)} đ/kg"],
                                   r.randint(2, 3))))
    c.related(["Tin biển đảo", "TIN KHÁC", "Cùng chuyên mục"], teaser_p=0.3)
    c.w(c.pick(["© Bám Biển Online", "Bám Biển - đồng hành cùng ngư dân vươn khơi"]))


def L_mom_baby_forum(c: Ctx):
    c.site(["Hội Mẹ Bỉm Sữa", "Diễn đàn Nhà Có Bé", "NHÀ CÓ BÉ - Diễn đàn", "nhacobe.net"])
    c.menu(["Diễn đàn", "Mang thai", "Nuôi con nhỏ", "Chuyện nhà", "Tin tức xã hội", "Chợ mẹ bỉm"])
    c.crumb(["Tin tức xã hội", "Tin thế giới"], home=["Diễn đàn", "Forum", "🏠 Diễn đàn", "Trang chủ diễn đàn"])
    c.title()
    h = c.pick(["mebi_2con", "Mẹ Sóc Nâu", "Thỏ Con 2017", "mum_of_twins", "Bống Bang"])
    c.w(c.pick([f"Thảo luận trong 'Tin tức xã hội' bắt đầu bởi {h}", f"Chủ đề bởi {h}", f"{h} · Thành viên tích cực",
                f"#1 · {h}"]))
    c.date()
    c.w(c.pick(["Mẹ nào đọc tin này chưa ạ? Em copy về cho các mẹ đọc nhé.", "Các mẹ ơi vào đây đọc tin nè",
                "Em share bài báo, các mẹ xem nhé 👇"]))
    c.lead_photo()
    c.story_block()
    c.tail()
    c.w(c.pick([f"{c.r.randint(2, 90)} người thích bài này", "Thích · Trích dẫn · Trả lời", "👍 Cảm ơn · Báo cáo"]))
    c.comments(["Mẹ Gạo", "Bé Na 2016", "mebau_lan_dau", "Cún Con", "Mẹ Tôm Tép"],
               ["Đọc mà thương quá các mẹ ạ.", "Cảm ơn mẹ đã share.", "Ôi em cũng vừa đọc xong.",
                "Thế giới bây giờ nhiều chuyện quá.", "Hóng thêm tin mẹ nhé."], n=c.r.randint(2, 4))
    c.related(["Chủ đề tương tự", "CÁC CHỦ ĐỀ KHÁC", "Có thể mẹ quan tâm"], teaser_p=0.2)
    c.w(c.pick(["Nhà Có Bé © 2012-2019 · Nội quy diễn đàn", "Bạn phải đăng nhập để trả lời chủ đề này.",
                "Diễn đàn dành cho các mẹ - Tham gia ngay"]))


def L_youth_union(c: Ctx):
    c.site(["Nhiệt Huyết Xanh", "NHIỆT HUYẾT XANH", "nhiethuyetxanh.vn", "Nhiệt Huyết Xanh - Tiếng nói đoàn viên"])
    c.menu(["Tình nguyện", "Đoàn - Hội", "Khởi nghiệp trẻ", "Gương sáng", "Thế giới trẻ", "Việc làm"])
    c.crumb(["Thế giới trẻ"])
    c.title()
    c.date()
    c.byline(roles=["Cộng tác viên", "Phóng viên", "Đoàn viên"])
    c.lead_photo()
    c.story_block(mids=[lambda: c.w(c.pick(["📣 Chiến dịch Mùa hè xanh 2019 - đăng ký tình nguyện",
                                            "Tuyển tình nguyện viên hiến máu Chủ nhật Đỏ",
                                            "CUỘC THI: Tìm hiểu lịch sử Đoàn - giải thưởng 50 triệu"])), c.inline_related])
    c.tail()
    c.share()
    c.related(["Tin cùng chuyên mục", "BẠN TRẺ ĐANG ĐỌC", "Tin mới"], teaser_p=0.3)
    c.w(c.pick(["© Nhiệt Huyết Xanh", "Nhiệt Huyết Xanh - Xung kích, sáng tạo", "Liên hệ: bandientu@nhiethuyetxanh.vn"]))


LAYOUTS = [
    ("teen_hub", L_teen_hub, (3, 4, 2, 1)),
    ("elderly_large_print", L_elderly_large_print, (5, 4, 1, 0)),
    ("business_ticker", L_business_ticker, (1, 3, 4, 2)),
    ("women_family_mag", L_women_family_mag, (2, 4, 3, 1)),
    ("kids_parents_school", L_kids_parents_school, (3, 4, 2, 0)),
    ("pagoda_bulletin", L_pagoda_bulletin, (1, 2, 4, 3)),
    ("parish_bulletin", L_parish_bulletin, (1, 3, 3, 3)),
    ("veterans_army", L_veterans_army, (1, 2, 4, 3)),
    ("farmers_agri", L_farmers_agri, (2, 4, 3, 1)),
    ("ethnic_bilingual", L_ethnic_bilingual, (4, 4, 1, 0)),
    ("expat_english", L_expat_english, (2, 3, 3, 2)),
    ("trade_union_workers", L_trade_union_workers, (1, 3, 4, 2)),
    ("students_exam", L_students_exam, (2, 4, 3, 1)),
    ("drivers_traffic", L_drivers_traffic, (3, 4, 2, 1)),
    ("sports_fans", L_sports_fans, (2, 4, 2, 1)),
    ("travellers", L_travellers, (2, 3, 3, 2)),
    ("investor_premium", L_investor_premium, (0, 2, 4, 4)),
    ("fishermen_coastal", L_fishermen_coastal, (3, 3, 2, 1)),
    ("mom_baby_forum", L_mom_baby_forum, (1, 2, 3, 4)),
    ("youth_union", L_youth_union, (3, 4, 2, 1)),
]


# ---------------------------------------------------------------------------
# Faults
# ---------------------------------------------------------------------------

def _space_positions(s):
    return [i for i, ch in enumerate(s) if ch == " " and 0 < i < len(s) - 1]


def _f_nbsp(r, s):
    pos = _space_positions(s)
    if not pos:
        return s
    for i in r.sample(pos, min(len(pos), r.randint(1, 3))):
        s = s[:i] + NBSP + s[i + 1:]
    return s


def _f_double(r, s):
    pos = _space_positions(s)
    if not pos:
        return s
    i = r.choice(pos)
    return s[:i] + "  " + s[i + 1:]


def _f_zwsp(r, s):
    pos = [i for i in range(1, len(s)) if s[i - 1].isalpha() and s[i].isalpha()]
    if not pos:
        return s
    i = r.choice(pos)
    return s[:i] + ZWSP + s[i:]


def apply_faults(row, items):
    """Return (items, faults)."""
    r = rng_for(row, "faults")
    if r.random() >= FAULT_RATE:
        return items, []
    kinds = r.sample(FAULTS, 2 if r.random() < 0.25 else 1)
    out = [(k, list(v) if k == "body" else v) for k, v in items]
    if "glue" in kinds:
        cands = [i for i, (k, v) in enumerate(out) if k == "body" and len(v) >= 2
                 and any(v[j].endswith(".") and v[j + 1][:1].isalpha() for j in range(len(v) - 1))]
        if not cands:
            kinds.remove("glue")
        else:
            for i in r.sample(cands, min(len(cands), r.randint(1, 2))):
                v = out[i][1]
                js = [j for j in range(len(v) - 1) if v[j].endswith(".") and v[j + 1][:1].isalpha()]
                j = r.choice(js)
                out[i] = ("body", v[:j] + [v[j] + v[j + 1]] + v[j + 2:])
    for f, fn in (("nbsp", _f_nbsp), ("double_space", _f_double), ("zwsp", _f_zwsp)):
        if f not in kinds:
            continue
        new = []
        for k, v in out:
            if k == "body":
                v = [fn(r, s) if r.random() < 0.35 else s for s in v]
            elif f != "double_space" and r.random() < 0.2:
                v = fn(r, v)
            new.append((k, v))
        out = new
    if "nfd" in kinds:
        out = [(k, [unicodedata.normalize("NFD", s) for s in v] if k == "body"
                else unicodedata.normalize("NFD", v)) for k, v in out]
    return out, kinds


# ---------------------------------------------------------------------------
# Contract
# ---------------------------------------------------------------------------

def check_page(p: Page):
    if not isinstance(p, Page) or not isinstance(p.body, list) or not isinstance(p.furniture, list):
        raise ValueError("bad Page types")
    if not p.text:
        raise ValueError(f"{p.layout}: empty text")
    lines = p.text.split("\n")
    for ln in lines:
        if not ln.strip() or ln != ln.strip():
            raise ValueError(f"{p.layout}: blank or unstripped line {ln!r}")
    for s in p.body:
        if not isinstance(s, str) or not s or "\n" in s or s not in p.text:
            raise ValueError(f"{p.layout}: body item not in text: {s!r}")
    for f in p.furniture:
        if not (isinstance(f, tuple) and len(f) == 2 and f[0] in KINDS and isinstance(f[1], str)):
            raise ValueError(f"{p.layout}: bad furniture entry {f!r}")
    bkeys = {nkey(s) for s in p.body}
    for k, ln in p.furniture:
        if nkey(ln) in bkeys:
            raise ValueError(f"{p.layout}: furniture equals body sentence: {ln!r}")
    bi = fi = unl = 0
    for ln in lines:
        matched = False
        for n in range(1, 5):
            if bi + n <= len(p.body) and ln == " ".join(p.body[bi:bi + n]):
                bi += n
                matched = True
                break
        if matched:
            continue
        if fi < len(p.furniture) and p.furniture[fi][1] == ln:
            fi += 1
            continue
        unl += 1
        if unl > 3:
            raise ValueError(f"{p.layout}: more than three unlabelled lines ({ln!r})")
        for s in p.body:
            if s in ln:
                raise ValueError(f"{p.layout}: body sentence inside a non-body line: {ln!r}")
    if bi != len(p.body) or fi != len(p.furniture):
        raise ValueError(f"{p.layout}: walk mismatch body {bi}/{len(p.body)} furniture {fi}/{len(p.furniture)}")
    for k, ln in p.furniture:
        for s in p.body:
            if s in ln:
                raise ValueError(f"{p.layout}: body sentence inside furniture: {ln!r}")


# ---------------------------------------------------------------------------
# Building pages
# ---------------------------------------------------------------------------

_LAST_FAULTS: dict = {}


def build_page(k, row, title, article, related_pool):
    name, fn, para_w = LAYOUTS[k % len(LAYOUTS)]
    story = extract_story(article)
    rr = rng_for(row, "related")
    rel = rr.sample(related_pool, min(len(related_pool), 8)) if related_pool else []
    bkeys = {nkey(s) for s in story.body}
    rel = [Related(it.row, it.title, [t for t in it.teasers if nkey(t) not in bkeys],
                   [t for t in it.captions if nkey(t) not in bkeys])
           for it in rel if nkey(it.title) not in bkeys and nkey(it.title) != nkey(title)]
    c = Ctx(row, title, story, rel, para_w)
    fn(c)
    items = [(kd, v) for kd, v in c.items]
    # safety: drop furniture that would equal a body sentence or the title
    tkey = nkey(c.title_text)
    items = [(kd, v) for kd, v in items
             if kd in ("body", "title") or (nkey(v) not in bkeys and (kd in ("site", "date") or nkey(v) != tkey))]
    items, faults = apply_faults(row, items)
    lines, body, furn = [], [], []
    for kd, v in items:
        if kd == "body":
            body.extend(v)
            lines.append(" ".join(v))
        else:
            lines.append(v)
            if kd in KINDS:
                furn.append((kd, v))
    page = Page("\n".join(lines), body, furn, name)
    _LAST_FAULTS[row] = faults
    return page, faults


def _build(train_path):
    body_rows, related_rows = read_rows(train_path)
    pool = [related_item(r, t, a) for r, t, a in related_rows]
    out = []
    for k, (row, title, article) in enumerate(body_rows):
        page, faults = build_page(k, row, title, article, pool)
        check_page(page)
        out.append((row, page, faults))
    return out


def pages(train_path) -> list:
    return [p for _row, p, _f in _build(train_path)]


# ---------------------------------------------------------------------------
# CLI
# ---------------------------------------------------------------------------

def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 1:
        print("usage: make.py TRAIN_JSONL_GZ", file=sys.stderr)
        return 2
    built = _build(argv[0])
    per_layout = defaultdict(Counter)
    total = Counter()
    faults = Counter()
    for _row, p, fs in built:
        c = per_layout[p.layout]
        c["pages"] += 1
        c["body"] += len(p.body)
        for kd, _ln in p.furniture:
            c[kd] += 1
        if fs:
            faults["pages_with_faults"] += 1
        for f in fs:
            faults[f] += 1
    for c in per_layout.values():
        total.update(c)
    cols = ["pages", "body"] + list(KINDS)
    print(f"{'layout':<22}" + "".join(f"{x:>9}" for x in cols))
    for name, _fn, _w in LAYOUTS:
        c = per_layout.get(name, Counter())
        print(f"{name:<22}" + "".join(f"{c[x]:>9}" for x in cols))
    print(f"{'TOTAL':<22}" + "".join(f"{total[x]:>9}" for x in cols))
    print("furniture lines total:", sum(total[k] for k in KINDS))
    print("faults:", ", ".join(f"{k}={faults[k]}" for k in ("pages_with_faults",) + FAULTS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
