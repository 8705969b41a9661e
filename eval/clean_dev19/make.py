"""Blind held-out page set test19 (issue 21): VietNews stories dressed as scraped Vietnamese news pages.

Stdlib only, seeded, deterministic. Each usable row of BODY_ROWS becomes one page in one of LAYOUTS;
related lists, teasers and captions come from other stories (RELATED_ROWS, first 1,200 characters).
"""
from __future__ import annotations

import gzip
import json
import random
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

BODY_ROWS = range(10_300, 10_600)
RELATED_ROWS = range(9_300, 10_000)
RELATED_CHARS = 1_200
SEED = 190_312
KINDS = ("byline", "credit", "caption", "related", "widget")
LAYOUTS = ("desktop_copy", "amp_mobile", "print_view", "text_browser", "reader_mode", "feed_reader",
           "newsletter", "social_repost", "forum_thread", "aggregator_app", "live_blog", "photo_story",
           "video_page", "epaper_pdf", "web_archive", "messaging_forward", "overseas_outlet", "longform_magazine")


@dataclass
class Page:
    text: str
    body: list[str]
    furniture: list[tuple[str, str]] = field(default_factory=list)
    layout: str = ""


SITES = ("VnExpress", "Tuổi Trẻ Online", "Thanh Niên", "Dân trí", "VietNamNet", "Lao Động", "Tiền Phong",
         "Người Lao Động", "Báo Quảng Ninh", "Báo Đồng Nai", "Sài Gòn Giải Phóng", "VOV", "Báo Cần Thơ",
         "Kinh tế & Đô thị", "Báo Nghệ An", "Znews")
OVERSEAS = ("Người Việt", "RFA Tiếng Việt", "VOA Tiếng Việt", "BBC News Tiếng Việt", "Việt Báo Online")
AGENCIES = ("Reuters", "AFP", "AP", "Bloomberg", "CNN", "BBC", "Guardian", "NHK", "Yonhap", "Xinhua",
            "TTXVN", "SCMP", "Nikkei Asia", "Al Jazeera")
SURNAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý")
GIVEN = ("Minh Anh", "Thu Hà", "Quốc Bảo", "Hồng Nhung", "Thanh Tùng", "Ngọc Lan", "Đức Huy", "Phương Thảo",
         "Hải Yến", "Văn Long", "Khánh Linh", "Tuấn Kiệt", "Mỹ Duyên", "Trọng Nghĩa", "Bảo Châu")
SECTIONS = ("Thời sự", "Thế giới", "Kinh doanh", "Pháp luật", "Xã hội", "Giáo dục", "Sức khỏe", "Đời sống",
            "Công nghệ", "Quân sự", "Giải trí", "Du lịch")
FALLBACK_RELATED = (("Giá vàng hôm nay tiếp tục biến động mạnh", "Giá vàng trong nước sáng nay đảo chiều."),
                    ("Hàng nghìn người đổ về lễ hội đầu năm", "Lượng khách tăng gấp đôi so với năm trước."),
                    ("Mưa lớn gây ngập nhiều tuyến phố", "Nhiều phương tiện chết máy giữa đường ngập."))


def _name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + " " + rng.choice(GIVEN)


def _short_name(rng: random.Random) -> str:
    return rng.choice(GIVEN)


def _byline(rng: random.Random) -> str:
    n1, n2 = _short_name(rng), _short_name(rng)
    return rng.choice((
        n1, n1.upper(), f"{n1} - {n2}", f"{_name(rng)} ({rng.choice(AGENCIES)})", f"Bài và ảnh: {_name(rng)}",
        f"{n1} (tổng hợp)", f"Nhóm phóng viên", f"Theo {n1}/{rng.choice(SITES)}", f"{_name(rng).upper()}",
        f"PV", f"Thực hiện: {n1} - {n2}", f"{n1} (từ {rng.choice(('Tokyo', 'Paris', 'Seoul', 'Bắc Kinh'))})",
        f"{n1} - {n2} ({rng.choice(('TTXVN', 'VOV', 'VTV'))})", f"Phóng viên {n1}", f"Ghi chép: {n1}"))


def _credit(rng: random.Random) -> str:
    a, s = rng.choice(AGENCIES), rng.choice(SITES)
    return rng.choice((f"(Theo {a})", f"Theo {s}", f"Nguồn: {a}", f"Lược dịch từ {a}", f"* Bài viết dịch từ {a}.",
                       f"(Theo {a}, {rng.choice(AGENCIES)})", f"Theo {s} - Nguồn bài: {a}", f"Tham khảo: {a}",
                       f"Bài viết được đăng lại với sự đồng ý của {s}.", f"(Nguồn: {s})"))


