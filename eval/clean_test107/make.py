#!/usr/bin/env python3
"""Held-out evaluation set `test107` for a cleaner of scraped Vietnamese news pages.

Theme: festivals, religion and traditional culture.  Standard library only.

    python3 make.py /work/shared/data/vietnews_train.jsonl.gz

prints a totals table per layout.  `pages(path)` returns the labelled pages.
"""
import datetime
import gzip
import json
import random
import re
import sys
import unicodedata
from collections import Counter, namedtuple

SETNAME = "test107"
SEED = 10709
BODY_ROWS = range(15900, 16000)
RELATED_ROWS = range(18900, 19000)
KINDS = ("byline", "credit", "caption", "related", "widget")

Page = namedtuple("Page", "text body furniture layout")


def rng_for(row, purpose):
    return random.Random(f"{SETNAME}|{SEED}|{row}|{purpose}")


# --------------------------------------------------------------------------- reading

def read_rows(path):
    """Stream the file once; return ({row: (title, article)}, {row: (title, article[:1200])})."""
    body, related = {}, {}
    last = max(BODY_ROWS[-1], RELATED_ROWS[-1])
    with gzip.open(str(path), "rb") as fh:
        for i, raw in enumerate(fh):
            if i > last:
                break
            in_body = i in BODY_ROWS
            in_rel = i in RELATED_ROWS
            if not (in_body or in_rel):
                continue
            if not raw.strip():
                continue
            try:
                obj = json.loads(raw.decode("utf-8", errors="replace"))
            except (ValueError, UnicodeDecodeError):
                continue
            if not isinstance(obj, dict):
                continue
            title, article = obj.get("title"), obj.get("article")
            if not isinstance(title, str) or not isinstance(article, str):
                continue
            if not title.strip() or not article.strip():
                continue
            if in_body:
                body[i] = (title, article)
            else:
                related[i] = (title, article[:1200])
    return body, related


# --------------------------------------------------------------------------- story text

def _pair_quotes(tokens, q):
    out = []
    opened = False
    pending_open = False
    for tok in tokens:
        if tok == q:
            if not opened:
                opened = True
                pending_open = True
                continue
            opened = False
            if out:
                out[-1] = out[-1] + q
            else:
                out.append(q)
            continue
        if tok[0] == q and len(tok) > 1 and all(not ch.isalnum() for ch in tok[1:]) and opened \
                and not pending_open and out:
            out[-1] = out[-1] + tok
            opened = False
            continue
        if pending_open:
            tok = q + tok
            pending_open = False
        elif tok.startswith(q) and len(tok) > 1 and not tok.endswith(q):
            opened = True
        elif tok.endswith(q) and len(tok) > 1 and not tok.startswith(q):
            opened = False
        out.append(tok)
    if pending_open:
        out.append(q)
    return out


def detok(s):
    s = s.replace("_", " ")
    s = s.replace("\u200b", "")
    toks = s.split()
    toks = _pair_quotes(toks, '"')
    toks = _pair_quotes(toks, "'")
    s = " ".join(toks)
    s = re.sub(r"\s+([,.;:!?%…)\]”’])", r"\1", s)
    s = re.sub(r"([(\[“‘])\s+", r"\1", s)
    s = re.sub(r"(\S)\s+/\s+(\S)", r"\1/\2", s)
    return s.strip()


ABBR = {"TP.", "TS.", "GS.", "PGS.", "ThS.", "BS.", "Q.", "P.", "Th.S.", "PGS.TS.", "GS.TS.",
        "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "Ths.", "NXB.", "Cty.", "Tp.", "KS.", "CN.", "NSƯT.",
        "NSND.", "Ts.", "Gs.", "No.", "Tr.", "tr.", "v.v.", "TT.", "Inc.", "Co.", "Ltd.", "Jr.", "Sr."}


def _is_abbrev(word):
    w = word.lstrip("(\"“‘'[")
    if w in ABBR:
        return True
    if re.fullmatch(r"[A-ZĐ]\.", w):
        return True
    if re.fullmatch(r"(?:[A-Za-zĐđ]{1,3}\.){2,}", w):
        return True
    return False


def split_sentences(text):
    out = []
    start = 0
    for m in re.finditer(r"[.!?…]+[\"”’)\]']*(?=\s)", text):
        end = m.end()
        rest = text[end:].lstrip()
        if not rest:
            continue
        c = rest[0]
        if c in "\"“‘(":
            c = rest[1] if len(rest) > 1 else ""
        if not (c.isupper() or c.isdigit()):
            continue
        if text[m.start():m.end()] == ".":
            ws = text.rfind(" ", start, m.start())
            word = text[ws + 1:m.end()]
            if _is_abbrev(word):
                continue
        sent = text[start:end].strip()
        if sent:
            out.append(sent)
        start = end
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return out


CAPTION_MARKS = ("ảnh:", "(ảnh", "ảnh minh hoạ", "ảnh minh họa", "minh hoạ", "minh họa", "video:",
                 "clip:", "(clip", "(video", "(trái)", "(phải)", "(giữa)", "nguồn:", "đồ hoạ", "đồ họa",
                 "ảnh tư liệu", "infographic", "ảnh chụp màn hình", "(ảnh chụp", "ảnh: ", "photo:")
REPORT = ("cho biết", "nói", "chia sẻ", "khẳng định", "cho hay", "nhấn mạnh", "tiết lộ", "kể",
          "bày tỏ", "phát biểu", "giải thích", "thừa nhận", "tuyên bố", "trả lời", "nhận định",
          "đánh giá", "cho rằng", "xác nhận", "thông báo", "thông tin", "yêu cầu", "đề nghị",
          "dự báo", "ước tính", "nhận xét", "khuyến cáo", "lưu ý", "phân tích", "cảnh báo",
          "theo ông", "theo bà", "theo anh", "theo chị", "theo họ", "theo đại diện", "theo lãnh đạo",
          "hồi tưởng", "tâm sự", "trần tình", "lý giải", "quả quyết", "than thở", "đề xuất", "viết")
