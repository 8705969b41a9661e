#!/usr/bin/env python3
"""Held-out evaluation set `test73` for the cleaner of scraped Vietnamese news pages.

Theme: entertainment and showbiz portals (invented outlets).  Standard library only.
Usage: python3 make.py /work/shared/data/vietnews_train.jsonl.gz
"""
import datetime
import gzip
import json
import re
import sys
import unicodedata
from collections import Counter, OrderedDict
from typing import List, NamedTuple, Tuple

SETNAME = "test73"
SEED = 7373
BODY_ROWS = range(17_100, 17_200)
RELATED_ROWS = range(14_500, 14_600)
KINDS = ("byline", "credit", "caption", "related", "widget")


class Page(NamedTuple):
    text: str
    body: List[str]
    furniture: List[Tuple[str, str]]
    layout: str


# ---------------------------------------------------------------------------
# Story text
# ---------------------------------------------------------------------------

def _pair(s, q):
    parts = s.split(q)
    if len(parts) < 2:
        return s
    if (len(parts) - 1) % 2:
        # odd count overall: pair inside rough sentence chunks only, leave odd chunks alone
        chunks = re.split(r"(?<=[.!?…])\s+", s)
        if len(chunks) < 2:
            return s
        return " ".join(_pair(c, q) if c.count(q) % 2 == 0 else c for c in chunks)
    out = parts[0]
    for j, p in enumerate(parts[1:], 1):
        if j % 2 == 1:
            out = out + q + p.lstrip()
        else:
            out = out.rstrip() + q + p
    return out


def detok(s):
    s = unicodedata.normalize("NFC", s)
    s = s.replace("_", " ")
    s = re.sub(r"\s+", " ", s).strip()
    s = _pair(s, '"')
    if " ' " in s or s.startswith("' ") or s.endswith(" '"):
        s = _pair(s, "'")
    s = re.sub(r"\s+([,.;:!?%…)\]”’])", r"\1", s)
    s = re.sub(r"([(\[“‘])\s+", r"\1", s)
    s = re.sub(r"\s+/\s+", "/", s)
    s = re.sub(r"\s+", " ", s).strip()
    return s


ABBR = {"TP", "Tp", "TS", "GS", "PGS", "ThS", "Ths", "BS", "Q", "P", "TX", "Mr", "Mrs", "Ms", "Dr", "St",
        "Co", "Ltd", "Inc", "Jr", "Sr", "vs", "TT", "KS", "NSƯT", "NSND", "Th", "ĐH", "CN", "Ph", "No",
        "tr", "Ng", "BSCKII", "BSCKI", "Thứ", "TTƯT", "NGƯT", "Ts", "Gs"}
VI_ONE_LETTER_WORDS = {"Á", "Ý", "Ô", "Ở", "Ừ", "Ạ", "Ờ"}


def split_sents(s):
    out = []
    start = 0
    for m in re.finditer(r"[.!?…]+[\"”’)\]]*\s+", s):
        end = m.end()
        nxt = s[end:end + 1]
        if not nxt or not (nxt.isupper() or nxt.isdigit() or nxt in "\"“(‘'"):
            continue
        punct = m.group().rstrip()
        if punct == ".":
            w = re.search(r"(\S+)$", s[start:m.start()])
            tok = (w.group(1) if w else "").lstrip("(\"“'")
            if tok in ABBR or re.fullmatch(r"(?:\w{1,3}\.)+\w{0,3}", tok):
                continue
            if len(tok) == 1 and tok.isalpha() and tok not in VI_ONE_LETTER_WORDS:
                continue
        seg = s[start:m.start() + len(punct)].strip()
        if seg:
            out.append(seg)
        start = end
    tail = s[start:].strip()
    if tail:
        out.append(tail)
    return out


CAPTION_MARKS = ("ảnh:", "(ảnh", "ảnh :", "minh hoạ", "minh họa", "video:", "clip:", "(trái)", "(phải)",
                 "(giữa)", "(bìa trái)", "(bìa phải)", "nguồn:", "đồ hoạ", "đồ họa", "infographic", "photo:",
                 "chụp màn hình", "ảnh cắt từ", "ảnh tư liệu", "(video", "trong ảnh", "ảnh chụp", "(clip",
                 "ảnh do", "(ảnh nhỏ)", "(ảnh lớn)", "(từ trái", "từ trái sang", "[ảnh", "click", "xem thêm",
                 "tin liên quan", "đọc thêm", "bấm vào", "nhấn vào", "http", "www.", ".com", "@", "clip ghi",
                 "ảnh hiện trường", "ảnh trên", "ảnh dưới", "ảnh bên", "hình ảnh cắt", "ảnh mạng")
REPORT_STRONG = ("cho biết", "cho hay", "khẳng định", "nhấn mạnh", "tiết lộ", "cho rằng", "thông tin thêm",
                 "nhận định", "lưu ý", "khuyến cáo", "nêu rõ", "lý giải", "tuyên bố", "đề xuất",
                 "kiến nghị", "dự báo", "ước tính", "thông báo", "bày tỏ", "nhận xét", "đánh giá")
REPORT_WEAK = ("nói", "cảnh báo", "thừa nhận", "xác nhận", "chia sẻ", "giải thích", "tâm sự", "kể lại", "nhớ lại", "khai",
               "khai nhận", "trình bày", "phản ánh", "than thở", "bộc bạch", "trả lời", "đề nghị", "yêu cầu",
               "kết luận", "xác định", "hỏi", "chất vấn")
CONNECT = ("tuy nhiên", "trong khi đó", "ngoài ra", "bên cạnh đó", "theo đó", "do đó", "vì vậy", "vì thế",
           "sau đó", "trước đó", "đồng thời", "mặt khác", "ngay sau đó", "cùng ngày", "cũng theo",
           "thế nhưng", "tuy vậy", "dù vậy", "mặc dù", "không chỉ", "trong đó", "đặc biệt", "hơn nữa",
           "thậm chí", "do vậy", "bởi vậy", "như vậy", "nhưng", "còn", "riêng", "ngược lại", "từ đó",
           "khi đó", "lúc này", "hiện nay", "hiện tại", "hiện", "theo", "cụ thể", "bên cạnh", "ngoài",
           "để", "nếu", "vì", "do", "bởi", "ngay khi", "sau khi", "trước khi", "khi", "với", "song",
           "kết quả", "ban đầu", "cuối cùng", "tiếp đó", "chưa hết", "thêm vào đó", "trước tình hình")
ZW_RE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")


def norm_key(s):
    s = unicodedata.normalize("NFC", s)
    s = ZW_RE.sub("", s)
    s = re.sub(r"\s+", "", s)
    return s.casefold()


def balanced(s):
    if s.count('"') % 2:
        return False
    for a, b in ("()", "[]", "“”", "‘’"):
        depth = 0
        for ch in s:
            if ch == a:
                depth += 1
            elif ch == b:
                depth -= 1
                if depth < 0:
                    return False
        if depth:
            return False
    return True


def _opens_with(low, words):
    if low.startswith(("hiện trường", "hiện tượng", "khi ấy là", "do đó là")):
        return False
    return any(low == c or low.startswith(c + " ") or low.startswith(c + ",") for c in words)


def keep_sentence(s, title_key):
    low = s.lower()
    words = s.split()
    n = len(words)
    if n < 8 or n > 110:
        return False
    if any(m in low for m in CAPTION_MARKS):
        return False
    if any(c in s for c in "|•»«■►▶★☆"):
        return False
    if not balanced(s):
        return False
    core = s.rstrip("\"”’)] ")
    if not core or core[-1] not in ".!?…":
        return False
    if any(":" in w for w in words[:6]):
        return False
    if re.search(r"\(Theo\s", s) or (not s.startswith("Theo ") and re.search(
            r"(?:^|\s)Theo\s+[A-ZĐ0-9]\S*(?:\s+\S+){0,4}\s*\)?\s*\.?\s*\)?$", s)):
        return False
    first = s.lstrip("\"“(‘'")[:1]
    if not first or not (first.isupper() or first.isdigit()):
        return False
    if s[0] in "-–—+*•":
        return False
    if norm_key(s) == title_key:
        return False
    if n <= 22 or (n <= 30 and "," not in s):
        body = low.lstrip("\"“(‘'")
        rep = any(re.search(r"(?<!\w)" + re.escape(v) + r"(?!\w)", low) for v in REPORT_STRONG)
        rep = rep or any(re.search(r"(?<!\w)" + re.escape(v) + r"(?:\s*[,:]|\s+rằng\b|\s+là\b|\s*[\"“])", low)
                         for v in REPORT_WEAK)
        quote = bool(re.search(r"[\"”],\s*\w", s))
        if not (rep or quote or _opens_with(body, CONNECT)):
            return False
    return True


