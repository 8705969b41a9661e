#!/usr/bin/env python3
"""Held-out evaluation set "test92" (theme: sports sites) for a cleaner of
scraped Vietnamese news pages.  Standard library only.

    python3 make.py /path/to/vietnews_train.jsonl.gz

pages(path) -> list[Page]; Page = (text, body, furniture, layout).
"""
import gzip
import json
import random
import re
import sys
import unicodedata
from collections import OrderedDict
from datetime import date, timedelta
from pathlib import Path
from typing import List, NamedTuple, Tuple

SETNAME = "test92"
SEED = 9217
BODY_ROWS = range(14000, 14100)
RELATED_ROWS = range(17400, 17500)
KINDS = ("byline", "credit", "caption", "related", "widget")


class Page(NamedTuple):
    text: str
    body: List[str]
    furniture: List[Tuple[str, str]]
    layout: str


def R(row, purpose):
    return random.Random(f"{SETNAME}|{SEED}|{row}|{purpose}")


# --------------------------------------------------------------------------
# reading
# --------------------------------------------------------------------------
def read_rows(path):
    """Stream the file once; return (body rows in order, related rows)."""
    body, related = [], []
    last = max(BODY_ROWS.stop, RELATED_ROWS.stop) - 1
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
            if inr:
                related.append((i, t, a[:1200]))
            del obj
    return body, related


# --------------------------------------------------------------------------
# text helpers
# --------------------------------------------------------------------------
ZW = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))


def norm(s):
    s = unicodedata.normalize("NFC", s).translate(ZW)
    return re.sub(r"\s+", "", s).casefold()


CLOSE_NEXT = (",", ".", "-", "–", ")", "!", "?", ";", ":", "…", "]")


def pair_quotes(s):
    """Pair straight double quotes; local cues win over parity."""
    toks = s.split(" ")
    role, is_open = {}, False
    for i, t in enumerate(toks):
        if t != '"':
            continue
        prev = toks[i - 1] if i else ""
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if not nxt or nxt.startswith(CLOSE_NEXT):
            r = "c"
        elif not prev or prev.endswith((":", "(")):
            r = "o"
        else:
            r = "c" if is_open else "o"
        role[i] = r
        is_open = r == "o"
    out = []
    glue_next = False
    for i, t in enumerate(toks):
        if i in role and role[i] == "c" and out:
            out[-1] = out[-1] + '"'
            continue
        if i in role and role[i] == "o":
            if glue_next and out:
                out[-1] = out[-1] + '"'
            else:
                out.append('"')
            glue_next = True
            continue
        if glue_next and out and out[-1].endswith('"'):
            out[-1] = out[-1] + t
        else:
            out.append(t)
        glue_next = False
    return " ".join(out)


def quotes_ok(s):
    expect_open = True
    for m in re.finditer('"', s):
        j = m.start()
        before = s[j - 1] if j else " "
        after = s[j + 1] if j + 1 < len(s) else " "
        if before in " (" and after not in " ":
            r = True
        elif before not in " " and (after in " ,.;:!?)…-" ):
            r = False
        else:
            return False
        if r != expect_open:
            return False
        expect_open = not expect_open
    return expect_open


def detok(s):
    s = unicodedata.normalize("NFC", s)
    s = s.replace("_", " ")
    s = re.sub(r"[ \t\r\n\u00a0]+", " ", s).strip()
    s = pair_quotes(s)
    # spaced single quotes used as quotes: ' chiêu '
    s = re.sub(r"(^|\s)'\s+([^']{1,60}?)\s+'(?=[\s,.;:!?)]|$)", r"\1'\2'", s)
    s = re.sub(r"“\s+", "“", s)
    s = re.sub(r"\s+”", "”", s)
    s = re.sub(r"‘\s+", "‘", s)
    s = re.sub(r"\s+’", "’", s)
    s = re.sub(r"\s+([,.;:!?%…])", r"\1", s)
    s = re.sub(r"([(\[])\s+", r"\1", s)
    s = re.sub(r"\s+([)\]])", r"\1", s)
    s = re.sub(r"(\S) / (\S)", r"\1/\2", s)
    s = re.sub(r" {2,}", " ", s)
    return s.strip()


ABBR = {"TP", "TS", "GS", "PGS", "ThS", "BS", "Q", "P", "Th", "NXB", "Mr", "Mrs",
        "Ms", "Dr", "St", "No", "Tp", "KS", "NSƯT", "NSND", "CN", "Ts", "Gs",
        "Bs", "TT", "HLV", "VĐV", "Đ", "H", "Tr", "tr", "Co", "Ltd", "Inc", "vs"}


def split_sentences(s):
    out, start = [], 0
    for m in re.finditer(r"[.!?…]+[\"”’')\]]*(?= )", s):
        end = m.end()
        nxt = s[end + 1:end + 2]
        if not nxt or not (nxt.isupper() or nxt.isdigit() or nxt in "\"“‘('["):
            continue
        punct = m.group(0)
        if punct == ".":
            ws = s.rfind(" ", start, m.start()) + 1
            tok = s[ws:m.start()].lstrip("(\"“")
            if (tok in ABBR or re.fullmatch(r"[A-ZĐa-z]", tok)
                    or re.fullmatch(r"(?:\w+\.)+\w*", tok)):
                continue
        out.append(s[start:end].strip())
        start = end + 1
    tail = s[start:].strip()
    if tail:
        out.append(tail)
    return [x for x in out if x]


CAPTION_MARKS = ["ảnh:", "(ảnh", "ảnh minh", "minh hoạ", "minh họa", "video:", "clip:",
                 "clip", "(trái)", "(phải)", "(giữa)", "nguồn:", "đồ hoạ", "đồ họa",
                 "infographic", "xem thêm", "tại đây", "http", "www.", "@", "|", "•",
                 "»", "click", "ảnh chụp", "ảnh trên", "ảnh dưới", "(video", "photo"]
