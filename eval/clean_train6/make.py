#!/usr/bin/env python3
"""train6 page maker: infinite scroll and multi-article captures.

Builds scraped-looking Vietnamese news pages, every line labelled, from
VietNews training rows.  TRAINING DATA for the cleaner's line model.

Usage: python eval/clean_train6/make.py /path/to/vietnews_train.jsonl.gz
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

SEED = 4806
BODY_ROWS = range(11_000, 11_100)
RELATED_ROWS = range(11_100, 11_200)
LAST_ROW = max(BODY_ROWS[-1], RELATED_ROWS[-1])
RELATED_CHARS = 1_200
KINDS = ("byline", "credit", "caption", "related", "widget")
FAULT_RATE = 0.25
FAULTS = ("nbsp", "zwsp", "double_space", "nfd", "glue")


class Page(NamedTuple):
    text: str
    body: list
    furniture: list
    layout: str


def rng_for(row, purpose):
    return random.Random(f"train6|{SEED}|{row}|{purpose}")


# --------------------------------------------------------------------------
# reading rows
# --------------------------------------------------------------------------

def _usable(raw):
    """Return (title, article) if the raw line is a usable row, else None."""
    if not raw.strip():
        return None
    try:
        obj = json.loads(raw.decode("utf-8"))
    except (ValueError, UnicodeDecodeError, RecursionError):
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
    """Read the gz file once, streaming; stop right after LAST_ROW.

    Returns (body_rows, related_rows), lists of (row, title, article).
    """
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

_ABBR = {
    "tp", "ts", "pgs", "gs", "ths", "th.s", "bs", "ks", "ls", "nxb", "mr", "mrs",
    "ms", "dr", "st", "jr", "sr", "co", "inc", "ltd", "corp", "vs", "v.v", "tt",
    "no", "gen", "lt", "col", "capt", "sgt", "ph.d", "prof", "p", "q", "tx",
}
_OPENERS = "\"“('‘["


def _is_abbrev(text, start, i):
    head = text[start:i]
    tok = head.rsplit(None, 1)[-1] if head.strip() else ""
    tok = tok.lstrip("(\"“'‘[")
    if not tok:
        return False
    low = tok.lower()
    if low in _ABBR:
        return True
    if len(tok) == 1 and "A" <= tok <= "Z":
        return True  # single capital initial: John F. Kennedy (not "châu Á.")
    if re.fullmatch(r"(?:[A-ZĐ]\.)+[A-ZĐ]", tok):
        return True  # D.C
    return False


def split_sentences(text, quotes=True):
    """Split on . ! ? … followed by a space and a sentence opener.

    Quoted speech (straight or curly quotes) is kept together; abbreviations
    like TP., TS., PGS. and single capital initials do not end a sentence.
    """
    out, start, inq, i, n = [], 0, False, 0, len(text)
    while i < n:
        c = text[i]
        if quotes and c in "\"“”":
            inq = True if c == "“" else False if c == "”" else not inq
            i += 1
            continue
        if c not in ".!?…":
            i += 1
            continue
        j = i
        while j + 1 < n and text[j + 1] in ".!?…":
            j += 1
        end = j + 1
        closing = False
        if inq:
            m = end
            while m < n and text[m] == " ":
                m += 1
            if m < n and text[m] in "\"”":
                end, closing = m + 1, True
            else:
                i = j + 1
                continue
        if end >= n or text[end] != " ":
            i = j + 1
            continue
        m = end
        while m < n and text[m] == " ":
            m += 1
        if m >= n:
            i = m
            continue
        nxt = text[m]
        if not (nxt.isupper() or nxt.isdigit() or nxt in _OPENERS):
            i = j + 1
            continue
        if c == "." and j == i and _is_abbrev(text, start, i):
            i = j + 1
            continue
        piece = text[start:end].strip()
        if piece:
            out.append(piece)
        if closing:
            inq = False
        start = i = m
    rest = text[start:].strip()
    if rest:
        out.append(rest)
    return out


_BAD_MARKERS = re.compile(
    r"Ảnh\s*:|ẢNH\s*:|\(ảnh|\(Ảnh|ảnh\s*:|Video\s*:|Clip\s*:|Xem thêm|Đồ hoạ\s*:|Đồ họa\s*:|"
    r"Nguồn\s*:|Bấm vào|bấm vào|Click|click|http|www\.|Mời độc giả|Độc giả theo dõi",
)
_TERMINAL = re.compile(r"(?:[.!?…]|[.!?…]\s*[\"”])$")
_REPORTING = re.compile(
    r"\b(?:cho biết|cho hay|đưa tin|thông báo|tuyên bố|khẳng định|nhấn mạnh|vừa|theo|nói rằng|"
    r"cho rằng|dẫn lời|hôm nay cho|phát biểu rằng)\b", re.IGNORECASE)


_CAPTION_OPENERS = ("Vị trí", "Hiện trường", "Bản đồ", "Hình ảnh", "Khung cảnh", "Toàn cảnh",
                    "Chân dung", "Ảnh chụp", "Mô phỏng", "Minh hoạ", "Minh họa", "Đồ hoạ", "Đồ họa")


def _clean_ws(s):
    return " ".join(s.split())


def _words(s):
    return len(s.split())


def _name_words(s):
    ws = s.split()
    if not 1 <= len(ws) <= 4:
        return False
    for w in ws:
        core = w.replace("-", "")
        if not core.isalpha() or not w[0].isupper():
            return False
    return True


def parse_tail(frag):
    """A trailing fragment without final punctuation: byline / credit or None."""
    frag = frag.strip()
    m = re.fullmatch(r"(.*?)\s*\(((?:Theo|theo|Video|Ảnh|Nguồn|Tổng hợp|tổng hợp)[^()]*)\)", frag)
    name, credit = (m.group(1).strip(), m.group(2).strip()) if m else (frag, None)
    if name.startswith("Theo ") and _words(name) <= 7 and not credit:
        return None, name
    if name and not _name_words(name):
        return None
    if not name and not credit:
        return None
    return (name or None), credit


def caption_like(s):
    return (len(s) <= 140 and '"' not in s and "“" not in s and _words(s) >= 2
            and not _REPORTING.search(s))


def body_ok(s):
    if _BAD_MARKERS.search(s):
        return False
    if s.startswith(("Video ", "Clip ", "VIDEO", "Video:")):
        return False
    if not _TERMINAL.search(s) or s.rstrip().endswith(":"):
        return False
    if _words(s) < 6 or len(s) > 700:
        return False
    if _words(s) <= 14 and '"' not in s and s.startswith(_CAPTION_OPENERS):
        return False  # a photo or map caption left inside the article
    return True


class Story(NamedTuple):
    title: str
    body: list
    lead_caption: str | None
    photo_credit: str | None
    byline: str | None
    credit: str | None


def extract_story(title, article):
    art = _clean_ws(article)
    sents = split_sentences(art, quotes=(art.count('"') % 2 == 0))
    byline = credit = lead = photo = None
    if sents and not _TERMINAL.search(sents[-1]):
        tail = parse_tail(sents[-1])
        if tail:
            byline, credit = tail
        sents = sents[:-1]
    if sents:
        first = sents[0]
        starts_story = first.startswith(("\"", "“", "Theo "))
        if not starts_story:
            sents = sents[1:]
            if caption_like(first) and _TERMINAL.search(first) and not _BAD_MARKERS.search(first):
                lead = first
        if sents and re.fullmatch(r"Ảnh\s*:\s*[^.]{1,40}\.?", sents[0]):
            photo = sents[0].rstrip(".")
            sents = sents[1:]
    body = [s for s in sents if body_ok(s)]
    if not body:  # relaxed fallback
        body = [s for s in sents if _words(s) >= 4 and not _BAD_MARKERS.search(s)
                and _TERMINAL.search(s)]
    return Story(_clean_ws(title), body, lead, photo, byline, credit)


class Other(NamedTuple):
    row: int
    title: str
    teasers: list
    shorts: list


def related_material(row, title, article):
    """Other stories' text: title and sentences within the first 1,200 chars."""
    cut = _clean_ws(article[:RELATED_CHARS])
    sents = split_sentences(cut)
    if len(article) > RELATED_CHARS and sents:
        sents = sents[:-1]  # the cut-off fragment (or a whole sentence, harmlessly)
    good = [s for s in sents if _TERMINAL.search(s) and not _BAD_MARKERS.search(s)
            and not s.startswith(("Video ", "Clip "))]
    shorts = [s for s in good if caption_like(s) and _words(s) <= 20]
    teasers = [s for s in good if _words(s) >= 12 and s not in shorts and len(s) <= 600]
    return Other(row, _clean_ws(title), teasers, shorts)


