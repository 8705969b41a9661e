#!/usr/bin/env python3
"""Held-out evaluation set test88 (sea, islands, fisheries, maritime news).

Builds labelled scraped article pages of invented Vietnamese maritime outlets
from VietNews rows.  Standard library only.

    python3 make.py /work/shared/data/vietnews_train.jsonl.gz
"""
import datetime
import gzip
import json
import random
import re
import sys
import unicodedata
from collections import Counter, OrderedDict
from pathlib import Path
from typing import NamedTuple

SETNAME = "test88"
SEED = 8888
BODY_ROWS = range(14900, 15000)
RELATED_ROWS = range(16400, 16500)
KINDS = ("byline", "credit", "caption", "related", "widget")


class Page(NamedTuple):
    text: str
    body: list
    furniture: list
    layout: str


def R(row, purpose):
    return random.Random(f"{SETNAME}|{SEED}|{row}|{purpose}")


# ---------------------------------------------------------------- input
def read_rows(path):
    body, rel = [], []
    last = max(BODY_ROWS.stop, RELATED_ROWS.stop) - 1
    with gzip.open(str(path), "rb") as fh:
        for i, raw in enumerate(fh):
            if i > last:
                break
            inb, inr = i in BODY_ROWS, i in RELATED_ROWS
            if not (inb or inr):
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
            if inb:
                body.append((i, t, a))
            else:
                rel.append((i, t, a[:1200]))
    return body, rel


# ---------------------------------------------------------------- text
def detok(s):
    s = s.replace("_", " ")
    s = re.sub(r"[ \t\r\n\u00a0]+", " ", s).strip()
    s = re.sub(r'"\s*([^"]*?)\s*"', r'"\1"', s)
    s = re.sub(r"(?<![\w])'\s+([^']*?)\s+'(?![\w])", r"'\1'", s)
    s = re.sub(r"\s+([,.;:!?%…])", r"\1", s)
    s = re.sub(r"([(\[“‘])\s+", r"\1", s)
    s = re.sub(r"\s+([)\]”’])", r"\1", s)
    s = re.sub(r"(\S) / (\S)", r"\1/\2", s)
    s = re.sub(r" {2,}", " ", s)
    return s.strip()


ABBR = {"TP", "Tp", "TS", "GS", "PGS", "ThS", "BS", "Q", "P", "TT", "KS", "NXB",
        "Th", "St", "Mr", "Mrs", "Dr", "Ths", "Ts", "Gs", "Pgs", "Bs", "TX", "CN", "No"}
SPLIT = re.compile(r'[.!?…]+["”’)\]]*(?=\s+["“(]?[0-9A-ZÀ-ỸĐ])')


def split_sentences(text):
    out, start = [], 0
    for m in SPLIT.finditer(text):
        end = m.end()
        seg = text[start:end]
        p = m.start()
        if text[p] == ".":
            tok = text[:p].split(" ")[-1].lstrip("(\"“")
            if tok in ABBR or (len(tok) == 1 and tok.isalpha()) or re.search(r"\w\.\w", tok):
                continue
        if seg.count('"') % 2 or seg.count("“") != seg.count("”"):
            continue
        out.append(seg.strip())
        start = end
    rest = text[start:].strip()
    if rest:
        out.append(rest)
    return [s for s in out if s]


CAPMARK = re.compile(r"ảnh:|\(ảnh|video:|clip:|minh ho[ạa]|minh h[ọo]a|\(trái\)|\(phải\)|\(giữa\)|nguồn:|"
                     r"đồ ho[ạa]|đồ h[ọo]a|ảnh chụp|infographic|\bảnh\s*[:/]|^ảnh\b|^video\b|^clip\b", re.I)
REPORT = re.compile(r"\b(nói|cho biết|cho hay|chia sẻ|khẳng định|nhấn mạnh|thông tin|thông báo|cho rằng|"
                    r"đề nghị|yêu cầu|kể|tâm sự|trả lời|phát biểu|bày tỏ|giải thích|xác nhận|khai|thừa nhận|"
                    r"nhận định|đánh giá|cảnh báo|tiết lộ|báo cáo|dự báo|kiến nghị|đề xuất|nêu rõ|lưu ý|"
                    r"nhấn mạnh|thông tin thêm|chỉ đạo|kết luận|ghi nhận)\b")
CONNECT = ("Tuy nhiên", "Trong khi đó", "Theo đó", "Đồng thời", "Ngoài ra", "Bên cạnh đó", "Trước đó",
           "Sau đó", "Do đó", "Vì vậy", "Vì thế", "Mặc dù", "Hiện nay", "Hiện", "Theo", "Khi", "Nếu",
           "Sau khi", "Trước khi", "Thế nhưng", "Nhưng", "Song", "Dù", "Riêng", "Cùng với", "Đến nay",
           "Như vậy", "Do", "Bởi", "Tuy vậy", "Thậm chí", "Đặc biệt", "Cụ thể", "Trước tình hình",
           "Từ đó", "Qua đó", "Ngay sau", "Cũng", "Còn", "Trong đó", "Tính đến", "Kết quả", "Để")
GLUE_OPEN = {"Theo", "Tại", "Trong", "Sau", "Khi", "Trước", "Hiện", "Đến", "Chiều", "Sáng", "Tối",
             "Đêm", "Vào", "Bên", "Ngoài", "Mặc", "Để", "Những", "Các", "Nhiều", "Đây", "Còn", "Nhưng",
             "Riêng", "Cùng", "Qua", "Như"}
ZW = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")


def norm(s):
    s = ZW.sub("", unicodedata.normalize("NFC", s))
    return "".join(s.split()).casefold()


