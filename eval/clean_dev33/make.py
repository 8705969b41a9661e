#!/usr/bin/env python3
"""Blind held-out test set 33 for the vnsumm cleaner: scraped Vietnamese news pages.

Written without looking at the cleaner, its tests, its seeds or its design notes.
Standard library only, seeded and deterministic.

    python eval/clean_test33/make.py TRAIN.jsonl.gz

Each usable row of BODY_ROWS gives one page: the article's sentences (the body)
wrapped in page furniture imitating a layout of LAYOUTS. Other stories' headlines,
teasers and caption sentences come only from RELATED_ROWS (title plus the first
RELATED_CUT characters of the article).
"""

from __future__ import annotations

import datetime as _dt
import gzip
import json
import random
import re
import sys
import time
import unicodedata
from dataclasses import dataclass

SEED = 3321
BODY_ROWS = range(12_900, 13_000)
RELATED_ROWS = range(13_900, 14_000)
RELATED_CUT = 1_200
KINDS = ("byline", "credit", "caption", "related", "widget")
LAYOUTS = (
    "portal_desktop",
    "amp_mobile",
    "app_copy",
    "social_post",
    "chat_forward",
    "email_newsletter",
    "print_ocr",
    "screen_reader",
    "web_archive",
    "aggregator",
    "broadcast_site",
    "gov_portal",
    "forum_repost",
    "overseas_weekly",
    "pdf_print",
    "institution_news",
    "sports_section",
    "market_paywall",
    "health_magazine",
)


@dataclass
class Page:
    text: str
    body: list[str]
    furniture: list[tuple[str, str]]
    layout: str


# --------------------------------------------------------------------------- reading


def _usable(line: str):
    if not line.strip():
        return None
    try:
        row = json.loads(line)
    except ValueError:
        return None
    if not isinstance(row, dict):
        return None
    title, article = row.get("title"), row.get("article")
    if not isinstance(title, str) or not isinstance(article, str):
        return None
    if not title.strip() or not article.strip():
        return None
    return title, article


def _read(train_path):
    stop = max(BODY_ROWS.stop, RELATED_ROWS.stop)
    body, related = [], []
    opener = gzip.open if str(train_path).endswith(".gz") else open
    with opener(train_path, "rt", encoding="utf-8", errors="replace", newline="\n") as fh:
        for i, line in enumerate(fh):
            if i >= stop:
                break
            in_body, in_rel = i in BODY_ROWS, i in RELATED_ROWS
            if not (in_body or in_rel):
                continue
            row = _usable(line)
            if row is None:
                continue
            if in_body:
                body.append(row)
            if in_rel:
                related.append((row[0], row[1][:RELATED_CUT]))
    return body, related


# --------------------------------------------------------------------------- text


_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)


def _clean(s: str) -> str:
    s = unicodedata.normalize("NFC", s).translate(_INVISIBLE)
    return " ".join(s.split())


_BOUND = re.compile(r"[.!?…]+\s+")
_ABBR = {
    "TP", "Tp", "ThS", "TS", "PGS", "GS", "BS", "Mr", "Mrs", "Ms", "Dr", "St", "Co",
    "Ltd", "Inc", "vs", "NXB", "Nxb", "TT", "SN", "No", "ĐC", "Đ/c", "Th.S", "TTƯT", "NSƯT",
    "NSND", "GS.TS", "PGS.TS", "BSCKII", "BSCKI", "Q", "P", "H", "X",
}


def _is_abbr(tok: str) -> bool:
    if tok.endswith(".."):
        return False
    word = tok.rstrip(".!?…")
    if not word:
        return False
    if word in _ABBR:
        return True
    if re.fullmatch(r"[A-ZĐ][A-Za-zĐđ]?", word):
        return True
    if "." in word and len(word) <= 7 and word[:1].isupper():
        return True
    return False


def _split(text: str) -> list[str]:
    out, start = [], 0
    for m in _BOUND.finditer(text):
        end = m.end()
        if end >= len(text):
            break
        nxt = text[end]
        if not (nxt.isupper() or nxt.isdigit() or nxt in "“(["):
            continue
        stop = m.start() + len(m.group().rstrip())
        head = text[start:stop].split()
        if not head or _is_abbr(head[-1]):
            continue
        out.append(text[start:stop].strip())
        start = end
    out.append(text[start:].strip())
    return [s for s in out if s]


_FUSED = re.compile(
    r"(?:\bẢnh\s*:|Ảnh minh ho|\(Ảnh\b|\bVideo\s*:|\bClip\s*:|Xem thêm|XEM THÊM|Đọc thêm|"
    r"TIN LIÊN QUAN|Tin liên quan:|\bNguồn\s*:|^(?:Video|Clip|Infographic)\b)"
)
_CREDIT = re.compile(
    r"^\(?(?:Theo|Nguồn|Nguồn tin|Lược dịch theo|Dịch từ|Lược dịch từ)\s[^,;]{1,70}?\)?\.?$"
)
_PAREN_TAIL = re.compile(
    r"\s*\((?:[Tt]ổng hợp|[Tt]\s*/\s*[Hh]|[Tt]heo\s[^()]{1,60}|[Ll]ược dịch[^()]{0,60}|"
    r"[Dd]ịch[^()]{0,60}|[Nn]guồn[^()]{0,60}|TTXVN[^()]{0,30})\)\s*$"
)
_ROLE = re.compile(r"(?:^|\s)((?:Thiết kế|Đồ hoạ|Đồ họa|Ảnh|Video|Clip|Thực hiện|Trình bày|Infographic)\s*:)$")
_TEAM = re.compile(r"(?:^|(?<=[.:!?”\"]\s))(Nhóm (?:PV|phóng viên)\b[^.:!?]{0,30})$")
_RELATED_TRAILER = ("Xem thêm", "XEM THÊM", "Đọc thêm", "Mời xem", "Xem video", "Tin liên quan", "Xem clip")
_CAPTION_TRAILER = re.compile(r"^(?:Clip|Video|Ảnh|Infographic)\s*:")
_TERMINAL = ".!?…"


def _name_tok(t: str) -> bool:
    if not t[:1].isupper() or len(t) > 14:
        return False
    return t[-1] not in ":,;.!?…\"”“" or re.fullmatch(r"(?:[A-ZĐ]\.)+[A-ZĐ]?\.?", t) is not None


def _split_byline(frag: str):
    """(prefix, byline) when frag ends with an author name, else None."""
    m = _PAREN_TAIL.search(frag)
    core = frag[: m.start()] if m else frag
    toks = core.split()
    j, names, joiner = len(toks), 0, False
    while j > 0:
        t = toks[j - 1]
        if t in ("-", "–", "&", "/"):
            joiner = True
        elif _name_tok(t):
            names += 1
        else:
            break
        j -= 1
    while j < len(toks) and toks[j] in ("-", "–", "&", "/"):
        j += 1
    if names == 0 or names > 8:
        return None
    prefix = " ".join(toks[:j])
    byline = " ".join(toks[j:]) + (frag[m.start():].rstrip() if m else "")
    byline = byline.strip()
    if not prefix:
        return "", byline
    if prefix[-1] in ".:!?…”\")" or m or joiner:
        return prefix, byline
    return None


def _article(article: str):
    """Body sentences and glued trailers [(kind, line)] of one VietNews article."""
    sents = _split(_clean(article))
    trailers: list[tuple[str, str]] = []
    while sents:
        f = sents[-1]
        words = len(f.split())
        if _CREDIT.match(f) and words <= 10 and (
            f[-1] not in _TERMINAL or f.rstrip(".").endswith(")") or words <= 4
        ):
            trailers.insert(0, ("credit", sents.pop()))
            continue
        if f.startswith(_RELATED_TRAILER) or _CAPTION_TRAILER.match(f):
            kind = "related" if f.startswith(_RELATED_TRAILER) else "caption"
            sents.pop()
            r = _split_byline(f)
            if r and r[0] and (_PAREN_TAIL.search(f) or " - " in r[1] or " – " in r[1]):
                trailers[:0] = [(kind, r[0]), ("byline", r[1])]
            else:
                trailers.insert(0, (kind, f))
            continue
        tm = _TEAM.search(f)
        if tm:
            sents.pop()
            prefix = f[: tm.start(1)].strip()
            trailers.insert(0, ("byline", tm.group(1).strip()))
            if prefix:
                sents.append(prefix)
            continue
        if f[-1] in _TERMINAL or f.endswith((". ”", '. "', "! ”", "? ”", ".”", "…”")):
            break
        r = _split_byline(f)
        if r is None:
            if f.endswith(":") or len(f.split()) <= 8:
                sents.pop()  # a fragment introducing missing media, or a signature
                continue
            break
        sents.pop()
        prefix, by = r
        rm = _ROLE.search(prefix)
        if rm:
            trailers.insert(0, ("credit", f"{rm.group(1)} {by}"))
            prefix = prefix[: rm.start(1)].strip()
        else:
            trailers.insert(0, ("byline", by))
        if prefix:
            sents.append(prefix)
    body = [s for s in sents if not _FUSED.search(s)]
    if body and body[-1].endswith(":"):
        body.pop()
    if not body:
        body, trailers = [_clean(article)], []
    return body, trailers


