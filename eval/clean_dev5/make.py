"""Held-out set 4 for the page cleaner: 300 scraped-looking news pages, written blind.

Stdlib only; imports nothing from vnsumm and shares no code with the rest of the repo.
Bodies come from VietNews train rows 19,300-19,599 (0-based lines of the gzipped JSONL),
related headlines and teasers from rows 19,600-19,996. Nothing else of the file is used.
`pages(train_path)` is deterministic (fixed seeds, no hashing of strings).
"""

import datetime as _dt
import gzip
import json
import random
from dataclasses import dataclass, field
from pathlib import Path

BODY_ROWS = range(19_300, 19_600)
RELATED_ROWS = range(19_600, 19_997)
SEED = 21_0004
KINDS = ("byline", "credit", "caption", "related", "widget")


@dataclass
class Page:
    text: str                       # the whole scraped page, lines joined by "\n"
    body: list[str]                 # the story's sentences, in order
    furniture: list[tuple[str, str]] = field(default_factory=list)  # (kind, exact line)
    layout: str = ""


# ---------------------------------------------------------------- word lists
SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
            "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Trịnh", "Đinh", "Lâm", "Mai", "Tạ",
            "Chu", "Quách", "Cao", "Kiều", "Lương", "Tô", "Hà", "La", "Thái"]
MIDDLES = ["Văn", "Thị", "Minh", "Ngọc", "Thanh", "Hữu", "Đức", "Quốc", "Thu", "Hoài",
           "Xuân", "Công", "Kim", "Bảo", "Phương", "Gia", "Tuấn", "Diệu", "Trọng", ""]
GIVEN = ["Hùng", "Lan", "Tuấn", "Hương", "Dũng", "Trang", "Khoa", "Phượng", "Nam", "Hạnh",
         "Quang", "Thảo", "Sơn", "Yến", "Long", "Nhung", "Bình", "Vy", "Phong", "Linh",
         "Hải", "Mai", "Trung", "Ngân", "Đạt", "Hiền", "Khải", "Thư", "Tâm", "Duy",
         "Nghĩa", "Oanh", "Lực", "Quyên", "Vinh", "Hà", "Kiên", "Giang", "Toàn", "Châu",
         "Hưng", "Loan", "Tín", "Diễm", "Cường", "Uyên", "Thắng", "My", "Lộc", "Nhi"]
AGENCIES = ["TTXVN", "VNA", "AFP", "Reuters", "AP", "Xinhua", "Kyodo", "Yonhap", "Bernama",
            "Sputnik", "TASS", "dpa", "EFE", "ANSA", "Antara", "PTI", "Bloomberg", "CNA",
            "BBC", "CNN", "VNS", "VOV", "VTV", "TTXVN/Vietnam+"]
OUTLETS = ["VnExpress", "Tuổi Trẻ", "Thanh Niên", "Dân trí", "VietnamNet", "Zing News",
           "Znews", "Lao Động", "Người Lao Động", "Tiền Phong", "Nhân Dân", "Quân đội nhân dân",
           "Công an nhân dân", "Pháp luật TP.HCM", "Sài Gòn Giải Phóng", "Hà Nội Mới",
           "An ninh Thủ đô", "Tin tức", "Vietnam+", "Kinh tế & Đô thị", "Giao thông",
           "Đời sống & Pháp luật", "CafeF", "Kenh14", "Soha", "Infonet", "VOV.VN", "VTV News",
           "Báo Chính phủ", "Đại đoàn kết", "Thể thao & Văn hóa", "Nông nghiệp Việt Nam"]
PROVINCES = ["Nghệ An", "Quảng Nam", "Cần Thơ", "Đồng Nai", "Thái Bình", "Bình Định",
             "Hà Tĩnh", "Quảng Ninh", "Lâm Đồng", "Đắk Lắk", "Kiên Giang", "Phú Thọ",
             "Thanh Hóa", "Bến Tre", "Gia Lai", "Hải Dương", "Sơn La", "An Giang",
             "Quảng Bình", "Khánh Hòa", "Lào Cai", "Cà Mau", "Tây Ninh", "Bắc Giang"]
SECTIONS = ["Thời sự", "Xã hội", "Pháp luật", "Kinh doanh", "Thế giới", "Giáo dục",
            "Sức khỏe", "Đời sống", "Giao thông", "Văn hóa", "Thể thao", "Bất động sản",
            "Công nghệ", "Du lịch", "Chính trị", "Quốc phòng", "Môi trường", "Bạn đọc"]
SUBSECTIONS = ["Tin nóng", "Điều tra", "Hồ sơ", "Dân sinh", "Chứng khoán", "Quốc tế",
               "Tuyển sinh", "Y tế", "An ninh trật tự", "Đô thị", "Nông thôn mới", "Phóng sự"]
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]


def _name(rng: random.Random) -> str:
    mid = rng.choice(MIDDLES)
    return " ".join(p for p in (rng.choice(SURNAMES), mid, rng.choice(GIVEN)) if p)


