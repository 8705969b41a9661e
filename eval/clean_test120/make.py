#!/usr/bin/env python3
"""test120 -- held-out evaluation pages for a cleaner of scraped Vietnamese news pages.

Theme: news stories reposted on invented forums, Facebook-style groups and community
boards.  Standard library only.  Usage:  python3 make.py /path/to/vietnews_train.jsonl.gz
"""
import datetime
import gzip
import json
import re
import sys
import unicodedata
from collections import Counter, OrderedDict
from pathlib import Path
from typing import List, NamedTuple, Tuple
import random

SETNAME = "test120"
SEED = 12011
BODY_ROWS = range(9_300, 9_400)
RELATED_ROWS = range(12_400, 12_500)
KINDS = ("byline", "credit", "caption", "related", "widget")


class Page(NamedTuple):
    text: str
    body: List[str]
    furniture: List[Tuple[str, str]]
    layout: str


def R(row, purpose):
    return random.Random(f"{SETNAME}|{SEED}|{row}|{purpose}")


# ----------------------------------------------------------------------------- text
def _pair(s, q):
    parts = s.split(q)
    n = len(parts) - 1
    if n < 2:
        return s
    out = [parts[0]]
    pairs = n // 2
    for i in range(1, len(parts)):
        if i % 2 == 1 and (i + 1) // 2 <= pairs:
            out.append(q + parts[i].strip() + q)
        elif i % 2 == 1:
            out.append(q + parts[i])
        else:
            out.append(parts[i])
    return "".join(out)


def detok(s):
    s = unicodedata.normalize("NFC", s)
    s = re.sub(r"[\u200b\u200c\u200d\ufeff]", "", s)
    s = s.replace("_", " ")
    s = re.sub(r"\s+", " ", s).strip()
    s = _pair(s, '"')
    s = re.sub(r"“\s+", "“", s)
    s = re.sub(r"\s+”", "”", s)
    s = re.sub(r"‘\s+", "‘", s)
    s = re.sub(r"\s+’", "’", s)
    s = re.sub(r"([(\[])\s+", r"\1", s)
    s = re.sub(r"\s+([)\]])", r"\1", s)
    s = re.sub(r"\s+([,.;:!?%…])", r"\1", s)
    s = re.sub(r"(\S) / (\S)", r"\1/\2", s)
    s = re.sub(r" {2,}", " ", s)
    return s.strip()


def detok_title(s):
    s = detok(s)
    s = re.sub(r"(^|\s)' ([^']+?) '(?=\s|$|[,.:;!?])", r"\1'\2'", s)
    return s


ABBR = {"TP", "TS", "GS", "PGS", "ThS", "BS", "Q", "P", "TT", "Th", "St", "Mr", "Mrs", "Ms", "Dr",
        "Jr", "Sr", "TX", "KS", "NXB", "ĐH", "Co", "Inc", "Ltd", "No", "vs", "Tp", "Ths", "Bs", "NSƯT",
        "NSND", "PGS.TS", "GS.TS", "TS.BS", "ThS.BS", "Lt", "Gen", "Col", "Capt", "Sgt", "Prof"}


def split_sents(t):
    out, start = [], 0
    for m in re.finditer(r"[.!?…]+[\"”’)\]]*(?=\s)", t):
        end = m.end()
        rest = t[end:].lstrip()
        if not rest:
            continue
        nc = rest[0]
        if not (nc.isupper() or nc.isdigit() or nc in "\"“‘('["):
            continue
        if m.group()[0] == "." and len(m.group().rstrip("\"”’)]")) == 1:
            wb = re.search(r"(\S+)$", t[start:m.start()])
            w = wb.group(1).lstrip("(\"“‘") if wb else ""
            if (w in ABBR or (len(w) == 1 and w.isalpha()) or re.fullmatch(r"(?:\w+\.)+\w+", w)
                    or re.fullmatch(r"\d{1,2}", w) and False):
                continue
        seg = t[start:end].strip()
        if seg:
            out.append(seg)
        start = end
    tail = t[start:].strip()
    if tail:
        out.append(tail)
    return out


CAP_MARKS = ["ảnh:", "(ảnh", "ảnh :", "video:", "clip:", "minh hoạ", "minh họa", "(trái)", "(phải)",
             "(giữa)", "nguồn:", "đồ hoạ", "đồ họa", "photo:", "infographic", "ảnh chụp", "từ trái sang",
             "từ trái qua", "hình:", "ảnh tư liệu", "ảnh internet", "ảnh: ", "(nguồn", "xem thêm",
             "(video", "(clip", "ảnh minh"]
REPORT = ["cho biết", "nói", "cho hay", "khẳng định", "tuyên bố", "chia sẻ", "nhấn mạnh", "thông tin",
          "cho rằng", "trả lời", "bày tỏ", "giải thích", "đề nghị", "yêu cầu", "dẫn lời", "phát biểu",
          "thừa nhận", "xác nhận", "kể", "tiết lộ", "nhận định", "đánh giá", "viết", "báo cáo", "đưa tin",
          "nhận xét", "thông báo", "kêu gọi", "cảnh báo", "lưu ý", "khuyến cáo", "phủ nhận", "hỏi",
          "trích lời", "theo ông", "theo bà", "theo anh", "theo chị", "theo báo", "theo cơ quan",
          "theo thông tin", "theo kết quả", "theo số liệu", "theo thống kê", "theo quy định", "theo đài",
          "theo hãng", "theo tờ", "theo trang", "theo lãnh đạo", "theo chuyên gia", "công bố", "ước tính"]
CONNECT = ["tuy nhiên", "trong khi đó", "ngoài ra", "theo đó", "bên cạnh đó", "do đó", "vì vậy",
           "đồng thời", "sau đó", "trước đó", "hiện nay", "mặt khác", "thế nhưng", "nhưng", "song",
           "tuy vậy", "trong đó", "khi đó", "từ đó", "không chỉ", "đặc biệt", "thậm chí", "do vậy",
           "bởi vậy", "vì thế", "cùng với", "cùng ngày", "sau khi", "trước khi", "mặc dù", "dù",
           "nếu", "vì", "bởi", "ngay sau", "cũng", "hiện", "trước tình hình", "trên thực tế",
           "thực tế", "như vậy", "ngược lại", "kết quả", "tới nay", "đến nay", "lúc đó", "sau", "tiếp đó"]


def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = re.sub(r"[\u200b\u200c\u200d\u2060\ufeff]", "", s)
    s = re.sub(r"\s+", "", s)
    return s.casefold()


