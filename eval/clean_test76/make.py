#!/usr/bin/env python3
"""Held-out evaluation set `test76` for a cleaner of scraped Vietnamese news pages.

Theme: technology, science and gadget news (invented tech sites and science
magazines).  Each page is built from one VietNews row (the story) plus
furniture lines of an invented outlet, and is labelled line by line.

Usage:  python3 make.py /work/shared/data/vietnews_train.jsonl.gz

Standard library only.  `pages(path)` returns a list of `Page` objects and
checks the labelling contract of every page (raises ValueError on a breach).
"""
import datetime
import gzip
import json
import random
import re
import sys
import unicodedata
from typing import List, NamedTuple, Tuple

SET_NAME = "test76"
SEED = 7676
BODY_ROWS = range(19_700, 19_800)
RELATED_ROWS = range(14_800, 14_900)
KINDS = ("byline", "credit", "caption", "related", "widget")


class Page(NamedTuple):
    text: str
    body: List[str]
    furniture: List[Tuple[str, str]]
    layout: str


def rng_for(row, purpose):
    return random.Random(f"{SET_NAME}|{SEED}|{row}|{purpose}")


# ---------------------------------------------------------------------------
# reading
# ---------------------------------------------------------------------------

def _parse(raw):
    try:
        s = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if not s.strip():
        return None
    try:
        obj = json.loads(s)
    except ValueError:
        return None
    if not isinstance(obj, dict):
        return None
    t, a = obj.get("title"), obj.get("article")
    if not isinstance(t, str) or not isinstance(a, str):
        return None
    if not t.strip() or not a.strip():
        return None
    return t, a


def read_rows(path):
    """Stream the file once; return ([(row, title, article)], [(row, title, article[:1200])])."""
    body, related = [], []
    last = max(BODY_ROWS[-1], RELATED_ROWS[-1])
    try:
        with gzip.open(path, "rb") as fh:
            for i, raw in enumerate(fh):
                if i > last:
                    break
                inb = i in BODY_ROWS
                inr = i in RELATED_ROWS
                if not (inb or inr):
                    continue
                got = _parse(raw)
                if got is None:
                    continue
                title, art = got
                if inr:
                    related.append((i, title, art[:1200]))
                if inb:
                    body.append((i, title, art))
                del got, art
    except (OSError, EOFError):
        pass  # truncated / damaged gzip: keep what was read
    return body, related


# ---------------------------------------------------------------------------
# story text
# ---------------------------------------------------------------------------

def _pair_quotes(s, q, standalone_only=False):
    """Pair straight quotes q: remove the space after an opening one and before a closing one."""
    out = []
    open_q = False
    i, n = 0, len(s)
    while i < n:
        ch = s[i]
        if ch != q:
            out.append(ch)
            i += 1
            continue
        prev = s[i - 1] if i > 0 else " "
        nxt = s[i + 1] if i + 1 < n else " "
        if standalone_only and not (prev in " ([" and (nxt == " " or nxt in ".,;:!?)…]")):
            out.append(ch)
            i += 1
            continue
        j = i + 1
        while j < n and s[j] == " ":
            j += 1
        after = s[j] if j < n else ""
        k = len(out) - 1
        while k >= 0 and out[k] == " ":
            k -= 1
        before = out[k] if k >= 0 else ""
        if after == "" or after in ".,;:!?)…]":
            closing = True
        elif before == "" or before in "(:[":
            closing = False
        else:
            closing = open_q
        if closing:
            while out and out[-1] == " ":
                out.pop()
            out.append(ch)
            open_q = False
            i += 1
        else:
            out.append(ch)
            open_q = True
            i = j
    return "".join(out)


def detok(s):
    s = s.replace("_", " ")
    s = re.sub(r"\s+", " ", s).strip()
    s = _pair_quotes(s, '"')
    s = _pair_quotes(s, "'", standalone_only=True)
    s = re.sub(r"\s+([,.;:!?%…])", r"\1", s)
    s = re.sub(r"([(\[“‘])\s+", r"\1", s)
    s = re.sub(r"\s+([)\]”’])", r"\1", s)
    s = re.sub(r"(?<=\S) / (?=\S)", "/", s)
    s = re.sub(r"\s+", " ", s).strip()
    return s


ABBR = {"tp", "ts", "gs", "pgs", "ths", "bs", "q", "p", "th.s", "pgs.ts", "gs.ts",
        "st", "mr", "mrs", "ms", "dr", "co", "ltd", "inc", "jr", "vs", "v.v", "tt",
        "ks", "nxb", "ths.bs", "bs.ckii", "ckii", "cki", "tx", "h", "no"}


def _is_abbr(tok):
    t = tok.lstrip("(\"“'[").rstrip(".")
    if not t:
        return False
    if t.lower() in ABBR:
        return True
    if len(t) == 1 and t.isalpha():
        return True
    if re.fullmatch(r"(?:\w\.)+\w", t):
        return True
    return False


def split_sentences(text):
    sents = []
    start = 0
    for m in re.finditer(r"[.!?…]+[\"”’)\]]*(?= )", text):
        j = m.end()
        while j < len(text) and text[j] == " ":
            j += 1
        if j >= len(text):
            continue
        nxt = text[j]
        if nxt in "\"“([‘'" and j + 1 < len(text):
            nxt = text[j + 1]
        elif nxt in "-–" and j + 2 < len(text) and text[j + 1] == " ":
            nxt = text[j + 2]  # interview turns: "... ? - Answer"
        if not (nxt.isupper() or nxt.isdigit()):
            continue
        if m.group(0) == ".":
            ts = text.rfind(" ", start, m.start()) + 1
            if _is_abbr(text[ts:m.start()]):
                continue
        sents.append(text[start:m.end()].strip())
        start = j
    tail = text[start:].strip()
    if tail:
        sents.append(tail)
    return sents


CAPTION_MARKS = ("ảnh:", "ảnh :", "(ảnh", "video:", "video :", "clip:", "clip :",
                 "minh hoạ", "minh họa", "(trái)", "(phải)", "(giữa)", "nguồn:",
                 "nguồn :", "(nguồn", "đồ hoạ", "đồ họa", "infographic", "photo:",
                 "từ trái sang", "từ trái qua", "ảnh chụp màn hình", "ảnh internet",
                 "(ảnh:", "bấm vào", "xem video", "xem thêm", "đọc thêm",
                 "http", "www.", "@", ".com", ".vn")
REPORT_RE = re.compile(
    r"\b(cho biết|cho hay|nói|khẳng định|chia sẻ|tuyên bố|nhấn mạnh|cho rằng|"
    r"phát biểu|giải thích|thừa nhận|trả lời|kể|kể lại|tiết lộ|xác nhận|"
    r"thông báo|bày tỏ|nhận định|nhận xét|đánh giá|lưu ý|khuyến cáo|yêu cầu|"
    r"đề nghị|kiến nghị|cảnh báo|thông tin|dẫn lời|trao đổi|phản ánh|báo cáo|"
    r"cam kết|khai|thú nhận|hứa|ước tính|dự báo|lý giải|nhớ lại|tâm sự|"
    r"quả quyết|phân tích|bác bỏ|chỉ đạo|đề xuất|công bố)\b")
CONNECTIVES = (
    "Tuy nhiên", "Trong khi đó", "Ngoài ra", "Theo đó", "Do đó", "Vì vậy", "Vì thế",
    "Bên cạnh đó", "Đồng thời", "Trước đó", "Sau đó", "Hiện nay", "Cũng theo",
    "Mặc dù", "Dù ", "Nhưng", "Song ", "Thế nhưng", "Tuy vậy", "Đặc biệt", "Cụ thể",
    "Như vậy", "Trong đó", "Riêng", "Thậm chí", "Không chỉ", "Điều này", "Tương tự",
    "Do vậy", "Bởi vậy", "Chính vì", "Cùng với đó", "Theo quy định", "Theo kế hoạch",
    "Theo ông", "Theo bà", "Theo anh", "Theo chị", "Theo thống kê", "Theo số liệu",
    "Theo báo cáo", "Theo lãnh đạo", "Ngay sau đó", "Tiếp đó", "Sau khi", "Trước khi",
    "Khi đó", "Lúc này", "Hiện tại", "Thực tế", "Trên thực tế", "Ngược lại", "Kết quả",
    "Nhờ đó", "Từ đó", "Cuối cùng", "Đầu tiên", "Trước hết", "Thêm vào đó", "Hơn nữa",
    "Ngoài việc", "Với việc", "Trước tình hình", "Để ", "Nếu ", "Vì ", "Do ",
    "Trước thực trạng", "Cũng trong", "Về phía", "Về việc", "Đáng chú ý", "Điều đáng",
)


HEAD_WORDS = {"Theo", "Trong", "Khi", "Sau", "Tại", "Một", "Những", "Các", "Bước", "Với", "Từ",
              "Đến", "Ông", "Bà", "Chị", "Người", "Đây", "Đó", "Nhiều", "Lúc", "Vào", "Cùng", "Để",
              "Nếu", "Dù", "Mặc", "Tuy", "Do", "Vì", "Bởi", "Trước", "Gần", "Chỉ", "Không", "Chưa",
              "Đã", "Cũng", "Còn", "Cho", "Là", "Có", "Được", "Bị", "Đang", "Sẽ", "Họ", "Chúng", "Tôi",
              "Vậy", "Riêng", "Ngoài", "Bên", "Đặc", "Cụ", "Tất", "Mỗi", "Nhưng", "Song", "Và", "Trên",
              "Dưới", "Qua", "Hiện", "Thời", "Tuần", "Tháng"}
TIME_WORDS = {"Ngày", "Năm", "Sáng", "Chiều", "Tối", "Trưa", "Đêm", "Hôm", "Rạng", "Khoảng"}


