#!/usr/bin/env python3
"""test119 -- held-out pages for a cleaner of scraped Vietnamese news pages.

Theme: video and podcast pages of invented news outlets; the story is printed
under a player.  Standard library only.

    python3 make.py /work/shared/data/vietnews_train.jsonl.gz
"""
import datetime
import gzip
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path
from typing import NamedTuple
import random

SETNAME = "test119"
SEED = 11903
BODY_ROWS = range(9_000, 9_100)
RELATED_ROWS = range(12_100, 12_200)
KINDS = ("byline", "credit", "caption", "related", "widget")


class Page(NamedTuple):
    text: str
    body: list
    furniture: list
    layout: str


def rng(row, purpose):
    return random.Random(f"{SETNAME}|{SEED}|{row}|{purpose}")


# ---------------------------------------------------------------- reading
def _usable(raw):
    raw = raw.strip()
    if not raw:
        return None
    try:
        obj = json.loads(raw)
    except Exception:
        return None
    if not isinstance(obj, dict):
        return None
    t, a = obj.get("title"), obj.get("article")
    if not isinstance(t, str) or not isinstance(a, str):
        return None
    if not t.strip() or not a.strip():
        return None
    return t, a


def read_rows(path):
    body, related = [], []
    last = max(BODY_ROWS.stop, RELATED_ROWS.stop) - 1
    with gzip.open(str(path), "rb") as fh:
        for i, raw in enumerate(fh):
            if i in BODY_ROWS:
                got = _usable(raw)
                if got:
                    body.append((i, got[0], got[1]))
            elif i in RELATED_ROWS:
                got = _usable(raw)
                if got:
                    related.append((i, got[0], got[1][:1200]))
            if i >= last:
                break
    return body, related


# ---------------------------------------------------------------- story text
def detok(s):
    s = s.replace("_", " ")
    s = re.sub(r"\s+", " ", s).strip()
    s = re.sub(r'"\s*([^"]*?)\s*"', r'"\1"', s)
    s = re.sub(r"(^|\s)'\s+([^'\n]*?)\s+'(?=[\s,.;:!?]|$)", r"\1'\2'", s)
    s = re.sub(r"“\s+", "“", s)
    s = re.sub(r"\s+”", "”", s)
    s = re.sub(r"([(\[])\s+", r"\1", s)
    s = re.sub(r"\s+([)\]])", r"\1", s)
    s = re.sub(r"\s+([,.;:!?%…])", r"\1", s)
    s = re.sub(r"(\S)\s+/\s+(\S)", r"\1/\2", s)
    s = re.sub(r"\s+", " ", s).strip()
    return s


ABBR = {"TP", "Tp", "TS", "GS", "PGS", "ThS", "BS", "Q", "P", "TT", "KS", "Th",
        "NSƯT", "NSND", "Mr", "Mrs", "Ms", "Dr", "St", "No", "Co", "Corp", "Inc",
        "Ltd", "Jr", "Sr", "vs", "Vs", "CN", "Ts", "Gs", "Bs", "Ths", "Pgs",
        "NXB", "Nxb", "TX", "Tr", "H", "Đ", "Sgt", "Gen", "Lt", "Col", "Capt"}
ENDS = ".!?…"


def _is_abbrev(t, start, i):
    j = i
    while j > start and not t[j - 1].isspace():
        j -= 1
    word = t[j:i].lstrip("\"“(['‘")
    if not word:
        return False
    if word in ABBR:
        return True
    if len(word) == 1 and word.isalpha():
        return True
    if "." in word:
        return True
    return False


def split_sents(t):
    out, start, i, n = [], 0, 0, len(t)
    while i < n:
        c = t[i]
        if c in ENDS:
            j = i + 1
            while j < n and t[j] in ENDS:
                j += 1
            while j < n and t[j] in "\"”’)":
                j += 1
            if j < n and t[j] == " ":
                k = j + 1
                m = k
                while m < n and t[m] in "\"“‘(":
                    m += 1
                if m < n and (t[m].isupper() or t[m].isdigit()):
                    if not (c == "." and j == i + 1 and _is_abbrev(t, start, i)):
                        out.append(t[start:j].strip())
                        start = k
                        i = k
                        continue
            i = j
            continue
        i += 1
    tail = t[start:].strip()
    if tail:
        out.append(tail)
    return out


CAPTION_MARKS = ["ảnh:", "(ảnh", "ảnh minh", "minh hoạ", "minh họa", "(trái)", "(phải)",
                 "(giữa)", "nguồn:", "đồ hoạ", "đồ họa", "video:", "clip:", "ảnh chụp",
                 "infographic", "xem thêm", "xem video", "photo", "ảnh internet",
                 "ảnh cắt", "trong ảnh", "từ trái sang", "click", "bấm vào", "tại đây",
                 ">>", "<<", "http", "www.", ".com", ".vn", "@", "ảnh: ", "(video",
                 "(clip", "|", "•", "»", "«", "►", "▶", "(theo ", "ảnh do", "ảnh nhân vật",
                 "nvcc", "(ttxvn)", "(vtv", "bài và ảnh", "bài, ảnh", "đọc thêm",
                 "tin liên quan", "(*)", "(nguồn"]
REPORT = re.compile(
    r"\b(nói|cho biết|cho hay|khẳng định|nhấn mạnh|chia sẻ|tuyên bố|cho rằng|"
    r"đưa tin|trả lời|thừa nhận|giải thích|tiết lộ|bày tỏ|xác nhận|nhận định|"
    r"kể lại|dẫn lời|cảnh báo|nêu rõ|nhận xét|khai nhận|lý giải|"
    r"bác bỏ|phủ nhận|kêu gọi|khuyến cáo|thuật lại|tâm sự|"
    r"công bố|thổ lộ|quả quyết|lưu ý|trích lời)\b")
