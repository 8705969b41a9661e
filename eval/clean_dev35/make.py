"""Blind held-out test set 35 for the story-body cleaner.

Builds one synthetic "page" per usable VietNews row in BODY_ROWS: the story's own
sentences wrapped in the furniture of a less common outlet (provincial radio-TV site,
trade newsletter, broker app, pagoda fan page, OCR scan, subtitle file, ...).
Headlines, teasers and caption sentences of other stories come only from RELATED_ROWS
(title and the first RELATED_CUT characters of the article).

Standard library only; deterministic for a given train file.

    python eval/clean_test35/make.py TRAIN.jsonl.gz
"""

from __future__ import annotations

import datetime as _dt
import gzip
import json
import random
import re
import sys
import unicodedata
from dataclasses import dataclass

SEED = 3535
BODY_ROWS = range(10_900, 11_000)
RELATED_ROWS = range(11_900, 12_000)
RELATED_CUT = 1_200
KINDS = ("byline", "credit", "caption", "related", "widget")
LAYOUTS = (
    "dai_ptth_tinh",
    "ban_tin_hiep_hoi",
    "tap_chi_cuu_sv",
    "app_chung_khoan",
    "vi_dien_tu",
    "fanpage_chua",
    "cong_bat_dong_san",
    "blog_lu_hanh",
    "ocr_bao_in",
    "zalo_oa",
    "podcast_ghi_chu",
    "app_thoi_tiet",
    "tap_chi_bay",
    "diem_bao_bo",
    "wiki_trich_dan",
    "rss_xuat",
    "tai_lieu_nghien_cuu",
    "doc_sau",
    "ban_tin_thong_tan",
    "phu_de_truyen_hinh",
)

FAULTS = ("nbsp", "zwsp", "bom", "double_space", "nfd", "glued")


@dataclass
class Page:
    text: str
    body: list[str]
    furniture: list[tuple[str, str]]
    layout: str


# ---------------------------------------------------------------------------
# reading and cleaning the source rows
# ---------------------------------------------------------------------------

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)


def _norm(s: str) -> str:
    """NFC, no invisible characters, single ASCII spaces, no line breaks."""
    s = unicodedata.normalize("NFC", s).translate(_INVISIBLE)
    return " ".join(s.split())


def _read_rows(path, wanted: range) -> list[tuple[int, dict]]:
    """Usable rows (index, obj) whose physical line index lies in `wanted`."""
    out: list[tuple[int, dict]] = []
    with gzip.open(path, "rb") as fh:
        for i, raw in enumerate(fh):
            if i >= wanted.stop:
                break
            if i < wanted.start:
                continue
            line = raw.decode("utf-8", errors="replace").strip()
            if not line:
                continue
            try:
                obj = json.loads(line)
            except ValueError:
                continue
            if not isinstance(obj, dict):
                continue
            title, article = obj.get("title"), obj.get("article")
            if not (isinstance(title, str) and isinstance(article, str)):
                continue
            if not _norm(title) or not _norm(article):
                continue
            out.append((i, obj))
    return out


# ---------------------------------------------------------------------------
# sentence splitting (VietNews is detokenised: quotes are spaced, '" Abc ".')
# ---------------------------------------------------------------------------

_ABBR = {
    "St", "Ft", "Mt", "Mr", "Mrs", "Ms", "Dr", "Jr", "Sr", "TP", "Tp", "Th", "TS",
    "ThS", "PGS", "GS", "BS", "No", "Co", "Inc", "Ltd", "Corp", "vs", "Gen", "Lt",
    "Col", "Capt", "Sgt", "Rev", "Prof", "Ph", "Q", "P", "U.S", "v.v",
}
_TERM = re.compile(r"[.!?…]+")
_QUOTE_AFTER = re.compile(r" ?[\"”]")


def _balanced(seg: str) -> bool:
    return seg.count('"') % 2 == 0 and seg.count("“") == seg.count("”")


def _starter(text: str, j: int) -> bool:
    """Does a new sentence plausibly start at text[j]?"""
    if j >= len(text):
        return True
    c = text[j]
    if c.isupper() or c.isdigit():
        return True
    if c in "\"“'(":
        k = j + 1
        while k < len(text) and text[k] == " ":
            k += 1
        return k < len(text) and (text[k].isupper() or text[k].isdigit())
    return False


def split_sentences(text: str) -> tuple[list[str], str]:
    """Split normalised text; returns (complete sentences, unterminated remainder)."""
    sents: list[str] = []
    start = 0
    for m in _TERM.finditer(text):
        if m.start() < start:
            continue
        end = m.end()
        if m.group() == ".":
            w = re.search(r"(\S+)$", text[start:m.start()])
            word = w.group(1).lstrip("(\"“'") if w else ""
            if word in _ABBR or (len(word) == 1 and word.isupper()):
                continue
        options = []
        q = _QUOTE_AFTER.match(text, end)
        if q:
            options.append(q.end())
        options.append(end)
        chosen = None
        for b in options:
            at_end = b >= len(text)
            if not at_end and not (text[b] == " " and _starter(text, b + 1)):
                continue
            seg = text[start:b].strip()
            if _balanced(seg) or (len(seg) > 420 and b == end):
                chosen = b
                break
        if chosen is None:
            continue
        seg = text[start:chosen].strip()
        if seg:
            sents.append(seg)
        start = chosen
    return sents, text[start:].strip()


# ---------------------------------------------------------------------------
# story extraction: drop lead caption, fused media captions, glued trailers
# ---------------------------------------------------------------------------

_MEDIA = re.compile(
    r"(?:\b(?:Ảnh|Video|Clip|Nguồn|Đồ hoạ|Đồ họa|Photo|Infographic)\s*:)"
    r"|(?:^(?:Video|Clip|Ảnh|Mời (?:quý )?(?:độc giả|bạn đọc))\b)"
    r"|(?:\bXem (?:video|clip|thêm)\b)|(?:Ảnh minh ho)|(?:\(Ảnh\b)"
    # people placed in a photo: "(trái)", "(áo trắng)", "(thứ hai từ phải)"
    r"|(?:\((?:trái|phải|giữa|áo \w+|đứng|ngồi|hàng \w+|thứ \w+ từ \w+|từ trái sang)\b)"
)
# a caption or sub-heading fused into the next sentence: "... ngày 31/5 Sau khi toà ..."
_FUSED = re.compile(
    r"[\w%)] (?:Sau|Trong|Khi|Tuy|Theo|Ngày|Hiện|Tại|Với|Nhưng|Đây|Những|Một|Ông|Bà|Người|Vụ"
    r"|Chiếc|Bức|Giới|Năm|Từ|Do|Vì|Nếu|Dù|Mặc|Ngoài|Bên|Cũng|Còn) [a-zđà-ỹ0-9]"
)


def _is_name_word(w: str) -> bool:
    return w.isalpha() and w[:1].isupper() and (len(w) == 1 or w[1:].islower())


def _parse_tail(tail: str) -> tuple[str | None, str | None, str | None, bool]:
    """(author, source, media credit, compiled) from a glued trailer."""
    author = source = media = None
    compiled = False
    t = tail.strip()
    for _ in range(2):
        pm = re.search(r"\(([^()]{2,80})\)\s*$", t)
        if not pm:
            break
        inner = pm.group(1).strip()
        t = t[: pm.start()].rstrip()
        if inner.lower().startswith("theo "):
            source = inner[5:].strip()
        elif inner.lower() in {"tổng hợp", "tổng họp", "lược dịch", "dịch"}:
            compiled = True
        elif ":" in inner:
            media = inner
    tm = re.search(r"(?:^|\s)Theo ([A-ZĐ][\w./ -]{1,40})$", t)
    if tm and source is None:
        source = tm.group(1).strip()
        t = t[: tm.start()].rstrip()
    words = t.split()
    parts: list[str] = []
    if len(words) >= 2 and _is_name_word(words[-1]) and _is_name_word(words[-2]):
        n = 2
        if len(words) == 3 and _is_name_word(words[0]):
            n = 3
        parts = words[-n:]
        rest = words[:-n]
        if len(rest) >= 3 and rest[-1] == "-" and _is_name_word(rest[-2]) and _is_name_word(rest[-3]):
            parts = rest[-3:] + parts
    if parts:
        author = " ".join(parts)
    return author, source, media, compiled