def _short_name(rng: random.Random) -> str:
    """Newsroom initials form: one or two initials and the given name."""
    given = rng.choice(GIVEN)
    first = rng.choice(SURNAMES)[0]
    if rng.random() < 0.5:
        return f"{first}.{given}"
    return f"{first}.{rng.choice(MIDDLES[:-1])[0]}. {given}" if rng.random() < 0.5 \
        else f"{rng.choice(MIDDLES[:-1])} {given}"


# ---------------------------------------------------------------- furniture makers
def byline(rng: random.Random) -> str:
    n1, n2, s1 = _name(rng), _name(rng), _short_name(rng)
    ag = rng.choice(AGENCIES)
    shapes = [
        lambda: n1.upper(),
        lambda: f"{n1} - {n2}",
        lambda: f"{n1.upper()} – {n2.upper()}",
        lambda: f"{s1}/{_short_name(rng)}",
        lambda: f"{n1} ({ag})",
        lambda: f"{n1.upper()} ({ag})",
        lambda: ag,
        lambda: f"({ag})",
        lambda: "Nhóm PV",
        lambda: f"Nhóm PV {rng.choice(SECTIONS)}",
        lambda: "PV",
        lambda: f"PV {rng.choice(['tổng hợp', 'ghi', 'thực hiện'])}",
        lambda: f"CTV {n1}",
        lambda: f"{s1} (CTV)",
        lambda: f"Bài và ảnh: {n1}",
        lambda: f"Bài, ảnh: {s1}",
        lambda: f"Bài: {n1} - Ảnh: {n2}",
        lambda: f"{n1} (thực hiện)",
        lambda: f"{s1} (ghi)",
        lambda: f"Phóng viên {n1}",
        lambda: f"{n1}, {n2}",
        lambda: f"{s1} - {_short_name(rng)}",
        lambda: f"{n1}/VOV-{rng.choice(['Miền Trung', 'Tây Nguyên', 'ĐBSCL', 'Tây Bắc', 'Đông Bắc', 'TP.HCM'])}",
        lambda: f"{n1} - {n2} ({ag})",
        lambda: f"Nhóm phóng viên {rng.choice(['Thời sự', 'Kinh tế', 'Quốc tế', 'Pháp luật'])}",
        lambda: f"Tác giả: {n1}",
        lambda: f"{s1.upper()}",
        lambda: f"{n1} / {n2}",
        lambda: f"PV/{rng.choice(['VOV', 'VTV', 'TTXVN', 'VNA'])}",
        lambda: f"{n1} - {rng.choice(['Phóng viên thường trú tại', 'PV thường trú'])} {rng.choice(PROVINCES)}",
    ]
    return rng.choice(shapes)()


def credit(rng: random.Random) -> str:
    out, ag = rng.choice(OUTLETS), rng.choice(AGENCIES)
    prov = rng.choice(PROVINCES)
    shapes = [
        lambda: f"Theo {out}",
        lambda: f"Theo Báo {out}",
        lambda: f"Theo {ag}",
        lambda: f"Nguồn: {out}",
        lambda: f"Nguồn: Báo {prov}",
        lambda: f"(Theo Báo {out})",
        lambda: f"{_name(rng)} (theo Báo {out})",
        lambda: f"{_short_name(rng)} (theo {out})",
        lambda: f"{_name(rng)} - Báo {prov}",
        lambda: f"{_short_name(rng)} - Báo {out}",
        lambda: f"Lược dịch từ {ag}",
        lambda: "Lược dịch theo " + ", ".join(rng.sample(AGENCIES, 2)),
        lambda: f"{_name(rng)} (lược dịch từ {ag})",
        lambda: f"Theo {out} / {ag}",
        lambda: f"Nguồn bài viết: {out}",
        lambda: f"Bài viết được đăng lại từ Báo {out}",
        lambda: "Tổng hợp từ " + ", ".join(rng.sample(AGENCIES, rng.randint(2, 3))),
        lambda: f"Nguồn tin: Cổng Thông tin điện tử tỉnh {prov}",
        lambda: f"Theo Đài PT-TH {prov}",
        lambda: f"(Nguồn: {out})",
        lambda: f"Bài đăng trên Báo {out} số ra ngày {rng.randint(1, 28)}/{rng.randint(1, 12)}",
        lambda: "Theo TTXVN",
        lambda: f"Biên dịch: {_name(rng)} (theo {ag})",
    ]
    return rng.choice(shapes)()


