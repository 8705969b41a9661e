#!/usr/bin/env python3
"""test99 - held-out page set for a cleaner of scraped Vietnamese news pages.

Theme: weather and disasters (storms, floods, landslides, droughts, forecasts,
rescue and relief) on invented weather services, disaster-news sites and
general outlets' live coverage.

Usage: python3 make.py /work/shared/data/vietnews_train.jsonl.gz
Standard library only.  pages(path) -> list[Page].
"""
import gzip
import json
import random
import re
import sys
import unicodedata
from datetime import datetime, timedelta
from typing import List, NamedTuple, Tuple

SETNAME = "test99"
SEED = 9929
BODY_ROWS = range(12300, 12400)
RELATED_ROWS = range(18100, 18200)
KINDS = ("byline", "credit", "caption", "related", "widget")


class Page(NamedTuple):
    text: str
    body: List[str]
    furniture: List[Tuple[str, str]]
    layout: str


def rng_for(row, purpose):
    return random.Random(f"{SETNAME}|{SEED}|{row}|{purpose}")


# ---------------------------------------------------------------- reading
def read_rows(path):
    """Stream the gzip once; return ({row: (title, article)}, {row: (title, article[:1200])})."""
    body, rel = {}, {}
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
                obj = json.loads(raw.decode("utf-8"))
            except (ValueError, UnicodeDecodeError):
                continue
            if not isinstance(obj, dict):
                continue
            t, a = obj.get("title"), obj.get("article")
            if not isinstance(t, str) or not isinstance(a, str):
                continue
            if inr:
                a = a[:1200]
            if not t.strip() or not a.strip():
                continue
            if inb:
                body[i] = (t, a)
            else:
                rel[i] = (t, a)
    return body, rel


# ---------------------------------------------------------------- text
ZW = "\u200b\u200c\u200d\u2060\ufeff"


def norm_key(s):
    s = unicodedata.normalize("NFC", s)
    s = "".join(ch for ch in s if ch not in ZW)
    s = "".join(s.split())
    return s.casefold()


def detok(s):
    s = unicodedata.normalize("NFC", s).replace("_", " ")
    s = re.sub(r"\s+", " ", s).strip()
    # straight double quotes: pair them and remove inner spaces
    parts = s.split('"')
    if len(parts) % 2 == 1 and len(parts) > 1:
        for j in range(1, len(parts), 2):
            parts[j] = parts[j].strip()
        s = '"'.join(parts)
    else:  # odd count (mixed quote styles): pair spaced quotes locally
        s = re.sub(r'(^|\s)"\s+([^"]{1,200}?)\s+"(?=\s|[,.;:!?)…]|$)', r'\1"\2"', s)
    # straight single quotes used as quotes (spaced)
    s = re.sub(r"(^|\s)'\s+([^'\n]{1,80}?)\s+'(?=\s|[,.;:!?)]|$)", r"\1'\2'", s)
    s = re.sub(r"([“(\[‘])\s+", r"\1", s)
    s = re.sub(r"\s+([”)\]’])", r"\1", s)
    s = re.sub(r"\s+([,.;:!?%…])", r"\1", s)
    s = re.sub(r"\s*/\s*", "/", s)
    s = re.sub(r"\s+", " ", s).strip()
    return s


ABBR = {"TP", "Tp", "TS", "GS", "PGS", "ThS", "BS", "Q", "P", "KS", "CN", "NXB",
        "Mr", "Mrs", "Ms", "Dr", "St", "TT", "Th", "NSƯT", "NSND", "ĐH", "Ths", "Ts"}


def split_sents(t):
    out, start = [], 0
    for m in re.finditer(r"[.!?…]+[\"”’)\]']*(?=\s)", t):
        end = m.end()
        rest = t[end:].lstrip()
        if not rest:
            continue
        nxt = rest[0]
        if not (nxt.isupper() or nxt.isdigit() or nxt in "\"“‘('["):
            continue
        if m.group() == ".":
            pm = re.search(r"(\S+)$", t[start:m.start()])
            w = pm.group(1) if pm else ""
            w2 = w.lstrip("(\"“")
            if (w2 in ABBR or (len(w2) == 1 and w2.isalpha())
                    or re.fullmatch(r"(?:\w+\.)+\w+", w2)):
                continue
        seg = t[start:end].strip()
        if seg:
            out.append(seg)
        start = end
    seg = t[start:].strip()
    if seg:
        out.append(seg)
    return out


CAPTION_MARKS = ["ảnh:", "(ảnh", "ảnh minh", "video:", "clip:", "clip ", "minh hoạ", "minh họa",
                 "(trái)", "(phải)", "(giữa)", "nguồn:", "đồ hoạ", "đồ họa", "infographic",
                 "trong ảnh", "ảnh trên", "ảnh dưới", "ảnh chụp", "xem thêm", "xem video",
                 "photo", "(video", "(clip", "hình ảnh:", "ảnh: "]
REPORT = ["cho biết", "cho hay", "nói", "chia sẻ", "khẳng định", "nhấn mạnh", "thông tin",
          "thông báo", "tiết lộ", "kể lại", "kể rằng", "nhận định", "đánh giá", "trả lời", "giải thích",
          "yêu cầu", "đề nghị", "phát biểu", "bày tỏ", "xác nhận", "dự báo", "cảnh báo",
          "nêu rõ", "tâm sự", "phản ánh", "thừa nhận", "nhận xét", "lý giải", "bác bỏ",
          "tuyên bố", "trao đổi", "nhớ lại", "cho rằng", "báo cáo", "dẫn lời", "kiến nghị",
          "đề xuất", "công bố", "khuyến cáo", "lưu ý", "nhận định", "thông tin thêm"]
