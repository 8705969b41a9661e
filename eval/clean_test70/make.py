#!/usr/bin/env python3
"""Held-out evaluation set `test70` for a cleaner of scraped Vietnamese news pages.

Theme: Vietnamese news carried on international platforms and portals (invented
aggregators, portals, news apps, read-later tools and partner sites that carry
the stories of invented Vietnamese outlets).

Usage:  python3 make.py /path/to/vietnews_train.jsonl.gz
Library: pages(path) -> list[Page]; Page = (text, body, furniture, layout).

Standard library only.  Every random draw comes from
random.Random(f"test70|7070|{row}|{purpose}").
"""
import gzip
import json
import random
import re
import sys
import unicodedata
from datetime import datetime, timedelta
from typing import NamedTuple

SET_NAME = "test70"
SEED = 7070
BODY_ROWS = range(18_200, 18_300)
RELATED_ROWS = range(14_200, 14_300)
KINDS = ("byline", "credit", "caption", "related", "widget")
RELATED_CHARS = 1200


class Page(NamedTuple):
    text: str
    body: list
    furniture: list
    layout: str


def rng(row, purpose):
    return random.Random(f"{SET_NAME}|{SEED}|{row}|{purpose}")


# ---------------------------------------------------------------------------
# normalisation used by the contract
ZW_RE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")


def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = ZW_RE.sub("", s)
    s = "".join(s.split())
    return s.casefold()


# ---------------------------------------------------------------------------
# reading the data


def _parse(raw):
    try:
        obj = json.loads(raw.decode("utf-8"))
    except Exception:
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
    """One streaming pass; stops after the last row of either range."""
    body, related = [], []
    last = max(BODY_ROWS[-1], RELATED_ROWS[-1])
    try:
        with gzip.open(path, "rb") as f:
            for i, raw in enumerate(f):
                if i > last:
                    break
                inb, inr = i in BODY_ROWS, i in RELATED_ROWS
                if not (inb or inr):
                    continue
                if not raw.strip():
                    continue
                got = _parse(raw)
                if got is None:
                    continue
                title, article = got
                if inr:
                    related.append((i, title, article[:RELATED_CHARS]))
                if inb:
                    body.append((i, title, article))
    except (EOFError, OSError):
        pass  # a damaged tail: keep what was read
    return body, related


# ---------------------------------------------------------------------------
# story text


def detok(s):
    s = unicodedata.normalize("NFC", s)
    s = s.replace("_", " ")
    s = re.sub(r"\s+", " ", s).strip()
    if '"' in s:
        parts = s.split('"')
        out = parts[0]
        i = 1
        while i < len(parts):
            if i + 1 < len(parts):
                inner = parts[i].strip()
                pre = out.rstrip()
                sep = " " if pre and pre[-1] not in "([“‘" else ""
                out = pre + sep + '"' + inner + '"'
                nxt = parts[i + 1]
                if nxt and nxt[0].isalnum():
                    nxt = " " + nxt
                out += nxt
                i += 2
            else:  # unpaired quote: leave it, the sentence filter drops it
                out += '"' + parts[i]
                i += 1
        s = out
    s = re.sub(r"(^|\s)'\s+([^'\n]{1,80}?)\s+'(?=\s|[,.;:!?…)]|$)", r"\1'\2'", s)
    s = re.sub(r"\s+([,.;:!?%…])", r"\1", s)
    s = re.sub(r"([(\[“‘])\s+", r"\1", s)
    s = re.sub(r"\s+([)\]”’])", r"\1", s)
    s = re.sub(r"\s+/\s+", "/", s)
    s = re.sub(r"\s+", " ", s).strip()
    return s


ABBR = {"TP", "Tp", "TS", "GS", "PGS", "ThS", "BS", "Q", "P", "TX", "TT", "Th",
        "KS", "LS", "NSƯT", "NSND", "TSKH", "Mr", "Mrs", "Ms", "Dr", "St", "Co",
        "Ltd", "Inc", "No", "vs", "Bs", "Ts", "Gs", "CN", "Th.S", "PGS.TS",
        "GS.TS", "ThS.BS", "v.v", "TP.HCM"}
TERM = ".!?…"


def split_sentences(s):
    out = []
    n = len(s)
    start = 0
    inq = False
    curly = 0
    paren = 0
    i = 0
    while i < n:
        ch = s[i]
        if ch == '"':
            inq = not inq
        elif ch == "“":
            curly += 1
        elif ch == "”":
            curly = max(0, curly - 1)
        elif ch in "([":
            paren += 1
        elif ch in ")]":
            paren = max(0, paren - 1)
        if ch in TERM:
            j = i + 1
            while j < n and s[j] in TERM:
                j += 1
            q, c2, p2 = inq, curly, paren
            while j < n and s[j] in '"”)]’':
                if s[j] == '"':
                    if not q:
                        break
                    q = False
                elif s[j] == "”":
                    c2 = max(0, c2 - 1)
                elif s[j] in ")]":
                    p2 = max(0, p2 - 1)
                j += 1
            ok = (j < n - 1 and s[j] == " " and not q and c2 == 0 and p2 == 0)
            if ok:
                nx = s[j + 1]
                ok = nx.isupper() or nx.isdigit() or nx in '"“('
            if ok and ch == "." and j == i + 1:
                k = s.rfind(" ", start, i)
                tok = s[k + 1:i].lstrip('("“[')
                if tok in ABBR or (len(tok) == 1 and tok.isalpha() and tok.isupper()) or "." in tok:
                    ok = False
            if ok:
                out.append(s[start:j].strip())
                start = j + 1
                inq, curly, paren = q, c2, p2
                i = j + 1
                continue
            inq, curly, paren = q, c2, p2
            i = j
            continue
        i += 1
    rest = s[start:].strip()
    if rest:
        out.append(rest)
    return [x for x in out if x]


CAPTION_MARKS = ("ảnh:", "(ảnh", "ảnh minh", "video:", "clip:", "(video", "minh hoạ",
                 "minh họa", "(trái)", "(phải)", "(giữa)", "nguồn:", "đồ hoạ", "đồ họa",
                 "ảnh chụp", "ảnh cắt", "photo:", "infographic", "từ trái sang",
                 "từ trái qua", "ảnh tư liệu", "ảnh internet", "ảnh do", "ảnh nguồn",
                 "xem thêm", "xem video", "clip ghi", "video ghi", "(nguồn", "(theo")
REPORT_RE = re.compile(
    r"\b(cho biết|nói|cho hay|khẳng định|chia sẻ|nhấn mạnh|thông tin|tiết lộ|xác nhận|"
    r"phát biểu|kể|kể lại|khai|giải thích|trả lời|thừa nhận|bày tỏ|đề nghị|yêu cầu|"
    r"thông báo|cho rằng|nhận định|nêu rõ|lưu ý|khuyến cáo|cảnh báo|tâm sự|bộc bạch|"
    r"phản ánh|trao đổi|dẫn lời|kiến nghị|đánh giá|nhớ lại|hỏi|cho thấy|lý giải|"
    r"theo ông|theo bà|theo anh|theo chị|theo đại diện|theo lãnh đạo|theo cơ quan|"
    r"theo thông tin|theo kết quả|theo báo cáo|theo quy định)\b", re.I)
ATTRIB_RE = re.compile(r'["”]\s*[,–-]\s*(ông|bà|anh|chị|em|cô|thầy|đại diện|lãnh đạo|'
                       r'[A-ZĐ])')
CAPTION_VERB_RE = re.compile(
    r"\b(nói chuyện|nói về|trả lời phỏng vấn|trả lời báo chí|phát biểu tại|phát biểu khai mạc|"
    r"phát biểu chỉ đạo|trao đổi với|hỏi thăm|thăm hỏi|lý giải việc|chia sẻ tại|"
    r"chia sẻ về|tại buổi|tại hội nghị|tại lễ|tại phiên)\b", re.I)
CONNECTIVES = ("Tuy nhiên", "Trong khi đó", "Ngoài ra", "Trước đó", "Sau đó", "Bên cạnh đó",
               "Đồng thời", "Vì vậy", "Do đó", "Cũng theo", "Theo đó", "Tiếp đó", "Như vậy",
               "Thế nhưng", "Nhưng", "Mặc dù", "Dù vậy", "Hiện nay", "Hiện tại", "Hiện,",
               "Trong đó", "Cùng ngày", "Ngay sau đó", "Sau khi", "Trước khi", "Khi ",
               "Theo ", "Cũng ", "Vì thế", "Bởi vậy", "Do vậy", "Mặt khác", "Thậm chí",
               "Đáng chú ý", "Được biết", "Trước tình hình", "Trước thực trạng", "Liên quan",
               "Đến nay", "Tới nay", "Cho đến nay", "Nhận được tin báo", "Ngay khi", "Riêng",
               "Còn ", "Bởi ", "Vì ", "Do ", "Nếu ", "Để ", "Từ đó", "Qua đó", "Tại đây",
               "Sau đó,", "Cuối cùng", "Lúc này", "Thời gian qua", "Không chỉ", "Chính vì",
               "Đặc biệt", "Ngoài việc", "Với ", "Nhờ ", "Ngay trong", "Sáng cùng ngày",
               "Chiều cùng ngày", "Tối cùng ngày", "Trước sự việc", "Trước đây")