CAPTION_HEADS = [
    "Hiện trường vụ việc tại {p}", "Lực lượng chức năng có mặt tại hiện trường",
    "Quang cảnh buổi làm việc", "Người dân xếp hàng chờ làm thủ tục",
    "Đại diện lãnh đạo tỉnh {p} phát biểu tại hội nghị", "Khu vực xảy ra sự cố",
    "Các đại biểu cắt băng khánh thành công trình", "Cơ quan chức năng kiểm tra tang vật",
    "Phương tiện bị hư hỏng nặng sau va chạm", "Đối tượng tại cơ quan điều tra",
    "Toàn cảnh phiên tòa", "Ùn tắc kéo dài trên tuyến đường qua {p}",
    "Nông dân {p} thu hoạch lúa", "Bệnh nhân được điều trị tại bệnh viện",
    "Học sinh trong giờ học", "Công nhân thi công dự án", "Một góc thành phố nhìn từ trên cao",
    "Lãnh đạo hai nước tại lễ đón", "Ngư dân {p} ra khơi", "Cầu thủ ăn mừng bàn thắng",
    "Tiểu thương bày bán hàng tại chợ", "Lực lượng cứu hộ tìm kiếm nạn nhân",
    "Nước lũ dâng cao tại một xã ở {p}", "Căn nhà bị cháy rụi", "Hàng hóa bị tạm giữ",
    "Buổi lễ diễn ra trang trọng", "Cử tri {p} đóng góp ý kiến", "Ông {n} trả lời phỏng vấn",
    "Bà {n} chia sẻ với phóng viên", "Cảnh sát giao thông hướng dẫn phương tiện",
    "Con đường xuống cấp nghiêm trọng", "Khách tham quan tại triển lãm",
    "Mô hình dự án được giới thiệu tại sự kiện", "Lực lượng chữa cháy dập lửa",
]
CAPTION_TAILS = [
    " (Ảnh: {n})", " (Ảnh: {s})", ". Ảnh: {n}/Báo {o}", ". Ảnh: {s}/{o}", " (Nguồn: {o})",
    ". (Ảnh minh họa)", " (Ảnh: {a})", ". Ảnh: {a}", " - Ảnh: {n}", " (Ảnh: Internet)",
    " (Ảnh chụp màn hình)", ". Ảnh: CTV", " (Ảnh: Cắt từ clip)", ". Ảnh: Người dân cung cấp",
    " (Nguồn: {a})", ". Ảnh: Báo {p}", " (Ảnh: {s} - {n})", ". Ảnh tư liệu",
    " (Ảnh: Cổng TTĐT {p})", " | Ảnh: {n}", ". Nguồn ảnh: {o}",
]


def caption(rng: random.Random, video: bool = False) -> str:
    head = rng.choice(CAPTION_HEADS).format(p=rng.choice(PROVINCES), n=_name(rng))
    tail = rng.choice(CAPTION_TAILS).format(n=_name(rng), s=_short_name(rng),
                                            o=rng.choice(OUTLETS), a=rng.choice(AGENCIES),
                                            p=rng.choice(PROVINCES))
    if rng.random() < 0.25:
        head += rng.choice([" chiều qua", " sáng nay", " hôm 12/5", " ngày đầu tuần",
                            ". Người dân lo lắng trước tình trạng này"])
    if video or rng.random() < 0.08:
        head = rng.choice(["Video: ", "Clip: ", "VIDEO: ", "Video - "]) + head
    return head + tail


def _cut(text: str, rng: random.Random) -> str:
    words = text.split()
    k = min(len(words) - 1, rng.randint(9, 22))
    return " ".join(words[:max(k, 4)]).rstrip(",;:") + rng.choice(["…", "...", " …", " ..."])


def _related_line(rng: random.Random, a: dict, b: dict, c: dict) -> str:
    """One line pointing at story `a` (b and c when several headlines share the line)."""
    t = a["title"]
    shapes = [
        lambda: t,
        lambda: f"Xem thêm: {t}",
        lambda: f"Đọc thêm: {t}",
        lambda: f">> {t}",
        lambda: f"► {t}",
        lambda: f"- {t}",
        lambda: f"{t} | {b['title']}",
        lambda: f"{t} | {b['title']} | {c['title']}",
        lambda: f"{t} / {b['title']}",
        lambda: f"{t} • {b['title']} • {c['title']}",
        lambda: _cut(a["summary"], rng),
        lambda: _cut(a["article"], rng),
        lambda: f"{t} ({rng.randint(1, 28)}/{rng.randint(1, 12)})",
        lambda: f"{t} - {rng.randint(1, 23)} giờ trước",
        lambda: f"{t} {rng.choice(['(Video)', '[Ảnh]', '(Infographic)', '- Video'])}",
        lambda: f"Xem thêm: {t} | {b['title']}",
        lambda: f"{t}: {_cut(a['summary'], rng)}",
    ]
    return rng.choice(shapes)()


def related_lines(rng: random.Random, pool: list[dict], n: int) -> list[str]:
    """n lines that point at other stories (titles from the related rows)."""
    out = []
    for _ in range(n):
        a, b, c = (rng.choice(pool) for _ in range(3))
        out.append(_related_line(rng, a, b, c))
    return out


def _tag_words(title: str, rng: random.Random) -> list[str]:
    words = title.split()
    tags = []
    for _ in range(rng.randint(2, 4)):
        if len(words) < 3:
            break
        i = rng.randrange(0, len(words) - 1)
        tags.append(" ".join(words[i:i + rng.randint(2, 3)]).strip(",:\"“” ").lower())
    return [t for t in dict.fromkeys(tags) if t] or [rng.choice(SECTIONS).lower()]