def keep_sentence(s, title_n, seen):
    low = s.casefold()
    words = s.split()
    n = len(words)
    if n < 8 or n > 110:
        return False
    if any(c in s for c in "|•»«"):
        return False
    if any(m in low for m in CAP_MARKS):
        return False
    if s.count('"') % 2 or s.count("“") != s.count("”") or s.count("(") != s.count(")") \
            or s.count("[") != s.count("]") or s.count("‘") != s.count("’"):
        return False
    if not re.search(r"[.!?…][\"”’)]*$", s):
        return False
    if any(":" in w for w in words[:6]):
        return False
    if re.search(r"\bTheo\s+[A-ZĐ][^\s,]*(?:\s+[^\s,]+){0,3}\s*\.?$", s) and not s.startswith("Theo"):
        return False
    if re.search(r"\(Theo [^)]*\)[.]?$", s):
        return False
    if re.match(r"[\"“(]?(Video|Clip|Ảnh|Hình ảnh|Mô phỏng|Đồ hoạ|Đồ họa|Bản đồ|Infographic)\b", s):
        return False
    first = re.search(r"[^\W\d_]", s)
    if not first or first.group().islower():
        return False
    if not (s[0].isalnum() or s[0] in "\"“‘("):
        return False
    nn = norm(s)
    if nn in seen or nn == title_n:
        return False
    if n <= 22 or (n <= 30 and "," not in s):
        rep = any(re.search(r"(?<!\w)" + re.escape(v) + r"(?!\w)", low) for v in REPORT)
        quote = bool(re.search(r"[\"”],\s*\S", s))
        head = low.lstrip("\"“‘(")
        conn = any(head.startswith(c + " ") or head.startswith(c + ",") for c in CONNECT)
        if not (rep or quote or conn):
            return False
    return True


def story_sentences(title, article):
    title_n = norm(title)
    allsents = split_sents(detok(article))
    kept, seen = [], set()
    for s in allsents:
        if keep_sentence(s, title_n, seen):
            kept.append(s)
            seen.add(norm(s))
    return kept, allsents


def teaser_of(article1200):
    sents = split_sents(detok(article1200))
    out = []
    for s in sents:
        if len(s.split()) < 6 or ":" in " ".join(s.split()[:6]) or any(m in s.casefold() for m in CAP_MARKS):
            continue
        if not re.search(r"[.!?…][\"”’)]*$", s):
            continue
        out.append(s)
        if len(" ".join(out).split()) >= 18:
            break
    t = " ".join(out)
    w = t.split()
    if len(w) > 34:
        t = " ".join(w[:30]).rstrip(",;:") + "…"
    return t if len(w) >= 6 else ""


# ----------------------------------------------------------------------------- input
def read_rows(path):
    body, rel = [], []
    last = max(BODY_ROWS.stop, RELATED_ROWS.stop) - 1
    with gzip.open(str(path), "rb") as f:
        for i, raw in enumerate(f):
            if i > last:
                break
            inb, inr = i in BODY_ROWS, i in RELATED_ROWS
            if not (inb or inr):
                continue
            try:
                if not raw.strip():
                    continue
                d = json.loads(raw.decode("utf-8", "replace"))
                if not isinstance(d, dict):
                    continue
                t, a = d.get("title"), d.get("article")
                if not isinstance(t, str) or not isinstance(a, str) or not t.strip() or not a.strip():
                    continue
            except Exception:
                continue
            if inb:
                body.append((i, t, a))
            else:
                rel.append((i, detok_title(t), a[:1200]))
    return body, rel


# ----------------------------------------------------------------------------- invented material
HO = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý",
      "Phan", "Trịnh", "Mai", "Tạ", "Lương", "Kiều", "Quách"]
DEM = ["Văn", "Thị", "Minh", "Thanh", "Hữu", "Ngọc", "Quốc", "Thu", "Đức", "Bảo", "Kim", "Gia", "Hải"]
TEN = ["An", "Bình", "Châu", "Dũng", "Giang", "Hà", "Khang", "Lan", "Long", "My", "Nam", "Oanh", "Phúc",
       "Quân", "Sơn", "Tâm", "Uyên", "Vy", "Xuân", "Yến", "Trí", "Nhàn", "Khuê", "Lộc", "Thảo"]
UPART = ["gio", "bien", "nang", "mua", "trang", "sao", "lua", "hoa", "meo", "cu", "tom", "ca", "rong",
         "pho", "nui", "lang", "que", "bac", "tre", "xe", "da", "cafe", "sua", "chim", "tho"]
UPART2 = ["xanh", "dem", "lang", "hong", "vang", "nho", "gia", "dien", "bui", "tim", "bac", "chay",
          "muon", "som", "beo", "xa", "gan", "vui", "buon"]
OUTLETS = ["Báo Sông Thương Điện tử", "Nhật báo Ven Sông", "Tạp chí Phố Thị", "Thời báo Duyên Hải",
           "Tin Sớm Online", "Bản tin Miền Trung Mới", "Báo Cửa Lò Ngày Nay", "Tuần san Ánh Đô Thị",
           "Trang tin Hồng Lĩnh", "Báo điện tử Đất Phương Nam", "Nhịp Sống Cao Nguyên", "Tin Nhanh Bến Nghé"]
COMMENTS = ["Tin này nóng thật, cảm ơn bác đã chia sẻ.", "Hóng thêm diễn biến các bác ạ.",
            "Đọc xong mà thấy lo lo.", "Chấm hóng.", "Nguồn ở đâu vậy thớt?", "Thế giới ngày càng loạn.",
            "Bài dài quá, ai tóm tắt giúp với.", "Cảm ơn chủ thớt, bài rất hữu ích.",
            "Mình đọc tin này từ sáng rồi.", "Quan điểm của mình thì khác một chút.",
            "Chuyện này còn dài dài.", "Up cho mọi người cùng đọc.", "Có ai ở gần đó không, cho xin ít thông tin thực tế.",
            "Thật không thể tin nổi.", "Tin chuẩn không các bác?", "Theo dõi tiếp.", "Hay quá, lưu lại.",
            "Ủa vậy hả, giờ mới biết.", "Đề nghị mod ghim bài này.", "Sáng nay xem thời sự cũng nói rồi.",
            "Góp ý nhẹ: thớt nên ghi rõ nguồn.", "Tội nghiệp quá.", "Ai cũng phải cẩn thận hơn thôi.",
            "Xin phép chia sẻ về tường nhà.", "Mong mọi chuyện sớm ổn thỏa.", "Không bình luận gì thêm.",
            "Đúng là chuyện lạ có thật.", "Nhà mình cũng đang theo dõi vụ này.", "Thả tim cho thớt.",
            "Cái kết bất ngờ ghê.", "Báo nào cũng đăng tin này.", "Cập nhật nhanh quá bác ơi."]
SIGS = ["Sống chậm lại, nghĩ khác đi.", "Mua bán xe cũ uy tín – inbox mình nhé.", "Đời là những chuyến đi.",
        "Yêu biển, yêu gió, yêu tự do.", "Nhận sửa máy tính tận nhà khu vực Gò Vấp.",
        "Không có gì quý hơn độc lập tự do... và cà phê sáng.", "Cứ đi rồi sẽ đến.",
        "Nhà có hoa sữa, mùa thu thơm nức cả ngõ.", "Học, học nữa, học mãi.", "Thà một phút huy hoàng."]
