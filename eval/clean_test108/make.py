#!/usr/bin/env python3
"""Held-out evaluation set `test108` for a cleaner of scraped Vietnamese news pages.

Theme: digital economy, e-commerce and startups.  Standard library only.

    python3 make.py /work/shared/data/vietnews_train.jsonl.gz

prints a totals table per layout.  `pages(path)` returns the labelled pages.
"""
import gzip
import json
import random
import re
import sys
import unicodedata
from typing import List, NamedTuple, Tuple

SET_NAME = "test108"
SEED = 10837
BODY_ROWS = range(16300, 16400)
RELATED_ROWS = range(19000, 19100)
KINDS = ("byline", "credit", "caption", "related", "widget")


class Page(NamedTuple):
    text: str
    body: List[str]
    furniture: List[Tuple[str, str]]
    layout: str


def rng_for(row, purpose):
    return random.Random(f"{SET_NAME}|{SEED}|{row}|{purpose}")


# ---------------------------------------------------------------- normalising
ZW_RE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")


def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = ZW_RE.sub("", s)
    s = re.sub(r"\s+", "", s)
    return s.casefold()


# ---------------------------------------------------------------- reading
def read_rows(path):
    """Stream the file once; return (body_rows, related) in row order."""
    body, related = [], []
    last = max(BODY_ROWS.stop, RELATED_ROWS.stop) - 1
    with gzip.open(str(path), "rb") as f:
        for i, raw in enumerate(f):
            if i > last:
                break
            inb, inr = i in BODY_ROWS, i in RELATED_ROWS
            if not (inb or inr):
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
                body.append((i, t.strip(), a))
            if inr:
                related.append((i, t.strip(), a[:1200]))
    return body, related


# ---------------------------------------------------------------- detokenising
def detok(s):
    s = s.replace("_", " ")
    s = re.sub(r"\s+", " ", s).strip()
    # pair straight quotes and remove inner spaces
    parts = s.split('"')
    if len(parts) > 1:
        out = [parts[0]]
        for k in range(1, len(parts)):
            seg = parts[k]
            if k % 2 == 1 and k < len(parts) - 1:  # inside a pair
                out.append('"' + seg.strip())
            elif k % 2 == 0:
                out.append('"' + seg)
            else:  # unpaired last quote
                out.append('"' + seg)
        s = "".join(out)
        # a closing quote glued to the next word gets a space
        s = re.sub(r'("[^"\s][^"]*")(?=[^\s.,;:!?…)\]”])', r"\1 ", s)
    # spaced single quotes used as quotation marks: ' thẻ vàng ' -> 'thẻ vàng'
    s = re.sub(r"(^|\s)'\s+([^'\n]*?)\s+'(?=\s|$|[,.;:!?])", r"\1'\2'", s)
    s = re.sub(r"\s+([,.;:!?%…])", r"\1", s)
    s = re.sub(r"([(\[“‘])\s+", r"\1", s)
    s = re.sub(r"\s+([)\]”’])", r"\1", s)
    s = re.sub(r"(\S) / (\S)", r"\1/\2", s)
    s = re.sub(r" {2,}", " ", s)
    return s.strip()


ABBR = {"TP", "Tp", "TS", "GS", "PGS", "ThS", "BS", "Q", "P", "KS", "TT", "NXB",
        "Mr", "Mrs", "Ms", "Dr", "St", "Inc", "Ltd", "Co", "Th", "Jr", "Sr", "CN", "Ths", "Ts"}
BOUND_RE = re.compile(r"([.!?…]+)([\"”’)\]]*)\s+")


def split_sents(text):
    sents, start = [], 0
    for m in BOUND_RE.finditer(text):
        nxt = text[m.end():m.end() + 3]
        j = 0
        while j < len(nxt) and nxt[j] in "\"“(['‘":
            j += 1
        if j >= len(nxt) or not (nxt[j].isupper() or nxt[j].isdigit()):
            continue
        if m.group(1) == ".":
            before = text[start:m.start()]
            tok = before.split()[-1] if before.split() else ""
            tok = tok.lstrip("(\"“")
            if tok in ABBR or (len(tok) == 1 and tok.isalpha()):
                continue
            if re.fullmatch(r"(?:[A-Za-zĐđ]\.)+[A-Za-zĐđ]", tok):
                continue
        sents.append(text[start:m.end()].strip())
        start = m.end()
    tail = text[start:].strip()
    if tail:
        sents.append(tail)
    return sents


CAPTION_MARKS = ("ảnh:", "(ảnh", "ảnh minh", "video:", "clip:", "minh hoạ", "minh họa", "(trái)",
                 "(phải)", "(giữa)", "nguồn:", "đồ hoạ", "đồ họa", "infographic", "từ trái sang",
                 "từ trái qua", "ảnh chụp", "(video", "(clip", "ảnh tư liệu", "(nguồn")
REPORTING = ("cho biết", "cho hay", "cho rằng", " nói", "nói rằng", "khẳng định", "chia sẻ",
             "nhấn mạnh", "tiết lộ", "thừa nhận", "giải thích", "xác nhận", "thông báo",
             "tuyên bố", "bày tỏ", "nhận định", "cảnh báo", "khuyến cáo", "đề nghị", "kiến nghị",
             "trả lời", "phản ánh", "dẫn lời", "trao đổi với", "kể lại", "thông tin", "theo ông",
             "theo bà", "theo đại diện", "nhận xét", "đánh giá", "lý giải", "dự báo", "ước tính")
CONNECTIVES = ("Tuy nhiên", "Trong khi đó", "Ngoài ra", "Bên cạnh đó", "Theo đó", "Do đó", "Vì vậy",
               "Vì thế", "Do vậy", "Trước đó", "Sau đó", "Đồng thời", "Mặt khác", "Thậm chí",
               "Hơn nữa", "Ngược lại", "Tương tự", "Như vậy", "Cụ thể", "Đặc biệt", "Dù vậy",
               "Mặc dù", "Nhưng", "Song", "Riêng", "Trong đó", "Tuy vậy", "Qua đó", "Từ đó",
               "Nhờ đó", "Kết quả", "Trước tình trạng", "Trước thực trạng", "Sau khi", "Cũng trong")