THEO_TAIL_RES = [
    re.compile(r"\((?:[Tt]heo|[Nn]guồn)\b[^()]*\)\s*[.!?…]?$"),
    re.compile(r"[.!?…\"”]\s*Theo\s+\S+(?:\s+\S+){0,5}\s*[.!?…]?$"),
    re.compile(r"\s[-–]\s*Theo\s+\S+(?:\s+\S+){0,5}\s*[.!?…]?$"),
    re.compile(r"\S\s+Theo\s+[A-ZĐ]\S*(?:\s+\S+){0,4}\s*[.!?…]?$"),
]


def has_terminal(s):
    t = s.rstrip('"”’)]')
    return bool(t) and t[-1] in TERM


def balanced(s):
    return (s.count('"') % 2 == 0 and s.count("(") == s.count(")")
            and s.count("“") == s.count("”") and s.count("[") == s.count("]"))


def quotes_ok(s):
    """Straight quotes must read open/close in turn with tight inner spacing;
    curly quotes must open before they close and not nest."""
    opening = True
    for i, ch in enumerate(s):
        if ch != '"':
            continue
        prev = s[i - 1] if i else " "
        nxt = s[i + 1] if i + 1 < len(s) else " "
        if opening:
            if prev not in " ([“‘—–-" or not (nxt.isalnum() or nxt in "…“‘(."):
                return False
        else:
            if prev.isspace() or not (nxt.isspace() or nxt in ",.;:!?…)]”’-–"):
                return False
        opening = not opening
    depth = 0
    for ch in s:
        if ch == "“":
            depth += 1
            if depth > 1:
                return False
        elif ch == "”":
            depth -= 1
            if depth < 0:
                return False
    return depth == 0 and opening


def keep_sentence(s, title_n, seen):
    low = s.lower()
    if any(m in low for m in CAPTION_MARKS):
        return False
    if any(c in s for c in "|•»«■►▶"):
        return False
    if "http" in low or "www." in low or "@" in s:
        return False
    if not balanced(s) or not has_terminal(s) or not quotes_ok(s):
        return False
    words = s.split()
    if len(words) < 8 or len(words) > 110:
        return False
    if any(":" in w for w in words[:6]):
        return False
    first = next((ch for ch in s if ch.isalnum()), "")
    if not first or first.islower():
        return False
    if not (s[0].isalnum() or s[0] in '"“('):
        return False
    for rx in THEO_TAIL_RES:
        if rx.search(s):
            return False
    n = len(words)
    if n <= 22 or (n <= 30 and "," not in s):
        rep = bool(REPORT_RE.search(s))
        att = ('"' in s or "“" in s) and bool(ATTRIB_RE.search(s))
        con = s.startswith(CONNECTIVES)
        if not (rep or att or con):
            return False
        # "X nói chuyện với cử tri.", "X phát biểu tại hội nghị." read as photo captions
        if not (att or con) and CAPTION_VERB_RE.search(s):
            return False
    if re.search(r"(tại đây|dưới đây|bên dưới)\s*[.!?…:]?$", s):
        return False
    k = norm(s)
    if k == title_n or k in seen:
        return False
    seen.add(k)
    return True


def story_sentences(title, article):
    t = detok(title)
    art = detok(article)
    tn = norm(t)
    seen = set()
    return t, art, [s for s in split_sentences(art) if keep_sentence(s, tn, seen)]


# ---------------------------------------------------------------------------
# invented names

OUTLETS = [
    ("Báo Sông Hàn", "songhan-online.vn"),
    ("Thời báo Phương Nam", "thoibaophuongnam.vn"),
    ("Tin Nhanh Đông Dương", "tinnhanhdongduong.vn"),
    ("Nhịp Sống Miền Trung", "nhipsongmientrung.vn"),
    ("Báo Ánh Dương", "anhduong-news.vn"),
    ("Đời Sống Mới Online", "doisongmoi-online.vn"),
    ("Báo Hồng Lĩnh", "honglinhdaily.vn"),
    ("Tiếng Nói Cửu Long", "tiengnoicuulong.vn"),
    ("Báo điện tử Phố Hiến", "phohien-e.vn"),
    ("Báo Trường Sơn Mới", "truongsonmoi.vn"),
    ("Tin Sớm Mê Kông", "tinsommekong.vn"),
    ("Nhật báo Cầu Rồng", "nhatbaocaurong.vn"),
    ("Kinh tế Sông Hồng", "kinhtesonghong.vn"),
    ("Thời sự Xứ Nghệ", "thoisuxunghe.vn"),
    ("Tiếng Vọng Tây Nguyên", "tiengvongtaynguyen.vn"),
    ("Bình Minh Thủ Đô", "binhminhthudo.vn"),
    ("Sài Thành 24h Plus", "saithanh24plus.vn"),
    ("Cảng Biển Tin Nhanh", "cangbientinnhanh.vn"),
]
SURN = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi",
        "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Trịnh", "Đinh", "Lương", "Tạ"]
MIDN = ["Văn", "Thị", "Minh", "Thu", "Hoàng", "Quốc", "Thanh", "Ngọc", "Đức", "Hải", "Bảo",
        "Anh", "Gia", "Xuân", "Khánh", "Mỹ"]
GIVN = ["Khoa", "An", "Tú", "Hà", "Long", "Nam", "Phương", "Trang", "Sơn", "Hùng", "Linh",
        "Dũng", "Mai", "Tuấn", "Quân", "Vy", "Thảo", "Hiếu", "Lâm", "Nhi", "Khôi", "Duy",
        "Yến", "Châu", "Phúc", "Uyên", "Đạt", "Giang"]
CITIES = [("Hà Nội", 14, 37), ("TP.HCM", 24, 36), ("Đà Nẵng", 18, 36), ("Huế", 16, 37),
          ("Hải Phòng", 13, 35), ("Cần Thơ", 23, 35), ("Nha Trang", 21, 34), ("Đà Lạt", 11, 27)]
COND_VI = ["Nắng", "Nhiều mây", "Mây rải rác", "Mưa rào", "Có mưa nhỏ", "Trời quang", "Âm u"]
COND_EN = ["Sunny", "Cloudy", "Partly cloudy", "Showers", "Light rain", "Clear", "Overcast"]
VN_WD = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
EN_WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MON = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
COMMENTS = ["Mong cơ quan chức năng sớm làm rõ vụ việc.", "Đọc mà thấy xót xa quá.",
            "Cần xử lý thật nghiêm để làm gương.", "Cảm ơn báo đã thông tin kịp thời.",
            "Chuyện này năm nào cũng nghe, bao giờ mới hết?", "Hy vọng mọi việc sớm ổn thoả.",
            "Bài viết rất hữu ích, cảm ơn tác giả.", "Quê tôi cũng đang gặp tình trạng tương tự.",
            "Không biết địa phương đã có phương án gì chưa?", "Thật đáng buồn khi đọc tin này."]
USERS = ["Minh Tuấn", "hoa.nguyen92", "Lan Phạm", "Trung Kiên", "bichngoc_sg", "Quang Huy",
         "Thuỳ Dung", "kevin.tran", "Hải Đăng", "Ngọc Ánh", "anh.le.88", "Phúc Lâm"]
ADS_VI = ["Vay tiêu dùng lãi suất từ 0,9%/tháng, giải ngân trong 24 giờ - Tài chính Kim Phát",
          "Bảo hiểm sức khoẻ An Khang chỉ từ 99.000đ/tháng. Đăng ký ngay!",
          "Căn hộ ven sông Sapphire Garden, thanh toán 30% nhận nhà",
          "Khoá học tiếng Anh online Lingo365 - Học thử miễn phí 7 ngày",
          "Sữa hạt Mộc Nhiên - Ưu đãi mua 2 tặng 1 đến hết tháng này",
          "Điện thoại Novaphone X5 giảm đến 2 triệu khi đặt trước"]
ADS_EN = ["Travel to Japan this spring with Orizon Air from 199 USD",
          "Learn Vietnamese in 30 days with Lingo365. Try it free",
          "Compare the best savings rates in Asia - FinPal",
          "Skyline Residences Bangkok: own a riverside condo from 3.9M THB"]

