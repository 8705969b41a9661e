"""Blind held-out test set 31: scraped-looking Vietnamese news pages.

Written without looking at the cleaner it measures.  Each usable VietNews
training row in BODY_ROWS becomes one page: the article's sentences, laid out
as body paragraphs, wrapped in page furniture (bylines, credits, captions,
related-story links, widgets) in one of LAYOUTS.  Other stories' headlines,
teasers and caption sentences come only from RELATED_ROWS (title plus the
first RELATED_CUT characters of the article).

Standard library only, seeded, deterministic.

    python eval/clean_test31/make.py TRAIN.jsonl.gz
"""

from __future__ import annotations

import datetime
import gzip
import json
import random
import re
import sys
import time
import unicodedata
from dataclasses import dataclass

SEED = 3121
BODY_ROWS = range(15_600, 15_900)
RELATED_ROWS = range(19_600, 19_997)
RELATED_CUT = 1_200
KINDS = ("byline", "credit", "caption", "related", "widget")
LAYOUTS = (
    "portal_desktop",
    "amp_mobile",
    "app_share",
    "facebook_post",
    "chat_forward",
    "email_newsletter",
    "print_ocr",
    "screen_reader",
    "web_archive",
    "aggregator",
    "tv_broadcast",
    "gov_portal",
    "forum_repost",
    "overseas_paper",
    "pdf_export",
    "business_desk",
    "longform_magazine",
    "reader_clipboard",
    "paywall_premium",
    "section_desk",
)


@dataclass
class Page:
    text: str
    body: list[str]
    furniture: list[tuple[str, str]]
    layout: str


# --------------------------------------------------------------------------
# reading rows
# --------------------------------------------------------------------------

_CTRL = re.compile("[\r\n\t\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")


def _clean(s: str) -> str:
    return _CTRL.sub(" ", s)


def _norm_line(s: str) -> str:
    return re.sub(r"\s+", " ", _clean(s)).strip()


def _usable(raw: bytes):
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if not line.strip():
        return None
    try:
        row = json.loads(line)
    except ValueError:
        return None
    if not isinstance(row, dict):
        return None
    title, article = row.get("title"), row.get("article")
    if not isinstance(title, str) or not isinstance(article, str):
        return None
    if not _norm_line(title) or not _norm_line(article):
        return None
    return title, article


def _open(path):
    with open(path, "rb") as f:
        magic = f.read(2)
    return gzip.open(path, "rb") if magic == b"\x1f\x8b" else open(path, "rb")


def _read(path):
    stop = max(BODY_ROWS.stop, RELATED_ROWS.stop)
    body, related = [], []
    with _open(path) as f:
        for i, raw in enumerate(f):
            if i >= stop:
                break
            in_body, in_rel = i in BODY_ROWS, i in RELATED_ROWS
            if not (in_body or in_rel):
                continue
            row = _usable(raw)
            if row is None:
                continue
            if in_body:
                body.append((i, row[0], row[1]))
            if in_rel:
                related.append((i, row[0], row[1][:RELATED_CUT]))
    return body, related


# --------------------------------------------------------------------------
# sentences
# --------------------------------------------------------------------------

_TERM = ".!?…"
_CLOSERS = "\"”’'»)]"
_OPENERS = "\"“‘'«([-–—•"
_ABBR = {
    "TP", "Tp", "tp", "GS", "PGS", "TS", "ThS", "Ths", "BS", "KS", "CN", "Co", "Ltd",
    "Inc", "Corp", "St", "Mr", "Mrs", "Ms", "Dr", "Jr", "Q", "P", "TT", "No", "Th",
    "Mt", "Pte", "ĐH", "TX", "vs", "Ts", "Bs", "Gs",
}


def _ends(tok: str) -> bool:
    core = tok.rstrip(_CLOSERS)
    if not core or core[-1] not in _TERM:
        return False
    if core.endswith("."):
        stem = core.rstrip(".").lstrip(_OPENERS)
        if stem in _ABBR:
            return False
        if len(stem) == 1 and stem.isalpha():
            return False
        if re.fullmatch(r"(?:\w\.)+\w?", core) and len(core) <= 6 and not core.endswith(".."):
            return False
    return True


def _starts(tok: str) -> bool | None:
    """True/False if the token decides; None if it is only opening punctuation."""
    core = tok.lstrip(_OPENERS)
    if not core:
        return None
    c = core[0]
    return c.isupper() or c.isdigit()


def _spans(text: str) -> list[tuple[int, int]]:
    """Raw sentence spans (no merging of short pieces)."""
    toks = [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]
    out, start, quotes = [], None, 0
    i, n = 0, len(toks)
    while i < n:
        s, e = toks[i]
        tok = text[s:e]
        if start is None:
            start, quotes = s, 0
        quotes += tok.count('"')
        end_here = _ends(tok)
        j = i + 1
        if end_here and j < n:
            # a lone closing quote after the terminator belongs to this sentence
            nxt = text[toks[j][0]:toks[j][1]]
            if nxt in ('"', "”", "’", "»", ")") and (nxt != '"' or quotes % 2 == 1):
                quotes += nxt.count('"')
                e = toks[j][1]
                i = j
                j = i + 1
            if j < n:
                dec = _starts(text[toks[j][0]:toks[j][1]])
                if dec is None and j + 1 < n:
                    dec = _starts(text[toks[j + 1][0]:toks[j + 1][1]])
                if dec:
                    out.append((start, e))
                    start = None
        i += 1
    if start is not None:
        out.append((start, toks[-1][1]))
    return out


def _merge_short(spans, text):
    out = []
    carry = None
    for s, e in spans:
        if carry is not None:
            s = carry
            carry = None
        piece = text[s:e]
        if len(piece) < 20 or len(piece.split()) < 4:
            carry = s
            continue
        out.append((s, e))
    if carry is not None:
        if out:
            out[-1] = (out[-1][0], spans[-1][1])
        else:
            out.append((carry, spans[-1][1]))
    return out


_FUSED = re.compile(
    r"(?:\b(?:Ảnh|Video|Clip|Đồ hoạ|Đồ họa|Infographic|Nguồn ảnh|Ảnh minh hoạ)\s*:)"
    r"|\(\s*[Ảả]nh\b|>\s*>"
)
_AGENCY = r"(?:TTO|PLO|NLĐO|SGGPO|TTXVN|VOV|VTC News)"
_GLUED_TEASER = re.compile(r"(?<=\S) " + _AGENCY + r" [-–] ")
_LEAD_AGENCY = re.compile(r"^(?:" + _AGENCY + r"|\([^()]{2,24}\))\s*[-–]\s+")
_CREDIT_TRAILER = re.compile(
    r"^\(?\s*(?:[Tt]heo|[Nn]guồn|[Ll]ược dịch|[Dd]ịch|[Tt]ổng hợp|[Bb]iên dịch)\b"
)
_CREDIT_SUFFIX = re.compile(
    r"\s*\(\s*(?:[Tt]heo|[Nn]guồn|[Tt]ổng hợp|TH|[Ll]ược dịch|[Dd]ịch|[Bb]iên dịch)\b[^()]*\)\s*$"
)
_TEAM = re.compile(r"^(?:Nhóm phóng viên|Nhóm PV|PV|CTV|Phóng viên|Thực hiện|Bài và ảnh|Bài, ảnh)\b")
_JOIN = {"-", "–", "—", "/", "&", "và", "|", ",", "-"}


def _is_names(s: str) -> bool:
    toks = s.replace(",", " , ").split()
    names = [t for t in toks if t not in _JOIN]
    if not 1 <= len(names) <= 9 or len(s) > 70:
        return False
    for t in names:
        t2 = t.strip("()")
        if not t2 or not t2[0].isupper():
            return False
        if t2[-1] in "!?…" or (t2.endswith(".") and not re.fullmatch(r"\w\.", t2)):
            return False
    return True


def _trailer_kind(s: str):
    s = s.strip()
    if not s or len(s) > 90:
        return None
    if _CREDIT_TRAILER.match(s) and len(s.split()) <= 9:
        if s[-1] not in ".!?" or s.endswith(").") or re.search(r"\.\w{2,4}$", s):
            return "credit"
        return None
    if _TEAM.match(s) and len(s.split()) <= 8 and s[-1] not in ".!?":
        return "byline"
    rest = _CREDIT_SUFFIX.sub("", s)
    if not rest:
        return "credit"
    if _is_names(rest):
        return "byline"
    return None


