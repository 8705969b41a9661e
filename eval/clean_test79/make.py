#!/usr/bin/env python3
"""Held-out evaluation set `test79` (theme: world news desks) for a cleaner of
scraped Vietnamese news pages.  Standard library only.

    python3 make.py /work/shared/data/vietnews_train.jsonl.gz

prints a totals table per layout.  `pages(path)` returns the labelled pages.
"""
import gzip
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path
from typing import List, NamedTuple, Tuple

SET_NAME = "test79"
SEED = 7979
BODY_ROWS = range(18_000, 18_100)
RELATED_ROWS = range(15_200, 15_300)
KINDS = ("byline", "credit", "caption", "related", "widget")


class Page(NamedTuple):
    text: str
    body: List[str]
    furniture: List[Tuple[str, str]]
    layout: str


def R(row, purpose):
    return random.Random(f"{SET_NAME}|{SEED}|{row}|{purpose}")


# --------------------------------------------------------------------------
# reading
# --------------------------------------------------------------------------
def read_rows(path):
    """Stream the gzip file once; return ({row: (title, article)} for body rows,
    {row: (title, article[:1200])} for related rows)."""
    body, rel = {}, {}
    last = max(BODY_ROWS[-1], RELATED_ROWS[-1])
    with gzip.open(str(path), "rb") as fh:
        data_iter = _physical_lines(fh)
        for i, raw in data_iter:
            if i > last:
                break
            inb, inr = i in BODY_ROWS, i in RELATED_ROWS
            if not (inb or inr):
                continue
            if not raw.strip():
                continue
            try:
                obj = json.loads(raw.decode("utf-8"))
            except (ValueError, UnicodeDecodeError):
                continue
            if not isinstance(obj, dict):
                continue
            t, a = obj.get("title"), obj.get("article")
            if not isinstance(t, str) or not isinstance(a, str):
                continue
            if not t.strip() or not a.strip():
                continue
            if inb:
                body[i] = (t, a)
            if inr:
                rel[i] = (t, a[:1200])
    return body, rel


def _physical_lines(fh):
    """Split on b"\\n" only (numbered from 0)."""
    buf = b""
    i = 0
    while True:
        chunk = fh.read(1 << 20)
        if not chunk:
            break
        buf += chunk
        parts = buf.split(b"\n")
        buf = parts.pop()
        for p in parts:
            yield i, p
            i += 1
    yield i, buf


# --------------------------------------------------------------------------
# story text
# --------------------------------------------------------------------------
def _pair_quotes(s, q):
    out, n = [], 0
    parts = s.split(q)
    if len(parts) == 1:
        return s
    for k, part in enumerate(parts):
        if k == 0:
            out.append(part)
            continue
        if n % 2 == 0:  # this quote opens
            out[-1] = out[-1]
            out.append(q)
            out.append(part.lstrip(" "))
        else:  # this quote closes
            out[-1] = out[-1].rstrip(" ")
            out.append(q)
            out.append(part)
        n += 1
    return "".join(out)


def detok(s):
    s = "".join(" " if ch.isspace() else ch for ch in s
                if unicodedata.category(ch) != "Cf")
    s = s.replace("_", " ")
    s = re.sub(r"\s+", " ", s).strip()
    s = _pair_quotes(s, '"')
    s = _pair_quotes(s, "'")
    s = re.sub(r" +([,.;:!?%…])", r"\1", s)
    s = re.sub(r"([(\[“‘]) +", r"\1", s)
    s = re.sub(r" +([)\]”’])", r"\1", s)
    s = re.sub(r"(\S) / (\S)", r"\1/\2", s)
    s = re.sub(r" {2,}", " ", s)
    return s.strip()


ABBR = {"TP", "TS", "GS", "PGS", "ThS", "BS", "Q", "P", "St", "Mr", "Mrs", "Dr",
        "Th", "KS", "CN", "NXB", "Tp", "TT", "No", "vs", "ts", "gs"}
_CAND = re.compile(r"[.!?…]+[\"”’')\]]*(?= )")


def _is_abbr(tok):
    t = tok.rstrip(".")
    t = t.lstrip("(\"“'")
    if t in ABBR:
        return True
    if len(t) == 1 and t.isalpha() and t.isupper():
        return True
    if "." in t and re.fullmatch(r"(?:[^\W\d_]\.)+[^\W\d_]?", t + "."):
        return True
    return False


def split_sents(text):
    out, start = [], 0
    for m in _CAND.finditer(text):
        end = m.end()
        nxt = text[end + 1:end + 2]
        if not nxt or not (nxt.isupper() or nxt in "\"“'(" or nxt.isdigit()):
            continue
        chunk = text[start:end]
        if m.group(0).startswith(".") and m.group(0) == "." and nxt != '"':
            last_tok = chunk.split(" ")[-1]
            if _is_abbr(last_tok):
                continue
        if chunk.count('"') % 2 == 1 or chunk.count("“") > chunk.count("”"):
            continue  # inside a quotation
        out.append(chunk.strip())
        start = end + 1
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return [s for s in out if s]


CAPTION_MARKS = ("Ảnh:", "ảnh:", "(Ảnh", "Ảnh minh", "ảnh minh", "minh hoạ", "minh họa",
                 "Video:", "Clip:", "clip:", "(trái)", "(phải)", "(giữa)", "Nguồn:",
                 "nguồn:", "Đồ hoạ", "Đồ họa", "đồ hoạ", "đồ họa", "Infographic",
                 "Photo", "Ảnh chụp", "(Nguồn", "Xem thêm", "Xem video", "http",
                 "www.", "@", "Ảnh do", "Video do", "(ảnh")
REPORTING = re.compile(
    r"\b(cho biết|nói|chia sẻ|khẳng định|tuyên bố|nhấn mạnh|cho rằng|thông báo|"
    r"tiết lộ|nhận định|bày tỏ|giải thích|xác nhận|thừa nhận|cảnh báo|kể|"
    r"trả lời|nhận xét|đánh giá|khai nhận|lý giải|kêu gọi|dẫn lời|"
    r"phát biểu|đề nghị|khuyến cáo|cam kết|công bố)\b")
CONNECTIVES = ("Tuy nhiên", "Trong khi đó", "Ngoài ra", "Bên cạnh đó", "Do đó",
               "Vì vậy", "Vì thế", "Theo đó", "Sau đó", "Trước đó", "Đồng thời",
               "Hiện nay", "Hiện", "Cũng", "Mặc dù", "Dù", "Khi", "Nếu", "Thậm chí",
               "Không chỉ", "Ngay sau đó", "Cùng với", "Trước tình hình", "Do",
               "Bởi", "Thế nhưng", "Nhưng", "Song", "Tuy vậy", "Như vậy", "Còn",
               "Trước đây", "Sau khi", "Cùng ngày", "Ngay lập tức", "Theo",
               "Từ đó", "Nhờ", "Ngoài việc", "Đặc biệt", "Riêng", "Thực tế")
MIDCAP_STARTERS = {"Được", "Những", "Các", "Khi", "Trong", "Theo", "Tuy", "Sau",
                   "Với", "Tại", "Nhiều", "Một", "Có", "Là", "Không", "Đây", "Hiện",
                   "Ngày", "Đó", "Từ", "Để", "Nếu", "Vì", "Do", "Còn", "Cũng"}


def _quotes_ok(s):
    for q in ('"', "'"):
        idx = [i for i, c in enumerate(s) if c == q]
        if len(idx) % 2:
            return False
        for k, i in enumerate(idx):
            before = s[i - 1] if i > 0 else " "
            after = s[i + 1] if i + 1 < len(s) else " "
            if k % 2 == 0:  # opening
                if after == " " or (before not in " ([" and i > 0):
                    return False
            else:
                if before == " " or (after not in " ,.;:!?…)]"):
                    return False
    for a, b in (("(", ")"), ("[", "]"), ("“", "”"), ("‘", "’")):
        depth = 0
        for c in s:
            if c == a:
                depth += 1
            elif c == b:
                depth -= 1
                if depth < 0:
                    return False
        if depth:
            return False
    return True


def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = re.sub(r"[\u200b\u200c\u200d\u2060\ufeff]", "", s)
    s = re.sub(r"\s+", "", s)
    return s.casefold()


