#!/usr/bin/env python3
"""test93: held-out pages of invented Vietnamese health outlets, labelled line by line.

Usage: python3 make.py /path/to/vietnews_train.jsonl.gz
Exposes pages(path) -> list[Page]; Page = (text, body, furniture, layout).
Standard library only.
"""
import gzip
import json
import random
import re
import sys
import unicodedata
from collections import OrderedDict
from pathlib import Path
from typing import NamedTuple, List, Tuple

SETNAME = "test93"
SEED = 9331
BODY_ROWS = range(13900, 14000)
RELATED_ROWS = range(17500, 17600)
KINDS = ("byline", "credit", "caption", "related", "widget")


class Page(NamedTuple):
    text: str
    body: List[str]
    furniture: List[Tuple[str, str]]
    layout: str


def R(row, purpose):
    return random.Random(f"{SETNAME}|{SEED}|{row}|{purpose}")


# ----------------------------------------------------------------- reading
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
            if not raw.strip():
                continue
            try:
                d = json.loads(raw.decode("utf-8", "replace"))
            except ValueError:
                continue
            if not isinstance(d, dict):
                continue
            t, a = d.get("title"), d.get("article")
            if not isinstance(t, str) or not isinstance(a, str):
                continue
            if not t.strip() or not a.strip():
                continue
            if inb:
                body.append((i, t, a))
            else:
                rel.append((i, t, a[:1200]))
    return body, rel


# ----------------------------------------------------------------- text
def detok(s):
    s = s.replace("_", " ")
    s = re.sub(r"\s+", " ", s).strip()
    # pair straight double quotes
    out, parts = [], s.split('"')
    for k, p in enumerate(parts):
        if k == 0:
            out.append(p)
            continue
        if k % 2 == 1:  # p is inside quotes
            if k == len(parts) - 1:  # unpaired quote
                out.append('"' + p)
            else:
                out.append('"' + p.strip() + '"')
        else:
            out.append(p)
    s = "".join(out)
    # single straight quotes used as quotes: ' X '
    s = re.sub(r"(^|\s)'\s+([^']{1,200}?)\s+'(?=\s|$|[,.;:!?])", r"\1'\2'", s)
    s = re.sub(r"\s+([,.;:!?%…])", r"\1", s)
    s = re.sub(r"([(\[{“‘])\s+", r"\1", s)
    s = re.sub(r"\s+([)\]}”’])", r"\1", s)
    s = re.sub(r"\s*/\s*", "/", s)
    s = re.sub(r"\s+", " ", s).strip()
    return s


ABBR = {"TP", "TS", "GS", "PGS", "ThS", "BS", "Q", "P", "TT", "Th", "St", "Mr", "Mrs", "Dr",
        "ThS.BS", "PGS.TS", "GS.TS", "TS.BS", "BSCKII", "BSCKI", "CN", "KS", "Tp", "NXB", "Ths"}


def is_abbr(tok):
    tok = tok.lstrip("\"“(‘'[")
    if tok in ABBR:
        return True
    if len(tok) == 1 and tok.isalpha():
        return True
    if re.fullmatch(r"(?:\w{1,3}\.)+\w{1,3}", tok):  # dotted acronyms / TS.BS
        return True
    return False


def split_sents(s):
    out, start = [], 0
    for m in re.finditer(r"[.!?…]+[\"”’)\]]*(?= )", s):
        end = m.end()
        nxt = s[end + 1:end + 3]
        if not nxt:
            continue
        c = nxt[0]
        if c in "\"“(‘'" and len(nxt) > 1:
            c = nxt[1]
        if not (c.isupper() or c.isdigit()):
            continue
        punct = m.group(0)
        if punct.startswith(".") and not punct.startswith(".."):
            before = s[start:m.start()].split(" ")
            last = before[-1] if before else ""
            if is_abbr(last):
                continue
        out.append(s[start:end].strip())
        start = end + 1
    tail = s[start:].strip()
    if tail:
        out.append(tail)
    return [x for x in out if x]


CAPTION_MARKS = ("Ảnh:", "(Ảnh", "Ảnh minh", "ảnh minh", "Video:", "Clip:", "minh hoạ", "minh họa",
                 "(trái)", "(phải)", "(giữa)", "Nguồn:", "Đồ hoạ", "Đồ họa", "Infographic", "ẢNH:",
                 "Photo:", "(Ảnh minh", "Ảnh chụp", "Ảnh do", "(Video", "Clip ", "Video ", "ảnh:",
                 "(bên trái)", "(bên phải)", "(thứ", "Xem video", "Xem thêm", "Đọc thêm", "TIN LIÊN QUAN")
REPORT = ("cho biết", "nói", "chia sẻ", "khẳng định", "cho hay", "thông tin", "nhấn mạnh", "phát biểu",
          "tiết lộ", "bày tỏ", "giải thích", "nhận định", "cho rằng", "đề nghị", "yêu cầu", "thừa nhận",
          "xác nhận", "thông báo", "trả lời", "khuyến cáo", "lưu ý", "cảnh báo", "kể", "nhận xét",
          "đánh giá", "khuyên", "tâm sự", "trao đổi", "phản ánh", "kiến nghị", "đề xuất", "dự báo",
          "ước tính", "tuyên bố", "báo cáo")
CONNECT = ("Tuy nhiên", "Trong khi đó", "Ngoài ra", "Bên cạnh đó", "Đồng thời", "Do đó", "Vì vậy",
           "Vì thế", "Sau đó", "Trước đó", "Mặt khác", "Thế nhưng", "Nhưng", "Song", "Riêng",
           "Đặc biệt", "Theo đó", "Cũng theo", "Theo", "Hơn nữa", "Thậm chí", "Ngay sau đó",
           "Trước khi", "Sau khi", "Khi", "Nếu", "Mặc dù", "Dù", "Do", "Bởi", "Vì", "Cùng với",
           "Tính đến", "Hiện nay", "Như vậy", "Trong đó", "Tiếp đó", "Lúc này", "Cụ thể", "Điều này",
           "Ngoài", "Bởi vậy", "Từ đó", "Trước tình hình", "Cùng ngày", "Chính vì", "Thực tế",
           "Trên thực tế", "Ngay lập tức", "Sau", "Trước")


