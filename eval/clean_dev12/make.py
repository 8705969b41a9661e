"""Held-out cleaner test set 12 (issue 21), written blind. Builds one scraped-page text per usable
VietNews train row 9,000-9,299 (the story), in 14 layouts of Vietnamese news pages as copied, dumped or
extracted to text; related lists, teasers and captions come from rows 9,300-9,999."""
from __future__ import annotations

import gzip
import json
import random
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

BODY_ROWS = range(9_000, 9_300)
RELATED_ROWS = range(9_300, 10_000)
KINDS = ("byline", "credit", "caption", "related", "widget")
LAYOUTS = ("national_desktop", "regional_html2text", "portal_lynx", "reader_extract", "sports_amp",
           "business_mobile", "tech_blog", "tv_radio", "print_view", "app_share", "aggregator",
           "forum_thread", "magazine_longform", "health_law_qa")


@dataclass
class Page:
    text: str
    body: list[str]
    furniture: list[tuple[str, str]] = field(default_factory=list)
    layout: str = ""


# ---------------------------------------------------------------- source rows
def _read_rows(train_path: Path) -> dict[int, dict]:
    rows: dict[int, dict] = {}
    with gzip.open(train_path, "rt", encoding="utf-8") as f:
        for n, line in enumerate(f):
            if n >= RELATED_ROWS.stop:
                break
            if n < BODY_ROWS.start or not line.strip():
                continue
            obj = json.loads(line)
            if isinstance(obj, dict) and str(obj.get("article") or "").strip():
                rows[n] = obj
    return rows


_END = re.compile(r'[.!?…]+["”]?\s+')
_TAIL_DROP = ("Xem thêm", "Đọc thêm", "Video", "Ảnh:", "Clip", "Nguồn:", "Mời độc giả")


def _sentences(text: str) -> list[str]:
    """Split a one-line article into sentences; short pieces are merged into their neighbour."""
    text = re.sub(r"\s+", " ", text).strip()
    out, start = [], 0
    for m in _END.finditer(text):
        nxt = text[m.end():m.end() + 1]
        if nxt in '"“':  # a quote after the stop opens the next sentence only if a capital follows it
            nxt = text[m.end() + 1:m.end() + 3].strip()[:1]
        if nxt and (nxt.isupper() or nxt.isdigit()):
            out.append(text[start:m.end()].strip())
            start = m.end()
    if start < len(text):
        out.append(text[start:].strip())
    merged: list[str] = []
    for s in out:
        if merged and len(s) < 25:
            merged[-1] += " " + s
        else:
            merged.append(s)
    if len(merged) > 1 and len(merged[0]) < 25:
        merged[1] = merged[0] + " " + merged[1]
        merged.pop(0)
    return merged


def _story(article: str) -> tuple[list[str], str]:
    """Story sentences of an article and the author tail it ended with ('' if none)."""
    sents = _sentences(article)
    author = ""
    if sents:
        last = sents[-1]
        m = re.search(r'[.!?"”]\s+([^.!?"”]{2,60})$', last)
        if m:
            author = m.group(1).strip()
            sents[-1] = last[:m.start(1)].strip()
        elif not re.search(r'[.!?"”)]$', last) and len(sents) > 1:
            sents.pop()
    keep = [s for s in sents if s and not s.startswith(_TAIL_DROP)]
    cut = [i for i, s in enumerate(keep) if "Xem thêm:" in s or "Đọc thêm:" in s]
    if cut and cut[0] > 0:
        keep = keep[:cut[0]]
    keep = [s for s in keep if len(s) >= 25] or [re.sub(r"\s+", " ", article).strip()]
    author = author if len(author.split()) <= 6 and author[:1].isupper() else ""
    return keep, author


def _slug(text: str) -> str:
    """ASCII url slug of a Vietnamese phrase: 'Phú Yên' -> 'phuyen'."""
    flat = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in flat if ch.isascii() and ch.isalnum()).lower()


# ---------------------------------------------------------------- word pools
_SURN = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Phan", "Trịnh", "Đinh", "Lương", "Mai")
_MID = ("Văn", "Thị", "Minh", "Thu", "Hồng", "Đức", "Quang", "Thanh", "Ngọc", "Hải", "Anh", "Bảo", "Kim", "Xuân")
_GIVEN = ("Hà", "Lâm", "Hùng", "Trang", "Dũng", "Phương", "Khang", "Yến", "Tùng", "Nhung", "Sơn",
          "Vy", "Tâm", "Long", "Hiền", "Quân", "Thảo", "Nam", "Linh", "Đạt", "Hương", "Bình")