def keep_sentence(s, title_n):
    words = s.split()
    if len(words) < 8 or len(words) > 110:
        return False
    if any(m in s for m in CAPTION_MARKS):
        return False
    if any(c in s for c in "|•»«■►▶"):
        return False
    if not re.search(r"[.!?…][\"”’')\]]*$", s):
        return False
    if not _quotes_ok(s):
        return False
    if ":" in " ".join(words[:6]):
        return False
    first = s.lstrip("\"“'(")
    if not first or not (first[0].isupper() or first[0].isdigit()):
        return False
    if re.search(r"(^|[.!?…\"”)]\s+)\(?Theo\s+[^.!?,]{1,40}\)?\.?$", s):
        return False
    if re.search(r"\b(Theo|theo)\s+[A-ZĐ][\w.]*(\s[A-ZĐ]\w*){0,3}\)?\.?$", s) and "," not in s[-40:]:
        return False
    for k in range(1, len(words)):
        w, p = words[k], words[k - 1]
        if w in MIDCAP_STARTERS and p[-1:].isalpha() and p[:1].islower():
            return False
    if re.search(r"[.?!…] [-–] ", s):
        return False
    if norm(s) == title_n:
        return False
    limit = 22 if "," in s else 30
    if len(words) <= limit:
        rep = REPORTING.search(s) is not None and not re.search(
            r"\b(nói|phát biểu|trả lời|chia sẻ|trao đổi|thông tin|báo cáo)\s+(về|tại|với|trong|trước)\b", s)
        ok = (rep
              or ('"' in s or "“" in s) and ("," in s)
              or any(s.startswith(c + " ") or s.startswith(c + ",") for c in CONNECTIVES))
        if not ok:
            return False
    return True


def story_sentences(title, article):
    title_n = norm(title)
    seen, out = set(), []
    for s in split_sents(detok(article)):
        if not keep_sentence(s, title_n):
            continue
        n = norm(s)
        if n in seen:
            continue
        seen.add(n)
        out.append(s)
    return out


# --------------------------------------------------------------------------
# shared furniture material (all invented except the wire agencies)
# --------------------------------------------------------------------------
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
AGENCIES = ["AFP", "Reuters", "AP", "Xinhua", "Tân Hoa Xã", "Kyodo", "Yonhap", "EPA-EFE",
            "Getty Images", "TTXVN", "Sputnik", "Bernama", "ANTARA"]
PHOTO_CREDITS = ["AFP", "Reuters", "AP", "Xinhua", "AFP/TTXVN", "Reuters/Lukas Weber",
                 "AP Photo/Maria Santos", "Getty Images", "EPA-EFE", "Kyodo/TTXVN",
                 "THX/TTXVN", "Yonhap", "AFP/Getty Images", "Reuters/Tom Whitfield",
                 "AP/Daniel Kovac", "Xinhua/Lưu Kiến Hoa", "TTXVN phát", "Bernama"]
FOREIGN_OUTLETS = ["Reuters", "AFP", "AP", "Xinhua", "Kyodo", "Yonhap", "The Northern Chronicle",
                   "Pacific Herald", "Daily Meridian", "Le Courrier du Sud", "Asia Ledger",
                   "Berliner Abendblatt Online", "The Gulf Observer", "Channel Atlas News",
                   "Tokyo Evening Post", "Seoul Daily Mirror", "Manila Tribune Online"]
VIDEO_CHANNELS = ["CNN", "BBC", "Reuters", "AP", "Al Jazeera", "Euronews", "NHK World",
                  "CGTN", "France 24", "Atlas TV", "Channel Meridian"]
FOREIGN_PEOPLE = [("Giô-han Béc-man", "Johan Bergman", "Ngoại trưởng"),
                  ("Ma-ri-a Lô-pê-đa", "María Lopeda", "Bộ trưởng Quốc phòng"),
                  ("A-li Ha-mi-đi", "Ali Hamidi", "Thủ tướng"),
                  ("Pi-tơ Ốt-xlâu", "Peter Oslow", "Người phát ngôn Bộ Ngoại giao"),
                  ("Ta-na-ka Ken-ta-rô", "Tanaka Kentaro", "Chánh Văn phòng Nội các"),
                  ("Pác Min-chun", "Park Min-chun", "Bộ trưởng Thống nhất"),
                  ("Lưu Kiến Hoa", "Liu Jianhua", "Phát ngôn viên"),
                  ("Xéc-gây Pa-ven-cô", "Sergei Pavlenko", "Thứ trưởng Ngoại giao"),
                  ("Ê-ma Ri-sa-đô", "Emma Richardeau", "Tổng thống"),
                  ("Phéc-nan-đô Ca-xtê-la", "Fernando Castela", "Tổng thống"),
                  ("Ra-giu Mê-hơ-ta", "Raju Mehta", "Bộ trưởng Tài chính"),
                  ("Han-na Lin-đơ-xtơm", "Hanna Lindström", "Thủ tướng")]
CITIES = [("Paris", -6), ("Washington", -12), ("Tokyo", 2), ("London", -7), ("Moskva", -4),
          ("Seoul", 2), ("Bangkok", 0), ("Sydney", 4), ("Cairo", -5), ("Berlin", -6),
          ("Jakarta", 0), ("Manila", 1), ("Bắc Kinh", 1), ("New York", -12), ("Brussels", -6)]
COUNTRIES = [("Pháp", "Paris", "khoảng 67 triệu người", "643.801 km²", "Euro (EUR)", "Tiếng Pháp"),
             ("Nhật Bản", "Tokyo", "khoảng 126,5 triệu người", "377.975 km²", "Yên (JPY)", "Tiếng Nhật"),
             ("Hàn Quốc", "Seoul", "khoảng 51,6 triệu người", "100.210 km²", "Won (KRW)", "Tiếng Hàn"),
             ("Đức", "Berlin", "khoảng 82,8 triệu người", "357.386 km²", "Euro (EUR)", "Tiếng Đức"),
             ("Ấn Độ", "New Delhi", "khoảng 1,35 tỷ người", "3,29 triệu km²", "Rupee (INR)", "Tiếng Hindi, tiếng Anh"),
             ("Brazil", "Brasília", "khoảng 209 triệu người", "8,5 triệu km²", "Real (BRL)", "Tiếng Bồ Đào Nha"),
             ("Thái Lan", "Bangkok", "khoảng 69 triệu người", "513.120 km²", "Baht (THB)", "Tiếng Thái"),
             ("Indonesia", "Jakarta", "khoảng 264 triệu người", "1,9 triệu km²", "Rupiah (IDR)", "Tiếng Indonesia"),
             ("Philippines", "Manila", "khoảng 106 triệu người", "300.000 km²", "Peso (PHP)", "Tiếng Filipino, tiếng Anh"),
             ("Australia", "Canberra", "khoảng 24,9 triệu người", "7,69 triệu km²", "Đô la Australia (AUD)", "Tiếng Anh"),
             ("Anh", "London", "khoảng 66 triệu người", "242.495 km²", "Bảng Anh (GBP)", "Tiếng Anh"),
             ("Nga", "Moskva", "khoảng 144,5 triệu người", "17,1 triệu km²", "Rúp (RUB)", "Tiếng Nga"),
             ("Mexico", "Mexico City", "khoảng 126 triệu người", "1,96 triệu km²", "Peso (MXN)", "Tiếng Tây Ban Nha"),
             ("Ai Cập", "Cairo", "khoảng 98 triệu người", "1,01 triệu km²", "Bảng Ai Cập (EGP)", "Tiếng Arab"),
             ("Myanmar", "Nay Pyi Taw", "khoảng 53,7 triệu người", "676.578 km²", "Kyat (MMK)", "Tiếng Myanmar")]
SCENES = ["Người dân theo dõi bản tin thời sự trên màn hình lớn tại một quảng trường.",
          "Lực lượng an ninh được triển khai dày đặc tại khu vực trung tâm thủ đô.",
          "Phóng viên quốc tế tác nghiệp bên ngoài trụ sở chính phủ.",
          "Các đại biểu tham dự phiên họp khẩn cấp của Hội đồng Bảo an Liên Hợp Quốc.",
          "Người biểu tình tập trung trước toà nhà quốc hội.",
          "Tàu cứu hộ neo đậu tại cảng sau khi bão đi qua.",
          "Lãnh đạo các nước chụp ảnh chung bên lề hội nghị thượng đỉnh.",
          "Hàng hoá được bốc dỡ tại một cảng container lớn ở châu Á.",
          "Hành khách xếp hàng làm thủ tục tại sân bay quốc tế.",
          "Nhân viên cứu trợ phân phát nhu yếu phẩm cho người dân vùng lũ.",
          "Cờ các nước thành viên tung bay trước trụ sở của tổ chức.",
          "Một phiên giao dịch trên sàn chứng khoán châu Âu."]