WD = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]
WDS = ["T2", "T3", "T4", "T5", "T6", "T7", "CN"]
SCENES = ["Ảnh chụp màn hình bài báo gốc được thành viên đăng kèm.",
          "Hình ảnh được một thành viên trong nhóm gửi lên.",
          "Bức ảnh được chia sẻ nhiều trong nhóm sáng nay.",
          "Một góc hiện trường theo hình ảnh thành viên sưu tầm.",
          "Hình minh hoạ do quản trị viên bổ sung cho bài đăng.",
          "Ảnh tư liệu do chủ thớt sưu tầm trên mạng."]


def person(rng):
    return f"{rng.choice(HO)} {rng.choice(DEM)} {rng.choice(TEN)}"


def short_name(rng):
    return f"{rng.choice(DEM)} {rng.choice(TEN)}"


def user(rng):
    a, b = rng.choice(UPART), rng.choice(UPART2)
    sty = rng.randrange(4)
    if sty == 0:
        return f"{a}_{b}{rng.randrange(70, 100)}"
    if sty == 1:
        return f"{a}{b}.{rng.choice(['hn', 'sg', 'dn', 'hp', 'ct'])}"
    if sty == 2:
        return f"{a.capitalize()}{b.capitalize()}"
    return f"{a}.{b}{rng.randrange(1, 30)}"


def proper_names(sents):
    names = []
    for s in sents:
        toks = s.split()
        i = 1
        while i < len(toks):
            prev = toks[i - 1]
            if toks[i][:1].isupper() and toks[i].isalpha() and prev[-1:].isalpha() and prev[:1].islower():
                j = i
                while j < len(toks) and j - i < 4 and toks[j][:1].isupper() and toks[j].isalpha():
                    j += 1
                if j - i >= 2:
                    nm = " ".join(toks[i:j])
                    if nm not in names and len(nm) < 40:
                        names.append(nm)
                i = j
            else:
                i += 1
    return names


# ----------------------------------------------------------------------------- context
class Ctx:
    def __init__(self, k, row, title, sents, allsents, rel, layout):
        self.k, self.row, self.title = k, row, title
        self.sents, self.allsents = sents, allsents
        self.layout = layout
        self.r = R(row, "furniture")
        dr = R(row, "date")
        base = datetime.datetime(2016, 1, 1)
        self.dt = base + datetime.timedelta(minutes=dr.randrange(4 * 365 * 24 * 60))
        nr = R(row, "names")
        self.poster = user(nr)
        self.users = [user(nr) for _ in range(8)]
        self.people = [person(nr) for _ in range(8)]
        self.outlet = nr.choice(OUTLETS)
        self.names = proper_names(sents)
        self.forbid = {norm(title)} | {norm(s) for s in allsents} | {norm(s) for s in sents}
        rr = R(row, "related")
        pool = [x for x in rel if norm(x[0]) not in self.forbid and (not x[1] or norm(x[1]) not in self.forbid)]
        rr.shuffle(pool)
        self.rel = pool[:8]
        self.used_caps = set()

    # --- dates
    def d(self, fmt, dt=None):
        t = dt or self.dt
        return fmt.format(d=t.day, m=t.month, y=t.year, H=t.hour, M=t.minute, wd=WD[t.weekday()],
                          wds=WDS[t.weekday()], dd=f"{t.day:02d}", mm=f"{t.month:02d}", HH=f"{t.hour:02d}",
                          MM=f"{t.minute:02d}", h12=(t.hour % 12 or 12), ap=("AM" if t.hour < 12 else "PM"),
                          yy=f"{t.year % 100:02d}")

    def later(self, minutes):
        return self.dt + datetime.timedelta(minutes=minutes)

    def paras(self, lo, hi):
        pr = R(self.row, "paras")
        out, i = [], 0
        while i < len(self.sents):
            n = pr.randint(lo, hi)
            out.append(self.sents[i:i + n])
            i += n
        return out

    def caption(self, with_credit=False):
        r = self.r
        for _ in range(10):
            if self.names and r.random() < 0.7:
                x = r.choice(self.names)
                c = r.choice([f"{x} trong một hình ảnh được thành viên đăng kèm bài viết.",
                              f"Hình ảnh liên quan đến {x}.",
                              f"{x} – ảnh tư liệu.",
                              f"Hình ảnh về {x} được chia sẻ trong nhóm.",
                              f"Hình chụp liên quan tới {x}, đăng kèm bài gốc."])
            else:
                c = r.choice(SCENES)
            if with_credit:
                c = c.rstrip(".") + r.choice([f" (Ảnh: {short_name(r)})", f". Ảnh: {self.outlet}",
                                              " (Nguồn: Internet)", f". Ảnh: {self.poster}"])
            if norm(c) not in self.forbid and c not in self.used_caps:
                self.used_caps.add(c)
                return c
        return f"Hình ảnh số {len(self.used_caps) + 1} trong bài đăng."

    def comment(self):
        return self.r.choice(COMMENTS)

    def teaser(self, item):
        return item[1]


# segment helpers: ('u', line) unlabelled; ('f', kind, line); ('b', [items])
def U(x):
    return ("u", x)


def W(x):
    return ("f", "widget", x)


def F(kind, x):
    return ("f", kind, x)


def body_with(paras, inserts):
    """inserts: dict paragraph-index -> list of segments placed AFTER that paragraph."""
    out = []
    for i, p in enumerate(paras):
        out.append(("b", list(p)))
        for s in inserts.get(i, []):
            out.append(s)
    return out


def mid(paras, r, frac=None):
    if len(paras) < 2:
        return 0
    if frac is None:
        return r.randrange(0, len(paras) - 1)
    return max(0, min(len(paras) - 2, int(len(paras) * frac)))


def rel_lines(c, n, style):
    out = []
    for t, tz in c.rel[:n]:
        if style == "plain":
            out.append(F("related", t))
        elif style == "bullet":
            out.append(F("related", "• " + t))
        elif style == "dash":
            out.append(F("related", "- " + t))
        elif style == "num":
            out.append(F("related", f"{len(out) + 1}. {t}"))
        elif style == "replies":
            out.append(F("related", f"{t} ({c.r.randrange(0, 60)} trả lời)"))
        elif style == "dated":
            dt = c.dt - datetime.timedelta(days=c.r.randrange(1, 40))
            out.append(F("related", f"{t} ({dt.day:02d}/{dt.month:02d}/{dt.year})"))
        elif style == "teaser":
            out.append(F("related", t))
            if tz:
                out.append(F("related", tz))
        elif style == "xemthem":
            out.append(F("related", "Xem thêm: " + t))
        elif style == "arrow":
            out.append(F("related", "→ " + t))
    return out


