#!/usr/bin/env python3
"""Held-out evaluation set `test98` for a cleaner of scraped Vietnamese news pages.

Theme: agriculture and rural life (farming, crop prices, livestock, irrigation,
new rural development, provincial farmers' papers).  Twenty invented outlets,
each with its own page habits.  Standard library only.

    python3 make.py /work/shared/data/vietnews_train.jsonl.gz
"""
import gzip
import json
import random
import re
import sys
import unicodedata
from collections import OrderedDict
from pathlib import Path
from typing import List, NamedTuple, Tuple

SETNAME = "test98"
SEED = 9811
BODY_ROWS = range(12600, 12700)
RELATED_ROWS = range(18000, 18100)
KINDS = ("byline", "credit", "caption", "related", "widget")


class Page(NamedTuple):
    text: str
    body: List[str]
    furniture: List[Tuple[str, str]]
    layout: str


def R(row, purpose):
    return random.Random(f"{SETNAME}|{SEED}|{row}|{purpose}")


# ---------------------------------------------------------------- reading
def read_rows(path):
    body, related = [], []
    last = max(BODY_ROWS[-1], RELATED_ROWS[-1])
    with gzip.open(str(path), "rb") as fh:
        for i, raw in enumerate(fh):
            if i > last:
                break
            inb, inr = i in BODY_ROWS, i in RELATED_ROWS
            if not (inb or inr):
                continue
            if not raw.strip():
                continue
            try:
                obj = json.loads(raw.decode("utf-8"))
            except Exception:
                continue
            if not isinstance(obj, dict):
                continue
            t, a = obj.get("title"), obj.get("article")
            if not isinstance(t, str) or not isinstance(a, str):
                continue
            if not t.strip() or not a.strip():
                continue
            if inb:
                body.append((i, t, a))
            else:
                related.append((i, t, a[:1200]))
    return body, related


# ---------------------------------------------------------------- story text
def _pair_straight(text):
    parts = text.split('"')
    n = len(parts) - 1
    if n == 0:
        return text, True
    if n % 2:
        return text, False
    for j in range(n):  # quote j sits between parts[j] and parts[j+1]
        if j % 2 == 0:
            parts[j + 1] = parts[j + 1].lstrip()
        else:
            parts[j] = parts[j].rstrip()
    return '"'.join(parts), True


def detok(text):
    t = text.replace("_", " ")
    t = re.sub(r"[ \t\r\n\u00a0]+", " ", t)
    t = re.sub(r"([“‘])\s+", r"\1", t)
    t = re.sub(r"\s+([”’])", r"\1", t)
    t, ok = _pair_straight(t)
    t = re.sub(r"(^|\s)'\s+([^'\n]{1,80}?)\s+'(?=[\s,.;:!?]|$)", r"\1'\2'", t)
    t = re.sub(r"\s+([,.;:!?%…])", r"\1", t)
    t = re.sub(r"([(\[])\s+", r"\1", t)
    t = re.sub(r"\s+([)\]])", r"\1", t)
    t = re.sub(r"(?<=\S)[ ]*/[ ]*(?=\S)", "/", t)
    t = re.sub(r" {2,}", " ", t).strip()
    return t, ok


ABBR = {"TP.", "Tp.", "TS.", "GS.", "PGS.", "ThS.", "BS.", "Q.", "P.", "KS.", "TX.",
        "TT.", "NXB.", "Mr.", "Mrs.", "Dr.", "St.", "v.v.", "Th.S.", "CN.", "PV.", "BSCKI.",
        "BSCKII.", "Ths.", "Ts.", "Bs.", "Gs.", "ĐH.", "H.", "X.", "TS.BS.", "PGS.TS.", "GS.TS."}
OPEN_Q = '"“‘(['


def split_sentences(text):
    out, start = [], 0
    for m in re.finditer(r'[.!?…]+["”’)\]]*\s+', text):
        end = m.end()
        nxt = text[end:end + 1]
        if not nxt or not (nxt.isupper() or nxt.isdigit() or nxt in OPEN_Q):
            continue
        seg = text[start:m.start() + len(m.group(0).rstrip())]
        punct = m.group(0).strip()
        if punct == ".":
            sp = text.rfind(" ", start, m.start())
            tok = text[sp + 1:m.start() + 1].lstrip(OPEN_Q)
            if tok in ABBR or re.fullmatch(r"[A-ZĐ]\.", tok) or \
                    re.fullmatch(r"(?:[A-Za-zĐđ]{1,2}\.){2,}", tok) or re.fullmatch(r"[A-ZĐ][a-z]?\.", tok):
                continue
        out.append(seg.strip())
        start = end
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    # merge pieces that leave a quotation open
    merged, buf = [], ""
    for s in out:
        buf = (buf + " " + s) if buf else s
        if _balanced(buf) or buf.count(" ") > 160:
            merged.append(buf)
            buf = ""
    if buf:
        merged.append(buf)
    return merged


def _balanced(s):
    return (s.count('"') % 2 == 0 and s.count("“") == s.count("”") and s.count("(") == s.count(")")
            and s.count("[") == s.count("]") and s.count("‘") == s.count("’"))


CAPTION_MARKS = ["ảnh:", "(ảnh", "ảnh minh", "minh hoạ", "minh họa", "video:", "clip:", "clip ", "(trái)",
                 "(phải)", "(giữa)", "nguồn:", "đồ hoạ", "đồ họa", "infographic", "photo", "ảnh chụp màn hình",
                 "xem thêm", "xem video", "http", "www.", "@", ".com", ".vn", "(ảnh minh", "ảnh: ", "từ trái sang"]
REPORT = ["cho biết", "cho hay", "nói", "chia sẻ", "khẳng định", "nhấn mạnh", "thông tin", "cho rằng",
          "nhận định", "khai", "thừa nhận", "kể", "tâm sự", "giải thích", "phát biểu", "bày tỏ", "xác nhận",
          "tiết lộ", "thông báo", "báo cáo", "đề nghị", "yêu cầu", "trả lời", "nêu", "lưu ý", "khuyến cáo",
          "dự báo", "đánh giá", "ước tính", "công bố", "phản ánh", "trao đổi", "nhận xét", "chỉ đạo",
          "kiến nghị", "thổ lộ", "bộc bạch", "đề xuất", "tuyên bố", "quyết định", "kết luận", "cáo buộc"]
CONNECTIVES = ["Theo đó", "Tuy nhiên", "Trước đó", "Ngoài ra", "Bên cạnh đó", "Sau đó", "Trong khi đó",
               "Đồng thời", "Cụ thể", "Vì vậy", "Do đó", "Do vậy", "Được biết", "Ngay sau đó", "Mặt khác",
               "Thế nhưng", "Dù vậy", "Tuy vậy", "Như vậy", "Vì thế", "Thậm chí", "Đặc biệt", "Hiện nay",
               "Hiện tại", "Cũng theo", "Từ đó", "Bởi vậy", "Song", "Nhưng", "Trong đó", "Tính đến",
               "Đến nay", "Hơn nữa", "Thêm vào đó", "Đáng chú ý", "Riêng", "Sau khi", "Trước khi",
               "Mặc dù", "Ngoài việc", "Cùng với", "Trước tình hình", "Cùng ngày", "Tiếp đó", "Khi đó"]


