#!/usr/bin/env python3
"""Blind held-out test set "test30" for the page cleaner.

Every usable VietNews row in BODY_ROWS becomes one synthetic scraped page: the
story's own sentences (the body) wrapped in page furniture -- bylines, credits,
photo captions, related-story links and widgets (menus, share rows, ads,
comments, footers ...) -- in one of LAYOUTS.  Other stories' headlines, teasers
and caption sentences come only from RELATED_ROWS (title + first RELATED_CUT
characters of the article).  Standard library only; seeded and deterministic.

Usage:  python eval/clean_test30/make.py TRAIN.jsonl.gz
"""
from __future__ import annotations

import gzip
import json
import random
import re
import sys
import time
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta

SEED = 3021
BODY_ROWS = range(11_600, 11_900)
RELATED_ROWS = range(18_000, 18_300)
RELATED_CUT = 1_200
KINDS = ("byline", "credit", "caption", "related", "widget")
LAYOUTS = (
    "desktop_portal",
    "amp_mobile",
    "app_share_text",
    "social_fanpage",
    "chat_forward",
    "email_digest",
    "print_ocr",
    "screen_reader",
    "web_archive",
    "aggregator_card",
    "tv_radio_site",
    "gov_portal",
    "forum_repost",
    "overseas_weekly",
    "pdf_export",
    "market_section",
    "sports_portal",
    "lifestyle_magazine",
)


@dataclass
class Page:
    text: str
    body: list[str]
    furniture: list[tuple[str, str]]
    layout: str


# --------------------------------------------------------------------------
# Reading the corpus
# --------------------------------------------------------------------------

_ZW = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)


def _clean(s: str) -> str:
    s = unicodedata.normalize("NFC", s).translate(_ZW)
    return re.sub(r"\s+", " ", s).strip()


def _parse(raw: bytes, cut: int | None) -> tuple[str, str] | None:
    """(title, article) of a usable row, else None."""
    try:
        row = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    if not isinstance(row, dict):
        return None
    title, article = row.get("title"), row.get("article")
    if not isinstance(title, str) or not isinstance(article, str):
        return None
    if cut is not None:
        article = article[:cut]
    title, article = _clean(title), _clean(article)
    if not title or not article:
        return None
    return title, article


def _read(train_path) -> tuple[list[tuple[int, str, str]], list[tuple[int, str, str]]]:
    last = max(BODY_ROWS.stop, RELATED_ROWS.stop)
    body, related = [], []
    with open(train_path, "rb") as fh:
        gz = fh.read(2) == b"\x1f\x8b"
    opener = gzip.open if gz else open
    with opener(train_path, "rb") as fh:
        for i, raw in enumerate(fh):
            if i >= last:
                break
            if not raw.strip():
                continue
            if i in BODY_ROWS:
                got = _parse(raw, None)
                if got:
                    body.append((i, *got))
            elif i in RELATED_ROWS:
                got = _parse(raw, RELATED_CUT)
                if got:
                    related.append((i, *got))
    return body, related


# --------------------------------------------------------------------------
# Sentences and trailers
# --------------------------------------------------------------------------

_ABBR = {
    "TP", "Tp", "tp", "Q", "P", "GS", "PGS", "TS", "ThS", "Ths", "BS", "KS", "CN",
    "Th", "St", "Mr", "Mrs", "Ms", "Dr", "Co", "Ltd", "Inc", "Corp", "No", "Jr",
    "Sr", "vs", "TT", "TX", "Tr", "tr", "NSƯT", "NSND", "Mt", "Ph", "Đ", "đ", "LS", "Ls",
    "NS", "NXB", "HLV", "TSKH", "BSCK", "ĐBQH", "Cty", "Pte", "Bros",
}
_CLOSERS = "”’»)]"
_OPENERS = "“\"‘«(['*>"
_ROMAN_BEFORE = {"quý", "phần", "đoạn", "khoá", "khóa", "kỳ", "thứ", "loại", "nhóm", "hạng"}
_END = ".!?…"
_INITIAL = re.compile(r"(?:[^\W\d_]\.)+(?:[^\W\d_]+)?")


def _is_abbrev(tok: str, prev: str = "") -> bool:
    if tok in _ABBR:
        return True
    if len(tok) == 1 and tok.isupper():
        # "quý I." / "giai đoạn II." end sentences; "Nguyễn Văn A." or "V. Phan" do not
        return not (tok in "IVX" and prev.lower() in _ROMAN_BEFORE)
    if tok.isdigit() and len(tok) <= 2:  # list numbers: "gồm: 1. Xây dựng ..."
        return prev == "" or prev[-1:] in ":;"
    return bool(_INITIAL.fullmatch(tok + ".")) and tok[:1].isupper() and "." in tok


def _boundaries(text: str) -> list[int]:
    """Start offsets of sentences 2.. (after the separating space)."""
    out = []
    start = 0
    n = len(text)
    for m in re.finditer(r"[.!?…]+", text):
        j = m.end()
        while j < n:
            if text[j] in _CLOSERS:
                j += 1
            elif text[j] == '"' and text[start:j].count('"') % 2 == 1:
                j += 1
            elif (text[j] == " " and j + 1 < n and (text[j + 1] in _CLOSERS or (
                    text[j + 1] == '"' and text[start:j].count('"') % 2 == 1))
                  and (j + 2 == n or text[j + 2] == " ")):
                j += 2
            else:
                break
        if j >= n or text[j] != " ":
            continue
        nxt = text[j + 1: j + 2]
        if not (nxt.isupper() or (nxt and nxt in _OPENERS) or (nxt.isdigit() and m.group() in ".!?")):
            continue
        if nxt == '"':
            after = text[j + 2:].lstrip(" ")[:1]
            if not after or after in ",.;:" or after.islower():
                continue
        if m.group() == ".":
            words = text[start: m.start()].rsplit(" ", 2)
            if _is_abbrev(words[-1].lstrip(_OPENERS), words[-2] if len(words) > 1 else ""):
                continue
        out.append(j + 1)
        start = j + 1
    return out


def split_sentences(text: str) -> list[str]:
    cuts = [0] + _boundaries(text) + [len(text)]
    return [s for s in (text[a:b].strip() for a, b in zip(cuts, cuts[1:])) if s]


def _complete(s: str) -> bool:
    core = s.rstrip(_CLOSERS + '" ')
    return bool(core) and core[-1] in _END


_FUSED = re.compile(
    r"(?:Ảnh|ẢNH|Video|VIDEO|Clip|CLIP|Nguồn|NGUỒN|Đồ hoạ|Đồ họa|Infographic|"
    r"Xem thêm|XEM THÊM|Đọc thêm|Xem video|Tin liên quan|Bài liên quan)\s*:"
    r"|\(\s*[Ảả]nh|Ảnh (?:minh|T\.?L|cắt|chụp|VGP|tư liệu)|> ?>"
    r"|^(?:Clip|Video|Xem video|Bài kỳ trước|Kỳ trước|Bài \d+ ?:)"
    r"|(?:^|\s)\*|\(\*\)"
)


def _name_word(w: str) -> bool:
    return w.isalpha() and w[0].isupper() and (len(w) == 1 or w[1:].islower() or w.isupper())


def _name_seq(toks: list[str], i: int) -> int:
    """Index after a 1-4 token personal name starting at i (i if none)."""
    j = i
    initials = 0
    while j < len(toks) and j - i < 4:
        w = toks[j]
        if _name_word(w):
            j += 1
        elif _INITIAL.fullmatch(w) and w[0].isupper():
            initials += 1
            j += 1
        else:
            break
    if initials and j - i > 2:
        return i
    return j


def _is_byline(tail: str) -> bool:
    core = tail
    if len(core) > 70 or (core.endswith(".") and not _INITIAL.fullmatch(core.split()[-1])):
        return False
    toks = core.split(" ")
    j = _name_seq(toks, 0)
    if j == 0:
        return False
    groups = 0
    while j < len(toks) and groups < 2:
        t = toks[j]
        if t in ("-", "–") and j + 1 < len(toks):
            k = _name_seq(toks, j + 1)
            if k == j + 1:
                return False
            j = k
        elif t == "/" and j + 1 < len(toks):
            k = j + 1
            while k < len(toks) and k - j <= 3 and (_name_word(toks[k]) or toks[k].isupper()):
                k += 1
            if k == j + 1:
                return False
            j = k
        elif t.startswith("("):
            rest = " ".join(toks[j:])
            return bool(re.fullmatch(r"\([^()]{1,40}\)", rest))
        else:
            return False
        groups += 1
    return j == len(toks)


_REL_TRAILER = re.compile(
    r"(?:Xem thêm|XEM THÊM|Đọc thêm|ĐỌC THÊM|Mời xem|Xem video|Clip|CLIP|Video|VIDEO"
    r"|Tin liên quan|Bài liên quan|> ?> ?>|>>)(?=[\s:>]|$)"
)
_CREDIT_TRAILER = re.compile(r"\(?(?:Theo|THEO|Nguồn|nguồn|NGUỒN|Nguồn tin)\s*:?\s+([^()]{2,60}?)\.?\)?\.?")


def _classify_tail(tail: str) -> str | None:
    if len(tail) > 200:
        return None
    if _REL_TRAILER.match(tail):
        return "related"
    m = _CREDIT_TRAILER.fullmatch(tail)
    if m and m.group(1)[:1].isupper() and len(m.group(1).split()) <= 7 \
            and not re.search(r"[.!?,;:]", m.group(1)):
        return "credit"
    if _is_byline(tail):
        return "byline"
    return None