GLUED_HEADING_RE = re.compile(
    r"[^\W_] (Ông|Bà|Theo|Tuy|Trong|Ngoài|Các|Những|Một|Nhiều|Hiện|Sau|Trước|Tại|Với|Khi|"
    r"Để|Đây|Đó|Điều|Nhưng|Còn|Không|Chỉ|Cũng|Chị|Từ|Do|Vì|Năm|Ngày|Người|Thế|Mỗi|Quy|Trao|"
    r"Hình|Nếu|Cần|Việc|Đặc|Ngay|Hơn|Tình|Giá|Bởi|Nhờ|Vậy|Như|Là|Sự|Đến|Dù|Lý|Chưa|Kết|Mức|Về)\b")
THEO_TAIL_RE = re.compile(r"\(?\bTheo\s+[A-ZĐÀ-Ỹ][^\s]*(\s+[A-ZĐÀ-Ỹ0-9][^\s]*){0,5}\)?\.?$")


def balanced(s):
    return (s.count('"') % 2 == 0 and s.count("“") == s.count("”") and s.count("(") == s.count(")")
            and s.count("[") == s.count("]"))


def keep_sentence(s, title_n, seen):
    low = s.lower()
    if any(m in low for m in CAPTION_MARKS):
        return False
    if any(c in s for c in "|•»«"):
        return False
    if not balanced(s):
        return False
    if not re.search(r"[.!?…][\"”’)]*$", s):
        return False
    if s.endswith(")") and not re.search(r"[.!?…][\"”’]*\)$", s):
        return False
    words = s.split()
    if len(words) < 8 or len(words) > 110:
        return False
    if ":" in " ".join(words[:6]):
        return False
    if THEO_TAIL_RE.search(s.rstrip(".")) or THEO_TAIL_RE.search(s):
        return False
    first = next((c for c in s if c.isalnum()), "")
    if not first or first.islower():
        return False
    if GLUED_HEADING_RE.search(s):
        return False
    if re.search(r'(^|\s)"(\s|$)', s) or "'" in s:
        return False
    if "..." in s[:-3] or "…" in s[:-1]:
        return False
    short = len(words) <= 22 or (len(words) <= 30 and "," not in s)
    if short:
        ok = any(r in low for r in REPORTING) or any(s.startswith(c + " ") or s.startswith(c + ",")
                                                      for c in CONNECTIVES)
        if not ok:
            return False
    n = norm(s)
    if n == title_n or n in seen:
        return False
    return True


def story_sentences(title, article):
    text = detok(article)
    sents = split_sents(text)
    raw = article.rstrip()
    if sents and (len(article) == 1201 or not re.search(r"[.!?…][\"”’)]*$", raw)):
        sents = sents[:-1]  # possibly cut, or an author tail
    title_n = norm(detok(title))
    seen, out = set(), []
    for s in sents:
        if keep_sentence(s, title_n, seen):
            seen.add(norm(s))
            out.append(s)
    return out


def teaser_of(article):
    text = detok(article[:1200])
    sents = split_sents(text)
    if not sents:
        return ""
    s = sents[0]
    w = s.split()
    if len(w) > 34 or not re.search(r"[.!?…][\"”’)]*$", s):
        w = w[:26]
        s = " ".join(w).rstrip(",;:-") + "…"
    return s


# ---------------------------------------------------------------- invented material
SURN = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
        "Hồ", "Ngô", "Dương", "Lý", "Trịnh", "Mai"]
MID = ["Văn", "Thị", "Minh", "Thu", "Ngọc", "Hải", "Thanh", "Quốc", "Hoàng", "Bảo", "Gia", "Đức"]
GIVEN = ["An", "Bình", "Châu", "Dũng", "Hà", "Hạnh", "Khánh", "Linh", "Long", "Mai", "Nam", "Phong",
         "Quân", "Sơn", "Trang", "Tú", "Vy", "Yến", "Hưng", "Thảo", "Khôi", "Nhung", "Tâm", "Lộc"]

SCENES = [
    "Người dùng thanh toán bằng ví điện tử tại một cửa hàng tiện lợi ở TP.HCM.",
    "Nhân viên giao hàng chuẩn bị đơn cho khách trong khu dân cư tại quận Cầu Giấy, Hà Nội.",
    "Mua sắm trực tuyến ngày càng phổ biến với người tiêu dùng trẻ ở các đô thị lớn.",
    "Nhân viên kho của một sàn thương mại điện tử phân loại đơn hàng trong đợt khuyến mãi.",
    "Các nhà sáng lập trình bày dự án trước hội đồng của quỹ đầu tư tại một sự kiện gọi vốn.",
    "Tin nhắn giả mạo ngân hàng được gửi tới điện thoại của người dùng.",
    "Thanh toán bằng mã QR đang dần thay thế tiền mặt ở nhiều chợ truyền thống.",
    "Tài xế công nghệ chờ nhận đơn trước một trung tâm thương mại.",
    "Giao diện ứng dụng đặt đồ ăn trên điện thoại thông minh.",
    "Khách hàng nhận hàng và kiểm tra gói hàng trước khi thanh toán.",
    "Một không gian làm việc chung dành cho các doanh nghiệp khởi nghiệp công nghệ.",
    "Nhiều người bán hàng qua livestream trên mạng xã hội vào buổi tối.",
    "Cơ quan công an thu giữ tang vật trong một vụ lừa đảo qua mạng.",
    "Quầy giao dịch của một ngân hàng thương mại trong giờ cao điểm.",
]
INFO_LABELS = ["Tỷ lệ người dùng ví điện tử theo độ tuổi năm {y}", "Doanh thu thương mại điện tử giai đoạn 2015 - {y}",
               "Các hình thức lừa đảo trực tuyến phổ biến", "Vốn đầu tư vào startup Việt theo từng năm"]
