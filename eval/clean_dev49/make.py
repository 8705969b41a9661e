"""clean_test49: held-out page maker for the Vietnamese news-page cleaner.

Theme: pages organised by how PICTURES AND MEDIA are shown (lead photos,
inline photos, galleries, photo essays, video, infographics, charts, maps,
cartoons, podcasts, live TV, leaked alt text / file names, lightboxes,
lazy-load placeholders ...).

Usage:  python eval/clean_test49/make.py /path/to/vietnews_train.jsonl.gz

Standard library only.  Every draw comes from
random.Random(f"test49|{SEED}|{row}|{purpose}").
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

SEED = 4949
BODY_ROWS = range(9_800, 9_900)
RELATED_ROWS = range(9_900, 10_000)
LAST_ROW = max(BODY_ROWS[-1], RELATED_ROWS[-1])
RELATED_CHARS = 1_200
KINDS = ("byline", "credit", "caption", "related", "widget")
FAULT_RATE = 0.3


class Page(NamedTuple):
    text: str
    body: list
    furniture: list
    layout: str


def rng(row, purpose):
    return random.Random(f"test49|{SEED}|{row}|{purpose}")


# --------------------------------------------------------------------------
# reading rows
# --------------------------------------------------------------------------

def _usable(raw):
    if not raw.strip():
        return None
    try:
        obj = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        return None
    if not isinstance(obj, dict):
        return None
    t, a = obj.get("title"), obj.get("article")
    if not isinstance(t, str) or not isinstance(a, str):
        return None
    t, a = t.strip(), a.strip()
    if not t or not a:
        return None
    return t, a


def read_rows(train_path):
    """One streaming read; returns (body rows, related rows) as lists of
    (row, title, article).  Stops right after LAST_ROW."""
    body, related = [], []
    with gzip.open(train_path, "rb") as fh:
        for i, raw in enumerate(fh):
            if i in BODY_ROWS or i in RELATED_ROWS:
                got = _usable(raw)
                if got is not None:
                    (body if i in BODY_ROWS else related).append((i, got[0], got[1]))
            if i >= LAST_ROW:
                break
    return body, related


# --------------------------------------------------------------------------
# sentence splitting and story extraction
# --------------------------------------------------------------------------

TERM = ".!?…"
ABBR = {"tp", "ts", "pgs", "gs", "ths", "bs", "ks", "ls", "mr", "mrs", "ms",
        "dr", "st", "jr", "sr", "inc", "ltd", "co", "vs", "no", "tt", "q", "p",
        "tx", "h", "ttg", "pts", "ncs", "cn", "ths", "bsck", "lt"}
QUOTES = '"“”'


def _starts_new(text, k):
    while k < len(text) and text[k] == " ":
        k += 1
    if k >= len(text):
        return False
    c = text[k]
    return c.isupper() or c.isdigit() or c in "\"“'(‘["


def _is_abbr(text, start, i):
    j = i
    while j > start and text[j - 1] != " ":
        j -= 1
    tok = text[j:i].lstrip("(\"“'")
    if not tok:
        return False
    if tok.lower() in ABBR:
        return True
    if len(tok) == 1 and tok.isupper():
        return True
    return bool(re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", tok))


def split_sentences(text):
    """Split on terminal punctuation followed by a capital; quoted speech is
    kept together; abbreviations and single initials do not end a sentence."""
    text = re.sub(r"\s+", " ", text).strip()
    out, start, inq, qpos, i, n = [], 0, False, 0, 0, len(text)
    while i < n:
        c = text[i]
        if inq and i - qpos > 600:      # unbalanced quote: give up on it
            inq = False
        if c in QUOTES:
            if c == "“":
                inq, qpos = True, i
            elif c == "”":
                inq = False
            else:
                inq = not inq
                qpos = i
            if not inq and i + 1 < n and text[i + 1] == " ":
                prev = text[start:i].rstrip()
                if prev and prev[-1] in TERM and _starts_new(text, i + 2):
                    out.append(text[start:i + 1].strip())
                    start = i + 2
            i += 1
            continue
        if c in TERM and not inq:
            j = i
            while j + 1 < n and text[j + 1] in TERM:
                j += 1
            if j + 1 >= n:
                break
            if text[j + 1] == " " and _starts_new(text, j + 2) and not (
                    c == "." and j == i and _is_abbr(text, start, i)):
                out.append(text[start:j + 1].strip())
                start = j + 2
            i = j + 1
            continue
        i += 1
    last = text[start:].strip()
    if last:
        out.append(last)
    return [s for s in out if s]


def ends_terminal(s):
    s = s.rstrip(" \"”'’)")
    return bool(s) and s[-1] in TERM


CREDIT_RE = re.compile(
    r"(Ảnh\s*(minh\s*ho[ạa]\s*)?:|\(\s*[Ảả]nh\b|Nguồn\s*(ảnh)?\s*:|Video\s*:|Clip\s*:|"
    r"Đồ\s*ho[ạa]\s*:|Xem thêm|Infographic|Photo\s*:|\bẢnh minh ho[ạa]\b)",
    re.IGNORECASE)
SIDE_RE = re.compile(r"\((?:trái|phải|giữa|đứng|ngồi|thứ [^)]*từ [^)]*)\)|"
                     r", (?:trái|phải|giữa),|từ trái sang", re.IGNORECASE)


def _cap_word(w):
    return bool(w) and w[0].isupper() and w.replace("-", "").isalpha()


def parse_tail(frag):
    """Trailing piece of a VietNews article without end punctuation:
    'Xem thêm: ...', a video caption, an author name, '(Theo X)'."""
    items = []
    theo = None
    m = re.search(r"\s*\((Theo [^)]*)\)\s*$", frag)
    if m:
        theo, frag = m.group(1).strip(), frag[:m.start()].strip()
    toks = frag.split()
    author = None
    if len(toks) >= 2 and _cap_word(toks[-1]) and _cap_word(toks[-2]):
        author = " ".join(toks[-2:])
        rest = " ".join(toks[:-2])
    elif len(toks) == 1 and _cap_word(toks[0]):
        author, rest = toks[0], ""
    else:
        rest = frag
    if re.match(r"^Theo\s+\S", rest) and len(rest.split()) <= 6 and not theo:
        theo, rest = rest, ""
    if author:
        if "Xem thêm" in rest:
            k = rest.index("Xem thêm")
            if rest[:k].strip():
                items.append(("vcaption", rest[:k].strip()))
            items.append(("related", rest[k:]))
        elif rest and len(rest.split()) <= 28:
            items.append(("vcaption", rest))
        items.append(("byline", author))
    if theo:
        items.append(("credit", theo))
    return items


REPORT_RE = re.compile(r"(đưa tin|cho biết|cho hay|, theo |^Theo |dẫn lời|nói rằng|tuyên bố)")
FUNC_WORDS = {"rằng", "và", "với", "của", "là", "cho", "khi", "nói", "gọi", "tên", "như", "ông", "bà", "thì", "mà"}
CAPTIONISH_RE = re.compile(r"^(Hiện trường|Toàn cảnh|Cận cảnh|Vị trí)\b")


def split_fused_caption(s):
    """VietNews often fuses the lead photo caption into the first sentence
    without a full stop.  Return (caption, rest) or ("", s)."""
    toks = s.split(" ")
    # caption then an opening quote: '... căn cứ Hmeymim " Chúng tôi ...'
    for k in range(4, min(len(toks) - 2, 30)):
        if toks[k] == '"' and _cap_word(toks[k - 1]) and toks[k + 1][:1].isupper() \
                and '"' not in toks[:k] and not toks[k - 1].endswith(","):
            return " ".join(toks[:k]), " ".join(toks[k:])
        if toks[k] == '"':
            break
    # caption head repeated as the new sentence's start: '... bay thử Tiêm kích tác chiến ...'
    low = [t.lower() for t in toks]
    for k in range(3, min(len(toks) - 8, 30)):
        if not (_cap_word(toks[k]) and toks[k + 1]) or toks[k - 1].lower() in FUNC_WORDS:
            continue
        if toks[k - 1].endswith((",", ":", ";")) or '"' in toks[:k]:
            continue
        bg = (low[k], low[k + 1])
        if any((low[j], low[j + 1]) == bg and (j == 0 or not toks[j][:1].isupper())
               for j in range(0, k - 1)):
            return " ".join(toks[:k]), " ".join(toks[k:])
    return "", s


class Story(NamedTuple):
    title: str
    body: list            # accepted body sentences in order
    lead_caption: str     # may be ""
    own_captions: list    # short / caption-like sentences left off the body
    tail: list            # (kind, line) from the article's end


def extract_story(title, article):
    sents = split_sentences(article)
    tail = []
    if sents and not ends_terminal(sents[-1]):
        tail = parse_tail(sents.pop())
    # a trailing "Xem thêm: ..." that ends with punctuation
    while sents and sents[-1].startswith("Xem thêm"):
        tail.insert(0, ("related", sents.pop()))
    lead = ""
    if len(sents) >= 4 and not any(q in sents[0] for q in QUOTES) \
            and len(sents[0].split()) <= 40 and not CREDIT_RE.search(sents[0]) \
            and not REPORT_RE.search(sents[0]):
        lead = sents.pop(0)
    elif len(sents) >= 3:
        cap, rest = split_fused_caption(sents[0])
        if cap:
            lead, sents[0] = cap, rest
    body, own = [], []
    for s in sents:
        nw = len(s.split())
        if CREDIT_RE.search(s):
            continue
        if nw < 7 or (CAPTIONISH_RE.search(s) and nw <= 12):
            if nw >= 2 and ends_terminal(s) and not any(q in s for q in QUOTES) \
                    and not re.search(r"\d", s):
                own.append(s)
            continue
        if (s.startswith("Vị trí") or SIDE_RE.search(s)) and nw <= 30:
            own.append(s)
            continue
        if not ends_terminal(s):
            continue
        if s.count('"') % 2 == 1:
            continue
        body.append(s)
    if not body:   # degenerate article: keep what ends like a sentence
        body = [s for s in sents if ends_terminal(s)] or [re.sub(r"\s+", " ", article).strip()]
        own = []
    return Story(title, body, lead, own, tail)


# --------------------------------------------------------------------------
# related pool
# --------------------------------------------------------------------------

def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = re.sub(r"[\u200b\u200c\u200d\u2060\ufeff]", "", s)
    s = re.sub(r"\s+", "", s)
    return s.casefold()


def related_sentences(article):
    cut = article[:RELATED_CHARS]
    sents = split_sentences(cut)
    if len(article) > RELATED_CHARS and sents:
        clean_end = ends_terminal(cut.rstrip()) and (article[RELATED_CHARS:RELATED_CHARS + 1].isspace())
        if not clean_end:
            sents.pop()
    return sents


class RelItem(NamedTuple):
    row: int
    title: str
    short: list     # 6-20 words: photo captions
    longs: list     # 15-40 words: teasers / long captions


def build_related(related_rows):
    out = []
    for row, title, article in related_rows:
        ss = [s for s in related_sentences(article) if ends_terminal(s) and not CREDIT_RE.search(s)
              and s.count('"') % 2 == 0]
        short = [s for s in ss if 6 <= len(s.split()) <= 20 and '"' not in s]
        longs = [s for s in ss if 15 <= len(s.split()) <= 40]
        out.append(RelItem(row, title, short, longs))
    return out


class RelPool:
    def __init__(self, items, row, forbidden):
        self.r = rng(row, "related")
        self.items = list(items)
        self.r.shuffle(self.items)
        self.forbidden = set(forbidden)
        self.used = set()
        self.k = 0

    def _ok(self, s):
        n = norm(s)
        if n in self.forbidden or n in self.used:
            return False
        self.used.add(n)
        return True

    def _next_item(self):
        if not self.items:
            return None
        it = self.items[self.k % len(self.items)]
        self.k += 1
        return it

    def headline(self):
        for _ in range(len(self.items)):
            it = self._next_item()
            if self._ok(it.title):
                return it.title
        return None

    def _sentence(self, attr, lo=0, hi=99):
        for _ in range(len(self.items)):
            it = self._next_item()
            cands = [s for s in getattr(it, attr) if lo <= len(s.split()) <= hi]
            self.r.shuffle(cands)
            for s in cands:
                if self._ok(s):
                    return s
        return None

    def caption(self):
        return self._sentence("short")

    def long_caption(self):
        return self._sentence("longs", 20, 35) or self._sentence("longs")

    def teaser(self):
        return self._sentence("longs", 15, 40)


# --------------------------------------------------------------------------
# invented furniture
# --------------------------------------------------------------------------

OUTLETS = [
    ("Thời Báo Duyên Hải", "thoibaoduyenhai.vn"),
    ("Cửa Sổ Năm Châu", "cuasonamchau.com.vn"),
    ("Nhịp Ảnh 24h", "nhipanh24h.vn"),
    ("Tin Nhanh Phương Nam", "tinnhanhphuongnam.vn"),
    ("Báo Ảnh Sông Lam", "baoanhsonglam.vn"),
    ("Góc Nhìn Quốc Tế", "gocnhinquocte.net"),
    ("Điểm Tin Lam Hồng", "diemtinlamhong.vn"),
    ("Ống Kính Thời Sự", "ongkinhthoisu.vn"),
    ("Kênh Tin Hải Vân", "kenhtinhaivan.com"),
    ("Thế Giới Qua Ảnh", "thegioiquaanh.vn"),
]
PHOTOGS = ["Lê Minh Khôi", "Trần Bảo Ngân", "Hoàng Gia Huy", "Vương Thảo Vy", "Đặng Quốc Thịnh",
           "Phùng Khánh Ly", "Mạc Tuấn Kiệt", "Lý Thu Trang", "Tôn Nữ Bích Hạnh", "Kha Đức Trọng",
           "Giang Mỹ Duyên", "Ninh Hải Đăng"]
EDITORS = ["Quách Thanh Tùng", "Âu Dương Liên", "Bạch Ngọc Sơn", "Lưu Phương Thảo", "Diệp Hoài Nam",
           "Thân Minh Châu"]
AGENCIES = ["AFP", "Reuters", "AP", "EPA", "Getty Images", "Xinhua", "Yonhap", "Kyodo", "TTXVN",
            "Sputnik", "Bloomberg", "ANN", "AFP/TTXVN", "EPA-EFE"]
WIRE_SHOOTERS = ["Kim Hong-Ji", "Ahn Young-joon", "Jorge Silva", "Ed Jones", "Anna Moneymaker",
                 "Mohd Rasfan", "Aly Song", "Lisa Marie David"]
READERS = ["Minh Tuấn", "thu_ha_92", "Ngọc Ánh", "Bác Ba Phi", "hoanglong.photo", "Kim Oanh", "Trí Dũng",
           "mai.pham", "Hữu Phước"]
COMMENTS = ["Ảnh đẹp quá, cảm ơn phóng viên đã ghi lại khoảnh khắc này!",
            "Xem video mà thấy thương người dân ở đó quá.",
            "Biểu đồ dễ hiểu, mong tòa soạn làm thêm nhiều bài như thế này",
            "Ảnh số 3 chụp góc nào mà đẹp vậy ạ?",
            "Video bị giật, không xem được trên điện thoại.",
            "Bức biếm họa rất thâm thúy 😂",
            "Podcast giọng đọc dễ nghe, mình nghe trên đường đi làm mỗi sáng.",
            "Bản đồ ghi sai vị trí thì phải, ai kiểm tra giúp với",
            "Cảm ơn tác giả, bộ ảnh quá ấn tượng."]


def pick(r, xs):
    return xs[r.randrange(len(xs))]


def ascii_slug(s, maxw=6):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    ws = re.findall(r"[A-Za-z0-9]+", s.lower())
    return "-".join(ws[:maxw]) or "anh"


def fmt_date(r):
    y, mo, d = r.randint(2016, 2019), r.randint(1, 12), r.randint(1, 28)
    h, mi = r.randint(5, 23), r.randrange(0, 60)
    dow = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"][r.randrange(7)]
    forms = [
        f"{dow}, {d}/{mo}/{y}, {h:02d}:{mi:02d} (GMT+7)",
        f"{d:02d}/{mo:02d}/{y} {h:02d}:{mi:02d}",
        f"Cập nhật: {h:02d}:{mi:02d} ngày {d}.{mo}.{y}",
        f"Đăng lúc {h}h{mi:02d} | {d:02d}-{mo:02d}-{y}",
        f"{d} tháng {mo}, {y} - {h:02d}:{mi:02d} GMT+7",
        f"{dow.upper()} {d}/{mo}/{y} | {h}:{mi:02d}",
        f"Thời gian đăng: {y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}",
    ]
    return pick(r, forms), (d, mo, y)


MENUS = [
    "Trang chủ | Thời sự | Thế giới | Kinh doanh | Ảnh | Video | Podcast",
    "TRANG CHỦ   THẾ GIỚI   MULTIMEDIA   INFOGRAPHICS   E-MAGAZINE",
    "☰ Menu",
    "Ảnh · Video · Đồ họa · Podcast · Longform",
    "Mới nhất - Thế giới - Quân sự - Tư liệu - Phóng sự ảnh - Video",
    "thời sự | thế giới | ảnh | video | truyền hình | đồ họa",
]
BREADCRUMBS = [
    "Trang chủ > Thế giới > {sec}",
    "Thế giới / {sec}",
    "Trang chủ » Multimedia » {sec}",
    "THẾ GIỚI › {SEC}",
    "Home / {sec} / Thời sự quốc tế",
    "🏠 > {sec}",
]
SHARES = [
    "Chia sẻ: Facebook | Twitter | Zalo | Email",
    "👍 Thích {n}   ↗ Chia sẻ",
    "Share  Tweet  Pin",
    "Gửi bài viết | In bài | Lưu lại",
    "f   t   in   ✉",
    "CHIA SẺ ẢNH NÀY:  Facebook · Zalo · Sao chép liên kết",
]
FOOTERS = [
    "© {y} {site}. Giấy phép số {n}/GP-BTTTT",
    "Liên hệ quảng cáo | Điều khoản sử dụng | Chính sách bảo mật",
    "Về đầu trang ↑",
    "Tổng biên tập: {ed}",
    "Địa chỉ: Tầng {f}, số {n2} đường Hàng Bột, Hà Nội - ĐT: 024 3{n}",
    "Ghi rõ nguồn \"{site}\" khi phát hành lại thông tin, hình ảnh từ website này.",
    "® Bản quyền ảnh và video thuộc về {site}",
]
RELATED_HEADS = ["Tin liên quan", "XEM THÊM", "Bài viết cùng chủ đề:", "Đọc tiếp »",
                 "Có thể bạn quan tâm", "— Tin khác —"]
TAG_HEADS = ["Tags: ", "Từ khóa: ", "TAG: ", "Chủ đề: ", "#"]
COMMENT_HEADS = ["Bình luận ({n})", "Ý kiến bạn đọc", "Viết bình luận của bạn...",
                 "Chưa có bình luận nào. Hãy là người đầu tiên!", "BÌNH LUẬN | Mới nhất · Quan tâm nhất",
                 "Gửi bình luận"]


def credit_line(r, who=None):
    ag = who or pick(r, AGENCIES)
    forms = ["Ảnh: {a}", "(Ảnh: {a})", "Nguồn ảnh: {a}", "ẢNH: {a}", "Ảnh - {a}", "Photo: {a}",
             "© {a}", "Ảnh: {a}.", "(Nguồn: {a})"]
    return pick(r, forms).format(a=ag)


def wire_credit(r):
    ag = pick(r, ["REUTERS", "AP", "AFP", "EPA-EFE", "Getty Images"])
    sh = pick(r, WIRE_SHOOTERS)
    forms = [f"Ảnh: {ag}/{sh}", f"({ag} Photo/{sh})", f"{sh} / {ag}", f"Ảnh: {sh} ({ag})",
             f"Nguồn ảnh: {ag} | {sh}", "TTXVN phát", "Ảnh: Yonhap/TTXVN", f"© {sh}/{ag}"]
    return pick(r, forms)


def illus_credit(r):
    return pick(r, ["Ảnh minh họa", "Ảnh minh hoạ.", "(Ảnh minh họa)", "Ảnh: minh họa", "ẢNH MINH HỌA",
                    "Ảnh minh họa: {a}".format(a=pick(r, AGENCIES)), "Ảnh tư liệu", "(Ảnh tư liệu)"])


def fuse_credit(r, cap, who=None):
    ag = who or pick(r, AGENCIES + PHOTOGS[:4])
    forms = [f"{cap} (Ảnh: {ag})", f"{cap} Ảnh: {ag}", f"{cap} - Ảnh: {ag}", f"{cap} Nguồn ảnh: {ag}",
             f"{cap} | Ảnh: {ag}", f"{cap} ẢNH: {ag.upper()}", f"{cap} (ảnh {ag})"]
    return pick(r, forms)


def add_when(r, cap, dm):
    """Some captions get a place/date tail the way photo desks write them."""
    d, mo, y = dm
    if r.random() < 0.35 and cap.endswith("."):
        tails = [f" Ảnh chụp ngày {d}/{mo}/{y}.", f" (Ảnh chụp hôm {d}/{mo})", f" Hình chụp ngày {d}.{mo}.{y}."]
        return cap + pick(r, tails)
    return cap


def tags_for(title):
    words = title.replace("'", " ").replace(":", " ").split()
    tags, cur = [], []
    if len(words) > 1 and not _cap_word(words[1]):
        words = words[1:]
    for w in words + ["x"]:
        if _cap_word(w) and w not in ("Ông", "Bà", "Người", "Tổng", "Phó"):
            cur.append(w)
        else:
            if cur:
                tags.append(" ".join(cur))
            cur = []
    tags = [t for t in tags if len(t) > 2][:4]
    return tags or [" ".join(words[:3])]


# --------------------------------------------------------------------------
# page builder
# --------------------------------------------------------------------------

class B:
    def __init__(self, ctx):
        self.ctx = ctx
        self.items = []
        self.roles = set()

    def f(self, kind, line):
        assert kind in KINDS
        line = re.sub(r"\s+", " ", line).strip()
        if line:
            self.items.append(("f", kind, line))

    def u(self, role, line):
        assert role in ("title", "date", "site") and role not in self.roles
        self.roles.add(role)
        self.items.append(("u", role, line))

    def p(self, sents):
        if sents:
            self.items.append(("p", list(sents)))


class Ctx:
    def __init__(self, row, story, rel_items):
        self.row = row
        self.story = story
        self.r = rng(row, "layout")
        self.rel = RelPool(rel_items, row, [norm(s) for s in story.body])
        r = rng(row, "outlet")
        self.site, self.domain = pick(r, OUTLETS)
        self.date, self.dm = fmt_date(rng(row, "date"))
        self.photog = pick(r, PHOTOGS)
        self.editor = pick(r, EDITORS)
        self.paras = self._paragraphs()
        self.forbid = {norm(s) for s in story.body}
        self.own_caps = [c for c in ([story.lead_caption] if story.lead_caption else []) + story.own_captions]
        self.fn = 0

    def _paragraphs(self):
        r = rng(self.row, "paras")
        out, cur = [], []
        want = r.choice([1, 2, 2, 3, 3, 4])
        for s in self.story.body:
            cur.append(s)
            if len(cur) >= want:
                out.append(cur)
                cur, want = [], r.choice([1, 2, 2, 3, 3, 4])
        if cur:
            out.append(cur)
        return out

    # captions --------------------------------------------------------
    def caption(self, own_first=False):
        """A photo caption: the story's own caption-like sentences first when
        asked, otherwise a short sentence from a related story."""
        if own_first and self.own_caps:
            c = self.own_caps.pop(0)
            if norm(c) not in self.forbid:
                return c
        c = self.rel.caption()
        if c is None:
            c = f"Hình ảnh liên quan đến bài viết \"{self.story.title}\""
        return add_when(self.r, c, self.dm)

    def long_caption(self):
        return self.rel.long_caption() or self.caption()

    def filename(self):
        r = self.r
        self.fn += 1
        slug = ascii_slug(self.story.title)
        forms = [f"IMG_{r.randint(1000, 9999)}.jpg", f"anh-{self.fn}.jpg", f"{slug}-{self.fn}.jpg",
                 f"DSC0{r.randint(1000, 9999)}.JPG", f"photo_{self.dm[2]}-{self.dm[1]:02d}-{self.dm[0]:02d}_{r.randint(10, 23)}-{r.randint(10, 59)}.jpg",
                 f"image00{self.fn}.png", f"thumb-600x400-{slug[:20]}.jpeg", f"screenshot-{r.randint(100, 999)}.png"]
        return pick(r, forms)


SECTIONS = ["Quân sự", "Tư liệu", "Châu Á", "Phân tích", "Hồ sơ", "Người Việt 5 châu", "Chuyện lạ", "Ảnh"]


def header(b, ctx, sec=None, menu=True, crumb=True, site=True, date_pos="after"):
    r = ctx.r
    sec = sec or pick(r, SECTIONS)
    if date_pos == "after" and r.random() < 0.25:
        date_pos = "before"
    if site:
        b.u("site", pick(r, [ctx.site, ctx.site.upper(), ctx.domain, f"{ctx.site} - {ctx.domain}"]))
    if menu:
        b.f("widget", pick(r, MENUS))
    if crumb:
        b.f("widget", pick(r, BREADCRUMBS).format(sec=sec, SEC=sec.upper()))
    if date_pos == "before":
        b.u("date", ctx.date)
    b.u("title", ctx.story.title)
    if date_pos == "after":
        b.u("date", ctx.date)


def byline_top(b, ctx):
    r = ctx.r
    forms = [f"{ctx.editor}", f"Bài: {ctx.editor} | Ảnh: {ctx.photog}", f"Theo {ctx.editor}",
             f"Tác giả: {ctx.editor}", f"{ctx.editor.upper()}", f"Bởi {ctx.editor} - Phóng viên"]
    b.f("byline", pick(r, forms))


def tail(b, ctx, video_as="caption"):
    for kind, line in ctx.story.tail:
        if kind == "vcaption":
            k = video_as
            line = pick(ctx.r, [f"Video: {line}", f"{line}", f"▶ {line}", f"VIDEO | {line}"])
            b.f(k, line)
        elif kind == "related":
            b.f("related", line)
        else:
            b.f(kind, line)


def related_block(b, ctx, n=None, teasers=False, thumbs=False):
    r = ctx.r
    b.f("widget", pick(r, RELATED_HEADS))
    for _ in range(n or r.randint(2, 4)):
        h = ctx.rel.headline()
        if not h:
            break
        if thumbs and r.random() < 0.5:
            c = ctx.rel.caption()
            if c:
                b.f("caption", c)
        b.f("related", pick(r, ["{h}", "• {h}", "» {h}", "{h} ({n})", "▶ {h}", "- {h}"]).format(h=h, n=r.randint(2, 90)))
        if teasers and r.random() < 0.6:
            t = ctx.rel.teaser()
            if t:
                b.f("related", t)


def share(b, ctx):
    b.f("widget", pick(ctx.r, SHARES).format(n=ctx.r.randint(12, 980)))


def tags(b, ctx):
    r = ctx.r
    ts = tags_for(ctx.story.title)
    head = pick(r, TAG_HEADS)
    if head == "#":
        b.f("widget", " ".join("#" + t.replace(" ", "") for t in ts))
    else:
        b.f("widget", head + pick(r, [", ", " · ", " | ", " / "]).join(ts))


def comments(b, ctx, n=None):
    r = ctx.r
    b.f("widget", pick(r, COMMENT_HEADS).format(n=r.randint(0, 60)))
    k = n if n is not None else r.randint(0, 2)
    for who, c in zip(r.sample(READERS, k), r.sample(COMMENTS, k)):
        b.f("widget", pick(r, ["{w}: {c}", "{w} - {c}", "{c} ({w})"]).format(w=who, c=c))
        if r.random() < 0.5:
            b.f("widget", pick(r, ["Trả lời · Thích · 2 giờ trước", "Thích (3) | Trả lời", "12 phút trước",
                                   "👍 5  💬 Phản hồi"]))


def footer(b, ctx, n=None):
    r = ctx.r
    fs = list(FOOTERS)
    r.shuffle(fs)
    for f in fs[: (n or r.randint(1, 3))]:
        b.f("widget", f.format(y=ctx.dm[2], site=ctx.site, n=r.randint(100, 999), ed=ctx.editor,
                               f=r.randint(2, 9), n2=r.randint(10, 99)))


def end_block(b, ctx, related=True, comm=True, teasers=False, thumbs=False):
    r = ctx.r
    if r.random() < 0.6:
        tags(b, ctx)
    share(b, ctx)
    if related:
        related_block(b, ctx, teasers=teasers, thumbs=thumbs)
    if comm and r.random() < 0.6:
        comments(b, ctx)
    footer(b, ctx)


def body_with(b, ctx, media, every=(1, 3), start=0):
    """Paragraphs with media() called between some of them."""
    r = ctx.r
    paras = ctx.paras
    gap = r.randint(*every)
    since = 0
    for i, p in enumerate(paras):
        b.p(p)
        since += 1
        if i >= start and since >= gap and i < len(paras) - 1:
            media(b, ctx)
            since, gap = 0, r.randint(*every)


# --------------------------------------------------------------------------
# layouts
# --------------------------------------------------------------------------

def lay_lead_photo_caption_below(b, ctx):
    r = ctx.r
    header(b, ctx)
    b.f("caption", ctx.caption(own_first=True))
    b.f("credit", credit_line(r))

    def m(b, ctx):
        b.f("caption", fuse_credit(r, ctx.caption(own_first=True)))
    body_with(b, ctx, m, (2, 4))
    tail(b, ctx)
    end_block(b, ctx)


def lay_lead_photo_caption_above(b, ctx):
    r = ctx.r
    header(b, ctx, menu=r.random() < 0.5)
    if r.random() < 0.5:
        byline_top(b, ctx)
    b.f("credit", pick(r, [credit_line(r), illus_credit(r)]))
    b.f("caption", ctx.caption(own_first=True))

    def m(b, ctx):
        if r.random() < 0.5:
            b.f("credit", illus_credit(r))
            b.f("caption", ctx.caption())
        else:
            b.f("caption", ctx.caption())
            b.f("credit", credit_line(r))
    body_with(b, ctx, m, (2, 3))
    tail(b, ctx)
    end_block(b, ctx, teasers=True)


def lay_inline_fused_captions(b, ctx):
    r = ctx.r
    header(b, ctx, crumb=False)
    b.f("caption", fuse_credit(r, ctx.caption(own_first=True)))

    def m(b, ctx):
        b.f("caption", fuse_credit(r, ctx.caption(own_first=r.random() < 0.5), pick(r, PHOTOGS + AGENCIES)))
    body_with(b, ctx, m, (1, 2))
    tail(b, ctx)
    b.f("byline", pick(r, [f"Ảnh: {ctx.photog}", f"Bài và ảnh: {ctx.photog}", f"{ctx.photog} (thực hiện)"]))
    end_block(b, ctx)


def lay_gallery_slideshow(b, ctx):
    r = ctx.r
    total = r.randint(6, 14)
    header(b, ctx, sec=pick(r, ["Ảnh", "Thư viện ảnh", "GALLERY"]))
    b.f("widget", pick(r, [f"📷 {total} ảnh", f"Album {total} ảnh", f"Bộ ảnh ({total})", f"{total} PHOTOS"]))
    shown = min(total, r.randint(3, 5))
    for k in range(1, shown + 1):
        b.f("widget", pick(r, [f"{k}/{total}", f"{k} / {total}", f"Ảnh {k} trên {total}", f"[{k}/{total}]"]))
        cap = ctx.caption(own_first=k == 1)
        b.f("caption", pick(r, [cap, f"Ảnh {k}: {cap}", f"{k}. {cap}"]))
        if r.random() < 0.4:
            b.f("credit", credit_line(r))
    b.f("widget", pick(r, ["‹ Trước | Sau ›", "◀  ▶", "Xem ảnh lớn", "Xem toàn bộ album »", "XEM ẢNH LỚN ⤢",
                           "Bấm vào ảnh để xem kích thước đầy đủ"]))
    for p in ctx.paras:
        b.p(p)
    tail(b, ctx)
    b.f("widget", pick(r, ["Album ảnh khác", "Các bộ ảnh khác", "THƯ VIỆN ẢNH"]))
    for _ in range(r.randint(2, 3)):
        h = ctx.rel.headline()
        if h:
            b.f("related", pick(r, [f"{h} ({r.randint(5, 30)} ảnh)", f"📷 {h}", h]))
    share(b, ctx)
    footer(b, ctx)


def lay_photo_essay(b, ctx):
    r = ctx.r
    header(b, ctx, sec="Phóng sự ảnh", menu=False)
    b.f("widget", pick(r, ["PHÓNG SỰ ẢNH", "Phóng sự ảnh", "[Photo story]", "Phóng sự ảnh |  Longform",
                           "📸 PHÓNG SỰ ẢNH"]))
    b.f("byline", pick(r, [f"Ảnh & bài: {ctx.photog}", f"Thực hiện: {ctx.photog}", f"{ctx.photog} (ảnh) - {ctx.editor} (bài)",
                           f"Ảnh: {ctx.photog} · Bài: {ctx.editor}"]))
    k = 0
    for i, p in enumerate(ctx.paras):
        if i % 2 == 0:
            k += 1
            cap = ctx.long_caption()
            b.f("caption", pick(r, [cap, f"{k}. {cap}", f"Ảnh {k}: {cap}", f"{cap} Ảnh: {ctx.photog}"]))
        b.p(p)
    k += 1
    b.f("caption", pick(r, [f"{k}. {ctx.long_caption()}", ctx.long_caption()]))
    tail(b, ctx)
    b.f("widget", pick(r, ["Phóng sự ảnh khác", "Xem thêm phóng sự ảnh", "Bộ ảnh cùng tác giả"]))
    for _ in range(2):
        h = ctx.rel.headline()
        if h:
            b.f("related", h)
    footer(b, ctx)


def _dur(r):
    return f"{r.randint(0, 5):02d}:{r.randint(0, 59):02d}"


def lay_video_story(b, ctx):
    r = ctx.r
    header(b, ctx, sec="Video")
    d = _dur(r)
    b.f("widget", pick(r, ["▶ Phát", "► PLAY", "Nhấn để xem video", "▶️ Xem video"]))
    b.f("widget", pick(r, [f"00:00 / {d}", d, f"Thời lượng: {d}", f"⏱ {d}"]))
    vc = ctx.caption(own_first=True)
    b.f("caption", pick(r, [f"Video: {vc}", vc, f"VIDEO: {vc}", f"Clip: {vc}"]))
    b.f("credit", pick(r, ["Video: Reuters", "Nguồn video: AP", "(Video: CNN)", "Video: Twitter/@"
                           + pick(r, ["anhthoisu", "goc_may_anh", "tin24_clip"]), f"Quay phim: {ctx.photog}"]))
    b.f("widget", pick(r, ["Tắt tiếng 🔇", "HD | CC | ⚙", "Chất lượng: 720p", "Tự động phát: BẬT"]))

    def m(b, ctx):
        if r.random() < 0.5:
            b.f("caption", fuse_credit(r, ctx.caption()))
        else:
            b.f("widget", pick(r, ["Quảng cáo - video sẽ tiếp tục sau 5 giây", "Xem thêm video ›", "Đang phát tiếp theo"]))
            b.f("related", ctx.rel.headline() or "Video nổi bật")
    body_with(b, ctx, m, (3, 4))
    tail(b, ctx, video_as="caption")
    b.f("widget", pick(r, ["VIDEO KHÁC", "Video mới nhất", "Xem nhiều trong tuần"]))
    for _ in range(3):
        h = ctx.rel.headline()
        if h:
            b.f("related", pick(r, [f"▶ {h} {_dur(r)}", f"{h} ({_dur(r)})", f"{_dur(r)} | {h}"]))
    end_block(b, ctx, related=False)


def lay_video_transcript(b, ctx):
    r = ctx.r
    header(b, ctx, sec="Truyền hình", crumb=r.random() < 0.5)
    b.f("caption", pick(r, ["Video: ", "Xem video: ", ""]) + ctx.caption(own_first=True))
    b.f("widget", pick(r, ["Bản ghi (transcript)", "PHỤ ĐỀ | Tiếng Việt", "Hiện lời thoại", "Transcript ▾"]))
    t = 0
    for _ in range(r.randint(3, 5)):
        t += r.randint(4, 40)
        b.f("widget", pick(r, [f"[{t // 60:02d}:{t % 60:02d}] (Tiếng còi báo động)", f"[{t // 60:02d}:{t % 60:02d}] ♪ Nhạc nền ♪",
                               f"{t // 60}:{t % 60:02d} — (âm thanh hiện trường)", f"[{t // 60:02d}:{t % 60:02d}] NGƯỜI DẪN:",
                               f"[{t // 60:02d}:{t % 60:02d}] (Tiếng vỗ tay)", f"({t // 60:02d}:{t % 60:02d}) [Tiếng Anh]"]))
    b.f("widget", pick(r, ["Ẩn bản ghi", "Thu gọn ▴", "— Hết phụ đề —"]))
    b.f("credit", pick(r, ["Nguồn: Reuters TV", "Video: AFPTV", f"Dựng: {ctx.photog}", "Video & dịch: Ban Quốc tế"]))
    for p in ctx.paras:
        b.p(p)
    tail(b, ctx)
    end_block(b, ctx)


def lay_infographic(b, ctx):
    r = ctx.r
    header(b, ctx, sec="Infographic")
    byline_top(b, ctx)
    nums = re.findall(r"\d+(?:[.,]\d+)?", " ".join(ctx.story.body))[:6] or ["12", "30", "45"]
    half = max(1, len(ctx.paras) // 2)
    for p in ctx.paras[:half]:
        b.p(p)
    b.f("caption", pick(r, ["INFOGRAPHIC: ", "Đồ họa: ", "[Infographic] ", ""]) + ctx.story.title.upper()[:80]
        if r.random() < 0.5 else f"Infographic: {tags_for(ctx.story.title)[0]} qua các con số")
    for n in nums[: r.randint(2, 4)]:
        b.f("widget", pick(r, [f"{n}", f"» {n}", f"{n} ▲", f"Con số: {n}"]))
    b.f("widget", pick(r, ["2015 | 2016 | 2017 | 2018", "Q1  Q2  Q3  Q4", "T1 T2 T3 T4 T5 T6", "Đơn vị: triệu USD",
                           "Đơn vị tính: %"]))
    b.f("credit", pick(r, ["Nguồn: Reuters, Bloomberg", "Nguồn số liệu: Ngân hàng Thế giới", f"Đồ họa: {ctx.photog}",
                           f"Thiết kế: {ctx.photog} | Số liệu: AFP", "NGUỒN: LIÊN HỢP QUỐC"]))
    b.f("widget", pick(r, ["Bấm vào ảnh để phóng to", "🔍 Xem infographic cỡ lớn", "Tải infographic (PDF)"]))
    for p in ctx.paras[half:]:
        b.p(p)
    tail(b, ctx)
    end_block(b, ctx)


def lay_chart(b, ctx):
    r = ctx.r
    header(b, ctx, crumb=False)

    def m(b, ctx):
        if getattr(ctx, "_chart", False):
            b.f("caption", fuse_credit(r, ctx.caption()))
            return
        ctx._chart = True
        b.f("caption", pick(r, ["Biểu đồ: ", "BIỂU ĐỒ | ", "Hình 1. ", "Diễn biến "]) + pick(
            r, ["số người bị ảnh hưởng theo tháng", "chi tiêu quốc phòng (tỷ USD)", "tỷ lệ ủng hộ qua các cuộc thăm dò",
                "lượng khách du lịch 2016-2019", "số vụ việc được ghi nhận theo năm"]))
        b.f("widget", pick(r, ["■ Năm 2018   ■ Năm 2019", "— Dự báo   — Thực tế", "● Nam  ● Nữ", "▲ Tăng ▼ Giảm"]))
        b.f("widget", pick(r, ["0   25   50   75   100", "0 | 200 | 400 | 600", "0% 10% 20% 30%", "100 -- 80 -- 60 -- 40"]))
        b.f("credit", pick(r, ["Nguồn: Statista", "Số liệu: Gallup", "Nguồn dữ liệu: IMF", "Biểu đồ: " + ctx.photog]))
        b.f("widget", pick(r, ["Tải dữ liệu (CSV)", "Xem bảng số liệu ▾", "Created with Datawrapper", "Biểu đồ tương tác - di chuột để xem chi tiết"]))
    body_with(b, ctx, m, (1, 3))
    tail(b, ctx)
    end_block(b, ctx, teasers=True)


def lay_map_embed(b, ctx):
    r = ctx.r
    header(b, ctx, sec=pick(r, ["Bản đồ", "Thế giới"]))
    maps = [c for c in ctx.own_caps if c.startswith("Vị trí")]
    for c in maps:
        ctx.own_caps.remove(c)

    def m(b, ctx):
        if getattr(ctx, "_map", False):
            b.f("caption", ctx.caption(own_first=True))
            return
        ctx._map = True
        b.f("widget", pick(r, ["+", "Phóng to | Thu nhỏ", "[+] [−]", "⊕ ⊖ ⤢"]))
        cap = maps.pop(0) if maps else pick(r, ["Vị trí xảy ra sự việc (chấm đỏ).", "Bản đồ khu vực được đề cập trong bài.",
                                                 "Vị trí nơi diễn ra sự kiện, theo Google Maps", "Khu vực (khoanh đỏ) trên bản đồ."])
        b.f("caption", cap)
        b.f("credit", pick(r, ["© OpenStreetMap contributors", "Đồ họa: Google Maps", f"Dữ liệu bản đồ ©{ctx.dm[2]} Google",
                               "Bản đồ: " + ctx.photog, "Nguồn: Google Earth"]))
    body_with(b, ctx, m, (1, 2))
    for c in maps:
        b.f("caption", c)
    tail(b, ctx)
    end_block(b, ctx)


def lay_cartoon_strip(b, ctx):
    r = ctx.r
    header(b, ctx, sec=pick(r, ["Biếm họa", "Cười"]))
    for p in ctx.paras[:1]:
        b.p(p)
    b.f("widget", pick(r, ["BIẾM HỌA", "Tranh vui", "[Truyện tranh]", "Biếm họa cuối tuần"]))
    for k in range(1, r.randint(2, 4) + 1):
        b.f("widget", pick(r, [f"Khung {k}", f"({k})", f"Hình {k}", f"#{k}"]))
    b.f("caption", pick(r, ["Tranh: ", "Biếm họa: ", ""]) + pick(
        r, ["Khi mọi ánh mắt đổ dồn về một phía", "Ai mới là người nắm quyền điều khiển?", "Chờ đến bao giờ?",
            "Hai bên cùng ngồi vào bàn... và cùng đứng dậy", "Cuộc đua chưa có hồi kết"]))
    b.f("credit", pick(r, [f"Tranh: {ctx.photog}", f"Biếm họa của {ctx.photog}", "© Họa sĩ Bút Chì", f"Vẽ: {ctx.photog}"]))
    for p in ctx.paras[1:]:
        b.p(p)
    tail(b, ctx)
    b.f("widget", pick(r, ["Xem thêm tranh vui »", "Tranh biếm họa khác", "Góc cười"]))
    related_block(b, ctx, n=2)
    footer(b, ctx)


def lay_podcast_audio(b, ctx):
    r = ctx.r
    header(b, ctx, sec="Podcast", menu=r.random() < 0.7)
    d = _dur(r)
    b.f("widget", pick(r, ["🎧 Nghe bài viết", "NGHE PODCAST", "Nghe tin này", "▶ Nghe audio"]))
    b.f("widget", pick(r, [f"0:00 / {d}", f"{d}", f"Thời lượng {d}", f"00:00 ━━━━━━ {d}"]))
    b.f("widget", pick(r, ["Tốc độ: 1x", "1.0x  1.25x  1.5x", "⏪ 15s   ⏩ 15s", "Giọng đọc: Nữ miền Bắc", "Giọng: Nam miền Nam ▾"]))
    if r.random() < 0.7:
        b.f("caption", pick(r, ["Ảnh bìa: ", "", "Minh họa tập này: "]) + ctx.caption(own_first=True))
    b.f("credit", pick(r, [f"Giọng đọc: {ctx.editor}", "Âm thanh: Ban Podcast", f"Biên tập audio: {ctx.photog}", "Audio tạo tự động"]))
    for p in ctx.paras:
        b.p(p)
    tail(b, ctx)
    b.f("widget", pick(r, ["Tải về MP3", "Đăng ký trên Spotify | Apple Podcasts", "Nghe các tập khác"]))
    for k in range(r.randint(2, 3)):
        h = ctx.rel.headline()
        if h:
            b.f("related", pick(r, [f"Tập {r.randint(10, 99)}: {h}", f"🎧 {h}", f"{h} - {_dur(r)}"]))
    end_block(b, ctx, related=False)


def lay_live_tv_clip(b, ctx):
    r = ctx.r
    header(b, ctx, sec="Truyền hình")
    b.f("widget", pick(r, ["● TRỰC TIẾP", "LIVE", "🔴 Đang phát sóng", "TRUYỀN HÌNH TRỰC TIẾP"]))
    ch = pick(r, ["Kênh Thời Sự 24/7", "Duyên Hải TV", "NamChau TV", "Kênh Quốc tế HV1"])
    b.f("widget", pick(r, [f"Kênh: {ch}", f"{ch} | Bản tin 19h", f"{ch.upper()}", f"Đang xem: {ch}"]))
    b.f("caption", pick(r, ["Clip: ", "Bản tin: ", ""]) + ctx.caption(own_first=True))
    b.f("credit", pick(r, [f"(Nguồn: {ch})", f"Video: {ch}", f"Nguồn: {ch}/Reuters", f"Trích từ {ch}"]))

    def m(b, ctx):
        b.f("widget", pick(r, ["Xem lại", "Lịch phát sóng", "Xem lại các bản tin ›", "Tiếp theo: Bản tin Thế giới 21h"]))
    body_with(b, ctx, m, (3, 5))
    tail(b, ctx)
    end_block(b, ctx)


def lay_alt_text_leak(b, ctx):
    r = ctx.r
    header(b, ctx)
    b.f("widget", ctx.filename())
    cap = ctx.caption(own_first=True)
    b.f("caption", pick(r, [f"[Ảnh: {cap}]", f"alt=\"{cap}\"", cap, f"Hình: {cap}"]))

    def m(b, ctx):
        if r.random() < 0.5:
            b.f("widget", ctx.filename())
        c = ctx.caption(own_first=r.random() < 0.4)
        b.f("caption", pick(r, [f"[{c}]", c, f"Image: {c}", f"{c} {ctx.filename()}"]))
    body_with(b, ctx, m, (1, 3))
    tail(b, ctx)
    if r.random() < 0.5:
        b.f("widget", pick(r, ["[image]", ctx.filename(), "<img>", "Ảnh lỗi - không tải được"]))
    end_block(b, ctx)


def lay_lightbox_zoom(b, ctx):
    r = ctx.r
    header(b, ctx, crumb=r.random() < 0.5)
    b.f("caption", ctx.caption(own_first=True))
    b.f("widget", pick(r, ["🔍 Phóng to", "Click để xem ảnh lớn", "Nhấn vào ảnh để phóng to", "⤢ Toàn màn hình"]))

    def m(b, ctx):
        n = r.randint(2, 9)
        b.f("widget", pick(r, [f"Ảnh {r.randint(1, n)} / {n}", "✕ Đóng", "Tải ảnh gốc", "Chia sẻ ảnh", "⟲ Xoay  ⤓ Tải về"]))
        b.f("caption", fuse_credit(r, ctx.caption()) if r.random() < 0.5 else ctx.caption())
        if r.random() < 0.4:
            b.f("widget", pick(r, ["‹ Ảnh trước", "Ảnh tiếp ›", "ESC để thoát"]))
    body_with(b, ctx, m, (1, 3))
    tail(b, ctx)
    end_block(b, ctx)


def lay_lazy_placeholders(b, ctx):
    r = ctx.r
    header(b, ctx, site=r.random() < 0.8)
    b.f("widget", pick(r, ["Đang tải ảnh...", "Loading...", "Hình ảnh đang được tải", "⏳ đang tải"]))
    b.f("caption", ctx.caption(own_first=True))

    def m(b, ctx):
        b.f("widget", pick(r, ["[image]", "Đang tải...", "Bật JavaScript để xem ảnh", "placeholder.gif",
                               "data-src", "Ảnh sẽ hiển thị khi bạn cuộn tới", "▒▒▒▒▒▒"]))
        if r.random() < 0.6:
            b.f("caption", ctx.caption())
    body_with(b, ctx, m, (1, 2))
    tail(b, ctx)
    b.f("widget", pick(r, ["Tải thêm bài viết", "Đang tải thêm ↓", "Xem thêm ▾"]))
    end_block(b, ctx)


def lay_agency_credits(b, ctx):
    r = ctx.r
    header(b, ctx)
    cap = ctx.caption(own_first=True)
    b.f("caption", cap)
    b.f("credit", wire_credit(r))

    def m(b, ctx):
        c = ctx.caption()
        form = r.randrange(3)
        if form == 0:
            b.f("caption", f"{c} {wire_credit(r)}")
        elif form == 1:
            b.f("credit", wire_credit(r))
            b.f("caption", c)
        else:
            b.f("caption", c)
            b.f("credit", wire_credit(r))
    body_with(b, ctx, m, (1, 3))
    tail(b, ctx)
    if not any(k == "byline" for k, _ in ctx.story.tail):
        b.f("byline", pick(r, [f"{ctx.editor} (tổng hợp)", f"{ctx.editor} (Theo {pick(r, AGENCIES)})",
                               f"Biên dịch: {ctx.editor}", f"{ctx.editor} - {pick(r, AGENCIES)}"]))
    end_block(b, ctx)


def lay_mobile_swipe(b, ctx):
    r = ctx.r
    b.u("site", pick(r, [ctx.domain, ctx.site]))
    b.f("widget", pick(r, ["☰", "≡  🔍", "← Quay lại", "Mở trong ứng dụng"]))
    b.u("title", ctx.story.title)
    b.f("widget", pick(r, [f"{r.randint(2, 9)} phút đọc", "Nghe | Lưu | Chia sẻ", "⏱ 4 phút", "A- A+"]))
    b.u("date", ctx.date)
    b.f("caption", ctx.caption(own_first=True))
    b.f("credit", illus_credit(r) if r.random() < 0.4 else credit_line(r))

    def m(b, ctx):
        b.f("widget", pick(r, ["Vuốt để xem thêm ảnh →", "• • ○ ○", "⟵ vuốt ⟶", "Chạm để xem ảnh"]))
        b.f("caption", ctx.caption())
    body_with(b, ctx, m, (2, 3))
    tail(b, ctx)
    b.f("widget", pick(r, ["Đọc tiếp trên ứng dụng", "Tải app " + ctx.site, "Về trang chủ"]))
    related_block(b, ctx, n=3, thumbs=True)
    footer(b, ctx, 1)


def lay_before_after(b, ctx):
    r = ctx.r
    header(b, ctx)

    def m(b, ctx):
        if getattr(ctx, "_ba", False):
            b.f("caption", ctx.caption(own_first=True))
            return
        ctx._ba = True
        b.f("widget", pick(r, ["Kéo để so sánh ↔", "TRƯỚC | SAU", "◀ Trước ▶ Sau", "Di chuyển thanh trượt để xem trước và sau"]))
        b.f("widget", pick(r, ["Trước", "Ảnh trước", "BEFORE"]))
        b.f("widget", pick(r, ["Sau", "Ảnh sau", "AFTER"]))
        b.f("caption", pick(r, ["Hình ảnh vệ tinh chụp khu vực trước và sau sự việc.",
                                "Ảnh vệ tinh cho thấy sự thay đổi trong vài tuần.",
                                f"Khu vực trên ảnh vệ tinh tháng {ctx.dm[1]}/{ctx.dm[2]} (phải) so với một năm trước (trái)",
                                "So sánh hai thời điểm (kéo thanh giữa)"]))
        b.f("credit", pick(r, ["Ảnh vệ tinh: Maxar Technologies", "Ảnh: Planet Labs", "Nguồn: DigitalGlobe",
                               "Ảnh vệ tinh © Airbus DS"]))
    body_with(b, ctx, m, (1, 2))
    tail(b, ctx)
    end_block(b, ctx)


def lay_multimedia_longform(b, ctx):
    r = ctx.r
    header(b, ctx, menu=False, crumb=False, sec="E-magazine")
    b.f("widget", pick(r, ["E-MAGAZINE", "Longform", "[ Cuộn xuống để đọc ▼ ]", "Multimedia"]))
    b.f("caption", ctx.long_caption())
    sec = 0

    def m(b, ctx):
        nonlocal sec
        sec += 1
        kind = r.randrange(4)
        if kind == 0:
            b.f("widget", pick(r, [f"PHẦN {sec}", f"{sec}.", f"Chương {sec}", f"— {sec:02d} —"]))
        elif kind == 1:
            b.f("caption", f"(Video lặp) {ctx.caption()}" if r.random() < 0.5 else ctx.long_caption())
        elif kind == 2:
            b.f("caption", ctx.caption())
            b.f("credit", credit_line(r, ctx.photog))
        else:
            b.f("widget", pick(r, ["🔊 Bật âm thanh để có trải nghiệm tốt nhất", "Âm thanh: BẬT/TẮT", "▶ Nghe đoạn ghi âm (0:42)"]))
    body_with(b, ctx, m, (1, 2))
    tail(b, ctx)
    b.f("widget", pick(r, ["Thực hiện:", "Ê-kíp thực hiện", "BAN BIÊN TẬP"]))
    b.f("byline", pick(r, [f"Nội dung: {ctx.editor}", f"Bài: {ctx.editor}", f"Biên tập: {ctx.editor}"]))
    b.f("credit", pick(r, [f"Ảnh: {ctx.photog}, {pick(r, AGENCIES)}", f"Ảnh - Video: {ctx.photog}", f"Hình ảnh: {pick(r, AGENCIES)}"]))
    b.f("credit", pick(r, [f"Đồ họa: {pick(r, PHOTOGS)}", f"Thiết kế: {pick(r, PHOTOGS)}", f"Trình bày: {pick(r, PHOTOGS)}"]))
    footer(b, ctx, 2)


def lay_social_photo_embed(b, ctx):
    r = ctx.r
    header(b, ctx)
    b.f("caption", ctx.caption(own_first=True))
    handle = pick(r, ["@anhthoisu", "@goc_may_anh", "@tinnhanh.clip", "@namchau.news", "@lens.of.asia"])

    def m(b, ctx):
        if getattr(ctx, "_emb", False):
            b.f("caption", fuse_credit(r, ctx.caption(), "Instagram/" + handle))
            return
        ctx._emb = True
        b.f("widget", pick(r, ["Xem bài viết này trên Instagram", "Xem ảnh trên Twitter", "Mở trong Facebook", "View this post on Instagram"]))
        b.f("widget", pick(r, [f"Một bài đăng được chia sẻ bởi {handle}", f"{handle} · Theo dõi", f"Bài viết của {handle}"]))
        b.f("widget", pick(r, [f"pic.twitter.com/{ascii_slug(ctx.story.title, 1)[:4]}{r.randint(1000, 9999)}",
                               f"♥ {r.randint(100, 9000)} lượt thích", f"{r.randint(1, 28)} tháng {ctx.dm[1]}, {ctx.dm[2]}"]))
        b.f("caption", ctx.caption())
        b.f("credit", pick(r, [f"Ảnh: Instagram/{handle}", f"(Ảnh: Twitter {handle})", f"Nguồn: Facebook {handle}", f"Ảnh cắt từ video của {handle}"]))
    body_with(b, ctx, m, (1, 3))
    tail(b, ctx)
    end_block(b, ctx)


def lay_photo_grid_print(b, ctx):
    """E-paper / print page with several pictures whose captions sit in a
    block under the story (photo numbers in brackets)."""
    r = ctx.r
    b.u("site", pick(r, [f"{ctx.site} - Báo in", f"{ctx.site.upper()} | E-PAPER", ctx.site]))
    b.f("widget", pick(r, [f"Số {r.randint(100, 999)} - Trang {r.randint(2, 16)}", f"Trang {r.randint(2, 16)}",
                           "Xem bản PDF", "<< Trang trước | Trang sau >>"]))
    b.u("date", ctx.date)
    b.u("title", ctx.story.title)
    for p in ctx.paras:
        b.p(p)
    tail(b, ctx)
    n = r.randint(2, 4)
    for k in range(1, n + 1):
        c = ctx.caption(own_first=k == 1)
        b.f("caption", pick(r, [f"[{k}] {c}", f"Ảnh {k}: {c}", f"({k}) {c}", f"Ảnh trên: {c}" if k == 1 else f"Ảnh dưới: {c}"]))
    b.f("credit", pick(r, [f"Ảnh: {ctx.photog}, {pick(r, AGENCIES)}", f"ẢNH: {pick(r, AGENCIES)}",
                           f"Ảnh (1, 2): {pick(r, AGENCIES)}; ảnh (3): {ctx.photog}"]))
    footer(b, ctx, 1)


LAYOUTS = [
    ("lead_photo_caption_below", lay_lead_photo_caption_below),
    ("lead_photo_caption_above", lay_lead_photo_caption_above),
    ("inline_fused_captions", lay_inline_fused_captions),
    ("gallery_slideshow", lay_gallery_slideshow),
    ("photo_essay", lay_photo_essay),
    ("video_story", lay_video_story),
    ("video_transcript", lay_video_transcript),
    ("infographic", lay_infographic),
    ("chart_embed", lay_chart),
    ("map_embed", lay_map_embed),
    ("cartoon_strip", lay_cartoon_strip),
    ("podcast_audio", lay_podcast_audio),
    ("live_tv_clip", lay_live_tv_clip),
    ("alt_text_filename_leak", lay_alt_text_leak),
    ("lightbox_zoom", lay_lightbox_zoom),
    ("lazy_load_placeholders", lay_lazy_placeholders),
    ("agency_wire_credits", lay_agency_credits),
    ("mobile_swipe_photos", lay_mobile_swipe),
    ("before_after_slider", lay_before_after),
    ("multimedia_longform", lay_multimedia_longform),
    ("social_photo_embed", lay_social_photo_embed),
    ("epaper_photo_block", lay_photo_grid_print),
]
LAYOUT_NAMES = [n for n, _ in LAYOUTS]


# --------------------------------------------------------------------------
# faults
# --------------------------------------------------------------------------

FAULTS = ("nbsp", "zwsp", "double_space", "nfd", "glued")


def _inner_space_edit(r, s, rep):
    idx = [m.start() for m in re.finditer(" ", s)]
    if not idx:
        return s
    for i in sorted(r.sample(idx, min(len(idx), r.randint(1, 3))), reverse=True):
        s = s[:i] + rep + s[i + 1:]
    return s


def _zwsp(r, s):
    words = [m for m in re.finditer(r"[^\W\d_]{4,}", s)]
    if not words:
        return s
    for m in sorted(r.sample(words, min(len(words), r.randint(1, 2))), key=lambda m: -m.start()):
        k = m.start() + r.randint(1, len(m.group()) - 1)
        s = s[:k] + "\u200b" + s[k:]
    return s


def apply_faults(items, row):
    r = rng(row, "faults")
    if r.random() >= FAULT_RATE:
        return items, []
    chosen = r.sample(FAULTS, r.choice([1, 1, 2]))
    out = []
    for it in items:
        if it[0] == "p":
            out.append(["p", list(it[1])])
        else:
            out.append(list(it))
    if "glued" in chosen:
        cands = [i for i, it in enumerate(out) if it[0] == "p" and len(it[1]) >= 2
                 and any(it[1][j].endswith(".") for j in range(len(it[1]) - 1))]
        if cands:
            it = out[r.choice(cands)]
            js = [j for j in range(len(it[1]) - 1) if it[1][j].endswith(".")]
            j = r.choice(js)
            it[1][j:j + 2] = [it[1][j] + it[1][j + 1]]
        else:
            chosen.remove("glued")
    for name, fn in (("nbsp", lambda s: _inner_space_edit(r, s, "\u00a0")),
                     ("double_space", lambda s: _inner_space_edit(r, s, "  ")),
                     ("zwsp", lambda s: _zwsp(r, s))):
        if name not in chosen:
            continue
        for it in out:
            if it[0] == "p":
                it[1] = [fn(s) if r.random() < 0.5 else s for s in it[1]]
            elif r.random() < 0.3:
                it[2] = fn(it[2])
    if "nfd" in chosen:
        for it in out:
            if it[0] == "p":
                it[1] = [unicodedata.normalize("NFD", s) for s in it[1]]
            else:
                it[2] = unicodedata.normalize("NFD", it[2])
    return [tuple(it) for it in out], sorted(chosen)


# --------------------------------------------------------------------------
# assembling and checking
# --------------------------------------------------------------------------

def assemble(items, layout):
    lines, body, fur = [], [], []
    for it in items:
        if it[0] == "p":
            body.extend(it[1])
            lines.append(" ".join(it[1]))
        elif it[0] == "f":
            fur.append((it[1], it[2]))
            lines.append(it[2])
        else:
            lines.append(it[2])
    return Page("\n".join(lines), body, fur, layout)


def check_page(p):
    """Raise ValueError unless p satisfies the whole page contract."""
    if not isinstance(p, Page) or not isinstance(p.text, str) or not p.text:
        raise ValueError("bad page object")
    lines = p.text.split("\n")
    for ln in lines:
        if not ln.strip() or ln != ln.strip():
            raise ValueError(f"blank or unstripped line: {ln!r}")
    if not p.body:
        raise ValueError("empty body")
    for s in p.body:
        if not isinstance(s, str) or not s or "\n" in s or s not in p.text or s != s.strip():
            raise ValueError(f"bad body item: {s!r}")
    for k, ln in p.furniture:
        if k not in KINDS:
            raise ValueError(f"bad kind {k}")
    bnorm = {norm(s) for s in p.body}
    for k, ln in p.furniture:
        if norm(ln) in bnorm:
            raise ValueError(f"furniture equals a body sentence: {ln!r}")
    bi = fi = unl = 0
    for ln in lines:
        if fi < len(p.furniture) and ln == p.furniture[fi][1]:
            fi += 1
            continue
        done = False
        for n in range(1, 5):
            if bi + n <= len(p.body) and ln == " ".join(p.body[bi:bi + n]):
                bi += n
                done = True
                break
        if done:
            continue
        unl += 1
        if norm(ln) in bnorm:
            raise ValueError("unlabelled line equals a body sentence")
    if bi != len(p.body) or fi != len(p.furniture):
        raise ValueError(f"lines do not account for body/furniture ({bi}/{len(p.body)}, {fi}/{len(p.furniture)})")
    if unl > 3:
        raise ValueError(f"{unl} unlabelled lines")
    return True


FAULT_LOG = {}


def pages(train_path):
    body_rows, related_rows = read_rows(train_path)
    rel_items = build_related(related_rows)
    out = []
    FAULT_LOG.clear()
    for k, (row, title, article) in enumerate(body_rows):
        name, fn = LAYOUTS[k % len(LAYOUTS)]
        story = extract_story(title, article)
        ctx = Ctx(row, story, rel_items)
        b = B(ctx)
        fn(b, ctx)
        if sum(len(it[1]) for it in b.items if it[0] == "p") != len(story.body):
            raise ValueError(f"row {row}: layout {name} lost body sentences")
        items, faults = apply_faults(b.items, row)
        FAULT_LOG[row] = faults
        page = assemble(items, name)
        check_page(page)
        out.append(page)
    return out


def main(argv):
    if len(argv) != 2:
        print("usage: make.py TRAIN.jsonl.gz", file=sys.stderr)
        return 2
    ps = pages(argv[1])
    per = defaultdict(lambda: Counter())
    tot = Counter()
    for p in ps:
        c = per[p.layout]
        c["pages"] += 1
        c["body"] += len(p.body)
        for k, _ in p.furniture:
            c[k] += 1
    cols = ["pages", "body"] + list(KINDS)
    print(f"{'layout':28s} " + " ".join(f"{c:>8s}" for c in cols))
    for name in LAYOUT_NAMES:
        c = per.get(name, Counter())
        tot.update(c)
        print(f"{name:28s} " + " ".join(f"{c[x]:8d}" for x in cols))
    print(f"{'TOTAL':28s} " + " ".join(f"{tot[x]:8d}" for x in cols))
    fc = Counter(f for fs in FAULT_LOG.values() for f in fs)
    nf = sum(1 for fs in FAULT_LOG.values() if fs)
    print(f"furniture lines: {sum(tot[k] for k in KINDS)}")
    print(f"pages with faults: {nf} / {len(ps)}")
    print("faults: " + ", ".join(f"{f}={fc[f]}" for f in FAULTS))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
