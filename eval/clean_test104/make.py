#!/usr/bin/env python3
"""Page maker for held-out set `test104` (theme: food, cooking and consumer news).

Builds about 100 scraped article pages of invented Vietnamese outlets, labelled
line by line, from VietNews rows.  Standard library only.

    python3 make.py /work/shared/data/vietnews_train.jsonl.gz
"""
import gzip
import json
import re
import sys
import unicodedata
import random
from pathlib import Path
from typing import List, NamedTuple, Tuple

SETNAME = "test104"
SEED = 10477
BODY_ROWS = range(15000, 15100)
RELATED_ROWS = range(18600, 18700)
KINDS = ("byline", "credit", "caption", "related", "widget")


class Page(NamedTuple):
    text: str
    body: List[str]
    furniture: List[Tuple[str, str]]
    layout: str


def R(row, purpose):
    return random.Random(f"{SETNAME}|{SEED}|{row}|{purpose}")


# ---------------------------------------------------------------- normalising
ZW = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"), None)


def nk(s):
    s = unicodedata.normalize("NFC", s).translate(ZW)
    return re.sub(r"\s+", "", s).casefold()


# ---------------------------------------------------------------- reading
def read_rows(path):
    body, related = [], []
    last = max(BODY_ROWS[-1], RELATED_ROWS[-1])
    with gzip.open(str(path), "rb") as f:
        for i, raw in enumerate(f):
            if i > last:
                break
            if i not in BODY_ROWS and i not in RELATED_ROWS:
                continue
            try:
                d = json.loads(raw.decode("utf-8"))
            except Exception:
                continue
            if not isinstance(d, dict):
                continue
            t, a = d.get("title"), d.get("article")
            if not isinstance(t, str) or not isinstance(a, str):
                continue
            if not t.strip() or not a.strip():
                continue
            if i in BODY_ROWS:
                body.append((i, t.strip(), a))
            else:
                related.append((i, t.strip(), a[:1200]))
    return body, related


# ---------------------------------------------------------------- story text
def detok(s):
    s = unicodedata.normalize("NFC", s)
    s = s.replace("_", " ")
    s = re.sub(r"[ \t\r\n\u00a0]+", " ", s).strip()
    # straight double quotes: pair them and remove inner spaces
    s = re.sub(r'"\s*([^"]*?)\s*"', lambda m: '"' + m.group(1) + '"', s)
    # straight single quotes used as quotes: ' x '
    s = re.sub(r"(^|\s)'\s+([^']{1,80}?)\s+'(?=[\s,.;:!?)]|$)", r"\1'\2'", s)
    # curly quotes and brackets
    s = re.sub(r"([(\[{“‘])\s+", r"\1", s)
    s = re.sub(r"\s+([)\]}”’])", r"\1", s)
    # spaces before punctuation
    s = re.sub(r"\s+([,.;:!?%…])", r"\1", s)
    # a / b
    s = re.sub(r"(\S)\s+/\s+(\S)", r"\1/\2", s)
    s = re.sub(r" {2,}", " ", s)
    return s.strip()


ABBR = {"tp", "ts", "gs", "pgs", "ths", "bs", "q", "p", "mr", "mrs", "ms", "dr",
        "st", "co", "ltd", "inc", "corp", "nxb", "tt", "ks", "cn", "nsưt", "nsnd",
        "ptgs", "th.s", "v.v", "tr", "đ/c", "no", "vs", "ubnd", "x", "h", "tx"}


def split_sents(s):
    out, start = [], 0
    for m in re.finditer(r"[.!?…]+[\"”’)\]]*\s+(?=[\"“‘(\[]?[A-ZĐÀ-ỸÁÉÍÓÚÝÂÊÔƠƯĂ0-9])", s):
        seg = s[start:m.start()]
        word = seg.split(" ")[-1] if seg else ""
        word = word.lstrip("\"“‘([")
        core = word.rstrip(".")
        punct = s[m.start():m.end()].strip()
        if punct == ".":
            if (core.casefold() in ABBR or (len(core) == 1 and core.isalpha())
                    or re.fullmatch(r"(?:\w{1,2}\.)+\w{0,2}", core)):
                continue
        out.append(s[start:m.end()].strip())
        start = m.end()
    tail = s[start:].strip()
    if tail:
        out.append(tail)
    return out


CAPMARK = re.compile(
    r"(Ảnh\s*:|ẢNH\s*:|\(Ảnh|\bẢnh minh|minh ho[ạa]|minh h[ọo]a|Video\s*:|VIDEO\s*:|Clip\s*:|"
    r"\(trái\)|\(phải\)|\(giữa\)|Nguồn\s*:|Đồ ho[ạa]|Đồ h[ọo]a|Infographic|\b[Ảả]nh chụp|"
    r"[Tt]ừ trái (qua|sang)|\bPhoto\b)")
REPORT = re.compile(
    r"\b(cho biết|cho hay|nói|chia sẻ|khẳng định|nhấn mạnh|thông tin|tiết lộ|kể|cho rằng|"
    r"nhận định|đánh giá|phát biểu|trả lời|giải thích|thừa nhận|khai|xác nhận|thông báo|"
    r"đề nghị|yêu cầu|cảnh báo|nhận xét|bày tỏ|trao đổi|dự báo|báo cáo|tuyên bố|phản ánh|"
    r"lý giải|bình luận|ước tính|công bố|tâm sự|kiến nghị|khuyến cáo)\b")