REPORT_RE = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in REPORT) + r")(?!\w)")
CONNECT = ["Tuy nhiên", "Theo đó", "Trong khi đó", "Do đó", "Vì vậy", "Vì thế", "Ngoài ra",
           "Bên cạnh đó", "Đồng thời", "Trước đó", "Sau đó", "Cụ thể", "Hiện nay", "Hiện tại",
           "Mặc dù", "Dù", "Nhưng", "Song", "Thế nhưng", "Tuy vậy", "Ngay sau đó", "Cũng theo",
           "Theo", "Trước đây", "Không chỉ", "Chính vì", "Do", "Nhờ", "Từ đó", "Đến nay",
           "Tính đến", "Riêng", "Đặc biệt", "Thậm chí", "Cùng với", "Cùng ngày", "Trong đó",
           "Như vậy", "Bởi vậy", "Khi đó", "Lúc này", "Sau khi", "Trước khi", "Mới đây",
           "Trước thực trạng", "Trước tình hình", "Còn", "Bởi", "Vì", "Nếu", "Để", "Với",
           "Ngoài", "Hơn nữa", "Mặt khác", "Thực tế", "Trên thực tế", "Tiếp đó", "Kết quả",
           "Ngay sau", "Đáng chú ý", "Trước", "Sau"]
CONNECT_RE = re.compile(r"^[\"“]?(?:" + "|".join(re.escape(c) for c in sorted(CONNECT, key=len, reverse=True)) + r")(?!\w)")
FUSED_RE = re.compile(r"[a-zà-ỹđ0-9)] (?:Với|Khi|Trong|Các|Những|Mặc|Nếu|Tuy|Tại|Để|Sau|Trước|Đây|Điều|"
                      r"Ngoài|Hiện|Tờ|Bộ|Chiếc|Là|Không|Có|Một|Nhiều|Chúng|Tôi|Hướng|Sự|Chất|Cá|"
                      r"Mỗi|Đặc|Bên|Cùng|Song|Ông|Từ|Hãy|Ngay|Đó|Thế|Vì|Do|Còn|Được|Bị|Theo) "
                      r"|[a-zà-ỹđ0-9)] (?:Người|Tiền|Bộ|Giá|Tờ|Thị|Tình|Thời|Cuộc|Mức|Lợi|Vấn|Kết|Hình|"
                      r"Phương|Giải|Nguy|Nhu|Lý|Dòng|Mẫu|Căn|Phòng|Sản|Chính) [a-zà-ỹđ]"
                      r"|[:;,] (?:và |hoặc )?[-+–] "
                      r"|[a-zà-ỹđ][\"”] [" + "".join(c for c in map(chr, range(0x41, 0x1EF9)) if c.isupper()) + r"]")
ATTR_RE = re.compile(r"[”\"],\s*(?:ông|bà|anh|chị|em|cô|chú|thầy|GS|TS|PGS|đại diện|lãnh đạo)\b")


def balanced(s):
    if s.count('"') % 2:
        return False
    for a, b in (("“", "”"), ("(", ")"), ("[", "]"), ("‘", "’")):
        if s.count(a) != s.count(b):
            return False
    return True


def keep_sentence(s, title_key, seen):
    low = s.lower()
    if any(m in low for m in CAPTION_MARKS):
        return False
    if any(c in s for c in "|•»«►▶"):
        return False
    if not balanced(s):
        return False
    if not re.search(r"[.!?…][\"”’)]*$", s):
        return False
    words = s.split()
    if len(words) < 8 or len(words) > 110:
        return False
    if any(":" in w for w in words[:6]):
        return False
    if re.search(r"(?:^|[(\-–—.]\s*)Theo\s+[^,;]{1,45}\)?\.?$", s):
        return False
    first = s.lstrip("\"“‘'(")
    if not first or not (first[0].isupper() or first[0].isdigit()):
        return False
    if FUSED_RE.search(s):  # a subheading fused into the sentence
        return False
    k = norm_key(s)
    if k in seen or k == title_key:
        return False
    n = len(words)
    if n <= 22 or (n <= 30 and "," not in s):
        if not (REPORT_RE.search(s) or CONNECT_RE.search(s) or ATTR_RE.search(s)):
            return False
    seen.add(k)
    return True


def story_sentences(title, article):
    tkey = norm_key(title)
    seen = set()
    return [s for s in split_sents(detok(article)) if keep_sentence(s, tkey, seen)]


def extract_entities(sents):
    people, places = [], []
    for s in sents:
        toks = s.replace(",", " ,").replace(".", " .").split()
        for i, tk in enumerate(toks):
            if tk in ("ông", "bà", "Ông", "Bà", "anh", "chị"):
                name = []
                for t2 in toks[i + 1:i + 5]:
                    if t2[:1].isupper() and t2.isalpha():
                        name.append(t2)
                    else:
                        break
                if 2 <= len(name) <= 4:
                    people.append((tk.lower(), " ".join(name)))
            if tk in ("tỉnh", "huyện", "xã", "quận", "phường", "thôn", "bản", "sông", "đèo"):
                name = []
                for t2 in toks[i + 1:i + 4]:
                    if t2[:1].isupper() and t2.isalpha():
                        name.append(t2)
                    else:
                        break
                if name:
                    places.append(tk + " " + " ".join(name))
    return people, places


# ---------------------------------------------------------------- invented furniture data
SUR = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi",
       "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Trịnh", "Mai"]
MID = ["Văn", "Thị", "Minh", "Thu", "Hữu", "Đức", "Thanh", "Ngọc", "Quang", "Hoài", "Bảo",
       "Kim", "Phương", "Xuân"]
GIV = ["An", "Bình", "Châu", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hiếu", "Hùng", "Khánh",
       "Lan", "Linh", "Long", "Mai", "Nam", "Nga", "Phong", "Phúc", "Quân", "Sơn", "Tâm",
       "Thảo", "Trang", "Tú", "Tuấn", "Vy", "Yến", "Lộc", "Nhàn", "Duy", "Kiên"]
PROV = ["Quảng Ngãi", "Quảng Nam", "Thừa Thiên - Huế", "Hà Tĩnh", "Nghệ An", "Yên Bái",
        "Lào Cai", "Cà Mau", "Bến Tre", "Khánh Hoà", "Phú Yên", "Bình Định", "Đà Nẵng",
        "Hà Giang", "Sơn La", "Quảng Bình", "Sóc Trăng", "Kon Tum"]
CITIES = ["Hà Nội", "Đà Nẵng", "TP.HCM", "Huế", "Cần Thơ", "Hải Phòng", "Nha Trang", "Vinh",
          "Đà Lạt", "Lào Cai"]
