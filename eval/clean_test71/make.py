#!/usr/bin/env python3
"""Held-out evaluation set `test71` for a cleaner of scraped Vietnamese news pages.

Theme: weather, traffic and disaster desks of invented Vietnamese news sites.
Standard library only.  Usage:  python3 make.py /work/shared/data/vietnews_train.jsonl.gz
"""
import datetime
import gzip
import json
import random
import re
import sys
import unicodedata
from typing import NamedTuple

SETNAME = "test71"
SEED = 7171
BODY_ROWS = range(18_300, 18_400)
RELATED_ROWS = range(14_300, 14_400)
KINDS = ("byline", "credit", "caption", "related", "widget")


class Page(NamedTuple):
    text: str
    body: list
    furniture: list
    layout: str


def R(row, purpose):
    return random.Random(f"{SETNAME}|{SEED}|{row}|{purpose}")


# ---------------------------------------------------------------- reading

def read_rows(path):
    """Stream the file once; return ({row: (title, article)}, {row: (title, article[:1200])})."""
    body, rel = {}, {}
    last = max(BODY_ROWS.stop, RELATED_ROWS.stop) - 1
    opener = gzip.open if str(path).endswith(".gz") else open
    with opener(path, "rb") as fh:
        for i, raw in enumerate(fh):
            if i > last:
                break
            inb, inr = i in BODY_ROWS, i in RELATED_ROWS
            if not (inb or inr):
                continue
            if not raw.strip():
                continue
            try:
                obj = json.loads(raw.decode("utf-8", errors="replace"))
            except ValueError:
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

def _pair(s, q):
    parts = s.split(q)
    out = parts[0]
    for k in range(1, len(parts)):
        seg = parts[k]
        if k % 2 == 1:
            out += q + seg.lstrip()
        else:
            out = out.rstrip() + q + seg
    return out


def detok(s):
    s = unicodedata.normalize("NFC", s)  # a few source rows carry stray decomposed letters
    s = "".join(ch for ch in s if ch not in ZW)
    s = s.replace("_", " ")
    s = re.sub(r"\s+", " ", s).strip()
    s = re.sub(r"(?<!\S)[‘’](?!\S)", "'", s)  # stray curly single quotes standing alone
    s = _pair(s, '"')
    # single quotes: only when every one stands alone as a token and they pair up
    if s.count("'") and s.count("'") % 2 == 0 and not re.search(r"\S'\S", s):
        s = _pair(s, "'")
    s = re.sub(r"([(\[“‘])\s+", r"\1", s)
    s = re.sub(r"\s+([)\]”’])", r"\1", s)
    s = re.sub(r"\s+([,.;:!?%…])", r"\1", s)
    s = re.sub(r"(\S) / (?=\S)", r"\1/", s)
    s = re.sub(r"\s+", " ", s).strip()
    return s


ABBR = {"tp", "ts", "gs", "pgs", "ths", "bs", "q", "p", "tt", "tx", "th", "ncs", "ks", "cn",
        "mr", "mrs", "ms", "dr", "st", "nxb", "co", "ltd", "inc", "jr", "sr", "no", "vs",
        "bsckii", "bscki", "bsck", "lm", "tgm", "gđ", "pgđ", "đ/c", "đc", "v.v"}


def _is_abbr(tok):
    t = tok.lstrip("(\"“'")
    if not t:
        return False
    low = t.lower()
    if low in ABBR:
        return True
    if len(t) == 1 and t.isalpha() and t.isupper():
        return True
    if re.fullmatch(r"(?:\w\.)+\w?", t):  # dotted acronym (PGS.TS, U.S)
        return True
    return False


def split_sents(text):
    out, start = [], 0
    for m in re.finditer(r"[.!?…]+[\"”’')\]]*(?=\s)", text):
        punct = m.group(0)
        j = m.end()
        # next visible character
        k = j
        while k < len(text) and text[k].isspace():
            k += 1
        if k >= len(text):
            break
        nxt = text[k]
        if nxt in "\"“(":
            nxt = text[k + 1] if k + 1 < len(text) else ""
        if not (nxt.isupper() or nxt.isdigit()):
            continue
        if punct[0] == "." and not punct.startswith(".."):
            ws = text.rfind(" ", start, m.start())
            tok = text[ws + 1:m.start()]
            if _is_abbr(tok):
                continue
        out.append(text[start:j].strip())
        start = k
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return [s for s in out if s]


CAPTION_MARKS = ("ảnh:", "(ảnh", "ảnh minh", "video:", "clip:", "clip ", "minh hoạ", "minh họa",
                 "(trái)", "(phải)", "(giữa)", "nguồn:", "đồ hoạ", "đồ họa", "infographic",
                 "photo", "trong ảnh", "từ trái qua", "từ trái sang", "ảnh chụp", "xem thêm",
                 "xem video", "bấm vào", "click", "http", "www.", "@", ".vn", ".com",
                 "(ttxvn)", "ttxvn", "theo vnexpress", "(dân trí)", "ảnh trên", "ảnh dưới",
                 "ảnh 1", "ảnh 2", "ảnh 3", "(ảnh:", "tin liên quan", "đọc thêm", "bài liên quan")
REPORTING = ("cho biết", "nói", "khẳng định", "chia sẻ", "cho hay", "nhấn mạnh", "tiết lộ",
             "thừa nhận", "trả lời", "kể", "giải thích", "phát biểu", "đề nghị", "yêu cầu",
             "xác nhận", "thông báo", "cho rằng", "bày tỏ", "nhận định", "trao đổi",
             "khai", "lý giải", "đánh giá", "kiến nghị", "chỉ đạo", "báo cáo", "phản ánh",
             "tuyên bố", "nhận xét", "lưu ý", "chỉ rõ", "thuật lại", "nhớ lại", "nêu rõ",
             "khuyến cáo")
CONNECTIVES = ("Tuy nhiên", "Trong khi đó", "Theo ", "Trước đó", "Sau đó", "Ngoài ra", "Bên cạnh đó",
               "Đồng thời", "Do đó", "Vì vậy", "Vì thế", "Theo đó", "Cũng theo", "Thế nhưng",
               "Nhưng ", "Mặc dù", "Dù ", "Từ đó", "Ngay sau đó", "Cùng ngày", "Trước tình hình",
               "Trước đây", "Ngoài việc", "Bởi vậy", "Do vậy", "Cụ thể", "Như vậy", "Riêng ",
               "Trong khi", "Song ", "Tuy vậy", "Mặt khác", "Hơn nữa", "Thậm chí", "Chính vì",
               "Để ", "Nếu ", "Khi ", "Sau khi", "Trước khi", "Kể từ", "Đặc biệt", "Trước diễn biến")
GLUE_OPENERS = {"Được", "Theo", "Trong", "Tuy", "Khi", "Sau", "Trước", "Ông", "Bà", "Nhưng", "Với",
                "Tại", "Các", "Những", "Nhiều", "Đây", "Đó", "Điều", "Việc", "Cùng", "Ngoài",
                "Bên", "Đặc", "Mặc", "Để", "Từ", "Chiều", "Sáng", "Tối", "Trưa", "Không", "Có",
                "Lực", "Cơ", "Chính", "Này", "Vì", "Do", "Nếu", "Cũng", "Sự", "Kết", "Thế",
                "Song", "Dù", "Như", "Hơn", "Gần", "Hiện", "Ngay", "Chỉ", "Hàng", "Mỗi", "Toàn",
                "Riêng", "Thời", "Đến", "Lúc", "Bởi", "Nhờ", "Mới", "Hôm", "Rạng", "Đêm"}


def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = "".join(ch for ch in s if ch not in ZW)
    s = re.sub(r"\s+", "", s)
    return s.casefold()


def _quotes_ok(s):
    for q in ('"', "'"):
        n = s.count(q)
        if q == "'" and n and re.search(r"\w'\w", s):
            return False
        if n % 2:
            return False
        idx = [m.start() for m in re.finditer(re.escape(q), s)]
        for j, p in enumerate(idx):
            before = s[p - 1] if p > 0 else " "
            after = s[p + 1] if p + 1 < len(s) else " "
            if j % 2 == 0:  # opening
                if after.isspace() or not (before.isspace() or before in "([“"):
                    return False
            else:
                if before.isspace() or not (after.isspace() or after in ",.;:!?)…]”"):
                    return False
    for a, b in (("(", ")"), ("[", "]"), ("“", "”"), ("‘", "’")):
        depth = 0
        for ch in s:
            if ch == a:
                depth += 1
            elif ch == b:
                depth -= 1
                if depth < 0:
                    return False
        if depth:
            return False
    return True


def _glued_heading(words):
    for a, b in zip(words, words[1:]):
        if a and b and a[-1].isalpha() and a.islower() and b in GLUE_OPENERS:
            return True
        if a.endswith(",") and b in GLUE_OPENERS:  # "... bị vỡ, Do dự án ..." (a caption run into the text)
            return True
    return False