CONNECT = re.compile(
    r"^(Tuy nhiên|Theo đó|Trong khi đó|Ngoài ra|Bên cạnh đó|Đồng thời|Do đó|Vì vậy|Vì thế|"
    r"Sau đó|Trước đó|Tiếp đó|Cũng theo|Theo|Mặt khác|Thế nhưng|Nhưng|Dù vậy|Song|Từ đó|"
    r"Khi đó|Lúc này|Đến nay|Cùng ngày|Ngay sau đó|Thậm chí|Đặc biệt|Riêng|Như vậy|Hiện nay|"
    r"Hiện|Mặc dù|Dù|Sau khi|Trước khi|Nếu|Do|Bởi|Ngoài|Còn|Cũng|Trước thực trạng|Trước tình hình)\b")


def balanced(s):
    if s.count('"') % 2:
        return False
    for a, b in ("()", "[]", "“”", "{}"):
        if s.count(a) != s.count(b):
            return False
    return True


def keep_sentence(s):
    if CAPMARK.search(s) or not balanced(s):
        return False
    if any(c in s for c in "|•»«■▶►"):
        return False
    if not re.search(r"[.!?…][\"”’)]*$", s):
        return False
    w = s.split()
    if len(w) < 8 or len(w) > 110:
        return False
    if any(":" in t for t in w[:6]):
        return False
    if re.search(r"\bTheo\s+[A-ZĐ][\w.]*(\s+[A-ZĐ][\w.]*){0,3}\s*\.?$", s):
        return False
    first = re.sub(r"^[\"“‘(\[']+", "", s)
    if not first or not (first[0].isupper() or first[0].isdigit()):
        return False
    short = len(w) <= 22 or (len(w) <= 30 and "," not in s)
    if short:
        quoted = bool(re.search(r"[\"“].{3,}[\"”]", s))
        if not (REPORT.search(s) or quoted or CONNECT.search(first)):
            return False
    return True


def story_sentences(title, article):
    tk = nk(detok(title))
    seen, out = set(), []
    for s in split_sents(detok(article)):
        k = nk(s)
        if k in seen or k == tk or not keep_sentence(s):
            seen.add(k)
            continue
        seen.add(k)
        out.append(s)
    return out


def teaser_of(article):
    all_ = split_sents(detok(article))
    ss = [s for s in all_ if keep_sentence(s)] or \
        [s for s in all_ if len(s.split()) >= 8 and balanced(s) and not CAPMARK.search(s)]
    if not ss:
        return None
    s = ss[0]
    w = s.split()
    if len(w) > 28:
        s = " ".join(w[:24]).rstrip(",;:") + "…"
    return s


# ---------------------------------------------------------------- invented data
NAMES = ["Minh Thư", "Hoàng Lan", "Quốc Tuấn", "Thanh Hà", "Ngọc Diệp", "Trần Khôi", "Lê Vy",
         "Phạm Duy Khánh", "Hải Yến", "Bảo Ngọc", "Đức Thịnh", "Thu Trang", "Nguyễn Hạnh",
         "Mai Phương", "Vũ Long", "Kim Oanh", "Tường Vi", "Gia Huy", "Đặng Nhung", "Hồng Phúc",
         "Lâm Tùng", "Diệu Linh", "Phan Quý", "Anh Thơ", "Khánh An", "Trúc Mai", "Văn Sang"]
OUTLETS = ["Báo Chợ Phiên", "Tạp chí Bàn Ăn", "Nhịp Sống Tiêu Dùng", "Báo Nông Gia",
           "Tạp chí Bếp Xanh", "Thời báo Hàng Hóa", "Kênh Gia Vị", "Báo Đời Sống Chợ"]
SOURCES = ["Tổng cục Thống kê", "Sở Công Thương", "Cục An toàn thực phẩm", "Hiệp hội Bán lẻ",
           "Ban quản lý chợ đầu mối", "Hội Bảo vệ người tiêu dùng", "khảo sát của PV"]
SCENES = ["Người dân chọn mua rau củ tại một chợ dân sinh.",
          "Quầy thực phẩm tươi sống tại một siêu thị ở quận 7.",
          "Lực lượng quản lý thị trường kiểm tra một cơ sở kinh doanh thực phẩm.",
          "Khách hàng xếp hàng thanh toán trong ngày khuyến mãi cuối tuần.",
          "Tiểu thương bày bán thịt heo tại chợ đầu mối Hóc Môn.",
          "Một góc chợ hải sản vào buổi sáng sớm.",
          "Nhân viên bếp chuẩn bị món ăn tại một nhà hàng ở trung tâm thành phố.",
          "Hàng hóa được niêm yết giá tại một cửa hàng tiện lợi.",
          "Trái cây nhập khẩu được bày bán trên vỉa hè.",
          "Cán bộ y tế lấy mẫu thực phẩm để kiểm nghiệm."]
COMMENTS = ["Mong cơ quan chức năng vào cuộc xử lý nghiêm để làm gương.",
            "Đọc xong mà thấy lo quá, giờ không biết tin vào đâu nữa.",
            "Bài viết rất hay, cảm ơn tác giả đã thông tin kịp thời.",
            "Nhà mình cũng gặp chuyện tương tự hồi năm ngoái.",
            "Cần kiểm tra thường xuyên hơn chứ không phải chờ có chuyện mới làm.",
            "Chia sẻ cho mọi người cùng biết mà cẩn thận.",
            "Thông tin hữu ích, mong báo tiếp tục theo dõi vụ việc.",
            "Giá cả thế này thì dân lao động như tụi tôi chịu sao nổi."]