_AGENCY = ("Reuters", "AFP", "AP", "TTXVN", "Xinhua", "BBC", "CNN", "Bloomberg", "Kyodo", "Yonhap",
           "The Guardian", "VnExpress", "Dân trí", "Tuổi Trẻ", "Thanh Niên", "VOV", "Zing", "Sputnik")
_SECTIONS = ("Thời sự", "Thế giới", "Kinh doanh", "Giải trí", "Thể thao", "Pháp luật", "Giáo dục",
             "Sức khỏe", "Đời sống", "Du lịch", "Số hóa", "Xe", "Quân sự", "Bất động sản", "Văn hóa")
_TAGS = ("Mỹ", "Trung Quốc", "Nga", "Triều Tiên", "quân sự", "tên lửa", "bầu cử", "kinh tế", "chiến sự",
         "Donald Trump", "Biển Đông", "Hàn Quốc", "Nhật Bản", "châu Âu", "an ninh", "khủng bố", "IS")
_FALLBACK = ("Giá vàng hôm nay tiếp tục đi ngang", "Thời tiết Hà Nội chuyển lạnh từ cuối tuần",
             "Xe khách lật trên đèo, nhiều người bị thương", "Tuyển Việt Nam chốt danh sách dự giải",
             "Học sinh cả nước bước vào kỳ thi học kỳ", "Ngân hàng đồng loạt giảm lãi suất cho vay",
             "Phát hiện loài thực vật mới ở Tây Nguyên", "Bộ Y tế khuyến cáo phòng bệnh mùa đông")


def _names(body: list[str]) -> list[str]:
    """People the story names as "ông X Y" / "bà X Y", as "Ông X Y" / "Bà X Y"."""
    out = []
    for sent in body:
        words = sent.split()
        for k, w in enumerate(words[:-1]):
            if w.lower() not in ("ông", "bà"):
                continue
            run = []
            for v in words[k + 1:k + 5]:
                if not (v.isalpha() and v[0].isupper() and (v[1:].islower() or len(v) == 1)):
                    break
                run.append(v)
            if run:
                out.append(f"{w.capitalize()} {' '.join(run)}")
    return out