GLUE_START = {"Theo", "Trong", "Tổng", "Hồi", "Với", "Khi", "Sau", "Tuy", "Nhiều", "Các", "Những",
              "Một", "Đây", "Dù", "Nếu", "Lãnh", "Về", "Ngay", "Hiện", "Tại", "Chúng", "Tôi", "Không",
              "Có", "Đó", "Điều", "Để", "Từ", "Cũng", "Thời", "Trường", "Nhưng", "Ngoài", "Đối", "Mặc",
              "Ông", "Năm", "Ngày", "Sáng", "Chiều", "Tối", "Hơn", "Gần", "Trước", "Đến", "Thế", "Vì",
              "Đáp", "Hướng", "Kỳ", "Gương", "Điểm", "Xem", "Video", "Bài", "Mẹ", "Cha", "Phụ", "Bí",
              "Chỉ", "Xét", "Mức", "Tăng", "Giảm", "Thêm", "Vẫn", "Đã", "Sẽ", "Phải", "Cần", "Được",
              "Bị", "Còn", "Lại", "Đang", "Thực", "Ai", "Làm", "Cách", "Vậy", "Nên", "Mà", "Rồi"}


def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = re.sub(r"[\u200b\u200c\u200d\u2060\ufeff]", "", s)
    s = re.sub(r"\s+", "", s)
    return s.casefold()


def balanced(s):
    if s.count('"') % 2:
        return False
    for a, b in ("()", "[]", "“”", "{}"):
        if s.count(a) != s.count(b):
            return False
    if s.count("‘") != s.count("’"):
        return False
    return True


def terminal(s):
    if s[-1] in ".!?…":
        return True
    return len(s) > 1 and s[-1] in "\"”)’" and s[-2] in ".!?…"


def starts_ok(s):
    c = s[0]
    if c in "\"“":
        return len(s) > 1 and (s[1].isupper() or s[1].isdigit())
    return c.isupper() or c.isdigit()


def keep_sentence(s, title):
    if any(m in s for m in CAPTION_MARKS):
        return False
    if "|" in s or "•" in s or "»" in s or "«" in s:
        return False
    if not balanced(s) or not terminal(s) or not starts_ok(s):
        return False
    w = s.split()
    if len(w) < 8 or len(w) > 110:
        return False
    if any(":" in x for x in w[:6]):
        return False
    if re.search(r"\(?\bTheo\s+[^.!?,]{1,40}\)?\.?$", s) and not re.search(r"\bTheo\s+\S+.*\s\S+\s\S+\s\S+\s\S+\s\S+", s[-60:]):
        return False
    if re.search(r"[.!?…]\s*\(?Theo\s+[^.!?]{1,40}\)?\.?$", s):
        return False
    if norm(s) == norm(title):
        return False
    if re.search(r"(^|\s)\*\s", s) or re.search(r"\s[-–]\s(Ông|Bà|PGS|GS|TS|BS|ThS|Anh|Chị)[^:]{0,40}:", s):
        return False  # interview Q&A markers
    for a, b in zip(w, w[1:]):
        if b in GLUE_START and (a[-1].isalpha() or a[-1] in "\"”"):
            return False  # a sub-heading glued to the next sentence
    short = len(w) <= 22 or (len(w) <= 30 and "," not in s)
    if short:
        low = s.lower()
        ok = any(re.search(r"(?<!\w)" + re.escape(v) + r"(?!\w)", low) for v in REPORT)
        ok = ok or ('"' in s or "“" in s)
        ok = ok or any(s.startswith(c + " ") or s.startswith(c + ",") for c in CONNECT)
        if not ok:
            return False
    return True


def story_sentences(title, article):
    t = detok(title)
    sents, seen = [], set()
    for s in split_sents(detok(article)):
        if not keep_sentence(s, t):
            continue
        k = norm(s)
        if k in seen:
            continue
        seen.add(k)
        sents.append(s)
    return t, sents


def teaser_of(article):
    for s in split_sents(detok(article[:1200])):
        w = s.split()
        if len(w) < 12 or not balanced(s) or not starts_ok(s):
            continue
        if any(m in s for m in CAPTION_MARKS) or "|" in s:
            continue
        if len(w) > 32:
            return " ".join(w[:28]).rstrip(",;:") + "…"
        return s
    return None


# ----------------------------------------------------------------- invented material
SUR = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
       "Hồ", "Ngô", "Dương", "Lý", "Trịnh", "Mai", "Tạ", "Lương"]
MID = ["Văn", "Thị", "Minh", "Thu", "Ngọc", "Hải", "Quốc", "Thanh", "Hồng", "Đức", "Bảo", "Khánh",
       "Phương", "Kim", "Gia"]
GIV = ["An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Hạnh", "Hùng", "Lan", "Linh", "Long", "Mai",
       "Nam", "Ngân", "Phúc", "Quân", "Sơn", "Tâm", "Thảo", "Trang", "Tú", "Vy", "Yến", "Khoa",
       "Huyền", "Nhung", "Tuấn", "Diệp", "Oanh", "Khải"]
WEEKDAY = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
SCENES = [
    "Bác sĩ thăm khám cho người bệnh tại khoa Nội tổng hợp.",
    "Người dân xếp hàng chờ đến lượt khám bệnh từ sáng sớm.",
    "Nhân viên y tế kiểm tra thuốc trước khi cấp phát cho bệnh nhân.",
    "Một ca phẫu thuật tại bệnh viện tuyến tỉnh.",
    "Khu vực tiếp đón bệnh nhân có bảo hiểm y tế.",
    "Điều dưỡng hướng dẫn người nhà chăm sóc bệnh nhi.",
    "Bữa ăn cân đối với rau xanh, cá và ngũ cốc nguyên hạt.",
    "Tập thể dục đều đặn giúp nâng cao sức đề kháng.",
    "Cán bộ y tế phun hóa chất diệt muỗi tại khu dân cư.",
    "Trẻ em được tiêm chủng tại trạm y tế phường.",
    "Quầy thuốc tại một nhà thuốc đạt chuẩn GPP.",
    "Phòng xét nghiệm của trung tâm y tế dự phòng.",
]


