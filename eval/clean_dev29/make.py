"""Blind held-out cleaning test set 29: scraped-looking Vietnamese news pages.

Each usable VietNews row in BODY_ROWS becomes one page: the story's sentences
(split here, with glued author/credit/"Xem thêm" trailers split off) wrapped in
invented page furniture imitating one of LAYOUTS.  Other stories' headlines,
teasers and photo-caption sentences come only from RELATED_ROWS (title plus
the first RELATED_CUT characters of the article).

Standard library only; deterministic (SEED).

    python eval/clean_test29/make.py TRAIN.jsonl.gz [--out PAGES.jsonl]
"""

from __future__ import annotations

import datetime as _dt
import gzip
import json
import random
import re
import sys
import time
import unicodedata
from dataclasses import dataclass

SEED = 2921
BODY_ROWS = range(10_600, 10_900)
RELATED_ROWS = range(11_600, 12_000)
RELATED_CUT = 1_200
KINDS = ("byline", "credit", "caption", "related", "widget")
LAYOUTS = (
    "portal_desktop",
    "amp_mobile",
    "news_app_share",
    "facebook_page_post",
    "chat_forward",
    "email_newsletter",
    "print_ocr_scan",
    "screen_reader_dump",
    "web_archive_snapshot",
    "aggregator_card",
    "tv_station_site",
    "gov_portal",
    "forum_repost",
    "overseas_weekly",
    "pdf_print_export",
    "photo_gallery_story",
    "paywall_premium",
    "rss_reader_view",
)


@dataclass
class Page:
    text: str
    body: list[str]
    furniture: list[tuple[str, str]]
    layout: str


# --------------------------------------------------------------------------
# reading and text normalisation
# --------------------------------------------------------------------------


def _norm(s: str) -> str:
    """NFC, control/format characters removed, all whitespace runs -> one space."""
    s = unicodedata.normalize("NFC", s)
    s = "".join(
        ch
        for ch in s
        if ch.isspace() or unicodedata.category(ch) not in ("Cc", "Cf", "Cs", "Co")
    )
    return " ".join(s.split())


def _load(raw: bytes):
    try:
        s = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if not s.strip():
        return None
    try:
        row = json.loads(s)
    except ValueError:
        return None
    if not isinstance(row, dict):
        return None
    t, a = row.get("title"), row.get("article")
    if not isinstance(t, str) or not isinstance(a, str):
        return None
    return t, a


def _read(train_path):
    """Return (body rows [(line_no, title, article)], related rows [(line_no, title, cut_article)])."""
    body, related = [], []
    stop = max(BODY_ROWS.stop, RELATED_ROWS.stop)
    with open(train_path, "rb") as probe:
        is_gz = probe.read(2) == b"\x1f\x8b"
    with gzip.open(train_path, "rb") if is_gz else open(train_path, "rb") as f:
        for i, raw in enumerate(f):
            if i >= stop:
                break
            in_b, in_r = i in BODY_ROWS, i in RELATED_ROWS
            if not (in_b or in_r):
                continue
            got = _load(raw)
            if got is None:
                continue
            title, article = _norm(got[0]), got[1]
            if in_b:
                article = _norm(article)
                if title and article:
                    body.append((i, title, article))
            if in_r:
                cut = got[1][:RELATED_CUT]
                full = len(cut) == RELATED_CUT
                cut = _norm(cut)
                if title and cut:
                    related.append((i, title, cut, full))
    return body, related


# --------------------------------------------------------------------------
# sentence splitting and trailer detection
# --------------------------------------------------------------------------

_ABBR = {
    "TP",
    "Tp",
    "tp",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "St",
    "Jr",
    "Sr",
    "Th",
    "ThS",
    "TS",
    "PGS",
    "GS",
    "BS",
    "Co",
    "Inc",
    "Ltd",
    "No",
    "vs",
    "Mt",
    "Gen",
    "Lt",
    "Col",
    "Capt",
    "Sgt",
    "Prof",
    "etc",
    "U.S",
    "v.v",
    "Q",
    "P",
    "Tx",
    "TT",
    "ĐH",
}
_OPEN_Q = "\"“'‘("
_TERM = re.compile(r"[.!?…][\"'”’)»]*$|[.!?…] [\"'”’]$")
_MARK = re.compile(
    r"(?:^|\s)(?:Ảnh|Video|Clip|Đồ hoạ|Đồ họa|Nguồn ảnh|Infographic|Xem ?thêm)\s?:|(?:^|\s)Ảnh minh ho[ạa]"
)
_CREDIT_PAREN = re.compile(
    r"\s*\(((?:Theo|Nguồn|Video|Ảnh|Clip|Dịch|Lược dịch|Tổng hợp|Biên dịch)\b[^()]*)\)$"
)
_XEM = re.compile(r"(?:^|(?<=\s))Xem ?thêm\b")


def _split(text: str) -> list[str]:
    out, start = [], 0
    for m in re.finditer(r"[.!?…]+ +", text):
        nxt = text[m.end() :]
        if not nxt:
            continue
        c = nxt[0]
        punct = m.group().rstrip(" ")
        if c == '"' and text.count('"', 0, m.start()) % 2 == 1:
            # closing quote after the full stop: 'sinh. " An Hồng'
            after = nxt[1:]
            rest = after.lstrip(" ")
            if after[:1] == " " and rest and (rest[0].isupper() or rest[0].isdigit()):
                piece = text[start : m.end() + 1].strip()
                if piece:
                    out.append(piece)
                start = m.end() + 1 + (len(after) - len(rest))
            continue
        if c in _OPEN_Q:
            rest = nxt[1:].lstrip(" ")
            if not rest or not (rest[0].isupper() or rest[0].isdigit()):
                continue
        elif not (c.isupper() or c.isdigit()):
            continue
        if punct[-1] in "!?" and text.count('"', 0, m.start()) % 2 == 1:
            continue  # '" Senegal! Senegal "': no split inside an open quotation
        if punct == ".":
            prev = re.search(r"(\S+)$", text[start : m.start()])
            tok = prev.group(1).lstrip("(\"'“‘[") if prev else ""
            if (
                tok in _ABBR
                or (len(tok) == 1 and tok.isupper())
                or re.fullmatch(r"(?:\w\.)+\w", tok)
            ):
                continue
        piece = text[start : m.start() + len(punct)].strip()
        if piece:
            out.append(piece)
        start = m.end()
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return out


def _cap(w: str) -> bool:
    return (
        bool(w) and w[0].isupper() and not any(ch.isdigit() for ch in w) and w.isalpha()
    )


def _name_split(words: list[str]):
    """Split trailing 2-word author name from a run of words; (prefix_words, name) or None."""
    if len(words) >= 2 and _cap(words[-1]) and _cap(words[-2]):
        return words[:-2], " ".join(words[-2:])
    return None


def _parse_trailer_text(t: str) -> list[tuple[str, str]]:
    """Parse a glued trailer such as 'Xem thêm: X Ánh Ngọc (Theo AFP)'."""
    items: list[tuple[str, str]] = []
    credits = []
    while True:
        m = _CREDIT_PAREN.search(t)
        if not m:
            break
        credits.insert(0, ("credit", m.group(1).strip()))
        t = t[: m.start()].rstrip()
    words = t.split()
    if words:
        if words[0] in ("Theo", "Nguồn:", "Nguồn") and len(words) <= 6:
            items.append(("credit", " ".join(words)))
        elif len(words) <= 3 and all(_cap(w) for w in words):
            items.append(("byline", " ".join(words)))
        else:
            ns = _name_split(words)
            pre, name = ns if ns else (words, None)
            if pre:
                pre_s = " ".join(pre)
                kind = "related" if _XEM.match(pre_s) else "caption"
                items.append((kind, pre_s))
            if name:
                items.append(("byline", name))
    return items + credits


def _parse_article(article: str):
    """Return (body sentences, trailer items [(kind, text)])."""
    a = article
    trailer_text = ""
    ms = list(_XEM.finditer(a))
    if ms:
        p = ms[-1].start()
        if (
            p >= len(a) // 2
            and len(a) - p <= 320
            and p > 0
            and a[:p].rstrip()[-1:] in ".!?…\"'”"
        ):
            trailer_text = a[p:]
            a = a[:p].rstrip()
    # trailing parenthetical credits glued after the last sentence
    tail_credit = ""
    while True:
        m = _CREDIT_PAREN.search(a)
        if not m or m.start() == 0:
            break
        tail_credit = a[m.start() :].strip() + (
            " " + tail_credit if tail_credit else ""
        )
        a = a[: m.start()].rstrip()
    sents = _split(a)
    tail = ""
    if sents and not _TERM.search(sents[-1]):
        words = sents[-1].split()
        if len(sents) > 1 and (
            (len(words) <= 3 and all(_cap(w) for w in words))
            or (words and words[0] == "Theo" and len(words) <= 6)
            or _name_split(words)
        ):
            tail = sents.pop()
    trailer = []
    if trailer_text:
        trailer += _parse_trailer_text(trailer_text)
    if tail or tail_credit:
        trailer += _parse_trailer_text((tail + " " + tail_credit).strip())
    # sentences carrying a fused caption / credit / link are left off the page
    drop = set()
    for i, s in enumerate(sents):
        m = _MARK.search(s)
        if m:
            drop.add(i)
            if m.start() == 0 and i > 0:
                drop.add(i - 1)
    kept = [s for i, s in enumerate(sents) if i not in drop]
    if not kept:
        kept = sents
    if not kept:
        kept, trailer = [article], []
    return kept, trailer


def _related_pool(related):
    pool = []
    for i, title, cut, full in related:
        sents = _split(cut)
        if full and sents:
            sents = sents[:-1]
        sents = [s for s in sents if not _MARK.search(s)]
        cap = (
            sents[0]
            if sents and 15 <= len(sents[0]) <= 120 and _TERM.search(sents[0])
            else None
        )
        teasers = [s for s in sents[1:] if 40 <= len(s) <= 320 and _TERM.search(s)]
        pool.append({"row": i, "title": title, "caption": cap, "teasers": teasers})
    return pool


# --------------------------------------------------------------------------
# invented vocabulary
# --------------------------------------------------------------------------