# --------------------------------------------------------------------------
# invented furniture
# --------------------------------------------------------------------------

SITES = [
    ("Báo Sóng Mới", "songmoi.vn"),
    ("Tin Nhanh Phương Nam", "tinnhanhphuongnam.vn"),
    ("Thời Báo Ngàn Phương", "thoibaonganphuong.com.vn"),
    ("Nhịp Sống Bốn Phương", "nhipsong4phuong.vn"),
    ("Bản Tin Sông Hồng", "bantinsonghong.vn"),
    ("Điểm Tin Toàn Cầu", "diemtintoancau.net"),
    ("Hạ Long Sáng", "halongsang.vn"),
    ("Tuần San Mũi Né", "tuansanmuine.vn"),
]
MAGAZINES = ["Tạp chí Chân Trời Mới", "Nguyệt san Đồi Thông", "Tạp chí Bến Nghé Xưa", "Tuần báo Cao Nguyên Xanh"]
AGENCIES = ["Hãng tin Ánh Dương", "Thông tấn Bắc Hải", "Tuần báo Lục Địa", "Nhật báo Đông Kinh Mới",
            "Kênh Thời Sự Mê Kông", "Đài Gió Tây", "Bản tin Hải Âu"]
PHOTOGS = ["Quang Tuyến", "Lê Khả Di", "Tạ Minh Sơn", "Hồ Bích Ngân", "Đinh Gia Lạc", "Khúc Thu Vân"]
SURN = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương",
        "Đinh", "Trịnh", "Mai", "Lương", "Tạ", "Khúc", "Quách", "Lạc"]
MIDN = ["Thị", "Văn", "Minh", "Ngọc", "Hoài", "Thanh", "Quốc", "Bảo", "Diệu", "Khánh", "Gia", "Phương"]
GIVN = ["An", "Bình", "Châu", "Duy", "Giang", "Hà", "Khoa", "Lam", "My", "Nhiên", "Phong", "Quân",
        "Sương", "Thảo", "Uyên", "Vĩnh", "Xuân", "Yến", "Tùng", "Hiếu", "Kha", "Lộc"]
MENU = ["Trang chủ", "Thời sự", "Thế giới", "Kinh doanh", "Giải trí", "Thể thao", "Pháp luật",
        "Giáo dục", "Sức khỏe", "Đời sống", "Du lịch", "Số hóa", "Xe", "Ý kiến", "Video", "Podcast",
        "Quân sự", "Tư liệu", "Bạn đọc"]
SECTIONS = ["Thế giới", "Quân sự", "Tư liệu", "Phân tích", "Người Việt năm châu", "Chuyện lạ",
            "Thời sự quốc tế", "Châu Á", "Châu Mỹ", "Châu Âu"]
TAGS = ["thế giới", "quân sự", "ngoại giao", "bầu cử", "an ninh", "thời tiết", "chính trị",
        "kinh tế", "di cư", "thiên tai", "tòa án", "nhân quyền", "công nghệ", "vũ khí", "Liên Hợp Quốc"]
COMMENTS = [
    "Bài viết rất hay, cảm ơn tác giả!", "Mong tòa soạn cập nhật thêm diễn biến.",
    "Đọc xong thấy lo quá mọi người ạ.", "Thông tin bổ ích, chia sẻ cho cả nhà cùng đọc.",
    "Không biết rồi sẽ đi về đâu nữa...", "Tôi nghĩ khác, vấn đề phức tạp hơn nhiều!!",
    "hóng phần tiếp theo", "Chuẩn luôn, đồng ý với bạn ở trên.",
]
WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def pick(r, seq):
    return seq[r.randrange(len(seq))]


def person(r):
    return f"{pick(r, SURN)} {pick(r, MIDN)} {pick(r, GIVN)}"


def handle(r):
    base = pick(r, ["tinmoi", "phongvien", "songmoi", "ghichep", "goctin", "bantin"])
    given = unicodedata.normalize("NFD", pick(r, GIVN).lower().replace("đ", "d"))
    given = "".join(c for c in given if not unicodedata.combining(c))
    return f"@{base}_{given}{r.randint(2, 98)}"


def rand_dt(r):
    start = datetime.datetime(2016, 1, 1)
    return start + datetime.timedelta(minutes=r.randrange(4 * 365 * 24 * 60))