CONNECTIVES = ("Tuy nhiên", "Ngoài ra", "Trong khi đó", "Bên cạnh đó", "Theo đó", "Do đó", "Vì vậy",
               "Vì thế", "Cụ thể", "Trước đó", "Sau đó", "Đồng thời", "Mặt khác", "Thế nhưng",
               "Nhưng", "Tuy vậy", "Dù vậy", "Trong đó", "Còn", "Song", "Do vậy", "Như vậy",
               "Thậm chí", "Đặc biệt", "Trước đây", "Từ đó", "Ngược lại", "Hơn nữa", "Bởi vậy",
               "Chính vì", "Không chỉ", "Mặc dù", "Dù", "Nếu", "Vì", "Do", "Bởi", "Tuy", "Riêng",
               "Hiện nay", "Hiện", "Đến nay", "Sau khi", "Trước khi", "Thực tế", "Trên thực tế")


def norm_key(s):
    s = unicodedata.normalize("NFC", s)
    s = re.sub(r"[\u200b\u200c\u200d\u2060\ufeff]", "", s)
    s = "".join(s.split())
    return s.casefold()


def _quotes_ok(s):
    if s.count('"') % 2 or s.count("“") != s.count("”") or s.count("(") != s.count(")"):
        return False
    if s.count("[") != s.count("]") or s.count("‘") != s.count("’"):
        return False
    idx = [i for i, ch in enumerate(s) if ch == '"']
    for k, i in enumerate(idx):
        prev = s[i - 1] if i > 0 else " "
        nxt = s[i + 1] if i + 1 < len(s) else " "
        if k % 2 == 0:
            if prev not in " ([“‘" or nxt == " ":
                return False
        else:
            if prev == " " or nxt not in " ,.;:!?)]…":
                return False
    sq = [i for i, ch in enumerate(s) if ch == "'"]
    if len(sq) % 2:
        return False
    # simple bracket nesting check
    depth = 0
    for ch in s:
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


def keep_sentence(s, title_key):
    words = s.split()
    n = len(words)
    if n < 8 or n > 110:
        return False
    low = s.lower()
    if any(m in low for m in CAPTION_MARKS):
        return False
    if any(ch in s for ch in "|•»©@") or "http" in low or "www." in low:
        return False
    if not _quotes_ok(s):
        return False
    if not re.search(r"[.!?…][\"”’)']*$", s):
        return False
    if ":" in " ".join(words[:6]):
        return False
    if re.search(r"\sTheo\s+[^\s,]+(?:\s+[^\s,]+){0,5}$", s):
        return False
    first = s.lstrip("\"“‘('[")
    if not first or not (first[0].isupper() or first[0].isdigit()):
        return False
    if norm_key(s) == title_key:
        return False
    if n <= 22 or (n <= 30 and "," not in s):
        lowp = " " + re.sub(r"[^\w\s]", " ", low) + " "
        reporting = any(f" {v} " in lowp for v in REPORT)
        quoted = bool(re.search(r"[\"”][,.]?\s*(ông|bà|anh|chị|em|cô|chú|bác|họ|người|[A-ZĐ])", s)) \
            or bool(re.search(r"[:,]\s*[\"“]", s))
        conn = any(s.startswith(c + " ") or s.startswith(c + ",") for c in CONNECTIVES)
        if not (reporting or quoted or conn):
            return False
    return True


def story_sentences(title, article):
    title_key = norm_key(title)
    seen = set()
    out = []
    for s in split_sentences(detok(article)):
        if not keep_sentence(s, title_key):
            continue
        k = norm_key(s)
        if k in seen:
            continue
        seen.add(k)
        out.append(s)
    return out


def teaser_of(article):
    for s in split_sentences(detok(article)):
        w = s.split()
        if len(w) < 10 or not re.search(r"[.!?…][\"”’)']*$", s):
            continue
        low = s.lower()
        if any(m in low for m in CAPTION_MARKS) or ":" in " ".join(w[:6]) or not _quotes_ok(s):
            continue
        if len(w) > 32:
            s = " ".join(w[:26]).rstrip(",;:") + "..."
        return s
    return None


# --------------------------------------------------------------------------- invented material

SURN = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý",
        "Đinh", "Trịnh", "Mai", "Lương", "Tạ", "Phan", "Kiều"]
MID = ["Văn", "Thị", "Minh", "Ngọc", "Quang", "Thanh", "Hữu", "Đức", "Thu", "Bảo", "Hoài", "Kim"]
GIV = ["Tâm", "Lan", "Khôi", "Hà", "Phúc", "Thảo", "Nguyên", "Quyên", "Đạt", "Vy", "Sơn", "Trang",
       "Lộc", "Nhi", "Hiếu", "Yến", "Tùng", "Diệp", "Hưng", "Loan", "Thắng", "Huệ", "Kha", "Tường"]
PEN1 = ["Minh", "Hoài", "Thanh", "Ngọc", "Bảo", "Quốc", "Thu", "Hạ", "Khánh", "Diệu", "Như", "Tường",
        "Phương", "An", "Lam", "Đăng"]


def full_name(r):
    return f"{r.choice(SURN)} {r.choice(MID)} {r.choice(GIV)}"


def pen_name(r):
    a = r.choice(PEN1)
    b = r.choice([g for g in GIV if g != a])
    return f"{a} {b}"


WD = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]
CAN = ["Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý"]
CHI = ["Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi"]


def can_chi(year):
    return f"{CAN[(year + 6) % 10]} {CHI[(year + 8) % 12]}"