def person(rng, short=False):
    if short:
        return f"{rng.choice(MID)} {rng.choice(GIV)}"
    return f"{rng.choice(SUR)} {rng.choice(MID)} {rng.choice(GIV)}"


def make_date(rng):
    y = rng.randint(2016, 2019)
    mo = rng.randint(1, 12)
    d = rng.randint(1, 28)
    h, mi = rng.randint(6, 22), rng.randint(0, 59)
    import datetime
    wd = WEEKDAY[datetime.date(y, mo, d).weekday()]
    return dict(y=y, mo=mo, d=d, h=h, mi=mi, wd=wd)


def fmt_date(D, style):
    y, mo, d, h, mi, wd = D["y"], D["mo"], D["d"], D["h"], D["mi"], D["wd"]
    if style == 0:
        return f"{wd}, {d:02d}/{mo:02d}/{y} {h:02d}:{mi:02d} (GMT+7)"
    if style == 1:
        return f"{d:02d}-{mo:02d}-{y} | {h:02d}:{mi:02d}"
    if style == 2:
        return f"Cập nhật: {h:02d}:{mi:02d} {d:02d}/{mo:02d}/{y}"
    if style == 3:
        return f"Ngày {d} tháng {mo} năm {y}"
    if style == 4:
        ap = "AM" if h < 12 else "PM"
        hh = h if h <= 12 else h - 12
        return f"{hh:02d}:{mi:02d} {ap} - {d:02d}/{mo:02d}/{y}"
    if style == 5:
        return f"{d}/{mo}/{y} - {h:02d}:{mi:02d}"
    if style == 6:
        return f"Đăng lúc {h:02d}h{mi:02d} ngày {d:02d}/{mo:02d}/{y}"
    if style == 7:
        return f"{wd.lower().capitalize()}, {d}/{mo}/{y}, {h:02d}:{mi:02d}"
    return f"{y}-{mo:02d}-{d:02d} {h:02d}:{mi:02d}"


def phone(rng):
    return f"0{rng.choice([9, 8, 3])}{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(100, 999)}"