REPORT = ["cho biết", "cho hay", "nói", "khẳng định", "chia sẻ", "nhấn mạnh", "tiết lộ",
          "nhận định", "cho rằng", "bày tỏ", "phát biểu", "thừa nhận", "giải thích",
          "tuyên bố", "trả lời", "nhớ lại", "đánh giá", "thông tin", "thông báo",
          "yêu cầu", "đề nghị", "kể", "xác nhận", "khuyến cáo", "lưu ý", "kiến nghị",
          "đề xuất", "tâm sự", "bộc bạch", "trao đổi", "lý giải", "phản ánh", "nêu",
          "nhận xét", "dẫn lời", "theo ông", "theo bà", "theo anh", "theo chị",
          "báo cáo", "khai nhận", "chỉ đạo", "quyết định", "công bố"]
CONNECT = ["Tuy nhiên", "Theo đó", "Trong khi đó", "Ngoài ra", "Bên cạnh đó", "Trước đó",
           "Sau đó", "Đồng thời", "Vì vậy", "Do đó", "Cũng theo", "Hiện nay", "Hiện",
           "Thế nhưng", "Mặc dù", "Dù", "Khi", "Sau khi", "Trong đó", "Cụ thể", "Đặc biệt",
           "Tương tự", "Như vậy", "Bởi vậy", "Song", "Nhưng", "Không chỉ", "Ngay sau",
           "Trước khi", "Cùng với", "Thậm chí", "Bởi", "Vì thế", "Do vậy", "Riêng",
           "Còn", "Đáng chú ý", "Theo", "Từ đó", "Với", "Để", "Nếu", "Tính đến", "Ngay"]
GLUE = ["Trước đó", "Tuy nhiên", "Theo đó", "Ngoài ra", "Trong khi đó", "Bên cạnh đó",
        "Sau đó", "Đồng thời", "Hiện nay", "Cụ thể", "Đặc biệt", "Tại", "Trong", "Khi",
        "Ông", "Theo", "Năm", "Ngày", "Sáng", "Chiều", "Tối"]
GLUE_RE = re.compile(r"[a-zà-ỹđ0-9] (?:%s)\b" % "|".join(GLUE))


def balanced(s):
    if not quotes_ok(s):
        return False
    if s.count('"') % 2 or s.count("“") != s.count("”") or s.count("(") != s.count(")"):
        return False
    if s.count("[") != s.count("]") or s.count("‘") != s.count("’"):
        return False
    if s.count("'") % 2:
        return False
    return True


PROPER = set("Sở Bộ Trường Hội Ban Công Uỷ Ủy Đại Viện Bệnh Cục Chi Toà Tòa Quốc Nhà Đảng Thủ Chủ Phó "
             "Giám Tổng Hiệu Bác Sông Núi Phường Quận Huyện Xã Tỉnh Thành Làng Giải Cúp Đội Liên Vua Học "
             "Ngân Tập Khoa Phòng Hồ Cầu Chợ Đường Phố Cảng Sân Nam Bắc Đông Tây Trung Việt Mỹ Kỳ Tết "
             "Thượng Hạ Hoàng Lễ Ngày Tháng Năm Quân Công Cơ Văn Lực Hạng Cao".split())


def heading_glued(s, vocab):
    t = s.split()
    for i in range(1, len(t) - 1):
        a, y, z = t[i - 1], t[i], t[i + 1]
        if (a.isalpha() and a.islower() and y.isalpha() and y[0].isupper() and y[1:].islower()
                and z.isalpha() and z.islower() and y.lower() in vocab and y not in PROPER):
            return True
    return False


def keep_sentence(s, title_n, vocab=frozenset()):
    if heading_glued(s, vocab):
        return False
    low = s.lower()
    if any(m in low for m in CAPTION_MARKS):
        return False
    if not balanced(s):
        return False
    if not re.search(r"[.!?…][\"”’')\]]*$", s):
        return False
    first = s.lstrip("\"“‘'(")
    if not first or not (first[0].isupper() or first[0].isdigit()):
        return False
    words = s.split()
    if len(words) < 8 or len(words) > 110:
        return False
    if ":" in " ".join(words[:6]):
        return False
    if re.search(r"(?:^|[.!?\"”)]\s*)Theo\s+[^\s]+(?:\s+[^\s]+){0,3}\s*\.?$", s) and len(words) < 14:
        return False
    if re.search(r"[.!?”\")]\s*\(?Theo\s+[A-ZĐ][^.!?]{0,40}\)?\.?$", s):
        return False
    if norm(s) == title_n:
        return False
    if GLUE_RE.search(s):
        return False
    if re.search(r"\b[A-ZĐ]{2,}\s+[A-ZĐ]{2,}\s+[A-ZĐ]{2,}\b", s):
        return False
    nw = len(words)
    has_comma = "," in s
    if nw <= 22 or (nw <= 30 and not has_comma):
        padded = " " + low + " "
        rep = any((" " + v + " ") in padded or (" " + v + ",") in padded
                  or (" " + v + ":") in padded for v in REPORT)
        quote = ('"' in s or "“" in s) and re.search(r"[\"”]\s*[,\-–]\s*(ông|bà|anh|chị|em|HLV|thầy|cô)\b", s)
        conn = any(s.startswith(c + " ") or s.startswith(c + ",") for c in CONNECT)
        if not (rep or quote or conn):
            return False
    return True


def story_sentences(title, article):
    t = detok(title)
    tn = norm(t)
    art = detok(article)
    allsent = split_sentences(art)
    vocab = {w for w in art.split() if w.isalpha() and w.islower()}
    kept, seen = [], set()
    for s in allsent:
        n = norm(s)
        if n in seen:
            continue
        if keep_sentence(s, tn, vocab):
            kept.append(s)
            seen.add(n)
    return t, kept, allsent


# --------------------------------------------------------------------------
# invented material
# --------------------------------------------------------------------------
SURN = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
        "Dương", "Lý", "Phan", "Trịnh", "Đinh", "Lương", "Tạ", "Mai", "Quách"]
MID = ["Văn", "Thị", "Minh", "Hữu", "Thanh", "Đức", "Ngọc", "Quốc", "Hoài", "Gia", "Bảo", "Thuỳ"]
GIVEN = ["Khang", "Phong", "Tú", "Nhật", "Vy", "Hùng", "Lâm", "Quyên", "Trí", "Sơn", "Hà",
         "Duy", "Thảo", "Kiên", "Long", "Nhi", "Toàn", "Uyên", "Hiển", "Đạt", "Linh", "Tâm"]
