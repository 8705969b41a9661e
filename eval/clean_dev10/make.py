"""Held-out cleaner test set 10 (issue 21), written blind. Builds one scraped-page text per
VietNews train row 11,000-11,299 (the story) in 16 layouts, with headlines and sentences of rows
11,300-11,999 as related lists, teasers and look-alike captions."""
from __future__ import annotations

import gzip
import json
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

BODY_ROWS = range(11_000, 11_300)
RELATED_ROWS = range(11_300, 12_000)
KINDS = ("byline", "credit", "caption", "related", "widget")
LAYOUTS = (
    "provincial_paper", "gov_portal", "finance_ticker", "sports_scorebox", "showbiz",
    "aggregator_app", "google_cache", "reader_mode", "facebook_repost", "zalo_forward",
    "epaper_ocr", "rss_dump", "forum_thread", "newsletter", "wayback", "live_blog",
)
SEED = 21_010


@dataclass
class Page:
    text: str
    body: list[str]
    furniture: list[tuple[str, str]] = field(default_factory=list)
    layout: str = ""


NAMES = ("Nguyễn Hoàng", "Trần Thị Thu Hà", "Lê Minh Khôi", "Phạm Quỳnh", "Vũ Đức Anh", "Hà Linh",
         "Đỗ Thanh Tùng", "Bùi Ngọc Lan", "Hoàng Yến", "Đặng Quốc Bảo", "Ngô Mai", "Phan Văn Lực",
         "Lý Tuấn", "Mai Phương Thảo", "Châu Khánh", "Trịnh Hải Đăng", "Kiều Oanh", "Lâm Sơn")
PROVINCES = ("Nghệ An", "Quảng Ngãi", "Thái Bình", "Đắk Lắk", "Cà Mau", "Lào Cai", "Bình Định",
             "Hà Tĩnh", "Sóc Trăng", "Tuyên Quang", "Phú Yên", "Long An")
OUTLETS = ("VnExpress", "Tuổi Trẻ", "Thanh Niên", "Dân trí", "Zing", "VietnamPlus", "Lao Động",
           "Tiền Phong", "Người Lao Động", "VOV", "Vietnamnet", "Sài Gòn Giải Phóng")
AGENCIES = ("Reuters", "AFP", "AP", "TTXVN", "BBC", "CNN", "Xinhua", "Kyodo", "Yonhap", "Bloomberg")
DOMAINS = ("baomoi.vn", "vnexpress.net", "tuoitre.vn", "thanhnien.vn", "dantri.com.vn", "zingnews.vn",
           "vietnamplus.vn", "laodong.vn", "tienphong.vn", "nld.com.vn")
SECTIONS = ("Thời sự", "Thế giới", "Kinh doanh", "Giải trí", "Thể thao", "Pháp luật", "Giáo dục",
            "Sức khỏe", "Đời sống", "Du lịch", "Khoa học", "Số hóa", "Xe", "Ý kiến")
WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")
COMMENTS = ("Bài viết rất hay, cảm ơn phóng viên.", "Mong các cơ quan chức năng vào cuộc sớm.",
            "Đọc mà thấy thương quá.", "Chuyện này năm nào cũng nói mà có thay đổi gì đâu.",
            "Ủng hộ quyết định này!", "Ai ở gần đó xác nhận giúp với ạ?", "Quá đúng luôn.",
            "Tôi nghĩ cần xem xét thêm nhiều khía cạnh khác nữa.", "Hóng phần tiếp theo.",
            "Thông tin hữu ích, đã lưu lại.", "Sao giờ mới đưa tin nhỉ?", "Đồng ý với bạn ở trên.")
LOOKALIKE = (  # furniture that reads like an ordinary sentence
    "Mời quý độc giả đón đọc các bài viết tiếp theo về chủ đề này trên báo điện tử.",
    "Bài viết thể hiện quan điểm riêng của tác giả.",
    "Mọi thông tin phản ánh xin gửi về đường dây nóng của tòa soạn.",
    "Độc giả có thể gửi câu hỏi cho chuyên gia qua mục Hỏi đáp.",
    "Thông tin trong bài chỉ mang tính chất tham khảo, không phải lời khuyên đầu tư.",
    "Chúng tôi sẽ tiếp tục cập nhật thông tin về vụ việc.",
    "Nội dung này được thực hiện với sự hỗ trợ của nhà tài trợ.",
    "Bạn đọc có thông tin liên quan vui lòng liên hệ với chúng tôi.",
)
_ABBR = ("TP", "Th", "S", "PGS", "GS", "TS", "ThS", "BS", "Mr", "Mrs", "Dr", "St", "Q", "P", "Tp")
_TAIL = re.compile(r"\s(?:>>\s*)?(?:Xem thêm|XEM THÊM|Đọc thêm|ĐỌC THÊM|Tin liên quan)\s*:")
_SPLIT = re.compile(r"(?<=[.!?…])\s+(?=[\"“'(]?\s*[A-ZÀ-ỸĐ0-9])")