ATTR = re.compile(r"[\"”],\s+(ông|bà|anh|chị|người|giới|vị|nhà|cô|cậu|em|lãnh đạo|đại diện)\b")
CONNECTIVES = ("Tuy nhiên", "Trong khi đó", "Ngoài ra", "Bên cạnh đó", "Do đó", "Vì vậy",
               "Vì thế", "Theo đó", "Sau đó", "Trước đó", "Đồng thời", "Như vậy", "Cũng theo",
               "Mặc dù", "Tuy vậy", "Thế nhưng", "Nhưng", "Song", "Trong đó", "Đặc biệt",
               "Thậm chí", "Cụ thể", "Ngay sau đó", "Cùng với đó", "Hơn nữa", "Mặt khác",
               "Tương tự", "Từ đó", "Do vậy", "Bởi vậy", "Ngược lại", "Không những",
               "Không chỉ", "Điều này", "Trước đây", "Hiện nay", "Hiện tại", "Riêng",
               "Đáng chú ý", "Sau khi", "Khi", "Nếu", "Dù", "Vì", "Bởi", "Còn", "Theo",
               "Trước khi", "Trong khi", "Tính đến", "Kết quả", "Cũng trong", "Ngay khi")
STARTERS = {"Liệu", "Tuy", "Theo", "Trong", "Ngoài", "Hiện", "Đây", "Nhưng", "Những", "Các",
            "Một", "Ông", "Bà", "Chị", "Tại", "Vì", "Do", "Sau", "Khi", "Hình", "Ảnh", "Clip",
            "Video", "Người", "Cảnh"}
THEO_TAIL = re.compile(r"\bTheo\s+[A-ZĐ0-9]\S*(\s+\S+){0,4}\)?[.!?]?$")


def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = re.sub("[\u200b\u200c\u200d\u2060\ufeff]", "", s)
    s = re.sub(r"\s+", "", s)
    return s.casefold()


def keep_sentence(s, title_n):
    low = s.lower()
    if any(m in low for m in CAPTION_MARKS):
        return False
    if s.count('"') % 2 or s.count("“") != s.count("”") or s.count("(") != s.count(")") \
            or s.count("[") != s.count("]"):
        return False
    if not s.rstrip("\"”’)").endswith(tuple(ENDS)):
        return False
    words = s.split()
    if ":" in " ".join(words[:6]):
        return False
    if THEO_TAIL.search(s) and not s.startswith("Theo"):
        return False
    first = s.lstrip("\"“‘(")
    if not first or not (first[0].isupper() or first[0].isdigit()):
        return False
    if len(words) < 8 or len(words) > 110:
        return False
    if norm(s) == title_n:
        return False
    for a, b in zip(words, words[1:]):
        if b in STARTERS and a[-1] not in ",.;:!?\"”)–-":
            return False
    n = len(words)
    if n <= 22 or (n <= 30 and "," not in s):
        if not (REPORT.search(s) or ATTR.search(s) or first.startswith(CONNECTIVES)):
            return False
    return True


def story_sentences(title, article):
    title_n = norm(title)
    seen, out = set(), []
    for s in split_sents(detok(article)):
        if not keep_sentence(s, title_n):
            continue
        k = norm(s)
        if k in seen:
            continue
        seen.add(k)
        out.append(s)
    return out


def group(sents, r, lo, hi):
    paras, i = [], 0
    while i < len(sents):
        n = r.randint(lo, hi)
        paras.append(sents[i:i + n])
        i += n
    return paras


# ---------------------------------------------------------------- invented material
SURN = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
        "Dương", "Lý", "Phan", "Trịnh", "Đinh", "Lương", "Mai", "Tạ", "Khúc", "Quách", "La"]
MIDS = ["Văn", "Thị", "Minh", "Thu", "Hoài", "Quốc", "Ngọc", "Thanh", "Đức", "Hải", "Bảo",
        "Kim", "Phương", "Gia", "Tường", "Khánh", "Diệu", "Trọng"]
GIV = ["An", "Khang", "Trang", "Hà", "Nam", "Linh", "Phúc", "Vy", "Tuấn", "Yến", "Quân",
       "Nhi", "Sơn", "Thảo", "Hưng", "Lam", "Đạt", "Oanh", "Tâm", "Châu", "Vĩnh", "Huyền",
       "Kiên", "Loan", "Duy", "Hạnh", "Toàn", "Uyên"]
SECTIONS = [("Thế giới", ["Trung Quốc", "Mỹ", "Nga", "Nhật Bản", "Triều Tiên", "Tổng thống",
                          "Liên Hợp Quốc", "châu Âu", "Anh", "Pháp"]),
            ("Thể thao", ["bóng đá", "trận", "HLV", "CLB", "cầu thủ", "giải đấu", "V-League",
                          "World Cup", "vô địch"]),
            ("Pháp luật", ["công an", "cướp", "bị can", "khởi tố", "tòa", "toà", "xét xử", "tạm giữ",
                           "điều tra", "án"]),
            ("Sức khoẻ", ["bệnh", "bác sĩ", "bệnh viện", "điều trị", "sức khỏe", "sức khoẻ"]),
            ("Giáo dục", ["học sinh", "sinh viên", "trường", "giáo viên", "kỳ thi", "đại học"]),
            ("Kinh tế", ["tỷ đồng", "doanh nghiệp", "thị trường", "giá", "ngân hàng", "xuất khẩu"]),
            ("Giải trí", ["ca sĩ", "phim", "diễn viên", "nghệ sĩ", "showbiz", "hoa hậu"])]
WD = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def section_of(title, sents):
    txt = title + " " + " ".join(sents[:4])
    best, score = "Thời sự", 0
    for name, keys in SECTIONS:
        sc = sum(txt.count(k) for k in keys)
        if sc > score:
            best, score = name, sc
    return best


PERSON_MARK = {"ông", "bà", "anh", "chị", "thống", "tướng", "tịch", "trưởng", "sĩ",
               "viên", "đốc", "tá", "tướng"}
PLACE_MARK = {"tại", "ở"}
COUNTRY = ["Trung Quốc", "Hàn Quốc", "Nhật Bản", "Triều Tiên", "Mỹ", "Nga", "Anh", "Pháp",
           "Đức", "Iran", "Ấn Độ", "Việt Nam", "Israel", "Thái Lan"]