def story_sentences(title, article):
    tkey = norm_key(detok(title))
    seen, out = set(), []
    for s in split_sents(detok(article)):
        if not keep_sentence(s, tkey):
            continue
        k = norm_key(s)
        if k in seen:
            continue
        seen.add(k)
        out.append(s)
    return out


def make_teaser(article, rng):
    for s in split_sents(detok(article)):
        w = s.split()
        if len(w) < 12 or not balanced(s) or any(m in s.lower() for m in CAPTION_MARKS):
            continue
        if any(":" in x for x in w[:6]) or not (s[:1].isupper() or s[:1] in "\"“"):
            continue
        cut = rng.randint(18, 32)
        if len(w) > cut:
            t = " ".join(w[:cut]).rstrip(",;:-–") + "…"
            if not balanced(t):
                continue
            return t
        return s
    return None


# ---------------------------------------------------------------------------
# Reading the file
# ---------------------------------------------------------------------------

def read_rows(path):
    body, related = OrderedDict(), OrderedDict()
    last = max(BODY_ROWS[-1], RELATED_ROWS[-1])
    with gzip.open(path, "rb") as f:
        for i, raw in enumerate(f):
            if i > last:
                break
            inb, inr = i in BODY_ROWS, i in RELATED_ROWS
            if not (inb or inr) or not raw.strip():
                continue
            try:
                obj = json.loads(raw.decode("utf-8"))
            except (ValueError, UnicodeDecodeError):
                continue
            if not isinstance(obj, dict):
                continue
            t, a = obj.get("title"), obj.get("article")
            if not isinstance(t, str) or not isinstance(a, str) or not t.strip() or not a.strip():
                continue
            if inb:
                body[i] = (t, a)
            if inr:
                related[i] = (t, a[:1200])
            del obj
    return body, related


# ---------------------------------------------------------------------------
# Invented material
# ---------------------------------------------------------------------------

AUTHORS = ["Minh Anh", "Hoàng Lam", "Thu Trang", "Khánh Vy", "Ngọc Diệp", "Bảo Trâm", "Quốc Huy", "Tuấn Khải",
           "Phương Thảo", "Hải Yến", "Lê Gia Hân", "Trần Nhật Vy", "Đỗ Khôi Nguyên", "Vũ Thanh Mai",
           "Phan Bảo Long", "Mai Quỳnh Anh", "Nguyễn Tường Vi", "Lưu Đức Trí", "Hà My", "Duy Khang",
           "Tô Lam Phương", "Kiều Minh Châu", "Đinh Hạ Uyên", "Thái Gia Bảo", "Lục Thảo Chi"]
PHOTOGS = ["Hải Đăng", "Nguyên Phong", "Lộc Vũ", "Đạt Ngô", "Khoa Trần", "Tùng Sơn", "Bảo Khánh", "Minh Lộc",
           "Hiếu Lê", "Quang Định", "Sáo Studio", "Mây Film", "Gấu Trắng Studio"]
STYLISTS = ["Lâm Khoa", "Bảo Ngọc Lê", "Kenzo Phạm", "Thiên Ân", "Mickey Đỗ", "Hoàng Tùng Lâm"]
MAKEUP = ["Vân Anh Beauty", "Jenny Phạm", "Lily Trương", "Tina Makeup House", "Hạnh Đào"]
HAIR = ["Tuấn Lee", "Kim Hair Salon", "Bin Nguyễn", "Minh Tóc"]
OUTFIT = ["Nhà mốt Lụa Ngàn", "Atelier Mây", "Sen Couture", "Dáng Việt Boutique", "Lam Ngọc Design"]
JEWEL = ["Aurelle Jewelry", "Ngọc Trai Hạ Long Luxe", "Kim Lộc Gems"]
CELEB_VN = ["Hoàng Vy", "Thảo Nhi", "Bảo Ngân", "Lâm Tuấn Kiệt", "Diệp Anh Thư", "Trúc Lam Vy", "Đan Khuê",
            "Minh Triết", "Nguyên Khôi", "Hạ Vy Ly", "Kiều Oanh Lan", "Vĩnh Thụy An", "Quỳnh Sa", "Tống Gia Huy"]
CELEB_KR = ["Yoon Hae-rin", "Seo Ji-an", "Park Ha-neul", "Kang Tae-ho", "Min Seo-yul", "Han Jae-won",
            "Oh Da-bin"]
GROUPS_KR = ["NOVA9", "LUMINA", "Crimson Five", "D-Stellar", "OrbitGirls", "ASTERIA"]
SONGS = ["Mưa Trên Phố Cũ", "Hẹn Em Mùa Gió", "Chạm Vào Ánh Sáng", "Ngày Mai Em Đi Xa", "Thanh Xuân Xanh",
         "Đêm Không Ngủ", "Gió Về Biển Lặng", "Cà Phê Một Mình", "Neon Heart", "Starlight Runner",
         "Blue Moment", "Say My Name Again", "Lối Nhỏ Về Nhà", "Anh Đâu Có Sai", "Sóng Trong Tim",
         "Hoa Nở Muộn", "Ride The Wave", "Cố Lên Em Nhé"]
FILMS = ["Bóng Ma Hồ Tây", "Hẹn Ước Tháng Năm", "Gia Đình Lắm Chuyện", "Vùng Đất Không Tên", "Chị Hai Đại Náo",
         "Cuộc Đua Nửa Đêm", "Mùa Hạ Năm Ấy", "Người Gác Đèn Biển", "Siêu Trộm Phố Cổ"]
CINEMAS = ["Cine Sao Mai - Q.3", "Lotus Cineplex Hà Đông", "StarBox Vincom Lê Lợi", "Mega Hoa Sen Đà Nẵng",
           "Rạp Phương Đông 3D - Cần Thơ", "Cinemax Trần Hưng Đạo"]
BRANDS = [("Lumière Hana", "Serum dưỡng trắng"), ("Mộc Diệp", "Sữa rửa mặt thảo mộc"),
          ("SunVeil", "Kem chống nắng SPF50+"), ("Velvé", "Son kem lì"), ("Aquaré", "Mặt nạ cấp ẩm"),
          ("Hoa Trà Organic", "Dầu gội thảo dược"), ("Nacre Skin", "Kem dưỡng ban đêm")]
FANS = ["Mai Chi", "Ngọc Hân", "Tuấn Anh", "Bé Bơ", "Trang Nguyễn", "Hùng Phạm", "Linh Đan", "Kem Dâu",
        "Phúc Lê", "Vy Vy", "Thảo Mơ", "Nam Trần"]
FAN_LINES = ["Đọc mà thấy thương quá 😢", "Mong mọi chuyện sớm ổn thoả.", "Tin này hot thật sự 🔥🔥",
             "Ủa sao giờ mới biết chuyện này?", "Cảm ơn tòa soạn đã đưa tin.", "Haizz, buồn ghê.",
             "Chia sẻ cho mọi người cùng biết nha.", "Theo dõi tiếp xem sao 👀", "Quá bất ngờ luôn!",
             "Hóng phần tiếp theo của vụ này.", "Mọi người cẩn thận nha 🙏", "Thật không thể tin nổi 😮"]
HANDLES = ["thaonhi.official", "hoangvy_music", "baongan.ng", "tuankiet.lam", "dananhthu_", "trucla.vy",
           "nova9_official", "lumina.vn.fc", "haerin.yoon", "showbizmood"]
HASHTAGS = ["#SaoViet", "#ShowbizViet", "#TinNong", "#SaoHan", "#Kpop", "#GiaiTri", "#HotTrend", "#DienAnh",
            "#AmNhac", "#ThoiTrang", "#LamDep", "#CuocSong", "#XaHoi", "#TinTucMoi", "#Trending"]
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]

HONORIFICS = {"ông", "bà", "anh", "chị", "ca sĩ", "diễn viên", "nghệ sĩ", "đạo diễn", "người mẫu", "hoa hậu",
              "nhạc sĩ", "đại tá", "trung tá", "thượng tá", "thiếu tá", "đại uý", "đại úy", "đại biểu",
              "bác sĩ", "luật sư", "cụ", "nữ ca sĩ", "nam ca sĩ"}
PLACE_WORDS = {"tỉnh", "huyện", "xã", "thành phố", "TP", "quận", "phường", "thị xã", "thị trấn", "đảo", "cảng",
               "sông", "đường", "làng", "thôn", "bản", "ấp", "hồ", "chợ"}


def _cap_tokens(toks, i, maxn=4):
    got = []
    while i < len(toks) and len(got) < maxn:
        t = toks[i]
        core = t.rstrip(",.;:!?)\"”")
        if not core or not core[0].isupper() or not core.isalpha() or not (len(core) == 1 or core[1:].islower()):
            break
        got.append(core)
        if core != t:
            break
        i += 1
    return got


