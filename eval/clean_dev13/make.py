"""Held-out cleaner test set 13 (issue 21), written blind. Scraped Vietnamese news pages in 15 layouts.

Story bodies are VietNews train rows 10,000-10,299 (one page per usable row); titles and opening
sentences of rows 10,300-10,999 feed related lists, teasers and photo captions. Stdlib only, seeded.
"""
from __future__ import annotations

import gzip
import json
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

BODY_ROWS = range(10_000, 10_300)
RELATED_ROWS = range(10_300, 11_000)
KINDS = ("byline", "credit", "caption", "related", "widget")
LAYOUTS = ("desktop_national", "mobile_amp", "print_view", "lynx_dump", "read_later", "rss_reader",
           "app_share", "forum_repost", "epaper_pdf", "aggregator", "sports_portal", "emagazine",
           "personal_blog", "tv_radio", "w3m_regional")


@dataclass
class Page:
    text: str
    body: list[str]
    furniture: list[tuple[str, str]] = field(default_factory=list)
    layout: str = ""


SITES = (("VnExpress", "vnexpress.net"), ("Tuổi Trẻ Online", "tuoitre.vn"), ("Thanh Niên", "thanhnien.vn"),
         ("Dân trí", "dantri.com.vn"), ("VietNamNet", "vietnamnet.vn"), ("Zing News", "zingnews.vn"),
         ("Người Lao Động", "nld.com.vn"), ("Báo Lao Động", "laodong.vn"), ("Tiền Phong", "tienphong.vn"),
         ("VOV.VN", "vov.vn"), ("VTV News", "vtv.vn"), ("Kenh14", "kenh14.vn"), ("CafeF", "cafef.vn"),
         ("Pháp Luật TP.HCM", "plo.vn"), ("Sức khỏe & Đời sống", "suckhoedoisong.vn"),
         ("Giáo dục & Thời đại", "giaoducthoidai.vn"), ("Báo Chính phủ", "baochinhphu.vn"),
         ("Báo Đà Nẵng", "baodanang.vn"), ("Báo Cần Thơ", "baocantho.com.vn"), ("Genk", "genk.vn"),
         ("Ngôi Sao", "ngoisao.vn"), ("Bóng đá 24h", "bongda24h.vn"), ("Báo Nghệ An", "baonghean.vn"))
AGENCIES = ("TTXVN", "Reuters", "AFP", "AP", "CNN", "BBC", "Tân Hoa Xã", "Sputnik", "Bloomberg", "Kyodo",
            "Yonhap", "The Guardian", "NHK", "Al Jazeera", "EPA")
SECTIONS = ("Thời sự", "Thế giới", "Kinh doanh", "Giải trí", "Thể thao", "Pháp luật", "Giáo dục", "Sức khỏe",
            "Đời sống", "Du lịch", "Số hóa", "Xe", "Ý kiến", "Quân sự", "Bất động sản", "Công nghệ")
FAMILY = "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Trịnh Đinh".split()
MIDDLE = "Văn Thị Minh Thu Hồng Quốc Thanh Ngọc Hữu Đức Anh Hải Xuân Bảo Kim".split()
GIVEN = "Anh Hương Tuấn Hùng Lan Trang Dũng Phương Hà Nam Hiếu Linh Quân Thảo Sơn Vy Khoa Yến Tâm".split()
NICKS = ("minhtuan_89", "Hoa Sen", "bacsi.gia.dinh", "Lão Nông", "Tony Vũ", "nguoi_sai_gon", "Mẹ Bắp",
         "Trung Kiên", "kts.hoang", "phuong.le", "Đạt Nguyễn", "Bạn đọc Hà Nội", "chuthapdo", "Hải Đăng")
COMMENTS = ("Bài viết rất hay, cảm ơn tác giả!", "Mong cơ quan chức năng sớm vào cuộc xử lý nghiêm.",
            "Đọc mà thấy buồn quá.", "Thông tin hữu ích, đã chia sẻ cho cả nhà cùng đọc.",
            "Không biết bao giờ mới giải quyết dứt điểm được chuyện này?", "Hoàn toàn đồng ý với ý kiến trên.",
            "Tôi nghĩ vấn đề không đơn giản như bài báo viết.", "Hóng diễn biến tiếp theo.",
            "Ai có số điện thoại liên hệ cho mình xin với ạ.", "Quá đúng, ở quê tôi cũng vậy.",
            "Tin này cũ rồi mà, tuần trước đã có báo đăng.", "Phải có chế tài mạnh hơn mới được.")