# ----------------------------------------------------------------------------- layouts
def L_vbb(c):  # Diễn Đàn Phố Cũ - vBulletin style
    r = c.r
    P = c.paras(2, 3)
    out = [U("Diễn Đàn Phố Cũ"), W("Đăng nhập | Đăng ký | Trợ giúp | Lịch"),
           W("Diễn đàn › Thời sự 24h › Tin quốc tế - Tin trong nước"), U(c.title),
           W(f"Trang 1 / {r.randint(2, 6)}"), W("#1"), U(c.d("{dd}-{mm}-{y}, {HH}:{MM}")),
           F("byline", c.poster), W("Thành viên tích cực"), W(f"Tham gia ngày: {r.randint(1, 12):02d}-{r.randint(2009, 2015)}"),
           W(f"Bài gửi: {r.randint(120, 9000):,}".replace(",", "."))]
    ins = {mid(P, r, 0.3): [W("[IMG]"), F("caption", c.caption())]}
    out += body_with(P, ins)
    out += [F("credit", f"Nguồn: {c.outlet}"), W("__________________"), W(r.choice(SIGS)),
            W(f"Lần sửa cuối bởi mod_{r.choice(UPART)}{r.choice(UPART2)}; {c.d('{dd}-{mm}-{y}')} lúc {c.d('{HH}:{MM}', c.later(47))}."),
            W(f"{r.randint(3, 40)} thành viên đã cảm ơn {c.poster} vì bài viết hữu ích này"),
            W("#2"), W(c.users[0]), W(c.d("{dd}-{mm}-{y}, {HH}:{MM}", c.later(r.randint(20, 300)))),
            W(c.comment()), W("#3"), W(c.users[1]), W(c.d("{dd}-{mm}-{y}, {HH}:{MM}", c.later(r.randint(301, 900)))),
            W(f"Trích dẫn nguyên văn bởi {c.users[0]}"), W(c.comment()), W(c.comment()),
            W("« Chủ đề trước | Chủ đề sau »"), W("Chủ đề tương tự")]
    out += rel_lines(c, 4, "replies")
    out += [W(f"Múi giờ GMT +7. Hiện tại là {c.d('{HH}:{MM}', c.later(1000))}."),
            W("Powered by vBulletin® Copyright ©2000 - 2018, Jelsoft Enterprises Ltd.")]
    return out


def L_fbgroup(c):  # Facebook-style public group
    r = c.r
    P = c.paras(1, 2)
    grp = "Hội Những Người Mê Tin Tức 24h"
    out = [U(grp), W(f"Nhóm Công khai · {r.randint(20, 480)},{r.randint(1, 9)}K thành viên"),
           W("Giới thiệu Thảo luận Thành viên Sự kiện File phương tiện"), F("byline", person(R(c.row, "poster"))),
           W(r.choice(["Quản trị viên", "Người đóng góp nổi bật", "Thành viên mới"])),
           U(c.d("{d} tháng {m}, {y} lúc {HH}:{MM}")), W("Đã chia sẻ với Nhóm công khai"), U(c.title)]
    out += body_with(P, {})
    out += [F("byline", f"Theo {c.outlet}"), F("caption", c.caption()),
            W(f"{r.randint(80, 3000)} lượt thích"), W(f"{r.randint(5, 400)} bình luận · {r.randint(1, 200)} lượt chia sẻ"),
            W("Thích Bình luận Chia sẻ"), W("Phù hợp nhất"), W(c.people[0]), W(c.comment()),
            W(f"Thích · Phản hồi · {r.randint(1, 23)} giờ"), W(c.people[1]), W(c.comment()),
            W(f"Thích · Phản hồi · {r.randint(1, 23)} giờ"), W(f"Xem thêm {r.randint(4, 90)} bình luận"),
            W("Viết bình luận..."), W("Bài viết khác trong nhóm")]
    out += rel_lines(c, 3, "plain")
    return out


def L_phpbb(c):  # Cộng đồng Sông Hàn - phpBB
    r = c.r
    P = c.paras(2, 4)
    out = [U("Cộng đồng Sông Hàn"), W("Bảng điều khiển • Tin nhắn • Tìm kiếm • Thoát"),
           W("Trang chủ ‹ Thảo luận chung ‹ Tin nóng trong ngày"), U(c.title),
           W("Trả lời bài viết"), W(f"{r.randint(3, 30)} bài viết • Trang 1 trên {r.randint(1, 3)}"),
           F("byline", f"Gửi bởi {c.poster}"),
           U(c.d("Gửi: {wds} {dd}/{mm}/{y} {h12}:{MM} {ap}").replace("AM", "am").replace("PM", "pm"))]
    ins = {mid(P, r): [F("caption", c.caption(with_credit=True))]}
    out += body_with(P, ins)
    out += [F("byline", c.people[2].upper()), W(f"Bài viết: {r.randint(50, 4000)}"),
            W(f"Ngày tham gia: {WDS[r.randrange(7)]} 0{r.randint(1, 9)}/0{r.randint(1, 9)}/{r.randint(2008, 2015)}"),
            W(f"Re: {c.title}"), W(f"Gửi bởi {c.users[2]}"),
            W(c.d("Gửi: {wds} {dd}/{mm}/{y}", c.later(r.randint(60, 2000)))), W(c.comment()),
            W("Quay về Tin nóng trong ngày"), W("Ai đang trực tuyến"),
            W(f"Đang xem chuyên mục này: Không có thành viên nào và {r.randint(1, 9)} khách"),
            W("Các chủ đề khác")]
    out += rel_lines(c, 3, "bullet")
    out += [W("Được phát triển bởi phpBB® Forum Software © phpBB Limited")]
    return out


def L_board(c):  # Bảng tin Khu phố Xanh - residents' community board
    r = c.r
    P = c.paras(1, 3)
    out = [U("Bảng Tin Khu Phố Xanh"), W("Thông báo | Mua bán | An ninh trật tự | Tin tức chung"),
           W(f"Hotline Ban quản lý: 0{r.randint(900, 989)} {r.randint(100, 999)} {r.randint(100, 999)}"),
           W("Tin tức chung"), U(c.title),
           U(c.d("Đăng lúc {HH}:{MM} ngày {dd}/{mm}/{y}")), F("byline", f"Người đăng: {person(R(c.row, 'poster'))} (Tòa B2)")]
    out += body_with(P, {0: [W("Ghi chú của Ban quản trị: bài được chia sẻ lại để cư dân tham khảo.")]})
    out += [F("credit", f"Nguồn: {c.outlet}"), W(f"Lượt xem: {r.randint(100, 5000)}"),
            W("Ý kiến cư dân"), W(f"{c.people[3]} (Tòa A1): {c.comment()}"),
            W(f"{c.people[4]} (Tòa C): {c.comment()}"), W("Tin khác trên bảng tin")]
    out += rel_lines(c, 5, "dash")
    out += [W("Nội quy bảng tin: không đăng quảng cáo, không công kích cá nhân."),
            W("© Ban quản trị Khu phố Xanh")]
    return out


