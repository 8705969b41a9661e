"""Page maker ``train5``: commerce and advertising around the story.

Builds scraped-looking Vietnamese news pages with every line labelled, as
training data for the news-page cleaner's line model.  Each usable row of
``BODY_ROWS`` of the VietNews train file gives one page; the furniture around
the story is shop boxes, price tables, coupons, sponsored labels, native ads,
live-shopping banners, recommendation widgets, installment calculators,
hotlines, star reviews and flash-sale countdowns, plus ordinary page furniture.
Other stories' text comes only from ``RELATED_ROWS``.

Usage: python eval/clean_train5/make.py /work/shared/data/vietnews_train.jsonl.gz
Standard library only.
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

SEED = 4805
BODY_ROWS = range(10_800, 10_900)
RELATED_ROWS = range(10_900, 11_000)
LAST_ROW = max(BODY_ROWS.stop, RELATED_ROWS.stop) - 1
RELATED_CHARS = 1_200
KINDS = ("byline", "credit", "caption", "related", "widget")
FAULT_RATE = 0.3


class Page(NamedTuple):
    text: str
    body: list
    furniture: list
    layout: str


def rng(row, purpose):
    return random.Random(f"train5|{SEED}|{row}|{purpose}")


# ---------------------------------------------------------------- reading


def read_rows(train_path):
    """Read the gz file once, streaming; stop after LAST_ROW.

    Returns ({row: (title, article)}) for usable rows inside BODY_ROWS or
    RELATED_ROWS only.  Rows are physical lines split on b"\\n" only.
    """
    wanted = {}
    with gzip.open(train_path, "rb") as fh:
        for i, raw in enumerate(fh):
            if i in BODY_ROWS or i in RELATED_ROWS:
                got = _usable(raw)
                if got is not None:
                    wanted[i] = got
            if i >= LAST_ROW:
                break
    return wanted


def _usable(raw):
    if not raw.strip():
        return None
    try:
        obj = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    if not isinstance(obj, dict):
        return None
    title, article = obj.get("title"), obj.get("article")
    if not isinstance(title, str) or not isinstance(article, str):
        return None
    title, article = " ".join(title.split()), article.strip()
    if not title or not article:
        return None
    return title, article


# ------------------------------------------------------- sentence splitting

ABBR = {
    "tp", "ts", "pgs", "gs", "ths", "bs", "ks", "ls", "nsnd", "nsưt", "mr",
    "mrs", "ms", "dr", "st", "jr", "sr", "co", "inc", "ltd", "corp", "no",
    "vs", "tt", "u.s", "p.gs", "th.s", "tp.hcm", "q", "p",
}
TERM = ".!?…"
WS = re.compile(r"\s+")


def _quote_spans(text):
    spans = []
    straight = [i for i, c in enumerate(text) if c == '"']
    k = 0
    while k + 1 < len(straight):
        a, b = straight[k], straight[k + 1]
        if b - a <= 800:
            spans.append((a, b))
            k += 2
        else:
            k += 1
    opens = [i for i, c in enumerate(text) if c == "“"]
    for a in opens:
        b = text.find("”", a + 1)
        if b != -1 and b - a <= 800:
            spans.append((a, b))
    return spans


def split_sentences(text):
    """Split Vietnamese prose into sentences.

    Quoted speech stays together; TP., TS., PGS. and the like and single
    capital initials do not end a sentence; a sentence needs a following
    space and a capital, digit, quote or bracket to end.
    """
    text = WS.sub(" ", text).strip()
    if not text:
        return []
    spans = _quote_spans(text)
    out, start = [], 0
    for m in re.finditer(r"[.!?…]+", text):
        if m.start() < start:
            continue
        end = m.end()
        inside = [s for s in spans if s[0] < m.start() < s[1]]
        if inside:
            a, b = inside[0]
            if text[end:b].strip() == "":
                end = b + 1
            else:
                continue
        rest = text[end:]
        if not rest.startswith(" "):
            continue
        nxt = rest.lstrip()[:1]
        if not (nxt.isupper() or nxt.isdigit() or nxt in "\"“('‘"):
            continue
        if m.group() == ".":
            tok = re.search(r"(\S+)$", text[start:m.start()])
            if tok:
                t = tok.group(1).lstrip("(\"“'")
                if t.lower() in ABBR or (len(t) == 1 and t.isupper()):
                    continue
        seg = text[start:end].strip()
        if seg:
            out.append(seg)
        start = end
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return out


def ends_terminal(s):
    s = s.rstrip(" \"”'’)")
    return bool(s) and s[-1] in TERM


NAME_WORD = re.compile(r"^[A-ZÀ-ỸĐ][\wÀ-ỹ'.]*$")
TAIL_SRC = re.compile(r"^(.*?)\s*\(\s*((?:Theo|Video|Nguồn|Ảnh|Clip)\b[^()]*)\)\s*$")
PHOTO = re.compile(r"(Ảnh\s*:|\(\s*ảnh\b|\(\s*Ảnh\b|Video\s*:|Clip\s*:|Nguồn\s*:|Đồ hoạ\s*:|Đồ họa\s*:|Photo\s*:)")
FUSED = re.compile(
    r"(?:^|\s)([a-zà-ỹđ]+) (Từ|Trong|Khi|Sau|Tuy|Nhưng|Các|Những|Một|Đây|Đó|"
    r"Video|Hôm|Ngày|Xung|Tại|Với|Hiện|Trước|Clip)\s"
)
NEWSY = re.compile(r"\d+/\d+|\b(?:hôm|ngày|tuần|tháng|năm|cho biết|cho hay|tuyên bố|đưa tin|thông báo)\b", re.IGNORECASE)
REPORTING = re.compile(r"\b(?:cho biết|cho hay|tuyên bố|đưa tin|thông báo|khẳng định)\b", re.IGNORECASE)
SEE_ALSO = re.compile(r"\bXem\s*thêm\s*:", re.IGNORECASE)


def _is_name(s):
    words = [w for w in re.split(r"\s+|\s-\s", s) if w and w != "-"]
    return 1 <= len(words) <= 6 and all(NAME_WORD.match(w) for w in words)


def _nwords(s):
    return len(s.split())


def extract_story(article):
    """Take the story out of a VietNews article.

    Returns dict(body=[sentences], caption=str|None, bylines=[...],
    credits=[...]).  Trailing author names and "(Theo ...)" become
    byline/credit furniture; "Xem thêm:" tails, sentences with fused photo
    credits, fused captions, very short sentences and a short opening photo
    caption are left off the body.
    """
    text = WS.sub(" ", article).strip()
    m = SEE_ALSO.search(text)
    if m:
        text = text[: m.start()].strip()
    sents = split_sentences(text)
    bylines, credits = [], []
    # trailing author / source
    while sents and not ends_terminal(sents[-1]):
        last = sents.pop()
        tm = TAIL_SRC.match(last)
        name, src = (tm.group(1).strip(), tm.group(2).strip()) if tm else (last, None)
        if src and (not name or _is_name(name)):
            credits.insert(0, src)
            if name:
                bylines.insert(0, name)
        elif _is_name(name):
            bylines.insert(0, name)
        break  # anything else is a cut-off fragment: dropped
    while sents and re.match(r"^\(?Theo\s", sents[-1]) and _nwords(sents[-1]) <= 6:
        credits.insert(0, sents.pop().strip("() ."))
    caption = None
    if len(sents) >= 3:
        first = sents[0]
        n = _nwords(first)
        if ((n <= 20 and not REPORTING.search(first)) or (n <= 28 and not NEWSY.search(first))) and '"' not in first and "“" not in first and not PHOTO.search(first):
            caption = sents.pop(0)
    body = []
    for i, s in enumerate(sents):
        if PHOTO.search(s):
            continue
        if _nwords(s) < 6:
            continue
        if FUSED.search(s):
            continue
        body.append(s)
    if body and body[-1].endswith("?") and '"' not in body[-1] and "“" not in body[-1]:
        body.pop()
    seen, uniq = set(), []
    for s in body:
        k = key(s)
        if k not in seen:
            seen.add(k)
            uniq.append(s)
    return {"body": uniq, "caption": caption, "bylines": bylines, "credits": credits}


def related_story(title, article):
    """Text of another story: its title and sentences wholly inside the first
    RELATED_CHARS characters of the article (a sentence cut by the limit is
    dropped)."""
    art = WS.sub(" ", article).strip()
    head = art[:RELATED_CHARS]
    sents = split_sentences(head)
    if len(art) > RELATED_CHARS and sents:
        cut_clean = art[RELATED_CHARS:RELATED_CHARS + 1].isspace() and ends_terminal(sents[-1])
        if not cut_clean:
            sents.pop()
    sents = [s for s in sents if ends_terminal(s) and not PHOTO.search(s) and not SEE_ALSO.search(s)]
    teasers = [s for s in sents if _nwords(s) >= 18 and not FUSED.search(s)]
    captions = [s for s in sents if 6 <= _nwords(s) <= 16 and '"' not in s and "“" not in s]
    return {"title": title, "teasers": teasers, "captions": captions}


# ------------------------------------------------------------- normalising


def key(s):
    s = unicodedata.normalize("NFC", s).replace("\u200b", "")
    return "".join(s.split()).casefold()


# -------------------------------------------------------------- word pools

SITES = [
    "Nhịp Sống Tiêu Dùng", "NHỊP SỐNG TIÊU DÙNG", "Tin Nhanh Chợ Số", "TIN NHANH CHỢ SỐ",
    "Báo Ví Tiền Online", "Thời Báo Giá Tốt", "thoibaogiatot.vn", "Kênh Săn Deal 24h",
    "SaiGon Deal Post", "Điểm Tin Thương Mại", "vnmuasam.news", "Tạp chí Người Mua Hàng",
    "HÀ THÀNH REVIEW", "Bản Tin Sàn Vui", "Báo Điện Tử Phố Chợ", "Quốc Tế & Tiêu Dùng",
]
SHOPS = [
    "Sàn Vui", "Chợ Cá Heo", "MuaNhanh", "Bách Hoá Sao Mai", "Điện Máy Hoàng Long",
    "TechPhố", "Gấu Trúc Mart", "DealHub VN", "Siêu Thị Gia Phúc", "BếpXinh Store",
    "Lumina Beauty", "Nhà Thuốc Thiện Tâm", "Ví Mây Shop", "Tổng kho Bình Minh",
]
PRODUCTS = [
    "Nồi chiên không dầu Kalora 6.5L", "Máy lọc không khí AeroMax P30", "Tai nghe chống ồn Sonic Vibe X2",
    "Điện thoại Nova Z9 5G 128GB", "Kem chống nắng SunVeil SPF50+ PA++++", "Sữa rửa mặt Bạch Trà 150ml",
    "Robot hút bụi CleanBee S7", "Nệm foam Mây Ngàn 1m6 x 2m", "Laptop Orion Book 14 (i5/16GB/512GB)",
    "Máy pha cà phê Brewo Mini", "Đồng hồ thông minh Pulsa Fit 3", "Bàn chải điện DentaWave Pro",
    "Quạt điều hoà Gió Bắc GB-40", "Máy ảnh Lumix-like Sora M10", "Vali kéo Hành Trình 24 inch",
    "Sữa bột Mầm Xanh số 3 (900g)", "Bình giữ nhiệt ThermoVi 750ml", "Loa bluetooth BassCua Mini",
]
ADVERTISERS = [
    "Lumina Beauty", "Bảo hiểm An Phú Gia", "Ngân hàng số Sao Việt", "Anh ngữ EngPro",
    "Vista Garden Residences", "Nha khoa Nụ Cười Hạnh Phúc", "Ứng dụng VốnXanh", "Thẩm mỹ viện Ngọc Lan",
    "Du lịch Cánh Buồm Việt", "Sàn Vui", "Điện Máy Hoàng Long", "Trung tâm Tiếng Nhật Sakura Mới",
]
STAFF = [
    "Lâm Gia Hân", "Đỗ Quang Vinh", "Trịnh Bảo Ngọc", "Phan Nhật Hạ", "Võ Minh Triết", "Hà Thu Trang",
    "Kiều Anh Dũng", "Tạ Mỹ Duyên", "Lục Hoài Nam", "Cao Thảo Nguyên", "Mạc Đăng Khoa", "Tôn Nữ Bích Vân",
]
HANDLES = [
    "minhanh_9x", "Hoàng Lan (Đà Nẵng)", "bao.tran", "Cường Nguyễn", "user_4821", "Mẹ Bắp",
    "Thanh Tùng - HN", "kimchi.deal", "Ông Ba Bình Dương", "Trần Kha", "hungmx", "Lily Phạm",
]
AGENCIES = ["Reuters", "AFP", "AP", "EPA", "TASS", "Xinhua", "Getty Images", "Twitter", "Shutterstock"]
SECTIONS = ["Thế giới", "Quốc tế", "Quân sự", "Hồ sơ", "Phân tích", "Đời sống", "Tư liệu", "Người Việt 5 châu"]
WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]
COUPON_CODES = ["SALE50K", "GIAM30", "FREESHIP0D", "VUI88", "HOTDEAL9", "MUAXINH12", "TET2019", "KALORA15"]


def pick(r, seq):
    return seq[r.randrange(len(seq))]


def price(r, lo=99, hi=25_000):
    v = r.randrange(lo, hi) * 1000
    if v >= 1_000_000:
        v = (v // 10_000) * 10_000
    return v


def fmt_price(r, v):
    s = f"{v:,}".replace(",", ".")
    style = r.randrange(6)
    if style == 0:
        return s + "đ"
    if style == 1:
        return s + " ₫"
    if style == 2:
        return "₫" + s
    if style == 3:
        return s + " VNĐ"
    if style == 4:
        return (f"{v / 1_000_000:.2f}".rstrip("0").rstrip(".").replace(".", ",") + " triệu") if v >= 1_000_000 else f"{v // 1000}K"
    return s + " đồng"


def case_var(r, s):
    c = r.randrange(5)
    if c == 0:
        return s.upper()
    if c == 1:
        return s.lower() if r.random() < 0.3 else s
    return s


# --------------------------------------------------------- furniture makers


def site_line(r):
    return pick(r, SITES)


def date_line(r):
    y = r.randrange(2016, 2020)
    mo = r.randrange(1, 13)
    d = r.randrange(1, 29)
    h, mi = r.randrange(0, 24), r.randrange(0, 60)
    wd = pick(r, WEEKDAYS)
    return pick(r, [
        f"{wd}, {d}/{mo}/{y}, {h:02d}:{mi:02d} (GMT+7)",
        f"{d:02d}/{mo:02d}/{y} {h:02d}:{mi:02d}",
        f"Cập nhật: {h:02d}:{mi:02d} ngày {d}-{mo}-{y}",
        f"{wd.upper()}, {d:02d}/{mo:02d}/{y} - {h:02d}:{mi:02d}",
        f"Đăng lúc {h}h{mi:02d} | {d}.{mo}.{y}",
        f"{y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:00+07:00",
        f"🕒 {h:02d}:{mi:02d} {d:02d}/{mo:02d}/{y}",
    ])


def menu(r):
    return pick(r, [
        "Trang chủ | Thời sự | Thế giới | Kinh doanh | Tiêu dùng | Công nghệ | Giải trí",
        "TRANG CHỦ  THẾ GIỚI  KINH DOANH  MUA SẮM  SỨC KHOẺ  XE",
        "☰ Menu",
        "Home · Tin tức · Deal hot · Mã giảm giá · Review · Video",
        "Thế giới Kinh doanh Số hoá Mua sắm Giải trí Thể thao Pháp luật",
        "≡ Chuyên mục | Tìm kiếm 🔍 | Đăng nhập",
        "Mới nhất | Tin nóng | Săn sale | Góc review | Tiêu dùng thông minh",
    ])


def breadcrumb(r):
    sec = pick(r, SECTIONS)
    return pick(r, [
        f"Trang chủ > Thế giới > {sec}",
        f"Tin tức » {sec}",
        f"Home / Thế giới / {sec}",
        f"{sec.upper()} / TIN NÓNG",
        f"Trang chủ › {sec}",
        f"Quốc tế - {sec}",
    ])


def pr_label(r, adv=None):
    adv = adv or pick(r, ADVERTISERS)
    return pick(r, [
        "Tài trợ", "TÀI TRỢ", "PR", "[PR]", "Nội dung quảng cáo", "NỘI DUNG QUẢNG CÁO", "[QC]",
        "Bài viết tài trợ", f"Được tài trợ bởi {adv}", f"Tài trợ · {adv}", "Sponsored", "Quảng cáo",
    ])


def share_row(r):
    return pick(r, [
        "Chia sẻ: Facebook | Zalo | Twitter | Sao chép liên kết",
        f"Thích {r.randrange(3, 900)} Chia sẻ",
        f"Share {r.randrange(1, 300)} Tweet",
        "📤 Chia sẻ bài viết",
        "Gửi bài | In bài | Lưu tin",
        "f  Zalo  ✉  🔗",
        "CHIA SẺ ZALO · FACEBOOK · EMAIL",
        f"{r.randrange(2, 99)} lượt chia sẻ",
    ])


def tags_line(r, title):
    groups, cur = [], []
    for w in title.split()[1:]:
        if w[:1].isupper() and w.isalnum():
            cur.append(w)
        else:
            if cur:
                groups.append(" ".join(cur))
            cur = []
    if cur:
        groups.append(" ".join(cur))
    tags = [w for w in dict.fromkeys(groups) if len(w) > 1][:4] or ["tin thế giới"]
    extra = pick(r, ["mua sắm", "deal hot", "khuyến mãi", "tiêu dùng", "giá tốt"])
    tags = tags + [extra]
    head = pick(r, ["Tags:", "Từ khoá:", "TAG", "#", "Chủ đề:"])
    if head == "#":
        return " ".join("#" + t.replace(" ", "") for t in tags)
    sep = pick(r, [", ", " | ", " · ", " / "])
    return f"{head} {sep.join(tags)}"


def footer(r, n=2):
    y = r.randrange(2016, 2020)
    site = pick(r, SITES)
    pool = [
        f"© {y} {site}. Giấy phép số {r.randrange(10, 600)}/GP-BTTTT.",
        f"Liên hệ quảng cáo: 09{r.randrange(10, 99)} {r.randrange(100, 999)} {r.randrange(100, 999)} - ads@{pick(r, ['phocho', 'giatot', 'dealpost', 'muasam'])}.vn",
        f"Tổng biên tập: {pick(r, STAFF)}",
        f"Bản quyền thuộc về {site}. Cấm sao chép khi chưa được phép.",
        "Về chúng tôi | Điều khoản | Chính sách bảo mật | Liên hệ",
        "Tải ứng dụng: App Store · Google Play",
        f"Toà soạn: {r.randrange(2, 300)} {pick(r, ['Lê Lợi', 'Trần Phú', 'Nguyễn Trãi', 'Hai Bà Trưng'])}, {pick(r, ['Q.1, TP HCM', 'Hà Nội', 'Đà Nẵng'])}",
        "Chính sách đổi trả | Hướng dẫn mua hàng | Bảo mật thanh toán",
        "↑ Lên đầu trang",
    ]
    r.shuffle(pool)
    return pool[:n]


def product_box(r):
    prod, shop = pick(r, PRODUCTS), pick(r, SHOPS)
    new = price(r, 150, 30_000)
    old = int(new * r.uniform(1.15, 1.9)) // 1000 * 1000
    pct = round(100 - new * 100 / old)
    out = []
    out.append(pick(r, ["SẢN PHẨM GỢI Ý", "Sản phẩm được nhắc tới", "🛒 Mua sắm cùng bài viết", "Gợi ý mua sắm", "— Deal liên quan —"]))
    out.append(case_var(r, prod))
    out.append(pick(r, [
        f"Giá chỉ {fmt_price(r, new)} (giảm {pct}%)",
        f"{fmt_price(r, new)}  {fmt_price(r, old)}  -{pct}%",
        f"GIÁ KM: {fmt_price(r, new)} | Giá gốc: {fmt_price(r, old)}",
        f"-{pct}% {fmt_price(r, new)}",
        f"Từ {fmt_price(r, new)}",
    ]))
    out.append(pick(r, [
        f"Mua ngay tại {shop} »", "MUA NGAY", f"Xem giá tại {shop}", f"→ Đặt mua trên {shop}",
        "[Mua ngay]", f"Còn hàng tại {shop} - Giao nhanh 2h",
    ]))
    if r.random() < 0.5:
        out.append(pick(r, [
            "*Giá có thể thay đổi tuỳ thời điểm.", "Bài viết có chứa liên kết tiếp thị (affiliate).",
            "Toà soạn có thể nhận hoa hồng khi bạn mua hàng qua liên kết trong bài.",
            f"Lưu ý: giá cập nhật lúc {r.randrange(7, 23)}h hôm nay.", "(*) Liên kết tiếp thị",
        ]))
    return [("widget", x) for x in out]


def price_table(r):
    prod = pick(r, PRODUCTS)
    shops = r.sample(SHOPS, r.randrange(3, 6))
    base = price(r, 200, 20_000)
    out = [("widget", pick(r, [
        f"So sánh giá {prod}", f"BẢNG SO SÁNH GIÁ: {prod.upper()}", f"{prod} - giá ở đâu rẻ nhất?",
        "So sánh giá hôm nay", f"Giá {prod} tại các nơi bán",
    ]))]
    if r.random() < 0.6:
        out.append(("widget", pick(r, ["Nơi bán | Giá | Ưu đãi", "Cửa hàng\tGiá\tVận chuyển", "NƠI BÁN  GIÁ  KHUYẾN MÃI"])))
    for s in shops:
        v = base + r.randrange(-30, 60) * 10_000
        v = max(v, 59_000)
        perk = pick(r, ["Freeship", "Tặng kèm quà", "Trả góp 0%", "Hoàn xu 10%", "Giao 2h", "—", "Bảo hành 24 tháng"])
        out.append(("widget", pick(r, [
            f"{s} | {fmt_price(r, v)} | {perk}", f"{s}\t{fmt_price(r, v)}\t{perk}",
            f"{s}: {fmt_price(r, v)} ({perk})", f"• {s} — {fmt_price(r, v)} — {perk}",
        ])))
    if r.random() < 0.5:
        out.append(("widget", pick(r, ["Xem thêm nơi bán ›", "Cập nhật giá tự động mỗi 6 giờ", "Báo giá sai? Góp ý tại đây"])))
    return out


def coupon(r):
    code, shop = pick(r, COUPON_CODES), pick(r, SHOPS)
    off = pick(r, ["50.000đ", "30K", "15%", "100k", "20%", "0đ phí ship"])
    mn = pick(r, ["299K", "199.000đ", "500k", "1 triệu", "0đ"])
    d, mo = r.randrange(1, 29), r.randrange(1, 13)
    out = [pick(r, [
        f"Nhập mã {code} giảm {off} cho đơn từ {mn}",
        f"🎟 MÃ GIẢM GIÁ: {code} - Giảm {off}",
        f"Voucher {shop}: {code} (giảm {off}, đơn tối thiểu {mn})",
        f"Mã {code} | Giảm {off} | HSD {d}/{mo}",
        f"[COUPON] {code} — {off} OFF",
    ])]
    out.append(pick(r, ["Sao chép mã", "LẤY MÃ", "Copy", "Dùng ngay »", "Đã dùng 68%", f"Còn {r.randrange(2, 300)} lượt"]))
    if r.random() < 0.5:
        out.append(pick(r, [f"Hạn dùng: {d:02d}/{mo:02d}", "Áp dụng cho khách hàng mới", "Mỗi tài khoản dùng 1 lần", f"Chỉ áp dụng tại {shop}"]))
    return [("widget", x) for x in out]


NATIVE = [
    "Bí quyết giúp 9X Hà Nội tiết kiệm 20 triệu mỗi tháng nhờ ứng dụng này",
    "Bác sĩ tiết lộ cách trị nám tại nhà chỉ sau 7 ngày",
    "Người Sài Gòn đổ xô mua căn hộ ven sông giá chỉ từ 1,2 tỷ",
    "Mẹo nói tiếng Anh trôi chảy sau 3 tháng mà không cần ra trung tâm",
    "Cách mua vé máy bay rẻ hơn 40% mà ít người biết",
    "Đàn ông ngoài 40 nên làm điều này mỗi sáng để khoẻ như thanh niên",
    "Vì sao dân văn phòng chuộng chiếc ghế công thái học này?",
    "5 món đồ bếp ai cũng nên có, món thứ 3 đang giảm sốc",
    "Mở tài khoản online nhận ngay 200.000đ: thử ngay hôm nay",
    "Chỉ 99K, chiếc đèn ngủ khiến dân mạng phát sốt",
    "Gia đình trẻ chi bao nhiêu cho một kỳ nghỉ Phú Quốc 4 ngày 3 đêm?",
    "Nha sĩ khuyên: đừng đánh răng theo cách này nữa",
]


def native_ad(r):
    h = pick(r, NATIVE)
    adv = pick(r, ADVERTISERS)
    return pick(r, [h, f"{h} - {adv}", f"{h} | Tài trợ", f"[QC] {h}", f"{h} ({adv})", h.upper()])


def reco_header(r):
    return pick(r, [
        "Có thể bạn quan tâm", "CÓ THỂ BẠN QUAN TÂM", "Bạn có thể thích", "Gợi ý cho bạn",
        "Đề xuất bởi RecoWave", "Nội dung được tài trợ", "Có thể bạn quan tâm · Được đề xuất bởi Linkfeed",
    ])


def advertiser_line(r):
    adv = pick(r, ADVERTISERS)
    return pick(r, [adv, f"{adv} | Tài trợ", f"Tài trợ bởi {adv}", f"{adv.upper()} · Quảng cáo", f"Bởi {adv}"])


def installment(r):
    prod = pick(r, PRODUCTS)
    p = price(r, 3_000, 40_000)
    pre = pick(r, [0, 10, 20, 30, 50])
    months = pick(r, [3, 6, 9, 12, 18, 24])
    rest = p * (100 - pre) // 100
    per = rest // months // 1000 * 1000
    out = [pick(r, [
        "TÍNH TIỀN TRẢ GÓP", "Công cụ tính trả góp", f"Trả góp {prod}", "Trả góp 0% - Duyệt hồ sơ 5 phút",
        "💳 Máy tính trả góp",
    ])]
    out.append(pick(r, [
        f"Giá sản phẩm: {fmt_price(r, p)}", f"{prod}: {fmt_price(r, p)}", f"Giá niêm yết {fmt_price(r, p)}",
    ]))
    out.append(pick(r, [
        f"Trả trước {pre}%: {fmt_price(r, p * pre // 100)}", f"Trả trước: {pre}% | Kỳ hạn: {months} tháng",
        f"Trả trước {pre}% - {months} tháng",
    ]))
    out.append(pick(r, [
        f"Góp mỗi tháng: {fmt_price(r, per)}", f"≈ {fmt_price(r, per)}/tháng", f"Số tiền góp hàng tháng {fmt_price(r, per)}",
        f"Chỉ {fmt_price(r, per)} mỗi tháng",
    ]))
    out.append(pick(r, [
        "Lãi suất 0% qua thẻ tín dụng", "Đăng ký trả góp", "ĐĂNG KÝ NGAY", "Xem chi tiết điều kiện »",
        "Chỉ cần CCCD + bằng lái xe",
    ]))
    return [("widget", x) for x in out]


def hotline(r):
    n = f"1900 {r.randrange(1000, 9999)}"
    m = f"09{r.randrange(10, 99)}.{r.randrange(100, 999)}.{r.randrange(100, 999)}"
    shop = pick(r, SHOPS)
    return ("widget", pick(r, [
        f"Hotline đặt hàng: {n} (8h-22h)", f"☎ Gọi mua hàng {n} - Miễn phí", f"HOTLINE: {m}",
        f"Đặt mua qua tổng đài {n} hoặc Zalo {m}", f"{shop} - Hotline {n}", f"📞 {m} (Zalo/Viber) - Tư vấn 24/7",
        f"Gọi ngay {n} để được giữ giá",
    ]))


def stars(r):
    v = r.randrange(30, 51) / 10
    full = int(round(v))
    s = "★" * full + "☆" * (5 - full)
    n = f"{r.randrange(12, 9_000):,}".replace(",", ".")
    return pick(r, [
        f"{s} {v:.1f}/5 ({n} đánh giá)", f"Đánh giá: {v:.1f}/5", f"{s} ({n})", f"{v:.1f} ⭐ | {n} lượt mua",
        f"Điểm: {v * 2:.1f}/10", f"{s}",
    ])


def review_block(r):
    prod = pick(r, PRODUCTS)
    out = [("widget", pick(r, [f"ĐÁNH GIÁ NHANH: {prod}", f"Review {prod}", f"Chấm điểm {prod}", f"Góc review: {prod.lower()}"]))]
    out.append(("widget", stars(r)))
    pros = pick(r, ["Thiết kế gọn, dễ dùng", "Pin trâu, sạc nhanh", "Giá mềm so với tầm", "Làm sạch tốt", "Âm thanh chi tiết"])
    cons = pick(r, ["Hơi ồn khi chạy lâu", "Phụ kiện bán rời", "Ít màu lựa chọn", "Hướng dẫn sơ sài", "Bảo hành ngắn"])
    out.append(("widget", pick(r, [f"Ưu điểm: {pros}", f"+ {pros}", f"👍 {pros}"])))
    out.append(("widget", pick(r, [f"Nhược điểm: {cons}", f"- {cons}", f"👎 {cons}"])))
    for _ in range(r.randrange(1, 3)):
        out.append(("widget", pick(r, [
            f"{pick(r, HANDLES)}: {stars(r)} Hàng đúng mô tả, giao nhanh",
            f"{pick(r, HANDLES)} đã mua hàng · {stars(r)}",
            f"\"Dùng 2 tuần thấy ổn\" - {pick(r, HANDLES)}",
            f"{stars(r)} — {pick(r, HANDLES)}: đóng gói cẩn thận",
        ])))
    return out


def flash_sale(r):
    h, m, s = r.randrange(0, 24), r.randrange(0, 60), r.randrange(0, 60)
    out = [pick(r, [
        f"⚡ FLASH SALE kết thúc sau {h:02d}:{m:02d}:{s:02d}", f"Flash Sale | Còn {h:02d} giờ {m:02d} phút",
        f"GIỜ VÀNG GIÁ SỐC {h:02d} : {m:02d} : {s:02d}", f"Săn sale 0h - kết thúc trong {h}h{m:02d}p",
        f"Deal chớp nhoáng: {h:02d}:{m:02d}:{s:02d}",
    ])]
    for _ in range(r.randrange(1, 4)):
        p = price(r, 29, 9_000)
        out.append(pick(r, [
            f"{pick(r, PRODUCTS)} - {fmt_price(r, p)} - Đã bán {r.randrange(5, 99)}%",
            f"{case_var(r, pick(r, PRODUCTS))} | {fmt_price(r, p)}",
            f"🔥 {pick(r, PRODUCTS)} chỉ {fmt_price(r, p)}",
        ]))
    out.append(pick(r, ["Xem tất cả deal ›", "VÀO SĂN NGAY", "Đặt lời nhắc 🔔", "Sắp cháy hàng!"]))
    return [("widget", x) for x in out]


def live_banner(r):
    host = pick(r, STAFF)
    shop = pick(r, SHOPS)
    h = r.randrange(12, 23)
    return ("widget", pick(r, [
        f"🔴 LIVE: Săn deal 0đ cùng {host} lúc {h}h tối nay",
        f"ĐANG PHÁT TRỰC TIẾP | {shop} Live - {r.randrange(200, 20_000)} người đang xem",
        f"Livestream xả kho {shop} - {h}:00 hôm nay",
        f"[LIVE] {shop} giảm đến {r.randrange(30, 90)}% - Vào xem ngay",
        f"● Trực tiếp: {host} mở hộp quà tặng khán giả",
        f"Live shopping {h}h: mua 1 tặng 1",
    ]))


def newsletter(r):
    return [("widget", x) for x in pick(r, [
        ["Đăng ký nhận bản tin deal mỗi sáng", "Nhập email của bạn", "ĐĂNG KÝ"],
        ["📩 Nhận mã giảm giá độc quyền qua email", "Đăng ký"],
        ["BẢN TIN TIÊU DÙNG", "Email của bạn...", "Gửi", "Bạn có thể huỷ đăng ký bất kỳ lúc nào."],
        ["Tải app nhận ngay voucher 50K", "App Store | Google Play"],
        ["Theo dõi chúng tôi trên Zalo OA để không bỏ lỡ deal hot", "Quan tâm"],
    ])]


def comments(r):
    n = r.randrange(2, 60)
    out = [("widget", pick(r, [f"Bình luận ({n})", "Ý KIẾN BẠN ĐỌC", f"{n} bình luận", "Ý kiến của bạn", "Bình luận"]))]
    if r.random() < 0.5:
        out.append(("widget", pick(r, ["Sắp xếp theo: Mới nhất | Quan tâm nhất", "Viết bình luận của bạn...", "Đăng nhập để bình luận"])))
    for _ in range(r.randrange(1, 4)):
        who = pick(r, HANDLES)
        said = pick(r, [
            "Mua ở đâu vậy shop ơi?", "Giá này hợp lý không mọi người?", "Bài viết hay nhưng quảng cáo nhiều quá.",
            "Mã giảm giá hết lượt rồi admin ơi.", "Tin này đọc mà lo quá.", "Cảm ơn toà soạn đã đưa tin.",
            "Link mua hàng bị lỗi rồi.", "Hóng phần tiếp theo.",
        ])
        ago = pick(r, [f"{r.randrange(1, 59)} phút trước", f"{r.randrange(1, 23)} giờ trước", "Hôm qua"])
        out.append(("widget", pick(r, [
            f"{who}: {said}", f"{who} · {ago}", f"{said} — {who}", f"{who} {said} Thích · Trả lời · {ago}",
        ])))
        if r.random() < 0.4:
            out.append(("widget", pick(r, [f"Thích ({r.randrange(1, 99)})", "Trả lời", f"👍 {r.randrange(1, 300)}", ago])))
    out.append(("widget", pick(r, ["Gửi bình luận", "Xem thêm bình luận", "Xem tất cả ý kiến ›", "Tải thêm"])))
    return out


def byline_line(r, name):
    return pick(r, [
        name, name.upper(), f"Theo {name}", f"Bài: {name}", f"Phóng viên {name}", f"Bởi {name}", f"{name} (tổng hợp)",
        f"✍ {name}",
    ])


def credit_line(r, src):
    if src.startswith(("Theo", "Video", "Nguồn", "Ảnh", "Clip")):
        base = src
        return pick(r, [base, f"({base})", base.upper(), base + "."])
    return pick(r, [f"Theo {src}", f"Nguồn: {src}", f"(Theo {src})", f"NGUỒN: {src.upper()}"])


def photo_credit(r):
    return pick(r, [
        f"Ảnh: {pick(r, AGENCIES)}", f"Ảnh: {pick(r, STAFF)}", "Ảnh minh hoạ: Internet", f"Nguồn ảnh: {pick(r, AGENCIES)}",
        f"Video: {pick(r, ['YouTube', 'Reuters', 'CNN', 'Facebook'])}", f"Đồ hoạ: {pick(r, STAFF)}", f"(Ảnh: {pick(r, AGENCIES)})",
    ])


def caption_line(r, cap, with_credit=None):
    """A caption, with or without 'Ảnh:' attached."""
    if with_credit is None:
        with_credit = r.random() < 0.5
    if not with_credit:
        return pick(r, [cap, cap, f"▲ {cap}", f"{cap.rstrip('.')}"])
    ag = pick(r, AGENCIES)
    return pick(r, [f"{cap} Ảnh: {ag}", f"{cap} (Ảnh: {ag})", f"{cap.rstrip('.')}. Ảnh: {ag}.", f"{cap} | Ảnh: {ag}", f"{cap} - Ảnh {ag}"])


def product_caption(r):
    p = pick(r, PRODUCTS)
    return pick(r, [
        f"{p} đang được giảm giá sâu (ảnh minh hoạ)", f"{p}. Ảnh: {pick(r, SHOPS)}", f"Hình ảnh thực tế {p.lower()}",
        f"{p} trong gian hàng {pick(r, SHOPS)}", f"Ảnh sản phẩm: {p}",
    ])


def related_header(r):
    return pick(r, [
        "Tin liên quan", "TIN LIÊN QUAN", "Đọc thêm", "Xem thêm", "Bài viết cùng chuyên mục", "Tin cùng chủ đề:",
        "TIN MỚI HƠN", "Đọc nhiều nhất", "Tin khác", "» Xem thêm",
    ])


def related_headline(r, title):
    return pick(r, [title, title, f"» {title}", f"- {title}", f"Xem thêm: {title}", f"► {title}", f"{title} (video)", title.upper()])


# --------------------------------------------------------------- contexts


class Ctx:
    def __init__(self, row, title, story, related_pool, layout):
        self.row = row
        self.title = title
        self.story = story
        self.pool = related_pool
        self.layout = layout
        self.body_keys = {key(s) for s in story["body"]}

    def r(self, purpose):
        return rng(self.row, purpose)

    def related(self, n, purpose):
        r = self.r("related|" + purpose)
        if not self.pool:
            return []
        return r.sample(self.pool, min(n, len(self.pool)))

    def rel_block(self, purpose, n=None, teasers=False, header=True, captions=False):
        r = self.r("relblock|" + purpose)
        n = n if n is not None else r.randrange(2, 6)
        out = []
        if header:
            out.append(("widget", related_header(r)))
        for st in self.related(n, purpose):
            if captions and st["captions"] and r.random() < 0.5:
                out.append(("caption", caption_line(r, pick(r, st["captions"]))))
            out.append(("related", related_headline(r, st["title"])))
            if teasers and st["teasers"] and r.random() < 0.7:
                out.append(("related", pick(r, st["teasers"])))
        return out

    def reco_widget(self, purpose, n=None):
        r = self.r("reco|" + purpose)
        n = n if n is not None else r.randrange(3, 7)
        out = [("widget", reco_header(r))]
        stories = self.related(n, "reco" + purpose)
        for i in range(n):
            if i < len(stories) and r.random() < 0.5:
                out.append(("related", related_headline(r, stories[i]["title"])))
                if r.random() < 0.3:
                    out.append(("widget", pick(r, [pick(r, SITES), pick(r, SITES).upper()])))
            else:
                out.append(("related", native_ad(r)))
                if r.random() < 0.7:
                    out.append(("widget", advertiser_line(r)))
        return out

    def gallery(self, purpose, n=2):
        r = self.r("gallery|" + purpose)
        out = []
        for st in self.related(n, "gal" + purpose):
            if st["captions"]:
                out.append(("caption", caption_line(r, pick(r, st["captions"]))))
        return out

    def own_caption(self, purpose):
        """The story's own (opening) photo caption, and maybe a credit line."""
        r = self.r("owncap|" + purpose)
        cap = self.story["caption"]
        if not cap:
            return [("credit", photo_credit(r))] if r.random() < 0.3 else []
        if r.random() < 0.5:
            return [("caption", caption_line(r, cap, True))]
        out = [("caption", caption_line(r, cap, False))]
        if r.random() < 0.6:
            out.append(("credit", photo_credit(r)))
        return out

    def story_sign(self, purpose):
        """The story's trailing bylines/credits, rendered in varied ways."""
        r = self.r("sign|" + purpose)
        by, cr = self.story["bylines"], self.story["credits"]
        out = []
        if not by and not cr:
            out.append(("byline", byline_line(r, pick(r, STAFF))))
            return out
        if by and cr and r.random() < 0.4:
            out.append(("byline", f"{' - '.join(by)} ({cr[0]})"))
            for c in cr[1:]:
                out.append(("credit", credit_line(r, c)))
            return out
        for b in by:
            out.append(("byline", pick(r, [b, b.upper(), f"{b}", f"- {b}", f"{b} /"]).rstrip(" /")))
        for c in cr:
            out.append(("credit", credit_line(r, c)))
        return out


