#!/usr/bin/env python3
"""clean_test51: ordinary outlets, each with its own page template.

A blind, held-out evaluation set for the Vietnamese news-page cleaner: scraped-looking pages
built from VietNews stories, every line labelled. Written without reading the cleaner, its
tests or the other makers. Standard library only.

Usage: python eval/clean_test51/make.py /work/shared/data/vietnews_train.jsonl.gz
"""
from __future__ import annotations

import datetime
import gzip
import json
import math
import random
import re
import sys
import unicodedata
from typing import NamedTuple

SEED = 5151
BODY_ROWS = range(17_100, 17_200)
RELATED_ROWS = range(19_100, 19_200)
LAST_ROW = 19_199
FAULT_RATE = 0.25
RELATED_CHARS = 1_500
KINDS = ("byline", "credit", "caption", "related", "widget")
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"


class Page(NamedTuple):
    text: str
    body: list
    furniture: list
    layout: str


def rng_for(row, purpose):
    return random.Random(f"test51|{SEED}|{row}|{purpose}")


# --------------------------------------------------------------------------------------------
# reading
# --------------------------------------------------------------------------------------------

def _usable(raw):
    if not raw.strip():
        return None
    try:
        rec = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        return None
    if not isinstance(rec, dict):
        return None
    title, article = rec.get("title"), rec.get("article")
    if not isinstance(title, str) or not isinstance(article, str):
        return None
    title, article = " ".join(title.split()), " ".join(article.split())
    if not title or not article:
        return None
    return title, article


def read_rows(path):
    """One streaming pass over the gz file; rows are physical lines split on b"\\n"."""
    body, related = [], []
    with gzip.open(path, "rb") as fh:
        for row, raw in enumerate(fh):
            if row in BODY_ROWS or row in RELATED_ROWS:
                rec = _usable(raw)
                if rec is not None:
                    (body if row in BODY_ROWS else related).append((row, rec[0], rec[1]))
            if row >= LAST_ROW:
                break
    return body, related


# --------------------------------------------------------------------------------------------
# sentence splitter
# --------------------------------------------------------------------------------------------

END = (".", "!", "?", "…")
CLOSERS = "\"”’)]»'"
OPENERS = "\"“‘([«'"
ABBREV = {"tp.", "ts.", "pgs.", "gs.", "ths.", "bs.", "ks.", "kts.", "ls.", "nxb.", "mr.", "mrs.",
          "ms.", "dr.", "st.", "co.", "ltd.", "inc.", "no.", "vs.", "tt.", "cn.", "bsckii.",
          "bscki.", "ncs.", "p.", "q.", "tx.", "h.", "jr.", "sr.", "corp.", "tr.", "tp.hcm.",
          "đ/c.", "vd.", "v.v."}
SPLIT_AGAIN = 650


def _is_abbrev(core):
    if core.lower() in ABBREV:
        return True
    if re.fullmatch(r"[A-ZĐ]\.", core):
        return True
    return bool(re.fullmatch(r"(?:[A-Za-zĐđƯư]{1,2}\.){2,}", core))


def _ends(tok):
    core = tok.rstrip(CLOSERS)
    return bool(core) and core.endswith(END) and not _is_abbrev(core)


def _starts_ok(tokens, j):
    nxt = tokens[j]
    ch = nxt[0]
    if ch.isupper() or ch.isdigit() or ch in OPENERS:
        return True
    return nxt in ("-", "–", "—", "*") and j + 1 < len(tokens) and tokens[j + 1][:1].isupper()


def split_sentences(text, quotes=True):
    """Whitespace-token splitter for detokenized VietNews text."""
    tokens = text.split()
    out, cur, inq = [], [], False
    for i, tok in enumerate(tokens):
        cur.append(tok)
        was = inq
        if quotes:
            for ch in tok:
                if ch == '"':
                    inq = not inq
                elif ch == "“":
                    inq = True
                elif ch == "”":
                    inq = False
        if i + 1 >= len(tokens) or inq:
            continue
        if tok.strip(CLOSERS) == "" and was and len(cur) >= 2:
            ended = _ends(cur[-2])
        else:
            ended = _ends(tok)
        if ended and _starts_ok(tokens, i + 1):
            out.append(" ".join(cur))
            cur = []
    if cur:
        out.append(" ".join(cur))
    if not quotes:
        return out
    res = []
    for s in out:
        res.extend(split_sentences(s, quotes=False) if len(s) > SPLIT_AGAIN else [s])
    return res


# --------------------------------------------------------------------------------------------
# what of the article is story
# --------------------------------------------------------------------------------------------

def norm_key(s):
    s = unicodedata.normalize("NFC", s)
    s = "".join(ch for ch in s if ch not in ZERO_WIDTH)
    return "".join(s.split()).casefold()


def _terminated(s):
    return _ends(s.split()[-1]) if s.split() else False


WORD_SIGNALS = {"Theo", "Sau", "Trước", "Tuy", "Trong", "Tại", "Khi", "Với", "Để", "Do", "Vì",
                "Nhưng", "Còn", "Hiện", "Đây", "Những", "Nhiều", "Cũng", "Riêng", "Ngoài", "Mặc",
                "Dù", "Bên"}
TIME_SIGNALS = {"Sáng", "Chiều", "Tối", "Trưa", "Đêm", "Khuya", "Ngày", "Hôm", "Tuần", "Tháng",
                "Năm", "Từ", "Lúc", "Khoảng", "Hơn", "Gần", "Đầu", "Cuối", "Giữa"}
TIME_NEXT = {"qua", "vừa", "nay", "này", "sau", "trước", "đó", "mai", "ấy", "tới"}
NOT_AFTER = {"Rịa", "Chiểu", "Triệu", "Đen", "Nà", "Huyện", "Điểm", "Thu", "Thanh", "Hoàng",
             "Hồ", "Xứ", "Chúa", "Đội", "Mẫu", "Tổ", "Già", "Trời"}
CAPTION_WORDS = ("(trái)", "(phải)", "(giữa)", "(ngồi", "(đứng", "(áo ", "(thứ ", "(từ trái",
                 "(từ phải", "(bìa ")
DROP_MARKS = ("ảnh:", "ảnh :", "(ảnh", "nguồn:", "nguồn :", "video:", "clip:", "đồ họa", "đồ hoạ",
              "click", "tải tại đây", "xem tại đây", "xem thêm", "> >", ">>", "infographic",
              "bấm vào", "mời quý", "mời độc giả", "mời bạn đọc")
DROP_STARTS = ("Video", "Clip", "Ảnh", "Nguồn", "Đồ họa", "Đồ hoạ", "*", "Mời")
HOLD_WORDS = {"đang", "đã", "cũng", "chỉ", "vẫn", "còn", "chưa", "không", "rất", "này", "đó",
              "nhưng", "sẽ", "vì", "nên", "thì", "mà", "phải", "mới", "hết", "đều", "từng"}
START_HOLD = {"tuy", "nhưng", "còn", "do", "vì", "sau", "khi", "nếu", "ngoài", "theo", "đến", "tại",
              "trong", "với", "để", "riêng", "hiện"}


def _name_token(t):
    return t[:1].isupper() and not any(ch.isdigit() or ch in '()[]:;.,!?"“”/' for ch in t)


def _fused(s):
    """A subheading or caption fused onto the sentence: a lowercase word, then a capitalised
    word that opens a clause and cannot follow it inside one sentence."""
    toks = s.split()
    for k in range(1, len(toks) - 1):
        a, b, nxt = toks[k - 1], toks[k], toks[k + 1]
        if not (a[:1].islower() and a[-1:].isalpha()):
            continue
        if b in WORD_SIGNALS:
            return True
        if b in TIME_SIGNALS and (nxt[:1].isdigit() or nxt in TIME_NEXT):
            return True
        if b in ("Ông", "Bà") and nxt[:1].isupper() and nxt not in NOT_AFTER \
                and a not in ("nước", "tiếng", "người", "xứ", "vương", "quốc", "đảo", "tượng", "miếu", "đền"):
            return True
    return False


def _name_like(s):
    parts = re.split(r"\s+(?:-|–|và|&)\s+|,\s*", s.strip())
    if not 1 <= len(parts) <= 4:
        return False
    for p in parts:
        toks = p.split()
        if not 1 <= len(toks) <= 4 or not all(_name_token(t) for t in toks):
            return False
    return len(s) <= 48


def _names(s):
    return [p.strip() for p in re.split(r"\s+(?:-|–|và|&)\s+|,\s*", s.strip()) if p.strip()]


def _tail(piece):
    """What an unterminated last piece gives: (bylines, names, credits)."""
    m = re.fullmatch(r"(.+?)\s*\(\s*[Tt]heo\s+([^()]{2,40})\)", piece)
    if m and _name_like(m.group(1)):
        return [m.group(1)], _names(m.group(1)), ["Theo " + m.group(2).strip()]
    if re.fullmatch(r"Theo\s+[A-ZĐ]\S*(?:\s+\S+){0,4}", piece) and "," not in piece:
        return [], [], [piece]
    if re.fullmatch(r"Nguồn\s*:\s*\S+(?:\s+\S+){0,4}", piece):
        return [], [], [piece]
    m = re.fullmatch(r"(.+?)\s+(thực hiện|ghi|ghi chép|lược dịch|tổng hợp)", piece)
    if m and _name_like(m.group(1)):
        return [piece], _names(m.group(1)), []
    if _name_like(piece):
        return [piece], _names(piece), []
    return [], [], []


def _lead_caption_like(s, title):
    """The first piece: caption (the VietNews lead-photo caption), drop (unsure) or body."""
    words = s.split()
    has_quote = any(q in s for q in '"“”')
    low = s.lower()
    date = re.search(r"\d+/\d+", s)
    if s.startswith(("-", "–")) or s.rstrip(CLOSERS).endswith(("?", "!")):
        return "body"
    if _fused(s) or norm_key(" ".join(words[:5])) == norm_key(" ".join(title.split()[:5])):
        return "drop"
    if any(m in low for m in ("ảnh:", "ảnh :")) and len(words) <= 40:
        return "caption" if _terminated(s) else "drop"
    if any(w in low for w in CAPTION_WORDS) and len(words) <= 40:
        return "caption"
    if has_quote or date or " vừa " in f" {low} " or "cho biết" in low or "cho hay" in low:
        return "body"
    if len(words) <= 15 and ":" not in s:
        return "caption"
    if len(words) <= 25:
        return "drop"
    return "body"


def _mid_caption_like(s):
    """A mid-story photo caption: "(trái)" style, a date-ended line, or a short comma-less
    statement without the particles that real story sentences carry."""
    low = s.lower()
    words = s.split()
    if any(w in low for w in CAPTION_WORDS) and len(words) <= 40:
        return True
    if re.search(r"\b(?:sáng|chiều|tối|trưa|ngày|đêm)\s+\d{1,2}/\d{1,2}(?:/\d{2,4})?\.$", s) \
            and "," not in s and len(words) <= 20:
        return True
    if len(words) <= 13 and not any(ch in s for ch in ',;:"“”?!') \
            and not (HOLD_WORDS & {w.lower().strip(".") for w in words}) \
            and words[0].lower() not in START_HOLD:
        return True
    return False


def extract(title, article):
    """The article as a stream: ("S", sentence) for story, ("F", kind, line) for furniture
    kept in place; plus the lead caption, bylines, names and credits from its ends."""
    pieces = split_sentences(article)
    title_key = norm_key(title)
    n = len(pieces)
    roles = ["body"] * n
    out = {"lead": None, "bylines": [], "names": [], "credits": [], "stream": [], "photo_like": []}
    for i, s in enumerate(pieces):
        words = s.split()
        low = s.lower()
        if i == n - 1 and not _terminated(s):
            by, names, cr = _tail(s)
            out["bylines"], out["names"], out["credits"] = by, names, cr
            roles[i] = "tail"
            continue
        if not _terminated(s):
            roles[i] = "drop"
        elif i == 0:
            roles[i] = _lead_caption_like(s, title)
        elif re.fullmatch(r"Ảnh\s*:\s*[^.,;:]{2,40}\.", s) and len(words) <= 7:
            roles[i] = "photo_credit"
        elif low.startswith("xem thêm") and len(words) <= 40:
            roles[i] = "xem"
        elif re.fullmatch(r"Theo\s+[A-ZĐ][^,;:]*\.", s) and len(words) <= 6:
            roles[i] = "credit" if i >= n - 2 else "drop"
        elif any(m in low for m in DROP_MARKS) or s.startswith(DROP_STARTS):
            roles[i] = "drop"
        elif len(words) < 6 or _fused(s):
            roles[i] = "drop"
        elif _mid_caption_like(s):
            roles[i] = "photo"
        if roles[i] == "body" and norm_key(s) == title_key:
            roles[i] = "drop"
    # a sentence right before an "Ảnh: X" piece is that photo's caption
    for i in range(1, n):
        if pieces[i].startswith(("Ảnh:", "Ảnh :")) and roles[i - 1] in ("body", "photo") \
                and len(pieces[i - 1].split()) <= 30 and not any(q in pieces[i - 1] for q in '"“”'):
            roles[i - 1] = "caption"
    seen = {title_key}
    for i, s in enumerate(pieces):
        r = roles[i]
        if r == "body":
            k = norm_key(s)
            if k in seen:
                continue
            seen.add(k)
            out["stream"].append(("S", s))
        elif r == "caption":
            if i == 0:
                out["lead"] = s
            else:
                out["stream"].append(("F", "caption", s))
        elif r == "photo":
            out["photo_like"].append(s)
        elif r == "photo_credit":
            out["stream"].append(("F", "credit", s))
        elif r == "xem":
            out["stream"].append(("F", "related", s))
        elif r == "credit":
            out["credits"].append(s.rstrip("."))
    return out