def entities(sentences):
    persons, places = [], []
    for s in sentences:
        toks = s.split()
        for i in range(len(toks)):
            for width in (2, 1):
                h = " ".join(toks[i:i + width])
                if h.lower() in HONORIFICS and (i == 0 or h.split()[0].islower()):
                    names = _cap_tokens(toks, i + width)
                    if names:
                        p = (h.lower() if h not in ("HLV", "MC") else h) + " " + " ".join(names)
                        if p not in persons and len(names) >= 2:
                            persons.append(p)
                    break
            for width in (2, 1):
                h = " ".join(toks[i:i + width])
                if h in PLACE_WORDS:
                    names = _cap_tokens(toks, i + width, 3)
                    p = h + " " + " ".join(names)
                    if names and p not in places:
                        places.append(p)
                    break
        for city in ("Hà Nội", "TP HCM", "Đà Nẵng", "Hải Phòng", "Cần Thơ", "Huế", "Nha Trang", "Đà Lạt"):
            if city in s and city not in places:
                places.append(city)
    return persons[:6], places[:6]


def ucfirst(s):
    return s[:1].upper() + s[1:] if s else s


# ---------------------------------------------------------------------------
# Page context
# ---------------------------------------------------------------------------

class Ctx:
    def __init__(self, row, k, title, sents, related_pool):
        self.row, self.k = row, k
        self.title = title
        self.sents = sents
        self._rngs = {}
        self.persons, self.places = entities(sents)
        r = self.R("date")
        base = datetime.datetime(2016, 1, 1)
        self.date = base + datetime.timedelta(days=r.randint(0, 4 * 365), hours=r.randint(6, 22),
                                              minutes=r.randint(0, 59))
        self.author = self.R("author").choice(AUTHORS)
        self.author2 = self.R("author").choice([a for a in AUTHORS if a != self.author])
        self.photog = self.R("photog").choice(PHOTOGS)
        rr = self.R("related")
        pool = list(related_pool)
        rr.shuffle(pool)
        self.rel = pool
        self.used_caps = set()
        self.used_names = set()
        self.used_tpl = set()
        self.body_keys = {norm_key(s) for s in sents}
        self.body_keys.add(norm_key(title))

    def R(self, purpose):
        r = self._rngs.get(purpose)
        if r is None:
            import random
            r = random.Random(f"{SETNAME}|{SEED}|{self.row}|{purpose}")
            self._rngs[purpose] = r
        return r

    # related -----------------------------------------------------------
    def take_rel(self, n):
        out = []
        while self.rel and len(out) < n:
            out.append(self.rel.pop())
        return out

    # dates -------------------------------------------------------------
    def d(self, fmt):
        d = self.date
        wd = WEEKDAYS[d.weekday()]
        return fmt.format(wd=wd, dd=f"{d.day:02d}", mm=f"{d.month:02d}", d=d.day, m=d.month, y=d.year,
                          H=f"{d.hour:02d}", M=f"{d.minute:02d}", yy=f"{d.year % 100:02d}")

    def later(self, minutes):
        return self.date + datetime.timedelta(minutes=minutes)

    # captions ----------------------------------------------------------
    def caption(self, style="story"):
        r = self.R("caption")
        for _ in range(30):
            c = self._caption_once(r, style)
            if not c:
                continue
            k = norm_key(c)
            if k not in self.used_caps and k not in self.body_keys:
                self.used_caps.add(k)
                return c
        return f"Hình ảnh {len(self.used_caps) + 1} trong bài viết."

    def _caption_once(self, r, style):
        if style == "gallery":
            who = r.choice([c for c in CELEB_VN + CELEB_KR if c not in self.used_names] or CELEB_VN)
            self.used_names.add(who)
            t = r.choice([
                "{w} rạng rỡ trên thảm đỏ sự kiện ra mắt bộ sưu tập mới.",
                "{w} diện đầm xuyên thấu, thu hút mọi ống kính.",
                "{w} tươi tắn giao lưu cùng người hâm mộ tại sân bay.",
                "{w} xuất hiện giản dị với áo phông và quần jeans.",
                "{w} tạo dáng bên bạn diễn trong buổi họp báo.",
                "Nụ cười tỏa nắng của {w} trong hậu trường chụp ảnh.",
                "{w} ký tặng người hâm mộ sau đêm diễn.",
                "{w} khoe vóc dáng thon gọn trong thiết kế cắt xẻ táo bạo.",
                "{w} chọn tông màu pastel nhẹ nhàng khi dự tiệc.",
                "{w} hội ngộ đồng nghiệp tại hậu trường chương trình.",
                "{w} lần đầu lộ diện sau thời gian dài vắng bóng.",
                "Khoảnh khắc {w} xúc động khi nhận hoa từ khán giả.",
            ])
            if t in self.used_tpl:
                return None
            self.used_tpl.add(t)
            return t.format(w=who)
        opts = []
        for p in self.persons:
            P = ucfirst(p)
            opts += [f"Chân dung {p}.", f"{P} trong một bức ảnh chụp gần đây.", f"{P} (ảnh tư liệu).",
                     f"{P} trao đổi với phóng viên.", f"{P} tại buổi làm việc với báo chí.",
                     f"Hình ảnh {p} được chia sẻ trên mạng xã hội."]
        for pl in self.places:
            opts += [f"Khung cảnh tại {pl} ghi nhận ngày {self.date.day}/{self.date.month}.",
                     f"Người dân {pl} theo dõi diễn biến sự việc.", f"Một góc {pl}.",
                     f"Toàn cảnh khu vực {pl} nhìn từ trên cao.", f"Đường phố {pl} trong buổi sáng sớm."]
        opts += ["Hình ảnh được chia sẻ rộng rãi trên mạng xã hội.",
                 "Câu chuyện nhận được nhiều sự quan tâm của cư dân mạng.",
                 "Khoảnh khắc được ghi lại trong ngày diễn ra sự việc.",
                 "Nhiều người để lại bình luận bày tỏ sự quan tâm.",
                 "Hình ảnh do người dân cung cấp cho phóng viên.",
                 "Sự việc khiến dư luận đặc biệt chú ý trong những ngày qua.",
                 "Bức ảnh khiến nhiều người không khỏi xúc động."]
        if style == "story" and (self.persons or self.places) and r.random() < 0.75:
            opts = opts[:-7]
        return r.choice(opts)

    def pullquote(self):
        cands = []
        for s in self.sents:
            for q in re.findall(r"\"([^\"]{30,240})\"", s):
                if len(q.split()) >= 8:
                    cands.append(q.rstrip(",. "))
        r = self.R("pullquote")
        r.shuffle(cands)
        for q in cands:
            line = "“" + q + "”"
            if norm_key(line) not in self.body_keys and norm_key(q) not in self.body_keys:
                return line
        return None


# ---------------------------------------------------------------------------
# Shared furniture pieces
# ---------------------------------------------------------------------------

def W(line):
    return ("widget", line)


def num_k(r, lo, hi, unit="K"):
    v = r.randint(lo, hi)
    if v >= 1000 and unit == "K":
        return f"{v / 1000:.1f}".replace(".", ",") + "K"
    return str(v)


def big(r, lo, hi):
    v = r.randint(lo, hi)
    return f"{v:,}".replace(",", ".")


def chart_box(ctx, title="Top 10 MV tuần", n=5, style="dash"):
    r = ctx.R("chart")
    out = [W(title)]
    songs = r.sample(SONGS, n)
    tenths = sorted(r.sample(range(15, 490), n), reverse=True)
    for i, s in enumerate(songs, 1):
        who = r.choice(CELEB_VN + GROUPS_KR)
        v = tenths[i - 1]
        views = f"{v // 10},{v % 10} triệu lượt xem"
        mv = r.choice(["▲", "▼", "–", "NEW"])
        if style == "dash":
            out.append(W(f"{i}. {s} - {who} ({views})"))
        elif style == "rank":
            out.append(W(f"#{i} {s} | {who} | {mv}"))
        else:
            out.append(W(f"{i:02d} {s} — {who}"))
    return out