SECTIONS = {
    "crime": ["công an", "bắt giữ", "tạm giữ", "khởi tố", "bị cáo", "tòa", "toà", "lừa đảo",
              "trộm", "ma tuý", "ma túy", "điều tra", "đối tượng", "hình sự", "xét xử", "cướp"],
    "traffic": ["tai nạn", "xe tải", "ô tô", "xe máy", "va chạm", "tông", "lật", "giao thông",
                "tài xế", "quốc lộ", "cao tốc"],
    "fire": ["cháy", "hoả hoạn", "hỏa hoạn", "phát nổ", "PCCC", "bốc cháy", "ngọn lửa"],
    "edu": ["học sinh", "giáo viên", "trường", "thí sinh", "sinh viên", "đại học", "học phí",
            "giáo dục", "kỳ thi", "lớp"],
    "health": ["bệnh viện", "bác sĩ", "bệnh nhân", "y tế", "dịch bệnh", "điều trị", "cấp cứu",
               "sức khoẻ", "sức khỏe", "thuốc"],
    "biz": ["doanh nghiệp", "thị trường", "ngân hàng", "tỷ đồng", "xuất khẩu", "đầu tư",
            "giá", "lãi suất", "cổ phiếu", "kinh doanh", "dự án"],
    "env": ["mưa lớn", "mưa lũ", "lũ", "bão", "sạt lở", "nắng nóng", "môi trường", "rác thải",
            "ô nhiễm", "ngập", "thời tiết", "hạn hán", "triều cường", "xâm nhập mặn"],
    "sea": ["ngư dân", "tàu cá", "hải sản", "đánh bắt", "cảng cá", "ngư trường", "ra khơi",
            "lưới", "chuyến biển"],
    "world": ["Mỹ", "Trung Quốc", "Nga", "Nhật Bản", "Triều Tiên", "Hàn Quốc", "châu Âu",
              "Liên Hợp Quốc", "Tổng thống", "quốc tế"],
    "pol": ["Bộ trưởng", "Thủ tướng", "Chính phủ", "Trung ương", "Quốc hội", "đại biểu",
            "cán bộ", "Tỉnh uỷ", "Thành uỷ", "Bí thư", "kỷ luật", "bổ nhiệm", "nghị định",
            "UBND", "HĐND", "cử tri", "Đảng"],
    "sport": ["bóng đá", "HLV", "cầu thủ", "giải đấu", "V-League", "đội tuyển", "trận đấu",
              "huy chương", "vận động viên"],
}
SEC_VI = {"pol": "Chính trị", "sea": "Kinh tế biển", "crime": "Pháp luật", "traffic": "Giao thông", "fire": "Thời sự", "edu": "Giáo dục",
          "health": "Sức khoẻ", "biz": "Kinh doanh", "env": "Môi trường", "world": "Thế giới",
          "sport": "Thể thao", "soc": "Xã hội"}
SEC_EN = {"pol": "Politics", "sea": "Fisheries", "crime": "Crime", "traffic": "Traffic", "fire": "News", "edu": "Education",
          "health": "Health", "biz": "Business", "env": "Environment", "world": "World",
          "sport": "Sports", "soc": "Society"}
SCENES = {
    "pol": ["Quang cảnh một phiên họp.", "Các đại biểu tại hội nghị.",
            "Toàn cảnh buổi làm việc."],
    "sea": ["Ngư dân phân loại hải sản ngay tại cảng.",
            "Tàu cá neo đậu sau chuyến ra khơi.",
            "Thương lái thu mua hải sản từ các tàu vừa cập bến."],
    "crime": ["Lực lượng công an làm việc tại hiện trường.",
              "Cơ quan điều tra thu giữ nhiều tang vật liên quan.",
              "Trụ sở cơ quan công an nơi tiếp nhận vụ việc."],
    "traffic": ["Lực lượng CSGT làm nhiệm vụ trên tuyến đường.",
                "Lực lượng chức năng phân luồng, đảm bảo giao thông.",
                "Phương tiện lưu thông qua đoạn đường xảy ra sự cố."],
    "fire": ["Lực lượng cứu hoả nỗ lực khống chế đám cháy.",
             "Hiện trường sau khi ngọn lửa được dập tắt.",
             "Khói đen bốc cao tại khu vực xảy ra vụ cháy."],
    "edu": ["Học sinh trong một giờ học trên lớp.",
            "Thí sinh làm thủ tục trước giờ thi.",
            "Phụ huynh đưa con đến trường trong ngày đầu năm học."],
    "health": ["Bác sĩ thăm khám cho bệnh nhân.",
               "Người dân chờ khám bệnh tại một bệnh viện tuyến trên.",
               "Các y bác sĩ trong ca trực cấp cứu."],
    "biz": ["Hoạt động mua bán tại một chợ đầu mối.",
            "Công nhân làm việc trong một nhà máy.",
            "Khách hàng giao dịch tại quầy của một ngân hàng."],
    "env": ["Nước lũ dâng cao tại nhiều khu dân cư.",
            "Khu vực bờ biển bị sóng đánh sạt lở.",
            "Người dân dọn dẹp sau đợt mưa lớn."],
    "world": ["Quang cảnh một cuộc họp báo quốc tế.",
              "Quốc kỳ các nước tại một hội nghị cấp cao.",
              "Người dân theo dõi tin tức trên màn hình lớn."],
    "sport": ["Các cầu thủ trong buổi tập trước trận đấu.",
              "Cổ động viên cổ vũ trên khán đài.",
              "Khoảnh khắc ăn mừng bàn thắng."],
    "soc": ["Người dân qua lại trên một tuyến phố trung tâm.",
            "Quang cảnh một buổi làm việc của cơ quan chức năng.",
            "Chính quyền địa phương kiểm tra thực tế tại cơ sở."],
}
PLACE_CAPS = {
    "pol": ["Trụ sở cơ quan chính quyền {p}.", "Một góc {p}."],
    "sea": ["Tàu cá cập cảng ở {p}.", "Một góc làng chài thuộc {p}."],
    "crime": ["Cơ quan công an {p} đang điều tra làm rõ vụ việc.",
              "Khu vực xảy ra vụ việc tại {p}."],
    "traffic": ["Một tuyến đường tại {p}.", "Phương tiện lưu thông qua địa bàn {p}."],
    "fire": ["Hiện trường vụ cháy ở {p}.", "Lực lượng chức năng {p} có mặt tại hiện trường."],
    "edu": ["Một trường học tại {p}.", "Toàn cảnh {p} nhìn từ trên cao."],
    "health": ["Một cơ sở y tế tại {p}.", "Bệnh nhân điều trị tại một bệnh viện ở {p}."],
    "biz": ["Một góc {p} nhìn từ trên cao.", "Quang cảnh khu vực {p}."],
    "env": ["Quang cảnh khu vực {p}.", "Lực lượng chức năng kiểm tra thực địa tại {p}."],
    "world": ["Quang cảnh tại {p}."],
    "sport": ["Sân vận động tại {p}."],
    "soc": ["Một góc {p}.", "Toàn cảnh {p} nhìn từ trên cao.", "Quang cảnh {p} hôm nay."],
}
OFFICIAL = ("Chủ tịch", "Giám đốc", "Phó", "Bí thư", "Trưởng", "Bộ trưởng", "Thứ trưởng",
            "Đại diện", "Tổng", "Hiệu trưởng", "Viện trưởng", "Chánh", "Đại tá", "Thượng tá",
            "Trung tá", "Thiếu tá", "Đại biểu", "Uỷ viên", "Ủy viên", "Chi cục", "Sở")


SEC_RES = {k: re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in v) + r")(?!\w)")
           for k, v in SECTIONS.items()}


INCIDENT = ("tai nạn", "lao xuống", "tông", "lật", "va chạm", "tử vong", "cháy", "chết",
            "thương vong", "phát nổ", "sập", "đuối nước", "gặp nạn", "thiệt mạng")


def classify(title, text):
    """Section from the headline (weighted) and the lead; 'soc' when unsure."""
    best, score = "soc", 0
    for sec, rx in SEC_RES.items():
        sc = 3 * len(rx.findall(title)) + len(rx.findall(text))
        if sc > score:
            best, score = sec, sc
    return best if score >= 4 else "soc"


PLACE_RE = re.compile(r"(?<!\w)(tỉnh|TP\.?|thành phố|huyện|quận|thị xã|xã|phường)\s+"
                      r"((?:[^\s,.;:()\"“”]+\s*){1,5})")
PERSON_RE = re.compile(r"(?<!\w)(ông|bà)\s+((?:[^\s,.;:()\"“”]+\s*){2,5})")


def _cap_tokens(chunk, lo, hi):
    """The whole run of capitalised words, or None when it is shorter than lo or
    longer than hi (a longer run usually runs on into a person's name)."""
    toks = []
    for t in chunk.split():
        if t[:1].isupper() and t.isalpha():
            toks.append(t)
        else:
            break
    return toks if lo <= len(toks) <= hi else None


def extract_places(art):
    out = []
    for m in PLACE_RE.finditer(art[:3000]):
        toks = _cap_tokens(m.group(2), 1, 3)
        if toks:
            kind = m.group(1).rstrip(".")
            p = kind + " " + " ".join(toks)
            if p not in out:
                out.append(p)
    return out


def extract_people(art):
    out = []
    for m in PERSON_RE.finditer(art[:3000]):
        toks = _cap_tokens(m.group(2), 2, 4)
        if not toks:
            continue
        name = " ".join(toks)
        pre = art[max(0, m.start() - 70):m.start()]
        off = any(o in pre for o in OFFICIAL)
        if name not in [p[1] for p in out]:
            out.append((m.group(1), name, off))
    return out