def _bigrams(text):
    toks = [t.strip(",.:;!?\"'“”‘’()[]-–").lower() for t in text.split()]
    toks = [t for t in toks if t]
    return frozenset(zip(toks, toks[1:]))


def related_pool(related):
    """Per related row: its headline, a teaser (its first story sentence of 15 words or more),
    fallback captions (its lead caption and the photo-like sentences the extraction left off,
    else short story sentences without quotes) and its word bigrams for topical picks. All of it
    comes from the title and the first RELATED_CHARS characters of the article."""
    pool = []
    for row, title, article in related:
        pieces = split_sentences(article[:RELATED_CHARS])
        if len(article) > RELATED_CHARS and pieces:
            pieces = pieces[:-1]          # the cut fell inside this one
        teasers, caps = [], []
        if pieces:
            ex = extract(title, " ".join(pieces))
            story = [it[1] for it in ex["stream"] if it[0] == "S"]
            teasers = [t for t in story[:3] if len(t.split()) >= 15][:1]
            if ex["lead"] and len(ex["lead"].split()) >= 4:
                caps.append(ex["lead"])
            caps.extend(c for c in ex["photo_like"] if len(c.split()) >= 6)
            if not caps:
                caps.extend(t for t in story if 8 <= len(t.split()) <= 18
                            and not any(q in t for q in '"“”') and "," not in t)
        pool.append({"row": row, "head": title, "teasers": teasers, "caps": caps,
                     "bigrams": _bigrams(title + " " + " ".join(pieces))})
    df = {}
    for e in pool:
        for g in e["bigrams"]:
            df[g] = df.get(g, 0) + 1
    n = max(len(pool), 1)
    for e in pool:      # bigrams common to many stories say nothing about the topic
        e["weights"] = {g: math.log(n / df[g]) for g in e["bigrams"] if df[g] <= max(2, n // 10)}
    return pool


# --------------------------------------------------------------------------------------------
# invented people, dates, numbers
# --------------------------------------------------------------------------------------------

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi",
          "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh", "Mai", "Tạ", "Lương", "Quách",
          "Kiều", "Lâm", "Châu", "Thái", "Khúc", "Viên"]
MIDDLE = ["Văn", "Thị", "Minh", "Ngọc", "Hữu", "Đức", "Thanh", "Quang", "Thu", "Hoài", "Bảo",
          "Gia", "Phương", "Kim", "Xuân", "Khánh", "Tuấn", "Diệu", "Công", "Mỹ", "Trọng", "Nhật"]
GIVEN = ["An", "Bình", "Châu", "Dũng", "Duyên", "Giang", "Hà", "Hải", "Hạnh", "Hiền", "Hiếu",
         "Hoa", "Hùng", "Khang", "Khoa", "Lam", "Lan", "Linh", "Long", "Mai", "Minh", "My", "Nam",
         "Nga", "Nghĩa", "Ngân", "Nhi", "Phong", "Phúc", "Quân", "Quyên", "Sơn", "Tâm", "Thắng",
         "Thảo", "Thịnh", "Thư", "Toàn", "Trang", "Trí", "Trung", "Tú", "Tùng", "Uyên", "Vân",
         "Việt", "Vinh", "Yến", "Đạt", "Điệp", "Kha", "Lộc", "Nguyên", "Oanh", "Quế", "Sang",
         "Tín", "Vy", "Cường", "Hưng", "Luân", "Diễm", "Khải", "Nhàn"]
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
FOREIGN = ["The Harbour Ledger", "Nordic Wire", "Pacific Courier", "Daily Meridian",
           "Lakeside Tribune", "Alpine Dispatch", "Coral Times", "The Granite Post"]


INSTITUTIONS = {"Bộ", "Sở", "Cục", "Tổng", "Ban", "Viện", "Trường", "Bệnh", "Công", "Ủy", "Uỷ",
                "Hội", "Trung", "Phòng", "Chi", "Vụ", "Văn", "Đảng", "Quốc", "Thủ", "Phó", "Chủ"}
GENERIC_CAPTIONS = ["Ảnh minh họa", "(Ảnh minh họa)", "Hình minh họa.", "Ảnh mang tính minh họa",
                    "Ảnh tư liệu minh họa.", "(Hình minh họa)"]
ABROAD = re.compile(r"\b(?:Mỹ|Trung Quốc|Nhật Bản|Hàn Quốc|Nga|Malaysia|Indonesia|Singapore|Pháp|"
                    r"Đức|Australia|Thái Lan|Campuchia|Lào|Philippines|Anh Quốc|nước ngoài|"
                    r"quốc tế|Việt kiều|ADB|WB|Liên Hợp Quốc|châu Âu)\b")
DATE_RE = re.compile(r"(?<![\d/.,])(\d{1,2})/(\d{1,2})(?:/(\d{4}))?(?![\d/])")
YEAR_RE = re.compile(r"\b(201[0-9])\b")


class Ctx:
    """Everything an outlet template may draw from for one page."""

    def __init__(self, row, title, article, ex, pool):
        self.row, self.title, self.ex = row, title, ex
        self.r = rng_for(row, "template")
        self._pr = rng_for(row, "related")
        topic = _bigrams(title + " " + article[:800])
        order = self._pr.sample(range(len(pool)), len(pool))
        # entries: most topical first (ties in a drawn order); each keeps its own copies
        scored = sorted(order, key=lambda i: -round(sum(sorted(
            w for g, w in pool[i]["weights"].items() if g in topic)), 9))
        self._entries = [dict(pool[i], caps=list(pool[i]["caps"]), used=False) for i in scored]
        self.d = self._date(article, rng_for(row, "date"))
        nr = rng_for(row, "names")
        self.invented = [self._pen(nr) for _ in range(4)]
        self.people = [self._full(nr) for _ in range(6)]
        self.names = list(ex["names"]) or self.invented[: 1 + (nr.random() < 0.3)]
        self.own_author = bool(ex["names"])
        self.lead = ex["lead"]
        self.credits = list(ex["credits"])
        self.abroad = bool(ABROAD.search(title + " " + article[:1500]))

    @staticmethod
    def _date(article, r):
        head = article[:400]
        ym = YEAR_RE.search(article)
        year = int(ym.group(1)) if ym and r.random() < 0.7 else r.randint(2014, 2019)
        base = None
        m = DATE_RE.search(head)
        if m:
            try:
                base = datetime.datetime(int(m.group(3) or year), int(m.group(2)), int(m.group(1)))
            except ValueError:
                base = None
        if base is None or not 2000 <= base.year <= 2020:
            base = datetime.datetime(year, 1, 1) + datetime.timedelta(days=r.randrange(365))
        return base + datetime.timedelta(minutes=r.randrange(7 * 60, 23 * 60))

    @staticmethod
    def _pen(r):
        return f"{r.choice(MIDDLE[2:])} {r.choice(GIVEN)}"

    @staticmethod
    def _full(r):
        return f"{r.choice(FAMILY)} {r.choice(MIDDLE)} {r.choice(GIVEN)}"

    # plain draws
    def pick(self, seq):
        return self.r.choice(seq)

    def chance(self, p):
        return self.r.random() < p

    def n(self, a, b):
        return self.r.randint(a, b)

    def shooter(self):
        return self.pick(self.invented[1:])

    # other stories (RELATED_ROWS only)
    def _take(self, topical, want=None):
        free = [e for e in self._entries if not e["used"] and (want is None or want(e))]
        if not free:
            return None
        e = self._pr.choice(free[:4]) if topical else self._pr.choice(free)
        e["used"] = True
        return e

    def heads(self, k, topical=True):
        out = []
        for _ in range(k):
            e = self._take(topical)
            if e is None:
                break
            out.append(e["head"])
        return out

    def head(self, topical=True):
        got = self.heads(1, topical)
        return got[0] if got else "Tin tức cập nhật liên tục trong ngày"

    @staticmethod
    def _cut(s, r, lo):
        words = s.split()
        k = max(6, min(len(words) - 3, r.randint(lo, lo + 8)))
        return " ".join(words[:k]).rstrip(",;:-–") + r.choice(["…", "...", " …", "…"])

    def pair(self, cut=14, topical=True):
        """A headline and its story's teaser cut short; the teaser is None if it has none."""
        e = self._take(topical, want=lambda e: bool(e["teasers"]))
        if e is None:
            return self.head(), None
        return e["head"], self._cut(e["teasers"][0], self._pr, cut)

    def teaser(self, cut=14):
        return self.pair(cut)[1] or self.head()

    def fcap(self):
        """A caption for a photo the story itself does not describe: the most topical unused
        caption of another story, or a stock one."""
        k = self.r.random()
        if k < 0.75:
            for e in self._entries[:12]:
                if e["caps"]:
                    return e["caps"].pop(0)
        if k < 0.93:
            return self.pick(GENERIC_CAPTIONS)
        return self.title + self.pick([" (Ảnh minh họa)", ". Ảnh minh họa", " - ảnh minh họa"])

    def lead_or_fcap(self):
        return self.lead or self.fcap()

    # numbers, dates
    def phone(self, mobile=True):
        if mobile:
            return f"09{self.n(10, 99)} {self.n(100, 999)} {self.n(100, 999)}"
        return f"02{self.n(10, 99)} {self.n(3000, 3999)} {self.n(100, 999)}"

    def hhmm(self, sep=":", d=None):
        d = d or self.d
        return f"{d.hour:02d}{sep}{d.minute:02d}"

    def later(self, hours):
        return self.d + datetime.timedelta(hours=hours, minutes=self.n(3, 50))

    @property
    def wd(self):
        return WEEKDAYS[self.d.weekday()]

    def dmy(self, sep="/", pad=True, d=None):
        d = d or self.d
        return (f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}" if pad
                else f"{d.day}{sep}{d.month}{sep}{d.year}")

    # people
    def by(self, form="plain"):
        names = self.names
        if form == "plain":
            return " - ".join(names)
        if form == "caps":
            return " - ".join(names).upper()
        if form == "comma":
            return ", ".join(names)
        if form == "and":
            return " và ".join(names)
        raise ValueError(form)

    def story_tags(self, k):
        """Names in the title and the story's opening (runs of capitalised syllables), else
        the outlet's stock topics."""
        text = self.title + " . " + " ".join(it[1] for it in self.ex["stream"][:2] if it[0] == "S")
        tags, run, at_start, run_at_start = [], [], True, False

        def flush():
            words = run[1:] if run_at_start else list(run)
            if len(words) == 2 and words[0] in INSTITUTIONS:
                words = []            # "Bộ Giáo" of "Bộ Giáo dục": cut inside a name
            t = " ".join(words)
            if len(words) >= 2 and t.lower() not in (x.lower() for x in tags):
                tags.append(t)
            run.clear()

        for tok in text.split():
            core = tok.strip(",.:;!?\"'“”‘’()[]")
            if tok[:1] in "([\"“'‘":
                flush()
            if core and core[0].isupper() and core.replace("-", "").isalpha():
                if not run:
                    run_at_start = at_start
                run.append(core)
            else:
                flush()
            if core != tok[-len(core):] if core else True:
                flush()
            at_start = tok.endswith((".", "!", "?", ":"))
        flush()
        return (tags + ["tin tức", "xã hội", "thời sự"])[:k]


# --------------------------------------------------------------------------------------------
# page builder
# --------------------------------------------------------------------------------------------

class Builder:
    def __init__(self, ctx):
        self.c = ctx
        self.items = []          # ("U", line) | (kind, line) | ("STORY", blocks)
        self.used = set()

    def _add(self, kind, lines):
        for line in lines:
            line = (line or "").strip()
            if line:
                self.items.append((kind, line))

    def unl(self, tag, line):
        line = line.strip()
        if tag in self.used:
            self.items.append(("widget", line))
        else:
            self.used.add(tag)
            self.items.append(("U", line))

    def site(self, line):
        self.unl("site", line)

    def title(self, line=None):
        self.unl("title", line if line is not None else self.c.title)

    def date(self, line):
        self.unl("date", line)

    def w(self, *lines):
        self._add("widget", lines)

    def by(self, *lines):
        self._add("byline", lines)

    def cred(self, *lines):
        self._add("credit", lines)

    def cap(self, *lines):
        self._add("caption", lines)

    def rel(self, *lines):
        self._add("related", lines)

    def article_credits(self, wrap=None):
        for cr in self.c.credits:
            self.cred(wrap(cr) if wrap else cr)

    def story(self, *blocks):
        """blocks: (where, [(kind, line), ...]); where in early/mid/late/any."""
        self.items.append(("STORY", [b for b in blocks if b and b[1]]))

    def any_order(self, *parts):
        parts = list(parts)
        self.c.r.shuffle(parts)
        for part in parts:
            part()


def blk(where, *pairs):
    return (where, [(k, l) for k, l in pairs if l])


# --------------------------------------------------------------------------------------------
# outlet templates: one invented outlet each, its furniture written for it
# --------------------------------------------------------------------------------------------