def poll_box(ctx, q=None, opts=None):
    r = ctx.R("poll")
    q = q or r.choice(["Bình chọn: MV Việt nào khiến bạn nghiện nhất tuần này?",
                       "Bình chọn: Ai là nữ ca sĩ có phong cách thời trang đẹp nhất tháng?",
                       "Bạn có ủng hộ quan điểm trong bài viết không?",
                       "Bình chọn: Phim Việt nào bạn mong chờ nhất dịp cuối năm?"])
    out = [W(q)]
    if opts is None:
        if "MV" in q:
            opts = [f"{s} - {r.choice(CELEB_VN)}" for s in r.sample(SONGS, 3)]
        elif "nữ ca sĩ" in q:
            opts = r.sample(CELEB_VN, 4)
        elif "Phim" in q:
            opts = r.sample(FILMS, 3)
        else:
            opts = ["Có, hoàn toàn đồng ý", "Không đồng ý", "Ý kiến khác"]
    for o in opts:
        out.append(W(f"○ {o}"))
    out.append(W(r.choice(["Bình chọn | Xem kết quả", "Gửi bình chọn", "BÌNH CHỌN  ·  Xem kết quả"])))
    out.append(W(f"{big(r, 300, 25000)} lượt bình chọn"))
    return out


def ad_beauty(ctx, label="Tài trợ"):
    r = ctx.R("ad")
    brand, prod = r.choice(BRANDS)
    pct = r.choice([15, 20, 25, 30, 40, 50])
    out = [W(label), W(f"{prod} {brand} - Giảm {pct}% trong tuần lễ vàng"),
           W(r.choice(["Mua ngay", "Xem chi tiết »", "Nhận ưu đãi", "Đặt hàng ngay - Freeship toàn quốc"]))]
    return out


def social_embed(ctx, platform="Instagram"):
    r = ctx.R("social")
    h = r.choice(HANDLES)
    post = r.choice(["Cảm ơn mọi người đã luôn yêu thương và ủng hộ em 💕", "Một ngày thật đẹp 🌸 #weekend",
                     "Hậu trường MV mới, mọi người đoán xem ra mắt khi nào nè 🎬", "Back to work 💪✨",
                     "Chúc cả nhà một tuần mới nhiều năng lượng ☀️", "Nhớ Sài Gòn những ngày mưa ☔"])
    if platform == "Instagram":
        return [W(f"{h} • Theo dõi"), W(post), W(f"❤ {big(r, 2000, 480000)} lượt thích"),
                W("Xem bài viết này trên Instagram")]
    if platform == "TikTok":
        return [W(f"@{h}"), W(post), W(f"♫ nhạc nền - {h}"),
                W(f"♥ {num_k(r, 1500, 99000)}  💬 {num_k(r, 40, 4000)}  ↗ {num_k(r, 20, 3000)}")]
    return [W(f"{h.replace('.', ' ').replace('_', ' ').title()} đã đăng một bài viết."), W(post),
            W(f"👍❤️😮 {num_k(r, 1200, 150000)} · {big(r, 10, 3000)} bình luận · {big(r, 5, 900)} lượt chia sẻ")]


def fan_comments(ctx, n=3, style="a"):
    r = ctx.R("comments")
    out = []
    for name, txt in zip(r.sample(FANS, n), r.sample(FAN_LINES, n)):
        ago = r.choice(["5 phút trước", "12 phút trước", "1 giờ trước", "3 giờ trước", "hôm qua"])
        if style == "a":
            out += [W(f"{name}: {txt}"), W(f"Thích · Trả lời · {ago}")]
        else:
            out += [W(name), W(txt), W(f"{ago}  |  👍 {r.randint(0, 250)}")]
    return out


def emoji_row(ctx, style="fb"):
    r = ctx.R("emoji")
    if style == "fb":
        return W(f"👍 {num_k(r, 100, 9000)}  ❤️ {r.randint(10, 900)}  😂 {r.randint(0, 90)}  "
                 f"😮 {r.randint(0, 70)}  😢 {r.randint(0, 300)}  😡 {r.randint(0, 50)}")
    if style == "words":
        return W(f"Thích {r.randint(10, 900)} · Yêu thích {r.randint(5, 400)} · Haha {r.randint(0, 40)} · "
                 f"Buồn {r.randint(0, 200)}")
    a = r.randint(5, 70)
    b = r.randint(0, 100 - a)
    c = r.randint(0, 100 - a - b)
    return W(f"😍 {a}%   😂 {c}%   😢 {b}%   😡 {100 - a - b - c}%")


def hashtags(ctx, n=4, sep=" "):
    r = ctx.R("tags")
    return W(sep.join(r.sample(HASHTAGS, n)))


def ticket_widget(ctx, film=None):
    r = ctx.R("ticket")
    film = film or r.choice(FILMS)
    out = [W(f"Lịch chiếu phim \"{film}\" hôm nay"), W(f"Khởi chiếu: {r.randint(1, 28)}/{r.randint(1, 12)} · "
                                                       f"{r.choice(['T13', 'T16', 'T18', 'P'])} · "
                                                       f"{r.randint(95, 135)} phút")]
    for cin in r.sample(CINEMAS, 2):
        hs = sorted(r.sample(range(9, 23), 4))
        out.append(W(f"{cin}: " + " | ".join(f"{h:02d}:{r.choice(['00', '15', '30', '45'])}" for h in hs)))
    out.append(W(r.choice(["Đặt vé ngay", "MUA VÉ", "Đặt vé online - Giảm 20K cho thành viên mới"])))
    return out


def rel_line(h, style, ctx=None, teaser=None, date=None):
    if style == "dash":
        return ("related", f"- {h}")
    if style == "bullet":
        return ("related", f"• {h}")
    if style == "arrow":
        return ("related", f"> {h}")
    if style == "xemthem":
        return ("related", f"Xem thêm: {h}")
    if style == "docthem":
        return ("related", f"ĐỌC THÊM: {h}")
    if style == "plain":
        return ("related", h)
    if style == "dated":
        return ("related", f"{h} ({date})")
    if style == "teaser":
        return ("related", f"{h} - {teaser}")
    raise ValueError(style)


def rel_date(ctx, i):
    d = ctx.date - datetime.timedelta(days=ctx.R("reldate").randint(1, 40) + i)
    return d


def footer(ctx, site, domain, extra=None):
    r = ctx.R("footer")
    y = ctx.date.year
    out = [W(f"© {y} {site}. Bảo lưu mọi quyền."),
           W(f"Giấy phép MXH số {r.randint(100, 499)}/GP-BTTTT cấp ngày {r.randint(1, 28)}/{r.randint(1, 12)}/"
             f"{y - r.randint(1, 3)}"),
           W(f"Liên hệ quảng cáo: 0{r.choice(['90', '93', '97', '88'])}{r.randint(1000000, 9999999)} - "
             f"Email: quangcao@{domain}")]
    if extra:
        out.append(W(extra))
    return out


# ---------------------------------------------------------------------------
# Layouts
# ---------------------------------------------------------------------------

def paras(ctx, lo, hi, first=None):
    r = ctx.R("para")
    items = list(ctx.items)
    out = []
    i = 0
    while i < len(items):
        n = first if (first and not out) else r.randint(lo, hi)
        n = max(1, min(4, n))
        out.append(items[i:i + n])
        i += n
    return out


def weave(out, ps, inserts):
    """inserts: {index_after_para: [lines]}; negative index counts from end."""
    fixed = {}
    for k, v in inserts.items():
        idx = k if k >= 0 else len(ps) + k
        idx = max(0, min(idx, len(ps) - 2)) if len(ps) >= 2 else 0
        fixed.setdefault(idx, []).extend(v)
    for i, p in enumerate(ps):
        out.append(("B", p))
        if i in fixed and i < len(ps) - 1:
            out.extend(fixed[i])
    return out


def photo(ctx, style, credit=None):
    c = ctx.caption("story")
    cr = credit or ctx.photog
    if style == "cap":
        return [("caption", c)]
    if style == "cap+credit":
        return [("caption", c), ("credit", f"Ảnh: {cr}")]
    if style == "cap(credit)":
        return [("caption", f"{c} (Ảnh: {cr})")]
    if style == "cap-credit":
        return [("caption", f"{c[:-1] if c.endswith('.') else c}. Ảnh: {cr}")]
    if style == "mark+cap":
        return [W("[Ảnh]"), ("caption", c)]
    if style == "credit+cap":
        return [("credit", f"Ảnh: {cr}"), ("caption", c)]
    raise ValueError(style)


def L_saoxinh(ctx):
    S = "SaoXinh.vn"
    r = ctx.R("layout")
    out = [("S", S), W("Trang chủ | Sao Việt | Sao Hàn | Âm nhạc | Điện ảnh | Thời trang | Làm đẹp"),
           W(ctx.d("{wd}, {d}/{m}/{y}")), W("Sao Việt » Hậu trường")]
    out += [("T", ctx.title), ("D", ctx.d("{wd}, {dd}/{mm}/{y} {H}:{M} (GMT+7)")), ("byline", ctx.author),
            W("Chia sẻ Facebook | Zalo | Copy link")]
    ps = paras(ctx, 1, 3)
    ins = {0: photo(ctx, "cap+credit")}
    rel = ctx.take_rel(4)
    if rel:
        ins[1] = [rel_line(rel[0][0], "xemthem")]
    if len(ps) > 4:
        ins[3] = photo(ctx, "cap+credit")
    weave(out, ps, ins)
    out += [hashtags(ctx, 4), emoji_row(ctx, "words")]
    if len(rel) > 1:
        out.append(W("Tin cùng chuyên mục"))
        out += [rel_line(h, "dash") for h, _ in rel[1:]]
    out += ad_beauty(ctx, "Tài trợ")
    out += footer(ctx, S, "saoxinh.vn", "Đường dây nóng: 1900 6868 11")
    return out