# ---------------------------------------------------------------------------
# page context


class Ctx:
    def __init__(self, row, title, art, sents, related_pool, layout):
        self.row = row
        self.r = rng(row, "layout")
        self.title = title
        self.sents = sents
        self.sent_norms = {norm(s) for s in sents}
        self.title_n = norm(title)
        ro = rng(row, "outlet")
        self.outlet, self.domain = ro.choice(OUTLETS)
        others = [o for o in OUTLETS if o[0] != self.outlet]
        self.other_outlets = others
        ra = rng(row, "author")
        self.author = f"{ra.choice(SURN)} {ra.choice(MIDN)} {ra.choice(GIVN)}"
        self.author2 = f"{ra.choice(SURN)} {ra.choice(MIDN)} {ra.choice(GIVN)}"
        self.photog = f"{ra.choice(SURN)} {ra.choice(GIVN)}"
        self.translator = f"{ra.choice(SURN)} {ra.choice(MIDN)} {ra.choice(GIVN)}"
        rd = rng(row, "date")
        base = datetime(2016, 1, 1) + timedelta(days=rd.randrange(0, 1460))
        self.date = base.replace(hour=rd.randint(6, 22), minute=rd.randint(0, 59))
        self.sec = classify(title, art[:1500])
        self.art = art
        self.places = extract_places(art)
        self.incident = any(w in title.lower() for w in INCIDENT)
        self.people = extract_people(art)
        self.words = sum(len(s.split()) for s in sents)
        self.layout = layout
        # related: a shuffled copy of the pool, minus anything clashing with this page
        rr = rng(row, "related")
        pool = []
        for (rrow, rt, ra_) in related_pool:
            t = detok(rt)
            if not t or norm(t) == self.title_n or norm(t) in self.sent_norms:
                continue
            a = detok(ra_)
            if self.sents and norm(self.sents[0])[:60] in norm(a):
                continue
            pool.append((rrow, t, a))
        rr.shuffle(pool)
        self.rel_pool = pool
        self.rr = rr
        self._caps = None
        self.rc = rng(row, "captions")

    # related items ---------------------------------------------------------
    def related(self, n):
        out = []
        while self.rel_pool and len(out) < n:
            out.append(self.rel_pool.pop())
        return out

    def teaser(self, art, lo=16, hi=30):
        words = art.split()
        n = self.rr.randint(lo, hi)
        if len(words) <= n:
            t = " ".join(words)
        else:
            t = " ".join(words[:n]).rstrip(",.;:-–") + "…"
        return t

    def rel_outlet(self):
        return self.rr.choice(self.other_outlets + [(self.outlet, self.domain)])[0]

    # captions ----------------------------------------------------------------
    def caption(self):
        if self._caps is None:
            c = []
            if self.people:
                # the person named most often is the story's main figure
                hon, name, off = max(self.people, key=lambda x: self.art.count(x[1].split()[-1]))
                c.append(f"{hon.capitalize()} {name}.")
                if off:
                    c.append(f"{hon.capitalize()} {name} trao đổi với báo chí.")
            for p in self.places[:3]:
                for tpl in PLACE_CAPS[self.sec]:
                    c.append(tpl.format(p=p))
            c += SCENES[self.sec]
            if self.incident:
                for p in self.places[:2]:
                    c.append(f"Hiện trường vụ việc tại {p}.")
                c.append("Hiện trường vụ việc.")
            c = [x for x in c if norm(x) not in self.sent_norms and norm(x) != self.title_n]
            self.rc.shuffle(c)
            # story-based captions first where there are any
            c.sort(key=lambda x: 0 if any(p in x for p in self.places[:3]) or
                   any(nm in x for _h, nm, _o in self.people[:3]) else 1)
            self._caps = c
        if self._caps:
            return self._caps.pop(0)
        return "Ảnh minh hoạ"

    # small widgets -------------------------------------------------------------
    def count(self, lo=20, hi=99999, style="k"):
        v = self.r.randint(lo, hi)
        if style == "k" and v >= 1000:
            s = f"{v / 1000:.1f}".rstrip("0").rstrip(".")
            return s.replace(".", ",") + "K"
        if style == "en" and v >= 1000:
            s = f"{v / 1000:.1f}".rstrip("0").rstrip(".")
            return s + "K"
        if style == "dot":
            return f"{v:,}".replace(",", ".")
        return str(v)

    def reltime(self, en=False):
        h = self.r.randint(1, 23)
        if self.r.random() < 0.3:
            m = self.r.randint(5, 55)
            return f"{m}m ago" if en else f"{m} phút trước"
        return f"{h}h ago" if en else f"{h} giờ trước"

    def weather(self, en=False, city=None):
        cc = [x for x in CITIES if x[0] == city] or CITIES
        city, lo, hi = self.r.choice(cc)
        t = self.r.randint(lo, hi)
        cond = self.r.randrange(len(COND_VI))
        if en:
            return f"{city} {t}°C {COND_EN[cond]}"
        return f"{city} {t}°C · {COND_VI[cond]}"

    def market(self):
        v = self.r.uniform(560, 1200)
        d = self.r.uniform(-18, 18)
        arrow = "▲" if d >= 0 else "▼"
        pct = abs(d) / v * 100

        def vn(x):  # Vietnamese number format: 1.012,34
            return f"{x:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")
        return f"VN-Index {vn(v)} {arrow} {vn(abs(d))} ({vn(pct)}%)"

    def fx(self):
        usd = self.r.randint(22100, 23350)
        return f"USD/VND {usd:,}".replace(",", ".") + f" · EUR/VND {self.r.randint(25100, 27900):,}".replace(",", ".")

    def minutes(self):
        return max(1, round(self.words / 200))

    def pull_quote(self):
        for s in self.sents:
            m = re.search(r'"([^"]{40,220})"', s)
            if m:
                q = m.group(1).strip().rstrip(",")
                if len(q.split()) >= 8 and norm(q) not in self.sent_norms:
                    return "“" + q + "”"
        return None

    def tags(self):
        t = [p.split(" ", 1)[1] if p.split(" ", 1)[0] in ("tỉnh", "huyện", "quận")
             else p for p in self.places[:3]]
        t.append(SEC_VI[self.sec])
        out = []
        for x in t:
            if x not in out:
                out.append(x)
        return out

    # dates -----------------------------------------------------------------------
    def d_vi_slash(self, pad=True, time=True, sep=" "):
        d = self.date
        ds = f"{d.day:02d}/{d.month:02d}/{d.year}" if pad else f"{d.day}/{d.month}/{d.year}"
        return ds + (f"{sep}{d.hour:02d}:{d.minute:02d}" if time else "")


# ---------------------------------------------------------------------------
# page builder


class Builder:
    def __init__(self, c):
        self.c = c
        self.rows = []
        self.unl_used = set()

    def _safe(self, line):
        k = norm(line)
        return bool(k) and k not in self.c.sent_norms

    def add(self, kind, line):
        line = line.strip()
        if not line or not self._safe(line):
            return False
        if kind == "related" and norm(line) == self.c.title_n:
            return False
        self.rows.append([kind, line])
        return True

    def w(self, line):
        return self.add("widget", line)

    def by(self, line):
        return self.add("byline", line)

    def cr(self, line):
        return self.add("credit", line)

    def cap(self, line):
        return self.add("caption", line)

    def rel(self, line):
        return self.add("related", line)

    def unl(self, which, line):
        if which in self.unl_used:
            return self.w(line)
        self.unl_used.add(which)
        self.rows.append(["unl", line.strip()])
        return True

    def title(self):
        self.unl("title", self.c.title)

    def date(self, s):
        self.unl("date", s)

    def site(self, s):
        self.unl("site", s)

    def body(self, paras, hooks=None):
        hooks = hooks or {}
        for i, p in enumerate(paras):
            self.rows.append(["body", list(p)])
            for f in hooks.get(i, []):
                f()


def spots(npara, k, r, first=0):
    """k distinct paragraph indices (after which to insert), inside the story."""
    cand = list(range(first, max(first, npara - 1)))
    r.shuffle(cand)
    return sorted(cand[:k])


def hooks_from(pairs):
    h = {}
    for i, f in pairs:
        h.setdefault(i, []).append(f)
    return h


# ---------------------------------------------------------------------------
# the 20 layouts (invented platforms)


