#!/usr/bin/env python3
"""Held-out evaluation set test97 (theme: education outlets) for a cleaner of
scraped Vietnamese news pages.  Standard library only.

Usage:  python3 make.py /work/shared/data/vietnews_train.jsonl.gz
"""
import gzip
import json
import random
import re
import sys
import unicodedata
from pathlib import Path
from typing import List, NamedTuple, Tuple

SETNAME = "test97"
SEED = 9773
BODY_ROWS = range(12900, 13000)
RELATED_ROWS = range(17900, 18000)
KINDS = ("byline", "credit", "caption", "related", "widget")


class Page(NamedTuple):
    text: str
    body: List[str]
    furniture: List[Tuple[str, str]]
    layout: str


def rng(row, purpose):
    return random.Random(f"{SETNAME}|{SEED}|{row}|{purpose}")


# ---------------------------------------------------------------- reading
def read_rows(path):
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
            else:
                related.append((i, t, a[:1200]))
    return body, related


# ---------------------------------------------------------------- text
ZW = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")


def detok(s):
    s = unicodedata.normalize("NFC", s)
    s = ZW.sub("", s).replace("_", " ")
    s = re.sub(r"\s+", " ", s).strip()
    s = re.sub(r'(^|\s)"\s*([^"]{1,400}?)\s*"(?=\s|[,.;:!?…)]|$)', r'\1"\2"', s)
    s = re.sub(r"(^|\s)'\s+([^']{1,200}?)\s+'(?=\s|[,.;:!?…)]|$)", r"\1'\2'", s)
    s = re.sub(r"“\s+", "“", s)
    s = re.sub(r"\s+”", "”", s)
    s = re.sub(r"([(\[])\s+", r"\1", s)
    s = re.sub(r"\s+([)\]])", r"\1", s)
    s = re.sub(r"\s+([,.;:!?%…])", r"\1", s)
    s = re.sub(r"\s+/\s+", "/", s)
    s = re.sub(r"\s+", " ", s).strip()
    return s


ABBR = {"TP.", "TS.", "GS.", "PGS.", "ThS.", "BS.", "Q.", "P.", "Th.S.", "NXB.",
        "Tp.", "TT.", "Mr.", "Dr.", "St.", "PV.", "KS.", "CN.", "NCS.", "ĐH.", "TX.", "H."}
END = re.compile(r"[.!?…][\"”’)\]]*$")


def is_abbr(tok):
    core = tok.lstrip("\"“(")
    if core in ABBR:
        return True
    if re.fullmatch(r"[A-ZĐ]\.", core):
        return True
    if re.fullmatch(r"(?:[A-Za-zĐđ]\.){2,}", core):
        return True
    return False


def split_sentences(s):
    toks = s.split(" ")
    out, cur = [], []
    for k, t in enumerate(toks):
        cur.append(t)
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if nxt is None:
            break
        if END.search(t) and not is_abbr(t):
            c = nxt.lstrip("\"“(‘'")
            if c and (c[0].isupper() or c[0].isdigit()):
                out.append(" ".join(cur))
                cur = []
    if cur:
        out.append(" ".join(cur))
    return [x.strip() for x in out if x.strip()]


CAPMARKS = ["Ảnh:", "(Ảnh", "Ảnh minh", "minh hoạ", "minh họa", "Video:", "Clip:", "(trái)",
            "(phải)", "(giữa)", "Nguồn:", "Đồ hoạ", "Đồ họa", "Infographic", "Ảnh chụp",
            "Xem thêm", "Xem video", "http", "www.", "@", ">>", "Tin liên quan", "TIN LIÊN QUAN",
            "Ảnh 1", "Ảnh 2", "Ảnh: ", "(Nguồn", "Video clip", "Bấm vào", "Click", "Clip "]
REPORT = ["cho biết", "cho hay", "nói", "chia sẻ", "khẳng định", "nhấn mạnh", "thông tin",
          "tiết lộ", "giải thích", "bày tỏ", "kể", "phát biểu", "thông báo", "xác nhận",
          "nhận định", "trả lời", "khai", "thừa nhận", "cho rằng", "đề nghị", "yêu cầu",
          "tâm sự", "trao đổi", "nhận xét", "bộc bạch", "lý giải", "báo cáo", "khuyến cáo",
          "dẫn lời", "theo ông", "theo bà", "theo anh", "theo chị", "hỏi", "đánh giá", "nêu"]
CONNECT = ["Tuy nhiên", "Trước đó", "Theo đó", "Ngoài ra", "Bên cạnh đó", "Đồng thời", "Sau đó",
           "Trong khi đó", "Do đó", "Vì vậy", "Vì thế", "Hiện nay", "Hiện tại", "Hiện", "Như vậy",
           "Mặc dù", "Dù", "Khi", "Trong đó", "Theo", "Cũng", "Đặc biệt", "Ngay sau", "Sau khi",
           "Trước tình hình", "Tại", "Từ", "Nhưng", "Thế nhưng", "Bởi", "Do", "Nếu", "Còn",
           "Đến nay", "Tới", "Được biết", "Trước", "Sau", "Cùng", "Với", "Để", "Kết quả",
           "Hậu quả", "Cụ thể", "Riêng", "Thậm chí", "Không chỉ", "Ngày", "Chiều", "Sáng",
           "Tối", "Trưa", "Đêm", "Rạng sáng"]


def norm_key(s):
    s = unicodedata.normalize("NFC", s)
    s = ZW.sub("", s)
    s = re.sub(r"\s+", "", s)
    return s.casefold()


def balanced(s):
    if s.count('"') % 2:
        return False
    for a, b in ("()", "[]", "“”", "‘’", "{}"):
        if s.count(a) != s.count(b):
            return False
        depth = 0
        for ch in s:
            if a != b:
                if ch == a:
                    depth += 1
                elif ch == b:
                    depth -= 1
                    if depth < 0:
                        return False
    return True