COMMENTERS = ["Nguyễn Văn Tâm", "bachtuyet88", "Lan Hương", "Tuấn Anh (Q.Bình Thạnh)",
              "Hoa Phượng", "minhkhoa_92", "Cô Ba Sài Gòn", "Trường Giang"]
PRICES = ["Thịt ba chỉ: 118.000 đ/kg", "Cà chua: 22.000 đ/kg", "Trứng gà: 28.000 đ/chục",
          "Cá lóc đồng: 95.000 đ/kg", "Gạo ST25: 32.000 đ/kg", "Rau muống: 8.000 đ/bó",
          "Tôm thẻ: 180.000 đ/kg", "Thịt bò thăn: 260.000 đ/kg"]
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def rand_date(rng):
    import datetime
    d0 = datetime.date(2016, 1, 1)
    d = d0 + datetime.timedelta(days=rng.randrange(0, 4 * 365))
    return d, rng.randrange(6, 23), rng.randrange(0, 60)


def fmt_date(style, d, h, mi):
    wd = WEEKDAYS[d.weekday()]
    if style == 0:
        return f"{d.day:02d}/{d.month:02d}/{d.year} {h:02d}:{mi:02d}"
    if style == 1:
        return f"{wd}, {d.day}/{d.month}/{d.year}, {h:02d}:{mi:02d} (GMT+7)"
    if style == 2:
        return f"Cập nhật: {h:02d}:{mi:02d} ngày {d.day:02d}/{d.month:02d}/{d.year}"
    if style == 3:
        ap = "AM" if h < 12 else "PM"
        return f"{d.day:02d}-{d.month:02d}-{d.year} - {(h - 1) % 12 + 1:02d}:{mi:02d} {ap}"
    if style == 4:
        return f"Ngày {d.day} tháng {d.month} năm {d.year} | {h:02d}:{mi:02d}"
    if style == 5:
        return f"{h:02d}:{mi:02d} | {d.day:02d}/{d.month:02d}/{d.year}"
    if style == 6:
        return f"Đăng lúc {h}:{mi:02d} {wd.lower()} {d.day}/{d.month}/{d.year}"
    if style == 7:
        return f"{d.year}-{d.month:02d}-{d.day:02d} {h:02d}:{mi:02d}:{(h * mi) % 60:02d}"
    return f"{wd}, {d.day:02d}/{d.month:02d}/{d.year} - {h:02d}:{mi:02d}"