def L_nexora(b, c, paras):
    """MSN-like start portal, English chrome, provider block under the title."""
    r = c.r
    b.site("Nexora")
    b.w("Sign in")
    b.w("Home · News · Vietnam · World · Money · Sports · Weather · Play")
    b.w(c.weather(en=True))
    if r.random() < 0.5:
        b.w("We use cookies to improve your experience and show you personalised ads. "
            "You can change your choices at any time in Privacy settings.")
        b.w("Accept all · Manage preferences")
    b.title()
    b.w(c.outlet)
    b.w("Follow")
    b.by("Story by " + c.author)
    d = c.date
    b.date(f"{EN_MON[d.month - 1][:3]} {d.day}, {d.year}")
    b.w(f"{c.minutes()} min read")
    b.cap(c.caption() + " © Provided by " + c.outlet)
    ins = spots(len(paras), 2, r, first=1)
    pairs = [(i, lambda: b.w("Advertisement")) for i in ins]
    if len(paras) > 4:
        mid = len(paras) // 2
        pairs.append((mid, lambda: b.cap(c.caption() + " © " + c.outlet)))
    b.body(paras, hooks_from(pairs))
    b.w(f"Like · {c.count(5, 3000, 'en')} · Comment · Share")
    b.w("Feedback")
    items = c.related(r.randint(3, 5))
    if items:
        b.w("More for You")
        for _, t, _a in items:
            b.rel(t)
            b.w(f"{c.rel_outlet()} · {c.reltime(en=True)}")
    b.w(f"© {d.year} Nexora")
    b.w("Privacy & Cookies · Terms of use · Advertise · Help")


def L_yeppo(b, c, paras):
    """Yahoo-like Vietnamese edition; signature at the end, headline+teaser pairs."""
    r = c.r
    b.site("Yeppo! Tin tức")
    b.w("Đăng nhập · Thư")
    b.w("Trang chủ · Tin tức · Tài chính · Thể thao · Giải trí · Phong cách · Video")
    b.title()
    b.w(c.outlet)
    d = c.date
    ampm = "SA" if d.hour < 12 else "CH"
    h12 = d.hour if d.hour <= 12 else d.hour - 12
    b.date(f"{VN_WD[d.weekday()]}, {d.day} tháng {d.month}, {d.year} {h12}:{d.minute:02d} {ampm}")
    b.w(f"Đọc trong {c.minutes()} phút")
    b.w("Facebook · Twitter · Email")
    pairs = []
    ins = spots(len(paras), 3, r)
    if ins:
        pairs.append((ins[0], lambda: b.cap(f"{c.caption()} (Ảnh: {c.outlet})")))
    if len(ins) > 1:
        pairs.append((ins[1], lambda: b.w("Quảng cáo")))
    if len(ins) > 2:
        it = c.related(1)
        if it:
            pairs.append((ins[2], lambda: b.rel("Xem thêm: " + it[0][1])))
    b.body(paras, hooks_from(pairs))
    short = " ".join(c.author.split()[-2:])
    b.by(short)
    b.w("Xem bình luận")
    items = c.related(r.randint(2, 4))
    if items:
        b.w("Câu chuyện tiếp theo")
        for _, t, a in items:
            b.rel(t)
            b.rel(c.teaser(a))
    b.w("Điều khoản · Quyền riêng tư · Trung tâm quyền riêng tư · Giới thiệu về quảng cáo")


def L_luma(b, c, paras):
    """LINE Today-like; provider block with followers above the title, reactions."""
    r = c.r
    b.site("LUMA TODAY")
    b.w("Trang chủ · Tin tức · Giải trí · Thể thao · Đời sống · Video")
    b.w(c.outlet)
    b.w(f"{c.count(2000, 900000)} người theo dõi")
    b.w("+ Theo dõi")
    b.title()
    b.date(c.d_vi_slash())
    pairs = []
    ins = spots(len(paras), 2, r)
    for i in ins:
        def img():
            b.cap(c.caption())
            b.cr("Ảnh: " + (c.outlet if r.random() < 0.5 else c.photog))
        pairs.append((i, img))
    b.body(paras, hooks_from(pairs))
    b.w("Xem bài viết gốc")
    b.w(f"Thích {c.count(10, 5000, 'dot')} · Vui {c.count(0, 300, 'dot')} · "
        f"Ngạc nhiên {c.count(0, 300, 'dot')} · Buồn {c.count(0, 900, 'dot')} · "
        f"Phẫn nộ {c.count(0, 200, 'dot')}")
    b.w(f"Bình luận ({c.count(0, 400, 'plain')})")
    items = c.related(r.randint(2, 3))
    if items:
        b.w("Tin liên quan")
        for _, t, _a in items:
            b.rel(t)
            b.w(c.rel_outlet())
    items = c.related(r.randint(3, 5))
    if items:
        b.w("Đang thịnh hành")
        for k, (_, t, _a) in enumerate(items, 1):
            b.rel(f"#{k} {t}")


def L_flipstack(b, c, paras):
    """Flipboard-like magazine view; reader text, curator block, headline+teaser."""
    r = c.r
    b.site("Flipstack")
    b.w("Sign up · Log in")
    mag = r.choice(["Vietnam Today", "Tin Việt mỗi ngày", "Asia Headlines", "Vietnam Watch"])
    b.w(f"Flipped into {mag}")
    b.w(f"{mag} · {c.count(800, 90000, 'en')} followers")
    b.w(c.domain)
    b.title()
    if r.random() < 0.7:
        b.by("By " + c.author)
    d = c.date
    b.date(f"{EN_MON[d.month - 1]} {d.day}, {d.year}")
    if len(paras) > 3 and r.random() < 0.6:
        b.body(paras[:2])
        b.cap(c.caption())
        b.body(paras[2:])
    else:
        b.body(paras)
    b.w(f"Read the full story at {c.domain}")
    b.w(f"Flip · {c.count(1, 900, 'plain')} Likes · Comment")
    items = c.related(r.randint(2, 4))
    if items:
        b.w(f"More from {mag}")
        for _, t, a in items:
            b.rel(t)
            b.rel(c.teaser(a, 12, 22))
    b.w("About · Blog · Careers · Publishers · Terms · Privacy")


def L_tinnhanh360(b, c, paras):
    """News-app web view; app banner on top, ALL CAPS signature, dated related list."""
    r = c.r
    b.w("Mở ứng dụng Tin Nhanh 360 để đọc tin nhanh hơn")
    b.w("Mở app")
    b.site("Tin Nhanh 360")
    b.w(SEC_VI[c.sec])
    b.title()
    b.w(f"{c.outlet} · {c.reltime()}")
    d = c.date
    b.date(f"{d.hour:02d}:{d.minute:02d} - {d.day:02d}/{d.month:02d}/{d.year}")
    pairs = []
    ins = spots(len(paras), 2, r)
    if ins:
        pairs.append((ins[0], lambda: b.cap("Ảnh minh hoạ")))
    if len(ins) > 1:
        def ad():
            b.w("Sponsored")
            b.w(r.choice(ADS_VI))
        pairs.append((ins[1], ad))
    b.body(paras, hooks_from(pairs))
    b.by(c.author.upper())
    b.cr("Nguồn: " + c.outlet)
    b.w("Chia sẻ · Lưu tin")
    items = c.related(r.randint(3, 5))
    if items:
        b.w("Bạn có thể thích")
        for _, t, _a in items:
            dd = d - timedelta(days=r.randint(0, 6))
            b.rel(f"{dd.day:02d}/{dd.month:02d} · {t}")
    b.w(f"Bình luận ({c.count(0, 90, 'plain')})")
    b.w("Viết bình luận của bạn...")


def L_orbit(b, c, paras):
    """Webmail start page news; market+weather widgets, 'Nguồn' credit up top."""
    r = c.r
    b.site("Orbit")
    b.w("Mail · Lịch · Drive · Ảnh · Tin tức")
    b.w(c.weather())
    b.w(c.market())
    if r.random() < 0.5:
        b.w(c.fx())
    b.w("Tin tức hôm nay")
    b.title()
    b.cr("Nguồn: " + c.outlet)
    d = c.date
    b.date(f"{VN_WD[d.weekday()]}, {d.day}/{d.month}/{d.year}")
    pairs = []
    ins = spots(len(paras), 2, r)
    for i in ins:
        pairs.append((i, lambda: b.cap(f"{c.caption()} Ảnh: {c.photog}")))
    b.body(paras, hooks_from(pairs))
    b.w(f"Xem bài gốc trên {c.outlet}")
    items = c.related(r.randint(4, 6))
    if items:
        b.w("Top stories")
        for k, (_, t, _a) in enumerate(items, 1):
            b.rel(f"{k}. {t}")
    b.w(f"© {d.year} Orbit Corporation · Quyền riêng tư · Điều khoản · Phản hồi")


def L_seadaily(b, c, paras):
    """Regional English portal; republished notice, translated-by line, read-also."""
    r = c.r
    b.site("SEA Daily Wire")
    b.w("Vietnam · Thailand · Indonesia · Philippines · Malaysia · Myanmar")
    b.w("Tiếng Việt | English")
    if r.random() < 0.6:
        b.w("This website uses cookies. By continuing to browse you agree to our Cookie Policy.")
        b.w("OK, got it")
    b.w("VIETNAM")
    b.title()
    b.by(f"By {c.author}, {c.outlet}")
    d = c.date
    b.date(f"Published: {d.day} {EN_MON[d.month - 1]} {d.year}, {d.hour:02d}:{d.minute:02d} GMT+7")
    b.w(f"This article first appeared in {c.outlet} and is republished under a "
        f"content-sharing agreement.")
    pairs = []
    ins = spots(len(paras), 3, r)
    if ins:
        pairs.append((ins[0], lambda: b.cap(f"{c.caption()} — Photo: {c.outlet}")))
    if len(ins) > 1:
        it = c.related(1)
        if it:
            pairs.append((ins[1], lambda: b.rel("Read also: " + it[0][1])))
    if len(ins) > 2:
        q = c.pull_quote()
        if q:
            pairs.append((ins[2], lambda: b.w(q)))
    b.body(paras, hooks_from(pairs))
    b.by("Translated and edited by " + c.translator)
    b.w("Topics: " + ", ".join(c.tags()))
    items = c.related(r.randint(3, 4))
    if items:
        b.w("Related")
        for _, t, _a in items:
            b.rel(t)
    b.w(f"© {d.year} SEA Daily Wire. All rights reserved.")