def keep_sentence(s, title_key):
    words = s.split()
    n = len(words)
    if n < 8 or n > 110:
        return False
    if any(m in s for m in CAPMARKS):
        return False
    if re.match(r"^(Video|Clip|Ảnh|Nguồn|Đồ hoạ|Đồ họa|Theo)\b\s*[A-ZĐ]?", s) and s.startswith(("Video", "Clip", "Ảnh", "Nguồn", "Đồ")):
        return False
    if "|" in s or "•" in s or "»" in s or "«" in s:
        return False
    if not balanced(s):
        return False
    if not END.search(s):
        return False
    if any(":" in w for w in words[:6]):
        return False
    if re.search(r"\bTheo [A-ZĐ][\w.]*(?: [\w.&]+){0,4}[.!?]?[\"”]?$", s):
        return False
    first = re.sub(r"^[\"“‘(\[]+", "", s)
    if not first or (first[0].isalpha() and not first[0].isupper()):
        return False
    if norm_key(s) == title_key:
        return False
    has_comma = "," in s
    if n <= 22 or (n <= 30 and not has_comma):
        low = s.lower()
        ok = any(re.search(r"(?<!\w)" + re.escape(v) + r"(?!\w)", low) for v in REPORT)
        if not ok and re.search(r"[\"”],\s*\w", s):
            ok = True
        if not ok and any(s.startswith(c + " ") or s.startswith(c + ",") for c in CONNECT):
            ok = True
        if not ok:
            return False
    return True


def story_sentences(title, article):
    tkey = norm_key(detok(title))
    seen, out = set(), []
    for sent in split_sentences(detok(article)):
        if not keep_sentence(sent, tkey):
            continue
        k = norm_key(sent)
        if k in seen:
            continue
        seen.add(k)
        out.append(sent)
    return out


# ---------------------------------------------------------------- invented material
FAM = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương",
       "Lý", "Phan", "Trịnh", "Đinh", "Lương", "Tạ", "Mai", "Quách"]
MID = ["Thị", "Văn", "Minh", "Ngọc", "Thanh", "Hữu", "Thu", "Quốc", "Bảo", "Gia", "Hải", "Khánh",
       "Phương", "Diệu", "Đức", "Hoài"]
GIV = ["An", "Bình", "Châu", "Dung", "Giang", "Hà", "Hạnh", "Huy", "Khang", "Lam", "Linh", "Long",
       "My", "Nam", "Nhi", "Phúc", "Quân", "Sơn", "Tâm", "Thảo", "Trang", "Tuấn", "Uyên", "Vy",
       "Yến", "Đạt", "Hiếu", "Kiên", "Loan", "Nguyên"]


def person(r):
    return f"{r.choice(FAM)} {r.choice(MID)} {r.choice(GIV)}"


def short_name(r):
    return f"{r.choice(MID)} {r.choice(GIV)}"


def vn_upper(s):
    return s.upper()


WEEKDAY = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def draw_date(r):
    import datetime
    d0 = datetime.date(2016, 1, 1)
    d = d0 + datetime.timedelta(days=r.randrange(0, 365 * 4))
    return d, r.randrange(6, 23), r.randrange(0, 60)


def fmt_date(style, d, h, m):
    wd = WEEKDAY[d.weekday()]
    if style == 0:
        return f"{wd}, {d.day:02d}/{d.month:02d}/{d.year}, {h:02d}:{m:02d} (GMT+7)"
    if style == 1:
        return f"{d.day:02d}/{d.month:02d}/{d.year} {h:02d}:{m:02d}"
    if style == 2:
        return f"{h:02d}:{m:02d} | {d.day:02d}/{d.month:02d}/{d.year}"
    if style == 3:
        return f"Ngày {d.day} tháng {d.month} năm {d.year} | {h:02d}:{m:02d}"
    if style == 4:
        hh = h if h <= 12 else h - 12
        return f"{d.day:02d}-{d.month:02d}-{d.year} - {hh:02d}:{m:02d} {'AM' if h < 12 else 'PM'}"
    if style == 5:
        return f"{wd.lower().capitalize()}, {d.day}.{d.month}.{d.year} | {h:02d}:{m:02d} GMT+7"
    if style == 6:
        return f"Đăng lúc {h:02d}:{m:02d} ngày {d.day:02d}/{d.month:02d}/{d.year}"
    if style == 7:
        return f"{d.year}-{d.month:02d}-{d.day:02d} {h:02d}:{m:02d}"
    if style == 8:
        return f"{d.day}/{d.month}/{d.year}"
    return f"{wd}, ngày {d.day:02d}/{d.month:02d}/{d.year} - {h:02d}:{m:02d}"


SECTION_KW = [
    ("Giáo dục", ["học sinh", "sinh viên", "giáo viên", "trường", "thí sinh", "đại học", "kỳ thi", "điểm thi", "học phí"]),
    ("Pháp luật", ["công an", "khởi tố", "tạm giam", "bị cáo", "tòa", "toà", "bắt giữ", "điều tra", "đối tượng"]),
    ("Sức khoẻ", ["bệnh viện", "bác sĩ", "bệnh nhân", "điều trị", "ung thư", "sức khỏe", "sức khoẻ"]),
    ("Thể thao", ["bóng đá", "cầu thủ", "HLV", "đội tuyển", "trận đấu", "giải đấu", "bàn thắng"]),
    ("Thế giới", ["Mỹ", "Trung Quốc", "Tổng thống", "Nga", "Nhật Bản", "Hàn Quốc", "Triều Tiên"]),
    ("Kinh tế", ["doanh nghiệp", "tỷ đồng", "ngân hàng", "thị trường", "giá", "đầu tư"]),
]