def L_nhipshowbiz(ctx):
    S = "Nhịp Showbiz"
    r = ctx.R("layout")
    out = [("S", S), W("Tin nóng | Sao | Nhạc | Phim | TV Show | Video | Bình chọn"),
           W(r.choice(["SAO VIỆT", "SAO HÀN", "ĐỜI SỐNG", "TIN NÓNG", "CHUYỆN LẠ"])),
           ("D", ctx.d("{H}:{M} - {dd}/{mm}/{y}")), ("T", ctx.title)]
    ps = paras(ctx, 2, 3)
    ins = {0: photo(ctx, "cap(credit)")}
    if len(ps) >= 4:
        ins[2] = [W("▶ 03:12"), ("caption", "Clip: " + ctx.caption("story"))]
    weave(out, ps, ins)
    out.append(("byline", f"Bài: {ctx.author} - Ảnh: {ctx.photog}"))
    out += chart_box(ctx, "TOP 10 MV TUẦN", 5, "dash")
    out.append(W("Xem đầy đủ bảng xếp hạng"))
    rel = ctx.take_rel(5)
    if rel:
        out.append(W("ĐỪNG BỎ LỠ"))
        out += [("related", f"{i}. {h}") for i, (h, _) in enumerate(rel, 1)]
    out += [W("Về đầu trang ↑"), W(f"© Nhịp Showbiz {ctx.date.year} - nhipshowbiz.vn")]
    return out


def L_tinsao360(ctx):
    S = "TinSao360"
    out = [("S", S), W("Sao Việt"), ("T", ctx.title), ("D", ctx.d("{dd}/{mm}/{y} | {H}:{M}")),
           W(f"👁 {big(ctx.R('views'), 800, 98000)} lượt xem")]
    ps = paras(ctx, 1, 2)
    rel = ctx.take_rel(4)
    ins = {1: social_embed(ctx, "Instagram")}
    if rel:
        ins[0] = [W("TIN LIÊN QUAN"), rel_line(rel[0][0], "arrow")] + (
            [rel_line(rel[1][0], "arrow")] if len(rel) > 1 else [])
    if len(ps) >= 5:
        ins[3] = photo(ctx, "cap")
    weave(out, ps, ins)
    out.append(("byline", ctx.author.upper()))
    out += poll_box(ctx)
    out.append(hashtags(ctx, 3, "  "))
    if len(rel) > 2:
        out.append(W("Có thể bạn quan tâm"))
        out += [rel_line(h, "plain") for h, _ in rel[2:]]
    out += [W("Về TinSao360 | Liên hệ | Điều khoản sử dụng"), W("Hotline: 0967 360 360")]
    return out


def L_manhanh(ctx):
    S = "Màn Ảnh Việt"
    r = ctx.R("layout")
    out = [("S", S), W("Phim chiếu rạp | Phim truyền hình | Review | Lịch chiếu | Trailer"),
           W("Điện ảnh › Tin tức"), ("T", ctx.title), ("D", ctx.d("Cập nhật: {H}:{M} ngày {dd}/{mm}/{y}"))]
    ps = paras(ctx, 2, 4)
    ins = {0: photo(ctx, "mark+cap")}
    if len(ps) >= 3:
        ins[1] = ticket_widget(ctx)
    weave(out, ps, ins)
    out += [("byline", ctx.author),
            ("byline", r.choice(["Phóng viên mảng điện ảnh, theo dõi các liên hoan phim trong nước.",
                                 "Biên tập viên chuyên mục Review, yêu phim tâm lý và phim tài liệu.",
                                 "Cây bút trẻ chuyên viết về hậu trường phim ảnh."]))]
    rel = ctx.take_rel(3)
    if rel:
        out.append(W("Bài viết khác"))
        for h, t in rel:
            out.append(("related", h))
            if t:
                out.append(("related", t))
    out += [W("Trailer | Đánh giá | Bảng xếp hạng phòng vé")]
    out += footer(ctx, S, "manhanhviet.vn")
    return out


def L_kpopzone(ctx):
    S = "KpopZone Việt"
    r = ctx.R("layout")
    out = [("S", S), W("Home | Idol | Comeback | Chart | Fan Zone | Sự kiện"), W("Sao Hàn"),
           ("T", ctx.title), ("byline", f"Đăng bởi {ctx.author}"), ("D", ctx.d("{d} tháng {m}, {y}")),
           hashtags(ctx, 3)]
    ps = paras(ctx, 1, 2)
    ins = {1: social_embed(ctx, "Instagram")}
    if len(ps) >= 4:
        ins[2] = photo(ctx, "cap-credit")
    weave(out, ps, ins)
    out += [emoji_row(ctx, "fb")]
    rel = ctx.take_rel(4)
    if rel:
        out.append(W("Tin liên quan:"))
        for i, (h, _) in enumerate(rel):
            out.append(rel_line(h, "dated", date=f"{rel_date(ctx, i).day:02d}/{rel_date(ctx, i).month:02d}"))
    out.append(W(f"Bình luận ({r.randint(3, 80)})"))
    out += fan_comments(ctx, 3, "a")
    out.append(W("Xem thêm bình luận"))
    return out


def L_giaidieu(ctx):
    S = "Giai Điệu Xanh"
    r = ctx.R("layout")
    song = r.choice(SONGS)
    out = [("S", S), W("Nhạc Việt · Nhạc Hàn · US-UK · Bảng xếp hạng · Video"), ("T", ctx.title)]
    ps = paras(ctx, 2, 3)
    ins = {0: [W(f"▶ Xem MV: {song}"), W(f"00:00 / 0{r.randint(3, 5)}:{r.randint(10, 59)}"),
               ("credit", f"Video: {r.choice(CELEB_VN)} Official")]}
    if len(ps) >= 4:
        ins[2] = [("caption", ctx.caption("story")), ("credit", f"Nguồn: {r.choice(['Facebook nhân vật', 'YouTube', 'Zing Nhạc Xanh'])}")]
    weave(out, ps, ins)
    out += [("byline", ctx.author), ("D", ctx.d("Cập nhật lúc {H}:{M} ngày {dd}/{mm}/{y}"))]
    out += chart_box(ctx, "Bảng xếp hạng Giai Điệu Xanh - Tuần " + str(r.randint(1, 52)), 5, "rank")
    rel = ctx.take_rel(3)
    if rel:
        out.append(W("Nghe thêm"))
        out += [rel_line(h, "bullet") for h, _ in rel]
    out += [W("Tải ứng dụng Giai Điệu Xanh trên App Store | Google Play"), W("© giaidieuxanh.vn")]
    return out


def L_hotface(ctx):
    S = "HotFace.vn"
    r = ctx.R("layout")
    out = [("S", S), W("Làm đẹp | Thời trang | Sao | Sống trẻ | Shopping"), W(ctx.d("Hôm nay: {dd}/{mm}/{y}")),
           ("T", ctx.title), ("D", ctx.d("{dd}.{mm}.{y} - {H}:{M}")), ("byline", f"Thực hiện: {ctx.author}")]
    ps = paras(ctx, 1, 3)
    ins = {0: ad_beauty(ctx, "QUẢNG CÁO")}
    if len(ps) >= 3:
        ins[1] = [("caption", ctx.caption("story")), ("credit", f"Stylist: {r.choice(STYLISTS)}"),
                  ("credit", f"Makeup: {r.choice(MAKEUP)}"), ("credit", f"Ảnh: {ctx.photog}")]
    weave(out, ps, ins)
    rel = ctx.take_rel(4)
    out.append(W("Bạn thấy bài viết thế nào?"))
    out.append(emoji_row(ctx, "pct"))
    if rel:
        out.append(W("Đừng bỏ lỡ"))
        out += [rel_line(h, "bullet") for h, _ in rel]
    out += [W("Nội dung được tài trợ"), W(f"{r.choice(BRANDS)[0]}: Bí quyết da căng bóng chỉ sau 7 ngày")]
    out += [W("Theo dõi HotFace trên Facebook | Instagram | TikTok")]
    return out