def keep_sentence(s, title_key, seen):
    words = s.split()
    n = len(words)
    if n < 8 or n > 110:
        return False
    if CAPMARK.search(s) or any(c in s for c in "|•»«>"):
        return False
    if s.count('"') % 2 or s.count("(") != s.count(")") or s.count("[") != s.count("]") \
            or s.count("“") != s.count("”"):
        return False
    if not re.search(r'[.!?…]["”’)]*$', s):
        return False
    if ":" in " ".join(words[:6]):
        return False
    if re.search(r"\sTheo\s+(?:\S+\s+){0,4}\S+\.?$", s) and \
            all(w[:1].isupper() for w in s[s.rfind(" Theo ") + 6:].split()):
        return False
    first = s.lstrip('"“(\'')
    if not first or first[0].islower():
        return False
    for i in range(1, min(n, 12)):
        w = words[i].strip('"“')
        if w in GLUE_OPEN and words[i - 1][-1:] not in ".!?;:,":
            return False
    k = norm(s)
    if k == title_key or k in seen:
        return False
    if n <= 22 or (n <= 30 and "," not in s):
        ok = bool(REPORT.search(s)) or ('"' in s and re.search(r"\b(ông|bà|anh|chị|nói|cho biết)\b", s)) \
            or any(s.startswith(c + " ") or s.startswith(c + ",") for c in CONNECT)
        if not ok:
            return False
    seen.add(k)
    return True


def story_sentences(title, article):
    tkey = norm(detok(title))
    seen = set()
    return [s for s in split_sentences(detok(article)) if keep_sentence(s, tkey, seen)]


# ---------------------------------------------------------------- invented material
FAM = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Huỳnh"]
MID = ["Văn", "Thị", "Minh", "Hải", "Quốc", "Thanh", "Ngọc", "Đức", "Xuân", "Thu", "Bảo", "Hữu"]
GIV = ["Hải", "Dương", "Sơn", "Long", "Phong", "Ngân", "Hà", "Khánh", "Biển", "Đảo", "Vũ", "Tâm", "Trung",
       "Lâm", "Nam", "Sa", "Vân", "Thủy", "Triều", "Cường", "Phúc", "Hậu", "Hòa", "Bình"]
PLACES = ["Sinh Tồn", "Song Tử Tây", "Trường Sa Lớn", "Nam Yết", "Sơn Ca", "Đá Tây", "Cồn Cỏ", "Bạch Long Vĩ",
          "Lý Sơn", "Phú Quý", "Cô Tô", "Thổ Chu", "Hòn Khoai", "Côn Đảo", "Cù Lao Chàm"]
PORTS = ["Cảng Sa Kỳ", "Cảng cá Tắc Cậu", "Cảng Hòn Rớ", "Cảng Cát Lái", "Cảng Tiên Sa", "Cảng Quy Nhơn",
         "Cảng Chân Mây", "Cảng Cái Mép", "Cảng cá Thọ Quang", "Cảng Lạch Bạng"]
FISH = ["Cá ngừ đại dương", "Cá thu", "Mực ống", "Cá nục", "Tôm hùm bông", "Cá bớp", "Cá chim trắng",
        "Mực lá", "Cá hồng", "Ghẹ xanh", "Cá cơm than", "Cá mú đỏ"]
VESSELS = ["Hải Phong 27", "Biển Xanh 09", "Ngọc Sơn 16", "Trường Hải 45", "Phú Quý 88", "Sao Biển 03",
           "Hòa Bình 71", "Thuận An 12", "Đông Hải 36", "Minh Châu 58"]
SCENES = [
    "Tàu cá của ngư dân neo đậu kín cảng sau chuyến biển dài ngày.",
    "Cán bộ, chiến sĩ trên đảo chào cờ vào sáng thứ Hai đầu tuần.",
    "Ngư dân chuyển cá ngừ từ khoang tàu lên bờ để kịp phiên chợ sớm.",
    "Cột mốc chủ quyền nằm giữa bãi cát trắng dưới nắng trưa.",
    "Những hàng phong ba, bàng vuông xanh tốt quanh khu nhà chỉ huy.",
    "Tàu kiểm ngư tuần tra trên vùng biển khơi trong điều kiện sóng lớn.",
    "Chợ cá đầu cầu cảng nhộn nhịp từ lúc trời còn chưa sáng.",
    "Học sinh điểm trường trên đảo trong giờ học buổi sáng.",
    "Bộ đội hải quân giúp ngư dân sửa chữa máy tàu bị hỏng giữa biển.",
    "Đoàn công tác thả vòng hoa tưởng niệm các chiến sĩ đã hy sinh.",
    "Ngọn hải đăng trên đảo nhìn từ phía cầu cảng lúc hoàng hôn.",
    "Tàu hàng chờ cập cầu tại khu vực luồng vào cảng.",
    "Lực lượng cứu hộ đưa thuyền viên gặp nạn vào bờ an toàn.",
    "Phụ nữ làng chài vá lưới trên bãi biển vào buổi chiều.",
    "Giàn container được bốc xếp liên tục trong ca đêm.",
    "Các chiến sĩ trẻ tăng gia rau xanh trên đảo chìm.",
]
NAMES_BL = lambda rng: f"{rng.choice(FAM)} {rng.choice(MID)} {rng.choice(GIV)}"
PEN = ["Minh Hải", "Quốc Dũng", "Thanh Tùng", "Ngọc Lan", "Hải Đăng", "Văn Sơn", "Xuân Trường", "Thu Hà",
       "Đức Long", "Bảo Ngân", "Hữu Phước", "Minh Khang", "Thanh Bình", "Quang Vinh", "Hoài Nam", "Kim Oanh",
       "Trọng Nghĩa", "Hồng Nhung", "Phú Quý", "Anh Tuấn", "Duy Khánh", "Mỹ Linh", "Việt Hà", "Tấn Lực"]
