#!/usr/bin/env python3
"""clean_train4: TRAINING pages for the news-page cleaner's line model.

Theme: community and user-generated pages (forum threads quoting a story,
Facebook-group shares with comments, Q&A sites, personal blogs, newsletter and
Medium-like platforms, fan pages, citizen journalism, comment-heavy pages).

Every line of every page is labelled: body sentences (the VietNews story's own
prose, in order), furniture lines (byline, credit, caption, related, widget)
and at most three unlabelled lines (title, one date/time line, one site name).

Usage: python eval/clean_train4/make.py /path/to/vietnews_train.jsonl.gz
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

SEED = 4804
BODY_ROWS = range(10_600, 10_700)
RELATED_ROWS = range(10_700, 10_800)
KINDS = ("byline", "credit", "caption", "related", "widget")
FAULTS = ("nbsp", "zwsp", "double_space", "nfd", "glue")
FAULT_RATE = 0.25
RELATED_CHARS = 1200


class Page(NamedTuple):
    text: str
    body: list
    furniture: list
    layout: str


def rng_for(row, purpose):
    return random.Random(f"train4|{SEED}|{row}|{purpose}")


# --------------------------------------------------------------------------
# reading
# --------------------------------------------------------------------------

def _parse(raw):
    try:
        s = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if not s.strip():
        return None
    try:
        obj = json.loads(s)
    except ValueError:
        return None
    if not isinstance(obj, dict):
        return None
    title, article = obj.get("title"), obj.get("article")
    if not isinstance(title, str) or not isinstance(article, str):
        return None
    title, article = " ".join(title.split()), " ".join(article.split())
    if not title or not article:
        return None
    return title, article


def read_rows(train_path):
    """One streaming read; stops right after the last needed row."""
    first = min(BODY_ROWS.start, RELATED_ROWS.start)
    last = max(BODY_ROWS.stop, RELATED_ROWS.stop) - 1
    body, related = [], []
    with gzip.open(train_path, "rb") as fh:
        for i, raw in enumerate(fh):
            if i >= first:
                if i in BODY_ROWS or i in RELATED_ROWS:
                    rec = _parse(raw)
                    if rec is not None:
                        (body if i in BODY_ROWS else related).append((i,) + rec)
            if i >= last:
                break
    return body, related


# --------------------------------------------------------------------------
# sentence splitting and story extraction
# --------------------------------------------------------------------------

TERM = ".!?…"
ABBREV = {
    "TP", "Tp", "tp", "TS", "PGS", "GS", "ThS", "Th.S", "BS", "KTS", "NSƯT", "NSND",
    "TT", "TX", "Q", "P", "St", "Mr", "Mrs", "Ms", "Dr", "Jr", "Sr", "Co", "Inc",
    "Ltd", "vs", "v.v", "No", "Lt", "Col", "Gen", "Sgt", "Capt", "Prof", "TTXVN",
}
_UPPER_START = re.compile(r"[A-ZÀ-ỸĐ0-9]")


def _is_abbrev(text, start, i):
    j = i
    while j > start and not text[j - 1].isspace():
        j -= 1
    tok = text[j:i].lstrip("(\"'")
    if not tok:
        return False
    if tok in ABBREV:
        return True
    last = tok.split(".")[-1]
    return len(last) == 1 and last.isalpha() and last.isupper()


def _starts_sentence(text, p):
    n = len(text)
    if p >= n or not text[p].isspace():
        return False
    while p < n and text[p].isspace():
        p += 1
    if p >= n:
        return False
    c = text[p]
    if c in "\"'“‘":
        q = p + 1
        while q < n and text[q].isspace():
            q += 1
        return q < n and bool(_UPPER_START.match(text[q]))
    return bool(_UPPER_START.match(c))


def split_sentences(text):
    """Own splitter: quoted speech stays together, abbreviations and single
    capital initials do not end a sentence."""
    track = text.count('"') % 2 == 0
    out, start, in_q, i, n = [], 0, False, 0, len(text)

    def push(end):
        piece = text[start:end].strip()
        if piece:
            out.append(piece)

    while i < n:
        c = text[i]
        if c == '"' and track:
            in_q = not in_q
            if not in_q:
                j = i - 1
                while j > start and text[j].isspace():
                    j -= 1
                if text[j] in TERM and _starts_sentence(text, i + 1):
                    push(i + 1)
                    start = i + 1
            i += 1
            continue
        if c in TERM and not in_q:
            k = i
            while k + 1 < n and text[k + 1] in TERM:
                k += 1
            if c == "." and k == i and _is_abbrev(text, start, i):
                i += 1
                continue
            if _starts_sentence(text, k + 1):
                push(k + 1)
                start = k + 1
            i = k + 1
            continue
        i += 1
    push(n)
    if not track:  # unbalanced quotes: re-join pieces that leave a quote open
        merged, i = [], 0
        while i < len(out):
            cur, j = out[i], i + 1
            while cur.count('"') % 2 and j < len(out) and j - i < 4:
                cur += " " + out[j]
                j += 1
            if cur.count('"') % 2:
                cur, j = out[i], i + 1
            merged.append(cur)
            i = j
        out = merged
    return out


_CREDIT_FUSED = re.compile(
    r"(Ảnh\s*:|\(\s*[Ảả]nh\b|Video\s*:|Clip\s*:|Nguồn\s*:|Đồ\s*hoạ\s*:|Đồ\s*họa\s*:|Xem thêm\s*:?|Xem video|Xem ảnh)",
    re.I)
_ENDS = re.compile(r"[.!?…][\"'”’)]?$|[.!?…]\s*[\"”']$")
_VERBISH = {"đã", "sẽ", "đang", "được", "bị", "là", "có", "không", "cho", "nói", "phải",
            "vẫn", "cũng", "từng", "chưa", "mới", "vừa", "còn", "rằng", "cần", "muốn",
            "nên", "thì", "sau", "khi", "nhưng", "song"}
_PROSE_START = {"tuy", "kể", "trong", "sau", "trước", "hiện", "ngoài", "dù", "khi", "nếu", "vì",
                "do", "đây", "điều", "họ", "chúng", "nó", "tôi", "mọi", "theo", "riêng", "song",
                "nhưng", "thế", "vậy", "cũng", "ngay", "từ", "đến", "tới", "lúc", "hàng"}
_TAIL_THEO = re.compile(r"^(?P<name>[^()]{2,40}?)\s*\(\s*(?P<src>Theo\s[^()]{1,60})\)$")


def _words(s):
    return s.split()


def _ends_ok(s):
    return bool(_ENDS.search(s))


class Story(NamedTuple):
    body: list
    lead_caption: str | None
    byline: str | None
    credit: str | None


def extract_story(article):
    sents = split_sentences(article)
    byline = credit = None
    # trailing byline / credit of the VietNews text
    if sents and not _ends_ok(sents[-1]):
        tail = sents.pop()
        m = _TAIL_THEO.match(tail)
        if tail.lower().startswith("xem thêm") or "Xem thêm" in tail:
            pass  # "Xem thêm: <headline> <author>": fused, dropped
        elif m and len(_words(m.group("name"))) <= 4:
            byline, credit = m.group("name").strip(), m.group("src").strip()
        elif tail.startswith("Theo ") and len(_words(tail)) <= 6:
            credit = tail
        elif len(_words(tail)) <= 4 and tail[:1].isupper():
            byline = tail
    lead = None
    body = []
    for idx, s in enumerate(sents):
        w = _words(s)
        if idx == 0 and not s.startswith('"') and not s.startswith("Theo "):
            if len(w) <= 25 and _ends_ok(s) and not _CREDIT_FUSED.search(s):
                lead = s
            continue
        if _CREDIT_FUSED.search(s) or not _ends_ok(s):
            continue
        if len(w) < 6:
            continue
        if s.count('"') % 2:
            continue  # a quote left open: not clearly whole prose
        if (len(w) <= 14 and not s.startswith('"') and w[0].lower().strip(",") not in _PROSE_START
                and not (_VERBISH & {x.lower().strip(".,") for x in w})):
            continue  # likely a photo caption inside the text
        body.append(s)
    if not body:  # fallback, never expected on real rows
        body = [s for s in sents if _ends_ok(s) and not _CREDIT_FUSED.search(s)]
        lead = None if lead in body else lead
    return Story(body, lead, byline, credit)


class Related(NamedTuple):
    row: int
    title: str
    teasers: list
    captions: list


def extract_related(row, title, article):
    head = article[:RELATED_CHARS]
    sents = split_sentences(head)
    if len(article) > RELATED_CHARS and sents:
        cut_clean = _ends_ok(head.rstrip()) and article[RELATED_CHARS:RELATED_CHARS + 1].isspace()
        if not cut_clean:
            sents.pop()
    first = sents[0] if sents else None
    sents = [s for s in sents if _ends_ok(s) and not _CREDIT_FUSED.search(s) and s.count('"') % 2 == 0]
    teasers = [s for s in sents if 14 <= len(_words(s)) <= 60 and s is not first]
    captions = [s for s in sents if 6 <= len(_words(s)) <= 20 and '"' not in s
                and (s is first or len(_words(s)) <= 14)]
    return Related(row, title, teasers, captions)


# --------------------------------------------------------------------------
# normalisation and the contract
# --------------------------------------------------------------------------

_ZW = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")


def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = _ZW.sub("", s)
    s = re.sub(r"\s+", "", s)
    return s.casefold()


class ContractError(ValueError):
    pass


def check_page(page, unlabelled):
    """Raise ContractError if the page breaks the contract."""
    if not isinstance(page, Page):
        raise ContractError("not a Page")
    text, body, fur = page.text, page.body, page.furniture
    if not text:
        raise ContractError("empty text")
    lines = text.split("\n")
    for ln in lines:
        if not ln or ln != ln.strip():
            raise ContractError(f"blank or unstripped line: {ln!r}")
    if not body:
        raise ContractError("no body")
    for s in body:
        if not isinstance(s, str) or not s or "\n" in s or s != s.strip() or s not in text:
            raise ContractError(f"bad body item: {s!r}")
    for item in fur:
        if (not isinstance(item, tuple) or len(item) != 2 or item[0] not in KINDS
                or not isinstance(item[1], str)):
            raise ContractError(f"bad furniture item: {item!r}")
    roles = [r for r, _ in unlabelled]
    if len(roles) > 3 or len(set(roles)) != len(roles) or not set(roles) <= {"title", "date", "site"}:
        raise ContractError(f"bad unlabelled roles: {roles}")
    bi = fi = ui = 0
    for ln in lines:
        if bi < len(body) and ln.startswith(body[bi]):
            acc, used = body[bi], 1
            bi += 1
            while acc != ln and bi < len(body) and used < 4 and ln.startswith(acc + " " + body[bi]):
                acc += " " + body[bi]
                bi += 1
                used += 1
            if acc != ln:
                raise ContractError(f"body line holds more than body: {ln!r}")
        elif fi < len(fur) and ln == fur[fi][1]:
            fi += 1
        elif ui < len(unlabelled) and ln == unlabelled[ui][1]:
            ui += 1
        else:
            raise ContractError(f"unaccounted line: {ln!r}")
    if bi != len(body) or fi != len(fur) or ui != len(unlabelled):
        raise ContractError("labels do not cover the text in order")
    nb = {norm(s) for s in body}
    for kind, ln in fur:
        if norm(ln) in nb:
            raise ContractError(f"furniture equals a body sentence: {ln!r}")
    for _, ln in unlabelled:
        if norm(ln) in nb:
            raise ContractError(f"unlabelled line equals a body sentence: {ln!r}")


# --------------------------------------------------------------------------
# invented furniture material
# --------------------------------------------------------------------------

HO = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
      "Dương", "Lý", "Phan", "Trịnh", "Đinh", "Tạ", "Lưu"]
DEM = ["Văn", "Thị", "Minh", "Ngọc", "Thanh", "Hữu", "Đức", "Thu", "Quang", "Bảo", "Gia",
       "Khánh", "Hoài", "Mỹ"]
TEN = ["An", "Bình", "Châu", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hiếu", "Hoà", "Huy",
       "Khoa", "Lan", "Linh", "Long", "Mai", "Nam", "Nga", "Phong", "Phúc", "Quân", "Sơn",
       "Tâm", "Thảo", "Trang", "Tú", "Tuấn", "Vy", "Yến", "Đạt", "Khôi", "Nhi"]
NICKS = ["Mèo Ú", "Gió Lang Thang", "Cá Kho Tộ", "Chú Bộ Đội Cụ Hồ", "Mẹ Bắp", "Bố Su",
         "Lãng Du 88", "Hạt Tiêu", "Ông Già Noel", "Sói Già", "Trà Đá Vỉa Hè", "Bé Bông",
         "Người Qua Đường", "Kẻ Lữ Hành", "Xe Ôm Công Nghệ", "Mây Trắng Bay", "Cụ Mõ",
         "Thầy Đồ Nghèo", "Hóng Hớt", "Dân Đen"]
OUTLETS = ["báo Nhịp Sống Quốc Tế", "trang Tin Năm Châu", "Thời Báo Ven Sông",
           "tờ Bản Tin Phương Nam", "kênh Thế Giới Hôm Nay", "trang Điểm Tin 365",
           "Tuần San Bốn Bể", "báo điện tử Toàn Cầu Xanh"]
TAGS = ["thời sự", "quốc tế", "thế giới", "tin nóng", "tin tức", "bàn luận", "góc nhìn",
        "chia sẻ", "cộng đồng", "tin hay", "đọc báo", "chuyện lạ", "an ninh", "đời sống",
        "điểm tin", "tin dạo"]
COMMENTS = [
    "Đọc xong thấy thương người dân bên đó quá.",
    "Cảm ơn thớt đã chia sẻ, tin này hay.",
    "Tin này cũ rồi mà bác, tuần trước đã thấy.",
    "Thế giới bây giờ loạn thật sự.",
    "Hóng diễn biến tiếp theo.",
    "Ai có link bài gốc không ạ?",
    "Mình nghĩ chuyện này còn dài, chưa xong đâu.",
    "Quan điểm cá nhân thôi nhé: báo chí đưa tin hơi một chiều.",
    "Đúng là chuyện gì cũng có thể xảy ra.",
    "Like mạnh cho bài viết!",
    "Chấm hóng.",
    "Haizz, buồn thật.",
    "Mong mọi chuyện sớm ổn định lại.",
    "Bác nào giải thích giùm em đoạn này với, đọc chưa hiểu lắm.",
    "Tin này đọc ở đâu cũng thấy, không biết thật giả thế nào.",
    "Lại là chuyện này, năm nào cũng nghe.",
    "Thông tin hữu ích, cảm ơn admin.",
    "Hay quá, lưu lại đọc sau.",
    "Chia sẻ cho mọi người cùng biết.",
    "Không biết sau vụ này có thay đổi gì không nhỉ?",
    "Nói thật là mình không bất ngờ lắm.",
    "Xem mà rùng mình luôn á.",
    "Vote cho chủ thớt 1 phiếu.",
    "Nghe cứ như phim vậy trời.",
    "Mình ở gần đó, mấy hôm nay tin tức đưa suốt.",
    "Cần thêm nguồn kiểm chứng nha mọi người.",
    "Đọc comment còn vui hơn đọc bài =))",
    "Tag bạn bè vào đọc nào!",
    "Chuẩn không cần chỉnh.",
    "Ủa vậy rồi sao nữa?",
    "Lần đầu nghe tới chuyện này luôn.",
    "Mọi người bình tĩnh, chờ thông tin chính thức đã.",
    "Bài tổng hợp dễ hiểu, cảm ơn bạn.",
    "Phải chi báo trong nước cũng đưa chi tiết như vậy.",
    "Theo dõi topic.",
    "Up cho mọi người cùng đọc.",
]
REPLIES = [
    "Đồng ý với bác.", "Chuẩn rồi.", "Bác nói quá chuẩn.", "Không hẳn vậy đâu bạn ơi.",
    "Link đây bạn, kéo lên đầu trang nhé.", "Haha, chuẩn luôn.", "+1", "Mình cũng nghĩ thế.",
    "Tin này có trên mấy trang lớn rồi đó.", "Bạn đọc kỹ lại bài đi.", "Ý kiến hay.",
    "Cái này thì phải chờ thêm.", "Cảm ơn bạn đã giải thích.", "Ừ, công nhận.",
    "Sai chính tả kìa thớt ơi :))", "Mình thấy bình thường mà.",
]
SIGS = [
    "Sống chậm lại, nghĩ khác đi, yêu thương nhiều hơn.",
    "--- Đọc nhiều, nói ít, nghĩ kỹ. ---",
    "Chữ ký: Ai rồi cũng khác.",
    "» Mua bán xe cũ uy tín, inbox mình «",
    "~ Cuộc đời là những chuyến đi ~",
    "Hà Nội mùa thu, cây cơm nguội vàng...",
    "_________________ Tin người, tin mình, tin đời.",
    "Nhận dạy kèm Toán lớp 9 – liên hệ tin nhắn riêng.",
    "*** Yêu gia đình nhỏ của mình ***",
    "Mẹ Bi (2015) & Bống (2018)",
]
RANKS = ["Thành viên mới", "Thành viên tích cực", "Thành viên thân thiết", "Thành viên VIP",
         "Điều hành viên", "Quản trị viên", "Cao thủ diễn đàn", "Lão làng", "Mới gia nhập",
         "Chuyên gia tám chuyện", "Người đóng góp hàng đầu", "Fan cứng"]
MOD_NOTES = [
    "[MOD] Chủ đề đã được chuyển sang box Tin quốc tế cho đúng chuyên mục.",
    "Ghi chú của điều hành viên: vui lòng ghi rõ nguồn khi đăng lại bài báo.",
    "⚠ BQT: Các bình luận công kích cá nhân sẽ bị xoá không báo trước.",
    "Chủ đề đã được ghim bởi Ban quản trị.",
    "[Nhắc nhở] Không spam, không quảng cáo trong chủ đề này. — Mod",
    "Bài viết đã được duyệt bởi quản trị viên nhóm.",
    "MOD: đã gộp 2 chủ đề trùng nhau.",
]
JOIN = [
    "Tham gia nhóm", "+ Tham gia", "THAM GIA NHÓM ĐỂ BÌNH LUẬN",
    "Bạn chưa là thành viên. Tham gia nhóm để xem thêm bài viết.",
    "Đăng nhập hoặc đăng ký để trả lời chủ đề này.",
    "Bạn cần đăng nhập để bình luận.",
    "Hãy tham gia cộng đồng để không bỏ lỡ tin mới!",
]
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def ascii_fold(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


class Ctx:
    """Per-page drawing helpers (all draws from rng_for(row, ...))."""

    def __init__(self, row, title, story, paras, related_pool):
        self.row = row
        self.r = rng_for(row, "layout")
        self.title = title
        self.story = story
        self.paras = paras
        rr = rng_for(row, "related")
        pool = list(related_pool)
        rr.shuffle(pool)
        self.rel = pool
        self._ri = 0
        self.date = _dt.datetime(2016, 1, 1) + _dt.timedelta(
            minutes=rng_for(row, "date").randrange(5 * 365 * 24 * 60))

    # names -------------------------------------------------------------
    def name(self):
        r = self.r
        if r.random() < 0.3:
            return f"{r.choice(HO)} {r.choice(TEN)}"
        return f"{r.choice(HO)} {r.choice(DEM)} {r.choice(TEN)}"

    def handle(self):
        r = self.r
        x = r.random()
        if x < 0.3:
            return r.choice(NICKS)
        n = ascii_fold(self.name()).lower().split()
        if x < 0.55:
            return f"{n[-1]}.{n[0]}{r.randrange(70, 100)}"
        if x < 0.8:
            return "_".join(n[-2:]) + str(r.randrange(1, 999))
        return self.name()

    def pick(self, xs):
        return self.r.choice(xs)

    def chance(self, p):
        return self.r.random() < p

    def n(self, lo, hi):
        return self.r.randint(lo, hi)

    def count(self, lo=1, hi=5000):
        v = self.r.randint(lo, hi)
        if v < 1000:
            return str(v)
        st = self.r.randrange(3)
        if st == 0:
            return f"{v / 1000:.1f}K".replace(".", ",")
        if st == 1:
            return f"{v:,}".replace(",", ".")
        return f"{v / 1000:.1f}k"

    def ago(self):
        r = self.r
        return r.choice([f"{r.randint(1, 59)} phút trước", f"{r.randint(1, 23)} giờ trước",
                         f"{r.randint(1, 6)} ngày trước", f"{r.randint(1, 23)} giờ",
                         f"{r.randint(1, 52)} tuần", "Vừa xong", "Hôm qua lúc "
                         f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}", f"{r.randint(2, 9)} ngày"])

    def datestr(self, style=None):
        d = self.date
        st = self.r.randrange(9) if style is None else style
        wd = WEEKDAYS[d.weekday()]
        if st == 0:
            return f"{wd}, {d.day} tháng {d.month}, {d.year}"
        if st == 1:
            return f"{d.day:02d}/{d.month:02d}/{d.year} {d.hour:02d}:{d.minute:02d}"
        if st == 2:
            return f"{d.hour:02d}:{d.minute:02d} - {d.day}/{d.month}/{d.year}"
        if st == 3:
            return f"Ngày {d.day} tháng {d.month:02d} năm {d.year}"
        if st == 4:
            ap = "sáng" if d.hour < 12 else "chiều"
            return f"{d.day:02d}-{d.month:02d}-{d.year}, {d.hour % 12 or 12}:{d.minute:02d} {ap}"
        if st == 5:
            return f"Tháng {d.month} {d.day}, {d.year}"
        if st == 6:
            return f"{d.year}-{d.month:02d}-{d.day:02d} {d.hour:02d}:{d.minute:02d}"
        if st == 7:
            return f"{wd.upper()}, {d.day:02d}/{d.month:02d}/{d.year}"
        return f"{d.day} thg {d.month}, {d.year}"

    def tags(self, k=None):
        k = k or self.n(2, 5)
        return self.r.sample(TAGS, k)

    def _draw(self, attr, pool):
        left = getattr(self, attr, None)
        if not left:
            left = list(pool)
            self.r.shuffle(left)
            setattr(self, attr, left)
        return left.pop()

    def comment(self):
        return self._draw("_comments_left", COMMENTS)

    def reply(self):
        return self._draw("_replies_left", REPLIES)

    # related material -------------------------------------------------
    def next_rel(self):
        if not self.rel:
            return None
        x = self.rel[self._ri % len(self.rel)]
        self._ri += 1
        return x

    def rel_titles(self, k):
        out = []
        for _ in range(k):
            x = self.next_rel()
            if x is not None and x.title not in out:
                out.append(x.title)
        return out

    def rel_teaser(self):
        for _ in range(len(self.rel)):
            x = self.next_rel()
            if x and x.teasers:
                return x.title, self.r.choice(x.teasers)
        return None

    def rel_caption(self):
        for _ in range(len(self.rel)):
            x = self.next_rel()
            if x and x.captions:
                return self.r.choice(x.captions)
        return None


class Doc:
    def __init__(self):
        self.items = []  # ("f", kind, line) | ("u", role, line) | ("p", sents)

    def f(self, kind, line):
        assert kind in KINDS
        line = " ".join(line.split())
        if line:
            self.items.append(("f", kind, line))

    def u(self, role, line):
        self.items.append(("u", role, " ".join(line.split())))

    def w(self, *lines):
        for ln in lines:
            self.f("widget", ln)

    def para(self, sents):
        self.items.append(("p", list(sents), None))


# --------------------------------------------------------------------------
# shared furniture pieces
# --------------------------------------------------------------------------

def deco(c, s):
    x = c.r.random()
    if x < 0.12:
        return s.upper()
    if x < 0.2:
        return "» " + s
    if x < 0.28:
        return s + ":"
    if x < 0.34:
        return "• " + s + " •"
    return s


def lead_caption(c, d, credit_p=0.6):
    cap = c.story.lead_caption
    if not cap:
        return
    src = c.pick(["Reuters", "AFP", "AP", "EPA", "Getty Images", "Twitter", "Internet",
                  "Facebook nhân vật", "Sưu tầm", "Ảnh chụp màn hình"])
    x = c.r.random()
    if x < 0.3:
        d.f("caption", cap)
    elif x < 0.55:
        d.f("caption", f"{cap} Ảnh: {src}")
    elif x < 0.75:
        d.f("caption", f"{cap} ({c.pick(['Ảnh', 'ảnh', 'Nguồn ảnh'])}: {src})")
    else:
        d.f("caption", cap)
        d.f("credit", c.pick([f"Ảnh: {src}", f"(Ảnh: {src})", f"Nguồn ảnh: {src}",
                              f"ẢNH: {src.upper()}", f"Photo: {src}"]))


def story_tail(c, d):
    s = c.story
    if s.byline:
        d.f("byline", c.pick([s.byline, s.byline, s.byline.upper(), f"{s.byline} (tổng hợp)",
                              f"— {s.byline}"]))
    if s.credit:
        d.f("credit", c.pick([s.credit, f"({s.credit})", s.credit.upper(), f"- {s.credit} -"]))


def source_credit(c, d):
    o = c.pick(OUTLETS)
    d.f("credit", c.pick([f"Nguồn: {o}", f"Nguồn bài viết: {o}", f"(Theo {o})",
                          f"NGUỒN: {o.upper()}", f"Trích từ {o}", f"Bài gốc: {o} ↗"]))


def mid_related(c, d):
    x = c.r.random()
    if x < 0.45:
        t = c.rel_titles(1)
        if t:
            d.f("related", c.pick(["Xem thêm: ", "Đọc thêm: ", ">> ", "► ", "Có thể bạn quan tâm: "]) + t[0])
    elif x < 0.75:
        cap = c.rel_caption()
        if cap:
            d.f("caption", cap)
    else:
        d.f("widget", c.pick(["Quảng cáo", "- Quảng cáo -", "ADVERTISEMENT", "Tài trợ",
                               "Nội dung được tài trợ", "[Quảng cáo] Vay tiêu dùng lãi suất 0%"]))


def emit_story(c, d, mid=None, p=0.3):
    for i, para in enumerate(c.paras):
        d.para(para)
        if mid and i < len(c.paras) - 1 and c.chance(p):
            mid(c, d)


def related_block(c, d, k=None, head=None, style=None):
    k = k or c.n(3, 6)
    titles = c.rel_titles(k)
    if not titles:
        return
    d.f("widget", deco(c, head or c.pick(["Bài viết liên quan", "Tin liên quan", "Có thể bạn quan tâm",
                                           "Chủ đề tương tự", "Đọc thêm", "Cùng chuyên mục"])))
    st = c.r.randrange(5) if style is None else style
    for t in titles:
        if st == 0:
            d.f("related", t)
        elif st == 1:
            d.f("related", f"» {t}")
        elif st == 2:
            d.f("related", f"{t} ({c.n(2, 300)} trả lời)")
        elif st == 3:
            d.f("related", f"- {t}")
        else:
            d.f("related", f"{t} | {c.ago()}")


def teaser_block(c, d, k=2):
    for _ in range(k):
        x = c.rel_teaser()
        if not x:
            return
        t, s = x
        d.f("related", t)
        d.f("related", s)


def share_row(c, d):
    d.f("widget", c.pick([
        "Chia sẻ: Facebook | Zalo | Twitter | Sao chép liên kết",
        "Chia sẻ bài viết này",
        f"Thích {c.count()}  ·  Chia sẻ {c.count(1, 900)}",
        "🔗 Sao chép link  ✉ Gửi email  🖨 In bài",
        "Gửi email bài đăng này BlogThis! Chia sẻ lên Twitter Chia sẻ lên Facebook",
        "SHARE: FB - ZALO - TWITTER",
    ]))


def tags_line(c, d):
    t = c.tags()
    d.f("widget", c.pick([
        "Tags: " + ", ".join(t), "Từ khoá: " + " | ".join(t), " ".join("#" + x.replace(" ", "") for x in t),
        "Nhãn: " + ", ".join(t), "Chủ đề: " + " · ".join(t), "TAG: " + ", ".join(x.upper() for x in t)]))


def comment_block(c, d, k=None, style=None, nested=True):
    k = k or c.n(2, 6)
    st = c.r.randrange(4) if style is None else style
    for _ in range(k):
        who = c.handle()
        if st == 0:
            d.w(who, c.comment(), c.pick([f"Thích · Trả lời · {c.ago()}", f"Thích  Trả lời  {c.ago()}",
                                          f"{c.ago()} · Thích · Phản hồi", f"Trả lời · {c.n(1, 99)} lượt thích"]))
        elif st == 1:
            d.w(f"{who}: {c.comment()}")
        elif st == 2:
            d.w(f"{who} · {c.ago()}", c.comment(), c.pick(["Trả lời", "TRẢ LỜI", "↩ Trả lời", "Phản hồi"]) +
                c.pick(["", f"  👍 {c.n(1, 300)}", f" | Thích ({c.n(1, 80)})"]))
        else:
            when = c.date + _dt.timedelta(minutes=c.n(5, 6000))
            d.w(f"{who} ({when:%d/%m/%Y %H:%M})", c.comment(), f"{c.n(0, 120)} thích · Trả lời")
        if nested and c.chance(0.45):
            for _ in range(c.n(1, 2)):
                rep = c.handle()
                d.w(c.pick([f"↳ {rep}: {c.reply()}", f"{rep} trả lời {who}: {c.reply()}",
                            f"-- {rep}: {c.reply()}", f"└ {rep} · {c.ago()}: {c.reply()}"]))
        if c.chance(0.2):
            d.w(c.pick([f"Xem thêm {c.n(2, 40)} phản hồi", f"Xem {c.n(2, 20)} câu trả lời khác",
                        "Xem thêm bình luận", f"▼ {c.n(2, 30)} trả lời"]))


def comment_head(c, d, n=None):
    n = n or c.n(3, 400)
    d.w(c.pick([f"{n} bình luận", f"Bình luận ({n})", f"BÌNH LUẬN · {n}", f"{n} nhận xét:",
                f"Ý kiến bạn đọc ({n})", f"{n} phản hồi"]))
    if c.chance(0.5):
        d.w(c.pick(["Sắp xếp theo: Mới nhất", "Mới nhất | Cũ nhất | Được thích nhất",
                    "Phù hợp nhất ▾", "Sắp xếp: Hay nhất", "Quan tâm nhất  Mới nhất"]))


def footer(c, d, site):
    y = c.date.year
    d.w(c.pick([f"© {y} {site}. Nội dung do thành viên đóng góp.",
                f"Copyright © {y} {site} - All rights reserved",
                f"{site} © 2012–{y} · Điều khoản · Quyền riêng tư",
                f"Bản quyền thuộc về {site}. Ghi rõ nguồn khi trích dẫn.",
                f"© {site} | Liên hệ quảng cáo | Góp ý"]))
    if c.chance(0.5):
        d.w(c.pick(["Giới thiệu | Liên hệ | Điều khoản sử dụng | Chính sách bảo mật",
                    "Lên đầu trang ↑", "Về đầu trang", "Trợ giúp - Quy định - RSS",
                    "Liên hệ BQT · Nội quy · Hỏi đáp"]))


def menu(c, d, items):
    sep = c.pick([" | ", "  ", " · ", " / ", " - "])
    k = c.n(max(3, len(items) - 2), len(items))
    line = sep.join(items[:k])
    d.w(line.upper() if c.chance(0.2) else line)


# --------------------------------------------------------------------------
# layouts
# --------------------------------------------------------------------------

def L_forum_vb(c, d):
    site = c.pick(["Diễn đàn Làng Xóm Online", "Quán Cóc Thời Sự", "Hội Quán Bốn Phương",
                   "Phố Bàn Tròn Forum", "Chợ Tin Diễn Đàn"])
    d.u("site", site)
    menu(c, d, ["Diễn đàn", "Bài mới", "Thành viên", "Lịch", "Tìm kiếm", "Đăng nhập", "Đăng ký"])
    d.w(c.pick([f"Diễn đàn › Thế giới muôn màu › Tin quốc tế",
                f"Trang chủ » Thảo luận chung » Tin tức thế giới",
                f"{site} > Thời sự > Quốc tế", "Forum / Bàn luận thời sự / Thế giới"]))
    d.u("title", c.title)
    poster = c.handle()
    d.f("byline", c.pick([f"Thảo luận trong 'Tin quốc tế' bắt đầu bởi {poster}",
                          f"Chủ đề tạo bởi {poster}", f"Người gửi: {poster}",
                          f"Bắt đầu bởi {poster}, {c.ago()}"]))
    d.w(c.pick(["#1", "Bài 1", "Post #1", "#1 ▼"]))
    d.u("date", c.datestr())
    d.w(poster, c.pick(RANKS),
        c.pick([f"Tham gia: {c.n(1, 12):02d}/{c.n(2009, 2018)} · Bài viết: {c.count(5, 9000)}",
                f"Bài viết: {c.count(5, 9000)} | Được thích: {c.count(1, 5000)}",
                f"Ngày tham gia {c.n(1, 28)}/{c.n(1, 12)}/{c.n(2010, 2018)} Nơi ở: Hà Nội"]))
    if c.chance(0.5):
        source_credit(c, d)
    lead_caption(c, d)
    emit_story(c, d, mid_related, 0.2)
    story_tail(c, d)
    if c.chance(0.6):
        d.w(c.pick(SIGS))
    d.w(c.pick([f"{c.n(1, 90)} người thích bài này.", "Trả lời  Trích dẫn  Thích", "Thích · Trích dẫn · Báo cáo",
                f"👍 {c.n(1, 200)} Cảm ơn"]))
    for k in range(c.n(2, 4)):
        d.w(f"#{k + 2}", c.handle(), c.pick(RANKS), c.comment(),
            c.pick(["Trả lời", "Trả lời  Trích dẫn", "Thích  Trả lời", f"Thích ({c.n(1, 40)})"]))
    related_block(c, d, head=c.pick(["Chủ đề tương tự", "Các chủ đề cùng chuyên mục", "Chủ đề liên quan"]), style=2)
    d.w(c.pick(JOIN[4:]))
    d.w(c.pick([f"Múi giờ GMT +7. Hiện tại là {c.n(0, 23):02d}:{c.n(0, 59):02d}.",
                "Tất cả thời gian tính theo GMT+7.", "Đang xem chủ đề: 1 (0 thành viên, 1 khách)"]))
    footer(c, d, site)


def L_fb_group(c, d):
    group = c.pick(["Hội Những Người Thích Đọc Tin Thế Giới", "Cộng Đồng Bàn Luận Thời Sự",
                    "Góc Tám Chuyện Quốc Tế", "Hóng Biến 24h", "Nhóm Đọc Báo Mỗi Sáng"])
    d.w(c.pick(["Trang chủ  Watch  Marketplace  Nhóm", "Facebook", "Tìm kiếm trên Facebook",
                "Đăng nhập  Quên mật khẩu?"]))
    d.u("site", group)
    d.w(c.pick([f"Nhóm Công khai · {c.count(1000, 900000)} thành viên",
                f"Nhóm riêng tư · {c.count(1000, 900000)} thành viên",
                f"{c.count(1000, 900000)} thành viên · {c.n(2, 90)} bài viết mỗi ngày"]))
    d.w(c.pick(JOIN[:3]))
    poster = c.name()
    d.f("byline", c.pick([poster, f"{poster} ▸ {group}", f"{poster} · Quản trị viên",
                          f"{poster} đã chia sẻ một liên kết."]))
    d.w(c.pick([f"{c.ago()} · 🌏", f"{c.ago()} · Công khai", f"{c.ago()} ·"]))
    if c.chance(0.5):
        d.w(c.pick(["Mọi người đọc tin này chưa? 😱", "Tin mới nè cả nhà ơi",
                    "Share cho ai chưa đọc 👇", "Đọc mà thấy sợ thật sự...",
                    "Tin nóng nhé mn. Bình luận văn minh nha!"]))
    d.u("title", c.title)
    lead_caption(c, d)
    emit_story(c, d)
    story_tail(c, d)
    d.w(c.pick([f"👍❤️😮 {c.count()}", f"{c.count()} lượt bày tỏ cảm xúc", f"Bạn và {c.count()} người khác"]),
        c.pick([f"{c.count(1, 900)} bình luận · {c.count(1, 300)} lượt chia sẻ",
                f"{c.count(1, 900)} bình luận  {c.count(1, 300)} chia sẻ"]),
        c.pick(["Thích  Bình luận  Chia sẻ", "👍 Thích 💬 Bình luận ↗ Chia sẻ", "THÍCH · BÌNH LUẬN · CHIA SẺ"]))
    if c.chance(0.5):
        d.w(c.pick(["Phù hợp nhất ▾", "Bình luận hàng đầu", "Tất cả bình luận"]))
    comment_block(c, d, style=0)
    d.w(c.pick(["Viết bình luận...", "Viết bình luận công khai…", "Bình luận với vai trò thành viên nhóm"]))
    if c.chance(0.6):
        related_block(c, d, k=c.n(2, 4), head=c.pick(["Bài viết khác trong nhóm", "Thảo luận nổi bật", "Gợi ý cho bạn"]))


def L_qa(c, d):
    site = c.pick(["Hỏi Gì Đáp Nấy", "Hỏi Đáp Cộng Đồng", "Ai Biết Chỉ Giùm", "Giải Đáp 247"])
    d.u("site", site)
    menu(c, d, ["Câu hỏi", "Chủ đề", "Xếp hạng", "Đặt câu hỏi", "Đăng nhập"])
    d.w(c.pick(["Thời sự - Xã hội", "Chuyên mục: Tin thế giới", "Hỏi đáp › Thời sự › Quốc tế"]))
    d.u("title", c.title)
    asker = c.handle()
    d.w(c.pick([f"Mọi người cho mình hỏi vụ này là thế nào vậy ạ? Đọc tiêu đề chưa hiểu lắm.",
                "Có ai biết đầy đủ thông tin vụ này không? Cảm ơn nhiều!",
                "Ai tóm tắt giúp em với, em cần làm bài thuyết trình thời sự.",
                "Tin này có thật không mọi người?"]))
    d.f("byline", c.pick([f"Hỏi bởi {asker} · {c.ago()}", f"{asker} đã hỏi {c.ago()}", f"Người hỏi: {asker}"]))
    d.w(c.pick([f"{c.n(0, 50)} lượt theo dõi · {c.count(10, 9000)} lượt xem", f"👁 {c.count(10, 9000)}",
                f"Đã xem {c.count(10, 9000)} lần"]))
    d.w(c.pick([f"{c.n(1, 9)} câu trả lời", f"Câu trả lời ({c.n(1, 9)})", f"{c.n(1, 9)} CÂU TRẢ LỜI"]))
    d.w(c.pick(["✔ Câu trả lời hay nhất", "Được người hỏi chọn", "★ CÂU TRẢ LỜI ĐƯỢC CHỌN", "Câu trả lời được bình chọn nhiều nhất"]))
    ans = c.handle()
    d.f("byline", c.pick([f"{ans} trả lời:", f"Trả lời bởi {ans}", f"{ans} · {c.pick(RANKS)}"]))
    d.u("date", c.datestr())
    d.w(c.pick(["Mình trích nguyên bài báo cho bạn nhé:", "Theo mình đọc được thì như sau:",
                "Bạn tham khảo nội dung này:"]))
    emit_story(c, d)
    story_tail(c, d)
    if c.chance(0.5):
        source_credit(c, d)
    d.w(c.pick([f"▲ {c.n(1, 300)} ▼", f"{c.n(1, 300)} điểm · Hữu ích", f"👍 {c.n(1, 300)}  👎 {c.n(0, 20)}"]),
        c.pick(["Bình luận  Báo cáo", "Thêm bình luận", "Chia sẻ · Báo vi phạm"]))
    for _ in range(c.n(1, 3)):
        d.w(c.handle(), c.comment(), c.pick([f"▲ {c.n(0, 40)}", f"{c.n(0, 40)} điểm", "Hữu ích?  Có | Không"]))
    related_block(c, d, head=c.pick(["Câu hỏi liên quan", "Câu hỏi tương tự", "CÁC CÂU HỎI KHÁC"]), style=3)
    d.w(c.pick(["Đặt câu hỏi của bạn", "Bạn có câu hỏi? Hỏi ngay!", "Không tìm thấy câu trả lời? Đặt câu hỏi mới"]))
    footer(c, d, site)


def L_blogspot(c, d):
    site = c.pick(["Blog của Gió", "Góc Nhỏ Của Mây", "Sổ Tay Lãng Du", "Chuyện Bốn Phương",
                   "Nhật Ký Người Đọc Báo"])
    d.u("site", site)
    d.w(c.pick(["Nơi lưu lại những tin tức mình đọc mỗi ngày", "Đọc - Nghĩ - Viết",
                "Blog cá nhân, ý kiến riêng", "~ tản mạn chuyện đời, chuyện người ~"]))
    d.w(c.pick(["Trang chủ  Giới thiệu  Liên hệ", "Trang chủ | Lưu trữ | Về tôi", "TRANG CHỦ · TIN ĐỌC · TẢN MẠN"]))
    d.u("date", c.datestr(0))
    d.u("title", c.title)
    lead_caption(c, d)
    emit_story(c, d, mid_related, 0.15)
    story_tail(c, d)
    if c.chance(0.5):
        source_credit(c, d)
    au = c.name()
    d.f("byline", c.pick([f"Đăng bởi {au} lúc {c.date.hour:02d}:{c.date.minute:02d}",
                          f"Posted by {au} at {c.date.hour}:{c.date.minute:02d}",
                          f"Người đăng: {au}", f"đăng bởi {au.lower()}"]))
    share_row(c, d)
    d.w("Nhãn: " + ", ".join(c.tags()))
    d.w(c.pick(["Bài đăng Mới hơn Bài đăng Cũ hơn Trang chủ", "« Bài mới hơn | Trang chủ | Bài cũ hơn »",
                "Bài đăng mới hơn  Trang chủ"]))
    n = c.n(0, 12)
    d.w(f"{n} nhận xét:" if n else "Không có nhận xét nào:")
    if n:
        comment_block(c, d, k=min(n, 4), style=3, nested=False)
    d.w(c.pick(["Đăng nhận xét", "Đăng ký: Đăng Nhận xét (Atom)", "Nhận xét của bạn sẽ hiện sau khi được duyệt."]))
    d.w(c.pick(["Lưu trữ Blog", "LƯU TRỮ BLOG", "Lưu trữ"]),
        f"► {c.date.year} ({c.n(5, 120)})", f"► {c.date.year - 1} ({c.n(5, 120)})")
    related_block(c, d, k=c.n(2, 4), head=c.pick(["Bài đăng phổ biến", "Bài đọc nhiều", "BÀI ĐĂNG PHỔ BIẾN"]), style=0)
    d.w(c.pick(["Giới thiệu về tôi", "Về tác giả"]), c.pick(["Xem hồ sơ hoàn chỉnh của tôi", "Xem hồ sơ đầy đủ"]))
    d.w(c.pick(["Được tạo bởi Blogger.", "Chủ đề Đơn giản. Được tạo bởi Blogger.", "Powered by Blogger."]))


def L_wordpress(c, d):
    site = c.pick(["Trạm Đọc Chậm", "Nhà Của Tí", "Blog Thời Cuộc", "Viết Cho Vui",
                   "Trang Ghi Chép Của Hoàng"])
    d.u("site", site)
    d.w(c.pick(["Thêm một trang web sử dụng WordPress", "Ghi chép tin tức & cảm nghĩ", "Chỉ là một blog nhỏ"]))
    menu(c, d, ["Trang chủ", "Thời sự", "Tản văn", "Sách", "Giới thiệu", "Liên hệ"])
    d.w(c.pick(["Tìm kiếm …", "Tìm kiếm:", "🔍 Search"]))
    d.u("title", c.title)
    au = c.name()
    d.f("byline", c.pick([f"Đăng vào {c.datestr(5)} bởi {au}", f"{c.datestr(5)} · {au}",
                          f"Posted on {c.datestr(5)} by {au}", f"Tác giả: {au} — {c.datestr(5)}"]))
    d.w(c.pick([f"{c.n(1, 40)} bình luận", "Để lại bình luận", f"{c.n(1, 40)} Comments", "Leave a comment"]))
    lead_caption(c, d)
    emit_story(c, d, mid_related, 0.25)
    story_tail(c, d)
    d.w(c.pick(["Chia sẻ:", "Share this:", "CHIA SẺ:"]), c.pick(["Twitter  Facebook", "Facebook  Twitter  Email", "Nhấn để chia sẻ"]))
    d.w(c.pick(["Thích bài này:", "Like this:"]), c.pick(["Thích Đang tải...", "Like Loading...", "Đang tải..."]))
    d.w("Chuyên mục: " + c.pick(["Thời sự", "Tin đọc", "Quốc tế", "Chưa được phân loại"]))
    tags_line(c, d)
    related_block(c, d, k=3, head=c.pick(["Liên quan", "Related", "Bài viết liên quan"]), style=0)
    d.w(c.pick(["Điều hướng bài viết", "Post navigation"]),
        c.pick(["← Bài trước", "Previous Post"]) + " " + (c.rel_titles(1) or ["Trang chủ"])[0])
    comment_head(c, d)
    comment_block(c, d, k=c.n(1, 3), style=3)
    d.w(c.pick(["Để lại một bình luận", "Trả lời", "Leave a Reply"]),
        c.pick(["Email của bạn sẽ không được hiển thị công khai.", "Your email address will not be published.",
                "Các trường bắt buộc được đánh dấu *"]))
    d.w(c.pick(["Bài viết mới", "BÀI VIẾT MỚI", "Recent Posts"]))
    for t in c.rel_titles(c.n(2, 4)):
        d.f("related", t)
    d.w(c.pick(["Tạo bởi WordPress", "Blog tại WordPress.com.", "Tự hào sử dụng WordPress", "Theme: Twenty Seventeen."]))


def L_substack(c, d):
    site = c.pick(["Bản Tin Chủ Nhật", "Thư Gửi Bạn Đọc", "Điểm Tin Sáng Thứ Hai", "Thế Giới Trong Tuần",
                   "Lá Thư Quốc Tế"])
    d.u("site", site)
    d.w(c.pick(["Đăng ký", "Subscribe", "ĐĂNG KÝ NHẬN BẢN TIN", "Đăng nhập"]))
    d.u("title", c.title)
    d.w(c.pick(["Số đặc biệt tuần này, miễn phí cho tất cả bạn đọc", "Ghi chép nhanh từ bản tin quốc tế",
                "Một câu chuyện đáng đọc trong tuần"]))
    au = c.name()
    d.f("byline", c.pick([au, f"{au} và {c.name()}", f"Viết bởi {au}", au.upper()]))
    d.u("date", c.datestr(8))
    d.w(c.pick([f"❤ {c.n(1, 900)}  💬 {c.n(0, 90)}  ↗", f"{c.n(1, 900)} lượt thích · {c.n(0, 90)} bình luận",
                f"♡ {c.n(1, 900)} · Chia sẻ"]))
    lead_caption(c, d)
    emit_story(c, d)
    story_tail(c, d)
    d.w(c.pick([f"Cảm ơn bạn đã đọc {site}! Đăng ký miễn phí để nhận bài mới.",
                "Bài viết này công khai, hãy thoải mái chia sẻ.",
                f"{site} là ấn phẩm do độc giả nuôi dưỡng. Hãy cân nhắc trở thành người đăng ký trả phí."]))
    d.w(c.pick(["Nhập email của bạn…", "Email của bạn", "Type your email..."]),
        c.pick(["Đăng ký", "Subscribe", "ĐĂNG KÝ"]))
    d.w(c.pick(["Chia sẻ", "↗ Chia sẻ", "Share"]))
    comment_head(c, d)
    comment_block(c, d, k=c.n(1, 4), style=2)
    d.w(c.pick(["Bài trước", "Bài sau", "Top  Mới  Thảo luận"]))
    related_block(c, d, k=c.n(2, 3), head=c.pick(["Đọc tiếp", "Ready for more?", "Bài mới nhất"]), style=0)
    teaser_block(c, d, 1)
    d.w(c.pick([f"© {c.date.year} {c.name()}", "Chính sách bảo mật ∙ Điều khoản ∙ Thông báo thu thập"]))


def L_medium(c, d):
    site = c.pick(["Trang Viết", "Đọc Lâu", "Chữ & Nghĩa", "Góc Nhìn Mở"])
    d.w(c.pick([f"Mở trong ứng dụng", "Tải ứng dụng", "Viết bài", "Đăng ký  Đăng nhập"]))
    d.u("site", site)
    d.u("title", c.title)
    au = c.name()
    d.f("byline", c.pick([au, f"{au} · Theo dõi", f"@{ascii_fold(au).lower().replace(' ', '')}"]))
    d.w(c.pick([f"{c.n(2, 14)} phút đọc · {c.datestr(8)}", f"{c.datestr(8)} · {c.n(2, 14)} min read",
                f"Đăng trong {c.pick(['Thời Cuộc', 'Góc Quốc Tế', 'Chuyện Thế Giới'])} · {c.n(2, 14)} phút đọc"]))
    d.w(c.pick([f"👏 {c.count()}  💬 {c.n(0, 60)}", f"{c.count()} lượt vỗ tay", "Lắng nghe  Chia sẻ"]))
    lead_caption(c, d)
    emit_story(c, d, mid_related, 0.15)
    story_tail(c, d)
    tags_line(c, d)
    d.w(c.pick([f"👏 {c.count()}", f"{c.count()} vỗ tay", f"Vỗ tay {c.count()}"]),
        c.pick(["Theo dõi", "+ Theo dõi", "Follow"]))
    d.f("byline", c.pick([f"Viết bởi {au}", f"Written by {au}", f"Tác giả {au}"]))
    d.w(c.pick([f"{c.count(10, 9000)} người theo dõi", f"{c.count(10, 9000)} Followers"]),
        c.pick(["Người kể chuyện thời sự bằng ngôn ngữ đời thường.", "Đọc báo, uống cà phê, viết lại.",
                "Cựu sinh viên báo chí, thích tin quốc tế."]))
    d.w(c.pick([f"Phản hồi ({c.n(0, 40)})", f"Responses ({c.n(0, 40)})", "Viết phản hồi"]))
    comment_block(c, d, k=c.n(1, 3), style=2, nested=False)
    related_block(c, d, k=c.n(2, 4), head=c.pick([f"Thêm từ {au}", f"Đề xuất từ {site}", "Bài viết đề xuất"]), style=0)
    teaser_block(c, d, 1)
    d.w(c.pick(["Trợ giúp  Trạng thái  Giới thiệu  Tuyển dụng", "Về chúng tôi · Điều khoản · Quyền riêng tư"]))


def L_fanpage(c, d):
    page = c.pick(["Tin Thế Giới Mỗi Ngày", "Yêu Thời Sự", "Fan Club Tin Nóng", "Nghiện Tin Quốc Tế",
                   "Điểm Tin Cho Người Bận Rộn"])
    d.w(c.pick(["Trang chủ  Giới thiệu  Ảnh  Video  Cộng đồng", "Thích Trang  ·  Theo dõi", "Nhắn tin"]))
    d.u("site", page)
    d.w(c.pick([f"{c.count(1000, 900000)} người thích trang này", f"{c.count(1000, 900000)} người theo dõi",
                f"Trang tin tức · {c.count(1000, 900000)} lượt thích"]))
    d.w(c.pick([f"{page} ✔", f"{page} đã đăng lại", f"{page} · Đã xác minh"]))
    d.w(c.pick([f"{c.ago()} · 🌏", f"{c.datestr(2)} · Công khai"]))
    d.w(c.pick(["🔴 TIN NÓNG", "[TIN THẾ GIỚI]", "📢 CẬP NHẬT", "‼️ Chấn động ‼️", "🌍 Tin quốc tế 🌍"]))
    d.u("title", c.title)
    lead_caption(c, d)
    emit_story(c, d)
    story_tail(c, d)
    d.w(" ".join("#" + t.replace(" ", "") for t in c.tags()))
    d.w(c.pick([f"👉 Theo dõi {page} để cập nhật tin nhanh nhất!", "👉 Like page để không bỏ lỡ tin mới",
                "Nhớ bấm theo dõi và bật thông báo nhé 🔔"]))
    d.w(c.pick([f"👍 {c.count()} · {c.count(1, 900)} bình luận · {c.count(1, 900)} chia sẻ",
                f"{c.count()} cảm xúc  {c.count(1, 900)} bình luận"]))
    d.w(c.pick(["Bình luận hàng đầu", "Bình luận nổi bật ▾", "Xem thêm bình luận"]))
    comment_block(c, d, style=0)
    if c.chance(0.5):
        d.w(c.pick([f"{page} đã trả lời · {c.n(1, 30)} phản hồi", f"Tác giả · {page}: Cảm ơn bạn đã theo dõi ❤",
                    f"{page} đã thích bình luận này"]))


def L_citizen(c, d):
    site = c.pick(["Nhân Chứng Số", "Bạn Đọc Đưa Tin", "Phóng Viên Công Dân", "Tin Từ Hiện Trường"])
    d.u("site", site)
    menu(c, d, ["Trang chủ", "Tin mới", "Bạn đọc viết", "Ảnh", "Video", "Gửi tin"])
    d.w(c.pick(["Trang chủ > Bạn đọc viết > Thế giới", "Bạn đọc viết / Quốc tế", "TIN BẠN ĐỌC › QUỐC TẾ"]))
    d.w(c.pick(["⚠ Nội dung do bạn đọc gửi, chưa được biên tập viên kiểm chứng.",
                "Bài viết thể hiện quan điểm của tác giả, không phải của toà soạn.",
                "Tin do cộng tác viên cung cấp", "LƯU Ý: tin bạn đọc, vui lòng tự kiểm chứng"]))
    d.u("title", c.title)
    au = c.name()
    d.f("byline", c.pick([f"Bạn đọc {au} gửi", f"CTV {au}", f"Người gửi: {au} ({c.pick(['Hà Nội', 'TP.HCM', 'Đà Nẵng', 'Cần Thơ', 'Huế'])})",
                          f"{au} - cộng tác viên"]))
    d.u("date", c.datestr(2))
    lead_caption(c, d, 0.8)
    emit_story(c, d, mid_related, 0.3)
    story_tail(c, d)
    source_credit(c, d)
    d.w(c.pick([f"Độ tin cậy: ★★★☆☆ ({c.n(3, 90)} đánh giá)", f"Bài viết hữu ích? 👍 {c.n(1, 90)}  👎 {c.n(0, 9)}",
                f"Đánh giá: {c.n(2, 5)}/5"]))
    d.w(c.pick(["Bạn có tin tức? Gửi bài viết cho chúng tôi qua email guitin@...",
                "📷 Chứng kiến sự việc? Gửi ảnh, video cho chúng tôi!",
                "Gửi tin bài | Quy định đăng bài | Nhuận bút"]))
    comment_head(c, d)
    comment_block(c, d, style=2)
    related_block(c, d, head=c.pick(["Tin bạn đọc khác", "Cùng chuyên mục", "Đọc nhiều"]))
    footer(c, d, site)


def L_nested_comments(c, d):
    site = c.pick(["Loa Phường Online", "Tám Tin Mỗi Ngày", "Ghế Đá Công Viên", "Xóm Tin"])
    d.u("site", site)
    menu(c, d, ["Mới", "Nổi bật", "Thế giới", "Đời sống", "Cộng đồng", "Video"])
    d.u("title", c.title)
    d.f("byline", c.pick([f"Thành viên {c.handle()} chia sẻ", f"Đăng bởi: {c.handle()}", f"Gửi lên bởi {c.handle()}"]))
    d.u("date", c.datestr(1))
    lead_caption(c, d)
    emit_story(c, d)
    story_tail(c, d)
    share_row(c, d)
    comment_head(c, d, c.n(50, 900))
    d.w(c.pick(["Ý kiến của bạn...", "Viết bình luận (tối thiểu 10 ký tự)", "Bạn nghĩ gì về tin này?"]))
    for _ in range(c.n(3, 5)):
        who = c.handle()
        d.w(f"{who} · {c.ago()}", c.comment(), c.pick([f"Thích ({c.n(0, 300)}) | Trả lời", f"👍 {c.n(0, 300)} · Trả lời",
                                                       f"Trả lời  ·  {c.n(0, 300)} thích"]))
        for _ in range(c.n(0, 3)):
            d.w(c.pick([f"↳ {c.handle()} · {c.ago()}", f"    {c.handle()} trả lời {who}", f"└─ {c.handle()}"]),
                c.reply(), c.pick(["Thích · Trả lời", f"👍 {c.n(0, 50)}", "Trả lời"]))
        if c.chance(0.4):
            d.w(c.pick([f"Xem thêm {c.n(2, 30)} phản hồi ▾", f"Ẩn {c.n(2, 9)} phản hồi", "Tải thêm trả lời"]))
    d.w(c.pick(["Xem thêm bình luận", "Tải thêm", "Xem tất cả ý kiến ›"]))
    related_block(c, d)
    footer(c, d, site)


def L_reddit(c, d):
    sub = c.pick(["c/ThoiSuQuocTe", "c/TinTheGioi", "c/BanTron", "c/ChuyenBonPhuong"])
    d.w(c.pick(["Bàn Tròn VN", "Cộng đồng Bàn Tròn", "bantron"]) + c.pick(["", " – trang nhất của mạng"]))
    d.u("site", sub)
    d.w(c.pick([f"{c.count(1000, 200000)} thành viên · {c.n(10, 900)} trực tuyến", f"Đã tham gia  {c.count(1000, 200000)} members"]))
    d.w(c.pick([f"▲ {c.count(10, 9000)} ▼", f"{c.count(10, 9000)} điểm", f"⬆ {c.count(10, 9000)}"]))
    d.f("byline", c.pick([f"Đăng bởi u/{ascii_fold(c.handle()).replace(' ', '_')} · {c.ago()}",
                          f"u/{ascii_fold(c.handle()).replace(' ', '')} · {c.ago()}",
                          f"posted by u/{ascii_fold(c.handle()).lower().replace(' ', '')}"]))
    d.w(c.pick(["Tin tức", "Thế giới", "[Tin quốc tế]", "Flair: Thời sự"]))
    d.u("title", c.title)
    source_credit(c, d)
    emit_story(c, d)
    story_tail(c, d)
    d.w(c.pick([f"💬 {c.n(3, 900)} bình luận  ↗ Chia sẻ  ☆ Lưu", f"{c.n(3, 900)} comments share save hide report"]),
        c.pick([f"{c.n(70, 99)}% upvoted", f"Tỉ lệ ủng hộ {c.n(70, 99)}%"]))
    d.w(c.pick(["Sắp xếp theo: Hay nhất", "sort by: best", "Sắp xếp: Mới nhất"]))
    for _ in range(c.n(2, 5)):
        d.w(f"{ascii_fold(c.handle()).replace(' ', '_')} · {c.n(1, 900)} điểm · {c.ago()}", c.comment(),
            c.pick(["Trả lời  Chia sẻ  Báo cáo", "reply share", "↩ Trả lời"]))
        if c.chance(0.5):
            d.w(f"  {ascii_fold(c.handle()).replace(' ', '')} · {c.n(1, 90)} điểm", c.reply())
    d.w(c.pick([f"Xem thêm {c.n(3, 90)} bình luận", "tải thêm bình luận (12 câu trả lời)", "Tiếp tục chuỗi này →"]))
    related_block(c, d, k=c.n(2, 4), head=c.pick(["Bài đăng khác trong cộng đồng", f"Thêm từ {sub}", "Đang thịnh hành"]), style=4)


def L_phpbb(c, d):
    site = c.pick(["Diễn Đàn Sinh Viên Cũ", "Forum Tình Bạn", "Hội Những Người Thích Tranh Luận", "Bến Đò Forum"])
    d.u("site", site)
    d.w(c.pick(["Câu hỏi thường gặp  Đăng ký  Đăng nhập", "FAQ · Đăng ký · Đăng nhập", "Trang chủ diễn đàn ‹ Thời sự ‹ Quốc tế"]))
    d.w(c.pick(["Gửi bài trả lời", "Trả lời ↩", "Viết bài mới"]),
        c.pick([f"{c.n(2, 40)} bài viết • Trang 1/{c.n(1, 4)}", f"{c.n(2, 40)} bài viết • Trang 1 trên 1"]))
    d.u("title", c.title)
    poster = c.handle()
    d.f("byline", c.pick([f"Gửi bài gửi bởi {poster} » {c.datestr(1)}", f"bởi {poster} » {c.datestr(6)}",
                          f"Tác giả: {poster} - {c.datestr(1)}"]))
    lead_caption(c, d)
    emit_story(c, d)
    story_tail(c, d)
    if c.chance(0.5):
        d.w(c.pick(["_________________", "----------"]), c.pick(SIGS))
    d.w(poster, c.pick(RANKS), f"Bài viết: {c.n(1, 9000)}", c.pick(["Ngày tham gia: " + c.datestr(3), f"Đến từ: {c.pick(['Sài Gòn', 'Hải Phòng', 'Vinh', 'Quy Nhơn'])}"]))
    d.w(c.pick(["Đầu trang", "Quay về đầu trang", "Lên đầu"]))
    for _ in range(c.n(2, 4)):
        who = c.handle()
        d.w("Re: " + c.title, c.pick([f"Gửi bài gửi bởi {who} » {c.ago()}", f"bởi {who} » {c.datestr(1)}"]), c.comment())
        d.w(c.pick(["Đầu trang", "Quay về đầu trang", "Lên đầu"]))
    d.w(c.pick(["Quay về “Tin quốc tế”", "Chuyển đến  Chọn diễn đàn", "Ai đang trực tuyến"]))
    d.w(c.pick([f"Đang xem chuyên mục này: Không có thành viên nào và {c.n(1, 9)} khách",
                f"Thành viên đang xem chủ đề: {c.handle()}, {c.n(1, 9)} khách"]))
    footer(c, d, site)


def L_microblog(c, d):
    plat = c.pick(["Chim Sẻ", "Luồng", "TiếngNói"])
    d.w(c.pick([f"{plat}", f"Tham gia {plat} ngay", f"{plat} · Đăng nhập · Đăng ký"]))
    au = c.name()
    h = "@" + ascii_fold(au).lower().replace(" ", "")
    d.f("byline", f"{au} {h}" if c.chance(0.5) else au)
    d.w(c.pick(["Theo dõi", "+ Theo dõi", "Đang theo dõi"]))
    d.u("title", c.title)
    d.w(c.pick(["Một luồng ngắn tóm tắt tin này 🧵👇", "🧵 Tóm tắt:", "Thread tóm tắt 👇"]))
    d.u("date", c.datestr(2))
    total = len(c.paras)
    for i, para in enumerate(c.paras):
        d.w(c.pick([f"{i + 1}/{total}", f"({i + 1}/{total})", f"{i + 1}/"]))
        d.para(para)
        if c.chance(0.6):
            d.w(c.pick([f"💬 {c.n(0, 90)}  🔁 {c.n(0, 300)}  ♥ {c.count()}", f"{c.n(0, 300)} Đăng lại  {c.count()} Lượt thích",
                        f"♡ {c.count()} · ↻ {c.n(0, 300)}"]))
    story_tail(c, d)
    if c.chance(0.6):
        source_credit(c, d)
    d.w(c.pick([f"{c.count(100, 90000)} lượt xem", f"{c.count(100, 90000)} Lượt xem"]))
    for _ in range(c.n(1, 4)):
        d.w(f"{c.handle()} · {c.ago()}", c.pick(["Đang trả lời " + h, "Trả lời " + h]), c.comment())
    d.w(c.pick(["Hiển thị thêm trả lời", "Xem thêm", "Hiện thêm câu trả lời"]))
    related_block(c, d, k=c.n(2, 3), head=c.pick(["Có gì đang xảy ra", "Xu hướng dành cho bạn", "Chủ đề nóng"]), style=1)
    d.w(c.pick(["Điều khoản Dịch vụ  Chính sách Riêng tư  Chính sách cookie", "© 2020 " + plat]))


def L_mom_forum(c, d):
    site = c.pick(["Diễn Đàn Các Mẹ Bỉm", "Góc Chị Em", "Hội Mẹ Thông Thái", "Nhà Mình Forum"])
    d.u("site", site)
    menu(c, d, ["Trang chủ", "Mang thai", "Nuôi dạy con", "Tâm sự", "Tin tức - Xã hội", "Chợ"])
    d.w(c.pick(["Trang chủ › Tin tức - Xã hội", "Góc tám › Tin hot", "Diễn đàn › Chuyện xã hội"]))
    d.u("title", c.title)
    poster = c.handle()
    d.f("byline", c.pick([f"{poster} · {c.ago()}", f"Đăng bởi {poster}", f"{poster} ({c.pick(RANKS)})"]))
    d.w(c.pick(["Các mẹ ơi đọc tin này mà em lo quá 😢", "Chia sẻ các mẹ bài báo em vừa đọc",
                "Tin nóng các mẹ ạ", "Em copy bài về cho các mẹ đọc nè"]))
    lead_caption(c, d)
    emit_story(c, d)
    story_tail(c, d)
    source_credit(c, d)
    d.w(c.pick(SIGS))
    d.w(c.pick([f"{c.n(1, 200)} người đã cảm ơn bài viết này", f"Cảm ơn ({c.n(1, 200)})", f"❤ {c.n(1, 200)} mẹ đã thích"]))
    for _ in range(c.n(2, 5)):
        d.w(c.pick([f"Mẹ {c.pick(TEN)}", c.handle(), f"{c.pick(NICKS)} ({c.n(2, 9)} tuổi con)"]),
            c.comment(), c.pick(["Cảm ơn  Trả lời", "Thích · Trích dẫn", f"{c.n(0, 50)} cảm ơn"]))
    d.w(c.pick(JOIN[4:]))
    related_block(c, d, head=c.pick(["Bài viết cùng chủ đề", "Các mẹ cũng quan tâm", "Chủ đề nổi bật"]))
    footer(c, d, site)


def L_moderated(c, d):
    site = c.pick(["Diễn Đàn Tranh Luận Thẳng Thắn", "Cafe Chém Gió", "Bàn Nước Chè Forum", "Tám Là Chính"])
    d.u("site", site)
    d.w(c.pick(["Diễn đàn › Thời sự › Quốc tế", "Forum » Tin nóng", "Trang chủ / Chuyện đời / Thế giới"]))
    d.w(c.pick(["🔒 Chủ đề đã bị khoá", "📌 Đã ghim", "Chủ đề đã khoá, không thể trả lời", "[ĐÃ GHIM]"]))
    d.u("title", c.title)
    d.w(c.pick(MOD_NOTES))
    poster = c.handle()
    d.f("byline", c.pick([f"Người đăng: {poster} ({c.pick(RANKS)})", f"{poster} đã đăng {c.ago()}", f"Tác giả chủ đề: {poster}"]))
    d.u("date", c.datestr(1))
    lead_caption(c, d)
    emit_story(c, d, mid_related, 0.2)
    story_tail(c, d)
    source_credit(c, d)
    d.w(c.pick([f"Sửa lần cuối bởi {c.handle()}; {c.datestr(1)} lúc {c.n(0, 23)}:{c.n(10, 59)}.",
                f"Lần chỉnh sửa cuối: {c.ago()}", "Bài viết đã được chỉnh sửa bởi điều hành viên."]))
    for _ in range(c.n(1, 3)):
        d.w(c.handle(), c.comment())
        if c.chance(0.4):
            d.w(c.pick(["[Bài viết đã bị xoá bởi điều hành viên]", "Bài viết này đã bị ẩn do vi phạm nội quy.",
                        "— nội dung bị kiểm duyệt —"]))
    d.w(c.pick(MOD_NOTES))
    d.w(c.pick(["Nội quy diễn đàn", "Đọc nội quy trước khi đăng bài!", "Báo cáo vi phạm"]))
    related_block(c, d, style=2)
    footer(c, d, site)


def L_aggregator(c, d):
    site = c.pick(["Tin Cộng Đồng", "Góp Tin", "LinkHay", "Tổng Hợp Tin Bạn Đọc"])
    d.u("site", site)
    menu(c, d, ["Hot", "Mới", "Top tuần", "Gửi link", "Đăng nhập"])
    d.w(c.pick([f"▲ {c.n(1, 900)}", f"{c.n(1, 900)} điểm", f"+{c.n(1, 900)}"]))
    d.u("title", c.title)
    d.w(c.pick([f"({ascii_fold(c.pick(OUTLETS)).lower().replace(' ', '')}.vn)", "(liên kết ngoài)", "[nguồn ngoài]"]))
    d.f("byline", c.pick([f"gửi bởi {c.handle()} {c.ago()}", f"Người gửi: {c.handle()}", f"đăng bởi {c.handle()} vào {c.datestr(6)}"]))
    d.w(c.pick(["Xem bài gốc ↗", "Đọc bài gốc", "→ Mở liên kết"]))
    d.w(c.pick(["Tóm tắt nội dung:", "Trích đoạn:", "Nội dung (trích):"]))
    emit_story(c, d)
    story_tail(c, d)
    source_credit(c, d)
    d.w(c.pick([f"{c.n(1, 300)} bình luận | chia sẻ | lưu | ẩn | báo cáo", f"💬 {c.n(1, 300)} · 🔖 Lưu · ⚑ Báo cáo"]))
    comment_block(c, d, style=1)
    related_block(c, d, k=c.n(3, 6), head=c.pick(["Link hot hôm nay", "Đang được bàn tán", "Tin được vote nhiều"]), style=4)
    teaser_block(c, d, c.n(1, 2))
    footer(c, d, site)


def L_blog_fb_plugin(c, d):
    site = c.pick(["Ghi Chép Của Bố Nam", "Tạp Bút Chiều Thứ Bảy", "Blog Ông Giáo Làng", "Chuyện Nhà Chuyện Phố"])
    d.u("site", site)
    menu(c, d, ["Trang chủ", "Bài viết", "Thời sự", "Ảnh", "Liên hệ"])
    d.u("title", c.title)
    d.f("byline", c.pick([f"Chủ blog · {c.datestr(3)}", f"{c.name()} ghi lại", f"Người viết: {c.name()}"]))
    d.w(c.pick([f"Lượt xem: {c.count(10, 90000)}", f"👁 {c.count(10, 90000)} lượt đọc", f"Đã đọc: {c.count(10, 90000)}"]))
    lead_caption(c, d)
    emit_story(c, d, mid_related, 0.2)
    story_tail(c, d)
    d.w(c.pick(["Lời bình của chủ blog: tin buồn, chép về đây để nhớ.",
                "Vài dòng cảm nghĩ sẽ viết sau. Mời các bạn đọc.",
                "(Chép lại từ báo, chưa bình luận gì thêm)"]))
    share_row(c, d)
    d.w(c.pick([f"{c.n(0, 90)} bình luận", "0 bình luận", f"{c.n(0, 90)} Comments"]),
        c.pick(["Sắp xếp theo  Cũ nhất", "Sắp xếp theo Hàng đầu", "Sort by Oldest"]))
    d.w(c.pick(["Thêm bình luận...", "Viết bình luận...", "Add a comment..."]))
    comment_block(c, d, k=c.n(1, 4), style=0)
    d.w(c.pick(["Plugin bình luận trên Facebook", "Facebook Comments Plugin", "Bình luận bằng Facebook"]))
    related_block(c, d, k=c.n(2, 5), head=c.pick(["Bài cũ hơn", "Cùng chủ đề", "Có thể bạn thích"]))
    d.w(c.pick(["Liên kết blog bạn bè", "Blogroll"]), c.pick(["Nhà Bà Ngoại · Sổ Tay Cô Giáo · Đường Xa", "Góc Mây · Bếp Nhà Lan"]))
    footer(c, d, site)


def L_channel(c, d):
    ch = c.pick(["Kênh Điểm Tin Nhanh", "Tin Thế Giới 24/7", "Bản Tin Buổi Tối", "Radar Quốc Tế"])
    d.u("site", ch)
    d.w(c.pick([f"{c.count(1000, 300000)} người đăng ký", f"{c.count(1000, 300000)} subscribers", "Kênh công khai"]))
    d.w(c.pick(["Xem trong ứng dụng", "Mở kênh", "THAM GIA KÊNH"]))
    if c.chance(0.5):
        d.w(c.pick([f"Chuyển tiếp từ {c.pick(['Nhóm Tin Nóng', 'Hóng Biến 24h', 'Tin Vắn'])}", "Tin được chuyển tiếp"]))
    d.u("title", c.title)
    lead_caption(c, d)
    emit_story(c, d)
    story_tail(c, d)
    source_credit(c, d)
    d.w(" ".join("#" + t.replace(" ", "_") for t in c.tags()))
    d.w(c.pick([f"👁 {c.count(100, 90000)}  {c.date.hour:02d}:{c.date.minute:02d}",
                f"{c.count(100, 90000)} lượt xem · đã chỉnh sửa {c.date.hour:02d}:{c.date.minute:02d}",
                f"👍 {c.n(1, 900)}  🔥 {c.n(1, 300)}  😢 {c.n(0, 90)}"]))
    d.w(c.pick(["Bình luận", f"{c.n(1, 90)} bình luận", "Để lại bình luận"]))
    comment_block(c, d, k=c.n(1, 3), style=1, nested=False)
    d.w(c.pick(["Bài đăng trước", "⬆ Tin trước", "Xem tin cũ hơn"]))
    for t in c.rel_titles(c.n(2, 4)):
        d.f("related", c.pick(["📌 ", "🔹 ", "▪ ", ""]) + t)


def L_forum_mobile(c, d):
    site = c.pick(["Diễn Đàn Xóm Đạo", "Otô Chém Gió", "Hội Phượt Thủ", "Góc Cà Phê Sáng"])
    d.w(c.pick(["☰", "≡ Menu", "Menu"]), c.pick(["Đăng nhập", "Đăng ký", "🔍"]))
    d.u("site", site)
    d.w(c.pick([f"{c.n(1, 9)} / {c.n(9, 30)}", "Trang 1", "Trang đầu ‹ 1 2 3 ›"]))
    d.u("title", c.title)
    d.w(c.pick(["Xem bản đầy đủ", "Chuyển về giao diện máy tính", "Bản dành cho di động"]))
    poster = c.handle()
    d.f("byline", c.pick([f"{poster}  #1", f"#1 {poster}", poster]))
    d.w(c.pick([c.ago(), c.datestr(6)]))
    emit_story(c, d)
    story_tail(c, d)
    d.w(c.pick([f"Like {c.n(1, 90)}", "👍 Thích  💬 Trả lời", f"{c.n(1, 90)} lượt thích"]))
    for k in range(c.n(2, 5)):
        d.w(c.pick([f"{c.handle()}  #{k + 2}", f"#{k + 2} {c.handle()}"]), c.comment())
    d.w(c.pick(["Trả lời nhanh", "Viết trả lời…", "Bạn phải đăng nhập để trả lời"]))
    related_block(c, d, k=c.n(2, 4), head=c.pick(["Chủ đề mới", "Đề xuất", "Mới nhất"]), style=2)
    d.w(c.pick(["Giao diện: Tối / Sáng", "Phiên bản di động", "Trợ giúp"]))


def L_tumblr(c, d):
    site = c.pick(["mây-viết-vội", "ghichepthoisu", "tin-vụn-mỗi-ngày", "nhặt-tin-về-nhà"])
    d.u("site", site)
    d.w(c.pick(["Lưu trữ  Hỏi tôi điều gì đó  Gửi bài", "Archive · Ask · Submit", "Trang chủ · Lưu trữ · Hỏi"]))
    if c.chance(0.6):
        d.w(c.pick([f"{site} đã đăng lại từ {ascii_fold(c.handle()).lower().replace(' ', '-')}",
                    f"reblogged from {ascii_fold(c.handle()).lower().replace(' ', '')}", "Đăng lại ♻"]))
    d.u("title", c.title)
    lead_caption(c, d)
    emit_story(c, d)
    story_tail(c, d)
    d.w(" ".join("#" + t for t in c.tags()))
    d.w(c.pick([f"{c.count(2, 9000)} ghi chú", f"{c.count(2, 9000)} notes", f"♥ {c.count(2, 9000)} ghi chú"]))
    d.u("date", c.datestr(c.pick([0, 3, 8])))
    d.w(c.pick(["♥  ♻  ↗", "Thích · Đăng lại · Chia sẻ", "♡ ⟲"]))
    for _ in range(c.n(1, 3)):
        d.w(c.pick([f"{ascii_fold(c.handle()).lower().replace(' ', '')} đã thích bài này",
                    f"{ascii_fold(c.handle()).lower().replace(' ', '-')} đã đăng lại bài này",
                    f"{c.handle()}: {c.comment()}"]))
    related_block(c, d, k=c.n(2, 3), head=c.pick(["Bài đăng gần đây", "Xem thêm bài viết", "Ngẫu nhiên"]), style=0)
    d.w(c.pick(["← Trước   Tiếp →", "Trang trước | Trang sau", "Cũ hơn ›"]))
    d.w(c.pick(["Giao diện bởi một người dùng", "Powered by Tumblr-like", "theme: đơn giản"]))


def L_group_digest(c, d):
    # a Zalo/Facebook-like community page rendered as a "Bản tin nhóm" with pinned admin post
    group = c.pick(["Cộng Đồng Người Việt Đọc Tin", "Hội Cựu Sinh Viên Báo Chí", "Nhóm Yêu Sử Thế Giới", "Hội Hàng Xóm Phường 7"])
    d.u("site", group)
    d.w(c.pick(["Giới thiệu  Thảo luận  Thành viên  Sự kiện  File", "Thảo luận · Nổi bật · Thành viên · File phương tiện"]))
    d.w(c.pick(JOIN))
    d.w(c.pick(["📌 Bài viết đã ghim", "Thông báo từ quản trị viên", "Bài được ghim"]))
    admin = c.name()
    d.w(c.pick([f"{admin} · Quản trị viên · {c.ago()}",
                f"Admin {admin}: Nhắc mọi người đọc nội quy nhóm trước khi đăng bài ạ.",
                f"{admin} (QTV): Nhóm chỉ chia sẻ tin có nguồn rõ ràng."]))
    d.w(c.pick(["Hoạt động mới nhất", "Bài viết mới", "Mới nhất ▾"]))
    poster = c.name()
    d.f("byline", c.pick([f"{poster} · Người đóng góp nổi bật", f"{poster} ▸ {group}", f"{poster} · Thành viên mới"]))
    d.u("date", c.datestr(2))
    d.u("title", c.title)
    lead_caption(c, d)
    emit_story(c, d, mid_related, 0.15)
    story_tail(c, d)
    d.w(c.pick([f"{c.count()} lượt thích · {c.count(1, 900)} bình luận", f"👍😢 {c.count()}"]),
        c.pick(["Thích  Bình luận  Gửi", "Thích · Bình luận · Chia sẻ"]))
    d.w(c.pick([f"Đã xem bởi {c.count(10, 9000)}", f"{c.count(10, 9000)} người đã xem"]))
    comment_block(c, d, style=c.pick([0, 2]))
    d.w(c.pick(["Bài viết chờ duyệt: 12", "Quản trị viên đã tắt tính năng bình luận bài viết này.", "Viết gì đó…"]))
    related_block(c, d, k=c.n(2, 4), head=c.pick(["Bài viết khác", "Gợi ý nhóm cho bạn", "Thảo luận gần đây"]))


LAYOUTS = [
    ("forum_vb_thread", L_forum_vb),
    ("fb_group_share", L_fb_group),
    ("qa_best_answer", L_qa),
    ("blogspot_personal", L_blogspot),
    ("wordpress_blog", L_wordpress),
    ("newsletter_substack", L_substack),
    ("medium_platform", L_medium),
    ("fanpage_post", L_fanpage),
    ("citizen_journalism", L_citizen),
    ("nested_comments_page", L_nested_comments),
    ("vote_community_thread", L_reddit),
    ("phpbb_classic_thread", L_phpbb),
    ("microblog_thread", L_microblog),
    ("parents_forum", L_mom_forum),
    ("moderated_locked_thread", L_moderated),
    ("link_aggregator", L_aggregator),
    ("blog_fb_comments_plugin", L_blog_fb_plugin),
    ("channel_broadcast", L_channel),
    ("forum_mobile_view", L_forum_mobile),
    ("tumblr_reblog", L_tumblr),
    ("group_pinned_feed", L_group_digest),
]
LAYOUT_NAMES = [n for n, _ in LAYOUTS]


# --------------------------------------------------------------------------
# faults
# --------------------------------------------------------------------------

def _spaces(s):
    return [i for i, ch in enumerate(s) if ch == " " and 0 < i < len(s) - 1]


def _fault_line(r, fault, s):
    if fault == "nbsp":
        idx = _spaces(s)
        for i in r.sample(idx, min(len(idx), r.randint(1, 3))):
            s = s[:i] + "\u00a0" + s[i + 1:]
    elif fault == "double_space":
        idx = _spaces(s)
        for i in sorted(r.sample(idx, min(len(idx), r.randint(1, 2))), reverse=True):
            s = s[:i] + "  " + s[i + 1:]
    elif fault == "zwsp":
        spots = [i for i in range(1, len(s)) if s[i - 1].isalpha() and s[i].isalpha()]
        for i in sorted(r.sample(spots, min(len(spots), r.randint(1, 2))), reverse=True):
            s = s[:i] + "\u200b" + s[i:]
    return s


def apply_sentence_faults(r, fault, paras):
    if fault in ("nbsp", "double_space", "zwsp"):
        paras = [[_fault_line(r, fault, s) if r.random() < 0.5 else s for s in p] for p in paras]
    elif fault == "glue":
        cand = [i for i, p in enumerate(paras) if any(p[j].endswith(".") for j in range(len(p) - 1))]
        for i in r.sample(cand, min(len(cand), r.randint(1, 2))):
            p = paras[i]
            js = [j for j in range(len(p) - 1) if p[j].endswith(".")]
            j = r.choice(js)
            paras[i] = p[:j] + [p[j] + p[j + 1]] + p[j + 2:]
    return paras


# --------------------------------------------------------------------------
# building
# --------------------------------------------------------------------------

def group_paragraphs(r, sents):
    out, i = [], 0
    while i < len(sents):
        k = r.choices([1, 2, 3, 4], weights=[2, 4, 3, 1])[0]
        out.append(sents[i:i + k])
        i += k
    return out


def build_page(row, title, article, layout_idx, related_pool):
    name, fn = LAYOUTS[layout_idx]
    story = extract_story(article)
    nb = {norm(s) for s in story.body}
    pool = []
    for rel in related_pool:  # keep only related text that cannot collide with this story
        if norm(rel.title) in nb:
            continue
        pool.append(Related(rel.row, rel.title, [t for t in rel.teasers if norm(t) not in nb],
                            [t for t in rel.captions if norm(t) not in nb]))
    paras = group_paragraphs(rng_for(row, "paragraphs"), story.body)
    fr = rng_for(row, "fault")
    fault = fr.choice(FAULTS) if fr.random() < FAULT_RATE else None
    paras = apply_sentence_faults(fr, fault, paras)
    c = Ctx(row, title, story, paras, pool)
    d = Doc()
    fn(c, d)
    lines, body, fur, unl = [], [], [], []
    for tag, a, b in d.items:
        if tag == "p":
            body.extend(a)
            lines.append(" ".join(a))
        elif tag == "f":
            if fault in ("nbsp", "double_space", "zwsp") and fr.random() < 0.25:
                b = _fault_line(fr, fault, b)
            fur.append((a, b))
            lines.append(b)
        else:
            unl.append((a, b))
            lines.append(b)
    if fault == "nfd":
        nfd = lambda s: unicodedata.normalize("NFD", s)  # noqa: E731
        lines = [nfd(x) for x in lines]
        body = [nfd(x) for x in body]
        fur = [(k, nfd(x)) for k, x in fur]
        unl = [(k, nfd(x)) for k, x in unl]
    page = Page("\n".join(lines), body, fur, name)
    check_page(page, unl)
    return page, fault


def build(train_path):
    body_rows, rel_rows = read_rows(train_path)
    related = [extract_related(i, t, a) for i, t, a in rel_rows]
    out = []
    for k, (row, title, article) in enumerate(body_rows):
        page, fault = build_page(row, title, article, k % len(LAYOUTS), related)
        out.append((page, fault))
    return out


def pages(train_path):
    return [p for p, _ in build(train_path)]


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 1:
        print("usage: make.py TRAIN_JSONL_GZ", file=sys.stderr)
        return 2
    built = build(argv[0])
    per = defaultdict(lambda: [0, 0, Counter()])
    faults = Counter()
    for p, f in built:
        e = per[p.layout]
        e[0] += 1
        e[1] += len(p.body)
        e[2].update(k for k, _ in p.furniture)
        faults[f or "none"] += 1
    hdr = f"{'layout':26s} {'pages':>5s} {'body':>5s} " + " ".join(f"{k:>8s}" for k in KINDS)
    print(hdr)
    tot = [0, 0, Counter()]
    for name in LAYOUT_NAMES:
        if name not in per:
            continue
        n, b, fc = per[name]
        tot[0] += n
        tot[1] += b
        tot[2].update(fc)
        print(f"{name:26s} {n:5d} {b:5d} " + " ".join(f"{fc[k]:8d}" for k in KINDS))
    print(f"{'TOTAL':26s} {tot[0]:5d} {tot[1]:5d} " + " ".join(f"{tot[2][k]:8d}" for k in KINDS))
    print(f"furniture lines total: {sum(tot[2].values())}")
    print("faults (pages): " + ", ".join(f"{k}={faults[k]}" for k in ("none",) + FAULTS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
