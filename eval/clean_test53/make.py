#!/usr/bin/env python3
"""clean_test53: one news story, many scrape paths.

Blind held-out evaluation set for a Vietnamese news-page cleaner.
Standard library only.  Usage:
    python eval/clean_test53/make.py /work/shared/data/vietnews_train.jsonl.gz
"""
import collections
import datetime
import gzip
import json
import random
import re
import sys
import unicodedata
from typing import NamedTuple

SEED = 5353
BODY_ROWS = range(19_000, 19_100)
RELATED_ROWS = range(18_700, 18_800)
KINDS = ("byline", "credit", "caption", "related", "widget")
ZW = "\u200b\u200c\u200d\u2060\ufeff"


class Page(NamedTuple):
    text: str
    body: list
    furniture: list
    layout: str


def rng(row, purpose):
    return random.Random(f"test53|{SEED}|{row}|{purpose}")


def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = "".join(ch for ch in s if ch not in ZW)
    s = "".join(s.split())
    return s.casefold()


# ---------------------------------------------------------------- reading
def read_rows(path):
    """Stream the gz file once; return {row: obj} for usable rows we need."""
    need = set(BODY_ROWS) | set(RELATED_ROWS)
    last = max(need)
    out = {}
    with gzip.open(path, "rb") as f:
        for i, line in enumerate(f):          # binary iteration splits on b"\n"
            if i in need:
                obj = usable(line)
                if obj is not None:
                    out[i] = obj
            if i >= last:
                break
    return out


def usable(line):
    if not line.strip():
        return None
    try:
        obj = json.loads(line)
    except ValueError:
        return None
    if not isinstance(obj, dict):
        return None
    t, a = obj.get("title"), obj.get("article")
    if not isinstance(t, str) or not isinstance(a, str) or not t.strip() or not a.strip():
        return None
    return {"title": " ".join(t.split()), "article": " ".join(a.split())}


# ---------------------------------------------------------------- splitting
ABBR = {"tp", "ts", "gs", "pgs", "ths", "bs", "th.s", "ks", "mr", "mrs", "ms", "dr", "st",
        "no", "vs", "v.v", "ct", "q", "p", "tt", "đ/c", "đc", "tr", "nxb", "ubnd", "ls", "nsưt", "nsnd"}
BOUND = re.compile(r'([.?!…]+)(["”\']?)(\s+)')


def _upper_start(s):
    for ch in s:
        if ch in '"“\'«( ':
            continue
        return ch.isupper() or ch.isdigit() or ch in "*•"
    return False


def raw_split(text):
    text = " ".join(text.split())
    out, start = [], 0
    for m in BOUND.finditer(text):
        end = m.end(2)
        nxt = text[m.end():]
        if not nxt or not _upper_start(nxt[:3]):
            continue
        before = text[start:m.start()]
        tok = before.split(" ")[-1] if before else ""
        if m.group(1) == "." and not m.group(2):
            if tok.lower().strip("(") in ABBR:
                continue
            if len(tok) == 1 and tok.isalpha():          # single initial
                continue
            if re.fullmatch(r"(?:[A-Za-zĐđ]\.)+[A-Za-zĐđ]?", tok):   # dotted acronym
                continue
        out.append(text[start:end].strip())
        start = m.end()
    rest = text[start:].strip()
    if rest:
        out.append(rest)
    return out


def balanced(s):
    apos = len(re.findall(r"(?<![0-9A-Za-zÀ-ỹĐđ])'", s))
    return (s.count('"') % 2 == 0 and s.count("“") == s.count("”") and apos % 2 == 0
            and s.count("(") == s.count(")"))


def split_units(text, cap=5):
    """Sentences; quoted speech spanning several sentences stays one unit."""
    pieces = raw_split(text)
    units, i = [], 0
    while i < len(pieces):
        cur, j = pieces[i], i
        while not balanced(cur) and j + 1 < len(pieces) and j - i < cap:
            j += 1
            cur = cur + " " + pieces[j]
        units.append((cur, balanced(cur)))
        i = j + 1
    return units


# ---------------------------------------------------------------- story / caption confidence
REPORT = re.compile(r"(cho biết|cho hay|khẳng định|thông tin|chia sẻ|\bnói\b|\bkể\b|nhấn mạnh|đề nghị|"
                    r"yêu cầu|cho rằng|theo đó|tuy nhiên|ngoài ra|trong khi|trước đó|sau đó|hiện nay|"
                    r"đồng thời|bởi vì|do đó|vì vậy|nhưng|được biết|trao đổi với|phản ánh|thừa nhận|"
                    r"giải thích|dự kiến|quyết định)", re.I)
TIME = re.compile(r"(\b\d{1,2}/\d{1,2}\b|\b\d{1,2}h\d{0,2}\b|\bngày \d|\bhôm (qua|nay)|\bsáng nay|"
                  r"\bchiều nay|\btối qua|\bđêm qua)")
CONNECT = re.compile(r"^(Theo |Tuy nhiên|Trước đó|Sau đó|Ngoài ra|Đồng thời|Trong khi|Hiện,|Hiện nay|"
                     r"Hiện tại|Do đó|Vì vậy|Vì thế|Nếu|Bên cạnh đó|Mặc dù|Riêng|Cũng theo|Như vậy|"
                     r"Trước tình|Trên cơ sở|Cụ thể|Theo đó|Trao đổi|Lý giải|Liên quan|Nói về|"
                     r"Chiều \d|Sáng \d|Tối \d|Trưa \d|Đêm \d|Ngày \d|Khoảng \d|Lúc \d|Đến \d|Từ ngày|"
                     r"Đến nay|Năm \d)")
WEAK = re.compile(r"^(Khi|Do|Vì|Để|Từ|Với|Cùng|Còn|Đến|Tại|Trong|Cũng|Qua|Về|Vào|Sau|Trước|Đầu|"
                  r"Cuối|Năm|Chiều|Sáng|Tối|Trưa)\b")
VISUAL = re.compile(r"(bẹp dúm|biến dạng|hiện trường|vỡ nát|vỡ vụn|tan hoang|ngổn ngang|cháy rụi|"
                    r"trơ khung|nằm (chênh vênh|la liệt|ngổn|giữa|trên|bên)|hình ảnh|quang cảnh|"
                    r"khung cảnh|toàn cảnh|phối cảnh|chụp|bức ảnh|tấm ảnh|clip|video|bên trong|"
                    r"phía trước|đứng trước|ngồi|tạo dáng|chiếc xe|tại buổi|tại lễ|phát biểu tại|"
                    r"trong buổi|trong lễ|thăm hỏi|trao quà|tặng quà|ôm|rước|diễu hành|biển báo|băng rôn|thiêu rụi|"
                    r"đổ sập|ùn ứ|xếp hàng|chen chúc|cảnh tượng|ngập sâu|chìm trong|, nơi )",
                    re.I)
BAD = re.compile(r"(Ảnh|ẢNH|Video|VIDEO|Clip|Đồ hoạ|Đồ họa|Nguồn:|Xem thêm|Chi tiết:|>|\||\*|•|"
                 r"Infographic|Bấm vào|Click|Mời quý|Mời độc giả|Mời bạn|(^|\s)[a-dđ]\) )")
FUSED = re.compile(r"[a-zà-ỹđ,0-9)] (?:(?:Theo|Ông|Nhiều|Các|Một|Những|Đây|Đó|Việc|Khi|Sau|Trong|"
                   r"Hiện|Người|Trước|Tại|Chúng|Tôi|Không|Nhưng|Để|Nếu|Ngoài|Cũng|Còn)\b|Tuy nhiên|"
                   r"(?:Sáng|Chiều|Tối|Trưa|Ngày|Đêm|Khoảng|Lúc|Đầu|Cuối|Năm) \d)")
HONOR = re.compile(r"^(Ông|Bà|Anh|Chị|Cô|Em|Bé|Cháu|Cụ|Thầy|Đại tá|Thượng tá|Trung tá|Thiếu tá|Đại uý|"
                   r"Thiếu tướng|Trung tướng|Thượng tướng|Đại tướng|Bộ trưởng|Thứ trưởng|Chủ tịch|Phó|"
                   r"Giám đốc|Bí thư|Thủ tướng|Tổng|Lãnh đạo|Đoàn|Đại diện|Lực lượng|Cảnh sát|Công an|"
                   r"Người dân|Du khách|Học sinh|Các|Nhiều|Hiện trường|Khung cảnh|Quang cảnh|Toàn cảnh)\b")
STARTERS = set("Về Dự Lãnh Tỉnh Hiện Nhiều Những Các Một Sau Trước Theo Ông Đây Đó Vụ Sự Tình Tại Trong Khi "
                "Người Cận Toàn Quang Tuy Nhưng Do Vì Để Hình Clip".split())