def entity_of(sents, marks):
    cnt = Counter()
    skip = {"Ông", "Bà", "Anh", "Chị", "Theo", "Tại", "Trong", "Khi", "Sau", "Ngày", "Tháng",
            "Năm", "Các", "Những", "Một", "Người", "Đây", "Đó", "Với", "Từ", "Nhưng", "Cô"}
    for s in sents:
        toks = s.split()
        i = 1
        while i < len(toks):
            if toks[i - 1] not in marks:
                i += 1
                continue
            run = []
            j = i
            while j < len(toks):
                core = toks[j].strip(",.;:!?\"“”()'")
                if not (core and core[0].isupper() and core.isalpha()):
                    break
                run.append(core)
                if toks[j] != core:
                    break
                j += 1
            nxt = toks[j + 1] if j + 1 < len(toks) and (not run or toks[j - 1 if j == len(toks) else j] == run[-1]) else ""
            text = " ".join(run)
            for cty in COUNTRY:
                if text.startswith(cty + " ") and len(run) > len(cty.split()) + 1:
                    text = text[len(cty) + 1:]
            words = text.split()
            while words and words[0] in skip:
                words.pop(0)
            if 2 <= len(words) <= 4 or (len(words) == 1 and marks is PLACE_MARK and len(words[0]) > 3):
                cnt[" ".join(words)] += 1
            i = max(j, i + 1)
    if not cnt:
        return None
    return cnt.most_common(1)[0][0]


class Ctx:
    def __init__(self, row, k, title, sents, related):
        self.row, self.k, self.title, self.sents = row, k, title, sents
        self.r = rng(row, "layout")
        self._nr = rng(row, "names")
        d = rng(row, "date")
        self.date = datetime.datetime(d.randint(2016, 2019), d.randint(1, 12), d.randint(1, 28),
                                      d.randint(5, 22), d.randint(0, 59))
        self.section = section_of(title, sents)
        self.entity = entity_of(sents, PERSON_MARK)
        self.place = entity_of(sents, PLACE_MARK)
        pool = list(related)
        rng(row, "related").shuffle(pool)
        bad = {norm(title)} | {norm(s) for s in sents}
        self.pool = [p for p in pool if norm(detok(p[1])) not in bad]
        self.used = set()

    def name(self, two=False):
        r = self._nr
        if two or r.random() < 0.55:
            return f"{r.choice(MIDS[2:])} {r.choice(GIV)}"
        return f"{r.choice(SURN)} {r.choice(MIDS)} {r.choice(GIV)}"

    def rel(self, n):
        out = []
        while self.pool and len(out) < n:
            out.append(self.pool.pop())
        return out

    def dur(self, lo=40, hi=900):
        s = self.r.randint(lo, hi)
        return f"{s // 60:02d}:{s % 60:02d}"

    def views(self, lo=300, hi=250000):
        return f"{self.r.randint(lo, hi):,}".replace(",", ".")

    def d(self, fmt, dt=None):
        dt = dt or self.date
        return fmt.format(wd=WD[dt.weekday()], d=dt.day, m=dt.month, y=dt.year,
                          H=dt.hour, M=dt.minute, dd=f"{dt.day:02d}", mm=f"{dt.month:02d}",
                          HH=f"{dt.hour:02d}", MM=f"{dt.minute:02d}", yy=f"{dt.year % 100:02d}")

    def earlier(self, days_lo=1, days_hi=40):
        dt = self.date - datetime.timedelta(days=self.r.randint(days_lo, days_hi),
                                            minutes=self.r.randint(0, 900))
        return max(dt, datetime.datetime(2016, 1, 1, 6, 0))

    def later(self, days_lo=0, days_hi=3):
        dt = self.date + datetime.timedelta(days=self.r.randint(days_lo, days_hi),
                                            minutes=self.r.randint(30, 900))
        return min(dt, datetime.datetime(2019, 12, 31, 23, 0))

    def caption(self, with_entity=True):
        for _ in range(20):
            cap = self._caption(with_entity)
            if cap not in self.used:
                break
        self.used.add(cap)
        return cap

    def _caption(self, with_entity=True):
        r = self.r
        e = self.entity if with_entity else None
        pl = self.place if with_entity else None
        gen = [
            "Hình ảnh cắt từ video do khán giả gửi về chương trình.",
            "Cảnh quay tại hiện trường trong bản tin tối cùng ngày.",
            "Khung hình trích từ phóng sự phát sóng trên kênh.",
            "Toàn cảnh khu vực được ghi lại bằng flycam.",
            "Phóng viên ghi nhận tại hiện trường sáng cùng ngày.",
            "Đoạn clip đang được chia sẻ rộng rãi trên mạng xã hội.",
            "Hình ảnh trong bản tin video của chương trình",
        ]
        if e:
            ents = [
                f"{e} trong đoạn phóng sự phát sóng cùng ngày.",
                f"Hình ảnh {e} trong bản tin video.",
                f"{e} xuất hiện trong clip (ảnh chụp màn hình)",
                f"{e} trong một khung hình được cắt từ video.",
                f"Nhân vật {e} trong phóng sự của kênh.",
            ]
            if r.random() < 0.6:
                return r.choice(ents)
        if pl and r.random() < 0.6:
            return r.choice([f"Khung cảnh tại {pl} trong đoạn video phát sóng cùng ngày.",
                             f"Hình ảnh ghi lại tại {pl} (ảnh cắt từ clip)",
                             f"Cảnh quay tại {pl} do cộng tác viên gửi về."])
        return r.choice(gen)


# ---------------------------------------------------------------- builder
class B:
    def __init__(self):
        self.segs = []

    def u(self, line):
        self.segs.append(("u", line))

    def w(self, *lines):
        for ln in lines:
            self.segs.append(("widget", ln))

    def f(self, kind, line):
        self.segs.append((kind, line))

    def add(self, segs):
        self.segs.extend(segs)


def story(b, c, inserts):
    paras = c.paras
    gaps = list(range(1, len(paras)))
    c.r.shuffle(gaps)
    inserts = [x for x in inserts if x]
    pos = sorted(gaps[:len(inserts)])
    at = {}
    for p, ins in zip(pos, inserts):
        at[p] = ins
    for i, p in enumerate(paras):
        if i in at:
            b.add(at[i])
        b.segs.append(("body", list(p)))