def fmt_date(style, dt):
    wd = WD[dt.weekday()]
    d, mo, y, h, mi = dt.day, dt.month, dt.year, dt.hour, dt.minute
    if style == 0:
        return f"{wd}, {d:02d}/{mo:02d}/{y}, {h:02d}:{mi:02d} (GMT+7)"
    if style == 1:
        return f"{d:02d}/{mo:02d}/{y} {h:02d}:{mi:02d}"
    if style == 2:
        return f"Cập nhật: {h:02d}:{mi:02d} ngày {d:02d}/{mo:02d}/{y}"
    if style == 3:
        return f"{d:02d}-{mo:02d}-{y} - {h:02d}:{mi:02d}"
    if style == 4:
        return f"{wd.lower().capitalize()}, ngày {d} tháng {mo} năm {y}"
    if style == 5:
        return f"{h:02d}:{mi:02d} | {d:02d}/{mo:02d}/{y}"
    if style == 6:
        return f"Ngày đăng: {d:02d}.{mo:02d}.{y}"
    if style == 7:
        ap = "SA" if h < 12 else "CH"
        return f"{d}/{mo}/{y}, {h % 12 or 12}:{mi:02d} {ap}"
    if style == 8:
        return f"{wd}, {d}/{mo}/{y} | {h:02d}:{mi:02d} GMT+7"
    if style == 9:
        return f"Đăng lúc {h:02d}h{mi:02d}, {d:02d}/{mo:02d}/{y}"
    return f"{y}-{mo:02d}-{d:02d} {h:02d}:{mi:02d}"


SCENES = [
    "Người dân dâng hương tại chùa trong những ngày đầu năm mới.",
    "Đoàn rước kiệu đi qua cổng làng trong tiếng trống hội rộn ràng.",
    "Du khách thả đèn hoa đăng trên sông vào đêm rằm.",
    "Các cụ cao niên làm lễ tế thần tại đình làng.",
    "Nghệ nhân tỉ mỉ hoàn thiện bức tranh dân gian trước dịp Tết.",
    "Phật tử xếp hàng chờ làm lễ cầu an đầu năm.",
    "Khoảnh khắc bình yên bên mái chùa cổ rêu phong.",
    "Giáo dân tham dự thánh lễ đêm Giáng sinh tại nhà thờ.",
    "Trò chơi kéo co thu hút đông đảo thanh niên trong làng tham gia.",
    "Gian hàng bánh chưng, bánh tét tấp nập người mua ngày giáp Tết.",
    "Biểu diễn múa lân sư rồng trên phố đi bộ dịp Trung thu.",
    "Một góc khu di tích nhìn từ trên cao vào buổi sớm.",
    "Những chiếc mặt nạ giấy bồi được bày bán ở phố cổ.",
    "Sân đình chật kín người xem hát quan họ đầu xuân.",
    "Lễ hội đua thuyền trên sông thu hút hàng nghìn người cổ vũ.",
    "Cụ bà cần mẫn gói bánh cho cả gia đình đón Tết.",
    "Khói hương nghi ngút trong chính điện ngôi chùa trăm tuổi.",
    "Các em nhỏ rước đèn ông sao quanh xóm trong đêm hội trăng rằm.",
]
PERSON_CAP = ["{p} trao đổi với phóng viên.", "Chân dung {p}.", "{p} tại buổi làm việc.",
              "{p} trong một lần trò chuyện với khách.", "{p} bên những kỷ vật của gia đình."]
PLACE_CAP = ["Một góc {p} hôm nay.", "Quang cảnh {p} những ngày gần đây.", "Toàn cảnh {p} nhìn từ trên cao.",
             "Người dân {p} trong ngày hội làng.", "Đường vào {p} vào buổi sáng sớm."]
TOPIC_CAP = ["Ảnh minh hoạ", "Hình ảnh tại buổi làm việc.", "Quang cảnh buổi họp báo.",
             "Các đại biểu tham dự sự kiện.", "Ảnh minh hoạ: Internet"]

PERSON_TITLES = ("ông", "bà", "anh", "chị", "Ông", "Bà", "nghệ nhân", "Nghệ nhân", "TS.", "GS.",
                 "Hoà thượng", "Thượng toạ", "Đại đức", "Linh mục", "cụ")
PLACE_WORDS = ("tỉnh", "huyện", "xã", "thành phố", "quận", "phường", "chùa", "đền", "làng", "thôn",
               "đình", "thị xã", "hồ", "sông", "núi", "đảo")


def _cap_run(tokens, i, lo=1, hi=4):
    run = []
    for t in tokens[i:i + hi]:
        w = t.rstrip(",.;:!?)\"”'")
        if w and w[0].isupper() and w.isalpha() and w == t:
            run.append(w)
        elif w and w[0].isupper() and w.isalpha():
            run.append(w)
            break
        else:
            break
    return run if len(run) >= lo else None


def story_entities(sentences):
    persons, places = [], []
    for s in sentences:
        toks = s.split()
        for i, t in enumerate(toks[:-1]):
            for pt in PERSON_TITLES:
                ptoks = pt.split()
                if toks[i:i + len(ptoks)] == ptoks:
                    run = _cap_run(toks, i + len(ptoks), 2, 4)
                    if run:
                        persons.append(pt.lower() + " " + " ".join(run))
            for pw in PLACE_WORDS:
                ptoks = pw.split()
                if toks[i:i + len(ptoks)] == ptoks:
                    run = _cap_run(toks, i + len(ptoks), 1, 3)
                    if run:
                        places.append(pw + " " + " ".join(run))
    return list(dict.fromkeys(persons)), list(dict.fromkeys(places))


# --------------------------------------------------------------------------- layouts