def o_national_daily(b, c):
    name = c.pick(["Nhật báo Hồng Lạc", "NHẬT BÁO HỒNG LẠC", "Hồng Lạc"])
    b.w(c.pick([f"{c.wd}, {c.dmy('/', False)} | Hotline: {c.phone(False)} | Đăng nhập",
                "E-paper | Đặt báo giấy | Liên hệ quảng cáo | English",
                "🔍 Tìm kiếm   RSS   Liên hệ tòa soạn"]))
    b.site(name)
    b.w(c.pick(["Thời sự | Chính trị | Kinh tế | Xã hội | Pháp luật | Thế giới | Văn hóa | Thể thao",
                "THỜI SỰ · KINH TẾ · XÃ HỘI · QUỐC TẾ · VĂN HÓA · THỂ THAO · BẠN ĐỌC",
                "Chính trị • Xã hội • Kinh tế • Pháp luật • Giáo dục • Y tế • Video"]))
    b.w(c.pick(["Trang chủ » Xã hội", "Xã hội › Dân sinh", "THỜI SỰ / Chính trị", "Trang chủ > Thời sự"]))
    b.title()
    b.date(c.pick([f"{c.wd}, {c.dmy('/', False)} - {c.hhmm()}",
                   f"{c.hhmm()} | {c.dmy()}", f"{c.dmy()} {c.hhmm()} GMT+7"]))
    top = c.chance(0.6)
    if top:
        b.by(c.pick([c.by("caps"), c.by(), f"{c.by()} (Hồng Lạc)"]))
    who = c.shooter()
    if c.chance(0.45):
        b.cap(f"{c.lead_or_fcap()} (Ảnh: {who})")
    else:
        b.cap(c.lead_or_fcap())
        b.cred(c.pick([f"Ảnh: {who}", f"Ảnh: {who.upper()}", f"Ảnh: {who}/Hồng Lạc"]))
    hs = c.heads(2)
    b.story(blk("mid", ("widget", c.pick(["Tin liên quan", "TIN LIÊN QUAN", "Bài liên quan:"])),
                *[("related", f"• {h}") for h in hs]),
            blk("late", ("caption", c.fcap()),
                ("credit", c.pick(["Ảnh: Tư liệu", f"Ảnh: {c.shooter()}", "Ảnh: TL"]))))
    if not top:
        b.by(c.pick([c.by("caps"), c.by(), "Nhóm PV Thời sự"]))
    b.article_credits()
    b.any_order(
        lambda: b.w(c.pick(["Tags: " + ", ".join(c.story_tags(3)),
                            "Từ khóa: " + " | ".join(c.story_tags(3))])),
        lambda: b.w(c.pick(["Chia sẻ: Facebook | Zalo | Twitter | Email",
                            "👍 Thích  |  Chia sẻ  |  In bài", "f  Zalo  ✉  🖨"])))
    b.w(f"Bình luận ({c.n(0, 40)})",
        c.pick(["Gửi bình luận của bạn", "Ý kiến của bạn sẽ được biên tập trước khi đăng"]))
    b.w(c.pick(["CÙNG CHUYÊN MỤC", "Cùng chuyên mục", "Tin cùng chuyên mục"]))
    b.rel(*c.heads(c.n(3, 5)))
    b.w(c.pick(["Đọc nhiều nhất", "ĐỌC NHIỀU"]))
    b.rel(*[f"{i}. {h}" for i, h in enumerate(c.heads(c.n(3, 5), topical=False), 1)])
    b.w(c.pick(["© Nhật báo Hồng Lạc - Cơ quan ngôn luận của Hội Nhà báo Lạc Việt",
                "Bản quyền © 2013 – 2019 thuộc về Nhật báo Hồng Lạc"]),
        c.pick(["Giấy phép số 215/GP-BTTTT do Bộ TT&TT cấp ngày 12/4/2013",
                "Giấy phép hoạt động báo điện tử số 215/GP-BTTTT"]),
        c.pick(["Tòa soạn: số 18 phố Cát Linh Mới, quận Đống Đa, Hà Nội",
                "Địa chỉ: 18 Cát Linh Mới, Đống Đa, Hà Nội"]),
        f"Điện thoại: {c.phone(False)} - Email: toasoan@honglac.vn")
    if c.chance(0.4):
        b.site(name)


def o_city_daily(b, c):
    b.w(c.pick(["Thời tiết TP: 31°C ☀ | Giá vàng | Tỷ giá | Lịch cúp điện",
                "☀ 33°C  · Giá vàng · Tỷ giá · Kết quả xổ số", "Hôm nay: mưa rào ☂ 27°C"]))
    b.site(c.pick(["ĐÔ HỘI", "Báo Đô Hội", "dohoi.com.vn"]))
    b.w(c.pick(["Thời sự | Đô thị | Giao thông | Nhà đất | Kinh doanh | Ăn chơi | Bạn đọc",
                "ĐÔ THỊ ● GIAO THÔNG ● AN NINH ● NHÀ ĐẤT ● KINH DOANH ● GIẢI TRÍ"]))
    b.w(c.pick(["Đô thị » Quy hoạch", "Đô thị > Giao thông", "Bạn đọc › Phản ánh", "Thời sự › Nóng"]))
    b.date(c.pick([f"{c.dmy()} {c.hhmm()}", f"{c.wd.upper()}, {c.dmy()} {c.hhmm()} GMT+7",
                   f"Cập nhật {c.hhmm()}, {c.dmy('/', False)}"]))
    b.title(c.title if c.chance(0.7) else c.title.upper())
    b.w(c.pick([f"💬 {c.n(1, 90)}", f"{c.n(1, 90)} bình luận", f"Lượt xem: {c.n(300, 9000)}"]))
    b.w(c.pick(["Nghe đọc bài ▶", "🔊 Nghe bài viết", "Đọc bài này bằng giọng miền Nam ▶"]))
    who = c.shooter()
    form = c.n(0, 2)
    if form == 0:
        b.cap(f"{c.lead_or_fcap()} - Ảnh: {who}")
    elif form == 1:
        b.cap(c.lead_or_fcap())
        b.cred(f"ẢNH: {who.upper()}")
    else:
        b.cap(c.lead_or_fcap())
        b.cred(c.pick([f"Ảnh: {who}", f"Ảnh: {who} chụp từ clip"]))
    hs = c.heads(2)
    b.story(blk("early", ("related", "ĐỌC THÊM: " + hs[0] if hs else None)),
            blk("mid", ("caption", c.fcap() + c.pick([" - Ảnh: " + c.shooter(), ""])),
                ("credit", c.pick(["", "Ảnh: " + c.shooter(), "Đồ họa: " + c.shooter()]))),
            blk("late", ("related", (hs[1] + " »") if len(hs) > 1 else None)))
    b.by(c.pick([c.by("caps"), c.by("comma"), c.by(), c.by("caps") + " ghi"]))
    b.article_credits()
    b.w(c.pick(["Bạn có chuyện muốn kể? Gửi bài về dohoi@dohoi.com.vn",
                "Bạn đọc có thông tin phản ánh xin gọi đường dây nóng " + c.phone()]))
    b.any_order(
        lambda: b.w(c.pick(["TỪ KHÓA: " + " ".join("#" + t.replace(" ", "") for t in c.story_tags(3)),
                            "Từ khóa: " + ", ".join(c.story_tags(2))])),
        lambda: b.w(c.pick(["Thích  Chia sẻ  Lưu", "Chia sẻ ↗ | Sao chép liên kết | Lưu bài"])))
    b.w(c.pick(["BÌNH LUẬN", "Bình luận"]), c.pick(["Viết bình luận của bạn...", "Nhập bình luận"]))
    p = c.people
    b.w(f"{p[0]}: {c.pick(['Đề nghị cơ quan chức năng xử lý dứt điểm.', 'Cứ mưa là ngập, khổ dân quá.', 'Mong thành phố sớm có giải pháp căn cơ.'])}",
        c.pick(["Trả lời · Thích · 2 giờ trước", "Thích (12) · Trả lời"]))
    b.w(c.pick(["TIN MỚI", "Tin mới nhất"]))
    b.rel(*[f"{h} ({c.hhmm(d=c.later(-k))})" for k, h in enumerate(c.heads(c.n(3, 5), topical=False), 1)])
    b.w(c.pick(["Báo Đô Hội - Cơ quan của Thành đoàn Đô Hội",
                "ĐÔ HỘI ONLINE - Tiếng nói của người thành phố"]),
        "Tổng biên tập: " + p[1],
        c.pick(["Giấy phép số 318/GP-BTTTT cấp ngày 05/9/2016",
                "GP số 318/GP-BTTTT, cấp ngày 05-09-2016"]),
        "Trụ sở: 72 Trần Quang Khải Mới, quận 1 | ĐT: " + c.phone(False))


def o_provincial_delta(b, c):
    b.site(c.pick(["BÁO BÌNH LÂM", "Báo Bình Lâm điện tử", "Báo Bình Lâm Online"]))
    b.w(c.pick(["Cơ quan của Đảng bộ, Chính quyền và Nhân dân tỉnh Bình Lâm",
                "Tiếng nói của Đảng bộ, chính quyền và nhân dân tỉnh Bình Lâm"]))
    b.w(c.pick(["Trang nhất | Chính trị | Kinh tế | Nông nghiệp | Xã hội | Văn hóa | Huyện thị",
                "Trang nhất - Thời sự - Kinh tế - Xã hội - Văn hóa - Thể thao - Bình Lâm xưa & nay"]))
    b.w(c.pick(["Bình Lâm Online › Kinh tế", "Xã hội › Tin tỉnh nhà", "Huyện thị › Thị xã Trà Lâm",
                "Tin trong nước › Xã hội"]))
    b.date(c.pick([f"Cập nhật ngày: {c.dmy()} {c.hhmm()}", f"Ngày {c.dmy()}",
                   f"{c.dmy('-')} {c.hhmm()}"]))
    b.title()
    b.w(c.pick(["A- A A+", "Cỡ chữ: A- | A | A+", "In bài | Gửi email | Cỡ chữ"]))
    if c.lead:
        b.cap(c.lead)
        b.cred(c.pick(["Ảnh: " + c.shooter(), "Ảnh: " + c.shooter().upper(), ""]))
    b.story(blk("mid", ("caption", c.fcap()), ("credit", c.pick(["Ảnh: " + c.shooter(),
                                                                  "Ảnh: TƯ LIỆU", "Ảnh: CTV"]))),
            blk("late", ("related", "> " + c.head())))
    b.by(c.pick([c.by("caps") + " (CTV)", "Bài, ảnh: " + c.by(), c.by("caps"),
                 c.by() + " - " + c.pick(["Phóng viên Bình Lâm", "PV thường trú Trà Lâm"])]))
    if c.credits:
        b.article_credits()
    elif c.chance(0.5):
        b.cred(c.pick(["Nguồn: Trung tâm Văn hóa - Thông tin thị xã Trà Lâm",
                       "Nguồn: Sở Nông nghiệp tỉnh Bình Lâm", "Theo Nhật báo Hồng Lạc"]))
    b.w(c.pick(["Lượt xem: " + str(c.n(100, 3000)), "Đã xem: " + str(c.n(100, 3000))]))
    b.w(c.pick(["Chia sẻ bài viết", "Chia sẻ:  Facebook  Zalo"]))
    b.w(c.pick(["CÁC TIN KHÁC", "Các tin khác", "TIN ĐÃ ĐƯA"]))
    b.rel(*[f"» {h} ({c.later(-24 * k).strftime('%d/%m')})" for k, h in enumerate(c.heads(c.n(4, 6), topical=False), 1)])
    b.w(c.pick(["Thông tin tuyên truyền", "Chuyên đề: Học tập và làm theo tư tưởng, đạo đức, phong cách"]))
    b.w("Báo Bình Lâm - " + c.pick(["Giấy phép số 77/GP-BTTTT", "GPXB số 77/GP-BTTTT ngày 03/3/2015"]),
        "Địa chỉ: 09 đường 30 Tháng 4, phường 2, thành phố Trà Lâm, tỉnh Bình Lâm",
        c.pick([f"Điện thoại: {c.phone(False)} - Fax: {c.phone(False)}",
                f"ĐT: {c.phone(False)} | Email: baobinhlam@gmail.com"]),
        c.pick(["Ghi rõ nguồn \"Báo Bình Lâm\" khi phát hành lại thông tin từ website này.",
                "Không sao chép khi chưa có sự đồng ý của Báo Bình Lâm."]))


def o_provincial_upland(b, c):
    b.w(c.pick(["Hà Sơn ⛰ 18°C - Sương mù nhẹ", "Tiếng Việt | Tày | Mông | English"]))
    b.site(c.pick(["Hà Sơn Online", "HÀ SƠN ĐIỆN TỬ", "Báo Hà Sơn"]))
    b.w(c.pick(["Trang chủ ▸ Chính trị ▸ Kinh tế ▸ Văn hóa - Du lịch ▸ Dân tộc - Miền núi ▸ Ảnh",
                "Trang chủ | Dân tộc - Miền núi | Biên giới | Du lịch | Media"]))
    b.title()
    b.date(c.pick([f"{c.wd}, {c.dmy('/', False)}, {c.hhmm('h')}'", f"{c.dmy()} | {c.hhmm()}"]))
    b.w(c.pick(["Dân tộc - Miền núi", "Biên giới - Biển đảo", "Chính trị", "Xã hội"]))
    b.by(c.pick(["Bài và ảnh: " + c.by(), "Bài, ảnh: " + c.by("caps"), c.by(),
                 c.by() + " (Thông tấn Lạc Việt)"]))
    if c.lead:
        b.cap(c.lead)
    total = c.n(3, 6)
    counter = c.pick(["📷 Ảnh {}/{}", "Ảnh {} / {}", "{}/{}", "Ảnh {} trên {}"])
    gallery1 = [("widget", counter.format(1, total)), ("caption", c.fcap())]
    gallery2 = [("widget", counter.format(2, total)),
                ("caption", c.fcap()), ("credit", c.pick(["", "Ảnh: " + c.shooter()]))]
    b.story(blk("mid", *gallery1), blk("any", *gallery2))
    if c.chance(0.6):
        b.by(c.pick(["Nhóm PV Hà Sơn", f"{c.by('caps')} - {c.shooter().upper()}",
                     "Cộng tác viên: " + c.shooter()]))
    b.article_credits()
    if c.chance(0.5):
        b.cred(c.pick(["Nguồn: Ban Dân tộc tỉnh Hà Sơn", "Theo Báo Bình Lâm", "Nguồn: TTXLV"]))
    b.w(c.pick(["Mời bạn đọc gửi tin, bài, ảnh về hòm thư: bandoc@hasononline.vn",
                "Gửi tin bài cho chúng tôi qua Zalo: " + c.phone()]))
    b.w(c.pick(["Bài viết liên quan", "Tin bài liên quan"]))
    b.rel(*c.heads(c.n(2, 3)))
    h, t = c.pair(16)
    b.rel(h, t)
    b.w(c.pick(["Xem nhiều", "Được quan tâm"]))
    b.rel(" | ".join(c.heads(3)))
    b.w("BÁO HÀ SƠN - Cơ quan của Tỉnh ủy Hà Sơn",
        c.pick(["Tổng Biên tập: " + c.people[2], "Phó Tổng Biên tập phụ trách: " + c.people[2]]),
        "Giấy phép số 190/GP-BTTTT cấp ngày 18/5/2017",
        c.pick(["Tổ 6, phường Tân Phong, thành phố Hà Sơn", "Địa chỉ: Tổ 6 - P.Tân Phong - TP.Hà Sơn"]))


