"""Blind held-out test set 39 for the Vietnamese news page cleaner.

Each usable VietNews row in BODY_ROWS becomes one scraped-looking page, laid out
like a page from one era of the Vietnamese web (early portals and forums, big
portals, mobile/social, present-day).  Other stories' text (headlines, teasers,
captions of their photos) comes only from RELATED_ROWS (title and the first
RELATED_CUT characters of the article).  Standard library only; deterministic.

    python eval/clean_test39/make.py /path/to/vietnews_train.jsonl.gz
"""
from __future__ import annotations

import datetime
import gzip
import json
import random
import re
import sys
import unicodedata
from dataclasses import dataclass

SEED = 3939
BODY_ROWS = range(11_900, 12_000)
RELATED_ROWS = range(19_600, 19_800)
RELATED_CUT = 1_200
KINDS = ("byline", "credit", "caption", "related", "widget")


@dataclass
class Page:
    text: str
    body: list[str]
    furniture: list[tuple[str, str]]
    layout: str


def _rng(*parts: object) -> random.Random:
    """A Random seeded with a string derived from SEED (hash-seed independent)."""
    return random.Random(":".join([f"test39-{SEED}", *[str(p) for p in parts]]))


# ---------------------------------------------------------------------------
# Sentence splitting (VietNews is detokenised: quotes and brackets are spaced)
# ---------------------------------------------------------------------------

_ABBREV = {
    "TP", "Tp", "tp", "Q", "P", "TS", "Ts", "ThS", "Ths", "PGS", "GS", "BS", "KS",
    "NXB", "NSƯT", "NSND", "TT", "St", "Mr", "Mrs", "Ms", "Dr", "Th", "Ph", "Co",
    "Corp", "Inc", "Ltd", "No", "vs", "v.v", "TX", "TT.Huế", "Tr", "ĐH", "CN",
    "Bs", "Ks", "Gs", "Pgs", "Đ", "H", "TS.BS", "PGS.TS", "GS.TS", "ThS.BS", "Jr",
}
_TERM_RE = re.compile(r"(?:\.{3}|…|[.!?])+")
_OPEN_Q = "“‘"
_CLOSE_Q = "”’"
_AMBIG_Q = "\"'"


def _is_abbrev(text: str, dot_at: int) -> bool:
    sp = text.rfind(" ", 0, dot_at)
    tok = text[sp + 1:dot_at].lstrip("(“\"'‘[")
    if not tok:
        return False
    if tok in _ABBREV:
        return True
    if len(tok) == 1 and tok.isalpha() and tok.isupper():
        return True
    parts = tok.split(".")
    return len(parts) > 1 and all(p in _ABBREV or (len(p) == 1 and p.isalpha()) for p in parts)


def _starts_sentence(text: str, k: int) -> bool:
    if k >= len(text):
        return False
    c = text[k]
    if c.isalpha():
        return c.isupper()
    if c in _OPEN_Q or c in _AMBIG_Q or c == "(":
        j = k + 1
        if j < len(text) and text[j] == " ":
            j += 1
        return j < len(text) and text[j].isalpha() and text[j].isupper()
    if c == "*":
        return True
    if c in "-–•" and k + 2 < len(text) and text[k + 1] == " ":
        return text[k + 2].isalpha() and text[k + 2].isupper()
    return False


def split_sentences(text: str) -> list[str]:
    """Split one detokenised VietNews text into sentences (no empty items)."""
    text = " ".join(text.split())
    out: list[str] = []
    start = 0
    for m in _TERM_RE.finditer(text):
        s, e = m.start(), m.end()
        if s < start:
            continue
        term = m.group(0)
        if term == "." and _is_abbrev(text, s):
            continue
        j = e
        for _ in range(2):  # absorb closing quotes / brackets after the stop
            jj = j + 1 if j < len(text) and text[j] == " " else j
            if jj >= len(text):
                break
            ch = text[jj]
            closing = ch in _CLOSE_Q or ch == ")" or (ch in _AMBIG_Q and text.count(ch, start, jj) % 2 == 1)
            if not closing:
                break
            j = jj + 1
        if j >= len(text) or text[j] != " ":
            continue
        if not _starts_sentence(text, j + 1):
            continue
        piece = text[start:j].strip()
        if piece:
            out.append(piece)
        start = j + 1
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return out


# ---------------------------------------------------------------------------
# Cleaning a VietNews article into the story's own sentences
# ---------------------------------------------------------------------------

_PHOTO_RE = re.compile(
    r"Ảnh\s*:|ẢNH\s*:|\(\s*Ảnh|Ảnh minh ho[aạ]|ảnh minh ho[aạ]|Ảnh\s+(?:tư liệu|internet|cắt từ|chụp màn hình)"
    r"|\(\s*(?:trái|phải|giữa|ngoài cùng|áo|đứng|ngồi|thứ\s+\w+\s+từ)[^)]*\)"
    r"|Video\s*:|Clip\s*:|Nguồn\s*(?:ảnh)?\s*:|Đồ ho[aạ]\s*:|Infographic|Photo\s*:|Ảnh\s*-\s*[A-ZĐ]"
)
_RELATED_RE = re.compile(
    r">\s*>|»|Xem thêm|XEM THÊM|Đọc thêm|ĐỌC THÊM|Tin liên quan|TIN LIÊN QUAN|Bài liên quan"
    r"|Mời (?:quý )?độc giả|Mời bạn đọc|Xem video|Xem clip|Nóng trong ngày|Click (?:vào|xem)|Tin cùng chuyên mục"
)
_MID_TRAILER_RE = re.compile(r"\((?:[Tt]ổng hợp|TỔNG HỢP|T\.H|TH|Theo [A-ZĐ][^()]{1,40}|Nguồn[^()]{1,40})\)")
_TIME_LEAD_RE = re.compile(
    r"^(?:(?:Rạng sáng|Sáng|Trưa|Chiều|Tối|Đêm|Ngày|Hôm|Khoảng|Lúc|Cuối|Đầu|Hơn|Gần|Từ|Trước đó)\b[^.]{0,30}?\d"
    r"|\d{1,2}\s?h|\d{1,2}/\d{1,2})"
)
_CREDIT_TAIL_RE = re.compile(r"^\(?\s*(?:Theo|THEO|Nguồn|NGUỒN)\s*:?\s+[^.]{1,50}?\)?\s*\.?$")
_NAME_SUFFIX_RE = re.compile(r"\s*\((?:[Tt]ổng hợp|TỔNG HỢP|T\.H|TH|[Tt]heo [^()]{1,30}|[A-ZĐ][^()]{0,30})\)\s*$")
_END_RE = re.compile(r"(?:[.!?…]|\.{3})(?:\s?[”’\")])*$")
_WORD_RE = re.compile(r"\w+")


def _words(s: str) -> list[str]:
    return _WORD_RE.findall(s)


def _ends_terminal(s: str) -> bool:
    return bool(_END_RE.search(s))


_HONORIFICS = {"Chị", "Anh", "Ông", "Bà", "Em", "Cô", "Chú", "Bác", "Cụ", "Cháu", "Thầy"}


def _name_like(s: str) -> bool:
    core = _NAME_SUFFIX_RE.sub("", s).strip().rstrip(".").strip()
    if not core or any(ch.isdigit() for ch in core):
        return False
    toks = core.split()
    if len(toks) > 6 or toks[0] in _HONORIFICS:
        return False
    if len(toks[-1]) == 1:
        return False
    for t in toks:
        if t in ("-", "–", "&", "và", "/"):
            continue
        if not t[0].isupper():
            return False
    return True


def _norm(s: str) -> str:
    """Case-, space- and form-insensitive key used for equality checks."""
    s = unicodedata.normalize("NFC", s).replace("\u200b", "")
    return "".join(s.split()).casefold()


@dataclass
class _Story:
    title: str
    sents: list[str]
    bylines: list[str]
    credits: list[str]
    captions: list[str]


def _prep(text: str) -> str:
    """NFC, no zero-width characters, single spaces: scraper faults are added later, on purpose."""
    text = unicodedata.normalize("NFC", text)
    for ch in ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"):
        text = text.replace(ch, "")
    return " ".join(text.split())


def clean_article(title: str, article: str) -> _Story:
    title = _prep(title)
    art = _prep(article)
    art = re.sub(r"\s/\.(?=\s|$)", "", art)
    bylines: list[str] = []
    credits: list[str] = []
    captions: list[str] = []
    # a "(tổng hợp)" / "(Theo X)" marker: early -> drop the marker, late -> end of story
    for m in list(_MID_TRAILER_RE.finditer(art))[::-1]:
        inner = m.group(0)[1:-1].strip()
        if m.start() >= len(art) * 0.5:
            if inner.lower().startswith(("theo", "nguồn")):
                credits.append(inner)
            art = art[:m.start()].rstrip() + (" (tổng hợp)" if "ổng hợp" in inner or inner in ("T.H", "TH") else "")
        else:
            if inner.lower().startswith(("theo", "nguồn")):
                credits.append(inner)
            art = (art[:m.start()].rstrip() + " " + art[m.end():].lstrip()).strip()
    sents = split_sentences(art)
    # related-link trailers ("Xem thêm", ">>>", "Nóng trong ngày" ...) end the story
    for i, s in enumerate(sents):
        if _RELATED_RE.search(s):
            sents = sents[:i] if i > 0 else sents[1:]
            break
    # glued trailers at the end: author names, "Theo X", truncated pieces
    while sents:
        last = sents[-1]
        if _CREDIT_TAIL_RE.match(last) and len(last.split()) <= 9:
            credits.append(last.strip("().").strip())
            sents.pop()
            continue
        if not _ends_terminal(last):
            if _name_like(last):
                bylines.append(last.rstrip("."))
            sents.pop()
            continue
        if len(last.split()) <= 4 and _name_like(last):
            bylines.append(last.rstrip("."))
            sents.pop()
            continue
        break
    # lead photo caption
    if len(sents) >= 2:
        s0, s1 = sents[0], sents[1]
        n0 = len(s0.split())
        tw = {w.lower() for w in _words(title)}
        w0 = [w.lower() for w in _words(s0)]
        overlap = sum(1 for w in w0 if w in tw) / max(1, len(w0))
        timed = bool(_TIME_LEAD_RE.match(s1)) and not _TIME_LEAD_RE.match(s0)
        if n0 <= 22 and (timed or overlap >= 0.6):
            if timed and overlap >= 0.3 and not _PHOTO_RE.search(s0):
                captions.append(s0)
            sents = sents[1:]
        elif n0 <= 10 and "," not in s0 and s0.endswith(".") and not any(c.isdigit() for c in s0):
            sents = sents[1:]
    kept: list[str] = []
    for idx, s in enumerate(sents):
        if _PHOTO_RE.search(s):
            if idx == 0 and re.search(r"Ảnh\s*:|Video\s*:", s) and len(s.split()) <= 30 and _ends_terminal(s):
                captions.append(s)
            continue
        if len(s.split()) < 3 or not any(ch.isalpha() for ch in s) or s.startswith("*"):
            continue
        if not _ends_terminal(s):
            continue
        toks = s.rstrip(".").split()
        if (s.endswith(".") and len(toks) <= 7 and not any(ch.isdigit() for ch in s)
                and toks[-1][:1].isupper() and sum(1 for t in toks if not t[:1].isupper()) <= 2):
            continue  # "Bộ trưởng X Y." - a portrait caption
        kept.append(s)
    # short, comma-less last sentences are most likely photo captions
    for _ in range(3):
        if len(kept) > 4 and len(kept[-1].split()) <= 10 and "," not in kept[-1] and kept[-1].endswith("."):
            kept.pop()
    if not kept:  # fall back to whatever sentence-like text there is
        kept = [s for s in split_sentences(art) if len(s.split()) >= 3 and not _PHOTO_RE.search(s)][:6]
        if not kept:
            kept = [" ".join(art.split())]
    keys = {_norm(s) for s in kept}
    captions = [c for c in captions if _norm(c) not in keys]
    return _Story(title=title, sents=kept, bylines=bylines, credits=credits, captions=captions)


# ---------------------------------------------------------------------------
# Other stories (RELATED_ROWS only: title + first RELATED_CUT chars of article)
# ---------------------------------------------------------------------------

@dataclass
class _Rel:
    title: str
    teasers: list[str]
    caption: str
    lead_caption: bool


_CONNECTIVES = ("Theo", "Sau", "Ông", "Bà", "Anh", "Chị", "Tuy", "Trong", "Cũng", "Do", "Ngoài", "Trước",
                "Hiện", "Còn", "Đồng thời", "Vì", "Khi", "Nếu", "Như", "Được", "Cụ thể", "Bên cạnh", "Đây",
                "Đó", "Với", "Tại", "Từ", "Để", "Mặc dù", "Riêng", "Thế", "Nhưng", "Và", "Qua", "Hôm")


def _related_item(title: str, article: str) -> _Rel | None:
    title = _prep(title)
    sents = split_sentences(_prep(article[:RELATED_CUT]))
    if sents and (not _ends_terminal(sents[-1]) or len(sents) == 1 and len(article) > RELATED_CUT):
        sents = sents[:-1]
    caption = ""
    lead = False
    if len(sents) >= 2:
        s0, s1 = sents[0], sents[1]
        tw = {w.lower() for w in _words(title)}
        w0 = [w.lower() for w in _words(s0)]
        overlap = sum(1 for w in w0 if w in tw) / max(1, len(w0))
        if len(s0.split()) <= 22 and (_TIME_LEAD_RE.match(s1) or overlap >= 0.6 or _PHOTO_RE.search(s0)):
            caption = s0
            lead = True
            sents = sents[1:]
    clean = [s for s in sents if not _PHOTO_RE.search(s) and not _RELATED_RE.search(s)
             and 6 <= len(s.split()) <= 60 and _ends_terminal(s)]
    if not caption:
        short = [s for s in clean[1:] if 7 <= len(s.split()) <= 22 and not s.startswith(_CONNECTIVES)
                 and not any(ch in s for ch in "“”\":;")]
        if short:
            caption = short[0]
    teasers = [s for s in clean if s != caption][:3]
    if not title or not teasers:
        return None
    return _Rel(title=title, teasers=teasers, caption=caption, lead_caption=lead)


# ---------------------------------------------------------------------------
# Invented vocabulary (names, outlets) - no real site's text
# ---------------------------------------------------------------------------

_SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
             "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Lương", "Mai", "Tạ", "Quách", "Thái", "Lâm", "Trịnh",
             "Cao", "Kiều", "Tôn", "Hà", "La", "Khúc"]
_MIDDLES = ["Văn", "Thị", "Đức", "Minh", "Thu", "Ngọc", "Hữu", "Thanh", "Quang", "Bảo", "Hoài", "Xuân",
            "Kim", "Gia", "Phương", "Tuấn", "Diệu", "Khánh", "Hải", "Mỹ", "Trọng", "Như", "Đăng", "Cẩm"]