def L_nsphuongnam(ctx):
    S = "Ngôi Sao Phương Nam"
    r = ctx.R("layout")
    out = [("S", S), W(ctx.d("{wd}, ngày {dd}/{mm}/{y}")), W("Thời sự | Giải trí | Sao | Đời sống | Video"),
           W("Giải trí"), ("T", ctx.title), ("D", ctx.d("{dd}/{mm}/{y} {H}:{M}"))]
    ps = paras(ctx, 1, 3)
    ins = {0: photo(ctx, "cap")}
    rel = ctx.take_rel(4)
    if rel:
        ins[-2] = [("related", f"Tin liên quan: {rel[0][0]}")]
    weave(out, ps, ins)
    out.append(("byline", r.choice([ctx.author.upper(), f"{ctx.author.upper()} - {ctx.author2.upper()}"])))
    out += [W("In bài | Gửi email | Lưu tin"), W(f"Từ khoá: {r.choice(['sao Việt', 'tin nóng', 'đời sống'])}, "
                                                  f"{r.choice(['xã hội', 'giải trí', 'showbiz'])}")]
    if len(rel) > 1:
        out.append(W("CÁC TIN KHÁC"))
        for i, (h, _) in enumerate(rel[1:]):
            d = rel_date(ctx, i)
            out.append(("related", f"{h} - {d.day:02d}/{d.month:02d}/{d.year}"))
    out += [W("Toà soạn: 68 Nguyễn Văn Trỗi, TP HCM | ĐT: (028) 3999 6161")]
    return out


def L_starlens(ctx):
    S = "StarLens"
    r = ctx.R("layout")
    out = [("S", S), W("Gallery | Sao | Thảm đỏ | Hậu trường | Street style"), ("T", ctx.title),
           ("D", ctx.d("{dd}/{mm}/{y}")), ("byline", f"Ảnh: {ctx.photog} | Bài: {ctx.author}")]
    ps = paras(ctx, 1, 2)
    n = r.randint(5, 7)
    gal = [W(f"Album ảnh ({n} ảnh)")]
    for i in range(1, n + 1):
        gal += [W(f"{i}/{n}"), ("caption", ctx.caption("gallery"))]
    gal.append(("credit", f"Ảnh: {ctx.photog}"))
    ins = {0: gal}
    if len(ps) >= 4:
        ins[2] = photo(ctx, "cap(credit)")
    weave(out, ps, ins)
    rel = ctx.take_rel(3)
    out += [W("♥ Lưu album  ↗ Chia sẻ"), hashtags(ctx, 4)]
    if rel:
        out.append(W("Album khác"))
        out += [rel_line(h, "plain") for h, _ in rel]
    out.append(W(f"StarLens © {ctx.date.year} · Ảnh thuộc bản quyền StarLens"))
    return out


def L_phimnhac(ctx):
    S = "Phim & Nhạc 24/7"
    r = ctx.R("layout")
    out = [("S", S), W("Trang chủ > Giải trí > Phim ảnh"), ("T", ctx.title),
           ("D", ctx.d("{wd}, {d}/{m}/{y}, {H}:{M}"))]
    ps = paras(ctx, 2, 4, first=1)
    rel = ctx.take_rel(5)
    ins = {}
    if len(rel) >= 2:
        ins[0] = [("related", f"Xem thêm: {rel[0][0]} / {rel[1][0]}")]
    ins[1] = photo(ctx, "cap-credit")
    weave(out, ps, ins)
    out += [("byline", f"{ctx.author} (tổng hợp)"),
            W("Tags: " + ", ".join(r.sample(["phim Việt", "phòng vé", "ca sĩ", "hậu trường", "MV",
                                              "diễn viên", "sự kiện", "tin hot"], 3)))]
    out += ticket_widget(ctx) if r.random() < 0.5 else chart_box(ctx, "Top 10 MV tuần", 5, "plain")
    if len(rel) > 2:
        out.append(W("Tin mới nhất"))
        out += [rel_line(h, "plain") for h, _ in rel[2:]]
    out += [W("Liên hệ: toasoan@phimnhac247.vn | Hotline: 0938 247 247")]
    return out


def L_sankhau(ctx):
    S = "Sân Khấu Mới"
    r = ctx.R("layout")
    out = [("S", S), W("Kịch | Cải lương | Nhạc kịch | Ca nhạc | Lịch diễn"), ("T", ctx.title),
           ("byline", f"Bài & ảnh: {ctx.author}"), ("D", ctx.d("{H}:{M} | {dd}/{mm}/{y}"))]
    ps = paras(ctx, 1, 3)
    ins = {0: photo(ctx, "cap")}
    if len(ps) >= 4:
        ins[2] = photo(ctx, "cap")
    weave(out, ps, ins)
    film = r.choice(FILMS)
    out += [W("LỊCH DIỄN CUỐI TUẦN"),
            W(f"Thứ Bảy: Vở \"{film}\" - Nhà hát {r.choice(['Bến Thành', 'Hoà Bình', 'Ánh Trăng'])} - 19:30"),
            W(f"Chủ Nhật: Đêm nhạc \"{r.choice(SONGS)}\" - {r.choice(CELEB_VN)} - 20:00"),
            W(f"Giá vé từ {r.choice(['250.000', '300.000', '450.000'])}đ · Đặt vé: 0909 555 {r.randint(100, 999)}")]
    rel = ctx.take_rel(4)
    if rel:
        out.append(W("Bài cùng chủ đề"))
        for h, t in rel:
            out.append(rel_line(h, "teaser", teaser=t) if t and r.random() < 0.6 else rel_line(h, "dash"))
    out += [W("Gửi bài cộng tác: bandoc@sankhaumoi.vn")]
    return out


def L_denflash(ctx):
    S = "Đèn Flash"
    r = ctx.R("layout")
    out = [("S", S), W("Paparazzi | Độc quyền | Sao Việt | Sao Hàn | Hóng biến"), W("ĐỘC QUYỀN"),
           ("T", ctx.title), ("D", ctx.d("{dd}/{mm}/{y} - {H}:{M}"))]
    ps = paras(ctx, 1, 2)
    ins = {0: photo(ctx, "cap(credit)", credit="Đèn Flash")}
    if len(ps) >= 3:
        ins[1] = photo(ctx, "cap(credit)", credit="Đèn Flash")
    if len(ps) >= 5:
        ins[3] = [W("Quảng cáo"), W(f"{r.choice(BRANDS)[0]} - Đẹp tự nhiên mỗi ngày")]
    weave(out, ps, ins)
    out += [("byline", f"{ctx.author} - {ctx.photog}"), W("Bạn cảm thấy thế nào sau khi đọc bài viết?"),
            emoji_row(ctx, "fb"), W("Chia sẻ | Báo tin cho Đèn Flash: 0888 123 789")]
    rel = ctx.take_rel(4)
    if rel:
        out.append(W("HÓNG THÊM"))
        out += [rel_line(h, "arrow") for h, _ in rel]
    return out


def L_thamdo(ctx):
    S = "Thảm Đỏ Online"
    r = ctx.R("layout")
    out = [("S", S), W("Thảm đỏ | Fashion | Beauty | Sao | Lookbook"), W("Fashion"), ("T", ctx.title),
           ("D", ctx.d("{d}/{m}/{y} {H}:{M}")), ("byline", f"{ctx.author} | {S}")]
    ps = paras(ctx, 1, 3)
    ins = {0: [("caption", ctx.caption("gallery")), ("caption", ctx.caption("gallery")),
               ("credit", f"Stylist: {r.choice(STYLISTS)} | Makeup: {r.choice(MAKEUP)} | Ảnh: {ctx.photog}")]}
    if len(ps) >= 3:
        ins[1] = photo(ctx, "cap")
    weave(out, ps, ins)
    out += poll_box(ctx, "Ai mặc đẹp nhất trên thảm đỏ tuần này?", r.sample(CELEB_VN, 3))
    out.append(hashtags(ctx, 4, " "))
    rel = ctx.take_rel(3)
    if rel:
        out.append(W("Xem tiếp"))
        out += [rel_line(h, "plain") for h, _ in rel]
    out += [W("Đăng ký nhận bản tin thời trang mỗi tuần"), W("Nhập email của bạn | Đăng ký")]
    return out