# Each layout: outlet, domain, habits.  para: weights for 1..4 sentences per paragraph.
LAYOUTS = [
    dict(name="Hồn Việt Xưa", dom="honvietxua.vn", menu="Trang chủ | Lễ hội | Tín ngưỡng | Di sản | Làng nghề | Ẩm thực Tết",
         crumb="Trang chủ » Lễ hội", hdate=True, site="top", date=0, dpos="after_title",
         by="end_caps", cap="inline", ncap=(1, 2), rel="bullets", relhead="Tin liên quan", relpos="end",
         tail=["tags", "share", "footer"], para=(1, 3, 3, 1)),
    dict(name="Lễ Hội Bốn Phương", dom="lehoibonphuong.com.vn", menu="Lễ hội | Văn hoá | Du lịch tâm linh | Video | Ảnh",
         crumb=None, hdate=False, site="top", date=1, dpos="after_byline",
         by="top_baiva", cap="sepcredit", ncap=(1, 3), rel="xemthem", relhead=None, relpos="middle",
         tail=["share", "comments", "footer"], para=(2, 4, 2, 0)),
    dict(name="Tạp chí Di Sản Sống", dom="disansong.vn", menu=None,
         crumb="Di sản > Di tích lịch sử", hdate=False, site="top", date=2, dpos="after_title",
         by="authorbox", cap="caption_only", ncap=(0, 2), rel="numbered", relhead="Đọc thêm", relpos="end",
         tail=["rating", "footer"], para=(0, 2, 4, 3)),
    dict(name="Chùa Việt Online", dom="chuavietonline.org", menu="Tin Phật sự | Hoằng pháp | Chùa Việt | Lễ hội | Thư viện",
         crumb="Tin Phật sự / Trong nước", hdate=True, site="after_menu", date=4, dpos="before_title",
         by="end_plain", cap="mark", ncap=(1, 2), rel="dated", relhead="Các tin khác", relpos="end",
         tail=["comments", "footer"], para=(2, 3, 2, 1)),
    dict(name="Báo Đình Làng", dom="dinhlang.vn", menu="Thời sự | Văn hoá | Lễ hội | Đời sống | Xem - Nghe",
         crumb=None, hdate=True, site="top", date=3, dpos="after_title",
         by="theo_end", cap="inline", ncap=(1, 2), rel="joined", relhead=None, relpos="end",
         tail=["share", "ad", "footer"], para=(1, 2, 2, 0)),
    dict(name="Xuân Quê Nhà", dom="xuanquenha.net", menu=None,
         crumb="Tết Việt » Phong tục", hdate=False, site="top", date=5, dpos="after_title",
         by="top_names", cap="gallery", ncap=(2, 3), rel="teaser", relhead="Bài viết cùng chủ đề", relpos="end",
         tail=["tags", "reactions", "footer"], para=(1, 2, 3, 2)),
    dict(name="Nhịp Sống Tâm Linh", dom="nhipsongtamlinh.vn", menu="Tin tức | Phong thuỷ | Lễ hội | Chùa - Đền | Hỏi đáp",
         crumb=None, hdate=False, site="after_menu", date=6, dpos="end",
         by="end_caps", cap="sepcredit", ncap=(1, 2), rel="arrows", relhead=None, relpos="middle",
         tail=["disclaimer", "hotline", "footer"], para=(2, 3, 1, 0)),
    dict(name="Thánh Đường Việt", dom="thanhduongviet.org", menu="Giáo hội | Phụng vụ | Nhà thờ Việt | Giáng sinh | Suy niệm",
         crumb="Trang nhất > Nhà thờ Việt", hdate=True, site="top", date=8, dpos="after_title",
         by="top_caps", cap="inline", ncap=(1, 2), rel="bullets", relhead="Tin cùng chuyên mục", relpos="end",
         tail=["views", "share", "footer"], para=(1, 3, 3, 2)),
    dict(name="Hương Sắc Làng Nghề", dom="huongsaclangnghe.vn", menu=None,
         crumb="Làng nghề » Tranh dân gian", hdate=False, site="top", date=9, dpos="after_byline",
         by="top_plain", cap="caption_only", ncap=(1, 3), rel="numbered", relhead="Xem nhiều", relpos="end",
         tail=["poll", "footer"], para=(1, 2, 1, 0)),
    dict(name="Cổ Trấn", dom="cotran.com.vn", menu="Di tích | Kiến trúc | Bảo tàng | Nhân vật | Tư liệu",
         crumb=None, hdate=False, site="top", date=10, dpos="after_title",
         by="agency", cap="mark", ncap=(0, 2), rel="xemthem", relhead=None, relpos="both",
         tail=["tags", "footer"], para=(0, 3, 3, 1)),
    dict(name="Hội Làng TV", dom="hoilangtv.vn", menu="Trang chủ | Video | Lễ hội | Ẩm thực | Tin nóng",
         crumb="Video > Lễ hội", hdate=False, site="top", date=7, dpos="after_title",
         by="end_dash", cap="video", ncap=(1, 1), rel="teaser", relhead="Video khác", relpos="end",
         tail=["views", "comments", "footer"], para=(2, 3, 1, 0)),
    dict(name="Sắc Màu Dân Tộc", dom="sacmaudantoc.vn", menu=None,
         crumb="Dân tộc - Miền núi » Phong tục", hdate=True, site="top", date=0, dpos="after_title",
         by="top_baiva", cap="inline", ncap=(1, 2), rel="dated", relhead="Tin đã đưa", relpos="end",
         tail=["share", "footer"], para=(1, 3, 2, 1)),
    dict(name="Văn Hiến Online", dom="vanhienonline.vn", menu="Văn hoá | Nghệ thuật | Lễ hội | Tín ngưỡng | Sách",
         crumb="Văn hoá / Tín ngưỡng", hdate=False, site="after_menu", date=1, dpos="before_title",
         by="authorbox", cap="sepcredit", ncap=(1, 2), rel="bullets", relhead="Có thể bạn quan tâm", relpos="end",
         tail=["pullquote", "tags", "footer"], para=(0, 1, 3, 3)),
    dict(name="Mùa Lễ Hội", dom="mualehoi.info", menu=None,
         crumb=None, hdate=False, site="top", date=3, dpos="after_byline",
         by="top_names", cap="caption_only", ncap=(1, 2), rel="joined", relhead="Tin mới", relpos="end",
         tail=["reactions", "ad", "footer"], para=(2, 2, 1, 0)),
    dict(name="Phố Cổ Xưa & Nay", dom="phocoxuanay.vn", menu="Hà Nội xưa | Phố nghề | Đình - chùa | Chợ quê | Ảnh",
         crumb="Trang chủ » Đình - chùa", hdate=True, site="top", date=4, dpos="after_title",
         by="end_plain", cap="gallery", ncap=(2, 3), rel="numbered", relhead="Tin liên quan", relpos="end",
         tail=["share", "comments", "footer"], para=(1, 2, 2, 1)),
    dict(name="Tin Lễ Hội 24h", dom="tinlehoi24h.com", menu="Mới nhất | Lễ hội | Sự kiện | Giải trí | Du lịch",
         crumb=None, hdate=True, site="after_menu", date=5, dpos="after_title",
         by="theo_end", cap="inline", ncap=(1, 2), rel="arrows", relhead=None, relpos="both",
         tail=["views", "ad", "footer"], para=(3, 3, 0, 0)),
    dict(name="Bảo Tàng Sống", dom="baotangsong.vn", menu=None,
         crumb="Di sản phi vật thể > Nghệ thuật trình diễn", hdate=False, site="top", date=2, dpos="after_title",
         by="top_caps", cap="infographic", ncap=(1, 2), rel="teaser", relhead="Đọc tiếp", relpos="end",
         tail=["tags", "footer"], para=(0, 2, 3, 3)),
    dict(name="Tết Xưa Tết Nay", dom="tetxuatetnay.vn", menu="Phong tục | Mâm cỗ | Chợ Tết | Du xuân | Câu đối",
         crumb="Phong tục", hdate=False, site="top", date=6, dpos="before_title",
         by="end_dash", cap="sepcredit", ncap=(1, 3), rel="dated", relhead="Cùng chuyên mục", relpos="end",
         tail=["reactions", "comments", "footer"], para=(1, 3, 1, 0)),
    dict(name="Tâm Giao Phật Pháp", dom="tamgiaophatphap.org", menu="Tin tức | Giáo lý | Chùa chiền | Hành hương | Liên hệ",
         crumb=None, hdate=True, site="top", date=8, dpos="end",
         by="agency", cap="caption_only", ncap=(0, 1), rel="bullets", relhead="Bài viết khác", relpos="end",
         tail=["hotline", "footer"], para=(1, 2, 3, 1)),
    dict(name="Dấu Xưa", dom="dauxua.vn", menu="Lịch sử | Di tích | Lễ hội | Nhân vật | Góc nhìn",
         crumb="Lễ hội » Miền Bắc", hdate=False, site="top", date=9, dpos="after_title",
         by="top_plain", cap="mark", ncap=(1, 2), rel="xemthem", relhead=None, relpos="middle",
         tail=["share", "poll", "footer"], para=(1, 3, 2, 1)),
]

