"""Held-out cleaner test set 11 (issue 21), written blind. Builds one scraped-page text per VietNews
train row 12,000-12,299 (the story), with related lists and teasers taken from rows 12,300-12,999, in
nineteen layouts (national desktop/mobile, party/army, ministry portal, provincial, finance, tech,
app share-as-text, sports, showbiz, health, overseas, TV/radio, readability extract, aggregator,
legal, blog, magazine, education)."""
from __future__ import annotations

import gzip
import json
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

BODY_ROWS = range(12_000, 12_300)
RELATED_ROWS = range(12_300, 13_000)
KINDS = ("byline", "credit", "caption", "related", "widget")
LAYOUTS = ("national_desktop", "national_mobile", "party_army", "ministry_portal", "provincial",
           "finance", "tech", "app_share", "sports", "showbiz", "health", "overseas", "tv_radio",
           "readability", "aggregator", "legal", "blog", "magazine", "education")
SEED = 21_011


@dataclass
class Page:
    text: str
    body: list[str]
    furniture: list[tuple[str, str]] = field(default_factory=list)
    layout: str = ""


# ---------------------------------------------------------------- reading and splitting
def _rows(train_path: Path) -> dict[int, dict]:
    rows: dict[int, dict] = {}
    with gzip.open(train_path, "rt", encoding="utf-8") as f:
        for n, line in enumerate(f):
            if n >= RELATED_ROWS.stop:
                break
            if n < BODY_ROWS.start or not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(row, dict) and str(row.get("article") or "").strip():
                rows[n] = row
    return rows


_END = re.compile(r'[.!?…]+["”]?\s+')
_ABBR = {"TP", "Tp", "TS", "ThS", "PGS", "GS", "BS", "Mr", "Mrs", "Dr", "St", "v.v", "Th", "Q", "P"}


def sentences(article: str) -> list[str]:
    """Split an article into sentences; pieces under six words join their neighbour."""
    text = " ".join(article.split())
    pieces, start = [], 0
    for m in _END.finditer(text):
        nxt = text[m.end():m.end() + 1]
        before = text[start:m.start()].split()
        last = before[-1].lstrip('("“') if before else ""
        if nxt in '"“(':
            nxt = text[m.end() + 1:].lstrip()[:1]
        if not (nxt.isupper() or nxt.isdigit()) or last in _ABBR or (len(last) == 1 and last.isupper()):
            continue
        pieces.append(text[start:m.end()].strip())
        start = m.end()
    if text[start:].strip():
        pieces.append(text[start:].strip())
    merged: list[str] = []
    for p in pieces:
        if merged and (len(p.split()) < 6 or len(merged[-1].split()) < 6):
            merged[-1] = merged[-1] + " " + p
        else:
            merged.append(p)
    return merged


# ---------------------------------------------------------------- names and wordings
SUR = "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Tạ Lương Trịnh".split()
MID = "Văn Thị Minh Thanh Hữu Đức Ngọc Thu Quang Hồng Xuân Kim Bảo Anh Mạnh Hải".split()
GIV = ("Anh Hà Hùng Dũng Linh Trang Tuấn Nam Hương Long Hải Phương Thảo Quân Sơn Tùng Vy Hiếu Khoa Lan "
       "Tâm Nhung Huy Giang Hạnh Đạt Châu Phúc Yến Thắng Cường Ngân Duy Hoa Khánh Toàn").split()
PLACES = ("Hà Nội", "TP.HCM", "Đà Nẵng", "Hải Phòng", "Cần Thơ", "Quảng Ngãi", "Nghệ An", "Thanh Hóa",
          "Lâm Đồng", "Bình Dương", "Quảng Ninh", "Khánh Hòa", "Đắk Lắk", "An Giang", "Lào Cai", "Huế")
AGENCIES = ("TTXVN", "VnExpress", "Dân trí", "Tuổi Trẻ", "Thanh Niên", "VOV", "VTV", "Người Lao Động",
            "Zing", "Tiền Phong", "Lao Động", "Vietnamnet", "Reuters", "AFP", "Bloomberg", "CNN", "BBC",
            "Nhịp sống kinh tế", "Báo Đầu tư", "Kinh tế & Đô thị", "Pháp luật TP.HCM", "Sức khỏe & Đời sống")


def person(r: random.Random, parts: int | None = None) -> str:
    parts = parts or r.choice((2, 2, 3, 3, 3))
    if parts == 2:
        return f"{r.choice(MID)} {r.choice(GIV)}"
    return f"{r.choice(SUR)} {r.choice(MID)} {r.choice(GIV)}"


def byline(r: random.Random, style: str = "any") -> str:
    n = person(r)
    shapes = {
        "plain": [n, n, f"{person(r, 2)} - {person(r, 2)}", f"{n} (tổng hợp)", "PV", "Nhóm PV"],
        "caps": [n.upper(), f"{person(r, 3).upper()} - {person(r, 2).upper()}", f"Bài và ảnh: {n.upper()}"],
        "agency": [f"{n}/VOV.VN", f"{person(r, 2)}/VOV-{r.choice(('Tây Bắc', 'Đông Bắc', 'Miền Trung', 'Tây Nguyên'))}",
                   f"{n} (TTXVN)", f"{person(r, 2)}/BNEWS/TTXVN", f"{n} - Phóng viên thường trú tại {r.choice(PLACES)}"],
        "labelled": [f"Tác giả: {n}", f"Bài: {n}", f"Bài, ảnh: {n}", f"Tin, ảnh: {person(r, 2)}",
                     f"Bài và ảnh: {n}", f"Thực hiện: {n}", f"Nhóm phóng viên", f"Bởi {n}"],
    }
    if style == "any":
        style = r.choice(tuple(shapes))
    return r.choice(shapes[style])


