"""Blind held-out scraped-page set test17 for the cleaner (issue 21): stdlib only, seeded, deterministic.

Bodies are VietNews train rows BODY_ROWS; related lists, teasers and captions come from RELATED_ROWS
(only their title and the first 1,200 characters of their article). Each page is one usable body row
shaped by one of LAYOUTS: the ways Vietnamese news text reaches a user (browser copies, AMP, print,
text browsers, reader modes, feeds, e-mail, e-paper OCR, social and forum reposts, messaging apps,
PDF exports, web archives, cached views).
"""
from __future__ import annotations

import gzip
import json
import random
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

BODY_ROWS = range(12_300, 12_600)
RELATED_ROWS = range(15_300, 16_000)
RELATED_CHARS = 1_200
SEED = 20261203
KINDS = ("byline", "credit", "caption", "related", "widget")
LAYOUTS = ("desktop_copy", "mobile_copy", "amp_page", "print_view", "text_browser", "reader_mode",
           "feed_reader", "newsletter", "epaper_ocr", "social_repost", "forum_post", "aggregator",
           "photo_story", "video_page", "messaging_copy", "pdf_export", "web_archive", "cached_view")


@dataclass
class Page:
    text: str
    body: list[str]
    furniture: list[tuple[str, str]] = field(default_factory=list)
    layout: str = ""


# ---------------------------------------------------------------- word pools (written for this set)
FAM = "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Trịnh Mai Tô Lương Cao".split()
MID = "Văn Thị Minh Thanh Hoài Quốc Ngọc Thu Đức Hải Thùy Anh Xuân Kim Bảo Hữu Đình Phương".split()
GIV = ("Hùng Lan Tùng Hà Nam Phương Long Trang Dũng Hương Quân Linh Sơn Mai Tuấn Hạnh Khánh Vân Bình Yến "
       "Đạt Nhung Hiếu Giang Thảo Lộc Cường Hằng").split()
SITES = [("VnExpress", "vnexpress.net"), ("Tuổi Trẻ", "tuoitre.vn"), ("Thanh Niên", "thanhnien.vn"),
         ("Dân trí", "dantri.com.vn"), ("VietNamNet", "vietnamnet.vn"), ("Lao Động", "laodong.vn"),
         ("Người Lao Động", "nld.com.vn"), ("Tiền Phong", "tienphong.vn"), ("Vietnamplus", "vietnamplus.vn"),
         ("Báo Đầu tư", "baodautu.vn"), ("CafeF", "cafef.vn"), ("Người Đưa Tin", "nguoiduatin.vn"),
         ("Kinh tế & Đô thị", "kinhtedothi.vn"), ("Sài Gòn Giải Phóng", "sggp.org.vn"),
         ("Hà Nội Mới", "hanoimoi.vn"), ("Báo Quảng Ninh", "baoquangninh.vn"), ("Báo Cần Thơ", "baocantho.com.vn"),
         ("Báo Nghệ An", "baonghean.vn"), ("VOV", "vov.vn"), ("Soha", "soha.vn"), ("Báo Bình Định", "baobinhdinh.vn"),
         ("Báo Giao thông", "baogiaothong.vn"), ("Sức khỏe & Đời sống", "suckhoedoisong.vn")]
AGENCIES = ["TTXVN", "Reuters", "AFP", "AP", "Bloomberg", "Xinhua", "Kyodo", "Yonhap", "BBC", "CNN", "VNA"]
FOREIGN = ["The Guardian", "Nikkei Asia", "South China Morning Post", "Financial Times", "The Straits Times"]
ORGS = ["Bộ Y tế", "Bộ Tài chính", "UBND TP Hà Nội", "Tổng cục Thống kê", "Ngân hàng Nhà nước", "Bộ Công an",
        "Sở Giao thông vận tải TP.HCM", "Tổng cục Thuế"]
SECTIONS = ["Thời sự", "Thế giới", "Kinh doanh", "Bất động sản", "Pháp luật", "Giáo dục", "Sức khỏe", "Đời sống",
            "Giải trí", "Thể thao", "Công nghệ", "Xe", "Du lịch", "Tài chính", "Chứng khoán", "Bạn đọc"]