def fused_start(s):
    """A caption or subheading with no full stop glued onto the next sentence:
    'lowercase-word/date Starter lowercase-word'."""
    t = s.split()
    for i in range(1, len(t) - 1):
        a, b, c = t[i - 1], t[i], t[i + 1]
        if b in STARTERS and c.isalpha() and c.islower() and \
                ((a.isalpha() and a.islower()) or re.fullmatch(r"\d+(/\d+)*", a)):
            return True
    return False


STOP = re.compile(r"(Xem thêm|> >|Xem video|Xem clip|Mời độc giả|Mời quý)")
CREDIT_NEXT = re.compile(r"(^|\s)(Ảnh|ẢNH|Nguồn|Video|Clip)\s*:")


def score(s):
    w = s.split()
    n = len(w)
    if s[-1] not in ".?!\"”'…)":
        return -99          # unterminated: author tail / "Theo X" / fused furniture
    if BAD.search(s) or FUSED.search(s) or fused_start(s):
        return -99
    if not (s[0].isupper() or s[0] in '"“'):
        return -99
    c = s.count(",")
    quote = any(q in s for q in '"“”')
    rep = bool(REPORT.search(s))
    sc = 0
    sc += (n >= 12) + (n >= 22) + (n >= 25) + (c >= 1) + (c >= 2)
    sc += 2 * quote + 2 * rep + bool(TIME.search(s)) + (" vừa " in s)
    if CONNECT.match(s):
        sc += 3
    elif WEAK.match(s):
        sc += 1
    if VISUAL.search(s) and not quote:
        sc -= 2
    if ", nơi " in s:
        sc -= 3
    if HONOR.match(s) and not rep and not quote:
        sc -= 2
    if n < 8:
        sc -= 3
    marked = quote or rep or TIME.search(s) or CONNECT.match(s) or WEAK.match(s) or " vừa " in s
    if not marked:
        sc -= 1         # plain descriptive sentence: could be a long photo caption
    return sc


def story_sentences(article):
    """Sentences we are sure are story text, in order.  Everything doubtful
    (first-sentence photo captions, mid-story captions, fused subheadings,
    author / 'Theo X' tails, unbalanced quotes) is left off entirely."""
    units = split_units(article)
    keep, best = [], None
    for i, (u, ok) in enumerate(units):
        if STOP.search(u):
            break
        sc = score(u) if ok else -99
        if i + 1 < len(units) and CREDIT_NEXT.search(units[i + 1][0]):
            sc = -99        # the sentence before an "Ảnh:" credit is a caption
        need = 5 if i == 0 else 4
        if sc >= need:
            keep.append(u)
        elif i > 0 and sc >= 2 and len(u.split()) >= 12 and u.count(",") >= 2 and \
                (best is None or sc > best[0]):
            best = (sc, u)      # fallback so that no page is left without story text
    if not keep and best:
        keep.append(best[1])
    return keep


# ---------------------------------------------------------------- invented vocab
FAM = "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Trịnh Mai Tạ Lương Kiều Quách Lại Thân".split()
MID = "Văn Thị Minh Ngọc Quốc Hữu Thanh Đức Hoài Bảo Thu Gia Khánh Xuân Kim Tuấn Phương Hồng Thế Diệu Nhật Trọng".split()
GIV = ("An Bình Châu Dũng Giang Hà Hải Hân Hiếu Hoa Huy Khánh Lâm Linh Long Mai Nam Nga Phong Phúc Quân Sơn "
       "Tâm Thảo Trang Trung Tú Tuấn Uyên Vy Yến Khôi Đạt Nhi Duy Lộc Hưng Thư Vân Thắng Nguyên Tùng Triết Kha").split()
OUTLETS = [("Báo Ánh Dương", "baoanhduong.vn", "BAD"), ("Tin Sáng Điện Tử", "tinsangdt.vn", "TSĐT"),
           ("Thời Sự Ba Miền", "thoisubamien.com.vn", "TSBM"), ("Nhật Báo Phố Hiến", "nhatbaophohien.vn", "NBPH"),
           ("Báo Điện Tử Hồng Lam", "honglam-online.vn", "HLO"), ("Tiếng Nói Cửu Long", "tiengnoicuulong.vn", "TNCL"),
           ("Bản Tin Sông Hàn", "bantinsonghan.vn", "BTSH"), ("Nhịp Cầu Phương Nam", "nhipcauphuongnam.vn", "NCPN"),
           ("Báo Miền Sơn Cước", "sonCuoc24.vn".lower(), "MSC"), ("Thông Tấn Đất Mới", "thongtandatmoi.vn", "TTĐM"),
           ("Người Thủ Đô Nay", "nguoithudonay.vn", "NTĐN"), ("Kênh Tin Lúa Vàng", "luavangnews.vn", "KTLV"),
           ("Điểm Tin Bốn Phương", "diemtin4phuong.vn", "ĐT4P"), ("Báo Đồng Bằng Xanh", "dongbangxanh.vn", "ĐBX"),
           ("Sóng Mới Online", "songmoionline.vn", "SMO"), ("Thời Báo Cao Nguyên Mây", "caonguyenmay.vn", "CNM")]
WEEKDAY = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
ROLES = ["Giám đốc Sở Xây dựng", "Phó chủ tịch UBND huyện", "Chủ tịch UBND xã", "Trưởng phòng Cảnh sát giao thông",
         "Hiệu trưởng nhà trường", "Phó giám đốc Ban quản lý dự án", "Trưởng ban Quản lý chợ", "Giám đốc bệnh viện",
         "Phó trưởng Công an huyện", "Chánh văn phòng UBND tỉnh", "Trưởng trạm Kiểm lâm", "Bí thư Đoàn phường"]
SCENES = ["Hiện trường vụ việc.", "Lực lượng chức năng có mặt tại hiện trường.", "Quang cảnh buổi làm việc.",
          "Toàn cảnh hội nghị.", "Khu vực xảy ra sự việc được căng dây phong toả.", "Người dân hiếu kỳ đứng xem.",
          "Phương tiện bị tạm giữ phục vụ điều tra.", "Một góc công trình đang thi công dang dở.",
          "Đoàn công tác kiểm tra thực tế tại địa phương.", "Đại biểu biểu quyết thông qua nghị quyết.",
          "Phối cảnh dự án sau khi hoàn thành.", "Lực lượng cứu hộ tiếp cận khu vực bị nạn.",
          "Tuyến đường ngập sâu sau trận mưa lớn.", "Người dân đi lại khó khăn.", "Buổi lễ diễn ra trang trọng.",
          "Cán bộ địa phương hướng dẫn người dân làm thủ tục.", "Cảnh sát phân luồng giao thông.",
          "Khói đen bốc cao từ đám cháy.", "Xe cứu thương đưa nạn nhân đi cấp cứu.", "Bên trong trụ sở cơ quan.",
          "Tang vật được thu giữ.", "Nhiều hộ dân sống gần khu vực bị ảnh hưởng.", "Các em học sinh trong giờ ra chơi.",
          "Khu đất bỏ hoang nhiều năm.", "Hàng dài phương tiện chờ qua trạm.", "Cận cảnh tấm biển cảnh báo.",
          "Một buổi tập huấn của lực lượng dân phòng.", "Người thân nạn nhân đau buồn.",
          "Công nhân khẩn trương khắc phục sự cố.", "Mô hình được nhiều địa phương học tập."]
ACTIONS = ["phát biểu tại buổi làm việc", "trao đổi với phóng viên", "kiểm tra hồ sơ", "chủ trì cuộc họp",
           "thăm hỏi người dân", "trả lời chất vấn", "báo cáo tại hội nghị", "thị sát công trình"]
COMMENTS = ["Mong cơ quan chức năng vào cuộc xử lý nghiêm.", "Thương quá 😢", "Ở quê mình cũng y chang vậy",
            "Cảm ơn báo đã đưa tin kịp thời!", "Đọc xong thấy buồn ghê", "Chuyện này nói hoài mà không sửa",
            "Tuyệt vời, ủng hộ 👍👍", "Cần làm rõ trách nhiệm người đứng đầu", "hóng diễn biến tiếp theo",
            "Ai ở gần đó cho hỏi giờ đi qua được chưa ạ?", "Bài viết rất chi tiết, cám ơn tác giả",
            "Ý kiến cá nhân: nên lấy ý kiến dân trước khi làm.", "Chúc mọi người bình an 🙏",
            "Sao giờ mới đưa tin vậy ad", "Không biết bao giờ mới xong", "Quá bức xúc luôn!!!",
            "Chia sẻ cho mọi người cùng biết", "Tag vào đây cho cả nhà đọc nè", "Hy vọng sẽ thay đổi tích cực hơn",
            "Like mạnh cho bài này"]