_GIVENS = ["An", "Bình", "Châu", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hiếu", "Hoa", "Hùng", "Khánh",
           "Lan", "Linh", "Long", "Mai", "Nam", "Nga", "Phong", "Phúc", "Quân", "Sơn", "Tâm", "Thảo",
           "Trang", "Tuấn", "Uyên", "Vinh", "Yến", "Đạt", "Khoa", "Ngân", "Nhi", "Lộc", "Tùng", "Vy"]
_CITIES = ["Hà Nội", "TP HCM", "Đà Nẵng", "Cần Thơ", "Hải Phòng", "Nghệ An", "Huế", "Nha Trang",
           "Biên Hoà", "Vũng Tàu", "Quy Nhơn", "Thái Nguyên", "Nam Định", "Buôn Ma Thuột", "Đà Lạt"]
_AGENCIES = ["TTX Phương Nam", "Hãng tin Sông Hàn", "Thông tấn Lạc Việt", "NTV-Bắc Bộ", "Tin Á Đông",
             "Hãng tin Cửu Long"]
_OUTLETS = ["báo Sông Lam", "Thời báo Cửu Long", "báo điện tử Hàm Rồng", "tạp chí Phố Thị",
            "Đài Phát thanh Bến Hải", "Tuần san Đất Mũi", "Nhật báo Tây Đô Mới", "Tin Chiều Hạ Long",
            "tạp chí Kinh tế Đồng Bằng", "báo Sớm Mai", "Thời báo Kinh doanh Sông Tiền", "báo Lao Động Mới",
            "Bản tin Thị trường Ba Miền", "tạp chí Đầu tư Hồng Hà"]
_NICKS = ["hoanglong_hn", "meo_con_1985", "gio_bien", "cafe_sua_da", "lang_tu_hp", "tuan_kts",
          "mua_thu_ha_noi", "sv_bachkhoa", "be_bong_sg", "ong_gia_vui_tinh", "nang_sai_gon", "tieu_phu_ba_dinh",
          "rua_con_dalat", "nhoc_quay", "chang_ngoc_tp"]

_SITES = {
    1: ["SaoMai Online", "Mạng Tin Hồng Lam", "VietLink Phố Hiến", "Trang Tin Lạc Hồng", "e-Báo Kinh Bắc",
        "Cổng Tin Bốn Phương", "Nét Việt Xưa"],
    2: ["Cổng thông tin Trường Sơn", "Báo điện tử Hàm Rồng", "TinNhanh Cửu Long", "Sài Thành Portal",
        "Phố Tài Chính", "Kênh Đầu Tư Sông Tiền", "Tin Việt Toàn Cảnh"],
    3: ["Báo Sóng Mới", "Lướt Tin 24h", "Tin Chạm", "Nhịp Sống Bến Thành", "Ống Kính Phố", "Tin Nóng Mỗi Giờ",
        "Đọc Nhanh"],
    4: ["Bản Tin Sen Vàng", "Thời Báo Lúa Mới", "Tạp chí Nền Tảng", "Ánh Dương+", "Tia Sáng Media",
        "Báo Số Hôm Nay", "Nhịp Đập Kinh Tế"],
}

_WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
_ERA_YEARS = {1: (1999, 2005), 2: (2006, 2012), 3: (2013, 2019), 4: (2020, 2025)}

_TOPIC_CAPS = [
    (r"ngân hàng|tín dụng|lãi suất|Bank|NCB|BIDV", [
        "Khách hàng giao dịch tại quầy của một ngân hàng thương mại.",
        "Nhân viên kiểm đếm tiền tại một phòng giao dịch.",
        "Một phòng giao dịch ngân hàng trong giờ cao điểm buổi sáng.",
        "Khách hàng làm thủ tục vay vốn tại chi nhánh ngân hàng.",
        "Trụ sở ngân hàng nằm trên tuyến phố trung tâm."]),
    (r"giá vàng|[Vv]àng SJC|vàng miếng|tỷ giá|ngoại tệ", [
        "Nhân viên cửa hàng vàng bạc cập nhật giá mới trên bảng điện tử.",
        "Khách hàng chờ tới lượt giao dịch tại một tiệm vàng.",
        "Vàng miếng được bày bán tại quầy giao dịch.",
        "Bảng tỷ giá ngoại tệ tại một điểm thu đổi."]),
    (r"chứng khoán|cổ phiếu|Index|HĐQT|cổ đông|niêm yết", [
        "Nhà đầu tư theo dõi diễn biến thị trường trên bảng điện tử.",
        "Bảng giá chứng khoán trong phiên giao dịch buổi sáng.",
        "Quang cảnh phiên họp đại hội đồng cổ đông thường niên.",
        "Nhà đầu tư trao đổi tại sàn giao dịch của một công ty chứng khoán."]),
    (r"bất động sản|căn hộ|biệt thự|nhà ở|khu đô thị|condotel", [
        "Phối cảnh tổng thể dự án nhìn từ trên cao.",
        "Khách hàng tham quan nhà mẫu tại khu đô thị mới.",
        "Một góc công trình đang trong giai đoạn hoàn thiện.",
        "Nhiều tòa nhà cao tầng mọc lên ở khu vực ven đô."]),
    (r"xăng|dầu|Petrolimex", [
        "Nhân viên bơm xăng cho khách tại một cửa hàng bán lẻ.",
        "Người dân đổ xăng trong giờ tan tầm.",
        "Bảng giá nhiên liệu tại một cây xăng ven quốc lộ."]),
    (r"thuế|[Hh]ải quan|nhập khẩu|xuất khẩu|gạo", [
        "Cán bộ hướng dẫn doanh nghiệp hoàn thiện hồ sơ tại bộ phận một cửa.",
        "Hàng hóa tập kết tại cảng chờ làm thủ tục thông quan.",
        "Xe container nối đuôi nhau vào khu vực cửa khẩu."]),
    (r"Vietlott|xổ số|[Jj]ackpot", [
        "Người dân chọn số tại một điểm bán vé tự chọn.",
        "Tờ vé số tự chọn tại một đại lý trên phố.",
        "Điểm bán vé đông khách khi giải thưởng tăng cao."]),
    (r"hàng không|Airways|sân bay|Vietjet|tiếp viên", [
        "Máy bay chuẩn bị cất cánh trên đường băng.",
        "Hành khách làm thủ tục tại nhà ga sân bay.",
        "Tiếp viên chào đón hành khách trên chuyến bay khai trương."]),
    (r"đường sắt|cao tốc|BOT|thu phí|giao thông|cầu|tàu", [
        "Phương tiện lưu thông qua trạm thu phí.",
        "Tuyến đường sau khi được đưa vào khai thác.",
        "Công nhân thi công trên công trường vào buổi sáng."]),
    (r"ô nhiễm|xả thải|môi trường|thép|bê tông", [
        "Nước thải đổ ra con kênh chảy qua khu dân cư.",
        "Khói bụi bao phủ khu vực nhà máy.",
        "Người dân chỉ vào khu vực bị ảnh hưởng."]),
    (r"[Yy] tế|bệnh viện|bác sĩ|sữa|mỹ phẩm|Dược", [
        "Người bệnh chờ khám tại hành lang bệnh viện.",
        "Sản phẩm được bày bán trên kệ của một siêu thị.",
        "Cán bộ quản lý thị trường kiểm tra hàng hóa tại cửa hàng."]),
    (r"du lịch|resort|golf|công viên|lễ hội|hoa", [
        "Du khách check-in tại khu du lịch vào dịp cuối tuần.",
        "Khung cảnh nhìn từ trên cao vào buổi sớm.",
        "Nhiều gia đình đưa trẻ nhỏ đến vui chơi."]),
]
_GENERIC_CAPS = [
    "Quang cảnh buổi làm việc giữa các bên liên quan.",
    "Toàn cảnh sự kiện diễn ra sáng qua.",
    "Đại biểu tham dự chương trình chụp ảnh lưu niệm.",
    "Lãnh đạo các đơn vị phát biểu tại buổi lễ.",
    "Trụ sở của doanh nghiệp được nhắc đến trong bài.",
    "Các đại biểu thực hiện nghi thức ký kết hợp tác.",
    "Nhiều người quan tâm theo dõi thông tin tại hội trường.",
]
_PLACES = ["Hà Nội", "TP. HCM", "Đà Nẵng", "Quảng Ninh", "Gia Lai", "Hải Phòng", "Cần Thơ", "Ninh Thuận",
           "Bắc Giang", "Phú Quốc", "Quảng Nam", "Lào Cai", "Thanh Hoá", "Bình Định"]

_COMMENTS = [
    "Mong các cơ quan chức năng sớm vào cuộc làm rõ sự việc.",
    "Bài viết rất hay, cảm ơn phóng viên đã thông tin kịp thời.",
    "Đọc xong mà thấy lo cho túi tiền của người dân.",
    "Không biết bao giờ mới xử lý dứt điểm được chuyện này?",
    "Tôi nghĩ cần xem xét kỹ hơn trước khi đưa ra kết luận.",
    "Thông tin hữu ích, tôi sẽ chia sẻ cho người thân cùng đọc.",
    "Chuyện này năm nào cũng nghe mà mãi chưa thấy thay đổi gì.",
    "Ủng hộ quyết định này, làm được như vậy là tốt rồi.",
    "Cần công khai minh bạch hơn nữa để người dân được biết.",
    "Giá mà các địa phương khác cũng làm quyết liệt như vậy.",
    "Tôi ở gần đó, tình hình thực tế còn phức tạp hơn nhiều.",
    "Cảm ơn toà soạn, mong có thêm bài phân tích sâu hơn.",
    "Ai có kinh nghiệm về vấn đề này cho mình hỏi với ạ?",
    "Đề nghị báo tiếp tục theo dõi và đưa tin về vụ việc.",
    "Nhìn con số mà giật mình, không ngờ lại lớn đến vậy.",
    "Người lao động như chúng tôi chỉ mong mọi thứ ổn định là đủ.",
    "Hy vọng lần này sẽ có chuyển biến thật sự.",
    "Bình tĩnh chờ kết quả chính thức rồi hãy bàn tiếp.",
    "Quá bất ngờ, tuần trước tôi còn vừa giao dịch ở đó.",
    "Mỗi người một ý, nhưng cuối cùng thiệt thòi vẫn là người dân.",
    "Đọc tiêu đề tưởng gì, hoá ra chuyện cũ được hâm nóng lại.",
    "Tôi làm trong ngành nên hiểu, không đơn giản như mọi người nghĩ đâu.",
]

_NOTICES = {
    1: ["Trang web đang được nâng cấp, mong quý vị thông cảm nếu gặp trục trặc khi truy cập.",
        "Quý vị muốn đăng quảng cáo trên trang xin liên hệ ban quản trị qua email.",
        "Mọi ý kiến đóng góp xin gửi về địa chỉ email của ban biên tập.",
        "Nếu không đọc được tiếng Việt, xin tải bộ phông chữ Unicode ở cuối trang.",
        "Tin bài trên trang được tổng hợp từ nhiều nguồn báo chí trong nước.",
        "Quý vị có thể đặt trang này làm trang chủ để tiện theo dõi tin tức mỗi ngày.",
        "Trang sẽ tạm ngừng cập nhật vào cuối tuần để bảo trì máy chủ.",
        "Cảm ơn quý vị đã ủng hộ trang tin trong suốt thời gian qua."],
    2: ["Bạn đọc có thể gửi ý kiến, hình ảnh về sự việc cho toà soạn qua hộp thư điện tử.",
        "Ý kiến của bạn sẽ được biên tập trước khi đăng tải.",
        "Vui lòng gõ tiếng Việt có dấu khi gửi bình luận.",
        "Đường dây nóng của toà soạn luôn sẵn sàng tiếp nhận thông tin từ bạn đọc.",
        "Website đang thử nghiệm giao diện mới, mời bạn đọc góp ý.",
        "Tải ứng dụng đọc báo trên điện thoại di động để cập nhật tin nhanh hơn.",
        "Mời bạn đọc tham gia cuộc thi viết về những tấm gương vượt khó.",
        "Bài viết đã được gửi thành công tới hộp thư của bạn bè bạn."],
    3: ["Bạn đang xem phiên bản rút gọn của bài viết dành cho điện thoại.",
        "Bấm theo dõi để không bỏ lỡ những tin tức mới nhất.",
        "Bài viết có thể được cập nhật khi có thêm thông tin mới.",
        "Nội dung bên dưới là quảng cáo từ đối tác của chúng tôi.",
        "Hãy chia sẻ bài viết nếu bạn thấy thông tin hữu ích.",
        "Gửi tin bài, hình ảnh, video về đường dây nóng để nhận nhuận bút.",
        "Bạn có thể đọc tin ngay cả khi không có kết nối mạng trên ứng dụng.",
        "Vuốt sang trái để xem tin tiếp theo."],
    4: ["Bài viết này thuộc chuyên mục dành cho hội viên, bạn còn hai lượt đọc miễn phí.",
        "Nhận thông báo khi có diễn biến mới về chủ đề này.",
        "Chúng tôi sử dụng lịch sử đọc của bạn để gợi ý nội dung phù hợp hơn.",
        "Báo chí độc lập cần sự ủng hộ của bạn đọc, hãy cân nhắc đóng góp.",
        "Bạn có thể chuyển sang chế độ nghe khi đang lái xe hoặc tập thể dục.",
        "Ảnh và nội dung trên trang được bảo hộ bản quyền.",
        "Phiên bản mới của ứng dụng đã sẵn sàng, hãy cập nhật để có trải nghiệm tốt hơn.",
        "Tài khoản của bạn sẽ được đồng bộ trên mọi thiết bị."],
}

_ADS = {
    1: ["Học tiếng Anh qua mạng miễn phí, đăng ký ngay hôm nay để nhận giáo trình.",
        "Dịch vụ thiết kế trang web giá rẻ cho doanh nghiệp vừa và nhỏ, liên hệ ngay!",
        "Bán máy tính Pentium cũ giá tốt, bảo hành ba tháng, giao hàng tận nơi.",
        "Thẻ điện thoại quốc tế gọi về Việt Nam chỉ từ vài xu mỗi phút."],
    2: ["Vay tiêu dùng lãi suất ưu đãi, giải ngân trong vòng 24 giờ.",
        "Căn hộ ven sông thanh toán chỉ 30% đến khi nhận nhà, hỗ trợ vay đến 20 năm.",
        "Khoá học kế toán thực hành cấp tốc khai giảng vào đầu tháng tới.",
        "Giảm giá đến 50% cho toàn bộ sản phẩm điện máy trong dịp cuối tuần này."],
    3: ["Mở tài khoản trên điện thoại trong năm phút, nhận ngay ưu đãi phí giao dịch.",
        "Đặt phòng khách sạn biển giá tốt nhất mùa hè, số lượng có hạn.",
        "Tải ứng dụng gọi xe, nhập mã khuyến mãi để được giảm giá chuyến đi đầu tiên.",
        "Mua bảo hiểm trực tuyến chỉ với vài thao tác đơn giản trên điện thoại."],
    4: ["Đầu tư chứng chỉ quỹ từ 100.000 đồng ngay trên ứng dụng ngân hàng số.",
        "Khám sức khoẻ tổng quát trọn gói, đặt lịch trực tuyến không cần chờ đợi.",
        "Trải nghiệm xe điện mới với ưu đãi miễn phí sạc trong ba năm đầu.",
        "Học lập trình trí tuệ nhân tạo cùng chuyên gia, học thử miễn phí buổi đầu."],
}