TAGS = ("Mỹ", "Trung Quốc", "Nga", "Hà Nội", "TP.HCM", "chứng khoán", "giá vàng", "tai nạn giao thông",
        "Covid-19", "bầu cử", "bóng đá Việt Nam", "thời tiết", "showbiz", "học sinh", "bệnh viện", "Quốc hội",
        "biển Đông", "xuất khẩu", "startup", "iPhone", "tuyển sinh", "ngân hàng", "Triều Tiên", "EU")
STOCK_CAPTIONS = ("Ảnh minh họa", "Hiện trường vụ việc.", "Toàn cảnh buổi làm việc.", "Quang cảnh phiên họp.",
                  "Lực lượng chức năng có mặt tại hiện trường.", "Ảnh chụp màn hình clip.",
                  "Người dân xếp hàng chờ đến lượt.", "Đoàn công tác thăm hỏi, động viên bà con.",
                  "Khoảnh khắc ăn mừng bàn thắng.", "Sản phẩm được trưng bày tại triển lãm.")
FALLBACK_TITLES = ("Giá xăng dầu đồng loạt giảm từ chiều nay", "Hà Nội cấm nhiều tuyến phố dịp lễ",
                   "Ba người tử vong trong vụ cháy nhà trọ", "Tuyển Việt Nam chốt danh sách dự vòng loại",
                   "Ngân hàng đồng loạt hạ lãi suất huy động", "Miền Bắc đón đợt không khí lạnh mạnh",
                   "Bộ Giáo dục công bố phương án thi năm nay", "Bắt giam nguyên giám đốc sở",
                   "Ca sĩ nổi tiếng bất ngờ tuyên bố giải nghệ", "Phát hiện loài thực vật mới ở Tây Nguyên")

_STOP = '.!?…'


def _name(rng: random.Random) -> str:
    parts = [rng.choice(MIDDLE), rng.choice(GIVEN)]
    if rng.random() < 0.35:
        parts.insert(0, rng.choice(FAMILY))
    return " ".join(parts)


def _split(article: str) -> tuple[list[str], list[tuple[str, str]]]:
    """Sentences of the story, trailing furniture sentences of the text (byline, 'Xem thêm'), and their kinds."""
    text = re.sub(r"\s+", " ", article).strip()
    tail: list[tuple[str, str]] = []
    i = text.rfind("Xem thêm")
    if i > 0 and i > len(text) - 260 and text[i - 2:i] in (". ", '" ', "? ", "! "):
        tail.append(("related", text[i:].strip()))
        text = text[:i].strip()
    pieces = [p for p in re.split(r"(?<=[.!?…])\s+", text) if p]
    out: list[str] = []
    for p in pieces:
        if out and p[0].islower():
            out[-1] += " " + p
        else:
            out.append(p)
    if out and out[-1][-1] not in _STOP + '"”' and len(out[-1].split()) <= 9:
        tail.insert(0, ("byline", out.pop()))
    merged: list[str] = []
    for s in out:
        if merged and (len(s) < 30 or len(merged[-1]) < 30):
            merged[-1] += " " + s
        else:
            merged.append(s)
    return merged, tail