PEN = ["Minh Khang", "Hải Phong", "Thảo Vy", "Quốc Trí", "Bảo Lâm", "Hoài Sơn", "Gia Huy",
       "Ngọc Hà", "Đức Kiên", "Thanh Tú", "Nhật Duy", "Khánh Linh", "Anh Toàn", "Tuấn Đạt",
       "Phương Uyên", "Hữu Hiển", "Lam Giang", "Trọng Nhân", "Diệp Anh", "Kim Ngân"]
CLUBS = ["Sông Lam Xanh", "Phố Núi United", "Cảng Biển FC", "Kinh Bắc Star", "Đồng Bằng FC",
         "Thủ Đô Phương Nam", "Hoàng Sa Rangers", "Tây Đô City", "Sao Vàng Bình Dương",
         "Hồng Lĩnh Athletic"]


def person(rng):
    return f"{rng.choice(SURN)} {rng.choice(MID)} {rng.choice(GIVEN)}"


def pen(rng):
    return rng.choice(PEN)


WD = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def rand_dt(rng):
    d = date(2016, 1, 1) + timedelta(days=rng.randrange(0, 1460))
    return d, rng.randrange(6, 23), rng.randrange(0, 60)


def fmt_date(style, dt):
    d, h, m = dt
    if style == "wd_gmt":
        return f"{WD[d.weekday()]}, {d:%d/%m/%Y} {h:02d}:{m:02d} (GMT+7)"
    if style == "pipe":
        return f"{d:%d/%m/%Y} | {h:02d}:{m:02d}"
    if style == "time_first":
        return f"{h:02d}:{m:02d} {d.day}/{d.month}/{d.year}"
    if style == "updated":
        return f"Cập nhật lúc {h:02d}:{m:02d} ngày {d:%d/%m/%Y}"
    if style == "dash":
        return f"{d:%d-%m-%Y} - {h:02d}:{m:02d}"
    if style == "long":
        return f"Ngày {d.day} tháng {d.month} năm {d.year}"
    if style == "iso":
        return f"{d:%Y-%m-%d} {h:02d}:{m:02d}:00"
    if style == "wd_short":
        return f"{WD[d.weekday()]} {d.day}/{d.month}/{d.year}, {h:02d}h{m:02d}"
    if style == "posted":
        return f"Đăng lúc: {h:02d}:{m:02d} - {d:%d/%m/%Y}"
    if style == "slash_ampm":
        hh = h if h <= 12 else h - 12
        return f"{d:%d/%m/%Y} {hh:02d}:{m:02d} {'AM' if h < 12 else 'PM'}"
    raise ValueError(style)


def names_in(text):
    out = []
    for m in re.finditer(r"\b(ông|bà|anh|chị|HLV|thầy|cô|TS|PGS\.TS|GS|em)\s+((?:[A-ZĐ][^\s,.;:!?\"“”()]*\s?){2,4})", text):
        nm = m.group(2).strip()
        if len(nm.split()) >= 2 and all(w[0].isupper() for w in nm.split()):
            out.append((m.group(1), nm))
    seen, res = set(), []
    for r_, n in out:
        if n not in seen:
            seen.add(n)
            res.append((r_, n))
    return res


def places_in(text):
    res = []
    for m in re.finditer(r"\b(?:tại|ở)\s+((?:[A-ZĐ][^\s,.;:!?\"“”()]*\s?){1,4})", text):
        p = m.group(1).strip()
        if p and p not in res and len(p) > 2 and p not in ("Việt Nam", "Mỹ", "Trung Quốc", "Nhật", "Anh"):
            res.append(p)
    return res


SCENES = [
    "Khung cảnh nơi diễn ra sự việc vào sáng cùng ngày.",
    "Nhiều người dân quan tâm theo dõi diễn biến của vụ việc.",
    "Buổi làm việc diễn ra trong không khí nghiêm túc.",
    "Các đại biểu tham dự buổi gặp mặt chụp ảnh lưu niệm.",
    "Phóng viên ghi nhận tại hiện trường chiều hôm qua.",
    "Đông đảo người dân có mặt từ sớm để theo dõi sự kiện.",
    "Một góc khu vực được nhắc tới trong bài viết.",
    "Lực lượng chức năng làm việc tại hiện trường.",
]


def captions_for(rng, title, alltext, nmax):
    cands = []
    for role, nm in names_in(alltext)[:3]:
        rl = {"ông": "Ông", "bà": "Bà", "anh": "Anh", "chị": "Chị", "thầy": "Thầy",
              "cô": "Cô", "em": "Em"}.get(role, role)
        cands.append(rng.choice([
            f"{rl} {nm} trao đổi với phóng viên.",
            f"{rl} {nm} chia sẻ bên lề sự kiện.",
            f"{rl} {nm} trong buổi làm việc với báo chí.",
            f"{rl} {nm}.",
        ]))
    for pl in places_in(alltext)[:2]:
        cands.append(rng.choice([f"Quang cảnh tại {pl}.", f"Một góc {pl} ngày diễn ra sự việc.",
                                 f"Khu vực {pl} được nhắc đến trong bài."]))
    rng.shuffle(cands)
    sc = SCENES[:]
    rng.shuffle(sc)
    cands += sc[:3]
    tl = title[0].lower() + title[1:] if title else title
    cands.append(f"Hình ảnh liên quan tới vụ việc {tl.rstrip('.?!')}." if rng.random() < 0.5
                 else f"{title.rstrip('.?!')} (ảnh minh hoạ).")
    return cands[:nmax]