def teaser(art, maxw=32):
    for s in split_sents(detok(art)):
        w = s.split()
        if len(w) >= 12 and ":" not in " ".join(w[:6]):
            if len(w) > maxw:
                return " ".join(w[:maxw - 6]).rstrip(",;:") + "…"
            return s
    w = detok(art).split()
    return " ".join(w[:20]).rstrip(",;:.") + "…"


def rtitle(p):
    return detok(p[1])


# ---------------------------------------------------------------- layouts
def L_songviet(c):
    b = B()
    c.paras = group(c.sents, c.r, 1, 3)
    b.u("SÓNG VIỆT TV")
    b.w("Trang chủ Thời sự Thế giới Kinh tế Video Podcast Đăng nhập")
    b.w(f"Video › {c.section}")
    b.w(c.dur(), "Tự động phát")
    b.u(c.title)
    b.u(c.d("{wd}, {d}/{m}/{y}, {HH}:{MM} (GMT+7)"))
    b.f("caption", c.caption())
    story(b, c, [[("widget", "Quảng cáo")]])
    b.f("byline", c.name())
    b.f("credit", f"Video: {c.name()}")
    b.w("Chia sẻ Facebook Zalo Sao chép link")
    rel = c.rel(5)
    if rel:
        b.w("Xem thêm video")
        for p in rel:
            b.f("related", f"{c.dur()} {rtitle(p)}")
    b.w("© 2016 Sóng Việt TV. Giấy phép số 217/GP-BTTTT.", "Liên hệ quảng cáo: 0912 448 307")
    return b


def L_nhipsong(c):
    b = B()
    c.paras = group(c.sents, c.r, 1, 2)
    ep = c.r.randint(40, 320)
    dur = c.dur(480, 1500)
    b.u("Nhịp Sống 24h")
    b.w("Tin tức Podcast Video Đời sống")
    b.w(f"Podcast · Tập {ep}")
    b.u(c.title)
    b.u(c.d("Phát hành ngày {dd}/{mm}/{y}"))
    b.f("byline", f"Giọng đọc: {c.name()}")
    b.w(f"Thời lượng: {dur}", f"0:00 / {dur}", "1x", f"Tải xuống (MP3, {c.r.randint(6, 24)},{c.r.randint(1, 9)} MB)")
    b.w("Nội dung tập này")
    story(b, c, [[("widget", "Quảng cáo")], [("widget", "Đăng ký nhận podcast mỗi sáng qua email")]])
    b.f("byline", f"Biên tập: {c.name()}")
    rel = c.rel(4)
    if rel:
        b.w("Các tập trước")
        for i, p in enumerate(rel):
            b.f("related", f"Tập {ep - i - 1}: {rtitle(p)}")
    b.w("Nghe trên Spotify · Apple Podcasts · Google Podcasts")
    return b


def L_pntv(c):
    b = B()
    c.paras = group(c.sents, c.r, 2, 4)
    b.u("Truyền hình Phương Nam Online")
    b.w("PNTV1 PNTV2 PNTV Thể thao Lịch phát sóng Xem trực tiếp")
    b.w(c.d("Hôm nay, {wd}, {dd}/{mm}/{y}", c.later(1, 9)))
    b.u(c.title)
    b.u(c.d("{HH}:{MM} {dd}/{mm}/{y}"))
    b.w(f"Bản tin Thời sự {c.r.choice(['12h', '19h', '21h30'])}")
    b.w("Các nội dung chính")
    t = 0
    for lab in ["Mở đầu", "Diễn biến chính", c.entity or "Ý kiến chuyên gia", "Tin vắn"]:
        b.w(f"{t // 60:02d}:{t % 60:02d} {lab}")
        t += c.r.randint(30, 140)
    story(b, c, [[("caption", c.caption()), ("credit", "Ảnh: PNTV")]])
    b.f("byline", f"PV {c.name(True)} - {c.name(True)}")
    b.f("credit", "Video: Đài PNTV")
    rel = c.rel(3)
    if rel:
        b.w("Tin video khác")
        for p in rel:
            b.f("related", f"{rtitle(p)} – {teaser(p[2], 24)}")
    b.w("Bản quyền thuộc Đài Truyền hình Phương Nam. Ghi rõ nguồn khi phát hành lại.")
    return b


def L_9phut(c):
    b = B()
    c.paras = group(c.sents, c.r, 3, 4)
    b.u("Kênh 9 Phút")
    b.w("Mới nhất Nóng Video ngắn Podcast")
    b.w("▶", c.dur(60, 540))
    b.u(c.title)
    b.u(c.d("{HH}:{MM} {dd}/{mm}/{y}"))
    b.w(f"{c.views()} lượt xem • {c.r.randint(2, 90)} bình luận")
    story(b, c, [])
    b.f("byline", c.name().upper())
    b.w(f"#{c.section.title().replace(' ', '')} #Video #9Phút")
    b.w("Thích Bình luận Chia sẻ")
    b.w(f"Bình luận ({c.r.randint(2, 4)})")
    cm = ["Xem mà thấy thương quá.", "Mong cơ quan chức năng sớm vào cuộc.",
          "Tin này cập nhật nhanh thật.", "Kênh làm video ngày càng chất lượng.",
          "Cảm ơn phóng viên đã đưa tin."]
    c.r.shuffle(cm)
    for x in cm[:2]:
        b.w(f"{c.name(True)}: {x}")
    rel = c.rel(3)
    if rel:
        b.w("Video liên quan")
        b.f("related", " / ".join(rtitle(p) for p in rel))
    return b


