"""Held-out cleaner test set 8 (issue 21), written blind.

Builds 300 scraped-looking Vietnamese news pages from VietNews train rows
14,000-14,299 (story bodies) and 14,300-14,999 (other stories' headlines and
teasers), in ten layouts of its own. Each Page records the story's sentences
(body) and every furniture line with its kind. Stdlib only; deterministic.
"""
import gzip
import json
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

BODY_ROWS = range(14_000, 14_300)
RELATED_ROWS = range(14_300, 15_000)
KINDS = ("byline", "credit", "caption", "related", "widget")


@dataclass
class Page:
    text: str                       # whole page, lines joined by "\n"
    body: list[str]                 # the story's sentences, in order
    furniture: list[tuple[str, str]] = field(default_factory=list)  # (kind, exact line)
    layout: str = ""


NAMES = [
    "Nguyễn Văn Hùng", "Trần Thị Mai", "Lê Hoàng Phúc", "Phạm Minh Tuấn", "Hoàng Thu Trang",
    "Vũ Đức Thắng", "Đặng Thanh Hương", "Bùi Quốc Khánh", "Đỗ Ngọc Lan", "Hồ Văn Sơn",
    "Ngô Bảo Châu Anh", "Dương Thị Hạnh", "Lý Minh Khôi", "Trịnh Công Danh", "Mai Phương Thảo",
    "Phan Anh Dũng", "Cao Thị Yến", "Lâm Gia Huy", "Tô Hải Yến", "Hà Quang Vinh",
    "Châu Mỹ Linh", "Kiều Trọng Nghĩa", "Lưu Bích Ngọc", "Tạ Đình Phong", "Quách Thùy Dung",
    "Thái Văn Lộc", "Triệu Khánh Linh", "Võ Thành Nhân", "Huỳnh Như Ý", "La Văn Cường",
    "Nông Thị Xuân", "Đinh Trọng Hiếu", "Mạc Quỳnh Anh", "Khúc Thừa Long", "Hứa Kim Tuyền",
    "Tăng Minh Phụng", "Văn Ngọc Diệp", "Giang Thanh Tùng", "Lục Hoài Nam", "Từ Bảo Trâm",
    "Minh Quân", "Thu Hà", "Gia Bảo", "Hải Đăng", "Thảo Nguyên", "Khánh Vy", "Đức Anh", "Ngọc Trâm",
]
AGENCIES = ["TTXVN", "VNA", "TTXVN/Vietnam+", "VOV", "VTV", "Reuters", "AFP", "AP", "Xinhua",
            "Kyodo", "Yonhap", "Bloomberg", "CNN", "BBC"]