def L_opal(b, c, paras):
    """Mobile-browser news feed; follower block, disclaimer, comments, reactions."""
    r = c.r
    b.site("Opal News")
    b.w("Dành cho bạn · Tin nóng · Video · Bóng đá · Giải trí")
    b.w(c.outlet)
    b.w(f"{c.count(5000, 900000)} người theo dõi")
    b.w("+ Theo dõi")
    b.title()
    d = c.date
    b.date(f"{d.day:02d}-{d.month:02d}-{d.year} {d.hour:02d}:{d.minute:02d}")
    pairs = []
    ins = spots(len(paras), 3, r)
    if ins:
        pairs.append((ins[0], lambda: b.cap(c.caption())))
    if len(ins) > 1:
        def ad():
            b.w("Quảng cáo")
            b.w(r.choice(ADS_VI))
            b.w("Tìm hiểu thêm")
        pairs.append((ins[1], ad))
    if len(ins) > 2:
        pairs.append((ins[2], lambda: b.cap(c.caption())))
    b.body(paras, hooks_from(pairs))
    b.w(f"Tuyên bố miễn trừ trách nhiệm: Bài viết được đăng tải lại từ {c.outlet}, "
        f"không đại diện cho quan điểm của Opal News.")
    b.w(f"👍 {c.count(10, 3000, 'plain')} · 😢 {c.count(0, 400, 'plain')} · "
        f"😡 {c.count(0, 200, 'plain')}")
    n = r.randint(1, 3)
    b.w("Bình luận nổi bật")
    for u, t in zip(r.sample(USERS, n), r.sample(COMMENTS, n)):
        b.w(f"{u}: {t}")
    items = c.related(r.randint(3, 4))
    if items:
        b.w("Bạn có thể thích")
        for _, t, _a in items:
            b.rel(t)
            b.w(f"{c.rel_outlet()} · {c.reltime()}")
    b.site("Opal News")  # footer logo text repeats the site name: widget
    b.w("Tải ứng dụng · Điều khoản sử dụng · Chính sách bảo mật")


def L_hanbit(b, c, paras):
    """Korean portal's Vietnamese edition; ▲ captions, e-mail byline, ranking."""
    r = c.r
    b.site("Hanbit Global")
    b.w("한국어 | English | 中文 | Tiếng Việt")
    b.w(f"Tin Việt Nam > {SEC_VI[c.sec]}")
    b.title()
    d = c.date
    b.date(f"{d.year}.{d.month:02d}.{d.day:02d} {d.hour:02d}:{d.minute:02d}")
    up = d + timedelta(minutes=r.randint(20, 300))
    b.w(f"Sửa đổi {up.year}.{up.month:02d}.{up.day:02d} {up.hour:02d}:{up.minute:02d}")
    local = c.author.split()[-1].lower() + "." + c.author.split()[0].lower()
    local = unicodedata.normalize("NFD", local)
    local = "".join(ch for ch in local if not unicodedata.combining(ch)).replace("đ", "d")
    b.by(f"{c.author} ({local}@{c.domain})")
    b.w("Dịch tự động: 한국어 · English")
    pairs = []
    ins = spots(len(paras), 2, r)
    for i in ins:
        pairs.append((i, lambda: b.cap(f"▲ {c.caption()} (Ảnh={c.outlet})")))
    b.body(paras, hooks_from(pairs))
    b.w(f"Copyright © {c.outlet}. Nghiêm cấm sao chép, phân phối lại khi chưa được phép.")
    b.w(f"Đối tác nội dung: {c.outlet}")
    items = c.related(r.randint(4, 6))
    if items:
        b.w("Tin đọc nhiều nhất")
        for k, (_, t, _a) in enumerate(items, 1):
            b.rel(f"{k} {t}")
    b.w("Giới thiệu · Chính sách bảo mật · Liên hệ: vietdesk@hanbit-global.kr")


def L_vietglobe(b, c, paras):
    """Diaspora aggregator (US); 'Theo' byline under the title, bulleted Xem thêm."""
    r = c.r
    b.site("VietGlobe")
    b.w("Home | Vietnam | USA | World | Business | Entertainment | Video")
    b.w(f"{r.choice(['Westminster, CA', 'San Jose, CA', 'Houston, TX', 'Falls Church, VA'])} "
        f"{r.randint(48, 95)}°F")
    b.w("Tin Việt Nam")
    b.title()
    b.by("Theo " + c.outlet)
    d = c.date
    b.date(f"{EN_WD[d.weekday()]}, {EN_MON[d.month - 1]} {d.day}, {d.year}")
    b.w("Font size: A- A+ · Print · Email")
    if r.random() < 0.8:
        b.cap(c.caption())
        b.cr(f"(Hình: {c.outlet})")
    pairs = []
    for i in spots(len(paras), 2, r, first=1):
        pairs.append((i, lambda: b.w("Advertisement")))
    b.body(paras, hooks_from(pairs))
    items = c.related(r.randint(3, 5))
    if items:
        b.w("Xem thêm:")
        for _, t, _a in items:
            b.rel("• " + t)
    b.w(f"{c.count(0, 80, 'plain')} Comments")
    b.w("Sponsored")
    for ad in r.sample(ADS_EN, 2):
        b.w(ad)
    b.w(f"Copyright © 2009-{d.year} VietGlobe Media LLC")


def L_stashly(b, c, paras):
    """Read-later tool; clean reader text, captions with separate credit lines."""
    r = c.r
    b.site("Stashly")
    b.w("My List · Archive · Favorites · Highlights")
    if r.random() < 0.5:
        b.w("Log in to save stories and sync them across your devices.")
    b.title()
    b.w(c.domain)
    b.by("by " + c.author)
    d = c.date
    b.date(f"{EN_MON[d.month - 1]} {d.day}, {d.year}")
    b.w(f"{c.minutes()} min read")
    pairs = []
    for i in spots(len(paras), 2, r):
        def img():
            b.cap(c.caption())
            b.cr("Ảnh: " + c.photog)
        pairs.append((i, img))
    b.body(paras, hooks_from(pairs))
    b.w("View Original")
    b.title()  # the reader's compact top bar repeats the headline: widget
    b.w("Tags · Add tags")
    items = c.related(r.randint(2, 4))
    if items:
        b.w("Recommended")
        for _, t, a in items:
            o = r.choice(OUTLETS)[1]
            b.rel(f"{t} · {o} · {max(1, len(a.split()) // 40)} min")


def L_mobi8(b, c, paras):
    """Telecom portal; data-pack ad, » breadcrumb, source at the end, dated related."""
    r = c.r
    b.site("Mobi8 Portal")
    b.w("Đăng ký gói MAX90: 3GB/ngày, soạn MAX90 gửi 9089")
    b.w("Tin tức · Giải trí · Nhạc chờ · Game · Tiện ích")
    b.w(f"Trang chủ » Tin tức » {SEC_VI[c.sec]}")
    b.title()
    b.date(c.d_vi_slash(sep=" - "))
    pairs = []
    ins = spots(len(paras), 1, r)
    for i in ins:
        pairs.append((i, lambda: b.cap(c.caption())))
    b.body(paras, hooks_from(pairs))
    if r.random() < 0.5:
        b.by(" ".join(c.author.split()[-2:]))
    b.cr(f"({c.outlet})" if r.random() < 0.5 else "Nguồn: " + c.outlet)
    items = c.related(r.randint(4, 6))
    if items:
        b.w("Tin cùng chuyên mục")
        for _, t, _a in items:
            dd = c.date - timedelta(days=r.randint(0, 5))
            b.rel(f"{t} ({dd.day:02d}/{dd.month:02d})")
    b.w("Tổng đài hỗ trợ: 1800 8089 (miễn phí)")
    b.w("© Mobi8 Telecom. Giấy phép số 215/GP-TTĐT.")