def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = re.sub(r"[\u200b\u200c\u200d\u2060\ufeff]", "", s)
    s = re.sub(r"\s+", "", s)
    return s.casefold()


def _has_report(low):
    return any(re.search(r"(?<!\w)" + re.escape(v) + r"(?!\w)", low) for v in REPORT)


def keep_sentence(s, title_n, seen):
    low = s.lower()
    words = s.split()
    n = len(words)
    if n < 8 or n > 110:
        return False
    if any(m in low for m in CAPTION_MARKS):
        return False
    if any(c in s for c in "|•»«▶►■◆★"):
        return False
    if not _balanced(s):
        return False
    if not re.search(r'[.!?…]["”’)]?$', s):
        return False
    if any(":" in w for w in words[:6]):
        return False
    first = s.lstrip(OPEN_Q)[:1]
    if not first or not (first.isupper() or first.isdigit()):
        return False
    m = re.search(r"\bTheo\s+((?:\S+\s*){1,5})$", s)
    if m and m.start() > 0 and all(w[:1].isupper() or not w[:1].isalpha() for w in m.group(1).split()):
        return False
    if re.search(r"\s[-–]\s*[A-ZĐ][\wÀ-ỹ]*(\s[A-ZĐ][\wÀ-ỹ]*){0,3}\.?$", s):
        return False  # trailing author signature glued on
    if re.search(r'\s"[.,;:!?]|[^\s(\[“]"[A-Za-zÀ-ỹĐđ]', s):
        return False  # straight quotes paired the wrong way round in the source
    k = norm(s)
    if k in seen or k == title_n:
        return False
    limit = 22 if "," in s else 30
    if n <= limit:
        quote = ('"' in s or "“" in s) and re.search(r"\b(ông|bà|anh|chị|em)\b", low)
        conn = any(s.startswith(c + " ") or s.startswith(c + ",") for c in CONNECTIVES)
        if not (_has_report(low) or quote or conn):
            return False
    seen.add(k)
    return True


def story_sentences(title, article):
    title_d, _ = detok(title)
    text, ok = detok(article)
    seen, out = set(), []
    tn = norm(title_d)
    for s in split_sentences(text):
        if not ok and '"' in s:
            continue
        if keep_sentence(s, tn, seen):
            out.append(s)
    return title_d, out


# ---------------------------------------------------------------- invented world
FAM = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ",
       "Ngô", "Dương", "Lý", "Đinh", "Trịnh", "Lưu", "Mai", "Tạ", "Châu", "Lâm", "Quách"]
MID = ["Văn", "Thị", "Hữu", "Minh", "Thanh", "Ngọc", "Đức", "Quốc", "Hoài", "Kim", "Thu", "Bảo", "Xuân",
       "Hồng", "Phước", "Công", "Tường", "Khánh"]
GIV = ["Tâm", "Phúc", "Long", "Trâm", "Hiếu", "Nhân", "Thắng", "Quân", "Hà", "Tuấn", "Lộc", "Hạnh", "Triều",
       "Vy", "Sơn", "Khoa", "Duyên", "Lợi", "Toàn", "Nghĩa", "Thảo", "Nguyên", "Điền", "Thư", "Yến", "Cường",
       "Kiệt", "Hưng", "Dũng", "Hoa", "Đạt", "Phong", "Sang", "Trung", "Tín"]


def pen(r):
    return f"{r.choice(MID)} {r.choice(GIV)}"


def full(r):
    return f"{r.choice(FAM)} {r.choice(MID)} {r.choice(GIV)}"


WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
MDAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def weekday(y, m, d):
    t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
    yy = y - (m < 3)
    w = (yy + yy // 4 - yy // 100 + yy // 400 + t[m - 1] + d) % 7  # 0 = Sunday
    return WEEKDAYS[(w - 1) % 7]


class D(NamedTuple):
    y: int
    m: int
    d: int
    hh: int
    mm: int

    @property
    def wd(self):
        return weekday(self.y, self.m, self.d)


def rand_date(r):
    y = r.randint(2016, 2019)
    m = r.randint(1, 12)
    dd = r.randint(1, MDAYS[m - 1] + (1 if m == 2 and y % 4 == 0 else 0))
    return D(y, m, dd, r.randint(5, 22), r.choice(range(0, 60, 1)))


def shift(dt, r):
    days = r.randint(1, 40)
    y, m, d = dt.y, dt.m, dt.d - days
    while d < 1:
        m -= 1
        if m < 1:
            m, y = 12, y - 1
        d += MDAYS[m - 1] + (1 if m == 2 and y % 4 == 0 else 0)
    return D(y, m, d, r.randint(6, 21), r.randint(0, 59))


PRICE_ITEMS = [("Lúa IR 50404 (tươi)", "đ/kg", 4800, 5900), ("Lúa OM 5451", "đ/kg", 5000, 6200),
               ("Gạo xuất khẩu 5% tấm", "USD/tấn", 340, 420), ("Cà phê nhân Đắk Lắk", "đ/kg", 32000, 39000),
               ("Hồ tiêu Chư Sê", "đ/kg", 45000, 98000), ("Heo hơi miền Bắc", "đ/kg", 28000, 52000),
               ("Heo hơi miền Nam", "đ/kg", 27000, 50000), ("Cao su mủ nước", "đ/độ", 230, 310),
               ("Sầu riêng Ri6", "đ/kg", 35000, 80000), ("Thanh long ruột đỏ", "đ/kg", 12000, 30000),
               ("Tôm thẻ 100 con/kg", "đ/kg", 85000, 120000), ("Cá tra nguyên liệu", "đ/kg", 19000, 29000)]

SCENES = ["Nông dân thu hoạch lúa hè thu trên cánh đồng mẫu lớn.",
          "Người dân chăm sóc vườn cà phê sau đợt mưa đầu mùa.",
          "Kênh nội đồng vừa được nạo vét phục vụ mùa khô năm nay.",
          "Một góc làng quê yên bình trong buổi chiều muộn.",
          "Thương lái cân lúa ngay tại ruộng cho bà con.",
          "Đàn bò sữa của một hộ chăn nuôi quy mô trang trại.",
          "Đường bê tông liên thôn được người dân góp công xây dựng.",
          "Trạm bơm điện phục vụ tưới tiêu cho hàng trăm héc-ta lúa.",
          "Nông dân phun thuốc bảo vệ thực vật cho ruộng lúa đang trổ bông.",
          "Chợ phiên vùng cao nhộn nhịp vào dịp cuối tuần.",
          "Máy gặt đập liên hợp làm việc trên cánh đồng vào vụ.",
          "Hợp tác xã phân loại rau an toàn trước khi đưa đi tiêu thụ.",
          "Vườn thanh long đang vào mùa thắp đèn ở vùng chuyên canh.",
          "Người dân vớt bèo, khơi thông dòng chảy trên mương thuỷ lợi.",
          "Trẻ em vùng quê vui đùa bên bờ đê sau giờ học."]


class Site(NamedTuple):
    name: str
    domain: str
    code: str
    sections: Tuple[str, ...]
    place: str


SITES = [
    Site("Nông Nghiệp Xanh", "nongnghiepxanh.vn", "NNX", ("Thời sự", "Thị trường", "Nông thôn mới", "Khuyến nông", "Chăn nuôi"), "Hà Nội"),
    Site("Báo Nông Dân Cửu Long", "nongdancuulong.vn", "NDCL", ("Tin tỉnh nhà", "Nông nghiệp", "Kinh tế", "Bạn nhà nông", "Pháp luật"), "Cần Thơ"),
    Site("Tiếng Nói Nhà Nông", "tiengnoinhanong.com.vn", "TNNN", ("Thời sự", "Nhà nông", "Giá cả", "Bạn đọc viết", "Đời sống"), "Hà Nội"),
    Site("Thị Trường Nông Sản 24h", "thitruongnongsan24h.vn", "TTNS", ("Giá cả", "Xuất khẩu", "Doanh nghiệp", "Tài chính nông thôn"), "TP. Hồ Chí Minh"),
    Site("Chăn Nuôi Việt", "channuoiviet.net", "CNV", ("Gia súc", "Gia cầm", "Thú y", "Thức ăn chăn nuôi", "Tin tức"), "Hà Nội"),
    Site("Thuỷ Lợi & Đời Sống", "thuyloidoisong.vn", "TLĐS", ("Công trình", "Phòng chống thiên tai", "Nước sạch nông thôn", "Xã hội"), "Hà Nội"),
    Site("Kinh Tế Vườn", "kinhtevuon.vn", "KTV", ("Làm giàu", "Vườn nhà", "Thị trường", "Gương sáng", "Tin nóng"), "Tiền Giang"),
    Site("Cây Lúa Miền Tây", "cayluamientay.vn", "CLMT", ("Lúa gạo", "Thời sự", "Thuỷ sản", "Đời sống", "Pháp luật"), "An Giang"),
    Site("Nhà Nông Tây Nguyên", "nhanongtaynguyen.vn", "NNTN", ("Cà phê", "Hồ tiêu", "Tin Tây Nguyên", "Xã hội", "Kinh tế"), "Đắk Lắk"),
    Site("Chợ Quê Online", "choque.online", "CQ", ("Tin nhanh", "Giá chợ", "Chuyện làng", "Xem - Nghe"), "Hải Dương"),
    Site("Nông Thôn Mới Online", "nongthonmoionline.vn", "NTM", ("Xây dựng NTM", "Thời sự", "Kinh tế", "Văn hoá làng", "Pháp luật"), "Hà Nội"),
    Site("Khuyến Nông Đất Việt", "khuyennongdatviet.vn", "KNĐV", ("Kỹ thuật", "Tin tức", "Mô hình hay", "Hỏi đáp"), "Hà Nội"),
    Site("Hạt Gạo Vàng", "hatgaovang.vn", "HGV", ("Thị trường lúa gạo", "Thời sự", "Doanh nghiệp", "Quốc tế"), "Long An"),
    Site("Làng Quê Bắc Bộ", "langquebacbo.vn", "LQBB", ("Phóng sự", "Thời sự", "Làng nghề", "Đời sống", "Chuyện lạ"), "Nam Định"),
    Site("Nông Dân Xứ Nghệ", "nongdanxunghe.vn", "NDXN", ("Thời sự", "Nông nghiệp", "Xã hội", "Pháp luật", "Miền Tây Nghệ An"), "Nghệ An"),
    Site("Đồng Ruộng Việt", "dongruongviet.tv", "ĐRV", ("Tin video", "Thời sự", "Nông nghiệp", "Xã hội"), "Hà Nội"),
    Site("Bạn Nhà Nông", "bannhanong.vn", "BNN", ("Tin tức", "Gia đình nhà nông", "Sức khoẻ", "Thị trường"), "Thái Bình"),
    Site("Đất & Nông", "datvanong.com.vn", "Đ&N", ("Đất đai", "Nông nghiệp", "Tin nóng", "Kinh tế"), "Đồng Nai"),
    Site("Đồng Tháp Mới Today", "dongthapmoitoday.vn", "ĐTM", ("Tin vùng", "Nông sản", "Xã hội", "Pháp luật", "Du lịch"), "Đồng Tháp"),
    Site("Hợp Tác Xã Ngày Nay", "hoptacxangaynay.vn", "HTX", ("Kinh tế hợp tác", "Thời sự", "Nông thôn", "Doanh nghiệp"), "Hà Nội"),
]
OTHER_OUTLETS = ["Báo Kinh tế Nông thôn Miền Trung", "Nông dân Đồng Tháp Mới", "Tạp chí Ruộng Vườn",
                 "Báo Làng Việt", "Tin Nông Nghiệp 365", "Báo Bạn Đồng Ruộng"]


# ---------------------------------------------------------------- page builder
class B:
    def __init__(self, site, title):
        self.site, self.title, self.el = site, title, []

    def u(self, s):
        self.el.append(("u", s.strip()))

    def f(self, kind, s):
        s = re.sub(r"\s+", " ", s).strip()
        if s:
            self.el.append(("f", kind, s))

    def w(self, s): self.f("widget", s)
    def by(self, s): self.f("byline", s)
    def cr(self, s): self.f("credit", s)
    def cap(self, s): self.f("caption", s)
    def rel(self, s): self.f("related", s)

    def para(self, items):
        if items:
            self.el.append(("b", "body", list(items)))


class Ctx:
    """Everything a layout needs for one page."""

    def __init__(self, row, site, title, sents, related, layout_idx):
        self.row, self.site, self.title, self.sents = row, site, title, sents
        self.r = R(row, "layout")
        self.rc = R(row, "captions")
        self.rr = R(row, "related")
        self.dt = rand_date(R(row, "date"))
        self.section = self.r.choice(site.sections)
        self.bad = {norm(title)} | {norm(s) for s in sents}
        self.related = []
        if related:
            pool = self.rr.sample(range(len(related)), min(len(related), 12))
            for j in pool:
                _, rt, ra = related[j]
                t, _ = detok(rt)
                tz = teaser(ra, self.rr)
                if norm(t) in self.bad or (tz and norm(tz) in self.bad):
                    continue
                self.related.append((t, tz, shift(self.dt, self.rr)))
        self.ents = entities(sents)
        self.used_caps = set()

    def rel(self, n):
        out = self.related[:n]
        self.related = self.related[n:]
        return out

    def caption(self):
        r = self.rc
        for _ in range(20):
            choice = r.random()
            persons = [e for k, e in self.ents if k == "p"]
            places = [e for k, e in self.ents if k == "l"]
            if choice < 0.3 and persons:
                p = r.choice(persons)
                p = p[0].upper() + p[1:]
                c = r.choice([f"{p} trao đổi với phóng viên.", f"{p} tại buổi làm việc với đoàn công tác.",
                              f"{p} (bìa phải) trao đổi với người dân địa phương.",
                              f"{p} kiểm tra thực tế tại cơ sở."])
            elif choice < 0.65 and places:
                pl = r.choice(places)
                c = r.choice([f"Một góc {pl} nhìn từ trên cao.", f"Quang cảnh {pl} những ngày gần đây.",
                              f"Người dân {pl} chuẩn bị cho vụ mùa mới.", f"Cánh đồng lúa ở {pl} vào mùa thu hoạch.",
                              f"Đường vào trung tâm {pl}.", f"Lực lượng chức năng có mặt tại {pl}."])
            else:
                c = r.choice(SCENES)
            if norm(c) not in self.bad and norm(c) not in self.used_caps:
                self.used_caps.add(norm(c))
                return c
        return "Ảnh minh hoạ"


def entities(sents):
    out, seen = [], set()
    pat = re.compile(r"\b(ông|bà|anh|chị|tỉnh|huyện|xã|thị xã|thị trấn|phường|thôn|ấp|xóm|thành phố|quận)\s+"
                     r"((?:[A-ZĐÀ-Ỹ][\wÀ-ỹ]*(?:\s|$|(?=[,.;)]))){1,4})")
    for s in sents:
        for m in pat.finditer(s):
            mk, nm = m.group(1), m.group(2).strip()
            words = nm.split()
            if any(not w[0].isupper() for w in words):
                continue
            kind = "p" if mk in ("ông", "bà", "anh", "chị") else "l"
            if kind == "p" and len(words) < 2:
                continue
            e = f"{mk} {nm}"
            if e not in seen:
                seen.add(e)
                out.append((kind, e))
    return out


def teaser(article, r):
    t, ok = detok(article[:1200])
    if not ok:
        t = t.replace('"', "")
    sents = split_sentences(t)
    while sents and (any(m in sents[0].lower() for m in ("ảnh:", "video:", "clip:", "nguồn:", "minh hoạ", "minh họa"))
                     or len(sents[0].split()) < 7):
        sents.pop(0)
    words = " ".join(sents).split()
    if len(words) < 12:
        return ""
    n = r.randint(18, 32)
    cut = " ".join(words[:n])
    m = re.search(r"^(.{60,}?[.!?])\s", cut + " ")
    if m and r.random() < 0.5:
        return m.group(1)
    return cut.rstrip(",;:.-–") + r.choice(["...", "…"])


# ---------------------------------------------------------------- small blocks
def fmt_date(dt, style):
    d2, m2 = f"{dt.d:02d}", f"{dt.m:02d}"
    hm = f"{dt.hh:02d}:{dt.mm:02d}"
    return {
        0: f"{dt.wd}, {d2}/{m2}/{dt.y}, {hm} (GMT+7)",
        1: f"{d2}/{m2}/{dt.y} - {hm}",
        2: f"Đăng lúc: {hm} ngày {dt.d}/{dt.m}/{dt.y}",
        3: f"Cập nhật {d2}/{m2}/{dt.y} {hm}",
        4: f"{hm} {d2}/{m2}/{dt.y}",
        5: f"Ngày {dt.d} tháng {dt.m} năm {dt.y}",
        6: f"{dt.wd}, ngày {d2}/{m2}/{dt.y} {hm}",
        7: f"{hm} | {d2}/{m2}/{dt.y}",
        8: f"{d2}.{m2}.{dt.y} | {hm}",
        9: f"Ngày đăng: {d2}/{m2}/{dt.y}",
        10: f"{dt.d}/{dt.m}/{dt.y} {hm} GMT+7",
        11: f"{dt.wd.lower()}, {dt.d}/{dt.m}/{dt.y}, {hm}",
    }[style]


def short_date(dt, style=0):
    return [f"{dt.d:02d}/{dt.m:02d}/{dt.y}", f"{dt.d}/{dt.m}", f"{dt.d:02d}/{dt.m:02d}/{dt.y} {dt.hh:02d}:{dt.mm:02d}",
            f"{dt.d:02d}/{dt.m:02d}"][style]


def menu(c, sep=" | ", extra=()):
    return sep.join(("Trang chủ",) + tuple(c.site.sections) + tuple(extra))


def price_box(b, c, n=3, title="Bảng giá nông sản hôm nay"):
    b.w(title)
    for name, unit, lo, hi in c.r.sample(PRICE_ITEMS, n):
        v = c.r.randint(lo, hi)
        if v >= 1000:
            v = round(v, -2)
        vs = f"{v:,}".replace(",", ".")
        b.w(f"{name}: {vs} {unit}")


def phone(r):
    return f"0{r.choice([90, 91, 93, 97, 98, 88])}{r.randint(1, 9)} {r.randint(100, 999)} {r.randint(100, 999)}"


def tags(c, n=4):
    words = ["nông nghiệp", "giá lúa", "nông thôn mới", "chăn nuôi", "thuỷ lợi", "nông dân", "thị trường",
             "xuất khẩu", "hợp tác xã", "khuyến nông", "mùa vụ", c.section.lower()]
    return c.r.sample(words, n)


def pull_quote(c):
    long = [s for s in c.sents if len(s.split()) >= 16]
    if not long:
        return None
    s = c.r.choice(long)
    frag = " ".join(s.split()[: c.r.randint(9, 13)]).rstrip(",;:")
    frag = frag.strip('“”"')
    return "“" + frag + "…”"


def emit(b, c, paras, inserts):
    """Emit paragraphs; inserts is a list of (after paragraph i, callable(b))."""
    for i, p in enumerate(paras):
        b.para(p)
        if i < len(paras) - 1:
            for j, fn in inserts:
                if j == i:
                    fn(b)


def mid(paras, frac):
    return max(0, min(len(paras) - 2, int(len(paras) * frac)))


def group(items, r, lo, hi):
    out, i = [], 0
    while i < len(items):
        n = r.randint(lo, hi)
        out.append(items[i:i + n])
        i += n
    return out


# ---------------------------------------------------------------- the 20 layouts
def L00(b, c, paras):  # Nông Nghiệp Xanh
    s = c.site
    b.u(s.name)
    b.w(menu(c, extra=("Video", "Ảnh")))
    b.w(f"Trang chủ > {c.section}")
    b.u(c.title)
    b.u(fmt_date(c.dt, 0))
    b.by(pen(c.r))
    cap1 = lambda x: x.cap(f"{c.caption()} (Ảnh: {pen(c.r)})")
    def xem(x):
        for t, _, _ in c.rel(1):
            x.rel(f"Xem thêm: {t}")
    emit(b, c, paras, [(0, cap1), (mid(paras, 0.5), xem)])
    b.w("Từ khoá: " + ", ".join(tags(c)))
    rel = c.rel(4)
    if rel:
        b.w("Tin liên quan")
        for t, _, _ in rel:
            b.rel(f"- {t}")
    b.w(f"© 2016 - {c.dt.y} {s.name}. Giấy phép số {c.r.randint(100, 480)}/GP-BTTTT.")


def L01(b, c, paras):  # Báo Nông Dân Cửu Long
    s = c.site
    b.w(f"Hôm nay: {c.dt.wd}, {c.dt.d:02d}/{c.dt.m:02d}/{c.dt.y}")
    b.u(s.name.upper())
    b.w(menu(c, sep=" · "))
    b.u(c.title)
    b.u(fmt_date(c.dt, 1))
    def photo(x):
        x.cap(c.caption())
        x.cr(f"Ảnh: {pen(c.r).upper()}")
    emit(b, c, paras, [(0, photo), (mid(paras, 0.7), photo)])
    b.by(pen(c.r).upper())
    rel = c.rel(5)
    if rel:
        b.w("CÁC TIN KHÁC")
        for t, _, d in rel:
            b.rel(f"{t} ({short_date(d)})")
    b.w(f"Toà soạn: {c.r.randint(10, 200)} Trần Hưng Đạo, quận Ninh Kiều, TP. Cần Thơ - ĐT: 0292 {c.r.randint(3000000, 3999999)}")


def L02(b, c, paras):  # Tiếng Nói Nhà Nông
    s = c.site
    b.u(s.name)
    b.w("Đăng nhập / Đăng ký")
    b.u(c.title)
    b.u(fmt_date(c.dt, 2))
    b.by(f"Bài và ảnh: {full(c.r)}")
    b.w(f"Thích {c.r.randint(0, 300)} · Chia sẻ")
    def box(x):
        price_box(x, c, 3)
    def cap(x):
        x.cap(c.caption())
    emit(b, c, paras, [(0, cap), (mid(paras, 0.5), box)])
    b.w("Bạn đang xem bài viết tại chuyên mục " + c.section)
    rel = c.rel(3)
    if rel:
        b.w("Bài viết cùng chủ đề")
        for t, tz, _ in rel:
            b.rel(t)
            if tz:
                b.rel(tz)
    n = c.r.randint(1, 3)
    b.w(f"Bình luận ({n})")
    for _ in range(n):
        b.w(f"{pen(c.r)}: " + c.r.choice(["Bài viết rất hay, cảm ơn toà soạn.",
                                          "Mong chính quyền sớm vào cuộc giúp bà con.",
                                          "Năm nay được mùa mà mất giá, nông dân khổ quá!",
                                          "Đề nghị báo tiếp tục theo dõi vụ việc."]))
        b.w(f"{c.r.randint(1, 23)} giờ trước · Trả lời")


def L03(b, c, paras):  # Thị Trường Nông Sản 24h
    s = c.site
    name, unit, lo, hi = c.r.choice(PRICE_ITEMS)
    step = c.r.randint(1, 9) * (100 if hi > 10000 else 1)
    b.w(f"{name} {round(c.r.randint(lo, hi), -2 if hi > 10000 else 0):,} {unit} {c.r.choice('▲▼')} {step:,}".replace(",", "."))
    b.u(s.name)
    b.w(f"{c.section} »  Tin thị trường" if c.section else "Tin thị trường")
    b.u(c.title)
    b.u(fmt_date(c.dt, 3))
    def info(x):
        x.cap(f"Infographic: Diễn biến giá {c.r.choice(['lúa gạo', 'nông sản', 'heo hơi', 'cà phê'])} {c.r.choice(['tuần qua', 'tháng qua', '6 tháng đầu năm'])}")
        x.cr(f"Đồ hoạ: {pen(c.r)}")
    emit(b, c, paras, [(mid(paras, 0.4), info)])
    b.by(f"Theo {c.r.choice(OTHER_OUTLETS)}")
    rel = c.rel(3)
    if rel:
        b.w("Tin cùng chuyên mục")
        b.rel(" | ".join(t for t, _, _ in rel))
    b.w("Thông tin giá cả chỉ mang tính tham khảo, có thể thay đổi theo từng thời điểm và khu vực.")


def L04(b, c, paras):  # Chăn Nuôi Việt
    s = c.site
    b.u(s.name)
    b.w(f"{s.name} > {c.section}")
    b.u(c.title)
    b.by(f"{pen(c.r)} - {pen(c.r)}")
    b.u(fmt_date(c.dt, 4))
    n = c.r.randint(2, 4)
    k = [0]
    def gal(x):
        k[0] += 1
        x.w(f"{k[0]}/{n}")
        x.cap(c.caption())
    def inl(x):
        for t, _, _ in c.rel(1):
            x.rel(f">> {t}")
    emit(b, c, paras, [(0, gal), (1, inl), (mid(paras, 0.75), gal)])
    b.w("Bạn nghĩ gì về giá heo hơi thời gian tới?")
    b.w("○ Sẽ tăng ○ Đi ngang ○ Tiếp tục giảm - Xem kết quả")
    b.w("Tags: " + " ".join("#" + t.replace(" ", "") for t in tags(c, 3)))
    rel = c.rel(3)
    for t, _, d in rel:
        b.rel(f"{t} - {short_date(d, 1)}")


def L05(b, c, paras):  # Thuỷ Lợi & Đời Sống
    s = c.site
    b.w(f"{c.dt.wd}, {c.dt.d}/{c.dt.m}/{c.dt.y}")
    b.u(s.name)
    b.w(menu(c, sep=" - "))
    b.u(c.title)
    b.u(fmt_date(c.dt, 5))
    def cap(x):
        x.cap(f"{c.caption()} Ảnh: {c.site.code}")
    emit(b, c, paras, [(0, cap)])
    b.by("(Thông tấn Nông nghiệp)" if c.r.random() < 0.5 else f"{full(c.r)} (TTXNN)")
    rel = c.rel(4)
    if rel:
        b.w("Tin đã đưa")
        for t, _, d in rel:
            b.rel(f"· {t} ({short_date(d, 1)})")
    b.w(f"Đường dây nóng: {phone(c.r)} - Email: toasoan@{s.domain}")


def L06(b, c, paras):  # Kinh Tế Vườn
    s = c.site
    b.u(s.name)
    b.w(menu(c, sep=" / "))
    b.u(c.title)
    b.u(fmt_date(c.dt, 6))
    def vid(x):
        x.w("▶ Video đang phát  00:00 / 0" + str(c.r.randint(1, 4)) + ":" + f"{c.r.randint(0, 59):02d}")
        x.cap(c.caption())
        x.cr(f"Video: {s.name} TV")
    def ill(x):
        x.cap("Ảnh minh hoạ")
    emit(b, c, paras, [(0, ill), (mid(paras, 0.6), vid)])
    nm = full(c.r)
    b.by(nm)
    b.by(f"Phóng viên mảng kinh tế nông nghiệp, thường trú tại {s.place}.")
    rel = c.rel(4)
    if rel:
        b.w("Tin khác")
        for t, _, d in rel:
            b.rel(f"• {t} ({short_date(d, 3)})")


def L07(b, c, paras):  # Cây Lúa Miền Tây
    s = c.site
    b.u(s.name)
    b.w(f"Trang chủ / {c.section}")
    b.u(c.title)
    b.by(f"Bài: {full(c.r)}")
    b.cr(f"Ảnh: {full(c.r)}")
    b.u(fmt_date(c.dt, 7))
    def cap(x):
        x.cap(c.caption())
    def rel1(x):
        rl = c.rel(2)
        if rl:
            x.w("ĐỌC THÊM")
            for t, _, _ in rl:
                x.rel(t)
    emit(b, c, paras, [(0, cap), (mid(paras, 0.5), rel1)])
    b.w(f"Chia sẻ   Facebook   Zalo   In bài")
    rel = c.rel(3)
    if rel:
        b.w("Tin mới")
        for t, _, d in rel:
            b.rel(t)
            b.w(short_date(d, 2))


def L08(b, c, paras):  # Nhà Nông Tây Nguyên
    s = c.site
    b.u(s.name)
    b.w(menu(c))
    b.w(f"Giá cà phê hôm nay tại Đắk Lắk: {round(c.r.randint(32000, 39000), -2):,} đ/kg".replace(",", "."))
    b.u(c.title)
    b.u(fmt_date(c.dt, 1))
    def cap(x):
        x.cap(f"{c.caption()} (Ảnh: {pen(c.r)})")
    def box(x):
        price_box(x, c, 2, "Giá nông sản Tây Nguyên")
    emit(b, c, paras, [(0, cap), (mid(paras, 0.6), box)])
    b.by(f"{pen(c.r).upper()} - {pen(c.r).upper()}")
    b.w("Chia sẻ bài viết")
    rel = c.rel(4)
    if rel:
        b.w("Đọc nhiều")
        for i, (t, _, _) in enumerate(rel, 1):
            b.rel(f"{i}. {t}")


def L09(b, c, paras):  # Chợ Quê Online (mobile scrape)
    s = c.site
    b.w("☰")
    b.u(s.name)
    b.w(c.section)
    b.u(c.title)
    b.w(f"{c.r.randint(2, 11)} giờ trước")
    b.u(fmt_date(c.dt, 4))
    def ad(x):
        x.w("Quảng cáo")
        x.w(f"Phân bón Hạt Ngọc – mùa vàng bội thu. Gọi ngay {phone(c.r)}")
    def cap(x):
        x.cap(c.caption())
    emit(b, c, paras, [(0, cap), (mid(paras, 0.5), ad)])
    b.by(pen(c.r))
    b.w(f"Thích {c.r.randint(1, 99)}   Yêu thích {c.r.randint(0, 20)}   Buồn {c.r.randint(0, 15)}")
    b.w(f"{c.r.randint(0, 40)} bình luận")
    rel = c.rel(3)
    if rel:
        b.w("Xem thêm")
        for t, tz, _ in rel:
            b.rel(f"{t} - {tz}" if tz else t)


def L10(b, c, paras):  # Nông Thôn Mới Online
    s = c.site
    b.u(s.name)
    b.w(f"Nông thôn mới / {c.section}")
    b.u(c.title)
    b.u(fmt_date(c.dt, 8))
    b.w(f"{c.r.randint(120, 9000)} lượt xem")
    def cap(x):
        x.cap(c.caption())
        x.cr(f"(Ảnh: {pen(c.r)})")
    emit(b, c, paras, [(0, cap)])
    b.by(f"{pen(c.r)} - {pen(c.r)}")
    rel = c.rel(5)
    if rel:
        b.w("ĐỌC NHIỀU NHẤT")
        for i, (t, _, _) in enumerate(rel, 1):
            b.rel(f"{i:02d} {t}")
    b.w(f"Hotline: {phone(c.r)}")
    b.w(s.name)


def L11(b, c, paras):  # Khuyến Nông Đất Việt
    s = c.site
    b.u(s.name)
    b.w(f"Trang chủ » {c.section}")
    b.u(c.title)
    b.u(fmt_date(c.dt, 9))
    def cap(x):
        x.cap(c.caption())
    emit(b, c, paras, [(mid(paras, 0.3), cap)])
    b.cr(f"Nguồn: Trung tâm Khuyến nông tỉnh {c.r.choice(['Sóc Trăng', 'Bắc Giang', 'Quảng Ngãi', 'Lâm Đồng'])}")
    b.w("Tags: " + ", ".join(tags(c, 4)))
    rel = c.rel(3)
    if rel:
        b.w("Bài viết liên quan")
        for t, tz, _ in rel:
            b.rel(t)
            if tz:
                b.rel(tz)
    b.w("Thông tin trên trang chỉ mang tính tham khảo. Bà con cần hỏi ý kiến cán bộ khuyến nông địa phương trước khi áp dụng.")


def L12(b, c, paras):  # Hạt Gạo Vàng
    s = c.site
    b.u(s.name)
    b.w(menu(c, sep=" • "))
    b.u(c.title)
    b.u(fmt_date(c.dt, 7))
    def cap(x):
        x.cap(f"{c.caption()} Ảnh: {pen(c.r)}")
    emit(b, c, paras, [(0, cap), (mid(paras, 0.7), cap)])
    b.by(f"{pen(c.r)} (tổng hợp)")
    rel = c.rel(4)
    if rel:
        b.w("Tin mới nhất")
        for t, _, d in rel:
            b.w(short_date(d, 2))
            b.rel(t)


def L13(b, c, paras):  # Làng Quê Bắc Bộ (magazine)
    s = c.site
    b.u(s.name.upper())
    b.w(f"{c.section.upper()}")
    b.u(c.title)
    b.by(f"Bài, ảnh: {full(c.r)}")
    b.u(fmt_date(c.dt, 10))
    def pq(x):
        q = pull_quote(c)
        if q and norm(q) not in c.bad:
            x.w(q)
    def cap(x):
        x.cap(c.caption())
    emit(b, c, paras, [(0, cap), (mid(paras, 0.5), pq)])
    b.by(full(c.r).upper())
    rel = c.rel(3)
    if rel:
        b.w("Cùng chuyên mục")
        for t, _, _ in rel:
            b.rel(f"+ {t}")


def L14(b, c, paras):  # Nông Dân Xứ Nghệ
    s = c.site
    b.w(f"Vinh {c.r.randint(18, 37)}°C   Đăng nhập | Đăng ký")
    b.u(s.name)
    b.w(menu(c))
    b.u(c.title)
    b.u(fmt_date(c.dt, 11))
    b.w("Chia sẻ: Facebook   Zalo   Email")
    def cap(x):
        x.cap(f"{c.caption()} (Ảnh: {pen(c.r)})")
    emit(b, c, paras, [(0, cap)])
    b.by(f"{pen(c.r)} - {pen(c.r)}")
    rel = c.rel(4)
    if rel:
        b.w("Tin cùng chuyên mục")
        for t, _, d in rel:
            b.rel(f"{t} - {short_date(d)}")
    b.w(f"Cơ quan chủ quản: Hội Nông dân xứ Nghệ · Liên hệ quảng cáo: {phone(c.r)}")


def L15(b, c, paras):  # Đồng Ruộng Việt (video first)
    s = c.site
    b.u(s.name)
    b.w(" | ".join(s.sections))
    b.w(f"00:00 / 0{c.r.randint(1, 5)}:{c.r.randint(10, 59)}")
    b.cap(f"Clip: {c.caption()}")
    b.cr(f"Video: {s.name} TV")
    b.u(c.title)
    b.u(fmt_date(c.dt, 0))
    def xem(x):
        rl = c.rel(3)
        if rl:
            x.rel("Xem thêm: " + " / ".join(t for t, _, _ in rl))
    emit(b, c, paras, [(mid(paras, 0.5), xem)])
    b.by(full(c.r))
    b.w(f"Lượt xem: {c.r.randint(300, 50000):,}".replace(",", "."))
    rel = c.rel(3)
    if rel:
        b.w("Video khác")
        for t, _, _ in rel:
            b.rel(f"▶ {t}")


def L16(b, c, paras):  # Bạn Nhà Nông
    s = c.site
    b.u(s.name)
    b.w(f"{c.section}")
    b.u(c.title)
    b.u(fmt_date(c.dt, 1))
    b.w("Nghe bài viết")
    b.w("A-   A+")
    def cap(x):
        x.cap(c.caption())
        x.cr("Ảnh: Internet" if c.r.random() < 0.5 else "Ảnh: Tư liệu")
    emit(b, c, paras, [(0, cap)])
    b.by(f"Theo {c.r.choice(OTHER_OUTLETS)}")
    rel = c.rel(4)
    if rel:
        b.w("Có thể bạn quan tâm")
        for t, _, _ in rel:
            b.rel(f"• {t}")
    b.w(f"Bản quyền thuộc về {s.name}. Cấm sao chép dưới mọi hình thức khi chưa có sự đồng ý bằng văn bản.")


def L17(b, c, paras):  # Đất & Nông
    s = c.site
    b.w(f"{c.dt.wd}, {c.dt.d:02d}/{c.dt.m:02d}/{c.dt.y}")
    b.u(s.name)
    b.u(c.title)
    b.by(f"Tác giả: {full(c.r)}")
    b.u(fmt_date(c.dt, 3))
    def box(x):
        for t, _, _ in c.rel(1):
            x.rel(f"> {t}")
    def cap(x):
        x.cap(c.caption())
    emit(b, c, paras, [(0, cap), (1, box), (mid(paras, 0.8), box)])
    b.w(f"Lượt thích: {c.r.randint(0, 500)}")
    rel = c.rel(3)
    if rel:
        b.w("Bài viết khác")
        for t, tz, _ in rel:
            b.rel(f"{t} - {tz}" if tz else t)


def L18(b, c, paras):  # Đồng Tháp Mới Today
    s = c.site
    b.u(s.name)
    b.w(menu(c, sep=" | ", extra=("Liên hệ",)))
    b.u(c.title)
    b.u(fmt_date(c.dt, 4))
    b.by(pen(c.r))
    def cap(x):
        x.cap(f"{c.caption()} (Ảnh: {c.r.choice(['CTV', pen(c.r), s.code])})")
    emit(b, c, paras, [(0, cap), (mid(paras, 0.6), cap)])
    rel = c.rel(4)
    if rel:
        b.w("Tin liên quan:")
        for i, (t, _, _) in enumerate(rel, 1):
            b.rel(f"{i}. {t}")
    b.w("Đăng ký nhận bản tin nông sản mỗi sáng")
    b.w(f"Email: banbientap@{s.domain}")
    b.w(f"© {c.dt.y} {s.name}")


def L19(b, c, paras):  # Hợp Tác Xã Ngày Nay
    s = c.site
    b.u(s.name)
    b.w(f"{s.name} › {c.section}")
    b.u(c.title)
    b.by("Nhóm PV")
    def cap(x):
        x.cap(c.caption())
        x.cr("Ảnh: Internet")
    def rel1(x):
        for t, tz, _ in c.rel(1):
            x.rel(f"Xem thêm: {t}")
    emit(b, c, paras, [(0, cap), (mid(paras, 0.5), rel1)])
    b.u(fmt_date(c.dt, 10))
    rel = c.rel(3)
    if rel:
        b.w("Có thể bạn quan tâm")
        for t, _, d in rel:
            b.rel(f"{t} ({short_date(d, 1)})")
    b.w("Chia sẻ:   Facebook   Twitter   Zalo")


LAYOUTS = [(f"L{i:02d} {SITES[i].name}", fn, SITES[i], para) for i, (fn, para) in enumerate([
    (L00, (2, 3)), (L01, (1, 2)), (L02, (2, 4)), (L03, (1, 3)), (L04, (1, 2)), (L05, (3, 4)), (L06, (2, 3)),
    (L07, (1, 3)), (L08, (2, 3)), (L09, (1, 2)), (L10, (2, 4)), (L11, (1, 3)), (L12, (2, 3)), (L13, (2, 4)),
    (L14, (1, 2)), (L15, (2, 3)), (L16, (1, 3)), (L17, (2, 3)), (L18, (1, 2)), (L19, (2, 4))])]


# ---------------------------------------------------------------- faults
ZW = "\u200b"


def _zw(s, r):
    words = [i for i, w in enumerate(s.split(" ")) if len(w) >= 4 and w.isalpha()]
    if not words:
        return s
    parts = s.split(" ")
    i = r.choice(words)
    w = parts[i]
    k = r.randint(1, len(w) - 1)
    parts[i] = w[:k] + ZW + w[k:]
    return " ".join(parts)


def _nbsp(s, r):
    idx = [m.start() for m in re.finditer(" ", s)]
    if not idx:
        return s
    chosen = set(r.sample(idx, min(len(idx), r.randint(1, 3))))
    return "".join("\u00a0" if i in chosen else ch for i, ch in enumerate(s))


def _dbl(s, r):
    idx = [m.start() for m in re.finditer(" ", s)]
    if not idx:
        return s
    i = r.choice(idx)
    return s[:i] + "  " + s[i + 1:]


def choose_faults(row):
    r = R(row, "faults")
    if r.random() >= 0.26:
        return []
    n = 1 if r.random() < 0.7 else 2
    return sorted(r.sample(["nbsp", "zwsp", "double_space", "glued", "nfd"], n))


def glue(items, r):
    cand = [i for i in range(len(items) - 1)
            if items[i].endswith(".") and not items[i].endswith("..") and items[i + 1][:1].isupper()]
    if not cand or len(items) < 4:
        return items, False
    i = r.choice(cand)
    return items[:i] + [items[i] + items[i + 1]] + items[i + 2:], True


def apply_faults(el, faults, r):
    done = set()
    strings = [(k, j) for k, e in enumerate(el) if e[0] != "u"
               for j in range(len(e[2]) if e[0] == "b" else 1)]

    def get(k, j):
        e = el[k]
        return e[2][j] if e[0] == "b" else e[2]

    def put(k, j, v):
        e = el[k]
        if e[0] == "b":
            e[2][j] = v
        else:
            el[k] = ("f", e[1], v)

    if "nbsp" in faults:
        picks = r.sample(strings, max(1, len(strings) // 4))
        for k, j in picks:
            put(k, j, _nbsp(get(k, j), r))
        done.add("nbsp")
    if "zwsp" in faults:
        for k, j in r.sample(strings, min(len(strings), r.randint(1, 3))):
            put(k, j, _zw(get(k, j), r))
        done.add("zwsp")
    if "double_space" in faults:
        k, j = r.choice(strings)
        put(k, j, _dbl(get(k, j), r))
        done.add("double_space")
    return done


# ---------------------------------------------------------------- contract check
def check_page(p, title):
    lines = p.text.split("\n")
    for ln in lines:
        if not ln or ln != ln.strip():
            raise ValueError(f"{p.layout}: blank or unstripped line {ln!r}")
    for k, ln in p.furniture:
        if k not in KINDS:
            raise ValueError(f"bad kind {k}")
    for s in p.body:
        if not s or s not in p.text:
            raise ValueError(f"{p.layout}: body item not in text: {s[:60]!r}")
    bi = fi = 0
    unl = []
    for ln in lines:
        if fi < len(p.furniture) and ln == p.furniture[fi][1]:
            fi += 1
            continue
        for n in range(1, 5):
            if bi + n <= len(p.body) and " ".join(p.body[bi:bi + n]) == ln:
                bi += n
                break
        else:
            unl.append(ln)
            if len(unl) > 3:
                raise ValueError(f"{p.layout}: more than three unlabelled lines: {unl}")
    if bi != len(p.body) or fi != len(p.furniture):
        raise ValueError(f"{p.layout}: walk did not use up body/furniture ({bi}/{len(p.body)}, {fi}/{len(p.furniture)})")
    if len(p.body) < 3:
        raise ValueError("fewer than 3 body items")
    if title not in unl:
        raise ValueError(f"{p.layout}: title line missing")
    bodyn = {norm(s) for s in p.body}
    for k, ln in p.furniture:
        if norm(ln) in bodyn:
            raise ValueError(f"{p.layout}: furniture equals a body sentence: {ln!r}")
        if k == "related" and norm(ln) == norm(title):
            raise ValueError(f"{p.layout}: related equals title")
    for ln in unl:
        if norm(ln) in bodyn:
            raise ValueError(f"{p.layout}: unlabelled line equals a body sentence: {ln!r}")


# ---------------------------------------------------------------- main entry
def build(k, row, title, article, related):
    name, fn, site, (lo, hi) = LAYOUTS[k % len(LAYOUTS)]
    title_d, sents = story_sentences(title, article)
    if len(sents) < 3 or not title_d:
        return None
    faults = choose_faults(row)
    rf = R(row, "fault_detail")
    items = list(sents)
    applied = []
    if "glued" in faults:
        items, ok = glue(items, rf)
        if ok:
            applied.append("glued")
    paras = group(items, R(row, "paragraphs"), lo, hi)
    c = Ctx(row, site, title_d, sents, related, k)
    b = B(site, title_d)
    fn(b, c, paras)
    el = b.el
    applied += sorted(apply_faults(el, [f for f in faults if f in ("nbsp", "zwsp", "double_space")], rf))
    nfd = "nfd" in faults
    conv = (lambda s: unicodedata.normalize("NFD", s)) if nfd else (lambda s: s)
    if nfd:
        applied.append("nfd")
    lines, body, furn = [], [], []
    for e in el:
        if e[0] == "u":
            lines.append(conv(e[1]))
        elif e[0] == "f":
            lines.append(conv(e[2]))
            furn.append((e[1], conv(e[2])))
        else:
            its = [conv(x) for x in e[2]]
            body.extend(its)
            lines.append(" ".join(its))
    page = Page("\n".join(lines), body, furn, name)
    check_page(page, conv(title_d))
    return page, sorted(applied)


_FAULTS = {}


def pages(path):
    body_rows, related = read_rows(path)
    out = []
    _FAULTS.clear()
    for k, (row, t, a) in enumerate(body_rows):
        res = build(k, row, t, a, related)
        if res is None:
            continue
        p, applied = res
        _FAULTS[id(p)] = applied
        out.append(p)
    return out


def main(argv):
    path = argv[1] if len(argv) > 1 else "/work/shared/data/vietnews_train.jsonl.gz"
    ps = pages(path)
    tot = OrderedDict()
    for p in ps:
        d = tot.setdefault(p.layout, {"pages": 0, "body": 0, **{k: 0 for k in KINDS}, "faults": 0})
        d["pages"] += 1
        d["body"] += len(p.body)
        for k, _ in p.furniture:
            d[k] += 1
        d["faults"] += 1 if _FAULTS.get(id(p)) else 0
    cols = ["pages", "body"] + list(KINDS) + ["faults"]
    print(f"{'layout':34s}" + "".join(f"{c:>8s}" for c in cols))
    allt = {c: 0 for c in cols}
    for name in sorted(tot):
        d = tot[name]
        print(f"{name:34s}" + "".join(f"{d[c]:8d}" for c in cols))
        for c in cols:
            allt[c] += d[c]
    print(f"{'TOTAL':34s}" + "".join(f"{allt[c]:8d}" for c in cols))
    fc = {}
    for p in ps:
        for f in _FAULTS.get(id(p), []):
            fc[f] = fc.get(f, 0) + 1
    print("fault kinds: " + ", ".join(f"{k}={v}" for k, v in sorted(fc.items())))


if __name__ == "__main__":
    main(sys.argv)
