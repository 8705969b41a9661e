#!/usr/bin/env python3
"""Blind held-out test set 28 for the vnsumm page cleaner.

Builds scraped-looking Vietnamese news pages around VietNews articles: each page's
story sentences (``Page.body``) sit among page furniture (bylines, credits, photo
captions, related-story links, widgets) that is labelled line by line
(``Page.furniture``).  Everything except the article text, its glued trailers and
the other stories' headlines/sentences is invented here; layouts and wordings were
written without looking at the cleaner.

Usage: python eval/clean_test28/make.py TRAIN.jsonl.gz

Standard library only; deterministic (SEED).
"""

import datetime as _dt
import gzip
import json
import random
import re
import sys
import time
import unicodedata
from dataclasses import dataclass

SEED = 2821
BODY_ROWS = range(12_600, 12_900)
RELATED_ROWS = range(17_600, 18_000)
RELATED_CUT = 1_200
KINDS = ("byline", "credit", "caption", "related", "widget")
LAYOUTS = (
    "portal_desktop",      # full desktop news portal
    "mobile_amp",          # AMP / mobile page
    "app_share_copy",      # text copied out of a news-reader app
    "facebook_post",       # fan-page post with reactions and comments
    "zalo_forward",        # article pasted into a messaging-app group
    "email_digest",        # e-mail newsletter
    "print_ocr",           # OCR of a printed newspaper page
    "screen_reader",       # linearised accessibility read-out
    "web_archive",         # web-archive capture with its toolbar
    "aggregator_feed",     # news aggregator re-post
    "tv_station",          # television station web page
    "radio_podcast",       # radio site with an audio player
    "gov_portal",          # provincial government portal
    "forum_repost",        # forum thread re-posting the story
    "printer_friendly",    # "print this article" view
    "emagazine_paywall",   # long-form e-magazine with paywall/cookie notices
    "rss_reader",          # feed-reader item view
    "ad_heavy_tabloid",    # tabloid crowded with ads and teasers
    "reader_mode",         # browser reader mode (almost no furniture)
)


@dataclass
class Page:
    text: str
    body: list[str]
    furniture: list[tuple[str, str]]
    layout: str


# --------------------------------------------------------------------------------------
# reading and sentence splitting
# --------------------------------------------------------------------------------------

_ZW = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)


def _clean(s: str) -> str:
    s = unicodedata.normalize("NFC", s).translate(_ZW)
    return " ".join(s.split())


_ABBR = {
    "TP", "Tp", "tp", "TX", "Tx", "TT", "TS", "Ts", "ThS", "Ths", "THS", "PGS", "GS",
    "BS", "Bs", "KS", "LS", "NSND", "NSƯT", "NXB", "Mr", "Mrs", "Ms", "Dr", "St", "Co",
    "Ltd", "Pte", "Inc", "Corp", "No", "Jr", "Sr", "vs", "Vs", "CKI", "CKII", "BSCKI",
    "BSCKII", "Th",
}
_PUNCT = re.compile(r"[.!?…]+")
_OPEN = "“‘«(\"'["
_CLOSE = "”’»)]"


def _is_abbr(word: str) -> bool:
    word = word.lstrip(_OPEN)
    if not word:
        return False
    if word in _ABBR or (len(word) == 1 and word.isalpha()):
        return True
    return bool(re.fullmatch(r"(?:\w+\.)+\w+", word))


def split_sentences(text: str) -> list[str]:
    """Split one cleaned paragraph into sentences."""
    out, start, n = [], 0, len(text)
    for m in _PUNCT.finditer(text):
        k = m.end()
        while True:  # swallow closing quotes / brackets
            j = k
            while j < n and text[j] == " ":
                j += 1
            if j < n and text[j] in _CLOSE:
                k = j + 1
                continue
            if j < n and text[j] == '"' and text[start:k].count('"') % 2 == 1:
                k = j + 1
                continue
            break
        if k >= n or text[k] != " ":
            continue
        rest = text[k:].lstrip(" ")
        c = rest[:1]
        if c and c in _OPEN:
            c = rest[1:].lstrip(" ")[:1]
        if not c or not (c.isupper() or c.isdigit()):
            continue
        if m.group() == "." and _is_abbr(text[start:m.start()].rsplit(" ", 1)[-1]):
            continue
        seg = text[start:k].strip()
        if seg:
            out.append(seg)
        start = k
    seg = text[start:].strip()
    if seg:
        out.append(seg)
    return out


def _cap(tok: str):
    for ch in tok:
        if ch.isalpha():
            return ch.isupper()
        if ch.isdigit():
            return False
    return None


def _namey(seg: str, maxw: int = 7) -> bool:
    """A bare author-name trailer such as 'Thu Hà - Lê Nam', 'H.Y' or 'Nhóm PV'."""
    toks = seg.split()
    if not toks or len(toks) > maxw or seg[-1] in ".!?…:;,\"”":
        return False
    lower_ok = toks[0] == "Nhóm"
    words = 0
    for t in toks:
        c = _cap(t)
        if c is None:
            if t in ("-", "–", "&", "/"):
                continue
            return False
        if not c and not lower_ok:
            return False
        words += 1
    return words >= 1


_PAREN_TAIL = re.compile(
    r"\s*\((?:[Tt]ổng hợp|TH|[Tt]hực hiện|[Tt]heo [^()]{1,40}|[Ll]ược dịch|[Bb]iên dịch|[Dd]ịch)\)$")
_DESIGN = re.compile(r"^(.+?)\s+(?:Thiết kế|Đồ hoạ|Đồ họa|Ảnh|Video|Clip)\s*:\s*(.+)$")
_CREDIT = re.compile(r"^\(?(?:Theo|Nguồn:?)\s+(\S.{0,60}?)\)?$")
_RELATED = re.compile(
    r"^(?:Xem thêm|Xem tiếp|Đọc thêm|Mời (?:quý |các )?(?:bạn |độc giả |bạn đọc )?"
    r"(?:đón |theo dõi )?(?:đọc|xem)|Tin liên quan|Bài liên quan|> >|>>)")
_CAPTIONY = re.compile(
    r"Ảnh\s?:|\(Ảnh|Ảnh minh ho[ạa]|Nguồn ảnh|Ảnh chụp màn hình|Video\s?:|Clip\s?:|Audio\s?:|"
    r"Infographic|Xem thêm|Xem video|Xem clip|Đồ ho[ạa]\s?:|> >|>>|"
    r"Mời (?:quý |các )?(?:bạn |độc giả )?(?:đón )?(?:đọc|xem)|^(?:Video|Clip) ")
_PHOTO_CREDIT_START = re.compile(r"^\(?(?:Ảnh\s?:|Ảnh minh ho[ạa]|Nguồn ảnh)")


def _complete(seg: str) -> bool:
    s = seg.rstrip(_CLOSE + "\"' ")
    if s and s[-1] in ".!?…":
        return True
    return seg[-1:] in "”\"" and ("“" in seg or seg.count('"') >= 2)


def _trailer_kind(seg: str):
    if _RELATED.match(seg):
        return "related"
    m = _CREDIT.match(seg)
    if m and len(seg.split()) <= 7 and _cap(m.group(1).split()[0]):
        if not [t for t in m.group(1).split() if _cap(t) is False]:
            return "credit"
    if _namey(seg):
        return "byline"
    m = _PAREN_TAIL.search(seg)
    if m and _namey(seg[:m.start()], 8):
        return "byline"
    m = _DESIGN.match(seg)
    if m and _namey(m.group(1), 5) and _namey(m.group(2).replace(",", ""), 6):
        return "byline"
    return None


def _peel_byline(seg: str):
    """'Xem thêm: … Bá Di (Tổng hợp)' -> ('Xem thêm: …', 'Bá Di (Tổng hợp)')."""
    m = _PAREN_TAIL.search(seg)
    if not m:
        return seg, None
    head = seg[:m.start()].split(" ")
    run: list[str] = []
    while head and len(run) < 6 and (_cap(head[-1]) or head[-1] in ("-", "–")):
        run.insert(0, head.pop())
    while run and run[0] in ("-", "–"):
        head.append(run.pop(0))
    if not run or not head:
        return seg, None
    return " ".join(head), " ".join(run) + seg[m.start():]


def split_article(article: str):
    """-> (story sentences, glued trailers [(kind, text)])."""
    text = _clean(article)
    text = re.sub(r"(?:^|\s)/\s?\.(?=\s|$)", "", text).strip()  # TTXVN end mark "/."
    segs = split_sentences(text)
    trailers: list[tuple[str, str]] = []
    while segs:
        seg = segs[-1]
        kind = _trailer_kind(seg)
        if kind == "related":
            rest, by = _peel_byline(seg)
            segs.pop()
            if by:
                trailers.insert(0, ("byline", by))
            trailers.insert(0, ("related", rest))
            continue
        if kind:
            segs.pop()
            trailers.insert(0, (kind, seg))
            continue
        if not _complete(seg) or _CAPTIONY.search(seg):
            segs.pop()  # cut-off last sentence or fused caption: left off the page
            continue
        break
    body: list[str] = []
    for seg in segs:
        if _PHOTO_CREDIT_START.match(seg):
            if body:
                body.pop()  # the caption sentence just before a photo credit
            continue
        if _CAPTIONY.search(seg):
            continue
        if sum(1 for t in seg.split() if _cap(t) is not None) < 2:
            continue
        body.append(seg)
    return body, trailers


def _open_lines(path):
    with open(path, "rb") as fh:
        magic = fh.read(2)
    fh = gzip.open(path, "rb") if magic == b"\x1f\x8b" else open(path, "rb")
    with fh:
        for raw in fh:
            yield raw.decode("utf-8", errors="replace")