def _load(train_path: Path) -> tuple[dict[int, dict], dict[int, dict]]:
    bodies: dict[int, dict] = {}
    related: dict[int, dict] = {}
    with gzip.open(train_path, "rt", encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if n >= RELATED_ROWS.stop:
                break
            if n < BODY_ROWS.start or not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError:
                continue
            if not isinstance(row, dict):
                continue
            (bodies if n in BODY_ROWS else related)[n] = row
    return bodies, related


class _Pool:
    """Other stories' titles and openings, picked by row number so a page never depends on which rows exist."""

    def __init__(self, related: dict[int, dict], rng: random.Random):
        self.related, self.rng = related, rng

    def _row(self) -> tuple[str, str]:
        n = self.rng.choice(RELATED_ROWS)
        row = self.related.get(n) or {}
        title = str(row.get("title") or "").strip()
        art = re.sub(r"\s+", " ", str(row.get("article") or "")).strip()
        first = re.split(r"(?<=[.!?])\s+", art)[0] if art else ""
        if not title:
            title = FALLBACK_TITLES[n % len(FALLBACK_TITLES)]
        if not (20 <= len(first) <= 220):
            first = STOCK_CAPTIONS[n % len(STOCK_CAPTIONS)]
        return title, first

    def title(self) -> str:
        return self._row()[0]

    def opening(self) -> str:
        return self._row()[1]

    def titles(self, k: int) -> list[str]:
        return [self.title() for _ in range(k)]


class _B:
    """Page builder: header lines, body paragraphs and tagged furniture lines, in page order."""

    def __init__(self, rng: random.Random, pool: _Pool, sents: list[str], site: tuple[str, str]):
        self.rng, self.pool, self.site = rng, pool, site
        self.lines: list[tuple[str | None, str]] = []
        self.paras = self._paragraphs(sents)

    def _paragraphs(self, sents: list[str]) -> list[list[str]]:
        paras, cur = [], []
        for s in sents:
            cur.append(s)
            if len(cur) >= self.rng.choice((1, 2, 2, 3, 3, 4)):
                paras.append(cur)
                cur = []
        if cur:
            paras.append(cur)
        return paras

    def head(self, text: str) -> None:
        self.lines.append((None, text))

    def f(self, kind: str, text: str) -> None:
        self.lines.append((kind, text))

    def para(self, sents: list[str], sep: str = " ") -> None:
        self.lines.append(("body", sep.join(sents)))

    def body(self, between=None) -> None:
        """All paragraphs; `between(i)` may add furniture after paragraph i."""
        for i, p in enumerate(self.paras):
            self.para(p)
            if between and i < len(self.paras) - 1:
                between(i)

    # furniture helpers -------------------------------------------------
    def photo(self) -> None:
        rng, cap = self.rng, self.pool.opening()
        style = rng.randrange(7)
        if style == 0:
            self.f("caption", f"{cap} Ảnh: {_name(rng)}")
        elif style == 1:
            self.f("caption", f"{cap} (Ảnh: {rng.choice(AGENCIES)})")
        elif style == 2:
            self.f("caption", cap)
            self.f("credit", rng.choice(("Ảnh: ", "Ảnh: ", "Nguồn ảnh: ", "Photo: ")) + rng.choice((_name(rng), rng.choice(AGENCIES))))
        elif style == 3:
            self.f("widget", rng.choice(("[IMG]", "[image]", "Phóng to", "Ảnh 1/5", "Click để xem ảnh gốc")))
            self.f("caption", cap)
        elif style == 4:
            self.f("caption", f"{cap} - Ảnh: {rng.choice(AGENCIES)}")
        elif style == 5:
            self.f("caption", rng.choice(STOCK_CAPTIONS))
        else:
            self.f("caption", f"Video: {self.pool.title()}")
            self.f("widget", rng.choice(("00:00 / 01:45", "Tắt tiếng", "Xem thêm video", "Video đang phát")))

    def teaser(self) -> None:
        rng = self.rng
        pre = rng.choice(("Xem thêm: ", "Đọc thêm: ", ">> ", "> ", "Xem thêm >> ", "TIN LIÊN QUAN: ", "", "Có thể bạn quan tâm: "))
        self.f("related", pre + self.pool.title())

    def related_box(self, header: str | None = None, k: int | None = None, bullet: str = "") -> None:
        rng = self.rng
        header = header or rng.choice(("Tin liên quan", "TIN LIÊN QUAN", "Bài viết liên quan", "Cùng chuyên mục",
                                       "Tin cùng chuyên mục", "Có thể bạn quan tâm", "Tin khác", "Đọc nhiều nhất",
                                       "Xem nhiều", "Tin mới nhất", "Bài liên quan"))
        self.f("related", header)
        for t in self.pool.titles(k or rng.randint(3, 6)):
            self.f("related", bullet + t)

    def byline(self) -> None:
        rng = self.rng
        n1, n2 = _name(rng), _name(rng)
        self.f("byline", rng.choice((n1, n1.upper(), f"{n1} - {n2}", f"Bài và ảnh: {n1}", f"Tác giả: {n1}",
                                     f"{n1} - {n2} (thực hiện)", f"Nhóm phóng viên", f"PV", f"{n1}/VOV-Tây Nam Bộ",
                                     f"Bài: {n1} | Ảnh: {n2}", f"Theo {n1}")))

    def credit(self) -> None:
        rng = self.rng
        ag = rng.choice(AGENCIES)
        self.f("credit", rng.choice((f"Theo {ag}", f"(Theo {ag})", f"Nguồn: {ag}", f"Theo {self.site[0]}",
                                     f"{_name(rng)} (Theo {ag})", f"Nguồn: {self.site[1]}", f"(Tổng hợp)",
                                     f"Theo {_name(rng)}/{rng.choice(AGENCIES)}")))

    def share(self) -> None:
        self.f("widget", self.rng.choice(("Chia sẻ", "Facebook Twitter Zalo", "Thích 125 Chia sẻ",
                                          "Chia sẻ bài viết: Facebook | Zalo | Email", "Share", "Tweet",
                                          "Lưu bài viết", "In bài viết", "Gửi góp ý", "Copy link",
                                          "0 bình luận", "Theo dõi trên Google News")))

    def tags(self) -> None:
        rng = self.rng
        picks = rng.sample(TAGS, rng.randint(2, 5))
        style = rng.randrange(3)
        if style == 0:
            self.f("widget", "Tags: " + ", ".join(picks))
        elif style == 1:
            self.f("widget", rng.choice(("Từ khóa:", "TAGS", "Chủ đề:")))
            for t in picks:
                self.f("widget", t)
        else:
            self.f("widget", " ".join("#" + t.replace(" ", "") for t in picks))

    def comments(self) -> None:
        rng = self.rng
        self.f("widget", rng.choice(("Bình luận (3)", "Ý kiến bạn đọc", "BÌNH LUẬN", "Gửi bình luận",
                                     "Viết bình luận của bạn...")))
        for _ in range(rng.randint(1, 3)):
            self.f("widget", rng.choice(NICKS))
            self.f("widget", rng.choice(COMMENTS))
            self.f("widget", rng.choice(("Trả lời · Thích · 2 giờ trước", "Thích (12)", "5 phút trước",
                                         "Trả lời", "Thích · Phản hồi")))

    def ad(self) -> None:
        self.f("widget", self.rng.choice(("Quảng cáo", "ADVERTISEMENT", "Nội dung được tài trợ",
                                          "Đăng ký nhận tin qua email", "Tải ứng dụng để đọc báo nhanh hơn",
                                          "Mua ngay - giảm 50% hôm nay!", "Xem thêm tin tức tại chuyên mục",
                                          "Hotline: 0903 123 456", "Bạn đã đọc 3 bài viết miễn phí trong tháng này",
                                          "Mời quý độc giả theo dõi các chương trình đã phát sóng trên ứng dụng của chúng tôi.",
                                          "Bạn đọc có thể gửi tin bài, hình ảnh về sự kiện tới email toasoan@baomoi.vn.",
                                          "Đăng ký nhận bản tin sáng để không bỏ lỡ tin tức quan trọng mỗi ngày.",
                                          "Quý vị và các bạn có thể xem lại toàn bộ chương trình tại đây.")))


def _date(rng: random.Random) -> tuple[str, str, str]:
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2015, 2019)
    h, mi = rng.randint(0, 23), rng.randint(0, 59)
    wd = rng.choice(("Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"))
    return f"{d:02d}/{m:02d}/{y}", f"{h:02d}:{mi:02d}", wd


