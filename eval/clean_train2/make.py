"""Page maker "train2": markup and scraping artefacts (TRAINING data for the line model).

Builds scraped-looking Vietnamese news pages from VietNews train rows, with every line
labelled: the story's own sentences (body) and furniture lines by kind
(byline, credit, caption, related, widget); at most three lines stay unlabelled
(the title, one date/time line and one site-name line).

Usage: python eval/clean_train2/make.py /work/shared/data/vietnews_train.jsonl.gz
Standard library only.
"""

from __future__ import annotations

import datetime
import gzip
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from typing import NamedTuple

SEED = 4802
BODY_ROWS = range(10_200, 10_300)
RELATED_ROWS = range(10_300, 10_400)
LAST_ROW = max(BODY_ROWS.stop, RELATED_ROWS.stop) - 1
RELATED_CUT = 1200
KINDS = ("byline", "credit", "caption", "related", "widget")
FAULT_RATE = 0.25


class Page(NamedTuple):
    text: str
    body: list
    furniture: list
    layout: str


def rng_for(row, purpose) -> random.Random:
    return random.Random(f"train2|{SEED}|{row}|{purpose}")


# --------------------------------------------------------------------------- reading


def read_rows(train_path) -> dict:
    """Stream the gz file once; return {row: (title, article)} for usable rows in range.

    Rows are physical lines split only on b"\\n"; reading stops after LAST_ROW.
    """
    wanted_lo = min(BODY_ROWS.start, RELATED_ROWS.start)
    out = {}
    with gzip.open(train_path, "rb") as fh:
        for i, raw in enumerate(fh):
            if i > LAST_ROW:
                break
            if i < wanted_lo or not (i in BODY_ROWS or i in RELATED_ROWS):
                continue
            if not raw.strip():
                continue
            try:
                obj = json.loads(raw.decode("utf-8"))
            except ValueError:  # includes UnicodeDecodeError and JSONDecodeError
                continue
            if not isinstance(obj, dict):
                continue
            title, article = obj.get("title"), obj.get("article")
            if not isinstance(title, str) or not isinstance(article, str):
                continue
            if not title.strip() or not article.strip():
                continue
            out[i] = (title, article)
            if i >= LAST_ROW:
                break
    return out


# --------------------------------------------------------------------------- sentences

ABBR = {
    "tp", "ts", "pgs", "gs", "ths", "bs", "ks", "ls", "th.s", "mr", "mrs", "ms", "dr",
    "st", "co", "ltd", "inc", "jr", "sr", "vs", "v.v", "tt", "q", "p", "no", "mt",
    "ubnd", "tx", "h", "ng", "cn", "tnhh", "ctcp", "pgs.ts", "gs.ts", "ths.bs", "bsckii",
}
TERMINAL = ".!?…"
QUOTES = '"“”'
UPPER_START = re.compile(r"[A-ZÀ-ỸĐ0-9\"“(]")


def _ws(s: str) -> str:
    return " ".join(s.split())


def split_sentences(text: str) -> list:
    """Split Vietnamese news prose into sentences.

    Quoted speech stays together (no split while a double quote is open; the
    article's quote count must be even for this to apply). Abbreviations such as
    TP., TS., PGS. and single capital initials do not end a sentence.
    """
    text = _ws(text)
    n = len(text)
    track_quotes = sum(text.count(q) for q in QUOTES) % 2 == 0
    inside = False
    out, start = [], 0
    i = 0
    while i < n:
        ch = text[i]
        cut = None
        if ch in QUOTES and track_quotes:
            inside = not inside
            if not inside:
                # closing quote right after terminal punctuation, then a new capitalised start
                j = i - 1
                while j >= 0 and text[j] == " ":
                    j -= 1
                if j >= 0 and text[j] in TERMINAL and i + 2 < n and text[i + 1] == " " \
                        and UPPER_START.match(text[i + 2]) and text[i + 2] not in QUOTES:
                    cut = i + 1
        elif ch in TERMINAL and not inside:
            k = i
            while k + 1 < n and text[k + 1] in TERMINAL:
                k += 1
            if k + 2 < n and text[k + 1] == " " and UPPER_START.match(text[k + 2]):
                word = text[start:i].rsplit(" ", 1)[-1]
                last_seg = word.rsplit(".", 1)[-1]
                is_abbr = ch == "." and (
                    word.lower() in ABBR
                    or (len(last_seg) == 1 and last_seg.isupper())
                )
                if not is_abbr:
                    cut = k + 1
            i = k
        if cut is not None:
            piece = text[start:cut].strip()
            if piece:
                out.append(piece)
            start = cut
        i += 1
    piece = text[start:].strip()
    if piece:
        out.append(piece)
    return out


def ends_terminal(s: str) -> bool:
    s = s.rstrip()
    if not s:
        return False
    if s[-1] in TERMINAL:
        return True
    if s[-1] in QUOTES:
        t = s[:-1].rstrip()
        return bool(t) and t[-1] in TERMINAL + QUOTES
    return False


NOISE = re.compile(
    r"(Ảnh\s*:|\(ảnh|ảnh\s*:|Video\s*:|Clip\s*:|Đồ hoạ|Đồ họa|Xem thêm|Nguồn\s*:|Xem video|"
    r"Mời độc giả|minh hoạ|minh họa|Infographic|Click|\bTheo\s+(AFP|AP|Reuters)\s*$)",
    re.IGNORECASE,
)
# a fused sub-heading or video title: a capitalised sentence opener right after a lower-case word
FUSED = re.compile(
    r"[a-zà-ỹđ0-9] (Sau|Theo|Trong|Các|Những|Khi|Tuy|Ngoài|Hiện|Từ|Với|Đây|Điều|Tại|Hôm|Dù|Nhưng|"
    r"Cũng|Để|Do|Vì|Nếu|Thế|Còn|Chính|Luôn|Hai|Ba|Bốn|Năm|Ông|Bà) [a-zà-ỹđ]"
)
PREDICATE = re.compile(
    r"\b(đã|sẽ|đang|được|bị|là|có|không|chưa|cũng|vẫn|nói|cho biết|sau đó|nhưng|tuy nhiên|vì|nên|phải|cần|muốn)\b",
    re.IGNORECASE,
)
NAME_WORD = re.compile(r"^[A-ZÀ-ỸĐ][a-zà-ỹđ]*$")
TRAIL = re.compile(r"^(?P<name>[^()]+?)\s*(?P<par>\((?:Theo|Video|Ảnh|Tổng hợp)[^()]*\))?$")


def _looks_name(s: str) -> bool:
    words = s.split()
    return 2 <= len(words) <= 4 and all(NAME_WORD.match(w) for w in words)


class Story(NamedTuple):
    body: list          # story sentences
    captions: list      # caption lines taken from the article (lead photo, inline photos)
    trail: list         # (kind, line) trailing byline/credit lines