# ----------------------------------------------------------------- layouts
L = [
    dict(name="SứcKhỏe Mỗi Ngày", dom="suckhoemoingay.vn", menu=["Trang chủ", "Bệnh viện", "Thuốc", "Dinh dưỡng", "Bảo hiểm", "Sống khỏe"], menu_style="pipe",
         crumb="Trang chủ > {sec}", date_style=0, date_pos="before_title", by="plain", by_pos="end", para=3,
         cap="cap_credit_line", rel_style="bullet", rel_head="Tin liên quan", inline_rel="xemthem", end=["tags", "share", "comments", "footer"]),
    dict(name="Bác Sĩ Gia Đình", dom="bacsigiadinh.com.vn", menu=["Hỏi bác sĩ", "Bệnh thường gặp", "Mẹ & Bé", "Thuốc & Dược"], menu_style="lines",
         crumb=None, date_style=2, date_pos="after_byline", by="author_box", by_pos="after_title", para=2,
         cap="cap_inline_credit", rel_style="numbered", rel_head="Bài viết cùng chuyên mục", inline_rel=None, end=["disclaimer", "hotline", "related", "footer"]),
    dict(name="Y Tế Cộng Đồng", dom="ytecongdong.org.vn", menu=None, menu_style=None,
         crumb="Tin tức / {sec}", date_style=3, date_pos="after_title", by="caps", by_pos="end", para=4,
         cap="cap_plain_then_credit", rel_style="dated", rel_head="Các tin khác", inline_rel="docthem", end=["views", "related", "footer"]),
    dict(name="Dinh Dưỡng Xanh", dom="dinhduongxanh.vn", menu=["Ăn uống", "Thực đơn", "Giảm cân", "Thực phẩm chức năng", "Video"], menu_style="pipe",
         crumb="Dinh Dưỡng Xanh » {sec}", date_style=4, date_pos="after_title", by="bai_anh", by_pos="after_date", para=2,
         cap="cap_only", rel_style="head_teaser", rel_head="Có thể bạn quan tâm", inline_rel=None, end=["newsletter", "reactions", "related", "footer"]),
    dict(name="Tạp chí Bệnh Viện", dom="tapchibenhvien.vn", menu=["Thời sự y tế", "Quản lý bệnh viện", "Chuyên đề", "Tạp chí in"], menu_style="lines",
         crumb="{sec}", date_style=5, date_pos="before_title", by="ttxvn", by_pos="end", para=3,
         cap="cap_inline_credit", rel_style="joined", rel_head=None, inline_rel="arrow", end=["share", "footer"]),
    dict(name="Khỏe 365", dom="khoe365.net", menu=["Tin nóng", "Dịch bệnh", "Làm đẹp", "Giới tính", "Tâm lý"], menu_style="pipe",
         crumb=None, date_style=6, date_pos="after_byline", by="plain_dash", by_pos="after_title", para=1,
         cap="image_mark_cap", rel_style="bullet", rel_head="XEM NHIỀU NHẤT", inline_rel="xemthem", end=["ad", "related", "comments", "footer"]),
    dict(name="Thuốc & Bạn", dom="thuocvaban.vn", menu=["Tra cứu thuốc", "Dược liệu", "Cảnh báo", "Nhà thuốc"], menu_style="lines",
         crumb="Trang chủ › {sec}", date_style=1, date_pos="after_title", by="theo", by_pos="end", para=3,
         cap="cap_credit_line", rel_style="numbered", rel_head="Tin cùng chủ đề", inline_rel=None, end=["disclaimer", "tags", "related", "footer"]),
    dict(name="Bảo Hiểm & Sức Khỏe", dom="baohiemsuckhoe.com", menu=["BHYT", "BHXH", "Chính sách", "Hỏi đáp"], menu_style="pipe",
         crumb="BHYT - BHXH > {sec}", date_style=7, date_pos="before_title", by="caps", by_pos="after_title", para=4,
         cap="cap_plain_then_credit", rel_style="dated", rel_head="Tin khác", inline_rel="docthem", end=["hotline", "related", "share", "footer"]),
    dict(name="Phòng Mạch Online", dom="phongmachonline.vn", menu=None, menu_style=None,
         crumb="Hỏi đáp > {sec}", date_style=8, date_pos="after_title", by="doctor", by_pos="end", para=2,
         cap="cap_inline_credit", rel_style="head_teaser", rel_head="Bài viết khác", inline_rel=None, end=["poll", "comments", "related", "footer"]),
    dict(name="Dịch Tễ Nhanh", dom="dichtenhanh.vn", menu=["Sốt xuất huyết", "Cúm", "Tay chân miệng", "Sởi", "Bản đồ dịch"], menu_style="pipe",
         crumb="Dịch bệnh | {sec}", date_style=0, date_pos="after_title", by="plain", by_pos="after_date", para=3,
         cap="infographic", rel_style="bullet", rel_head="Cập nhật tình hình dịch", inline_rel="arrow", end=["hotline", "related", "footer"]),
    dict(name="Mẹ Khỏe Bé Ngoan", dom="mekhoebengoan.vn", menu=["Mang thai", "Sau sinh", "Dinh dưỡng cho bé", "Tiêm chủng"], menu_style="lines",
         crumb="Trang chủ > Mẹ & Bé > {sec}", date_style=2, date_pos="after_title", by="bai_anh", by_pos="end", para=2,
         cap="cap_only", rel_style="numbered", rel_head="Mẹ nên đọc", inline_rel="xemthem", end=["reactions", "related", "comments", "footer"]),
    dict(name="Sống Thọ", dom="songtho.vn", menu=["Người cao tuổi", "Bệnh mạn tính", "Dưỡng sinh", "Y học cổ truyền"], menu_style="pipe",
         crumb=None, date_style=3, date_pos="before_title", by="theo", by_pos="end", para=4,
         cap="cap_inline_credit", rel_style="joined", rel_head=None, inline_rel=None, end=["views", "share", "footer"]),
    dict(name="Nhịp Sống Y Khoa", dom="nhipsongykhoa.com.vn", menu=["Y khoa", "Nghiên cứu", "Công nghệ y tế", "Nhân vật"], menu_style="lines",
         crumb="Y khoa » {sec}", date_style=5, date_pos="after_byline", by="plain", by_pos="after_title", para=3,
         cap="video", rel_style="dated", rel_head="Đọc thêm", inline_rel="docthem", end=["tags", "related", "footer"]),
    dict(name="Wellness Việt", dom="wellnessviet.vn", menu=["Yoga", "Thiền", "Ngủ ngon", "Ăn sạch", "Fitness"], menu_style="pipe",
         crumb="Home / {sec}", date_style=4, date_pos="end", by="author_box", by_pos="end", para=2,
         cap="image_mark_cap", rel_style="head_teaser", rel_head="Bài viết gợi ý", inline_rel=None, end=["newsletter", "related", "footer"]),
    dict(name="Báo Thầy Thuốc Trẻ", dom="thaythuoctre.vn", menu=["Thời sự", "Y tế", "Giáo dục sức khỏe", "Xã hội"], menu_style="lines",
         crumb="Thời sự > {sec}", date_style=1, date_pos="before_title", by="ttxvn", by_pos="after_title", para=3,
         cap="cap_plain_then_credit", rel_style="bullet", rel_head="Tin liên quan", inline_rel="xemthem", end=["share", "related", "comments", "footer"]),
    dict(name="Góc Dược Sĩ", dom="gocduocsi.vn", menu=None, menu_style=None,
         crumb="Góc Dược Sĩ / {sec}", date_style=6, date_pos="after_title", by="doctor", by_pos="after_date", para=2,
         cap="cap_credit_line", rel_style="numbered", rel_head="Chủ đề nổi bật", inline_rel="arrow", end=["disclaimer", "related", "footer"]),
    dict(name="Nhà Thuốc 24h", dom="nhathuoc24h.com", menu=["Khuyến mãi", "Thuốc không kê đơn", "Vitamin", "Thiết bị y tế"], menu_style="pipe",
         crumb=None, date_style=8, date_pos="end", by="plain_dash", by_pos="end", para=1,
         cap="cap_only", rel_style="joined", rel_head=None, inline_rel=None, end=["ad", "hotline", "tags", "footer"]),
    dict(name="An Toàn Thực Phẩm", dom="antoanthucpham.org", menu=["Cảnh báo", "Kiểm nghiệm", "Ngộ độc", "Văn bản"], menu_style="lines",
         crumb="Tin tức > {sec}", date_style=7, date_pos="after_title", by="caps", by_pos="after_date", para=3,
         cap="infographic", rel_style="dated", rel_head="Tin đã đưa", inline_rel="docthem", end=["views", "related", "footer"]),
    dict(name="Khoa Học & Sức Khỏe", dom="khoahocsuckhoe.vn", menu=["Nghiên cứu mới", "Gen", "Ung thư", "Tim mạch", "Tiểu đường"], menu_style="pipe",
         crumb="Sức khỏe > {sec}", date_style=0, date_pos="after_byline", by="bai_anh", by_pos="after_title", para=4,
         cap="video", rel_style="head_teaser", rel_head="Tin liên quan", inline_rel="xemthem", end=["reactions", "related", "footer"]),
    dict(name="Bệnh Viện Online", dom="benhvienonline.vn", menu=["Đặt lịch khám", "Chuyên khoa", "Bác sĩ", "Bảng giá"], menu_style="lines",
         crumb="Tin y tế › {sec}", date_style=2, date_pos="before_title", by="theo", by_pos="end", para=2,
         cap="cap_inline_credit", rel_style="bullet", rel_head="Tin tức khác", inline_rel="arrow", end=["hotline", "poll", "related", "footer"]),
]
for _k, _l in enumerate(L):
    _l["id"] = f"L{_k:02d}-{_l['dom'].split('.')[0]}"
