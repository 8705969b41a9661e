#!/usr/bin/env python3
"""Held-out evaluation set `test109` (theme: tourism and travel).

Builds about 100 scraped article pages of invented Vietnamese travel outlets,
each labelled line by line (body items / furniture / <= 3 unlabelled lines).

Usage: python3 make.py /work/shared/data/vietnews_train.jsonl.gz
"""
import datetime
import gzip
import json
import random
import re
import sys
import unicodedata
from pathlib import Path
from typing import List, NamedTuple, Tuple

SETNAME = "test109"
SEED = 10957
BODY_ROWS = range(16600, 16700)
RELATED_ROWS = range(19100, 19200)
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
                obj = json.loads(raw.decode("utf-8", "replace"))
            except ValueError:
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
                rel.append((i, t, a[:1200]))
    return body, rel


# ------------------------------------------------------------ story text
def detok(s):
    s = s.replace("_", " ")
    s = re.sub(r"\s+", " ", s).strip()
    parts = s.split('"')
    if len(parts) > 1:
        out = parts[0]
        for k in range(1, len(parts)):
            seg = parts[k]
            if k % 2 == 1 and k < len(parts) - 1:
                seg = seg.strip()  # inside a pair of quotes
            out += '"' + seg
        s = out
    s = re.sub(r"(^|\s)' ([^'\n]{1,200}?) '(?=\s|[,.;:!?]|$)", r"\1'\2'", s)
    s = re.sub(r"\s+([,.;:!?%…])", r"\1", s)
    s = re.sub(r"([(\[“‘])\s+", r"\1", s)
    s = re.sub(r"\s+([)\]”’])", r"\1", s)
    s = re.sub(r"(\S) / (\S)", r"\1/\2", s)
    s = re.sub(r" {2,}", " ", s)
    return s.strip()


ABBR = {"tp", "ts", "gs", "pgs", "ths", "bs", "q", "p", "ks", "ls", "nxb", "th", "st", "mr", "mrs", "ms", "dr", "tt", "ubnd", "vs", "pv"}
TERM = ".!?…"


def split_sentences(s):
    out, start, dq, depth = [], 0, False, 0
    n = len(s)
    for i, c in enumerate(s):
        if c == '"':
            dq = not dq
        elif c in "“(":
            depth += 1
        elif c in "”)":
            depth = max(0, depth - 1)
        if dq or depth:
            continue
        end_here = c in TERM or (c in '"”)' and i > 0 and s[i - 1] in TERM)
        if not end_here or i + 2 >= n or s[i + 1] != " ":
            continue
        nx = s[i + 2]
        if not (nx.isupper() or nx.isdigit() or nx in '"“(['):
            continue
        if c == ".":
            m = re.search(r"(\S+)\.$", s[start:i + 1])
            if m:
                tok = m.group(1)
                if tok.lower() in ABBR or (len(tok) == 1 and tok.isalpha()) or "." in tok:
                    continue
        out.append(s[start:i + 1].strip())
        start = i + 2
    tail = s[start:].strip()
    if tail:
        out.append(tail)
    return out


CAPTION_MARKS = ["ảnh:", "(ảnh", "ảnh :", "video:", "clip:", "minh hoạ", "minh họa", "(trái)", "(phải)",
                 "(giữa)", "nguồn:", "đồ hoạ", "đồ họa", "infographic", "từ trái sang", "ảnh minh",
                 "ảnh tư liệu", "ảnh chụp", "(video", "clip ", "http", "www.", "@"]
REPORT = ["cho biết", "nói", "chia sẻ", "khẳng định", "cho hay", "nhấn mạnh", "tiết lộ", "phát biểu",
          "giải thích", "bày tỏ", "nhận định", "tuyên bố", "thừa nhận", "xác nhận", "nhận xét",
          "cho rằng", "lưu ý", "trả lời", "thông báo", "khuyến cáo", "đề nghị", "kiến nghị", "kể",
          "viết", "hỏi", "thông tin", "dẫn lời", "theo ông", "theo bà", "theo anh", "theo chị",
          "đánh giá", "tâm sự", "nhớ lại", "phản ánh", "yêu cầu", "báo cáo", "trao đổi"]
CONNECT = ["Tuy nhiên", "Trong khi đó", "Ngoài ra", "Bên cạnh đó", "Theo đó", "Do đó", "Vì vậy",
           "Vì thế", "Mặt khác", "Đồng thời", "Thế nhưng", "Nhưng", "Song", "Trước đó", "Sau đó",
           "Như vậy", "Dù vậy", "Mặc dù", "Trước đây", "Thậm chí", "Riêng", "Cùng với", "Đặc biệt",
           "Bởi vì", "Do vậy", "Tương tự", "Cụ thể", "Thực tế", "Trong đó", "Hiện nay", "Ngay sau đó",
           "Từ đó", "Cũng", "Không chỉ", "Nói cách khác", "Thêm vào đó", "Sau khi", "Trước khi", "Khi", "Nếu"]


def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = re.sub("[\u200b\u200c\u200d\u2060\ufeff]", "", s)
    s = re.sub(r"\s+", "", s)
    return s.casefold()


def balanced(s):
    if s.count('"') % 2:
        return False
    for a, b in ("“”", "()", "[]", "‘’"):
        if s.count(a) != s.count(b):
            return False
    return True


STARTERS = {"Dựa", "Theo", "Khi", "Trong", "Nếu", "Tuy", "Với", "Sau", "Một", "Những", "Các", "Đây", "Tại", "Từ",
            "Để", "Do", "Vì", "Hiện", "Nhiều", "Ngoài", "Bên", "Đó", "Chính", "Cũng", "Không", "Có", "Là", "Điều",
            "Mặc", "Năm", "Ngày", "Tôi", "Chúng", "Việc", "Hơn", "Đến", "Thế", "Nhưng", "Còn", "Riêng", "Bởi"}


