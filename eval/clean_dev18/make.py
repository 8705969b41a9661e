"""Blind held-out page set test18 (issue 21): scraped Vietnamese news pages with known body and furniture.

Written without reading the cleaner or any other page set. Stdlib only, seeded, deterministic.
Bodies: VietNews train rows BODY_ROWS; related lists, teasers and captions: titles and the first
1,200 characters of RELATED_ROWS. `python eval/clean_test18/make.py TRAIN.jsonl.gz` prints a summary.
"""
from __future__ import annotations

import gzip
import json
import random
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

BODY_ROWS = range(11_300, 11_600)
RELATED_ROWS = range(19_600, 19_997)
RELATED_CHARS = 1_200
SEED = 18_2026
KINDS = ("byline", "credit", "caption", "related", "widget")
LAYOUTS = ("desktop_copy", "mobile_copy", "amp_page", "print_view", "text_browser", "reader_mode",
           "feed_reader", "newsletter", "epaper_ocr", "social_repost", "forum_thread", "aggregator",
           "live_blog", "photo_story", "video_page", "gov_portal", "chat_forward")


@dataclass
class Page:
    text: str
    body: list[str]
    furniture: list[tuple[str, str]] = field(default_factory=list)
    layout: str = ""


# ---------------------------------------------------------------- wordings (written for this set)
SITES = ("Báo Tin Nhanh", "Nhật báo Đông Á", "Thời báo Phương Nam", "Tạp chí Thế giới Hôm nay", "Báo điện tử Sông Hồng",
         "Tin Việt 365", "Người Việt Bốn Phương", "Báo Đất Mũi", "Đài Phát thanh Cao Nguyên", "Kinh tế & Đời sống")
DOMAINS = ("tinnhanh.vn", "dongaonline.com.vn", "thoibaophuongnam.vn", "thegioihomnay.net", "songhong.vn",
           "tinviet365.com", "nguoivietbonphuong.org", "baodatmui.vn", "caonguyenradio.vn", "kinhtedoisong.vn")
SECTIONS = ("Thế giới", "Quốc tế", "Thời sự", "Xã hội", "Kinh doanh", "Pháp luật", "Đời sống", "Khoa học", "Châu Á",
            "Phân tích", "Hồ sơ")
SUBSECTIONS = ("Tư liệu", "Quân sự", "Người Việt năm châu", "Điểm nóng", "Chuyện lạ", "Bình luận quốc tế", "Ngoại giao")
PEOPLE = ("Minh Châu", "Lê Hoàng Vũ", "Phương Thảo", "Trần Quốc Bảo", "Ngọc Ánh", "Đỗ Khải", "Thu Hiền", "Bảo Ngọc",
          "Hà Phương", "Nguyễn Đăng Khoa", "Vân Anh", "Quang Duy", "Thanh Tâm", "Hữu Nghị", "Mai Lan")
AGENCIES = ("Reuters", "AFP", "AP", "TTXVN", "BBC", "Bloomberg", "Kyodo", "Yonhap", "Tân Hoa Xã", "CNN", "Guardian")
WEEKDAYS = ("Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật")
COMMENTERS = ("Hoàng Long", "tuan.nguyen88", "Chị Sáu Sài Gòn", "Minh Trí", "bạn đọc Đức Anh", "lan_phuong", "Ông Ba Hà Đông")
COMMENTS = ("Đọc xong thấy lo lo, mong mọi chuyện sớm ổn định.", "Bài viết rất hay, cảm ơn tác giả đã tổng hợp.",
            "Thông tin này cần kiểm chứng thêm, các bạn đừng vội tin.", "Thế giới bây giờ thật khó lường.",
            "Mong báo cập nhật tiếp diễn biến vụ việc này nhé.", "Chuyện này năm nào cũng nghe, chẳng thấy thay đổi gì.",
            "Ai có link bài gốc tiếng Anh cho mình xin với.", "Quá đúng, tôi đồng ý với ý kiến của bạn phía trên.")
TAGS = ("ngoại giao", "xung đột", "kinh tế thế giới", "chính trị", "an ninh", "Trung Đông", "châu Âu", "Mỹ", "Nga",
        "biến đổi khí hậu", "bầu cử", "nhân quyền", "công nghệ", "Đông Nam Á")
MENU = ("Thời sự", "Thế giới", "Kinh doanh", "Giải trí", "Thể thao", "Pháp luật", "Sức khỏe", "Du lịch", "Giáo dục",
        "Số hóa", "Xe", "Ý kiến", "Tâm sự", "Video", "Podcast", "Bất động sản", "Văn hóa", "Nhịp sống trẻ")