# --------------------------------------------------------------------------- vocabulary

_SURNAMES = "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Lương Trịnh Mai Tạ Kiều".split()
_MIDDLE = "Văn Thị Minh Ngọc Thanh Hữu Đức Quang Thu Bảo Hoài Xuân Kim Anh Gia Thế Khánh Diệu".split()
_GIVEN = (
    "An Bình Châu Dũng Giang Hà Hải Hằng Hiếu Hoa Khánh Lan Linh Long Mai Nam Nga Phong Phúc "
    "Quân Sơn Tâm Thảo Trang Tuấn Vy Yến Khang Duy Nhung Hưng Thịnh Uyên Trâm Lộc Tùng Oanh"
).split()
_CITIES = [
    "Hà Nội", "TP. HCM", "Đà Nẵng", "Cần Thơ", "Hải Phòng", "Huế", "Nha Trang", "Vinh", "Quy Nhơn",
    "Buôn Ma Thuột", "Đà Lạt", "Thanh Hoá", "Nam Định", "Long Xuyên", "Rạch Giá", "Hạ Long",
]
_OUTLETS = [
    ("Dân Sinh Online", "dansinh.vn"),
    ("Nhịp Sống Phương Nam", "nhipsongphuongnam.vn"),
    ("Thời Báo Sông Hồng", "thoibaosonghong.vn"),
    ("Tin Nhanh Miền Trung", "tinnhanhmientrung.vn"),
    ("Báo điện tử Ánh Dương", "anhduong.com.vn"),
    ("Người Đô Thị Mới", "nguoidothimoi.vn"),
    ("Bản Tin Hằng Ngày", "bantinhangngay.vn"),
    ("Đời Sống Pháp Đình", "doisongphapdinh.vn"),
    ("Kinh Tế Thị Trường Nay", "kinhtethitruongnay.vn"),
    ("Gia Đình Việt Today", "giadinhviettoday.vn"),
    ("Thanh Niên Phố Biển", "thanhnienphobien.vn"),
    ("Tin Tức Đồng Bằng", "tintucdongbang.vn"),
    ("Tiếng Nói Cao Nguyên", "tiengnoicaonguyen.vn"),
]
_AGENCIES = [
    "Pacific Press Agency", "Global Wire", "Asia Morning Herald", "Eurasia Daily", "The Harbour Post",
    "Thông tấn Á Châu", "Continental News Service", "Daily Meridian",
]
_SECTIONS = {
    "Thời sự": ["thời sự", "chính sách", "dân sinh", "đô thị"],
    "Xã hội": ["xã hội", "đời sống", "an sinh", "cộng đồng"],
    "Pháp luật": ["pháp luật", "điều tra", "hình sự", "an ninh trật tự"],
    "Giáo dục": ["giáo dục", "tuyển sinh", "học đường", "thi cử"],
    "Sức khoẻ": ["sức khoẻ", "y tế", "dinh dưỡng", "bệnh viện"],
    "Kinh doanh": ["kinh doanh", "thị trường", "doanh nghiệp", "tài chính"],
    "Giao thông": ["giao thông", "tai nạn giao thông", "hạ tầng", "an toàn giao thông"],
    "Đời sống": ["đời sống", "gia đình", "chuyện lạ", "văn hoá"],
    "Thế giới": ["thế giới", "quốc tế", "châu Á", "ngoại giao"],
    "Môi trường": ["môi trường", "thời tiết", "thiên tai", "biến đổi khí hậu"],
}
_SLUGS = {
    "Thời sự": "thoi-su", "Xã hội": "xa-hoi", "Pháp luật": "phap-luat", "Giáo dục": "giao-duc",
    "Sức khoẻ": "suc-khoe", "Kinh doanh": "kinh-doanh", "Giao thông": "giao-thong", "Đời sống": "doi-song",
    "Thế giới": "the-gioi", "Môi trường": "moi-truong",
}
_MENU = [
    "Trang chủ", "Thời sự", "Thế giới", "Kinh doanh", "Giải trí", "Thể thao", "Pháp luật", "Giáo dục",
    "Sức khoẻ", "Đời sống", "Du lịch", "Khoa học", "Số hoá", "Xe", "Ý kiến", "Tâm sự", "Video", "Podcast",
]
_COMMENTS = [
    "Mong cơ quan chức năng sớm vào cuộc làm rõ.",
    "Thương quá, cầu mong mọi người bình an.",
    "Chuyện này năm nào cũng nói mà vẫn vậy.",
    "Đọc xong thấy buồn thật sự.",
    "Cảm ơn phóng viên đã lên tiếng!",
    "Phải xử lý thật nghiêm để làm gương.",
    "Ở quê tôi cũng y như vậy, báo mãi không ai giải quyết.",
    "Đề nghị báo tiếp tục theo dõi vụ việc này.",
    "Hy vọng lần này sẽ có chuyển biến thật sự.",
    "Ai ở gần đó cho hỏi tình hình giờ sao rồi ạ?",
    "Tin buồn quá 😢",
    "Rất hoan nghênh, cần nhân rộng cách làm này.",
    "Sao đến bây giờ mới xử lý vậy?",
    "Đồng ý với ý kiến của bạn ở trên.",
    "Bài viết rất hay và thiết thực.",
    "Vấn đề là khâu thực hiện chứ không phải quy định.",
    "Mình đi qua đoạn này hằng ngày, đúng là rất nguy hiểm.",
    "Chia buồn cùng gia đình.",
    "Đừng để việc này chìm xuồng nha.",
    "Like mạnh cho bài này 👍",
    "Giá mà ai cũng có ý thức như vậy thì tốt biết mấy.",
    "Tôi thấy cần phải có thêm thông tin chính thức rồi mới bàn.",
]
_NICKS = ["hoangminh92", "tuanbeo_hn", "LanAnh.Nguyen", "bacsi_gia_dinh", "xe_cu_sg", "meo_con_88",
          "nguoi_qua_duong", "thanhtam1975", "Khách", "quangvinh.dn", "minhchau_ct", "ba_gia_q3"]
_ADS = [
    "Vay tiêu dùng lãi suất 0% – duyệt hồ sơ trong 15 phút",
    "Khoá học tiếng Anh trực tuyến chỉ 99.000đ/tháng, học thử miễn phí",
    "Căn hộ view sông, thanh toán 30% nhận nhà ngay – Hotline 0909 123 456",
    "Giảm đến 50% vé máy bay đi Phú Quốc, đặt ngay hôm nay!",
    "Bảo hiểm xe máy online chỉ từ 66.000 đồng, nhận ngay giấy chứng nhận",
    "Máy lọc nước ion kiềm chính hãng – trả góp 0%",
    "Tuyển dụng: nhân viên kinh doanh, thu nhập 15-30 triệu/tháng",
    "Sữa hạt nguyên chất cho cả gia đình – mua 2 tặng 1",
    "Mở thẻ tín dụng miễn phí thường niên, hoàn tiền 10%",
    "Tour Đà Lạt 3 ngày 2 đêm chỉ 1.990.000đ",
]
_COOKIE = [
    "Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn. Tiếp tục truy cập đồng nghĩa với việc bạn chấp nhận chính sách này.",
    "Trang web này dùng cookie nhằm cá nhân hoá nội dung và quảng cáo.",
    "Bằng việc tiếp tục sử dụng trang, bạn đồng ý với Chính sách quyền riêng tư và việc sử dụng cookie.",
]
_MODERN = {
    "hoá": "hóa", "Hoá": "Hóa", "hoạ": "họa", "Hoạ": "Họa", "khoẻ": "khỏe", "Khoẻ": "Khỏe",
    "tuỳ": "tùy", "Tuỳ": "Tùy", "huỷ": "hủy", "Huỷ": "Hủy", "xoá": "xóa", "Xoá": "Xóa",
    "hoà": "hòa", "Hoà": "Hòa", "thoả": "thỏa", "khoá": "khóa", "Khoá": "Khóa", "loà": "lòa",
}
_MODERN_RE = re.compile(r"\b(" + "|".join(_MODERN) + r")\b")
_WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
_EN_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"]