def date_line(r, dt=None):
    dt = dt or rand_dt(r)
    wd = WEEKDAYS[dt.weekday()]
    d, mo, y, h, mi = dt.day, dt.month, dt.year, dt.hour, dt.minute
    v = r.randrange(8)
    if v == 0:
        return f"{wd}, {d}/{mo}/{y}, {h:02d}:{mi:02d} (GMT+7)"
    if v == 1:
        return f"{d:02d}/{mo:02d}/{y} {h:02d}:{mi:02d}"
    if v == 2:
        return f"Cập nhật: {h:02d}:{mi:02d} {d:02d}-{mo:02d}-{y}"
    if v == 3:
        return f"{h:02d}:{mi:02d} | {d}/{mo}/{y}"
    if v == 4:
        return f"Đăng lúc {h}h{mi:02d} ngày {d}/{mo}/{y}"
    if v == 5:
        return f"{wd.upper()}, {d} THÁNG {mo}, {y} - {h}:{mi:02d}"
    if v == 6:
        return f"Ngày đăng: {d}.{mo}.{y} · {h:02d}h{mi:02d}"
    return f"{y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:00+07:00"


def short_time(r):
    v = r.randrange(6)
    if v == 0:
        return f"{r.randint(2, 59)} phút trước"
    if v == 1:
        return f"{r.randint(1, 23)} giờ trước"
    if v == 2:
        return f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}"
    if v == 3:
        return f"Hôm qua {r.randint(0, 23)}:{r.randint(0, 59):02d}"
    if v == 4:
        return f"{r.randint(1, 28)}/{r.randint(1, 12)}"
    return f"{r.randint(1, 6)} ngày trước"


def site_line(r, site):
    name, dom = site
    v = r.randrange(6)
    return [name, name.upper(), f"{name} - Tin tức 24h", dom, f"{name} | {dom}",
            f"{dom.split('.')[0].upper()} ONLINE"][v]


def menu_line(r):
    items = MENU[:]
    k = r.randint(6, 11)
    head = items[:1] if r.random() < 0.7 else []
    rest = items[1:]
    r.shuffle(rest)
    chosen = head + rest[:k]
    if r.random() < 0.3:
        chosen = [c.upper() for c in chosen]
    sep = pick(r, [" | ", " · ", "  ", " / ", " • ", " ▸ ", "   "])
    return sep.join(chosen)


def breadcrumb(r, title=None):
    sec = pick(r, SECTIONS)
    v = r.randrange(6)
    if v == 0:
        return f"Trang chủ > Thế giới > {sec}"
    if v == 1:
        return f"Home » {sec}"
    if v == 2:
        return f"THẾ GIỚI / {sec.upper()}"
    if v == 3:
        return f"Thế giới › {sec}" + (f" › {title}" if title else "")
    if v == 4:
        return f"🏠 / {sec} / Tin tức"
    return f"Bạn đang ở: Trang chủ - {sec}"


def byline_line(r, story_byline=None):
    if story_byline and r.random() < 0.75:
        v = r.randrange(4)
        return [story_byline, story_byline.upper(), f"Bài: {story_byline}", f"{story_byline} (tổng hợp)"][v]
    p = person(r)
    v = r.randrange(8)
    return [p, p.upper(), f"Bài: {p}", f"Phóng viên {p}", f"Tác giả: {p}", f"{p} | {handle(r)}",
            f"Bài và ảnh: {p} - {person(r)}", f"Nhóm phóng viên thường trú {pick(r, ['Bắc Mỹ', 'châu Âu', 'Đông Bắc Á'])}"][v]


def credit_line(r, story_credit=None):
    if story_credit and r.random() < 0.8:
        c = story_credit
        v = r.randrange(4)
        return [c, f"({c})", c.upper(), f"— {c}"][v]
    a = pick(r, AGENCIES)
    v = r.randrange(6)
    return [f"Theo {a}", f"(Theo {a})", f"Nguồn: {a}", f"THEO {a.upper()}", f"Tổng hợp từ {a}",
            f"{a} / {pick(r, AGENCIES)}"][v]


def photo_credit(r, own=None):
    if own and r.random() < 0.6:
        return own
    p = pick(r, PHOTOGS)
    v = r.randrange(6)
    return [f"Ảnh: {p}", f"ẢNH: {p.upper()}", f"Ảnh: {pick(r, AGENCIES)}", f"Nguồn ảnh: {p}/{pick(r, AGENCIES)}",
            f"Photo: {p}", "(Ảnh minh họa)"][v]


def caption_line(r, text):
    v = r.randrange(7)
    if v == 0:
        return text
    if v == 1:
        return f"{text} Ảnh: {pick(r, PHOTOGS)}"
    if v == 2:
        return f"{text} (Ảnh: {pick(r, AGENCIES)})"
    if v == 3:
        return f"▲ {text}"
    if v == 4:
        return f"{text} | Ảnh: {pick(r, PHOTOGS)}/{pick(r, AGENCIES)}"
    if v == 5:
        return f"📷 {text}"
    return f"{text.rstrip('.')} - ẢNH: {pick(r, PHOTOGS).upper()}"


def related_header(r):
    return pick(r, ["Tin liên quan", "TIN LIÊN QUAN", "Bài viết liên quan:", "» Đọc thêm",
                    "Có thể bạn quan tâm", "XEM THÊM", "Cùng chuyên mục", "Tin khác:"])


def related_title(r, t):
    v = r.randrange(7)
    return [t, f"- {t}", f"» {t}", f"• {t}", f"{t} ({r.randint(1, 28)}/{r.randint(1, 12)})",
            f"{t} 📷", f"▸ {t.upper()}" if len(t) < 70 else f"▸ {t}"][v]


def next_header(r):
    return pick(r, ["Bài tiếp theo", "BÀI TIẾP THEO ›", "Đọc tiếp bài sau:", "→ Bài viết tiếp theo",
                    "Next ▸ Bài kế tiếp", "Tin tiếp theo", "— Bài kế tiếp —"])


def loading_line(r):
    return pick(r, ["Đang tải bài tiếp theo...", "— Cuộn để đọc tiếp —", "Xem tiếp bài viết ▼",
                    "Bạn đang đọc bài viết tiếp theo", "LOADING…", "⟳ Đang tải thêm tin",
                    "Kéo xuống để xem bài tiếp"])


def share_line(r):
    v = r.randrange(7)
    n = r.randint(3, 980)
    return ["Chia sẻ: Facebook | Zalo | Twitter | Email", "Share  f  t  in  ✉", f"Thích {n} | Chia sẻ",
            "Gửi bài viết qua email   In bài   Lưu", "Sao chép liên kết", f"👍 {n}   💬 {r.randint(0, 90)}   ↗ Chia sẻ",
            "CHIA SẺ • ZALO • FACEBOOK"][v]


def tags_line(r):
    ts = r.sample(TAGS, r.randint(2, 5))
    v = r.randrange(5)
    if v == 0:
        return "Từ khóa: " + ", ".join(ts)
    if v == 1:
        return "Tags: " + " ".join("#" + t.replace(" ", "") for t in ts)
    if v == 2:
        return "TAG: " + " | ".join(t.upper() for t in ts)
    if v == 3:
        return "Chủ đề: " + " · ".join(ts)
    return "#" + " #".join(t.replace(" ", "_") for t in ts)