def split_article(article: str):
    """(body sentences, trailers) of one VietNews article.

    trailers: list of (kind, line) for glued bylines, credits and see-also links.
    Sentences carrying a fused caption / credit are dropped.
    """
    text = _clean(article)
    trailers_tail: list[tuple[str, str]] = []
    # "> > Xem thêm: ..." / "Xem thêm: ..." see-also trailers
    m = None
    for mm in re.finditer(r"(?:>\s*>\s*)?Xem thêm\s*:|>\s*>", text):
        if mm.start() >= len(text) // 3:
            m = mm
            break
    if m is not None:
        tail = text[m.start():]
        text = text[:m.start()]
        for item in re.split(r"\s*>\s*>\s*", tail):
            item = _norm_line(item)
            if item:
                trailers_tail.append(("related", item))
    spans = _spans(text)
    # glued teasers of other stories: "Headline TTO - teaser ..."
    cut = None
    for k, (s, e) in enumerate(spans):
        if k > 0 and _GLUED_TEASER.search(text[s:e]):
            cut = k
            break
    if cut is not None:
        rest = spans[cut:]
        spans = spans[:cut]
        chunks, cur = [], []
        for s, e in rest:
            if cur and _GLUED_TEASER.search(text[s:e]):
                chunks.append(cur)
                cur = []
            cur.append((s, e))
        if cur:
            chunks.append(cur)
        glued = []
        for ch in chunks:
            seg = _norm_line(text[ch[0][0]:ch[-1][1]])
            mm = _GLUED_TEASER.search(seg)
            if mm:
                glued.append(("related", seg[:mm.start()].strip()))
                glued.append(("related", seg[mm.start():].strip()))
            elif seg:
                glued.append(("related", seg))
        trailers_tail = [t for t in glued if t[1]] + trailers_tail
    if spans:
        s0, e0 = spans[0]
        mm = _LEAD_AGENCY.match(text[s0:e0])
        if mm and e0 - s0 - mm.end() > 20:
            spans[0] = (s0 + mm.end(), e0)
    # bylines / credits glued at the end
    end_trailers = []
    while len(spans) > 1:
        s, e = spans[-1]
        kind = _trailer_kind(text[s:e])
        if kind is None:
            break
        end_trailers.insert(0, (kind, _norm_line(text[s:e])))
        spans.pop()
    spans = _merge_short(spans, text)
    sents = [text[s:e].strip() for s, e in spans]
    drop = [bool(_FUSED.search(x)) for x in sents]
    for k in range(1, len(sents)):
        # "Caption sentence. Ảnh: X Next sentence": the caption goes too
        if re.match(r"(?:Ảnh|Video|Clip|Đồ hoạ|Đồ họa)\s*:", sents[k]) and len(sents[k - 1]) <= 150:
            drop[k - 1] = True
    kept = [x for x, d in zip(sents, drop) if not d]
    if not kept:
        kept = [x for x in sents if x]
    return kept, end_trailers + trailers_tail


def _related_pool(rows):
    pool = []
    for i, title, art in rows:
        text = _clean(art[:RELATED_CUT])
        spans = _spans(text)[:-1]  # the last piece may be cut short
        sents = [_norm_line(text[s:e]) for s, e in spans]
        teasers, captions = [], []
        for k, s in enumerate(sents):
            nxt = sents[k + 1] if k + 1 < len(sents) else ""
            if _FUSED.search(s) or ">" in s or not s[:1].isupper() or s.startswith(("Video", "Clip")):
                continue
            if re.match(r"(?:Ảnh|Video|Clip)\s*:", nxt) or re.search(r"\b(?:Ảnh|Video)\s*:", nxt[:12]):
                if 15 <= len(s) <= 150:
                    captions.append(s)
                continue
            s2 = _LEAD_AGENCY.sub("", s)
            if 40 <= len(s2) <= 260 and not teasers:
                teasers.append(s2)
            elif (25 <= len(s2) <= 90 and s2.count(",") <= 1 and '"' not in s2 and "“" not in s2
                  and len(captions) < 3):
                captions.append(s2)
        pool.append({"row": i, "title": _norm_line(title), "teaser": teasers[:1], "captions": captions})
    return pool


# --------------------------------------------------------------------------
# invented furniture material
# --------------------------------------------------------------------------

SURN = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi",
        "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Trương", "Đinh", "Lâm", "Mai", "Tạ", "Châu", "Kiều"]
MID = ["Văn", "Thị", "Minh", "Ngọc", "Thanh", "Hữu", "Đức", "Quốc", "Thu", "Hoài", "Bảo", "Kim",
       "Xuân", "Gia", "Phương", "Hồng", "Tuấn", "Diệu", "Khánh", "Như", "Trọng", "Bích"]
GIVEN = ["An", "Anh", "Bình", "Châu", "Chi", "Cường", "Dũng", "Duy", "Giang", "Hà", "Hải", "Hạnh",
         "Hiếu", "Hoa", "Hùng", "Huy", "Khang", "Khoa", "Lan", "Linh", "Long", "Mai", "My", "Nam",
         "Ngân", "Nhi", "Nhung", "Phong", "Phúc", "Quân", "Quyên", "Sơn", "Tâm", "Thảo", "Thắng",
         "Thư", "Trang", "Trung", "Tú", "Tuấn", "Vy", "Yến", "Đạt", "Nghĩa", "Khôi", "Lộc", "Tín", "Vân"]
OUTLETS = ["Nhịp Sống Phương Nam", "Thời Báo Sông Hồng", "Tin Sáng Việt", "Bản Tin Ba Miền",
           "Phố Thị Online", "Kinh Tế Đô Thị Mới", "Tuần San Cửu Long", "Báo Điện Tử Đồng Hành",
           "Người Đọc Hôm Nay", "Thị Trường & Đời Sống", "Tiếng Nói Miền Trung", "Sài Gòn Thương Vụ",
           "Hà Thành Tin Nhanh", "Đất Việt Ngày Mới", "Vốn & Thị Trường"]
FOREIGN = ["Asia Market Wire", "The Pacific Ledger", "Global Finance Daily", "Eastern Economic Post",
           "Orient Business Times", "Bangkok Morning Standard", "Seoul Economic Herald",
           "Tokyo Commerce Journal", "Continental Press Agency", "Harbour Street Gazette"]
AGGREGATORS = ["Gom Tin", "Đọc Báo Nhanh", "Tin Mới Mỗi Ngày", "NewsViệt", "Tổng Hợp 24h"]
APPS = ["Báo Mới Ngày", "Đọc Tin+", "Tin247", "Lướt Tin", "Bản Tin Túi"]
FB_PAGES = ["Tin Nhanh Kinh Tế", "Hóng Biz", "Tài Chính Mỗi Ngày", "Chuyện Sài Gòn", "Thời Sự 360",
            "Góc Nhìn Thị Trường", "Hà Nội Hôm Nay"]
FORUMS = ["Diễn đàn Chứng Sĩ Việt", "Cộng đồng Xe & Đời", "Diễn đàn Sinh Viên 4Rum",
          "Vườn Ý Kiến", "Diễn đàn Kinh tế Trẻ"]
OVERSEAS = ["Nhật Báo Cali Việt", "Tuần Báo Sóng Mới (Houston)", "Người Việt Úc Châu",
            "Dân Việt Paris", "Việt Báo Đông Bắc Mỹ"]
TV = ["Đài PT-TH Lam Giang", "Truyền hình Ánh Dương (ADTV)", "Kênh Tin Tức 24/7 VTN",
      "Đài Tiếng nói Đồng Bằng", "Đài Phát thanh Sông Tiền"]
PROVINCES = ["Quảng Trị", "Đồng Tháp", "Lâm Đồng", "Bắc Ninh", "Phú Yên", "Hậu Giang", "Tây Ninh",
             "Ninh Bình", "Bình Phước", "Kon Tum", "Vĩnh Long", "Hà Giang"]
SECTIONS = ["Thời sự", "Thế giới", "Kinh doanh", "Tài chính", "Chứng khoán", "Bất động sản",
            "Giáo dục", "Sức khoẻ", "Pháp luật", "Thể thao", "Giải trí", "Du lịch", "Công nghệ",
            "Xe", "Đời sống", "Ý kiến", "Video", "Podcast", "Bạn đọc", "Văn hoá"]