def glued_heading(words):
    """lower-case word, then a sentence-opening word, then a lower-case word:
    a sub-heading glued to the next sentence ("... bức tranh Một trong những ...")."""
    for a, b, c in zip(words, words[1:], words[2:]):
        if a.isalpha() and a.islower() and b in STARTERS and c[:1].isalpha() and c[:1].islower():
            return True
    return False


def keep_sentence(s, title_n):
    low = s.lower()
    if any(m in low for m in CAPTION_MARKS):
        return False
    if any(ch in s for ch in "|•»«*#"):
        return False
    if not balanced(s):
        return False
    t = s.rstrip('"”)’')
    if not t or t[-1] not in TERM:
        return False
    words = s.split()
    if len(words) < 8 or len(words) > 110:
        return False
    if ":" in " ".join(words[:6]):
        return False
    if ":" in " ".join(words[:12]) and '"' not in s and "“" not in s:
        return False  # glued sub-heading "Chuyên gia X: Cần ..."
    first = s.lstrip('"“(‘')
    if not first or (first[0].isalpha() and first[0].islower()):
        return False
    if re.search(r"(^|[.!?;,\-–(]\s*)Theo\s+[^\s,]+(\s+[^\s,]+){0,5}\s*\)?[.]?$", s):
        return False
    if re.search(r"\s[-–]\s+[A-ZĐ][^\W\d_]*(\s+[A-ZĐ][^\W\d_]*){0,2}\)?\.?$", s):
        return False  # agency signature tail "... - Reuters."
    if glued_heading(words):
        return False
    if norm(s) == title_n:
        return False
    nw = len(words)
    if nw <= 22 or (nw <= 30 and "," not in s):
        has_rep = any(re.search(r"(?<![\wÀ-ỹ])" + re.escape(v) + r"(?![\wÀ-ỹ])", low) for v in REPORT)
        has_q = ('"' in s) or ("“" in s)
        has_conn = any(first.startswith(c + " ") or first.startswith(c + ",") for c in CONNECT)
        if not (has_rep or has_q or has_conn):
            return False
    return True


def story_sentences(title, article):
    tn = norm(title)
    seen, out = set(), []
    for s in split_sentences(detok(article)):
        s = s.strip()
        if not s or not keep_sentence(s, tn):
            continue
        k = norm(s)
        if k in seen:
            continue
        seen.add(k)
        out.append(s)
    return out


VN_SURN = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
           "Dương", "Lý", "Trịnh", "Đinh", "Lương", "Mai", "Tạ", "Cao", "Đoàn", "Lâm", "Trương", "Tô", "Thái", "Chu", "Kiều", "Phùng"}
VN_PLACES = ["Hà Nội", "TP. HCM", "Đà Nẵng", "Huế", "Hội An", "Quảng Nam", "Nha Trang", "Khánh Hoà", "Đà Lạt", "Lâm Đồng",
             "Phú Quốc", "Kiên Giang", "Sa Pa", "Lào Cai", "Hạ Long", "Quảng Ninh", "Ninh Bình", "Hải Phòng", "Cần Thơ",
             "Nghệ An", "Hà Tĩnh", "Quảng Bình", "Bình Định", "Phú Yên", "Nam Định", "Thanh Hoá", "Vũng Tàu", "Tây Ninh",
             "Hà Giang", "Cao Bằng", "Sơn La", "Điện Biên", "Côn Đảo", "Bến Tre", "Đồng Tháp", "An Giang", "Tây Nguyên",
             "Sài Gòn", "Thái Lan", "Nhật Bản", "Hàn Quốc", "Singapore", "New York", "Paris", "Bangkok", "Tokyo"]


def entities(sents, title):
    """People (Vietnamese full names found in the story) and places named in it."""
    people, places = [], []
    for s in sents:
        toks = s.split()
        for j, tok in enumerate(toks):
            if tok in VN_SURN and j + 1 < len(toks):
                run = [tok]
                for t in toks[j + 1:j + 4]:
                    w = t.rstrip(",.;:!?)\"”")
                    if w and w[0].isupper() and w.isalpha():
                        run.append(w)
                        if w != t:
                            break
                    else:
                        break
                if 3 <= len(run) <= 4:
                    p = " ".join(run)
                    if p not in people:
                        people.append(p)
    text = " ".join(sents)
    for pl in VN_PLACES:
        if re.search(r"(?<![\wÀ-ỹ])" + re.escape(pl) + r"(?![\wÀ-ỹ])", text):
            places.append(pl)
    return people[:6], places[:6]


# ------------------------------------------------------------ invented stuff
SURN = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Trịnh", "Mai", "Tạ", "Lương", "Quách"]
MID = ["Thị", "Văn", "Minh", "Thu", "Ngọc", "Hoài", "Thanh", "Bảo", "Khánh", "Gia", "Hữu", "Phương", "Diệu", "Quang"]
GIV = ["An", "Bình", "Chi", "Dung", "Giang", "Hà", "Hạnh", "Khoa", "Lâm", "Linh", "Mai", "Nam", "Nhi", "Phong", "Quyên", "Sơn", "Tâm", "Thảo", "Trang", "Tú", "Uyên", "Vy", "Yến", "Đạt", "Hiếu", "Kiên"]
PLACES = ["Đà Lạt", "Hội An", "Phú Quốc", "Sa Pa", "Hạ Long", "Nha Trang", "Quy Nhơn", "Mũi Né", "Côn Đảo",
          "Ninh Bình", "Hà Giang", "Mộc Châu", "Cần Thơ", "Huế", "Đà Nẵng", "Cát Bà", "Phong Nha", "Buôn Ma Thuột",
          "Bangkok", "Seoul", "Tokyo", "Singapore", "Bali", "Đài Bắc", "Kyoto"]