def widget(rng: random.Random, slot: str, title: str = "", site: str = "") -> str:
    """One furniture line of the 'everything else' kind, fitting a page slot."""
    sec, sub = rng.choice(SECTIONS), rng.choice(SUBSECTIONS)
    site = site or rng.choice(OUTLETS)
    n = rng.randint(0, 480)
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2014, 2018)
    sep = rng.choice([" > ", " › ", " » ", " / ", " | "])
    pools = {
        "top": [
            f"Trang chủ{sep}{sec}{sep}{sub}", f"{sec}{sep}{sub}", f"Trang chủ{sep}{sec}",
            "☰ Menu", "Menu", "Tìm kiếm", "Đăng nhập | Đăng ký", "Đăng nhập",
            "  ".join(rng.sample(SECTIONS, 7)), f"Hotline: 0{rng.randint(900, 989)} {rng.randint(100, 999)} {rng.randint(100, 999)}",
            f"{rng.choice(WEEKDAYS)}, {d}/{m}/{y} | Hà Nội {rng.randint(14, 36)}°C",
            "Tải ứng dụng", "Đọc báo in", "E-paper", "RSS", "Video | Podcast | Ảnh | Infographic",
            f"Báo điện tử {site}", "Mới nhất", "Tin theo khu vực", "English", "Bản tin sáng",
            f"Số {rng.randint(10, 365)} ({rng.randint(3000, 9000)})", "Tiếng Việt | English | 中文",
            "Trở về", "Đóng", "Xem bản đầy đủ", "Chuyên mục", f"{sec.upper()}",
        ],
        "mid": [
            "Chia sẻ", "Facebook  Twitter  Zalo", "Lưu bài viết", "Nghe bài viết",
            "Cỡ chữ: A- A A+", f"{n} bình luận", f"Bình luận ({n})", f"Thích {n}",
            "In bài", "Gửi bài", "Theo dõi trên Google News", f"00:00 / 0{rng.randint(1, 9)}:{rng.randint(10, 59)}",
            f"Chia sẻ ({n})", "Zalo | Facebook | Copy link", f"{n} lượt xem", "A A A",
            "Đọc bài viết trong 3 phút", f"Lượt đọc: {n * 7}", "Theo dõi", "+ Theo dõi",
        ],
        "inline": [
            "Quảng cáo", "ADVERTISEMENT", "Nội dung quảng cáo", "Cuộn xuống để tiếp tục đọc",
            "[Ảnh]", "Xem ảnh phóng to", f"Ảnh {rng.randint(1, 5)}/{rng.randint(6, 12)}",
            "Mời quý độc giả xem video:", "Video đang phát", "Tiếp tục đọc bên dưới",
            "Bấm để xem ảnh lớn", "[Video]", "Kéo để xem ảnh trước - sau", "Ảnh:",
            "Nhấn để phóng to ảnh", "▶ Phát video",
        ],
        "post": [
            f"Tags: {', '.join(_tag_words(title, rng))}", f"Từ khóa: {', '.join(_tag_words(title, rng))}",
            " ".join("#" + t.replace(" ", "") for t in _tag_words(title, rng)),
            "Tin liên quan", "Tin đọc nhiều", "Tin cùng chuyên mục", "Bài viết cùng chủ đề",
            "Có thể bạn quan tâm", "Đọc nhiều nhất", "Tin mới nhất", "Gửi bình luận",
            "Ý kiến của bạn", "Bạn cần đăng nhập để bình luận", "Hãy là người đầu tiên bình luận",
            "Xem thêm bình luận", "Đăng ký nhận bản tin", "Nhập email của bạn",
            "Bài viết hữu ích? Có | Không", "Về đầu trang", "Quay lại", "Báo lỗi", "Copy link",
            f"Ý kiến bạn đọc ({n})", "Gửi ý kiến", "Chia sẻ bài viết", "Xem tiếp",
            "Vui lòng nhập tiếng Việt có dấu", "Ý kiến của bạn sẽ được biên tập trước khi đăng",
            f"Xem thêm tin {sec}", "Đánh giá bài viết", "Tải ứng dụng để đọc tin nhanh hơn",
        ],
        "bottom": [
            f"© {y} Bản quyền thuộc về Báo {site}", f"Copyright © {y} {site}. All rights reserved.",
            f"Giấy phép số {rng.randint(10, 600)}/GP-BTTTT do Bộ Thông tin và Truyền thông cấp ngày {d}/{m}/{y - 3}",
            f"Tổng biên tập: {_name(rng)}", f"Phó Tổng biên tập: {_name(rng)}",
            f"Địa chỉ: {rng.randint(1, 200)} {rng.choice(['Lý Thường Kiệt', 'Trần Hưng Đạo', 'Nguyễn Du', 'Lê Lợi', 'Hai Bà Trưng', 'Hùng Vương'])}, {rng.choice(['Hà Nội', 'TP.HCM', 'Đà Nẵng', 'Vinh'])}",
            f"Điện thoại: (0{rng.randint(20, 299)}) {rng.randint(3000, 3999)} {rng.randint(1000, 9999)} - Email: toasoan@bao{rng.choice(['tinh', 'moi', 'dientu'])}.vn",
            "Ghi rõ nguồn khi phát hành lại thông tin từ website này",
            "Không được sao chép, trích dẫn khi chưa có sự đồng ý bằng văn bản",
            f"Liên hệ quảng cáo: 0{rng.randint(900, 989)}.{rng.randint(100, 999)}.{rng.randint(100, 999)}",
            f"Đường dây nóng: 0{rng.randint(900, 989)} {rng.randint(100000, 999999)}",
            "Điều khoản sử dụng | Chính sách bảo mật", "Liên hệ | Quảng cáo | Tòa soạn",
            "Về đầu trang ↑", f"Cơ quan chủ quản: {rng.choice(['Tỉnh ủy', 'UBND tỉnh', 'Hội Nhà báo tỉnh'])} {rng.choice(PROVINCES)}",
            "Chịu trách nhiệm nội dung: Ban biên tập", "Thiết kế bởi VNPT", "Powered by CMS",
        ],
    }
    return rng.choice(pools[slot])