def extract_story(article: str) -> Story:
    sents = split_sentences(article)
    trail = []
    if sents and not ends_terminal(sents[-1]):
        last = sents.pop()
        m = TRAIL.match(last)
        if last.startswith("Theo ") and len(last.split()) <= 6:
            trail.append(("credit", last))
        elif m and _looks_name(m.group("name")):
            trail.append(("byline", last))
        # otherwise: a fused video title / note -> left off the page
    elif sents and re.match(r"^\(?Theo [^.]{2,40}\.?\)?$", sents[-1]):
        trail.append(("credit", sents.pop()))
    captions, body = [], []
    for idx, s in enumerate(sents):
        words = len(s.split())
        if idx == 0:
            # VietNews opens with the lead photo's caption
            if words <= 25 and not any(q in s for q in QUOTES) and not NOISE.search(s):
                captions.append(s)
            continue
        if re.match(r"^(Ảnh|Ảnh minh hoạ|Video|Clip)\b", s):
            # fused photo credit: the sentence before it was a photo caption
            if body and len(body[-1].split()) <= 30 and not any(q in body[-1] for q in QUOTES):
                captions.append(body.pop())
            continue
        if NOISE.search(s) or FUSED.search(s) or s.startswith("Vị trí ") or s.startswith("*"):
            continue
        if words < 6 or words > 90 or not ends_terminal(s):
            continue
        if words < 10 and s[0] not in QUOTES and not PREDICATE.search(s):
            continue  # short nominal line: most likely a photo caption fused into the text
        body.append(s)
    return Story(body, captions, trail)


class Other(NamedTuple):
    row: int
    title: str
    teasers: list
    captions: list


def related_material(row: int, title: str, article: str) -> Other:
    """Another story's text, from its title and the first RELATED_CUT characters only.

    The whole article is split (so quotes pair up correctly) and only sentences that end
    within the cut are kept: a sentence cut off by the limit is dropped.
    """
    art = _ws(article)
    sents, pos = [], 0
    for s in split_sentences(art):
        at = art.find(s, pos)
        end = at + len(s)
        if at < 0 or end > RELATED_CUT:
            break
        sents.append(s)
        pos = end
    teasers, caps = [], []
    for idx, s in enumerate(sents):
        if NOISE.search(s) or FUSED.search(s) or not ends_terminal(s) or s.startswith("Vị trí "):
            continue
        if sum(s.count(q) for q in QUOTES) % 2:
            continue
        w = len(s.split())
        if 16 <= w <= 60 and idx > 0:
            teasers.append(s)
        elif 5 <= w <= 15 and not any(q in s for q in QUOTES):
            caps.append(s)
    return Other(row, _ws(title), teasers, caps)


# --------------------------------------------------------------------------- furniture vocabulary

SITES = [
    ("Tin Phương Nam", "tinphuongnam.vn"),
    ("Báo điện tử Sao Mai", "saomai-online.vn"),
    ("Thời báo Ven Sông", "thoibaovensong.com.vn"),
    ("Cổng tin Hải Đăng", "haidang.news"),
    ("Nhật báo Bình Minh", "binhminhdaily.vn"),
    ("Điểm Tin Sớm", "diemtinsom.net"),
    ("Báo mạng Đồng Xanh", "dongxanh24h.vn"),
    ("Tạp chí Tầm Nhìn Á Châu", "tamnhinachau.org"),
    ("Bản tin Phố Hiến", "banTinPhoHien.vn".lower()),
    ("Lộc Vừng Online", "locvung.online"),
    ("Tin Nhanh Ngày Mới", "ngaymoi.tin.vn"),
]
AUTHORS = [
    ("Lê Khánh Vy", "khanhvy"), ("Đỗ Quang Thịnh", "qthinh"), ("Hà My Trân", "mytran.ha"),
    ("Trịnh Bảo Ngọc", "baongoc_t"), ("Vương Đức Hải", "duchai.vuong"), ("Mạc Thu Uyên", "thuuyen"),
    ("Phùng Gia Khải", "giakhai.pg"), ("Tôn Nữ Hạ Lam", "halam"), ("Lương Chí Bảo", "chibao.l"),
    ("Kha Minh Tú", "minhtu.kha"), ("Âu Thị Diệu Linh", "dieulinh.au"), ("Giáp Văn Toại", "vantoai"),
    ("Lạc Hoàng Yến", "hoangyen"), ("Diệp Tuấn Kiệt", "tuankiet.d"),
]
PHOTO_SRC = ["AFP", "Reuters", "AP", "EPA", "Getty Images", "Xinhua", "Bloomberg", "Kyodo",
             "Yonhap", "AFP/Getty", "Shutterstock", "Twitter", "NVCC", "Sputnik"]
CATS = ["Thế giới", "Thời sự", "Kinh doanh", "Pháp luật", "Quân sự", "Tư liệu", "Phân tích",
        "Người Việt 5 châu", "Châu Á", "Châu Mỹ", "Châu Âu", "Trung Đông", "Quốc tế"]
MENU = ["Trang chủ", "Thời sự", "Thế giới", "Kinh doanh", "Giải trí", "Thể thao", "Pháp luật",
        "Giáo dục", "Sức khỏe", "Đời sống", "Du lịch", "Khoa học", "Số hóa", "Xe", "Ý kiến",
        "Video", "Podcast", "Tâm sự", "Cười"]
WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]
COMMENTERS = ["minh_tuan89", "Hoa Sen Trắng", "nguoidocbao", "Trần Văn Bình", "thuytien.2k",
              "Khách", "an_danh_123", "Ngọc Lan", "batuoc_hanoi", "Quang Huy"]
COMMENT_TEXTS = [
    "Bài viết hay, cảm ơn tác giả.", "Thông tin quá sốc!", "Mong mọi việc sớm ổn định.",
    "Đọc xong thấy buồn quá.", "Tòa soạn nên cập nhật thêm diễn biến nhé.",
    "Ai có link bản gốc không ạ?", "Hóng phần tiếp theo.", "Đồng ý với bạn ở trên.",
    "Tin này đăng từ hôm qua rồi mà?", "Thế giới ngày càng phức tạp.",
]


def mojibake(s: str) -> str:
    """UTF-8 bytes read as Windows-1252 (undefined bytes vanish, as many browsers show)."""
    out = []
    for b in s.encode("utf-8"):
        try:
            out.append(bytes([b]).decode("cp1252"))
        except UnicodeDecodeError:
            pass
    return "".join(out)


def vcase(r: random.Random, s: str) -> str:
    x = r.random()
    if x < 0.2:
        return s.upper()
    if x < 0.3:
        return s.lower()
    return s


