#!/usr/bin/env python3
"""Held-out evaluation set clean_test57: Vietnamese news pages from many eras of the web.

Usage:  python eval/clean_test57/make.py /work/shared/data/vietnews_train.jsonl.gz

`pages(train_path)` returns a list of Page(text, body, furniture, layout) and checks every page
against the labelling contract (see README.md).  Standard library only.
"""
import gzip
import json
import random
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from datetime import datetime, timedelta
from typing import NamedTuple

SEED = 5757
BODY_ROWS = range(19_400, 19_500)
RELATED_ROWS = range(18_400, 18_500)
KINDS = ("byline", "credit", "caption", "related", "widget")


class Page(NamedTuple):
    text: str
    body: list
    furniture: list
    layout: str


def R(row, purpose):
    return random.Random(f"test57|{SEED}|{row}|{purpose}")


# ----------------------------------------------------------------------------------------------
# reading the data
# ----------------------------------------------------------------------------------------------
def read_rows(path):
    body, rel = [], []
    last = max(BODY_ROWS.stop, RELATED_ROWS.stop) - 1
    with gzip.open(path, "rb") as fh:
        for i, raw in enumerate(fh):  # physical lines split on b"\n"
            if i > last:
                break
            if i not in BODY_ROWS and i not in RELATED_ROWS:
                continue
            if not raw.strip():
                continue
            try:
                obj = json.loads(raw)
            except ValueError:
                continue
            if not isinstance(obj, dict):
                continue
            t, a = obj.get("title"), obj.get("article")
            if not (isinstance(t, str) and isinstance(a, str) and t.strip() and a.strip()):
                continue
            (body if i in BODY_ROWS else rel).append((i, t.strip(), a.strip()))
    return body, rel


# ----------------------------------------------------------------------------------------------
# sentence splitting and taking the story out of a VietNews article
# ----------------------------------------------------------------------------------------------
ABBR = {"TP", "Tp", "TS", "GS", "PGS", "ThS", "BS", "KS", "TTƯT", "NSƯT", "NSND", "St", "Mr", "Mrs",
        "Ms", "Dr", "Q", "P", "TT", "Lt", "Co", "Inc", "Ltd", "No", "vs", "Th", "Jr", "Sr", "Bs", "Ts",
        "Gs", "Ths", "Pgs", "TX", "HLV", "ĐT"}
UPPER_INIT = re.compile(r"[A-ZĐÂĂÊÔƠƯÁÀẢÃẠ]")
END_RE = re.compile(r"(?:[.?!…]|\.\.\.)$")


def is_abbr(tok):
    t = tok.rstrip(".").lstrip('("“')
    if t in ABBR or UPPER_INIT.fullmatch(t):
        return True
    # dotted acronyms / initials such as U.S, Th.S, v.v
    return bool(re.fullmatch(r"(?:[A-Za-zĐđ]{1,3}\.)+[A-Za-zĐđ]{1,3}", t))


def next_starts_upper(toks, i):
    while i < len(toks) and toks[i] in ('"', "“", "(", "'", "-", "–"):
        i += 1
    if i >= len(toks):
        return False
    for ch in toks[i]:
        if ch.isalpha():
            return ch.isupper()
        if ch.isdigit():
            return True
        if ch in '"“([\'':
            continue
        return False
    return False


def split_sentences(article):
    """Split tokenised VietNews text; never split inside quoted speech."""
    toks = article.split()
    sents, cur, inq, curly = [], [], False, 0
    for i, t in enumerate(toks):
        cur.append(t)
        for ch in t:
            if ch == '"':
                inq = not inq
            elif ch == "“":
                curly += 1
            elif ch == "”":
                curly = max(0, curly - 1)
        if i + 1 >= len(toks):
            break
        if inq or curly:
            continue
        last = cur[-2] if (t in ('"', "”") and len(cur) >= 2) else t
        if END_RE.search(last) and next_starts_upper(toks, i + 1):
            if t == last and last.endswith(".") and not last.endswith("..") and is_abbr(last):
                continue
            sents.append(" ".join(cur))
            cur = []
    if cur:
        sents.append(" ".join(cur))
    return sents


STRONG = {"Ngày", "Sáng", "Chiều", "Tối", "Trưa", "Đêm", "Theo", "Tại", "Trong", "Các", "Những", "Nhiều",
          "Sau", "Khi", "Hiện", "Vợ", "Chồng", "Người", "Tuy", "Đây", "Cùng", "Còn", "Một", "Do", "Chiếc",
          "Lực", "Ảnh", "Hôm", "Lúc", "Ngoài", "Từ", "Đến", "Thế", "Nếu", "Vì", "Với", "Để", "Trước",
          "Riêng", "Clip", "Video", "Dù", "Mặc", "Bởi", "Cũng", "Rất", "Đang", "Đã", "Sẽ", "Họ", "Tôi",
          "Chúng", "Thầy"}
WEAK = {"Hai", "Ba", "Bốn", "Anh", "Chị", "Ông", "Bà", "Em", "Cô", "Cụ", "Hàng", "Đồng"}
INTRO = set("""ấp bản tổ khóm tỉnh huyện xã thị thành phố quận phường ông bà anh chị em thầy cô cụ của tại ở
và với cho từ đến về sông cầu đường nước người tiếng trưởng tịch tướng thống thư viện trường hội ban đoàn bộ
sở cục vụ công ty tập đảo biển núi vịnh làng thôn đội khu chợ đền chùa nhà hãng báo đài kênh hiệp định
luật giải cúp mạng dự án chương trình gia phủ đồng chí hiệu giám đốc lệnh là gặp thăm trao tặng tên gọi sân
ga cảng bến tàu xe máy bay chuyến dòng ngân hàng đại học viên sinh sĩ tiến quê""".split())
CAPMARK = re.compile(r"\((?:phải|trái|giữa|áo|ngồi|đứng|thứ|từ trái|từ phải|ảnh|clip|video|hàng)\b|"
                     r"Ảnh\s*:|Video\s*:|Clip\s*:|Nguồn\s*:|[Đđ]ồ hoạ|[Mm]inh hoạ|[Ảả]nh chụp|[Ảả]nh cắt",
                     re.I)
CUES = ["cho biết", "cho hay", "khẳng định", "nhấn mạnh", "cho rằng", "nhận định", "thừa nhận",
        "tiết lộ", "lý giải", "thông tin thêm", "theo ông", "theo bà", "theo anh", "theo chị", "kể lại",
        "nói thêm", "giải thích", "cho thấy"]
CONN = re.compile(
    r"^(?:Tuy nhiên|Trong đó|Ngoài ra|Do đó|Vì vậy|Vì thế|Sau đó|Trước đó|Cùng ngày|Đến nay|Bên cạnh đó|"
    r"Đồng thời|Mặt khác|Như vậy|Hiện nay|Được biết|Cũng theo|Theo đó|Theo |Trao đổi với|"
    r"(?:Ngày|Sáng|Chiều|Tối|Trưa|Đêm|Hôm|Lúc|Khoảng|Tháng|Năm) \d|Rạng sáng|Hôm qua|Ngay sau|Sau khi|"
    r"Trước khi|Khi |Nếu |Dù |Mặc dù|Tuy |Nhưng |Thế nhưng|Song |Bởi |Vì |Do |Trong khi|Riêng |Cụ thể|"
    r"Thậm chí|Đặc biệt|Từ đầu|Kể từ|Ngoài |Qua |Cũng |Chiều cùng|Sáng cùng|Tối cùng|Sáng nay|"
    r"Chiều nay|Tối nay|Đến )")


def nwords(s):
    return len(s.split())


def quotes_balanced(s):
    return s.count('"') % 2 == 0 and s.count("“") == s.count("”")


def has_speech(s):
    st = s.strip()
    whole = ((st.startswith('"') and st.endswith('"')) or (st.startswith("“") and st.endswith("”"))
             or st.endswith('? "') or (st.startswith("“") and st.endswith("”.")))
    if whole:  # a bare quote with no attribution may be a pull quote / subheading
        return False
    for a, b in re.findall(r'"([^"]*)"|“([^”]*)”', s):
        if nwords(a or b) >= 6:
            return True
    return False


def fused(s, strict):
    """True when a capitalised sentence-opening word sits inside the sentence (fused heading/caption)."""
    toks = s.split()
    for j in range(1, len(toks)):
        t, p = toks[j], toks[j - 1]
        if not (t[:1].isalpha() and t[:1].isupper()):
            continue
        if p[-1:] in '.:!?…"“(;' or p in ("-", "–"):
            continue
        if p in INTRO:  # a lowercase word that normally introduces a proper name
            continue
        base = t.strip('.,;:)"”')
        plow = p.isalpha() and p == p.lower()
        if base in STRONG or (base in WEAK and plow):
            return True
        if strict and plow and j < 16:
            return True
    return False


def colon_head(s):
    return any(t.endswith(":") for t in s.split()[:7])