def _maybe(b: _B, p: float, fn) -> None:
    if b.rng.random() < p:
        fn()


def _inline(b: _B, rate: float = 0.35):
    """Furniture between paragraphs: photos, one-line teasers, ads, in rough news-page proportions."""
    def between(i: int) -> None:
        r = b.rng.random()
        if r < rate * 0.5:
            b.photo()
        elif r < rate * 0.8:
            b.teaser()
        elif r < rate:
            b.ad()
    return between


def _desktop_national(b: _B, title: str, tail) -> None:
    rng = b.rng
    d, t, wd = _date(rng)
    b.f("widget", " ".join(rng.sample(SECTIONS, 8)))
    b.f("widget", rng.choice(("Trang chủ", "Trang chủ > " + rng.choice(SECTIONS), "Mới nhất Tin theo khu vực")))
    b.f("widget", rng.choice(SECTIONS))
    b.head(f"{wd}, {d.lstrip('0')}, {t} (GMT+7)")
    b.head(title)
    b.photo()
    b.body(_inline(b))
    tail()
    _maybe(b, 0.6, b.byline)
    _maybe(b, 0.3, b.credit)
    b.tags()
    b.share()
    b.related_box()
    _maybe(b, 0.5, b.comments)
    b.related_box(rng.choice(("Xem nhiều nhất", "Đọc nhiều", "Most read")), bullet=rng.choice(("", "1 ", "- ")))
    b.f("widget", f"© Copyright 1997-2019 {b.site[0]}, All rights reserved")
    b.f("widget", rng.choice(("Liên hệ quảng cáo", "Điều khoản sử dụng", "Chính sách bảo mật")))


