"""clean_test26: blind held-out scraped Vietnamese news pages (standard library only).

Usage: python eval/clean_test26/make.py TRAIN.jsonl.gz
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

BODY_ROWS = range(14_600, 14_900)
RELATED_ROWS = range(11_600, 12_000)
RELATED_CUT = 1_200
KINDS = ("byline", "credit", "caption", "related", "widget")
LAYOUTS = (
    "portal_desktop",
    "amp_mobile",
    "provincial_party_paper",
    "aggregator_app",
    "facebook_fanpage_post",
    "zalo_forward",
    "email_digest",
    "print_ocr_scan",
    "screen_reader_dump",
    "wayback_snapshot",
    "reader_mode_export",
    "foreign_vn_service",
    "finance_stock_site",
    "police_law_paper",
    "paywall_premium",
    "tv_video_page",
    "forum_repost",
    "telegram_channel",
)
SEED = 2026_1226


@dataclass
class Page:
    text: str
    body: list[str]
    furniture: list[tuple[str, str]]
    layout: str


# ---------------------------------------------------------------- vocabulary
AUTHORS = [
    "Minh Anh", "Hoài Thương", "Quang Huy", "Trần Thu Hà", "Lê Phương", "Đức Trung", "Phạm Ngọc Lan",
    "Thanh Tùng", "Bảo Ngọc", "Nguyễn Khánh", "Tuấn Vũ", "Hải Yến", "Võ Hùng", "Đăng Khoa", "Ngọc Diệp",
    "Lưu Trinh", "Hoàng Long", "Mai Hương", "Nguyễn Văn Thắng", "Kim Oanh", "Trọng Nghĩa", "Y Vân",
    "Phan Hậu", "Đình Quý", "Cẩm Tú", "H'Lan Niê", "Lam Giang", "Xuân Mai", "Thái Sơn", "Bích Ngọc",
]
OUTLETS = [
    "Tuổi Trẻ", "Thanh Niên", "VnExpress", "Dân trí", "VietNamNet", "Zing News", "Người Lao Động", "Lao Động",
    "Tiền Phong", "Sài Gòn Giải Phóng", "Báo Đắk Lắk", "Báo Cần Thơ", "Báo Quảng Ninh", "VOV", "VTV",
    "TTXVN", "BBC Tiếng Việt", "RFA", "VOA Tiếng Việt", "RFI Tiếng Việt", "Nhân Dân", "Pháp Luật TP.HCM",
    "Công an Nhân dân", "Báo Đầu tư", "Kinh tế & Đô thị", "CafeF", "Vietnam+", "Báo Nghệ An", "Báo Lâm Đồng",
]
FOREIGN = ["Reuters", "AFP", "AP", "Xinhua", "Bloomberg", "Kyodo", "Yonhap", "CNN", "The Guardian"]
PLACES = [
    "Hà Nội", "TP.HCM", "Đà Nẵng", "Cần Thơ", "Kiên Giang", "Nghệ An", "Thanh Hoá", "Đắk Lắk", "Quảng Ninh",
    "Lâm Đồng", "Bình Dương", "Hải Phòng", "Huế", "Gia Lai", "Sóc Trăng", "Lào Cai", "Phú Yên",
]
SECTIONS = ["Thời sự", "Pháp luật", "Xã hội", "Kinh doanh", "Văn hoá", "Giải trí", "Thế giới", "Sức khoẻ",
            "Giáo dục", "Bạn đọc", "Đời sống", "An ninh trật tự", "Chính trị", "Nhịp sống số"]
DOMAINS = ["tuoitre.vn", "thanhnien.vn", "vnexpress.net", "dantri.com.vn", "vietnamnet.vn", "nld.com.vn",
           "baodaklak.vn", "baocantho.com.vn", "baoquangninh.vn", "plo.vn", "cand.com.vn", "cafef.vn",
           "tienphong.vn", "sggp.org.vn", "vov.vn", "vtv.vn", "bbc.com/vietnamese", "rfa.org/vietnamese",
           "voatiengviet.com", "laodong.vn", "baonghean.vn", "baolamdong.vn"]
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]
COMMENTERS = ["Nguyễn Văn Tâm", "hoangminh88", "Bà Tư Cần Thơ", "Trần Quốc Bảo", "Lan Phạm", "tuan_kg",
              "Người Sài Gòn", "Đỗ Thị Hạnh", "minhchau.dl", "Cựu chiến binh", "Phúc Lê", "Khách"]
COMMENTS = [
    "Phải xử thật nghiêm để làm gương cho kẻ khác.",
    "Đọc mà thấy buồn, mong cơ quan chức năng vào cuộc sớm.",
    "Sao bây giờ mới phát hiện ra vậy?",
    "Chuyện này ở quê tôi xảy ra lâu rồi, chẳng ai nói gì cả.",
    "Cảm ơn phóng viên đã phản ánh kịp thời.",
    "Tôi nghĩ cần xem lại trách nhiệm của chính quyền địa phương.",
    "Ủng hộ các anh công an, làm tốt lắm!",
    "Thông tin chưa rõ ràng, đề nghị báo cập nhật thêm.",
    "Người dân mình cũng nên tỉnh táo hơn, đừng ham rẻ.",
    "Luật phải nghiêm thì mới hết được tình trạng này.",
]
ADS = [
    "Vay tiêu dùng lãi suất chỉ từ 0,99%/tháng, giải ngân trong 15 phút.",
    "Căn hộ view sông chỉ từ 1,2 tỷ, nhận nhà ở ngay, hỗ trợ vay 70%.",
    "Bạn đã thử sữa hạt mới? Đặt ngay hôm nay để nhận quà tặng hấp dẫn.",
    "Giảm đến 50% vé máy bay Tết, số lượng có hạn.",
    "Bác sĩ chỉ cách hết đau khớp gối chỉ sau 2 tuần mà không cần dùng thuốc.",
    "Mở tài khoản trực tuyến, nhận ngay 100.000 đồng vào ví.",
    "Khoá học tiếng Anh giao tiếp cho người đi làm, học thử miễn phí.",
    "Điện thoại chính hãng trả góp 0%, thu cũ đổi mới trợ giá đến 3 triệu.",
]
STORY_CAPTIONS = [
    "Lực lượng chức năng làm việc tại hiện trường.",
    "Tang vật được thu giữ tại cơ quan công an.",
    "Quang cảnh phiên toà sáng nay.",
    "Các đối tượng tại cơ quan điều tra.",
    "Người dân tập trung theo dõi vụ việc.",
    "Khu vực xảy ra sự việc đã được phong toả.",
    "Đại diện cơ quan chức năng trao đổi với phóng viên.",
    "Hiện trường vụ việc nhìn từ trên cao.",
    "Bị cáo tại phiên xét xử sơ thẩm.",
    "Trụ sở cơ quan nơi xảy ra vụ việc.",
    "Nghệ sĩ trong một lần xuất hiện trước công chúng.",
    "Hàng hoá bày bán công khai tại chợ biên giới.",
]
MENU = ["Trang chủ", "Thời sự", "Thế giới", "Kinh doanh", "Giải trí", "Thể thao", "Pháp luật", "Giáo dục",
        "Sức khoẻ", "Đời sống", "Du lịch", "Số hoá", "Xe", "Ý kiến", "Tâm sự", "Video", "Podcast"]
TAGS = ["buôn lậu", "điều tra", "xét xử", "công an", "tham nhũng", "biên giới", "nghệ sĩ", "truyền hình",
        "an toàn giao thông", "ma tuý", "lừa đảo", "đất đai", "ngân hàng", "y tế", "giáo dục"]


def _clean(s: str) -> str:
    return " ".join(s.split())


_SENT = re.compile(r'(?<=[.!?…])(?:\s*["”])?\s+(?=["“(]?\s?(\w))')


def split_sentences(article: str) -> list[str]:
    text = _clean(article)
    out, start = [], 0
    for m in _SENT.finditer(text):
        if not (m.group(1).isupper() or m.group(1).isdigit()):
            continue
        piece = text[start:m.start()]
        quote = re.match(r'\s*["”]', text[m.start():m.end()])
        if quote:
            piece = text[start:m.start() + quote.end()]
        piece = piece.strip()
        # avoid splitting after abbreviations such as "TP." or initials "Y."
        if out is not None and re.search(r'(?:\b(?:TP|Q|P|TX|Tp|St|ThS|TS|PGS|GS|Mr|Dr|Ms)|\b[A-ZĐ][a-zđ]?)\.$', piece):
            continue
        if piece:
            out.append(piece)
        start = m.end()
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return out


_TRAILERS = [
    ("credit", re.compile(r'\s*\(\s*[Tt]heo [^()]{2,60}\)\s*$')),
    ("related", re.compile(r'\s*(?:>>\s*)?Xem thêm\s*:?[^.!?]{0,160}$')),
    ("credit", re.compile(r'(?<=[.!?"”)])\s+(?:Theo|Nguồn:?) [A-ZĐ][^.!?]{1,50}$')),
    ("byline", re.compile(r'(?<=[.!?"”)])\s+(?:[A-ZĐ][^\s.!?,:;"]{0,12}\s?){1,4}(?:\s?-\s?(?:[A-ZĐ][^\s.!?,:;"]{0,12}\s?){1,4})?$')),
]


def split_trailers(article: str) -> tuple[str, list[tuple[str, str]]]:
    """Strip credits/bylines/"Xem thêm" glued at the end of an article."""
    text = _clean(article)
    found: list[tuple[str, str]] = []
    for _ in range(3):
        for kind, rx in _TRAILERS:
            m = rx.search(text)
            if m and m.start() > 40:
                found.insert(0, (kind, text[m.start():].strip()))
                text = text[:m.start()].rstrip()
                break
        else:
            break
    return text, found


# ---------------------------------------------------------------- reading
def _read_rows(train_path: Path):
    body, related = [], []
    lo, hi = min(RELATED_ROWS[0], BODY_ROWS[0]), max(RELATED_ROWS[-1], BODY_ROWS[-1])
    with gzip.open(train_path, "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i > hi:
                break
            if i < lo or not line.strip():
                continue
            in_body, in_rel = i in BODY_ROWS, i in RELATED_ROWS
            if not (in_body or in_rel):
                continue
            try:
                row = json.loads(line)
            except ValueError:
                continue
            if not isinstance(row, dict):
                continue
            title, art = row.get("title"), row.get("article")
            if not isinstance(title, str) or not isinstance(art, str) or not title.strip() or not art.strip():
                continue
            if in_body:
                body.append((i, _clean(title), art))
            if in_rel:
                art = art[:RELATED_CUT]
                first = split_sentences(art)
                teaser = first[0] if first and len(first) > 1 else ""
                if len(teaser) > 220 or len(teaser) < 25:
                    teaser = ""
                related.append((_clean(title), teaser))
    return body, related


# ---------------------------------------------------------------- furniture makers
class Ctx:
    def __init__(self, rng: random.Random, related, title: str):
        self.r = rng
        self.related = related
        self.title = title
        self.outlet = rng.choice(OUTLETS)
        self.domain = rng.choice(DOMAINS)
        self.section = rng.choice(SECTIONS)
        self.author = rng.choice(AUTHORS)
        self.place = rng.choice(PLACES)
        self.day, self.month, self.year = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2017, 2018, 2019])
        self.hh, self.mm = rng.randint(5, 22), rng.randint(0, 59)

    def c(self, seq):
        return self.r.choice(seq)

    def rel(self):
        return self.r.choice(self.related) if self.related else ("Tin nóng trong ngày", "")

    def rel_title(self):
        return self.rel()[0]

    def teaser(self):
        for _ in range(6):
            t, s = self.rel()
            if s:
                return s
        return self.rel_title()

    def date(self):
        d, m, y, h, mi = self.day, self.month, self.year, self.hh, self.mm
        wd = WEEKDAYS[(d + m + y) % 7]
        return self.c([
            f"{wd}, {d}/{m}/{y}, {h:02d}:{mi:02d} (GMT+7)",
            f"{d:02d}/{m:02d}/{y} {h:02d}:{mi:02d}",
            f"Cập nhật: {h:02d}:{mi:02d} {d:02d}/{m:02d}/{y}",
            f"{h}:{mi:02d} ngày {d}-{m}-{y}",
            f"{wd.upper()}, NGÀY {d}/{m}/{y}",
            f"Đăng lúc {h:02d}h{mi:02d}, {d}.{m}.{y}",
        ])

    def byline(self):
        a, b = self.author, self.c(AUTHORS)
        return self.c([
            a, a.upper(), f"{a} - {b}", f"Bài: {a}", f"Bài và ảnh: {a}", f"Phóng viên {a}", f"{a} (thực hiện)",
            f"Tác giả: {a}", f"Nhóm PV {self.section}", f"{a.upper()} - {b.upper()}", f"Ghi chép của {a}",
            f"{a} | {self.place}", f"Bởi {a}", f"{a} - {self.place}", f"Biên tập: {b}",
        ])

    def credit(self):
        o, a = self.c(OUTLETS), self.c(AUTHORS)
        return self.c([
            f"Theo {o}", f"(Theo {o})", f"Ảnh: {a}", f"Nguồn: {o}", "Ảnh minh hoạ: Internet", f"Ảnh: {o}",
            f"Lược dịch theo {self.c(FOREIGN)}", f"{a} (theo {self.c(FOREIGN)})", f"Nguồn ảnh: {self.c(FOREIGN)}",
            f"TTXVN/Vietnam+", f"Video: {self.c(['VTV24', 'HTV9', 'THVL1', 'VTC14', 'ANTV'])}",
            f"Theo {o} - Bài gốc", f"Ảnh: CTV", f"Ảnh tư liệu: {o}", f"Dịch: {a}",
        ])

    def caption(self):
        r = self.r.random()
        if r < 0.35:
            base = self.c(STORY_CAPTIONS)
        elif r < 0.6:
            base = self.teaser()  # caption borrowed from another story: looks like a sentence
        else:
            base = self.c([
                f"Ảnh chụp tại {self.place} ngày {self.day}-{self.month}.",
                f"Khung cảnh {self.place} hôm {self.day}/{self.month}",
                f"Một góc {self.place} (ảnh minh hoạ)",
                f"Hình ảnh được cắt từ clip lan truyền trên mạng xã hội.",
                f"Lãnh đạo tỉnh {self.place} kiểm tra thực tế tại địa phương.",
            ])
        tail = self.c(["", "", f" Ảnh: {self.c(AUTHORS)}", f" (Ảnh: {self.c(OUTLETS)})", " - Ảnh: CTV",
                       f" Ảnh: {self.c(FOREIGN)}", " (ảnh chụp màn hình)"])
        return (base + tail).strip()

    def related_line(self):
        t = self.rel_title()
        return self.c([t, f"Xem thêm: {t}", f"» {t}", f"- {t}", f">> {t}", f"{t} ({self.c(['video', 'ảnh'])})",
                       f"{t} - {self.c(OUTLETS)}", f"Đọc thêm: {t}", f"• {t}"])

    def ad(self):
        return self.c(ADS)

    def comment(self):
        return self.c([
            f"{self.c(COMMENTERS)}: {self.c(COMMENTS)}",
            self.c(COMMENTS),
            f"{self.c(COMMENTERS)} · {self.r.randint(1, 23)} giờ trước",
            f"Thích ({self.r.randint(0, 300)}) · Trả lời",
        ])

    def counter(self):
        n = self.r.randint(3, 9999)
        return self.c([f"{n} lượt xem", f"{n:,} lượt đọc".replace(",", "."), f"Bình luận ({n % 200})",
                       f"👍 {n}  💬 {n % 97}  ↗ {n % 41}", f"{n % 30} bình luận"])


# ---------------------------------------------------------------- layouts
def _w(s):
    return ("widget", s)


def build_layout(layout: str, x: Ctx):
    """Return (top, mids, bottom): lists of (kind|None, line); mids = list of lists inserted between paragraphs."""
    r = x.r
    T, D, S = (None, x.title), (None, x.date()), None
    top: list = []
    mids: list = []
    bottom: list = []
    cap = lambda: ("caption", x.caption())
    rel = lambda: ("related", x.related_line())
    if layout == "portal_desktop":
        S = (None, x.c(["VnExpress", "Tuổi Trẻ Online", "Báo Thanh Niên", "Dân trí", "VietNamNet"]))
        top = [S, _w(" | ".join(r.sample(MENU, 7))), _w(f"Trang chủ > {x.section} > {x.c(PLACES)}"), D, T,
               _w(x.c(["Chia sẻ Facebook Zalo In bài", "Lưu bài viết", "Nghe bài viết 🎧 03:12"]))]
        mids = [[cap(), ("credit", f"Ảnh: {x.c(AUTHORS)}")], [rel()], [_w("Quảng cáo"), _w(x.ad())]]
        bottom = [("byline", x.byline()), _w("Tags: " + ", ".join(r.sample(TAGS, 3))), ("related", "TIN LIÊN QUAN"),
                  rel(), rel(), rel(), _w(x.counter()), _w(x.comment()), _w(x.comment()),
                  _w(f"© Copyright {x.c(['1997', '2003', '2008'])} - {x.year} {S[1]}. All rights reserved"), _w("Liên hệ quảng cáo")]
    elif layout == "amp_mobile":
        S = (None, x.domain)
        top = [_w("☰"), S, _w("Đăng nhập"), T, D, _w("Nghe đọc tin")]
        mids = [[_w("- Quảng cáo -")], [("related", f"Đọc nhanh: {x.rel_title()}")], [cap()]]
        bottom = [("byline", x.byline()), ("related", "Tin cùng chuyên mục"), rel(), rel(),
                  _w("Tải ứng dụng đọc báo trên điện thoại: iOS | Android"), _w("Về đầu trang ▲")]
    elif layout == "provincial_party_paper":
        S = (None, f"BÁO ĐIỆN TỬ ĐẢNG BỘ TỈNH {x.place.upper()}")
        top = [S, _w(f"Tiếng Việt | English | {x.c(['Ê Đê', 'Khmer', 'Chăm', 'Jrai'])}"), _w("Hôm nay: " + x.date()), T]
        mids = [[cap()], [_w("Xem ảnh lớn")]]
        bottom = [("byline", x.byline().upper()), _w("In bài | Gửi email | Về trang trước"),
                  ("related", "CÁC TIN, BÀI ĐÃ ĐĂNG"), rel(), rel(), rel(),
                  _w(f"Số lượt truy cập: {r.randint(10**6, 10**8):,}".replace(",", ".")),
                  _w(f"Cơ quan chủ quản: Tỉnh uỷ {x.place}. Giấy phép số {r.randint(10, 999)}/GP-BTTTT"),
                  _w(f"Tổng biên tập: {x.c(AUTHORS)}")]
        D = None
    elif layout == "aggregator_app":
        S = (None, x.c(["Báo Mới", "Tin Mới", "24h", "Zing MP3 News"]))
        top = [S, T, ("credit", f"{x.c(OUTLETS)} · {r.randint(2, 59)} phút trước"), _w("Theo dõi")]
        mids = [[_w("Tài trợ"), _w(x.ad())], [cap()]]
        bottom = [("credit", f"Nguồn: {x.c(OUTLETS)}"), _w("Xem bài gốc"), _w("Mở trong ứng dụng để đọc tiếp"),
                  ("related", "Có thể bạn quan tâm"), rel(), ("related", x.teaser()), rel(), _w(x.counter())]
        D = None
    elif layout == "facebook_fanpage_post":
        S = (None, x.c(["Tin Nóng 24h", "Báo Tuổi Trẻ", "Hóng Biz", "VTV24", "Người Sài Gòn"]))
        top = [S, _w(f"{r.randint(1, 23)} giờ · 🌏"), _w(x.c(["📌 TIN NÓNG", "⚡ CẬP NHẬT", "#tintuc"])), T]
        mids = [[_w("Xem thêm")]]
        bottom = [("credit", f"👉 Chi tiết: {x.domain}/{r.randint(10**6, 10**7)}.html"),
                  _w(f"{r.randint(10, 9000)} lượt thích"), _w(f"{r.randint(1, 900)} bình luận   {r.randint(1, 300)} lượt chia sẻ"),
                  _w("Thích   Bình luận   Chia sẻ"), _w("Phù hợp nhất ▾"), _w(x.comment()), _w(x.comment()),
                  _w(x.comment()), _w("Xem thêm bình luận"), _w("Viết bình luận...")]
        D = None
    elif layout == "zalo_forward":
        S = None
        top = [_w(f"{x.c(COMMENTERS)} đã chuyển tiếp một tin nhắn"), _w(f"{x.hh:02d}:{x.mm:02d}"), T]
        mids = []
        bottom = [("related", f"{x.rel_title()} - {x.domain}"), _w("Đã nhận"), _w("Trả lời  ·  Chia sẻ  ·  Thêm"),
                  _w(f"{x.c(COMMENTERS)}: mọi người đọc đi nhé"), _w("❤️ 3")]
        D = None
    elif layout == "email_digest":
        S = (None, f"Bản tin {x.c(['sáng', 'trưa', 'tối'])} {x.c(OUTLETS)}")
        top = [_w("Xem email này trên trình duyệt"), S, D, _w("TIN NỔI BẬT HÔM NAY"), T]
        mids = [[("caption", x.caption())]]
        bottom = [_w("Đọc tiếp trên website →"), ("related", "CÁC TIN KHÁC"), rel(), ("related", x.teaser()), rel(),
                  ("related", x.teaser()), _w("Chuyển tiếp bản tin này cho bạn bè"),
                  _w("Bạn nhận được email này vì đã đăng ký bản tin. Huỷ đăng ký | Quản lý tuỳ chọn"),
                  _w(f"Toà soạn: {r.randint(1, 300)} {x.c(['Lê Lợi', 'Trần Hưng Đạo', 'Hàng Bài', 'Điện Biên Phủ'])}, {x.c(PLACES)}")]
    elif layout == "print_ocr_scan":
        S = (None, x.c(OUTLETS).upper())
        top = [_w(f"{S[1]} - SỐ {r.randint(10, 400)} - {WEEKDAYS[r.randint(0, 6)].upper()} {x.day}.{x.month}.{x.year}"),
               _w(f"{x.section.upper()}"), T, S]
        S = None
        mids = [[("caption", x.caption())], [_w(f"Trang {r.randint(2, 20)}")],
                [("related", x.teaser()), ("related", "(Xem tiếp trang " + str(r.randint(5, 19)) + ")")]]
        bottom = [("byline", x.byline().upper()), _w(f"{r.randint(2, 20)}"), _w("Quảng cáo - Rao vặt")]
        D = None
        top = top[:3] + [top[3]]
    elif layout == "screen_reader_dump":
        S = (None, f"{x.c(OUTLETS)}, trang chủ")
        top = [_w("Bỏ qua đến nội dung chính"), S, _w("Nút menu, đã thu gọn"), _w("Liên kết, Đăng nhập"),
               (None, f"Tiêu đề cấp 1, {x.title}"), D, _w("Nút Nghe bài viết")]
        T = None
        mids = [[("caption", "Hình ảnh, " + x.caption())], [_w("Vùng quảng cáo, bắt đầu"), _w("Vùng quảng cáo, kết thúc")]]
        bottom = [("byline", x.byline()), _w("Kết thúc nội dung bài viết"), ("related", "Tiêu đề cấp 2, Tin liên quan"),
                  ("related", "Liên kết, " + x.rel_title()), ("related", "Liên kết, " + x.rel_title()),
                  _w("Nút Chia sẻ lên Facebook"), _w("Nút Về đầu trang")]
    elif layout == "wayback_snapshot":
        S = (None, x.domain)
        top = [_w(f"The Wayback Machine - https://web.archive.org/web/{x.year}{x.month:02d}{x.day:02d}0{r.randint(10000, 99999)}/https://{x.domain}/"),
               _w(f"{r.randint(3, 900)} captures"), _w(f"{x.day} Jan {x.year} - {x.day} Dec {x.year + 3}"),
               S, _w(" ".join(r.sample(MENU, 6))), T, D]
        mids = [[cap()], [rel()]]
        bottom = [("byline", x.byline()), rel(), rel(), _w("Bài viết này đã được lưu trữ và có thể không còn được cập nhật."),
                  _w("Javascript is disabled in your browser")]
    elif layout == "reader_mode_export":
        S = (None, x.domain)
        top = [S, T, _w(f"Thời gian đọc ước tính: {r.randint(2, 9)} phút"), D]
        mids = [[("caption", x.caption())]]
        bottom = [("byline", x.byline()), _w(f"https://{x.domain}/{x.section.lower().replace(' ', '-')}-{r.randint(10**7, 10**8)}.htm"),
                  _w(f"Đã lưu vào Pocket lúc {x.hh:02d}:{x.mm:02d}"), _w("Trang 1/1")]
    elif layout == "foreign_vn_service":
        S = (None, x.c(["BBC News Tiếng Việt", "VOA Tiếng Việt", "RFA Tiếng Việt", "RFI Tiếng Việt", "DW Tiếng Việt"]))
        top = [S, _w("Nhảy đến nội dung"), T, ("byline", f"{x.byline()}"), _w(x.c(["Gửi từ Bangkok", "Phóng viên tại Washington", "BBC News Tiếng Việt"])),
               D, _w("Chia sẻ bài này với Email Facebook Messenger Twitter")]
        mids = [[_w("Nguồn hình ảnh,"), ("credit", x.c(["Getty Images", "AFP", "Reuters", "EPA", "Handout"])), _w("Chú thích hình ảnh,"), cap()],
                [rel()], [_w("Bỏ qua Podcast và tiếp tục đọc"), _w("Podcast: Thế giới tuần qua")]]
        bottom = [_w("Chủ đề liên quan"), _w(", ".join(r.sample(TAGS, 3))), ("related", "Tin chính"), rel(),
                  ("related", x.teaser()), rel(), _w("Đọc nhiều nhất"), rel(), _w(f"Tại sao bạn có thể tin tưởng {S[1].split()[0]}"),
                  _w(f"© {x.year} {S[1].split()[0]}. {S[1].split()[0]} không chịu trách nhiệm về nội dung các trang bên ngoài.")]
    elif layout == "finance_stock_site":
        S = (None, x.c(["CafeF", "VnEconomy", "Vietstock", "NDH", "Báo Đầu tư"]))
        top = [_w(f"VN-INDEX {r.randint(900, 1200)},{r.randint(10, 99)} ▲{r.randint(1, 9)},{r.randint(10, 99)} ({r.randint(0, 1)},{r.randint(10, 99)}%)"),
               _w(f"HNX {r.randint(90, 130)},{r.randint(10, 99)} ▼0,{r.randint(10, 99)}"), S, T, D]
        mids = [[_w(f"Mã CK liên quan: {x.c(['PVN', 'PVC', 'VCB', 'HPG', 'VNM', 'FPT'])}")], [rel()], [_w(x.ad())]]
        bottom = [("credit", f"Theo {x.c(OUTLETS)}"), _w("Tin mới"), rel(), rel(), _w("Cùng chuyên mục"), rel(),
                  _w("Thông tin chỉ mang tính tham khảo, không phải khuyến nghị đầu tư."), _w("Đặt lệnh ngay với app chứng khoán 0 đồng phí giao dịch.")]
    elif layout == "police_law_paper":
        S = (None, x.c(["Công an Nhân dân", "Pháp Luật TP.HCM", "Báo Pháp luật Việt Nam", "An ninh Thủ đô"]))
        top = [S, _w(f"Đường dây nóng: 0{r.randint(900000000, 999999999)}"), _w(f"{x.section} » {x.c(['Vụ án', 'Điều tra', 'Hồ sơ'])}"), T, D]
        mids = [[cap(), ("credit", f"Ảnh: {x.c(['Công an cung cấp', 'CTV', x.c(AUTHORS)])}")], [rel()],
                [_w(f"Bạn nghĩ sao về vụ việc này?"), _w("○ Cần xử lý hình sự  ○ Xử phạt hành chính là đủ  ○ Ý kiến khác"), _w("Bình chọn | Xem kết quả")]]
        bottom = [("byline", x.byline()), _w(x.counter()), _w("Gửi bình luận"), _w(x.comment()),
                  _w("Bình luận của bạn sẽ được biên tập trước khi đăng."), ("related", "Các tin khác"), rel(), rel()]
    elif layout == "paywall_premium":
        S = (None, x.c(["Tuổi Trẻ Sao", "Thanh Niên Premium", "VnExpress Plus", "Nhịp sống kinh tế"]))
        top = [_w("Trang web sử dụng cookie để cải thiện trải nghiệm của bạn. Đồng ý | Tuỳ chỉnh"), S, _w("NỘI DUNG DÀNH CHO HỘI VIÊN"), T,
               ("byline", x.byline()), D]
        mids = [[_w("Bạn đã đọc 2/3 bài miễn phí trong tháng này.")], [("related", x.teaser())]]
        bottom = [_w("Để đọc tiếp, vui lòng đăng nhập hoặc đăng ký gói hội viên chỉ từ 2.000 đồng/ngày."),
                  _w("Đăng nhập bằng Google | Facebook | Apple"), _w(f"Đã có {r.randint(100, 9999):,} người đọc bài này".replace(",", ".")),
                  _w("Tặng bài viết"), _w("Gửi sao cho tác giả ⭐")]
    elif layout == "tv_video_page":
        S = (None, x.c(["VTV.vn", "HTV Online", "VTC News", "THVL", "ANTV"]))
        top = [S, _w(x.c(["▶ Phát", "Video đang phát"])), _w(f"00:00 / 0{r.randint(1, 5)}:{r.randint(10, 59)}"),
               ("caption", "Video: " + x.caption()), T, D]
        mids = [[_w("Xem thêm video ▸")], [cap()]]
        bottom = [("byline", f"BTV {x.c(AUTHORS)}"), ("credit", x.credit()), ("related", "Video khác"), rel(), rel(),
                  _w("Lịch phát sóng"), _w("Đăng ký kênh YouTube để xem nhanh nhất")]
    elif layout == "forum_repost":
        S = (None, x.c(["Otofun", "VOZ Forums", "Webtretho", "Tinhte.vn"]))
        top = [S, _w(f"Chuyện bên lề › {x.section}"), (None, f"[Tin tức] {x.title}"), _w(f"Thảo luận trong '{x.section}' bắt đầu bởi {x.c(COMMENTERS)}, {x.day}/{x.month}/{x.year}."),
               _w("#1"), _w(f"{x.c(COMMENTERS)}"), _w("Thành viên mới")]
        T = None
        mids = []
        bottom = [("credit", f"Nguồn: {x.domain}"), _w(f"{x.c(COMMENTERS)}, {x.day}/{x.month}/{x.year}"), _w("#2"),
                  _w(x.c(COMMENTS)), _w("Trích dẫn  Trả lời"), _w("#3"), _w(x.c(COMMENTS)),
                  _w("Bạn phải đăng nhập hoặc đăng ký để trả lời bài viết.")]
        D = None
    elif layout == "telegram_channel":
        S = (None, x.c(["Tin Nhanh 24/7", "Tin Nóng VN", "Thời Sự Mỗi Ngày"]))
        top = [S, _w(f"{r.randint(1, 90)},{r.randint(1, 9)}K người đăng ký"), (None, f"🔴 {x.title}")]
        T = None
        mids = []
        bottom = [("credit", f"🔗 Nguồn: {x.domain}"), _w("#" + x.c(TAGS).replace(" ", "_")), _w(f"👁 {r.randint(1, 50)},{r.randint(1, 9)}K  {x.hh:02d}:{x.mm:02d}"),
                  _w("đã chỉnh sửa")]
        D = None
    else:  # pragma: no cover
        raise ValueError(layout)
    if layout in WEB_LAYOUTS and r.random() < 0.5:
        mids.append([r.choice(EXTRAS)(x)])
    if T is not None and T not in top:
        top.insert(0, T)
    if D is not None and D not in top:
        top.insert(min(2, len(top)), D)
    top = [t for t in top if t is not None]
    return top, mids, bottom


WEB_LAYOUTS = {"portal_desktop", "amp_mobile", "provincial_party_paper", "aggregator_app", "wayback_snapshot",
               "foreign_vn_service", "finance_stock_site", "police_law_paper", "paywall_premium", "tv_video_page"}
EXTRAS = [
    lambda x: ("widget", f"Mời bạn đọc gửi thông tin, hình ảnh về vụ việc tới đường dây nóng 0{x.r.randint(900000000, 999999999)} hoặc email toasoan@{x.domain.split('/')[0]}."),
    lambda x: ("widget", "Nội dung được tài trợ"),
    lambda x: ("widget", f"Bài viết được thực hiện với sự hỗ trợ của {x.c(['Ngân hàng ACB', 'Vinamilk', 'Tập đoàn FPT', 'Quỹ Vì người nghèo'])}."),
    lambda x: ("widget", x.ad()),
    lambda x: ("widget", "Đăng ký nhận tin mỗi sáng qua email. Đăng ký"),
    lambda x: ("related", "TIN NÊN ĐỌC"),
    lambda x: ("related", f"{x.rel_title()} {x.c(['📷', '🎬', ''])}".strip()),
    lambda x: ("caption", x.caption()),
    lambda x: ("widget", "Theo dõi chúng tôi trên Google News"),
    lambda x: ("related", f"Video: {x.rel_title()}"),
]


# ---------------------------------------------------------------- faults
FAULTS = ("nbsp", "zwsp", "double", "glue", "nfd")


def _inner_space(rng, s):
    idx = [i for i, ch in enumerate(s) if ch == " " and 0 < i < len(s) - 1]
    return rng.choice(idx) if idx else None


def apply_faults(rng: random.Random, paras: list[list[str]], kinds: list[str]) -> list[list[str]]:
    out = []
    for para in paras:
        para = list(para)
        for k in kinds:
            if k == "glue" and len(para) > 1 and rng.random() < 0.5:
                j = rng.randrange(len(para) - 1)
                para[j:j + 2] = [para[j] + para[j + 1]]
            elif k in ("nbsp", "zwsp", "double"):
                for j in range(len(para)):
                    if rng.random() < 0.4:
                        i = _inner_space(rng, para[j])
                        if i is None:
                            continue
                        rep = {"nbsp": "\u00a0", "zwsp": " \u200b", "double": "  "}[k]
                        para[j] = para[j][:i] + rep + para[j][i + 1:]
        out.append(para)
    return out


# ---------------------------------------------------------------- pages
SYNTH_TRAILERS = [
    ("byline", "{a}"), ("credit", "(Theo {o})"), ("credit", "Theo {o}"), ("byline", "{A}"),
    ("related", "Xem thêm: {t}"), ("byline", "{a} - {b}"),
]


def make_page(k: int, row: int, title: str, article: str, related, rng: random.Random) -> Page:
    layout = LAYOUTS[k % len(LAYOUTS)]
    x = Ctx(rng, related, title)
    # optionally glue a trailer to the raw article, as VietNews often has
    story, trailers = split_trailers(article)
    if rng.random() < 0.3 and not trailers:
        # the kind of trailer VietNews pages glue after the last sentence; it stays furniture
        kind, tpl = rng.choice(SYNTH_TRAILERS)
        t = tpl.format(a=rng.choice(AUTHORS), A=rng.choice(AUTHORS).upper(), b=rng.choice(AUTHORS),
                       o=rng.choice(OUTLETS), t=x.rel_title().rstrip(".!?"))
        trailers = [(kind, t)]
    sents = split_sentences(story)
    paras, i = [], 0
    while i < len(sents):
        n = rng.choice([1, 2, 2, 3, 3, 4])
        paras.append(sents[i:i + n])
        i += n
    faulty = rng.random() < 0.27
    kinds: list[str] = []
    if faulty:
        kinds = rng.sample(FAULTS, rng.choice([1, 2]))
        paras = apply_faults(rng, paras, kinds)
    top, mids, bottom = build_layout(layout, x)
    if any(kd == "byline" for kd, _ in trailers):  # the article already signs itself
        bottom = [it for it in bottom if it[0] != "byline"]
    lines: list[tuple[str | None, str]] = list(top)
    # mid-story furniture at random paragraph gaps
    slots = {}
    for m in mids:
        if len(paras) > 1:
            slots.setdefault(rng.randrange(1, len(paras)), []).extend(m)
    body_lines: set[str] = set()
    for pi, para in enumerate(paras):
        for item in slots.get(pi, []):
            lines.append(item)
        line = " ".join(para)
        lines.append(("BODY", line))
        body_lines.add(line)
    lines.extend(trailers)
    lines.extend(bottom)
    if "nfd" in kinds:
        nf = lambda s: unicodedata.normalize("NFD", s)
        lines = [(kd, nf(s)) for kd, s in lines]
        paras = [[nf(s) for s in p] for p in paras]
        body_lines = {nf(s) for s in body_lines}
    text_lines, furniture = [], []
    seen_unlab = 0
    body_sents = {s for p in paras for s in p}
    for kd, s in lines:
        s = s.strip()
        if not s:
            continue
        if kd != "BODY" and (s in body_lines or s in body_sents):
            continue
        if kd is None:
            if seen_unlab >= 3:
                kd = "widget"
            seen_unlab += 1 if kd is None else 0
        text_lines.append(s)
        if kd not in ("BODY", None):
            furniture.append((kd, s))
    body = [s for p in paras for s in p]
    return Page(text="\n".join(text_lines), body=body, furniture=furniture, layout=layout)


def pages(train_path: Path) -> list[Page]:
    body_rows, related = _read_rows(Path(train_path))
    out = []
    for k, (row, title, article) in enumerate(body_rows):
        rng = random.Random(SEED * 100_003 + row)
        out.append(make_page(k, row, title, article, related, rng))
    return out


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[-1])
        return 2
    t0 = time.time()
    ps = pages(Path(argv[1]))
    nb = sum(len(p.body) for p in ps)
    nf = sum(len(p.furniture) for p in ps)
    print(f"pages: {len(ps)}  layouts: {len({p.layout for p in ps})}  body sentences: {nb}  "
          f"furniture lines: {nf}  time: {time.time() - t0:.2f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