def story_sentences(article: str) -> tuple[list[str], str | None, str | None, str | None, bool]:
    text = _norm(article)
    tail = ""
    m = re.search(r"\bXem thêm\s*:", text)
    if m:
        text, tail = text[: m.start()].rstrip(), text[m.start():]
    sents, rem = split_sentences(text)
    tail = (rem + " " + tail).strip()
    author, source, media, compiled = _parse_tail(tail)
    keep: list[str] = []
    for k, s in enumerate(sents):
        if k == 0:  # VietNews' first sentence is the lead photo/video caption
            continue
        if _MEDIA.search(s) or _FUSED.search(s) or s.endswith(":") or len(s.split()) < 3:
            continue
        keep.append(s)
    # a short last sentence right before the byline is usually a photo caption
    if len(keep) > 1 and len(keep[-1].split()) <= 8 and '"' not in keep[-1] and "“" not in keep[-1]:
        keep.pop()
    # a trailing question glued before the byline is usually a related-link title
    if keep and tail and keep[-1].endswith("?") and '"' not in keep[-1] and "“" not in keep[-1]:
        keep.pop()
    # final fragments that only announce missing media
    while keep and re.search(r"(video|clip|hình ảnh|ảnh)\b[^.]*[:.]$", keep[-1], re.I) and len(keep[-1].split()) < 12:
        keep.pop()
    return keep, author, source, media, compiled


@dataclass
class _Rel:
    title: str
    caption: str | None
    teaser: str | None


_NOT_CAPTION_START = {
    "Tuy", "Còn", "Việc", "Cụ", "Từ", "Theo", "Năm", "Quyết", "Số", "Xếp", "Ngoài", "Trong", "Đây", "Điều",
    "Nhưng", "Do", "Vì", "Nếu", "Khi", "Sau", "Trước", "Hiện", "Ngày", "Với", "Bên", "Đặc", "Riêng", "Như",
    "Mới", "Hôm", "Tính", "Qua", "Để", "Thực", "Chính", "Ông", "Bà", "Anh", "Chị", "Tôi", "Chúng", "Họ",
}


def _caption_like(s: str) -> bool:
    """Short descriptive sentence that reads like a photo caption."""
    words = s.split()
    return (
        25 <= len(s) <= 120
        and s.endswith(".")
        and not any(c.isdigit() for c in s)
        and not any(c in s for c in ',;:"“”?!')
        and words[0] not in _NOT_CAPTION_START
        and not re.search(r"\b(cho biết|cho rằng|nói|chia sẻ|khẳng định|nhấn mạnh)\b", s)
    )


def _related_item(obj: dict) -> _Rel:
    title = _norm(obj["title"])
    art = obj["article"][:RELATED_CUT]
    sents, _rem = split_sentences(_norm(art))
    if len(obj["article"]) > RELATED_CUT and sents and not _rem:
        sents = sents[:-1]  # the cut may have landed just after a full stop
    sents = [s for s in sents if not _MEDIA.search(s) and not s.endswith(":")]
    plain = [s for s in sents if _caption_like(s)]
    caption = min(plain, key=len) if plain else None
    teaser = next((s for s in sents if s != caption and 12 <= len(s.split()) <= 48), None)
    return _Rel(title, caption, teaser)


# ---------------------------------------------------------------------------
# tone placement (oá/óa, uỷ/ủy, oẻ/ỏe) for furniture wording
# ---------------------------------------------------------------------------

_TONES = "\u0301\u0300\u0309\u0303\u0323"
_AFTER = r"(?![\w\u0300-\u036f])"
_TO_OLD = [
    re.compile(r"([oO])([aAeE])([" + _TONES + "])" + _AFTER),
    re.compile(r"(?<![qQ])([uU])([yY])([" + _TONES + "])" + _AFTER),
]
_TO_NEW = [
    re.compile(r"([oO])([" + _TONES + "])([aAeE])" + _AFTER),
    re.compile(r"(?<![qQ])([uU])([" + _TONES + "])([yY])" + _AFTER),
]


def tone_style(s: str, style: str) -> str:
    """style 'new' = hoá/thuỷ/khoẻ, 'old' = hóa/thủy/khỏe."""
    d = unicodedata.normalize("NFD", s)
    for rx in _TO_OLD if style == "old" else _TO_NEW:
        d = rx.sub(r"\1\3\2", d)
    return unicodedata.normalize("NFC", d)


def _ascii(s: str) -> str:
    d = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in d if not unicodedata.combining(c))


# ---------------------------------------------------------------------------
# word pools (invented)
# ---------------------------------------------------------------------------

REPORTERS = ["Minh Khang", "Thu Trang", "Hoàng Lâm", "Bảo Ngọc", "Đức Thịnh", "Lan Phương",
             "Quốc Việt", "Hải Yến", "Ngọc Hoà", "Tuấn Khải", "Thanh Thuỷ", "Khánh Hoà"]
PHOTOGS = ["Gia Huy", "Phúc Lộc", "Minh Thuý", "Trung Kiên", "Hà Vy", "Đình Khoa", "Xuân Hoà"]
AGENCIES = ["Reuters", "AFP", "AP", "EPA", "Getty Images", "Xinhua", "Yonhap", "TASS", "Kyodo"]
PROVINCES = ["Hoà Bình", "Khánh Hoà", "Thanh Hoá", "Bạc Liêu", "Tuyên Quang", "Quảng Trị", "Hậu Giang"]
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]
TICKERS = ["GAS", "PVD", "VNM", "HPG", "FPT", "MWG", "VCB", "SSI", "POW", "DPM", "HVN", "ACV"]


# ---------------------------------------------------------------------------
# page builder
# ---------------------------------------------------------------------------

@dataclass
class _Story:
    title: str
    items: list[str]
    author: str | None
    source: str | None
    media: str | None
    compiled: bool
    rel: list[_Rel]
    when: _dt.datetime


class _B:
    def __init__(self, rng: random.Random, style: str, story: _Story):
        self.r = rng
        self.style = style
        self.s = story
        self.rows: list[tuple[str, str]] = []
        self.body: list[str] = []
        self._titles = list(story.rel)
        self._caps = [x for x in story.rel if x.caption]
        self._teasers = [x for x in story.rel if x.teaser]

    # wording -------------------------------------------------------------
    def T(self, s: str) -> str:
        return tone_style(s, self.style)

    def pick(self, seq):
        return self.T(self.r.choice(seq))

    def maybe(self, p: float = 0.5) -> bool:
        return self.r.random() < p

    def num(self, lo: int, hi: int) -> str:
        return f"{self.r.randint(lo, hi):,}".replace(",", ".")

    def add(self, tag: str, tpl: str, **kw) -> None:
        line = " ".join(self.T(tpl).format(**kw).split())
        if line:
            self.rows.append((tag, line))

    def title(self) -> None:
        self.rows.append(("title", self.s.title))

    def date(self, tpl: str, **kw) -> None:
        self.add("date", tpl, **kw)

    def site(self, tpl: str, **kw) -> None:
        self.add("site", tpl, **kw)

    # story data ----------------------------------------------------------
    def author(self) -> str:
        return self.s.author or self.pick(REPORTERS)

    def source(self) -> str:
        return self.s.source or self.r.choice(AGENCIES)

    def dmy(self, sep: str = "/") -> str:
        w = self.s.when
        return f"{w.day:02d}{sep}{w.month:02d}{sep}{w.year}"

    def hm(self) -> str:
        return f"{self.s.when.hour:02d}:{self.s.when.minute:02d}"

    def weekday(self) -> str:
        return self.T(WEEKDAYS[self.s.when.weekday()])

    def media_credit(self) -> None:
        if self.s.media:
            self.rows.append(("credit", self.s.media))

    # other stories -------------------------------------------------------
    def R(self, tpl: str, kind: str = "related", **kw) -> bool:
        """A related-link line for the next unused headline."""
        if not self._titles:
            return False
        it = self._titles.pop(0)
        self.add(kind, tpl, title=it.title, **kw)
        return True

    def RT(self, tpl: str, **kw) -> bool:
        """A teaser line (headline + teaser sentence) for the next unused item."""
        for it in list(self._teasers):
            if it in self._titles:
                self._titles.remove(it)
                self._teasers.remove(it)
                self.add("related", tpl, title=it.title, teaser=it.teaser, **kw)
                return True
        return False

    def C(self, tpl: str, **kw) -> bool:
        """A caption line built on an unused caption sentence."""
        if not self._caps:
            return False
        it = self._caps.pop(0)
        self.add("caption", tpl, cap=it.caption, ag=self.r.choice(AGENCIES), ph=self.pick(PHOTOGS), **kw)
        return True

    # body ----------------------------------------------------------------
    def chunks(self, lo: int = 1, hi: int = 3) -> list[list[str]]:
        items, out, i = self.s.items, [], 0
        while i < len(items):
            n = self.r.randint(lo, hi)
            out.append(items[i:i + n])
            i += n
        return out

    def para(self, items: list[str]) -> None:
        self.rows.append(("body", " ".join(items)))
        self.body.extend(items)

    def run(self, paras, gaps, p: float = 0.45, limit: int = 4) -> None:
        """Emit paragraphs; between them, sometimes one of the gap fillers."""
        queue = list(gaps)
        self.r.shuffle(queue)
        used = 0
        for i, para in enumerate(paras):
            self.para(para)
            if i < len(paras) - 1 and queue and used < limit and self.maybe(p):
                queue.pop()()
                used += 1