def L_radiomt(c):
    b = B()
    c.paras = group(c.sents, c.r, 1, 3)
    b.u("ĐÀI TIẾNG NÓI MIỀN TRUNG")
    b.w("Nghe trực tiếp Chương trình Podcast Tin tức")
    b.w("Chương trình: Chuyện thời sự")
    b.u(c.title)
    b.u(c.d("Ngày phát sóng: {dd}/{mm}/{y}"))
    b.w("◀◀ ▶ ▶▶", f"00:00 / {c.dur(300, 1200)}", "Tốc độ: 1x")
    b.f("byline", f"Biên tập: {c.name()}")
    b.w("Lời bình:")
    story(b, c, [[("widget", "Nghe đài trên ứng dụng Radio Miền Trung")]])
    b.f("byline", f"Kỹ thuật viên: {c.name()}")
    rel = c.rel(4)
    if rel:
        b.w("Nghe thêm")
        for p in rel:
            b.f("related", f"• {rtitle(p)} ({c.dur(120, 900)})")
    b.w("Tần số FM 101,7 MHz - AM 612 kHz", "Đường dây nóng: 0236 3 812 449")
    return b


def L_kinhky(c):
    b = B()
    c.paras = group(c.sents, c.r, 2, 3)
    auth = c.name()
    b.w("Đăng nhập | Đăng ký")
    b.u("BáoHình Kinh Kỳ")
    b.w(f"Trang chủ / Video / {c.section}")
    b.u(c.title)
    b.u(c.d("{wd}, {dd}/{mm}/{y} {HH}:{MM}"))
    b.w(c.dur(), "Phụ đề: Tắt", "Chất lượng: 720p")
    rel = c.rel(3)
    ins = []
    if rel:
        ins.append([("related", f"Xem thêm: {rtitle(rel[0])}")])
        ins.append([("caption", c.caption())])
    else:
        ins.append([("caption", c.caption())])
    story(b, c, ins)
    b.f("byline", auth)
    b.f("byline", f"Phóng viên ban Thời sự, {c.r.randint(3, 15)} năm theo dõi mảng {c.section.lower()}.")
    b.w(f"Xem thêm các bài của {auth}")
    if len(rel) > 1:
        b.w("Cùng chuyên mục")
        for p in rel[1:]:
            b.f("related", rtitle(p))
    b.w("Tòa soạn: Số 18 phố Hàng Vải Mới, Hà Nội. Email: toasoan@kinhkytv.vn")
    return b


def L_cuulong(c):
    b = B()
    c.paras = group(c.sents, c.r, 1, 2)
    b.u("CỬU LONG TIN NHANH")
    b.w("Thời sự Miền Tây Kinh tế Video Infographic")
    b.u(c.title)
    b.w("Đang phát")
    b.f("caption", f"{c.caption()} (Ảnh: {c.name(True)})")
    b.f("credit", f"Nguồn: Kênh Cửu Long Tin Nhanh")
    story(b, c, [[("caption", c.caption(False)), ("credit", f"Ảnh: {c.name(True)}")],
                 [("widget", "Tự động phát video tiếp theo")]])
    b.u(c.d("Cập nhật {HH}:{MM} ngày {d}/{m}/{y}"))
    b.f("byline", f"{c.name()} (CLTN)")
    rel = c.rel(4)
    if rel:
        b.w("Tin khác")
        for p in rel:
            dt = c.earlier(0, 6)
            b.f("related", f"({dt.day:02d}/{dt.month:02d}) {rtitle(p)}")
    return b


def L_caphe(c):
    b = B()
    c.paras = group(c.sents, c.r, 2, 4)
    ep = c.r.randint(12, 180)
    h1, h2 = c.name(True), c.name(True)
    b.u("Cà Phê Sáng Podcast")
    b.w("Trang chủ Các tập Về chúng tôi Ủng hộ")
    b.w(f"Tập {ep} · {c.r.randint(12, 48)} phút")
    b.u(c.title)
    b.u(c.d("{d} tháng {m}, {y}"))
    b.f("byline", f"Dẫn chương trình: {h1} & {h2}")
    b.w("Đăng ký theo dõi", "Spotify | Apple Podcasts | YouTube")
    b.w("Bản ghi lời thoại (transcript)")
    story(b, c, [[("widget", "Tập này được thực hiện với sự đồng hành của Trà Sữa Mây")]])
    b.w("Hết phần bản ghi")
    rel = c.rel(3)
    if rel:
        b.w("Tập tiếp theo")
        for i, p in enumerate(rel, 1):
            b.f("related", f"{i}. {rtitle(p)}")
    b.w("Gửi câu hỏi cho chương trình: hopthu@caphesangpod.vn")
    return b


def L_saigonso(c):
    b = B()
    c.paras = group(c.sents, c.r, 1, 4)
    b.u("SÀI GÒN NHỊP SỐ")
    b.w("Tin nóng Trực tiếp Video Podcast Đời sống")
    b.w("TRỰC TIẾP", c.d("Đã phát trực tiếp lúc {HH}:{MM}"), f"{c.views(2000, 80000)} người đã xem")
    b.u(c.title)
    story(b, c, [[("widget", "Nhấn để xem lại toàn bộ buổi phát sóng")]])
    b.u(c.d("{dd}/{mm}/{y} - {HH}:{MM}"))
    b.f("byline", f"{c.name()} - {c.name()}")
    b.w(f"Bình luận trực tiếp ({c.r.randint(10, 400)})", "Đăng nhập để bình luận")
    rel = c.rel(5)
    if rel:
        b.w("Tin mới")
        for p in rel:
            dt = c.later(0, 0)
            b.f("related", f"{dt.hour:02d}:{dt.minute:02d} {rtitle(p)}")
    b.w("Hotline: 028 3866 1290 | Email: tinnong@saigonnhipso.vn")
    return b


def L_tayn(c):
    b = B()
    c.paras = group(c.sents, c.r, 2, 3)
    b.u("VTS Tây Nguyên")
    b.w("Trang chủ | Thời sự | Dân tộc - Miền núi | Video | Phát thanh")
    b.u(c.title)
    b.f("byline", f"Phóng viên: {c.name()} - Quay phim: {c.name()}")
    b.u(c.d("{wd}, {dd}/{mm}/{y} | {HH}:{MM}"))
    b.w(c.dur(), "Tự động phát video tiếp theo sau 5 giây")
    b.f("caption", c.caption())
    story(b, c, [[("widget", "Quảng cáo"), ("widget", "Mời quý vị xem tiếp sau quảng cáo")]])
    b.w("Chia sẻ bài viết")
    rel = c.rel(3)
    if rel:
        b.w("Video khác")
        for p in rel:
            b.f("related", rtitle(p))
            b.f("related", teaser(p[2]))
    b.w("Đài Phát thanh - Truyền hình Tây Nguyên (VTS). Giấy phép 58/GP-TTĐT.")
    return b