AGENCIES = ["(HVX)", "(TTLH)", "(VHO)", "(ĐLO)", "(PTN)"]


class Builder:
    def __init__(self):
        self.entries = []  # ('u', line) | ('b', [items]) | ('f', kind, line)

    def u(self, line):
        self.entries.append(["u", line])

    def f(self, kind, line):
        self.entries.append(["f", kind, line])

    def b(self, items):
        self.entries.append(["b", list(items)])


def make_related(r, pool, bad_keys, n):
    cand = [x for x in pool if norm_key(x[0]) not in bad_keys and (x[1] is None or norm_key(x[1]) not in bad_keys)]
    if not cand:
        return []
    return r.sample(cand, min(n, len(cand)))


def emit_related(B, r, L, items, dt, heading=True):
    style = L["rel"]
    if not items:
        return
    if heading and L.get("relhead"):
        B.f("widget", L["relhead"])
    if style == "bullets":
        for t, _ in items:
            B.f("related", f"- {t}")
    elif style == "numbered":
        for k, (t, _) in enumerate(items, 1):
            B.f("related", f"{k}. {t}")
    elif style == "dated":
        for t, _ in items:
            d = dt - datetime.timedelta(days=r.randint(1, 40))
            B.f("related", f"{t} ({d.day:02d}/{d.month:02d})")
    elif style == "joined":
        B.f("related", " | ".join(t for t, _ in items[:3]))
    elif style == "xemthem":
        for t, _ in items[:2]:
            B.f("related", f"Xem thêm: {t}")
    elif style == "arrows":
        for t, _ in items[:3]:
            B.f("related", f">> {t}")
    elif style == "teaser":
        for t, tz in items:
            B.f("related", t)
            if tz:
                B.f("related", tz)