SHORTN = lambda rng: rng.choice(PEN)

MENUS = [
    "Trang chủ | Thời sự | Biên giới biển | Quốc phòng | Pháp luật | Kinh tế biển | Văn hóa | Video",
    "TRANG CHỦ  CHÍNH TRỊ  HẢI QUÂN  BIỂN ĐẢO  XÃ HỘI  THẾ GIỚI  ẢNH  MULTIMEDIA",
    "Tin tức | Thủy sản | Thị trường | Khai thác | Nuôi trồng | Chính sách | Ngư dân",
    "Home > Cảng biển > Vận tải > Logistics > Hàng hải > Doanh nghiệp",
    "Giới thiệu | Tin tức - Sự kiện | Chỉ đạo điều hành | Văn bản | Dịch vụ công | Liên hệ",
]


def vn_weekday(d):
    return ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"][d.weekday()]


def fmt_date(dt, f):
    d, t = dt.strftime("%d/%m/%Y"), dt.strftime("%H:%M")
    return [
        f"{vn_weekday(dt)}, {d}, {t} (GMT+7)",
        f"{d} | {t}",
        f"Cập nhật lúc {t} ngày {d}",
        f"{t} - {d}",
        f"Ngày {dt.day} tháng {dt.month} năm {dt.year}",
        f"{dt.strftime('%d-%m-%Y')} {dt.strftime('%H:%M:%S')}",
        f"{vn_weekday(dt)}, ngày {dt.day}/{dt.month}/{dt.year} - {dt.strftime('%I:%M')} {'AM' if dt.hour < 12 else 'PM'}",
        f"Đăng lúc: {d} {t}",
        f"{dt.strftime('%Y-%m-%d %H:%M')}",
        f"{t}, {d}",
    ][f]