class _Ctx:
    """Everything a layout draws from: the story, seeded randomness and other stories."""

    def __init__(self, row: int, obj: dict, rows: dict[int, dict]):
        self.row = row
        self.rng = random.Random(f"test12:{row}")
        self.title = re.sub(r"\s+", " ", str(obj.get("title") or "")).strip() or "Tin tức"
        self.body, self.author = _story(str(obj["article"]))
        self.lines: list[str] = []
        self.furniture: list[tuple[str, str]] = []
        rel_rng = random.Random(f"test12-related:{row}")
        picks = rel_rng.sample(list(RELATED_ROWS), 40)
        self._rel = [rows[r] for r in picks if r in rows]
        self._fb = 0
        self.section = self.rng.choice(_SECTIONS)
        self.day, self.month = self.rng.randint(1, 28), self.rng.randint(1, 12)
        self.year = self.rng.choice((2016, 2017, 2018, 2019))
        self.hh, self.mm = self.rng.randint(5, 22), self.rng.randint(0, 59)

    # --- pools
    def name(self) -> str:
        r = self.rng
        return r.choice((f"{r.choice(_MID)} {r.choice(_GIVEN)}",
                         f"{r.choice(_SURN)} {r.choice(_MID)} {r.choice(_GIVEN)}"))

    def author_name(self) -> str:
        return self.author or self.name()

    def _other(self) -> dict | None:
        if self._rel:
            return self._rel.pop(0)
        return None

    def headline(self) -> str:
        o = self._other()
        if o and str(o.get("title") or "").strip():
            return re.sub(r"\s+", " ", o["title"]).strip()
        self._fb += 1
        return _FALLBACK[(self.row + self._fb) % len(_FALLBACK)] + (f" ({self._fb})" if self._fb > 8 else "")

    def teaser(self) -> str:
        o = self._other()
        if o:
            s = _sentences(str(o.get("summary") or o["article"]))
            if s:
                return s[0]
        return self.headline() + "."

    def photo(self) -> str:
        """A caption sentence: another story's lead image caption, or a stock one."""
        if self.rng.random() < 0.3:
            names = _names(self.body)
            if names:
                return self.rng.choice(("{} phát biểu tại một sự kiện.", "{} trong một lần xuất hiện trước báo giới.",
                                        "Hình ảnh về {} được chia sẻ trên mạng xã hội.", "{} trả lời phỏng vấn báo chí.",
                                        "{} (giữa) cùng các quan chức địa phương.")).format(self.rng.choice(names))
        o = self._other()
        if o and self.rng.random() < 0.7:
            first = _sentences(str(o["article"]))[0]
            if len(first) < 160:
                return first
        return self.rng.choice(("Quang cảnh buổi làm việc.", "Hiện trường vụ việc.", "Ảnh minh họa.",
                                "Toàn cảnh hội nghị.", "Lực lượng chức năng có mặt tại hiện trường.",
                                "Người dân theo dõi tin tức trên điện thoại.", "Một góc thành phố về đêm.",
                                "Các đại biểu tham dự sự kiện.", "Binh sĩ tham gia cuộc diễn tập."))

    def agency(self) -> str:
        return self.rng.choice(_AGENCY)

    def tags(self, n: int = 4) -> list[str]:
        return self.rng.sample(_TAGS, n)

    def date(self, fmt: int) -> str:
        d, mo, y, h, mi = self.day, self.month, self.year, self.hh, self.mm
        wd = ("Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật")[(d + mo * 3 + y) % 7]
        return (f"{wd}, {d}/{mo}/{y}, {h:02d}:{mi:02d} (GMT+7)", f"{d:02d}/{mo:02d}/{y} {h:02d}:{mi:02d} GMT+7",
                f"{wd.upper()}, {d:02d}/{mo:02d}/{y} - {h:02d}:{mi:02d}", f"{h:02d}:{mi:02d} | {d:02d}/{mo:02d}/{y}",
                f"Cập nhật: {h:02d}:{mi:02d} ngày {d:02d}/{mo:02d}/{y}", f"{y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:00+07:00",
                f"Ngày đăng: {d:02d}-{mo:02d}-{y}", f"{d} tháng {mo}, {y} lúc {h}:{mi:02d}")[fmt]

    # --- page building
    def meta(self, line: str) -> None:
        self.lines.append(line)

    def add(self, kind: str, line: str) -> None:
        line = re.sub(r"\s+", " ", line).strip()
        if not line or any(s in line for s in self.body):
            line = "Quảng cáo"
            kind = "widget"
        self.lines.append(line)
        self.furniture.append((kind, line))

    def many(self, kind: str, lines) -> None:
        for line in lines:
            self.add(kind, line)

    def paragraphs(self, lo: int = 1, hi: int = 3) -> list[str]:
        out, i = [], 0
        while i < len(self.body):
            k = self.rng.randint(lo, hi)
            out.append(" ".join(self.body[i:i + k]))
            i += k
        return out

    def story(self, between, lo: int = 1, hi: int = 3, p: float = 0.3) -> None:
        """Write the paragraphs; `between(ctx)` adds furniture after some of them (never after the last)."""
        paras = self.paragraphs(lo, hi)
        for i, para in enumerate(paras):
            self.lines.append(para)
            if i < len(paras) - 1 and self.rng.random() < p:
                between(self)

    def page(self, layout: str) -> Page:
        return Page("\n".join(self.lines), list(self.body), list(self.furniture), layout)


def _photo(c: _Ctx, style: int | None = None) -> None:
    """An image block: caption with or without a credit, in one of the shapes pages use."""
    r = c.rng
    style = r.randrange(6) if style is None else style
    cap = c.photo()
    if style == 0:
        c.add("caption", f"{cap} Ảnh: {c.agency()}")
    elif style == 1:
        c.add("caption", cap)
        c.add("credit", f"Ảnh: {r.choice((c.agency(), c.name(), 'Internet', 'CTV', 'Facebook nhân vật'))}")
    elif style == 2:
        c.add("caption", f"{cap} (Ảnh: {c.name()})")
    elif style == 3:
        c.add("caption", cap)
    elif style == 4:
        c.add("widget", r.choice(("[IMG]", "[image]", "Phóng to", "Ảnh")))
        c.add("caption", cap)
    else:
        c.add("caption", f"{cap} Ảnh: {c.agency()}")
        c.add("credit", f"Ảnh: {c.name()} / {c.agency()}")