OUTLETS = [
    "Tuổi Trẻ", "Thanh Niên", "VnExpress", "Dân Trí", "Lao Động", "Tiền Phong", "Người Lao Động",
    "VietNamNet", "Sài Gòn Giải Phóng", "Pháp Luật TP.HCM", "Nhân Dân", "Quân đội Nhân dân",
    "Công an Nhân dân", "Giáo dục & Thời đại", "Kinh tế & Đô thị", "Hà Nội Mới", "Báo Đầu tư",
    "VTC News", "Zing News", "Kenh14", "Soha", "Infonet", "Đời sống & Pháp luật", "Vietnam+",
    "Reuters", "AFP", "Nikkei Asia", "South China Morning Post", "The Guardian", "Al Jazeera",
]
CAPTION_PHRASES = [
    "Toàn cảnh buổi làm việc", "Lực lượng chức năng có mặt tại hiện trường",
    "Người dân xếp hàng chờ làm thủ tục", "Quang cảnh phiên họp sáng nay",
    "Đại biểu tham quan khu trưng bày", "Một góc công trình đang thi công",
    "Thí sinh làm thủ tục dự thi", "Cảnh sát giao thông điều tiết tại nút giao",
    "Lãnh đạo thành phố trao quà cho các hộ khó khăn", "Tang vật bị thu giữ",
    "Dòng xe ùn ứ kéo dài hàng cây số", "Nông dân thu hoạch lúa trên cánh đồng",
    "Bệnh nhân được chăm sóc tại khoa hồi sức", "Các đội tuyển ra sân khởi động",
    "Khách du lịch tham quan phố cổ", "Hàng hóa được bày bán tại chợ đầu mối",
    "Đoàn công tác kiểm tra thực địa", "Nhà máy xử lý nước thải đi vào hoạt động",
    "Phút mặc niệm các nạn nhân", "Học sinh trong giờ ra chơi",
]
CAPTION_TAILS = [
    " (Ảnh: {n})", " (Ảnh: {a})", " (Ảnh minh họa: {a})", " (Nguồn: {o})", ". Ảnh: {n}",
    " - Ảnh: {n}/{o}", " | Ảnh: {N}", " (Ảnh: {n} - {o})", ". Ảnh minh họa", " (Ảnh chụp màn hình)",
    ". (Ảnh: {a})", " (Clip: {o})",
]
BYLINE_FORMS = [
    "{N}", "{n} - {m}", "{n} – {m}", "{n}/{m}", "{n} ({a})", "{N} ({a})", "{a}", "({a})",
    "Nhóm PV", "Nhóm PV {o}", "Bài và ảnh: {n}", "Bài và ảnh: {N}", "{n} - {m} ({a})",
    "Phóng viên: {n}", "{n} (thực hiện)", "Tác giả: {n}", "{N} - {M}", "CTV {n}", "PV/{a}",
    "Bài: {n} - Ảnh: {m}", "{n} - {a}",
]
CREDIT_FORMS = [
    "Theo {o}", "Nguồn: {o}", "(Theo {o})", "Theo {a}, {b}", "Bài viết được đăng lại từ báo {o}",
    "Nguồn tin: Báo {o}", "Lược dịch từ {o}", "Theo {a}/{o}", "Trích từ {o}", "Theo báo {o} điện tử",
    "THEO {O}", "Đăng lại với sự đồng ý của {o}", "Tổng hợp từ {a}, {b}, {o}",
]
WIDGETS = [
    "Chia sẻ", "Facebook Twitter Email", "Bình luận ({k})", "Đăng nhập | Đăng ký", "Quảng cáo",
    "Theo dõi chúng tôi trên Google News", "Gửi bình luận", "In bài", "Cỡ chữ A- A+",
    "Lượt xem: {k}", "Ý kiến của bạn", "Bài viết có hữu ích không? Có | Không", "Tải ứng dụng",
    "Đánh giá bài viết: ★★★★☆", "Trở về đầu trang", "Lưu bài viết", "Sao chép liên kết",
    "Zalo | Facebook | Messenger", "Thích {k}", "Trả lời", "Đường dây nóng: 0912 {k} 886",
    "Email: toasoan@baomoi-vn.vn", "Giấy phép số {k}/GP-BTTTT", "Tổng biên tập: {n}",
    "© Bản quyền thuộc về tòa soạn. Ghi rõ nguồn khi phát hành lại thông tin.",
    "Liên hệ quảng cáo", "Đặt báo in", "Xem bản mobile", "Nghe đọc bài viết", "00:00 / 0{d}:{k2}",
    "Đang phát", "Tự động phát video tiếp theo", "Đăng ký nhận bản tin", "Chuyên mục: {sec}",
    "Tags: {sec}, {sec2}", "Từ khóa: {sec}", "Trang chủ > {sec} > {sec2}", "Trang chủ / {sec}",
    "Menu", "Tìm kiếm", "RSS", "Số {k} (ra ngày {dd}/{mm}/{y})", "Tin nổi bật", "Nóng",
    "{k} bình luận", "Sắp xếp theo: Mới nhất | Cũ nhất", "Xem thêm bình luận", "Đóng",
]
SECTIONS = ["Thời sự", "Xã hội", "Thế giới", "Kinh doanh", "Pháp luật", "Giáo dục", "Sức khỏe",
            "Thể thao", "Văn hóa", "Giải trí", "Công nghệ", "Đời sống", "Giao thông", "Bất động sản"]