def take_story(article):
    """Return (sentences, keep flags, tail).  A sentence is kept only when it is surely story text."""
    sents = split_sentences(article)
    tail = None
    if sents and not END_RE.search(sents[-1].rstrip('"” ')):
        tail = sents.pop()
    strict = any(fused(s, False) for s in sents)
    keep = []
    for i, s in enumerate(sents):
        w = nwords(s)
        ok = True
        if (not quotes_balanced(s) or fused(s, strict) or colon_head(s) or CAPMARK.search(s)
                or not END_RE.search(s.rstrip('"” '))):
            ok = False
        if ok:
            cue = (has_speech(s) or any(c in s.lower() for c in CUES)
                   or bool(CONN.match(s.lstrip('"“ '))))
            if i == 0:  # the original page's photo caption often sits here
                ok = w >= 20 and (cue or w >= 28)
            else:       # short descriptive lines may be mid-story captions
                ok = (cue and w >= 8) or w >= 30
        keep.append(ok)
    return sents, keep, tail


def detok(s):
    """Undo VietNews tokenisation around quotes and stray punctuation."""
    out, q, pend = [], 0, ""
    for tok in s.split():
        if tok == '"' and q % 2 == 0:
            pend += '"'; q += 1; continue
        if tok == "“":
            pend += "“"; continue
        closing = tok[0] == "”" or (tok[0] == '"' and q % 2 == 1)
        if out and (closing or tok in (",", ".", ";", ":", "?", "!")):
            q += tok.count('"')
            out[-1] += tok
            continue
        q += tok.count('"')
        out.append(pend + tok)
        pend = ""
    if pend:
        out.append(pend)
    return " ".join(out)


def detok_title(t):
    t = re.sub(r"' ([^']+?) '", r"'\1'", t)
    return detok(" ".join(t.split()))


def name_tail(tail):
    if not tail:
        return None
    w = tail.split()
    if not 2 <= len(w) <= 6 or any(ch.isdigit() for ch in tail):
        return None
    if w[0] in ("Theo", "Nguồn"):
        return None
    for x in w:
        if x in ("-", "–"):
            continue
        if not (x[:1].isupper() and x[:1].isalpha()):
            return None
    return tail


# ----------------------------------------------------------------------------------------------
# normalisation used by the contract
# ----------------------------------------------------------------------------------------------
ZW = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"), None)


def norm(s):
    s = unicodedata.normalize("NFC", s).translate(ZW)
    return "".join(s.split()).casefold()


# ----------------------------------------------------------------------------------------------
# invented vocabulary
# ----------------------------------------------------------------------------------------------
SURN = "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Trịnh Lương Tạ Mai Cao Lâm Kiều Quách Tôn La Âu".split()
MID = "Văn Thị Minh Thu Hữu Ngọc Thanh Quang Đức Hải Bảo Phương Kim Xuân Gia Khánh Tuệ Diệu Thiên Đình Nhật".split()
GIV = "Khôi Nhàn Diệp Quân Thư Vỹ Tường Uyên Phúc Lộc Hạnh Nhi Duy Sơn Trâm Khang Linh Giao Toàn Mẫn Vĩnh Thảo Hiển Triều Lam Khuê Nguyên Đăng Tín Hằng Yến".split()
PENS = ["Gió Nam", "Lãng Du", "Sơn Khê", "Hạ Vy", "Nhật Lệ", "Cỏ May", "Mặc Khách", "Bút Tre Non", "Sương Mai",
        "Hạt Cát", "Lữ Khách", "Phù Vân", "Trúc Lâm Tử", "Mộc Miên", "Thạch Sanh Con", "Đông Phong"]
OUTLETS = ["Báo Phù Sa", "Thời báo Đất Mũi", "Tin Nhanh Phương Nam", "Nhật báo Sông Lam", "Tạp chí Mây Ngàn",
           "Báo Ánh Dương", "Bản tin Hồng Lam", "Kênh Tin Chim Lạc", "Thời báo Vạn Xuân", "Báo Ngàn Thông",
           "Tuần san Gió Bấc", "Báo Sóng Đà", "Đài Tiếng nói Hồng Lam", "Tạp chí Làng Sen Số"]
AGENCIES = ["TTXPN", "VNP24", "HLTV", "PNO.24", "TXCL", "ĐNX"]
PLACES = ["Quảng Trị", "Cần Thơ", "Huế", "Đà Lạt", "Vinh", "Nha Trang", "Hải Phòng", "Buôn Ma Thuột", "Cà Mau",
          "Lạng Sơn", "Quy Nhơn", "Long Xuyên", "Tây Ninh", "Thái Bình"]
SCENES = ["Quang cảnh buổi làm việc", "Toàn cảnh hội nghị", "Lực lượng chức năng có mặt tại hiện trường",
          "Người dân theo dõi diễn biến vụ việc", "Khu vực xảy ra sự việc nhìn từ trên cao",
          "Đại diện cơ quan chức năng trả lời báo chí", "Các đại biểu tham dự buổi lễ",
          "Hình ảnh được người dân ghi lại", "Cảnh sát phong toả khu vực", "Xe chuyên dụng được điều đến hỗ trợ",
          "Phụ huynh chờ đón con trước cổng trường", "Tuyến đường thường xuyên ùn tắc vào giờ cao điểm",
          "Cán bộ kiểm tra hồ sơ tại chỗ", "Nông dân thu hoạch trên cánh đồng ven đô",
          "Một góc khu dân cư gần nơi xảy ra vụ việc", "Đoàn công tác khảo sát thực địa",
          "Tàu cá neo đậu tránh trú tại cảng", "Bệnh nhân được chăm sóc tại khoa cấp cứu",
          "Phiên họp diễn ra sáng qua", "Người dân xếp hàng chờ làm thủ tục", "Hiện trường sau khi được dọn dẹp",
          "Công nhân thi công trên công trường", "Biển báo được cắm tạm bên đường", "Khu chợ tạm ven sông",
          "Ngọn lửa bùng lên dữ dội trong đêm", "Học sinh trong giờ ra chơi", "Mặt đường bị sạt lở sau mưa lớn",
          "Cử tri trao đổi với đại biểu", "Sản phẩm được trưng bày tại hội chợ", "Dòng xe nối dài qua trạm thu phí"]
ROLES = ["Giám đốc Sở Xây dựng", "Chủ tịch UBND huyện", "Trưởng phòng Cảnh sát giao thông", "Hiệu trưởng nhà trường",
         "chuyên gia kinh tế", "Phó giám đốc bệnh viện", "luật sư", "Trưởng ban quản lý dự án", "nhà nghiên cứu lịch sử",
         "đại diện doanh nghiệp"]
COMMENTS = ["Bài viết rất hay, cảm ơn tác giả!", "Mong cơ quan chức năng sớm vào cuộc xử lý dứt điểm.",
            "Đọc mà thấy xót xa quá 😢", "Ở quê tôi cũng y như vậy, năm nào cũng nói mà chẳng thấy thay đổi.",
            "Tin này cũ rồi mà???", "Like mạnh!!!", "Ủng hộ quan điểm của bạn phía trên.",
            "Sao không nêu rõ tên đơn vị vậy báo ơi", "Hy vọng lần này làm đến nơi đến chốn.",
            "Cảm ơn báo đã lên tiếng thay người dân.", "ai ở gần đó cho hỏi giờ đường thông chưa ạ",
            "Thật không thể chấp nhận được!", "Tôi nghĩ cần nhìn nhận vấn đề đa chiều hơn.",
            "Đề nghị xử lý nghiêm, làm gương cho người khác.", "haizz... biết nói sao đây",
            "Chúc mừng! Tự hào quá 👏👏", "Bài viết thiếu thông tin, đề nghị tác giả kiểm tra lại số liệu.",
            "Hóng phần tiếp theo", "Chia sẻ cho mọi người cùng biết", "Lại là chuyện cũ, nói mãi rồi."]
COMMENTERS = ["hoangnam_88", "Minh Thư (Hà Nội)", "Người qua đường", "Trần Văn Lộc - Đà Nẵng", "baby_cute_2005",
              "khach", "Lê Hồng Phúc", "Cô giáo làng", "Anh Tuấn", "Nhà Quê", "phuongvy.dn", "Bác Ba Sàigòn",
              "Khách viếng thăm", "Dương Khôi", "Thủy Tiên (Cần Thơ)"]
TAGS = ["giao thông", "an toàn giao thông", "Hà Nội", "TP HCM", "thời sự", "xã hội", "pháp luật", "giáo dục",
        "tai nạn", "thời tiết", "kinh tế", "đô thị", "chính sách mới", "nông nghiệp", "y tế", "Quốc hội", "bão lũ",
        "điều tra", "dân sinh", "môi trường"]
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
EN_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


