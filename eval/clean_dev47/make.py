#!/usr/bin/env python3
"""Blind held-out evaluation set 47 for the Vietnamese news-page cleaner.

Theme: the state a page was in, and its moment in the news cycle, when it was
scraped (breaking stub being updated, corrected article, change log, partner
copy, archived page, paywall preview, taken-down notice over a cached copy,
part of a series, special-event editions, weekend long-read, half-loaded page,
A/B variant with a survey, redesign toggles, print edition's web copy, evening
digest, prompt stack, CMS preview).

    python eval/clean_test47/make.py /work/shared/data/vietnews_train.jsonl.gz

Standard library only.  ``pages(train_path)`` returns a list of ``Page``;
every page is checked against the contract before it is returned.
"""
from __future__ import annotations

import datetime
import gzip
import json
import random
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from typing import NamedTuple

SEED = 4747
BODY_ROWS = range(19_900, 19_997)
RELATED_ROWS = range(18_000, 18_100)
RELATED_CHARS = 1_200
KINDS = ("byline", "credit", "caption", "related", "widget")
UNLABELLED = ("title", "date", "site")


class Page(NamedTuple):
    text: str
    body: list
    furniture: list
    layout: str


def rng_for(row, purpose):
    return random.Random(f"test47|{SEED}|{row}|{purpose}")


# ---------------------------------------------------------------- reading rows
def parse_row(raw):
    """(title, article) of a usable row, else None."""
    if not raw.strip():
        return None
    try:
        obj = json.loads(raw.decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        return None
    if not isinstance(obj, dict):
        return None
    title, article = obj.get("title"), obj.get("article")
    if not isinstance(title, str) or not isinstance(article, str):
        return None
    title = re.sub(r"\s+", " ", title).strip()
    article = re.sub(r"\s+", " ", article).strip()
    if not title or not article:
        return None
    return title, article


def read_rows(train_path):
    """One streaming read; stops right after the last row needed."""
    last = max(BODY_ROWS[-1], RELATED_ROWS[-1])
    body, related = [], []
    with gzip.open(train_path, "rb") as fh:
        for i, raw in enumerate(fh):
            if i in BODY_ROWS or i in RELATED_ROWS:
                rec = parse_row(raw)
                if rec is not None:
                    (body if i in BODY_ROWS else related).append((i, rec[0], rec[1]))
            if i >= last:
                break
    return body, related


# ---------------------------------------------------------- sentence splitting
TERM = ".!?…"
ABBREV = {"TP", "Tp", "TS", "PGS", "GS", "ThS", "Th.S", "BS", "Bs", "KS", "CN", "NSND", "NSƯT",
          "PGS.TS", "GS.TS", "TS.BS", "Mr", "Mrs", "Ms", "Dr", "St", "NXB", "TX", "TT", "Q", "P",
          "Co", "Ltd", "Inc", "Jr", "Sr", "No", "vs", "Lt", "Gs", "Ts"}


def _quote_open(seg):
    depth = 0
    for ch in seg:
        if ch == "“":
            depth = 1
        elif ch == "”":
            depth = 0
        elif ch == '"':
            depth = 0 if depth else 1
    return depth == 1


def split_sentences(text):
    """Sentence splitter: quoted speech stays together; TP., TS., PGS. and
    single capital initials do not end a sentence."""
    s = re.sub(r"\s+", " ", text).strip()
    out, start, i, n = [], 0, 0, len(s)
    while i < n:
        if s[i] not in TERM:
            i += 1
            continue
        j = i
        while j < n and s[j] in TERM:
            j += 1
        q = j
        while q < n and s[q] == " ":
            q += 1
        is_open = _quote_open(s[start:j])
        if is_open and q < n and s[q] in '"”':
            end = q + 1
        elif is_open and j - start < 900:
            i = j
            continue
        else:
            end = j
        if end < n and s[end] != " ":
            i = j
            continue
        r = end
        while r < n and s[r] == " ":
            r += 1
        if r >= n:
            break
        nxt = s[r]
        if nxt in '"“(‘\'[':
            r += 1
            while r < n and s[r] == " ":
                r += 1
            nxt = s[r] if r < n else ""
        ok = bool(nxt) and (nxt.isupper() or nxt.isdigit())
        if ok and s[i:j] == ".":
            k = i
            while k > start and s[k - 1] != " ":
                k -= 1
            word = s[k:i].lstrip('("“')
            if word in ABBREV or (len(word) == 1 and word.isupper()) or re.fullmatch(r"(?:[^\W\d_]\.)+[^\W\d_]", word):
                ok = False
        if ok:
            seg = s[start:end].strip()
            if seg:
                out.append(seg)
            start = i = end
        else:
            i = j
    seg = s[start:].strip()
    if seg:
        out.append(seg)
    return out


def terminated(s):
    t = s.rstrip(' "”)’\'')
    return bool(t) and t[-1] in TERM


FUSE = {"Trước", "Sau", "Cuối", "Theo", "Trong", "Cũng", "Tại", "Để", "Các", "Khi", "Từ", "Hiện",
        "Ngoài", "Việc", "Năm", "Ngày", "Tháng", "Sáng", "Chiều", "Tối", "Đêm", "Trưa", "Lúc", "Đến",
        "Với", "Cùng", "Nhưng", "Song", "Vì", "Nếu", "Những", "Nhiều", "Đây", "Đó", "Hôm", "Mỗi", "Tất",
        "Ngay", "Dù", "Mặc", "Bên", "Riêng", "Còn", "Về", "Qua", "Thay", "Kể", "Ông", "Bà", "Tuy", "Đặc",
        "Thực", "Lãnh"}
PLACE_WORDS = {"ông", "bà", "anh", "chị", "em", "cụ", "cô", "chú", "bác", "ngõ", "phố", "đường", "phường",
               "xã", "thôn", "làng", "hẻm", "khu", "bản", "ấp", "huyện", "quận", "cầu", "chợ", "núi", "sông",
               "suối", "đảo", "mũi", "cửa", "vịnh", "đèo", "hồ", "bến", "trường", "chùa", "đình", "đền", "vĩnh"}


def fused_heading(s):
    """A sub-heading glued onto the next sentence ('... năm 2017 Cuối năm 2016, ...')."""
    ws = s.split(" ")
    nq = 0
    for k in range(1, len(ws) - 1):
        p, w, nx = ws[k - 1], ws[k], ws[k + 1]
        if p == '"':
            nq += 1
        if w not in FUSE or not nx or not nx[0].islower():
            continue
        if p and (p[0].islower() or p[0].isdigit()) and (p[-1].islower() or p[-1].isdigit()) \
                and p not in PLACE_WORDS:
            return True
        if p == "”" or (p == '"' and nq % 2 == 0):
            return True
    return False


PHOTO_RE = re.compile(r"(?:\bẢnh\s*:|\(\s*ảnh\b|\bảnh\s*:|ảnh minh ho[ạa]|\bvideo\s*:|\bclip\s*:|"
                      r"đồ ho[ạa]\s*:|\bnguồn\s*:|xem thêm|xem video|xem clip|>>|https?://|www\.|@\w)",
                      re.IGNORECASE)
VERBISH = {"đã", "đang", "sẽ", "được", "bị", "cho", "là", "có", "không", "vẫn", "cũng", "phải", "mới",
           "vừa", "chưa", "rồi", "nói", "biết", "còn", "thì", "nên", "hãy"}
CONNECT = {"Đây", "Đó", "Sau", "Khi", "Theo", "Tuy", "Hiện", "Trong", "Ngoài", "Cũng", "Vì", "Do", "Nhưng",
           "Song", "Còn", "Họ", "Ông", "Bà", "Anh", "Chị", "Em", "Lúc", "Đến", "Từ", "Cùng", "Vụ", "Việc",
           "Tại", "Hôm", "Trước", "Nếu", "Dù", "Mặc", "Nhiều", "Các", "Những", "Một"}


NUMBERS = {"một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười", "trăm", "nghìn", "ngàn",
           "triệu", "tỷ", "tỉ", "chục", "nửa", "ước", "tổng"}


def _words(s):
    return re.findall(r"\w+", s.lower())


PERSON_RE = r"^(?:Ông|Bà|Anh|Chị|Em|Cụ|Thầy|Cô|Bác sĩ|Đại tá|Thượng tá|Trung tá|Thiếu tá|Nhà văn|Nghệ sĩ) "


def name_like(seg):
    ws = seg.replace("–", "-").split()
    if not ws or len(ws) > 8:
        return False
    real = [w for w in ws if w not in {"-", "&", "và", ","}]
    if not real:
        return False
    return all(w[0].isupper() and not any(c.isdigit() for c in w) for w in real)


def short_plain(s):
    return len(s.split()) <= 14 and "," not in s and not re.search(r"\d", s) and '"' not in s \
        and "“" not in s


def story_items(title, article):
    """Classify the article's pieces: 'body', 'caption', 'byline', 'credit' or 'drop'."""
    segs = split_sentences(article)
    tail = []
    while segs:
        last = segs[-1]
        core = last.rstrip(" .")
        if terminated(last) and not (len(core.split()) <= 5 and name_like(core)):
            break
        segs.pop()
        if re.match(r"^\(?Theo\b", core) and len(core.split()) <= 10:
            tail.insert(0, ("credit", core))
        elif name_like(core):
            tail.insert(0, ("byline", core))
        else:
            tail.insert(0, ("drop", last))
    title_words = set(_words(title))
    items = []
    for idx, s in enumerate(segs):
        ws = s.split()
        first = ws[0].strip('"“(') if ws else ""
        if not terminated(s) or PHOTO_RE.search(s) or fused_heading(s):
            kind = "drop"
        elif len(ws) < 6 or len(ws) > 120 or s.startswith("-") or "? -" in s:
            kind = "drop"
        elif re.match(r'^([^"“:]{2,40}):\s*["“]', s) and len(ws) <= 25 and name_like(s.split(":")[0]):
            kind = "caption"
        elif idx == 0 and len(ws) <= 15 and not re.search(r"\d", s):
            kind = "caption"
        elif short_plain(s):
            plain = not (set(_words(s)) & (VERBISH | NUMBERS)) and first not in CONNECT and idx < len(segs) - 1 \
                and (idx == 0 or len(ws) <= 12)
            kind = "caption" if plain else "drop"
        elif s.count(",") == 1 and len(ws) <= 16 and name_like(s.split(",")[0]) \
                and not (set(_words(s)) & VERBISH) and re.match(PERSON_RE, s):
            kind = "caption"
        elif title_words and len(title_words & set(_words(s))) / len(title_words) >= 0.6 and len(ws) <= 26 \
                and "," not in s and '"' not in s and "“" not in s and first not in CONNECT:
            kind = "drop"
        else:
            kind = "body"
        items.append((kind, s))
    # a short sentence that repeats a neighbour's words is most likely a photo caption: leave it off
    for x, (kind, s) in enumerate(items):
        if kind != "body" or len(s.split()) > 18 or '"' in s or "“" in s:
            continue
        ws = set(_words(s))
        near = [set(_words(items[y][1])) for y in range(max(0, x - 3), min(len(items), x + 4)) if y != x]
        if ws and near and max(len(ws & o) for o in near) / len(ws) >= 0.7:
            items[x] = ("drop", s)
    return items + tail


def related_record(row, title, article):
    """Other-story text: title, teasers (longer sentences), captions (short ones),
    from the title and the first RELATED_CHARS characters of the article only."""
    cut = article[:RELATED_CHARS]
    sents = split_sentences(cut)
    if len(article) > RELATED_CHARS and sents:
        full = split_sentences(article)
        k = len(sents) - 1
        if k >= len(full) or full[k] != sents[k]:
            sents = sents[:-1]
    teasers, caps = [], []
    for s in sents:
        ws = s.split()
        if not terminated(s) or PHOTO_RE.search(s) or fused_heading(s) or s.startswith("-"):
            continue
        if 15 <= len(ws) <= 45:
            teasers.append(s)
        elif 5 <= len(ws) <= 14:
            caps.append(s)
    return {"row": row, "title": title, "teasers": teasers, "caps": caps}


# ----------------------------------------------------------------- invention
FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương",
          "Lý", "Tạ", "Lã", "Kiều", "Quách", "Lục", "Mạc", "Tôn", "Vi", "Triệu"]