def _usable(line: str):
    if not line.strip():
        return None
    try:
        d = json.loads(line)
    except ValueError:
        return None
    if not isinstance(d, dict):
        return None
    t, a = d.get("title"), d.get("article")
    if not isinstance(t, str) or not isinstance(a, str) or not t.strip() or not a.strip():
        return None
    return d


@dataclass
class _Rel:
    row: int
    title: str
    sents: list[str]


def _read(path):
    body, rel = [], []
    stop = max(BODY_ROWS.stop, RELATED_ROWS.stop)
    for i, line in enumerate(_open_lines(path)):
        if i >= stop:
            break
        if i in BODY_ROWS:
            d = _usable(line)
            if d:
                body.append((i, _clean(d["title"]), d["article"]))
        elif i in RELATED_ROWS:
            if not line.strip():
                continue
            try:
                d = json.loads(line)
            except ValueError:
                continue
            if not isinstance(d, dict):
                continue
            t, a = d.get("title"), d.get("article")
            if not isinstance(t, str) or not isinstance(a, str):
                continue
            a = a[:RELATED_CUT]
            if not t.strip() or not a.strip():
                continue
            segs = split_sentences(_clean(a))[:-1]  # the last one may be cut off
            sents = [s for s in segs if _complete(s) and not _CAPTIONY.search(s)
                     and 6 <= len(s.split()) <= 45 and _trailer_kind(s) is None]
            rel.append(_Rel(i, _clean(t), sents))
    return body, rel


# --------------------------------------------------------------------------------------
# invented vocabulary
# --------------------------------------------------------------------------------------

_FAM = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
        "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh", "Mai", "Tạ", "Lương",
        "Quách", "Cao", "Châu", "Kiều")
_MID = ("Văn", "Thị", "Minh", "Quốc", "Thu", "Ngọc", "Hữu", "Thanh", "Đức", "Hải", "Bảo",
        "Kim", "Gia", "Xuân", "Hoài", "Phương", "Khánh", "Tường", "Diệu", "Trung")
_GIV = ("An", "Bình", "Châu", "Dũng", "Giang", "Hà", "Hạnh", "Hùng", "Khánh", "Lam",
        "Linh", "Long", "Mai", "Nam", "Nga", "Phúc", "Quân", "Sơn", "Tâm", "Thảo",
        "Trang", "Tú", "Uyên", "Vy", "Yến", "Khang", "Đạt", "Hiếu", "Lộc", "Nhung",
        "Phong", "Thắng", "Vân", "Trâm", "Duy")
_PLACES = ("Hà Nội", "TP.HCM", "Đà Nẵng", "Cần Thơ", "Huế", "Nha Trang", "Vinh",
           "Quy Nhơn", "Hải Phòng", "Buôn Ma Thuột", "Long Xuyên", "Thái Nguyên")
_NEWS = (("Báo điện tử Sông Hàn", "songhan.vn"), ("Tin Nhanh Phương Nam", "tinnhanhphuongnam.vn"),
         ("Nhịp Sống Đô Thị", "nhipsongdothi.vn"), ("Thời báo Lam Sơn", "thoibaolamson.vn"),
         ("Bản tin Cửu Long", "bantincuulong.vn"), ("Báo Cao Nguyên Mới", "caonguyenmoi.vn"),
         ("Kinh tế Duyên Hải", "kinhteduyenhai.vn"), ("Thời sự 365", "thoisu365.vn"),
         ("Báo Hồng Lĩnh Online", "honglinhonline.vn"), ("Người Đọc Việt", "nguoidocviet.vn"),
         ("Tin Sáng Hà Thành", "tinsanghathanh.vn"), ("Đất Phương Nam", "datphuongnam.com.vn"),
         ("Tạp chí Thị Trường Xanh", "thitruongxanh.vn"), ("Miền Trung Hôm Nay", "mientrunghomnay.vn"),
         ("Diễn đàn Kinh tế Mở", "kinhtemo.vn"), ("Báo Sóng Đà", "baosongda.vn"),
         ("Tiếng Vọng Phố", "tiengvongpho.vn"), ("Báo Ánh Dương", "anhduong.news"))
_FOREIGN = ("The Harbour Post", "Pacific Wire", "Asia Ledger", "Nordic Times", "Daily Meridian",
            "Kanto Shimbun Online", "Le Courrier du Delta", "Baltic Herald", "Andes Tribune",
            "The Lantern Review")
_SECTIONS = ("Thời sự", "Xã hội", "Kinh tế", "Tài chính", "Bất động sản", "Pháp luật",
             "Giáo dục", "Sức khỏe", "Thế giới", "Đời sống", "Giao thông", "Môi trường",
             "Công nghệ", "Văn hóa", "Thể thao", "Du lịch", "Bạn đọc")
_TOPICS = ("giá vàng", "tai nạn giao thông", "cháy nổ", "chứng khoán", "ngân hàng",
           "thời tiết", "tuyển sinh", "bất động sản", "an toàn thực phẩm", "Quốc hội",
           "điều tra", "môi trường", "y tế", "doanh nghiệp", "giao thông đô thị",
           "thị trường", "chính sách mới", "hàng không", "nông nghiệp", "biển đảo")
_WEEKDAY = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")
_COMMENTS = (
    "Mong cơ quan chức năng sớm vào cuộc xử lý nghiêm.",
    "Đọc xong mà thấy xót xa quá.",
    "Thông tin rất hữu ích, cảm ơn tòa soạn.",
    "Không biết bao giờ mới hết cảnh này nữa.",
    "Bài viết hay nhưng hơi ít số liệu cụ thể.",
    "Cảm ơn phóng viên đã đưa tin kịp thời!",
    "Ở quê tôi cũng y như vậy, mấy năm rồi chưa ai giải quyết",
    "Cần có chế tài mạnh hơn mới được.",
    "Giá cả kiểu này dân lao động sống sao nổi?",
    "Tôi nghĩ nên lấy ý kiến người dân trước khi làm.",
    "Hóng diễn biến tiếp theo",
    "Ủng hộ quyết định này 100%",
    "Sao tin này ít người quan tâm vậy nhỉ",
    "Xin hỏi tòa soạn có số điện thoại đường dây nóng không ạ?",
    "Cứ làm đúng luật là được, không có gì phải bàn.",
    "Đề nghị báo tiếp tục theo dõi và thông tin vụ việc.",
    "Mình ở gần đó, sáng nay đi qua thấy đông người lắm",
    "Chia buồn cùng gia đình nạn nhân 🙏",
    "Lại là chuyện cũ, năm nào cũng hứa rồi để đó.",
    "Quá đúng, tôi hoàn toàn đồng ý với ý kiến của chuyên gia.",
    "Ai có thông tin thêm thì chia sẻ với mọi người nhé",
    "Tít giật gân quá, đọc nội dung thì bình thường.",
    "Hy vọng sẽ có giải pháp lâu dài chứ không chỉ chữa cháy.",
    "Đáng đời!",
    "Thương bà con quá, mong mọi người bình an.",
)
_ADS = (
    "Máy lọc nước ion kiềm – giảm ngay 40% chỉ trong tuần này",
    "Vay tiêu dùng lãi suất chỉ từ 0,8%/tháng, giải ngân trong 24 giờ",
    "Căn hộ ven sông chỉ từ 1,8 tỷ – nhận nhà ở ngay, chiết khấu 6%",
    "Khóa học tiếng Anh giao tiếp 1 kèm 1, học thử miễn phí 3 buổi",
    "Mẹo nhỏ giúp giảm đau lưng sau 7 ngày mà không cần dùng thuốc",
    "Tour Đà Lạt 3 ngày 2 đêm trọn gói chỉ 1.990.000đ",
    "Mở thẻ tín dụng trực tuyến, nhận ưu đãi hoàn tiền đến 50%",
    "Điều hòa tiết kiệm điện – trả góp 0%, lắp đặt miễn phí trong ngày",
    "Bí quyết làm sạch vết ố trên quần áo trắng chỉ với 2 nguyên liệu",
    "Bảo hiểm sức khỏe cho cả gia đình chỉ từ 5.000đ/ngày",
    "Giày thể thao chính hãng xả kho – đồng giá 299K",
    "Sữa hạt dinh dưỡng cho người lớn tuổi – mua 2 tặng 1",
    "Ông bố 45 tuổi kiếm thêm thu nhập mỗi tháng nhờ cách này",
    "Đất nền sổ đỏ trao tay, cách trung tâm chỉ 15 phút – liên hệ ngay",
)
_ADVERTISERS = ("Bảo hiểm An Phúc", "Nhà thuốc Minh Tâm", "Điện máy Hoàng Gia",
                "Ngân hàng số Sao Việt", "Anh ngữ Mặt Trời Nhỏ", "Du lịch Cánh Diều",
                "Bất động sản Phú Cường Land", "Thời trang Lá Xanh")
_STREETS = ("đường Hoa Sứ", "phố Lý Nam Đế", "đường Trần Khắc Chân", "phố Nguyễn Khắc Cần",
            "đường Võ Văn Tần", "đường Bạch Đằng", "phố Hàng Chuối", "đường Lê Thánh Tôn")


# --------------------------------------------------------------------------------------
# page builder
# --------------------------------------------------------------------------------------