PHOTO_SOURCES = ("Reuters", "AFP", "AP", "Getty Images", "EPA", "Xinhua", "Shutterstock", "Twitter", "Sputnik")
ADS = ("Vay tiêu dùng lãi suất chỉ từ 0,8% mỗi tháng, giải ngân trong ngày, đăng ký ngay hôm nay.",
       "Giảm đến 50% cho tour Đà Lạt mùa hoa, số lượng có hạn.", "Quảng cáo", "QUẢNG CÁO", "Nội dung được tài trợ",
       "Bạn đang tìm căn hộ ven sông với giá chỉ từ 1,8 tỷ đồng? Gọi ngay hotline 0909 123 456.",
       "Ưu đãi sinh nhật: mở tài khoản trực tuyến, nhận ngay 200.000 đồng vào ví.",
       "Khóa học tiếng Anh giao tiếp cho người đi làm, học thử miễn phí 7 ngày.")
NOTICES = ("Bài viết được đăng tải theo thỏa thuận hợp tác nội dung và không phản ánh quan điểm của tòa soạn.",
           "Mọi hình thức sao chép nội dung khi chưa được sự đồng ý bằng văn bản của tòa soạn đều là vi phạm bản quyền.",
           "Vui lòng ghi rõ nguồn khi phát hành lại thông tin từ trang này.",
           "Bạn đọc có thể gửi thông tin, hình ảnh về đường dây nóng của tòa soạn qua số 0243 999 888.",
           "Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn; tiếp tục truy cập nghĩa là bạn đồng ý.",
           "Đăng ký nhận bản tin để không bỏ lỡ những câu chuyện đáng chú ý nhất mỗi sáng.")


def _clean(s: str) -> str:
    return " ".join(s.split())


def _first_sentence(text: str) -> str:
    m = re.search(r"^(.{12,220}?[.!?])(?=\s)", text)
    return m.group(1) if m else text[:140].rsplit(" ", 1)[0] + "…"


# ---------------------------------------------------------------- story text
ABBREV = {"TP.", "St.", "Mr.", "Mrs.", "Dr.", "Th.S", "TS.", "GS.", "PGS.", "Q.", "P.", "No.", "v.v."}


def split_trailer(article: str) -> tuple[str, list[tuple[str, str]]]:
    """Split off what VietNews glues after the last sentence: notes, "Xem thêm", "(Theo X)", bylines."""
    text, tail = _clean(article), []
    m = re.search(r"\s\*\s*([^*]{5,200})$", text) or re.search(r"\s(Bài viết thể hiện quan điểm[^.!?]{0,60}[.!?]?)$", text)
    if m:
        star = "* " if text[m.start():m.start(1)].strip() == "*" else ""
        tail.insert(0, ("widget", star + m.group(1).strip()))
        text = text[:m.start()].strip()
    i = text.rfind(" Xem thêm")
    if i > 0 and len(text) - i < 300:
        tail.insert(0, ("related", text[i:].strip()))
        text = text[:i].strip()
    m = re.search(r"\s\(\s*Theo [^()]{1,80}\)$", text)
    if m:
        tail.insert(0, ("credit", m.group(0).strip()))
        text = text[:m.start()].strip()
    m = (re.search(r"\s((?:Ký tên[,:]?|Thương mến,|Vĩnh biệt,|Thân ái,|Trân trọng,)\s+[^.!?]{2,40})$", text)
         or re.search(r"[.!?…]\s+((?:[A-ZĐ]\.\s?){1,3}[A-ZĐ]\.?)$", text))
    if not m:
        m = re.search(r"[.!?\"”…)]\s+([^.!?\"”…()]{2,60})$", text)
        words = m.group(1).split() if m else []
        named = 1 <= len(words) <= 6 and all(w[:1].isupper() or w in ("-", "–", "/", "&") for w in words)
        signed = text[m.start()] in "!?…" and len(words) <= 4 and words[0][:1].isupper() if m else False
        m = m if named or signed else None
    if m:
        tail.insert(0, ("byline", m.group(1).strip()))
        text = text[:m.start(1)].strip()
    return text, tail


def sentences(text: str) -> list[str]:
    """Split on end punctuation followed by a capital, a quote or a digit; merge very short pieces."""
    toks, out, cur = text.split(), [], []
    for k, tok in enumerate(toks):
        cur.append(tok)
        nxt = toks[k + 1] if k + 1 < len(toks) else ""
        if nxt and tok[-1] in ".!?…" and tok not in ABBREV and (nxt[0].isupper() or nxt[0] in "\"“0123456789"):
            out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    merged: list[list[str]] = []
    for s in out:
        if merged and (len(s) < 4 or len(merged[-1]) < 4):
            merged[-1] = merged[-1] + s
        else:
            merged.append(s)
    return [" ".join(s) for s in merged]


def paragraphs(sents: list[str], rng: random.Random) -> list[list[str]]:
    n = min(len(sents), rng.randint(2, 8))
    cuts = sorted(rng.sample(range(1, len(sents)), n - 1)) if n > 1 else []
    bounds = [0, *cuts, len(sents)]
    return [sents[a:b] for a, b in zip(bounds, bounds[1:])]