# ---------------------------------------------------------------- layouts
# head/tail tokens: site, menu, crumb, topdate, title, date, byline, ticker,
# share, tags, related, comments, footer, W:<static widget>, source, authorbox
L = lambda **k: k
LAYOUTS = [
    L(name="Bếp Nhà Việt", site="Bếp Nhà Việt", menu="Trang chủ Món ngon Mẹo bếp Sức khỏe Thực đơn Video",
      head=["site", "menu", "crumb", "title", "date"], date=1, by="caps_end", cap="sep", imgs=(1, 2),
      para=(1, 3), inside=["ad", "xemthem"], tail=["byline", "tags", "share", "related", "footer"],
      rel="bullet", crumb="Trang chủ » Tin tức » {sec}", sec="Đời sống"),
    L(name="Chợ Quê Online", site="CHỢ QUÊ ONLINE", menu="Giá cả | Nông sản | Chợ phiên | Tiêu dùng | Liên hệ",
      head=["topdate", "site", "menu", "ticker", "title", "byline", "date"], date=0, by="plain", cap="paren",
      imgs=(1, 1), para=(2, 3), inside=["box"], tail=["related", "comments", "footer"], rel="dated",
      crumb=None),
    L(name="Người Tiêu Dùng Mới", site="Người Tiêu Dùng Mới", menu="Thời sự  Quyền lợi  Cảnh báo  Hỏi đáp  Thị trường",
      head=["site", "menu", "crumb", "date", "title"], date=8, by="bai", cap="dash", imgs=(0, 2), para=(1, 2),
      inside=["hotline", "xemthem"], tail=["byline", "W:Bạn có phản ánh về sản phẩm, dịch vụ? Gửi cho chúng tôi qua hộp thư bandoc@ntdmoi.vn", "related", "share", "footer"],
      rel="numbered", crumb="Quyền lợi > {sec}", sec="Cảnh báo"),
    L(name="An Toàn Thực Phẩm 24h", site="antoanthucpham24h.vn", menu="TRANG CHỦ | TIN NÓNG | CẢNH BÁO | PHÁP LUẬT | TƯ VẤN",
      head=["site", "menu", "title", "date", "share"], date=2, by="theo", cap="plain", imgs=(1, 2), para=(2, 4),
      inside=["quote", "ad"], tail=["byline", "W:Thực phẩm này không phải là thuốc và không có tác dụng thay thế thuốc chữa bệnh.", "tags", "related", "footer"],
      rel="pipe", crumb=None),
    L(name="Giá Cả Thị Trường", site="GIÁ CẢ THỊ TRƯỜNG", menu="Vàng - Tỷ giá - Xăng dầu - Nông sản - Bất động sản",
      head=["ticker", "site", "menu", "crumb", "title", "date", "byline"], date=5, by="dash", cap="sep", imgs=(0, 1),
      para=(1, 3), inside=["infographic", "xemthem"], tail=["related", "W:Giá cả mang tính tham khảo, có thể thay đổi theo từng thời điểm.", "footer"],
      rel="teaser", crumb="Thị trường / {sec}", sec="Hàng tiêu dùng"),
    L(name="Sành Ăn", site="Sành Ăn", menu="Ăn gì  Ở đâu  Review  Công thức  Khuyến mãi",
      head=["site", "menu", "title", "authorbox", "date"], date=6, by="box", cap="gallery", imgs=(1, 3), para=(1, 2),
      inside=["ad"], tail=["reactions", "tags", "related", "comments", "footer"], rel="bullet", crumb=None),
    L(name="Siêu Thị Plus", site="SieuThiPlus", menu="Khuyến mãi hot  Siêu thị  Điện máy  Thực phẩm  Mẹ & bé",
      head=["W:Tải ứng dụng SieuThiPlus - Săn deal mỗi ngày", "site", "menu", "crumb", "title", "date"], date=3,
      by="caps_end", cap="paren", imgs=(1, 2), para=(2, 3), inside=["promo", "xemthem"],
      tail=["byline", "share", "related", "W:Đăng ký nhận bản tin khuyến mãi", "footer"], rel="xemthem",
      crumb="Trang chủ › {sec}", sec="Tin khuyến mãi"),
    L(name="Bản Tin Nông Sản", site="Bản Tin Nông Sản", menu="Trồng trọt | Chăn nuôi | Thủy sản | Giá nông sản | Xuất khẩu",
      head=["topdate", "site", "menu", "title", "date"], date=4, by="pv", cap="sep", imgs=(1, 1), para=(1, 4),
      inside=["box", "ad"], tail=["byline", "related", "tags", "footer"], rel="dated", crumb=None),
    L(name="Mâm Cơm Việt", site="Mâm Cơm Việt", menu="Món chính  Canh  Ăn vặt  Bánh  Đồ uống",
      head=["site", "menu", "crumb", "title", "byline", "date"], date=0, by="baianh", cap="plain", imgs=(1, 3),
      para=(1, 2), inside=["xemthem"], tail=["share", "related", "comments", "footer"], rel="bullet",
      crumb="Trang chủ / {sec}", sec="Chuyện bếp"),
    L(name="Tiêu Dùng Xanh", site="TIÊU DÙNG XANH", menu="Sống xanh | Thực phẩm sạch | Tiêu dùng | Môi trường",
      head=["site", "menu", "date", "title"], date=1, by="theo", cap="dash", imgs=(0, 1), para=(2, 3),
      inside=["quote"], tail=["byline", "tags", "related", "share", "footer"], rel="numbered", crumb=None),
    L(name="Khuyến Mãi Hôm Nay", site="khuyenmaihomnay.com", menu="Deal sốc  Mã giảm giá  Siêu thị  Ăn uống  Du lịch",
      head=["site", "menu", "title", "date", "W:Lượt xem: {views}"], date=7, by="plain_end", cap="mark", imgs=(1, 2),
      para=(1, 2), inside=["promo", "ad"], tail=["byline", "related", "W:Mã giảm giá chỉ áp dụng cho đơn hàng đầu tiên.", "footer"],
      rel="teaser", crumb=None),
    L(name="Thực Phẩm & Đời Sống", site="Thực Phẩm & Đời Sống", menu="Tin tức | An toàn thực phẩm | Dinh dưỡng | Gia đình | Pháp luật",
      head=["topdate", "site", "menu", "crumb", "title", "date", "byline"], date=8, by="caps", cap="sep",
      imgs=(1, 2), para=(2, 4), inside=["xemthem", "ad"], tail=["tags", "share", "related", "footer"],
      rel="bullet", crumb="Thực Phẩm & Đời Sống > {sec}", sec="Pháp luật"),
    L(name="Phố Ẩm Thực", site="PHỐ ẨM THỰC", menu="Review quán  Ẩm thực phố  Đặc sản  Công thức  Tin tức",
      head=["site", "menu", "title", "date"], date=5, by="dash_end", cap="gallery", imgs=(1, 2), para=(1, 3),
      inside=["quote", "ad"], tail=["byline", "reactions", "related", "comments", "footer"], rel="xemthem", crumb=None),
    L(name="Tin Chợ Lớn", site="Tin Chợ Lớn", menu="Thời sự - Chợ & giá - Doanh nghiệp - Tiêu dùng - Bạn đọc",
      head=["site", "menu", "crumb", "title", "date", "byline"], date=2, by="agency", cap="paren", imgs=(0, 1),
      para=(2, 3), inside=["box"], tail=["related", "share", "footer"], rel="numbered",
      crumb="Trang chủ - {sec}", sec="Xã hội"),
    L(name="Quyền Lợi Khách Hàng", site="Quyền Lợi Khách Hàng", menu="Khiếu nại  Cảnh báo lừa đảo  Luật tiêu dùng  Hỏi - đáp",
      head=["site", "menu", "title", "date"], date=6, by="caps_end", cap="dash", imgs=(0, 1), para=(1, 3),
      inside=["hotline", "xemthem"], tail=["byline", "W:Mọi thắc mắc xin gửi về hộp thư tuvan@quyenloikh.vn hoặc gọi 1900 6168", "related", "tags", "footer"],
      rel="pipe", crumb=None),
    L(name="Nhà Bếp Số", site="nhabepso.vn", menu="Công thức | Mẹo vặt | Dụng cụ bếp | Ăn khỏe | Video",
      head=["site", "menu", "crumb", "title", "byline", "date", "share"], date=0, by="plain", cap="sep",
      imgs=(1, 2), para=(1, 2), inside=["video", "ad"], tail=["tags", "related", "comments", "footer"],
      rel="teaser", crumb="Nhà Bếp Số » {sec}", sec="Tin tức"),
    L(name="Thương Mại & Tiêu Dùng", site="THƯƠNG MẠI & TIÊU DÙNG", menu="Thị trường | Doanh nghiệp | Bán lẻ | Xuất nhập khẩu | Tiêu dùng",
      head=["topdate", "site", "menu", "title", "date"], date=4, by="theo", cap="plain", imgs=(0, 1),
      para=(2, 4), inside=["infographic", "xemthem"], tail=["byline", "related", "share", "footer"], rel="dated", crumb=None),
    L(name="Gian Bếp Nhỏ", site="Gian Bếp Nhỏ", menu="Món ngon mỗi ngày  Bánh & chè  Ăn dặm  Góc chia sẻ",
      head=["site", "menu", "title", "authorbox", "date"], date=3, by="box", cap="mark", imgs=(1, 2), para=(1, 2),
      inside=["quote"], tail=["reactions", "related", "comments", "footer"], rel="bullet", crumb=None),
    L(name="Bữa Ngon", site="BỮA NGON", menu="Ẩm thực | Nhà hàng | Tiêu dùng | Sức khỏe | Giải trí",
      head=["site", "menu", "crumb", "title", "date"], date=7, by="pv", cap="paren", imgs=(1, 2), para=(2, 3),
      inside=["ad", "xemthem"], tail=["byline", "tags", "related", "footer"], rel="numbered",
      crumb="Bữa Ngon › {sec} › Tin", sec="Đời sống"),
    L(name="Thị Trường Nông Sản Việt", site="Thị Trường Nông Sản Việt", menu="Giá lúa gạo  Giá cà phê  Giá heo hơi  Rau quả  Thủy sản",
      head=["ticker", "site", "menu", "date", "title"], date=1, by="dash", cap="dash", imgs=(0, 2), para=(1, 3),
      inside=["box"], tail=["byline", "related", "share", "footer"], rel="teaser", crumb=None),
]