def L_360(c):
    b = B()
    c.paras = group(c.sents, c.r, 3, 4)
    b.u("Thời Sự 360")
    b.w(f"{c.section} | Video")
    b.w(f"Thích {c.r.randint(10, 900)}", "Chia sẻ Facebook Zalo Twitter Sao chép liên kết")
    b.u(c.title)
    b.u(c.d("Cập nhật: {HH}:{MM} ngày {dd}/{mm}/{y}"))
    b.w(c.dur())
    b.f("caption", f"{c.caption()} (Video: Thời Sự 360)")
    story(b, c, [[("widget", f"“{c.title}” - xem video đầy đủ bên trên")] if c.r.random() < 0.5 else
                  [("widget", "Tải ứng dụng Thời Sự 360 để xem video nhanh hơn")]])
    b.f("byline", "(Theo Thời Sự 360)")
    rel = c.rel(4)
    if rel:
        b.w("Đọc thêm")
        for p in rel:
            b.f("related", f"- {rtitle(p)}")
    b.w("Đường dây nóng: 0988 203 114", "© Thời Sự 360 - Mọi hình thức sao chép phải được sự đồng ý bằng văn bản.")
    return b


def L_7ngay(c):
    b = B()
    c.paras = group(c.sents, c.r, 1, 3)
    no = c.r.randint(5, 48)
    b.u("7 NGÀY TV")
    b.w(f"Video › {c.section} › Tin tuần")
    b.w(f"Số {no} - Tổng hợp tin tuần")
    b.u(c.title)
    b.u(c.d("{dd}-{mm}-{y}"))
    b.w(c.dur(300, 1100), "Xem toàn màn hình")
    story(b, c, [[("caption", f"{c.caption()} Ảnh: NVCC")],
                 [("widget", "7 Ngày TV - mỗi tuần một bản tin tổng hợp")]])
    b.f("byline", f"Thực hiện: {c.name()}")
    b.w(f"Từ khoá: {c.section.lower()}, video, tin tuần")
    rel = c.rel(4)
    if rel:
        b.w("Các số trước")
        for i, p in enumerate(rel, 1):
            b.f("related", f"Số {no - i}: {rtitle(p)}")
    return b


def L_quehuong(c):
    b = B()
    c.paras = group(c.sents, c.r, 2, 4)
    b.u("Quê Hương TV")
    b.w("Nông nghiệp Nông thôn Thị trường Video Bạn nhà nông")
    b.u(c.title)
    b.u(c.d("{d}/{m}/{y} {HH}:{MM}"))
    b.w(c.dur())
    b.f("caption", c.caption())
    b.f("credit", f"Video: {c.name()}")
    story(b, c, [[("widget", "Xem thêm video")]])
    b.f("byline", c.name().upper())
    rel = c.rel(3)
    if rel:
        b.f("related", "Tin cùng chuyên mục: " + "; ".join(rtitle(p) for p in rel))
    b.w("Quê Hương TV - Kênh video tin tức tổng hợp", "Liên hệ: 024 3771 5520")
    return b


def L_so7plus(c):
    b = B()
    c.paras = group(c.sents, c.r, 1, 2)
    b.u("SỐ 7 PLUS")
    b.w("Tin nóng Thế giới Thể thao Video Highlights Lịch phát sóng")
    b.w("ĐIỂM TIN", c.dur(120, 600))
    b.u(c.title)
    b.w("Xem lại bản tin đầy đủ")
    b.u(c.d("{HH}:{MM} - {dd}/{mm}/{y}"))
    story(b, c, [[("widget", "Bạn thấy video này thế nào?"), ("widget", "Hữu ích"),
                  ("widget", "Bình thường"), ("widget", "Chưa hay"), ("widget", "Bình chọn")]])
    b.f("byline", c.name())
    b.w("Tự động phát: BẬT")
    rel = c.rel(4)
    if rel:
        b.w("Video hay")
        for p in rel:
            b.f("related", rtitle(p))
            b.w(f"{c.views()} lượt xem")
    return b


def L_buoisang(c):
    b = B()
    c.paras = group(c.sents, c.r, 2, 3)
    ep = c.r.randint(200, 700)
    b.u("Bản Tin Buổi Sáng Podcast")
    b.w(f"Tập #{ep}")
    b.u(c.title)
    b.u(c.d("{dd}.{mm}.{y}"))
    b.f("byline", f"Biên tập: {c.name()} | Giọng đọc: {c.name()}")
    b.w("Nghe trên Spotify", "Nghe trên Apple Podcasts")
    b.w("Nội dung chính:")
    t = 0
    for lab in ["Tin tức nổi bật", "Phân tích", "Ý kiến thính giả"]:
        b.w(f"{t // 60:02d}:{t % 60:02d} – {lab}")
        t += c.r.randint(90, 400)
    story(b, c, [[("widget", "Đăng ký nhận bản tin podcast mỗi sáng qua email")]])
    b.w("Nội dung podcast được biên tập từ các nguồn tin chính thống.")
    rel = c.rel(3)
    if rel:
        b.w("Tập gần đây")
        for p in rel:
            dt = c.earlier(1, 30)
            b.f("related", f"{rtitle(p)} ({dt.day:02d}.{dt.month:02d}.{dt.year})")
    return b