SCENES = [
    "Du khách dạo bước trên phố đi bộ ven sông vào buổi tối.",
    "Một góc khu nghỉ dưỡng ven biển nhìn từ trên cao.",
    "Hành khách làm thủ tục tại quầy check-in của nhà ga quốc tế.",
    "Hoàng hôn trên vịnh nhìn từ boong một du thuyền.",
    "Những homestay nhỏ nép mình bên sườn đồi phủ sương.",
    "Đoàn khách nước ngoài tham quan khu phố cổ trong ngày nắng đẹp.",
    "Quầy thông tin du lịch luôn đông khách trong mùa cao điểm.",
    "Bãi biển vắng người vào sáng sớm, trước khi các đoàn tour kéo đến.",
    "Món ăn đường phố là điểm nhấn trong hành trình của nhiều du khách.",
    "Khách xếp hàng chờ lên cáp treo vào dịp cuối tuần.",
    "Ruộng bậc thang vào mùa lúa chín thu hút đông đảo người chụp ảnh.",
    "Hồ bơi vô cực của một khu nghỉ dưỡng nhìn ra biển.",
    "Một chuyến bay chuẩn bị cất cánh trong buổi chiều muộn.",
    "Khu chợ nổi nhộn nhịp từ lúc trời còn chưa sáng.",
    "Du khách trải nghiệm chèo thuyền kayak giữa những hang động đá vôi.",
    "Con đường dẫn vào bản làng được trang trí cờ hoa dịp lễ hội.",
    "Phòng nghỉ hướng biển được bài trí theo phong cách tối giản.",
    "Hàng dài du khách chờ làm thủ tục xuất cảnh dịp nghỉ lễ.",
]
HEADS_REL = {
    "tinlienquan": "Tin liên quan", "xemthem": "Xem thêm", "cungchuyenmuc": "Bài viết cùng chuyên mục",
    "quantam": "Có thể bạn quan tâm", "tinkhac": "Các tin khác", "docthem": "Đọc thêm",
    "camnang": "Cẩm nang liên quan", "thich": "Bạn có thể thích", "chude": "Chủ đề tương tự",
    "cungchude": "Tin cùng chủ đề", "moinhat": "Tin mới nhất", "noibat": "Đọc nhiều nhất",
}


def person(rng):
    return f"{rng.choice(SURN)} {rng.choice(MID)} {rng.choice(GIV)}"


def short_name(rng):
    return f"{rng.choice(MID[2:])} {rng.choice(GIV)}"


WD = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def fmt_date(style, d):
    w = WD[d.weekday()]
    hm = f"{d.hour:02d}:{d.minute:02d}"
    dd, mm, yy = d.day, d.month, d.year
    return {
        0: f"{w}, {dd}/{mm}/{yy}, {hm} (GMT+7)",
        1: f"{dd:02d}/{mm:02d}/{yy} {hm}",
        2: f"Ngày đăng: {dd:02d}/{mm:02d}/{yy}",
        3: f"Cập nhật: {hm} | {dd:02d}/{mm:02d}/{yy}",
        4: f"{dd} tháng {mm}, {yy}",
        5: f"{w}, {dd:02d}-{mm:02d}-{yy} | {hm}",
        6: f"{hm} ngày {dd:02d}/{mm:02d}/{yy}",
        7: f"Đăng lúc {hm} - {dd:02d}.{mm:02d}.{yy}",
        8: f"{dd:02d}/{mm:02d}/{yy} - {hm} GMT+7",
        9: f"{w.lower().capitalize()} ngày {dd:02d} tháng {mm:02d} năm {yy}",
        10: f"Tháng {mm} {dd}, {yy}",
        11: f"{hm}, {dd:02d}/{mm:02d}/{yy}",
    }[style]


def money(v):
    return f"{v:,}".replace(",", ".") + "đ"