def peel_trailers(text: str) -> tuple[str, list[tuple[str, str]]]:
    """Split glued author / credit / see-also trailers off the end of a story."""
    trailers: list[tuple[str, str]] = []
    for _ in range(3):
        found = None
        for b in _boundaries(text):
            tail = text[b:].strip()
            if not tail or len(tail) > 200:
                continue
            kind = _classify_tail(tail)
            if kind:
                found = (b, kind, tail)
                break
        if not found:
            break
        pos, kind, tail = found
        trailers.insert(0, (kind, tail))
        text = text[:pos].rstrip()
    return text, trailers


def story_sentences(article: str) -> tuple[list[str], list[tuple[str, str]]]:
    """Body sentences (fused captions, notes and a cut-off tail left out) + trailers."""
    text, trailers = peel_trailers(article)
    sents = split_sentences(text)
    if sents and not _complete(sents[-1]):
        sents.pop()
    merged: list[str] = []
    for s in sents:
        if not any(ch.isalpha() for ch in s):
            if merged and any(ch.isdigit() for ch in s):
                merged[-1] += " " + s
            continue
        merged.append(s)
    body = [s for s in merged if not _FUSED.search(s)]
    if not body:  # nothing sentence-like left: keep the story text (trailers stay furniture)
        body = [text]
    return body, trailers


# --------------------------------------------------------------------------
# Invented wording pools
# --------------------------------------------------------------------------

FAMILY = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
          "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Tạ", "Lương", "Mai", "Trịnh",
          "Cao", "Kiều", "Lâm", "Tô", "Quách")
MIDDLE = ("Văn", "Thị", "Minh", "Thanh", "Hoàng", "Ngọc", "Quốc", "Hữu", "Đức", "Thu",
          "Hải", "Bảo", "Khánh", "Phương", "Anh", "Gia", "Kim", "Xuân", "Diệu", "Trọng")
GIVEN = ("An", "Bình", "Châu", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hiếu", "Hoa", "Hùng",
         "Khoa", "Lan", "Linh", "Long", "Mai", "Nam", "Nga", "Ngân", "Nhung", "Phong",
         "Phúc", "Quân", "Quyên", "Sơn", "Tâm", "Thảo", "Thắng", "Trang", "Trung", "Tú",
         "Tuấn", "Uyên", "Vân", "Việt", "Yến", "Đạt", "Duy", "Khải", "Nhi", "Lộc", "Vy")
CITIES = ("Hà Nội", "TP.HCM", "Đà Nẵng", "Hải Phòng", "Cần Thơ", "Huế", "Nha Trang",
          "Quảng Ninh", "Nghệ An", "Bình Dương", "Đồng Nai", "Lâm Đồng", "Thanh Hóa",
          "Bắc Ninh", "Quy Nhơn", "Vũng Tàu")
PROVINCES = ("Hòa Bình", "Thái Nguyên", "Quảng Trị", "Bình Định", "Long An", "Đắk Lắk",
             "Hà Tĩnh", "Tiền Giang", "Phú Thọ", "Sóc Trăng", "Ninh Thuận", "Yên Bái")
OUTLETS = (
    ("Nhịp Sống Thị Trường", "nhipsongthitruong.vn"),
    ("Tin Tức Phương Nam", "tintucphuongnam.com.vn"),
    ("Sông Hàn Online", "songhanonline.vn"),
    ("Thời báo Đầu tư & Tiêu dùng", "daututieudung.vn"),
    ("Kinh Tế Số 24h", "kinhteso24h.vn"),
    ("Tin Sáng Việt", "tinsangviet.net"),
    ("Người Đô Thị Mới", "nguoidothimoi.vn"),
    ("Tài Chính Xanh", "taichinhxanh.vn"),
    ("Dân Sinh Hôm Nay", "dansinhhomnay.vn"),
    ("Doanh Nhân Trẻ Việt", "doanhnhantreviet.vn"),
    ("Báo điện tử Ánh Dương", "anhduong.vn"),
    ("Thị Trường & Đời Sống", "thitruongdoisong.vn"),
    ("Góc Nhìn Kinh Tế", "gocnhinkinhte.vn"),
    ("Tiêu Điểm 365", "tieudiem365.vn"),
)
SOURCES = ("Thời báo Đồng Bằng", "Tạp chí Phố Thị", "Kinh tế Miền Trung", "Báo Lao Động Mới",
           "Tin Nhanh Cửu Long", "Đầu Tư Bền Vững", "Thông tấn Phương Nam", "Tạp chí Ngân hàng Số",
           "Người Tiêu Dùng Online", "Bản tin Hạ Long", "Nông Thôn Ngày Mới", "Đô Thị Xanh")
FOREIGN = ("Reuters", "AFP", "AP", "Bloomberg", "CNBC", "Nikkei Asia", "BBC", "Financial Times",
           "Forbes", "Business Insider", "SCMP", "Yonhap", "Kyodo", "The Guardian", "CNN")
SECTIONS = ("Thời sự", "Kinh doanh", "Tài chính", "Bất động sản", "Thị trường", "Doanh nghiệp",
            "Ngân hàng", "Chứng khoán", "Tiêu dùng", "Xã hội", "Đầu tư", "Kinh tế số", "Pháp luật",
            "Thế giới", "Công nghệ", "Sức khỏe", "Giáo dục", "Giải trí", "Thể thao", "Du lịch",
            "Xe", "Ý kiến", "Video", "Podcast", "Multimedia")
TOPICS = ("giá vàng", "ngân hàng", "bất động sản", "chứng khoán", "xăng dầu", "Vietlott",
          "doanh nghiệp", "thuế", "BOT", "tỷ giá", "lãi suất", "cổ phiếu", "xuất khẩu",
          "đất đai", "tiền lương", "hàng giả", "đầu tư", "du lịch", "ô tô", "khởi nghiệp",
          "lợi nhuận", "cổ đông", "thương mại", "tiêu dùng", "quy hoạch", "FDI")
COMMENTS = (
    "Thông tin rất hữu ích, cảm ơn tòa soạn.",
    "Cần làm rõ trách nhiệm của những người liên quan.",
    "Giá cả cứ tăng mãi thế này thì dân chịu sao nổi.",
    "Mong cơ quan chức năng sớm vào cuộc.",
    "Bài phân tích rất hay và khách quan.",
    "Đọc xong thấy thương người lao động quá.",
    "Ai ở gần đó cho hỏi tình hình thực tế thế nào ạ?",
    "Chuyện này năm nào cũng nói mà chẳng thấy thay đổi gì.",
    "Ủng hộ quyết định này!",
    "Đề nghị báo tiếp tục theo dõi và thông tin thêm.",
    "Tôi thấy số liệu này chưa thuyết phục lắm.",
    "Làm ăn kiểu này thì sớm muộn cũng mất khách thôi.",
    "Hy vọng năm sau mọi chuyện sẽ khá hơn.",
    "Quá đúng, nhà tôi cũng từng gặp trường hợp tương tự.",
    "Chia sẻ cho mọi người cùng biết.",
    "Nhà nước cần có chính sách hỗ trợ người dân nhiều hơn.",
    "Nên công khai danh sách để người dân được biết.",
    "Tiền nào của nấy thôi các bác ạ.",
    "Xin hỏi tác giả số liệu này lấy ở đâu vậy?",
    "Đầu tư thì phải chấp nhận rủi ro chứ.",
    "Cứ đà này thì bao giờ mới mua nổi nhà.",
    "Viết hay nhưng hơi dài, mong có bản tóm tắt.",
    "Lại là câu chuyện cũ, xử lý nghiêm mới răn đe được.",
    "Cảm ơn phóng viên đã lên tiếng thay người dân.",
    "Theo tôi thì nên chờ thêm một thời gian rồi hãy kết luận.",
    "Tuyệt vời, mong có thêm nhiều doanh nghiệp như vậy.",
    "Hóng phần tiếp theo của loạt bài.",
    "Ở quê tôi cũng đang y hệt như thế.",
)
ADS = (
    ("Sao Mai Land", "Căn hộ ven sông chỉ từ 1,6 tỷ đồng, nhận nhà ở ngay, hỗ trợ vay 70%."),
    ("Ví Xanh Pay", "Nạp tiền điện thoại giảm 20% mỗi thứ Sáu, áp dụng cho khách hàng mới."),
    ("Bảo Hiểm An Tâm", "Mua bảo hiểm xe máy trực tuyến chỉ 66.000 đồng/năm, nhận chứng nhận trong 5 phút."),
    ("Học viện Ngoại ngữ Sao Việt", "Khóa IELTS cấp tốc cam kết đầu ra 6.5, học thử miễn phí tuần đầu."),
    ("Trà Thảo Mộc Núi Xanh", "Bí quyết ngủ ngon không cần thuốc, hàng nghìn khách hàng đã tin dùng."),
    ("Ngân hàng số Mây", "Mở tài khoản online trong 3 phút, miễn phí chuyển khoản trọn đời."),
    ("Ô tô Phúc Thịnh", "Ưu đãi lệ phí trước bạ đến 50% cho mẫu SUV 7 chỗ trong tháng này."),
    ("Điện máy Ngôi Sao", "Siêu sale cuối tuần: tivi, tủ lạnh, máy giặt giảm đến 49%."),
    ("Vay Nhanh 24h", "Vay tiêu dùng không cần thế chấp, giải ngân trong ngày, lãi suất từ 0,9%/tháng."),
    ("Du lịch Cánh Buồm", "Tour Phú Quốc 3 ngày 2 đêm trọn gói chỉ 2,99 triệu đồng."),
    ("Phòng khám Tâm An", "Tầm soát sức khỏe tổng quát, giảm 30% cho khách hàng đặt lịch online."),
    ("Sữa hạt Mộc Nhiên", "Bổ sung dinh dưỡng cho cả nhà, mua 2 tặng 1 trong tháng này."),
)
AD_LABELS = ("Quảng cáo", "QUẢNG CÁO", "ADVERTISEMENT", "Nội dung tài trợ", "Tài trợ", "- Quảng cáo -",
             "Sponsored", "Thông tin doanh nghiệp", "Đối tác")