def comment_lines(r, k=None):
    k = r.randint(1, 3) if k is None else k
    out = [("widget", pick(r, [f"Bình luận ({r.randint(2, 80)})", "Ý kiến bạn đọc", "BÌNH LUẬN",
                               "Ý kiến của bạn", f"{r.randint(2, 80)} bình luận"]))]
    for _ in range(k):
        v = r.randrange(3)
        who = person(r) if v else handle(r)
        out.append(("widget", f"{who}: {pick(r, COMMENTS)}" if v != 2 else f"{who} · {pick(r, COMMENTS)}"))
        if r.random() < 0.5:
            out.append(("widget", pick(r, ["Trả lời · Thích · 2 giờ trước", "Thích (3) | Trả lời",
                                           f"{r.randint(1, 59)} phút trước  ·  Trả lời", "Báo cáo vi phạm"])))
    if r.random() < 0.5:
        out.append(("widget", pick(r, ["Viết bình luận của bạn...", f"Xem thêm {r.randint(3, 40)} bình luận",
                                       "Gửi bình luận", "Đăng nhập để bình luận"])))
    return out


def footer_lines(r, site):
    name, dom = site
    out = []
    opts = [
        f"© {r.randint(2016, 2020)} {name}. Giấy phép số {r.randint(10, 480)}/GP-BTTTT",
        f"Bản quyền thuộc về {name} - {dom}",
        f"Liên hệ quảng cáo: 0{r.randint(20, 29)}{r.randint(1000000, 9999999)}",
        f"Địa chỉ: Số {r.randint(1, 199)} phố {pick(r, ['Hàng Gai', 'Lý Nam Đế', 'Trần Khát Chân', 'Nguyễn Du'])}, Hà Nội",
        "Ghi rõ nguồn khi phát hành lại thông tin từ website này.",
        f"Tổng biên tập: {person(r)}",
        "Về đầu trang ↑",
        "Điều khoản sử dụng | Chính sách bảo mật | RSS",
    ]
    for s in r.sample(opts, r.randint(2, 4)):
        out.append(("widget", s))
    return out


def widget_line(r):
    return pick(r, [
        f"Thời tiết Hà Nội {r.randint(14, 38)}°C", f"Tỷ giá USD {r.randint(22800, 25400):,}".replace(",", "."),
        "Quảng cáo", "ADVERTISEMENT", "Đăng ký nhận bản tin", "Tải ứng dụng trên App Store | Google Play",
        f"Nghe bài viết 🔊 0{r.randint(1, 9)}:{r.randint(10, 59)}", "Cỡ chữ  A-  A+", "Đọc nhiều nhất",
        "XEM NHIỀU", "Theo dõi chúng tôi trên Zalo", "▶ Video nổi bật", "Tin nóng 24h",
    ])


# --------------------------------------------------------------------------
# page builder
# --------------------------------------------------------------------------

def norm_key(s):
    s = unicodedata.normalize("NFC", s).replace("\u200b", "")
    return "".join(s.split()).casefold()


class Builder:
    def __init__(self, story, site, r, others):
        self.story, self.site, self.r = story, site, r
        self.others = others
        self.lines = []  # (kind | None | "body", text or list of items)
        self.body_keys = {norm_key(s) for s in story.body}
        self.unl = set()

    # unlabelled
    def title(self):
        self._u("title", self.story.title)

    def date(self, dt=None):
        self._u("date", date_line(self.r, dt))

    def site_name(self):
        self._u("site", site_line(self.r, self.site))

    def _u(self, what, text):
        if what in self.unl:
            return
        self.unl.add(what)
        self.lines.append((None, text))

    def f(self, kind, text):
        text = _clean_ws(text)
        if not text or norm_key(text) in self.body_keys:
            return
        self.lines.append((kind, text))

    def fs(self, pairs):
        for k, t in pairs:
            self.f(k, t)

    def para(self, items):
        self.lines.append(("body", list(items)))

    # composite helpers
    def paragraphs(self, sents=None):
        sents = self.story.body if sents is None else sents
        out, i = [], 0
        while i < len(sents):
            k = self.r.choices([1, 2, 3, 4], weights=[3, 4, 3, 1])[0]
            out.append(sents[i:i + k])
            i += k
        return out

    def lead_photo(self):
        s = self.story
        if s.lead_caption:
            self.f("caption", caption_line(self.r, s.lead_caption))
            if self.r.random() < 0.4:
                self.f("credit", photo_credit(self.r, s.photo_credit))
        elif s.photo_credit:
            self.f("credit", s.photo_credit)

    def byline(self):
        self.f("byline", byline_line(self.r, self.story.byline))

    def tail_byline(self):
        s, r = self.story, self.r
        if s.byline:
            self.f("byline", byline_line(r, s.byline))
        if s.credit or r.random() < 0.3:
            self.f("credit", credit_line(r, s.credit))

    def body_with(self, inserts=None, every=2):
        """All body paragraphs; inserts() called between some paragraphs."""
        paras = self.paragraphs()
        for n, p in enumerate(paras):
            self.para(p)
            if inserts and n < len(paras) - 1 and (n + 1) % every == 0:
                inserts()

    def other(self, mode="related", n_lines=None, with_date=True, with_byline=False, header=None):
        """Another story's title, date and first lines, all labelled related."""
        o = self.take_other()
        if o is None:
            return None
        r = self.r
        if header:
            self.f("widget", header)
        self.f("related", related_title(r, o.title) if mode == "list" else o.title)
        if with_date:
            self.f("related", date_line(r) if r.random() < 0.6 else short_time(r))
        if with_byline:
            self.f("related", byline_line(r))
        k = r.randint(1, 3) if n_lines is None else n_lines
        sents = o.teasers[:k * 2]
        i = 0
        while i < len(sents) and k > 0:
            step = r.randint(1, 2)
            self.f("related", " ".join(sents[i:i + step]))
            i += step
            k -= 1
        if o.shorts and r.random() < 0.35:
            self.f("caption", caption_line(r, pick(r, o.shorts)))
        return o

    def teaser(self, o=None, meta=True):
        o = o or self.take_other()
        if o is None:
            return None
        r = self.r
        self.f("related", related_title(r, o.title))
        if o.teasers and r.random() < 0.75:
            self.f("related", o.teasers[0])
        if meta and r.random() < 0.6:
            self.f("related", pick(r, [short_time(r), f"{pick(r, SECTIONS)} · {short_time(r)}",
                                       f"{short_time(r)} | {pick(r, SECTIONS)}"]))
        return o

    def take_other(self):
        if not self.others:
            return None
        return self.others.pop(0)

    def related_list(self, k=None):
        r = self.r
        k = r.randint(2, 4) if k is None else k
        got = [self.take_other() for _ in range(k)]
        got = [g for g in got if g]
        if not got:
            return
        self.f("widget", related_header(r))
        for o in got:
            self.f("related", related_title(r, o.title))

    def furniture_top(self, crumb=True, menu=True):
        r = self.r
        if r.random() < 0.8:
            self.site_name()
        if menu:
            self.f("widget", menu_line(r))
        if crumb and r.random() < 0.7:
            self.f("widget", breadcrumb(r))

    def end(self, comments=True):
        r = self.r
        if r.random() < 0.6:
            self.f("widget", share_line(r))
        if r.random() < 0.6:
            self.f("widget", tags_line(r))
        if comments and r.random() < 0.5:
            self.fs(comment_lines(r))
        self.fs(footer_lines(r, self.site))