SECTIONS = ["Tin y tế", "Bệnh viện", "Dịch bệnh", "Thuốc", "Dinh dưỡng", "Bảo hiểm y tế", "Sống khỏe",
            "Thời sự", "Xã hội", "Đời sống"]
TAGS = ["sức khỏe", "bệnh viện", "bác sĩ", "bảo hiểm y tế", "dinh dưỡng", "dịch bệnh", "thuốc",
        "phòng bệnh", "y tế cơ sở", "tiêm chủng", "an toàn thực phẩm", "đời sống"]
AGENCY = ["TTXVN", "Vietnam+", "VNA"]
THEO_SRC = ["Sức Khỏe & Gia Đình", "Báo Y Học Mới", "Tạp chí Dinh Dưỡng Việt", "Kênh Sống Vui", "Báo Người Thầy Thuốc"]
HONORIFIC = {"ông": "Ông", "bà": "Bà", "anh": "Anh", "chị": "Chị", "bác sĩ": "Bác sĩ", "BS.": "BS.",
             "em": "Em", "cháu": "Cháu"}


PLACE_PREV = {"tỉnh", "huyện", "xã", "phường", "quận", "thành phố", "thị xã", "tại", "ở", "tp.", "thị trấn"}
ORG_HEAD = {"Bệnh", "Trường", "Sở", "Trung", "Viện", "Bộ", "Công", "Phòng", "Hội", "Khoa", "Trạm"}


def cap_tokens(tok):
    t = tok.strip(",.;:!?\"“”()")
    return bool(t) and t[0].isupper() and t.isalpha() and not t.isupper() and t == tok


def entities(sents):
    people, things = [], []
    for s in sents:
        w = s.split()
        i = 1
        while i < len(w):
            if cap_tokens(w[i]) and not cap_tokens(w[i - 1]):
                j = i
                while j < len(w) and j - i < 4 and cap_tokens(w[j]):
                    j += 1
                if j - i >= 2:
                    name = " ".join(w[i:j])
                    prev = w[i - 1].lower()
                    prev2 = (w[i - 2].lower() + " " + prev) if i >= 2 else prev
                    if prev2 in HONORIFIC:
                        people.append((HONORIFIC[prev2], name))
                    elif prev in HONORIFIC:
                        people.append((HONORIFIC[prev], name))
                    elif prev in PLACE_PREV or prev2 in PLACE_PREV:
                        things.append(name)
                    elif w[i] in ORG_HEAD and (j == len(w) or not w[j][0].islower()):
                        things.append(name)
                i = j
            else:
                i += 1
    return people, things


# ----------------------------------------------------------------- page builder
class Builder:
    def __init__(self):
        self.lines = []  # (kind, text) ; kind 'body' -> list of items; 'unl' -> str

    def add(self, kind, text):
        assert kind in KINDS or kind == "unl"
        self.lines.append((kind, text))

    def para(self, items):
        self.lines.append(("body", list(items)))


def make_captions(rng, title, sents, n):
    people, things = entities(sents)
    out = []
    pt = [
        "{h} {n} trao đổi với phóng viên bên lề sự kiện.",
        "{h} {n} (giữa) tại buổi làm việc với đoàn công tác.",
        "{h} {n} chia sẻ với báo chí về vụ việc.",
        "{h} {n} trong một lần xuất hiện trước truyền thông.",
    ]
    tt = [
        "Quang cảnh tại {n} trong ngày diễn ra sự việc.",
        "Đại diện {n} làm việc với cơ quan chức năng.",
        "Thông tin từ {n} đang được dư luận quan tâm.",
        "Khung cảnh liên quan đến {n} được ghi lại hôm qua.",
    ]
    pool = []
    for h, nm in people:
        pool.append(rng.choice(pt).format(h=h, n=nm))
    for nm in things:
        pool.append(rng.choice(tt).format(n=nm))
    rng.shuffle(pool)
    sc = SCENES[:]
    rng.shuffle(sc)
    bad = {norm(s) for s in sents} | {norm(title)}
    seen = set()
    for c in pool[:2] + sc:
        if len(out) >= n:
            break
        k = norm(c)
        if k in bad or k in seen:
            continue
        seen.add(k)
        out.append(c)
    return out