def L_reddit(c):  # Vforum r/thoisu
    r = c.r
    P = c.paras(1, 2)
    out = [U("Vforum"), W("r/thoisu"), W(f"{r.randint(10, 300)}k thành viên · {r.randint(100, 900)} đang online"),
           F("byline", f"Đăng bởi u/{c.poster}"), U(c.d("{dd}/{mm}/{y} {HH}:{MM}")),
           W(r.choice(["Tin tức", "Quốc tế", "Thảo luận"])), U(c.title)]
    out += body_with(P, {})
    out += [F("credit", f"Nguồn: tinsom-online.vn/{r.randint(100000, 999999)}"),
            W(f"↑ {r.randint(1, 30)},{r.randint(0, 9)}k ↓"), W(f"{r.randint(10, 600)} bình luận"),
            W("Chia sẻ Lưu Ẩn Báo cáo"), W(f"{r.randint(80, 99)}% đã upvote"),
            W("Sắp xếp theo: Hay nhất"), W(f"u/{c.users[3]} · {r.randint(1, 11)} giờ trước"),
            W(c.comment()), W(f"↑ {r.randint(2, 900)} Trả lời"),
            W(f"u/{c.users[4]} · {r.randint(1, 11)} giờ trước"), W(c.comment()), W("Thêm các bài đăng từ r/thoisu")]
    out += rel_lines(c, 4, "arrow")
    return out


def L_voz(c):  # Hội Quán Xe & Đời - XenForo
    r = c.r
    P = c.paras(2, 3)
    out = [U("Hội Quán Xe & Đời"), W("Diễn đàn Bài viết mới Tìm kiếm"),
           W("Diễn đàn › Đại sảnh › Chuyện trò linh tinh"), U(c.title),
           W(f"Thảo luận trong 'Chuyện trò linh tinh' bắt đầu bởi {c.poster}"),
           U(c.d("{dd}/{mm}/{y}")), W("#1"), F("byline", c.poster), W("Senior Member")]
    k = mid(P, r, 0.5)
    out += body_with(P, {k: [W(f"Xem tệp đính kèm {r.randint(100000, 999999)}"), F("caption", c.caption())]})
    out += [F("byline", c.people[5]), F("credit", f"Nguồn: {c.outlet}"),
            W(f"{c.users[5]}, {c.users[6]} và {r.randint(2, 80)} người khác đã thích"),
            W("Trả lời Trích dẫn"), W("#2"), W(c.users[5]), W(c.d("{dd}/{mm}/{y}", c.later(r.randint(10, 200)))),
            W(f"{c.poster} đã viết:"), W("Nhấp để mở rộng..."), W(c.comment()), W("#3"), W(c.users[6]),
            W(c.comment()), W("Bạn phải đăng nhập hoặc đăng ký để trả lời tại đây."), W("Chủ đề tương tự")]
    out += rel_lines(c, 3, "plain")
    return out


def L_tech(c):  # Trạm Công Nghệ - tech forum reposting general news
    r = c.r
    P = c.paras(1, 3)
    out = [U("Trạm Công Nghệ"), W("Mới nhất Xu hướng Hỏi đáp Đánh giá Rao vặt"), U(c.title),
           F("byline", c.poster), W(f"{r.randint(1, 90)} bài viết · {r.randint(10, 900)} theo dõi"),
           U(c.d("{dd}/{mm}/{y} {HH}:{MM}")), W(f"{r.randint(500, 50000)} lượt xem")]
    ins = {}
    if len(P) > 2:
        ins[1] = [F("caption", c.caption()), F("credit", f"Ảnh: {person(r)}")]
    else:
        ins[0] = [F("caption", c.caption())]
    out += body_with(P, ins)
    out += [F("byline", f"Theo {c.outlet}"), W("#tin_tuc #thoi_su #cong_dong"),
            W(f"{r.randint(5, 900)} Thích · {r.randint(0, 90)} Bình luận · Chia sẻ"),
            W("Bình luận"), W(f"{c.users[1]} · {r.randint(1, 50)} phút"), W(c.comment()),
            W("Đang được quan tâm")]
    out += rel_lines(c, 4, "teaser")
    out += [W("Điều khoản · Quyền riêng tư · Liên hệ quảng cáo")]
    return out


def L_moms(c):  # Góc Mẹ Bỉm - moms forum
    r = c.r
    P = c.paras(1, 2)
    out = [U("Góc Mẹ Bỉm Online"), W("Mang thai | Nuôi dạy con | Chuyện nhà | Thời sự – Xã hội"),
           W("Trang chủ > Chuyện nhà > Thời sự – Xã hội"), U(c.title),
           W(f"Chủ đề được tạo bởi {c.poster}"), U(c.d("{d}/{m}/{y} lúc {HH}:{MM}")),
           W(f"Trả lời: {r.randint(2, 80)} | Xem: {r.randint(200, 20000)}")]
    k = mid(P, r)
    out += body_with(P, {k: [W("Quảng cáo"), W("Sữa Mẹ Hiền – giảm 20% cho đơn đầu tiên")]})
    out += [F("byline", f"Bài: {person(R(c.row, 'poster'))}"), W(f"Các mẹ nghĩ sao về chuyện này ạ?"),
            W(f"{c.users[2]} trả lời lúc {c.d('{HH}:{MM}', c.later(r.randint(5, 120)))}"), W(c.comment()),
            W(f"{c.users[3]} trả lời lúc {c.d('{HH}:{MM}', c.later(r.randint(121, 600)))}"),
            W("Trích dẫn"), W(c.comment()), W(c.comment()), W("Các chủ đề cùng chuyên mục")]
    out += rel_lines(c, 5, "dated")
    return out


def L_otofun(c):  # Diễn Đàn Lái Xe Việt
    r = c.r
    P = c.paras(2, 4)
    out = [U("Diễn Đàn Lái Xe Việt"), W("Cà phê Xe | Kỹ thuật | Hành trình | Tin tức"),
           F("byline", c.poster), W(f"Xe ôm ⭐ Tham gia {r.randint(2008, 2015)} · Bài viết {r.randint(10, 9000)}"),
           U(c.d("{wd}, {dd}/{mm}/{y} {HH}:{MM}")), U(c.title)]
    out += body_with(P, {0: [F("caption", c.caption(with_credit=True))]})
    out += [F("credit", f"Nguồn: {c.outlet}"), W(f"{r.randint(1, 200)} Like"),
            W(f"Ghi chú của moderator {c.users[7]}: Đã chuyển chủ đề sang box Tin tức."),
            W("Trích dẫn Trả lời"), W(f"Lượt trả lời: {r.randint(1, 40)}"),
            W(f"{c.users[0]} – {c.d('{dd}/{mm}/{y} {HH}:{MM}', c.later(r.randint(30, 500)))}"), W(c.comment()),
            W("Chủ đề mới cùng box")]
    out += rel_lines(c, 4, "num")
    out += [W(f"Liên hệ: bqt@laixeviet-forum.vn · 0{r.randint(240, 289)} {r.randint(1000, 9999)} {r.randint(100, 999)}")]
    return out