TOPICS = [
    (r"chứng khoán|cổ phiếu|VN ?- ?Index|HoSE|cổ phần", "Chứng khoán", ["chứng khoán", "cổ phiếu", "VN-Index", "nhà đầu tư"]),
    (r"USD|tỉ giá|tỷ giá|vàng|ngân hàng|lãi suất|tín dụng", "Tài chính - Ngân hàng", ["tỷ giá", "giá vàng", "ngân hàng", "lãi suất"]),
    (r"thuế|ngân sách|Bộ Tài chính", "Vĩ mô", ["thuế", "ngân sách", "chính sách tài khoá"]),
    (r"\bxe\b|ôtô|ô tô|Grab|Uber|taxi", "Xe - Giao thông", ["ôtô", "gọi xe công nghệ", "giao thông"]),
    (r"hàng không|máy bay|sân bay|\bbay\b", "Hàng không", ["hàng không", "sân bay", "vé máy bay"]),
    (r"\bheo\b|nông sản|\blúa\b|\bgạo\b|trái cây|thuỷ sản|\bcá\b", "Nông nghiệp", ["nông sản", "xuất khẩu", "nông dân"]),
    (r"điện|EVN|than|xăng|dầu", "Năng lượng", ["giá điện", "năng lượng", "xăng dầu"]),
    (r"\bđất\b|nhà ở|căn hộ|dự án|bất động sản", "Bất động sản", ["bất động sản", "dự án", "nhà ở"]),
    (r"Mỹ|Trung Quốc|Trump|EU|Nhật", "Kinh tế thế giới", ["thương mại", "Mỹ - Trung", "xuất nhập khẩu"]),
    (r"\b[tT]ết\b|siêu thị|mua sắm|\bgiá\b", "Thị trường", ["tiêu dùng", "giá cả", "mua sắm"]),
]
COMMENTS = [
    "Mong cơ quan chức năng sớm vào cuộc xử lý dứt điểm.",
    "Đọc xong mà thấy lo cho người dân quá.",
    "Thông tin rất hữu ích, cảm ơn báo.",
    "Năm nào cũng nói vậy rồi đâu lại vào đấy.",
    "Bài viết phân tích hay nhưng còn thiếu số liệu so sánh với các nước trong khu vực.",
    "Cần minh bạch hơn nữa, người dân có quyền được biết.",
    "Ủng hộ chủ trương này, làm sớm thì dân được nhờ.",
    "Giá cả cứ tăng mà lương thì đứng yên 😢",
    "Ai chịu trách nhiệm đây?",
    "Hy vọng lần này làm thật chứ không phải chỉ hô khẩu hiệu.",
    "Chấm hóng diễn biến tiếp theo.",
    "Tôi ở gần đó, tình hình đúng như báo viết.",
    "Sao không thấy nói đến trách nhiệm của chủ đầu tư?",
    "Quá bất ngờ luôn!",
    "Đề nghị báo tiếp tục theo dõi và thông tin thêm.",
    "Cuối cùng người tiêu dùng lại chịu thiệt thôi.",
    "Hay quá, chia sẻ cho mọi người cùng biết.",
    "Chuẩn không cần chỉnh 👍",
    "Nhà đầu tư nhỏ lẻ như tôi chỉ biết ngồi nhìn.",
    "Tôi nghĩ nên lấy ý kiến rộng rãi hơn trước khi quyết.",
    "Cách đây mấy năm cũng có chuyện y hệt, rút kinh nghiệm được gì chưa?",
    "Đúng là tin vui đầu tuần.",
    "Bài này nên dịch ra tiếng Anh cho bạn bè quốc tế đọc.",
    "Mình làm trong ngành, xác nhận là thông tin chính xác.",
]
ADS = [
    "Vay tiêu dùng lãi suất chỉ từ 0,8%/tháng – duyệt hồ sơ trong 15 phút. Đăng ký ngay!",
    "Căn hộ ven sông chỉ từ 1,8 tỷ – thanh toán 30% nhận nhà. Hotline: 0909 123 456",
    "Giảm đến 50% điều hoà Mát Lạnh Inverter – chỉ trong tuần này",
    "Khoá tiếng Anh giao tiếp cho người đi làm – học thử miễn phí 2 buổi",
    "Bảo hiểm sức khoẻ An Tâm Plus: bảo vệ cả gia đình chỉ 5.000đ/ngày",
    "Mở tài khoản chứng khoán online miễn phí, nhận ngay 200.000đ",
    "Tour Đà Lạt 3N2Đ trọn gói chỉ 2.990.000đ – khởi hành hằng ngày",
    "Sữa hạt Mộc Nhiên – ngon lành từ thiên nhiên. Mua 2 tặng 1",
    "Thanh lý laptop văn phòng giá sốc, bảo hành 12 tháng",
    "Nha khoa Nụ Cười Việt: niềng răng trả góp 0%, tư vấn miễn phí",
    "Phần mềm kế toán Sổ Vàng – dùng thử 30 ngày không cần thẻ",
    "Đất nền sổ đỏ trao tay, cách trung tâm 15 phút – chỉ còn 12 lô",
]
AD_LABELS = ["Quảng cáo", "QUẢNG CÁO", "Advertisement", "Tài trợ", "Sponsored", "AdChoices ▷",
             "Nội dung được tài trợ", "— Quảng cáo —"]
CAPTION_DESCS = [
    "Quang cảnh buổi làm việc", "Người dân mua sắm tại một siêu thị", "Toàn cảnh phiên thảo luận",
    "Hàng hoá tập kết tại cảng", "Nhân viên giao dịch tại quầy", "Một góc công trường",
    "Khách hàng tìm hiểu sản phẩm tại hội chợ", "Xe cộ lưu thông trên tuyến đường trung tâm",
    "Lãnh đạo các bên ký kết biên bản ghi nhớ", "Nông dân thu hoạch trên cánh đồng",
    "Bảng điện tử tại một công ty chứng khoán", "Phiên họp chiều qua",
    "Khu vực tiếp nhận hồ sơ", "Đại biểu phát biểu tại hội nghị",
]
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _ascii(s: str) -> str:
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def _slug(s: str, n: int = 10) -> str:
    words = re.findall(r"[a-z0-9]+", _ascii(s).lower())
    return "-".join(words[:n]) or "bai-viet"


def _domain(outlet: str, tld: str = ".vn") -> str:
    return re.sub(r"[^a-z0-9]", "", _ascii(outlet).lower()) + tld