def keep_out_of(paras: list[list[str]], other: str) -> list[list[str]]:
    """Merge any sentence found inside `other` (e.g. the title) into a neighbour, so only body lines hold body sentences."""
    flat = [(k, s) for k, p in enumerate(paras) for s in p]
    while len(flat) > 1:
        hit = next((i for i, (_, s) in enumerate(flat) if s in other), None)
        if hit is None:
            break
        j = hit + 1 if hit + 1 < len(flat) else hit - 1
        a, b = sorted((hit, j))
        flat[a:b + 1] = [(flat[a][0], flat[a][1] + " " + flat[b][1])]
    out: list[list[str]] = []
    for k, s in flat:
        if out and out[-1][0] == k:
            out[-1][1].append(s)
        else:
            out.append((k, [s]))
    return [p for _, p in out]


def _inner_fault(s: str, kind: str, rng: random.Random) -> str:
    spaces = [m.start() for m in re.finditer(" ", s)][1:-1]
    if not spaces:
        return s
    i = rng.choice(spaces)
    if kind == "nbsp":
        return s[:i] + "\u00a0" + s[i + 1:]
    if kind == "double":
        return s[:i] + "  " + s[i + 1:]
    return s[:i + 2] + "\u200b" + s[i + 2:]  # zwsp inside a word


def apply_faults(paras: list[list[str]], fault: str, rng: random.Random) -> list[list[str]]:
    if fault in ("nbsp", "double", "zwsp"):
        return [[_inner_fault(s, fault, rng) if rng.random() < 0.4 else s for s in p] for p in paras]
    if fault == "glued":
        out = []
        for p in paras:
            p = list(p)
            if len(p) > 1 and rng.random() < 0.6:
                j = rng.randrange(len(p) - 1)
                if p[j][-1] in ".!?":
                    p[j:j + 2] = [p[j] + p[j + 1]]
            out.append(p)
        return out
    return paras


# ---------------------------------------------------------------- page builder
class Builder:
    def __init__(self, rng: random.Random, title: str, paras: list[list[str]], trailer: list[tuple[str, str]],
                 related: list[tuple[str, str]], site: int):
        self.rng, self.title, self.paras, self.trailer = rng, title, paras, trailer
        self.related, self.site, self.lines = list(related), site, []
        d, mth, h = rng.randint(1, 28), rng.randint(1, 12), rng.randint(5, 22)
        self.d, self.m, self.y, self.h, self.mi = d, mth, rng.choice((2018, 2019, 2020)), h, rng.randint(0, 59)
        own = [line for kind, line in trailer if kind == "byline"]
        plain = own and len(own[0].split()) <= 4 and all(w[:1].isupper() for w in own[0].split())
        self.person = own[0] if plain and not own[0].isupper() else rng.choice(PEOPLE)

    def add(self, role: str, line: str) -> None:
        line = line.strip()
        if line:
            self.lines.append((role, line))

    def rel(self) -> tuple[str, str]:
        if not self.related:
            return "Tin khác đang được cập nhật", "Mời bạn đọc theo dõi các bài viết tiếp theo."
        return self.related.pop()

    def caption(self) -> str:
        """A photo caption from another story: its short opening sentence, else its headline as a sentence."""
        title, lead = self.rel()
        lead = lead if len(lead) <= 140 and not lead.endswith("…") else title.rstrip(".") + "."
        r = self.rng.random()
        src = self.rng.choice(PHOTO_SOURCES)
        if r < 0.3:
            return f"{lead} (Ảnh: {src})"
        if r < 0.45:
            return f"{lead} Ảnh: {src}"
        if r < 0.6:
            return f"Ảnh minh họa: {lead.rstrip('.')}"
        if r < 0.7:
            return f"{lead.rstrip('.')} - Ảnh: {src}"
        return lead.rstrip(".") if r < 0.85 else lead

    def date(self, style: int = 0) -> str:
        d, m, y, h, mi = self.d, self.m, self.y, self.h, self.mi
        wd = WEEKDAYS[(d + m) % 7]
        return (f"{wd}, {d}/{m}/{y}, {h:02d}:{mi:02d} (GMT+7)", f"{d:02d}/{m:02d}/{y} {h:02d}:{mi:02d}",
                f"Cập nhật: {h:02d}:{mi:02d} ngày {d}/{m}/{y}", f"{wd} ngày {d} tháng {m} năm {y}",
                f"{y}-{m:02d}-{d:02d}T{h:02d}:{mi:02d}:00+07:00", f"Ngày đăng: {d:02d}-{m:02d}-{y}")[style]

    def byline(self) -> str:
        """A byline in one of many forms, or "" when the story already ends with its own."""
        p, r = self.person, self.rng.random()
        if any(kind == "byline" for kind, _ in self.trailer):
            return ""
        ag = self.rng.choice(AGENCIES)
        opts = (p, p.upper(), f"{p} (theo {ag})", f"{p} - {self.rng.choice(PEOPLE)}", f"Bài: {p}",
                f"Tác giả: {p}", f"{p} tổng hợp", f"PV {p}", f"Nhóm phóng viên Quốc tế", f"{p} / {ag}",
                f"Bài và ảnh: {p}", f"{p.upper()} ({ag})")
        return opts[int(r * len(opts))]

    def credit(self) -> str:
        ag = self.rng.choice(AGENCIES)
        opts = (f"(Theo {ag})", f"Theo {ag}", f"Nguồn: {ag}", f"(Nguồn: {self.rng.choice(DOMAINS)})",
                f"Theo {ag}, {self.rng.choice(AGENCIES)}", f"- Theo {ag} -", f"Lược dịch từ {ag}",
                f"Bài viết được biên dịch từ {ag}.", f"Tham khảo: {ag}, {self.rng.choice(AGENCIES)}")
        return self.rng.choice(opts)

    def maybe_credit(self) -> None:
        if self.rng.random() < 0.6:
            self.add("credit", self.credit())

    def trailers(self) -> None:
        for kind, line in self.trailer:
            self.add(kind, line)

    def related_block(self, header: str, n: int, lead: float = 0.0, bullet: str = "") -> None:
        if header:
            self.add("widget", header)
        for _ in range(n):
            t, ld = self.rel()
            self.add("related", bullet + t)
            if self.rng.random() < lead:
                self.add("related", ld if self.rng.random() < 0.5 else ld[:90].rsplit(" ", 1)[0] + "…")

    def pipe_related(self, n: int) -> None:
        self.add("related", " | ".join(self.rel()[0] for _ in range(n)))

    def story(self, inserts, rate: float = 0.5, sentence_lines: bool = False) -> None:
        for k, p in enumerate(self.paras):
            if k and inserts and self.rng.random() < rate:
                self.rng.choice(inserts)()
            for line in (p if sentence_lines else [" ".join(p)]):
                self.add("body", line)

    def comments(self, n: int) -> None:
        for _ in range(n):
            self.add("widget", f"{self.rng.choice(COMMENTERS)}: {self.rng.choice(COMMENTS)}")
            if self.rng.random() < 0.5:
                self.add("widget", self.rng.choice(("Trả lời · Thích · 2 giờ trước", "Thích (12) Trả lời",
                                                    f"{self.rng.randint(1, 99)} lượt thích")))