TIMELINE_EVENTS = ["Căng thẳng bùng phát sau tuyên bố của chính phủ",
                   "Hội đồng Bảo an triệu tập phiên họp khẩn",
                   "Các bên nhất trí ngừng bắn tạm thời",
                   "Đoàn hoà giải quốc tế đến thủ đô",
                   "Biểu tình lan rộng ra nhiều thành phố lớn",
                   "Đàm phán vòng hai kết thúc mà không có đột phá",
                   "Liên minh châu Âu công bố gói cứu trợ khẩn cấp",
                   "Quốc hội bỏ phiếu thông qua nghị quyết",
                   "Đại sứ quán nhiều nước khuyến cáo công dân hạn chế đi lại",
                   "Hai bên trao đổi tù nhân lần đầu tiên"]
PULL_QUOTES = [("Chúng tôi sẽ đáp trả một cách tương xứng", "We will respond proportionately"),
               ("Cánh cửa đối thoại vẫn luôn rộng mở", "The door to dialogue remains open"),
               ("Đây là thời khắc quyết định đối với khu vực", "This is a defining moment for the region"),
               ("Không ai được đứng trên luật pháp quốc tế", "No one is above international law"),
               ("Chúng tôi cần hành động ngay, không phải sau này", "We need to act now, not later")]
VN_NAMES = ["Minh Anh", "Thanh Hà", "Hoàng Vy", "Ngọc Linh", "Quốc Thái", "Bảo Châu", "Hải Yến",
            "Đức Trung", "Thu Trang", "Khánh Linh", "Phương Thảo", "Lê Minh Khôi", "Trần Quang Vinh",
            "Nguyễn Hồng Nhung", "Đỗ Gia Huy", "Vũ Thị Lan Phương", "Phạm Tuấn Kiệt", "Mai Hương"]
COMMENTERS = ["Trần Văn Bình", "hoangnam88", "Lan Anh", "Người Sài Gòn", "Minh Tuấn (Hà Nội)",
              "ducthinh_92", "Kim Oanh", "Bạn đọc Nguyễn Hải", "tuanphong", "Hồng Gấm"]
COMMENTS = ["Tình hình thế giới ngày càng phức tạp, mong mọi chuyện sớm ổn định",
            "Bài viết tổng hợp rất đầy đủ, cảm ơn toà soạn",
            "Mong báo cập nhật thêm diễn biến mới",
            "Đọc xong thấy lo quá, hy vọng các bên kiềm chế",
            "Thông tin hữu ích, chia sẻ cho mọi người cùng đọc",
            "Không biết sự việc này có ảnh hưởng gì tới người Việt ở đó không?"]
TAGS = ["Mỹ", "Trung Quốc", "Liên Hợp Quốc", "EU", "ASEAN", "Nhật Bản", "Hàn Quốc", "Nga",
        "Trung Đông", "biển Đông", "thương mại", "người tị nạn", "bầu cử", "khủng hoảng",
        "ngoại giao", "an ninh", "kinh tế thế giới", "châu Phi", "Mỹ Latinh"]
REGIONS = ["Châu Á", "Châu Âu", "Châu Mỹ", "Trung Đông", "Châu Phi", "Đông Nam Á",
           "Phân tích", "Hồ sơ", "Thế giới đó đây"]


def wd(dt):
    return WEEKDAYS[dt.weekday()]


def capfirst(s):
    return s[:1].upper() + s[1:]


def entities(sents):
    """People ("ông X") and places ("tỉnh X", "tại X") from the kept story."""
    people, places = [], []
    trail = ",.;:)\"”'!?…"
    for s in sents:
        w = s.split()
        for i, tok in enumerate(w[:-1]):
            low = tok.lower()
            run = []
            for t in w[i + 1:i + 5]:
                core = t.rstrip(trail)
                if not core or not core[0].isupper() or not core.replace("-", "").isalpha():
                    break
                run.append(core)
                if core != t:
                    break
            if not run:
                continue
            name = " ".join(run)
            if low in ("ông", "bà") and 2 <= len(run) <= 4:
                people.append((low, name))
            elif low in ("tỉnh", "huyện", "quận", "tại", "ở", "xã") and len(run) >= 2:
                if run[0] not in ("Ông", "Bà", "UBND", "Công", "Bộ", "Sở", "Bệnh", "Trường",
                                  "Cục", "Hội", "Ban", "Viện", "Toà", "Tòa", "Phòng", "Đội"):
                    places.append(name)
    return list(dict.fromkeys(people)), list(dict.fromkeys(places))


def teaser_of(article):
    for s in split_sents(detok(article)):
        w = s.split()
        if len(w) < 10 or any(m in s for m in CAPTION_MARKS) or not _quotes_ok(s):
            continue
        if not s[:1].isupper() or not re.search(r"[.!?…][\"”’')]*$", s):
            continue
        if len(s) > 190:
            cut = s[:180].rsplit(" ", 1)[0].rstrip(",;:")
            return cut + "…"
        return s
    return None