# ------------------------------------------------------------ layouts
# Each layout: site, domain, date style, header order, byline habit, paragraph
# size range, image habit, inline related, related block habit, widgets.
LAYOUTS = [
    dict(id="L00", site="Du Lịch Mới", dom="dulichmoi.vn", date=0, head=["menu", "crumb", "title", "date"], by="caps_end",
         para=(2, 3), img="cap_credit_paren", nimg=(1, 2), inline=None, rel=("tinlienquan", "bullet", 3), bottom=["tags", "share"], comments=False, pull=False),
    dict(id="L01", site="Hành Trang Việt", dom="hanhtrangviet.blog", date=4, head=["title", "by_dang", "date"], by=None,
         para=(1, 2), img="cap_then_credit", nimg=(2, 3), inline=None, rel=("prevnext", "prevnext", 2), bottom=["reactions"], comments=True, pull=False),
    dict(id="L02", site="Tour Sắc Việt", dom="toursacviet.com.vn", date=2, head=["hotline", "crumb", "title", "date"], by="name_end",
         para=(2, 4), img="caption_only", nimg=(1, 1), inline="xemthem", rel=("noibat", "plain", 4), bottom=["booking", "footer_addr"], comments=False, pull=False),
    dict(id="L03", site="Resort & Spa Review", dom="resortspareview.vn", date=10, head=["menu", "title", "by_bai", "credit_top", "date"], by=None,
         para=(1, 3), img="caption_only", nimg=(1, 3), inline=None, rel=("docthem", "numbered", 3), bottom=["newsletter", "copyright"], comments=False, pull=True),
    dict(id="L04", site="Visa & Chuyến Bay 24h", dom="visachuyenbay24h.com", date=1, head=["ticker", "crumb", "title", "date"], by="theo_end",
         para=(1, 2), img="mark_caption", nimg=(1, 2), inline=None, rel=("moinhat", "dated", 4), bottom=["hotline_box", "disclaimer"], comments=False, pull=False),
    dict(id="L05", site="Phượt Ký", dom="phuotky.net", date=10, head=["title", "date", "readtime"], by="authorbox",
         para=(1, 3), img="cap_credit_dash", nimg=(2, 3), inline=None, rel=("quantam", "teaser", 2), bottom=["hashtags", "reactions"], comments=True, pull=False),
    dict(id="L06", site="Cẩm Nang Điểm Đến", dom="camnangdiemden.vn", date=3, head=["menu", "crumb", "title", "byline_plain", "date", "toc"], by=None,
         para=(2, 3), img="cap_credit_paren", nimg=(1, 2), inline=None, rel=("camnang", "teaser", 3), bottom=["weather", "tags"], comments=False, pull=False),
    dict(id="L07", site="Báo Lữ Hành", dom="baoluhanh.vn", date=9, head=["issue", "title", "caps_top", "date"], by=None,
         para=(2, 4), img="cap_credit_plain", nimg=(1, 2), inline=None, rel=("tinkhac", "joined", 3), bottom=["footer_license"], comments=False, pull=False),
    dict(id="L08", site="Đi Đâu Chơi Gì", dom="didauchoigi.vn", date=11, head=["menu", "title", "date", "views"], by="name_end",
         para=(1, 2), img="cap_then_credit", nimg=(1, 3), inline=None, rel=("xemthem", "plain", 3), bottom=["share", "reactions"], comments=False, pull=True),
    dict(id="L09", site="Khách Sạn & Nghỉ Dưỡng Today", dom="ksnghiduong.today", date=8, head=["ad", "crumb", "title", "date"], by="tonghop_end",
         para=(2, 3), img="cap_credit_pipe", nimg=(1, 2), inline=None, rel=("cungchuyenmuc", "dated", 3), bottom=["hotelbox", "ad", "copyright"], comments=False, pull=False),
    dict(id="L10", site="Vietnam Travel Insider", dom="vntravelinsider.com", date=6, head=["menu_en", "title", "date"], by="caps_end",
         para=(1, 3), img="gallery", nimg=(2, 3), inline=None, rel=("tinkhac", "numbered", 4), bottom=["share_en", "copyright"], comments=False, pull=False),
    dict(id="L11", site="Cổng Thông tin Du lịch Miền Trung", dom="dulichmientrung.org.vn", date=2, head=["crumb", "title", "date", "views"], by="agency_theo_end",
         para=(2, 4), img="caption_only", nimg=(0, 1), inline=None, rel=("tinkhac", "dated", 5), bottom=["print", "footer_addr"], comments=False, pull=False),
    dict(id="L12", site="Check-in Magazine", dom="checkinmag.vn", date=4, head=["menu", "title", "by_en", "date"], by=None,
         para=(1, 2), img="cap_credit_dash", nimg=(2, 3), inline=None, rel=("thich", "teaser", 3), bottom=["instagram", "share"], comments=False, pull=True),
    dict(id="L13", site="Hàng Không & Lữ Khách", dom="hangkhongluKhach.vn".lower(), date=5, head=["crumb", "title", "date"], by="caps_end",
         para=(1, 2), img="infographic", nimg=(1, 1), inline="xemthem", rel=("cungchude", "bullet", 3), bottom=["update_stamp", "tags"], comments=False, pull=False),
    dict(id="L14", site="Mùa Lễ Hội", dom="mualehoi.vn", date=7, head=["menu", "title", "date"], by="name_end",
         para=(2, 3), img="video", nimg=(1, 2), inline=None, rel=("tinlienquan", "bullet", 3), bottom=["poll", "share"], comments=True, pull=False),
    dict(id="L15", site="Diễn đàn Tour Giá Rẻ", dom="diendantourgiare.net", date=1, head=["forum_topic", "title", "poster", "date"], by=None,
         para=(1, 2), img="mark_caption", nimg=(0, 1), inline=None, rel=("chude", "plain", 3), bottom=["forum_reply"], comments=True, pull=False),
    dict(id="L16", site="Sổ Tay Xê Dịch", dom="sotayxedich.com", date=10, head=["title", "authorbox_top", "date"], by=None,
         para=(1, 3), img="cap_then_credit", nimg=(1, 2), inline=None, rel=("docthem", "bullet", 3), bottom=["newsletter", "share"], comments=False, pull=True),
    dict(id="L17", site="Du Thuyền & Biển Đảo", dom="duthuyenbiendao.vn", date=0, head=["menu", "crumb", "title"], by="name_end",
         para=(2, 3), img="cap_credit_paren", nimg=(1, 2), inline=None, rel=("cungchude", "guillemet", 3), bottom=["date_end", "tags", "copyright"], comments=False, pull=False),
    dict(id="L18", site="Bản Tin Visa Quốc Tế", dom="bantinvisa.vn", date=8, head=["hotline", "title", "date"], by="source_end",
         para=(2, 4), img="none", nimg=(0, 0), inline="xemthem", rel=("tinlienquan", "joined", 3), bottom=["disclaimer", "contact"], comments=False, pull=False),
    dict(id="L19", site="Travel Đà Thành", dom="traveldathanh.vn", date=11, head=["weather", "menu", "title", "date"], by="caps_end",
         para=(1, 3), img="cap_credit_plain", nimg=(1, 2), inline=None, rel=("noibat", "numbered_dated", 4), bottom=["rates", "title_repeat"], comments=True, pull=False),
]


# ------------------------------------------------------------ page maker
class Ctx:
    pass


def related_pool(row, rel, forbid):
    rng = R(row, "related")
    items = []
    for (ri, t, a) in rel:
        h = detok(t)
        if not h:
            continue
        sents = split_sentences(detok(a))
        teaser = ""
        if sents:
            words = sents[0].split()
            if len(words) > 28:
                teaser = " ".join(words[:24]).rstrip(",;:") + "…"
            else:
                teaser = sents[0]
        if norm(h) in forbid or (teaser and norm(teaser) in forbid):
            continue
        items.append((h, teaser))
    rng.shuffle(items)
    return items