def section_of(title, sents):
    blob = title + " " + " ".join(sents[:6])
    best, bs = "Xã hội", 0
    for name, kws in SECTION_KW:
        sc = sum(blob.count(k) for k in kws)
        if sc > bs:
            best, bs = name, sc
    return best if bs >= 2 else "Xã hội"


SCENES = {
    "Giáo dục": ["Thí sinh làm thủ tục tại điểm thi trong buổi sáng đầu tiên.",
                 "Học sinh trong giờ học tại một trường THPT ở ngoại thành.",
                 "Phụ huynh chờ con bên ngoài cổng trường.",
                 "Sinh viên tìm hiểu thông tin tại ngày hội tư vấn tuyển sinh.",
                 "Giáo viên hướng dẫn học sinh ôn tập trước kỳ thi."],
    "Pháp luật": ["Lực lượng chức năng làm việc tại hiện trường.",
                  "Cơ quan công an lấy lời khai các đối tượng liên quan.",
                  "Khu vực xảy ra vụ việc được phong toả để điều tra."],
    "Sức khoẻ": ["Bác sĩ thăm khám cho bệnh nhân tại khoa cấp cứu.",
                 "Người dân chờ khám bệnh tại sảnh bệnh viện.",
                 "Ê-kíp y tế trong một ca điều trị."],
    "Thể thao": ["Các cầu thủ trong buổi tập chiều qua.",
                 "Cổ động viên theo dõi trận đấu trên khán đài.",
                 "Khoảnh khắc ăn mừng sau bàn thắng."],
    "Thế giới": ["Quang cảnh buổi họp báo chiều qua.",
                 "Người dân theo dõi tin tức trên đường phố.",
                 "Cuộc gặp diễn ra trong bầu không khí cởi mở."],
    "Kinh tế": ["Khách hàng giao dịch tại một chi nhánh ngân hàng.",
                "Hoạt động mua bán tại một khu chợ đầu mối.",
                "Công nhân làm việc trong phân xưởng sản xuất."],
    "Xã hội": ["Người dân theo dõi sự việc từ xa.",
               "Khung cảnh khu vực xảy ra sự việc.",
               "Lực lượng chức năng có mặt tại hiện trường.",
               "Nhiều người dân tập trung tại khu vực này."],
}
ENT_TEMPL = ["Quang cảnh tại {e}.", "Một góc {e} nhìn từ trên cao.", "Một góc {e}.",
             "Hình ảnh ghi nhận tại {e} ngày xảy ra sự việc.", "Khung cảnh ở {e} sáng nay."]
STOP_ENT = {"Theo", "Tuy", "Trước", "Sau", "Trong", "Khi", "Ông", "Bà", "Anh", "Chị", "Ngoài",
            "Hiện", "Tại", "Các", "Những", "Người", "Đây", "Nhưng", "Với", "Từ", "Ngày", "Chiều", "Sáng"}


PLACE = r"(?:tỉnh|huyện|quận|thị xã|xã|phường|thành phố|thị trấn|trường|Trường)"
NAME = r"[A-ZĐ][a-zà-ỹđ]+(?: [A-ZĐ][a-zà-ỹđ]+){0,3}"


def entities(sents):
    ents = []
    for s in sents:
        for m in re.finditer(r"(?<!các )(?<!những )(?<!\w)(" + PLACE + r" (?:THPT |THCS |Đại học |ĐH )?" + NAME + r")", s):
            e = m.group(1)
            if e not in ents:
                ents.append(e)
    return ents


def make_caption(r, sec, ents, title):
    c = r.random()
    if ents and c < 0.45:
        c = r.choice(ENT_TEMPL).format(e=r.choice(ents))
        return c[0].upper() + c[1:]
    if c < 0.6:
        w = detok(title).split()
        if len(w) > 6:
            k = r.randrange(4, min(len(w) - 1, 9))
            return " ".join(w[:k]) + "… (ảnh minh hoạ)"
    return r.choice(SCENES[sec])


def teaser(article, r, maxw=None):
    sents = split_sentences(detok(article[:1200]))
    sents = [s for s in sents if len(s.split()) >= 10 and not any(m in s for m in ("Ảnh:", "Video", "Clip", "|"))]
    if not sents:
        return None
    t = sents[0]
    w = t.split()
    maxw = maxw or r.randrange(18, 32)
    if len(w) > maxw:
        t = " ".join(w[:maxw]).rstrip(",;:") + "…"
    return t