AD_CTAS = ("Xem ngay »", "Tìm hiểu thêm", "Đăng ký tư vấn", "Mua ngay", "Nhận ưu đãi", "Chi tiết tại đây")
WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")
CLUBS = ("Phương Nam FC", "Sông Hàn", "Cao Nguyên", "Cửu Long", "Thủ Đô", "Miền Trung",
         "Cảng Biển", "Hoa Ban", "Núi Ngọc", "Bến Thành")
PROGRAMS = ("Chào buổi sáng", "Thời sự 12h", "Kinh tế 24h", "Phim truyện: Mùa lúa chín",
            "Bản tin Tài chính", "Nông thôn ngày nay", "Thời sự 19h", "Góc nhìn cuối tuần",
            "Thể thao tối nay", "Ca nhạc theo yêu cầu", "Chuyện đô thị", "Sức khỏe cho mọi nhà")


def _slug(text: str) -> str:
    t = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    t = "".join(ch for ch in t if not unicodedata.combining(ch)).lower()
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")


def _balanced(s: str) -> bool:
    return s.count("(") == s.count(")") and s.count('"') % 2 == 0 and s.count("“") == s.count("”")


# --------------------------------------------------------------------------
# Page context: one per page, with its own RNG
# --------------------------------------------------------------------------