# --------------------------------------------------------------------------- page builder


class _Builder:
    def __init__(self, ctx: "_Ctx"):
        self.ctx = ctx
        self.rows: list[tuple[str | None, object]] = []

    def meta(self, line: str):
        self.rows.append((None, line))

    def f(self, kind: str, line: str, raw: bool = False):
        assert kind in KINDS, kind
        if not raw and self.ctx.modern:
            line = _MODERN_RE.sub(lambda m: _MODERN[m.group(1)], line)
        self.rows.append((kind, line))

    def fs(self, kind: str, lines, raw: bool = False):
        for line in lines:
            self.f(kind, line, raw)

    def para(self, sents):
        self.rows.append(("__body__", list(sents)))

    def build(self, layout: str, nfd: bool) -> Page:
        norm = (lambda s: unicodedata.normalize("NFD", s)) if nfd else (lambda s: s)
        lines, body, furniture = [], [], []
        for kind, val in self.rows:
            if kind == "__body__":
                items = [norm(s) for s in val]
                if not items:
                    continue
                body.extend(items)
                lines.append(" ".join(items))
            else:
                line = norm(" ".join(str(val).split()) if "\u00a0" not in str(val) else str(val).strip())
                if not line:
                    continue
                lines.append(line)
                if kind is not None:
                    furniture.append((kind, line))
        return Page("\n".join(lines), body, furniture, layout)