# ---------------------------------------------------------------- body and dates
def sentences(text: str) -> list[str]:
    """Cut after '. ', '? ', '! ' when a capital, digit or quote follows; merge tiny pieces."""
    parts, start, i = [], 0, 0
    while i < len(text) - 2:
        if text[i] in ".?!" and text[i + 1] == " ":
            j = i + 1
            while j < len(text) and text[j] == " ":
                j += 1
            if j < len(text) and (text[j].isupper() or text[j].isdigit() or text[j] in "\"“'‘"):
                parts.append(text[start:i + 1].strip())
                start = j
                i = j
                continue
        i += 1
    parts.append(text[start:].strip())
    out: list[str] = []
    for p in (" ".join(p.split()) for p in parts):
        if not p:
            continue
        if out and len(p.split()) < 4:
            out[-1] = out[-1] + " " + p
        else:
            out.append(p)
    if len(out) > 1 and len(out[0].split()) < 4:
        out[1] = out[0] + " " + out[1]
        out.pop(0)
    return out


_CAPTION_RESIDUE = ("Ảnh:", "Ảnh :", "Nguồn:", "Xem thêm", "Video:", "Clip:", "Đọc thêm")


def _strip_tail_name(sent: str) -> str:
    """Drop a byline glued after the last full stop (VietNews keeps the author's name there)."""
    for k in range(len(sent) - 2, 0, -1):
        if sent[k] in ".?!…\"”" and sent[k + 1] == " ":
            tail = sent[k + 2:].split()
            if 0 < len(tail) <= 5 and all(w[0].isupper() for w in tail):
                return sent[:k + 1]
            break
    return sent


def story_sentences(article: str) -> list[str]:
    """The article's sentences, minus inline caption/link residue and a trailing byline."""
    sents = [s for s in sentences(article) if not any(r in s for r in _CAPTION_RESIDUE)]
    if sents:
        sents[-1] = _strip_tail_name(sents[-1])
        if len(sents[-1].split()) < 4:
            sents.pop()
    return sents


def paragraphs(sents: list[str], rng: random.Random, most: int = 4) -> list[list[str]]:
    out, i = [], 0
    while i < len(sents):
        k = rng.randint(1, most)
        out.append(sents[i:i + k])
        i += k
    return out


def date_line(rng: random.Random) -> str:
    day = _dt.date(2014, 1, 1) + _dt.timedelta(days=rng.randrange(0, 5 * 365))
    wd, d, m, y = WEEKDAYS[day.weekday()], day.day, day.month, day.year
    hh, mm = rng.randint(5, 23), rng.randint(0, 59)
    return rng.choice([
        f"{wd}, {d}/{m}/{y}, {hh:02d}:{mm:02d} (GMT+7)",
        f"{d:02d}/{m:02d}/{y} {hh:02d}:{mm:02d}",
        f"Cập nhật: {hh:02d}:{mm:02d} | {d:02d}/{m:02d}/{y}",
        f"{wd}, ngày {d:02d}/{m:02d}/{y} - {hh:02d}:{mm:02d}",
        f"{d:02d}-{m:02d}-{y} - {hh:02d}:{mm:02d}:{rng.randint(0, 59):02d}",
        f"{hh:02d}:{mm:02d} ngày {d:02d}/{m:02d}/{y}",
        f"Ngày đăng: {d:02d}/{m:02d}/{y}",
        f"{wd}, {d} tháng {m}, {y} | {hh:02d}:{mm:02d}",
        f"{hh}h{mm:02d}, {d}/{m}/{y}",
    ])


# ---------------------------------------------------------------- page assembly
class _Builder:
    def __init__(self) -> None:
        self.lines: list[str] = []
        self.body: list[str] = []
        self.furniture: list[tuple[str, str]] = []

    def furn(self, kind: str, line: str) -> None:
        self.lines.append(line)
        self.furniture.append((kind, line))

    def plain(self, line: str) -> None:      # title and the article's own date
        self.lines.append(line)

    def para(self, sents: list[str], prefix: str = "") -> None:
        self.lines.append(prefix + " ".join(sents))
        self.body.extend(sents)