def o_law_paper(b, c):
    b.site(c.pick(["PHÁP CHẾ NGÀY NAY", "Pháp Chế Ngày Nay", "phapchengaynay.vn"]))
    b.w(c.pick(["Diễn đàn của Hội Luật gia Lạc Việt", "Cơ quan của Hội Luật gia Lạc Việt"]))
    b.w(c.pick(["Pháp luật | Hình sự | Dân sự | Tư vấn | Bạn đọc | Đời sống",
                "HÌNH SỰ ‖ DÂN SỰ ‖ HÀNH CHÍNH ‖ TƯ VẤN LUẬT ‖ PHÓNG SỰ"]))
    b.w(c.pick(["Pháp luật / Hình sự", "Bạn đọc / Đơn thư", "Pháp luật > Thi hành án", "Đời sống / Xã hội"]))
    b.title()
    b.by(c.pick([c.by("caps"), c.by() + " - " + c.shooter(), c.by("caps") + " (PCNN)"]))
    b.date(c.pick([f"{c.hhmm()} {c.dmy()}", f"{c.dmy()} - {c.hhmm()}"]))
    b.w(c.pick(["Nghe đọc bài", "🎧 Nghe", "Lưu bài"]))
    if c.lead:
        b.cap(c.pick([c.lead, f"{c.lead} (Ảnh minh họa)", f"{c.lead} (Ảnh: {c.shooter()})"]))
    else:
        b.cap(c.pick(["(Ảnh minh họa)", "Ảnh minh họa", "Hình ảnh mang tính minh họa"]))
        b.cred(c.pick(["Ảnh: Internet", "Ảnh: PCNN", ""]))
    box = [("widget", c.pick(["Góc tư vấn", "GÓC LUẬT SƯ", "Luật sư tư vấn"])),
           ("widget", c.pick(["Theo quy định hiện hành, người vi phạm có thể bị xử lý hành chính hoặc truy cứu trách nhiệm hình sự.",
                              "Bạn đọc cần tư vấn pháp luật miễn phí, vui lòng gọi " + c.phone() + "."]))]
    b.story(blk("mid", *box), blk("late", ("related", "Xem thêm: " + c.head())))
    b.article_credits()
    b.cred(c.pick(["", "", "Nguồn: Báo Hà Sơn", "Theo Báo Bình Lâm", "Nguồn tin: Công an tỉnh Quảng Điền"]))
    b.any_order(
        lambda: b.w(c.pick(["Chủ đề: Pháp luật, Hình sự", "Chủ đề: " + ", ".join(c.story_tags(2))])),
        lambda: b.w(c.pick(["♥ Quan tâm  |  Chia sẻ", "Chia sẻ: Facebook / Zalo / Email"])))
    b.w(c.pick(["Ý kiến bạn đọc (0)", "Ý kiến bạn đọc", "Gửi ý kiến"]))
    b.w(c.pick(["Họ và tên *", "Email (không bắt buộc)"]), "Gửi")
    b.w(c.pick(["Tin cùng chủ đề", "Tin cùng chuyên mục"]))
    b.rel(*[f"› {h}" if c.chance(0.5) else h for h in c.heads(c.n(3, 5))])
    b.w("Cơ quan chủ quản: Hội Luật gia Lạc Việt",
        "Giấy phép số 442/GP-BTTTT, cấp ngày 27/10/2015",
        c.pick(["Đường dây nóng: " + c.phone(), "Hotline: " + c.phone()]),
        "© Pháp Chế Ngày Nay. All rights reserved.")


def o_health_paper(b, c):
    b.w(c.pick(["Hỏi bác sĩ miễn phí ☎ 1900 6712", "Tra cứu thuốc | Bệnh viện | Hỏi đáp bác sĩ"]))
    b.site(c.pick(["Tuệ Y Online", "TUỆ Y", "Báo Tuệ Y"]))
    b.w(c.pick(["Thời sự y tế · Khỏe đẹp · Dinh dưỡng · Giới tính · Mẹ & Bé · Thuốc",
                "Y tế | Sống khỏe | Dinh dưỡng | Bệnh thường gặp | Hỏi đáp"]))
    b.w(c.pick(["Trang chủ › Thời sự y tế", "Sống khỏe › Tin tức", "Thời sự › Xã hội"]))
    b.title()
    b.date(c.pick([f"{c.dmy()} {c.hhmm()} (GMT+07:00)", f"{c.wd}, {c.dmy()}"]))
    b.by(c.pick([c.by() + " | Tuệ Y", c.by("caps"), "PV " + c.by(), "BS " + c.people[4] + " - " + c.by()]))
    if c.lead:
        b.cap(c.lead)
        b.cred(c.pick(["Ảnh: BVCC", "Ảnh: Bệnh viện cung cấp", "Ảnh: " + c.shooter(), ""]))
    elif c.chance(0.6):
        b.cap(c.pick(["(Ảnh minh họa)", "Ảnh minh họa: Internet", c.fcap()]))
    b.story(blk("mid", ("widget", c.pick(["▶ Đặt lịch khám online tại Tuệ Y Care", "Quảng cáo"])),
                ("widget", c.pick(["Tải ứng dụng Tuệ Y để nhận cảnh báo dịch bệnh",
                                   "Giảm 20% gói khám tổng quát"]))),
            blk("late", ("caption", c.fcap()), ("credit", c.pick(["Ảnh: Tuệ Y", ""]))))
    b.article_credits()
    if c.chance(0.35):
        b.cred(c.pick(["Nguồn: Sở Y tế tỉnh Bình Lâm", "Theo Tuệ Y Care"]))
    if c.chance(0.6):
        b.w(c.pick(["Bài viết chỉ mang tính tham khảo, không thay thế chẩn đoán của bác sĩ.",
                    "Thông tin trong bài không thay thế cho việc khám và điều trị."]))
    b.w(c.pick(["Mời độc giả xem thêm:", "Mời bạn đọc xem thêm:"]))
    b.rel(*c.heads(c.n(2, 3)))
    b.w(c.pick(["Bạn thấy bài viết này thế nào? 😊 Hữu ích  😐 Bình thường",
                "Bài viết có hữu ích? Có | Không"]))
    b.w("Đăng ký nhận bản tin sức khỏe mỗi sáng", c.pick(["Nhập email", "Đăng ký"]))
    b.w("Bình luận", c.pick(["Hãy là người đầu tiên bình luận", "Chưa có bình luận nào"]))
    b.w(c.pick(["ĐỌC NHIỀU", "Được quan tâm nhất"]))
    b.rel(*[f"{i:02d} {h}" for i, h in enumerate(c.heads(4, topical=False), 1)])
    b.w("Tuệ Y - Chuyên trang của Hội Y học Cộng đồng",
        c.pick(["Giấy phép số 56/GP-TTĐT do Cục PTTH&TTĐT cấp", "GP số 56/GP-TTĐT"]),
        "Số 5 ngõ 102 Nguyễn Khánh Toàn Mới, Cầu Giấy, Hà Nội · " + c.phone(False))


def o_agriculture_paper(b, c):
    b.w(c.pick(["Giá lúa hôm nay | Giá heo hơi | Giá cà phê", "🌾 Nông sản: lúa IR50404 5.400đ/kg ▲",
                "Giá heo hơi miền Bắc 52.000đ/kg ▼"]))
    b.site(c.pick(["Nhà Nông Mới", "BÁO NHÀ NÔNG MỚI"]))
    b.w(c.pick(["Thời sự | Nông nghiệp | Nông thôn mới | Thị trường | Khuyến nông | Nhà nông cần biết",
                "NÔNG NGHIỆP ✦ NÔNG THÔN ✦ NÔNG DÂN ✦ THỊ TRƯỜNG ✦ KHUYẾN NÔNG"]))
    b.w(c.pick(["Nông thôn mới", "Thị trường", "Thời sự", "Bạn nhà nông"]))
    b.title()
    b.date(c.pick([f"{c.dmy()} | {c.hhmm()} GMT+7", f"{c.wd}, {c.dmy()}, {c.hhmm()} (GMT+7)"]))
    top = c.chance(0.5)
    if top:
        b.by(c.pick([c.by() + " - " + c.shooter(), c.by(), c.by("caps")]))
    who = c.shooter()
    form = c.n(0, 2)
    if form == 0:
        b.cap(f"{c.lead_or_fcap()} Ảnh: {who}.")
    elif form == 1:
        b.cap(f"{c.lead_or_fcap()} (Ảnh: {who})")
    else:
        b.cap(c.lead_or_fcap())
        b.cred(f"Ảnh: {who}")
    b.story(blk("mid", ("widget", "Clip: " + c.pick(["Kỹ thuật bón phân cho lúa", "Mô hình nuôi cá lồng",
                                                     "Cách ủ phân hữu cơ từ rơm rạ"])),
                ("widget", c.pick(["Video đang tải...", "▶ 02:14", "▶ Xem clip"]))),
            blk("late", ("related", c.pick([">> ", "» ", "► "]) + c.head())))
    if not top:
        b.by(c.pick([c.by(), c.by("caps"), c.by() + " (Nhà Nông Mới)"]))
    b.article_credits()
    if c.chance(0.4):
        b.cred(c.pick(["Nguồn: Trung tâm Khuyến nông Bình Lâm", "Theo Báo Bình Lâm"]))
    b.w(c.pick(["Nhà nông cần biết: Lịch thời vụ Đông Xuân 2019 - 2020", "Hỏi đáp khuyến nông"]))
    b.any_order(
        lambda: b.w(c.pick(["Từ khóa: nông nghiệp, " + c.story_tags(1)[0], "#nongnghiep #nongthonmoi"])),
        lambda: b.w(c.pick(["Chia sẻ  |  Like " + str(c.n(1, 400)), "Share  ·  Zalo  ·  Copy link"])))
    b.w(c.pick(["Cùng chuyên mục", "Bài cùng chuyên mục"]))
    b.rel(*c.heads(c.n(3, 4)))
    b.w("Báo Nhà Nông Mới - Cơ quan của Hội Nông dân Lạc Việt",
        c.pick(["Giấy phép: 101/GP-BTTTT", "Giấy phép xuất bản số 101/GP-BTTTT"]),
        f"Đường dây nóng: {c.phone()} · Quảng cáo: {c.phone()}")


def o_army_paper(b, c):
    b.site(c.pick(["BÁO TIỀN TIÊU", "Tiền Tiêu", "Báo Tiền Tiêu Online"]))
    b.w(c.pick(["Cơ quan của Bộ Quốc phòng Lạc Việt - Tiếng nói của lực lượng vũ trang",
                "Tiếng nói của lực lượng vũ trang và nhân dân"]))
    b.w(c.pick(["Thời sự | Quốc phòng - An ninh | Biên phòng | Hậu phương | Thế giới | Chính luận",
                "QUỐC PHÒNG - AN NINH • BIÊN PHÒNG • HẬU PHƯƠNG QUÂN ĐỘI • CHÍNH LUẬN"]))
    b.title()
    b.date(c.pick([f"{c.wd}, {c.dmy()}, {c.hhmm()} (GMT+7)", f"{c.dmy()} | {c.hhmm()}"]))
    b.w(c.pick(["Quốc phòng - An ninh", "Biên phòng", "Thời sự", "Xã hội"]))
    b.cap(c.lead_or_fcap())
    b.cred(c.pick(["Ảnh: " + c.shooter(), "Ảnh: TIỀN TIÊU", ""]))
    b.story(blk("mid", ("caption", c.fcap()), ("credit", "Ảnh: " + c.pick(["Tiền Tiêu", "TT", c.shooter()]))),
            blk("late", ("widget", c.pick(["★ ★ ★", "***", "* * *"]))))
    b.by(c.pick([c.by("caps"), c.by("caps") + " (Ban Biên tập)", "Thượng úy " + c.by(),
                 c.by() + " - " + c.pick(["Quân khu 9", "Biên phòng Hà Sơn"])]))
    b.article_credits()
    if c.chance(0.4):
        b.cred(c.pick(["Theo Tiền Tiêu điện tử", "Nguồn: Cổng TTĐT Bộ Quốc phòng Lạc Việt"]))
    b.w(c.pick(["Chia sẻ bài viết: Facebook Twitter Email", "Chia sẻ", "In trang"]))
    b.w(c.pick(["Tin liên quan", "Tin, bài liên quan:"]))
    b.rel(*[c.pick(["- ", "+ ", ""]) + h for h in c.heads(c.n(3, 4))])
    b.w(c.pick(["Xem nhiều nhất", "ĐỌC NHIỀU"]))
    b.rel(*[f"{i}. {h}" for i, h in enumerate(c.heads(3, topical=False), 1)])
    b.w("BÁO TIỀN TIÊU - Tổng Biên tập: Đại tá " + c.people[3],
        "Giấy phép số 612/GP-BTTTT ngày 04/12/2014",
        "Tòa soạn: 7 Phan Đình Phùng Mới, Ba Đình, Hà Nội. ĐT: " + c.phone(False))