# ---------------------------------------------------------------- layouts
# keys: site, dom, datef, paras, byl (style), cap (style), rel (style), relhead, top, mid, end
LAYOUTS = [
    dict(name="bienphong_songca", site="BÁO BIÊN PHÒNG SÓNG CẢ", dom="bienphongsongca.vn", datef=0, paras=(2, 3),
         byl="caps_end", cap="below_credit", rel="bullets", relhead="TIN LIÊN QUAN",
         top=["hdate", "site", "menu0", "crumb", "title", "date", "sapo_tag"],
         mid=["img", "hotline", "img"], end=["byline", "tags", "relblock", "banner", "footer"]),
    dict(name="haiquan_nhandan", site="Hải Quân Nhân Dân Điện Tử", dom="haiquannhandan.vn", datef=4, paras=(1, 2),
         byl="dash_pair_top", cap="inline_credit", rel="numbered", relhead="Bài viết cùng chủ đề",
         top=["site", "menu1", "title", "byline", "date", "fontsize"],
         mid=["img", "pull", "img", "letter"], end=["sign_theo", "share", "relblock", "footer"]),
    dict(name="thuysan_viet", site="Thủy Sản Việt", dom="thuysanviet.net", datef=2, paras=(2, 4),
         byl="plain_end", cap="sep_credit_above", rel="dated", relhead="Tin mới cập nhật",
         top=["site", "menu2", "crumb", "title", "date", "views"],
         mid=["img", "xemthem", "price"], end=["byline", "credit_src", "relblock", "comments", "footer"]),
    dict(name="cangbien_24h", site="cangbien24h.vn", dom="cangbien24h.vn", datef=3, paras=(1, 3),
         byl="caps_top", cap="below", rel="joined", relhead="ĐỌC THÊM",
         top=["site", "menu3", "title", "byline", "date", "share"],
         mid=["port", "img", "ad"], end=["relblock", "tags", "footer"]),
    dict(name="cong_tinh_binhhai", site="Cổng thông tin điện tử tỉnh Bình Hải", dom="binhhai.gov.vn", datef=7,
         paras=(2, 4), byl="paren_end", cap="below", rel="bullets_date", relhead="Các tin khác",
         top=["site", "menu4", "crumb", "title", "date"],
         mid=["img"], end=["byline", "print", "relblock", "footer_gov"]),
    dict(name="khituong_biendong", site="Khí Tượng Biển Đông Online", dom="khituongbiendong.vn", datef=5,
         paras=(1, 2), byl="caps_end", cap="inline_credit", rel="headline_teaser", relhead="Tin dự báo khác",
         top=["site", "menu0", "title", "date", "weather"],
         mid=["img", "weather_zone"], end=["byline", "relblock", "hotline", "footer"]),
    dict(name="hanghai_viet", site="Tạp chí Hàng Hải Việt", dom="hanghaiviet.vn", datef=1, paras=(2, 3),
         byl="author_box", cap="below_credit", rel="xemthem_inline", relhead="Có thể bạn quan tâm",
         top=["site", "menu3", "crumb", "title", "date"],
         mid=["img", "xemthem", "port"], end=["authorbox", "tags", "relblock", "footer"]),
    dict(name="tieng_ngudan", site="TIẾNG NGƯ DÂN", dom="tiengngudan.vn", datef=6, paras=(1, 3),
         byl="bai_anh_top", cap="below", rel="bullets", relhead="Tin cùng chuyên mục",
         top=["hdate", "site", "menu2", "title", "byline", "date", "share"],
         mid=["img", "vessel", "img"], end=["price", "relblock", "comments", "footer"]),
    dict(name="biendao_quehuong", site="Biển Đảo Quê Hương", dom="biendaoquehuong.vn", datef=0, paras=(2, 3),
         byl="plain_end", cap="sep_credit_below", rel="numbered", relhead="XEM NHIỀU NHẤT",
         top=["banner", "site", "menu1", "title", "date"],
         mid=["img", "map", "banner_small"], end=["byline", "relblock", "banner", "footer"]),
    dict(name="truongsa_xanh", site="Trường Sa Xanh", dom="truongsaxanh.vn", datef=9, paras=(1, 2),
         byl="bai_anh_top", cap="gallery", rel="headline_teaser", relhead="Phóng sự ảnh khác",
         top=["site", "menu1", "crumb", "title", "byline", "date"],
         mid=["gallery", "gallery", "letter"], end=["share", "relblock", "footer"]),
    dict(name="cuabien_tv", site="Đài PT-TH Cửa Biển", dom="cuabientv.vn", datef=3, paras=(1, 2),
         byl="tv_end", cap="video", rel="bullets", relhead="Video khác",
         top=["site", "menu0", "player", "title", "date"],
         mid=["img", "ad"], end=["byline", "share", "relblock", "footer"]),
    dict(name="laodong_bien", site="Lao Động Biển", dom="laodongbien.vn", datef=0, paras=(2, 4),
         byl="caps_top", cap="inline_credit", rel="xemthem_inline", relhead="Tin nổi bật",
         top=["hdate", "site", "menu0", "crumb", "title", "byline", "date"],
         mid=["xemthem", "img", "hotline"], end=["tags", "relblock", "reactions", "comments", "footer"]),
    dict(name="tin_tauthuyen", site="Tin Tàu Thuyền", dom="tintauthuyen.com", datef=8, paras=(1, 3),
         byl="plain_end", cap="below", rel="dated", relhead="Tin tàu thuyền mới",
         top=["site", "menu2", "title", "date", "views"],
         mid=["vessel", "img", "coords"], end=["byline", "relblock", "footer"]),
    dict(name="canhsatbien_247", site="CẢNH SÁT BIỂN 24/7", dom="canhsatbien247.vn", datef=1, paras=(2, 3),
         byl="dash_pair_top", cap="below_credit", rel="joined", relhead="Tin khác",
         top=["site", "menu0", "crumb", "title", "byline", "date"],
         mid=["img", "hotline", "map"], end=["sign_theo", "tags", "relblock", "footer"]),
    dict(name="bao_duyenhai", site="Báo Duyên Hải điện tử", dom="baoduyenhai.vn", datef=6, paras=(2, 4),
         byl="paren_end", cap="sep_credit_above", rel="numbered", relhead="Đọc nhiều",
         top=["site", "menu4", "title", "date", "fontsize"],
         mid=["img", "ad", "img"], end=["byline", "share", "relblock", "poll", "footer"]),
    dict(name="logistics_bien", site="Logistics Biển", dom="logisticsbien.vn", datef=8, paras=(1, 3),
         byl="caps_top", cap="below", rel="bullets_date", relhead="RELATED NEWS / TIN LIÊN QUAN",
         top=["site", "menu3", "title", "byline", "date", "readtime"],
         mid=["port", "pull", "img"], end=["tags", "relblock", "newsletter", "footer"]),
    dict(name="thoibao_daiduong", site="Thời báo Đại Dương", dom="thoibaodaiduong.vn", datef=2, paras=(2, 3),
         byl="author_box", cap="below_credit", rel="headline_teaser", relhead="CÙNG CHUYÊN MỤC",
         top=["site", "menu1", "crumb", "title", "date", "share"],
         mid=["img", "pull", "xemthem"], end=["authorbox", "relblock", "comments", "footer"]),
    dict(name="haidang_online", site="Hải Đăng Online", dom="haidangonline.vn", datef=7, paras=(1, 2),
         byl="plain_end", cap="inline_credit", rel="bullets", relhead="Tin cùng chủ đề",
         top=["site", "menu0", "title", "date", "views"],
         mid=["img", "weather_zone", "ad"], end=["byline", "reactions", "relblock", "comments", "footer"]),
    dict(name="huyendao_honngoc", site="Cổng TTĐT huyện đảo Hòn Ngọc", dom="honngoc.gov.vn", datef=4,
         paras=(2, 4), byl="tv_end", cap="below", rel="bullets_date", relhead="Tin đã đưa",
         top=["site", "menu4", "crumb", "title", "date"],
         mid=["img", "coords"], end=["byline", "print", "relblock", "hotline", "footer_gov"]),
    dict(name="nhipsong_vungbien", site="Nhịp Sống Vùng Biển", dom="nhipsongvungbien.vn", datef=9, paras=(1, 2),
         byl="caps_top", cap="sep_credit_below", rel="xemthem_inline", relhead="Xem thêm",
         top=["site", "title", "byline", "date", "share"],
         mid=["img", "xemthem", "banner_small"], end=["relblock", "tags", "footer"]),
]


class Ctx:
    def __init__(self, row, lay, title, dt, sents, rel, rkey):
        self.row, self.lay, self.title, self.dt = row, lay, title, dt
        self.rng = R(row, "layout")
        self.rel = rel
        self.rel_i = 0
        self.banned = rkey
        self.author = NAMES_BL(R(row, "author"))
        self.photog = SHORTN(R(row, "photo"))
        self.names = extract_names(sents)
        self.sents = sents

    def next_rel(self):
        if self.rel_i < len(self.rel):
            self.rel_i += 1
            return self.rel[self.rel_i - 1]
        return None


SURN = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ",
        "Ngô", "Dương", "Lý", "Đinh", "Trương", "Lâm", "Mai", "Tô", "Đoàn", "Cao", "Lưu", "Châu", "Tạ", "Thái"}
PLACE_CUE = re.compile(r"\b(?:tỉnh|huyện|xã|thị xã|thị trấn|quận|thành phố|đảo|cảng|phường)((?:\s+[^\W\d_]+){1,3})")