# --------------------------------------------------------------------------
# layouts
# --------------------------------------------------------------------------

def lay_next_article_after(b):
    r = b.r
    b.furniture_top()
    b.title()
    b.date()
    if r.random() < 0.5:
        b.byline()
    b.lead_photo()
    b.body_with()
    b.tail_byline()
    if r.random() < 0.7:
        b.f("widget", share_line(r))
    b.other(header=next_header(r), n_lines=r.randint(2, 3), with_byline=r.random() < 0.4)
    b.fs(footer_lines(r, b.site))


def lay_infinite_scroll(b):
    r = b.r
    b.furniture_top()
    b.title()
    b.byline()
    b.date()
    b.lead_photo()
    b.body_with(lambda: b.f("widget", widget_line(r)), every=3)
    b.tail_byline()
    for _ in range(r.randint(2, 3)):
        b.f("widget", loading_line(r))
        b.other(n_lines=r.randint(1, 2), with_byline=r.random() < 0.3)
        if r.random() < 0.5:
            b.f("widget", share_line(r))
    b.f("widget", loading_line(r))


def lay_homepage(b):
    r = b.r
    b.site_name()
    b.f("widget", menu_line(r))
    b.f("widget", pick(r, ["Tin nóng:", "NÓNG", "Sự kiện: Bầu cử Mỹ | Biển Đông | Bão lũ", "🔥 Đang được quan tâm"]))
    for _ in range(r.randint(2, 4)):
        b.teaser()
    b.f("widget", pick(r, ["TIN NỔI BẬT", "Tiêu điểm", "Bài chính", "★ Nổi bật"]))
    b.title()
    b.date()
    b.lead_photo()
    b.body_with()
    b.tail_byline()
    b.f("widget", pick(r, [pick(r, SECTIONS).upper(), f"{pick(r, SECTIONS)} ›", f"Xem thêm {pick(r, SECTIONS)} »"]))
    for _ in range(r.randint(3, 5)):
        b.teaser()
    b.fs(footer_lines(r, b.site))


def lay_prev_next_blocks(b):
    r = b.r
    b.furniture_top()
    b.title()
    b.date()
    b.lead_photo()
    b.body_with()
    b.tail_byline()
    b.f("widget", tags_line(r))
    for lab in r.sample([("Bài trước", "«"), ("Bài tiếp theo", "»")], 2):
        o = b.take_other()
        if o is None:
            continue
        v = r.randrange(3)
        if v == 0:
            b.f("related", f"{lab[1]} {lab[0]}: {o.title}")
        elif v == 1:
            b.f("widget", lab[0].upper())
            b.f("related", o.title)
        else:
            b.f("widget", f"{lab[0]} {lab[1]}")
            b.f("related", o.title)
            if o.teasers:
                b.f("related", o.teasers[0])
    b.end()


def lay_endless_feed(b):
    r = b.r
    b.site_name()
    b.f("widget", pick(r, ["Dòng tin", "MỚI NHẤT", "Tin mới cập nhật liên tục", "Bảng tin ▼"]))
    for _ in range(r.randint(1, 3)):
        b.f("widget", pick(r, SECTIONS).upper())
        b.teaser()
    b.f("widget", pick(r, SECTIONS).upper())
    b.title()
    b.date()
    b.byline()
    b.lead_photo()
    b.body_with()
    b.tail_byline()
    for _ in range(r.randint(2, 4)):
        if r.random() < 0.5:
            b.f("widget", pick(r, SECTIONS))
        b.teaser()
        if r.random() < 0.3:
            b.f("widget", widget_line(r))
    b.f("widget", loading_line(r))


def lay_print_all(b):
    r = b.r
    name, dom = b.site
    b.f("widget", pick(r, [f"In tất cả bài viết - {name}", "BẢN IN: TẤT CẢ BÀI VIẾT",
                           f"Xuất bản in {r.randint(3, 6)} bài viết", "Print all articles | Lưu PDF"]))
    total = r.randint(3, 5)
    pos = r.randrange(total)
    for k in range(total):
        b.f("widget", pick(r, [f"[{k + 1}/{total}]", f"Bài {k + 1} / {total}", f"--- {k + 1} ---", f"#{k + 1}"]))
        if k == pos:
            b.title()
            b.date()
            b.byline()
            b.body_with()
            b.tail_byline()
            b.f("widget", f"https://{dom}/{pick(r, ['the-gioi', 'quan-su', 'tu-lieu'])}/{r.randint(100000, 999999)}.html")
        else:
            b.other(n_lines=r.randint(2, 3), with_byline=r.random() < 0.5)
            if r.random() < 0.5:
                b.f("widget", f"https://{dom}/bai-viet-{r.randint(100000, 999999)}.html")
        if r.random() < 0.4:
            b.f("widget", f"Trang {k + 1}/{total}")
    b.f("widget", pick(r, ["In lúc " + date_line(r), "Trang in từ " + dom, f"© {name}"]))


def lay_amp_carousel(b):
    r = b.r
    b.f("widget", pick(r, ["⚡ AMP", "Phiên bản rút gọn (AMP)", "AMP · Xem bản đầy đủ", "☰"]))
    b.site_name()
    b.title()
    b.date()
    b.lead_photo()
    b.body_with()
    b.tail_byline()
    b.f("widget", pick(r, ["Tin khác", "ĐỌC THÊM", "Có thể bạn quan tâm ▸", "Gợi ý cho bạn"]))
    n = r.randint(3, 6)
    for k in range(n):
        o = b.take_other()
        if o is None:
            break
        if r.random() < 0.6:
            b.f("widget", pick(r, [f"{k + 1}/{n}", f"‹ {k + 1} / {n} ›", f"{k + 1} of {n}"]))
        if o.shorts and r.random() < 0.5:
            b.f("caption", caption_line(r, o.shorts[0]))
        b.f("related", related_title(r, o.title))
    b.f("widget", pick(r, ["‹  ›", "◀ ▶", "Trước | Sau"]))
    b.fs(footer_lines(r, b.site))