def o_police_paper(b, c):
    b.w(c.pick(["🚨 Đường dây nóng tố giác tội phạm: " + c.phone(),
                "Tiếp nhận tin báo tội phạm: 0226 113 113"]))
    b.site(c.pick(["CẢNH GIỚI", "Báo Cảnh Giới", "Cảnh Giới điện tử"]))
    b.w(c.pick(["Pháp luật | Hình sự | Giao thông | Điều tra | Truy nã | Cảnh giác",
                "Hình sự ➜ Giao thông ➜ Truy nã ➜ Phóng sự điều tra ➜ Cảnh giác"]))
    b.w(c.pick(["Hình sự", "Giao thông", "Cảnh giác", "Tin tức"]))
    b.title(c.title.upper() if c.chance(0.4) else c.title)
    b.date(c.pick([f"{c.hhmm()} {c.dmy()}", f"{c.dmy('.')} - {c.hhmm()}"]))
    if c.lead:
        b.cap(c.lead)
        b.cred(c.pick(["Ảnh: CACC", "Ảnh: Công an cung cấp", "Ảnh: " + c.shooter()]))
    b.w(c.pick(["Quảng cáo", "ADVERTISEMENT"]))
    b.story(blk("early", ("related", c.pick(["Tin liên quan: ", "Liên quan: "]) + c.head())),
            blk("mid", ("caption", c.fcap()),
                ("credit", c.pick(["Ảnh: Công an cung cấp", "Ảnh: CACC", "Ảnh do công an cung cấp"]))),
            blk("late", ("widget", c.pick(["Xem video:", "Đang phát ▶"])),
                ("caption", c.pick(["Video: Hiện trường vụ việc", "Clip camera an ninh ghi lại sự việc",
                                    "Video: Lực lượng chức năng có mặt tại hiện trường"]))))
    b.by(c.pick([c.by("caps"), "Nhóm PV", c.by() + " - " + c.shooter()]))
    b.article_credits()
    b.any_order(
        lambda: b.w(c.pick(["Từ khóa: hình sự; " + c.story_tags(1)[0], "TAGS: CẢNH GIÁC, TRUY NÃ"])),
        lambda: b.w(c.pick([f"👁 {c.n(500, 9000)}  💬 {c.n(0, 50)}", f"Lượt đọc: {c.n(500, 9000)}"])))
    b.w(c.pick(["Bình luận của bạn", "Hãy để lại ý kiến của bạn"]))
    b.w(c.pick(["CÁC TIN KHÁC", "Tin khác"]))
    b.rel(*[f"▪ {h}" for h in c.heads(c.n(3, 5), topical=False)])
    b.w("Báo Cảnh Giới - Cơ quan của Công an tỉnh Quảng Điền",
        "Giấy phép số 38/GP-BTTTT cấp ngày 20/02/2018",
        "Số 2 đường Lê Lợi Mới, TP Quảng Điền | Hotline: " + c.phone())


def o_education_paper(b, c):
    b.site(c.pick(["BỤC GIẢNG", "Báo Bục Giảng", "bucgiang.edu.vn"]))
    b.w(c.pick(["Giáo dục | Tuyển sinh | Du học | Nhà trường | Góc phụ huynh | Chính sách",
                "TUYỂN SINH - DU HỌC - NHÀ TRƯỜNG - NHÀ GIÁO - PHỤ HUYNH"]))
    b.w(c.pick(["Trang chủ / Giáo dục", "Giáo dục / Nhà trường", "Chính sách / Nhà giáo",
                "Trang chủ / Xã hội"]))
    b.title()
    b.date(c.pick([f"{c.wd}, ngày {c.d.day} tháng {c.d.month} năm {c.d.year}",
                   f"{c.dmy()} {c.hhmm()}"]))
    b.by(c.pick(["Tác giả: " + c.by(), "Người viết: " + c.by(), c.by()]))
    b.w(c.pick(["⏱ Thời gian đọc: 4 phút", f"Đọc trong {c.n(2, 8)} phút"]))
    if c.lead:
        b.cap(c.lead)
    else:
        b.cap(c.fcap())
    b.cred(c.pick(["Ảnh: Nhà trường cung cấp", "Ảnh: NTCC", "Ảnh: " + c.shooter(), ""]))
    b.story(blk("mid", ("widget", "Tra cứu điểm thi"),
                ("widget", c.pick(["Nhập số báo danh", "Chọn tỉnh/thành"]))),
            blk("late", ("related", "Xem thêm: " + c.head())))
    b.article_credits()
    if c.chance(0.35):
        b.by("Cộng tác viên: " + c.shooter())
    b.w(c.pick(["Thẻ: giáo dục, tuyển sinh", "Thẻ: " + ", ".join(c.story_tags(3))]))
    b.w(c.pick(["Bạn đọc có ý kiến gửi về bandoc@bucgiang.edu.vn", "Gửi câu hỏi cho chuyên gia tuyển sinh"]))
    b.w(c.pick(["Bài viết cùng chủ đề", "Cùng chủ đề"]))
    for _ in range(2):
        h, t = c.pair(c.n(12, 18))
        b.rel(h)
        if c.chance(0.6):
            b.rel(t)
    b.w("Báo Bục Giảng - Cơ quan ngôn luận của Hội Nhà giáo Lạc Việt",
        "Giấy phép số 71/GP-BTTTT",
        c.pick(["Địa chỉ: 14 Tạ Quang Bửu Mới, Hai Bà Trưng, Hà Nội", "Tòa soạn: 14 Tạ Quang Bửu Mới"]),
        "Hotline: " + c.phone())


def o_finance_paper(b, c):
    b.w(c.pick(["VN-Index 958,2 ▲ 3,1 | HNX 106,4 ▼ 0,2 | USD/VND 23.205",
                "Vàng SJC 36,6 tr ▲ · USD 23.180 · Xăng RON95 20.350đ"]))
    b.site(c.pick(["Thời báo Ngân Khố", "NGÂN KHỐ", "Ngân Khố Online"]))
    b.w(c.pick(["Tài chính | Ngân hàng | Chứng khoán | Thuế | Doanh nghiệp | Bất động sản",
                "TÀI CHÍNH › NGÂN HÀNG › CHỨNG KHOÁN › THUẾ › HẢI QUAN"]))
    b.title()
    b.date(c.pick([f"{c.dmy()} {c.hhmm()}", f"{c.hhmm()}, {c.dmy('/', False)}"]))
    b.by(c.pick(["Bởi " + c.by(), c.by("caps"), c.by()]))
    if c.lead:
        b.cap(c.lead + c.pick(["", " Nguồn: Internet"]))
    else:
        b.cap(c.fcap())
    b.cred(c.pick(["Ảnh: " + c.shooter(), "Ảnh minh họa: NK", ""]))
    box = [("widget", c.pick(["Bảng giá vàng", "Tỷ giá hôm nay"])),
           ("widget", c.pick(["SJC: mua 36,45 - bán 36,62 (triệu đồng/lượng)", "USD: 23.150 - 23.250"]))]
    b.story(blk("mid", *box), blk("late", ("related", "» Đọc thêm: " + c.head())))
    b.article_credits()
    if c.chance(0.5):
        b.cred(c.pick(["Theo Doanh Thương Tuần San", "Nguồn: Tổng cục Thống kê Lạc Việt"]))
    b.w(c.pick(["Tag: tài chính, " + c.story_tags(1)[0], "Từ khóa liên quan: doanh nghiệp"]))
    b.w(c.pick(["Chia sẻ  🔗", "Share Facebook | Copy link"]))
    b.w(c.pick(["Tin tức liên quan", "Các tin khác"]))
    b.rel(*c.heads(c.n(2, 3)))
    h, t = c.pair(18)
    b.rel(f"{h} — {t}" if t else h)
    b.w("Thời báo Ngân Khố - Cơ quan của Hiệp hội Tài chính Lạc Việt",
        c.pick(["Giấy phép số 293/GP-BTTTT", "GP: 293/GP-BTTTT ngày 03/7/2017"]),
        "Liên hệ quảng cáo: " + c.phone() + " | toasoan@ngankho.vn")


def o_tv_station(b, c):
    b.w(c.pick(["▶ XEM TRỰC TIẾP LHTV1 | LHTV2 | LHTV3", "● LIVE  LHTV1   Lịch phát sóng"]))
    b.site(c.pick(["LHTV", "Đài Truyền hình Lam Hồng", "LHTV - Truyền hình Lam Hồng"]))
    b.w(c.pick(["Thời sự | Chương trình | Lịch phát sóng | Video | Truyền hình trực tuyến",
                "TIN TỨC  ·  CHƯƠNG TRÌNH  ·  LỊCH PHÁT SÓNG  ·  XEM LẠI"]))
    b.title()
    b.date(c.pick([f"{c.hhmm()} - {c.dmy()}", f"Phát sóng: {c.dmy()}", f"Cập nhật: {c.dmy()} {c.hhmm()}"]))
    b.w(c.pick(["▶ 02:37", "Video đang phát", "⏵ Xem video"]))
    b.cap(c.pick(["Video: " + c.title, "Bản tin Thời sự 19h: " + c.title,
                  "Clip: " + c.title + " (LHTV)"]))
    b.w(c.pick(["Nếu không xem được video, vui lòng tải lại trang", "HD | SD", "Tự động phát ⏻"]))
    if c.lead:
        b.cap(c.lead)
    b.story(blk("late", ("caption", c.fcap()), ("credit", c.pick(["Ảnh cắt từ video", "Ảnh: LHTV", ""]))))
    b.by(c.pick(["BTV: " + c.by(), "Phóng viên: " + c.by(), c.by("caps") + " - LHTV",
                 "Nhóm PV Thời sự LHTV"]))
    if c.chance(0.6):
        b.by(c.pick(["Quay phim: " + c.shooter(), "Dựng phim: " + c.shooter(),
                     "Quay phim: " + c.shooter() + " | Dựng: " + c.invented[0]]))
    b.article_credits()
    b.cred(c.pick(["Nguồn: Bản tin Thời sự LHTV", "Nguồn video: LHTV1", ""]))
    b.w(c.pick(["Chia sẻ: Facebook · YouTube · Zalo", "Đăng ký kênh YouTube LHTV Tin tức 🔔"]))
    b.w(c.pick(["VIDEO KHÁC", "Video cùng chuyên mục"]))
    b.rel(*[f"{h} {c.pick(['▶', '(Video)', ''])}".strip() for h in c.heads(c.n(3, 4), topical=False)])
    b.w(c.pick(["Lịch phát sóng hôm nay", "Đang phát trên LHTV1"]),
        c.pick(["19:00 Thời sự | 19:45 Phim truyện | 21:00 Ký sự", "20:00 Chuyện đô thị · 20:30 Thể thao 24h"]))
    b.w("Đài Phát thanh và Truyền hình Lam Hồng",
        "Giấy phép số 120/GP-TTĐT",
        c.pick(["Địa chỉ: 8 đường Hồng Hà Mới, TP Lam Hồng", "8 Hồng Hà Mới - Lam Hồng"]),
        "Điện thoại: " + c.phone(False))


def o_radio_site(b, c):
    b.w(c.pick(["🎧 Nghe trực tiếp: SX1 · SX2 · SX Giao thông FM 91,3",
                "Nghe radio trực tuyến ▶ FM 97,3 MHz"]))
    b.site(c.pick(["Sóng Xanh", "ĐÀI PHÁT THANH SÓNG XANH", "Sóng Xanh Radio"]))
    b.w(c.pick(["Thời sự | Giao thông | Podcast | Chương trình | Lịch phát sóng",
                "TIN TỨC / PODCAST / GIAO THÔNG / ÂM NHẠC"]))
    b.date(c.pick([f"{c.dmy()} {c.hhmm()}", f"{c.wd}, {c.dmy()}"]))
    b.title()
    b.w(c.pick(["🔊 Nghe bản tin", "Nghe audio (02:41)", "▶ 00:00 / 03:12"]))
    b.by(c.pick([c.by() + "/SXR", c.by() + " - Sóng Xanh", "Phóng viên " + c.by(),
                 c.by() + " (SXR) tổng hợp"]))
    if c.lead:
        b.cap(c.lead)
        b.cred(c.pick(["Ảnh: " + c.shooter() + "/SXR", "Ảnh: SXR", ""]))
    b.story(blk("mid", ("related", c.pick(["Nghe thêm: ", "🎧 Nghe thêm: "]) + c.head())))
    b.article_credits()
    b.cred(c.pick(["Biên tập: " + c.shooter(), "Tổng hợp từ Sóng Xanh Giao thông",
                   "Nguồn: Ban Thời sự SXR", "Theo Đài Phát thanh Sóng Xanh"]))
    b.w(c.pick(["Chia sẻ", "Gửi link cho bạn bè"]))
    b.w(c.pick(["Tin liên quan", "Nghe thêm"]))
    b.rel(" | ".join(c.heads(c.n(2, 3))))
    b.w(c.pick(["Podcast mới", "Podcast"]))
    b.rel(*[f"🎙 {h}" for h in c.heads(2, topical=False)])
    b.w("Đài Phát thanh Sóng Xanh - Giấy phép số 66/GP-TTĐT",
        "Đường dây nóng giao thông: " + c.phone(False),
        "© Sóng Xanh. Ghi rõ nguồn khi trích dẫn.")