def L_dongbang(c):
    b = B()
    c.paras = group(c.sents, c.r, 1, 3)
    b.u("Đồng Bằng TV")
    b.w("Thời sự | Xã hội | Video | Phóng sự")
    b.w(c.d("Hôm nay: {dd}/{mm}/{y}", c.later(0, 2)))
    b.u(c.title)
    b.u(c.d("Đăng ngày {dd}.{mm}.{y} lúc {HH}:{MM}"))
    b.w("▶ Xem video", c.dur())
    b.f("byline", f"{c.name()} (ĐBTV)")
    rel = c.rel(4)
    ins = [[("caption", c.caption(False))]]
    if len(rel) >= 2:
        ins.append([("widget", "Tin liên quan")] + [("related", f"- {rtitle(p)}") for p in rel[:2]])
    story(b, c, ins)
    b.f("credit", f"Quay phim: {c.name()}")
    if len(rel) > 2:
        b.w("Có thể bạn quan tâm")
        for p in rel[2:]:
            b.f("related", rtitle(p))
    b.w("Đồng Bằng TV trên YouTube - Đăng ký ngay")
    return b


def L_vanhoa(c):
    b = B()
    c.paras = group(c.sents, c.r, 2, 4)
    n = c.r.randint(5, 12)
    b.u("Văn Hoá Việt Hôm Nay")
    b.w("Văn hoá Giải trí Du lịch Video Ảnh")
    b.u(c.title)
    b.u(c.d("{wd}, {d}/{m}/{y}"))
    b.w(f"Ảnh 1/{n}")
    b.f("caption", f"1. {c.caption()}")
    b.w(f"Ảnh 2/{n}")
    b.f("caption", f"2. {c.caption(False)}")
    b.w("Xem tiếp bộ ảnh")
    story(b, c, [])
    b.f("byline", f"Bài: {c.name()} - Ảnh, video: {c.name()}")
    rel = c.rel(3)
    if rel:
        b.w("Bạn có thể quan tâm")
        for p in rel:
            b.f("related", f"{rtitle(p)} - {teaser(p[2], 26)}")
    b.w("Về đầu trang")
    return b


def L_5phut(c):
    b = B()
    c.paras = group(c.sents, c.r, 1, 1)
    b.u("Tin 5 Phút")
    b.w("Bấm để bật tiếng", "Tự động phát: BẬT")
    b.u(c.title)
    b.w(c.title)
    b.u(c.d("{HH}:{MM}, {dd}/{mm}/{y}"))
    story(b, c, [[("widget", "Vuốt lên để xem video tiếp theo")]])
    b.w(f"Theo dõi Tin 5 Phút trên TikTok và YouTube")
    rel = c.rel(4)
    if rel:
        b.w("Tiếp theo trong danh sách phát")
        for i, p in enumerate(rel):
            pre = "Đang phát tiếp: " if i == 0 else f"{i + 1}/{len(rel)} "
            b.f("related", f"{pre}{rtitle(p)}")
    b.w("Báo lỗi video")
    return b


def L_dothifm(c):
    b = B()
    c.paras = group(c.sents, c.r, 2, 3)
    b.u("Đô Thị FM")
    b.w("FM 96,5 MHz", "Đang phát: Nhạc không lời buổi sáng")
    b.w("06:00 - Bản tin sáng", "12:00 - Thời sự trưa", "18:00 - Giao thông giờ cao điểm")
    b.u(c.title)
    b.u(c.d("{wd} {dd}/{mm}/{y}"))
    b.w("Nghe lại", c.dur(200, 900))
    story(b, c, [[("widget", "Tình hình giao thông: gọi 1900 6196 (cước 1.000 đồng/phút)")]])
    b.f("byline", f"{c.name()} - Đô Thị FM")
    rel = c.rel(4)
    if rel:
        b.w("Bản tin khác")
        for p in rel:
            dt = c.earlier(1, 20)
            b.f("related", f"[{dt.day:02d}/{dt.month:02d}/{dt.year}] {rtitle(p)}")
    b.w("Đô Thị FM © 2019")
    return b


def L_doisong(c):
    b = B()
    c.paras = group(c.sents, c.r, 1, 3)
    b.u("Đời Sống 247 TV")
    b.w("Đường dây nóng: 1900 6883")
    b.w(f"Video / {c.section}")
    b.u(c.title)
    b.u(c.d("{dd}/{mm}/{y}"))
    b.w(c.d("{HH}:{MM}"))
    b.w(c.dur(), "Đăng ký kênh", f"{c.views(1000, 90000)} người đăng ký")
    story(b, c, [[("caption", c.caption()), ("credit", f"Đồ hoạ: {c.name(True)}")]])
    b.f("byline", f"BTV {c.name()}")
    b.f("byline", "Biên tập viên mảng video thời sự, Đời Sống 247.")
    b.w("Video và bài viết thuộc bản quyền Đời Sống 247, vui lòng không sao chép.")
    rel = c.rel(4)
    if rel:
        b.w("Video được xem nhiều")
        for i, p in enumerate(rel, 1):
            b.f("related", f"{i}. {rtitle(p)} - {c.views()} lượt xem")
    return b


LAYOUTS = [L_songviet, L_nhipsong, L_pntv, L_9phut, L_radiomt, L_kinhky, L_cuulong, L_caphe,
           L_saigonso, L_tayn, L_360, L_7ngay, L_quehuong, L_so7plus, L_buoisang,
           L_dongbang, L_vanhoa, L_5phut, L_dothifm, L_doisong]


# ---------------------------------------------------------------- faults
FAULTS = ("nbsp", "zwsp", "dblspace", "glue", "nfd")


def choose_faults(row):
    r = rng(row, "faults")
    if r.random() >= 0.17:
        return []
    n = 1 if r.random() < 0.7 else 2
    return r.sample(FAULTS, n)


def _nbsp(s, r):
    idx = [i for i, ch in enumerate(s) if ch == " "]
    if not idx:
        return s
    for i in r.sample(idx, min(len(idx), r.randint(1, 3))):
        s = s[:i] + "\u00a0" + s[i + 1:]
    return s


def _zwsp(s, r):
    idx = [i for i in range(1, len(s)) if s[i - 1].isalpha() and s[i].isalpha()]
    if not idx:
        return s
    i = r.choice(idx)
    return s[:i] + "\u200b" + s[i:]


def _dbl(s, r):
    idx = [i for i, ch in enumerate(s) if ch == " "]
    if not idx:
        return s
    i = r.choice(idx)
    return s[:i] + "  " + s[i + 1:]