def _mobile_amp(b: _B, title: str, tail) -> None:
    rng = b.rng
    d, t, _ = _date(rng)
    b.f("widget", rng.choice(("☰ Menu", "Menu", "≡")))
    b.head(b.site[0])
    b.f("widget", rng.choice(SECTIONS))
    b.head(title)
    b.head(f"{t} {d}")
    b.f("byline", f"{_name(rng)} | {b.site[1].split('.')[0].upper()}")
    b.f("widget", rng.choice(("Nghe bài viết", "▶ Nghe", "A- A+", "Thời gian đọc: 3 phút")))
    b.body(_inline(b, 0.45))
    tail()
    b.share()
    b.f("related", rng.choice(("Bài viết cùng chuyên mục", "Đọc tiếp", "Có thể bạn quan tâm")))
    for t2 in b.pool.titles(rng.randint(3, 8)):
        b.f("related", t2)
        _maybe(b, 0.3, lambda: b.f("widget", rng.choice(("2 giờ trước", "5 phút", "1 ngày trước"))))
    b.f("widget", rng.choice(("Về đầu trang", "Lên đầu trang ↑", "Xem phiên bản đầy đủ")))


def _print_view(b: _B, title: str, tail) -> None:
    rng = b.rng
    d, t, _ = _date(rng)
    b.f("widget", rng.choice(("In trang", "Bản in", "[In bài này] [Đóng cửa sổ]")))
    b.head(f"{b.site[0]} - {b.site[1]}")
    b.head(title)
    b.head(f"Ngày đăng: {d} {t}")
    b.body()
    tail()
    _maybe(b, 0.7, b.byline)
    b.credit()
    b.f("widget", f"Địa chỉ bài viết: https://{b.site[1]}/{rng.choice(SECTIONS).lower().replace(' ', '-')}/bai-{rng.randint(100000, 999999)}.html")
    b.f("widget", rng.choice(("Bản quyền thuộc về " + b.site[0] + ".", "Ghi rõ nguồn khi phát hành lại thông tin từ website này.")))


def _lynx_dump(b: _B, title: str, tail) -> None:
    rng = b.rng
    d, t, _ = _date(rng)
    k = rng.randint(1, 9)
    b.f("widget", f"[{k}]{b.site[0]} [{k + 1}]Đăng nhập")
    for s in rng.sample(SECTIONS, 5):
        k += 1
        b.f("widget", f"   * [{k}]{s}")
    b.head(title)
    b.head(f"{d} {t}")

    def between(i: int) -> None:
        r = rng.random()
        if r < 0.15:
            b.f("widget", "[IMG]")
            b.f("caption", b.pool.opening())
        elif r < 0.3:
            b.f("related", f"[{rng.randint(20, 90)}]{b.pool.title()}")
    b.body(between)
    tail()
    _maybe(b, 0.6, b.byline)
    b.f("related", rng.choice(("Tin liên quan:", "Tin khác")))
    for t2 in b.pool.titles(rng.randint(3, 5)):
        b.f("related", f"   * [{rng.randint(40, 99)}]{t2}")
    b.f("widget", "References")
    for j in range(rng.randint(3, 6)):
        b.f("widget", f"   {j + 1}. https://{b.site[1]}/{rng.choice(('tag', 'video', 'tin-tuc', 'rss'))}/{rng.randint(1000, 99999)}")


def _read_later(b: _B, title: str, tail) -> None:
    rng = b.rng
    b.head(title)
    b.head(b.site[1])
    b.f("widget", rng.choice(("Xem bản gốc", "View Original", "Mở trong trình duyệt")))
    b.f("widget", f"{rng.randint(2, 12)} phút đọc")
    b.body()
    tail()
    b.f("widget", rng.choice(("Saved to Pocket", "Lưu vào danh sách đọc", "Archived with Instapaper")))
    b.f("widget", rng.choice(("Thêm nhãn", "Tags: news, vn", "Highlight")))