def keep_sentence(s, title_n):
    low = s.lower()
    words = s.split()
    n = len(words)
    if n < 8 or n > 110:
        return False
    if any(m in low for m in CAPTION_MARKS):
        return False
    if any(ch in s for ch in "|•»«►▶→"):
        return False
    if not _quotes_ok(s):
        return False
    if not re.search(r"[.!?…][\"”’')]*$", s):
        return False
    if s.endswith("...") and n < 12:
        return False
    if any(":" in w for w in words[:6]):
        return False
    first = s.lstrip("\"“(")
    if not first or not (first[0].isupper() or first[0].isdigit()):
        return False
    if s[0] not in "\"“" and not (s[0].isalnum()):
        return False
    if re.search(r"\(?\bTheo\s+[A-ZĐ][^,;]{0,40}\)?[.]?$", s) and not re.search(r"\bTheo\b.*,", s[-60:]):
        return False
    if re.match(r"^\(?[A-ZĐ]{2,8}\)?\s*[-–]\s", s):
        return False
    if norm(s) == title_n:
        return False
    if _glued_heading(words):
        return False
    short = n <= 22 or (n <= 30 and "," not in s)
    if short:
        rep = any(re.search(r"(?<!\w)" + v + r"(?!\w)", low) for v in REPORTING)
        # a reporting verb alone is not enough (captions say "Ông A trả lời phóng viên sáng 12/12.")
        quoted = ('"' in s or "“" in s) and rep
        conn = s.startswith(CONNECTIVES) and "," in s
        verbs = "|".join(REPORTING)
        struct = re.search(r"(?<!\w)(?:" + verbs + r")(?:,|:|\s+rằng\b|\s+là\b)", low) or \
            re.search(r",[^,]{0,50}(?<!\w)(?:" + verbs + r")\.$", low)
        if not (quoted or conn or struct):
            return False
    return True


def story_sentences(title, article):
    tn = norm(title)
    sents, seen = [], set()
    for s in split_sents(detok(article)):
        if not keep_sentence(s, tn):
            continue
        k = norm(s)
        if k in seen:
            continue
        seen.add(k)
        sents.append(s)
    return sents


def make_teaser(article):
    text = detok(article[:1200])
    text = re.sub(r"^\(?[A-ZĐ]{2,8}\)?\s*[-–]\s*", "", text)
    for s in split_sents(text)[:4]:
        w = s.split()
        if len(w) < 10 or not s[0].isupper() or ":" in " ".join(w[:5]):
            continue
        if not _quotes_ok(s) or any(m in s.lower() for m in ("ảnh:", "video:", "nguồn:", "(ảnh")):
            continue
        if len(w) > 34:
            cut = " ".join(w[:28]).rstrip(",;:-–")
            if cut.count('"') % 2:
                cut = cut.replace('"', "")
            return cut + "…"
        return s
    return ""


# ---------------------------------------------------------------- invented people and things

FAM = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ",
       "Ngô", "Dương", "Lý", "Đinh", "Mai", "Trịnh", "Lương", "Tạ", "Châu", "Kiều", "La", "Từ"]
MID = ["Văn", "Thị", "Minh", "Hữu", "Thanh", "Quốc", "Ngọc", "Thu", "Đức", "Hoài", "Gia", "Bảo",
       "Kim", "Thùy", "Xuân", "Công", "Phương", "Tấn", "Diệu", "Trọng"]
GIV = ["Khoa", "Phước", "Yến", "Hà", "Vy", "Tâm", "Trí", "Hân", "Phong", "Lâm", "Ngân", "Tùng",
       "Huy", "Khang", "Trang", "Vũ", "Quyên", "Sơn", "Hiếu", "Nhi", "Đạt", "Thảo", "Lộc", "Uyên",
       "Bình", "Hạnh", "Duy", "Linh", "Nguyên", "Tuấn", "My", "Thắng", "Hòa", "Cường", "Loan"]


def full_name(rng):
    return f"{rng.choice(FAM)} {rng.choice(MID)} {rng.choice(GIV)}"


def pen_name(rng):
    return f"{rng.choice(MID[2:] + ['Hải', 'Anh', 'Lan', 'Nhật', 'Tường'])} {rng.choice(GIV)}"


def phone(rng, area=None):
    area = area or rng.choice(["024", "028", "0236", "0234", "0238", "0258", "0292", "0256"])
    return f"{area} {rng.randint(3, 6)}{rng.randint(10, 99)} {rng.randint(100, 999)}"


WD = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
CITIES = ["Hà Nội", "Hải Phòng", "Thanh Hóa", "Vinh", "Huế", "Đà Nẵng", "Quảng Ngãi", "Quy Nhơn",
          "Nha Trang", "Đà Lạt", "Buôn Ma Thuột", "TP.HCM", "Cần Thơ", "Cà Mau", "Hạ Long", "Lào Cai"]
SKY = [("mưa rào và dông rải rác", (5, 30)), ("nhiều mây, có mưa vừa", (10, 40)), ("mưa to đến rất to", (50, 150)),
       ("nắng nóng, chiều tối có dông", (0, 10)), ("có mưa nhỏ, trời lạnh", (1, 5)), ("ít mây, trưa chiều nắng", None),
       ("mây thay đổi, đêm không mưa", None), ("mưa vừa, có nơi mưa to", (20, 70))]
ROADS_N = ["Ngã Tư Sở", "Cầu Chương Dương (hướng Long Biên)", "Đường Nguyễn Trãi (đoạn Khuất Duy Tiến)",
           "Phố Tây Sơn", "Đường Giải Phóng (hướng Pháp Vân)", "Vành đai 3 trên cao", "Cầu Thăng Long",
           "Đường Phạm Văn Đồng", "Nút giao Kim Liên", "Đại lộ Thăng Long (km 5)"]
ROADS_S = ["Ngã tư Hàng Xanh", "Vòng xoay Phú Hữu", "Cầu Sài Gòn (hướng Thủ Đức)", "Nút giao Cát Lái",
           "Đường Cộng Hòa", "Vòng xoay Lăng Cha Cả", "Cầu Kênh Tẻ", "Xa lộ Hà Nội (đoạn Suối Tiên)",
           "Đường Trường Chinh", "Quốc lộ 13 (qua Thủ Đức)", "Đường Nguyễn Hữu Cảnh"]
ROAD_STATE = ["ùn tắc kéo dài khoảng {n},{m} km", "đông xe, di chuyển chậm", "thông thoáng",
              "ngập {c} cm, nhiều xe máy chết máy", "ùn ứ cục bộ giờ cao điểm", "tạm cấm xe tải từ 6h đến 21h",
              "va chạm giao thông, đã phân luồng", "đang thi công, thu hẹp một làn"]
STATIONS = ["A Lưới", "Nam Đông", "Trà My", "Hiên", "Ba Tơ", "Sơn Giang", "Kỳ Anh", "Hương Khê",
            "Tuyên Hóa", "Minh Hóa", "Đắk Glei", "Sa Pa", "Mường Tè", "Bắc Quang"]
BANKS = ["Ngân hàng TMCP Hưng Thịnh", "Ngân hàng TMCP Đông Hải", "Ngân hàng Hợp Phát",
         "Ngân hàng TMCP Phú Sơn", "Ngân hàng TMCP Bắc Miền Trung"]
COMMENTERS = ["Nguyễn Hoa", "Trần Bảo", "Minh Thư", "Lê Quân", "Phạm Hiền", "Bác Tư", "Hoàng Nam",
              "Thùy Dung", "Anh Tuấn", "Kim Oanh", "Hữu Tài", "Mai Lan"]
COMMENTS = ["Cảm ơn phóng viên đã cập nhật thông tin kịp thời.",
            "Thông tin rất hữu ích, xin cảm ơn.",
            "Đề nghị cơ quan chức năng vào cuộc làm rõ, xử lý nghiêm.",
            "Mong báo tiếp tục theo dõi và thông tin thêm về vụ việc này.",
            "Ý kiến của tôi là cần công khai kết quả cho người dân được biết."]
COMMENTS_T = {
    "storm": ["Mong bà con vùng bão bình an.", "Năm nào cũng vậy, mong chính quyền chủ động hơn.",
              "Ở quê tôi gió đã giật mạnh từ tối qua."],
    "flood": ["Mong bà con vùng lũ bình an, sớm ổn định cuộc sống.",
              "Nhà tôi ở gần đó, nước lên nhanh lắm mọi người ạ.", "Ở quê tôi cũng đang mưa rất to từ tối qua."],
    "crash": ["Chia buồn cùng gia đình các nạn nhân.", "Các bác tài đi đường nhớ giữ khoảng cách an toàn nhé.",
              "Đoạn này đi đêm rất nguy hiểm, cần thêm đèn chiếu sáng."],
    "traffic": ["Đoạn đường này sáng nào cũng kẹt, cơ quan chức năng nên sớm có giải pháp.",
                "Làm nhanh cho dân nhờ, đi lại khổ quá rồi."],
    "fire": ["Mùa khô rồi, mọi người nhớ kiểm tra điện trong nhà.", "May mà không có thiệt hại về người."],
    "general": [],
}