def L_maillist(c):  # Nhóm thư Đồng Hương Quảng Nam (archive)
    r = c.r
    P = c.paras(2, 3)
    lst = "Nhóm thư Đồng Hương Quảng Nam – Lưu trữ"
    out = [U(lst), W("« Thư trước | Thư sau » | Theo chủ đề | Theo ngày"),
           W(f"Chủ đề: [dhqn] {c.title}"), F("byline", f"Từ: {person(R(c.row, 'poster'))} <{c.poster.replace('.', '_').lower()}@thuquenha.vn>"),
           U(c.d("Ngày: {wd}, {dd}/{mm}/{y} {HH}:{MM} +0700")), W("Tới: dhqn@nhomthu.vn"),
           W("Kính gửi cả nhà,"), W("Em chuyển tiếp bài báo sau để bà con tham khảo:"), U(c.title)]
    out += body_with(P, {})
    out += [F("byline", f"({c.outlet})"), W("Thân,"), W(c.people[6]), W("--"),
            W("Bạn nhận được thư này vì đã đăng ký nhóm thư Đồng Hương Quảng Nam."),
            W("Để hủy đăng ký, gửi thư tới dhqn-huy@nhomthu.vn"), W("Các thư khác cùng tuần")]
    out += rel_lines(c, 4, "bullet")
    return out


def L_student(c):  # Diễn Đàn Sinh Viên Bách Khoa Mở
    r = c.r
    P = c.paras(1, 3)
    out = [U("Diễn Đàn Sinh Viên Bách Khoa Mở"), W("Trang chủ » Góc giải trí » Tin tức – Sự kiện"),
           W(f"Chào mừng bạn đến với diễn đàn! Hôm nay là {c.d('{wd}, {dd}/{mm}/{y}')}."), U(c.title)]
    ins = {mid(P, r, 0.5): [W("[Hình ảnh]"), F("caption", c.caption())]}
    out += [F("byline", f"Người gửi: {c.poster} (K{r.randint(55, 63)} – Viện Điện)"),
            U(c.d("Gửi lúc: {HH}:{MM} {dd}/{mm}/{y}"))]
    out += body_with(P, ins)
    out += [F("byline", f"Theo {c.outlet}"), W("Báo cáo bài viết · Trích dẫn · Cảm ơn"),
            W(f"Những thành viên đã cảm ơn: {c.users[1]}, {c.users[2]}, {c.users[3]}"),
            W(f"Trả lời #1 · {c.users[4]}"), W(c.comment()), W("Bài cùng chuyên mục")]
    out += rel_lines(c, 3, "dash")
    out += [W("Ban quản trị không chịu trách nhiệm về nội dung do thành viên đăng tải.")]
    return out


def L_expat(c):  # Cộng Đồng Người Việt tại Osaka
    r = c.r
    P = c.paras(2, 3)
    out = [U("Cộng Đồng Người Việt tại Osaka"), W("Tin tức | Việc làm | Nhà ở | Hỏi đáp | Chợ"),
           U(c.d("{y}年{m}月{d}日 ({dd}/{mm}/{y})")), U(c.title),
           F("byline", f"{person(R(c.row, 'poster'))} – Thành viên từ {r.randint(2011, 2015)}")]
    out += body_with(P, {mid(P, r): [F("caption", c.caption()), F("credit", f"Ảnh: {c.outlet}")]})
    out += [W(f"Ghi chú của Ban điều hành: Bài đăng lại từ {c.outlet}, chỉ mang tính tham khảo."),
            W(f"{r.randint(20, 800)} người thấy hữu ích"), W("Bình luận (2)"),
            W(f"{c.people[7]}: {c.comment()}"), W(f"{c.people[0]}: {c.comment()}"), W("Tin cộng đồng khác")]
    out += rel_lines(c, 4, "xemthem")
    out += [W(f"Liên hệ: hotro@nguoivietosaka.jp · Tel 06-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}")]
    return out


def L_qa(c):  # Góc Thảo Luận Nhanh - Q&A board
    r = c.r
    P = c.paras(1, 2)
    out = [U("Góc Thảo Luận Nhanh"), W("Câu hỏi Chủ đề Thành viên Xếp hạng"),
           W(f"{r.randint(1, 90)} phiếu"), U(c.title), W("Mọi người có biết tin này không? Em dán nguyên bài bên dưới."),
           F("byline", f"hỏi bởi {c.poster}"), U(c.d("hỏi lúc {HH}:{MM} ngày {dd}/{mm}/{y}"))]
    out += body_with(P, {})
    out += [F("credit", f"Nguồn: {c.outlet}"), W("#thoisu #tintuc"),
            W(f"{r.randint(1, 9)} câu trả lời"), W(f"Trả lời bởi {c.users[2]} · {r.randint(10, 900)} điểm"),
            W(c.comment()), W(c.comment()), W(f"▲ {r.randint(1, 50)} ▼"), W("Câu hỏi liên quan")]
    out += rel_lines(c, 5, "plain")
    return out


def L_localfb(c):  # Tin Nóng Đồng Nai 24/7 - FB group with hashtags
    r = c.r
    P = c.paras(1, 2)
    out = [U("Tin Nóng Đồng Nai 24/7"), W("Nhóm riêng tư · 86K thành viên"), W("Bài viết nổi bật"),
           F("byline", person(R(c.row, "poster"))), U(c.d("{d} tháng {m} lúc {HH}:{MM}")),
           W("🔥🔥 TIN NÓNG 🔥🔥"), U(c.title.upper())]
    out += body_with(P, {mid(P, r): [F("caption", c.caption())]})
    out += [F("byline", f"Nguồn tin: {c.outlet}"), W("#tinnong #dongnai #chiase"),
            W(f"👍❤️😮 {r.randint(1, 9)},{r.randint(1, 9)}K"), W(f"{r.randint(50, 900)} bình luận {r.randint(10, 300)} lượt chia sẻ"),
            W("Ghi chú của quản trị viên: Bình luận văn minh, không chia sẻ thông tin chưa kiểm chứng."),
            W(c.people[1]), W(c.comment()), W(f"{r.randint(1, 20)} giờ Thích Phản hồi"),
            W("Nội quy nhóm"), W("1. Không đăng tin sai sự thật."), W("2. Không spam, quảng cáo khi chưa được phép.")]
    return out


def L_stock(c):  # Diễn Đàn Chứng Sĩ F0
    r = c.r
    P = c.paras(2, 4)
    out = [U("Diễn Đàn Chứng Sĩ F0"), W(f"VN-Index {r.randint(900, 1200)},{r.randint(10, 99)} ▲ {r.randint(1, 15)},{r.randint(10, 99)} ({r.randint(0, 1)},{r.randint(10, 99)}%)"),
           W("Thị trường › Vĩ mô – Tin thế giới"), U(c.title), W(f"Chủ đề #{r.randint(10000, 99999)}"),
           F("byline", c.poster), W(f"Level {r.randint(2, 30)} · {r.randint(10, 9000)} điểm uy tín"),
           U(c.d("{HH}:{MM} {dd}/{mm}/{y}"))]
    out += body_with(P, {})
    out += [F("byline", f"(Theo {c.outlet})"), W("Mua/Bán/Nắm giữ? Bình chọn của thành viên"),
            W(f"Lạc quan {r.randint(10, 90)}% · Bi quan {r.randint(10, 90)}%"),
            W(f"{c.users[3]} · {c.d('{HH}:{MM}', c.later(r.randint(3, 90)))}"), W(c.comment()),
            W(f"{c.users[4]} · {c.d('{HH}:{MM}', c.later(r.randint(91, 300)))}"), W(c.comment()),
            W("Đầu tư chứng khoán có rủi ro, các thông tin trên diễn đàn chỉ mang tính tham khảo."),
            W("Tin vĩ mô khác")]
    out += rel_lines(c, 4, "dated")
    return out


