#!/usr/bin/env python3
"""clean_test54: blind held-out pages for a Vietnamese news-page cleaner.

Theme: the text that HTML-to-text converters and reading tools produce from
Vietnamese news pages (text-mode browsers, html2text/markdown, reader APIs,
reader views, article-extraction libraries, print PDFs, OCR, share sheets,
RSS/JSON-LD/sitemap dumps, widgets...).  24 invented "converter x outlet"
layouts.  Standard library only.

Usage: python eval/clean_test54/make.py /work/shared/data/vietnews_train.jsonl.gz
"""
from __future__ import annotations

import gzip
import json
import random
import re
import sys
import unicodedata
from collections import Counter, OrderedDict
from datetime import datetime, timedelta
from typing import NamedTuple

SEED = 5454
BODY_ROWS = range(19_200, 19_300)
RELATED_ROWS = range(18_800, 18_900)
KINDS = ("byline", "credit", "caption", "related", "widget")
UNLABELLED = ("title", "date", "site")


class Page(NamedTuple):
    text: str
    body: list
    furniture: list
    layout: str


def rng(row, purpose):
    return random.Random(f"test54|{SEED}|{row}|{purpose}")


# ---------------------------------------------------------------- reading
def read_rows(path):
    need_last = max(BODY_ROWS.stop, RELATED_ROWS.stop) - 1
    want = set(BODY_ROWS) | set(RELATED_ROWS)
    out = {}
    with gzip.open(path, "rb") as fh:
        for i, raw in enumerate(fh):
            if i in want:
                d = usable(raw)
                if d is not None:
                    out[i] = d
            if i >= need_last:
                break
    return out


def usable(raw):
    if not raw.strip():
        return None
    try:
        d = json.loads(raw)
    except Exception:
        return None
    if not isinstance(d, dict):
        return None
    t, a = d.get("title"), d.get("article")
    if not (isinstance(t, str) and isinstance(a, str) and t.strip() and a.strip()):
        return None
    return {"title": t, "article": a}


# ---------------------------------------------------------------- text utils
ZW = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"), None)


def norm(s):
    s = unicodedata.normalize("NFC", s).translate(ZW)
    return re.sub(r"\s+", "", s).casefold()