# --------------------------------------------------------------------------
# page context
# --------------------------------------------------------------------------
class Ctx:
    def __init__(self, row, k, title, sents, related):
        self.row, self.k = row, k
        self.title = title
        self.sents = sents
        r = self.r("date")
        self.dt = datetime(2016, 1, 1, 6) + timedelta(days=r.randrange(0, 4 * 365),
                                                      minutes=r.randrange(0, 16 * 60))
        self.people, self.places = entities(sents)
        self.body_n = {norm(s) for s in sents}
        self.title_n = norm(title)
        self.related = [x for x in related
                        if norm(x[0]) not in self.body_n and norm(x[0]) != self.title_n]
        self.related = [(h, t if t and norm(t) not in self.body_n and norm(t) != self.title_n else None)
                        for h, t in self.related]
        rr = self.r("related")
        rr.shuffle(self.related)
        self._ri = 0
        self._used_caps = set()
        self.entries = []

    def r(self, purpose):
        return R(self.row, purpose)

    # ---- helpers
    def rel(self, n):
        out = self.related[self._ri:self._ri + n]
        self._ri += len(out)
        return out

    def rel_date(self, rng, fmt="%d/%m/%Y"):
        return (self.dt - timedelta(days=rng.randrange(1, 40), hours=rng.randrange(0, 12))).strftime(fmt)

    def paras(self, lo, hi, purpose="paras"):
        rng = self.r(purpose)
        out, i = [], 0
        while i < len(self.sents):
            n = rng.randint(lo, hi)
            out.append(list(self.sents[i:i + n]))
            i += n
        return out

    def caption(self, rng, allow_person=True):
        for _ in range(20):
            c = rng.random()
            if allow_person and self.people and c < 0.3:
                role, name = rng.choice(self.people)
                cap = rng.choice([f"{capfirst(role)} {name} trao đổi với báo chí.",
                                  f"{capfirst(role)} {name} tại một sự kiện gần đây.",
                                  f"Chân dung {role} {name}.",
                                  f"{capfirst(role)} {name} trong cuộc trả lời phỏng vấn phóng viên."])
            elif self.places and c < 0.55:
                p = rng.choice(self.places)
                cap = rng.choice([f"Một góc {p} nhìn từ trên cao.",
                                  f"Quang cảnh khu vực {p}.",
                                  f"Khu vực {p}, nơi xảy ra sự việc.",
                                  f"Đường phố ở {p} những ngày gần đây."])
            elif c < 0.75:
                nm, orig, role = rng.choice(FOREIGN_PEOPLE)
                city = rng.choice(CITIES)[0]
                cap = rng.choice([f"{role} {nm} ({orig}) phát biểu tại cuộc họp báo ở {city}.",
                                  f"{role} {nm} ({orig}) trả lời báo chí tại {city} ngày {self.dt.day}/{self.dt.month}.",
                                  f"{role} {nm} ({orig}) rời cuộc họp tại {city}."])
            else:
                cap = rng.choice(SCENES)
            if cap not in self._used_caps and norm(cap) not in self.body_n and norm(cap) != self.title_n:
                self._used_caps.add(cap)
                return cap
        return "Hình ảnh minh hoạ cho bài viết."

    def locator(self, rng):
        if self.places and rng.random() < 0.6:
            p = rng.choice(self.places)
        else:
            p = rng.choice(CITIES)[0]
        return rng.choice([f"Vị trí {p} (chấm đỏ) trên bản đồ.",
                           f"Bản đồ khu vực {p}.",
                           f"Vị trí {p} trên bản đồ (đánh dấu màu đỏ).",
                           f"Khu vực {p} trên bản đồ vệ tinh."])

    def fact_box(self, rng, style=0):
        c = rng.choice(COUNTRIES)
        if style == 0:
            return [("widget", f"THÔNG TIN CƠ BẢN VỀ {c[0].upper()}"),
                    ("widget", f"Thủ đô: {c[1]}"), ("widget", f"Dân số: {c[2]}"),
                    ("widget", f"Diện tích: {c[3]}"), ("widget", f"Đơn vị tiền tệ: {c[4]}")]
        if style == 1:
            return [("widget", f"{c[0]} - Thủ đô: {c[1]} | Dân số: {c[2]} | Ngôn ngữ: {c[5]}")]
        return [("widget", f"Hồ sơ quốc gia: {c[0]}"), ("widget", f"• Thủ đô: {c[1]}"),
                ("widget", f"• Dân số: {c[2]}"), ("widget", f"• Ngôn ngữ chính thức: {c[5]}")]

    def timeline(self, rng, heading="DIỄN BIẾN CHÍNH", n=4, fmt="%d/%m"):
        ev = rng.sample(TIMELINE_EVENTS, n)
        days = sorted(rng.sample(range(2, 60), n), reverse=True)
        out = [("widget", heading)]
        for d, e in zip(days, ev):
            out.append(("widget", f"{(self.dt - timedelta(days=d)).strftime(fmt)}: {e}"))
        return out

    def pull_quote(self, rng, style=0):
        vi, en = rng.choice(PULL_QUOTES)
        nm, orig, role = rng.choice(FOREIGN_PEOPLE)
        if style == 0:
            return [("widget", f"“{vi}”"), ("widget", f"- {role} {nm}")]
        if style == 1:
            return [("widget", f"“{vi}” (“{en}”) - {nm} ({orig})")]
        return [("widget", f"\"{vi}\""), ("widget", f"Nguyên văn: \"{en}\"")]

    def live_stamp(self, rng, t, style):
        city, off = rng.choice(CITIES)
        loc = t + timedelta(hours=off)
        if style == 0:
            return f"{t:%H:%M} (giờ Hà Nội)"
        if style == 1:
            return f"{loc.hour}h{loc.minute:02d} giờ địa phương ({t.hour}h{t.minute:02d} giờ Hà Nội)"
        if style == 2:
            return f"{(t - timedelta(hours=7)):%H:%M} GMT"
        return f"Cập nhật {t:%H:%M} ngày {t.day}/{t.month}"

    def related_entries(self, rng, items, style, dfmt="%d/%m/%Y"):
        out = []
        for i, (h, t) in enumerate(items, 1):
            if style == "bullet":
                out.append(("related", f"• {h}"))
            elif style == "dash":
                out.append(("related", f"- {h}"))
            elif style == "arrow":
                out.append(("related", f"» {h}"))
            elif style == "num":
                out.append(("related", f"{i}. {h}"))
            elif style == "dated":
                out.append(("related", f"{h} ({self.rel_date(rng, '%d/%m')})"))
            elif style == "dated_front":
                out.append(("related", f"{self.rel_date(rng, dfmt)} | {h}"))
            elif style == "teaser":
                out.append(("related", h))
                if t:
                    out.append(("related", t))
            elif style == "teaser_inline":
                out.append(("related", f"{h} - {t}" if t else h))
            else:
                out.append(("related", h))
        return out


def weave(paras, inserts):
    """paras: list of lists of items; inserts: {para_index_after: [entries]}"""
    out = []
    for i, p in enumerate(paras):
        out.append(("b", p))
        for e in inserts.get(i, []):
            out.append(e)
    return out


def spots(rng, paras, n, first=0):
    """n distinct paragraph indices (0..len-2) after which to insert."""
    cand = list(range(first, max(first, len(paras) - 1)))
    if not cand:
        return []
    return sorted(rng.sample(cand, min(n, len(cand))))


def add(ins, i, *entries):
    ins.setdefault(i, []).extend(entries)


def share_row(rng):
    return rng.choice(["Chia sẻ Facebook Twitter Zalo", "Chia sẻ bài viết:", "Like Share Tweet",
                       "f Chia sẻ | In bài | Gửi email", "Chia sẻ 128"])


# --------------------------------------------------------------------------
# layouts
# --------------------------------------------------------------------------
def L00_hoancau(c):
    """Hoàn Cầu Online: menu, breadcrumb, date below title, inline Xem thêm,
    captions with (Ảnh: X), byline at end '(Theo Reuters)', related bullets, tags."""
    rng = c.r("L00")
    e = [("widget", "Trang chủ | Thời sự | Thế giới | Kinh doanh | Giải trí | Thể thao | Video"),
         ("widget", f"Trang chủ » Thế giới » {rng.choice(REGIONS)}"),
         ("u", c.title), ("u", f"{wd(c.dt)}, {c.dt:%d/%m/%Y} | {c.dt:%H:%M} GMT+7")]
    paras = c.paras(1, 3)
    ins = {}
    s = spots(rng, paras, 3)
    if s:
        add(ins, s[0], ("caption", f"{c.caption(rng)} (Ảnh: {rng.choice(PHOTO_CREDITS)})"))
    if len(s) > 1:
        for h, _ in c.rel(1):
            add(ins, s[1], ("related", f"Xem thêm: {h}"))
    if len(s) > 2:
        add(ins, s[2], ("caption", f"{c.caption(rng)} (Ảnh: {rng.choice(PHOTO_CREDITS)})"))
    e += weave(paras, ins)
    e.append(("byline", f"{rng.choice(VN_NAMES)} (Theo {rng.choice(['Reuters', 'AFP', 'AP', 'Reuters, AFP'])})"))
    e.append(("widget", share_row(rng)))
    e.append(("rh", "Tin liên quan"))
    e += c.related_entries(rng, c.rel(4), "bullet")
    e.append(("widget", "Từ khoá: " + ", ".join(rng.sample(TAGS, 4))))
    e.append(("widget", "© 2018 Hoàn Cầu Online. Giấy phép số 214/GP-BTTTT. Ghi rõ nguồn khi phát hành lại."))
    return e


def L01_diemtin(c):
    """Điểm Tin Quốc Tế: site name, date, top byline 'Bài: X', caption then separate
    credit line, country fact box, numbered related list."""
    rng = c.r("L01")
    e = [("u", "ĐIỂM TIN QUỐC TẾ"), ("widget", "Thế giới | Châu Á - TBD | Châu Âu | Châu Mỹ | Trung Đông | Phân tích"),
         ("u", c.title), ("u", f"{c.dt:%d/%m/%Y %H:%M}"),
         ("byline", f"Bài: {rng.choice(VN_NAMES)}")]
    paras = c.paras(2, 3)
    ins = {}
    s = spots(rng, paras, 2)
    if s:
        add(ins, s[0], ("widget", "[Ảnh]"), ("caption", c.caption(rng)), ("credit", f"Ảnh: {rng.choice(PHOTO_CREDITS)}"))
    if len(s) > 1:
        add(ins, s[1], *c.fact_box(rng, 0))
    e += weave(paras, ins)
    e.append(("byline", f"Theo {rng.choice(FOREIGN_OUTLETS)}"))
    e.append(("rh", "CÁC TIN KHÁC"))
    e += c.related_entries(rng, c.rel(5), "num")
    e.append(("widget", "Liên hệ toà soạn: toasoan@diemtinquocte.vn | Hotline: 0904 217 385"))
    return e