class Ctx:
    def __init__(self, k, row, title, sents, trailers, pool, faulty):
        self.r = random.Random(SEED * 1_000_003 + row)
        self.k = k
        self.title = title
        self.sents = sents
        self.trailers = trailers
        self.pool = pool
        self.faulty = faulty
        self.sep = " "
        self.outlet, self.domain = self.r.choice(OUTLETS)
        self.dt = datetime(2016, 1, 1) + timedelta(minutes=self.r.randrange(4 * 365 * 24 * 60))
        order = list(range(len(pool)))
        self.r.shuffle(order)
        self._rel = order
        self.section = self.r.choice(SECTIONS[:14])
        self.low = (title + " " + " ".join(sents)).lower()

    # ---- names and people -------------------------------------------------
    def full(self):
        r = self.r
        return f"{r.choice(FAMILY)} {r.choice(MIDDLE)} {r.choice(GIVEN)}"

    def pen(self):
        r = self.r
        return f"{r.choice(MIDDLE + GIVEN[:12])} {r.choice(GIVEN)}"

    def handle(self):
        r = self.r
        base = unicodedata.normalize("NFD", r.choice(GIVEN) + r.choice(FAMILY)).encode("ascii", "ignore")
        return f"{base.decode().lower()}{r.randint(7, 2005)}"

    def byline(self):
        r = self.r
        p, f, c = self.pen(), self.full(), r.choice(CITIES)
        return r.choice((
            p, p.upper(), f, f"Bài và ảnh: {f}", f"{p} - {self.pen()}", f"{p} ({c})",
            f"Phóng viên {f}", f"{p} / {r.choice(SOURCES)}", f"Nhóm PV {self.section}",
            f"Tác giả: {f}", f"{p} | Biên tập: {self.pen()}", f"PV {p}",
            f"{f} – Phóng viên thường trú tại {c}", f"Thực hiện: {p}, {self.pen()}",
            f"{p} (thực hiện)", f"Bởi {f}", f"{f.upper()}", f"{p} ghi", f"ThS. {f}",
            f"{p} (tổng hợp)", f"Nhóm phóng viên {self.outlet}", f"{p} - {c}",
            f"{p} (Theo {r.choice(FOREIGN)})", f"{p} (lược dịch từ {r.choice(FOREIGN)})",
        ))

    def credit(self):
        r = self.r
        s, fo = r.choice(SOURCES), r.choice(FOREIGN)
        return r.choice((
            f"Theo {s}", f"Nguồn: {s}", f"(Theo {fo})", f"Theo {fo}, {r.choice(FOREIGN)}",
            f"Lược dịch từ {fo}", f"Dịch từ bài gốc đăng trên {fo}", f"Nguồn tin: {s}",
            f"Bài viết được đăng lại từ {s}", f"© {s}", f"Theo {s} - {r.choice(FOREIGN)}",
            f"Tổng hợp từ {fo} và {r.choice(FOREIGN)}", f"Nguồn bài: {self.domain}",
            f"— {s}", f"Theo {s.upper()}", f"Nguồn: {fo} (lược dịch)",
        ))

    # ---- dates ----------------------------------------------------------------
    def date_line(self, style=None):
        r, d = self.r, self.dt
        wd = WEEKDAYS[d.weekday()]
        forms = (
            f"{wd}, {d:%d/%m/%Y} {d:%H:%M} (GMT+7)",
            f"{d:%d/%m/%Y} - {d:%H:%M}",
            f"{d:%H:%M} | {d:%d-%m-%Y}",
            f"Cập nhật lúc {d:%H:%M} ngày {d.day}/{d.month}/{d.year}",
            f"{wd}, ngày {d.day} tháng {d.month} năm {d.year}",
            f"Đăng ngày {d:%d.%m.%Y}",
            f"{d.day}/{d.month}/{d.year} {d.hour % 12 or 12}:{d:%M} {'SA' if d.hour < 12 else 'CH'}",
            f"Ngày đăng: {d:%d/%m/%Y}",
            f"{wd.lower()}, {d:%d/%m/%Y}, {d:%H:%M} [GMT+7]",
            f"{d.day} Th{d.month:02d}, {d.year}",
            f"{d:%d/%m/%Y} {d:%H:%M:%S}",
        )
        if style == "relative":
            return r.choice((f"{r.randint(2, 59)} phút trước", f"{r.randint(1, 23)} giờ trước",
                             f"{r.randint(1, 6)} ngày trước", "Vừa xong", f"Hôm qua lúc {d:%H:%M}"))
        return r.choice(forms)

    def short_date(self, days_back=30):
        d = self.dt - timedelta(days=self.r.randint(0, days_back), minutes=self.r.randint(0, 900))
        return d

    # ---- related pool ---------------------------------------------------------
    def _take(self):
        if not self._rel:
            return None
        return self.pool[self._rel.pop()]

    def rel_title(self):
        got = self._take()
        return got["title"] if got else None

    def teaser(self, entry=None, limit=170):
        entry = entry or self._take()
        if not entry or not entry["sents"]:
            return None
        s = entry["sents"][0]
        if len(s) > limit:
            cut = s[:limit].rsplit(" ", 1)[0].rstrip(",;:-– ")
            s = cut + self.r.choice(("…", "...", " ..."))
        return s

    def caption_sentence(self):
        entry = self._take()
        if not entry:
            return None
        cands = [s for s in entry["sents"] if 25 <= len(s) <= 230] or entry["sents"]
        if not cands:
            return None
        s = self.r.choice(cands)
        if len(s) > 140 and ", " in s[40:]:
            cut = s[: 40 + s[40:].index(", ")]
            if _balanced(cut):
                s = cut
        if self.r.random() < 0.4:
            s = s.rstrip(".")
        return s

    # ---- furniture blocks -----------------------------------------------------
    def caption(self):
        r = self.r
        s = self.caption_sentence()
        p = self.pen()
        if not s:
            return r.choice(("Ảnh minh họa", "Ảnh: Internet", f"Ảnh: {p}", "(Ảnh minh hoạ)",
                             f"Nguồn ảnh: {r.choice(SOURCES)}"))
        return r.choice((
            f"{s} (Ảnh: {p})", f"{s} Ảnh: {p}", f"{s} - Ảnh: {self.outlet}", f"{s} | Ảnh: {r.choice(FOREIGN)}",
            s, f"{s} (Ảnh minh hoạ)", f"{s} Ảnh: NVCC", f"{s} (Nguồn ảnh: {r.choice(SOURCES)})",
            f"▲ {s}", f"{s}. Ảnh: Internet" if not s.endswith(".") else f"{s} Ảnh: Internet",
            f"{s} / Ảnh: {p}", f"Ảnh: {p} | {s}", f"{s} (Ảnh chụp màn hình)", f"{s} - Ảnh: {p.upper()}",
        ))

    def photo(self, n_max=2):
        """A photo with its caption(s): placeholder before/after or none."""
        r = self.r
        out = []
        n = 1 if r.random() < 0.75 else r.randint(2, max(2, n_max))
        ph = r.choice(("[Ảnh]", "(Ảnh)", "[Hình ảnh]", "📷", "Phóng to", "Xem ảnh lớn", "[image]", None, None, None))
        if ph and r.random() < 0.6:
            out.append(("caption", ph))
        for i in range(n):
            cap = self.caption()
            if n > 1 and r.random() < 0.5:
                cap = f"Ảnh {i + 1}/{n}: {cap}"
            out.append(("caption", cap))
        if ph and out and out[0][1] != ph:
            out.append(("caption", ph))
        return out

    def rel_item(self, style, title):
        r = self.r
        d = self.short_date()
        return {
            "plain": title,
            "dash": f"- {title}",
            "bullet": f"• {title}",
            "guil": f"» {title}",
            "plus": f"+ {title}",
            "play": f"▶ {title}",
            "date": f"{title} ({d:%d/%m})",
            "datetime": f"{title} - {d:%H:%M} {d:%d/%m/%Y}",
            "ago": f"{title} | {r.randint(3, 58)} phút trước",
            "video": f"[Video] {title}",
            "comments": f"{title} 💬 {r.randint(1, 240)}",
            "xemthem": f"Xem thêm: {title}",
            "arrows": f">> {title}",
            "spaced": f"> > > {title}",
            "docthem": f"Đọc thêm: {title}",
            "upper": title.upper(),
            "outlet": f"{title} - {r.choice(SOURCES)}",
            "brackets": f"[{r.choice(SECTIONS[:12])}] {title}",
        }[style]

    REL_STYLES = ("plain", "dash", "bullet", "guil", "plus", "play", "date", "datetime", "ago",
                  "video", "comments", "xemthem", "arrows", "spaced", "docthem", "upper",
                  "outlet", "brackets")
    REL_HEADERS = ("Tin liên quan", "TIN LIÊN QUAN", "Đọc thêm", "Có thể bạn quan tâm", "Cùng chuyên mục",
                   "Tin mới nhất", "Đọc nhiều", "Xem nhiều nhất", "Bài viết cùng chủ đề", "Tin khác",
                   "Tiêu điểm", "Các tin đã đưa", "Tin nổi bật trong ngày", "ĐỪNG BỎ LỠ", "Tin cùng sự kiện",
                   "Bạn có thể thích", "Mới cập nhật", "TIN KHÁC")

    def related_box(self, lo=2, hi=4, header=True, teasers=False, styles=None):
        r = self.r
        out = []
        style = r.choice(styles or self.REL_STYLES)
        numbered = r.random() < 0.15
        if header:
            out.append(("related", r.choice(self.REL_HEADERS)))
        for i in range(r.randint(lo, hi)):
            entry = self._take()
            if not entry:
                break
            item = self.rel_item(style, entry["title"])
            if numbered:
                item = f"{i + 1}. {item}"
            out.append(("related", item))
            if teasers:
                t = self.teaser(entry)
                if t:
                    out.append(("related", t))
        if len(out) <= (1 if header else 0):
            return []
        return out

    def inline_related(self):
        t = self.rel_title()
        if not t:
            return []
        return [("related", self.rel_item(self.r.choice(("xemthem", "spaced", "arrows", "docthem", "guil", "upper")), t))]

    def menu(self, n=None):
        r = self.r
        secs = list(SECTIONS)
        r.shuffle(secs)
        secs = secs[: n or r.randint(5, 10)]
        if r.random() < 0.5:
            secs.insert(0, r.choice(("Trang chủ", "TRANG CHỦ", "🏠", "Home")))
        if r.random() < 0.3:
            secs = [s.upper() for s in secs]
        return r.choice((" | ", " · ", " / ", " • ", "   ")).join(secs)

    def breadcrumb(self):
        r = self.r
        sub = r.choice(("Tài chính", "Thị trường", "Doanh nghiệp", "Chính sách", "Địa ốc", "Tiêu dùng",
                        "Ngân hàng", "Đầu tư", "Hồ sơ", "Phân tích"))
        home = r.choice(("Trang chủ", "Home", "🏠", "Trang nhất"))
        sep = r.choice((" > ", " › ", " » ", " / ", " >> "))
        parts = [home, self.section] + ([sub] if r.random() < 0.6 else [])
        return sep.join(parts)

    def share_row(self):
        r = self.r
        return r.choice((
            "Chia sẻ: Facebook | Zalo | Twitter | Email", "Chia sẻ bài viết", "Facebook Zalo Twitter In bài",
            f"Thích {r.randint(2, 999)} Chia sẻ", "Share on Facebook · Tweet · Copy link",
            "Gửi bài viết qua email | In bài | Lưu", "🔗 Sao chép liên kết",
            f"{r.randint(100, 90000):,} lượt xem · {r.randint(0, 300)} bình luận".replace(",", "."),
            "Chia sẻ qua Zalo", f"Nghe bài viết ▶ {r.randint(1, 9)}:{r.randint(0, 59):02d}",
            "Cỡ chữ A- A+ | In | Gửi email", "f Chia sẻ   ✉ Gửi", "Lưu bài viết ☆",
            f"Chia sẻ {r.randint(1, 800)}", "Tweet", "Bookmark | Báo lỗi bài viết",
        ))

    def reactions(self):
        r = self.r
        return r.choice((
            f"👍 {r.randint(1, 900)} ❤️ {r.randint(0, 200)} 😮 {r.randint(0, 60)}",
            f"Bài viết hữu ích? Có ({r.randint(0, 99)}) | Không ({r.randint(0, 20)})",
            f"{r.randint(2, 500)} người thích bài viết này",
            "Bạn cảm thấy thế nào? Vui · Buồn · Ngạc nhiên · Phẫn nộ",
            f"Thích {r.randint(1, 99)} | Haha {r.randint(0, 9)} | Phẫn nộ {r.randint(0, 40)}",
            f"{r.randint(1, 9)},{r.randint(0, 9)}K lượt tương tác",
        ))

    def tags(self):
        r = self.r
        kws = [t for t in TOPICS if t.lower() in self.low]
        r.shuffle(kws)
        kws = kws[:3]
        words = self.title.split()
        pairs = [f"{a} {b}".lower() for a, b in zip(words, words[1:]) if a.isalpha() and b.isalpha()]
        if pairs:
            kws.append(r.choice(pairs))
        kws = [k for k in kws if k] or [self.section.lower()]
        style = r.randrange(5)
        if style == 0:
            return "Từ khóa: " + ", ".join(kws)
        if style == 1:
            return "Tags: " + " | ".join(kws)
        if style == 2:
            return " ".join("#" + k.replace(" ", "") for k in kws)
        if style == 3:
            return "Chủ đề: " + " · ".join(k.capitalize() for k in kws)
        return "TỪ KHÓA " + " ".join(f"[{k}]" for k in kws)

    def comment_block(self, lo=1, hi=3, header=True):
        r = self.r
        out = []
        n = r.randint(lo, hi)
        if header:
            out.append(("widget", r.choice((f"Bình luận ({n + r.randint(0, 40)})", "Ý kiến bạn đọc", "BÌNH LUẬN",
                                             f"{n + r.randint(0, 90)} bình luận", "Gửi ý kiến của bạn",
                                             "Bạn đọc bình luận", "Thảo luận"))))
            if r.random() < 0.4:
                out.append(("widget", r.choice(("Viết bình luận...", "Bình luận của bạn sẽ được kiểm duyệt trước khi đăng.",
                                                 "Bạn cần đăng nhập để bình luận", "Sắp xếp theo: Mới nhất | Hay nhất"))))
        shape = r.randrange(4)
        for _ in range(n):
            c, f = r.choice(COMMENTS), self.full()
            if shape == 0:
                out.append(("widget", f"{f}: {c}"))
            elif shape == 1:
                out += [("widget", f), ("widget", c),
                        ("widget", f"Trả lời · Thích ({r.randint(0, 90)}) · {r.randint(1, 23)} giờ trước")]
            elif shape == 2:
                out.append(("widget", f"{self.pen()} ({r.choice(CITIES)}) - {c}"))
            else:
                d = self.dt + timedelta(minutes=r.randint(10, 3000))
                out += [("widget", f"{self.handle()} | {d:%d/%m/%Y %H:%M}"), ("widget", c)]
        if r.random() < 0.4:
            out.append(("widget", r.choice((f"Xem thêm {r.randint(2, 60)} bình luận", "Tải thêm bình luận",
                                             "Gửi bình luận", "Xem tất cả bình luận"))))
        return out

    def ad_block(self):
        r = self.r
        brand, text = r.choice(ADS)
        out = [("widget", r.choice(AD_LABELS))]
        shape = r.randrange(4)
        if shape == 0:
            out += [("widget", text), ("widget", r.choice(AD_CTAS))]
        elif shape == 1:
            out += [("widget", brand), ("widget", text)]
        elif shape == 2:
            out += [("widget", f"{text} {r.choice(AD_CTAS)}")]
        else:
            out += [("widget", f"Tài trợ bởi {brand}"), ("widget", text), ("widget", r.choice(AD_CTAS))]
        return out

    def newsletter(self):
        r = self.r
        out = [("widget", r.choice(("Đăng ký nhận bản tin", "ĐĂNG KÝ NHẬN TIN", "Nhận tin mới mỗi sáng",
                                     f"Bản tin {self.outlet} mỗi ngày")))]
        out.append(("widget", r.choice(("Nhận tin tức mới nhất mỗi sáng qua email của bạn.",
                                         "Tổng hợp tin nóng trong ngày, gửi lúc 7h sáng.",
                                         "Miễn phí, hủy bất cứ lúc nào."))))
        out.append(("widget", r.choice(("Nhập địa chỉ email", "Email của bạn", "Địa chỉ email..."))))
        out.append(("widget", r.choice(("Đăng ký", "Đăng ký ngay", "Gửi"))))
        return out

    def cookie(self):
        r = self.r
        out = [("widget", r.choice((
            "Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn. Tiếp tục truy cập đồng nghĩa với việc bạn đồng ý với Chính sách bảo mật.",
            "Trang web này dùng cookie nhằm cá nhân hóa nội dung và quảng cáo.",
            "Bằng việc sử dụng trang, bạn chấp nhận chính sách cookie của chúng tôi.")))]
        out.append(("widget", r.choice(("Đồng ý", "Chấp nhận tất cả", "Tôi đồng ý", "OK"))))
        if r.random() < 0.5:
            out.append(("widget", r.choice(("Tùy chỉnh", "Tìm hiểu thêm", "Từ chối"))))
        return out

    def paywall(self):
        r = self.r
        return [("widget", x) for x in r.sample((
            "Bài viết dành riêng cho hội viên", f"Bạn còn {r.randint(1, 4)} bài đọc miễn phí trong tháng này",
            f"Đăng ký gói Premium chỉ từ {r.choice((39, 49, 59, 99))}.000đ/tháng",
            "Đăng nhập để đọc tiếp", "Đã là hội viên? Đăng nhập", "Không quảng cáo, đọc không giới hạn"), 2)]

    def footer(self, lo=2, hi=4):
        r = self.r
        y = self.dt.year
        lines = [
            f"© {y} {self.outlet}. Bảo lưu mọi quyền.",
            f"Giấy phép hoạt động báo chí điện tử số {r.randint(10, 600)}/GP-BTTTT ngày {r.randint(1, 28)}/{r.randint(1, 12)}/{y - r.randint(1, 6)}",
            f"Tổng biên tập: {self.full()}",
            f"Địa chỉ: Số {r.randint(1, 199)} đường {r.choice(('Hoa Sữa', 'Bằng Lăng', 'Sông Nhuệ', 'Phù Sa', 'Ven Hồ'))}, {r.choice(CITIES)}",
            f"Hotline: 0{r.randint(900000000, 989999999)} | Email: toasoan@{self.domain}",
            f"Ghi rõ nguồn \"{self.outlet}\" khi phát hành lại thông tin từ website này.",
            "Liên hệ quảng cáo | Điều khoản sử dụng | Chính sách bảo mật",
            f"Copyright {y} © {self.domain}",
            "Lên đầu trang ↑",
            f"Tải ứng dụng {self.outlet} trên App Store và Google Play",
        ]
        return [("widget", x) for x in r.sample(lines, r.randint(lo, hi))]

    # ---- body -----------------------------------------------------------------
    def paras(self, lo, hi):
        r = self.r
        out, i = [], 0
        while i < len(self.sents):
            n = r.randint(lo, hi)
            out.append(("body", self.sents[i: i + n]))
            i += n
        return out

    def weave(self, paras, blocks, first_gap=1):
        """Insert furniture blocks between paragraphs (mid-story)."""
        r = self.r
        n = len(paras)
        gaps = list(range(min(first_gap, n), n)) or [n]
        at: dict[int, list] = {}
        for b in blocks:
            if b:
                at.setdefault(r.choice(gaps), []).append(b)
        out = []
        for gi in range(n + 1):
            for b in at.get(gi, []):
                out += b
            if gi < n:
                out.append(paras[gi])
        return out

    def trailer_entries(self):
        return list(self.trailers)