def build_page(k, row, title_raw, sents, rel):
    L = LAYOUTS[k % 20]
    title = detok(title_raw)
    rng = R(row, "layout")
    c = Ctx()
    c.site, c.dom = L["site"], L["dom"]
    y = R(row, "date").randint(2016, 2019)
    dr = R(row, "date")
    dr.random()
    c.dt = datetime.datetime(y, dr.randint(1, 12), dr.randint(1, 28), dr.randint(5, 22), dr.randint(0, 59))
    c.place = rng.choice(PLACES)
    c.gal_no, c.gal_tot = 0, rng.randint(4, 9)
    c.ents = entities(sents, title)
    c.author = person(rng)
    c.photog = person(rng)
    c.phone = f"1900 {rng.randint(1000, 9999)}"
    c.mobile = f"09{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(100, 999)}"
    forbid = {norm(s) for s in sents} | {norm(title)}
    pool = related_pool(row, rel, forbid)

    def pop_rel():
        return pool.pop() if pool else None

    F = []  # entries: ('u', line) | ('b', [items]) | (kind, line)

    def W(line, kind="widget"):
        F.append((kind, line))

    def rel_date(back):
        d = c.dt - datetime.timedelta(days=back)
        return d

    # ----- header
    for h in L["head"]:
        if h == "menu":
            W(" ".join(rng.sample(["Tin tức", "Điểm đến", "Trải nghiệm", "Khách sạn", "Resort", "Ẩm thực", "Visa", "Vé máy bay", "Cẩm nang", "Video", "Ảnh đẹp"], 6)))
            if not any(e[0] == "u" for e in F):
                F.insert(0, ("u", c.site))
        elif h == "menu_en":
            F.append(("u", c.site))
            W("Home | News | Destinations | Hotels | Flights | Visa | Contact")
        elif h == "crumb":
            if not any(e[0] == "u" for e in F):
                F.append(("u", c.site))
            sec = rng.choice(["Điểm đến", "Tin du lịch", "Trải nghiệm", "Lưu trú", "Hàng không", "Thị thực", "Khám phá"])
            W(rng.choice([f"Trang chủ > {sec}", f"Trang chủ / {sec} / {c.place}", f"Trang chủ » {sec}"]))
        elif h == "hotline":
            F.append(("u", c.site))
            W(f"Hotline: {c.phone} - Email: lienhe@{c.dom}")
        elif h == "ticker":
            F.append(("u", c.site))
            r = pop_rel()
            if r:
                W("Tin nóng")
                W(r[0], "related")
        elif h == "ad":
            F.append(("u", c.site))
            W("Quảng cáo")
        elif h == "issue":
            F.append(("u", c.site))
            hd = c.dt + datetime.timedelta(days=rng.randint(0, 2))
            W(f"Số {rng.randint(80, 400)} - {WD[hd.weekday()]}, {hd.day:02d}/{hd.month:02d}/{hd.year}")
        elif h == "weather":
            F.append(("u", c.site))
            W(f"Đà Nẵng {rng.randint(22, 34)}°C - {rng.choice(['Nắng nhẹ', 'Nhiều mây', 'Có mưa rào'])}")
        elif h == "forum_topic":
            F.append(("u", c.site))
            W(f"Diễn đàn > Kinh nghiệm du lịch > {c.place}")
            W(f"Chủ đề: {rng.randint(1, 40)} trả lời · {rng.randint(200, 9000)} lượt xem")
        elif h == "title":
            if not any(e[0] == "u" for e in F):
                F.append(("u", c.site))
            F.append(("u", title))
        elif h == "date":
            F.append(("u", fmt_date(L["date"], c.dt)))
        elif h == "by_dang":
            W(f"Đăng bởi: {short_name(rng)}", "byline")
        elif h == "by_bai":
            W(f"Bài: {c.author}", "byline")
        elif h == "credit_top":
            W(f"Ảnh: {c.photog}", "credit")
        elif h == "byline_plain":
            W(c.author, "byline")
        elif h == "caps_top":
            W(f"{c.author.upper()} - {person(rng).upper()}", "byline")
        elif h == "by_en":
            W(f"By {short_name(rng)}", "byline")
        elif h == "poster":
            W(f"{rng.choice(['phuot', 'dulich', 'backpack', 'xedich'])}{rng.choice(['_', ''])}{rng.choice(GIV).lower().replace('đ', 'd')}{rng.randint(80, 99)}", "byline")
            W(f"Thành viên · {rng.randint(5, 900)} bài viết")
        elif h == "readtime":
            W(f"{rng.randint(3, 9)} phút đọc")
        elif h == "views":
            W(f"{rng.randint(120, 25000):,} lượt xem".replace(",", "."))
        elif h == "toc":
            W("Mục lục bài viết [Hiện]")
        elif h == "authorbox_top":
            W(c.author, "byline")
            W(f"Travel blogger, đã đi qua {rng.randint(12, 60)} quốc gia", "byline")

    # ----- body paragraphs
    lo, hi = L["para"]
    paras, i = [], 0
    prng = R(row, "paras")
    while i < len(sents):
        n = prng.randint(lo, hi)
        paras.append(list(sents[i:i + n]))
        i += n

    # faults
    frng = R(row, "faults")
    faults = []
    if frng.random() < 0.27:
        faults = frng.sample(["nbsp", "zwsp", "dblspace", "glue", "nfd"], frng.choice([1, 1, 2]))
    if "glue" in faults:
        cands = [j for j, p in enumerate(paras) if len(p) >= 2] if len(sents) >= 4 else []
        if cands:
            j = frng.choice(cands)
            q = frng.randrange(len(paras[j]) - 1)
            p = paras[j]
            paras[j] = p[:q] + [p[q] + p[q + 1]] + p[q + 2:]
        else:
            faults.remove("glue")

    # images
    if L["img"] == "none":
        nimg = 0
    else:
        nimg = rng.randint(*L["nimg"])
    img_slots = set(rng.sample(range(1, len(paras)), min(nimg, max(0, len(paras) - 1)))) if len(paras) > 1 else set()
    if nimg and not img_slots:
        img_slots = {len(paras)}
    inline_slot = None
    if L["inline"] and len(paras) > 2:
        inline_slot = rng.randrange(2, len(paras))
    pull_slot = None
    if L["pull"] and len(paras) > 2:
        pull_slot = rng.randrange(1, len(paras))

    caps_used = set()

    def caption_text():
        for _ in range(10):
            ppl, plc = c.ents
            r = rng.random()
            if ppl and r < 0.35:
                e = rng.choice(ppl)
                t = rng.choice([f"Chân dung {e}.", f"{e} trao đổi với phóng viên.", f"{e} tại buổi làm việc.",
                                f"{e} chia sẻ với khách mời trong buổi gặp gỡ.", f"{e}"])
            elif plc and r < 0.7:
                e = rng.choice(plc)
                t = rng.choice([f"Một góc {e} nhìn từ trên cao.", f"Du khách tham quan {e} dịp cuối tuần.",
                                f"Quang cảnh {e} vào sáng sớm.", f"Đường phố {e} trong những ngày cao điểm du lịch.",
                                f"{e} luôn là điểm đến hấp dẫn với khách trong và ngoài nước."])
            else:
                t = rng.choice(SCENES)
            if t not in caps_used and norm(t) not in forbid:
                caps_used.add(t)
                return t
        return "Ảnh minh hoạ."

    def image_block():
        st = L["img"]
        cap = caption_text()
        if st == "cap_credit_paren":
            W(f"{cap} (Ảnh: {rng.choice([c.photog, c.site, 'Tư liệu'])})", "caption")
        elif st == "cap_then_credit":
            W(cap, "caption")
            W(f"Ảnh: {rng.choice([c.photog, short_name(rng), 'Internet'])}", "credit")
        elif st == "caption_only":
            W(cap, "caption")
        elif st == "cap_credit_dash":
            W(f"{cap} - Ảnh: {rng.choice(['@' + rng.choice(GIV).lower().replace('đ', 'd') + '.travel', c.photog])}", "caption")
        elif st == "cap_credit_plain":
            W(f"{cap} Ảnh: {c.photog.upper() if rng.random() < 0.5 else c.photog}", "caption")
        elif st == "cap_credit_pipe":
            W(f"{cap} | Ảnh: {c.site}", "caption")
        elif st == "mark_caption":
            W(rng.choice(["[Hình ảnh]", "Ảnh minh hoạ", "Phóng to"]))
            W(cap, "caption")
        elif st == "gallery":
            c.gal_no += 1
            W(f"Ảnh {c.gal_no}/{c.gal_tot}: {cap}", "caption")
        elif st == "infographic":
            W(f"Lượng khách quốc tế đến {c.place} qua các năm", "caption")
            W(f"Đồ hoạ: {short_name(rng)}", "credit")
        elif st == "video":
            W(f"{rng.randint(0, 3):02d}:{rng.randint(10, 59):02d} / 0{rng.randint(2, 5)}:{rng.randint(10, 59):02d}")
            W(f"Video: {cap}", "caption")
            if rng.random() < 0.5:
                W(f"Nguồn: {rng.choice([c.site, 'Kênh ' + c.place + ' TV'])}", "credit")

    for j, p in enumerate(paras):
        if j in img_slots:
            image_block()
        if j == inline_slot:
            r = pop_rel()
            if r:
                W(f"Xem thêm: {r[0]}", "related")
        if j == pull_slot:
            qs = [m.group(1) for s in sents for m in re.finditer(r'"([^"]{40,200})"', s)]
            if qs:
                q = rng.choice(qs)
                if norm(q) not in forbid and norm('"' + q + '"') not in forbid:
                    W(f"“{q}”")
        F.append(("b", p))
    if nimg and img_slots == {len(paras)}:
        image_block()

    # ----- after story: byline
    by = L["by"]
    if by == "caps_end":
        W(c.author.upper(), "byline")
    elif by == "name_end":
        W(rng.choice([c.author, f"{c.author} (tổng hợp)", f"{short_name(rng)} - {short_name(rng)}"]), "byline")
    elif by == "theo_end":
        W(f"Theo {rng.choice(['Thời báo Hàng không', 'Bản tin Sân bay', 'Tạp chí Cất Cánh'])}", "byline")
    elif by == "tonghop_end":
        W(f"{short_name(rng)} (tổng hợp)", "byline")
    elif by == "agency_theo_end":
        W(c.author, "byline")
        W(f"Theo {rng.choice(['Sở Du lịch', 'Trung tâm Xúc tiến Du lịch', 'Báo Miền Trung Online'])}", "byline")
    elif by == "source_end":
        W(c.author, "byline")
        W(f"Nguồn: {rng.choice(['Cổng thông tin xuất nhập cảnh', 'Hãng tin VisaNews', 'Tạp chí Hộ Chiếu'])}", "credit")
    elif by == "authorbox":
        W("Về tác giả")
        W(c.author, "byline")
        W(f"{rng.choice(['Dân phượt', 'Nhiếp ảnh gia tự do', 'Cây bút du ký'])} sống tại {rng.choice(['Hà Nội', 'Sài Gòn', 'Đà Lạt'])}, mê những cung đường núi.", "byline")

    # ----- bottom widgets before related for some
    bottom = list(L["bottom"])

    def bw(b):
        if b == "tags":
            W("Tags: " + ", ".join(rng.sample(["du lịch", c.place, "kinh nghiệm", "khách sạn", "resort", "visa", "vé máy bay", "mùa hè", "lễ hội"], 4)))
        elif b == "hashtags":
            W(" ".join("#" + t for t in rng.sample(["phượt", "xêdịch", "dulịch", c.place.replace(" ", ""), "checkin", "travelblog"], 4)))
        elif b == "share":
            W(rng.choice(["Chia sẻ: Facebook Twitter Zalo", "Chia sẻ bài viết", "Share Facebook | Zalo | Copy link"]))
        elif b == "share_en":
            W("Share this: Facebook · Twitter · Email")
        elif b == "reactions":
            W(f"Thích {rng.randint(3, 900)} · Bình luận {rng.randint(0, 60)} · Chia sẻ {rng.randint(0, 200)}")
        elif b == "booking":
            W(f"Tour {c.place} 3 ngày 2 đêm - Giá chỉ từ {money(rng.randint(19, 89) * 100000 + 90000)}")
            W("Đặt tour ngay")
        elif b == "footer_addr":
            W(f"Địa chỉ: Số {rng.randint(2, 199)} đường {rng.choice(['Lê Lợi', 'Trần Phú', 'Nguyễn Huệ', 'Bạch Đằng'])}, {rng.choice(['Quận 1, TP.HCM', 'Hải Châu, Đà Nẵng', 'Hoàn Kiếm, Hà Nội'])}")
            W(f"Điện thoại: {c.phone} | Email: info@{c.dom}")
        elif b == "newsletter":
            W("Đăng ký nhận bản tin du lịch hàng tuần")
            W("Nhập email của bạn Đăng ký")
        elif b == "copyright":
            W(f"© {c.dt.year} {c.site}. Mọi quyền được bảo lưu.")
        elif b == "hotline_box":
            W(f"Cần hỗ trợ làm visa? Gọi ngay {c.mobile}")
        elif b == "disclaimer":
            W(rng.choice(["Thông tin trong bài chỉ mang tính tham khảo, quý khách vui lòng liên hệ cơ quan lãnh sự để được hướng dẫn chính xác.",
                          "Lưu ý: Quy định có thể thay đổi mà không báo trước."]))
        elif b == "weather":
            W(f"Thời tiết {c.place} hôm nay: {rng.randint(15, 33)}°C, độ ẩm {rng.randint(60, 95)}%")
        elif b == "footer_license":
            W(f"Giấy phép số {rng.randint(100, 999)}/GP-BTTTT. Tổng biên tập: {person(rng)}")
        elif b == "ad":
            W("Quảng cáo")
            W(f"Ưu đãi mùa hè: giảm {rng.randint(10, 50)}% phòng hạng sang tại {c.place}")
        elif b == "hotelbox":
            W(f"Khách sạn gợi ý tại {c.place}")
            W(f"Giá từ {money(rng.randint(5, 40) * 50000)}/đêm - Đặt phòng")
        elif b == "print":
            W("In bài viết | Gửi email | Về đầu trang")
        elif b == "instagram":
            W("Xem bài viết này trên Instagram")
            W(f"Bài viết được chia sẻ bởi {rng.choice(GIV).lower().replace('đ', 'd')}.wanderlust ({rng.randint(1, 9)}.{rng.randint(100, 999)} lượt thích)")
        elif b == "update_stamp":
            W(f"{rng.randint(6, 23):02d}:{rng.randint(0, 59):02d}")
        elif b == "poll":
            W(f"Bạn đã từng đến {c.place} chưa?")
            W("Đã từng | Chưa, nhưng muốn đi | Không quan tâm")
            W("Bình chọn Xem kết quả")
        elif b == "date_end":
            F.append(("u", fmt_date(L["date"], c.dt)))
        elif b == "forum_reply":
            W("Trả lời Trích dẫn Báo cáo")
        elif b == "contact":
            W(f"Liên hệ tư vấn: {c.mobile} (Zalo) - visa@{c.dom}")
        elif b == "rates":
            W(f"Tỷ giá USD: {rng.randint(22700, 23300):,} - EUR: {rng.randint(25500, 27800):,}".replace(",", "."))
        elif b == "title_repeat":
            W(title)

    post_kinds = {"copyright", "footer_addr", "footer_license", "contact", "disclaimer", "forum_reply", "title_repeat", "rates"}
    pre = [b for b in bottom if b not in post_kinds]
    post = [b for b in bottom if b in post_kinds]
    for b in pre:
        bw(b)

    # ----- related block
    head, style, n = L["rel"]
    n = rng.randint(max(1, n - 1), n + 1)
    items = [x for x in (pop_rel() for _ in range(n)) if x]
    if items:
        if style == "prevnext":
            W(f"Bài trước: {items[0][0]}", "related")
            if len(items) > 1:
                W(f"Bài sau: {items[1][0]}", "related")
        else:
            W(rng.choice([HEADS_REL[head], HEADS_REL[head].upper()]))
            if style == "joined":
                sep = rng.choice([" / ", " | ", " - "])
                W(sep.join(h for h, _ in items), "related")
            for idx, (h, t) in enumerate(items):
                if style == "joined":
                    break
                if style == "bullet":
                    W(f"- {h}", "related")
                elif style == "guillemet":
                    W(f"» {h}", "related")
                elif style == "numbered":
                    W(f"{idx + 1}. {h}", "related")
                elif style == "plain":
                    W(h, "related")
                elif style == "dated":
                    d = rel_date(rng.randint(1, 40))
                    W(f"{h} ({d.day:02d}/{d.month:02d}/{d.year})", "related")
                elif style == "numbered_dated":
                    d = rel_date(rng.randint(1, 20))
                    W(f"{idx + 1}. {h} - {d.day:02d}/{d.month:02d}", "related")
                elif style == "teaser":
                    if t and rng.random() < 0.7:
                        W(h, "related")
                        W(t, "related")
                    else:
                        W(h, "related")

    # ----- comments
    if L["comments"]:
        nc = rng.randint(1, 3)
        W(rng.choice([f"Bình luận ({nc})", f"{nc} bình luận", "Ý kiến bạn đọc"]))
        for _ in range(nc):
            W(short_name(rng) if rng.random() < 0.5 else rng.choice(GIV) + " " + rng.choice(PLACES[:10]))
            W(rng.choice(["Bài viết hay quá, cảm ơn tác giả!", f"Mình cũng vừa đi {c.place} về, rất đáng trải nghiệm.",
                          "Cho mình xin thêm thông tin liên hệ với ạ?", "Đọc xong chỉ muốn xách ba lô lên và đi thôi.",
                          "Thông tin hữu ích, đã lưu lại.", "Giá cả bây giờ có còn như vậy không bạn?"]))
            W(rng.choice([f"{rng.randint(1, 23)} giờ trước", "Trả lời · Thích", f"{rng.randint(1, 30)} ngày trước"]))
    for b in post:
        bw(b)
    return F, title, faults