def nfc(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


def deaccent(s):
    s = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def slugify(s, n=9):
    w = re.sub(r"[^a-z0-9]+", " ", deaccent(s).lower()).split()
    return "-".join(w[:n])


TERMS = ".!?…"
CLOSERS = "\"”’)'"
QUOTES = "\"“”"
ABBR = {"tp", "ts", "gs", "pgs", "ths", "bs", "bsck", "ks", "ls", "ths", "nsnd", "nsưt",
        "mr", "mrs", "ms", "dr", "st", "jr", "co", "ltd", "inc", "vs", "no", "q", "p",
        "tt", "kts", "cn", "th.s", "tr", "sr", "nxb", "gđ", "pgđ", "đ/c"}
UPPER_START = re.compile(r"^[\"“'‘(]*[A-ZĐÀ-Ỹ0-9]")


def _is_abbrev(core):
    w = core[:-1] if core.endswith(".") else core
    if core.endswith("...") or core.endswith("…"):
        return False
    lw = w.lower().lstrip("(\"“")
    if lw in ABBR:
        return True
    if len(w) == 1 and w.isalpha() and w.isupper():
        return True  # single initial
    if "." in lw and not lw.replace(".", "").isdigit():
        return True  # dotted acronym
    return False


def split_sentences(text):
    """Return (sentences, quote_ok).  Text is NFC, single-spaced."""
    toks = text.split(" ")
    straight = text.count('"')
    quote_ok = straight % 2 == 0 and text.count("“") == text.count("”")
    sents, cur, inq = [], [], False
    for j, t in enumerate(toks):
        cur.append(t)
        if quote_ok:
            for ch in t:
                if ch == "“":
                    inq = True
                elif ch == "”":
                    inq = False
                elif ch == '"':
                    inq = not inq
        core = t.rstrip(CLOSERS)
        ends = bool(core) and core[-1] in TERMS
        if not core and j > 0 and toks[j - 1][-1:] in TERMS:
            ends = True
            core = toks[j - 1]
        if not ends or inq:
            continue
        if _is_abbrev(core):
            continue
        if j + 1 < len(toks) and not UPPER_START.match(toks[j + 1]):
            # "... hết. " Câu trích ..." : a lone opening quote, then a capital
            if not (toks[j + 1] in ('"', "“") and j + 2 < len(toks) and UPPER_START.match(toks[j + 2])):
                continue
        sents.append(" ".join(cur))
        cur = []
    if cur:
        sents.append(" ".join(cur))
    if quote_ok and inq:
        quote_ok = False
    return sents, quote_ok


def tidy(s):
    """Close up VietNews' spaced quotes: ' " X " ,' -> ' “X”,'."""
    out = []
    i, n = 0, len(s)
    opened = False
    while i < n:
        ch = s[i]
        if ch in QUOTES or (ch == "'" and (i == 0 or s[i - 1] == " " or i + 1 == n or s[i + 1] == " ")):
            if ch == "“":
                op = True
            elif ch == "”":
                op = False
            else:
                op = not opened
            if op:
                out.append("“" if ch != "'" else "‘")
                opened = True
                i += 1
                while i < n and s[i] == " ":
                    i += 1
                continue
            while out and out[-1] == " ":
                out.pop()
            out.append("”" if ch != "'" else "’")
            opened = False
            i += 1
            continue
        out.append(ch)
        i += 1
    r = "".join(out)
    r = re.sub(r"([”’]) ([,.;:!?])", r"\1\2", r)
    r = re.sub(r" ([,;:])", r"\1", r)
    r = r.replace(" …", "…") if r.endswith(" …") else r
    return re.sub(r" {2,}", " ", r).strip()


STARTERS = set("""Lý Theo Trong Tuy Sau Ngoài Hiện Trước Khi Tại Với Để Nhiều Các Những Đây Đó Việc
Cùng Ngày Sáng Chiều Tối Trưa Đêm Lúc Từ Do Vì Nếu Còn Bên Cũng Không Một Mặc Dù Thế Như
Điều Chưa Đặc Riêng Hơn Gần Khoảng Cuối Đầu Giữa Mới Chỉ Song Nhưng Vậy Bởi Thay Ai Sự Ngay
Người Nhà Lực Cơ Hàng Tình Kết Nguyên Giải Chính Phải Đang Vẫn Luôn Hai Ba Bốn Năm""".split())
REPORT = re.compile(r"\b(cho biết|cho hay|nói|khẳng định|nhấn mạnh|giải thích|cho rằng|thừa nhận|"
                    r"khuyến cáo|đề nghị|thông tin thêm|kể lại|trả lời|lý giải|xác nhận)\b")
CONNECT = re.compile(r"^(?!Hiện trường|Tại hiện trường|Đầu xe|Cuối xe)(Theo|Tuy nhiên|Trong khi đó|Ngoài ra|Trước đó|Hiện|Hiện nay|Cụ thể|Đồng thời|"
                     r"Sau đó|Bên cạnh đó|Do đó|Vì vậy|Theo đó|Đến nay|Khi|Nếu|Còn|Riêng|Trong|Từ|"
                     r"Tại|Với|Để|Mặc dù|Dù|Không chỉ|Bởi|Do|Vì|Ngay|Sau khi|Trước khi|Năm|Tháng|"
                     r"Cũng|Đặc biệt|Cuối|Đầu|Ngày|Sáng|Chiều|Tối|Trưa|Đêm|Rạng sáng|Khoảng|Lúc|Dự kiến|Bên cạnh|"
                     r"Thời gian qua|Liên quan|Kết quả|Ban đầu|Được biết|Tính đến|Hiện tại|Mới đây|Tương tự|"
                     r"Tiếp đó|Trước|Sau|Qua|Ngoài)\b")
TIME_LEAD = re.compile(r"^(Ngày|Sáng|Chiều|Tối|Trưa|Đêm|Rạng sáng|Khoảng|Lúc|Hôm|Sáng nay|Chiều nay|"
                       r"Tối qua|Đầu|Cuối|Giữa|Trưa nay|Sáng qua|Chiều qua|\d{1,2}h)\b")
CAPCUE = re.compile(r"(\((trái|phải|giữa|ngồi|đứng|thứ|bìa|áo)\b|\bchụp\b|[Tt]rong ảnh|\bẢnh\b|\bảnh:|"
                    r"Hình ảnh|Clip|[Vv]ideo|Xem thêm|Đồ hoạ|Đồ họa|Nguồn:|http|www\.|[>*|•#]|TTXVN)")
PORTRAIT = re.compile(r"^(Ông|Bà|Anh|Chị|Em|Cháu|Bé|Thiếu tướng|Trung tướng|Đại tá|Thượng tá|Trung tá|"
                      r"Luật sư|Bác sĩ|PGS|GS|TS|Nghệ sĩ|Ca sĩ|Diễn viên|Cụ)\s+[A-ZĐÀ-Ỹ]")


def fused(sent):
    toks = sent.split()
    for j in range(1, len(toks)):
        w = toks[j].strip("\"“”'‘’(,")
        p = toks[j - 1]
        nxt = toks[j + 1] if j + 1 < len(toks) else ""
        # "... tháng 2 Lý giải việc ..." : a capitalised common word after a
        # lower-case word and before a lower-case word = a fused subheading;
        # "huyện uỷ Lý Sơn" (capital follows) is a proper name.
        if (w in STARTERS and p and (p[-1].islower() or p[-1].isdigit() or p[-1] in "%)")
                and (not nxt or not nxt[0].isupper())):
            return True
    return False


def words(s):
    return re.findall(r"\w+", s.lower())


def decide(raw, idx, title_words, quote_ok):
    """Return tidied sentence if surely story text, else None (left off)."""
    s = raw.strip()
    if not s:
        return None
    end = s.rstrip(CLOSERS + " ")
    if not end or end[-1] not in ".!?…":
        return None
    if re.match(r"^[-+–—]", s) or CAPCUE.search(s):
        return None
    has_q = any(q in s for q in QUOTES)
    if has_q and not quote_ok:
        return None
    if s.count('"') % 2:
        return None
    nw = len(s.split())
    if nw > 200 or nw < 5 or fused(s):
        return None
    ws = words(s)
    if title_words and nw < 30:
        ov = len(set(ws) & title_words) / max(1, len(title_words))
        if ov >= 0.6:
            return None
    rep = bool(REPORT.search(s))
    if PORTRAIT.match(s) and nw < 30 and not rep and not has_q:
        return None
    if idx == 0:
        if not ((TIME_LEAD.match(s) and nw >= 12) or nw >= 35 or (rep and nw >= 25)):
            return None
    else:
        ok = nw >= 20 or has_q or ((rep or CONNECT.match(s)) and nw >= 12 and "," in s)
        if not ok:
            return None
    t = tidy(s)
    if t.count("“") != t.count("”"):
        return None
    return t


def extract_story(d):
    title = tidy(nfc(d["title"]))
    art = nfc(d["article"])
    sents, qok = split_sentences(art)
    tw = set(words(title))
    nt = norm(title)
    units = []
    for i, s in enumerate(sents):
        k = decide(s, i, tw, qok)
        if k is not None:
            parts = split_inside(k)
            if any(len(x.split()) > 75 or len(x.split()) < 3 or norm(x) == nt for x in parts):
                k = None
            else:
                k = parts
        units.append(k)
    return title, units


def split_inside(unit):
    """Split a tidied unit (e.g. a multi-sentence quotation) into sentences."""
    toks = unit.split(" ")
    out, cur = [], []
    for j, t in enumerate(toks):
        cur.append(t)
        core = t.rstrip("”’)")
        if not core or core[-1] not in TERMS or _is_abbrev(core):
            continue
        if j + 1 < len(toks) and re.match(r"^[“‘(]*[A-ZĐÀ-Ỹ0-9]", toks[j + 1]):
            out.append(" ".join(cur))
            cur = []
    if cur:
        out.append(" ".join(cur))
    return out


def paragraphs(units, r):
    """Group kept units into paragraphs of 1-4 sentences; a gap (left-off
    sentence) always ends a paragraph; a unit's sentences stay together
    where they fit."""
    paras, cur = [], []
    target = r.choice([1, 2, 2, 3, 3, 3, 4])
    for u in units + [None]:
        if u is None:
            if cur:
                paras.append(cur)
                cur = []
            continue
        if cur and len(cur) + len(u) > 4:
            paras.append(cur)
            cur = []
            target = r.choice([1, 2, 2, 3, 3, 3, 4])
        for x in u:
            cur.append(x)
            if len(cur) == 4:
                paras.append(cur)
                cur = []
        if len(cur) >= target:
            paras.append(cur)
            cur = []
            target = r.choice([1, 2, 2, 3, 3, 3, 4])
    if cur:
        paras.append(cur)
    return paras


# ---------------------------------------------------------------- related rows
def prep_related(d):
    title = tidy(nfc(d["title"]))
    art = nfc(d["article"])[:1200]
    sents, qok = split_sentences(art)
    sents = [tidy(s) for s in sents if s.rstrip(CLOSERS)[-1:] in ".!?…"]
    if art and len(nfc(d["article"])) > 1200 and sents:
        sents = sents[:-1] if len(sents) > 1 else sents
    cap = None
    if sents and 5 <= len(sents[0].split()) <= 22 and sents[0].endswith(".") and not any(q in sents[0] for q in QUOTES):
        cap = sents[0]
    rest = sents[1:] if (cap or (sents and len(sents[0].split()) < 25)) else sents
    tz = " ".join(rest[:2]) if rest else ""
    return {"title": title, "cap": cap, "teaser_src": tz}


def cut(text, lo, hi, r, ell="…"):
    if len(text) <= lo:
        return None
    n = r.randint(lo, hi)
    t = text[:n]
    if " " in t:
        t = t[: t.rfind(" ")]
    return t.rstrip(",;:- ") + ell


# ---------------------------------------------------------------- invented banks
SURN = "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Trương Mai Lưu Tạ Cao Quách Châu Kiều Lâm Tôn La".split()
MIDN = "Văn Thị Minh Hữu Đức Ngọc Thanh Quang Hoài Xuân Kim Bảo Thu Hồng Anh Gia Thế Như Khánh Phương Duy Tường Diệu".split()
GIVN = ("An Bình Cường Dũng Hà Hải Hạnh Hiếu Hòa Hùng Khoa Lan Linh Long Mai Minh Nam Nga Ngân Nhung Phong "
        "Phúc Quân Sơn Tâm Thảo Thắng Trang Trung Tú Tuấn Vy Yến Khôi Duy Đạt Nhi Hân Lộc Toàn Quyên Thư Vũ Lâm Uyên").split()
NICKS = ["hoangtu_bongdem", "Minh Tâm 1987", "trunghieu.vn", "Bạn đọc Hà Tĩnh", "nguoi_qua_duong", "Thu Hằng",
         "Lão Nông", "kimchi_2k", "Việt Hùng (Đà Lạt)", "Anh Ba Sài Gòn", "mẹ bỉm sữa", "duc_anh_99", "Cô giáo Lan",
         "khách vãng lai", "Tư Xe Ôm", "NguyenPhong", "cây bút nhỏ", "Thanh Vân - Huế", "Minh Khôi", "bac_si_tre"]
COMMENTS = ["Xử lý nghiêm để làm gương, không thể để tình trạng này kéo dài mãi được!!!",
            "Đọc mà thấy buồn quá 😢", "Cơ quan chức năng cần vào cuộc ngay, đừng để dân bức xúc.",
            "Bài viết hay, cảm ơn phóng viên đã phản ánh kịp thời.", "Mong mọi chuyện sớm được làm sáng tỏ.",
            "Ở quê mình cũng y chang vậy, báo mãi không ai xử lý.", "Thông tin hữu ích, đã chia sẻ cho cả nhà.",
            "Sao đến giờ mới làm? Trước đó làm gì?", "Ủng hộ quyết định này 👍👍", "Chúc gia đình sớm vượt qua khó khăn.",
            "Cần làm rõ trách nhiệm người đứng đầu.", "Hy vọng lần này làm đến nơi đến chốn...",
            "Tội nghiệp quá, ai có thông tin thì giúp với ạ.", "Nói thì dễ, làm mới khó. Chờ xem!",
            "Đề nghị báo tiếp tục theo dõi vụ việc.", "Tin này chính xác không vậy mọi người?"]
CAPS_GENERIC = ["Lực lượng chức năng có mặt tại hiện trường.", "Quang cảnh buổi làm việc.", "Toàn cảnh hội nghị.",
                "Người dân theo dõi sự việc.", "Khu vực xảy ra sự việc được căng dây phong tỏa.",
                "Các đại biểu tham dự buổi lễ.", "Đoàn công tác kiểm tra thực địa.",
                "Phương tiện bị tạm giữ tại trụ sở công an.", "Bác sĩ thăm khám cho bệnh nhân.",
                "Một góc khu dân cư nơi xảy ra vụ việc.", "Giao dịch tại một chi nhánh ngân hàng.",
                "Cảnh sát giao thông làm nhiệm vụ trên tuyến đường.", "Công nhân thi công trên công trường.",
                "Xe chữa cháy tiếp cận hiện trường.", "Người dân xếp hàng chờ làm thủ tục.", "Quang cảnh phiên tòa.",
                "Sản phẩm được trưng bày tại hội chợ.", "Học sinh trong giờ học.", "Cán bộ y tế phun thuốc khử trùng.",
                "Lãnh đạo tỉnh thăm hỏi người dân vùng lũ.", "Tuyến đường ngập sâu sau trận mưa lớn.",
                "Nhà chức trách làm việc tại hiện trường.", "Đại diện các đơn vị ký kết biên bản ghi nhớ.",
                "Khách du lịch tham quan khu di tích.", "Hàng hóa vi phạm bị thu giữ.", "Cổng trụ sở cơ quan.",
                "Mưa lớn khiến nhiều phương tiện chết máy.", "Ngư dân kéo lưới trên vùng biển.",
                "Các đại biểu bấm nút biểu quyết.", "Đối tượng tại cơ quan điều tra.", "Bệnh nhân được chăm sóc tại phòng hồi sức.",
                "Nông dân thu hoạch lúa trên cánh đồng.", "Cảnh ùn tắc kéo dài hàng cây số.", "Một buổi tập huấn cho cán bộ cơ sở."]
CAP_TOPICS = {
    "traffic": (r"tai nạn|xe tải|xe khách|ôtô|xe máy|quốc lộ|tài xế|giao thông|cầu|BOT",
                ["Hiện trường vụ tai nạn.", "Chiếc xe biến dạng sau cú va chạm.", "Cảnh sát giao thông đo đạc hiện trường.",
                 "Phương tiện bị hư hỏng nặng được cẩu về trụ sở.", "Giao thông ùn tắc kéo dài sau sự cố.",
                 "Người dân tụ tập quanh hiện trường.", "Xe cứu hộ tiếp cận phương tiện gặp nạn.", "Đoạn đường thường xuyên xảy ra tai nạn."]),
    "fire": (r"cháy|hoả hoạn|hỏa hoạn|nổ|bom",
             ["Lực lượng cứu hỏa dập lửa.", "Khói đen bốc cao tại hiện trường.", "Khu vực bị thiêu rụi sau vụ cháy.",
              "Cảnh sát phòng cháy chữa cháy được điều động tới hiện trường."]),
    "health": (r"bệnh viện|bác sĩ|bệnh nhân|y tế|sản phụ|điều trị|thuốc|mỹ phẩm",
               ["Bác sĩ thăm khám cho bệnh nhân.", "Bệnh nhân được chăm sóc tại phòng hồi sức.", "Nhân viên y tế làm việc tại khoa cấp cứu.",
                "Người nhà chờ đợi bên ngoài phòng bệnh.", "Cán bộ y tế phun thuốc khử trùng."]),
    "law": (r"công an|bắt|toà|tòa|xét xử|khởi tố|điều tra|tham nhũng|kỷ luật|xử phạt|luật",
            ["Quang cảnh phiên tòa.", "Đối tượng tại cơ quan điều tra.", "Tang vật được thu giữ.", "Cơ quan chức năng làm việc tại hiện trường.",
             "Các đại biểu bấm nút biểu quyết.", "Toàn cảnh phiên họp."]),
    "weather": (r"bão|mưa|lũ|áp thấp|sạt lở|ngập|lốc|nắng nóng|biển|tàu",
                ["Mưa lớn khiến nhiều tuyến đường ngập sâu.", "Người dân chằng chống nhà cửa trước bão.", "Ngư dân đưa tàu thuyền vào nơi tránh trú.",
                 "Khu vực sạt lở được cắm biển cảnh báo.", "Tàu thuyền neo đậu tại cảng.", "Sóng lớn đánh vào bờ kè."]),
    "city": (r"dự án|xây dựng|đô thị|quy hoạch|đường|rác|nước|môi trường|ô nhiễm|đất",
             ["Công nhân thi công trên công trường.", "Một góc khu dân cư.", "Dự án đang được triển khai.", "Khu vực bị ô nhiễm.",
              "Người dân phản ánh với phóng viên.", "Toàn cảnh khu đất nhìn từ trên cao."]),
}
POSITIONS = ["Giám đốc Sở Xây dựng tỉnh Hòa Sơn", "Chủ tịch UBND huyện Tân Lĩnh", "Phó Giám đốc Bệnh viện Đa khoa Đông Lâm",
             "Trưởng phòng Cảnh sát giao thông Công an tỉnh Sơn Lĩnh", "Tổng giám đốc Công ty cổ phần Phú Hưng Thịnh",
             "Phó Chủ tịch UBND tỉnh Bình Hòa", "Hiệu trưởng Trường THPT Nam Giang", "Chánh văn phòng Sở Tài nguyên và Môi trường",
             "chuyên gia kinh tế", "Trưởng khoa Cấp cứu", "Cục trưởng Cục Quản lý thị trường Đông Lâm", "Bí thư xã Quỳnh Lâm"]
HONS = ["Ông", "Bà", "Ông", "Bà", "TS.", "Luật sư", "BS.", "Đại tá"]
TAGS = ["tai nạn giao thông", "an toàn thực phẩm", "thời tiết", "giá xăng", "bất động sản", "chứng khoán", "giáo dục",
        "y tế", "phòng cháy chữa cháy", "xử phạt", "Quốc hội", "hàng không", "du lịch", "môi trường", "bão lũ",
        "ma túy", "điều tra", "đô thị", "nông nghiệp", "tin nóng"]
CATS = ["Thời sự", "Xã hội", "Pháp luật", "Kinh doanh", "Đời sống", "Sức khỏe", "Giáo dục", "Giao thông", "Thế giới",
        "Văn hóa", "Thể thao", "Công nghệ", "Bạn đọc", "Nhịp sống đô thị", "Địa phương"]
OUTSIDE = ["Báo Sông Trà Điện tử", "Tạp chí Phố Hội", "Nhật báo Ven Biển", "Tin Chiều Đông Lâm", "Cổng TTĐT tỉnh Hòa Sơn",
           "Tạp chí Môi trường Xanh Việt", "Báo Lao Động Miền Đông", "Kênh Thời Sự Số 9", "Tuần tin Ngọc Trai"]
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
EN_WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
EN_MO = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


class Ctx:
    def __init__(self, row, title, paras, rel, body_norms):
        self.row = row
        self.r = rng(row, "furniture")
        self.title = title
        self.paras = paras
        self.rel = rel
        self.reli = 0
        self.capi = 0
        self.body_norms = body_norms
        self.out = []
        self.used = set()
        d0 = datetime(2016, 1, 1)
        self.dt = d0 + timedelta(days=self.r.randint(0, 1450), minutes=self.r.randint(300, 1380))
        self.id = self.r.randint(200000, 3999999)
        self.cat = self.r.choice(CATS)
        story = " ".join(x for p in paras for x in p) + " " + title
        hits = {k: len(re.findall(v[0], story)) for k, v in CAP_TOPICS.items()}
        best = max(hits, key=lambda k: hits[k])
        self.topic = best if hits[best] else None

    # ---- naming
    def name(self):
        r = self.r
        return f"{r.choice(SURN)} {r.choice(MIDN)} {r.choice(GIVN)}"

    def pen(self):
        return f"{self.r.choice(MIDN)} {self.r.choice(GIVN)}"

    def author(self):
        return self.r.choice([self.name, self.pen, self.pen])()

    def slug(self):
        return slugify(self.title) + f"-{self.id}"

    # ---- dates
    def d(self, fmt):
        t = self.dt
        wd = WEEKDAYS[t.weekday()]
        return fmt.format(wd=wd, d=t.day, m=t.month, y=t.year, H=t.hour, M=t.minute,
                          dd=f"{t.day:02d}", mm=f"{t.month:02d}", HH=f"{t.hour:02d}", MM=f"{t.minute:02d}",
                          ewd=EN_WD[t.weekday()], emo=EN_MO[t.month - 1], yy=t.year % 100,
                          UH=f"{(t.hour - 7) % 24:02d}", h12=(t.hour % 12 or 12), ap="AM" if t.hour < 12 else "PM")

    def reldate(self, days=None):
        t = self.dt - timedelta(days=days if days is not None else self.r.randint(1, 40), minutes=self.r.randint(0, 600))
        return t

    # ---- related / captions
    def related(self):
        for _ in range(len(self.rel)):
            it = self.rel[self.reli % len(self.rel)]
            self.reli += 1
            return it
        return None

    def rtitle(self):
        return self.related()["title"]

    def teaser(self, lo=90, hi=170, ell="…"):
        for _ in range(len(self.rel)):
            it = self.related()
            t = cut(it["teaser_src"], lo, hi, self.r, ell)
            if t:
                return it, t
        it = self.related()
        return it, it["title"] + " " + ell

    def caption(self, credit=None):
        r = self.r
        src = r.random()
        cap = None
        if src < 0.35:
            pool = [it["cap"] for it in self.rel if it["cap"] and it["cap"] not in self.used]
            if pool:
                cap = r.choice(pool)
        if cap is None and src < 0.55:
            cap = f"{r.choice(HONS)} {self.name()}, {r.choice(POSITIONS)}."
        if cap is None and self.topic and r.random() < 0.75:
            pool = [c for c in CAP_TOPICS[self.topic][1] if c not in self.used]
            if pool:
                cap = r.choice(pool)
        if cap is None:
            pool = [c for c in CAPS_GENERIC if c not in self.used]
            cap = r.choice(pool or CAPS_GENERIC)
        self.used.add(cap)
        if credit is None:
            credit = r.random() < 0.35
        if credit:
            fmt = r.choice(["{c} Ảnh: {n}", "{c} (Ảnh: {n})", "{c} - Ảnh: {n}", "{c} Ảnh: {N}", "{c} | Ảnh: {n}",
                            "{c} (Ảnh minh họa)", "{c} Ảnh: BTC", "{c} Ảnh: Internet", "{c} (Ảnh: CTV)"])
            n = self.author()
            cap = fmt.format(c=cap, n=n, N=n.upper())
        return cap

    def byline(self, style=None):
        r = self.r
        style = style if style is not None else r.randint(0, 13)
        a, b, e = self.author(), self.author(), self.author()
        return [a, a.upper(), f"{a} - {b}", f"{a.upper()} - {b.upper()}", f"Bài và ảnh: {a}", f"Tác giả: {a}",
                f"{a} (PV Ban Thời sự)", f"Nhóm PV {self.cat}", f"{a} | {b}", f"Thực hiện: {a} - {b}",
                f"Bởi {a}", f"PV {a}", f"{a}/{r.choice(['TTX-SH', 'VNTN', 'Thông tấn Sông Hồng'])}",
                f"Nhóm tác giả: {a}, {b}, {e}"][style % 14]

    def credit(self, style=None):
        r = self.r
        o = r.choice(OUTSIDE)
        style = style if style is not None else r.randint(0, 9)
        return [f"Theo {o}", f"Nguồn: {o}", f"(Theo {o})", f"Ảnh: {self.author()}", f"Nguồn tin: {o}",
                f"Bài viết được lấy từ {o}", f"THEO {o.upper()}", f"Ảnh minh họa: Internet", f"Nguồn ảnh: {o}",
                f"Tổng hợp từ {o}"][style % 10]

    # ---- emit
    def f(self, kind, line):
        assert kind in KINDS or kind in UNLABELLED, kind
        line = re.sub(r"\s+", " ", line).strip()
        if line:
            self.out.append((kind, line))

    def fs(self, kind, lines):
        for ln in lines:
            self.f(kind, ln)

    def story(self, inserts=None):
        inserts = inserts or {}
        n = len(self.paras)
        for i, p in enumerate(self.paras):
            self.out.append(("body", list(p)))
            for k, ln in inserts.get(i, []):
                self.f(k, ln)
        for key in sorted(k for k in inserts if k >= n):
            for k, ln in inserts[key]:
                self.f(k, ln)

    def spread(self, groups, first=0):
        """Place groups (list of lists) after distinct paragraphs."""
        n = len(self.paras)
        slots = list(range(first, max(first + 1, n - 1)))
        self.r.shuffle(slots)
        ins = {}
        for i, g in enumerate(groups):
            s = slots[i] if i < len(slots) else max(0, n - 2)
            ins.setdefault(s, []).extend(g)
        return ins

    def url(self, dom, sect=None):
        sect = sect or slugify(self.cat)
        return f"https://{dom}/{sect}/{self.slug()}.html"

    def rurl(self, dom, title):
        return f"https://{dom}/{slugify(title, 8)}-{self.r.randint(200000, 3999999)}.html"


# ---------------------------------------------------------------- layouts
def L01_lynx_national(c):
    r, dom = c.r, "thoicuocviet.vn"
    refs = []

    def ref(u):
        refs.append(u)
        return f"[{len(refs)}]"

    c.f("widget", f"{ref('https://'+dom+'/rss')}Thời Cuộc Việt - Tin mới {ref('https://'+dom+'/feed')}Thời Cuộc Việt » Feed")
    c.f("widget", f"{ref('#main')}Bỏ qua nội dung")
    c.f("widget", f"{ref('https://'+dom+'/')}[IMG] Thời Cuộc Việt")
    c.f("widget", " ".join(f"* {ref('https://'+dom+'/'+slugify(x))}{x}" for x in ["Thời sự", "Thế giới", "Kinh doanh", "Pháp luật", "Đời sống"]))
    c.f("widget", " ".join(f"+ {ref('https://'+dom+'/'+slugify(x))}{x}" for x in r.sample(["Giao thông", "Đô thị", "Môi trường", "Chính trị", "Quốc phòng"], 3)))
    c.f("widget", f"{ref('https://'+dom+'/')}Trang chủ > {ref('https://'+dom+'/'+slugify(c.cat))}{c.cat}")
    c.f("title", c.title)
    c.f("date", c.d(r.choice(["{wd}, {d}/{m}/{y}, {HH}:{MM} (GMT+7)", "{wd}, {dd}/{mm}/{y} - {HH}:{MM}"])))
    c.f("widget", f"{ref('fb')}Chia sẻ {ref('zalo')}Zalo {ref('#print')}In bài {ref('#comment')}Bình luận (0)")
    g = []
    for _ in range(r.randint(2, 3)):
        if r.random() < 0.5:
            g.append([("widget", "[IMG]"), ("caption", c.caption())])
        else:
            g.append([("caption", f"[{c.caption(False)}]")] + ([("credit", c.credit(3))] if r.random() < 0.4 else []))
    g.append([("related", f"Xem thêm: {ref(c.rurl(dom, 'x'))}{c.rtitle()}")])
    c.story(c.spread(g, 0))
    c.f("byline", c.byline(r.choice([1, 3, 0])))
    if r.random() < 0.5:
        c.f("credit", f"Theo {ref('https://'+dom)}{r.choice(OUTSIDE)}")
    c.f("widget", " ".join(f"{ref('tag')}#{t}" for t in r.sample(TAGS, 3)))
    c.f("widget", r.choice(["Tin liên quan", "TIN LIÊN QUAN", "Tin cùng chuyên mục"]))
    for _ in range(r.randint(3, 5)):
        t = c.rtitle()
        extra = r.choice(["", "", f" ({c.reldate().strftime('%d/%m/%Y')})", f" - {c.reldate().strftime('%H:%M %d/%m')}"])
        c.f("related", f"* {ref(c.rurl(dom, t))}{t}{extra}")
    c.f("widget", f"{ref('#login')}Đăng nhập để gửi bình luận")
    c.f("widget", "© 2016-2019 Thời Cuộc Việt. Giấy phép số 217/GP-BTTTT. Ghi rõ nguồn khi phát hành lại thông tin từ website này.")
    c.f("widget", "Tòa soạn: 86 Phố Hàng Chiếu Mới, Hà Nội. Điện thoại: (024) 3926 8117 - Email: toasoan@thoicuocviet.vn")
    c.f("widget", "References")
    shown = refs[: r.randint(7, 11)] + refs[-3:]
    for i, u in enumerate(shown):
        num = refs.index(u) + 1
        u2 = u if u.startswith("http") else f"https://{dom}/{c.slug()}.html#{u.strip('#')}"
        c.f("widget", f"{num}. {u2}")


def L02_w3m_provincial(c):
    r = c.r
    c.f("widget", "[logo] BÁO BÌNH HÒA ĐIỆN TỬ")
    c.f("widget", r.choice(["Chuyển đến nội dung chính", "Đi đến nội dung chính"]))
    c.f("widget", c.d("{wd}, {dd}/{mm}/{y}") + " | Đường dây nóng: 0258 3822 416")
    c.f("widget", "Trang chủ | Chính trị | Kinh tế | Xã hội | Văn hóa | Thể thao | Bình Hòa 24h | Video")
    c.f("widget", "━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━")
    c.f("widget", c.cat.upper())
    c.f("title", c.title)
    c.f("date", c.d("Cập nhật: {HH}:{MM}, {dd}/{mm}/{y}"))
    c.f("widget", "[icon] Nghe đọc bài viết ▶ 00:00 / 03:4" + str(r.randint(0, 9)))
    c.f("widget", "Cỡ chữ: [-] [+]   [In] [Email]")
    g = [[("widget", "[image]"), ("caption", c.caption())],
         [("related", f"» {c.rtitle()}")],
         [("caption", c.caption(False))]]
    if r.random() < 0.6:
        g.append([("widget", "[image]"), ("caption", f"{c.caption(False)} ẢNH: {c.author().upper()}")])
    c.story(c.spread(g))
    c.f("byline", c.byline(r.choice([2, 3, 0])))
    if r.random() < 0.5:
        c.f("credit", r.choice(["Nguồn: Báo Bình Hòa in", "Nguồn: Trung tâm Truyền thông tỉnh Bình Hòa"]))
    c.f("widget", "[Chia sẻ] [Facebook] [Twitter] [Zalo] [Gửi email] [In bài]")
    c.f("widget", r.choice(["Các tin khác:", "CÁC TIN KHÁC", "Tin đã đưa:"]))
    for _ in range(r.randint(4, 6)):
        c.f("related", f"• {c.rtitle()} ({c.reldate().strftime('%d/%m')})")
    c.f("related", "Đọc nhiều: " + " • ".join(c.rtitle() for _ in range(3)))
    c.f("widget", "Ý kiến bạn đọc")
    c.f("widget", "Họ tên: [____________________]  Email: [____________________]")
    c.f("widget", "[Gửi ý kiến]  [Nhập lại]")
    c.f("widget", "BÁO BÌNH HÒA ĐIỆN TỬ - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH BÌNH HÒA")
    c.f("widget", "Giấy phép số 45/GP-BTTTT cấp ngày 12/3/2015. Địa chỉ: 03 Lê Thánh Tôn Mới, TP. Bình Hòa")
    c.f("widget", "Thiết kế bởi BHW Software ©")


def L03_html2text_business(c):
    r, dom = c.r, "nhipsongtaichinh.vn"
    c.f("widget", f"[![Nhịp Sống Tài Chính](https://static.{dom}/img/logo.svg)](https://{dom}/)")
    for x in r.sample(["Chứng khoán", "Ngân hàng", "Bất động sản", "Doanh nghiệp", "Vĩ mô", "Tài chính số", "Hàng hóa"], 5):
        c.f("widget", f"  * [{x}](https://{dom}/{slugify(x)}/)")
    c.f("widget", f"[Trang chủ](https://{dom}/) » [{c.cat}](https://{dom}/{slugify(c.cat)}/)")
    c.f("title", "# " + c.title)
    c.f("date", c.d("_{HH}:{MM} | {dd}/{mm}/{y}_"))
    c.f("byline", f"**{c.author()}**" if r.random() < 0.6 else f"Bởi [{c.author()}](https://{dom}/tac-gia/)")
    tick = ["HPX", "VTQ", "BMC", "NLG9", "SHF", "TDH2", "KVA"]
    g = [[("caption", f"![{c.caption(False)}](https://cdn.{dom}/2019/img-{r.randint(1000,9999)}.jpg)")],
         [("caption", f"_{c.caption(True)}_")],
         [("widget", "| Mã CK | Giá (nghìn đồng) | +/- |"), ("widget", "|---|---|---|")] +
         [("widget", f"| {t} | {r.randint(8,95)},{r.randint(0,9)} | {r.choice(['+','-'])}{r.randint(1,9)},{r.randint(0,9)} |") for t in r.sample(tick, 3)],
         [("related", f"**Xem thêm:** [{(t := c.rtitle())}]({c.rurl(dom, t)})")]]
    c.story(c.spread(g))
    c.f("widget", "* * *")
    if r.random() < 0.6:
        c.f("credit", f"Theo _{r.choice(OUTSIDE)}_")
    c.f("widget", r.choice(["### Tin cùng chuyên mục", "### TIN LIÊN QUAN", "## Đọc nhiều nhất"]))
    for _ in range(r.randint(3, 5)):
        t = c.rtitle()
        c.f("related", f"  * [{t}]({c.rurl(dom, t)})")
    c.f("widget", "Tags: " + ", ".join(f"[{t}](https://{dom}/tag/{slugify(t)})" for t in r.sample(TAGS, 3)))
    c.f("widget", f"[Đăng ký nhận bản tin](https://{dom}/newsletter) | [Liên hệ quảng cáo](https://{dom}/quang-cao)")
    c.f("widget", "© Nhịp Sống Tài Chính. Mọi hình thức sao chép phải được sự đồng ý bằng văn bản.")


def L04_reader_api(c):
    r, dom = c.r, "saomainews.vn"
    u = c.url(dom)
    c.f("widget", f"Title: {c.title}")
    c.f("widget", f"URL Source: {u}")
    c.f("widget", c.d("Published Time: {y}-{mm}-{dd}T{HH}:{MM}:00+07:00"))
    c.f("widget", "Markdown Content:")
    c.f("widget", f"[![Image 1: Tin Nhanh Sao Mai](https://{dom}/logo.png)](https://{dom}/)[Đăng nhập](https://{dom}/login)[Đăng ký](https://{dom}/register)")
    for x in ["Mới nhất", c.cat, "Video", "Podcast"]:
        c.f("widget", f"*   [{x}](https://{dom}/{slugify(x)})")
    c.f("title", c.title)
    c.f("widget", "===============")
    c.f("date", c.d("{wd}, {dd}/{mm}/{y} {HH}:{MM} GMT+7"))
    g = [[("caption", f"![Image {i+2}: {c.caption(False)}](https://i.{dom}/{c.dt.year}/{r.randint(100000,999999)}.jpg)")] for i in range(r.randint(1, 2))]
    g.append([("caption", c.caption(False)), ("credit", f"Ảnh: {c.author()}")])
    g.append([("related", f"**Đọc thêm:** [{(t := c.rtitle())}]({c.rurl(dom, t)})")])
    c.story(c.spread(g))
    c.f("byline", f"**{c.author()}**" if r.random() < 0.5 else c.byline(2))
    c.f("widget", f"[Facebook](https://www.facebook.com/sharer?u={u})[Zalo](https://sp.zalo.me/share?u={u})[Sao chép liên kết]({u})")
    c.f("widget", "Bài viết liên quan")
    c.f("widget", "------------------")
    for _ in range(r.randint(2, 3)):
        it, tz = c.teaser()
        c.f("related", f"### [{it['title']}]({c.rurl(dom, it['title'])})")
        c.f("related", tz)
    c.f("widget", f"[Quay lại đầu trang](#)   [RSS](https://{dom}/rss)   [Liên hệ](https://{dom}/lien-he)")


def L05_readability_health(c):
    r = c.r
    c.f("site", "suckhoegiadinhviet.vn")
    c.f("title", c.title)
    c.f("byline", r.choice([f"{c.author()}, {c.author()}", c.author(), f"{c.name()} - Sức Khỏe & Gia Đình Việt"]))
    c.f("widget", f"{r.randint(3,6)}–{r.randint(7,10)} phút")
    g = [[("caption", c.caption())], [("caption", c.caption(True))],
         [("related", f"Xem thêm: {c.rtitle()}")],
         [("credit", c.credit(r.choice([3, 7, 8])))]]
    if r.random() < 0.5:
        g.append([("widget", "Mời độc giả xem thêm video:"), ("caption", c.caption(False).rstrip(".") + " | Nguồn: SKGĐV TV")])
    c.story(c.spread(g))
    c.f("widget", r.choice(["Bài viết chỉ mang tính chất tham khảo, không thay thế cho việc chẩn đoán hoặc điều trị y khoa.",
                            "(*) Thông tin trong bài chỉ mang tính tham khảo, bạn đọc cần hỏi ý kiến bác sĩ trước khi áp dụng."]))
    if r.random() < 0.6:
        c.f("credit", c.credit(r.choice([0, 1, 9])))
    c.f("widget", "Từ khóa: " + ", ".join(r.sample(TAGS, 3)))
    c.f("widget", "Bài viết có hữu ích với bạn?  👍 Có   👎 Không")
    c.f("widget", r.choice(["ĐỌC THÊM", "Đọc thêm", "Bài liên quan"]))
    for _ in range(r.randint(2, 3)):
        it, tz = c.teaser(80, 140)
        c.f("related", it["title"])
        if r.random() < 0.5:
            c.f("related", tz)
    c.f("widget", "Tổng đài tư vấn sức khỏe miễn phí: 1800 6017 (nhánh 2)")
    c.f("widget", "Xem trên trang gốc")


def L06_newspaper_lib_legal(c):
    r, dom = c.r, "phapdinhonline.vn"
    c.f("title", f"Title: {c.title}")
    au = [c.author() for _ in range(r.randint(1, 3))]
    c.f("byline", f"Authors: {au!r}")
    c.f("date", c.d("Publish date: {y}-{mm}-{dd} {HH}:{MM}:00+07:00"))
    c.f("widget", f"Top image: https://cdn.{dom}/images/{c.dt.year}/{c.dt.month:02d}/{c.slug()}-thumb.jpg")
    c.f("widget", f"Images: {r.randint(2, 9)}")
    c.f("widget", "Movies: []")
    c.f("widget", f"Keywords: {r.sample(TAGS, 4)!r}")
    c.f("widget", f"Canonical link: {c.url(dom)}")
    c.f("widget", "Meta lang: vi")
    c.f("widget", "Text:")
    g = [[("caption", c.caption(True))], [("caption", c.caption(False))],
         [("credit", r.choice(["Ảnh minh họa: Internet", f"Ảnh: {c.author()}", "Ảnh: Pháp Đình Online"]))],
         [("related", f"Đọc thêm: {c.rtitle()}")],
         [("widget", f"Mọi thắc mắc pháp lý vui lòng gọi Tổng đài 1900 65{r.randint(10,99)} để được luật sư tư vấn.")]]
    c.story(c.spread(g))
    c.f("byline", r.choice([f"Luật sư {c.name()}", f"LS. {c.name()} - Đoàn Luật sư TP Hòa Sơn", c.byline(0)]))
    c.f("widget", "Tin cùng chuyên mục:")
    for _ in range(r.randint(2, 3)):
        c.f("related", f"- {c.rtitle()}")
    c.f("widget", f"Article HTML length: {r.randint(30000, 90000)}")
    c.f("widget", "Is parsed: True")
    c.f("widget", "Download state: 2")


def L07_boilerplate_comments(c):
    r = c.r
    c.f("site", "Diễn Đàn Công Dân 24")
    c.f("title", c.title)
    c.f("date", c.d("{dd}/{mm}/{y} {HH}:{MM}"))
    g = [[("caption", c.caption(r.random() < 0.5))], [("caption", c.caption(False))],
         [("widget", "Chỉ tiêu\tNăm trước\tNăm nay"), ("widget", f"Số vụ\t{r.randint(10,99)}\t{r.randint(10,99)}"),
          ("widget", f"Thiệt hại (tỷ đồng)\t{r.randint(1,40)},{r.randint(1,9)}\t{r.randint(1,40)},{r.randint(1,9)}")],
         [("related", f">> {c.rtitle()}")]]
    c.story(c.spread(g))
    c.f("byline", c.byline(r.choice([7, 1, 6, 12])))
    if r.random() < 0.6:
        c.f("credit", c.credit(r.choice([0, 5, 6])))
    c.f("widget", f"Bình luận ({r.randint(3, 60)})")
    c.f("widget", "Sắp xếp theo: Mới nhất | Được thích nhất")
    picks = r.sample(range(len(COMMENTS)), r.randint(3, 5))
    for p in picks:
        c.f("widget", r.choice(NICKS))
        c.f("widget", COMMENTS[p])
        c.f("widget", f"Thích ({r.randint(0, 300)}) · Trả lời · {r.randint(1, 23)} giờ trước")
    c.f("widget", f"Xem thêm {r.randint(2, 40)} bình luận")
    c.f("widget", "Gửi bình luận của bạn")


def L08_pdf_print(c):
    r = c.r
    pg = r.randint(3, 14)
    c.f("site", "NHẬT BÁO LÚA VÀNG")
    c.f("date", c.d("Số " + f"{r.randint(3,6)}.{r.randint(100,999)}" + " - {wd}, {d}-{m}-{y}"))
    c.f("widget", c.cat.upper())
    c.f("widget", str(pg))
    c.f("title", c.title.upper() if r.random() < 0.5 else c.title)
    g = [[("caption", f"{c.caption(False)} Ảnh: {c.author().upper()}")],
         [("widget", c.d("LÚA VÀNG • {d}-{m}-{y} • ") + str(pg + 1))],
         [("widget", f"(Xem tiếp trang {pg + r.randint(2, 6)})"), ("widget", f"Tiếp theo trang {pg}")],
         [("related", f"ĐỌC THÊM TRANG {r.randint(10, 16)}: {c.rtitle()}")],
         [("widget", f"PHÂN BÓN {r.choice(['ĐẠI NÔNG', 'HẠT NGỌC', 'MÙA XANH'])} - MÙA VÀNG BỘI THU! ĐT: 0290 3{r.randint(100000,999999)}")]]
    c.story(c.spread(g))
    c.f("byline", c.byline(r.choice([1, 3])))
    c.f("widget", c.d("{d}-{m}-{y} • LÚA VÀNG") + f" • {pg + 1}")
    c.f("widget", f"Giá: {r.choice(['4.500', '5.000', '6.000'])} đồng   ISSN 1859-{r.randint(1000,9999)}")
    c.f("widget", "TIN VẮN")
    for _ in range(2):
        it, tz = c.teaser(80, 150)
        c.f("related", it["title"].upper())
        c.f("related", tz)
    c.f("widget", "Tòa soạn: 14 Trần Hưng Đạo Mới, TP Cần Thơ • ĐT: 0292 38" + str(r.randint(10000, 99999)))
    c.f("widget", "www.luavang-daily.vn • Email: bandoc@luavang-daily.vn")
    c.f("widget", "In tại Công ty In Bến Nghé Mới")


def L09_ocr_sports_app(c):
    r = c.r
    c.f("widget", r.choice(["9:4l ᯤ 4G ▮ 87%", "10:O2  ‹‹ 4G  64%", "21:17 LTE 3l%"]))
    c.f("widget", r.choice(["< Quay lai", "‹ Quay lại", "< Ouay lai"]))
    c.f("site", r.choice(["THỂ THAO CẦU V0NG", "THE THAO CAU VONG", "Thể Thao Cầu Vồng"]))
    c.f("title", c.title)
    c.f("date", c.d(r.choice(["{HH}:{MM} {dd}/{mm}/{y}", "{dd}/{mm}/{y} • {HH}:{MM}"])))
    c.f("widget", f"{r.choice(['Theo dõi', 'Theo dōi', '+ Theo dõi'])}   {r.randint(2,9)}{r.choice(['K', ',3K', 'k'])} người theo dõi")
    g = [[("caption", c.caption())],
         [("widget", r.choice(["Quảng cáo ⓘ ✕", "Quang cao ⓘ X", "QC ⓘ"])),
          ("widget", r.choice(["Tải ứng dụng ngay ›", "Tai ung dung ngay >", "Cài đặt  ›"]))],
         [("caption", c.caption(True))]]
    c.story(c.spread(g))
    c.f("byline", c.byline(r.choice([0, 1, 11])))
    if r.random() < 0.6:
        c.f("credit", r.choice(["Nguồn: Tổng hợp", "Ngu0n: Tong hop", f"Theo {r.choice(OUTSIDE)}"]))
    c.f("widget", f"Thich  {r.randint(1,9)},{r.randint(1,9)}K   Bình luận  {r.randint(10,99)}   Chia sė")
    c.f("widget", r.choice(["Bài viết liên quan", "BAI VIET LIEN QUAN"]))
    for _ in range(r.randint(2, 3)):
        t = c.rtitle()
        ws = t.split()
        if len(ws) > 6 and r.random() < 0.7:
            k = r.randint(3, len(ws) - 2)
            c.f("related", " ".join(ws[:k]))
            c.f("related", " ".join(ws[k:]))
        else:
            c.f("related", t)
        c.f("widget", f"{r.randint(1, 23)} giờ trước · {r.randint(2, 90)} bình luận")
    c.f("widget", r.choice(["Trang chủ   Video   Lịch thi đấu   Cá nhân", "Trang chu   Video   Lich thi dau   Ca nhan"]))
    c.f("widget", "⌂    ▷    ☰")


def L10_saved_ministry(c):
    r = c.r
    for x in ["Giới thiệu", "Tin tức - Sự kiện", "Văn bản pháp luật", "Thủ tục hành chính", "Hỏi đáp", "Liên hệ"]:
        c.f("widget", x)
    c.f("widget", r.choice(["Đăng nhập", "ĐĂNG NHẬP"]))
    c.f("widget", "Tìm kiếm...")
    c.f("widget", "English")
    c.f("site", "BỘ PHÁT TRIỂN ĐÔ THỊ VÀ NÔNG THÔN")
    c.f("widget", "Trang chủ / Tin tức - Sự kiện / Tin hoạt động")
    c.f("title", c.title)
    c.f("widget", c.d("Ngày đăng: {dd}/{mm}/{y} | Lượt xem: ") + f"{r.randint(1,9)}.{r.randint(100,999)}")
    g = [[("caption", f"Thứ trưởng {c.name()} phát biểu tại buổi làm việc.")], [("caption", c.caption(False))]]
    c.story(c.spread(g))
    c.f("byline", r.choice([f"Tin, ảnh: {c.author()}", f"{c.author()} (Vụ Truyền thông)", c.byline(0)]))
    if r.random() < 0.6:
        c.f("credit", r.choice(["Nguồn: Trung tâm Thông tin", "Nguồn: Văn phòng Bộ"]))
    c.f("widget", "In trang | Gửi email | Quay lại")
    c.f("widget", "Các tin khác")
    for _ in range(r.randint(4, 6)):
        c.f("related", f"{c.rtitle()} ({c.reldate().strftime('%d/%m/%Y')})")
    c.f("widget", "Bản quyền thuộc Bộ Phát triển Đô thị và Nông thôn")
    c.f("widget", "Địa chỉ: Số 37 Đường Tràng Tiền Mới, Hà Nội - Điện thoại: 024.3974.01" + str(r.randint(10, 99)))
    c.f("widget", f"Số lượt truy cập: {r.randint(10,99)}.{r.randint(100,999)}.{r.randint(100,999)}")
    c.f("widget", f"Đang trực tuyến: {r.randint(40, 900)}")


def L11_share_sheet(c):
    r = c.r
    c.f("widget", r.choice(["Được chia sẻ từ ứng dụng Tuổi Xanh Mới", "Shared from Tuổi Xanh Mới", "Chia sẻ qua Tuổi Xanh Mới 📱"]))
    c.f("title", c.title)
    c.f("date", c.d("{HH}:{MM} - {dd}/{mm}/{y}"))
    c.f("widget", r.choice(["Tuổi Xanh Mới · " + c.cat, "TXM | " + c.cat.upper()]))
    g = [[("caption", "[Ảnh] " + c.caption())], [("caption", "📷 " + c.caption(False))],
         [("related", f"Tin liên quan: {c.rtitle()}")]]
    c.story(c.spread(g))
    c.f("byline", c.byline(r.choice([0, 1, 2])))
    c.f("widget", f"Đọc bài gốc: https://tuoixanhmoi.vn/{slugify(c.cat)}/{c.slug()}.htm")
    c.f("widget", f"Tải app Tuổi Xanh Mới để đọc tin nhanh hơn: https://txm.app.link/{r.randint(10**6, 10**7)}")
    c.f("widget", "Xem thêm tin tại Tuổi Xanh Mới:")
    for _ in range(r.randint(2, 3)):
        t = c.rtitle()
        c.f("related", f"🔗 {t}")
        c.f("widget", f"https://tuoixanhmoi.vn/{slugify(t, 7)}-{r.randint(10**5, 10**6)}.htm")
    c.f("widget", r.choice(["Gửi từ iPhone của tôi", "Sent from my Galaxy", "Được gửi từ Zalo PC"]))
    c.f("widget", c.d("[{dd}/{mm}/{y} {HH}:{MM}] ") + r.choice(["Ba: ", "Mẹ yêu: ", "Nhóm Gia Đình: "]) + "📎 đã chuyển tiếp một liên kết")


def L12_rss(c):
    r, dom = c.r, "sonlinhtv.vn"
    c.f("widget", '<?xml version="1.0" encoding="UTF-8"?>')
    c.f("widget", "channel: Đài PT-TH tỉnh Sơn Lĩnh - Tin tức | RSS 2.0")
    c.f("title", f"title: {c.title}")
    c.f("widget", f"link: {c.url(dom)}")
    c.f("date", c.d("pubDate: {ewd}, {dd} {emo} {y} {UH}:{MM}:00 GMT"))
    c.f("caption", f"description: &lt;img src=&quot;https://{dom}/upload/{c.id}.jpg&quot; alt=&quot;{c.caption(False)}&quot; /&gt;")
    c.f("widget", "content:encoded:")
    g = [[("caption", "&lt;em&gt;" + c.caption(True) + "&lt;/em&gt;")], [("related", f"&gt;&gt;&nbsp;{c.rtitle()}")]]
    c.story(c.spread(g))
    c.f("byline", f"&lt;p&gt;&lt;strong&gt;{c.author().upper()}&lt;/strong&gt;&lt;/p&gt;")
    c.f("credit", "Nguồn:&nbsp;" + r.choice(["Đài PT-TH Sơn Lĩnh", "Trung tâm Truyền thông Sơn Lĩnh", r.choice(OUTSIDE)]))
    c.f("widget", f"category: {c.cat}")
    c.f("widget", f"guid: {dom}/{c.id}")
    for _ in range(r.randint(2, 3)):
        it, tz = c.teaser(80, 150, "&nbsp;…")
        c.f("related", f"title: {it['title']}")
        c.f("widget", f"link: {c.rurl(dom, it['title'])}")
        c.f("widget", "pubDate: " + c.reldate(r.randint(0, 2)).strftime("%a, %d %b %Y %H:%M:00 GMT"))
        c.f("related", f"description: {tz.replace(chr(34), '&quot;')}")


def L13_jsonld_business(c):
    r, dom = c.r, "kinhtedongduong.vn"
    u = c.url(dom)
    c.f("widget", "og:site_name = Kinh Tế Đông Dương")
    c.f("widget", "og:type = article")
    c.f("widget", f"og:title = {c.title}")
    c.f("widget", f"og:url = {u}")
    c.f("widget", f"og:image = https://media.{dom}/{c.dt.year}/{c.id}-og.jpg")
    c.f("widget", c.d("article:published_time = {y}-{mm}-{dd}T{HH}:{MM}:00+07:00"))
    c.f("widget", f"article:section = {c.cat}")
    c.f("widget", "twitter:card = summary_large_image")
    c.f("widget", '{"@context":"https://schema.org","@type":"NewsArticle","mainEntityOfPage":"' + u + '","inLanguage":"vi-VN"}')
    c.f("site", "KINH TẾ ĐÔNG DƯƠNG")
    c.f("title", c.title)
    c.f("date", c.d("{wd}, {dd}/{mm}/{y} | {HH}:{MM}"))
    g = [[("caption", c.caption())], [("widget", f"VN-Index {r.randint(900,1100)},{r.randint(10,99)} ▲ {r.randint(1,9)},{r.randint(10,99)} (+0,{r.randint(10,99)}%)"),
                                      ("widget", f"USD/VND {r.randint(23100,23400)} ▼ {r.randint(1,20)}")],
         [("related", f"Có thể bạn quan tâm: {c.rtitle()}")]]
    c.story(c.spread(g))
    c.f("byline", c.byline(r.choice([0, 2, 10])))
    if r.random() < 0.7:
        c.f("credit", c.credit(r.choice([0, 5, 9])))
    c.f("widget", "Tin mới nhất")
    for _ in range(r.randint(3, 4)):
        c.f("related", f"{c.rtitle()} - {c.reldate(0).strftime('%H:%M')}")


def L14_sitemap(c):
    r, dom = c.r, "tintucphonui.vn"
    c.f("widget", "<url>")
    c.f("widget", f"<loc>{c.url(dom)}</loc>")
    c.f("widget", "<news:news><news:publication><news:name>Tin Tức Phố Núi</news:name><news:language>vi</news:language></news:publication>")
    c.f("widget", c.d("<news:publication_date>{y}-{mm}-{dd}T{HH}:{MM}:00+07:00</news:publication_date>"))
    c.f("widget", f"<news:title>{c.title}</news:title>")
    c.f("widget", "</news:news></url>")
    c.f("site", "Tin Tức Phố Núi")
    c.f("title", c.title)
    c.f("date", c.d("{dd}/{mm}/{y} {HH}:{MM}"))
    g = [[("caption", c.caption())], [("caption", c.caption(False)), ("credit", c.credit(3))], [("related", f"Xem thêm >> {c.rtitle()}")]]
    c.story(c.spread(g))
    c.f("byline", c.byline(r.choice([0, 5, 8])))
    for _ in range(r.randint(2, 3)):
        t = c.rtitle()
        c.f("widget", f"<url><loc>{c.rurl(dom, t)}</loc>")
        c.f("related", f"<news:title>{t}</news:title>")
        c.f("widget", "<news:publication_date>" + c.reldate(r.randint(0, 1)).strftime("%Y-%m-%dT%H:%M:00+07:00") + "</news:publication_date></url>")


def L15_translate_overseas(c):
    r = c.r
    c.f("widget", "Chọn ngôn ngữ ▼")
    c.f("widget", r.choice(["Được hỗ trợ bởi Google Dịch", "Powered by Google Translate", "Được hỗ trợ bởi  Dịch"]))
    c.f("widget", "English | Español | Français | 中文 | 한국어 | Tagalog")
    c.f("site", "VIỆT KIỀU BẮC MỸ NHẬT BÁO")
    c.f("widget", f"Quảng cáo: Văn phòng Luật sư Di trú {c.name()} - (714) 5{r.randint(10,99)}-{r.randint(1000,9999)}")
    c.f("title", c.title)
    c.f("date", c.d("{mm}/{dd}/{y} - {h12}:{MM} {ap} PDT"))
    g = [[("caption", f"(Hình minh họa: {c.caption(False).rstrip('.')})")],
         [("credit", f"Hình: {c.author()}/Bắc Mỹ Nhật Báo")],
         [("widget", f"Nha Khoa {r.choice(['Nụ Cười Vàng', 'Kim Ngân', 'Ánh Sao'])} - Westminster - Nhận Medi-Cal ☎ (714) 8{r.randint(10,99)}-{r.randint(1000,9999)}")]]
    c.story(c.spread(g))
    c.f("credit", c.credit(2) if r.random() < 0.5 else c.credit(1))
    c.f("byline", f"{c.author()} (tổng hợp)")
    c.f("widget", "Tin liên quan:")
    for _ in range(r.randint(3, 4)):
        c.f("related", f"- {c.rtitle()}")
    c.f("widget", "Ủng hộ Việt Kiều Bắc Mỹ Nhật Báo | Donate")
    c.f("widget", "Rao vặt | Cáo phó | Nhà đất | Việc làm | Xe cộ")
    c.f("widget", f"Copyright © 1998-{c.dt.year} Viet Kieu Bac My Daily. All rights reserved.")
    c.f("widget", "Original text")
    c.f("widget", "Rate this translation")
    c.f("widget", "Your feedback will be used to help improve Google Translate")


def L16_portal_a11y(c):
    r = c.r
    c.f("widget", "Bỏ qua nội dung")
    c.f("widget", "Chuyển đến nội dung chính")
    c.f("widget", r.choice(["Cỡ chữ A- A A+", "Cỡ chữ: A⁻ | A | A⁺"]))
    c.f("widget", "Tương phản: Bình thường | Cao")
    c.f("widget", "🔊 Nghe bài viết ▶ Giọng nữ miền Bắc | Giọng nam miền Nam")
    c.f("site", "SỞ Y TẾ TỈNH ĐÔNG LÂM")
    c.f("widget", "Trang chủ › Tin tức › Hoạt động ngành")
    c.f("title", c.title)
    c.f("date", c.d("Ngày {dd}/{mm}/{y}"))
    g = [[("caption", f"BS. {c.name()}, Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh, trao đổi với người dân.")],
         [("caption", c.caption())]]
    c.story(c.spread(g))
    c.f("byline", r.choice([f"{c.author()} (CDC Đông Lâm)", c.byline(5), c.byline(0)]))
    c.f("credit", r.choice(["Nguồn: Trung tâm Kiểm soát bệnh tật tỉnh Đông Lâm", "Nguồn: Phòng Nghiệp vụ Y", c.credit(1)]))
    c.f("widget", f"Lượt xem: {r.randint(50, 3000)}")
    c.f("widget", "In trang | Gửi email | Quay lại")
    c.f("widget", "Tin cùng chuyên mục")
    for _ in range(r.randint(3, 5)):
        c.f("related", f"{c.rtitle()}")
    c.f("widget", "Trang web sử dụng cookie để nâng cao trải nghiệm người dùng. Bằng việc tiếp tục truy cập, bạn đồng ý với Chính sách cookie của chúng tôi.")
    c.f("widget", "Đồng ý")
    c.f("widget", "Tùy chỉnh")


CLUBS = ["Phương Nam United", "Kinh Bắc Star", "Cửu Long FC", "Sao Biển Quy Nhơn", "Hòa Sơn FC", "Đông Lâm Xanh", "Thép Núi Đỏ", "Sông Trà Hải Phòng"]


def L17_sports_sidebar(c):
    r, dom = c.r, "bongdaquehuong.vn"
    c.f("widget", f"[Bóng Đá Quê Hương](https://{dom}/) | [Lịch thi đấu](https://{dom}/lich) | [BXH](https://{dom}/bxh) | [Video](https://{dom}/video)")
    a, b = r.sample(CLUBS, 2)
    c.f("widget", f"🔴 LIVE ⚽ {a} {r.randint(0,3)}-{r.randint(0,3)} {b} ({r.randint(10,89)}')")
    c.f("title", "## " + c.title)
    c.f("date", c.d("{HH}:{MM} {dd}/{mm}/{y}"))
    g = [[("caption", f"![{c.caption(False)}](https://img.{dom}/{c.id}.jpg)")],
         [("widget", "| # | Đội | Trận | Điểm |"), ("widget", "|---|---|---|---|")] +
         [("widget", f"| {i+1} | {t} | {r.randint(10,20)} | {r.randint(15,40)} |") for i, t in enumerate(r.sample(CLUBS, 3))],
         [("caption", f"*{c.caption(False)}*"), ("credit", f"*Ảnh: {c.author()}*")]]
    c.story(c.spread(g))
    c.f("byline", c.byline(r.choice([1, 0, 4])))
    c.f("widget", "**Có thể bạn quan tâm**")
    for _ in range(r.randint(3, 4)):
        t = c.rtitle()
        c.f("related", f"- [{t}]({c.rurl(dom, t)})")
    c.f("widget", "> Tải app Bóng Đá Quê Hương: xem tỷ số trực tuyến nhanh nhất")


def L18_entertainment_emoji(c):
    r = c.r
    c.f("site", "✨ Showbiz Lấp Lánh ✨")
    c.f("widget", "🏠 Trang chủ | 🎬 Phim | 🎵 Nhạc | 👗 Thời trang | 💬 Hậu trường")
    c.f("title", c.title)
    c.f("date", c.d("📅 {dd}.{mm}.{y} ⏰ {HH}:{MM}"))
    g = [[("caption", "📸 " + c.caption())], [("credit", "Nguồn ảnh: Instagram nhân vật")],
         [("related", f"👉 {c.rtitle()}")], [("caption", c.caption(False))]]
    c.story(c.spread(g))
    c.f("byline", c.byline(r.choice([0, 10, 2])))
    c.f("widget", f"❤️ {r.randint(1,9)},{r.randint(1,9)}K   😆 {r.randint(10,99)}   😮 {r.randint(1,40)}   😢 {r.randint(1,40)}")
    c.f("widget", " ".join("#" + deaccent(t).replace(" ", "").lower() for t in r.sample(TAGS, 3)))
    c.f("widget", "Theo dõi Showbiz Lấp Lánh trên Facebook, TikTok và Instagram để không bỏ lỡ tin hot 🔥")
    c.f("widget", "🔥 HOT NHẤT TUẦN")
    for i in range(r.randint(3, 4)):
        c.f("related", f"{i+1}. {c.rtitle()}")
    c.f("widget", f"Bình luận ({r.randint(0, 80)})")
    for cm in r.sample(COMMENTS, 2):
        c.f("widget", r.choice(NICKS) + ": " + cm)
    c.f("widget", "Xem thêm 👇👇👇")
    c.f("widget", "Về đầu trang ⬆️ | Liên hệ: showbizlaplanh@mail.vn")


def L19_tech_md(c):
    r, dom = c.r, "sohoaplus.vn"
    c.f("widget", f"[Số Hóa Plus](https://{dom}) · [Điện thoại](https://{dom}/dien-thoai) · [Laptop](https://{dom}/laptop) · [Đánh giá](https://{dom}/danh-gia)")
    c.f("title", "# " + c.title)
    c.f("widget", c.d("Đăng lúc {HH}:{MM} ngày {dd}/{mm}/{y} · ") + f"{r.randint(2, 9)} phút đọc")
    c.f("widget", f"[![Theo dõi Số Hóa Plus trên Google News](https://{dom}/gnews.svg)](https://news.google.com/)")
    c.f("widget", "**Mục lục**")
    g = [[("caption", f"![{c.caption(False)}](https://{dom}/wp-content/uploads/{c.dt.year}/{c.dt.month:02d}/img_{r.randint(1000,9999)}.webp)")],
         [("widget", f"> **Giá tham khảo:** {r.randint(3,30)}.{r.choice(['490','990','790'])}.000đ — [Mua ngay tại Điện Máy Sao Việt](https://go.{dom}/aff{r.randint(100,999)})")],
         [("caption", f"*{c.caption(True)}*")]]
    c.story(c.spread(g))
    c.f("byline", c.byline(r.choice([10, 0, 5])))
    c.f("credit", c.credit(r.choice([1, 4, 9])))
    c.f("widget", f"Đánh giá: {'★' * (k := r.randint(3, 5))}{'☆' * (5 - k)} ({r.randint(30,50)/10}/5 - {r.randint(10,400)} lượt)")
    c.f("widget", "## Có thể bạn quan tâm")
    for _ in range(r.randint(3, 4)):
        t = c.rtitle()
        c.f("related", f"* [{t}]({c.rurl(dom, t)})")
    c.f("widget", "Tags: " + " ".join(f"`{t}`" for t in r.sample(TAGS, 3)))
    c.f("widget", "---")
    c.f("widget", f"[Về chúng tôi](https://{dom}/about) · [Chính sách bảo mật](https://{dom}/privacy) · [Liên hệ quảng cáo](https://{dom}/ads)")
    c.f("widget", "© 2019 Số Hóa Plus – Trang tin công nghệ")


def L20_legal_reader(c):
    r = c.r
    c.f("site", "Luật Sư Đồng Hành")
    c.f("title", c.title)
    c.f("byline", f"Tham vấn bởi: Luật sư {c.name()}")
    c.f("widget", c.d("Cập nhật lần cuối: {dd}/{mm}/{y}"))
    c.f("widget", "Mục lục bài viết [Ẩn]")
    g = [[("widget", f"☎ TỔNG ĐÀI TƯ VẤN PHÁP LUẬT MIỄN PHÍ 24/7: 1900 {r.randint(1000, 9999)}")],
         [("caption", c.caption())], [("related", f"Bài viết cùng chủ đề: {c.rtitle()}")]]
    c.story(c.spread(g))
    c.f("credit", c.credit(r.choice([0, 2, 6])))
    c.f("widget", "Lưu ý: Nội dung trên chỉ mang tính tham khảo, có thể đã hết hiệu lực tại thời điểm bạn đọc.")
    c.f("widget", "Bài viết cùng chủ đề")
    for _ in range(r.randint(3, 4)):
        c.f("related", f"→ {c.rtitle()}")
    c.f("widget", f"Đánh giá bài viết: ★★★★★ {r.randint(40, 50) / 10}/5 ({r.randint(3, 90)} bình chọn)")
    c.f("widget", f"Bạn cần tư vấn? Gọi ngay ☎ 1900 {r.randint(1000, 9999)} hoặc gửi email: tuvan@luatsudonghanh.vn")
    c.f("widget", "Đặt lịch hẹn luật sư | Gửi câu hỏi | Báo giá dịch vụ")
    c.f("widget", "Công ty Luật TNHH Đồng Hành – Giấy ĐKHĐ số 01021234/TP/ĐKHĐ")


def L21_overseas_europe(c):
    r = c.r
    c.f("site", "Sóng Việt Âu Châu")
    c.f("widget", "Impressum | Datenschutz | Kontakt | Quảng cáo")
    c.f("widget", "Werbung / Quảng cáo")
    c.f("widget", f"Asia Markt {r.choice(['Hương Quê', 'Sen Vàng', 'Bến Thành Mới'])} - Berlin-Lichtenberg - Tel. 030 {r.randint(100000,999999)}")
    c.f("widget", "Tin Đức | Tin Việt Nam | Cộng đồng | Du học | Rao vặt")
    c.f("title", c.title)
    c.f("date", c.d("{dd}.{mm}.{y} - {HH}:{MM} MEZ"))
    c.f("widget", f"Lượt đọc: {r.randint(100, 9000)} | Schriftgröße: A A+")
    g = [[("caption", c.caption())], [("related", f"Lesen Sie auch / Đọc thêm: {c.rtitle()}")]]
    c.story(c.spread(g))
    c.f("byline", f"{c.author()} (tổng hợp)" if r.random() < 0.5 else c.byline(0))
    c.f("credit", f"Theo {r.choice(OUTSIDE)} trong nước")
    c.f("widget", "Spenden – Ủng hộ Sóng Việt Âu Châu: IBAN DE12 1001 0010 0123 4567 89")
    c.f("widget", "Tin khác:")
    for _ in range(r.randint(3, 4)):
        c.f("related", f"» {c.rtitle()}")
    c.f("widget", "Kommentare (0) / Bình luận (0)")
    c.f("widget", "Bitte melden Sie sich an / Vui lòng đăng nhập để bình luận")
    c.f("widget", "© Sóng Việt Âu Châu e.V. – Alle Rechte vorbehalten")


def L22_amp_mobile(c):
    r = c.r
    c.f("widget", "☰ Menu   ĐỜI SỐNG ĐÔ THỊ 24H   🔍")
    c.f("widget", "Bạn đang xem phiên bản AMP. Xem phiên bản đầy đủ")
    c.f("related", "Tin nóng: " + " / ".join(c.rtitle() for _ in range(2)))
    c.f("title", c.title)
    c.f("date", c.d("{dd}/{mm}/{y} {HH}:{MM} GMT+7"))
    g = [[("caption", c.caption())], [("widget", "Đọc tiếp ▼")], [("related", f">> {c.rtitle()}")]]
    c.story(c.spread(g))
    c.f("byline", c.byline(r.choice([0, 1, 11, 12])))
    if r.random() < 0.5:
        c.f("credit", c.credit(r.choice([0, 2, 4])))
    c.f("widget", "Chia sẻ: Facebook · Zalo · Messenger · Sao chép")
    c.f("widget", "ĐỌC NHIỀU")
    for _ in range(r.randint(3, 5)):
        c.f("related", c.rtitle())
    c.f("widget", "↑ Quay lại đầu trang")
    c.f("widget", "© Đời Sống Đô Thị 24h")


def L23_newsletter(c):
    r = c.r
    c.f("widget", "Xem email này trên trình duyệt")
    c.f("widget", c.d("BẢN TIN SÁNG {dd}/{mm}/{y} | ĐIỂM TIN MỖI NGÀY"))
    c.f("widget", "Chào bạn, dưới đây là những tin đáng chú ý nhất sáng nay:")
    c.f("widget", "━━━ TIN NỔI BẬT ━━━")
    c.f("title", c.title)
    g = [[("caption", f"[Hình ảnh: {c.caption(False).rstrip('.')}]")]]
    c.story(c.spread(g))
    c.f("byline", c.byline(r.choice([0, 2, 13])))
    c.f("credit", r.choice(["Nguồn: Điểm Tin Mỗi Ngày tổng hợp", c.credit(1), c.credit(4)]))
    c.f("widget", f"Đọc tiếp trên website: https://diemtinmoingay.vn/{c.slug()}")
    c.f("widget", "━━━ CÁC TIN KHÁC ━━━")
    for _ in range(r.randint(2, 3)):
        it, tz = c.teaser(70, 140)
        c.f("related", f"▪ {it['title'].upper()}")
        c.f("related", tz)
        c.f("widget", "→ Đọc tiếp")
    c.f("widget", "Bạn nhận được email này vì đã đăng ký nhận bản tin của Điểm Tin Mỗi Ngày.")
    c.f("widget", "Hủy đăng ký | Cập nhật tùy chọn | Chuyển tiếp cho bạn bè")
    c.f("widget", "Điểm Tin Mỗi Ngày, Tầng 9, Tòa nhà Hồng Lam, Q. Cầu Giấy Mới, Hà Nội")


def L24_web_clipper(c):
    r = c.r
    u = f"https://hocduongngaynay.vn/{slugify(c.cat)}/{c.slug()}.html"
    c.f("widget", f"Clipped from: {u}")
    c.f("widget", "Ngày lưu: " + (c.dt + timedelta(days=r.randint(0, 30), hours=3)).strftime("%d/%m/%Y %H:%M"))
    c.f("widget", "Tags: " + ", ".join(r.sample(TAGS, 2)) + ", đọc sau")
    c.f("widget", r.choice(["Ghi chú: gửi cho nhóm lớp", "Ghi chú: ---", "Ghi chú: tài liệu tham khảo cho bài thuyết trình"]))
    c.f("site", "Học Đường Ngày Nay")
    c.f("title", c.title)
    c.f("date", c.d("{wd}, {d}/{m}/{y} {HH}:{MM}"))
    c.f("widget", f"Trang chủ > {c.cat} > " + r.choice(["Tuyển sinh", "Chính sách", "Học đường", "Tin tức"]))
    c.f("byline", c.byline(r.choice([0, 9, 5, 13])))
    g = [[("caption", c.caption(True))], [("credit", c.credit(3))], [("related", f"TIN LIÊN QUAN: {c.rtitle()}")],
         [("widget", "[Hình ảnh không tải được]"), ("caption", c.caption(False))]]
    c.story(c.spread(g))
    c.f("widget", "Chia sẻ: Facebook | Zalo | Email")
    c.f("widget", "Tin cùng chuyên mục")
    c.f("related", " | ".join(c.rtitle() for _ in range(r.randint(2, 3))))
    for _ in range(r.randint(2, 3)):
        c.f("related", c.rtitle())
    c.f("widget", "Xem bản gốc")
    c.f("widget", r.choice(["Đã lưu bằng Web Clipper", "Saved with Web Clipper", "Lưu bằng tiện ích Đọc Sau"]))


LAYOUTS = OrderedDict((f.__name__[4:], f) for f in [
    L01_lynx_national, L02_w3m_provincial, L03_html2text_business, L04_reader_api, L05_readability_health,
    L06_newspaper_lib_legal, L07_boilerplate_comments, L08_pdf_print, L09_ocr_sports_app, L10_saved_ministry,
    L11_share_sheet, L12_rss, L13_jsonld_business, L14_sitemap, L15_translate_overseas, L16_portal_a11y,
    L17_sports_sidebar, L18_entertainment_emoji, L19_tech_md, L20_legal_reader, L21_overseas_europe,
    L22_amp_mobile, L23_newsletter, L24_web_clipper])


# ---------------------------------------------------------------- faults
FAULT_KINDS = ("nbsp", "zwsp", "dspace", "glue", "nfd")


def _mod(s, kind, r):
    if kind == "zwsp":
        pos = [i for i in range(1, len(s)) if s[i - 1].isalpha() and s[i].isalpha()]
        if pos:
            p = r.choice(pos)
            return s[:p] + "\u200b" + s[p:]
        return s
    pos = [i for i, ch in enumerate(s) if ch == " "]
    if not pos:
        return s
    p = r.choice(pos)
    return s[:p] + ("\u00a0" if kind == "nbsp" else "  ") + s[p + 1:]


def apply_faults(out, paras, kinds, r, counts):
    if "glue" in kinds:
        # at most one glued pair per paragraph, so an item holds two sentences
        cand = [i for i, p in enumerate(paras) if any(p[j].endswith(".") for j in range(len(p) - 1))]
        for i in r.sample(cand, min(len(cand), r.randint(1, 2))):
            p = paras[i]
            j = r.choice([j for j in range(len(p) - 1) if p[j].endswith(".")])
            p[j:j + 2] = [p[j] + p[j + 1]]
            counts["glue"] += 1
    for kind in ("nbsp", "zwsp", "dspace"):
        if kind not in kinds:
            continue
        idx = list(range(len(out)))
        for k in r.sample(idx, min(len(idx), r.randint(3, 8))):
            role, val = out[k]
            if role == "body":
                j = r.randrange(len(val))
                val = list(val)
                val[j] = _mod(val[j], kind, r)
                out[k] = (role, val)
            else:
                out[k] = (role, _mod(val, kind, r))
            counts[kind] += 1
    if "nfd" in kinds:
        for k, (role, val) in enumerate(out):
            if role == "body":
                out[k] = (role, [unicodedata.normalize("NFD", v) for v in val])
            else:
                out[k] = (role, unicodedata.normalize("NFD", val))
        counts["nfd"] += 1
    return out


# ---------------------------------------------------------------- check
def check_page(p, forbidden_norms=()):
    lines = p.text.split("\n")
    assert p.text.strip(), "blank text"
    for ln in lines:
        assert ln and ln == ln.strip(), f"unstripped/blank line {ln!r}"
    assert p.body, "no body"
    for b in p.body:
        assert b and b == b.strip() and "\n" not in b and b in p.text, f"body item not in text {b!r}"
    for k, ln in p.furniture:
        assert k in KINDS, k
    bi = fi = un = 0
    for ln in lines:
        m = 0
        for k in range(1, 5):
            if bi + k <= len(p.body) and " ".join(p.body[bi:bi + k]) == ln:
                m = k
                break
        if m:
            bi += m
            continue
        if fi < len(p.furniture) and p.furniture[fi][1] == ln:
            fi += 1
            continue
        un += 1
    assert bi == len(p.body), f"body order {bi}/{len(p.body)}"
    assert fi == len(p.furniture), f"furniture order {fi}/{len(p.furniture)}"
    assert un <= 3, f"{un} unlabelled lines"
    bset = {norm(b) for b in p.body}
    body_lines = set()
    bi = 0
    for ln in lines:
        for k in range(1, 5):
            if bi + k <= len(p.body) and " ".join(p.body[bi:bi + k]) == ln:
                body_lines.add(ln)
                bi += k
                break
    for ln in lines:
        if ln in body_lines:
            continue
        assert norm(ln) not in bset, f"non-body line equals a body sentence: {ln!r}"
    for b in bset:
        assert b not in forbidden_norms, "body equals related text"


# ---------------------------------------------------------------- build
def build(rows):
    body_rows = [i for i in BODY_ROWS if i in rows]
    rel_rows = [i for i in RELATED_ROWS if i in rows]
    rel_items = {i: prep_related(rows[i]) for i in rel_rows}
    names = list(LAYOUTS)
    perm = names[:]
    rng(BODY_ROWS.start, "layout-order").shuffle(perm)
    fr = rng(BODY_ROWS.start, "fault-pages")
    fault_pages = set(fr.sample(range(len(body_rows)), round(len(body_rows) * 0.25)))
    pages_, stats = [], {"faults": Counter(), "fault_pages": Counter(), "faulted": 0}
    for k, row in enumerate(body_rows):
        d = rows[row]
        title, kept = extract_story(d)
        pr = rng(row, "paragraphs")
        paras = paragraphs(kept, pr)
        if not paras:
            continue
        body_norms = {norm(s) for p in paras for s in p} | {norm(title)}
        rr = rng(row, "related")
        cand = rr.sample(rel_rows, min(14, len(rel_rows)))
        rel = []
        for i in cand:
            it = dict(rel_items[i])
            if norm(it["title"]) in body_norms:
                continue
            if it["cap"] and norm(it["cap"]) in body_norms:
                it["cap"] = None
            if it["teaser_src"] and any(norm(s) in body_norms for s in split_sentences(it["teaser_src"])[0]):
                it["teaser_src"] = ""
            rel.append(it)
        layout = perm[k % len(perm)]
        c = Ctx(row, title, paras, rel, body_norms)
        LAYOUTS[layout](c)
        out = c.out
        # drop furniture colliding with body (never expected, kept as guard)
        out = [(ro, v) for ro, v in out if ro == "body" or norm(v) not in body_norms or ro == "title"]
        if k in fault_pages:
            fx = rng(row, "faults")
            kinds = set(fx.sample(["nbsp", "zwsp", "dspace", "glue", "nbsp", "glue", "zwsp"], fx.randint(1, 2)))
            if fx.random() < 0.22:
                kinds.add("nfd")
            # glue modifies paragraph lists referenced by out
            out = apply_faults(out, [v for ro, v in out if ro == "body"], kinds, fx, stats["faults"])
            for kd in kinds:
                stats["fault_pages"][kd] += 1
            stats["faulted"] += 1
        lines, body, fur = [], [], []
        for ro, v in out:
            if ro == "body":
                body.extend(v)
                lines.append(" ".join(v))
            else:
                v = v.strip()
                lines.append(v)
                if ro in KINDS:
                    fur.append((ro, v))
        page = Page("\n".join(lines), body, fur, layout)
        forb = {norm(it["title"]) for it in rel} | {norm(it["cap"]) for it in rel if it["cap"]}
        check_page(page, forb)
        pages_.append(page)
    return pages_, stats


def pages(train_path):
    rows = read_rows(train_path)
    return build(rows)[0]


def main(argv):
    path = argv[1] if len(argv) > 1 else "/work/shared/data/vietnews_train.jsonl.gz"
    rows = read_rows(path)
    ps, stats = build(rows)
    per = OrderedDict((n, Counter()) for n in LAYOUTS)
    for p in ps:
        c = per[p.layout]
        c["pages"] += 1
        c["body"] += len(p.body)
        for k, _ in p.furniture:
            c[k] += 1
        c["lines"] += p.text.count("\n") + 1
    tot = Counter()
    for c in per.values():
        tot.update(c)
    cols = ["pages", "body", "byline", "credit", "caption", "related", "widget", "lines"]
    print("| layout | " + " | ".join(cols) + " |")
    print("|---|" + "---|" * len(cols))
    for n, c in per.items():
        print(f"| {n} | " + " | ".join(str(c[x]) for x in cols) + " |")
    print("| **total** | " + " | ".join(str(tot[x]) for x in cols) + " |")
    fur = sum(tot[k] for k in KINDS)
    print(f"furniture lines: {fur}  (per page {fur / max(1, tot['pages']):.1f})")
    print("fault pages: " + ", ".join(f"{k}={stats['fault_pages'][k]}" for k in FAULT_KINDS)
          + f"; pages with any fault: {stats['faulted']}")
    print("fault edits: " + ", ".join(f"{k}={stats['faults'][k]}" for k in FAULT_KINDS))


if __name__ == "__main__":
    main(sys.argv)