MIDDLE = ["Thị", "Văn", "Minh", "Thu", "Quang", "Ngọc", "Hữu", "Thanh", "Gia", "Bảo", "Khánh", "Diệu"]
GIVEN = ["An", "Vy", "Khoa", "Trâm", "Duy", "Thảo", "Lâm", "Nhiên", "Quyên", "Tùng", "Hạnh", "Phong",
         "Yến", "Sơn", "Linh", "Đạt", "Uyên", "Khải", "Mai", "Tín", "Châu", "Nguyên", "Kha", "Ly", "Quân"]
CITIES = ["Hà Nội", "TP HCM", "Đà Nẵng", "Cần Thơ", "Huế", "Hải Phòng", "Nha Trang", "Vinh", "Quy Nhơn"]
SITES = [("Báo Hồng Lam", "baohonglam.vn"), ("Nhịp Tin Đồng Bằng", "nhiptindongbang.vn"),
         ("Tin Sáng Bến Nghé", "tinsangbennghe.com"), ("Thời Báo Lúa Vàng", "thoibaoluavang.vn"),
         ("Cửa Sổ Phố", "cuasopho.net"), ("Bản Tin Trường Sơn", "bantintruongson.vn"),
         ("Tiếng Vọng Sông Hàn", "tiengvongsonghan.vn"), ("Mạch Tin Cao Nguyên", "machtincaonguyen.vn"),
         ("Nhật Báo Sương Mai", "nhatbaosuongmai.vn"), ("Tin Tức Hoa Phượng", "hoaphuongnews.vn"),
         ("Sóng Tin Đông Bắc", "songtindongbac.vn"), ("Điểm Tin Ven Sông", "diemtinvensong.com")]
SECTIONS = ["Thời sự", "Xã hội", "Pháp luật", "Giao thông", "Đô thị", "Giáo dục", "Sức khỏe",
            "Kinh tế", "Thế giới", "Văn hóa", "Thể thao", "Du lịch", "Công nghệ", "Bạn đọc"]
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
COMMENTS = [
    "Mong cơ quan chức năng sớm vào cuộc và công bố kết quả cho người dân được biết.",
    "Thông tin rất hữu ích, cảm ơn phóng viên đã theo sát sự việc.",
    "Bao giờ mới có kết luận chính thức vậy ban biên tập?",
    "Đọc xong thấy thương bà con quá, mong mọi chuyện sớm ổn định.",
    "Cần xử lý nghiêm để làm gương cho những trường hợp khác.",
    "Tôi ở gần đó, tình hình thực tế còn phức tạp hơn nhiều.",
    "Báo nên có thêm bài phân tích nguyên nhân sâu xa của chuyện này.",
    "Chuyện này năm nào cũng thấy nhắc mà chưa thấy thay đổi gì nhiều.",
    "Hy vọng lần này sẽ có giải pháp căn cơ hơn.",
    "Ủng hộ cách làm này, nên nhân rộng ra các địa phương khác!",
]