# ------------------------------------------------------------ faults & checks
ZW = "\u200b"


def apply_faults(row, entries, faults):
    rng = R(row, "faultchars")

    def inner_spaces(s):
        return [m.start() for m in re.finditer(" ", s)]

    def nbsp(s, cnt):
        pos = inner_spaces(s)
        for p in rng.sample(pos, min(cnt, len(pos))):
            s = s[:p] + "\u00a0" + s[p + 1:]
        return s

    def zwsp(s):
        cand = [m.start() + 1 for m in re.finditer(r"(?<=[^\W\d_])(?=[^\W\d_])", s)]
        cand = [p - 1 for p in cand if 0 < p - 1 < len(s)]
        if not cand:
            return s
        p = rng.choice(cand)
        return s[:p] + ZW + s[p:]

    def dbl(s):
        pos = inner_spaces(s)
        if not pos:
            return s
        p = rng.choice(pos)
        return s[:p] + "  " + s[p + 1:]

    out = [(e[0], list(e[1])) if e[0] == "b" else e for e in entries]
    bidx = [j for j, e in enumerate(out) if e[0] == "b"]
    fidx = [j for j, e in enumerate(out) if e[0] not in ("b", "u")]
    for f in faults:
        if f == "nbsp":
            for j in rng.sample(bidx, min(3, len(bidx))):
                items = out[j][1]
                q = rng.randrange(len(items))
                items[q] = nbsp(items[q], rng.randint(1, 3))
            for j in rng.sample(fidx, min(2, len(fidx))):
                out[j] = (out[j][0], nbsp(out[j][1], 1))
        elif f == "zwsp":
            for j in rng.sample(bidx, min(2, len(bidx))):
                items = out[j][1]
                q = rng.randrange(len(items))
                items[q] = zwsp(items[q])
            if fidx:
                j = rng.choice(fidx)
                out[j] = (out[j][0], zwsp(out[j][1]))
        elif f == "dblspace":
            if rng.random() < 0.5 and fidx:
                j = rng.choice(fidx)
                out[j] = (out[j][0], dbl(out[j][1]))
            else:
                j = rng.choice(bidx)
                items = out[j][1]
                q = rng.randrange(len(items))
                items[q] = dbl(items[q])
    if "nfd" in faults:
        out = [(e[0], [unicodedata.normalize("NFD", x) for x in e[1]]) if e[0] == "b"
               else (e[0], unicodedata.normalize("NFD", e[1])) for e in out]
    return out