def L_upnow(b, c, paras):
    """Phone-maker news app (upday-like); badge, 'continue on', headline+teaser."""
    r = c.r
    b.site("upnow")
    b.w("Tin tức · Của tôi · Video")
    b.w("Top news")
    b.w(c.outlet)
    b.title()
    d = c.date
    b.date(f"{d.day:02d}/{d.month:02d}/{d.year}, {d.hour:02d}:{d.minute:02d}")
    pairs = []
    ins = spots(len(paras), 2, r)
    if ins:
        it = c.related(1)
        if it:
            pairs.append((ins[0], lambda: b.rel("Related: " + it[0][1])))
    if len(ins) > 1:
        pairs.append((ins[1], lambda: b.cap(c.caption())))
    b.body(paras, hooks_from(pairs))
    b.w(f"Tiếp tục đọc trên {c.outlet}")
    b.w("Share · Save")
    items = c.related(r.randint(2, 3))
    if items:
        b.w("More news")
        for _, t, a in items:
            b.rel(t)
            b.rel(c.teaser(a, 14, 24))
    b.w("Cài đặt · Phản hồi · Điều khoản")


def L_chatto(b, c, paras):
    """Messaging app news tab (official-account model); reactions, 'send to friends'."""
    r = c.r
    b.site("Chatto")
    b.w("Tin tức · Khám phá")
    b.w(c.outlet)
    b.w(f"Official Account · {c.count(10000, 2000000, 'dot')} người quan tâm")
    b.w("Quan tâm")
    b.title()
    d = c.date
    b.date(f"{d.hour:02d}:{d.minute:02d}, {d.day:02d}/{d.month:02d}/{d.year}")
    pairs = []
    for i in spots(len(paras), 2, r):
        pairs.append((i, lambda: b.cap(c.caption())))
    b.body(paras, hooks_from(pairs))
    b.by("Theo " + c.outlet)
    b.w(f"❤️ {c.count(20, 9000)} · 💬 {c.count(0, 500, 'plain')} · ↪ {c.count(0, 300, 'plain')}")
    b.w("Gửi cho bạn bè · Chia sẻ lên Nhật ký")
    items = c.related(r.randint(2, 4))
    if items:
        b.w(f"Bài viết khác từ {c.outlet}")
        for _, t, _a in items:
            b.rel(t)


def L_anp(b, c, paras):
    """B2B syndication partner portal; labelled metadata fields, bulleted partner list."""
    r = c.r
    b.site("Asia Newsroom Partners")
    b.w("Partner content")
    b.w(f"Syndicated from {c.outlet} (Vietnam)")
    b.w("Original language: Vietnamese")
    if r.random() < 0.5:
        b.w("We use essential cookies only. Read our privacy notice.")
    b.title()
    b.by("Author: " + c.author)
    d = c.date
    b.date(f"Date: {d.year}-{d.month:02d}-{d.day:02d}")
    b.w(f"Section: {SEC_EN[c.sec]}")
    if len(paras) > 2:
        b.body(paras[:1])
        b.cap("Photo caption: " + c.caption())
        b.cr("Photo credit: " + c.outlet)
        b.body(paras[1:])
    else:
        b.body(paras)
    b.w(f"© {c.outlet} {d.year}. Republished with permission. All rights reserved.")
    if r.random() < 0.7:
        b.w("About the author")
        b.by(c.author)
        yrs = r.randint(3, 15)
        b.by(f"Reporter at {c.outlet}, covering {SEC_EN[c.sec].lower()} for {yrs} years.")
    b.w("Contact: partners@asia-newsroom-partners.net")
    items = c.related(r.randint(3, 5))
    if items:
        b.w("Other stories from Vietnamese partners")
        for _, t, _a in items:
            b.rel(f"• {t} ({c.rel_outlet()})")


def L_newsbee(b, c, paras):
    """Local news app; 'Bài và ảnh' byline, update stamp, trending + recommended."""
    r = c.r
    b.site("NewsBee")
    city = r.choice(CITIES)[0]
    b.w(f"Gần bạn · {city}")
    b.w(c.weather(city=city))
    b.w("Tin địa phương")
    b.title()
    b.by("Bài và ảnh: " + c.author)
    b.date(c.d_vi_slash(time=False))
    up = c.date + timedelta(minutes=r.randint(30, 400))
    b.w(f"Cập nhật lúc {up.hour:02d}:{up.minute:02d}")
    b.cap(c.caption())
    pairs = []
    for i in spots(len(paras), 1, r, first=1):
        pairs.append((i, lambda: b.cap(c.caption())))
    b.body(paras, hooks_from(pairs))
    b.w(f"Đọc bài gốc tại {c.outlet}")
    items = c.related(r.randint(2, 3))
    if items:
        b.w("Trending")
        for _, t, _a in items:
            b.rel("🔥 " + t)
    items = c.related(r.randint(2, 3))
    if items:
        b.w("Recommended for you")
        for _, t, _a in items:
            b.rel(t)
            b.w(f"{c.rel_outlet()} · {c.reltime()}")


def L_pulse(b, c, paras):
    """Apple-News-like reader; plain author name, pull quote, 'More from' outlet."""
    r = c.r
    b.site("Pulse News")
    b.w("Today · News+ · Following")
    b.w(c.outlet)
    b.title()
    b.by(c.author)
    d = c.date
    h12 = d.hour % 12 or 12
    b.date(f"{EN_MON[d.month - 1][:3]} {d.day}, {d.year} at {h12}:{d.minute:02d} "
           f"{'AM' if d.hour < 12 else 'PM'}")
    pairs = []
    ins = spots(len(paras), 2, r)
    if ins:
        pairs.append((ins[0], lambda: b.cap(c.caption())))
    if len(ins) > 1:
        q = c.pull_quote()
        if q:
            pairs.append((ins[1], lambda: b.w(q)))
    b.body(paras, hooks_from(pairs))
    items = c.related(2)
    if items:
        b.w(f"More from {c.outlet}")
        for _, t, _a in items:
            b.rel(t)
    items = c.related(r.randint(2, 3))
    if items:
        b.w("Stories you might like")
        for _, t, _a in items:
            b.rel(t)
            b.w(c.rel_outlet())
    b.w("Report a Concern")
    b.w("Suggest More · Suggest Less")


def L_zenpo(b, c, paras):
    """Japanese portal for Vietnamese residents; date first, JPY rate, numbered list."""
    r = c.r
    b.site("Zenpo Nippon Tiếng Việt")
    b.w("ニュース | Tiếng Việt | English")
    b.w("Tin Việt Nam")
    d = c.date
    b.date(f"{d.year}年{d.month}月{d.day}日 {d.hour:02d}:{d.minute:02d}")
    b.title()
    b.cr("Nguồn: " + c.outlet)
    pairs = []
    for i in spots(len(paras), 1, r):
        def img():
            b.cap(c.caption())
            b.cr(f"(Ảnh: {c.outlet})")
        pairs.append((i, img))
    b.body(paras, hooks_from(pairs))
    b.w(f"Tỷ giá hôm nay: 1 JPY = {r.randint(195, 215)},{r.randint(10, 99)} VND")
    items = c.related(r.randint(3, 5))
    if items:
        b.w("Tin đọc nhiều")
        for k, (_, t, _a) in enumerate(items, 1):
            b.rel(f"{k}. {t}")
    b.w("Đăng ký nhận bản tin qua email")
    b.w("© Zenpo Media Inc. 東京都新宿区")


def L_vista(b, c, paras):
    """Browser start page feed; search box, follow, feedback thumbs, headline–teaser."""
    r = c.r
    b.site("Vista Start")
    b.w("Tìm kiếm trên web")
    b.w(c.weather())
    b.w("Tin tức cho bạn")
    b.w(c.outlet)
    b.w("Theo dõi")
    b.title()
    b.date(c.d_vi_slash(time=False))
    b.w(c.reltime())
    b.cap(f"{c.caption()} (Nguồn: {c.outlet})")
    pairs = []
    for i in spots(len(paras), 1, r):
        pairs.append((i, lambda: b.w("Quảng cáo")))
    b.body(paras, hooks_from(pairs))
    b.w("Bạn thấy tin này thế nào? 👍 👎")
    b.w("Báo cáo vi phạm · Ẩn tin từ nguồn này")
    items = c.related(r.randint(2, 4))
    if items:
        b.w("Tin tương tự")
        for _, t, a in items:
            b.rel(f"{t} – {c.teaser(a, 10, 18)}")


def L_gvportal(b, c, paras):
    """Video-first portal; player and video credit over the title, playlist related."""
    r = c.r
    b.site("GV Portal")
    b.w("Video · Tin tức · Live · Podcast")
    b.w(f"▶ {r.randint(0, 4):02d}:{r.randint(5, 59):02d}")
    b.cr("Video: " + c.outlet)
    b.title()
    b.date(c.d_vi_slash(pad=False))
    b.by("Theo " + c.outlet)
    b.w("Tự động phát")
    pairs = []
    ins = spots(len(paras), 1, r)
    if ins:
        it = c.related(r.randint(2, 3))
        if len(it) >= 2:
            line = "Xem thêm: " + " | ".join(x[1] for x in it)
            pairs.append((ins[0], lambda: b.rel(line)))
    b.body(paras, hooks_from(pairs))
    b.w(f"{c.count(100, 90000, 'dot')} lượt xem")
    items = c.related(r.randint(3, 5))
    if items:
        b.w("Video liên quan")
        for _, t, _a in items:
            b.rel(f"{t} ({r.randint(0, 5):02d}:{r.randint(5, 59):02d})")
    b.w("Sponsored · " + r.choice(ADS_VI))