class _Ctx:
    def __init__(self, k, title, sents, trailers, pool, faulty):
        self.k = k
        self.rng = random.Random(SEED * 100_003 + k)
        self.title = _clean(title)
        self.sents = sents
        self.trailers = trailers
        self.pool = pool
        self.faulty = faulty
        self.deck = list(range(len(pool)))
        self.rng.shuffle(self.deck)
        self.modern = self.rng.random() < 0.4
        self.outlet = self.pick(_OUTLETS)
        self.section = self.pick(sorted(_SECTIONS))
        y = self.rng.choice([2017, 2018, 2019])
        self.date = _dt.datetime(y, 1, 1, 5, 0) + _dt.timedelta(
            days=self.rng.randrange(364), minutes=self.rng.randrange(17 * 60))
        self.nfd = False

    # random helpers
    def pick(self, seq):
        return self.rng.choice(list(seq))

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def n(self, lo: int, hi: int) -> int:
        return self.rng.randint(lo, hi)

    # people and names
    def person(self) -> str:
        r = self.rng
        if r.random() < 0.5:
            return f"{r.choice(_SURNAMES)} {r.choice(_MIDDLE)} {r.choice(_GIVEN)}"
        return f"{r.choice(_SURNAMES)} {r.choice(_GIVEN)}"

    def pen(self) -> str:
        r = self.rng
        a, b = r.choice(_MIDDLE + _GIVEN), r.choice(_GIVEN)
        while a == b:
            b = r.choice(_GIVEN)
        return f"{a} {b}"

    def other_outlet(self):
        o = self.pick(_OUTLETS)
        while o == self.outlet:
            o = self.pick(_OUTLETS)
        return o

    # dates
    def date_line(self, style: int | None = None) -> str:
        d, r = self.date, self.rng
        wd = _WEEKDAYS[d.weekday()]
        style = r.randrange(9) if style is None else style
        return [
            f"{wd}, {d:%d/%m/%Y}, {d:%H:%M} (GMT+7)",
            f"{d:%d/%m/%Y} {d:%H:%M}",
            f"{d.day}/{d.month}/{d.year} | {d:%H:%M}",
            f"Cập nhật: {d:%H:%M} {wd.lower()}, {d:%d-%m-%Y}",
            f"{d:%H:%M} ngày {d.day:02d}/{d.month:02d}/{d.year}",
            f"{wd}, ngày {d.day} tháng {d.month} năm {d.year}",
            f"Đăng lúc {d:%H:%M} - {d:%d.%m.%Y}",
            f"{d:%d-%m-%Y - %H:%M}",
            f"{d.hour % 12 or 12}:{d:%M} {'AM' if d.hour < 12 else 'PM'}, {d:%d/%m/%Y}",
        ][style]

    # body
    def paras(self, lo: int, hi: int) -> list[list[str]]:
        out, i, s = [], 0, self.sents
        while i < len(s):
            k = self.n(lo, hi)
            out.append(s[i:i + k])
            i += k
        return out

    # trailers split off the page's own article
    def own(self, *kinds) -> list[tuple[str, str]]:
        return [t for t in self.trailers if t[0] in kinds]

    def has_own_byline(self) -> bool:
        return bool(self.own("byline"))

    def put_trailers(self, b: _Builder, kinds=KINDS, upper=False):
        for kind, line in self.trailers:
            if kind in kinds:
                b.f(kind, line.upper() if upper and kind == "byline" else line, raw=True)

    # related material
    def rel(self, n: int) -> list[dict]:
        out = []
        while self.deck and len(out) < n:
            out.append(self.pool[self.deck.pop()])
        return out

    def cap_sentence(self) -> str | None:
        for _ in range(6):
            if not self.deck:
                return None
            item = self.pool[self.deck[-1]]
            if item["caps"]:
                self.deck.pop()
                s = self.rng.choice(item["caps"])
                if self.chance(0.4) and s.endswith("."):
                    s = s[:-1]
                return s
            self.deck.pop()
        return None

    def invented_byline(self, style: int | None = None) -> str:
        r = self.rng
        style = r.randrange(16) if style is None else style
        p = self.pen()
        return [
            p,
            p.upper(),
            f"{p} - {self.pen()}",
            f"Bài và ảnh: {p}",
            f"{p} (từ {r.choice(_CITIES)})",
            f"PV {p}",
            f"Tác giả: {self.person()}",
            f"Thực hiện: {p} | Đồ hoạ: {self.pen()}",
            f"{p} / {self.outlet[0]}",
            f"— {p.upper()}",
            f"Nhóm phóng viên Ban {self.section}",
            f"{p} (tổng hợp)",
            f"Phóng viên thường trú tại {r.choice(_CITIES)}: {p}",
            f"{self.person()} | Biên tập: {self.pen()}",
            f"Bài: {p} - Ảnh: {self.pen()}",
            f"{p} - {r.choice(_CITIES)}",
        ][style]

    def invented_credit(self) -> str:
        r = self.rng
        o = self.other_outlet()[0]
        a = r.choice(_AGENCIES)
        return r.choice([
            f"Theo {o}",
            f"Nguồn: {o}",
            f"(Theo {a})",
            f"Theo {a}, {r.choice(['AFP', 'AP', 'Kyodo'])}",
            f"Lược dịch theo {a}",
            f"Nguồn tin: {o}",
            f"{self.pen()} (dịch từ {a})",
            f"* Bài viết có sử dụng thông tin từ {o}",
            f"(Tin tổng hợp từ {o} và {a})",
        ])

    def photo(self, b: _Builder, style: int | None = None):
        r = self.rng
        style = r.randrange(11) if style is None else style
        s = self.cap_sentence()
        who = r.choice([self.pen(), self.outlet[0], "TL", "Internet", "CTV", self.pen().upper()])
        if s is None:
            b.f("caption", r.choice(["Ảnh minh hoạ", "Ảnh: Internet", "(Ảnh: Tư liệu)", "[Hình ảnh]"]))
            return
        if style == 0:
            b.f("caption", f"{s} (Ảnh: {who})", raw=True)
        elif style == 1:
            b.f("caption", r.choice(["[Ảnh]", "[image]", "🖼", "Hình ảnh"]))
            b.f("caption", s, raw=True)
        elif style == 2:
            b.f("caption", s, raw=True)
            b.f("caption", f"Ảnh: {who}")
        elif style == 3:
            b.f("caption", f"{s}. Ảnh: {who}" if not s.endswith(".") else f"{s} Ảnh: {who}", raw=True)
        elif style == 4:
            b.f("caption", f"▶ Video: {s}", raw=True)
            b.f("caption", f"00:00 / 0{r.randint(1, 4)}:{r.randint(10, 59)}")
        elif style == 5:
            b.f("caption", f"Ảnh {r.randint(1, 3)}/{r.randint(4, 9)}: {s}", raw=True)
        elif style == 6:
            b.f("caption", f"Hình: {s} – Nguồn: {who}", raw=True)
        elif style == 7:
            b.f("caption", s, raw=True)
        elif style == 8:
            b.f("caption", f"Ảnh minh hoạ: {s}", raw=True)
        elif style == 9:
            b.f("caption", f"{s} - Ảnh: {who}", raw=True)
            b.f("caption", "Phóng to")
        else:
            b.f("caption", f"{s} (Ảnh chụp màn hình)", raw=True)

    def teaser(self, item) -> str | None:
        t = item["lead"]
        if not t:
            return None
        lim = self.n(90, 170)
        if len(t) > lim:
            t = t[:lim].rsplit(" ", 1)[0].rstrip(",;:") + self.pick(["...", "…", " ..."])
        return t

    def related(self, b: _Builder, n: int, header: str | None = None, style: int | None = None,
                teasers: bool = False):
        items = self.rel(n)
        if not items:
            return
        r = self.rng
        if header is None:
            header = r.choice([
                "Tin liên quan", "TIN LIÊN QUAN", "Bài liên quan:", "Có thể bạn quan tâm", "Đọc thêm",
                "Xem thêm", "Tin cùng chuyên mục", "TIN MỚI NHẤT", "Đừng bỏ lỡ", "CÙNG CHỦ ĐỀ",
                "Bài viết khác", "Tin khác", "Bạn đọc quan tâm", "ĐỌC NHIỀU",
            ])
        if header:
            b.f("related", header)
        style = r.randrange(10) if style is None else style
        for i, it in enumerate(items, 1):
            t = it["title"]
            if style == 0:
                line = f"» {t}"
            elif style == 1:
                line = f"- {t}"
            elif style == 2:
                line = f"• {t}"
            elif style == 3:
                line = f"{t} ({r.randint(6, 23):02d}:{r.randint(0, 59):02d})"
            elif style == 4:
                line = f"{t} - {self.other_outlet()[0]}"
            elif style == 5:
                line = f"{i}. {t}"
            elif style == 6:
                line = f"▸ {t}"
            elif style == 7:
                line = f"[{r.choice(['Video', 'Ảnh', 'Infographic', 'Podcast'])}] {t}"
            elif style == 8:
                line = f"{t} | {r.randint(1, 23)} giờ trước"
            else:
                line = t
            b.f("related", line, raw=True)
            if teasers:
                tz = self.teaser(it)
                if tz:
                    b.f("related", tz, raw=True)

    def inline_related(self, b: _Builder):
        items = self.rel(1)
        if not items:
            return
        t = items[0]["title"]
        b.f("related", self.pick([
            f"Xem thêm: {t}", f">> {t}", f"TIN LIÊN QUAN: {t}", f"Đọc thêm: {t}", f"> {t}",
            f"[Đọc tiếp] {t}", f"XEM THÊM: {t}", f"Mời xem: {t}", f"⟶ {t}",
        ]), raw=True)

    def tags(self, b: _Builder, style: int | None = None):
        words = list(_SECTIONS[self.section])
        self.rng.shuffle(words)
        words = words[: self.n(2, 4)] + [self.pick(_CITIES)]
        style = self.rng.randrange(5) if style is None else style
        if style == 0:
            b.f("widget", "Từ khoá: " + ", ".join(words))
        elif style == 1:
            b.f("widget", " ".join("#" + w.replace(" ", "").replace(".", "") for w in words))
        elif style == 2:
            b.f("widget", "Tags")
            b.fs("widget", words)
        elif style == 3:
            b.f("widget", "Chủ đề: " + " | ".join(w.capitalize() for w in words))
        else:
            b.f("widget", "TAG: " + " / ".join(words))

    def menu(self, b: _Builder, style: int | None = None):
        items = ["Trang chủ"] + self.rng.sample(_MENU[1:], self.n(5, 11))
        style = self.rng.randrange(4) if style is None else style
        if style == 0:
            b.f("widget", " | ".join(items))
        elif style == 1:
            b.fs("widget", items)
        elif style == 2:
            b.f("widget", "  ".join(x.upper() for x in items))
        else:
            b.f("widget", " • ".join(items))

    def slug(self) -> str:
        return _SLUGS[self.section]

    def breadcrumb(self, b: _Builder):
        sub = self.pick([w for w in _SECTIONS[self.section] if w != self.section.lower()]).capitalize()
        b.f("widget", self.pick([
            f"Trang chủ > {self.section} > {sub}", f"{self.section} / {sub}",
            f"Home » {self.section}", f"{self.section.upper()} - {sub.upper()}",
            f"Trang chủ › {self.section}", f"{self.section} ›",
        ]))

    def share(self, b: _Builder, style: int | None = None):
        r = self.rng
        style = r.randrange(6) if style is None else style
        if style == 0:
            b.f("widget", "Chia sẻ")
            b.fs("widget", r.sample(["Facebook", "Zalo", "Twitter", "Email", "Copy link", "In bài"], 4))
        elif style == 1:
            b.f("widget", f"Chia sẻ Facebook Zalo Email In bài | Bình luận ({r.randint(0, 80)})")
        elif style == 2:
            b.f("widget", f"👍 Thích {r.randint(1, 9)},{r.randint(0, 9)}K · Chia sẻ · Lưu")
        elif style == 3:
            b.f("widget", f"Theo dõi {self.outlet[0]} trên Google News")
        elif style == 4:
            b.f("widget", "A-  A  A+  |  In  |  Gửi email  |  Lưu tin")
        else:
            b.f("widget", f"{r.randint(2, 900)} lượt chia sẻ")
            b.f("widget", "Gửi bài viết qua email")

    def comments(self, b: _Builder, n: int, style: int | None = None):
        r = self.rng
        style = r.randrange(3) if style is None else style
        b.f("widget", r.choice([f"Bình luận ({n})", "Ý kiến bạn đọc", "BÌNH LUẬN", f"{n} bình luận",
                                "Viết bình luận của bạn...", "Ý KIẾN CỦA BẠN"]))
        for txt in r.sample(_COMMENTS, n):
            name = self.person() if style != 1 else r.choice(_NICKS)
            if style == 0:
                b.f("widget", name)
                b.f("widget", txt)
                b.f("widget", f"Thích ({r.randint(0, 99)}) · Trả lời · {r.randint(1, 59)} phút trước")
            elif style == 1:
                b.f("widget", f"{name}: {txt}")
            else:
                b.f("widget", f"{name} - {r.randint(1, 23)} giờ trước")
                b.f("widget", txt)
                b.f("widget", "Thích · Phản hồi")
        if r.random() < 0.5:
            b.f("widget", r.choice(["Xem thêm bình luận", "Tải thêm ý kiến", "Gửi bình luận"]))

    def ad(self, b: _Builder):
        r = self.rng
        label = r.choice(["Quảng cáo", "QUẢNG CÁO", "ADVERTISEMENT", "Tài trợ", "Nội dung được tài trợ", "AD"])
        b.f("widget", label)
        b.f("widget", r.choice(_ADS))
        if r.random() < 0.4:
            b.f("widget", r.choice(["Xem ngay", "Tìm hiểu thêm ›", "Đăng ký", "Mua ngay"]))

    def newsletter(self, b: _Builder):
        r = self.rng
        b.f("widget", r.choice(["Đăng ký nhận bản tin", "ĐĂNG KÝ NHẬN TIN", "Nhận tin mới mỗi sáng qua email"]))
        b.f("widget", r.choice(["Nhập địa chỉ email của bạn", "Email của bạn", "Địa chỉ email..."]))
        b.f("widget", r.choice(["Đăng ký", "Gửi", "ĐĂNG KÝ NGAY"]))

    def cookie(self, b: _Builder):
        b.f("widget", self.pick(_COOKIE))
        b.f("widget", self.pick(["Đồng ý", "Tôi đồng ý", "Chấp nhận tất cả"]))

    def footer(self, b: _Builder, n: int = 3):
        r = self.rng
        name, dom = self.outlet
        lines = [
            f"© {self.date.year} {name}. Bảo lưu mọi quyền.",
            f"Giấy phép số {r.randint(10, 499)}/GP-BTTTT do Bộ Thông tin và Truyền thông cấp ngày {r.randint(1, 28)}/{r.randint(1, 12)}/{r.randint(2012, 2018)}",
            f"Tổng Biên tập: {self.person()}",
            f"Toà soạn: {r.randint(2, 199)} {r.choice(['Lý Thường Kiệt', 'Trần Hưng Đạo', 'Nguyễn Du', 'Hai Bà Trưng', 'Lê Lợi'])}, {r.choice(_CITIES)}",
            f"Điện thoại: (0{r.randint(20, 299)}) {r.randint(3000, 3999)} {r.randint(1000, 9999)} - Email: toasoan@{dom}",
            f"Liên hệ quảng cáo: 09{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)}",
            f"Ghi rõ nguồn \"{name}\" khi phát hành lại thông tin từ website này.",
            "Điều khoản sử dụng | Chính sách bảo mật | Liên hệ",
            "Về đầu trang ↑",
        ]
        b.fs("widget", r.sample(lines, n))