# --------------------------------------------------------------------------
# Layouts
# --------------------------------------------------------------------------
T, D, S = "title", "date", "source"


def _desktop_portal(c: Ctx):
    r = c.r
    E = []
    if r.random() < 0.5:
        E.append(("widget", f"{WEEKDAYS[c.dt.weekday()]}, {c.dt:%d/%m/%Y} | Đăng nhập | Đăng ký"))
    E.append((S, c.outlet if r.random() < 0.7 else c.domain))
    E.append(("widget", c.menu()))
    E.append(("widget", c.breadcrumb()))
    E.append((T, c.title))
    E.append((D, c.date_line()))
    if r.random() < 0.45:
        E.append(("byline", c.byline()))
    if r.random() < 0.6:
        E.append(("widget", c.share_row()))
    blocks = [c.photo()]
    if r.random() < 0.7:
        blocks.append(c.related_box(2, 3))
    if r.random() < 0.5:
        blocks.append(c.ad_block())
    if r.random() < 0.4:
        blocks.append(c.photo())
    E += c.weave(c.paras(1, 4), blocks)
    E += c.trailer_entries()
    if r.random() < 0.4:
        E.append(("credit", c.credit()))
    E.append(("widget", c.tags()))
    E.append(("widget", c.share_row()))
    E += c.related_box(3, 6, teasers=r.random() < 0.3)
    if r.random() < 0.6:
        E += c.comment_block()
    E += c.footer()
    return E


def _amp_mobile(c: Ctx):
    r = c.r
    E = [("widget", r.choice(("☰", "☰ Menu", "Menu", "≡"))), (S, c.outlet)]
    if r.random() < 0.5:
        E.append(("widget", r.choice(("Tìm kiếm", "🔍", "Đăng nhập"))))
    E.append((T, c.title))
    E.append((D, c.date_line("relative" if r.random() < 0.5 else None)))
    if r.random() < 0.4:
        E.append(("widget", c.section))
    blocks = [c.photo(1), c.inline_related()]
    if r.random() < 0.5:
        blocks.append(c.ad_block())
    if r.random() < 0.5:
        blocks.append(c.inline_related())
    E += c.weave(c.paras(1, 2), blocks)
    E += c.trailer_entries()
    if not c.trailers or r.random() < 0.3:
        E.append(("byline", c.byline()))
    E.append(("widget", r.choice(("Xem phiên bản đầy đủ", "Xem bản desktop", "Về trang chủ", "Mở trong ứng dụng"))))
    E += c.related_box(3, 5, styles=("plain", "ago", "date", "bullet", "video"))
    E.append(("widget", r.choice((f"© {c.outlet}", f"{c.domain} - AMP", "Lên đầu trang", "Trang chủ | Tin mới | Video"))))
    return E


def _app_share_text(c: Ctx):
    r = c.r
    E = []
    if r.random() < 0.4:
        E.append(("widget", r.choice(("[Tin nóng]", "Chia sẻ từ ứng dụng", "📰 Tin mới", "Tin tức hôm nay"))))
    E.append((T, c.title))
    if r.random() < 0.5:
        E.append((D, c.date_line()))
    whole = r.random() < 0.4
    E += c.paras(len(c.sents), len(c.sents)) if whole else c.paras(3, 7)
    E += c.trailer_entries()
    E.append((S, r.choice((c.outlet, f"Nguồn ứng dụng: {c.outlet}"))))
    E.append(("widget", r.choice((f"Đọc bài gốc trên ứng dụng {c.outlet}", f"— Gửi từ ứng dụng {c.outlet}",
                                   "Xem bài viết đầy đủ trong ứng dụng"))))
    E.append(("widget", f"https://{c.domain}/app/{r.randint(100000, 999999)}"))
    if r.random() < 0.5:
        E.append(("widget", r.choice(("Tải ứng dụng miễn phí tại App Store và Google Play",
                                       "Cài đặt ứng dụng để nhận thông báo tin nóng",
                                       "Gửi từ iPhone của tôi"))))
    return E


def _social_fanpage(c: Ctx):
    r = c.r
    E = [(S, c.outlet + r.choice(("", " ✔", " · Theo dõi", "")))]
    E.append((D, r.choice((f"{r.randint(1, 23)} giờ · 🌐", f"{c.dt.day} tháng {c.dt.month} lúc {c.dt:%H:%M} · 🌐",
                           c.date_line("relative")))))
    E.append((T, r.choice((c.title, c.title.upper(), f"🔴 {c.title}", f"[NÓNG] {c.title}", f"📌 {c.title.upper()}"))))
    E += c.paras(1, 2)
    E += c.trailer_entries()
    E.append(("widget", r.choice((f"👉 Chi tiết: https://{c.domain}/{r.randint(10 ** 6, 10 ** 7)}.html",
                                   f"Đọc thêm tại: {c.domain}", "👉 Link bài viết ở phần bình luận"))))
    E.append(("widget", c.tags() if r.random() < 0.4 else " ".join(
        "#" + x for x in r.sample(("tintuc", "kinhte", "thoisu", "nongtrongngay", "taichinh", "xahoi",
                                     c.outlet.replace(" ", "").replace("&", "")), 3))))
    if r.random() < 0.5:
        E += [("related", f"{c.outlet} đã chia sẻ một liên kết.")] + [
            ("related", x) for x in filter(None, (c.rel_title(),))]
    E.append(("widget", c.reactions()))
    E.append(("widget", f"{r.randint(2, 900)} bình luận · {r.randint(1, 400)} lượt chia sẻ"))
    E.append(("widget", "Thích · Bình luận · Chia sẻ"))
    E.append(("widget", r.choice(("Phù hợp nhất ▾", "Mới nhất ▾", "Tất cả bình luận"))))
    n = r.randint(1, 4)
    for _ in range(n):
        E += [("widget", c.full()), ("widget", r.choice(COMMENTS)),
              ("widget", f"{r.randint(1, 59)} phút · Thích · Phản hồi")]
    return E


def _chat_forward(c: Ctx):
    r = c.r
    sender = r.choice((c.pen(), "Bố", "Mẹ", "Anh Hai", "Nhóm Gia đình", "Cô Ba", c.full()))
    E = [("widget", r.choice(("[Chuyển tiếp]", "Tin nhắn được chuyển tiếp", "↪ Đã chuyển tiếp", "Forwarded")))]
    E.append(("widget", f"{sender} {c.dt:%H:%M}"))
    E.append((T, c.title))
    E += c.paras(2, 6)
    E += c.trailer_entries()
    E.append(("credit", r.choice((f"Nguồn: {c.domain}", f"Nguồn: {c.outlet}", f"(Nguồn: {c.outlet})"))))
    E.append(("widget", f"https://{c.domain}/{r.choice(('tin', 'bai-viet', 'news'))}/{r.randint(10 ** 5, 10 ** 6)}"))
    E.append((D, r.choice((f"Hôm qua {c.dt:%H:%M}", f"{c.dt:%H:%M} {c.dt:%d/%m}", f"{c.dt:%d/%m/%Y}"))))
    E.append(("widget", r.choice(("Đã xem", "✓✓ Đã xem", "Đã nhận", "❤️ 2"))))
    for _ in range(r.randint(0, 3)):
        E.append(("widget", f"{r.choice(('Mẹ', 'Chị Hà', c.pen(), 'Út'))}: {r.choice(('Ghê thật', 'Đọc rồi', 'Thật không vậy?', '👍', 'Ai cũng phải cẩn thận', r.choice(COMMENTS)))}"))
    return E