def lay_live_page(b):
    r = b.r
    b.site_name()
    b.f("widget", pick(r, ["🔴 TRỰC TIẾP", "Trực tiếp: Tin thế giới trong ngày", "LIVE - Cập nhật liên tục",
                           "Tường thuật trực tiếp"]))
    b.f("widget", pick(r, ["Tự động cập nhật: BẬT", "Làm mới ↻", "Mới nhất ở trên cùng"]))
    total = r.randint(3, 6)
    pos = r.randrange(total)
    for k in range(total):
        if k == pos:
            b.date()
            b.title()
            b.body_with()
            b.tail_byline()
        else:
            b.f("related", f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}" if r.random() < 0.6 else short_time(r))
            b.other(n_lines=1, with_date=False)
        if r.random() < 0.3:
            b.f("widget", pick(r, ["Chia sẻ cập nhật này", "🔗 Link", "↗"]))
    b.f("widget", pick(r, ["Tải thêm cập nhật", "Xem các cập nhật cũ hơn ▼", "Hết nội dung trực tiếp"]))


def lay_magazine(b):
    r = b.r
    mag = pick(r, MAGAZINES)
    b.f("widget", pick(r, [f"{mag.upper()} — SỐ {r.randint(12, 480)}", f"{mag} | Số {r.randint(12, 480)}, tháng {r.randint(1, 12)}/{r.randint(2016, 2019)}",
                           f"Số báo {r.randint(12, 480)} - {mag}"]))
    b.f("widget", pick(r, ["MỤC LỤC", "Trong số này:", "Mục lục số báo"]))
    others = [b.take_other() for _ in range(r.randint(3, 5))]
    others = [o for o in others if o]
    for o in others:
        b.f("related", pick(r, [f"Trang {r.randint(4, 90)} · {o.title}", f"{o.title} .......... {r.randint(4, 90)}",
                                f"{r.randint(4, 90)}  {o.title}"]))
    pos = r.randrange(len(others) + 1)
    for k in range(len(others) + 1):
        if k == pos:
            b.f("widget", pick(r, SECTIONS).upper())
            b.title()
            b.byline()
            b.lead_photo()
            b.body_with()
            b.tail_byline()
        else:
            o = others[k if k < pos else k - 1]
            b.f("related", o.title)
            for t in o.teasers[:r.randint(1, 3)]:
                b.f("related", t)
        if r.random() < 0.5:
            b.f("widget", pick(r, [f"{mag} · {r.randint(4, 90)}", f"— {r.randint(4, 90)} —", f"Trang {r.randint(4, 90)}"]))


def lay_sidebar_interleaved(b):
    r = b.r
    b.furniture_top()
    b.title()
    b.date()
    b.byline()
    b.lead_photo()

    def side():
        if r.random() < 0.5:
            b.f("widget", pick(r, ["Đọc nhiều", "XEM NHIỀU NHẤT", "Tin mới", "Nổi bật trong tuần"]))
        o = b.take_other()
        if o:
            b.f("related", pick(r, [f"{r.randint(1, 5)}. {o.title}", o.title, f"0{r.randint(1, 5)} {o.title}"]))
    b.body_with(side, every=1)
    b.tail_byline()
    b.related_list()
    b.end()


def lay_category_listing(b):
    r = b.r
    b.furniture_top(crumb=False)
    sec = pick(r, SECTIONS)
    b.f("widget", pick(r, [sec.upper(), f"Chuyên mục: {sec}", f"{sec} - Trang 1"]))
    b.title()
    b.date()
    b.lead_photo()
    b.body_with()
    b.tail_byline()
    b.f("widget", pick(r, ["Tin khác cùng chuyên mục", "CÁC TIN KHÁC", "Tin đã đưa", "Xem tiếp chuyên mục"]))
    for _ in range(r.randint(3, 6)):
        o = b.take_other()
        if o is None:
            break
        b.f("related", pick(r, [f"{o.title} ({short_time(r)})", f"{short_time(r)} - {o.title}", o.title]))
    b.f("widget", pick(r, ["« Trang trước | 1 2 3 4 5 | Trang sau »", "Xem thêm", "1  2  3  …  Sau ›"]))
    b.fs(footer_lines(r, b.site))


def lay_rss_digest(b):
    r = b.r
    name, dom = b.site
    b.f("widget", pick(r, [f"RSS: {name} - Thế giới", f"Nguồn tin RSS · {dom}/rss/the-gioi.rss", "Bản tin tổng hợp (RSS)"]))
    items = r.randint(2, 4)
    pos = r.randrange(items + 1)
    for k in range(items + 1):
        if k == pos:
            b.title()
            b.date()
            b.body_with()
            b.tail_byline()
        else:
            o = b.take_other()
            if o is None:
                continue
            b.f("related", o.title)
            b.f("related", date_line(r))
            if o.teasers:
                b.f("related", o.teasers[0])
        b.f("widget", pick(r, ["Đọc tiếp →", "Xem chi tiết", "[Xem bài gốc]", "Link gốc ↗"]))


def lay_topic_timeline(b):
    r = b.r
    b.furniture_top()
    b.f("widget", pick(r, ["Dòng sự kiện", "DIỄN BIẾN MỚI NHẤT", "Toàn cảnh sự kiện", "⏱ Dòng thời gian"]))
    b.title()
    b.date()
    b.byline()
    b.lead_photo()
    b.body_with()
    b.tail_byline()
    b.f("widget", pick(r, ["Các bài trước trong sự kiện", "Cũ hơn ▼", "Diễn biến trước đó"]))
    for _ in range(r.randint(3, 5)):
        o = b.take_other()
        if o is None:
            break
        b.f("related", pick(r, [date_line(r), short_time(r), f"{r.randint(1, 28)}/{r.randint(1, 12)}"]))
        b.f("related", o.title)
    b.end(comments=False)


def lay_prev_tail_first(b):
    r = b.r
    b.furniture_top()
    b.f("widget", pick(r, ["Bài trước", "« Bạn vừa đọc", "Tin vừa xem", "BÀI VIẾT TRƯỚC"]))
    b.other(n_lines=r.randint(1, 3), with_byline=r.random() < 0.5)
    b.f("widget", pick(r, ["Bài tiếp theo", "Tiếp theo ▼", "Bạn đang đọc", "— Tin kế tiếp —"]))
    b.title()
    b.date()
    b.lead_photo()
    b.body_with()
    b.tail_byline()
    b.end()