class Ctx:
    def __init__(self, row, title, items, related):
        self.row = row
        self.title = title
        self.items = items
        self.r = rng_for(row, "layout")
        pr = rng_for(row, "related")
        self.rel = pr.sample(related, min(len(related), 10)) if related else []
        self._h = self._t = self._c = 0
        self.site, self.domain = self.r.choice(SITES)
        self.section = self.r.choice(SECTIONS)
        self.city = self.r.choice(CITIES)
        self.when = datetime.datetime(2016, 1, 4) + datetime.timedelta(
            days=self.r.randrange(0, 9 * 365), minutes=self.r.randrange(6 * 60, 23 * 60))

    # ---- picks
    def pick(self, seq):
        return self.r.choice(seq)

    def person(self):
        return f"{self.pick(FAMILY)} {self.pick(MIDDLE)} {self.pick(GIVEN)}"

    def pen(self):
        a = self.pick(GIVEN)
        b = self.pick([g for g in GIVEN if g != a])
        return f"{a} {b}"

    def hhmm(self, plus=0):
        t = self.when + datetime.timedelta(minutes=plus)
        return f"{t.hour:02d}:{t.minute:02d}"

    def dmy(self, t=None, pad=False):
        t = t or self.when
        return f"{t.day:02d}/{t.month:02d}/{t.year}" if pad else f"{t.day}/{t.month}/{t.year}"

    def headline(self):
        if not self.rel:
            return None
        rec = self.rel[self._h % len(self.rel)]
        self._h += 1
        return rec["title"]

    def teaser(self):
        for _ in range(len(self.rel)):
            rec = self.rel[self._t % len(self.rel)]
            self._t += 1
            if rec["teasers"]:
                return rec["title"], rec["teasers"][0]
        return None

    def rcap(self):
        for _ in range(len(self.rel)):
            rec = self.rel[self._c % len(self.rel)]
            self._c += 1
            if rec["caps"]:
                return rec["caps"][self._c % len(rec["caps"])]
        return None


# ------------------------------------------------------------ shared furniture
def W(line):
    return ("widget", line)


def date_line(c, style=None):
    t = c.when
    wd = WEEKDAYS[t.weekday()]
    styles = [
        f"{wd}, {c.dmy()}, {c.hhmm()} (GMT+7)",
        f"{c.dmy(pad=True)} {c.hhmm()}",
        f"{c.hhmm()} ngày {c.dmy()}",
        f"{wd.lower().capitalize()}, ngày {t.day} tháng {t.month} năm {t.year} - {c.hhmm()}",
        f"{c.dmy()} | {c.hhmm()} GMT+7",
        f"Đăng lúc {c.hhmm()}, {c.dmy(pad=True)}",
    ]
    return ("date", styles[style] if style is not None else c.pick(styles))


def site_line(c):
    return ("site", c.pick([c.site, c.site.upper(), c.domain, f"{c.site} - {c.domain}"]))


def menu(c):
    secs = c.r.sample(SECTIONS, 6)
    return [W(c.pick([" | ".join(["Trang chủ"] + secs), " · ".join(secs + ["Video", "Podcast"]),
                      "☰ " + "  ".join(secs[:5]), "Mới nhất | " + " | ".join(secs[:4]) + " | Tiện ích"]))]


def crumbs(c):
    sub = c.pick(["Tin nóng", "Hồ sơ", "Điều tra", "Địa phương", "Chuyện lạ", "Dân sinh", "Phóng sự"])
    return [W(c.pick([f"Trang chủ › {c.section} › {sub}", f"{c.section} / {sub}",
                      f"Trang chủ » {c.section}", f"{c.section.upper()} > {sub.upper()}"]))]


def byline(c, where=None):
    name = c.pen() if c.r.random() < 0.6 else c.person()
    where = where or c.city
    return ("byline", c.pick([name, f"{name} - {where}", f"Bài: {name}", f"Phóng viên {name}",
                              f"{name} | {c.site}", f"Nhóm phóng viên {c.site}", f"Bài và ảnh: {name}"]))


def credit(c):
    n = c.pen()
    return ("credit", c.pick([f"Ảnh: {n}", f"Ảnh: {n}/{c.site}", f"Đồ họa: {n}", f"Video: {n}",
                              f"Nguồn ảnh: {c.site}", f"Ảnh tư liệu: {c.site}", f"Thực hiện: {n}"]))


def share(c):
    return [W(c.pick(["Chia sẻ: Facebook | Zalo | Sao chép liên kết", "Chia sẻ  Gửi bài  In bài",
                      "Share  Tweet  Zalo  Email", f"{c.r.randrange(3, 900)} lượt chia sẻ",
                      "Lưu bài viết  ·  Chia sẻ  ·  Báo lỗi"]))]


TAGS = ["an toàn giao thông", "dân sinh", "điều tra", "môi trường", "chính quyền địa phương",
        "tin nóng", "cứu hộ", "đô thị", "quy hoạch", "bảo hiểm", "thời tiết", "ngân sách", "sức khỏe"]


def tags(c):
    ts = c.r.sample(TAGS, 3)
    return [W(c.pick(["Từ khóa: " + ", ".join(ts), "Tags: " + " · ".join("#" + t.replace(" ", "") for t in ts),
                      "Chủ đề: " + " | ".join(t.capitalize() for t in ts)]))]


def related_block(c, n=3, header=None, teasers=None, caps=False):
    if teasers is None:
        teasers = c.r.random() < 0.35
    out = [W(header or c.pick(["Tin liên quan", "TIN LIÊN QUAN", "Đọc thêm", "Có thể bạn quan tâm",
                                 "Bài cùng chuyên mục", "Xem nhiều nhất"]))]
    for _ in range(n):
        if teasers:
            tt = c.teaser()
            if tt:
                out.append(("related", tt[0]))
                if caps and c.r.random() < 0.5:
                    cap = c.rcap()
                    if cap:
                        out.append(("caption", cap))
                out.append(("related", tt[1]))
                continue
        h = c.headline()
        if h:
            out.append(("related", c.pick([h, h, f"» {h}", f"• {h}"])))
    return out


def comments(c, n=None):
    n = n if n is not None else c.r.randrange(1, 4)
    out = [W(c.pick([f"Bình luận ({c.r.randrange(n, 80)})", "Ý kiến bạn đọc", "BÌNH LUẬN",
                     f"{c.r.randrange(n, 80)} bình luận"]))]
    for cm in c.r.sample(COMMENTS, n):
        out.append(W(f"{c.pick(GIVEN)} {c.pick(GIVEN)} ({c.pick(CITIES)})"))
        out.append(W(cm))
        out.append(W(c.pick(["Trả lời · Thích · 2 giờ trước", "Thích (12)  Trả lời",
                             f"{c.r.randrange(1, 59)} phút trước", "Phản hồi"])))
    return out


def footer(c):
    out = [W(c.pick([f"© {c.when.year} {c.site}. Bảo lưu mọi quyền.",
                     f"Bản quyền thuộc về {c.site}. Ghi rõ nguồn khi phát hành lại thông tin từ website này.",
                     f"{c.domain} © Giấy phép số {c.r.randrange(10, 600)}/GP-BTTTT"]))]
    if c.r.random() < 0.6:
        out.append(W(c.pick([f"Tổng biên tập: {c.person()}", f"Liên hệ quảng cáo: 0{c.r.randrange(900000000, 999999999)}",
                             f"Tòa soạn: số {c.r.randrange(2, 300)} đường {c.pick(['Lê Lợi', 'Trần Phú', 'Hùng Vương', 'Nguyễn Huệ'])}, {c.pick(CITIES)}"])))
    return out


def ad(c):
    return [W(c.pick(["Quảng cáo", "QUẢNG CÁO", "Advertisement", "- Quảng cáo -", "Nội dung tài trợ"]))]


def own_caption(c, s):
    """A caption of the story's own photo (one of the row's caption-like sentences)."""
    v = c.r.random()
    n = c.pen()
    if v < 0.35:
        return [("caption", s)]
    if v < 0.7:
        return [("caption", f"{s} Ảnh: {n}")]
    if v < 0.85:
        return [("caption", s), ("credit", f"Ảnh: {n}")]
    return [("caption", f"{s} (Ảnh: {n})")]