class Ctx:
    """Per-page state and the furniture generators, all drawn from one RNG."""

    def __init__(self, rng, title, paras, trailers, pool, row):
        self.rng = rng
        self.title = title
        self.paras = paras
        self.trailers = trailers
        self.pool = pool
        self.row = row
        self.used: set[int] = set()
        self.outlet = rng.choice(OUTLETS)
        self.domain = _domain(self.outlet)
        self.slug = _slug(title)
        self.art_id = rng.randint(100000, 999999)
        base = datetime.datetime(2016, 1, 1) + datetime.timedelta(
            days=rng.randint(0, 1600), minutes=rng.randint(6 * 60, 23 * 60))
        self.dt = base
        lead = " ".join(paras[0]) if paras else ""
        self.section, self.tags = "Kinh doanh", ["kinh tế"]
        for pat, sec, tags in TOPICS:
            if re.search(pat, title + " " + lead):
                self.section, self.tags = sec, tags
                break

    # ---- people -------------------------------------------------------
    def full_name(self):
        r = self.rng
        return f"{r.choice(SURN)} {r.choice(MID)} {r.choice(GIVEN)}"

    def pen_name(self):
        r = self.rng
        return f"{r.choice(MID[2:])} {r.choice(GIVEN)}"

    def byline(self):
        r = self.rng
        a, b = self.pen_name(), self.pen_name()
        forms = [
            a, a.upper(), f"{a} - {b}", f"{a.upper()} - {b.upper()}", f"Bài và ảnh: {a}",
            f"{a} (thực hiện)", f"{self.full_name()}, phóng viên thường trú tại {r.choice(['Tokyo', 'Bangkok', 'Đà Nẵng', 'Cần Thơ', 'Washington'])}",
            f"{a}/{self.outlet}", f"{a} (tổng hợp)", "Nhóm phóng viên", f"{a[0]}.{b.split()[1]}",
            f"Bởi {a}", f"Tác giả: {self.full_name()}", f"{a} - {r.choice(['Hà Nội', 'TP.HCM', 'Huế', 'Hải Phòng'])}",
            f"{a.upper()} (Từ {r.choice(['Đà Lạt', 'Vũng Tàu', 'Nha Trang', 'Quy Nhơn'])})",
            f"{a} | Biên tập: {b}", f"{a} • {r.randint(2, 9)} phút đọc",
        ]
        return r.choice(forms)

    def credit(self):
        r = self.rng
        other = r.choice([o for o in OUTLETS if o != self.outlet])
        f = r.choice(FOREIGN)
        forms = [
            f"Theo {other}", f"Nguồn: {other}", f"(Theo {f})", f"Theo {_domain(other)}",
            f"{self.pen_name()} (Theo {f})", f"Nguồn: {f}", f"{self.pen_name()} lược dịch từ {f}",
            f"(Biên dịch theo {f})", f"Nguồn tin: {other}", f"Bài viết gốc đăng trên {other}",
            f"Theo {other} - {r.choice(['Hà Nội', 'TP.HCM', 'Đà Nẵng'])}",
        ]
        return r.choice(forms)

    # ---- dates --------------------------------------------------------
    def date_line(self, style=None):
        r, t = self.rng, self.dt
        wd = WEEKDAYS[t.weekday()]
        forms = [
            f"{wd}, {t:%d/%m/%Y} {t:%H:%M} (GMT+7)",
            f"{t:%d/%m/%Y} - {t:%H:%M}",
            f"Cập nhật: {t:%H:%M} {t:%d/%m/%Y}",
            f"{t:%H:%M} | {t.day}/{t.month}/{t.year}",
            f"Ngày {t.day} tháng {t.month} năm {t.year}",
            f"{t:%d-%m-%Y} {t.hour}h{t:%M}",
            f"{wd.lower()}, {t.day}/{t.month}/{t.year}, {t:%H:%M}",
            f"Đăng lúc {t:%H:%M} ngày {t:%d/%m/%Y}",
        ]
        if style == "relative":
            return r.choice([f"{r.randint(2, 11)} giờ trước", f"{r.randint(5, 55)} phút trước",
                             f"Hôm qua lúc {t:%H:%M}", f"{t.day} tháng {t.month} lúc {t:%H:%M}"])
        if style == "en":
            return r.choice([f"{MONTHS_EN[t.month - 1]} {t.day}, {t.year}",
                             f"{MONTHS_EN[t.month - 1]} {t.day}, {t.year} {t:%I:%M %p}",
                             f"{wd}, {t.day} Tháng {t.month} {t.year}"])
        return r.choice(forms)

    def short_date(self, back=0):
        t = self.dt - datetime.timedelta(days=back)
        return self.rng.choice([f"{t:%d/%m/%Y}", f"{t.day}/{t.month}", f"{t:%d/%m}", f"{t:%d-%m-%Y}"])

    # ---- other stories (RELATED_ROWS only) ----------------------------
    def _pick(self, need=None):
        if not self.pool:
            return None
        for _ in range(12):
            k = self.rng.randrange(len(self.pool))
            it = self.pool[k]
            if k in self.used:
                continue
            if need and not it[need]:
                continue
            self.used.add(k)
            return it
        return None

    def headline(self):
        it = self._pick()
        return it["title"] if it else None

    def headlines(self, n):
        out = []
        for _ in range(n):
            h = self.headline()
            if h:
                out.append(h)
        return out

    def teaser(self):
        it = self._pick("teaser")
        return (it["title"], it["teaser"][0]) if it else None

    def related_line(self, h=None):
        r = self.rng
        h = h or self.headline()
        if not h:
            return None
        return r.choice([
            h, f"Xem thêm: {h}", f">> {h}", f"» {h}", f"► {h}", f"• {h}", f"- {h}",
            f"Đọc thêm: {h}", f"{h} ({self.short_date(r.randint(0, 6))})",
            f"[Video] {h}", f"Tin liên quan: {h}", f"{h} - {r.choice(OUTLETS)}",
        ])

    def caption_desc(self):
        r = self.rng
        if self.pool and r.random() < 0.6:
            it = self._pick("captions")
            if it:
                return r.choice(it["captions"]).rstrip(".")
        return r.choice(CAPTION_DESCS)

    def caption(self):
        """One or two caption lines."""
        r = self.rng
        desc = self.caption_desc()
        who = self.pen_name()
        forms = [
            [f"{desc}. Ảnh: {who}"], [f"{desc} - Ảnh: {who}"], [f"{desc} (Ảnh: {who})"],
            [f"▲ {desc}"], [f"{desc}. (Ảnh minh hoạ)"], [desc, f"Ảnh: {who}"],
            [f"Ảnh: {who}/{self.outlet}"], [f"{desc}. Ảnh: Tư liệu"], [f"Ảnh minh hoạ: {r.choice(['Internet', 'Shutterstock', 'Getty', who])}"],
            [f"{desc} | Ảnh: {r.choice(FOREIGN)}"], [f"Hình: {who}"], [f"{desc}. Ảnh chụp màn hình"],
            [f"{desc}.", f"(Ảnh: {who.upper()})"],
        ]
        return r.choice(forms)

    # ---- widgets ------------------------------------------------------
    def menu(self, n=None):
        r = self.rng
        n = n or r.randint(6, 10)
        sep = r.choice([" | ", "  ", " · ", " / ", " • "])
        return sep.join(r.sample(SECTIONS, n))

    def breadcrumb(self):
        r = self.rng
        sep = r.choice([" » ", " > ", " / ", " › ", " - "])
        parts = [r.choice(["Trang chủ", "Home", "Trang nhất"]), r.choice(["Kinh doanh", "Kinh tế", "Thời sự"]), self.section]
        return sep.join(parts[r.randint(0, 1):])

    def share_row(self):
        r = self.rng
        return r.choice([
            "Chia sẻ: Facebook | Zalo | Twitter | Email",
            "Chia sẻ  Facebook  Zalo  In bài",
            f"👍 Thích {r.randint(3, 900)}   Chia sẻ",
            "f  t  in  ✉",
            "Lưu bài viết   Sao chép liên kết   Gửi email",
            f"Chia sẻ ({r.randint(1, 300)})   Bình luận ({r.randint(0, 80)})",
            "Nghe bài viết ▶",
            "A-  A+   In   Gửi cho bạn bè",
            "Tweet  Share  Zalo  Copy link",
        ])

    def reactions(self):
        r = self.rng
        return r.choice([
            f"Bạn cảm thấy thế nào về bài viết này? 😀 {r.randint(0, 50)} 😢 {r.randint(0, 50)} 😡 {r.randint(0, 90)} 😮 {r.randint(0, 30)}",
            f"👍❤️😮 {r.randint(1, 9)},{r.randint(1, 9)}K",
            f"Bài viết hữu ích? Có ({r.randint(1, 200)})  Không ({r.randint(0, 20)})",
            f"{r.randint(10, 999)} lượt thích · {r.randint(1, 200)} bình luận · {r.randint(1, 90)} lượt chia sẻ",
        ])

    def comment_block(self, n, style="web"):
        r = self.rng
        out = []
        for text in r.sample(COMMENTS, n):
            name = self.full_name() if r.random() < 0.6 else r.choice(
                [f"{_ascii(self.pen_name()).lower().replace(' ', '')}{r.randint(1, 99)}", "Bạn đọc", "Khách", self.pen_name()])
            if style == "web":
                out += [("widget", f"{name} - {r.randint(1, 23)} giờ trước"), ("widget", text),
                        ("widget", r.choice([f"Thích ({r.randint(0, 60)})  Trả lời", "Trả lời", f"↑ {r.randint(0, 99)}  ↓ {r.randint(0, 9)}"]))]
            elif style == "inline":
                out.append(("widget", f"{name}: {text}"))
            else:  # facebook
                out += [("widget", name), ("widget", text),
                        ("widget", f"Thích · Phản hồi · {r.randint(1, 20)} giờ")]
        return out

    def ad(self):
        r = self.rng
        lines = [("widget", r.choice(AD_LABELS)), ("widget", r.choice(ADS))]
        if r.random() < 0.3:
            lines.append(("widget", r.choice(["Tìm hiểu thêm ›", "Đăng ký ngay", "Xem chi tiết", "Mua ngay"])))
        return lines

    def tags_line(self):
        r = self.rng
        tags = r.sample(self.tags, min(len(self.tags), r.randint(2, 3)))
        fmt = r.choice(["Từ khoá: {}", "Tags: {}", "Chủ đề: {}", "#{}", "Tag: {}"])
        if fmt == "#{}":
            return " ".join("#" + t.replace(" ", "").replace("-", "") for t in tags)
        return fmt.format(r.choice([", ", " | ", " · "]).join(tags))

    def footer(self):
        r = self.rng
        t = self.dt
        lines = [
            f"© {t.year} {self.outlet}. Giấy phép số {r.randint(10, 599)}/GP-BTTTT cấp ngày {r.randint(1, 28)}/{r.randint(1, 12)}/{t.year - r.randint(1, 6)}.",
            f"Tổng biên tập: {self.full_name()}",
            f"Toà soạn: {r.randint(1, 300)} {r.choice(['Lê Lợi', 'Nguyễn Trãi', 'Trần Hưng Đạo', 'Hai Bà Trưng', 'Lý Thường Kiệt'])}, {r.choice(['Quận 1, TP.HCM', 'Hoàn Kiếm, Hà Nội', 'Hải Châu, Đà Nẵng'])}",
            f"Điện thoại: (028) 38{r.randint(10, 99)} {r.randint(1000, 9999)} - Email: toasoan@{self.domain}",
            f"Chỉ được phát hành lại thông tin từ website này khi có sự đồng ý bằng văn bản của {self.outlet}.",
            "Liên hệ quảng cáo | Điều khoản sử dụng | Chính sách bảo mật | RSS",
        ]
        k = r.randint(2, 4)
        return [("widget", x) for x in lines[:1] + r.sample(lines[1:], k - 1)]

    def cookie(self):
        r = self.rng
        return [("widget", r.choice([
            "Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn. Tiếp tục truy cập đồng nghĩa với việc bạn đồng ý với Chính sách quyền riêng tư.",
            "Website này dùng cookie nhằm cá nhân hoá nội dung và quảng cáo.",
            "Trang web sử dụng cookie. Xem chi tiết trong Chính sách cookie của chúng tôi.",
        ])), ("widget", r.choice(["Đồng ý", "Đồng ý | Tuỳ chỉnh", "Chấp nhận tất cả   Từ chối", "OK, tôi hiểu"]))]

    def newsletter(self):
        r = self.rng
        return [("widget", r.choice(["Đăng ký nhận bản tin", "Nhận tin nóng mỗi sáng qua email – miễn phí",
                                     "BẢN TIN 6H SÁNG", "Đừng bỏ lỡ tin quan trọng"])),
                ("widget", r.choice(["Nhập email của bạn", "Email của bạn...", "[ Địa chỉ email ]  Đăng ký"]))]

    def body(self, every=0.35, maker=None, max_ins=3, lead=None):
        """Body paragraph lines with furniture blocks between some paragraphs."""
        r = self.rng
        out = list(lead or [])
        slots = list(range(len(self.paras) - 1))
        chosen = set(r.sample(slots, min(len(slots), max_ins))) if maker else set()
        for i, para in enumerate(self.paras):
            out.append(("body", " ".join(para)))
            if i in chosen and r.random() < every * 2:
                out.extend(maker())
        return out

    def mid_default(self):
        r = self.rng
        x = r.random()
        if x < 0.5:
            return [("caption", c) for c in self.caption()]
        if x < 0.8:
            line = self.related_line()
            return [("related", line)] if line else []
        return self.ad()


# --------------------------------------------------------------------------
# layouts: each returns [(label, line)], label in KINDS, "body" or None
# (None = one of at most three unlabelled lines: title, date, source)
# --------------------------------------------------------------------------