LAYOUTS = [
    ("nexora", L_nexora, (1, 3)),
    ("yeppo", L_yeppo, (2, 3)),
    ("luma", L_luma, (1, 2)),
    ("flipstack", L_flipstack, (2, 4)),
    ("tinnhanh360", L_tinnhanh360, (1, 2)),
    ("orbit", L_orbit, (2, 3)),
    ("seadaily", L_seadaily, (2, 3)),
    ("opal", L_opal, (1, 2)),
    ("hanbit", L_hanbit, (1, 2)),
    ("vietglobe", L_vietglobe, (3, 4)),
    ("stashly", L_stashly, (2, 4)),
    ("mobi8", L_mobi8, (1, 3)),
    ("upnow", L_upnow, (1, 3)),
    ("chatto", L_chatto, (1, 2)),
    ("anp", L_anp, (2, 4)),
    ("newsbee", L_newsbee, (1, 3)),
    ("pulse", L_pulse, (2, 3)),
    ("zenpo", L_zenpo, (1, 3)),
    ("vista", L_vista, (1, 3)),
    ("gvportal", L_gvportal, (2, 3)),
]

# ---------------------------------------------------------------------------
# faults

FAULTS = ("nbsp", "zwsp", "dblspace", "glue", "nfd")


def group(sents, r, lo, hi):
    paras, i = [], 0
    while i < len(sents):
        n = r.randint(lo, hi)
        paras.append(sents[i:i + n])
        i += n
    return paras


def glue(paras, r):
    cands = []
    for pi, p in enumerate(paras):
        for si in range(len(p) - 1):
            if p[si].endswith(".") and not p[si].endswith("..") and p[si + 1][:1].isupper():
                cands.append((pi, si))
    if not cands:
        return False
    pi, si = r.choice(cands)
    p = paras[pi]
    paras[pi] = p[:si] + [p[si] + p[si + 1]] + p[si + 2:]
    return True


def _spaces(s):
    return [i for i, ch in enumerate(s) if ch == " " and 0 < i < len(s) - 1]


def fault_lines(rows, r, kind):
    targets = []
    for ri, row in enumerate(rows):
        if row[0] == "body":
            for j in range(len(row[1])):
                targets.append((ri, j))
        elif row[0] != "unl":
            targets.append((ri, None))
    if not targets:
        return

    def get(t):
        ri, j = t
        return rows[ri][1][j] if j is not None else rows[ri][1]

    def put(t, v):
        ri, j = t
        if j is not None:
            rows[ri][1][j] = v
        else:
            rows[ri][1] = v

    if kind == "nbsp":
        k = max(1, int(len(targets) * r.uniform(0.2, 0.45)))
        for t in r.sample(targets, min(k, len(targets))):
            s = get(t)
            sp = _spaces(s)
            for i in r.sample(sp, min(len(sp), r.randint(1, 3))):
                s = s[:i] + "\u00a0" + s[i + 1:]
            put(t, s)
    elif kind == "zwsp":
        for t in r.sample(targets, min(len(targets), r.randint(2, 4))):
            s = get(t)
            pos = [m.start() + r.randint(1, len(m.group()) - 1)
                   for m in re.finditer(r"[^\W\d_]{4,}", s)]
            if pos:
                i = r.choice(pos)
                put(t, s[:i] + "\u200b" + s[i:])
    elif kind == "dblspace":
        for t in r.sample(targets, min(len(targets), r.randint(1, 3))):
            s = get(t)
            sp = _spaces(s)
            if sp:
                i = r.choice(sp)
                put(t, s[:i] + "  " + s[i + 1:])


# ---------------------------------------------------------------------------
# contract check (independent walk over the text)


def check_page(p, sentences=None):
    if not isinstance(p.text, str) or not p.text:
        raise ValueError("empty text")
    lines = p.text.split("\n")
    for ln in lines:
        if not ln or ln != ln.strip():
            raise ValueError(f"blank or unstripped line: {ln!r}")
    if not p.body:
        raise ValueError("no body")
    for it in p.body:
        if not it or it != it.strip() or "\n" in it:
            raise ValueError(f"bad body item {it!r}")
        if it not in p.text:
            raise ValueError(f"body item not in text: {it!r}")
    for k, ln in p.furniture:
        if k not in KINDS:
            raise ValueError(f"bad kind {k}")
    bi = fi = 0
    unl = []
    for ln in lines:
        if fi < len(p.furniture) and ln == p.furniture[fi][1]:
            fi += 1
            continue
        hit = False
        for n in range(1, 5):
            if bi + n <= len(p.body) and " ".join(p.body[bi:bi + n]) == ln:
                bi += n
                hit = True
                break
        if hit:
            continue
        unl.append(ln)
        if len(unl) > 3:
            raise ValueError(f"more than three unlabelled lines: {unl}")
    if bi != len(p.body) or fi != len(p.furniture):
        raise ValueError(f"walk did not use up labels: body {bi}/{len(p.body)} "
                         f"furniture {fi}/{len(p.furniture)}")
    bodyn = {norm(x) for x in p.body}
    if sentences:
        bodyn |= {norm(x) for x in sentences}
    for k, ln in p.furniture:
        if norm(ln) in bodyn:
            raise ValueError(f"furniture equals a body sentence: {ln!r}")
    unln = {norm(x) for x in unl}
    for ln in unl:
        if norm(ln) in bodyn:
            raise ValueError(f"unlabelled line equals a body sentence: {ln!r}")
    for k, ln in p.furniture:
        if k == "related" and norm(ln) in unln:
            raise ValueError(f"related line equals title/unlabelled line: {ln!r}")


# ---------------------------------------------------------------------------
# assembling pages


def build_page(k, row, title, article, related_pool):
    t, art, sents = story_sentences(title, article)
    if len(sents) < 3 or not t:
        return None, None
    name, fn, (lo, hi) = LAYOUTS[k % len(LAYOUTS)]
    rf = rng(row, "faults")
    faults = []
    if rf.random() < 0.27:
        faults = rf.sample(FAULTS, 2 if rf.random() < 0.3 else 1)
    paras = group(sents, rng(row, "paras"), lo, hi)
    if "glue" in faults and not glue(paras, rf):
        faults.remove("glue")
    c = Ctx(row, t, art, sents, related_pool, name)
    b = Builder(c)
    fn(b, c, paras)
    rows = b.rows
    for f in faults:
        if f in ("nbsp", "zwsp", "dblspace"):
            fault_lines(rows, rf, f)
    text_lines, body, furn = [], [], []
    for kind, pay in rows:
        if kind == "body":
            body.extend(pay)
            text_lines.append(" ".join(pay))
        elif kind == "unl":
            text_lines.append(pay)
        else:
            furn.append((kind, pay))
            text_lines.append(pay)
    text = "\n".join(text_lines)
    if "nfd" in faults:
        nf = lambda s: unicodedata.normalize("NFD", s)
        text = nf(text)
        body = [nf(x) for x in body]
        furn = [(kk, nf(x)) for kk, x in furn]
    page = Page(text, body, furn, name)
    check_page(page, sents)
    return page, faults


_LAST_FAULTS = []


def pages(path):
    body_rows, related_pool = read_rows(path)
    out = []
    _LAST_FAULTS.clear()
    for k, (row, title, article) in enumerate(body_rows):
        p, faults = build_page(k, row, title, article, related_pool)
        if p is not None:
            out.append(p)
            _LAST_FAULTS.append(faults)
    return out


def totals(ps, faults):
    names = [n for n, _, _ in LAYOUTS]
    cols = ["pages", "body"] + list(KINDS) + ["faults"]
    tab = {n: dict.fromkeys(cols, 0) for n in names}
    fk = dict.fromkeys(FAULTS, 0)
    for p, fl in zip(ps, faults):
        t = tab[p.layout]
        t["pages"] += 1
        t["body"] += len(p.body)
        for k, _ in p.furniture:
            t[k] += 1
        t["faults"] += len(fl)
        for f in fl:
            fk[f] += 1
    lines = [f"{'layout':<14}" + "".join(f"{c:>9}" for c in cols)]
    tot = dict.fromkeys(cols, 0)
    for n in names:
        lines.append(f"{n:<14}" + "".join(f"{tab[n][c]:>9}" for c in cols))
        for c in cols:
            tot[c] += tab[n][c]
    lines.append(f"{'TOTAL':<14}" + "".join(f"{tot[c]:>9}" for c in cols))
    lines.append("faults by kind: " + ", ".join(f"{f}={fk[f]}" for f in FAULTS)
                 + f"; pages with faults: {sum(1 for f in faults if f)}")
    return "\n".join(lines)


def main(argv):
    if len(argv) < 2:
        print("usage: python3 make.py vietnews_train.jsonl.gz", file=sys.stderr)
        return 2
    ps = pages(argv[1])
    print(totals(ps, _LAST_FAULTS))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