def o_magazine(b, c):
    b.site(c.pick(["PHỐ XƯA", "Tạp chí Phố Xưa", "Phố Xưa Magazine"]))
    b.w(c.pick(["Đời sống · Văn hóa · Ẩm thực · Du lịch · Nghệ thuật · Người Việt",
                "ĐỜI SỐNG | PHONG CÁCH | VĂN HÓA | DU LỊCH"]))
    b.w(c.pick(["Đời sống", "Văn hóa", "Chuyện phố", "Góc nhìn"]))
    b.title()
    b.w(c.pick([f"Số {c.n(30, 60)} - tháng {c.d.month}", "Bài đăng trên ấn phẩm Phố Xưa số 48"]))
    b.by(c.pick(["Bài: " + c.by() + " | Ảnh: " + c.shooter(), "Bài: " + c.by(), c.by("caps"),
                 "Thực hiện: " + c.by()]))
    b.date(c.pick([f"{c.d.day} Tháng {c.d.month}, {c.d.year}", f"{c.dmy('.')}"]))
    b.cap(c.lead_or_fcap())
    b.cred(c.pick(["Ảnh: " + c.shooter(), "Ảnh: Phố Xưa", "Photo: " + c.shooter()]))
    b.story(blk("mid", ("widget", "“" + c.pick(["Phố không chỉ là nơi để ở, phố là ký ức.",
                                                "Người ta đi xa để nhớ về phố cũ."]) + "”")),
            blk("late", ("caption", c.fcap()), ("credit", c.pick(["Ảnh: tư liệu", "Ảnh: Phố Xưa"]))))
    if c.abroad and c.chance(0.5):
        b.by(c.shooter() + " (dịch)")
        b.cred("Theo " + c.pick(FOREIGN))
    else:
        b.article_credits()
    b.w(c.pick(["Đặt mua tạp chí Phố Xưa bản in: " + c.phone(), "Đọc thêm trên ấn phẩm in"]))
    b.w(c.pick(["Bạn có thể thích", "Có thể bạn quan tâm"]))
    for _ in range(3):
        if c.chance(0.4):
            h, t = c.pair(12)
            b.rel(f"{h} — {t}" if t else h)
        else:
            b.rel(c.head())
    b.w("Tạp chí Phố Xưa - Giấy phép số 09/GP-BTTTT",
        c.pick(["Trị sự: 21 Hàng Bông Mới, Hà Nội", "Địa chỉ: 21 Hàng Bông Mới"]),
        "© Phố Xưa Magazine")


def o_news_portal(b, c):
    src = c.pick(["Báo Bình Lâm", "Báo Hà Sơn", "Nhà Nông Mới", "Báo Giao Lộ", "Báo Người Thợ",
                  "Nhật báo Hồng Lạc"])
    b.w(c.pick(["Tải app ChấmTin - Đọc báo nhanh, không quảng cáo", "ChấmTin ✓ Đọc trên ứng dụng"]))
    b.site(c.pick(["ChấmTin", "CHẤMTIN", "chamtin.vn"]))
    b.w(c.pick(["Tin nóng | Thời sự | Thế giới | Kinh doanh | Giải trí | Thể thao | Xe | Công nghệ",
                "🔥 Nóng · Mới · Video · Thời sự · Thế giới · Xe · Đời sống"]))
    b.title()
    b.w(c.pick([src, src.upper(), f"{src} · {c.n(1, 9)} giờ trước"]))
    b.date(c.pick([f"{c.dmy()} {c.hhmm()}", f"{c.hhmm()} {c.dmy()}"]))
    if c.lead:
        b.cap(c.lead)
    b.story(blk("mid", ("widget", c.pick(["Quảng cáo", "Tài trợ"])),
                ("widget", c.pick(["Vay tiêu dùng lãi suất 0%", "Giảm giá 50% vé máy bay"]))),
            blk("late", ("related", "Xem thêm: " + c.head())))
    if c.own_author:
        b.by(c.by())
    b.article_credits()
    b.cred(c.pick([f"Nguồn: {src}", f"Theo {src}", f"Bài viết được đăng lại từ {src}",
                   f"Nội dung do {src} cung cấp"]))
    b.w(c.pick([f"Xem bài gốc tại {src}", "Đọc bài gốc ↗", "Xem nguồn"]))
    b.w(c.pick(["👍 " + str(c.n(0, 300)) + "   💬 " + str(c.n(0, 80)) + "   ↪ Chia sẻ",
                "Thích · Bình luận · Chia sẻ"]))
    b.w(c.pick(["Tin cùng nguồn", "Cùng nguồn " + src]))
    b.rel(*c.heads(c.n(2, 3)))
    b.w(c.pick(["Tin nổi bật", "TIN NỔI BẬT"]))
    b.rel(*[f"{h} - {c.pick(['Báo Hà Sơn', 'Báo Đô Hội', 'Tuệ Y', 'Mạch Số', 'Sân Nhà 360'])}"
            for h in c.heads(c.n(3, 4), topical=False)])
    b.w("ChấmTin - Tổng hợp tin tức tự động. ChấmTin không chịu trách nhiệm nội dung bài gốc.",
        "Giấy phép MXH số 17/GP-BTTTT", "Liên hệ: hotro@chamtin.vn")


def o_overseas_service(b, c):
    b.w(c.pick(["Tiếng Việt | English | Français", "Chọn ngôn ngữ: Tiếng Việt ▾"]))
    b.site(c.pick(["Sóng Viễn Xứ", "SÓNG VIỄN XỨ - BAN VIỆT NGỮ", "Sóng Viễn Xứ Tiếng Việt"]))
    b.w(c.pick(["Việt Nam | Thế giới | Diễn đàn | Podcast | Video",
                "VIỆT NAM · THẾ GIỚI · CỘNG ĐỒNG · DIỄN ĐÀN"]))
    b.title()
    b.date(c.pick([c.dmy(), f"{c.dmy()} - Cập nhật lần cuối {c.hhmm(d=c.later(3))}"]))
    if c.chance(0.6):
        b.by(c.pick([c.by(), c.by() + " - Sóng Viễn Xứ", c.by() + " (phóng viên tại Sài Gòn)"]))
    if c.lead:
        b.cap(c.lead + c.pick(["", " (Ảnh minh họa)"]))
        b.cred(c.pick(["Hình: Sóng Viễn Xứ", "Hình minh họa: " + c.shooter(), ""]))
    b.story(blk("mid", ("widget", c.pick(["Nghe bài này", "🔈 Nghe (03:55)"]))),
            blk("late", ("caption", c.fcap() + c.pick(["", " Hình minh họa."]))))
    if c.abroad and c.chance(0.7):
        b.by(c.shooter() + c.pick([" (dịch)", " lược dịch", " (biên dịch)"]))
        b.cred(c.pick([f"Theo {c.pick(FOREIGN)}", f"Nguồn: {c.pick(FOREIGN)}"]))
    b.article_credits()
    b.w(c.pick(["Chủ đề:  Việt Nam", "Chủ đề: Việt Nam, Xã hội"]))
    b.w(c.pick(["Ý kiến (" + str(c.n(0, 60)) + ")", "Thảo luận"]))
    b.w(c.pick(["Bình luận được kiểm duyệt trước khi đăng.", "Quy định bình luận"]))
    b.w(c.pick(["Có liên quan", "Tin cùng chuyên đề"]))
    b.rel(*c.heads(3))
    b.w("Sóng Viễn Xứ là dịch vụ thông tin độc lập, phát thanh bằng 9 ngôn ngữ.",
        c.pick(["Liên hệ: PO Box 417, Wellington", "Liên lạc · Quyền riêng tư · Điều khoản"]),
        "© 2019 Sóng Viễn Xứ")


def o_university_newsletter(b, c):
    b.site(c.pick(["Bản tin Đại học Bách Nghệ", "ĐẠI HỌC BÁCH NGHỆ", "Bách Nghệ News"]))
    b.w(c.pick(["Giới thiệu | Đào tạo | Tuyển sinh | Nghiên cứu | Sinh viên | Cựu sinh viên",
                "Trang chủ · Tin tức · Sự kiện · Thông báo · Tuyển sinh"]))
    b.w(c.pick(["Trang chủ > Tin tức > Tin xã hội", "Tin tức » Điểm báo", "Tin tức › Góc nhìn"]))
    b.title()
    b.date(c.pick([f"Ngày đăng: {c.dmy()}", f"Đăng ngày {c.dmy()} lúc {c.hhmm()}"]))
    b.w(c.pick([f"Lượt xem: {c.n(20, 900)}", f"{c.n(20, 900)} lượt xem"]))
    b.w(c.pick(["Mục Điểm báo - tin tức xã hội được tổng hợp phục vụ sinh viên",
                "Bài viết được chia sẻ phục vụ mục đích học tập"]))
    if c.lead:
        b.cap(c.lead)
    b.story(blk("late", ("widget", c.pick(["Tài liệu đính kèm: baitrich.pdf", "Tải về (PDF, 210KB)"]))))
    if c.own_author:
        b.by(c.pick(["Tác giả bài gốc: " + c.by(), c.by()]))
    b.article_credits()
    b.cred(c.pick([f"Nguồn: Báo {c.pick(['Bình Lâm', 'Hà Sơn', 'Đô Hội'])}",
                   "Theo Nhật báo Hồng Lạc", "Nguồn tin: Báo Bục Giảng"]))
    b.by(c.pick(["Người đăng: " + c.people[4], "Đăng bởi: Phòng Truyền thông",
                 "Biên tập: " + c.people[4]]))
    b.w(c.pick(["Thông báo mới", "THÔNG BÁO"]))
    b.w(c.pick(["Lịch thi học kỳ II năm học 2018 - 2019", "Kế hoạch đăng ký học phần học kỳ hè"]))
    b.w(c.pick(["Tin khác", "Các bài viết khác"]))
    b.rel(*[f"{h} ({c.later(-24 * k).strftime('%d/%m/%Y')})" for k, h in enumerate(c.heads(c.n(3, 4), topical=False), 2)])
    b.w("Trường Đại học Bách Nghệ",
        "Địa chỉ: 300 đường Tri Thức, khu đô thị Đại học, TP Lam Hồng",
        f"Điện thoại: {c.phone(False)} | Email: truyenthong@bachnghe.edu.vn")


def o_business_weekly(b, c):
    issue = c.n(800, 990)
    b.w(c.pick([f"Số {issue} · Phát hành thứ Hai hằng tuần", "Đặt mua báo in | Ấn phẩm đặc biệt"]))
    b.site(c.pick(["DOANH THƯƠNG", "Doanh Thương Tuần San", "doanhthuong.vn"]))
    b.w(c.pick(["Vĩ mô | Doanh nghiệp | Đầu tư | Địa ốc | Quản trị | Góc nhìn",
                "VĨ MÔ ◆ DOANH NGHIỆP ◆ ĐẦU TƯ ◆ ĐỊA ỐC ◆ QUẢN TRỊ"]))
    b.w(c.pick(["Vĩ mô", "Đầu tư", "Doanh nghiệp", "Thời cuộc"]))
    b.title()
    b.w(c.pick([f"Bài đăng trên Doanh Thương Tuần San số {issue}", f"(Doanh Thương số {issue})"]))
    b.date(c.pick([f"{c.wd}, {c.dmy()} {c.hhmm()}", c.dmy()]))
    b.by(c.pick([c.by(), c.by("caps"), "Phân tích: " + c.by()]))
    b.cap(c.lead_or_fcap())
    b.cred(c.pick(["Ảnh: " + c.shooter(), "Ảnh: DT", "Ảnh: Quang Hiển/DT", ""]))
    b.story(blk("mid", ("widget", c.pick(["Số liệu", "INFO"])),
                ("widget", c.pick(["Tăng trưởng tín dụng: 9,4%", "Giải ngân FDI 9 tháng: 13,2 tỷ USD"]))),
            blk("late", ("related", c.pick(["Bài liên quan: ", "Đọc thêm › "]) + c.head())))
    b.article_credits()
    if c.chance(0.5):
        b.cred(c.pick(["Số liệu: Tổng cục Thống kê Lạc Việt", "Đồ họa: " + c.shooter()]))
    b.w(c.pick(["Nhận bản tin Doanh Thương 7h sáng mỗi ngày", "Đăng ký nhận email mỗi sáng thứ Hai"]),
        c.pick(["Email của bạn", "Đăng ký"]))
    b.w(c.pick(["Cùng chủ đề", "Đọc tiếp"]))
    b.rel(*c.heads(2))
    h, t = c.pair(18)
    b.rel(h, t)
    b.w(c.pick(["Đọc nhiều trong tuần", "ĐỌC NHIỀU"]))
    b.rel(*[f"#{i} {h}" for i, h in enumerate(c.heads(3, topical=False), 1)])
    b.w("Doanh Thương Tuần San - Cơ quan của Hiệp hội Doanh nghiệp Trẻ Lạc Việt",
        "Giấy phép số 277/GP-BTTTT",
        "Văn phòng: tầng 9, 5 Lý Tự Trọng Mới, quận 1 · " + c.phone(False))