class Ctx:
    """Everything a layout needs to draw one page."""

    def __init__(self, row, title, story, others):
        self.row = row
        self.title = _ws(title)
        self.story = story
        self.others = others
        self.r = rng_for(row, "layout")
        r2 = rng_for(row, "meta")
        self.site, self.domain = r2.choice(SITES)
        self.author, self.handle = r2.choice(AUTHORS)
        for kind, line in story.trail:
            m = TRAIL.match(line)
            if kind == "byline" and m:
                # keep the page coherent: furniture bylines name the story's own signing author
                self.author = m.group("name").strip()
                self.handle = self._slug(self.author).replace("-", ".")
        self.cat = r2.choice(CATS)
        self.date = datetime.datetime(2017, 1, 1) + datetime.timedelta(
            days=r2.randrange(0, 3 * 365), minutes=r2.randrange(6 * 60, 23 * 60))
        self.slug = self._slug(self.title)
        self.art_id = r2.randrange(3_000_000, 4_200_000)
        self.rel_i = 0

    @staticmethod
    def _slug(t):
        t = unicodedata.normalize("NFD", t.replace("đ", "d").replace("Đ", "D"))
        t = "".join(c for c in t if not unicodedata.combining(c)).lower()
        return re.sub(r"[^a-z0-9]+", "-", t).strip("-")[:70]

    # ----- helpers
    def pick(self, *variants):
        return self.r.choice(variants)

    def next_other(self):
        o = self.others[self.rel_i % len(self.others)]
        self.rel_i += 1
        return o

    def date_line(self):
        d, r = self.date, self.r
        wd = WEEKDAYS[d.weekday()]
        return r.choice([
            f"{wd}, {d.day}/{d.month}/{d.year}, {d:%H:%M} (GMT+7)",
            f"{d:%d/%m/%Y %H:%M}",
            f"{d:%H:%M} {d:%d-%m-%Y}",
            f"{wd.upper()}, {d:%d/%m/%Y} - {d:%H:%M}",
            f"Ngày {d.day} tháng {d.month} năm {d.year} | {d:%H:%M}",
            f"Cập nhật: {d:%H:%M} {d.day}/{d.month}/{d.year}",
            f"{d:%Y-%m-%d %H:%M:%S}",
            f"{wd} {d:%d.%m.%Y} {d:%Hh%M}",
        ])

    def iso(self):
        return f"{self.date:%Y-%m-%dT%H:%M:%S}+07:00"

    def site_line(self):
        return self.r.choice([self.site, self.site.upper(), self.domain, f"{self.site} - {self.domain}"])

    def byline(self):
        a, h, r = self.author, self.handle, self.r
        return ("byline", r.choice([
            a, a.upper(), f"Bài: {a}", f"Bởi {a}", f"{a} | {self.site}", f"Tác giả: {a}",
            f"{a} (@{h})", f"Phóng viên {a} - Hà Nội", f"By {a}", f"— {a}", f"{a.upper()} /{self.domain}",
            f"Theo {a} ({self.site})",
        ]))

    def credit(self):
        s, r = r_src(self.r), self.r
        return ("credit", r.choice([
            f"Ảnh: {s}", f"ẢNH: {s.upper()}", f"(Ảnh: {s})", f"Nguồn ảnh: {s}", f"Photo: {s}",
            f"Ảnh: {self.author}", f"Đồ họa: {self.pick(*[a for a, _ in AUTHORS])}", f"Ảnh - {s}",
            f"Video: {s}", f"Nguồn: {s}",
        ]))

    def caption_line(self, text):
        r = self.r
        s = r_src(r)
        return ("caption", r.choice([
            text, text, text, text, text, f"▲ {text}", f"{text} Ảnh: {s}", f"{text} (Ảnh: {s})", f"{text} Ảnh: {s}.",
            f"{text} - Ảnh: {s}", f"▲ {text}", f"{text} | Ảnh minh họa", f"{text} (ảnh {s})",
            f"{text} Photo: {s}",
        ]))


def r_src(r):
    return r.choice(PHOTO_SRC)


# ----- blocks (each returns a list of (kind, line); kind "u" = unlabelled, "P" = paragraph)

def skip_link(c):
    return [("widget", c.pick("Bỏ qua để đến nội dung chính", "Skip to content", "Chuyển đến nội dung",
                              "Bỏ qua nội dung ›", "[Skip to main content]", "» Đến phần nội dung chính",
                              "Bỏ qua điều hướng"))]


def menu_desktop(c, moj=False):
    items = c.r.sample(MENU[1:], c.r.randint(6, 11))
    sep = c.pick(" | ", "  ", " · ", " / ", " • ", " ")
    lines = [("widget", sep.join([c.pick("Trang chủ", "TRANG CHỦ", "🏠", "Home")] + items))]
    if moj:
        lines = [(k, mojibake(v)) for k, v in lines]
    return lines, items


def menu_mobile(c, items, moj=False):
    out = [("widget", c.pick("☰", "☰ Menu", "MENU", "≡ Danh mục", "Mở menu", "Menu điều hướng"))]
    case = c.r.random()
    for it in items:
        out.append(("widget", it.upper() if case < 0.3 else it))
    out.append(("widget", c.pick("✕", "Đóng menu", "× Đóng", "Close")))
    if moj:
        out = [(k, mojibake(v)) for k, v in out]
    return out


def breadcrumb(c, entity=False, moj=False):
    sub = c.pick("Châu Á", "Tư liệu", "Phân tích", "Quân sự", "Hồ sơ", "Chuyện lạ", "Bình luận")
    sep = "&raquo;" if entity else c.pick(" > ", " / ", " » ", " › ", " → ")
    if entity:
        sep = c.pick(" &raquo; ", " &gt; ", " &#8250; ", "&nbsp;/&nbsp;")
    line = sep.join([c.pick("Trang chủ", "Home", "TRANG CHỦ"), c.cat, sub]).strip()
    return [("widget", mojibake(line) if moj else line)]


def share_row(c, entity=False):
    opts = [
        "Chia sẻ Facebook Twitter Zalo", "Chia sẻ: 0", "Like | Share | 0", "f  t  in  ✉",
        "Chia sẻ bài viết", "Share on Facebook | Tweet | Copy link", "📤 Chia sẻ  🔗 Sao chép liên kết",
        "Thích 12  Chia sẻ", "In bài | Gửi email | Lưu tin", "Zalo · Facebook · Messenger",
        "Chia sẻ lên Facebook (mở trong cửa sổ mới)", "Gửi bài viết qua email",
    ]
    line = c.pick(*opts)
    if entity:
        line = line.replace(" ", "&nbsp;", 1).replace("|", "&#124;")
    return [("widget", line)]


def tags(c):
    runs, cur = [], []
    for w in c.title.split()[1:] + ["."]:
        w2 = w.strip(",.:'\"?!")
        if w2[:1].isupper() and w2 == w:
            cur.append(w2)
        else:
            if cur:
                runs.append(" ".join(cur))
            cur = [w2] if w2[:1].isupper() else []
    caps = list(dict.fromkeys(runs))[:3] or [c.title.split()[0]]
    lab = c.pick("Tags:", "TAGS", "Từ khóa:", "#", "Chủ đề:", "Tag")
    if lab == "#":
        return [("widget", " ".join("#" + w.replace(" ", "") for w in caps))]
    sep = c.pick(", ", " / ", " | ", " · ")
    return [("widget", f"{lab} {sep.join(caps + [c.cat])}")]