CONDS = ["Mưa rào", "Nắng nóng", "Nhiều mây", "Mưa dông", "Mưa nhỏ", "Trời quang", "Sương mù"]
RIVERS = [("sông Hương", "Kim Long"), ("sông Thu Bồn", "Câu Lâu"), ("sông Trà Khúc", "Trà Khúc"),
          ("sông Hồng", "Long Biên"), ("sông Lam", "Nam Đàn"), ("sông Kôn", "Thạnh Hoà"),
          ("sông Gianh", "Mai Hoá"), ("sông Cả", "Chợ Tràng")]
SCENES = [
    "Nước lũ dâng cao, nhấn chìm nhiều tuyến đường trong khu dân cư ven sông",
    "Lực lượng cứu hộ dùng xuồng đưa người dân tới nơi an toàn",
    "Bầu trời chuyển màu đen kịt trước khi cơn dông ập tới",
    "Cánh đồng lúa nứt nẻ sau nhiều tháng nắng hạn kéo dài",
    "Điểm sạt lở trên tuyến quốc lộ qua vùng núi phía Bắc",
    "Người dân xếp hàng nhận hàng cứu trợ tại nhà văn hoá thôn",
    "Mây bão quan sát từ ảnh vệ tinh lúc rạng sáng",
    "Bản đồ dự báo lượng mưa 24 giờ tới trên cả nước",
    "Cây xanh bật gốc đè lên ô tô sau trận gió giật mạnh",
    "Bộ đội giúp dân gia cố nhà cửa trước khi bão đổ bộ",
    "Tàu thuyền vào khu neo đậu tránh trú bão",
    "Học sinh lội nước đến trường sau trận mưa lớn",
    "Nước mặn xâm nhập sâu khiến vườn cây ăn trái héo rũ",
    "Đoàn xe chở hàng cứu trợ lên đường vào vùng lũ",
    "Công nhân điện lực khắc phục sự cố sau mưa bão",
    "Người dân dọn dẹp bùn đất sau khi nước rút",
]
INFO_LABELS = [
    ["Lượng mưa dự báo: 100-200 mm", "Gió giật: cấp 8-9", "Vùng ảnh hưởng: Bắc và Trung Trung Bộ"],
    ["Cấp độ rủi ro thiên tai: cấp 3", "Sóng biển cao: 3-5 m", "Thời gian đổ bộ dự kiến: đêm nay"],
    ["Độ mặn đo được: 4-6‰", "Khoảng cách xâm nhập: 50-65 km", "Diện tích lúa thiệt hại: 12.000 ha"],
]
TAGS = ["bão số 9", "mưa lũ miền Trung", "sạt lở đất", "hạn hán", "xâm nhập mặn", "áp thấp nhiệt đới",
        "dự báo thời tiết", "cứu trợ", "lũ quét", "không khí lạnh", "nắng nóng", "triều cường",
        "phòng chống thiên tai", "El Nino", "cứu hộ cứu nạn"]
COMMENTS = [
    "Mong bà con vùng lũ sớm ổn định cuộc sống.",
    "Cảm ơn báo đã thông tin kịp thời.",
    "Năm nào cũng vậy, khổ nhất vẫn là người dân.",
    "Cần có giải pháp lâu dài chứ không chỉ chữa cháy.",
    "Bài viết rất hay và bổ ích.",
    "Xin hỏi khi nào thì hết mưa ạ?",
    "Chia buồn cùng các gia đình bị thiệt hại.",
]


def person(r):
    return f"{r.choice(SUR)} {r.choice(MID)} {r.choice(GIV)}"


def phone(r):
    return f"0{r.choice(['24', '236', '234', '28', '255'])} {r.randint(3000, 3999)} {r.randint(100, 999)}"


WD = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]


def fmt_date(d, f):
    wd = WD[d.weekday()]
    if f == 0:
        return f"{wd}, {d.day}/{d.month}/{d.year}, {d:%H:%M} (GMT+7)"
    if f == 1:
        return f"{d:%d/%m/%Y %H:%M}"
    if f == 2:
        return f"Cập nhật: {d:%H:%M}, {d:%d/%m/%Y}"
    if f == 3:
        return f"{d:%H:%M} | {d:%d/%m/%Y}"
    if f == 4:
        return f"Ngày {d.day} tháng {d.month} năm {d.year}"
    if f == 5:
        return f"{d:%d/%m/%Y} - {d:%H:%M}"
    if f == 6:
        return f"{wd.capitalize() if wd == 'Chủ nhật' else wd[:3] + wd[3:].lower()}, ngày {d:%d/%m/%Y} - {d:%H:%M}"
    if f == 7:
        return f"Đăng lúc {d:%H:%M} ngày {d.day}/{d.month}/{d.year}"
    if f == 8:
        return f"{d:%Y-%m-%d %H:%M:%S}"
    return f"{d:%d.%m.%Y} | {d:%H:%M} GMT+7"


