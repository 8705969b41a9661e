"""clean_test27: blind held-out scraped Vietnamese news pages (issue 21).

Standard library only, seeded and deterministic.
Usage: python eval/clean_test27/make.py TRAIN.jsonl.gz
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
from pathlib import Path

SEED = 2721
BODY_ROWS = range(9_300, 9_600)
RELATED_ROWS = range(15_600, 16_000)
RELATED_CUT = 1_200
KINDS = ("byline", "credit", "caption", "related", "widget")
LAYOUTS = (
    "desk_portal",
    "mobile_amp",
    "app_share",
    "zalo_forward",
    "facebook_post",
    "email_digest",
    "print_ocr",
    "screen_reader",
    "archive_export",
    "province_portal",
    "foreign_service",
    "paywall_business",
    "reader_mode",
    "forum_repost",
    "live_timeline",
    "rss_dump",
    "photo_story",
    "print_friendly",
)


@dataclass
class Page:
    text: str
    body: list[str]
    furniture: list[tuple[str, str]]
    layout: str


# ---------------------------------------------------------------- word pools
AUTHORS = ["Minh Châu", "Trần Quốc Việt", "Lê Thu Hà", "Phạm Ngọc Sơn", "Hoàng Anh Tuấn",
           "Nguyễn Thị Mai Lan", "Đỗ Hữu Phước", "Vũ Khánh Linh", "Bùi Thanh Tùng", "Hà Phương",
           "Đặng Tiến Dũng", "Kim Ngân", "Lương Bảo Trâm", "Tạ Quang Huy", "Châu Mỹ Duyên"]
OUTLETS = ["Reuters", "AFP", "AP", "Bloomberg", "CNN", "BBC", "Nikkei Asia", "Yonhap",
           "Tân Hoa Xã", "The Guardian", "Kyodo", "TTXVN", "VOV", "Tuổi Trẻ", "Thanh Niên",
           "Dân Trí", "VnExpress", "Lao Động", "SCMP", "Straits Times"]
SITES = ["Báo Điện tử Nhịp Sống Mới", "Tin Nhanh 24h", "Báo Quảng Trị Ngày Nay",
         "Tạp chí Kinh Tế Sài Gòn Xanh", "Đài Phát thanh Cần Thơ", "Cổng TTĐT tỉnh Lâm Đồng",
         "Thời báo Hà Thành", "Báo Biển Đông Online", "Người Việt Bốn Phương",
         "Tiếng nói Mê Kông", "Báo Đất Mũi", "Tập san Công Nghệ Số"]
PLACES = ["Hà Nội", "TP.HCM", "Đà Nẵng", "Huế", "Cần Thơ", "Hải Phòng", "Nghệ An", "Quảng Ninh",
          "Đắk Lắk", "Cà Mau", "Washington", "Tokyo", "Bangkok"]
COMMENTERS = ["Nguyễn Hùng", "thanhtam88", "Bà Ba Sài Gòn", "Lê Văn Khoa", "minhanh_hp",
              "Trần Thị Ngọc", "Hải Đăng", "Ông Tư Cà Mau", "quanghuy.dev", "Phan Thúy"]
COMMENTS = ["Bài viết rất hay, cảm ơn phóng viên đã thông tin kịp thời.",
            "Mong cơ quan chức năng sớm vào cuộc xử lý nghiêm.",
            "Đọc xong thấy buồn quá, không biết bao giờ mới thay đổi được.",
            "Tôi không đồng ý với quan điểm này, cần xem xét nhiều mặt hơn.",
            "Chuyện này ở quê tôi cũng xảy ra suốt mà chẳng ai quan tâm.",
            "Thông tin hữu ích, đã chia sẻ cho cả nhà cùng đọc.",
            "Sao giờ này mới đưa tin vậy báo ơi?",
            "Cầu mong mọi người bình an.",
            "Giá mà các nước khác cũng làm được như vậy.",
            "Ủng hộ quyết định này 100%."]
TAGS = ["thời sự", "thế giới", "kinh tế", "pháp luật", "giao thông", "biển Đông", "bất động sản",
        "sức khỏe", "giáo dục", "Mỹ", "Trung Quốc", "Nga", "chứng khoán", "thời tiết", "an ninh"]
SECTIONS = ["Thời sự", "Thế giới", "Kinh doanh", "Pháp luật", "Xã hội", "Giải trí", "Thể thao",
            "Sức khỏe", "Giáo dục", "Công nghệ", "Du lịch", "Bạn đọc"]
ADS = ["Mua nhà phố trung tâm chỉ từ 2,9 tỷ, ngân hàng hỗ trợ vay 70% không lãi suất 24 tháng.",
       "Sữa hạt Mộc An giúp cả nhà khỏe mạnh mỗi ngày, đặt hàng ngay hôm nay để nhận ưu đãi.",
       "QUẢNG CÁO",
       "Giảm đến 50% vé máy bay nội địa dịp cuối tuần – Đặt ngay!",
       "Bạn đang bị đau lưng, mỏi gối? Đừng bỏ qua bài thuốc nam gia truyền này.",
       "Vay tiêu dùng online giải ngân trong 15 phút, không cần thế chấp.",
       "Nội dung được tài trợ bởi Công ty CP Thực phẩm Sen Vàng.",
       "Khóa học IELTS cấp tốc cam kết đầu ra 6.5, đăng ký học thử miễn phí.",
       "Advertisement",
       "Tài trợ"]


def _pick(r: random.Random, xs):
    return xs[r.randrange(len(xs))]


def _date(r: random.Random) -> str:
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.choice([2017, 2018, 2019])
    h, mi = r.randint(0, 23), r.randint(0, 59)
    wd = _pick(r, ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"])
    return _pick(r, [f"{wd}, {d}/{m}/{y}, {h:02d}:{mi:02d} (GMT+7)",
                     f"{d:02d}/{m:02d}/{y} {h:02d}:{mi:02d}",
                     f"Cập nhật: {h:02d}:{mi:02d} ngày {d:02d}/{m:02d}/{y}",
                     f"Ngày đăng: {d}-{m}-{y}",
                     f"{h:02d}h{mi:02d}, {d}/{m}/{y}"])


# ---------------------------------------------------------------- furniture makers
def byline(r):
    a = _pick(r, AUTHORS)
    b = _pick(r, AUTHORS)
    return ("byline", _pick(r, [a, a.upper(), f"{a} - {b}", f"Bài và ảnh: {a}", f"PV {a}",
                                 f"Tác giả: {a}", f"{a} ({_pick(r, PLACES)})", f"Nhóm phóng viên {a}, {b}",
                                 f"Phóng viên {a} | {_pick(r, PLACES)}", f"{a} (thực hiện)", f"Bởi {a}",
                                 f"{a}, {b} / {_pick(r, SITES)}"]))


def credit(r):
    o = _pick(r, OUTLETS)
    a = _pick(r, AUTHORS)
    return ("credit", _pick(r, [f"Theo {o}", f"(Theo {o})", f"Nguồn: {o}", f"{a} (theo {o})",
                                 f"Ảnh: {o}", f"Ảnh minh họa: {o}", f"Dịch: {a}", f"Lược dịch từ {o}",
                                 f"Theo {o}, {_pick(r, OUTLETS)}", f"Ảnh: {a}/{o}", f"Video: {o}",
                                 f"Bài viết sử dụng thông tin từ {o} và {_pick(r, OUTLETS)}.",
                                 f"Minh Anh tổng hợp theo {o}", f"Nguồn ảnh: {o}/Getty Images"]))


def caption(r, rel):
    t, s = _pick(r, rel)
    base = s if len(s) < 220 else (t if t[-1:] in ".!?…" else t + ".")
    o = _pick(r, OUTLETS)
    a = _pick(r, AUTHORS)
    return ("caption", _pick(r, [base, f"{base} (Ảnh: {o})", f"{base} Ảnh: {a}",
                                  f"Ảnh minh họa: {t}", f"{base} Ảnh: {o}", f"Video: {t}",
                                  f"{_pick(r, PLACES)} - {base}", f"Hình ảnh tư liệu. {base}",
                                  f"{base} | Ảnh: {a}"]))


def related(r, rel):
    t, s = _pick(r, rel)
    return ("related", _pick(r, [t, f"» {t}", f"- {t}", f"Tin liên quan: {t}", f"ĐỌC THÊM: {t}",
                                  f"{t} ({_pick(r, ['1 giờ trước', '3 ngày trước', 'hôm qua'])})",
                                  f"{t} - {s}", f"► {t}", f"Xem thêm: {t}", f"{t} 💬 {r.randint(1, 300)}",
                                  s, t if t[-1:] in ".!?…" else f"{t}.", f"Bạn có thể quan tâm: {t}"]))


def widget(r, what: str = ""):
    c = _pick(r, COMMENTERS)
    n = r.randint(2, 9999)
    pool = {
        "menu": ["Trang chủ | " + " | ".join(r.sample(SECTIONS, 5)), "☰ Menu", "Đăng nhập / Đăng ký",
                 " ".join(r.sample(SECTIONS, 6)), "Tìm kiếm...", "English | Tiếng Việt"],
        "crumb": [f"Trang chủ > {_pick(r, SECTIONS)}", f"{_pick(r, SECTIONS)} » {_pick(r, TAGS).capitalize()}",
                  f"{_pick(r, SECTIONS).upper()}", f"Trang chủ / {_pick(r, SECTIONS)} / {_pick(r, PLACES)}"],
        "share": ["Chia sẻ", "Facebook Twitter Email In", f"Thích {n}", "Chia sẻ Zalo", "Sao chép liên kết",
                  f"👍 {n}  💬 {r.randint(0, 99)}  ↗ Chia sẻ", "Lưu bài viết", "Gửi bài viết qua email",
                  f"{n} lượt xem", "Bình luận"],
        "ad": ADS,
        "comment": [f"{c}: {_pick(r, COMMENTS)}", _pick(r, COMMENTS), f"{c} · {r.randint(1, 23)} giờ trước",
                    f"Trả lời · Thích · {r.randint(1, 120)}", f"Ý kiến bạn đọc ({r.randint(0, 80)})",
                    "Gửi bình luận", "Bình luận của bạn sẽ được biên tập trước khi đăng."],
        "tags": ["Từ khóa: " + ", ".join(r.sample(TAGS, 3)), "Tags: " + " ".join("#" + x.replace(" ", "") for x in r.sample(TAGS, 3)),
                 " · ".join(r.sample(TAGS, 4))],
        "footer": [f"© 2019 {_pick(r, SITES)}. Giữ bản quyền nội dung.", "Về đầu trang ↑",
                   f"Tòa soạn: số {r.randint(1, 300)} đường {_pick(r, ['Lê Lợi', 'Trần Phú', 'Nguyễn Huệ', 'Hai Bà Trưng'])}, {_pick(r, PLACES)}",
                   f"Giấy phép số {r.randint(10, 600)}/GP-BTTTT", "Liên hệ quảng cáo: 0909 123 456",
                   "Chỉ được phát hành lại thông tin khi có sự đồng ý bằng văn bản của tòa soạn."],
        "notice": ["Trang web sử dụng cookie để cải thiện trải nghiệm của bạn. Đồng ý",
                   "Bạn đã đọc hết 3 bài miễn phí trong tháng này. Đăng ký để tiếp tục đọc.",
                   "Tải ứng dụng để đọc tin nhanh hơn", "Nhận thông báo tin mới? Cho phép / Để sau",
                   "Bài viết dành cho thành viên Premium.", "Đăng ký nhận bản tin mỗi sáng",
                   "Bật chế độ tối"],
        "poll": ["Bạn có ủng hộ quyết định này không?", "Có", "Không", "Chưa rõ",
                 f"Đã có {n} người bình chọn", "Xem kết quả"],
    }
    if not what:
        what = _pick(r, list(pool))
    return ("widget", _pick(r, pool[what]))


# ---------------------------------------------------------------- story text
_UP = re.compile(r"^[\"“'(\[]?\s*[A-ZĐÀ-ỸÁÉÍÓÚÝÂÊÔƠƯĂ0-9]")


def _upper_start(s: str) -> bool:
    s = s.lstrip("\"“'([ ")
    return bool(s) and (s[0].isupper() or s[0].isdigit())


def split_story(article: str):
    """Return (sentences, trailers) where trailers are (kind, text)."""
    art = " ".join(article.split())
    trailers = []
    m = re.search(r"\s*\b(Xem thêm\s*:?.*)$", art)
    if m and len(m.group(1)) < 300:
        trailers.append(("related", m.group(1).strip()))
        art = art[: m.start()].rstrip()
    parts = re.split(r"(?<=[.!?…])\s+", art)
    sents: list[str] = []
    for p in parts:
        if sents and (not _upper_start(p) or re.search(r"\b(TP|Mr|Dr|St|[A-Z])\.$", sents[-1])):
            sents[-1] += " " + p
        else:
            sents.append(p)
    # trailer glued at the end: short piece without final punctuation, or a "(Theo X)" credit
    if sents:
        last = sents[-1]
        mt = re.search(r"(?<=[.!?…\"”])\s+([^.!?]{2,80})$", last)
        if mt and len(mt.group(1).split()) <= 10:
            tail = mt.group(1).strip()
            sents[-1] = last[: mt.start()].rstrip()
            trailers.insert(0, ("credit" if re.match(r"\(?(Theo|Nguồn)", tail) else "byline", tail))
        elif len(last.split()) <= 10 and not re.search(r"[.!?…\"”]$", last):
            sents.pop()
            trailers.insert(0, ("credit" if re.match(r"\(?(Theo|Nguồn)", last) else "byline", last))
    cap = [i for i, s in enumerate(sents) if re.search(r"\b(Ảnh|Video|Clip)\s*:", s)]
    if cap and cap[0] <= 1:
        sents = sents[cap[0]:]  # opening photo caption: leave it off the page with its credit
    out = []
    for s in sents:
        s = s.strip()
        if not s or re.search(r"\b(Ảnh|Video|Clip|Nguồn)\s*:", s):
            continue  # photo caption / credit fused into a sentence: leave it off the page
        out.append(s)
    return out, trailers


# ---------------------------------------------------------------- faults
def _fault(r: random.Random, sents: list[str]):
    kind = _pick(r, ["nbsp", "zw", "nfd", "double", "glue"])
    sents = list(sents)

    def inner_spaces(s):
        return [i for i, ch in enumerate(s) if ch == " " and 0 < i < len(s) - 1]

    if kind == "glue" and len(sents) >= 3:
        i = r.randrange(len(sents) - 1)
        sents[i: i + 2] = [sents[i] + sents[i + 1]]
        return kind, sents
    if kind == "glue":
        kind = "double"
    for j in range(len(sents)):
        if kind in ("nbsp", "double", "zw") and r.random() < 0.5:
            s = sents[j]
            sp = inner_spaces(s)
            if not sp:
                continue
            i = _pick(r, sp)
            rep = {"nbsp": "\u00a0", "double": "  ", "zw": _pick(r, [" \u200b", "\u200b ", " \ufeff"])}[kind]
            sents[j] = s[:i] + rep + s[i + 1:]
    return kind, sents


# ---------------------------------------------------------------- layouts
def _paragraphs(r, sents, lo=1, hi=4):
    paras, i = [], 0
    while i < len(sents):
        n = r.randint(lo, hi)
        paras.append(sents[i: i + n])
        i += n
    return paras


def _build(layout: str, d: dict, rel, r: random.Random):
    sents, trailers = split_story(d["article"])
    fault = None
    if r.random() < 0.27:
        fault, sents = _fault(r, sents)
    title = " ".join(d["title"].split())
    site = _pick(r, SITES)
    date = _date(r)
    W, B, C, P, R = (lambda w="": widget(r, w)), (lambda: byline(r)), (lambda: credit(r)), \
        (lambda: caption(r, rel)), (lambda: related(r, rel))
    WM = lambda: widget(r, _pick(r, ["ad", "ad", "share", "notice", "poll", "comment"]))  # noqa: E731
    top: list = []
    mids: list = []  # callables giving extra lines between paragraphs
    bottom: list = []
    head = [("", title), ("", date)]
    dens = 0.35
    lo, hi = 1, 4
    if layout == "desk_portal":
        top = [("", site), W("menu"), W("crumb")] + head + [B(), W("share")]
        mids = [P, R, WM]
        bottom = [W("share"), W("tags"), ("related", "Tin cùng chuyên mục")] + [R() for _ in range(4)] + [W("comment"), W("footer")]
    elif layout == "mobile_amp":
        top = [W("menu"), ("", site), W("notice")] + head
        mids = [R, lambda: ("related", "Đọc thêm"), WM]
        dens, lo, hi = 0.5, 1, 2
        bottom = [B(), W("ad"), ("widget", "Xem tiếp bài dưới đây"), R(), R(), W("notice")]
    elif layout == "app_share":
        top = [("widget", _pick(r, ["< Quay lại", "Đóng", "‹"])), ("", site)] + head + [W("share")]
        mids = [P]
        bottom = [B(), C(), ("widget", f"Được chia sẻ từ ứng dụng {_pick(r, ['Báo Mới', 'Tin Nhanh', 'Đọc Báo 24h'])}"),
                  ("widget", "Tải ứng dụng tại App Store và Google Play")]
    elif layout == "zalo_forward":
        top = [("widget", _pick(r, ["[Chuyển tiếp]", "Tin nhắn được chuyển tiếp", "Forwarded"])),
               ("widget", f"{_pick(r, COMMENTERS)} {r.randint(7, 22)}:{r.randint(10, 59)}"), ("", title)]
        mids = []
        dens = 0.0
        bottom = [("", f"Nguồn: {site}"),
                  ("widget", f"https://{_pick(r, ['tinnhanh', 'baomoi', 'nhipsong'])}.vn/{r.randint(100000, 999999)}.html"),
                  ("widget", _pick(r, ["Đã xem", "❤️ 3", "Đã nhận"])), W("comment")]
    elif layout == "facebook_post":
        top = [("", site), ("widget", f"{r.randint(1, 23)} giờ · 🌏"), ("", title)]
        dens = 0.0
        bottom = [("widget", "Xem bản dịch"), W("share"), ("widget", f"{r.randint(10, 9000)} bình luận · {r.randint(2, 800)} lượt chia sẻ"),
                  W("comment"), W("comment"), W("comment"), ("widget", "Xem thêm bình luận")]
    elif layout == "email_digest":
        top = [("widget", f"Bản tin {_pick(r, ['sáng', 'trưa', 'tối'])} - {site}"), ("widget", "Xem trên trình duyệt"),
               R(), R(), ("", title), ("", date)]
        mids = [WM]
        bottom = [B(), ("widget", "Đọc tiếp trên website →"), ("related", "Tin khác trong bản tin")] + [R() for _ in range(3)] + \
                 [("widget", "Bạn nhận được email này vì đã đăng ký nhận bản tin."), ("widget", "Hủy đăng ký | Quản lý đăng ký")]
    elif layout == "print_ocr":
        top = [("widget", f"{site.upper()} SỐ {r.randint(100, 9999)}"), ("widget", f"TRANG {r.randint(2, 16)}"),
               ("widget", _pick(r, SECTIONS).upper()), ("", title.upper())]
        mids = [lambda: ("widget", f"(Xem tiếp trang {r.randint(2, 16)})"), P]
        dens, lo, hi = 0.3, 2, 5
        bottom = [("byline", _pick(r, AUTHORS).upper()), ("widget", f"{r.randint(2, 16)}"), R()]
    elif layout == "screen_reader":
        top = [("widget", "Bỏ qua đến nội dung chính"), ("widget", "Liên kết: Trang chủ"), ("widget", "Tiêu đề cấp 1"),
               ("", title), ("", date)]
        mids = [lambda: ("caption", "Hình ảnh: " + _pick(r, rel)[1]), lambda: ("widget", "Danh sách 3 mục")]
        bottom = [B(), ("widget", "Kết thúc bài viết"), ("widget", "Vùng: Tin liên quan"), R(), R(), ("widget", "Nút: Chia sẻ")]
    elif layout == "archive_export":
        top = [("widget", f"Wayback Machine: đã lưu {r.randint(2, 500)} lần từ {r.randint(1, 28)}/{r.randint(1, 12)}/2018"),
               ("widget", f"Ảnh chụp lưu trữ ngày {r.randint(1, 28)}/{r.randint(1, 12)}/2020"), ("", site)] + head
        mids = [R, P]
        bottom = [C(), ("widget", "Lưu trữ được thực hiện bởi Internet Archive."), W("footer")]
    elif layout == "province_portal":
        top = [("", f"Cổng thông tin điện tử {_pick(r, ['tỉnh Lâm Đồng', 'tỉnh Quảng Trị', 'huyện Đầm Dơi', 'thành phố Cần Thơ'])}"),
               ("widget", f"Thời tiết {_pick(r, PLACES)}: {r.randint(18, 36)}°C, có mưa rào"), W("crumb")] + head
        mids = [P]
        bottom = [B(), ("widget", f"Số lượt truy cập: {r.randint(100000, 9999999)}"), ("widget", f"Đang trực tuyến: {r.randint(3, 300)}"),
                  ("related", "Các tin khác")] + [R() for _ in range(3)] + [W("footer")]
    elif layout == "foreign_service":
        top = [("", _pick(r, ["BBC News Tiếng Việt", "VOA Tiếng Việt", "RFI Tiếng Việt", "DW Tiếng Việt", "RFA Tiếng Việt"])),
               W("notice"), ("widget", "Chuyển sang trang chính"), ("", title), ("widget", _date(r))]
        mids = [lambda: ("credit", f"Nguồn hình ảnh, {_pick(r, ['Getty Images', 'Reuters', 'EPA', 'AFP'])}"),
                lambda: ("caption", "Chụp lại hình ảnh, " + _pick(r, rel)[1]), R]
        dens = 0.45
        bottom = [("widget", "Chủ đề liên quan"), W("tags"), ("related", "Tin liên quan"), R(), R(), W("footer")]
    elif layout == "paywall_business":
        top = [("", site), ("widget", f"VN-Index {r.randint(900, 1200)},{r.randint(10, 99)} ▲ {r.randint(1, 20)},{r.randint(10, 99)}"), ("widget", "Premium")] + head + [B()]
        mids = [WM, R]
        bottom = [("widget", "Nội dung còn lại dành cho hội viên. Đăng ký gói Premium chỉ 99.000đ/tháng."),
                  ("widget", "Đã là hội viên? Đăng nhập"), W("ad"), W("footer")]
    elif layout == "reader_mode":
        top = [("widget", f"{_pick(r, ['tinnhanh24h', 'nhipsongmoi', 'baobiendong'])}.vn"), ("", title),
               ("byline", f"{_pick(r, AUTHORS)}"), ("widget", f"{r.randint(2, 12)}–{r.randint(13, 20)} phút")]
        mids = []
        dens = 0.0
        bottom = [C()]
    elif layout == "forum_repost":
        top = [("widget", f"Diễn đàn > {_pick(r, ['Chuyện trò linh tinh', 'Thời sự', 'Quốc tế'])}"),
               ("widget", f"Chủ đề: {title}"), ("widget", f"{_pick(r, COMMENTERS)} · Thành viên mới · #{r.randint(1, 90)}"),
               ("", f"Nguồn: {site}"), ("", date)]
        mids = []
        dens = 0.0
        bottom = [C(), ("widget", f"Thích · Trích dẫn · Trả lời ({r.randint(0, 40)})"), W("comment"), W("comment"),
                  ("widget", "-- Chữ ký: Sống là để cho đi --")]
    elif layout == "live_timeline":
        top = [("", site), ("widget", "TRỰC TIẾP"), ("", title)]
        mids = [lambda: ("widget", f"{r.randint(6, 23):02d}:{r.randint(0, 59):02d}"), lambda: ("widget", "Cập nhật"), WM]
        dens, lo, hi = 0.7, 1, 2
        bottom = [B(), ("widget", "Tải thêm cập nhật"), R()]
    elif layout == "rss_dump":
        top = [("widget", f"Feed: {site} - {_pick(r, SECTIONS)}"), ("", title),
               ("widget", f"Link: https://{_pick(r, ['rss', 'feeds'])}.tintuc.vn/{r.randint(1000, 99999)}"),
               ("", f"pubDate: {date}"), ("widget", f"Danh mục: {_pick(r, SECTIONS)}")]
        mids = []
        dens = 0.0
        bottom = [B(), ("widget", "Xem chi tiết tại nguồn"), ("widget", f"guid: {r.randint(10**7, 10**8)}")]
    elif layout == "photo_story":
        top = [("", site)] + head + [("widget", f"Chùm ảnh · {r.randint(5, 20)} ảnh")]
        mids = [P, C]
        dens, lo, hi = 0.85, 1, 2
        bottom = [B(), ("credit", f"Ảnh: {_pick(r, AUTHORS)}"), W("share"), R()]
    elif layout == "print_friendly":
        top = [("widget", "In bài viết"), ("", site), ("", title), ("widget", f"Ngày in: {_date(r)}")]
        mids = []
        dens = 0.0
        bottom = [B(), ("widget", f"URL: https://{_pick(r, ['nhipsong', 'hathanh', 'datmui'])}.vn/bai-viet-{r.randint(1000, 99999)}.html"),
                  W("footer")]
    else:  # pragma: no cover
        raise ValueError(layout)

    lines: list[tuple[str, str]] = list(top)   # (kind or "" or "body", line)
    body: list[str] = []
    paras = _paragraphs(r, sents, lo, hi)
    for pi, para in enumerate(paras):
        if pi and mids and r.random() < dens:
            k, t = _pick(r, mids)()
            lines.append((k, t))
        lines.append(("body", " ".join(para)))
        body.extend(para)
        if pi == 0 and layout in ("desk_portal", "mobile_amp", "paywall_business") and r.random() < 0.5:
            lines.append(W("ad"))
    lines.extend(trailers)
    lines.extend(bottom)

    nfd = fault == "nfd"
    out_lines, furn = [], []
    bodyset = set(body)
    for k, t in lines:
        t = t.strip()
        if nfd:
            t = unicodedata.normalize("NFD", t)
        if not t:
            continue
        if k != "body" and t in bodyset:
            continue
        out_lines.append(t)
        if k in KINDS:
            furn.append((k, t))
    if nfd:
        body = [unicodedata.normalize("NFD", s) for s in body]
    return Page("\n".join(out_lines), body, furn, layout)


# ---------------------------------------------------------------- driver
def _rows(path: Path, wanted: range):
    out = {}
    lo, hi = wanted.start, wanted.stop
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i >= hi:
                break
            if i < lo or not line.strip():
                continue
            try:
                d = json.loads(line)
            except ValueError:
                continue
            if not isinstance(d, dict):
                continue
            t, a = d.get("title"), d.get("article")
            if isinstance(t, str) and isinstance(a, str) and t.strip() and a.strip():
                out[i] = {"title": t, "article": a}
    return out


def pages(train_path: Path) -> list[Page]:
    train_path = Path(train_path)
    stories = _rows(train_path, BODY_ROWS)
    rel = []
    for i, d in sorted(_rows(train_path, RELATED_ROWS).items()):
        a = d["article"][:RELATED_CUT]
        t = " ".join(d["title"].split())
        first = " ".join(a.split())
        m = re.match(r"(.{20,}?[.!?])\s", first + " ")
        s = m.group(1) if m else t + "."
        rel.append((t, s))
    if not rel:
        rel = [("Tin tức trong ngày", "Tin tức trong ngày.")]
    out = []
    for k, i in enumerate(sorted(stories)):
        r = random.Random(f"{SEED}:{i}")
        p = _build(LAYOUTS[k % len(LAYOUTS)], stories[i], rel, r)
        out.append(p)
    return out


def main(argv):
    if len(argv) != 2:
        print("usage: make.py TRAIN.jsonl.gz", file=sys.stderr)
        return 2
    t0 = time.time()
    ps = pages(Path(argv[1]))
    nb = sum(len(p.body) for p in ps)
    nf = sum(len(p.furniture) for p in ps)
    print(f"pages={len(ps)} layouts={len({p.layout for p in ps})} body_sentences={nb} "
          f"furniture_lines={nf} time={time.time() - t0:.2f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