# ----------------------------------------------------------------------------------------------
# page context
# ----------------------------------------------------------------------------------------------
class Ctx:
    def __init__(self, row, title, body_sents, tail, rel_rows, years, per_para, story_year=None):
        self.row = row
        self.r = R(row, "layout-draws")
        self.title = title
        self.tail = tail
        y = self.r.randint(*years)
        if story_year:  # keep the page date consistent with the years the story mentions
            y = story_year
        self.dt = datetime(y, 1, 1) + timedelta(days=self.r.randint(0, 360), hours=self.r.randint(6, 22),
                                                minutes=self.r.randint(0, 59))
        rp = R(row, "paragraphs")
        paras, i = [], 0
        while i < len(body_sents):
            k = rp.randint(*per_para)
            paras.append(body_sents[i:i + k])
            i += k
        self.paras = paras
        self.bnorm = {norm(s) for s in body_sents} | {norm(title)}
        # related pool
        rr = R(row, "related")
        pool = list(rel_rows)
        rr.shuffle(pool)
        self.rel_titles, self.rel_arts = [], []
        for _, t, a in pool:
            t = detok_title(t)
            if norm(t) in self.bnorm:
                continue
            self.rel_titles.append(t)
            self.rel_arts.append(a)
        self.ri = 0
        self.used = set()

    # ---- small helpers -------------------------------------------------------------------
    def ch(self, seq):
        return self.r.choice(seq)

    def p(self, x):
        return self.r.random() < x

    def n(self, a, b):
        return self.r.randint(a, b)

    def safe(self, s):
        return norm(s) not in self.bnorm

    def name(self, full=False):
        r = self.r
        if full:
            return f"{r.choice(SURN)} {r.choice(MID)} {r.choice(GIV)}"
        return f"{r.choice(MID)} {r.choice(GIV)}"

    def phone(self):
        return f"0{self.n(2, 9)}{self.n(10, 99)}.{self.n(100, 999)}.{self.n(100, 999)}"

    def hotline(self):
        return f"1900 {self.n(1000, 9999)}"

    def count(self):
        v = self.n(0, 9999)
        if v > 999 and self.p(0.5):
            return f"{v / 1000:.1f}K".replace(".", ",")
        return str(v)

    # ---- dates -------------------------------------------------------------------------------
    def date(self, style):
        d = self.dt
        wd = WEEKDAYS[d.weekday()]
        f = {
            "vn_full": f"{wd}, {d:%d/%m/%Y}, {d:%H:%M} (GMT+7)",
            "vn_short": f"{d:%d/%m/%Y} {d:%H:%M}",
            "dash": f"{d:%d-%m-%Y} | {d:%H:%M}",
            "cap": f"Cập nhật lúc {d.hour}h{d:%M} ngày {d.day}/{d.month}/{d.year}",
            "us": f"{d:%m/%d/%Y %I:%M:%S} {'AM' if d.hour < 12 else 'PM'}",
            "dot": f"Đăng ngày: {d:%d.%m.%Y}",
            "paren": f"({d:%d/%m/%Y})",
            "iso": f"{d:%Y-%m-%dT%H:%M:%S}+07:00",
            "blog": f"{EN_WEEKDAYS[d.weekday()]}, {d:%B} {d.day}, {d.year}",
            "words": f"{wd.lower()}, ngày {d.day} tháng {d.month} năm {d.year}",
            "ngay": f"Ngày {d:%d/%m/%Y} lúc {d:%H:%M}",
            "pipe": f"{wd} | {d:%d/%m/%Y} {d:%H:%M}",
            "time_first": f"{d:%H:%M} {wd.lower()} {d.day}/{d.month}/{d.year}",
            "sent": f"Gửi lúc {d:%H:%M}, {d:%d/%m/%Y}",
        }
        return f[style]

    def d_short(self, back=0):
        d = self.dt - timedelta(days=back)
        return f"{d:%d/%m/%Y}"

    # ---- related -------------------------------------------------------------------------------
    def rt(self):
        t = self.rel_titles[self.ri % len(self.rel_titles)]
        self.ri += 1
        return t

    def teaser(self, cut=True):
        a = self.rel_arts[(self.ri - 1) % len(self.rel_arts)][:1200]
        sents = split_sentences(a)
        s = detok(sents[0]) if sents else detok(a[:200])
        if cut or nwords(s) > 40:
            w = s.split()
            k = min(len(w) - 1, self.n(12, 24))
            s = " ".join(w[:max(k, 6)]).rstrip(",;:") + self.ch(["…", "…", "...", " …"])
        return s

    def rel_line(self, style=None):
        style = style or self.ch(["plain", "date", "time", "bullet", "xem", "media", "ago"])
        t = self.rt()
        if style == "plain":
            return t
        if style == "date":
            return f"{t} ({self.d_short(self.n(0, 9))})"
        if style == "time":
            return f"{t} - {self.n(0, 23):02d}:{self.n(0, 59):02d}"
        if style == "bullet":
            return f"{self.ch(['»', '›', '•', '+', '-', '▪', '►', '>>'])} {t}"
        if style == "xem":
            return f"{self.ch(['Xem thêm:', 'XEM THÊM:', 'Đọc thêm:', '>> Xem thêm:', 'Tin liên quan:', '👉 Xem thêm:'])} {t}"
        if style == "media":
            return f"{self.ch(['[Video]', '[Ảnh]', '(Video)', '[Infographic]', '📷', '🎥'])} {t}"
        if style == "ago":
            return f"{t} · {self.n(1, 23)} giờ trước"
        if style == "teaser":
            return f"{t}: {self.teaser()}"
        if style == "multi":
            sep = self.ch([" | ", " • ", " / ", " -- ", "   ·   "])
            return sep.join([t] + [self.rt() for _ in range(self.n(1, 2))])
        raise ValueError(style)

    def rel_box(self, head, n, style=None, teasers=False):
        out = []
        if head:
            out.append(("F", "widget", head))
        for _ in range(n):
            out.append(("F", "related", self.rel_line(style)))
            if teasers:
                out.append(("F", "related", self.teaser()))
        return out

    # ---- bylines / credits ---------------------------------------------------------------------
    def by(self, style):
        nm = self.name()
        if style == "plain":
            return nm
        if style == "caps":
            return nm.upper()
        if style == "full":
            return self.name(True)
        if style == "pair":
            return f"{nm} - {self.name()}"
        if style == "pair_caps":
            return f"{nm} - {self.name()}".upper()
        if style == "agency":
            return f"{nm} ({self.ch(AGENCIES)})"
        if style == "agency_code":
            return f"{self.ch(AGENCIES)}/{self.ch(['Phù Sa', 'Sông Lam', 'Vạn Xuân', 'Ánh Dương'])}"
        if style == "bai_anh":
            return f"{self.ch(['Bài và ảnh:', 'Bài, ảnh:', 'Bài & ảnh:'])} {nm}"
        if style == "bai_anh2":
            return f"Bài: {nm} | Ảnh: {self.name()}"
        if style == "pv":
            return self.ch(["Nhóm PV", "PV", "Nhóm phóng viên", f"Phóng viên thường trú tại {self.ch(PLACES)}", "PV Thời sự"])
        if style == "tonghop":
            return f"{nm} {self.ch(['(tổng hợp)', '(Tổng hợp)', '(t/h)', '(TH)'])}"
        if style == "place":
            return self.ch([f"{nm} ({self.ch(PLACES)})", f"{nm}, từ {self.ch(PLACES)}", f"{self.ch(PLACES)} - {nm}"])
        if style == "tacgia":
            return f"{self.ch(['Tác giả:', 'Người viết:', 'Viết bởi', 'Bài viết:'])} {nm}"
        if style == "posted":
            return self.ch([f"Posted by {self.ch(PENS)}", f"Đăng bởi: {self.ch(PENS)}", f"Người đăng: {nm}"])
        if style == "pen":
            return self.ch(PENS)
        if style == "email":
            return f"{nm} - {self.ch(['bts', 'tinbai', 'pv'])}{self.n(1, 99)}@{self.ch(['phusa', 'songlam', 'vanxuan', 'anhduong'])}.vn"
        if style == "tail":
            return self.tail or nm
        if style == "pvdash":
            return f"PV {nm}"
        raise ValueError(style)

    def credit(self, style=None):
        style = style or self.ch(["theo", "nguon", "anh", "theo_p", "tonghop", "dich"])
        o = self.ch(OUTLETS)
        return {
            "theo": f"Theo {o}",
            "theo_p": f"(Theo {o})",
            "nguon": self.ch([f"Nguồn: {o}", f"Nguồn tin: {o}", f"NGUỒN: {o.upper()}"]),
            "anh": self.ch([f"Ảnh: {self.name()}", "Ảnh: Internet", "Ảnh: Tư liệu", f"Ảnh: {self.ch(AGENCIES)}",
                            f"Ảnh minh hoạ: {o}", f"Ảnh: {self.name()}/{o}"]),
            "tonghop": self.ch(["Tổng hợp từ nhiều nguồn", "(Tổng hợp từ các báo)", "Bài tổng hợp từ báo chí trong nước"]),
            "dich": self.ch(["Lược dịch từ The Harbor Daily", "Theo Northwind Press (lược dịch)", "Minh Anh dịch từ Pacific Ledger"]),
            "dohoa": f"Đồ hoạ: {self.name()}",
            "taken": f"Bài viết được đăng lại từ {o} với sự đồng ý của tòa soạn.",
        }[style]

    # ---- captions ------------------------------------------------------------------------------
    def scene(self):
        s = self.ch(SCENES)
        if self.p(0.35):
            s += self.ch([" chiều qua", " sáng nay", f" ngày {self.dt.day}/{self.dt.month}", " hôm 12/3", " (ảnh chụp năm 2015)"])
        return s

    def cap(self, style=None):
        """One photo (or video) caption; may return a caption + credit pair."""
        style = style or self.ch(["dot_credit", "paren_credit", "own_line", "mark", "plain", "portrait", "video"])
        s = self.scene()
        nm = self.name()
        if style == "dot_credit":
            return [("F", "caption", f"{s}. {self.ch(['Ảnh:', 'Ảnh :', 'Ảnh -', 'Photo:'])} {nm}")]
        if style == "paren_credit":
            return [("F", "caption", f"{s} ({self.ch(['Ảnh: ', 'Ảnh ', 'ảnh: '])}{nm})")]
        if style == "own_line":
            return [("F", "caption", f"{s}."), ("F", "credit", self.ch([f"Ảnh: {nm}", f"(Ảnh: {nm})", f"Ảnh: {nm.upper()}", f"Nguồn ảnh: {self.ch(OUTLETS)}"]))]
        if style == "mark":
            return [("F", "caption", f"{self.ch(['▲', '▼', '↑', '📷', '[Ảnh]', 'Ảnh 1:', 'Hình:', '(Ảnh)'])} {s}")]
        if style == "plain":
            return [("F", "caption", s + self.ch([".", "", "."]))]
        if style == "portrait":
            who = self.name(True)
            return [("F", "caption", self.ch([f"{who}, {self.ch(ROLES)}.", f"Ông {who} - {self.ch(ROLES)}",
                                              f"Bà {who}, {self.ch(ROLES)}, trao đổi với phóng viên.",
                                              f"{self.ch(ROLES).capitalize()} {who} (áo trắng) tại buổi làm việc."]))]
        if style == "video":
            return [("F", "caption", self.ch([f"Video: {s} (Nguồn: {self.ch(OUTLETS)})", f"▶ Clip: {s}",
                                              f"VIDEO: {s.upper()}", f"{s}. Video: {nm}"]))]
        if style == "gallery":
            k = self.n(2, 15)
            return [("F", "caption", f"{self.n(1, k)}/{k} {self.ch(['–', '-', '|'])} {s}.")]
        if style == "caps":
            return [("F", "caption", s.upper())]
        if style == "minh_hoa":
            return [("F", "caption", self.ch(["Ảnh minh hoạ", "Ảnh minh họa.", "(Ảnh minh hoạ)", f"Ảnh minh hoạ: {self.ch(OUTLETS)}"]))]
        raise ValueError(style)

    def img(self, mark=None, cstyle=None):
        out = []
        if mark:
            out.append(("F", "widget", mark))
        return out + self.cap(cstyle)

    # ---- widgets -------------------------------------------------------------------------------
    def comments(self, n, style="plain"):
        out = []
        for _ in range(n):
            who = self.ch(COMMENTERS)
            when = f"{self.n(0, 23):02d}:{self.n(0, 59):02d} {self.d_short(-self.n(0, 2))}"
            if style == "plain":
                out.append(("F", "widget", f"{who} - {when}"))
            elif style == "fb":
                out.append(("F", "widget", who))
            elif style == "blog":
                out.append(("F", "widget", f"{who} said..."))
            out.append(("F", "widget", self.ch(COMMENTS)))
            if style == "fb":
                out.append(("F", "widget", f"Thích · Phản hồi · {self.n(1, 99)} {self.ch(['phút', 'giờ', 'tuần'])}"))
            elif style == "blog":
                out.append(("F", "widget", f"{self.n(1, 12)}:{self.n(0, 59):02d} {self.ch(['AM', 'PM'])}"))
        return out

    def tags(self, head="Từ khoá:"):
        ts = self.r.sample(TAGS, self.n(3, 6))
        style = self.n(0, 3)
        if style == 0:
            return [("F", "widget", f"{head} {', '.join(ts)}")]
        if style == 1:
            return [("F", "widget", " ".join("#" + t.replace(" ", "") for t in ts))]
        if style == 2:
            return [("F", "widget", head)] + [("F", "widget", t) for t in ts[:3]]
        return [("F", "widget", f"{head} " + " | ".join(t.title() for t in ts))]

    def W(self, *lines):
        return [("F", "widget", x) for x in lines]

    # ---- the story with inline furniture between paragraphs --------------------------------------
    def story(self, blocks, lead_first=False):
        """blocks: list of entry lists; each is put into a gap between paragraphs (or before the first)."""
        gaps = len(self.paras)  # gap g sits before paragraph g (g >= 1), gap 0 before the first
        slots = defaultdict(list)
        lo = 1 if lead_first else 0
        for b in blocks:
            g = self.n(lo, max(lo, gaps - 1)) if gaps > 1 else 0
            if gaps == 1:
                g = 0 if not lead_first else 1
            slots[g].extend(b)
        out = []
        for gi, para in enumerate(self.paras):
            out.extend(slots.get(gi, []))
            out.append(("B", list(para)))
        for g in sorted(slots):
            if g >= len(self.paras):
                out.extend(slots[g])
        return out