def credit(r: random.Random) -> str:
    a = r.choice(AGENCIES)
    return r.choice((f"Theo {a}", f"Theo {a}", f"(Theo {a})", f"Nguồn: {a}", f"{a}",
                     f"Theo {r.choice(AGENCIES)}, {r.choice(AGENCIES)}", f"Nguồn tin: {a}",
                     f"Theo Cổng TTĐT {r.choice(PLACES)}", f"Theo báo {a}", f"Bài gốc: {a}",
                     f"Nguồn: Tổng cục Thống kê", f"Theo {a} (link gốc)"))


def photo_credit(r: random.Random) -> str:
    return r.choice((f"Ảnh: {person(r)}", f"Ảnh: {r.choice(AGENCIES)}", "Ảnh: TL", "Ảnh minh họa",
                     "Ảnh: Internet", f"Ảnh: {person(r, 2)}/{r.choice(('TTXVN', 'VOV', 'Vietnam+'))}",
                     "Ảnh: FBNV", "Ảnh: Shutterstock", "(Ảnh minh họa)", f"Ảnh: {person(r).upper()}",
                     f"Đồ họa: {person(r, 2)}", f"Video: {person(r, 2)}", "Nguồn ảnh: Getty Images"))


CAPTIONS = (
    "Quang cảnh buổi làm việc.", "Toàn cảnh hội nghị.", "Các đại biểu tham dự hội thảo.",
    "Lực lượng chức năng có mặt tại hiện trường.", "Hiện trường vụ việc.", "Người dân xếp hàng chờ làm thủ tục.",
    "Phối cảnh dự án.", "Một góc khu đô thị mới.", "Giá xăng dầu tiếp tục biến động trong tuần qua.",
    "Khách hàng giao dịch tại quầy của một ngân hàng.", "Công nhân làm việc tại nhà máy.",
    "Tang vật được cơ quan chức năng thu giữ.", "Đối tượng tại cơ quan công an.", "Nông dân thu hoạch lúa.",
    "Các cầu thủ ăn mừng bàn thắng.", "Pha tranh chấp bóng trong trận đấu.", "Huấn luyện viên chỉ đạo học trò.",
    "Nữ ca sĩ rạng rỡ trong buổi ra mắt sản phẩm mới.", "Bác sĩ thăm khám cho bệnh nhân.",
    "Thí sinh làm thủ tục dự thi.", "Học sinh trong giờ học.", "Chiếc điện thoại mới có thiết kế bắt mắt.",
    "Dòng xe máy mới được giới thiệu tại triển lãm.", "Nước ngập sâu trên nhiều tuyến phố.",
    "Ùn tắc giao thông giờ cao điểm.", "Lãnh đạo hai nước tại buổi hội đàm.", "Sản phẩm được bày bán tại chợ.",
    "Bệnh nhân đang được điều trị tại bệnh viện.", "Buổi lễ diễn ra trang trọng.", "Du khách tham quan.",
    "Hình ảnh cắt từ clip.", "Ảnh chụp màn hình.", "Bị cáo tại phiên tòa.", "Cán bộ chiến sĩ tham gia huấn luyện.",
)


def caption(r: random.Random, credit_style: str = "inline") -> list[str]:
    """One caption, with its photo credit inline, on its own line, or absent."""
    c = r.choice(CAPTIONS)
    if r.random() < 0.3:
        c = r.choice((f"{person(r, 3)} phát biểu tại buổi lễ.", f"Ông {person(r, 3)} trao đổi với phóng viên.",
                      f"Bà {person(r, 3)} chia sẻ tại sự kiện.", f"Một tuyến phố ở {r.choice(PLACES)}.",
                      f"Toàn cảnh {r.choice(PLACES)} nhìn từ trên cao.", f"Ảnh minh họa."))
    if credit_style == "inline" and r.random() < 0.6:
        return [f"{c} {photo_credit(r)}" if r.random() < 0.5 else f"{c} ({photo_credit(r)})"]
    if credit_style == "below" and r.random() < 0.7:
        return [c, photo_credit(r)]
    return [c]


def share_row(r: random.Random) -> list[str]:
    return r.choice((["Chia sẻ", "Facebook", "Zalo", "Copy link"], ["Chia sẻ bài viết"], ["Like 0", "Share"],
                     ["Thích", "Chia sẻ", "Lưu"], ["Gửi bài viết qua email", "In bài viết"],
                     ["Tweet", "Share on Facebook"], [f"{r.randint(0, 300)} bình luận", "Chia sẻ"],
                     ["Chia sẻ Facebook Twitter Email In"]))


def tags(r: random.Random, title: str, label: str = "Tags:") -> list[str]:
    runs, run = [], []
    for w in title.split()[1:] + ["."]:
        w = w.strip(':,."“”()')
        if w[:1].isupper():
            run.append(w)
        else:
            runs += [" ".join(run)] if 2 <= len(run) <= 4 else []
            run = []
    picks = sorted(set(runs))[:3] or [r.choice(("tin tức", "thời sự"))]
    picks += r.sample(("kinh tế", "xã hội", "thời sự", "pháp luật", "giá vàng", "giao thông", "bất động sản"), 2)
    if r.random() < 0.5:
        return [f"{label} {', '.join(picks)}"]
    return [label.rstrip(":"), *picks] if r.random() < 0.5 else [" ".join("#" + p.replace(" ", "") for p in picks)]


COMMENTS = (
    "Bài viết rất hay, cảm ơn tác giả.", "Mong các cơ quan chức năng sớm vào cuộc xử lý nghiêm.",
    "Không biết bao giờ mới giải quyết xong chuyện này.", "Đồng ý với quan điểm của bài báo.",
    "Cần làm rõ trách nhiệm của những người liên quan.", "Giá cả như thế này thì người dân lấy đâu ra tiền.",
    "Ủng hộ, làm được như vậy là quá tốt rồi.", "Tôi thấy thông tin này chưa chính xác lắm.",
    "Hy vọng thời gian tới sẽ có chuyển biến tích cực.", "Đọc mà thấy buồn quá.",
    "Chúc mừng đội tuyển, tiếp tục phát huy nhé!", "Sao không ai chịu trách nhiệm vậy?",
    "Nên học hỏi cách làm của các nước phát triển.", "Thông tin hữu ích, đã lưu lại.",
)