RELATED_HEADERS = ["Tin liên quan", "TIN LIÊN QUAN", "Đọc thêm", "Xem thêm", "Tin cùng chuyên mục",
                   "Có thể bạn quan tâm", "Tin khác", "Đọc nhiều nhất", "Video liên quan",
                   "Bài viết cùng chủ đề", "Tin mới nhất", "Các tin đã đưa"]
ITEM_FORMS = ["{t}", "• {t}", "- {t}", ">> {t}", "{t} ({dd}/{mm})", "» {t}", "Xem thêm: {t}",
              "Đọc thêm: {t}", "[Video] {t}", "{t} ({k} bình luận)"]
JOINERS = [" | ", " / ", " · ", " - ", " • "]
DATE_FORMS = [
    "{wd}, {dd}/{mm}/{y}, {hh}:{mi} (GMT+7)", "{dd}/{mm}/{y} {hh}:{mi}", "Cập nhật: {hh}:{mi} ngày {dd}/{mm}/{y}",
    "{dd}-{mm}-{y} - {hh}:{mi}", "Ngày {d} tháng {m} năm {y}", "{hh}:{mi} | {dd}/{mm}/{y}",
    "{wd} {dd}/{mm}/{y} - {hh}:{mi}", "Đăng lúc {hh}:{mi} {dd}.{mm}.{y}",
]
WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]
JUNK = ("> >", ">>", "Xem thêm", "Đọc thêm", "Ảnh:", "Video:", "Clip:", "Nguồn:")

_CUT = re.compile(r"(?<=[.?!])\s+")
_START = re.compile(r"[\"'“‘(0-9]|[^\W\d_]")


def _sentences(article: str) -> list[str]:
    """Split one article line into sentences; drop the source's own junk."""
    pieces: list[str] = []
    for part in _CUT.split(" ".join(article.split())):
        if pieces and not (part[:1].isupper() or part[:1].isdigit() or part[:1] in "\"'“‘"):
            pieces[-1] += " " + part
        elif pieces and len(part.split()) < 4:
            pieces[-1] += " " + part
        else:
            pieces.append(part)
    out = []
    for s in pieces:
        if not s or s[-1] not in ".?!\"”'":
            continue
        if any(j in s for j in JUNK) or len(s.split()) < 4:
            continue
        if s.startswith(("Theo ", "(Theo")) and len(s.split()) < 8:
            continue
        if re.search(r"[a-zà-ỹ]\s+[A-ZĐ][a-zà-ỹ]+\s+[A-ZĐ][a-zà-ỹ]+\s*$", s[:-1]) and s.count(" ") < 6:
            continue
        if re.search(r"\b[A-ZĐ][a-zà-ỹ]+ [A-ZĐ][a-zà-ỹ]+ [A-ZĐ][a-zà-ỹ]+[.]?$", s) and not re.search(r"[,;:]\s*\S+ \S+ \S+\.$", s):
            continue  # a name glued at the end of the last sentence
        out.append(s)
    return out