def generic_caption(c):
    return [("caption", c.pick(["Ảnh minh họa", "Ảnh minh họa: Internet", "Hình ảnh tại hiện trường",
                                 "Ảnh chụp màn hình", f"Ảnh: {c.pen()}", "Ảnh tư liệu", "Toàn cảnh khu vực",
                                 "Hình ảnh do người dân cung cấp"]))]


def has_tail_byline(c):
    return any(kind == "byline" for kind, _ in c.items)


def end_byline(c):
    """The layout's own byline at the foot, unless the story already ends with one."""
    return [] if has_tail_byline(c) else [byline(c)]


def photo(c):
    out = generic_caption(c)
    if c.r.random() < 0.4:
        out.append(credit(c))
    return out


def story(c, hook=None, sizes=(1, 2, 2, 3, 3, 4), caps=True, photos=True):
    """Entries of the story: body paragraphs in order, the row's caption-like
    sentences as captions, trailing bylines/credits.  ``hook(k)`` may add
    entries before paragraph k (k >= 1)."""
    pr = rng_for(c.row, "paras")
    out, run, k = [], [], 0
    photo_budget = [2]

    def flush():
        nonlocal run, k
        while run:
            size = min(pr.choice(sizes), len(run), 4)
            if k and hook:
                out.extend(hook(k))
            if k and photos and photo_budget[0] and pr.random() < 0.2:
                photo_budget[0] -= 1
                out.extend(photo(c))
            out.append(("body", run[:size]))
            run = run[size:]
            k += 1

    for kind, s in c.items:
        if kind == "body":
            run.append(s)
        elif kind == "caption":
            flush()
            if caps:
                out.extend(own_caption(c, s))
        elif kind in ("byline", "credit"):
            flush()
            out.append((kind, s))
    flush()
    return out


def body_first(entries):
    return next(i for i, e in enumerate(entries) if e[0] == "body")


# ------------------------------------------------------------------- layouts
def lay_breaking_stub(c):
    e = [site_line(c)] + menu(c)
    e.append(W(c.pick(["TIN NÓNG", "🔴 NÓNG", "BREAKING", "Tin nóng - Đang cập nhật", "⚡ Tin khẩn"])))
    e += [("title", c.title), W(c.pick(["Đang cập nhật", "(Đang cập nhật)", "Bài viết đang được cập nhật",
                                        "ĐANG CẬP NHẬT ▸"]))]
    e.append(date_line(c))
    e.append(W(c.pick(["Tự động làm mới sau 60 giây [Tắt]", "Trang sẽ tự tải lại sau 30 giây",
                       f"Có {c.r.randrange(2, 6)} cập nhật mới - bấm để xem", "Bật tự động cập nhật ◉"])))
    stamps = c.r.sample([5, 9, 14, 22, 31, 40, 47, 58, 66], 4)
    stamps.sort(reverse=True)

    def hook(k):
        if c.r.random() < 0.55 and stamps:
            m = stamps.pop()
            return [W(c.pick([f"Cập nhật {c.hhmm(m)}", f"{c.hhmm(m)} - Cập nhật",
                              f"[{c.hhmm(m)}] Thông tin mới", f"Cập nhật lúc {c.hhmm(m)} ngày {c.dmy()}"]))]
        return []

    e += story(c, hook)
    e.append(W(c.pick(["Tin đang tiếp tục được cập nhật...", "Bài viết đang được cập nhật. Mời bạn đọc đón xem tin tiếp theo.",
                       f"{c.site} sẽ tiếp tục cập nhật thông tin vụ việc.", "(Còn nữa)"])))
    e += end_byline(c)
    e += share(c) + related_block(c, 3, header=c.pick(["Diễn biến liên quan", "Tin liên quan", "Tin mới nhận"]))
    e += footer(c)
    return e


def lay_correction_note(c):
    note_top = c.r.random() < 0.5
    notes = [
        "Đính chính: Phiên bản trước của bài viết ghi chưa chính xác chức danh của một nhân vật. Chúng tôi thành thật xin lỗi bạn đọc.",
        f"Ghi chú của Ban biên tập (cập nhật {c.hhmm(180)} ngày {c.dmy()}): Bài viết đã được chỉnh sửa một số số liệu sau phản hồi của cơ quan chức năng.",
        "Ghi chú: Tiêu đề bài viết đã được điều chỉnh để phản ánh chính xác hơn nội dung sự việc.",
        "Lời tòa soạn: Một chi tiết về thời gian trong bài đã được sửa lại cho đúng. Mong bạn đọc thông cảm.",
        "ĐÍNH CHÍNH - Bài viết đã được cập nhật sau khi đăng để sửa lỗi địa danh.",
    ]
    e = [site_line(c)] + crumbs(c) + [("title", c.title), date_line(c)]
    e.append(byline(c))
    if note_top:
        e.append(W(c.pick(notes)))
    e += story(c)
    if not note_top:
        e.append(W(c.pick(notes)))
    e.append(W(c.pick(["Báo lỗi bài viết", "Phát hiện sai sót? Gửi phản hồi cho chúng tôi", "Góp ý, báo lỗi: toasoan@" + c.domain])))
    e += tags(c) + related_block(c, c.r.randrange(2, 5)) + comments(c) + footer(c)
    return e


def lay_changelog(c):
    e = [site_line(c)] + menu(c) + [("title", c.title), date_line(c, 0)]
    e.append(W(c.pick([f"Cập nhật lần cuối: {c.hhmm(200)} {c.dmy()}", f"Sửa đổi lúc {c.hhmm(200)}",
                       f"Đã cập nhật {c.r.randrange(2, 5)} lần"])))
    e.append(byline(c))
    e += story(c)
    e.append(W(c.pick(["Lịch sử cập nhật", "NHẬT KÝ CHỈNH SỬA", "Các lần cập nhật của bài viết"])))
    steps = ["Đăng bài lần đầu", "Bổ sung thông tin từ cơ quan chức năng", "Cập nhật số liệu mới nhất",
             "Thêm ảnh hiện trường", "Sửa lỗi chính tả", "Bổ sung ý kiến nhân chứng", "Điều chỉnh tiêu đề"]
    mins = 0
    for st in [steps[0]] + c.r.sample(steps[1:], c.r.randrange(2, 4)):
        e.append(W(c.pick([f"{c.hhmm(mins)} - {st}", f"{c.hhmm(mins)}: {st}", f"• {c.hhmm(mins)} {st.lower()}"])))
        mins += c.r.randrange(20, 90)
    e.append(W(c.pick(["Xem phiên bản trước", "So sánh các phiên bản", "Xem bản gốc"])))
    e += share(c) + related_block(c, 3) + footer(c)
    return e


def lay_syndicated(c):
    partner, pdomain = c.pick([s for s in SITES if s[0] != c.site])
    e = [site_line(c)] + menu(c)
    e.append(W(c.pick([f"Tin từ đối tác: {partner}", "NỘI DUNG ĐỐI TÁC", f"Bài đăng lại từ {partner}"])))
    e += [("title", c.title), date_line(c)]
    e.append(("credit", c.pick([f"Nguồn: {partner}", f"Theo {partner}", f"({partner})", f"Nguồn bài: {pdomain}"])))
    e += story(c)
    e.append(W(c.pick([f"Bài viết được đăng lại với sự đồng ý của {partner}.",
                       f"Nội dung được chia sẻ theo thỏa thuận hợp tác giữa {c.site} và {partner}.",
                       f"Bài viết thuộc bản quyền của {partner}. Mọi hình thức sao chép cần ghi rõ nguồn."])))
    e.append(W(c.pick([f"Xem bài gốc tại {pdomain}", f"Đọc bản gốc trên {partner} ›", f"Link gốc: https://{pdomain}/bai-viet-{c.r.randrange(10000, 99999)}.html"])))
    e += related_block(c, 3, header=c.pick([f"Tin khác từ {partner}", "Từ các đối tác", "Đọc thêm từ mạng lưới tin"]))
    e += related_block(c, 2, header="Tin mới " + c.site) + footer(c)
    return e