def _teaser(c: _Ctx) -> None:
    r = c.rng.randrange(5)
    if r == 0:
        c.add("related", f"Xem thêm: {c.headline()}")
    elif r == 1:
        c.add("related", f">> {c.headline()}")
    elif r == 2:
        c.add("related", c.headline())
    elif r == 3:
        c.add("related", c.teaser())
    else:
        c.add("related", "ĐỌC THÊM")
        c.add("related", c.headline())


# ---------------------------------------------------------------- layouts
def _national_desktop(c: _Ctx) -> None:
    r = c.rng
    c.add("widget", "Mới nhất Tin theo khu vực International")
    c.add("widget", f"Trang chủ {c.section} Góc nhìn Video Podcasts Kinh doanh Khoa học Giải trí")
    c.add("widget", f"{c.section} > {r.choice(('Tư liệu', 'Phân tích', 'Người Việt 5 châu', 'Cuộc sống đó đây'))}")
    c.meta(c.date(0))
    c.meta(c.title)
    _photo(c, r.choice((0, 3)))
    c.story(lambda c: (_photo(c) if c.rng.random() < 0.55 else _teaser(c)), 1, 3, 0.35)
    c.add("byline", c.author_name())
    if r.random() < 0.5:
        c.add("credit", f"Theo {c.agency()}")
    c.add("widget", "Chia sẻ Facebook Twitter Sao chép liên kết")
    c.add("widget", f"Ý kiến ({r.randint(0, 80)})")
    c.add("widget", "Mới nhất Quan tâm nhất Xem thêm")
    c.add("related", "Tin liên quan")
    c.many("related", [c.headline() for _ in range(r.randint(2, 4))])
    c.add("related", "Xem nhiều nhất")
    c.many("related", [f"{i} {c.headline()}" for i in range(1, r.randint(4, 6))])
    c.add("widget", "Tổng biên tập: Phạm Hiếu © Copyright 1997- VnExpress.net, All rights reserved")


def _regional_html2text(c: _Ctx) -> None:
    r = c.rng
    prov = r.choice(("Thanh Hóa", "Nghệ An", "Quảng Ninh", "Cần Thơ", "Đắk Lắk", "Bình Định", "Lào Cai"))
    slug = f"https://baotinh{c.row}.vn"
    c.add("widget", f"[![Báo {prov} điện tử]({slug}/logo.png)]({slug}/)")
    c.add("widget", f"* [Trang chủ]({slug}/) * [Chính trị]({slug}/chinh-tri/) * [{c.section}]({slug}/s/)")
    c.meta(f"# {c.title}")
    c.meta(c.date(r.choice((2, 3))))
    c.add("widget", f"[Facebook](https://facebook.com/sharer?u={slug}/{c.row}) [Zalo](https://zalo.me/share) [In]({slug}/print)")

    def between(c: _Ctx) -> None:
        if c.rng.random() < 0.6:
            c.add("widget", f"![{c.title[:30]}]({slug}/img/{c.rng.randint(100, 999)}.jpg)")
            c.add("caption", f"_{c.photo()}_")
        else:
            c.add("related", f"**Xem thêm:** [{c.headline()}]({slug}/a{c.rng.randint(1000, 9999)}.html)")
    c.story(between, 1, 2, 0.35)
    c.add("byline", f"**{c.author_name().upper()}**")
    c.add("widget", f"Từ khóa: {', '.join(f'[{t}]({slug}/tag/)' for t in c.tags(3))}")
    c.add("related", "## Tin cùng chuyên mục")
    c.many("related", [f"  * [{c.headline()}]({slug}/a{c.rng.randint(1000, 9999)}.html)".strip()
                       for _ in range(r.randint(3, 5))])
    c.add("widget", f"Cơ quan của Đảng bộ, Chính quyền và Nhân dân tỉnh {prov}")
    c.add("widget", "Giấy phép số 123/GP-BTTTT. Ghi rõ nguồn khi phát hành lại thông tin từ website này.")