class _Build:
    def __init__(self, rng, title, items, trailers, pool):
        self.rng = rng
        self.title = title
        self.items = items
        self.trailers = list(trailers)
        self.pool = pool
        self.lines: list[str] = []
        self.furn: list[tuple[str, str]] = []
        self.unlabelled = 0
        self.body_done = False
        self._used: set[int] = set()
        self.news = rng.choice(_NEWS)
        self.section = rng.choice(_SECTIONS)
        day = _dt.date(2016, 1, 1) + _dt.timedelta(days=rng.randrange(4 * 365))
        self.when = _dt.datetime(day.year, day.month, day.day, rng.randrange(5, 23),
                                 rng.randrange(60), rng.randrange(60))

    # ----- primitive emitters
    def f(self, kind, text):
        assert kind in KINDS
        text = text.replace("\n", " ").strip()
        if text:
            self.lines.append(text)
            self.furn.append((kind, text))

    def u(self, text):
        text = text.replace("\n", " ").strip()
        assert self.unlabelled < 3
        self.unlabelled += 1
        self.lines.append(text)

    def para(self, items):
        self.lines.append(" ".join(items))

    # ----- random helpers
    def ch(self, seq):
        return self.rng.choice(seq)

    def p(self, prob):
        return self.rng.random() < prob

    def n(self, a, b):
        return self.rng.randint(a, b)

    def name(self, full=None):
        r = self.rng
        if full is None:
            full = r.random() < 0.35
        if full:
            return f"{r.choice(_FAM)} {r.choice(_MID)} {r.choice(_GIV)}"
        return f"{r.choice(_MID)} {r.choice(_GIV)}"

    def count(self):
        v = self.rng.choice((self.n(2, 99), self.n(100, 999), self.n(1000, 25000)))
        if v >= 1000 and self.p(0.5):
            return f"{v / 1000:.1f}K".replace(".", ",")
        return f"{v:,}".replace(",", ".")

    def ago(self):
        return self.ch((f"{self.n(2, 59)} phút trước", f"{self.n(1, 23)} giờ trước",
                        f"{self.n(1, 6)} ngày trước", "Vừa xong", "Hôm qua"))

    def date(self, style=None):
        w = self.when
        wd = _WEEKDAY[w.weekday()]
        styles = (
            f"{wd}, {w:%d/%m/%Y} {w:%H:%M} (GMT+7)",
            f"{w:%d/%m/%Y} - {w:%H:%M}",
            f"{w:%H:%M} | {w:%d/%m/%Y}",
            f"Cập nhật: {w.day}/{w.month}/{w.year} {w.hour}:{w:%M}",
            f"Ngày {w.day} tháng {w.month} năm {w.year}",
            f"{w:%d-%m-%Y %H:%M:%S}",
            f"{wd.lower().capitalize()}, ngày {w:%d/%m/%Y} - {w:%I:%M} {'AM' if w.hour < 12 else 'PM'}",
            f"Đăng lúc {w:%H:%M} ngày {w:%d/%m/%Y}",
            f"{w:%d/%m/%Y} | {w:%H:%M} GMT+7",
            f"{w:%H:%M} {w:%d/%m/%Y}",
        )
        return styles[style] if style is not None else self.ch(styles)

    def short_date(self, back=None):
        d = self.when - _dt.timedelta(days=self.n(0, 40) if back is None else back)
        return self.ch((f"{d:%d/%m/%Y}", f"{d:%d/%m}", f"{d.day}/{d.month}", f"{d:%d-%m-%Y}"))

    def url(self, domain=None, slug_from=None):
        domain = domain or self.news[1]
        words = (slug_from or self.ch(("tin-tuc", "bai-viet", "thoi-su"))).lower().split()[:8]
        slug = "-".join(_ascii(w) for w in words if _ascii(w)) or "bai-viet"
        return f"https://{domain}/{_ascii(self.section.lower()).replace(' ', '-')}/{slug}-{self.n(100000, 999999)}.html"

    # ----- related-story material (RELATED_ROWS only)
    def rel(self):
        for _ in range(50):
            r = self.rng.choice(self.pool)
            if r.row not in self._used and r.title != self.title:
                break
        self._used.add(r.row)
        return r

    def headline(self):
        return self.rel().title

    def teaser(self, r=None):
        r = r or self.rel()
        if not r.sents:
            return r.title
        s = r.sents[0]
        if len(s) > 150 and self.p(0.6):
            s = _cut(s, self.n(90, 140))
        return s

    def cap_text(self):
        for _ in range(10):
            r = self.rel()
            good = [x for x in r.sents if _captionable(x)]
            if good:
                break
        else:
            return r.title
        s = self.rng.choice(good)
        if self.p(0.45) and ", " in s:
            head = s.split(", ")[0]
            if len(head.split()) >= 5:
                s = head + ("." if self.p(0.5) else "")
        elif len(s) > 170:
            s = _cut(s, self.n(110, 160))
        return s

    # ----- composite furniture
    def caption(self, placeholder=None):
        s = self.cap_text()
        who = self.ch((self.name(), self.name(), self.news[0], "Tư liệu", "Internet", "CTV",
                       "TTXVN/" + self.ch(_FOREIGN), "Nguồn mạng xã hội"))
        forms = (
            s, s, f"{s} (Ảnh: {who})", f"{s} Ảnh: {who}", f"{s} - Ảnh: {who}",
            f"Ảnh minh họa: {s}", f"▲ {s}", f"Ảnh: {s}", f"{s} (Ảnh minh họa)",
            f"Hình ảnh: {s}", f"{s} | Ảnh: {who}", f"{s} (Nguồn: {who})",
        )
        text = self.ch(forms)
        if placeholder is None:
            placeholder = self.p(0.35)
        if placeholder:
            ph = self.ch(("[Ảnh]", "[Hình ảnh]", "(ảnh)", "🖼", f"Ảnh {self.n(1, 3)}/{self.n(4, 12)}",
                          "Nhấn vào ảnh để xem kích thước đầy đủ", "image", "Xem ảnh lớn",
                          f"IMG_{self.n(1000, 9999)}.jpg"))
            if self.p(0.5):
                self.f("caption", ph)
                self.f("caption", text)
            else:
                self.f("caption", text)
                self.f("caption", ph)
        else:
            self.f("caption", text)
        if self.p(0.15):
            self.f("caption", f"Ảnh: {who}")

    def video_caption(self):
        s = self.cap_text()
        mins = f"{self.n(0, 4):02d}:{self.n(5, 59):02d}"
        self.f("caption", self.ch((f"Video: {s}", f"▶ {s}", f"Clip: {s}", f"[VIDEO] {s}",
                                   f"Xem video: {s}")))
        if self.p(0.6):
            self.f("caption", self.ch((f"▶ {mins}", f"0:00 / {mins}", f"Thời lượng {mins}",
                                       "Bấm để phát video", "Video đang tải…")))

    def rel_item(self, style, i=0):
        r = self.rel()
        t = r.title
        forms = {
            "dash": f"- {t}", "dot": f"• {t}", "guil": f"» {t}", "gt": f">> {t}",
            "plus": f"+ {t}", "num": f"{i + 1}. {t}", "date": f"{t} ({self.short_date()})",
            "ago": f"{t} - {self.ago()}", "tagv": f"[{self.ch(('Video', 'Ảnh', 'Infographic', 'Chùm ảnh'))}] {t}",
            "src": f"{t} | {self.ch(_NEWS)[0]}", "arrow": f"{t} →", "tri": f"▸ {t}", "plain": t,
        }
        self.f("related", forms[style])
        return r

    def related_block(self, heading=None, n=None, style=None, teasers=None):
        heading = heading if heading is not None else self.ch((
            "Tin liên quan", "TIN LIÊN QUAN", "Xem thêm", "Bài viết liên quan:", "Có thể bạn quan tâm",
            "Đọc thêm", "Tin cùng chuyên mục", "Tin mới hơn", "Cùng chủ đề", "Tin khác",
            "BÀI VIẾT CÙNG CHỦ ĐỀ", "Bạn có thể quan tâm", f"Tin {self.section.lower()} khác"))
        if heading:
            self.f("related", heading)
        style = style or self.ch(("dash", "dot", "guil", "gt", "plus", "num", "date", "ago",
                                  "tagv", "src", "arrow", "tri", "plain"))
        teasers = self.p(0.3) if teasers is None else teasers
        for i in range(n or self.n(2, 5)):
            r = self.rel_item(style, i)
            if teasers:
                self.f("related", self.teaser(r))

    def inline_related(self):
        t = self.headline()
        self.f("related", self.ch((f">> Xem thêm: {t}", f"XEM THÊM: {t}", f"Đọc thêm: {t}",
                                   f"► {t}", f"Tin liên quan: {t}", f"(Xem thêm: {t})",
                                   f">>> {t}", f"ĐỌC NGAY: {t}", f"Mời đọc: {t}")))

    def ad(self):
        self.f("widget", self.ch(("Quảng cáo", "QUẢNG CÁO", "ADVERTISEMENT", "- Quảng cáo -",
                                  "Advertisement", "Nội dung được tài trợ", "Tài trợ")))
        if self.p(0.75):
            self.f("widget", self.ch(_ADS))
        if self.p(0.35):
            self.f("widget", self.ch((f"Tài trợ bởi {self.ch(_ADVERTISERS)}", "Tìm hiểu thêm",
                                      "Mua ngay", "Đăng ký tư vấn", "Xem chi tiết >>", "Ẩn quảng cáo ✕")))

    def menu(self, n=None, one_line=None):
        items = ["Trang chủ"] + self.rng.sample(_SECTIONS, n or self.n(5, 9))
        one_line = self.p(0.6) if one_line is None else one_line
        if one_line:
            sep = self.ch((" | ", " · ", "  ", " / ", " – "))
            self.f("widget", sep.join(items))
        else:
            for it in items:
                self.f("widget", it)

    def breadcrumb(self):
        sub = self.ch(_TOPICS).capitalize()
        sep = self.ch((" > ", " » ", " › ", " / ", " ⟩ "))
        lead = self.ch(("", "", "Bạn đang ở: ", "Vị trí: "))
        self.f("widget", lead + sep.join(self.ch((["Trang chủ", self.section],
                                                 ["Trang chủ", self.section, sub],
                                                 ["Home", self.section], [self.section, sub]))))

    def share(self):
        self.f("widget", self.ch((
            "Chia sẻ: Facebook | Zalo | Twitter | Email",
            "f Chia sẻ   Tweet   🖨 In bài",
            f"Thích {self.count()}   Chia sẻ",
            "Lưu bài viết",
            "Gửi bài viết qua email   In   Cỡ chữ: A- A A+",
            "🔗 Sao chép liên kết",
            f"{self.count()} lượt chia sẻ",
            "Chia sẻ bài viết:",
            "Facebook Zalo Messenger Copy link",
        )))

    def reactions(self):
        self.f("widget", self.ch(("Bạn cảm thấy thế nào sau khi đọc bài viết?",
                                  "Bạn thấy bài viết này thế nào?", "Cảm xúc của bạn:")))
        self.f("widget", f"😍 Yêu thích {self.n(0, 80)}   😮 Ngạc nhiên {self.n(0, 40)}   "
                         f"😢 Buồn {self.n(0, 60)}   😡 Phẫn nộ {self.n(0, 30)}")

    def tags(self):
        ts = self.rng.sample(_TOPICS, self.n(2, 4))
        self.f("widget", self.ch(("Tags: " + ", ".join(ts), "Từ khóa: " + " ".join("#" + t.replace(" ", "") for t in ts),
                                  "Chủ đề: " + " | ".join(ts), " ".join("#" + t.replace(" ", "_") for t in ts),
                                  "TAG: " + " · ".join(t.upper() for t in ts))))

    def comments(self, n=None):
        self.f("widget", self.ch((f"Bình luận ({self.n(2, 300)})", "BÌNH LUẬN", "Ý kiến bạn đọc",
                                  f"{self.n(3, 120)} bình luận", "Gửi bình luận của bạn")))
        for _ in range(n if n is not None else self.n(1, 3)):
            who = self.ch((self.name(True), self.name(True), _ascii(self.name()).replace(" ", "").lower() + str(self.n(70, 99))))
            meta = self.ch((f"{who} · {self.ago()}", f"{who} - {self.ch(_PLACES)}", who,
                            f"{who} | {self.short_date(0)} {self.n(6, 23)}:{self.n(0, 59):02d}"))
            self.f("widget", meta)
            self.f("widget", self.ch(_COMMENTS))
            if self.p(0.6):
                self.f("widget", self.ch((f"Thích ({self.n(1, 250)}) · Trả lời", "Trả lời", "Thích · Phản hồi",
                                          f"👍 {self.n(1, 99)}", f"Trả lời   Thích {self.n(1, 40)}")))
        if self.p(0.5):
            self.f("widget", self.ch((f"Xem thêm {self.n(3, 60)} bình luận", "Tải thêm bình luận",
                                      "Bình luận của bạn sẽ được kiểm duyệt trước khi đăng.",
                                      "Viết bình luận...")))

    def newsletter(self):
        self.f("widget", self.ch(("Đăng ký nhận bản tin mỗi sáng", "Nhận tin mới nhất qua email – hoàn toàn miễn phí",
                                  "ĐĂNG KÝ NHẬN BẢN TIN", "Đừng bỏ lỡ tin nóng – đăng ký bản tin của chúng tôi")))
        if self.p(0.7):
            self.f("widget", self.ch(("Nhập email của bạn", "Địa chỉ email", "Email của bạn...")))
        self.f("widget", self.ch(("Đăng ký", "ĐĂNG KÝ", "Gửi", "Đăng ký ngay")))

    def cookie(self):
        self.f("widget", self.ch((
            "Trang web sử dụng cookie để nâng cao trải nghiệm của bạn. Tiếp tục truy cập nghĩa là bạn đồng ý với Chính sách quyền riêng tư.",
            "Chúng tôi dùng cookie để cá nhân hóa nội dung và quảng cáo. Xem chi tiết trong Chính sách cookie.",
            "Bằng việc tiếp tục sử dụng trang, bạn chấp nhận việc sử dụng cookie.")))
        self.f("widget", self.ch(("Đồng ý", "Chấp nhận tất cả", "OK, tôi hiểu", "Tùy chỉnh   Đồng ý")))

    def footer(self, n=None):
        ed = self.name(True)
        pool = [
            f"© {self.when.year} {self.news[0]}. Bảo lưu mọi quyền.",
            f"Giấy phép hoạt động báo chí điện tử số {self.n(10, 480)}/GP-BTTTT ngày {self.n(1, 28)}/{self.n(1, 12)}/{self.n(2012, 2018)}",
            f"Tổng Biên tập: {ed}",
            f"Tòa soạn: số {self.n(2, 250)} {self.ch(_STREETS)}, {self.ch(_PLACES)}",
            f"Điện thoại: 0{self.n(20, 29)} {self.n(3000, 3999)} {self.n(1000, 9999)} – Email: toasoan@{self.news[1]}",
            f"Liên hệ quảng cáo: 09{self.n(10, 99)} {self.n(100, 999)} {self.n(100, 999)}",
            "Không được sao chép, trích dẫn khi chưa có sự đồng ý bằng văn bản.",
            "Giới thiệu | Liên hệ | Quảng cáo | Điều khoản sử dụng | RSS",
            "Về đầu trang ↑",
        ]
        for line in self.rng.sample(pool, n or self.n(2, 5)):
            self.f("widget", line)

    # ----- byline / credit / trailers
    def trailer(self, kind):
        return [t for k, t in self.trailers if k == kind]

    def bylines(self, upper=False, restyle=True):
        got = self.trailer("byline")
        out = []
        for t in got:
            if restyle and "(" not in t and ":" not in t and self.p(0.3):
                t = self.ch(("Bài: {}", "Tác giả: {}", "— {}", "{} (thực hiện)", "Bài và ảnh: {}",
                             "Phóng viên {}", "Bài, ảnh: {}")).format(t)
            out.append(t.upper() if upper else t)
        if not out:
            out.append(self.invent_byline(upper) if restyle else
                       (self.name().upper() if upper else self.name()))
        return out

    def invent_byline(self, upper=False):
        a, b = self.name(), self.name()
        t = self.ch((
            a, a, f"{a} - {b}", f"Bài và ảnh: {a}", f"Bài, ảnh: {a}", f"{a} ({self.ch(_PLACES)})",
            f"Phóng viên {a}", f"PV {a} - {b}", f"Tác giả: {self.name(True)}", "Nhóm phóng viên",
            f"{a} | Biên tập: {b}", f"{a} • Phóng viên {self.section}", f"Ghi chép của {a}",
            f"{a} (thực hiện)", f"{self.name(True)} - {b} ({self.ch(_PLACES)})", f"{a}/{self.news[0]}",
            _initials(a), f"{a} (tổng hợp)", f"{a} (Theo {self.ch(_FOREIGN)})",
        ))
        return t.upper() if upper else t

    def invent_credit(self):
        fo, ne = self.ch(_FOREIGN), self.ch(_NEWS)[0]
        return self.ch((
            f"Theo {ne}", f"Nguồn: {ne}", f"(Theo {fo})", f"Lược dịch từ {fo}",
            f"Nguồn tin: {fo}", f"Dịch từ bài gốc trên {fo}", f"Theo {ne} (đã biên tập lại)",
            "Tổng hợp từ {}, {}".format(*self.rng.sample(_FOREIGN, 2)), f"Bài viết được đăng lại với sự đồng ý của {ne}",
            f"Nguồn: {fo} – {self.name()} lược dịch", f"Theo {fo}",
        ))

    def emit_byline(self, upper=False):
        for t in self.bylines(upper):
            self.f("byline", t)

    def emit_credit(self, invent_prob=0.4):
        got = self.trailer("credit")
        for t in got:
            self.f("credit", t)
        if not got and self.p(invent_prob):
            self.f("credit", self.invent_credit())

    def emit_trail_related(self):
        for t in self.trailer("related"):
            self.f("related", t)

    # ----- the story itself
    def paragraphs(self, lo=1, hi=4):
        out, i, items = [], 0, self.items
        while i < len(items):
            k = self.n(lo, hi)
            out.append(items[i:i + k])
            i += k
        return out

    def story(self, lo=1, hi=4, inserts=(), lead=()):
        """Body paragraphs with mid-story furniture callables woven between them."""
        paras = self.paragraphs(lo, hi)
        for fn in lead:
            fn()
        gaps = list(range(1, len(paras)))
        slots: dict[int, list] = {}
        for fn in inserts:
            g = self.ch(gaps) if gaps else len(paras)
            slots.setdefault(g, []).append(fn)
        for j, para in enumerate(paras):
            for fn in slots.get(j, ()):
                fn()
            self.para(para)
        for fn in slots.get(len(paras), ()):
            fn()
        self.body_done = True