COMMENTS = [
    "Mua hàng online giờ phải cẩn thận, tôi cũng từng bị lừa một lần rồi.",
    "Bài viết rất hữu ích, cảm ơn tác giả.",
    "Cơ quan chức năng cần vào cuộc mạnh tay hơn nữa.",
    "Mong các sàn kiểm soát chặt người bán hàng giả.",
    "Tôi thấy thanh toán bằng ví tiện hơn nhiều so với tiền mặt.",
    "Thông tin này cần được chia sẻ rộng rãi hơn.",
    "Không hiểu sao vẫn có nhiều người tin mấy chiêu này.",
    "Giá cả như vậy là hợp lý, miễn chất lượng tốt.",
    "Đọc xong thấy lo cho người già ở quê quá.",
]
OUTLETS_OTHER = ["Tiền Số Today", "Báo Chợ Mạng", "Tạp chí Vốn Việt", "Nhật báo Số Hoá", "Bản tin Ví Xanh"]
TAGS = ["thương mại điện tử", "ví điện tử", "khởi nghiệp", "fintech", "giao hàng", "lừa đảo trực tuyến",
        "gọi vốn", "mua sắm online", "thanh toán không tiền mặt", "kinh tế số", "shipper", "mã OTP"]
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def person(rng, full=False):
    if full:
        return f"{rng.choice(SURN)} {rng.choice(MID)} {rng.choice(GIVEN)}"
    return f"{rng.choice([m for m in MID if m != 'Thị'])} {rng.choice(GIVEN)}"


def pick_date(rng):
    import datetime
    d = datetime.date(2016, 1, 1) + datetime.timedelta(days=rng.randrange(0, 1460))
    return d, rng.randrange(6, 23), rng.randrange(0, 60)


def fmt_date(style, d, hh, mm):
    wd = WEEKDAYS[d.weekday()]
    if style == 0:
        return f"{wd}, {d.day:02d}/{d.month:02d}/{d.year} - {hh:02d}:{mm:02d}"
    if style == 1:
        return f"{d.day:02d}/{d.month:02d}/{d.year} {hh:02d}:{mm:02d} GMT+7"
    if style == 2:
        return f"{wd.replace('Thứ ', 'Thứ ').capitalize()}, {d.day}/{d.month}/{d.year}, {hh:02d}:{mm:02d} (GMT+7)"
    if style == 3:
        return f"{hh:02d}:{mm:02d} ngày {d.day:02d}/{d.month:02d}/{d.year}"
    if style == 4:
        return f"Cập nhật lúc {hh:02d}:{mm:02d}, {d.day:02d}/{d.month:02d}/{d.year}"
    if style == 5:
        h12 = hh if hh <= 12 else hh - 12
        return f"{d.day:02d}-{d.month:02d}-{d.year} - {h12:02d}:{mm:02d} {'AM' if hh < 12 else 'PM'}"
    if style == 6:
        return f"Ngày đăng: {d.day:02d}.{d.month:02d}.{d.year}"
    if style == 7:
        return f"{wd}, ngày {d.day} tháng {d.month} năm {d.year}"
    if style == 8:
        return f"{d.year}-{d.month:02d}-{d.day:02d} {hh:02d}:{mm:02d}"
    return f"{d.day:02d}/{d.month:02d}/{d.year} | {hh:02d}:{mm:02d}"


def people_in(sents):
    found = []
    for s in sents:
        for m in re.finditer(r"\b(ông|bà|anh|chị) ((?:[^\W\d_]+ ){1,3}[^\W\d_]+)", s):
            ws = m.group(2).split()
            name = []
            for w in ws:
                if w[0].isupper() and w[1:].islower():
                    name.append(w)
                else:
                    break
            if 2 <= len(name) <= 4:
                found.append((m.group(1), " ".join(name)))
    return found


# ---------------------------------------------------------------- layouts
# Each layout: outlet, domain, sections and a set of habits used by build_page().
L = []


def lay(**kw):
    L.append(kw)


lay(name="Nhịp Sống Số", dom="nhipsongso.vn", site="top_caps", menu="bar", crumb="{sec} > {sub}",
    order="crumb_title_date", dfmt=0, by="end_right_caps", cap="inline_credit", img_mark=None,
    nimg=(1, 2), para=(2, 3), inline=["xemthem"], rel="bullet", rel_head="TIN LIÊN QUAN",
    tail=["tags", "share", "rel", "footer"], secs=("Kinh tế số", "Thương mại điện tử"))
lay(name="Kinh Tế Mạng", dom="kinhtemang.vn", site="top", menu="lines", crumb=None,
    order="date_title", dfmt=1, by="top_plain", cap="sep_credit", img_mark="Phóng to",
    nimg=(1, 2), para=(1, 2), inline=["ad"], rel="dated", rel_head="Tin cùng chuyên mục",
    tail=["rel", "comments", "footer"], secs=("Doanh nghiệp", "Fintech"))
lay(name="Khởi Nghiệp 24h", dom="khoinghiep24h.vn", site="none", menu="bar", crumb="{sec}",
    order="crumb_title_by_date", dfmt=2, by="top_plain", cap="no_credit", img_mark=None,
    nimg=(1, 3), para=(1, 3), inline=["pullquote", "xemthem"], rel="teaser2", rel_head="Đọc thêm",
    tail=["share", "rel", "site_again", "footer"], secs=("Khởi nghiệp", "Gọi vốn"))
lay(name="Chợ Số Việt", dom="chosoviet.net", site="top", menu="bar", crumb="Trang chủ / {sec} / {sub}",
    order="crumb_title_date", dfmt=3, by="end_bai", cap="credit_first", img_mark=None,
    nimg=(1, 1), para=(3, 4), inline=["box"], rel="numbered", rel_head="Bài viết cùng chủ đề",
    tail=["tags", "rel", "poll", "footer"], secs=("Mua sắm", "Sàn thương mại"))
lay(name="Fintech Việt", dom="fintechviet.vn", site="top_caps", menu="lines", crumb="{sec}",
    order="title_date", dfmt=4, by="box", cap="inline_credit", img_mark="[Hình ảnh]",
    nimg=(0, 1), para=(2, 4), inline=["disclaimer_mid"], rel="joined", rel_head="Xem nhiều",
    tail=["disclaimer", "share", "rel", "footer"], secs=("Ngân hàng số", "Ví điện tử"))