def lay_archived(c):
    c.when = c.when.replace(year=c.r.choice([2014, 2015, 2016, 2017]))
    yrs = 2025 - c.when.year
    e = [site_line(c)]
    e.append(W(c.pick([f"Lưu trữ › {c.when.year} › Tháng {c.when.month}", f"Kho lưu trữ / {c.section} / {c.when.year}",
                       f"ARCHIVE | {c.when.year}"])))
    e.append(W(c.pick([f"Bài viết này được đăng cách đây hơn {yrs} năm. Một số thông tin có thể đã thay đổi.",
                       "Lưu ý: Đây là bài viết cũ, nội dung có thể không còn phù hợp với thời điểm hiện tại.",
                       f"⚠ Tin cũ - đăng ngày {c.dmy()}", "Bạn đang đọc một bài viết trong kho lưu trữ."])))
    e += [("title", c.title), date_line(c)]
    e += story(c)
    e.append(W(c.pick(["Bình luận đã đóng cho bài viết này.", "Chức năng bình luận không còn khả dụng.",
                       "Bài viết không nhận thêm bình luận."])))
    e.append(W(c.pick(["Xem tin mới nhất về chủ đề này", "Cập nhật mới hơn về sự việc ›", "Tin mới cùng chủ đề"])))
    e += related_block(c, 2, header=c.pick(["Tin mới hơn", "Diễn biến sau đó"]))
    e += related_block(c, 2, header=f"Cùng ngày {c.dmy()}")
    e += footer(c)
    return e


def lay_paywall(c):
    e = [site_line(c)] + menu(c)
    e.append(W(c.pick(["Nội dung Premium", "★ Dành cho hội viên", "BÀI VIẾT ĐẶC QUYỀN", "E-Magazine Plus"])))
    e += [("title", c.title), date_line(c), byline(c)]
    e.append(W(c.pick([f"Bạn còn {c.r.randrange(1, 4)} bài miễn phí trong tháng này",
                       "Bạn đang đọc bản xem trước miễn phí", "Đăng nhập để đọc tiếp bài viết"])))
    done = [False]

    def hook(k):
        if k == 1 and not done[0]:
            done[0] = True
            return [W(c.pick(["— Phần còn lại dành cho hội viên —", "Đọc tiếp với gói Không Giới Hạn",
                              "▼ Mở khóa để đọc toàn bộ bài viết"])),
                    W(c.pick([f"Đăng ký gói Đọc Không Giới Hạn chỉ {c.pick(['39.000', '49.000', '59.000'])}đ/tháng",
                              "Dùng thử 7 ngày miễn phí. Hủy bất cứ lúc nào.", "Ưu đãi: giảm 50% cho năm đầu tiên"])),
                    W(c.pick(["Đã mở khóa. Cảm ơn bạn đã là hội viên!", "✓ Nội dung đã được mở khóa",
                              "Bạn đang đọc với tư cách hội viên"]))]
        return []

    e += story(c, hook)
    e.append(W(c.pick(["Tặng bài viết này cho bạn bè", "Quà tặng: gửi bài viết miễn phí cho 3 người",
                       "Lưu để đọc sau"])))
    e += related_block(c, 3, header="Dành riêng cho hội viên", teasers=True) + footer(c)
    return e


def lay_takedown_cached(c):
    snap = c.when + datetime.timedelta(days=c.r.randrange(1, 20), hours=c.r.randrange(1, 12))
    e = [W(c.pick([f"Đây là bản lưu trong bộ nhớ đệm của trang https://{c.domain}/{c.r.randrange(100000, 999999)}.html.",
                   f"Bản lưu được tạo lúc {snap.hour:02d}:{snap.minute:02d} ngày {snap.day}/{snap.month}/{snap.year}.",
                   "Trang hiện tại có thể đã thay đổi kể từ thời điểm lưu."])),
         W(c.pick(["Xem phiên bản chỉ có văn bản", "Phiên bản đầy đủ | Phiên bản văn bản | Xem nguồn",
                   "Bản lưu trữ - snapshot"]))]
    e.append(W(c.pick(["404 - Bài viết không tồn tại hoặc đã bị gỡ", "Bài viết đã được gỡ bỏ theo yêu cầu.",
                       "Nội dung này tạm thời không khả dụng.", "Trang bạn tìm kiếm không còn tồn tại."])))
    e.append(site_line(c))
    e += menu(c) + [("title", c.title), date_line(c)]
    e += story(c)
    e += end_byline(c)
    e += tags(c) + related_block(c, 3) + footer(c)
    return e


SERIES = ["Chuyện từ những điểm nóng", "Ghi chép cuối năm", "Phía sau những con số", "Mùa nước nổi",
          "Đi tìm lời giải", "Những người giữ lửa", "Hồ sơ đô thị", "Nhật ký vùng biên"]


def lay_series(c):
    total = c.r.randrange(3, 6)
    part = c.r.randrange(2, total + 1)
    name = c.pick(SERIES)
    e = [site_line(c)] + crumbs(c)
    e.append(W(c.pick([f"Loạt bài: {name}", f"LOẠT BÀI \"{name.upper()}\"", f"Chuyên đề | {name}"])))
    e.append(W(c.pick([f"Kỳ {part}/{total}", f"Kỳ {part}", f"Bài {part} trong loạt {total} bài"])))
    e += [("title", c.title), date_line(c), byline(c)]
    e += story(c)
    parts = {k: c.headline() for k in range(1, part)}
    if parts.get(part - 1):
        e.append(("related", c.pick([f"« Kỳ {part - 1}: {parts[part - 1]}", f"Kỳ trước: {parts[part - 1]}",
                                     f"← Kỳ {part - 1}. {parts[part - 1]}"])))
    if part < total:
        e.append(W(c.pick([f"Kỳ {part + 1}: Đón đọc trên {c.site} số ra ngày mai.", "Kỳ tới: Còn nữa...",
                           f"(Còn tiếp - Kỳ {part + 1})"])))
    else:
        e.append(W(c.pick(["Hết loạt bài", "(Kỳ cuối)", "Loạt bài đã kết thúc."])))
    e.append(W(c.pick(["Toàn bộ loạt bài", "MỤC LỤC LOẠT BÀI", f"Các kỳ của loạt bài {name}"])))
    for k in range(1, total + 1):
        if k == part:
            e.append(W(c.pick([f"Kỳ {k}: (bài đang đọc)", f"▶ Kỳ {k} - Đang xem"])))
        elif k < part and parts.get(k):
            e.append(("related", c.pick([f"Kỳ {k}: {parts[k]}", f"Kỳ {k} - {parts[k]}"])))
        else:
            e.append(W(f"Kỳ {k}: Sắp đăng"))
    e += share(c) + comments(c) + footer(c)
    return e


def lay_tet(c):
    yr = c.pick([("Giáp Thìn", 2024), ("Ất Tỵ", 2025), ("Bính Ngọ", 2026)])
    c.when = datetime.datetime(yr[1], 1, c.r.randrange(8, 28), c.r.randrange(6, 22), c.r.randrange(0, 60))
    e = [W(c.pick([f"XUÂN {yr[0].upper()} {yr[1]}", f"Tết {yr[0]} {yr[1]}", f"Chuyên trang Xuân {yr[0]}"]))]
    e += [site_line(c)] + menu(c)
    e.append(W(c.pick([f"Còn {c.r.randrange(2, 20)} ngày {c.r.randrange(1, 23)} giờ đến Giao thừa",
                       f"Đếm ngược Tết {yr[0]}: {c.r.randrange(2, 20)} ngày", "⏳ Sắp đến Giao thừa"])))
    e += [("title", c.title), date_line(c), byline(c)]

    def hook(k):
        if k == 2:
            return [W(c.pick(["Chúc Mừng Năm Mới - An Khang Thịnh Vượng", "🧧 Lì xì may mắn - Bấm để nhận",
                              "Gửi lời chúc Tết đến người thân"]))]
        return []

    e += story(c, hook)
    e.append(W(c.pick(["Lịch nghỉ Tết Nguyên đán", "Tra cứu lịch âm dương", "Giờ hoàng đạo ngày mùng 1"])))
    e += related_block(c, 3, header=c.pick(["Đón Tết cùng " + c.site, "Tin Tết", "Xuân về trên mọi miền"]))
    e += footer(c)
    return e


