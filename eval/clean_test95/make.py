#!/usr/bin/env python3
"""test95: held-out page maker (science & technology outlets). Standard library only.

Usage: python3 make.py /work/shared/data/vietnews_train.jsonl.gz
"""
import gzip
import json
import random
import re
import sys
import unicodedata
from datetime import date, timedelta
from pathlib import Path
from typing import List, NamedTuple, Tuple

SETNAME = "test95"
SEED = 9551
BODY_ROWS = range(13300, 13400)
RELATED_ROWS = range(17700, 17800)
KINDS = ("byline", "credit", "caption", "related", "widget")


class Page(NamedTuple):
    text: str
    body: List[str]
    furniture: List[Tuple[str, str]]
    layout: str


def R(row, purpose):
    return random.Random(f"{SETNAME}|{SEED}|{row}|{purpose}")


# ----------------------------------------------------------------- text
ZW = "\u200b\u200c\u200d\u2060\ufeff"


def norm(s):
    s = unicodedata.normalize("NFC", s)
    for z in ZW:
        s = s.replace(z, "")
    return "".join(s.split()).casefold()


def detok(s):
    s = s.replace("_", " ")
    s = re.sub(r"\s+", " ", s).strip()
    if s.count('"') % 2 == 0 and '"' in s:
        parts = s.split('"')
        for i in range(1, len(parts), 2):
            parts[i] = parts[i].strip()
        s = '"'.join(parts)
    s = re.sub(r"(^|[\s(])' ([^']{1,80}?) '(?=$|[\s,.;:!?)])", r"\1'\2'", s)
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


ABBR = {"tp", "ts", "gs", "pgs", "ths", "bs", "q", "p", "th", "ks", "ls", "nxb", "ng", "st", "mr", "mrs", "dr", "vs", "tt"}
CLOSERS = "\"”’)]»"


def split_sentences(text):
    out = []
    start = 0
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c in ".!?…":
            j = i + 1
            while j < n and text[j] in ".!?…":
                j += 1
            while j < n and text[j] in CLOSERS:
                j += 1
            if j < n and text[j] == " ":
                k = j + 1
                nxt = text[k] if k < n else ""
                if nxt and (nxt.isupper() or nxt.isdigit() or nxt in "\"“‘("):
                    ok = True
                    if c == ".":
                        m = re.search(r"(\S+)\.$", text[start:i + 1])
                        tok = m.group(1) if m else ""
                        tok2 = tok.lstrip("(\"“")
                        if tok2.lower() in ABBR:
                            ok = False
                        elif len(tok2) == 1 and tok2.isalpha():
                            ok = False
                        elif re.fullmatch(r"(?:[A-Za-zĐđ]\.)+[A-Za-zĐđ]", tok2):
                            ok = False
                    if ok:
                        out.append(text[start:j].strip())
                        start = k
                        i = k
                        continue
            i = j
            continue
        i += 1
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return [s for s in out if s]


CAPTION_MARKS = ["ảnh:", "ảnh :", "(ảnh", "video:", "clip:", "minh hoạ", "minh họa", "(trái)", "(phải)",
                 "nguồn:", "đồ hoạ", "đồ họa", "infographic", "ảnh minh", "(clip", "(video", "photo:",
                 "(từ trái", "từ trái sang", "trong ảnh", "ảnh chụp màn hình"]
REPORT = re.compile(r"\b(cho biết|cho hay|nói|chia sẻ|khẳng định|nhấn mạnh|tiết lộ|tuyên bố|xác nhận|"
                    r"thông tin|giải thích|kể lại|thông báo|trả lời|phát biểu|bày tỏ|cho rằng|nhận định|"
                    r"đánh giá|khuyến cáo|cảnh báo|công bố|dự báo|thừa nhận|lý giải|nhận xét|đề xuất|"
                    r"kiến nghị|yêu cầu|khai nhận|trao đổi|lưu ý|khai|tâm sự|kể|hỏi|đáp|báo cáo)\b", re.I)
CONNECT = ("Tuy nhiên", "Trước đó", "Sau đó", "Theo đó", "Đồng thời", "Ngoài ra", "Bên cạnh đó", "Hiện nay",
           "Hiện tại", "Hiện,", "Cũng theo", "Trong khi đó", "Do đó", "Vì vậy", "Vì thế", "Thế nhưng",
           "Mặc dù", "Như vậy", "Ngay sau đó", "Trước khi", "Sau khi", "Nhưng", "Thậm chí", "Đặc biệt",
           "Cụ thể", "Tiếp đó", "Khi ", "Trong lúc", "Ngoài việc", "Bởi vậy", "Do vậy", "Dù vậy", "Song,",
           "Còn ", "Riêng ", "Mặt khác", "Trước tình hình", "Đến nay", "Được biết", "Như tin đã đưa",
           "Kết quả", "Tương tự", "Cùng với", "Thay vào đó", "Không chỉ", "Bên cạnh", "Theo ", "Tại ",
           "Trong khi", "Nếu ", "Để ", "Do ", "Vì ")
TERM = re.compile(r"[.!?…][\"”’)\]]*$")


def balanced(s):
    if s.count('"') % 2:
        return False
    for a, b in (("“", "”"), ("(", ")"), ("[", "]"), ("‘", "’")):
        if s.count(a) != s.count(b):
            return False
    return True