def L02_namchau(c):
    """Tin Tức Năm Châu (TTXVN-fed): '(TTXVN)' opener byline, transliterated names,
    captions '(Ảnh: Kyodo/TTXVN)', byline 'PV TTXVN tại X' at end, related dated."""
    rng = c.r("L02")
    city = rng.choice(CITIES)[0]
    e = [("u", "Tin Tức Năm Châu"), ("widget", f"Quốc tế › {rng.choice(REGIONS)}"),
         ("u", c.title), ("u", f"{c.dt:%d/%m/%Y} {c.dt:%H:%M}"),
         ("byline", f"{city} (TTXVN)")]
    paras = c.paras(1, 2)
    ins = {}
    s = spots(rng, paras, 2)
    if s:
        add(ins, s[0], ("caption", f"{c.caption(rng)} (Ảnh: {rng.choice(['Kyodo/TTXVN', 'AFP/TTXVN', 'THX/TTXVN', 'TTXVN phát'])})"))
    if len(s) > 1:
        add(ins, s[1], ("caption", f"{c.caption(rng)} Ảnh: {rng.choice(PHOTO_CREDITS)}"))
    e += weave(paras, ins)
    e.append(("byline", f"{rng.choice(VN_NAMES)} (PV TTXVN tại {city})"))
    e.append(("rh", "Tin cùng chuyên mục:"))
    e += c.related_entries(rng, c.rel(4), "dated")
    e.append(("widget", "Bản quyền thuộc về Tin Tức Năm Châu. Cấm sao chép dưới mọi hình thức."))
    return e