PLACES = ["Hà Nội", "TP.HCM", "Đà Nẵng", "Hải Phòng", "Cần Thơ", "Quảng Ninh", "Nghệ An", "Bình Dương", "Khánh Hòa"]
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
CAPTION_OWN = [
    "Quang cảnh buổi làm việc sáng {d}/{m}.",
    "Lãnh đạo {org} phát biểu tại hội nghị.",
    "Hiện trường vụ việc được phong tỏa để phục vụ công tác điều tra.",
    "Người dân xếp hàng chờ làm thủ tục tại {place}.",
    "Một góc khu đô thị mới ở phía tây {place}.",
    "Các đại biểu bấm nút khai trương hệ thống mới.",
    "Lực lượng chức năng kiểm tra hàng hóa tại cửa khẩu.",
    "Nhiều tuyến đường ở {place} ngập sâu sau cơn mưa lớn chiều qua.",
    "Giao dịch viên kiểm đếm tiền tại một chi nhánh ngân hàng ở {place}.",
    "Công nhân thi công trên công trường dự án.",
]
WIDGET_SENTENCES = [
    "Mời quý độc giả đặt mua báo in trọn năm với giá ưu đãi tại các bưu cục trên toàn quốc.",
    "Vay tiêu dùng lãi suất chỉ từ 0,8%/tháng, giải ngân trong 24 giờ, đăng ký ngay hôm nay!",
    "Bài viết được bảo vệ bản quyền, mọi hình thức sao chép phải ghi rõ nguồn.",
    "Đăng ký nhận bản tin sáng mỗi ngày để không bỏ lỡ những tin tức quan trọng nhất.",
    "Bạn có thông tin, hình ảnh về vụ việc? Hãy gửi cho chúng tôi qua email toasoan@{dom}.",
    "Tải ứng dụng {site} trên điện thoại để đọc tin nhanh hơn và nhận thông báo tin nóng.",
    "Căn hộ cao cấp view sông, thanh toán chỉ 15% nhận nhà, chiết khấu ngay 8% cho khách hàng đặt chỗ sớm.",
    "Ý kiến của bạn sẽ được biên tập trước khi đăng, xin vui lòng gõ tiếng Việt có dấu.",
    "Nội dung này được thực hiện với sự tài trợ của đối tác.",
    "Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn, tiếp tục truy cập nghĩa là bạn đồng ý.",
    "Mời bạn đọc tham gia bình chọn để nói lên ý kiến của mình về vấn đề này.",
    "Theo dõi {site} trên Google News để cập nhật tin tức nhanh nhất.",
    "Khám sức khỏe tổng quát trọn gói, ưu đãi 30% trong tháng này tại hệ thống phòng khám đối tác.",
]
COMMENTS = [
    "Bài viết rất hay, mong báo tiếp tục theo dõi vụ việc này.",
    "Đề nghị cơ quan chức năng vào cuộc làm rõ, xử lý nghiêm sai phạm.",
    "Người dân mới là người chịu thiệt cuối cùng.",
    "Chỗ nhà tôi cũng y như vậy, kiến nghị mãi mà chưa ai giải quyết.",
    "Thông tin hữu ích, cảm ơn tác giả.",
    "Không biết bao giờ mới xong đây?",
    "Giá mà ai cũng có trách nhiệm như vậy thì tốt quá.",
]
RELATED_HEADS = ["Tin liên quan", "Bài liên quan", "Tin cùng chuyên mục", "ĐỌC THÊM", "Có thể bạn quan tâm", "Tin khác",
                 "Tin mới nhất", "Được quan tâm", "Tiêu điểm", "Tin nổi bật", "Bài viết cùng chủ đề", "XEM NHIỀU"]
MOST_READ_HEADS = ["Tin đọc nhiều", "Đọc nhiều nhất", "Xem nhiều", "TIN XEM NHIỀU", "Top tin trong ngày", "Nổi bật 24h"]
STREETS = ["Lý Thường Kiệt", "Hàng Trống", "Nguyễn Thị Minh Khai", "Trần Hưng Đạo", "Lê Duẩn", "Hai Bà Trưng", "Quang Trung"]
POLL = ["Bạn nghĩ gì về đề xuất này?", "Ủng hộ", "Không ủng hộ", "Ý kiến khác", "Bình chọn", "Xem kết quả"]