def related_block(c, n=None, header=True, teaser=True, style=None, entity=False, moj=False):
    out = []
    if header:
        h = c.pick("Tin liên quan", "TIN LIÊN QUAN", "Bài viết liên quan:", "Đọc thêm", "Có thể bạn quan tâm",
                   "XEM THÊM", "Tin cùng chuyên mục", "Related")
        if moj:
            h = mojibake(h)
        out.append(("widget", h))
    n = n or c.r.randint(2, 5)
    style = style or c.pick("plain", "bullet", "arrow", "time", "count")
    for _ in range(n):
        o = c.next_other()
        t = o.title
        if style == "bullet":
            t = "• " + t
        elif style == "arrow":
            t = c.pick("→ ", "» ", "- ", "› ") + t
        elif style == "time":
            t = f"{t} ({c.r.randint(1, 23)} giờ trước)"
        elif style == "count":
            t = f"{t} {c.r.randint(1, 300)}"
        if entity:
            t = c.pick("&#8226; ", "&raquo; ", "&ndash; ") + t
        out.append(("related", t))
        if teaser and o.teasers and c.r.random() < 0.5:
            out.append(("related", c.r.choice(o.teasers)))
    return out


def other_caption(c):
    """A short sentence from another story, as the caption of that story's photo."""
    for _ in range(len(c.others)):
        o = c.next_other()
        if o.captions:
            return c.r.choice(o.captions)
    return None


def comments(c, js=False):
    n = c.r.randint(0, 4)
    out = [("widget", c.pick(f"Bình luận ({n})", f"{n} bình luận", "Ý kiến bạn đọc", "BÌNH LUẬN",
                             f"Ý kiến ({n})", "Gửi bình luận"))]
    if js:
        out.append(("widget", c.pick("Vui lòng bật JavaScript để xem bình luận.",
                                     "Please enable JavaScript to view the comments powered by Disqus.",
                                     "Bình luận được tải bằng JavaScript. Trình duyệt của bạn đang tắt JavaScript.")))
    for _ in range(n):
        who = c.r.choice(COMMENTERS)
        out.append(("widget", c.pick(who, f"{who} · {c.r.randint(1, 59)} phút trước", f"@{who.replace(' ', '')}")))
        out.append(("widget", c.r.choice(COMMENT_TEXTS)))
        if c.r.random() < 0.5:
            out.append(("widget", c.pick("Thích · Trả lời", f"Trả lời  {c.r.randint(0, 40)} ♥", "Thích Trả lời Báo cáo")))
    if c.r.random() < 0.6:
        out.append(("widget", c.pick("Xem thêm bình luận", "Tải thêm ▼", "Đăng nhập để bình luận",
                                     "Bình luận của bạn sẽ được duyệt trước khi đăng.")))
    return out


def footer(c, moj=False, entity=False):
    y = c.date.year
    opts = [
        f"© {y} {c.site}. Giữ bản quyền nội dung.", f"Copyright © {y} {c.domain}. All rights reserved.",
        f"Giấy phép số {c.r.randint(10, 600)}/GP-BTTTT cấp ngày {c.r.randint(1, 28)}/{c.r.randint(1, 12)}/{y - c.r.randint(1, 6)}",
        f"Tòa soạn: {c.r.randint(2, 199)} {c.pick('Lê Lai', 'Hàng Chuối', 'Nguyễn Trãi', 'Pasteur', 'Trần Phú')}, {c.pick('Hà Nội', 'TP HCM', 'Đà Nẵng', 'Hải Phòng')}",
        f"Liên hệ quảng cáo: 09{c.r.randint(10, 99)} {c.r.randint(100, 999)} {c.r.randint(100, 999)}",
        "Về đầu trang ↑", "Chịu trách nhiệm nội dung: " + c.r.choice(AUTHORS)[0],
        f"Email: toasoan@{c.domain}", "Điều khoản sử dụng | Chính sách bảo mật | Liên hệ",
        f"Ghi rõ nguồn \"{c.site}\" khi phát hành lại thông tin từ website này.",
    ]
    lines = c.r.sample(opts, c.r.randint(2, 5))
    if entity:
        lines = [l.replace("©", "&copy;").replace("\"", "&quot;").replace(" | ", " &#124; ") for l in lines]
    if moj:
        lines = [mojibake(l) for l in lines]
    return [("widget", l) for l in lines]


def alt_text(c, text=None):
    n = c.r.randint(1, 40)
    d = c.date
    fname = c.pick(f"IMG_{d:%Y%m%d}_{c.r.randint(100000, 999999)}.jpg", f"{c.slug[:30]}-{n}.jpg",
                   f"anh-{n}-{c.art_id}.png", f"DSC0{c.r.randint(1000, 9999)}.JPG",
                   f"thumb_{c.art_id}_{n}.webp", f"{c.r.randint(10**9, 10**10)}_{n}.jpeg")
    opts = [fname, f"[Hình ảnh: {fname}]", f"alt=\"{fname}\"", f"image: {fname}", f"Ảnh: {fname}",
            f"<img src=\"/uploads/{d:%Y/%m}/{fname}\">", "[image]", "Hình ảnh", "alt text",
            "Ảnh minh họa", f"{c.slug[:40]}.jpg"]
    if text and c.r.random() < 0.4:
        opts.append(f"[Ảnh: {c.title[:30]}...]")
    return [("widget", c.pick(*opts))]


def photo(c, text, alt=False, credit=None):
    """A photo: optional leaked alt/file name, the caption, optional separate credit."""
    out = []
    if alt:
        out += alt_text(c)
    if text:
        out.append(c.caption_line(text))
    if credit is None:
        credit = c.r.random() < 0.6
    if text and re.search(r"[Ảả]nh\s*:|\(ảnh |Photo:", out[-1][1]):
        credit = False
    if credit:
        out.append(c.credit())
    return out


def story_entries(c, inserts, para_max=4, lead=True, lead_alt=False, trail=True):
    """Body paragraphs of 1-`para_max` sentences with `inserts` (lists of entries) between them."""
    sents = c.story.body
    paras, i = [], 0
    while i < len(sents):
        k = c.r.randint(1, para_max)
        paras.append(sents[i:i + k])
        i += k
    out = []
    caps = list(c.story.captions)
    if lead and caps:
        out += photo(c, caps.pop(0), alt=lead_alt)
    slots = {}
    for block in inserts:
        if not block:
            continue
        pos = c.r.randint(1, max(1, len(paras) - 1))
        slots.setdefault(pos, []).append(block)
    for pi, p in enumerate(paras):
        out.append(("P", p))
        for block in slots.get(pi + 1, []):
            out += block
        if caps and pi == len(paras) // 2:
            out += photo(c, caps.pop(0), alt=lead_alt and c.r.random() < 0.5)
    for pos in sorted(slots):
        if pos > len(paras):
            for block in slots[pos]:
                out += block
    if trail:
        out += list(c.story.trail)
    return out