_CONNECTIVES = ("Tuy nhiên", "Cụ thể", "Theo", "Do đó", "Ngoài ra", "Trước đó", "Bên cạnh", "Đồng thời",
                "Vì vậy", "Trong khi", "Hiện", "Như vậy", "Sau đó", "Còn", "Tại đây", "Về", "Nếu", "Khi",
                "Ông", "Bà", "Anh", "Chị", "Đây", "Điều", "Song", "Nhưng", "Mặc dù", "Dù", "Với", "Trong đó")


def _captionable(s: str) -> bool:
    if any(q in s for q in "“”\"‘’'?!:;"):
        return False
    if len(s.split()) > 32:
        return False
    return not any(s.startswith(c + " ") or s.startswith(c + ",") for c in _CONNECTIVES)


def _ascii(s: str) -> str:
    s = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return re.sub(r"[^A-Za-z0-9 ]", "", s)


def _initials(name: str) -> str:
    parts = name.split()
    return ".".join(p[0] for p in parts[:-1]) + "." + parts[-1]


def _cut(s: str, n: int) -> str:
    if len(s) <= n:
        return s
    return s[:n].rsplit(" ", 1)[0].rstrip(",;:") + "…"


# --------------------------------------------------------------------------------------
# layouts
# --------------------------------------------------------------------------------------