def _related_list(ctx, header, n, fmt=None):
    out = [("widget", header)] if header else []
    for h in ctx.headlines(n):
        out.append(("related", fmt(h) if fmt else ctx.related_line(h)))
    return out


def lay_portal_desktop(c):
    r = c.rng
    L = []
    if r.random() < 0.5:
        L.append((None, c.outlet.upper()))
    L += [("widget", c.menu()), ("widget", c.breadcrumb())]
    if r.random() < 0.3:
        L.append(("widget", f"{r.choice(['Hà Nội', 'TP.HCM', 'Đà Nẵng'])} {r.randint(18, 36)}°C"))
    L += [(None, c.title), (None, c.date_line())]
    if r.random() < 0.5:
        L.append(("widget", c.share_row()))
    lead = [("caption", x) for x in c.caption()] if r.random() < 0.5 else None
    L += c.body(maker=c.mid_default, lead=lead)
    L += c.trailers
    L.append(("byline", c.byline()))
    if r.random() < 0.4:
        L.append(("credit", c.credit()))
    L.append(("widget", c.tags_line()))
    L.append(("widget", c.share_row()))
    L += _related_list(c, r.choice(["Tin cùng chuyên mục", "TIN LIÊN QUAN", "Có thể bạn quan tâm", "Đọc nhiều"]), r.randint(3, 6))
    if r.random() < 0.4:
        L.append(("widget", c.reactions()))
    if r.random() < 0.6:
        L.append(("widget", f"Bình luận ({r.randint(1, 40)})"))
        L += c.comment_block(r.randint(1, 3))
    L += c.footer()
    return L


def lay_amp_mobile(c):
    r = c.rng
    L = [("widget", r.choice(["☰", "≡ Menu", "☰ Chuyên mục"])), (None, c.outlet)]
    if r.random() < 0.5:
        L.append(("widget", c.section.upper()))
    L += [(None, c.title), ("byline", r.choice([f"Bởi {c.pen_name()}", c.pen_name(), c.byline()]))]
    L.append((None, c.date_line("relative")))

    def mid():
        x = r.random()
        if x < 0.45:
            return [("widget", r.choice(["ADVERTISEMENT", "Quảng cáo", "Cuộn để tiếp tục đọc"]))]
        if x < 0.75:
            return [("caption", x) for x in c.caption()]
        line = c.related_line()
        return [("related", line)] if line else []
    L += c.body(maker=mid, max_ins=4, every=0.45)
    L += c.trailers
    L.append(("widget", r.choice(["Đọc thêm", "XEM THÊM", "Bài viết khác"])))
    L += [("related", f"{r.choice(['•', '-', '›'])} {h}") for h in c.headlines(r.randint(2, 5))]
    L += [("widget", r.choice(["▲ Lên đầu trang", "↑ Về đầu trang", "Trở về đầu trang"])),
          ("widget", r.choice(["Xem phiên bản đầy đủ", "Phiên bản di động | Bản đầy đủ", "Báo lỗi bài viết"]))]
    return L


def lay_app_share(c):
    r = c.rng
    L = []
    if r.random() < 0.4:
        L.append(("widget", f"Đọc trên ứng dụng {r.choice(APPS)}"))
    L += [(None, c.title), (None, c.date_line())]
    L += c.body()
    L += c.trailers
    L.append(("credit", r.choice([f"Nguồn: {c.outlet}", f"Theo {c.outlet}", f"Nguồn: {c.domain}"])))
    L.append(("credit", r.choice(["Xem bài gốc: ", "Link gốc: ", "Bài gốc: "]) + f"https://{c.domain}/{c.slug}-{c.art_id}.html"))
    app = r.choice(APPS)
    L.append(("widget", r.choice([f"— Chia sẻ từ ứng dụng {app} —", f"Gửi từ {app} cho iPhone",
                                  f"Tải {app} để đọc tin nhanh hơn: https://{_domain(app, '.app')}/tai"])))
    return L


def lay_facebook_post(c):
    r = c.rng
    page = r.choice(FB_PAGES)
    L = [(None, page + r.choice(["", " ✓", " ✔️"])), (None, c.date_line("relative") + r.choice([" · 🌏", " · 🌐", ""]))]
    emo = r.choice(["🔴 ", "⚡ ", "📌 ", "[NÓNG] ", "🔥 ", ""])
    L.append((None, emo + (c.title.upper() if r.random() < 0.5 else c.title)))
    L += c.body()
    L += c.trailers
    L.append(("widget", r.choice(["👉 Chi tiết: ", "🔗 Link: ", "Xem thêm tại: "]) + f"https://{c.domain}/{c.slug}"))
    L.append(("widget", c.tags_line() if r.random() < 0.3 else " ".join("#" + t.replace(" ", "") for t in c.tags[:3])))
    L.append(("widget", r.choice([f"👍❤️😮 {r.randint(1, 9)},{r.randint(1, 9)}K", f"👍😆 {r.randint(20, 999)}",
                                  f"Bạn và {r.randint(10, 900)} người khác"])))
    L.append(("widget", f"{r.randint(5, 900)} bình luận   {r.randint(1, 400)} lượt chia sẻ"))
    L.append(("widget", r.choice(["Thích   Bình luận   Chia sẻ", "👍 Thích  💬 Bình luận  ↪ Chia sẻ"])))
    if r.random() < 0.6:
        L.append(("widget", r.choice(["Phù hợp nhất ▾", "Bình luận mới nhất ▾"])))
    L += c.comment_block(r.randint(2, 4), style="fb")
    if r.random() < 0.4:
        h = c.headline()
        if h:
            L += [("widget", f"{page} đã chia sẻ một liên kết."), ("related", h)]
    L.append(("widget", f"Xem thêm {r.randint(10, 300)} bình luận"))
    return L


def lay_chat_forward(c):
    r = c.rng
    L = [("widget", r.choice(["[Tin nhắn được chuyển tiếp]", "↪ Đã chuyển tiếp", "Forwarded message"]))]
    if r.random() < 0.5:
        L.append(("widget", f"{r.choice(['Anh', 'Chị', 'Cô', 'Chú', 'Bác'])} {c.pen_name()}:"))
    L.append((None, r.choice(["📌 ", "*", "‼️ ", ""]) + c.title + r.choice(["", "*", " ‼️"])))
    L += c.body()
    L += c.trailers
    L.append(("credit", r.choice([f"Nguồn: {c.domain}", f"(Nguồn: {c.outlet})", f"Nguồn {c.outlet}"])))
    if r.random() < 0.5:
        h = c.headline()
        if h:
            L += [("related", f"https://{c.domain}/{_slug(h, 8)}.html"), ("related", h)]
    L.append((None, f"{c.dt:%H:%M}"))
    L.append(("widget", r.choice(["✓✓ Đã xem", "Đã nhận", "❤️ 3", "👍 2"])))
    L += c.comment_block(r.randint(1, 2), style="inline")
    return L


def lay_email_newsletter(c):
    r = c.rng
    t = c.dt
    L = [("widget", r.choice(["Xem email này trên trình duyệt", "Nếu email hiển thị không đúng, bấm vào đây", "View in browser"])),
         (None, f"{c.outlet.upper()} – {r.choice(['BẢN TIN SÁNG', 'BẢN TIN TỐI', 'ĐIỂM TIN CUỐI TUẦN', 'BẢN TIN KINH TẾ'])}"),
         (None, f"Số {r.randint(100, 2000)} · {WEEKDAYS[t.weekday()]}, {t:%d/%m/%Y}"),
         ("widget", r.choice(["Chào quý độc giả,", f"Xin chào {c.pen_name()},", "Chào bạn,"])),
         ("widget", r.choice(["TIÊU ĐIỂM HÔM NAY", "BÀI NỔI BẬT", "CÂU CHUYỆN CHÍNH"])),
         (None, c.title)]
    if r.random() < 0.6:
        L.append(("byline", f"{c.pen_name()} {r.choice(['viết', 'thực hiện', 'tổng hợp'])}"))
    L += c.body()
    L += c.trailers
    L.append(("widget", r.choice(["Đọc bài trên website →", "Đọc tiếp »", "Xem đầy đủ tại website"])))
    L.append(("widget", r.choice(["CÓ THỂ BẠN QUAN TÂM", "CÁC TIN KHÁC TRONG SỐ NÀY", "ĐỌC THÊM"])))
    for _ in range(r.randint(2, 3)):
        tz = c.teaser()
        if tz:
            L += [("related", tz[0]), ("related", tz[1])]
            if r.random() < 0.5:
                L.append(("widget", r.choice(["Đọc tiếp »", "Xem thêm →"])))
    if r.random() < 0.5:
        L += [("widget", "ĐƯỢC TÀI TRỢ"), ("widget", r.choice(ADS))]
    L += [("widget", f"Bạn nhận được email này vì đã đăng ký bản tin của {c.outlet}."),
          ("widget", r.choice(["Huỷ đăng ký | Quản lý tuỳ chọn", "Huỷ nhận tin", "Unsubscribe · Cập nhật hồ sơ"])),
          ("widget", f"© {t.year} {c.outlet}. Mọi quyền được bảo lưu.")]
    return L