def _related_block(b: _Builder, rng: random.Random, pool: list[dict], k: int,
                   heading: bool = True, title: str = "") -> None:
    if heading:
        b.furn("widget", widget(rng, "post", title))
    for line in related_lines(rng, pool, k):
        b.furn("related", line)


def _body_with_inserts(b: _Builder, paras: list[list[str]], rng: random.Random,
                       pool: list[dict], inserts: int, title: str, prefix: str = "") -> None:
    """Body paragraphs with `inserts` furniture runs placed between them."""
    slots = sorted(rng.sample(range(1, max(len(paras), 2)), min(inserts, max(len(paras) - 1, 1))))
    for i, p in enumerate(paras):
        while slots and slots[0] == i:
            slots.pop(0)
            r = rng.random()
            if r < 0.4:
                if rng.random() < 0.6:
                    b.furn("widget", widget(rng, "inline"))
                b.furn("caption", caption(rng))
            elif r < 0.7:
                b.furn("related", related_lines(rng, pool, 1)[0])
            else:
                b.furn("widget", widget(rng, "inline"))
        b.para(p, prefix)


def _mobile_amp(b, rng, art, pool, short):
    site = rng.choice(OUTLETS)
    b.furn("widget", widget(rng, "top", site=site))
    if rng.random() < 0.6:
        b.furn("widget", widget(rng, "top", site=site))
    b.plain(art["title"])
    b.plain(date_line(rng))
    b.furn("widget", widget(rng, "mid"))
    if rng.random() < 0.5:
        b.furn("byline", byline(rng))
    b.para(art["lead"])
    paras = paragraphs(art["sents"], rng, 2 if rng.random() < 0.5 else 4)
    _body_with_inserts(b, paras, rng, pool, 0 if short else rng.randint(1, 3), art["title"])
    if not any(k == "byline" for k, _ in b.furniture):
        b.furn("byline", byline(rng))
    if rng.random() < 0.4:
        b.furn("credit", credit(rng))
    b.furn("widget", widget(rng, "mid"))
    b.furn("widget", widget(rng, "post", art["title"]))
    _related_block(b, rng, pool, rng.randint(2, 4), title=art["title"])
    b.furn("widget", widget(rng, "bottom", site=site))


def _provincial_epage(b, rng, art, pool, short):
    prov = rng.choice(PROVINCES)
    site = f"{prov}"
    b.furn("widget", f"BÁO {prov.upper()} ĐIỆN TỬ" if rng.random() < 0.5 else widget(rng, "top", site=site))
    b.furn("widget", widget(rng, "top", site=site))
    b.plain(art["title"])
    b.plain(date_line(rng))
    b.furn("byline", byline(rng))
    b.para(art["lead"])
    paras = paragraphs(art["sents"], rng)
    if not short:
        head = paras[:rng.randint(1, 2)]
        for p in head:
            b.para(p)
        b.furn("caption", caption(rng))
        _body_with_inserts(b, paras[len(head):], rng, pool, rng.randint(0, 2), art["title"])
    else:
        for p in paras:
            b.para(p)
    if rng.random() < 0.6:
        b.furn("credit", credit(rng))
    else:
        b.furn("byline", byline(rng))
    b.furn("widget", widget(rng, "post", art["title"]))
    _related_block(b, rng, pool, rng.randint(2, 3), title=art["title"])
    for _ in range(rng.randint(2, 3)):
        b.furn("widget", widget(rng, "bottom", site=site))


def _live_blog(b, rng, art, pool, short):
    b.furn("widget", widget(rng, "top"))
    b.furn("widget", rng.choice(["TRỰC TIẾP", "Trực tiếp", "● LIVE", "Đang cập nhật"]))
    b.plain(art["title"])
    b.plain(date_line(rng))
    b.para(art["lead"])
    b.furn("widget", rng.choice(["Làm mới", "Tự động cập nhật: Bật", "Bài viết đang được cập nhật",
                                 "Xem diễn biến mới nhất", "Sắp xếp: Mới nhất | Cũ nhất"]))
    hh, mm = rng.randint(6, 20), rng.randint(0, 59)
    entries = paragraphs(art["sents"], rng, 2)
    stamps = []
    for _ in entries:
        stamps.append(rng.choice([f"{hh:02d}:{mm:02d}", f"{hh}h{mm:02d}", f"{hh:02d}:{mm:02d} GMT+7",
                                  f"Cập nhật {hh:02d}:{mm:02d}"]))
        mm += rng.randint(3, 25)
        hh, mm = hh + mm // 60, mm % 60
    for i, (stamp, e) in enumerate(reversed(list(zip(stamps, entries)))):
        if i < 5 or rng.random() < 0.15:
            b.furn("widget", stamp)
        b.para(e)
        if i == 1 and not short:
            b.furn("caption", caption(rng, video=rng.random() < 0.5))
    b.furn("byline", byline(rng))
    _related_block(b, rng, pool, rng.randint(1, 3), title=art["title"])
    b.furn("widget", widget(rng, "bottom"))