def fmt_date(dt, style):
    d, m, y = dt.day, dt.month, dt.year
    hm = f"{dt.hour:02d}:{dt.minute:02d}"
    wd = WD[dt.weekday()]
    return {
        "wd_dash": f"{wd}, {d:02d}/{m:02d}/{y} - {hm}",
        "hm_bar": f"{hm} | {d:02d}/{m:02d}/{y}",
        "gmt": f"{d:02d}/{m:02d}/{y} {hm} GMT+7",
        "posted": f"Đăng lúc {hm} ngày {d:02d}/{m:02d}/{y}",
        "wd_bar": f"{wd}, {d}/{m}/{y} | {hm}",
        "dash_ampm": f"{d:02d}-{m:02d}-{y} - {dt.hour % 12 or 12:02d}:{dt.minute:02d} {'AM' if dt.hour < 12 else 'PM'}",
        "iso": f"{y}-{m:02d}-{d:02d} {hm}",
        "wd_plain": f"{wd} {d:02d}/{m:02d}/{y} {hm}",
        "comma": f"{d}/{m}/{y}, {hm}",
        "long": f"Ngày {d} tháng {m} năm {y}",
        "viet_long": f"{d} tháng {m}, {y}",
        "paren": f"{hm} ({wd}, {d}/{m}/{y})",
        "upd": f"Cập nhật: {hm}, {d}/{m}/{y}",
        "slash_time": f"{d:02d}/{m:02d}/{y} - {hm}",
        "wd_hm": f"{wd}, {d:02d}/{m:02d}/{y}, {hm} (GMT+7)",
    }[style]


# ---------------------------------------------------------------- entities, topic, captions

HON = ["thiếu tướng", "trung tướng", "đại tá", "thượng tá", "trung tá", "thiếu tá", "đại uý",
       "ông", "bà", "anh", "chị"]
PLACE_PRE = ["thị xã", "thành phố", "thị trấn", "tỉnh", "huyện", "xã", "quận", "phường", "thôn",
             "đèo", "sông", "đảo", "TP", "quốc lộ"]


def _capword(w):
    if w[:1] in "(\"“'":
        return False, w
    w2 = w.rstrip(",.;:)\"”'")
    return bool(w2) and w2[0].isupper() and w2.replace("-", "").isalpha(), w2


def extract(sents):
    persons, places = [], []
    for s in sents:
        w = s.split()
        i = 0
        while i < len(w):
            low = [x.lower() for x in w]
            hit = None
            for h in HON:
                hw = h.split()
                if low[i:i + len(hw)] == hw:
                    hit = (h, len(hw))
                    break
            if hit:
                j, name = i + hit[1], []
                while j < len(w) and len(name) < 4:
                    ok, clean = _capword(w[j])
                    if not ok:
                        break
                    name.append(clean)
                    if w[j] != clean:
                        break
                    j += 1
                if 2 <= len(name) <= 4:
                    persons.append((hit[0], " ".join(name)))
            for p in PLACE_PRE:
                pw = p.split()
                if w[i:i + len(pw)] == pw or low[i:i + len(pw)] == pw and p != "TP":
                    j, name = i + len(pw), []
                    while j < len(w) and len(name) < 3:
                        ok, clean = _capword(w[j])
                        if p == "quốc lộ" and re.fullmatch(r"\d+[A-Z]?[,.]?", w[j]):
                            ok, clean = True, w[j].strip(",.")
                        if not ok:
                            break
                        name.append(clean)
                        if w[j] != clean or clean.isupper():
                            break
                        j += 1
                    if (len(name) == 3 and name[0] in FAM and " ".join(name) != "Hồ Chí Minh") or \
                            any(x in ("Thị", "Văn") for x in name[1:]):
                        name = []
                    if name and (len(name) >= 2 or p in ("quốc lộ", "tỉnh", "huyện", "xã", "TP", "sông", "đèo")):
                        places.append(f"{p} {' '.join(name)}")
                    break
            i += 1
    def uniq(xs):
        out = []
        for x in xs:
            if x not in out:
                out.append(x)
        return out
    places = uniq(places)
    places = [p for p in places
              if not any(q != p and (q.startswith(p) or q.endswith(" " + p)) for q in places)]
    places = [p for p in places if not p.endswith(" A")]
    return uniq(persons), places


TOPIC_WORDS = {
    "storm": ["bão", "áp thấp", "gió mạnh", "sóng lớn", "lốc xoáy", "cấm biển"],
    "flood": ["lũ", "ngập", "mưa lớn", "sạt lở", "xả lũ", "thuỷ điện", "thủy điện", "triều cường", "đuối nước", "mưa to"],
    "crash": ["tai nạn", "va chạm", "tông", "đâm vào", "đâm xe", "lật xe", "tông vào"],
    "traffic": ["xe tải", "xe khách", "ôtô", "ô tô", "xe máy", "giao thông", "quốc lộ", "cao tốc", "ùn tắc", "tài xế", "cầu"],
    "fire": ["cháy", "hoả hoạn", "hỏa hoạn", "bốc cháy", "chữa cháy"],
}


def topic_of(title, sents):
    t = (title + " " + title + " " + " ".join(sents[:6])).lower()
    best, score = "general", 1
    sc = {k: sum(len(re.findall(r"(?<!\w)" + w + r"(?!\w)", t)) for w in ws) for k, ws in TOPIC_WORDS.items()}
    if sc["crash"] >= 2 and sc["traffic"] >= 1:
        return "crash"
    for k in TOPIC_WORDS:
        if sc[k] > score:
            best, score = k, sc[k]
    return best


SCENES = {
    "storm": ["Sóng lớn đánh vào bờ kè {at} chiều qua.", "Tàu thuyền neo đậu tránh trú {at}.",
              "Người dân chằng chống nhà cửa trước khi bão đổ bộ.", "Cây xanh gãy đổ chắn ngang đường {at}.",
              "Bầu trời vần vũ mây đen {at} trước giờ bão vào.", "Bộ đội biên phòng hỗ trợ ngư dân kéo thuyền lên bờ."],
    "flood": ["Nước lũ dâng cao {at}.", "Lực lượng cứu hộ dùng xuồng đưa người dân ra khỏi vùng ngập.",
              "Nhiều tuyến đường {at} chìm trong biển nước.", "Người dân kê đồ đạc lên cao để tránh nước lũ.",
              "Nước đục ngầu cuồn cuộn chảy qua tràn {at}.", "Một đoạn đường bị sạt lở sau mưa lớn kéo dài."],
    "crash": ["Hiện trường vụ tai nạn {at}.", "Lực lượng CSGT phân luồng tại hiện trường.",
              "Chiếc xe biến dạng sau cú va chạm.", "Cảnh sát giao thông đo đạc hiện trường.",
              "Phương tiện ùn ứ kéo dài sau vụ tai nạn."],
    "traffic": ["Phương tiện lưu thông {at} giờ cao điểm.", "Dòng xe nhích từng mét {at} chiều qua.",
                "Phương tiện nối đuôi nhau {at}.", "Cảnh sát giao thông hướng dẫn phương tiện {at}.",
                "Toàn cảnh {place} nhìn từ trên cao."],
    "fire": ["Lực lượng PCCC phun nước dập lửa tại hiện trường.", "Khói đen bốc cao {at}.",
             "Hiện trường sau khi đám cháy được khống chế.", "Cảnh sát phong tỏa khu vực xảy ra cháy."],
    "general": ["Quang cảnh {place} nhìn từ trên cao.", "Toàn cảnh {place}.",
                "Một góc {place} hôm nay.", "Đoàn công tác kiểm tra thực địa {at}.",
                "{T}. Ảnh minh họa"],
}
PERSON_CAPS = ["{P} trao đổi với phóng viên.", "{P} tại buổi làm việc với đoàn công tác.",
               "{P} kể lại sự việc với phóng viên.", "{P} (bìa trái) tại buổi làm việc.",
               "{P} thông tin với báo chí sáng cùng ngày."]


def caption_bank(P, rng):
    cands = []
    places = P.places or []
    T = P.title.rstrip(".!?…")
    for tpl in SCENES[P.topic] + SCENES["general"][:2] + SCENES["general"][4:]:
        if "{T" in tpl:
            cands.append(tpl.replace("{T}", T))
        elif "{at}" in tpl or "{place}" in tpl:
            if not places:
                if "{at}" in tpl:
                    cands.append(tpl.replace(" {at}", ""))
                continue
            pl = rng.choice(places)
            cands.append(tpl.replace("{at}", "tại " + pl).replace("{place}", pl))
        else:
            cands.append(tpl)
    for hon, name in P.persons[:3]:
        tpl = rng.choice(PERSON_CAPS)
        cands.append(tpl.replace("{P}", hon[0].upper() + hon[1:] + " " + name))
    rng.shuffle(cands)
    out = []
    for c in cands:
        c = c[0].upper() + c[1:]
        if norm(c) in P.bodyset or norm(c) == norm(P.title) or c in out:
            continue
        out.append(c)
    return out


# ---------------------------------------------------------------- page context and builder