# ---------------------------------------------------------------- layouts
# top / bottom: token lists; inline: tokens placed between paragraphs
LAYOUTS = [
    dict(name="thoitiet24h", site="Thời Tiết 24h", dom="thoitiet24h.vn", datef=0, para=(1, 3),
         menu=["Dự báo", "Bão lũ", "Khí hậu", "Cảnh báo", "Video"], menustyle="lines",
         top=["site", "weather", "menu", "crumb", "title", "date", "share"], byl="caps",
         inline=["img", "ad"], cap="cap_credit", rel="bullet", relhead="TIN LIÊN QUAN",
         bottom=["byline", "tags", "related", "footer"]),
    dict(name="bantinthientai", site="Bản Tin Thiên Tai", dom="bantinthientai.vn", datef=3, para=(2, 3),
         menu=["Trang chủ", "Thiên tai", "Cứu trợ", "Cảnh báo sớm", "Hỏi đáp"], menustyle="pipe",
         top=["hdate", "site", "menu", "title", "byline", "date"], byl="full",
         inline=["img", "xemthem", "img"], cap="cap_paren", rel="numbered", relhead="Bài viết cùng chủ đề",
         bottom=["hotline", "related", "comments", "footer"]),
    dict(name="khituongviet", site="Khí Tượng Việt", dom="khituongviet.vn", datef=5, para=(1, 2),
         menu=["Thời tiết", "Khí tượng", "Thuỷ văn", "Biển", "Nông vụ"], menustyle="lines",
         top=["site", "menu", "crumb", "date", "title"], byl="bai",
         inline=["info", "img"], cap="credit_cap", rel="dated", relhead="Tin cùng chuyên mục",
         bottom=["byline", "source", "disclaimer", "related", "footer"]),
    dict(name="cuuhoonline", site="Cứu Hộ Online", dom="cuuhoonline.vn", datef=1, para=(2, 4),
         menu=["Cứu hộ", "Cứu nạn", "Cứu trợ", "Tình nguyện"], menustyle="pipe",
         top=["site", "menu", "title", "date", "views"], byl="place",
         inline=["img", "donate"], cap="cap_only", rel="headline_teaser", relhead="Đọc thêm",
         bottom=["byline", "share", "related", "footer"]),
    dict(name="tinbaolu", site="Tin Bão Lũ", dom="tinbaolu.com.vn", datef=2, para=(1, 3),
         menu=["Bão", "Lũ lụt", "Sạt lở", "Hạn mặn", "Dự báo"], menustyle="lines",
         top=["site", "menu", "title", "date", "byline", "readtime"], byl="name",
         inline=["warn", "img", "video"], cap="cap_credit", rel="joined", relhead="Xem tiếp",
         bottom=["tags", "reactions", "related", "footer"]),
    dict(name="nhatbaomientrung", site="Nhật Báo Miền Trung", dom="nhatbaomientrung.vn", datef=7, para=(1, 2),
         menu=["Thời sự", "Trực tiếp", "Thiên tai", "Kinh tế", "Đời sống"], menustyle="pipe",
         top=["hdate", "site", "menu", "live", "title", "date"], byl="agency", live=True,
         inline=["img"], cap="cap_paren", rel="bullet", relhead="TIN KHÁC",
         bottom=["byline", "share", "related", "comments", "footer"]),
    dict(name="dongbangmoi", site="Báo Đồng Bằng Mới", dom="dongbangmoi.vn", datef=4, para=(2, 3),
         menu=["Nông nghiệp", "Hạn mặn", "Thuỷ lợi", "Thị trường"], menustyle="lines",
         top=["site", "menu", "crumb", "title", "date", "fontsize"], byl="caps",
         inline=["img", "img", "ad"], cap="imgmark", rel="plain", relhead="Tin liên quan",
         bottom=["byline", "tags", "related", "poll", "footer"]),
    dict(name="dubaonhanh", site="Dự Báo Nhanh", dom="dubaonhanh.vn", datef=8, para=(1, 2),
         menu=["Hôm nay", "Ngày mai", "10 ngày", "Radar", "Tin tức"], menustyle="pipe",
         top=["site", "weather", "menu", "title", "date"], byl="theo",
         inline=["info", "ad"], cap="cap_credit", rel="numbered", relhead="Tin mới nhất",
         bottom=["byline", "newsletter", "related", "footer"]),
    dict(name="tiengnoivungcao", site="Tiếng Nói Vùng Cao", dom="tiengnoivungcao.vn", datef=6, para=(2, 4),
         menu=["Thời sự", "Dân tộc", "Miền núi", "Thiên tai", "Văn hoá"], menustyle="lines",
         top=["site", "menu", "title", "byline", "date"], byl="place",
         inline=["img", "xemthem"], cap="gallery", rel="bullet", relhead="CÙNG CHUYÊN MỤC",
         bottom=["share", "related", "footer"]),
    dict(name="phongchongthientai", site="Phòng Chống Thiên Tai Online", dom="pctt-online.vn", datef=9, para=(1, 3),
         menu=["Chỉ đạo điều hành", "Tin địa phương", "Văn bản", "Cảnh báo"], menustyle="pipe",
         top=["site", "menu", "crumb", "title", "date"], byl="box",
         inline=["warn", "img"], cap="cap_paren", rel="dated", relhead="Các tin khác",
         bottom=["byline", "source", "related", "backtop", "footer"]),
    dict(name="tructuyensonghong", site="Trực Tuyến Sông Hồng", dom="tructuyensonghong.vn", datef=0, para=(1, 2),
         menu=["Tin nóng", "Trực tiếp", "Hà Nội", "Thời tiết", "Giao thông"], menustyle="lines",
         top=["site", "menu", "live", "title", "date", "byline"], byl="full", live=True,
         inline=["img", "ad"], cap="cap_credit", rel="headline_teaser", relhead="Tin liên quan",
         bottom=["share", "related", "comments", "footer"]),
    dict(name="nongnghiepkhihau", site="Nông Nghiệp & Khí Hậu", dom="nongnghiepkhihau.vn", datef=4, para=(2, 3),
         menu=["Khí hậu", "Mùa vụ", "Hạn hán", "Thuỷ lợi", "Chuyên gia"], menustyle="pipe",
         top=["site", "menu", "title", "date"], byl="bai",
         inline=["img", "pullquote", "img"], cap="credit_cap", rel="joined", relhead="Có thể bạn quan tâm",
         bottom=["byline", "tags", "related", "footer"]),
    dict(name="congtincuutro", site="Cổng Tin Cứu Trợ", dom="congtincuutro.org.vn", datef=1, para=(1, 3),
         menu=["Kêu gọi", "Hoàn cảnh", "Minh bạch", "Tin tức"], menustyle="lines",
         top=["site", "menu", "title", "date", "byline"], byl="caps",
         inline=["img", "donate"], cap="cap_only", rel="bullet", relhead="Xem thêm",
         bottom=["hotline", "share", "related", "disclaimer", "footer"]),
    dict(name="biendongthoibao", site="Biển Đông Thời Báo", dom="biendongthoibao.vn", datef=5, para=(2, 4),
         menu=["Biển đảo", "Ngư dân", "Bão biển", "Hàng hải"], menustyle="pipe",
         top=["hdate", "site", "menu", "crumb", "title", "date"], byl="agency",
         inline=["img", "video"], cap="cap_paren", rel="plain", relhead="Tin cùng chuyên mục",
         bottom=["byline", "related", "tags", "footer"]),
    dict(name="thoibaongaynay", site="Thời Báo Ngày Nay", dom="thoibaongaynay.vn", datef=3, para=(1, 2),
         menu=["Thời sự", "Trực tiếp", "Thế giới", "Kinh doanh", "Thời tiết"], menustyle="lines",
         top=["site", "menu", "live", "title", "byline", "date"], byl="name", live=True,
         inline=["img", "xemthem"], cap="cap_credit", rel="numbered", relhead="ĐỌC NHIỀU",
         bottom=["reactions", "related", "comments", "footer"]),
    dict(name="radarmua", site="Radar Mưa", dom="radarmua.vn", datef=8, para=(1, 3),
         menu=["Radar", "Vệ tinh", "Cảnh báo", "Tin tức", "Ứng dụng"], menustyle="pipe",
         top=["site", "weather", "menu", "title", "date"], byl="theo",
         inline=["info", "img"], cap="imgmark", rel="dated", relhead="Tin thời tiết khác",
         bottom=["byline", "newsletter", "related", "footer"]),
    dict(name="hanmannambo", site="Hạn Mặn Nam Bộ", dom="hanmannambo.vn", datef=2, para=(2, 3),
         menu=["Độ mặn", "Nước ngọt", "Sản xuất", "Chính sách"], menustyle="lines",
         top=["site", "menu", "crumb", "title", "date"], byl="bai",
         inline=["img", "ad", "img"], cap="cap_paren", rel="headline_teaser", relhead="Bài liên quan",
         bottom=["byline", "source", "related", "poll", "footer"]),
    dict(name="tinnhanhtaynguyen", site="Tin Nhanh Tây Nguyên", dom="tinnhanhtaynguyen.vn", datef=7, para=(1, 3),
         menu=["Gia Lai", "Đắk Lắk", "Kon Tum", "Lâm Đồng", "Đắk Nông"], menustyle="pipe",
         top=["hdate", "site", "menu", "title", "date", "views"], byl="full",
         inline=["img", "xemthem"], cap="gallery", rel="bullet", relhead="Tin liên quan",
         bottom=["byline", "share", "related", "footer"]),
    dict(name="moitruongdoisong", site="Môi Trường & Đời Sống Xanh", dom="moitruongxanh.vn", datef=6, para=(2, 4),
         menu=["Môi trường", "Biến đổi khí hậu", "Thiên tai", "Sống xanh"], menustyle="lines",
         top=["site", "menu", "crumb", "title", "date", "readtime"], byl="box",
         inline=["img", "pullquote"], cap="credit_cap", rel="plain", relhead="Bài viết khác",
         bottom=["byline", "tags", "related", "footer"]),
    dict(name="diemtin365", site="Điểm Tin 365", dom="diemtin365.vn", datef=9, para=(1, 2),
         menu=["Mới nhất", "Trực tiếp", "Xã hội", "Thời tiết", "Pháp luật"], menustyle="pipe",
         top=["site", "menu", "title", "date"], byl="agency", live=True,
         inline=["img", "video", "ad"], cap="cap_credit", rel="joined", relhead="Tin liên quan",
         bottom=["byline", "reactions", "related", "comments", "footer"]),
]