# ---------------------------------------------------------------- layouts
def _desktop(b: Builder) -> None:
    r = b.rng
    b.add("widget", r.choice(("  ", " | ", " · ", " ")).join(["Trang chủ", *r.sample(MENU, r.randint(6, 10))]))
    b.add("widget", f"{r.choice(SECTIONS)} > {r.choice(SUBSECTIONS)}")
    b.add("date", b.date(0))
    b.add("title", b.title)
    b.add("widget", r.choice(("Chia sẻ", "Facebook Twitter Zalo Sao chép liên kết", "Lưu bài viết", "Nghe bài viết 4:12")))
    b.story([lambda: b.add("caption", b.caption()),
             lambda: b.add("related", "Xem thêm: " + b.rel()[0]),
             lambda: b.add("related", ">> " + b.rel()[0]),
             lambda: b.add("widget", r.choice(ADS))], rate=0.7)
    b.trailers()
    b.add("byline", b.byline())
    b.maybe_credit()
    b.add("widget", "Từ khóa: " + ", ".join(r.sample(TAGS, 4)))
    b.add("widget", r.choice(("Bạn có hài lòng với bài viết này?", "Gửi góp ý", "Báo lỗi bài viết")))
    b.related_block(r.choice(("Tin liên quan", "TIN CÙNG CHUYÊN MỤC", "Có thể bạn quan tâm")), 4, lead=0.5)
    b.add("widget", f"Ý kiến ({r.randint(2, 60)})")
    b.comments(2)
    b.related_block("Tin đọc nhiều", 3)
    b.add("widget", f"© Bản quyền thuộc {b.rng.choice(SITES)}. Giấy phép số {r.randint(100, 999)}/GP-BTTTT.")


def _mobile(b: Builder) -> None:
    r = b.rng
    b.add("widget", "☰")
    b.add("source", SITES[b.site])
    b.add("widget", "Đăng nhập")
    b.add("widget", r.choice(SECTIONS))
    b.add("title", b.title)
    b.add("byline", f"{b.person} · {r.randint(1, 11)} giờ trước")
    b.story([lambda: b.add("caption", b.caption()), lambda: b.add("widget", "Quảng cáo"),
             lambda: b.add("related", "ĐỌC THÊM " + b.rel()[0]),
             lambda: b.add("widget", r.choice(ADS))], rate=0.8)
    b.trailers()
    b.maybe_credit()
    b.add("widget", "Theo dõi chúng tôi trên Google News")
    b.related_block("Bài viết cùng chuyên mục", 3, lead=0.3)
    b.add("widget", r.choice(("Xem thêm", "Tải thêm tin")))
    b.add("widget", "Về đầu trang")
    b.add("widget", f"{SITES[b.site]} © {b.y + 5}")