QUESTIONS = [
    "Thưa ông, vì sao sự việc này lại xảy ra?", "Ông đánh giá thế nào về vụ việc?",
    "Bà có thể cho biết thêm chi tiết?", "Nguyên nhân chính được xác định là gì?",
    "Thời gian tới địa phương sẽ có giải pháp gì?", "Người dân cần lưu ý điều gì?",
    "Trách nhiệm thuộc về ai, thưa ông?", "Kết quả ban đầu ra sao?",
    "Vậy hướng xử lý tiếp theo thế nào?", "Ông có kiến nghị gì với cơ quan chức năng?",
    "Điều gì khiến dư luận quan tâm đến vậy?", "Liệu tình trạng này có lặp lại?",
    "Cơ quan chức năng đã vào cuộc như thế nào?", "Bà nghĩ sao về ý kiến trái chiều?",
    "Khó khăn lớn nhất lúc này là gì?", "Có thông tin gì mới không, thưa ông?",
]


def _interview(b, rng, art, pool, short):
    b.furn("widget", widget(rng, "top"))
    b.plain(art["title"])
    b.plain(date_line(rng))
    b.furn("widget", widget(rng, "mid"))
    b.para(art["lead"])
    b.furn("caption", caption(rng))
    qstyle = rng.choice([("PV: ", ""), ("- ", "- "), ("* ", ""), ("Phóng viên: ", "Ông: ")])
    qs = rng.sample(QUESTIONS, len(QUESTIONS))
    for i, p in enumerate(paragraphs(art["sents"], rng, 3)):
        if i < len(qs) and (i == 0 or rng.random() < 0.6):
            b.lines.append(qstyle[0] + qs[i])
            b.body.append(qs[i])
        b.para(p, qstyle[1])
    b.furn("byline", rng.choice([f"{_name(rng)} (thực hiện)", f"{_short_name(rng)} thực hiện", byline(rng)]))
    if rng.random() < 0.5:
        b.furn("credit", credit(rng))
    b.furn("widget", widget(rng, "post", art["title"]))
    _related_block(b, rng, pool, rng.randint(2, 4), heading=rng.random() < 0.7, title=art["title"])
    b.furn("widget", widget(rng, "bottom"))


def _video_transcript(b, rng, art, pool, short):
    b.furn("widget", rng.choice(["VIDEO", "Video", "TV Online", "Xem truyền hình trực tuyến"]))
    b.furn("widget", f"00:00 / 0{rng.randint(1, 9)}:{rng.randint(10, 59)}")
    b.furn("widget", rng.choice(["Tự động phát", "Tắt tiếng", "Toàn màn hình", "HD 720p"]))
    b.plain(art["title"])
    b.plain(date_line(rng))
    if rng.random() < 0.5:
        b.furn("caption", caption(rng, video=True))
    b.furn("widget", widget(rng, "mid"))
    b.para(art["lead"])
    for p in paragraphs(art["sents"], rng, 1 if rng.random() < 0.5 else 3):
        b.para(p)
    b.furn("byline", rng.choice([byline(rng), f"{_name(rng)} - {_name(rng)}",
                                 f"BTV: {_name(rng)}", f"Nhóm phóng viên {rng.choice(PROVINCES)}"]))
    b.furn("widget", rng.choice(["Video khác", "Video liên quan", "Xem thêm video", "Video nổi bật"]))
    for line in related_lines(rng, pool, rng.randint(2, 4)):
        b.furn("related", line + rng.choice(["", f" ({rng.randint(0, 9):02d}:{rng.randint(10, 59)})"]))
    b.furn("widget", widget(rng, "bottom"))


def _press_release(b, rng, art, pool, short):
    b.furn("widget", widget(rng, "top"))
    b.furn("widget", rng.choice(["THÔNG CÁO BÁO CHÍ", "Thông cáo báo chí", "Tin doanh nghiệp",
                                 "Thông tin doanh nghiệp", "Nội dung do đối tác cung cấp"]))
    b.plain(art["title"])
    b.plain(date_line(rng))
    b.para(art["lead"])
    for i, p in enumerate(paragraphs(art["sents"], rng)):
        if i == 1 and rng.random() < 0.6:
            b.furn("caption", caption(rng))
        b.para(p)
    b.furn("credit", credit(rng))
    b.furn("widget", rng.choice(["Thông tin liên hệ:", "Liên hệ báo chí:", "Tệp đính kèm",
                                 "Tải về thông cáo (PDF)"]))
    b.furn("widget", f"Email: {rng.choice(['lienhe', 'pr', 'truyenthong', 'press'])}@{rng.choice(['congty', 'tapdoan', 'sotttt', 'ubnd'])}.vn | ĐT: 0{rng.randint(900, 989)} {rng.randint(100000, 999999)}")
    b.furn("widget", widget(rng, "post", art["title"]))
    _related_block(b, rng, pool, rng.randint(1, 3), heading=False)
    b.furn("widget", widget(rng, "bottom"))