def o_sports_site(b, c):
    b.w(c.pick(["⚽ LIVE: Lam Hồng FC 1-0 Hà Sơn FC (67')", "Lịch thi đấu | Kết quả | BXH | Livescore"]))
    b.site(c.pick(["Sân Nhà 360", "SÂN NHÀ 360", "sannha360"]))
    b.w(c.pick(["Bóng đá Việt | Ngoại hạng Anh | Cúp C1 | Tennis | Võ thuật | Hậu trường | Đời sống",
                "⚽ BÓNG ĐÁ · 🎾 TENNIS · 🥊 VÕ THUẬT · 🏀 BÓNG RỔ · ĐỜI SỐNG"]))
    b.w(c.pick(["Đời sống", "Hậu trường", "Ngoài sân cỏ", "Tin nhanh"]))
    b.title()
    b.date(c.pick([f"{c.hhmm()} {c.dmy()}", f"{c.dmy()} - {c.hhmm()}"]))
    b.by(c.pick(["✍️ " + c.by(), c.by() + " • Sân Nhà 360", c.by()]))
    b.cap(c.lead_or_fcap())
    b.cred(c.pick(["Ảnh: " + c.shooter(), "📸 " + c.shooter(), "Ảnh: SN360"]))
    b.story(blk("mid", ("widget", c.pick(["BXH V.League Lạc Việt", "Bình chọn: Ai xuất sắc nhất trận?"])),
                ("widget", c.pick(["1. Lam Hồng FC  23 điểm", "🅰 Lam Hồng  🅱 Hà Sơn"]))),
            blk("late", ("related", "👉 " + c.head())))
    b.article_credits()
    b.any_order(
        lambda: b.w(c.pick(["#SânNhà #bongda #hautruong", "Tag: đời sống, ngoài sân cỏ"])),
        lambda: b.w(c.pick(["👍 Thích  💬 Bình luận  🔁 Chia sẻ", "Like | Share"])))
    b.w(c.pick(["Tin nóng", "🔥 Tin nóng"]))
    b.rel(*[f"► {h}" for h in c.heads(c.n(3, 4), topical=False)])
    b.w("Sân Nhà 360 - Trang thông tin thể thao tổng hợp",
        "GP số 88/GP-TTĐT - Chịu trách nhiệm nội dung: " + c.people[5],
        "Quảng cáo: " + c.phone())


def o_tech_site(b, c):
    b.w(c.pick(["Đánh giá | So sánh | Thủ thuật | Khuyến mãi", "📱 Điện thoại · 💻 Laptop · 🎧 Phụ kiện"]))
    b.site(c.pick(["Mạch Số", "MẠCH SỐ", "machso.vn"]))
    b.w(c.pick(["Tin công nghệ | Mobile | Internet | Xe | Đời sống số",
                "TIN TỨC ▸ MOBILE ▸ INTERNET ▸ XE ▸ ĐỜI SỐNG SỐ"]))
    b.w(c.pick(["Đời sống số", "Internet", "Tin tức", "Xã hội số"]))
    b.title()
    b.by(c.pick([c.by() + " · " + c.hhmm() + " " + c.dmy(), "Viết bởi " + c.by(), c.by()]))
    b.date(c.pick([f"{c.d.strftime('%Y-%m-%d')} {c.hhmm()}", c.dmy()]))
    b.w(c.pick([f"💬 {c.n(0, 120)} bình luận", f"{c.n(0, 120)} thảo luận"]))
    if c.lead:
        b.cap(c.lead)
    b.cred(c.pick(["Ảnh: Mạch Số", "Nguồn ảnh: " + c.shooter(), "Ảnh chụp màn hình"]))
    b.story(blk("mid", ("widget", c.pick(["Mạch Số Deal: Tai nghe không dây giảm 35%",
                                          "Khuyến mãi: Sạc nhanh 65W chỉ 390.000đ"])),
                ("widget", c.pick(["Mua ngay ›", "Xem deal"]))),
            blk("late", ("related", "Xem thêm: " + c.head())))
    if c.abroad and c.chance(0.5):
        b.by(c.pick([c.shooter() + " (dịch)", "Lược dịch: " + c.shooter()]))
        b.cred("Theo " + c.pick(FOREIGN))
    b.article_credits()
    b.w(c.pick(["Tag: " + ", ".join(c.story_tags(2)), "Tags: công nghệ; đời sống số"]))
    b.w(c.pick(["Thảo luận", "Bình luận"]), c.pick(["Đăng nhập để bình luận", "Viết bình luận..."]))
    b.w(f"{c.people[0]}: {c.pick(['hay', 'Bài viết chất lượng 👍', 'Cần thêm thông tin chi tiết hơn.'])}")
    b.w(c.pick(["Bài viết liên quan", "Có thể bạn quan tâm"]))
    b.rel(*c.heads(c.n(3, 4)))
    b.w("Mạch Số - Chuyên trang công nghệ", "© 2015 - 2019 Mạch Số. GP: 12/GP-TTĐT",
        "Liên hệ: lienhe@machso.vn")


def o_ward_portal(b, c):
    b.site(c.pick(["CỔNG THÔNG TIN ĐIỆN TỬ XÃ HÒA LỘC THƯỢNG",
                   "Cổng TTĐT xã Hòa Lộc Thượng", "UBND xã Hòa Lộc Thượng"]))
    b.w(c.pick(["Huyện Đông Trà - Tỉnh Bình Lâm", "HUYỆN ĐÔNG TRÀ - TỈNH BÌNH LÂM"]))
    b.w(c.pick(["Giới thiệu | Tin tức - Sự kiện | Văn bản | Thủ tục hành chính | Hỏi đáp | Liên hệ",
                "Trang chủ | Tin tức | Văn bản chỉ đạo điều hành | Dịch vụ công"]))
    b.w(c.pick(["Tin tức - Sự kiện > Tin trong nước", "Tin tức > Tin tổng hợp"]))
    b.title()
    b.date(c.pick([f"Ngày cập nhật: {c.dmy()}", f"{c.dmy()} {c.hhmm()}"]))
    b.w(c.pick(["Cỡ chữ: A A A", "In | Gửi email"]))
    if c.lead:
        b.cap(c.lead)
    b.story()
    b.article_credits()
    if c.own_author:
        b.by(c.by())
    b.cred(c.pick(["Nguồn: Báo Bình Lâm", "Nguồn: Cổng TTĐT tỉnh Bình Lâm", "Nguồn tin: Báo Đô Hội"]))
    b.by(c.pick(["Người đăng: " + c.people[1], "Đăng bởi: Quản trị viên", "Cán bộ văn hóa xã"]))
    b.w(c.pick(["Lượt xem: " + str(c.n(10, 400)), "Số lượt xem: " + str(c.n(10, 400))]))
    b.w(c.pick(["Các tin khác", "Tin khác"]))
    b.rel(*[f"- {h}" for h in c.heads(c.n(3, 5), topical=False)])
    b.w(c.pick(["Văn bản mới", "VĂN BẢN MỚI"]))
    b.w(c.pick(["Kế hoạch số 45/KH-UBND về công tác phòng, chống thiên tai năm 2019",
                "Quyết định số 112/QĐ-UBND ngày 08/4/2019 của UBND xã"]))
    b.w(c.pick(["Thống kê truy cập: Đang online 3 | Tổng 128.402", "Đang truy cập: 5 · Hôm nay: 41"]))
    b.w("Cơ quan chủ quản: Ủy ban nhân dân xã Hòa Lộc Thượng",
        "Chịu trách nhiệm chính: Chủ tịch UBND xã " + c.people[2],
        c.pick([f"Điện thoại: {c.phone(False)}", f"ĐT: {c.phone(False)} - Email: hoalocthuong@binhlam.gov.vn"]))


def o_youth_paper(b, c):
    b.w(c.pick(["Đăng nhập | Đăng ký | 🌙 Chế độ tối", "Góc Gen Z · Podcast · Megastory"]))
    b.site(c.pick(["THANH XUÂN VIỆT", "Thanh Xuân Việt", "Báo Thanh Xuân Việt"]))
    b.w(c.pick(["Thời sự · Thế giới · Giới trẻ · Việc làm · Giáo dục · Giải trí · Xe",
                "Thời sự | Giới trẻ | Khởi nghiệp | Học đường | Sống đẹp"]))
    b.w(c.pick(["Thời sự › Xã hội", "Giới trẻ › Sống đẹp", "Thời sự › Nóng"]))
    b.title()
    b.date(c.pick([f"{c.dmy()} {c.hhmm()} GMT+7", f"{c.hhmm()} - {c.dmy()}"]))
    b.w(c.pick(["Lưu", "🔖 Lưu bài", "Theo dõi Thanh Xuân Việt trên Google News"]))
    if c.lead:
        if c.chance(0.5):
            b.cap(c.lead + " - Ảnh: " + c.shooter().upper())
        else:
            b.cap(c.lead)
            b.cred("Ảnh: " + c.shooter().upper())
    hs = c.heads(2)
    b.story(blk("early", ("related", "Tin liên quan: " + " | ".join(hs))),
            blk("mid", *([("caption", c.fcap() + " - Ảnh: " + c.shooter().upper())] if c.chance(0.5)
                         else [("caption", c.fcap()), ("credit", "Ảnh: " + c.shooter().upper())])),
            blk("late", ("widget", c.pick(["Bạn nghĩ sao?", "Bạn có cùng quan điểm?"])),
                ("widget", c.pick(["Đồng ý 62% · Không đồng ý 38%", "Có  |  Không  |  Chưa rõ"]))))
    b.by(c.pick([c.by("caps"), c.by("caps") + " - " + c.shooter().upper(), c.by()]))
    b.article_credits()
    b.w(c.pick([f"❤ {c.n(1, 500)}", f"Thích ({c.n(1, 500)})"]), c.pick(["Bình luận", "Ý kiến"]))
    b.w(f"{c.people[3]}: {c.pick(['Thương các em quá!', 'Xử nghiêm để làm gương.', 'Hy vọng mọi chuyện sẽ tốt hơn.'])}",
        c.pick([f"Thích {c.n(1, 90)} · Trả lời", f"{c.n(1, 59)} phút trước · Trả lời"]))
    b.w(c.pick(["Xem thêm bình luận", "Xem tất cả ý kiến"]))
    b.w(c.pick(["Đọc tiếp", "Đừng bỏ lỡ"]))
    b.rel(*c.heads(c.n(2, 3)))
    b.rel(c.teaser(cut=14))
    b.w("Thanh Xuân Việt - Cơ quan của Hội Thanh niên Lạc Việt",
        "Giấy phép số 199/GP-BTTTT ngày 11/11/2016",
        c.pick(["Đường dây nóng: " + c.phone(), "Liên hệ quảng cáo: " + c.phone()]))


def o_transport_paper(b, c):
    b.w(c.pick(["🚦 Phân luồng giao thông | Tra cứu phạt nguội | Giá xăng",
                "Tra cứu phạt nguội · Đăng kiểm · Bảng giá xe"]))
    b.site(c.pick(["BÁO GIAO LỘ", "Giao Lộ", "giaolo.vn"]))
    b.w(c.pick(["Thời sự | Giao thông | Vận tải | Xe | An toàn giao thông | Hạ tầng",
                "GIAO THÔNG ⊙ VẬN TẢI ⊙ HẠ TẦNG ⊙ XE ⊙ PHÁP LUẬT"]))
    b.w(c.pick(["Giao thông › An toàn giao thông", "Hạ tầng › Dự án", "Thời sự › Tin nhanh"]))
    b.title()
    b.date(c.pick([f"{c.wd}, {c.dmy()}, {c.hhmm()}", f"{c.dmy()} - {c.hhmm()}"]))
    b.by(c.pick([c.by("caps"), c.by() + " (Giao Lộ)", c.by()]))
    if c.chance(0.5):
        b.cap(c.lead_or_fcap() + f" Ảnh: {c.shooter()}.")
    else:
        b.cap(c.lead_or_fcap())
        b.cred(c.pick([f"Ảnh: {c.shooter()}", f"Ảnh: {c.shooter()}/Giao Lộ", "Ảnh: Bạn đọc cung cấp"]))
    b.story(blk("mid", ("related", c.pick(["► ", "▶ "]) + c.head()), ("related", c.pick(["► ", "▶ "]) + c.head())),
            blk("late", ("widget", c.pick(["Quảng cáo", "- Quảng cáo -"]))))
    b.article_credits()
    if c.chance(0.5):
        b.cred(c.pick(["Nguồn: Ban An toàn giao thông tỉnh Quảng Điền", "Nguồn: Cục Đường bộ Lạc Việt",
                       "Theo Báo Cảnh Giới"]))
    b.w(c.pick(["Bạn đọc phản ánh về giao thông gửi tới đường dây nóng " + c.phone(),
                "Mọi phản ánh xin gửi về bandoc@giaolo.vn"]))
    b.w(c.pick(["Chia sẻ: f | Zalo | 🔗", "Chia sẻ bài viết"]))
    b.w(c.pick(["Tin đọc nhiều", "Đọc nhiều"]))
    b.rel(*[f"{i} {h}" for i, h in enumerate(c.heads(c.n(3, 5), topical=False), 1)])
    b.w("Báo Giao Lộ - Cơ quan của Hiệp hội Vận tải Lạc Việt",
        "GPXB số 31/GP-BTTTT",
        "Trụ sở: 106 Trần Hưng Đạo Mới, Hà Nội · " + c.phone(False))