def comments(r: random.Random, n: int, header: str = "Bình luận") -> list[str]:
    out = [header if r.random() < 0.5 else f"{header} ({n})"]
    for _ in range(n):
        out.append(r.choice((person(r), person(r, 2), f"{r.choice(GIV).lower()}{r.randint(80, 99)}", f"{person(r)} - {r.choice(PLACES)}")))
        out.append(r.choice([c for c in COMMENTS if c not in out]))
        out += r.choice((["Trả lời", "Thích"], [f"{r.randint(1, 23)} giờ trước"], [f"Thích ({r.randint(1, 90)})", "Trả lời"], []))
    return out


def headline(r: random.Random, pool: list[dict]) -> str:
    return str(r.choice(pool)["title"]).strip()


def teaser(r: random.Random, pool: list[dict]) -> tuple[str, str]:
    row = r.choice(pool)
    first = sentences(str(row["article"]))[0]
    if len(first) > 220:
        first = first[:200].rsplit(" ", 1)[0] + "..."
    return str(row["title"]).strip(), first


def date_line(r: random.Random, style: str) -> str:
    d, mo, y, h, mi = r.randint(1, 28), r.randint(1, 12), r.choice((2016, 2017, 2018, 2019)), r.randint(6, 22), r.randint(0, 59)
    wd = r.choice(("Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"))
    forms = {
        "vne": f"{wd}, {d}/{mo}/{y}, {h:02d}:{mi:02d} (GMT+7)",
        "num": f"{d:02d}/{mo:02d}/{y} {h:02d}:{mi:02d} GMT+7",
        "party": f"{wd.title()}, {d:02d}/{mo:02d}/{y} - {h:02d}:{mi:02d}",
        "upd": f"Cập nhật: {h:02d}:{mi:02d} ngày {d:02d}/{mo:02d}/{y}",
        "iso": f"{y}-{mo:02d}-{d:02d} {h:02d}:{mi:02d}",
        "pm": f"{d:02d}/{mo:02d}/{y} | {h % 12 or 12}:{mi:02d} {'PM' if h >= 12 else 'AM'}",
        "en": f"{d} tháng {mo} {y}",
        "post": f"Đăng lúc: {h:02d}:{mi:02d} {d:02d}/{mo:02d}/{y}",
    }
    return forms[style]


# ---------------------------------------------------------------- page assembly
class Sheet:
    """Lines of one page: ("head"|"body"|kind, text)."""

    def __init__(self, r: random.Random, title: str, paras: list[list[str]], pool: list[dict]):
        self.r, self.title, self.paras, self.pool = r, title, paras, pool
        self.lines: list[tuple[str, str]] = []

    def head(self, *texts: str) -> None:
        self.lines += [("head", t) for t in texts]

    def add(self, kind: str, *texts: str) -> None:
        self.lines += [(kind, t) for t in texts]

    def related(self, header: str | None, n: int, form: str = "plain") -> None:
        r = self.r
        if header:
            self.add("related", header)
        for i in range(n):
            if form == "teaser":
                t, s = teaser(r, self.pool)
                self.add("related", t, s)
                continue
            h = headline(r, self.pool)
            h = {"plain": h, "bullet": f"• {h}", "num": f"{i + 1} {h}", "arrow": f">> {h}",
                 "dated": f"{h} ({r.randint(1, 28):02d}/{r.randint(1, 12):02d})", "dash": f"- {h}",
                 "xem": f"Xem thêm: {h}", "doc": f"Đọc thêm: {h}", "ago": h}[form]
            self.add("related", h)
            if form == "ago":
                self.add("widget", f"{r.randint(2, 59)} phút trước" if r.random() < 0.5 else f"{r.randint(1, 12)} giờ trước")

    def story(self, between: list[list[tuple[str, str]]]) -> None:
        """Body paragraphs; each block of furniture in `between` goes after a random paragraph."""
        n = len(self.paras)
        slots: dict[int, list[tuple[str, str]]] = {}
        for block in between:
            at = self.r.randint(0, max(0, n - 2))
            slots.setdefault(at, []).extend(block)
        for i, p in enumerate(self.paras):
            self.lines.append(("body", " ".join(p)))
            self.lines += slots.get(i, [])

    def page(self, layout: str) -> Page:
        body = [s for p in self.paras for s in p]
        text_lines, furniture = [], []
        for kind, t in self.lines:
            t = t.strip()
            if not t:
                continue
            if kind in KINDS:
                if t == self.title or any(s in t for s in body):
                    continue
                furniture.append((kind, t))
            text_lines.append(t)
        return Page("\n".join(text_lines), body, furniture, layout)


def cap_block(r: random.Random, style: str = "inline") -> list[tuple[str, str]]:
    lines = caption(r, style)
    out = [("caption", lines[0])]
    out += [("credit", x) for x in lines[1:]]
    return out


def rel_line(r: random.Random, pool: list[dict], fmt: str) -> list[tuple[str, str]]:
    return [("related", fmt.format(headline(r, pool)))]