def keep_sentence(s, title_n, seen):
    low = s.lower()
    if any(m in low for m in CAPTION_MARKS):
        return False
    if not balanced(s) or not TERM.search(s):
        return False
    w = s.split()
    if len(w) < 8 or len(w) > 110:
        return False
    if ":" in " ".join(w[:6]):
        return False
    if re.search(r"(^|[.!?…”\"]\s*)Theo\s+\S+(\s+\S+){0,4}\s*[.!?]?$", s) and len(w) <= 40:
        if re.search(r"Theo\s+[A-ZĐ][^\s]*(\s+\S+){0,4}\s*\.?$", s):
            return False
    first = s.lstrip("\"“‘(")
    if not first or not (first[0].isupper() or first[0].isdigit()):
        return False
    if any(x in s for x in ("|", "•", "»")):
        return False
    n = norm(s)
    if n == title_n or n in seen:
        return False
    short = len(w) <= 22 or (len(w) <= 30 and "," not in s)
    if short:
        if not (REPORT.search(s) or ("“" in s or '"' in s) and REPORT.search(s)
                or s.startswith(CONNECT)):
            return False
    return True


def story_sentences(title, article):
    title_n = norm(title)
    seen = set()
    out = []
    for s in split_sentences(detok(article)):
        if keep_sentence(s, title_n, seen):
            seen.add(norm(s))
            out.append(s)
    return out


# ----------------------------------------------------------------- reading
def read_rows(path):
    body, rel = [], []
    last = max(BODY_ROWS.stop, RELATED_ROWS.stop) - 1
    op = gzip.open if str(path).endswith(".gz") else open
    with op(str(path), "rb") as f:
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
            except Exception:
                continue
            if not isinstance(d, dict):
                continue
            t, a = d.get("title"), d.get("article")
            if not isinstance(t, str) or not isinstance(a, str) or not t.strip() or not a.strip():
                continue
            if inb:
                body.append((i, t, a))
            if inr:
                rel.append((i, t, a[:1200]))
    return body, rel


# ----------------------------------------------------------------- invented material
AUTHORS = ["Minh Khoa", "Hải Đăng", "Thu Trang", "Lê Quang Vinh", "Ngọc Diệp", "Phạm Tuấn Kiệt", "Bảo Anh",
           "Trần Gia Huy", "Khánh Linh", "Đỗ Nhật Nam", "Vũ Thanh Tâm", "Hoàng My", "Quốc Thái", "Lâm Tường Vy",
           "Nguyễn Duy Khang", "Mai Chi", "Tạ Hữu Phước", "Song Thư", "Đinh Hoài Nam", "Kiều Oanh"]
PHOTOGS = ["Tùng Lâm", "Hữu Nghĩa", "Quang Định", "Ngọc Hân", "Thế Bảo", "Phương Uyên", "Duy Tân", "Khải Ca"]
AGENCIES = ["(TTXVN)", "(Theo Nhịp Sống Số)", "- Theo Kênh Tin Sao Kim", "(Tổng hợp)"]
BIOS = ["Phóng viên mảng di động, viết về điện thoại và ứng dụng từ năm 2014.",
        "Biên tập viên chuyên mục Khởi nghiệp, quan tâm tới các quỹ đầu tư mạo hiểm.",
        "Cây bút mảng viễn thông và hạ tầng mạng, từng làm kỹ sư truyền dẫn.",
        "Phụ trách chuyên mục Khoa học vũ trụ, tốt nghiệp ngành vật lý thiên văn."]
SCENES = ["Một mẫu điện thoại mới được trưng bày tại cửa hàng bán lẻ ở quận 1, TP.HCM.",
          "Nhân viên kỹ thuật kiểm tra trạm phát sóng trên nóc một toà nhà.",
          "Người dùng thử nghiệm ứng dụng trên điện thoại thông minh.",
          "Khách tham quan gian hàng công nghệ tại một triển lãm ở Hà Nội.",
          "Các kỹ sư làm việc trong phòng thí nghiệm của một trường đại học.",
          "Màn hình hiển thị dữ liệu tại trung tâm điều hành mạng.",
          "Hình ảnh được cư dân mạng chia sẻ rộng rãi trên mạng xã hội.",
          "Một nhóm khởi nghiệp trẻ trình bày dự án trước các nhà đầu tư.",
          "Thiết bị bay không người lái được sử dụng để ghi hình từ trên cao.",
          "Máy chủ trong một trung tâm dữ liệu tại khu công nghệ cao."]
TAGS = ["công nghệ", "điện thoại", "ứng dụng", "mạng xã hội", "khởi nghiệp", "viễn thông", "4G", "an ninh mạng",
        "trí tuệ nhân tạo", "camera", "vũ trụ", "nghiên cứu", "dữ liệu", "clip", "đời sống số"]
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]
HON = ("ông", "bà", "anh", "chị")


def rand_dt(rng):
    d = date(2016, 1, 1) + timedelta(days=rng.randrange(0, 1460))
    return d, rng.randrange(6, 23), rng.randrange(0, 60)