# --------------------------------------------------------------------------
# layouts
# --------------------------------------------------------------------------
L = lambda **k: k  # noqa: E731
LAYOUTS = [
    L(name="bongdapho", site="Bóng Đá Phố", site_pos="top", menu=["Trang chủ", "V-League", "Ngoại hạng Anh", "Đội tuyển", "Chuyển nhượng", "Video"], menu_style="lines",
      crumb="Bóng đá Việt Nam › V-League", date="wd_gmt", date_pos="after_title", by="caps_end", para=(1, 2), cap="cap_then_credit", ncap=(1, 2),
      inrel=None, rel="bullet", rel_head="TIN LIÊN QUAN", rel_n=(3, 5), tail=["tags", "share", "footer"]),
    L(name="thethaosaithanh", site="THỂ THAO SÀI THÀNH", site_pos="top", topdate=True, menu=["Bóng đá", "Quần vợt", "Võ thuật", "Đua xe", "Hậu trường"], menu_style="pipe",
      crumb=None, date="pipe", date_pos="after_byline", by="bai_anh_top", para=(2, 3), cap="cap_paren", ncap=(1, 2),
      inrel="xemthem", rel="teaser", rel_head="Cùng chuyên mục", rel_n=(2, 4), tail=["reactions", "footer"]),
    L(name="vothuatviet", site="Võ Thuật Việt", site_pos="top", menu=["MMA", "Boxing", "Võ cổ truyền", "Vovinam", "Karate", "Taekwondo"], menu_style="lines",
      crumb="Trang chủ / Võ thuật / MMA", date="time_first", date_pos="before_title", by="author_box", para=(1, 3), cap="cap_only", ncap=(1, 3),
      inrel=None, rel="numbered", rel_head="Bài viết liên quan", rel_n=(3, 5), tail=["share", "comments", "footer"]),
    L(name="seagames24h", site="SEA Games 24h", site_pos="top", menu=["Lịch thi đấu", "Bảng tổng sắp", "Bóng đá nam", "Điền kinh", "Bơi lội"], menu_style="pipe",
      crumb=None, date="updated", date_pos="after_title", by="theo_end", para=(2, 4), cap="cap_credit_inline", ncap=(0, 1),
      inrel=None, rel="joined", rel_head="Tin khác", rel_n=(3, 4), tail=["medals", "tags", "footer"], pre=["medals_top"]),
    L(name="sancoonline", site="Sân Cỏ Online", site_pos="bottom", menu=["Tin nóng", "Bóng đá Việt", "Bóng đá Anh", "La Liga", "Serie A", "Nhận định"], menu_style="lines",
      crumb="Sân Cỏ Online > Bóng đá Việt", date="dash", date_pos="after_title", by="name_top", para=(1, 2), cap="credit_then_cap", ncap=(1, 2),
      inrel="docthem", rel="dated", rel_head="TIN CÙNG CHUYÊN MỤC", rel_n=(3, 5), tail=["reactions", "comments", "footer"]),
    L(name="doituyenplus", site="Đội Tuyển Plus", site_pos="top", menu=["ĐTQG", "U23", "Futsal", "Bóng đá nữ", "Video"], menu_style="pipe",
      crumb=None, date="wd_short", date_pos="after_title", by="dash_agency_end", para=(1, 3), cap="video", ncap=(1, 1),
      inrel=None, rel="same_line", rel_head="Xem thêm", rel_n=(2, 4), tail=["share", "footer"]),
    L(name="nhipsongvandong", site="Nhịp Sống Vận Động", site_pos="top", menu=["Chân dung", "Đời tư", "Hậu trường", "Sức khoẻ", "Học đường"], menu_style="lines",
      crumb="Chân dung › Đời tư VĐV", date="long", date_pos="after_byline", by="name_top", para=(2, 3), cap="cap_then_credit", ncap=(1, 2),
      inrel="docthem", rel="plain", rel_head="Có thể bạn quan tâm", rel_n=(3, 4), tail=["pullquote", "author_box_end", "tags", "footer"]),
    L(name="tinbonglan", site="Tin Bóng Lăn", site_pos="top", menu=["Kết quả", "Bảng xếp hạng", "Lịch thi đấu", "Chuyển nhượng"], menu_style="pipe",
      crumb="Bóng đá trong nước", date="iso", date_pos="after_title", by="tonghop_end", para=(1, 2), cap="cap_credit_inline", ncap=(1, 2),
      inrel=None, rel="bullet", rel_head="ĐỌC NHIỀU", rel_n=(4, 5), tail=["table", "share", "footer"], pre=["score_top"]),
    L(name="caulacbo360", site="CLB 360", site_pos="top", topdate=True, menu=["Hà Nội", "TP.HCM", "Miền Trung", "Hạng Nhất", "Cúp Quốc gia"], menu_style="lines",
      crumb="CLB 360 / Cúp Quốc gia", date="posted", date_pos="after_title", by="ttxvn_top", para=(2, 3), cap="cap_paren", ncap=(1, 2),
      inrel="xemthem", rel="teaser", rel_head="Tin liên quan", rel_n=(2, 3), tail=["tags", "poll", "footer"]),
    L(name="dauvothethao", site="Đấu Võ Thể Thao", site_pos="top", menu=["Võ thuật", "Quyền Anh", "Kickboxing", "Judo", "Vật"], menu_style="pipe",
      crumb="Võ thuật » Quyền Anh", date="slash_ampm", date_pos="after_title", by="caps_end", para=(1, 2), cap="imgmark_cap", ncap=(1, 2),
      inrel=None, rel="numbered", rel_head="Tin khác", rel_n=(3, 5), tail=["comments", "footer"]),
    L(name="vleaguenews", site="V-League News", site_pos="top", menu=["Vòng đấu", "Cầu thủ", "Trọng tài", "Khán giả"], menu_style="lines",
      crumb=None, date="wd_gmt", date_pos="before_title", by="bai_anh_top", para=(1, 3), cap="credit_then_cap", ncap=(1, 2),
      inrel="docthem", rel="dated", rel_head="Tin cùng chuyên mục", rel_n=(3, 4), tail=["share", "tags", "footer"], pre=["score_top"]),
    L(name="thethaongayconline", site="Thể Thao Ngày Nay", site_pos="top", menu=["Thời sự", "Giáo dục", "Bóng đá", "Thể thao", "eSports", "Golf"], menu_style="pipe",
      crumb="Thể thao › Các môn khác", date="time_first", date_pos="after_title", by="theo_end", para=(2, 4), cap="cap_only", ncap=(0, 2),
      inrel=None, rel="joined", rel_head="Đọc thêm", rel_n=(2, 3), tail=["reactions", "footer"]),
    L(name="sao_san_co", site="Sao Sân Cỏ", site_pos="bottom", menu=["Đời tư cầu thủ", "WAGs", "Thời trang", "Gia đình"], menu_style="lines",
      crumb="Sao Sân Cỏ > Đời tư cầu thủ", date="dash", date_pos="after_byline", by="name_top", para=(1, 2), cap="cap_then_credit", ncap=(2, 3),
      inrel=None, rel="teaser", rel_head="XEM THÊM", rel_n=(2, 4), tail=["pullquote", "comments", "footer"]),
    L(name="dongnamathethao", site="Đông Nam Á Thể Thao", site_pos="top", menu=["SEA Games", "AFF Cup", "ASIAD", "Thái Lan", "Indonesia"], menu_style="pipe",
      crumb="SEA Games / Bảng tổng sắp", date="long", date_pos="after_title", by="dash_agency_end", para=(1, 3), cap="cap_credit_inline", ncap=(1, 2),
      inrel="xemthem", rel="bullet", rel_head="TIN KHÁC", rel_n=(3, 5), tail=["medals", "share", "footer"]),
    L(name="quyenanhvn", site="Quyền Anh VN", site_pos="top", menu=["Boxing", "Lịch đấu", "Võ sĩ", "Hậu trường"], menu_style="lines",
      crumb=None, date="updated", date_pos="after_title", by="author_box", para=(2, 3), cap="imgmark_cap", ncap=(1, 2),
      inrel=None, rel="same_line", rel_head="Tin liên quan", rel_n=(2, 3), tail=["tags", "comments", "footer"]),
    L(name="bongdacongdong", site="Bóng Đá Cộng Đồng", site_pos="top", topdate=True, menu=["Phủi", "Sân 7", "Cộng đồng", "Bóng đá học đường"], menu_style="pipe",
      crumb="Cộng đồng › Bóng đá học đường", date="pipe", date_pos="after_title", by="tonghop_end", para=(1, 2), cap="cap_paren", ncap=(1, 2),
      inrel="docthem", rel="plain", rel_head="Bài viết khác", rel_n=(3, 4), tail=["poll", "reactions", "footer"]),
    L(name="hlvvacauthu", site="HLV & Cầu Thủ", site_pos="top", menu=["Phỏng vấn", "Chiến thuật", "Nhận định", "Góc HLV"], menu_style="lines",
      crumb="Phỏng vấn", date="wd_short", date_pos="after_byline", by="ttxvn_top", para=(1, 3), cap="credit_then_cap", ncap=(1, 2),
      inrel=None, rel="numbered", rel_head="ĐỌC TIẾP", rel_n=(3, 4), tail=["share", "footer"], pre=["video_top"]),
    L(name="diendanthethao", site="Diễn Đàn Thể Thao", site_pos="bottom", menu=["Tin tức", "Xã hội", "Giáo dục", "Thể thao", "Diễn đàn", "Thư bạn đọc"], menu_style="pipe",
      crumb="Tin tức > Thể thao trong nước", date="iso", date_pos="end", by="caps_end", para=(2, 4), cap="cap_only", ncap=(0, 1),
      inrel=None, rel="dated", rel_head="Các tin khác", rel_n=(4, 5), tail=["comments", "footer"]),
    L(name="olympicviet", site="Olympic Việt", site_pos="top", menu=["Thời sự", "Thể thao thành tích cao", "Olympic", "Paralympic", "Điền kinh", "Xã hội"], menu_style="lines",
      crumb="Trang chủ › Thể thao thành tích cao", date="posted", date_pos="after_title", by="bai_anh_top", para=(1, 2), cap="video", ncap=(1, 1),
      inrel="xemthem", rel="joined", rel_head="Tin mới", rel_n=(3, 4), tail=["tags", "reactions", "footer"]),
    L(name="futsalfans", site="Futsal Fans", site_pos="top", menu=["Futsal VN", "Futsal châu Á", "Bóng đá bãi biển"], menu_style="pipe",
      crumb=None, date="slash_ampm", date_pos="before_title", by="dash_agency_end", para=(1, 3), cap="cap_then_credit", ncap=(1, 2),
      inrel=None, rel="teaser", rel_head="Tin liên quan", rel_n=(2, 3), tail=["share", "poll", "footer"]),
]
AGENCIES = ["TTXVN", "VNA", "Reuters", "AFP"]