class Ctx:
    """Everything a layout needs for one page."""

    def __init__(self, row, k, title, items, related, dt):
        self.row, self.k, self.title, self.items, self.dt = row, k, title, items, dt
        self.rng = R(row, "layout")
        self.bodyset = {norm(x) for x in items}
        for it in items:  # glued pairs: both halves count as story sentences
            for part in re.split(r"(?<=[.!?])(?=[A-ZĐ\"“])", it):
                self.bodyset.add(norm(part))
        self.persons, self.places = extract(items)
        self.topic = topic_of(title, items)
        self.rel = related
        self.caps = caption_bank(self, R(row, "captions"))
        self.paras = []
        city = None
        for pl in self.places:
            for c in CITIES:
                if c.split(".")[-1] in pl:
                    city = c
                    break
            if city:
                break
        self.city = city or self.rng.choice(CITIES)
        self.photog = pen_name(R(row, "photographer"))
        self.author = full_name(R(row, "author"))
        self.author2 = full_name(R(row, "author2"))

    def cap(self, stock=True):
        for i, c in enumerate(self.caps):
            if stock or "minh họa" not in c:
                return self.caps.pop(i)
        return None

    def group(self, lo, hi):
        rng = R(self.row, "paragraphs")
        items, out, i = self.items, [], 0
        while i < len(items):
            n = rng.randint(lo, hi)
            out.append(items[i:i + n])
            i += n
        self.paras = out
        return out

    def spot(self, frac):
        """index of a paragraph inside the story (never the last one when possible)"""
        n = len(self.paras)
        if n <= 1:
            return 0
        return min(n - 2, max(0, int(round(frac * (n - 1)))))

    def rels(self, n):
        return self.rel[:n]


class Doc:
    def __init__(self, P):
        self.P = P
        self.ent = []
        self.inserts = {}

    # unlabelled
    def site(self, line):
        self.ent.append(["u", "site", line])

    def title(self):
        self.ent.append(["u", "title", self.P.title])

    def date(self, line):
        self.ent.append(["u", "date", line])

    # furniture
    def f(self, kind, *lines):
        for ln in lines:
            if ln:
                self.ent.append(["f", kind, ln])

    def w(self, *lines):
        self.f("widget", *lines)

    def by(self, *lines):
        self.f("byline", *lines)

    def cr(self, *lines):
        self.f("credit", *lines)

    def capl(self, *lines):
        self.f("caption", *lines)

    def rel(self, line, parts=()):
        for part in parts:
            if norm(part) in self.P.bodyset or norm(part) == norm(self.P.title):
                raise ValueError("related text equals story text")
        self.f("related", line)

    # story
    def at(self, idx, fn):
        self.inserts.setdefault(idx, []).append(fn)

    def story(self):
        for i, para in enumerate(self.P.paras):
            self.ent.append(["b", list(para)])
            for fn in self.inserts.get(i, []):
                fn()


# ---------------------------------------------------------------- faults

def _interior_spaces(s):
    return [i for i, ch in enumerate(s) if ch == " " and 0 < i < len(s) - 1
            and s[i - 1] != " " and s[i + 1] != " "]


def _targets(doc, rng, n):
    cands = []
    for ei, e in enumerate(doc.ent):
        if e[0] == "b":
            for ii in range(len(e[1])):
                cands.append((ei, ii))
        elif e[0] == "f" and len(e[2].split()) >= 3:
            cands.append((ei, None))
    rng.shuffle(cands)
    return cands[:n]


def _get(doc, t):
    ei, ii = t
    return doc.ent[ei][1][ii] if ii is not None else doc.ent[ei][2]


def _set(doc, t, val):
    ei, ii = t
    if ii is not None:
        doc.ent[ei][1][ii] = val
    else:
        doc.ent[ei][2] = val


def fault_nbsp(doc, rng):
    for t in _targets(doc, rng, rng.randint(2, 4)):
        s = _get(doc, t)
        sp = _interior_spaces(s)
        for i in rng.sample(sp, min(len(sp), rng.randint(1, 3))):
            s = s[:i] + "\u00a0" + s[i + 1:]
        _set(doc, t, s)


def fault_zwsp(doc, rng):
    for t in _targets(doc, rng, rng.randint(1, 3)):
        s = _get(doc, t)
        spots = [m.start() + 2 for m in re.finditer(r"\w{4,}", s)]
        for i in sorted(rng.sample(spots, min(len(spots), rng.randint(1, 2))), reverse=True):
            s = s[:i] + "\u200b" + s[i:]
        _set(doc, t, s)


def fault_dspace(doc, rng):
    for t in _targets(doc, rng, 1):
        s = _get(doc, t)
        sp = _interior_spaces(s)
        if sp:
            i = rng.choice(sp)
            _set(doc, t, s[:i] + "  " + s[i + 1:])


def glue_items(items, rng):
    pairs = [i for i in range(len(items) - 1)
             if items[i].endswith(".") and not items[i].endswith("..") and items[i + 1][0].isupper()]
    if not pairs or len(items) < 4:
        return None
    i = rng.choice(pairs)
    return items[:i] + [items[i] + items[i + 1]] + items[i + 2:]


# ---------------------------------------------------------------- contract

def check_page(page, unlabelled):
    """Independent walk over the text: raise ValueError on any breach of the labelling contract."""
    B, F = page.body, page.furniture
    if not page.text or len(B) < 3:
        raise ValueError("empty page or fewer than 3 body items")
    if len(unlabelled) > 3:
        raise ValueError("more than three unlabelled lines")
    for kind, line in F:
        if kind not in KINDS:
            raise ValueError(f"bad kind {kind}")
    left = list(unlabelled)
    bi = fi = 0
    for ln in page.text.split("\n"):
        if not ln or ln != ln.strip():
            raise ValueError(f"blank or unstripped line: {ln!r}")
        if fi < len(F) and ln == F[fi][1]:
            fi += 1
            continue
        hit = False
        for n in (1, 2, 3, 4):
            if bi + n <= len(B) and ln == " ".join(B[bi:bi + n]):
                bi += n
                hit = True
                break
        if hit:
            continue
        if ln in left:
            left.remove(ln)
            continue
        raise ValueError(f"line not accounted for: {ln[:80]!r}")
    if bi != len(B) or fi != len(F) or left:
        raise ValueError("walk did not use up body/furniture/unlabelled lines")
    bodyset = {norm(x) for x in B}
    title = unlabelled[0]
    for kind, line in F:
        if norm(line) in bodyset:
            raise ValueError(f"furniture equals a body sentence: {line[:60]!r}")
        if kind == "related" and norm(line) == norm(title):
            raise ValueError("related equals the title")
    for line in unlabelled:
        if norm(line) in bodyset:
            raise ValueError("unlabelled line equals a body sentence")
    for x in B:
        if not x.strip() or x != x.strip() or "\n" in x:
            raise ValueError("bad body item")


def finish(P, doc, faults, layout_name):
    frng = R(P.row, "faultplace")
    for fl in faults:
        if fl == "nbsp":
            fault_nbsp(doc, frng)
        elif fl == "zwsp":
            fault_zwsp(doc, frng)
        elif fl == "dspace":
            fault_dspace(doc, frng)
    nfd = "nfd" in faults
    fix = (lambda s: unicodedata.normalize("NFD", s)) if nfd else (lambda s: s)
    lines, body, furn, unl = [], [], [], []
    for e in doc.ent:
        if e[0] == "b":
            items = [fix(x) for x in e[1]]
            body.extend(items)
            lines.append(" ".join(items))
        elif e[0] == "f":
            furn.append((e[1], fix(e[2])))
            lines.append(fix(e[2]))
        else:
            ln = fix(e[2])
            if e[1] == "title":
                unl.insert(0, ln)
            else:
                unl.append(ln)
            lines.append(ln)
    page = Page("\n".join(lines), body, furn, layout_name)
    check_page(page, unl)
    return page


# ---------------------------------------------------------------- furniture helpers

NORTH = {"Hà Nội", "Hải Phòng", "Hạ Long", "Lào Cai", "Thanh Hóa", "Vinh"}
WINDS = ["đông bắc", "bắc", "đông", "đông nam", "nam", "tây nam"]


def thousands(n):
    return f"{n:,}".replace(",", ".")


def hm(dt):
    return f"{dt.hour:02d}:{dt.minute:02d}"


def later(P, minutes):
    return P.dt + datetime.timedelta(minutes=minutes)


def forecast3(P, heading="Dự báo thời tiết 3 ngày tới", city=True, rain=True):
    rng = P.rng
    out = [heading] if heading else []
    if city:
        out.append(f"Khu vực: {P.city}")
    base = rng.randint(18, 27)
    for d in range(1, 4):
        day = P.dt + datetime.timedelta(days=d)
        lo = base + rng.randint(-2, 2)
        hi = lo + rng.randint(4, 9)
        sky, mm = rng.choice(SKY)
        line = f"{WD[day.weekday()]} ({day.day}/{day.month}): {lo}–{hi}°C, {sky}"
        if rain and mm:
            line += f", lượng mưa {mm[0]}–{mm[1]} mm"
        out.append(line)
    return out