# ----------------------------------------------------------------------------------------------
# layouts: each era x outlet habit.  Entries: ("U", which, line) | ("F", kind, line) | ("B", items)
# ----------------------------------------------------------------------------------------------
def U(which, line):
    return [("U", which, line)]


def L01_portal_table_2001(c):
    site = "TIN ĐẤT PHƯƠNG NAM ONLINE"
    e = U("site", site)
    e += c.W(f"Bạn là người truy cập thứ: {c.n(100000, 999999):,}".replace(",", "."),
             "Trang chủ | Thời sự | Kinh tế | Văn hoá | Thể thao | Diễn đàn | Liên hệ",
             c.date("words").capitalize())
    e += U("title", c.title.upper() if c.p(0.5) else c.title)
    e += U("date", c.date("paren"))
    e += c.W("[Bản in]  [Gửi cho bạn bè]  [Lưu lại]")
    blocks = [c.img("[Hình ảnh]", "plain"), c.cap("paren_credit")]
    e += c.story(blocks, lead_first=c.p(0.5))
    e.append(("F", "byline", c.by(c.ch(["caps", "plain", "tail"]))))
    if c.p(0.6):
        e.append(("F", "credit", c.credit("theo_p")))
    e += c.W("Về đầu trang", "Trở về", "Các tin khác:")
    e += c.rel_box(None, c.n(5, 8), "date")
    e += c.W("Xem tiếp >>", f"Copyright © 2001 Tin Đất Phương Nam. Ghi rõ nguồn khi phát hành lại thông tin từ website này.",
             "Thiết kế bởi Công ty Tin học Sao Mai - ĐT: " + c.phone(), "Hiển thị tốt nhất với IE 5.0, độ phân giải 800x600")
    return e


def L02_marquee_portal_2003(c):
    e = c.W("::: Chào mừng quý vị đến với Cổng Thông Tin Sao Khuê :::")
    e += U("site", "Cổng Thông Tin Sao Khuê")
    e += c.W(f"TIN MỚI: {c.rt()} *** {c.rt()} *** Chúc quý vị một ngày tốt lành!",
             "Thời tiết Hà Nội: 24°C - 31°C, có mưa rào", "Tỷ giá USD: 15.4" + str(c.n(10, 99)) + " VNĐ | Vàng SJC: 6" + str(c.n(10, 99)) + ".000 đ/chỉ",
             "Tin trong nước > Xã hội")
    e += U("title", c.title)
    e += U("date", c.date("vn_short"))
    e += c.W(f"Số lần xem: {c.n(10, 3000)}")
    e += c.story([c.cap("own_line"), c.W("Click vào ảnh để xem kích thước lớn") + c.cap("plain")])
    e.append(("F", "byline", c.by(c.ch(["caps", "full", "place"]))))
    e += c.W("In bài này | Gửi bài này cho bạn | Ý kiến của bạn")
    e += c.W("CÁC TIN ĐÃ ĐƯA:") + c.rel_box(None, c.n(4, 6), "date")
    e += c.W("Liên kết website", "-- Chọn liên kết --", "Bình chọn: Bạn truy cập Internet chủ yếu ở đâu?",
             "Ở nhà | Quán net | Cơ quan", "[Biểu quyết] [Xem kết quả]",
             "Bản quyền thuộc về Sao Khuê - Giấy phép số " + str(c.n(10, 400)) + "/GP-BC")
    return e


def L03_guestbook_portal_2004(c):
    e = U("site", "Làng Việt Portal")
    e += c.W("Đăng nhập | Đăng ký | Sổ lưu bút | Tìm kiếm", f"Đang trực tuyến: {c.n(5, 90)} khách, {c.n(0, 9)} thành viên")
    e += c.W("Tin tức >> Xã hội")
    e += U("title", c.title)
    e.append(("F", "byline", c.by("caps")))
    e += U("date", c.date("ngay"))
    e += c.story([c.img("Phóng to", "dot_credit"), c.rel_box(None, 1, "xem")])
    if c.p(0.5):
        e.append(("F", "credit", c.credit("theo")))
    e += c.W(f"[ Lưu bài ] [ In trang ] [ Gửi email ] [ Lượt đọc: {c.n(20, 5000)} ]", "[ Về đầu trang ]")
    e += c.W("Những tin cũ hơn:") + c.rel_box(None, c.n(4, 6), c.ch(["date", "bullet"]))
    e += c.W("SỔ LƯU BÚT - Viết lưu bút", "Lưu bút mới nhất:") + c.comments(2)
    e += c.W(f"Tổng số lượt truy cập: {c.n(1000000, 9000000)}", "Webmaster: " + c.ch(["langviet_admin@yeahmail.vn", "quantri@langviet.info"]))
    return e