def _rss_reader(b: _B, title: str, tail) -> None:
    rng = b.rng
    d, t, _ = _date(rng)
    b.f("widget", f"{b.site[0]} - {rng.choice(SECTIONS)} RSS")
    b.head(title)
    b.head(f"{d} {t}")
    _maybe(b, 0.4, b.photo)
    b.body(_inline(b, 0.15))
    tail()
    b.f("widget", f"Đọc bài gốc tại {b.site[1]}")
    b.f("widget", rng.choice(("Đánh dấu đã đọc", "★ Gắn sao", "Mark as read")))


def _app_share(b: _B, title: str, tail) -> None:
    rng = b.rng
    b.head(title)
    b.body()
    tail()
    _maybe(b, 0.5, b.credit)
    b.f("widget", f"Xem chi tiết tại: https://{b.site[1]}/{rng.randint(100000, 999999)}.htm")
    b.f("widget", rng.choice(("Chia sẻ từ ứng dụng Báo Mới", "Được gửi từ ứng dụng " + b.site[0],
                               "Tải ứng dụng tại: https://app." + b.site[1])))


def _forum_repost(b: _B, title: str, tail) -> None:
    rng = b.rng
    d, t, _ = _date(rng)
    b.f("widget", f"Diễn đàn › {rng.choice(('Chuyện trò linh tinh', 'Thời sự', 'Quán cafe', 'Tin tức'))} › Tin tức")
    b.head(title)
    b.f("widget", f"Thảo luận trong '{rng.choice(('Thời sự', 'Tin nóng'))}' bắt đầu bởi {rng.choice(NICKS)}, {d}.")
    b.f("widget", rng.choice(NICKS))
    b.f("widget", rng.choice(("Thành viên tích cực", "Moderator", "Thành viên mới")))
    b.f("widget", f"Bài viết: {rng.randint(10, 9999)}")
    b.f("widget", f"Được thích: {rng.randint(0, 999)}")
    b.head(f"{d} lúc {t}")
    b.body()
    tail()
    b.f("credit", rng.choice((f"Nguồn: {b.site[1]}", f"Nguồn: {b.site[0]}", f"Source: {b.site[1]}")))
    b.f("widget", rng.choice(("Like · Trả lời · Báo cáo", "Thích · Trích dẫn", "#1")))
    b.comments()
    b.f("widget", rng.choice(("Bạn phải đăng nhập hoặc đăng ký để trả lời bài này.", "Chia sẻ trang này")))


def _epaper_pdf(b: _B, title: str, tail) -> None:
    rng = b.rng
    d, _, wd = _date(rng)
    b.f("widget", f"SỐ {rng.randint(100, 365)} ({rng.randint(10000, 20000)})  {wd.upper()} {d}")
    b.f("widget", rng.choice(SECTIONS).upper())
    b.head(title)
    _maybe(b, 0.6, b.byline)

    def between(i: int) -> None:
        r = rng.random()
        if r < 0.12:
            b.f("widget", str(rng.randint(2, 24)))
        elif r < 0.2:
            b.f("widget", f"(Xem tiếp trang {rng.randint(2, 20)})")
            b.f("widget", f"(Tiếp theo trang 1)")
        elif r < 0.3:
            b.f("caption", b.pool.opening())
            b.f("credit", f"ẢNH: {_name(rng).upper()}")
    b.body(between)
    tail()
    _maybe(b, 0.5, b.credit)
    b.f("widget", f"{b.site[1]}  {d}")


def _aggregator(b: _B, title: str, tail) -> None:
    rng = b.rng
    d, t, _ = _date(rng)
    b.f("widget", rng.choice(("Báo Mới", "Tin nhanh 24h", "Đọc báo online")))
    b.f("widget", rng.choice(("Nóng", "Mới", "Video", "Chủ đề")) + " " + " ".join(rng.sample(SECTIONS, 4)))
    b.head(title)
    b.head(f"{b.site[0]} {t} {d}")
    b.f("related", f"{rng.randint(2, 40)} liên quan")
    b.body(_inline(b, 0.25))
    tail()
    b.f("widget", rng.choice(("Xem nội dung gốc", "Đọc bài gốc", "Nguồn bài viết")))
    b.f("credit", f"Nguồn {b.site[0]}: https://{b.site[1]}/{rng.randint(10**6, 10**7)}.html")
    b.related_box("Tin cùng chủ đề", bullet="")
    for _ in range(rng.randint(1, 3)):
        b.f("related", f"{rng.choice(SITES)[0]} · {rng.randint(1, 59)} phút trước")
        b.f("related", b.pool.title())