_FAMILY = (
    "Nguyễn",
    "Trần",
    "Lê",
    "Phạm",
    "Hoàng",
    "Huỳnh",
    "Phan",
    "Vũ",
    "Võ",
    "Đặng",
    "Bùi",
    "Đỗ",
    "Hồ",
    "Ngô",
    "Dương",
    "Lý",
    "Trịnh",
    "Đinh",
    "Lâm",
    "Mai",
    "Tạ",
    "Quách",
    "Châu",
    "Kiều",
)
_MIDDLE = (
    "Văn",
    "Thị",
    "Minh",
    "Thu",
    "Ngọc",
    "Quốc",
    "Hữu",
    "Thanh",
    "Hoài",
    "Bảo",
    "Đức",
    "Kim",
    "Gia",
    "Xuân",
    "Hải",
    "Diệu",
    "Phương",
    "Tường",
)
_GIVEN = (
    "An",
    "Bình",
    "Châu",
    "Dũng",
    "Giang",
    "Hà",
    "Hạnh",
    "Hiếu",
    "Hùng",
    "Khoa",
    "Lan",
    "Linh",
    "Long",
    "Mai",
    "Nam",
    "Nhung",
    "Phong",
    "Phúc",
    "Quân",
    "Quyên",
    "Sơn",
    "Tâm",
    "Thảo",
    "Trang",
    "Tuấn",
    "Uyên",
    "Vy",
    "Yến",
    "Khánh",
    "Duy",
    "Lộc",
    "Oanh",
    "Thư",
    "Vinh",
)
_CITIES = (
    "Hà Nội",
    "TP.HCM",
    "Đà Nẵng",
    "Cần Thơ",
    "Huế",
    "Hải Phòng",
    "Washington",
    "New York",
    "Paris",
    "Tokyo",
    "Bắc Kinh",
    "Bangkok",
    "Moskva",
    "Berlin",
    "Seoul",
    "Sydney",
    "London",
)
_SRC = (
    "Reuters",
    "AFP",
    "AP",
    "BBC",
    "CNN",
    "Bloomberg",
    "Kyodo",
    "Yonhap",
    "TASS",
    "SCMP",
    "Guardian",
    "NHK",
    "Al Jazeera",
    "Thông tấn Đông Dương",
    "Nhật báo Thái Bình Dương",
    "Tạp chí Địa Cầu",
    "Tuần san Hải Ngoại",
    "Kênh Tin Tức Quốc Tế 7",
    "Bản tin Viễn Đông",
)
_SITES = (
    ("Báo Bình Minh", "binhminh.vn"),
    ("Tin Nhanh Phương Nam", "tinnhanhphuongnam.vn"),
    ("Thời báo Sông Hàn", "thoibaosonghan.com.vn"),
    ("Người Thời Nay", "nguoithoinay.net"),
    ("Nhịp Sống Việt", "nhipsongviet.vn"),
    ("Báo điện tử Đông Phong", "dongphong.vn"),
    ("Thế Giới 360", "thegioi360.net"),
    ("Tin Mới Mỗi Giờ", "tinmoimoigio.com"),
    ("Hồng Lam Online", "honglam.vn"),
    ("Cánh Diều News", "canhdieu.news"),
    ("Thông Tin Hằng Ngày", "thongtinhangngay.vn"),
    ("Báo Ánh Dương", "anhduong.com.vn"),
    ("Điểm Tin Toàn Cầu", "diemtintoancau.vn"),
    ("Phố Hiến Online", "phohien.online"),
)
_SECTIONS = (
    "Thế giới",
    "Quốc tế",
    "Thời sự quốc tế",
    "Tin thế giới",
    "Thế giới 24h",
    "Toàn cảnh",
)
_SUBSECTIONS = (
    "Quân sự",
    "Tư liệu",
    "Phân tích",
    "Hồ sơ",
    "Cuộc sống đó đây",
    "Người Việt 5 châu",
    "Châu Á",
    "Châu Âu",
    "Châu Mỹ",
    "Chuyện lạ",
    "Điểm nóng",
    "Bình luận quốc tế",
)
_MENU = (
    "Trang chủ",
    "Thời sự",
    "Thế giới",
    "Kinh doanh",
    "Giải trí",
    "Thể thao",
    "Pháp luật",
    "Giáo dục",
    "Sức khỏe",
    "Đời sống",
    "Du lịch",
    "Khoa học",
    "Số hóa",
    "Xe",
    "Ý kiến",
    "Tâm sự",
    "Video",
    "Podcast",
    "Quân sự",
    "Bất động sản",
    "Công nghệ",
    "Văn hóa",
    "Góc nhìn",
)
_SEPS = (" | ", " · ", "  ", " / ", " - ", " • ")
_WEEKDAY = ("Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật")
_WEEKDAY_SHORT = ("T2", "T3", "T4", "T5", "T6", "T7", "CN")
_EN_MONTH = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

_COMMENTS = (
    "Đọc mà thấy thương quá, mong mọi chuyện sớm ổn.",
    "Thế giới bây giờ bất ổn thật sự.",
    "Bài viết rất hay, cảm ơn tác giả!",
    "Tin này hôm qua đọc bên trang khác rồi mà?",
    "Không biết rồi sẽ đi đến đâu nữa...",
    "Nhìn lại mới thấy mình sống ở VN vẫn bình yên chán.",
    "Mong các cơ quan chức năng làm rõ sớm.",
    "Ai có link bản gốc tiếng Anh cho mình xin với.",
    "Tiêu đề hơi giật tít, đọc nội dung thì không phải vậy.",
    "Chuyện này cần nhìn nhận khách quan hơn.",
    "Hóng diễn biến tiếp theo.",
    "Sai chính tả ở đoạn thứ ba kìa ad ơi.",
    "Quá sốc, không thể tin được 😱",
    "Lại là chuyện cũ, năm nào cũng vậy.",
    "Chia buồn cùng gia đình các nạn nhân.",
    "Ủa vậy rồi giải quyết sao?",
    "Đề nghị báo đăng thêm bản đồ cho dễ hình dung.",
    "Hay quá, đã chia sẻ cho cả nhà cùng đọc.",
    "Dịch thuật lủng củng quá, đọc hai lần mới hiểu.",
    "Cứ tưởng chỉ có trong phim.",
    "Bình luận hơi phiến diện, nhưng thông tin thì hữu ích.",
    "Kẻ tám lạng người nửa cân thôi.",
    "Mình ở gần đó, tình hình đúng là căng thẳng lắm.",
    "Thời buổi gì đâu không hà 😔",
    "Tks báo đã cập nhật nhanh.",
)
_ADS = (
    "Vay tiêu dùng lãi suất 0% trong 3 tháng đầu – duyệt hồ sơ trong 15 phút",
    "Căn hộ ven sông chỉ từ 1,2 tỷ – nhận nhà ngay, chiết khấu 8%",
    "Giảm đến 50% vé máy bay đi Đà Lạt dịp cuối tuần",
    "Khóa học tiếng Anh giao tiếp online – học thử miễn phí 7 ngày",
    "Điện thoại Lumo X2 giảm sốc 2 triệu, trả góp 0%",
    "Bảo hiểm sức khỏe gia đình chỉ 9.000đ/ngày",
    "Máy lọc không khí chính hãng – bảo hành 5 năm",
    "Tuyển cộng tác viên bán hàng online, thu nhập 10-15 triệu/tháng",
    "Sữa hạt nguyên chất – mua 2 tặng 1 đến hết tháng này",
    "Tour Nhật Bản mùa hoa anh đào 5N4Đ trọn gói",
    "Mở tài khoản chứng khoán trong 5 phút, nhận ngay 200.000đ",
    "Nệm cao su thiên nhiên giảm 30% – giao hàng miễn phí toàn quốc",
)
_OVERSEAS_ADS = (
    "LUẬT SƯ TRẦN & ĐỖ – Tai nạn xe cộ, di trú, ly hôn – Tư vấn miễn phí (714) 555-0182",
    "NHA KHOA BÔNG HỒNG – Giảm 20% trám răng, nhận Medi-Cal – (408) 555-0147",
    "Cần gấp thợ nail biết làm bột, bao lương, khu Mỹ trắng – gọi anh Tuấn (281) 555-0113",
    "NHÀ HÀNG PHỞ QUÊ HƯƠNG – Mở cửa 7 ngày, nhận đặt tiệc cưới, sinh nhật",
    "Bảo hiểm Medicare – Nói tiếng Việt – Gọi ngay (626) 555-0190, không tốn phí",
    "Gửi hàng về Việt Nam 3 ngày tới nơi – Nhận tiền đô tại nhà",
    "Địa ốc Thái Bình – Mua bán nhà, tái tài trợ lãi suất thấp – (714) 555-0121",
    "Chuyên dạy lái xe, thi bằng lái bằng tiếng Việt – bao đậu",
)


def _person(rng) -> str:
    r = rng.random()
    if r < 0.45:
        return f"{rng.choice(_MIDDLE)} {rng.choice(_GIVEN)}"
    if r < 0.9:
        return f"{rng.choice(_FAMILY)} {rng.choice(_MIDDLE)} {rng.choice(_GIVEN)}"
    return f"{rng.choice(_FAMILY)} {rng.choice(_GIVEN)}"


def _reader(rng) -> str:
    r = rng.random()
    if r < 0.3:
        return f"{rng.choice(_FAMILY)} {rng.choice(_MIDDLE)} {rng.choice(_GIVEN)}"
    if r < 0.55:
        return f"{rng.choice(_GIVEN).lower()}{rng.choice(('_', '', '.'))}{rng.randrange(70, 2021)}"
    if r < 0.75:
        return f"{rng.choice(_GIVEN)} {rng.choice(_CITIES[:6])}"
    return f"{rng.choice(('Anh', 'Chị', 'Cô', 'Chú', 'Bác'))} {rng.choice(_GIVEN)}"


def _slug(title: str) -> str:
    s = unicodedata.normalize("NFD", title.lower()).replace("đ", "d")
    s = "".join(ch for ch in s if unicodedata.category(ch) != "Mn")
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s[:70].rstrip("-") or "bai-viet"