class Builder:
    def __init__(self):
        self.entries = []   # ('u', line) / ('f', kind, line) / ('b', [items])

    def u(self, line):
        self.entries.append(["u", line])

    def f(self, kind, line):
        assert kind in KINDS
        self.entries.append(["f", kind, line])

    def b(self, items):
        self.entries.append(["b", list(items)])


def teaser(rng, art, nmax):
    t = detok(art)
    words = t.split()
    n = rng.randrange(18, nmax)
    if len(words) <= n:
        return None
    return " ".join(words[:n]).rstrip(",.;:") + "…"


def rel_items(rng, related, n, forbid):
    """Pick n (headline, teaser) pairs; never equal to title/body (normalised)."""
    pool = related[:]
    rng.shuffle(pool)
    out = []
    for _, t, a in pool:
        h = detok(t)
        if not h or norm(h) in forbid:
            continue
        te = teaser(rng, a, 40)
        if te and norm(te) in forbid:
            te = None
        out.append((h, te))
        if len(out) >= n:
            break
    return out


def build_page(k, row, title_raw, article, related):
    lay = LAYOUTS[k % len(LAYOUTS)]
    title, sents, allsent = story_sentences(title_raw, article)
    if len(sents) < 3:
        return None
    rng = R(row, "layout")
    forbid = {norm(s) for s in sents} | {norm(title)}
    all_n = {norm(s) for s in allsent} | forbid
    # paragraphs
    pr = R(row, "paragraphs")
    paras, i = [], 0
    lo, hi = lay["para"]
    while i < len(sents):
        n = pr.randint(lo, hi)
        paras.append(sents[i:i + n])
        i += n
    dt = rand_dt(R(row, "date"))
    datel = fmt_date(lay["date"], dt)
    rr = R(row, "related")
    rels = rel_items(rr, related, 8, forbid) if related else []
    rel_inline = rels[-2:] if lay["inrel"] and len(rels) >= 5 else []
    rels_block = rels[:rr.randint(*lay["rel_n"])] if rels else []
    cr = R(row, "captions")
    ncap = cr.randint(*lay["ncap"])
    caps = [c for c in captions_for(cr, title, " ".join(sents), 6) if norm(c) not in all_n][:ncap]
    photog = pen(cr)
    br = R(row, "byline")
    author = pen(br)
    author2 = pen(br)
    while author2 == author:
        author2 = pen(br)
    wr = R(row, "widgets")
    site = lay["site"]
    domain = re.sub(r"[^a-z0-9]", "", unicodedata.normalize("NFD", site.lower()).replace("đ", "d").encode("ascii", "ignore").decode()) + ".vn"

    P = Builder()
    # ---------------- header
    if lay.get("topdate"):
        d = dt[0] + timedelta(days=wr.randint(0, 2))
        P.f("widget", f"{WD[d.weekday()]}, ngày {d.day}/{d.month}/{d.year}")
    if lay["site_pos"] == "top":
        P.u(site)
    if lay["menu_style"] == "lines":
        for m in lay["menu"]:
            P.f("widget", m)
    else:
        P.f("widget", " | ".join(lay["menu"]))
    if wr.random() < 0.4:
        P.f("widget", wr.choice(["Đăng nhập", "Tìm kiếm", "Hotline: 0908 217 " + str(wr.randint(100, 999)),
                                 "Quảng cáo", "Liên hệ quảng cáo"]))
    for p in lay.get("pre", []):
        if p == "score_top":
            a, b = wr.sample(CLUBS, 2)
            P.f("widget", "KẾT QUẢ VÒNG " + str(wr.randint(2, 26)))
            P.f("widget", f"{a} {wr.randint(0, 3)} - {wr.randint(0, 3)} {b}")
        elif p == "medals_top":
            P.f("widget", f"Bảng tổng sắp: Việt Nam {wr.randint(20, 99)} HCV - Thái Lan {wr.randint(20, 99)} HCV")
        elif p == "video_top":
            P.f("widget", "VIDEO NỔI BẬT")
            P.f("widget", f"{wr.randint(0, 4):02d}:{wr.randint(10, 59):02d}")
    if lay["crumb"]:
        P.f("widget", lay["crumb"])
    if lay["date_pos"] == "before_title":
        P.u(datel)
    P.u(title)
    if lay["date_pos"] == "after_title":
        P.u(datel)
    # byline top
    by = lay["by"]
    if by == "bai_anh_top":
        P.f("byline", f"Bài: {author} - Ảnh: {author2}" if br.random() < 0.6 else f"Bài và ảnh: {author}")
    elif by == "name_top":
        P.f("byline", author if br.random() < 0.6 else f"{author} - {author2}")
    elif by == "ttxvn_top":
        P.f("byline", br.choice(["(TTXVN)", f"{author} (TTXVN)", f"PV/{br.choice(AGENCIES)}"]))
    if lay["date_pos"] == "after_byline":
        P.u(datel)
    if wr.random() < 0.5:
        P.f("widget", wr.choice([f"{wr.randint(1, 40)} bình luận", "Chia sẻ", "Nghe bài viết",
                                 f"{wr.randint(100, 9000)} lượt xem", "A- A+", "Theo dõi trên Google News"]))
    # ---------------- body with interleaved furniture
    np_ = len(paras)
    cap_slots = sorted(cr.sample(range(1, np_ + 1), min(len(caps), np_))) if caps else []
    if lay["cap"] == "video" and caps:
        cap_slots = [min(1, np_)]
    inrel_slot = wr.randint(1, max(1, np_ - 1)) if rel_inline else -1
    ad_slot = wr.randint(1, np_) if (np_ >= 3 and wr.random() < 0.45) else -1
    pq_slot = wr.randint(1, np_ - 1) if ("pullquote" in lay["tail"] and np_ >= 3) else -1
    ci = 0
    for pi, para in enumerate(paras):
        P.b(para)
        slot = pi + 1
        while ci < len(cap_slots) and cap_slots[ci] == slot:
            emit_caption(P, lay["cap"], caps[ci], photog, cr)
            ci += 1
        if slot == pq_slot:
            src = paras[min(pi + 1, np_ - 1)][0].rstrip(".!?…")
            w = src.split()
            frag = " ".join(w[: min(len(w) - 2, wr.randint(7, 12))])
            P.f("widget", "“" + frag.strip("\"“”") + "…”")
        if slot == inrel_slot:
            if lay["inrel"] == "xemthem":
                P.f("related", "Xem thêm: " + rel_inline[0][0])
            else:
                P.f("widget", "ĐỌC THÊM")
                for h, _ in rel_inline:
                    P.f("related", h)
        if slot == ad_slot and slot != np_:
            P.f("widget", wr.choice(["Quảng cáo", "ADVERTISEMENT", "Quảng cáo - Cuộn để tiếp tục đọc"]))
    # ---------------- after body
    if by == "caps_end":
        P.f("byline", author.upper() if br.random() < 0.7 else f"{author.upper()} (tổng hợp)")
    elif by == "theo_end":
        P.f("byline", br.choice([f"Theo {br.choice(['Thể Thao Phương Nam', 'Báo Sân Vận Động', 'Nhật báo Thể Lực'])}",
                                 f"{author} (Theo {br.choice(AGENCIES)})"]))
    elif by == "dash_agency_end":
        P.f("byline", f"{author} - {br.choice(AGENCIES)}" if br.random() < 0.5 else f"{author}/{br.choice(['Hà Nội', 'TP.HCM', 'Đà Nẵng'])}")
    elif by == "tonghop_end":
        P.f("byline", f"{author} (tổng hợp)")
    elif by == "author_box":
        P.f("byline", author)
        P.f("byline", br.choice(["Phóng viên mảng võ thuật, từng thi đấu Vovinam cấp tỉnh.",
                                 "Biên tập viên, theo dõi các giải đấu trong nước từ năm 2009.",
                                 "Cây bút chuyên viết về đời sống vận động viên."]))
    if lay["date_pos"] == "end":
        P.u(datel)
    for t in lay["tail"]:
        if t == "tags":
            tags = story_tags(wr, title, " ".join(sents))
            P.f("widget", "Tags: " + ", ".join(tags) if wr.random() < 0.6 else "Từ khoá")
            if P.entries[-1][2] == "Từ khoá":
                for tg in tags[:3]:
                    P.f("widget", "#" + tg)
        elif t == "share":
            P.f("widget", wr.choice(["Chia sẻ: Facebook Zalo Twitter", "Chia sẻ bài viết", "Thích 12 Chia sẻ"]))
        elif t == "reactions":
            P.f("widget", "Bạn cảm thấy thế nào về bài viết này?")
            P.f("widget", f"Thích {wr.randint(0, 200)} - Vui {wr.randint(0, 50)} - Buồn {wr.randint(0, 30)} - Phẫn nộ {wr.randint(0, 20)}")
        elif t == "comments":
            n = wr.randint(0, 3)
            P.f("widget", f"Bình luận ({n})")
            for _ in range(n):
                nm = person(wr)
                P.f("widget", nm)
                P.f("widget", wr.choice(["Bài viết hay quá, cảm ơn tác giả.", "Mong các cơ quan sớm làm rõ.",
                                         "Chuyện này đáng suy nghĩ thật.", "Đọc xong thấy buồn ghê.",
                                         "Hy vọng mọi thứ sẽ tốt hơn."]))
                P.f("widget", f"Trả lời - Thích ({wr.randint(0, 40)})")
            P.f("widget", "Gửi bình luận")
        elif t == "poll":
            P.f("widget", "BÌNH CHỌN")
            P.f("widget", wr.choice(["Đội tuyển Việt Nam sẽ vào bán kết AFF Cup?", "Ai là cầu thủ xuất sắc nhất vòng đấu?",
                                     "Bạn có ủng hộ dùng VAR tại V-League?"]))
            P.f("widget", "Có - Không - Chưa biết")
        elif t == "medals":
            P.f("widget", "BẢNG TỔNG SẮP HUY CHƯƠNG")
            for nat in wr.sample(["Việt Nam", "Thái Lan", "Indonesia", "Malaysia", "Philippines", "Singapore"], 3):
                P.f("widget", f"{nat} {wr.randint(10, 90)} {wr.randint(10, 90)} {wr.randint(10, 90)}")
        elif t == "table":
            P.f("widget", "BẢNG XẾP HẠNG")
            for pos, cl in enumerate(wr.sample(CLUBS, 4), 1):
                P.f("widget", f"{pos}. {cl} {60 - pos * wr.randint(2, 5)} điểm")
        elif t == "author_box_end":
            P.f("byline", author)
            P.f("byline", "Nhà báo tự do, viết về đời sống vận động viên sau giải nghệ.")
        elif t == "pullquote":
            pass
        elif t == "footer":
            if rels_block and lay["rel"] != "none":
                emit_related(P, lay, rels_block, R(row, "relfmt"), dt)
                rels_block = []
            foot = R(row, "footer")
            if lay["site_pos"] == "bottom":
                P.u(site)
            P.f("widget", f"© {dt[0].year} {site}. Giấy phép số {foot.randint(100, 999)}/GP-BTTTT.")
            if foot.random() < 0.7:
                P.f("widget", f"Liên hệ: toasoan@{domain} - ĐT: 028 38{foot.randint(10, 99)} {foot.randint(1000, 9999)}")
            if foot.random() < 0.5:
                P.f("widget", "Ghi rõ nguồn khi phát hành lại thông tin từ website này.")
    return P, lay["name"], sents