def _sports_portal(b: _B, title: str, tail) -> None:
    rng = b.rng
    d, t, _ = _date(rng)
    b.f("widget", "Bóng đá Việt Nam | Ngoại hạng Anh | La Liga | Champions League | Lịch thi đấu | BXH")
    b.head(title)
    b.head(f"{t}, {d}")
    _maybe(b, 0.5, b.photo)
    b.body(_inline(b, 0.3))
    tail()
    _maybe(b, 0.6, b.byline)
    b.f("widget", rng.choice(("BẢNG XẾP HẠNG", "Lịch thi đấu vòng tới", "Kết quả")))
    teams = rng.sample(("Hà Nội FC", "Viettel", "HAGL", "SLNA", "Bình Dương", "Thanh Hóa", "Nam Định", "Hải Phòng"), 4)
    for j, tm in enumerate(teams):
        b.f("widget", f"{j + 1} {tm} {rng.randint(10, 30)} {rng.randint(20, 60)}")
    b.f("widget", f"{teams[0]} {rng.randint(0, 4)} - {rng.randint(0, 4)} {teams[1]} FT")
    b.related_box(rng.choice(("Tin bóng đá khác", "Đọc nhiều", "Tin thể thao mới")))
    b.share()


def _emagazine(b: _B, title: str, tail) -> None:
    rng = b.rng
    d, _, _ = _date(rng)
    b.head(b.site[0])
    b.f("widget", "E-MAGAZINE")
    b.head(title)
    b.f("byline", f"Nội dung: {_name(rng)}")
    b.f("credit", f"Ảnh: {_name(rng)}")
    b.f("byline", f"Thiết kế: {_name(rng)}")
    b.head(d)

    def between(i: int) -> None:
        r = rng.random()
        if r < 0.35:
            b.photo()
        elif r < 0.45:
            b.f("widget", rng.choice(("***", "•••", "—", "1", "2", "3")))
    b.body(between)
    tail()
    b.f("widget", rng.choice(("Cuộn xuống để đọc tiếp", "Xem thêm E-magazine", "Trở về trang chủ")))
    b.related_box("E-magazine khác", k=rng.randint(2, 4))


def _personal_blog(b: _B, title: str, tail) -> None:
    rng = b.rng
    d, t, _ = _date(rng)
    b.f("widget", rng.choice(("Trang chủ  Giới thiệu  Liên hệ", "Blog của tôi", "Home About Contact")))
    b.head(title)
    nick = rng.choice(NICKS)
    b.f("byline", rng.choice((f"Posted by {nick}", f"Đăng bởi {nick}", f"by {nick}")))
    b.head(f"{d}")
    b.f("widget", rng.choice(("Chuyên mục: Tin tức, Sưu tầm", "Categories: Thế giới", "Lưu trữ blog")))
    b.body(_inline(b, 0.2))
    tail()
    b.f("credit", rng.choice((f"(Sưu tầm từ {b.site[1]})", f"Nguồn: {b.site[0]}", f"Theo {b.site[1]}")))
    b.f("widget", rng.choice(("Chia sẻ:", "Share this:")))
    b.f("widget", "Facebook")
    b.f("widget", rng.choice(("Twitter", "Zalo", "Pinterest")))
    b.f("related", rng.choice(("Related", "Bài viết liên quan")))
    for t2 in b.pool.titles(rng.randint(2, 3)):
        b.f("related", t2)
    b.f("widget", rng.choice(("Leave a Reply", "Để lại bình luận", "Trả lời")))
    b.f("widget", rng.choice(("Your email address will not be published.", "Email của bạn sẽ không được hiển thị công khai.")))
    b.f("widget", rng.choice(("Proudly powered by WordPress", "Tạo bởi Blogger.", "Theme by ThemeGrill")))