def head(c, *, skip=False, moj=False, mobile_dup=False, entity_bc=False, bc=True, site=True):
    out = []
    if skip:
        out += skip_link(c)
    if site:
        out.append(("u", c.site_line()))
    desk, items = menu_desktop(c, moj=moj)
    if mobile_dup:
        out += menu_mobile(c, items, moj=moj)
    out += desk
    if bc:
        out += breadcrumb(c, entity=entity_bc, moj=moj)
    return out


def title_block(c, byline_first=False):
    out = [("u", c.title)]
    if byline_first:
        out += [c.byline(), ("u", c.date_line())]
    else:
        out += [("u", c.date_line())]
        if c.r.random() < 0.5:
            out.append(c.byline())
    return out


# --------------------------------------------------------------------------- layouts

def L_mobile_desktop_menu(c):
    out = []
    out += skip_link(c) if c.r.random() < 0.5 else []
    out.append(("u", c.site_line()))
    desk, items = menu_desktop(c)
    mob = menu_mobile(c, items)
    out += mob + desk if c.r.random() < 0.5 else desk + mob
    out += breadcrumb(c)
    out += title_block(c)
    out += share_row(c)
    out += story_entries(c, [related_block(c, n=1, header=False, teaser=False, style="arrow")])
    out += [c.byline()] if c.r.random() < 0.4 else []
    out += tags(c) + share_row(c)
    rel = related_block(c, teaser=True)
    out += rel
    # responsive duplicate of the related block and footer nav
    out += [("widget", c.pick("Tin liên quan", "ĐỌC NHIỀU", "Xem nhiều"))] + [e for e in rel if e[0] == "related"][:3]
    out += desk + footer(c)
    return out


def L_alt_text_leak(c):
    out = head(c)
    out += title_block(c)
    out += story_entries(c, [photo(c, other_caption(c), alt=True)], lead_alt=True)
    out += [c.byline()]
    out += alt_text(c) + related_block(c, style="plain")
    out += alt_text(c) + footer(c)
    return out


def L_aria_sr_only(c):
    sr = lambda: ("widget", c.pick(
        "Mở menu", "Đóng", "Tìm kiếm", "Biểu tượng tìm kiếm", "Chuyển đổi điều hướng", "Toggle navigation",
        "(mở trong cửa sổ mới)", "Nhấn Enter để tìm kiếm hoặc ESC để đóng", "Logo " + c.site,
        "Trang trước", "Trang sau", "Quay lại", "Phóng to ảnh", "Điều hướng bài viết"))
    out = skip_link(c) + [sr()]
    out += head(c, bc=c.r.random() < 0.7)
    out += [sr()] + title_block(c, byline_first=c.r.random() < 0.5)
    out += [("widget", c.pick("Nghe bài viết", "🔊 Nghe đọc bài", "Đọc bài viết này", "Audio: nhấn để nghe"))]
    out += [("widget", c.pick("Thời gian đọc: 3 phút", "Ước tính đọc: 4 phút", "⏱ 2 phút đọc"))]
    out += story_entries(c, [[sr()], related_block(c, n=1, header=False, style="arrow", teaser=False)])
    out += share_row(c) + [sr()] + [("widget", c.pick("Chia sẻ lên Facebook (mở trong cửa sổ mới)",
                                                        "Chia sẻ qua Zalo (mở trong cửa sổ mới)",
                                                        "Nhấn để in (Mở trong cửa sổ mới)"))]
    out += related_block(c) + [sr(), sr()] + footer(c)
    return out


def L_noscript_notice(c):
    ns = lambda: ("widget", c.pick(
        "Vui lòng bật JavaScript để có trải nghiệm tốt nhất.", "Trình duyệt của bạn không hỗ trợ thẻ video.",
        "Your browser does not support the video tag.", "Bạn cần bật JavaScript để xem nội dung này.",
        "JavaScript đang bị tắt. Một số chức năng sẽ không hoạt động.",
        "<noscript>Vui lòng bật JavaScript</noscript>", "To view this video please enable JavaScript",
        "Trình duyệt của bạn đã cũ. Vui lòng nâng cấp để xem trang tốt hơn."))
    out = [ns()] + head(c) + title_block(c)
    out += story_entries(c, [[ns()], photo(c, other_caption(c))])
    out += [c.byline()] + [ns()] + comments(c, js=True) + related_block(c) + footer(c)
    return out


def L_template_placeholders(c):
    ph = lambda: c.pick("{{title}}", "{{ article.title }}", "%AUTHOR%", "%%DATE%%", "[[CATEGORY_NAME]]",
                        "${author_name}", "{author} • {published_at}", "<%= tags %>", "__SITE_NAME__",
                        "undefined", "null", "[object Object]", "NaN lượt xem", "{{ share_count }} lượt chia sẻ",
                        "%TITLE% | %SITE%", "Tác giả: %AUTHOR%", "{{#related}}", "{{/related}}")
    out = [("widget", ph())] + head(c) + [("widget", ph())]
    out += title_block(c)
    out += [("byline", c.pick("Tác giả: %AUTHOR%", "Bởi {{author}}", "%AUTHOR% - %DATE%", "By ${author_name}"))]
    out += story_entries(c, [[("widget", ph())]])
    out += [c.byline()] + [("widget", "{{#related}}")] + related_block(c, header=False) + [("widget", "{{/related}}")]
    out += [("widget", ph())] + footer(c)
    return out


def L_lazyload(c):
    lz = lambda: ("widget", c.pick(
        "Đang tải...", "Loading...", "[Ảnh đang tải]", "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7",
        "placeholder.png", "lazy-placeholder.svg", "⏳ Đang tải nội dung", "Đang tải ảnh...", "spinner.gif",
        "data-src=\"/images/blank.gif\"", "Vui lòng chờ..."))
    out = head(c) + title_block(c)
    out += story_entries(c, [[lz()] + photo(c, other_caption(c)), [lz()]], lead_alt=False)
    out = out[:1] + [lz()] + out[1:]
    out += [c.byline(), lz()] + related_block(c) + [lz(), ("widget", c.pick("Tải thêm tin", "Xem thêm ↓", "LOAD MORE"))]
    out += footer(c)
    return out


def L_html_entities(c):
    out = [("u", c.site_line())]
    desk, _ = menu_desktop(c)
    out += [("widget", desk[0][1].replace(" | ", " &#124; ").replace(" ", "&nbsp;", 2))]
    out += breadcrumb(c, entity=True) + title_block(c)
    out += share_row(c, entity=True)
    out += story_entries(c, [[("related", "Xem th&ecirc;m: " + c.next_other().title)],
                             [("widget", c.pick("Quảng c&aacute;o", "&nbsp;", "&#8230;", "Qu&#7843;ng cáo"))]])
    out += [("byline", c.pick(f"{c.author}&nbsp;|&nbsp;{c.site}", f"T&aacute;c giả: {c.author}",
                               f"{c.author} &ndash; {c.domain}", f"&mdash; {c.author}"))]
    out += [("widget", c.pick("Tin li&ecirc;n quan", "Đọc thêm &raquo;", "C&Oacute; THỂ BẠN QUAN T&Acirc;M"))]
    out += related_block(c, header=False, entity=True)
    out += [("widget", c.pick("Xem thêm&#8230;", "Trang tiếp &rsaquo;", "&laquo; Trước | Sau &raquo;"))]
    out += footer(c, entity=True)
    return out