def lay_election(c):
    c.when = datetime.datetime(c.pick([2016, 2021, 2026]), 5, c.r.randrange(10, 23), c.r.randrange(6, 22), c.r.randrange(0, 60))
    e = [site_line(c)]
    e.append(W(c.pick(["BẦU CỬ ĐẠI BIỂU QUỐC HỘI VÀ HĐND CÁC CẤP", "Ngày hội toàn dân - Bầu cử",
                       f"Chuyên trang Bầu cử {c.when.year}"])))
    e += menu(c)
    e.append(W(c.pick([f"Còn {c.r.randrange(1, 12)} ngày đến ngày bầu cử", "Tỷ lệ cử tri đi bầu: đang cập nhật",
                       "Kết quả sơ bộ sẽ được công bố sau khi kết thúc bỏ phiếu"])))
    e += [("title", c.title), date_line(c)]
    e += story(c)
    e += end_byline(c)
    e.append(W(c.pick(["Tra cứu danh sách ứng cử viên", "Tìm hiểu Luật Bầu cử", "Bản đồ đơn vị bầu cử"])))
    e += related_block(c, 3, header=c.pick(["Tin bầu cử", "Cử tri cả nước", "Tin cùng chuyên trang"]))
    e += tags(c) + footer(c)
    return e


def lay_seagames(c):
    e = [site_line(c)] + menu(c)
    e.append(W(c.pick(["SEA GAMES 33", "Đại hội Thể thao Đông Nam Á lần thứ 33", "SEA Games - Trực tiếp"])))
    e.append(W("Bảng tổng sắp huy chương"))
    for nat in c.r.sample(["Việt Nam", "Thái Lan", "Indonesia", "Philippines", "Malaysia", "Singapore"], 3):
        e.append(W(f"{nat}  {c.r.randrange(20, 120)} vàng - {c.r.randrange(20, 110)} bạc - {c.r.randrange(20, 130)} đồng"))
    e.append(W(c.pick(["Xem toàn bộ bảng tổng sắp", "Lịch thi đấu hôm nay ›", "Trực tiếp: Bóng đá nam - bán kết"])))
    e += [("title", c.title), date_line(c), byline(c)]
    e += story(c)
    e += share(c)
    e += related_block(c, 3, header=c.pick(["Không chỉ có thể thao", "Tin khác hôm nay", "Đọc thêm"]))
    e += footer(c)
    return e


def lay_national_day(c):
    c.when = datetime.datetime(c.pick([2020, 2023, 2025]), 8, c.r.randrange(25, 32), c.r.randrange(6, 22), c.r.randrange(0, 60))
    e = [W(c.pick(["Chào mừng Quốc khánh 2/9", "TỰ HÀO VIỆT NAM", "Kỷ niệm Cách mạng Tháng Tám và Quốc khánh 2/9"]))]
    e += [site_line(c)] + menu(c)
    e.append(W(c.pick(["Trực tiếp lễ diễu binh, diễu hành", "Gửi lời chúc đến Tổ quốc", "Hành trình độc lập - Chuyên trang đặc biệt"])))
    e += [("title", c.title), date_line(c)]
    e += story(c)
    e += end_byline(c)
    e.append(W(c.pick(["Nghỉ lễ Quốc khánh: lịch chi tiết", "Treo cờ Tổ quốc - hướng dẫn", "🇻🇳 Đổi ảnh đại diện hưởng ứng"])))
    e += related_block(c, 3, header="Tin khác") + comments(c) + footer(c)
    return e


HEADS = ["Những ngày không yên", "Phía sau sự việc", "Lời giải còn bỏ ngỏ", "Ở hiện trường",
         "Tiếng nói từ cơ sở", "Câu hỏi ở lại", "Trước và sau"]


def lay_longread(c):
    e = [site_line(c)]
    e.append(W(c.pick(["TẠP CHÍ CUỐI TUẦN", "Long-form | Cuối tuần", "E-MAGAZINE", "Đọc chậm cuối tuần"])))
    e += [("title", c.title)]
    e.append(W(c.pick([f"Thời gian đọc: {c.r.randrange(6, 18)} phút", f"{c.r.randrange(6, 18)} phút đọc",
                       "Cuộn xuống để đọc ↓"])))
    heads = c.r.sample(HEADS, 3)
    body_sents = [s for k, s in c.items if k == "body" and len(s.split()) >= 14]
    pq = [None]
    if body_sents:
        s = c.pick(body_sents)
        pq[0] = "“" + " ".join(s.split()[:c.r.randrange(7, 11)]).rstrip(",;:") + "…”"

    def hook(k):
        out = []
        if k in (2, 5) and heads:
            h = heads.pop()
            out.append(W(c.pick([h.upper(), f"{'I' * (k // 2 + 1)}. {h}", h])))
        if k == 3 and pq[0]:
            out.append(W(pq[0]))
        return out

    e += story(c, hook, sizes=(2, 3, 3, 4))
    e.append(date_line(c))
    for lab in c.r.sample(["Nội dung", "Ảnh", "Thiết kế", "Đồ họa", "Biên tập", "Kỹ thuật"], 4):
        kind = "byline" if lab == "Nội dung" else "credit"
        e.append((kind, f"{lab}: {c.pen()}"))
    e += share(c) + related_block(c, 2, header="Đọc thêm cuối tuần", teasers=True, caps=True) + footer(c)
    return e


def lay_midload(c):
    e = [site_line(c)] + menu(c)
    e.append(W(c.pick(["Đang tải…", "Loading...", "Đang tải nội dung…"])))
    e += [("title", c.title), date_line(c)]
    bar = c.pick(["▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒", "████████████", "░░░░░░░░░░░░░░░░", "▬▬▬▬▬▬▬▬▬▬"])

    def hook(k):
        v = c.r.random()
        if v < 0.25:
            return [W(c.pick(["[Hình ảnh đang tải]", "[Ảnh đang tải…]", "Đang tải ảnh..."]))]
        if v < 0.4:
            return [W(bar)]
        if v < 0.5:
            return [W(c.pick(["Không tải được nội dung. Thử lại", "Video không khả dụng. Nhấn để tải lại"]))]
        return []

    e += story(c, hook)
    e += end_byline(c)
    e.append(W(c.pick(["Tin liên quan", "Có thể bạn quan tâm"])))
    e += [W(bar), W(bar)]
    h = c.headline()
    if h:
        e.append(("related", h))
    e.append(W(c.pick(["Đang tải bình luận…", "Tải thêm bình luận", "Xem thêm ▼"])))
    e += footer(c)
    return e


def lay_ab_survey(c):
    e = [site_line(c)]
    e.append(W(c.pick(["Bạn đang xem giao diện thử nghiệm (phiên bản B)", "Beta - Giao diện thử nghiệm",
                       "Phiên bản B | Gửi góp ý"])))
    e += menu(c) + [("title", c.title), date_line(c), byline(c)]
    placed = [False]

    def hook(k):
        if k >= 2 and not placed[0] and c.r.random() < 0.6:
            placed[0] = True
            return [W(c.pick(["Khảo sát nhanh: Bạn đánh giá bài viết này thế nào?",
                              "Bạn có hài lòng với cách trình bày mới không?",
                              f"Giúp {c.site} hiểu bạn hơn - trả lời 1 câu hỏi"])),
                    W(c.pick(["★★★★★", "Rất hài lòng | Bình thường | Chưa hài lòng", "Hữu ích  /  Không hữu ích"])),
                    W(c.pick(["Gửi ý kiến", "Bỏ qua", "Để sau  ✕"]))]
        return []

    e += story(c, hook)
    if not placed[0]:
        e.append(W("Bài viết này có hữu ích với bạn không?"))
        e.append(W("Có  |  Không"))
    e.append(W(c.pick(["Cảm ơn bạn đã tham gia khảo sát!", "Ý kiến của bạn đã được ghi nhận.", "Đóng khảo sát"])))
    e += related_block(c, 3, teasers=c.r.random() < 0.5) + footer(c)
    return e