# --------------------------------------------------------------------------- layouts


def _body(c: _Ctx, b: _Builder, lo: int, hi: int, inserts=()):
    """Body paragraphs with furniture callbacks after chosen paragraphs."""
    ps = c.paras(lo, hi)
    slots = {}
    for fn in inserts:
        if len(ps) > 1:
            slots.setdefault(c.rng.randrange(1, len(ps)), []).append(fn)
        else:
            slots.setdefault(1, []).append(fn)
    for i, p in enumerate(ps, 1):
        b.para(p)
        for fn in slots.get(i, []):
            fn()


def _author(c: _Ctx, b: _Builder, style=None, upper=False):
    if c.has_own_byline():
        c.put_trailers(b, ("byline",), upper=upper)
    else:
        line = c.invented_byline(style)
        b.f("byline", line.upper() if upper else line)


def l_portal_desktop(c, b):
    b.f("widget", c.pick(["Đăng nhập | Đăng ký", "Tìm kiếm", "English | Tiếng Việt", "Hotline: 0912 345 678"]))
    b.meta(c.outlet[0].upper())
    c.menu(b)
    c.breadcrumb(b)
    b.meta(c.title)
    b.meta(c.date_line(c.pick([0, 3, 5])))
    if c.chance(0.5):
        c.share(b, 4)
    _body(c, b, 1, 4, [lambda: c.photo(b), lambda: c.related(b, c.n(2, 3))])
    c.put_trailers(b, ("related", "caption"))
    if c.has_own_byline() or c.chance(0.8):
        _author(c, b)
    c.put_trailers(b, ("credit",))
    c.tags(b)
    c.share(b, c.pick([0, 1]))
    c.comments(b, c.n(1, 3), 0)
    c.related(b, c.n(4, 6), c.pick(["Tin cùng chuyên mục", "TIN MỚI", "Tin khác"]), c.pick([3, 0, 9]))
    c.footer(b, c.n(3, 5))


def l_amp_mobile(c, b):
    b.f("widget", c.pick(["☰", "☰ Menu", "≡"]))
    b.meta(c.outlet[1])
    b.meta(c.title)
    b.meta(c.pick([f"{c.n(1, 11)} giờ trước", c.date_line(1), c.date_line(8)]))
    if c.has_own_byline():
        c.put_trailers(b, ("byline",))
    elif c.chance(0.7):
        b.f("byline", c.invented_byline(c.pick([0, 5, 15])))
    _body(c, b, 1, 2, [lambda: c.inline_related(b), lambda: c.ad(b), lambda: c.photo(b)])
    c.put_trailers(b, ("related", "caption", "credit"))
    b.f("widget", c.pick(["Xem phiên bản đầy đủ", "Xem bản desktop", "Mở trong ứng dụng"]))
    c.related(b, c.n(3, 5), c.pick(["Đọc tiếp", "Tin nên đọc", "Có thể bạn quan tâm"]), c.pick([9, 8]))
    b.f("widget", c.pick(["Về đầu trang ↑", "▲ Lên đầu trang"]))
    b.f("widget", f"© {c.outlet[1]}")


def l_app_copy(c, b):
    b.f("widget", c.pick([
        f"Bài viết được chia sẻ từ ứng dụng {c.outlet[0]}",
        f"Đọc trên ứng dụng {c.outlet[0]}",
        "Chia sẻ từ ứng dụng Tin Nhanh",
    ]))
    b.meta(c.title)
    b.meta(c.outlet[0])
    _body(c, b, 3, 6)
    c.put_trailers(b)
    if not c.has_own_byline() and c.chance(0.5):
        b.f("byline", c.invented_byline(c.pick([0, 11, 15])))
    b.f("widget", f"Đọc bài gốc tại: https://{c.outlet[1]}/{c.slug()}/bai-viet-{c.n(100000, 999999)}.html")
    b.f("widget", c.pick([
        "Tải ứng dụng để đọc tin nhanh hơn: App Store | Google Play",
        "Cài đặt ứng dụng miễn phí trên iOS và Android",
    ]))
    if c.chance(0.5):
        b.f("widget", c.pick(["Gửi từ iPhone của tôi", "Sent from my Android device"]))


def l_social_post(c, b):
    b.meta(c.outlet[0] + c.pick([" ✔", "", " - Tin tức 24h"]))
    b.meta(c.pick([f"{c.n(1, 20)} giờ · 🌏", f"{c.date.day} tháng {c.date.month} lúc {c.date:%H:%M} · 🌏", "Vừa xong · 🌏"]))
    b.meta(c.pick(["🔴 ", "⚡ ", "[NÓNG] ", "📌 "]) + (c.title.upper() if c.chance(0.4) else c.title))
    _body(c, b, 2, 5)
    c.put_trailers(b, ("related", "caption", "byline", "credit"))
    b.f("widget", f"👉 Chi tiết: https://{c.outlet[1]}/{c.n(1000000, 9999999)}.htm")
    c.tags(b, 1)
    if c.chance(0.5):
        c.photo(b, c.pick([1, 7]))
    b.f("widget", f"👍❤️😢 {c.n(1, 9)},{c.n(0, 9)}K")
    b.f("widget", f"{c.n(20, 900)} bình luận  {c.n(5, 400)} lượt chia sẻ")
    b.f("widget", "Thích  Bình luận  Chia sẻ")
    c.comments(b, c.n(2, 4), 2)


def l_chat_forward(c, b):
    b.f("widget", c.pick(["[Tin nhắn chuyển tiếp]", "Đã chuyển tiếp", "↪ Chuyển tiếp"]))
    b.f("widget", c.pick([
        "Từ: Nhóm Phụ huynh lớp 5A", "Từ: Hội đồng hương " + c.pick(_CITIES), "Từ: Cả nhà thương nhau ❤️",
        "Từ: Tổ dân phố số 7",
    ]))
    b.meta(f"{c.date:%H:%M}")
    b.meta(c.title)
    b.meta(c.outlet[1])
    _body(c, b, 2, 6)
    c.put_trailers(b)
    b.f("widget", c.pick(["Nhấn để xem thêm", "Xem trên trình duyệt"]))
    for _ in range(c.n(1, 2)):
        items = c.rel(1)
        if items:
            b.f("related", f"https://{c.other_outlet()[1]}/tin-{c.n(10000, 99999)}", raw=True)
            b.f("related", items[0]["title"], raw=True)
    b.f("widget", f"👍 {c.n(1, 30)}  ❤️ {c.n(0, 9)}")
    b.f("widget", c.pick(["Đã xem", "Đã gửi", "Đã nhận"]))
    b.f("widget", f"{c.person()}: {c.pick(['Trời ơi', 'Ghê quá', 'Mọi người cẩn thận nhé', 'Đọc chưa mọi người?'])}")


def l_email_newsletter(c, b):
    b.f("widget", c.pick(["Xem email này trên trình duyệt", "Không xem được email? Mở trên web"]))
    b.meta(f"BẢN TIN {c.pick(['SÁNG', 'TRƯA', 'TỐI', 'CUỐI TUẦN'])} – {c.outlet[0].upper()}")
    b.meta(c.date_line(5))
    b.f("widget", c.pick(["Chào bạn,", "Kính gửi quý độc giả,", "Xin chào buổi sáng!"]))
    b.f("widget", c.pick(["Tin nổi bật hôm nay:", "Câu chuyện đáng chú ý nhất trong ngày:", "Tâm điểm:"]))
    b.meta(c.title)
    _author(c, b, c.pick([0, 6, 8]))
    _body(c, b, 2, 4)
    c.put_trailers(b, ("related", "caption", "credit"))
    b.f("widget", c.pick(["Đọc tiếp trên website →", "Đọc bài đầy đủ »"]))
    c.related(b, c.n(3, 4), c.pick(["Các tin khác trong số này", "TRONG SỐ NÀY", "Đừng bỏ lỡ"]),
              c.pick([2, 9]), teasers=True)
    c.ad(b)
    b.f("widget", "Bạn nhận được email này vì đã đăng ký bản tin của chúng tôi.")
    b.f("widget", c.pick(["Huỷ đăng ký | Quản lý tuỳ chọn", "Huỷ nhận tin · Cập nhật hồ sơ"]))
    b.f("widget", f"{c.outlet[0]}, {c.n(2, 199)} phố {c.pick(['Hàng Bài', 'Bà Triệu', 'Điện Biên Phủ'])}, {c.pick(_CITIES)}")