def L04_province_gov_2005(c):
    e = U("site", "CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HỒNG LAM")
    e += c.W("Giới thiệu | Tin tức - Sự kiện | Văn bản pháp quy | Thủ tục hành chính | Hỏi đáp | Sơ đồ cổng",
             "Tin tức - Sự kiện » Tin trong tỉnh")
    e += U("title", c.title)
    e += U("date", c.date("dot"))
    e += c.story([c.cap(c.ch(["plain", "portrait"])), c.cap("mark")])
    e.append(("F", "byline", c.by(c.ch(["full", "tonghop", "pv"]))))
    e.append(("F", "credit", c.credit(c.ch(["nguon", "tonghop"]))))
    e += c.W("[Quay lại]  [In trang]  [Đầu trang]")
    e += c.W("Các tin đã đưa ngày:", "Tin mới hơn:") + c.rel_box(None, c.n(2, 3), "date")
    e += c.W("Tin cũ hơn:") + c.rel_box(None, c.n(3, 4), "date")
    e += c.W("Cơ quan chủ quản: Văn phòng UBND tỉnh Hồng Lam",
             "Địa chỉ: Số " + str(c.n(1, 99)) + " đường Trần Phú, thành phố Lam Giang. Điện thoại: " + c.phone(),
             "Chịu trách nhiệm chính: Chánh Văn phòng UBND tỉnh", "Lượt truy cập: " + str(c.n(100000, 999999)))
    return e


def L05_print_edition_2006(c):
    e = U("site", "Báo Phù Sa điện tử")
    e += c.W(f"Số {c.n(1000, 3999)} ra ngày {c.d_short()}", f"Trang {c.n(2, 16)} - {c.ch(['Thời sự', 'Xã hội', 'Bạn đọc'])}")
    e += U("title", c.title)
    e += U("date", c.date("paren"))
    e += c.story([c.cap("own_line"), c.W("(Xem tiếp trang 7)")] if c.p(0.5) else [c.cap("own_line")])
    e.append(("F", "byline", c.by(c.ch(["caps", "pair_caps", "agency"]))))
    e += c.W("Kỳ trước: " + c.rt(), "Kỳ tới: Ai chịu trách nhiệm?") if c.p(0.5) else c.rel_box("Bài cùng số báo:", 3, "plain")
    e += c.W("Đặt mua báo in: " + c.hotline(), "Mục lục số báo", "‹ Trang trước | Trang sau ›",
             "© Báo Phù Sa - Cơ quan ngôn luận của Hội Nông dân Phù Sa")
    return e


def L06_cms_breadcrumb_2007(c):
    e = U("site", "Nhịp Sống Ba Miền")
    e += c.W("Trang chủ » Xã hội » Đời sống", "Tìm kiếm...", c.date("words").capitalize())
    e += U("title", c.title)
    e += U("date", c.date("vn_full"))
    e += c.story([c.cap("dot_credit"), c.rel_box(None, 1, "xem"), c.cap("paren_credit")])
    e.append(("F", "byline", c.by(c.ch(["plain", "tail", "pair"]))))
    if c.p(0.5):
        e.append(("F", "credit", c.credit("anh")))
    e += c.W("Gửi cho bạn bè | Bản in | Phản hồi", "Tin cùng chuyên mục:") + c.rel_box(None, c.n(4, 7), "time")
    e += c.W("Ý kiến bạn đọc", "Họ tên:", "Email:", "Nội dung ý kiến:", "Gửi ý kiến | Nhập lại",
             "(Ý kiến của bạn sẽ được biên tập trước khi đăng. Vui lòng gõ tiếng Việt có dấu)")
    e += c.W("Tin tiêu điểm") + c.rel_box(None, 2, "plain")
    e += U("site", "Nhịp Sống Ba Miền")
    e += c.W("Về trang chủ | Giới thiệu | Quảng cáo | Liên hệ tòa soạn", "© 2007 Nhịp Sống Ba Miền. All rights reserved.")
    return e


def L07_cms_yahoo_2008(c):
    e = U("site", "KimNganNews.net")
    e += c.W("Hỗ trợ trực tuyến: [Yahoo] kimngan_hotro [Skype] kimngan.support", "RSS | Tiện ích | Tiền tệ | Chứng khoán",
             "Tin tức » Xã hội » Thời sự")
    e += U("title", c.title)
    e += U("date", c.date("dash"))
    e += c.W("(KimNganNews) -")
    e += c.story([c.cap("mark"), c.rel_box(None, 1, "teaser"), c.W("Quảng cáo") + c.W("Vay tiêu dùng lãi suất 0,9%/tháng - gọi ngay " + c.hotline())])
    e.append(("F", "byline", c.by(c.ch(["agency", "email", "caps"]))))
    if c.p(0.5):
        e.append(("F", "credit", c.credit("theo_p")))
    e += c.W("[RSS] [Yahoo Buzz] [Gửi bạn bè] [In]", "Các bài viết liên quan") + c.rel_box(None, c.n(3, 5), "date")
    e += c.W("Tiện ích: Lịch âm | Giá vàng | Kết quả xổ số", "Đối tác: Cửa hàng Kim Ngân - " + c.hotline())
    return e


def L08_forum_repost_2009(c):
    e = U("site", "Diễn đàn Bạn Trẻ Sông Hàn")
    e += c.W("Diễn đàn > Thế giới tin tức > Tin nóng trong ngày", f"Trang 1 của {c.n(2, 9)} 1 2 3 > Trang cuối »")
    user = c.ch(["sonhan_boy", "meocon_xinhxinh", "tieuphong_87", "langtu_mientrung"])
    e += c.W(f"#1 {c.date('us')}", user, f"Thành viên tích cực | Tham gia: 0{c.n(1, 9)}-200{c.n(5, 8)} | Bài gửi: {c.n(10, 4000)}")
    e += U("title", c.title)
    e += U("date", c.date("sent"))
    e += c.story([c.img("Ảnh thu nhỏ: click để xem ảnh lớn", "plain")])
    e.append(("F", "credit", c.ch([f"Nguồn: {c.ch(OUTLETS)}", "Theo " + c.ch(OUTLETS), "st", "(sưu tầm)"])))
    e += c.W(f"__________________", c.ch(["Sống là không chờ đợi!", "Đời là bể khổ, qua được bể khổ là qua đời :))"]),
             f"The Following {c.n(2, 30)} Users Say Thank You to {user} For This Useful Post:", "Trả lời kèm trích dẫn")
    e += c.W(f"#2 {c.date('us')}", "meocon_xinhxinh", "Haizz, đọc tin mà buồn...", "#3", "langtu_mientrung",
             "Bác chủ thớt cho xin link gốc với")
    e += c.W("« Chủ đề trước | Chủ đề kế »", "Chủ đề tương tự") + c.rel_box(None, c.n(3, 4), "plain")
    e += c.W("Múi giờ GMT +7. Bây giờ là " + f"{c.n(0, 23):02d}:{c.n(10, 59)}.", "Powered by vBulletin® Copyright ©2000 - 2009")
    return e


def L09_blog360_2008(c):
    pen = c.ch(PENS)
    e = U("site", f"Góc nhỏ của {pen}")
    e += c.W("Blog | Ảnh | Bạn bè | Hồ sơ", f"~*~ {pen} ~*~ ngày mới lại bắt đầu ~*~")
    e += U("title", c.title)
    e += U("date", c.date("blog"))
    e += c.W("Tâm trạng: 😔 buồn | Đang nghe: Mưa hồng")
    e += c.story([c.cap("minh_hoa")])
    e.append(("F", "credit", c.ch([f"(Copy từ {c.ch(OUTLETS)})", f"nguồn: {c.ch(OUTLETS)}", c.credit("theo")])))
    e += c.W("Lời bàn của chủ nhà: đọc xong thấy buồn quá các bạn ạ...")
    e += c.W(f"Thể loại: {c.ch(['Tin tức', 'Linh tinh', 'Suy ngẫm'])} · Lượt xem: {c.n(10, 900)} · Gửi bình luận · Chia sẻ")
    e += c.W(f"Bình luận ({c.n(2, 9)})") + c.comments(c.n(2, 3), "blog")
    e += c.W("Mục trước | Mục sau", "Bài viết gần đây") + c.rel_box(None, c.n(2, 4), "plain")
    e += c.W("Lưu trữ blog", f"Tháng {c.dt.month} ({c.n(2, 20)})", "Bạn bè: " + ", ".join(c.r.sample(PENS, 3)))
    return e


def L10_blogspot_2010(c):
    e = U("site", "Mây Ngàn Blog")
    e += c.W("Tin tức, ghi chép và lượm lặt")
    e += U("date", c.date("blog").upper())
    e += U("title", c.title)
    e += c.story([c.cap(c.ch(["dot_credit", "own_line"]))])
    e.append(("F", "credit", c.ch([f"(Theo {c.ch(OUTLETS)})", f"Nguồn: {c.ch(OUTLETS)}"])))
    e.append(("F", "byline", f"Posted by {c.ch(PENS)} at {c.n(1, 12)}:{c.n(10, 59)} {c.ch(['AM', 'PM'])}"))
    e += c.W(f"{c.n(0, 12)} comments:",
             "Email This | BlogThis! | Share to Twitter | Share to Facebook",
             "Labels: " + ", ".join(c.r.sample(TAGS, 3)))
    e += c.comments(c.n(1, 3), "blog")
    e += c.W("Post a Comment", "Newer Post Older Post Home", "Subscribe to: Post Comments (Atom)")
    e += c.W("BLOG ARCHIVE", f"▼ {c.dt.year} ({c.n(30, 300)})", f"▼ {c.dt:%B} ({c.n(5, 40)})")
    e += c.rel_box(None, c.n(3, 5), "plain")
    e += c.W("BLOGROLL", "Nhật ký Sông Lam", "Sổ tay Lãng Du", "Followers", "Simple template. Powered by Blogger.")
    return e


