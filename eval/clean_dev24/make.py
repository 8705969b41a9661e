"""clean_test24: blind held-out scraped-page set for the vnsumm page cleaner.

Standard library only, seeded and deterministic.  Usage:
    python eval/clean_test24/make.py TRAIN.jsonl.gz
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

SEED = 24_2026
BODY_ROWS = range(13_600, 13_900)
RELATED_ROWS = range(12_600, 13_000)
RELATED_CUT = 1_200
KINDS = ("byline", "credit", "caption", "related", "widget")
LAYOUTS = (
    "national_desktop",
    "province_portal",
    "mobile_amp",
    "zalo_share",
    "fanpage_post",
    "email_digest",
    "print_ocr",
    "screen_reader",
    "web_archive",
    "rss_export",
    "foreign_service",
    "law_paywall",
    "aggregator_app",
    "live_ticker",
    "reader_mode",
    "forum_repost",
    "tv_video_page",
    "sponsored_partner",
)


@dataclass
class Page:
    text: str
    body: list[str]
    furniture: list[tuple[str, str]]
    layout: str


# ---------------------------------------------------------------- reading rows
def _rows(path: Path, rows: range) -> list[tuple[int, dict]]:
    out = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i >= rows.stop:
                break
            if i < rows.start or not line.strip():
                continue
            try:
                d = json.loads(line)
            except ValueError:
                continue
            if not isinstance(d, dict):
                continue
            t, a = d.get("title"), d.get("article")
            if not isinstance(t, str) or not isinstance(a, str) or not t.strip() or not a.strip():
                continue
            out.append((i, {"title": " ".join(t.split()), "article": a}))
    return out


# ---------------------------------------------------------------- sentences
_ABBR = re.compile(r"(?:^|[\s(])(?:(?:[A-ZĐ][a-zđ]?\.){0,3}[A-ZĐ]{1,4}|[A-ZĐ][a-zđ]|Th\.S|ThS|PGS|Mr|St|tr|v\.v)\.$")
_START = re.compile(r"[\"“'(\[]?\s?[A-ZĐÀÁẢÃẠĂẮẰẲẴẶÂẤẦẨẪẬÉÈẺẼẸÊẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢÚÙỦŨỤƯỨỪỬỮỰÝỲỶỸỴ0-9*]")
STARTERS = {
    "Vào", "Cũng", "Sáng", "Chiều", "Tối", "Trưa", "Đêm", "Ngày", "Theo", "Trước", "Sau",
    "Khi", "Tại", "Hiện", "Ông", "Bà", "Anh", "Chị", "Như", "Được", "Trong", "Đến", "Lúc",
    "Nhận", "Khoảng", "Thời", "Liên", "Qua", "Ngay", "Năm", "Tháng", "Hôm", "Mới", "Em",
}


def split_sentences(text: str) -> list[str]:
    text = " ".join(text.split())
    out, start = [], 0
    for m in re.finditer(r"(?<=[.!?…])\s+(?:[\"”]\s+)?", text):
        left = text[start:m.start()]
        nxt = text[m.end():m.end() + 3]
        if not _START.match(nxt):
            continue
        if left.endswith(".") and _ABBR.search(left) and not left.endswith(".."):
            continue
        piece = text[start:m.end()].strip()
        if len(piece) < 2:
            continue
        out.append(piece)
        start = m.end()
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return out


def _cut_headline(s: str, strict: bool = False) -> tuple[str, str]:
    """A glued headline has no final stop: it ends before a capitalised word that
    follows a lower-case word and is followed by one (a new clause)."""
    words = s.split(" ")
    for j in range(3, len(words) - 1):
        w, p, n = words[j], words[j - 1], words[j + 1]
        n2 = words[j + 2] if j + 2 < len(words) else ""
        if strict and n2[:1].isupper() and w not in STARTERS:
            continue
        if (w[:1].isupper() and p[:1].islower() and (n[:1].islower() or n[:1].isdigit())) or (
                w in STARTERS and p[-1:].isalnum()):
            return " ".join(words[:j]), " ".join(words[j:])
    return s, ""


def _cut_at_starter(s: str, lo: int = 2) -> tuple[str, str]:
    words = s.split(" ")
    for j in range(lo, min(len(words), 30)):
        if words[j] in STARTERS and words[j - 1] and words[j - 1][-1].isalnum():
            return " ".join(words[:j]), " ".join(words[j:])
    return s, ""


_BYLINE_TAIL = re.compile(
    r"^((?:[A-ZĐ][^\s]*\.?)(?:\s+(?:[A-ZĐ][^\s]*|-|–))*"
    r"(?:\s*\((?:[Tt]ổng hợp|t / h|TH)\))?|Nhóm PV(?: [A-ZĐ][^\s]*)*)$"
)


def story(article: str) -> tuple[list, list[tuple[str, str]]]:
    """Return (items, tail_furniture): items are story sentences (str) or
    (kind, line) furniture glued inside the article, kept in place."""
    sents = split_sentences(article)
    tail: list[tuple[str, str]] = []
    out: list = []
    for s in sents:
        while True:  # "... TẠI ĐÂY" link lines glued before the next sentence
            mt = re.search(r"TẠI ĐÂY\s+(?=[A-ZĐ])", s)
            if not mt:
                break
            out.append(("widget", s[:mt.start()] + "TẠI ĐÂY"))
            s = s[mt.end():]
        m = re.match(r"^(Clip|Video|Ảnh|Xem video|Xem clip)\s?:\s", s)
        if m:
            if s.endswith((".", "!", "?")) and len(s) < 160:
                out.append(("caption", s))
                continue
            cap, rest = _cut_headline(s, strict=True)
            if rest:
                out.append(("caption", cap))
                s = rest
        while "Xem thêm:" in s:
            before, after = s.split("Xem thêm:", 1)
            if re.search(r"[.!?…]", after):
                head, rest = _cut_headline(after.strip())
            else:  # the article ends with the link (and maybe a byline)
                head, rest = after.strip(), ""
            if before.strip():
                out.append(before.strip())
            mm = re.search(r"\s((?:[A-ZĐ][a-zà-ỹđ]+\s){1,3}\((?:[Tt]ổng hợp|t / h)\))$", head)
            if mm and not rest:
                head = head[:mm.start()]
            out.append(("related", "Xem thêm: " + head.strip()))
            if mm and not rest:
                out.append(("byline", mm.group(1)))
            s = rest.strip()
        if s:
            out.append(s)
    # trailers glued at the end
    while out and not isinstance(out[-1], str):
        tail.insert(0, out.pop())
    if out:
        last = out[-1]
        m = re.search(r"(?<=[.!?…:])\s+([A-ZĐ]\S*(?:\s[A-ZĐ]\S*){1,3})\s((?:Thiết kế|Đồ hoạ):\s.{2,40})$", last)
        if m:
            tail[:0] = [("byline", m.group(1)), ("credit", m.group(2))]
            last = last[:m.start()].strip()
        m = re.search(r"(?:(?<=[.!?…\"”:])|^)\s*(Theo\s+[^\s].{0,40})$", last)
        if m and not m.group(1).rstrip().endswith((".", "!", "?")) or (m and len(m.group(1).split()) <= 3):
            tail.insert(0, ("credit", m.group(1).strip()))
            last = last[:m.start(1)].strip()
        else:
            starts = [0] + [mm.end() for mm in re.finditer(r"[.!?…\"”:]\s+", last)]
            for st in starts:
                cand = last[st:].strip()
                if 2 <= len(cand) <= 60 and len(cand.split()) <= 8 and (
                        _BYLINE_TAIL.match(cand) or re.match(r"^Nhóm PV\b", cand)):
                    tail.insert(0, ("byline", cand))
                    last = last[:st].strip()
                    break
        if last:
            out[-1] = last
        else:
            out.pop()
    return out, tail


# ---------------------------------------------------------------- furniture wordings
OUTLETS = ["Người Đưa Tin", "Tuổi Trẻ", "Thanh Niên", "VnExpress", "Dân Trí", "Lao Động", "Tiền Phong",
           "Pháp Luật TP.HCM", "Công an Nhân dân", "Vietnamnet", "Zing News", "Báo Quảng Nam",
           "Báo Nghệ An", "Báo Gia Lai", "Sài Gòn Giải Phóng", "Nhân Dân", "Quân đội Nhân dân",
           "VOV", "VTV", "TTXVN", "Báo Giao thông", "Kinh tế & Đô thị", "An ninh Thủ đô"]
DOMAINS = ["nguoiduatin.vn", "tuoitre.vn", "thanhnien.vn", "vnexpress.net", "dantri.com.vn",
           "laodong.vn", "tienphong.vn", "plo.vn", "cand.com.vn", "vietnamnet.vn", "baoquangnam.vn",
           "baonghean.vn", "baogialai.com.vn", "sggp.org.vn", "nhandan.vn", "qdnd.vn", "vov.vn",
           "baogiaothong.vn", "kinhtedothi.vn", "anninhthudo.vn", "baomoi.com", "24h.com.vn"]
FOREIGN = ["BBC Tiếng Việt", "VOA Tiếng Việt", "RFA Tiếng Việt", "RFI Tiếng Việt", "DW Tiếng Việt",
           "NHK World Tiếng Việt", "Sputnik Việt Nam", "Đài Châu Á Tự Do"]
AGENCIES = ["Reuters", "AFP", "AP", "Bloomberg", "Kyodo", "Yonhap", "Tân Hoa xã", "TTXVN", "CNN", "Nikkei Asia"]
NAMES = ["Nguyễn Huy", "Thanh Bình", "Minh Anh", "Phong Linh", "Đình Văn", "Lê Hoài", "Trần Thị Thu Hà",
         "Hoàng Nam", "Bảo Ngọc", "Vũ Hoàng Long", "Ngọc Quang", "Phạm Tuấn", "Hà Vy", "Quốc Tiệp",
         "Đỗ Mạnh Hùng", "Kim Oanh", "Lương Thảo", "Trúc Giang", "Hữu Khá", "Nguyễn Lâm", "Mai Phương",
         "Ksor Hưng", "Y Sơn", "Lò Văn Tư", "Thạch Sa Rinh", "H'Zin Niê"]
PLACES = ["Hà Nội", "TP.HCM", "Đà Nẵng", "Nghệ An", "Gia Lai", "Quảng Ninh", "Cần Thơ", "Thanh Hoá",
          "Bình Dương", "Lào Cai", "Đắk Lắk", "Cà Mau", "Hải Phòng", "Quảng Trị", "Sóc Trăng", "Hà Tĩnh"]
SECTIONS = ["Thời sự", "Xã hội", "Pháp luật", "Giáo dục", "Kinh tế", "Đời sống", "Thế giới", "Giao thông",
            "Chính trị", "Sức khoẻ", "An ninh - Trật tự", "Bạn đọc", "Địa phương"]
COMMENTERS = ["Trần Văn Hải", "minhtuan_87", "Nguyễn Thị Lan", "Bác Ba Phi", "hoangyen.sg", "Lê Quang Vinh",
              "Người Hà Nội", "Thu Trang", "tam.nguyen", "Phạm Đức", "Cô giáo Thảo", "an_danh_123"]
COMMENT_TEXTS = [
    "Đọc mà thấy xót xa quá, mong cơ quan chức năng sớm làm rõ.",
    "Xử lý thật nghiêm để làm gương, không thể để mãi thế này được.",
    "Bài viết rất hay, cảm ơn phóng viên đã phản ánh kịp thời.",
    "Chuyện này ở quê tôi cũng xảy ra mấy năm rồi mà không ai quản.",
    "Tôi nghĩ cần phải xem lại trách nhiệm của chính quyền địa phương.",
    "Thông tin chưa đầy đủ, đề nghị báo cập nhật thêm.",
    "Mong mọi người bình tĩnh, chờ kết luận chính thức rồi hãy bàn.",
    "Năm nào cũng hứa nhưng rồi đâu lại vào đấy.",
    "Cầu mong các nạn nhân sớm bình phục.",
    "Ủng hộ quan điểm của đại biểu, nói rất trúng và rất thẳng.",
]
ADS = [
    "Vay tiêu dùng lãi suất chỉ từ 0,99%/tháng, giải ngân trong 15 phút, không cần thế chấp.",
    "Chỉ còn 3 ngày để sở hữu căn hộ view sông Hàn với ưu đãi chiết khấu lên đến 12%.",
    "Bạn đang bị đau lưng, mỏi gối? Hàng nghìn người đã tìm lại giấc ngủ ngon nhờ bài thuốc này.",
    "Mở tài khoản chứng khoán online miễn phí, nhận ngay 200.000 đồng vào ví.",
    "Học tiếng Anh giao tiếp cùng giáo viên bản ngữ, học thử miễn phí buổi đầu tiên.",
    "Bảo hiểm sức khoẻ cho cả gia đình chỉ từ 5.000 đồng mỗi ngày.",
    "Siêu sale 12.12: giảm đến 50% toàn bộ điện thoại, trả góp 0%.",
    "Tour Đà Lạt 3 ngày 2 đêm chỉ 1.990.000 đồng, khởi hành hằng tuần.",
]


def _dt(rng: random.Random) -> tuple[int, int, int, int, int]:
    return (rng.randint(1, 28), rng.randint(1, 12), rng.choice([2017, 2018, 2019]),
            rng.randint(5, 22), rng.randint(0, 59))


WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]


def date_line(rng: random.Random, style: int) -> str:
    d, m, y, h, mi = _dt(rng)
    wd = rng.choice(WEEKDAYS)
    return [
        f"{wd}, {d:02d}/{m:02d}/{y} {h:02d}:{mi:02d} (GMT+7)",
        f"{d}/{m}/{y} | {h:02d}:{mi:02d}",
        f"Cập nhật lúc {h:02d}:{mi:02d} ngày {d:02d}-{m:02d}-{y}",
        f"{h:02d}:{mi:02d} {d:02d}/{m:02d}/{y}",
        f"Ngày {d} tháng {m} năm {y}",
        f"Đăng ngày {d:02d}.{m:02d}.{y} lúc {h}h{mi:02d}",
        f"{y}-{m:02d}-{d:02d}T{h:02d}:{mi:02d}:00+07:00",
    ][style % 7]


def byline(rng: random.Random) -> str:
    a, b = rng.sample(NAMES, 2)
    return rng.choice([
        a, f"{a} - {b}", f"Bài và ảnh: {a}", f"Tin, ảnh: {a}", f"PV {a}", f"{a.upper()}",
        f"Nhóm phóng viên", f"Phóng viên {a} - {rng.choice(PLACES)}", f"Tác giả: {a}",
        f"{a} (CTV)", f"Ghi chép của {a}", f"{a} | {b}", f"Bởi {a}", f"{a} thực hiện",
    ])


def credit(rng: random.Random) -> str:
    o, dom, ag = rng.choice(OUTLETS), rng.choice(DOMAINS), rng.choice(AGENCIES)
    return rng.choice([
        f"Theo {o}", f"Theo {dom}", f"Nguồn: {o}", f"(Theo {ag})", f"Ảnh: {rng.choice(NAMES)}",
        f"Ảnh minh hoạ: Internet", f"Ảnh: {ag}", f"Biên dịch: {rng.choice(NAMES)} (theo {ag})",
        f"Nguồn ảnh: {o}", f"Video: {rng.choice(['VTV24', 'Truyền hình Nghệ An', 'HTV9', 'THVL'])}",
        f"{ag} / {o}", f"Bài viết có sử dụng tư liệu của {ag} và {rng.choice(AGENCIES)}.",
        f"Ảnh cắt từ clip", f"Thiết kế: {rng.choice(NAMES)}",
    ])


TOPIC_CAPTIONS = {
    ("tai nạn", "va chạm", " xe ", "ô tô", "bốc cháy", "hoả hoạn"): [
        "Hiện trường vụ tai nạn.", "Chiếc xe bị hư hỏng nặng sau cú va chạm.",
        "Lực lượng cứu hộ nỗ lực khống chế đám cháy", "Cảnh sát giao thông điều tiết phương tiện qua khu vực.",
        "Ngọn lửa bốc cao, khói đen bao trùm cả khu vực."],
    ("học sinh", "thí sinh", "nhà trường", "giáo viên", "tuyển sinh", "kỳ thi"): [
        "Thí sinh làm thủ tục dự thi tại điểm thi.", "Một tiết học của học sinh tiểu học.",
        "Phụ huynh chờ con trước cổng trường.", "Giáo viên hướng dẫn học sinh trong giờ thực hành.",
        "Các thí sinh xem sơ đồ phòng thi"],
    ("Quốc hội", "đại biểu", "chất vấn", "Bộ trưởng", "hội nghị", "Đại hội"): [
        "Quang cảnh phiên chất vấn tại hội trường Diên Hồng.", "Đại biểu Quốc hội phát biểu tại phiên thảo luận.",
        "Bộ trưởng trả lời chất vấn của đại biểu.", "Toàn cảnh hội nghị"],
    ("bắt giữ", "khởi tố", "đối tượng", "tạm giữ", "bị can"): [
        "Đối tượng tại cơ quan công an.", "Tang vật thu giữ được trong vụ án.",
        "Cơ quan công an khám nghiệm hiện trường.", "Lực lượng chức năng làm việc với các đối tượng"],
}


def topic_base(rng: random.Random, text: str) -> str | None:
    pools = [v for keys, v in TOPIC_CAPTIONS.items() if any(k in text for k in keys)]
    return rng.choice(rng.choice(pools)) if pools else None


def caption(rng: random.Random, place: str, text: str = "") -> str:
    who = rng.choice(NAMES)
    base = topic_base(rng, text) if text and rng.random() < 0.7 else None
    base = base or rng.choice([
        f"Lực lượng chức năng có mặt tại hiện trường vụ việc ở {place}.",
        f"Hiện trường vụ việc.",
        f"Người dân tập trung theo dõi sự việc.",
        f"Đại biểu phát biểu tại phiên thảo luận chiều qua.",
        f"Toàn cảnh buổi làm việc tại {place}",
        f"Khu vực xảy ra sự việc đã được phong toả.",
        f"Các em học sinh trong giờ học tại một trường ở {place}.",
        f"Cơ quan chức năng làm việc với các bên liên quan.",
        f"Chiếc xe sau vụ việc",
        f"Ảnh minh hoạ",
        f"Phóng viên ghi nhận tại hiện trường sáng nay.",
        f"Nhiều người dân vẫn chưa hết bàng hoàng khi kể lại sự việc.",
    ])
    return rng.choice([
        base, f"{base} Ảnh: {who}", f"{base} (Ảnh: {who})", f"{base} - Ảnh: {rng.choice(AGENCIES)}",
        f"Ảnh: {base}", f"▲ {base}", f"{base} Ảnh: Internet", f"Video: {base.rstrip('.')}",
    ])


def widget(rng: random.Random, kind: str) -> str:
    d, m, y, h, mi = _dt(rng)
    n = rng.randint(2, 9999)
    pools = {
        "menu": ["Trang chủ | Thời sự | Thế giới | Kinh doanh | Pháp luật | Giáo dục | Sức khoẻ",
                 "☰ Menu", "Tin mới | Video | Podcast | Infographic | E-paper",
                 "Đăng nhập | Đăng ký", "Tìm kiếm...", "Mới nhất   Tin theo khu vực   Đọc nhiều",
                 "THỜI SỰ  THẾ GIỚI  KINH TẾ  VĂN HOÁ  THỂ THAO  CÔNG NGHỆ"],
        "crumb": [f"Trang chủ > {rng.choice(SECTIONS)}", f"Trang chủ / {rng.choice(SECTIONS)} / {rng.choice(PLACES)}",
                  f"{rng.choice(SECTIONS)} » {rng.choice(SECTIONS)}", f"Trang chủ › Tin tức › {rng.choice(SECTIONS)}"],
        "share": ["Chia sẻ Facebook Zalo Twitter", "Chia sẻ:", "f  Zalo  🔗 Sao chép liên kết",
                  f"Thích {n} | Chia sẻ", "In bài | Gửi email | Lưu bài", "🔊 Nghe đọc bài",
                  "Cỡ chữ: A- A A+", "Copy link", f"{rng.randint(1, 300)} bình luận"],
        "ad": ["Quảng cáo", "QUẢNG CÁO", "Advertisement", "— Quảng cáo —", "Tài trợ bởi Vinamilk"] + ADS,
        "tags": [f"Tags: {rng.choice(PLACES)}, {rng.choice(SECTIONS).lower()}, điều tra",
                 f"#{rng.choice(PLACES).replace(' ', '').replace('.', '')} #tintuc #thoisu",
                 f"Từ khoá: {rng.choice(SECTIONS)} · {rng.choice(PLACES)}", "Chủ đề: Kỳ họp Quốc hội"],
        "count": [f"Lượt xem: {n}", f"{n} lượt đọc", f"👁 {n}", f"Đã xem {n} lần", f"⏱ {rng.randint(2, 9)} phút đọc"],
        "footer": ["© 2019 Bản quyền thuộc về báo. Ghi rõ nguồn khi phát hành lại thông tin từ website này.",
                   "Giấy phép số 154/GP-BTTTT do Bộ Thông tin và Truyền thông cấp.",
                   f"Tổng biên tập: {rng.choice(NAMES)}", "Liên hệ quảng cáo: 0243 999 9999",
                   f"Toà soạn: số {rng.randint(1, 200)} phố Trần Hưng Đạo, {rng.choice(PLACES)}",
                   "Về đầu trang ↑", "Điều khoản sử dụng | Chính sách bảo mật", "Hotline: 0912 345 678"],
        "comment_head": ["Bình luận", "Ý kiến bạn đọc", f"Bình luận ({rng.randint(1, 90)})", "Gửi bình luận của bạn",
                         "Viết bình luận...", "Xem thêm bình luận", "Sắp xếp theo: Mới nhất"],
        "notice": ["Trang web này sử dụng cookie để cải thiện trải nghiệm của bạn. Đồng ý",
                   "Chúng tôi dùng cookie. Bằng việc tiếp tục truy cập, bạn đồng ý với chính sách của chúng tôi.",
                   "Bạn đã đọc hết 3 bài miễn phí trong tháng này. Đăng ký gói Premium để đọc tiếp.",
                   "Đăng ký nhận tin qua email mỗi sáng", "Tải ứng dụng để đọc tin nhanh hơn",
                   "Bật thông báo để không bỏ lỡ tin nóng", "Bạn đang xem phiên bản rút gọn. Xem bản đầy đủ"],
        "poll": ["Bạn có đồng ý với đề xuất này?", "○ Đồng ý  ○ Không đồng ý  ○ Ý kiến khác", "Bình chọn",
                 f"Đã có {n} lượt bình chọn", "Xem kết quả"],
        "time": [f"{h:02d}:{mi:02d}", f"{rng.randint(1, 59)} phút trước", f"{rng.randint(1, 23)} giờ trước",
                 f"{d}/{m}/{y}"],
    }
    return rng.choice(pools[kind])


class Pools:
    def __init__(self, related_rows: list[tuple[int, dict]]):
        self.titles = [d["title"] for _, d in related_rows]
        self.teasers = []
        for _, d in related_rows:
            ss = split_sentences(d["article"][:RELATED_CUT])
            if len(ss) >= 2 and 30 <= len(ss[0]) <= 260:
                self.teasers.append(ss[0])
        self.related_items: list[str] = []  # every related line used, for tests

    def title(self, rng: random.Random) -> str:
        return rng.choice(self.titles) if self.titles else "Tin liên quan"

    def teaser(self, rng: random.Random) -> str:
        return rng.choice(self.teasers) if self.teasers else self.title(rng)


def related(rng: random.Random, pools: Pools, style: int) -> str:
    t = pools.title(rng)
    forms = [
        t, f"» {t}", f"Xem thêm: {t}", f"ĐỌC THÊM: {t}", f">> {t}", f"- {t}", f"• {t}",
        f"{t} ({rng.randint(1, 59)} phút trước)", f"{t} | {rng.choice(OUTLETS)}", f"▶ {t}",
        f"Tin liên quan: {t}", f"{t} 📷", f"{t} 🎥",
    ]
    if style == 1:
        return pools.teaser(rng)
    if style == 2:
        return f"{t} - {pools.teaser(rng)}"
    return rng.choice(forms)


# ---------------------------------------------------------------- faults
ZW = ["\u200b", "\u200c", "\u2060", "\ufeff"]


def apply_faults(rng: random.Random, sents: list) -> tuple[list, bool]:
    kinds = rng.sample(["nbsp", "zw", "nfd", "dbl", "glue"], rng.randint(1, 3))
    out = list(sents)
    for k in kinds:
        idx = [i for i, s in enumerate(out) if isinstance(s, str) and " " in s.strip()]
        if not idx:
            break
        picks = rng.sample(idx, min(len(idx), rng.randint(1, 4)))
        for i in picks:
            s = out[i]
            sp = [j for j, c in enumerate(s) if c == " " and 0 < j < len(s) - 1]
            if not sp:
                continue
            j = rng.choice(sp)
            if k == "nbsp":
                out[i] = s[:j] + "\u00a0" + s[j + 1:]
            elif k == "zw":
                out[i] = s[:j] + rng.choice(ZW) + s[j:]
            elif k == "dbl":
                out[i] = s[:j] + "  " + s[j + 1:]
        pairs = [i for i in range(len(out) - 1) if isinstance(out[i], str) and isinstance(out[i + 1], str)]
        if k == "glue" and len(out) >= 3 and pairs:
            i = rng.choice(pairs)
            out[i:i + 2] = [out[i] + out[i + 1]]
    return out, "nfd" in kinds


# ---------------------------------------------------------------- page assembly
class Builder:
    def __init__(self, rng: random.Random, pools: Pools, place: str):
        self.rng, self.pools, self.place = rng, pools, place
        self.items: list[tuple[str | None, str, list[str] | None]] = []
        self.people: list[str] = []
        self.topic = ""

    def add(self, kind: str | None, line: str) -> None:
        self.items.append((kind, line, None))

    def para(self, sents) -> None:
        if isinstance(sents, tuple):  # furniture that was glued inside the article
            self.add(*sents)
        else:
            self.items.append(("body", " ".join(sents), list(sents)))

    def w(self, k: str, n: int = 1) -> None:
        for _ in range(n):
            self.add("widget", widget(self.rng, k))

    def rel(self, n: int = 1, style: int = 0) -> None:
        for _ in range(n):
            line = related(self.rng, self.pools, style)
            self.add("related", line)

    def cap(self) -> None:
        r = self.rng
        if self.people and r.random() < 0.55:
            who = r.choice(self.people)
            line = r.choice([
                f"{who} trao đổi với phóng viên.", f"{who} phát biểu tại buổi làm việc.",
                f"{who} (bên trái) cùng đoàn công tác kiểm tra thực tế.", f"{who} cho biết sẽ làm rõ vụ việc",
                f"{who} tại buổi họp báo chiều qua. Ảnh: {r.choice(NAMES)}", f"{who} chia sẻ với báo chí. (Ảnh: PV)",
                f"{who} trả lời câu hỏi của phóng viên tại hiện trường - Ảnh: {r.choice(NAMES)}",
            ])
            self.add("caption", line)
        else:
            self.add("caption", caption(r, self.place, self.topic))
        if r.random() < 0.2:
            self.add("credit", r.choice([f"Ảnh: {r.choice(NAMES)}", f"Ảnh: {r.choice(AGENCIES)}", "Ảnh: Internet",
                                         f"Ảnh: {r.choice(OUTLETS)}", "Ảnh: Cắt từ clip", "Nguồn ảnh: Facebook nhân vật"]))

    def comments(self, n: int) -> None:
        for _ in range(n):
            r = self.rng
            form = r.randrange(3)
            who, txt = r.choice(COMMENTERS), r.choice(COMMENT_TEXTS)
            if form == 0:
                self.add("widget", f"{who}: {txt}")
            elif form == 1:
                self.add("widget", who)
                self.add("widget", txt)
            else:
                self.add("widget", txt)
                self.add("widget", f"Trả lời · Thích {r.randint(0, 99)} · {r.randint(1, 23)} giờ trước")


def paragraphs(rng: random.Random, items: list, lo: int = 1, hi: int = 4) -> list:
    out: list = []
    cur: list[str] = []
    want = rng.randint(lo, hi)
    for it in items:
        if isinstance(it, tuple):
            if cur:
                out.append(cur)
            out.append(it)
            cur, want = [], rng.randint(lo, hi)
            continue
        cur.append(it)
        if len(cur) >= want:
            out.append(cur)
            cur, want = [], rng.randint(lo, hi)
    if cur:
        out.append(cur)
    return out


def _body(b: Builder, paras: list[list[str]], mids: dict[int, callable]) -> None:
    for i, p in enumerate(paras):
        b.para(p)
        if i in mids and i < len(paras) - 1:
            mids[i]()


def layout_lines(name: str, b: Builder, title: str, paras, lead, tail, dstyle: int) -> None:
    r = b.rng
    site = r.choice(OUTLETS)
    dom = r.choice(DOMAINS)
    n = len(paras)
    q = max(1, n // 3)

    def lead_items():
        for k, line in lead:
            b.add(k, line)

    def tail_items():
        for k, line in tail:
            b.add(k, line)

    if name == "national_desktop":
        b.w("menu", 2); b.add(None, site.upper()); b.w("crumb"); b.add(None, title)
        b.add(None, date_line(r, dstyle)); b.w("share"); lead_items(); b.cap()
        _body(b, paras, {0: lambda: b.rel(1), q + 1: lambda: (b.w("ad"), b.w("ad")), 2 * q: b.cap})
        tail_items(); b.add("credit", credit(r)); b.w("tags"); b.add("widget", "Tin liên quan"); b.rel(3); b.w("comment_head")
        b.comments(2); b.add("widget", "Tin cùng chuyên mục"); b.rel(3, 2); b.w("footer", 3)
    elif name == "province_portal":
        b.add(None, f"CỔNG THÔNG TIN ĐIỆN TỬ TỈNH {b.place.upper()}"); b.w("menu"); b.w("crumb")
        b.add(None, title); b.w("count"); b.add("widget", "In trang | Gửi email | Về trang trước")
        lead_items(); _body(b, paras, {q: b.cap}); tail_items(); b.add("byline", byline(r))
        b.add(None, date_line(r, dstyle)); b.add("widget", "Các tin khác")
        for _ in range(4):
            b.add("related", f"{pools_title(b)} ({r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2019)")
        b.w("footer", 2); b.add("widget", f"Số lượt truy cập: {r.randint(100000, 9999999)}")
    elif name == "mobile_amp":
        b.w("menu"); b.add(None, dom); b.add(None, title); b.add(None, date_line(r, dstyle))
        b.add("widget", "Nghe bài viết"); lead_items()
        _body(b, paras, {0: lambda: b.w("ad"), q: lambda: b.rel(1, 2), 2 * q: lambda: b.w("notice")})
        tail_items(); b.add("byline", byline(r)); b.cap(); b.w("share"); b.add("widget", "Có thể bạn quan tâm")
        b.rel(4, r.choice([0, 2])); b.w("notice"); b.w("footer")
    elif name == "zalo_share":
        who = r.choice(COMMENTERS)
        b.add("widget", f"{who} đã chia sẻ một liên kết"); b.add("widget", f"{r.randint(1, 59)} phút")
        b.add(None, title); b.add(None, dom); lead_items(); _body(b, paras, {})
        tail_items(); b.add("widget", "Xem thêm trên Báo Mới"); b.add("widget", f"❤️ {r.randint(1, 99)}  💬 {r.randint(0, 20)}")
        b.add("widget", "Trả lời  Chuyển tiếp  Thêm cảm xúc")
    elif name == "fanpage_post":
        b.add(None, f"Báo {site}"); b.add(None, f"{r.randint(1, 23)} giờ · 🌏"); b.add(None, f"🔴 {title.upper()}")
        lead_items(); _body(b, paras, {}); tail_items()
        b.add("related", f"👉 Đọc thêm: {pools_title(b)}"); b.add("widget", f"🔗 https://{dom}/{r.randint(10**6, 10**7)}.html")
        b.w("tags"); b.add("widget", f"👍❤️😢 {r.randint(10, 9000)}"); b.add("widget", f"{r.randint(1, 900)} bình luận  {r.randint(1, 300)} lượt chia sẻ")
        b.add("widget", "Thích   Bình luận   Chia sẻ"); b.comments(4); b.add("widget", "Xem thêm bình luận")
    elif name == "email_digest":
        b.add("widget", "Nếu email không hiển thị đúng, vui lòng xem trên trình duyệt."); b.add(None, f"BẢN TIN SÁNG {site.upper()}")
        b.add("widget", f"Xin chào {r.choice(COMMENTERS)}, đây là những tin đáng chú ý hôm nay.")
        b.add("related", f"1. {pools_title(b)}"); b.add("related", f"2. {pools_title(b)}")
        b.add(None, title); lead_items(); _body(b, paras, {q: lambda: b.add("widget", r.choice(ADS))})
        tail_items(); b.add("widget", "Đọc tiếp trên website →"); b.add("related", f"3. {pools_title(b)}")
        b.add("related", pools_teaser(b)); b.add("widget", "Bạn nhận được email này vì đã đăng ký nhận bản tin.")
        b.add("widget", "Huỷ đăng ký | Quản lý tuỳ chọn email")
    elif name == "print_ocr":
        d, m, y, *_ = _dt(r)
        b.add("widget", f"{r.choice(SECTIONS).upper()}   {r.choice(WEEKDAYS)}, {d}/{m}/{y}   {r.randint(2, 24)}")
        b.add(None, title.upper()); b.add("byline", byline(r).upper()); lead_items(); b.cap()
        half = max(1, n // 2)
        for i, p in enumerate(paras):
            b.para(p)
            if i == half - 1 and i < n - 1:
                b.add("widget", f"(Xem tiếp trang {r.randint(3, 20)})")
                b.add("widget", f"{site.upper()}   SỐ {r.randint(100, 400)}   {r.randint(2, 24)}")
                b.add("widget", "(Tiếp theo trang 1)")
        tail_items(); b.add("widget", f"{r.randint(2, 24)}   {dom}")
    elif name == "screen_reader":
        b.add("widget", "Bỏ qua đến nội dung chính"); b.add("widget", "Liên kết: Trang chủ"); b.add("widget", "Nút: Mở menu")
        b.add(None, f"Tiêu đề cấp 1: {title}"); b.add(None, date_line(r, dstyle)); lead_items()
        _body(b, paras, {0: lambda: b.add("caption", f"Hình ảnh: {caption(r, b.place, b.topic)}"),
                         q + 1: lambda: b.add("related", f"Liên kết: {pools_title(b)}")})
        tail_items(); b.add("widget", "Danh sách 5 mục"); b.rel(3); b.add("widget", "Kết thúc danh sách")
        b.add("widget", "Nút: Chia sẻ"); b.add("widget", "Về đầu trang")
    elif name == "web_archive":
        d, m, y, *_ = _dt(r)
        b.add("widget", "The Wayback Machine - http://web.archive.org/web/")
        b.add("widget", f"{r.randint(2, 300)} captures"); b.add("widget", f"{d} thg {m}, {y} - {d} thg {m}, {y + 2}")
        b.add(None, site); b.w("menu"); b.add(None, title); b.add(None, date_line(r, dstyle)); lead_items()
        _body(b, paras, {q: lambda: b.add("widget", "[Hình ảnh không tải được]"), 2 * q: b.cap})
        tail_items(); b.add("byline", byline(r)); b.rel(3, 0); b.w("footer")
    elif name == "rss_export":
        b.add(None, f"{site} - {r.choice(SECTIONS)}"); b.add(None, title)
        b.add("widget", f"{widget(r, 'time')} · {r.randint(2, 9)} phút đọc"); b.add("widget", "★ Lưu   ✓ Đánh dấu đã đọc")
        lead_items(); _body(b, paras, {}); tail_items(); b.add("credit", f"Nguồn: {site}"); b.add("widget", "Mở bài gốc ↗")
        b.add("widget", f"https://{dom}/{r.choice(['thoi-su', 'xa-hoi', 'phap-luat'])}/{r.randint(10**5, 10**6)}.htm")
    elif name == "foreign_service":
        fs = r.choice(FOREIGN)
        b.w("notice"); b.add(None, fs); b.add("widget", "Tin chính | Việt Nam | Thế giới | Chuyên mục | Video")
        b.add(None, title); b.add(None, date_line(r, dstyle))
        b.add("byline", f"{r.choice(NAMES)}, phóng viên {fs}")
        b.add("widget", "Nghe bài này"); b.add("widget", f"00:00 / 0{r.randint(2, 9)}:{r.randint(10, 59)}")
        lead_items(); _body(b, paras, {0: lambda: b.cap(), q + 1: lambda: b.add("related", f"Bài liên quan: {pools_title(b)}")})
        tail_items(); b.add("credit", f"Bài viết có sử dụng thông tin từ {r.choice(AGENCIES)}, {r.choice(AGENCIES)}.")
        b.add("widget", "Chia sẻ bài viết qua email"); b.add("widget", "Chủ đề liên quan"); b.rel(3)
        b.add("widget", f"© {r.choice([2018, 2019])} {fs}. Mọi quyền được bảo lưu.")
    elif name == "law_paywall":
        b.w("menu"); b.add(None, f"{site} - Chuyên trang Pháp luật & Kinh tế"); b.w("crumb"); b.add(None, title)
        b.add(None, date_line(r, dstyle)); b.add("byline", byline(r)); lead_items(); b.w("count")
        cut = max(1, n // 2)
        for i, p in enumerate(paras):
            b.para(p)
            if i == 0:
                b.add("related", f"Văn bản liên quan: {pools_title(b)}")
            if i == cut - 1 and i < n - 1:
                b.add("widget", "Nội dung tiếp theo dành cho hội viên. Đăng nhập hoặc đăng ký gói Pro để đọc tiếp.")
                b.add("widget", "Đăng nhập")
        tail_items()
        b.add("widget", r.choice(["Bạn có đồng ý với đề xuất này?", "Theo bạn, mức xử phạt như vậy đã đủ sức răn đe?",
                                  "Bạn đánh giá thế nào về quy định mới?"]))
        for opt in r.choice([["Đồng ý", "Không đồng ý", "Ý kiến khác"], ["Đủ sức răn đe", "Cần nặng hơn"],
                             ["Rất hợp lý", "Chưa hợp lý", "Không có ý kiến"]]):
            b.add("widget", f"○ {opt}")
        b.add("widget", "Bình chọn   Xem kết quả"); b.add("widget", f"Đã có {r.randint(20, 9000)} lượt bình chọn")
        b.add("widget", "Bạn cần tư vấn? Gọi 1900 6192"); b.w("footer")
    elif name == "aggregator_app":
        b.add(None, title); b.add(None, f"{site} · {widget(r, 'time')}"); b.add("widget", "Theo dõi")
        lead_items(); _body(b, paras, {q: lambda: b.w("ad"), 2 * q: lambda: b.rel(1, 1)}); tail_items()
        b.add("credit", r.choice([f"Theo {site}", f"Nguồn: {dom}", f"Bài gốc: {site}"]))
        b.add("widget", "Bạn thấy tin này thế nào? 👍 Hay  👎 Không hay"); b.add("widget", "Xem bài gốc")
        b.add("widget", "Tin cùng chủ đề"); b.rel(2, 0); b.rel(2, 2); b.add("widget", "Tải thêm tin")
    elif name == "live_ticker":
        b.add("widget", "🔴 TRỰC TIẾP"); b.add(None, title); b.add("widget", "Tự động cập nhật: BẬT")
        lead_items()
        d, m, y, h, mi = _dt(r)
        t = h * 60 + mi
        for i, p in enumerate(paras):
            t += r.randint(3, 20)
            b.add("widget", f"{t // 60 % 24:02d}:{t % 60:02d}")
            b.para(p)
            if i % 3 == 2 and i < n - 1:
                b.add("widget", "Chia sẻ cập nhật này")
        tail_items(); b.add(None, date_line(r, dstyle)); b.add("widget", "Tải thêm cập nhật cũ hơn"); b.rel(2)
    elif name == "reader_mode":
        b.add(None, dom); b.add(None, title); b.add("byline", byline(r)); b.add("widget", f"{r.randint(3, 12)}–{r.randint(13, 20)} phút")
        lead_items(); _body(b, paras, {q: b.cap}); tail_items()
        if r.random() < 0.5:
            b.add("credit", credit(r))
        if r.random() < 0.3:
            b.add("widget", "(*) Bài viết thể hiện quan điểm riêng của tác giả, không nhất thiết phản ánh quan điểm của toà soạn.")
        b.add("widget", f"Đã lưu từ https://{dom} lúc {widget(r, 'time')}")
    elif name == "forum_repost":
        b.add("widget", "Diễn đàn › Thời sự › Tin tức trong nước"); b.add(None, title)
        u = r.choice(COMMENTERS); b.add("widget", f"{u}"); b.add("widget", "Thành viên tích cực")
        b.add(None, date_line(r, dstyle)); b.add("widget", "#1"); b.add("credit", f"Nguồn: https://{dom}")
        lead_items(); _body(b, paras, {}); tail_items(); b.add("widget", "Trích dẫn   Thích   Trả lời")
        for k in range(r.randint(2, 4)):
            b.add("widget", r.choice(COMMENTERS)); b.add("widget", f"#{k + 2}"); b.add("widget", r.choice(COMMENT_TEXTS))
        b.add("widget", f"Trang 1/{r.randint(2, 9)}  Tiếp ›")
    elif name == "tv_video_page":
        b.add(None, r.choice(["VTV24", "VTV1", "HTV9", "THVL1", "ANTV", "VTC14", "Truyền hình Quốc hội"]))
        b.w("menu"); b.add("widget", "▶ Phát video"); b.add("widget", f"0{r.randint(1, 5)}:{r.randint(10, 59)}")
        b.add("caption", f"Video: {caption(r, b.place, b.topic)}"); b.add(None, title)
        b.add("widget", f"Chương trình: {r.choice(['Thời sự 19h', 'Chuyển động 24h', 'Tiêu điểm', 'Bản tin trưa'])}")
        lead_items(); _body(b, paras, {q: lambda: b.add("widget", "Quảng cáo sẽ kết thúc sau 5 giây")}); tail_items()
        b.add("byline", f"BTV: {r.choice(NAMES)}"); b.add("credit", r.choice([f"Nguồn: {r.choice(['VTV24', 'VTV1', 'HTV'])}", f"Hình ảnh: {r.choice(AGENCIES)}", "Video: Cắt từ camera hành trình"]))
        b.add("widget", "Video khác"); b.rel(4, 0)
    elif name == "sponsored_partner":
        b.add("widget", "NỘI DUNG TÀI TRỢ"); b.add(None, dom); b.add(None, title); b.add(None, date_line(r, dstyle))
        lead_items(); _body(b, paras, {0: lambda: b.add("widget", r.choice(ADS)), q + 1: b.cap})
        tail_items(); b.add("widget", "Đăng ký nhận tư vấn miễn phí"); b.add("widget", "Họ tên | Số điện thoại | Gửi")
        b.add("widget", r.choice(ADS)); b.add("widget", "Bài viết được thực hiện với sự hỗ trợ của đối tác."); b.rel(2, 1)
    else:  # pragma: no cover
        raise ValueError(name)


_PEOPLE = re.compile(r"\b(Ông|Bà|Anh|Chị|Thượng tá|Đại tá|Trung tá|Thiếu tá|Bác sĩ|Thầy|Cô)\s+"
                     r"((?:[A-ZĐ][^\s,.:;()\"“”]*)(?:\s+[A-ZĐ][^\s,.:;()\"“”]*){1,3})")


def people(article: str) -> list[str]:
    out = []
    for m in _PEOPLE.finditer(article[:4000]):
        name = f"{m.group(1)} {m.group(2)}"
        if name not in out:
            out.append(name)
    return out[:4]


def pools_title(b: Builder) -> str:
    return b.pools.title(b.rng)


def pools_teaser(b: Builder) -> str:
    return b.pools.teaser(b.rng)


# ---------------------------------------------------------------- pages
def make_page(k: int, row: int, doc: dict, pools: Pools) -> Page:
    layout = LAYOUTS[k % len(LAYOUTS)]
    rng = random.Random(f"{SEED}:{row}:{layout}")
    sents, tail = story(doc["article"])
    lead: list[tuple[str, str]] = []
    if not any(isinstance(x, str) for x in sents):
        sents = [doc["title"] + "."] + sents
    nfd = False
    if k % 4 == 1:  # about a quarter of the pages carry scraper faults
        sents, nfd = apply_faults(rng, sents)
    lo, hi = {"fanpage_post": (1, 2), "print_ocr": (3, 6), "screen_reader": (1, 3)}.get(layout, (1, 4))
    paras = paragraphs(rng, sents, lo, hi)
    b = Builder(rng, pools, rng.choice(PLACES))
    b.people = people(doc["article"])
    b.topic = doc["title"] + " " + doc["article"][:600]
    layout_lines(layout, b, doc["title"], paras, lead, tail, rng.randrange(7))
    lines, body, furn = [], [], []
    for kind, line, ss in b.items:
        line = line.strip()
        if not line:
            continue
        if nfd:
            line = unicodedata.normalize("NFD", line)
            ss = [unicodedata.normalize("NFD", s) for s in ss] if ss else ss
        lines.append(line)
        if kind == "body":
            body.extend(ss)
        elif kind is not None:
            furn.append((kind, line))
    return Page(text="\n".join(lines), body=body, furniture=furn, layout=layout)


def pages(train_path: Path) -> list[Page]:
    train_path = Path(train_path)
    pools = Pools(_rows(train_path, RELATED_ROWS))
    return [make_page(k, row, doc, pools) for k, (row, doc) in enumerate(_rows(train_path, BODY_ROWS))]


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: make.py TRAIN.jsonl.gz", file=sys.stderr)
        return 2
    t0 = time.time()
    ps = pages(Path(argv[1]))
    nb = sum(len(p.body) for p in ps)
    nf = sum(len(p.furniture) for p in ps)
    by = {k: sum(1 for p in ps for kk, _ in p.furniture if kk == k) for k in KINDS}
    print(f"pages: {len(ps)}  layouts: {len({p.layout for p in ps})}  body sentences: {nb}  "
          f"furniture lines: {nf} ({', '.join(f'{k} {v}' for k, v in by.items())})  "
          f"time: {time.time() - t0:.2f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