def temps_line(P):
    rng = P.rng
    return (f"{P.city} {rng.randint(19, 35)}°C | Độ ẩm {rng.randint(60, 97)}% | "
            f"Gió {rng.choice(WINDS)} cấp {rng.randint(2, 5)}")


def risk_line(P, prefix="Cấp độ rủi ro thiên tai"):
    lvl = P.rng.choice([1, 2, 2, 3, 3, 4] if P.topic in ("storm", "flood") else [1, 1, 2, 3])
    return f"{prefix}: cấp {lvl}"


def roads(P, n):
    rng = P.rng
    pool = ROADS_N if P.city in NORTH else ROADS_S
    out = []
    for r in rng.sample(pool, n):
        st = rng.choice(ROAD_STATE).format(n=rng.randint(1, 3), m=rng.randint(1, 9), c=rng.choice([20, 30, 40, 50]))
        out.append(f"{r}: {st}")
    return out


def stamp(P, minutes):
    return f"Cập nhật lúc {hm(later(P, minutes))}"


def donation(P, heading):
    rng = P.rng
    acct = " ".join(str(rng.randint(1000, 9999)) for _ in range(3))
    bank = rng.choice(BANKS)
    fund = rng.choice(["Quỹ Tấm Lòng Vàng Miền Trung", "Quỹ Vì Đồng Bào Vùng Lũ", "Quỹ Chung Tay Cứu Trợ",
                       "Quỹ Hỗ Trợ Nạn Nhân Thiên Tai"])
    return [heading, f"Số tài khoản: {acct} – {bank}, chi nhánh {rng.choice(['Huế', 'Đà Nẵng', 'Vinh', 'Quảng Bình', 'Cần Thơ'])}",
            f"Chủ tài khoản: {fund}",
            f"Nội dung chuyển khoản: UNG HO {rng.choice(['LU LUT', 'VUNG LU', 'MIEN TRUNG', 'THIEN TAI'])} + họ tên"]


def evacuation(P):
    d = P.dt + datetime.timedelta(hours=P.rng.randint(4, 10))
    where = P.places[0] if P.places else P.city
    return ["THÔNG BÁO SƠ TÁN KHẨN CẤP",
            f"Yêu cầu người dân sống ven sông, vùng trũng thấp tại {where} di chuyển đến nơi an toàn "
            f"trước {d.hour}h ngày {d.day}/{d.month}."]


def rainfall(P, n=4):
    rng = P.rng
    out = []
    for st in rng.sample(STATIONS, n):
        out.append(f"{st}: {rng.randint(40, 420)},{rng.randint(0, 9)} mm")
    return out


def tags_line(P, prefix="Từ khóa: "):
    base = {"storm": ["bão", "áp thấp nhiệt đới", "cấm biển"], "flood": ["mưa lũ", "ngập lụt", "sạt lở"],
            "crash": ["tai nạn giao thông", "an toàn giao thông", "CSGT"],
            "traffic": ["giao thông", "hạ tầng", "ùn tắc"], "fire": ["cháy", "PCCC", "cứu nạn"],
            "general": ["thời sự", "tin nóng", "xã hội"]}[P.topic]
    t = list(base)
    for pl in P.places[:2]:
        t.append(re.sub(r"^(tỉnh|huyện|xã|TP|thành phố|quận|phường|thôn|thị xã|thị trấn) ", "", pl))
    return prefix + ", ".join(t)


def comments(P, n):
    rng = P.rng
    out = []
    pool = COMMENTS_T[P.topic] + COMMENTS
    for c, who in zip(rng.sample(pool, n), rng.sample(COMMENTERS, n)):
        out.append(f"{who} – {rng.randint(1, 23)} giờ trước")
        out.append(c)
        out.append(f"Thích ({rng.randint(0, 40)}) | Trả lời")
    return out


def pull_quote(P):
    for s in P.items:
        m = re.search(r"\"([^\"]{40,220})\"", s)
        if m and len(s) - len(m.group(0)) > 15:
            q = "“" + m.group(1).rstrip(",") + "”"
            if norm(q) not in P.bodyset and norm(q.strip("“”")) not in P.bodyset:
                return q
    return None


def photo(doc, P, style, credit=None):
    c = P.cap()
    if not c:
        return
    credit = credit or P.photog
    if "minh họa" in c:  # stock picture: no photographer
        doc.capl(c)
        return
    if style == "sep":
        doc.capl(c)
        doc.cr(f"Ảnh: {credit}")
    elif style == "inline":
        doc.capl(f"{c[:-1]} (Ảnh: {credit}).")
    elif style == "inline2":
        doc.capl(f"{c} Ảnh: {credit}")
    elif style == "dash":
        doc.capl(f"{c[:-1]} - Ảnh: {credit}")
    elif style == "bare":
        doc.capl(c)


def rel_date(P, i):
    d = P.dt - datetime.timedelta(days=1 + (P.row * 7 + i * 13) % 40)
    return d


# ---------------------------------------------------------------- the twenty layouts

def L_bantinbao(P, d):
    """Storm tracker portal: logo on top, breadcrumb, byline under the date, tracker box mid-story."""
    rng = P.rng
    d.w("Trang chủ | Bão - ATNĐ | Mưa lũ | Sạt lở | Động đất | Cảnh báo sớm | Video")
    d.site("BẢN TIN BÃO")
    d.w(f"Đường dây nóng thiên tai: {phone(rng, '0236')}")
    d.w("Trang chủ › Bão - Áp thấp nhiệt đới")
    d.title()
    d.date(fmt_date(P.dt, "wd_dash"))
    d.by(f"Bài: {P.author}")
    d.at(0, lambda: (d.w("THEO DÕI BÃO TRỰC TUYẾN",
                         f"Vị trí tâm: {rng.randint(12, 21)},{rng.randint(0, 9)} độ Vĩ Bắc - {rng.randint(106, 118)},{rng.randint(0, 9)} độ Kinh Đông",
                         f"Sức gió mạnh nhất: cấp {rng.randint(7, 12)}, giật cấp {rng.randint(9, 14)}",
                         risk_line(P), stamp(P, -35))))
    d.at(P.spot(0.6), lambda: (d.w("Ảnh"), photo(d, P, "sep")))
    d.story()
    d.w(tags_line(P))
    if P.rel:
        d.w("Tin liên quan")
        for r in P.rels(rng.randint(3, 5)):
            d.rel(f"- {r['h']}", [r["h"]])
    d.w("© 2016 - 2019 Bản Tin Bão. Ghi rõ nguồn \"Bản Tin Bão\" khi phát hành lại thông tin từ website này.")


def L_gtphuongnam(P, d):
    """Southern traffic site: header date, audio player, 'Xem thêm' inside, ALL CAPS byline, jam list."""
    rng = P.rng
    d.w(f"Hôm nay: {WD[P.dt.weekday()]}, {P.dt.day}/{P.dt.month}/{P.dt.year}")
    d.site("Giao Thông Phương Nam")
    d.w("Thời sự | Giao thông | Ùn tắc | An toàn giao thông | Phương tiện | Bạn đọc")
    d.title()
    d.date(fmt_date(P.dt, "gmt"))
    d.w("Nghe đọc bài")
    if P.rel:
        r = P.rel[0]
        d.at(P.spot(0.3), lambda: d.rel(f"Xem thêm: {r['h']}", [r["h"]]))
    d.at(P.spot(0.55), lambda: photo(d, P, "inline2"))
    d.story()
    d.by(P.author.upper())
    d.w("Tuyến đường ùn tắc", *roads(P, rng.randint(3, 4)), stamp(P, rng.randint(20, 200)))
    if len(P.rel) > 1:
        d.w("Tin cùng chuyên mục")
        for i, r in enumerate(P.rel[1:5]):
            rd = rel_date(P, i)
            d.rel(f"{r['h']} ({rd.day:02d}/{rd.month:02d})", [r["h"]])
    d.w(f"Liên hệ quảng cáo: {phone(rng, '028')} | Email: toasoan@gtphuongnam.vn")


def L_cuuho365(P, d):
    """Rescue desk: hotline banner, gallery at top, short paragraphs, tips box, emergency numbers."""
    rng = P.rng
    d.w("ĐƯỜNG DÂY NÓNG CỨU HỘ 24/7: 1900 6365")
    d.w("Cứu hộ | Cứu nạn | Tai nạn | Cháy nổ | Thiên tai | Kỹ năng sống")
    d.title()
    d.date(fmt_date(P.dt, "hm_bar"))
    n = rng.randint(5, 9)
    c = P.cap()
    if c:
        d.w(f"Ảnh 1/{n}")
        d.capl(c)
        d.cr(f"Ảnh: CTV {P.photog}")
    d.at(P.spot(0.5), lambda: d.w(
        "Kỹ năng an toàn: Khi gặp nạn, hãy giữ bình tĩnh, gọi ngay đường dây nóng và làm theo hướng dẫn của lực lượng cứu hộ."))
    d.story()
    d.by(f"{P.author} - {P.author2}")
    d.w("Bạn cần cứu hộ khẩn cấp?", "Gọi 112 (tìm kiếm cứu nạn) – 114 (cứu hỏa, cứu hộ) – 115 (cấp cứu)")
    if P.rel:
        d.w("Tin nóng")
        for r in P.rels(3):
            if r["t"]:
                d.rel(f"{r['h']} – {r['t']}", [r["h"], r["t"]])
            else:
                d.rel(r["h"], [r["h"]])
    d.site("Cứu Hộ 365")
    d.w("Bản quyền thuộc về Cứu Hộ 365. Cấm sao chép dưới mọi hình thức khi chưa được sự đồng ý.")