def L11_wordpress_2012(c):
    e = U("site", "Sổ tay Lãng Du")
    e += c.W("Trang chủ Giới thiệu Lưu trữ Liên hệ", f"{c.ch(['Thời sự', 'Ghi chép'])} / " + c.date("vn_short"))
    e += U("title", c.title)
    e += U("date", c.date("words").capitalize())
    e.append(("F", "byline", "— " + c.by("posted")))
    e += c.W(f"{c.n(0, 40)} bình luận")
    e += c.story([c.cap("gallery"), c.cap("gallery"), c.rel_box(None, 1, "xem")])
    e.append(("F", "byline", c.by(c.ch(["pen", "tacgia"]))))
    e += c.W("Chia sẻ:", "Twitter", "Facebook", "Thích điều này:", "Thích Đang tải...", "Có liên quan")
    e += c.rel_box(None, 3, "date")
    e += c.W(f"{c.n(2, 9)} thoughts on “{c.title}”")
    for _ in range(c.n(2, 3)):
        e += c.W(c.ch(COMMENTERS), c.date("vn_short"), c.ch(COMMENTS), "Trả lời ↓")
    e += c.W("Trả lời Hủy trả lời", "Email của bạn sẽ không được hiển thị công khai.",
             "Blog tại WordPress.com. | Theme: Kiếm Lam bởi Trúc Lâm Tử.")
    return e


def L12_social_like_2012(c):
    e = U("site", "TinNóng Mỗi Ngày")
    e += c.W("TIN NÓNG | GIẢI TRÍ | SỨC KHOẺ | CÔNG NGHỆ | CLIP HAY", "Xã hội > Thời sự")
    e += U("title", c.title)
    e += U("date", c.date("time_first"))
    e += c.W(f"Like {c.count()}  Tweet  G+1  Chia sẻ {c.n(0, 500)}")
    e += c.story([c.cap("paren_credit"), c.rel_box(None, 1, "bullet"), c.cap("caps")], lead_first=True)
    e.append(("F", "byline", c.by(c.ch(["plain", "caps", "tonghop"]))))
    e.append(("F", "credit", c.credit(c.ch(["theo", "nguon"]))))
    e += c.W(f"Thích {c.count()} | Chia sẻ | Gửi")
    e += c.W(f"{c.n(3, 120)} bình luận", "Sắp xếp theo Hàng đầu")
    e += c.comments(c.n(2, 3), "fb")
    e += c.W("Plugin bình luận trên Facebook", "TIN KHÁC") + c.rel_box(None, c.n(4, 6), c.ch(["plain", "media"]))
    return e


def L13_lifestyle_mag_2013(c):
    e = U("site", "Tạp chí Sống Xanh")
    e += c.W("Thời trang | Làm đẹp | Gia đình | Xã hội | Du lịch", "Đăng nhập / Đăng ký")
    e += U("title", c.title)
    e += U("date", c.date("pipe"))
    e.append(("F", "byline", c.by(c.ch(["pen", "bai_anh", "bai_anh2"]))))
    e += c.W(f"♥ {c.n(1, 900)}   💬 {c.n(0, 120)}   ↗ Chia sẻ")
    e += c.story([c.cap("mark"), c.cap("portrait"), c.rel_box("Có thể bạn quan tâm:", 2, "plain")])
    if c.p(0.5):
        e.append(("F", "credit", c.credit("anh")))
    e += c.tags("TAGS:")
    e += c.W("BÀI VIẾT CÙNG CHUYÊN MỤC") + c.rel_box(None, c.n(3, 4), "teaser")
    e += c.W("Bình luận (0)", "Hãy là người đầu tiên bình luận bài viết này!",
             "Tạp chí Sống Xanh - Giấy phép số " + str(c.n(10, 999)) + "/GP-BTTTT", "Liên hệ quảng cáo: " + c.phone())
    return e


def L14_tabloid_hot_2014(c):
    e = U("site", "XÔN XAO 24H")
    e += c.W("🔥 HOT: " + c.rt(), "Trang chủ › Tin tức › Nóng trong ngày")
    e += U("title", c.title)
    e += U("date", c.date("vn_short"))
    e += c.W("(XonXao24h) - " + c.ch(["Tin mới nhất!", "Cập nhật liên tục!!!"]))
    e += c.story([c.cap("caps"), c.rel_box(None, 1, "xem"), c.cap("video"),
                  c.W("QUẢNG CÁO", "Bí quyết giảm 5kg trong 7 ngày, ai cũng làm được! >> Xem ngay")])
    e.append(("F", "byline", c.by(c.ch(["caps", "pen"]))))
    e.append(("F", "credit", c.credit(c.ch(["theo_p", "tonghop"]))))
    e += c.W("ĐỪNG BỎ LỠ 👇👇👇") + c.rel_box(None, c.n(3, 5), "media")
    e += c.W("ĐỌC NHIỀU NHẤT") + [("F", "related", f"{i + 1}. {c.rt()}") for i in range(c.n(3, 5))]
    e += c.W("Bạn nghĩ sao về tin này?", "😍 Thích  😮 Ngạc nhiên  😡 Phẫn nộ  😢 Buồn")
    return e


def L15_mobile_wap_2015(c):
    e = c.W("☰", "🔍")
    e += U("site", "m.songda-online.vn")
    e += c.W("Xã hội ▾")
    e += U("title", c.title)
    e += U("date", c.date(c.ch(["vn_short", "time_first"])))
    e += c.W(f"Theo dõi {c.ch(['Sóng Đà Online', 'chúng tôi'])} trên Google News")
    e += c.story([c.cap("plain"), c.rel_box(None, 1, c.ch(["xem", "bullet"])),
                  c.W("Tải app Sóng Đà - đọc báo nhanh, không quảng cáo")], lead_first=True)
    e.append(("F", "byline", c.by(c.ch(["tail", "plain", "agency"]))))
    if c.p(0.4):
        e.append(("F", "credit", c.credit("nguon")))
    e += c.W("Chia sẻ qua Zalo | Facebook | Sao chép link", "‹ Quay lại", "Tin mới") + c.rel_box(None, c.n(4, 6), "ago")
    e += c.W("Xem bản đầy đủ trên máy tính", "Lên đầu trang ↑", "© Sóng Đà Online")
    return e


def L16_video_gallery_2016(c):
    e = U("site", "Kênh Video Chim Lạc")
    e += c.W("VIDEO | ẢNH | PHÓNG SỰ | LIVESTREAM", "00:00 / 0" + str(c.n(1, 4)) + ":" + str(c.n(10, 59)))
    e += U("title", c.title)
    e += c.cap("video")
    e += U("date", c.date("dash"))
    e += U("title", c.title)
    e += c.W(f"{c.n(1, 900)}.{c.n(100, 999)} lượt xem")
    e += c.story([c.cap("gallery") + c.cap("gallery"), c.cap("gallery")])
    e.append(("F", "byline", c.by(c.ch(["bai_anh2", "pair"]))))
    e += [("F", "byline", "Thực hiện: " + c.name())] if c.p(0.4) else []
    e.append(("F", "credit", c.ch(["Nguồn video: ", "Video: ", "Nguồn: "]) + c.ch(OUTLETS)))
    e += c.W("PLAYLIST TIẾP THEO") + [("F", "related", f"{c.n(1, 9)}:{c.n(10, 59)} {c.rt()}") for _ in range(c.n(3, 5))]
    e += c.W("Tự động phát ●", "Đăng ký kênh để nhận video mới nhất 🔔")
    return e


def L17_amp_2017(c):
    e = U("site", "Thời Báo Vạn Xuân")
    e += c.W("Xem bản gốc trên website", "Thời sự")
    e += U("title", c.title)
    e += U("date", c.date("vn_short"))
    e.append(("F", "byline", c.by(c.ch(["plain", "pair", "place"]))))
    e += c.story([c.cap(c.ch(["plain", "dot_credit"])), c.rel_box(None, 1, "xem"), c.cap("plain")])
    if c.p(0.5):
        e.append(("F", "credit", c.credit("taken")))
    e += c.W("Chia sẻ: Facebook Zalo Twitter")
    e += c.W("Tin liên quan") + c.rel_box(None, c.n(3, 4), "plain")
    e += c.W("Xem thêm tin tức tại vanxuan.vn", "Powered by AMP ⚡")
    return e