def build_page(row, title, sents, rel, lay):
    rng = R(row, "layout")
    B = Builder()
    D = make_date(R(row, "date"))
    date_line = fmt_date(D, lay["date_style"])
    sec = R(row, "section").choice(SECTIONS)
    arng = R(row, "author")
    author = person(arng)
    author_s = person(arng, short=True)
    photog = person(arng, short=True)
    caps = make_captions(R(row, "caption"), title, sents, 4)
    bodyset = {norm(s) for s in sents} | {norm(title)}

    # related items
    rr = R(row, "related")
    relitems = []
    if rel:
        cand = rel[:]
        rr.shuffle(cand)
        for (ri, rt, ra) in cand:
            h = detok(rt)
            if not h or norm(h) in bodyset:
                continue
            tz = teaser_of(ra)
            if tz and norm(tz) in bodyset:
                tz = None
            rd = make_date(R(ri, "reldate"))
            relitems.append((h, tz, rd))
            if len(relitems) >= 7:
                break
    rel_used = [0]

    def next_rel():
        if rel_used[0] < len(relitems):
            rel_used[0] += 1
            return relitems[rel_used[0] - 1]
        return None

    # ---- header
    top = rng.random()
    if top < 0.35:
        B.add("widget", f"Hotline: {phone(rng)} | Email: toasoan@{lay['dom']}")
    elif top < 0.6 and lay["date_style"] not in (0, 7):
        B.add("widget", f"{D['wd']}, ngày {D['d']}/{D['mo']}/{D['y']}")
    B.add("unl", lay["name"])
    if lay["menu"]:
        if lay["menu_style"] == "pipe":
            B.add("widget", " | ".join(lay["menu"]))
        else:
            for m in lay["menu"]:
                B.add("widget", m)
    if lay["crumb"]:
        B.add("widget", lay["crumb"].format(sec=sec))
    elif rng.random() < 0.5:
        B.add("widget", sec.upper())

    def byline_lines():
        st = lay["by"]
        if st == "plain":
            return [("byline", author)]
        if st == "caps":
            return [("byline", author.upper())]
        if st == "bai_anh":
            return [("byline", f"Bài: {author_s} - Ảnh: {photog}")]
        if st == "plain_dash":
            return [("byline", f"{author_s} - {rng.choice(['Hà Nội', 'TP.HCM', 'Đà Nẵng', 'Cần Thơ'])}")]
        if st == "ttxvn":
            return [("byline", f"{author_s} (TTXVN)")] if rng.random() < 0.6 else [("byline", rng.choice(AGENCY))]
        if st == "theo":
            return [("byline", f"Theo {rng.choice(THEO_SRC)}")]
        if st == "doctor":
            return [("byline", f"BS.CKII {author}"), ("byline", f"Khoa {rng.choice(['Nội tiết', 'Tim mạch', 'Tiêu hóa', 'Nhi', 'Dinh dưỡng'])}, Bệnh viện Đa khoa {rng.choice(['Hòa Bình', 'Tâm Đức', 'An Phú', 'Minh Tâm'])}")]
        if st == "author_box":
            return [("byline", author), ("byline", f"{rng.choice(['Biên tập viên', 'Phóng viên', 'Cộng tác viên'])} mảng {rng.choice(['y tế', 'dinh dưỡng', 'sức khỏe cộng đồng'])}, {rng.randint(3, 15)} năm kinh nghiệm")]
        return [("byline", author)]

    def put_by():
        for k, t in byline_lines():
            B.add(k, t)

    def put_date():
        B.add("unl", date_line)

    if lay["date_pos"] == "before_title":
        put_date()
    B.add("unl", title)
    if lay["date_pos"] == "after_title":
        put_date()
    if lay["by_pos"] == "after_title":
        put_by()
        if lay["date_pos"] == "after_byline":
            put_date()
    if lay["by_pos"] == "after_date":
        put_by()
    if lay["date_pos"] == "after_byline" and lay["by_pos"] != "after_title":
        put_date()
    if rng.random() < 0.4:
        B.add("widget", rng.choice(["Chia sẻ", "Facebook Zalo Email", "A- A+ In bài", "Nghe bài viết"]))

    # ---- paragraphs
    prng = R(row, "paras")
    paras, i = [], 0
    if lay["para"] >= 2 and prng.random() < 0.5:
        paras.append([sents[0]])
        i = 1
    while i < len(sents):
        k = prng.randint(1, lay["para"])
        paras.append(sents[i:i + k])
        i += k

    # ---- figures
    infolabels = ["Số liệu chính trong bài", "Những điều cần biết", "Các mốc thời gian đáng chú ý", "Diễn biến chính", "Toàn cảnh sự việc"]
    rng.shuffle(infolabels)

    def figure():
        st = lay["cap"]
        c = caps.pop(0) if caps else None
        if c is None:
            return
        if st == "cap_credit_line":
            B.add("caption", c)
            B.add("credit", f"Ảnh: {photog}")
        elif st == "cap_inline_credit":
            B.add("caption", f"{c} (Ảnh: {photog})")
        elif st == "cap_plain_then_credit":
            B.add("caption", c)
            B.add("credit", rng.choice([f"Ảnh: {photog}", "Nguồn: Internet", f"Ảnh: {lay['name']}"]))
        elif st == "cap_only":
            B.add("caption", c)
        elif st == "image_mark_cap":
            B.add("widget", "[Ảnh]")
            B.add("caption", c)
        elif st == "infographic":
            B.add("caption", f"Infographic: {infolabels.pop()}")
            B.add("credit", f"Đồ họa: {photog}")
        elif st == "video":
            B.add("widget", "Video đang phát")
            B.add("widget", f"00:00 / 0{rng.randint(1, 5)}:{rng.randint(10, 59)}")
            B.add("caption", c)
            B.add("credit", f"Video: {photog}")

    def inline_rel():
        st = lay["inline_rel"]
        it = next_rel()
        if not st or not it:
            return
        h = it[0]
        if st == "xemthem":
            B.add("related", f"Xem thêm: {h}")
        elif st == "docthem":
            B.add("related", f"Đọc thêm: {h}")
        elif st == "arrow":
            B.add("related", f">> {h}")

    n = len(paras)
    fig_at = {0} if rng.random() < 0.6 else {min(1, n - 1)}
    if n >= 4 and rng.random() < 0.6:
        fig_at.add(rng.randint(2, n - 2))
    rel_at = rng.randint(1, max(1, n - 2)) if n >= 3 else None
    ad_at = rng.randint(1, n - 1) if n >= 3 and rng.random() < 0.35 else None
    pull_at = rng.randint(1, n - 1) if n >= 4 and rng.random() < 0.25 else None
    if lay["cap"] in ("cap_only", "image_mark_cap") and rng.random() < 0.5:
        figure()  # lead image above first paragraph
        fig_at.discard(0)
    for pi, p in enumerate(paras):
        B.para(p)
        if pi == n - 1:
            break
        if pi in fig_at:
            figure()
        if pi == rel_at:
            inline_rel()
        if pi == ad_at:
            B.add("widget", rng.choice(["Quảng cáo", "ADVERTISEMENT", "- Quảng cáo -"]))
        if pi == pull_at:
            q = [s for s in sents if len(s.split()) >= 16 and s.startswith(('"', "“"))]
            if q:
                w = rng.choice(q).split()
                B.add("widget", "“" + " ".join(w[:12]).strip("\"“”,.") + "…”")
            else:
                pull_at = None

    # ---- after story
    if lay["by_pos"] == "end":
        put_by()
    if lay["date_pos"] == "end":
        put_date()
    if lay["by"] != "theo" and rng.random() < 0.3:
        B.add("byline", f"Theo {rng.choice(THEO_SRC)}")

    def rel_block():
        left = relitems[rel_used[0]:]
        k = min(len(left), rng.randint(3, 5))
        if k == 0:
            return
        items = left[:k]
        rel_used[0] += k
        st = lay["rel_style"]
        if lay["rel_head"]:
            B.add("widget", lay["rel_head"])
        if st == "bullet":
            for h, tz, rd in items:
                B.add("related", f"- {h}")
        elif st == "numbered":
            for j, (h, tz, rd) in enumerate(items, 1):
                B.add("related", f"{j}. {h}")
        elif st == "dated":
            for h, tz, rd in items:
                B.add("related", f"{h} ({rd['d']:02d}/{rd['mo']:02d}/{rd['y']})")
        elif st == "head_teaser":
            for h, tz, rd in items:
                B.add("related", h)
                if tz:
                    B.add("related", tz)
        elif st == "joined":
            B.add("related", " | ".join(h for h, tz, rd in items[:3]))

    ends = lay["end"][:]
    if "related" not in ends and lay["rel_style"] == "joined":
        ends.insert(len(ends) - 1, "related")
    for e in ends:
        if e == "tags":
            tg = rng.sample(TAGS, 4)
            B.add("widget", "Từ khóa: " + ", ".join(tg) if rng.random() < 0.5 else "Tags: " + " ".join("#" + t.replace(" ", "") for t in tg))
        elif e == "share":
            B.add("widget", rng.choice(["Chia sẻ bài viết:", "Share", "Chia sẻ"]))
            B.add("widget", f"Thích {rng.randint(0, 900)} · Chia sẻ {rng.randint(0, 200)}")
        elif e == "comments":
            nc = rng.randint(0, 3)
            B.add("widget", f"Bình luận ({nc})")
            for _ in range(nc):
                B.add("widget", f"{person(rng, short=True)}: {rng.choice(['Bài viết rất hữu ích, cảm ơn tòa soạn.', 'Mong cơ quan chức năng sớm vào cuộc.', 'Thông tin quá đáng lo ngại.', 'Cho em hỏi địa chỉ khám ở đâu ạ?', 'Đọc xong thấy yên tâm hơn.'])}")
                B.add("widget", f"Trả lời · Thích · {rng.randint(1, 23)} giờ trước")
            B.add("widget", "Viết bình luận của bạn...")
        elif e == "disclaimer":
            B.add("widget", "Thông tin trong bài chỉ mang tính tham khảo, không thay thế cho chẩn đoán và điều trị của bác sĩ.")
        elif e == "hotline":
            B.add("widget", f"Đường dây nóng tư vấn sức khỏe: 1900 {rng.randint(1000, 9999)}")
        elif e == "views":
            B.add("widget", f"Lượt xem: {rng.randint(120, 25000):,}".replace(",", "."))
        elif e == "newsletter":
            B.add("widget", "Đăng ký nhận bản tin sức khỏe hằng tuần")
            B.add("widget", "Nhập email của bạn | Đăng ký")
        elif e == "reactions":
            B.add("widget", f"Hữu ích {rng.randint(0, 300)} · Thích {rng.randint(0, 300)} · Buồn {rng.randint(0, 40)}")
        elif e == "poll":
            B.add("widget", "Thăm dò ý kiến")
            B.add("widget", rng.choice(["Bạn có khám sức khỏe định kỳ mỗi năm không?", "Bạn có mua bảo hiểm y tế tự nguyện không?"]))
            B.add("widget", "Có")
            B.add("widget", "Không")
            B.add("widget", "Xem kết quả")
        elif e == "ad":
            B.add("widget", rng.choice(["Quảng cáo", "Tài trợ"]))
            B.add("widget", rng.choice(["Ưu đãi 30% gói khám tổng quát tại Phòng khám Tâm An", "Viên uống bổ sung canxi NanoCal - mua 2 tặng 1"]))
        elif e == "related":
            rel_block()
        elif e == "footer":
            B.add("widget", f"© {D['y']} {lay['name']}. Bảo lưu mọi quyền.")
            if rng.random() < 0.6:
                B.add("widget", f"Giấy phép số {rng.randint(10, 499)}/GP-BTTTT. Liên hệ quảng cáo: {phone(rng)}")
            if rng.random() < 0.4:
                B.add("widget", f"Địa chỉ: Số {rng.randint(1, 200)} phố {rng.choice(['Phương Mai', 'Giải Phóng', 'Lê Văn Sỹ', 'Nguyễn Chí Thanh'])}")
            if rng.random() < 0.3:
                B.add("widget", lay["name"])  # repeat of site name -> widget
    return B.lines