# ---------------------------------------------------------------------------
# layouts
# ---------------------------------------------------------------------------

def _dai_ptth_tinh(b: _B) -> None:
    """Provincial radio-TV station website."""
    prov = b.pick(PROVINCES)
    code = "".join(w[0] for w in _ascii(prov).split()).upper() + "TV"
    if b.maybe(0.6):
        b.add("widget", "Đăng nhập | Liên hệ | English | Sơ đồ trang")
    b.site("ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH " + prov.upper())
    b.add("widget", b.r.choice([
        "Trang chủ | Thời sự | Kinh tế | Văn hoá - Xã hội | Quốc phòng - An ninh | Thể thao | Phát thanh | Truyền hình",
        "TRANG CHỦ THỜI SỰ CHÍNH TRỊ KINH TẾ XÃ HỘI VĂN HOÁ QUỐC TẾ PHÁT THANH TRUYỀN HÌNH",
    ]))
    if b.maybe(0.7):
        b.add("widget", "● TRỰC TIẾP {code}1: {show}", code=code, show=b.pick(
            ["Chương trình Thời sự tối", "Ca nhạc theo yêu cầu", "Phim truyện: Hoa nở muộn", "Nông nghiệp và Nông thôn"]))
    b.add("widget", b.r.choice(["Trang chủ › Quốc tế", "Thời sự / Quốc tế", "Quốc tế » Tin thế giới"]))
    b.title()
    b.date("{wd}, {d} {hm}", wd=b.weekday(), d=b.dmy(), hm=b.hm())
    if b.maybe(0.6):
        b.add("widget", b.r.choice(["🔊 Nghe đọc bài | Cỡ chữ A- A+ | In bài", "Nghe bài viết (giọng đọc: nữ miền Bắc) ▶"]))
    gaps = [
        lambda: b.C("{cap} Ảnh: {ag}"),
        lambda: b.C("Ảnh minh hoạ: {cap}"),
        lambda: b.R("» Xem thêm: {title}"),
        lambda: b.add("widget", "Mời quý vị theo dõi chương trình Thời sự {code} lúc 19h45 hằng ngày", code=code),
    ]
    b.run(b.chunks(1, 3), gaps)
    author = b.author()
    b.add("byline", b.r.choice(["{a} (Ban Thời sự)", "{a} - Phòng Biên tập", "BTV: {a}", "{a} (tổng hợp)"]), a=author)
    if b.maybe(0.7):
        b.add("credit", b.r.choice(["Theo {s}", "Nguồn: {s}", "(Theo {s})"]), s=b.source())
    b.media_credit()
    b.add("widget", "Lượt xem: {n} | Chia sẻ Facebook | Zalo | Gửi email", n=b.num(120, 9800))
    b.add("related", b.r.choice(["TIN CÙNG CHUYÊN MỤC", "Các tin khác", "Tin liên quan"]))
    for _ in range(b.r.randint(2, 4)):
        b.R(b.r.choice(["• {title}", "{title} ({d})", "- {title}"]), d=b.dmy())
    if b.maybe(0.6):
        b.add("widget", "LỊCH PHÁT SÓNG")
        b.add("widget", "19:00 Tiếp sóng Thời sự VTV1 | 19:45 Thời sự {code} | 20:15 Phim truyện", code=code)
    b.add("widget", "Giấy phép số {n}/GP-BTTTT. Chịu trách nhiệm nội dung: Giám đốc Đài {p}", n=b.num(11, 560), p=prov)
    if b.maybe(0.5):
        b.add("widget", "Ghi rõ nguồn \"{code}\" khi phát hành lại thông tin từ website này.", code=code)


def _ban_tin_hiep_hoi(b: _B) -> None:
    """Trade association member newsletter (e-mail edition)."""
    b.add("widget", b.r.choice([
        "Nếu thư không hiển thị đúng, vui lòng bấm vào đây để xem bản trực tuyến.",
        "Xem bản tin trên trình duyệt | Tải bản PDF",
    ]))
    assoc = b.pick(["HIỆP HỘI DOANH NGHIỆP CƠ KHÍ VÀ TỰ ĐỘNG HOÁ", "HIỆP HỘI CHẾ BIẾN THUỶ SẢN XUẤT KHẨU",
                    "HỘI DOANH NGHIỆP LOGISTICS MIỀN TRUNG", "HIỆP HỘI HOÁ CHẤT VÀ PHÂN BÓN"])
    b.site(assoc)
    b.add("widget", "BẢN TIN HỘI VIÊN | Số {n} - Tháng {m}/{y}", n=b.num(12, 140), m=b.s.when.month, y=b.s.when.year)
    if b.maybe(0.6):
        b.add("widget", "Trong số này: Thị trường quốc tế · Chính sách mới · Hoạt động hội viên · Lịch sự kiện")
    b.add("widget", b.r.choice(["1. ĐIỂM TIN THỊ TRƯỜNG QUỐC TẾ", "MỤC: TIN THẾ GIỚI HỘI VIÊN CẦN BIẾT", "▌TIN QUỐC TẾ"]))
    b.title()
    b.add("byline", b.r.choice(["Ban Thông tin - Truyền thông Hiệp hội tổng hợp", "Văn phòng Hiệp hội lược tin",
                                "Người tổng hợp: {a}"]), a=b.author())
    gaps = [
        lambda: b.add("widget", "QUẢNG CÁO HỘI VIÊN: Đăng ký gian hàng tại Hội chợ Thuỷ sản & Chế biến {y} trước ngày 30/7 để được giảm 15% phí tham gia.", y=b.s.when.year),
        lambda: b.RT("▸ {title}: {teaser}"),
        lambda: b.C("{cap} (Ảnh tư liệu)"),
    ]
    b.run(b.chunks(2, 4), gaps, p=0.35)
    b.add("credit", b.r.choice(["Nguồn tin: {s}", "Theo {s}", "Tin gốc: {s} - Hiệp hội lược dịch"]), s=b.source())
    b.media_credit()
    b.add("related", b.r.choice(["CŨNG TRONG SỐ NÀY", "Đọc tiếp trong bản tin:"]))
    for _ in range(b.r.randint(2, 3)):
        b.R("→ {title}")
    b.add("widget", "Lịch sự kiện: Hội nghị hội viên giữa kỳ - {d}, Khách sạn Hoà Bình, Hà Nội", d=b.dmy())
    b.add("widget", "Văn phòng Hiệp hội: Tầng {f}, toà nhà {n} Nguyễn Văn Cừ | ĐT: 024 {p}", f=b.r.randint(3, 12),
          n=b.r.randint(20, 300), p=b.num(3500_0000, 3999_9999).replace(".", " "))
    b.add("widget", "Bạn nhận được thư này vì là hội viên hoặc đã đăng ký nhận bản tin. Huỷ đăng ký | Cập nhật thông tin hội viên")