def L18_finance_2018(c):
    e = U("site", "Tài Chính Đông Dương")
    e += c.W(f"VN-Index {c.n(900, 1200)},{c.n(10, 99)} ▲{c.n(1, 9)},{c.n(10, 99)} | HNX {c.n(100, 130)},{c.n(10, 99)} ▼0,{c.n(10, 99)} | USD/VND {c.n(22, 23)}.{c.n(100, 999)}",
             "Vĩ mô › Chính sách")
    e += U("title", c.title)
    e += U("date", c.date("vn_full"))
    e += c.W(f"{c.n(2, 9)} phút đọc")
    e += c.story([c.cap("own_line"), c.rel_box(None, 1, "xem"), c.W("Đồ thị: diễn biến giá vàng 30 ngày qua")])
    e.append(("F", "byline", c.by(c.ch(["plain", "full"]))))
    e.append(("F", "credit", c.credit(c.ch(["theo", "dich"]))))
    e += c.W("Mã chứng khoán liên quan: " + " ".join(c.r.sample(["HLG", "PSB", "VXA", "ĐDG", "KMN"], 3)))
    e += c.W("Tin cùng chuyên mục") + c.rel_box(None, c.n(4, 6), "time")
    e += c.W("Đăng ký nhận bản tin tài chính mỗi sáng", "Email của bạn", "ĐĂNG KÝ",
             "Thông tin chỉ mang tính tham khảo, không phải lời khuyên đầu tư.")
    return e


def L19_regional_tv_2019(c):
    e = U("site", "Đài PT-TH Hồng Lam")
    e += c.W("TRỰC TIẾP  HLTV1  HLTV2  Radio FM 96,5", "Thời sự › Tin trong tỉnh")
    e += U("title", c.title)
    e += c.W("▶ Xem video")
    e += U("date", c.date("ngay"))
    e += c.story([c.cap("video"), c.cap("plain")], lead_first=True)
    e.append(("F", "byline", c.ch([c.by("pair_caps"), f"PV: {c.name()} - KTV: {c.name()}", c.by("agency")])))
    e.append(("F", "credit", c.ch(["Nguồn: HLTV", "Nguồn: Thời sự HLTV", "(Nguồn: Đài PT-TH Hồng Lam)"])))
    e += c.W("Lịch phát sóng | Bản tin thời sự 19h | Tin nóng 24h")
    e += c.W("Video khác") + c.rel_box(None, c.n(3, 5), c.ch(["date", "media"]))
    e += c.W("Đài Phát thanh - Truyền hình Hồng Lam. Giấy phép số " + str(c.n(10, 99)) + "/GP-TTĐT",
             "Đường dây nóng: " + c.phone())
    return e


def L20_aggregator_app_2019(c):
    e = c.W("Tin Gom", "Dành cho bạn  Nóng  Mới  Video  Chủ đề")
    e += U("site", c.ch(OUTLETS))
    e += U("title", c.title)
    e += U("date", f"{c.n(1, 23)} giờ")
    e += c.W("Mở bài gốc ↗")
    e += c.story([c.cap("plain"), c.rel_box(None, 1, "bullet")])
    e.append(("F", "byline", c.by(c.ch(["plain", "tail"]))))
    e.append(("F", "credit", f"Theo {e[2][2]}"))
    e += c.W(f"{c.n(0, 80)} bình luận   {c.n(0, 999)} lượt thích", "Tin cùng chủ đề")
    e += [("F", "related", f"{c.rt()} · {c.ch(OUTLETS)}") for _ in range(c.n(3, 5))]
    e += c.W("Tin liên quan", "Xem thêm ▾") + c.rel_box(None, 2, "multi")
    e += U("site", e[2][2])
    e += c.W("Tải Tin Gom để nhận thông báo tin nóng", "Google Play | App Store")
    return e


def L21_spa_lazy_2020(c):
    e = c.W("Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn. Tiếp tục truy cập nghĩa là bạn đồng ý với Chính sách bảo mật.",
            "Đồng ý", "Tùy chỉnh")
    e += U("site", "Báo Ánh Dương")
    e += c.W("Mới nhất Thời sự Thế giới Kinh doanh Giải trí Thể thao Pháp luật", "Đang tải...")
    e += U("title", c.title)
    e += U("date", c.date("vn_full"))
    e.append(("F", "byline", c.by(c.ch(["plain", "pair"]))))
    e += c.W("Theo dõi Báo Ánh Dương trên")
    e += c.story([c.cap("mark"), c.W("Đang tải...") + c.rel_box(None, 1, "teaser"), c.W("Advertisement")])
    if c.p(0.5):
        e.append(("F", "credit", c.credit("dohoa")))
    e += c.W(f"Bài viết có hữu ích với bạn? 👍 {c.n(0, 300)}  👎 {c.n(0, 30)}")
    e += c.tags("Chủ đề:")
    e += c.W("Xem thêm") + c.rel_box(None, c.n(3, 4), "plain", teasers=c.p(0.5))
    e += c.W("Xem thêm bình luận", "Đang tải thêm tin...", "Lên đầu trang")
    return e


def L22_paywall_2021(c):
    e = U("site", "Phố Hiến Premium")
    e += c.W("Đăng nhập  Đăng ký hội viên ✦", "Premium › Điều tra")
    e += U("title", c.title)
    e += U("date", c.date("vn_short"))
    e.append(("F", "byline", c.by(c.ch(["full", "plain"]))))
    e += c.W("🔒 Bài viết dành cho hội viên", f"Bạn còn {c.n(1, 3)} bài miễn phí trong tháng này")
    e += c.story([c.cap("dot_credit"), c.W("Tặng bài viết này cho bạn bè"), [("F", "credit", c.credit("dohoa"))],
                  c.W("Đăng ký Phố Hiến Premium chỉ " + str(c.n(39, 99)) + ".000đ/tháng để đọc không giới hạn",
                      "ĐĂNG KÝ NGAY")])
    e += c.W("Lưu bài viết 🔖", "Chia sẻ")
    e += c.W("Đọc tiếp") + c.rel_box(None, c.n(3, 4), "teaser")
    e += c.W("Phố Hiến Premium - trải nghiệm đọc báo không quảng cáo", "Câu hỏi thường gặp | Điều khoản sử dụng",
             "Hotline hỗ trợ hội viên: " + c.hotline())
    return e


def L23_audio_2022(c):
    e = U("site", "Báo Ngàn Thông")
    e += c.W("Thời sự | Xã hội | Podcast | E-magazine", "Xã hội / Dân sinh")
    e += U("title", c.title)
    e += U("date", c.date(c.ch(["vn_full", "pipe"])))
    e += c.W("🎧 Nghe bài viết", f"0:00 / {c.n(1, 6)}:{c.n(10, 59)}", "Giọng đọc: Nữ miền Bắc ▾  Tốc độ: 1x",
             "Nội dung được tạo bằng công nghệ chuyển văn bản thành giọng nói")
    e += c.story([c.cap(c.ch(["own_line", "paren_credit"])), c.rel_box(None, 1, "xem"), c.cap("portrait")])
    e.append(("F", "byline", c.by(c.ch(["caps", "pair_caps", "pvdash"]))))
    e += c.W(f"{c.count()} lượt nghe", "Gửi góp ý cho giọng đọc")
    e += c.tags("Từ khóa:")
    e += c.W("Podcast mới") + c.rel_box(None, c.n(2, 3), "media")
    e += c.W("Bài cùng chuyên mục") + c.rel_box(None, c.n(3, 4), "ago")
    return e


def L24_ai_summary_2024(c):
    e = U("site", "Tin Tức Bình Minh")
    e += c.W("Menu", "Thời sự", "Tìm kiếm")
    e += U("title", c.title)
    e += U("date", c.date("iso") if c.p(0.3) else c.date("vn_short"))
    e.append(("F", "byline", c.by(c.ch(["plain", "pair", "place"]))))
    e += c.W("✨ Tóm tắt nhanh (AI)")
    first = [s for p in c.paras for s in p]
    for s in first[:c.n(2, 3)]:
        w = s.split()
        if len(w) < 10:
            continue
        line = "• " + " ".join(w[:c.n(6, 9)]).rstrip(",;:") + "…"
        if c.safe(line):
            e.append(("F", "widget", line))
    e += c.W("Nội dung tóm tắt do AI tạo, có thể chưa chính xác. Bạn thấy tóm tắt này hữu ích? 👍 👎")
    e += c.story([c.cap(c.ch(["dot_credit", "mark"])), c.rel_box(None, 1, "xem"), c.cap("minh_hoa")])
    if c.p(0.5):
        e.append(("F", "credit", c.credit(c.ch(["theo", "nguon"]))))
    e += c.W("Chia sẻ", "Sao chép liên kết", "Lưu")
    e += c.W("Có thể bạn quan tâm") + c.rel_box(None, c.n(3, 5), c.ch(["plain", "ago"]))
    e += c.W("Hỏi trợ lý AI về bài viết này 💬", "© Tin Tức Bình Minh. Mọi quyền được bảo lưu.")
    return e