SECTIONS = ["Thời sự", "Xã hội", "Pháp luật", "Kinh tế", "Giáo dục", "Giao thông", "Đô thị", "Sức khoẻ",
            "Thế giới", "Văn hoá", "Thể thao", "Bạn đọc", "Nhịp sống", "Công nghệ"]
PROVINCES = ["Lâm Đồng", "Quảng Trị", "Bắc Giang", "Cà Mau", "Phú Yên", "Hà Giang", "Long An", "Ninh Bình",
             "Kon Tum", "Hậu Giang", "Thái Bình", "Bình Định"]


class Ctx:
    def __init__(self, row, obj, sents, rel_pool, rel_caps):
        self.row = row
        self.r = rng(row, "layout")
        self.title = obj["title"]
        r = self.r
        self.outlet, self.domain, self.code = r.choice(OUTLETS)
        self.section = r.choice(SECTIONS)
        self.dt = datetime.datetime(2015, 1, 1) + datetime.timedelta(
            days=r.randrange(5 * 365), minutes=r.randrange(6 * 60, 23 * 60))
        self.slug = "-".join(re.sub(r"[^0-9a-z ]", "", unicodedata.normalize("NFD", self.title.lower())
                                    .replace("đ", "d")).split())[:70] + f"-{r.randrange(10**5, 10**6)}.html"
        # paragraphs of 1-4 sentences
        rp = rng(row, "paragraphs")
        self.paras, i = [], 0
        while i < len(sents):
            k = rp.choices([1, 2, 3, 4], [3, 4, 2, 1])[0]
            self.paras.append(sents[i:i + k])
            i += k
        rr = rng(row, "related")
        self.rel = rel_pool[:]
        rr.shuffle(self.rel)
        self.caps = rel_caps[:]
        rr.shuffle(self.caps)

    # -- names
    def pen(self):
        return f"{self.r.choice(MID)} {self.r.choice(GIV)}"

    def full(self):
        return f"{self.r.choice(FAM)} {self.r.choice(MID)} {self.r.choice(GIV)}"

    def other_outlet(self):
        while True:
            o = self.r.choice(OUTLETS)
            if o[0] != self.outlet:
                return o

    # -- dates
    def dmy(self, dt=None):
        dt = dt or self.dt
        return f"{dt.day:02d}/{dt.month:02d}/{dt.year}"

    def hm(self, dt=None):
        dt = dt or self.dt
        return f"{dt.hour:02d}:{dt.minute:02d}"

    def wd(self, dt=None):
        return WEEKDAY[(dt or self.dt).weekday()]

    def date_line(self, style=None):
        d, r = self.dt, self.r
        styles = [f"{self.wd()}, {self.dmy()} - {self.hm()}", f"{self.dmy()} {self.hm()} GMT+7",
                  f"Cập nhật: {self.hm()} {self.dmy()}", f"{self.wd()}, ngày {d.day} tháng {d.month} năm {d.year}",
                  f"{d.day}/{d.month}/{d.year} | {d.hour}:{d.minute:02d}", f"Đăng lúc {self.hm()} ngày {self.dmy()}",
                  f"{self.dmy()}, {self.hm()} (GMT+07:00)", f"{d.year}-{d.month:02d}-{d.day:02d} {self.hm()}"]
        return styles[style] if style is not None else r.choice(styles)

    # -- related material (already filtered against this page)
    def rt(self):
        t = self.rel[0]["title"]
        self.rel.append(self.rel.pop(0))
        return t

    def rtz(self):
        """(title, teaser) from one related row"""
        it = self.rel[0]
        self.rel.append(self.rel.pop(0))
        return it["title"], it["teaser"]

    def rcap(self):
        c = self.caps[0]
        self.caps.append(self.caps.pop(0))
        return c

    # -- furniture makers
    def caption(self):
        r = self.r
        x = r.random()
        if x < 0.35:
            return self.rcap()
        if x < 0.55:
            hon = r.choice(["Ông", "Bà"])
            act = r.choice(ACTIONS)
            return r.choice([f"{hon} {self.full()}, {r.choice(ROLES)}.",
                             f"{hon} {self.full()}, {r.choice(ROLES)}, {act}.",
                             f"{hon} {self.full()} ({r.choice(ROLES)}) {act}."])
        return r.choice(SCENES)

    def caption_credit(self):
        r = self.r
        c = self.caption()
        who = r.choice([self.pen(), self.pen(), self.code, "Tư liệu", "Internet", "CTV", "Người dân cung cấp"])
        return r.choice([f"{c} Ảnh: {who}", f"{c} (Ảnh: {who})", f"{c} - Ảnh: {who}", f"{c} Ảnh: {who.upper()}",
                         f"{c[:-1]}. Ảnh minh hoạ: {who}", f"{c} | Ảnh: {who}"])

    def credit(self):
        r = self.r
        o = self.other_outlet()
        return r.choice([f"Theo {o[0]}", f"Nguồn: {o[0]}", f"Ảnh: {self.pen()}", f"Ảnh: {self.pen().upper()}",
                         f"(Nguồn: {o[1]})", f"Theo {o[2]}", f"Nguồn ảnh: {o[0]}", f"Ảnh: {self.code}",
                         f"Bài viết được tổng hợp từ {o[0]}", f"Đồ hoạ: {self.pen()}", f"Ảnh: {self.pen()}/{o[2]}",
                         f"Nguồn tin: {o[0]} - {o[1]}", f"Theo báo {o[0].replace('Báo ', '')}"])

    def byline(self):
        r = self.r
        p = self.pen()
        return r.choice([p, p.upper(), f"{p} - {self.pen()}", f"{p} ({self.code})", f"{p}/{self.code}",
                         f"Bài và ảnh: {p}", f"Nhóm phóng viên", f"{self.full()}", f"{p} (tổng hợp)",
                         f"Tác giả: {p}", f"PV {p}", f"{p} - {self.pen()} - {self.pen()}", f"Bài, ảnh: {p.upper()}",
                         f"{self.full()} (CTV)", f"Phóng viên {p}", f"{p} | {self.outlet}"])

    def related_line(self):
        r = self.r
        t = self.rt()
        d = self.dt - datetime.timedelta(days=r.randrange(0, 20), hours=r.randrange(0, 20))
        x = r.random()
        if x < 0.35:
            return t
        return r.choice([f"• {t}", f"- {t}", f"{t} ({d.day}/{d.month})", f"{t} - {self.dmy(d)}",
                         f"» {t}", f">> {t}", f"Xem thêm: {t}", f"Tin liên quan: {t}", f"▶ {t}",
                         f"{t} | {self.hm(d)}", f"[{self.dmy(d)}] {t}", f"{t} 📷", f"{t} (Video)"])

    def related_multi(self, n=3):
        sep = self.r.choice([" | ", " • ", " / ", " ◦ ", "  ·  "])
        return sep.join(self.rt() for _ in range(n))

    def teaser(self, cut=None):
        t, z = self.rtz()
        return t, z

    def ad(self):
        r = self.r
        return r.choice(["Quảng cáo", "QUẢNG CÁO", "Advertisement", "- Quảng cáo -",
                         f"Vay tiêu dùng lãi suất 0% - Đăng ký ngay hotline 1900 {r.randrange(1000, 9999)}",
                         "Giảm 50% khi đặt tour Đà Lạt hôm nay! Xem chi tiết »", "Tài trợ bởi Bất Động Sản Hồ Gươm Xanh",
                         "Mua sắm thả ga - Freeship toàn quốc tại Chợ Vui Mart", "Nội dung được tài trợ",
                         f"Liên hệ quảng cáo: 0{r.randrange(900000000, 999999999)}", "Close Ad ✕", "Bỏ qua quảng cáo ›"])

    def share(self):
        return self.r.choice(["Chia sẻ: Facebook  Zalo  Twitter  Email", "Thích 0 Chia sẻ", "f  t  in  ✉",
                              "Chia sẻ bài viết:", "🔗 Sao chép liên kết", "Lưu bài viết", "In bài", "Gửi bài viết",
                              "👍 Thích   💬 Bình luận   ↗ Chia sẻ", "Chia sẻ Zalo", "Tweet", "A- A+",
                              "Cỡ chữ: Nhỏ | Vừa | Lớn", "🔖 Lưu", "Share"])

    def image_mark(self):
        r = self.r
        d = self.dt
        return r.choice(["[Ảnh]", "📷", "[Hình ảnh]", "Ảnh minh hoạ", "(ảnh minh họa)", "▲", "Xem ảnh lớn",
                         f"IMG_{r.randrange(1000, 9999)}.JPG", f"anh-{r.randrange(1, 9)}-{d.day}{d.month:02d}.jpg",
                         f"photo-{r.randrange(10**7, 10**8)}.jpeg", "[image]", "🖼", "Phóng to", "Ảnh 1/1"])

    def cap_block(self, mark=0.3, credit_line=0.25, caps_upper=False):
        r = self.r
        out = []
        if r.random() < mark:
            out.append(("widget", self.image_mark()))
        if r.random() < 0.4:
            c = self.caption_credit()
            out.append(("caption", c.upper() if caps_upper else c))
        else:
            c = self.caption()
            out.append(("caption", c.upper() if caps_upper else c))
            if r.random() < credit_line:
                out.append(("credit", f"Ảnh: {r.choice([self.pen(), self.code, 'TL', self.pen().upper()])}"))
        return out

    def story(self, cap=0.5, mark=0.3, inline_rel=0.15, ads=0.12, credit_line=0.3, caps_upper=False,
              lead=0.6, lead_sep=None):
        """Body paragraphs with captions, marks, inline related and ads around them."""
        r = self.r
        out = []
        if r.random() < lead:
            out += self.cap_block(mark, credit_line, caps_upper)
        n = len(self.paras)
        for i, p in enumerate(self.paras):
            out.append(("body", list(p)))
            if i == 0 and lead_sep:
                out.append(("widget", lead_sep))
            if i == n - 1:
                break
            if r.random() < min(0.9, cap + 0.15):
                out += self.cap_block(mark, credit_line, caps_upper)
            if r.random() < inline_rel:
                out.append(("related", r.choice(["Xem thêm: ", "Đọc thêm: ", ">> ", "TIN LIÊN QUAN: ", "► ",
                                                 "Tin liên quan: "]) + self.rt()))
            if r.random() < ads:
                out.append(("widget", self.ad()))
        return out

    def popups(self, k=None):
        r = self.r
        pool = ["Trang web sử dụng cookie để cải thiện trải nghiệm của bạn. Đồng ý", "Tìm hiểu thêm về cookie",
                "Bạn có muốn nhận thông báo tin mới nhất?", "Để sau | Cho phép", "Đăng ký nhận tin qua email",
                "Nhập email của bạn", "Theo dõi chúng tôi trên", "Facebook · YouTube · TikTok · Zalo OA",
                f"Hotline: 0{r.randrange(900, 999)}.{r.randrange(100, 999)}.{r.randrange(100, 999)}",
                "Gửi tin, bài, clip về email: toasoan@" + self.domain, "Tải app: App Store | Google Play",
                "Đường dây nóng", "Liên hệ quảng cáo", "RSS", "Sitemap", "Bạn đang xem bản thử nghiệm"]
        return [W(x) for x in r.sample(pool, k or r.randint(2, 4))]

    def menu(self, n=None):
        r = self.r
        items = r.sample(SECTIONS, n or r.randint(5, 9))
        return items

    def footer(self):
        r = self.r
        n = self.full()
        return [f"© {self.dt.year} {self.outlet}. Bảo lưu mọi quyền.",
                f"Giấy phép số {r.randrange(10, 999)}/GP-BTTTT cấp ngày {r.randrange(1, 28)}/{r.randrange(1, 12)}/{r.randrange(2010, 2015)}",
                f"Tổng biên tập: {n}",
                f"Địa chỉ: Số {r.randrange(1, 200)} đường {r.choice(FAM)} {r.choice(GIV)}, {r.choice(PROVINCES)}",
                f"Điện thoại: 0{r.randrange(200, 299)}.{r.randrange(1000, 9999)}.{r.randrange(100, 999)} - Email: toasoan@{self.domain}",
                "Ghi rõ nguồn khi phát hành lại thông tin từ website này."]