def _amp(b: Builder) -> None:
    r = b.rng
    b.add("source", DOMAINS[b.site])
    b.add("title", b.title)
    b.add("date", b.date(2))
    b.add("widget", r.choice(("Chia sẻ bài viết", "Gửi bài viết qua email")))
    b.story([lambda: b.add("caption", b.caption()), lambda: b.add("widget", "Advertisement"),
             lambda: b.pipe_related(2)], rate=0.6)
    b.trailers()
    b.add("byline", b.byline())
    b.add("credit", b.credit())
    b.related_block(r.choice(("Tin nổi bật", "Đừng bỏ lỡ")), 3, lead=0.6)
    b.add("widget", "Xem phiên bản đầy đủ")
    b.add("widget", "Về trang chủ")


def _print(b: Builder) -> None:
    r = b.rng
    b.add("widget", r.choice(("Bản in", "In trang này", "Phiên bản in")))
    b.add("source", SITES[b.site].upper())
    b.add("widget", f"https://{DOMAINS[b.site]}/{r.choice(('the-gioi', 'quoc-te', 'thoi-su'))}/bai-{r.randint(10**6, 10**7)}.html")
    b.add("title", b.title)
    b.add("date", b.date(1))
    b.story([lambda: b.add("caption", b.caption())], rate=0.6)
    b.trailers()
    b.add("byline", b.byline())
    b.add("credit", b.credit())
    if r.random() < 0.5:
        b.related_block("Các bài viết liên quan:", 2, bullet="- ")
    b.add("widget", "In bài viết | Đóng cửa sổ")
    b.add("widget", f"Địa chỉ: {r.randint(1, 300)} phố Lý Thường Kiệt, Hà Nội. Điện thoại: 024 3{r.randint(100, 999)} {r.randint(1000, 9999)}.")
    b.add("widget", r.choice(NOTICES))


def _text_browser(b: Builder) -> None:
    r = b.rng
    b.add("widget", f"{SITES[b.site]} (p1 of 3)")
    b.add("widget", " ".join(f"[{k + 1}]{m}" for k, m in enumerate(["Trang chủ", *r.sample(MENU, 5)])))
    b.add("widget", "* [7]Đăng nhập   * [8]Tìm kiếm")
    b.add("title", b.title)
    b.add("date", b.date(1))
    b.add("widget", "[9]Facebook [10]Zalo [11]Email")
    n = [12]

    def img():
        b.add("widget", f"[IMG]")
        b.add("caption", b.caption())

    def link():
        b.add("related", f"[{n[0]}]{b.rel()[0]}")
        n[0] += 1
    b.story([img, link], rate=0.6)
    b.trailers()
    b.add("byline", b.byline())
    b.add("widget", "Tin liên quan:")
    for _ in range(3):
        link()
    b.add("widget", "References")
    for k in range(1, 5):
        b.add("widget", f"{k}. https://{DOMAINS[b.site]}/{'chuyen-muc-' + str(k)}")


def _reader(b: Builder) -> None:
    r = b.rng
    b.add("source", DOMAINS[b.site])
    b.add("title", b.title)
    b.add("byline", b.person)
    b.add("widget", f"{r.randint(3, 9)}–{r.randint(10, 14)} phút")
    b.story([lambda: b.add("caption", b.caption()), lambda: b.add("caption", b.caption())], rate=0.8)
    b.trailers()
    b.add("credit", b.credit())
    b.add("caption", b.caption())
    b.add("widget", r.choice(("Đóng chế độ đọc", "Thoát chế độ đọc (Esc)")))
    b.add("widget", r.choice(NOTICES))
    b.related_block("", 2)
    b.add("widget", r.choice(ADS))


def _feed(b: Builder) -> None:
    r = b.rng
    b.add("source", f"{SITES[b.site]} - {r.choice(SECTIONS)}")
    b.add("title", b.title)
    b.add("byline", f"bởi {b.person} · {r.randint(2, 20)} giờ")
    b.add("widget", "Lưu để đọc sau   Đánh dấu đã đọc   Chia sẻ")
    b.story([lambda: b.add("caption", b.caption())], rate=0.5)
    b.trailers()
    b.add("widget", f"Đọc bài gốc trên {DOMAINS[b.site]}")
    b.add("widget", f"Tiếp theo trong {SITES[b.site]}")
    for _ in range(3):
        t, ld = b.rel()
        b.add("related", t)
        b.add("related", ld[:100].rsplit(" ", 1)[0] + "…")
        b.add("widget", f"{r.randint(1, 23)} giờ trước")


