"""Blind held-out scraped-page set for the vnsumm cleaner (issue 21).

Standard library only, seeded and deterministic.

    python eval/clean_test21/make.py TRAIN.jsonl.gz

Each Page holds the page text, the story's sentences (``body``) and a label
for every other line (``furniture``), except at most three unlabelled lines:
the title, one date/time line and one site-name line.
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

BODY_ROWS = range(16_300, 16_600)
RELATED_ROWS = range(13_600, 14_000)
RELATED_CUT = 1_200
KINDS = ("byline", "credit", "caption", "related", "widget")
SEED = 2126_1203

LAYOUTS = (
    "bao_tinh_dang",        # provincial party daily web page
    "cong_tai_chinh",       # business/finance portal with tickers
    "dai_phat_thanh",       # radio station site with audio player
    "kenh_truyen_hinh",     # TV station site, video-first
    "dich_vu_nuoc_ngoai",   # Vietnamese-language foreign service
    "bao_hai_ngoai",        # diaspora outlet with classified ads
    "thong_bao_day",        # news app push notification + in-app reader
    "chia_se_zalo_fb",      # Zalo / Facebook share with comments
    "kenh_telegram",        # Telegram channel forward
    "the_discover",         # Google Discover style card feed around the story
    "ban_tin_email",        # RSS / e-mail digest
    "trinh_duyet_dt",       # copy-paste from a phone browser
    "bao_in_pdf",           # PDF / e-paper text extraction
    "trinh_doc_man_hinh",   # accessibility / screen-reader dump
    "xuat_cms_json",        # CMS / JSON export rendered as key: value text
    "luu_tru_web",          # web archive snapshot
    "cong_chinh_phu",       # provincial government portal
    "suc_khoe_doi_song",    # lifestyle / health portal with sponsored blocks
    "dien_dan_cong_nghe",   # tech site with forum-style comment thread
)


@dataclass
class Page:
    text: str
    body: list[str]
    furniture: list[tuple[str, str]]
    layout: str


# ---------------------------------------------------------------- vocabulary

UP = "A-ZÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐĨŨƠƯẠ-Ỹ"
HO = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
      "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Trương", "Đinh", "Lưu")
DEM = ("Văn", "Thị", "Minh", "Ngọc", "Thanh", "Hữu", "Đức", "Thu", "Quốc",
       "Hoài", "Bảo", "Kim", "Xuân", "Gia", "Phương", "Anh")
TEN = ("An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hùng",
       "Khoa", "Lan", "Linh", "Long", "Mai", "Nam", "Phong", "Phương", "Quân",
       "Sơn", "Tâm", "Thảo", "Trang", "Tuấn", "Vy", "Yến", "Khánh", "Nhi",
       "Đạt", "Hiếu", "Uyên", "Thắng", "Lộc", "Duyên", "Trí")
PLACES = ("Hà Nội", "TP.HCM", "Đà Nẵng", "Cần Thơ", "Hải Phòng", "Nghệ An",
          "Thanh Hóa", "Quảng Ninh", "Lâm Đồng", "Đắk Lắk", "Bình Định",
          "Khánh Hòa", "An Giang", "Cà Mau", "Lào Cai", "Huế", "Quảng Nam",
          "Bến Tre", "Sóc Trăng", "Gia Lai", "Hà Giang", "Phú Yên")
AGENCIES = ("TTXVN", "Vietnam+", "VOV", "VTV", "Reuters", "AFP", "AP",
            "Bloomberg", "Nikkei Asia", "Xinhua", "Kyodo", "Yonhap", "CNN",
            "BBC", "The Guardian", "Financial Times", "Bangkok Post",
            "The Straits Times", "South China Morning Post", "Le Monde")
OUTLETS = ("Báo Lao Động", "Báo Thanh Niên", "Tuổi Trẻ", "VnExpress",
           "Dân Trí", "Báo Người Lao Động", "Báo Tin Tức", "Báo Đầu tư",
           "Thời báo Kinh tế Sài Gòn", "Báo Pháp Luật TP.HCM", "Báo Nhân Dân",
           "Báo Quân đội nhân dân", "Báo Công An Nhân Dân", "Vietnamnet",
           "Báo Cần Thơ", "Báo Đà Nẵng", "Báo Nghệ An", "Zing News",
           "Báo Giao thông", "Báo Sức khỏe & Đời sống", "Báo Giáo dục & Thời đại",
           "Tạp chí Tài chính", "VietnamFinance", "Báo Tiền Phong")
SECTIONS = ("Thời sự", "Kinh tế", "Xã hội", "Thế giới", "Văn hóa", "Giải trí",
            "Pháp luật", "Giáo dục", "Sức khỏe", "Đời sống", "Công nghệ",
            "Thể thao", "Du lịch", "Bất động sản", "Tài chính", "Chứng khoán",
            "Nhịp sống", "Bạn đọc", "Quốc phòng", "Xe")
TICKERS = ("VNM", "VIC", "HPG", "FPT", "MWG", "VCB", "BID", "CTG", "SSI",
           "GAS", "MSN", "VHM", "TCB", "PNJ", "REE", "DGC")


def _ascii(s: str) -> str:
    s = s.replace("đ", "d").replace("Đ", "D")
    return unicodedata.normalize("NFD", s).encode("ascii", "ignore").decode()


def _src(s: str) -> str:
    """Source text as a clean baseline: NFC, no zero-width characters, single spaces."""
    s = unicodedata.normalize("NFC", s)
    s = re.sub("[\u200b-\u200f\u2060\ufeff\u00ad]", "", s)
    return " ".join(s.split())


def vn_name(rng: random.Random, full: bool | None = None) -> str:
    if full is None:
        full = rng.random() < 0.55
    if full:
        return f"{rng.choice(HO)} {rng.choice(DEM)} {rng.choice(TEN)}"
    return f"{rng.choice(DEM)} {rng.choice(TEN)}"


def pen(rng: random.Random) -> str:
    return vn_name(rng, False)


def dmy(rng: random.Random) -> tuple[int, int, int]:
    return rng.randint(1, 28), rng.randint(1, 12), rng.choice((2017, 2018, 2019))


def hm(rng: random.Random) -> str:
    return f"{rng.randint(5, 23):02d}:{rng.randint(0, 59):02d}"


WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")


# ---------------------------------------------------------------- furniture

def byline(rng: random.Random) -> str:
    n, p = vn_name(rng), pen(rng)
    d, m, y = dmy(rng)
    forms = (
        lambda: p.upper(),
        lambda: n,
        lambda: f"Bài và ảnh: {p}",
        lambda: f"{p} - {pen(rng)}",
        lambda: f"{n} ({rng.choice(PLACES)})",
        lambda: f"Tác giả: {n}",
        lambda: f"Ghi chép của {n}",
        lambda: f"Đăng bởi: {rng.choice(('admin', 'bientap', 'tbt', 'ctv'))}_{rng.randint(1, 99)}",
        lambda: f"Phóng viên thường trú tại {rng.choice(PLACES)}",
        lambda: f"{p}/VOV-{rng.choice(('Tây Bắc', 'Miền Trung', 'ĐBSCL', 'Tây Nguyên'))}",
        lambda: f"{p} | {hm(rng)} {d:02d}/{m:02d}/{y}",
        lambda: f"Nhóm PV {rng.choice(SECTIONS)}",
        lambda: f"Người viết: {n}, {rng.choice(('giảng viên', 'chuyên gia kinh tế', 'luật sư', 'bác sĩ'))}",
        lambda: f"{p} thực hiện",
        lambda: f"Thực hiện: {p} | Đồ họa: {pen(rng)}",
        lambda: f"{p.upper()} - {pen(rng).upper()}",
        lambda: f"Bởi {n}",
        lambda: f"{n}, phóng viên {rng.choice(('thường trú', 'ban Thời sự', 'ban Kinh tế', 'khu vực phía Nam'))}",
        lambda: f"Nhóm phóng viên",
        lambda: f"{n} (CTV)",
        lambda: f"Bài: {p} - Ảnh: {pen(rng)}",
        lambda: f"{n}, từ {rng.choice(('Washington', 'Paris', 'Tokyo', 'Sydney', 'Berlin', 'Houston'))}",
    )
    return rng.choice(forms)()


def credit(rng: random.Random) -> str:
    a, o = rng.choice(AGENCIES), rng.choice(OUTLETS)
    forms = (
        lambda: f"Theo {a}",
        lambda: f"(Theo {o})",
        lambda: f"Nguồn: {o}",
        lambda: f"Theo {a}, {rng.choice(AGENCIES)}",
        lambda: f"Ảnh: Getty Images",
        lambda: f"Biên dịch: {pen(rng)} (theo {a})",
        lambda: f"Lược dịch từ {a}",
        lambda: f"Bài viết được đăng lại với sự đồng ý của {o}.",
        lambda: f"Ảnh: {a} phát",
        lambda: f"Video: {rng.choice(('VTV24', 'VTC Now', 'THVL', 'HTV9', 'ANTV'))}",
        lambda: f"Nguồn ảnh: {a}",
        lambda: f"Tổng hợp từ {o}, {rng.choice(OUTLETS)}",
        lambda: f"{pen(rng)} (tổng hợp)",
        lambda: f"Theo {o} - {rng.choice(PLACES)}",
        lambda: f"Bản quyền hình ảnh {a}",
        lambda: f"Nguồn tin: {a}",
        lambda: f"Ảnh tư liệu: {o}",
        lambda: f"Dịch từ bản tiếng Anh của {a}",
        lambda: f"{o} dẫn nguồn {a}",
        lambda: f"Bài gốc đăng trên {o} ngày {rng.randint(1, 28)}-{rng.randint(1, 12)}",
    )
    return rng.choice(forms)()


CAP_SCENES = (
    "Quang cảnh buổi làm việc sáng {d}-{m}.",
    "Người dân xếp hàng chờ làm thủ tục tại {p}.",
    "Toàn cảnh hội nghị diễn ra tại {p}",
    "Các đại biểu tham quan khu trưng bày sản phẩm",
    "Lực lượng chức năng kiểm tra hiện trường",
    "Một góc {p} nhìn từ trên cao",
    "Khách hàng giao dịch tại một chi nhánh ngân hàng ở {p}.",
    "Nông dân {p} thu hoạch vụ mới",
    "Hàng hóa được bốc dỡ tại cảng {p}",
    "Du khách tham quan phố cổ trong ngày đầu tuần.",
    "Tác phẩm được trưng bày tại triển lãm",
    "Buổi lễ ký kết hợp tác giữa hai bên",
    "Phiên tòa xét xử sáng {d}-{m} tại {p}",
    "Nhà đầu tư theo dõi bảng điện tử tại một công ty chứng khoán.",
    "Công nhân làm việc trong nhà máy tại khu công nghiệp {p}",
    "Khán giả chật kín khán phòng trong đêm khai mạc.",
    "Xe cộ ùn ứ trên tuyến đường dẫn vào trung tâm {p} chiều {d}-{m}.",
    "Tiểu thương bày bán hàng tại chợ đầu mối {p}",
)
CAP_MARKS = (
    " - Ảnh: {P}", ". Ảnh: {P}", " (Ảnh: {P})", " - Ảnh minh họa", " (Ảnh minh họa: {A})",
    " - Ảnh: TL", " | Ảnh: {A}", ". Ảnh: Internet", " - Ảnh: {P} chụp ngày {d}-{m}",
    " (Ảnh: Tư liệu)", "", "", " - Ảnh: Reuters", ". (Ảnh: {A})",
)


def caption(rng: random.Random, people: list[str], rel_first: list[str]) -> str:
    d, m, _ = dmy(rng)
    fill = dict(d=d, m=m, p=rng.choice(PLACES), P=pen(rng).upper(), A=rng.choice(AGENCIES))
    r = rng.random()
    if people and r < 0.3:
        who = rng.choice(people)
        base = rng.choice((
            "{w} trao đổi với phóng viên bên lề sự kiện",
            "{w} (thứ hai từ trái) tại buổi làm việc",
            "{w} phát biểu tại hội nghị.",
            "{w} chia sẻ với báo chí sáng {d}-{m}.",
            "Chân dung {w}",
            "{w} (giữa) cùng các đồng nghiệp",
        )).format(w=who, **fill)
    elif rel_first and r < 0.42:
        # a caption reused from another story, reads like a sentence
        base = rng.choice(rel_first)
    else:
        base = rng.choice(CAP_SCENES).format(**fill)
    if rel_first and base in rel_first:
        mark = rng.choice(("", "", " (Ảnh minh họa)", " - Ảnh: TL"))
    else:
        mark = rng.choice(CAP_MARKS).format(**fill)
    if base.endswith(".") and mark:
        mark = mark[1:] if mark.startswith(".") else mark
        base = base if mark.startswith(" ") and mark[1:2] == "Ả" else base[:-1]
    return (base + mark).strip()


def widget(rng: random.Random, tag: str | None = None) -> str:
    d, m, y = dmy(rng)
    sec = rng.choice(SECTIONS)
    k = rng.randint(2, 980)
    pools = {
        "menu": (
            "Trang chủ | Thời sự | Kinh tế | Xã hội | Thế giới | Văn hóa | Thể thao",
            "☰ Chuyên mục",
            "Mới nhất   Đọc nhiều   Video   Podcast   E-paper",
            "Tiêu điểm · Tài chính · Doanh nghiệp · Bất động sản · Quốc tế",
            "TRANG CHỦ  CHÍNH TRỊ  KINH TẾ  XÃ HỘI  PHÁP LUẬT  VĂN HÓA",
            "Tin nóng  |  Chính trị  |  Địa phương  |  Đảng trong cuộc sống",
            "Menu",
            "English | 中文 | Tiếng Việt",
            "Tìm kiếm...",
        ),
        "crumb": (
            f"Trang chủ > {sec}",
            f"Trang chủ » {sec} » {rng.choice(SECTIONS)}",
            f"{sec} / {rng.choice(PLACES)}",
            f"Tin tức › {sec}",
            f"{sec.upper()}",
            f"Bạn đang ở: Trang chủ / {sec}",
        ),
        "share": (
            "Chia sẻ Facebook Twitter Zalo",
            "Chia sẻ",
            "Copy link",
            "In bài viết | Gửi email | Lưu bài",
            "Thích 0 | Chia sẻ",
            f"👍 {k}   💬 {rng.randint(0, 99)}   ↗ {rng.randint(0, 40)}",
            "Gửi bài viết cho bạn bè",
            "Theo dõi chúng tôi trên Google News",
            "Lưu bài viết",
            "Tăng cỡ chữ  Giảm cỡ chữ",
        ),
        "ad": (
            "QUẢNG CÁO",
            "Quảng cáo",
            "Advertisement",
            f"Vay tín chấp lãi suất chỉ từ 0,{rng.randint(5, 9)}%/tháng, giải ngân trong 24 giờ, gọi ngay 1900 {rng.randint(1000, 9999)}.",
            f"Căn hộ ven sông tại {rng.choice(PLACES)} đang mở bán đợt cuối với chiết khấu tới {rng.randint(5, 18)}%.",
            "Mua bảo hiểm xe máy online chỉ 66.000 đồng/năm, giao giấy chứng nhận tận nhà.",
            "Khóa học tiếng Anh giao tiếp cho người đi làm, học thử miễn phí tuần đầu tiên.",
            "Nội dung tài trợ",
            "Được tài trợ bởi",
            "Sản phẩm này không phải là thuốc và không có tác dụng thay thế thuốc chữa bệnh.",
            "Mở tài khoản chứng khoán trong 5 phút, miễn phí giao dịch 3 tháng đầu.",
            "Tắt quảng cáo",
        ),
        "notice": (
            "Bạn đang đọc bản rút gọn. Đăng nhập để đọc toàn văn.",
            "Bài viết này có 3 phút đọc",
            "Nghe đọc bài viết",
            "Trang web sử dụng cookie để cải thiện trải nghiệm. Đồng ý | Tìm hiểu thêm",
            "Tải ứng dụng để nhận tin nhanh hơn",
            "Mời bạn đọc gửi thông tin, hình ảnh, video về địa chỉ email: toasoan@baomoi24.vn",
            "Đường dây nóng: 0903 123 456",
            "Bạn có thông tin muốn chia sẻ? Liên hệ đường dây nóng của tòa soạn.",
            "Nhấn vào đây để theo dõi chuyên mục",
            "Bài viết có nội dung tham khảo, không thay thế tư vấn chuyên môn.",
        ),
        "tags": (
            f"Tags: {sec.lower()}, {rng.choice(PLACES)}, {rng.choice(SECTIONS).lower()}",
            f"Từ khóa: #{sec.replace(' ', '')} #{rng.choice(PLACES).replace(' ', '').replace('.', '')}",
            f"Chủ đề: {rng.choice(SECTIONS)}",
            "#tintuc #moinhat #hot",
            f"Xem thêm về: {rng.choice(PLACES)}",
        ),
        "count": (
            f"{k} lượt xem",
            f"Lượt xem: {k}.{rng.randint(100, 999)}",
            f"{rng.randint(1, 15)} phút đọc",
            f"{rng.randint(0, 99)} bình luận",
            f"👁 {rng.randint(1, 90)},{rng.randint(1, 9)}K",
            f"Đã xem {k} lần",
        ),
        "footer": (
            f"© {y} Bản quyền thuộc về {rng.choice(OUTLETS)}",
            "Giấy phép số 178/GP-BTTTT do Bộ Thông tin và Truyền thông cấp.",
            f"Tòa soạn: {rng.randint(1, 300)} {rng.choice(('Lê Duẩn', 'Nguyễn Trãi', 'Hai Bà Trưng', 'Trần Phú', 'Điện Biên Phủ'))}, {rng.choice(PLACES)}",
            "Ghi rõ nguồn khi phát hành lại thông tin từ website này.",
            "Tổng biên tập: " + vn_name(rng, True),
            "Liên hệ quảng cáo | Điều khoản sử dụng | Chính sách bảo mật",
            "Về đầu trang ↑",
            "Điện thoại: (028) 3930 " + str(rng.randint(1000, 9999)) + " - Email: toasoan@" + rng.choice(("baocantho", "nld", "vov", "tinmoi")) + ".vn",
        ),
        "login": (
            "Đăng nhập",
            "Đăng nhập | Đăng ký",
            "Đăng nhập để bình luận",
            "Quên mật khẩu?",
            "Đăng nhập bằng Google",
        ),
        "poll": (
            "Bạn có ủng hộ đề xuất này?",
            "Có, nên áp dụng ngay",
            "Không, cần thêm thời gian",
            "Ý kiến khác",
            "Bình chọn   Xem kết quả",
            f"{rng.randint(100, 9000)} người đã bình chọn",
        ),
        "comment": (
            f"{pen(rng)}: Bài viết rất hay, cảm ơn tác giả.",
            f"{vn_name(rng)} · {rng.randint(1, 23)} giờ trước",
            "Trả lời   Thích",
            f"Bình luận ({rng.randint(0, 80)})",
            f"{pen(rng)} ({rng.choice(PLACES)}): Mong các cơ quan chức năng xử lý nghiêm để làm gương.",
            f"{pen(rng)}: Giá cả như vậy thì người lao động sống sao nổi?",
            "Ý kiến của bạn sẽ được biên tập trước khi đăng.",
            "Gửi bình luận",
            f"{pen(rng)}: Tôi ở {rng.choice(PLACES)} cũng gặp tình trạng y hệt, gọi tổng đài mãi không ai nghe.",
            "Xem thêm bình luận",
            "Sắp xếp theo: Mới nhất | Được thích nhất",
        ),
        "time": (
            f"Cập nhật {hm(rng)} {d:02d}/{m:02d}/{y}",
            f"{rng.randint(2, 50)} phút trước",
            f"Đăng lúc {hm(rng)}",
            f"Sửa lần cuối: {d}/{m}/{y}",
            f"{rng.randint(1, 23)} giờ trước",
        ),
    }
    if tag is None:
        tag = rng.choice(sorted(pools))
    return rng.choice(pools[tag])


def related_line(rng: random.Random, rel: list[tuple[str, str]], style: str | None = None) -> str:
    title, first = rng.choice(rel)
    style = style or rng.choice(("plain", "bullet", "arrow", "date", "video", "num",
                                 "tlq", "teaser", "plain", "ago", "photo", "xemthem"))
    if style == "plain":
        return title
    if style == "bullet":
        return "• " + title
    if style == "arrow":
        return "» " + title
    if style == "date":
        d, m, _ = dmy(rng)
        return f"{title} ({d:02d}/{m:02d})"
    if style == "video":
        return rng.choice(("Video: ", "[Video] ", "▶ ")) + title
    if style == "num":
        return f"{rng.randint(1, 9)}. {title}"
    if style == "tlq":
        return rng.choice(("TIN LIÊN QUAN: ", "Đọc thêm: ", "Xem thêm: ", ">> ")) + title
    if style == "teaser":
        return first
    if style == "ago":
        return f"{title} - {rng.randint(1, 12)} giờ trước"
    if style == "photo":
        return title + rng.choice((" 📷", " (ảnh)", " - Ảnh"))
    return "Xem thêm: " + title


# ---------------------------------------------------------------- story text

ABBR = re.compile(r"(?:\b(?:TP|Q|P|GS|TS|PGS|KTS|ThS|BS|Th|St|Mr|Mrs|Ms|Dr|TT|TX|H|Tp|NĐ|TW|Ltd|Co|Inc|No|Jr|Sr|vs|[" + UP + r"]))$")
CAND = re.compile(r"(?<=[.!?…])\s+(?=[\"“" + UP + r"0-9])|(?<=[.!?…] [\"”])\s+(?=[" + UP + r"])")


def split_sentences(text: str) -> list[str]:
    out, start = [], 0
    for m in CAND.finditer(text):
        head = text[start:m.start()].rstrip()
        word = head[:-1].rsplit(" ", 1)[-1] if head.endswith(".") else ""
        if word and ABBR.search(word):
            continue
        if len(head) < 12:
            continue
        if text[m.end()] in "\"“":
            after = text[m.end() + 1:].lstrip()
            if not after or after[0] in ",-–—.:;)" or after[0].islower():
                continue  # a closing quote, or a quoted word inside the sentence
        out.append(head.strip())
        start = m.end()
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return [s for s in out if s]


def _is_name_tail(s: str) -> bool:
    words = s.split()
    if not 1 <= len(words) <= 5 or any(ch.isdigit() for ch in s):
        return False
    return all(w[0].isupper() or w in ("-", "&", "và") for w in words) and not s.endswith((".", "?", "!", ":"))


def split_trailers(article: str) -> tuple[str, list[tuple[str, str]]]:
    """Cut byline / credit / 'Xem thêm' trailers glued to the article end."""
    text = " ".join(article.split())
    trail: list[tuple[str, str]] = []
    for _ in range(4):
        m = re.search(r"(?:^|(?<=[.!?…\"”)]))\s*((?:\(\s*)?(?:Theo|Nguồn:?)\s+[^.!?()]{2,60}(?:\s*\))?)\s*$", text)
        if m and len(m.group(1).split()) <= 9:
            trail.insert(0, ("credit", m.group(1).strip()))
            text = text[:m.start(1)].strip()
            continue
        m = re.search(r"(?:^|(?<=[.!?…\"”]))\s*(Xem thêm\b.*)$", text)
        if m and len(m.group(1)) < 200:
            t = m.group(1).strip()
            trail.insert(0, ("related" if len(t.split()) > 4 else "widget", t))
            text = text[:m.start(1)].strip()
            continue
        m = re.search(r"(?<=[.!?…\"”])\s+([^.!?…\"”:]+)$", text)
        if m and _is_name_tail(m.group(1).strip()):
            trail.insert(0, ("byline", m.group(1).strip()))
            text = text[:m.start(1)].strip()
            continue
        break
    return text, trail


def _cut_caption(s: str) -> tuple[str, str] | None:
    """A photo caption glued to a sentence: return (caption, rest) or None."""
    i = s.find(" - Ảnh")
    if i < 0:
        i = s.find("Ảnh:") if s.startswith("Ảnh:") else -1
    if i < 0:
        return None
    j = s.find(":", i)
    if j < 0 or j - i > 8:
        return s, ""  # '- Ảnh do ... cung cấp' style: whole sentence
    k = j + 1
    while k < len(s) and s[k] == " ":
        k += 1
    end = k
    while end < len(s) and (s[end].isupper() or s[end] in " ."):
        end += 1
    if end < len(s) and s[end].islower() and end - 1 > k and s[end - 1].isupper():
        end -= 1  # 'TRUNGNhững': the last capital starts the next sentence
    return s[:end].strip(), s[end:].strip()


def story_units(article: str) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    text, trail = split_trailers(article)
    units: list[tuple[str, str]] = []
    for s in split_sentences(text):
        while s:
            cut = _cut_caption(s)
            if cut is None:
                units.append(("s", s))
                break
            cap, s = cut
            if cap:
                units.append(("caption", cap))
    return units, trail


def people_in(sents: list[str]) -> list[str]:
    found = []
    for s in sents:
        for m in re.finditer(r"\b(ông|bà|anh|chị|Bộ trưởng|Giám đốc) ([" + UP + r"][a-zà-ỹđ]+(?: [" + UP + r"][a-zà-ỹđ]+){0,2})", s):
            w = f"{m.group(1)[0].upper()}{m.group(1)[1:]} {m.group(2)}"
            if w not in found:
                found.append(w)
    return found[:6]


# ---------------------------------------------------------------- faults

ZW = ("\u200b", "\u200c", "\u200d", "\ufeff")


def _interior_spaces(s: str) -> list[int]:
    return [i for i, ch in enumerate(s) if ch == " " and 0 < i < len(s) - 1]


def fault_sentence(rng: random.Random, s: str, kinds: list[str]) -> str:
    for kind in kinds:
        sp = _interior_spaces(s)
        if kind == "nbsp" and sp:
            for i in sorted(rng.sample(sp, min(len(sp), rng.randint(1, 3))), reverse=True):
                s = s[:i] + "\xa0" + s[i + 1:]
        elif kind == "double" and sp:
            i = rng.choice(sp)
            s = s[:i] + rng.choice(("  ", "   ", " \t ")) + s[i + 1:]
        elif kind == "zw":
            letters = [i for i in range(1, len(s) - 1) if s[i].isalpha() and s[i - 1].isalpha()]
            if letters:
                i = rng.choice(letters)
                s = s[:i] + rng.choice(ZW) + s[i:]
    return s


# ---------------------------------------------------------------- page build

class Ctx:
    def __init__(self, rng, title, paras, trail, rel, people, rel_first):
        self.rng = rng
        self.title = title
        self.paras = paras  # list of paragraphs, each list of ('s'|'caption', text)
        self.trail = trail
        self.rel = rel
        self.people = people
        self.rel_first = rel_first

    def by(self):
        return ("byline", byline(self.rng))

    def cr(self):
        return ("credit", credit(self.rng))

    def cap(self):
        return ("caption", caption(self.rng, self.people, self.rel_first))

    def rl(self, style=None):
        return ("related", related_line(self.rng, self.rel, style))

    def w(self, tag=None):
        return ("widget", widget(self.rng, tag))

    def lit(self, kind, text):
        return (kind, text)

    def date(self):
        r = self.rng
        d, m, y = dmy(r)
        return ("meta", r.choice((
            f"{WEEKDAYS[r.randrange(7)]}, {d:02d}/{m:02d}/{y} {hm(r)} (GMT+7)",
            f"{d:02d}/{m:02d}/{y} {hm(r)}",
            f"{hm(r)} ngày {d}/{m}/{y}",
            f"Ngày {d} tháng {m} năm {y}",
            f"{d}-{m}-{y} - {hm(r)}",
            f"{y}-{m:02d}-{d:02d}T{hm(r)}:00+07:00",
        )))

    def site(self, name):
        return ("meta", name)

    def head(self):
        return ("meta", self.title)

    def body(self, lo=0, hi=None):
        out = []
        for p in self.paras[lo:hi]:
            out.append(("para", p))
        return out


def interleave(ctx: Ctx, every: int, maker, start: int = 1, cap: int = 3) -> list:
    """Story paragraphs with maker() output after every `every` paragraphs."""
    out, n = [], 0
    for i, p in enumerate(ctx.paras):
        out.append(("para", p))
        if i + 1 >= start and (i + 1 - start) % every == 0 and i + 1 < len(ctx.paras) and n < cap:
            out.extend(maker())
            n += 1
    return out


def trail(ctx: Ctx) -> list:
    return list(ctx.trail)


def L_bao_tinh_dang(c: Ctx):
    r = c.rng
    site = r.choice(("Báo Cần Thơ điện tử", "Báo Quảng Ninh", "Báo Nghệ An điện tử", "Báo Đắk Lắk Online", "Báo Bình Định"))
    return [c.site(site), c.w("menu"), c.w("crumb"), c.head(), c.date(), c.w("share"),
            *interleave(c, 3, lambda: [c.cap()]), *trail(c), c.by(),
            c.lit("widget", "Tin cùng chuyên mục"), c.rl("plain"), c.rl("plain"), c.rl("plain"),
            c.w("footer"), c.w("footer")]


def L_cong_tai_chinh(c: Ctx):
    r = c.rng
    tk = r.sample(TICKERS, 3)
    tick = "   ".join(f"{t} {r.randint(10, 150)},{r.randint(0, 9)} {r.choice('▲▼')}{r.randint(0, 6)},{r.randint(0, 99):02d}%" for t in tk)
    return [c.lit("widget", f"VN-Index {r.randint(900, 1250)},{r.randint(10, 99)} ▲ {r.randint(1, 15)},{r.randint(10, 99)} (+{r.randint(0, 1)},{r.randint(10, 99)}%)"),
            c.lit("widget", tick), c.site(r.choice(("CafeLand Tài chính", "Nhịp Cầu Đầu Tư", "VietStock News", "Tài Chính 24h"))),
            c.w("crumb"), c.head(), c.by(), c.date(), c.w("count"),
            *interleave(c, 2, lambda: [c.w("ad")], start=2, cap=2), c.lit("widget", f"Mã liên quan: {', '.join(tk)}"),
            *trail(c), c.cr(), c.w("notice"), c.lit("widget", "Tin mới nhất"), c.rl("ago"), c.rl("ago"), c.rl("ago"), c.rl("teaser"),
            c.w("footer")]


def L_dai_phat_thanh(c: Ctx):
    r = c.rng
    return [c.site(r.choice(("VOV.VN", "Đài Tiếng nói Nhân dân TP.HCM", "Đài PT-TH Đồng Nai", "VOV Giao thông"))),
            c.w("menu"), c.head(), c.date(),
            c.lit("widget", "Nghe bài viết"), c.lit("widget", f"00:00 / 0{r.randint(2, 7)}:{r.randint(10, 59)}"),
            c.lit("widget", r.choice(("Giọng nữ miền Bắc", "Giọng nam miền Nam", "Tốc độ 1x"))),
            *interleave(c, 3, lambda: [c.rl("tlq")]), *trail(c), c.by(),
            c.lit("widget", "Lịch phát sóng"), c.lit("widget", f"{hm(r)} Thời sự VOV1"), c.lit("widget", f"{hm(r)} Câu chuyện thời sự"),
            c.lit("widget", "Tin khác"), c.rl("bullet"), c.rl("bullet"), c.w("footer")]


def L_kenh_truyen_hinh(c: Ctx):
    r = c.rng
    return [c.site(r.choice(("VTV News", "VTC News", "HTV Online", "THVL Tin tức", "ANTV"))),
            c.w("menu"), c.head(), c.date(),
            c.lit("widget", f"▶ {r.randint(0, 4)}:{r.randint(10, 59)}"), c.lit("caption", r.choice((
                "Clip: Toàn cảnh sự việc qua ống kính phóng viên.", "Video: Người dân nói gì về vụ việc?",
                f"Bản tin {r.choice(('Chào buổi sáng', 'Thời sự 19h', 'Tài chính kinh doanh'))} phát sóng ngày {r.randint(1, 28)}/{r.randint(1, 12)}"))),
            c.cr(), c.by(),
            *interleave(c, 4, lambda: [c.rl("video")]), *trail(c), c.w("share"),
            c.lit("widget", "VIDEO ĐANG ĐƯỢC XEM NHIỀU"), c.rl("video"), c.rl("video"), c.rl("video"), c.w("footer")]


def L_dich_vu_nuoc_ngoai(c: Ctx):
    r = c.rng
    ag = r.choice(("Getty Images", "Reuters", "EPA", "AFP"))
    site = r.choice(("BBC News Tiếng Việt", "VOA Tiếng Việt", "RFI Tiếng Việt", "DW Tiếng Việt", "RFA Tiếng Việt"))
    return [c.lit("widget", "Bỏ qua để tới nội dung"), c.site(site),
            c.w("menu"), c.head(), c.by(), c.date(),
            c.lit("credit", f"Nguồn hình ảnh, {ag}"), c.lit("widget", "Chú thích hình ảnh,"), c.cap(),
            *interleave(c, 2, lambda: [c.lit("widget", "Bài liên quan"), c.rl("plain"), c.rl("plain")], start=2, cap=1),
            *trail(c), c.lit("widget", "Chủ đề liên quan"), c.w("tags"),
            c.lit("widget", "Tin chính"), c.rl("plain"), c.rl("teaser"), c.rl("plain"),
            c.lit("widget", f"© {dmy(r)[2]} {site}. {site.split()[0]} không chịu trách nhiệm về nội dung các trang bên ngoài.")]


def L_bao_hai_ngoai(c: Ctx):
    r = c.rng
    city = r.choice(("Westminster", "San Jose", "Houston", "Sydney", "Toronto", "Garden Grove"))
    ads = [f"Văn phòng luật sư {vn_name(r, True)} - di trú, tai nạn, ly dị. Nói tiếng Việt. ĐT: (714) {r.randint(200, 999)}-{r.randint(1000, 9999)}",
           f"Cần thợ nail gấp tại {city}, bao lương, có chỗ ở. Gọi chị {r.choice(TEN)}.",
           f"Nhà hàng Phở {r.choice(TEN)} - {city}: giảm 10% cho khách mang báo này đến.",
           f"Dịch vụ gửi tiền về Việt Nam nhanh nhất, phí thấp nhất, có mặt tại {city}."]
    site = r.choice(("Người Việt Online", "Việt Báo", "Saigon Times USA", "Viễn Đông Daily News", "Chiêu Dương Úc Châu"))
    return [c.site(site),
            c.lit("widget", r.choice(("Tin Việt Nam | Hoa Kỳ | Thế giới | Cộng đồng | Rao vặt | Cáo phó",
                                      "VIỆT NAM  THẾ GIỚI  CỘNG ĐỒNG  ÚC CHÂU  GIẢI TRÍ  RAO VẶT"))), c.w("login"), c.head(), c.date(), c.by(), c.cr(),
            *interleave(c, 2, lambda: [c.w("ad"), c.lit("widget", r.choice(ads))], start=1, cap=2),
            *trail(c), c.lit("widget", "Rao vặt"), c.lit("widget", r.choice(ads)), c.lit("widget", r.choice(ads)),
            c.w("comment"), c.w("comment"), c.w("comment"), c.rl("arrow"), c.rl("arrow"),
            c.lit("widget", f"© {dmy(r)[2]} {site}. All rights reserved.")]


def L_thong_bao_day(c: Ctx):
    r = c.rng
    app = r.choice(("Báo Mới", "Tin Nhanh 24h", "Tuổi Trẻ App", "VnE Reader", "Điểm Tin"))
    return [c.lit("widget", f"{app} • {r.randint(1, 59)} phút trước"), c.lit("widget", r.choice(("🔴 ", "⚡ ", "NÓNG: ", "Tin mới: ")) + c.title),
            c.lit("widget", "Nhấn để đọc tiếp"), c.lit("widget", r.choice(("Mở trong ứng dụng", "Mở bằng trình duyệt", "Đọc bản đầy đủ"))),
            c.site(app), c.head(), c.date(), c.w("count"),
            *interleave(c, 3, lambda: [c.w("ad")], start=3, cap=1),
            *trail(c), c.lit("widget", "Bạn thấy bài viết này thế nào?"), c.lit("widget", "😀 Hay   😐 Bình thường   😞 Không hay"),
            c.lit("widget", "Đề xuất cho bạn"), c.rl("plain"), c.rl("ago"), c.rl("teaser"),
            c.lit("widget", "Trang chủ   Video   Xu hướng   Cá nhân")]


def L_chia_se_zalo_fb(c: Ctx):
    r = c.rng
    who = vn_name(r, True)
    return [c.lit("widget", r.choice((f"{who} đã chia sẻ một liên kết.", f"{who} đã chia sẻ bài viết của {r.choice(OUTLETS)}.", f"{who} gửi bạn một bài viết qua Zalo"))),
            c.lit("widget", f"{r.randint(1, 23)} giờ · 🌐"),
            c.lit("widget", r.choice(("Sao lại có chuyện này được nhỉ 😡", "Mọi người đọc đi, hay lắm", "Share cho ai cần", "Ai ở gần đây xác nhận giúp với?", "Thật không thể tin nổi!!!"))),
            c.site(r.choice(("TUOITRE.VN", "THANHNIEN.VN", "VNEXPRESS.NET", "NLD.COM.VN", "DANTRI.COM.VN"))),
            c.head(), c.date(), *c.body(), *trail(c),
            c.lit("widget", f"👍❤️😮 {r.randint(1, 9)},{r.randint(1, 9)}K   {r.randint(10, 900)} bình luận   {r.randint(5, 300)} lượt chia sẻ"),
            c.lit("widget", "Thích   Bình luận   Chia sẻ"),
            c.w("comment"), c.lit("widget", f"{pen(r)}: {r.choice(('Xử lý nghiêm!', 'Chuyện thường ngày ở huyện 😂', 'Cảm ơn bạn đã chia sẻ', 'Đọc mà thấy buồn'))}"),
            c.lit("widget", f"{pen(r)}: {c.rng.choice(c.rel)[0]}"), c.lit("widget", "Viết bình luận...")]


def L_kenh_telegram(c: Ctx):
    r = c.rng
    ch = r.choice(("Tin Nhanh 24h", "Kinh Tế Vĩ Mô VN", "Điểm Báo Sáng", "Chứng Khoán F0"))
    return [c.lit("widget", f"Forwarded from {ch}"), c.site(f"📢 {ch}"), c.lit("widget", f"🔥🔥 {c.title.upper()}"),
            c.head(), c.date(), *c.body(), *trail(c), c.cr(),
            c.lit("widget", f"👉 Tham gia kênh: t.me/{_ascii(ch).lower().replace(' ', '_')}"),
            c.lit("widget", f"👁 {r.randint(1, 90)}.{r.randint(1, 9)}K   {hm(r)}"),
            c.lit("widget", f"❤ {r.randint(1, 500)}  👍 {r.randint(1, 500)}  😢 {r.randint(0, 50)}"),
            c.rl("tlq"), c.rl("teaser")]


def L_the_discover(c: Ctx):
    r = c.rng
    host = r.choice(("tuoitre.vn", "vnexpress.net", "cafef.vn", "laodong.vn", "vietnamnet.vn"))
    cards = []
    for _ in range(2):
        cards += [c.rl("plain"), c.lit("widget", f"{r.choice(('zingnews.vn', 'dantri.com.vn', 'baomoi.com', 'tienphong.vn'))} · {r.randint(1, 20)} giờ")]
    return [c.lit("widget", "Khám phá"), *cards, c.site(host), c.head(), c.date(),
            *interleave(c, 3, lambda: [c.rl(r.choice(("tlq", "teaser", "plain")))], start=2, cap=2), *trail(c), c.by(),
            c.lit("widget", "Theo dõi " + host), c.lit("widget", "Không quan tâm đến nội dung này"),
            c.rl("plain"), c.lit("widget", f"{host} · {r.randint(1, 20)} giờ")]


def L_ban_tin_email(c: Ctx):
    r = c.rng
    d, m, y = dmy(r)
    sender = r.choice(("Bản tin Sáng", "Điểm tin cuối ngày", "Newsletter Kinh doanh", "Bản tin Thế giới 7h"))
    return [c.lit("widget", f"Từ: {sender} <newsletter@{r.choice(('tinmoi', 'baosang', 'ktdn'))}.vn>"),
            c.lit("widget", f"Tiêu đề: {sender} {d:02d}/{m:02d}: {c.rel[0][0][:60].rstrip()}"),
            c.lit("widget", "Xem email này trên trình duyệt"), c.site(sender),
            c.lit("widget", "Tin chính hôm nay"), *[("related", f"{i}. {related_line(r, c.rel, 'plain')}") for i in (1, 2, 3)],
            c.head(), c.date(), *c.body(), *trail(c), c.lit("widget", "Đọc tiếp →"),
            c.lit("widget", "Các tin khác"), c.rl("bullet"), c.rl("teaser"), c.rl("bullet"),
            c.lit("widget", "Bạn nhận được email này vì đã đăng ký nhận bản tin."),
            c.lit("widget", "Hủy đăng ký | Cập nhật tùy chọn"), c.w("footer")]


def L_trinh_duyet_dt(c: Ctx):
    r = c.rng
    return [c.lit("widget", f"{hm(r)}   ⚡ 4G  {r.randint(10, 99)}%"), c.lit("widget", f"🔒 {r.choice(('m.', 'amp.'))}{r.choice(('tuoitre.vn', 'thanhnien.vn', 'nld.com.vn'))}/…"),
            c.w("menu"), c.site(r.choice(("Thanh Niên", "Người Lao Động", "Tuổi Trẻ", "Pháp Luật TP.HCM"))),
            c.w("notice"), c.head(), c.by(), c.date(), c.lit("widget", "AA  Chế độ đọc"),
            *interleave(c, 2, lambda: [c.w("ad"), c.cap()], start=2, cap=2), *trail(c),
            c.w("tags"), c.rl("plain"), c.rl("plain"), c.lit("widget", "Lên đầu trang"), c.lit("widget", "Xem bản đầy đủ")]


def L_bao_in_pdf(c: Ctx):
    r = c.rng
    n = r.randint(10, 320)
    pg = r.randint(2, 15)
    name = r.choice(("NHÂN DÂN", "QUÂN ĐỘI NHÂN DÂN", "SÀI GÒN GIẢI PHÓNG", "HÀ NỘI MỚI", "ĐẠI ĐOÀN KẾT"))
    half = max(1, len(c.paras) // 2)
    return [c.site(name), c.lit("widget", f"Số {n} ({r.randint(20000, 24999)}) • {WEEKDAYS[r.randrange(7)]} {r.randint(1, 28)}-{r.randint(1, 12)}"),
            c.lit("widget", f"Trang {pg}"), c.lit("widget", r.choice(SECTIONS).upper()),
            c.head(), c.date(), c.lit("byline", byline(r).upper()),
            *c.body(0, half), c.lit("widget", f"(Xem tiếp trang {pg + r.randint(1, 5)})"),
            c.lit("widget", f"{name} - Trang {pg + 3}"), c.lit("widget", "(Tiếp theo trang " + str(pg) + ")"),
            c.lit("related", c.rel[0][0].upper()),
            *c.body(half), *trail(c), c.cap(), c.rl("teaser"), c.lit("widget", f"{r.randint(10, 99)}")]


def L_trinh_doc_man_hinh(c: Ctx):
    r = c.rng
    return [c.lit("widget", "Vùng mốc điều hướng"), c.lit("widget", "Liên kết, Trang chủ"),
            c.lit("widget", f"Danh sách {r.randint(5, 12)} mục"), c.lit("widget", "Liên kết, " + r.choice(SECTIONS)),
            c.lit("widget", "Vùng mốc chính"), c.site(r.choice(("Báo Điện tử Chính phủ", "Báo Tin Tức", "Báo Nhân Dân điện tử"))),
            c.lit("widget", "Tiêu đề cấp 1"), c.head(), c.date(),
            c.lit("caption", "Hình ảnh, " + caption(r, c.people, c.rel_first)),
            *interleave(c, 3, lambda: [c.lit("related", "Liên kết, " + related_line(r, c.rel, "plain"))]), *trail(c),
            c.lit("widget", "Nút, Chia sẻ lên Facebook"), c.lit("widget", "Nút, Sao chép liên kết"),
            c.lit("widget", "Tiêu đề cấp 2, Tin liên quan"), c.lit("related", "Liên kết, " + related_line(r, c.rel, "plain")),
            c.lit("widget", "Kết thúc vùng mốc chính")]


def L_xuat_cms_json(c: Ctx):
    r = c.rng
    d, m, y = dmy(r)
    slug = "-".join(re.sub(r"[^a-z0-9 ]", "", _ascii(c.title).lower()).split()[:7])
    return [c.lit("widget", f"id: {r.randint(100000, 999999)}"), c.lit("widget", f"slug: {slug}"),
            c.head(), c.date(), c.site(f"site: {r.choice(('baodientu', 'tinmoi', 'kinhte24', 'vanhoaonline'))}"),
            c.lit("widget", f"category: {r.choice(SECTIONS)}"), c.lit("byline", f"author: {vn_name(r)}"),
            c.lit("credit", f"source: {r.choice(OUTLETS + AGENCIES)}"), c.lit("widget", "status: published"),
            c.lit("caption", "thumbnail_caption: " + caption(r, c.people, c.rel_first)),
            c.lit("widget", "content:"), *c.body(), *trail(c),
            c.lit("widget", f"tags: [\"{r.choice(SECTIONS).lower()}\", \"{r.choice(PLACES).lower()}\"]"),
            c.lit("related", "related_titles: " + " | ".join(t for t, _ in r.sample(c.rel, min(2, len(c.rel))))),
            c.lit("widget", f"view_count: {r.randint(0, 99999)}"), c.lit("widget", f"updated_at: {y}-{m:02d}-{d:02d} {hm(r)}")]


def L_luu_tru_web(c: Ctx):
    r = c.rng
    y = r.choice((2018, 2019))
    return [c.lit("widget", "The Wayback Machine - http://web.archive.org/web/" + f"{y}0{r.randint(1, 9)}{r.randint(10, 28)}{r.randint(100000, 235959)}"),
            c.lit("widget", f"{r.randint(3, 400)} captures"), c.lit("widget", f"{r.randint(1, 28)} Mar {y - 1} - {r.randint(1, 28)} Jan {y + 2}"),
            c.lit("widget", "JAN FEB MAR"), c.site(r.choice(("Báo Điện tử Đảng Cộng sản Việt Nam", "Báo Thừa Thiên Huế", "Báo Đồng Nai"))),
            c.w("menu"), c.w("crumb"), c.head(), c.date(),
            *interleave(c, 3, lambda: [c.cap()], start=1, cap=2), *trail(c), c.by(), c.w("share"),
            c.lit("widget", "Các tin đã đưa"), c.rl("date"), c.rl("date"), c.rl("date"), c.w("footer")]


def L_cong_chinh_phu(c: Ctx):
    r = c.rng
    prov = r.choice(PLACES)
    return [c.lit("widget", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), c.site(f"Cổng Thông tin điện tử {prov}"),
            c.w("menu"), c.lit("widget", "Giới thiệu | Tin tức - Sự kiện | Văn bản | Dịch vụ công | Hỏi đáp"),
            c.w("crumb"), c.head(), c.date(), c.lit("widget", "Cỡ chữ: A- A A+"),
            *interleave(c, 4, lambda: [c.cap()]), *trail(c),
            c.lit("byline", r.choice((f"{pen(r)} - Văn phòng UBND tỉnh", f"Nguồn tin: {pen(r)}, Sở Thông tin và Truyền thông", f"{pen(r)} (TTTT)"))),
            c.w("count"), c.lit("widget", "Bản in | Gửi email | Về trang trước"),
            c.lit("widget", "Đánh giá bài viết: ★★★★★"), c.lit("widget", "Văn bản liên quan"),
            c.lit("widget", f"Quyết định số {r.randint(100, 3999)}/QĐ-UBND ngày {r.randint(1, 28)}/{r.randint(1, 12)}/{dmy(r)[2]} về việc ban hành kế hoạch thực hiện"),
            c.rl("arrow"), c.rl("arrow"), *poll(c), c.w("footer")]


def poll(c: Ctx) -> list:
    r = c.rng
    q, opts = r.choice((
        ("Bạn đánh giá thế nào về chất lượng dịch vụ công trực tuyến của tỉnh?", ("Rất hài lòng", "Hài lòng", "Chưa hài lòng")),
        ("Bạn có ủng hộ đề xuất này?", ("Có, nên áp dụng ngay", "Không, cần thêm thời gian", "Ý kiến khác")),
        ("Bạn biết đến Cổng thông tin qua kênh nào?", ("Báo chí", "Mạng xã hội", "Bạn bè giới thiệu", "Khác")),
    ))
    return [c.lit("widget", "THĂM DÒ Ý KIẾN"), c.lit("widget", q), *[c.lit("widget", o) for o in opts],
            c.lit("widget", "Bình chọn   Xem kết quả"), c.lit("widget", f"{r.randint(100, 9000)} người đã bình chọn")]


def L_suc_khoe_doi_song(c: Ctx):
    r = c.rng
    return [c.site(r.choice(("Sống Khỏe Mỗi Ngày", "Gia Đình & Xã Hội", "Đời Sống Plus", "Phụ Nữ Online"))),
            c.w("menu"), c.head(), c.date(), c.by(),
            c.lit("widget", r.choice(("Nội dung được tài trợ", "Bài viết có sự tham vấn của bác sĩ chuyên khoa", "Đã kiểm duyệt y khoa"))),
            *interleave(c, 2, lambda: [c.lit("widget", r.choice((
                f"Tư vấn miễn phí: gọi 1800 {r.randint(1000, 9999)} (8h - 21h mỗi ngày).",
                "Bạn đang gặp vấn đề tương tự? Để lại số điện thoại, chuyên gia sẽ gọi lại cho bạn.",
                "Nhiều chị em đã cải thiện làn da chỉ sau 2 tuần nhờ bí quyết đơn giản này.",
                "Đăng ký nhận ưu đãi: giảm ngay 30% cho 100 khách hàng đầu tiên.",
                "Trắc nghiệm: Bạn có đang thiếu ngủ? Làm bài kiểm tra 1 phút."))), c.rl("tlq")], start=2, cap=2),
            *trail(c), c.cr(), c.w("notice"), c.w("tags"), c.lit("widget", "Có thể bạn quan tâm"), c.rl("photo"), c.rl("plain"), c.rl("teaser"), c.w("footer")]


def L_dien_dan_cong_nghe(c: Ctx):
    r = c.rng
    comments = []
    for _ in range(r.randint(2, 4)):
        nick = r.choice(("tuan_dev", "mai.nguyen89", "HoangLong_IT", "khoatran", "vinh.pham", "ng_thanh_huong", "bao.lam_92"))
        comments += [c.lit("widget", f"{nick}{r.randint(1, 99)}"), c.lit("widget", r.choice((
            "Bài viết phân tích khá chuẩn, nhưng thiếu số liệu so sánh với các nước trong khu vực.",
            "Đọc xong vẫn chưa hiểu rốt cuộc ai chịu trách nhiệm?",
            "Hóng phần 2 của bài này.", "Cái này thì ai cũng biết rồi.", "+1, ý kiến chuẩn.",
            f"Ở {r.choice(PLACES)} tình hình còn tệ hơn nhiều.", "Admin cho xin nguồn số liệu với."))),
            c.lit("widget", f"{r.randint(0, 120)} điểm · {r.randint(1, 30)} ngày trước · Trả lời")]
    return [c.site(r.choice(("Tinh tế", "GenK", "ICTnews", "VnReview", "Công nghệ & Đời sống"))),
            c.w("login"), c.w("menu"), c.head(), c.by(), c.date(), c.w("count"),
            *interleave(c, 3, lambda: [c.cap(), c.w("ad")], start=2, cap=2), *trail(c), c.cr(),
            c.w("tags"), c.lit("widget", f"{r.randint(0, 200)} bình luận"), *comments,
            c.lit("widget", "Bài viết cùng chủ đề"), c.rl("plain"), c.rl("plain")]


BUILDERS = {name: globals()["L_" + name] for name in LAYOUTS}


# ---------------------------------------------------------------- assembly

def _load(train_path: Path):
    body_rows: list[tuple[int, dict]] = []
    rel: list[tuple[str, str]] = []
    with gzip.open(train_path, "rt", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i >= max(BODY_ROWS.stop, RELATED_ROWS.stop):
                break
            if i not in BODY_ROWS and i not in RELATED_ROWS:
                continue
            line = line.strip()
            if not line:
                continue
            try:
                d = json.loads(line)
            except ValueError:
                continue
            if not isinstance(d, dict):
                continue
            title, art = d.get("title"), d.get("article")
            if not isinstance(title, str) or not isinstance(art, str) or not title.strip() or not art.strip():
                continue
            if i in BODY_ROWS:
                body_rows.append((i, d))
            else:
                t = _src(title)
                head = _src(art[:RELATED_CUT])
                first = split_sentences(head)
                lead = first[0] if first else ""
                if len(lead) > 220 or (len(first) == 1 and len(head) >= RELATED_CUT - 40):
                    lead = lead[:160].rsplit(" ", 1)[0] + "..."
                rel.append((t, lead or t))
    return body_rows, rel


SPEAKER = re.compile(r"^(?:PV|Phóng viên|Hỏi|Đáp|(?:TS|GS|PGS|ThS|BS|Ông|Bà|Anh|Chị|Nhà văn|Hoạ sĩ|Họa sĩ|Đạo diễn)\.? [^:.,?!]{1,30}):\s")


def _paragraphs(rng: random.Random, units: list[tuple[str, str]]) -> list[list[tuple[str, str]]]:
    """Group sentences into paragraphs; interview turns start a new paragraph."""
    paras, cur, want = [], [], rng.randint(1, 4)
    for n, (kind, text) in enumerate(units):
        nxt = units[n + 1][1] if n + 1 < len(units) else ""
        turn = SPEAKER.match(text) or (text.endswith("?") and SPEAKER.match(nxt))
        if turn and cur:
            paras.append(cur)
            cur, want = [], rng.randint(1, 4)
        if kind == "caption":
            if cur:
                paras.append(cur)
            paras.append([(kind, text)])
            cur, want = [], rng.randint(1, 4)
            continue
        cur.append((kind, text))
        if len(cur) >= want:
            paras.append(cur)
            cur, want = [], rng.randint(1, 4)
    if cur:
        paras.append(cur)
    return paras


def _render(rng, entries, fault_kinds, story):
    """entries -> (lines, body, furniture); furniture equal to story text is dropped."""
    lines, body, furn, meta, glued = [], [], [], 0, False
    for kind, val in entries:
        if kind != "para":
            val = val.strip()
        if kind == "para":
            if val[0][0] == "caption":
                lines.append(val[0][1])
                furn.append(("caption", val[0][1]))
                continue
            sents = [t for _, t in val]
            if fault_kinds:
                if "glue" in fault_kinds and len(sents) >= 2 and (not glued or rng.random() < 0.3):
                    j = rng.randrange(len(sents) - 1)
                    if sents[j][-1] in ".!?" and sents[j + 1][0].isalpha():
                        sents[j:j + 2] = [sents[j] + sents[j + 1]]
                        glued = True
                per = [k for k in fault_kinds if k in ("nbsp", "double", "zw")]
                sents = [fault_sentence(rng, s, [k for k in per if rng.random() < 0.5]) if per else s for s in sents]
            lines.append(" ".join(sents))
            body.extend(sents)
        elif not val.strip():
            continue
        elif kind == "meta":
            meta += 1
            lines.append(val)
        elif val not in story:
            lines.append(val)
            furn.append((kind, val))
    assert meta <= 3
    return lines, body, furn


def make_page(rng: random.Random, row: int, d: dict, layout: str, rel: list[tuple[str, str]], faulty: bool) -> Page:
    title = _src(d["title"])
    article = _src(d["article"])
    units, trail = story_units(article)
    if not any(k == "s" for k, _ in units):
        units = [("s", article)]
        trail = []
    paras = _paragraphs(rng, units)
    gallery = units and units[-1][0] == "s" and units[-1][1].endswith(":")
    sents = [t for k, t in units if k == "s"]
    rel_pick = rng.sample(rel, min(len(rel), 12)) if rel else [("Tin tức trong ngày", "Tin tức trong ngày")]
    story_set = set(sents) | {title}
    rel_pick = [(t, f) for t, f in rel_pick if t not in story_set and f not in story_set] or [("Tin tức trong ngày", "Tin tức trong ngày")]
    rel_first = [f for _, f in rel_pick if not f.endswith("...") and len(f) < 130 and not re.search("[\"“”:]", f)]
    if gallery:  # 'Một số hình ảnh ...:' -- the photo captions follow the story
        for _ in range(rng.randint(2, 4)):
            paras.append([("caption", caption(rng, people_in(sents), []))])
    ctx = Ctx(rng, title, paras, trail, rel_pick, people_in(sents), rel_first)
    entries = BUILDERS[layout](ctx)
    fault_kinds: list[str] = []
    if faulty:
        fault_kinds = rng.sample(["nbsp", "double", "zw", "glue", "nfd"], rng.randint(1, 3))
    story = set(sents) | {" ".join(t for _, t in p) for p in paras}
    lines, body, furn = _render(rng, entries, fault_kinds, story)
    if "nfd" in fault_kinds:
        nfd = lambda s: unicodedata.normalize("NFD", s)  # noqa: E731
        lines = [nfd(l) for l in lines]
        body = [nfd(s) for s in body]
        furn = [(k, nfd(l)) for k, l in furn]
    for l in lines:
        assert l == l.strip() and l and "\n" not in l, (row, repr(l))
    return Page(text="\n".join(lines), body=body, furniture=furn, layout=layout)


def _faulty(k: int) -> bool:
    return (k * 11) % 8 in (1, 6)


def pages(train_path: Path) -> list[Page]:
    body_rows, rel = _load(Path(train_path))
    out = []
    for k, (row, d) in enumerate(body_rows):
        rng = random.Random(SEED * 100_003 + row)
        out.append(make_page(rng, row, d, LAYOUTS[k % len(LAYOUTS)], rel, _faulty(k)))
    return out


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: python eval/clean_test21/make.py TRAIN.jsonl.gz", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    ps = pages(Path(argv[1]))
    dt = time.perf_counter() - t0
    n_body = sum(len(p.body) for p in ps)
    n_furn = sum(len(p.furniture) for p in ps)
    by_kind = {k: sum(1 for p in ps for kk, _ in p.furniture if kk == k) for k in KINDS}
    print(f"pages: {len(ps)}  layouts: {len({p.layout for p in ps})}")
    print(f"body sentences: {n_body}")
    print(f"furniture lines: {n_furn}  " + "  ".join(f"{k}={v}" for k, v in by_kind.items()))
    print(f"time: {dt:.2f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