def check(page):
    text, body, furn = page.text, page.body, page.furniture
    if not text.strip():
        raise ValueError("blank page")
    lines = text.split("\n")
    for ln in lines:
        if not ln or ln != ln.strip():
            raise ValueError(f"blank or unstripped line: {ln!r}")
    for kind, ln in furn:
        if kind not in KINDS:
            raise ValueError(f"bad kind {kind}")
    for b in body:
        if b not in text or not b or b != b.strip():
            raise ValueError(f"body item not in text: {b!r}")
    if len(body) < 3:
        raise ValueError("fewer than 3 body items")
    bi = fi = 0
    unl = []
    for ln in lines:
        if fi < len(furn) and ln == furn[fi][1]:
            fi += 1
            continue
        hit = False
        for n in (1, 2, 3, 4):
            if bi + n <= len(body) and ln == " ".join(body[bi:bi + n]):
                bi += n
                hit = True
                break
        if hit:
            continue
        unl.append(ln)
    if bi != len(body) or fi != len(furn):
        raise ValueError(f"walk did not use up labels ({bi}/{len(body)}, {fi}/{len(furn)})")
    if len(unl) > 3 or len({norm(u) for u in unl}) != len(unl):
        raise ValueError(f"unlabelled lines: {unl}")
    bn = {norm(b) for b in body}
    for ln in unl + [l for _, l in furn]:
        if norm(ln) in bn:
            raise ValueError(f"non-body line equals a body sentence: {ln!r}")
    # title is the longest unlabelled line by construction; check related vs all unlabelled/body
    un = {norm(u) for u in unl}
    for kind, ln in furn:
        if kind == "related" and (norm(ln) in bn or norm(ln) in un):
            raise ValueError(f"related equals title/body: {ln!r}")
    # stronger: no body item contains a line break, and every body item is in order in text
    pos = 0
    for b in body:
        p = text.find(b, pos)
        if p < 0:
            raise ValueError("body out of order")
        pos = p + len(b)