def _portal_lynx(c: _Ctx) -> None:
    r = c.rng
    prov = r.choice(("Hà Giang", "Yên Bái", "Sóc Trăng", "Kon Tum", "Hậu Giang", "Phú Yên"))
    c.add("widget", f"[1]CỔNG THÔNG TIN ĐIỆN TỬ TỈNH {prov.upper()}")
    c.add("widget", "[2]Giới thiệu [3]Tin tức - Sự kiện [4]Văn bản [5]Dịch vụ công [6]Hỏi đáp")
    c.add("widget", f"Bạn đang ở: [7]Trang chủ > [8]Tin tức - Sự kiện > [9]{c.section}")
    c.meta(c.title)
    c.meta(c.date(6))
    c.add("widget", f"Lượt xem: {r.randint(50, 9000)}")
    c.add("widget", "[10]In bài viết [11]Gửi email [12]Cỡ chữ: A A A")
    c.add("widget", "[13][IMG]")

    def between(c: _Ctx) -> None:
        c.add("widget", f"[{c.rng.randint(14, 30)}][IMG]")
        c.add("caption", c.photo())
    c.story(between, 1, 3, 0.25)
    tail = r.randrange(3)
    if tail == 0:
        c.add("byline", f"{c.author_name()} - Trung tâm Truyền thông tỉnh")
    elif tail == 1:
        c.add("credit", f"Nguồn: Báo {prov}")
    else:
        c.add("byline", c.author_name())
        c.add("credit", f"(Theo {c.agency()})")
    c.add("related", "Các tin khác")
    c.many("related", [f"[{31 + i}]{c.headline()} ({c.day:02d}/{c.month:02d}/{c.year})" for i in range(r.randint(3, 6))])
    c.add("widget", "Thống kê truy cập: Đang online: 57 Tổng lượt truy cập: 1.204.871")
    c.add("widget", f"Cơ quan chủ quản: UBND tỉnh {prov}. Chịu trách nhiệm chính: Chánh Văn phòng UBND tỉnh.")
    c.add("widget", "References")
    c.many("widget", [f"{i}. https://{_slug(prov)}.gov.vn/p{i}" for i in range(1, r.randint(4, 8))])


def _reader_extract(c: _Ctx) -> None:
    r = c.rng
    c.meta(c.title)
    if r.random() < 0.6:
        c.add("byline", f"Tác giả: {c.author_name()}")
    c.meta(c.date(r.choice((1, 4))))
    c.story(lambda c: _photo(c, c.rng.choice((1, 3))), 2, 4, 0.25)
    if r.random() < 0.7:
        c.add("credit", r.choice((f"Nguồn: {c.agency()}", f"Theo {c.agency()}", f"{c.author_name()} (theo {c.agency()})")))
    c.add("widget", f"{r.randint(3, 12)} phút đọc")


def _sports_amp(c: _Ctx) -> None:
    r = c.rng
    c.add("widget", "☰ Menu")
    c.add("widget", "Bóng đá Việt Nam | Ngoại hạng Anh | La Liga | Champions League | Lịch thi đấu")
    c.meta(c.title)
    c.meta(c.date(5))
    c.add("byline", f"Bởi {c.author_name()}")

    def between(c: _Ctx) -> None:
        k = c.rng.randrange(4)
        if k == 0:
            c.add("widget", "Advertisement")
        elif k == 1:
            c.add("caption", f"Video: {c.headline()}")
            c.add("credit", f"Nguồn: {c.rng.choice(('K+', 'VTV6', 'FPT Play', 'YouTube'))}")
        elif k == 2:
            _photo(c, 0)
        else:
            _teaser(c)
    c.story(between, 1, 2, 0.4)
    c.add("widget", "BẢNG XẾP HẠNG | LỊCH THI ĐẤU | KẾT QUẢ")
    c.add("widget", f"Đội  Trận  Điểm | {r.randint(1, 9)}  {r.randint(10, 30)}  {r.randint(10, 60)}")
    c.add("related", "Bài viết liên quan")
    c.many("related", [c.headline() for _ in range(r.randint(2, 4))])
    c.add("widget", "Xem phiên bản đầy đủ")