def _portal_desktop(b: _Build):
    w = b.when
    b.f("widget", b.ch((f"{_WEEKDAY[w.weekday()]}, {w:%d/%m/%Y}   Đăng nhập | Đăng ký",
                        "Đăng nhập   Đăng ký   English", f"Hotline: 09{b.n(10, 99)} {b.n(100, 999)} {b.n(100, 999)}",
                        "Tải ứng dụng   Đăng nhập")))
    b.u(b.news[0].upper() if b.p(0.3) else b.news[0])
    b.menu()
    if b.p(0.5):
        b.ad()
    b.breadcrumb()
    b.u(b.title)
    b.u(b.date())
    if b.p(0.5):
        b.emit_byline()
        top = True
    else:
        top = False
    if b.p(0.6):
        b.share()
    inserts = [b.caption, lambda: b.related_block(n=b.n(2, 3))]
    if b.p(0.5):
        inserts.append(b.caption)
    if b.p(0.4):
        inserts.append(b.ad)
    if b.p(0.4):
        inserts.append(b.inline_related)
    b.story(1, 4, inserts, lead=[b.caption] if b.p(0.4) else [])
    b.emit_trail_related()
    if not top:
        b.emit_byline()
    b.emit_credit()
    b.tags()
    if b.p(0.6):
        b.reactions()
    b.share()
    b.related_block(heading=b.ch(("Tin cùng chuyên mục", "TIN KHÁC", "Đọc nhiều nhất", "Tin mới")), n=b.n(3, 6))
    if b.p(0.6):
        b.comments()
    if b.p(0.4):
        b.newsletter()
    b.footer()


def _mobile_amp(b: _Build):
    b.f("widget", b.ch(("☰", "☰ Menu", "≡", "Menu  🔍")))
    b.u(b.ch((b.news[1], b.news[0])))
    if b.p(0.4):
        b.f("widget", b.ch(("Mở trong ứng dụng", "Tải app để đọc nhanh hơn ›", "Xem phiên bản đầy đủ")))
    b.f("widget", b.section.upper())
    b.u(b.title)
    by = b.bylines()[0]
    b.f("byline", b.ch((f"{by} • {b.ago()}", f"{by} - {b.date(9)}", f"{by} | {b.date(1)}", by)))
    b.u(b.date(b.ch((1, 2, 7, 9))))
    for extra in b.bylines()[1:]:
        b.f("byline", extra)
    ins = [b.caption, b.ad]
    if b.p(0.6):
        ins.append(b.inline_related)
    if b.p(0.4):
        ins.append(b.video_caption)
    b.story(1, 2, ins)
    b.emit_trail_related()
    b.emit_credit(0.3)
    b.share()
    b.related_block(heading=b.ch(("Xem thêm", "Tin nổi bật", "Đọc tiếp")), n=b.n(3, 5),
                    style=b.ch(("plain", "ago", "dash")))
    b.f("widget", b.ch(("Về trang chủ", "Lên đầu trang ↑", "⬆ Đầu trang")))
    if b.p(0.5):
        b.f("widget", f"© {b.when.year} {b.news[1]}")


def _app_share_copy(b: _Build):
    app = b.ch(("Tin Mới Mỗi Ngày", "Đọc Báo Nhanh", "BáoHay", "Tin 24h+", "Nhật Báo Số"))
    if b.p(0.5):
        b.f("widget", b.ch((f"Chia sẻ từ ứng dụng {app}", f"Được gửi từ {app} cho iOS",
                            f"[{app}] Bài viết được chia sẻ")))
    b.u(b.title)
    b.u(b.ch((f"{b.news[0]}", f"{b.news[0]} · {b.section}")))
    b.u(b.ch((b.ago(), b.date(3), b.date(7))))
    b.f("widget", b.ch(("Theo dõi", "+ Theo dõi nguồn", "🔔 Nhận thông báo")))
    ins = [lambda: b.caption(True)]
    if b.p(0.5):
        ins.append(lambda: b.f("widget", b.ch(("Nhấn để xem ảnh", "Vuốt để xem tiếp", "Chạm để phóng to"))))
    if b.p(0.5):
        ins.append(b.ad)
    b.story(1, 3, ins)
    b.emit_trail_related()
    b.emit_byline()
    b.emit_credit(0.5)
    b.f("widget", b.ch((f"Tải ứng dụng {app} để đọc thêm tin mới: https://app.{_ascii(app).lower().replace(' ', '')}.vn",
                        f"Đọc bài viết gốc trên {app}", f"Mở {app}")))
    b.related_block(heading=b.ch(("Tin đề xuất cho bạn", "Dành cho bạn", "Có thể bạn thích")),
                    n=b.n(2, 4), style=b.ch(("src", "ago", "plain")))
    b.f("widget", b.ch(("Báo cáo nội dung", "Không quan tâm", "Ẩn tin từ nguồn này")))


def _facebook_post(b: _Build):
    page = b.ch(("Hóng Tin Sài Gòn", "Tin Nóng Thủ Đô 24/7", "Góc Nhìn Thị Trường",
                 "Cộng đồng Người Miền Tây", "Check-in Miền Trung", "Tin Tức Phố Núi"))
    b.u(page)
    b.u(b.ch((f"{b.n(1, 23)} giờ", f"{b.when.day} tháng {b.when.month} lúc {b.when:%H:%M}",
              f"{b.n(2, 59)} phút", "Hôm qua lúc " + f"{b.when:%H:%M}")) + b.ch(("", " · 🌐", " · 🌏", " ·")))
    b.u(b.ch((b.title, b.title.upper())) if b.p(0.5) else b.title)
    if b.p(0.4):
        b.f("widget", b.ch(("🔴 NÓNG", "⚡ TIN MỚI", "📢 THÔNG TIN CẦN BIẾT", "‼️")))
    b.story(1, 3, [b.caption] if b.p(0.4) else [])
    b.emit_trail_related()
    if b.trailer("byline") or b.p(0.6):
        for t in b.bylines(restyle=False):
            b.f("byline", b.ch(("✍️ ", "", "", "Tác giả: ")) + t)
    b.emit_credit(0.6)
    b.f("widget", b.ch(("👉 Đọc chi tiết: ", "Link bài: ", "🔗 ")) + b.url(slug_from=_ascii(b.title)))
    b.tags()
    if b.p(0.6):
        r = b.rel()
        b.f("related", r.title)
        b.f("related", b.ch((b.ch(_NEWS)[1].upper(), b.teaser(r))))
    b.f("widget", f"👍❤️😮 {b.count()}")
    b.f("widget", f"{b.n(2, 900)} bình luận   {b.n(1, 500)} lượt chia sẻ")
    b.f("widget", b.ch(("Thích   Bình luận   Chia sẻ", "Thích Bình luận Gửi Chia sẻ")))
    b.f("widget", b.ch(("Phù hợp nhất ▾", "Bình luận mới nhất", "Tất cả bình luận")))
    for _ in range(b.n(2, 4)):
        b.f("widget", b.name(True))
        b.f("widget", b.ch(_COMMENTS))
        b.f("widget", f"{b.ch(('Thích', 'Thích  Phản hồi', 'Phản hồi'))}  {b.n(1, 23)} giờ")
    b.f("widget", b.ch(("Xem thêm bình luận", f"Xem {b.n(5, 200)} bình luận trước", "Viết bình luận...")))


def _zalo_forward(b: _Build):
    group = b.ch(("Nhóm Gia Đình Nội Ngoại", "Hội Phụ huynh lớp 5A3", "Ban liên lạc Cựu CB K45",
                  "Tổ dân phố số 7", "Team Kinh doanh miền Bắc", "Hội đồng hương Nghệ Tĩnh"))
    b.f("widget", f"{group} ({b.n(5, 250)} thành viên)" if b.p(0.6) else group)
    if b.p(0.5):
        b.f("widget", b.ch(("Tin nhắn đã được chuyển tiếp", "[Chuyển tiếp]", "↪ Chuyển tiếp")))
    b.f("widget", b.ch((b.ch(("Bố", "Mẹ", "Cô Hạnh", "Anh Tuấn", "Chú Ba")), b.name(True))))
    b.u(b.ch((f"{b.when:%H:%M}", f"{b.when:%H:%M} {b.when:%d/%m/%Y}", f"Hôm nay {b.when:%H:%M}")))
    b.f("widget", b.url(slug_from=_ascii(b.title)))
    b.u(b.title)
    b.u(b.news[1])
    if b.p(0.4):
        b.f("widget", b.ch(("Mọi người đọc nhé 👇", "Chuyển cả nhà đọc", "Tin này quan trọng nè", "😱😱")))
    b.story(2, 5, [lambda: b.caption(True)] if b.p(0.3) else [])
    b.emit_trail_related()
    if b.trailer("byline") or b.p(0.7):
        b.emit_byline()
    b.emit_credit(0.3)
    b.f("widget", b.ch((f"❤️ {b.n(1, 9)}", f"👍 {b.n(1, 12)}  😮 {b.n(1, 4)}", "Đã nhận", "Đã xem")))
    for _ in range(b.n(0, 2)):
        b.f("widget", b.name())
        b.f("widget", b.ch(("Cảm ơn anh đã chia sẻ", "Ghê quá", "Đọc rồi, mọi người cẩn thận nhé",
                            "Tin này thật không ạ?", "👍👍", "Chuẩn luôn")))
        b.f("widget", f"{(b.when + _dt.timedelta(minutes=b.n(1, 90))):%H:%M}")
    if b.p(0.6):
        b.f("widget", b.ch(("Chuyển tiếp", "↪ Chuyển tiếp")))
        b.f("widget", b.url(domain=b.ch(_NEWS)[1]))
        b.f("related", b.headline())
    b.f("widget", b.ch(("Nhập @, tin nhắn tới " + group, "Soạn tin nhắn...", "Aa")))