def _caps(words):
    out = []
    for w in words:
        c = w.rstrip(",.;:!?)\"'…")
        if not (c[:1].isupper() and c.isalpha() and (len(c) == 1 or c[1:].islower())):
            break
        out.append(c)
        if c != w:
            break
    return out


def extract_names(sents):
    people, places = Counter(), Counter()
    for s in sents:
        ws = s.split()
        for i, w in enumerate(ws):
            if w in SURN and i > 0:
                c = _caps(ws[i:i + 4])
                if len(c) >= 3:
                    people[" ".join(c)] += 1
        for m in PLACE_CUE.finditer(s):
            c = _caps(m.group(1).split())
            if c and len(c) <= 3 and all(x.isalpha() for x in c):
                places[m.group(0)[:m.start(1) - m.start(0)].strip() + " " + " ".join(c)] += 1
    return [n for n, _ in people.most_common(3)], [p for p, _ in places.most_common(3)]


def caption_text(ctx, rng):
    ppl, plc = ctx.names
    r = rng.random()
    if ppl and r < 0.3:
        n = rng.choice(ppl)
        return rng.choice([f"{n} trong ảnh tư liệu.", f"Chân dung {n}.",
                           f"{n} tại buổi làm việc với cơ quan chức năng (ảnh tư liệu)."])
    if plc and r < 0.55:
        p = rng.choice(plc)
        return rng.choice([f"Quang cảnh tại {p}, nơi xảy ra sự việc.", f"Một góc {p} nhìn từ trên cao.",
                           f"Người dân {p} theo dõi thông tin vụ việc."])
    if r < 0.7:
        return ctx.title.rstrip(".") + " (ảnh tư liệu)."
    return rng.choice(SCENES)


def gen_img(ctx, rng):
    st = ctx.lay["cap"]
    cap = caption_text(ctx, rng)
    ph = SHORTN(rng)
    if st == "below":
        return [("caption", cap)]
    if st in ("below_credit", "inline_credit", "gallery"):
        cap = cap.replace(" (ảnh tư liệu).", ".").replace(" (ảnh tư liệu)", "")
        cap = re.sub(r"([?!…])\.$", r"\1", cap)
    if st == "below_credit":
        return [("caption", f"{cap} Ảnh: {ph}")]
    if st == "inline_credit":
        return [("caption", f"{cap[:-1]} (Ảnh: {ph})")]
    if st == "sep_credit_above":
        return [("credit", f"Ảnh: {ph}"), ("caption", cap)]
    if st == "sep_credit_below":
        return [("caption", cap), ("credit", f"Ảnh: {ph}/{ctx.lay['site']}")]
    if st == "gallery":
        k = rng.randint(1, 12)
        return [("widget", f"{k}/12"), ("caption", f"{cap} Ảnh: {ctx.photog}")]
    if st == "video":
        return [("widget", f"▶ {rng.randint(1, 4)}:{rng.randint(10, 59):02d}"), ("caption", cap),
                ("credit", f"Video: {ph}")]
    return [("caption", cap)]


def rel_line(ctx, style, item, rng, idx):
    t, teaser = item
    dd = ctx.dt - datetime.timedelta(days=rng.randint(1, 40))
    if style == "bullets":
        return [("related", f"- {t}")]
    if style == "numbered":
        return [("related", f"{idx}. {t}")]
    if style == "dated":
        return [("related", f"{t} ({dd.strftime('%d/%m')})")]
    if style == "bullets_date":
        return [("related", f"• {t} ({dd.strftime('%d/%m/%Y')})")]
    if style == "headline_teaser":
        out = [("related", t)]
        if teaser:
            out.append(("related", teaser))
        return out
    if style == "xemthem_inline":
        return [("related", f"» {t}")]
    return [("related", t)]


def gen_relblock(ctx, rng):
    st = ctx.lay["rel"]
    n = rng.randint(3, 5)
    items = [x for x in (ctx.next_rel() for _ in range(n)) if x]
    if not items:
        return []
    out = [("widget", ctx.lay["relhead"])]
    if st == "joined":
        for i in range(0, len(items), 2):
            out.append(("related", " | ".join(x[0] for x in items[i:i + 2])))
        return out
    for i, it in enumerate(items, 1):
        out += rel_line(ctx, st, it, rng, i)
    return out