def _business_mobile(c: _Ctx) -> None:
    r = c.rng
    vn = (r.randint(10, 99), r.randint(0, 9), r.randint(1, 9), r.randint(0, 9), r.randint(1, 9))
    c.add("widget", f"VN-Index 1.0{vn[0]},{vn[1]} ▲ {vn[2]},{vn[3]} (+0,{vn[4]}%)")
    c.add("widget", f"HNX-Index 1{r.randint(10, 99)},{r.randint(10, 99)} ▼ 0,{r.randint(10, 99)}")
    c.meta("CafeBiz" if r.random() < 0.5 else "Nhịp sống kinh tế")
    c.meta(c.title)
    c.meta(c.date(3))
    c.add("widget", "Chia sẻ  Lưu bài")
    c.story(lambda c: (_teaser(c) if c.rng.random() < 0.5 else c.add(
        "widget", c.rng.choice(("Tin vui cho nhà đầu tư: Mở tài khoản chứng khoán online, miễn phí giao dịch trọn đời.",
                                "Quảng cáo", "Đăng ký nhận bản tin tài chính mỗi sáng qua email.")))), 1, 3, 0.35)
    c.add("credit", r.choice((f"Theo {c.agency()}", f"Theo Trí thức trẻ/{c.agency()}", f"Nguồn: {c.agency()}")))
    c.add("related", "TIN CÙNG CHUYÊN MỤC")
    for _ in range(r.randint(2, 4)):
        c.add("related", c.headline())
        c.add("widget", f"{r.randint(1, 59)} phút trước")
    c.add("widget", "Mua bán | Nhà đất | Doanh nghiệp | Tuyển dụng")


def _tech_blog(c: _Ctx) -> None:
    r = c.rng
    c.meta(f"{c.title} – Góc Công Nghệ")
    c.add("byline", f"Đăng bởi {r.choice(('admin', c.author_name(), 'Ban biên tập'))}")
    c.meta(c.date(7))
    c.add("widget", f"Chuyên mục: {c.section}, Tin tức")
    c.story(lambda c: (_photo(c, 3) if c.rng.random() < 0.5 else c.add("widget", "Quảng cáo - Cuộn để tiếp tục đọc")), 1, 4, 0.3)
    c.add("widget", "Chia sẻ bài viết này: Facebook Twitter Pinterest LinkedIn")
    c.add("widget", f"Thẻ: {' '.join('#' + t.replace(' ', '') for t in c.tags(4))}")
    c.add("related", "Có thể bạn quan tâm:")
    c.many("related", [c.headline() for _ in range(3)])
    c.add("widget", f"{r.randint(2, 9)} bình luận")
    for _ in range(r.randint(1, 3)):
        c.add("widget", f"{c.name()} says:")
        c.add("widget", r.choice(("Bài viết rất hay, cảm ơn ad đã chia sẻ thông tin hữu ích.",
                                  "Mình thấy chuyện này cũng bình thường thôi, không có gì phải bàn.",
                                  "Tin này đọc xong thấy lo quá, mong mọi chuyện sớm ổn định.",
                                  "Cho mình hỏi nguồn gốc thông tin này ở đâu vậy?")))
        c.add("widget", "Trả lời")
    c.add("widget", "Để lại một bình luận")
    c.add("widget", "Email của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được đánh dấu *")


def _tv_radio(c: _Ctx) -> None:
    r = c.rng
    vov = r.random() < 0.5
    c.add("widget", "Trực tiếp VOV1 VOV2 VOV3 VOV Giao thông" if vov else "Truyền hình trực tuyến VTV1 VTV2 VTV3 VTV24")
    c.meta("VOV.VN" if vov else "VTV.vn")
    c.meta(c.title)
    c.meta(c.date(r.choice((0, 3))))
    c.add("widget", "Nghe bài viết")
    c.add("widget", f"00:00 / 0{r.randint(1, 6)}:{r.randint(10, 59)}")
    if r.random() < 0.5:
        c.add("caption", f"Video: {c.photo()}")
    c.story(lambda c: _photo(c) if c.rng.random() < 0.6 else _teaser(c), 1, 3, 0.3)
    if vov:
        c.add("byline", f"{c.author_name()}/VOV.VN")
        if r.random() < 0.5:
            c.add("credit", f"Theo {c.agency()}")
    else:
        c.add("byline", f"BTV {c.author_name()}")
        c.add("credit", f"Nguồn: {c.agency()}")
    c.add("widget", "Mời quý độc giả theo dõi các chương trình đã phát sóng của Đài Truyền hình Việt Nam trên TV Online!")
    c.add("related", "Tin cùng chuyên mục")
    c.many("related", [c.headline() for _ in range(r.randint(2, 5))])