def lay_print_ocr(c):
    r = c.rng
    t = c.dt
    page_no = r.randint(2, 15)
    L = [(None, f"SỐ {r.randint(10, 365)} ({r.randint(5000, 9000):,}) • {WEEKDAYS[t.weekday()].upper()} {t.day}-{t.month}-{t.year} • TRANG {page_no}".replace(",", ".")),
         ("widget", c.section.upper())]
    if r.random() < 0.5:
        L.append(("widget", r.choice(["Chuyện thị trường", "Góc nhìn", "Điều tra", "Phóng sự", "Sự kiện & Bình luận"])))
    L.append((None, c.title.upper() if r.random() < 0.7 else c.title))
    if r.random() < 0.5:
        L.append(("byline", c.pen_name().upper()))

    def mid():
        x = r.random()
        if x < 0.4:
            return [("caption", y) for y in c.caption()]
        if x < 0.6:
            return [("widget", f"(Xem tiếp trang {page_no + r.randint(1, 6)})"), ("widget", f"(Tiếp theo trang {page_no})")]
        if x < 0.8:
            return [("widget", f"{t.day} - {t.month} - {t.year} | {c.outlet.upper()} | {page_no + r.randint(0, 2)}")]
        return [("widget", r.choice(["■", "l", "• •", "|", "~"]))]
    L += c.body(maker=mid, max_ins=3, every=0.45)
    L += c.trailers
    L.append(("byline", c.pen_name().upper() if r.random() < 0.7 else c.byline()))
    if r.random() < 0.5:
        L += [("widget", "RAO VẶT"),
              ("widget", f"Cần bán nhà mặt tiền {r.choice(['Q.3', 'Q.10', 'Bình Thạnh', 'Cầu Giấy'])}, {r.randint(3, 9)}x{r.randint(12, 25)}m, giá thương lượng. ĐT: 09{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)}"),
              ("widget", f"Tuyển gấp nhân viên kế toán, lương thoả thuận. LH: 028 {r.randint(3000, 3999)} {r.randint(1000, 9999)}")]
    return L


def lay_screen_reader(c):
    r = c.rng
    L = [("widget", "Liên kết, Bỏ qua đến nội dung chính"), ("widget", "Điều hướng, menu chính"),
         ("widget", f"Liên kết, {r.choice(['Trang chủ', 'Kinh doanh', 'Thời sự'])}"),
         (None, f"Tiêu đề cấp 1, {c.title}"), (None, f"Thời gian, {c.date_line()}")]
    if r.random() < 0.6:
        L.append(("byline", f"Tác giả, {c.pen_name()}"))
    L.append(("caption", f"Hình ảnh, {c.caption_desc()}"))

    def mid():
        if r.random() < 0.6:
            return [("caption", f"Hình ảnh, {c.caption_desc()}")]
        h = c.headline()
        return [("related", f"Liên kết, {h}")] if h else []
    L += c.body(maker=mid, max_ins=2)
    L += c.trailers
    L.append(("widget", "Nút, Chia sẻ lên Facebook"))
    hs = c.headlines(r.randint(3, 5))
    L += [("widget", "Tiêu đề cấp 2, Tin liên quan"), ("widget", f"Danh sách, {len(hs)} mục")]
    L += [("related", f"Liên kết, {h}") for h in hs]
    L += [("widget", "Cuối danh sách"), ("widget", "Vùng, chân trang")]
    return L


def lay_web_archive(c):
    r = c.rng
    t = c.dt
    snap = t + datetime.timedelta(days=r.randint(1, 400))
    url = f"https://{c.domain}/{c.slug}-{c.art_id}.html"
    L = [("widget", f"The Wayback Machine - https://web.archive.org/web/{snap:%Y%m%d%H%M%S}/{url}"),
         ("widget", f"{r.randint(2, 80)} captures"),
         ("widget", f"{snap:%d} {MONTHS_EN[snap.month - 1]} {snap.year} - {r.randint(1, 28):02d} {r.choice(MONTHS_EN)} {snap.year + r.randint(1, 3)}"),
         ("widget", "About this capture"),
         (None, c.outlet), ("widget", c.menu()), (None, c.title), (None, c.date_line())]
    L += c.body(maker=lambda: [("caption", x) for x in c.caption()], max_ins=2)
    L += c.trailers
    L.append(("byline", c.byline()))
    L += _related_list(c, r.choice(["Các tin khác", "Tin cũ hơn", "Bài viết cùng chủ đề"]), r.randint(3, 5))
    if r.random() < 0.6:
        L.append(("widget", "Ý kiến bạn đọc"))
        L += c.comment_block(r.randint(1, 2))
    L.append(("widget", f"© {t.year} {c.outlet}"))
    return L


def lay_aggregator(c):
    r = c.rng
    agg = r.choice(AGGREGATORS)
    L = [("widget", f"{agg} › {c.section}"), (None, c.title),
         (None, f"{c.outlet} · {c.date_line('relative')}")]
    if r.random() < 0.5:
        L.append(("widget", f"Nghe bài viết ▶ 0{r.randint(2, 8)}:{r.randint(10, 59)}"))
    L += c.body()
    L += c.trailers
    L.append(("credit", r.choice([f"Xem bài gốc tại {c.domain}", f"Theo {c.outlet}", f"Nguồn: {c.outlet} – Đọc bài gốc"])))
    L.append(("widget", r.choice(["Bài cùng chủ đề", "Tin liên quan", "Cùng chuyên mục"])))
    for h in c.headlines(r.randint(3, 5)):
        L.append(("related", f"{h} · {r.choice(OUTLETS)} · {r.randint(1, 23)} giờ trước"))
    tz = c.teaser()
    if tz:
        L += [("widget", "Tin nổi bật"), ("related", tz[0]), ("related", tz[1])]
    L.append(("widget", f"Tải ứng dụng {agg} để đọc nhanh hơn"))
    return L


def lay_tv_broadcast(c):
    r = c.rng
    tv = r.choice(TV)
    L = [(None, tv), ("widget", r.choice(["Trực tiếp | Lịch phát sóng | Xem lại | Podcast", "TRỰC TIẾP  •  THỜI SỰ  •  KINH TẾ  •  VIDEO"])),
         ("widget", r.choice([f"▶ 0{r.randint(1, 5)}:{r.randint(10, 59)}", "Video đang được tải...", "Bấm để phát video"])),
         (None, c.title),
         ("widget", f"Chương trình: {r.choice(['Thời sự 19h', 'Bản tin Tài chính', 'Kinh tế 24h', 'Thời sự trưa'])}"),
         ]
    L.append((None, c.date_line()))
    L += c.body()
    L += c.trailers
    a, b = c.pen_name(), c.pen_name()
    L.append(("byline", r.choice([f"BTV: {a} | Quay phim: {b}", f"Phóng viên: {a} - {b}", f"{a} - {b} / {tv}", f"Nhóm PV {tv}"])))
    L += _related_list(c, r.choice(["Xem thêm các bản tin", "VIDEO KHÁC"]), r.randint(2, 4),
                       fmt=lambda h: f"▶ {h} (0{r.randint(1, 5)}:{r.randint(10, 59)})")
    L.append(("widget", f"Bản quyền thuộc {tv}. Ghi rõ nguồn khi phát lại."))
    return L


def lay_gov_portal(c):
    r = c.rng
    prov = r.choice(PROVINCES)
    L = [(None, r.choice([f"CỔNG THÔNG TIN ĐIỆN TỬ TỈNH {prov.upper()}", f"Sở Công Thương tỉnh {prov}", f"Trang thông tin điện tử Sở Tài chính {prov}"])),
         ("widget", r.choice(["Chào mừng Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII", "Chào mừng năm mới - Xuân Kỷ Hợi", "Thi đua lập thành tích chào mừng các ngày lễ lớn"])),
         ("widget", "Giới thiệu | Tin tức - Sự kiện | Văn bản pháp luật | Thủ tục hành chính | Hỏi đáp | Liên hệ"),
         ("widget", c.breadcrumb()), (None, c.title),
         (None, f"Ngày đăng: {c.dt:%d/%m/%Y} | Lượt xem: {r.randint(50, 5000):,}".replace(",", ".")),
         ("widget", r.choice(["Cỡ chữ: A+ A- | In trang | Gửi email", "In bài viết   Gửi bài viết   Lưu"]))]
    L += c.body(maker=lambda: [("caption", x) for x in c.caption()], max_ins=1)
    L += c.trailers
    L.append(("byline", f"{r.choice(['Tác giả: ', 'Người viết: ', ''])}{c.pen_name()}"))
    L.append(("credit", r.choice([f"Nguồn: Báo {c.outlet}", f"Nguồn: {c.outlet}", f"(Theo {c.outlet})"])))
    L += _related_list(c, r.choice(["Các tin khác", "Tin đã đưa", "Tin mới hơn"]), r.randint(3, 6),
                       fmt=lambda h: f"{h} ({c.short_date(r.randint(1, 30))})")
    L += [("widget", f"Đang online: {r.randint(5, 300)} | Hôm nay: {r.randint(300, 9000)} | Tổng lượt truy cập: {r.randint(10**5, 10**7):,}".replace(",", ".")),
          ("widget", f"Cơ quan chủ quản: Uỷ ban nhân dân tỉnh {prov}"),
          ("widget", f"Chịu trách nhiệm chính: {c.full_name()} - Chánh Văn phòng"),
          ("widget", "Ghi rõ nguồn khi phát hành lại thông tin từ cổng thông tin này.")]
    return L