def _rel_time(rng) -> str:
    return rng.choice(
        (
            f"{rng.randint(1, 59)} phút trước",
            f"{rng.randint(1, 23)} giờ trước",
            f"{rng.randint(1, 6)} ngày trước",
            "Hôm qua",
            "Vừa xong",
        )
    )


# --------------------------------------------------------------------------
# page context
# --------------------------------------------------------------------------


class _Ctx:
    def __init__(self, rng: random.Random, row: int, title: str, sents, trailer, pool):
        self.rng = rng
        self.row = row
        self.title = title
        self.sents = list(sents)
        self.trailer = list(trailer)
        order = list(range(len(pool)))
        rng.shuffle(order)
        self._rel = [pool[i] for i in order[:16]]
        self.site, self.domain = rng.choice(_SITES)
        self.when = _dt.datetime(2016, 1, 1) + _dt.timedelta(
            minutes=rng.randrange(4 * 365 * 24 * 60)
        )
        self.section = rng.choice(_SECTIONS)
        self.sub = rng.choice(_SUBSECTIONS)
        self.art_id = rng.randrange(100_000, 4_000_000)
        self.url = f"https://{self.domain}/{_slug(self.section)}/{_slug(title)}-{self.art_id}.html"

    # ---- related material -------------------------------------------------
    def rel(self):
        return self._rel.pop(0) if self._rel else None

    def rels(self, n):
        out = []
        for _ in range(n):
            r = self.rel()
            if r is None:
                break
            out.append(r)
        return out

    def teaser(self, r):
        if not r["teasers"]:
            return None
        s = self.rng.choice(r["teasers"][:4])
        if len(s) > 150 and self.rng.random() < 0.5:
            cut = s[: self.rng.randint(90, 140)].rsplit(" ", 1)[0]
            s = cut + self.rng.choice(("...", "…", " ..."))
        return s

    def caption_src(self):
        """A caption sentence taken from a related story (None if the pool has none)."""
        for _ in range(4):
            r = self.rel()
            if r is None:
                return None
            if r["caption"]:
                return r["caption"]
        return None

    # ---- dates -----------------------------------------------------------
    def date_line(self, style=None):
        w, rng = self.when, self.rng
        wd = _WEEKDAY[w.weekday()]
        styles = (
            f"{wd}, {w.day}/{w.month}/{w.year}, {w:%H:%M} (GMT+7)",
            f"{w:%d/%m/%Y %H:%M}",
            f"{w:%H:%M} | {w:%d-%m-%Y}",
            f"Cập nhật: {w.hour}h{w:%M} ngày {w.day}/{w.month}/{w.year}",
            f"{wd}, ngày {w.day} tháng {w.month} năm {w.year}",
            f"Ngày đăng: {w:%Y-%m-%d %H:%M:%S}",
            f"{_WEEKDAY_SHORT[w.weekday()]}, {w:%d/%m/%Y} | {w:%H:%M}",
            f"{w:%d/%m/%Y - %H:%M}",
            f"Đăng lúc {w:%H:%M} {w:%d/%m/%Y}",
        )
        return styles[style] if style is not None else rng.choice(styles)

    # ---- paragraphs --------------------------------------------------------
    def paras(self, lo=1, hi=3):
        out, i, s = [], 0, self.sents
        while i < len(s):
            n = self.rng.randint(lo, hi)
            out.append(s[i : i + n])
            i += n
        return out

    # ---- bylines and credits ----------------------------------------------
    def byline(self, name=None):
        rng = self.rng
        name = name or _person(rng)
        forms = (
            "{n}",
            "{N}",
            "Bài và ảnh: {n}",
            "{n} - {c}",
            "Phóng viên {n}",
            "{n} (PV thường trú tại {c})",
            "Tác giả: {n}",
            "✍ {n}",
            "Thực hiện: {n} - {m}",
            "{n} (tổng hợp)",
            "Người viết: {n}",
            "BTV {n}",
            "{n} | Biên tập: {m}",
            "Bài: {n}",
            "- {n} -",
            "{N} / {site}",
        )
        return rng.choice(forms).format(
            n=name,
            N=name.upper(),
            c=rng.choice(_CITIES),
            m=_person(rng),
            site=self.site,
        )

    def credit(self, src=None):
        rng = self.rng
        src = src or rng.choice(_SRC)
        forms = (
            "Theo {s}",
            "(Theo {s})",
            "Nguồn: {s}",
            "Nguồn tin: {s}",
            "Lược dịch từ {s}",
            "Tổng hợp từ {s}, {t}",
            "Bài viết được dịch từ bản gốc đăng trên {s}",
            "THEO {S}",
            "Tin: {s}",
            "© {s}",
            "Theo {s} – {site} biên dịch",
            "(Nguồn: {s})",
        )
        return rng.choice(forms).format(
            s=src, S=src.upper(), t=rng.choice(_SRC), site=self.site
        )

    def caption(self, text=None):
        rng = self.rng
        text = text or self.caption_src()
        if text is None:
            return rng.choice(
                (
                    "Ảnh minh họa",
                    "(Ảnh minh họa: Internet)",
                    f"Ảnh: {rng.choice(_SRC)}",
                    "Ảnh: Tư liệu",
                    f"Ảnh: {_person(rng)}",
                )
            )
        bare = text.rstrip(".")
        forms = (
            "{t} Ảnh: {s}",
            "{t} (Ảnh: {s})",
            "{b} - Ảnh: {p}",
            "▲ {t}",
            "Hình: {t}",
            "{t} Ảnh minh họa.",
            "Ảnh {i}/{k}: {t}",
            "📷 {t}",
            "{b}. (Ảnh: {p})",
            "{t} | Ảnh: {S}",
            "[Chú thích ảnh] {t}",
            "{b} (ảnh chụp màn hình).",
            "{t}",
            "{t} Ảnh: {p}/{site}",
        )
        k = rng.randint(2, 12)
        return rng.choice(forms).format(
            t=text,
            b=bare,
            s=rng.choice(_SRC),
            S=rng.choice(_SRC).upper(),
            p=_person(rng),
            i=rng.randint(1, k),
            k=k,
            site=self.site,
        )

    def trailer_lines(self, *, upper=False, combine=None, xem_style=None, invent=0.0):
        """The article's own glued trailer rendered as furniture lines."""
        rng = self.rng
        by = [t for k, t in self.trailer if k == "byline"]
        cr = [t for k, t in self.trailer if k == "credit"]
        rel = [t for k, t in self.trailer if k == "related"]
        cap = [t for k, t in self.trailer if k == "caption"]
        out = []
        for t in rel:
            head = re.sub(r"^Xem ?thêm\s*:?\s*", "", t)
            style = xem_style or rng.choice(
                (
                    "Xem thêm: {h}",
                    ">> Xem thêm: {h}",
                    "» {h}",
                    "XEM THÊM: {h}",
                    "Đọc thêm: {h}",
                    "{x}",
                    "Tin liên quan: {h}",
                    "► {h}",
                )
            )
            out.append(
                (
                    "related",
                    style.format(h=head, x=t) if head and not head[0].islower() else t,
                )
            )
        for t in cap:
            out.append(
                (
                    "caption",
                    rng.choice(("{t}", "Video: {t}", "▶ {t}", "{t} (video)")).format(
                        t=t
                    ),
                )
            )
        if combine is None:
            combine = rng.random() < 0.35
        names = by[:]
        if not names and rng.random() < invent:
            names = [None]
        credits = []
        for c in cr:
            src = c[5:] if c.startswith("Theo ") else None
            if src and rng.random() < 0.6:
                credits.append(
                    rng.choice(
                        (
                            "(Theo {s})",
                            "Theo {s}",
                            "Nguồn: {s}",
                            "(Nguồn: {s})",
                            "Theo {s} / {site}",
                            "Lược dịch theo {s}",
                        )
                    ).format(s=src, site=self.site)
                )
            else:
                credits.append(c if rng.random() < 0.5 else f"({c})")
        if names and credits and combine:
            n = names[0] or _person(rng)
            line = f"{n} ({credits[0].strip('()')})"
            out.append(("byline", line.upper() if upper else line))
            names, credits = names[1:], credits[1:]
        for n in names:
            line = self.byline(n)
            out.append(("byline", line.upper() if upper else line))
        for c in credits:
            out.append(("credit", c.upper() if upper else c))
        return out

    # ---- widgets -----------------------------------------------------------
    def menu(self, n_lo=5, n_hi=10, one_line=True):
        items = self.rng.sample(_MENU[1:], self.rng.randint(n_lo, n_hi))
        if self.rng.random() < 0.6:
            items = ["Trang chủ"] + items
        if one_line:
            return [("widget", self.rng.choice(_SEPS).join(items))]
        return [("widget", x) for x in items]

    def crumb(self):
        rng = self.rng
        parts = rng.choice(
            (
                ["Trang chủ", self.section, self.sub],
                [self.section, self.sub],
                ["Trang chủ", self.section],
                [self.section],
            )
        )
        sep = rng.choice((" > ", " / ", " » ", " › ", " → ", " | "))
        return [("widget", sep.join(parts))]

    def share(self):
        rng = self.rng
        return [
            (
                "widget",
                rng.choice(
                    (
                        "Chia sẻ: Facebook Twitter Zalo",
                        f"Thích {rng.randint(1, 999)} | Chia sẻ",
                        "In bài viết | Gửi email | Lưu tin",
                        f"👍 {rng.randint(3, 900)}   💬 {rng.randint(0, 200)}   ↗ Chia sẻ",
                        "Facebook\u00a0\u00a0Zalo\u00a0\u00a0Copy link",
                        f"{rng.randint(2, 40)} bình luận · {rng.randint(5, 800)} lượt chia sẻ",
                        "Chia sẻ bài viết  |  Theo dõi trên Google News",
                        "[f] [t] [in] [✉]",
                        f"Lượt xem: {rng.randint(200, 90_000):,}".replace(",", "."),
                        "Gửi bài viết cho bạn bè  ·  Báo lỗi",
                        "A-  A  A+   🖨   🔖",
                    )
                ),
            )
        ]

    def tags(self):
        rng = self.rng
        caps = [w.strip(",.:;\"'") for w in self.title.split()]
        names = []
        for w in caps:
            if _cap(w) and w not in names and len(names) < 4:
                names.append(w)
        extra = rng.sample(
            (
                "tin nóng",
                "thế giới",
                "quốc tế",
                "điểm nóng",
                "tin tức 24h",
                "sự kiện",
                "quân sự",
                "ngoại giao",
                "chính trị",
                "đời sống",
            ),
            rng.randint(1, 3),
        )
        tg = names + extra
        lead = rng.choice(
            ("Từ khóa: ", "Tags: ", "Chủ đề: ", "#", "TAG: ", "Tìm thêm: ")
        )
        if lead == "#":
            return [("widget", " ".join("#" + re.sub(r"\s+", "", t) for t in tg))]
        return [("widget", lead + rng.choice((", ", " · ", " | ", "  ")).join(tg))]

    def ad(self, pool=_ADS):
        rng = self.rng
        out = []
        if rng.random() < 0.7:
            out.append(
                (
                    "widget",
                    rng.choice(
                        (
                            "Quảng cáo",
                            "QUẢNG CÁO",
                            "ADVERTISEMENT",
                            "Tài trợ",
                            "Nội dung được tài trợ",
                            "- Quảng cáo -",
                            "Sponsored",
                        )
                    ),
                )
            )
        out.append(("widget", rng.choice(pool)))
        if rng.random() < 0.4:
            out.append(
                (
                    "widget",
                    rng.choice(
                        (
                            "Xem ngay »",
                            "Đăng ký ngay",
                            "Tìm hiểu thêm",
                            "Mua ngay",
                            "Liên hệ ngay hôm nay!",
                        )
                    ),
                )
            )
        return out

    def comments(self, n_lo=1, n_hi=4, meta=True):
        rng = self.rng
        n = rng.randint(n_lo, n_hi)
        out = [
            (
                "widget",
                rng.choice(
                    (
                        f"Ý kiến bạn đọc ({n})",
                        f"Bình luận ({n})",
                        "Bình luận",
                        f"{n} bình luận",
                        "Ý KIẾN",
                        "Gửi ý kiến của bạn",
                    )
                ),
            )
        ]
        for c in rng.sample(_COMMENTS, n):
            who = _reader(rng)
            if rng.random() < 0.5:
                out.append(("widget", who))
                out.append(("widget", c))
            else:
                out.append(("widget", f"{who}: {c}"))
            if meta:
                out.append(
                    (
                        "widget",
                        rng.choice(
                            (
                                f"Thích · Trả lời · {_rel_time(rng)}",
                                f"{rng.randint(0, 99)} thích   Trả lời",
                                f"{_rel_time(rng)} | Trả lời | Báo vi phạm",
                                "Thích  Phản hồi",
                            )
                        ),
                    )
                )
        if rng.random() < 0.5:
            out.append(
                (
                    "widget",
                    rng.choice(
                        (
                            "Xem thêm bình luận",
                            "Xem tất cả bình luận ▾",
                            "Viết bình luận...",
                            "Đăng nhập để bình luận",
                        )
                    ),
                )
            )
        return out

    def rel_block(self, n_lo=3, n_hi=6, head=None, teaser_p=0.0, fmt=None):
        rng = self.rng
        rs = self.rels(rng.randint(n_lo, n_hi))
        if not rs:
            return []
        out = []
        if head is not False:
            out.append(
                (
                    "widget",
                    head
                    or rng.choice(
                        (
                            "Tin liên quan",
                            "TIN LIÊN QUAN",
                            "Bài viết liên quan:",
                            "Có thể bạn quan tâm",
                            "Tin cùng chuyên mục",
                            "Đọc nhiều nhất",
                            "Tin mới hơn",
                            "Xem thêm",
                            "Đừng bỏ lỡ",
                            "Tin khác",
                            "Cùng chủ đề",
                        )
                    ),
                )
            )
        fmt = fmt or rng.choice(
            (
                "{t}",
                "- {t}",
                "• {t}",
                "» {t}",
                "{i}. {t}",
                "{t} ({d})",
                "{t} - {site}",
                "[Video] {t}",
                "{t} | {r}",
                "→ {t}",
                "▪ {t}",
            )
        )
        for i, r in enumerate(rs, 1):
            d = self.when - _dt.timedelta(days=rng.randint(0, 20))
            out.append(
                (
                    "related",
                    fmt.format(
                        t=r["title"],
                        i=i,
                        d=f"{d.day}/{d.month}",
                        site=rng.choice(_SITES)[0],
                        r=_rel_time(rng),
                    ),
                )
            )
            if teaser_p and rng.random() < teaser_p:
                tz = self.teaser(r)
                if tz:
                    out.append(("related", tz))
        return out

    def inline_rel(self, styles=None):
        r = self.rel()
        if r is None:
            return []
        st = self.rng.choice(
            styles
            or (
                "Xem thêm: {t}",
                ">> {t}",
                "ĐỌC THÊM: {T}",
                "Tin liên quan: {t}",
                "Bạn có thể quan tâm: {t}",
                ">> Xem thêm: {t}",
                "► {t}",
                "[Đọc thêm] {t}",
                "→ Đọc thêm: {t}",
            )
        )
        return [("related", st.format(t=r["title"], T=r["title"].upper()))]

    def footer(self, n_lo=1, n_hi=3):
        rng = self.rng
        y = self.when.year
        pool = [
            f"© {y} {self.site}. Bảo lưu mọi quyền.",
            f"Giấy phép số {rng.randint(10, 600)}/GP-BTTTT cấp ngày {rng.randint(1, 28)}/{rng.randint(1, 12)}/{rng.randint(2008, y)}",
            f"Tổng biên tập: {_person(rng)}",
            f"Địa chỉ: Số {rng.randint(2, 300)} đường {rng.choice(_GIVEN)} {rng.choice(_MIDDLE)}, {rng.choice(_CITIES[:6])}",
            f"Điện thoại: 0{rng.randint(20, 29)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} - Email: toasoan@{self.domain}",
            "Ghi rõ nguồn khi phát hành lại thông tin từ website này.",
            f"Liên hệ quảng cáo: quangcao@{self.domain}",
            "Điều khoản sử dụng | Chính sách bảo mật | Liên hệ",
            "Về đầu trang ↑",
            f"Hotline: 0{rng.randint(900, 999)} {rng.randint(100, 999)} {rng.randint(100, 999)}",
        ]
        return [("widget", x) for x in rng.sample(pool, rng.randint(n_lo, n_hi))]

    def newsletter(self):
        rng = self.rng
        out = [
            (
                "widget",
                rng.choice(
                    (
                        "Đăng ký nhận bản tin",
                        "NHẬN TIN MỚI MỖI SÁNG",
                        "Đừng bỏ lỡ tin tức quan trọng – đăng ký bản tin miễn phí",
                    )
                ),
            )
        ]
        if rng.random() < 0.7:
            out.append(
                (
                    "widget",
                    rng.choice(
                        ("Nhập email của bạn", "Địa chỉ email...", "Email của bạn")
                    ),
                )
            )
        out.append(
            ("widget", rng.choice(("Đăng ký", "ĐĂNG KÝ", "Gửi", "Nhận bản tin")))
        )
        return out

    def cookie(self):
        rng = self.rng
        out = [
            (
                "widget",
                rng.choice(
                    (
                        "Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn. Bằng việc tiếp tục truy cập, bạn đồng ý với Chính sách quyền riêng tư.",
                        f"{self.site} dùng cookie và công nghệ tương tự để cá nhân hóa nội dung và quảng cáo.",
                        "Trang web này sử dụng cookie. Tìm hiểu thêm về cách chúng tôi xử lý dữ liệu của bạn.",
                    )
                ),
            )
        ]
        out.append(
            ("widget", rng.choice(("Đồng ý", "Chấp nhận tất cả", "Tôi hiểu", "OK")))
        )
        if rng.random() < 0.5:
            out.append(
                ("widget", rng.choice(("Tùy chỉnh", "Từ chối", "Cài đặt cookie")))
            )
        return out