# ---------------------------------------------------------------- layouts
def national_desktop(s: Sheet) -> None:
    r = s.r
    s.add("widget", *r.choice((["Thời sự", "Góc nhìn", "Thế giới", "Kinh doanh", "Giải trí", "Thể thao", "Pháp luật"],
                               ["Trang chủ", "Mới nhất", "Tin theo khu vực", "International"])))
    s.add("widget", r.choice(("Kinh doanh › Vĩ mô", "Thời sự › Giao thông", "Pháp luật › Hồ sơ phá án", "Thế giới › Tư liệu")))
    s.head(date_line(r, "vne"), s.title)
    if r.random() < 0.3:
        s.add("caption", *caption(r, "inline"))
    mids = [cap_block(r, "inline") for _ in range(r.choice((0, 1, 1, 2)))]
    if r.random() < 0.3:
        mids.append([("widget", r.choice(("googletag.cmd.push(function() { googletag.display('div-gpt-ad-1521');  });",
                                          "Advertisement", "Loading...", "Click để xem ảnh cỡ lớn")))])
    if r.random() < 0.5:
        mids.append(rel_line(r, s.pool, r.choice(("Xem thêm: {}", ">> {}", "{}"))))
    s.story(mids)
    s.add("byline", byline(r, r.choice(("plain", "plain", "labelled"))))
    if r.random() < 0.4:
        s.add("credit", credit(r))
    s.add("widget", *share_row(r))
    s.add("widget", *tags(r, s.title, "Tags:"))
    s.related(r.choice(("Xem nhiều", "Tin liên quan", "Có thể bạn quan tâm")), r.randint(3, 6), r.choice(("plain", "teaser")))
    if r.random() < 0.5:
        s.add("widget", *comments(r, r.randint(1, 3), "Ý kiến"))
    s.add("widget", "Trở lại đầu trang", "© Copyright 1997-2019 Tin tức thời sự, tổng hợp. All rights reserved.")


def national_mobile(s: Sheet) -> None:
    r = s.r
    s.add("widget", "Menu", r.choice(("Tìm kiếm", "Đăng nhập")), r.choice(("Mới nhất", "Tin nóng", "Video")))
    s.head(s.title, date_line(r, "num"))
    s.add("widget", r.choice(("Nghe bài viết", "Nghe đọc bài", "Aa", "Lưu bài")))
    mids = [cap_block(r, "below") for _ in range(r.choice((0, 1, 2)))]
    mids += [[("related", h), ("related", t)] for h, t in [teaser(r, s.pool)] if r.random() < 0.4]
    mids += [[("widget", "QUẢNG CÁO")] for _ in range(r.choice((0, 1)))]
    s.story(mids)
    s.add("byline", byline(r, r.choice(("caps", "plain"))))
    s.add("widget", *r.choice((["Đăng ký nhận tin mới nhất", "Nhập email", "Đăng ký"],
                               ["Theo dõi chúng tôi trên Google News"], ["Tải ứng dụng để đọc tin nhanh hơn"])))
    s.related(r.choice(("Tin cùng chuyên mục", "Đọc tiếp", "Đừng bỏ lỡ")), r.randint(3, 8), r.choice(("plain", "ago")))
    if r.random() < 0.6:
        s.add("widget", *comments(r, r.randint(1, 4), "Bình luận"))
    s.add("widget", r.choice(("Về trang chủ", "Xem bản máy tính", "Lên đầu trang")))


def party_army(s: Sheet) -> None:
    r = s.r
    s.add("widget", r.choice(("Chính trị", "Quốc phòng - An ninh", "Xây dựng Đảng", "Bảo vệ nền tảng tư tưởng của Đảng")))
    s.head(date_line(r, "party"), s.title)
    s.add("widget", *r.choice((["Cỡ chữ:", "A", "A", "A"], ["In bài", "Gửi email"], ["Zalo", "Facebook"])))
    if r.random() < 0.3:
        s.lines += cap_block(r, "below")
    mids = [cap_block(r, r.choice(("inline", "below"))) for _ in range(r.choice((0, 1, 1, 2, 3)))]
    s.story(mids)
    s.add("byline", byline(r, r.choice(("caps", "agency", "labelled"))))
    if r.random() < 0.3:
        s.add("credit", credit(r))
    s.add("widget", *tags(r, s.title, "Từ khóa:"))
    s.related(r.choice(("Tin cùng chuyên mục", "Các tin, bài viết khác", "Tin liên quan")), r.randint(4, 8),
              r.choice(("plain", "dated")))
    s.add("widget", r.choice(("Cơ quan chủ quản: Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam",
                               "Cơ quan của Quân ủy Trung ương và Bộ Quốc phòng, tiếng nói của lực lượng vũ trang.")),
          f"Giấy phép số {r.randint(100, 600)}/GP-BTTTT", "Ghi rõ nguồn khi phát hành lại thông tin từ website này.")


def ministry_portal(s: Sheet) -> None:
    r = s.r
    s.add("widget", "Trang chủ", r.choice(("Giới thiệu", "Tin tức - Sự kiện")), "Văn bản", "Thủ tục hành chính", "Liên hệ")
    s.add("widget", r.choice(("Trang chủ > Tin tức - Sự kiện > Tin hoạt động", "Trang chủ / Tin tức / Tin trong ngành",
                               "Tin tức sự kiện » Hoạt động của lãnh đạo")))
    s.head(s.title, date_line(r, r.choice(("post", "party", "num"))))
    s.add("widget", f"Lượt xem: {r.randint(10, 9000)}")
    s.story([cap_block(r, "inline") for _ in range(r.choice((0, 1)))])
    s.add(*r.choice((("byline", byline(r, "plain")), ("credit", f"Văn phòng Bộ"), ("credit", credit(r)),
                     ("byline", f"Phòng Truyền thông"))))
    s.add("widget", "Các tin khác")
    for _ in range(r.randint(3, 7)):
        s.add("related", f"{headline(r, s.pool)} ({r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2019)")
    s.add("widget", *r.choice((["Xem tiếp"], ["Trở về", "Đầu trang", "In trang"])))
    s.add("widget", "Bản quyền thuộc Cổng thông tin điện tử", f"Địa chỉ: Số {r.randint(1, 90)} {r.choice(('Trần Phú', 'Ngô Quyền', 'Lý Thường Kiệt', 'Hàng Chuối'))}, Hà Nội",
          f"Điện thoại: 024.{r.randint(3700, 3999)}.{r.randint(1000, 9999)}", "Ghi rõ nguồn khi trích dẫn lại thông tin từ trang này.")