def lay_forum_repost(c):
    r = c.rng
    forum = r.choice(FORUMS)
    user = f"{_ascii(c.pen_name()).lower().replace(' ', r.choice(['_', '.', '']))}{r.randint(70, 99)}"
    L = [(None, forum), ("widget", f"{forum} › Thời sự › {c.section}"), (None, f"Chủ đề: {c.title}"),
         ("widget", f"Thảo luận trong '{c.section}' bắt đầu bởi {user}, {c.dt.day}/{c.dt.month}/{c.dt.year}."),
         ("widget", "#1"), ("widget", user),
         ("widget", f"{r.choice(['Thành viên tích cực', 'Thành viên mới', 'Thành viên VIP'])} · Bài viết: {r.randint(3, 9000)}")]
    if r.random() < 0.6:
        L.append(("widget", r.choice(["Anh em đọc tin này chưa:", "Copy về cho ae tham khảo", "Tin mới nóng hổi đây các bác", "Bài này hay, share mọi người:"])))
    L += c.body()
    L += c.trailers
    L.append(("credit", r.choice([f"Nguồn: https://{c.domain}/{c.slug}.html", f"Theo {c.outlet}", f"Nguồn: {c.outlet}"])))
    L += [("widget", "__________________"),
          ("widget", r.choice(["Sống là không chờ đợi.", "Đầu tư là phải kiên nhẫn.", "Xe là đam mê, đam mê là xe.", "Chém gió có văn hoá"]))]
    L.append(("widget", f"Thích · Trả lời · Trích dẫn   {r.randint(1, 40)} người thích bài này"))
    for k in range(r.randint(1, 3)):
        u = f"{_ascii(c.pen_name()).lower().replace(' ', '')}{r.randint(1, 99)}"
        L += [("widget", f"#{k + 2}"), ("widget", u), ("widget", r.choice(COMMENTS))]
    h = c.headline()
    if h:
        L.append(("related", f"Chủ đề tương tự: {h}"))
    return L


def lay_overseas_paper(c):
    r = c.rng
    paper = r.choice(OVERSEAS)
    L = [(None, f"{paper} – {r.choice(['Tiếng nói cộng đồng từ 1985', 'Phục vụ người Việt khắp nơi', 'Vietnamese Daily News'])}"),
         ("widget", r.choice(["Trang nhất | Việt Nam | Hoa Kỳ | Thế giới | Cộng đồng | Rao vặt | Donate", "Home  News  Community  Classifieds  Subscribe"])),
         (None, c.title), (None, c.date_line("en"))]
    L.append(("byline", f"{c.pen_name()}/{paper.split(' (')[0]}"))
    ab = "".join(w[0] for w in paper.split()[:3]).upper()
    L.append(("byline", f"{r.choice(['SÀI GÒN', 'HÀ NỘI', 'ĐÀ NẴNG', 'CẦN THƠ'])}, Việt Nam ({ab}) –"))
    L += c.body(maker=lambda: [("caption", x) for x in c.caption()], max_ins=2)
    L += c.trailers
    L.append(("credit", r.choice([f"({c.pen_name()} lược dịch từ {r.choice(FOREIGN)})", f"(Theo {r.choice(FOREIGN)}, {r.choice(OUTLETS)})",
                                  f"Bài dịch từ bản tin tiếng Anh của {r.choice(FOREIGN)}"])))
    L.append(("widget", r.choice(["Ủng hộ báo chí độc lập – Donate", "Đặt báo giấy giao tận nhà: (714) 555-0143"])))
    L += _related_list(c, "Quý vị có thể đọc thêm:", r.randint(2, 4))
    L.append(("widget", f"Văn phòng Luật sư {c.full_name()} – nói tiếng Việt – di trú, tai nạn, ly hôn. ĐT: (714) 555-0{r.randint(100, 199)}"))
    return L


def lay_pdf_export(c):
    r = c.rng
    head = f"{c.outlet} - {r.choice(['Bản in', 'Phiên bản in', 'In bài viết'])}"
    url = f"https://{c.domain}/{c.slug}-{c.art_id}.html"
    L = [(None, head), ("widget", url), (None, c.title), (None, c.date_line())]
    total = r.randint(2, 4)
    state = {"p": 1}

    def brk():
        state["p"] += 1
        lines = [("widget", f"Trang {state['p'] - 1}/{total}"), ("widget", head)]
        if r.random() < 0.5:
            lines.append(("widget", f"{c.dt:%d/%m/%Y %H:%M}   {url}"))
        return lines
    L += c.body(maker=brk, max_ins=total - 1, every=0.5)
    L += c.trailers
    L.append(("byline", c.byline()))
    L += [("widget", f"In lúc {c.dt + datetime.timedelta(days=r.randint(0, 300)):%H:%M %d/%m/%Y}"),
          ("widget", f"Trang {state['p']}/{total}"),
          ("widget", f"Bản quyền © {c.outlet}. Không sao chép dưới mọi hình thức khi chưa được đồng ý.")]
    return L


def lay_business_desk(c):
    r = c.rng
    idx = r.uniform(850, 1250)
    ch = r.uniform(-25, 25)
    L = [("widget", f"VN-Index {idx:,.2f} {'▲' if ch >= 0 else '▼'}{abs(ch):.2f} ({abs(ch) / idx * 100:.2f}%) | HNX {r.uniform(95, 130):.2f} | USD/VND {r.randint(22700, 23500):,}".replace(",", "#").replace(".", ",").replace("#", ".")),
         ("widget", f"Giá vàng SJC: {r.uniform(35, 42):.2f} - {r.uniform(42, 43):.2f} triệu đồng/lượng".replace(".", ",")),
         ("widget", c.menu()), ("widget", c.breadcrumb()), (None, c.title), (None, c.date_line()),
         ("byline", r.choice([f"{c.pen_name()} - Phóng viên kinh tế", c.byline(), f"{c.pen_name()} | Chuyên mục Tài chính"]))]

    def mid():
        x = r.random()
        if x < 0.35:
            return [("caption", f"{r.choice(['Biểu đồ', 'Đồ thị', 'Bảng'])}: {r.choice(['diễn biến chỉ số', 'tăng trưởng tín dụng', 'giá trị giao dịch'])} {r.randint(2015, 2020)}. Nguồn: {r.choice(FOREIGN)}")]
        if x < 0.7:
            return [("caption", y) for y in c.caption()]
        line = c.related_line()
        return [("related", line)] if line else []
    L += c.body(maker=mid, max_ins=3)
    L += c.trailers
    L += [("widget", r.choice(["NỘI DUNG TÀI TRỢ", "Doanh nghiệp viết", "PR"])),
          ("widget", r.choice(ADS))]
    L.append(("widget", "Mã liên quan: " + " ".join(r.sample(["VCB", "BID", "CTG", "VIC", "VNM", "HPG", "MSN", "FPT", "GAS", "SAB", "MWG", "TCB"], 3))))
    L.append(("widget", r.choice(["TIN KINH TẾ KHÁC", "Đọc thêm chuyên mục Tài chính"])))
    for _ in range(r.randint(2, 3)):
        tz = c.teaser()
        if tz:
            L += [("related", tz[0]), ("related", tz[1])]
    L += c.footer()
    return L


def lay_longform_magazine(c):
    r = c.rng
    L = [("widget", r.choice(["E-MAGAZINE", "Magazine", "Longform", "Chuyện cuối tuần"])), (None, c.title)]
    a, b, d = c.pen_name(), c.pen_name(), c.pen_name()
    L.append(("byline", r.choice([f"Nội dung: {a} | Ảnh: {b} | Thiết kế: {d}", f"Bài: {a} – Ảnh: {b}", f"Thực hiện: {a}, {b}"])))
    L.append((None, c.date_line()))
    L += [("caption", x) for x in c.caption()]

    def mid():
        if r.random() < 0.75:
            return [("caption", x) for x in c.caption()]
        return [("widget", r.choice(["— ❦ —", "***", "• • •", "◆"]))]
    L += c.body(maker=mid, max_ins=4, every=0.5)
    L += c.trailers
    if r.random() < 0.5:
        L.append(("byline", f"Thực hiện: {a.upper()}"))
    L += _related_list(c, r.choice(["Bài viết liên quan", "Đọc thêm từ Magazine"]), r.randint(2, 4))
    L.append(("widget", c.share_row()))
    return L


def lay_reader_clipboard(c):
    r = c.rng
    L = [(None, c.title)]
    if r.random() < 0.5:
        L.append((None, c.domain))
    if r.random() < 0.5:
        L.append(("widget", f"Thời gian đọc ước tính: {r.randint(2, 9)} phút"))
    top = r.random() < 0.5
    if top:
        L.append(("byline", c.byline()))
    L += c.body()
    L += c.trailers
    if top or r.random() < 0.5:
        L.append(("credit", c.credit()))
    else:
        L.append(("byline", c.pen_name().upper()))
    return L