def L_khituongdb(P, d):
    """Mekong weather site: temperature strip, forecast box, satellite image credit, numbered related."""
    rng = P.rng
    if P.city not in ("Cần Thơ", "Cà Mau", "TP.HCM"):  # a Mekong desk shows Mekong weather
        P.city = rng.choice(["Cần Thơ", "Cà Mau", "Long Xuyên", "Mỹ Tho", "Rạch Giá", "Sóc Trăng"])
    d.site("KHÍ TƯỢNG ĐỒNG BẰNG")
    d.w(temps_line(P))
    d.w("Dự báo | Cảnh báo | Thủy văn | Nông vụ | Biển đảo | Ảnh vệ tinh")
    d.title()
    d.date(fmt_date(P.dt, "posted"))
    d.at(P.spot(0.4), lambda: d.w(*forecast3(P)))
    d.at(P.spot(0.8), lambda: (d.capl(f"Ảnh mây vệ tinh lúc {rng.choice([1, 4, 7, 10, 13])} giờ ngày {P.dt.day}/{P.dt.month}."),
                               d.cr("Nguồn: Phòng Dự báo Khí Tượng Đồng Bằng")))
    d.story()
    d.by(P.author.upper())
    d.w("Chia sẻ: Facebook | Zalo | Email | In bài")
    d.w("QUẢNG CÁO")
    if P.rel:
        d.w("Bài viết khác")
        for i, r in enumerate(P.rels(rng.randint(3, 5)), 1):
            d.rel(f"{i}. {r['h']}", [r["h"]])
    d.w("KHÍ TƯỢNG ĐỒNG BẰNG")  # logo repeated in the footer: a widget
    d.w(f"Trụ sở: {rng.randint(12, 180)} Trần Hưng Đạo, Ninh Kiều, Cần Thơ | ĐT: {phone(rng, '0292')}")


def L_duongpho(P, d):
    """Urban traffic site: date above title, traffic camera box, author box with bio, headline+teaser related."""
    rng = P.rng
    d.site("Đường Phố Hôm Nay")
    d.date(fmt_date(P.dt, "wd_bar"))
    d.title()
    d.w("CAMERA GIAO THÔNG TRỰC TUYẾN",
        f"Cam {rng.randint(1, 40):02d} – {rng.choice(ROADS_S if P.city not in NORTH else ROADS_N)} ({hm(later(P, -12))})",
        "▶ Xem trực tiếp")
    d.at(P.spot(0.5), lambda: photo(d, P, "sep"))
    d.story()
    d.by(P.author, "Phóng viên ban Đô thị – Giao thông, theo dõi mảng hạ tầng và an toàn giao thông.")
    d.w("Xem các bài viết của tác giả")
    if P.rel:
        d.w("Đọc tiếp")
        for r in P.rels(3):
            d.rel(r["h"], [r["h"]])
            if r["t"]:
                d.rel(r["t"], [r["t"]])
    d.w("Đường Phố Hôm Nay – Cập nhật tình hình giao thông mỗi ngày")


def L_tinlu(P, d):
    """Live flood blog: 'TRỰC TIẾP', stamps before paragraphs, donation box, bullet related."""
    rng = P.rng
    d.site("Tin Lũ Miền Trung")
    d.w("TRỰC TIẾP")
    d.title()
    d.date(fmt_date(P.dt, "slash_time"))
    d.by("Nhóm phóng viên Tin Lũ Miền Trung")
    d.w(risk_line(P, "Cảnh báo rủi ro thiên tai do lũ"))
    # live stamps, newest first, before some paragraphs
    n = len(P.paras)
    mins = sorted(rng.sample(range(10, 600), max(1, min(n, 4))), reverse=True)
    pos = sorted(rng.sample(range(1, n), min(len(mins) - 1, n - 1))) if n > 1 else []
    d.w(stamp(P, mins[0]))
    for j, p in enumerate(pos):
        d.at(p - 1, (lambda m: lambda: d.w(stamp(P, m)))(mins[j + 1]))
    d.at(P.spot(0.5), lambda: d.w(*donation(P, "CHUNG TAY VÌ ĐỒNG BÀO VÙNG LŨ")))
    d.at(P.spot(0.25), lambda: photo(d, P, "dash"))
    d.story()
    if P.rel:
        d.w("Tin liên quan")
        for r in P.rels(4):
            d.rel(f"• {r['h']}", [r["h"]])
    d.w(f"Đường dây nóng: {phone(rng, '0234')} | tinlumientrung.vn")


def L_duyenhai(P, d):
    """Coastal desk: risk banner, two-name byline under date, inline-credit captions, evacuation notice,
    related joined on one line."""
    rng = P.rng
    d.w("Thời sự | Bão lũ | Biển đảo | Ngư dân | Giao thông | Cứu nạn")
    d.site("Duyên Hải 24h")
    d.w(risk_line(P, f"Cấp độ rủi ro thiên tai hiện tại ({P.city})"))
    d.title()
    d.date(fmt_date(P.dt, "dash_ampm"))
    d.by(f"{pen_name(R(P.row, 'a1'))} - {pen_name(R(P.row, 'a2'))}")
    d.at(0, lambda: photo(d, P, "inline"))
    if P.topic in ("storm", "flood"):
        d.at(P.spot(0.6), lambda: d.w(*evacuation(P)))
    else:
        d.at(P.spot(0.6), lambda: photo(d, P, "inline"))
    d.story()
    if len(P.rel) >= 2:
        hs = [r["h"] for r in P.rels(3)]
        d.rel("Tin khác: " + " / ".join(hs), hs)
    d.w("Chia sẻ | Bình luận | In")
    d.w("© Duyên Hải 24h. Giấy phép số 218/GP-TTĐT do Sở TT&TT cấp.")


def L_radarmua(P, d):
    """Rain radar portal: rainfall table with infographic label and graphic credit, editor byline, » related,
    disclaimer."""
    rng = P.rng
    d.w("Radar Mưa – Bản đồ mưa thời gian thực")
    d.site("radarmua.net")
    d.title()
    d.date(fmt_date(P.dt, "iso"))
    d.by(f"Biên tập: {P.author}")
    d.at(P.spot(0.5), lambda: (d.w("Lượng mưa 24 giờ qua tại một số trạm", *rainfall(P, rng.randint(3, 5))),
                               d.capl("Biểu đồ lượng mưa tích lũy tại các trạm đo trong 24 giờ qua."),
                               d.cr(f"Đồ họa: {P.photog}")))
    d.story()
    d.w(stamp(P, rng.randint(5, 90)))
    if P.rel:
        d.w("Cùng chủ đề")
        for r in P.rels(4):
            d.rel(f"» {r['h']}", [r["h"]])
    d.w("Dữ liệu radar và lượng mưa mang tính tham khảo, có thể thay đổi theo bản tin chính thức.")


def L_nhipcau(P, d):
    """Traffic radio site: audio bar, road status box, 'Theo ...' repost signature, listener hotline."""
    rng = P.rng
    d.site("Nhịp Cầu Giao Thông")
    d.w("Nghe trực tiếp | Lịch phát sóng | Bản tin giao thông | Góp ý")
    d.title()
    d.date(fmt_date(P.dt, "wd_plain"))
    d.w(f"▶ Nghe bản tin {rng.randint(1, 4):02d}:{rng.randint(0, 59):02d}")
    d.at(P.spot(0.5), lambda: d.w("TÌNH TRẠNG CÁC TUYẾN ĐƯỜNG", *roads(P, 3)))
    d.at(P.spot(0.2), lambda: photo(d, P, "sep"))
    d.story()
    d.by(f"Theo {rng.choice(['Đường Xa Online', 'Báo Phố Thị', 'Tin Nhanh Bắc Bộ'])}")
    if P.rel:
        d.w("Tin mới")
        for r in P.rels(4):
            d.rel(r["h"], [r["h"]])
    d.w(f"Đường dây nóng thính giả: {phone(rng, '028')}")