def L_css_js(c):
    js = lambda: ("widget", c.pick(
        "window.dataLayer = window.dataLayer || [];", "function gtag(){dataLayer.push(arguments);}",
        "googletag.cmd.push(function() { googletag.display('div-ad-top'); });",
        ".article-body p{margin:0 0 12px;line-height:1.6}", "@media (max-width:768px){.sidebar{display:none}}",
        "var _paq = window._paq = window._paq || [];", "(adsbygoogle = window.adsbygoogle || []).push({});",
        "document.addEventListener('DOMContentLoaded', function () { initSlider(); });",
        "#header .logo img{height:40px}", f"var articleId = {c.art_id};", "});",
        "if (typeof jQuery !== 'undefined') { jQuery('.lazy').lazyload(); }",
        "<![CDATA[", "]]>", "}"))
    out = [js(), js()] + head(c) + [js()] + title_block(c)
    out += story_entries(c, [[js(), js()], [js()]])
    out += [c.byline()] + tags(c) + [js()] + related_block(c) + [js()] + footer(c) + [js()]
    return out


def L_jsonld(c):
    blob = json.dumps({
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": c.title,
        "datePublished": c.iso(), "author": {"@type": "Person", "name": c.author},
        "publisher": {"@type": "Organization", "name": c.site},
    }, ensure_ascii=c.r.random() < 0.4)
    bc = json.dumps({"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": 1, "name": "Trang chủ"},
        {"@type": "ListItem", "position": 2, "name": c.cat}]}, ensure_ascii=False)
    og = c.pick(f"og:title {c.title}", f"<meta property=\"og:title\" content=\"{c.title}\">",
                f"twitter:card summary_large_image", f"og:url https://{c.domain}/{c.slug}-{c.art_id}.html")
    out = [("widget", blob)] if c.r.random() < 0.5 else []
    out += head(c) + title_block(c)
    out += story_entries(c, [photo(c, other_caption(c))])
    out += [c.byline()]
    if not out[0][1].startswith("{"):
        out += [("widget", blob)]
    out += [("widget", bc), ("widget", og)] + related_block(c) + footer(c)
    return out


def L_tracking_pixel(c):
    px = lambda: ("widget", c.pick(
        f"<img src=\"https://px.{c.domain}/p.gif?id={c.art_id}\" width=\"1\" height=\"1\">",
        "[tracking pixel 1x1]", "pixel.gif", f"https://stats.{c.domain}/collect?v=1&tid=UA-{c.r.randint(10**7, 10**8)}-1",
        "Ảnh theo dõi lượt xem (1x1)", "fbq('track', 'PageView');", "noscript: <img height=\"1\" width=\"1\" style=\"display:none\">",
        f"beacon.js?aid={c.art_id}"))
    out = head(c) + [px()] + title_block(c)
    out += story_entries(c, [[px()]])
    out += [c.byline(), px()] + share_row(c) + related_block(c) + [px(), px()] + footer(c)
    return out


def L_cookie_banner(c):
    banner = [
        ("widget", c.pick("Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn.",
                          "Trang web này sử dụng cookie. Bằng việc tiếp tục, bạn đồng ý với chính sách cookie của chúng tôi.",
                          "We use cookies to personalise content and ads.",
                          "🍪 Website sử dụng cookies nhằm nâng cao trải nghiệm người dùng.")),
        ("widget", c.pick("Chấp nhận tất cả", "Đồng ý", "ACCEPT", "Tôi đồng ý", "OK")),
        ("widget", c.pick("Tùy chỉnh", "Cài đặt cookie", "Từ chối", "Tìm hiểu thêm")),
    ]
    code = ("widget", c.pick("cookieconsent.initialise({\"palette\":{\"popup\":{\"background\":\"#000\"}}});",
                             "document.cookie = \"consent=1; path=/; max-age=31536000\";",
                             "window.__tcfapi && __tcfapi('addEventListener', 2, cb);",
                             "#cookie-bar{position:fixed;bottom:0;z-index:9999}"))
    top = c.r.random() < 0.5
    out = (banner + [code] if top else []) + head(c) + title_block(c)
    out += story_entries(c, [photo(c, other_caption(c))])
    out += [c.byline()] + tags(c) + related_block(c) + footer(c)
    if not top:
        out += [code] + banner
    return out


def L_mojibake_furniture(c):
    out = [("u", c.site_line())]
    desk, items = menu_desktop(c, moj=True)
    out += desk + breadcrumb(c, moj=True)
    out += title_block(c)
    out += [("widget", mojibake(c.pick("Tiêu điểm", "Tin nóng", "Mới nhất", "Đọc nhiều")))]
    out += story_entries(c, [[("widget", mojibake(c.pick("Quảng cáo", "Đọc tiếp", "Xem tiếp bên dưới")))]])
    out += [("byline", mojibake(c.byline()[1])) if c.r.random() < 0.5 else c.byline()]
    out += related_block(c, moj=True)
    out += [("widget", mojibake(c.pick("Bình luận", "Gửi bình luận", "Ý kiến của bạn")))]
    out += footer(c, moj=True)
    return out


def L_amp_skip(c):
    out = skip_link(c) + [("widget", c.pick("Xem phiên bản đầy đủ", "Bản đầy đủ ›", "Chuyển sang giao diện máy tính",
                                            "AMP ⚡", "Phiên bản di động"))]
    out += [("u", c.site_line())]
    _, items = menu_desktop(c)
    out += menu_mobile(c, items)
    out += title_block(c, byline_first=True)
    out += story_entries(c, [[("widget", c.pick("amp-img", "<amp-ad width=300 height=250>", "amp-iframe"))]],
                         para_max=2)
    out += share_row(c) + related_block(c, teaser=False, style="arrow")
    out += [("widget", c.pick("Về trang chủ", "← Quay lại", "Lên đầu trang"))] + footer(c)
    return out


def L_print_view(c):
    url = f"https://{c.domain}/{c._slug(c.cat)}/{c.slug}-{c.art_id}.html"
    out = [("widget", c.pick("In bài viết", "Bản in", "🖨 In trang", "PRINT")),
           ("widget", c.pick(f"URL: {url}", url, f"Nguồn: {url}", f"Link bài viết: {url}"))]
    out += [("u", c.site_line()), ("u", c.title), ("u", c.date_line()), c.byline()]
    out += story_entries(c, [], para_max=4)
    n = c.r.randint(1, 4)
    out += [("widget", c.pick("Liên kết trong bài:", "Links:", "Các liên kết:"))]
    out += [("widget", f"[{i + 1}] https://{c.domain}/{c.r.randint(10**6, 10**7)}.html") for i in range(n)]
    out += [("widget", c.pick(f"Bản in từ {c.domain}", f"Bài viết được in từ {c.site}",
                              f"Printed from {c.domain} on {c.date:%d/%m/%Y}"))]
    out += [("widget", c.pick("Đóng cửa sổ", "[Đóng]", "Close window"))]
    return out