def lay_redesign(c):
    e = [W(c.pick([f"Chào mừng bạn đến với giao diện mới của {c.site}", "Giao diện mới đang thử nghiệm",
                   "Trải nghiệm phiên bản mới"])),
         W(c.pick(["Quay về phiên bản cũ", "Dùng phiên bản cũ ↺", "Chuyển sang giao diện cũ"]))]
    e += [site_line(c)] + menu(c)
    e.append(W(c.pick(["Cỡ chữ  A-  A  A+", "Chế độ tối ☾", "Nghe bài viết ▶", "Aa  Cỡ chữ"])))
    e += crumbs(c) + [("title", c.title), date_line(c), byline(c)]
    e += story(c)
    e.append(W(c.pick(["Góp ý về giao diện mới", "Bạn thích phiên bản mới hay cũ?", "Gửi phản hồi về thiết kế"])))
    e += tags(c) + related_block(c, 3) + footer(c)
    return e


def lay_print_copy(c):
    so = c.r.randrange(40, 360)
    e = [site_line(c)]
    e.append(W(c.pick([f"Báo in - Số {so} ({c.r.randrange(5000, 9000):,}) - {WEEKDAYS[c.when.weekday()]} {c.dmy()}".replace(",", "."),
                       f"Đăng trên báo in số ra ngày {c.dmy()}", f"BẢN IN | Số {so}"])))
    pg = c.r.randrange(1, 4)
    e.append(W(c.pick([f"Trang {pg} - {c.section}", f"Trang {pg}", f"Trang {pg} | Chuyên mục {c.section}"])))
    e += [("title", c.title), date_line(c), byline(c)]
    jumped = [False]
    nxt = pg + c.r.randrange(2, 6)

    def hook(k):
        if k == 2 and not jumped[0]:
            jumped[0] = True
            return [W(c.pick([f"(Xem tiếp trang {nxt})", f"Xem tiếp trang {nxt} ›", f"(Tiếp trang {nxt})"])),
                    W(c.pick([f"(Tiếp theo trang {pg})", f"Tiếp theo trang {pg}", f"(Tiếp trang {pg})"]))]
        return []

    e += story(c, hook)
    e.append(W(c.pick(["Đọc báo in bản điện tử (e-paper)", "Xem bản PDF của trang báo",
                       "Đặt mua báo in: liên hệ bưu điện gần nhất"])))
    e += related_block(c, 3, header=f"Cùng trên số báo {so}") + footer(c)
    return e


def lay_evening_digest(c):
    c.when = c.when.replace(hour=c.r.choice([18, 19, 20, 21]), minute=0)
    e = [site_line(c)]
    e.append(W(c.pick([f"BẢN TIN TỐI - {WEEKDAYS[c.when.weekday()]} {c.dmy()}", f"Bản tin {c.when.hour}h",
                       "Điểm tin cuối ngày"])))
    e.append(W(c.pick(["Chào bạn, đây là những tin đáng chú ý trong ngày.", "Xin chào! Dưới đây là tin chính hôm nay.",
                       "Không thể xem email này? Xem trên trình duyệt"])))
    e.append(W(c.pick(["Tin chính hôm nay", "TIÊU ĐIỂM", "Câu chuyện nổi bật"])))
    e += [("title", c.title), date_line(c)]
    e += story(c)
    e.append(W(c.pick(["Đọc toàn bài trên website ›", "Xem bài trên trang", "Mở trong ứng dụng"])))
    e.append(W(c.pick(["Các tin khác trong bản tin", "CŨNG TRONG BẢN TIN TỐI", "Tin khác hôm nay"])))
    for _ in range(3):
        tt = c.teaser()
        if tt:
            e += [("related", tt[0]), ("related", tt[1])]
    e.append(W(c.pick([f"Bạn nhận email này vì đã đăng ký bản tin của {c.site}.",
                       "Hủy đăng ký | Cài đặt nhận tin", "Chuyển tiếp bản tin cho bạn bè"])))
    e += footer(c)
    return e


def lay_prompt_stack(c):
    prompts = [
        [W(c.pick(["Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn.", "Trang web này dùng cookie. Tiếp tục truy cập nghĩa là bạn đồng ý.",
                   "Thông báo về cookie và quyền riêng tư"])), W(c.pick(["Đồng ý  |  Tùy chỉnh", "Chấp nhận tất cả", "OK, tôi hiểu"]))],
        [W(c.pick([f"{c.domain} muốn gửi thông báo cho bạn", "Nhận thông báo tin nóng?", "Bật thông báo để không bỏ lỡ tin mới"])),
         W(c.pick(["Cho phép  ·  Để sau", "Chặn | Cho phép", "Không, cảm ơn"]))],
        [W(c.pick([f"Đọc báo nhanh hơn trên ứng dụng {c.site}", "Tải ứng dụng - đọc tin không quảng cáo", "Mở trong ứng dụng"])),
         W(c.pick(["Cài đặt", "Mở ứng dụng", "Tải về miễn phí"]))],
        [W(c.pick(["Đăng nhập để lưu bài viết và bình luận", "Có vẻ như bạn đang dùng trình chặn quảng cáo.", "Đăng ký nhận bản tin sáng miễn phí"]))],
    ]
    c.r.shuffle(prompts)
    e = []
    for p in prompts[:3]:
        e += p
    e += [site_line(c)] + menu(c) + [("title", c.title), date_line(c), byline(c)]
    e += story(c)
    e += prompts[3]
    e += share(c) + related_block(c, 3) + footer(c)
    return e


def lay_cms_preview(c):
    slug = c.r.randrange(100000, 999999)
    e = [W(c.pick(["BẢN XEM TRƯỚC - CHƯA XUẤT BẢN", "Chế độ xem trước", "PREVIEW - Không chia sẻ đường dẫn này"])),
         W(c.pick(["Trạng thái: Chờ duyệt", "Trạng thái: Bản nháp", "Trạng thái: Đã lên lịch"])),
         W(c.pick([f"Phiên bản {c.r.randrange(2, 9)} - lưu tự động lúc {c.hhmm(-30)}", f"Người sửa cuối: {c.pen()}",
                   f"Lên lịch xuất bản: {c.hhmm(60)} {c.dmy()}"])),
         W(c.pick(["Sửa bài | Gửi duyệt | Xuất bản", "Quay lại trình soạn thảo", "Duyệt bài  ·  Trả bài  ·  Xóa"]))]
    e += [site_line(c)] + crumbs(c) + [("title", c.title), date_line(c), byline(c)]
    e += story(c)
    e.append(W(c.pick([f"Đường dẫn: /{c.section.lower().replace(' ', '-')}/bai-{slug}.html", f"ID bài: {slug}",
                       f"Từ khóa SEO: {', '.join(c.r.sample(TAGS, 2))}"])))
    e.append(W(c.pick([f"Số chữ: {c.r.randrange(400, 1500)}", "Kiểm tra chính tả: 0 lỗi", "Ảnh đại diện: chưa chọn"])))
    e += related_block(c, 2, header="Tin liên quan (gắn thủ công)") + footer(c)
    return e