def glued_heading(s):
    """True when a crosshead seems glued in front of a sentence ("... chuyến bay Ngày 20/11, ...")."""
    toks = s.split()
    for i in range(2, len(toks) - 1):
        t, prev, nxt = toks[i], toks[i - 1], toks[i + 1]
        if not prev[-1:].isalnum():
            continue
        if prev.lower() in ("ông", "bà", "anh", "chị", "em", "cô", "chú", "bác", "cụ"):
            continue
        if prev[:1].isupper() and t in ("Bà", "Ông"):
            continue
        if t in HEAD_WORDS and nxt[:1].islower():
            return True
        if t in TIME_WORDS and (nxt[:1].isdigit() or nxt in ("nay", "qua", "đó", "ấy", "sau", "tới", "cùng", "hôm", "mai")):
            return True
    return False


def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = re.sub(r"[\u200b\u200c\u200d\u2060\ufeff]", "", s)
    s = re.sub(r"\s+", "", s)
    return s.casefold()


def _balanced(s):
    if s.count('"') % 2:
        return False
    for a, b in (("“", "”"), ("(", ")"), ("[", "]")):
        if s.count(a) != s.count(b):
            return False
    depth = 0
    for ch in s:
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
            if depth < 0:
                return False
    return True


def _terminal(s):
    t = s.rstrip("\"”’)]")
    return bool(t) and t[-1] in ".!?…"


def keep_sentence(s, title_n, seen):
    low = s.lower()
    if any(mk in low for mk in CAPTION_MARKS):
        return False
    if "|" in s or "•" in s or "»" in s or "«" in s or "\n" in s:
        return False
    if not _balanced(s) or not _terminal(s):
        return False
    words = s.split()
    if len(words) < 8 or len(words) > 110:
        return False
    if any(":" in w for w in words[:6]):
        return False
    if re.search(r"[.!?…\"”]\s*\(?Theo\s+[^.!?]{1,50}\)?[.]?$", s) or re.search(r"\(Theo [^)]*\)\.?$", s):
        return False
    if re.match(r"^[\s\"“(\[]*[–-]", s):
        return False
    first = next((ch for ch in s if ch.isalnum()), "")
    if not first or first.islower():
        return False
    if s[0] == "(":
        return False
    if any(w in ("-", "–") for w in words[:4]):  # "TTO - ..." style dateline prefixes
        return False
    if glued_heading(s):
        return False
    last = words[-1]
    if last.endswith(".") and _is_abbr(last):
        return False
    n = norm(s)
    if n == title_n or n in seen:
        return False
    short = len(words) <= 22 or (len(words) <= 30 and "," not in s)
    if short:
        ok = bool(REPORT_RE.search(low))
        if not ok and ('"' in s or "“" in s) and re.search(r"[\"”]\s*[,–-]\s*\w", s):
            ok = True
        if not ok and s.lstrip("\"“").startswith(CONNECTIVES):
            ok = True
        if not ok:
            return False
    return True


def story_sentences(title, article):
    text = detok(article)
    raw = split_sentences(text)
    if raw and not article.rstrip()[-1:] in ".!?…\"”)":
        raw = raw[:-1]  # the last piece may be cut off
    title_n = norm(title)
    seen = set()
    out = []
    for s in raw:
        if keep_sentence(s, title_n, seen):
            seen.add(norm(s))
            out.append(s)
    return out


# ---------------------------------------------------------------------------
# invented material
# ---------------------------------------------------------------------------

SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
            "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh", "Lương", "Mai", "Tạ", "Quách"]
M_MIDDLES = ["Văn", "Minh", "Hữu", "Quốc", "Đức", "Gia", "Bảo", "Trọng", "Hải", "Thanh", "Anh"]
F_MIDDLES = ["Thị", "Ngọc", "Thu", "Phương", "Diệu", "Khánh", "Minh", "Thanh", "Bảo", "Hoài"]
M_GIVENS = ["Khôi", "Hạo", "Phúc", "Tài", "Đăng", "Long", "Tùng", "Quân", "Duy", "Sơn", "Hiếu", "Khoa",
            "Vinh", "Trung", "Tú", "Nguyên", "Bình", "Kiên", "Hưng", "Lâm", "Phong"]
F_GIVENS = ["Vy", "Linh", "Hà", "Nhi", "Trâm", "Nhung", "Thảo", "Yến", "Lam", "Châu", "Uyên", "Hương",
            "Ngân", "Mai", "Trang"]
BRANDS = ["Zentra", "Kairo", "Lumora", "Orbix", "Vexel", "Taron", "Mivo", "Quenta", "Solvi", "Narvik",
          "Helio Mobile", "Aurix"]
CHIPS = ["Kestrel K820", "Vireo V7", "Corvid C9 Gen 2", "Falco F610", "Tern T5"]
SHOPS = ["Kho Số Minh An", "Điện Máy Sao Việt", "Siêu Thị Số Hồng Phát", "Thế Giới Phụ Kiện Lam Sơn",
         "Chợ Số Phương Nam", "Hệ thống Bảo Long Mobile", "Sàn TMĐT Mua Nhanh"]
FOREIGN_SRC = ["Techpulse Daily", "GadgetWire", "The Circuit Review", "SciLedger", "Orbit Weekly",
               "Digital Harbor", "Nova Science Journal", "ByteLine"]
DOMESTIC_SRC = ["Thời báo Phương Nam", "Báo điện tử Bình Minh", "Tin Sáng Online", "Nhật báo Sông Lam",
                "Đài Phát thanh Cửa Biển", "Tạp chí Đô Thị Mới"]
TOPIC_TAGS = ["công nghệ", "đời sống số", "khoa học", "hạ tầng", "giao thông thông minh",
              "chuyển đổi số", "an toàn thông tin", "năng lượng", "dữ liệu", "thiết bị"]

SCENES_TECH = [
    "Khách hàng trải nghiệm sản phẩm tại một cửa hàng bán lẻ ở TP.HCM.",
    "Một kỹ thuật viên kiểm tra bo mạch trong phòng thử nghiệm.",
    "Khu trưng bày thiết bị thông minh tại một triển lãm công nghệ.",
    "Hệ thống màn hình giám sát tại một trung tâm điều hành.",
    "Các thiết bị điện tử được bày bán tại một cửa hàng ở Hà Nội.",
    "Dây chuyền lắp ráp linh kiện điện tử tại một nhà máy.",
    "Tủ máy chủ trong một trung tâm dữ liệu.",
    "Người dùng tra cứu thông tin trên điện thoại thông minh.",
    "Nhân viên kỹ thuật làm việc tại phòng điều khiển trung tâm.",
    "Camera giám sát được lắp đặt trên một tuyến phố.",
]
SCENES_SCI = [
    "Các nhà nghiên cứu làm việc trong phòng thí nghiệm.",
    "Mẫu vật được lưu giữ tại một viện nghiên cứu.",
    "Nhóm nghiên cứu thu thập số liệu ngoài thực địa.",
    "Mô hình mô phỏng được dựng trên máy tính.",
    "Thiết bị đo đạc được đặt tại một trạm quan trắc.",
    "Bầu trời đêm nhìn từ một đài quan sát.",
    "Sinh viên thực hành tại phòng thí nghiệm của trường.",
]
SHORT_CAPS = ["Ảnh minh hoạ", "Ảnh minh họa", "Hình minh hoạ", "Ảnh tư liệu"]

GLOSSARY = [
    ("UPS", "UPS (Uninterruptible Power Supply): bộ lưu điện, cấp nguồn tạm thời khi điện lưới bị ngắt."),
    ("BOT", "BOT (Build – Operate – Transfer): hình thức xây dựng, khai thác rồi chuyển giao công trình."),
    ("RFID", "RFID: công nghệ nhận dạng bằng sóng vô tuyến, đọc thẻ gắn trên vật thể mà không cần tiếp xúc."),
    ("GPS", "GPS: hệ thống định vị toàn cầu dựa trên tín hiệu vệ tinh."),
    ("AI", "AI: trí tuệ nhân tạo, các hệ thống máy tính có khả năng học và ra quyết định."),
    ("5G", "5G: thế hệ mạng di động thứ năm, tốc độ cao và độ trễ thấp."),
    ("camera", "Cảm biến ảnh: linh kiện chuyển ánh sáng thành tín hiệu điện trong máy ảnh, camera."),
    ("pin", "Pin lithium-ion: loại pin sạc phổ biến trên điện thoại, xe điện."),
    ("dữ liệu", "Dữ liệu lớn (Big Data): tập dữ liệu có khối lượng quá lớn để xử lý bằng công cụ truyền thống."),
    ("máy chủ", "Máy chủ (server): máy tính cung cấp dịch vụ, dữ liệu cho các máy khác qua mạng."),
    ("internet", "Băng thông: lượng dữ liệu truyền qua đường kết nối trong một đơn vị thời gian."),
    ("điện", "Lưới điện thông minh: lưới điện dùng cảm biến và phần mềm để điều phối nguồn, tải."),
    ("vệ tinh", "Quỹ đạo địa tĩnh: quỹ đạo cách mặt đất khoảng 35.786 km, vệ tinh đứng yên so với mặt đất."),
    ("robot", "Robot cộng tác (cobot): robot làm việc cùng con người trong một không gian chung."),
    ("", "IoT (Internet of Things): mạng lưới thiết bị có cảm biến, kết nối và trao đổi dữ liệu."),
    ("", "Điện toán đám mây: mô hình thuê tài nguyên máy tính qua Internet thay vì tự đầu tư."),
    ("", "Mã độc tống tiền (ransomware): phần mềm mã hoá dữ liệu rồi đòi tiền chuộc."),
    ("", "Cảm biến LiDAR: thiết bị đo khoảng cách bằng xung laser, dùng trên xe tự lái."),
]