def L_gallery(c):
    out = head(c) + title_block(c)
    n = c.r.randint(3, 7)
    gallery = [("widget", c.pick("Ảnh", "THƯ VIỆN ẢNH", "Gallery", "Chùm ảnh"))]
    for i in range(c.r.randint(2, 3)):
        cap = other_caption(c)
        gallery += [("widget", c.pick(f"{i + 1}/{n}", f"{i + 1} / {n}", f"Ảnh {i + 1} trên {n}"))]
        if cap:
            gallery += [c.caption_line(cap)]
        gallery += [("widget", c.pick("‹ Trước", "Tiếp ›", "❮ ❯", "Previous Next"))]
    out += story_entries(c, [], lead_alt=True)
    out += [c.byline()] + gallery + related_block(c) + footer(c)
    return out


def L_comments_widget(c):
    out = head(c, skip=c.r.random() < 0.3) + title_block(c)
    out += story_entries(c, [related_block(c, n=1, header=False, teaser=False, style="arrow")])
    out += [c.byline()] + share_row(c) + comments(c, js=c.r.random() < 0.5)
    out += related_block(c) + footer(c)
    return out


def L_related_dup(c):
    out = head(c) + title_block(c)
    sidebar = related_block(c, n=c.r.randint(3, 5), teaser=True)
    if c.r.random() < 0.5:
        out += sidebar
    out += story_entries(c, [])
    out += [c.byline()] + tags(c)
    # mobile copy of the same block, captured again below the story
    mob_head = ("widget", c.pick("Tin liên quan", "TIN KHÁC", "Đừng bỏ lỡ", "Tin cùng chủ đề"))
    out += [mob_head] + [e for e in sidebar if e[0] == "related"]
    out += footer(c)
    return out


def L_video_player(c):
    vj = ["Video Player is loading.", "Play Video", "Play", "Mute", "Current Time 0:00", "/",
          "Duration 0:00", "Loaded: 0%", "Stream Type LIVE", "Remaining Time -0:00", "1x",
          "Chapters", "descriptions off, selected", "captions settings, opens captions settings dialog",
          "This is a modal window.", "Beginning of dialog window. Escape will cancel and close the window.",
          "Fullscreen", "Picture-in-Picture"]
    k = c.r.randint(4, 9)
    start = c.r.randint(0, len(vj) - k)
    player = [("widget", x) for x in vj[start:start + k]]
    out = head(c) + title_block(c)
    out += player
    out += [("related", c.pick("Video: ", "Clip: ", "▶ ") + c.next_other().title)] if c.r.random() < 0.3 else []
    out += story_entries(c, [[("widget", c.pick("Video đang được xử lý.", "Không thể phát video.", "Video không khả dụng"))]])
    out += [c.byline()] + related_block(c) + footer(c)
    return out


def L_social_embed(c):
    h = c.pick("nguoi_quan_sat", "tin_the_gioi_24", "newsroomvn", "hanh.trinh.ky", "phamnhatquan")
    emb = [
        ("widget", c.pick("Xem bài viết này trên Instagram", "View this post on Instagram", "Xem trên Facebook",
                          "Bài viết trên Twitter đã bị xóa hoặc không khả dụng.")),
        ("widget", c.pick(f"Một bài viết được chia sẻ bởi {h} (@{h})", f"— @{h} {c.date:%d/%m/%Y}",
                          f"pic.twitter.com/{c.slug[:6].replace('-', 'x')}{c.art_id % 9999}", f"Bài đăng của @{h}")),
        ("widget", c.pick("Tweet nhúng", "<blockquote class=\"twitter-tweet\">", "Embedded content",
                          "Nội dung nhúng từ mạng xã hội")),
    ]
    out = head(c) + title_block(c)
    out += story_entries(c, [emb, [("widget", c.pick("Theo dõi chúng tôi trên Facebook",
                                                     f"Follow @{c.domain.split('.')[0]} trên TikTok",
                                                     "Tham gia nhóm Zalo của " + c.site))]])
    out += [c.byline()] + share_row(c) + related_block(c) + footer(c)
    return out


def L_modal_newsletter(c):
    modal = [
        ("widget", c.pick("×", "✕", "[X]", "Đóng")),
        ("widget", c.pick("Đăng ký nhận bản tin", "ĐĂNG KÝ NHẬN TIN MỖI SÁNG", "Nhận tin nóng qua email",
                          "Bản tin 8h sáng - miễn phí")),
        ("widget", c.pick("Email của bạn", "Nhập địa chỉ email", "your@email.com", "Email *")),
        ("widget", c.pick("Đăng ký", "Gửi", "ĐĂNG KÝ NGAY", "Subscribe")),
        ("widget", c.pick("Không, cảm ơn", "Để sau", "Nhắc tôi sau")),
    ]
    pay = ("widget", c.pick(f"Bạn đã đọc {c.r.randint(1, 4)}/5 bài miễn phí tháng này.",
                            "Đăng nhập để đọc tiếp", "Nội dung dành cho thành viên", "Mở khóa bài viết"))
    out = head(c) + title_block(c)
    out += story_entries(c, [[pay]])
    out += [c.byline()] + modal + related_block(c) + footer(c)
    return out


def L_breadcrumb_dup_header(c):
    """Header captured twice (sticky + normal), breadcrumbs in two formats."""
    out = skip_link(c) + [("u", c.site_line())]
    desk, items = menu_desktop(c)
    out += desk + breadcrumb(c) + [("widget", c.pick("Tìm kiếm", "🔍", "Search...", "Nhập từ khóa..."))]
    out += desk
    out += [("widget", c.pick("Đăng nhập", "Đăng nhập / Đăng ký", "Tài khoản"))]
    out += title_block(c)
    out += breadcrumb(c, entity=c.r.random() < 0.3)
    out += story_entries(c, [photo(c, other_caption(c), credit=True)])
    out += tags(c) + related_block(c) + desk + footer(c)
    return out


LAYOUTS = [
    ("mobile_desktop_menu", L_mobile_desktop_menu),
    ("alt_text_leak", L_alt_text_leak),
    ("aria_sr_only", L_aria_sr_only),
    ("noscript_notice", L_noscript_notice),
    ("template_placeholders", L_template_placeholders),
    ("lazyload_placeholders", L_lazyload),
    ("html_entities", L_html_entities),
    ("css_js_fragments", L_css_js),
    ("jsonld_blob", L_jsonld),
    ("tracking_pixel", L_tracking_pixel),
    ("cookie_banner", L_cookie_banner),
    ("mojibake_furniture", L_mojibake_furniture),
    ("amp_skip_links", L_amp_skip),
    ("print_view", L_print_view),
    ("gallery_slideshow", L_gallery),
    ("comments_widget", L_comments_widget),
    ("related_duplicated", L_related_dup),
    ("video_player_leak", L_video_player),
    ("social_embed", L_social_embed),
    ("modal_newsletter", L_modal_newsletter),
    ("sticky_header_dup", L_breadcrumb_dup_header),
]
LAYOUT_NAMES = [n for n, _ in LAYOUTS]