def L_choque(c):  # Chợ Quê Online - bảng tin
    r = c.r
    P = c.paras(1, 3)
    out = [U("Chợ Quê Online"), W("Rao vặt | Nông sản | Bảng tin làng xã | Liên hệ"),
           W("Bảng tin làng xã"), U(c.title), U(c.d("Cập nhật: {dd}/{mm}/{y}")),
           F("byline", f"{c.people[2]} – Cộng tác viên xã")]
    out += body_with(P, {0: [W("QUẢNG CÁO: Phân bón Lúa Vàng – giao tận ruộng")],
                         mid(P, r, 0.6) if len(P) > 2 else 0: [F("caption", c.caption(with_credit=True))]}
                     if len(P) > 2 else {0: [F("caption", c.caption(with_credit=True))]})
    out += [F("credit", f"Nguồn: {c.outlet}"), W(f"Lượt đọc: {r.randint(100, 9000)}"),
            W(f"Liên hệ đăng tin: 0{r.randint(900, 989)}.{r.randint(100, 999)}.{r.randint(100, 999)}"),
            W("Tin cũ hơn")]
    out += rel_lines(c, 4, "teaser")
    return out


def L_oldboard(c):  # Trạm Tin Tuổi Trẻ 8x - old-style board
    r = c.r
    P = c.paras(1, 4)
    out = [U("Trạm Tin 8x Đời Đầu"), W(":: Trang chủ :: Diễn đàn :: Album ảnh :: Sổ lưu bút ::"),
           W(f"Chủ đề: {c.title}"), U(c.title), F("byline", f"Tác giả: {c.poster}"),
           U(c.d("Ngày đăng: {dd}/{mm}/{y} - {HH}:{MM}")), W(f"Lượt xem: {r.randint(100, 9999)} | Trả lời: {r.randint(0, 30)}")]
    out += body_with(P, {mid(P, r): [F("caption", c.caption())]})
    out += [F("byline", c.people[3].upper() + f" ({c.outlet})"), W("[Trả lời] [Trích dẫn] [Báo xấu]"),
            W(f"Re: {c.title}"), W(f"{c.users[5]} ({c.d('{dd}/{mm}/{y}', c.later(r.randint(60, 3000)))})"),
            W(c.comment()), W("~*~ Hoa sữa về trong gió ~*~"), W("Các bài cùng chủ đề")]
    out += rel_lines(c, 4, "dash")
    out += [W(f"Bạn là khách thứ {r.randint(100000, 999999)} ghé thăm trạm")]
    return out


def L_fbshare(c):  # fanpage post shared into a group
    r = c.r
    P = c.paras(1, 2)
    page = "Nhịp Đập Phố Phường"
    out = [U("Hội Cựu Học Sinh Trường Thành Công"), W(f"Nhóm Công khai · {r.randint(2, 40)}K thành viên"),
           F("byline", person(R(c.row, "poster"))), W(f"{r.randint(1, 23)} giờ · Đã chia sẻ bài viết của {page}"),
           W("Tin này mọi người đọc cho biết nhé."), W(page), U(c.d("{d} tháng {m}, {y}")), U(c.title)]
    out += body_with(P, {})
    out += [F("credit", f"Nguồn: {c.outlet}"), F("caption", c.caption()), W(c.title),
            W("nhipdapphophuong.vn"), W(f"{r.randint(2, 900)} cảm xúc · {r.randint(0, 40)} bình luận"),
            W("Thích Bình luận Chia sẻ"), W(c.people[4]), W(c.comment()), W("Thích · Phản hồi · 2 giờ"),
            W("Gợi ý từ nhóm")]
    out += rel_lines(c, 3, "plain")
    return out


def L_discourse(c):  # Quán Cà Phê Thời Sự - Discourse-like
    r = c.r
    P = c.paras(1, 3)
    out = [U("Quán Cà Phê Thời Sự"), W("Mới nhất Hàng đầu Danh mục"), U(c.title),
           W(r.choice(["Thế giới", "Xã hội", "Kinh tế"]) + " · tin-chia-se"), F("byline", c.poster),
           U(c.d("{d} thg {m}, {y}"))]
    out += body_with(P, {mid(P, r, 0.4): [F("caption", c.caption()), F("credit", f"Ảnh: {person(r)}")]})
    out += [F("credit", f"Nguồn: {c.outlet}"),
            W(f"tạo {c.d('thg {m} {y}')} · trả lời cuối {r.randint(1, 20)} ngày · {r.randint(2, 50)} trả lời · {r.randint(100, 5000)} lượt xem"),
            W(c.users[6]), W(c.comment()), W(f"{r.randint(1, 40)} Thích · Trả lời"),
            W(c.users[7]), W(c.comment()), W("Chủ đề gợi ý")]
    out += rel_lines(c, 4, "replies")
    out += [W("Bạn muốn đọc thêm? Duyệt các chủ đề khác trong Thế giới hoặc xem chủ đề mới nhất.")]
    return out


def L_zalo(c):  # Nhóm cư dân chung cư - archived community chat board
    r = c.r
    P = c.paras(1, 2)
    out = [U("Cư Dân Chung Cư Ngọc Lan – Bảng Tin"), W("Bảng tin › Chuyện thời sự"),
           W(f"📌 Ghim bởi quản trị viên {c.people[5]}"), U(c.d("{HH}:{MM} {dd}/{mm}/{y}")),
           F("byline", f"{person(R(c.row, 'poster'))} · Căn {r.randint(1, 30)}{r.randint(1, 20):02d}"),
           W("[Chia sẻ]"), U(c.title)]
    out += body_with(P, {0: [F("caption", c.caption())]})
    out += [F("byline", f"— {c.outlet}"), W("Nội quy: Mỗi căn hộ chỉ đăng tối đa 2 tin/ngày."),
            W(f"👍 {r.randint(1, 90)} ❤️ {r.randint(1, 40)}"), W(f"Đã xem bởi {r.randint(20, 400)} cư dân"),
            W(f"{c.people[6]}: {c.comment()}"), W(f"{c.people[7]}: {c.comment()}"), W("Xem thêm tin đã ghim")]
    out += rel_lines(c, 3, "xemthem")
    return out


LAYOUTS = OrderedDict([
    ("vbb_phocu", L_vbb), ("fb_group", L_fbgroup), ("phpbb_songhan", L_phpbb), ("board_khupho", L_board),
    ("vforum_r", L_reddit), ("xen_xedoi", L_voz), ("tech_tram", L_tech), ("moms_gocbim", L_moms),
    ("laixe_viet", L_otofun), ("maillist_qn", L_maillist), ("sv_bachkhoa", L_student), ("expat_osaka", L_expat),
    ("qa_nhanh", L_qa), ("fb_dongnai", L_localfb), ("stock_f0", L_stock), ("choque", L_choque),
    ("oldboard_8x", L_oldboard), ("fb_share", L_fbshare), ("discourse_cafe", L_discourse), ("cudan_ngoclan", L_zalo),
])
LNAMES = list(LAYOUTS)