def lay_mobile_app(b):
    r = b.r
    b.f("widget", pick(r, ["☰  🔍", "< Quay lại", "Mở trong ứng dụng", "Tải app để đọc nhanh hơn"]))
    b.site_name()
    b.title()
    b.byline()
    b.date()
    b.lead_photo()
    b.body_with(lambda: b.f("widget", pick(r, ["Quảng cáo", "ADVERTISEMENT", "Tài trợ", "—  Quảng cáo  —"])), every=3)
    b.tail_byline()
    b.f("widget", pick(r, ["Dành cho bạn", "ĐỀ XUẤT", "Tin gợi ý", "Bạn có thể thích"]))
    for _ in range(r.randint(2, 4)):
        b.teaser()
    b.f("widget", pick(r, ["🏠 Trang chủ   📰 Tin mới   ▶ Video   👤 Cá nhân", "Trang chủ | Mới | Video | Tôi"]))


def lay_gallery_story(b):
    r = b.r
    b.furniture_top()
    b.title()
    b.date()
    b.lead_photo()

    def photo():
        o = b.take_other()
        if o and o.shorts:
            b.f("caption", caption_line(r, pick(r, o.shorts)))
        else:
            b.f("widget", pick(r, ["[Ảnh]", "📷", "Xem ảnh phóng to"]))
        if r.random() < 0.5:
            b.f("credit", photo_credit(r))
    b.body_with(photo, every=2)
    b.tail_byline()
    b.f("widget", pick(r, ["Xem thêm ảnh", "ẢNH KHÁC", "Thư viện ảnh ▸"]))
    for _ in range(r.randint(2, 4)):
        o = b.take_other()
        if o is None:
            break
        b.f("related", related_title(r, o.title))
        if o.shorts and r.random() < 0.5:
            b.f("caption", o.shorts[-1])
    b.end()


