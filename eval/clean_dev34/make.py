"""Blind held-out test set for the news-page cleaner (set "test34").

Builds scraped-looking pages around VietNews stories, in layouts imitating less
common places a Vietnamese news story gets copied to (intranets, bulletins,
bank newsletters, TV apps, radio transcripts, e-readers, bots, kiosks...).
Standard library only; seeded and deterministic.

    python eval/clean_test34/make.py TRAIN.jsonl.gz
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

SEED = 3421
BODY_ROWS = range(15_900, 16_000)
RELATED_ROWS = range(16_900, 17_000)
RELATED_CUT = 1_200
KINDS = ("byline", "credit", "caption", "related", "widget")
LAYOUTS = (
    "school_intranet",
    "company_workplace",
    "parish_bulletin",
    "trade_association_mail",
    "bank_market_brief",
    "smart_tv_app",
    "car_radio_transcript",
    "ereader_highlights",
    "legal_database",
    "translator_side_by_side",
    "press_clipping_service",
    "notes_app_export",
    "telegram_bot_digest",
    "airport_kiosk_printout",
    "sms_news_service",
    "podcast_show_notes",
    "university_repository",
    "inflight_magazine",
)


@dataclass
class Page:
    text: str
    body: list[str]
    furniture: list[tuple[str, str]]
    layout: str


# ---------------------------------------------------------------- reading

def _read_rows(train_path, wanted: range) -> list[dict]:
    """Usable rows (valid JSON, non-empty title and article) in `wanted`."""
    out = []
    with gzip.open(train_path, "rt", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i >= wanted.stop:
                break
            if i < wanted.start or not line.strip():
                continue
            try:
                row = json.loads(line)
            except ValueError:
                continue
            if not isinstance(row, dict):
                continue
            title, art = row.get("title"), row.get("article")
            if not isinstance(title, str) or not isinstance(art, str):
                continue
            title, art = " ".join(title.split()), " ".join(art.split())
            if title and art:
                out.append({"row": i, "title": title, "article": art})
    return out


# ---------------------------------------------------------------- sentences

_ABBR = {"TP", "Tp", "Q", "P", "TS", "ThS", "PGS", "GS", "BS", "Mr", "Mrs", "Ms", "Dr",
         "St", "TT", "KS", "NXB", "Co", "Ltd", "Inc", "vs", "No", "Th"}
_CAND = re.compile(r"(?<=[.!?…])\s+(?=[\"“(\[]?\s?[A-ZĐÀ-Ỹ0-9])")
_FUSED = re.compile(r"(\bẢnh\s*:|\bVideo\s*:|\bClip\s*:|\bẢnh minh hoạ|\bNguồn ảnh|>\s*>)")


def split_sentences(text: str) -> list[str]:
    text = " ".join(text.split())
    out, start = [], 0
    for m in _CAND.finditer(text):
        chunk = text[start:m.start()]
        words = chunk.split()
        last = words[-1].rstrip(".!?…") if words else ""
        if last in _ABBR or re.fullmatch(r"(?:[A-ZĐ]\.)*[A-ZĐ]", last):
            continue
        if chunk.count('"') % 2 == 1 and len(chunk) < 400:
            continue
        out.append(chunk.strip())
        start = m.end()
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return [s for s in out if s]


_NAME = r"[A-ZĐÀ-Ỹ][\wÀ-ỹ'.-]*"
_BYLINE = re.compile(rf"^({_NAME}(?:\s+(?:{_NAME}|-|và|&|,))*?)\s*(\((?:Theo|Nguồn|Lược dịch|Tổng hợp|theo)[^()]*\))?$")
_CREDIT = re.compile(r"^\((?:Theo|Nguồn|Lược dịch|Tổng hợp|theo)[^()]*\)\.?$")
_XEMTHEM = re.compile(r"^(Xem thêm|Đọc thêm|Tin liên quan|Mời xem)\s*:")
_XEMTHEM_IN = re.compile(r"(?<=\S)\s+(?=(Xem thêm|Đọc thêm|Tin liên quan|Mời xem)\s*:)")


def split_trailers(sents: list[str]) -> tuple[list[str], list[tuple[str, str]]]:
    """Peel glued trailers (author names, '(Theo X)', 'Xem thêm: ...') off the end."""
    sents = list(sents)
    trailers: list[tuple[str, str]] = []
    while len(sents) > 1:
        s = sents[-1]
        glued = _XEMTHEM_IN.search(s)
        if glued and not s.endswith((".", "!", "?", '"')):
            sents[-1:] = [s[:glued.start()].strip(), s[glued.start():].strip()]
            continue
        if _XEMTHEM.match(s):
            trailers.insert(0, ("related", s))
        elif _CREDIT.match(s):
            trailers.insert(0, ("credit", s))
        elif (not s.endswith((".", "!", "?", "…", '"', "”", ":"))
              and len(s.split()) <= 9 and _BYLINE.match(s)):
            trailers.insert(0, ("byline", s))
        else:
            break
        sents.pop()
    return sents, trailers


def _related_pool(rows: list[dict]) -> list[dict]:
    pool = []
    for r in rows:
        art = r["article"][:RELATED_CUT]
        sents = split_sentences(art)
        if len(art) < len(r["article"]) and sents:
            sents = sents[:-1]  # the cut may have clipped the last one
        sents = [s for s in sents if not _FUSED.search(s) and 25 <= len(s) <= 260
                 and s.endswith((".", "!", "?", '"'))]
        pool.append({"title": r["title"], "sents": sents})
    return pool


# ---------------------------------------------------------------- vocabulary

_SUR = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi",
        "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Tạ", "Lưu", "Quách", "Mai"]
_MID = ["Thị", "Văn", "Minh", "Ngọc", "Thanh", "Hữu", "Đức", "Thu", "Quốc", "Bảo", "Gia", "Kim"]
_GIV = ["An", "Bình", "Châu", "Duyên", "Giang", "Hà", "Khoa", "Lâm", "Linh", "Nhung", "Phúc",
        "Quyên", "Sang", "Thắm", "Tùng", "Uyên", "Vy", "Xuân", "Yến", "Khải", "Hiển", "Trâm"]
_CITIES = ["Hà Nội", "TP.HCM", "Đà Nẵng", "Cần Thơ", "Huế", "Hải Phòng", "Nha Trang", "Vinh",
           "Buôn Ma Thuột", "Quy Nhơn", "Long Xuyên", "Thái Nguyên"]
_OUTLETS = ["Nhật báo Sông Hàn", "Báo điện tử Phương Nam", "Thời báo Kinh tế Đô thị",
            "Tin Tức Miền Trung", "Báo Lao Động Thủ Đô", "Tạp chí Thị Trường Xanh",
            "Kênh Tin 24 Giờ", "Báo Người Đồng Bằng", "Diễn đàn Doanh Thương", "Thông tấn Sao Mai"]
_WD = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]
_COMMENTS = [
    "Bài viết rất hữu ích, cảm ơn tác giả!", "Mong cơ quan chức năng sớm vào cuộc.",
    "Đọc xong thấy lo quá các bác ạ", "Chuyện này năm nào cũng nói mà chưa thấy thay đổi gì.",
    "Hay, chia sẻ cho cả nhà cùng đọc.", "Ai có số liệu năm ngoái để so sánh không?",
    "Đồng ý với quan điểm của chuyên gia.", "Tôi ở quê thấy tình hình khác hẳn vậy.",
    "Phải làm quyết liệt hơn nữa mới được.", "Thông tin chậm quá, hôm qua đã có rồi.",
    "Cho hỏi áp dụng từ ngày nào vậy ad?", "Tuyệt vời, ủng hộ!",
]


class _Ctx:
    def __init__(self, rng, title, sents, trailers, pool, layout):
        self.rng, self.title, self.sents = rng, title, sents
        self.trailers, self.pool, self.layout = trailers, pool, layout
        self.y = rng.choice([2017, 2018, 2019])
        self.mo, self.d = rng.randint(1, 12), rng.randint(1, 28)
        self.h, self.mi = rng.randint(5, 22), rng.randint(0, 59)
        self.used: set[int] = set()

    # small helpers
    def pick(self, *opts):
        return self.rng.choice(opts)

    def name(self, short=False):
        r = self.rng
        if short:
            return f"{r.choice(_MID)} {r.choice(_GIV)}"
        return f"{r.choice(_SUR)} {r.choice(_MID)} {r.choice(_GIV)}"

    def num(self, a, b):
        return self.rng.randint(a, b)

    def outlet(self):
        return self.rng.choice(_OUTLETS)

    def date(self, style=None):
        y, mo, d, h, mi = self.y, self.mo, self.d, self.h, self.mi
        wd = _WD[(d + mo * 3) % 7]
        styles = [
            f"{wd}, {d:02d}/{mo:02d}/{y} - {h:02d}:{mi:02d}",
            f"{d:02d}-{mo:02d}-{y} {h:02d}:{mi:02d} GMT+7",
            f"Cập nhật: {h:02d}:{mi:02d} | {d}/{mo}/{y}",
            f"{y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:00+07:00",
            f"Ngày {d} tháng {mo} năm {y}",
            f"{h}h{mi:02d} ngày {d}.{mo}.{y}",
        ]
        return styles[style] if style is not None else self.rng.choice(styles)

    def rel(self):
        """A related story (title + sentences) not used yet on this page."""
        if not self.pool:
            return None
        free = [i for i in range(len(self.pool)) if i not in self.used] or list(range(len(self.pool)))
        i = self.rng.choice(free)
        self.used.add(i)
        return self.pool[i]

    def headline(self):
        r = self.rel()
        return r["title"] if r else None

    def teaser(self):
        r = self.rel()
        if not r:
            return None, None
        return r["title"], (r["sents"][0] if r["sents"] else None)

    def cap_sentence(self):
        for _ in range(4):
            r = self.rel()
            if not r:
                return None
            short = [s for s in r["sents"] if len(s) <= 170]
            if short:
                return self.rng.choice(short)
        return r["title"]

    def caption_block(self):
        """Photo caption, optionally with a credit line before/after or inside."""
        s = self.cap_sentence()
        if s is None:
            return [("widget", self.pick("[Hình ảnh]", "🖼 Ảnh", "(ảnh)"))]
        who = self.name(short=self.rng.random() < 0.5)
        v = self.rng.randrange(7)
        if v == 0:
            return [("caption", s)]
        if v == 1:
            return [("caption", f"{s} (Ảnh: {who})")]
        if v == 2:
            return [("caption", f"{s} Ảnh: {who.upper()}")]
        if v == 3:
            return [("credit", f"Ảnh: {who}/{self.pick('TTXVN', 'Reuters', 'AFP', 'Tư liệu', 'Cộng tác viên')}"),
                    ("caption", s)]
        if v == 4:
            return [("caption", f"▲ {s}"), ("credit", f"— Ảnh: {who}")]
        if v == 5:
            return [("caption", f"Hình {self.num(1, 6)}. {s}")]
        return [("widget", self.pick("[Ảnh]", "📷", "IMG_%04d.jpg" % self.num(10, 9999))), ("caption", s)]

    def related_block(self, n=None, header=True):
        n = n or self.num(2, 4)
        out = []
        if header:
            out.append(("related", self.pick("Tin liên quan", "Đọc thêm", "Bài cùng chủ đề:",
                                             "CÓ THỂ BẠN QUAN TÂM", "Tin khác", "Xem tiếp")))
        style = self.rng.randrange(6)
        for j in range(n):
            t, te = self.teaser()
            if t is None:
                break
            if style == 0:
                out.append(("related", f"» {t}"))
            elif style == 1:
                out.append(("related", f"{j + 1}. {t}"))
            elif style == 2:
                out.append(("related", f"- {t} ({self.num(1, 28)}/{self.num(1, 12)})"))
            elif style == 3:
                out.append(("related", t))
                if te:
                    out.append(("related", te))
            elif style == 4:
                out.append(("related", f"{t} — {te}" if te else t))
            else:
                out.append(("related", f"[{self.pick('Video', 'Ảnh', 'Infographic', 'Tin nhanh')}] {t}"))
        return out

    def inline_related(self):
        t = self.headline()
        if t is None:
            return []
        return [("related", self.pick(f"Đọc thêm: {t}", f">> {t}", f"XEM THÊM: {t}",
                                      f"Tin liên quan: {t}", f"► {t}"))]

    def comments(self, n=None):
        n = n or self.num(1, 3)
        out = [("widget", self.pick(f"Bình luận ({self.num(2, 90)})", "Ý kiến bạn đọc",
                                    "Phản hồi", f"{self.num(3, 60)} bình luận"))]
        for c in self.rng.sample(_COMMENTS, n):
            out.append(("widget", f"{self.name()} · {self.pick(f'{self.num(1, 23)} giờ trước', f'{self.num(1, 50)} phút trước', f'{self.d}/{self.mo}')}"))
            out.append(("widget", c))
            out.append(("widget", self.pick(f"Trả lời · Thích ({self.num(0, 40)})", f"👍 {self.num(0, 99)}  Trả lời", "Báo vi phạm")))
        return out

    def paras(self, lo=1, hi=4):
        out, i = [], 0
        while i < len(self.sents):
            k = self.rng.randint(lo, hi)
            out.append(self.sents[i:i + k])
            i += k
        return out

    def weave(self, paras, groups, head=1):
        """Body paragraphs with furniture groups dropped in between (mid-story)."""
        entries = [("B", p) for p in paras]
        slots = list(range(min(head, len(paras)), len(paras))) or [len(paras)]
        places = sorted((self.rng.choice(slots), gi) for gi in range(len(groups)))
        for pos, gi in reversed(places):
            entries[pos:pos] = groups[gi]
        return entries


# ---------------------------------------------------------------- layouts

def _school_intranet(c):
    school = c.pick("Trường THPT Nguyễn Du", "Trường THCS Lê Lợi", "Trường Tiểu học Hoà Bình", "Trường THPT chuyên Lương Văn Chánh")
    out = [("S", f"Cổng thông tin nội bộ - {school}"),
           ("widget", c.pick("Trang chủ | Giới thiệu | Tin tức | Thời khoá biểu | Liên hệ", "Trang chủ › Tin tức › Thời sự - Xã hội")),
           ("widget", c.pick("Xin chào, Giáo viên! (Đăng xuất)", "Đăng nhập hệ thống SMAS")),
           ("T", c.title),
           ("byline", c.pick(f"Đăng bởi: Tổ Văn phòng - {c.name()}", f"Người đăng: thầy {c.name(short=True)}", f"Cô {c.name()} sưu tầm")),
           ("D", c.date(0)),
           ("widget", f"Lượt xem: {c.num(12, 900)}")]
    out += c.weave(c.paras(1, 3), [c.caption_block()])
    out += [("credit", c.pick(f"Nguồn: {c.outlet()}", f"(Sưu tầm từ {c.outlet()})"))]
    out += [("widget", c.pick("Đề nghị GVCN phổ biến nội dung tới học sinh trong giờ sinh hoạt lớp.",
                              "Các tổ chuyên môn lưu ý tổ chức thảo luận trong buổi sinh hoạt chuyên đề."))]
    out += c.related_block(header=True)
    out += [("widget", f"© {c.y} {school}. Thiết kế bởi phòng CNTT."), ("widget", "Lên đầu trang ↑")]
    return out


def _company_workplace(c):
    comp = c.pick("Tập đoàn Hưng Phát", "Công ty CP Thép Sao Việt", "Ngân hàng TMCP Đại Tín", "Công ty Bảo hiểm An Khang")
    out = [("widget", c.pick("Workplace", "Mạng nội bộ", "Intranet")),
           ("S", f"Bản tin nội bộ {comp}"),
           ("widget", c.pick("Nhóm: Điểm tin sáng · Riêng tư", "Kênh: #diem-bao-hang-ngay")),
           ("byline", f"{c.name()} — {c.pick('Ban Truyền thông', 'Phòng Pháp chế', 'Văn phòng HĐQT')}"),
           ("D", c.date(c.pick(0, 2))),
           ("widget", c.pick("Điểm báo hôm nay gửi anh chị:", "Mời mọi người tham khảo tin sau 👇")),
           ("T", c.title)]
    out += c.weave(c.paras(2, 4), [c.inline_related()])
    out += [("credit", c.pick(f"Nguồn: {c.outlet()}", f"Trích {c.outlet()}, số ra ngày {c.d}/{c.mo}"))]
    out += [("widget", f"👍 {c.num(2, 80)}   💬 {c.num(0, 20)}   👀 Đã xem {c.num(30, 400)}"),
            ("widget", c.pick("Thích · Bình luận · Chia sẻ", "Thả cảm xúc · Trả lời"))]
    out += c.comments(c.num(1, 2))
    out += [("widget", c.pick("Tài liệu nội bộ - không chuyển tiếp ra ngoài.", "Thông tin chỉ dùng trong nội bộ công ty."))]
    return out


def _parish_bulletin(c):
    par = c.pick("Giáo xứ Thánh Giuse", "Giáo xứ Tân Định", "Hội thánh Tin Lành Bình Trị", "Giáo họ Phú Hoà")
    out = [("S", f"BẢN TIN {par.upper()}"),
           ("widget", f"Số {c.num(100, 900)} - Chúa Nhật tuần {c.num(1, 33)} Thường Niên"),
           ("D", c.date(4)),
           ("widget", "TIN THẾ SỰ TUẦN QUA"),
           ("T", c.title)]
    out += c.weave(c.paras(2, 5), [c.caption_block()], head=1)
    out += [("credit", f"(Theo {c.outlet()})")]
    out += [("widget", "THÔNG BÁO GIÁO XỨ"),
            ("widget", f"Lịch lễ: Thứ 2 - Thứ 7: {c.num(4, 5)}g30 sáng và {c.num(17, 18)}g00 chiều; Chúa Nhật: 5g00 - 7g00 - 17g00."),
            ("widget", c.pick("Xin cộng đoàn hiệp ý cầu nguyện cho các nạn nhân thiên tai.",
                              "Ca đoàn Cecilia tuyển thêm ca viên, xin liên hệ văn phòng giáo xứ.")),
            ("related", "Trong số này:")]
    out += c.related_block(n=c.num(2, 3), header=False)
    out += [("byline", f"Ban Truyền thông {par} - {c.pick('biên soạn', 'tổng hợp')}"),
            ("widget", c.pick("Lưu hành nội bộ", "Bản tin lưu hành nội bộ - xin đừng bỏ lại trong nhà thờ"))]
    return out


def _trade_association_mail(c):
    ass = c.pick("Hiệp hội Doanh nghiệp Cơ khí", "Hội Doanh nhân Trẻ", "Hiệp hội Chế biến Gỗ", "Hội Nông sản Sạch")
    out = [("widget", f"Từ: {ass} <bantin@hoi{c.num(10, 99)}.org.vn>"),
           ("widget", f"Đến: hoivien@danhsach.vn"),
           ("D", f"Ngày gửi: {c.date(1)}"),
           ("S", f"BẢN TIN HỘI VIÊN - {ass.upper()}"),
           ("widget", c.pick("Kính gửi Quý Hội viên,", "Kính chào Quý doanh nghiệp,")),
           ("widget", "Văn phòng Hiệp hội trân trọng điểm tin đáng chú ý trong tuần:"),
           ("T", c.title)]
    out += c.weave(c.paras(1, 3), [c.inline_related()])
    out += [("credit", c.pick(f"Nguồn tin: {c.outlet()}", f"[{c.outlet()}]"))]
    out += c.related_block(header=True)
    out += [("widget", f"Mời Quý Hội viên đăng ký tham dự Toạ đàm xúc tiến thương mại ngày {c.num(1, 28)}/{c.num(1, 12)} tại {c.pick(*_CITIES)}."),
            ("widget", "Hủy nhận thư | Cập nhật thông tin hội viên | Xem bản trên web"),
            ("byline", f"Trân trọng, {c.name()} - Chánh Văn phòng")]
    return out


def _bank_market_brief(c):
    bank = c.pick("Ngân hàng Phương Đông Số", "DaiTin Securities", "Công ty Chứng khoán Bến Nghé", "Khối Nguồn vốn - Ngân hàng Sài Thành")
    vn = c.num(880, 1200)
    out = [("S", bank),
           ("widget", c.pick("BẢN TIN THỊ TRƯỜNG SÁNG", "MORNING BRIEF - ĐIỂM TIN VĨ MÔ", "Nhịp đập thị trường")),
           ("D", c.date(c.pick(1, 3))),
           ("widget", f"VN-Index {vn},{c.num(10, 99)} ({c.pick('+', '-')}{c.num(0, 2)},{c.num(10, 99)}%) | HNX-Index {c.num(95, 130)},{c.num(10, 99)} | USD/VND {c.num(22900, 23400)}"),
           ("widget", f"Vàng SJC: {c.num(36, 42)},{c.num(10, 90)} triệu đồng/lượng   Dầu Brent: {c.num(55, 85)},{c.num(10, 99)} USD/thùng"),
           ("widget", c.pick("TIÊU ĐIỂM", "TIN VĨ MÔ NỔI BẬT")),
           ("T", c.title)]
    out += c.weave(c.paras(1, 3), [[("widget", c.pick(f"Nhận định của chuyên viên phân tích: {c.pick('Tích cực', 'Trung lập', 'Thận trọng')}",
                                                      "Tác động tới danh mục: Trung bình"))]])
    out += [("credit", c.pick(f"Nguồn: {c.outlet()}, {bank} tổng hợp", f"Tổng hợp từ {c.outlet()}"))]
    out += [("related", "Các tin khác trong bản tin:")]
    out += c.related_block(n=c.num(2, 4), header=False)
    out += [("byline", f"Phòng Phân tích - Chuyên viên {c.name()}"),
            ("widget", "Khuyến cáo: Bản tin chỉ nhằm mục đích cung cấp thông tin, không phải lời mời chào mua hay bán bất kỳ chứng khoán nào."),
            ("widget", f"Hotline {c.num(1800, 1900)} {c.num(1000, 9999)} | Mở tài khoản trực tuyến chỉ 5 phút")]
    return out


def _smart_tv_app(c):
    out = [("widget", c.pick("◀ Quay lại", "⟵ BACK")),
           ("S", c.pick("VTin TV", "Tin Tức Smart TV", "NewsBox cho TV")),
           ("widget", c.pick("Thời sự   Kinh tế   Thế giới   Thể thao   Giải trí", "Mới nhất | Xem nhiều | Video")),
           ("T", c.title),
           ("D", c.date(c.pick(0, 5)))]
    out += c.caption_block()
    out += c.weave(c.paras(1, 2), [[("widget", "Nhấn ▼ để cuộn, OK để phóng to chữ")]])
    out += [("widget", f"Tiếp theo trong {c.num(5, 15)} giây:")]
    h = c.headline()
    if h:
        out += [("related", h)]
    out += [("widget", "[OK] Xem ngay   [◀] Danh sách   [★] Lưu"),
            ("widget", c.pick("Điều khiển bằng giọng nói: nói \"đọc tin tiếp\"", "Nhấn phím màu đỏ để bật phụ đề"))]
    return out


def _car_radio_transcript(c):
    ch = c.pick("Kênh Giao thông FM 91", "Đài Phát thanh Sông Lam FM 98,5", "Radio Xe Khách 105,7")
    out = [("S", f"Bản ghi tự động - {ch}"),
           ("D", f"Phát lúc {c.h}:{c.mi:02d} ngày {c.d}/{c.mo}/{c.y}"),
           ("widget", "[Nhạc hiệu bản tin]"),
           ("widget", c.pick("Kính chào quý thính giả đang lưu thông trên đường.", "Bản tin thời sự xin được bắt đầu.")),
           ("T", c.title)]
    paras = c.paras(1, 2)
    groups = [[("widget", f"[{c.h:02d}:{(c.mi + j) % 60:02d}:{c.num(0, 59):02d}]")] for j in range(min(3, len(paras)))]
    out += c.weave(paras, groups)
    out += [("byline", c.pick(f"Biên tập viên {c.name()} đọc bản tin", f"Giọng đọc: {c.name(short=True)}")),
            ("credit", c.pick(f"Tin: {c.outlet()}", f"Theo thông tin từ {c.outlet()}")),
            ("widget", c.pick("[Quảng cáo] Dầu nhớt Phi Long - bảo vệ động cơ trên mọi hành trình", "[Quảng cáo] Lốp xe Thành Công - an toàn cho mọi nhà")),
            ("widget", f"Tình hình giao thông: ùn tắc nhẹ tại {c.pick('cầu Sài Gòn', 'ngã tư Sở', 'nút giao Kim Liên', 'vòng xoay Lăng Cha Cả')}"),
            ("related", "Bản tin sau có các nội dung:")]
    out += c.related_block(n=2, header=False)
    out += [("widget", "[Hết bản ghi - độ chính xác nhận dạng giọng nói 92%]")]
    return out


def _ereader_highlights(c):
    out = [("S", c.pick("Sổ tay Kindle - Ghi chú của tôi", "Xuất ghi chú từ Kobo", "Tủ sách PocketBook")),
           ("widget", f"Bài báo đã gửi tới thiết bị từ trình duyệt ({c.pick('Send to Kindle', 'Đọc sau', 'Pocket')})"),
           ("T", c.title),
           ("byline", c.pick(f"{c.outlet()} · {c.name()}", f"Tác giả: {c.name()}")),
           ("D", f"Đã thêm: {c.date(0)}")]
    paras = c.paras(3, 6)
    groups = [[("widget", f"Nổi bật (vàng) | Vị trí {c.num(10, 400)}-{c.num(401, 900)}")], [("widget", f"Trang {c.num(1, 4)} / {c.num(5, 9)}")]]
    out += c.weave(paras, groups)
    out += [("widget", c.pick("Ghi chú: cần đối chiếu số liệu", "Ghi chú: dùng cho bài thuyết trình")),
            ("widget", f"Đã đọc {c.num(60, 100)}% · còn {c.num(1, 9)} phút")]
    out += c.related_block(n=2, header=True)
    out += [("widget", "Được xuất bởi trình quản lý ghi chú. Chỉ dùng cho mục đích cá nhân.")]
    return out


def _legal_database(c):
    out = [("S", c.pick("CSDL Pháp luật & Thời sự LuậtViệt", "Thư viện Văn bản Pháp lý Trí Tín", "Hệ thống tra cứu pháp luật PhápĐiển")),
           ("widget", "Tra cứu văn bản | Tin pháp luật | Biểu mẫu | Hỏi đáp | Gói dịch vụ"),
           ("widget", f"Mã tin: TT-{c.y}-{c.num(1000, 99999)}   Lĩnh vực: {c.pick('Thuế - Phí', 'Thương mại', 'Đầu tư', 'Đất đai')}"),
           ("T", c.title),
           ("D", f"Ngày đăng: {c.date(c.pick(0, 4))}"),
           ("widget", c.pick("Tình trạng: Đã kiểm duyệt", "Hiệu lực văn bản liên quan: Còn hiệu lực"))]
    out += c.weave(c.paras(1, 4), [[("widget", "Nội dung dưới đây dành cho thành viên Cơ bản trở lên.")]])
    out += [("credit", f"Nguồn: {c.outlet()}"),
            ("related", "Văn bản & tin liên quan")]
    out += c.related_block(n=c.num(2, 4), header=False)
    out += [("widget", f"Nghị định {c.num(10, 180)}/{c.y}/NĐ-CP | Thông tư {c.num(1, 90)}/{c.y - 1}/TT-BTC"),
            ("widget", "Đăng nhập để tải file .doc | In | Gửi email | Lưu vào thư mục"),
            ("widget", "Hotline hỗ trợ pháp lý: 1900 6xxx (8:00-17:30)")]
    return out


def _translator_side_by_side(c):
    out = [("S", c.pick("DịchNhanh - Công cụ dịch tài liệu", "TransViet Online")),
           ("widget", "Tiếng Việt (phát hiện tự động)  ⇄  English"),
           ("widget", c.pick("Văn bản nguồn", "NGUỒN")),
           ("T", c.title)]
    paras = c.paras(1, 3)
    groups = [[("widget", "[EN] …đang dịch đoạn này…")] for _ in range(min(2, len(paras)))]
    out += c.weave(paras, groups)
    out += [("widget", f"{sum(len(s) for s in c.sents)} / 5000 ký tự"),
            ("widget", c.pick("Bản dịch", "TRANSLATION")),
            ("widget", "Translation limit reached. Upgrade to Pro to translate documents longer than 5,000 characters."),
            ("widget", "📋 Sao chép   🔊 Nghe   ⭐ Lưu   ✎ Góp ý bản dịch"),
            ("credit", f"Văn bản gốc: {c.outlet()}")]
    h = c.headline()
    if h:
        out += [("related", f"Lịch sử dịch: {h}")]
    return out


def _press_clipping_service(c):
    client = c.pick("Công ty CP Sữa Đồng Xanh", "Tập đoàn Địa ốc Nam Việt", "Bộ phận PR - Hàng không Sao Biển")
    out = [("S", c.pick("MediaWatch Việt Nam - Dịch vụ điểm báo", "Trung tâm Theo dõi Truyền thông TinLọc")),
           ("widget", f"Khách hàng: {client}"),
           ("widget", f"Mã bài: CL{c.y}{c.mo:02d}{c.num(100, 999)}   Ấn phẩm: {c.outlet()} - trang {c.num(2, 24)}"),
           ("widget", f"Sắc thái: {c.pick('Trung tính', 'Tích cực', 'Tiêu cực')}   Mức độ liên quan: {c.num(1, 5)}/5"),
           ("D", c.date(1)),
           ("T", c.title),
           ("byline", c.pick(f"Tác giả bài báo: {c.name()}", f"PV {c.name()} - {c.pick(*_CITIES)}"))]
    out += c.weave(c.paras(2, 4), [c.caption_block()])
    out += [("widget", f"Từ khoá theo dõi: {c.pick('thuế; xuất khẩu', 'ngân hàng; lãi suất', 'bất động sản; giá')}"),
            ("widget", f"Ghi chú chuyên viên: {c.pick('Không nhắc trực tiếp tới khách hàng', 'Đối thủ cạnh tranh được nêu tên')}"),
            ("related", "Các bài cùng chủ đề trong ngày:")]
    out += c.related_block(n=c.num(2, 3), header=False)
    out += [("widget", "Tài liệu bảo mật - chỉ phục vụ khách hàng của dịch vụ. Nghiêm cấm sao chép."),
            ("widget", f"Trang {c.num(1, 3)}/{c.num(4, 12)}")]
    return out


def _notes_app_export(c):
    out = [("widget", c.pick("Ghi chú", "Sổ tay › Đọc sau", "Notes › Công việc")),
           ("T", c.title),
           ("D", f"Đã chỉnh sửa lần cuối {c.date(5)}"),
           ("S", c.pick(f"Đã lưu từ {c.outlet()}", f"Clip từ web: {c.outlet()}")),
           ("widget", c.pick("#kinhte #luu_lai", "#doc_sau #tin_tuc", "Thẻ: thời sự, quan trọng"))]
    out += c.weave(c.paras(1, 3), [[("widget", "☐ Kiểm tra lại số liệu")], c.inline_related()])
    out += [("widget", c.pick("— ghi chú của tôi: hỏi lại anh Phúc về vụ này", "TODO: chia sẻ vào nhóm"))]
    out += [("widget", "☑ Đã đọc"), ("widget", f"Đã đồng bộ · {c.num(2, 9)} thiết bị"),
            ("widget", c.pick("Chia sẻ ghi chú | Xuất PDF | Ghim", "⋯ Thêm tuỳ chọn"))]
    return out


def _telegram_bot_digest(c):
    bot = c.pick("TinNhanhBot", "ĐiểmBáo24h_bot", "BáoMớiAlert")
    out = [("S", f"🤖 {bot}"),
           ("widget", c.pick("/start", "/tinmoi kinh tế")),
           ("D", f"{c.h:02d}:{c.mi:02d}"),
           ("T", c.title)]
    paras = c.paras(1, 1)
    groups = [[("widget", f"👁 {c.num(1, 9)},{c.num(1, 9)}K  ·  {c.h:02d}:{(c.mi + j) % 60:02d}")] for j in range(min(2, len(paras)))]
    out += c.weave(paras, groups)
    out += [("credit", f"📰 {c.outlet()}")]
    out += c.related_block(n=c.num(2, 3), header=False)
    out += [("widget", "[Đọc tiếp]  [Tin khác]  [Huỷ đăng ký]"),
            ("widget", c.pick("Đã chỉnh sửa", "đã chuyển tiếp từ kênh @diembao")),
            ("widget", f"{c.pick('❤️', '🔥', '👍')} {c.num(1, 120)}   😮 {c.num(0, 30)}")]
    return out


def _airport_kiosk_printout(c):
    out = [("widget", "*" * c.num(24, 32)),
           ("S", c.pick("KIOSK TIN TỨC - NHÀ GA T2", "TRẠM ĐỌC BÁO - THƯ VIỆN TỈNH", "MÁY IN BÁO TỰ ĐỘNG PRESSBOX")),
           ("widget", "*" * c.num(24, 32)),
           ("D", f"In lúc: {c.date(1)}"),
           ("widget", f"Mã phiếu: #{c.num(10000, 99999)}  Máy số {c.num(1, 12)}"),
           ("T", c.title),
           ("widget", "-" * c.num(20, 30))]
    out += c.weave(c.paras(2, 3), [[("widget", "- - - - - - - - - -")]])
    out += [("credit", f"Nội dung cung cấp bởi {c.outlet()}"),
            ("widget", "-" * c.num(20, 30)),
            ("related", "TIN KHÁC TRÊN KIOSK:")]
    out += c.related_block(n=c.num(2, 3), header=False)
    out += [("widget", "Quét mã QR để đọc tiếp trên điện thoại"),
            ("widget", c.pick("Cảm ơn quý khách! Vui lòng lấy phiếu.", "Chúc quý khách thượng lộ bình an!")),
            ("widget", f"Phí in: {c.pick('Miễn phí', '2.000 đ')}")]
    return out


def _sms_news_service(c):
    svc = c.pick("TinSMS", "BaoNhanh8x", "TinHot")
    out = [("S", f"[{svc}]"),
           ("D", f"{c.d:02d}/{c.mo:02d} {c.h:02d}:{c.mi:02d}"),
           ("T", c.title)]
    paras = c.paras(1, 2)
    n = len(paras)
    entries = []
    for j, p in enumerate(paras):
        entries.append(("B", p))
        if j < n - 1 and j < 3:
            entries.append(("widget", f"({j + 1}/{n}) còn tiếp"))
    out += entries
    out += [("widget", f"Soạn TIN gửi 8{c.num(0, 7)}77 để nhận tin mỗi ngày. Phí 1.000đ/tin."),
            ("widget", f"Để huỷ, soạn HUY {svc} gửi 8{c.num(0, 7)}77."),
            ("credit", f"Theo {c.outlet()}")]
    h = c.headline()
    if h:
        out += [("related", f"Tin ngày mai: {h}")]
    return out


def _podcast_show_notes(c):
    show = c.pick("Podcast Cà Phê Sáng", "Điểm Tin Kinh Tế 15 Phút", "Radio Thị Trường")
    out = [("S", show),
           ("widget", f"Tập {c.num(40, 400)}"),
           ("T", c.title),
           ("D", f"Phát hành {c.date(4)} · {c.num(8, 25)} phút"),
           ("widget", c.pick("Nghe trên Spotify | Apple Podcasts | YouTube", "▶ Phát  ⏩ 15s  ⏪ 15s  1.25x")),
           ("byline", f"Người dẫn: {c.name()} và {c.name()}"),
           ("widget", "Ghi chú tập:")]
    paras = c.paras(1, 3)
    groups = [[("widget", f"{c.num(0, 9):02d}:{c.num(0, 59):02d} — {c.pick('Bối cảnh', 'Diễn biến chính', 'Ý kiến chuyên gia', 'Tác động')}")] for _ in range(min(2, len(paras)))]
    out += c.weave(paras, groups, head=0)
    out += [("credit", f"Tư liệu: {c.outlet()}"),
            ("credit", c.pick("Nhạc nền: \"Morning Dew\" - Audio Library", "Âm thanh: Studio Hồng Hà")),
            ("related", "Các tập trước:")]
    out += c.related_block(n=c.num(2, 3), header=False)
    out += [("widget", c.pick("Ủng hộ chương trình: momo.vn/capheSang", "Đăng ký kênh để không bỏ lỡ tập mới!"))]
    out += c.comments(1)
    return out


def _university_repository(c):
    uni = c.pick("Thư viện số Đại học Kinh tế", "Kho lưu trữ báo chí - ĐH Khoa học Xã hội", "Trung tâm Học liệu Đại học Vùng")
    out = [("S", uni),
           ("widget", "Duyệt theo: Bộ sưu tập | Tác giả | Chủ đề | Năm"),
           ("widget", f"Bộ sưu tập: Tư liệu báo chí {c.y}"),
           ("T", c.title),
           ("byline", f"Người nhập liệu: {c.name()} (thư viện viên)"),
           ("D", f"Ngày xuất bản gốc: {c.date(4)}"),
           ("widget", f"Handle: http://hdl.handle.net/{c.num(100, 999)}/{c.num(1000, 99999)}"),
           ("widget", "Tóm tắt / Toàn văn:")]
    out += c.weave(c.paras(3, 6), [])
    out += [("credit", f"Nguồn gốc: {c.outlet()}. Lưu trữ phục vụ nghiên cứu, giảng dạy."),
            ("widget", f"Lượt xem: {c.num(5, 500)}   Lượt tải: {c.num(0, 80)}"),
            ("widget", f"Trích dẫn (APA): {c.outlet()}. ({c.y}). Truy cập từ kho lưu trữ."),
            ("related", "Tài liệu tương tự")]
    out += c.related_block(n=c.num(2, 4), header=False)
    out += [("widget", "DSpace Software © 2002-2019 | Gửi phản hồi")]
    return out


def _inflight_magazine(c):
    out = [("S", c.pick("Heritage - Tạp chí trên không", "Cánh Diều Magazine - Ấn phẩm của hãng bay", "Sky Việt Inflight")),
           ("widget", f"Tháng {c.mo}/{c.y} · Trang {c.num(20, 120)}"),
           ("widget", c.pick("ĐIỂM TIN", "KINH TẾ & ĐỜI SỐNG", "TOÀN CẢNH")),
           ("T", c.title)]
    out += c.caption_block()
    out += [("byline", c.pick(f"Bài: {c.name()} | Ảnh: {c.name(short=True)}", f"Văn: {c.name()}", f"Thực hiện: {c.name()} - {c.name()}"))]
    out += c.weave(c.paras(2, 4), [c.caption_block(), [("widget", c.pick("QUẢNG CÁO", "Advertisement"))] + [("widget", c.pick("Nghỉ dưỡng đẳng cấp tại Sapa - Đặt phòng ngay hôm nay", "Đồng hồ Thuỵ Sĩ chính hãng - Miễn thuế trên chuyến bay"))]])
    out += [("widget", c.pick("Mời quý khách mang tạp chí về làm kỷ niệm.", "Quý khách vui lòng để tạp chí lại túi ghế phía trước.")),
            ("related", c.pick("Đón đọc số tới:", "Cũng trong số này:"))]
    out += c.related_block(n=2, header=False)
    out += [("widget", f"Giấy phép xuất bản số {c.num(10, 300)}/GP-BTTTT")]
    return out


_BUILDERS = {
    "school_intranet": _school_intranet,
    "company_workplace": _company_workplace,
    "parish_bulletin": _parish_bulletin,
    "trade_association_mail": _trade_association_mail,
    "bank_market_brief": _bank_market_brief,
    "smart_tv_app": _smart_tv_app,
    "car_radio_transcript": _car_radio_transcript,
    "ereader_highlights": _ereader_highlights,
    "legal_database": _legal_database,
    "translator_side_by_side": _translator_side_by_side,
    "press_clipping_service": _press_clipping_service,
    "notes_app_export": _notes_app_export,
    "telegram_bot_digest": _telegram_bot_digest,
    "airport_kiosk_printout": _airport_kiosk_printout,
    "sms_news_service": _sms_news_service,
    "podcast_show_notes": _podcast_show_notes,
    "university_repository": _university_repository,
    "inflight_magazine": _inflight_magazine,
}


# ---------------------------------------------------------------- faults

def _interior_spaces(s):
    return [m.start() for m in re.finditer(" ", s)]


FAULTS = ("nbsp", "zwsp", "double", "nfd", "glue")


def _fault(rng, sents, kind):
    """Return (fault name, new sentences, nfd flag)."""
    sents = list(sents)
    if kind == "glue":
        cands = [i for i in range(len(sents) - 1) if sents[i].endswith(".")]
        if not cands:
            kind = "double"
        else:
            i = rng.choice(cands)
            sents[i:i + 2] = [sents[i] + sents[i + 1]]
            return kind, sents, False
    if kind == "nfd":
        return kind, sents, True
    idx = rng.sample(range(len(sents)), min(len(sents), rng.randint(1, 3)))
    for i in idx:
        s, sp = sents[i], _interior_spaces(sents[i])
        if not sp:
            continue
        p = rng.choice(sp)
        if kind == "nbsp":
            sents[i] = s[:p] + "\u00a0" + s[p + 1:]
        elif kind == "double":
            sents[i] = s[:p] + "  " + s[p + 1:]
        else:
            ins = rng.choice(["\u200b", "\ufeff", "\u200b"])
            sents[i] = s[:p + 1] + ins + s[p + 1:]
    return kind, sents, False


# ---------------------------------------------------------------- assembly

def _page(k, row, pool, fault=None) -> Page:
    layout = LAYOUTS[k % len(LAYOUTS)]
    rng = random.Random(f"{SEED}:{row['row']}:{k}")
    sents = split_sentences(row["article"])
    sents, trailers = split_trailers(sents)
    kept = [s for s in sents if not _FUSED.search(s)]
    sents = kept or sents
    nfd = False
    if fault:
        _, sents, nfd = _fault(rng, sents, fault)
    c = _Ctx(rng, row["title"], sents, trailers, pool, layout)
    entries = _BUILDERS[layout](c)
    # trailers go right after the last body paragraph
    last = max(i for i, e in enumerate(entries) if e[0] == "B")
    entries[last + 1:last + 1] = trailers
    lines, body, furn = [], [], []
    seen_unl = set()
    for kind, val in entries:
        if kind == "B":
            if not val:
                continue
            lines.append(" ".join(val))
            body.extend(val)
            continue
        if val is None:
            continue
        line = " ".join(val.split()) if kind not in KINDS else val.strip()
        if not line:
            continue
        if kind in ("T", "D", "S"):
            assert kind not in seen_unl
            seen_unl.add(kind)
            lines.append(line)
        else:
            assert kind in KINDS, kind
            lines.append(line)
            furn.append((kind, line))
    if nfd:
        f = lambda s: unicodedata.normalize("NFD", s)  # noqa: E731
        lines = [f(x) for x in lines]
        body = [f(x) for x in body]
        furn = [(kd, f(x)) for kd, x in furn]
    return Page(text="\n".join(lines), body=body, furniture=furn, layout=layout)


def pages(train_path) -> list[Page]:
    body_rows = _read_rows(train_path, BODY_ROWS)
    pool = _related_pool(_read_rows(train_path, RELATED_ROWS))
    # a quarter of the pages get scraper faults, the five kinds in turn
    frng = random.Random(SEED)
    chosen = frng.sample(range(len(body_rows)), round(len(body_rows) / 4))
    faults = {i: FAULTS[j % len(FAULTS)] for j, i in enumerate(chosen)}
    return [_page(k, row, pool, faults.get(k)) for k, row in enumerate(body_rows)]


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 1:
        print("usage: python eval/clean_test34/make.py TRAIN.jsonl.gz", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    ps = pages(argv[0])
    dt = time.perf_counter() - t0
    print(f"pages={len(ps)} layouts={len({p.layout for p in ps})} "
          f"body_sentences={sum(len(p.body) for p in ps)} "
          f"furniture_lines={sum(len(p.furniture) for p in ps)} time={dt:.2f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