def _social_repost(b, rng, art, pool, short):
    user = rng.choice(["nguoiquansat", "bao_moi_fan", "tintuc24h", "hanoiphoco", "saigonnews",
                       "dan_mang", "thoisu_vn", "mechoi"]) + str(rng.randint(1, 99))
    b.furn("widget", f"Diễn đàn{rng.choice([' › ', ' > ', ' » '])}{rng.choice(SECTIONS)}")
    b.furn("widget", f"{user} · {rng.randint(1, 23)} giờ trước")
    b.furn("widget", rng.choice([f"Bài viết: {rng.randint(10, 9000)} | Tham gia: {rng.randint(1, 12)}/{rng.randint(2009, 2016)}",
                                 "Thành viên", "Công khai", "Đã chia sẻ một liên kết"]))
    b.plain(art["title"])
    b.plain(date_line(rng))
    b.para(art["lead"])
    if rng.random() < 0.4:
        b.furn("caption", caption(rng))
    for p in paragraphs(art["sents"], rng, 3):
        b.para(p)
    b.furn("credit", credit(rng))
    b.furn("widget", rng.choice(["Thích · Trả lời · Chia sẻ", "Thích  Bình luận  Chia sẻ",
                                 f"{rng.randint(2, 900)} lượt thích · {rng.randint(1, 200)} bình luận"]))
    for _ in range(rng.randint(1, 3)):
        b.furn("widget", f"{_name(rng)}: {rng.choice(['Buồn quá', 'Thật đáng tiếc', 'Cần xử lý nghiêm!', 'Chia buồn cùng gia đình', 'Tin này chính xác chưa ạ?', 'Quá bức xúc', 'Ủng hộ'])}")
    b.furn("widget", rng.choice([f"Xem thêm {rng.randint(2, 80)} bình luận", "Viết bình luận...",
                                 "Trả lời"]))
    _related_block(b, rng, pool, rng.randint(1, 2), heading=rng.random() < 0.5, title=art["title"])


def _newsletter(b, rng, art, pool, short):
    b.furn("widget", rng.choice(["Xem bản web", "Bạn không đọc được email này? Xem trên trình duyệt",
                                 "Bản tin tối", "Bản tin sáng"]))
    b.furn("widget", f"Bản tin {rng.choice(OUTLETS)} - {rng.choice(WEEKDAYS)}")
    _related_block(b, rng, pool, 1, heading=False)
    b.plain(art["title"])
    b.plain(date_line(rng))
    if rng.random() < 0.5:
        b.furn("caption", caption(rng))
    b.para(art["lead"])
    for p in paragraphs(art["sents"], rng, 3):
        b.para(p)
    b.furn("byline", byline(rng))
    b.furn("widget", rng.choice(["Đọc bài đầy đủ", "Đọc tiếp trên website", "Mở trong ứng dụng"]))
    b.furn("widget", rng.choice(["Tin khác trong bản tin", "Cũng trong bản tin hôm nay", "Điểm tin"]))
    for line in related_lines(rng, pool, rng.randint(2, 4)):
        b.furn("related", line)
    b.furn("widget", rng.choice(["Hủy đăng ký", "Hủy nhận bản tin | Cài đặt email",
                                 "Bạn nhận được email này vì đã đăng ký nhận tin"]))
    b.furn("widget", widget(rng, "bottom"))


LAYOUTS = {
    "mobile_amp": _mobile_amp,
    "provincial_epage": _provincial_epage,
    "live_blog": _live_blog,
    "interview_qa": _interview,
    "video_transcript": _video_transcript,
    "press_release": _press_release,
    "social_repost": _social_repost,
    "newsletter_email": _newsletter,
}


def _read_rows(train_path: Path) -> tuple[list[dict], list[dict]]:
    bodies, related = [], []
    with gzip.open(train_path, "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i >= RELATED_ROWS.stop:
                break
            if i < BODY_ROWS.start or not line.strip():
                continue
            row = json.loads(line)
            if not row.get("article") or not row.get("title"):
                continue
            (bodies if i in BODY_ROWS else related).append(row)
    if not bodies or not related:
        raise ValueError(f"{train_path}: no usable rows in lines {BODY_ROWS.start}-{RELATED_ROWS.stop - 1}")
    return bodies, related


def pages(train_path: Path) -> list[Page]:
    """The held-out pages: one per body row, layout and furniture drawn from a fixed seed."""
    bodies, pool = _read_rows(Path(train_path))
    names = sorted(LAYOUTS)
    out = []
    for i, row in enumerate(bodies):
        rng = random.Random(SEED * 1000 + i)
        layout = names[i % len(names)] if rng.random() < 0.5 else rng.choice(names)
        sents = story_sentences(row["article"])
        lead = story_sentences(row.get("summary") or "")
        short = rng.random() < 0.07
        if short:
            sents = sents[:rng.randint(2, 3)]
            lead = []
        if not lead:
            lead, sents = sents[:1], sents[1:]
        art = {"title": " ".join(row["title"].split()), "lead": lead, "sents": sents}
        b = _Builder()
        LAYOUTS[layout](b, rng, art, pool, short)
        out.append(Page(text="\n".join(b.lines), body=b.body, furniture=b.furniture, layout=layout))
    return out
