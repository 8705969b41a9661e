"""Held-out test set 45 for the Vietnamese news-page cleaner: the shape of the story itself.

Standard library only; deterministic (every draw comes from random.Random seeded with a
string built from SEED, the row number and the purpose of the draw).

    python eval/clean_test45/make.py /path/to/vietnews_train.jsonl.gz
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

SEED = 4545
BODY_ROWS = range(19_700, 19_800)
RELATED_ROWS = range(9_600, 9_700)
KINDS = ("byline", "credit", "caption", "related", "widget")
ZW = "\u200b"
NBSP = "\u00a0"

LAYOUTS = (
    "very_short", "mobile_lines", "short_paras", "long_paras", "lead_line",
    "ends_after_box", "interrupted", "quotes_colons", "dateline", "subhead_gap",
    "comment_thread", "nav_teasers", "own_captions", "single_paragraph", "mixed_paras",
)


class Page(NamedTuple):
    text: str
    body: list
    furniture: list
    layout: str


def rng(row: int, purpose: str) -> random.Random:
    return random.Random(f"test45|{SEED}|{row}|{purpose}")


# ---------------------------------------------------------------- reading
def read_rows(train_path):
    """One pass over the gz file, split only on b"\\n", stopping after the last needed row."""
    last = max(BODY_ROWS[-1], RELATED_ROWS[-1])
    body, related = {}, {}
    with gzip.open(train_path, "rb") as fh:
        for i, raw in enumerate(fh):
            if i in BODY_ROWS or i in RELATED_ROWS:
                row = usable(raw)
                if row is not None:
                    (body if i in BODY_ROWS else related)[i] = row
            if i >= last:
                break
    return body, related


def usable(raw: bytes):
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
    if not isinstance(title, str) or not isinstance(article, str):
        return None
    if not title.strip() or not article.strip():
        return None
    return title.strip(), article


# ---------------------------------------------------------------- splitting
ABBR = {"tp", "ts", "ths", "pgs", "gs", "bs", "ks", "ls", "th.s", "mr", "mrs", "dr", "st",
        "q", "p", "tt", "tx", "h", "v.v", "vs", "no", "ltd", "co", "inc", "cn", "nxb", "đ"}
TERM = ".?!…"
QUOTES = "\"“”"


def _is_upper_start(ch: str) -> bool:
    return ch.isupper() or ch.isdigit() or ch in QUOTES or ch in "(["


def split_sentences(text: str):
    """Sentences (ending in . ? ! … optionally followed by a closing quote) and the tail."""
    text = re.sub(r"\s+", " ", text).strip()
    out, start, depth, i, n = [], 0, 0, 0, len(text)
    while i < n:
        ch = text[i]
        if ch == '"':
            depth ^= 1
        elif ch == "“":
            depth = 1
        elif ch == "”":
            depth = 0
        elif ch in TERM:
            j = i + 1
            while j < n and text[j] in TERM:
                j += 1
            end = j
            k = j
            while k < n and text[k] == " ":
                k += 1
            closing = False
            if depth and k < n and text[k] in "\"”":
                closing = True
                end = k + 1
                k = end
                while k < n and text[k] == " ":
                    k += 1
            if (depth == 0 or closing) and (k >= n or _is_upper_start(text[k])) and (end < n and text[end] == " " or end >= n):
                raw = text[start:i].rsplit(" ", 1)[-1].strip("(\"“")
                word = raw.lower()
                initial = len(raw) == 1 and raw.isalpha() and raw.isupper()
                if ch == "." and j == i + 1 and (word in ABBR or initial) and k < n:
                    i += 1
                    continue
                out.append(text[start:end].strip())
                start = k
                depth = 0
                i = k
                continue
            i = j
            continue
        i += 1
    tail = text[start:].strip()
    return [s for s in out if s], tail


NAME_TOKEN = re.compile(r"^[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ][\w'.]*$")


def looks_like_names(s: str) -> bool:
    toks = [t for t in s.replace("–", "-").split() if t != "-"]
    return 1 <= len(toks) <= 8 and all(NAME_TOKEN.match(t) for t in toks)


MARKERS = re.compile(
    r"(ảnh\s*:|video\s*:|clip\s*:|nguồn\s*:|đồ\s*h[oọ]ạ|đồ\s*họa|infographic|\(ảnh|trong ảnh|"
    r"ảnh trên|ảnh dưới|ảnh minh|ảnh chụp|ảnh tư liệu|từ trái|từ phải|\((trái|phải|giữa)\)|"
    r"\((bìa|đứng|ngồi|thứ|hàng) |"
    r"xem thêm|> >|>>|\bclip\b|^theo |\(theo |bấm vào|click|tại đây|\*)", re.I)
HONORIFIC = {"anh", "ông", "bà", "chị", "em", "cô", "chú", "bác", "cụ", "bé", "cháu", "ở", "tại",
             "của", "với", "và", "từ", "đến", "sang", "về", "cho", "tỉnh", "huyện", "xã", "phường",
             "quận", "thành", "phố", "sông", "núi", "đèo", "hồ", "cầu", "đường", "chợ", "làng",
             "thôn", "bản", "nước", "người", "hãng", "báo", "trường", "viện", "bệnh", "đảo",
             "biển", "vịnh", "tàu", "bão", "hầm", "ga", "sân", "bay", "khu", "vùng", "là", "gọi",
             "tên", "họ", "hiệu", "dự", "án", "công", "ty", "tập", "đoàn", "trạm", "thị", "trấn",
             "ấp", "đội", "nhóm", "đài", "mạng", "kênh", "tuyến", "quốc", "lộ", "tỉnh lộ", "chùa",
             "đền", "nhà", "khách", "sạn", "hội", "phòng", "sở", "bộ", "cục", "ban", "vụ", "mỏ"}


def fused_heading(s: str) -> bool:
    w = s.split()
    for k in range(2, min(len(w) - 1, 16)):
        a, b, c = w[k - 1], w[k], w[k + 1]
        if (a.isalpha() and a.islower() and a not in HONORIFIC and b[:1].isupper()
                and b.isalpha() and not b.isupper() and c.isalpha() and c.islower()):
            return True
    return False


def story(article: str, row: int):
    """Return (sentences with eligibility flags, own captions, byline names, credits)."""
    text = re.sub(r"\s+", " ", article).strip()
    bylines, credits = [], []
    cut = len(text)
    for pat in ("> >", ">>", "Xem thêm", " * "):
        p = text.find(pat, len(text) // 3)
        if p != -1:
            cut = min(cut, p)
    text = text[:cut].strip()
    m = re.search(r"\(\s*(Theo [^()]{2,60}?)\s*\)\s*$", text)
    if m:
        credits.append(m.group(1))
        text = text[:m.start()].strip()
    sents, tail = split_sentences(text)
    if tail:
        t = tail
        mv = re.search(r"(Video|Ảnh|Clip)\s*:\s*(.+)$", t)
        if mv:
            credits.append(f"{mv.group(1)}: {mv.group(2).strip()}")
            t = t[:mv.start()].strip()
        if t.startswith("Theo ") and len(t.split()) <= 8:
            credits.append(t)
        elif t.startswith("Nguồn:") and len(t.split()) <= 8:
            credits.append(t)
        elif t and looks_like_names(t):
            bylines.append(t)
    items, captions = [], []
    for idx, s in enumerate(sents):
        nxt = sents[idx + 1] if idx + 1 < len(sents) else ""
        words = s.split()
        ok = True
        if (MARKERS.search(s) or s.startswith(("-", "–", "+")) or "?" in s
                or re.search(r"[.!?…\"”] [-–] ", s)):
            ok = False
        if re.match(r"^(Ảnh|Video|Clip|Đồ hoạ|Đồ họa)\s*:", nxt):
            captions.append(s)
            ok = False
        elif len(words) < 12 or (len(words) < 18 and not re.search(r"[,:\d\"“”]", s)):
            ok = False  # short sentences without commas, figures or quotes: often captions, left off
        if idx == 0 and len(words) < 18:
            ok = False
            if len(words) >= 4 and not MARKERS.search(s) and s not in captions:
                captions.append(s)  # a short opening sentence is the caption of the top photo
        if ok and (fused_heading(s) or len(words) > 70 or s.count('"') % 2
                   or s.count("“") != s.count("”") or s.count("(") != s.count(")")):
            ok = False
        if s.startswith(HAND_DROP.get(row, ("\0",))):
            ok = False
            if s not in captions:
                captions.append(s)  # read by hand as a photo caption
        items.append((s, ok))
    return items, captions, bylines, credits


def related_story(title: str, article: str):
    text = article
    cutoff = len(text) > 1200
    text = text[:1200]
    sents, tail = split_sentences(text)  # a cut-off tail is never used
    if cutoff and sents and not tail and article[1200:1201] != " ":
        sents = sents[:-1]  # the cut fell right after a full stop that may not end a sentence
    sents = [s for s in sents if not MARKERS.search(s) and len(s.split()) >= 5 and s.count('"') % 2 == 0]
    # a short opening sentence is that story's photo caption; teasers are its longer sentences
    caps = sents[:1] if sents and len(sents[0].split()) < 18 else []
    teasers = [s for s in sents[len(caps):] if len(s.split()) >= 15][:2]
    return title, teasers, caps


# Sentences left off after reading the selected body rows by hand (captions, sub-headings, questions).
# Keys are body rows, values are sentence openings (photo captions read as such by hand).
HAND_DROP: dict = {
    19723: ("Đi học, đi làm về", "Khi nghe tiếng máy bơm", "Mất nước kéo dài khiến"),
    19733: ("Đường vành đai đông kết nối",),
    19736: ("Chiếc xế hộp cùng xe máy",),
    19743: ("Chiếc ghế ngư dân tìm thấy",),
    19748: ("Từ bờ biển nhìn vào", "Nhiều nhà xây dở dang"),
    19757: ("Các dấu vết khai quật",),
    19758: ("Lực lượng chức năng bắt giữ một tấn",),
    19759: ("Một trong những ngôi nhà trên địa bàn",),
    19761: ("Hệ thống camera nhỏ gọn", "Camrera giúp phát hiện"),
    19762: ("Hệ thống thu phí kín",),
    19766: ("Xe Lê Mỹ được cho",),
    19768: ('" Bẫy " đinh',),
    19772: ("Phần bị lún trên vỉa hè",),
    19776: ("Một thanh chắn đâm xuyên",),
    19777: ("Cầu Nhật Tân (dài",),
    19778: ("Hơn 3 tấn mứt bị thu",),
    19780: ("Vụ tai nạn khiến 3 toa", "Toa tàu trật khỏi"),
    19781: ("TP HCM có hơn nửa triệu",),
    19787: ("Tổng bí thư Nguyễn Phú Trọng đã trồng",),
    19788: ("Hệ thống xử lý nước thải ở Nhà máy",),
    19789: ("Hành khách làm thủ tục",),
    19792: ("Anh Giang đang tận thu",),
    19793: ("Sau vụ va chạm, một xe máy",),
    19796: ("Chiếc xe biển xanh",),
}

# ---------------------------------------------------------------- furniture wordings
SITES = ["Thời Báo Ngân Khê", "Tin Sáng Lam Vỹ", "Nhật báo Mộc Quỳnh", "Cổng tin Hạ Diên",
         "Báo điện tử Sơn Trà Mới", "Bản tin Phù Vân 24h"]
OUTLETS = ["Báo Ngân Khê", "Tạp chí Lam Vỹ", "Đài Phát thanh Hạ Diên", "Thông tấn Phù Vân",
           "Tin Sáng Mộc Quỳnh", "Kênh Sáu Bến"]
PEOPLE = ["Trần Khả Vi", "Lê Hoàng Dực", "Đỗ Minh Kha", "Hà Thu Nhiên", "Phạm An Hạ", "Lý Ngọc Sa",
          "Đinh Văn Tùng", "Vũ Quế Lâm", "Tôn Nữ Diệp", "Mạc Khánh Duy", "Khúc Thảo Vân", "Lục Bảo Ngân"]
HANDLES = ["minhkha_88", "Thu Vân Sa", "bạn đọc Lục Tâm", "hoangduc.2k", "Nguyễn Phố Núi", "LanVy_Q7",
           "ông Bảy Cần Thơ", "trung.dinh", "Mai Hoa Quỳnh", "ĐứcAnh1990", "Bảo Khương", "tuệlâm"]
NAV = ["Trang chủ", "Thời sự | Thế giới | Kinh doanh | Giải trí | Thể thao | Pháp luật",
       "Mới nhất   Xem nhiều   Video   Podcast", "Đăng nhập", "Tìm kiếm", "Menu",
       "Giáo dục · Sức khỏe · Đời sống · Du lịch · Số hóa · Xe", "Tin nóng", "☰ Chuyên mục",
       "English | Tiếng Việt", "Đăng ký | Đăng nhập", "Thứ sáu nhé, cùng đọc báo sáng nào!"]
CRUMBS = ["Thời sự > Giao thông", "Trang chủ › Xã hội", "Pháp luật / Hồ sơ phá án", "Tin tức » Đời sống",
          "Thời sự > Chính trị", "Địa phương > Tin vùng"]
SHARE = ["Chia sẻ: Facebook Zalo Twitter", "Thích 128   Chia sẻ", "Lưu bài viết", "In bài", "Gửi bài viết qua email",
         "Copy link", "A- A A+", "Nghe bài viết", "Bình luận (24)", "Theo dõi trên Google News",
         "Bạn có thể chia sẻ bài viết này với bạn bè của mình.", "Nhấn để nghe bản đọc tự động của bài báo."]
DATES = ["Thứ ba, 12/3/2019, 08:15 (GMT+7)", "09:42 | 21/11/2016", "Cập nhật lúc 14:05 ngày 05/07/2017",
         "Chủ nhật, 02/10/2016 - 19:30", "22/11/2016 06:00 GMT+7", "Thứ năm, 18/5/2017 | 11:20"]
DATELINES = ["HÀ NỘI -", "TP HCM -", "ĐÀ NẴNG -", "NGHỆ AN -", "HẢI PHÒNG —", "(Hà Nội)"]
BYLINE_FORMS = ["{p}", "{P}", "Phóng viên: {p}", "Bài: {p}", "{p} - {q}", "Bài và ảnh: {p}",
                "Biên tập: {p}", "{p} ({o})", "Nhóm phóng viên", "Thực hiện: {p} - {q}",
                "Bài viết của {p}."]
CREDIT_FORMS = ["Theo {o}", "Nguồn: {o}", "(Theo {o})", "Số liệu: Viện Khảo sát {s}", "Ảnh: {p}",
                "Video: {p}", "Bài đăng lại từ {o}.", "Nguồn ảnh: {p}/{o}", "Theo {o} (bản gốc đăng ngày hôm qua)"]
CAPTION_FORMS = ["Hiện trường nơi xảy ra sự việc. Ảnh: {p}", "Lực lượng chức năng làm việc tại chỗ. Ảnh: {o}",
                 "Khu vực được khoanh vùng sau sự việc.", "Toàn cảnh khu vực nhìn từ trên cao (ảnh: {p})",
                 "Người dân theo dõi diễn biến tại chỗ.", "Ảnh minh hoạ", "Ảnh tư liệu: {o}",
                 "Biểu đồ: Diễn biến qua các năm. Đồ hoạ: {p}", "Clip: Khoảnh khắc được người dân ghi lại.",
                 "Một góc khu vực được nhắc tới trong bài."]
RELATED_HEADERS = ["Tin liên quan", "Đọc thêm", "Có thể bạn quan tâm", "TIN CÙNG CHUYÊN MỤC", "Bài viết cùng chủ đề:",
                   "Xem thêm", "Tin mới nhất", "Đừng bỏ lỡ"]
WIDGETS = ["Quảng cáo", "ADVERTISEMENT", "Đăng ký nhận bản tin mỗi sáng để không bỏ lỡ tin quan trọng.",
           "Tải ứng dụng {s} trên App Store và Google Play", "Bạn nghĩ gì về vấn đề này?",
           "Hãy để lại ý kiến của bạn ở phần bình luận bên dưới.", "Video đang phát",
           "Bình chọn: Bạn có đồng ý với quyết định này không?", "Đồng ý (62%)   Không đồng ý (38%)",
           "Xem kết quả", "Nhận thông báo tin mới", "Hotline: 0900 111 222",
           "Mọi thông tin xin gửi về hộp thư bạn đọc của chúng tôi."]
TAGS = ["Từ khóa: tai nạn, giao thông, điều tra", "Tags: #thờisự #xãhội", "Chủ đề: Tin nóng",
        "Từ khoá: thời tiết, mưa lũ", "#điểmtin #tinmoi"]
FOOTERS = ["© 2017 {s}. Bảo lưu mọi quyền.", "Giấy phép số 123/GP-BTTTT do Bộ TT&TT cấp.", "Liên hệ quảng cáo",
           "Điều khoản sử dụng | Chính sách bảo mật", "Lên đầu trang", "Tổng biên tập: {p}",
           "Toà soạn: số 9 phố Lam Vỹ, quận Ngân Khê.", "Ghi rõ nguồn {s} khi phát hành lại thông tin từ website này.",
           "Về chúng tôi   Tuyển dụng   Liên hệ"]
COMMENT_TEXTS = ["Mong cơ quan chức năng sớm làm rõ vụ việc.", "Đọc mà thấy xót xa quá.",
                 "Cảm ơn tác giả vì bài viết rất chi tiết.", "Chuyện này lặp lại nhiều lần rồi, cần xử lý nghiêm.",
                 "Hy vọng mọi người đều bình an.", "Quá đúng luôn", "Ở chỗ tôi cũng gặp tình trạng tương tự.",
                 "Không biết bao giờ mới có giải pháp triệt để?", "Đồng ý với ý kiến trên!",
                 "Tin này có nguồn chính thức chưa vậy?", "Nên có thêm biện pháp phòng ngừa từ sớm.",
                 "ủng hộ", "Bài viết hay, nhưng cần thêm số liệu.", "Thương người dân quá..."]
COMMENT_META = ["Thích · Trả lời · 2 giờ trước", "Trả lời   12 thích", "3 phút trước", "Xem thêm 5 trả lời",
                "Thích (4)", "1 ngày trước · Báo cáo vi phạm"]
COMMENT_HEADERS = ["Ý kiến bạn đọc (17)", "Bình luận", "BÌNH LUẬN (31)", "Gửi bình luận của bạn",
                   "Sắp xếp theo: Mới nhất | Quan tâm nhất", "Xem thêm bình luận"]


# ---------------------------------------------------------------- page building
class Builder:
    def __init__(self, row, r, related, site):
        self.row, self.r, self.related, self.site = row, r, related, site
        self.entries = []  # ("body", [s...]) | ("f", kind, line) | ("u", line)
        self.taken = set()

    def fill(self, form):
        r = self.r
        p, q = r.sample(PEOPLE, 2)
        return form.format(p=p, q=q, P=p.upper(), o=r.choice(OUTLETS), s=self.site)

    def f(self, kind, line):
        self.entries.append(("f", kind, line))

    def pick(self, kind):
        table = {"byline": BYLINE_FORMS, "credit": CREDIT_FORMS, "caption": CAPTION_FORMS,
                 "widget": WIDGETS}[kind]
        self.f(kind, self.fill(self.r.choice(table)))

    def other(self):
        for _ in range(20):
            rid = self.r.choice(sorted(self.related))
            if rid not in self.taken or len(self.taken) >= len(self.related):
                self.taken.add(rid)
                return self.related[rid]
        return self.related[self.r.choice(sorted(self.related))]

    def related_block(self, n=None, teasers=None):
        r = self.r
        self.f("related", r.choice(RELATED_HEADERS))
        n = n or r.randint(2, 4)
        teasers = r.random() < 0.75 if teasers is None else teasers
        for _ in range(n):
            title, sents, _caps = self.other()
            self.f("related", title)
            if teasers and sents:
                self.f("related", sents[0])

    def other_caption(self):
        title, _teasers, caps = self.other()
        line = caps[0] if caps else title
        if self.r.random() < 0.4:
            line = f"{line} Ảnh: {self.r.choice(PEOPLE)}" if line.endswith(".") else f"{line}. Ảnh: {self.r.choice(PEOPLE)}"
        self.f("caption", line)

    def box(self):
        kind = self.r.choice(["related", "ad", "poll", "video", "newsletter"])
        if kind == "related":
            self.related_block()
        elif kind == "ad":
            self.f("widget", self.r.choice(["Quảng cáo", "ADVERTISEMENT", "- Quảng cáo -"]))
            self.f("widget", self.fill("Ưu đãi tháng này tại {s}: giảm 30% cho thành viên mới."))
        elif kind == "poll":
            self.f("widget", "Bình chọn: Bạn có đồng ý với quyết định này không?")
            self.f("widget", "Đồng ý (62%)   Không đồng ý (38%)")
        elif kind == "video":
            self.f("widget", "Video đang phát")
            self.other_caption()
        else:
            self.f("widget", "Đăng ký nhận bản tin mỗi sáng để không bỏ lỡ tin quan trọng.")
            self.f("widget", "Email của bạn   Đăng ký")

    def comments(self, n):
        r = self.r
        self.f("widget", r.choice(COMMENT_HEADERS))
        for _ in range(n):
            self.f("widget", r.choice(HANDLES))
            self.f("widget", r.choice(COMMENT_TEXTS))
            if r.random() < 0.6:
                self.f("widget", r.choice(COMMENT_META))


def paragraphs(sents, sizes):
    out, i = [], 0
    for size in sizes:
        if i >= len(sents):
            break
        out.append(sents[i:i + size])
        i += size
    if i < len(sents):
        out.append(sents[i:i + 4]) if not out else None
    return [p for p in out if p]


def choose(items, layout, r):
    ok = [s for s, good in items if good]
    if layout == "very_short":
        return [[s] for s in ok[: r.choice([1, 2])]]
    if layout == "mobile_lines":
        return [[s] for s in ok[: r.randint(5, 9)]]
    if layout == "short_paras":
        short = [s for s in ok if len(s.split()) <= 24] or ok
        return [[s] for s in short[: r.randint(4, 7)]]
    if layout == "long_paras":
        return paragraphs(ok[:12], [4, 4, 4])
    if layout == "single_paragraph":
        return [ok[: r.randint(2, 4)]]
    if layout == "quotes_colons":
        qc = [s for s in ok if any(c in s for c in "\"“:")]
        chosen = set(qc[:6])
        for s in ok:
            if len(chosen) >= 6:
                break
            chosen.add(s)
        sel = [s for s in ok if s in chosen]
        return paragraphs(sel, [r.randint(1, 2) for _ in range(6)])
    if layout == "lead_line":
        return paragraphs(ok[:9], [1] + [r.randint(2, 3) for _ in range(4)])
    if layout == "mixed_paras":
        return paragraphs(ok[:12], [r.randint(1, 4) for _ in range(6)])
    if layout == "interrupted":
        return paragraphs(ok[:12], [r.randint(1, 3) for _ in range(6)])
    if layout == "subhead_gap":
        # parts separated by left-off stretches (the sub-heading and a sentence or two)
        parts, i = [], 0
        for _ in range(3):
            part = ok[i:i + r.randint(2, 3)]
            if not part:
                break
            parts.append(part)
            i += len(part) + r.randint(1, 2)
        return parts
    return paragraphs(ok[:10], [r.randint(2, 3) for _ in range(5)])


def build_page(row, k, title, article, related):
    layout = LAYOUTS[k % len(LAYOUTS)]
    r = rng(row, "layout-" + layout)
    items, own_caps, names, credits = story(article, row)
    paras = choose(items, layout, rng(row, "choose"))
    if not paras:
        return None, 0
    site = rng(row, "site").choice(SITES)
    b = Builder(row, rng(row, "furniture"), related, site)
    # ---- top of page
    nav_n = r.randint(8, 12) if layout == "nav_teasers" else r.randint(0, 3)
    for line in r.sample(NAV, min(nav_n, len(NAV))):
        b.f("widget", line)
    if layout == "nav_teasers":
        b.f("related", r.choice(["Tin nổi bật", "Đọc nhiều", "Tin nóng trong ngày"]))
        for _ in range(r.randint(4, 6)):
            t, s, _c = b.other()
            b.f("related", t)
            if s and r.random() < 0.7:
                b.f("related", s[0])
        b.f("widget", r.choice(["Quảng cáo", "ADVERTISEMENT"]))
    if r.random() < 0.7:
        b.entries.append(("u", site))
    if r.random() < 0.5:
        b.f("widget", r.choice(CRUMBS))
    b.entries.append(("u", title))
    if r.random() < 0.85:
        b.entries.append(("u", r.choice(DATES)))
    top_byline = r.random() < 0.5
    if top_byline:
        b.pick("byline")
    if r.random() < 0.6:
        b.f("widget", r.choice(SHARE))
    if layout == "dateline":
        b.f("widget", r.choice(DATELINES))
    # ---- body with in-story boxes
    caps = [c for c in own_caps]
    n = len(paras)
    box_at = set()
    if layout == "interrupted" and n >= 2:
        box_at = set(r.sample(range(1, n), min(n - 1, r.choice([2, 3]))))
    elif layout in ("ends_after_box",) and n >= 2:
        box_at = {n - 1}
    elif n >= 3 and r.random() < 0.3:
        box_at = {r.randrange(1, n)}
    gap_at = set(range(1, n)) if layout == "subhead_gap" else set()
    for idx, para in enumerate(paras):
        if idx in box_at:
            b.box()
        if idx in gap_at and r.random() < 0.5:
            b.f("widget", r.choice(["* * *", "***", "—"]))
        if layout == "own_captions" and idx > 0 and (caps or r.random() < 0.5):
            if caps:
                c = caps.pop(0)
                b.f("caption", c if r.random() < 0.5 else f"{c} Ảnh: {r.choice(PEOPLE)}")
            else:
                b.pick("caption")
        elif layout not in ("mobile_lines", "very_short") and idx == 1 and r.random() < 0.5:
            if caps and r.random() < 0.6:
                b.f("caption", caps.pop(0))
            else:
                b.other_caption() if r.random() < 0.5 else b.pick("caption")
        if layout == "subhead_gap" and idx in gap_at and len(paras[idx]) > 1 and r.random() < 0.5:
            b.entries.append(("body", para[:1]))
            b.entries.append(("body", para[1:]))
        elif layout == "subhead_gap":
            b.entries.append(("body", para))
        else:
            b.entries.append(("body", para))
    # ---- bottom
    for nm in names:
        b.f("byline", nm if r.random() < 0.7 else nm.upper())
    for c in credits:
        b.f("credit", c)
    if not top_byline and not names:
        b.pick("byline")
    if r.random() < 0.5:
        b.pick("credit")
    if r.random() < 0.5:
        b.f("widget", r.choice(TAGS))
    if r.random() < 0.4:
        b.f("widget", r.choice(SHARE))
    if layout != "ends_after_box" or r.random() < 0.5:
        b.related_block()
    if layout == "comment_thread":
        b.comments(r.randint(6, 10))
    elif r.random() < 0.3:
        b.comments(r.randint(1, 3))
    for line in r.sample(FOOTERS, r.randint(1, 3)):
        b.f("widget", b.fill(line))
    return b, sum(len(p) for p in paras)


# ---------------------------------------------------------------- faults
FAULTS = ("nbsp", "zwsp", "double_space", "nfd", "glue")


def apply_faults(b, row):
    r = rng(row, "faults")
    if r.random() >= 0.27:
        return []
    faults = r.sample(FAULTS, r.choice([1, 1, 2]))
    bodies = [e for e in b.entries if e[0] == "body"]
    if "glue" in faults:
        cands = [(i, e) for i, e in enumerate(b.entries) if e[0] == "body" and len(e[1]) >= 2
                 and e[1][0].endswith(".")]
        if cands:
            i, e = r.choice(cands)
            sents = list(e[1])
            sents[0:2] = [sents[0] + sents[1]]
            b.entries[i] = ("body", sents)
        else:
            faults.remove("glue")

    def edit_words(s, fn, share):
        parts = s.split(" ")
        out = parts[0]
        for part in parts[1:]:
            out += (fn() if r.random() < share else " ") + part
        return out

    def zw(s):
        words = s.split(" ")
        for _ in range(2):
            j = r.randrange(len(words))
            w = words[j]
            if len(w) >= 3 and w.isalpha():
                c = r.randrange(1, len(w))
                words[j] = w[:c] + ZW + w[c:]
        return " ".join(words)

    new = []
    for e in b.entries:
        if e[0] == "body":
            sents = list(e[1])
            if "nbsp" in faults:
                sents = [edit_words(s, lambda: NBSP, 0.15) for s in sents]
            if "double_space" in faults:
                sents = [edit_words(s, lambda: "  ", 0.1) for s in sents]
            if "zwsp" in faults:
                sents = [zw(s) for s in sents]
            e = ("body", sents)
        elif e[0] == "f" and "nbsp" in faults:
            e = ("f", e[1], edit_words(e[2], lambda: NBSP, 0.15))
        new.append(e)
    if "nfd" in faults:
        nf = lambda s: unicodedata.normalize("NFD", s)
        new = [("body", [nf(s) for s in e[1]]) if e[0] == "body" else
               (e[0], e[1], nf(e[2])) if e[0] == "f" else ("u", nf(e[1])) for e in new]
    b.entries = new
    return faults


# ---------------------------------------------------------------- contract
def norm(s: str) -> str:
    s = unicodedata.normalize("NFC", s).replace(ZW, "")
    return re.sub(r"\s+", "", s).casefold()


def render(entries, layout):
    lines, body, furniture, unl = [], [], [], 0
    for e in entries:
        if e[0] == "body":
            lines.append(" ".join(e[1]))
            body.extend(e[1])
        elif e[0] == "f":
            lines.append(e[2].strip())
            furniture.append((e[1], e[2].strip()))
        else:
            lines.append(e[1].strip())
            unl += 1
    return Page("\n".join(lines), body, furniture, layout), unl


def check(page: Page, entries):
    lines = page.text.split("\n")
    assert page.text and all(l and l == l.strip() for l in lines), "blank or unstripped line"
    assert page.body, "no body"
    pos = 0
    for s in page.body:
        assert s and "\n" not in s and s in page.text, "body item not in text"
        assert s == s.strip()
        p = page.text.find(s, pos)
        assert p >= pos, "body out of order"
        pos = p + len(s)
    bnorm = {norm(s) for s in page.body}
    assert len(bnorm) == len(page.body), "duplicate body item"
    fi = iter(page.furniture)
    unl = Counter()
    for e, line in zip(entries, lines):
        if e[0] == "body":
            assert 1 <= len(e[1]) <= 4 and line == " ".join(e[1])
        elif e[0] == "f":
            kind, fl = next(fi)
            assert kind in KINDS and fl == line and norm(fl) not in bnorm, ("furniture", fl)
        else:
            unl["u"] += 1
    assert next(fi, None) is None and unl["u"] <= 3


def pages(train_path) -> list:
    body_rows, related_rows = read_rows(train_path)
    related = {}
    for i, (t, a) in sorted(related_rows.items()):
        related[i] = related_story(t, a)
    if not related:
        related[-1] = ("Tin liên quan khác", [], [])
    out = []
    global LAST_FAULTS
    LAST_FAULTS = Counter()
    for k, (row, (title, article)) in enumerate(sorted(body_rows.items())):
        b, _ = build_page(row, k, title, article, related)
        if b is None:
            continue
        body_set = {norm(s) for e in b.entries if e[0] == "body" for s in e[1]}
        b.entries = [e for e in b.entries if not (e[0] == "f" and norm(e[2]) in body_set)]
        faults = apply_faults(b, row)
        LAST_FAULTS.update(faults)
        LAST_FAULTS["pages"] += bool(faults)
        page, unl = render(b.entries, LAYOUTS[k % len(LAYOUTS)])
        check(page, b.entries)
        out.append(page)
    return out


LAST_FAULTS: Counter = Counter()


def sentence_shaped(line: str) -> bool:
    return len(line.split()) >= 4 and bool(re.search(r"[.?!]$", line))


def main(argv):
    ps = pages(argv[1])
    total = Counter()
    per = defaultdict(Counter)
    shaped = 0
    nf = 0
    for p in ps:
        c = per[p.layout]
        c["pages"] += 1
        c["body"] += len(p.body)
        for kind, line in p.furniture:
            c[kind] += 1
            nf += 1
            shaped += sentence_shaped(line)
    for c in per.values():
        total.update(c)
    cols = ("pages", "body") + KINDS
    print("layout".ljust(18) + "".join(x.rjust(9) for x in cols))
    for lay in LAYOUTS:
        print(lay.ljust(18) + "".join(str(per[lay][x]).rjust(9) for x in cols))
    print("TOTAL".ljust(18) + "".join(str(total[x]).rjust(9) for x in cols))
    print(f"sentence-shaped furniture: {shaped}/{nf} = {shaped / max(nf, 1):.1%}")
    print("faults:", ", ".join(f"{f}={LAST_FAULTS[f]}" for f in FAULTS),
          f"(pages with faults: {LAST_FAULTS['pages']}/{len(ps)})")


if __name__ == "__main__":
    main(sys.argv)