def _print_view(c: _Ctx) -> None:
    r = c.rng
    c.add("widget", "Bản in")
    c.meta(r.choice(("Báo Tuổi Trẻ", "Báo Thanh Niên", "Báo Người Lao Động", "Báo Pháp Luật TP.HCM")))
    c.add("widget", f"Địa chỉ bài viết: https://bao.vn/{_slug(c.section)}/{c.row}.htm")
    c.meta(c.title)
    c.meta(c.date(1))
    c.story(lambda c: _photo(c, c.rng.choice((0, 2, 3))), 2, 5, 0.2)
    c.add("byline", c.author_name().upper())
    c.add("widget", f"© {c.year} Bản quyền thuộc về báo. Cấm sao chép dưới mọi hình thức nếu không có sự chấp thuận bằng văn bản.")
    c.add("widget", "In trang này | Đóng cửa sổ")


def _app_share(c: _Ctx) -> None:
    r = c.rng
    c.meta(c.title)
    c.story(lambda c: None, 2, 6, 0.0)
    if r.random() < 0.5:
        c.add("byline", c.author_name())
    c.add("widget", r.choice(("Đọc bài viết đầy đủ trên ứng dụng Báo Mới:", "Được chia sẻ từ ứng dụng Tin nhanh:",
                              "Xem thêm tại:")))
    c.add("widget", f"https://m.tin{c.row}.vn/a/{r.randint(10**6, 10**7)}.epi")
    c.add("widget", "Tải ứng dụng để đọc tin nhanh hơn: App Store | Google Play")


def _aggregator(c: _Ctx) -> None:
    r = c.rng
    c.add("widget", "Báo Mới Tin mới Tin nóng Video Chủ đề Đọc nhiều")
    c.add("widget", f"{c.section} › {r.choice(_TAGS)}")
    c.meta(c.title)
    src = r.choice(("Dân trí", "VnExpress", "Zing", "Vietnamnet", "Người Lao Động", "Tiền Phong"))
    c.meta(f"{src} {c.hh:02d}:{c.mm:02d} {c.day:02d}/{c.month:02d}/{c.year}")
    c.story(lambda c: _photo(c, c.rng.choice((3, 1))), 1, 3, 0.3)
    c.add("byline", c.author_name())
    c.add("widget", "Xem nguồn" if r.random() < 0.5 else f"Đọc bài gốc tại {src}")
    c.add("widget", f"Thích {r.randint(0, 500)} | Bình luận | Chia sẻ")
    c.add("related", "Cùng chủ đề")
    for _ in range(r.randint(2, 4)):
        c.add("related", c.headline())
        c.add("widget", f"{r.choice(('Dân trí', 'Zing', 'VTC News', 'Soha'))} · {r.randint(1, 23)} giờ")
    c.add("related", "Tin nổi bật")
    c.many("related", [c.teaser() for _ in range(2)])


def _forum_thread(c: _Ctx) -> None:
    r = c.rng
    user = r.choice(("hoangtu_bien", "mrbean88", "Lang_thang_99", "tapsu2015", "bacsiquen", "otofun_fan"))
    c.add("widget", "Diễn đàn › Café xã hội › Tin tức trong nước và quốc tế")
    c.meta(c.title)
    c.add("widget", f"Thảo luận trong 'Tin tức' bắt đầu bởi {user}, {c.day}/{c.month}/{c.year}.")
    c.add("widget", f"{c.date(1)} #1")
    c.add("widget", user)
    c.add("widget", f"Thành viên · Bài viết: {r.randint(10, 9000)}")
    c.add("widget", r.choice(("Tin mới các cụ ạ:", "Mời các bác vào hóng", "Em copy bài về đây cho các cụ đọc")))
    c.story(lambda c: c.add("widget", "Bấm để mở rộng..."), 1, 3, 0.1)
    c.add("credit", r.choice((f"Nguồn: {c.agency()}", f"Theo {c.agency()}", f"Link: https://{_slug(c.agency())}.vn/{c.row}")))
    c.add("widget", f"Last edited: {c.day}/{c.month}/{c.year}")
    c.add("widget", "Thích · Trả lời · Báo cáo")
    for n in range(2, r.randint(3, 6)):
        c.add("widget", f"{r.choice(('ga_mo_lua', 'Tuan_Anh', 'bomtan', 'nguoi_qua_duong', 'CuongDolla'))} #{n}")
        c.add("widget", r.choice(("Thế giới ngày càng loạn các cụ nhỉ.", "Hóng diễn biến tiếp theo.", "Cụ thớt cho xin nguồn với.",
                                  "Đọc xong mà thấy buồn cho người dân ở đó.", "Tin này cũ rồi cụ ơi.")))
    c.add("widget", "Bạn phải đăng nhập hoặc đăng ký để trả lời bài viết này.")