def L_thuyvan(P, d):
    """Hydrology site: byline above date, water-level box, caption + credit, tags, dated related."""
    rng = P.rng
    d.site("Thủy Văn Sông Hồng")
    d.w("Tin tức | Mực nước | Cảnh báo lũ | Hồ chứa | Tư liệu")
    d.title()
    d.by(P.author)
    d.date(fmt_date(P.dt, "comma"))
    lv = rng.randint(6, 11)
    d.w(f"MỰC NƯỚC CÁC SÔNG LÚC {rng.choice([1, 7, 13, 19])}H",
        f"Sông Hồng tại Hà Nội: {lv},{rng.randint(10, 99)} m (dưới báo động I {rng.randint(0, 2)},{rng.randint(10, 99)} m)",
        f"Sông Thao tại Yên Bái: {rng.randint(27, 31)},{rng.randint(10, 99)} m",
        f"Sông Đà tại Hòa Bình (hạ lưu): {rng.randint(11, 20)},{rng.randint(10, 99)} m")
    d.at(P.spot(0.5), lambda: photo(d, P, "sep"))
    d.story()
    d.w(tags_line(P, "Tags: "))
    if P.rel:
        d.w("Tin liên quan")
        for i, r in enumerate(P.rels(3)):
            rd = rel_date(P, i)
            d.rel(f"{r['h']} ({rd.day}/{rd.month}/{rd.year})", [r["h"]])


def L_antoan(P, d):
    """Road-safety magazine: header date, breadcrumb, stats box, pulled quote, byline + agency, comments."""
    rng = P.rng
    d.w(f"{WD[P.dt.weekday()]}, {P.dt.day:02d}/{P.dt.month:02d}/{P.dt.year}")
    d.site("AN TOÀN ĐƯỜNG BỘ")
    d.w("Tin tức | Tai nạn giao thông | Luật giao thông | Xe và đời sống | Bạn đọc")
    d.w("Trang chủ > Tai nạn giao thông")
    d.title()
    d.date(fmt_date(P.dt, "slash_time"))
    q = pull_quote(P)
    if q:
        d.at(P.spot(0.45), lambda: d.w(q))
    d.at(P.spot(0.7), lambda: d.w(
        f"Từ đầu năm {P.dt.year} đến nay: {thousands(rng.randint(4000, 9000))} vụ tai nạn, "
        f"{thousands(rng.randint(2000, 5000))} người chết",
        "(Số liệu cập nhật đến cuối tháng trước)"))
    d.at(P.spot(0.2), lambda: photo(d, P, "inline"))
    d.story()
    d.by(P.author, "(Đường Bộ Online)")
    d.w(tags_line(P))
    nc = rng.randint(2, 3)
    d.w(f"Bình luận ({nc})", *comments(P, nc))
    if P.rel:
        d.w("Tin khác")
        for r in P.rels(3):
            d.rel(r["h"], [r["h"]])


def L_canhbaotv(P, d):
    """Video news site: player first with video caption and credit, short paragraphs, playlist repeats the title."""
    rng = P.rng
    d.site("Cảnh Báo Sớm TV")
    d.w("Bản tin | Thời tiết | Giao thông | Thiên tai | Phóng sự")
    d.title()
    d.date(fmt_date(P.dt, "paren"))
    d.w(f"▶ 00:00 / 0{rng.randint(1, 4)}:{rng.randint(10, 59)}")
    c = P.cap(stock=False)
    if c:
        d.capl(f"Bản tin {rng.choice(['trưa', 'chiều', 'tối'])} {P.dt.day}/{P.dt.month}: {c[0].lower() + c[1:]}")
    d.cr(f"Video: {P.photog}")
    d.story()
    d.by(f"{pen_name(R(P.row, 'a1'))} - {pen_name(R(P.row, 'a2'))}")
    d.w("Đang phát")
    d.w(P.title)  # the title repeated in the playlist: widget
    if P.rel:
        d.w("Video khác")
        for r in P.rels(4):
            d.rel(f"▶ {r['h']}", [r["h"]])
    d.w("Tải ứng dụng Cảnh Báo Sớm TV để nhận thông báo thiên tai khẩn cấp")


def L_giomua(P, d):
    """AMP-like mobile page: one sentence per paragraph, byline then long date, 'Xem thêm' twice, share row."""
    rng = P.rng
    d.site("Gió Mùa")
    d.title()
    d.by(pen_name(R(P.row, "a1")))
    d.date(fmt_date(P.dt, "viet_long"))
    for j, r in enumerate(P.rels(2)):
        d.at(P.spot(0.3 + 0.4 * j), (lambda r: lambda: d.rel(f"Xem thêm: {r['h']}", [r["h"]]))(r))
    d.at(P.spot(0.5), lambda: photo(d, P, "bare"))
    d.story()
    d.w("Chia sẻ Facebook", "Chia sẻ Zalo", "Sao chép liên kết")
    if len(P.rel) > 2:
        d.w("Tin liên quan")
        for r in P.rel[2:5]:
            d.rel(r["h"], [r["h"]])
    d.w("Về đầu trang")


def L_biendao(P, d):
    """Sea and fishermen desk: boats-at-sea counter, map caption + source, 'Bài và ảnh' byline at the end."""
    rng = P.rng
    d.site("Biển Đảo 24h")
    d.w("Bản tin biển | Tàu thuyền | Ngư dân | Cứu nạn trên biển | Chủ quyền")
    d.title()
    d.date(fmt_date(P.dt, "wd_hm"))
    d.w(f"Tàu thuyền đang hoạt động trên biển: {thousands(rng.randint(800, 9000))} tàu / "
        f"{thousands(rng.randint(5000, 40000))} lao động")
    d.at(0, lambda: (d.capl(rng.choice(["Bản đồ dự báo vùng gió mạnh và sóng lớn trên biển.",
                                        "Vị trí các tàu cá đang neo đậu tránh trú trong khu vực.",
                                        "Bản đồ vùng nguy hiểm mà tàu thuyền cần tránh trong 24 giờ tới."])),
                     d.cr("Nguồn: Trung tâm Dữ liệu Biển Đảo 24h")))
    d.at(P.spot(0.65), lambda: photo(d, P, "sep"))
    d.story()
    d.by(f"Bài và ảnh: {P.author}")
    d.w(f"Tần số liên lạc khẩn cấp với tàu cá: 7903 kHz | Hotline: {phone(rng, '0258')}")
    if P.rel:
        d.w("Tin cùng chuyên mục")
        for r in P.rels(3):
            d.rel(r["h"], [r["h"]])


def L_taynguyen(P, d):
    """Highland regional site: byline before the title's date, comments section, 'Có thể bạn quan tâm'."""
    rng = P.rng
    d.w("Thời sự | Thời tiết | Giao thông | Đất và người Tây Nguyên | Video")
    d.site("Tây Nguyên Online")
    d.title()
    d.by(P.author)
    d.date(fmt_date(P.dt, "comma"))
    d.w(temps_line(P))
    d.at(P.spot(0.4), lambda: photo(d, P, "dash"))
    d.at(P.spot(0.7), lambda: d.w("Quảng cáo", rng.choice([
        "Cà phê Đắk Mây – hương vị cao nguyên, giao hàng toàn quốc",
        "Xe khách Hoàng Nguyên – tuyến Pleiku đi Sài Gòn, đặt vé 0269 3 868 868",
        "Áo mưa Bền Bỉ – giảm 20% mùa mưa bão"])))
    d.story()
    d.w(f"Thích {rng.randint(2, 300)} | Chia sẻ {rng.randint(1, 80)}")
    nc = rng.randint(2, 4)
    d.w(f"Bình luận ({nc})", *comments(P, nc))
    d.w("Gửi bình luận")
    if P.rel:
        d.w("Có thể bạn quan tâm")
        for r in P.rels(4):
            d.rel(r["h"], [r["h"]])


def L_xaloso(P, d):
    """Traffic tech site: date above title, jam map infographic, jam list, poll, byline '(tổng hợp)'."""
    rng = P.rng
    d.site("Xa Lộ Số")
    d.w("Giao thông thông minh | Ùn tắc | Hạ tầng | Xe | Camera")
    d.date(fmt_date(P.dt, "upd"))
    d.title()
    d.at(P.spot(0.35), lambda: (d.capl(f"Bản đồ các điểm ùn tắc thường xuyên tại {P.city}."),
                                d.cr(f"Đồ họa: {P.photog}")))
    d.at(P.spot(0.75), lambda: d.w("Tuyến đường ùn tắc", *roads(P, rng.randint(2, 4))))
    d.story()
    d.by(f"{pen_name(R(P.row, 'a1'))} (tổng hợp)")
    d.w("Theo bạn, đâu là giải pháp giảm ùn tắc hiệu quả nhất?", "Mở rộng đường", "Phát triển giao thông công cộng",
        "Hạn chế xe cá nhân", "Biểu quyết | Xem kết quả")
    if P.rel:
        d.w("Tin khác")
        for r in P.rels(3):
            if r["t"]:
                d.rel(f"{r['h']} - {r['t']}", [r["h"], r["t"]])
            else:
                d.rel(r["h"], [r["h"]])