def fmt_date(style, d, h, m):
    wd = WEEKDAYS[d.weekday()]
    return {
        "a": f"{wd}, {d.day:02d}/{d.month:02d}/{d.year} {h:02d}:{m:02d} (GMT+7)",
        "b": f"{d.day:02d}/{d.month:02d}/{d.year} - {h:02d}:{m:02d}",
        "c": f"{h:02d}:{m:02d} | {d.day:02d}-{d.month:02d}-{d.year}",
        "d": f"Cập nhật: {h:02d}:{m:02d} {d.day:02d}/{d.month:02d}/{d.year}",
        "e": f"Ngày {d.day} tháng {d.month} năm {d.year}",
        "f": f"{wd} {d.day}/{d.month}/{d.year}, {h:02d}h{m:02d}",
        "g": f"Đăng lúc {h:02d}:{m:02d} ngày {d.day:02d}/{d.month:02d}/{d.year}",
        "h": f"{d.year}-{d.month:02d}-{d.day:02d} {h:02d}:{m:02d}",
        "i": f"{d.day:02d}.{d.month:02d}.{d.year} | {h:02d}:{m:02d}",
        "j": f"Thứ {d.weekday() + 2 if d.weekday() < 6 else 'CN'}, {d.day}/{d.month}/{d.year} | {h}:{m:02d}",
    }[style]


def find_people(sents):
    ppl, places = [], []
    for s in sents:
        w = s.split()
        for i, x in enumerate(w):
            if x.lower() in HON and (i == 0 or x.islower()):
                nm = []
                for y in w[i + 1:i + 5]:
                    y2 = y.rstrip(",;:!?”\")")
                    if len(y2) > 2 and y2.endswith("."):
                        y2 = y2[:-1]
                    if y2 and y2[0].isupper() and y2.replace(".", "").isalpha():
                        nm.append(y2)
                        if y2 != y:
                            break
                    else:
                        break
                if 2 <= len(nm) <= 4:
                    p = x.lower() + " " + " ".join(nm)
                    if p not in ppl:
                        ppl.append(p)
            if x in ("tỉnh", "huyện", "xã", "quận", "TP.", "phường"):
                nm = []
                for y in w[i + 1:i + 4]:
                    y2 = y.rstrip(",.;:!?”\")")
                    if y2 and y2[0].isupper() and y2.isalpha():
                        nm.append(y2)
                        if y2 != y:
                            break
                    else:
                        break
                if nm:
                    p = x + " " + " ".join(nm)
                    if p not in places:
                        places.append(p)
    return ppl, places


def captions_for(rng, sents, n):
    ppl, places = find_people(sents)
    cands = []
    for p in ppl[:3]:
        P = p[0].upper() + p[1:]
        cands += [f"{P} trao đổi với phóng viên.", f"{P} tại buổi làm việc với cơ quan chức năng.",
                  f"{P} chia sẻ với báo chí sau sự việc."]
    for pl in places[:3]:
        cands += [f"Khung cảnh khu vực {pl} vào sáng sớm.", f"Một góc {pl} nhìn từ trên cao.",
                  f"Lực lượng chức năng có mặt tại {pl}."]
    rng.shuffle(cands)
    sc = SCENES[:]
    rng.shuffle(sc)
    pool = cands[:max(0, n - 1)] + ["Ảnh minh hoạ."] + sc
    bodyn = {norm(s) for s in sents}
    out = []
    for c in pool:
        if norm(c) not in bodyn and c not in out:
            out.append(c)
        if len(out) >= n:
            break
    return out


def teaser_of(rng, art):
    txt = detok(art)
    w = txt.split()
    k = rng.randrange(18, 30)
    if len(w) <= k:
        k = max(5, len(w) - 2)
    return " ".join(w[:k]).rstrip(",.;:") + "..."