lay(name="Cảnh Giác Mạng", dom="canhgiacmang.vn", site="top", menu="bar", crumb="Trang chủ » {sec}",
    order="crumb_date_title", dfmt=5, by="end_agency", cap="gallery", img_mark=None,
    nimg=(2, 3), para=(1, 2), inline=["hotline", "xemthem"], rel="dash", rel_head="Cảnh báo khác",
    tail=["hotline_end", "rel", "comments", "footer"], secs=("Cảnh báo", "Lừa đảo trực tuyến"))
lay(name="Tin Giao Vận", dom="tingiaovan.vn", site="none", menu="bar", crumb="{sec} | {sub}",
    order="title_date", dfmt=6, by="top_pair", cap="sep_credit", img_mark=None,
    nimg=(1, 2), para=(2, 2), inline=["video"], rel="bullet_dated", rel_head="Tin mới",
    tail=["reactions", "rel", "site_again", "footer"], secs=("Giao vận", "Ứng dụng giao hàng"))
lay(name="Doanh Nhân Công Nghệ", dom="doanhnhancongnghe.vn", site="top", menu="lines", crumb=None,
    order="title_by_date", dfmt=7, by="top_caps", cap="inline_credit_paren", img_mark=None,
    nimg=(1, 2), para=(2, 3), inline=["pullquote"], rel="teaser1", rel_head="CÓ THỂ BẠN QUAN TÂM",
    tail=["tags", "share", "rel", "footer"], secs=("Doanh nhân", "Chân dung startup"))
lay(name="Sàn Tin", dom="santin.vn", site="top", menu="bar", crumb="{sec} > {sub}",
    order="crumb_title_date", dfmt=8, by="end_theo", cap="no_credit", img_mark="Xem ảnh",
    nimg=(1, 1), para=(1, 4), inline=["ad", "xemthem"], rel="gt", rel_head="Tin khác",
    tail=["share", "rel", "footer"], secs=("Thị trường", "Thương mại điện tử"))
lay(name="Startup Sài Gòn", dom="startupsaigon.vn", site="top_caps", menu="bar", crumb=None,
    order="date_title_by", dfmt=9, by="top_bai_anh", cap="credit_only_mark", img_mark="Xem ảnh lớn",
    nimg=(1, 2), para=(2, 3), inline=["box"], rel="numbered", rel_head="Đọc tiếp",
    tail=["rel", "comments", "footer"], secs=("Khởi nghiệp", "Hệ sinh thái"))
lay(name="Người Tiêu Dùng Số", dom="nguoitieudungso.vn", site="top", menu="lines", crumb="{sec}",
    order="crumb_title_date", dfmt=0, by="end_plain", cap="sep_credit", img_mark=None,
    nimg=(1, 2), para=(1, 3), inline=["hotline"], rel="teaser2", rel_head="Tin liên quan",
    tail=["poll", "rel", "footer"], secs=("Tiêu dùng", "Quyền lợi người mua"))
lay(name="Ví & Thẻ", dom="viathe.vn", site="none", menu="bar", crumb="Ví & Thẻ > {sec}",
    order="title_date", dfmt=1, by="top_agency", cap="inline_credit", img_mark=None,
    nimg=(1, 2), para=(3, 4), inline=["disclaimer_mid"], rel="joined", rel_head="Tin nổi bật",
    tail=["tags", "rel", "site_again", "footer"], secs=("Thanh toán", "Thẻ và ví"))
lay(name="Vốn Mạo Hiểm", dom="vonmaohiem.vn", site="top", menu="bar", crumb="{sec} / {sub}",
    order="date_title", dfmt=2, by="box", cap="infographic", img_mark=None,
    nimg=(1, 1), para=(2, 3), inline=["pullquote", "ad"], rel="dated", rel_head="Thương vụ khác",
    tail=["share", "rel", "footer"], secs=("Đầu tư", "Thương vụ"))
lay(name="Đời Sống Online", dom="doisongonline.vn", site="top", menu="lines", crumb="Trang chủ > {sec}",
    order="crumb_title_date", dfmt=3, by="end_caps", cap="gallery", img_mark=None,
    nimg=(2, 3), para=(1, 2), inline=["xemthem"], rel="bullet", rel_head="Tin cùng chuyên mục",
    tail=["reactions", "comments", "rel", "footer"], secs=("Đời sống số", "Mạng xã hội"))
lay(name="Kinh Doanh Trực Tuyến", dom="kdtt.vn", site="top_caps", menu="bar", crumb=None,
    order="title_date_by", dfmt=4, by="top_plain", cap="credit_first", img_mark=None,
    nimg=(1, 2), para=(2, 4), inline=["video", "ad"], rel="gt", rel_head="Xem thêm",
    tail=["tags", "share", "rel", "footer"], secs=("Bán hàng online", "Kinh doanh"))
lay(name="Thị Trường 4.0", dom="thitruong40.vn", site="top", menu="bar", crumb="{sec} » {sub}",
    order="crumb_date_title", dfmt=5, by="end_pair", cap="inline_credit_paren", img_mark=None,
    nimg=(1, 2), para=(1, 3), inline=["box", "xemthem"], rel="teaser1", rel_head="Tin khác",
    tail=["rel", "share", "footer"], secs=("Kinh tế số", "Chuyển đổi số"))
lay(name="Công Nghệ & Tiêu Dùng", dom="cntd.vn", site="none", menu="lines", crumb="{sec}",
    order="title_date", dfmt=6, by="end_theo", cap="sep_credit", img_mark="[Ảnh]",
    nimg=(1, 2), para=(2, 2), inline=["ad"], rel="dash", rel_head="ĐỌC NHIỀU",
    tail=["reactions", "rel", "comments", "footer"], secs=("Tiêu dùng", "Ứng dụng"))