def _slug(text: str) -> str:
    bare = "".join(c for c in unicodedata.normalize("NFD", text.lower().replace("đ", "d")) if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", bare).strip("-")


def _ellipsis(text: str, rng: random.Random) -> str:
    words = text.split()
    k = rng.randint(6, 14)
    return " ".join(words[:k]) + rng.choice(("…", "...", " …")) if len(words) > k else text


class Related:
    """Titles and opening sentences of other stories, drawn without repeating on one page."""

    def __init__(self, pool: list[tuple[str, str]], rng: random.Random):
        self.items = rng.sample(pool, min(len(pool), 40)) if pool else list(FALLBACK_RELATED)
        self.i = 0

    def next(self) -> tuple[str, str]:
        item = self.items[self.i % len(self.items)]
        self.i += 1
        return item

    def title(self) -> str:
        return self.next()[0]

    def lead(self) -> str:
        sents = _sentences(self.next()[1])
        return sents[0] if sents else self.title()


_ABBREV = re.compile(r"(?:(?<![\w.])[A-ZĐ]|\b(?:TP|Tp|ThS|TS|PGS|GS|BS|St|No|Mr|Mrs|Ms|Dr|Jr|Q|P))\.$")


def _sentences(text: str) -> list[str]:
    """Split at . ! ? followed by space and a capital, quote or digit; merge fragments under 30 chars."""
    out, start = [], 0
    for m in re.finditer(r"[.!?…]+(?:\s*[\"”])?\s+(?=[\"“(\dA-ZÀ-ỸĐ])", text):
        end = m.end()
        if m.group().rstrip().endswith('"') and text[start:m.start()].count('"') % 2 == 0:
            end = m.start() + len(m.group().split('"')[0])  # VietNews ' " ' opens the next quote here
        nxt = text[end:].lstrip()[:1]
        if _ABBREV.search(text[start:m.start() + 1]) or (not nxt.isupper() and not nxt.isdigit() and nxt not in "\"“("):
            continue
        out.append(text[start:end].strip())
        start = end
    if text[start:].strip():
        out.append(text[start:].strip())
    merged: list[str] = []
    for s in out:
        if merged and (len(s) < 30 or len(merged[-1]) < 30):
            merged[-1] += " " + s
        else:
            merged.append(s)
    return merged


_TAIL = re.compile(r"(?<=[.!?…\"”)])\s+([^.!?…]{2,90})$")


def _known_tail(text: str, names: frozenset[str]) -> str:
    """The longest known byline name (2-3 words) the text ends with, or ''."""
    words = text.split()
    for k in (3, 2):
        if len(words) > k and " ".join(words[-k:]) in names:
            return " ".join(words[-k:])
    return ""


def _split_trailers(article: str, names: frozenset[str] = frozenset()) -> tuple[str, list[tuple[str, str]]]:
    """Cut a glued 'Xem thêm: …', byline or '(Theo X)' off the end of a VietNews article.

    `names` are bylines seen elsewhere in the rows: they are also cut off a 'Xem thêm' line and off an
    unpunctuated photo caption glued before them (the caption then goes to furniture too).
    """
    trailers: list[tuple[str, str]] = []
    text = " ".join(article.split())
    idx = text.rfind("Xem thêm:")
    if idx > 0 and (text[:idx].rstrip()[-1:] in ".!?…\"”)" or len(text) - idx < 300):
        more = text[idx:].strip()
        name = _known_tail(more, names)
        if name:
            trailers += [("related", more[:-len(name)].strip()), ("byline", name)]
        else:
            trailers.append(("related", more))
        text = text[:idx].rstrip()
    m = _TAIL.search(text)
    name = _known_tail(text, names) if m and not trailers else ""
    if name and not re.search(r"[.!?…]", m.group(1)[:-len(name)]) and len(m.group(1)) > len(name) + 10:
        caption = m.group(1)[:-len(name)].strip()
        return text[:m.start()].rstrip(), [("caption", caption), ("byline", name)]
    if m:
        tail = m.group(1).strip()
        bare = re.sub(r"\((?:Theo|Nguồn)[^)]*\)", "", tail).strip()
        words = bare.split()
        if tail.startswith(("Theo ", "Nguồn")) and len(tail.split()) <= 6:
            trailers.insert(0, ("credit", tail))
            text = text[:m.start()].rstrip()
        elif bare == "" and tail.startswith("("):
            trailers.insert(0, ("credit", tail))
            text = text[:m.start()].rstrip()
        elif 0 < len(words) <= 5 and all(w[0].isupper() or w in "-–/" for w in words):
            trailers.insert(0, ("byline", tail))
            text = text[:m.start()].rstrip()
    return text, trailers


def _paragraphs(sents: list[str], rng: random.Random) -> list[list[str]]:
    n = min(len(sents), rng.randint(2, 8))
    cuts = sorted(rng.sample(range(1, len(sents)), n - 1)) if n > 1 else []
    bounds = [0] + cuts + [len(sents)]
    return [sents[a:b] for a, b in zip(bounds, bounds[1:])]


def _fault(paras: list[list[str]], rng: random.Random) -> tuple[list[list[str]], str]:
    kind = rng.choice(("", "", "", "nbsp", "zwsp", "double", "nfd", "glue"))

    def touch(s: str, rep: str) -> str:
        spaces = [i for i, c in enumerate(s) if c == " "]
        if not spaces:
            return s
        i = rng.choice(spaces)
        return s[:i] + rep + s[i + 1:]

    if kind in ("nbsp", "zwsp", "double"):
        rep = {"nbsp": "\u00a0", "zwsp": " \u200b", "double": "  "}[kind]
        paras = [[touch(s, rep) if rng.random() < 0.5 else s for s in p] for p in paras]
    elif kind == "glue":
        out = []
        for p in paras:
            if len(p) >= 2 and p[0].endswith(".") and rng.random() < 0.6:
                p = [p[0] + p[1]] + p[2:]
            out.append(p)
        paras = out
    return paras, kind


def _date(rng: random.Random, style: int) -> str:
    y, mo, d, h, mi = rng.randint(2016, 2020), rng.randint(1, 12), rng.randint(1, 28), rng.randint(6, 22), rng.randint(0, 59)
    wd = ("Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật")[rng.randrange(7)]
    return (f"{wd}, {d}/{mo}/{y}, {h:02d}:{mi:02d} (GMT+7)", f"{d:02d}/{mo:02d}/{y} {h:02d}:{mi:02d}",
            f"Cập nhật: {h:02d}:{mi:02d} ngày {d:02d}/{mo:02d}/{y}", f"{y}-{mo:02d}-{d:02d} {h:02d}:{mi:02d}",
            f"{wd.upper()} {d}-{mo}-{y}", f"Đăng lúc {h:02d}:{mi:02d}, {d} tháng {mo}, {y}")[style % 6]


class Builder:
    """Lines of one page, each tagged with its role: title/date/source/body or a furniture kind."""

    def __init__(self, rng: random.Random, rel: Related):
        self.rng, self.rel, self.lines = rng, rel, []

    def add(self, role: str, *texts: str) -> None:
        for t in texts:
            self.lines.append((role, t))

    def w(self, *texts: str) -> None:
        self.add("widget", *texts)

    def r(self, *texts: str) -> None:
        self.add("related", *texts)

    def caption(self) -> None:
        rng, rel = self.rng, self.rel
        lead = rel.lead()
        self.add("caption", rng.choice((
            lead, f"{lead} (Ảnh: {rng.choice(AGENCIES)})", f"{_ellipsis(lead, rng).rstrip('.… ')}. Ảnh: {_name(rng)}",
            f"Ảnh minh họa: {rng.choice(AGENCIES)}", f"{lead} Ảnh: {rng.choice(SITES)}",
            f"{_ellipsis(lead, rng)} (Nguồn: {rng.choice(AGENCIES)})", f"▲ {lead}")))

    def related_block(self) -> None:
        rng, rel = self.rng, self.rel
        style = rng.randrange(5)
        self.r(rng.choice(("Tin liên quan", "TIN LIÊN QUAN", "Bài viết liên quan:", "Có thể bạn quan tâm",
                           "Đọc thêm", "Cùng chuyên mục")))
        n = rng.randint(2, 5)
        if style == 0:
            self.r(" | ".join(rel.title() for _ in range(n)))
        for _ in range(n if style else 0):
            if style == 1:
                self.r(rel.title(), _ellipsis(rel.lead(), rng))
            elif style == 2:
                self.r(f"- {rel.title()} ({rng.choice(SITES)})")
            elif style == 3:
                self.r(f"» {rel.title()}")
            else:
                self.r(rel.title())

    def most_read(self) -> None:
        rng = self.rng
        self.w(rng.choice(("Tin đọc nhiều", "ĐỌC NHIỀU NHẤT", "Xem nhiều", "Tin nổi bật trong ngày")))
        for i in range(rng.randint(3, 5)):
            self.r(f"{i + 1}. {self.rel.title()}" if rng.random() < 0.6 else self.rel.title())

    def inline_more(self) -> None:
        rng = self.rng
        self.r(rng.choice(("Xem thêm: ", "Đọc thêm: ", ">> ", "XEM THÊM: ", "Có thể bạn quan tâm: ")) + self.rel.title())

    def ad(self) -> None:
        rng = self.rng
        self.w(rng.choice((
            "Quảng cáo", "ADVERTISEMENT", "Nội dung được tài trợ",
            "Mua ngay hôm nay để nhận ưu đãi giảm 50% cho khách hàng đăng ký mới trong tháng này.",
            "Vay tiêu dùng lãi suất chỉ từ 0,99%/tháng, giải ngân trong 15 phút, không cần thế chấp.",
            "Cuộn xuống để tiếp tục đọc", "Đăng ký gói đọc báo cao cấp để không còn thấy quảng cáo.",
            "Căn hộ ven sông chỉ từ 1,8 tỷ đồng, ngân hàng hỗ trợ vay đến 70% giá trị.",
            "Bạn đọc có thông tin phản ánh xin gửi về hộp thư toasoan@baomoi24.vn hoặc gọi đường dây nóng.",
            "Mời quý độc giả theo dõi các chương trình đã phát sóng trên ứng dụng truyền hình trực tuyến.",
            "Tải ứng dụng để nhận thông báo tin nóng nhanh nhất.")))

    def poll(self) -> None:
        rng = self.rng
        self.w(rng.choice(("Bình chọn", "THĂM DÒ Ý KIẾN")), rng.choice((
            "Theo bạn, biện pháp này có hiệu quả không?", "Bạn có ủng hộ quyết định này?",
            "Bạn đánh giá thế nào về diễn biến mới nhất?")), "Có", "Không", "Chưa rõ",
            f"Biểu quyết  Xem kết quả ({rng.randint(100, 9000)} lượt)")

    def embed(self) -> None:
        rng = self.rng
        who = rng.choice((("Reuters", "Reuters"), ("AFP News Agency", "AFP"), ("BBC Breaking News", "BBCBreaking")))
        self.w(rng.choice(("Breaking: officials confirm the latest figures, more updates to follow.",
                           "Watch: footage shows the scene shortly after the incident.")),
               f"— {who[0]} (@{who[1]}) {rng.choice(('January', 'March', 'July', 'October'))} {rng.randint(1, 28)}, 2019")

    def share(self) -> None:
        self.w(self.rng.choice(("Chia sẻ Facebook Twitter Email In bài", "Chia sẻ", "Like  Share  Tweet",
                                "Lưu bài | Chia sẻ | Bình luận", "Zalo Facebook Copy link", "Nghe bài viết",
                                "Theo dõi chúng tôi trên Google News")))

    def tags(self) -> None:
        rng = self.rng
        words = rng.sample(("Trung Quốc", "Mỹ", "tai nạn", "kinh tế", "Hà Nội", "TP HCM", "thương mại",
                            "giáo dục", "bầu cử", "Triều Tiên", "giá xăng", "thời tiết", "y tế"), 4)
        form = rng.randrange(3)
        if form == 0:
            self.w("Từ khóa: " + ", ".join(words))
        elif form == 1:
            self.w("Tags", *[f"#{w.replace(' ', '')}" for w in words])
        else:
            self.w("Chủ đề: " + " / ".join(words))

    def comments(self) -> None:
        rng = self.rng
        self.w(rng.choice(("Ý kiến bạn đọc", "Bình luận (12)", "BÌNH LUẬN", "Gửi bình luận của bạn")))
        for _ in range(rng.randint(1, 3)):
            self.w(_name(rng), rng.choice((
                "Đọc xong thấy thương quá, mong mọi người bình an.", "Bài viết rất hay, cảm ơn tác giả.",
                "Chuyện này ở quê tôi cũng xảy ra suốt, chẳng ai quan tâm.", "Cơ quan chức năng cần vào cuộc ngay.",
                "Không biết thông tin này có chính xác không nhỉ?")),
                rng.choice(("Trả lời · Thích · 2 giờ trước", "Thích (5) Trả lời", "12:45 04/01")))

    def footer(self, site: str) -> None:
        rng = self.rng
        self.w(rng.choice((f"© Copyright {site}. All rights reserved.", f"Bản quyền thuộc về {site}",
                           "Giấy phép số 548/GP-BTTTT do Bộ Thông tin và Truyền thông cấp.",
                           "Tổng biên tập: " + _name(rng), "Liên hệ quảng cáo: 0909 123 456",
                           "Chỉ được phát hành lại thông tin từ website này khi có sự đồng ý bằng văn bản.")))


def _body_with(b: Builder, paras: list[list[str]], inner, every: float = 0.5) -> None:
    """Body paragraphs, with inner(b, i) called between paragraphs with probability `every`."""
    for i, p in enumerate(paras):
        b.add("body", " ".join(p))
        if i < len(paras) - 1 and b.rng.random() < every:
            inner(b, i)


def _mixed_inner(b: Builder, i: int) -> None:
    b.rng.choice((b.caption, b.caption, b.caption, b.inline_more, b.inline_more, b.ad, b.ad, b.poll, b.embed))()


def _end(b: Builder, trailers, bylined: bool = True) -> None:
    for kind, line in trailers:
        b.add(kind, line)
    has_byline = any(k == "byline" for k, _ in trailers + b.lines)
    if bylined and not has_byline and b.rng.random() < 0.7:
        b.add("byline", _byline(b.rng))
    if b.rng.random() < 0.35:
        b.add("credit", _credit(b.rng))


def _top_byline(b: Builder, trailers):
    """Put the story's byline (or a new one) up under the title, as many sites do; returns the rest."""
    rest = [(k, t) for k, t in trailers if k != "byline"]
    lines = [t for k, t in trailers if k == "byline"] or [_byline(b.rng)]
    b.add("byline", lines[0].upper() if b.rng.random() < 0.4 else lines[0])
    return rest


def _layout(name: str, b: Builder, title: str, paras, trailers, site: str) -> None:
    rng = b.rng
    sec = rng.choice(SECTIONS)
    date = _date(rng, rng.randrange(6))
    if name == "desktop_copy":
        b.w(f"Mới nhất  {'  '.join(rng.sample(SECTIONS, 6))}", f"Trang chủ > {sec}")
        b.add("title", title)
        if rng.random() < 0.4:
            trailers = _top_byline(b, trailers)
        b.add("date", date); b.share()
        b.caption()
        _body_with(b, paras, _mixed_inner)
        _end(b, trailers); b.tags(); b.related_block(); b.most_read(); b.add("source", site); b.footer(site)
    elif name == "amp_mobile":
        b.add("source", site); b.w("☰", sec)
        b.add("title", title); b.add("date", date)
        if rng.random() < 0.5:
            trailers = _top_byline(b, trailers)
        b.w("Nghe bài viết", "0:00 / 4:12")
        _body_with(b, paras, lambda b, i: b.ad(), 0.6)
        _end(b, trailers)
        b.w("Bài viết cùng chuyên mục"); b.r(" | ".join(b.rel.title() for _ in range(rng.randint(2, 4))))
        b.w("Về trang chủ", "Phiên bản đầy đủ"); b.footer(site)
    elif name == "print_view":
        b.w("In bài viết | Đóng cửa sổ"); b.add("source", site)
        b.add("title", title); b.add("date", date)
        _body_with(b, paras, lambda b, i: b.caption(), 0.5)
        _end(b, trailers)
        if rng.random() < 0.6:
            b.r("Bài viết liên quan:", *[f"- {b.rel.title()}" for _ in range(rng.randint(2, 3))])
        b.w(f"Địa chỉ bài viết: https://{_slug(site).replace('-', '')}.vn/{_slug(sec)}/bai-{rng.randint(10**6, 10**7)}.html",
            rng.choice(("Bản in được tạo tự động.", "Bài viết được in từ trang tin điện tử.")))
    elif name == "text_browser":
        s2, s3 = rng.sample(SECTIONS, 2)
        b.w(f"[1]Trang chủ [2]{s2} [3]{s3} [4]Video [5]Podcast", "[6]Đăng nhập  [7]Tìm kiếm")
        b.add("title", title); b.add("date", date); b.w("* [8]Chia sẻ  * [9]Bình luận")
        b.add("caption", f"[IMG] {b.rel.lead()}")
        _body_with(b, paras, lambda b, i: b.add("caption", rng.choice(("[IMG]", f"[IMG] {b.rel.lead()}"))), 0.4)
        _end(b, trailers)
        b.r(*[f"[{10 + k}]{b.rel.title()}" for k in range(rng.randint(2, 4))])
        b.w("References", *[f"{k}. https://example.vn/{k}" for k in range(1, rng.randint(3, 5))])
    elif name == "reader_mode":
        b.add("source", _slug(site).replace("-", "") + ".vn"); b.add("title", title)
        b.w(rng.choice(("4–5 phút", "Thời gian đọc: 6 phút", "Ước tính 3 phút đọc")))
        b.add("date", date)
        b.caption()
        _body_with(b, paras, lambda b, i: rng.choice((b.caption, b.caption, b.inline_more))(), 0.8)
        _end(b, trailers)
        b.w(f"Bài viết gốc đăng tại {site}. Chúng tôi không chịu trách nhiệm về nội dung trang gốc.")
        b.w(rng.choice(("Xem bản gốc trên web", "Mở trang gốc")))
    elif name == "feed_reader":
        b.add("source", f"{site} - {sec}"); b.add("title", title)
        b.w(f"Đăng bởi {_short_name(rng)} lúc"); b.add("date", date)
        _body_with(b, paras, lambda b, i: rng.choice((b.inline_more, b.caption))(), 0.4)
        _end(b, trailers)
        b.w(f"Danh mục: {sec}, {rng.choice(SECTIONS)}")
        b.w(f"Đọc bài gốc tại {site}", "Gắn sao  Đánh dấu đã đọc  Lưu để đọc sau")
        b.r(*[f"{b.rel.title()} — {rng.choice(SITES)}" for _ in range(rng.randint(2, 3))])
    elif name == "newsletter":
        b.w("Xem email này trên trình duyệt", f"BẢN TIN {rng.choice(('SÁNG', 'TRƯA', 'TỐI'))} | {site.upper()}")
        b.add("date", date); b.w(rng.choice(("Chào bạn,", "Xin chào độc giả thân mến,")),
                                 "Dưới đây là những tin đáng chú ý nhất hôm nay.")
        b.r(*[f"• {b.rel.title()}" for _ in range(rng.randint(2, 3))])
        b.w("TIÊU ĐIỂM"); b.add("title", title)
        _body_with(b, paras, lambda b, i: b.ad(), 0.2)
        _end(b, trailers)
        b.w("Đọc tiếp trên website »", "Bạn nhận được email này vì đã đăng ký nhận bản tin của chúng tôi.",
            "Hủy đăng ký | Cập nhật tùy chọn")
    elif name == "social_repost":
        b.add("source", f"{site}"); b.w(rng.choice(("3 giờ ·", "Hôm qua lúc 21:05 ·", "Được tài trợ ·")))
        b.add("title", f"🔴 {title.upper()}" if rng.random() < 0.5 else title)
        _body_with(b, paras, lambda b, i: None, 0)
        _end(b, trailers, bylined=rng.random() < 0.5)
        b.w(" ".join(f"#{w}" for w in rng.sample(("tinnong", "thoisu", "vietnam", "baochi", "tintuc", "xahoi"), 3)),
            "Xem bản dịch", f"{rng.randint(1, 9)},{rng.randint(1, 9)}K lượt thích  {rng.randint(50, 900)} bình luận  {rng.randint(5, 200)} lượt chia sẻ",
            "Thích  Bình luận  Chia sẻ")
        b.comments()
    elif name == "forum_thread":
        b.w(f"Diễn đàn > Chuyện thời sự > {sec}", f"Thảo luận trong '{sec}' bắt đầu bởi {rng.choice(('tunghn89', 'meomeo_sg', 'dan_da_nang', 'oldman1960'))}")
        b.add("title", title); b.add("date", date)
        b.w(rng.choice(("tunghn89", "meomeo_sg", "xe_om_cong_nghe")), "Thành viên tích cực", f"Bài viết: {rng.randint(100, 9000)}", "#1")
        b.w(rng.choice(("Anh em đọc tin này chưa, copy nguyên văn từ báo:", "Tin mới đây các bác:")))
        _body_with(b, paras, lambda b, i: None, 0)
        _end(b, trailers)
        b.w(f"Nguồn: https://{_slug(site).replace('-', '')}.vn/...", "Last edited: hôm qua", "Like  Trả lời  Báo cáo", "#2")
        b.w(rng.choice(("Chuẩn luôn bác ơi, tin này hot từ sáng.", "Hóng diễn biến tiếp theo.")), "#3",
            "Đợi thêm thông tin chính thức rồi hẵng bàn các cụ ạ.")
    elif name == "aggregator_app":
        b.add("title", title); b.add("source", site); b.w(rng.choice(("5 phút trước", "1 giờ trước", "Hôm qua")))
        b.w("Theo dõi", "Cỡ chữ  A-  A+")
        _body_with(b, paras, _mixed_inner, 0.4)
        _end(b, trailers)
        b.w("Xem nguồn", "Tin cùng chủ đề")
        for _ in range(rng.randint(3, 4)):
            b.r(b.rel.title()); b.w(f"{rng.choice(SITES)} · {rng.randint(2, 50)} phút")
    elif name == "live_blog":
        b.w("TRỰC TIẾP", f"Trang chủ / {sec}"); b.add("title", title); b.add("date", date)
        b.w("Tự động cập nhật: BẬT", "Mới nhất  Cũ nhất")
        h, m = rng.randint(7, 20), rng.randint(0, 59)
        for i, p in enumerate(paras):
            b.w(f"{h:02d}:{m:02d}")
            b.add("body", " ".join(p))
            if rng.random() < 0.3:
                b.caption()
            m += rng.randint(3, 20); h, m = h + m // 60, m % 60
        _end(b, trailers); b.w("Tải thêm cập nhật"); b.related_block()
    elif name == "photo_story":
        b.w(f"Ảnh / {sec}"); b.add("title", title); b.add("date", date)
        b.add("byline", f"Ảnh: {_name(b.rng)}")
        total = len(paras) + rng.randint(1, 4)
        for i, p in enumerate(paras):
            b.w(f"{i + 1}/{total}"); b.caption(); b.add("body", " ".join(p))
        b.caption(); _end(b, trailers, bylined=False)
        b.w("Xem tiếp phóng sự ảnh"); b.r(*[f"{b.rel.title()} (ảnh)" for _ in range(rng.randint(2, 3))])
    elif name == "video_page":
        b.add("source", site + " TV"); b.w("Video đang phát", f"00:00 / 0{rng.randint(1, 9)}:{rng.randint(10, 59)}",
                                             "Tắt tiếng  Toàn màn hình  Chất lượng: 720p")
        b.add("title", title); b.add("date", date); b.w(f"{rng.randint(2, 99)}.{rng.randint(100, 999)} lượt xem")
        _body_with(b, paras, lambda b, i: None, 0)
        _end(b, trailers)
        b.w("Video khác")
        for _ in range(rng.randint(3, 4)):
            b.r(b.rel.title()); b.w(f"0{rng.randint(1, 9)}:{rng.randint(10, 59)}")
    elif name == "epaper_pdf":
        head = f"{site.upper()} SỐ {rng.randint(1, 360)} ({rng.randint(5000, 9999)})"
        b.add("source", head); b.add("date", date); b.w(f"{sec.upper()}", f"Trang {rng.randint(2, 19)}")
        b.add("title", title)
        for i, p in enumerate(paras):
            b.add("body", " ".join(p))
            if i < len(paras) - 1 and rng.random() < 0.35:
                b.w(rng.choice((f"{head} - {sec.upper()}", f"Trang {rng.randint(2, 19)}", "(Xem tiếp trang 7)",
                                f"(Tiếp theo trang {rng.randint(1, 5)})")))
            elif i < len(paras) - 1 and rng.random() < 0.5:
                b.caption()
                if rng.random() < 0.5:
                    b.add("credit", f"Ảnh: {rng.choice(AGENCIES)}")
        _end(b, trailers)
        b.r(rng.choice(("ĐỌC TRÊN SỐ NÀY", "Các bài khác trên trang")), *[f"{b.rel.title()} - Trang {rng.randint(2, 19)}" for _ in range(2)])
        b.w(rng.choice(("Giá: 4.000 đồng", "In tại Công ty in Trần Phú")), "Trang 1/1")
    elif name == "web_archive":
        b.w("The Wayback Machine - https://web.archive.org/web/2019" + str(rng.randint(10**9, 10**10)),
            f"{rng.randint(2, 400)} captures", "Nhảy tới ngày  ABOUT THIS CAPTURE")
        b.add("source", site); b.w(" ".join(rng.sample(SECTIONS, 5)))
        b.add("title", title); b.add("date", date); b.share()
        _body_with(b, paras, _mixed_inner, 0.4)
        _end(b, trailers); b.related_block(); b.footer(site)
    elif name == "messaging_forward":
        b.w(f"[{rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}, {rng.randint(1, 28)}/{rng.randint(1, 12)}/2019] {_name(rng)}:",
            rng.choice(("Chuyển tiếp từ Nhóm Tin Nhanh 24h", "Forwarded message", "Mọi người đọc cái này nhé")))
        b.add("title", title)
        _body_with(b, paras, lambda b, i: None, 0)
        _end(b, trailers, bylined=rng.random() < 0.5)
        b.w(rng.choice(("Tin nhắn đã được chuyển tiếp nhiều lần", "Đã chỉnh sửa")))
        for _ in range(rng.randint(1, 3)):
            b.w(f"[{rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}] {_name(rng)}:")
            b.r(rng.choice(("Thêm tin nữa nè: ", "Cả nhà xem bài này luôn: ", "")) + b.rel.title())
        b.w(f"https://{_slug(site).replace('-', '')}.vn/bai-viet-{rng.randint(10**5, 10**6)}.html",
            rng.choice(("👍 12  ❤️ 3", "Đã xem")), f"{_name(rng)}: {rng.choice(('Ghê quá', 'Tin này thật không vậy?', 'Ok, cảm ơn chị'))}")
    elif name == "overseas_outlet":
        site = rng.choice(OVERSEAS)
        b.add("source", site); b.w(f"Tin {sec}", "Nghe bài này  Chia sẻ  In")
        b.add("title", title); trailers = _top_byline(b, trailers); b.add("date", date)
        b.w(rng.choice(("Hãy ủng hộ báo chí độc lập bằng cách đóng góp cho chúng tôi hôm nay.",
                        "Tin tức được cập nhật liên tục trên ứng dụng di động của chúng tôi.")))
        _body_with(b, paras, _mixed_inner, 0.4)
        _end(b, trailers, bylined=False)
        b.w("Ý kiến bạn đọc", "Quý vị có thể gửi ý kiến bằng cách điền vào mẫu dưới đây.")
        b.related_block(); b.footer(site)
    elif name == "longform_magazine":
        b.add("source", site); b.w(rng.choice(("E-MAGAZINE", "Longform", "Chuyện cuối tuần")))
        b.add("title", title)
        b.add("byline", rng.choice((f"Nội dung: {_name(rng)} | Ảnh: {_name(rng)} | Thiết kế: {_short_name(rng)}",
                                    f"Bài: {_short_name(rng).upper()} - Đồ họa: {_short_name(rng).upper()}")))
        b.add("date", date); b.w("Cuộn xuống để đọc tiếp ↓")
        if rng.random() < 0.5:
            b.r(f"Loạt bài: {b.rel.title()}")
        for i, p in enumerate(paras):
            if i and rng.random() < 0.4:
                b.w(rng.choice((("I", "II", "III", "IV", "V", "VI", "VII")[i - 1], "***", "◆")))
            b.add("body", " ".join(p))
            if i < len(paras) - 1 and rng.random() < 0.4:
                b.caption()
        _end(b, trailers)
        b.r(f"Kỳ tới: {b.rel.title()}" if rng.random() < 0.5 else f"Đón đọc: {b.rel.title()}")
        b.w(rng.choice(("Chia sẻ câu chuyện này", "Quay lại đầu trang ↑")), "Xem thêm các bài E-magazine khác")
        b.footer(site)
    else:
        raise ValueError(name)


def _row(line: str):
    try:
        obj = json.loads(line)
    except ValueError:
        return None
    if not isinstance(obj, dict):
        return None
    title, art = obj.get("title"), obj.get("article")
    if not isinstance(title, str) or not isinstance(art, str) or not title.strip() or not art.strip():
        return None
    return title.strip(), art


def _page(title: str, article: str, layout: str, pool, rng: random.Random, names: frozenset[str]) -> Page | None:
    text, trailers = _split_trailers(article, names)
    sents = _sentences(" ".join(text.split()))
    if not sents:
        return None
    paras, fault = _fault(_paragraphs(sents, rng), rng)
    b = Builder(rng, Related(pool, rng))
    _layout(layout, b, " ".join(title.split()), paras, trailers, rng.choice(SITES))
    body = [s for p in paras for s in p]
    lines = [(role, t.strip()) for role, t in b.lines if t and t.strip()]
    if fault == "nfd":
        body = [unicodedata.normalize("NFD", s) for s in body]
        lines = [(role, unicodedata.normalize("NFD", t)) for role, t in lines]
    # a non-body line may never hold a body sentence (guards accidental overlaps)
    lines = [(role, t) for role, t in lines if role == "body" or not any(s in t for s in body)]
    return Page(text="\n".join(t for _, t in lines), body=body,
                furniture=[(role, t) for role, t in lines if role in KINDS], layout=layout)


def pages(train_path: Path) -> list[Page]:
    """One page per usable row of BODY_ROWS of the gzip JSONL train file, layouts in shuffled rounds."""
    last = max(BODY_ROWS[-1], RELATED_ROWS[-1])
    pool: list[tuple[str, str]] = []
    bodies: list[tuple[int, str, str]] = []
    with gzip.open(train_path, "rt", encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if n > last:
                break
            if n in RELATED_ROWS or n in BODY_ROWS:
                row = _row(line) if line.strip() else None
                if row is None:
                    continue
                if n in RELATED_ROWS:
                    pool.append((" ".join(row[0].split()), row[1][:RELATED_CHARS]))
                else:
                    bodies.append((n, row[0], row[1]))
    names = frozenset(re.sub(r"\s*\((?:Theo|Nguồn)[^)]*\)", "", line) for _, _, art in bodies
                      for kind, line in _split_trailers(art)[1] if kind == "byline")
    out: list[Page] = []
    order: list[str] = []
    for i, (n, title, article) in enumerate(bodies):
        if not order:
            order = list(LAYOUTS)
            random.Random(SEED + i).shuffle(order)
        page = _page(title, article, order.pop(), pool, random.Random(SEED * 7 + n), names)
        if page is not None:
            out.append(page)
    return out


if __name__ == "__main__":
    import sys
    from collections import Counter
    ps = pages(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/vietnews_train.jsonl.gz"))
    print(len(ps), "pages", Counter(p.layout for p in ps))