# --------------------------------------------------------------------------- faults

FAULTS = ("nbsp", "zwsp", "double_space", "nfd", "glue")


def _interior_space_sub(r, s, repl):
    idx = [m.start() for m in re.finditer(" ", s)]
    idx = [i for i in idx if 0 < i < len(s) - 1]
    if not idx:
        return s
    i = r.choice(idx)
    return s[:i] + repl + s[i + 1:]


def _zwsp(r, s):
    idx = [i for i in range(1, len(s)) if s[i - 1].isalpha() and s[i].isalpha()]
    if not idx:
        return s
    i = r.choice(idx)
    return s[:i] + "\u200b" + s[i:]


def apply_faults(row, entries):
    r = rng_for(row, "faults")
    if r.random() >= FAULT_RATE:
        return entries, []
    chosen = r.sample(FAULTS, r.choice([1, 1, 2]))
    out = []
    for kind, val in entries:
        if kind == "P":
            items = list(val)
            if "glue" in chosen and len(items) >= 2 and r.random() < 0.6:
                j = r.randrange(len(items) - 1)
                if items[j].endswith(".") and items[j + 1][:1].isupper():
                    items[j:j + 2] = [items[j] + items[j + 1]]
            new = []
            for s in items:
                if "nbsp" in chosen and r.random() < 0.4:
                    s = _interior_space_sub(r, s, "\u00a0")
                if "zwsp" in chosen and r.random() < 0.4:
                    s = _zwsp(r, s)
                if "double_space" in chosen and r.random() < 0.4:
                    s = _interior_space_sub(r, s, "  ")
                new.append(s)
            out.append((kind, new))
        else:
            if "nbsp" in chosen and r.random() < 0.2:
                val = _interior_space_sub(r, val, "\u00a0")
            if "double_space" in chosen and r.random() < 0.2:
                val = _interior_space_sub(r, val, "  ")
            out.append((kind, val))
    if "nfd" in chosen:
        out = [(k, [unicodedata.normalize("NFD", s) for s in v] if k == "P" else unicodedata.normalize("NFD", v))
               for k, v in out]
    return out, chosen


# --------------------------------------------------------------------------- contract


def norm(s: str) -> str:
    s = unicodedata.normalize("NFC", s).replace("\u200b", "")
    return "".join(s.split()).casefold()


def check_page(p: Page) -> None:
    if not isinstance(p, Page) or not p.text.strip():
        raise ValueError("empty page")
    lines = p.text.split("\n")
    for ln in lines:
        if not ln.strip() or ln != ln.strip():
            raise ValueError(f"line not stripped / blank: {ln!r}")
    for s in p.body:
        if not isinstance(s, str) or not s or "\n" in s or s not in p.text:
            raise ValueError(f"bad body item {s!r}")
    for item in p.furniture:
        if not (isinstance(item, tuple) and len(item) == 2 and item[0] in KINDS and isinstance(item[1], str)):
            raise ValueError(f"bad furniture item {item!r}")
    body_norm = {norm(s) for s in p.body}
    for k, ln in p.furniture:
        if norm(ln) in body_norm:
            raise ValueError(f"furniture equals a body sentence: {ln!r}")
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
        if fi < len(p.furniture) and ln == p.furniture[fi][1]:
            fi += 1
            continue
        unl += 1
        if norm(ln) in body_norm:
            raise ValueError(f"unlabelled line equals a body sentence: {ln!r}")
    if bi != len(p.body) or fi != len(p.furniture):
        raise ValueError(f"body/furniture not all in text order ({bi}/{len(p.body)}, {fi}/{len(p.furniture)})")
    if unl > 3:
        raise ValueError(f"{unl} unlabelled lines")
    if p.layout not in LAYOUT_NAMES:
        raise ValueError(f"unknown layout {p.layout}")


# --------------------------------------------------------------------------- pages


def _build(row, k, title, article, others, stats):
    name, fn = LAYOUTS[k % len(LAYOUTS)]
    story = extract_story(article)
    ordered = list(others)
    rng_for(row, "related").shuffle(ordered)
    c = Ctx(row, title, story, ordered or [Other(-1, "", [], [])])
    entries = fn(c)
    # clean: strip furniture lines, drop empties; keep at most one of each unlabelled
    clean, seen_u = [], 0
    body_norm = {norm(s) for s in story.body}
    for kind, val in entries:
        if kind == "P":
            if val:
                clean.append((kind, list(val)))
            continue
        if val is None:
            continue
        val = _ws(val) if "\u00a0" not in val else val.strip()
        if not val or norm(val) in body_norm:
            continue
        if kind == "u":
            seen_u += 1
            if seen_u > 3:
                kind = "widget"
        clean.append((kind, val))
    entries, chosen = apply_faults(row, clean)
    lines, body, furn = [], [], []
    for kind, val in entries:
        if kind == "P":
            body.extend(val)
            lines.append(" ".join(val))
        else:
            val = val.strip()
            if not val:
                continue
            lines.append(val)
            if kind != "u":
                furn.append((kind, val))
    for f in chosen:
        stats[f] += 1
    if chosen:
        stats["pages_with_faults"] += 1
    page = Page("\n".join(lines), body, furn, name)
    check_page(page)
    return page


def pages(train_path, _stats=None) -> list:
    rows = read_rows(train_path)
    others = [related_material(i, *rows[i]) for i in RELATED_ROWS if i in rows]
    stats = _stats if _stats is not None else Counter()
    out = []
    k = 0
    for i in BODY_ROWS:
        if i not in rows:
            continue
        title, article = rows[i]
        out.append(_build(i, k, title, article, others, stats))
        k += 1
    return out


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 1:
        print("usage: make.py TRAIN.jsonl.gz", file=sys.stderr)
        return 2
    stats = Counter()
    ps = pages(argv[0], stats)
    per_layout = {}
    for p in ps:
        d = per_layout.setdefault(p.layout, Counter())
        d["pages"] += 1
        d["body"] += len(p.body)
        for kind, _ in p.furniture:
            d[kind] += 1
    total = Counter()
    cols = ["pages", "body"] + list(KINDS)
    print("layout".ljust(24) + "".join(c.rjust(9) for c in cols))
    for name in LAYOUT_NAMES:
        d = per_layout.get(name, Counter())
        total.update(d)
        print(name.ljust(24) + "".join(str(d[c]).rjust(9) for c in cols))
    print("TOTAL".ljust(24) + "".join(str(total[c]).rjust(9) for c in cols))
    print("faults: " + ", ".join(f"{f}={stats[f]}" for f in ("pages_with_faults",) + FAULTS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