def _rows(train_path: Path) -> tuple[dict[int, dict], dict[int, dict]]:
    bodies: dict[int, dict] = {}
    related: dict[int, dict] = {}
    with gzip.open(train_path, "rt", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i >= RELATED_ROWS.stop:
                break
            line = line.strip()
            if not line or line == "{}" or i < BODY_ROWS.start:
                continue
            row = json.loads(line)
            if not row.get("title") or not row.get("article"):
                continue
            (bodies if i in BODY_ROWS else related)[i] = row
    return bodies, related


class _Gen:
    """Fills furniture templates from one page's random stream."""

    def __init__(self, rng: random.Random, titles: list[str], teasers: list[str], own_title: str):
        self.r = rng
        self.titles = [t for t in titles if t != own_title]
        self.teasers = teasers

    def fill(self, form: str) -> str:
        r = self.r
        n, m = r.sample(NAMES, 2)
        a, b = r.sample(AGENCIES, 2)
        o = r.choice(OUTLETS)
        s1, s2 = r.sample(SECTIONS, 2)
        return form.format(n=n, m=m, N=n.upper(), M=m.upper(), a=a, b=b, o=o, O=o.upper(),
                           k=r.randint(2, 980), k2=r.randint(10, 59), d=r.randint(1, 9),
                           sec=s1, sec2=s2, dd=f"{r.randint(1, 28):02d}", mm=f"{r.randint(1, 12):02d}",
                           y=r.choice([2017, 2018, 2019]))

    def byline(self) -> tuple[str, str]:
        return "byline", self.fill(self.r.choice(BYLINE_FORMS))

    def credit(self) -> tuple[str, str]:
        return "credit", self.fill(self.r.choice(CREDIT_FORMS))

    def caption(self) -> tuple[str, str]:
        return "caption", self.r.choice(CAPTION_PHRASES) + self.fill(self.r.choice(CAPTION_TAILS))

    def widget(self) -> tuple[str, str]:
        return "widget", self.fill(self.r.choice(WIDGETS))

    def headline(self) -> str:
        return self.r.choice(self.titles)

    def item(self) -> tuple[str, str]:
        r = self.r
        roll = r.random()
        if roll < 0.2:
            k = r.randint(2, 4)
            return "related", r.choice(JOINERS).join(r.sample(self.titles, k))
        if roll < 0.4:
            words = r.choice(self.teasers).split()
            cut = " ".join(words[: r.randint(9, 18)]).rstrip(",.;:")
            return "related", cut + r.choice(["…", "...", " ...", " …"])
        return "related", self.fill(r.choice(ITEM_FORMS).replace("{t}", "{{t}}")).format(t=self.headline())

    def header(self) -> tuple[str, str]:
        return "related", self.r.choice(RELATED_HEADERS)

    def related_block(self, n: int) -> list[tuple[str, str]]:
        return [self.header()] + [self.item() for _ in range(n)]


def _date(r: random.Random) -> str:
    d, m, hh, mi = r.randint(1, 28), r.randint(1, 12), r.randint(5, 23), r.randint(0, 59)
    return r.choice(DATE_FORMS).format(wd=r.choice(WEEKDAYS), dd=f"{d:02d}", mm=f"{m:02d}", d=d, m=m,
                                       y=r.choice([2017, 2018, 2019]), hh=f"{hh:02d}", mi=f"{mi:02d}")


def _paragraphs(r: random.Random, sents: list[str]) -> list[str]:
    paras, i = [], 0
    while i < len(sents):
        k = r.randint(1, 4)
        paras.append(" ".join(sents[i:i + k]))
        i += k
    return paras


def _interleave(r: random.Random, paras: list[str], extras: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Body paragraphs with furniture lines put after random paragraphs (never before the first)."""
    out = [("body", p) for p in paras]
    for e in extras:
        out.insert(r.randint(1, max(1, len(out))), e)
    return out


def _layout(name: str, g: _Gen, title: str, date: str, paras: list[str]) -> list[tuple[str, str]]:
    r = g.r
    T, D = ("title", title), ("date", date)
    if name == "portal":          # breadcrumb, title, date, story with captions, CAPS byline, related
        return ([g.widget(), g.widget(), T, D, g.widget()] + _interleave(r, paras, [g.caption()])
                + [g.byline(), g.credit()] + g.related_block(r.randint(3, 5)) + [g.widget(), g.widget()])
    if name == "wire":            # agency story: byline under the date, joined headline row
        return ([T, D, g.byline()] + [("body", p) for p in paras]
                + [g.item(), g.item(), g.widget(), g.widget(), g.widget(), g.widget()])
    if name == "magazine":        # trending teasers above the title, "Bài và ảnh" byline
        return ([g.header(), g.item(), g.item(), T, g.byline(), D]
                + _interleave(r, paras, [g.caption(), g.caption(), g.item()]) + [g.widget(), g.widget(), g.widget()])
    if name == "foreign":         # world desk: credit of foreign outlets last, translator byline
        return ([g.widget(), T, D] + _interleave(r, paras, [g.caption()])
                + [g.byline(), g.credit()] + g.related_block(r.randint(2, 4)) + [g.widget()])
    if name == "photo":           # photo story: captions between every paragraph
        rows = [T, D, g.caption()]
        for p in paras:
            rows += [("body", p), g.caption()] if r.random() < 0.6 else [("body", p)]
        return rows + [g.byline(), g.widget(), g.widget(), g.widget()] + g.related_block(2)
    if name == "mobile":          # AMP: two-name byline over the date, ">>" items at the foot
        return ([g.widget(), T, g.byline(), D] + [("body", p) for p in paras]
                + [g.item() for _ in range(r.randint(3, 5))] + [g.widget(), g.widget(), g.widget()])
    if name == "video":           # video page: player chrome and a video caption under the title
        return ([T, D, g.widget(), g.widget(), g.caption()] + [("body", p) for p in paras]
                + [g.byline()] + g.related_block(r.randint(3, 4)) + [g.widget()])
    if name == "epaper":          # print edition: issue line, agency code alone, print credit
        return ([g.widget(), g.widget(), T, D, ("byline", g.fill(r.choice(["{a}", "({a})", "PV/{a}"])))]
                + _interleave(r, paras, [g.caption()]) + [g.credit(), g.widget(), g.widget(), g.widget()])
    if name == "aggregator":      # credit between title and lead, teasers cut with an ellipsis
        return ([g.widget(), T, g.credit(), D] + [("body", p) for p in paras]
                + [g.header()] + [("related", g.item()[1]) for _ in range(r.randint(3, 5))] + [g.widget()])
    # forum: repost with a byline first, a credit last and a comment thread under it
    return ([g.widget(), T, g.byline(), D] + _interleave(r, paras, [g.item()])
            + [g.credit(), g.widget(), g.widget(), g.widget(), g.widget()])


LAYOUTS = ["portal", "wire", "magazine", "foreign", "photo", "mobile", "video", "epaper", "aggregator", "forum"]


def _fit(g: _Gen, rows: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """8-15 furniture lines; drop trailing related/widget lines or add footer widgets."""
    def count() -> int:
        return sum(k in KINDS for k, _ in rows)
    while count() > 15:
        idx = max(i for i, (k, _) in enumerate(rows) if k in ("related", "widget"))
        del rows[idx]
    while count() < 8:
        rows.append(g.widget())
    return rows


def pages(train_path: Path) -> list[Page]:
    """The test-8 pages, one per usable body row, in row order."""
    bodies, related = _rows(Path(train_path))
    pool = related or bodies
    titles = [row["title"].strip() for _, row in sorted(pool.items())]
    teasers = [s for _, row in sorted(pool.items()) for s in _sentences(row["article"])[:1]] or titles
    out = []
    for idx, row in sorted(bodies.items()):
        r = random.Random(f"test8-{idx}")
        sents = _sentences(row["article"])
        if not sents:
            continue
        n = r.randint(2, 3) if r.random() < 0.1 else r.randint(5, 14)
        sents = sents[:n]
        title = " ".join(row["title"].split())
        g = _Gen(r, titles, teasers, title)
        layout = LAYOUTS[idx % len(LAYOUTS)]
        rows = _fit(g, _layout(layout, g, title, _date(r), _paragraphs(r, sents)))
        body_lines = {t for k, t in rows if k == "body"}
        rows = [(k, t) for k, t in rows
                if k in ("body", "title", "date") or (t.strip() and t not in body_lines and t != title)]
        out.append(Page(text="\n".join(t for _, t in rows), body=sents,
                        furniture=[(k, t) for k, t in rows if k in KINDS], layout=layout))
    return out


if __name__ == "__main__":
    import collections
    import sys
    ps = pages(Path(sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data/vietnews_train.jsonl.gz"))
    kinds = collections.Counter(k for p in ps for k, _ in p.furniture)
    print(f"pages {len(ps)}  body sentences {sum(len(p.body) for p in ps)}  "
          f"short {sum(len(p.body) <= 3 for p in ps)}  furniture {sum(kinds.values())}  {dict(sorted(kinds.items()))}")
    print(dict(collections.Counter(p.layout for p in ps)))