def l_print_ocr(c, b):
    page = c.n(2, 19)
    b.f("widget", c.pick([f"TRANG {page}", f"{page}", f"{c.section.upper()} | {page}"]))
    b.meta(c.outlet[0].upper())
    b.meta(f"SỐ {c.n(100, 9999):,}".replace(",", ".") + f" | {_WEEKDAYS[c.date.weekday()].upper()} {c.date.day}-{c.date.month}-{c.date.year}")
    b.meta(c.title.upper() if c.chance(0.6) else c.title)
    if c.chance(0.6):
        _author(c, b, c.pick([1, 9]), upper=True)
    _body(c, b, 2, 5, [lambda: c.photo(b, c.pick([2, 0, 9])),
                       lambda: b.f("widget", f"(Xem tiếp trang {page + c.n(1, 6)})"),
                       lambda: b.f("widget", f"{c.outlet[0].upper()} {c.section.upper()} {page + 1}")])
    if not any(k == "byline" for k, _ in b.rows if k):
        _author(c, b, c.pick([1, 9]), upper=True)
    c.put_trailers(b, ("related", "caption", "credit"))
    b.f("widget", c.pick(["QUẢNG CÁO", "THÔNG BÁO", "RAO VẶT"]))
    b.f("widget", c.pick(_ADS).upper())
    items = c.rel(1)
    if items:
        b.f("related", f"Đón đọc số tới: {items[0]['title']}", raw=True)


def l_screen_reader(c, b):
    b.f("widget", "liên kết, Bỏ qua để đến nội dung chính")
    b.f("widget", f"liên kết, {c.outlet[0]}")
    b.f("widget", f"điều hướng, danh sách, {c.n(6, 14)} mục")
    b.meta(f"tiêu đề cấp 1, {c.title}")
    b.meta(c.date_line(c.pick([1, 4])))
    if c.has_own_byline():
        c.put_trailers(b, ("byline",))
    else:
        b.f("byline", f"Tác giả: {c.pen()}")
    b.f("widget", "nút, Nghe bài viết")
    _body(c, b, 1, 3, [lambda: _sr_photo(c, b)])
    c.put_trailers(b, ("related", "caption", "credit"))
    b.f("widget", "nút, Chia sẻ")
    b.f("related", "tiêu đề cấp 2, Tin liên quan")
    for it in c.rel(c.n(2, 4)):
        b.f("related", f"liên kết, {it['title']}", raw=True)
    b.f("widget", "kết thúc danh sách")
    b.f("widget", "chân trang")


def _sr_photo(c, b):
    s = c.cap_sentence()
    b.f("caption", f"hình ảnh, {s}" if s else "hình ảnh, không có mô tả", raw=True)


def l_web_archive(c, b):
    b.f("widget", c.pick(["Bản lưu trữ của trang web", "KHO LƯU TRỮ WEB"]))
    b.f("widget", f"Đã lưu {c.n(3, 400)} lần từ {c.n(1, 12):02d}/{c.date.year} đến {c.n(1, 12):02d}/{c.date.year + c.n(1, 4)}")
    b.f("widget", f"ĐI TỚI | THÁNG {c.date.month} {c.date.year} | TIẾP")
    b.meta(c.outlet[1])
    b.meta(c.title)
    b.meta(c.date_line(c.pick([2, 6, 7])))
    b.f("caption", c.pick(["[ảnh không khả dụng]", "Không tải được hình ảnh", "(ảnh đã bị xoá)"]))
    _body(c, b, 1, 4, [lambda: c.photo(b, c.pick([0, 3, 7]))])
    c.put_trailers(b)
    if not c.has_own_byline() and c.chance(0.5):
        b.f("byline", c.invented_byline())
    b.f("widget", c.pick(["Lỗi tải bình luận.", "Không thể tải phần bình luận", "Đang tải..."]))
    c.related(b, c.n(2, 4), None, c.pick([1, 5]))
    b.f("widget", f"Lưu trữ lúc {c.n(0, 23):02d}:{c.n(0, 59):02d}:{c.n(0, 59):02d} ngày {c.n(1, 28)}/{c.n(1, 12)}/{c.date.year + 1}")


def l_aggregator(c, b):
    b.f("widget", c.pick(["Điểm Tin 365", "TinGom - Tin tức tổng hợp", "Đọc Nhanh 24h"]))
    c.menu(b, c.pick([0, 3]))
    b.meta(c.title)
    b.meta(f"{c.outlet[0]} · {c.pick([f'{c.n(2, 59)} phút trước', f'{c.n(1, 23)} giờ trước', c.date_line(1)])}")
    b.f("widget", c.pick(["+ Theo dõi", "Theo dõi nguồn này", "★ Lưu"]))
    _body(c, b, 1, 3, [lambda: c.photo(b, c.pick([1, 8]))])
    c.put_trailers(b)
    b.f("widget", c.pick(["Xem bài gốc", "Đọc bài gốc tại nguồn ↗", "Xem toàn bộ bài viết trên trang gốc"]))
    b.f("related", c.pick(["Cùng chủ đề", "CÙNG SỰ KIỆN", "Tin nóng"]))
    for it in c.rel(c.n(3, 5)):
        b.f("related", it["title"], raw=True)
        b.f("related", f"{c.other_outlet()[0]} · {c.n(1, 23)} giờ", raw=True)
    b.f("widget", c.pick(["Báo lỗi", "Báo cáo nội dung", "Góp ý"]))


def l_broadcast_site(c, b):
    b.meta(c.pick([f"Đài Phát thanh - Truyền hình {c.pick(['Sông Lam', 'Trà Lý', 'Cửu Long', 'Hồng Lĩnh'])}",
                   "Kênh Thời sự VTX", "Radio Phố Núi FM 99,5"]))
    c.menu(b, 2)
    b.f("widget", c.pick(["TRỰC TIẾP ● Kênh 1", "Xem trực tuyến", "🔴 LIVE"]))
    b.meta(c.title)
    b.meta(c.date_line(c.pick([1, 4])))
    c.photo(b, 4)
    b.f("widget", c.pick([f"Nghe đọc bài ▷ 00:00 / 0{c.n(2, 6)}:{c.n(10, 59)}", "🔊 Nghe bài viết", "Giọng đọc: Nữ miền Bắc ▾"]))
    _body(c, b, 1, 3)
    c.put_trailers(b, ("related", "caption", "credit"))
    if c.has_own_byline():
        c.put_trailers(b, ("byline",))
    else:
        b.f("byline", c.pick([f"Phóng viên: {c.pen()} - Quay phim: {c.pen()}",
                              f"BTV {c.pen()}", f"{c.pen()} - {c.pen()} / Ban Thời sự"]))
    b.f("widget", c.pick(["Lịch phát sóng", "Bản tin Thời sự 19h", "Chương trình hôm nay"]))
    c.related(b, c.n(3, 5), c.pick(["Video khác", "BẢN TIN KHÁC", "Xem thêm video"]), 7)
    c.footer(b, 2)


def l_gov_portal(c, b):
    b.meta(c.pick(["CỔNG THÔNG TIN ĐIỆN TỬ SỞ GIAO THÔNG VẬN TẢI", "TRANG THÔNG TIN ĐIỆN TỬ UBND HUYỆN",
                   "CỔNG THÔNG TIN ĐIỆN TỬ TỈNH", "TRANG TIN ĐIỆN TỬ HỘI NÔNG DÂN"]))
    b.f("widget", "Giới thiệu | Tin tức - Sự kiện | Văn bản chỉ đạo điều hành | Thủ tục hành chính | Hỏi đáp")
    b.f("widget", c.pick(["Tin tức - Sự kiện", "Tin trong tỉnh", "Hoạt động của lãnh đạo"]))
    b.meta(c.title)
    b.meta(f"Ngày đăng: {c.date:%d/%m/%Y}")
    b.f("widget", f"Lượt xem: {c.n(50, 9000):,}".replace(",", "."))
    b.f("widget", c.pick(["A- A A+", "Cỡ chữ: A- | A | A+"]))
    _body(c, b, 1, 4)
    c.put_trailers(b, ("related", "caption"))
    if c.has_own_byline():
        c.put_trailers(b, ("byline",))
    else:
        b.f("byline", c.pick([f"{c.pen()} - Phòng Văn hoá và Thông tin", "BBT", f"{c.pen()} (TTVH)",
                              f"Văn phòng Sở (tổng hợp)"]))
    if c.own("credit"):
        c.put_trailers(b, ("credit",))
    else:
        b.f("credit", c.invented_credit())
    b.f("widget", c.pick(["In trang | Gửi email | Lưu", "🖶 In bài  ✉ Gửi bài"]))
    c.related(b, c.n(3, 6), c.pick(["Các tin đã đưa", "CÁC TIN KHÁC", "Tin cùng loại"]), 3)
    b.f("widget", f"Cơ quan chủ quản: Uỷ ban nhân dân tỉnh. Chịu trách nhiệm chính: {c.person()}")
    b.f("widget", f"Số lượt truy cập: {c.n(100000, 9999999):,}".replace(",", "."))