def _email_digest(b: _Build):
    b.f("widget", b.ch(("Bạn không xem được email này? Xem trên trình duyệt",
                        "Xem phiên bản web của bản tin", "Nếu email hiển thị không đúng, bấm vào đây")))
    b.u(b.news[0])
    b.f("widget", b.ch(("BẢN TIN SÁNG", "ĐIỂM TIN 18H", "Bản tin cuối tuần", "Tin chọn lọc hôm nay")))
    b.u(f"{_WEEKDAY[b.when.weekday()]}, {b.when:%d/%m/%Y}")
    b.f("widget", b.ch(("Xin chào bạn đọc,", "Chào buổi sáng!", "Kính gửi Quý độc giả,")))
    b.f("widget", b.ch(("TIÊU ĐIỂM", "Tin chính", "ĐÁNG CHÚ Ý HÔM NAY")))
    b.u(b.title)
    b.story(2, 4, [lambda: b.caption(False)] if b.p(0.5) else [])
    b.emit_trail_related()
    b.emit_byline()
    b.emit_credit(0.3)
    b.f("widget", b.ch(("Đọc tiếp trên website →", "Xem toàn bộ bài viết", "ĐỌC THÊM")))
    b.f("related", b.ch(("CÁC TIN KHÁC", "Tin khác trong bản tin", "Có thể bạn đã bỏ lỡ")))
    for _ in range(b.n(2, 4)):
        r = b.rel()
        b.f("related", r.title)
        b.f("related", b.teaser(r))
        if b.p(0.5):
            b.f("widget", b.ch(("Đọc tiếp »", "Xem chi tiết", "→")))
    if b.p(0.6):
        b.f("widget", b.ch(("Tài trợ", "Được tài trợ", "THÔNG TIN QUẢNG CÁO")))
        b.f("widget", b.ch(_ADS))
    b.f("widget", b.ch((f"Bạn nhận được email này vì đã đăng ký bản tin của {b.news[0]}.",
                        "Email này được gửi tự động, vui lòng không trả lời.")))
    b.f("widget", b.ch(("Hủy đăng ký | Quản lý tùy chọn", "Ngừng nhận bản tin", "Cập nhật sở thích · Hủy đăng ký")))
    b.f("widget", f"{b.news[0]}, số {b.n(2, 250)} {b.ch(_STREETS)}, {b.ch(_PLACES)}")


def _print_ocr(b: _Build):
    w = b.when
    b.f("widget", f"{b.n(2, 24)}   {b.section.upper()}   {_WEEKDAY[w.weekday()]} {w.day}-{w.month}-{w.year}")
    if b.p(0.5):
        b.f("widget", b.ch(("■", "— ■ —", "|||", "▬▬▬▬▬▬", "• • •")))
    b.f("widget", b.ch(("TIN TỨC - SỰ KIỆN", "PHÓNG SỰ", "TIÊU ĐIỂM", "VẤN ĐỀ HÔM NAY", "ĐIỀU TRA")))
    b.u(b.title.upper() if b.p(0.6) else b.title)
    b.emit_byline(upper=b.p(0.7))
    b.story(3, 6, [lambda: b.caption(False)] + ([b.ad] if b.p(0.3) else []))
    b.emit_trail_related()
    b.emit_credit(0.3)
    if b.p(0.5):
        b.f("widget", b.ch((f"(Xem tiếp trang {b.n(3, 20)})", f"(Tiếp theo trang {b.n(1, 9)})",
                            f"Trang {b.n(2, 20)} ►")))
    if b.p(0.5):
        b.f("widget", "QUẢNG CÁO")
        b.f("widget", f"{b.ch(_ADS)} – ĐT: 0{b.n(20, 29)}.{b.n(3000, 3999)}.{b.n(1000, 9999)}")
    b.u(b.ch((f"www.{b.news[1]}", b.news[0].upper())))
    b.f("widget", f"Số {b.n(50, 365)} ({b.n(3000, 9000):,})".replace(",", ".") + b.ch(("", f" - Trang {b.n(2, 24)}")))


def _screen_reader(b: _Build):
    b.f("widget", b.ch(("Bỏ qua để đến nội dung chính", "Chuyển đến nội dung", "liên kết, Bỏ qua điều hướng")))
    b.f("widget", f"Điều hướng chính, danh sách {b.n(6, 12)} mục")
    for s in ["Trang chủ"] + b.rng.sample(_SECTIONS, b.n(2, 4)):
        b.f("widget", f"liên kết, {s}")
    b.f("widget", "Kết thúc danh sách")
    b.u(b.news[0])
    b.f("widget", "Tiêu đề cấp 1")
    b.u(b.title)
    b.u(b.date())
    lead = "Tác giả, " if b.p(0.5) else ""
    for t in b.bylines(restyle=False):
        b.f("byline", lead + t)
    b.f("widget", b.ch(("nút, Chia sẻ", "nút, Nghe bài viết", "nút, Lưu")))

    def img():
        b.f("caption", f"hình ảnh, {b.cap_text()}")
    b.story(1, 3, [img, lambda: b.f("related", f"liên kết, {b.headline()}")])
    b.emit_trail_related()
    b.emit_credit(0.3)
    b.f("widget", "Tiêu đề cấp 2")
    b.f("related", b.ch(("Tin liên quan", "Xem thêm")))
    b.f("widget", f"danh sách {b.n(3, 4)} mục")
    for _ in range(b.n(2, 4)):
        b.f("related", f"liên kết, {b.headline()}")
    b.f("widget", "Kết thúc danh sách")
    b.f("widget", b.ch(("vùng chân trang", "Thông tin chân trang")))
    b.f("widget", f"© {b.when.year} {b.news[0]}")


def _web_archive(b: _Build):
    cap = b.when + _dt.timedelta(days=b.n(1, 400))
    b.f("widget", b.ch(("KHO LƯU TRỮ WEB", "Kho lưu trữ Internet", "LƯU TRỮ TRANG")))
    b.f("widget", b.url(slug_from=_ascii(b.title)))
    b.f("widget", f"{b.n(2, 40)} bản chụp  {b.when:%d/%m/%Y} - {cap:%d/%m/%Y}")
    b.f("widget", f"THÁNG {cap.month}   {cap.year}   ◄ ►")
    b.f("widget", f"{cap:%Y%m%d%H%M%S}")
    b.f("widget", b.ch(("Đóng | Trợ giúp", "ĐÓNG  TRỢ GIÚP", "Giới thiệu lần chụp này")))
    b.u(b.news[0])
    b.menu(one_line=True)
    b.u(b.title)
    b.u(b.ch((b.date(0), b.date(5), b.date(8))))
    b.story(1, 4, [lambda: b.f("caption", b.ch(("[Hình ảnh bị thiếu]", "[Ảnh không còn lưu trữ]", "(ảnh lỗi)"))),
                   b.caption])
    b.emit_trail_related()
    b.emit_byline()
    b.emit_credit()
    b.related_block(heading=b.ch(("Các tin đã đưa", "Các tin khác", "Tin trước")), style="date", n=b.n(3, 6))
    b.footer(2)


def _aggregator_feed(b: _Build):
    agg = b.ch(("Đọc Nhanh 24h", "Tin Gom", "Báo Mỗi Ngày", "Tổng Hợp Tin", "Lướt Báo"))
    b.u(agg)
    b.menu(one_line=True)
    b.u(b.title)
    b.f("credit", b.ch((f"Nguồn: {b.news[0]} · {b.ago()}", f"{b.news[0]} - {b.ago()}",
                        f"Theo {b.news[0]}", f"{b.news[1]}")))
    b.u(b.date(b.ch((0, 2, 4))))
    b.f("widget", b.ch(("Xem bài gốc ↗", "Đọc bài gốc", "Mở trang nguồn")))
    b.story(1, 3, [b.caption] + ([b.ad] if b.p(0.6) else []))
    b.emit_trail_related()
    b.emit_byline()
    b.emit_credit(0.2)
    b.related_block(heading=b.ch(("Cùng chủ đề", "Cùng sự kiện", "Tin liên quan")), style="src", n=b.n(2, 4))
    b.related_block(heading=f"Tin khác từ {b.news[0]}", style=b.ch(("ago", "plain", "dash")), n=b.n(2, 4))
    b.f("widget", b.ch((f"Bài viết được {agg} tổng hợp tự động từ các trang báo điện tử.",
                        f"{agg} không chịu trách nhiệm về nội dung bài viết gốc.")))