def provincial(s: Sheet) -> None:
    r = s.r
    place = r.choice(PLACES)
    s.add("widget", r.choice((f"Báo {place} điện tử", f"BÁO {place.upper()} ONLINE")), "Thời sự", "Kinh tế", "Văn hóa - Xã hội", "Người tốt việc tốt")
    s.head(date_line(r, "upd"), s.title)
    s.add("widget", f"Lượt xem: {r.randint(20, 900)}")
    mids = [cap_block(r, "below") for _ in range(r.choice((0, 1, 2)))]
    s.story(mids)
    s.add("byline", byline(r, r.choice(("caps", "plain", "labelled"))))
    s.related(r.choice(("Tin liên quan:", "Tin, bài liên quan:")), r.randint(2, 5), "dash")
    s.add("widget", "Ý kiến bạn đọc", r.choice(("Chưa có ý kiến nào. Hãy là người đầu tiên bình luận!", "Gửi ý kiến của bạn")),
          "Họ và tên", "Email", "Gửi")
    s.add("widget", f"Cơ quan chủ quản: Tỉnh ủy {place}", "Tổng Biên tập: " + person(r, 3))


def finance(s: Sheet) -> None:
    r = s.r
    s.add("widget", f"VN-INDEX {r.randint(900, 1250)},{r.randint(10, 99)} {r.choice('+-')}{r.randint(1, 15)},{r.randint(10, 99)} ({r.choice('+-')}0,{r.randint(10, 99)}%)",
          f"HNX-INDEX {r.randint(90, 130)},{r.randint(10, 99)}", "Chứng khoán", "Doanh nghiệp", "Tài chính - Ngân hàng", "Bất động sản")
    s.head(s.title, date_line(r, r.choice(("pm", "num"))))
    if r.random() < 0.5:
        s.add("widget", "Chia sẻ")
    mids = [cap_block(r, "inline") for _ in range(r.choice((0, 1)))]
    if r.random() < 0.5:
        mids.append([("related", t) for t in (f"XEM THÊM: {headline(r, s.pool)}",)])
    if r.random() < 0.3:
        mids.append([("widget", "Mời quý độc giả theo dõi chuyên mục tài chính vào các ngày trong tuần.")])
    s.story(mids)
    s.add("credit", credit(r)) if r.random() < 0.7 else s.add("byline", byline(r, "plain"))
    if r.random() < 0.5:
        s.add("widget", f"Mã CK liên quan: {r.choice(('VJC', 'HVN', 'VNM', 'HPG', 'VIC', 'MWG', 'FPT'))}")
    s.related(r.choice(("Cùng chuyên mục", "Tin mới", "Đọc nhiều")), r.randint(4, 8), r.choice(("plain", "teaser", "num")))
    s.add("widget", r.choice(("Đăng ký nhận bản tin chứng khoán hằng ngày", "Trang thông tin điện tử tổng hợp")),
          r.choice(("Liên hệ quảng cáo: 0904.xxx.xxx", "Hotline: 1900 6868")))


def tech(s: Sheet) -> None:
    r = s.r
    s.add("widget", r.choice(("Trang chủ", "Home")), "Mobile", "Thủ thuật", "Internet", "Đồ chơi số")
    s.head(s.title, date_line(r, r.choice(("num", "iso"))))
    s.add("byline", byline(r, r.choice(("plain", "labelled"))))
    mids = [cap_block(r, r.choice(("inline", "none"))) for _ in range(r.choice((0, 1, 2)))]
    if r.random() < 0.5:
        mids.append([("related", "Xem thêm:")] + [("related", f"• {headline(r, s.pool)}") for _ in range(r.randint(1, 3))])
    if r.random() < 0.3:
        mids.append([("caption", "Video giới thiệu sản phẩm."), ("widget", f"0:00 / {r.randint(1, 5)}:{r.randint(10, 59)}")])
    s.story(mids)
    if r.random() < 0.7:
        s.add("credit", r.choice((f"Theo {r.choice(('Engadget', 'The Verge', 'TechCrunch', 'GSMArena', 'PhoneArena'))}", credit(r))))
    s.add("widget", *share_row(r))
    s.add("widget", *tags(r, s.title, "Tags"))
    s.add("widget", r.choice(("Tham gia cộng đồng công nghệ của chúng tôi trên Facebook để cập nhật tin nhanh nhất.",
                               "Bạn nghĩ sao về thông tin này? Hãy để lại bình luận bên dưới.")))
    s.related(r.choice(("Bài viết liên quan", "Có thể bạn quan tâm", "Tin công nghệ mới")), r.randint(3, 6), r.choice(("plain", "teaser")))


def app_share(s: Sheet) -> None:
    r = s.r
    s.head(s.title)
    if r.random() < 0.5:
        s.head(date_line(r, "num"))
    if r.random() < 0.3:
        s.add("widget", r.choice(("[Báo Mới] ", "Đã chia sẻ: ", "Tin từ Zalo: ")) + s.title)
    s.story([[("widget", r.choice(("Quảng cáo", "Tiếp tục đọc bên dưới")))]] if r.random() < 0.3 else [])
    if r.random() < 0.5:
        s.add("credit", credit(r))
    s.add("widget", f"https://m.{r.choice(('thethao247', 'bongda', 'webthethao', 'baomoi'))}.vn/{r.randint(100000, 999999)}.html",
          r.choice(("Đọc tin nhanh, miễn phí trên ứng dụng Báo Mới", "Gửi từ ứng dụng Thể Thao 24h", "Chia sẻ từ ứng dụng của chúng tôi")))
    if r.random() < 0.4:
        s.add("widget", "Tải ứng dụng tại: App Store | Google Play")