def l_forum_repost(c, b):
    b.f("widget", c.pick(["Diễn đàn Ôtô Việt › Khu vực chém gió › Tin tức",
                          "Forum Làm Cha Mẹ › Chuyện xã hội", "Diễn đàn Sinh Viên › Góc thời sự"]))
    b.meta(c.pick(["[Tin tức] ", "[Thời sự] ", ""]) + c.title)
    nick = c.pick(_NICKS)
    b.f("widget", f"Thảo luận trong '{c.section}' bắt đầu bởi {nick}, {c.date:%d/%m/%Y}.")
    b.f("widget", "#1")
    b.f("widget", nick)
    b.f("widget", c.pick(["Thành viên tích cực", "Thành viên mới", "Moderator", "Đã tham gia: 2014"]))
    b.f("widget", c.pick([f"Bài viết: {c.n(10, 9000)}", f"Được thích: {c.n(1, 900)}"]))
    _body(c, b, 2, 6)
    c.put_trailers(b)
    if not c.own("credit"):
        b.f("credit", c.pick([f"Nguồn: {c.outlet[1]}", f"Nguồn: {c.outlet[0]}", f"st từ {c.outlet[1]}"]))
    b.f("widget", f"Chỉnh sửa cuối: {c.date.day}/{c.date.month}/{c.date.year}")
    for i in range(2, c.n(3, 5)):
        b.f("widget", f"#{i} {c.pick(_NICKS)}: {c.pick(_COMMENTS)}")
        b.f("widget", c.pick(["Trích dẫn · Thích · Trả lời", "Thích x " + str(c.n(1, 40))]))
    c.related(b, c.n(2, 4), c.pick(["Chủ đề tương tự", "Các chủ đề liên quan"]), c.pick([9, 1]))


def l_overseas_weekly(c, b):
    b.meta(c.pick(["VIỄN XỨ NHẬT BÁO – Tiếng nói người Việt vùng Vịnh", "SAIGON BAY WEEKLY", "Tuần báo Quê Nhà – Houston"]))
    b.f("widget", "Home | Tin Việt Nam | Tin Thế Giới | Cộng Đồng | Rao Vặt | Ủng Hộ Báo")
    d = c.date
    b.meta(f"{_EN_WEEKDAYS[d.weekday()]}, {_EN_MONTHS[d.month - 1]} {d.day}, {d.year}")
    b.f("widget", c.pick(["Tin Việt Nam", "VIETNAM NEWS", "Tin Quê Nhà"]))
    b.meta(c.title)
    if c.has_own_byline():
        c.put_trailers(b, ("byline",))
    else:
        b.f("byline", c.pick([f"{c.pen()}/Viễn Xứ", f"By {c.pen()}", f"{c.person()} (Tin tổng hợp)"]))
    _body(c, b, 2, 5, [lambda: c.ad(b)])
    c.put_trailers(b, ("related", "caption", "credit"))
    if c.chance(0.5):
        b.f("credit", c.pick(["(Tin tổng hợp từ trong nước)", f"(Translated and compiled from {c.pick(_AGENCIES)})"]))
    b.f("widget", c.pick([f"Luật sư di trú {c.person()} – Tư vấn miễn phí: (408) 555-0{c.n(100, 199)}",
                          f"Nha khoa {c.pick(_GIVEN)} – Nhận bảo hiểm Medi-Cal – (714) 555-0{c.n(100, 199)}"]))
    b.f("widget", "Ủng hộ báo để chúng tôi tiếp tục phục vụ cộng đồng – Donate")
    c.related(b, c.n(3, 5), c.pick(["Tin Việt Nam khác", "More news / Tin khác"]), c.pick([2, 0]))
    b.f("widget", "Print | Email | Font size")