def _tv_radio(b: _B, title: str, tail) -> None:
    rng = b.rng
    d, t, _ = _date(rng)
    b.f("widget", rng.choice(("VTV1 VTV2 VTV3 VTV4 VTV5 VTV6 Trực tuyến", "VOV1 VOV2 VOV3 VOV Giao thông", "Lịch phát sóng")))
    b.head(title)
    b.head(f"{t} - {d}")
    b.f("widget", rng.choice(("Video đang phát", "Nghe audio", "▶ 00:00 / 02:35")))
    b.f("caption", rng.choice(("Video: ", "VIDEO: ", "Clip: ")) + b.pool.title())
    b.f("widget", rng.choice(("Xem video trên VTVgo", "Tắt tiếng", "Tự động phát")))
    b.body(_inline(b, 0.3))
    tail()
    b.f("byline", rng.choice((f"{_name(rng)}/VTV-{rng.choice(('Huế', 'Cần Thơ', 'Đà Nẵng'))}", f"{_name(rng)} - {_name(rng)}",
                              f"BTV {_name(rng)}", f"{_name(rng)}/VOV-Trung Bộ")))
    b.related_box(rng.choice(("Video liên quan", "Cùng chương trình", "Tin video khác")))
    b.f("widget", rng.choice(("Đài Truyền hình Việt Nam", "Đài Tiếng nói Việt Nam")) + " - Giấy phép số 2076/GP-BTTTT")


def _w3m_regional(b: _B, title: str, tail) -> None:
    rng = b.rng
    d, t, wd = _date(rng)
    b.f("widget", "Trang chủ | " + " | ".join(rng.sample(SECTIONS, 6)))
    b.f("widget", f"{wd}, {d}")
    b.head(b.site[0])
    b.head(title)
    b.head(f"Cập nhật: {t} {d}")
    b.f("widget", rng.choice(("Cỡ chữ: A A A", "Lượt xem: " + str(rng.randint(50, 9999)), "Đánh giá: ★★★★☆")))
    b.body(_inline(b, 0.25))
    tail()
    _maybe(b, 0.8, b.byline)
    _maybe(b, 0.3, b.credit)
    b.related_box(rng.choice(("Các tin khác", "Tin đã đưa", "Tin liên quan")), bullet=rng.choice(("- ", "• ", "+ ")))
    b.f("widget", rng.choice(("Trở về  In bài  Gửi email", "[Trở về] [Đầu trang]")))
    b.f("widget", f"Cơ quan chủ quản: {b.site[0]}. Giấy phép số {rng.randint(100, 600)}/GP-BTTTT")


_MAKERS = {"desktop_national": _desktop_national, "mobile_amp": _mobile_amp, "print_view": _print_view,
           "lynx_dump": _lynx_dump, "read_later": _read_later, "rss_reader": _rss_reader,
           "app_share": _app_share, "forum_repost": _forum_repost, "epaper_pdf": _epaper_pdf,
           "aggregator": _aggregator, "sports_portal": _sports_portal, "emagazine": _emagazine,
           "personal_blog": _personal_blog, "tv_radio": _tv_radio, "w3m_regional": _w3m_regional}


def _page(n: int, row: dict, related: dict[int, dict]) -> Page | None:
    article, title = str(row.get("article") or ""), str(row.get("title") or "").strip()
    if not article.strip():
        return None
    sents, tail_lines = _split(article)
    if not sents:
        return None
    rng = random.Random(f"test13:{n}:{article}")
    layout = LAYOUTS[(n - BODY_ROWS.start) % len(LAYOUTS)]
    b = _B(rng, _Pool(related, rng), sents, rng.choice(SITES))

    def tail() -> None:
        for kind, text in tail_lines:
            b.f(kind, text)
    _MAKERS[layout](b, title or "Tin tức", tail)
    lines: list[str] = []
    furniture: list[tuple[str, str]] = []
    for kind, text in b.lines:
        text = text.strip()
        if not text:
            continue
        if kind not in (None, "body") and any(s in text for s in sents):
            continue
        lines.append(text)
        if kind not in (None, "body"):
            furniture.append((kind, text))
    return Page("\n".join(lines), list(sents), furniture, layout)


def pages(train_path: Path) -> list[Page]:
    """One page per usable body row of `train_path` (gzip JSONL, line N = train row N)."""
    bodies, related = _load(Path(train_path))
    out = []
    for n in BODY_ROWS:
        if n in bodies:
            page = _page(n, bodies[n], related)
            if page is not None:
                out.append(page)
    return out