def _email_digest(c: Ctx):
    r = c.r
    d = c.dt
    E = [("widget", r.choice(("Nếu email không hiển thị đúng, vui lòng xem trên trình duyệt.",
                              "Xem phiên bản web", "Xem email này trên trình duyệt")))]
    E.append((S, r.choice((f"Bản tin Sáng | {c.outlet}", f"{c.outlet} – Bản tin cuối ngày", f"BẢN TIN {c.outlet.upper()}"))))
    E.append((D, f"{WEEKDAYS[d.weekday()]}, {d.day} tháng {d.month}, {d.year}"))
    E.append(("widget", r.choice(("Xin chào bạn đọc,", "Chào buổi sáng!", "Kính gửi quý độc giả,"))))
    E.append(("widget", r.choice(("Dưới đây là câu chuyện nổi bật nhất hôm nay:", "Tiêu điểm số này:",
                                  "Câu chuyện chúng tôi chọn cho bạn:"))))
    E.append((T, c.title))
    if r.random() < 0.6:
        E.append(("byline", c.byline()))
    E += c.weave(c.paras(2, 4), [c.ad_block() if r.random() < 0.4 else []])
    E += c.trailer_entries()
    E.append(("widget", r.choice(("Đọc trên web »", "Đọc toàn bài", "Chia sẻ bản tin này với bạn bè"))))
    E += c.related_box(2, 4, teasers=True, styles=("plain", "upper", "dash", "bullet"))
    if r.random() < 0.5:
        brand, text = r.choice(ADS)
        E += [("widget", f"Được tài trợ bởi {brand}"), ("widget", text)]
    E += [("widget", r.choice(("Bạn nhận được email này vì đã đăng ký bản tin của chúng tôi.",
                               f"Email được gửi tới bạn từ {c.domain}."))),
          ("widget", r.choice(("Hủy đăng ký | Quản lý tùy chọn", "Hủy nhận bản tin", "Unsubscribe"))),
          ("widget", f"{c.outlet}, {r.choice(CITIES)}, Việt Nam")]
    return E


def _print_ocr(c: Ctx):
    r = c.r
    d = c.dt
    head = f"{c.outlet.upper()} • SỐ {r.randint(10, 400)} • {WEEKDAYS[d.weekday()].upper()} {d.day}-{d.month}-{d.year}"
    E = [("widget", head), ("widget", r.choice((c.section.upper(), f"TRANG {r.randint(2, 24)}", f"{c.section} - Thị trường")))]
    E.append((T, c.title.upper() if r.random() < 0.6 else c.title))
    if r.random() < 0.6:
        E.append(("byline", r.choice((f"BÀI VÀ ẢNH: {c.full().upper()}", c.pen().upper(), f"{c.full().upper()} ({r.choice(CITIES).upper()})"))))
    pg = r.randint(2, 20)
    blocks = [c.photo(), [("widget", r.choice((f"(Xem tiếp trang {pg + r.randint(1, 6)})", f"Trang {pg}", f"- {pg} -")))]]
    if r.random() < 0.5:
        blocks.append([("widget", head)])
    if r.random() < 0.4:
        blocks.append([("widget", f"(Tiếp theo trang {pg - 1})")])
    E += c.weave(c.paras(3, 6), blocks)
    E += c.trailer_entries()
    if r.random() < 0.5:
        E.append(("widget", r.choice(("RAO VẶT", "CẦN TUYỂN"))))
        E.append(("widget", f"Cần tuyển {r.randint(2, 20)} nhân viên bán hàng, lương thỏa thuận. ĐT: 0{r.randint(900000000, 989999999)}"))
    E.append(("widget", r.choice((f"Giá: {r.choice((4, 5, 6, 8))}.000đ", f"In tại Công ty In {r.choice(PROVINCES)}", f"Trang {pg + 1}"))))
    return E


def _screen_reader(c: Ctx):
    r = c.r
    E = [("widget", "Bỏ qua để đến nội dung chính"), ("widget", f"Liên kết, {c.outlet}")]
    for s in r.sample(SECTIONS[:10], r.randint(2, 4)):
        E.append(("widget", f"Liên kết, {s}"))
    E.append(("widget", "Đề mục cấp 1"))
    E.append((T, c.title))
    E.append((D, c.date_line()))
    if r.random() < 0.5:
        E.append(("byline", c.byline()))
    E.append(("widget", r.choice(("Nút, Chia sẻ lên Facebook", "Nút, Nghe bài viết", "Nút, Lưu bài"))))
    blocks = [[("caption", f"Hình ảnh, {c.caption()}")]]
    if r.random() < 0.5:
        blocks.append([("widget", "Vùng quảng cáo"), ("widget", "Kết thúc vùng quảng cáo")])
    E += c.weave(c.paras(1, 3), blocks)
    E += c.trailer_entries()
    items = c.related_box(3, 5, header=False, styles=("plain",))
    if items:
        E += [("widget", f"Danh sách, {len(items)} mục")]
        E += [("related", f"Liên kết, {t}") for _, t in items]
        E += [("widget", "Kết thúc danh sách")]
    E += [("widget", r.choice(("Chân trang", "Vùng thông tin chân trang"))), ("widget", f"© {c.dt.year} {c.outlet}")]
    return E


def _web_archive(c: Ctx):
    r = c.r
    d = c.dt + timedelta(days=r.randint(1, 900))
    url = f"http://{c.domain}/{_slug(c.section)}/{_slug(c.title)[:60].strip('-')}-{r.randint(10 ** 5, 10 ** 6)}.html"
    E = [("widget", f"Bản lưu trữ của {url} lúc {d:%H:%M:%S} ngày {d:%d/%m/%Y}"),
         ("widget", f"{r.randint(2, 90)} bản chụp từ {c.dt.year} đến {d.year}"),
         ("widget", "◀ Trước | Sau ▶")]
    E.append((S, c.outlet.upper() if r.random() < 0.5 else c.outlet))
    E.append(("widget", c.menu()))
    E.append((T, c.title))
    E.append((D, f"Cập nhật lúc {c.dt:%H:%M}, {WEEKDAYS[c.dt.weekday()]}, {c.dt:%d/%m/%Y}"))
    E += c.weave(c.paras(2, 5), [c.photo(1)])
    E += c.trailer_entries()
    E.append(("widget", r.choice(("In trang | Gửi cho bạn bè | Đóng cửa sổ", "[In bài] [Gửi email] [Về đầu trang]"))))
    box = c.related_box(3, 6, header=False, styles=("date", "datetime", "dash", "plain"))
    if box:
        E.append(("related", r.choice(("Các tin đã đưa:", "Các tin khác:", "Tin cũ hơn:"))))
        E += box
    E.append(("widget", f"Ghi rõ nguồn \"{c.outlet}\" khi phát hành lại thông tin từ website này."))
    return E


def _aggregator_card(c: Ctx):
    r = c.r
    aggr = r.choice(("Tin Mới Mỗi Giờ", "Đọc Nhanh", "BáoHay", "Tổng Hợp Tin 24/7", "Điểm Tin Việt"))
    E = [(S, aggr), ("widget", r.choice(("Tin nóng | Mới nhất | Đọc nhiều | Chủ đề", c.menu(6))))]
    E.append((T, c.title))
    E.append(("credit", r.choice((f"{c.outlet} · {c.date_line('relative')}", f"Nguồn: {c.outlet}", f"{c.domain}"))))
    E.append((D, c.date_line()))
    E += c.weave(c.paras(1, 3), [c.photo(1), c.inline_related() if r.random() < 0.5 else []])
    E += c.trailer_entries()
    E.append(("credit", r.choice((f"Xem bài gốc tại {c.domain}", f"Bài gốc: {c.outlet}", f"Nguồn bài viết: {c.outlet}"))))
    E.append(("widget", r.choice(("Báo cáo tin xấu", "Lưu tin | Báo lỗi", "Thêm vào bộ sưu tập"))))
    box = c.related_box(3, 5, header=False, styles=("outlet", "ago", "plain"))
    if box:
        E.append(("related", f"Cùng chủ đề ({len(box) + r.randint(0, 30)} tin)"))
        E += box
    E += c.related_box(2, 4, styles=("plain", "ago"))
    return E


def _tv_radio_site(c: Ctx):
    r = c.r
    st = r.choice(("Đài PT-TH Hồng Lam", "Kênh Thời sự VNB1", "Đài Tiếng nói Đồng Bằng", "Truyền hình Sông Cầu",
                   "Phát thanh Cao Nguyên FM"))
    E = [(S, st), ("widget", r.choice(("Thời sự | Chương trình | Lịch phát sóng | Trực tuyến | Podcast", c.menu(6)))),
         ("widget", r.choice(("▶ XEM TRỰC TIẾP", "🔴 LIVE", "Nghe radio trực tuyến")))]
    E.append((T, c.title))
    E.append((D, c.date_line()))
    E.append(("widget", f"▶ Video ({r.randint(0, 4):02d}:{r.randint(0, 59):02d})"))
    E.append(("byline", r.choice((f"Phóng viên: {c.full()} - Quay phim: {c.full()}", f"BTV: {c.full()}",
                                  f"{c.pen()} - {c.pen()} / {st}", f"Nhóm phóng viên thường trú {r.choice(CITIES)}"))))
    E += c.weave(c.paras(1, 3), [c.photo(1)])
    E += c.trailer_entries()
    E.append(("widget", f"🔊 Nghe bản tin ({r.randint(1, 6)}:{r.randint(0, 59):02d})"))
    E.append(("widget", r.choice(("Xem lại chương trình Thời sự 19h", "Xem lại các số phát sóng trước"))))
    if r.random() < 0.6:
        E.append(("widget", "Lịch phát sóng hôm nay"))
        for p in r.sample(PROGRAMS, r.randint(2, 4)):
            E.append(("widget", f"{r.randint(5, 23):02d}:{r.choice(('00', '15', '30', '45'))} {p}"))
    box = c.related_box(2, 4, header=False, styles=("plain", "video"))
    if box:
        E.append(("related", r.choice(("Video khác", "Bản tin liên quan", "XEM THÊM"))))
        E += [(k, f"{t} {r.randint(0, 5):02d}:{r.randint(0, 59):02d}") for k, t in box]
    return E