def L03_live(c):
    """Nhịp Sống Toàn Cầu live blog: TRỰC TIẾP badge, timestamps (local / Hà Nội)
    on their own lines before 1-2 sentence blocks, team byline on top."""
    rng = c.r("L03")
    st = rng.randrange(3)
    e = [("u", "Nhịp Sống Toàn Cầu"), ("widget", "Thế giới"), ("widget", "TRỰC TIẾP"),
         ("u", c.title), ("u", f"{wd(c.dt)}, {c.dt.day}/{c.dt.month}/{c.dt.year}"),
         ("byline", "Nhóm phóng viên quốc tế"),
         ("widget", rng.choice(["Trang được cập nhật liên tục", "Bấm F5 để cập nhật diễn biến mới nhất",
                                "Tự động cập nhật: BẬT"]))]
    paras = c.paras(1, 2)
    t = c.dt + timedelta(hours=len(paras) // 2 + 1)
    mid = spots(rng, paras, 1, first=1)
    for i, p in enumerate(paras):
        e.append(("widget", c.live_stamp(rng, t, st)))
        e.append(("b", p))
        if mid and i == mid[0]:
            e.append(("caption", f"{c.caption(rng)} (Ảnh: {rng.choice(PHOTO_CREDITS)})"))
        t -= timedelta(minutes=rng.randrange(7, 55))
    e.append(("widget", "Xem thêm các diễn biến trước đó"))
    e.append(("rh", "TIN THẾ GIỚI KHÁC"))
    e += c.related_entries(rng, c.rel(3), "arrow")
    return e


def L04_longform(c):
    """Tạp chí Thế Giới Phẳng longform: kicker, big lead photo caption with credit
    line, pull quote (translated with original), timeline box, author box at end."""
    rng = c.r("L04")
    author = rng.choice(VN_NAMES)
    e = [("u", "Thế Giới Phẳng"), ("widget", rng.choice(["HỒ SƠ", "PHÂN TÍCH", "GÓC NHÌN"])),
         ("u", c.title),
         ("caption", c.caption(rng)), ("credit", f"Ảnh: {rng.choice(PHOTO_CREDITS)}"),
         ("byline", author.upper()), ("u", f"{c.dt.day} tháng {c.dt.month}, {c.dt.year}"),
         ("widget", f"Thời gian đọc: {rng.randint(4, 12)} phút")]
    paras = c.paras(2, 4)
    ins = {}
    s = spots(rng, paras, 2)
    if s:
        add(ins, s[0], *c.pull_quote(rng, rng.randrange(3)))
    if len(s) > 1:
        add(ins, s[1], *c.timeline(rng, "DÒNG THỜI GIAN", rng.randint(3, 5), "%d/%m/%Y"))
    e += weave(paras, ins)
    e.append(("widget", "VỀ TÁC GIẢ"))
    e.append(("byline", author))
    e.append(("byline", rng.choice(["Biên tập viên ban Quốc tế, phụ trách khu vực Đông Bắc Á.",
                                    "Nhà báo chuyên mảng an ninh - quốc phòng, từng thường trú tại châu Âu.",
                                    "Thạc sĩ quan hệ quốc tế, cộng tác viên chuyên mục Phân tích."])))
    e.append(("rh", "Bài viết được quan tâm"))
    e += c.related_entries(rng, c.rel(3), "teaser")
    return e


def L05_video(c):
    """VTS Thế giới (TV site): video embed first (player, credit 'Video: CNN', caption),
    body, source credit 'Nguồn: X', 'Video khác' list."""
    rng = c.r("L05")
    ch = rng.choice(VIDEO_CHANNELS)
    e = [("u", "VTS Thế Giới"), ("widget", "Video | Thời sự quốc tế | Bản tin 60 giây | Phóng sự"),
         ("u", c.title), ("u", f"{c.dt:%H:%M} - {c.dt:%d/%m/%Y}"),
         ("widget", f"▶ 00:00 / 0{rng.randint(1, 5)}:{rng.randint(10, 59)}"),
         ("credit", f"Video: {ch}"),
         ("caption", rng.choice([f"Hình ảnh do kênh {ch} ghi lại.", f"Bản tin của {ch} về sự việc.",
                                 f"Video: {c.caption(rng)} ({ch})"]))]
    paras = c.paras(1, 3)
    ins = {}
    s = spots(rng, paras, 1)
    if s:
        add(ins, s[0], ("widget", "Quảng cáo"), ("widget", "Video đang phát: Bản tin thế giới 60 giây"))
    e += weave(paras, ins)
    e.append(("credit", f"Nguồn: {ch}, {rng.choice(AGENCIES)}"))
    e.append(("byline", rng.choice(VN_NAMES) + " - " + rng.choice(VN_NAMES)))
    e.append(("rh", "VIDEO KHÁC"))
    for h, _ in c.rel(3):
        e.append(("related", f"▶ {h}"))
        e.append(("widget", f"0{rng.randint(1, 4)}:{rng.randint(10, 59)}"))
    return e


def L06_amp(c):
    """Tin Nhanh Năm Châu mobile/AMP: compact header, date under site name, byline
    'Theo AFP' at end, 'Đọc thêm' inline, back-to-home link."""
    rng = c.r("L06")
    e = [("widget", "☰"), ("u", "tinnhanhnamchau.vn"), ("u", c.title),
         ("u", f"{c.dt:%d/%m/%Y - %H:%M}"), ("widget", "Thế giới")]
    paras = c.paras(1, 2)
    ins = {}
    s = spots(rng, paras, 2)
    if s:
        add(ins, s[0], ("caption", f"{c.caption(rng)} Ảnh: {rng.choice(PHOTO_CREDITS)}"))
    if len(s) > 1:
        for h, _ in c.rel(1):
            add(ins, s[1], ("related", f"Đọc thêm: {h}"))
    e += weave(paras, ins)
    e.append(("byline", f"Theo {rng.choice(['AFP', 'Reuters', 'AP', 'Xinhua', 'Yonhap'])}"))
    e.append(("widget", "Về trang chủ"))
    e.append(("widget", "Xem bản đầy đủ"))
    return e


def L07_dongphuong(c):
    """Đông Phương Thời Báo: Xinhua-sourced; captions '(Ảnh: THX)', byline
    'Theo Tân Hoa Xã' + compiler; 'TIN CÙNG CHUYÊN MỤC' with dates in front."""
    rng = c.r("L07")
    e = [("u", "Đông Phương Thời Báo"), ("widget", f"Hôm nay: {wd(c.dt)}, {c.dt:%d/%m/%Y}"),
         ("widget", "Trang nhất > Quốc tế"), ("u", c.title)]
    paras = c.paras(1, 3)
    ins = {}
    s = spots(rng, paras, 2)
    for j in s:
        add(ins, j, ("caption", f"{c.caption(rng)} (Ảnh: {rng.choice(['THX', 'Tân Hoa Xã', 'Xinhua'])})"))
    e += weave(paras, ins)
    e.append(("byline", rng.choice(["Theo Tân Hoa Xã", "Theo Xinhua", "Nguồn tin: THX"])))
    e.append(("byline", f"{rng.choice(VN_NAMES)} (biên dịch)"))
    e.append(("u", f"Cập nhật lúc {c.dt:%H:%M}"))
    e.append(("rh", "TIN CÙNG CHUYÊN MỤC"))
    e += c.related_entries(rng, c.rel(4), "dated_front", "%d/%m")
    e.append(("widget", "Lượt xem: " + str(rng.randint(200, 9000))))
    return e


def L08_print(c):
    """Báo Hải Đăng print replica: page marker, kicker, long paragraphs, ALL CAPS
    signature at end with agency line, 'Xem thêm báo in' widget."""
    rng = c.r("L08")
    e = [("u", "BÁO HẢI ĐĂNG"), ("widget", f"Số {rng.randint(100, 365)} ra ngày {c.dt:%d/%m/%Y}"),
         ("widget", f"Trang {rng.randint(6, 11)} - Thế giới"), ("u", c.title)]
    paras = c.paras(3, 4)
    ins = {}
    s = spots(rng, paras, 1)
    if s:
        add(ins, s[0], ("caption", f"{c.caption(rng)} Ảnh: {rng.choice(PHOTO_CREDITS)}"))
    e += weave(paras, ins)
    e.append(("byline", rng.choice(VN_NAMES).upper()))
    e.append(("byline", f"(Theo {rng.choice(['AP, Reuters', 'AFP, Kyodo', 'Reuters', 'Xinhua, AP'])})"))
    e.append(("u", f"Đăng ngày {c.dt:%d/%m/%Y}"))
    e.append(("rh", "Xem thêm bài báo in cùng số"))
    e += c.related_entries(rng, c.rel(3), "dash")
    return e


def L09_map(c):
    """Bản Tin Địa Cầu: locator map with caption + 'Bản đồ:'/'Đồ hoạ:' credit line,
    country fact box in one line, byline with slash agency, related teaser inline."""
    rng = c.r("L09")
    e = [("u", "Bản Tin Địa Cầu"), ("widget", "Thế giới / Điểm nóng"), ("u", c.title),
         ("byline", f"{rng.choice(VN_NAMES)} / {rng.choice(['AFP', 'Reuters', 'AP'])}"),
         ("u", f"{c.dt:%d.%m.%Y}, {c.dt:%H:%M} (GMT+7)")]
    paras = c.paras(1, 3)
    ins = {}
    s = spots(rng, paras, 2, first=0)
    if s:
        add(ins, s[0], ("widget", "[Bản đồ]"), ("caption", c.locator(rng)),
            ("credit", rng.choice(["Đồ hoạ: Google Maps", "Bản đồ: OpenStreetMap", "Đồ hoạ: Địa Cầu"])))
    if len(s) > 1:
        add(ins, s[1], *c.fact_box(rng, 1))
    e += weave(paras, ins)
    e.append(("widget", share_row(rng)))
    e.append(("rh", "Đọc tiếp"))
    e += c.related_entries(rng, c.rel(3), "teaser_inline")
    return e


def L10_aggregator(c):
    """Tổng Hợp 24h aggregator: source chip at top, 'Nguồn:' credit + original link
    widget at end, related joined on one line with ' | '."""
    rng = c.r("L10")
    src = rng.choice(FOREIGN_OUTLETS)
    e = [("u", "Tổng Hợp 24h"), ("widget", "Mới nhất | Nóng | Thế giới | Xã hội | Kinh tế"),
         ("u", c.title), ("widget", f"{src} · {rng.randint(1, 11)} giờ trước"),
         ("u", f"{c.dt:%d/%m/%Y %H:%M}")]
    paras = c.paras(1, 2)
    ins = {}
    s = spots(rng, paras, 1)
    if s:
        add(ins, s[0], ("caption", f"{c.caption(rng)} - Ảnh: {rng.choice(PHOTO_CREDITS)}"))
    e += weave(paras, ins)
    e.append(("credit", f"Nguồn: {src}"))
    e.append(("widget", "Xem bài gốc"))
    items = c.rel(3)
    if items:
        e.append(("related", " | ".join(h for h, _ in items)))
    e.append(("widget", "Tải ứng dụng Tổng Hợp 24h để đọc tin nhanh hơn"))
    return e


def L11_gallery(c):
    """Ống Kính Quốc Tế photo desk: gallery counters '1/6', captions followed by credit
    lines, byline 'Ảnh: Reuters | Bài: X' split lines, related headlines plain."""
    rng = c.r("L11")
    total = rng.randint(5, 9)
    e = [("u", "Ống Kính Quốc Tế"), ("widget", "Ảnh | Thế giới qua ống kính"), ("u", c.title),
         ("u", f"{wd(c.dt)} {c.dt:%d/%m/%Y}")]
    paras = c.paras(1, 2)
    e.append(("widget", f"1/{total}"))
    e.append(("caption", c.caption(rng)))
    e.append(("credit", f"Ảnh: {rng.choice(PHOTO_CREDITS)}"))
    ins = {}
    for n, j in enumerate(spots(rng, paras, 3), 2):
        add(ins, j, ("widget", f"{n}/{total}"), ("caption", c.caption(rng)),
            ("credit", f"Ảnh: {rng.choice(PHOTO_CREDITS)}"))
    e += weave(paras, ins)
    e.append(("byline", f"Bài: {rng.choice(VN_NAMES)}"))
    e.append(("credit", f"Ảnh: {rng.choice(['Reuters', 'AFP', 'AP', 'Getty Images'])}"))
    e.append(("rh", "Bộ ảnh khác"))
    e += c.related_entries(rng, c.rel(4), "plain")
    return e


def L12_radio(c):
    """Đài Tiếng Nói Miền Trung: audio player widgets, 'Biên tập:'/'Đọc:' bylines,
    'Theo X' signature, related with '+' bullets, footer address."""
    rng = c.r("L12")
    e = [("u", "Đài Tiếng Nói Miền Trung"), ("widget", "Thời sự | Quốc tế | Podcast | Nghe đài trực tuyến"),
         ("u", c.title), ("u", f"{c.dt:%H:%M} | {c.dt:%d/%m/%Y}"),
         ("widget", "🔊 Nghe bài viết"), ("widget", f"00:00 / 0{rng.randint(2, 6)}:{rng.randint(10, 59)}")]
    paras = c.paras(1, 3)
    ins = {}
    s = spots(rng, paras, 1)
    if s:
        add(ins, s[0], ("caption", f"{c.caption(rng)} (Ảnh minh hoạ: {rng.choice(PHOTO_CREDITS)})"))
    e += weave(paras, ins)
    e.append(("byline", f"{rng.choice(VN_NAMES)}/Theo {rng.choice(FOREIGN_OUTLETS)}"))
    e.append(("byline", f"Biên tập: {rng.choice(VN_NAMES)} | Đọc: {rng.choice(VN_NAMES)}"))
    e.append(("rh", "Tin quốc tế khác"))
    for h, _ in c.rel(3):
        e.append(("related", f"+ {h}"))
    e.append(("widget", "Địa chỉ: 58 đường Trần Phú, TP Đông Hà. Điện thoại: 0233 3 852 614"))
    return e


def L13_portal(c):
    """Cổng Thông Tin Bốn Phương (older portal): header date widget, ad slots,
    byline at end in parentheses, comments with names and times, footer."""
    rng = c.r("L13")
    e = [("widget", f"Hôm nay, {wd(c.dt)} ngày {c.dt.day}/{c.dt.month}/{c.dt.year}"),
         ("u", "Cổng Thông Tin Bốn Phương"), ("widget", "Đăng nhập | Đăng ký"),
         ("widget", "Quảng cáo"), ("widget", "TIN THẾ GIỚI"), ("u", c.title),
         ("u", f"Ngày đăng: {c.dt:%d/%m/%Y} - {c.dt:%I:%M} {'AM' if c.dt.hour < 12 else 'PM'}")]
    paras = c.paras(1, 3)
    ins = {}
    s = spots(rng, paras, 2)
    if s:
        add(ins, s[0], ("caption", c.caption(rng)), ("credit", f"(Ảnh: {rng.choice(PHOTO_CREDITS)})"))
    if len(s) > 1:
        add(ins, s[1], ("widget", "Quảng cáo"), ("widget", "Vay tiêu dùng lãi suất 0% - Đăng ký ngay"))
    e += weave(paras, ins)
    e.append(("byline", f"({rng.choice(VN_NAMES)} - Theo {rng.choice(AGENCIES)})"))
    e.append(("widget", f"Bình luận ({rng.randint(1, 5)})"))
    for i in range(rng.randint(1, 3)):
        e.append(("widget", f"{rng.choice(COMMENTERS)} - {rng.randint(1, 23)} giờ trước"))
        e.append(("widget", rng.choice(COMMENTS)))
    e.append(("rh", "Các tin khác"))
    e += c.related_entries(rng, c.rel(4), "dated")
    e.append(("widget", "Lên đầu trang"))
    return e


def L14_bilingual(c):
    """Việt Ngoại Vụ Daily: 'English' switch, foreign names with original spellings in
    captions, translated quote boxes with 'Nguyên văn', byline 'Dịch: X | Theo Y'."""
    rng = c.r("L14")
    e = [("u", "VIỆT NGOẠI VỤ DAILY"), ("widget", "Tiếng Việt | English"), ("widget", "World / Thế giới"),
         ("u", c.title), ("u", f"{c.dt:%H:%M} {c.dt:%d/%m/%Y} (GMT+7)")]
    paras = c.paras(1, 3)
    ins = {}
    s = spots(rng, paras, 3)
    if s:
        nm, orig, role = rng.choice(FOREIGN_PEOPLE)
        add(ins, s[0], ("caption", f"{role} {nm} ({orig}). Ảnh: {rng.choice(PHOTO_CREDITS)}"))
    if len(s) > 1:
        add(ins, s[1], *c.pull_quote(rng, 2))
    if len(s) > 2:
        add(ins, s[2], ("caption", f"{c.caption(rng)} Photo: {rng.choice(['Reuters', 'AP', 'AFP'])}"))
    e += weave(paras, ins)
    e.append(("byline", f"Dịch: {rng.choice(VN_NAMES)} | Theo {rng.choice(FOREIGN_OUTLETS)}"))
    e.append(("widget", "Read in English"))
    e.append(("rh", "Related / Tin liên quan"))
    e += c.related_entries(rng, c.rel(3), "bullet")
    return e


def L15_analysis(c):
    """Diễn Đàn Chiến Lược: expert byline with affiliation at top, pull quote, disclaimer
    at end, 'Cùng tác giả' related list."""
    rng = c.r("L15")
    author = rng.choice(["TS. Trần Văn Hiển", "ThS. Nguyễn Thu Hằng", "PGS.TS Lê Đình Phong",
                         "Đại sứ Phạm Quang Nghĩa", "TS. Vũ Minh Đức"])
    e = [("u", "Diễn Đàn Chiến Lược"), ("widget", "Bình luận quốc tế"), ("u", c.title),
         ("byline", author), ("byline", rng.choice(["Viện Nghiên cứu Châu Á - Thái Bình Dương",
                                                    "Học viện Quan hệ Quốc tế Phương Nam",
                                                    "Trung tâm Nghiên cứu Chiến lược Biển Đông Á"])),
         ("u", f"{wd(c.dt)}, {c.dt.day:02d}/{c.dt.month:02d}/{c.dt.year}")]
    paras = c.paras(2, 4)
    ins = {}
    s = spots(rng, paras, 1)
    if s:
        add(ins, s[0], *c.pull_quote(rng, 0))
    e += weave(paras, ins)
    e.append(("widget", "(*) Bài viết thể hiện quan điểm riêng của tác giả, không nhất thiết phản ánh quan điểm của toà soạn."))
    e.append(("rh", "Cùng tác giả"))
    e += c.related_entries(rng, c.rel(3), "plain")
    e.append(("widget", "Gửi ý kiến của bạn"))
    return e


def L16_mekong(c):
    """Mê Kông Nhật Báo - Đông Nam Á desk: breadcrumb, date+time line, sapo is body,
    caption '(Nguồn: X)', headline + teaser related, tags with #."""
    rng = c.r("L16")
    e = [("u", "Mê Kông Nhật Báo"), ("widget", "Trang chủ / Thế giới / Đông Nam Á"),
         ("u", c.title), ("u", f"{c.dt:%d/%m/%Y} lúc {c.dt:%H:%M}"), ("widget", share_row(rng))]
    paras = c.paras(1, 3)
    ins = {}
    s = spots(rng, paras, 2)
    if s:
        add(ins, s[0], ("caption", f"{c.caption(rng)} (Nguồn: {rng.choice(['Bernama', 'ANTARA', 'Reuters', 'AFP'])})"))
    if len(s) > 1:
        add(ins, s[1], *c.fact_box(rng, 2))
    e += weave(paras, ins)
    e.append(("byline", f"{rng.choice(VN_NAMES)} (tổng hợp)"))
    e.append(("widget", " ".join("#" + t.replace(" ", "") for t in rng.sample(TAGS, 3))))
    e.append(("rh", "Đọc thêm"))
    e += c.related_entries(rng, c.rel(3), "teaser")
    return e


def L17_digest(c):
    """Thế Giới 24 Giờ digest: 'Điểm tin thế giới' list of headlines above the story,
    time-zone clock widget, byline 'Theo AP' mid-right, trending numbered list."""
    rng = c.r("L17")
    cities = rng.sample(CITIES, 3)
    clock = " · ".join(f"{cn} {(c.dt + timedelta(hours=o)):%H:%M}" for cn, o in cities)
    e = [("u", "Thế Giới 24 Giờ"), ("widget", f"Hà Nội {c.dt:%H:%M} · {clock}"),
         ("rh", "ĐIỂM TIN THẾ GIỚI SÁNG NAY")]
    e += c.related_entries(rng, c.rel(3), "dash")
    e += [("u", c.title), ("u", f"{c.dt:%d/%m/%Y}"), ("byline", f"Theo {rng.choice(['AP', 'AFP', 'Reuters', 'Xinhua'])}")]
    paras = c.paras(1, 2)
    ins = {}
    s = spots(rng, paras, 1)
    if s:
        add(ins, s[0], ("caption", f"{c.caption(rng)} Ảnh: {rng.choice(PHOTO_CREDITS)}"))
    e += weave(paras, ins)
    e.append(("rh", "ĐỌC NHIỀU NHẤT"))
    e += c.related_entries(rng, c.rel(3), "num")
    e.append(("widget", "Đăng ký nhận bản tin Thế Giới 24 Giờ qua email"))
    return e


def L18_crisis(c):
    """Báo Thời Cuộc - Toàn cảnh: crisis banner, update stamp with Hà Nội time,
    timeline box after story, video embed from a foreign channel, byline at end."""
    rng = c.r("L18")
    ch = rng.choice(VIDEO_CHANNELS)
    e = [("u", "Báo Thời Cuộc"), ("widget", "TOÀN CẢNH KHỦNG HOẢNG"), ("u", c.title),
         ("u", f"{c.dt:%d/%m/%Y %H:%M}"),
         ("widget", f"Cập nhật lúc {(c.dt + timedelta(hours=2)):%H:%M} (giờ Hà Nội)")]
    paras = c.paras(1, 3)
    ins = {}
    s = spots(rng, paras, 2)
    if s:
        add(ins, s[0], ("widget", "Xem video"), ("caption", f"{c.caption(rng)} (Video: {ch})"))
    if len(s) > 1:
        add(ins, s[1], ("caption", f"{c.caption(rng)} Ảnh: {rng.choice(PHOTO_CREDITS)}"))
    e += weave(paras, ins)
    e.append(("byline", f"{rng.choice(VN_NAMES)} - {rng.choice(VN_NAMES)}"))
    e += c.timeline(rng, "Diễn biến cuộc khủng hoảng", rng.randint(3, 5))
    e.append(("rh", "Tin liên quan"))
    e += c.related_entries(rng, c.rel(3), "dated_front")
    return e


def L19_songlam(c):
    """Báo Sông Lam international page: site name caps, 'QUỐC TẾ' label, compiler
    byline '(tổng hợp)', caption with credit line, reactions, comments."""
    rng = c.r("L19")
    e = [("u", "BÁO SÔNG LAM ĐIỆN TỬ"), ("widget", "Chính trị | Kinh tế | Xã hội | Quốc tế | Thể thao | Văn hoá"),
         ("widget", "QUỐC TẾ"), ("u", c.title),
         ("u", f"{c.dt:%d/%m/%Y} {c.dt:%H:%M}"), ("widget", "A- A+ In bài")]
    paras = c.paras(1, 2)
    ins = {}
    s = spots(rng, paras, 2)
    for j in s:
        add(ins, j, ("caption", c.caption(rng)), ("credit", f"Ảnh: {rng.choice(PHOTO_CREDITS)}"))
    e += weave(paras, ins)
    e.append(("byline", f"{rng.choice(VN_NAMES)} (tổng hợp)"))
    e.append(("widget", f"Thích {rng.randint(0, 90)} · Phẫn nộ {rng.randint(0, 20)} · Buồn {rng.randint(0, 30)}"))
    e.append(("widget", "Ý kiến bạn đọc"))
    e.append(("widget", f"{rng.choice(COMMENTERS)}: {rng.choice(COMMENTS)}"))
    e.append(("rh", "Tin khác"))
    e += c.related_entries(rng, c.rel(4), "dash")
    e.append(("widget", "Cơ quan chủ quản: Tỉnh Sông Lam (hư cấu). Tổng biên tập: Hồ Văn Lực."))
    return e


LAYOUTS = [L00_hoancau, L01_diemtin, L02_namchau, L03_live, L04_longform, L05_video, L06_amp,
           L07_dongphuong, L08_print, L09_map, L10_aggregator, L11_gallery, L12_radio, L13_portal,
           L14_bilingual, L15_analysis, L16_mekong, L17_digest, L18_crisis, L19_songlam]


# --------------------------------------------------------------------------
# faults
# --------------------------------------------------------------------------
def _nbsp(s, rng):
    idx = [i for i, ch in enumerate(s) if ch == " "]
    if not idx:
        return s
    pick = set(rng.sample(idx, max(1, len(idx) // 5)))
    return "".join("\u00a0" if i in pick else ch for i, ch in enumerate(s))


def _zwsp(s, rng):
    words = s.split(" ")
    cand = [i for i, w in enumerate(words) if len(w) >= 4 and w.isalpha()]
    if not cand:
        return s
    i = rng.choice(cand)
    w = words[i]
    p = rng.randrange(1, len(w))
    words[i] = w[:p] + "\u200b" + w[p:]
    return " ".join(words)


def _dbl(s, rng):
    idx = [i for i, ch in enumerate(s) if ch == " "]
    if not idx:
        return s
    i = rng.choice(idx)
    return s[:i] + "  " + s[i + 1:]


def apply_faults(entries, row):
    rng = R(row, "faults")
    if rng.random() >= 0.34:
        return entries, []
    kinds = rng.sample(["nbsp", "zwsp", "double", "glue", "nfd"], rng.choice([1, 1, 2]))
    for f in kinds:
        new = []
        if f == "glue":
            done = sum(len(v) for t, v in entries if t == "b") < 4
            for tag, val in entries:
                if tag == "b" and not done:
                    for j in range(len(val) - 1):
                        if val[j].endswith(".") and not val[j].endswith(".."):
                            val = val[:j] + [val[j] + val[j + 1]] + val[j + 2:]
                            done = True
                            break
                new.append((tag, val))
            if not done:
                kinds = [k for k in kinds if k != "glue"]
            entries = new
            continue
        bodies = [n for n, (tag, _) in enumerate(entries) if tag == "b"]
        forced = rng.choice(bodies) if bodies else -1
        for n, (tag, val) in enumerate(entries):
            hit = rng.random() < 0.35 or n == forced
            if f == "nfd":
                val = [unicodedata.normalize("NFD", x) for x in val] if tag == "b" else unicodedata.normalize("NFD", val)
            elif hit and tag == "b":
                j = rng.randrange(len(val))
                fn = {"nbsp": _nbsp, "zwsp": _zwsp, "double": _dbl}[f]
                val = val[:j] + [fn(val[j], rng)] + val[j + 1:]
            elif hit and tag != "u":
                fn = {"nbsp": _nbsp, "zwsp": _zwsp, "double": _dbl}[f]
                val = fn(val, rng)
            new.append((tag, val))
        entries = new
    return entries, kinds


# --------------------------------------------------------------------------
# assembly and contract check
# --------------------------------------------------------------------------
def check(page, title):
    lines = page.text.split("\n")
    if not page.text or any(not ln or ln != ln.strip() for ln in lines):
        raise ValueError("blank or unstripped line")
    for k, ln in page.furniture:
        if k not in KINDS:
            raise ValueError(f"bad kind {k}")
    if len(page.body) < 3:
        raise ValueError("fewer than 3 body items")
    bi = fi = 0
    unl = []
    for ln in lines:
        if fi < len(page.furniture) and page.furniture[fi][1] == ln:
            fi += 1
            continue
        for n in range(1, 5):
            if bi + n <= len(page.body) and " ".join(page.body[bi:bi + n]) == ln:
                bi += n
                break
        else:
            unl.append(ln)
    if bi != len(page.body) or fi != len(page.furniture):
        raise ValueError("walk did not use up body/furniture")
    if len(unl) > 3 or len({norm(u) for u in unl}) != len(unl):
        raise ValueError(f"unlabelled lines: {unl}")
    if norm(title) not in {norm(u) for u in unl}:
        raise ValueError("title not among unlabelled lines")
    for b in page.body:
        if b not in page.text:
            raise ValueError("body item not in text")
    bn = set()
    for b in page.body:
        bn.add(norm(b))
    tn = norm(title)
    for k, ln in page.furniture:
        if norm(ln) in bn:
            raise ValueError(f"furniture equals a body sentence: {ln}")
        if k == "related" and norm(ln) == tn:
            raise ValueError("related equals title")
    for u in unl:
        if norm(u) in bn:
            raise ValueError("unlabelled equals a body sentence")


def build(row, k, title_raw, article, related):
    title = detok(title_raw)
    sents = story_sentences(title, article)
    if len(sents) < 3:
        return None
    c = Ctx(row, k, title, sents, related)
    lay = LAYOUTS[k % len(LAYOUTS)]
    entries = lay(c)
    entries = [(t, v) for t, v in entries if t == "b" and v or t != "b" and v.strip()]
    # a heading of a related block is kept (as widget) only when items follow it
    entries = [("widget", v) if t == "rh" else (t, v)
               for n, (t, v) in enumerate(entries)
               if t != "rh" or n + 1 < len(entries) and entries[n + 1][0] == "related"]
    entries, faults = apply_faults(entries, row)
    lines, body, fur = [], [], []
    for tag, val in entries:
        if tag == "b":
            lines.append(" ".join(val))
            body.extend(val)
        else:
            lines.append(val)
            if tag != "u":
                fur.append((tag, val))
    page = Page("\n".join(lines), body, fur, lay.__name__)
    ftitle = unicodedata.normalize("NFD", title) if "nfd" in faults else title
    check(page, ftitle)
    return page, faults


def _build_all(path):
    path = Path(path)
    body_rows, rel_rows = read_rows(path)
    related = []
    for i in sorted(rel_rows):
        t, a = rel_rows[i]
        h = detok(t)
        if h:
            related.append((h, teaser_of(a)))
    out = []
    k = 0
    for row in sorted(body_rows):
        t, a = body_rows[row]
        res = build(row, k, t, a, related)
        k += 1
        if res is not None:
            out.append(res)
    return out


def pages(path):
    return [p for p, _ in _build_all(path)]


def main(argv):
    path = argv[1] if len(argv) > 1 else "/work/shared/data/vietnews_train.jsonl.gz"
    res = _build_all(path)
    rows = {}
    for p, faults in res:
        d = rows.setdefault(p.layout, Counter())
        d["pages"] += 1
        d["body"] += len(p.body)
        for kk, _ in p.furniture:
            d[kk] += 1
        d["faults"] += 1 if faults else 0
    cols = ["pages", "body", "byline", "credit", "caption", "related", "widget", "faults"]
    print(f"{'layout':<18}" + "".join(f"{c:>9}" for c in cols))
    tot = Counter()
    for lay in LAYOUTS:
        d = rows.get(lay.__name__, Counter())
        tot.update(d)
        print(f"{lay.__name__:<18}" + "".join(f"{d[c]:>9}" for c in cols))
    print(f"{'TOTAL':<18}" + "".join(f"{tot[c]:>9}" for c in cols))


if __name__ == "__main__":
    main(sys.argv)