# ---------------------------------------------------------------- layouts
LAYOUTS = [
    dict(name="giaoducthoidaimoi", site="Giáo Dục Thời Đại Mới", menu="Trang chủ | Giáo dục | Tuyển sinh | Du học | Nhà giáo | Học đường",
         crumbs=True, date_style=0, date_pos="below_title", byline="caps_bottom", para=(2, 3),
         cap="inline_credit", imgs=(1, 2), inrel="xemthem", rel="bullets", rel_head="TIN LIÊN QUAN",
         tail=["tags", "share", "footer"]),
    dict(name="tuyensinh24h", site="TUYỂN SINH 24H", menu="Điểm chuẩn · Đề thi · Tư vấn · Học bổng · Thi THPT quốc gia",
         crumbs=False, date_style=1, date_pos="above_title", byline="top_name", para=(1, 2),
         cap="separate_credit", imgs=(1, 3), inrel="box", rel="numbered", rel_head="Đọc nhiều nhất",
         tail=["hotline", "newsletter", "footer"]),
    dict(name="baosinhvienviet", site="Báo Sinh Viên Việt", menu="Campus | Nhịp sống trẻ | Hướng nghiệp | Sinh viên 4.0",
         crumbs=True, date_style=2, date_pos="below_title", byline="bai_anh", para=(2, 4),
         cap="caption_only", imgs=(2, 3), inrel=None, rel="dated", rel_head="Bài viết cùng chuyên mục",
         tail=["reactions", "comments", "footer"]),
    dict(name="hocduongonline", site=None, menu="HỌC ĐƯỜNG ONLINE - Tin tức giáo dục 24/7",
         crumbs=True, date_style=3, date_pos="after_byline", byline="two_names", para=(1, 3),
         cap="mark_caption", imgs=(1, 2), inrel="xemthem", rel="joined", rel_head="Tin cùng chuyên mục",
         tail=["share", "tags"]),
    dict(name="duhoctoancau", site="Du Học Toàn Cầu", menu="Du học Mỹ | Du học Úc | Du học Nhật | Học bổng | Visa | Sự kiện",
         crumbs=False, date_style=4, date_pos="below_title", byline="authorbox", para=(2, 3),
         cap="inline_credit", imgs=(1, 2), inrel=None, rel="headline_teaser", rel_head="Có thể bạn quan tâm",
         tail=["consult", "newsletter", "footer"]),
    dict(name="kenhtuyensinhquocgia", site="Kênh Tuyển Sinh Quốc Gia", menu="Trang chủ > Tin tức > Tuyển sinh",
         crumbs=False, date_style=5, date_pos="above_title", byline="theo_bottom", para=(1, 2),
         cap="separate_credit", imgs=(1, 1), inrel="box", rel="bullets", rel_head="Tin khác",
         tail=["views", "share", "footer"]),
    dict(name="nguoithay", site="NGƯỜI THẦY", menu="Nhà giáo | Chính sách | Đổi mới | Góc phụ huynh | Bạn đọc",
         crumbs=True, date_style=9, date_pos="below_title", byline="caps_bottom", para=(3, 4),
         cap="inline_credit", imgs=(0, 1), inrel=None, rel="numbered", rel_head="XEM NHIỀU",
         tail=["poll", "comments", "footer"]),
    dict(name="nhipsongsinhvien", site="Nhịp Sống Sinh Viên", menu="Tin trường | Câu lạc bộ | Gương mặt | Việc làm thêm | Ký túc xá",
         crumbs=False, date_style=6, date_pos="after_byline", byline="top_name", para=(1, 2),
         cap="caption_credit_line", imgs=(2, 4), inrel="xemthem", rel="dated", rel_head="Tin mới",
         tail=["reactions", "share"]),
    dict(name="tinnhanhphuongnam_giaoduc", site="Tin Nhanh Phương Nam", menu="Thời sự | Thế giới | Kinh doanh | Giáo dục | Sức khoẻ | Thể thao | Giải trí",
         crumbs=True, date_style=0, date_pos="above_title", byline="agency", para=(2, 3),
         cap="inline_credit", imgs=(1, 2), inrel="box", rel="headline_then_teaser", rel_head="Tin liên quan",
         tail=["tags", "ads", "footer"]),
    dict(name="thoinay_giaoduc", site="Báo Điện Tử Thời Nay", menu="Thời Nay > Giáo dục",
         crumbs=False, date_style=7, date_pos="below_title", byline="caps_bottom", para=(1, 3),
         cap="caption_only", imgs=(1, 2), inrel=None, rel="bullets", rel_head="CÙNG CHUYÊN MỤC",
         tail=["share", "comments", "footer"]),
    dict(name="bantindaihochonglam", site="Bản Tin Đại Học Hồng Lam", menu="Giới thiệu | Đào tạo | Tuyển sinh | Nghiên cứu | Sinh viên | Liên hệ",
         crumbs=True, date_style=8, date_pos="above_title", byline="unit", para=(2, 4),
         cap="separate_credit", imgs=(1, 2), inrel=None, rel="dated", rel_head="Tin tức - Sự kiện khác",
         tail=["views", "footer"]),
    dict(name="situonline", site="Sĩ Tử Online", menu="Luyện thi | Đề thi thử | Điểm chuẩn | Hỏi đáp | Cẩm nang",
         crumbs=False, date_style=2, date_pos="after_byline", byline="top_name", para=(1, 2),
         cap="mark_caption", imgs=(1, 2), inrel="xemthem", rel="joined", rel_head="Tài liệu ôn thi hay",
         tail=["newsletter", "ads", "share"]),
    dict(name="giaoducmientrung", site="Cổng Thông Tin Giáo Dục Miền Trung", menu="Trang chủ | Tin giáo dục | Văn bản | Thi cử | Thư viện",
         crumbs=True, date_style=3, date_pos="below_title", byline="theo_bottom", para=(2, 3),
         cap="inline_credit", imgs=(1, 1), inrel="box", rel="numbered", rel_head="Các tin khác",
         tail=["views", "hotline", "footer"]),
    dict(name="tapchiduhocvieclam", site="Tạp Chí Du Học & Việc Làm", menu="Du học | Việc làm | Kỹ năng | Học bổng | Trải nghiệm",
         crumbs=False, date_style=9, date_pos="below_title", byline="authorbox", para=(2, 4),
         cap="caption_credit_line", imgs=(1, 2), inrel=None, rel="headline_teaser", rel_head="Đọc thêm",
         tail=["share", "consult", "footer"]),
    dict(name="trangtinphuhuynh", site="Trang Tin Phụ Huynh", menu="Con học gì | Sức khoẻ học đường | Tâm lý | Bán trú | Hỏi chuyên gia",
         crumbs=True, date_style=1, date_pos="after_byline", byline="two_names", para=(1, 2),
         cap="caption_only", imgs=(1, 3), inrel="xemthem", rel="bullets", rel_head="Bài đọc nhiều",
         tail=["poll", "reactions", "footer"]),
    dict(name="hocbongmoingay", site="HỌC BỔNG MỖI NGÀY", menu="Học bổng | Hạn nộp sắp tới | Kinh nghiệm | Phỏng vấn | Cộng đồng",
         crumbs=False, date_style=4, date_pos="above_title", byline="top_name", para=(2, 3),
         cap="separate_credit", imgs=(0, 1), inrel="box", rel="dated", rel_head="Học bổng khác",
         tail=["newsletter", "share", "footer"]),
    dict(name="thanhxuangiangduong", site="Thanh Xuân Giảng Đường", menu="Số mới | Giảng đường | Tình nguyện | Văn nghệ | Thể thao sinh viên",
         crumbs=False, date_style=5, date_pos="below_title", byline="bai_anh", para=(3, 4),
         cap="inline_credit", imgs=(1, 3), inrel=None, rel="headline_then_teaser", rel_head="Đừng bỏ lỡ",
         tail=["reactions", "comments"]),
    dict(name="tingiaoduchathanh", site="Tin Giáo Dục Hà Thành", menu="Thời sự giáo dục | Tuyển sinh lớp 10 | Mầm non | Phổ thông | Đại học",
         crumbs=True, date_style=6, date_pos="above_title", byline="caps_bottom", para=(1, 2),
         cap="caption_credit_line", imgs=(1, 2), inrel="xemthem", rel="numbered", rel_head="TIN NỔI BẬT",
         tail=["tags", "hotline", "footer"]),
    dict(name="edunhatbao", site="EduNhậtBáo", menu="Tin nóng | Tuyển sinh | Du học | Ngoại ngữ | Video | Podcast",
         crumbs=False, date_style=7, date_pos="after_byline", byline="agency", para=(2, 3),
         cap="video", imgs=(1, 2), inrel="box", rel="joined", rel_head="Xem tiếp",
         tail=["share", "ads", "footer"]),
    dict(name="maitruongxanh", site="Mái Trường Xanh", menu="Trang nhất | Tin trường | Gương sáng | Chuyện nghề giáo | Bạn đọc viết",
         crumbs=True, date_style=8, date_pos="below_title", byline="theo_bottom", para=(2, 4),
         cap="caption_only", imgs=(1, 2), inrel=None, rel="bullets", rel_head="Tin bài khác",
         tail=["views", "comments", "footer"]),
]