def _tap_chi_cuu_sv(b: _B) -> None:
    """University alumni magazine, web edition."""
    mag = b.pick(["Cầu Nối", "Mái Trường Xưa", "Gặp Lại", "Khoá Trước"])
    b.site("{m} - Tạp chí của cộng đồng cựu sinh viên", m=mag)
    b.add("widget", "Số {n} · {season} {y}", n=b.r.randint(18, 64), season=b.pick(["Xuân", "Hạ", "Thu", "Đông"]), y=b.s.when.year)
    b.add("widget", b.r.choice(["Chuyên mục: Cựu sinh viên đọc thời sự", "GÓC NHÌN THẾ GIỚI", "Chuyên mục › Thế giới quanh ta"]))
    if b.maybe(0.7):
        b.add("widget", "Lời toà soạn: Bài dưới đây do một cựu sinh viên khoá {k} gửi tới chuyên mục. Ban biên tập giữ nguyên nội dung, chỉ biên tập nhẹ.", k=b.r.randint(1985, 2010))
    b.title()
    b.add("byline", b.r.choice(["{a} (K{k}, Khoa Quốc tế học) giới thiệu", "Người gửi: {a} - cựu sinh viên khoá {k}"]),
          a=b.author(), k=b.r.randint(30, 55))
    gaps = [
        lambda: b.C("{cap} (Ảnh: {ag})"),
        lambda: b.add("widget", "❝ Hãy gửi bài viết, ảnh kỷ niệm của bạn về hộp thư bientap@caunoi-alumni.edu.vn ❞"),
        lambda: b.R("Đọc thêm trong số này: {title} (tr. {p})", p=b.r.randint(6, 60)),
    ]
    b.run(b.chunks(2, 4), gaps, p=0.4)
    b.add("credit", "Ảnh trong bài: {s} | Ảnh bìa: CLB Nhiếp ảnh cựu sinh viên", s=b.source())
    b.media_credit()
    b.add("widget", "Ủng hộ Quỹ học bổng cựu sinh viên: STK 0{n} tại Ngân hàng Hoà Phát Đông Á, nội dung: HB + Họ tên + Khoá",
          n=b.r.randint(10**9, 10**10 - 1))
    b.add("related", "Các bài khác trong chuyên mục")
    for _ in range(b.r.randint(2, 4)):
        b.R("◦ {title}")
    b.add("widget", "© Hội Cựu sinh viên. Bài viết thể hiện quan điểm riêng của tác giả.")


def _app_chung_khoan(b: _B) -> None:
    """News tab of a stockbroker's mobile app."""
    b.add("widget", "{hm} ▮▮▮ 4G {p}%", hm=f"{b.r.randint(7, 22):02d}:{b.r.randint(0, 59):02d}", p=b.r.randint(12, 99))
    b.add("widget", "Thị trường | Danh mục | Tin tức | Tài sản | Tiện ích")
    vn = b.r.uniform(560, 1200)
    ch = b.r.uniform(-18, 18)
    b.add("widget", "VN-INDEX {v} {a} {c} ({pct}%)", v=f"{vn:,.2f}".replace(",", "#").replace(".", ",").replace("#", "."),
          a="▲" if ch >= 0 else "▼", c=f"{abs(ch):.2f}".replace(".", ","), pct=f"{ch / vn * 100:+.2f}".replace(".", ","))
    if b.maybe(0.6):
        b.add("widget", "HNX-INDEX {v} {a} KL: {k} CP", v=f"{b.r.uniform(90, 130):.2f}".replace(".", ","),
              a=b.r.choice(["▲", "▼"]), k=b.num(30_000_000, 90_000_000))
    b.site(b.pick(["Chứng khoán Hải Âu", "Chứng khoán Sao Việt", "HoaSen Invest", "Chứng khoán Phú Hoà"]))
    b.add("widget", b.r.choice(["Tin thế giới", "Vĩ mô - Quốc tế", "Tin nhanh 24h"]))
    b.title()
    b.date("{d} {hm}", d=b.dmy(), hm=b.hm())
    b.add("credit", b.r.choice(["Nguồn: {s}", "Theo {s} | Biên tập: Khối Phân tích"]), s=b.source())
    if b.maybe(0.7):
        b.add("widget", "Mã liên quan: {t}", t=" ".join(b.r.sample(TICKERS, 3)))
    gaps = [
        lambda: b.add("widget", "Mở tài khoản ký quỹ lãi suất chỉ từ {r}%/năm - Đăng ký ngay ›", r=b.r.choice(["8,5", "9,5", "9,9"])),
        lambda: b.add("widget", "Bạn có muốn nhận thông báo khi có tin mới về các mã trong danh mục? Bật thông báo"),
        lambda: b.R("Xem thêm: {title}"),
    ]
    b.run(b.chunks(1, 3), gaps, p=0.4)
    b.media_credit()
    b.add("widget", "Khuyến cáo: Thông tin chỉ mang tính chất tham khảo, không phải lời khuyên mua/bán chứng khoán. Nhà đầu tư tự chịu trách nhiệm với quyết định của mình.")
    b.add("related", "Tin khác")
    for _ in range(b.r.randint(2, 4)):
        b.R("{title} · {h} giờ trước", h=b.r.randint(1, 23))
    b.add("widget", "Đặt lệnh | Mua | Bán | Bảng giá")