def _tv_station(b: _Build):
    tv = b.ch((("Đài Phát thanh - Truyền hình Bến Hải", "BHTV"), ("Truyền hình Sông Thu", "STTV"),
               ("Đài PT-TH Lâm Viên", "LVTV"), ("Truyền hình Vịnh Xanh", "VXTV")))
    b.news = (tv[0], _ascii(tv[1]).lower() + ".vn")
    b.u(f"{tv[1]} - {tv[0]}" if b.p(0.5) else tv[0])
    b.f("widget", b.ch(("Trực tiếp | Thời sự | Chương trình | Lịch phát sóng | Video",
                        "🔴 TRỰC TIẾP   Thời sự   Dự báo thời tiết   Phim truyện")))
    b.f("widget", b.ch(("THỜI SỰ 19H", "BẢN TIN TRƯA", "CHÀO BUỔI SÁNG", "BẢN TIN TỐI")))
    b.video_caption()
    b.u(b.title)
    b.u(b.date(b.ch((1, 2, 8))))
    b.story(1, 3, [b.caption] if b.p(0.5) else [])
    b.emit_trail_related()
    bys = b.bylines(restyle=False)
    if b.p(0.5):
        b.f("byline", f"Phóng viên: {bys[0]} – Quay phim: {b.name()}")
        for t in bys[1:]:
            b.f("byline", t)
    else:
        for t in bys:
            b.f("byline", t)
        if b.p(0.5):
            b.f("byline", f"BTV: {b.name()}")
    b.emit_credit(0.2)
    b.f("related", b.ch(("Video khác", "VIDEO LIÊN QUAN", "Xem thêm bản tin")))
    for _ in range(b.n(2, 4)):
        b.f("related", f"{b.headline()} ({b.n(1, 4)}:{b.n(0, 59):02d})")
    b.f("widget", b.ch(("Lịch phát sóng hôm nay", "LỊCH PHÁT SÓNG")))
    for h, prog in b.rng.sample([("06:00", "Chào buổi sáng"), ("11:30", "Thời sự trưa"), ("19:00", "Thời sự tối"),
                                 ("20:10", "Phim truyện"), ("21:45", "Thể thao 24/7"), ("22:30", "Câu chuyện cuộc sống")], 3):
        b.f("widget", f"{h}  {prog}")
    b.footer(2)


def _radio_podcast(b: _Build):
    radio, dom = b.ch((("Đài Tiếng nói Sông Lam", "songlamradio.vn"),
                       ("Kênh Phát thanh Đồng Bằng FM 96.5", "dongbangfm.vn"), ("Sóng Xanh Radio", "songxanh.fm")))
    b.news = (radio, dom)
    b.u(radio)
    b.menu(n=b.n(4, 6), one_line=b.p(0.3))
    b.u(b.title)
    b.u(b.date())
    b.f("widget", b.ch(("🎧 Nghe bài viết", "▶ Nghe", "NGHE AUDIO")))
    b.f("widget", f"00:00 / {b.n(1, 6):02d}:{b.n(0, 59):02d}")
    if b.p(0.6):
        b.f("widget", b.ch(("Tốc độ 1x", "Giọng đọc: Nữ miền Bắc | Nam miền Nam", "Tải xuống MP3")))
    b.story(1, 3, [b.caption] if b.p(0.6) else [])
    b.emit_trail_related()
    bys = b.bylines(restyle=False)
    b.f("byline", b.ch(("{}", "{}/" + radio, "{} - Phóng viên thường trú " + b.ch(_PLACES))).format(bys[0]))
    for t in bys[1:]:
        b.f("byline", t)
    b.emit_credit(0.3)
    b.related_block(heading=b.ch(("Podcast liên quan", "Nghe thêm", "Chương trình khác")), n=b.n(2, 3),
                    style=b.ch(("ago", "plain", "tri")))
    b.footer(2)


def _gov_portal(b: _Build):
    prov = b.ch(("Hòa Lâm", "Vĩnh Xuyên", "Thanh Tuyền", "Đông Hải Sơn", "Bình Trạch"))
    b.u(b.ch((f"CỔNG THÔNG TIN ĐIỆN TỬ TỈNH {prov.upper()}", f"Cổng TTĐT tỉnh {prov}")))
    b.f("widget", b.ch(("Giới thiệu | Tin tức | Văn bản | Dịch vụ công | Hỏi đáp | Liên hệ",
                        "Trang chủ  Giới thiệu  Tin tức - Sự kiện  Chỉ đạo điều hành  Thủ tục hành chính")))
    b.f("widget", b.ch(("Trang chủ > Tin tức - Sự kiện > Tin trong tỉnh", "Trang chủ » Tin hoạt động",
                        "Tin tức - Sự kiện / Tin trong nước")))
    b.u(b.title)
    b.f("widget", f"Ngày đăng: {b.when:%d/%m/%Y}   Lượt xem: {b.count()}" if b.p(0.5)
        else f"{b.when:%d/%m/%Y %H:%M}")
    b.story(1, 3, [b.caption] if b.p(0.5) else [])
    b.emit_trail_related()
    bys = b.bylines(restyle=False)
    if b.p(0.5):
        b.f("byline", f"Tin: {bys[0]} - Ảnh: {b.name()}")
    else:
        b.f("byline", bys[0])
    for t in bys[1:]:
        b.f("byline", t)
    got = b.trailer("credit")
    for t in got:
        b.f("credit", t)
    if not got:
        b.f("credit", b.ch((f"Nguồn: Báo {prov}", f"Theo Đài PT-TH {prov}", f"Nguồn: Văn phòng UBND tỉnh {prov}")))
    b.f("widget", b.ch(("In bài viết | Gửi email | Quay lại", "🖨 In   ✉ Gửi   ↩ Trở về")))
    b.related_block(heading=b.ch(("Các tin khác", "Tin đã đưa")), style="date", n=b.n(3, 6))
    b.f("widget", f"Cơ quan chủ quản: Văn phòng UBND tỉnh {prov}")
    b.f("widget", f"Chịu trách nhiệm chính: {b.name(True)} - Chánh Văn phòng")
    b.f("widget", f"Giấy phép số {b.n(10, 99)}/GP-TTĐT do Sở Thông tin và Truyền thông cấp")
    b.f("widget", f"Số lượt truy cập: {b.n(1_000_000, 9_000_000):,}".replace(",", "."))


def _forum_repost(b: _Build):
    forum = b.ch(("Diễn đàn Phố Xưa", "Cộng đồng Hỏi Đáp Việt", "Xóm Mạng", "Diễn đàn Ô Tô Việt"))
    user = _ascii(b.name()).replace(" ", "").lower() + str(b.n(80, 99))
    b.u(forum)
    b.f("widget", b.ch(("Diễn đàn › Thời sự › Tin trong nước", "Trang chủ > Chuyện bốn phương",
                        "Diễn đàn » Cafe - Thư giãn » Tin tức")))
    b.u(b.title)
    b.f("widget", f"Thảo luận trong '{b.section}' bắt đầu bởi {user}, {b.when.day}/{b.when.month}/{b.when.year}.")
    b.f("widget", f"#1")
    b.f("widget", user)
    b.f("widget", f"Tham gia: {b.n(1, 12):02d}/{b.n(2009, 2015)}   Bài viết: {b.count()}   Được thích: {b.n(10, 9000)}")
    if b.p(0.5):
        b.f("widget", b.ch(("Trích:", "Quote:", "Trích dẫn nguồn:")))
    b.story(2, 5, [lambda: b.caption(True)] if b.p(0.4) else [])
    b.emit_trail_related()
    if b.trailer("byline") or b.p(0.6):
        b.emit_byline()
    got = b.trailer("credit")
    for t in got:
        b.f("credit", t)
    if not got:
        b.f("credit", b.ch((f"Nguồn: {b.news[0]}", f"Nguồn: {b.url()}", f"(st) {b.news[1]}", f"Theo {b.news[1]}")))
    b.f("widget", b.ch(("______________", "-----", "—— Sống chậm lại, nghĩ khác đi ——",
                        "Chữ ký: Đời là những chuyến đi")))
    b.f("widget", b.ch(("Thích   Trích dẫn   Trả lời", "Báo cáo  Thích  Trả lời")))
    for i in range(b.n(1, 3)):
        b.f("widget", f"#{i + 2}")
        b.f("widget", _ascii(b.name()).replace(" ", "_").lower())
        b.f("widget", b.ch(_COMMENTS))
    b.related_block(heading=b.ch(("Chủ đề tương tự", "Các chủ đề liên quan")), style=b.ch(("plain", "date")), n=b.n(2, 4))
    b.f("widget", f"Đang xem chủ đề: {b.n(1, 60)} (thành viên: {b.n(0, 10)}, khách: {b.n(1, 50)})")


def _printer_friendly(b: _Build):
    b.u(b.ch((b.news[0], b.news[1], b.news[0].upper())))
    b.f("widget", b.ch((f"Địa chỉ bài viết: {b.url(slug_from=_ascii(b.title))}",
                        b.url(slug_from=_ascii(b.title)))))
    b.f("widget", b.ch(("In trang này | Đóng cửa sổ", "[In bài] [Đóng]", "🖨 In")))
    b.u(b.title)
    b.u(b.date())
    b.emit_byline()
    b.story(2, 5, [lambda: b.caption(False)] if b.p(0.4) else [])
    b.emit_trail_related()
    b.emit_credit(0.4)
    b.f("widget", b.ch((f"Bài viết được in từ {b.news[1]}", f"© Bản quyền thuộc về {b.news[0]}",
                        f"In lúc {(b.when + _dt.timedelta(days=b.n(1, 30))):%H:%M %d/%m/%Y}")))