OUTLET_OF = {L["name"]: (L["site"] or "Học Đường Online") for L in LAYOUTS}
SUBCATS = {"Giáo dục": ["Tuyển sinh", "Học đường", "Nhà trường", "Thi cử"],
           "Pháp luật": ["An ninh trật tự", "Pháp đình"], "Sức khoẻ": ["Sức khoẻ học đường", "Y tế"],
           "Thể thao": ["Thể thao học đường"], "Thế giới": ["Giáo dục quốc tế", "Chuyện lạ"],
           "Kinh tế": ["Tài chính", "Thị trường"], "Xã hội": ["Đời sống", "Dân sinh", "Chuyện đó đây"]}
BIOS = ["Phóng viên ban Giáo dục, theo dõi mảng tuyển sinh đại học.",
        "Biên tập viên chuyên mục Du học, từng học tập tại Úc và Canada.",
        "Cộng tác viên, giáo viên Ngữ văn tại Đà Nẵng.",
        "Phóng viên thường trú khu vực phía Nam."]
CREDIT_SRC = ["Ảnh: {n}", "Ảnh: {n}/Giáo Dục Thời Đại Mới", "Ảnh: Tư liệu", "Ảnh: NVCC", "Ảnh: {n} (CTV)",
              "Ảnh minh hoạ: Internet", "Ảnh: Facebook nhân vật"]


def phone(r):
    return f"0{r.choice([9, 8, 3])}{r.randrange(10, 99)} {r.randrange(100, 999)} {r.randrange(100, 999)}"


def tail_widgets(kind, r, L, ctx):
    site = L["site"] or "Học Đường Online"
    slug = L["name"].split("_")[0]
    yr = ctx["date"].year
    out = []
    if kind == "tags":
        tags = r.sample(["tuyển sinh", "giáo dục", "học sinh", "sinh viên", ctx["sec"].lower(), "thi THPT quốc gia",
                         "phụ huynh", "du học", "nhà trường"], 4)
        out.append(r.choice(["Từ khoá: ", "Tags: ", "Chủ đề: "]) + ", ".join(tags))
    elif kind == "share":
        out.append(r.choice(["Chia sẻ: Facebook Zalo Twitter", "Chia sẻ bài viết", "Facebook | Zalo | Sao chép liên kết",
                             f"Thích {r.randrange(3, 900)} | Chia sẻ"]))
    elif kind == "footer":
        out.append(f"© {yr} {site}. Giữ bản quyền nội dung.")
        out.append(r.choice([f"Giấy phép số {r.randrange(100, 600)}/GP-BTTTT do Bộ TT&TT cấp ngày {r.randrange(1, 28)}/{r.randrange(1, 12)}/{yr - r.randrange(1, 6)}.",
                             f"Toà soạn: Số {r.randrange(2, 180)} phố Hàng Giấy Mới, Hà Nội - Email: toasoan@{slug}.vn",
                             f"Liên hệ quảng cáo: {phone(r)} - quangcao@{slug}.vn"]))
    elif kind == "hotline":
        out.append(f"Đường dây nóng: {phone(r)}")
    elif kind == "newsletter":
        out.append(r.choice(["Đăng ký nhận bản tin tuyển sinh qua email", "Nhập email để nhận tin mới nhất mỗi sáng",
                             "ĐĂNG KÝ NHẬN TIN"]))
    elif kind == "ads":
        out.append(r.choice(["Quảng cáo", "QC: Khoá luyện thi IELTS cấp tốc - giảm 30% học phí tháng này",
                             "Tài trợ: Trung tâm Anh ngữ Sao Khuê - Học thử miễn phí"]))
    elif kind == "reactions":
        out.append(f"Thích {r.randrange(0, 500)} · Vui {r.randrange(0, 60)} · Buồn {r.randrange(0, 40)} · Phẫn nộ {r.randrange(0, 30)}")
    elif kind == "views":
        out.append(r.choice([f"Lượt xem: {r.randrange(120, 20000)}", f"{r.randrange(120, 20000)} lượt đọc",
                             "In bài viết | Gửi email | Lên đầu trang"]))
    elif kind == "poll":
        out.append(r.choice(["Bạn có ủng hộ việc bỏ kỳ thi giữa kỳ ở bậc tiểu học?",
                             "Theo bạn, học sinh có nên học thêm vào buổi tối?"]))
        out.append("Có")
        out.append("Không")
        out.append("Ý kiến khác")
        out.append(f"Biểu quyết | Xem kết quả ({r.randrange(50, 3000)} lượt)")
    elif kind == "comments":
        n = r.randrange(1, 3)
        out.append(f"Bình luận ({n + r.randrange(0, 20)})")
        cm = ["Bài viết rất hay, cảm ơn tác giả", "Mong các cơ quan chức năng sớm vào cuộc",
              "Đọc mà thấy thương quá", "Chuyện này ở quê tôi cũng từng xảy ra rồi",
              "Mong có thêm nhiều bài viết như thế này"]
        for _ in range(n):
            out.append(f"{short_name(r)} - {r.randrange(1, 23)} giờ trước")
            out.append(r.choice(cm))
            out.append(f"Trả lời · Thích ({r.randrange(0, 40)})")
        out.append("Gửi bình luận của bạn")
    elif kind == "consult":
        out.append(f"Tư vấn du học miễn phí: {phone(r)} (Zalo)")
        out.append(r.choice(["Đăng ký hội thảo học bổng tháng này", "Đặt lịch tư vấn 1:1 với chuyên gia"]))
    return out