def L_isao(ctx):
    S = "iSao Việt"
    r = ctx.R("layout")
    out = [("S", S), W("Mở ứng dụng iSao để đọc nhanh hơn"), ("T", ctx.title),
           ("D", ctx.d("{H}:{M} {dd}/{mm}/{y}")), W(f"👁 {big(ctx.R('views'), 1200, 250000)}  💬 {r.randint(0, 400)}")]
    ps = paras(ctx, 1, 2, first=2)
    rel = ctx.take_rel(5)
    ins = {0: photo(ctx, "cap")}
    if rel:
        ins[1] = [W("ĐỌC NHANH"), rel_line(rel[0][0], "bullet")] + [rel_line(h, "bullet") for h, _ in rel[1:2]]
    weave(out, ps, ins)
    out.append(("byline", f"Theo {r.choice(['Nhịp Showbiz', 'TinSao360', 'Ngôi Sao Phương Nam'])}"))
    out += [emoji_row(ctx, "fb"), W("Mở app để xem bình luận")]
    if len(rel) > 2:
        out.append(W("Tin mới"))
        for i, (h, _) in enumerate(rel[2:]):
            out.append(("related", f"{h}  ·  {r.randint(1, 23)} giờ trước"))
    return out


def L_vibestar(ctx):
    S = "VibeStar"
    r = ctx.R("layout")
    out = [("S", S), W("🔥 Nóng  |  Trend  |  Sao  |  Gen Z  |  TikTok"), W("🔥 Nóng"), ("T", ctx.title),
           ("byline", ctx.author), ("D", ctx.d("{dd}/{mm}/{y}")), hashtags(ctx, 3)]
    ps = paras(ctx, 1, 2)
    ins = {1: social_embed(ctx, "TikTok")}
    if len(ps) >= 4:
        ins[2] = photo(ctx, "cap+credit", credit="Chụp màn hình TikTok")
    weave(out, ps, ins)
    out += [emoji_row(ctx, "pct"), W(f"{big(r, 50, 2000)} người đã thả tim bài viết này")]
    rel = ctx.take_rel(4)
    if rel:
        out.append(W("Đang hot 🔥"))
        out += [("related", f"{i}/ {h}") for i, (h, _) in enumerate(rel, 1)]
    out += ad_beauty(ctx, "Sponsored")
    return out


def L_rapnha(ctx):
    S = "Rạp Nhà Mình"
    r = ctx.R("layout")
    film = r.choice(FILMS)
    out = [("S", S), W("Review | Phim rạp | Netflix | Phòng vé | Trailer"), ("T", ctx.title),
           ("byline", f"Review: {ctx.author}"), ("D", ctx.d("{dd} tháng {mm}, {y}")),
           W(f"⏱ {r.randint(3, 9)} phút đọc")]
    ps = paras(ctx, 2, 3)
    ins = {0: [W(f"Trailer \"{film}\" | 02:{r.randint(10, 59)}"), ("caption", ctx.caption("story"))]}
    if len(ps) >= 3:
        q = ctx.pullquote()
        if q:
            ins[1] = [W(q)]
    weave(out, ps, ins)
    out += [W(f"ĐIỂM RẠP NHÀ MÌNH: {r.randint(5, 9)},{r.randint(0, 9)}/10"),
            W(f"Thể loại: {r.choice(['Hài', 'Kinh dị', 'Tâm lý', 'Hành động'])} · Thời lượng: {r.randint(90, 130)} phút")]
    out += ticket_widget(ctx, film)
    rel = ctx.take_rel(3)
    if rel:
        out.append(W("Review khác"))
        for h, t in rel:
            out.append(("related", h))
            if t and r.random() < 0.5:
                out.append(("related", t))
    out.append(W("Rạp Nhà Mình - Góc nhỏ cho người yêu phim"))
    return out


def L_loaloa(ctx):
    S = "LoaLoa Showbiz"
    r = ctx.R("layout")
    out = [("S", S), W("Tin nóng | Sao | Scandal | Clip hot | Bình chọn"), W(ctx.d("{dd}/{mm}/{y}")),
           ("T", ctx.title), ("D", ctx.d("Đăng lúc {H}:{M}, {dd}/{mm}/{y}"))]
    ps = paras(ctx, 1, 3)
    ins = {0: [W(f"▶ 0{r.randint(0, 4)}:{r.randint(10, 59)}"), ("caption", ctx.caption("story")),
               ("credit", f"Video: {r.choice(['Người dân cung cấp', 'Mạng xã hội', ctx.photog])}")]}
    rel = ctx.take_rel(5)
    if len(rel) >= 3:
        ins[-2] = [("related", f">> {rel[0][0]}"), ("related", f">> {rel[1][0]}")]
        rest = rel[2:]
    else:
        rest = rel
    weave(out, ps, ins)
    out += [("byline", f"{ctx.author} (Tổng hợp)"), W(f"Bình luận ({r.randint(0, 120)})")]
    out += fan_comments(ctx, 2, "b")
    if rest:
        out.append(W("TIN NỔI BẬT"))
        out += [("related", f"{i}. {h}") for i, (h, _) in enumerate(rest, 1)]
    out += [W("Bình chọn Sao của năm - Tham gia ngay!")]
    return out


def L_idolhub(ctx):
    S = "Idol Hub VN"
    r = ctx.R("layout")
    out = [("S", S), W("Kpop | Vpop | Idol | Chart | Fan Project"), W("Sao Hàn"), ("T", ctx.title),
           ("D", ctx.d("{y}-{mm}-{dd} {H}:{M}")), ("byline", f"by {ctx.author}")]
    ps = paras(ctx, 1, 3)
    ins = {0: photo(ctx, "cap-credit")}
    if len(ps) >= 3:
        ins[1] = chart_box(ctx, "Top 10 MV tuần", 4, "rank")
    weave(out, ps, ins)
    out += [emoji_row(ctx, "fb"), hashtags(ctx, 3)]
    rel = ctx.take_rel(4)
    if rel:
        out.append(W("Đừng bỏ lỡ"))
        out += [rel_line(h, "dash") for h, _ in rel]
    out += [W(f"Fan Project: Mừng sinh nhật {r.choice(CELEB_KR)} - Đăng ký tham gia")]
    return out


def L_anhsao(ctx):
    S = "Tạp chí Ánh Sao"
    r = ctx.R("layout")
    out = [("S", S), W(f"Số {r.randint(120, 480)} - Tháng {ctx.date.month}/{ctx.date.year}"),
           W("Chân dung | Phỏng vấn | Phong cách | Thời trang"), ("T", ctx.title),
           ("byline", f"Bài: {ctx.author}"), ("credit", f"Ảnh: {ctx.photog}"), ("D", ctx.d("{dd}/{mm}/{y}"))]
    ps = paras(ctx, 2, 4)
    ins = {}
    q = ctx.pullquote()
    if q and len(ps) >= 3:
        ins[1] = [W(q)]
    ins[0] = photo(ctx, "cap")
    weave(out, ps, ins)
    out += [W("Ekip thực hiện"), ("credit", f"Stylist: {r.choice(STYLISTS)}"),
            ("credit", f"Makeup: {r.choice(MAKEUP)}"), ("credit", f"Tóc: {r.choice(HAIR)}"),
            ("credit", f"Trang phục: {r.choice(OUTFIT)}"), ("credit", f"Trang sức: {r.choice(JEWEL)}")]
    rel = ctx.take_rel(3)
    if rel:
        out.append(W("Cùng số báo"))
        for h, t in rel:
            out.append(rel_line(h, "teaser", teaser=t) if t else rel_line(h, "plain"))
    out += [W("Đặt mua tạp chí: 1900 5588 22"), W("© Tạp chí Ánh Sao")]
    return out


def L_chuyensao(ctx):
    S = "Chuyện Sao"
    r = ctx.R("layout")
    src = r.choice(["Nhịp Showbiz", "TinSao360", "Ngôi Sao Phương Nam", "Đèn Flash"])
    dom = {"Nhịp Showbiz": "nhipshowbiz.vn", "TinSao360": "tinsao360.vn", "Ngôi Sao Phương Nam": "nsphuongnam.vn",
           "Đèn Flash": "denflash.vn"}[src]
    out = [("S", S), W("Mới nhất | Sao | Nhạc | Phim | Đời sống"), ("T", ctx.title),
           ("D", ctx.d("{H}:{M}, {dd}/{mm}/{y}")), W(f"{src} · {r.randint(1, 11)} giờ trước")]
    ps = paras(ctx, 1, 4)
    rel = ctx.take_rel(5)
    ins = {0: photo(ctx, "credit+cap")}
    if rel:
        ins[-2] = [rel_line(rel[0][0], "docthem")]
    weave(out, ps, ins)
    out += [("byline", f"Theo {src}"), ("credit", f"Nguồn: {dom}"), W("Báo lỗi bài viết | Gửi góp ý")]
    if len(rel) > 1:
        out.append(W("Tin tổng hợp"))
        for h, _ in rel[1:]:
            out.append(("related", f"{h} ({r.choice(['TinSao360', 'Đèn Flash', 'VibeStar', 'StarLens'])})"))
    out += [W("Chuyện Sao tổng hợp tin tức từ các trang giải trí. Bản quyền thuộc về các đơn vị gốc.")]
    return out