def _magazine_longform(c: _Ctx) -> None:
    r = c.rng
    c.meta(c.title.upper())
    writer = c.author_name()
    c.add("byline", f"Bài: {writer} - Ảnh: {c.name()}")
    if r.random() < 0.5:
        c.add("byline", f"Thiết kế: {c.name()}")
    c.meta(c.date(7))
    c.add("widget", "Cuộn xuống để đọc")
    _photo(c, 4)
    c.story(lambda c: (_photo(c, c.rng.choice((1, 2, 3, 4))) if c.rng.random() < 0.7 else c.add("widget", "* * *")), 1, 2, 0.45)
    c.add("byline", f"Nội dung: {writer}")
    c.add("credit", f"Ảnh: {c.name()}, {c.agency()}")
    c.add("widget", "Bình luận")
    c.add("related", r.choice(("Đọc tiếp", "Magazine khác")))
    c.many("related", [c.headline() for _ in range(r.randint(2, 3))])


def _health_law_qa(c: _Ctx) -> None:
    r = c.rng
    c.add("widget", "Đường dây nóng: 0912 345 678 | Email: toasoan@baosuckhoe.vn | Đăng nhập")
    c.add("widget", f"Trang chủ / {r.choice(('Sức khỏe', 'Pháp luật', 'Giáo dục', 'Đời sống'))} / {c.section}")
    c.meta(c.title)
    c.meta(c.date(r.choice((2, 4))))
    c.add("widget", f"Lượt đọc: {r.randint(100, 90000)} | Đánh giá: ★★★★☆")

    def between(c: _Ctx) -> None:
        k = c.rng.randrange(4)
        if k == 0:
            c.add("widget", "Bạn đọc có câu hỏi cần tư vấn xin gửi về email của chuyên mục để được giải đáp.")
        elif k == 1:
            _teaser(c)
        else:
            _photo(c, c.rng.choice((0, 3)))
    c.story(between, 1, 3, 0.3)
    c.add("byline", r.choice((f"{c.author_name()}", f"Luật sư {c.name()}", f"BS. {c.name()}", f"ThS. {c.name()} (tổng hợp)")))
    c.add("widget", "Thông tin trong bài chỉ mang tính tham khảo, không thay thế cho chẩn đoán hoặc điều trị y khoa.")
    c.add("widget", "Bài viết có hữu ích với bạn không? Có Không")
    c.add("widget", "Đăng ký nhận bản tin")
    c.add("widget", "Nhập email của bạn để nhận những tin tức mới nhất mỗi ngày.")
    c.add("related", "Bài viết cùng chủ đề")
    c.many("related", [f"• {c.headline()}" for _ in range(r.randint(2, 4))])


_BUILD = {"national_desktop": _national_desktop, "regional_html2text": _regional_html2text,
          "portal_lynx": _portal_lynx, "reader_extract": _reader_extract, "sports_amp": _sports_amp,
          "business_mobile": _business_mobile, "tech_blog": _tech_blog, "tv_radio": _tv_radio,
          "print_view": _print_view, "app_share": _app_share, "aggregator": _aggregator,
          "forum_thread": _forum_thread, "magazine_longform": _magazine_longform, "health_law_qa": _health_law_qa}


def pages(train_path: Path) -> list[Page]:
    """One page per usable body row, the layout fixed by the row number alone."""
    rows = _read_rows(Path(train_path))
    out = []
    for row in BODY_ROWS:
        if row not in rows:
            continue
        layout = LAYOUTS[random.Random(f"test12-layout:{row}").randrange(len(LAYOUTS))]
        ctx = _Ctx(row, rows[row], rows)
        _BUILD[layout](ctx)
        out.append(ctx.page(layout))
    return out


if __name__ == "__main__":
    import collections
    import sys

    ps = pages(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/vietnews_train.jsonl.gz"))
    kinds = collections.Counter(k for p in ps for k, _ in p.furniture)
    print(len(ps), "pages;", sum(len(p.body) for p in ps), "body sentences;", dict(kinds))
    print(dict(collections.Counter(p.layout for p in ps)))