def lay_split_pages(b):
    r = b.r
    b.furniture_top()
    b.title()
    b.date()
    b.byline()
    paras = b.paragraphs()
    cut = max(1, len(paras) // 2)
    total = 2
    for k, p in enumerate(paras):
        if k == cut and len(paras) > 1:
            b.f("widget", pick(r, [f"Trang 1/{total}", f"Xem trang 2 »", "1 | 2 | Tiếp theo ›", "— Hết trang 1 —"]))
            b.f("widget", widget_line(r))
            b.f("widget", pick(r, [f"Trang 2/{total}", "Trang 2", "(tiếp theo trang 1)"]))
        if k == 0:
            b.para(p)
            b.lead_photo()
        else:
            b.para(p)
    b.tail_byline()
    b.other(header=next_header(r), n_lines=r.randint(1, 2))
    b.end(comments=False)


def lay_newsletter(b):
    r = b.r
    name, dom = b.site
    b.f("widget", pick(r, [f"Bản tin sáng {name}", f"{name.upper()} - BẢN TIN BUỔI TỐI", f"Newsletter · {dom}"]))
    b.f("widget", pick(r, ["Chào bạn,", "Xin chào quý độc giả!", "Kính gửi bạn đọc,"]))
    b.f("widget", pick(r, ["Dưới đây là những tin đáng chú ý hôm nay:", "Tin chính trong ngày:", "Điểm tin nhanh:"]))
    b.title()
    b.date()
    b.body_with()
    b.tail_byline()
    for _ in range(r.randint(2, 4)):
        o = b.take_other()
        if o is None:
            break
        b.f("related", pick(r, [f"■ {o.title}", f"• {o.title}", o.title.upper() if len(o.title) < 80 else o.title]))
        if o.teasers and r.random() < 0.6:
            b.f("related", o.teasers[0])
        b.f("widget", pick(r, ["Đọc thêm »", "Xem chi tiết", "→"]))
    b.f("widget", pick(r, ["Hủy đăng ký nhận bản tin", "Bạn nhận email này vì đã đăng ký.", "Unsubscribe | Cài đặt"]))
    b.fs(footer_lines(r, b.site))


def lay_comments_then_next(b):
    r = b.r
    b.furniture_top()
    b.title()
    b.date()
    b.lead_photo()
    b.body_with()
    b.tail_byline()
    b.f("widget", share_line(r))
    b.fs(comment_lines(r, r.randint(3, 5)))
    b.f("widget", loading_line(r))
    b.other(n_lines=r.randint(2, 3), with_byline=r.random() < 0.5)
    b.fs(footer_lines(r, b.site))


def lay_search_results(b):
    r = b.r
    b.site_name()
    q = pick(r, TAGS)
    b.f("widget", pick(r, [f"Kết quả tìm kiếm cho \u201c{q}\u201d", f"Tìm kiếm: {q}", f"Có {r.randint(12, 900)} kết quả cho '{q}'"]))
    b.f("widget", pick(r, ["Sắp xếp: Mới nhất | Liên quan nhất", "Lọc theo: Tất cả thời gian", "Bộ lọc ▾"]))
    before = r.randint(0, 2)
    for _ in range(before):
        b.teaser()
    b.title()
    b.date()
    b.body_with()
    b.tail_byline()
    for _ in range(r.randint(2, 4)):
        b.teaser()
    b.f("widget", pick(r, ["‹ Trước  1  2  3  Sau ›", "Tải thêm kết quả", "Trang 1 / 12"]))


def lay_amp_next_page(b):
    r = b.r
    b.f("widget", pick(r, ["⚡ AMP", "☰  " + b.site[0], "Mở phiên bản đầy đủ"]))
    b.title()
    b.date()
    b.byline()
    b.lead_photo()
    b.body_with()
    b.tail_byline()
    b.related_list(r.randint(2, 3))
    for _ in range(r.randint(1, 2)):
        b.f("widget", pick(r, ["Bài viết tiếp theo", "Tiếp theo trong chuyên mục", "NEXT ARTICLE", "Đọc tiếp ▾"]))
        o = b.other(n_lines=r.randint(1, 2))
        if o and r.random() < 0.6:
            b.f("widget", pick(r, ["Xem toàn bài ›", "Đọc tiếp bài này", "Tiếp tục đọc"]))
    b.f("widget", pick(r, ["Về đầu trang", "▲ Lên đầu", "Back to top"]))


LAYOUTS = [
    "next_article_after", "infinite_scroll", "homepage", "prev_next_blocks", "endless_feed",
    "print_all", "amp_carousel", "live_page", "magazine_issue", "sidebar_interleaved",
    "category_listing", "rss_digest", "topic_timeline", "prev_tail_first", "mobile_app",
    "gallery_story", "split_pages", "newsletter", "comments_then_next", "search_results",
    "amp_next_page",
]
_LAYOUT_FN = {
    "next_article_after": lay_next_article_after, "infinite_scroll": lay_infinite_scroll,
    "homepage": lay_homepage, "prev_next_blocks": lay_prev_next_blocks, "endless_feed": lay_endless_feed,
    "print_all": lay_print_all, "amp_carousel": lay_amp_carousel, "live_page": lay_live_page,
    "magazine_issue": lay_magazine, "sidebar_interleaved": lay_sidebar_interleaved,
    "category_listing": lay_category_listing, "rss_digest": lay_rss_digest,
    "topic_timeline": lay_topic_timeline, "prev_tail_first": lay_prev_tail_first,
    "mobile_app": lay_mobile_app, "gallery_story": lay_gallery_story, "split_pages": lay_split_pages,
    "newsletter": lay_newsletter, "comments_then_next": lay_comments_then_next,
    "search_results": lay_search_results, "amp_next_page": lay_amp_next_page,
}


# --------------------------------------------------------------------------
# faults and assembly
# --------------------------------------------------------------------------

def _replace_space(r, s, new):
    idx = [i for i, c in enumerate(s) if c == " " and 0 < i < len(s) - 1]
    if not idx:
        return s
    i = pick(r, idx)
    return s[:i] + new + s[i + 1:]


def _zwsp(r, s):
    idx = [i for i in range(1, len(s)) if s[i - 1].isalpha() and s[i].isalpha()]
    if not idx:
        return s
    i = pick(r, idx)
    return s[:i] + "\u200b" + s[i:]


def assemble(row, layout, b):
    """Apply scraper faults, then build the Page."""
    r = rng_for(row, "faults")
    faults = []
    if r.random() < FAULT_RATE:
        faults = r.sample(FAULTS, r.choice([1, 1, 2]))
    lines = []  # (kind, text, items)
    for kind, val in b.lines:
        if kind == "body":
            items = list(val)
            if "glue" in faults:
                for j in range(len(items) - 1):
                    if items[j].endswith(".") and items[j + 1][:1].isupper():
                        items[j:j + 2] = [items[j] + items[j + 1]]
                        faults = [f if f != "glue" else "glue*" for f in faults]
                        break
            lines.append(("body", None, items))
        else:
            lines.append((kind, val, None))

    def touch(fn):
        out = []
        for kind, text, items in lines:
            if items is not None:
                items = [fn(s) if r.random() < 0.3 else s for s in items]
            elif r.random() < 0.2:
                text = fn(text)
            out.append((kind, text, items))
        return out

    if "nbsp" in faults:
        lines = touch(lambda s: _replace_space(r, s, "\u00a0"))
    if "zwsp" in faults:
        lines = touch(lambda s: _zwsp(r, s))
    if "double_space" in faults:
        lines = touch(lambda s: _replace_space(r, s, "  "))
    nfd = "nfd" in faults
    conv = (lambda s: unicodedata.normalize("NFD", s)) if nfd else (lambda s: s)
    text_lines, body, furniture = [], [], []
    for kind, text, items in lines:
        if items is not None:
            items = [conv(s) for s in items]
            body.extend(items)
            text_lines.append(" ".join(items))
        else:
            t = conv(text)
            text_lines.append(t)
            if kind is not None:
                furniture.append((kind, t))
    done = [f.rstrip("*") for f in faults if f != "glue"]  # glue only counts if applied
    page = Page("\n".join(text_lines), body, furniture, layout)
    return page, done


def check_page(p):
    """Raise ValueError if the page breaks the contract."""
    if not isinstance(p, Page) or p.layout not in LAYOUTS:
        raise ValueError("bad page type or layout")
    if not p.text or not p.body:
        raise ValueError("empty text or body")
    lines = p.text.split("\n")
    for ln in lines:
        if not ln.strip() or ln != ln.strip():
            raise ValueError(f"blank or unstripped line: {ln!r}")
    for s in p.body:
        if not isinstance(s, str) or not s or "\n" in s or s not in p.text:
            raise ValueError(f"bad body item: {s!r}")
    for k, t in p.furniture:
        if k not in KINDS or not isinstance(t, str) or "\n" in t or not t:
            raise ValueError(f"bad furniture: {(k, t)!r}")
    bi = fi = unl = 0
    for ln in lines:
        done = False
        for n in range(1, 5):
            if bi + n <= len(p.body) and " ".join(p.body[bi:bi + n]) == ln:
                bi += n
                done = True
                break
        if done:
            continue
        if fi < len(p.furniture) and p.furniture[fi][1] == ln:
            fi += 1
            continue
        unl += 1
    if bi != len(p.body) or fi != len(p.furniture):
        raise ValueError(f"body/furniture not all placed in order ({bi}/{len(p.body)}, {fi}/{len(p.furniture)})")
    if unl > 3:
        raise ValueError(f"{unl} unlabelled lines")
    keys = {norm_key(s) for s in p.body}
    for k, t in p.furniture:
        if norm_key(t) in keys:
            raise ValueError(f"furniture equals a body sentence: {t!r}")


def build(train_path):
    body_rows, rel_rows = read_rows(train_path)
    pool = [related_material(row, t, a) for row, t, a in rel_rows]
    pool = [o for o in pool if o.title]
    out, faults = [], []
    for k, (row, title, article) in enumerate(body_rows):
        layout = LAYOUTS[k % len(LAYOUTS)]
        story = extract_story(title, article)
        if not story.body:
            raise ValueError(f"row {row}: no body sentences")
        r = rng_for(row, "layout")
        site = pick(rng_for(row, "site"), SITES)
        rr = rng_for(row, "related")
        others = rr.sample(pool, min(len(pool), 16))
        b = Builder(story, site, r, others)
        _LAYOUT_FN[layout](b)
        page, done = assemble(row, layout, b)
        check_page(page)
        out.append(page)
        faults.append(done)
    return out, faults


def pages(train_path):
    return build(train_path)[0]


def main(argv):
    if len(argv) != 2:
        print("usage: make.py TRAIN.jsonl.gz", file=sys.stderr)
        return 2
    ps, faults = build(argv[1])
    tot = Counter()
    per = {}
    for p in ps:
        c = per.setdefault(p.layout, Counter())
        for cc in (c, tot):
            cc["pages"] += 1
            cc["body"] += len(p.body)
            for k, _ in p.furniture:
                cc[k] += 1
    cols = ["pages", "body"] + list(KINDS)
    print("layout".ljust(22) + "".join(c.rjust(9) for c in cols))
    for lay in LAYOUTS:
        if lay in per:
            print(lay.ljust(22) + "".join(str(per[lay][c]).rjust(9) for c in cols))
    print("TOTAL".ljust(22) + "".join(str(tot[c]).rjust(9) for c in cols))
    fc = Counter(f for fs in faults for f in fs)
    print(f"pages with faults: {sum(1 for fs in faults if fs)} / {len(ps)}")
    print("faults: " + ", ".join(f"{f}={fc[f]}" for f in FAULTS))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