# ----------------------------------------------------------------- layouts
# Each layout returns a list of items: ("title", s), ("date", s), ("site", s),
# ("body", [sentences]) or (kind, s).  BODY is a placeholder consumed by
# place_paras.


def _paras(ctx, sizes_weights):
    r = ctx.r("paras")
    sents = ctx.story["body"]
    out, i = [], 0
    while i < len(sents):
        n = r.choices([1, 2, 3, 4], weights=sizes_weights)[0]
        out.append(sents[i:i + n])
        i += n
    return out


def _weave(paras, inserts):
    """paras: list of sentence lists; inserts: {after_para_index: [items]}"""
    out = []
    for i, p in enumerate(paras):
        out.append(("body", p))
        out.extend(inserts.get(i, []))
    return out


def _slot(r, paras, lo=1):
    if len(paras) <= lo:
        return len(paras) - 1
    return r.randrange(lo, len(paras)) - 1 if len(paras) > lo + 1 else lo - 1


def L_affiliate_box(ctx, paras):
    r = ctx.r("L")
    head = [("widget", menu(r)), ("widget", breadcrumb(r)), ("title", ctx.title), ("date", date_line(r))]
    head += ctx.own_caption("a")
    mid = _slot(r, paras, 1)
    body = _weave(paras, {mid: product_box(ctx.r("box"))})
    tail = ctx.story_sign("a") + [("widget", tags_line(r, ctx.title)), ("widget", share_row(r))]
    tail += ctx.rel_block("a", teasers=False)
    tail += [("widget", x) for x in footer(r, 2)]
    return [("site", site_line(r))] + head + body + tail