def _vnum(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _can_chi(year: int) -> str:
    can = ["Canh", "Tân", "Nhâm", "Quý", "Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ"][year % 10]
    chi = ["Thân", "Dậu", "Tuất", "Hợi", "Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi"][year % 12]
    return f"{can} {chi}"


def _slug(s: str) -> str:
    s = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in s.lower() if ch.isascii() and ch.isalnum())


def _cap1(s: str) -> str:
    return s[:1].upper() + s[1:] if s else s


# ---------------------------------------------------------------------------
# Page builder
# ---------------------------------------------------------------------------

class _Ctx:
    def __init__(self, layout: str, era: int, story: _Story, pool: list[_Rel], row: int):
        self.layout = layout
        self.era = era
        self.story = story
        self.pool = pool
        self.row = row
        self.rng = _rng("page", row, layout)
        self.lines: list[tuple[str, object]] = []
        order = list(range(len(pool)))
        self.rng.shuffle(order)
        self._relq = order
        y0, y1 = _ERA_YEARS[era]
        day = self.rng.randrange((datetime.date(y1, 12, 31) - datetime.date(y0, 1, 1)).days)
        d = datetime.date(y0, 1, 1) + datetime.timedelta(days=day)
        self.dt = datetime.datetime(d.year, d.month, d.day, self.rng.randrange(6, 23), self.rng.randrange(60))
        self._used_caps: list[str] = []
        self._used_notices: list[str] = []
        self.site_name = self.pick(_SITES[era])
        text = " ".join([story.title] + story.sents)
        self.place = next((p for p in _PLACES if p in text), "")

    # -- random helpers --------------------------------------------------
    def pick(self, seq):
        return seq[self.rng.randrange(len(seq))]

    def maybe(self, p: float) -> bool:
        return self.rng.random() < p

    def r(self, a: int, b: int) -> int:
        return self.rng.randint(a, b)

    def sample(self, seq, k: int):
        return self.rng.sample(list(seq), min(k, len(seq)))

    # -- emitting lines --------------------------------------------------
    def add(self, kind: str, text: str) -> None:
        assert kind in KINDS, kind
        text = " ".join(text.split())
        # not every scraped copy keeps every small button or counter
        if kind == "widget" and len(text.split()) < 5 and self.rng.random() < 0.3:
            return
        if text:
            self.lines.append((kind, text))

    def title(self, upper: bool = False) -> None:
        t = self.story.title
        self.lines.append(("title", t.upper() if upper else t))

    def date(self, text: str) -> None:
        self.lines.append(("date", " ".join(text.split())))

    def site(self, text: str | None = None) -> None:
        self.lines.append(("site", text or self.site_name))

    def para(self, sents: list[str]) -> None:
        if sents:
            self.lines.append(("body", list(sents)))

    # -- story body ------------------------------------------------------
    def paras(self, weights=(3, 3, 2, 1), limit: int | None = None) -> list[list[str]]:
        sents = list(self.story.sents)
        if limit is not None:
            sents = sents[:limit]
        out: list[list[str]] = []
        i = 0
        mode = self.pick(["mixed", "mixed", "short-run", "long-run"])
        while i < len(sents):
            if mode == "short-run" and self.maybe(0.5):
                n = 1
            elif mode == "long-run" and self.maybe(0.5):
                n = 4
            else:
                n = self.rng.choices([1, 2, 3, 4], weights=weights)[0]
            out.append(sents[i:i + n])
            i += n
        return out

    # -- people, outlets, dates ------------------------------------------
    def name(self, style: str | None = None) -> str:
        style = style or self.pick(["full", "pen", "pen", "initial"])
        sur, mid, giv = self.pick(_SURNAMES), self.pick(_MIDDLES), self.pick(_GIVENS)
        if style == "full":
            return f"{sur} {mid} {giv}"
        if style == "pen":
            return f"{mid} {giv}" if self.maybe(0.7) else f"{giv} {self.pick(_GIVENS)}"
        return f"{mid[0]}.{giv}" if self.maybe(0.5) else f"{sur[0]}.{mid[0]}.{giv[0]}"

    def author(self) -> str:
        real = [b for b in self.story.bylines if "(" not in b]
        if real and self.maybe(0.6):
            return real[0]
        return self.name()

    def outlet(self) -> str:
        return self.pick(_OUTLETS)

    def source_credit(self) -> str:
        if self.story.credits and self.maybe(0.6):
            c = self.story.credits[0]
            return c if c[:1].isupper() else _cap1(c)
        o = self.outlet()
        return self.pick([f"Theo {o}", f"Theo {_cap1(o)}", f"Nguồn: {_cap1(o)}", f"(Theo {o})",
                          f"Bài viết có sử dụng tư liệu của {o}.",
                          f"Thông tin trong bài được tổng hợp từ {o} và {self.outlet()}.",
                          f"Bài viết được đăng lại với sự đồng ý của {o}."])

    def fdate(self, style: str, dt: datetime.datetime | None = None) -> str:
        dt = dt or self.dt
        wd = _WEEKDAYS[dt.weekday()]
        d, m, y, hh, mm = dt.day, dt.month, dt.year, dt.hour, dt.minute
        ap = "AM" if hh < 12 else "PM"
        h12 = hh % 12 or 12
        table = {
            "wd_full": f"{wd}, {d:02d}/{m:02d}/{y}, {hh:02d}:{mm:02d} GMT+7",
            "plain": f"{d:02d}/{m:02d}/{y}",
            "bracket": f"[{d:02d}/{m:02d}/{y} - {hh:02d}:{mm:02d}]",
            "paren": f"({d:02d}/{m:02d}/{y} - {hh:02d}:{mm:02d})",
            "dash": f"{hh:02d}:{mm:02d} | {d:02d}-{m:02d}-{y}",
            "words": f"{wd}, ngày {d} tháng {m} năm {y}",
            "ampm": f"{d:02d}-{m:02d}-{y}, {h12:02d}:{mm:02d} {ap}",
            "dot": f"Đăng lúc {hh}:{mm:02d} ngày {d}.{m}.{y}",
            "gmt": f"{wd}, {d}/{m}/{y}, {hh:02d}:{mm:02d} (GMT+7)",
            "iso": f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mm:02d}:00+07:00",
            "short": f"{d}/{m}/{y} {hh:02d}:{mm:02d}",
            "wap": f"{d:02d}/{m:02d}/{y % 100:02d} {hh:02d}:{mm:02d}",
            "month": f"{d} tháng {m}, {y} lúc {hh:02d}:{mm:02d}",
            "updated": f"Cập nhật: {hh:02d}:{mm:02d} {d:02d}/{m:02d}/{y}",
        }
        return table[style]

    def later(self, minutes: int) -> datetime.datetime:
        return self.dt + datetime.timedelta(minutes=minutes)

    # -- other stories ---------------------------------------------------
    def rel(self) -> _Rel:
        if not self._relq:
            order = list(range(len(self.pool)))
            self.rng.shuffle(order)
            self._relq = order
        return self.pool[self._relq.pop()]

    def rels(self, n: int) -> list[_Rel]:
        return [self.rel() for _ in range(n)]

    def cap_rels(self, n: int) -> list[_Rel]:
        """Other stories that have a photo caption (their lead caption first)."""
        out: list[_Rel] = []
        for want_lead in (True, False):
            for idx in list(self._relq)[::-1]:
                r = self.pool[idx]
                if len(out) < n and r.caption and r.lead_caption == want_lead:
                    out.append(r)
                    self._relq.remove(idx)
        return out

    def notice(self, p: float = 1.0) -> None:
        if self.maybe(p):
            fresh = [t for t in _NOTICES[self.era] if t not in self._used_notices]
            t = self.pick(fresh or _NOTICES[self.era])
            self._used_notices.append(t)
            self.add("widget", t)

    def ad(self, p: float = 1.0) -> None:
        if self.maybe(p):
            self.add("widget", self.pick(["Quảng cáo", "QC", "Tài trợ"]) if self.maybe(0.3) else self.pick(_ADS[self.era]))

    def comments(self, n: int, who: str = "name", meta: str = "") -> None:
        for cm in self.sample(_COMMENTS, n):
            if who == "name":
                self.add("widget", self.pick([f"{self.name('full')} - {self.pick(_CITIES)}", self.name("full"),
                                              f"Bạn đọc {self.name('full')}", f"{self.name('pen')} ({self.pick(_CITIES)})"]))
            elif who == "nick":
                self.add("widget", self.pick(_NICKS))
            self.add("widget", cm)
            if meta:
                self.add("widget", meta)

    def cap_slots(self, n_paras: int, lo: int, hi: int) -> set[int]:
        k = min(n_paras, self.r(lo, hi))
        return set(self.sample(range(n_paras), k))

    def brief_box(self, p: float = 1.0) -> None:
        """A box of one-sentence briefs from other stories ("tin vắn")."""
        if self.maybe(p):
            self.add("related", self.pick({1: ["Tin vắn", "TIN VẮN", "Tin ngắn trong ngày"],
                                           2: ["Tin nhanh", "Tin vắn 24h", "Điểm tin"],
                                           3: ["Tin nhanh", "Điểm tin sáng", "Tin 60 giây"],
                                           4: ["Điểm tin nhanh", "Tin ngắn", "Bản tin 1 phút"]}[self.era]))
            for r in self.rels(self.r(2, 4)):
                self.add("related", self.pick(["", "- ", "• "]) + r.teasers[0])

    def rel_list(self, n: int, styles: list[str], teaser_p: float = 0.5, max_teasers: int = 1) -> None:
        for r in self.rels(n):
            self.add("related", self.headline(r, self.pick(styles)))
            if self.maybe(min(0.92, teaser_p + 0.4)):
                k = max_teasers if self.maybe(0.5) else 1
                if self.era > 1 and self.maybe(0.3):
                    k += 1
                for t in r.teasers[:k]:
                    self.add("related", t)

    def rdate(self, back_days: int = 30) -> datetime.datetime:
        return self.dt - datetime.timedelta(days=self.r(1, back_days), minutes=self.r(0, 900))

    # -- captions for the story's own photos ------------------------------
    def story_cap(self) -> str:
        cands: list[str] = []
        if self.story.captions and self.story.captions[0] not in self._used_caps:
            cands = [self.story.captions[0]] * 3
        head = " ".join([self.story.title] + self.story.sents[:2])
        text = " ".join(self.story.sents[:8])
        scored = []
        for rank, (pat, caps) in enumerate(_TOPIC_CAPS):
            score = 3 * len(re.findall(pat, head)) + len(re.findall(pat, text))
            if score:
                scored.append((-score, rank, caps))
        scored.sort()
        if scored:
            cands.extend(scored[0][2])
        if len(cands) < 4 or self.maybe(0.25):
            cands.extend(_GENERIC_CAPS)
        fresh = [c for c in cands if c not in self._used_caps] or _GENERIC_CAPS
        cap = self.pick(fresh)
        self._used_caps.append(cap)
        if self.place and cap.endswith(".") and self.place not in cap and self.maybe(0.35):
            cap = cap[:-1] + f" ở {self.place}."
        return cap

    def photo_caption(self, style: str | None = None) -> str:
        cap = self.story_cap()
        style = style or self.pick(["plain", "plain", "fused", "fused_dash", "paren_illu", "tri"])
        if style == "fused":
            return f"{cap} Ảnh: {self.name('pen')}"
        if style == "fused_dash":
            return f"{cap.rstrip('.')} - Ảnh: {self.name('pen')}"
        if style == "paren_illu":
            return f"{cap.rstrip('.')} (Ảnh minh hoạ)"
        if style == "tri":
            return f"▲ {cap}"
        if style == "paren_src":
            return f"{cap} (Ảnh: {_cap1(self.outlet())})"
        return cap

    def photo_credit(self) -> str:
        n = self.name("pen")
        return self.pick([f"Ảnh: {n}", f"(Ảnh: {n})", f"Ảnh: {_cap1(self.outlet())}", "Ảnh: Tư liệu",
                          f"Ảnh: {n}/{_cap1(self.outlet())}", "Nguồn ảnh: Internet", f"Đồ hoạ: {n}",
                          f"Toàn bộ ảnh trong bài do {n} thực hiện.",
                          f"Ảnh trong bài được sử dụng với sự cho phép của {self.outlet()}."])

    def clause(self) -> str:
        cands: list[str] = []
        for s in self.story.sents:
            for part in re.split(r", |; |: ", s):
                part = part.strip(" “”\"'").rstrip(".")
                if 7 <= len(part.split()) <= 24 and not part.endswith((" và", " của")):
                    cands.append(part)
        keys = {_norm(s) for s in self.story.sents}
        self.rng.shuffle(cands)
        for p in cands:
            out = _cap1(p) + "."
            if _norm(out) not in keys:
                return out
        return _cap1(self.story.title.rstrip(".?!")) + "."

    # -- decorated headlines ---------------------------------------------
    def headline(self, r: _Rel, style: str) -> str:
        t = r.title
        d = self.rdate()
        table = {
            "plain": t,
            "raquo": f"» {t}",
            "raquo_date": f"» {t} ({d.day:02d}/{d.month:02d}/{d.year})",
            "dash_date": f"- {t} [{d.day:02d}/{d.month:02d}]",
            "plus": f"+ {t}",
            "bullet": f"• {t}",
            "date_short": f"{t} ({d.day:02d}/{d.month:02d})",
            "tri": f"► {t}",
            "arrow": f"› {t}",
            "square": f"■ {t}",
            "read": f"{t} · {self.r(2, 9)} phút đọc",
            "time_ago": f"{t} - {self.r(1, 23)} giờ trước",
        }
        return table[style]


# ---------------------------------------------------------------------------
# Layouts.  Era 1: early portals and forums (1999-2005)
# ---------------------------------------------------------------------------

def _byline_e1(c: _Ctx) -> str:
    a = c.author()
    return c.pick([a.upper(), a.upper(), a, f"{a} - {c.name('pen')}", f"Tác giả: {a}",
                   f"{a} ({c.pick(_AGENCIES)})", f"Bài và ảnh: {a}"])