# ---------------------------------------------------------------- layouts
def W(line):
    return ("widget", line)


def L_desktop_selectall(C):
    r = C.r
    e = [W("Bỏ qua nội dung chính"), ("site", C.outlet), W(f"{C.wd()}, {C.dmy()}")]
    e += [W(x) for x in C.menu()]
    e += [W("Đăng nhập"), W("Tìm kiếm"), W("TIN MỚI")]
    e += [("related", C.related_line()) for _ in range(3)]
    e += [W(f"Trang chủ » {C.section}"), ("title", C.title), ("date", C.date_line(0)), W(C.share())]
    e += C.story(cap=0.5)
    e += [("byline", C.byline()), W("Từ khoá: " + ", ".join(r.sample(SECTIONS, 3)).lower()), W(C.share())]
    e += [W("ĐỌC NHIỀU")] + [("related", f"{i} {C.rt()}") for i in range(1, 5)]
    e += [W("Về đầu trang")] + [W(x) for x in C.footer()[:r.randint(3, 6)]] + C.popups()
    return e


def L_reader_mode(C):
    r = C.r
    e = [W("Aa   🔊 Nghe   ☰ Danh sách đọc   ✕"), W(C.domain), ("title", C.title), ("byline", f"{C.pen()}"),
         W(f"{r.randint(3, 9)}-{r.randint(10, 14)} phút"), ("date", C.date_line(1))]
    e += C.story(cap=0.6, mark=0.1, ads=0.0)
    e += [("credit", C.credit()), W("Xem tiếp trên trang gốc"), ("related", C.related_line()),
          ("related", C.related_line()), W(f"Đọc ở chế độ thường · {C.domain}/{C.section.lower()}")]
    return e


def L_rss_item(C):
    r = C.r
    o = C.outlet
    e = [("site", f"{o} - {C.section}"), W(f"https://{C.domain}/rss/{C.section.lower().replace(' ', '-')}.rss"),
         W(f"Mô tả kênh: Tin {C.section.lower()} mới nhất từ {o}"), W(f"Cập nhật lần cuối: {C.dmy()} {C.hm()}"),
         W("—"), ("title", C.title), W(f"Link: https://{C.domain}/{C.slug}"),
         ("date", C.dt.strftime("%a, %d %b %Y %H:%M:%S +0700")), W(f"Danh mục: {C.section}"),
         ("byline", f"dc:creator: {C.pen()}"), W(f"GUID: {C.domain}-{r.randrange(10**6, 10**7)}")]
    e += C.story(cap=0.35, mark=0.0, ads=0.0, inline_rel=0.05)
    e += [("credit", f"Bài viết {C.title} xuất hiện đầu tiên tại {o}."), W("—")]
    for _ in range(3):
        t, z = C.rtz()
        e += [("related", t), W(f"Link: https://{C.domain}/tin-{r.randrange(10**5, 10**6)}.html"), ("related", z)]
    return e


def L_aggregator_app(C):
    r = C.r
    o = C.other_outlet()
    e = [("site", "Tin Gom Nhanh"), W("☰  Nóng  Mới  Video  Chủ đề"), W(f"{C.section.upper()}"),
         ("title", C.title), ("credit", f"{o[0]} · {r.randint(1, 11)} giờ trước"), W("Theo dõi +"),
         W(r.choice(["🔊 Nghe bài viết", "▶ Đọc cho tôi nghe", "Nghe đọc"]))]
    e += C.story(cap=0.45)
    e += [("byline", C.byline()), W("Xem bài gốc"), W(f"Mở trên {o[1]}"), W("👍 12  💬 3  ↗"),
          W("CÙNG CHỦ ĐỀ")]
    for _ in range(r.randint(4, 6)):
        oo = C.other_outlet()
        e += [("related", C.rt()), W(f"{oo[0]} · {r.randint(1, 23)} giờ")]
    e += [W("Tải ứng dụng Tin Gom Nhanh"), W("Chính sách bảo mật · Điều khoản sử dụng")]
    return e


def L_web_archive(C):
    r = C.r
    cap1 = C.dt + datetime.timedelta(days=r.randint(1, 90))
    e = [W("KHO LƯU TRỮ MẠNG VIỆT"), W(f"https://{C.domain}/{C.slug}"), W("Tìm"),
         W(f"{r.randint(3, 60)} lần chụp"), W(f"{C.dmy()} - {C.dmy(cap1 + datetime.timedelta(days=700))}"),
         W("THG TRƯỚC | THG NÀY | THG SAU"), W(f"Ảnh chụp lúc {cap1.strftime('%H:%M:%S')} {C.dmy(cap1)}"),
         W("ⓘ Giới thiệu ảnh chụp này"), W("✕ Đóng thanh công cụ"), ("site", C.outlet.upper())] + C.popups(2)
    e += [W(" | ".join(C.menu(6)))]
    e += [("title", C.title), ("date", C.date_line(2)), ("byline", C.byline())]
    e += C.story(cap=0.45, mark=0.4)
    e += [("credit", C.credit()), W("Bình luận đã bị tắt trong bản lưu trữ."), W("TIN KHÁC")]
    e += [("related", C.related_line()) for _ in range(4)]
    e += [W(C.footer()[0]), W(f"Bản lưu trữ được tạo {C.dmy(cap1)} · Kho Lưu Trữ Mạng Việt")]
    return e