LAYOUTS = [
    ("L01_portal_table_2001", L01_portal_table_2001, (2000, 2002), (2, 4)),
    ("L02_marquee_portal_2003", L02_marquee_portal_2003, (2002, 2004), (2, 4)),
    ("L03_guestbook_portal_2004", L03_guestbook_portal_2004, (2003, 2005), (1, 3)),
    ("L04_province_gov_2005", L04_province_gov_2005, (2004, 2007), (2, 4)),
    ("L05_print_edition_2006", L05_print_edition_2006, (2005, 2008), (2, 4)),
    ("L06_cms_breadcrumb_2007", L06_cms_breadcrumb_2007, (2006, 2008), (1, 3)),
    ("L07_cms_yahoo_2008", L07_cms_yahoo_2008, (2007, 2009), (1, 3)),
    ("L08_forum_repost_2009", L08_forum_repost_2009, (2008, 2010), (2, 4)),
    ("L09_blog360_2008", L09_blog360_2008, (2007, 2009), (1, 4)),
    ("L10_blogspot_2010", L10_blogspot_2010, (2009, 2011), (1, 3)),
    ("L11_wordpress_2012", L11_wordpress_2012, (2011, 2013), (1, 3)),
    ("L12_social_like_2012", L12_social_like_2012, (2011, 2013), (1, 2)),
    ("L13_lifestyle_mag_2013", L13_lifestyle_mag_2013, (2012, 2014), (1, 3)),
    ("L14_tabloid_hot_2014", L14_tabloid_hot_2014, (2013, 2015), (1, 2)),
    ("L15_mobile_wap_2015", L15_mobile_wap_2015, (2014, 2016), (1, 2)),
    ("L16_video_gallery_2016", L16_video_gallery_2016, (2015, 2017), (1, 2)),
    ("L17_amp_2017", L17_amp_2017, (2016, 2018), (1, 2)),
    ("L18_finance_2018", L18_finance_2018, (2017, 2019), (1, 3)),
    ("L19_regional_tv_2019", L19_regional_tv_2019, (2018, 2020), (1, 3)),
    ("L20_aggregator_app_2019", L20_aggregator_app_2019, (2018, 2020), (1, 2)),
    ("L21_spa_lazy_2020", L21_spa_lazy_2020, (2019, 2021), (1, 2)),
    ("L22_paywall_2021", L22_paywall_2021, (2020, 2022), (1, 3)),
    ("L23_audio_2022", L23_audio_2022, (2021, 2023), (1, 3)),
    ("L24_ai_summary_2024", L24_ai_summary_2024, (2023, 2024), (1, 2)),
]


# ----------------------------------------------------------------------------------------------
# scraper faults
# ----------------------------------------------------------------------------------------------
FAULTS = ("nbsp", "zwsp", "dblspace", "glue", "nfd")


def inner_space_edit(s, rng, what):
    idx = [i for i, ch in enumerate(s) if ch == " " and 0 < i < len(s) - 1]
    if not idx:
        return s
    i = rng.choice(idx)
    if what == "nbsp":
        return s[:i] + "\u00a0" + s[i + 1:]
    if what == "dblspace":
        return s[:i] + "  " + s[i + 1:]
    if what == "zwsp":
        return s[:i + 1] + "\u200b" + s[i + 1:]
    return s


def apply_faults(entries, faults, rng):
    out = []
    for e in entries:
        if e[0] == "B":
            items = list(e[1])
            if "glue" in faults and len(items) >= 2 and rng.random() < 0.5:
                j = rng.randrange(len(items) - 1)
                a, b = items[j], items[j + 1]
                if a.endswith(".") and b[:1].isalpha() and b[:1].isupper():
                    items[j:j + 2] = [a + b]
            for f in ("nbsp", "zwsp", "dblspace"):
                if f in faults:
                    items = [inner_space_edit(s, rng, f) if rng.random() < 0.4 else s for s in items]
            out.append(("B", items))
        else:
            line = e[2]
            for f in ("nbsp", "zwsp", "dblspace"):
                if f in faults and rng.random() < 0.3:
                    line = inner_space_edit(line, rng, f)
            out.append((e[0], e[1], line))
    if "nfd" in faults:
        nf = lambda s: unicodedata.normalize("NFD", s)
        out = [("B", [nf(s) for s in e[1]]) if e[0] == "B" else (e[0], e[1], nf(e[2])) for e in out]
    return out


# ----------------------------------------------------------------------------------------------
# building and checking
# ----------------------------------------------------------------------------------------------
class ContractError(Exception):
    pass


def check_page(pg, body_sents_norm):
    lines = pg.text.split("\n")
    if not pg.text.strip():
        raise ContractError("blank text")
    for ln in lines:
        if not ln or ln != ln.strip():
            raise ContractError(f"line not stripped/non-blank: {ln!r}")
    if not pg.body:
        raise ContractError("no body")
    for b in pg.body:
        if b not in pg.text:
            raise ContractError(f"body not substring: {b[:60]!r}")
    for k, ln in pg.furniture:
        if k not in KINDS:
            raise ContractError(f"bad kind {k}")
    bi = fi = 0
    unl = []
    for ln in lines:
        if fi < len(pg.furniture) and pg.furniture[fi][1] == ln:
            fi += 1
            continue
        hit = False
        for k in range(1, 5):
            if bi + k <= len(pg.body) and " ".join(pg.body[bi:bi + k]) == ln:
                bi += k
                hit = True
                break
        if not hit:
            unl.append(ln)
    if bi != len(pg.body) or fi != len(pg.furniture):
        raise ContractError(f"not all labels consumed body {bi}/{len(pg.body)} furn {fi}/{len(pg.furniture)}")
    if len(unl) > 3:
        raise ContractError(f"too many unlabelled lines: {unl}")
    bad = body_sents_norm
    for _, ln in pg.furniture:
        if norm(ln) in bad:
            raise ContractError(f"furniture equals a body sentence: {ln!r}")
    for ln in unl:
        if norm(ln) in bad:
            raise ContractError(f"unlabelled equals a body sentence: {ln!r}")


def build_page(k, row, title, article, rel_rows, order):
    sents, keep, tail = take_story(article)
    body = [detok(s) for s, kp in zip(sents, keep) if kp]
    title = detok_title(title)
    body = [b for b in body if norm(b) != norm(title)]
    if not body:  # never expected on the real file; fall back to the longest clean sentence
        cand = [s for s in sents if quotes_balanced(s) and not CAPMARK.search(s) and nwords(s) >= 28]
        if not cand:
            raise ContractError(f"row {row}: no sure story sentence")
        body = [detok(max(cand, key=nwords))]
    lname, fn, years, per_para = LAYOUTS[order[k % len(LAYOUTS)]]
    yrs = [int(y) for y in re.findall(r"\b(20[01]\d)\b", article) if 2003 <= int(y) <= 2019]
    c = Ctx(row, title, body, name_tail(tail), rel_rows, years, per_para, max(yrs) if yrs else None)
    entries = fn(c)
    # drop any furniture that would collide with the story (never on the real file, but be safe)
    entries = [e for e in entries if e[0] == "B" or e[0] == "U" or c.safe(e[2]) or e[2] == title]
    fr = R(row, "faults")
    faults = []
    if fr.random() < 0.27:
        faults = fr.sample(FAULTS, fr.choice([1, 1, 2]))
    entries = apply_faults(entries, faults, fr)
    lines, bodyl, furn = [], [], []
    seen_u = set()
    for e in entries:
        if e[0] == "B":
            items = [" ".join(s.split(" ")) for s in e[1]]
            bodyl.extend(items)
            lines.append(" ".join(items))
        elif e[0] == "U":
            if e[1] in seen_u:  # a repeat of the title/date/site line is a widget
                furn.append(("widget", e[2].strip()))
            else:
                seen_u.add(e[1])
            lines.append(e[2].strip())
        else:
            furn.append((e[1], e[2].strip()))
            lines.append(e[2].strip())
    text = "\n".join(lines)
    pg = Page(text, bodyl, furn, lname)
    bn = set()
    for b in bodyl:
        bn.add(norm(b))
        # a glued pair also guards its halves
        for part in re.split(r"(?<=[.?!])(?=[A-ZĐÀ-Ỹ])", unicodedata.normalize("NFC", b)):
            bn.add(norm(part))
    check_page(pg, bn)
    return pg, faults


def pages(train_path):
    body_rows, rel_rows = read_rows(train_path)
    order = list(range(len(LAYOUTS)))
    R("all", "layout-order").shuffle(order)
    out = []
    FAULT_LOG.clear()
    for k, (row, title, article) in enumerate(body_rows):
        pg, faults = build_page(k, row, title, article, rel_rows, order)
        FAULT_LOG.append(faults)
        out.append(pg)
    return out


FAULT_LOG = []


def main(argv):
    path = argv[1] if len(argv) > 1 else "/work/shared/data/vietnews_train.jsonl.gz"
    ps = pages(path)
    per = defaultdict(Counter)
    for pg in ps:
        c = per[pg.layout]
        c["pages"] += 1
        c["body"] += len(pg.body)
        for k, _ in pg.furniture:
            c[k] += 1
    cols = ["pages", "body"] + list(KINDS)
    print(f"{'layout':28s} " + " ".join(f"{x:>8s}" for x in cols + ["furn"]))
    tot = Counter()
    for name, *_ in LAYOUTS:
        c = per[name]
        tot.update(c)
        fsum = sum(c[k] for k in KINDS)
        print(f"{name:28s} " + " ".join(f"{c[x]:8d}" for x in cols) + f" {fsum:8d}")
    fsum = sum(tot[k] for k in KINDS)
    print(f"{'TOTAL':28s} " + " ".join(f"{tot[x]:8d}" for x in cols) + f" {fsum:8d}")
    fc = Counter(f for fl in FAULT_LOG for f in fl)
    print(f"pages with faults: {sum(1 for fl in FAULT_LOG if fl)} / {len(ps)}; " +
          ", ".join(f"{f}={fc[f]}" for f in FAULTS))


if __name__ == "__main__":
    main(sys.argv)