# ----------------------------------------------------------------- layouts
# keys: name, site, menu, top (order), date, byline (style,pos), cap (style), para (lo,hi),
#       inside (list of inline extras), bottom (order), rel (style), relhead
LAYOUTS = [
    dict(name="congngheso", site="CôngNghệSố.vn", menu="Trang chủ | Di động | Máy tính | Ứng dụng | Viễn thông | Khởi nghiệp",
         top=["site", "menu", "crumb", "title", "date", "share"], date="a", by=("plain", "end"), cap="then_credit",
         para=(1, 3), inside=["fig", "xemthem"], bottom=["byline", "tags", "relhead", "rel", "footer"], rel="bullet",
         relhead="Tin liên quan"),
    dict(name="techviet", site="TechViet", menu="Tin nóng  Điện thoại  Laptop  Đánh giá  Thủ thuật  Video",
         top=["hdate", "site", "menu", "title", "bytop", "date"], date="c", by=("caps", "top"), cap="inline",
         para=(2, 4), inside=["fig", "ad"], bottom=["reactions", "relhead", "rel", "comments", "footer"], rel="teaser",
         relhead="CÓ THỂ BẠN QUAN TÂM"),
    dict(name="sohoamoingay", site="Số Hoá Mỗi Ngày", menu="Số hoá › Kinh doanh số › Sản phẩm › Khám phá",
         top=["site", "crumb", "date", "title", "counter"], date="f", by=("agency", "end"), cap="mark_then_cap",
         para=(1, 2), inside=["fig", "fig", "related_inline"], bottom=["byline", "share", "relhead", "rel", "newsletter"],
         rel="dated", relhead="Tin cùng chuyên mục"),
    dict(name="ictplus", site="ICTPlus", menu="ICT | Chính sách | Viễn thông | Chuyển đổi số | Sự kiện",
         top=["menu", "site", "title", "bytop", "date", "listen"], date="d", by=("bai", "top"), cap="inline_paren",
         para=(2, 3), inside=["fig", "quote"], bottom=["source", "tags", "relhead", "rel", "footer", "hotline"],
         rel="numbered", relhead="Đọc thêm"),
    dict(name="mobitin", site="MobiTin", menu="Điện thoại | Máy tính bảng | Phụ kiện | So sánh | Giá bán",
         top=["site", "menu", "title", "date"], date="b", by=("dash", "end"), cap="gallery",
         para=(1, 2), inside=["fig", "xemthem", "ad"], bottom=["byline", "rating", "relhead", "rel", "comments"],
         rel="plain", relhead="Bài viết khác"),
    dict(name="nhipkhoahoc", site="Nhịp Khoa Học", menu="Khoa học | Vũ trụ | Môi trường | Y học | Phát minh",
         top=["hdate", "site", "menu", "crumb", "title", "date", "bytop"], date="e", by=("plain", "top"), cap="then_credit",
         para=(2, 4), inside=["fig"], bottom=["authorbox", "relhead", "rel", "footer"], rel="teaser",
         relhead="Khám phá thêm"),
    dict(name="khoinghiep365", site="KhởiNghiệp365", menu="Startup | Gọi vốn | Nhà sáng lập | Sự kiện | Việc làm",
         top=["site", "menu", "title", "date", "bytop", "share"], date="g", by=("caps", "top"), cap="cap_only",
         para=(1, 3), inside=["fig", "related_inline", "ad"], bottom=["tags", "share", "relhead", "rel", "newsletter", "footer"],
         rel="arrow", relhead="TIN KHỞI NGHIỆP KHÁC"),
    dict(name="vutruxanh", site="Vũ Trụ Xanh", menu="Thiên văn · Tên lửa · Hành tinh · Nghiên cứu · Hỏi đáp",
         top=["site", "menu", "title", "date"], date="h", by=("plain", "end"), cap="credit_after_cap_paren",
         para=(2, 3), inside=["fig", "video"], bottom=["byline", "source", "relhead", "rel", "comments"], rel="joined",
         relhead="Xem thêm"),
    dict(name="tinvienthong", site="Tin Viễn Thông", menu="Nhà mạng | Băng rộng | 5G | Cước phí | Chính sách",
         top=["menu", "site", "crumb", "title", "date", "counter"], date="i", by=("agency", "end"), cap="inline",
         para=(1, 2), inside=["xemthem", "fig", "ad"], bottom=["byline", "tags", "relhead", "rel", "hotline", "footer"],
         rel="bullet", relhead="Tin khác"),
    dict(name="saomai_cn", site="Báo Sao Mai", menu="Thời sự | Thế giới | Kinh tế | Công nghệ | Thể thao | Giải trí",
         top=["hdate", "site", "menu", "crumb", "title", "date"], date="a", by=("caps", "end"), cap="then_credit",
         para=(1, 3), inside=["fig", "related_inline"], bottom=["byline", "share", "relhead", "rel", "comments", "footer"],
         rel="numbered", relhead="Tin cùng chuyên mục Công nghệ"),
    dict(name="phuongnam_sohoa", site="Nhật Báo Phương Nam", menu="Trang chủ > Số hoá",
         top=["site", "menu", "date", "title", "bytop"], date="f", by=("plain", "top"), cap="mark_then_cap",
         para=(2, 4), inside=["fig", "ad"], bottom=["tags", "relhead", "rel", "footer", "hotline"], rel="dated",
         relhead="Các tin khác"),
    dict(name="gadgetviet", site="Gadget Việt", menu="Đập hộp | Đánh giá | So sánh | Mẹo hay | Khuyến mãi",
         top=["site", "menu", "title", "bytop", "date", "counter"], date="b", by=("bai_anh", "top"), cap="cap_only",
         para=(1, 2), inside=["fig", "fig", "quote"], bottom=["rating", "share", "relhead", "rel", "comments"],
         rel="teaser", relhead="Bài viết liên quan"),
    dict(name="apphay", site="AppHay", menu="iOS | Android | Game | Mạng xã hội | Bảo mật",
         top=["site", "menu", "crumb", "title", "date"], date="c", by=("dash", "end"), cap="inline_paren",
         para=(1, 3), inside=["fig", "xemthem"], bottom=["byline", "reactions", "relhead", "rel", "newsletter"],
         rel="plain", relhead="ỨNG DỤNG & MẠNG XÃ HỘI"),
    dict(name="bitbyte", site="Tạp chí Bit & Byte", menu="Tin tức / Chuyên đề / Phần cứng / Phần mềm / Bảo mật",
         top=["menu", "site", "title", "date", "bytop", "listen"], date="d", by=("caps", "top"), cap="then_credit",
         para=(2, 4), inside=["fig", "quote", "ad"], bottom=["authorbox", "tags", "relhead", "rel", "footer"],
         rel="headline_dash_teaser", relhead="Cùng chủ đề"),
    dict(name="machso", site="Mạch Số", menu="Chip | Bán dẫn | Thiết bị | Xu hướng | Video",
         top=["hdate", "site", "menu", "title", "date"], date="j", by=("agency", "end"), cap="video_first",
         para=(1, 2), inside=["fig", "related_inline"], bottom=["byline", "source", "share", "relhead", "rel", "footer"],
         rel="arrow", relhead="Tin mới"),
    dict(name="diemtincn", site="Điểm Tin Công Nghệ", menu="Mới nhất | Nổi bật | Xe điện | Nhà thông minh | Podcast",
         top=["site", "menu", "crumb", "date", "title", "share"], date="g", by=("plain", "end"), cap="credit_after_cap_paren",
         para=(1, 3), inside=["fig", "xemthem", "ad"], bottom=["byline", "tags", "relhead", "rel", "comments", "footer"],
         rel="joined", relhead="Đọc tiếp"),
    dict(name="kythuatmoi", site="Tuần Báo Kỹ Thuật Mới", menu="Kỹ thuật | Năng lượng | Robot | Vật liệu | Giáo dục STEM",
         top=["site", "menu", "title", "bytop", "date"], date="e", by=("bai", "top"), cap="then_credit",
         para=(2, 3), inside=["fig", "infographic"], bottom=["source", "relhead", "rel", "footer"], rel="numbered",
         relhead="Tin đọc nhiều"),
    dict(name="hathanh_kh", site="Cổng Tin Hà Thành", menu="Xã hội | Pháp luật | Khoa học | Công nghệ | Sức khoẻ",
         top=["hdate", "menu", "site", "crumb", "title", "date", "counter"], date="i", by=("caps", "end"), cap="inline",
         para=(1, 2), inside=["fig", "related_inline", "ad"], bottom=["byline", "rating", "relhead", "rel", "hotline", "footer"],
         rel="bullet", relhead="Tin liên quan"),
    dict(name="labviet", site="Lab Việt", menu="Nghiên cứu | Công bố | Nhà khoa học | Sáng chế | Học bổng",
         top=["site", "menu", "title", "date", "bytop"], date="h", by=("plain", "top"), cap="mark_then_cap",
         para=(2, 4), inside=["fig", "quote"], bottom=["authorbox", "share", "relhead", "rel", "comments"],
         rel="headline_dash_teaser", relhead="Nghiên cứu khác"),
    dict(name="techdaily", site="TechDaily VN", menu="Home · Mobile · AI · Cloud · Startups · Deals",
         top=["site", "menu", "title", "date", "share"], date="b", by=("dash", "end"), cap="gallery",
         para=(1, 3), inside=["fig", "xemthem", "video"], bottom=["byline", "tags", "relhead", "rel", "newsletter", "footer"],
         rel="dated", relhead="Đừng bỏ lỡ"),
]