def story_tags(rng, title, text):
    tags = [n for _, n in names_in(text)[:2]] + places_in(text)[:2]
    tags += [w for w in re.findall(r"\b[A-ZĐ][A-ZĐ0-9-]{2,}\b", title + " " + text)[:3]]
    tw = [w.strip("'\"“”,.?!:") for w in title.split()]
    tags.append(" ".join(tw[:3]).lower())
    out = []
    for t in tags:
        if t and t not in out:
            out.append(t)
    return out[:4] if len(out) >= 3 else out + ["tin nóng", "đời sống"][: 3 - len(out)]


def emit_caption(P, style, cap, photog, rng):
    if style == "cap_then_credit":
        P.f("caption", cap)
        P.f("credit", f"Ảnh: {photog}")
    elif style == "credit_then_cap":
        P.f("credit", f"Ảnh: {photog}")
        P.f("caption", cap)
    elif style == "cap_paren":
        P.f("caption", f"{cap} (Ảnh: {photog})")
    elif style == "cap_credit_inline":
        P.f("caption", f"{cap} Ảnh: {rng.choice([photog, 'TTXVN', 'Internet', 'NVCC'])}")
    elif style == "cap_only":
        P.f("caption", cap)
    elif style == "imgmark_cap":
        P.f("widget", rng.choice(["[Ảnh]", "Phóng to", "Xem ảnh"]))
        P.f("caption", cap)
    elif style == "video":
        P.f("widget", "Video đang phát")
        P.f("widget", f"00:00 / 0{rng.randint(1, 5)}:{rng.randint(10, 59)}")
        P.f("caption", cap)
        P.f("credit", f"Video: {photog}")