LAYOUTS = [
    "breaking_stub", "correction_note", "changelog", "syndicated", "archived", "paywall",
    "takedown_cached", "series", "tet", "election", "seagames", "national_day", "longread",
    "midload", "ab_survey", "redesign", "print_copy", "evening_digest", "prompt_stack", "cms_preview",
]
BUILDERS = {
    "breaking_stub": lay_breaking_stub, "correction_note": lay_correction_note, "changelog": lay_changelog,
    "syndicated": lay_syndicated, "archived": lay_archived, "paywall": lay_paywall,
    "takedown_cached": lay_takedown_cached, "series": lay_series, "tet": lay_tet, "election": lay_election,
    "seagames": lay_seagames, "national_day": lay_national_day, "longread": lay_longread,
    "midload": lay_midload, "ab_survey": lay_ab_survey, "redesign": lay_redesign,
    "print_copy": lay_print_copy, "evening_digest": lay_evening_digest, "prompt_stack": lay_prompt_stack,
    "cms_preview": lay_cms_preview,
}


# --------------------------------------------------------------------- faults
FAULTS = ("nbsp", "zwsp", "double_space", "nfd", "glue")


def _inner_spaces(s):
    return [i for i, ch in enumerate(s) if ch == " " and 0 < i < len(s) - 1]


def _fault_str(s, fault, r):
    if fault == "nbsp":
        sp = _inner_spaces(s)
        for i in r.sample(sp, min(len(sp), r.randrange(1, 3))):
            s = s[:i] + "\u00a0" + s[i + 1:]
    elif fault == "double_space":
        sp = _inner_spaces(s)
        if sp:
            i = r.choice(sp)
            s = s[:i] + "  " + s[i + 1:]
    elif fault == "zwsp":
        pos = [i for i in range(1, len(s)) if s[i - 1].isalpha() and s[i].isalpha()]
        for i in sorted(r.sample(pos, min(len(pos), r.randrange(1, 3))), reverse=True):
            s = s[:i] + "\u200b" + s[i:]
    return s


def apply_faults(entries, row):
    r = rng_for(row, "faults")
    if r.random() >= 0.25:
        return entries, Counter()
    chosen = r.sample(FAULTS, r.choice([1, 1, 2]))
    counts = Counter()
    out = []
    for kind, val in entries:
        if kind == "body":
            sents = list(val)
            if "glue" in chosen and len(sents) >= 2 and r.random() < 0.6:
                j = r.randrange(len(sents) - 1)
                if sents[j].endswith(".") and sents[j + 1][0] not in " ":
                    sents[j:j + 2] = [sents[j] + sents[j + 1]]
                    counts["glue"] += 1
            for f in ("nbsp", "zwsp", "double_space"):
                if f in chosen:
                    for k in range(len(sents)):
                        if r.random() < 0.35:
                            new = _fault_str(sents[k], f, r)
                            if new != sents[k]:
                                sents[k] = new
                                counts[f] += 1
            out.append((kind, sents))
        else:
            for f in ("nbsp", "zwsp", "double_space"):
                if f in chosen and r.random() < 0.25:
                    new = _fault_str(val, f, r)
                    if new != val:
                        val = new
                        counts[f] += 1
            out.append((kind, val))
    if "nfd" in chosen:
        out = [(k, [unicodedata.normalize("NFD", s) for s in v] if k == "body" else unicodedata.normalize("NFD", v))
               for k, v in out]
        counts["nfd"] += 1
    counts["pages"] = 1
    for f in chosen:
        counts["page_" + f] = 1
    return out, counts


# ------------------------------------------------------------------- contract
def norm(s):
    s = unicodedata.normalize("NFC", s).replace("\u200b", "").replace("\u200c", "").replace("\u200d", "").replace("\ufeff", "")
    return re.sub(r"\s+", "", s).casefold()


def assemble(entries, layout):
    lines, body, furniture = [], [], []
    for kind, val in entries:
        if kind == "body":
            lines.append(" ".join(val))
            body.extend(val)
        else:
            lines.append(val)
            if kind in KINDS:
                furniture.append((kind, val))
    return Page("\n".join(lines), body, furniture, layout), entries


def check_page(page, entries):
    text, body, furniture = page.text, page.body, page.furniture
    if not isinstance(page, Page) or not text or not body:
        raise AssertionError("empty page or body")
    lines = text.split("\n")
    if len(lines) != len(entries):
        raise AssertionError("line count")
    seen_unlab = Counter()
    fi = bi = 0
    for line, (kind, val) in zip(lines, entries):
        if not line.strip() or line != line.strip():
            raise AssertionError(f"blank or unstripped line {line!r}")
        if kind == "body":
            if not 1 <= len(val) <= 4 or line != " ".join(val):
                raise AssertionError("bad body line")
            for s in val:
                if bi >= len(body) or body[bi] != s:
                    raise AssertionError("body order")
                if "\n" in s or not s or s != s.strip() or s not in text:
                    raise AssertionError(f"bad body item {s!r}")
                bi += 1
        elif kind in UNLABELLED:
            seen_unlab[kind] += 1
            if seen_unlab[kind] > 1:
                raise AssertionError(f"two {kind} lines")
            if line != val:
                raise AssertionError("unlabelled line")
        elif kind in KINDS:
            if fi >= len(furniture) or furniture[fi] != (kind, line):
                raise AssertionError("furniture order")
            fi += 1
        else:
            raise AssertionError(f"unknown kind {kind}")
    if bi != len(body) or fi != len(furniture):
        raise AssertionError("leftover body or furniture")
    if sum(seen_unlab.values()) > 3:
        raise AssertionError("too many unlabelled lines")
    bodyn = {norm(s) for s in body}
    for kind, line in furniture:
        if kind not in KINDS:
            raise AssertionError("kind")
        if norm(line) in bodyn:
            raise AssertionError(f"furniture equals a body sentence: {line!r}")


# ----------------------------------------------------------------------- main
def build(train_path):
    body_rows, related_rows = read_rows(train_path)
    related = [related_record(*r) for r in related_rows]
    out = []
    for k, (row, title, article) in enumerate(body_rows):
        layout = LAYOUTS[k % len(LAYOUTS)]
        items = story_items(title, article)
        if not any(kind == "body" for kind, _ in items):
            # nothing passed the filters: keep the terminated, marker-free sentences
            items = [("body" if kind == "drop" and terminated(s) and len(s.split()) >= 6
                      and not PHOTO_RE.search(s) and not fused_heading(s) else kind, s) for kind, s in items]
        c = Ctx(row, title, items, related)
        entries = BUILDERS[layout](c)
        entries, fcounts = apply_faults(entries, row)
        page, entries = assemble(entries, layout)
        check_page(page, entries)
        out.append((page, fcounts, row))
    return out


def pages(train_path):
    return [p for p, _, _ in build(train_path)]


def sentence_shaped(line):
    ln = unicodedata.normalize("NFC", line).strip()
    return len(ln.split()) >= 4 and ln.endswith((".", "?", "!"))


def main(argv):
    if len(argv) != 2:
        print("usage: make.py TRAIN_JSONL_GZ", file=sys.stderr)
        return 2
    built = build(argv[1])
    per = defaultdict(Counter)
    faults = Counter()
    shaped = total_f = 0
    for page, fc, _ in built:
        c = per[page.layout]
        c["pages"] += 1
        c["body"] += len(page.body)
        for kind, line in page.furniture:
            c[kind] += 1
            total_f += 1
            shaped += sentence_shaped(line)
        faults.update(fc)
    cols = ["pages", "body"] + list(KINDS)
    print(f"{'layout':18s}" + "".join(f"{h:>9s}" for h in cols))
    tot = Counter()
    for lay in LAYOUTS:
        tot.update(per[lay])
        print(f"{lay:18s}" + "".join(f"{per[lay][h]:9d}" for h in cols))
    print(f"{'TOTAL':18s}" + "".join(f"{tot[h]:9d}" for h in cols))
    print(f"furniture lines: {total_f}; sentence-shaped (4+ words ending . ? !): {shaped} "
          f"({100.0 * shaped / max(1, total_f):.1f}%)")
    print(f"pages with faults: {faults['pages']} of {len(built)}; "
          + ", ".join(f"{f}: {faults['page_' + f]} pages / {faults[f]} items" for f in FAULTS))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