def L_newsletter(C):
    r = C.r
    e = [W(f"Từ: Bản Tin Sáng {C.outlet} <bantin@{C.domain}>"), W("Đến: ban-doc@hopthu.vn"),
         W(f"Ngày gửi: {C.wd()}, {C.dmy()} 06:0{r.randint(0, 9)}"),
         W(f"Chủ đề: ☕ Bản tin sáng {C.wd().lower()} - {r.randint(5, 12)} tin bạn cần biết"),
         W("Xem email này trên trình duyệt"), ("site", f"BẢN TIN SÁNG · {C.outlet.upper()}"),
         W("Chào bạn đọc,"), W("Dưới đây là những tin đáng chú ý nhất sáng nay."), W("1. TIÊU ĐIỂM"),
         ("title", C.title)]
    e += C.story(cap=0.3, mark=0.2, ads=0.15)
    e += [("byline", C.byline()), W("Đọc tiếp trên website →"), W("2. CÓ THỂ BẠN QUAN TÂM")]
    for _ in range(3):
        t, z = C.rtz()
        e += [("related", t), ("related", z), W("Đọc thêm →")]
    e += [W("Bạn nhận được email này vì đã đăng ký Bản Tin Sáng."), W("Huỷ đăng ký · Quản lý tuỳ chọn"),
          W(f"{C.outlet} · {C.footer()[3]}")]
    return e


def L_facebook(C):
    r = C.r
    page = r.choice(["Hóng Biến Phố Thị", "Cộng Đồng Tin Nhanh 24h", "Góc Phố Sài Thành Review",
                     "Hội Những Người Yêu Tin Tức", "Nhịp Sống Quê Mình"])
    e = [("site", page), W(f"{r.randint(1, 23)} giờ · 🌏"),
         W(r.choice(["🔴🔴 ", "📌 ", "⚡ NÓNG: ", "‼️ "]) + C.title.upper()), ("title", C.title)]
    paras = C.story(cap=0.15, mark=0.0, ads=0.0, inline_rel=0.0)
    cut = max(1, min(len(paras), 2))
    e += paras[:cut]
    e += [W("... Xem thêm")] if len(paras) > cut and r.random() < 0.5 else []
    e += paras[cut:]
    e += [("byline", r.choice([f"✍️ {C.pen()}", f"Bài: {C.pen()}", f"- {C.pen().upper()} -"])),
          ("credit", r.choice([f"Nguồn: {C.outlet}", f"(st) - nguồn {C.domain}", f"Theo {C.outlet}"])),
          W(" ".join(r.sample(["#tintuc", "#thoisu", "#nong", "#canhbao", "#xahoi", "#chiase", "#tinmoi"], 4))),
          W(f"👍❤️😮 {r.randint(1, 9)},{r.randint(1, 9)}K"),
          W(f"{r.randint(40, 900)} bình luận  {r.randint(5, 300)} lượt chia sẻ"),
          W("Thích   Bình luận   Chia sẻ"), W("Phù hợp nhất ▾")]
    for _ in range(r.randint(3, 5)):
        e += [W(C.full()), W(r.choice(COMMENTS)), W(f"{r.randint(1, 20)} giờ  Thích  Phản hồi  {r.randint(1, 99)}")]
    e += [W("Xem thêm bình luận"), W("Viết bình luận...")]
    return e


def L_telegram(C):
    r = C.r
    ch = r.choice(["Kênh Tin Nhanh 24/7", "Điểm Tin Mỗi Ngày", "TIN NÓNG VN ⚡", "Bản Tin Sớm"])
    e = [("site", ch), W(f"{r.randint(10, 99)},{r.randint(1, 9)}K người đăng ký"),
         ("credit", f"Chuyển tiếp từ {C.outlet}"), W("📰"), ("title", C.title)]
    e += C.story(cap=0.1, mark=0.0, ads=0.0, inline_rel=0.0)
    e += [("byline", r.choice([f"— {C.pen()}", f"Tác giả: {C.pen()}", f"✍ {C.pen()} ({C.code})"])),
          W(f"🔗 {C.domain}/{C.slug[:30]}..."), W(f"👁 {r.randint(2, 80)},{r.randint(1, 9)}K  ✏️ {C.hm()}"),
          W("👍 214  🔥 37  😢 12"), W(f"{C.dmy()}"), W("Tham gia kênh: t.me/tinnhanh247_vn"),
          W("Tin nhắn đã ghim")]
    for _ in range(3):
        e += [("related", r.choice(["📌 ", "🔴 ", "⚡ "]) + C.rt()), W(f"👁 {r.randint(1, 60)}K  {r.randint(0, 23):02d}:{r.randint(0, 59):02d}")]
    return e


def L_epaper(C):
    r = C.r
    no = r.randint(100, 400)
    pg = r.randint(2, 15)
    head = f"{C.section.upper()}  ·  Số {no}  ·  {C.wd()} {C.dt.day}-{C.dt.month}-{C.dt.year}"
    e = [W(head), W(str(pg)), ("site", C.outlet.upper()), ("title", C.title), ("byline", C.byline().upper())]
    st = C.story(cap=0.5, mark=0.0, ads=0.0, inline_rel=0.0, caps_upper=r.random() < 0.5, credit_line=0.5)
    half = len(st) // 2 + 1
    e += st[:half]
    e += [W(f"(Xem tiếp trang {pg + r.randint(1, 6)})"), W(f"Trang {pg}"), W(head.replace(str(pg), str(pg + 1)) if False else
          f"{C.outlet.upper()}  |  {C.dt.day}-{C.dt.month}-{C.dt.year}"), W(str(pg + 1)),
          W(f"(Tiếp theo trang {pg})")]
    e += st[half:]
    e += [("related", f"ĐỌC TRÊN TRANG {pg + 2}: " + C.rt().upper()),
          W(f"Toà soạn: Số {r.randint(1, 99)} phố {r.choice(FAM)} {r.choice(GIV)}, ĐT: 024.3{r.randrange(100000, 999999)} - Phát hành hằng ngày, in tại Công ty In Báo Ánh Sao. Giấy phép xuất bản số {r.randint(10, 99)}/GP-"),
          W(f"BTTTT cấp ngày {r.randint(1, 28)}-{r.randint(1, 12)}-20{r.randint(10, 14)}. Giá: 4.500đ"),
          W(f"{pg + 1}")]
    return e


def L_lite(C):
    r = C.r
    e = [W("[Phiên bản rút gọn - tiết kiệm dữ liệu]"), W("Về trang đầy đủ"), ("site", C.outlet),
         W(" | ".join(C.menu(4))), ("title", C.title), ("date", C.date_line(4))]
    e += C.story(cap=0.25, mark=0.6, ads=0.0)
    e += [("byline", C.byline()), W("--"), W("Tin khác:")]
    e += [("related", "- " + C.rt()) for _ in range(r.randint(4, 6))]
    e += [W("« Trang trước | Trang sau »"), W(f"{C.domain} - lite")]
    return e


def L_liveblog(C):
    r = C.r
    e = [("site", C.outlet), W("🔴 TRỰC TIẾP"), ("title", C.title), W("Cập nhật liên tục"),
         W("Làm mới ↻"), ("byline", C.byline())]
    t = C.dt
    st = C.story(cap=0.25, mark=0.2, ads=0.0, inline_rel=0.0)
    for kind, x in st:
        if kind == "body":
            t = t + datetime.timedelta(minutes=r.randint(3, 40))
            e.append(W(r.choice([f"{t.hour:02d}:{t.minute:02d}", f"{t.hour}h{t.minute:02d}",
                                 f"{t.hour:02d}:{t.minute:02d} ▸", f"⏱ {t.hour:02d}:{t.minute:02d}"])))
        e.append((kind, x))
    e += [("date", f"Bắt đầu tường thuật: {C.date_line(0)}"), W("Đang tải thêm..."),
          W("Đã hiển thị toàn bộ cập nhật"), W("Bài tường thuật cùng chủ đề")]
    e += [("related", C.related_line()) for _ in range(3)]
    return e


def L_photo_story(C):
    r = C.r
    e = [("site", C.outlet), W(f"Ảnh › {C.section}"), ("title", C.title), ("date", C.date_line()),
         ("byline", r.choice([f"Ảnh: {C.pen()} - Bài: {C.pen()}", f"Bài và ảnh: {C.pen()}", f"Ảnh: {C.pen().upper()}"]))]
    total = len(C.paras) + r.randint(2, 5)
    k = 0
    for i, p in enumerate(C.paras):
        e.append(("body", list(p)))
        for _ in range(r.randint(1, 2)):
            k += 1
            e.append(W(f"{min(k, total)}/{total}"))
            e.append(("caption", C.caption() if r.random() < 0.6 else C.caption_credit()))
    e += [W("Xem ảnh toàn màn hình"), W("◀ ▶"), ("credit", f"Ảnh: {C.pen()}"), W("CHÙM ẢNH KHÁC")]
    e += [("related", C.rt() + " 📷") for _ in range(3)]
    return e