def _newsletter(b: Builder) -> None:
    r = b.rng
    b.add("widget", "Xem bản tin trên trình duyệt")
    b.add("source", f"{SITES[b.site]} | Bản tin sáng")
    b.add("date", b.date(3))
    b.add("widget", "Chào bạn, dưới đây là những câu chuyện đáng chú ý nhất hôm nay.")
    b.add("widget", "CÂU CHUYỆN CHÍNH")
    b.add("title", b.title)
    b.story([lambda: b.add("caption", b.caption()), lambda: b.add("widget", r.choice(ADS))], rate=0.5)
    b.trailers()
    b.add("byline", b.byline())
    b.maybe_credit()
    b.add("widget", "CÁC TIN KHÁC TRONG BẢN TIN")
    for k in range(3):
        t, ld = b.rel()
        b.add("related", f"{k + 1}. {t}")
        b.add("related", ld)
    b.add("widget", "Bạn nhận được email này vì đã đăng ký bản tin của chúng tôi.")
    b.add("widget", "Hủy đăng ký | Cập nhật tùy chọn | Chuyển tiếp cho bạn bè")


def _epaper(b: Builder) -> None:
    r = b.rng
    b.add("source", SITES[b.site].upper())
    b.add("widget", f"Số {r.randint(100, 365)} ({r.randint(10000, 30000)}) - {b.date(3)}")
    b.add("widget", f"TRANG {r.randint(2, 16)}  {r.choice(SECTIONS).upper()}")
    b.add("title", b.title.upper() if r.random() < 0.5 else b.title)
    b.add("widget", "(Tiếp theo trang 1)")
    b.story([lambda: b.add("caption", b.caption()), lambda: b.add("widget", f"(Xem tiếp trang {r.randint(3, 20)})"),
             lambda: b.add("widget", r.choice(ADS).upper())], rate=0.6)
    b.trailers()
    b.add("byline", b.byline().upper())
    b.maybe_credit()
    b.add("caption", b.caption())
    b.add("related", f"► {b.rel()[0]} (trang {r.randint(3, 20)})")
    b.add("related", f"► {b.rel()[0]} (trang {r.randint(3, 20)})")
    b.add("widget", f"Tổng biên tập: {r.choice(PEOPLE)} - Giá: {r.choice(('5.000', '6.000', '8.000'))} đồng")


def _social(b: Builder) -> None:
    r = b.rng
    b.add("widget", r.choice(("Tin Nóng 24h", "Hóng Biến Quốc Tế", "Góc Nhìn Thời Sự", "Cộng đồng Đọc Báo Mỗi Ngày")))
    b.add("widget", f"{r.randint(1, 22)} giờ · 🌏")
    b.add("title", "🔴 " + b.title.upper())
    b.story([lambda: b.add("widget", "👉 Đọc tiếp bên dưới"), lambda: b.add("caption", "📷 " + b.caption())],
            rate=0.4, sentence_lines=r.random() < 0.5)
    b.trailers()
    b.add("credit", f"Nguồn: {SITES[b.site]}")
    b.add("widget", " ".join("#" + t.replace(" ", "") for t in r.sample(TAGS, 3)))
    b.add("widget", f"👍❤️😮 {r.randint(1, 9)},{r.randint(1, 9)}K   {r.randint(20, 900)} bình luận   {r.randint(5, 300)} lượt chia sẻ")
    b.add("widget", "Thích   Bình luận   Chia sẻ")
    b.add("widget", "Phù hợp nhất")
    b.comments(3)
    b.add("widget", f"Xem thêm {r.randint(10, 200)} bình luận")


def _forum(b: Builder) -> None:
    r = b.rng
    b.add("widget", f"Diễn đàn > Thời sự - Xã hội > {r.choice(SECTIONS)}")
    b.add("title", b.title)
    b.add("widget", f"Chủ đề trong 'Tin tức quốc tế' bắt đầu bởi {r.choice(COMMENTERS)}, {b.date(1)}.")
    b.add("widget", f"{r.choice(COMMENTERS)}")
    b.add("widget", f"Thành viên tích cực · Bài viết: {r.randint(100, 9000)} · Được thích: {r.randint(10, 5000)}")
    b.add("widget", r.choice(("Mời các bác đọc và thảo luận.", "Tin mới nóng hổi đây các cụ.", "Copy về cho anh em đọc.")))
    b.story([lambda: b.add("caption", b.caption()), lambda: b.add("widget", "[Hình ảnh]")], rate=0.5)
    b.trailers()
    b.add("credit", f"Nguồn: https://{DOMAINS[b.site]}/bai-viet-{r.randint(1000, 99999)}")
    b.add("widget", "Trả lời   Trích dẫn   Thích")
    b.comments(2)
    b.add("widget", "Các chủ đề tương tự")
    for _ in range(3):
        b.add("related", b.rel()[0])
        b.add("widget", f"{r.choice(COMMENTERS)} · Trả lời: {r.randint(1, 80)} · Xem: {r.randint(100, 9000)}")