lay(name="Mua Sắm Thông Minh", dom="muasamthongminh.vn", site="top", menu="bar", crumb="Trang chủ | {sec}",
    order="crumb_title_by_date", dfmt=7, by="top_caps", cap="inline_credit", img_mark=None,
    nimg=(1, 3), para=(1, 2), inline=["pullquote", "xemthem"], rel="bullet_dated", rel_head="Có thể bạn quan tâm",
    tail=["tags", "poll", "rel", "footer"], secs=("Mua sắm", "Khuyến mãi"))
lay(name="Tiền Điện Tử 247", dom="tiendientu247.vn", site="top_caps", menu="bar", crumb="{sec} > {sub}",
    order="date_title", dfmt=8, by="end_agency", cap="no_credit", img_mark="Phóng to",
    nimg=(0, 1), para=(3, 4), inline=["disclaimer_mid"], rel="numbered", rel_head="Bài cùng chủ đề",
    tail=["disclaimer", "rel", "site_again", "footer"], secs=("Tài chính số", "Thị trường"))
lay(name="Giao Hàng & Đời Sống", dom="giaohangdoisong.vn", site="top", menu="lines", crumb=None,
    order="title_date_by", dfmt=9, by="top_bai_anh", cap="credit_first", img_mark=None,
    nimg=(1, 2), para=(2, 3), inline=["hotline", "ad"], rel="teaser2", rel_head="TIN LIÊN QUAN",
    tail=["share", "rel", "comments", "footer"], secs=("Giao hàng", "Shipper"))
LAYOUTS = L
assert len(LAYOUTS) == 20

MENU_ITEMS = ["Trang chủ", "Thương mại điện tử", "Fintech", "Khởi nghiệp", "Giao vận", "Cảnh báo",
              "Tiêu dùng số", "Video", "Doanh nghiệp", "Podcast", "Công nghệ"]


def slug(s):
    s = unicodedata.normalize("NFD", s.lower().replace("đ", "d"))
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