def build_page(k, row, title, article, related):
    L = LAYOUTS[k % 20]
    sents = story_sentences(title, article)
    if len(sents) < 3:
        return None
    title = detok(title)
    r = rng(row, "page")
    rf = rng(row, "fault")
    rr = rng(row, "related")
    rc = rng(row, "caption")
    sec = section_of(title, sents)
    d, hh, mm = draw_date(rng(row, "date"))
    ctx = dict(sec=sec, date=d)
    date_line = fmt_date(L["date_style"], d, hh, mm)
    body_keys = {norm_key(s) for s in sents}
    title_key = norm_key(title)
    taken = set(body_keys) | {title_key}

    def ok(line):
        return norm_key(line) not in taken

    # paragraphs
    lo, hi = L["para"]
    paras, i = [], 0
    while i < len(sents):
        n = r.randint(lo, hi)
        if i == 0 and r.random() < 0.6:
            n = 1
        paras.append(sents[i:i + n])
        i += n

    # related items
    pool = [x for x in related if norm_key(detok(x[1])) not in taken]
    rr.shuffle(pool)
    rel_items = []
    for (_, t, a) in pool[:8]:
        t2 = detok(t)
        te = teaser(a, rr)
        if te and not ok(te):
            te = None
        if not ok(t2):
            continue
        rel_items.append((t2, te, draw_date(rng(row, "rdate" + t2[:10]))[0]))

    lines = []  # ("F", kind, text) | ("B", [items]) | ("U", text)

    def F(kind, text):
        text = re.sub(r"\s+", " ", text).strip()
        if text and ok(text):
            lines.append(("F", kind, text))

    # byline values
    reporter = person(r)
    rep2 = person(r)
    bl = L["byline"]
    photographer = short_name(r)

    # ---- header
    if L["site"]:
        lines.append(("U", L["site"]))
    if r.random() < 0.5:
        F("widget", r.choice(["Đăng nhập | Đăng ký", "Tìm kiếm", "Hotline: " + phone(r), "English | Tiếng Việt"]))
    F("widget", L["menu"])
    if L["crumbs"]:
        sub = r.choice(SUBCATS[sec])
        F("widget", r.choice([f"Trang chủ > {sec} > {sub}", f"{sec} / {sub}", f"{sec} » {sub}"]))
    if L["date_pos"] == "above_title":
        lines.append(("U", date_line))
    lines.append(("U", title))
    if bl == "top_name":
        F("byline", reporter)
    elif bl == "two_names":
        F("byline", f"{short_name(r)} - {short_name(r)}")
    elif bl == "authorbox" and r.random() < 0.5:
        F("byline", reporter)
    if L["date_pos"] == "below_title":
        lines.append(("U", date_line))
    if L["date_pos"] == "after_byline":
        lines.append(("U", date_line))
    if r.random() < 0.4:
        F("widget", r.choice(["Nghe bài viết", "Cỡ chữ: A- A A+", "Lưu bài", "In bài", "0:00 / 3:12 Nghe đọc bài"]))
    if bl == "agency":
        F("byline", r.choice(["(TTGD)", "(Thông tấn Phương Nam)", "(PNO)"]))

    # ---- images positions
    nimg = r.randint(*L["imgs"])
    img_slots = set()
    if len(paras) > 1 and nimg:
        img_slots = set(r.sample(range(1, len(paras)), min(nimg, len(paras) - 1)))
    if nimg and r.random() < 0.35:
        img_slots.add(0)
    inrel_slot = None
    if L["inrel"] and rel_items and len(paras) >= 3:
        inrel_slot = r.randrange(2, len(paras))
    inrel_items = []
    if inrel_slot is not None:
        m = 1 if L["inrel"] == "xemthem" else rr.randint(2, 3)
        inrel_items, rel_items = rel_items[:m], rel_items[m:]
    pull_slot = r.randrange(1, len(paras)) if (len(paras) > 2 and r.random() < 0.25) else None
    ents = entities(sents)

    def image_block():
        cap = make_caption(rc, sec, ents, title)
        cs = rc.choice(CREDIT_SRC).format(n=photographer)
        st = L["cap"]
        if st == "inline_credit":
            F("caption", cap + " " + (f"({cs})" if rc.random() < 0.5 else cs + "."))
        elif st == "separate_credit":
            F("caption", cap)
            F("credit", cs)
        elif st == "caption_only":
            F("caption", cap)
        elif st == "mark_caption":
            F("widget", rc.choice(["[Ảnh]", "Phóng to", "Ảnh 1/3", "Xem ảnh lớn"]))
            F("caption", cap)
        elif st == "caption_credit_line":
            F("widget", rc.choice(["Phóng to", "Nhấn để xem ảnh"]))
            F("caption", cap)
            F("credit", cs)
        elif st == "video":
            if rc.random() < 0.5:
                F("widget", f"00:00 / 0{rc.randrange(1, 6)}:{rc.randrange(10, 59)}")
                F("caption", "Video: " + rc.choice(["Ghi nhận tại hiện trường", "Toàn cảnh sự việc",
                                                    "Diễn biến vụ việc qua lời kể nhân chứng",
                                                    "Phóng viên ghi nhận tại chỗ"]))
                F("credit", rc.choice(["Video: " + photographer, "Nguồn: " + photographer + " thực hiện"]))
            else:
                F("caption", cap)
                F("credit", "Ảnh: " + photographer)

    for pi, para in enumerate(paras):
        if pi in img_slots:
            image_block()
        if pi == pull_slot:
            w = sents[r.randrange(len(sents))].split()
            q = " ".join(w[:min(len(w) - 2, r.randrange(8, 14))]).rstrip(",.;:")
            F("widget", f"“{q}…”")
        if pi == inrel_slot:
            if L["inrel"] == "xemthem":
                t = inrel_items[0][0]
                F("related", r.choice(["Xem thêm: ", ">> ", "Đọc thêm: "]) + t)
            else:
                F("widget", r.choice(["TIN LIÊN QUAN", "ĐỌC THÊM", "Tin liên quan"]))
                for it in inrel_items:
                    F("related", it[0])
        lines.append(("B", list(para)))
    # ---- after story
    if bl == "caps_bottom":
        F("byline", vn_upper(reporter))
    elif bl == "bai_anh":
        F("byline", r.choice([f"Bài và ảnh: {reporter}", f"Bài: {reporter} - Ảnh: {photographer}",
                             f"Bài: {reporter}"]))
    elif bl == "theo_bottom":
        F("byline", r.choice([f"{short_name(r)}", f"{short_name(r)} (tổng hợp)"]))
        if r.random() < 0.6:
            other = r.choice([x["site"] for x in LAYOUTS if x["site"] and x["site"] != L["site"]])
            F("byline", f"Theo {other}")
    elif bl == "unit":
        F("byline", r.choice(["Phòng Truyền thông", "Ban Biên tập", "Phòng Công tác sinh viên"]))
        F("byline", f"{reporter} (tổng hợp)")
    elif bl == "agency":
        F("byline", vn_upper(short_name(r)))
    elif bl == "authorbox":
        F("widget", "Tác giả")
        F("byline", reporter)
        F("byline", r.choice(BIOS))
    elif bl == "two_names" and r.random() < 0.4:
        F("credit", f"Ảnh: {photographer}")
    if r.random() < 0.3:
        F("widget", r.choice([f"Cập nhật lúc {hh:02d}:{(mm + 17) % 60:02d}", "Lên đầu trang",
                             f"Tin bài, ảnh cộng tác xin gửi về email: bandoc@{L['name'].split('_')[0]}.vn"]))

    tails = list(L["tail"])
    rel_done = False
    for tw in tails:
        if tw == "footer" and not rel_done:
            emit_related(L, rel_items, r, F)
            rel_done = True
        for ln in tail_widgets(tw, r, L, ctx):
            F("widget", ln)
        if tw in ("tags", "share") and not rel_done and r.random() < 0.5:
            emit_related(L, rel_items, r, F)
            rel_done = True
    if not rel_done:
        emit_related(L, rel_items, r, F)
    if L["site"] and "footer" in tails and r.random() < 0.5:
        lines.append(("F", "widget", L["site"]))  # repeat of site name in footer

    # ---- faults
    faults = []
    if rf.random() < 0.27:
        kinds = ["nbsp", "zwsp", "dblspace", "glue", "nfd"]
        faults = rf.sample(kinds, rf.choice([1, 1, 2]))
    lines = apply_faults(lines, faults, rf)

    text_lines, body, furn = [], [], []
    for ln in lines:
        if ln[0] == "B":
            text_lines.append(" ".join(ln[1]))
            body.extend(ln[1])
        elif ln[0] == "F":
            text_lines.append(ln[2])
            furn.append((ln[1], ln[2]))
        else:
            text_lines.append(ln[1])
    page = Page("\n".join(text_lines), body, furn, L["name"])
    return page, faults