def _aggregator(b: Builder) -> None:
    r = b.rng
    b.add("widget", "   ".join(r.sample(("Tin mới", "Tin nóng", "Video", "Chủ đề", "Địa phương", "Bóng đá", "Xu hướng"), 5)))
    b.add("title", b.title)
    b.add("source", f"{SITES[b.site]} - {r.randint(2, 50)} phút trước")
    b.add("widget", f"{r.randint(2, 30)} liên quan")
    b.story([lambda: b.add("caption", b.caption()), lambda: b.add("widget", "Đọc bài gốc")], rate=0.4)
    b.trailers()
    b.maybe_credit()
    b.add("widget", f"Xem nguồn: {DOMAINS[b.site]}")
    b.add("widget", "Cùng chủ đề")
    for _ in range(3):
        b.add("related", b.rel()[0])
        b.add("widget", f"{r.choice(SITES)} - {r.randint(1, 12)} giờ trước")
    b.add("widget", "Tin mới nhất")
    b.pipe_related(3)
    b.add("widget", "Tải ứng dụng để đọc tin nhanh hơn")


def _live(b: Builder) -> None:
    r = b.rng
    b.add("widget", r.choice(("TRỰC TIẾP", "🔴 TƯỜNG THUẬT TRỰC TIẾP")))
    b.add("title", b.title)
    b.add("date", b.date(2))
    b.add("widget", "Trang sẽ được cập nhật liên tục. Nhấn F5 để xem diễn biến mới nhất.")
    h, mi = b.h, b.mi
    for k, p in enumerate(b.paras):
        mi += r.randint(3, 40)
        h, mi = (h + mi // 60) % 24, mi % 60
        b.add("widget", f"{h:02d}:{mi:02d}")
        if r.random() < 0.3:
            b.add("caption", b.caption())
        b.add("body", " ".join(p))
    b.trailers()
    b.add("byline", b.byline())
    b.maybe_credit()
    b.add("widget", "Bạn nghĩ gì về diễn biến này?")
    b.add("widget", r.choice(("Đồng tình", "Lo ngại")) + " · " + "Không quan tâm")
    b.related_block(r.choice(("Tin đọc nhiều", "ĐỌC NHIỀU NHẤT")), 4, bullet=r.choice(("", "• ", "- ")))


def _photo(b: Builder) -> None:
    r = b.rng
    b.add("widget", "Ảnh")
    b.add("title", b.title)
    b.add("date", b.date(0))
    total = len(b.paras) + 1
    for k, p in enumerate(b.paras):
        b.add("widget", f"{k + 1}/{total}")
        b.add("caption", b.caption())
        b.add("body", " ".join(p))
    b.trailers()
    b.add("byline", f"Ảnh: {r.choice(PHOTO_SOURCES)}" if r.random() < 0.5 else b.byline())
    b.add("widget", "Xem thêm ảnh")
    b.related_block("Thư viện ảnh khác", 3)


def _video(b: Builder) -> None:
    r = b.rng
    b.add("source", SITES[b.site])
    b.add("widget", "Video")
    b.add("title", b.title)
    b.add("widget", f"00:00 / 0{r.randint(1, 9)}:{r.randint(10, 59)}")
    b.add("widget", "Tự động phát")
    b.add("caption", "Video: " + b.rel()[1])
    b.add("date", b.date(1))
    b.story([lambda: b.add("widget", r.choice(ADS))], rate=0.3)
    b.trailers()
    b.add("byline", f"Biên tập: {b.person}")
    b.add("credit", f"Video: {r.choice(AGENCIES)}")
    b.add("widget", "Video đang xem")
    for _ in range(3):
        b.add("related", b.rel()[0])
        b.add("widget", f"0{r.randint(1, 9)}:{r.randint(10, 59)}")


def _gov(b: Builder) -> None:
    r = b.rng
    b.add("source", r.choice(("CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LÂM ĐỒNG", "TRANG THÔNG TIN ĐIỆN TỬ SỞ NGOẠI VỤ",
                              "CỔNG THÔNG TIN ĐIỆN TỬ TRƯỜNG ĐẠI HỌC KHOA HỌC XÃ HỘI")))
    b.add("widget", " | ".join(r.sample(("Giới thiệu", "Tin tức - Sự kiện", "Văn bản pháp quy", "Thủ tục hành chính",
                                        "Liên hệ", "Hỏi đáp", "Lịch công tác", "Tuyển sinh", "Sơ đồ cổng"), 5)))
    b.add("widget", "Trang chủ » Tin tức - Sự kiện » Tin quốc tế")
    b.add("title", b.title)
    b.add("date", b.date(5))
    b.add("widget", f"Lượt xem: {r.randint(50, 9000)}")
    b.add("widget", "Cỡ chữ: A- A A+ | In trang | Gửi email")
    b.story([lambda: b.add("caption", b.caption())], rate=0.4)
    b.trailers()
    b.add("byline", f"Tác giả: {b.person}")
    b.add("credit", f"Nguồn tin: {r.choice(AGENCIES)}")
    b.add("widget", "Các tin khác")
    for _ in range(4):
        b.add("related", f"{b.rel()[0]} ({r.randint(1, 28):02d}/{r.randint(1, 12):02d}/{b.y})")
    b.add("widget", f"Đang truy cập: {r.randint(10, 500)} | Tổng lượt truy cập: {r.randint(10**5, 10**7)}")
    b.add("widget", "Cơ quan chủ quản: Ủy ban nhân dân tỉnh. Chịu trách nhiệm nội dung: Chánh Văn phòng.")


def _chat(b: Builder) -> None:
    r = b.rng
    who = r.choice(COMMENTERS)
    b.add("widget", f"[{b.h:02d}:{b.mi:02d}] {who}: Cả nhà đọc cái này đi")
    b.add("widget", f"https://{DOMAINS[b.site]}/tin-{r.randint(10**5, 10**6)}.html")
    b.add("title", b.title)
    b.add("source", DOMAINS[b.site])
    b.story([lambda: b.add("widget", f"[{b.h:02d}:{(b.mi + 1) % 60:02d}] {r.choice(COMMENTERS)}: {r.choice(COMMENTS)}")],
            rate=0.4)
    b.trailers()
    b.add("byline", b.byline())
    b.add("widget", f"[{b.h:02d}:{(b.mi + 5) % 60:02d}] {r.choice(COMMENTERS)}: {r.choice(COMMENTS)}")
    b.add("widget", "❤️ 3  😮 1")
    b.add("widget", "Đã xem")
    b.add("related", f"[{b.h + 1:02d}:00] {who}: {b.rel()[0]}")
    b.add("widget", "Tin nhắn đã được chuyển tiếp")


BUILDERS = dict(zip(LAYOUTS, (_desktop, _mobile, _amp, _print, _text_browser, _reader, _feed, _newsletter, _epaper,
                               _social, _forum, _aggregator, _live, _photo, _video, _gov, _chat)))
FAULTS = ("nbsp", "double", "zwsp", "nfd", "glued")


# ---------------------------------------------------------------- reading and assembling
def _rows(train_path: Path) -> tuple[list[tuple[int, dict]], list[tuple[str, str]]]:
    body, related = [], []
    with gzip.open(train_path, "rt", encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if n >= RELATED_ROWS.stop:
                break
            if n not in BODY_ROWS and n not in RELATED_ROWS:
                continue
            try:
                row = json.loads(line)
            except ValueError:
                continue
            if not isinstance(row, dict) or not isinstance(row.get("title"), str) or not isinstance(row.get("article"), str):
                continue
            if n in BODY_ROWS and row["title"].strip() and row["article"].strip():
                body.append((n, row))
            elif n in RELATED_ROWS and row["title"].strip():
                art = _clean(row["article"][:RELATED_CHARS])
                title = _clean(row["title"])
                related.append((title, _first_sentence(art) if art else title + "."))
    return body, related


def _assemble(n: int, row: dict, related: list[tuple[str, str]], layout: str) -> Page:
    rng = random.Random(SEED * 100_003 + n)
    text, trailer = split_trailer(row["article"])
    sents = sentences(text) or [text]
    paras = keep_out_of(paragraphs(sents, rng), _clean(row["title"]))
    fault = rng.choice(FAULTS) if rng.random() < 0.3 else ""
    paras = apply_faults(paras, fault, rng)
    pool = rng.sample(related, min(40, len(related))) if related else []
    b = Builder(rng, _clean(row["title"]), paras, trailer, pool, rng.randrange(len(SITES)))
    BUILDERS[layout](b)
    body = [s for p in paras for s in p]
    lines = b.lines
    if fault == "nfd":
        lines = [(role, unicodedata.normalize("NFD", line)) for role, line in lines]
        body = [unicodedata.normalize("NFD", s) for s in body]
    # a furniture line that happens to hold a body sentence (duplicate stories) is dropped
    lines = [(role, line) for role, line in lines if role not in KINDS or not any(s in line for s in body)]
    furniture = [(role, line) for role, line in lines if role in KINDS]
    return Page(text="\n".join(line for _, line in lines), body=body, furniture=furniture, layout=layout)


def pages(train_path: Path) -> list[Page]:
    """One page per usable body row; layouts dealt round-robin in a seeded order so every layout appears."""
    body, related = _rows(Path(train_path))
    order = list(LAYOUTS)
    out = []
    for k, (n, row) in enumerate(body):
        if k % len(order) == 0:
            random.Random(SEED + k).shuffle(order)
        out.append(_assemble(n, row, related, order[k % len(order)]))
    return out


if __name__ == "__main__":
    import collections
    import time

    start = time.perf_counter()
    built = pages(Path(sys.argv[1]))
    seconds = time.perf_counter() - start
    for lay in (*LAYOUTS, "all"):
        group = [p for p in built if lay in ("all", p.layout)]
        kinds = collections.Counter(kind for p in group for kind, _ in p.furniture)
        print(f"| {lay} | {len(group)} | " + " | ".join(str(kinds[k]) for k in KINDS)
              + f" | {sum(kinds.values()) / max(len(group), 1):.1f} |")
    sizes = [len(p.furniture) for p in built]
    print(f"{len(built)} pages, {sum(len(p.body) for p in built)} body sentences, {sum(sizes)} furniture lines "
          f"({min(sizes)}-{max(sizes)} a page), {seconds:.2f} s")
