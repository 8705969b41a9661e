"""Blind held-out scraped-page set for the vnsumm cleaner (test22).

Standard library only, seeded and deterministic.

    python eval/clean_test22/make.py TRAIN.jsonl.gz
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

BODY_ROWS = range(16_600, 16_900)
RELATED_ROWS = range(17_600, 18_000)
RELATED_CUT = 1_200
KINDS = ("byline", "credit", "caption", "related", "widget")
LAYOUTS = (
    "printer_friendly",
    "mobile_amp",
    "aggregator_mirror",
    "forum_quote_thread",
    "telegram_forward",
    "zalo_oa_share",
    "facebook_fanpage",
    "reader_view_export",
    "newsletter_digest",
    "ocr_print_scan",
    "screen_reader_dump",
    "wiki_current_events",
    "discover_card_stack",
    "liveblog_timeline",
    "translated_foreign",
    "finance_ticker_portal",
    "video_portal",
    "photo_magazine",
)
SEED = 22_2026


@dataclass
class Page:
    text: str
    body: list[str]
    furniture: list[tuple[str, str]]
    layout: str


# ---------------------------------------------------------------- text utils

_END = re.compile(r"[.!?…]+(?:\s?[\"”’)])?\s+")


def _is_start(ch: str) -> bool:
    return ch.isupper() or ch.isdigit() or ch in "\"“'(‘"


def split_sentences(text: str) -> list[str]:
    text = re.sub(r"\s+", " ", text).strip()
    out, start = [], 0
    for m in _END.finditer(text):
        nxt = text[m.end(): m.end() + 1]
        if nxt and _is_start(nxt):
            piece = text[start: m.end()].strip()
            if piece:
                out.append(piece)
            start = m.end()
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return out


_NAME_WORD = re.compile(r"^[A-ZĐÀ-Ỹ][\wÀ-ỹ]*$")


def _is_name_run(s: str) -> bool:
    words = [w for w in s.replace(" - ", " ").split() if w not in ("-", "và")]
    if s.endswith(" ghi"):
        words = words[:-1]
    if not 1 <= len(words) <= 6:
        return False
    return all(w[0].isupper() and w[0].isalpha() and not w.isupper() or len(w) == 1 and w.isupper()
               for w in words)


def split_trailers(article: str) -> tuple[list[str], list[tuple[str, str]]]:
    """Sentences of the story, and furniture split off its glued end."""
    text = re.sub(r"\s+", " ", article).strip()
    trailers: list[tuple[str, str]] = []
    # "Xem thêm: headline" / "> > Xem thêm video: ..." glued at the end
    m = re.search(r"(?:>\s*>\s*)?Xem thêm(?: video)?\s*:\s*[^.!?]{5,200}$", text)
    if m and m.start() > len(text) // 2:
        rel = m.group(0).strip()
        text = text[: m.start()].strip()
        # a reporter name may close the related headline ("... hộ chiếu Trung Sơn")
        tail = re.search(r"\s((?:[A-ZĐÀ-Ỹ][\wÀ-ỹ]+ ){1,2}[A-ZĐÀ-Ỹ][\wÀ-ỹ]+)$", rel)
        byl = None
        if tail and "video" in rel[:25]:
            byl = tail.group(1)
            rel = rel[: tail.start()].strip()
        trailers.append(("related", rel))
        if byl:
            trailers.insert(0, ("byline", byl))
    # "* Tên nhân vật đã được thay đổi." editorial note
    m = re.search(r"\s\*\s?([^*]{5,160})$", text)
    if m and m.start() > len(text) // 2 and re.search(r"(?i)tên|bài viết|quan điểm|thay đổi|tác giả", m.group(1)):
        trailers.insert(0, ("widget", "* " + m.group(1).strip()))
        text = text[: m.start()].strip()
    # "(Theo X)" / "Theo X" credit
    m = re.search(r"\s\(?(Theo [^()]{2,60})\)?\.?$", text)
    if m and len(m.group(1).split()) <= 8:
        trailers.insert(0, ("credit", m.group(0).strip()))
        text = text[: m.start()].strip()
    sents = split_sentences(text)
    # reporter name glued after the last full stop: "... điều tra. Hồ Nam"
    if len(sents) > 1:
        last = sents[-1]
        if not re.search(r"[.!?…\"”:;)]$", last) and _is_name_run(last):
            trailers.insert(0, ("byline", last))
            sents = sents[:-1]
        else:
            m = re.search(r"([.!?…\"”])\s((?:[A-ZĐÀ-Ỹ][\wÀ-ỹ]+)(?: (?:-|[A-ZĐÀ-Ỹ][\wÀ-ỹ]+)){1,5})$", last)
            if m and _is_name_run(m.group(2)):
                trailers.insert(0, ("byline", m.group(2)))
                sents[-1] = last[: m.start(2)].strip()
    # a video caption left at the very end ("Video tiệm bánh ... ở Huế.")
    if len(sents) > 2 and trailers and re.match(r"^Video [^.!?]{5,90}\.$", sents[-1]):
        trailers.insert(0, ("caption", sents[-1]))
        sents = sents[:-1]
    return [s for s in sents if s], trailers


def _entity(title: str, sents: list[str]) -> str:
    best = ""
    for src in [title] + sents[:4]:
        words = src.split()
        run: list[str] = []
        for i, w in enumerate(words + [""]):
            w2 = w.strip(",.:;!?\"“”()'")
            if i > 0 and w2 and w2[0].isupper() and w2.isalpha() and not w2.isupper():
                run.append(w2)
                if w2 == w:
                    continue
            if len(run) >= 2 and len(" ".join(run)) > len(best):
                best = " ".join(run[:4])
            run = []
        if best:
            return best
    return "khu vực diễn ra sự kiện"


# ---------------------------------------------------------------- word pools

REPORTERS = [
    "Nguyễn Hoàng Anh", "Trần Thu Hà", "Lê Minh Khôi", "Phạm Quỳnh Chi", "Võ Thành Đạt",
    "Đặng Ngọc Bích", "Bùi Quang Vinh", "Hồ Thị Lan", "Đỗ Trung Kiên", "Huỳnh Bảo Ngọc",
    "Mai Phương Thảo", "Ngô Đức Tài", "Dương Khánh Linh", "Tạ Hữu Phước", "Lưu Thanh Tâm",
    "Kiều Mỹ Duyên", "Châu Gia Huy", "Vũ Hải Yến", "Lâm Tuấn Kiệt", "Quách Tường Vi",
]
SHORTNAMES = ["Hải Đăng", "Minh Thư", "Quốc Bảo", "Tú Uyên", "Kim Ngân", "Trí Dũng",
              "Lan Hương", "Phúc Lâm", "Thảo Nguyên", "Khánh Hoà", "Bích Trâm", "Đình Phong"]
OUTLETS = ["VnExpress", "Tuổi Trẻ", "Thanh Niên", "Dân trí", "VietNamNet", "Znews",
           "Người Lao Động", "Lao Động", "Tiền Phong", "Kenh14", "Soha", "CafeF", "VOV",
           "VTV News", "Nhân Dân", "Quân đội nhân dân", "Pháp Luật TP.HCM", "Sài Gòn Giải Phóng",
           "Công an nhân dân", "Vietnam+"]
AGENCIES = ["TTXVN", "Reuters", "AFP", "AP", "Xinhua", "Yonhap", "Kyodo", "BBC", "CNN",
            "Bloomberg", "The Guardian", "Nikkei Asia", "SCMP", "Sputnik"]
PLACES = ["Hà Nội", "TP.HCM", "Đà Nẵng", "Huế", "Cần Thơ", "Hải Phòng", "Nghệ An",
          "Quảng Nam", "Lâm Đồng", "Khánh Hoà", "Thanh Hoá", "Bình Định"]
WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]
COMMENTERS = ["Minh Tuấn", "thuhuong_88", "Ba Gà", "Người Sài Gòn", "Hoàng Nam (Hà Nội)",
              "Lê Văn Sáu", "meomup2k", "Trần Đức", "Cô giáo Thảo", "Anh Khoa - Đà Lạt",
              "Nguyễn Thị Mến", "dantri_reader"]
COMMENTS = [
    "Bài viết rất hay, cảm ơn tác giả.",
    "Đọc xong mà thấy buồn cho cái tình trạng này quá.",
    "Mong các cơ quan chức năng vào cuộc xử lý dứt điểm.",
    "Năm nào cũng nói mà có thay đổi được gì đâu.",
    "Chuyện này quê tôi cũng có, ai cũng biết nhưng không ai nói.",
    "Tôi hoàn toàn đồng ý với quan điểm của bài báo.",
    "Sao không nêu rõ tên đơn vị chịu trách nhiệm vậy báo?",
    "Hy vọng lần này làm đến nơi đến chốn.",
    "Thông tin bổ ích, mình đã chia sẻ cho cả nhà cùng đọc.",
    "Cần xử lý nghiêm để làm gương cho những người khác.",
]
ADS = [
    "Chỉ từ 99.000 đồng, bạn đã có thể sở hữu gói cước 4G tốc độ cao dùng cả tháng.",
    "Mở tài khoản thanh toán trực tuyến trong 5 phút, nhận ngay 100.000 đồng vào ví.",
    "Căn hộ ven sông chỉ thanh toán 15% nhận nhà, chiết khấu đến 8% trong tháng này.",
    "Giảm đến 50% cho đơn hàng đầu tiên khi mua sắm qua ứng dụng.",
    "Vay tiêu dùng lãi suất ưu đãi, giải ngân trong ngày, không cần thế chấp.",
    "Sữa hạt nguyên chất cho cả gia đình, giao hàng miễn phí toàn quốc.",
    "Đặt vé máy bay Tết sớm để nhận giá tốt nhất, số lượng có hạn.",
    "Khoá học tiếng Anh giao tiếp cam kết đầu ra, học thử miễn phí 3 buổi.",
]
NOTICES = [
    "Bạn đang đọc bài viết trên ứng dụng. Bật thông báo để không bỏ lỡ tin nóng.",
    "Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn. Đồng ý",
    "Đăng nhập để bình luận và lưu bài viết.",
    "Mời quý độc giả gửi tin bài, hình ảnh về đường dây nóng 0912 345 678.",
    "Tòa soạn tuyển cộng tác viên viết bài mảng văn hoá, liên hệ qua email của ban biên tập.",
    "Bài viết có sự hỗ trợ của nhà tài trợ, nội dung do đối tác cung cấp.",
    "Giấy phép số 548/GP-BTTTT do Bộ Thông tin và Truyền thông cấp ngày 21/11/2019.",
    "Bạn đã đọc hết 3 bài miễn phí trong tháng này. Đăng ký gói hội viên để tiếp tục.",
    "Nghe bài viết này",
    "Cỡ chữ A- A A+",
    "Nội dung đang được cập nhật, mời bạn đọc quay lại sau.",
    "Ủng hộ báo chí độc lập bằng một ly cà phê mỗi tháng.",
]
AD_LABELS = ["Quảng cáo", "QUẢNG CÁO", "Tài trợ", "Nội dung được tài trợ", "Ad", "Sponsored",
             "Thông tin doanh nghiệp", "PR"]
SHARE_ROWS = ["Chia sẻ Facebook Zalo Twitter", "Chia sẻ | Bình luận | Lưu tin", "Thích Chia sẻ",
              "f t in Zalo", "Sao chép liên kết", "Gửi bài viết qua email", "Chia sẻ bài viết",
              "Theo dõi chúng tôi trên Google News"]
TAG_HEADS = ["Tags:", "Từ khoá:", "Chủ đề:", "# Từ khoá", "TAG"]
MENUS = ["Trang chủ Thời sự Thế giới Kinh doanh Giải trí Thể thao Pháp luật Giáo dục Sức khoẻ",
         "Mới nhất Tin theo khu vực Podcasts Video Ảnh",
         "Thời sự | Chính trị | Xã hội | Văn hoá | Kinh tế | Quốc tế",
         "Đăng nhập Đăng ký", "☰ Chuyên mục", "Tìm kiếm", "Menu",
         "Văn hoá - Giải trí Đời sống Du lịch Công nghệ Xe"]
SECTIONS = ["Văn hoá", "Thời sự", "Xã hội", "Giải trí", "Pháp luật", "Giao thông", "Du lịch",
            "Đời sống", "Sách hay", "Di sản"]


def _date(rng: random.Random, style: int) -> str:
    d, mo, y = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2017, 2018, 2019])
    h, mi = rng.randint(5, 22), rng.randint(0, 59)
    wd = rng.choice(WEEKDAYS)
    forms = [
        f"{wd}, {d}/{mo}/{y}, {h:02d}:{mi:02d} (GMT+7)",
        f"{d:02d}/{mo:02d}/{y} {h:02d}:{mi:02d}",
        f"{h:02d}:{mi:02d} {d:02d}/{mo:02d}/{y}",
        f"Cập nhật lúc {h:02d}:{mi:02d}, {wd.lower()} {d}-{mo}-{y}",
        f"{wd} {d:02d}/{mo:02d}/{y} - {h:02d}:{mi:02d}",
        f"ngày {d} tháng {mo} năm {y}",
        f"{d} thg {mo}, {y}",
    ]
    return forms[style % len(forms)]


class Ctx:
    def __init__(self, rng, title, paras, trailers, related, row):
        self.rng = rng
        self.title = title
        self.paras = paras  # list of list of sentences
        self.trailers = trailers
        self.related = related
        self.ent = _entity(title, [s for p in paras for s in p])
        self.outlet = rng.choice(OUTLETS)
        self.place = rng.choice(PLACES)
        self.row = row

    def pick(self, seq):
        return self.rng.choice(seq)

    def rel(self, n: int) -> list[tuple[str, str]]:
        return self.rng.sample(self.related, min(n, len(self.related)))

    def reporter(self) -> str:
        for k, v in self.trailers:
            if k == "byline":
                return v
        return self.pick(REPORTERS)

    def byline_line(self) -> str:
        name = self.reporter()
        r = self.rng
        mail = "".join(c for c in unicodedata.normalize("NFD", name.split()[-1].lower()) if c.isascii() and c.isalpha())
        forms = [
            name, f"Bài và ảnh: {name}", f"{name} (thực hiện)", f"PV {name}", f"Nhóm phóng viên {self.outlet}",
            f"{name} - {self.pick(SHORTNAMES)}", f"Tác giả: {name}", f"{name} | {self.outlet}",
            f"{name} ({mail}{r.randint(1, 99)}@{self.outlet.lower().replace(' ', '')}.vn)",
            f"Phóng viên {name} tường thuật từ {self.place}", f"By {name}", f"{name.upper()}",
        ]
        return r.choice(forms)

    def photo_credit(self) -> str:
        return self.pick([f"Ảnh: {self.pick(SHORTNAMES)}", f"Ảnh: {self.pick(AGENCIES)}",
                          f"(Ảnh: {self.pick(REPORTERS)})", f"Ảnh: {self.pick(SHORTNAMES)}/{self.outlet}",
                          "Ảnh: Internet", "Ảnh minh hoạ", f"Nguồn ảnh: {self.pick(AGENCIES)}"])

    def caption(self, credit: bool | None = None) -> str:
        r = self.rng
        d, m = r.randint(1, 28), r.randint(1, 12)
        ent = self.ent
        forms = [
            f"{ent} trong ngày {d}-{m}.",
            f"Toàn cảnh buổi lễ tại {self.place} nhìn từ trên cao.",
            f"Người dân và du khách tham quan {self.place} sáng {d}/{m}.",
            f"{ent} (giữa) tại buổi làm việc sáng {d}/{m}.",
            f"Nhiều người dừng lại chụp ảnh lưu niệm tại {self.place}.",
            f"Khung cảnh tại {self.place} chiều {d}-{m}",
            f"Lực lượng chức năng có mặt tại hiện trường ở {self.place}.",
            f"Chân dung {ent}",
            f"Hình ảnh được chia sẻ trên mạng xã hội liên quan đến {ent}.",
            f"Các đại biểu cắt băng khai mạc tại {self.place}.",
            f"Ảnh tư liệu về {ent}.",
            f"Quang cảnh cuộc họp ngày {d}-{m} tại {self.place}",
        ]
        c = r.choice(forms)
        if credit is None:
            credit = r.random() < 0.6
        if credit:
            c = c + " " + self.photo_credit() if r.random() < 0.7 else c.rstrip(".") + " - " + self.photo_credit()
        return c

    def teaser(self, n: int = 1) -> list[tuple[str, str]]:
        """Related lines, always built from related rows."""
        out = []
        for t, tz in self.rel(n):
            form = self.rng.randint(0, 6)
            if form == 0:
                out.append(("related", t))
            elif form == 1:
                out.append(("related", f"> {t}"))
            elif form == 2:
                out.append(("related", f"Xem thêm: {t}"))
            elif form == 3:
                out.append(("related", tz))
            elif form == 4:
                out.append(("related", f"{t} - {self.pick(OUTLETS)}"))
            elif form == 5:
                out.append(("related", f"ĐỌC THÊM: {t.upper()}"))
            else:
                out.append(("related", f"- {t}"))
        return out

    def ad(self) -> list[tuple[str, str]]:
        out = []
        if self.rng.random() < 0.6:
            out.append(("widget", self.pick(AD_LABELS)))
        out.append(("widget", self.pick(ADS)))
        return out

    def notice(self) -> tuple[str, str]:
        return ("widget", self.pick(NOTICES))

    def comments(self, n: int) -> list[tuple[str, str]]:
        out = []
        for _ in range(n):
            who, what = self.pick(COMMENTERS), self.pick(COMMENTS)
            if self.rng.random() < 0.5:
                out.append(("widget", f"{who}: {what}"))
            else:
                out.append(("widget", who))
                out.append(("widget", what))
                out.append(("widget", self.pick(["Trả lời", "Thích · Trả lời · 2 giờ",
                                                 f"{self.rng.randint(1, 300)} thích", "Báo vi phạm"])))
        return out

    def tags(self) -> list[tuple[str, str]]:
        words = [self.ent, self.place, self.pick(SECTIONS).lower(), "tin nóng"]
        self.rng.shuffle(words)
        return [("widget", self.pick(TAG_HEADS) + " " + ", ".join(words[:3]))]


# ---------------------------------------------------------------- layouts
# Each layout returns a list of entries: ("body", [sents]) for a paragraph line,
# ("title"|"date"|"source", line) unlabelled, or (kind, line).


def _interleave(ctx: Ctx, inserts: dict[int, list]) -> list:
    out = []
    for i, p in enumerate(ctx.paras):
        out.append(("body", p))
        out.extend(inserts.get(i, []))
    return out


def _mid(ctx: Ctx) -> int:
    return max(0, len(ctx.paras) // 2 - 1)


def _trail(ctx: Ctx, skip_byline=False) -> list:
    return [(k, v) for k, v in ctx.trailers if not (skip_byline and k == "byline")]


def lay_printer_friendly(ctx):
    r = ctx.rng
    out = [("source", f"{ctx.outlet.upper()} - BẢN IN"), ("widget", "In bài viết | Đóng cửa sổ"),
           ("title", ctx.title), ("date", _date(r, 0))]
    out += _interleave(ctx, {})
    out += _trail(ctx)
    if not any(k == "byline" for k, _ in ctx.trailers):
        out.append(("byline", ctx.reporter()))
    out += [("widget", f"URL: https://{ctx.outlet.lower().replace(' ', '')}.vn/{r.randint(10**6, 10**7)}.html"),
            ("widget", f"© {r.choice([2017, 2018, 2019])} Bản quyền thuộc về {ctx.outlet}. Ghi rõ nguồn khi phát hành lại."),
            ("widget", "Trang 1/1")]
    if r.random() < 0.5:
        out.insert(2, ctx.notice())
    return out


def lay_mobile_amp(ctx):
    r = ctx.rng
    out = [("widget", "☰"), ("source", ctx.outlet), ("widget", ctx.pick(MENUS)),
           ("widget", f"{ctx.pick(SECTIONS)} › {ctx.pick(SECTIONS)}"), ("title", ctx.title),
           ("date", _date(r, 1)), ("byline", ctx.byline_line()), ("widget", ctx.pick(SHARE_ROWS))]
    ins = {0: [("caption", ctx.caption())]}
    ins.setdefault(_mid(ctx), []).extend(ctx.teaser(1))
    out += _interleave(ctx, ins)
    out += _trail(ctx, skip_byline=True)
    out += ctx.tags()
    out += [("widget", "Tin liên quan")] + ctx.teaser(3)
    out += ctx.ad()
    out += [ctx.notice(), ("widget", "Về đầu trang"), ("widget", "Xem phiên bản đầy đủ")]
    return out


def lay_aggregator_mirror(ctx):
    r = ctx.rng
    src = ctx.outlet
    out = [("source", "Báo Mới"), ("widget", "Tin nóng | Tin mới | Chủ đề | Video"),
           ("title", ctx.title), ("credit", f"{src} - {r.randint(2, 59)} phút trước"),
           ("date", _date(r, 2))]
    out += _interleave(ctx, {_mid(ctx): [("caption", ctx.caption(True))]})
    out += _trail(ctx)
    out += [("credit", f"Nguồn: {src}"), ("widget", "Xem bài gốc"), ("widget", "Cùng chủ đề")]
    for t, _ in ctx.rel(4):
        out.append(("related", t))
        out.append(("widget", f"{ctx.pick(OUTLETS)} · {r.randint(1, 23)} giờ trước"))
    out.append(("widget", "Tải ứng dụng Báo Mới để đọc tin nhanh hơn"))
    return out


def lay_forum_quote_thread(ctx):
    r = ctx.rng
    user = ctx.pick(["bac_si_dem", "vozer123", "Hạt Tiêu", "tinhte_fan", "LinhMieu", "tuan.anh.92"])
    out = [("source", ctx.pick(["Voz Forums", "Tinh tế", "Diễn đàn Otofun", "webtretho"])),
           ("widget", "Diễn đàn › Chuyện trò linh tinh™ › Tin tức"), ("title", ctx.title),
           ("widget", f"Thread starter {user} · Start date {_date(r, 6)}"), ("widget", "#1"),
           ("widget", f"{user}"), ("widget", ctx.pick(["Senior Member", "Thành viên mới", "Đã tốn tiền"])),
           ("widget", f"{r.randint(2, 60)} phút trước"), ("widget", "Trích dẫn:"),
           ("credit", f"Nguồn: {ctx.outlet}")]
    out += _interleave(ctx, {})
    out += _trail(ctx)
    out += [("widget", "Bấm để mở rộng..."), ("widget", ctx.pick(["Các thím nghĩ sao?", "Ý kiến các bác thế nào?", "Vãi thật."])),
            ("widget", f"{r.randint(3, 90)} người thích bài này"), ("widget", "#2")]
    out += ctx.comments(3)
    out += [("widget", "Trả lời"), ("widget", "Bạn phải đăng nhập hoặc đăng ký để trả lời tại đây.")]
    return out


def lay_telegram_forward(ctx):
    r = ctx.rng
    ch = ctx.pick(["Tin Nhanh 24/7", "Bản tin Việt Nam", "Đọc báo giùm bạn", "Điểm tin sáng"])
    out = [("widget", f"Forwarded from {ch}"), ("widget", f"📌 {ch}"), ("title", "🔴 " + ctx.title)]
    out += _interleave(ctx, {})
    out += _trail(ctx)
    out += [("credit", f"👉 Nguồn: {ctx.outlet}"), ("widget", "#tin_tuc #" + ctx.pick(SECTIONS).replace(" ", "_").lower()),
            ("widget", f"👁 {r.randint(1, 99)}.{r.randint(1, 9)}K"), ("date", f"{r.randint(5, 22):02d}:{r.randint(0, 59):02d}"),
            ("widget", "Tham gia kênh để nhận tin mới nhất mỗi ngày 👇"), ("widget", "t.me/" + ch.replace(" ", "").lower())]
    return out


def lay_zalo_oa_share(ctx):
    r = ctx.rng
    out = [("source", f"{ctx.outlet} - Zalo Official Account"), ("widget", "Quan tâm"),
           ("title", ctx.title), ("date", _date(r, 4))]
    out += _interleave(ctx, {0: [("caption", ctx.caption())], _mid(ctx): [ctx.notice()]})
    out += _trail(ctx)
    out += [("widget", "Xem thêm bài viết khác từ OA này")] + ctx.teaser(2)
    out += [("widget", f"{r.randint(10, 900)} lượt xem"), ("widget", "Thích Chia sẻ Gửi bạn bè"),
            ("widget", "Mở bằng Zalo để nhận thông báo bài viết mới")]
    return out


def lay_facebook_fanpage(ctx):
    r = ctx.rng
    page = ctx.pick([f"Báo {ctx.outlet}", "Hóng Biz", "Tin tức 24h", "Người Việt đọc báo", f"{ctx.outlet} Online"])
    out = [("source", page), ("widget", f"{r.randint(1, 23)} giờ · 🌏"),
           ("title", ctx.title.upper() if r.random() < 0.5 else ctx.title)]
    out += _interleave(ctx, {})
    out += _trail(ctx)
    out += [("widget", "Xem bản dịch"), ("caption", ctx.caption(False)),
            ("widget", f"{r.randint(1, 20)},{r.randint(1, 9)}K"), ("widget", f"{r.randint(20, 900)} bình luận  {r.randint(5, 300)} lượt chia sẻ"),
            ("widget", "Thích Bình luận Chia sẻ"), ("widget", "Phù hợp nhất")]
    out += ctx.comments(4)
    out.append(("widget", "Xem thêm bình luận"))
    return out


def lay_reader_view_export(ctx):
    r = ctx.rng
    dom = ctx.outlet.lower().replace(" ", "") + ".vn"
    out = [("source", dom), ("title", ctx.title), ("byline", ctx.reporter()),
           ("widget", f"{r.randint(3, 12)}–{r.randint(13, 18)} phút")]
    out += _interleave(ctx, {_mid(ctx): [("caption", ctx.caption(True))]})
    out += _trail(ctx, skip_byline=True)
    out += [("widget", f"Đã lưu vào Pocket · {_date(r, 6)}")]
    return out


def lay_newsletter_digest(ctx):
    r = ctx.rng
    out = [("source", ctx.pick(["Bản tin Sáng Thứ Hai", "Cà Phê Sáng", "Chuyện Chữ Nghĩa", "Góc nhìn tuần"])),
           ("widget", f"Số {r.randint(12, 240)} · {_date(r, 5)}"), ("widget", "Xem trên trình duyệt"),
           ("widget", "Chào bạn, dưới đây là câu chuyện đáng đọc nhất tuần này."),
           ("title", ctx.title), ("credit", f"Tóm lược từ {ctx.outlet}")]
    out += _interleave(ctx, {})
    out += _trail(ctx)
    out += [("widget", "—"), ("widget", "Các tin đáng chú ý khác")]
    out += [("related", f"• {t}") for t, _ in ctx.rel(3)]
    out += [("widget", "Nếu thấy bản tin hữu ích, hãy chuyển tiếp cho một người bạn."),
            ("widget", "Huỷ đăng ký · Cập nhật tuỳ chọn"), ("widget", "Được gửi bởi Substack")]
    return out


def lay_ocr_print_scan(ctx):
    r = ctx.rng
    pg = r.randint(2, 15)
    out = [("source", ctx.outlet.upper()), ("widget", f"TRANG {pg} | SỐ {r.randint(100, 400)}"),
           ("date", _date(r, 0).upper()), ("title", ctx.title.upper()), ("byline", ctx.reporter().upper())]
    ins = {0: [("caption", ctx.caption(True))],
           _mid(ctx): [("widget", f"(Xem tiếp trang {pg + 2})"), ("widget", f"(Tiếp theo trang {pg})")]}
    out += _interleave(ctx, ins)
    out += _trail(ctx, skip_byline=True)
    out += [("widget", f"{ctx.outlet.upper()} • {pg}"), ("related", "• " + ctx.rel(1)[0][0].upper())]
    return out


def lay_screen_reader_dump(ctx):
    r = ctx.rng
    out = [("widget", "Liên kết: Bỏ qua đến nội dung chính"), ("widget", f"Liên kết: Trang chủ {ctx.outlet}"),
           ("source", ctx.outlet), ("widget", "Nút: Mở menu"), ("widget", "Tiêu đề cấp 1"),
           ("title", ctx.title), ("date", _date(r, 3))]
    ins = {0: [("caption", "Hình ảnh: " + ctx.caption(False))],
           _mid(ctx): [("widget", "Vùng: Quảng cáo")] + ctx.ad() + [("widget", "Kết thúc vùng")]}
    out += _interleave(ctx, ins)
    out += _trail(ctx)
    out += [("widget", "Tiêu đề cấp 2: Tin liên quan")]
    out += [(k, "Liên kết: " + v) for k, v in ctx.teaser(2)]
    out += [("widget", "Nút: Chia sẻ lên Facebook"), ("widget", "Nút: Sao chép liên kết"), ("widget", "Danh sách kết thúc")]
    return out


def lay_wiki_current_events(ctx):
    r = ctx.rng
    out = [("source", "Wikipedia tiếng Việt - Bách khoa toàn thư mở"), ("title", ctx.title),
           ("widget", "Bước tới điều hướng Bước tới tìm kiếm"), ("widget", "[sửa | sửa mã nguồn]")]
    out += _interleave(ctx, {})
    out += _trail(ctx)
    out += [("widget", "Chú thích[sửa | sửa mã nguồn]"),
            ("credit", f"^ {ctx.outlet} ({_date(r, 5)}). “{ctx.title}”. Truy cập ngày {r.randint(1, 28)} tháng {r.randint(1, 12)} năm 2019.")]
    out += [("related", f"^ {t}. {ctx.pick(OUTLETS)}.") for t, _ in ctx.rel(2)]
    out += [("widget", f"Thể loại: Sự kiện năm {r.choice([2017, 2018, 2019])} | {ctx.pick(SECTIONS)} Việt Nam"),
            ("widget", f"Trang này được sửa đổi lần cuối vào ngày {r.randint(1, 28)} tháng {r.randint(1, 12)} năm 2020."),
            ("widget", "Văn bản được phát hành theo Giấy phép Creative Commons Ghi công–Chia sẻ tương tự.")]
    return out


def lay_discover_card_stack(ctx):
    r = ctx.rng
    out = [("widget", "Khám phá"), ("widget", "Dành cho bạn")]
    t, tz = ctx.rel(1)[0]
    out += [("related", t), ("widget", f"{ctx.pick(OUTLETS)} · {r.randint(1, 9)} giờ")]
    out += [("source", ctx.outlet), ("title", ctx.title), ("date", f"{r.randint(1, 23)} giờ trước"),
            ("byline", ctx.byline_line())]
    out += _interleave(ctx, {_mid(ctx): [("widget", "Tiếp tục đọc"), ctx.notice()]})
    out += _trail(ctx, skip_byline=True)
    out += [("widget", "Theo dõi " + ctx.outlet), ("widget", "Ẩn tin bài từ nguồn này"), ("widget", "Câu chuyện đầy đủ")]
    for t, tz in ctx.rel(3):
        out += [("related", t), ("related", tz)]
    return out


def lay_liveblog_timeline(ctx):
    r = ctx.rng
    out = [("source", ctx.outlet), ("widget", "TRỰC TIẾP"), ("title", ctx.title),
           ("date", _date(r, 1)), ("byline", "Nhóm phóng viên tường thuật"), ("widget", "Tự động cập nhật: Bật")]
    h = r.randint(7, 12)
    body = []
    for i, p in enumerate(ctx.paras):
        body.append(("widget", f"{h + i // 2:02d}:{r.randint(0, 59):02d}"))
        body.append(("body", p))
        if i == 0:
            body.append(("caption", ctx.caption(True)))
    out += body
    out += _trail(ctx)
    out += [("widget", "Ghim"), ("widget", "Xem các diễn biến trước"), ("widget", ctx.pick(SHARE_ROWS))]
    return out


def lay_translated_foreign(ctx):
    r = ctx.rng
    ag = ctx.pick(AGENCIES)
    out = [("source", ctx.pick(["Dịch từ báo nước ngoài", "Kiến Thức Quốc Tế", "Góc nhìn thế giới"])),
           ("title", ctx.title), ("date", _date(r, 3)),
           ("credit", f"{ctx.pick(SHORTNAMES)} (theo {ag})")]
    out += _interleave(ctx, {_mid(ctx): [("caption", ctx.caption(False)), ("credit", f"Ảnh: {ag}")]})
    out += _trail(ctx)
    out += [("credit", f"Người dịch: {ctx.pick(REPORTERS)}"),
            ("credit", f"Bài gốc đăng trên {ag}, được dịch và biên tập lại."),
            ("widget", "Bài viết thể hiện quan điểm của tác giả, không nhất thiết phản ánh quan điểm của tòa soạn.")]
    out += ctx.teaser(2)
    return out


def lay_finance_ticker_portal(ctx):
    r = ctx.rng
    vn = r.randint(900, 1300)
    out = [("widget", f"VN-Index {vn},{r.randint(10, 99)} ▲ {r.randint(1, 20)},{r.randint(10, 99)} (+{r.randint(1, 15) / 10:.1f}%)"),
           ("widget", f"HNX-Index {r.randint(90, 250)},{r.randint(10, 99)} ▼ 0,{r.randint(10, 99)}"),
           ("widget", f"USD/VND {r.randint(22, 24)}.{r.randint(100, 999)}"),
           ("source", "CafeF"), ("widget", ctx.pick(MENUS)), ("title", ctx.title), ("date", _date(r, 4))]
    ins = {_mid(ctx): ctx.ad()}
    if len(ctx.paras) > 2:
        ins.setdefault(1, []).extend([("widget", "CÓ THỂ BẠN QUAN TÂM")] + ctx.teaser(1))
    out += _interleave(ctx, ins)
    out += _trail(ctx, skip_byline=True)
    out += [("byline", ctx.byline_line()), ("credit", f"Theo {ctx.outlet}"), ("widget", "Chia sẻ Bình luận (0)"),
            ("widget", "Giá vàng SJC hôm nay"), ("widget", f"Mua {r.randint(60, 90)},{r.randint(10, 99)} - Bán {r.randint(60, 90)},{r.randint(10, 99)}")]
    out += [("widget", "TIN MỚI")] + ctx.teaser(3)
    return out


def lay_video_portal(ctx):
    r = ctx.rng
    out = [("source", ctx.pick(["VTV News", "VOV.VN", "VTC News", "THVL Online"])), ("widget", ctx.pick(MENUS)),
           ("widget", "▶ Video đang phát"), ("caption", f"VIDEO: {ctx.caption(False)}"),
           ("widget", f"{r.randint(0, 5):02d}:{r.randint(10, 59):02d} / {r.randint(2, 9):02d}:{r.randint(10, 59):02d}"),
           ("title", ctx.title), ("date", _date(r, 1))]
    out += _interleave(ctx, {_mid(ctx): [("caption", ctx.caption(True))]})
    out += _trail(ctx)
    if not any(k == "byline" for k, _ in ctx.trailers):
        out.append(("byline", f"BTV {ctx.pick(REPORTERS)} - KTV {ctx.pick(SHORTNAMES)}"))
    out += [("widget", "Xem thêm video"), ("widget", "Bình chọn: Bạn có hài lòng với thông tin này?"),
            ("widget", "Có"), ("widget", "Không"), ("widget", "Xem kết quả")]
    out += ctx.teaser(2)
    return out


def lay_photo_magazine(ctx):
    r = ctx.rng
    out = [("source", ctx.pick(["Kenh14", "Zingnews", "Soha", "Tiền Phong e-Magazine"])),
           ("widget", "E-MAGAZINE"), ("title", ctx.title),
           ("byline", ctx.pick(["Nội dung: ", "Bài: ", "Thực hiện: "]) + ctx.reporter()),
           ("byline", ctx.pick(["Ảnh: ", "Thiết kế: ", "Đồ hoạ: "]) + ctx.pick(REPORTERS)),
           ("date", _date(r, 4))]
    ins = {}
    for i in range(len(ctx.paras)):
        if r.random() < 0.6:
            ins[i] = [("caption", ctx.caption())]
    out += _interleave(ctx, ins)
    out += _trail(ctx, skip_byline=True)
    out += [("widget", f"{r.randint(1, 99)} bình luận"), ("widget", ctx.pick(SHARE_ROWS)), ctx.notice()]
    out += [("widget", "Đừng bỏ lỡ")] + ctx.teaser(2)
    return out


LAYOUT_FUNCS = {name: globals()["lay_" + name] for name in LAYOUTS}


# ---------------------------------------------------------------- faults


def _inner_space(rng: random.Random, s: str) -> int | None:
    idx = [i for i, c in enumerate(s) if c == " " and 0 < i < len(s) - 1]
    return rng.choice(idx) if idx else None


def _fault_paras(rng: random.Random, paras: list[list[str]], kinds: list[str]) -> list[list[str]]:
    out = []
    for p in paras:
        q = []
        for s in p:
            if "nbsp" in kinds and rng.random() < 0.4:
                i = _inner_space(rng, s)
                if i is not None:
                    s = s[:i] + "\u00a0" + s[i + 1:]
            if "zw" in kinds and rng.random() < 0.4:
                i = _inner_space(rng, s)
                if i is not None:
                    s = s[:i] + rng.choice(["\u200b", "\u200c", "\ufeff"]) + s[i:]
            if "dbl" in kinds and rng.random() < 0.4:
                i = _inner_space(rng, s)
                if i is not None:
                    s = s[:i] + "  " + s[i + 1:]
            q.append(s)
        if "glue" in kinds and len(q) >= 2 and rng.random() < 0.5:
            j = rng.randrange(len(q) - 1)
            q[j: j + 2] = [q[j] + q[j + 1]]
        out.append(q)
    return out


# ---------------------------------------------------------------- assembly


def _paragraphs(rng: random.Random, sents: list[str]) -> list[list[str]]:
    paras, i = [], 0
    while i < len(sents):
        n = rng.choice([1, 2, 2, 3, 3, 4, 5])
        paras.append(sents[i: i + n])
        i += n
    return paras


def _load(train_path: Path):
    body, related = [], []
    want = max(BODY_ROWS.stop, RELATED_ROWS.stop)
    with gzip.open(train_path, "rt", encoding="utf-8") as f:
        for n, line in enumerate(f):
            if n >= want:
                break
            if n not in BODY_ROWS and n not in RELATED_ROWS:
                continue
            if not line.strip():
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
            t = re.sub(r"\s+", " ", t).strip()
            if n in BODY_ROWS:
                body.append((n, t, a))
            else:
                a = a[:RELATED_CUT]
                ss = split_sentences(a)
                tz = ss[0] if ss else a.strip()
                if len(tz) > 200:
                    cut = tz[:180].rsplit(" ", 1)[0]
                    tz = cut + "..."
                related.append((t, tz))
    return body, related


def _build(k: int, row: int, title: str, article: str, related) -> Page | None:
    layout = LAYOUTS[k % len(LAYOUTS)]
    rng = random.Random(SEED * 100_003 + row)
    sents, trailers = split_trailers(article)
    if not sents:
        return None
    paras = _paragraphs(rng, sents)
    faults: list[str] = []
    if rng.random() < 0.27:
        faults = rng.sample(["nbsp", "zw", "nfd", "dbl", "glue"], rng.choice([1, 2, 2, 3]))
        paras = _fault_paras(rng, paras, faults)
    ctx = Ctx(rng, title, paras, trailers, related, row)
    entries = LAYOUT_FUNCS[layout](ctx)
    nfd = "nfd" in faults
    norm = (lambda s: unicodedata.normalize("NFD", s)) if nfd else (lambda s: s)
    sep_rng = random.Random(row)
    lines: list[str] = []
    body: list[str] = []
    furniture: list[tuple[str, str]] = []
    for kind, val in entries:
        if kind == "body":
            items = [norm(s) for s in val]
            sep = "  " if "dbl" in faults and sep_rng.random() < 0.3 else " "
            lines.append(sep.join(items))
            body.extend(items)
        else:
            v = norm(re.sub(r"\s+", " ", val).strip())
            if not v:
                continue
            lines.append(v)
            if kind in KINDS:
                furniture.append((kind, v))
    bodyset = set(body)
    for _, v in furniture:
        if v in bodyset:
            raise ValueError(f"row {row}: furniture equals body: {v!r}")
    return Page(text="\n".join(lines), body=body, furniture=furniture, layout=layout)


def pages(train_path: Path) -> list[Page]:
    body, related = _load(Path(train_path))
    if not related:
        related = [("Tin tức khác trong ngày", "Cập nhật tin tức mới nhất trong ngày.")]
    # a teaser never repeats a sentence of any story in the set
    story = {x for _, _, a in body for x in split_sentences(a)}
    related = [(t, t if tz in story else tz) for t, tz in related]
    out: list[Page] = []
    for row, title, article in body:
        p = _build(len(out), row, title, article, related)
        if p is not None:
            out.append(p)
    return out


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: make.py TRAIN.jsonl.gz", file=sys.stderr)
        return 2
    t0 = time.time()
    ps = pages(Path(argv[1]))
    nb = sum(len(p.body) for p in ps)
    nf = sum(len(p.furniture) for p in ps)
    by = {k: sum(1 for p in ps for kk, _ in p.furniture if kk == k) for k in KINDS}
    print(f"pages {len(ps)}  layouts {len({p.layout for p in ps})}  body sentences {nb}  "
          f"furniture lines {nf}  time {time.time() - t0:.1f}s")
    print("furniture by kind: " + ", ".join(f"{k} {v}" for k, v in by.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