def apply_faults(segs, faults, row):
    r = rng(row, "faultwhere")
    applied = []
    if "glue" in faults:
        cands = [(si, j) for si, (k, v) in enumerate(segs) if k == "body"
                 for j in range(len(v) - 1) if v[j].endswith(".")]
        if cands:
            si, j = r.choice(cands)
            v = list(segs[si][1])
            v[j:j + 2] = [v[j] + v[j + 1]]
            segs[si] = ("body", v)
            applied.append("glue")
    for name, fn, share in (("nbsp", _nbsp, 0.3), ("zwsp", _zwsp, 0.12), ("dblspace", _dbl, 0.08)):
        if name not in faults:
            continue
        hit = False
        for si, (k, v) in enumerate(segs):
            if k == "body":
                nv = [fn(x, r) if r.random() < share else x for x in v]
                hit |= nv != v
                segs[si] = (k, nv)
            elif r.random() < share:
                nv = fn(v, r)
                hit |= nv != v
                segs[si] = (k, nv)
        if not hit:
            for si, (k, v) in enumerate(segs):
                if k == "body":
                    segs[si] = (k, [fn(v[0], r)] + v[1:])
                    hit = True
                    break
        if hit:
            applied.append(name)
    if "nfd" in faults:
        segs[:] = [(k, [unicodedata.normalize("NFD", x) for x in v] if k == "body"
                    else unicodedata.normalize("NFD", v)) for k, v in segs]
        applied.append("nfd")
    return applied


# ---------------------------------------------------------------- assembly and check
def assemble(segs, title, sents, layout):
    bodyn = {norm(s) for s in sents}
    titlen = norm(title)
    clean = []
    for k, v in segs:
        if k == "body":
            clean.append((k, v))
            continue
        v = re.sub(r"[ ]+", " ", v).strip()
        if not v or norm(v) in bodyn:
            continue
        if k == "related" and norm(v) == titlen:
            continue
        clean.append((k, v))
    return clean


def render(segs, layout):
    lines, body, furn = [], [], []
    for k, v in segs:
        if k == "body":
            lines.append(" ".join(v))
            body.extend(v)
        elif k == "u":
            lines.append(v)
        else:
            lines.append(v)
            furn.append((k, v))
    return Page("\n".join(lines), body, furn, layout)


def check(p):
    """Independent walk over the text; raises ValueError on a breach."""
    if not p.text or not p.body:
        raise ValueError("empty page")
    lines = p.text.split("\n")
    bi = fi = 0
    unl = []
    for ln in lines:
        if not ln.strip() or ln != ln.strip():
            raise ValueError(f"blank or unstripped line: {ln!r}")
        if fi < len(p.furniture) and ln == p.furniture[fi][1]:
            fi += 1
            continue
        for n in (1, 2, 3, 4):
            if bi + n <= len(p.body) and ln == " ".join(p.body[bi:bi + n]):
                bi += n
                break
        else:
            unl.append(ln)
            if len(unl) > 3:
                raise ValueError(f"too many unlabelled lines: {unl}")
    if bi != len(p.body) or fi != len(p.furniture):
        raise ValueError("labels not used up by the walk")
    for it in p.body:
        if not it or it != it.strip() or it not in p.text or "\n" in it:
            raise ValueError(f"bad body item {it!r}")
    bodyn = {norm(x) for x in p.body}
    for k, ln in p.furniture:
        if k not in KINDS:
            raise ValueError(f"bad kind {k}")
        if norm(ln) in bodyn:
            raise ValueError(f"furniture equals body: {ln!r}")
    for ln in unl:
        if norm(ln) in bodyn:
            raise ValueError(f"unlabelled equals body: {ln!r}")
    unln = {norm(x) for x in unl}
    for k, ln in p.furniture:
        if k == "related" and norm(ln) in unln:
            raise ValueError(f"related equals title: {ln!r}")


def build(row, k, title, article, related):
    title = detok(title)
    sents = story_sentences(title, article)
    if len(sents) < 3:
        return None, []
    lay = LAYOUTS[k % len(LAYOUTS)]
    c = Ctx(row, k, title, sents, related)
    b = lay(c)
    segs = assemble(b.segs, title, sents, lay.__name__)
    if sum(1 for kk, _ in segs if kk == "u") > 3:
        raise ValueError("layout emitted more than three unlabelled lines")
    applied = apply_faults(segs, choose_faults(row), row)
    page = render(segs, lay.__name__[2:])
    # glued items must still hold only whole story sentences
    return page, applied


_FAULTS_SEEN = {}


def pages(path):
    body_rows, related = read_rows(path)
    out = []
    _FAULTS_SEEN.clear()
    for k, (row, title, article) in enumerate(body_rows):
        page, applied = build(row, k, title, article, related)
        if page is None:
            continue
        check(page)
        _FAULTS_SEEN[len(out)] = applied
        out.append(page)
    return out


def main(argv):
    path = argv[1] if len(argv) > 1 else "/work/shared/data/vietnews_train.jsonl.gz"
    ps = pages(path)
    cols = ("pages", "body") + KINDS + ("faults",)
    tab = {}
    for i, p in enumerate(ps):
        t = tab.setdefault(p.layout, Counter())
        t["pages"] += 1
        t["body"] += len(p.body)
        for kd, _ in p.furniture:
            t[kd] += 1
        t["faults"] += len(_FAULTS_SEEN.get(i, []))
    print(f"{'layout':<12}" + "".join(f"{c:>9}" for c in cols))
    tot = Counter()
    for lay in [f.__name__[2:] for f in LAYOUTS]:
        t = tab.get(lay, Counter())
        tot.update(t)
        print(f"{lay:<12}" + "".join(f"{t[c]:>9}" for c in cols))
    print(f"{'TOTAL':<12}" + "".join(f"{tot[c]:>9}" for c in cols))
    fk = Counter(f for v in _FAULTS_SEEN.values() for f in v)
    print("faulty pages:", sum(1 for v in _FAULTS_SEEN.values() if v),
          "| faults:", ", ".join(f"{f}={fk[f]}" for f in FAULTS))


if __name__ == "__main__":
    main(sys.argv)