def _gov_portal(c: Ctx):
    r = c.r
    prov = r.choice(PROVINCES)
    E = [(S, r.choice((f"CỔNG THÔNG TIN ĐIỆN TỬ TỈNH {prov.upper()}", f"Cổng TTĐT Sở Công Thương {prov}"))),
         ("widget", f"Cơ quan chủ quản: Ủy ban nhân dân tỉnh {prov}"),
         ("widget", r.choice(("Giới thiệu | Tin tức - Sự kiện | Văn bản | Dịch vụ công | Hỏi đáp",
                              "TRANG CHỦ | GIỚI THIỆU | TIN TỨC | THỦ TỤC HÀNH CHÍNH | LIÊN HỆ"))),
         ("widget", r.choice(("Trang chủ > Tin tức - Sự kiện > Kinh tế", "Trang chủ » Tin tổng hợp",
                              "Tin tức > Thông tin kinh tế")))]
    E.append(("widget", "Cỡ chữ: A A A | In trang | Gửi email"))
    E.append((T, c.title))
    E.append((D, f"Ngày đăng: {c.dt:%d/%m/%Y}"))
    E.append(("widget", f"Lượt xem: {r.randint(50, 9999)}"))
    E += c.weave(c.paras(2, 4), [c.photo(1)] if r.random() < 0.6 else [])
    E += c.trailer_entries()
    E.append(("credit", r.choice((f"Nguồn: {r.choice(SOURCES)}", f"(Nguồn: {r.choice(SOURCES)})",
                                  f"Theo {r.choice(SOURCES)}", f"Nguồn: Báo {r.choice(SOURCES)}"))))
    box = c.related_box(3, 6, header=False, styles=("date", "dash", "plain"))
    if box:
        E.append(("related", r.choice(("Tin cùng chuyên mục", "Các tin khác", "CÁC TIN ĐÃ ĐƯA"))))
        E += box
    E.append(("widget", "Các tin đã đưa ngày: Xem"))
    E += [("widget", f"Bản quyền thuộc Cổng Thông tin điện tử tỉnh {prov}"),
          ("widget", f"Trưởng Ban biên tập: {c.full()}"),
          ("widget", f"Giấy phép số {r.randint(10, 99)}/GP-TTĐT do Cục Phát thanh, truyền hình và thông tin điện tử cấp"),
          ("widget", f"Số lượt truy cập: {r.randint(10 ** 6, 10 ** 8):,}".replace(",", "."))]
    return E


def _forum_repost(c: Ctx):
    r = c.r
    forum = r.choice(("Diễn đàn Chợ Vàng", "Cà Phê Kinh Tế Forum", "Diễn đàn Tài chính Việt", "Nhà Đất Bàn Luận",
                      "Hội Ô Tô Xe Máy Việt"))
    user = c.handle()
    E = [(S, forum), ("widget", f"Diễn đàn > {r.choice(('Cà phê sáng', 'Tin tức - Thời sự', 'Kinh tế'))} > {r.choice(('Tin trong nước', 'Thảo luận chung'))}")]
    E.append((T, c.title))
    E.append(("widget", f"Thảo luận trong '{r.choice(('Tin tức kinh tế', 'Chuyện thời sự', 'Góc thảo luận'))}' bắt đầu bởi {user}, {c.dt:%d/%m/%Y}."))
    E += [("widget", "#1"), ("widget", user), ("widget", f"Thành viên tích cực · Bài viết: {r.randint(20, 9000)}")]
    E.append((D, f"{c.dt:%d/%m/%Y} lúc {c.dt:%H:%M}"))
    E += c.paras(2, 6)
    E += c.trailer_entries()
    E.append(("credit", r.choice((f"Nguồn: {c.domain}", f"nguồn: {c.outlet}", f"Src: {c.domain}"))))
    if r.random() < 0.5:
        E.append(("widget", f"Chữ ký: {r.choice(('Sống chậm lại, nghĩ khác đi', 'Mua bán uy tín, ib zalo', 'Đầu tư dài hạn'))}"))
    E.append(("widget", r.choice(("Like · Trích dẫn · Trả lời", "Thích Trả lời", "👍 Cảm ơn"))))
    for i in range(r.randint(1, 3)):
        E += [("widget", f"#{i + 2}"), ("widget", c.handle()), ("widget", r.choice(COMMENTS))]
    box = c.related_box(2, 5, header=False, styles=("plain",))
    if box:
        E.append(("related", "Chủ đề tương tự"))
        E += [(k, f"{t} ({r.randint(0, 90)} trả lời)" if r.random() < 0.5 else t) for k, t in box]
    E.append(("widget", "Diễn đàn sử dụng cookie để lưu thông tin đăng nhập."))
    return E


def _overseas_weekly(c: Ctx):
    r = c.r
    paper, place = r.choice((("Người Việt Tây Bắc", "Seattle"), ("Việt Báo Thái Bình Dương", "Westminster"),
                             ("Sài Gòn Cali Weekly", "San Jose"), ("Tuần Báo Quê Hương Úc Châu", "Sydney"),
                             ("Việt Luận Vùng Vịnh", "Houston")))
    E = [(S, paper.upper()), ("widget", f"Tuần báo của cộng đồng người Việt tại {place}"),
         ("widget", r.choice(("Trang Nhất | Việt Nam | Cộng Đồng | Thế Giới | Rao Vặt | Ủng Hộ", c.menu(6))))]
    d = c.dt
    E.append((D, f"{WEEKDAYS[d.weekday()]}, ngày {d.day} tháng {d.month} năm {d.year}"))
    E.append((T, c.title))
    E.append(("byline", r.choice((f"{r.choice(CITIES).upper()} (NV) –", f"{c.pen()}/{paper}", "Tin tổng hợp",
                                  f"{r.choice(CITIES).upper()}, Việt Nam –"))))
    blocks = [[("widget", "Quảng cáo"),
               ("widget", f"Văn phòng Luật sư {c.full()} – Di trú, Tai nạn xe cộ – Nói tiếng Việt – ({r.randint(200, 999)}) 555-{r.randint(1000, 9999)}")]]
    if r.random() < 0.5:
        blocks.append(c.photo(1))
    E += c.weave(c.paras(2, 5), blocks)
    E += c.trailer_entries()
    E.append(("credit", r.choice(("(Theo báo trong nước)", f"({r.choice(FOREIGN)}, {r.choice(SOURCES)})",
                                  f"Theo {r.choice(SOURCES)}", f"(Theo {r.choice(FOREIGN)})"))))
    E += [("widget", "Ủng hộ tòa soạn"), ("widget", "Báo sống nhờ độc giả. Xin đóng góp để duy trì tờ báo của cộng đồng.")]
    E += c.related_box(2, 4, styles=("plain", "dash", "date"))
    if r.random() < 0.6:
        E.append(("widget", "Ý kiến độc giả"))
        for _ in range(r.randint(1, 3)):
            E += [("widget", f"{c.full()} - {r.choice(('Westminster', 'San Jose', 'Houston', 'Sydney', 'Montreal'))}"),
                  ("widget", r.choice(COMMENTS))]
    E.append(("widget", f"Copyright © {d.year} {paper}. All Rights Reserved."))
    return E


def _pdf_export(c: Ctx):
    r = c.r
    url = f"https://{c.domain}/{_slug(c.title)[:50].strip('-')}-{r.randint(10 ** 6, 10 ** 7)}.html"
    pages = r.randint(2, 4)
    E = [("widget", url), ("widget", f"Trang 1/{pages}"), ("widget", f"In lúc {c.dt:%H:%M} {c.dt:%d/%m/%Y}")]
    E.append((S, c.outlet))
    E.append((T, c.title))
    E.append((D, c.date_line()))
    blocks = [[("caption", "[Hình ảnh]"), ("caption", c.caption())],
              [("widget", f"Trang 2/{pages}"), ("widget", url)]]
    if pages > 2 and r.random() < 0.6:
        blocks.append([("widget", f"— {r.randint(2, pages)} —")])
    E += c.weave(c.paras(3, 5), blocks)
    E += c.trailer_entries()
    if r.random() < 0.5:
        E.append(("byline", c.byline()))
    E += [("widget", f"Link bài viết: {url}"),
          ("widget", f"Bản quyền © {c.dt.year} {c.outlet}. Bản in từ {c.domain}"),
          ("widget", f"Trang {pages}/{pages}")]
    return E


def _market_section(c: Ctx):
    r = c.r
    vn = r.uniform(600, 1200)
    E = [("widget", f"VN-Index {vn:,.2f} {r.choice('▲▼')} {r.uniform(0.1, 15):.2f} ({r.uniform(0.01, 1.8):.2f}%)".replace(",", "X").replace(".", ",").replace("X", ".")),
         ("widget", f"HNX-Index {r.uniform(80, 250):.2f} {r.choice('▲▼')} {r.uniform(0.01, 3):.2f}".replace(".", ",")),
         ("widget", f"Vàng SJC {r.uniform(33, 56):.2f} triệu/lượng".replace(".", ",")),
         ("widget", f"USD/VND {r.randint(22100, 23500):,}".replace(",", "."))]
    E.append((S, c.outlet))
    E.append(("widget", c.menu()))
    E.append(("widget", c.breadcrumb()))
    E.append((T, c.title))
    E.append((D, c.date_line()))
    E.append(("byline", c.byline()))
    codes = sorted({w.strip("(),.:;") for w in c.title.split() + c.sents[0].split()
                    if 3 <= len(w.strip("(),.:;")) <= 4 and w.strip("(),.:;").isupper() and w.strip("(),.:;").isalpha()})
    if codes:
        E.append(("widget", "Mã liên quan: " + " ".join(codes[:4])))
    blocks = [c.inline_related(), [("caption", r.choice(("Diễn biến giá trong phiên", "Biểu đồ: Diễn biến chỉ số trong tuần",
                                                         f"Nguồn số liệu: {r.choice(SOURCES)}", "Đơn vị: tỷ đồng")))]]
    if r.random() < 0.5:
        blocks.append(c.ad_block())
    E += c.weave(c.paras(1, 3), blocks)
    E += c.trailer_entries()
    E.append(("widget", r.choice(("Thông tin chỉ mang tính tham khảo, không phải khuyến nghị đầu tư.",
                                  "Nhà đầu tư tự chịu trách nhiệm với quyết định của mình."))))
    E.append(("widget", f"Theo dõi {c.outlet} trên Google News"))
    E += c.related_box(3, 5, teasers=r.random() < 0.4)
    if r.random() < 0.5:
        E += c.paywall()
    if r.random() < 0.5:
        E += c.comment_block()
    E += c.footer(1, 3)
    return E