# ----------------------------------------------------------------------------- faults
FAULTS = ["nbsp", "zwsp", "dblspace", "glue", "nfd"]


def _nbsp(s, rng):
    idx = [i for i, ch in enumerate(s) if ch == " "]
    if not idx:
        return s
    ch = list(s)
    for i in rng.sample(idx, max(1, len(idx) // 4)):
        ch[i] = "\u00a0"
    return "".join(ch)


def _zwsp(s, rng):
    idx = [i for i in range(1, len(s)) if s[i - 1].isalpha() and s[i].isalpha()]
    if not idx:
        return s
    i = rng.choice(idx)
    return s[:i] + "\u200b" + s[i:]


def _dbl(s, rng):
    idx = [i for i, ch in enumerate(s) if ch == " "]
    if not idx:
        return s
    i = rng.choice(idx)
    return s[:i] + "  " + s[i + 1:]


def apply_faults(segs, faults, rng):
    segs = [list(x) if x[0] != "b" else ["b", list(x[1])] for x in segs]
    bidx = [i for i, x in enumerate(segs) if x[0] == "b"]
    fidx = [i for i, x in enumerate(segs) if x[0] == "f"]
    for f in faults:
        if f == "glue":
            total = sum(len(segs[i][1]) for i in bidx)
            cands = [(i, j) for i in bidx for j in range(len(segs[i][1]) - 1) if total > 3
                     if segs[i][1][j].endswith(".") and segs[i][1][j + 1][:1].isupper()]
            if cands:
                i, j = rng.choice(cands)
                it = segs[i][1]
                it[j:j + 2] = [it[j] + it[j + 1]]
        elif f in ("nbsp", "zwsp", "dblspace"):
            fn = {"nbsp": _nbsp, "zwsp": _zwsp, "dblspace": _dbl}[f]
            nb = 3 if f == "nbsp" else 1
            for i in rng.sample(bidx, min(nb, len(bidx))):
                it = segs[i][1]
                j = rng.randrange(len(it))
                it[j] = fn(it[j], rng)
            for i in rng.sample(fidx, min(2 if f != "dblspace" else 1, len(fidx))):
                segs[i][2] = fn(segs[i][2], rng)
    if "nfd" in faults:
        for x in segs:
            if x[0] == "b":
                x[1] = [unicodedata.normalize("NFD", s) for s in x[1]]
            elif x[0] == "f":
                x[2] = unicodedata.normalize("NFD", x[2])
            else:
                x[1] = unicodedata.normalize("NFD", x[1])
    return segs


# ----------------------------------------------------------------------------- assembly + check
def assemble(segs, layout):
    lines, body, furn = [], [], []
    for x in segs:
        if x[0] == "b":
            lines.append(" ".join(x[1]))
            body.extend(x[1])
        elif x[0] == "f":
            lines.append(x[2])
            furn.append((x[1], x[2]))
        else:
            lines.append(x[1])
    return Page("\n".join(lines), body, furn, layout)


def check(page, title, sentences):
    """Independent walk over page.text.  Raises ValueError on any breach."""
    lines = page.text.split("\n")
    for ln in lines:
        if not ln or ln != ln.strip():
            raise ValueError(f"blank or unstripped line: {ln!r}")
    bi = fi = 0
    unl = []
    B, Fu = page.body, page.furniture
    for ln in lines:
        if fi < len(Fu) and Fu[fi][1] == ln:
            if Fu[fi][0] not in KINDS:
                raise ValueError("bad kind")
            fi += 1
            continue
        ok = False
        for n in range(1, 5):
            if bi + n <= len(B) and " ".join(B[bi:bi + n]) == ln:
                bi += n
                ok = True
                break
        if ok:
            continue
        unl.append(ln)
    if bi != len(B) or fi != len(Fu):
        raise ValueError(f"walk did not use up body/furniture ({bi}/{len(B)}, {fi}/{len(Fu)})")
    if len(unl) > 3 or len({norm(u) for u in unl}) != len(unl):
        raise ValueError(f"unlabelled lines: {unl}")
    if len(B) < 3:
        raise ValueError("fewer than 3 body items")
    for b in B:
        if b not in page.text or b != b.strip() or "\n" in b:
            raise ValueError("body item not a clean substring")
    bn = {norm(b) for b in B} | {norm(s) for s in sentences}
    tn = norm(title)
    for kind, ln in Fu:
        if norm(ln) in bn:
            raise ValueError(f"furniture equals body: {ln}")
        if kind != "widget" and norm(ln) == tn:
            raise ValueError(f"non-widget furniture equals title: {ln}")
        if kind == "related" and norm(ln) == tn:
            raise ValueError("related equals title")
    for u in unl:
        if norm(u) in bn:
            raise ValueError(f"unlabelled equals body: {u}")
    if not any(norm(u) == tn or tn in norm(u) for u in unl):
        raise ValueError("title line missing")


def pages(path):
    body_rows, rel_rows = read_rows(path)
    rel = []
    for row, t, a in rel_rows:
        tz = teaser_of(a)
        rel.append((t, tz))
    out = []
    k = 0
    for row, t, a in body_rows:
        title = detok_title(t)
        kept, allsents = story_sentences(title, a)
        if len(kept) < 3:
            continue
        lname = LNAMES[k % 20]
        c = Ctx(k, row, title, kept, allsents, rel, lname)
        segs = LAYOUTS[lname](c)
        fr = R(row, "fault")
        faults = []
        if fr.random() < 0.27:
            faults = fr.sample(FAULTS, fr.choice([1, 1, 2]))
        segs = apply_faults(segs, faults, fr)
        p = assemble(segs, lname)
        check(p, title, kept)
        out.append(p)
        PAGE_FAULTS[id(p)] = faults
        k += 1
    return out


PAGE_FAULTS = {}


def main(argv):
    path = argv[1] if len(argv) > 1 else "/work/shared/data/vietnews_train.jsonl.gz"
    ps = pages(path)
    tab = OrderedDict((n, Counter()) for n in LNAMES)
    for p in ps:
        t = tab[p.layout]
        t["pages"] += 1
        t["body"] += len(p.body)
        for kd, _ in p.furniture:
            t[kd] += 1
        fl = PAGE_FAULTS.get(id(p), [])
        if fl:
            t["faulty"] += 1
        for f in fl:
            t[f] += 1
    cols = ["pages", "body"] + list(KINDS) + ["faulty"] + FAULTS
    print(f"{'layout':16s}" + "".join(f"{c:>9s}" for c in cols))
    tot = Counter()
    for n, t in tab.items():
        print(f"{n:16s}" + "".join(f"{t[c]:9d}" for c in cols))
        tot.update(t)
    print(f"{'TOTAL':16s}" + "".join(f"{tot[c]:9d}" for c in cols))


if __name__ == "__main__":
    main(sys.argv)