class _Ctx:
    """Deterministic source of names, furniture lines and related headlines for one page."""

    def __init__(self, rng: random.Random, related: list[tuple[str, list[str]]]):
        self.r = rng
        self.related = related
        self.pos = rng.randrange(len(related))
        self.site, self.dom = rng.choice(SITES)

    def pick(self, seq):
        return self.r.choice(seq)

    def name(self, parts: int = 0) -> str:
        parts = parts or self.r.choice((2, 2, 3, 3, 3))
        given = self.pick(GIV)
        return {1: given, 2: f"{self.pick(MID)} {given}"}.get(parts, f"{self.pick(FAM)} {self.pick(MID)} {given}")

    def date(self) -> tuple[int, int, int, int, int]:
        return (self.r.randint(1, 28), self.r.randint(1, 12), self.r.choice((2016, 2017, 2018, 2019)),
                self.r.randint(5, 22), self.r.randint(0, 59))

    def fill(self, s: str) -> str:
        d, m, *_ = self.date()
        return s.format(site=self.site, dom=self.dom, org=self.pick(ORGS), place=self.pick(PLACES), d=d, m=m)

    def story(self) -> tuple[str, list[str]]:
        self.pos = (self.pos + 1) % len(self.related)
        return self.related[self.pos]

    def lead(self, cut: bool = False, same: bool = False) -> str:
        """The opening sentence of the next story (of the story just named when same)."""
        title, sents = self.related[self.pos] if same else self.story()
        s = sents[0] if sents else title
        if cut:
            words = s.split()
            s = " ".join(words[:max(4, len(words) * 3 // 5)]).rstrip(",.;:") + "…"
        return s

    def byline(self) -> tuple[str, str]:
        n, n2 = self.name(), self.name()
        form = self.r.randrange(21)
        line = [n, n.upper(), f"{n} - {n2}", f"{n.upper()} - {n2.upper()}", f"{n} ({self.pick(AGENCIES)})",
                f"Bài và ảnh: {n}", "Nhóm phóng viên", f"{n}/{self.dom.split('.')[0].upper()}.VN",
                f"{n} (thực hiện)", f"Tác giả: {n}", f"Phóng viên {n}", f"{n} - {n2} (ghi)",
                f"Nội dung: {n} - Ảnh: {n2}", f"{self.name(2)} | {self.site}", f"{n} (Tổng hợp)",
                f"Nhóm PV {self.pick(SECTIONS)}", f"{n} - {n2} - {self.name()}", f"BTV: {n}",
                f"{self.name(2)} ({self.pick(PLACES)})", f"Theo dõi tác giả {n}", f"{n} • {self.dateline()}"][form]
        return "byline", line

    def credit(self) -> tuple[str, str]:
        a, b = self.r.sample(AGENCIES, 2)
        site = self.pick(SITES)
        line = self.pick([f"(Theo {site[0]})", f"Theo {site[0]}", f"Nguồn: {site[0]}", f"Theo {a}",
                          f"Tổng hợp từ {a}, {b}", f"Nguồn: {site[1]}", f"(Nguồn: {self.pick(ORGS)})",
                          f"Theo {self.pick(FOREIGN)}", f"Bài viết sử dụng thông tin từ {a} và {b}.",
                          f"Dịch từ {self.pick(FOREIGN)}", f"Video: {self.name()}", f"Đồ họa: {self.name()}",
                          f"Trích nguồn: {site[0]}", f"Ảnh: {a}", f"Theo {site[0]} (ghi chép lại)"])
        return "credit", line

    def caption(self, prefix: str = "") -> tuple[str, str]:
        if self.r.random() < 0.55:
            title, sents = self.story()
            base = next((s for s in sents if 4 <= len(s.split()) <= 30), title)
            if base.count('"') % 2:
                base = base.strip('" ')
        else:
            base = self.fill(self.pick(CAPTION_OWN))
        tail = self.pick(["", "", f" (Ảnh: {self.name()})", f" Ảnh: {self.pick(AGENCIES)}", " (Ảnh minh họa)",
                          f" - Ảnh: {self.name()}", f" | Ảnh: {self.site}", f" (Nguồn ảnh: {self.pick(AGENCIES)})",
                          f" Ảnh: {self.name(2).upper()}", " (Ảnh chụp màn hình)"])
        return "caption", f"{prefix}{base}{tail}"

    def related_line(self, style: int = -1) -> tuple[str, str]:
        title, _ = self.story()
        style = self.r.randrange(12) if style < 0 else style
        d, m, _, hh, mm = self.date()
        if style == 0:
            return "related", title
        if style == 1:
            return "related", f"• {title}"
        if style == 2:
            return "related", f"» {title}"
        if style == 3:
            return "related", f"{title} ({d:02d}/{m:02d})"
        if style == 4:
            return "related", f"{title} - {self.pick(SITES)[0]}"
        if style == 5:
            return "related", " | ".join([title] + [self.story()[0] for _ in range(self.r.randint(1, 2))])
        if style == 6:
            return "related", f"{title}{' ' if title[-1] in '?!.' else ': '}{self.lead(cut=True, same=True)}"
        if style == 7:
            return "related", f"{title} {self.r.randint(2, 59)} phút trước"
        if style == 8:
            return "related", f"{title} (Video)"
        if style == 9:
            return "related", f"{title} 💬 {self.r.randint(1, 300)}"
        if style == 10:
            return "related", f"- {title}"
        return "related", f"{title} {hh:02d}:{mm:02d}"

    def related_block(self, n: int, numbered: bool = False, leads: bool = False) -> list[tuple[str, str]]:
        out = []
        for i in range(n):
            if numbered:
                out.append(("related", f"{i + 1}. {self.story()[0]}"))
            else:
                out.append(self.related_line())
            if leads and self.r.random() < 0.6:
                out.append(("related", self.lead(cut=self.r.random() < 0.5, same=True)))
        return out

    def widget(self) -> tuple[str, str]:
        return "widget", self.fill(self.pick(WIDGET_SENTENCES))

    def comments(self, n: int) -> list[tuple[str, str]]:
        out = [("widget", self.pick([f"Bình luận ({self.r.randint(2, 90)})", "Ý kiến bạn đọc", "Bình luận"]))]
        for text in self.r.sample(COMMENTS, min(n, len(COMMENTS))):
            who = self.name(self.r.choice((1, 2, 3)))
            out.append(("widget", self.pick([f"{who}: {text}", f"{who} {text} Trả lời · Thích · {self.r.randint(1, 23)} giờ trước"])))
            if self.r.random() < 0.4:
                out.append(("widget", self.pick(["Trả lời", "Thích · Trả lời", f"{self.r.randint(1, 99)} thích"])))
        return out

    def tags(self, title: str) -> tuple[str, str]:
        words = [w for w in title.replace(",", " ").replace(":", " ").split() if len(w) > 2][:6]
        tags = [" ".join(words[i:i + 2]).lower() for i in range(0, min(len(words), 6), 2)] or ["tin tức"]
        return "widget", self.pick(["Từ khóa: ", "Tags: ", "Chủ đề: ", "#"]) + self.pick([", ", " ", " #"]).join(tags)

    def dateline(self) -> str:
        d, m, y, hh, mm = self.date()
        wd = self.pick(WEEKDAYS)
        return self.pick([f"{wd}, {d}/{m}/{y}, {hh:02d}:{mm:02d} (GMT+7)", f"{d:02d}/{m:02d}/{y} {hh:02d}:{mm:02d}",
                          f"{wd}, ngày {d:02d}/{m:02d}/{y} - {hh:02d}:{mm:02d}", f"Cập nhật: {hh:02d}:{mm:02d} {d:02d}/{m:02d}/{y}",
                          f"{d:02d}-{m:02d}-{y} {hh:02d}:{mm:02d}"])


# ---------------------------------------------------------------- story splitting
_ABBR = {"TP.", "GS.", "TS.", "PGS.", "ThS.", "BS.", "Th.S", "Mr.", "Ms.", "St.", "ông.", "Q.", "P.", "TT."}
_END = ".!?…"


def _sentences(text: str) -> list[str]:
    toks = text.split()
    out, cur = [], []
    for i, tok in enumerate(toks):
        cur.append(tok)
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        ends = tok[-1] in _END or (tok in ('"', "”") and len(cur) > 1 and cur[-2][-1] in _END)
        if ends and tok not in _ABBR and nxt:
            head = nxt.lstrip("\"“(")
            if nxt in ('"', "“") or (head and (head[0].isupper() or head[0].isdigit())):
                out.append(" ".join(cur))
                cur = []
    if cur:
        out.append(" ".join(cur))
    merged: list[str] = []
    for s in out:  # fragments under four words join their neighbour
        if merged and (len(s.split()) < 4 or len(merged[-1].split()) < 4):
            merged[-1] += " " + s
        else:
            merged.append(s)
    return merged


_PAREN_TAIL = re.compile(r"\s*\((?:[Tt]heo [^()]+|[Tt]ổng hợp[^()]*|TTXVN|[Nn]guồn: [^()]+|[Tt] ?/ ?[Hh]|T\.H)\)$")
_CREDIT_OK = {"báo", "tạp", "chí", "trang", "đài", "và", "điện", "tử", "tin", "tức"}


def _trailer_kind(words: list[str]) -> str:
    """'byline', 'credit' or '' for the words after an article's last sentence."""
    s = " ".join(words)
    core = _PAREN_TAIL.sub("", s).strip()
    had_paren = core != s
    if not core:
        return "credit" if had_paren else ""
    cw = core.split()
    if cw[0] in ("Theo", "Nguồn:") and 2 <= len(cw) <= 6:
        rest = cw[1:]
        if all(w[0].isupper() or "." in w or w in _CREDIT_OK for w in rest):
            return "credit"
        return ""
    if len(cw) <= 5 and all(w[0].isupper() and w.replace("-", "").replace(".", "").isalpha() or w in "-–" for w in cw):
        return "byline"
    return ""


def _story(article: str, rng: random.Random) -> tuple[list[list[str]], list[tuple[str, str]]]:
    text = " ".join(article.split())
    trailers: list[tuple[str, str]] = []
    m = re.search(r"(?:^|\s)((?:Xem thêm|XEM THÊM|Đọc thêm|Mời xem thêm)\s*:.*)$", text)
    if m and m.start(1) > len(text) // 3:
        trailers.append(("related", m.group(1).strip()))
        text = text[:m.start(1)].strip()
    toks = text.split()
    for k in range(min(8, len(toks) - 1), 0, -1):
        prev = toks[-k - 1]
        if prev[-1] in _END + '"”' and (kind := _trailer_kind(toks[-k:])):
            trailers.insert(0, (kind, " ".join(toks[-k:])))
            toks = toks[:-k]
            break
    sents = _sentences(" ".join(toks))
    n_par = max(1, min(len(sents), rng.randint(2, 8)))
    cuts = sorted(rng.sample(range(1, len(sents)), n_par - 1)) if n_par > 1 else []
    bounds = [0] + cuts + [len(sents)]
    return [sents[a:b] for a, b in zip(bounds, bounds[1:])], trailers


# ---------------------------------------------------------------- layouts
# Each layout returns entries: ("title"|"date"|"source", line), ("body", [sentences]) or (kind, line).

def _weave(c: _Ctx, paras, between, rate: float = 0.4) -> list:
    out: list = []
    for i, p in enumerate(paras):
        if i and c.r.random() < rate:
            out.extend(between())
        out.append(("body", p))
    return out


def _cap(c: _Ctx, prefix: str = ""):
    return lambda: [c.caption(prefix)]


def _mixed(c: _Ctx):
    def inner():
        roll = c.r.random()
        if roll < 0.45:
            return [c.caption()]
        if roll < 0.65:
            return [("related", c.pick(["Xem thêm: ", "Đọc thêm: ", "XEM THÊM: ", "Tin liên quan: ", ">> "]) + c.story()[0])]
        if roll < 0.8:
            return [("widget", "Quảng cáo"), c.widget()]
        if roll < 0.85:
            return [("widget", p) for p in POLL[:c.r.randint(3, 6)]]
        if roll < 0.9:
            return [("related", c.pick(["TIN LIÊN QUAN", "Bài liên quan", "Có thể bạn quan tâm"]))] + c.related_block(2)
        if roll < 0.95:
            who = c.name()
            return [("widget", f"Bài đăng của {who} trên Facebook"), ("widget", f"{c.lead()} {c.r.randint(1, 28)}/{c.r.randint(1, 12)}"),
                    ("widget", f"{c.r.randint(2, 999)} lượt thích · {c.r.randint(1, 99)} bình luận")]
        return [c.caption(), c.credit()]
    return inner


def _hero(c: _Ctx) -> list:
    """A lead photo's caption under the headline, on about half the pages."""
    return [c.caption()] if c.r.random() < 0.5 else []


def _end(c: _Ctx, trailers, title, byline: bool = True) -> list:
    out = list(trailers)
    if byline and not any(k == "byline" for k, _ in trailers) and c.r.random() < 0.7:
        out.append(c.byline())
    if c.r.random() < 0.3:
        out.append(c.credit())
    return out


def desktop_copy(c, title, paras, tr):
    top = [("widget", " | ".join(["Trang chủ"] + c.r.sample(SECTIONS, 8))), ("source", c.site),
           ("widget", f"{c.pick(SECTIONS)} › {c.pick(SECTIONS)}"), ("title", title), ("date", c.dateline()),
           ("widget", c.pick(["Chia sẻ Facebook Zalo Twitter Sao chép liên kết", "Like 1,2K Share", "A- A A+ In bài Gửi email"]))]
    return (top + _hero(c) + _weave(c, paras, _mixed(c), 0.5) + _end(c, tr, title) + [c.tags(title), ("related", c.pick(RELATED_HEADS))]
            + c.related_block(c.r.randint(3, 5)) + [("related", c.pick(MOST_READ_HEADS))] + c.related_block(4, numbered=True)
            + (c.comments(c.r.randint(1, 3)) + [("widget", "Gửi bình luận")] if c.r.random() < 0.4 else [])
            + [("widget", f"© {c.date()[2]} {c.site}. Giấy phép số {c.r.randint(10, 600)}/GP-BTTTT do Bộ Thông tin và Truyền thông cấp.")])


def mobile_copy(c, title, paras, tr):
    d, m, y, hh, mm = c.date()
    top = [("widget", "☰"), ("source", c.site), ("widget", c.pick(["Đăng nhập", "Tìm kiếm", "Mới nhất"])),
           ("widget", c.pick(SECTIONS)), ("title", title), ("date", c.pick([f"{c.r.randint(1, 11)} giờ trước", f"{hh:02d}:{mm:02d} {d}/{m}"])),
           (c.byline()), ("widget", f"{c.r.randint(2, 9)} phút đọc")]
    return (top + _weave(c, paras, _cap(c), 0.45) + _end(c, tr, title, False)
            + [("widget", c.pick(["Đọc tiếp", "Xem thêm bình luận", "Lên đầu trang"])), ("related", "Có thể bạn quan tâm")]
            + c.related_block(c.r.randint(3, 6), leads=True) + [("widget", "Về trang chủ")])


def amp_page(c, title, paras, tr):
    top = [("source", c.dom), ("widget", "Quay lại"), ("widget", c.pick(SECTIONS)), ("title", title), ("date", c.dateline())]
    return (top + _hero(c) + _weave(c, paras, _mixed(c), 0.4) + _end(c, tr, title)
            + [("widget", "Xem phiên bản đầy đủ"), ("related", c.pick(RELATED_HEADS))] + c.related_block(c.r.randint(3, 5))
            + [("widget", f"© {c.site} - Powered by AMP")])


def print_view(c, title, paras, tr):
    top = [("widget", "Bản in"), ("source", f"{c.site.upper()} - {c.dom}"), ("title", title), ("date", c.dateline())]
    d, m, y, *_ = c.date()
    return (top + _weave(c, paras, _cap(c), 0.3) + _end(c, tr, title)
            + [("widget", f"{c.site} - Cơ quan ngôn luận. Điện thoại: 024.{c.r.randint(1000, 9999)}.{c.r.randint(1000, 9999)} - Email: toasoan@{c.dom}"),
               ("widget", f"Địa chỉ bài viết: https://{c.dom}/{c.pick(SECTIONS).lower().replace(' ', '-')}/{c.r.randint(10 ** 5, 10 ** 6)}.html"),
               ("widget", f"In lúc {c.r.randint(7, 22)}:{c.r.randint(10, 59)} ngày {d}/{m}/{y}"), ("widget", c.pick(["In bài", "Đóng cửa sổ", "[In trang này] [Đóng]"]))])


def text_browser(c, title, paras, tr):
    k = iter(range(1, 200))
    top = [("widget", " ".join(f"[{next(k)}]{s}" for s in ["Trang chủ"] + c.r.sample(SECTIONS, 6))),
           ("source", c.site), ("widget", f"[{next(k)}]Đăng nhập [{next(k)}]Đăng ký"), ("title", title), ("date", c.dateline()),
           ("widget", f"[{next(k)}]Facebook [{next(k)}]Zalo [{next(k)}]Email")]
    body = _weave(c, paras, lambda: [("widget", "[IMG]"), c.caption()] if c.r.random() < 0.6 else [c.related_line(0)], 0.45)
    tail = [("related", c.pick(RELATED_HEADS))] + [(kd, f"* [{next(k)}]{ln}") for kd, ln in c.related_block(c.r.randint(3, 5))]
    refs = [("widget", "References")] + [("widget", f"{i}. https://{c.dom}/{c.r.randint(10 ** 6, 10 ** 7)}.html") for i in range(1, c.r.randint(4, 7))]
    return top + body + _end(c, tr, title) + tail + refs


def reader_mode(c, title, paras, tr):
    top = [("source", c.dom), ("title", title), c.byline(), ("widget", f"{c.r.randint(3, 12)}–{c.r.randint(13, 16)} phút")]
    return (top + _weave(c, paras, _mixed(c), 0.5) + list(tr) + ([c.credit()] if c.r.random() < 0.5 else [])
            + [("widget", c.pick(["Xem bản gốc", "Mở trang gốc", "Đã lưu vào danh sách đọc"])), ("widget", f"Nguồn: https://{c.dom}/")])


def feed_reader(c, title, paras, tr):
    top = [("source", f"{c.site} - {c.pick(SECTIONS)} RSS"), ("title", title), ("date", c.dateline()),
           ("widget", c.pick(["Đọc bài gốc", "Mở trong trình duyệt", "Lưu để đọc sau"]))]
    return (top + _weave(c, paras, _cap(c), 0.25) + _end(c, tr, title) + [("related", "Tin cùng chuyên mục:")]
            + c.related_block(c.r.randint(2, 4)) + [("widget", "Đánh dấu đã đọc"), ("widget", f"{c.r.randint(2, 120)} bài chưa đọc")])


def newsletter(c, title, paras, tr):
    d, m, y, *_ = c.date()
    top = [("widget", "Xem trên trình duyệt"), ("source", f"Bản tin sáng {c.site}"), ("widget", f"Số ra ngày {d}/{m}/{y}"),
           ("widget", "Chào bạn,"), ("widget", "Dưới đây là những tin tức đáng chú ý nhất sáng nay."), ("title", title)]
    more = [("related", "Tin nổi bật khác")] + c.related_block(c.r.randint(3, 4), leads=True)
    foot = [("widget", "Bạn nhận được email này vì đã đăng ký bản tin của chúng tôi."),
            ("widget", "Hủy đăng ký | Cập nhật tùy chọn"), ("widget", f"Tòa soạn: số {c.r.randint(1, 200)} đường {c.pick(STREETS)}, {c.pick(PLACES)}")]
    return top + _weave(c, paras, _cap(c), 0.2) + _end(c, tr, title) + [("widget", "Đọc bài đầy đủ trên website")] + more + foot


def epaper_ocr(c, title, paras, tr):
    d, m, y, *_ = c.date()
    page = c.r.randint(2, 15)
    top = [("widget", f"{c.site.upper()} SỐ {c.r.randint(50, 350)} - {c.pick(WEEKDAYS).upper()} {d}-{m}-{y}"),
           ("widget", f"Trang {page}"), ("widget", c.pick(SECTIONS).upper()), ("title", title)]
    byl = c.byline()
    body = _weave(c, paras, lambda: [c.pick([("widget", f"(Xem tiếp trang {page + 2})"), ("widget", f"(Tiếp theo trang {page})"),
                                             c.caption(), ("widget", f"{c.site.upper()} - {d}-{m}-{y}   {page}")])], 0.5)
    return top + [("byline", byl[1].upper())] + body + list(tr) + [("widget", f"Trang {page} - {c.pick(SECTIONS)}"),
                                                                   c.related_line(0), ("related", c.lead(cut=True, same=True))]


def social_repost(c, title, paras, tr):
    top = [("source", c.pick([f"Báo {c.site}", c.site, f"{c.site} Online"])), ("widget", f"{c.r.randint(1, 23)} giờ · 🌏"),
           ("title", c.pick([title, title.upper()])), ("widget", "📌 " + c.pick(["Chi tiết:", "Thông tin chi tiết:", "Đọc thêm tại:"]))]
    tags = ("widget", " ".join("#" + w.lower() for w in title.split()[:3] if w.isalpha()) or "#tintuc")
    reacts = [("widget", f"👍❤️ {c.r.randint(1, 9)},{c.r.randint(1, 9)}K"), ("widget", f"{c.r.randint(10, 900)} bình luận  {c.r.randint(5, 300)} lượt chia sẻ"),
              ("widget", "Thích Bình luận Chia sẻ")]
    return top + [("body", p) for p in paras] + list(tr) + [tags, ("credit", f"Nguồn: {c.dom}")] + reacts + c.comments(c.r.randint(2, 4))


def forum_post(c, title, paras, tr):
    user = c.pick(["tuananh_89", "meobeo2k", "hoangnam.hn", "SaigonTraveler", "chuyengia_bds", "binhminh"])
    top = [("source", c.pick(["Diễn đàn Otofun", "VOZ Forums", "Diễn đàn Webtretho", "Tinh tế"])), ("widget", "Diễn đàn › Thảo luận chung › Tin tức"),
           ("title", title), ("widget", f"Thảo luận trong '{c.pick(SECTIONS)}' bắt đầu bởi {user}, {c.dateline()}."),
           ("widget", f"{user}"), ("widget", f"Thành viên · Bài viết: {c.r.randint(10, 9999)}"), ("widget", c.pick(["Bác nào biết thêm thông tin thì chia sẻ nhé:", "Tin mới các cụ ạ:", "Copy về cho anh em đọc"]))]
    replies = []
    for _ in range(c.r.randint(2, 4)):
        replies += [("widget", c.pick(["xedapdien", "hoaithuong", "kenshin_vn", "maytinh123"]) + " said:"), ("widget", c.pick(COMMENTS))]
    return (top + [("body", p) for p in paras] + list(tr) + [("credit", f"Nguồn: https://{c.dom}/{c.r.randint(10 ** 6, 10 ** 7)}.html")]
            + [("widget", f"Last edited: {c.dateline()}"), ("widget", "Like · Reply · Report")] + replies)


def aggregator(c, title, paras, tr):
    top = [("widget", "Báo Mới | Tin nóng | Bóng đá | Video"), ("source", c.site), ("widget", c.pick(SECTIONS)),
           ("title", title), ("date", f"{c.r.randint(2, 58)} phút trước")]
    same = [("related", "Cùng chủ đề")] + [("related", f"{c.story()[0]} {c.pick(SITES)[0]} {c.r.randint(2, 50)} phút trước") for _ in range(c.r.randint(3, 5))]
    return (top + _hero(c) + _weave(c, paras, _mixed(c), 0.35) + _end(c, tr, title) + [("widget", f"Xem nguồn: {c.dom}")] + same
            + [("related", "Tin khác")] + c.related_block(3) + [("widget", "Tải ứng dụng để đọc tin nhanh hơn")])


def photo_story(c, title, paras, tr):
    n = len(paras) + c.r.randint(1, 3)
    top = [("source", c.site), ("widget", "Ảnh"), ("title", title), ("date", c.dateline())]
    out = list(top)
    for i in range(n):
        out.append(("widget", f"{i + 1}/{n}"))
        out.append(c.caption())
        if i < len(paras):
            out.append(("body", paras[i]))
    return out + _end(c, tr, title) + [("related", "Ảnh khác")] + c.related_block(3) + [("widget", "Xem toàn màn hình")]


def video_page(c, title, paras, tr):
    top = [("source", f"{c.site} TV"), ("title", title), ("date", c.dateline()), ("widget", f"00:00 / 0{c.r.randint(1, 8)}:{c.r.randint(10, 59)}"),
           ("widget", c.pick(["Tự động phát", "Bật phụ đề", "HD 720p"])), ("widget", f"{c.r.randint(1, 99)}.{c.r.randint(100, 999)} lượt xem"),
           ("credit", f"Video: {c.name()}")]
    more = [("related", "Video khác")] + [("related", f"{c.story()[0]} 0{c.r.randint(1, 9)}:{c.r.randint(10, 59)}") for _ in range(c.r.randint(3, 5))]
    return top + [("body", p) for p in paras] + _end(c, tr, title) + [("widget", "Đăng ký kênh")] + more


def messaging_copy(c, title, paras, tr):
    d, m, y, hh, mm = c.date()
    who = c.name()
    top = [("widget", f"[{d:02d}/{m:02d}/{y} {hh:02d}:{mm:02d}] {who}:"), ("widget", c.pick(["Đã chuyển tiếp", "Forwarded message", "Tin nhắn được chuyển tiếp"])),
           ("widget", f"https://{c.dom}/{c.r.randint(10 ** 6, 10 ** 7)}.html"), ("source", c.dom), ("title", title)]
    chat = []
    for i, text in enumerate(c.r.sample(COMMENTS, c.r.randint(2, 4))):
        chat += [("widget", f"[{d:02d}/{m:02d}/{y} {hh:02d}:{min(59, mm + i + 1):02d}] {c.name()}:"), ("widget", text)]
        if c.r.random() < 0.4:
            chat.append(("widget", c.pick(["❤️ 3", "👍 2", "😮 1", "Đã thả cảm xúc"])))
    preview = [("widget", f"{c.site} - Tin tức mới nhất, nhanh nhất"), ("related", c.lead(cut=True))] if c.r.random() < 0.6 else []
    return top + [("body", p) for p in paras] + list(tr) + preview + chat + [("widget", "Đã xem")]


def pdf_export(c, title, paras, tr):
    d, m, y, hh, mm = c.date()
    url = f"https://{c.dom}/{c.r.randint(10 ** 6, 10 ** 7)}.htm"
    total = (len(paras) + 2) // 3 + 1
    head = f"{d}/{m}/{y}, {hh}:{mm:02d} {title[:40]}"
    out = [("widget", head), ("source", c.site), ("title", title), ("date", c.dateline())]
    for i, p in enumerate(paras):
        if i and i % 3 == 0:
            out += [("widget", f"{url} {i // 3}/{total}"), ("widget", head)]
            if c.r.random() < 0.5:
                out.append(c.caption())
        out.append(("body", p))
    return out + _end(c, tr, title) + [("related", c.pick(RELATED_HEADS))] + c.related_block(3) + [("widget", f"{url} {total}/{total}")]


def web_archive(c, title, paras, tr):
    d, m, y, *_ = c.date()
    top = [("widget", f"The Wayback Machine - https://web.archive.org/web/{y}{m:02d}{d:02d}000000/https://{c.dom}/"),
           ("widget", f"{c.r.randint(2, 900)} captures"), ("widget", f"{d:02d} Thg {m} {y} - {d:02d} Thg {m} {y + 1}"),
           ("source", c.site), ("widget", " ".join(c.r.sample(SECTIONS, 7))), ("title", title), ("date", c.dateline())]
    return top + _hero(c) + _weave(c, paras, _mixed(c), 0.4) + _end(c, tr, title) + [("related", c.pick(RELATED_HEADS))] + c.related_block(4)


def cached_view(c, title, paras, tr):
    d, m, y, hh, mm = c.date()
    top = [("widget", f"Đây là bộ nhớ cache của Google của https://{c.dom}/. Đây là ảnh chụp nhanh của trang vào {d} thg {m}, {y} {hh}:{mm:02d}:00 GMT."),
           ("widget", "Trang hiện tại có thể đã thay đổi trong thời gian chờ đợi. Tìm hiểu thêm."),
           ("widget", "Phiên bản đầy đủ Phiên bản chỉ có văn bản Xem nguồn"),
           ("widget", "Mẹo: Để nhanh chóng tìm cụm từ tìm kiếm trên trang này, nhấn Ctrl+F hoặc ⌘-F (Mac) và sử dụng thanh tìm."),
           ("source", c.site), ("title", title), ("date", c.dateline())]
    return top + _hero(c) + _weave(c, paras, _mixed(c), 0.4) + _end(c, tr, title) + [c.tags(title), ("related", c.pick(MOST_READ_HEADS))] + c.related_block(5, numbered=True)


# ---------------------------------------------------------------- text faults
def _faults(rng: random.Random, paras: list[list[str]]) -> tuple[list[list[str]], str]:
    fault = rng.choice(("", "", "", "nbsp", "zwsp", "double", "nfd", "glue"))

    def at_space(s: str, rep: str) -> str:
        idx = [i for i, ch in enumerate(s) if ch == " "]
        for i in sorted(rng.sample(idx, min(len(idx), 2)), reverse=True):
            s = s[:i] + rep + s[i + 1:]
        return s

    out = []
    for p in paras:
        p = list(p)
        if fault == "glue" and len(p) > 1 and rng.random() < 0.6:
            i = rng.randrange(len(p) - 1)
            if p[i][-1] in ".!?":
                p[i:i + 2] = [p[i] + p[i + 1]]
        elif fault in ("nbsp", "double") and rng.random() < 0.5:
            p = [at_space(s, "\u00a0" if fault == "nbsp" else "  ") if rng.random() < 0.4 else s for s in p]
        elif fault == "zwsp" and rng.random() < 0.5:
            p = [s[:len(s) // 2] + "\u200b" + s[len(s) // 2:] if rng.random() < 0.4 and s[len(s) // 2] != " " else s for s in p]
        elif fault == "nfd":
            p = [unicodedata.normalize("NFD", s) for s in p]
        out.append(p)
    return out, fault


def _page(layout: str, title: str, article: str, related, seed: int) -> Page | None:
    rng = random.Random(seed)
    paras, trailers = _story(article, rng)
    if not any(paras):
        return None
    c = _Ctx(rng, related)
    paras, fault = _faults(rng, paras)
    if fault == "nfd":
        title = unicodedata.normalize("NFD", title)
    entries = globals()[layout](c, title, paras, trailers)
    body = [s for kind, x in entries if kind == "body" for s in x]
    lines, furniture = [], []
    for kind, x in entries:
        if kind == "body":
            lines.append(" ".join(x))
            continue
        line = unicodedata.normalize("NFD", x.strip()) if fault == "nfd" else x.strip()
        if not line or any(s in line for s in body):
            continue  # a furniture line never holds a story sentence
        lines.append(line)
        if kind not in ("title", "date", "source"):
            furniture.append((kind, line))
    return Page(text="\n".join(lines), body=body, furniture=furniture, layout=layout)


def _rows(train_path: Path):
    last = max(BODY_ROWS.stop, RELATED_ROWS.stop)
    with gzip.open(train_path, "rt", encoding="utf-8") as fh:
        for n, raw in enumerate(fh):
            if n >= last:
                break
            if n in BODY_ROWS or n in RELATED_ROWS:
                try:
                    row = json.loads(raw)
                except ValueError:
                    continue
                if isinstance(row, dict) and isinstance(row.get("title"), str) and isinstance(row.get("article"), str) \
                        and row["title"].strip() and row["article"].strip():
                    yield n, row


def pages(train_path: Path) -> list[Page]:
    """One page per usable body row of the gzip JSONL train file, layouts in turn."""
    bodies, related = [], []
    for n, row in _rows(Path(train_path)):
        if n in BODY_ROWS:
            bodies.append((n, " ".join(row["title"].split()), row["article"]))
        else:
            head = row["article"][:RELATED_CHARS]
            sents = _sentences(" ".join(head.split()))
            related.append((" ".join(row["title"].split()), sents[:-1] if len(sents) > 1 else sents))
    if not related:
        raise ValueError(f"{train_path}: no usable related rows in {RELATED_ROWS}")
    out = []
    for k, (n, title, article) in enumerate(bodies):
        page = _page(LAYOUTS[k % len(LAYOUTS)], title, article, related, SEED * 100_003 + n)
        if page is not None:
            out.append(page)
    return out


if __name__ == "__main__":
    import sys
    for p in pages(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/vietnews_train.jsonl.gz")):
        print(json.dumps({"layout": p.layout, "text": p.text, "body": p.body, "furniture": p.furniture}, ensure_ascii=False))