# ---------------------------------------------------------------- page building
def build_page(k, row, title, sents, related, lay_):
    R = lambda p: rng_for(row, p)  # noqa: E731
    r = R("layout")
    site, dom = lay_["name"], lay_["dom"]
    sec, sub = lay_["secs"]
    d, hh, mm = pick_date(R("date"))
    date_line = fmt_date(lay_["dfmt"], d, hh, mm)
    title = detok(title)
    ent = []  # entries: ('body', [items]) | (kind, line) | ('u', line)

    # ---- related candidates
    rr = R("related")
    body_n = {norm(s) for s in sents} | {norm(title)}
    rel_items = []
    if related:
        idx = rr.sample(range(len(related)), min(len(related), rr.randint(4, 7)))
        for i in idx:
            _, rt, ra = related[i]
            h = detok(rt)
            t = teaser_of(ra)
            if norm(h) in body_n or (t and norm(t) in body_n):
                continue
            rel_items.append((h, t))
    rel_inline = rel_items[:1] if len(rel_items) >= 3 else []
    rel_block = rel_items[len(rel_inline):]

    # ---- byline material
    rb = R("byline")
    auth = person(rb)
    auth2 = person(rb)
    photog = person(rb)
    by = lay_["by"]

    # ---- header
    if lay_["site"] == "top":
        ent.append(("u", site))
    elif lay_["site"] == "top_caps":
        ent.append(("u", site.upper()))
    if lay_["menu"] == "bar":
        items = r.sample(MENU_ITEMS[1:], 5)
        ent.append(("widget", " | ".join(["Trang chủ"] + items)))
    else:
        for it in ["Trang chủ"] + r.sample(MENU_ITEMS[1:], 4):
            ent.append(("widget", it))
    if r.random() < 0.5:
        ent.append(("widget", r.choice(["Đăng nhập | Đăng ký", "Tìm kiếm", "Tải ứng dụng",
                                         f"Hotline: 0{r.randint(903, 989)} {r.randint(100, 999)} {r.randint(100, 999)}"])))
    if lay_["site"] == "none" and r.random() < 0.5:
        import datetime
        today = d + datetime.timedelta(days=r.randint(0, 3))
        ent.append(("widget", f"{WEEKDAYS[today.weekday()]}, {today.day:02d}/{today.month:02d}/{today.year}"))

    crumb = lay_["crumb"].format(sec=sec, sub=sub) if lay_["crumb"] else None

    def byline_top():
        if by == "top_plain":
            return [("byline", auth)]
        if by == "top_caps":
            return [("byline", auth.upper())]
        if by == "top_pair":
            return [("byline", f"{auth} - {auth2}")]
        if by == "top_agency":
            return [("byline", f"{auth} (TTXVN)" if rb.random() < 0.5 else "Theo TTXVN")]
        if by == "top_bai_anh":
            return [("byline", f"Bài: {auth}"), ("credit", f"Ảnh: {photog}")]
        return []

    order = lay_["order"]
    seq = {"crumb_title_date": ["crumb", "title", "date", "by"],
           "date_title": ["crumb", "date", "title", "by"],
           "crumb_title_by_date": ["crumb", "title", "by", "date"],
           "title_date": ["crumb", "title", "date", "by"],
           "crumb_date_title": ["crumb", "date", "title", "by"],
           "title_by_date": ["crumb", "title", "by", "date"],
           "date_title_by": ["crumb", "date", "title", "by"],
           "title_date_by": ["crumb", "title", "date", "by"]}[order]
    for part in seq:
        if part == "crumb" and crumb:
            ent.append(("widget", crumb))
        elif part == "title":
            ent.append(("u", title))
        elif part == "date":
            ent.append(("u", date_line))
            if lay_["dfmt"] in (0, 4) and r.random() < 0.4:
                ent.append(("widget", f"{r.randint(2, 40)} phút đọc" if r.random() < 0.5 else
                            f"Lượt xem: {r.randint(120, 9800):,}".replace(",", ".")))
        elif part == "by":
            ent.extend(byline_top())
    if "share" in lay_["tail"] and r.random() < 0.4:
        ent.append(("widget", "Chia sẻ Facebook Zalo"))

    # ---- paragraphs
    rp = R("para")
    pmin, pmax = lay_["para"]
    paras, i = [], 0
    while i < len(sents):
        n = rp.randint(pmin, pmax)
        paras.append(list(sents[i:i + n]))
        i += n

    # ---- pieces placed inside the story
    rc = R("captions")
    ppl = people_in(sents)
    captions = []
    nimg = rc.randint(*lay_["nimg"])
    scene_pool = rc.sample(SCENES, len(SCENES))
    for j in range(nimg):
        if ppl and j == 0 and rc.random() < 0.6:
            hon, nm = rc.choice(ppl)
            c = rc.choice([f"{hon.capitalize()} {nm} trao đổi với phóng viên {site}.",
                           f"{hon.capitalize()} {nm} tại buổi làm việc với phóng viên.",
                           f"{hon.capitalize()} {nm} chia sẻ về sự việc."])
        else:
            c = scene_pool[j]
        if norm(c) in body_n:
            continue
        captions.append(c)

    def image_block(j, c):
        cap = lay_["cap"]
        out = []
        if lay_["img_mark"]:
            out.append(("widget", lay_["img_mark"]))
        cr = rc.choice([photog, photog, "TL", site, "Shutterstock"])
        if cap == "inline_credit":
            out.append(("caption", f"{c} Ảnh: {cr}"))
        elif cap == "inline_credit_paren":
            out.append(("caption", f"{c} (Ảnh: {cr})"))
        elif cap == "sep_credit":
            out += [("caption", c), ("credit", f"Ảnh: {cr}")]
        elif cap == "credit_first":
            out += [("credit", f"Ảnh: {cr}"), ("caption", c)]
        elif cap == "gallery":
            out.append(("caption", f"Ảnh {j + 1}/{nimg}: {c}" if nimg > 1 else c))
        elif cap == "credit_only_mark":
            out += [("caption", c), ("credit", f"Nguồn: {site}")]
        elif cap == "infographic":
            out += [("caption", rc.choice(INFO_LABELS).format(y=d.year)), ("credit", f"Đồ hoạ: {photog}")]
        else:
            out.append(("caption", c))
        return out

    inline = {}  # after paragraph index -> list of entries

    def put(pos, items):
        inline.setdefault(min(max(pos, 0), max(len(paras) - 2, 0)), []).extend(items)

    if captions or lay_["cap"] == "infographic":
        if lay_["cap"] == "infographic":
            put(rc.randint(0, 2), image_block(0, ""))
        else:
            spots = sorted(rc.sample(range(0, max(len(paras) - 1, 1)), min(len(captions), max(len(paras) - 1, 1))))
            for j, (pos, c) in enumerate(zip(spots, captions)):
                put(pos, image_block(j, c))
    ri = R("inline")
    for w in lay_["inline"]:
        pos = ri.randint(1, max(1, len(paras) - 2))
        if w == "xemthem" and rel_inline:
            h = rel_inline[0][0]
            put(pos, [("related", ri.choice([f"Xem thêm: {h}", f">> {h}", f"ĐỌC THÊM: {h}"]))])
        elif w == "ad":
            put(pos, [("widget", ri.choice(["Quảng cáo", "ADVERTISEMENT", "Nội dung được tài trợ"]))])
        elif w == "pullquote" and len(sents) >= 4:
            qs = [q for x in sents for q in re.findall(r'"([^"]+)"', x) if 6 <= len(q.split()) <= 30]
            frag = ri.choice(qs).strip('"“” ') if qs else ""
            if frag and norm(frag) not in body_n and norm(f"“{frag}”") not in body_n:
                put(pos, [("widget", f"“{frag}”")])
        elif w == "box":
            put(pos, [("widget", ri.choice(["Mẹo an toàn khi mua sắm trực tuyến", "Cần biết", "Lưu ý cho người dùng ví"])),
                      ("widget", ri.choice(["Không cung cấp mã OTP cho bất kỳ ai, kể cả người xưng là nhân viên ngân hàng.",
                                            "Chỉ mua hàng trên gian hàng chính hãng có đánh giá tốt.",
                                            "Kiểm tra kỹ đường dẫn trước khi đăng nhập tài khoản."])),
                      ("widget", ri.choice(["Chỉ thanh toán khi đã nhận và kiểm tra hàng.",
                                            "Báo ngay cho ngân hàng khi phát hiện giao dịch lạ."]))])
        elif w == "hotline":
            put(pos, [("widget", f"Đường dây nóng phản ánh lừa đảo: 1900 {ri.randint(1000, 9999)}")])
        elif w == "video":
            put(pos, [("widget", "Video đang được xem nhiều"),
                      ("widget", f"00:00 / 0{ri.randint(1, 4)}:{ri.randint(10, 59)}")])
        elif w == "disclaimer_mid":
            put(pos, [("widget", "Nội dung dưới đây không phải là lời khuyên đầu tư.")])

    for pi, p in enumerate(paras):
        ent.append(("body", p))
        ent.extend(inline.get(pi, []))

    # ---- after the story
    if by == "end_right_caps":
        ent.append(("byline", auth.upper()))
    elif by == "end_bai":
        ent.append(("byline", f"Bài và ảnh: {person(rb, True)}"))
    elif by == "end_agency":
        ent.append(("byline", rb.choice([f"{auth} (TTXVN)", "Theo TTXVN", f"{auth}/TTXVN"])))
    elif by == "end_theo":
        ent.append(("byline", f"Theo {rb.choice(OUTLETS_OTHER)}"))
    elif by == "end_plain":
        ent.append(("byline", auth))
    elif by == "end_caps":
        ent.append(("byline", f"{auth.upper()} - {auth2.upper()}"))
    elif by == "end_pair":
        ent.append(("byline", f"{person(rb, True)} - {person(rb, True)}"))
    elif by == "box":
        ent += [("widget", "Tác giả"), ("byline", person(rb, True)),
                ("byline", rb.choice(["Phóng viên mảng tài chính số, theo dõi thị trường ví điện tử từ 2014.",
                                      "Biên tập viên chuyên mục khởi nghiệp và đầu tư mạo hiểm.",
                                      "Cây bút chuyên viết về thương mại điện tử và hành vi người tiêu dùng."]))]
    rt = R("tail")
    for t in lay_["tail"]:
        if t == "tags":
            tg = rt.sample(TAGS, rt.randint(2, 3))
            caps = re.findall(r"(?<=\s)([A-ZĐ][^\s,.:;!?'\"]*(?:\s[A-ZĐ][^\s,.:;!?'\"]*)*)", title)
            caps = [c for c in caps if c not in tg and len(c) > 2]
            if caps:
                tg.insert(0, caps[0])
            ent.append(("widget", rt.choice(["Từ khoá: ", "Tags: ", "Chủ đề: "]) + ", ".join(tg)))
        elif t == "share":
            ent.append(("widget", rt.choice(["Chia sẻ: Facebook | Zalo | Twitter", "Gửi bài viết qua email",
                                             "In bài viết", "Thích 0 | Chia sẻ"])))
        elif t == "reactions":
            ent.append(("widget", f"Thích {rt.randint(3, 900)} · Bình luận {rt.randint(0, 60)} · Chia sẻ {rt.randint(0, 120)}"))
        elif t == "disclaimer":
            ent.append(("widget", "Thông tin trong bài chỉ mang tính tham khảo, nhà đầu tư tự chịu trách nhiệm với quyết định của mình."))
        elif t == "hotline_end":
            ent.append(("widget", f"Bạn đọc phát hiện dấu hiệu lừa đảo xin báo về: toasoan@{dom} hoặc 0{rt.randint(903, 989)} {rt.randint(100, 999)} {rt.randint(100, 999)}"))
        elif t == "poll":
            ent += [("widget", rt.choice(["Bạn thường thanh toán đơn hàng online bằng cách nào?",
                                          "Bạn có từng nhận tin nhắn lừa đảo chưa?"])),
                    ("widget", "Tiền mặt khi nhận hàng"), ("widget", "Ví điện tử"),
                    ("widget", "Thẻ ngân hàng"), ("widget", "Bình chọn | Xem kết quả")]
        elif t == "comments":
            nc = rt.randint(0, 3)
            ent.append(("widget", f"Bình luận ({nc})" if rt.random() < 0.6 else "Ý kiến bạn đọc"))
            for c in rt.sample(COMMENTS, nc):
                ent.append(("widget", f"{person(rt, True)}: {c}"))
                if rt.random() < 0.5:
                    ent.append(("widget", f"Trả lời · Thích · {rt.randint(1, 23)} giờ trước"))
            ent.append(("widget", rt.choice(["Gửi bình luận", "Viết bình luận của bạn..."])))
        elif t == "rel" and rel_block:
            ent += related_block(lay_, rel_block, rt, d)
        elif t == "site_again":
            ent.append(("widget", site))
        elif t == "footer":
            ent.append(("widget", f"© {rt.randint(d.year, 2019)} {site}. Giữ toàn bộ bản quyền."))
            if rt.random() < 0.6:
                ent.append(("widget", f"Giấy phép số {rt.randint(100, 499)}/GP-BTTTT do Bộ Thông tin và Truyền thông cấp."))
            ent.append(("widget", rt.choice([f"Liên hệ: toasoan@{dom}", f"Email: banbientap@{dom}",
                                             f"Tầng {rt.randint(3, 15)}, số {rt.randint(2, 180)} đường Lê Văn Sỹ, quận 3, TP.HCM"])))
            if rt.random() < 0.4:
                ent.append(("widget", "Về đầu trang"))
    return ent, title, date_line, site