# ---------------------------------------------------------------- captions
def story_bits(sents):
    text = " ".join(sents)
    persons = re.findall(r"\b(ông|bà|anh|chị)\s+((?:[A-ZĐ][\wÀ-ỹ]*\s?){1,4})", text)
    persons = [(h, n.strip()) for h, n in persons if len(n.strip().split()) <= 4]
    places = re.findall(r"\b((?:tỉnh|TP|huyện|quận|xã|phường|chợ|thị xã|thị trấn)\s+(?:[A-ZĐ][\wÀ-ỹ]*\s?){1,3})", text)
    places = [p.strip() for p in places]
    orgs = re.findall(r"\b((?:Công an|UBND|TAND|VKSND)\s+(?:tỉnh|huyện|quận|TP|thành phố|thị xã)\s+(?:[A-ZĐ][\wÀ-ỹ]*\s?){1,3})", text)
    orgs = [o.strip() for o in orgs if len(o.split()) <= 6]
    bad = lambda x: x.split()[-1] in ("TP", "Q", "P", "Tp") or max(len(t) for t in x.split()) < 3
    persons = [(h, n) for h, n in persons if not bad(n)]
    return persons, [p for p in places if not bad(p)], [o for o in orgs if not bad(o)]


def make_caption(rng, bits):
    persons, places, orgs = bits
    opts = []
    for h, n in persons[:4]:
        H = h.capitalize()
        opts += [f"{H} {n} trao đổi với phóng viên.", f"{H} {n} tại buổi làm việc với cơ quan chức năng.",
                 f"{H} {n} kể lại sự việc với phóng viên."]
    for p in places[:4]:
        P = p[0].upper() + p[1:]
        opts += [f"Một góc {p} những ngày gần đây.", f"{P}, nơi xảy ra vụ việc.",
                 f"Khung cảnh {p} vào buổi sáng."]
    for o in orgs[:3]:
        opts += [f"Đại diện {o} làm việc với phóng viên.", f"Trụ sở {o}."]
    if not opts or rng.random() < 0.3:
        opts += SCENES
    return rng.choice(opts)