def _weave(paras, slots):
    """Body paragraphs with furniture inserted after given paragraph indexes (clamped)."""
    out = []
    last = len(paras) - 1
    fixed = {}
    for idx, items in slots:
        idx = max(-1, min(idx, last))
        fixed.setdefault(idx, []).extend(items)
    out.extend(fixed.get(-1, []))
    for i, p in enumerate(paras):
        out.append(("body", p))
        out.extend(fixed.get(i, []))
    return out


# --------------------------------------------------------------------------
# layouts
# --------------------------------------------------------------------------


def _portal_desktop(c: _Ctx):
    rng = c.rng
    out = []
    if rng.random() < 0.5:
        out.append(
            (
                "widget",
                f"{_WEEKDAY[c.when.weekday()]}, {c.when:%d/%m/%Y}  |  {rng.choice(_CITIES[:6])} {rng.randint(18, 36)}°C",
            )
        )
    out.append(("site", rng.choice((c.site, c.site.upper(), c.domain))))
    if rng.random() < 0.5:
        out.append(
            (
                "widget",
                rng.choice(
                    ("Đăng nhập", "Tìm kiếm", "Đăng nhập | Đăng ký", "🔍 Tìm kiếm")
                ),
            )
        )
    out += c.menu()
    out += c.crumb()
    out.append(("title", c.title))
    out.append(("date", c.date_line()))
    if rng.random() < 0.5:
        out += c.share()
    paras = c.paras(1, 4)
    slots = []
    if rng.random() < 0.6:
        slots.append((-1 if rng.random() < 0.5 else 0, [("caption", c.caption())]))
    slots.append((len(paras) // 2, c.inline_rel()))
    if rng.random() < 0.5:
        slots.append((len(paras) // 2 + 1, c.ad()))
    if rng.random() < 0.4:
        slots.append((len(paras) - 2, [("caption", c.caption())]))
    out += _weave(paras, slots)
    out += c.trailer_lines(invent=0.4)
    out += c.tags()
    out += c.share()
    out += c.rel_block(3, 6, teaser_p=0.3)
    if rng.random() < 0.6:
        out += c.comments()
    if rng.random() < 0.5:
        out += c.rel_block(
            3, 5, head=rng.choice(("Tin mới nhất", "Xem nhiều", "ĐỌC NHIỀU"))
        )
    out += c.footer(1, 4)
    return out


def _amp_mobile(c: _Ctx):
    rng = c.rng
    out = [
        ("widget", x)
        for x in rng.sample(
            ("☰", "Menu", "🔍", "Tìm kiếm", "Đăng nhập", "≡ Chuyên mục"),
            rng.randint(1, 3),
        )
    ]
    out.append(("site", rng.choice((c.domain, c.site))))
    out.append(
        ("widget", rng.choice((c.section.upper(), c.section, f"{c.section} › {c.sub}")))
    )
    out.append(("title", c.title))
    out.append(("date", rng.choice((_rel_time(rng), c.date_line(1), c.date_line(6)))))
    tl = c.trailer_lines(combine=True, invent=0.5)
    top = [x for x in tl if x[0] in ("byline", "credit")]
    rest = [x for x in tl if x[0] not in ("byline", "credit")]
    out += top
    if rng.random() < 0.6:
        out.append(
            (
                "widget",
                rng.choice(
                    (
                        f"Thời gian đọc: {rng.randint(2, 7)} phút",
                        "🎧 Nghe bài viết",
                        f"▶ Nghe đọc bài · {rng.randint(1, 6)}:{rng.randint(0, 59):02d}",
                    )
                ),
            )
        )
    paras = c.paras(1, 2)
    slots = [(0, [("caption", c.caption())])] if rng.random() < 0.6 else []
    slots.append(
        (
            len(paras) // 3,
            [
                (
                    "widget",
                    rng.choice(
                        (
                            "ADVERTISEMENT",
                            "Quảng cáo",
                            "Cuộn để tiếp tục đọc",
                            "- Quảng cáo -",
                        )
                    ),
                )
            ],
        )
    )
    slots.append(
        (
            2 * len(paras) // 3,
            c.inline_rel(("Đọc tiếp: {t}", "Xem thêm: {t}", ">> {t}", "👉 {t}")),
        )
    )
    out += _weave(paras, slots)
    out += rest
    out += c.share()
    out += c.rel_block(
        2,
        5,
        head=rng.choice(("Bài viết cùng chuyên mục", "Tin liên quan", "Đọc tiếp")),
        fmt=rng.choice(("{t}", "{t} {r}", "{t} · {r}")),
    )
    out.append(
        (
            "widget",
            rng.choice(
                ("Xem phiên bản đầy đủ", "Về đầu trang", "Phiên bản di động · Máy tính")
            ),
        )
    )
    out += c.footer(1, 2)
    return out


def _news_app_share(c: _Ctx):
    rng = c.rng
    out = [("title", c.title)]
    if rng.random() < 0.6:
        out.append(
            (
                "site",
                rng.choice(
                    (f"— {c.site} —", f"[{c.site}]", f"Nguồn ứng dụng: {c.site}")
                ),
            )
        )
    if rng.random() < 0.5:
        out.append(("date", c.date_line()))
    out += _weave(c.paras(2, 5), [])
    out += c.trailer_lines()
    out.append(
        (
            "widget",
            rng.choice((f"Đọc bài gốc: {c.url}", c.url, f"Xem chi tiết tại: {c.url}")),
        )
    )
    out.append(
        (
            "widget",
            rng.choice(
                (
                    f"Được chia sẻ từ ứng dụng {c.site}. Tải ứng dụng tại: https://app.{c.domain}",
                    f"Gửi từ ứng dụng {c.site} trên iPhone",
                    f"Tải app {c.site} để đọc tin nhanh hơn: https://{c.domain}/app",
                    "Sent from my iPhone",
                )
            ),
        )
    )
    if rng.random() < 0.4:
        out += c.inline_rel(("Bài khác trên ứng dụng: {t}", "Đọc thêm trong app: {t}"))
    return out


def _facebook_page_post(c: _Ctx):
    rng = c.rng
    w = c.when
    out = [("site", rng.choice((c.site, f"{c.site} ✔", f"{c.site} - Tin thế giới")))]
    out.append(
        (
            "date",
            rng.choice(
                (
                    f"{w.day} tháng {w.month} lúc {w:%H:%M} · 🌏",
                    f"{rng.randint(1, 23)} giờ · 🌐",
                    f"{w.day} Tháng {w.month}, {w.year} · Công khai",
                )
            ),
        )
    )
    pre = rng.choice(("", "🔴 ", "⚡ ", "[TIN NÓNG] ", "📌 "))
    out.append(("title", pre + (c.title.upper() if rng.random() < 0.4 else c.title)))
    paras = c.paras(1, 3)
    out += _weave(paras, [])
    out += c.trailer_lines(invent=0.2)
    out.append(
        (
            "widget",
            " ".join(
                "#" + x
                for x in rng.sample(
                    (
                        "TinThếGiới",
                        "TinNóng",
                        "QuốcTế",
                        c.domain.split(".")[0],
                        "ĐiểmNóng",
                        "TinMới",
                        "ThờiSự",
                    ),
                    3,
                )
            ),
        )
    )
    if rng.random() < 0.7:
        out.append(("widget", c.domain.upper()))
        out.append(("widget", f"{c.title} | {c.site}"))
    out.append(("widget", f"👍❤️😮 {rng.randint(1, 9)},{rng.randint(1, 9)}K"))
    out.append(
        (
            "widget",
            f"{rng.randint(10, 900)} bình luận  {rng.randint(5, 500)} lượt chia sẻ",
        )
    )
    out.append(("widget", "Thích   Bình luận   Chia sẻ"))
    if rng.random() < 0.5:
        out.append(("widget", rng.choice(("Phù hợp nhất ▾", "Bình luận mới nhất ▾"))))
    for cm in rng.sample(_COMMENTS, rng.randint(2, 4)):
        out.append(("widget", _reader(rng)))
        out.append(("widget", cm))
        out.append(("widget", f"{rng.randint(1, 59)} phút  Thích  Phản hồi"))
        if rng.random() < 0.3:
            out.append(("widget", f"Xem {rng.randint(2, 30)} phản hồi"))
    if rng.random() < 0.5:
        out += c.rel_block(
            1, 3, head=rng.choice(("Bài viết khác từ Trang", "Xem thêm từ " + c.site))
        )
    out.append(
        (
            "widget",
            rng.choice(
                (
                    "Xem thêm bình luận",
                    "Viết bình luận...",
                    "Viết bình luận công khai...",
                )
            ),
        )
    )
    return out


def _chat_forward(c: _Ctx):
    rng = c.rng
    out = [
        (
            "widget",
            rng.choice(
                (
                    "Tin nhắn được chuyển tiếp",
                    "[Chuyển tiếp]",
                    "↪ Đã chuyển tiếp",
                    "Forwarded message",
                )
            ),
        )
    ]
    out.append(
        (
            "widget",
            f"{_reader(rng)} {c.when:%H:%M}" if rng.random() < 0.5 else _reader(rng),
        )
    )
    out.append(("title", rng.choice(("📌 ", "", "‼️ ", "*")) + c.title))
    out += _weave(c.paras(1, 2), [])
    out += c.trailer_lines()
    out.append(("widget", c.url))
    if rng.random() < 0.7:
        out.append(("site", rng.choice((c.domain, c.site))))
    if rng.random() < 0.6:
        out += c.inline_rel(
            ("Còn vụ này nữa nè: {t}", "Đọc luôn bài này: {t}", "Link khác: {t}")
        )
    for _ in range(rng.randint(1, 3)):
        out.append(
            (
                "widget",
                rng.choice(
                    (
                        "Ghê quá",
                        "Trời ơi 😢",
                        "Thời buổi gì đâu",
                        "Ok em",
                        "👍",
                        "Đọc rồi, sợ thiệt",
                        "Gửi cho ông bà nội đọc với",
                        "Hic",
                        "Tin này thật không vậy?",
                    )
                ),
            )
        )
        out.append(
            (
                "widget",
                rng.choice(
                    (
                        f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}",
                        "Đã xem",
                        "Đã nhận",
                        "❤️ 2",
                        "Trả lời",
                    )
                ),
            )
        )
    return out


def _email_newsletter(c: _Ctx):
    rng = c.rng
    w = c.when
    out = [
        (
            "widget",
            rng.choice(
                (
                    "Nếu email không hiển thị đúng, vui lòng xem trên trình duyệt.",
                    "Xem bản tin trên trình duyệt",
                    "Xem phiên bản web",
                )
            ),
        )
    ]
    out.append(
        (
            "site",
            rng.choice(
                (
                    f"BẢN TIN SÁNG | {c.site}",
                    f"{c.site} – Bản tin cuối ngày",
                    f"{c.site.upper()} NEWSLETTER",
                )
            ),
        )
    )
    out.append(
        ("date", f"{_WEEKDAY[w.weekday()]}, ngày {w.day} tháng {w.month} năm {w.year}")
    )
    out.append(
        (
            "widget",
            rng.choice(
                (
                    "Chào bạn đọc thân mến,",
                    f"Xin chào {rng.choice(_GIVEN)},",
                    "Kính gửi quý độc giả,",
                )
            ),
        )
    )
    if rng.random() < 0.6:
        out.append(
            (
                "widget",
                rng.choice(
                    ("TÂM ĐIỂM HÔM NAY", "Tin nổi bật", "Câu chuyện đáng chú ý")
                ),
            )
        )
    out.append(("title", c.title))
    out += _weave(c.paras(1, 4), [])
    out += c.trailer_lines()
    out.append(
        (
            "widget",
            rng.choice(("Đọc tiếp trên website →", "Đọc toàn bài", "ĐỌC TIẾP »")),
        )
    )
    out.append(
        (
            "widget",
            rng.choice(
                (
                    "Các tin đáng chú ý khác",
                    "Tin khác trong ngày",
                    "CÓ THỂ BẠN ĐÃ BỎ LỠ",
                )
            ),
        )
    )
    for r in c.rels(rng.randint(2, 4)):
        out.append(("related", r["title"]))
        tz = c.teaser(r)
        if tz:
            out.append(("related", tz))
        if rng.random() < 0.3:
            out.append(("widget", "Đọc thêm →"))
    if rng.random() < 0.6:
        out.append(("widget", "TÀI TRỢ"))
        out.append(("widget", rng.choice(_ADS)))
    out.append(
        (
            "widget",
            rng.choice(
                (
                    f"Bạn nhận được email này vì đã đăng ký bản tin của {c.site}.",
                    "Email được gửi tự động, vui lòng không trả lời.",
                    f"Bạn đang nhận thư tại địa chỉ đã đăng ký với {c.domain}.",
                )
            ),
        )
    )
    out.append(
        (
            "widget",
            rng.choice(
                (
                    "Hủy đăng ký | Quản lý tùy chọn",
                    "Hủy nhận tin",
                    "Thay đổi tần suất nhận tin · Hủy đăng ký",
                )
            ),
        )
    )
    out += c.footer(1, 2)
    return out


def _print_ocr_scan(c: _Ctx):
    rng = c.rng
    w = c.when
    page = rng.randint(3, 23)
    out = [
        (
            "widget",
            rng.choice(
                (
                    f"{page} {_WEEKDAY[w.weekday()].upper()} {w.day}-{w.month}-{w.year}  {c.site.upper()}",
                    f"QUỐC TẾ   Số {rng.randint(50, 365)} ({rng.randint(4000, 9000)})   Trang {page}",
                    f"{c.site.upper()} - {w.day}.{w.month}.{w.year} - {page}",
                )
            ),
        )
    ]
    if rng.random() < 0.6:
        out.append(
            (
                "widget",
                rng.choice(
                    (
                        "CHUYỆN THẾ GIỚI",
                        "TIN QUỐC TẾ",
                        "THẾ GIỚI ĐÓ ĐÂY",
                        "SỰ KIỆN - BÌNH LUẬN",
                    )
                ),
            )
        )
    out.append(("title", c.title.upper() if rng.random() < 0.7 else c.title))
    tl = c.trailer_lines(upper=rng.random() < 0.6, combine=False)
    top = [x for x in tl if x[0] == "byline"]
    rest = [x for x in tl if x[0] != "byline"]
    if rng.random() < 0.5:
        out += top
        top = []
    paras = c.paras(2, 5)
    slots = []
    if rng.random() < 0.6:
        slots.append((0, [("caption", c.caption())]))
    if len(paras) > 2 and rng.random() < 0.6:
        slots.append(
            (
                len(paras) // 2,
                [
                    ("widget", f"(Xem tiếp trang {page + 1})"),
                    (
                        "widget",
                        f"{c.site.upper()}  {_WEEKDAY[w.weekday()]} {w.day}-{w.month}-{w.year}  {page + 1}",
                    ),
                    ("widget", f"(Tiếp theo trang {page})"),
                ],
            )
        )
    out += _weave(paras, slots)
    out += top + rest
    out.append(("widget", rng.choice(("■", "•••", "— ♦ —", "❖", str(page)))))
    if rng.random() < 0.5:
        out.append(("widget", rng.choice(("TIN VẮN", "ĐIỂM TIN"))))
        out += c.rel_block(1, 3, head=False, fmt="• {t}", teaser_p=0.7)
    return out


def _screen_reader_dump(c: _Ctx):
    rng = c.rng
    out = [
        (
            "widget",
            rng.choice(
                (
                    "Bỏ qua nội dung, đến phần chính",
                    "liên kết, Chuyển đến nội dung chính",
                )
            ),
        )
    ]
    out.append(("widget", f"điều hướng, danh sách {rng.randint(6, 12)} mục"))
    for m in rng.sample(_MENU[1:], rng.randint(2, 5)):
        out.append(("widget", f"liên kết, {m}"))
    out.append(("widget", "kết thúc danh sách"))
    out.append(
        (
            "site",
            rng.choice((f"liên kết, biểu trưng {c.site}", f"hình ảnh, logo {c.site}")),
        )
    )
    out.append(("title", f"tiêu đề cấp 1, {c.title}"))
    out.append(("date", c.date_line()))
    if rng.random() < 0.6:
        out.append(
            ("widget", rng.choice(("nút, Nghe bài viết", "nút, Chia sẻ", "nút, Lưu")))
        )
    paras = c.paras(1, 2)
    slots = []
    if rng.random() < 0.7:
        cap = c.caption_src()
        slots.append(
            (
                0,
                [
                    (
                        "caption",
                        f"hình ảnh, {cap}" if cap else "hình ảnh, không có mô tả",
                    )
                ],
            )
        )
    r = c.rel()
    if r:
        slots.append((len(paras) // 2, [("related", f"liên kết, {r['title']}")]))
    out += _weave(paras, slots)
    out += c.trailer_lines()
    out.append(("widget", "vùng bổ sung"))
    out.append(
        (
            "widget",
            rng.choice(("tiêu đề cấp 2, Tin liên quan", "tiêu đề cấp 2, Đọc thêm")),
        )
    )
    out.append(("widget", f"danh sách {rng.randint(3, 5)} mục"))
    for r in c.rels(rng.randint(2, 4)):
        out.append(("related", f"liên kết, {r['title']}"))
    out.append(("widget", "kết thúc danh sách"))
    out.append(("widget", f"thông tin nội dung, © {c.when.year} {c.site}"))
    return out


def _web_archive_snapshot(c: _Ctx):
    rng = c.rng
    w = c.when + _dt.timedelta(days=rng.randint(1, 900), minutes=rng.randint(0, 1440))
    out = [("widget", f"Kho Lưu Trữ Mạng – bản chụp ngày {w:%d/%m/%Y %H:%M:%S}")]
    out.append(
        ("widget", f"{rng.randint(2, 80)} lần lưu · {c.when:%d/%m/%Y} – {w:%d/%m/%Y}")
    )
    if rng.random() < 0.5:
        out.append(("widget", "Bản lưu có thể thiếu hình ảnh hoặc định dạng gốc."))
    out.append(("site", c.site))
    out += c.menu()
    out.append(("title", c.title))
    out.append(("date", c.date_line()))
    paras = c.paras(1, 4)
    slots = [
        (
            0,
            [
                (
                    "widget",
                    rng.choice(
                        ("[Không tải được hình ảnh]", "[image]", "🖼 hình ảnh bị lỗi")
                    ),
                ),
                ("caption", c.caption()),
            ],
        )
    ]
    if rng.random() < 0.5:
        slots.append((len(paras) // 2, c.inline_rel()))
    out += _weave(paras, slots)
    out += c.trailer_lines()
    out += c.rel_block(2, 5)
    out.append(
        (
            "widget",
            rng.choice(
                (
                    "Lỗi tải bình luận: không thể kết nối máy chủ.",
                    "Đang tải bình luận...",
                    "Plugin bình luận không khả dụng trong bản lưu.",
                )
            ),
        )
    )
    out += c.footer(1, 3)
    return out


def _aggregator_card(c: _Ctx):
    rng = c.rng
    out = [
        (
            "site",
            rng.choice(("Đọc Báo Nhanh", "Tin Gom", "BáoTổngHợp.vn", "Góc Tin Tức")),
        )
    ]
    out += c.menu(4, 8)
    out.append(("credit", rng.choice((f"Nguồn: {c.site}", c.site, f"Theo {c.domain}"))))
    out.append(("title", c.title))
    out.append(("date", rng.choice((c.date_line(1), _rel_time(rng)))))
    paras = c.paras(1, 3)
    slots = []
    if rng.random() < 0.5:
        slots.append((0, [("caption", c.caption())]))
    out += _weave(paras, slots)
    out += c.trailer_lines()
    out.append(
        (
            "widget",
            rng.choice(
                (
                    f"Xem bài gốc tại {c.site} ›",
                    "Xem nguồn",
                    f"Đọc bài gốc trên {c.domain}",
                )
            ),
        )
    )
    out += c.rel_block(
        2,
        5,
        head=rng.choice(("Cùng chủ đề", "Tin cùng nguồn")),
        fmt="{t} - {site} - {r}",
    )
    if rng.random() < 0.6:
        out += c.rel_block(2, 4, head="Có thể bạn quan tâm", teaser_p=0.6)
    out.append(
        (
            "widget",
            rng.choice(
                (
                    "Tải ứng dụng để đọc tin nhanh hơn",
                    "Báo lỗi tin",
                    "Ẩn tin từ nguồn này",
                )
            ),
        )
    )
    out.append(
        (
            "widget",
            "Trang tổng hợp tin tự động, không chịu trách nhiệm về nội dung bài viết gốc.",
        )
    )
    return out


def _tv_station_site(c: _Ctx):
    rng = c.rng
    st = rng.choice(
        (
            "Truyền hình Sông Lam – SLTV",
            "Đài PT-TH Tây Hải",
            "Kênh Thời sự 24/7",
            "Đài Tiếng nói Miền Trung",
            "THVN Quốc tế",
        )
    )
    out = [("site", st)]
    out.append(
        (
            "widget",
            " | ".join(
                rng.sample(
                    (
                        "Trực tiếp",
                        "Thời sự",
                        "Chương trình",
                        "Lịch phát sóng",
                        "Podcast",
                        "Phát thanh",
                        "Video",
                    ),
                    5,
                )
            ),
        )
    )
    if rng.random() < 0.6:
        out.append(
            (
                "widget",
                f"ĐANG PHÁT SÓNG: {rng.choice(('Bản tin Thế giới 24h', 'Thời sự 19h', 'Chào buổi sáng', 'Thế giới hôm nay'))}",
            )
        )
    out.append(("title", c.title))
    out.append(("date", c.date_line(rng.choice((1, 3, 8)))))
    out.append(("widget", f"▶ {rng.randint(0, 4):02d}:{rng.randint(0, 59):02d}"))
    cap = c.caption_src()
    out.append(("caption", f"Video: {cap}" if cap else "Video: Bản tin thời sự"))
    paras = c.paras(1, 3)
    out += _weave(paras, [])
    tl = c.trailer_lines()
    out += tl
    if rng.random() < 0.6:
        out.append(
            ("byline", f"Biên tập: {_person(rng)} | Dẫn chương trình: {_person(rng)}")
        )
    if rng.random() < 0.5:
        out.append(("widget", "Lịch phát sóng hôm nay"))
        for h in sorted(rng.sample(range(6, 23), 3)):
            out.append(
                (
                    "widget",
                    f"{h:02d}:{rng.choice(('00', '15', '30', '45'))} {rng.choice(('Thời sự', 'Thời tiết', 'Thế giới 360', 'Phim truyện', 'Ca nhạc', 'Bản tin tài chính'))}",
                )
            )
    out += c.rel_block(
        2, 4, head="Video liên quan", fmt=rng.choice(("[Video] {t}", "▶ {t}", "{t}"))
    )
    out.append(
        (
            "widget",
            f"Giấy phép hoạt động phát thanh, truyền hình số {rng.randint(100, 999)}/GP-BTTTT",
        )
    )
    return out


def _gov_portal(c: _Ctx):
    rng = c.rng
    prov = rng.choice(("TÂY HẢI", "BẮC ĐOÀI", "NAM SƠN", "LONG GIANG", "HẢI ĐÔNG"))
    out = [
        (
            "site",
            rng.choice(
                (
                    f"CỔNG THÔNG TIN ĐIỆN TỬ TỈNH {prov}",
                    f"Trang thông tin điện tử Sở Ngoại vụ tỉnh {prov.title()}",
                )
            ),
        )
    ]
    out.append(("widget", f"Cơ quan chủ quản: UBND tỉnh {prov.title()}"))
    out.append(
        ("widget", "Giới thiệu | Tin tức – Sự kiện | Văn bản | Dịch vụ công | Hỏi đáp")
    )
    out.append(("widget", "Trang chủ » Tin tức - Sự kiện » Tin quốc tế"))
    out.append(("title", c.title))
    out.append(("date", c.date_line(rng.choice((5, 2, 7)))))
    out.append(
        (
            "widget",
            rng.choice(
                (
                    f"Lượt xem: {rng.randint(20, 5000)}",
                    "Cỡ chữ: A A A",
                    "In trang | Gửi email | Lưu",
                )
            ),
        )
    )
    out += _weave(c.paras(2, 4), [])
    tl = c.trailer_lines(combine=False)
    if not tl:
        tl = [
            (
                "byline",
                f"{rng.choice(('Tác giả', 'Người viết', 'Tin'))}: {_person(rng)}",
            ),
            ("credit", f"Nguồn: {rng.choice(_SRC)}"),
        ]
    out += tl
    out.append(("widget", "Đánh giá bài viết: ☆☆☆☆☆"))
    out.append(("widget", "Tổng số điểm của bài viết là: 0 trong 0 đánh giá"))
    out.append(("widget", rng.choice(("Các tin khác", "Tin đã đưa", "CÁC TIN KHÁC"))))
    for r in c.rels(rng.randint(3, 6)):
        d = c.when - _dt.timedelta(days=rng.randint(1, 40))
        out.append(("related", f"{r['title']} ({d:%d/%m/%Y})"))
    out.append(
        (
            "widget",
            f"Thống kê truy cập: Đang online: {rng.randint(10, 300)} | Tổng: {rng.randint(10**5, 10**7):,}".replace(
                ",", "."
            ),
        )
    )
    out.append(("widget", f"Trưởng Ban biên tập: {_person(rng)}"))
    out.append(
        (
            "widget",
            f'Ghi rõ nguồn "Cổng TTĐT tỉnh {prov.title()}" khi phát hành lại thông tin từ Cổng này.',
        )
    )
    return out


def _forum_repost(c: _Ctx):
    rng = c.rng
    w = c.when
    user = _reader(rng).replace(" ", "")
    out = [
        (
            "site",
            rng.choice(
                (
                    "Diễn đàn Bạn Đường",
                    "Hội quán Xóm Mạng",
                    "Forum Cafe Thời Sự",
                    "Diễn đàn Sân Đình",
                )
            ),
        )
    ]
    out.append(
        (
            "widget",
            rng.choice(
                (
                    "Diễn đàn › Thời sự - Xã hội › Tin quốc tế",
                    "Trang chủ » Chuyện thế giới",
                    "Diễn đàn > Chém gió > Quốc tế",
                )
            ),
        )
    )
    out.append(
        ("title", rng.choice(("", "[Tin] ", "[Quốc tế] ", "[Sưu tầm] ")) + c.title)
    )
    out.append(("widget", f"Thảo luận trong '{c.sub}' bắt đầu bởi {user}"))
    out.append(("date", f"{w.day}/{w.month}/{w.year % 100:02d} lúc {w:%H:%M}"))
    out.append(("widget", "#1"))
    out.append(("widget", user))
    out.append(
        (
            "widget",
            rng.choice(
                (
                    "Thành viên tích cực",
                    "Thành viên mới",
                    "Điều hành viên",
                    "Thành viên VIP",
                )
            ),
        )
    )
    out.append(
        ("widget", f"Bài viết: {rng.randint(10, 9000)} · Điểm: {rng.randint(1, 900)}")
    )
    out += _weave(c.paras(1, 3), [])
    out += c.trailer_lines()
    out.append(
        (
            "credit",
            rng.choice(
                (f"Nguồn: {c.domain}", f"Nguồn: {c.url}", f"(sưu tầm từ {c.site})")
            ),
        )
    )
    if rng.random() < 0.6:
        out.append(("widget", "_______________"))
        out.append(
            (
                "widget",
                rng.choice(
                    (
                        "Sống chậm lại, nghĩ khác đi.",
                        "Đi một ngày đàng học một sàng khôn.",
                        "Xe cũ – đường xa – lòng vẫn trẻ",
                    )
                ),
            )
        )
    out.append(
        (
            "widget",
            rng.choice(
                ("Thích · Trích dẫn · Trả lời", "Báo cáo   Trả lời   Trích dẫn")
            ),
        )
    )
    out.append(("widget", f"{rng.randint(1, 40)} người thích bài này"))
    for j in range(rng.randint(1, 3)):
        out.append(("widget", f"#{j + 2}"))
        out.append(("widget", _reader(rng).replace(" ", "")))
        if j == 0 and rng.random() < 0.6:
            r = c.rel()
            if r:
                out.append(
                    (
                        "related",
                        rng.choice(
                            (
                                "Có bài này liên quan nè: {t}",
                                "Link liên quan: {t}",
                                'Bác xem thêm vụ "{t}"',
                            )
                        ).format(t=r["title"]),
                    )
                )
                continue
        out.append(("widget", rng.choice(_COMMENTS)))
    out.append(
        (
            "widget",
            rng.choice(
                ("Bạn phải đăng nhập để trả lời.", "Trả lời nhanh", "Chia sẻ trang này")
            ),
        )
    )
    return out


def _overseas_weekly(c: _Ctx):
    rng = c.rng
    w = c.when
    paper, place = rng.choice(
        (
            ("Nhật báo Sóng Mới", "Westminster, CA"),
            ("Tuần báo Việt Úc", "Sydney, NSW"),
            ("Báo Cộng Đồng Houston", "Houston, TX"),
            ("Tiếng Việt Berlin", "Berlin"),
            ("Tuần báo Phố Bolsa", "Garden Grove, CA"),
        )
    )
    out = [("site", paper)]
    out.append(
        (
            "widget",
            rng.choice(
                (
                    "Tiếng nói của cộng đồng người Việt hải ngoại",
                    "Thông tin – Cộng đồng – Đời sống",
                    f"Phục vụ đồng hương tại {place} từ năm {rng.randint(1979, 2005)}",
                )
            ),
        )
    )
    out.append(("widget", f"{_EN_MONTH[w.month - 1]} {w.day}, {w.year}  |  {place}"))
    out.append(
        (
            "widget",
            "Trang Nhất | Cộng Đồng | Việt Nam | Thế Giới | Rao Vặt | Cáo Phó | Ủng Hộ",
        )
    )
    out.append(("title", c.title))
    out.append(
        (
            "date",
            rng.choice(
                (
                    f"{w:%d/%m/%Y}",
                    f"{_EN_MONTH[w.month - 1]} {w.day}, {w.year} {w:%I:%M %p}",
                )
            ),
        )
    )
    tl = c.trailer_lines(combine=False)
    paras = c.paras(1, 4)
    slots = [(len(paras) // 2, c.ad(_OVERSEAS_ADS))]
    if rng.random() < 0.5:
        slots.append((0, [("caption", c.caption())]))
    out += _weave(paras, slots)
    out += tl
    out.append(
        (
            "credit",
            rng.choice(
                (
                    f"({paper} tổng hợp)",
                    f"{paper} biên dịch",
                    f"– {paper.split()[-1]} –",
                )
            ),
        )
    )
    out += c.rel_block(
        2, 4, head=rng.choice(("Tin cùng mục", "Tin liên quan", "Bài đọc nhiều"))
    )
    out += c.ad(_OVERSEAS_ADS)
    out.append(
        (
            "widget",
            rng.choice(
                ("Ủng hộ báo chí độc lập — Donate", "Đăng rao vặt: gọi văn phòng báo")
            ),
        )
    )
    out.append(("widget", f"© {w.year} {paper} · {place}"))
    return out


def _pdf_print_export(c: _Ctx):
    rng = c.rng
    w = c.when
    printed = w + _dt.timedelta(days=rng.randint(0, 400), minutes=rng.randint(1, 900))
    head = f"{printed:%d/%m/%Y %H:%M}  {c.title} | {c.site}"
    out = [("widget", head)]
    if rng.random() < 0.5:
        out.append(("widget", "In bài viết | Đóng cửa sổ"))
    out.append(("site", c.site))
    out.append(("title", c.title))
    out.append(("date", c.date_line()))
    paras = c.paras(2, 4)
    n_pages = 2 if len(paras) > 2 else 1
    slots = []
    if n_pages == 2:
        slots.append(
            (len(paras) // 2, [("widget", f"{c.url}  1/{n_pages}"), ("widget", head)])
        )
    if rng.random() < 0.5:
        slots.append((0, [("caption", c.caption())]))
    out += _weave(paras, slots)
    out += c.trailer_lines(invent=0.3)
    out.append(("widget", f"Link bài gốc: {c.url}"))
    out.append(("widget", f"{c.url}  {n_pages}/{n_pages}"))
    return out


def _photo_gallery_story(c: _Ctx):
    rng = c.rng
    out = [("site", c.site)]
    out += c.menu(3, 6)
    out.append(("widget", rng.choice(("ẢNH", "Phóng sự ảnh", "Photo", "Góc ảnh"))))
    out.append(("title", c.title))
    out.append(("date", c.date_line()))
    paras = c.paras(1, 2)
    k = min(len(paras), rng.randint(3, 8))
    slots = []
    for j in range(k):
        items = []
        if rng.random() < 0.5:
            items.append(("widget", f"Ảnh {j + 1}/{k}"))
        items.append(("caption", c.caption()))
        slots.append((j * max(1, len(paras) // k) - (1 if j == 0 else 0), items))
    out += _weave(paras, slots)
    tl = c.trailer_lines(combine=False)
    out += tl
    if rng.random() < 0.6:
        out.append(("byline", f"Ảnh: {rng.choice(_SRC)} | Bài: {_person(rng)}"))
    out.append(
        (
            "widget",
            rng.choice(("Tải ảnh gốc", "Chế độ toàn màn hình", "⤢ Xem toàn màn hình")),
        )
    )
    out += c.rel_block(
        2,
        4,
        head=rng.choice(("Xem thêm ảnh", "Album khác")),
        fmt=rng.choice(("[Ảnh] {t}", "{t}", "📷 {t}")),
    )
    out += c.footer(1, 2)
    return out


def _paywall_premium(c: _Ctx):
    rng = c.rng
    out = c.cookie()
    out.append(
        (
            "site",
            rng.choice((f"{c.site} Premium", f"{c.site} | Chuyên sâu", f"{c.site}+")),
        )
    )
    out.append(
        ("widget", rng.choice(("Đăng nhập | Đăng ký", "Tài khoản", "Đăng nhập")))
    )
    out.append(
        (
            "widget",
            rng.choice(("PREMIUM", "Dành cho thành viên", "★ Bài viết độc quyền")),
        )
    )
    out.append(("title", c.title))
    out.append(("date", c.date_line()))
    out.append(
        (
            "widget",
            rng.choice(
                (
                    f"Bạn còn {rng.randint(1, 4)} bài viết miễn phí trong tháng này.",
                    "Bài viết này dành riêng cho thành viên.",
                    "Bạn đang đọc thử bài viết Premium.",
                )
            ),
        )
    )
    paras = c.paras(1, 3)
    wall = [
        (
            "widget",
            rng.choice(
                (
                    "Đăng ký gói Thành viên để đọc không giới hạn",
                    "Mở khóa toàn bộ bài viết",
                )
            ),
        ),
        (
            "widget",
            f"Chỉ {rng.choice(('29.000', '39.000', '49.000', '59.000'))}đ/tháng – Hủy bất cứ lúc nào",
        ),
        ("widget", "Đã là thành viên? Đăng nhập"),
    ]
    out += _weave(paras, [(rng.randint(0, max(0, len(paras) - 2)), wall)])
    out += c.trailer_lines()
    out.append(
        (
            "widget",
            rng.choice(
                (
                    "Tặng bài viết này cho bạn bè",
                    "🔖 Lưu bài",
                    "Tặng bài · Lưu · Chia sẻ",
                )
            ),
        )
    )
    out += c.rel_block(
        2, 4, head=rng.choice(("Dành cho bạn", "Bài Premium khác")), teaser_p=0.7
    )
    out += c.newsletter()
    out += c.footer(1, 2)
    return out


def _rss_reader_view(c: _Ctx):
    rng = c.rng
    out = [
        (
            "widget",
            rng.choice(("← Quay lại", "‹ Tất cả bài viết", "Danh sách nguồn cấp")),
        )
    ]
    out.append(("widget", f"Nguồn cấp: {c.site} – {c.section}"))
    if rng.random() < 0.6:
        out.append(("site", c.domain))
    out.append(("title", c.title))
    w = c.when
    out.append(("date", f"{w.day:02d} Th{w.month} {w.year} {w:%H:%M}"))
    if rng.random() < 0.6:
        out.append(("widget", f"Thời gian đọc ước tính: {rng.randint(2, 8)} phút"))
    out += _weave(c.paras(1, 4), [])
    out += c.trailer_lines()
    out.append(
        ("widget", rng.choice(("Mở trong trình duyệt", "Xem trên web", "Mở bài gốc ↗")))
    )
    out.append(
        (
            "widget",
            rng.choice(("Đánh dấu là đã đọc", "★ Lưu để đọc sau", "Đánh dấu chưa đọc")),
        )
    )
    r = c.rel()
    if r:
        out.append(("related", f"Bài tiếp theo trong nguồn cấp: {r['title']}"))
        tz = c.teaser(r)
        if tz:
            out.append(("related", tz))
    out.append(
        (
            "widget",
            f"Đã đồng bộ lúc {(w + _dt.timedelta(minutes=rng.randint(5, 300))):%H:%M}",
        )
    )
    return out


_BUILDERS = {
    "portal_desktop": _portal_desktop,
    "amp_mobile": _amp_mobile,
    "news_app_share": _news_app_share,
    "facebook_page_post": _facebook_page_post,
    "chat_forward": _chat_forward,
    "email_newsletter": _email_newsletter,
    "print_ocr_scan": _print_ocr_scan,
    "screen_reader_dump": _screen_reader_dump,
    "web_archive_snapshot": _web_archive_snapshot,
    "aggregator_card": _aggregator_card,
    "tv_station_site": _tv_station_site,
    "gov_portal": _gov_portal,
    "forum_repost": _forum_repost,
    "overseas_weekly": _overseas_weekly,
    "pdf_print_export": _pdf_print_export,
    "photo_gallery_story": _photo_gallery_story,
    "paywall_premium": _paywall_premium,
    "rss_reader_view": _rss_reader_view,
}


# --------------------------------------------------------------------------
# scraper faults and assembly
# --------------------------------------------------------------------------

_FAULTS = ("nbsp", "zero_width", "double_space", "nfd", "glue")


def _fault_sentence(s: str, kind: str, rng: random.Random) -> str:
    spaces = [i for i, ch in enumerate(s) if ch == " " and 0 < i < len(s) - 1]
    if not spaces:
        return s
    picks = sorted(
        rng.sample(spaces, min(len(spaces), rng.randint(1, 3))), reverse=True
    )
    for i in picks:
        if kind == "nbsp":
            s = s[:i] + "\u00a0" + s[i + 1 :]
        elif kind == "double_space":
            s = s[:i] + "  " + s[i + 1 :]
        else:
            z = rng.choice(("\u200b", "\u200b", "\ufeff", "\u200c"))
            j = i + 1 if rng.random() < 0.5 else i
            s = s[:j] + z + s[j:]
    return s


def _glue(paras, rng):
    spots = [
        (pi, j)
        for pi, p in enumerate(paras)
        for j in range(len(p) - 1)
        if p[j].endswith(".") and p[j + 1][:1].isalpha() and p[j + 1][:1].isupper()
    ]
    for pi, j in sorted(
        rng.sample(spots, min(len(spots), rng.randint(1, 3))), reverse=True
    ):
        p = paras[pi]
        if j + 1 < len(p):
            p[j : j + 2] = [p[j] + p[j + 1]]
    return paras


def _assemble(items, layout, faults, rng) -> Page:
    paras = [list(v) for k, v in items if k == "body"]
    if "glue" in faults:
        _glue(paras, rng)
    for kind in ("nbsp", "zero_width", "double_space"):
        if kind in faults:
            for p in paras:
                for j in range(len(p)):
                    if rng.random() < 0.45:
                        p[j] = _fault_sentence(p[j], kind, rng)
    lines, body, furn = [], [], []
    seen = {"title": 0, "date": 0, "site": 0}
    pi = 0
    for kind, val in items:
        if kind == "body":
            p = paras[pi]
            pi += 1
            if not p:
                continue
            lines.append(" ".join(p))
            body.extend(p)
            continue
        line = " ".join(val.split("\n")).strip()
        if not line:
            continue
        if kind in seen:
            seen[kind] += 1
            if seen[kind] > 1:
                raise AssertionError(f"two {kind} lines in {layout}")
            lines.append(line)
        elif kind in KINDS:
            lines.append(line)
            furn.append((kind, line))
        else:
            raise AssertionError(f"unknown kind {kind!r}")
    text = "\n".join(lines)
    if "nfd" in faults:

        def nfd(s):
            return unicodedata.normalize("NFD", s)

        text, body, furn = (
            nfd(text),
            [nfd(b) for b in body],
            [(k, nfd(x)) for k, x in furn],
        )
    return Page(text=text, body=body, furniture=furn, layout=layout)


def _page(k: int, row: int, title: str, article: str, pool) -> Page:
    rng = random.Random(SEED * 1_000_003 + row)
    layout = LAYOUTS[k % len(LAYOUTS)]
    sents, trailer = _parse_article(article)
    faults: tuple = ()
    if rng.random() < 0.25:
        r = rng.random()
        if r < 0.12:
            faults = ("nfd",)
        else:
            faults = tuple(
                sorted(
                    set(
                        rng.sample(
                            ("nbsp", "zero_width", "double_space", "glue"),
                            rng.choice((1, 1, 2)),
                        )
                    )
                )
            )
    ctx = _Ctx(rng, row, title, sents, trailer, pool)
    items = _BUILDERS[layout](ctx)
    return _assemble(items, layout, faults, rng)


def pages(train_path) -> list[Page]:
    body, related = _read(str(train_path))
    pool = _related_pool(related)
    return [
        _page(k, row, title, article, pool)
        for k, (row, title, article) in enumerate(body)
    ]


def main(argv=None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    out_path = None
    if "--out" in argv:
        j = argv.index("--out")
        out_path = argv[j + 1]
        del argv[j : j + 2]
    if len(argv) != 1:
        print(__doc__.strip().splitlines()[-1].strip(), file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    ps = pages(argv[0])
    dt = time.perf_counter() - t0
    if out_path:
        with open(out_path, "w", encoding="utf-8") as f:
            f.writelines(
                json.dumps(
                    {
                        "layout": p.layout,
                        "text": p.text,
                        "body": p.body,
                        "furniture": p.furniture,
                    },
                    ensure_ascii=False,
                )
                + "\n"
                for p in ps
            )
    print(
        f"pages={len(ps)} layouts={len({p.layout for p in ps})} "
        f"body_sentences={sum(len(p.body) for p in ps)} "
        f"furniture_lines={sum(len(p.furniture) for p in ps)} time={dt:.2f}s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