def _e1_frameset_portal(c: _Ctx) -> None:
    if c.maybe(0.5):
        c.add("widget", c.pick([
            "Trình duyệt của bạn không hỗ trợ khung (frame), hãy nâng cấp để xem đầy đủ nội dung.",
            "Trang này sử dụng khung, vui lòng dùng trình duyệt đời mới hơn.",
            "[Khung trái: Mục lục tin]", "Nếu không thấy menu bên trái, bấm vào đây."]))
    c.site(c.site_name.upper() if c.maybe(0.4) else c.site_name)
    if c.maybe(0.5):
        c.add("widget", c.pick(["Thông tin nhanh - chính xác - bổ ích", "Mạng thông tin của người Việt khắp nơi",
                                "Cầu nối thông tin trong nước và hải ngoại", "Tờ báo mạng của mọi nhà"]))
    c.add("widget", c.pick([
        f"*** Chào mừng quý vị đến với {c.site_name}! Chúc quý vị một ngày an lành ***",
        "»»» Tin tức được cập nhật liên tục 24/24 giờ «««",
        f"Chúc mừng năm mới {_can_chi(c.dt.year)} - An khang thịnh vượng!",
        "Website đang trong giai đoạn chạy thử nghiệm, rất mong nhận được ý kiến đóng góp của quý vị.",
        "~~~ Mời quý vị gửi tin bài cộng tác về hộp thư toà soạn ~~~"]))
    c.add("widget", c.pick([
        "Trang chủ | Tin trong nước | Tin quốc tế | Kinh tế | Văn hoá | Diễn đàn | Liên hệ",
        "[ Trang nhất ] [ Thời sự ] [ Kinh tế ] [ Giải trí ] [ Góp ý ]",
        ":: Trang chủ :: Tin tức :: Kinh tế :: Thể thao :: Sổ lưu niệm ::",
        "Trang Chủ - Tin Mới - Kinh Tế - Xã Hội - Thế Giới - Tải Phông Chữ"]))
    if c.maybe(0.6):
        c.add("widget", c.pick(["[Flash] banner_top.swf",
                                "Bạn cần cài đặt Macromedia Flash Player để xem quảng cáo này.",
                                "<Quảng cáo Flash 468x60>", "[Hình động: Đang tải...]"]))
    c.date(c.fdate(c.pick(["wd_full", "bracket", "dot", "words"])))
    c.title(upper=c.maybe(0.3))
    ps = c.paras((2, 3, 3, 2))
    caps = c.cap_slots(len(ps), 1, 3)
    for i, p in enumerate(ps):
        c.para(p)
        if i in caps:
            c.add("caption", c.photo_caption(c.pick(["plain", "paren_illu", "fused", "plain"])))
            if c.maybe(0.3):
                c.add("credit", c.photo_credit())
    c.add("byline", _byline_e1(c))
    if c.maybe(0.7):
        c.add("credit", c.source_credit())
    c.add("widget", c.pick(["[Về đầu trang]  [Gửi bài này cho bạn bè]  [Bản để in]",
                            "<< Quay lại | In bài này | Gửi email", "[Trở về] [Lên trên]",
                            "Gửi cho bạn bè - In trang - Đầu trang"]))
    if c.maybe(0.5):
        c.add("widget", c.pick(["Ý kiến của bạn về bài viết này xin gửi về hộp thư toà soạn.",
                                "Mọi ý kiến đóng góp xin gửi về địa chỉ email của ban biên tập.",
                                "Ý kiến bạn đọc"]))
    c.brief_box(0.6)
    c.add("related", c.pick(["Các tin đã đưa:", "Các bài khác:", "Tin cũ hơn:", "CÁC TIN KHÁC", "Những tin đã đăng"]))
    c.rel_list(c.r(3, 5), [c.pick(["raquo_date", "dash_date", "plus"])], 0.45)
    c.add("widget", c.pick([f"Số lượt truy cập: {c.r(10_000, 999_999):07d}",
                            f"Bạn là vị khách thứ {_vnum(c.r(10_000, 900_000))} ghé thăm trang web.",
                            f"Hiện có {c.r(3, 60)} khách đang xem trang này."]))
    c.add("widget", c.pick(["Xem tốt nhất với Internet Explorer 5.0 trở lên, độ phân giải 800x600.",
                            "Trang web hiển thị tốt nhất với phông Unicode và trình duyệt IE 6.",
                            "Để xem tiếng Việt, hãy cài đặt phông chữ VNI hoặc Unicode.",
                            "Best viewed with IE 5.5 - 1024x768"]))
    c.notice(0.8)
    c.ad(0.6)
    c.add("widget", c.pick([f"Bản quyền © {c.dt.year} {c.site_name}. Ghi rõ nguồn khi phát hành lại thông tin từ website này.",
                            f"Copyright © {c.dt.year} {c.site_name}. All rights reserved.",
                            f"© {c.site_name} {c.dt.year} - Thiết kế bởi Nhóm Tin Học Sao Khuê"]))


def _e1_forum_repost(c: _Ctx) -> None:
    forum = c.pick(["Diễn đàn Bạn Trẻ Phương Nam", "Diễn đàn Quê Nhà", "Diễn đàn Sinh viên Bách Nghệ",
                    "Diễn đàn Người Việt Bốn Phương"])
    c.add("widget", c.pick(["Chào mừng bạn đến với diễn đàn! Hãy đăng ký để tham gia thảo luận.",
                            "Bạn chưa đăng nhập. Đăng nhập | Đăng ký",
                            "Tên đăng nhập: ____ Mật khẩu: ____ [Đăng nhập]"]))
    c.site(forum)
    c.add("widget", c.pick([f"{forum} > Thời sự - Xã hội > Tin tức trong nước",
                            f"{forum} > Góc Kinh Tế > Tin tức - Sự kiện",
                            "Trang chủ diễn đàn » Chuyện thời sự » Tin nóng"]))
    if c.maybe(0.6):
        c.add("widget", c.pick([f"Trang 1 của {c.r(2, 5)} < 1 2 >", "Chủ đề trước | Chủ đề tiếp",
                                "Công cụ chủ đề ▼ | Hiển thị ▼"]))
    c.title()
    nick = c.pick(_NICKS)
    c.add("widget", "#1" if c.maybe(0.5) else "Bài gửi #1")
    c.add("widget", nick)
    if c.maybe(0.5):
        c.add("widget", c.pick(["Thành viên tích cực", "Thành viên mới", "Điều hành viên", "Thành viên chính thức"]))
    c.add("widget", c.pick([f"Tham gia: {c.r(1, 12):02d}-{c.dt.year - c.r(0, 2)} · Bài viết: {_vnum(c.r(20, 4000))}",
                            f"Ngày gia nhập: {c.r(1, 12)}/{c.dt.year - 1} - Số bài: {c.r(20, 4000)}",
                            f"Đến từ: {c.pick(_CITIES)} · Bài: {c.r(20, 4000)}"]))
    c.date(c.fdate(c.pick(["ampm", "short", "bracket"])))
    if c.maybe(0.5):
        c.add("widget", c.pick(["Tin này mới đọc được trên báo sáng nay, post lên cho anh em cùng bàn.",
                                "Mọi người vào đọc và cho ý kiến nhé, chuyện này đáng quan tâm lắm.",
                                "Copy nguyên văn bài báo, ai quan tâm thì đọc nhé."]))
    ps = c.paras((3, 3, 2, 2))
    for i, p in enumerate(ps):
        c.para(p)
        if i == 0 and c.maybe(0.4):
            c.add("caption", c.pick(["[Hình] ", "[IMG] ", ""]) + c.story_cap())
    if c.maybe(0.6):
        c.add("byline", c.pick([f"Tác giả: {c.author()}", f"Bài viết của {c.author()}", c.author().upper()]))
    c.add("credit", c.pick([f"Nguồn: {_cap1(c.outlet())}", f"(Sưu tầm từ {c.outlet()})",
                            f"Trích từ {c.outlet()} số ra ngày {c.dt.day}/{c.dt.month}.", c.source_credit()]))
    c.add("widget", c.pick(["Chữ ký: Đời là những chuyến đi, đừng quên mang theo nụ cười.",
                            "------------------ Sống chậm lại một chút, thương nhau nhiều hơn một chút.",
                            "Chữ ký: Ai qua phố cũ, nhớ ghé quán cà phê góc đường."]))
    c.add("widget", c.pick([f"YIM: {nick} - Đang online", "[Y!] Nhắn tin Yahoo | [ICQ] Gửi tin",
                            f"Trạng thái chat: {nick} đang bận", "Nhắn tin riêng | Gửi email | Tìm bài viết của thành viên"]))
    c.add("widget", c.pick(["Trả lời kèm trích dẫn", "Trả lời | Trích dẫn | Báo cáo bài viết xấu", "[Trả lời] [Sửa] [Xoá]"]))
    for k in range(c.r(2, 4)):
        if c.maybe(0.3):
            c.add("widget", f"#{k + 2}")
        c.add("widget", c.pick(_NICKS) if c.maybe(0.6) else f"{c.pick(_NICKS)} - {c.fdate('ampm', c.later(c.r(20, 600)))}")
        for cm in c.sample(_COMMENTS, c.r(1, 2)):
            c.add("widget", cm)
    c.add("related", c.pick(["Các chủ đề tương tự:", "Chủ đề liên quan", "Bài viết cùng chuyên mục"]))
    for r in c.rels(c.r(2, 3)):
        c.add("related", c.pick([r.title, f"{r.title} ({c.r(0, 40)} trả lời)", f"» {r.title}"]))
    c.notice(0.5)
    c.ad(0.6)
    c.add("widget", c.pick(["Bạn phải đăng nhập mới được gửi bài trả lời trong chủ đề này.",
                            f"Múi giờ GMT +7. Bây giờ là {c.r(1, 12)}:{c.r(0, 59):02d} {c.pick(['AM', 'PM'])}.",
                            "Chạy trên nền DiễnĐànViệt 2.0 - Bản quyền thuộc nhóm phát triển."]))