def L_video_first(C):
    r = C.r
    mm = r.randint(1, 5)
    e = [("site", C.outlet), W("VIDEO"), W(f"00:00 / 0{mm}:{r.randint(10, 59)}"), W("▶ Phát   🔇 Tắt tiếng   ⛶"),
         W("Video đang phát"), W("Tự động phát tiếp: BẬT"), ("title", C.title), ("date", C.date_line(5)),
         ("caption", r.choice(["Clip: ", "Video: ", "▶ "]) + C.caption()),
         ("credit", f"Video: {C.pen()}"), W("NỘI DUNG")]
    e += C.story(cap=0.2, mark=0.0)
    e += [("byline", C.byline()), W("Video liên quan")]
    for _ in range(4):
        e += [("related", C.rt()), W(f"0{r.randint(0, 9)}:{r.randint(10, 59)}")]
    e += [W("Đăng ký kênh để xem video mới nhất 🔔")]
    return e


def L_explainer(C):
    r = C.r
    e = [("site", C.outlet), W(f"{C.section} · Giải thích"), ("title", C.title), ("date", C.date_line(3)),
         ("byline", C.byline()), W("Mục lục"), W("1. Chuyện gì đã xảy ra"), W("2. Ai liên quan"),
         W("3. Điều gì tiếp theo"), W("Ẩn mục lục ▲")]
    e += C.story(cap=0.3)
    e += [W("Bạn thấy bài viết này hữu ích?"), W("👍 Có   👎 Không"), W("Câu hỏi liên quan")]
    e += [("related", C.rt().rstrip(" .") + "?") for _ in range(3)]
    e += [W("Gửi câu hỏi cho toà soạn"), W(C.footer()[0])] + C.popups()
    return e


def L_print(C):
    r = C.r
    e = [W("In bài viết"), W("🖨 In   ✕ Đóng cửa sổ"), ("site", C.outlet), ("title", C.title),
         ("date", C.date_line(6))]
    e += C.story(cap=0.35, mark=0.5, ads=0.0, inline_rel=0.0)
    e += [("byline", C.byline()), ("credit", C.credit()), W(f"Địa chỉ bài viết: https://{C.domain}/{C.slug}"),
          W(f"In ngày: {C.dmy(C.dt + datetime.timedelta(days=r.randint(0, 400)))}"), W("Các tin đã đưa:"),
          ("related", C.related_line()), ("related", C.related_line()), W(C.footer()[0]), W(C.footer()[4])]
    return e


def L_comment_dump(C):
    r = C.r
    e = [("site", C.outlet), W(f"Trang chủ / {C.section}"), ("title", C.title), ("date", C.date_line()),
         W(C.share())]
    e += C.story(cap=0.35)
    e += [("byline", C.byline()), W(f"Bình luận ({r.randint(8, 90)})"), W("Sắp xếp theo: Mới nhất | Hay nhất"),
          W("Ý kiến của bạn sẽ được biên tập trước khi đăng.")]
    for _ in range(r.randint(4, 6)):
        e += [W(f"{C.full()} ({r.choice(PROVINCES)})"), W(r.choice(COMMENTS)),
              W(f"Thích ({r.randint(0, 60)}) · Trả lời · {r.randint(1, 59)} phút trước")]
    e += [W("Xem thêm bình luận ▼"), W("Gửi bình luận")] + C.popups()
    return e


def L_foreign_edition(C):
    r = C.r
    e = [W("English | Tiếng Việt | 中文 | 日本語"), W("Machine translation available · Bản dịch tự động"),
         ("site", f"{C.outlet} - International"), W("Home  Politics  Business  Society  Culture"),
         W(f"Vietnamese edition › {C.section}"), ("title", C.title),
         ("date", f"Published: {C.dt.strftime('%b %d, %Y %H:%M')} (ICT)"),
         ("byline", f"By {C.pen()}")]
    e += C.story(cap=0.35)
    e += [W("Read this article in English →"), ("credit", f"Source: {C.other_outlet()[0]}"), W("MORE STORIES")]
    e += [("related", C.related_line()) for _ in range(4)]
    e += [W(f"© {C.dt.year} {C.outlet} International. All rights reserved."), W("Terms · Privacy · Contact")]
    return e


def L_cms_export(C):
    r = C.r
    e = [W(f"ID bài: {r.randrange(100000, 999999)}"), W(f"Chuyên mục: {C.section} > Tin nóng"),
         W(r.choice(["Trạng thái: Chờ duyệt", "Trạng thái: Đã xuất bản", "Trạng thái: Nháp"])),
         W(f"Người tạo: btv_{r.choice(GIV).lower()}{r.randint(1, 99)}"), W("Tiêu đề:"), ("title", C.title),
         W("Tiêu đề SEO:"), W(C.title + f" | {C.outlet}"), ("date", f"Ngày xuất bản: {C.dmy()} {C.hm()}"),
         W("Nội dung:")]
    e += C.story(cap=0.3, mark=0.7)
    e += [("byline", f"Tác giả: {C.pen()}"), ("credit", f"Nguồn: {r.choice([C.outlet, C.other_outlet()[0]])}"),
          W("Từ khoá: " + ", ".join(x.lower() for x in r.sample(SECTIONS, 4))),
          W(f"Ảnh đại diện: {C.slug[:24]}-thumb.jpg"), ("caption", "Chú thích ảnh: " + C.caption()),
          W("Tin liên quan (ID):")]
    e += [("related", f"{r.randrange(100000, 999999)} - {C.rt()}") for _ in range(3)]
    e += [W(f"Lượt xem: {r.randint(100, 90000)}"), W("[Lưu] [Xem trước] [Xuất bản]")]
    return e


def L_scraper_alt(C):
    r = C.r
    e = [("site", C.domain), ("title", C.title), W(f"![logo](https://{C.domain}/static/logo.png)"),
         ("date", C.date_line(7))]
    st = C.story(cap=0.0, inline_rel=0.05)
    n = 0
    for item in st:
        e.append(item)
        if item[0] == "body" and r.random() < 0.55:
            n += 1
            fn = f"https://cdn.{C.domain}/{C.dt.year}/{C.dt.month:02d}/{r.randrange(10**6, 10**7)}-anh{n}.jpg"
            cap = C.caption()
            form = r.randrange(5)
            if form == 0:
                e += [W(f"![{cap.rstrip('.')}]({fn})"), ("credit", f"Ảnh: {C.pen()}")]
            elif form == 1:
                e += [W(fn), ("caption", cap)]
            elif form == 2:
                e += [("caption", f"[alt: {cap.rstrip('.')}]"), W(f"{fn.rsplit('/', 1)[1]}")]
            elif form == 3:
                e += [("caption", C.caption_credit())]
            else:
                e += [W(f"<figure> {fn.rsplit('/', 1)[1]}"), ("caption", cap), ("credit", f"Ảnh: {r.choice([C.code, C.pen()])}")]
    e += [("byline", C.byline()), W(f"[Tags: {', '.join(x.lower() for x in r.sample(SECTIONS, 3))}]")]
    e += [("related", f"[{C.rt()}](https://{C.domain}/tin-{r.randrange(10**5, 10**6)}.html)") for _ in range(3)]
    e += [W(f"Scraped at {C.dmy()} {C.hm()}:{r.randint(10, 59)}")]
    return e


def L_regional(C):
    r = C.r
    prov = r.choice(PROVINCES)
    e = [("site", f"BÁO VÀ PHÁT THANH - TRUYỀN HÌNH {prov.upper()}"),
         W(f"Cơ quan của Đảng bộ, chính quyền và nhân dân tỉnh {prov}"),
         W(f"{prov} ⛅ {r.randint(18, 34)}°C"), W(C.date_line(3)), W("TRANG CHỦ  CHÍNH TRỊ  KINH TẾ  XÃ HỘI  "
                                                                    "TRUYỀN HÌNH  PHÁT THANH"),
         W("Nghe radio trực tuyến 📻"), ("title", C.title), ("date", C.date_line(0))]
    e += C.story(cap=0.45, mark=0.2)
    e += [("byline", r.choice([f"{C.pen()} ({C.code})", f"{C.pen().upper()}", f"{C.pen()} - {C.pen()}",
                               f"PV Ban Thời sự"])), ("credit", C.credit()), W("Các tin khác")]
    e += [("related", C.related_line()) for _ in range(5)]
    e += [W(f"Đài PT-TH {prov} · Chịu trách nhiệm nội dung: {C.full()}"), W(C.footer()[4])] + C.popups()
    return e