def gen(ctx, key):
    rng = R(ctx.row, "gen:" + key + str(ctx.rng.random()))
    lay, dt = ctx.lay, ctx.dt
    if key == "site":
        return [("U", lay["site"])]
    if key == "title":
        return [("U", ctx.title)]
    if key == "date":
        return [("U", fmt_date(dt, lay["datef"]))]
    if key.startswith("menu"):
        return [("widget", MENUS[int(key[4:])])]
    if key == "hdate":
        h = dt + datetime.timedelta(days=rng.randint(0, 3))
        return [("widget", f"{vn_weekday(h)}, {h.strftime('%d/%m/%Y')}")]
    if key == "crumb":
        sec = rng.choice(["Biển đảo", "Ngư dân bám biển", "Thời sự", "Pháp luật", "Kinh tế biển", "Xã hội",
                          "Quốc phòng - An ninh", "Địa phương"])
        return [("widget", rng.choice([f"Trang chủ > {sec}", f"Trang chủ / Tin tức / {sec}", f"{sec} »  Tin tức"]))]
    if key == "sapo_tag":
        return [("widget", rng.choice(["(BPSC) -", "BPSC -", "Tin nóng"]))]
    if key == "byline":
        st = lay["byl"]
        a = ctx.author
        if st in ("caps_end", "caps_top"):
            return [("byline", a.upper())]
        if st == "dash_pair_top":
            return [("byline", f"{SHORTN(rng)} - {SHORTN(rng)}")]
        if st == "bai_anh_top":
            return [("byline", f"Bài và ảnh: {a}")]
        if st == "paren_end":
            return [("byline", f"{a} (Trung tâm Truyền thông tỉnh)")]
        if st == "tv_end":
            return [("byline", f"PV {SHORTN(rng)} - KTV {SHORTN(rng)}")]
        return [("byline", a)]
    if key == "sign_theo":
        return [("byline", f"Theo {rng.choice(['Báo Hải Đội', 'Tuần tin Biển Cả', 'TTX Biển', 'Báo Ngư Trường'])}")]
    if key == "authorbox":
        return [("widget", "Tác giả"), ("byline", ctx.author),
                ("byline", f"Phóng viên mảng biển đảo, {rng.randint(3, 15)} năm theo các chuyến tàu ra Trường Sa.")]
    if key == "credit_src":
        return [("credit", f"Nguồn: {rng.choice(['Chi cục Thủy sản', 'Tổng cục Thủy sản', 'Ban Khai thác Hải sản'])}")]
    if key == "fontsize":
        return [("widget", "Cỡ chữ: A- A A+")]
    if key == "views":
        return [("widget", f"{rng.randint(120, 9800)} lượt xem")]
    if key == "readtime":
        return [("widget", f"{rng.randint(2, 7)} phút đọc")]
    if key == "share":
        return [("widget", rng.choice(["Chia sẻ Facebook Zalo Twitter", "Like 0 Share", "Gửi bài  In bài  Chia sẻ"]))]
    if key == "print":
        return [("widget", "In trang | Gửi email | Về đầu trang")]
    if key == "tags":
        return [("widget", "Từ khóa: " + ", ".join(rng.sample(["biển đảo", "ngư dân", "Trường Sa", "hải quân",
                                                                  "cứu nạn", "cảng biển", "thủy sản", "bão",
                                                                  "tàu cá", "kiểm ngư"], 3)))]
    if key == "reactions":
        return [("widget", f"Thích {rng.randint(0, 300)}  Buồn {rng.randint(0, 40)}  Phẫn nộ {rng.randint(0, 60)}")]
    if key == "comments":
        out = [("widget", f"Bình luận ({rng.randint(1, 25)})")]
        for _ in range(rng.randint(1, 2)):
            out.append(("widget", f"{SHORTN(rng)}: " + rng.choice([
                "Mong các cơ quan chức năng sớm làm rõ.", "Bài viết rất hay, cảm ơn phóng viên.",
                "Thương bà con ngư dân quá, chúc mọi người bình an.", "Ủng hộ tòa soạn đưa tin kịp thời!"])))
        out.append(("widget", "Gửi bình luận"))
        return out
    if key == "poll":
        return [("widget", "Bình chọn: Bạn có ủng hộ quỹ Vì biển đảo quê hương?"),
                ("widget", "Có  |  Không  |  Ý kiến khác"), ("widget", "Xem kết quả")]
    if key == "newsletter":
        return [("widget", "Đăng ký nhận bản tin Logistics Biển hằng tuần qua email"),
                ("widget", "bantin@logisticsbien.vn")]
    if key == "footer":
        return [("widget", f"© {dt.year} {lay['site']}. Ghi rõ nguồn {lay['dom']} khi phát hành lại thông tin."),
                ("widget", f"Liên hệ quảng cáo: 0{rng.randint(200, 299)} {rng.randint(3000000, 3999999)} - "
                           f"toasoan@{lay['dom']}")]
    if key == "footer_gov":
        return [("widget", f"Cơ quan chủ quản: {lay['site'].replace('Cổng thông tin điện tử', 'UBND').replace('Cổng TTĐT', 'UBND')}"),
                ("widget", f"Địa chỉ: số {rng.randint(1, 99)} đường Trần Hưng Đạo - Điện thoại: 0{rng.randint(230, 299)}.{rng.randint(3800000, 3899999)}")]
    if key == "banner":
        return [("widget", rng.choice(["CHUNG TAY VÌ BIỂN ĐẢO QUÊ HƯƠNG - VÌ TRƯỜNG SA THÂN YÊU",
                                       "Biển đảo quê hương - Hướng về Trường Sa",
                                       "Cả nước vì Trường Sa, Trường Sa vì cả nước"]))]
    if key == "banner_small":
        return [("widget", "Chương trình \"Biển đảo quê hương\" - Ủng hộ qua tài khoản 0123 456 789")]
    if key == "ad":
        return [("widget", rng.choice(["Quảng cáo", "ADVERTISEMENT"])),
                ("widget", rng.choice(["Máy định vị hành trình tàu cá - Lắp đặt miễn phí, hotline 0909 118 447",
                                       "Lưới vây Hải Yến - Bền chắc qua mọi con sóng",
                                       "Sơn chống hà BlueHull - Giảm 20% cho ngư dân"]))]
    if key == "hotline":
        return [("widget", "ĐƯỜNG DÂY NÓNG"),
                ("widget", f"Trung tâm Phối hợp tìm kiếm cứu nạn hàng hải khu vực {rng.choice(['I', 'II', 'III', 'IV'])}: "
                           f"0{rng.randint(200, 299)} {rng.randint(3800000, 3899999)}"),
                ("widget", f"Đồn Biên phòng {rng.choice(PLACES)}: 0{rng.randint(900, 989)} {rng.randint(100, 999)} {rng.randint(100, 999)}")]
    if key == "weather":
        return [("widget", f"Sóng cao {rng.randint(1, 4)}-{rng.randint(5, 7)} m | Gió cấp {rng.randint(5, 8)}, giật cấp {rng.randint(8, 11)}")]
    if key == "weather_zone":
        out = [("widget", "BẢN TIN THỜI TIẾT BIỂN")]
        for z in rng.sample(["Vịnh Bắc Bộ", "Bắc Biển Đông", "Giữa Biển Đông", "Quần đảo Hoàng Sa",
                             "Quần đảo Trường Sa", "Vịnh Thái Lan"], 3):
            out.append(("widget", f"{z}: gió {rng.choice(['đông bắc', 'tây nam', 'đông'])} cấp {rng.randint(4, 6)}, "
                                  f"sóng cao {rng.randint(1, 3)}-{rng.randint(3, 5)} m, biển {rng.choice(['động', 'động mạnh', 'êm'])}"))
        return out
    if key == "port":
        out = [("widget", "LỊCH TÀU ĐẾN - ĐI"), ("widget", "Tên tàu | Cầu bến | Giờ đến | Giờ đi")]
        for v in rng.sample(VESSELS, 3):
            h = rng.randint(0, 23)
            out.append(("widget", f"{v} | {rng.choice(PORTS)} | {h:02d}:00 | {(h + rng.randint(6, 30)) % 24:02d}:30"))
        return out
    if key == "vessel":
        return [("widget", "THÔNG TIN TÀU"),
                ("widget", f"Số hiệu tàu: {rng.choice(['QNg', 'BĐ', 'KH', 'BT', 'NA'])}-{rng.randint(90000, 99999)}-TS"),
                ("widget", f"Công suất: {rng.randint(90, 980)} CV - Chiều dài: {rng.randint(12, 28)} m"),
                ("widget", f"Ngư trường: {rng.choice(['Hoàng Sa', 'Trường Sa', 'Vịnh Bắc Bộ', 'Đông Nam Bộ'])}")]
    if key == "price":
        out = [("widget", f"GIÁ HẢI SẢN HÔM NAY ({dt.strftime('%d/%m')})")]
        for f in rng.sample(FISH, 3):
            out.append(("widget", f"{f}: {rng.randint(40, 450)}.000 đ/kg"))
        return out
    if key == "map":
        p = rng.choice(PLACES)
        return [("caption", f"Vị trí đảo {p} trên bản đồ (vĩ độ {rng.randint(6, 17)}°{rng.randint(0, 59)}' Bắc, "
                            f"kinh độ {rng.randint(109, 117)}°{rng.randint(0, 59)}' Đông)."),
                ("credit", "Đồ họa: " + SHORTN(rng))]
    if key == "coords":
        return [("caption", f"Tọa độ: {rng.randint(6, 17)}°{rng.randint(0, 59)}'N - {rng.randint(104, 117)}°{rng.randint(0, 59)}'E")]
    if key == "letter":
        return [("widget", "THƯ TỪ ĐẢO XA"),
                ("widget", f"\"Mẹ ơi, ngoài này sóng to nhưng con vẫn khỏe, Tết này con không về được.\" - "
                           f"Chiến sĩ {SHORTN(rng)}, đảo {rng.choice(PLACES)}")]
    if key == "pull":
        s = rng.choice(ctx.sents)
        w = s.split()
        return [("widget", "\"" + " ".join(w[:min(len(w) - 2, rng.randint(7, 12))]).strip('"“,') + "...\"")]
    if key == "gallery":
        return gen_img(ctx, rng)
    if key == "img":
        return gen_img(ctx, rng)
    if key == "player":
        return [("widget", "Video đang phát"), ("widget", f"00:00 / 0{rng.randint(1, 5)}:{rng.randint(10, 59)}")]
    if key == "xemthem":
        it = ctx.next_rel()
        return [("related", f"Xem thêm: {it[0]}")] if it else []
    if key == "relblock":
        return gen_relblock(ctx, rng)
    raise KeyError(key)