def _vi_dien_tu(b: _B) -> None:
    """News card inside an e-wallet / ride-hailing app."""
    b.add("widget", b.r.choice(["‹ Khám phá", "← Tin tức cho bạn"]))
    b.add("widget", "Thời sự · {n} phút đọc", n=max(1, len(" ".join(b.s.items).split()) // 220))
    b.title()
    b.date(b.r.choice(["Hôm qua, {hm}", "{d} lúc {hm}"]), d=b.dmy(), hm=b.hm())
    b.add("credit", b.r.choice(["Nội dung do đối tác cung cấp · {s}", "Theo {s}"]), s=b.source())
    gaps = [
        lambda: b.add("widget", "🎁 Nhập mã {c} giảm {k}K cho chuyến xe tiếp theo", c=b.r.choice(["DOCBAO", "TINMOI", "SANGNAY"]), k=b.r.choice([10, 15, 20, 25])),
        lambda: b.add("widget", "Nạp tiền điện thoại - chiết khấu đến 3% | Nạp ngay"),
        lambda: b.C("📷 {cap}"),
        lambda: b.R("Đọc thêm · {title}"),
    ]
    b.run(b.chunks(1, 2), gaps, p=0.5)
    b.add("byline", b.r.choice(["Tác giả: {a}", "{a}"]), a=b.author())
    b.media_credit()
    b.add("widget", "Bạn thấy bài viết này thế nào? 👍 Hữu ích | 👎 Không quan tâm")
    b.add("related", "Có thể bạn quan tâm")
    for _ in range(b.r.randint(2, 3)):
        b.R("{title}")
    b.add("widget", "Chia sẻ cho bạn bè - nhận 10.000đ vào ví")
    b.add("widget", "Trang chủ · Ưu đãi · Quét mã · Lịch sử · Tài khoản")


def _fanpage_chua(b: _B) -> None:
    """A pagoda's social-media fan page sharing a news story."""
    page = b.pick(["Chùa Phước Hoà - Trang thông tin", "Tịnh xá Ngọc Hoà", "Chùa Linh Quang (Trang chính thức)",
                   "Thiền viện Trúc Thuỷ"])
    b.site(page)
    b.date(b.r.choice(["{dd} tháng {mm} lúc {hm} · 🌏", "{d} · Công khai"]), dd=b.s.when.day, mm=b.s.when.month,
           hm=b.hm(), d=b.dmy())
    b.add("widget", b.r.choice([
        "Nam mô A Di Đà Phật 🙏 Kính mời quý Phật tử cùng đọc và hồi hướng công đức cho những người đang gặp khổ nạn.",
        "🙏 Thông tin để quý đạo hữu tham khảo. Xin cùng niệm Phật cầu an.",
        "Chia sẻ để đại chúng cùng biết. Nguyện cho thế giới hoà bình.",
    ]))
    b.title()
    b.run(b.chunks(1, 3), [lambda: b.add("widget", "...Xem thêm")], p=0.15, limit=1)
    b.add("credit", b.r.choice(["Nguồn: sưu tầm", "Theo {s}", "Nguồn tin: {s}"]), s=b.source())
    if b.s.author and b.maybe(0.7):
        b.add("byline", "Bài gốc: {a}", a=b.s.author)
    b.media_credit()
    b.add("widget", "👍❤️🙏 {k} · {c} bình luận · {s} lượt chia sẻ", k=b.r.choice(["1,2K", "864", "2,4K", "317"]),
          c=b.r.randint(8, 240), s=b.r.randint(3, 400))
    b.add("widget", "Thích · Bình luận · Chia sẻ")
    commenters = ["Diệu Hạnh", "Tâm Hoà", "Minh Tuệ", "Thiện Phúc", "Quảng Đức Thuỷ", "Liên Hoa"]
    b.r.shuffle(commenters)
    for name in commenters[: b.r.randint(1, 3)]:
        b.add("widget", "{n}: {t}", n=b.T(name), t=b.pick([
            "Nam mô A Di Đà Phật, nguyện cầu bình an cho mọi người 🙏",
            "Thương quá, mong mọi chuyện sớm qua.",
            "Cảm ơn chùa đã chia sẻ thông tin.",
            "Nam mô Quán Thế Âm Bồ Tát.",
        ]))
        b.add("widget", "Thích · Trả lời · {h} giờ", h=b.r.randint(1, 20))
    b.add("widget", "Xem thêm bình luận")
    if b.maybe(0.7):
        b.add("related", "Bài viết khác của Trang")
        b.R("{title}")
    b.add("widget", "Lịch sinh hoạt: Tụng kinh Dược Sư 19h30 tối thứ Bảy hằng tuần · Khoá tu một ngày Chủ nhật cuối tháng")


def _cong_bat_dong_san(b: _B) -> None:
    """News section of a real-estate listings portal."""
    b.site(b.pick(["NhaDatHoaBinh.vn", "Sàn Nhà Phố Việt", "DiaOcThuyTien.com.vn"]))
    b.add("widget", "Mua bán | Cho thuê | Dự án | Tin tức | Phong thuỷ | Vay mua nhà | Đăng tin miễn phí")
    b.add("widget", b.r.choice(["Tin tức › Thế giới", "Trang chủ / Tin tức / Quốc tế"]))
    b.title()
    b.date("{wd}, {d} - {hm}", wd=b.weekday(), d=b.dmy(), hm=b.hm())
    b.add("byline", b.r.choice(["{a} | Tổng hợp", "Biên tập: {a}"]), a=b.author())
    gaps = [
        lambda: b.add("widget", "DỰ ÁN NỔI BẬT: Căn hộ ven sông 2PN chỉ từ {g} tỷ, thanh toán 30% nhận nhà - Xem ngay",
                      g=b.r.choice(["1,6", "1,8", "2,1", "2,45"])),
        lambda: b.add("widget", "Công cụ: Tính lãi suất vay mua nhà | Xem hướng nhà hợp tuổi"),
        lambda: b.C("{cap} (Ảnh: {ag})"),
        lambda: b.RT("{title} - {teaser}"),
    ]
    b.run(b.chunks(1, 3), gaps, p=0.45)
    b.add("credit", "Nguồn: {s}", s=b.source())
    b.media_credit()
    b.add("widget", "Tags: tin thế giới, thời sự, {t}", t=b.pick(["kinh tế vĩ mô", "đầu tư", "thị trường"]))
    b.add("related", b.r.choice(["Tin liên quan", "Bài viết cùng chuyên mục"]))
    for _ in range(b.r.randint(2, 4)):
        b.R("{title}")
    b.add("widget", "Hotline tư vấn: 1900 {a} {c} - Chuyên viên hỗ trợ 24/7", a=b.r.randint(1000, 9999), c=b.r.randint(10, 99))
    b.add("widget", "Giấy phép ICP số {n}/GP-STTTT. Mọi hình thức sao chép phải được sự đồng ý bằng văn bản.",
          n=b.r.randint(10, 600))


def _blog_lu_hanh(b: _B) -> None:
    """A travel agency's blog reposting world news."""
    agency = b.pick(["Lữ hành Cánh Cò", "Du lịch Hoà Bình Xanh", "Tour Thuỷ Tiên", "Vietrip Plus"])
    b.site("{a} - Blog", a=agency)
    b.add("widget", "Tour trong nước | Tour nước ngoài | Visa | Vé máy bay | Cẩm nang du lịch | Liên hệ")
    b.add("widget", "Danh mục: {c}", c=b.pick(["Tin tức quốc tế", "Cập nhật điểm đến", "Thông tin hữu ích"]))
    b.title()
    b.add("byline", "Đăng bởi {e} · {d}", e=b.pick(["Quản trị viên", "Phòng Điều hành Tour", "Hoà An"]), d=b.dmy())
    if b.maybe(0.6):
        b.add("widget", "Lưu ý cho du khách: Hãy cập nhật tình hình an ninh tại điểm đến trước khi khởi hành.")
    gaps = [
        lambda: b.add("widget", "TOUR HOT: {t} - Khởi hành thứ Sáu hằng tuần | Đặt ngay",
                      t=b.pick(["Hàn Quốc 5N4Đ Seoul - Nami - Everland từ 12.990.000đ", "Nhật Bản 6N5Đ mùa lá đỏ từ 27.900.000đ",
                                "Thái Lan 5N4Đ Bangkok - Pattaya từ 6.490.000đ"])),
        lambda: b.C("{cap} Ảnh: {ag}"),
        lambda: b.R("Có thể bạn thích: {title}"),
    ]
    b.run(b.chunks(2, 3), gaps, p=0.45)
    b.add("credit", b.r.choice(["Nguồn: {s}", "(Theo {s})"]), s=b.source())
    b.media_credit()
    b.add("widget", "Chia sẻ: Facebook | Twitter | Pinterest | Sao chép liên kết")
    b.add("related", "Bài viết cùng chủ đề")
    for _ in range(b.r.randint(2, 3)):
        b.R("{title}")
    b.add("widget", "Để lại bình luận")
    b.add("widget", "Email của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được đánh dấu *")
    b.add("widget", "Gửi bình luận")
    b.add("widget", "© {y} {a}. Giấy phép kinh doanh lữ hành quốc tế số 79-{n}/TCDL-GP LHQT", y=b.s.when.year, a=agency,
          n=b.r.randint(100, 999))


def _ocr_bao_in(b: _B) -> None:
    """Phone-camera OCR of a printed newspaper page, with column breaks."""
    page = b.r.randint(3, 15)
    b.add("widget", b.r.choice(["THẾ GIỚI {p}", "{p} THẾ GIỚI", "TIN THẾ GIỚI • {p}"]), p=page)
    b.date("SỐ {n} ({m}) • {wd} {d}", n=b.r.randint(20, 360), m=b.num(5000, 19000), wd=b.weekday().upper(), d=b.dmy("-"))
    b.title()
    b.add("byline", b.r.choice(["● {A}", "{A} (tổng hợp)", "{a}"]), A=b.author().upper(), a=b.author())
    gaps = [
        lambda: b.add("widget", b.r.choice(["|", "I l", "■", "•••"])),
        lambda: b.add("widget", "(Xem tiếp trang {p})", p=page + 1),
        lambda: b.add("widget", "Tiếp theo trang {p}", p=page - 1),
        lambda: b.C("{cap} ẢNH: {ag}"),
        lambda: b.add("widget", "NHÀ THUỐC HOÀ AN - Chuyên thuốc nam gia truyền - ĐT: 0236 3{n}", n=b.r.randint(100000, 999999)),
    ]
    b.run(b.chunks(1, 2), gaps, p=0.6, limit=5)
    if b.maybe(0.6):
        b.add("credit", "THEO {s}", s=b.source().upper())
    b.media_credit()
    if b.maybe(0.7):
        b.add("related", "ĐỌC THÊM TRANG {p}:", p=page + 2)
        b.R("{title}")
    b.add("widget", b.r.choice(["Giá: {g}đ", "GIÁ {g} ĐỒNG"]), g=b.r.choice(["4.000", "5.000", "6.000"]))


def _zalo_oa(b: _B) -> None:
    """Article published through a Zalo Official Account."""
    b.add("widget", "‹ Quay lại")
    b.site(b.pick(["Tin Nhanh Hoà Bình", "Bản tin Sáng Thuỷ", "Điểm tin 365", "Thời sự mỗi ngày"]))
    b.add("widget", "Tài khoản đã xác thực ✓ · {n} người quan tâm", n=b.num(1200, 480000))
    b.add("widget", "Quan tâm")
    b.title()
    b.date("{hm} {d}", hm=b.hm(), d=b.dmy())
    gaps = [
        lambda: b.R("📰 {title}"),
        lambda: b.add("widget", "👉 Nhấn \"Quan tâm\" để nhận tin sớm nhất mỗi ngày"),
        lambda: b.C("{cap} (Ảnh: {ag})"),
    ]
    b.run(b.chunks(1, 2), gaps, p=0.45)
    b.add("byline", b.r.choice(["Bài: {a}", "{a} (tổng hợp)"]), a=b.author())
    if b.maybe(0.6):
        b.add("credit", "Nguồn: {s}", s=b.source())
    b.media_credit()
    b.add("widget", "♥ {l} · 💬 {c}", l=b.r.randint(5, 900), c=b.r.randint(0, 120))
    b.add("widget", "Chia sẻ qua Zalo | Gửi cho bạn bè | Sao chép liên kết")
    b.add("related", "Bài viết khác")
    for _ in range(b.r.randint(1, 3)):
        b.R("{title}")
    b.add("widget", "Nhắn tin | Gọi điện | Xem trang")


def _podcast_ghi_chu(b: _B) -> None:
    """Show notes of a news podcast episode."""
    show = b.pick(["Nghe Thế Giới Mỗi Ngày", "Năm Phút Quốc Tế", "Bản Tin Trên Xe", "Tai Nghe Thời Sự"])
    b.site("{s} - Podcast", s=show)
    b.add("widget", "Tập {n} · {m} phút · Thời sự quốc tế", n=b.r.randint(40, 400), m=b.r.randint(8, 35))
    b.title()
    b.date("Phát hành {d}", d=b.dmy())
    b.add("widget", "▶ Nghe ngay | ⬇ Tải về | Tốc độ 1x | Hẹn giờ tắt")
    b.add("widget", "Trong tập này:")
    t = 0
    for label in ["Mở đầu", "Tin chính", "Bình luận của khách mời", "Điểm tin nhanh"][: b.r.randint(2, 4)]:
        b.add("widget", "{mm}:{ss} {l}", mm=f"{t // 60:02d}", ss=f"{t % 60:02d}", l=b.T(label))
        t += b.r.randint(40, 400)
    b.add("widget", b.r.choice(["Nội dung chính của tập:", "Bản ghi lời thoại (tự động, có thể có sai sót):"]))
    b.run(b.chunks(2, 4), [lambda: b.add("widget", "[Quảng cáo giữa chương trình]")], p=0.3, limit=1)
    b.add("byline", "Người dẫn: {h} · Biên tập: {a}", h=b.pick(REPORTERS), a=b.author())
    b.add("credit", b.r.choice(["Tư liệu: {s}", "Nguồn tin: {s} · Nhạc nền: Quỹ âm nhạc tự do"]), s=b.source())
    b.media_credit()
    b.add("related", "Nghe thêm các tập trước:")
    for k in range(b.r.randint(2, 3)):
        b.R("Tập {n}: {title}", n=b.r.randint(10, 39) - k)
    b.add("widget", "Ủng hộ chương trình qua ví điện tử hoặc theo dõi trên ứng dụng nghe podcast bạn yêu thích.")


def _app_thoi_tiet(b: _B) -> None:
    """News widget inside a weather app."""
    city = b.pick(["Hà Nội", "Đà Nẵng", "TP. Hồ Chí Minh", "Thanh Hoá", "Nha Trang", "Cần Thơ"])
    b.add("widget", "{c} · {t}°C · {d}", c=city, t=b.r.randint(16, 37),
          d=b.pick(["Có mây, không mưa", "Mưa rào rải rác", "Nắng nóng", "Trời quang"]))
    b.add("widget", "Cao {h}° Thấp {l}° · Độ ẩm {u}% · Gió {w} km/h", h=b.r.randint(28, 39), l=b.r.randint(18, 27),
          u=b.r.randint(40, 95), w=b.r.randint(3, 30))
    if b.maybe(0.6):
        b.add("widget", "Chỉ số UV: {u} ({lv}) · Chất lượng không khí: {a}", u=b.r.randint(2, 11),
              lv=b.pick(["Trung bình", "Cao", "Rất cao"]), a=b.pick(["Tốt", "Trung bình", "Kém"]))
    b.add("widget", "Hằng giờ | 10 ngày | Radar | Tin tức")
    b.title()
    b.date("{h} giờ trước", h=b.r.randint(1, 12))
    b.add("credit", "Nguồn: {s}", s=b.source())
    gaps = [
        lambda: b.add("widget", "⚠ Cảnh báo: Nắng nóng gay gắt từ 12h đến 16h, hạn chế ra ngoài"),
        lambda: b.add("widget", "Xem dự báo 10 ngày ›"),
        lambda: b.R("Tin liên quan: {title}"),
    ]
    b.run(b.chunks(1, 3), gaps, p=0.4)
    if b.maybe(0.6):
        b.add("byline", "Tác giả: {a}", a=b.author())
    b.media_credit()
    b.add("related", "Tin khác")
    for _ in range(b.r.randint(2, 3)):
        b.R("{title}")
    b.add("widget", "Mở trong trình duyệt | Báo cáo nội dung")


def _tap_chi_bay(b: _B) -> None:
    """In-flight magazine, world-news pages."""
    mag = b.pick(["Hành Trình Xanh", "Mây Trời", "Cánh Hạc", "Đường Bay"])
    b.site("{m} - Tạp chí trên không", m=mag.upper())
    b.add("widget", "Tháng {m}/{y} · Số {n}", m=b.s.when.month, y=b.s.when.year, n=b.r.randint(30, 160))
    b.add("widget", b.r.choice(["THẾ GIỚI TUẦN QUA", "TIN QUỐC TẾ", "BẢN TIN TOÀN CẦU"]))
    b.title()
    b.add("byline", "Bài: {a}", a=b.author())
    b.add("credit", "Ảnh: {p}/{s}", p=b.pick(PHOTOGS), s=b.source())
    gaps = [
        lambda: b.C("{cap} Ảnh: {ph}"),
        lambda: b.add("widget", "MUA SẮM TRÊN KHÔNG: Nước hoa, đồng hồ và mỹ phẩm giảm đến 20% - Vui lòng đặt hàng với tiếp viên"),
        lambda: b.add("widget", "Quý khách vui lòng để lại tạp chí trong túi ghế phía trước sau khi đọc."),
    ]
    b.run(b.chunks(2, 4), gaps, p=0.45)
    b.media_credit()
    b.add("related", "Cũng trong số này:")
    for _ in range(b.r.randint(2, 3)):
        b.R("Trang {p} | {title}", p=b.r.randint(8, 90))
    b.add("widget", "Chúc quý khách một chuyến bay an toàn và thoải mái!")


def _diem_bao_bo(b: _B) -> None:
    """A ministry office's daily press-review compilation (điểm báo)."""
    b.site(b.pick(["BỘ CÔNG THƯƠNG - VĂN PHÒNG BỘ", "UỶ BAN NHÂN DÂN TỈNH - VĂN PHÒNG", "BỘ NÔNG NGHIỆP - TRUNG TÂM THÔNG TIN"]))
    b.add("widget", "ĐIỂM BÁO NGÀY {d}", d=b.dmy())
    b.add("widget", "(Tài liệu lưu hành nội bộ)")
    b.add("widget", b.r.choice(["I. TIN QUỐC TẾ", "PHẦN II - THÔNG TIN QUỐC TẾ ĐÁNG CHÚ Ý"]))
    n = 1
    for _ in range(b.r.randint(1, 2)):
        if b.R("{n}. {title} ({p}, tr.{t})", n=n, p=b.pick(["Báo điện tử Chính phủ", "Báo Hoà Bình", "Tạp chí Kinh tế"]),
               t=b.r.randint(2, 16)):
            n += 1
    b.add("widget", "{n}.", n=n)
    b.title()
    b.add("credit", "(Nguồn: {s}, ngày {d})", s=b.source(), d=b.dmy())
    b.run(b.chunks(2, 4), [lambda: b.add("widget", "[...]")], p=0.3, limit=1)
    b.media_credit()
    for _ in range(b.r.randint(1, 2)):
        n += 1
        b.R("{n}. {title} ({p})", n=n, p=b.pick(["Báo Đầu tư", "Báo Người Lao động", "Thời báo Tài chính"]))
    b.add("byline", "Người tổng hợp: {a} - Phòng Tổng hợp", a=b.pick(REPORTERS))
    b.add("widget", "Nơi nhận: - Lãnh đạo Bộ (để b/c); - Các đơn vị thuộc Bộ; - Lưu: VT, TH.")


def _wiki_trich_dan(b: _B) -> None:
    """A wiki page quoting the story in a 'press coverage' section."""
    b.site(b.pick(["Từ điển mở Cộng đồng", "Bách khoa Mở Tiếng Việt"]))
    b.add("widget", "Bài viết | Thảo luận | Đọc | Sửa đổi | Xem lịch sử | Công cụ")
    b.add("widget", "Sự kiện quốc tế năm {y}", y=b.s.when.year)
    b.add("widget", "Mục lục [ẩn] 1 Bối cảnh 2 Trích dẫn báo chí 3 Xem thêm 4 Tham khảo")
    b.add("widget", "Trích dẫn báo chí[sửa | sửa mã nguồn]")
    b.title()
    b.run(b.chunks(1, 3), [lambda: b.add("widget", "[cần dẫn nguồn]"), lambda: b.C("{cap} (hình: Wikimedia)")], p=0.3, limit=2)
    b.add("widget", "Xem thêm[sửa | sửa mã nguồn]")
    for _ in range(b.r.randint(1, 3)):
        b.R("• {title}")
    b.add("widget", "Tham khảo[sửa | sửa mã nguồn]")
    b.add("credit", "^ {a} ({d}). Bài đăng trên {s}. Truy cập ngày {d2}.", a=b.author(), d=b.dmy(), s=b.source(),
          d2=f"{b.r.randint(1, 28):02d}/{b.r.randint(1, 12):02d}/{b.s.when.year + 1}")
    b.media_credit()
    b.add("widget", "Thể loại: Sự kiện năm {y} | Quan hệ quốc tế | Bài viết cần bổ sung nguồn", y=b.s.when.year)
    b.add("widget", "Trang này được sửa đổi lần cuối vào ngày {d}. Văn bản được phát hành theo Giấy phép Ghi công - Chia sẻ tương tự.",
          d=f"{b.r.randint(1, 28)} tháng {b.r.randint(1, 12)} năm {b.s.when.year + 1}")


def _rss_xuat(b: _B) -> None:
    """Text export of an item from an RSS reader."""
    b.add("widget", "Nguồn cấp: {f} ({n} chưa đọc)", f=b.pick(["Tin thế giới", "Quốc tế - Tổng hợp", "World news (VN)"]),
          n=b.r.randint(1, 300))
    b.add("widget", "Thư mục: {d} › Mục {i}/{t}", d=b.pick(["Thời sự", "Đọc buổi sáng"]), i=b.r.randint(1, 20), t=b.r.randint(21, 80))
    b.title()
    b.date("Xuất bản: {wd}, {dd} {mon} {y} {hm}:00 +0700", wd=_dt.date(b.s.when.year, b.s.when.month, b.s.when.day).strftime("%a"),
           dd=f"{b.s.when.day:02d}", mon=["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][b.s.when.month - 1],
           y=b.s.when.year, hm=b.hm())
    b.add("byline", "Tác giả: {a}", a=b.author())
    b.add("widget", "Liên kết: https://tinthegioi-rss.vn/bai/{n}.html", n=b.r.randint(100000, 999999))
    b.run(b.chunks(2, 5), [lambda: b.C("[Hình ảnh: {cap}]")], p=0.3, limit=1)
    b.add("credit", "Nguồn: {s}", s=b.source())
    b.media_credit()
    b.add("widget", "★ Gắn sao | ✓ Đánh dấu đã đọc | ↗ Mở bài gốc | ✉ Gửi qua email")
    b.R("Mục tiếp theo: {title}")
    b.add("widget", "Thẻ: quoc-te, thoi-su")


def _tai_lieu_nghien_cuu(b: _B) -> None:
    """A researcher's shared document with margin comments."""
    b.add("widget", "Tệp · Chỉnh sửa · Xem · Chèn · Định dạng · Công cụ · Trợ giúp")
    b.add("widget", "Chế độ xem: {m} · Chủ sở hữu: {o}", m=b.pick(["Gợi ý", "Chỉ xem", "Chỉnh sửa"]), o=b.pick(REPORTERS))
    b.add("widget", "Ghi chú dự án: Ngữ liệu tin quốc tế - mẫu số {n}", n=b.r.randint(1, 120))
    b.title()
    b.add("credit", "Trích từ: {s} - truy cập ngày {d}", s=b.source(), d=b.dmy())
    reviewers = ["Lan Hương", "Minh Đức", "Thuỷ Tiên", "Quang Hoà"]
    gaps = [
        lambda: b.add("widget", "[Nhận xét - {r}]: Cần đối chiếu lại số liệu với nguồn gốc.", r=b.pick(reviewers)),
        lambda: b.add("widget", "↳ Trả lời - {r}: Đã kiểm tra, khớp với bản tiếng Anh.", r=b.pick(reviewers)),
        lambda: b.add("widget", "[Nhận xét - {r}]: Đoạn này có thể dùng làm ví dụ cho chương 3. ✓ Đã giải quyết", r=b.pick(reviewers)),
        lambda: b.C("[Hình 1] {cap}"),
    ]
    b.run(b.chunks(1, 3), gaps, p=0.55)
    b.add("byline", "Tác giả bài gốc: {a}", a=b.author())
    b.media_credit()
    b.add("related", "Đọc đối chiếu:")
    for _ in range(b.r.randint(1, 3)):
        b.R("- {title}")
    b.add("widget", "Lần chỉnh sửa cuối: {h} giờ trước bởi {r}", h=b.r.randint(1, 30), r=b.pick(reviewers))


def _doc_sau(b: _B) -> None:
    """A read-it-later app's saved clip."""
    b.add("widget", "← Danh sách đọc")
    b.add("widget", "Aa · ☆ · Lưu trữ · Chia sẻ · ⋯")
    b.site(b.pick(["tinquocte24.vn", "baothegioi.net", "thoisuhoabinh.vn"]))
    b.title()
    b.add("byline", "{a} · {m} phút đọc", a=b.author(), m=max(1, len(" ".join(b.s.items).split()) // 200))
    gaps = [
        lambda: b.add("widget", "✎ Bạn đã tô sáng đoạn này"),
        lambda: b.add("widget", "Ghi chú của bạn: đọc lại cuối tuần"),
    ]
    b.run(b.chunks(1, 3), gaps, p=0.35, limit=2)
    b.media_credit()
    b.add("widget", "Thẻ: #thế-giới #đọc-sau")
    b.add("related", "Gợi ý đọc tiếp")
    b.RT("{title} — {teaser}") or b.R("{title}")
    b.R("{title}")
    b.add("widget", "Đã lưu ngày {d} · Xem bản gốc", d=b.dmy())


def _ban_tin_thong_tan(b: _B) -> None:
    """Wire-service feed item with slug line and priority code."""
    slug = "-".join(_ascii(w).upper() for w in b.s.title.split()[:3] if w.isalpha()) or "TIN"
    b.add("widget", "QT-{mm}{dd}-{n} | ƯU TIÊN {p} | THẾ GIỚI", mm=f"{b.s.when.month:02d}", dd=f"{b.s.when.day:02d}",
          n=f"{b.r.randint(1, 199):03d}", p=b.r.randint(1, 4))
    b.add("widget", "SLUG: {s}", s=slug)
    b.date("{d} {hm} GMT+7", d=b.dmy(), hm=b.hm())
    b.add("widget", "Số chữ: {n}", n=len(" ".join(b.s.items).split()))
    if b.maybe(0.5):
        b.add("widget", "Lưu ý: Không đăng phát trước {h}:00", h=b.r.randint(6, 22))
    b.title()
    b.run(b.chunks(1, 2), [lambda: b.add("widget", "(còn nữa)"), lambda: b.add("widget", "+++")], p=0.25, limit=1)
    b.add("widget", b.r.choice(["--HẾT--", "(Hết)", "###"]))
    b.add("byline", "PV {a} / BTV {e}", a=b.author(), e=b.pick(REPORTERS))
    b.add("credit", "Nguồn: {s}", s=b.source())
    b.media_credit()
    b.R("Tin liên quan đã phát: QT-{mm}{dd}-{n} {title}", mm=f"{b.s.when.month:02d}", dd=f"{max(1, b.s.when.day - 1):02d}",
        n=f"{b.r.randint(1, 199):03d}")


def _phu_de_truyen_hinh(b: _B) -> None:
    """Subtitle file (SRT) of a TV news segment."""
    cue = [1]
    t = [0.0]

    def stamp(secs: float) -> str:
        ms = int(round(secs * 1000))
        h, ms = divmod(ms, 3_600_000)
        m, ms = divmod(ms, 60_000)
        s, ms = divmod(ms, 1000)
        return f"{h:02d}:{m:02d}:{s:02d},{ms:03d}"

    def head(chars: int) -> None:
        dur = max(1.5, chars / 16.0)
        b.add("widget", "{n}", n=cue[0])
        b.add("widget", "{a} --> {z}", a=stamp(t[0]), z=stamp(t[0] + dur))
        cue[0] += 1
        t[0] += dur + 0.2

    head(10)
    b.add("widget", "[NHẠC HIỆU]")
    head(40)
    b.add("widget", b.r.choice(["Bản tin Thế giới 24 giờ xin kính chào quý vị.", "Quý vị đang theo dõi chuyên mục Quốc tế hôm nay."]))
    head(len(b.s.title))
    b.title()
    for para in b.chunks(1, 1):
        head(len(para[0]))
        b.para(para)
    head(30)
    b.add("byline", "Biên tập: {a}", a=b.author())
    head(30)
    b.add("credit", "Nguồn hình ảnh: {s}", s=b.source())
    if b._titles:
        head(60)
        b.R("Tiếp theo trong chương trình: {title}")
    head(40)
    b.add("widget", "[Phụ đề do Ban Thời sự thực hiện]")


_LAYOUT_FUNCS = {
    "dai_ptth_tinh": _dai_ptth_tinh,
    "ban_tin_hiep_hoi": _ban_tin_hiep_hoi,
    "tap_chi_cuu_sv": _tap_chi_cuu_sv,
    "app_chung_khoan": _app_chung_khoan,
    "vi_dien_tu": _vi_dien_tu,
    "fanpage_chua": _fanpage_chua,
    "cong_bat_dong_san": _cong_bat_dong_san,
    "blog_lu_hanh": _blog_lu_hanh,
    "ocr_bao_in": _ocr_bao_in,
    "zalo_oa": _zalo_oa,
    "podcast_ghi_chu": _podcast_ghi_chu,
    "app_thoi_tiet": _app_thoi_tiet,
    "tap_chi_bay": _tap_chi_bay,
    "diem_bao_bo": _diem_bao_bo,
    "wiki_trich_dan": _wiki_trich_dan,
    "rss_xuat": _rss_xuat,
    "tai_lieu_nghien_cuu": _tai_lieu_nghien_cuu,
    "doc_sau": _doc_sau,
    "ban_tin_thong_tan": _ban_tin_thong_tan,
    "phu_de_truyen_hinh": _phu_de_truyen_hinh,
}
assert tuple(_LAYOUT_FUNCS) == LAYOUTS


# ---------------------------------------------------------------------------
# scraper faults
# ---------------------------------------------------------------------------

def _inner_spaces(s: str) -> list[int]:
    return [i for i, c in enumerate(s) if c == " " and 0 < i < len(s) - 1]


def _apply_faults(items: list[str], faults: list[str], rng: random.Random) -> list[str]:
    items = list(items)
    if "glued" in faults:
        cands = [i for i in range(len(items) - 1)
                 if len(items[i]) > 1 and items[i][-1] == "." and items[i][-2].islower() and items[i + 1][:1].isupper()]
        if cands:
            i = rng.choice(cands)
            items[i:i + 2] = [items[i] + items[i + 1]]
        elif "nbsp" not in faults:
            faults = [*faults, "nbsp"]
    for kind, ch in (("nbsp", "\u00a0"), ("double_space", "  ")):
        if kind in faults:
            for idx in rng.sample(range(len(items)), min(len(items), rng.randint(1, 3))):
                sp = _inner_spaces(items[idx])
                for pos in sorted(rng.sample(sp, min(len(sp), rng.randint(1, 2))), reverse=True):
                    items[idx] = items[idx][:pos] + ch + items[idx][pos + 1:]
    if "zwsp" in faults:
        for idx in rng.sample(range(len(items)), min(len(items), rng.randint(1, 2))):
            sp = _inner_spaces(items[idx])
            if sp:
                pos = rng.choice(sp)
                items[idx] = items[idx][:pos] + "\u200b" + items[idx][pos:]
    if "bom" in faults:
        items[0] = "\ufeff" + items[0]
    return items


# ---------------------------------------------------------------------------
# main entry
# ---------------------------------------------------------------------------

def _when(rng: random.Random) -> _dt.datetime:
    day = _dt.date(2016, 1, 1) + _dt.timedelta(days=rng.randrange(0, 4 * 365))
    return _dt.datetime(day.year, day.month, day.day, rng.randint(5, 23), rng.randint(0, 59))


def _page_faults(n: int) -> dict[int, list[str]]:
    rng = random.Random(f"{SEED}:faults")
    chosen = sorted(rng.sample(range(n), round(n / 4))) if n else []
    out: dict[int, list[str]] = {}
    for k in chosen:
        out[k] = sorted(rng.sample(FAULTS, rng.choice([1, 1, 2])))
    return out


def pages(train_path) -> list[Page]:
    body_rows = _read_rows(train_path, BODY_ROWS)
    rel_pool = [_related_item(obj) for _i, obj in _read_rows(train_path, RELATED_ROWS)]
    faults = _page_faults(len(body_rows))
    out: list[Page] = []
    for k, (row, obj) in enumerate(body_rows):
        layout = LAYOUTS[k % len(LAYOUTS)]
        rng = random.Random(f"{SEED}:{row}:{layout}")
        items, author, source, media, compiled = story_sentences(obj["article"])
        if not items:  # keep the page: fall back to every sentence we could split
            items = [s for s in split_sentences(_norm(obj["article"]))[0] if not _MEDIA.search(s)][:1]
        page_faults = faults.get(k, [])
        if not items:
            page_faults = [f for f in page_faults if f == "nfd"]
        items = _apply_faults(items, page_faults, rng)
        story = _Story(
            title=_norm(obj["title"]),
            items=items,
            author=author,
            source=source,
            media=media,
            compiled=compiled,
            rel=rng.sample(rel_pool, min(8, len(rel_pool))),
            when=_when(rng),
        )
        b = _B(rng, rng.choice(["new", "old"]), story)
        _LAYOUT_FUNCS[layout](b)
        assert b.body == items, (row, layout)
        text = "\n".join(line for _tag, line in b.rows)
        furniture = [(tag, line) for tag, line in b.rows if tag in KINDS]
        body = list(b.body)
        if "nfd" in page_faults:
            text = unicodedata.normalize("NFD", text)
            body = [unicodedata.normalize("NFD", s) for s in body]
            furniture = [(t, unicodedata.normalize("NFD", l)) for t, l in furniture]
        for tag, line in b.rows:
            assert line and line == line.strip() and "\n" not in line, (row, tag, line)
        assert sum(tag in ("title", "date", "site") for tag, _ in b.rows) <= 3
        out.append(Page(text=text, body=body, furniture=furniture, layout=layout))
    return out


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 1:
        print("usage: python eval/clean_test35/make.py TRAIN.jsonl.gz", file=sys.stderr)
        return 2
    ps = pages(argv[0])
    kinds = {k: 0 for k in KINDS}
    for p in ps:
        for k, _l in p.furniture:
            kinds[k] += 1
    per_layout = {name: sum(p.layout == name for p in ps) for name in LAYOUTS}
    nf = len(_page_faults(len(ps)))
    print(f"pages: {len(ps)}")
    print(f"body sentences: {sum(len(p.body) for p in ps)}")
    print(f"furniture lines: {sum(len(p.furniture) for p in ps)}")
    print("furniture by kind: " + ", ".join(f"{k}={v}" for k, v in kinds.items()))
    print(f"pages with scraper faults: {nf}")
    print(f"layouts used: {sum(v > 0 for v in per_layout.values())}/{len(LAYOUTS)}")
    for name, n in per_layout.items():
        print(f"  {name}: {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