def L_price_table(ctx, paras):
    r = ctx.r("L")
    out = [("site", site_line(r)), ("widget", menu(r)), ("title", ctx.title)]
    out += [("byline", byline_line(r, pick(r, STAFF)))] if not ctx.story["bylines"] else []
    out += [("date", date_line(r))]
    mid = min(1, len(paras) - 1)
    ins = {mid: price_table(ctx.r("table"))}
    if len(paras) > 3:
        ins.setdefault(len(paras) - 2, []).extend(ctx.own_caption("p"))
    out += _weave(paras, ins)
    out += ctx.story_sign("p")
    out += [("widget", share_row(r))]
    out += ctx.rel_block("p", teasers=True)
    out += [("widget", x) for x in footer(r, 3)]
    return out


def L_coupon_wall(ctx, paras):
    r = ctx.r("L")
    out = [("widget", menu(r))] + coupon(ctx.r("c1")) + [("site", site_line(r)), ("widget", breadcrumb(r)), ("title", ctx.title), ("date", date_line(r))]
    out += ctx.own_caption("c")
    ins = {}
    if len(paras) > 2:
        ins[len(paras) // 2 - 1] = coupon(ctx.r("c2"))
    out += _weave(paras, ins)
    out += ctx.story_sign("c")
    out += [("widget", pick(r, ["MÃ GIẢM GIÁ HÔM NAY", "Kho voucher", "🎁 Voucher độc quyền cho bạn đọc", "Săn mã giảm giá"]))]
    out += coupon(ctx.r("c3")) + coupon(ctx.r("c4"))
    out += ctx.rel_block("c", n=3)
    out += [("widget", x) for x in footer(r, 1)]
    return out


def L_sponsored_pr(ctx, paras):
    r = ctx.r("L")
    adv = pick(r, ADVERTISERS)
    out = [("site", site_line(r)), ("widget", pr_label(r, adv)), ("title", ctx.title)]
    if r.random() < 0.5:
        out.append(("widget", pr_label(ctx.r("pr2"), adv)))
    out.append(("date", date_line(r)))
    out += ctx.own_caption("s")
    out += _weave(paras, {})
    out += ctx.story_sign("s")
    out.append(("widget", pick(r, [
        f"Bài viết được thực hiện với sự đồng hành của {adv}.",
        f"Nội dung do {adv} cung cấp, không phản ánh quan điểm của toà soạn.",
        f"* Đây là bài viết quảng cáo của {adv}.",
        f"(PR) Thông tin do đối tác {adv} cung cấp",
        f"Bài viết tài trợ bởi {adv} | Liên hệ hợp tác nội dung",
    ])))
    out += [("widget", share_row(r))]
    out += ctx.reco_widget("s")
    return out


def L_native_feed(ctx, paras):
    r = ctx.r("L")
    out = [("widget", menu(r)), ("site", site_line(r)), ("title", ctx.title), ("date", date_line(r))]
    ins = {}
    if len(paras) > 2:
        ins[0] = [("widget", pr_label(r)), ("related", native_ad(ctx.r("n1")))]
    out += _weave(paras, ins)
    out += ctx.story_sign("n")
    out += [("widget", pick(r, ["TIN MỚI", "Dòng sự kiện", "Tin khác", "Đọc tiếp"]))]
    stories = ctx.related(6, "feed")
    rr = ctx.r("feed")
    for st in stories:
        out.append(("related", related_headline(rr, st["title"])))
        if st["teasers"] and rr.random() < 0.5:
            out.append(("related", pick(rr, st["teasers"])))
        if rr.random() < 0.45:
            out.append(("related", native_ad(rr)))
            out.append(("widget", pick(rr, ["Tài trợ", "PR", f"Quảng cáo · {pick(rr, ADVERTISERS)}", "Nội dung quảng cáo"])))
    return out


def L_live_shopping(ctx, paras):
    r = ctx.r("L")
    out = [live_banner(ctx.r("lb1")), ("site", site_line(r)), ("widget", breadcrumb(r)), ("title", ctx.title), ("date", date_line(r))]
    ins = {}
    if len(paras) > 1:
        ins[_slot(r, paras, 1)] = [live_banner(ctx.r("lb2")), ("widget", pick(r, ["Xem ngay", "Vào phòng live ›", "Nhận quà khi xem live"]))]
    out += _weave(paras, ins)
    out += ctx.story_sign("l")
    out += ctx.own_caption("l")
    out += ctx.rel_block("l", n=4)
    out += [live_banner(ctx.r("lb3"))]
    out += [("widget", x) for x in footer(r, 2)]
    return out


def L_taboola_grid(ctx, paras):
    r = ctx.r("L")
    out = [("site", site_line(r)), ("widget", menu(r)), ("title", ctx.title), ("date", date_line(r))]
    out += ctx.own_caption("t")
    out += _weave(paras, {})
    out += ctx.story_sign("t")
    out += [("widget", tags_line(r, ctx.title))]
    out += ctx.reco_widget("t1", n=6)
    out += ctx.rel_block("t", n=3)
    out += ctx.reco_widget("t2", n=4)
    return out


def L_installment(ctx, paras):
    r = ctx.r("L")
    out = [("widget", menu(r)), ("widget", breadcrumb(r)), ("title", ctx.title), ("date", date_line(r))]
    out += ctx.story_sign("i") if r.random() < 0.5 else []
    ins = {}
    if len(paras) > 2:
        ins[len(paras) - 2] = installment(ctx.r("inst"))
        out += _weave(paras, ins)
    else:
        out += _weave(paras, {}) + installment(ctx.r("inst"))
    if not any(k == "byline" for k, _ in out):
        out += ctx.story_sign("i")
    out += [hotline(ctx.r("h"))]
    out += ctx.rel_block("i", teasers=True)
    out += [("site", site_line(r))] + [("widget", x) for x in footer(r, 2)]
    return out


def L_hotline_rows(ctx, paras):
    r = ctx.r("L")
    out = [hotline(ctx.r("h0")), ("site", site_line(r)), ("widget", menu(r)), ("title", ctx.title)]
    out += [("date", date_line(r))]
    out += ctx.own_caption("h")
    ins = {}
    rr = ctx.r("hrows")
    for i in range(len(paras) - 1):
        if rr.random() < 0.3:
            ins[i] = [hotline(rr)]
    out += _weave(paras, ins)
    out += ctx.story_sign("h")
    out += [hotline(ctx.r("h1")), ("widget", pick(r, ["Đặt hàng nhanh: để lại số điện thoại, chúng tôi gọi lại", "Gọi lại cho tôi", "Tư vấn miễn phí - Giao hàng toàn quốc"]))]
    out += ctx.rel_block("h", n=3)
    return out


def L_review_stars(ctx, paras):
    r = ctx.r("L")
    out = [("site", site_line(r)), ("widget", breadcrumb(r)), ("title", ctx.title), ("widget", stars(r)), ("date", date_line(r))]
    out += _weave(paras, {min(len(paras) - 1, 2): ctx.own_caption("r")})
    out += ctx.story_sign("r")
    out += review_block(ctx.r("rev1"))
    if r.random() < 0.5:
        out += review_block(ctx.r("rev2"))
    out += [("widget", share_row(r))]
    out += ctx.rel_block("r")
    return out


def L_flash_sale(ctx, paras):
    r = ctx.r("L")
    out = flash_sale(ctx.r("fs1")) + [("site", site_line(r)), ("widget", menu(r)), ("title", ctx.title), ("date", date_line(r))]
    ins = {}
    if len(paras) > 3:
        ins[2] = flash_sale(ctx.r("fs2"))
    out += _weave(paras, ins)
    out += ctx.story_sign("f")
    out += ctx.rel_block("f", n=3, teasers=True)
    out += [("widget", x) for x in footer(r, 2)]
    return out


def L_mobile_amp(ctx, paras):
    r = ctx.r("L")
    out = [("widget", pick(r, ["☰", "≡ Menu", "MENU"])), ("site", site_line(r)), ("widget", pick(r, ["Mở trong ứng dụng", "Tải app đọc nhanh hơn", "Đọc trên app để nhận voucher"]))]
    out += [("title", ctx.title), ("date", date_line(r))]
    half = max(1, len(paras) // 2)
    out += _weave(paras[:half], {})
    out += [("widget", pick(r, ["Quảng cáo", "ADVERTISEMENT", "- Quảng cáo -"])), ("related", native_ad(ctx.r("amp1")))]
    out += _weave(paras[half:], {})
    out += ctx.story_sign("m")
    out += [("widget", pick(r, ["Đọc tiếp trên app", "Xem bản đầy đủ", "Về trang chủ"]))]
    out += ctx.rel_block("m", n=3, header=True)
    out += [("widget", pick(r, ["Mua ngay - Giảm 50% ›", f"{pick(r, SHOPS)} | Tải app ngay", "[Đóng quảng cáo ×]"]))]
    return out


def L_print_view(ctx, paras):
    r = ctx.r("L")
    out = [("site", site_line(r)), ("widget", pick(r, ["Bản in", "IN BÀI NÀY", "🖨 In trang", "Phiên bản in"]))]
    out += [("title", ctx.title), ("date", date_line(r))]
    out += _weave(paras, {})
    out += ctx.story_sign("pv")
    out += ctx.own_caption("pv")
    out += [("widget", pick(r, ["URL bài viết:", "Đường dẫn:", "Link:"]) + f" https://{pick(r, ['phocho', 'giatot', 'dealpost'])}.vn/tin-{ctx.row * 7 + 13}.html")]
    out += [("widget", pick(r, ["Quảng cáo trên bản in: " + native_ad(r), "Quảng cáo", "In bởi trình duyệt"]))]
    out += [("widget", x) for x in footer(r, 1)]
    return out


def L_comments_heavy(ctx, paras):
    r = ctx.r("L")
    out = [("widget", menu(r)), ("site", site_line(r)), ("widget", breadcrumb(r)), ("title", ctx.title), ("date", date_line(r))]
    out += ctx.own_caption("ch")
    out += _weave(paras, {})
    out += ctx.story_sign("ch")
    out += [("widget", share_row(r))]
    out += product_box(ctx.r("chb"))
    out += comments(ctx.r("cm1"))
    out += ctx.rel_block("ch", n=2)
    return out


def L_photo_story(ctx, paras):
    r = ctx.r("L")
    out = [("site", site_line(r)), ("title", ctx.title), ("date", date_line(r))]
    out += ctx.own_caption("ps")
    rr = ctx.r("photos")
    ins = {}
    gal = ctx.gallery("ps", 3)
    for i in range(len(paras) - 1):
        if rr.random() < 0.35:
            ins[i] = [("caption", product_caption(rr))] + ([("credit", photo_credit(rr))] if rr.random() < 0.5 else [])
    out += _weave(paras, ins)
    out += ctx.story_sign("ps")
    out += [("widget", pick(r, ["ẢNH KHÁC", "Thư viện ảnh", "📷 Ảnh liên quan", "Xem ảnh"]))] + gal
    out += ctx.rel_block("ps", n=2)
    return out


def L_sidebar_dump(ctx, paras):
    r = ctx.r("L")
    out = [("site", site_line(r)), ("widget", menu(r)), ("widget", pick(r, ["ĐỌC NHIỀU", "Xem nhiều nhất", "Tin hot 24h", "Top deal tuần"]))]
    for i, st in enumerate(ctx.related(4, "side")):
        out.append(("related", pick(r, [f"{i + 1}. {st['title']}", f"{i + 1} {st['title']}", st["title"]])))
    out += [("widget", pr_label(r)), ("related", native_ad(ctx.r("sd1"))), ("widget", advertiser_line(ctx.r("sd2")))]
    out += flash_sale(ctx.r("sdfs"))[:2]
    out += [("title", ctx.title), ("date", date_line(r))]
    out += ctx.own_caption("sd")
    out += _weave(paras, {})
    out += ctx.story_sign("sd")
    out += [("widget", tags_line(r, ctx.title))]
    return out


def L_newsletter_gate(ctx, paras):
    r = ctx.r("L")
    out = [("widget", menu(r)), ("title", ctx.title), ("site", site_line(r)), ("date", date_line(r))]
    out += ctx.story_sign("ng") if r.random() < 0.4 else []
    cut = max(1, (len(paras) * 2) // 3)
    out += _weave(paras[:cut], {})
    out += newsletter(ctx.r("nl1"))
    out += _weave(paras[cut:], {})
    if not any(k == "byline" for k, _ in out):
        out += ctx.story_sign("ng")
    out += coupon(ctx.r("ngc"))
    out += ctx.rel_block("ng", teasers=True)
    out += newsletter(ctx.r("nl2"))
    return out


def L_marketplace_portal(ctx, paras):
    r = ctx.r("L")
    shop = pick(r, SHOPS)
    out = [("site", pick(r, [f"{shop} - Tin tức", f"{shop.upper()} NEWS", f"Góc tin {shop}"]))]
    out += [("widget", pick(r, ["🛒 Giỏ hàng (0)", "Giỏ hàng | Đăng nhập | Đăng ký", f"Giỏ hàng: {r.randrange(1, 9)} sản phẩm"]))]
    out += [("widget", pick(r, ["Danh mục: Điện thoại · Laptop · Gia dụng · Làm đẹp · Mẹ & Bé", "DANH MỤC SẢN PHẨM", "Điện máy | Thời trang | Nhà cửa | Tin tức"]))]
    out += [("widget", pick(r, [f"Trang chủ > Tin tức > {pick(r, SECTIONS)}", "Tin tức / Thế giới", f"{shop} › Blog › Tin hay"]))]
    out += [("title", ctx.title), ("date", date_line(r))]
    ins = {}
    if len(paras) > 1:
        ins[0] = flash_sale(ctx.r("mp1"))
    out += _weave(paras, ins)
    out += ctx.story_sign("mp")
    out += [("widget", pick(r, ["SẢN PHẨM BÁN CHẠY", "Có thể bạn cũng thích", "Gợi ý hôm nay"]))]
    rr = ctx.r("mpprod")
    for _ in range(rr.randrange(2, 5)):
        out.append(("widget", f"{case_var(rr, pick(rr, PRODUCTS))} {pick(rr, ['-', '|', '·'])} {fmt_price(rr, price(rr, 99, 20_000))}"))
        if rr.random() < 0.5:
            out.append(("widget", stars(rr)))
    out += ctx.rel_block("mp", n=2)
    out += [("widget", x) for x in footer(r, 3)]
    return out


def L_video_shop(ctx, paras):
    r = ctx.r("L")
    out = [("site", site_line(r)), ("widget", menu(r)), ("title", ctx.title), ("date", date_line(r))]
    out += [("widget", pick(r, ["▶ Video", "VIDEO ĐANG XEM", f"▶ 0{r.randrange(0, 9)}:{r.randrange(10, 59)}", "Bật âm thanh 🔊"]))]
    out += ctx.own_caption("v")
    out += [("widget", pick(r, ["Mua sản phẩm trong video", "🛍 Sản phẩm xuất hiện trong clip", "Shop the look"]))]
    out += [("widget", f"{pick(r, PRODUCTS)} - {fmt_price(r, price(r))}")]
    out += _weave(paras, {})
    out += ctx.story_sign("v")
    out += [("widget", pick(r, ["VIDEO KHÁC", "Video đề xuất", "Xem tiếp"]))]
    for st in ctx.related(3, "vid"):
        out.append(("related", pick(r, [f"▶ {st['title']}", f"{st['title']} | Video", f"[Video] {st['title']}"])))
    out += ctx.reco_widget("v", n=3)
    return out


def L_aggregator_digest(ctx, paras):
    r = ctx.r("L")
    src = pick(r, SITES)
    out = [("site", pick(r, ["TinGom - Đọc báo nhanh", "Bảng Tin Tổng Hợp 24/7", "docnhanh.vn", "TIN GOM"]))]
    out += [("widget", pick(r, ["Mới | Nóng | Theo dõi", "Dành cho bạn · Đang theo dõi · Video", "Chủ đề: Thế giới"]))]
    out += [("title", ctx.title)]
    out += [("credit", pick(r, [f"Nguồn: {src}", f"{src} ·", f"Theo {src}", f"📰 {src}"]).rstrip(" ·"))]
    out += [("date", date_line(r))]
    out += _weave(paras, {})
    out += ctx.story_sign("ag")
    out += [("widget", pick(r, ["Xem bài gốc ›", f"Đọc bài gốc tại {src}", "XEM NGUỒN", "Mở link gốc"]))]
    out += [("widget", pr_label(r)), ("related", native_ad(ctx.r("ag1")))]
    out += ctx.rel_block("ag", n=5, teasers=True, captions=True)
    return out


def L_deal_roundup(ctx, paras):
    r = ctx.r("L")
    out = [("widget", menu(r)), ("site", site_line(r)), ("title", ctx.title), ("date", date_line(r))]
    out += ctx.own_caption("dr")
    rr = ctx.r("drins")
    ins = {}
    for i in range(len(paras) - 1):
        if rr.random() < 0.3:
            ins[i] = [("related", pick(rr, [f"Xem thêm: {native_ad(rr)}", f"ĐỌC THÊM » {native_ad(rr)}", native_ad(rr)]))]
    out += _weave(paras, ins)
    out += ctx.story_sign("dr")
    out += [("widget", pick(r, ["DEAL HOT TRONG NGÀY", "Tổng hợp khuyến mãi", "Ưu đãi cho bạn đọc"]))]
    out += product_box(ctx.r("drb1"))[1:]
    out += coupon(ctx.r("drc"))
    out += price_table(ctx.r("drt"))
    out += [("widget", x) for x in footer(r, 2)]
    return out


def L_plain_then_ads(ctx, paras):
    r = ctx.r("L")
    out = [("title", ctx.title), ("date", date_line(r))]
    out += _weave(paras, {})
    out += ctx.story_sign("pl")
    out += [("widget", pr_label(r))]
    for _ in range(r.randrange(2, 4)):
        out += [("related", native_ad(r)), ("widget", advertiser_line(r))]
    out += [live_banner(ctx.r("plb"))]
    out += ctx.gallery("pl", 2)
    out += ctx.rel_block("pl", n=3)
    return out


LAYOUTS = [
    ("affiliate_box", L_affiliate_box, [3, 4, 2, 1]),
    ("price_table", L_price_table, [2, 4, 3, 1]),
    ("coupon_wall", L_coupon_wall, [3, 3, 2, 1]),
    ("sponsored_pr", L_sponsored_pr, [1, 3, 3, 2]),
    ("native_feed", L_native_feed, [2, 3, 3, 1]),
    ("live_shopping", L_live_shopping, [4, 3, 1, 0]),
    ("taboola_grid", L_taboola_grid, [1, 2, 3, 3]),
    ("installment_calc", L_installment, [2, 4, 2, 1]),
    ("hotline_rows", L_hotline_rows, [3, 3, 2, 1]),
    ("review_stars", L_review_stars, [2, 3, 2, 2]),
    ("flash_sale", L_flash_sale, [3, 4, 2, 0]),
    ("mobile_amp", L_mobile_amp, [5, 3, 1, 0]),
    ("print_view", L_print_view, [1, 2, 3, 4]),
    ("comments_heavy", L_comments_heavy, [2, 3, 3, 1]),
    ("photo_story", L_photo_story, [3, 3, 1, 1]),
    ("sidebar_dump", L_sidebar_dump, [1, 3, 3, 2]),
    ("newsletter_gate", L_newsletter_gate, [2, 3, 2, 1]),
    ("marketplace_portal", L_marketplace_portal, [3, 3, 2, 1]),
    ("video_shop", L_video_shop, [2, 3, 2, 1]),
    ("aggregator_digest", L_aggregator_digest, [1, 2, 4, 2]),
    ("deal_roundup", L_deal_roundup, [2, 3, 3, 1]),
    ("plain_then_ads", L_plain_then_ads, [1, 4, 3, 1]),
]


# ------------------------------------------------------------------ faults

FAULTS = ("nbsp", "zwsp", "dblspace", "nfd", "glue")


def choose_faults(row):
    r = rng(row, "faults")
    if r.random() >= FAULT_RATE:
        return []
    n = r.choices([1, 2], weights=[3, 1])[0]
    return sorted(r.sample(FAULTS, n))


def _nbsp(r, s, p=0.3):
    parts = s.split(" ")
    if len(parts) < 2:
        return s
    out = parts[0]
    for w in parts[1:]:
        out += ("\u00a0" if r.random() < p else " ") + w
    return out


def _zwsp(r, s):
    words = [m for m in re.finditer(r"[^\W\d_]{4,}", s)]
    if not words:
        return s
    m = pick(r, words)
    cut = m.start() + r.randrange(1, len(m.group()) - 1)
    return s[:cut] + "\u200b" + s[cut:]


def _dbl(r, s):
    idx = [i for i, c in enumerate(s) if c == " "]
    if not idx:
        return s
    i = pick(r, idx)
    return s[:i] + "  " + s[i + 1:]


def apply_faults(row, items, faults, counts):
    r = rng(row, "faultdraw")
    if "glue" in faults:
        glued = False
        new = []
        for tag, val in items:
            if tag == "body" and len(val) >= 2 and not glued:
                j = r.randrange(len(val) - 1)
                if ends_terminal(val[j]):
                    val = val[:j] + [val[j] + val[j + 1]] + val[j + 2:]
                    glued = True
                    counts["glue"] += 1
            new.append((tag, val))
        items = new
    out = []
    for tag, val in items:
        if tag == "body":
            sents = []
            for s in val:
                if "nbsp" in faults and r.random() < 0.5:
                    s2 = _nbsp(r, s)
                    counts["nbsp"] += s2 != s
                    s = s2
                if "zwsp" in faults and r.random() < 0.4:
                    s = _zwsp(r, s)
                    counts["zwsp"] += 1
                if "dblspace" in faults and r.random() < 0.4:
                    s2 = _dbl(r, s)
                    counts["dblspace"] += s2 != s
                    s = s2
                sents.append(s)
            out.append((tag, sents))
        else:
            if "nbsp" in faults and r.random() < 0.3:
                val = _nbsp(r, val, 0.5)
            if "zwsp" in faults and r.random() < 0.2:
                val = _zwsp(r, val)
            out.append((tag, val))
    if "nfd" in faults:
        counts["nfd"] += 1
        out = [(t, [unicodedata.normalize("NFD", s) for s in v] if t == "body" else unicodedata.normalize("NFD", v)) for t, v in out]
    return out


# ---------------------------------------------------------------- assembly


def _clean_line(s):
    return " ".join(s.replace("\n", " ").split(" ")).strip()


def assemble(row, title, story, pool, layout_idx):
    name, fn, weights = LAYOUTS[layout_idx]
    ctx = Ctx(row, title, story, pool, name)
    paras = _paras(ctx, weights)
    items = fn(ctx, paras)
    # drop furniture equal to a body sentence, empty lines, extra unlabelled
    seen_unl = set()
    clean = []
    for tag, val in items:
        if tag == "body":
            clean.append((tag, list(val)))
            continue
        val = _clean_line(val)
        if not val:
            continue
        if tag in ("title", "date", "site"):
            if tag in seen_unl:
                continue
            seen_unl.add(tag)
        elif key(val) in ctx.body_keys:
            continue
        clean.append((tag, val))
    faults = choose_faults(row)
    counts = Counter()
    clean = apply_faults(row, clean, faults, counts)
    lines, body, furniture = [], [], []
    for tag, val in clean:
        if tag == "body":
            body.extend(val)
            lines.append(" ".join(val))
        else:
            lines.append(val)
            if tag in KINDS:
                furniture.append((tag, val))
    page = Page("\n".join(lines), body, furniture, name)
    check_page(page, unlabelled=[v for t, v in clean if t in ("title", "date", "site")])
    return page, faults, counts


def check_page(page, unlabelled=None):
    """Raise ValueError unless the page meets the whole contract."""
    def bad(msg):
        raise ValueError(f"contract broken ({page.layout}): {msg}")

    if not isinstance(page, Page) or Page._fields != ("text", "body", "furniture", "layout"):
        bad("not a Page")
    if not page.text or not page.body:
        bad("empty text or body")
    lines = page.text.split("\n")
    for ln in lines:
        if not ln.strip() or ln != ln.strip():
            bad(f"blank or unstripped line {ln!r}")
    for k, ln in page.furniture:
        if k not in KINDS:
            bad(f"kind {k!r}")
        if "\n" in ln or not ln or ln != ln.strip():
            bad(f"furniture line {ln!r}")
    body_keys = set()
    for s in page.body:
        if not isinstance(s, str) or not s or "\n" in s or s not in page.text:
            bad(f"body sentence not in text: {s!r}")
        body_keys.add(key(s))
    # walk the lines: body lines are runs of consecutive body sentences
    bi, fi, unl = 0, 0, []
    for ln in lines:
        if bi < len(page.body) and ln.startswith(page.body[bi]):
            rest, used = ln, 0
            while bi + used < len(page.body) and rest.startswith(page.body[bi + used]):
                rest = rest[len(page.body[bi + used]):]
                used += 1
                if not rest:
                    break
                if not rest.startswith(" ") or rest.startswith("  "):
                    break
                rest = rest[1:]
            if rest == "" and 1 <= used:
                bi += used
                continue
        if fi < len(page.furniture) and page.furniture[fi][1] == ln:
            fi += 1
            continue
        unl.append(ln)
    if bi != len(page.body):
        bad("body sentences not all placed as whole lines, in order")
    if fi != len(page.furniture):
        bad("furniture not in text order")
    if len(unl) > 3:
        bad(f"{len(unl)} unlabelled lines: {unl}")
    if unlabelled is not None and sorted(unl) != sorted(unlabelled):
        bad(f"unexpected unlabelled lines {unl}")
    for k, ln in page.furniture:
        if key(ln) in body_keys:
            bad(f"furniture equals a body sentence: {ln!r}")


# ------------------------------------------------------------------ public


def build(train_path):
    rows = read_rows(train_path)
    pool = []
    for i in RELATED_ROWS:
        if i in rows:
            st = related_story(*rows[i])
            pool.append(st)
    pages_, meta = [], []
    k = 0
    for i in BODY_ROWS:
        if i not in rows:
            continue
        title, article = rows[i]
        story = extract_story(article)
        if not story["body"]:
            # fall back to every sentence (keeps "one page per usable row")
            sents = [s for s in split_sentences(article) if ends_terminal(s)] or [WS.sub(" ", article).strip()]
            story = {"body": sents, "caption": None, "bylines": [], "credits": []}
        page, faults, counts = assemble(i, title, story, pool, k % len(LAYOUTS))
        pages_.append(page)
        meta.append((i, faults, counts))
        k += 1
    return pages_, meta


def pages(train_path):
    return build(train_path)[0]


def report(train_path):
    ps, meta = build(train_path)
    per_layout = defaultdict(lambda: Counter())
    total = Counter()
    faults = Counter()
    for p, (row, fl, counts) in zip(ps, meta):
        c = per_layout[p.layout]
        c["pages"] += 1
        c["body"] += len(p.body)
        for kd, _ in p.furniture:
            c[kd] += 1
        if fl:
            faults["pages_with_faults"] += 1
        for f in fl:
            faults["pages_" + f] += 1
        faults.update({"items_" + f: n for f, n in counts.items()})
    cols = ["pages", "body"] + list(KINDS)
    print(f"{'layout':22s} " + " ".join(f"{c:>8s}" for c in cols))
    for name, _, _ in LAYOUTS:
        c = per_layout[name]
        total.update(c)
        print(f"{name:22s} " + " ".join(f"{c[x]:8d}" for x in cols))
    print(f"{'TOTAL':22s} " + " ".join(f"{total[x]:8d}" for x in cols))
    print("furniture total:", sum(total[k] for k in KINDS))
    print("faults:", ", ".join(f"{k}={v}" for k, v in sorted(faults.items())))
    return ps


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit("usage: make.py TRAIN_JSONL_GZ")
    report(sys.argv[1])