def _sports_portal(c: Ctx):
    r = c.r
    a, b, x, y = *r.sample(CLUBS, 2), *r.sample(CLUBS, 2)
    E = [("widget", f"{a} {r.randint(0, 4)}-{r.randint(0, 4)} {b} | {x} {r.randint(0, 3)}-{r.randint(0, 3)} {y}"),
         ("widget", r.choice(("LIVE", "🔴 Trực tiếp", "Kết quả"))),
         (S, c.outlet),
         ("widget", r.choice(("Bóng đá Việt Nam | Ngoại hạng Anh | Tennis | Hậu trường | Kinh doanh thể thao", c.menu()))),
         ("widget", r.choice(("Hậu trường > Kinh doanh", "Trang chủ › Ngoài đường biên", "Đời sống › Tiêu dùng")))]
    E.append((T, c.title))
    E.append((D, c.date_line()))
    if r.random() < 0.6:
        E.append(("byline", c.byline()))
    E += c.weave(c.paras(1, 3), [c.photo(), c.inline_related()])
    E += c.trailer_entries()
    if r.random() < 0.6:
        E += [("widget", r.choice(("Bình chọn: Bạn có đồng tình với quyết định này?", "Thăm dò ý kiến"))),
              ("widget", "Có"), ("widget", "Không"), ("widget", "Chưa rõ"), ("widget", "Xem kết quả")]
    if r.random() < 0.6:
        E.append(("widget", "Bảng xếp hạng"))
        for i, t in enumerate(r.sample(CLUBS, 3)):
            E.append(("widget", f"{i + 1}. {t} {30 - 3 * i - r.randint(0, 2)} điểm"))
    E += c.related_box(3, 5, styles=("plain", "video", "comments", "ago"))
    if r.random() < 0.5:
        E += c.comment_block()
    E += c.footer(1, 3)
    return E


def _lifestyle_magazine(c: Ctx):
    r = c.r
    E = []
    if r.random() < 0.6:
        E += c.cookie()
    E.append((S, r.choice((f"{c.outlet} | Đẹp – Sống – Yêu", c.outlet, f"{c.outlet} Magazine"))))
    E.append(("widget", r.choice(("Sống | Mặc đẹp | Ăn gì | Đi đâu | Tiền & Tôi", c.menu()))))
    E.append((T, c.title))
    E.append(("byline", r.choice((f"bởi {c.pen()} · {r.randint(2, 12)} phút đọc", f"{c.pen().upper()}",
                                  f"Viết bởi {c.full()}", f"{c.pen()} · Biên tập viên"))))
    E.append((D, r.choice((f"{c.dt:%d.%m.%Y}", c.date_line()))))
    blocks = [c.photo(3), c.photo(1)]
    if r.random() < 0.5:
        blocks.append(c.related_box(1, 2, styles=("docthem", "guil", "upper")))
    E += c.weave(c.paras(1, 2), blocks)
    E += c.trailer_entries()
    if r.random() < 0.5:
        brand, _ = r.choice(ADS)
        E.append(("widget", f"Bài viết được thực hiện với sự đồng hành của {brand}"))
    E.append(("widget", c.reactions()))
    E += c.related_box(2, 4, teasers=True, styles=("plain", "upper", "bullet"))
    if r.random() < 0.6:
        E += c.newsletter()
    E.append(("widget", r.choice(("Theo dõi chúng tôi: Instagram | TikTok | YouTube", "Follow us: Facebook · Instagram"))))
    E += c.footer(1, 2)
    return E


_BUILDERS = {
    "desktop_portal": _desktop_portal,
    "amp_mobile": _amp_mobile,
    "app_share_text": _app_share_text,
    "social_fanpage": _social_fanpage,
    "chat_forward": _chat_forward,
    "email_digest": _email_digest,
    "print_ocr": _print_ocr,
    "screen_reader": _screen_reader,
    "web_archive": _web_archive,
    "aggregator_card": _aggregator_card,
    "tv_radio_site": _tv_radio_site,
    "gov_portal": _gov_portal,
    "forum_repost": _forum_repost,
    "overseas_weekly": _overseas_weekly,
    "pdf_export": _pdf_export,
    "market_section": _market_section,
    "sports_portal": _sports_portal,
    "lifestyle_magazine": _lifestyle_magazine,
}
assert tuple(_BUILDERS) == LAYOUTS


# --------------------------------------------------------------------------
# Scraper faults
# --------------------------------------------------------------------------
FAULTS = ("nbsp", "zwsp", "bom", "double_space", "nfd", "glued")


def _spaces(s: str) -> list[int]:
    return [i for i, ch in enumerate(s) if ch == " "]


def _apply_faults(r: random.Random, sents: list[str], faults: list[str]) -> list[str]:
    sents = list(sents)
    idx = list(range(len(sents)))
    for f in faults:
        if f == "glued":
            cands = [i for i in range(len(sents) - 1)
                     if sents[i].endswith(".") and not sents[i].endswith("..") and sents[i + 1][:1].isupper()]
            for i in sorted(r.sample(cands, min(len(cands), r.randint(1, 2))), reverse=True):
                sents[i: i + 2] = [sents[i] + sents[i + 1]]
            idx = list(range(len(sents)))
            continue
        chosen = r.sample(idx, min(len(idx), max(1, len(idx) // r.randint(2, 4))))
        for i in chosen:
            s = sents[i]
            sp = _spaces(s)
            if not sp:
                continue
            if f == "nbsp":
                for p in sorted(r.sample(sp, min(len(sp), r.randint(1, 3))), reverse=True):
                    s = s[:p] + "\u00a0" + s[p + 1:]
            elif f == "double_space":
                for p in sorted(r.sample(sp, min(len(sp), r.randint(1, 3))), reverse=True):
                    s = s[:p] + "  " + s[p + 1:]
            elif f == "zwsp":
                p = r.choice(sp)
                s = s[:p + 1] + "\u200b" + s[p + 1:]
            elif f == "bom":
                p = r.choice(sp)
                s = s[:p] + " \ufeff" + s[p + 1:]
            sents[i] = s
    return sents


# --------------------------------------------------------------------------
# Assembly
# --------------------------------------------------------------------------

def _related_pool(related) -> list[dict]:
    pool = []
    for _, title, article in related:
        text, _ = peel_trailers(article)
        sents = split_sentences(text)
        if sents and not _complete(sents[-1]):
            sents.pop()
        sents = [s for s in sents if not _FUSED.search(s) and 20 <= len(s) <= 400]
        pool.append({"title": title, "sents": sents})
    return pool


def _assemble(layout: str, entries: list, sep: str, nfd: bool) -> Page:
    lines, body, furniture = [], [], []
    seen = set()
    for kind, val in entries:
        if kind == "body":
            if not val:
                continue
            line = sep.join(val)
            body.extend(val)
        else:
            line = re.sub(r"\s+", " ", val).strip()
            if not line:
                continue
            if kind in KINDS:
                furniture.append((kind, line))
            else:
                assert kind in (T, D, S) and kind not in seen, (layout, kind)
                seen.add(kind)
        lines.append(line)
    if nfd:
        lines = [unicodedata.normalize("NFD", x) for x in lines]
        body = [unicodedata.normalize("NFD", x) for x in body]
        furniture = [(k, unicodedata.normalize("NFD", x)) for k, x in furniture]
    for x in lines:
        assert x and x == x.strip() and "\n" not in x, repr(x)
    return Page(text="\n".join(lines), body=body, furniture=furniture, layout=layout)


def pages(train_path) -> list[Page]:
    body_rows, related_rows = _read(train_path)
    pool = _related_pool(related_rows)
    g = random.Random(SEED)
    n = len(body_rows)
    faulty = set(g.sample(range(n), n // 4)) if n else set()
    out = []
    for k, (row, title, article) in enumerate(body_rows):
        layout = LAYOUTS[k % len(LAYOUTS)]
        sents, trailers = story_sentences(article)
        c = Ctx(k, row, title, sents, trailers, pool, k in faulty)
        faults: list[str] = []
        if k in faulty:
            fr = random.Random(SEED + 7 * row)
            faults = fr.sample(FAULTS, 1 if fr.random() < 0.7 else 2)
            c.sents = _apply_faults(fr, c.sents, [f for f in faults if f != "nfd"])
            if "double_space" in faults and fr.random() < 0.5:
                c.sep = "  "
        entries = _BUILDERS[layout](c)
        out.append(_assemble(layout, entries, c.sep, "nfd" in faults))
    return out


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 1:
        print("usage: python eval/clean_test30/make.py TRAIN.jsonl.gz", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    ps = pages(argv[0])
    dt = time.perf_counter() - t0
    print(f"pages={len(ps)} layouts={len({p.layout for p in ps})} "
          f"body_sentences={sum(len(p.body) for p in ps)} "
          f"furniture_lines={sum(len(p.furniture) for p in ps)} time={dt:.2f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