def build_page(k, row, title, sentences, related_pool, L, lay_idx):
    r = rng_for(row, "layout")
    rt = detok(title)
    B = Builder()
    site = L["name"]
    base = datetime.datetime(2016, 1, 1, 6, 0)
    dt = base + datetime.timedelta(days=r.randint(0, 1460), minutes=r.randint(0, 16 * 60))
    date_line = fmt_date(L["date"], dt)
    body_keys = {norm_key(s) for s in sentences} | {norm_key(rt)}
    persons, places = story_entities(sentences)
    author = pen_name(r) if r.random() < 0.6 else full_name(r)
    photog = pen_name(r)

    # paragraphs
    rp = rng_for(row, "paras")
    paras, i = [], 0
    while i < len(sentences):
        n = rp.choices([1, 2, 3, 4], weights=L["para"])[0]
        paras.append(sentences[i:i + n])
        i += n

    # related items
    rr = rng_for(row, "related")
    rel_items = make_related(rr, related_pool, body_keys, rr.randint(3, 5))

    # captions
    rc = rng_for(row, "captions")
    ncap = rc.randint(*L["ncap"])
    caps = []
    tries = 0
    while len(caps) < ncap and tries < 30:
        tries += 1
        roll = rc.random()
        if persons and (roll < 0.45 or (not places and roll < 0.75)):
            c = rc.choice(PERSON_CAP).format(p=rc.choice(persons))
            c = c[0].upper() + c[1:]
        elif places and roll < 0.75:
            c = rc.choice(PLACE_CAP).format(p=rc.choice(places))
            c = c[0].upper() + c[1:]
        elif roll < 0.85:
            c = rc.choice(TOPIC_CAP)
        else:
            c = rc.choice(SCENES)
        if norm_key(c) in body_keys or c in caps:
            continue
        caps.append(c)

    def emit_caption(c, idx):
        st = L["cap"]
        if st == "inline":
            B.f("caption", f"{c[:-1]}. (Ảnh: {photog})" if rc.random() < 0.7 else c)
        elif st == "sepcredit":
            B.f("caption", c)
            B.f("credit", f"Ảnh: {photog}")
        elif st == "caption_only":
            B.f("caption", c)
        elif st == "mark":
            B.f("widget", "[Ảnh]" if lay_idx != 19 else "Phóng to")
            B.f("caption", c)
        elif st == "gallery":
            B.f("widget", f"Ảnh {idx + 1}/{len(caps)}")
            B.f("caption", c + (f" Ảnh: {photog}" if idx == 0 else ""))
        elif st == "video":
            B.f("widget", f"00:00 / 0{rc.randint(1, 5)}:{rc.randint(10, 59)}")
            B.f("caption", c)
            B.f("credit", f"Video: {photog}")
        elif st == "infographic":
            if idx == 0:
                B.f("caption", f"Infographic: {rt} qua các con số")
                B.f("credit", f"Đồ hoạ: {photog}")
            else:
                B.f("caption", c)
                B.f("credit", f"Nguồn: {site}")

    # ---- header
    if L["hdate"]:
        hd = dt + datetime.timedelta(days=r.randint(0, 3))
        if r.random() < 0.5:
            B.f("widget", f"{WD[hd.weekday()]}, {hd.day:02d}/{hd.month:02d}/{hd.year}")
        else:
            B.f("widget", f"Âm lịch: {r.randint(1, 29)}/{hd.month} năm {can_chi(hd.year)}")
    if L["site"] == "top":
        B.u(site)
        if L["menu"]:
            B.f("widget", L["menu"])
    else:
        B.f("widget", L["menu"])
        B.u(site)
    if r.random() < 0.4:
        B.f("widget", r.choice(["Đăng nhập | Đăng ký", "Tìm kiếm", "English", "Đường dây nóng: 0913 5"
                                + f"{r.randint(10, 99)} {r.randint(100, 999)}"]))
    if L["crumb"]:
        B.f("widget", L["crumb"])
    if L["dpos"] == "before_title":
        B.u(date_line)
    B.u(rt)

    by = L["by"]
    if by == "top_baiva":
        B.f("byline", r.choice([f"Bài và ảnh: {author}", f"Bài: {author} - Ảnh: {photog}", f"Bài: {author}"]))
    elif by == "top_caps":
        B.f("byline", author.upper())
    elif by == "top_names":
        B.f("byline", f"{author} - {photog}")
    elif by == "top_plain":
        B.f("byline", author)
    if L["dpos"] == "after_title" or (L["dpos"] == "after_byline"):
        B.u(date_line)
    if L["name"] in ("Xuân Quê Nhà", "Tin Lễ Hội 24h", "Hội Làng TV") or r.random() < 0.25:
        B.f("widget", r.choice(["Chia sẻ", "Facebook Zalo Twitter", "Lưu bài", "A- A+ In bài"]))
    # lead image caption
    cap_i = 0
    if caps and r.random() < 0.5:
        emit_caption(caps[0], 0)
        cap_i = 1

    # ---- body with furniture inside
    slots = list(range(1, len(paras)))
    r.shuffle(slots)
    mid_cap_slots = sorted(slots[:len(caps) - cap_i])
    rel_slot = None
    if L["relpos"] in ("middle", "both") and len(paras) > 2:
        rel_slot = r.randint(1, len(paras) - 1)
    used_rel = 0
    for pi, p in enumerate(paras):
        if pi in mid_cap_slots and cap_i < len(caps):
            emit_caption(caps[cap_i], cap_i)
            cap_i += 1
        if rel_slot is not None and pi == rel_slot and rel_items:
            one = rel_items[:1]
            if L["rel"] in ("xemthem", "arrows"):
                emit_related(B, r, L, one, dt, heading=False)
            else:
                B.f("related", f"Xem thêm: {one[0][0]}")
            used_rel = 1
        if pi == len(paras) // 2 and lay_idx in (4, 13, 15) and len(paras) > 2:
            B.f("widget", r.choice(["Quảng cáo", "ADVERTISEMENT", "Nội dung tài trợ"]))
        B.b(p)
    while cap_i < len(caps):
        emit_caption(caps[cap_i], cap_i)
        cap_i += 1

    # ---- after story
    if by == "end_caps":
        B.f("byline", author.upper())
    elif by == "end_plain":
        B.f("byline", author)
    elif by == "end_dash":
        B.f("byline", f"{author} - {photog}")
    elif by == "theo_end":
        src = r.choice(["Báo Văn Hoá Đồng Bằng", "Tạp chí Hồn Quê", "Đài PT-TH Sông Lam", "Báo Xứ Đoài"])
        B.f("byline", r.choice([f"Theo {src}", f"{author} (Theo {src})"]))
    elif by == "agency":
        B.f("byline", r.choice(AGENCIES) if r.random() < 0.5 else f"{author} {r.choice(AGENCIES)}")
    if L["dpos"] == "end":
        B.u(date_line)
    if by == "authorbox":
        B.f("widget", "Tác giả")
        B.f("byline", author)
        B.f("byline", r.choice([
            "Phóng viên chuyên mảng văn hoá tín ngưỡng, nhiều năm theo chân các lễ hội vùng Bắc Bộ.",
            "Cộng tác viên, nhà nghiên cứu văn hoá dân gian.",
            "Biên tập viên ban Di sản, tác giả nhiều phóng sự về làng nghề truyền thống."]))

    rel_rest = rel_items[used_rel:]
    tail = list(L["tail"])
    rel_done = False
    if L["relpos"] in ("end", "both") or (L["relpos"] == "middle" and rel_slot is None):
        # related block after the first tail widget
        pos = 1 if len(tail) > 2 else 0
        tail.insert(pos, "REL")
    elif len(rel_rest) >= 2 and L["rel"] != "xemthem":
        tail.insert(tail.index("footer"), "REL")
    for t in tail:
        if t == "REL":
            if not rel_done:
                emit_related(B, r, L, rel_rest, dt)
                rel_done = True
        elif t == "tags":
            kw = r.sample(["lễ hội", "Tết Nguyên đán", "chùa", "di sản", "tín ngưỡng", "phong tục",
                           "làng nghề", "đình làng", "văn hoá"], 3)
            B.f("widget", "Từ khoá: " + ", ".join(kw) if r.random() < 0.5 else "Tags: " + " # ".join(kw))
        elif t == "share":
            B.f("widget", r.choice(["Chia sẻ bài viết:", "Chia sẻ Facebook | Zalo | Email", "Like Share"]))
        elif t == "comments":
            B.f("widget", f"Bình luận ({r.randint(0, 40)})")
            if r.random() < 0.7:
                B.f("widget", full_name(r))
                B.f("widget", r.choice(["Bài viết hay quá, cảm ơn tác giả đã chia sẻ.",
                                        "Mong ban tổ chức lễ hội năm sau làm tốt hơn nữa.",
                                        "Quê tôi cũng có phong tục giống vậy, đọc mà nhớ nhà ghê.",
                                        "Thông tin hữu ích, mong báo có thêm nhiều bài như thế này."]))
                B.f("widget", f"Trả lời · Thích · {r.randint(1, 59)} phút trước")
            B.f("widget", "Gửi bình luận")
        elif t == "footer":
            y = dt.year
            B.f("widget", r.choice([f"© {y} {site}. Bảo lưu mọi quyền.",
                                    f"Bản quyền thuộc về {site} - {L['dom']}",
                                    f"Liên hệ quảng cáo: ads@{L['dom']}"]))
            if r.random() < 0.4:
                B.f("widget", f"Toà soạn: số {r.randint(2, 180)} phố Hàng {r.choice(['Mã', 'Lược', 'Quạt', 'Bạc'])}, Hà Nội")
        elif t == "rating":
            B.f("widget", "Bạn thấy bài viết này thế nào?")
            B.f("widget", "Hữu ích | Không hữu ích")
        elif t == "views":
            B.f("widget", f"{r.randint(120, 9800)} lượt xem")
        elif t == "reactions":
            B.f("widget", f"Thích {r.randint(1, 300)} · Yêu thích {r.randint(0, 80)} · Wow {r.randint(0, 20)}")
        elif t == "ad":
            B.f("widget", r.choice([f"Tour hành hương Yên Tử - Chùa Hương trọn gói, gọi ngay 0987 {r.randint(100, 999)} {r.randint(100, 999)}",
                                    "Quảng cáo", f"Đặt lễ dâng sao giải hạn online tại {L['dom']}/dat-le"]))
        elif t == "disclaimer":
            B.f("widget", "Thông tin trong bài chỉ mang tính chất tham khảo, chiêm nghiệm.")
        elif t == "hotline":
            B.f("widget", f"Hotline: 0{r.randint(900, 989)} {r.randint(100, 999)} {r.randint(100, 999)} - Email: toasoan@{L['dom']}")
        elif t == "poll":
            B.f("widget", "Bình chọn: Bạn thích đi lễ hội vào dịp nào nhất?")
            B.f("widget", "Đầu xuân | Rằm tháng Bảy | Trung thu | Dịp khác")
        elif t == "pullquote":
            qs = []
            for s in sentences:
                for m in re.finditer(r"\"([^\"]{30,200})\"|“([^”]{30,200})”", s):
                    q = m.group(1) or m.group(2)
                    if len(q.split()) >= 6:
                        qs.append(q)
            if qs:
                q = "“" + r.choice(qs).rstrip(",") + "”"
                if norm_key(q) not in body_keys:
                    B.f("widget", q)
    if r.random() < 0.3 and L["site"] == "top":
        B.f("widget", site)  # repeat of the site name in the footer
    return B