# ---------------------------------------------------------------- page builder
def build_page(k, row, title, sents, related_pool):
    lay = LAYOUTS[k % 20]
    rg = lambda p: R(row, p)
    rng = rg("layout")
    # --- faults
    frng = rg("faults")
    faults = []
    if frng.random() < 0.27:
        faults = frng.sample(["nbsp", "zwsp", "dspace", "glue", "nfd"], 1 if frng.random() < 0.7 else 2)
    # --- body items (with glue)
    items = list(sents)
    if "glue" in faults:
        cand = [i for i in range(len(items) - 1) if items[i].endswith(".") and len(items) > 3]
        if cand:
            i = frng.choice(cand)
            items[i:i + 2] = [items[i] + items[i + 1]]
        else:
            faults.remove("glue")
    # --- paragraphs
    prng = rg("paras")
    paras, i = [], 0
    lo, hi = lay["para"]
    while i < len(items):
        n = prng.randint(lo, hi)
        paras.append(items[i:i + n])
        i += n
    body_keys = {nk(s) for s in sents} | {nk(s) for s in items}
    tkey = nk(title)

    def ok(line):
        kk = nk(line)
        return kk and kk not in body_keys and kk != tkey

    # --- related items
    rrng = rg("related")
    pool = [(t, tz) for (_, t, tz) in related_pool
            if ok(t) and (tz is None or ok(tz))]
    rel = rrng.sample(pool, min(len(pool), rrng.randint(3, 6))) if pool else []
    rel_inline = rel[:1]
    rel_block = rel[1:] if len(rel) > 1 else []
    # --- people and dates
    nrng = rg("names")
    author = nrng.choice(NAMES)
    author2 = nrng.choice([n for n in NAMES if n != author])
    photog = nrng.choice(NAMES)
    outlet = nrng.choice(OUTLETS)
    drng = rg("date")
    d, h, mi = rand_date(drng)
    date_line = fmt_date(lay["date"], d, h, mi)
    bits = story_bits(sents)
    crng = rg("captions")
    seq = []  # (kind or None, line) / ("BODY", [items])

    def F(kind, line):
        if line and ok(line):
            seq.append((kind, line))

    def byline_lines():
        st = lay["by"]
        if st in ("caps", "caps_end"):
            return [("byline", author.upper())]
        if st in ("plain", "plain_end"):
            return [("byline", author)]
        if st == "bai":
            return [("byline", f"Bài: {author}"), ("credit", f"Ảnh: {photog}")]
        if st == "baianh":
            return [("byline", f"Bài và ảnh: {author}")]
        if st in ("dash", "dash_end"):
            return [("byline", f"{author} - {author2}")]
        if st == "theo":
            return [("byline", f"Theo {outlet}")]
        if st == "pv":
            return [("byline", rng.choice(["Nhóm PV Kinh tế", f"{author} (tổng hợp)", f"PV {author}"]))]
        if st == "agency":
            return [("byline", rng.choice(["(TTXVN)", f"{author} (TTXVN)", "Theo TTXVN"]))]
        return [("byline", author)]

    def related_lines(style, items_):
        out = []
        if style == "bullet":
            out = [("related", f"- {t}") for t, _ in items_]
        elif style == "numbered":
            out = [("related", f"{j + 1}. {t}") for j, (t, _) in enumerate(items_)]
        elif style == "dated":
            for t, _ in items_:
                dd, hh, mm = rand_date(rrng)
                out.append(("related", f"{t} ({dd.day:02d}/{dd.month:02d}/{dd.year})"))
        elif style == "pipe":
            out = [("related", " | ".join(t for t, _ in items_[:3]))]
            out += [("related", t) for t, _ in items_[3:]]
        elif style == "xemthem":
            out = [("related", f"Xem thêm: {t}") for t, _ in items_]
        elif style == "teaser":
            for t, tz in items_:
                out.append(("related", t))
                if tz:
                    out.append(("related", tz))
        return out

    def image_block():
        st = lay["cap"]
        cap = make_caption(crng, bits)
        cr = crng.choice([photog, "TL", "Internet", author, f"{photog}/{outlet}"])
        if st == "sep":
            F("caption", cap)
            F("credit", f"Ảnh: {cr}")
        elif st == "paren":
            F("caption", f"{cap} (Ảnh: {cr})")
        elif st == "dash":
            F("caption", f"{cap[:-1]} - Ảnh: {cr.upper()}")
        elif st == "plain":
            if crng.random() < 0.3:
                F("caption", "Ảnh minh họa")
            else:
                F("caption", cap)
        elif st == "mark":
            F("widget", crng.choice(["[Hình ảnh]", "Phóng to", "Click vào ảnh để xem kích thước lớn"]))
            F("caption", cap)
        elif st == "gallery":
            n = crng.randint(4, 12)
            F("widget", f"{crng.randint(1, n)}/{n}")
            F("caption", cap)
            if crng.random() < 0.5:
                F("credit", f"Ảnh: {cr}")

    def inside(tok):
        if tok == "ad":
            F("widget", rng.choice(["Quảng cáo", "ADVERTISEMENT", "- Quảng cáo -"]))
        elif tok == "xemthem" and rel_inline:
            t = rel_inline[0][0]
            F("related", rng.choice([f"Xem thêm: {t}", f">> {t}", f"ĐỌC THÊM: {t}"]))
        elif tok == "box":
            F("widget", rng.choice(["BẢNG GIÁ THAM KHẢO", "Giá tại chợ sáng nay"]))
            for p in rng.sample(PRICES, 3):
                F("widget", p)
        elif tok == "hotline":
            F("widget", f"Đường dây nóng phản ánh: 0{rng.randint(900, 989)} {rng.randint(100, 999)} {rng.randint(100, 999)}")
        elif tok == "quote":
            qs = [m.group(1) for s in sents for m in re.finditer(r"[\"“]([^\"”]{25,140})[\"”]", s)
                  if m.group(1)[0].isupper()]
            if qs:
                F("widget", f"“{rng.choice(qs).rstrip(' ,.')}”")
        elif tok == "infographic":
            F("caption", rng.choice(["Diễn biến giá thịt heo hơi trong 6 tháng qua.",
                                     "Chỉ số giá tiêu dùng các tháng đầu năm.",
                                     "Cơ cấu chi tiêu cho thực phẩm của hộ gia đình."]))
            F("credit", f"Nguồn: {rng.choice(SOURCES)}")
            if rng.random() < 0.5:
                F("credit", f"Đồ họa: {photog}")
        elif tok == "promo":
            F("widget", rng.choice(["GIẢM ĐẾN 50% - Mua ngay", "Ưu đãi độc quyền: nhập mã BEPNGON giảm 30.000đ",
                                    "Flash sale 12h - Số lượng có hạn"]))
        elif tok == "video":
            F("widget", "Video đang phát")
            F("caption", make_caption(crng, bits))
            F("credit", f"Video: {rng.choice([photog, outlet])}")
            F("widget", f"00:00 / 0{rng.randint(1, 5)}:{rng.randint(10, 59)}")

    def head_tail(tok, end):
        if tok == "site":
            seq.append((None, lay["site"]))
        elif tok == "menu":
            F("widget", lay["menu"])
        elif tok == "crumb" and lay.get("crumb"):
            F("widget", lay["crumb"].format(sec=lay.get("sec", "Tin tức")))
        elif tok == "topdate":
            import datetime
            td = min(d + datetime.timedelta(days=rng.randint(0, 900)), datetime.date(2019, 12, 31))
            F("widget", f"{WEEKDAYS[td.weekday()]}, ngày {td.day}/{td.month}/{td.year}")
        elif tok == "ticker":
            F("widget", "  ".join(rng.sample(PRICES, 3)) if lay["name"] != "Giá Cả Thị Trường"
              else f"Vàng SJC {rng.randint(36, 38)}.{rng.randint(10, 99)}0.000 | USD 23.{rng.randint(100, 300)} | Xăng RON95 {rng.randint(17, 21)}.{rng.randint(100, 900)}")
        elif tok == "title":
            seq.append((None, title))
        elif tok == "date":
            seq.append((None, date_line))
        elif tok == "byline":
            for kk, ln in byline_lines():
                F(kk, ln)
        elif tok == "authorbox":
            F("byline", author)
            F("byline", rng.choice([f"Biên tập viên mảng ẩm thực, {rng.randint(3, 12)} năm kinh nghiệm đứng bếp",
                                    "Food blogger, tác giả chuyên mục Bếp nhà mình",
                                    "Cộng tác viên chuyên mục Ăn gì ở đâu"]))
        elif tok == "share":
            F("widget", rng.choice(["Chia sẻ  Facebook  Zalo  Twitter", "Like 0 | Chia sẻ", "Gửi bài  In bài  Chia sẻ"]))
        elif tok == "tags":
            ws = []
            for w in [n for _, n in bits[0]] + bits[1]:
                w = re.sub(r"^(tỉnh|TP|huyện|quận|xã|phường|thị xã|thị trấn|chợ)\s+", "", w)
                if w not in ws and len(ws) < 3:
                    ws.append(w)
            ws += rng.sample(["tiêu dùng", "an toàn thực phẩm", "giá cả", "thị trường", "người tiêu dùng",
                              "quản lý thị trường", "tin nóng"], 2)
            F("widget", rng.choice(["Từ khóa: ", "Tags: ", "Chủ đề: "]) + ", ".join(ws))
        elif tok == "reactions":
            F("widget", f"Thích {rng.randint(0, 500)}  Yêu {rng.randint(0, 90)}  Wow {rng.randint(0, 30)}")
        elif tok == "related" and rel_block:
            F("widget", rng.choice(["Tin liên quan", "TIN CÙNG CHUYÊN MỤC", "Bài viết khác", "Có thể bạn quan tâm"]))
            for kk, ln in related_lines(lay["rel"], rel_block):
                F(kk, ln)
        elif tok == "comments":
            n = rng.randint(0, 3)
            F("widget", f"Bình luận ({n})" if n else "Chưa có bình luận nào. Hãy là người đầu tiên bình luận!")
            for c, who in zip(rng.sample(COMMENTS, n), rng.sample(COMMENTERS, n)):
                F("widget", who)
                F("widget", c)
                F("widget", f"{rng.randint(1, 23)} giờ trước  Trả lời  Thích")
            F("widget", "Gửi bình luận")
        elif tok == "footer":
            host = re.sub(r"[^a-z0-9]", "", unicodedata.normalize("NFD", lay["name"].replace("Đ", "D").replace("đ", "d")).encode("ascii", "ignore").decode().lower())
            F("widget", f"© {d.year} {lay['name']}. Giấy phép số {rng.randint(100, 499)}/GP-BTTTT.")
            if rng.random() < 0.6:
                F("widget", f"Liên hệ quảng cáo: ads@{host}.vn - ĐT: 028 {rng.randint(3800, 3999)} {rng.randint(1000, 9999)}")
        elif tok.startswith("W:"):
            F("widget", tok[2:].format(views=f"{rng.randint(120, 25000):,}".replace(",", ".")))

    for tok in lay["head"]:
        head_tail(tok, False)
    # body with inside furniture
    irng = rg("inside")
    nimg = irng.randint(*lay["imgs"])
    slots = list(range(0, len(paras) - 1))
    inserts = {}
    for s in irng.sample(slots, min(len(slots), nimg)):
        inserts.setdefault(s, []).append("img")
    for tok in lay["inside"]:
        if slots and irng.random() < 0.75:
            inserts.setdefault(irng.choice(slots), []).append(tok)
    if nimg and paras and irng.random() < 0.4:  # lead image right after title block
        image_block()
    for pi, p in enumerate(paras):
        seq.append(("BODY", p))
        for tok in inserts.get(pi, []):
            image_block() if tok == "img" else inside(tok)
    for tok in lay["tail"]:
        head_tail(tok, True)

    # --- character faults
    xrng = rg("chars")
    lines_idx = list(range(len(seq)))

    def mutate(s, kind):
        sp = [m.start() for m in re.finditer(r"(?<=\S) (?=\S)", s)]
        if not sp:
            return s
        if kind == "nbsp":
            for pos in xrng.sample(sp, min(len(sp), xrng.randint(1, 3))):
                s = s[:pos] + "\u00a0" + s[pos + 1:]
        elif kind == "dspace":
            pos = xrng.choice(sp)
            s = s[:pos] + "  " + s[pos + 1:]
        elif kind == "zwsp":
            ws = [m for m in re.finditer(r"[^\W\d_]{4,}", s)]
            if ws:
                m = xrng.choice(ws)
                mid = m.start() + len(m.group()) // 2
                s = s[:mid] + "\u200b" + s[mid:]
        return s

    for fk in ("nbsp", "zwsp", "dspace"):
        if fk in faults:
            targets = xrng.sample(lines_idx, max(1, len(lines_idx) // 4))
            if fk == "dspace":
                targets = targets[:2]
            for ti in targets:
                kind, val = seq[ti]
                if kind == "BODY":
                    j = xrng.randrange(len(val))
                    val = list(val)
                    val[j] = mutate(val[j], fk)
                    seq[ti] = (kind, val)
                else:
                    seq[ti] = (kind, mutate(val, fk))
    if "nfd" in faults:
        nf = lambda x: unicodedata.normalize("NFD", x)
        seq = [(kk, [nf(x) for x in v]) if kk == "BODY" else (kk, nf(v)) for kk, v in seq]

    lines, body, furn = [], [], []
    for kind, val in seq:
        if kind == "BODY":
            lines.append(" ".join(val))
            body.extend(val)
        else:
            lines.append(val)
            if kind is not None:
                furn.append((kind, val))
    page = Page("\n".join(lines), body, furn, lay["name"])
    return page, faults


# ---------------------------------------------------------------- contract check
def check(page, title):
    lines = page.text.split("\n")
    for ln in lines:
        if not ln or ln != ln.strip():
            raise ValueError("blank or unstripped line")
    for kind, ln in page.furniture:
        if kind not in KINDS:
            raise ValueError(f"bad kind {kind}")
    for b in page.body:
        if b not in page.text:
            raise ValueError("body item not in text")
    fi = bi = 0
    unl = []
    for ln in lines:
        if fi < len(page.furniture) and ln == page.furniture[fi][1]:
            fi += 1
            continue
        for n in range(1, 5):
            if bi + n <= len(page.body) and " ".join(page.body[bi:bi + n]) == ln:
                bi += n
                break
        else:
            unl.append(ln)
            if len(unl) > 3:
                raise ValueError("more than three unlabelled lines")
    if fi != len(page.furniture) or bi != len(page.body):
        raise ValueError("walk did not use up body/furniture")
    if len(page.body) < 3:
        raise ValueError("fewer than 3 body items")
    if nk(title) not in {nk(u) for u in unl}:
        raise ValueError("title missing")
    bk = {nk(b) for b in page.body}
    for part in page.body:  # also single sentences inside glued items
        for s in re.split(r"(?<=\.)(?=[A-ZĐ])", unicodedata.normalize("NFC", part)):
            bk.add(nk(s))
    for _, ln in page.furniture:
        if nk(ln) in bk:
            raise ValueError(f"furniture equals body sentence: {ln}")
    for ln in unl:
        if nk(ln) in bk:
            raise ValueError(f"unlabelled equals body sentence: {ln}")
    tk = nk(title)
    for kind, ln in page.furniture:
        if kind == "related":
            for piece in [ln] + re.split(r" \| |^Xem thêm: |^- |^\d+\. |^>> |^ĐỌC THÊM: ", ln):
                if piece and (nk(piece) == tk or nk(piece) in bk):
                    raise ValueError("related equals title/body")


# ---------------------------------------------------------------- main API
STATS = {}


def pages(path):
    body_rows, rel_rows = read_rows(path)
    related_pool = []
    for row, t, a in rel_rows:
        tt = detok(t)
        related_pool.append((row, tt, teaser_of(a)))
    out = []
    STATS.clear()
    for k, (row, title, article) in enumerate(body_rows):
        t = detok(title)
        sents = story_sentences(t, article)
        if len(sents) < 3:
            continue
        page, faults = build_page(k, row, t, sents, related_pool)
        check(page, t)
        out.append(page)
        STATS[id(page)] = faults
    return out


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
        r["faults"] += len(STATS.get(id(p), []))
    w = max(len(n) for n in tab) + 2
    print("layout".ljust(w) + "".join(c.rjust(9) for c in cols))
    tot = dict.fromkeys(cols, 0)
    for lay in LAYOUTS:
        r = tab.get(lay["name"])
        if not r:
            continue
        print(lay["name"].ljust(w) + "".join(str(r[c]).rjust(9) for c in cols))
        for c in cols:
            tot[c] += r[c]
    print("TOTAL".ljust(w) + "".join(str(tot[c]).rjust(9) for c in cols))
    fk = {}
    for p in ps:
        for f in STATS.get(id(p), []):
            fk[f] = fk.get(f, 0) + 1
    print("pages with faults:", sum(1 for p in ps if STATS.get(id(p))), "by type:", dict(sorted(fk.items())))


if __name__ == "__main__":
    main()