def showbiz(s: Sheet) -> None:
    r = s.r
    s.add("widget", r.choice(("Sao", "Showbiz Việt", "Star")), r.choice(("Âm nhạc", "Điện ảnh", "Thời trang", "Hậu trường")))
    s.head(s.title, date_line(r, "num"))
    s.add("byline", r.choice((f"Bài: {person(r, 2)} - Ảnh: {person(r, 2)}", f"Theo {person(r, 2)} | {r.choice(('Ngôi Sao', 'Kenh14', 'Yan'))}", byline(r, "plain"))))
    mids = []
    for _ in range(r.choice((1, 2, 3, 4))):
        mids.append(cap_block(r, r.choice(("inline", "below", "none"))) if r.random() < 0.7 else [("credit", r.choice(("Ảnh: FBNV", "Nguồn: Instagram", "Ảnh: Instagram nhân vật")))])
    if r.random() < 0.4:
        t, x = teaser(r, s.pool)
        mids.append([("related", t), ("related", x)])
    s.story(mids)
    s.add("widget", " ".join(f"#{w}" for w in r.sample(("sao Việt", "showbiz", "hậu trường", "thời trang", "âm nhạc", "phim Việt"), 3)))
    s.add("widget", r.choice(("Bạn cảm thấy thế nào?", "Cảm xúc của bạn")), *r.sample(("Thích", "Yêu", "Haha", "Wow", "Buồn", "Phẫn nộ"), 3))
    s.related(r.choice(("Xem thêm", "Hot trong tuần", "Tin nổi bật")), r.randint(3, 7), r.choice(("plain", "teaser")))
    if r.random() < 0.5:
        s.add("widget", *comments(r, r.randint(1, 5), "Bình luận"))


def health(s: Sheet) -> None:
    r = s.r
    s.add("widget", "Sức khỏe", r.choice(("Dinh dưỡng", "Khỏe đẹp", "Y tế", "Tư vấn")))
    s.head(s.title, date_line(r, r.choice(("vne", "num"))))
    if r.random() < 0.4:
        s.add("byline", f"Tham vấn y khoa: BS. {person(r, 3)}")
    mids = [cap_block(r, "inline") for _ in range(r.choice((0, 1, 2)))]
    if r.random() < 0.5:
        mids.append(rel_line(r, s.pool, r.choice(("Đọc thêm: {}", "Có thể bạn quan tâm: {}"))))
    if r.random() < 0.4:
        mids.append([("widget", r.choice(("Đặt lịch khám", "Hỏi bác sĩ miễn phí", "Tư vấn trực tuyến: 1900 xxxx")))])
    s.story(mids)
    s.add("byline", byline(r, r.choice(("plain", "caps"))))
    if r.random() < 0.5:
        s.add("credit", credit(r))
    s.add("widget", r.choice(("Thông tin trong bài viết chỉ mang tính chất tham khảo, không thay thế cho việc chẩn đoán hoặc điều trị y khoa.",
                               "Mời bạn đọc gửi câu hỏi về chuyên mục để được các chuyên gia giải đáp.")))
    s.related(r.choice(("Bài viết cùng chủ đề", "Tin liên quan")), r.randint(2, 6), r.choice(("plain", "bullet")))


def overseas(s: Sheet) -> None:
    r = s.r
    s.add("widget", r.choice(("Chuyển đến nội dung chính", "Bỏ qua và đến nội dung chính")), r.choice(("Tin chính", "Việt Nam", "Thế giới")), "Diễn đàn", "Podcast")
    s.head(s.title, date_line(r, r.choice(("en", "iso"))))
    s.add("byline", r.choice((f"{person(r)} - Người Việt", f"{person(r, 3)}", f"Phóng viên {person(r, 3)}", f"{person(r, 2)}/RFA")))
    s.add("widget", *r.choice((["Chia sẻ", "Chia sẻ qua email", "In trang này"], ["Chia sẻ trang này"])))
    mids = []
    for _ in range(r.choice((0, 1, 2))):
        mids.append([("caption", r.choice(CAPTIONS)), ("credit", r.choice(("Nguồn hình ảnh, Getty Images", "Nguồn hình ảnh, Reuters", "Hình minh họa", "Ảnh: AFP")))])
    if r.random() < 0.5:
        mids.append([("related", "Có thể bạn quan tâm"), ("related", headline(r, s.pool))])
    s.story(mids)
    if r.random() < 0.6:
        s.add("credit", f"Theo {r.choice(('Reuters', 'AFP', 'AP', 'Reuters, AFP', 'BBC'))}" if r.random() < 0.6 else credit(r))
    s.add("widget", *tags(r, s.title, "Chủ đề liên quan"))
    s.related("Tin liên quan", r.randint(2, 5), "plain")
    if r.random() < 0.6:
        s.add("widget", *comments(r, r.randint(2, 6), "Ý kiến độc giả"))
    s.add("widget", f"© {r.choice((2018, 2019))} {r.choice(('Radio Free Asia', 'Người Việt', 'VOA Tiếng Việt', 'BBC'))}", "Điều khoản sử dụng", "Liên lạc")


def tv_radio(s: Sheet) -> None:
    r = s.r
    s.add("widget", r.choice(("Trực tiếp", "Xem truyền hình trực tuyến")), "Lịch phát sóng", "Video", "Podcast")
    s.head(s.title, date_line(r, r.choice(("party", "num"))))
    if r.random() < 0.5:
        s.add("widget", f"00:00 / 0{r.randint(1, 4)}:{r.randint(10, 59)}")
        s.add("caption", r.choice(("Video: Bản tin thời sự 19h.", "Chương trình Chuyển động 24h.", "Video: Bản tin Chào buổi sáng.")))
    mids = [cap_block(r, "inline") for _ in range(r.choice((0, 1, 2)))]
    if r.random() < 0.4:
        mids.append(rel_line(r, s.pool, r.choice(("VIDEO: {}", "Xem thêm: {}", "* {}"))))
    s.story(mids)
    s.add("byline", byline(r, r.choice(("agency", "plain"))))
    s.add("widget", *share_row(r))
    s.related(r.choice(("Video liên quan", "Tin cùng chuyên mục", "Xem nhiều")), r.randint(3, 6), r.choice(("plain", "ago")))
    s.add("widget", r.choice(("Đài Tiếng nói Việt Nam", "Đài Truyền hình Việt Nam")), "Chịu trách nhiệm chính: " + person(r, 3))