def L_nongvu(P, d):
    """Farm weather site: site name repeated in footer, farm calendar box, agro forecast, 'Đọc thêm' joined line."""
    rng = P.rng
    d.site("Nông Vụ & Thời Tiết")
    d.w("Dự báo nông vụ | Cảnh báo | Sâu bệnh | Thị trường | Hỏi đáp")
    d.title()
    d.date(fmt_date(P.dt, "long"))
    d.by(f"{P.author} – {rng.choice(['Kỹ sư nông nghiệp', 'Phóng viên thường trú', 'Cộng tác viên'])}")
    d.at(P.spot(0.5), lambda: d.w(*forecast3(P, "Dự báo nông vụ 3 ngày tới", city=False)))
    d.at(P.spot(0.2), lambda: photo(d, P, "sep"))
    d.story()
    d.w(rng.choice(["Lịch thời vụ: gieo sạ vụ đông xuân tập trung từ ngày 10 đến 25 tháng tới.",
                    "Khuyến cáo: bà con chủ động tiêu úng, gia cố bờ bao và thu hoạch lúa chín trước mưa lớn.",
                    "Khuyến cáo: không phun thuốc bảo vệ thực vật khi trời sắp mưa."]))
    if len(P.rel) >= 2:
        hs = [r["h"] for r in P.rels(2)]
        d.rel("Đọc thêm: " + " | ".join(hs), hs)
    d.w("Nông Vụ & Thời Tiết")
    d.w("Email: bandoc@nongvuthoitiet.vn")


def L_songgt(P, d):
    """FM traffic radio: frequency banner, listener reports box, signature byline, 'Bản tin trước' related."""
    rng = P.rng
    d.w("Phát sóng trên tần số FM 91.3 MHz")
    d.site("Sóng Giao Thông")
    d.title()
    d.date(fmt_date(P.dt, "hm_bar"))
    reps = [f"Thính giả {who} ({r.split(': ')[0]}): {r.split(': ', 1)[1]}"
            for who, r in zip(rng.sample(COMMENTERS, 2), roads(P, 2))]
    d.at(P.spot(0.5), lambda: d.w("THÍNH GIẢ BÁO TIN", *reps))
    d.at(P.spot(0.15), lambda: photo(d, P, "inline2"))
    d.story()
    d.by(f"{pen_name(R(P.row, 'a1'))} - {pen_name(R(P.row, 'a2'))}")
    d.w(f"Thính giả báo tin giao thông gọi: {phone(rng, '024')}")
    if P.rel:
        d.w("Bản tin trước")
        for i, r in enumerate(P.rels(3)):
            rd = rel_date(P, i)
            d.rel(f"{rd.day:02d}/{rd.month:02d} | {r['h']}", [r["h"]])


def L_cuunan(P, d):
    """Photo-heavy rescue report: photo after most paragraphs with separate credit, gallery link, donations."""
    rng = P.rng
    d.site("Cứu Nạn Tây Nam Bộ")
    d.title()
    d.date(fmt_date(P.dt, "wd_dash"))
    d.by(f"Ghi nhận: {P.author}")
    for i in range(0, max(1, len(P.paras) - 1), 2):
        d.at(i, lambda: photo(d, P, "sep" if rng.random() < 0.6 else "inline"))
    d.story()
    d.w(f"Xem toàn bộ {rng.randint(8, 20)} ảnh")
    d.w(*donation(P, "Ủng hộ người dân bị thiệt hại"))
    if P.rel:
        d.w("Tin liên quan")
        for r in P.rels(3):
            d.rel(f"+ {r['h']}", [r["h"]])
    d.w(f"Đường dây nóng: {phone(rng, '0292')}")


def L_maytroi(P, d):
    """Weather portal: UV and air-quality strip, city forecast box inside the story, signature byline, app promo."""
    rng = P.rng
    d.site("Mây Trời Việt")
    d.w(f"Thời tiết hôm nay: {P.city} {rng.randint(18, 35)}°C")
    d.w(f"Chỉ số UV: {rng.randint(2, 11)} | Chất lượng không khí (AQI): {rng.randint(30, 180)}")
    d.title()
    d.date(fmt_date(P.dt, "wd_hm"))
    d.at(P.spot(0.5), lambda: d.w(*forecast3(P, f"Dự báo thời tiết {P.city} những ngày tới", city=False)))
    d.at(P.spot(0.25), lambda: photo(d, P, "dash"))
    d.story()
    d.by("Theo Mây Trời Việt")
    if P.rel:
        d.w("Tin thời tiết khác")
        for r in P.rels(3):
            d.rel(r["h"], [r["h"]])
            if r["t"] and rng.random() < 0.5:
                d.rel(r["t"], [r["t"]])
    d.w("Tải ứng dụng Mây Trời Việt trên App Store và Google Play")


# (name, builder, min sentences per paragraph, max sentences per paragraph)
LAYOUTS = [
    ("bantinbao", L_bantinbao, 2, 3),
    ("gtphuongnam", L_gtphuongnam, 2, 3),
    ("cuuho365", L_cuuho365, 1, 2),
    ("khituongdb", L_khituongdb, 3, 4),
    ("duongpho", L_duongpho, 2, 3),
    ("tinlu", L_tinlu, 1, 2),
    ("duyenhai", L_duyenhai, 2, 4),
    ("radarmua", L_radarmua, 1, 3),
    ("nhipcau", L_nhipcau, 1, 3),
    ("thuyvan", L_thuyvan, 3, 4),
    ("antoan", L_antoan, 2, 3),
    ("canhbaotv", L_canhbaotv, 1, 2),
    ("giomua", L_giomua, 1, 1),
    ("biendao", L_biendao, 2, 4),
    ("taynguyen", L_taynguyen, 2, 3),
    ("xaloso", L_xaloso, 1, 2),
    ("nongvu", L_nongvu, 2, 3),
    ("songgt", L_songgt, 1, 2),
    ("cuunan", L_cuunan, 2, 3),
    ("maytroi", L_maytroi, 2, 4),
]
FAULTS = ("nbsp", "zwsp", "dspace", "glue", "nfd")


def page_date(row):
    rng = R(row, "date")
    start = datetime.datetime(2016, 1, 1)
    dt = start + datetime.timedelta(days=rng.randrange(0, 1461))
    return dt.replace(hour=rng.randint(5, 22), minute=rng.randint(0, 59))


def build_related(rel_rows):
    pool = []
    for row in sorted(rel_rows):
        t, a = rel_rows[row]
        h = detok(t)
        if len(h.split()) < 4:
            continue
        pool.append({"row": row, "h": h, "t": make_teaser(a)})
    return pool


def pages(path, stats=None):
    body_rows, rel_rows = read_rows(path)
    pool = build_related(rel_rows)
    out = []
    for k, row in enumerate(sorted(body_rows)):
        t, a = body_rows[row]
        title = detok(t)
        items = story_sentences(title, a)
        if len(items) < 3:
            continue
        name, fn, lo, hi = LAYOUTS[k % len(LAYOUTS)]
        frng = R(row, "faults")
        faults = []
        if frng.random() < 0.24:
            faults = frng.sample(FAULTS, 2 if frng.random() < 0.3 else 1)
        if "glue" in faults:
            glued = glue_items(items, frng)
            if glued is None:
                faults.remove("glue")
            else:
                items = glued
        # related stories: never the same story as this page
        tn = norm(title)
        body_n = {norm(x) for x in items}
        rrng = R(row, "related")
        cands = list(pool)
        rrng.shuffle(cands)
        rel = []
        for r in cands:
            if norm(r["h"]) == tn or norm(r["h"]) in body_n or (r["t"] and norm(r["t"]) in body_n):
                continue
            rel.append(r)
            if len(rel) == 6:
                break
        P = Ctx(row, k, title, items, rel, page_date(row))
        P.group(lo, hi)
        doc = Doc(P)
        fn(P, doc)
        page = finish(P, doc, faults, name)
        out.append(page)
        if stats is not None:
            stats.append((row, name, faults))
    return out


def totals(pgs, stats):
    cols = ["pages", "body"] + list(KINDS) + ["faults"]
    rows = {}
    for pg, (row, name, faults) in zip(pgs, stats):
        r = rows.setdefault(name, dict.fromkeys(cols, 0))
        r["pages"] += 1
        r["body"] += len(pg.body)
        for kind, _ in pg.furniture:
            r[kind] += 1
        r["faults"] += len(faults)
    order = [n for n, *_ in LAYOUTS if n in rows]
    lines = [f"{'layout':<13}" + "".join(f"{c:>9}" for c in cols)]
    tot = dict.fromkeys(cols, 0)
    for n in order:
        lines.append(f"{n:<13}" + "".join(f"{rows[n][c]:>9}" for c in cols))
        for c in cols:
            tot[c] += rows[n][c]
    lines.append(f"{'TOTAL':<13}" + "".join(f"{tot[c]:>9}" for c in cols))
    fk = {}
    for _, _, faults in stats:
        for f in faults:
            fk[f] = fk.get(f, 0) + 1
    lines.append("faulty pages: %d; faults by kind: %s" % (
        sum(1 for s in stats if s[2]), ", ".join(f"{f}={fk.get(f, 0)}" for f in FAULTS)))
    return "\n".join(lines)


def main(argv):
    path = argv[1] if len(argv) > 1 else "/work/shared/data/vietnews_train.jsonl.gz"
    stats = []
    pgs = pages(path, stats)
    print(f"set {SETNAME} (seed {SEED}): {len(pgs)} pages from {path}")
    print(totals(pgs, stats))


if __name__ == "__main__":
    main(sys.argv)