def make_captions(ctx, r):
    cands = []
    for hon, nm in ctx["people"][:3]:
        cands.append(r.choice([f"{hon.capitalize()} {nm} trao đổi với phóng viên.",
                               f"{hon.capitalize()} {nm} tại hiện trường",
                               f"{hon.capitalize()} {nm} chia sẻ với PV"]))
    for pl in ctx["places"][:3]:
        cands.append(r.choice([f"Một góc {pl} những ngày này.", f"Khung cảnh tại {pl}",
                               f"Lực lượng chức năng có mặt tại {pl}."]))
    r.shuffle(cands)
    sc = SCENES[:]
    r.shuffle(sc)
    # popped from the end: story-based captions first, then scene captions
    return [s + r.choice([".", ""]) for s in sc[:4]] + cands


class Builder:
    def __init__(self, spec, row, title, paras, sents, related, r):
        self.s, self.row, self.title, self.paras, self.r = spec, row, title, paras, r
        self.sents, self.related = sents, list(related)
        self.entries = []
        pe, pl = extract_entities(sents)
        self.caps = make_captions({"people": pe, "places": pl}, r)
        self.prov = r.choice(PROV)
        self.author = person(r)
        self.photog = person(r)
        base = datetime(2016, 1, 1) + timedelta(minutes=r.randint(0, 4 * 365 * 24 * 60 - 1))
        self.date = base
        self.rel_used = 0

    def f(self, kind, line):
        self.entries.append(("f", kind, line))

    def u(self, line):
        self.entries.append(("u", line))

    def next_rel(self):
        if self.rel_used < len(self.related):
            self.rel_used += 1
            return self.related[self.rel_used - 1]
        return None

    def caption(self):
        return self.caps.pop() if self.caps else self.r.choice(SCENES)

    # ---- tokens
    def tok(self, t):
        s, r = self.s, self.r
        d = self.date
        if t == "site":
            self.u(s["site"])
        elif t == "hdate":
            h = min(d + timedelta(days=r.randint(0, 400)), datetime(2019, 12, 31))
            self.f("widget", f"{WD[h.weekday()]}, ngày {h.day}/{h.month}/{h.year}")
        elif t == "weather":
            c = r.sample(CITIES, 2)
            self.f("widget", f"{c[0]} {r.randint(18, 37)}°C {r.choice(CONDS)}")
            if r.random() < 0.5:
                self.f("widget", f"{c[1]} {r.randint(18, 37)}°C {r.choice(CONDS)}")
        elif t == "menu":
            m = ["Trang chủ"] + s["menu"] if r.random() < 0.6 else s["menu"]
            if s["menustyle"] == "pipe":
                self.f("widget", " | ".join(m))
            else:
                for x in m:
                    self.f("widget", x)
            if r.random() < 0.3:
                self.f("widget", r.choice(["Đăng nhập", "Tìm kiếm", "English", "RSS"]))
        elif t == "crumb":
            sep = r.choice([" > ", " / ", " » "])
            self.f("widget", sep.join(["Trang chủ", r.choice(s["menu"]), self.prov]))
        elif t == "live":
            self.f("widget", r.choice(["TRỰC TIẾP", "● Trực tiếp", "Tường thuật trực tiếp"]))
        elif t == "title":
            self.u(self.title)
        elif t == "date":
            self.u(fmt_date(d, s["datef"]))
        elif t == "byline":
            self.byline()
        elif t == "share":
            self.f("widget", r.choice(["Chia sẻ", "Facebook Zalo Twitter", "Thích 0 Chia sẻ",
                                       "Chia sẻ bài viết: Facebook | Zalo | Email"]))
        elif t == "views":
            self.f("widget", r.choice([f"Lượt xem: {r.randint(120, 9000)}", f"{r.randint(120, 9000)} lượt xem"]))
        elif t == "readtime":
            self.f("widget", f"{r.randint(2, 7)} phút đọc")
        elif t == "fontsize":
            self.f("widget", "A- A+ In bài viết")
        elif t == "tags":
            tg = r.sample(TAGS, r.randint(2, 4))
            if r.random() < 0.5:
                self.f("widget", "Từ khoá: " + ", ".join(tg))
            else:
                self.f("widget", "Tags")
                for x in tg:
                    self.f("widget", "#" + x.replace(" ", ""))
        elif t == "hotline":
            self.f("widget", f"Đường dây nóng cứu hộ, cứu nạn: {phone(r)}")
        elif t == "donate":
            self.f("widget", r.choice([
                f"Ủng hộ đồng bào vùng thiên tai: STK {r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10000, 99999)} - Quỹ Chung Tay {self.prov}",
                f"Bạn đọc giúp đỡ bà con vùng lũ xin liên hệ: {phone(r)}"]))
        elif t == "source":
            self.f("credit", r.choice([f"Nguồn: Đài Khí tượng Thuỷ văn khu vực {self.prov}",
                                       f"Nguồn: Ban Chỉ huy PCTT&TKCN {self.prov}",
                                       "Nguồn: Trạm quan trắc Hoà Phong"]))
        elif t == "disclaimer":
            self.f("widget", r.choice([
                "Thông tin chỉ mang tính tham khảo, vui lòng theo dõi bản tin chính thức của cơ quan khí tượng.",
                "Mọi thông tin đóng góp xin gửi về hộp thư bandoc@" + s["dom"]]))
        elif t == "reactions":
            self.f("widget", f"Thích {r.randint(0, 300)} · Buồn {r.randint(0, 90)} · Phẫn nộ {r.randint(0, 20)}")
        elif t == "newsletter":
            self.f("widget", "Đăng ký nhận bản tin dự báo thời tiết hằng ngày qua email")
            self.f("widget", "Đăng ký")
        elif t == "backtop":
            self.f("widget", "Về đầu trang")
        elif t == "poll":
            self.f("widget", r.choice(["Bạn có nhận được cảnh báo thiên tai kịp thời không?",
                                       "Theo bạn, giải pháp nào hiệu quả nhất để ứng phó hạn mặn?"]))
            for o in r.sample(["Có", "Không", "Chưa rõ", "Ý kiến khác"], 3):
                self.f("widget", o)
            self.f("widget", "Bình chọn")
        elif t == "comments":
            n = r.randint(0, 3)
            self.f("widget", f"Bình luận ({n})")
            for c in r.sample(COMMENTS, n):
                self.f("widget", f"{r.choice(GIV)} {r.choice(SUR)}: {c}" if r.random() < 0.5 else c)
            self.f("widget", r.choice(["Gửi bình luận", "Ý kiến của bạn"]))
        elif t == "footer":
            y = d.year
            self.f("widget", f"© {y} {s['site']}. All rights reserved." if r.random() < 0.5
                   else f"Bản quyền © {s['site']} {y}")
            self.f("widget", f"Giấy phép số {r.randint(10, 480)}/GP-BTTTT cấp ngày {r.randint(1, 28)}/{r.randint(1, 12)}/{y - r.randint(1, 4)}")
            self.f("widget", r.choice([f"Email: toasoan@{s['dom']}", f"Hotline: {phone(r)}",
                                       f"Liên hệ quảng cáo: {phone(r)}"]))
        elif t == "related":
            self.related_block()
        else:
            raise KeyError(t)

    def byline(self):
        s, r, a = self.s, self.r, self.author
        b = s["byl"]
        short = " ".join(a.split()[-2:])
        if b == "caps":
            self.f("byline", a.upper())
        elif b == "full":
            self.f("byline", a)
        elif b == "name":
            self.f("byline", short)
        elif b == "bai":
            self.f("byline", r.choice([f"Bài và ảnh: {a}", f"Bài: {a} - Ảnh: {self.photog}", f"Bài, ảnh: {short}"]))
        elif b == "place":
            self.f("byline", f"{short} - {self.prov}" if r.random() < 0.6 else f"{a.upper()} ({self.prov})")
        elif b == "agency":
            self.f("byline", r.choice([f"{short} (TTXVN)", "(TTXVN)", f"Theo {short} (Thông tấn Phương Nam)"]))
        elif b == "theo":
            self.f("byline", r.choice(["Theo Bản Tin Thiên Tai", "Theo Khí Tượng Việt", f"Theo {short} (Tin Bão Lũ)"]))
        elif b == "box":
            self.f("byline", a)
            self.f("byline", r.choice(["Phóng viên mảng thiên tai, môi trường", "Biên tập viên ban Thời sự",
                                       f"Cộng tác viên tại {self.prov}"]))

    def image(self):
        s, r = self.s, self.r
        cap = self.caption()
        who = r.choice([self.photog, " ".join(self.photog.split()[-2:]), "TTXVN", "CTV", self.s["site"]])
        st = s["cap"]
        if st == "cap_credit":
            self.f("caption", cap)
            self.f("credit", f"Ảnh: {who}")
        elif st == "cap_paren":
            self.f("caption", cap.rstrip(".") + f". (Ảnh: {who})")
        elif st == "credit_cap":
            self.f("credit", f"Ảnh: {who}")
            self.f("caption", cap)
        elif st == "cap_only":
            self.f("caption", cap)
        elif st == "imgmark":
            self.f("widget", r.choice(["[Ảnh]", "Hình ảnh", "Phóng to"]))
            self.f("caption", cap)
        elif st == "gallery":
            n = r.randint(4, 12)
            self.f("widget", f"1/{n}")
            self.f("caption", cap)
            self.f("credit", f"Ảnh: {who}")

    def inline(self, t):
        r = self.r
        if t == "img":
            self.image()
        elif t == "video":
            self.f("widget", r.choice(["▶ Xem video", f"00:00 / 0{r.randint(1, 4)}:{r.randint(10, 59)}", "Video đang phát"]))
            self.f("caption", r.choice(SCENES) + r.choice(["", "."]))
            self.f("credit", f"Video: {r.choice([self.photog, 'Phóng viên ' + self.s['site']])}")
        elif t == "ad":
            self.f("widget", r.choice(["Quảng cáo", "ADVERTISEMENT", "Nội dung tài trợ"]))
        elif t == "xemthem":
            rel = self.next_rel()
            if rel:
                self.f("related", r.choice(["Xem thêm: ", ">> ", "Đọc thêm: "]) + rel[0])
        elif t == "warn":
            self.f("widget", r.choice(["CẢNH BÁO", "TIN KHẨN", "Tin cảnh báo"]))
            rv, st = r.choice(RIVERS)
            self.f("widget", f"Mực nước {rv} tại {st}: {r.randint(1, 9)},{r.randint(10, 99)} m (trên báo động {r.randint(1, 3)})")
        elif t == "info":
            labels = r.choice(INFO_LABELS)
            for x in labels:
                self.f("caption", x)
            self.f("credit", f"Đồ hoạ: {person(r)}")
        elif t == "pullquote":
            sent = r.choice(self.sents)
            w = sent.split()
            self.f("widget", "“" + " ".join(w[:min(9, len(w) - 3)]).rstrip(",;:") + "...”")
        elif t == "donate":
            self.tok("donate")

    def related_block(self):
        s, r = self.s, self.r
        rest = self.related[self.rel_used:]
        if not rest:
            return
        self.f("widget", s["relhead"])
        st = s["rel"]
        if st == "joined":
            sep = r.choice([" | ", " - ", " • "])
            chunk = rest[:3]
            self.f("related", sep.join(h for h, _ in chunk))
            for h, _ in rest[3:]:
                self.f("related", h)
            return
        bullet = r.choice(["• ", "- ", "» ", "+ "])
        for i, (h, tz) in enumerate(rest, 1):
            dd = self.date - timedelta(days=r.randint(1, 60))
            if st == "bullet":
                self.f("related", bullet + h)
            elif st == "numbered":
                self.f("related", f"{i}. {h}")
            elif st == "dated":
                self.f("related", f"{h} ({dd:%d/%m/%Y})" if s["datef"] != 8 else f"{dd:%d/%m} {h}")
            elif st == "plain":
                self.f("related", h)
            elif st == "headline_teaser":
                self.f("related", h)
                if tz:
                    self.f("related", tz)

    def build(self):
        s, r = self.s, self.r
        for t in s["top"]:
            self.tok(t)
        n = len(self.paras)
        slots = {}
        for t in s["inline"]:
            pos = 1 if t == "img" and "img" not in sum(slots.values(), []) else r.randint(1, max(1, n - 1))
            if n == 1:
                pos = 1
            slots.setdefault(min(pos, n), []).append(t)
        for i, p in enumerate(self.paras):
            if s.get("live") and (i == 0 or r.random() < 0.5):
                tm = self.date + timedelta(minutes=5 * i + r.randint(0, 4))
                self.f("widget", f"{tm:%H:%M}" if r.random() < 0.7 else f"{tm:%H:%M} {tm.day}/{tm.month}")
            self.entries.append(("b", list(p)))
            for t in slots.get(i + 1, []):
                self.inline(t)
        for t in s["bottom"]:
            self.tok(t)
        return self.entries