def readability(s: Sheet) -> None:
    r = s.r
    s.head(s.title)
    mids = []
    if r.random() < 0.4:
        mids.append([("caption", r.choice(("Ảnh minh họa", "Ảnh minh họa.", r.choice(CAPTIONS))))])
    s.story(mids)
    if r.random() < 0.7:
        s.add(*r.choice((("byline", byline(r, "plain")), ("credit", credit(r)), ("byline", "P.V"))))
    if r.random() < 0.3:
        s.add("widget", r.choice(("Tags", "Chia sẻ", "Bình luận")))


def aggregator(s: Sheet) -> None:
    r = s.r
    s.add("widget", r.choice(("Báo Mới", "Tin tổng hợp")), "Nóng", "Mới", "Video", "Chủ đề")
    s.head(s.title)
    s.add("credit", r.choice(AGENCIES))
    s.add("widget", f"{r.randint(1, 59)} phút trước" if r.random() < 0.5 else f"{r.randint(1, 23)} giờ trước")
    s.story([[("widget", "Quảng cáo")]] if r.random() < 0.4 else [])
    s.add("widget", "Xem bài gốc", *share_row(r))
    s.related(r.choice(("Tin cùng chủ đề", "Tin nóng", "Cùng nguồn")), r.randint(3, 8), "ago")
    if r.random() < 0.5:
        s.related("Tin mới", r.randint(2, 4), "plain")


def legal(s: Sheet) -> None:
    r = s.r
    s.add("widget", "Pháp luật", r.choice(("An ninh - Trật tự", "Hồ sơ vụ án", "Bạn cần biết", "Tư vấn pháp luật")))
    s.head(date_line(r, "num"), s.title)
    mids = [cap_block(r, "inline") for _ in range(r.choice((0, 1)))]
    if r.random() < 0.5:
        mids.append([("widget", r.choice(("Luật sư tư vấn miễn phí, gọi 1900 6192", "Bạn có vướng mắc pháp lý? Gửi câu hỏi cho chúng tôi.")))])
    if r.random() < 0.5:
        mids.append(rel_line(r, s.pool, ">> {}"))
    s.story(mids)
    s.add("byline", byline(r, r.choice(("caps", "plain"))))
    if r.random() < 0.4:
        s.add("widget", r.choice(("Độc giả có thông tin về vụ việc xin liên hệ đường dây nóng của tòa soạn.",
                                   "Bạn đọc có thể gửi câu hỏi pháp luật về địa chỉ email của chuyên mục.")))
    s.related("Văn bản liên quan" if r.random() < 0.3 else "Tin liên quan", r.randint(2, 6), r.choice(("plain", "bullet")))
    s.add("widget", *share_row(r))


def blog(s: Sheet) -> None:
    r = s.r
    s.add("widget", r.choice(("Trang chủ", "Home")), "Giới thiệu", "Liên hệ")
    s.head(s.title)
    s.add("byline", f"Đăng bởi {r.choice(('admin', 'Ban biên tập', person(r, 2)))} vào lúc {r.randint(1, 12)}:{r.randint(10, 59)} {r.choice(('SA', 'CH'))}")
    mids = [[("caption", r.choice(("Ảnh minh họa", "(ảnh sưu tầm)", "Ảnh: Internet")))]] if r.random() < 0.5 else []
    s.story(mids)
    s.add("credit", r.choice((credit(r), "Sưu tầm", f"(Tổng hợp từ {r.choice(AGENCIES)})")))
    s.add("widget", "Chia sẻ bài này", *tags(r, s.title, "Nhãn:"))
    s.related(r.choice(("Bài viết liên quan", "Bài đăng phổ biến")), r.randint(2, 5), r.choice(("plain", "bullet")))
    s.add("widget", f"{r.randint(0, 5)} nhận xét:", "Đăng nhận xét", "Bài đăng Mới hơn", "Bài đăng Cũ hơn", "Trang chủ",
          "Đăng ký: Đăng Nhận xét (Atom)")


def sports(s: Sheet) -> None:
    r = s.r
    s.add("widget", "Bóng đá Việt Nam", "Bóng đá quốc tế", "Lịch thi đấu", "Kết quả", "Bảng xếp hạng", "Video bàn thắng")
    s.add("widget", r.choice(("Thể thao » Bóng đá Việt Nam", "Trang chủ / Thể thao / Hậu trường")))
    s.head(s.title, date_line(r, r.choice(("num", "pm"))))
    s.add("byline", byline(r, "plain"))
    mids = [cap_block(r, r.choice(("inline", "below"))) for _ in range(r.choice((0, 1, 2)))]
    if r.random() < 0.5:
        mids.append([("related", r.choice(("Đọc thêm", ">> Xem thêm"))), ("related", headline(r, s.pool))])
    if r.random() < 0.3:
        mids.append([("widget", "Kèo nhà cái hôm nay"), ("widget", f"Tỷ lệ: {r.randint(0, 2)}/{r.choice((4, 2))} - Tài xỉu {r.randint(2, 3)} 1/4")])
    s.story(mids)
    if r.random() < 0.5:
        s.add("credit", credit(r))
    s.add("widget", "Bảng xếp hạng V.League", "TT Đội Trận Điểm")
    for i, team in enumerate(r.sample(("Hà Nội FC", "TP.HCM", "Than Quảng Ninh", "SLNA", "HAGL", "Viettel", "Bình Dương", "Thanh Hóa"), 4), 1):
        s.add("widget", f"{i} {team} {r.randint(10, 26)} {r.randint(12, 50)}")
    s.related(r.choice(("Tin thể thao khác", "Tin nổi bật", "Bài viết cùng chuyên mục")), r.randint(3, 6), r.choice(("plain", "bullet", "teaser")))
    if r.random() < 0.5:
        s.add("widget", *comments(r, r.randint(1, 4), "Bình luận"))