def emit_related(L, items, r, F):
    if not items:
        return
    n = min(len(items), r.randint(3, 5))
    items = items[:n]
    F("widget", L["rel_head"])
    st = L["rel"]
    if st == "bullets":
        for t, te, d in items:
            F("related", "• " + t)
    elif st == "numbered":
        for j, (t, te, d) in enumerate(items, 1):
            F("related", f"{j}. {t}")
    elif st == "dated":
        for t, te, d in items:
            F("related", f"{t} ({d.day:02d}/{d.month:02d}/{d.year})")
    elif st == "joined":
        F("related", " - ".join(t for t, te, d in items[:3]))
        for t, te, d in items[3:]:
            F("related", t)
    elif st == "headline_teaser":
        for t, te, d in items:
            F("related", f"{t} - {te}" if te else t)
    elif st == "headline_then_teaser":
        for t, te, d in items:
            F("related", t)
            if te:
                F("related", te)


def _mutate(s, fault, rf):
    sp = [m.start() for m in re.finditer(" ", s)]
    if fault == "nbsp" and sp:
        for p in sorted(rf.sample(sp, min(len(sp), rf.randint(1, 3))), reverse=True):
            s = s[:p] + "\u00a0" + s[p + 1:]
    elif fault == "dblspace" and sp:
        p = rf.choice(sp)
        s = s[:p] + "  " + s[p + 1:]
    elif fault == "zwsp":
        ws = [m for m in re.finditer(r"[^\W\d_]{4,}", s)]
        if ws:
            m = rf.choice(ws)
            p = m.start() + rf.randrange(1, len(m.group()) - 1)
            s = s[:p] + "\u200b" + s[p:]
    return s