def related_block(lay_, items, rt, d):
    import datetime
    style = lay_["rel"]
    out = [("widget", lay_["rel_head"])]
    items = items[:rt.randint(3, 5)] if len(items) > 3 else items

    def dstr():
        x = d - datetime.timedelta(days=rt.randint(1, 60))
        return f"{x.day:02d}/{x.month:02d}/{x.year}"
    if style == "joined":
        out.append(("related", " | ".join(h for h, _ in items)))
        return out
    for n, (h, t) in enumerate(items, 1):
        if style == "bullet":
            out.append(("related", f"• {h}"))
        elif style == "dash":
            out.append(("related", f"- {h}"))
        elif style == "numbered":
            out.append(("related", f"{n}. {h}"))
        elif style == "dated":
            out.append(("related", f"{h} ({dstr()})"))
        elif style == "bullet_dated":
            out.append(("related", f"• {h}"))
            out.append(("widget", dstr()))
        elif style == "gt":
            out.append(("related", f">> {h}"))
        elif style == "teaser1":
            out.append(("related", f"{h} - {t}" if t else h))
        elif style == "teaser2":
            out.append(("related", h))
            if t and n <= 2:
                out.append(("related", t))
    return out


# ---------------------------------------------------------------- faults
FAULTS = ("nbsp", "zwsp", "double_space", "glued", "nfd")


def choose_faults(row):
    r = rng_for(row, "fault")
    if r.random() >= 0.27:
        return []
    n = 1 if r.random() < 0.7 else 2
    return sorted(r.sample(FAULTS, n), key=FAULTS.index)


def apply_glue(ent, r):
    cands = [(ei, j) for ei, (k, v) in enumerate(ent) if k == "body"
             for j in range(len(v) - 1) if v[j].endswith(".") and v[j + 1][:1].isupper()]
    if not cands or sum(len(v) for k, v in ent if k == "body") < 4:
        return False
    ei, j = r.choice(cands)
    v = list(ent[ei][1])
    v[j:j + 2] = [v[j] + v[j + 1]]
    ent[ei] = ("body", v)
    return True


def mutate_strings(ent, r, fn, share):
    """Apply fn to some strings: body items, furniture lines and unlabelled lines."""
    hit = 0
    for ei, (k, v) in enumerate(ent):
        if k == "body":
            nv = [fn(x, r) if r.random() < share else x for x in v]
            hit += sum(a != b for a, b in zip(nv, v))
            ent[ei] = (k, nv)
        elif r.random() < share / 2:
            nv = fn(v, r)
            hit += nv != v
            ent[ei] = (k, nv)
    return hit


def f_nbsp(s, r):
    sp = [i for i, c in enumerate(s) if c == " "]
    if not sp:
        return s
    for i in r.sample(sp, min(len(sp), r.randint(1, 3))):
        s = s[:i] + "\u00a0" + s[i + 1:]
    return s