def pages(path):
    body_rows, rel = read_rows(Path(path))
    out = []
    for k, (row, t, a) in enumerate(body_rows):
        title = detok(t)
        if not title:
            continue
        sents = story_sentences(title, a)
        if len(sents) < 3:
            continue
        entries, title, faults = build_page(k, row, t, sents, rel)
        entries = apply_faults(row, entries, faults)
        lines, body, furn = [], [], []
        for e in entries:
            if e[0] == "u":
                lines.append(e[1])
            elif e[0] == "b":
                lines.append(" ".join(e[1]))
                body.extend(e[1])
            else:
                lines.append(e[1])
                furn.append((e[0], e[1]))
        lid = LAYOUTS[k % 20]["id"]
        pg = Page("\n".join(lines), body, furn, lid)
        check(pg)
        out.append(pg)
        FAULTS[id(pg)] = faults
    return out


FAULTS = {}


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data/vietnews_train.jsonl.gz"
    ps = pages(path)
    cols = ["pages", "body"] + list(KINDS) + ["faults"]
    tab = {}
    for p in ps:
        r = tab.setdefault(p.layout, dict.fromkeys(cols, 0))
        r["pages"] += 1
        r["body"] += len(p.body)
        for kd, _ in p.furniture:
            r[kd] += 1
        r["faults"] += 1 if FAULTS.get(id(p)) else 0
    print(f"{'layout':<8}" + "".join(f"{c:>9}" for c in cols))
    tot = dict.fromkeys(cols, 0)
    for lid in sorted(tab):
        print(f"{lid:<8}" + "".join(f"{tab[lid][c]:>9}" for c in cols))
        for c in cols:
            tot[c] += tab[lid][c]
    print(f"{'TOTAL':<8}" + "".join(f"{tot[c]:>9}" for c in cols))


if __name__ == "__main__":
    main()