def sentences(article: str) -> list[str]:
    """Split a one-line article into sentences; merge fragments too short to stand alone.

    A trailing 'Xem thêm: ...' list and a trailing byline fragment (a few words, no final
    stop) that the crawl left inside some articles are cut off: they are not story."""
    text = " ".join(article.split())
    tail = _TAIL.search(text, len(text) // 3)
    text = text[: tail.start()] if tail else text
    parts, out = _SPLIT.split(text), []
    if len(parts) > 1 and len(parts[-1].split()) <= 4 and parts[-1][-1] not in ".!?\"”)…":
        parts.pop()
    for part in parts:
        last = out[-1].rstrip(".").split(" ")[-1] if out else ""
        if out and (last in _ABBR or len(out[-1].split()) < 4):
            out[-1] += " " + part
        else:
            out.append(part)
    if len(out) > 1 and len(out[-1].split()) < 4:
        out[-2] += " " + out.pop()
    return [s for s in out if s]


def _rows(train_path: Path) -> dict[int, dict]:
    rows, stop = {}, RELATED_ROWS.stop
    with gzip.open(train_path, "rt", encoding="utf-8") as handle:
        for number, line in enumerate(handle):
            if number >= stop:
                break
            if number < BODY_ROWS.start or not line.strip():
                continue
            row = json.loads(line)
            if isinstance(row, dict) and row.get("title") and row.get("article"):
                rows[number] = row
    return rows


class Kit:
    """Random furniture makers for one page."""

    def __init__(self, rnd: random.Random, pool: list[dict], row: dict):
        self.r, self.pool, self.row = rnd, pool, row
        self.day, self.month = rnd.randint(1, 28), rnd.randint(1, 12)
        self.year, self.hh, self.mm = rnd.choice((2017, 2018, 2019)), rnd.randint(5, 22), rnd.randint(0, 59)
        self.section, self.outlet = rnd.choice(SECTIONS), rnd.choice(OUTLETS)
        self.slug = "-".join(re.sub(r"[^a-z0-9 ]", "", row["title"].lower()).split()[:6]) or "bai-viet"
        self.slug += f"-{rnd.randint(100000, 3999999)}.html"

    def pick(self, seq):
        return self.r.choice(seq)

    def name(self) -> str:
        return self.pick(NAMES)

    def date(self, style: int | None = None) -> str:
        d, m, y, h, mi = self.day, self.month, self.year, self.hh, self.mm
        wd = WEEKDAYS[(d + m) % 7]
        forms = (f"{wd}, {d:02d}/{m:02d}/{y} {h:02d}:{mi:02d} (GMT+7)", f"{d:02d}/{m:02d}/{y} - {h:02d}:{mi:02d}",
                 f"Cập nhật: {h:02d}:{mi:02d} ngày {d:02d}/{m:02d}/{y}", f"{wd}, ngày {d} tháng {m} năm {y}",
                 f"{h:02d}:{mi:02d} | {d:02d}/{m:02d}/{y}", f"Ngày đăng: {d}/{m}/{y}")
        return forms[self.r.randrange(len(forms)) if style is None else style]

    def other(self) -> dict:
        return self.pick(self.pool)

    def headline(self) -> str:
        return self.other()["title"]

    def teaser(self) -> str:
        sents = sentences(self.other()["article"])
        return self.pick(sents[: max(1, min(3, len(sents)))])

    def related(self, n: int, header: str | None = None, style: int = 0) -> list[tuple[str, str]]:
        out = [("related", header)] if header else []
        for i in range(n):
            title = self.headline()
            forms = (title, f"- {title}", f"• {title}", f"{title} ({self.r.randint(2, 48)} giờ trước)",
                     f"{title} · {self.pick(OUTLETS)}", f">> {title}", f"{title} ({self.r.randint(1, 300)})",
                     f"{i + 1}. {title}", f"{i + 1} {title}")
            out.append(("related", forms[style % len(forms)]))
            if style % 3 == 0 and self.r.random() < 0.3:  # a teaser under the headline
                out.append(("related", self.teaser()))
        return out

    def inline_related(self) -> tuple[str, str]:
        label = self.pick(("Xem thêm: ", "Đọc thêm: ", ">> ", "XEM THÊM: ", "Tin liên quan: ", "► ", "Có thể bạn quan tâm: "))
        return "related", label + self.headline()

    def caption(self) -> tuple[str, str]:
        form = self.r.randrange(7)
        credit = f"Ảnh: {self.pick(AGENCIES + tuple(NAMES))}"
        if form == 0:
            return "caption", f"{self.teaser()} {credit}"
        if form == 1:
            return "caption", f"{self.teaser()} ({credit})"
        if form == 2:  # caption without credit that reads like a story sentence
            return "caption", self.teaser()
        if form == 3:
            return "caption", f"Ảnh minh họa. {credit}"
        if form == 4:
            return "caption", f"{self.pick(('Hiện trường vụ việc', 'Toàn cảnh buổi làm việc', 'Quang cảnh hội nghị', 'Người dân xếp hàng chờ đợi', 'Lực lượng chức năng có mặt tại hiện trường'))}. {credit}"
        if form == 5:
            return "caption", f"Video: {self.headline()}"
        return "caption", f"{self.teaser()} - {credit}"

    def credit(self) -> tuple[str, str]:
        forms = (f"Theo {self.pick(AGENCIES)}", f"Nguồn: {self.pick(OUTLETS)}", f"(Theo {self.pick(OUTLETS)})",
                 f"{self.pick(AGENCIES)}", f"Theo {self.pick(AGENCIES)}, {self.pick(AGENCIES)}",
                 f"Ảnh: {self.name()}", f"Nguồn ảnh: {self.pick(AGENCIES)}", f"Tổng hợp từ {self.pick(AGENCIES)}",
                 f"(Nguồn: {self.pick(OUTLETS)}/{self.pick(AGENCIES)})", f"* Theo báo {self.pick(OUTLETS)}")
        return "credit", self.pick(forms)

    def byline(self) -> tuple[str, str]:
        n = self.name()
        forms = (n, n.upper(), f"{n} - {self.pick(NAMES)}", f"Bài, ảnh: {n}", f"{n} (ghi)", f"PV {n}",
                 "Nhóm phóng viên", f"{n} - {self.pick(PROVINCES)}", f"Tác giả: {n}", f"{n}, {self.pick(NAMES)}",
                 f"Nhóm PV {self.section}", f"CTV {n}")
        return "byline", self.pick(forms)

    def share(self) -> list[tuple[str, str]]:
        forms = (["Chia sẻ", "Facebook", "Zalo", "Copy link"], ["Thích 0", "Chia sẻ", "Tweet"],
                 ["Gửi bài", "In bài", "Lưu"], ["Chia sẻ bài viết: Facebook | Twitter | Email"],
                 [f"{self.r.randint(1, 900)} chia sẻ"], ["Bookmark", "Theo dõi"])
        return [("widget", line) for line in self.pick(forms)]

    def tags(self) -> list[tuple[str, str]]:
        words = [w for w in self.row["title"].split() if len(w) > 3][:6]
        tags = [" ".join(words[i:i + 2]) for i in range(0, len(words), 2)] or [self.section]
        forms = ([f"Tags: {', '.join(tags)}"], ["Từ khóa:"] + [f"#{t.replace(' ', '')}" for t in tags],
                 [f"Chủ đề: {self.section}"], ["TAG"] + tags, [" | ".join(f"#{t}" for t in tags)])
        return [("widget", line) for line in self.pick(forms)]

    def nav(self) -> list[tuple[str, str]]:
        forms = ([" | ".join(SECTIONS[:8])], ["Trang chủ", *self.r.sample(SECTIONS, 5)],
                 [f"Trang chủ > {self.section}"], [f"Trang chủ / {self.section} / {self.pick(('Tin tức', 'Sự kiện', 'Tin nóng', 'Phóng sự'))}"],
                 ["Đăng nhập", "Đăng ký", "Tìm kiếm"], ["Menu", "Tìm kiếm", self.section])
        return [("widget", line) for line in self.pick(forms)]

    def ad(self) -> list[tuple[str, str]]:
        forms = (["Quảng cáo"], ["ADVERTISEMENT"], ["Quảng cáo", f"Mua ngay - Giảm đến {self.r.randint(20, 70)}% cho đơn hàng đầu tiên"],
                 ["Tài trợ bởi Shopee"], ["Bất động sản: Căn hộ view sông chỉ từ 1,5 tỷ - Nhận nhà ngay"],
                 ["Tải ứng dụng để đọc tin nhanh hơn"], ["[Quảng cáo] Vay tiêu dùng lãi suất 0%, giải ngân trong 15 phút"])
        return [("widget", line) for line in self.pick(forms)]

    def newsletter(self) -> list[tuple[str, str]]:
        forms = (["Đăng ký nhận bản tin", "Nhập email của bạn", "Đăng ký"],
                 ["Nhận tin mới nhất mỗi sáng qua email của bạn."],
                 ["BẢN TIN SÁNG", "Tóm tắt 10 tin quan trọng nhất trong ngày, gửi lúc 6h.", "Đăng ký ngay"])
        return [("widget", line) for line in self.pick(forms)]

    def comments(self, n: int) -> list[tuple[str, str]]:
        out = [("widget", self.pick((f"Bình luận ({n})", "Ý kiến bạn đọc", f"{n} bình luận", "BÌNH LUẬN")))]
        for _ in range(n):
            out.append(("widget", self.pick((self.name(), f"{self.name()} - {self.pick(PROVINCES)}", "minhtuan88", "Hoa Sữa", "Khách", "bachkhoa_k55", "Độc giả ẩn danh"))))
            out.append(("widget", self.pick(COMMENTS)))
            if self.r.random() < 0.5:
                out.append(("widget", self.pick(("Trả lời", f"Thích {self.r.randint(1, 99)}", f"{self.r.randint(1, 59)} phút trước", "Trả lời · Thích"))))
        out.append(("widget", self.pick(("Xem thêm bình luận", "Viết bình luận của bạn...", "Gửi bình luận"))))
        return out

    def footer(self) -> list[tuple[str, str]]:
        forms = ([f"© {self.year} Bản quyền thuộc về báo {self.outlet}.", "Cấm sao chép dưới mọi hình thức nếu không có sự chấp thuận bằng văn bản."],
                 [f"Giấy phép số {self.r.randint(100, 599)}/GP-BTTTT", "Tổng biên tập: " + self.name(), "Liên hệ quảng cáo: 024 3888 8888"],
                 ["Về đầu trang", "Liên hệ | Quảng cáo | Điều khoản sử dụng"], [f"Địa chỉ: {self.r.randint(1, 200)} Lê Duẩn, Hà Nội"])
        return [("widget", line) for line in self.pick(forms)]

    def misc(self) -> list[tuple[str, str]]:
        return self.pick((self.share, self.ad, self.newsletter, self.tags, lambda: [("widget", self.pick(LOOKALIKE))],
                          lambda: [self.inline_related()], lambda: [self.caption()], lambda: [("related", self.headline())],
                          lambda: [self.caption(), ("credit", f"(Ảnh: {self.pick(AGENCIES)})")],
                          lambda: [("caption", f"Video: {self.headline()}"), ("credit", f"Nguồn video: {self.pick(OUTLETS)}")],
                          lambda: self.related(self.r.randint(2, 3), self.pick(("TIN LIÊN QUAN", "Bài liên quan")), 7)))()


def paragraphs(rnd: random.Random, sents: list[str], lo: int = 1, hi: int = 4) -> list[str]:
    out, i = [], 0
    while i < len(sents):
        k = rnd.randint(lo, hi)
        out.append(" ".join(sents[i:i + k]))
        i += k
    return out


def interleave(k: Kit, paras: list[str], rate: float, makers) -> list[tuple[str | None, str]]:
    """Body paragraphs with furniture blocks between them (never before the first)."""
    out: list[tuple[str | None, str]] = []
    for i, para in enumerate(paras):
        if i and k.r.random() < rate:
            out.extend(k.pick(makers)())
        out.append((None, para))
    return out


Lines = list[tuple[str | None, str]]
META = "meta"


def _provincial_paper(k: Kit, t: str, paras: list[str]) -> Lines:
    prov = k.pick(PROVINCES)
    out: Lines = [(META, f"Báo {prov}"), ("widget", f"Cơ quan của Đảng bộ, chính quyền và nhân dân tỉnh {prov}"), *k.nav(),
                  ("widget", f"Thời tiết {prov}: {k.r.randint(18, 36)}°C"), (META, t), (META, k.date(1))]
    out += interleave(k, paras, 0.35, (lambda: [k.caption()], lambda: [k.caption(), k.credit()], lambda: [k.inline_related()], k.ad, k.misc))
    out += [k.byline(), *k.tags(), *k.related(k.r.randint(3, 6), "Tin cùng chuyên mục", k.r.randrange(7)), *k.footer()]
    return out


def _gov_portal(k: Kit, t: str, paras: list[str]) -> Lines:
    prov = k.pick(PROVINCES)
    out: Lines = [(META, f"CỔNG THÔNG TIN ĐIỆN TỬ TỈNH {prov.upper()}"), ("widget", "Trang chủ > Tin tức - Sự kiện > Tin trong tỉnh"),
                  ("widget", "Cỡ chữ: A A A"), (META, t), (META, k.date(5)), ("widget", "In bài viết | Gửi email | Lưu bài viết")]
    out += [(None, p) for p in paras[:1]] + [k.caption()] + [(None, p) for p in paras[1:]]
    out += [("byline", f"{k.name()} - Văn phòng UBND tỉnh"), ("credit", k.pick(("Nguồn: Sở Thông tin và Truyền thông", f"Nguồn: Báo {prov}", "Theo Trung tâm Truyền thông tỉnh"))),
            ("widget", "Đánh giá bài viết: ★★★★☆"), *k.related(k.r.randint(4, 8), "Các tin khác", 3),
            ("widget", f"Số lượt truy cập: {k.r.randint(1_000_000, 9_999_999):,}".replace(",", ".")),
            ("widget", f"Đang truy cập: {k.r.randint(20, 900)}"), ("widget", "Cơ quan chủ quản: Ủy ban nhân dân tỉnh " + prov),
            ("widget", "Chịu trách nhiệm chính: Giám đốc Sở Thông tin và Truyền thông")]
    return out


def _finance_ticker(k: Kit, t: str, paras: list[str]) -> Lines:
    idx = k.r.uniform(900, 1300)
    out: Lines = [(META, k.pick(("CafeF", "Vietstock", "NDH", "Đầu tư Chứng khoán"))),
                  ("widget", f"VN-Index {idx:.2f} {k.r.uniform(-15, 15):+.2f} ({k.r.uniform(-1.5, 1.5):+.2f}%)".replace(".", ",")),
                  ("widget", f"HNX-Index {k.r.uniform(90, 140):.2f} {k.r.uniform(-2, 2):+.2f}".replace(".", ",")),
                  ("widget", f"UPCOM {k.r.uniform(45, 60):.2f}".replace(".", ",")),
                  ("widget", f"Vàng SJC {k.r.randint(36, 39)},{k.r.randint(10, 99)} - {k.r.randint(36, 39)},{k.r.randint(10, 99)}"),
                  ("widget", f"USD/VND 22.{k.r.randint(600, 799)}"), *k.nav(), (META, t), (META, k.date(0))]
    if k.r.random() < 0.6:
        out.append(k.pick((k.byline(), ("byline", f"{k.name()} | {k.hh:02d}:{k.mm:02d}"), ("byline", f"Chuyên viên phân tích: {k.name()}"))))
    out += interleave(k, paras, 0.3, (lambda: [k.inline_related()], k.ad, lambda: [k.caption()], lambda: [("widget", "Mã CK: " + ", ".join(k.r.sample(("VNM", "HPG", "VIC", "FPT", "MWG", "SSI", "VCB"), 3)))]))
    out += [k.credit(), ("widget", "Cổ phiếu liên quan"), ("widget", f"VNM {k.r.uniform(100, 200):.1f} ▲ {k.r.uniform(0.1, 3):.1f}%".replace(".", ",")),
            ("widget", LOOKALIKE[4]), *k.related(k.r.randint(3, 5), k.pick(("Tin doanh nghiệp", "Tài chính - Ngân hàng", "TIN MỚI")), 0)]
    return out


def _sports_scorebox(k: Kit, t: str, paras: list[str]) -> Lines:
    teams = ("Man Utd", "Chelsea", "Arsenal", "Liverpool", "Hà Nội FC", "SLNA", "HAGL", "Real Madrid", "Barca", "Juventus")
    a, b = k.r.sample(teams, 2)
    out: Lines = [(META, k.pick(("Bongda.com.vn", "Thể thao 247", "Webthethao"))), *k.nav(),
                  ("widget", k.pick(("Ngoại hạng Anh - Vòng 32", "V-League 2018 - Vòng 5", "Champions League - Tứ kết"))),
                  ("widget", f"{a} {k.r.randint(0, 4)} - {k.r.randint(0, 4)} {b}"), ("widget", k.pick(("FT", "Kết thúc", "Hiệp 2 - 78'"))),
                  (META, t), (META, k.date(4)), k.byline()]
    out += interleave(k, paras, 0.4, (lambda: [k.caption()], lambda: [k.inline_related()], lambda: [("widget", "Đội hình xuất phát"), ("widget", f"{a}: {', '.join(k.r.sample(NAMES, 4))}")], k.misc))
    out += [("widget", "BẢNG XẾP HẠNG"), ("widget", "TT Đội Trận Điểm")]
    for i, team in enumerate(k.r.sample(teams, 4), 1):
        out.append(("widget", f"{i} {team} {k.r.randint(20, 32)} {k.r.randint(30, 80)}"))
    out += [("widget", "Lịch thi đấu | Kết quả | Video"), *k.related(4, "Video nổi bật", 5)]
    return out


def _showbiz(k: Kit, t: str, paras: list[str]) -> Lines:
    out: Lines = [(META, k.pick(("Ngôi Sao", "Kênh14", "2Sao", "Yan News"))), ("widget", "Sao Việt | Hậu trường | Thời trang | Làm đẹp | Xem - Ăn - Chơi"),
                  (META, t), (META, k.date(2)), ("widget", f"{k.r.randint(1, 50)}.{k.r.randint(100, 999)} lượt xem")]
    for i, p in enumerate(paras):
        out.append((None, p))
        if k.r.random() < 0.45:
            if k.r.random() < 0.5:
                out.append(("caption", f"Ảnh {i + 1}/{len(paras) + 3}"))
            out.append(k.caption())
            if k.r.random() < 0.4:
                out.append(("credit", k.pick(("Ảnh: Instagram nhân vật", "Nguồn: Facebook nhân vật", "Ảnh: FBNV", "Ảnh chụp màn hình"))))
    out += [k.byline(), k.credit(), ("widget", "Bạn cảm thấy thế nào với bài viết này?"), ("widget", "Thích | Yêu | Haha | Wow | Buồn | Phẫn nộ"),
            *k.related(k.r.randint(2, 4), k.pick(("ĐỌC THÊM", "Có thể bạn quan tâm", "Tin đang hot")), 5), *k.comments(k.r.randint(1, 3))]
    return out


def _aggregator_app(k: Kit, t: str, paras: list[str]) -> Lines:
    out: Lines = [("widget", "Báo Mới"), ("widget", "Mở trong ứng dụng"), (META, k.outlet),
                  (META, f"{k.r.randint(1, 23)} giờ trước"), (META, t), ("widget", f"{k.r.randint(1, 9)},{k.r.randint(1, 9)}K lượt xem · {k.r.randint(2, 90)} bình luận")]
    out += interleave(k, paras, 0.25, (lambda: [("related", f"{k.headline()} · {k.pick(OUTLETS)} · {k.r.randint(1, 12)} giờ")], k.ad, lambda: [k.caption()]))
    out += [k.byline(), ("widget", "Xem bài gốc"), ("widget", "Báo cáo vi phạm"), *k.related(k.r.randint(4, 7), "Cùng chủ đề", 4),
            *k.related(3, "Tin nóng", 3), ("widget", "Tải ứng dụng Báo Mới trên App Store, Google Play")]
    return out


def _google_cache(k: Kit, t: str, paras: list[str]) -> Lines:
    url = f"https://{k.pick(DOMAINS)}/{k.slug}"
    out: Lines = [("widget", f"Đây là bộ nhớ cache của Google của {url}."),
                  ("widget", f"Đây là ảnh chụp nhanh của trang vào lúc {k.day} thg {k.month}, {k.year} {k.hh:02d}:{k.mm:02d}:11 GMT."),
                  ("widget", "Trang hiện tại có thể đã thay đổi trong thời gian chờ đợi. Tìm hiểu thêm."),
                  ("widget", "Phiên bản đầy đủ Phiên bản chỉ có văn bản Xem nguồn"),
                  ("widget", "Mẹo: Để nhanh chóng tìm thấy cụm từ tìm kiếm trên trang này, hãy nhấn Ctrl+F hoặc ⌘-F (Mac) và sử dụng thanh tìm kiếm."),
                  *k.nav(), (META, t), (META, k.date())]
    out += interleave(k, paras, 0.3, (lambda: [k.caption()], lambda: [("widget", "[IMG]"), k.caption()], lambda: [k.inline_related()], k.misc))
    out += [k.byline(), *k.share(), *k.related(k.r.randint(3, 5), "Tin khác", 1), *k.footer()]
    return out


def _reader_mode(k: Kit, t: str, paras: list[str]) -> Lines:
    out: Lines = [(META, k.pick(DOMAINS)), (META, t), ("widget", f"Thời gian đọc ước tính: {k.r.randint(2, 9)} phút"), (META, k.date(1))]
    if k.r.random() < 0.5:
        out.append(k.pick((k.byline(), ("byline", f"{k.name()} ({k.pick(AGENCIES)})"), ("byline", f"Bởi {k.name()}"))))
    out += interleave(k, paras, 0.2, (lambda: [k.caption()], lambda: [k.inline_related()]))
    out += [k.byline()] + ([k.credit()] if k.r.random() < 0.5 else [])
    return out


def _facebook_repost(k: Kit, t: str, paras: list[str]) -> Lines:
    page = f"Báo {k.outlet}" if k.r.random() < 0.5 else k.pick(("Tin Nóng 24h", "Hóng Biến", "Cộng đồng Hà Nội"))
    out: Lines = [("widget", page), ("widget", f"{k.r.randint(1, 23)} giờ · 🌏"), ("widget", k.pick(("📌 TIN MỚI", "🔴 NÓNG:", "⚡️⚡️⚡️"))), (META, t)]
    out += [(None, p) for p in paras]
    if k.r.random() < 0.5:
        out.append(k.pick((("byline", f"✍️ {k.name()}"), ("credit", f"Nguồn: {k.outlet}"), ("caption", f"📷 {k.teaser()}"))))
    out += [("related", f"👉 Đọc tiếp tại: https://{k.pick(DOMAINS)}/{k.slug}"), ("widget", k.pick(("#tintuc #thoisu", "#24h #nong", "#news"))),
            ("widget", f"👍❤️😮 {k.r.randint(1, 9)},{k.r.randint(1, 9)}K"), ("widget", f"{k.r.randint(10, 999)} bình luận {k.r.randint(5, 300)} lượt chia sẻ"),
            ("widget", "Thích Bình luận Chia sẻ"), ("widget", "Phù hợp nhất"), *k.comments(k.r.randint(2, 4))[1:]]
    return out


def _zalo_forward(k: Kit, t: str, paras: list[str]) -> Lines:
    who = k.name()
    out: Lines = [("widget", f"{who}"), ("widget", f"{k.hh:02d}:{k.mm:02d}"), ("widget", k.pick(("Tin nhắn chuyển tiếp", "Forwarded from " + k.outlet, "↪ Đã chuyển tiếp"))),
                  (META, t), (META, k.outlet)]
    out += [(None, p) for p in paras]
    out += [("credit", f"Nguồn: https://{k.pick(DOMAINS)}/{k.slug}"), ("widget", f"{k.hh:02d}:{(k.mm + 3) % 60:02d} ✓✓"),
            ("widget", k.pick(("Đã xem", "Đã nhận"))), ("widget", k.pick(("Trả lời", "Chia sẻ"))), ("widget", k.pick(("Ghê thật", "Ok, để đọc sau")))]
    return out


def _epaper_ocr(k: Kit, t: str, paras: list[str]) -> Lines:
    head = f"{k.section.upper()} Số {k.r.randint(50, 350)} ({k.r.randint(5000, 9000)}) - {WEEKDAYS[k.day % 7]} {k.day}-{k.month}-{k.year}"
    page = k.r.randint(2, 14)
    out: Lines = [("widget", f"{head} {page}"), (META, t.upper() if k.r.random() < 0.5 else t), ("byline", k.name().upper())]
    cut = max(1, len(paras) // 2)
    out += [(None, p) for p in paras[:cut]]
    if len(paras) > 1:
        out += [("widget", f"(Xem tiếp trang {page + 2})"), ("widget", f"{page + 2} {head}"), ("widget", f"(Tiếp theo trang {page})")]
    out += [(None, p) for p in paras[cut:]]
    out.insert(3, ("caption", k.teaser().upper() + " ẢNH: " + k.name().upper()))
    out += [("widget", f"Bản in - Trang {page}"), ("related", "ĐỌC TIẾP: " + k.headline().upper())]
    return out


def _rss_dump(k: Kit, t: str, paras: list[str]) -> Lines:
    dom = k.pick(DOMAINS)
    out: Lines = [("widget", '<?xml version="1.0" encoding="UTF-8"?>'), ("widget", '<rss version="2.0">'), ("widget", "<channel>"),
                  ("widget", f"<title>{k.outlet} - {k.section} - RSS</title>"), ("widget", f"<link>https://{dom}/rss</link>")]
    for _ in range(k.r.randint(1, 2)):
        out += [("widget", "<item>"), ("related", k.headline()), ("widget", f"https://{dom}/{k.r.randint(1000, 9999)}.html"), ("widget", "</item>")]
    out += [("widget", "<item>"), (META, t), ("widget", f"<link>https://{dom}/{k.slug}</link>"), (META, k.date(4)),
            ("byline", f"<author>{k.name()}</author>"), ("widget", "<description><![CDATA[")]
    out += [(None, p) for p in paras]
    out += [("widget", "]]></description>"), ("widget", "</item>")]
    out += [("widget", "<item>"), ("related", k.headline()), ("widget", "</item>"), ("widget", "</channel>"), ("widget", "</rss>")]
    return out


def _forum_thread(k: Kit, t: str, paras: list[str]) -> Lines:
    user = k.pick(("thanhnam_89", "otofun_hn", "LanAnh.vn", "bacsi_ga", "quangtrung"))
    out: Lines = [("widget", f"Diễn đàn › {k.pick(('Thời sự', 'Cafe xã hội', 'Chuyện trò linh tinh'))}"), (META, t),
                  ("widget", f"Thảo luận trong '{k.section}' bắt đầu bởi {user}, {k.date(1)}."), ("widget", user), ("widget", "Thành viên tích cực"),
                  ("widget", f"Tham gia: {k.month:02d}/2014 Bài viết: {k.r.randint(100, 9000)}"), ("widget", "#1"),
                  ("widget", k.pick(("Các cụ xem tin này:", "Tin nóng đây các bác ơi", "Copy nguyên văn từ báo:"))), ("credit", f"Nguồn: {k.pick(OUTLETS)}")]
    out += [(None, p) for p in paras]
    out += [("widget", "Bấm để mở rộng..."), ("widget", "Like x " + str(k.r.randint(1, 40)))]
    for n in range(2, k.r.randint(3, 6)):
        out += [("widget", k.pick(("ngoc_anh", "hung.dv", "Bao Long", "MrBean2k", "tuanpham_92", "xe_cu_HN", "Cu Tí"))), ("widget", f"#{n}"), ("widget", k.pick(COMMENTS))]
    out += [("related", "Chủ đề tương tự"), *k.related(3, None, 6)[0:3], ("widget", "Bạn phải đăng nhập để trả lời chủ đề này.")]
    return out


def _newsletter(k: Kit, t: str, paras: list[str]) -> Lines:
    out: Lines = [("widget", f"Từ: Bản tin {k.outlet} <bantin@{k.pick(DOMAINS)}>"), ("widget", "Đến: ban@example.vn"),
                  ("widget", f"Chủ đề: Bản tin sáng {k.day}/{k.month}"), ("widget", "Nếu email không hiển thị đúng, vui lòng xem phiên bản web."),
                  ("widget", "Chào buổi sáng!"), *k.related(2, "TIN NỔI BẬT HÔM NAY", 1), (META, t)]
    out += [(None, p) for p in paras[:2]]
    out += interleave(k, paras[2:], 0.3, (lambda: [k.inline_related()], k.ad, lambda: [k.caption()]))
    out += [("related", "Đọc toàn bài trên website »"), k.credit(), *k.related(3, "CÁC TIN KHÁC", 2),
            ("widget", "Bạn nhận được email này vì đã đăng ký nhận bản tin của chúng tôi."), ("widget", "Hủy đăng ký | Cập nhật tùy chọn"),
            ("widget", f"© {k.year} {k.outlet}. Mọi quyền được bảo lưu.")]
    return out


def _wayback(k: Kit, t: str, paras: list[str]) -> Lines:
    dom = k.pick(DOMAINS)
    out: Lines = [("widget", f"The Wayback Machine - https://web.archive.org/web/{k.year}{k.month:02d}{k.day:02d}{k.hh:02d}{k.mm:02d}00/https://{dom}/{k.slug}"),
                  ("widget", f"{k.r.randint(2, 900)} captures"), ("widget", f"{k.day:02d} Apr {k.year} - 21 Jun 2021"),
                  ("widget", "MAR APR MAY"), ("widget", "Go"), ("widget", "About this capture"), ("widget", "COLLECTED BY"),
                  ("widget", "Organization: Internet Archive"), (META, dom), *k.nav(), (META, t), (META, k.date())]
    if k.r.random() < 0.4:
        out += [k.byline(), ("widget", f"{k.r.randint(1, 300)} bình luận")]
    out += interleave(k, paras, 0.35, (lambda: [k.caption()], k.misc))
    out += [k.byline(), k.credit(), *k.related(4, k.pick(("Tin xem nhiều", "Đọc nhiều nhất", "MOST READ")), k.r.randrange(7)), *k.footer()]
    return out


def _live_blog(k: Kit, t: str, paras: list[str]) -> Lines:
    out: Lines = [(META, k.outlet), ("widget", "TRỰC TIẾP"), (META, t), (META, k.date(2)), ("widget", "Cập nhật liên tục"), ("widget", "Làm mới")]
    h, m = k.hh, k.mm
    for i, p in enumerate(paras):
        if i and k.r.random() < 0.6:
            m += k.r.randint(3, 40)
            h, m = h + m // 60, m % 60
            out.append(("widget", f"{h % 24:02d}:{m:02d}"))
        out.append((None, p))
        if k.r.random() < 0.25:
            out.extend(k.misc())
    out += [k.byline(), ("widget", "Bài viết đang được cập nhật..."), *k.share(), *k.related(3, "Diễn biến liên quan", 0)]
    return out


BUILDERS = dict(zip(LAYOUTS, (_provincial_paper, _gov_portal, _finance_ticker, _sports_scorebox, _showbiz, _aggregator_app,
                              _google_cache, _reader_mode, _facebook_repost, _zalo_forward, _epaper_ocr, _rss_dump,
                              _forum_thread, _newsletter, _wayback, _live_blog)))


def pages(train_path: Path) -> list[Page]:
    """One page per usable body row; deterministic."""
    rows = _rows(Path(train_path))
    pool = [rows[n] for n in RELATED_ROWS if n in rows] or [{"title": "Tin tức trong ngày", "article": "Tin tức trong ngày được cập nhật liên tục."}]
    out = []
    for number in BODY_ROWS:
        row = rows.get(number)
        if row is None:
            continue
        rnd = random.Random(SEED * 100_003 + number)
        sents = sentences(row["article"])
        if not sents:
            continue
        layout = LAYOUTS[(number - BODY_ROWS.start) % len(LAYOUTS)]
        kit = Kit(rnd, pool, row)
        lines = BUILDERS[layout](kit, row["title"], paragraphs(rnd, sents))
        kept = [(kind, line) for kind, line in lines
                if line.strip() and (kind in (None, META) or not any(s in line for s in sents))]
        out.append(Page("\n".join(line for _, line in kept), sents,
                        [(kind, line) for kind, line in kept if kind in KINDS], layout))
    return out


if __name__ == "__main__":
    import sys
    from collections import Counter

    result = pages(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/vietnews_train.jsonl.gz"))
    print("pages", len(result))
    print("kinds", dict(Counter(kind for p in result for kind, _ in p.furniture)))
    print("layouts", dict(Counter(p.layout for p in result)))