# --------------------------------------------------------------------------- faults

FAULTS = ("nbsp", "zwsp", "dblspace", "glue", "nfd")


def apply_faults(B, row):
    rf = rng_for(row, "faults")
    if rf.random() >= 0.27:
        return []
    chosen = rf.sample(FAULTS, 1 if rf.random() < 0.7 else 2)
    body_entries = [e for e in B.entries if e[0] == "b"]
    if "glue" in chosen:
        cands = []
        for e in body_entries:
            for j in range(len(e[1]) - 1):
                if e[1][j].endswith(".") and not e[1][j].endswith("..."):
                    cands.append((e, j))
        if cands:
            e, j = rf.choice(cands)
            e[1][j:j + 2] = [e[1][j] + e[1][j + 1]]
        else:
            chosen.remove("glue")

    def targets():
        t = []
        for e in B.entries:
            if e[0] == "b":
                for j in range(len(e[1])):
                    t.append((e, j))
            elif e[0] == "f":
                t.append((e, 2))
        return t

    def get(e, j):
        return e[1][j] if e[0] == "b" else e[2]

    def put(e, j, v):
        if e[0] == "b":
            e[1][j] = v
        else:
            e[2] = v

    for kind in chosen:
        if kind == "nbsp":
            ts = [t for t in targets() if " " in get(*t)]
            for e, j in rf.sample(ts, min(len(ts), rf.randint(2, 5))):
                s = get(e, j)
                pos = [m.start() for m in re.finditer(" ", s)]
                for p in rf.sample(pos, min(len(pos), rf.randint(1, 3))):
                    s = s[:p] + "\u00a0" + s[p + 1:]
                put(e, j, s)
        elif kind == "zwsp":
            ts = [t for t in targets() if re.search(r"\w{4,}", get(*t))]
            for e, j in rf.sample(ts, min(len(ts), rf.randint(1, 3))):
                s = get(e, j)
                ws = [m for m in re.finditer(r"\w{4,}", s)]
                m = rf.choice(ws)
                p = rf.randint(m.start() + 1, m.end() - 1)
                put(e, j, s[:p] + "\u200b" + s[p:])
        elif kind == "dblspace":
            ts = [t for t in targets() if " " in get(*t)]
            for e, j in rf.sample(ts, min(len(ts), rf.randint(1, 2))):
                s = get(e, j)
                pos = [m.start() for m in re.finditer(" ", s)]
                p = rf.choice(pos)
                put(e, j, s[:p] + "  " + s[p + 1:])
        elif kind == "nfd":
            for e in B.entries:
                if e[0] == "b":
                    e[1] = [unicodedata.normalize("NFD", x) for x in e[1]]
                elif e[0] == "u":
                    e[1] = unicodedata.normalize("NFD", e[1])
                else:
                    e[2] = unicodedata.normalize("NFD", e[2])
    return chosen