# ---------------------------------------------------------------- faults
def spaced(item, r, ch):
    idx = [i for i, c in enumerate(item) if c == " "]
    if not idx:
        return item
    i = r.choice(idx)
    return item[:i] + ch + item[i + 1:]


def zw_in_word(s, r):
    ws = [m for m in re.finditer(r"\w{4,}", s)]
    if not ws:
        return s
    m = r.choice(ws)
    k = m.start() + len(m.group()) // 2
    return s[:k] + "\u200b" + s[k:]


def apply_faults(entries, paras_glue, faults, r):
    """entries: list of ('u', line) / ('f', kind, line) / ('b', items). Mutates."""
    idxs = list(range(len(entries)))
    for fa in faults:
        if fa == "glue" and sum(len(e[1]) for e in entries if e[0] == "b") >= 4:
            cands = [i for i, e in enumerate(entries) if e[0] == "b" and len(e[1]) >= 2
                     and any(e[1][j].endswith(".") and e[1][j + 1][:1].isupper() for j in range(len(e[1]) - 1))]
            if cands:
                i = r.choice(cands)
                items = entries[i][1]
                js = [j for j in range(len(items) - 1) if items[j].endswith(".") and items[j + 1][:1].isupper()]
                j = r.choice(js)
                entries[i] = ("b", items[:j] + [items[j] + items[j + 1]] + items[j + 2:])
        elif fa in ("nbsp", "zwsp", "dbl"):
            k = {"nbsp": max(3, len(idxs) // 3), "zwsp": 3, "dbl": 2}[fa]
            for i in r.sample(idxs, min(k, len(idxs))):
                e = entries[i]
                fn = {"nbsp": lambda x: spaced(spaced(x, r, "\u00a0"), r, "\u00a0"),
                      "zwsp": lambda x: zw_in_word(x, r),
                      "dbl": lambda x: spaced(x, r, "  ")}[fa]
                if e[0] == "b":
                    j = r.randrange(len(e[1]))
                    items = list(e[1])
                    items[j] = fn(items[j])
                    entries[i] = ("b", items)
                elif e[0] == "f":
                    entries[i] = ("f", e[1], fn(e[2]))
                else:
                    entries[i] = ("u", fn(e[1]))
    return entries


# ---------------------------------------------------------------- contract
def check_page(p, title, nunl_max=3):
    lines = p.text.split("\n")
    if not p.text or any((not ln.strip()) or ln != ln.strip() for ln in lines):
        raise ValueError("blank or unstripped line")
    if len(p.body) < 3:
        raise ValueError("fewer than 3 body items")
    for b in p.body:
        if not b or "\n" in b or b != b.strip() or b not in p.text:
            raise ValueError("bad body item")
    for k, ln in p.furniture:
        if k not in KINDS:
            raise ValueError("bad kind " + k)
    bi = fi = 0
    unl = []
    for ln in lines:
        if fi < len(p.furniture) and ln == p.furniture[fi][1]:
            fi += 1
            continue
        ok = False
        for n in range(1, 5):
            if bi + n <= len(p.body) and " ".join(p.body[bi:bi + n]) == ln:
                bi += n
                ok = True
                break
        if ok:
            continue
        if ln in unl:
            raise ValueError("repeat of unlabelled line: " + ln)
        unl.append(ln)
        if len(unl) > nunl_max:
            raise ValueError("too many unlabelled lines: " + repr(unl))
    if bi != len(p.body) or fi != len(p.furniture):
        raise ValueError("walk did not use up body/furniture")
    bkeys = {norm_key(b) for b in p.body}
    for b in p.body:
        for part in re.split(r"(?<=[.!?…])(?=[A-ZĐ\u0110])", unicodedata.normalize("NFC", b)):
            bkeys.add(norm_key(part))
    for k, ln in p.furniture:
        if norm_key(ln) in bkeys:
            raise ValueError("furniture equals body: " + ln)
        if k == "related" and norm_key(ln) == norm_key(title):
            raise ValueError("related equals title")
    for ln in unl:
        if norm_key(ln) in bkeys:
            raise ValueError("unlabelled equals body: " + ln)
    if norm_key(title) not in {norm_key(x) for x in unl}:
        raise ValueError("title missing")


# ---------------------------------------------------------------- pages
def teaser(article, r):
    ss = [x for x in split_sents(detok(article)) if len(x.split()) >= 12]
    if not ss:
        return ""
    t = ss[0]
    w = t.split()
    if len(w) > 30:
        t = " ".join(w[:r.randint(18, 28)]).rstrip(",;:") + "..."
    return t


def pages(path):
    body, rel = read_rows(path)
    relrows = sorted(rel)
    out = []
    for k, row in enumerate(sorted(body)):
        title_raw, art = body[row]
        title = detok(title_raw)
        sents = story_sentences(title, art)
        if len(sents) < 3 or not title:
            continue
        spec = LAYOUTS[k % len(LAYOUTS)]
        r = rng_for(row, "layout")
        # paragraphs
        lo, hi = spec["para"]
        paras, i = [], 0
        rp = rng_for(row, "paras")
        while i < len(sents):
            n = rp.randint(lo, hi)
            paras.append(sents[i:i + n])
            i += n
        # related items
        rr = rng_for(row, "related")
        bkeys = {norm_key(s) for s in sents} | {norm_key(title)}
        related = []
        if relrows:
            for rrow in rr.sample(relrows, min(len(relrows), rr.randint(3, 6))):
                h = detok(rel[rrow][0])
                tz = teaser(rel[rrow][1], rr)
                if not h or norm_key(h) in bkeys:
                    continue
                if tz and norm_key(tz) in bkeys:
                    tz = ""
                related.append((h, tz))
        b = Builder(spec, row, title, paras, sents, related, r)
        entries = b.build()
        # make sure no furniture equals a body sentence or the title (drop such lines)
        entries = [e for e in entries if e[0] != "f" or norm_key(e[2]) not in bkeys]
        # faults
        rf = rng_for(row, "faults")
        faults = []
        if rf.random() < 0.3:
            faults = rf.sample(["nbsp", "zwsp", "dbl", "glue", "nfd"], rf.choice([1, 1, 2]))
        apply_faults(entries, None, [f for f in faults if f != "nfd"], rf)
        lines, bitems, furn = [], [], []
        for e in entries:
            if e[0] == "b":
                lines.append(" ".join(e[1]))
                bitems += e[1]
            elif e[0] == "f":
                lines.append(e[2])
                furn.append((e[1], e[2]))
            else:
                lines.append(e[1])
        text = "\n".join(lines)
        if "nfd" in faults:
            nf = lambda x: unicodedata.normalize("NFD", x)
            text = nf(text)
            bitems = [nf(x) for x in bitems]
            furn = [(kk, nf(x)) for kk, x in furn]
        p = Page(text, bitems, furn, spec["name"])
        check_page(p, title)
        out.append(p)
        FAULTS[id(p)] = faults
    return out


FAULTS = {}


def main(argv):
    path = argv[1] if len(argv) > 1 else "/work/shared/data/vietnews_train.jsonl.gz"
    ps = pages(path)
    cols = ["pages", "body"] + list(KINDS) + ["faults"]
    tab = {}
    for p in ps:
        t = tab.setdefault(p.layout, dict.fromkeys(cols, 0))
        t["pages"] += 1
        t["body"] += len(p.body)
        for k, _ in p.furniture:
            t[k] += 1
        t["faults"] += 1 if FAULTS.get(id(p)) else 0
    print(f"{'layout':22s}" + "".join(f"{c:>9s}" for c in cols))
    tot = dict.fromkeys(cols, 0)
    for spec in LAYOUTS:
        t = tab.get(spec["name"])
        if not t:
            continue
        print(f"{spec['name']:22s}" + "".join(f"{t[c]:9d}" for c in cols))
        for c in cols:
            tot[c] += t[c]
    print(f"{'TOTAL':22s}" + "".join(f"{tot[c]:9d}" for c in cols))


if __name__ == "__main__":
    main(sys.argv)