def magazine(s: Sheet) -> None:
    r = s.r
    s.add("widget", r.choice(("TẠP CHÍ ĐIỆN TỬ", "Tạp chí Kinh tế & Dự báo", "Tạp chí Tài chính")), f"Số {r.randint(1, 36)}/{r.choice((2017, 2018, 2019))}")
    s.add("widget", r.choice(("Nghiên cứu - Trao đổi", "Diễn đàn", "Chính sách mới", "Phóng sự")))
    s.head(s.title)
    s.add("byline", r.choice((f"{r.choice(('ThS.', 'TS.', 'PGS.TS'))} {person(r, 3)}", f"{person(r, 3)} - {r.choice(('Học viện Tài chính', 'Đại học Kinh tế Quốc dân', 'Viện Kinh tế Việt Nam'))}", byline(r, "labelled"))))
    s.head(date_line(r, r.choice(("num", "party"))))
    mids = [cap_block(r, "below") for _ in range(r.choice((0, 1)))]
    first = s.paras[0][0].split()
    if len(first) > 14 and r.random() < 0.6:  # a pull quote: the start of a story sentence, cut short
        mids.append([("widget", "“" + " ".join(first[:r.randint(7, 11)]).strip('"“” ') + "...”")])
    if r.random() < 0.3:
        mids.append([("caption", f"Bảng {r.randint(1, 3)}: Một số chỉ tiêu chủ yếu giai đoạn 2015-{r.choice((2018, 2019))}"), ("credit", "Nguồn: Tổng cục Thống kê")])
    s.story(mids)
    if r.random() < 0.4:
        s.add("widget", "Tài liệu tham khảo:", f"1. {r.choice(('Chính phủ', 'Bộ Tài chính', 'Ngân hàng Thế giới'))} ({r.choice((2016, 2017, 2018))}), Báo cáo thường niên.",
              f"2. Tổng cục Thống kê ({r.choice((2017, 2018))}), Niên giám thống kê, NXB Thống kê.")
    else:
        s.add("widget", r.choice(("(Còn nữa)", "(Còn tiếp)", "Kỳ sau: Những giải pháp căn cơ")))
    s.add("widget", *r.choice((["Bài viết đăng trên Tạp chí in số 12, tháng 6/2019"], ["Xem bản in", "Tải PDF"])))
    s.related(r.choice(("Các bài viết khác", "Cùng số tạp chí")), r.randint(3, 6), r.choice(("plain", "dated")))


def education(s: Sheet) -> None:
    r = s.r
    s.add("widget", "Giáo dục", "Tuyển sinh", "Du học", "Học đường", "Tra cứu điểm thi")
    s.head(s.title, date_line(r, r.choice(("vne", "upd"))))
    mids = [cap_block(r, "inline") for _ in range(r.choice((0, 1, 2)))]
    if r.random() < 0.5:
        t, x = teaser(r, s.pool)
        mids.append([("related", t), ("related", x)])
    if r.random() < 0.3:
        mids.append([("widget", "Tra cứu điểm chuẩn đại học 2019 nhanh nhất tại đây")])
    s.story(mids)
    s.add("byline", byline(r, r.choice(("plain", "caps"))))
    s.add("widget", *r.choice(("Phụ huynh, học sinh có thắc mắc về tuyển sinh xin gửi câu hỏi về chuyên mục Tư vấn tuyển sinh.",
                               "Mời bạn đọc tham gia bình chọn: Bạn có đồng ý với phương án thi mới?\nCó | Không | Ý kiến khác")).split("\n"))
    s.add("widget", *share_row(r))
    s.related(r.choice(("Tin liên quan", "Đọc nhiều nhất", "Tin giáo dục khác")), r.randint(3, 6), r.choice(("plain", "num", "dash")))


BUILDERS = {name: globals()[name] for name in LAYOUTS}


def paragraphs(r: random.Random, sents: list[str], layout: str) -> list[list[str]]:
    if layout == "app_share" and r.random() < 0.5:
        return [sents]  # share-as-text often keeps the story as one block
    sizes = (1, 2, 3, 4) if layout not in ("readability", "aggregator") else (2, 3, 4, 5)
    out, i = [], 0
    while i < len(sents):
        k = r.choices(sizes, weights=(3, 4, 3, 1) if len(sizes) == 4 and sizes[0] == 1 else (3, 3, 2, 1))[0]
        out.append(sents[i:i + k])
        i += k
    return out


def pages(train_path: Path) -> list[Page]:
    rows = _rows(Path(train_path))
    pool = [rows[n] for n in RELATED_ROWS if n in rows and str(rows[n].get("title") or "").strip()]
    if not pool:
        pool = [{"title": "Tin tức mới nhất trong ngày", "article": "Cập nhật tin tức mới nhất trong ngày hôm nay."}]
    out = []
    for n in BODY_ROWS:
        if n not in rows:
            continue
        r = random.Random(SEED * 100_003 + n)
        row = rows[n]
        title = " ".join(str(row.get("title") or "").split()) or "Tin tức"
        layout = LAYOUTS[(n - BODY_ROWS.start) % len(LAYOUTS)]
        sheet = Sheet(r, title, paragraphs(r, sentences(str(row["article"])), layout), pool)
        BUILDERS[layout](sheet)
        out.append(sheet.page(layout))
    return out


if __name__ == "__main__":
    import sys
    from collections import Counter
    ps = pages(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/vietnews_train.jsonl.gz"))
    kinds = Counter(k for p in ps for k, _ in p.furniture)
    print(f"pages {len(ps)}  body sentences {sum(len(p.body) for p in ps)}  furniture {dict(kinds)}")
    for lay, c in sorted(Counter(p.layout for p in ps).items()):
        print(f"  {lay:18s} {c}")