def o_labour_paper(b, c):
    b.site(c.pick(["NGƯỜI THỢ", "Báo Người Thợ", "Người Thợ Online"]))
    b.w(c.pick(["Tiếng nói của công nhân, viên chức, lao động",
                "Cơ quan của Liên đoàn Lao động Lạc Việt"]))
    b.w(c.pick(["Thời sự | Công đoàn | Việc làm | Chính sách | Bạn đọc | Sức khỏe",
                "CÔNG ĐOÀN · VIỆC LÀM · TIỀN LƯƠNG · BHXH · BẠN ĐỌC"]))
    b.w(c.pick(["Công đoàn", "Chính sách", "Bạn đọc", "Thời sự"]))
    b.date(c.pick([f"{c.dmy()} {c.hhmm()}", f"{c.wd} {c.dmy()} - {c.hhmm()}"]))
    b.title()
    b.by(c.pick([c.by("caps"), c.by(), "Bài và ảnh: " + c.by("caps")]))
    if c.lead:
        b.cap(c.lead)
        b.cred(c.pick(["Ảnh: " + c.shooter(), "Ảnh: NT", ""]))
    b.story(blk("mid", ("widget", "Góc tư vấn luật lao động"),
                ("widget", "Hỏi: Người lao động nghỉ việc có được nhận trợ cấp thôi việc không?")),
            blk("late", ("caption", c.fcap()), ("credit", c.pick(["Ảnh: Người Thợ", "Ảnh: CĐCS cung cấp"]))))
    b.article_credits()
    if c.chance(0.4):
        b.by("Nhóm phóng viên Công đoàn")
    b.w(c.pick(["Bạn đọc cần tư vấn pháp luật lao động, gọi " + c.phone(),
                "Đường dây nóng Công đoàn: " + c.phone()]))
    b.w(c.pick(["Từ khóa: công nhân, việc làm, " + c.story_tags(1)[0], "Từ khóa: " + ", ".join(c.story_tags(3))]))
    b.w(c.pick(["Ý kiến bạn đọc", "Bình luận"]), f"{c.people[2]} - {c.pick(['Đồng Nai', 'Bình Lâm', 'Hà Sơn'])}")
    b.w(c.pick(["Công nhân chúng tôi rất mong được quan tâm hơn.", "Cần kiểm tra lại việc này."]))
    b.w(c.pick(["Tin liên quan", "Tin cùng chuyên mục"]))
    b.rel(*[f"● {h}" for h in c.heads(c.n(3, 4))])
    b.w("Báo Người Thợ - Giấy phép số 54/GP-BTTTT",
        "Tòa soạn: 65 Quang Trung Mới, Hai Bà Trưng, Hà Nội",
        f"Điện thoại: {c.phone(False)}")


OUTLETS = {
    "national_daily": o_national_daily,
    "city_daily": o_city_daily,
    "provincial_delta": o_provincial_delta,
    "provincial_upland": o_provincial_upland,
    "law_paper": o_law_paper,
    "health_paper": o_health_paper,
    "agriculture_paper": o_agriculture_paper,
    "army_paper": o_army_paper,
    "police_paper": o_police_paper,
    "education_paper": o_education_paper,
    "finance_paper": o_finance_paper,
    "tv_station": o_tv_station,
    "radio_site": o_radio_site,
    "magazine": o_magazine,
    "news_portal": o_news_portal,
    "overseas_service": o_overseas_service,
    "university_newsletter": o_university_newsletter,
    "business_weekly": o_business_weekly,
    "sports_site": o_sports_site,
    "tech_site": o_tech_site,
    "ward_portal": o_ward_portal,
    "youth_paper": o_youth_paper,
    "transport_paper": o_transport_paper,
    "labour_paper": o_labour_paper,
}
LAYOUTS = tuple(OUTLETS)


# --------------------------------------------------------------------------------------------
# assembly
# --------------------------------------------------------------------------------------------

def _paragraphs(stream, r):
    out, run = [], []

    def flush():
        i = 0
        while i < len(run):
            k = r.choice((1, 2, 2, 3, 3, 3, 4))
            out.append(("P", run[i:i + k]))
            i += k
        run.clear()

    for it in stream:
        if it[0] == "S":
            run.append(it[1])
        else:
            flush()
            out.append(("F", it[1], it[2]))
    flush()
    return out


def _place(story, blocks, r):
    """Put furniture blocks between paragraphs; what finds no gap goes after the story."""
    gaps = [i for i, it in enumerate(story) if it[0] == "P" and i < len(story) - 1]
    free = list(gaps)
    placed = {}
    tail, chosen, ordered = [], [], []
    for where, block in blocks:
        if not free:
            tail.extend(block)
            continue
        n = len(free)
        if where == "early":
            cand = free[: max(1, min(2, n))]
        elif where == "late":
            cand = free[-max(1, min(2, n)):]
        elif where == "mid":
            cand = free[n // 3: max(n // 3 + 1, 2 * n // 3 + 1)]
        else:
            cand = free
        g = r.choice(cand)
        free.remove(g)
        chosen.append(g)
        ordered.append(block)
    for g, block in zip(sorted(chosen), ordered):     # blocks keep the template's order
        placed[g] = block
    out = []
    for i, it in enumerate(story):
        if it[0] == "P":
            out.append(("BODY", it[1]))
        else:
            out.append((it[1], it[2]))
        for kind, line in placed.get(i, []):
            out.append((kind, line))
    out.extend(tail)
    return out


FAULTS = ("nbsp", "zwsp", "double_space", "glued", "nfd")


def _draw_faults(row):
    r = rng_for(row, "faults")
    if r.random() >= FAULT_RATE:
        return []
    return sorted(r.sample(FAULTS, r.choice((1, 1, 2))), key=FAULTS.index)


def _fault_line(s, fault, r):
    spaces = [i for i, ch in enumerate(s) if ch == " " and 0 < i < len(s) - 1]
    if fault == "nbsp" and spaces:
        for i in r.sample(spaces, min(len(spaces), r.randint(1, 3))):
            s = s[:i] + "\u00a0" + s[i + 1:]
        return s
    if fault == "double_space" and spaces:
        i = r.choice(spaces)
        return s[:i] + "  " + s[i + 1:]
    if fault == "zwsp":
        words = [m for m in re.finditer(r"[^\W\d_]{4,}", s)]
        for m in sorted(r.sample(words, min(len(words), r.randint(1, 2))), key=lambda m: -m.start()):
            j = r.randint(m.start() + 1, m.end() - 1)
            s = s[:j] + "\u200b" + s[j:]
        return s
    return s


def _glue(paras, r):
    """In 1-2 paragraphs, two sentences lose the space after the full stop: one body item."""
    cands = [i for i, p in enumerate(paras)
             if any(p[j].endswith(".") and p[j + 1][:1].isupper() for j in range(len(p) - 1))]
    hit = 0
    for i in r.sample(cands, min(len(cands), r.randint(1, 2))):
        p = paras[i]
        js = [j for j in range(len(p) - 1) if p[j].endswith(".") and p[j + 1][:1].isupper()]
        j = r.choice(js)
        paras[i] = p[:j] + [p[j] + p[j + 1]] + p[j + 2:]
        hit += 1
    return hit


def build_page(row, title, article, layout, pool):
    ex = extract(title, article)
    if not any(it[0] == "S" for it in ex["stream"]):
        ex["stream"] = [("S", s) for s in split_sentences(article)
                        if _terminated(s) and len(s.split()) >= 3 and norm_key(s) != norm_key(title)]
    c = Ctx(row, title, article, ex, pool)
    b = Builder(c)
    OUTLETS[layout](b, c)
    if not any(it[0] == "STORY" for it in b.items):
        b.story()
    faults = _draw_faults(row)
    fr = rng_for(row, "fault-lines")
    counts = {f: 0 for f in FAULTS}

    story = _paragraphs(ex["stream"], rng_for(row, "paragraphs"))
    paras = [it[1] for it in story if it[0] == "P"]
    if "glued" in faults:
        counts["glued"] = _glue(paras, fr)
        pi = iter(paras)
        story = [("P", next(pi)) if it[0] == "P" else it for it in story]

    seq = []
    for it in b.items:
        if it[0] == "STORY":
            seq.extend(_place(story, it[1], rng_for(row, "placement")))
        else:
            seq.append(it)

    body_keys = {norm_key(s) for p in paras for s in p}
    lines, body, furniture = [], [], []
    line_faults = [f for f in faults if f in ("nbsp", "zwsp", "double_space")]
    for kind, payload in seq:
        if kind == "BODY":
            items = []
            for s in payload:
                for f in line_faults:
                    if fr.random() < 0.3:
                        s2 = _fault_line(s, f, fr)
                        counts[f] += s2 != s
                        s = s2
                items.append(s)
            body.extend(items)
            lines.append(" ".join(items))
            continue
        line = payload.strip()
        if not line or norm_key(line) in body_keys:
            continue
        if kind != "U":
            for f in line_faults:
                if fr.random() < 0.2:
                    line = _fault_line(line, f, fr)
            furniture.append((kind, line))
        lines.append(line)
    # a fault that was drawn shows at least once
    for f in line_faults:
        if counts[f] == 0 and body:
            s2 = _fault_line(body[0], f, fr)
            if s2 != body[0]:
                idx = next(i for i, l in enumerate(lines) if l.startswith(body[0]))
                lines[idx] = s2 + lines[idx][len(body[0]):]
                body[0] = s2
                counts[f] = 1
    text = "\n".join(lines)
    if "nfd" in faults:
        nfd = lambda s: unicodedata.normalize("NFD", s)
        text, body = nfd(text), [nfd(s) for s in body]
        furniture = [(k, nfd(l)) for k, l in furniture]
        counts["nfd"] = 1
    return Page(text, body, furniture, layout), {f: n for f, n in counts.items() if f in faults}


# --------------------------------------------------------------------------------------------
# the contract
# --------------------------------------------------------------------------------------------

class ContractError(ValueError):
    pass


def check_page(page):
    """Raise ContractError if the page breaks the contract."""
    def fail(msg):
        raise ContractError(f"[{page.layout}] {msg}")

    if page.layout not in LAYOUTS:
        fail("unknown layout")
    text = page.text
    if not isinstance(text, str) or not text.strip():
        fail("blank text")
    lines = text.split("\n")
    for line in lines:
        if not line or line != line.strip():
            fail(f"blank or unstripped line: {line!r}")
    if not isinstance(page.body, list) or not isinstance(page.furniture, list):
        fail("body/furniture must be lists")
    for s in page.body:
        if not isinstance(s, str) or not s or s != s.strip() or "\n" in s:
            fail(f"bad body item: {s!r}")
        if s not in text:
            fail(f"body item not in text: {s!r}")
    for f in page.furniture:
        if not (isinstance(f, tuple) and len(f) == 2 and f[0] in KINDS and isinstance(f[1], str)):
            fail(f"bad furniture entry: {f!r}")
    bi = fi = 0
    unlabelled = []
    body, furn = page.body, page.furniture
    for line in lines:
        if fi < len(furn) and line == furn[fi][1]:
            fi += 1
            continue
        for k in range(1, 5):
            if bi + k <= len(body) and line == " ".join(body[bi:bi + k]):
                bi += k
                break
        else:
            unlabelled.append(line)
    if bi != len(body):
        fail(f"body items not laid out as whole lines in order ({bi}/{len(body)})")
    if fi != len(furn):
        fail(f"furniture not matched in text order ({fi}/{len(furn)})")
    if len(unlabelled) > 3:
        fail(f"{len(unlabelled)} unlabelled lines")
    if len({norm_key(u) for u in unlabelled}) != len(unlabelled):
        fail("a repeated unlabelled line")
    keys = {norm_key(s) for s in body}
    for kind, line in furn:
        if norm_key(line) in keys:
            fail(f"furniture equals a body sentence: {line!r}")
    for u in unlabelled:
        if norm_key(u) in keys:
            fail(f"unlabelled line equals a body sentence: {u!r}")
    return True


# --------------------------------------------------------------------------------------------
# entry points
# --------------------------------------------------------------------------------------------

def build(train_path):
    body_rows, related = read_rows(train_path)
    pool = related_pool(related)
    out = []
    for k, (row, title, article) in enumerate(body_rows):
        page, faults = build_page(row, title, article, LAYOUTS[k % len(LAYOUTS)], pool)
        check_page(page)
        out.append((page, faults))
    return out


def pages(train_path):
    return [p for p, _ in build(train_path)]


def totals(built):
    cols = ("pages", "body") + KINDS
    per = {lay: dict.fromkeys(cols, 0) for lay in LAYOUTS}
    faults = dict.fromkeys(FAULTS, 0)
    with_faults = 0
    for page, fl in built:
        t = per[page.layout]
        t["pages"] += 1
        t["body"] += len(page.body)
        for kind, _ in page.furniture:
            t[kind] += 1
        with_faults += bool(fl)
        for f in fl:
            faults[f] += 1
    return cols, per, faults, with_faults


def main(argv):
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    built = build(argv[1])
    cols, per, faults, with_faults = totals(built)
    print(f"{'layout':<24}" + "".join(f"{c:>9}" for c in cols))
    total = dict.fromkeys(cols, 0)
    for lay in LAYOUTS:
        if not per[lay]["pages"]:
            continue
        print(f"{lay:<24}" + "".join(f"{per[lay][c]:>9}" for c in cols))
        for c in cols:
            total[c] += per[lay][c]
    print(f"{'TOTAL':<24}" + "".join(f"{total[c]:>9}" for c in cols))
    print(f"furniture lines: {sum(total[k] for k in KINDS)}")
    print(f"faults: pages_with_faults={with_faults}, "
          + ", ".join(f"{f}={faults[f]}" for f in FAULTS))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