# ---------------------------------------------------------------- faults
def apply_faults(row, seq):
    """seq: list of (kind, payload); body payload = list of items. Returns (seq, faults)."""
    rng = R(row, "faults")
    if rng.random() >= 0.16:
        return seq, []
    kinds = rng.sample(["nbsp", "zwsp", "double", "glue", "nfd"], rng.choice([1, 1, 2]))
    bodies = [i for i, (k, p) in enumerate(seq) if k == "body"]
    done = []
    for f in kinds:
        if f == "glue":
            cands = [i for i in bodies if len(seq[i][1]) >= 2 and seq[i][1][0].endswith(".")
                     and not seq[i][1][0].endswith("..")]
            if not cands:
                continue
            i = rng.choice(cands)
            items = seq[i][1]
            seq[i] = ("body", [items[0] + items[1]] + items[2:])
        elif f in ("nbsp", "zwsp", "double"):
            i = rng.choice(bodies)
            items = list(seq[i][1])
            j = rng.randrange(len(items))
            w = items[j].split(" ")
            if len(w) < 4:
                continue
            p = rng.randint(1, len(w) - 2)
            if f == "zwsp":
                ws = [x for x in range(len(w)) if len(w[x]) >= 4 and w[x].isalpha()]
                if not ws:
                    continue
                x = rng.choice(ws)
                w[x] = w[x][:2] + "\u200b" + w[x][2:]
                items[j] = " ".join(w)
            else:
                sep = "\u00a0" if f == "nbsp" else "  "
                items[j] = " ".join(w[:p]) + sep + " ".join(w[p:])
            seq[i] = ("body", items)
        elif f == "nfd":
            seq = [(k, [unicodedata.normalize("NFD", x) for x in p] if k == "body"
                    else unicodedata.normalize("NFD", p)) for k, p in seq]
        done.append(f)
    return seq, done