def apply_faults(lines, faults, rf):
    out = []
    for ln in lines:
        if ln[0] == "B":
            items = list(ln[1])
            if "glue" in faults and len(items) >= 2 and rf.random() < 0.5:
                j = rf.randrange(len(items) - 1)
                if items[j].endswith(".") and not items[j].endswith("..."):
                    items[j:j + 2] = [items[j] + items[j + 1]]
            for f in ("nbsp", "zwsp", "dblspace"):
                if f in faults:
                    items = [_mutate(x, f, rf) if rf.random() < 0.35 else x for x in items]
            out.append(("B", items))
        elif ln[0] == "F":
            t = ln[2]
            for f in ("nbsp", "zwsp", "dblspace"):
                if f in faults and rf.random() < 0.2:
                    t = _mutate(t, f, rf)
            out.append(("F", ln[1], t))
        else:
            out.append(ln)
    if "nfd" in faults:
        N = lambda s: unicodedata.normalize("NFD", s)
        out = [("B", [N(x) for x in ln[1]]) if ln[0] == "B" else
               (("F", ln[1], N(ln[2])) if ln[0] == "F" else ("U", N(ln[1]))) for ln in out]
    return out


# ---------------------------------------------------------------- contract check
def check(page):
    text, body, furn = page.text, page.body, page.furniture
    if not text or any(not l or l != l.strip() for l in text.split("\n")):
        raise ValueError(f"{page.layout}: blank or unstripped line")
    for kind, line in furn:
        if kind not in KINDS:
            raise ValueError(f"bad kind {kind}")
    for b in body:
        if b not in text or "\n" in b:
            raise ValueError("body item not a substring")
    bi = fi = 0
    unl = []
    for line in text.split("\n"):
        if fi < len(furn) and line == furn[fi][1]:
            fi += 1
            continue
        matched = False
        for n in range(1, 5):
            if bi + n <= len(body) and " ".join(body[bi:bi + n]) == line:
                bi += n
                matched = True
                break
        if matched:
            continue
        unl.append(line)
        if len(unl) > 3:
            raise ValueError(f"{page.layout}: more than 3 unlabelled lines: {unl}")
    if bi != len(body) or fi != len(furn):
        raise ValueError(f"{page.layout}: walk did not use up body/furniture")
    ukeys = [norm_key(u) for u in unl]
    if len(set(ukeys)) != len(ukeys):
        raise ValueError("repeated unlabelled line")
    bkeys = {norm_key(b) for b in body}
    for s in body:
        for part in re.split(r"(?<=\.)(?=[A-ZĐ\"“])", s):
            bkeys.add(norm_key(part))
    for kind, line in furn:
        if norm_key(line) in bkeys:
            raise ValueError(f"furniture equals body sentence: {line}")
    for u in unl:
        if norm_key(u) in bkeys:
            raise ValueError("unlabelled equals body sentence")
    tkeys = set(ukeys)
    for kind, line in furn:
        if kind == "related" and norm_key(line) in tkeys:
            raise ValueError("related equals title")
    if len(body) < 3 - 1:
        raise ValueError("too few body items")


def pages(path):
    body_rows, related = read_rows(Path(path))
    out = []
    for k, (row, t, a) in enumerate(body_rows):
        res = build_page(k, row, t, a, related)
        if res is None:
            continue
        p, _ = res
        check(p)
        out.append(p)
    return out


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data/vietnews_train.jsonl.gz"
    body_rows, related = read_rows(Path(path))
    stats = {}
    order = [L["name"] for L in LAYOUTS]
    tot = dict(pages=0, body=0, faults=0, **{k: 0 for k in KINDS})
    for k, (row, t, a) in enumerate(body_rows):
        res = build_page(k, row, t, a, related)
        if res is None:
            continue
        p, faults = res
        check(p)
        s = stats.setdefault(p.layout, dict(pages=0, body=0, faults=0, **{k2: 0 for k2 in KINDS}))
        for d in (s, tot):
            d["pages"] += 1
            d["body"] += len(p.body)
            d["faults"] += 1 if faults else 0
            for kind, _ in p.furniture:
                d[kind] += 1
    hdr = f"{'layout':28s} {'pages':>5s} {'body':>5s} " + " ".join(f"{k:>8s}" for k in KINDS) + f" {'faults':>6s}"
    print(hdr)
    for name in order:
        s = stats.get(name)
        if not s:
            continue
        print(f"{name:28s} {s['pages']:5d} {s['body']:5d} " + " ".join(f"{s[k]:8d}" for k in KINDS) + f" {s['faults']:6d}")
    print(f"{'TOTAL':28s} {tot['pages']:5d} {tot['body']:5d} " + " ".join(f"{tot[k]:8d}" for k in KINDS) + f" {tot['faults']:6d}")


if __name__ == "__main__":
    main()