# --------------------------------------------------------------------------- contract

def check_page(p):
    lines = p.text.split("\n")
    for ln in lines:
        if not ln or ln != ln.strip():
            raise ValueError(f"blank or unstripped line: {ln!r}")
    for kind, ln in p.furniture:
        if kind not in KINDS:
            raise ValueError(f"bad kind {kind}")
    for it in p.body:
        if not it or it not in p.text:
            raise ValueError(f"body item not in text: {it!r}")
    bi = fi = 0
    unl = []
    for ln in lines:
        if fi < len(p.furniture) and ln == p.furniture[fi][1]:
            fi += 1
            continue
        hit = 0
        for n in range(1, 5):
            if bi + n <= len(p.body) and " ".join(p.body[bi:bi + n]) == ln:
                hit = n
                break
        if hit:
            bi += hit
            continue
        unl.append(ln)
    if bi != len(p.body) or fi != len(p.furniture):
        raise ValueError("walk did not use up body/furniture")
    if len(unl) > 3 or len(set(unl)) != len(unl):
        raise ValueError(f"too many unlabelled lines: {unl}")
    if len(p.body) < 3:
        raise ValueError("fewer than 3 body items")
    bkeys = set()
    for it in p.body:
        bkeys.add(norm_key(it))
    for kind, ln in p.furniture:
        if norm_key(ln) in bkeys:
            raise ValueError(f"furniture equals body sentence: {ln!r}")
    for ln in unl:
        if norm_key(ln) in bkeys:
            raise ValueError(f"unlabelled line equals body sentence: {ln!r}")
    title_keys = {norm_key(u) for u in unl}
    for kind, ln in p.furniture:
        if kind == "related" and norm_key(ln) in title_keys:
            raise ValueError("related equals title")


# --------------------------------------------------------------------------- main

def _assemble(B, layout_name, sentences):
    lines, body, furn = [], [], []
    for e in B.entries:
        if e[0] == "u":
            lines.append(e[1])
        elif e[0] == "f":
            lines.append(e[2])
            furn.append((e[1], e[2]))
        else:
            lines.append(" ".join(e[1]))
            body.extend(e[1])
    page = Page("\n".join(lines), body, furn, layout_name)
    # extra check against the unglued story sentences too
    skeys = {norm_key(s) for s in sentences}
    for kind, ln in furn:
        if norm_key(ln) in skeys:
            raise ValueError(f"furniture equals a story sentence: {ln!r}")
    return page


_FAULT_LOG = {}


def pages(path):
    body_rows, rel_rows = read_rows(path)
    pool = []
    for row in sorted(rel_rows):
        t, a = rel_rows[row]
        tt = detok(t)
        pool.append((tt, teaser_of(a)))
    out = []
    _FAULT_LOG.clear()
    for k, row in enumerate(sorted(body_rows)):
        title, article = body_rows[row]
        sents = story_sentences(title, article)
        if len(sents) < 3:
            continue
        li = k % len(LAYOUTS)
        L = LAYOUTS[li]
        B = build_page(k, row, title, sents, pool, L, li)
        faults = apply_faults(B, row)
        p = _assemble(B, L["name"], sents)
        check_page(p)
        _FAULT_LOG[id(p)] = faults
        out.append(p)
    return out


def main(argv):
    path = argv[1] if len(argv) > 1 else "/work/shared/data/vietnews_train.jsonl.gz"
    ps = pages(path)
    order = [L["name"] for L in LAYOUTS]
    stats = {n: Counter() for n in order}
    for p in ps:
        c = stats[p.layout]
        c["pages"] += 1
        c["body"] += len(p.body)
        for kind, _ in p.furniture:
            c[kind] += 1
        if _FAULT_LOG.get(id(p)):
            c["faults"] += 1
            for f in _FAULT_LOG[id(p)]:
                c["f_" + f] += 1
    cols = ["pages", "body", "byline", "credit", "caption", "related", "widget", "faults"]
    print(f"{'layout':<22}" + "".join(f"{c:>9}" for c in cols))
    tot = Counter()
    for n in order:
        print(f"{n:<22}" + "".join(f"{stats[n][c]:>9}" for c in cols))
        tot.update(stats[n])
    print(f"{'TOTAL':<22}" + "".join(f"{tot[c]:>9}" for c in cols))
    print("fault kinds: " + ", ".join(f"{f}={tot['f_' + f]}" for f in FAULTS))


if __name__ == "__main__":
    main(sys.argv)