# ---------------------------------------------------------------- check
def check(page, title):
    lines = page.text.split("\n")
    body, furn = page.body, page.furniture
    bi = fi = un = 0
    unl = []
    for ln in lines:
        if not ln or ln != ln.strip():
            raise ValueError("blank or unstripped line")
        if fi < len(furn) and ln == furn[fi][1]:
            fi += 1
            continue
        for k in range(1, 5):
            if bi + k <= len(body) and " ".join(body[bi:bi + k]) == ln:
                bi += k
                break
        else:
            un += 1
            unl.append(ln)
            if un > 3:
                raise ValueError(f"too many unlabelled lines: {unl}")
    if bi != len(body) or fi != len(furn):
        raise ValueError("walk did not use up body/furniture")
    if len(body) < 3:
        raise ValueError("fewer than 3 body items")
    bk = {norm(b) for b in body}
    if len(bk) != len(body):
        raise ValueError("duplicate body item")
    tk = norm(title)
    for k, ln in furn:
        if k not in KINDS:
            raise ValueError("bad kind " + k)
        if norm(ln) in bk:
            raise ValueError("furniture equals body: " + ln)
        if k == "related" and norm(ln) == tk:
            raise ValueError("related equals title")
    for ln in unl:
        if norm(ln) in bk:
            raise ValueError("unlabelled equals body")
    for b in body:
        if b not in page.text:
            raise ValueError("body item not in text")


# ---------------------------------------------------------------- build
def make_related(rel_rows, banned):
    out = []
    for row, t, a in rel_rows:
        t = detok(t)
        ss = split_sentences(detok(a[:1200]))
        teaser = ""
        if ss:
            teaser = ss[0]
            if len(teaser.split()) > 40 or len(ss) == 1:
                teaser = " ".join(teaser.split()[:30]).rstrip(",.;:") + "…"
        if norm(t) in banned:
            continue
        if teaser and norm(teaser) in banned:
            teaser = ""
        out.append((t, teaser))
    return out


def build_page(k, row, title, article, related):
    sents = story_sentences(title, article)
    if len(sents) < 3:
        return None, []
    title = detok(title)
    lay = LAYOUTS[k % len(LAYOUTS)]
    rng = R(row, "page")
    dt = datetime.datetime(2016, 1, 1) + datetime.timedelta(
        days=rng.randint(0, 4 * 365 - 1), minutes=rng.randint(5 * 60, 22 * 60))
    keys = {norm(s) for s in sents} | {norm(title)}
    rel = [r for r in related if norm(r[0]) not in keys and (not r[1] or norm(r[1]) not in keys)]
    R(row, "related").shuffle(rel)
    ctx = Ctx(row, lay, title, dt, sents, rel, keys)
    # paragraphs
    paras, i = [], 0
    lo, hi = lay["paras"]
    while i < len(sents):
        n = rng.randint(lo, hi)
        paras.append(sents[i:i + n])
        i += n
    seq = []
    for key in lay["top"]:
        seq += gen(ctx, key)
    mids = list(lay["mid"])
    slots = sorted(rng.sample(range(1, len(paras)), min(len(mids), len(paras) - 1))) if len(paras) > 1 else []
    si = 0
    for pi, p in enumerate(paras):
        while si < len(slots) and slots[si] == pi:
            seq += gen(ctx, mids[si])
            si += 1
        seq.append(("body", list(p)))
    for key in lay["end"]:
        if key == "byline" and lay["byl"] in ("caps_top", "dash_pair_top", "bai_anh_top"):
            continue
        seq += gen(ctx, key)
    # drop furniture colliding with body/title under normalisation (title repeats become widget)
    clean = []
    seen_u = set()
    for kd, p in seq:
        if kd == "body":
            clean.append((kd, p))
            continue
        if norm(p) in keys - {norm(title)}:
            continue
        if kd == "U":
            if p in seen_u:
                kd = "widget"
            seen_u.add(p)
        clean.append((kd, p))
    clean, faults = apply_faults(row, clean)
    lines, body, furn = [], [], []
    for kd, p in clean:
        if kd == "body":
            body += p
            lines.append(" ".join(p))
        elif kd == "U":
            lines.append(p)
        else:
            furn.append((kd, p))
            lines.append(p)
    page = Page("\n".join(lines), body, furn, lay["name"])
    check(page, unicodedata.normalize("NFD", title) if "nfd" in faults else title)
    return page, faults


_FAULTS = {}


def pages(path):
    body_rows, rel_rows = read_rows(path)
    related = make_related(rel_rows, set())
    out = []
    _FAULTS.clear()
    for row, t, a in body_rows:
        pg, faults = build_page(len(out), row, t, a, related)
        if pg is None:
            continue
        _FAULTS[len(out)] = faults
        out.append(pg)
    return out


def main(argv):
    path = argv[1] if len(argv) > 1 else "/work/shared/data/vietnews_train.jsonl.gz"
    ps = pages(path)
    tab = OrderedDict((L["name"], Counter()) for L in LAYOUTS)
    for i, p in enumerate(ps):
        c = tab[p.layout]
        c["pages"] += 1
        c["body"] += len(p.body)
        for k, _ in p.furniture:
            c[k] += 1
        c["faults"] += 1 if _FAULTS.get(i) else 0
    cols = ["pages", "body"] + list(KINDS) + ["faults"]
    print(f"{'layout':<22}" + "".join(f"{c:>9}" for c in cols))
    tot = Counter()
    for name, c in tab.items():
        tot.update(c)
        print(f"{name:<22}" + "".join(f"{c[k]:>9}" for k in cols))
    print(f"{'TOTAL':<22}" + "".join(f"{tot[k]:>9}" for k in cols))


if __name__ == "__main__":
    main(sys.argv)