def lay_paywall_premium(c):
    r = c.rng
    L = list(c.cookie())
    L += [(None, c.outlet), ("widget", r.choice(["★ Nội dung dành cho hội viên", "PLUS", "Premium"])),
          (None, c.title), (None, c.date_line()), ("byline", c.byline())]

    def mid():
        if r.random() < 0.5:
            return [("widget", r.choice(["Bạn đang đọc bài viết dành cho hội viên Plus.", "Tiếp tục đọc bên dưới ↓"]))]
        return [("caption", x) for x in c.caption()]
    L += c.body(maker=mid, max_ins=2)
    L += c.trailers
    L += [("widget", f"Bạn còn {r.randint(0, 4)} bài viết miễn phí trong tháng này."),
          ("widget", f"Đăng ký Plus chỉ {r.choice(['39.000', '49.000', '99.000'])}đ/tháng – Huỷ bất cứ lúc nào"),
          ("widget", r.choice(["Đã là hội viên? Đăng nhập", "Đăng nhập để đồng bộ bài đã lưu"]))]
    L += c.newsletter()
    hs = c.headlines(r.randint(3, 5))
    L.append(("widget", r.choice(["Đọc nhiều nhất", "Xu hướng", "Bài nổi bật tuần"])))
    L += [("related", f"{k + 1}. {h}" if r.random() < 0.7 else f"{k + 1} {h}") for k, h in enumerate(hs)]
    L += c.footer()
    return L


def lay_section_desk(c):
    r = c.rng
    flavour = r.choice(["health", "legal", "sports", "tech"])
    L = []
    if flavour == "health":
        L += [("widget", "Sức khoẻ › Dinh dưỡng"), (None, c.title), (None, c.date_line()),
              ("byline", f"Tham vấn chuyên môn: {r.choice(['BS.CKII', 'ThS.BS', 'PGS.TS'])} {c.full_name()}")]
    elif flavour == "legal":
        L += [("widget", "Pháp luật › Hỏi đáp pháp luật"), (None, c.title), (None, c.date_line()),
              ("byline", f"Luật sư {c.full_name()} – Đoàn Luật sư {r.choice(['TP.HCM', 'Hà Nội', 'Đà Nẵng'])}")]
    elif flavour == "sports":
        L += [("widget", "Thể thao | Bóng đá Việt | Quốc tế | Quần vợt | Esports"), (None, c.title), (None, c.date_line()),
              ("widget", f"{r.choice(['Sông Lam', 'Phố Núi', 'Đất Cảng', 'Cửu Long'])} FC {r.randint(0, 3)} - {r.randint(0, 3)} {r.choice(['Thủ Đô', 'Miền Tây', 'Bến Nghé', 'Kinh Bắc'])} FC  (Kết thúc)")]
    else:
        L += [("widget", "Công nghệ › Nhịp sống số"), (None, c.title), (None, c.date_line()),
              ("byline", f"{c.pen_name()} • Biên tập viên công nghệ")]
    L += c.body(maker=c.mid_default, max_ins=2)
    L += c.trailers
    if flavour == "health":
        L += [("widget", "Thông tin trong bài chỉ mang tính tham khảo, không thay thế cho chẩn đoán và điều trị của bác sĩ."),
              ("widget", f"Đặt lịch khám: 1900 {r.randint(1000, 9999)}")]
    elif flavour == "legal":
        L += [("widget", "Bạn đọc có thắc mắc pháp lý xin gửi về hộp thư tư vấn của chuyên mục."),
              ("widget", f"Tư vấn luật miễn phí: 1900 6{r.randint(100, 999)}")]
    elif flavour == "sports":
        L += [("widget", "BẢNG XẾP HẠNG"),
              ("widget", f"1. Thủ Đô FC {r.randint(30, 45)} điểm"), ("widget", f"2. Phố Núi FC {r.randint(25, 40)} điểm")]
    else:
        L += [("widget", r.choice(["Theo dõi chúng tôi trên YouTube", "Đánh giá sản phẩm: ★★★★☆"]))]
    L.append(("credit", c.credit()))
    L += _related_list(c, r.choice(["Tin khác", "Cùng chuyên mục"]), r.randint(2, 4))
    return L


_LAYOUT_FUN = {name: globals()["lay_" + name] for name in LAYOUTS}


# --------------------------------------------------------------------------
# scraper faults
# --------------------------------------------------------------------------

def _inner_spaces(s):
    return [m.start() for m in re.finditer(" ", s) if 0 < m.start() < len(s) - 1]


def _fault_sub(rng, s, repl, times):
    for _ in range(times):
        sp = _inner_spaces(s)
        if not sp:
            break
        p = rng.choice(sp)
        s = s[:p] + repl + s[p + 1:]
    return s


def _apply_faults(rng, paras):
    """Mutates paras (lists of body items); returns the fault names used."""
    glue = [(i, j) for i, p in enumerate(paras) for j in range(len(p) - 1)
            if p[j].endswith(".") and p[j + 1][:1].isupper()]
    names = ["nbsp", "zwsp", "double", "nfd"] + (["glue"] if glue else [])
    kinds = rng.sample(names, rng.choice([1, 1, 2]))
    if "glue" in kinds:
        i, j = rng.choice(glue)
        paras[i][j:j + 2] = [paras[i][j] + paras[i][j + 1]]
    items = [(i, j) for i, p in enumerate(paras) for j in range(len(p))]
    for kind in kinds:
        if kind in ("glue", "nfd"):
            continue
        picks = rng.sample(items, min(len(items), rng.randint(2, 5)))
        for i, j in picks:
            s = paras[i][j]
            if kind == "nbsp":
                s = _fault_sub(rng, s, "\xa0", rng.randint(1, 3))
            elif kind == "double":
                s = _fault_sub(rng, s, "  ", rng.randint(1, 2))
            elif (i, j) == items[0] and rng.random() < 0.4:
                s = "\ufeff" + s
            else:
                sp = _inner_spaces(s)
                if sp:
                    p = rng.choice(sp)
                    s = s[:p + 1] + rng.choice(["\u200b", "\u200b", "\ufeff"]) + s[p + 1:]
            paras[i][j] = s
    return kinds


# --------------------------------------------------------------------------
# pages
# --------------------------------------------------------------------------

def _paragraphs(rng, sents, lo, hi):
    out, i = [], 0
    while i < len(sents):
        n = rng.randint(lo, hi)
        out.append(sents[i:i + n])
        i += n
    return out


_PARA_SIZE = {"amp_mobile": (1, 2), "facebook_post": (1, 3), "chat_forward": (1, 3),
              "print_ocr": (3, 6), "pdf_export": (2, 5), "screen_reader": (1, 3)}


def _check(page: Page):
    lines = page.text.split("\n")
    for ln in lines:
        if not ln or ln != ln.strip():
            raise ValueError(f"bad line {ln!r}")
    j = 0
    body_lines = []
    for ln in lines:
        if j < len(page.body) and ln.startswith(page.body[j]):
            rest, k = ln, j
            parts = []
            while k < len(page.body) and rest.startswith(page.body[k]):
                parts.append(page.body[k])
                rest = rest[len(page.body[k]):]
                k += 1
                if not rest:
                    break
                if not rest.startswith(" "):
                    break
                rest = rest[1:]
            if not rest and " ".join(parts) == ln:
                body_lines.append(ln)
                j = k
    if j != len(page.body):
        raise ValueError("body not laid out in order")
    left = list(lines)
    for ln in body_lines:
        left.remove(ln)
    for kind, ln in page.furniture:
        if kind not in KINDS or "\n" in ln:
            raise ValueError(f"bad furniture {kind} {ln!r}")
        left.remove(ln)
    if len(left) > 3:
        raise ValueError(f"too many unlabelled lines: {left}")


def _page(k, row, title, article, pool):
    rng = random.Random(SEED * 1_000_003 + k)
    layout = LAYOUTS[k % len(LAYOUTS)]
    sents, trailers = split_article(article)
    lo, hi = _PARA_SIZE.get(layout, (2, 4))
    paras = _paragraphs(rng, sents, lo, hi)
    faults = _apply_faults(rng, paras) if rng.random() < 0.25 else []
    ctx = Ctx(rng, _norm_line(title), paras, trailers, pool, row)
    lines = _LAYOUT_FUN[layout](ctx)
    nfd = "nfd" in faults
    norm = (lambda s: unicodedata.normalize("NFD", s)) if nfd else (lambda s: s)
    text_lines, furniture, unl = [], [], 0
    for label, ln in lines:
        if label != "body":
            ln = _clean(ln).strip()
        if not ln:
            continue
        ln = norm(ln)
        text_lines.append(ln)
        if label is None:
            unl += 1
        elif label != "body":
            furniture.append((label, ln))
    body = [norm(s) for p in paras for s in p]
    page = Page("\n".join(text_lines), body, furniture, layout)
    _check(page)
    return page


def pages(train_path) -> list[Page]:
    body_rows, rel_rows = _read(train_path)
    pool = _related_pool(rel_rows)
    return [_page(k, i, t, a, pool) for k, (i, t, a) in enumerate(body_rows)]


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 1:
        print("usage: python eval/clean_test31/make.py TRAIN.jsonl.gz", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    ps = pages(argv[0])
    dt = time.perf_counter() - t0
    print(f"pages={len(ps)} layouts={len({p.layout for p in ps})} "
          f"body_sentences={sum(len(p.body) for p in ps)} "
          f"furniture_lines={sum(len(p.furniture) for p in ps)} time={dt:.1f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