# ----------------------------------------------------------------- faults
ZW = "\u200b"


def apply_faults(row, lines):
    rng = R(row, "fault")
    if rng.random() >= 0.2:
        return lines, []
    kinds = rng.sample(["nbsp", "zwsp", "dbl", "glue", "nfd"], rng.choice([1, 1, 2]))
    lines = [(k, list(t) if k == "body" else t) for k, t in lines]

    def on_word(s, f):
        w = s.split(" ")
        idx = [j for j, x in enumerate(w) if len(x) >= 4 and x.isalpha()]
        if not idx:
            return s
        j = rng.choice(idx)
        w[j] = f(w[j])
        return " ".join(w)

    done = []
    for fk in kinds:
        if fk == "glue":
            cands = [(a, j) for a, (k, t) in enumerate(lines) if k == "body"
                     for j in range(len(t) - 1) if t[j].endswith(".") and t[j + 1][0].isupper()]
            if not cands:
                continue
            a, j = rng.choice(cands)
            t = lines[a][1]
            t[j:j + 2] = [t[j] + t[j + 1]]
        elif fk == "nbsp":
            tg = [a for a, (k, t) in enumerate(lines) if k != "unl"]
            for a in rng.sample(tg, min(len(tg), rng.randint(2, 5))):
                k, t = lines[a]
                if k == "body":
                    lines[a] = (k, [x.replace(" ", "\u00a0") if rng.random() < 0.5 else x for x in t])
                else:
                    lines[a] = (k, t.replace(" ", "\u00a0"))
        elif fk == "zwsp":
            tg = [a for a, (k, t) in enumerate(lines) if k == "body"]
            for a in rng.sample(tg, min(len(tg), rng.randint(1, 3))):
                k, t = lines[a]
                j = rng.randrange(len(t))
                t[j] = on_word(t[j], lambda x: x[:2] + ZW + x[2:])
        elif fk == "dbl":
            tg = [a for a, (k, t) in enumerate(lines) if k == "body"]
            a = rng.choice(tg)
            k, t = lines[a]
            j = rng.randrange(len(t))
            sp = [m.start() for m in re.finditer(" ", t[j])]
            if not sp:
                continue
            p = rng.choice(sp)
            t[j] = t[j][:p] + "  " + t[j][p + 1:]
        elif fk == "nfd":
            lines = [(k, [unicodedata.normalize("NFD", x) for x in t] if k == "body"
                      else unicodedata.normalize("NFD", t)) for k, t in lines]
        done.append(fk)
    return lines, done