def L_gov_portal(C):
    r = C.r
    unit = r.choice(["UBND HUYỆN HOÀ SƠN", "SỞ GIAO THÔNG VẬN TẢI TỈNH BẮC THẠCH", "UBND THỊ XÃ AN THỊNH",
                     "SỞ TƯ PHÁP TỈNH ĐÔNG TRÀ"])
    e = [("site", f"CỔNG THÔNG TIN ĐIỆN TỬ {unit}"), W("Giới thiệu | Tin tức - Sự kiện | Văn bản | Thủ tục hành chính | Hỏi đáp"),
         W("Tin tức - Sự kiện > Tin trong tỉnh"), ("title", C.title), ("date", f"Ngày đăng: {C.dmy()}"),
         W(f"Lượt xem: {r.randint(30, 3000)}"), W("Cỡ chữ: A- A A+")]
    e += C.story(cap=0.35)
    e += [("byline", r.choice([f"Tin: {C.pen()} - Ảnh: {C.pen()}", f"{C.full()} - Văn phòng UBND",
                               f"Người đăng: {C.pen()}"])), ("credit", C.credit()), W("Văn bản liên quan")]
    e += [("related", C.rt()) for _ in range(3)]
    e += [W(f"Số lượt truy cập: {r.randint(100000, 9999999):,}".replace(",", ".")),
          W(f"Đang trực tuyến: {r.randint(5, 300)}"), W("Cơ quan chủ quản: Văn phòng UBND"),
          W(f"Ghi rõ nguồn \"Cổng thông tin điện tử {unit.title()}\" khi phát hành lại thông tin từ Cổng.")]
    return e


def L_trade_mag(C):
    r = C.r
    mag = r.choice(["Tạp chí Hạ Tầng & Đô Thị Mới", "Tạp chí Nông Nghiệp Xanh", "Tạp chí Vận Tải Việt",
                    "Tạp chí Kiến Trúc Thời Nay"])
    e = [("site", mag), W(f"Chuyên đề › {C.section}"), W("ĐẶT MUA TẠP CHÍ · Hotline 0243.9" + str(r.randrange(100000, 999999))),
         ("title", C.title), ("byline", r.choice([f"ThS. {C.full()}", f"KTS {C.full()}", f"{C.pen()}"])),
         ("date", C.date_line())]
    e += C.story(cap=0.4, ads=0.25)
    e += [("credit", f"Bài đăng trên {mag} số {r.randint(1, 12)}/{C.dt.year}"), W("Đăng ký nhận bản tin"),
          W("DOANH NGHIỆP TIÊU BIỂU"), W(C.ad()), W("BÀI CÙNG CHUYÊN MỤC")]
    e += [("related", C.related_line()) for _ in range(4)]
    e += [W(f"© {mag}. Giấy phép hoạt động báo chí số {r.randint(100, 999)}/GP-BTTTT")] + C.popups(2)
    return e


def L_school_ward(C):
    r = C.r
    org = r.choice(["TRƯỜNG THCS LÊ QUÝ ĐÔN - HUYỆN HOÀ SƠN", "UBND PHƯỜNG TÂN AN ĐÔNG",
                    "TRƯỜNG THPT NGUYỄN TRÃI - THỊ XÃ AN THỊNH", "ĐOÀN THANH NIÊN XÃ PHÚ LỘC TÂY"])
    e = [("site", org), W("Trang chủ  Giới thiệu  Tin tức  Thông báo  Thư viện ảnh  Liên hệ"),
         W("Tin tức › Tin tổng hợp"), ("title", C.title),
         ("byline", f"Người đăng: {r.choice(['admin', 'quantri', 'vanthu', C.pen()])}"),
         ("date", f"Ngày: {C.dmy()}"), W(f"Lượt xem: {r.randint(10, 900)}")]
    e += C.story(cap=0.25, mark=0.3)
    e += [("credit", r.choice([f"Nguồn: sưu tầm từ {C.other_outlet()[0]}", f"(Sưu tầm - {C.other_outlet()[1]})",
                               f"Theo {C.other_outlet()[0]}"])),
          W(f"Tệp đính kèm: thong-bao-{r.randint(1, 99)}.pdf"), W("Các tin khác")]
    e += [("related", C.related_line()) for _ in range(4)]
    e += [W("THỐNG KÊ TRUY CẬP"), W(f"Hôm nay: {r.randint(10, 300)}"), W(f"Tổng: {r.randint(10000, 99999)}"),
          W(f"Bản quyền thuộc về {org.title()}")]
    return e


def L_amp_mobile(C):
    r = C.r
    e = [W("☰"), ("site", C.outlet), W("🔍"), W("Đăng nhập")] + C.popups(2) + [ W(f"{C.section} >"), ("title", C.title),
         ("date", C.date_line(r.choice([0, 4, 6]))), ("byline", C.byline()), W("Nghe bài viết 🎧")]
    e += C.story(cap=0.4, mark=0.3, ads=0.2)
    e += [W("Tải ứng dụng để đọc nhanh hơn"), W("Mở ứng dụng"), W("Bài tiếp theo"), ("related", C.rt()),
          ("related", C.rt()), W(f"Bình luận ({r.randint(0, 40)})"), W("Về đầu trang ↑"),
          W(f"{C.outlet} bản di động · Xem bản máy tính")]
    return e


def L_zalo_share(C):
    """Shared into a Zalo group: link card, then a member pastes the full text."""
    r = C.r
    e = [W(f"Nhóm: {r.choice(['Tổ dân phố số 5', 'Hội phụ huynh lớp 9A2', 'Anh em đồng hương', 'Phòng Hành chính'])}"),
         W(f"{C.full()}"), W("Đã chuyển tiếp tin nhắn"), W(f"{C.hm()}"), W(f"{C.domain}/{C.slug[:40]}"),
         ("site", C.outlet), W(C.title), W("Nhấn để xem chi tiết"), W("Đã xem"),
         W(f"{C.full()} · {r.choice(['hôm qua', 'Thứ Bảy', C.dmy()])}"),
         W(r.choice(["Ai không mở được link thì đọc ở đây nhé 👇", "Copy cho mọi người đọc:", "Dán nội dung:"])),
         ("title", C.title)]
    e += C.story(cap=0.15, mark=0.0, ads=0.0, inline_rel=0.0, lead=0.2)
    e += [("credit", r.choice([f"(theo {C.outlet})", f"Nguồn: {C.domain}", f"St từ {C.outlet}"])),
          W(r.choice(["❤️ 3", "👍 5", "😮 2"])), W("Trả lời · Chuyển tiếp"), W(C.full()),
          W(r.choice(COMMENTS)), W("Nhập @, tin nhắn tới nhóm")]
    return e


def L_portal_homepage_dump(C):
    """A news portal whose whole sidebar sits in the text before and after the story."""
    r = C.r
    e = C.popups(2) + [("site", C.outlet), W(C.date_line(3)), W("Tin mới nhận"), ("related", C.related_multi(3)),
         ("related", C.related_multi(2)), W("Nổi bật"), ("related", C.related_line()), W(C.ad()),
         ("title", C.title), ("date", C.date_line(1)), W(C.share())]
    e += C.story(cap=0.4, inline_rel=0.2, ads=0.15)
    e += [("byline", C.byline()), ("credit", C.credit()), W("BÌNH CHỌN"), W("Bạn đánh giá thế nào về bài viết?"),
          W("○ Hữu ích  ○ Bình thường  ○ Không hữu ích"), W("Tin cùng chuyên mục")]
    for _ in range(3):
        t, z = C.rtz()
        e += [("related", t), ("related", z)]
    e += [W(x) for x in C.footer()[:4]]
    return e


LAYOUTS = [("desktop_selectall", L_desktop_selectall), ("reader_mode", L_reader_mode), ("rss_item", L_rss_item),
           ("aggregator_app", L_aggregator_app), ("web_archive", L_web_archive), ("newsletter", L_newsletter),
           ("facebook_repost", L_facebook), ("telegram_channel", L_telegram), ("epaper_pdf", L_epaper),
           ("lite_text", L_lite), ("live_blog", L_liveblog), ("photo_story", L_photo_story),
           ("video_first", L_video_first), ("explainer", L_explainer), ("print_view", L_print),
           ("comment_dump", L_comment_dump), ("foreign_edition", L_foreign_edition), ("cms_export", L_cms_export),
           ("scraper_alt", L_scraper_alt), ("regional_outlet", L_regional), ("gov_portal", L_gov_portal),
           ("trade_magazine", L_trade_mag), ("school_ward", L_school_ward), ("amp_mobile", L_amp_mobile),
           ("zalo_share", L_zalo_share), ("portal_sidebar", L_portal_homepage_dump)]