LAYOUTS = [
    ("saoxinh", L_saoxinh), ("nhipshowbiz", L_nhipshowbiz), ("tinsao360", L_tinsao360),
    ("manhanh", L_manhanh), ("kpopzone", L_kpopzone), ("giaidieu", L_giaidieu), ("hotface", L_hotface),
    ("nsphuongnam", L_nsphuongnam), ("starlens", L_starlens), ("phimnhac", L_phimnhac),
    ("sankhau", L_sankhau), ("denflash", L_denflash), ("thamdo", L_thamdo), ("isao", L_isao),
    ("vibestar", L_vibestar), ("rapnha", L_rapnha), ("loaloa", L_loaloa), ("idolhub", L_idolhub),
    ("anhsao", L_anhsao), ("chuyensao", L_chuyensao),
]
assert len(LAYOUTS) == 20


# ---------------------------------------------------------------------------
# Faults, assembly and the contract check
# ---------------------------------------------------------------------------

FAULTS = ("nbsp", "zwsp", "dblspace", "glue", "nfd")


def _glue(sents, r):
    cands = [i for i in range(len(sents) - 1)
             if sents[i].endswith(".") and not sents[i].endswith("..") and sents[i + 1][:1].isupper()]
    if not cands:
        return None
    i = r.choice(cands)
    return sents[:i] + [sents[i] + sents[i + 1]] + sents[i + 2:]


def _nbsp(s, r):
    idx = [m.start() for m in re.finditer(" ", s)]
    if not idx:
        return s
    for p in r.sample(idx, min(len(idx), r.randint(1, 3))):
        s = s[:p] + "\u00a0" + s[p + 1:]
    return s


def _zwsp(s, r):
    idx = [i for i in range(1, len(s)) if s[i - 1].isalpha() and s[i].isalpha()]
    if not idx:
        return s
    p = r.choice(idx)
    return s[:p] + "\u200b" + s[p:]


def _dbl(s, r):
    idx = [m.start() for m in re.finditer(" ", s)]
    if not idx:
        return s
    p = r.choice(idx)
    return s[:p] + "  " + s[p + 1:]


def check_page(page, title, sent_keys, rel_parts):
    """Independent walk over the text; raises ValueError on any breach of the labelling contract."""
    text, body, fur = page.text, page.body, page.furniture
    if not text or not body or len(body) < 1:
        raise ValueError("empty page or body")
    for kind, line in fur:
        if kind not in KINDS:
            raise ValueError(f"bad kind {kind!r}")
    lines = text.split("\n")
    bi = fi = 0
    unl = []
    for ln in lines:
        if not ln.strip() or ln != ln.strip():
            raise ValueError(f"blank or unstripped line {ln!r}")
        if fi < len(fur) and ln == fur[fi][1]:
            fi += 1
            continue
        for n in range(1, 5):
            if bi + n <= len(body) and ln == " ".join(body[bi:bi + n]):
                bi += n
                break
        else:
            unl.append(ln)
    if bi != len(body) or fi != len(fur):
        raise ValueError(f"walk did not use up labels: body {bi}/{len(body)} furniture {fi}/{len(fur)}")
    if len(unl) > 3 or len(set(unl)) != len(unl):
        raise ValueError(f"unlabelled lines: {unl!r}")
    if title not in unl:
        raise ValueError("title is not an unlabelled line")
    for b in body:
        if b not in text:
            raise ValueError("body item not in text")
    keys = set(sent_keys) | {norm_key(b) for b in body}
    for kind, line in fur:
        if norm_key(line) in keys:
            raise ValueError(f"furniture equals a body sentence: {line!r}")
    for line in unl:
        if norm_key(line) in keys:
            raise ValueError(f"unlabelled line equals a body sentence: {line!r}")
    tkey = norm_key(title)
    for kind, line in fur:
        if kind == "related" and norm_key(line) == tkey:
            raise ValueError("related line equals the title")
    for part in rel_parts:
        k = norm_key(part)
        if k == tkey or k in keys:
            raise ValueError(f"related text equals title/body: {part!r}")


def build_page(row, k, title_raw, article, rel_pool):
    title = detok(title_raw)
    sents = story_sentences(title_raw, article)
    if len(sents) < 3 or not title:
        return None, None
    lname, lfun = LAYOUTS[k % len(LAYOUTS)]
    ctx = Ctx(row, k, title, sents, [])
    tkey = norm_key(title)
    ctx.rel = [x for x in ctx.rel]
    pool = [(h, t) for h, t in rel_pool
            if norm_key(h) != tkey and norm_key(h) not in ctx.body_keys
            and (t is None or (norm_key(t) != tkey and norm_key(t) not in ctx.body_keys))]
    ctx.R("related").shuffle(pool)
    ctx.rel = pool
    fr = ctx.R("fault")
    faults = []
    if fr.random() < 0.27:
        faults = fr.sample(FAULTS, fr.choice([1, 1, 2]))
    items = list(sents)
    if "glue" in faults:
        g = _glue(items, fr)
        if g is None:
            faults.remove("glue")
        else:
            items = g
    ctx.items = items
    taken_before = list(pool)
    out = lfun(ctx)
    rel_parts = []
    for h, t in taken_before:
        if (h, t) not in ctx.rel:
            rel_parts.append(h)
            if t:
                rel_parts.append(t)
    # list of mutable entries: [kind, payload]
    ents = [[kd, list(v) if kd == "B" else v] for kd, v in out]
    targets = []
    for ei, (kd, v) in enumerate(ents):
        if kd == "B":
            targets += [(ei, j) for j in range(len(v))]
        else:
            targets.append((ei, None))
    for f in faults:
        if f in ("nbsp", "zwsp", "dblspace"):
            fn = {"nbsp": _nbsp, "zwsp": _zwsp, "dblspace": _dbl}[f]
            n = {"nbsp": fr.randint(2, 6), "zwsp": fr.randint(2, 4), "dblspace": fr.randint(1, 2)}[f]
            for ei, j in fr.sample(targets, min(n, len(targets))):
                if j is None:
                    ents[ei][1] = fn(ents[ei][1], fr)
                else:
                    ents[ei][1][j] = fn(ents[ei][1][j], fr)
    nfd = "nfd" in faults
    N = (lambda s: unicodedata.normalize("NFD", s)) if nfd else (lambda s: s)
    lines, body, fur = [], [], []
    t_line = None
    for kd, v in ents:
        if kd == "B":
            its = [N(x) for x in v]
            body.extend(its)
            lines.append(" ".join(its))
        elif kd in ("T", "D", "S"):
            lines.append(N(v))
            if kd == "T":
                t_line = N(v)
        else:
            fur.append((kd, N(v)))
            lines.append(N(v))
    page = Page("\n".join(lines), body, fur, lname)
    sent_keys = {norm_key(s) for s in sents}
    check_page(page, t_line, sent_keys, rel_parts)
    return page, faults


def related_pool(related):
    import random
    pool, seen = [], set()
    for row, (t, a) in related.items():
        h = detok(t)
        if not h or len(h.split()) < 3 or norm_key(h) in seen:
            continue
        seen.add(norm_key(h))
        teaser = make_teaser(a[:1200], random.Random(f"{SETNAME}|{SEED}|{row}|teaser"))
        pool.append((h, teaser))
    return pool


def _generate(path):
    body, related = read_rows(path)
    pool = related_pool(related)
    res = []
    for k, (row, (t, a)) in enumerate(body.items()):
        page, faults = build_page(row, k, t, a, pool)
        if page is not None:
            res.append((page, faults))
    return res


def pages(path):
    return [p for p, _ in _generate(path)]


def main(argv):
    if len(argv) < 2:
        print("usage: make.py PATH/vietnews_train.jsonl.gz", file=sys.stderr)
        return 2
    res = _generate(argv[1])
    stats = OrderedDict((name, Counter()) for name, _ in LAYOUTS)
    for p, faults in res:
        c = stats[p.layout]
        c["pages"] += 1
        c["body"] += len(p.body)
        for kind, _ in p.furniture:
            c[kind] += 1
        if faults:
            c["faulty"] += 1
            for f in faults:
                c[f] += 1
    cols = ["pages", "body"] + list(KINDS) + ["faulty"]
    print(f"{'layout':<13}" + "".join(f"{c:>9}" for c in cols))
    tot = Counter()
    for name, c in stats.items():
        print(f"{name:<13}" + "".join(f"{c[x]:>9}" for x in cols))
        tot.update(c)
    print(f"{'TOTAL':<13}" + "".join(f"{tot[x]:>9}" for x in cols))
    print("faults: " + ", ".join(f"{f}={tot[f]}" for f in FAULTS))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