def l_pdf_print(c, b):
    pages = c.n(2, 4)
    url = f"https://{c.outlet[1]}/{c.slug()}/bai-viet-{c.n(1000000, 9999999)}.html"
    b.f("widget", f"{c.date.day}/{c.date.month}/{str(c.date.year)[2:]}, {c.n(7, 22)}:{c.n(10, 59)}")
    b.f("widget", f"{c.outlet[0]} - Tin tức {c.section.lower()}")
    b.meta(c.outlet[0])
    b.meta(c.title)
    b.meta(c.date_line(c.pick([0, 5])))
    _author(c, b, c.pick([0, 2, 4]))
    ps = c.paras(2, 5)
    cut = max(1, len(ps) // 2)
    for i, p in enumerate(ps):
        b.para(p)
        if i + 1 == cut and len(ps) > 1:
            b.f("widget", url)
            b.f("widget", f"1/{pages}")
            b.f("widget", f"{c.date.day}/{c.date.month}/{str(c.date.year)[2:]}, {c.n(7, 22)}:{c.n(10, 59)}")
            b.f("widget", f"{c.outlet[0]} - Tin tức {c.section.lower()}")
    c.put_trailers(b, ("related", "caption", "credit"))
    c.related(b, c.n(2, 4), None, c.pick([0, 2, 6]))
    b.f("widget", url)
    b.f("widget", f"{pages}/{pages}")


def l_institution_news(c, b):
    b.meta(c.pick(["TRƯỜNG ĐẠI HỌC KỸ THUẬT HỒNG LĨNH", "Công ty CP Cấp thoát nước Phú An",
                   "Quỹ Hỗ trợ Cộng đồng Mầm Xanh", "TRƯỜNG THPT CHUYÊN LÊ QUANG ĐỊNH", "Hiệp hội Doanh nghiệp trẻ"]))
    b.f("widget", c.pick(["Giới thiệu  Đào tạo  Tuyển sinh  Tin tức  Liên hệ", "Về chúng tôi | Dự án | Tin tức | Quyên góp"]))
    b.f("widget", c.pick(["Tin tức - Sự kiện", "Tin báo chí viết về chúng tôi", "Điểm báo"]))
    b.meta(c.title)
    b.f("widget", f"Đăng bởi: {c.pick(['admin', 'Phòng Truyền thông', 'webmaster'])} | {c.date:%d/%m/%Y} | {c.n(20, 3000)} lượt xem")
    _body(c, b, 2, 4)
    c.put_trailers(b)
    if not c.own("credit"):
        b.f("credit", c.pick([f"Nguồn: {c.outlet[0]}", f"(Theo {c.outlet[1]})", f"Nguồn tin: {c.outlet[0]}"]))
    c.related(b, c.n(3, 5), c.pick(["Bài viết liên quan", "Tin khác", "Các bài viết khác"]), c.pick([2, 3]))
    b.f("widget", f"Liên hệ: Phòng Truyền thông – Email: truyenthong@{c.pick(['hlu.edu.vn', 'mamxanh.org', 'phuan.com.vn'])} – Hotline: 1900 {c.n(1000, 9999)}")
    b.f("widget", f"Copyright © {c.date.year}. All rights reserved.")


def l_sports_section(c, b):
    b.meta(c.pick(["THỂ THAO 24/7", "Sân Cỏ Online", "Thể Thao & Văn Hoá Trẻ"]))
    b.f("widget", "Bóng đá | Tennis | Võ thuật | Esports | Lịch thi đấu | BXH")
    clubs = ["Sông Hồng FC", "Hải Cảng", "Núi Ngự", "Phương Nam United", "Cao Nguyên", "Biển Xanh"]
    a, h = c.rng.sample(clubs, 2)
    b.f("widget", f"Kết quả: {a} {c.n(0, 4)}-{c.n(0, 4)} {h} | Lịch thi đấu vòng {c.n(2, 26)}")
    b.f("widget", c.section.upper())
    b.meta(c.title)
    b.meta(c.date_line(c.pick([2, 6])))
    _author(c, b, c.pick([0, 5, 12]))
    _body(c, b, 1, 3, [lambda: c.photo(b, c.pick([3, 5])), lambda: c.inline_related(b)])
    c.put_trailers(b, ("related", "caption", "credit"))
    b.f("widget", c.pick(["Bình chọn: Ai xuất sắc nhất trận?", "Dự đoán kết quả – nhận quà"]))
    c.ad(b)
    c.related(b, c.n(3, 5), c.pick(["Tin thể thao khác", "TIN NÓNG", "Đọc nhiều nhất"]), c.pick([5, 7, 8]))
    c.comments(b, c.n(1, 3), 1)


def l_market_paywall(c, b):
    b.f("widget", f"VN-Index {c.n(850, 1200)},{c.n(10, 99)} ▲ {c.n(1, 9)},{c.n(10, 99)} (+0,{c.n(10, 99)}%) | HNX {c.n(95, 130)},{c.n(1, 9)} ▼ 0,{c.n(10, 99)}")
    b.f("widget", f"Giá vàng SJC: {c.n(35, 42)},{c.n(10, 90)} - {c.n(35, 42)},{c.n(10, 90)} triệu đồng/lượng")
    b.f("widget", f"USD: 23.{c.n(100, 300)} - 23.{c.n(300, 400)}")
    b.meta(c.outlet[0])
    b.meta(c.title)
    b.meta(c.date_line(c.pick([0, 3, 7])))
    _author(c, b, c.pick([8, 13, 0]))
    _body(c, b, 2, 4, [lambda: _sponsored(c, b)])
    c.put_trailers(b, ("related", "caption", "credit"))
    b.f("widget", f"Bạn còn {c.n(1, 4)} bài viết miễn phí trong tháng này.")
    b.f("widget", c.pick(["Đăng ký gói Premium chỉ từ 2.000 đồng/ngày", "Trở thành hội viên để đọc không giới hạn"]))
    b.f("widget", c.pick(["Đăng nhập", "Đã là hội viên? Đăng nhập"]))
    c.related(b, c.n(2, 4), c.pick(["Tài chính - Ngân hàng", "Doanh nghiệp", "Tin kinh tế khác"]), c.pick([0, 3]))
    c.cookie(b)


def _sponsored(c, b):
    b.f("widget", c.pick(["Nội dung do nhãn hàng cung cấp", "PR", "Tin tài trợ", "Sponsored"]))
    b.f("widget", c.pick(_ADS))


def l_health_magazine(c, b):
    b.meta(c.pick(["SỐNG KHOẺ MỖI NGÀY", "Gia Đình & Sức Khoẻ", "Bác Sĩ Nhà Bạn"]))
    c.breadcrumb(b)
    b.meta(c.title)
    b.meta(c.date_line(c.pick([3, 5, 6])))
    if c.has_own_byline():
        c.put_trailers(b, ("byline",))
    else:
        b.f("byline", c.pick([f"ThS.BS {c.person()} - Khoa Dinh dưỡng, Bệnh viện Đa khoa {c.pick(_CITIES)}",
                              f"Tham vấn y khoa: BS. {c.person()}", f"Dược sĩ {c.person()}"]))
    _body(c, b, 1, 3, [lambda: c.newsletter(b), lambda: c.photo(b, c.pick([6, 8, 10]))])
    c.put_trailers(b, ("related", "caption", "credit"))
    b.f("widget", "Thông tin trong bài chỉ mang tính tham khảo, không thay thế cho chẩn đoán và điều trị của bác sĩ.")
    b.f("widget", "Bạn cảm thấy thế nào về bài viết?")
    b.f("widget", "😍 Hữu ích   😐 Bình thường   😞 Chưa hay")
    c.related(b, c.n(3, 5), c.pick(["Có thể bạn quan tâm", "Bài viết hữu ích", "Đọc thêm"]), c.pick([2, 9]),
              teasers=c.chance(0.5))
    c.cookie(b)


_LAYOUT_FN = {name: globals()["l_" + name] for name in LAYOUTS}


# --------------------------------------------------------------------------- faults


_FAULTS = ("nbsp", "zwsp", "glue", "dspace", "nfd", "bom")


def _spaces(s: str) -> list[int]:
    return [i for i, ch in enumerate(s) if ch == " " and 0 < i < len(s) - 1]


def _fault(c: _Ctx, kind: str) -> bool:
    r, s = c.rng, c.sents
    if kind == "nfd":
        return True
    if kind == "glue":
        cand = [i for i in range(len(s) - 1) if s[i].endswith(".") and s[i + 1][:1].isupper()]
        if not cand:
            return False
        i = r.choice(cand)
        s[i:i + 2] = [s[i] + s[i + 1]]
        return True
    if kind == "bom":
        i = r.randrange(len(s))
        s[i] = "\ufeff" + s[i]
        return True
    cand = [i for i in range(len(s)) if _spaces(s[i])]
    if not cand:
        return False
    for i in r.sample(cand, min(len(cand), r.randint(1, 3))):
        sp = _spaces(s[i])
        if kind == "nbsp":
            picks = sp if r.random() < 0.2 else r.sample(sp, min(len(sp), r.randint(1, 3)))
            t = list(s[i])
            for p in picks:
                t[p] = "\u00a0"
            s[i] = "".join(t)
        elif kind == "zwsp":
            p = r.choice(sp)
            s[i] = s[i][:p + 1] + "\u200b" + s[i][p + 1:] if r.random() < 0.5 else s[i][:p] + "\u200b" + s[i][p:]
        else:  # dspace
            p = r.choice(sp)
            s[i] = s[i][:p] + "  " + s[i][p + 1:]
    return True


# --------------------------------------------------------------------------- main API


def _pool(related) -> list[dict]:
    out = []
    for title, art in related:
        sents = _split(_clean(art))[:-1]  # the last piece may be cut short
        sents = [s for s in sents if not _FUSED.search(s) and s[-1:] in ".!?"]
        caps = [s for s in sents if 6 <= len(s.split()) <= 32]
        out.append({"title": _clean(title), "lead": sents[0] if sents else "", "caps": caps})
    return out


def _validate(p: Page):
    lines = p.text.split("\n")
    assert all(ln and ln == ln.strip() for ln in lines), "blank or unstripped line"
    fur = {}
    for kind, ln in p.furniture:
        assert kind in KINDS
        fur[ln] = fur.get(ln, 0) + 1
    bi, unlabelled = 0, 0
    for ln in lines:
        if fur.get(ln):
            fur[ln] -= 1
            continue
        j, pos = bi, 0
        while j < len(p.body) and ln.startswith(p.body[j], pos):
            pos += len(p.body[j])
            j += 1
            if pos == len(ln) or ln[pos] != " ":
                break
            pos += 1
        if j > bi and pos == len(ln):
            bi = j
        else:
            unlabelled += 1
    assert bi == len(p.body), "body sentences not all placed in order"
    assert not any(fur.values()), "furniture line missing from text"
    assert unlabelled <= 3, "too many unlabelled lines"
    assert all("\n" not in s and s for s in p.body)


def pages(train_path) -> list[Page]:
    body_rows, related_rows = _read(train_path)
    pool = _pool(related_rows)
    n = len(body_rows)
    faulty = set(random.Random(SEED + 7).sample(range(n), max(1, round(n / 4)))) if n else set()
    order = sorted(faulty)
    out = []
    for k, (title, article) in enumerate(body_rows):
        sents, trailers = _article(article)
        c = _Ctx(k, title, list(sents), trailers, pool, k in faulty)
        if k in faulty:
            j = order.index(k)
            kinds = [_FAULTS[j % len(_FAULTS)]]
            if c.chance(0.35):
                kinds.append(c.pick(_FAULTS))
            done = [f for f in kinds if _fault(c, f)]
            if not done or done == ["nfd"] and unicodedata.normalize("NFD", " ".join(c.sents)) == " ".join(c.sents):
                for f in ("nbsp", "bom"):
                    if _fault(c, f):
                        break
            c.nfd = "nfd" in done
        layout = LAYOUTS[k % len(LAYOUTS)]
        b = _Builder(c)
        _LAYOUT_FN[layout](c, b)
        page = b.build(layout, c.nfd)
        _validate(page)
        out.append(page)
    return out


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 1:
        print("usage: make.py TRAIN.jsonl.gz", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    ps = pages(argv[0])
    dt = time.perf_counter() - t0
    print(
        f"pages={len(ps)} layouts={len({p.layout for p in ps})} "
        f"body_sentences={sum(len(p.body) for p in ps)} "
        f"furniture_lines={sum(len(p.furniture) for p in ps)} time={dt:.2f}s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