def _emagazine_paywall(b: _Build):
    if b.p(0.7):
        b.cookie()
    b.u(b.news[0])
    b.f("widget", b.ch(("E-MAGAZINE", "Longform", "CHUYÊN ĐỀ", "Emagazine")))
    b.u(b.title)
    bys = b.bylines(restyle=False)
    if b.p(0.5):
        b.f("byline", f"Nội dung: {bys[0]}")
        b.f("byline", f"Ảnh: {b.name()}")
        b.f("byline", f"Thiết kế: {b.name()}")
    else:
        b.f("byline", f"Nội dung: {bys[0]} | Ảnh: {b.name()} | Thiết kế: {b.name()}")
    for t in bys[1:]:
        b.f("byline", t)
    b.u(b.date(b.ch((0, 4, 8))))
    paywall = lambda: (b.f("widget", b.ch(("Bài viết dành cho hội viên Premium",
                                           f"Bạn đã đọc {b.n(1, 3)}/3 bài miễn phí trong tháng này",
                                           "Nội dung độc quyền dành cho thành viên"))),
                       b.f("widget", b.ch(("Đăng ký ngay chỉ 39.000đ/tháng", "Mở khóa toàn bộ bài viết",
                                           "Đã là thành viên? Đăng nhập"))))
    b.story(1, 3, [b.caption, b.caption, paywall] + ([b.inline_related] if b.p(0.5) else []))
    b.emit_trail_related()
    b.emit_credit(0.4)
    if b.p(0.6):
        b.newsletter()
    b.related_block(heading=b.ch(("Đọc thêm trong chuyên đề", "Các bài Longform khác", "Emagazine khác")),
                    n=b.n(2, 4), teasers=True, style="plain")
    b.footer(b.n(1, 3))


def _rss_reader(b: _Build):
    b.f("widget", f"Nguồn cấp: {b.news[0]} – {b.section}")
    b.f("widget", b.ch(("★ Lưu | Đánh dấu đã đọc | Mở trong trình duyệt", "☆  ✓  ↗", "Lưu để đọc sau")))
    b.u(b.title)
    b.u(b.news[1])
    b.u(b.ch((b.date(5), b.date(2), b.ago())))
    top = b.p(0.4)
    if top:
        for t in b.bylines(restyle=False):
            b.f("byline", "bởi " + t)
    b.story(1, 4, [lambda: b.caption(True)] if b.p(0.5) else [])
    b.emit_trail_related()
    if not top and (b.trailer("byline") or b.p(0.6)):
        b.emit_byline()
    b.emit_credit(0.3)
    b.f("widget", b.ch((f"Bài viết gốc: {b.url()}", "Xem bài viết đầy đủ trên trang gốc", "Đọc toàn văn ›")))
    b.f("related", f"Mục tiếp theo: {b.headline()}")
    b.f("widget", f"Chưa đọc ({b.n(3, 400)})")


def _ad_heavy_tabloid(b: _Build):
    b.ad()
    b.u(b.news[0].upper())
    b.menu()
    b.f("related", b.ch(("Tin nổi bật", "HOT", "🔥 Đang được quan tâm")))
    for _ in range(b.n(2, 3)):
        b.f("related", b.headline())
    b.ad()
    b.u(b.title)
    b.u(b.date())
    b.reactions() if b.p(0.3) else b.share()
    ins = [b.ad, b.inline_related, b.caption, b.ad]
    if b.p(0.5):
        ins.append(b.video_caption)
    if b.p(0.5):
        ins.append(b.inline_related)
    b.story(1, 2, ins)
    b.emit_trail_related()
    b.emit_byline()
    b.emit_credit(0.5)
    b.f("widget", b.ch(("Đăng ký nhận tin qua Zalo", "Theo dõi chúng tôi trên Facebook", "Bật thông báo để không bỏ lỡ tin nóng")))
    b.related_block(heading=b.ch(("ĐỌC NHIỀU NHẤT", "Xem nhiều", "TOP TIN 24H")), style="num", n=b.n(4, 6))
    b.f("widget", b.ch(("NỘI DUNG TÀI TRỢ", "Có thể bạn quan tâm (Tài trợ)", "Đề xuất từ đối tác")))
    for _ in range(b.n(2, 4)):
        b.f("widget", b.ch(_ADS))
        if b.p(0.5):
            b.f("widget", b.ch(_ADVERTISERS))
    b.comments()
    b.footer()


def _reader_mode(b: _Build):
    b.u(b.news[1])
    b.u(b.title)
    b.f("widget", b.ch((f"{b.n(2, 12)}-{b.n(13, 20)} phút", f"Thời gian đọc: {b.n(2, 9)} phút",
                        f"Ước tính {b.n(3, 15)} phút đọc")))
    top = b.p(0.6)
    if top:
        b.emit_byline()
    b.story(1, 5, [lambda: b.caption(False)] if b.p(0.3) else [])
    b.emit_trail_related()
    if not top and b.trailer("byline"):
        b.emit_byline()
    b.emit_credit(0.15)


_BUILDERS = {
    "portal_desktop": _portal_desktop, "mobile_amp": _mobile_amp, "app_share_copy": _app_share_copy,
    "facebook_post": _facebook_post, "zalo_forward": _zalo_forward, "email_digest": _email_digest,
    "print_ocr": _print_ocr, "screen_reader": _screen_reader, "web_archive": _web_archive,
    "aggregator_feed": _aggregator_feed, "tv_station": _tv_station, "radio_podcast": _radio_podcast,
    "gov_portal": _gov_portal, "forum_repost": _forum_repost, "printer_friendly": _printer_friendly,
    "emagazine_paywall": _emagazine_paywall, "rss_reader": _rss_reader,
    "ad_heavy_tabloid": _ad_heavy_tabloid, "reader_mode": _reader_mode,
}
assert tuple(_BUILDERS) == LAYOUTS


# --------------------------------------------------------------------------------------
# scraper faults
# --------------------------------------------------------------------------------------

FAULTS = ("nbsp", "zwsp", "bom", "double_space", "nfd", "glue")


def _fault_for(k: int):
    """About a quarter of the pages: one page in every block of four, at a seeded slot."""
    block = k // 4
    slot = random.Random(f"{SEED}:fault-slot:{block}").randrange(4)
    return FAULTS[block % len(FAULTS)] if k % 4 == slot else None


def _space_positions(s: str):
    return [i for i, c in enumerate(s) if c == " "]


def _apply_fault(kind, items, rng):
    items = list(items)
    if not items:
        return items
    if kind == "glue":
        pairs = [i for i in range(len(items) - 1)
                 if items[i][-1:] in ".!?" and _cap(items[i + 1][:1]) and items[i + 1][0].isalpha()]
        if not pairs:
            kind = "nbsp"
        else:
            for i in sorted(rng.sample(pairs, min(len(pairs), rng.randint(1, 3))), reverse=True):
                if i + 1 < len(items):
                    items[i:i + 2] = [items[i] + items[i + 1]]
            return items
    if kind == "nfd":
        return items
    out = []
    for s in items:
        pos = _space_positions(s)
        if not pos or rng.random() > 0.5:
            out.append(s)
            continue
        picks = sorted(rng.sample(pos, min(len(pos), rng.randint(1, 3))), reverse=True)
        if kind == "nbsp":
            for i in picks:
                s = s[:i] + "\u00a0" + s[i + 1:]
        elif kind == "zwsp":
            for i in picks:
                s = s[:i + 1] + "\u200b" + s[i + 1:]
        elif kind == "double_space":
            for i in picks:
                s = s[:i] + rng.choice(("  ", "   ")) + s[i + 1:]
        elif kind == "bom":
            s = "\ufeff" + s
        out.append(s)
    if out == items:  # make sure the fault shows at least once
        s = out[0]
        pos = _space_positions(s)
        if kind == "bom" or not pos:
            out[0] = "\ufeff" + s
        else:
            i = pos[len(pos) // 2]
            rep = {"nbsp": "\u00a0", "zwsp": " \u200b", "double_space": "  "}[kind]
            out[0] = s[:i] + rep + s[i + 1:]
    return out


# --------------------------------------------------------------------------------------
# main entry
# --------------------------------------------------------------------------------------

def _make_page(k, row, title, article, pool) -> Page:
    layout = LAYOUTS[k % len(LAYOUTS)]
    rng = random.Random(f"{SEED}:page:{k}:{row}")
    items, trailers = split_article(article)
    fault = _fault_for(k)
    if fault:
        items = _apply_fault(fault, items, random.Random(f"{SEED}:fault:{k}"))
    b = _Build(rng, title, items, trailers, pool)
    _BUILDERS[layout](b)
    lines, body, furn = b.lines, items, b.furn
    if fault == "nfd":
        nfd = lambda s: unicodedata.normalize("NFD", s)
        lines = [nfd(x) for x in lines]
        body = [nfd(x) for x in body]
        furn = [(kd, nfd(x)) for kd, x in furn]
    return Page("\n".join(lines), list(body), list(furn), layout)


def pages(train_path) -> list[Page]:
    body_rows, pool = _read(train_path)
    if not pool:  # no usable related rows: related furniture falls back to section names
        pool = [_Rel(-1, f"Tin {s.lower()} mới nhất", []) for s in _SECTIONS]
    return [_make_page(k, row, title, article, pool)
            for k, (row, title, article) in enumerate(body_rows)]


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 1:
        print("usage: python eval/clean_test28/make.py TRAIN.jsonl.gz", file=sys.stderr)
        return 2
    t0 = time.time()
    ps = pages(argv[0])
    print(f"pages={len(ps)} layouts={len({p.layout for p in ps})} "
          f"body_sentences={sum(len(p.body) for p in ps)} "
          f"furniture_lines={sum(len(p.furniture) for p in ps)} time={time.time() - t0:.1f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