def f_zwsp(s, r):
    pos = [i for i in range(1, len(s)) if s[i - 1].isalpha() and s[i].isalpha()]
    if not pos:
        return s
    i = r.choice(pos)
    return s[:i] + "\u200b" + s[i:]


def f_double(s, r):
    sp = [i for i, c in enumerate(s) if c == " "]
    if not sp:
        return s
    i = r.choice(sp)
    return s[:i] + "  " + s[i + 1:]


def apply_faults(ent, faults, row):
    r = rng_for(row, "fault-apply")
    done = []
    for f in faults:
        if f == "glued":
            if apply_glue(ent, r):
                done.append(f)
        elif f == "nbsp":
            if mutate_strings(ent, r, f_nbsp, 0.2):
                done.append(f)
        elif f == "zwsp":
            if mutate_strings(ent, r, f_zwsp, 0.1):
                done.append(f)
        elif f == "double_space":
            bodies = [(ei, j) for ei, (k, v) in enumerate(ent) if k == "body" for j in range(len(v))
                      if " " in v[j]]
            if bodies:
                ei, j = r.choice(bodies)
                v = list(ent[ei][1])
                v[j] = f_double(v[j], r)
                ent[ei] = ("body", v)
                done.append(f)
        elif f == "nfd":
            for ei, (k, v) in enumerate(ent):
                if k == "body":
                    ent[ei] = (k, [unicodedata.normalize("NFD", x) for x in v])
                else:
                    ent[ei] = (k, unicodedata.normalize("NFD", v))
            done.append(f)
    return done


# ---------------------------------------------------------------- contract
def check(page, unlabelled):
    lines = page.text.split("\n")
    for ln in lines:
        if not ln or ln != ln.strip():
            raise ValueError("blank or unstripped line")
    bi = fi = un = 0
    body, furn = page.body, page.furniture
    for ln in lines:
        if fi < len(furn) and ln == furn[fi][1]:
            if furn[fi][0] not in KINDS:
                raise ValueError("bad kind")
            fi += 1
            continue
        for n in range(1, 5):
            if bi + n <= len(body) and ln == " ".join(body[bi:bi + n]):
                bi += n
                break
        else:
            un += 1
            if un > 3:
                raise ValueError(f"unlabelled line: {ln[:60]}")
    if bi != len(body) or fi != len(furn):
        raise ValueError("walk did not use up body/furniture")
    for b in body:
        if b not in page.text:
            raise ValueError("body item not in text")
    bn = {norm(b) for b in body}
    if len(body) < 2:
        raise ValueError("too few body items")
    for k, ln in furn:
        if norm(ln) in bn:
            raise ValueError(f"furniture equals body: {ln[:60]}")
    for ln in unlabelled:
        if norm(ln) in bn:
            raise ValueError("unlabelled equals body")
    tn = norm(unlabelled[0]) if unlabelled else None
    for k, ln in furn:
        if k == "related":
            core = re.sub(r"^(Xem thêm: |ĐỌC THÊM: |>> |• |- |\d+\. )", "", unicodedata.normalize("NFC", ln))
            if norm(core) == tn or norm(core) in bn:
                raise ValueError("related equals title/body")


# ---------------------------------------------------------------- main
def pages(path):
    body_rows, related = read_rows(path)
    out = []
    for k, (row, title, article) in enumerate(body_rows):
        sents = story_sentences(title, article)
        if len(sents) < 3:
            continue
        lay_ = LAYOUTS[k % 20]
        ent, t, dl, site = build_page(k, row, title, sents, related, lay_)
        faults = choose_faults(row)
        done = apply_faults(ent, faults, row)
        lines, body, furn, unl = [], [], [], []
        for kind, v in ent:
            if kind == "body":
                lines.append(" ".join(v))
                body.extend(v)
            elif kind == "u":
                lines.append(v)
                unl.append(v)
            else:
                furn.append((kind, v))
                lines.append(v)
        title_line = next((v for kind, v in ent if kind == "u" and norm(v) == norm(t)), t)
        pg = Page("\n".join(lines), body, furn, f"{lay_['name']}" + ("" if not done else ""))
        check(pg, [title_line] + [u for u in unl if u != title_line])
        pg = pg._replace(layout=lay_["name"])
        out.append(pg)
        FAULT_LOG[id(pg)] = done
        FAULT_BY_TEXT[pg.text] = done
    return out


FAULT_LOG = {}
FAULT_BY_TEXT = {}


def main(argv):
    path = argv[1] if len(argv) > 1 else "/work/shared/data/vietnews_train.jsonl.gz"
    ps = pages(path)
    cols = ["pages", "body"] + list(KINDS) + ["faults"]
    rows = {}
    for p in ps:
        r = rows.setdefault(p.layout, dict.fromkeys(cols, 0))
        r["pages"] += 1
        r["body"] += len(p.body)
        for k, _ in p.furniture:
            r[k] += 1
        r["faults"] += len(FAULT_BY_TEXT.get(p.text, []))
    w = max(len(x["name"]) for x in LAYOUTS) + 2
    print("layout".ljust(w) + "".join(c.rjust(9) for c in cols))
    tot = dict.fromkeys(cols, 0)
    for lay_ in LAYOUTS:
        r = rows.get(lay_["name"])
        if not r:
            continue
        print(lay_["name"].ljust(w) + "".join(str(r[c]).rjust(9) for c in cols))
        for c in cols:
            tot[c] += r[c]
    print("TOTAL".ljust(w) + "".join(str(tot[c]).rjust(9) for c in cols))
    fk = {}
    for p in ps:
        for f in FAULT_BY_TEXT.get(p.text, []):
            fk[f] = fk.get(f, 0) + 1
    npf = sum(1 for p in ps if FAULT_BY_TEXT.get(p.text))
    print(f"pages with faults: {npf}; by fault: " + ", ".join(f"{f}={fk.get(f, 0)}" for f in FAULTS))


if __name__ == "__main__":
    main(sys.argv)