CODE_SNIPPETS = [
    ["$ adb shell settings put global window_animation_scale 0.5",
     "$ adb shell settings put global transition_animation_scale 0.5"],
    ["$ sudo apt-get update && sudo apt-get install -y sensor-kit",
     "$ sensor-kit --port /dev/ttyUSB0 --baud 115200"],
    ['{ "model": "%(model)s", "firmware": "2.1.4", "region": "VN" }'],
    ["> ping -n 20 8.8.4.4", "Reply from 8.8.4.4: bytes=32 time=38ms TTL=117"],
    ["pip install traffic-counter==0.9.2", "python -m traffic_counter --camera 0 --log out.csv"],
    ["curl -s https://api.%(domain)s/v1/status | jq .uptime"],
    ["*#06#  (hiển thị số IMEI)", "*#0*#  (vào chế độ kiểm tra phần cứng)"],
]

COMMENTS = [
    "Bài viết rất hữu ích, cảm ơn tác giả.",
    "Mong cơ quan chức năng sớm có giải pháp triệt để.",
    "Đọc xong mới thấy công nghệ quan trọng thế nào.",
    "Cần có thêm số liệu cụ thể hơn thì bài sẽ thuyết phục hơn.",
    "Chuyện này lặp lại nhiều lần rồi, phải xử lý nghiêm.",
    "Hy vọng sớm áp dụng công nghệ mới để tránh sự cố.",
    "Ai có link bài gốc không ạ?",
    "Thông tin nhanh, chính xác. Ủng hộ trang.",
    "Sao không thấy nhắc đến chi phí vận hành nhỉ?",
    "Tin này hay, chia sẻ cho mọi người cùng đọc.",
]

UPDATE_NOTES = [
    "bổ sung ý kiến của đơn vị liên quan",
    "cập nhật số liệu mới nhất",
    "bổ sung hình ảnh tại hiện trường",
    "chỉnh sửa một số thông tin cho chính xác",
    "bổ sung phản hồi của cơ quan quản lý",
]

WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def ascii_fold(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def fmt_money(v):
    return f"{v:,}".replace(",", ".")


HON_MAP = {"ông": "Ông", "bà": "Bà", "anh": "Anh", "chị": "Chị", "ts.": "TS.", "pgs.": "PGS.",
           "gs.": "GS.", "ths.": "ThS.", "bs.": "BS.", "kỹ sư": "Kỹ sư", "bác sĩ": "Bác sĩ",
           "bộ trưởng": "Bộ trưởng", "thứ trưởng": "Thứ trưởng", "giám đốc": "Giám đốc"}


def _cap_run(toks, i, lo=2, hi=4):
    run = []
    while i < len(toks) and len(run) < hi:
        t = toks[i]
        core = t.rstrip(",.;:!?)\"”")
        if not core or not core[0].isupper() or not core.replace("-", "").isalpha():
            break
        run.append(core)
        if core != t:
            break
        i += 1
    return run if len(run) >= lo else []


def find_entities(sents):
    persons, places = [], []
    for s in sents:
        toks = s.split()
        for i, t in enumerate(toks):
            lt = t.lower()
            two = (lt + " " + toks[i + 1].lower()) if i + 1 < len(toks) else ""
            hon, j = None, None
            if two in HON_MAP:
                hon, j = HON_MAP[two], i + 2
            elif lt in HON_MAP:
                hon, j = HON_MAP[lt], i + 1
            if hon:
                run = _cap_run(toks, j, 2, 4)
                if run and not any(r in ("Việt", "Nam", "Bộ", "Công", "Tổng") for r in run[:1]):
                    name = " ".join(run)
                    if (hon, name) not in persons:
                        persons.append((hon, name))
            if lt in ("tại", "ở") and i + 1 < len(toks):
                run = _cap_run(toks, i + 1, 2, 4)
                if run:
                    pl = " ".join(run)
                    if pl not in places:
                        places.append(pl)
    return persons, places


# ---------------------------------------------------------------------------
# page builder
# ---------------------------------------------------------------------------

class PB:
    def __init__(self, row, k, title, items_paras, sents, related_pool, layout):
        self.row = row
        self.k = k
        self.title = title
        self.paras = items_paras
        self.sents = sents
        self.layout = layout
        self._r = {}
        self.blocks = []
        self.unl = {}
        self.site_name = layout["site"]
        self.domain = layout["domain"]
        self.related_lines = []
        self.forbid = {norm(s) for s in sents} | {norm(title)}
        r = self.r("date")
        start = datetime.datetime(2016, 1, 1)
        self.dt = start + datetime.timedelta(minutes=r.randrange(4 * 365 * 24 * 60))
        persons, places = find_entities(sents)
        self.persons, self.places = persons, places
        self._caps = self._caption_pool()
        rr = self.r("related")
        pool = []
        for (_row, h, t) in related_pool:
            if norm(h) in self.forbid or (t and norm(t) in self.forbid):
                continue
            pool.append((h, t))
        rr.shuffle(pool)
        self._rel = pool
        self._authors = {}

    # random streams
    def r(self, purpose):
        if purpose not in self._r:
            self._r[purpose] = rng_for(self.row, purpose)
        return self._r[purpose]

    # emitting
    def site(self, line=None):
        line = line or self.site_name
        if "site" in self.unl:
            self.w(line)
        else:
            self.unl["site"] = line
            self.blocks.append(("u", line))

    def head(self):
        self.unl["title"] = self.title
        self.blocks.append(("u", self.title))

    def date(self, line):
        self.unl["date"] = line
        self.blocks.append(("u", line))

    def f(self, kind, *lines):
        assert kind in KINDS
        for ln in lines:
            ln = re.sub(r"\s+", " ", ln).strip()
            if ln:
                self.blocks.append(("f", kind, ln))

    def w(self, *lines):
        self.f("widget", *lines)

    def rel(self, *lines):
        for ln in lines:
            self.related_lines.append(ln)
        self.f("related", *lines)

    def story(self, inserts=()):
        """Emit paragraphs; inserts = [(gap, fn)], gap k = after paragraph k (1-based), None = random."""
        n = len(self.paras)
        r = self.r("inserts")
        slots = {}
        tail = []
        for gap, fn in inserts:
            if gap is None:
                gap = r.randint(1, max(1, n - 1))
            if gap >= n:
                tail.append(fn)
            else:
                slots.setdefault(gap, []).append(fn)
        for i, p in enumerate(self.paras, 1):
            self.blocks.append(("b", list(p)))
            for fn in slots.get(i, []):
                fn()
        for fn in tail:
            fn()

    # invented people and things
    def _person(self, key):
        if key not in self._authors:
            r = self.r("names")
            used = {v[0] for v in self._authors.values()}
            while True:
                male = r.random() < 0.5
                mids, givs = (M_MIDDLES, M_GIVENS) if male else (F_MIDDLES, F_GIVENS)
                mid, giv = r.choice(mids), r.choice(givs)
                nm = f"{r.choice(SURNAMES)} {mid} {giv}"
                if nm not in used:
                    break
            pmid = mid if mid not in ("Văn", "Thị") else r.choice([m for m in mids if m not in ("Văn", "Thị")])
            self._authors[key] = (nm, f"{pmid} {giv}")
        return self._authors[key]

    def name(self, key):
        return self._person(key)[0]

    def pen(self, key):
        return self._person(key)[1]

    def handle(self, key):
        parts = ascii_fold(self.name(key)).lower().split()
        r = self.r("names")
        style = r.randint(0, 2)
        if style == 0:
            return "@" + parts[-1] + parts[0]
        if style == 1:
            return "@" + parts[-1] + "." + parts[0] + "_" + r.choice(["tech", "lab", "vn", "review"])
        return "@" + "".join(p[0] for p in parts[:-1]) + parts[-1] + str(r.randint(80, 99))

    def email(self, key):
        parts = ascii_fold(self.name(key)).lower().split()
        return f"{parts[-1]}.{parts[0]}@{self.domain}"

    def phone(self):
        r = self.r("widget")
        return f"09{r.randint(0, 9)}{r.randint(0, 9)} {r.randint(100, 999)} {r.randint(100, 999)}"

    def hotline(self):
        r = self.r("widget")
        return f"1900 {r.randint(1000, 9999)}"

    def product(self):
        r = self.r("product")
        if not hasattr(self, "_prod"):
            b = r.choice(BRANDS)
            m = r.choice(["Z", "X", "K", "S", "Neo ", "Note ", "Air ", "One "]) + str(r.randint(3, 12))
            suf = r.choice(["", " Pro", " Plus", " Max", " Lite", ""])
            self._prod = f"{b} {m}{suf}".replace("  ", " ")
            self._prod_price = r.randrange(2990, 29990, 100) * 1000
        return self._prod

    def price(self, delta=0):
        self.product()
        return fmt_money(self._prod_price + delta * 100000) + "đ"

    def tags(self, n=4):
        r = self.r("widget")
        cand = [p for p in self.places[:2]] + [nm for _h, nm in self.persons[:1]]
        words = [w.strip(",.") for w in self.title.split() if len(w) > 2]
        tt = [t for t in TOPIC_TAGS]
        r.shuffle(tt)
        cand += tt[:3]
        if len(words) >= 2:
            i = r.randint(0, len(words) - 2)
            cand.append((words[i] + " " + words[i + 1]).lower())
        out = []
        for c in cand:
            if c and c not in out:
                out.append(c)
        return out[:n]

    # captions
    def _caption_pool(self):
        r = self.r("caption")
        cands = []
        for hon, nm in self.persons[:3]:
            cands.append(r.choice([f"{hon} {nm}",
                                   f"{hon} {nm} trao đổi với phóng viên.",
                                   f"{hon} {nm} tại buổi làm việc.",
                                   f"{hon} {nm} phát biểu tại cuộc họp."]))
        for pl in self.places[:3]:
            cands.append(r.choice([f"Toàn cảnh khu vực {pl}.", f"Một góc {pl}",
                                   f"Khu vực {pl} nhìn từ trên cao.",
                                   f"Người dân qua lại tại {pl}.",
                                   f"Hiện trường tại {pl}"]))
        r.shuffle(cands)
        sc = SCENES_SCI if self.layout.get("sci") else SCENES_TECH
        extra = list(sc)
        r.shuffle(extra)
        cands += extra[:4]
        out = []
        for c in cands:
            if norm(c) not in self.forbid and c not in out:
                out.append(c)
        return out

    def cap(self):
        if self._caps:
            return self._caps.pop(0)
        return self.r("caption").choice(SHORT_CAPS)

    def credit_name(self):
        r = self.r("caption")
        return r.choice([self.pen("photo"), self.pen("photo"), "Internet", "NVCC", self.site_name,
                         self.pen("author"), "Tư liệu"])

    def take_rel(self, n):
        out = self._rel[:n]
        self._rel = self._rel[n:]
        return out

    # ---- teaser from a related article (already cut to 1,200 characters)
    def teaser(self, art, words=(14, 26)):
        r = self.r("related")
        text = detok(art)
        ss = [s for s in split_sentences(text)[:3] if _balanced(s)]
        if not ss:
            return ""
        s = ss[0]
        ws = s.split()
        if len(ws) > words[1] or r.random() < 0.5:
            n = min(len(ws) - 1, r.randint(*words))
            if n < 6:
                return ""
            s = " ".join(ws[:n]).rstrip(",;:–-") + "…"
        if norm(s) in self.forbid:
            return ""
        return s

    # ---- date helpers
    def dfmt(self, style, dt=None):
        d = dt or self.dt
        wd = WEEKDAYS[d.weekday()]
        return style.format(d=d.day, m=d.month, y=d.year, H=d.hour, M=d.minute,
                            dd=f"{d.day:02d}", mm=f"{d.month:02d}", HH=f"{d.hour:02d}",
                            MM=f"{d.minute:02d}", wd=wd, wdl=wd[0] + wd[1:].lower())

    def later(self, hours):
        return self.dt + datetime.timedelta(hours=hours, minutes=self.r("date").randint(1, 59))


# ---------------------------------------------------------------------------
# reusable furniture blocks
# ---------------------------------------------------------------------------

def spec_sheet(P, heading="Thông số kỹ thuật"):
    r = P.r("widget")
    prod = P.product()
    P.w(f"{heading} {prod}" if r.random() < 0.5 else heading)
    P.w(f"Màn hình: {r.choice(['6,1', '6,3', '6,4', '6,5', '6,7'])} inch "
        f"{r.choice(['AMOLED', 'OLED', 'IPS LCD'])}, {r.choice(['2.340 x 1.080', '2.400 x 1.080', '3.040 x 1.440'])} pixel",
        f"Vi xử lý: {r.choice(CHIPS)}",
        f"RAM/Bộ nhớ trong: {r.choice(['4', '6', '8', '12'])} GB/{r.choice(['64', '128', '256'])} GB",
        f"Camera sau: {r.choice(['48 MP + 8 MP + 2 MP', '12 MP + 12 MP', '64 MP + 16 MP + 5 MP'])}",
        f"Pin: {fmt_money(r.randrange(3000, 5100, 100))} mAh, sạc nhanh {r.choice([18, 25, 33, 45])} W",
        f"Hệ điều hành: {r.choice(['NovaOS 3.1', 'Helix UI 10', 'OrbitOS 2'])}",
        f"Trọng lượng: {r.randint(150, 215)} g")
    if r.random() < 0.6:
        P.w(f"Giá bán: {P.price()}")


def compare_table(P):
    r = P.r("widget")
    a = P.product()
    b = f"{r.choice([x for x in BRANDS if not a.startswith(x)])} {r.choice(['A', 'M', 'R'])}{r.randint(5, 60)}"
    P.w(f"So sánh nhanh {a} và {b}" if r.random() < 0.5 else "Bảng so sánh")
    P.w(f"Thông số | {a} | {b}",
        f"Màn hình | 6,{r.randint(1, 7)} inch | 6,{r.randint(1, 7)} inch",
        f"Chip | {r.choice(CHIPS)} | {r.choice(CHIPS)}",
        f"Pin | {fmt_money(r.randrange(3000, 5100, 100))} mAh | {fmt_money(r.randrange(3000, 5100, 100))} mAh",
        f"Giá | {P.price()} | {P.price(r.randint(-20, 20))}")


def score_box(P, site=None):
    r = P.r("widget")
    sc = r.randint(60, 92) / 10
    site = site or P.site_name
    P.w(f"Điểm {site}: {str(sc).replace('.', ',')}/10")
    if r.random() < 0.6:
        parts = [f"{k} {str(r.randint(60, 95) / 10).replace('.', ',')}" for k in ("Thiết kế", "Hiệu năng", "Pin", "Camera")]
        P.w(" · ".join(parts))


def pros_cons(P):
    r = P.r("widget")
    pros = ["Màn hình sáng, hiển thị tốt ngoài trời", "Thời lượng pin dài", "Sạc nhanh",
            "Thiết kế gọn, cầm chắc tay", "Loa ngoài to, rõ", "Giá hợp lý trong phân khúc",
            "Phần mềm ít ứng dụng rác"]
    cons = ["Không có cổng tai nghe 3,5 mm", "Camera thiếu sáng chưa tốt", "Máy hơi nóng khi chơi game lâu",
            "Vỏ nhựa dễ bám vân tay", "Chưa có sạc không dây", "Bộ nhớ không mở rộng được"]
    r.shuffle(pros)
    r.shuffle(cons)
    P.w(r.choice(["Ưu điểm", "Điểm cộng", "Ưu điểm:"]))
    P.w(*["+ " + x for x in pros[:3]])
    P.w(r.choice(["Nhược điểm", "Điểm trừ", "Nhược điểm:"]))
    P.w(*["– " + x for x in cons[:2]])


def price_box(P, heading="Giá tham khảo tại các cửa hàng"):
    r = P.r("widget")
    shops = list(SHOPS)
    r.shuffle(shops)
    P.w(heading, f"{P.product()}")
    for s in shops[:r.randint(2, 3)]:
        P.w(f"{s}: {P.price(r.randint(-6, 4))} – {r.choice(['Còn hàng', 'Còn hàng', 'Đặt trước', 'Giao trong 2 giờ'])}")
    P.w(r.choice(["Xem thêm ưu đãi ›", "So sánh giá »", "Mua ngay", "Xem tất cả nơi bán"]))


def affiliate(P):
    r = P.r("widget")
    P.w(r.choice([
        "Bài viết có liên kết tiếp thị. Chúng tôi có thể nhận hoa hồng khi bạn mua hàng qua các liên kết này.",
        "Bài viết có liên kết tiếp thị: một phần doanh thu từ đơn hàng có thể được chia sẻ với tòa soạn.",
        f"Bài viết có liên kết tiếp thị. {P.site_name} có thể nhận hoa hồng nhưng không ảnh hưởng đến nội dung đánh giá.",
    ]))


def tweet(P):
    r = P.r("widget")
    acct = r.choice([f"{b} Việt Nam" for b in BRANDS[:6]] + [P.name("tw")])
    h = "@" + ascii_fold(acct).lower().replace(" ", "_")[:15]
    txt = r.choice([
        "Cảm ơn mọi người đã quan tâm, chúng tôi sẽ cập nhật thêm thông tin sớm nhất có thể.",
        "Đội kỹ thuật đang làm việc để khắc phục sự cố. Xin lỗi vì sự bất tiện này.",
        "Ai đang ở gần khu vực này không? Tình hình thế nào rồi",
        "Một ngày đáng nhớ. Cảm ơn tất cả các bạn đã đồng hành!",
        "Thông tin chính thức sẽ được công bố trong chiều nay. Theo dõi để cập nhật nhé.",
    ])
    tag = r.choice(["#congnghe", "#tintuc", "#capnhat", "#vietnam", ""])
    t2 = P.later(r.randint(-20, -1))
    hr = t2.hour % 12 or 12
    P.w(f"{acct} ({h})", (txt + " " + tag).strip(),
        f"pic.twitter.com/{''.join(r.choice('abcdefghijkmnpqrstuvwxyzABCDEFGH23456789') for _ in range(10))}",
        f"{hr}:{t2.minute:02d} {'SA' if t2.hour < 12 else 'CH'} - {t2.day} thg {t2.month}, {t2.year}")


def code_snippet(P):
    r = P.r("widget")
    sn = r.choice(CODE_SNIPPETS)
    P.w(*[ln % {"model": P.product(), "domain": P.domain} if "%(" in ln else ln for ln in sn])


def glossary(P, heading="Thuật ngữ"):
    r = P.r("widget")
    text = " ".join(P.sents).lower()
    hit = [d for key, d in GLOSSARY if key and re.search(r"\b" + re.escape(key.lower()) + r"\b", text)]
    rest = [d for key, d in GLOSSARY if d not in hit]
    r.shuffle(rest)
    picks = (hit[:2] + rest)[:r.randint(2, 3)]
    P.w(heading, *picks)


def newsletter(P):
    r = P.r("widget")
    P.w(r.choice([f"Nhận bản tin {P.site_name} mỗi sáng thứ Hai",
                  "Đăng ký nhận bản tin công nghệ hằng tuần",
                  f"Bản tin {P.site_name}: tin khoa học – công nghệ nổi bật gửi vào hộp thư mỗi ngày"]))
    P.w(r.choice(["Email của bạn", "Nhập địa chỉ email", "Địa chỉ email"]),
        r.choice(["Đăng ký", "Đăng ký ngay", "Nhận bản tin"]))
    if r.random() < 0.6:
        P.w("Chúng tôi không gửi thư rác. Bạn có thể huỷ đăng ký bất cứ lúc nào.")


def app_badges(P):
    r = P.r("widget")
    P.w(r.choice([f"Tải ứng dụng {P.site_name}", f"Đọc {P.site_name} trên điện thoại",
                  "Tải app để nhận thông báo tin nóng"]))
    P.w("Tải về trên App Store", "Tải về trên Google Play")


def video_embed(P, credit=True):
    r = P.r("widget")
    dur = f"{r.randint(0, 9):02d}:{r.randint(0, 59):02d}"
    if dur.startswith("00"):
        dur = "01" + dur[2:]
    c = P.cap().rstrip(".")
    P.w(r.choice([f"▶ {dur}", f"Video ▶ {dur}", f"0:00 / {dur}"]))
    P.f("caption", r.choice([c, f"{c} ({dur})", f"Video: {c}"]) if r.random() < 0.7 else c)
    if credit:
        P.f("credit", f"Video: {r.choice([P.pen('video'), P.site_name, 'Kênh ' + P.site_name, 'Người dân cung cấp'])}")


def author_box(P, key="author", heading="Về tác giả"):
    r = P.r("widget")
    nm = P.name(key)
    if heading:
        P.w(heading)
    P.f("byline", nm)
    P.f("byline", r.choice([
        "Biên tập viên mảng di động, nhiều năm thử nghiệm điện thoại và phụ kiện.",
        "Phóng viên khoa học, quan tâm đến năng lượng, khí hậu và công nghệ vũ trụ.",
        "Theo dõi mảng hạ tầng số, viễn thông và an toàn thông tin.",
        "Kỹ sư điện tử, viết về phần cứng và các sản phẩm tiêu dùng.",
        f"Phụ trách chuyên mục Đời sống số của {P.site_name} từ năm {r.randint(2011, 2016)}.",
    ]))
    P.w(r.choice([f"Twitter: {P.handle(key)} · Email: {P.email(key)}",
                  f"Theo dõi {P.handle(key)}",
                  f"{P.handle(key)} · {P.email(key)}"]))


def update_note(P):
    r = P.r("widget")
    t = P.later(r.randint(1, 8))
    P.w(f"Cập nhật: {t.hour:02d}:{t.minute:02d} {t.day:02d}/{t.month:02d}/{t.year} – {r.choice(UPDATE_NOTES)}")


def share_row(P):
    r = P.r("widget")
    P.w(r.choice(["Chia sẻ: Facebook · Twitter · Zalo · Sao chép liên kết",
                  "Chia sẻ Facebook Zalo Email",
                  "Share | Tweet | Lưu bài",
                  f"Thích {r.randint(3, 900)} · Chia sẻ"]))


def comments(P, n=None):
    r = P.r("widget")
    n = r.randint(1, 3) if n is None else n
    cs = list(COMMENTS)
    r.shuffle(cs)
    P.w(f"Bình luận ({n + r.randint(0, 20)})" if r.random() < 0.6 else "Ý kiến bạn đọc")
    for c in cs[:n]:
        who = P.pen(f"cm{c}")
        if r.random() < 0.5:
            P.w(f"{who}: {c}")
        else:
            P.w(who, c)
            P.w(r.choice(["Trả lời · Thích", f"{r.randint(1, 59)} phút trước", "Thích · Trả lời"]))
    P.w(r.choice(["Viết bình luận...", "Đăng nhập để bình luận", "Gửi bình luận"]))


def footer(P, extra=True):
    r = P.r("widget")
    y = P.dt.year
    P.w(r.choice([f"© {y} {P.site_name}. Bảo lưu mọi quyền.",
                  f"© Bản quyền thuộc về {P.site_name}",
                  f"Copyright © 2015-{y} {P.domain}"]))
    if extra:
        P.w(r.choice([f"Giấy phép số {r.randint(100, 480)}/GP-TTĐT do Sở Thông tin và Truyền thông cấp.",
                      f"Giấy phép mạng xã hội số {r.randint(100, 480)}/GP-BTTTT.",
                      f"Tòa soạn: số {r.randint(3, 199)} đường {r.choice(['Lạc Trung', 'Nguyễn Phong Sắc', 'Trần Quý Khoách', 'Bạch Đằng'])}, {r.choice(['Hà Nội', 'TP.HCM', 'Đà Nẵng'])}"]),
              f"Liên hệ quảng cáo: {P.phone()} – quangcao@{P.domain}")


def rel_list(P, heading, n, style="bullet", teaser=False):
    """Related block: heading (widget) + n items (related)."""
    items = P.take_rel(n)
    if not items:
        return
    r = P.r("related")
    if heading:
        P.w(heading)
    for i, (h, art) in enumerate(items, 1):
        h = detok(h)
        if style == "bullet":
            line = f"• {h}"
        elif style == "dash":
            line = f"- {h}"
        elif style == "num":
            line = f"{i}. {h}"
        elif style == "dated":
            d = P.dt - datetime.timedelta(days=r.randint(1, 40))
            line = f"{h} ({d.day:02d}/{d.month:02d})"
        elif style == "video":
            line = f"▶ {h} ({r.randint(1, 12):02d}:{r.randint(0, 59):02d})"
        elif style == "replies":
            line = f"{h} ({r.randint(2, 90)} trả lời)"
        else:
            line = h
        P.rel(line)
        if teaser:
            t = P.teaser(art)
            if t:
                P.rel(t)


def see_also(P, prefix="Xem thêm: "):
    items = P.take_rel(1)
    if items:
        P.rel(prefix + detok(items[0][0]))


# ---------------------------------------------------------------------------
# layouts (20 invented outlets)
# ---------------------------------------------------------------------------

def L_machso(P):
    r = P.r("layout")
    P.site("MẠCH SỐ")
    P.w("Tin tức | Di động | Máy tính | Thủ thuật | Đánh giá | Video")
    P.w(r.choice(["Trang chủ › Tin tức › Công nghệ", "Mạch Số › Tin tức", "Trang chủ › Đời sống số"]))
    P.head()
    P.date(P.dfmt("{wd}, {dd}/{mm}/{y} - {HH}:{MM}"))
    P.f("byline", P.pen("author"))

    def img():
        P.f("caption", f"{P.cap().rstrip('.')}. Ảnh: {P.credit_name()}")
    ins = [(1, img), (2, lambda: see_also(P))]
    if r.random() < 0.5:
        ins.append((None, img))
    P.story(ins)
    P.w("Từ khoá: " + ", ".join(P.tags()))
    share_row(P)
    rel_list(P, "Cùng chủ đề", r.randint(3, 5), "bullet")
    comments(P)
    footer(P)


def L_loichip(P):
    r = P.r("layout")
    P.site("Lõi Chip")
    P.w("Đánh giá · Tin nóng · So sánh · Mua gì? · Podcast")
    P.head()
    affiliate(P)
    P.f("byline", f"Bởi {P.name('author')}")
    P.date(P.dfmt("{dd}/{mm}/{y} {HH}:{MM} GMT+7"))
    P.w(f"{r.randint(3, 9)} phút đọc")
    ins = [(2, lambda: see_also(P, "Đọc thêm: "))]
    if r.random() < 0.7:
        ins.append((1, lambda: P.f("caption", P.cap())))
    P.story(ins)
    author_box(P)
    P.w(r.choice(["ĐÁNH GIÁ NỔI BẬT", "Sản phẩm đang được quan tâm"]))
    P.w(P.product())
    score_box(P, "Lõi Chip")
    pros_cons(P)
    if r.random() < 0.5:
        spec_sheet(P)
    price_box(P, r.choice(["Mua ở đâu?", "Giá tham khảo tại các cửa hàng"]))
    rel_list(P, "Đánh giá khác", r.randint(2, 4), "num", teaser=True)
    footer(P, extra=False)


def L_tinhvan(P):
    r = P.r("layout")
    P.site("TINH VÂN KHOA HỌC")
    P.w("Tạp chí khoa học phổ thông – Số " + str(r.randint(40, 190)))
    P.w(r.choice(["KHÁM PHÁ", "VŨ TRỤ", "ĐỜI SỐNG & KHOA HỌC", "CÔNG NGHỆ"]))
    P.head()
    P.f("byline", P.name("author").upper())
    P.date(P.dfmt("Ngày {d} tháng {m} năm {y}"))

    def fig():
        P.f("caption", P.cap())
        P.f("credit", r.choice([f"Ảnh: {P.credit_name()}", f"Đồ hoạ: {P.pen('gfx')}", "Nguồn: Tư liệu tạp chí"]))
    P.story([(1, fig), (None, lambda: glossary(P))])
    newsletter(P)
    rel_list(P, "Bài cùng chuyên mục", r.randint(2, 3), "plain", teaser=True)
    footer(P)


def L_songdientu(P):
    r = P.r("layout")
    P.w(P.dfmt("{wd}, {dd}/{mm}/{y}", P.later(r.randint(24, 400))))
    P.site("Sóng Điện Tử")
    P.w("Thời sự số | Viễn thông | Internet | Khoa học | Xe điện")
    P.date(P.dfmt("{HH}:{MM} - {dd}/{mm}/{y}"))
    P.head()

    def tinlq():
        items = P.take_rel(r.randint(2, 3))
        if items:
            P.w("Tin liên quan")
            for h, _a in items:
                P.rel("- " + detok(h))
    P.story([(1, tinlq), (None, lambda: tweet(P)),
             (None, lambda: P.f("caption", f"{P.cap()} (Ảnh: {P.credit_name()})"))])
    P.f("byline", r.choice([f"{P.name('author').upper()} (Theo {r.choice(DOMESTIC_SRC)})",
                            f"{P.pen('author')} (tổng hợp)", P.name("author").upper()]))
    share_row(P)
    rel_list(P, "Tin khác", r.randint(3, 5), "plain")
    footer(P)


def L_thumay(P):
    r = P.r("layout")
    P.site("THỬ MÁY")
    P.w("Thử Máy › Đánh giá › Điện thoại")
    P.head()
    P.date(P.dfmt("{wdl}, {d}/{m}/{y}, {HH}:{MM} (GMT+7)"))
    update_note(P)
    P.f("byline", r.choice([f"Bài: {P.pen('author')} - Ảnh: {P.pen('photo')}", f"{P.pen('author')}"]))
    P.story([(1, lambda: video_embed(P)), (None, lambda: compare_table(P)),
             (None, lambda: P.f("caption", P.cap()))])
    score_box(P, "Thử Máy")
    P.w(r.choice(["Kết luận: Đáng mua trong tầm giá", "Kết luận: Nên chờ giảm giá", "Kết luận: Lựa chọn an toàn"]))
    rel_list(P, "Video đánh giá khác", r.randint(2, 4), "video")
    comments(P, r.randint(1, 2))
    footer(P, extra=False)


def L_quangpho(P):
    r = P.r("layout")
    P.w(r.choice(["Đăng nhập | Đăng ký", "Đặt mua tạp chí | Liên hệ"]))
    P.site("Tạp chí Quang Phổ")
    P.w("Trang chủ » Khoa học » Nghiên cứu")
    P.head()
    P.f("byline", r.choice([f"Bài và ảnh: {P.name('author')}", f"Bài, ảnh: {P.pen('author')}"]))
    P.date(P.dfmt("{dd}.{mm}.{y}"))

    def gallery():
        n = r.randint(3, 8)
        i = r.randint(1, n)
        P.w(f"{i}/{n}")
        P.f("caption", P.cap())

    def pull():
        s = r.choice(P.sents)
        ws = s.split()
        cut = " ".join(ws[: max(6, min(len(ws) - 3, 12))]).rstrip(",.;:")
        P.w(f"“{cut}…”")
    P.story([(1, gallery), (None, pull), (None, gallery)])
    P.w("Chủ đề: " + " · ".join(P.tags(3)))
    rel_list(P, "Đọc thêm", r.randint(2, 4), "dash")
    footer(P)


def L_pixelpho(P):
    r = P.r("layout")
    P.site("PixelPhố")
    P.w("Máy ảnh | Ống kính | Nhiếp ảnh di động | Thủ thuật | Cộng đồng")
    P.head()
    P.date(P.dfmt("{d} tháng {m}, {y} | {HH}:{MM}"))

    def photo():
        P.w("[Hình ảnh]")
        P.f("caption", P.cap())
        P.f("credit", f"Ảnh: {P.credit_name()}")
    P.story([(1, photo), (3, photo)] + ([(None, photo)] if r.random() < 0.4 else []))
    P.f("byline", r.choice([f"Theo {P.site_name}", f"{P.pen('author')} - {P.pen('author2')}"]))
    P.w(f"{fmt_money(r.randint(300, 30000))} lượt xem")
    rel_list(P, "Tin cùng chuyên mục", r.randint(3, 5), "dated")
    footer(P)


def L_apphay(P):
    r = P.r("layout")
    P.site("AppHay")
    P.w("Ứng dụng | Game | Thủ thuật | Bảo mật | Tải về")
    P.head()
    P.f("byline", f"Tác giả: {P.pen('author')}")
    P.date(P.dfmt("{d}/{m}/{y}"))
    P.w(f"{r.randint(2, 12)} phút đọc · {r.randint(0, 40)} bình luận")
    P.story([(1, lambda: P.w("Quảng cáo")), (None, lambda: see_also(P)),
             (None, lambda: P.f("caption", P.cap()))])
    share_row(P)
    P.w(r.choice(["Ứng dụng nổi bật tuần này", "Ứng dụng hay nên thử"]))
    for _ in range(r.randint(1, 2)):
        nm = r.choice(["Sổ Tay Số", "Bản Đồ Xanh", "Ví Lá", "Lịch Nhà Mình", "Đọc Nhanh", "Ghi Âm Pro"])
        P.w(nm, f"{r.choice(['4,1', '4,3', '4,5', '4,7'])}★ · {r.choice(['100 nghìn', '1 triệu', '5 triệu', '10 triệu'])} lượt tải · Miễn phí")
        P.w("Tải về miễn phí")
    P.w(r.choice(["Mẹo nhanh", "Thủ thuật hôm nay", "Mẹo hay cho dân công nghệ"]))
    code_snippet(P)
    newsletter(P)
    app_badges(P)
    rel_list(P, "Có thể bạn quan tâm", r.randint(3, 4), "bullet")
    footer(P, extra=False)


def L_mangluoi(P):
    r = P.r("layout")
    P.site("Mạng Lưới Số")
    P.w("Viễn thông | Internet | Hạ tầng | Doanh nghiệp số | Ý kiến")
    P.head()
    P.date(P.dfmt("{H}h{MM} ngày {d}/{m}/{y}"))

    def joined():
        items = P.take_rel(r.randint(2, 3))
        if items:
            P.rel("Tin liên quan: " + " · ".join(detok(h) for h, _ in items))
    P.story([(1, joined), (None, lambda: P.f("caption", f"{P.cap().rstrip('.')} - Ảnh: {P.credit_name()}"))])
    P.f("byline", f"{P.pen('author')} - {P.pen('author2')}")
    P.w(r.choice(["Bạn đánh giá thế nào về thông tin này?", "Bạn có đồng tình với giải pháp này?"]))
    P.w("○ Đồng tình", "○ Không đồng tình", "○ Chưa rõ", "Bình chọn | Xem kết quả")
    comments(P, r.randint(2, 3))
    rel_list(P, "Tin mới nhất", r.randint(3, 5), "plain")
    footer(P)


def L_vutruxanh(P):
    r = P.r("layout")
    P.site("Vũ Trụ Xanh")
    P.w("Thiên văn | Trái Đất | Sinh học | Công nghệ | Hỏi đáp")
    P.head()
    P.date(P.dfmt("{wd}, ngày {dd}/{mm}/{y}"))

    def info():
        pl = P.places[0] if P.places else r.choice(["Việt Nam", "khu vực"])
        P.f("caption", r.choice([f"INFOGRAPHIC - Những con số đáng chú ý",
                                 f"Infographic: Diễn biến chính",
                                 f"Sơ đồ vị trí {pl}"]))
        P.f("credit", f"Đồ hoạ: {P.pen('gfx')}")
    P.story([(None, info), (None, lambda: P.f("caption", P.cap()))])
    glossary(P)
    P.f("byline", f"{P.name('author')} (tổng hợp)")
    rel_list(P, "Có thể bạn muốn đọc", r.randint(2, 4), "num", teaser=True)
    footer(P, extra=False)


def L_bitvang(P):
    r = P.r("layout")
    P.site("BitVàng")
    P.w(f"Chỉ số VN-Tech {r.randint(600, 990)},{r.randint(0, 9)} ▲{r.randint(1, 30) / 10}%".replace(".", ","),
        f"Token SAO {fmt_money(r.randint(1000, 9999))} đ ▼{str(r.randint(1, 50) / 10).replace('.', ',')}%")
    P.w("Thị trường | Fintech | Blockchain | Ví điện tử | Phân tích")
    P.head()
    P.date(P.dfmt("{y}-{mm}-{dd} {HH}:{MM}"))
    P.f("byline", r.choice([P.pen("author"), f"{P.pen('author')} | {P.site_name}"]))
    P.story([(1, lambda: P.w("Quảng cáo")), (None, lambda: see_also(P, "ĐỌC THÊM: "))]
            + ([(1, lambda: P.f("caption", r.choice(SHORT_CAPS)))] if r.random() < 0.6 else []))
    P.w("Tuyên bố miễn trừ: Bài viết chỉ mang tính tham khảo, không phải lời khuyên đầu tư.")
    share_row(P)
    rel_list(P, "Bài viết liên quan", r.randint(3, 4), "bullet")
    footer(P)


def L_nhathongminh(P):
    r = P.r("layout")
    P.site("Nhà Thông Minh 24")
    P.w(f"Hotline: {P.hotline()}", "Thiết bị | Giải pháp | Hướng dẫn | Khuyến mãi")
    P.head()
    P.f("byline", f"Đăng bởi: {P.pen('author')}")
    P.date(P.dfmt("Đăng ngày {dd}/{mm}/{y}"))
    affiliate(P)

    def card():
        prod = P.product()
        P.w(prod, f"★★★★☆ ({r.randint(12, 480)} đánh giá)", f"Giá chỉ từ {P.price()}", "Mua ngay")
    P.story([(1, lambda: P.f("caption", f"{P.cap()} (Ảnh: {P.credit_name()})")), (None, card)])
    price_box(P, "Nơi bán tham khảo")
    P.w(f"Tư vấn miễn phí: {P.hotline()} (8h – 21h)")
    rel_list(P, "Bài viết cùng chủ đề", r.randint(2, 4), "plain")
    footer(P)


def L_geekpho(P):
    r = P.r("layout")
    P.site("GeekPhố")
    P.w("Diễn đàn › Tin tức công nghệ")
    P.head()
    user = ascii_fold(P.pen("author")).lower().replace(" ", "") + str(r.randint(80, 99))
    P.f("byline", user)
    P.w(r.choice(["Thành viên tích cực", "Moderator", "Thành viên"]) + f" · {fmt_money(r.randint(40, 9000))} bài viết")
    P.date(P.dfmt("{dd}/{mm}/{y} lúc {HH}:{MM}"))
    P.story([(None, lambda: P.f("caption", P.cap()))])
    P.w(f"{r.randint(2, 300)} người thích bài này", "Thích · Trả lời · Trích dẫn")
    comments(P, r.randint(2, 3))
    rel_list(P, "Chủ đề tương tự", r.randint(3, 5), "replies")
    P.w(f"{P.site_name} – Cộng đồng người yêu công nghệ", "Nội quy | Liên hệ | Lên đầu trang")


def L_vimach(P):
    r = P.r("layout")
    P.site("Thế Giới Vi Mạch")
    P.w("Bán dẫn | Sản xuất | Thị trường | Chuỗi cung ứng | Sự kiện")
    P.head()
    P.date(P.dfmt("{dd}-{mm}-{y} {HH}:{MM}"))

    def chart():
        P.f("caption", r.choice(["Biểu đồ: Sản lượng theo quý", "Biểu đồ: Tỷ trọng chi phí đầu tư",
                                 "Bảng số liệu tổng hợp"]))
        P.f("credit", f"Nguồn: {r.choice(['Công ty nghiên cứu Đông Phong', 'Viện Kinh tế Số Nam Hải', P.site_name + ' tổng hợp'])}")
    P.story([(None, chart), (None, lambda: compare_table(P)) if r.random() < 0.5 else (None, lambda: P.f("caption", P.cap()))])
    P.f("byline", r.choice(["Nhóm phóng viên", f"{P.pen('author')} - {P.pen('author2')}"]))
    P.w("Tags: " + " ".join("#" + t.replace(" ", "") for t in P.tags(3)))
    rel_list(P, "Tin cùng chuyên mục", r.randint(3, 4), "dated")
    footer(P)


def L_phatminh(P):
    r = P.r("layout")
    P.site("PHÁT MINH")
    P.w("Tạp chí Phát Minh – Khoa học & Ứng dụng")
    P.w(f"Số {r.randint(1, 12)}/{P.dt.year}")
    P.head()
    P.date(P.dfmt("Ngày đăng: {dd}/{mm}/{y}"))
    P.story([(1, lambda: P.f("caption", P.cap())), (None, lambda: glossary(P, "Thuật ngữ trong bài"))])
    P.w("Tài liệu tham khảo")
    P.w(f"[1] {r.choice(FOREIGN_SRC)}, số {r.randint(2, 40)}, {P.dt.year - r.randint(0, 2)}.",
        f"[2] Báo cáo thường niên {P.dt.year - 1}, Viện Nghiên cứu Ứng dụng Sông Hồng.")
    author_box(P, heading=r.choice(["Tác giả", "Thông tin tác giả"]))
    rel_list(P, "Bài cùng số", r.randint(2, 4), "num")
    footer(P)


def L_tinnhanhso(P):
    r = P.r("layout")
    P.site("TIN NHANH SỐ")
    P.w(r.choice(["Mới nhất | Nóng | Công nghệ | Xe | Khoa học", "Tin nóng ⚡ Công nghệ ⚡ Khoa học"]))
    P.head()
    P.date(P.dfmt("{wd} {dd}/{mm}/{y} {HH}:{MM} (GMT+7)"))
    P.f("byline", r.choice(["Nhóm phóng viên", f"{P.pen('author')} (Theo Thông tấn Đông Á)"]))

    def stamp():
        t = P.later(r.randint(0, 3))
        P.w(f"{t.hour:02d}:{t.minute:02d}")
    P.story([(1, stamp), (2, stamp), (None, lambda: P.f("caption", P.cap()))])
    update_note(P)
    share_row(P)
    rel_list(P, "Tin nóng", r.randint(3, 5), "bullet")
    footer(P)


def L_sangtao(P):
    r = P.r("layout")
    P.site("Sáng Tạo Trẻ Lab")
    P.w("Dự án | Linh kiện | Lập trình | Sự kiện | Cửa hàng")
    P.head()
    P.f("byline", f"Thực hiện: {P.name('author')}")
    P.date(P.dfmt("{d} Tháng {m}, {y}"))

    def parts():
        P.w("Linh kiện tham khảo",
            f"- 1 x bo mạch {r.choice(['Vĩnh Phát Uno', 'MiniCore 32', 'Lá Xanh Nano'])}",
            f"- {r.randint(2, 6)} x cảm biến {r.choice(['nhiệt độ', 'khoảng cách', 'chuyển động'])}",
            "- Dây cắm, breadboard, nguồn 5V")
    P.story([(1, lambda: video_embed(P)), (None, parts), (None, lambda: code_snippet(P))])
    author_box(P, heading=None)
    rel_list(P, "Dự án khác", r.randint(2, 4), "video" if r.random() < 0.5 else "dash")
    newsletter(P)
    footer(P, extra=False)


def L_didongplus(P):
    r = P.r("layout")
    P.site("Di Động Plus")
    P.w(f"Hotline mua hàng: {P.hotline()}", "Trả góp 0% | Thu cũ đổi mới | Hệ thống cửa hàng")
    P.w("Trang chủ > Tin công nghệ")
    P.head()
    P.date(P.dfmt("{HH}:{MM} | {dd}/{mm}/{y}"))
    P.f("byline", r.choice([P.pen("author"), f"Biên tập: {P.pen('author')}"]))
    P.story([(1, lambda: price_box(P, "Giá bán hôm nay")),
             (None, lambda: P.f("caption", f"{P.cap()} Ảnh: {P.credit_name()}"))])
    P.w("Xem cửa hàng gần nhất ›")
    app_badges(P)
    rel_list(P, "Tin công nghệ khác", r.randint(3, 5), "plain")
    footer(P)


def L_traidat(P):
    r = P.r("layout")
    P.site("Trái Đất & Khí Hậu")
    P.w("Môi trường | Năng lượng | Khí hậu | Đa dạng sinh học")
    P.head()
    P.date(P.dfmt("{dd}/{mm}/{y}, {HH}h{MM}"))

    def databox():
        P.w("Con số", f"{r.randint(12, 95)}% " + r.choice(["lượng phát thải đến từ giao thông đường bộ",
                                                               "điện năng vẫn đến từ nhiệt điện than",
                                                               "rác thải nhựa chưa được tái chế"]))
    P.story([(1, lambda: P.f("caption", f"{P.cap()} (Ảnh: {P.credit_name()})")), (None, databox)])
    P.f("byline", r.choice([f"{P.pen('author')} (Theo {r.choice(DOMESTIC_SRC)})", f"Theo {r.choice(DOMESTIC_SRC)}"]))
    if r.random() < 0.5:
        update_note(P)
    rel_list(P, "Đọc thêm", r.randint(2, 3), "plain", teaser=True)
    footer(P)


def L_techla(P):
    r = P.r("layout")
    P.site("TechLá")
    newsletter(P)
    P.head()
    P.date(P.dfmt("{d} thg {m}, {y}"))
    P.f("byline", P.name("author"))
    P.story([(None, lambda: tweet(P)), (None, lambda: P.f("caption", P.cap()))])
    update_note(P)
    P.w(f"👍 {r.randint(1, 99)} · 😮 {r.randint(0, 20)} · 😢 {r.randint(0, 9)}")
    author_box(P, heading="Người viết")
    rel_list(P, "Cùng chủ đề", r.randint(3, 4), "num")
    footer(P, extra=False)


LAYOUTS = [
    dict(name="machso", site="Mạch Số", domain="machso.vn", fn=L_machso, para=(1, 3), lead=1),
    dict(name="loichip", site="Lõi Chip", domain="loichip.vn", fn=L_loichip, para=(2, 3)),
    dict(name="tinhvan", site="Tinh Vân Khoa Học", domain="tinhvankhoahoc.vn", fn=L_tinhvan, para=(3, 4), sci=True),
    dict(name="songdientu", site="Sóng Điện Tử", domain="songdientu.vn", fn=L_songdientu, para=(1, 2), lead=1),
    dict(name="thumay", site="Thử Máy", domain="thumay.vn", fn=L_thumay, para=(2, 3)),
    dict(name="quangpho", site="Tạp chí Quang Phổ", domain="quangpho.org.vn", fn=L_quangpho, para=(2, 4), sci=True),
    dict(name="pixelpho", site="PixelPhố", domain="pixelpho.vn", fn=L_pixelpho, para=(1, 2)),
    dict(name="apphay", site="AppHay", domain="apphay.vn", fn=L_apphay, para=(1, 3)),
    dict(name="mangluoi", site="Mạng Lưới Số", domain="mangluoiso.vn", fn=L_mangluoi, para=(2, 3), lead=1),
    dict(name="vutruxanh", site="Vũ Trụ Xanh", domain="vutruxanh.vn", fn=L_vutruxanh, para=(2, 4), sci=True),
    dict(name="bitvang", site="BitVàng", domain="bitvang.vn", fn=L_bitvang, para=(1, 2)),
    dict(name="nhathongminh", site="Nhà Thông Minh 24", domain="nhathongminh24.vn", fn=L_nhathongminh, para=(1, 3)),
    dict(name="geekpho", site="GeekPhố", domain="geekpho.vn", fn=L_geekpho, para=(1, 4)),
    dict(name="vimach", site="Thế Giới Vi Mạch", domain="thegioivimach.vn", fn=L_vimach, para=(2, 3), lead=2),
    dict(name="phatminh", site="Tạp chí Phát Minh", domain="phatminh.org.vn", fn=L_phatminh, para=(3, 4), sci=True),
    dict(name="tinnhanhso", site="Tin Nhanh Số", domain="tinnhanhso.vn", fn=L_tinnhanhso, para=(1, 2), lead=1),
    dict(name="sangtao", site="Sáng Tạo Trẻ Lab", domain="sangtaotre.vn", fn=L_sangtao, para=(1, 3)),
    dict(name="didongplus", site="Di Động Plus", domain="didongplus.vn", fn=L_didongplus, para=(1, 2)),
    dict(name="traidat", site="Trái Đất & Khí Hậu", domain="traidatkhihau.vn", fn=L_traidat, para=(2, 3), sci=True),
    dict(name="techla", site="TechLá", domain="techla.vn", fn=L_techla, para=(1, 3), lead=1),
]


# ---------------------------------------------------------------------------
# faults
# ---------------------------------------------------------------------------

FAULTS = ("nbsp", "zwsp", "dblspace", "glue", "nfd")


def choose_faults(row):
    r = rng_for(row, "faults")
    if r.random() >= 0.28:
        return []
    n = 2 if r.random() < 0.3 else 1
    return r.sample(list(FAULTS), n)


def glue_items(sents, r):
    cands = [i for i in range(len(sents) - 1)
             if sents[i].endswith(".") and sents[i + 1][:1].isupper() and sents[i + 1][:1].isalpha()]
    if not cands:
        return sents, False
    i = r.choice(cands)
    return sents[:i] + [sents[i] + sents[i + 1]] + sents[i + 2:], True


def group_paras(items, lay, r):
    lo, hi = lay["para"]
    out = []
    i = 0
    first = True
    while i < len(items):
        n = lay.get("lead") if first and lay.get("lead") else r.randint(lo, hi)
        first = False
        out.append(items[i:i + n])
        i += n
    return out


def _targets(blocks, r, frac):
    """Pick (block index, item index or None) targets for a character fault."""
    all_t = []
    for bi, b in enumerate(blocks):
        if b[0] == "b":
            for ii in range(len(b[1])):
                all_t.append((bi, ii))
        else:
            all_t.append((bi, None))
    r.shuffle(all_t)
    n = max(1, int(len(all_t) * frac))
    return all_t[:n]


def _get(blocks, t):
    bi, ii = t
    b = blocks[bi]
    return b[1][ii] if ii is not None else b[-1]


def _set(blocks, t, val):
    bi, ii = t
    b = blocks[bi]
    if ii is not None:
        b[1][ii] = val
    else:
        blocks[bi] = b[:-1] + (val,)


def apply_char_faults(blocks, faults, r):
    applied = []
    if "nbsp" in faults:
        hit = 0
        for t in _targets(blocks, r, r.uniform(0.2, 0.5)):
            s = _get(blocks, t)
            sp = [m.start() for m in re.finditer(" ", s)]
            if not sp:
                continue
            for p in r.sample(sp, min(len(sp), r.randint(1, 3))):
                s = s[:p] + "\u00a0" + s[p + 1:]
            _set(blocks, t, s)
            hit += 1
        if hit:
            applied.append("nbsp")
    if "zwsp" in faults:
        hit = 0
        for t in _targets(blocks, r, 0.08)[:3]:
            s = _get(blocks, t)
            ws = [m for m in re.finditer(r"\w{4,}", s)]
            if not ws:
                continue
            m = r.choice(ws)
            p = r.randint(m.start() + 1, m.end() - 1)
            _set(blocks, t, s[:p] + "\u200b" + s[p:])
            hit += 1
        if hit:
            applied.append("zwsp")
    if "dblspace" in faults:
        hit = 0
        for t in _targets(blocks, r, 0.06)[:2]:
            s = _get(blocks, t)
            sp = [m.start() for m in re.finditer(r"(?<=\S) (?=\S)", s)]
            if not sp:
                continue
            p = r.choice(sp)
            _set(blocks, t, s[:p] + "  " + s[p + 1:])
            hit += 1
        if hit:
            applied.append("dblspace")
    return applied


# ---------------------------------------------------------------------------
# building and checking
# ---------------------------------------------------------------------------

def render(blocks):
    lines, body, furn = [], [], []
    for b in blocks:
        if b[0] == "u":
            lines.append(b[1])
        elif b[0] == "f":
            lines.append(b[2])
            furn.append((b[1], b[2]))
        else:
            lines.append(" ".join(b[1]))
            body.extend(b[1])
    return "\n".join(lines), body, furn


def check_page(text, body, furniture, unlabelled, title):
    """Independent walk over the text; raises ValueError on any breach."""
    lines = text.split("\n")
    if not body or len(body) < 3:
        raise ValueError("fewer than 3 body items")
    for ln in lines:
        if not ln or ln != ln.strip():
            raise ValueError(f"blank or unstripped line: {ln!r}")
    for kind, ln in furniture:
        if kind not in KINDS:
            raise ValueError(f"bad kind {kind}")
    for it in body:
        if it not in text:
            raise ValueError(f"body item not in text: {it!r}")
        if it != it.strip() or "\n" in it:
            raise ValueError("bad body item")
    bi = fi = 0
    used = []
    for ln in lines:
        if fi < len(furniture) and ln == furniture[fi][1]:
            fi += 1
            continue
        matched = False
        for n in range(1, 5):
            if bi + n <= len(body) and " ".join(body[bi:bi + n]) == ln:
                bi += n
                matched = True
                break
        if matched:
            continue
        if ln in unlabelled and ln not in used and len(used) < 3:
            used.append(ln)
            continue
        raise ValueError(f"unaccounted line: {ln!r}")
    if bi != len(body) or fi != len(furniture):
        raise ValueError("walk did not use up body/furniture")
    if title not in used:
        raise ValueError("title line missing")
    bn = {norm(s) for s in body}
    for kind, ln in furniture:
        if norm(ln) in bn:
            raise ValueError(f"furniture equals a body sentence: {ln!r}")
        if kind == "related" and norm(ln) == norm(title):
            raise ValueError("related equals title")
    for ln in used:
        if norm(ln) in bn:
            raise ValueError(f"unlabelled line equals a body sentence: {ln!r}")


def build_page(k, row, title, article, related_pool):
    lay = LAYOUTS[k % len(LAYOUTS)]
    title = detok(title)
    if "\n" in title or not title:
        return None, []
    sents = story_sentences(title, article)
    if len(sents) < 3:
        return None, []
    faults = choose_faults(row)
    applied = []
    items = list(sents)
    if "glue" in faults:
        items, ok = glue_items(items, rng_for(row, "glue"))
        if ok:
            applied.append("glue")
    paras = group_paras(items, lay, rng_for(row, "paras"))
    P = PB(row, k, title, paras, sents, related_pool, lay)
    lay["fn"](P)
    blocks = P.blocks
    applied += apply_char_faults(blocks, faults, rng_for(row, "charfaults"))
    if "nfd" in faults:
        nb = []
        for b in blocks:
            if b[0] == "b":
                nb.append(("b", [unicodedata.normalize("NFD", x) for x in b[1]]))
            else:
                nb.append(b[:-1] + (unicodedata.normalize("NFD", b[-1]),))
        blocks = nb
        applied.append("nfd")
    # the unlabelled strings as they appear after faults
    unl_lines = [b[1] for b in blocks if b[0] == "u"]
    if len(unl_lines) > 3 or len(set(unl_lines)) != len(unl_lines):
        raise ValueError("too many unlabelled lines")
    title_line = next((b[1] for b in blocks if b[0] == "u" and norm(b[1]) == norm(title)), None)
    text, body, furn = render(blocks)
    check_page(text, body, furn, unl_lines, title_line)
    # related lines must not equal the title or a body sentence
    bn = {norm(s) for s in body} | {norm(title)}
    for ln in P.related_lines:
        if norm(ln) in bn:
            raise ValueError("related line equals title/body")
    return Page(text, body, furn, lay["name"]), applied


_FAULT_LOG = []


def pages(path):
    body_rows, related = read_rows(path)
    out = []
    _FAULT_LOG.clear()
    for k, (row, title, art) in enumerate(body_rows):
        pg, applied = build_page(k, row, title, art, related)
        if pg is not None:
            out.append(pg)
            _FAULT_LOG.append(applied)
    return out


def main(argv):
    path = argv[1] if len(argv) > 1 else "/work/shared/data/vietnews_train.jsonl.gz"
    ps = pages(path)
    cols = ["pages", "body"] + list(KINDS) + ["faults"]
    rows = {}
    for pg, fl in zip(ps, _FAULT_LOG):
        d = rows.setdefault(pg.layout, dict.fromkeys(cols, 0))
        d["pages"] += 1
        d["body"] += len(pg.body)
        for kind, _ in pg.furniture:
            d[kind] += 1
        d["faults"] += 1 if fl else 0
    print(f"{'layout':14}" + "".join(f"{c:>9}" for c in cols))
    tot = dict.fromkeys(cols, 0)
    for lay in LAYOUTS:
        d = rows.get(lay["name"])
        if not d:
            continue
        print(f"{lay['name']:14}" + "".join(f"{d[c]:>9}" for c in cols))
        for c in cols:
            tot[c] += d[c]
    print(f"{'TOTAL':14}" + "".join(f"{tot[c]:>9}" for c in cols))
    fc = {}
    for fl in _FAULT_LOG:
        for f in fl:
            fc[f] = fc.get(f, 0) + 1
    print("fault kinds: " + ", ".join(f"{f}={fc.get(f, 0)}" for f in FAULTS))


if __name__ == "__main__":
    main(sys.argv)