# ----------------------------------------------------------------- contract
def check(page, title_hint=None):
    text, body, furn = page.text, page.body, page.furniture
    if not text or "\r" in text:
        raise ValueError("empty page")
    lines = text.split("\n")
    for ln in lines:
        if not ln.strip() or ln != ln.strip():
            raise ValueError(f"blank or unstripped line: {ln!r}")
    for k, f in furn:
        if k not in KINDS:
            raise ValueError(f"bad kind {k}")
    for b in body:
        if not b or b not in text:
            raise ValueError(f"body item not in text: {b[:60]!r}")
    bi = fi = 0
    unl = []
    for ln in lines:
        if fi < len(furn) and ln == furn[fi][1]:
            fi += 1
            continue
        hit = False
        for k in range(1, 5):
            if bi + k <= len(body) and " ".join(body[bi:bi + k]) == ln:
                bi += k
                hit = True
                break
        if hit:
            continue
        unl.append(ln)
    if bi != len(body) or fi != len(furn):
        raise ValueError(f"walk did not use up labels ({bi}/{len(body)}, {fi}/{len(furn)})")
    if len(unl) > 3:
        raise ValueError(f"too many unlabelled lines: {unl}")
    if len(body) < 3:
        raise ValueError("fewer than 3 body items")
    bn = {norm(b) for b in body}
    if len(bn) != len(body):
        raise ValueError("duplicate body items")
    for k, f in furn:
        if norm(f) in bn:
            raise ValueError(f"furniture equals body: {f!r}")
    for u in unl:
        if norm(u) in bn:
            raise ValueError(f"unlabelled equals body: {u!r}")
    if title_hint is not None:
        tn = norm(title_hint)
        for k, f in furn:
            if k in ("related", "caption") and norm(f) == tn:
                raise ValueError(f"{k} equals title")
    return True


def assemble(lines, lay):
    text_lines, body, furn = [], [], []
    for k, t in lines:
        if k == "body":
            body.extend(t)
            text_lines.append(" ".join(t))
        elif k == "unl":
            text_lines.append(t)
        else:
            text_lines.append(t)
            furn.append((k, t))
    return Page("\n".join(text_lines), body, furn, lay)


# ----------------------------------------------------------------- main
def pages(path, with_faults=False):
    rows, rel = read_rows(Path(path))
    out, faults = [], []
    k = 0
    for row, t, a in rows:
        title, sents = story_sentences(t, a)
        if len(sents) < 3 or not title:
            continue
        lay = L[k % 20]
        lines = build_page(row, title, sents, rel, lay)
        lines, fl = apply_faults(row, lines)
        p = assemble(lines, lay["id"])
        tl = [x for kk, x in lines if kk == "unl"]
        check(p, title_hint=None)
        tnorm = norm(title)
        for kind, f in p.furniture:
            if norm(f) == tnorm and kind in ("related", "caption", "byline", "credit"):
                raise ValueError("furniture equals title")
        out.append(p)
        faults.append(fl)
        k += 1
    if with_faults:
        return out, faults
    return out


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data/vietnews_train.jsonl.gz"
    ps, fl = pages(path, with_faults=True)
    tab = OrderedDict()
    for p, f in zip(ps, fl):
        r = tab.setdefault(p.layout, dict(pages=0, body=0, faults=0, **{k: 0 for k in KINDS}))
        r["pages"] += 1
        r["body"] += len(p.body)
        r["faults"] += len(f)
        for kd, _ in p.furniture:
            r[kd] += 1
    cols = ["pages", "body"] + list(KINDS) + ["faults"]
    print(f"{'layout':28s} " + " ".join(f"{c:>8s}" for c in cols))
    tot = {c: 0 for c in cols}
    for lay in sorted(tab):
        r = tab[lay]
        print(f"{lay:28s} " + " ".join(f"{r[c]:8d}" for c in cols))
        for c in cols:
            tot[c] += r[c]
    print(f"{'TOTAL':28s} " + " ".join(f"{tot[c]:8d}" for c in cols))
    fk = {}
    for f in fl:
        for x in f:
            fk[x] = fk.get(x, 0) + 1
    print("pages with faults:", sum(1 for f in fl if f), "fault kinds:", dict(sorted(fk.items())))


if __name__ == "__main__":
    main()