def _e1_wap_deck(c: _Ctx) -> None:
    c.site(c.pick(["WAP Tin Mới", "Tin Nhanh WAP", "wap.saomai", "Mobi Tin Việt"]))
    c.add("widget", c.pick(["[Logo]", "Trang chủ WAP", "1.Tin mới 2.Thể thao 3.Giải trí", "0.Trang chủ *.Tìm kiếm"]))
    if c.maybe(0.5):
        c.add("widget", c.pick(["Tin Mới > Kinh tế", "Trang chủ > Xã hội", "Bạn đang ở: Tin tức"]))
    c.title(upper=c.maybe(0.4))
    c.date(c.fdate("wap"))
    ps = c.paras((6, 3, 1, 0))
    pages = max(1, (len(ps) + 4) // 5)
    for i, p in enumerate(ps):
        c.para(p)
        if i == 0 and c.maybe(0.5):
            c.add("caption", "[Ảnh] " + c.story_cap())
        if i % 5 == 4 and i < len(ps) - 1:
            c.add("widget", c.pick([f"Trang {i // 5 + 1}/{pages} >>", "Xem tiếp >>", "<< Trước | Sau >>"]))
    c.add("byline", c.pick([c.author(), c.author().upper(), f"PV: {c.author()}"]))
    if c.maybe(0.6):
        c.add("credit", c.pick([f"Theo {c.outlet()}", c.source_credit()]))
    c.brief_box(0.6)
    c.add("related", c.pick(["Tin khác:", "Tin cùng mục:", "Đọc thêm:"]))
    for j, r in enumerate(c.rels(c.r(3, 5))):
        c.add("related", f"{j + 1}.{r.title}" if c.maybe(0.6) else f"{j + 1}. {r.title}")
        if c.maybe(0.75):
            c.add("related", r.teasers[0])
    c.add("widget", c.pick(["Soạn tin TIN gửi 8x55 để nhận tin hằng ngày (1.000đ/tin).",
                            "Tải nhạc chuông, hình nền: soạn HN gửi 8x77.",
                            "Nhắn TT gửi 8x66 để nhận kết quả xổ số nhanh nhất."]))
    c.add("widget", c.pick(["*.Về đầu 0.Trang chủ", "^ Lên đầu trang", "Bấm phím 0 để quay về trang chủ."]))
    c.notice(0.5)
    c.ad(0.6)
    if c.maybe(0.5):
        c.add("widget", f"Online: {c.r(5, 300)}")
    c.add("widget", c.pick([f"(c) {c.dt.year} Tin Mới WAP", "Hỗ trợ: hotro@tinmoi-wap.vn", "WAP phiên bản 1.1"]))


def _e1_personal_homepage(c: _Ctx) -> None:
    owner = c.pick(["Hoa Sữa", "Gió Biển", "Mây Trắng", "Phố Cổ", "Cỏ May"])
    c.add("widget", c.pick([f"~*~ Chào mừng các bạn đến với trang nhà {owner} ~*~",
                            "*~* Chúc các bạn một ngày thật vui vẻ *~*",
                            "♥ Cảm ơn bạn đã ghé thăm, nhớ ký sổ lưu niệm nhé ♥"]))
    c.site(c.pick([f"Trang nhà {owner}", f"Góc nhỏ của {owner}", f"{owner}'s Homepage"]))
    c.add("widget", c.pick(["Trang nhà | Nhật ký | Thơ văn | Tin sưu tầm | Sổ lưu niệm | Liên kết",
                            "Giới thiệu - Ảnh đẹp - Tin sưu tầm - Nhạc - Sổ vàng",
                            "[Trang đầu] [Tin hay] [Truyện] [Lưu bút]"]))
    if c.maybe(0.5):
        c.add("widget", c.pick(["[Hình GIF: đang xây dựng]", "Trang đang được xây dựng, mời bạn quay lại sau!",
                                "Nhạc nền: đang phát (bấm vào đây để tắt)"]))
    c.add("widget", c.pick(["Tin sưu tầm", "Chuyên mục: Tin hay sưu tầm", "Đọc báo giùm bạn"]))
    c.title()
    if c.maybe(0.7):
        c.date(c.pick([f"Cập nhật ngày {c.dt.day}/{c.dt.month}/{c.dt.year}", c.fdate("plain"), c.fdate("words")]))
    ps = c.paras((2, 3, 2, 2))
    caps = c.cap_slots(len(ps), 0, 2)
    for i, p in enumerate(ps):
        c.para(p)
        if i in caps:
            c.add("caption", c.pick(["(Hình minh hoạ) ", "", "Hình: "]) + c.story_cap())
    if c.maybe(0.6):
        c.add("byline", f"Tác giả: {c.author()}")
    c.add("credit", c.pick([f"Bài này được sưu tầm từ {c.outlet()}, mong tác giả thông cảm.",
                            f"(Nguồn: {_cap1(c.outlet())})", f"Sưu tầm từ {c.outlet()}.", c.source_credit()]))
    c.add("related", c.pick(["Các tin sưu tầm khác", "Tin hay khác:", "Bạn có thể thích:"]))
    c.rel_list(c.r(2, 4), ["plain", "bullet"], 0.6)
    c.add("widget", c.pick(["Ký sổ lưu niệm | Xem sổ lưu niệm", "Ghi lưu bút", f"Sổ vàng: {c.r(10, 400)} lời nhắn"]))
    for t in c.sample(["Trang của bạn dễ thương quá, nhớ ghé thăm trang mình nhé!",
                       "Lời nhắn mới nhất: Cảm ơn bạn đã sưu tầm nhiều bài bổ ích.",
                       "Ghé qua chơi, chúc chủ nhà luôn vui và khoẻ.",
                       "Mình tình cờ tìm thấy trang này qua một vòng liên kết, rất thích.",
                       "Chủ nhà ơi, nhạc nền hay quá, cho mình xin tên bài với."], c.r(1, 3)):
        c.add("widget", t)
    c.notice(0.6)
    c.ad(0.6)
    c.add("widget", c.pick([f"Bạn là người thứ {c.r(1000, 99999):06d} ghé thăm trang nhà này.",
                            f"Số người đang online: {c.r(1, 9)}", f"Lượt ghé thăm: {c.r(1000, 99999)}"]))
    c.add("widget", c.pick(["Trang này được xem tốt nhất ở độ phân giải 1024x768 với IE 6.",
                            "Dùng Netscape hoặc IE 5 trở lên để xem trang được đẹp nhất."]))
    if c.maybe(0.6):
        c.add("widget", c.pick(["Chat với mình: [Yahoo! Online]", "Nick Yahoo: hoasua_xinh (đang offline)",
                                "<< Trước | Ngẫu nhiên | Tiếp >> Vòng liên kết Người Việt Trẻ"]))


def _e1_ezine_plain(c: _Ctx) -> None:
    c.site(c.pick(["e-Báo Kinh Bắc", "Báo mạng Lạc Hồng", c.site_name]))
    c.add("widget", c.pick(["Tờ báo điện tử của mọi nhà", f"Số ra hôm nay: {c.r(100, 2000)}",
                            "Cơ quan ngôn luận của Hội Tin học trẻ"]))
    c.add("widget", c.pick(["Thời sự | Kinh tế | Thế giới | Văn hoá | Thể thao | Khoa học",
                            "TRANG NHẤT - XÃ HỘI - KINH TẾ - QUỐC TẾ - BẠN ĐỌC",
                            "Trang nhất > Kinh tế > Doanh nghiệp"]))
    c.date(c.fdate(c.pick(["paren", "bracket", "plain"])))
    c.title()
    ps = c.paras((2, 3, 3, 1))
    cap_at = {c.r(0, len(ps) - 1)}
    if len(ps) > 4 and c.maybe(0.5):
        cap_at.add(c.r(2, len(ps) - 1))
    for i, p in enumerate(ps):
        c.para(p)
        if i in cap_at:
            c.add("caption", c.photo_caption(c.pick(["plain", "plain", "paren_illu"])))
            c.add("credit", c.photo_credit())
    c.add("byline", _byline_e1(c))
    if c.maybe(0.5):
        c.add("credit", c.source_credit())
    c.add("widget", c.pick(["[Bản in] [Gửi bài qua email] [Về đầu trang]", "In bài | Gửi cho bạn | Lên đầu",
                            "[Bản để in]   [Gửi cho bạn bè]"]))
    c.add("widget", c.pick(["Gửi ý kiến của bạn", "Ý kiến bạn đọc (0)", "Bạn đọc viết: gửi bài về toà soạn"]))
    c.comments(c.r(0, 2), "name")
    c.notice(0.6)
    c.ad(0.6)
    c.brief_box(0.6)
    c.add("related", c.pick(["Các bài viết khác:", "Tin bài khác", "Đã đăng:"]))
    c.rel_list(c.r(3, 5), ["date_short", "raquo", "dash_date"], 0.6, 2)
    c.add("widget", c.pick([f"Giấy phép số {c.r(10, 999)}/GP-BC cấp ngày {c.r(1, 28)}/{c.r(1, 12)}/{c.dt.year - 1}.",
                            "Toà soạn: 12 phố Hàng Mây, Hà Nội - Điện thoại: (04) 8 123 456",
                            "Ghi rõ nguồn khi trích dẫn lại thông tin từ báo này."]))


# ---------------------------------------------------------------------------
# Era 2: big portals (2006-2012)
# ---------------------------------------------------------------------------

_MENU_E2 = ["Thời sự", "Thế giới", "Kinh doanh", "Giải trí", "Thể thao", "Pháp luật", "Giáo dục",
            "Sức khoẻ", "Đời sống", "Du lịch", "Khoa học", "Số hoá", "Xe", "Bạn đọc", "Tâm sự", "Cười"]


def _mega_menu(c: _Ctx) -> None:
    items = c.sample(_MENU_E2, c.r(6, 11))
    if c.maybe(0.25):
        for it in items:
            c.add("widget", it)
    else:
        c.add("widget", c.pick([" | ", " · ", "  "]).join(items))


def _weather_gold(c: _Ctx) -> None:
    t = c.r(14, 30)
    c.add("widget", c.pick([f"Hà Nội: {t}°C - {t + c.r(3, 7)}°C, mây thay đổi",
                            f"Hà Nội hôm nay có mưa rào rải rác, nhiệt độ từ {t} đến {t + c.r(3, 7)} độ C.",
                            f"Miền Bắc trời rét, vùng núi có nơi nhiệt độ xuống dưới {t - 8} độ C.",
                            f"TP HCM {t + 4}-{t + 9}°C, chiều tối có mưa rào",
                            f"Thời tiết Đà Nẵng: {t}°C, trời nắng nhẹ",
                            f"Dự báo thời tiết hôm nay: {c.pick(_CITIES)} {t}°C"]))
    g = c.r(1500, 4500) / 100
    usd = c.r(15800, 21300)
    c.add("widget", c.pick([f"Vàng SJC: {g:.2f} - {g + 0.2:.2f} triệu/lượng".replace(".", ","),
                            f"Giá vàng SJC sáng nay niêm yết ở mức {g:.2f} triệu đồng mỗi lượng.".replace(".", ",", 1),
                            f"USD/VND: {_vnum(usd)} - {_vnum(usd + 20)}",
                            f"Giá vàng: mua {g:.2f} | bán {g + 0.15:.2f}".replace(".", ","),
                            f"Tỷ giá EUR: {_vnum(c.r(22000, 29000))} đồng"]))


def _poll(c: _Ctx) -> None:
    c.add("widget", c.pick(["Thăm dò ý kiến", "Bình chọn", "Bạn nghĩ gì?"]))
    c.add("widget", c.pick(["Bạn có cho rằng các biện pháp hiện nay là đủ mạnh?",
                            "Theo bạn, giá cả thị trường trong thời gian tới sẽ diễn biến ra sao?",
                            "Bạn có sẵn sàng chuyển sang thanh toán không dùng tiền mặt?",
                            "Bạn đánh giá thế nào về chất lượng dịch vụ hiện nay?"]))
    mark = c.pick(["○ ", "( ) ", ""])
    for o in c.pick([["Có", "Không", "Ý kiến khác"], ["Tăng", "Giảm", "Đi ngang", "Khó nói"],
                     ["Rất hài lòng", "Bình thường", "Chưa hài lòng"]]):
        c.add("widget", mark + o)
    c.add("widget", c.pick(["Biểu quyết | Xem kết quả", "[Gửi] [Kết quả]", "Bình chọn"]))


def _e2_megaportal(c: _Ctx) -> None:
    c.add("widget", c.pick(["Đăng nhập | Đăng ký | Trợ giúp", "Trang chủ | RSS | Liên hệ | English",
                            "Đặt làm trang chủ | Thêm vào mục yêu thích"]))
    c.notice(0.4)
    c.ad(0.6)
    c.site()
    _mega_menu(c)
    _weather_gold(c)
    if c.maybe(0.5):
        c.add("widget", f"Kết quả xổ số miền Bắc ngày {c.dt.day}/{c.dt.month}: Đặc biệt {c.r(10000, 99999)}")
    c.add("widget", c.pick(["Trang chủ » Kinh doanh » Doanh nghiệp", "Kinh doanh > Tài chính", "Xã hội › Thời sự"]))
    c.title()
    c.date(c.fdate(c.pick(["wd_full", "dash", "updated"])))
    ps = c.paras((2, 3, 3, 2))
    caps = {c.r(0, min(1, len(ps) - 1))}
    if len(ps) > 4 and c.maybe(0.6):
        caps.add(c.r(3, len(ps) - 1))
    rel_at = c.r(2, max(2, len(ps) - 2))
    for i, p in enumerate(ps):
        c.para(p)
        if i == 1 and c.maybe(0.5):
            c.ad()
        if i in caps:
            c.add("caption", c.photo_caption())
        if i == rel_at and i < len(ps) - 1:
            c.add("related", c.pick(["Tin liên quan:", "TIN LIÊN QUAN", "Bài liên quan"]))
            c.rel_list(c.r(1, 2), ["bullet", "plain", "arrow"], 0.4)
    c.add("byline", c.pick([c.author(), f"{c.author()} (tổng hợp)", f"{c.author()} - {c.name('pen')}"]))
    c.add("credit", c.source_credit())
    c.add("widget", c.pick(["Gửi cho bạn bè | In bài viết | Lưu bài | Phản hồi", "Gửi cho bạn bè   In trang   Lưu lại",
                            "[Gửi bài viết cho bạn bè] [Bản in] [Lưu tin]"]))
    c.brief_box(0.6)
    c.add("related", c.pick(["Các tin khác", "CÁC TIN KHÁC", "Tin cùng chuyên mục"]))
    c.rel_list(c.r(3, 6), ["date_short", "plain", "bullet"], 0.55)
    c.add("related", c.pick(["TIN ẢNH", "Tin ảnh", "Phóng sự ảnh"]))
    for r in c.cap_rels(c.r(2, 4)):
        c.add("caption", r.caption)
    if c.maybe(0.6):
        c.add("related", c.pick(["TIN VIDEO", "Video nổi bật", "Clip hay"]))
        for r in c.cap_rels(c.r(1, 2)):
            c.add("caption", c.pick(["[Video] ", "▶ ", ""]) + r.caption)
    c.add("widget", c.pick(["Ý kiến bạn đọc", f"Ý kiến bạn đọc ({c.r(2, 40)})", "Bình luận"]))
    c.comments(c.r(1, 3), "name")
    c.notice(0.7)
    c.ad(0.6)
    _poll(c)
    c.add("widget", c.pick(["Quảng cáo", "Liên hệ quảng cáo: 0912 345 678", "Click vào đây để nhận ưu đãi hấp dẫn!"]))
    c.add("widget", c.pick([f"© {c.dt.year} {c.site_name}. Giấy phép số {c.r(100, 999)}/GP-BTTTT.",
                            "Ghi rõ nguồn khi phát hành lại thông tin từ website này.",
                            f"Bản quyền thuộc {c.site_name}. Không sao chép khi chưa được sự đồng ý."]))


_ZODIAC = ["Bạch Dương", "Kim Ngưu", "Song Tử", "Cự Giải", "Sư Tử", "Xử Nữ", "Thiên Bình", "Bọ Cạp",
           "Nhân Mã", "Ma Kết", "Bảo Bình", "Song Ngư"]
_HORO = ["Ngày tốt để bắt đầu những kế hoạch còn dang dở.",
         "Nên thận trọng trong các quyết định liên quan đến tiền bạc.",
         "Tình cảm có nhiều khởi sắc, công việc cần kiên nhẫn hơn.",
         "Một người bạn cũ có thể mang đến tin vui bất ngờ.",
         "Hãy dành thời gian nghỉ ngơi, tránh làm việc quá sức.",
         "Cơ hội thăng tiến đang đến gần nếu bạn chủ động hơn."]


def _e2_lifestyle_portal(c: _Ctx) -> None:
    c.site()
    _mega_menu(c)
    y = c.dt.year
    c.add("widget", c.pick([f"Lịch vạn niên: âm lịch ngày {c.r(1, 29)} tháng {c.r(1, 12)} năm {_can_chi(y)}",
                            f"Hôm nay là ngày {c.r(1, 29)}/{c.r(1, 12)} âm lịch, năm {_can_chi(y)}",
                            "Xem ngày tốt xấu | Đổi ngày âm dương"]))
    c.add("widget", c.pick(["Tử vi hôm nay", "Tử vi 12 cung hoàng đạo", "Cung hoàng đạo của bạn"]))
    for z in c.sample(_ZODIAC, c.r(1, 3)):
        c.add("widget", f"{z}: {c.pick(_HORO)}")
    c.add("widget", c.pick([f"Xổ số miền Nam: {c.r(100000, 999999)}", f"Kết quả Miền Trung: {c.r(10000, 99999)}",
                            "Xem kết quả xổ số ba miền nhanh nhất"]))
    c.title()
    c.date(c.fdate(c.pick(["dash", "short", "updated"])))
    ps = c.paras((3, 3, 2, 1))
    caps = set(c.sample(range(len(ps)), min(len(ps), c.r(1, 2))))
    for i, p in enumerate(ps):
        c.para(p)
        if i in caps:
            c.add("caption", c.photo_caption(c.pick(["plain", "fused", "tri"])))
    c.add("byline", c.pick([c.author(), c.author().upper(), f"{c.author()} ({c.pick(_AGENCIES)})"]))
    if c.maybe(0.6):
        c.add("credit", c.source_credit())
    c.add("widget", c.pick(["Chia sẻ lên: Facebook · Twitter · Email", "Chia sẻ: [Facebook] [Yahoo] [Google]",
                            "Thích | Chia sẻ | Gửi bạn bè"]))
    c.add("widget", c.pick(["Bình luận", "Hãy là người đầu tiên bình luận về bài viết này!",
                            "Gửi bình luận của bạn"]))
    c.comments(c.r(0, 2), "name")
    c.notice(0.7)
    c.ad(0.6)
    c.brief_box(0.6)
    c.add("related", c.pick(["Đọc nhiều nhất", "ĐỌC NHIỀU", "Được quan tâm"]))
    for j, r in enumerate(c.rels(c.r(3, 5))):
        c.add("related", f"{j + 1}. {r.title}" if c.maybe(0.5) else r.title)
        if c.maybe(0.75):
            c.add("related", r.teasers[0])
    c.add("related", c.pick(["Tin video", "Clip nóng", "Xem video"]))
    for r in c.cap_rels(c.r(2, 3)):
        c.add("caption", r.caption)
    c.add("widget", c.pick([f"Từ khoá: {c.pick(['kinh tế', 'thị trường', 'doanh nghiệp'])}, {c.pick(['tài chính', 'ngân hàng', 'đầu tư'])}",
                            "Tags: tin nóng, thời sự", "Từ khoá liên quan"]))


def _e2_market_portal(c: _Ctx) -> None:
    v = c.r(30000, 110000) / 100
    c.add("widget", c.pick([f"VN-Index: {v:.2f} ▲ {c.r(10, 900) / 100:.2f} (+{c.r(5, 200) / 100:.2f}%)",
                            f"VN-INDEX {v:.2f} ▼ {c.r(10, 900) / 100:.2f}"]).replace(".", ","))
    c.add("widget", c.pick([f"HNX-Index: {c.r(6000, 25000) / 100:.2f} ▼ {c.r(5, 300) / 100:.2f}",
                            f"HASTC {c.r(6000, 25000) / 100:.2f} ▲ {c.r(5, 300) / 100:.2f}"]).replace(".", ","))
    if c.maybe(0.7):
        c.add("widget", c.pick([f"Dầu thô WTI: {c.r(40, 110)} USD/thùng", f"Vàng thế giới: {_vnum(c.r(900, 1800))} USD/oz",
                                f"USD/VND: {_vnum(c.r(15800, 21300))}"]))
    c.site()
    c.add("widget", c.pick(["Tài chính > Ngân hàng", "Chứng khoán › Doanh nghiệp niêm yết", "Thị trường > Vĩ mô"]))
    c.title()
    c.date(c.fdate(c.pick(["dash", "wd_full", "short"])))
    if c.maybe(0.6):
        c.add("byline", c.pick([f"{c.author()} - {c.name('pen')}", f"Tác giả: {c.author()}", f"{c.author()} (Tổng hợp)"]))
        top = True
    else:
        top = False
    ps = c.paras((2, 3, 2, 2))
    caps = c.cap_slots(len(ps), 1, 3)
    for i, p in enumerate(ps):
        c.para(p)
        if i in caps:
            c.add("caption", c.photo_caption("plain"))
            c.add("credit", c.photo_credit())
    if not top:
        c.add("byline", c.pick([c.author(), c.author().upper()]))
    c.add("credit", c.source_credit())
    c.add("widget", c.pick(["Thông tin trên chỉ mang tính tham khảo, nhà đầu tư cân nhắc trước khi ra quyết định.",
                            "Bài viết không phải là khuyến nghị đầu tư.",
                            "Nhận bản tin nhận định thị trường hằng ngày qua tin nhắn SMS."]))
    c.notice(0.6)
    c.ad(0.6)
    if c.maybe(0.5):
        c.add("widget", c.pick(["Ý kiến nhà đầu tư", "Thảo luận"]))
        c.comments(c.r(1, 3), c.pick(["name", "nick"]))
    c.add("widget", c.pick(["Mã CK liên quan: " + ", ".join(c.sample(["VCB", "BID", "CTG", "FLC", "SAB", "HAG", "MSN"], 3)),
                            "Tra cứu mã chứng khoán", "Đặt lệnh trực tuyến"]))
    c.brief_box(0.6)
    c.add("related", c.pick(["Cùng chuyên mục", "Tin mới hơn", "Tin cũ hơn", "Các tin khác"]))
    c.rel_list(c.r(3, 5), ["date_short", "square", "plain"], 0.5)
    if c.maybe(0.5):
        c.add("related", "Tiêu điểm")
        r = c.rel()
        c.add("related", r.title)
        c.add("related", r.teasers[0])


def _e2_print_view(c: _Ctx) -> None:
    c.add("widget", c.pick(["In trang này", "[ In ] [ Đóng ]", "Bản in", "In bài viết | Đóng cửa sổ"]))
    c.site()
    dom = f"www.{_slug(c.site_name)}" + c.pick([".vn", ".com.vn", ".com", ".net"])
    c.add("widget", c.pick([f"Địa chỉ bài viết: http://{dom}/tin-tuc/{c.r(10000, 99999)}.html",
                            f"URL: http://{dom}/?id={c.r(10000, 99999)}",
                            f"Bài viết được in từ: http://{dom}"]))
    c.date(c.fdate(c.pick(["wd_full", "short", "plain"])))
    c.title()
    ps = c.paras((1, 2, 4, 4))
    caps = c.cap_slots(len(ps), 0, 2)
    for i, p in enumerate(ps):
        c.para(p)
        if i in caps:
            c.add("caption", c.photo_caption(c.pick(["plain", "fused", "paren_src"])))
    c.add("byline", c.pick([c.author().upper(), f"{c.author()} - {c.name('pen')}", c.author()]))
    if c.maybe(0.7):
        c.add("credit", c.source_credit())
    c.add("widget", c.pick(["Bản quyền thuộc về toà soạn. Cấm sao chép dưới mọi hình thức nếu không có sự đồng ý bằng văn bản.",
                            f"© {c.dt.year} {c.site_name}", "Đóng cửa sổ",
                            "Bài viết được in từ website của toà soạn, vui lòng ghi rõ nguồn khi trích dẫn."]))


def _e2_provincial_portal(c: _Ctx) -> None:
    c.site(c.pick(["Trang tin điện tử Hội Doanh nhân Trẻ Vân Hồ", "Cổng thông tin Hiệp hội Làng nghề Sông Đáy",
                   "Trang thông tin Câu lạc bộ Doanh nghiệp Miền Trung"]))
    c.add("widget", c.pick(["Chào mừng kỷ niệm ngày thành lập Hội!", "Nhiệt liệt chào mừng Đại hội nhiệm kỳ mới",
                            "Chào mừng năm mới - Chúc mừng các hội viên"]))
    c.add("widget", c.pick(["Giới thiệu | Tin tức - Sự kiện | Văn bản | Hội viên | Liên hệ",
                            "Trang chủ | Tin hoạt động | Thông báo | Thư viện ảnh"]))
    c.title()
    c.date(c.pick([f"Ngày đăng: {c.fdate('plain')}", c.fdate("plain"), f"Cập nhật ngày {c.fdate('plain')}"]))
    c.add("widget", f"Lượt xem: {c.r(30, 5000)}")
    ps = c.paras((2, 2, 3, 2))
    caps = c.cap_slots(len(ps), 1, 3)
    for i, p in enumerate(ps):
        c.para(p)
        if i in caps:
            c.add("caption", c.photo_caption(c.pick(["plain", "paren_illu", "fused"])))
    c.add("byline", c.pick([f"Người viết: {c.author()}", f"Tác giả: {c.author()} - Văn phòng Hội", c.author()]))
    if c.maybe(0.7):
        c.add("credit", c.pick([f"Nguồn: {_cap1(c.outlet())}", c.source_credit()]))
    c.brief_box(0.6)
    c.add("related", c.pick(["Tin cùng chuyên mục", "Các tin mới nhất", "Tin đã đăng"]))
    c.rel_list(c.r(3, 5), ["raquo_date", "date_short"], 0.45)
    if c.maybe(0.7):
        c.add("related", c.pick(["Thư viện ảnh", "Hình ảnh hoạt động", "Ảnh sự kiện"]))
        for r in c.cap_rels(c.r(1, 3)):
            c.add("caption", r.caption)
    c.add("widget", c.pick(["Liên kết website ▼", "-- Chọn liên kết --"]))
    c.notice(0.6)
    c.ad(0.6)
    if c.maybe(0.5):
        c.add("widget", "Thống kê truy cập")
        c.add("widget", f"Đang truy cập: {c.r(5, 200)}")
        c.add("widget", f"Hôm nay: {_vnum(c.r(100, 5000))}")
    else:
        c.add("widget", f"Hiện có {c.r(5, 200)} người đang truy cập, tổng số lượt truy cập là {_vnum(c.r(100_000, 9_999_999))}.")
    c.add("widget", c.pick(["Cơ quan chủ quản: Ban Thường trực Hội.", "Địa chỉ: số 8 đường Hoa Ban, thị trấn Vân Hồ.",
                            "Ghi rõ nguồn khi phát hành lại thông tin từ cổng thông tin này."]))


def _e2_blog_repost(c: _Ctx) -> None:
    blog = c.pick(["Blog Phố Núi Chiều", "Góc Nhìn Của Gã Kinh Tế", "Nhật Ký Người Đọc Báo", "Quán Cóc Ven Đường"])
    c.site(blog)
    c.add("widget", c.pick(["Đọc báo, ngẫm chuyện đời", "Nơi lưu lại những bài báo hay", "Chuyện thời sự qua góc nhìn cá nhân"]))
    c.date(c.fdate("words"))
    c.title()
    ps = c.paras((3, 3, 2, 2))
    caps = c.cap_slots(len(ps), 0, 2)
    for i, p in enumerate(ps):
        c.para(p)
        if i in caps:
            c.add("caption", c.photo_caption(c.pick(["plain", "fused", "paren_illu"])))
    c.add("credit", c.pick([f"Nguồn: {c.outlet()}", f"(Theo {c.outlet()})", c.source_credit()]))
    if c.maybe(0.5):
        c.add("byline", c.pick([f"Tác giả: {c.author()}", c.author()]))
    c.add("byline", f"Đăng bởi {c.pick(_NICKS)}")
    c.add("widget", c.pick([f"lúc {c.dt.hour}:{c.dt.minute:02d} {c.pick(['SA', 'CH'])}", f"vào lúc {c.dt.hour}:{c.dt.minute:02d}"]))
    c.add("widget", c.pick(["Nhãn: kinh tế, tin tức, sưu tầm", "Nhãn: thời sự", "Nhãn: đọc báo, doanh nghiệp"]))
    n = c.r(2, 5)
    c.add("widget", f"{n} nhận xét:")
    for cm in c.sample(_COMMENTS, n):
        c.add("widget", f"{c.pick(_NICKS)} lúc {c.r(1, 12)}:{c.r(0, 59):02d} {c.pick(['SA', 'CH'])} ngày {c.dt.day}/{c.dt.month}/{c.dt.year}")
        c.add("widget", cm)
    c.add("widget", "Đăng nhận xét")
    c.add("widget", c.pick(["Bài đăng Mới hơn | Trang chủ | Bài đăng Cũ hơn", "« Mới hơn | Cũ hơn »"]))
    if c.maybe(0.5):
        c.add("widget", "Đăng ký: Đăng Nhận xét (Atom)")
    if c.maybe(0.5):
        c.add("widget", c.pick(["Lưu trữ Blog", "Lưu trữ"]))
    c.add("widget", c.pick([f"▼ {c.dt.year} ({c.r(20, 300)})", f"▼ tháng {c.dt.month} ({c.r(3, 30)})"]))
    for r in c.rels(c.r(2, 4)):
        c.add("related", r.title)
    c.add("widget", c.pick(["Giới thiệu về tôi", "Xem hồ sơ hoàn chỉnh của tôi", f"Số lượt xem trang: {_vnum(c.r(1000, 900000))}"]))


# ---------------------------------------------------------------------------
# Era 3: mobile and social (2013-2019)
# ---------------------------------------------------------------------------

def _app_banner(c: _Ctx) -> None:
    c.add("widget", c.pick([f"Đọc báo nhanh hơn trên ứng dụng {c.site_name}. Tải miễn phí!",
                            "Cài đặt ứng dụng để nhận tin nóng mỗi ngày.", "Mở ứng dụng",
                            "Trải nghiệm tốt hơn trên ứng dụng di động - Tải ngay"]))


def _cookie(c: _Ctx) -> None:
    c.add("widget", c.pick(["Trang web sử dụng cookie để nâng cao trải nghiệm người dùng.",
                            "Chúng tôi dùng cookie để cá nhân hoá nội dung và phân tích lưu lượng truy cập.",
                            "Bằng việc tiếp tục sử dụng trang, bạn đồng ý với chính sách cookie của chúng tôi."]))
    c.add("widget", c.pick(["Đồng ý", "Tôi đồng ý", "OK, đã hiểu", "Chấp nhận"]))


def _share_counts(c: _Ctx) -> None:
    k = c.r(1, 40)
    c.add("widget", c.pick([f"Thích {k},{c.r(0, 9)}K", f"👍 {k}K  💬 {c.r(3, 400)}  ↗ {c.r(2, 300)}",
                            f"{_vnum(c.r(100, 9999))} lượt chia sẻ", f"Facebook {c.r(10, 999)} | Zalo | Copy link"]))


def _e3_amp_page(c: _Ctx) -> None:
    c.add("widget", c.pick(["☰", "☰ Menu", "≡"]))
    if c.maybe(0.6):
        _app_banner(c)
    c.site()
    c.add("widget", c.pick(["Kinh doanh › Tài chính", "Thời sự", "Kinh tế › Doanh nghiệp", "Thị trường"]))
    c.title()
    c.date(c.fdate(c.pick(["gmt", "short", "dash"])))
    if c.maybe(0.5):
        c.add("byline", c.author())
        by_top = True
    else:
        by_top = False
    c.add("caption", c.photo_caption(c.pick(["plain", "fused"])))
    ps = c.paras((5, 4, 1, 0))
    rel_at = c.r(1, max(1, len(ps) - 2))
    caps = c.cap_slots(len(ps), 0, 2)
    for i, p in enumerate(ps):
        c.para(p)
        if i in caps and i != rel_at:
            c.add("caption", c.photo_caption())
        if i == rel_at and i < len(ps) - 1:
            r = c.rel()
            c.add("related", c.pick([f"Xem thêm: {r.title}", f"► {r.title}", f"Đọc thêm: {r.title}"]))
    if not by_top:
        c.add("byline", c.pick([c.author(), f"{c.author()} - {c.name('pen')}"]))
    if c.maybe(0.6):
        c.add("credit", c.source_credit())
    _share_counts(c)
    if c.maybe(0.6):
        c.add("widget", c.pick([f"Bình luận ({c.r(2, 80)})", "Ý kiến bạn đọc"]))
        c.comments(c.r(1, 3), c.pick(["name", "none"]))
    c.add("widget", c.pick(["Xem phiên bản đầy đủ", "Bạn đang xem phiên bản AMP của bài viết.",
                            "Chuyển sang giao diện máy tính"]))
    c.brief_box(0.6)
    c.add("related", c.pick(["Bài tiếp theo", "Tin tiếp theo", "Đọc tiếp"]))
    r = c.rel()
    c.add("related", r.title)
    for t in r.teasers[:c.r(1, 2)]:
        c.add("related", t)
    c.notice(0.6)
    c.ad(0.6)
    if c.maybe(0.5):
        _cookie(c)
    c.add("widget", c.pick([f"© {c.dt.year} {c.site_name}", "Về đầu trang ↑", "Điều khoản sử dụng | Liên hệ"]))


def _e3_social_comments(c: _Ctx) -> None:
    c.site()
    c.add("widget", c.pick(["Mới nhất | Video | Ảnh | Thời sự | Kinh doanh | Giải trí",
                            "Trang chủ · Kinh tế · Xã hội · Thế giới · Podcast"]))
    c.title()
    c.date(c.fdate(c.pick(["short", "gmt", "month"])))
    c.add("byline", c.pick([c.author(), f"{c.author()} | {c.name('pen')}", f"Bài: {c.author()}"]))
    _share_counts(c)
    ps = c.paras((3, 4, 2, 1))
    caps = set(c.sample(range(len(ps)), min(len(ps), c.r(1, 3))))
    for i, p in enumerate(ps):
        if i in caps and c.maybe(0.5):
            c.add("caption", c.photo_caption())
            c.para(p)
        else:
            c.para(p)
            if i in caps:
                c.add("caption", c.photo_caption())
    if c.maybe(0.6):
        c.add("credit", c.source_credit())
    c.add("widget", c.pick([f"Theo dõi {c.site_name} trên Facebook để cập nhật tin tức nhanh nhất.",
                            "Bấm theo dõi để không bỏ lỡ những tin tức mới nhất.", "Thích trang | Chia sẻ"]))
    n = c.r(3, 5)
    c.add("widget", f"{c.r(12, 900)} bình luận")
    c.add("widget", c.pick(["Sắp xếp theo: Hàng đầu", "Sắp xếp theo: Mới nhất"]))
    c.add("widget", "Thêm bình luận...")
    for _ in range(n):
        c.add("widget", c.name("full"))
        c.add("widget", c.pick(_COMMENTS))
        if c.maybe(0.5):
            c.add("widget", c.pick([f"Thích · Phản hồi · {c.r(1, 23)} giờ", f"Thích · Trả lời · {c.r(1, 6)} ngày",
                                    f"{c.r(1, 300)} lượt thích · Phản hồi"]))
    if c.maybe(0.6):
        c.add("widget", f"Xem thêm {c.r(3, 40)} phản hồi")
    c.add("widget", "Plugin bình luận trên Facebook")
    c.notice(0.5)
    c.ad(0.6)
    c.brief_box(0.6)
    c.add("related", c.pick(["Có thể bạn quan tâm", "Tin được đọc nhiều", "Đừng bỏ lỡ"]))
    for r in c.rels(c.r(2, 4)):
        c.add("related", r.title)
        if c.maybe(0.75):
            c.add("related", r.teasers[0])
    c.add("widget", c.pick([f"{c.site_name} muốn gửi thông báo cho bạn.", "Nhận thông báo tin nóng từ trang này?"]))
    c.add("widget", c.pick(["Cho phép | Để sau", "Chặn | Cho phép"]))


def _e3_live_blog(c: _Ctx) -> None:
    c.site()
    c.add("widget", c.pick(["TRỰC TIẾP", "● TRỰC TIẾP", "LIVE"]))
    c.title()
    c.date(c.fdate(c.pick(["short", "gmt"])))
    c.add("widget", c.pick(["Cập nhật liên tục", "Tự động cập nhật: BẬT", "Làm mới trang để xem diễn biến mới nhất."]))
    c.add("byline", c.pick([f"Nhóm phóng viên tường thuật: {c.name('pen')}, {c.name('pen')}, {c.name('pen')}",
                            f"{c.author()} - {c.name('pen')} (tường thuật)", f"Phóng viên: {c.author()}"]))
    ps = c.paras((4, 4, 1, 0))
    n = len(ps)
    stamps = sorted(c.sample(range(5, 600), n), reverse=True)
    for i, p in enumerate(ps):
        t = c.later(stamps[i])
        if i == 0 or c.maybe(0.55):
            c.add("widget", c.pick([f"{t.hour:02d}:{t.minute:02d}", f"{t.hour:02d}h{t.minute:02d}",
                                    f"{t.hour:02d}:{t.minute:02d} {t.day}/{t.month}"]))
        c.para(p)
        if i == 1 or (i > 2 and c.maybe(0.15)):
            c.add("caption", c.photo_caption())
        if i == n // 2 and n > 3:
            r = c.rel()
            c.add("related", c.pick([f"Tin nóng: {r.title}", f"NÓNG: {r.title}"]))
            if c.maybe(0.6):
                c.add("related", r.teasers[0])
    c.add("widget", c.pick(["Xem các cập nhật cũ hơn", f"Có {c.r(2, 9)} cập nhật mới, bấm để xem.", "Tải thêm"]))
    c.notice(0.6)
    c.ad(0.6)
    if c.maybe(0.6):
        c.add("credit", c.source_credit())
    _share_counts(c)
    c.brief_box(0.6)
    c.add("related", c.pick(["Tin liên quan", "Diễn biến liên quan"]))
    c.rel_list(c.r(2, 4), ["plain"], 0.6)


def _e3_infinite_scroll(c: _Ctx) -> None:
    if c.maybe(0.5):
        _cookie(c)
    c.site()
    c.title()
    c.date(c.fdate(c.pick(["short", "gmt", "dash"])))
    c.add("byline", c.pick([c.author(), c.author().upper(), f"{c.author()} ({c.pick(_AGENCIES)})"]))
    ps = c.paras((3, 4, 2, 1))
    caps = set(c.sample(range(len(ps)), min(len(ps), c.r(1, 2))))
    for i, p in enumerate(ps):
        c.para(p)
        if i in caps:
            c.add("caption", c.photo_caption())
            if c.maybe(0.3):
                c.add("credit", c.photo_credit())
        elif i == 2 and c.maybe(0.5):
            c.ad()
    c.add("credit", c.source_credit())
    c.add("widget", c.pick(["Chia sẻ", "Chia sẻ bài viết", "Gửi bài viết"]))
    c.notice(0.7)
    c.ad(0.6)
    if c.maybe(0.6):
        c.add("widget", c.pick([f"{c.r(3, 300)} bình luận", "Bình luận nổi bật"]))
        c.comments(c.r(1, 2), "name")
    for _ in range(c.r(1, 2)):
        c.add("related", c.pick(["Đọc tiếp", "Tin tiếp theo", "Bài viết tiếp theo"]))
        r = c.rel()
        c.add("related", r.title)
        if r.lead_caption and c.maybe(0.7):
            c.add("caption", r.caption)
        for t in r.teasers[:c.r(1, 3)]:
            c.add("related", t)
        c.add("widget", c.pick(["Đang tải bài viết tiếp theo...", "Cuộn để đọc tiếp", "Xem toàn bài"]))
    c.add("widget", c.pick([f"{c.site_name} muốn gửi cho bạn thông báo về tin tức mới nhất.",
                            "Bật thông báo để nhận tin nóng ngay khi vừa đăng."]))
    c.add("widget", c.pick(["Cho phép | Để sau", "Không, cảm ơn | Bật thông báo"]))


def _e3_longform_photo(c: _Ctx) -> None:
    c.add("widget", c.pick(["E-MAGAZINE", "Longform", "Chuyện dài kỳ", "Đặc san"]))
    c.title(upper=c.maybe(0.5))
    if c.maybe(0.6):
        c.date(c.fdate(c.pick(["plain", "month"])))
    c.add("widget", c.pick(["Cuộn xuống để đọc tiếp", "↓ Kéo xuống", "Chế độ đọc toàn màn hình"]))
    ps = c.paras((1, 2, 4, 3))
    for i, p in enumerate(ps):
        c.para(p)
        if i < len(ps) - 1 and c.maybe(0.6):
            c.add("caption", c.photo_caption(c.pick(["plain", "plain", "fused"])))
        if i == len(ps) // 2 and c.maybe(0.7):
            c.add("widget", "“ " + c.clause().rstrip(".") + " ”")
    roles = [("byline", f"Nội dung: {c.author()}"), ("byline", f"Thực hiện: {c.author()}"),
             ("credit", f"Ảnh: {c.name('pen')}"), ("byline", f"Thiết kế: {c.name('pen')}"),
             ("byline", f"Biên tập: {c.name('pen')}"), ("credit", f"Đồ hoạ: {c.name('pen')}")]
    for kind, text in c.sample(roles, c.r(2, 4)):
        c.add(kind, text)
    c.add("related", c.pick(["Cùng chuyên đề", "Đọc thêm các bài E-magazine khác", "Câu chuyện khác"]))
    c.rel_list(c.r(2, 3), ["plain"], 0.75, 2)


def _e3_video_hub(c: _Ctx) -> None:
    c.site()
    c.add("widget", c.pick(["Video", "Video › Thời sự", "Kênh video"]))
    c.add("caption", c.pick(["Video: ", "Clip: ", "▶ "]) + c.story_cap())
    c.add("widget", c.pick([f"00:00 / 0{c.r(1, 9)}:{c.r(0, 59):02d}", "HD | Tự động phát tiếp: BẬT", "Đang phát"]))
    c.add("widget", f"Lượt xem: {_vnum(c.r(500, 900000))}")
    c.title()
    c.date(c.fdate(c.pick(["short", "dash"])))
    c.add("byline", c.pick([f"Dẫn chương trình: {c.name('pen')}", f"Biên tập: {c.name('pen')}",
                            f"Thực hiện: {c.author()}"]))
    ps = c.paras((3, 3, 2, 0))
    caps = c.cap_slots(len(ps), 0, 2)
    for i, p in enumerate(ps):
        c.para(p)
        if i in caps:
            c.add("caption", c.pick(["Ảnh cắt từ video: ", "Hình ảnh trong clip: ", ""]) + c.story_cap())
    c.add("credit", c.pick([f"Nguồn video: {_cap1(c.outlet())}", f"Video: {c.name('pen')}", c.source_credit()]))
    c.add("widget", c.pick(["Đăng ký kênh", "Bật chuông thông báo để không bỏ lỡ video mới.", "Đăng ký | 1,2 triệu"]))
    c.notice(0.6)
    c.ad(0.6)
    c.add("widget", c.pick([f"{c.r(3, 300)} bình luận", "Bình luận"]))
    c.comments(c.r(1, 3), c.pick(["name", "nick"]))
    c.add("related", c.pick(["Video khác", "Xem thêm video", "Video cùng chủ đề"]))
    for r in c.rels(c.r(2, 4)):
        c.add("related", f"{r.title} ({c.r(0, 9):02d}:{c.r(0, 59):02d})" if c.maybe(0.5) else r.title)
        if r.lead_caption and c.maybe(0.7):
            c.add("caption", r.caption)
        elif c.maybe(0.6):
            c.add("related", r.teasers[0])


# ---------------------------------------------------------------------------
# Era 4: present (2020-2025)
# ---------------------------------------------------------------------------

def _consent(c: _Ctx) -> None:
    c.add("widget", c.pick(["Chúng tôi tôn trọng quyền riêng tư của bạn", "Quyền riêng tư của bạn"]))
    c.add("widget", c.pick(["Chúng tôi và các đối tác sử dụng cookie để cá nhân hoá nội dung và đo lường quảng cáo.",
                            "Trang này lưu trữ và truy cập thông tin trên thiết bị của bạn theo quy định bảo vệ dữ liệu cá nhân.",
                            "Bạn có thể thay đổi lựa chọn của mình bất cứ lúc nào trong phần cài đặt."]))
    c.add("widget", c.pick(["Chấp nhận tất cả", "Đồng ý và tiếp tục"]))
    c.add("widget", c.pick(["Từ chối", "Tuỳ chỉnh lựa chọn", "Quản lý tuỳ chọn"]))


def _byline_e4(c: _Ctx) -> str:
    a = c.author()
    return c.pick([a, f"Phóng viên {a}", f"{a} · Biên tập: {c.name('pen')}", f"Tác giả: {a}",
                   f"{a} - {c.name('pen')}", f"{a} ({c.pick(_AGENCIES)})"])


def _e4_paywall_member(c: _Ctx) -> None:
    c.add("widget", c.pick(["Đăng nhập | Gói hội viên", "Trở thành hội viên", "Tài khoản ▾"]))
    c.site()
    c.add("widget", c.pick(["Kinh tế / Tài chính", "Thời sự · Chính sách", "Kinh doanh"]))
    c.title()
    c.date(c.fdate(c.pick(["gmt", "short", "iso"])))
    c.add("byline", _byline_e4(c))
    c.add("widget", c.pick(["Lưu | Chia sẻ | Tặng bài viết", "Tặng bài viết cho bạn bè", "Lưu bài"]))
    c.notice(0.4)
    c.ad(0.6)
    visible = c.r(3, max(3, min(8, len(c.story.sents) - 1)))
    soft = c.maybe(0.4)
    ps = c.paras((3, 4, 2, 1), limit=None if soft else visible)
    done = 0
    wall = False
    for i, p in enumerate(ps):
        c.para(p)
        done += len(p)
        if (i == 0 and c.maybe(0.7)) or (i > 0 and c.maybe(0.2)):
            c.add("caption", c.photo_caption())
        if not wall and done >= visible:
            wall = True
            c.add("widget", c.pick(["Bài viết dành riêng cho hội viên.", "Nội dung Premium"]))
            c.add("widget", c.pick([f"Bạn đã đọc {c.r(3, 5)}/{c.r(5, 6)} bài viết miễn phí trong tháng này.",
                                    "Đăng ký hội viên chỉ từ 2.000 đồng mỗi ngày để đọc tiếp không giới hạn.",
                                    "Hãy ủng hộ báo chí chất lượng bằng cách trở thành hội viên ngay hôm nay."]))
            c.add("widget", c.pick(["Đăng ký ngay", "Dùng thử 7 ngày miễn phí", "Xem các gói hội viên"]))
            c.add("widget", c.pick(["Đã là hội viên? Đăng nhập", "Huỷ bất cứ lúc nào."]))
    if soft and c.maybe(0.5):
        c.add("credit", c.source_credit())
    c.notice(0.7)
    c.ad(0.6)
    if c.maybe(0.5):
        c.add("widget", c.pick(["Bình luận dành cho hội viên", f"{c.r(2, 90)} bình luận"]))
        c.comments(c.r(1, 2), "name", c.pick(["", "Trả lời · Thích"]))
    if c.maybe(0.5):
        c.add("related", c.pick(["Ảnh nổi bật trong tuần", "Câu chuyện qua ảnh"]))
        for r in c.cap_rels(c.r(1, 2)):
            c.add("caption", r.caption)
    c.add("related", c.pick(["Bài cùng chủ đề", "Nhiều người đọc", "Đọc thêm"]))
    c.rel_list(c.r(2, 4), ["plain", "read"], 0.6)
    c.add("widget", c.pick([f"© {c.dt.year} {c.site_name}. Mọi quyền được bảo lưu.",
                            "Điều khoản sử dụng · Chính sách bảo mật", "Liên hệ toà soạn"]))


def _e4_ai_summary_audio(c: _Ctx) -> None:
    c.site()
    c.title()
    c.date(c.fdate(c.pick(["gmt", "short"])))
    c.add("byline", _byline_e4(c))
    c.add("widget", c.pick(["Nghe bài viết", "🎧 Nghe bài viết", "Nghe đọc"]))
    c.add("widget", c.pick([f"00:00 / 0{c.r(2, 9)}:{c.r(0, 59):02d}", f"Tốc độ: {c.pick(['0,75x', '1x', '1,25x'])}",
                            "Giọng đọc: Nữ miền Bắc | Nam miền Nam"]))
    if c.maybe(0.5):
        c.add("widget", "Bài viết được chuyển thành giọng nói tự động.")
    c.add("widget", c.pick(["Tóm tắt nhanh", "Tóm tắt bằng AI", "Nội dung chính"]))
    for _ in range(c.r(2, 3)):
        c.add("widget", c.pick(["• ", "- ", ""]) + c.clause())
    c.add("widget", c.pick(["Phần tóm tắt do trí tuệ nhân tạo thực hiện, có thể chưa chính xác.",
                            "Bạn thấy bản tóm tắt này thế nào? 👍 👎", "Tóm tắt được tạo tự động"]))
    ps = c.paras((3, 3, 2, 1))
    caps = c.cap_slots(len(ps), 1, 3)
    for i, p in enumerate(ps):
        c.para(p)
        if i in caps:
            c.add("caption", c.photo_caption())
    c.add("credit", c.source_credit())
    c.add("widget", c.pick(["Chủ đề: Kinh tế · Doanh nghiệp", "#taichinh #doanhnghiep", "Theo dõi chủ đề này"]))
    c.notice(0.7)
    c.ad(0.6)
    c.add("related", c.pick(["Đọc thêm", "Bài liên quan", "Tin cùng chủ đề"]))
    c.rel_list(c.r(2, 4), ["plain", "read", "time_ago"], 0.55)


def _e4_newsletter_podcast(c: _Ctx) -> None:
    if c.maybe(0.7):
        _consent(c)
    c.site()
    c.title()
    c.date(c.fdate(c.pick(["gmt", "iso", "short"])))
    c.add("byline", _byline_e4(c))
    ps = c.paras((3, 3, 2, 2))
    nl_at = c.r(1, max(1, len(ps) - 2))
    for i, p in enumerate(ps):
        c.para(p)
        if i == 0 or c.maybe(0.2):
            c.add("caption", c.photo_caption())
        if i == nl_at and i < len(ps) - 1:
            c.add("widget", c.pick(["Bản tin Sáng Sớm", "Bản tin Cuối Ngày", "Bản tin Kinh tế 5 phút"]))
            c.add("widget", c.pick(["Nhận năm tin quan trọng nhất mỗi sáng qua email.",
                                    "Đăng ký để nhận bản tin tổng hợp miễn phí vào mỗi tối.",
                                    "Mỗi sáng thứ Hai, chúng tôi gửi bạn những phân tích đáng đọc nhất tuần."]))
            c.add("widget", c.pick(["Nhập địa chỉ email", "Email của bạn"]))
            c.add("widget", "Đăng ký")
            if c.maybe(0.5):
                c.add("widget", "Bằng việc đăng ký, bạn đồng ý với điều khoản sử dụng.")
    c.add("credit", c.source_credit())
    show = c.pick(["Chuyện Cuối Tuần", "Sáng Cà Phê", "Góc Kinh Tế", "Nghe Nhanh"])
    c.add("widget", c.pick(["Podcast", "🎙 Podcast"]))
    r = c.rel()
    c.brief_box(0.6)
    c.add("related", f"{show} · Tập {c.r(10, 300)}: {r.title}")
    c.add("widget", c.pick([f"{c.r(8, 45)}:{c.r(0, 59):02d}", "Nghe trên Spotify | Apple Podcasts", "▶ Phát"]))
    c.notice(0.6)
    c.ad(0.6)
    c.add("related", c.pick(["Có thể bạn quan tâm", "Đọc thêm", "Tin mới"]))
    c.rel_list(c.r(2, 4), ["plain"], 0.6)


def _e4_shorts_foryou(c: _Ctx) -> None:
    c.site()
    c.title()
    c.date(c.fdate(c.pick(["gmt", "short", "month"])))
    c.add("byline", _byline_e4(c))
    ps = c.paras((4, 3, 2, 1))
    strip_at = c.r(1, max(1, len(ps) - 1))
    for i, p in enumerate(ps):
        c.para(p)
        if i == 0 and c.maybe(0.7):
            c.add("caption", c.photo_caption())
        if i == strip_at:
            c.add("related", c.pick(["Video ngắn", "Shorts", "Xem nhanh"]))
            for r in c.cap_rels(c.r(2, 3)):
                c.add("caption", r.caption)
                c.add("widget", c.pick([f"{c.r(1, 99)},{c.r(0, 9)} nghìn lượt xem", f"{c.r(1, 9)},{c.r(0, 9)} triệu lượt xem",
                                        f"{c.r(10, 999)}K lượt xem"]))
    c.add("credit", c.source_credit())
    c.add("widget", c.pick(["Theo dõi chủ đề: Kinh tế +", "Lưu bài", "Nhận thông báo khi có tin mới về chủ đề này."]))
    if c.maybe(0.6):
        c.add("widget", c.pick(["Bình luận nổi bật", f"{c.r(2, 99)} bình luận"]))
        c.comments(c.r(1, 2), "name")
    c.brief_box(0.6)
    c.add("related", c.pick(["Dành cho bạn", "Gợi ý cho bạn", "Vì bạn đã đọc tin kinh tế"]))
    c.rel_list(c.r(3, 5), ["plain", "time_ago", "read"], 0.4)
    c.add("widget", c.pick(["Gợi ý dựa trên lịch sử đọc của bạn.", "Không quan tâm chủ đề này", "Xem thêm"]))
    c.notice(0.7)
    c.ad(0.6)


def _e4_app_webview(c: _Ctx) -> None:
    c.add("widget", c.pick(["◀ Quay lại", "‹ Trở về", "Mở trong ứng dụng"]))
    c.add("widget", c.pick(["Aa Cỡ chữ", "Chế độ tối", "A- A+"]))
    c.title()
    c.date(c.fdate(c.pick(["short", "gmt", "month"])))
    c.add("byline", c.pick([f"Tác giả: {c.author()} · Biên tập: {c.name('pen')}", c.author(), _byline_e4(c)]))
    ps = c.paras((3, 3, 2, 1))
    caps = set(c.sample(range(len(ps)), min(len(ps), c.r(1, 2))))
    for i, p in enumerate(ps):
        c.para(p)
        if i in caps:
            c.add("caption", c.photo_caption())
            if c.maybe(0.4):
                c.add("credit", c.photo_credit())
    c.add("credit", c.source_credit())
    c.add("widget", c.pick(["Chạm hai lần để lưu bài.", "Đánh giá bài viết: ★★★★☆", "Báo lỗi bài viết"]))
    c.notice(0.8)
    c.ad(0.6)
    if c.maybe(0.5):
        c.comments(c.r(1, 2), "name")
    c.brief_box(0.6)
    c.add("related", c.pick(["Cùng tác giả", "Tin mới", "Đọc tiếp"]))
    for r in c.rels(c.r(2, 4)):
        c.add("related", r.title)
        if c.maybe(0.6):
            c.add("related", r.teasers[0])
    c.add("widget", c.pick([f"Phiên bản ứng dụng {c.r(3, 9)}.{c.r(0, 9)}.{c.r(0, 9)}", "Bạn đang đọc trong ứng dụng.",
                            "Chia sẻ qua Zalo | Messenger | Sao chép liên kết"]))


_LAYOUT_FUNCS = {
    "e1_frameset_portal": (1, _e1_frameset_portal),
    "e1_forum_repost": (1, _e1_forum_repost),
    "e1_wap_deck": (1, _e1_wap_deck),
    "e1_personal_homepage": (1, _e1_personal_homepage),
    "e1_ezine_plain": (1, _e1_ezine_plain),
    "e2_megaportal": (2, _e2_megaportal),
    "e2_lifestyle_portal": (2, _e2_lifestyle_portal),
    "e2_market_portal": (2, _e2_market_portal),
    "e2_print_view": (2, _e2_print_view),
    "e2_provincial_portal": (2, _e2_provincial_portal),
    "e2_blog_repost": (2, _e2_blog_repost),
    "e3_amp_page": (3, _e3_amp_page),
    "e3_social_comments": (3, _e3_social_comments),
    "e3_live_blog": (3, _e3_live_blog),
    "e3_infinite_scroll": (3, _e3_infinite_scroll),
    "e3_longform_photo": (3, _e3_longform_photo),
    "e3_video_hub": (3, _e3_video_hub),
    "e4_paywall_member": (4, _e4_paywall_member),
    "e4_ai_summary_audio": (4, _e4_ai_summary_audio),
    "e4_newsletter_podcast": (4, _e4_newsletter_podcast),
    "e4_shorts_foryou": (4, _e4_shorts_foryou),
    "e4_app_webview": (4, _e4_app_webview),
}
LAYOUTS = tuple(_LAYOUT_FUNCS)


# ---------------------------------------------------------------------------
# Scraper faults and page assembly
# ---------------------------------------------------------------------------

_FAULTS = ("nbsp", "zwsp", "dspace", "nfd", "glue")


def _inner_spaces(s: str) -> list[int]:
    return [i for i, ch in enumerate(s) if ch == " " and 0 < i < len(s) - 1]


def _replace_spaces(s: str, rep: str, rng: random.Random, n: int) -> str:
    idx = _inner_spaces(s)
    for i in sorted(rng.sample(idx, min(n, len(idx))), reverse=True):
        s = s[:i] + rep + s[i + 1:]
    return s


def _char_faults(s: str, faults: tuple[str, ...], rng: random.Random, p: float) -> str:
    if "nbsp" in faults and rng.random() < p:
        s = _replace_spaces(s, "\u00a0", rng, rng.randint(1, 2))
    if "dspace" in faults and rng.random() < p:
        s = _replace_spaces(s, "  ", rng, 1)
    if "zwsp" in faults and rng.random() < p:
        idx = _inner_spaces(s)
        if idx:
            i = rng.choice(idx)
            s = s[:i + 1] + "\u200b" + s[i + 1:]
    return s


def _assemble(c: _Ctx, faults: tuple[str, ...], rng: random.Random) -> Page:
    body_keys = {_norm(s) for tag, p in c.lines if tag == "body" for s in p}
    body_keys.add(_norm(c.story.title))
    entries = [(tag, p) for tag, p in c.lines if not (tag in KINDS and _norm(p) in body_keys)]
    if "glue" in faults:
        cands = [(li, j) for li, (tag, p) in enumerate(entries) if tag == "body"
                 for j in range(len(p) - 1) if p[j].endswith((".", "!", "?")) and p[j + 1][:1].isupper()]
        if cands:
            li, j = cands[rng.randrange(len(cands))]
            p = list(entries[li][1])
            p[j:j + 2] = [p[j] + p[j + 1]]
            entries[li] = ("body", p)
        elif "dspace" not in faults:
            faults = faults + ("dspace",)  # no paragraph with two sentences: double spaces instead
    lines: list[str] = []
    body: list[str] = []
    furniture: list[tuple[str, str]] = []
    nfd = "nfd" in faults
    for tag, p in entries:
        if tag == "body":
            items = [_char_faults(s, faults, rng, 0.35) for s in p]
            if nfd:
                items = [unicodedata.normalize("NFD", s) for s in items]
            body.extend(items)
            lines.append(" ".join(items))
        else:
            line = _char_faults(p, faults, rng, 0.2)
            if nfd:
                line = unicodedata.normalize("NFD", line)
            if tag in KINDS:
                furniture.append((tag, line))
            lines.append(line)
    return Page(text="\n".join(lines), body=body, furniture=furniture, layout=c.layout)


# ---------------------------------------------------------------------------
# Reading the VietNews file and building the pages
# ---------------------------------------------------------------------------

def _usable(raw: bytes) -> tuple[str, str] | None:
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
    if not isinstance(title, str) or not isinstance(article, str) or not title.strip() or not article.strip():
        return None
    return title, article


def _read(train_path) -> tuple[list[tuple[int, str, str]], list[tuple[int, str, str]]]:
    """One pass over the gz file, split on "\\n" only; stops after the last needed row."""
    last = max(BODY_ROWS[-1], RELATED_ROWS[-1])
    body: list[tuple[int, str, str]] = []
    related: list[tuple[int, str, str]] = []
    with gzip.open(train_path, "rb") as fh:
        for i, raw in enumerate(fh):
            if i in BODY_ROWS or i in RELATED_ROWS:
                u = _usable(raw)
                if u is not None:
                    if i in BODY_ROWS:
                        body.append((i, u[0], u[1]))
                    else:
                        related.append((i, u[0], u[1][:RELATED_CUT]))
            if i >= last:
                break
    return body, related


def pages(train_path) -> list[Page]:
    body_rows, related_rows = _read(train_path)
    pool = [r for r in (_related_item(t, a) for _, t, a in related_rows) if r is not None]
    if not pool:
        raise ValueError("no usable related rows in RELATED_ROWS")
    n = len(body_rows)
    faulty = set(_rng("faulty-pages").sample(range(n), round(n / 4))) if n else set()
    out: list[Page] = []
    for k, (row, title, article) in enumerate(body_rows):
        layout = LAYOUTS[k % len(LAYOUTS)]
        era, build = _LAYOUT_FUNCS[layout]
        ctx = _Ctx(layout, era, clean_article(title, article), pool, row)
        build(ctx)
        faults: tuple[str, ...] = ()
        if k in faulty:
            fr = _rng("fault-kinds", row)
            faults = tuple(fr.sample(_FAULTS, fr.choice([1, 1, 2])))
        out.append(_assemble(ctx, faults, _rng("fault-apply", row)))
    return out


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(f"usage: {argv[0]} VIETNEWS_TRAIN_JSONL_GZ", file=sys.stderr)
        return 2
    ps = pages(argv[1])
    print(f"pages: {len(ps)}")
    print(f"body sentences: {sum(len(p.body) for p in ps)}")
    total = {k: 0 for k in KINDS}
    for p in ps:
        for kind, _ in p.furniture:
            total[kind] += 1
    print("furniture: " + ", ".join(f"{k}={total[k]}" for k in KINDS) + f", all={sum(total.values())}")
    print()
    print(f"{'layout':24s} {'pages':>5s} {'body':>5s} " + " ".join(f"{k:>7s}" for k in KINDS))
    for layout in LAYOUTS:
        sel = [p for p in ps if p.layout == layout]
        cnt = {k: sum(1 for p in sel for kind, _ in p.furniture if kind == k) for k in KINDS}
        print(f"{layout:24s} {len(sel):5d} {sum(len(p.body) for p in sel):5d} "
              + " ".join(f"{cnt[k]:7d}" for k in KINDS))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