# ---------------------------------------------------------------- related material
def related_material(rows):
    pool, caps = [], []
    for i in RELATED_ROWS:
        if i not in rows:
            continue
        t, a = rows[i]["title"], rows[i]["article"][:1200]
        units = split_units(a)
        sents = [u for u, ok in units if ok]
        # teaser: first sentence that reads as story, cut with an ellipsis
        tz = None
        for u in sents[:4]:
            if score(u) >= 4 and len(u.split()) >= 12:
                tz = u
                break
        if tz is None:
            tz = a
        rr = rng(i, "teaser")
        words = tz.split()
        k = min(len(words) - 2, rr.randint(12, 28)) if len(words) > 6 else len(words)
        teaser = " ".join(words[:max(k, 4)]).rstrip(",;:") + "…"
        pool.append({"row": i, "title": t, "teaser": teaser})
        # fallback captions: short, caption-like sentences from the opening of the article
        for j, u in enumerate(sents[:1]):
            n = len(u.split())
            if 4 <= n <= 15 and not re.search(r"\d", u) and u.endswith(".") and score(u) < 3 and not BAD.search(u) and u[0].isupper() \
                    and u.count(",") == 0 and not re.search(r"[\"“”]", u) and not CONNECT.match(u) \
                    and not REPORT.search(u):
                caps.append({"row": i, "text": u})
    return pool, caps


# ---------------------------------------------------------------- faults
def fault_line(s, faults, r):
    """Apply in-line faults to a furniture/unlabelled line or one body sentence."""
    if "nbsp" in faults and r.random() < 0.35:
        s = _swap_spaces(s, "\u00a0", r)
    if "dblspace" in faults and r.random() < 0.3:
        s = _swap_spaces(s, "  ", r, k=1)
    if "zwsp" in faults and r.random() < 0.3:
        pos = [m.start() for m in re.finditer(r"(?<=\w)(?=\w)", s)]
        if pos:
            p = r.choice(pos)
            s = s[:p] + "\u200b" + s[p:]
    return s


def _swap_spaces(s, rep, r, k=None):
    idx = [m.start() for m in re.finditer(" ", s)]
    if not idx:
        return s
    k = k or r.randint(1, min(3, len(idx)))
    for p in sorted(r.sample(idx, min(k, len(idx))), reverse=True):
        s = s[:p] + rep + s[p + 1:]
    return s


# ---------------------------------------------------------------- build
def build_page(k, row, obj, sents, pool, caps, layout):
    name, fn = layout
    tnorm = norm(obj["title"])
    bnorm = {norm(s) for s in sents}
    okpool = [p for p in pool if norm(p["title"]) not in bnorm | {tnorm} and norm(p["teaser"]) not in bnorm | {tnorm}]
    okcaps = [c["text"] for c in caps if norm(c["text"]) not in bnorm | {tnorm}]
    C = Ctx(row, obj, sents, okpool, okcaps)
    entries = [e for e in fn(C) if not (e[0] != "body" and not str(e[1]).strip())]
    # faults
    rf = rng(row, "faults")
    faults = set()
    if rf.random() < 0.27:
        faults = set(rf.sample(["nbsp", "zwsp", "dblspace", "glue", "nfd"], rf.choice([1, 1, 2, 2, 3])))
    rl = rng(row, "fault-lines")
    lines, body, furn, roles = [], [], [], []
    glued = 0
    for role, x in entries:
        if role == "body":
            items = list(x)
            if "glue" in faults and len(items) >= 2 and rl.random() < 0.5:
                j = rl.randrange(len(items) - 1)
                a, b = items[j], items[j + 1]
                if a.endswith(".") and b[:1].isupper():
                    items[j:j + 2] = [a + b]
                    glued += 1
            items = [fault_line(s, faults, rl) for s in items]
            line = " ".join(items)
            body.extend(items)
            lines.append(line)
            roles.append(("body", line, items))
        else:
            line = fault_line(" ".join(str(x).split()), faults, rl)
            lines.append(line)
            if role in KINDS:
                furn.append((role, line))
            roles.append((role, line, None))
    if "nfd" in faults:
        f = lambda s: unicodedata.normalize("NFD", s)
        lines = [f(s) for s in lines]
        body = [f(s) for s in body]
        furn = [(kd, f(s)) for kd, s in furn]
        roles = [(ro, f(li), [f(s) for s in it] if it else None) for ro, li, it in roles]
    text = "\n".join(lines)
    page = Page(text, body, furn, name)
    check(page, roles, obj["title"])
    return page, faults, glued


def check(page, roles, title):
    """Raise if the page breaks the labelling contract."""
    lines = page.text.split("\n")
    if not page.text.strip():
        raise ValueError("blank page")
    if len(lines) != len(roles):
        raise ValueError("line/role mismatch")
    unl = collections.Counter()
    fi = bi = 0
    bodyn = {norm(s) for s in page.body}
    for line, (role, rl, items) in zip(lines, roles):
        if line != line.strip() or not line.strip():
            raise ValueError(f"unstripped/blank line {line!r}")
        if line != rl:
            raise ValueError("role line mismatch")
        if role == "body":
            if not 1 <= len(items) <= 4 or line != " ".join(items):
                raise ValueError(f"bad body line {line!r}")
            for s in items:
                if page.body[bi] != s or s not in page.text or s != s.strip() or not s:
                    raise ValueError("body order/substring")
                bi += 1
            continue
        if role in KINDS:
            if page.furniture[fi] != (role, line):
                raise ValueError("furniture order")
            fi += 1
        elif role in ("title", "date", "site"):
            unl[role] += 1
        else:
            raise ValueError(f"unknown role {role}")
        if norm(line) in bodyn:
            raise ValueError(f"non-body line equals a body sentence: {line!r}")
    if bi != len(page.body) or fi != len(page.furniture):
        raise ValueError("count mismatch")
    if any(v > 1 for v in unl.values()) or sum(unl.values()) > 3:
        raise ValueError(f"too many unlabelled lines {unl}")
    if any(kd not in KINDS for kd, _ in page.furniture):
        raise ValueError("bad kind")
    if norm(title) in bodyn:
        raise ValueError("title equals a body sentence")


def pages(train_path):
    rows = read_rows(train_path)
    pool, caps = related_material(rows)
    if len(pool) < 20 or len(caps) < 10:
        raise ValueError("not enough related material")
    body_rows = [i for i in BODY_ROWS if i in rows]
    order = list(range(len(body_rows)))
    ro = rng("all", "layout-order")
    seq = []
    while len(seq) < len(body_rows):
        blk = list(LAYOUTS)
        ro.shuffle(blk)
        seq.extend(blk)
    out = []
    global _STATS
    _STATS = []
    seen = {}
    for k, row in enumerate(body_rows):
        obj = rows[row]
        sents = story_sentences(obj["article"])
        page, faults, glued = build_page(k, row, obj, sents, pool, caps, seq[k])
        # a body row's text appears only on its own page
        for s in sents:
            if norm(s) in seen and seen[norm(s)] != row:
                raise ValueError(f"sentence shared between rows {row} and {seen[norm(s)]}")
            seen[norm(s)] = row
        out.append(page)
        _STATS.append((row, faults, glued))
    if not out:
        raise ValueError("no pages")
    return out


_STATS = []


def main(argv):
    path = argv[1] if len(argv) > 1 else "/work/shared/data/vietnews_train.jsonl.gz"
    ps = pages(path)
    tab = collections.OrderedDict()
    for p in ps:
        d = tab.setdefault(p.layout, collections.Counter())
        d["pages"] += 1
        d["body"] += len(p.body)
        for kd, _ in p.furniture:
            d[kd] += 1
        d["lines"] += len(p.text.split("\n"))
    cols = ["pages", "body", "byline", "credit", "caption", "related", "widget", "lines"]
    print(f"{'layout':20s}" + "".join(f"{c:>9s}" for c in cols))
    tot = collections.Counter()
    for name in sorted(tab):
        d = tab[name]
        tot.update(d)
        print(f"{name:20s}" + "".join(f"{d[c]:9d}" for c in cols))
    print(f"{'TOTAL':20s}" + "".join(f"{tot[c]:9d}" for c in cols))
    nf = sum(tot[k] for k in KINDS)
    print(f"furniture lines: {nf}  (per page {nf / len(ps):.1f})")
    fc = collections.Counter()
    for _, faults, glued in _STATS:
        if faults:
            fc["pages with faults"] += 1
        for f in faults:
            fc[f] += 1
        fc["glued pairs"] += glued
    print("faults: " + ", ".join(f"{k}={v}" for k, v in sorted(fc.items())))


if __name__ == "__main__":
    main(sys.argv)