class Builder:
    def __init__(self):
        self.ops = []

    def u(self, line):
        self.ops.append(("u", line))

    def b(self, items):
        self.ops.append(("b", list(items)))

    def f(self, kind, line):
        assert kind in KINDS
        self.ops.append(("f", kind, line))


def domain(L):
    return L["name"].split("_")[0] + ".vn"


def build_page(k, row, title, sents, relpool):
    L = LAYOUTS[k % len(LAYOUTS)]
    rng = R(row, "layout")
    rr = R(row, "related")
    frng = R(row, "fault")
    title = detok(title)
    dom = domain(L)
    d, h, m = rand_dt(R(row, "date"))
    dateline = fmt_date(L["date"], d, h, m)
    author = rng.choice(AUTHORS)
    photog = rng.choice(PHOTOGS)
    bodyn = {norm(s) for s in sents} | {norm(title)}

    # faults
    faults = []
    if frng.random() < 0.27:
        opts = ["nbsp", "zwsp", "double", "glue", "nfd"]
        frng.shuffle(opts)
        faults = sorted(opts[:1 + (frng.random() < 0.3)])

    # glue fault on sentences
    items = list(sents)
    if "glue" in faults and len(items) >= 4:
        cand = [i for i in range(len(items) - 1) if items[i].endswith(".") and items[i + 1][:1].isupper()]
        if cand:
            i = frng.choice(cand)
            items[i:i + 2] = [items[i] + items[i + 1]]
        else:
            faults.remove("glue")
    elif "glue" in faults:
        faults.remove("glue")

    # paragraphs
    lo, hi = L["para"]
    paras = []
    i = 0
    while i < len(items):
        n = rng.randint(lo, hi)
        paras.append(items[i:i + n])
        i += n

    # related material
    rel = []
    pool = relpool[:]
    rr.shuffle(pool)
    for (ri, rt, ra) in pool:
        ht = detok(rt)
        te = teaser_of(rr, ra)
        if norm(ht) in bodyn or norm(te) in bodyn or norm(ht) == norm(title):
            continue
        rel.append((ht, te))
        if len(rel) >= 8:
            break
    nrel = rr.randint(3, 5)
    rel_end = rel[:nrel]
    rel_in = rel[nrel:]

    caps = captions_for(R(row, "caption"), sents, 4)
    trng = R(row, "tags")
    ppl_, places_ = find_people(sents)
    tagl = [x.split(" ", 1)[1] for x in (ppl_[:1] + places_[:2])] + trng.sample(TAGS, 2)

    B = Builder()

    def byline_lines(style):
        if style == "plain":
            return [("byline", author)]
        if style == "caps":
            return [("byline", author.upper())]
        if style == "bai":
            return [("byline", f"Bài: {author}")]
        if style == "bai_anh":
            return [("byline", f"Bài và ảnh: {author}")]
        if style == "dash":
            return [("byline", f"{author} - {photog}")]
        if style == "agency":
            return [("byline", f"{author} {rng.choice(AGENCIES)}")]
        return [("byline", author)]

    def fig(ci):
        cap = caps[ci % len(caps)] if caps else SCENES[ci % len(SCENES)]
        st = L["cap"]
        if cap == "Ảnh minh hoạ." and st in ("inline", "inline_paren", "credit_after_cap_paren"):
            B.f("caption", "Ảnh minh hoạ")
            return
        if st == "then_credit":
            B.f("caption", cap)
            B.f("credit", f"Ảnh: {photog}")
        elif st == "inline":
            B.f("caption", f"{cap[:-1]}. Ảnh: {photog}")
        elif st == "inline_paren":
            B.f("caption", f"{cap} (Ảnh: {photog})")
        elif st == "mark_then_cap":
            B.f("widget", rng.choice(["[Ảnh]", "Phóng to", "Xem ảnh lớn"]))
            B.f("caption", cap)
        elif st == "cap_only":
            B.f("caption", cap)
        elif st == "credit_after_cap_paren":
            B.f("caption", f"{cap[:-1]} ({dom})")
        elif st == "gallery":
            tot = rng.randint(3, 8)
            B.f("widget", f"{rng.randint(1, tot)}/{tot}")
            B.f("caption", cap)
        elif st == "video_first":
            if ci == 0 and cap != "Ảnh minh hoạ.":
                B.f("widget", f"▶ {rng.randint(0, 4):02d}:{rng.randint(10, 59)}")
                B.f("caption", f"Clip: {cap}")
                B.f("credit", f"Video: {photog}")
            else:
                B.f("caption", cap)
                B.f("credit", f"Ảnh: {photog}")

    def rel_lines(style, lst):
        if style == "bullet":
            for h_, t_ in lst:
                B.f("related", f"• {h_}")
        elif style == "plain":
            for h_, t_ in lst:
                B.f("related", h_)
        elif style == "numbered":
            for j, (h_, t_) in enumerate(lst):
                B.f("related", f"{j + 1}. {h_}")
        elif style == "dated":
            for h_, t_ in lst:
                dd, hh, mm = rand_dt(rr)
                B.f("related", f"{h_} ({dd.day:02d}/{dd.month:02d}/{dd.year})")
        elif style == "teaser":
            for h_, t_ in lst:
                B.f("related", h_)
                B.f("related", t_)
        elif style == "arrow":
            for h_, t_ in lst:
                B.f("related", f"> {h_}")
        elif style == "joined":
            B.f("related", " | ".join(h_ for h_, t_ in lst))
        elif style == "headline_dash_teaser":
            for h_, t_ in lst:
                B.f("related", f"{h_} - {t_}")

    def top_tok(t):
        if t == "site":
            B.u(L["site"])
        elif t == "menu":
            B.f("widget", L["menu"])
        elif t == "hdate":
            td = min(d + timedelta(days=rng.randint(0, 3)), date(2019, 12, 31))
            B.f("widget", f"Hôm nay {WEEKDAYS[td.weekday()].lower()}, ngày {td.day}/{td.month}/{td.year}")
        elif t == "crumb":
            sec = rng.choice(["Di động", "Ứng dụng", "Khoa học", "Viễn thông", "Khởi nghiệp", "Đời sống số", "Cộng đồng mạng"])
            B.f("widget", f"Trang chủ » Công nghệ » {sec}" if rng.random() < 0.5 else f"Công nghệ / {sec}")
        elif t == "title":
            B.u(title)
        elif t == "date":
            B.u(dateline)
        elif t == "bytop":
            for kd, ln in byline_lines(L["by"][0]):
                B.f(kd, ln)
        elif t == "share":
            B.f("widget", rng.choice(["Chia sẻ: Facebook | Zalo | Twitter", "Like  Share  Gửi bài", "Chia sẻ bài viết"]))
        elif t == "counter":
            B.f("widget", f"{rng.randint(200, 40000):,} lượt xem".replace(",", "."))
        elif t == "listen":
            B.f("widget", "Nghe bài viết ▶ 00:00 / 0" + str(rng.randint(2, 6)) + ":" + str(rng.randint(10, 59)))

    for t in L["top"]:
        top_tok(t)

    # story with inline furniture
    np_ = len(paras)
    slots = {}
    inside = list(L["inside"])
    positions = list(range(0, max(1, np_ - 1)))
    ci = 0
    for j, what in enumerate(inside):
        if not positions:
            break
        if what == "fig" and j == 0 and rng.random() < 0.5:
            pos = -1  # lead image before the story
        else:
            pos = rng.choice(positions)
        slots.setdefault(pos, []).append(what)

    def inline(what):
        nonlocal ci
        if what == "fig":
            fig(ci)
            ci += 1
        elif what == "xemthem":
            if rel_in:
                h_, t_ = rel_in.pop(0)
                B.f("related", f"Xem thêm: {h_}")
        elif what == "related_inline":
            if rel_in:
                B.f("widget", rng.choice(["TIN LIÊN QUAN", "Đọc thêm", "Có thể bạn quan tâm"]))
                for _ in range(min(2, len(rel_in))):
                    h_, t_ = rel_in.pop(0)
                    B.f("related", h_)
        elif what == "ad":
            B.f("widget", rng.choice(["Quảng cáo", "ADVERTISEMENT", "- Quảng cáo -"]))
        elif what == "quote":
            s = rng.choice(sents)
            w = s.split()
            q = " ".join(w[:min(12, len(w) - 3)]).rstrip(",.;:") + "..."
            if norm(q) not in bodyn:
                qq = q.strip('“”"')
                B.f("widget", "“" + qq + "”")
        elif what == "video":
            B.f("widget", f"Video đang phát {rng.randint(0, 1):02d}:{rng.randint(10, 59)}")
            cl = [c for c in caps if c != "Ảnh minh hoạ."] or SCENES[:1]
            cap = cl[ci % len(cl)]
            ci += 1
            B.f("caption", f"Clip: {cap}")
        elif what == "infographic":
            B.f("caption", "Infographic: Những con số đáng chú ý trong sự việc.")
            B.f("credit", f"Đồ hoạ: {photog}")

    for what in slots.get(-1, []):
        inline(what)
    for j, p in enumerate(paras):
        B.b(p)
        for what in slots.get(j, []):
            inline(what)

    cm_names = ["Tuấn Anh", "hoang_minh88", "Lan Phương", "Khách", "Đức Long", "nguyenthao", "Bình An"]
    cm_text = ["Thông tin hữu ích, cảm ơn toà soạn.", "Mong các bạn cập nhật thêm diễn biến.",
               "Đọc xong thấy lo quá.", "Cần xử lý nghiêm để làm gương.", "Bài viết hay, đã chia sẻ cho bạn bè.",
               "Không biết bao giờ mới có kết luận chính thức?"]

    def bot_tok(t):
        if t == "byline":
            for kd, ln in byline_lines(L["by"][0]):
                B.f(kd, ln)
        elif t == "source":
            B.f("credit", rng.choice([f"Nguồn: {rng.choice(['Zing Số', 'Tin Sáng', 'Kênh Công Nghệ 7', 'Báo Lúa Vàng'])}",
                                      f"Nguồn: {dom}"]))
        elif t == "tags":
            pre = rng.choice(["Từ khoá: ", "Tags: ", "Chủ đề: "])
            B.f("widget", pre + ", ".join(tagl))
        elif t == "share":
            B.f("widget", rng.choice(["Chia sẻ Facebook", "Gửi bài viết qua email | In bài", "Chia sẻ: Zalo  Facebook  Sao chép link"]))
        elif t == "reactions":
            B.f("widget", f"Thích {rng.randint(1, 900)} | Bình luận {rng.randint(0, 60)} | Chia sẻ {rng.randint(0, 90)}")
        elif t == "rating":
            B.f("widget", "Bạn thấy bài viết này thế nào?")
            B.f("widget", f"Hữu ích ({rng.randint(0, 99)})   Không hữu ích ({rng.randint(0, 20)})".replace("   ", " · "))
        elif t == "relhead":
            if rel_end:
                B.f("widget", L["relhead"])
        elif t == "rel":
            if rel_end:
                rel_lines(L["rel"], rel_end)
        elif t == "comments":
            nc = rng.randint(0, 3)
            B.f("widget", f"Bình luận ({nc})")
            for _ in range(nc):
                B.f("widget", f"{rng.choice(cm_names)}: {rng.choice(cm_text)}")
            B.f("widget", "Gửi bình luận")
        elif t == "newsletter":
            B.f("widget", rng.choice(["Đăng ký nhận bản tin công nghệ mỗi sáng", "Nhập email để nhận tin mới nhất"]))
        elif t == "footer":
            B.f("widget", f"© {d.year} {L['site']}. Giấy phép số {rng.randint(10, 599)}/GP-BTTTT.")
            B.f("widget", f"Liên hệ: toasoan@{dom} | Quảng cáo: 09{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(100, 999)}")
        elif t == "hotline":
            B.f("widget", f"Đường dây nóng: 0{rng.randint(200, 299)} {rng.randint(1000, 9999)} {rng.randint(100, 999)}")
        elif t == "authorbox":
            B.f("byline", author)
            B.f("byline", rng.choice(BIOS))
        elif t == "date_bottom":
            B.u(dateline)

    for t in L["bottom"]:
        bot_tok(t)

    # apply character faults
    ops = B.ops
    if "nbsp" in faults or "zwsp" in faults or "double" in faults:
        def tweak(s, kind):
            if kind == "nbsp":
                sp = [i for i, c in enumerate(s) if c == " "]
                if not sp:
                    return s
                for i in frng.sample(sp, max(1, len(sp) // 6)):
                    s = s[:i] + "\u00a0" + s[i + 1:]
                return s
            if kind == "zwsp":
                pos = [i for i in range(1, len(s)) if s[i - 1].isalpha() and s[i].isalpha()]
                if not pos:
                    return s
                i = frng.choice(pos)
                return s[:i] + "\u200b" + s[i:]
            if kind == "double":
                sp = [i for i, c in enumerate(s) if c == " " and s[i - 1] != " " and s[i + 1] != " "]
                if not sp:
                    return s
                i = frng.choice(sp)
                return s[:i] + "  " + s[i + 1:]
            return s

        new = []
        for op in ops:
            if op[0] == "b":
                its = []
                for it in op[1]:
                    for fk in ("nbsp", "zwsp", "double"):
                        if fk in faults and frng.random() < (0.35 if fk == "nbsp" else 0.12):
                            it = tweak(it, fk)
                    its.append(it)
                new.append(("b", its))
            elif op[0] == "f":
                ln = op[2]
                for fk in ("nbsp", "zwsp", "double"):
                    if fk in faults and frng.random() < 0.2:
                        ln = tweak(ln, fk)
                new.append(("f", op[1], ln))
            else:
                new.append(op)
        ops = new
    if "nfd" in faults:
        N = lambda s: unicodedata.normalize("NFD", s)
        ops = [("b", [N(x) for x in op[1]]) if op[0] == "b" else
               ("f", op[1], N(op[2])) if op[0] == "f" else ("u", N(op[1])) for op in ops]

    lines, body, furn = [], [], []
    for op in ops:
        if op[0] == "u":
            lines.append(op[1])
        elif op[0] == "b":
            lines.append(" ".join(op[1]))
            body.extend(op[1])
        else:
            lines.append(op[2])
            furn.append((op[1], op[2]))
    page = Page("\n".join(lines), body, furn, L["name"])
    return page, faults


# ----------------------------------------------------------------- contract check
def check(page):
    lines = page.text.split("\n")
    body, furn = page.body, page.furniture
    bi = fi = 0
    unl = []
    for ln in lines:
        if not ln or ln != ln.strip():
            raise ValueError(f"blank or unstripped line: {ln!r}")
        if fi < len(furn) and ln == furn[fi][1]:
            if furn[fi][0] not in KINDS:
                raise ValueError(f"bad kind {furn[fi][0]}")
            fi += 1
            continue
        hit = False
        for n in range(1, 5):
            if bi + n <= len(body) and " ".join(body[bi:bi + n]) == ln:
                bi += n
                hit = True
                break
        if hit:
            continue
        unl.append(ln)
    if bi != len(body) or fi != len(furn):
        raise ValueError("walk did not use up body/furniture")
    if len(unl) > 3 or len(set(unl)) != len(unl):
        raise ValueError(f"unlabelled lines: {unl}")
    if len(body) < 3:
        raise ValueError("too few body items")
    for b in body:
        if b not in page.text:
            raise ValueError("body item not in text")
    bn = {norm(b) for b in body}
    for ln in unl:
        if norm(ln) in bn:
            raise ValueError(f"unlabelled equals body: {ln}")
    title_n = norm(unl[0]) if unl else None
    for kd, ln in furn:
        if norm(ln) in bn:
            raise ValueError(f"furniture equals body: {ln}")
        if kd == "related" and (norm(ln) == title_n):
            raise ValueError("related equals title")
        if norm(ln) in {norm(u) for u in unl}:
            raise ValueError(f"furniture repeats unlabelled line: {ln}")


def _pages_with_faults(path):
    body, rel = read_rows(path)
    out = []
    for row, t, a in body:
        sents = story_sentences(t, a)
        if len(sents) < 3:
            continue
        k = len(out)
        pg, faults = build_page(k, row, t, sents, rel)
        check(pg)
        out.append((pg, faults))
    return out


def pages(path) -> List[Page]:
    return [p for p, _ in _pages_with_faults(Path(path))]


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data/vietnews_train.jsonl.gz"
    res = _pages_with_faults(path)
    tot = {}
    cols = ["pages", "body"] + list(KINDS) + ["faults"]
    for pg, faults in res:
        r = tot.setdefault(pg.layout, dict.fromkeys(cols, 0))
        r["pages"] += 1
        r["body"] += len(pg.body)
        for kd, _ in pg.furniture:
            r[kd] += 1
        r["faults"] += len(faults)
    print(f"{'layout':<18}" + "".join(f"{c:>9}" for c in cols))
    allr = dict.fromkeys(cols, 0)
    for L in LAYOUTS:
        r = tot.get(L["name"], dict.fromkeys(cols, 0))
        print(f"{L['name']:<18}" + "".join(f"{r[c]:>9}" for c in cols))
        for c in cols:
            allr[c] += r[c]
    print(f"{'TOTAL':<18}" + "".join(f"{allr[c]:>9}" for c in cols))
    fk = {}
    for _, faults in res:
        for f in faults:
            fk[f] = fk.get(f, 0) + 1
    print("fault kinds:", ", ".join(f"{k}={fk[k]}" for k in sorted(fk)),
          f"| pages with faults: {sum(1 for _, f in res if f)}")


if __name__ == "__main__":
    main()