def emit_related(P, lay, rels, rng, dt):
    st = lay["rel"]
    P.f("widget", lay["rel_head"])
    if st == "joined":
        P.f("related", " | ".join(h for h, _ in rels) if rng.random() < 0.5 else " - ".join(h for h, _ in rels))
        return
    for j, (h, te) in enumerate(rels, 1):
        if st == "bullet":
            P.f("related", "- " + h if rng.random() < 0.5 else "+ " + h)
        elif st == "numbered":
            P.f("related", f"{j}. {h}")
        elif st == "dated":
            d = dt[0] - timedelta(days=rng.randint(1, 30))
            P.f("related", f"{h} ({d:%d/%m/%Y})" if rng.random() < 0.6 else f"{d:%d/%m} - {h}")
        elif st == "teaser":
            P.f("related", h)
            if te:
                P.f("related", te)
        elif st == "same_line":
            P.f("related", f"{h} - {te}" if te else h)
        else:
            P.f("related", h)


# --------------------------------------------------------------------------
# faults
# --------------------------------------------------------------------------
FAULTS = ["nbsp", "zwsp", "double", "glue", "nfd"]


def _nbsp(s, rng):
    idx = [m.start() for m in re.finditer(" ", s)]
    if not idx:
        return s
    for j in rng.sample(idx, max(1, len(idx) // 4)):
        s = s[:j] + "\u00a0" + s[j + 1:]
    return s


def _zwsp(s, rng):
    ws = [m for m in re.finditer(r"\w{4,}", s)]
    if not ws:
        return s
    m = rng.choice(ws)
    j = m.start() + rng.randint(1, len(m.group(0)) - 1)
    return s[:j] + "\u200b" + s[j:]


def _double(s, rng):
    idx = [m.start() for m in re.finditer(" ", s)]
    if not idx:
        return s
    j = rng.choice(idx)
    return s[:j] + " " + s[j:]


def apply_faults(P, row):
    fr = R(row, "faults")
    if fr.random() >= 0.25:
        return []
    chosen = fr.sample(FAULTS, 1 if fr.random() < 0.7 else 2)
    done = []
    for fl in chosen:
        if fl == "glue":
            if sum(len(e[1]) for e in P.entries if e[0] == "b") < 5:
                continue
            cands = [e for e in P.entries if e[0] == "b" and len(e[1]) >= 2
                     and any(e[1][x].endswith(".") and len(e[1][x + 1].split()) > 0 for x in range(len(e[1]) - 1))]
            if not cands:
                continue
            e = fr.choice(cands)
            xs = [x for x in range(len(e[1]) - 1) if e[1][x].endswith(".")]
            x = fr.choice(xs)
            e[1][x:x + 2] = [e[1][x] + e[1][x + 1]]
            done.append(fl)
        elif fl == "nfd":
            for e in P.entries:
                if e[0] == "b":
                    e[1] = [unicodedata.normalize("NFD", x) for x in e[1]]
                else:
                    e[-1] = unicodedata.normalize("NFD", e[-1])
            done.append(fl)
        else:
            fn = {"nbsp": _nbsp, "zwsp": _zwsp, "double": _double}[fl]
            idxs = list(range(len(P.entries)))
            fr.shuffle(idxs)
            hits = 0
            for ix in idxs[: fr.randint(1, 3)]:
                e = P.entries[ix]
                if e[0] == "b":
                    y = fr.randrange(len(e[1]))
                    e[1][y] = fn(e[1][y], fr)
                else:
                    e[-1] = fn(e[-1], fr)
                hits += 1
            if hits:
                done.append(fl)
    return done


# --------------------------------------------------------------------------
# contract check (independent walk)
# --------------------------------------------------------------------------
def check(page):
    text, body, furn = page.text, page.body, page.furniture
    if not text.strip():
        raise ValueError("empty page")
    lines = text.split("\n")
    bi = fi = 0
    unl = []
    for ln in lines:
        if not ln or ln != ln.strip():
            raise ValueError(f"blank/unstripped line {ln!r}")
        if fi < len(furn) and ln == furn[fi][1]:
            fi += 1
            continue
        for k in (1, 2, 3, 4):
            if bi + k <= len(body) and ln == " ".join(body[bi:bi + k]):
                bi += k
                break
        else:
            unl.append(ln)
    if bi != len(body) or fi != len(furn):
        raise ValueError("walk did not use up body/furniture")
    if len(unl) > 3 or len(set(map(norm, unl))) != len(unl):
        raise ValueError(f"bad unlabelled lines {unl}")
    if len(body) < 3:
        raise ValueError("too few body sentences")
    bn = {norm(b) for b in body}
    if len(bn) != len(body):
        raise ValueError("duplicate body sentences")
    for b in body:
        if b not in text:
            raise ValueError("body item not in text")
    for kind, ln in furn:
        if kind not in KINDS:
            raise ValueError(kind)
        if norm(ln) in bn:
            raise ValueError(f"furniture equals body: {ln}")
    for ln in unl:
        if norm(ln) in bn:
            raise ValueError("unlabelled equals body")
    title_candidates = {norm(u) for u in unl}
    for kind, ln in furn:
        if kind == "related" and norm(ln) in title_candidates:
            raise ValueError("related equals title")
        if norm(ln) in title_candidates:
            raise ValueError("furniture repeats an unlabelled line")


def pages(path) -> List[Page]:
    body_rows, related = read_rows(Path(path))
    out = []
    stats = []
    for k, (row, t, a) in enumerate(body_rows):
        res = build_page(k, row, t, a, related)
        if res is None:
            continue
        P, name, _ = res
        faults = apply_faults(P, row)
        lines, body, furn = [], [], []
        for e in P.entries:
            if e[0] == "u":
                lines.append(e[1])
            elif e[0] == "f":
                lines.append(e[2])
                furn.append((e[1], e[2]))
            else:
                lines.append(" ".join(e[1]))
                body.extend(e[1])
        pg = Page("\n".join(lines), body, furn, name)
        check(pg)
        out.append(pg)
        stats.append(faults)
    pages.last_faults = stats
    return out


def main(argv):
    path = argv[1] if len(argv) > 1 else "/work/shared/data/vietnews_train.jsonl.gz"
    ps = pages(path)
    faults = pages.last_faults
    tab = OrderedDict((l["name"], [0, 0] + [0] * len(KINDS) + [0]) for l in LAYOUTS)
    for p, fl in zip(ps, faults):
        r = tab[p.layout]
        r[0] += 1
        r[1] += len(p.body)
        for kind, _ in p.furniture:
            r[2 + KINDS.index(kind)] += 1
        r[-1] += 1 if fl else 0
    hdr = ["layout", "pages", "body"] + list(KINDS) + ["faulty"]
    print("%-20s" % hdr[0] + "".join("%9s" % h for h in hdr[1:]))
    tot = [0] * (len(hdr) - 1)
    for name, r in tab.items():
        print("%-20s" % name + "".join("%9d" % v for v in r))
        tot = [a + b for a, b in zip(tot, r)]
    print("%-20s" % "TOTAL" + "".join("%9d" % v for v in tot))
    kinds = OrderedDict()
    for fl in faults:
        for f in fl:
            kinds[f] = kinds.get(f, 0) + 1
    print("faults by kind:", ", ".join(f"{k}={v}" for k, v in sorted(kinds.items())))


if __name__ == "__main__":
    main(sys.argv)
