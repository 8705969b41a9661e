#!/usr/bin/env python3
"""Held-out evaluation set `test75` for a cleaner of scraped Vietnamese news pages.

Theme: agriculture, rural life and regional economy (invented farm papers,
co-operative bulletins, provincial economy pages).

Usage:  python3 make.py /work/shared/data/vietnews_train.jsonl.gz
Python 3 standard library only.  See README.md for the labelling contract.
"""
import datetime
import gzip
import json
import random
import re
import sys
import unicodedata
from typing import List, NamedTuple, Tuple

SETNAME = "test75"
SEED = 7575
BODY_ROWS = range(19_600, 19_700)
RELATED_ROWS = range(14_700, 14_800)
RELATED_CUT = 1200
KINDS = ("byline", "credit", "caption", "related", "widget")
FAULTS = ("nbsp", "zwsp", "dspace", "glue", "nfd")


class Page(NamedTuple):
    text: str
    body: List[str]
    furniture: List[Tuple[str, str]]
    layout: str


def rng_for(row, purpose):
    return random.Random(f"{SETNAME}|{SEED}|{row}|{purpose}")


# ---------------------------------------------------------------------------
# reading
# ---------------------------------------------------------------------------

def _open(path):
    with open(path, "rb") as fh:
        magic = fh.read(2)
    if magic == b"\x1f\x8b":
        return gzip.open(path, "rb")
    return open(path, "rb")


def read_rows(path):
    """Stream the file once; return ({row: (title, article)}, {row: (title, article[:1200])})."""
    body, related = {}, {}
    last = max(BODY_ROWS.stop, RELATED_ROWS.stop) - 1
    with _open(path) as fh:
        for i, raw in enumerate(fh):
            if i > last:
                break
            in_body = i in BODY_ROWS
            in_rel = i in RELATED_ROWS
            if not (in_body or in_rel):
                continue
            if not raw.strip():
                continue
            try:
                obj = json.loads(raw.decode("utf-8"))
            except (ValueError, UnicodeDecodeError):
                continue
            if not isinstance(obj, dict):
                continue
            title, art = obj.get("title"), obj.get("article")
            if not isinstance(title, str) or not isinstance(art, str):
                continue
            if not title.strip() or not art.strip():
                continue
            if in_body:
                body[i] = (title, art)
            if in_rel:
                related[i] = (title, art[:RELATED_CUT])
            del obj
    return body, related


# ---------------------------------------------------------------------------
# story text
# ---------------------------------------------------------------------------

def _pair_quotes(s, q, standalone_only):
    if standalone_only:
        toks = s.split(" ")
        idx = [k for k, t in enumerate(toks) if t == q]
        for n, k in enumerate(idx):
            if n % 2 == 0 and k + 1 < len(toks):  # opener: glue to next token
                toks[k + 1] = q + toks[k + 1]
                toks[k] = ""
            elif n % 2 == 1 and k > 0:  # closer: glue to previous token
                toks[k - 1] = toks[k - 1] + q
                toks[k] = ""
        return " ".join(t for t in toks if t != "")
    parts = s.split(q)
    if len(parts) == 1:
        return s
    res = parts[0]
    for n, p in enumerate(parts[1:]):
        if n % 2 == 0:
            res = res + q + p.lstrip()
        else:
            res = res.rstrip() + q + p
    return res


def detok(s):
    s = unicodedata.normalize("NFC", s)
    s = s.replace("_", " ")
    s = re.sub(r"\s+", " ", s).strip()
    s = _pair_quotes(s, '"', False)
    s = _pair_quotes(s, "'", True)
    s = re.sub(r"([“‘])\s+", r"\1", s)
    s = re.sub(r"\s+([”’])", r"\1", s)
    s = re.sub(r"([(\[{])\s+", r"\1", s)
    s = re.sub(r"\s+([)\]}])", r"\1", s)
    s = re.sub(r"\s+([,.;:!?%…])", r"\1", s)
    s = re.sub(r"(?<=\S) / (?=\S)", "/", s)
    s = re.sub(r" {2,}", " ", s)
    return s.strip()


ABBR = {
    "TP", "Tp", "TS", "GS", "PGS", "ThS", "Ths", "BS", "Q", "P", "KS", "CN", "TT", "TX",
    "NXB", "St", "Mr", "Mrs", "Ms", "Dr", "No", "Th", "Tr", "ĐH", "NSƯT", "NSND", "BSCKI",
    "BSCKII", "Co", "Ltd", "Inc", "Corp", "vs", "v.v", "TS.BS", "Th.S", "Ph.D", "PGS.TS", "GS.TS",
}
OPENERS = "\"“‘'(["
CLOSERS = "\"”’')]"


def _depth_ok(s, pos):
    """True when position pos is outside any quotation."""
    pre = s[:pos]
    if pre.count("“") > pre.count("”"):
        return False
    if pre.count('"') % 2 == 1:
        return False
    return True


def _split(s, respect_quotes):
    out, start = [], 0
    for m in re.finditer(r"([.!?…]+)([\"”’')\]]*)(\s+)", s):
        nxt = s[m.end():].lstrip(OPENERS)
        if not nxt or not (nxt[0].isupper() or nxt[0].isdigit()):
            continue
        punct, closer = m.group(1), m.group(2)
        if punct == "." and not closer:
            word = s[start:m.start()].split(" ")[-1].lstrip(OPENERS)
            if word in ABBR or (len(word) == 1 and word.isalpha()):
                continue
            if re.fullmatch(r"(?:\w\.)+\w?", word):
                continue
        if respect_quotes and not _depth_ok(s, m.start()):
            continue
        out.append(s[start:m.start() + len(punct) + len(closer)].strip())
        start = m.end()
    tail = s[start:].strip()
    if tail:
        out.append(tail)
    return out


def _balanced(s):
    if s.count("“") != s.count("”") or s.count('"') % 2:
        return False
    if s.count("‘") != s.count("’"):
        return False
    depth = 0
    for ch in s:
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


def split_sentences(text):
    res = []
    for chunk in _split(text, True):
        if len(chunk.split()) > 110 or not _balanced(chunk):
            res.extend(_split(chunk, False))
        else:
            res.append(chunk)
    return res


CAPTION_MARKS = (
    "ảnh:", "(ảnh", "ảnh :", "video:", "clip:", "minh hoạ", "minh họa", "(trái)", "(phải)",
    "(giữa)", "nguồn:", "đồ hoạ", "đồ họa", "infographic", "photo:", "ảnh chụp", "xem thêm",
    "(video", "(clip", "hình:", "đọc thêm", "tin liên quan",
)
BAD_CHARS = ("|", "•", "»", "«", ">", "<", "©", "http", "www.", "@", "#", "▶", "►")
REPORT_RE = re.compile(
    r"(?<!\w)(?:cho biết|cho hay|nói|khẳng định|chia sẻ|nhấn mạnh|thông tin|thông báo|trao đổi|"
    r"giải thích|tiết lộ|thừa nhận|xác nhận|phát biểu|cho rằng|nhận định|nêu rõ|báo cáo|bày tỏ|"
    r"tâm sự|lý giải|cảnh báo|đề nghị|yêu cầu|khai nhận|khai báo|trả lời|nhận xét|đánh giá|"
    r"dự báo|kiến nghị|đề xuất|khuyến cáo|lưu ý|phản ánh|tường thuật|trình bày|bộc bạch|"
    r"nhớ lại|thuật lại|chỉ đạo|hướng dẫn|kể lại|phân tích|thông tin thêm|quả quyết|"
    r"khẳng định|nhận thấy|cam kết|giới thiệu|tâm sự|chỉ rõ|nêu|kể)(?!\w)"
)
CONNECTIVES = (
    "Tuy nhiên", "Trước đó", "Sau đó", "Ngoài ra", "Bên cạnh đó", "Đồng thời", "Trong khi đó",
    "Ngay sau đó", "Cũng theo", "Theo", "Do đó", "Vì vậy", "Vì thế", "Mặt khác", "Thêm vào đó",
    "Trước tình hình đó", "Sau khi", "Trước khi", "Khi", "Trong đó", "Hiện,", "Hiện nay",
    "Hiện tại", "Tuy vậy", "Dù vậy", "Mặc dù", "Dù", "Nếu", "Nhưng", "Song", "Còn", "Do", "Bởi",
    "Vì", "Để", "Như vậy", "Đặc biệt", "Cùng với", "Cùng ngày", "Từ đó", "Qua đó", "Trước đây",
    "Lúc này", "Khi đó", "Đến nay", "Tới nay", "Tiếp đó", "Đáng chú ý", "Riêng", "Cũng trong",
    "Tính đến", "Cụ thể", "Bởi vậy", "Thậm chí", "Ngược lại", "Kết quả", "Ngay khi",
    "Trong thời gian", "Từ năm", "Sau đây", "Ngoài việc", "Nhờ", "Thế nhưng", "Tuy",
)


def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = re.sub("[\u200b\u200c\u200d\u2060\ufeff]", "", s)
    return "".join(s.split()).casefold()


def _short_ok(s):
    if REPORT_RE.search(s.lower()) and "," in s:
        return True
    if re.search(r"[\"”],\s*\S", s) or re.search(r":\s*[\"“]", s):
        return True
    for c in CONNECTIVES:
        if s.startswith(c + " ") or s.startswith(c + ","):
            return True
    return False


def keep_sentence(s, title_key, seen):
    low = s.lower()
    if any(m in low for m in CAPTION_MARKS):
        return False
    if any(b in s for b in BAD_CHARS):
        return False
    if not _balanced(s):
        return False
    if not re.search(r"[.!?…][\"”’')\]]*$", s):
        return False
    words = s.split()
    n = len(words)
    if n < 8 or n > 110:
        return False
    if any(":" in w for w in words[:6]):
        return False
    tail = words[-7:]
    for k, w in enumerate(tail):
        if w.lstrip("(") == "Theo" and (len(words) - len(tail) + k) > 0:
            return False
    first = s.lstrip(OPENERS)
    if not first or first[0].islower() or not (first[0].isalnum()):
        return False
    if words[0].lstrip(OPENERS) in ("Video", "Clip", "Ảnh", "Hình", "Infographic", "Photo", "Xem", "Mời"):
        return False
    key = norm(s)
    if key == title_key or key in seen:
        return False
    comma = "," in s
    if n <= 22 or (not comma and n <= 30):
        if not _short_ok(s):
            return False
    return True


def story_sentences(title, article, cut):
    title_key = norm(detok(title))
    sents = split_sentences(detok(article))
    if cut and sents:
        sents = sents[:-1]
    seen, kept = set(), []
    for s in sents:
        if keep_sentence(s, title_key, seen):
            seen.add(norm(s))
            kept.append(s)
    return kept


def teaser_of(article):
    sents = split_sentences(detok(article))
    if not sents:
        return None
    t = sents[0]
    words = t.split()
    if len(words) > 38 or not re.search(r"[.!?…][\"”’')\]]*$", t):
        t = " ".join(words[:30]).rstrip(",;:") + "..."
    if len(t.split()) < 6:
        return None
    return t


# ---------------------------------------------------------------------------
# vocabulary (all invented people, outlets, brands, phones, addresses)
# ---------------------------------------------------------------------------

PROVINCES = [
    ("An Giang", "S"), ("Bà Rịa - Vũng Tàu", "E"), ("Bạc Liêu", "S"), ("Bắc Giang", "N"),
    ("Bắc Kạn", "N"), ("Bắc Ninh", "N"), ("Bến Tre", "S"), ("Bình Dương", "E"), ("Bình Định", "C"),
    ("Bình Phước", "E"), ("Bình Thuận", "C"), ("Cà Mau", "S"), ("Cao Bằng", "N"), ("Cần Thơ", "S"),
    ("Đà Nẵng", "C"), ("Đắk Lắk", "H"), ("Đắk Nông", "H"), ("Điện Biên", "NW"), ("Đồng Nai", "E"),
    ("Đồng Tháp", "S"), ("Gia Lai", "H"), ("Hà Giang", "N"), ("Hà Nam", "N"), ("Hà Nội", "N"),
    ("Hà Tĩnh", "NC"), ("Hải Dương", "N"), ("Hải Phòng", "N"), ("Hậu Giang", "S"),
    ("Hoà Bình", "NW"), ("Hòa Bình", "NW"), ("Hưng Yên", "N"), ("Khánh Hoà", "C"),
    ("Khánh Hòa", "C"), ("Kiên Giang", "S"), ("Kon Tum", "H"), ("Lai Châu", "NW"),
    ("Lâm Đồng", "H"), ("Lạng Sơn", "N"), ("Lào Cai", "NW"), ("Long An", "S"), ("Nam Định", "N"),
    ("Nghệ An", "NC"), ("Ninh Bình", "N"), ("Ninh Thuận", "C"), ("Phú Thọ", "N"), ("Phú Yên", "C"),
    ("Quảng Bình", "NC"), ("Quảng Nam", "C"), ("Quảng Ngãi", "C"), ("Quảng Ninh", "N"),
    ("Quảng Trị", "NC"), ("Sóc Trăng", "S"), ("Sơn La", "NW"), ("Tây Ninh", "E"),
    ("Thái Bình", "N"), ("Thái Nguyên", "N"), ("Thanh Hoá", "NC"), ("Thanh Hóa", "NC"),
    ("Thừa Thiên - Huế", "NC"), ("Tiền Giang", "S"), ("TP HCM", "E"), ("TP. HCM", "E"),
    ("TP.HCM", "E"), ("Trà Vinh", "S"), ("Tuyên Quang", "N"), ("Vĩnh Long", "S"),
    ("Vĩnh Phúc", "N"), ("Yên Bái", "NW"), ("Đà Lạt", "H"), ("Huế", "NC"),
]
REGION_NAME = {
    "N": "đồng bằng sông Hồng", "NW": "Tây Bắc", "NC": "Bắc Trung Bộ", "C": "Nam Trung Bộ",
    "H": "Tây Nguyên", "E": "Đông Nam Bộ", "S": "ĐBSCL",
}
REGION_HUB = {"N": "Hà Nội", "NW": "Sơn La", "NC": "Nghệ An", "C": "Đà Nẵng", "H": "Đắk Lắk",
              "E": "TP.HCM", "S": "Cần Thơ"}

REPORTERS = [
    "Minh Sáng", "Hữu Phước", "Ngọc Trâm", "Thanh Sơn", "Kim Ngân", "Đình Thi", "Quang Vinh",
    "Lê Hà", "Thu Hà", "Hoàng Long", "Bảo Anh", "Trọng Nghĩa", "Phương Nam", "Tuấn Kiệt",
    "Hồng Nhung", "Văn Đức", "Mỹ Linh", "Khánh Duy", "Thảo Nguyên", "Đức Anh", "Mai Hương",
    "Phạm Tuấn", "Anh Thư", "Công Hoan", "Diệu Hiền", "Trung Kiên", "Xuân Lộc", "Hải Đăng",
    "Bích Ngân", "Lam Giang", "Cẩm Tú", "Hoài Thương", "Sơn Tùng", "Nhật Hạ", "Quốc Khánh",
]
SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ",
            "Ngô", "Dương", "Lý", "Phan", "Trương"]
COOPS = ["Đồng Xanh", "Tân Phú", "Mỹ Thành", "Phước Lộc", "Thành Công", "Sông Hậu", "Bình Minh",
         "Hưng Thịnh", "Tiến Nông", "Phú An"]
COMMENTERS = ["Nguyễn Văn Tám", "Út Hiền", "Hai Lúa Cần Thơ", "Trần Thị Mỹ", "Minh Nhật",
              "Ba Tèo", "Lê Quang Vũ", "Nông dân Long An", "Thu Sương", "Đặng Hữu Tín",
              "Chú Bảy Vĩnh Long", "Phạm Ngọc Hân", "Y Tô", "Lò Văn Sinh"]
COMMENTS = [
    "Mong nhà nước có chính sách hỗ trợ bà con nông dân nhiều hơn.",
    "Bài viết hay, cảm ơn phóng viên đã phản ánh kịp thời.",
    "Ở quê tôi cũng đang gặp tình trạng tương tự, mong cơ quan chức năng vào cuộc.",
    "Đề nghị làm rõ và xử lý nghiêm để người dân yên tâm.",
    "Thông tin rất hữu ích, tôi sẽ chia sẻ cho bà con trong xóm.",
    "Giá cả thế này thì nông dân mình khổ quá.",
    "Cảm ơn báo đã luôn đồng hành cùng nhà nông.",
    "Không biết bao giờ mới giải quyết dứt điểm được chuyện này.",
    "Quê tôi năm nay được mùa, chỉ mong giá ổn định.",
    "Báo nên có thêm nhiều bài về kỹ thuật canh tác cho bà con tham khảo.",
]
FARMER_QUOTES = [
    ("Năm nay lúa trúng mà giá thấp, trừ chi phí còn lời chẳng bao nhiêu.", "ông Sáu Lành, nông dân xã Mỹ An, huyện Tháp Mười"),
    ("Có HTX bao tiêu, bà con yên tâm sản xuất, không còn lo bị thương lái ép giá.", "chị Út Mai, xã viên HTX Tân Phú"),
    ("Cà phê rớt giá liên tục, nhiều hộ phải chặt bỏ để trồng xen sầu riêng.", "anh Hoàng Văn Lâm, huyện Krông Pắc"),
    ("Heo xuất chuồng bán không đủ tiền cám, nuôi thêm lứa nào lỗ lứa đó.", "bà Năm Thu, chủ trại heo ở Trảng Bom"),
    ("Làm theo VietGAP tốn công hơn nhưng bán được giá, thương lái tìm tới tận vườn.", "anh Ba Hiền, nông dân huyện Chợ Gạo"),
    ("Nước về sớm nên bà con trong bản xuống giống kịp thời vụ.", "anh Lò Văn Pảng, bản Nà Sáy"),
    ("Máy gặt vào tận ruộng, mỗi công chỉ mất hơn trăm nghìn, đỡ cực hơn xưa nhiều.", "ông Tư Sang, ấp Phú Hòa"),
    ("Con tôm năm nay khó nuôi quá, thả ba đợt thì hai đợt bị bệnh.", "anh Bảy Thuận, hộ nuôi tôm ở Vĩnh Châu"),
]
PHOTO_SCENES = [
    "Nông dân thu hoạch lúa trên cánh đồng mẫu lớn.",
    "Thương lái thu mua nông sản tại một điểm tập kết ven đường.",
    "Chợ nông sản đầu mối nhộn nhịp từ sáng sớm.",
    "Người dân phơi cà phê trên sân nhà sau vụ thu hoạch.",
    "Cánh đồng lúa chín vàng trước ngày thu hoạch.",
    "Máy gặt đập liên hợp làm việc trên đồng ruộng.",
    "Xã viên hợp tác xã phân loại, đóng gói rau an toàn.",
    "Một góc chợ phiên vùng cao ngày cuối tuần.",
    "Ghe thu mua trái cây neo đậu trên sông.",
    "Đường giao thông nông thôn mới được bê tông hóa.",
]
MARKET_SCENES = [
    "Đồng bào Mông mang nông sản xuống chợ từ sáng sớm.",
    "Gian hàng thổ cẩm và nông cụ tại chợ phiên.",
    "Ngô, đậu tương và gà đồi được bày bán dọc lối vào chợ.",
    "Người dân trao đổi trâu, bò ở khu chợ gia súc.",
    "Phụ nữ vùng cao chọn mua vải may váy áo cho dịp Tết.",
    "Bát thắng cố nghi ngút khói trong góc chợ.",
]

TIPS = {
    "rice": [
        "Cày ải, phơi đất ít nhất hai tuần để cắt đứt nguồn sâu bệnh từ vụ trước.",
        "Gieo sạ tập trung, né rầy theo lịch khuyến cáo của ngành nông nghiệp địa phương.",
        "Không bón thừa đạm ở giai đoạn lúa làm đòng để hạn chế bệnh đạo ôn cổ bông.",
        "Thăm đồng thường xuyên, chỉ phun thuốc khi mật độ rầy vượt ngưỡng khuyến cáo.",
    ],
    "coffee": [
        "Sau thu hoạch, cần tỉa cành tạo tán và vệ sinh vườn để hạn chế sâu bệnh.",
        "Tưới đợt đầu khi phần lớn mắt cành đã có nụ hoa phát triển đầy đủ.",
        "Bón phân hữu cơ hoai mục cho mỗi gốc vào đầu mùa mưa.",
    ],
    "pig": [
        "Vệ sinh, tiêu độc chuồng trại định kỳ bằng vôi bột hoặc thuốc sát trùng.",
        "Tiêm phòng đầy đủ vắc xin dịch tả, lở mồm long móng theo hướng dẫn của thú y.",
        "Không mua heo giống không rõ nguồn gốc, cách ly heo mới nhập ít nhất hai tuần.",
    ],
    "fruit": [
        "Tỉa bớt trái non, mỗi chùm chỉ nên để một đến hai trái để trái lớn đều.",
        "Bao trái sớm giúp hạn chế ruồi vàng và nứt trái khi mưa nhiều.",
        "Giữ ẩm gốc bằng rơm rạ hoặc cỏ khô trong những tháng nắng hạn.",
    ],
    "cold": [
        "Không gieo cấy khi nhiệt độ trung bình ngày xuống dưới 15 độ C.",
        "Che phủ nilon cho mạ, giữ mực nước trong ruộng để giữ ấm.",
        "Bón tro bếp hoặc phân lân cho mạ để tăng sức chống rét.",
    ],
    "fert": [
        "Bón phân theo nguyên tắc bốn đúng: đúng loại, đúng lượng, đúng lúc, đúng cách.",
        "Không trộn phân đạm với vôi vì sẽ làm thất thoát đạm.",
        "Nên bón phân vào sáng sớm hoặc chiều mát, tránh bón khi trời sắp mưa to.",
    ],
    "fish": [
        "Kiểm tra độ mặn, độ pH ao nuôi mỗi sáng, nhất là sau những trận mưa lớn.",
        "Không thả tôm giống khi thời tiết thay đổi đột ngột.",
        "Xử lý nước ao chứa kỹ trước khi cấp vào ao nuôi.",
    ],
}
TIP_TITLES = {
    "rice": "Chuẩn bị đất cho vụ lúa mới", "coffee": "Chăm sóc cà phê sau thu hoạch",
    "pig": "Phòng dịch cho đàn heo", "fruit": "Giữ trái cho vườn cây ăn quả",
    "cold": "Chống rét cho mạ và lúa xuân", "fert": "Bón phân đúng cách",
    "fish": "Quản lý ao nuôi mùa chuyển mùa",
}
QA = [
    ("Hỏi: Ruộng lúa nhà tôi khoảng 40 ngày tuổi, lá bị vàng từ chóp xuống, xin hỏi nguyên nhân và cách khắc phục? (Bạn đọc Nguyễn Văn Tám, huyện Cai Lậy, Tiền Giang)",
     "Đáp: Hiện tượng trên có thể do lúa thiếu đạm hoặc bị ngộ độc hữu cơ. Bà con nên rút cạn nước, bón bổ sung đạm và lân, đồng thời mời cán bộ khuyến nông đến kiểm tra. (KS. Lê Minh Quang, Trạm Khuyến nông huyện Cai Lậy)"),
    ("Hỏi: Vườn cà phê của tôi rụng quả non nhiều, có cách nào hạn chế không? (Bạn đọc Hoàng Văn Lâm, huyện Krông Pắc, Đắk Lắk)",
     "Đáp: Quả non rụng thường do thiếu nước, thiếu dinh dưỡng hoặc cây mang quá nhiều quả. Anh cần tưới đủ ẩm, bón cân đối NPK và phun bổ sung vi lượng Bo, Kẽm. (ThS. Trần Thị Hạnh, Trung tâm Khuyến nông tỉnh)"),
    ("Hỏi: Heo nhà tôi bỏ ăn, sốt cao, tai tím tái, có phải bệnh tai xanh không? (Bạn đọc Phạm Văn Hùng, Hưng Yên)",
     "Đáp: Các triệu chứng trên có thể là bệnh tai xanh. Bà con cần cách ly ngay heo bệnh, báo cho thú y xã và tuyệt đối không bán chạy heo ốm. (BSTY Nguyễn Đức Toàn, Trạm Chăn nuôi và Thú y huyện)"),
    ("Hỏi: Tôi muốn chuyển 5 công ruộng sang trồng sầu riêng thì cần lưu ý những gì? (Bạn đọc Lê Thị Út, huyện Cái Bè, Tiền Giang)",
     "Đáp: Chị cần lên liếp cao, bảo đảm thoát nước tốt, chọn giống rõ nguồn gốc và tham khảo quy hoạch vùng trồng của địa phương trước khi chuyển đổi. (KS. Võ Thanh Tùng, Trạm Khuyến nông huyện Cái Bè)"),
    ("Hỏi: Mạ xuân bị chết rét thì có nên gieo lại không, gieo giống gì cho kịp thời vụ? (Bạn đọc Đỗ Văn Thắng, huyện Vũ Thư, Thái Bình)",
     "Đáp: Bà con nên gieo bù bằng giống ngắn ngày, làm mạ sân hoặc mạ khay có che nilon, cấy khi nhiệt độ trên 15 độ C. (KS. Bùi Thị Lan, Trung tâm Khuyến nông tỉnh)"),
]
ADS = [
    ("PHÂN BÓN MÙA VÀNG NPK 20-20-15+TE – Lúa chắc hạt, sáng bông", "Hệ thống đại lý toàn quốc. Hotline: {hot}"),
    ("Phân hữu cơ vi sinh Đất Lành – Cải tạo đất, tăng năng suất cây trồng", "Có bán tại các cửa hàng vật tư nông nghiệp. Gọi ngay {hot}"),
    ("Hạt giống rau F1 Nông Phát – Nảy mầm đều, kháng bệnh tốt", "Đặt mua: {mob}"),
    ("Lúa giống xác nhận OM 5451, Đài Thơm 8 – HTX Giống Phước Lộc", "Giao tận ruộng, liên hệ {mob}"),
    ("Thức ăn hỗn hợp Heo Vàng 3A – Heo lớn nhanh, xuất chuồng sớm", "Tư vấn kỹ thuật miễn phí: {hot}"),
    ("Máy gặt đập liên hợp Bông Lúa – Trả góp lãi suất 0%", "Showroom: Quốc lộ 1A, huyện Châu Thành, Tiền Giang – ĐT: {mob}"),
    ("Dịch vụ phun thuốc bằng thiết bị bay không người lái – chỉ từ 150.000 đồng/ha", "Đặt lịch: {mob}"),
    ("Thuốc trừ rầy Rầy Sạch 50WP – Diệt rầy nhanh, an toàn cho thiên địch", "Hotline kỹ thuật: {hot}"),
]
NOTICES = [
    "HTX Nông nghiệp {coop} tổ chức thu mua lúa tươi tại ruộng từ ngày {d1} đến ngày {d2}, giá theo hợp đồng bao tiêu đã ký.",
    "HTX {coop} thông báo lịch bơm tưới: đợt 1 từ ngày {d1}, đợt 2 từ ngày {d2}. Xã viên đăng ký tại văn phòng HTX.",
    "Liên minh HTX tỉnh mời các HTX đăng ký tham gia hội chợ nông sản an toàn, hạn chót nhận hồ sơ ngày {d2}.",
    "HTX {coop} cần tuyển 02 cán bộ kỹ thuật trồng trọt, ưu tiên người địa phương. Hồ sơ nộp trước ngày {d2}.",
    "HTX {coop} cấp phát phân bón trả chậm cho xã viên từ ngày {d1}. Bà con mang theo sổ xã viên khi nhận.",
    "HTX {coop} tổ chức tập huấn sản xuất lúa theo tiêu chuẩn VietGAP vào sáng {d1} tại hội trường ấp.",
]

SECTIONS = [
    ("Pháp luật", ("công an", "bắt", "khởi tố", "điều tra", "trộm", "tạm giam", "nghi phạm", "vụ án", "tử vong", "thi thể")),
    ("Giao thông", ("ôtô", "xe khách", "tai nạn", "cao tốc", "quốc lộ", "tài xế", "sân bay", "metro", "taxi")),
    ("Nông nghiệp", ("lúa", "nông dân", "cà phê", "heo", "lợn", "thuỷ sản", "thủy sản", "nông nghiệp", "hải sản", "cây trồng", "bưởi")),
    ("Kinh tế", ("tỷ đồng", "doanh nghiệp", "đầu tư", "giá", "thu phí", "BOT", "ngân sách")),
    ("Giáo dục", ("học sinh", "giáo viên", "trường", "đề thi", "sinh viên")),
    ("Môi trường", ("môi trường", "chất thải", "xói lở", "sạt lở", "ô nhiễm", "mưa", "bão")),
    ("Thời sự", ("Thủ tướng", "Quốc hội", "Bộ trưởng", "Bí thư", "Chủ tịch", "UBND")),
]


def vnd(n):
    return f"{n:,}".replace(",", ".")


def chg(rng, step, style, maxsteps=4, zero_p=0.25):
    if rng.random() < zero_p:
        v = 0
    else:
        v = rng.randint(1, maxsteps) * step * rng.choice((1, -1))
    if style == "sign":
        return ("+" if v > 0 else "") + (vnd(v) if v >= 0 else "-" + vnd(-v)) if v else "0"
    if style == "arrow":
        return ("▲" + vnd(v)) if v > 0 else (("▼" + vnd(-v)) if v < 0 else "–")
    if style == "word":
        return ("tăng " + vnd(v)) if v > 0 else (("giảm " + vnd(-v)) if v < 0 else "đi ngang")
    return str(v)


def rnd(rng, lo, hi, step):
    return rng.randint(lo // step, hi // step) * step


WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


# ---------------------------------------------------------------------------
# page context
# ---------------------------------------------------------------------------

class Ctx:
    def __init__(self, row, k, title, sents, related_pool):
        self.row, self.k = row, k
        self.title = title
        self.sents = sents
        self.story = " ".join(sents)
        self._rngs = {}
        self.related_pool = related_pool
        r = self.rng("date")
        years = [int(y) for y in re.findall(r"\b(201[6-9])\b", self.story)]
        year = max(years) if years else r.randint(2016, 2019)
        day = None
        for m in re.finditer(r"\b(\d{1,2})[/-](\d{1,2})\b(?![/-]\d)", self.story):
            d, mo = int(m.group(1)), int(m.group(2))
            if 1 <= d <= 31 and 1 <= mo <= 12:
                try:
                    day = datetime.date(year, mo, d) + datetime.timedelta(days=r.choice((0, 0, 1)))
                    break
                except ValueError:
                    continue
        if day is None:
            day = datetime.date(year, 1, 1) + datetime.timedelta(days=r.randint(0, 364))
        if day.year > 2019:
            day = datetime.date(2019, 12, 31)
        self.date = datetime.datetime(day.year, day.month, day.day, r.randint(5, 22), r.choice(range(0, 60)))
        self.hdate = self.date + datetime.timedelta(days=r.randint(0, 2))
        # entities
        self.prov, self.region = None, None
        best = None
        for name, reg in PROVINCES:
            p = (self.title + " " + self.story).find(name)
            if p >= 0 and (best is None or p < best[0]):
                best = (p, name, reg)
        if best:
            self.prov, self.region = best[1], best[2]
        self.persons = self._persons()
        self.places = self._places()
        low = self.story.lower()
        self.section = "Tin tức"
        for sec, keys in SECTIONS:
            if sum(len(re.findall(r"(?<!\w)" + re.escape(kw.lower()) + r"(?!\w)", low)) for kw in keys) >= 2:
                self.section = sec
                break
        self.used_related = set()
        self.glue_done = False
        fr = self.rng("faults")
        self.faults = []
        if fr.random() < 0.27:
            n = 1 if fr.random() < 0.7 else 2
            self.faults = fr.sample(list(FAULTS), n)
        self.items = list(sents)
        if "glue" in self.faults:
            gr = self.rng("glue")
            cands = [i for i in range(len(self.items) - 1)
                     if self.items[i].endswith(".") and not self.items[i].endswith("..")
                     and self.items[i + 1][:1].isupper()
                     and len(self.items[i].split()) + len(self.items[i + 1].split()) <= 110]
            if cands and len(self.items) >= 4:
                i = gr.choice(cands)
                self.items[i:i + 2] = [self.items[i] + self.items[i + 1]]
                self.glue_done = True
            else:
                self.faults.remove("glue")

    # randomness ------------------------------------------------------------
    def rng(self, purpose):
        if purpose not in self._rngs:
            self._rngs[purpose] = rng_for(self.row, purpose)
        return self._rngs[purpose]

    # entities --------------------------------------------------------------
    def _persons(self):
        """People quoted in the story (name followed closely by a reporting verb)."""
        out = []
        for sent in self.sents:
            toks = sent.split()
            for i, t in enumerate(toks[:-1]):
                if t not in ("ông", "bà", "anh", "chị", "Ông", "Bà", "Anh", "Chị"):
                    continue
                name = []
                for u in toks[i + 1:i + 5]:
                    core = u.rstrip(",.;:)\"”'!?")
                    if not core or not core[0].isupper() or not core.isalpha():
                        break
                    name.append(core)
                    if core != u:
                        break
                if not name or name[0] in ("Chủ", "Giám", "Phó", "Bí", "Trưởng", "Bộ", "Thủ", "Tổng", "Viện", "Hiệu", "Chánh", "Đại", "Trung", "Công", "Sở", "Theo", "Trong", "Tại", "Người"):
                    continue
                after = " ".join(toks[i + 1 + len(name):i + 1 + len(name) + 14]).lower()
                if not re.search(r"(?<!\w)(cho biết|cho hay|nói|chia sẻ|khẳng định|cho rằng|trao đổi|thông tin|nhấn mạnh)(?!\w)", after):
                    continue
                out.append((len(name), t.lower() + " " + " ".join(name)))
        out.sort(key=lambda x: -x[0])
        seen, res = set(), []
        for _, p in out:
            if p not in seen:
                seen.add(p)
                res.append(p)
        return res[:3]

    def _places(self):
        res = []
        for m in re.finditer(r"\b(xã|huyện|thị xã|thị trấn|phường|thôn|ấp|bản|TP|thành phố|tỉnh)\s+((?:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ][\wÀ-ỹ]*\s?){1,3})", self.story):
            words = m.group(2).split()
            words = [w.rstrip(",.;:)") for w in words]
            if not words or words[0] in ("HCM",):
                continue
            place = m.group(1) + " " + " ".join(words)
            if place not in res:
                res.append(place)
        return res[:5]

    # people / dates --------------------------------------------------------
    def reporter(self, purpose="reporter"):
        return self.rng(purpose).choice(REPORTERS)

    def fullname(self, purpose="fullname"):
        r = self.rng(purpose)
        return r.choice(SURNAMES) + " " + r.choice(REPORTERS)

    def initials(self, name):
        return ".".join(w[0] for w in name.split())

    def phone(self, purpose="phone", mobile=False):
        r = self.rng(purpose)
        if mobile:
            return "09" + str(r.randint(0, 9)) + " " + str(r.randint(100, 999)) + " " + str(r.randint(1000, 9999))
        return "02" + str(r.randint(10, 99)) + " " + str(r.randint(3, 3)) + str(r.randint(100, 999)) + " " + str(r.randint(100, 999))

    def hotline(self, purpose="hotline"):
        r = self.rng(purpose)
        return "1800 " + str(r.randint(1000, 9999))

    def d(self, fmt, dt=None):
        dt = dt or self.date
        wd = WEEKDAYS[dt.weekday()]
        return fmt.format(
            dd=f"{dt.day:02d}", mm=f"{dt.month:02d}", d=dt.day, m=dt.month, yyyy=dt.year,
            HH=f"{dt.hour:02d}", MM=f"{dt.minute:02d}", wd=wd, wdl=wd.lower() if wd != "Chủ Nhật" else "chủ nhật",
        )

    def ago(self, days_lo=1, days_hi=20, purpose="ago"):
        r = self.rng(purpose)
        return self.date - datetime.timedelta(days=r.randint(days_lo, days_hi))

    # story paragraphs ------------------------------------------------------
    def paras(self, lo, hi, purpose="paras", first=None):
        r = self.rng(purpose)
        items = list(self.items)
        out = []
        while items:
            n = r.randint(lo, hi)
            if first is not None and not out:
                n = first
            out.append(items[:n])
            items = items[n:]
        return out

    def weave(self, paras, blocks, purpose="weave", lead=0):
        """Return entries: paragraphs with blocks (lists of entries) inserted between them."""
        r = self.rng(purpose)
        blocks = [b for b in blocks if b]
        n = len(paras)
        slots = list(range(max(1, lead), n)) or [n]
        pos = sorted(r.choice(slots) for _ in blocks)
        out = []
        bi = 0
        for i, p in enumerate(paras):
            out.append(("body", list(p)))
            while bi < len(blocks) and pos[bi] == i + 1:
                out.extend(blocks[bi])
                bi += 1
        while bi < len(blocks):
            out.extend(blocks[bi])
            bi += 1
        return out

    # related ---------------------------------------------------------------
    def related(self, n, purpose="related"):
        r = self.rng(purpose)
        bad = {norm(self.title)} | {norm(s) for s in self.sents}
        pool = [x for x in self.related_pool if x[0] not in self.used_related
                and norm(x[1]) not in bad and (x[2] is None or norm(x[2]) not in bad)]
        if not pool:
            return []
        picks = r.sample(pool, min(n, len(pool)))
        for p in picks:
            self.used_related.add(p[0])
        return [(p[1], p[2]) for p in picks]

    # captions --------------------------------------------------------------
    def caption(self, purpose="caption", scene_ok=True):
        r = self.rng(purpose)
        opts = []
        for p in self.persons[:2]:
            P = p[0].upper() + p[1:]
            opts += [
                f"{P} trao đổi với phóng viên.",
                f"{P} tại buổi làm việc với cơ quan chức năng.",
                f"{P} (phải) chia sẻ với phóng viên về sự việc.",
                f"{P} trong buổi gặp gỡ báo chí.",
            ]
        for pl in self.places[:3]:
            opts += [
                f"Một góc {pl}.",
                f"Quang cảnh {pl} nhìn từ trên cao.",
                f"Đường vào {pl} những ngày này.",
                f"Khu vực trung tâm {pl}.",
                f"Người dân {pl} trong buổi sáng đầu tuần.",
            ]
        if self.prov:
            opts += [f"Toàn cảnh một khu vực ở {self.prov}.", f"Một góc {self.prov} nhìn từ trên cao."]
            if self.section in ("Nông nghiệp", "Kinh tế"):
                opts += [f"Cánh đồng ven quốc lộ ở {self.prov} đang vào vụ thu hoạch.",
                         f"Người dân {self.prov} chở nông sản ra chợ."]
        sec = {
            "Pháp luật": ["Lực lượng chức năng làm việc tại hiện trường.", "Cơ quan công an đang điều tra làm rõ vụ việc."],
            "Giao thông": ["Phương tiện lưu thông qua khu vực vào giờ cao điểm.", "Một đoạn tuyến đường nhìn từ trên cao."],
            "Giáo dục": ["Học sinh trong giờ tan trường.", "Một lớp học ở vùng nông thôn."],
            "Môi trường": ["Khu vực bị ảnh hưởng nhìn từ trên cao.", "Người dân kiểm tra ruộng vườn sau mưa lớn."],
            "Thời sự": ["Quang cảnh cuộc họp.", "Các đại biểu tham dự cuộc họp."],
            "Kinh tế": ["Hoạt động giao thương tại một chợ đầu mối.", "Công nhân làm việc tại một nhà máy chế biến nông sản."],
        }.get(self.section, [])
        opts += sec
        if (scene_ok and self.section in ("Nông nghiệp", "Kinh tế")) or not opts:
            opts += PHOTO_SCENES
        bad = {norm(self.title)} | {norm(s) for s in self.sents}
        opts = [o for o in opts if norm(o) not in bad]
        return r.choice(opts)

    def captions(self, n, purpose="captions"):
        out, seen = [], set()
        for i in range(n * 4):
            c = self.caption(f"{purpose}{i}")
            if c not in seen:
                seen.add(c)
                out.append(c)
            if len(out) == n:
                break
        return out

    def tags(self, n=4, purpose="tags"):
        r = self.rng(purpose)
        base = []
        if self.prov:
            base.append(self.prov)
        base.append(self.section.lower())
        for pl in self.places[:2]:
            base.append(pl)
        extra = ["nông nghiệp", "nông thôn", "kinh tế vùng", "nhà nông", "thị trường nông sản",
                 "nông thôn mới", "đời sống", "hợp tác xã"]
        r.shuffle(extra)
        out = []
        for t in base + extra:
            if t not in out:
                out.append(t)
        return out[:n]

    def pull_quote(self):
        for s in self.sents:
            m = re.search(r"[\"“]([^\"”]{30,260})[\"”]", s)
            if m and len(m.group(1).split()) >= 8:
                q = "“" + m.group(1).strip() + "”"
                if norm(q) not in {norm(x) for x in self.sents} and norm(q) != norm(self.title):
                    return q
        return None

    def farmer_quote(self, purpose="fquote"):
        return self.rng(purpose).choice(FARMER_QUOTES)

    def bureau(self, purpose="bureau"):
        r = self.rng(purpose)
        if self.prov and r.random() < 0.6:
            p = self.prov.replace("TP. HCM", "TP.HCM").replace("TP HCM", "TP.HCM")
            return p
        return REGION_HUB.get(self.region or r.choice(list(REGION_HUB)), "Cần Thơ")


# ---------------------------------------------------------------------------
# furniture blocks
# ---------------------------------------------------------------------------

def W(s):
    return ("widget", s)


def price_rice(c, style="sign", head=None, src=True):
    r = c.rng("p_rice")
    rows = [("IR 50404", 5000, 5600), ("OM 5451", 5300, 5900), ("OM 18", 5600, 6200),
            ("Đài Thơm 8", 5800, 6400), ("Nàng Hoa 9", 5900, 6500), ("OM 4900", 5500, 6100),
            ("Jasmine", 6200, 6800)]
    pick = r.sample(rows, r.randint(4, 5))
    provs = ["An Giang", "Đồng Tháp", "Kiên Giang", "Cần Thơ", "Long An", "Sóc Trăng", "Hậu Giang"]
    out = [W(head or c.d("Giá lúa hôm nay {dd}/{mm}"))]
    if style == "table":
        out.append(W("Giống lúa | Địa phương | Giá (đồng/kg) | Tăng/giảm"))
    for name, lo, hi in pick:
        p = rnd(r, lo, hi, 50)
        pr = r.choice(provs)
        ch = chg(r, 50, "sign" if style == "table" else style, 3)
        if style == "table":
            out.append(W(f"{name} | {pr} | {vnd(p)} - {vnd(p + 200)} | {ch}"))
        elif style == "arrow":
            out.append(W(f"Lúa {name} (tươi): {vnd(p)} - {vnd(p + 200)} đ/kg {ch}"))
        else:
            out.append(W(f"Lúa {name} tại {pr}: {vnd(p)} - {vnd(p + 200)} đồng/kg ({ch})"))
    if src:
        out.append(("credit", r.choice(["Nguồn: Khảo sát tại các địa phương", "Nguồn: Sở NN&PTNT các tỉnh ĐBSCL", "Nguồn: Tổng hợp từ thương lái"])))
    return out


def price_coffee(c, style="sign", pepper=True):
    r = c.rng("p_coffee")
    base = rnd(r, 31000, 36000, 100)
    ch = r.choice((-500, -300, -200, -100, 0, 100, 200, 300, 400))
    out = [W(c.d("GIÁ CÀ PHÊ HÔM NAY {dd}/{mm}/{yyyy}"))]
    for pr in ["Đắk Lắk", "Lâm Đồng", "Gia Lai", "Đắk Nông", "Kon Tum"]:
        p = base + r.choice((-300, -200, -100, 0, 100, 200))
        if style == "arrow":
            sx = ("▲" + vnd(ch)) if ch > 0 else (("▼" + vnd(-ch)) if ch < 0 else "–")
        else:
            sx = ("+" + vnd(ch)) if ch > 0 else (("-" + vnd(-ch)) if ch < 0 else "0")
        out.append(W(f"{pr}: {vnd(p)} đ/kg ({sx})"))
    out.append(W(f"Robusta London kỳ hạn tháng {r.choice((1, 3, 5, 7, 9, 11))}: {vnd(rnd(r, 1400, 1800, 1))} USD/tấn"))
    if pepper:
        pp = rnd(r, 42000, 58000, 500)
        out.append(W(f"Giá tiêu: {vnd(pp)} - {vnd(pp + 1500)} đ/kg"))
    out.append(W(c.d("Cập nhật lúc 07:30 {dd}/{mm}")))
    return out


def price_pig(c, style="word"):
    r = c.rng("p_pig")
    out = [W(c.d("Giá heo hơi hôm nay {d}/{m}"))]
    for reg, provs in (("Miền Bắc", "Hà Nội, Thái Bình, Bắc Giang"),
                       ("Miền Trung - Tây Nguyên", "Thanh Hóa, Nghệ An, Đắk Lắk"),
                       ("Miền Nam", "Đồng Nai, Bình Dương, Long An")):
        lo = rnd(r, 32000, 50000, 1000)
        out.append(W(f"{reg} ({provs}): {vnd(lo)} - {vnd(lo + 3000)} đồng/kg, {chg(r, 1000, style, 2)}"))
    return out


def price_list(c, key, head, style="arrow", unit="đ/kg"):
    r = c.rng("p_" + key)
    data = {
        "fruit": [("Sầu riêng Ri6", 35000, 60000), ("Thanh long ruột đỏ", 15000, 30000),
                  ("Xoài cát Hòa Lộc", 25000, 45000), ("Bưởi da xanh", 28000, 45000),
                  ("Chôm chôm Java", 10000, 25000), ("Mít Thái", 8000, 25000)],
        "sea": [("Cá ngừ đại dương", 90000, 130000), ("Tôm thẻ (100 con/kg)", 85000, 110000),
                ("Mực ống", 150000, 220000), ("Cá thu", 160000, 220000), ("Cá nục", 25000, 40000)],
        "veg": [("Cà chua", 8000, 18000), ("Bắp cải", 5000, 12000), ("Khoai tây Đà Lạt", 14000, 22000),
                ("Cà rốt", 9000, 15000), ("Hành lá", 15000, 30000), ("Dưa leo", 7000, 14000)],
        "fish": [("Cá tra nguyên liệu", 20000, 30000), ("Tôm sú (30 con/kg)", 180000, 230000),
                 ("Tôm thẻ chân trắng (100 con/kg)", 85000, 105000), ("Cá lóc nuôi", 30000, 42000)],
    }[key]
    out = [W(head)]
    for name, lo, hi in r.sample(data, min(len(data), r.randint(3, 5))):
        p = rnd(r, lo, hi, 500)
        out.append(W(f"{name}: {vnd(p)} {unit} {chg(r, 500, style, 4)}".rstrip()))
    return out


def price_export(c):
    r = c.rng("p_export")
    rows = [("Gạo 5% tấm", 380, 420), ("Gạo 25% tấm", 360, 395), ("Cà phê Robusta", 1450, 1750),
            ("Hạt tiêu đen 500 g/l", 2300, 3000), ("Hạt điều W320", 7800, 9500)]
    out = [W(c.d("BẢN TIN GIÁ XUẤT KHẨU NGÀY {dd}/{mm}"))]
    for name, lo, hi in rows:
        p = r.randint(lo, hi)
        out.append(W(f"{name}: {vnd(p)} - {vnd(p + max(5, (hi - lo) // 8))} USD/tấn"))
    return out


def weather(c, kind="farm", reg=None):
    r = c.rng("weather")
    reg = reg or c.region or "S"
    m = c.date.month
    t1, t2 = r.randint(22, 26), r.randint(31, 35)
    if kind == "sea":
        return [W(c.d("Dự báo thời tiết biển ngày {d}/{m}")),
                W(f"Vịnh Bắc Bộ: gió đông bắc cấp {r.randint(4, 6)}, biển động nhẹ, sóng cao 1,5 - 2,5 m."),
                W(f"Vùng biển từ Bình Định đến Cà Mau: gió cấp {r.randint(3, 5)}, có mưa rào rải rác."),
                W("Khuyến cáo: tàu thuyền hoạt động xa bờ thường xuyên giữ liên lạc với đất liền.")]
    if reg in ("N", "NW", "NC") and m in (12, 1, 2):
        lo = r.randint(8, 13)
        body = f"Bắc Bộ trời rét, nhiệt độ thấp nhất {lo} - {lo + 3}°C, vùng núi có nơi dưới {lo - 4}°C. Bà con chưa nên gieo cấy khi trời rét đậm."
    elif reg in ("S", "E") and m in (1, 2, 3, 4):
        body = f"Nam Bộ ngày nắng, nhiệt độ {t1} - {t2}°C, độ mặn trên các sông có xu hướng tăng. Bà con chủ động trữ nước ngọt."
    elif reg in ("N", "NW", "NC"):
        body = f"Bắc Bộ có mưa rào và dông vài nơi, nhiệt độ {t1 - 2} - {t2 - 1}°C. Bà con tranh thủ thu hoạch lúa chín, tránh để ngập úng."
    elif reg == "H":
        body = f"Tây Nguyên ngày nắng, chiều tối có mưa rào và dông rải rác, nhiệt độ {t1 - 4} - {t2 - 3}°C."
    else:
        body = f"Khu vực có mưa rào và dông rải rác, nhiệt độ {t1} - {t2}°C. Bà con nên phun thuốc vào buổi sáng, tránh trước cơn mưa."
    head = r.choice(["Thời tiết nông vụ", "Thời tiết nhà nông", "Dự báo thời tiết 3 ngày tới"])
    if kind == "strip":
        return [W(f"{head}: {body}")]
    return [W(head), W(body)]


def tip_box(c, key, head="Nhà nông cần biết", n=2):
    r = c.rng("tips")
    out = [W(head)]
    if r.random() < 0.6:
        out.append(W(TIP_TITLES[key]))
    for t in r.sample(TIPS[key], n):
        out.append(W(t))
    return out


def qa_box(c, key=None):
    r = c.rng("qa")
    idx = {"rice": 0, "coffee": 1, "pig": 2, "fruit": 3, "cold": 4}.get(key, r.randrange(len(QA)))
    q, a = QA[idx]
    return [W(r.choice(["Hỏi - Đáp cùng cán bộ khuyến nông", "Bác sĩ cây trồng trả lời", "Hộp thư nhà nông"])), W(q), W(a)]


def ad_block(c, purpose="ad", label="Quảng cáo", idx=None):
    r = c.rng(purpose)
    a, b = ADS[idx] if idx is not None else r.choice(ADS)
    out = []
    if label:
        out.append(W(label))
    out.append(W(a))
    out.append(W(b.format(hot=c.hotline(purpose + "h"), mob=c.phone(purpose + "m", mobile=True))))
    return out


def notice(c, purpose="notice", head="THÔNG BÁO"):
    r = c.rng(purpose)
    d1 = c.date + datetime.timedelta(days=r.randint(2, 6))
    d2 = d1 + datetime.timedelta(days=r.randint(5, 15))
    t = r.choice(NOTICES).format(coop=r.choice(COOPS), d1=f"{d1.day}/{d1.month}", d2=f"{d2.day}/{d2.month}")
    out = [W(head), W(t)]
    if r.random() < 0.5:
        out.append(W(f"Mọi chi tiết xin liên hệ văn phòng HTX, điện thoại: {c.phone(purpose + 'p')}."))
    return out


def comments(c, n, stamp="own", purpose="comments"):
    r = c.rng(purpose)
    out = []
    names = r.sample(COMMENTERS, n)
    texts = r.sample(COMMENTS, n)
    for i in range(n):
        dt = c.date + datetime.timedelta(hours=r.randint(1, 40), minutes=r.randint(0, 59))
        ts = f"{dt.hour:02d}:{dt.minute:02d} {dt.day:02d}/{dt.month:02d}/{dt.year}"
        if stamp == "own":
            out += [W(names[i]), W(texts[i]), W(ts)]
        elif stamp == "ago":
            out += [W(f"{names[i]}: {texts[i]}"), W(f"{r.randint(1, 23)} giờ trước")]
        else:
            out += [W(f"{names[i]} ({ts}): {texts[i]}")]
        if r.random() < 0.4:
            out.append(W(f"Trả lời · Thích ({r.randint(0, 30)})"))
    return out


def related_lines(c, items, form, dates_purpose="rdates"):
    r = c.rng(dates_purpose)
    out = []
    for i, (h, t) in enumerate(items):
        dt = c.date - datetime.timedelta(days=r.randint(0, 25))
        if form == "plain":
            out.append(("related", h))
        elif form == "dash":
            out.append(("related", "- " + h))
        elif form == "bullet":
            out.append(("related", "• " + h))
        elif form == "guill":
            out.append(("related", "» " + h))
        elif form == "num":
            out.append(("related", f"{i + 1}. {h}"))
        elif form == "date_suffix":
            out.append(("related", f"{h} ({dt.day:02d}/{dt.month:02d})"))
        elif form == "date_suffix_full":
            out.append(("related", f"{h} - {dt.day:02d}/{dt.month:02d}/{dt.year}"))
        elif form == "date_prefix":
            out.append(("related", f"[{dt.day:02d}/{dt.month:02d}/{dt.year}] {h}"))
        elif form == "xemthem":
            out.append(("related", "Xem thêm: " + h))
        elif form == "ht_line":
            out.append(("related", f"{h} - {t}" if t else h))
        elif form == "ht_two":
            out.append(("related", h))
            if t:
                out.append(("related", t))
    return out


def footer(c, name, domain, addr, extra=()):
    r = c.rng("footer")
    lic = f"Giấy phép số {r.randint(100, 480)}/GP-BTTTT ngày {r.randint(1, 28)}/{r.randint(1, 12)}/{r.randint(2012, 2016)}"
    out = [W(f"© {c.date.year} {name}. Ghi rõ nguồn \"{name}\" khi phát hành lại thông tin từ website này."
             if r.random() < 0.5 else f"Bản quyền © {name}. Mọi hình thức sao chép phải được sự đồng ý bằng văn bản.")]
    out.append(W(lic))
    out.append(W(f"Địa chỉ: {addr}"))
    out.append(W(f"Điện thoại: {c.phone('fphone')} - Email: toasoan@{domain}"))
    out.extend(W(e) for e in extra)
    return out


# ---------------------------------------------------------------------------
# layouts (20 invented outlets)
# ---------------------------------------------------------------------------

def L00(c):
    """Nông Thôn Ngày Nay: national farm daily."""
    r = c.rng("L")
    name = "Nông Thôn Ngày Nay"
    E = [W(c.d("{wd}, {dd}/{mm}/{yyyy}", c.hdate)), ("site", "NÔNG THÔN NGÀY NAY"),
         W("Tiếng nói của nhà nông Việt"),
         W("Trang chủ Thời sự Nông nghiệp Thị trường Nông thôn mới Khuyến nông Bạn đọc Video"),
         W(f"Trang chủ / {c.section} / {r.choice(['Tin trong nước', 'Địa phương', 'Tin nổi bật'])}"),
         ("title", c.title), ("date", c.d("{wd}, {dd}/{mm}/{yyyy} {HH}:{MM} (GMT+7)"))]
    paras = c.paras(1, 3)
    photog = c.reporter("photog")
    blocks = [[("caption", f"{c.caption('cap1')} Ảnh: {photog}")]]
    rel = c.related(6)
    if rel and len(paras) > 2:
        blocks.append(related_lines(c, rel[:1], "xemthem"))
        rel = rel[1:]
    if len(paras) > 4:
        blocks.append([("caption", f"{c.caption('cap2')} Ảnh: {photog}")])
    E += c.weave(paras, blocks)
    E.append(("byline", c.reporter().upper()))
    E.append(W("Chia sẻ: Facebook | Zalo | Twitter | In bài"))
    E.append(W("Từ khóa: " + ", ".join(c.tags())))
    if rel:
        E.append(W("Tin cùng chuyên mục"))
        E += related_lines(c, rel, "plain")
    E += price_rice(c, "table")
    E += footer(c, name, "nongthonngaynay.vn", "28 Nguyễn Văn Cừ, phường An Hòa, quận Ninh Kiều, TP Cần Thơ",
                [f"Đường dây nóng: {c.phone('hot', True)}"])
    return E


def L01(c):
    """Bản tin HTX Đồng Xanh: co-operative bulletin."""
    r = c.rng("L")
    no = 100 + (c.date.year - 2016) * 12 + c.date.month
    E = [("site", "Bản tin HTX Nông nghiệp Đồng Xanh"), W(f"Số {no} - Tháng {c.date.month}/{c.date.year} - Lưu hành nội bộ"),
         W("Giới thiệu"), W("Tin hoạt động"), W("Giá cả"), W("Kỹ thuật"), W("Liên hệ"),
         ("title", c.title), ("date", c.d("Ngày đăng: {dd}/{mm}/{yyyy}")), W(f"Lượt xem: {r.randint(80, 900)}")]
    paras = c.paras(2, 4)
    E += c.weave(paras, [notice(c)])
    E.append(("byline", "Người viết: " + c.fullname()))
    rel = c.related(4)
    if rel:
        E.append(W("Các tin khác"))
        E += related_lines(c, rel, "num")
    E.append(W("Giá thu mua lúa của HTX tuần này"))
    for v, lo in (("OM 5451 tươi", 5300), ("Đài Thơm 8 tươi", 5800), ("Nếp tươi", 5500)):
        E.append(W(f"{v}: {vnd(rnd(r, lo, lo + 500, 50))} đ/kg"))
    E.append(W(f"HTX Nông nghiệp Đồng Xanh - Ấp Mỹ Phú, xã Mỹ Hòa, huyện Tháp Mười, tỉnh Đồng Tháp"))
    E.append(W(f"Điện thoại: {c.phone('fphone')} - Email: htxdongxanh@gmail.com.vn"))
    return E


def L02(c):
    """Kinh tế Miền Tây: regional economy site."""
    r = c.rng("L")
    rep = c.reporter()
    E = [W(c.d("Cần Thơ, {wd} {d}/{m}/{yyyy}", c.hdate)), W(f"Cần Thơ {r.randint(24, 27)}°C - {r.randint(31, 34)}°C"),
         ("site", "KINH TẾ MIỀN TÂY"), W(f"Kinh tế vùng » {r.choice(['Đồng bằng sông Cửu Long', 'Thị trường', 'Doanh nghiệp'])}"),
         ("title", c.title), ("date", c.d("{dd}/{mm}/{yyyy} {HH}:{MM}"))]
    paras = c.paras(1, 2)
    blocks = [[("caption", c.caption("cap1")), ("credit", f"Ảnh: {rep.upper()}")]]
    rel = c.related(5)
    if rel:
        blocks.append(related_lines(c, rel[:1], "xemthem"))
    E += c.weave(paras, blocks)
    E.append(("byline", f"Bài, ảnh: {rep} (Thường trú {c.bureau()})"))
    E += price_list(c, "fish", c.d("Giá tôm, cá nguyên liệu tại ĐBSCL ngày {d}/{m}"), "arrow")
    if rel[1:]:
        E.append(W("Tin liên quan"))
        E += related_lines(c, rel[1:], "bullet")
    E += footer(c, "Kinh tế Miền Tây", "kinhtemientay.vn", "112 đường 30/4, phường Xuân Khánh, quận Ninh Kiều, TP Cần Thơ")
    return E


def L03(c):
    """Cà Phê Cao Nguyên: coffee & pepper portal."""
    r = c.rng("L")
    rep = c.reporter()
    E = [("site", "Cà Phê Cao Nguyên"), W("Tin tức | Giá cà phê | Hồ tiêu | Kỹ thuật canh tác | Doanh nghiệp | Liên hệ")]
    E += price_coffee(c, "sign")
    E += [("title", c.title), ("byline", f"{rep} – Tây Nguyên" if c.region != "H" else f"{rep} – {c.prov}"),
          ("date", c.d("{HH}:{MM} | {dd}/{mm}/{yyyy}"))]
    paras = c.paras(1, 3)
    blocks = [[("caption", f"{c.caption('cap1')} (Ảnh: {rep})")], tip_box(c, "coffee")]
    E += c.weave(paras, blocks)
    rel = c.related(4)
    if rel:
        E.append(W("Tin liên quan"))
        E += related_lines(c, rel, "date_suffix")
    n = r.randint(1, 3)
    E.append(W(f"Bình luận ({n})"))
    E += comments(c, n, "own")
    E.append(W("Gửi bình luận"))
    E += footer(c, "Cà Phê Cao Nguyên", "caphecaonguyen.vn", "45 Lê Duẩn, TP Buôn Ma Thuột, tỉnh Đắk Lắk")
    return E


def L04(c):
    """Chăn Nuôi & Thị Trường: livestock trade site."""
    r = c.rng("L")
    E = [W("Đăng nhập | Đăng ký"), ("site", "Chăn Nuôi & Thị Trường"),
         W(f"Trang chủ > Tin tức > {c.section}"),
         ("title", c.title), ("date", c.d("Cập nhật: {dd}/{mm}/{yyyy} | {HH}:{MM}"))]
    paras = c.paras(2, 3)
    pig = price_pig(c, "word") + [("credit", "Nguồn: Khảo sát của Chăn Nuôi & Thị Trường")]
    cap = [("caption", f"{c.caption('cap1')} Ảnh: Tư liệu")]
    E += c.weave(paras, [cap, pig, ad_block(c, "ad1", "Quảng cáo", 4)])
    E.append(("byline", r.choice(["Theo Nông Dân Bắc Bộ", "Theo Báo Chăn Nuôi Miền Nam", "Theo Thời Báo Nhà Nông"])))
    E.append(W("Tags: " + "; ".join(c.tags(3))))
    E.append(W("Chia sẻ Tweet Lưu bài"))
    rel = c.related(3)
    if rel:
        E.append(W("Bài viết cùng chủ đề"))
        E += related_lines(c, rel, "ht_two")
    E += footer(c, "Chăn Nuôi & Thị Trường", "channuoithitruong.vn", "Số 9 ngõ 48 Tôn Thất Tùng, quận Đống Đa, Hà Nội")
    return E


def L05(c):
    """Nhịp Sống Nông Thôn: long-form rural magazine."""
    r = c.rng("L")
    photog = c.fullname("photog")
    E = [("site", "NHỊP SỐNG NÔNG THÔN"), W("Tạp chí điện tử"), W(r.choice(["PHÓNG SỰ", "GÓC NHÌN", "ĐỜI SỐNG", c.section.upper()])),
         ("title", c.title), W(f"Đọc trong {max(2, len(c.story.split()) // 200)} phút"),
         ("date", c.d("{wd}, {d}/{m}/{yyyy} - {HH}:{MM}"))]
    paras = c.paras(2, 4)
    caps = c.captions(2, "mcap")
    fq, who = c.farmer_quote()
    blocks = [[("caption", f"{caps[0]} — Ảnh: {photog}")]]
    pq = c.pull_quote()
    if pq:
        blocks.append([W(pq)])
    else:
        blocks.append([W(f"“{fq}”"), W("— " + who[0].upper() + who[1:])])
    if len(caps) > 1 and len(paras) > 3:
        blocks.append([("caption", f"{caps[1]} — Ảnh: {photog}")])
    E += c.weave(paras, blocks)
    au = c.fullname("author")
    E += [("byline", au), ("byline", f"Phóng viên ban Nông thôn, nhiều năm viết về đời sống {REGION_NAME.get(c.region or 'S')}."),
          W("Xem tất cả bài viết của tác giả")]
    rel = c.related(3)
    if rel:
        E.append(W("Đọc thêm"))
        E += related_lines(c, rel, "ht_line")
    E += footer(c, "Nhịp Sống Nông Thôn", "nhipsongnongthon.vn", "Tầng 5, 71 Hoàng Văn Thái, quận Thanh Xuân, Hà Nội")
    return E


def L06(c):
    """Tiếng Nói Nhà Nông: farm TV/radio programme site."""
    r = c.rng("L")
    dur = f"0{r.randint(2, 5)}:{r.randint(10, 59)}"
    prov = c.prov if c.prov and c.prov not in ("TP HCM", "TP. HCM", "TP.HCM", "Hà Nội") else "Cần Thơ"
    E = [("site", "Tiếng Nói Nhà Nông"), W("TRỰC TIẾP"), W("Lịch phát sóng"), W("Chuyên mục"),
         ("title", c.title), W(f"▶ 00:00 / {dur}"), ("credit", f"Video: Nhóm phóng viên Tiếng Nói Nhà Nông tại {prov}"),
         ("date", c.d("{dd}/{mm}/{yyyy} {HH}:{MM}"))]
    paras = c.paras(1, 2)
    E += c.weave(paras, [weather(c, "box", "S")])
    E.append(("byline", f"{c.reporter()} - {c.reporter('ktv')}"))
    E.append(W("Chương trình “Bạn của nhà nông” phát sóng lúc 18h30 từ thứ Hai đến thứ Sáu hằng tuần."))
    rel = c.related(5)
    if rel:
        E.append(("related", "Tin khác: " + " | ".join(h for h, _ in rel[:3])))
        if rel[3:]:
            E.append(W("Video khác"))
            for line in related_lines(c, rel[3:], "plain"):
                E += [line, W(f"{r.randint(1, 9):02d}:{r.randint(10, 59)}")]
    E += footer(c, "Tiếng Nói Nhà Nông", "tiengnoinhanong.vn", "Số 3 Hùng Vương, phường Thới Bình, quận Ninh Kiều, TP Cần Thơ")
    return E


def L07(c):
    """Hạt Gạo Việt: rice industry portal."""
    r = c.rng("L")
    E = [("site", "Hạt Gạo Việt"), W("Tin tức"), W("Giá lúa gạo"), W("Xuất khẩu"), W("Giống - Kỹ thuật"),
         ("title", c.title), ("date", c.d("Cập nhật lúc {HH}:{MM} ngày {d}/{m}/{yyyy}"))]
    paras = c.paras(1, 3)
    rel = c.related(4)
    blocks = []
    if rel and len(paras) > 2:
        blocks.append(related_lines(c, rel[:2], "guill"))
        rel = rel[2:]
    E += c.weave(paras, blocks, lead=2)
    E.append(("byline", r.choice(["Theo Báo Nông Dân Cửu Long", "Theo Thời Báo Lúa Gạo", "Theo Đài PT-TH Sông Hậu"])))
    E += price_rice(c, "arrow", head=c.d("GIÁ LÚA GẠO NGÀY {d}/{m}"), src=False)
    E.append(W(f"Gạo 5% tấm xuất khẩu: {r.randint(380, 420)} - {r.randint(421, 430)} USD/tấn"))
    E.append(("caption", "Biểu đồ: Diễn biến giá lúa IR 50404 tại ĐBSCL trong 30 ngày qua"))
    E.append(("credit", "Nguồn: Hạt Gạo Việt tổng hợp"))
    E += weather(c, "strip", "S")
    E.append(W("Tags: " + ", ".join(c.tags())))
    if rel:
        E.append(W("Tin mới cập nhật"))
        E += related_lines(c, rel, "plain")
    E += footer(c, "Hạt Gạo Việt", "hatgaoviet.vn", "Lô B2, Khu công nghiệp Trà Nóc, quận Bình Thủy, TP Cần Thơ")
    return E


def L08(c):
    """Kinh Tế Sông Hồng: northern provincial economy page."""
    r = c.rng("L")
    rep = c.reporter()
    E = [W(c.d("{wd}, ngày {d} tháng {m} năm {yyyy}", c.hdate)), ("site", "Kinh Tế Sông Hồng"),
         W("Thời sự | Kinh tế | Nông nghiệp | Làng nghề | Xã hội | Bạn đọc"),
         ("title", c.title), ("byline", f"{rep} - {c.bureau()}"), ("date", c.d("{dd}/{mm}/{yyyy} - {HH}:{MM}"))]
    paras = c.paras(1, 3)
    blocks = [[("caption", f"{c.caption('cap1')} (Ảnh: {c.initials(rep)})")]]
    key = "cold" if c.date.month in (11, 12, 1, 2, 3) else "rice"
    blocks.append(tip_box(c, key, "Kỹ thuật"))
    E += c.weave(paras, blocks)
    E += weather(c, "box", "N")
    rel = c.related(5)
    if rel:
        E.append(W("Tin cùng chuyên mục"))
        E += related_lines(c, rel, "bullet")
    E += footer(c, "Kinh Tế Sông Hồng", "kinhtesonghong.vn", "Số 15 Trần Hưng Đạo, TP Thái Bình, tỉnh Thái Bình")
    return E


def L09(c):
    """Khuyến Nông 24h: extension service portal."""
    r = c.rng("L")
    key = {"Nông nghiệp": "rice"}.get(c.section, r.choice(["rice", "coffee", "pig", "fruit"]))
    E = [("site", "Khuyến Nông 24h"), W("Cổng thông tin khuyến nông - khuyến ngư"),
         W(f"Trang chủ › {c.section}"), ("title", c.title), ("date", c.d("Ngày {dd}/{mm}/{yyyy}")),
         ("byline", c.reporter())]
    paras = c.paras(2, 3)
    E += c.weave(paras, [qa_box(c, key)])
    E += tip_box(c, key, "Nhà nông cần biết", 3)
    rel = c.related(4)
    if rel:
        E.append(W("Bài đã đăng"))
        E += related_lines(c, rel, "date_prefix")
    E.append(W(f"Đường dây tư vấn kỹ thuật miễn phí: {c.hotline()}"))
    E += footer(c, "Khuyến Nông 24h", "khuyennong24h.vn", "Số 6 Nguyễn Công Trứ, quận Ba Đình, Hà Nội")
    return E


def L10(c):
    """Chợ Nông Sản: market paper."""
    r = c.rng("L")
    E = [("site", "CHỢ NÔNG SẢN"), W("Giá cả – Thị trường – Kết nối tiêu thụ"), ("title", c.title),
         ("byline", "Bài: " + c.reporter()), ("credit", "Ảnh: " + c.reporter("photog")), ("date", c.d("{dd}/{mm}/{yyyy}"))]
    paras = c.paras(1, 2)
    blocks = [[W("[Ảnh]"), ("caption", c.caption("cap1"))],
              price_list(c, "veg", c.d("Giá rau củ tại chợ đầu mối Thủ Đức sáng {d}/{m}"), "arrow")]
    E += c.weave(paras, blocks)
    E += ad_block(c, "ad1", "Tài trợ", 2)
    rel = c.related(4)
    if rel:
        E.append(W("Đọc nhiều nhất"))
        E += related_lines(c, rel, "num")
    n = r.randint(2, 3)
    E.append(W(f"Ý kiến bạn đọc ({n})"))
    E += comments(c, n, "ago")
    E += footer(c, "Chợ Nông Sản", "chonongsan.vn", "Chợ đầu mối nông sản Thủ Đức, phường Tam Bình, quận Thủ Đức, TP.HCM")
    return E


def L11(c):
    """Kinh Tế Duyên Hải: coastal economy."""
    r = c.rng("L")
    rep = c.reporter()
    E = [("site", "Kinh Tế Duyên Hải"), W("Trang chủ"), W("Biển đảo"), W("Thủy sản"), W("Du lịch"), W("Đầu tư"),
         W(c.d("{wd}, {dd}/{mm}/{yyyy}", c.hdate)), ("title", c.title), ("date", c.d("{d}/{m}/{yyyy}, {HH}:{MM}"))]
    paras = c.paras(1, 3)
    blocks = [[("caption", f"{c.caption('cap1')} (Ảnh: {rep.upper()})")], weather(c, "sea")]
    E += c.weave(paras, blocks)
    E.append(("byline", f"{rep.upper()}/Văn phòng {c.bureau()}"))
    E += price_list(c, "sea", c.d("Giá hải sản tại cảng cá ngày {d}/{m}"), "sign")
    rel = c.related(4)
    if rel:
        E.append(W("Tin cùng chuyên mục"))
        E += related_lines(c, rel, "date_suffix")
    E += footer(c, "Kinh Tế Duyên Hải", "kinhteduyenhai.vn", "22 Trần Phú, TP Nha Trang, tỉnh Khánh Hòa")
    return E


def L12(c):
    """Làng Quê Việt: rural life blog."""
    r = c.rng("L")
    E = [("site", "Làng Quê Việt"), ("title", c.title), ("date", c.d("{dd}.{mm}.{yyyy}"))]
    paras = c.paras(2, 4)
    blocks = [[W("[Hình ảnh]"), ("credit", "Ảnh: " + c.fullname("photog"))]]
    if len(paras) > 3:
        blocks.append([W("[Hình ảnh]"), ("caption", c.caption("cap2"))])
    E += c.weave(paras, blocks, lead=1)
    E.append(("byline", c.reporter()))
    rel = c.related(3)
    if rel:
        E.append(W("Có thể bạn quan tâm"))
        E += related_lines(c, rel, "ht_two")
    E.append(W("Thích trang Làng Quê Việt trên Facebook để nhận bài mới"))
    E.append(W(f"© {c.date.year} langqueviet.net"))
    return E


def L13(c):
    """Bạn Nhà Nông: fertiliser-sponsored news site."""
    r = c.rng("L")
    E = [("site", "Bạn Nhà Nông"), W("Chuyên trang do Công ty CP Phân bón Mùa Vàng tài trợ"),
         W("PHÂN BÓN MÙA VÀNG NPK 20-20-15+TE – Chắc hạt, sáng bông, tăng năng suất"),
         ("title", c.title), ("date", c.d("{dd}-{mm}-{yyyy} {HH}:{MM}")), ("byline", "Nhóm phóng viên Bạn Nhà Nông")]
    paras = c.paras(1, 3)
    blocks = [ad_block(c, "ad1", "Quảng cáo", r.choice((1, 2, 3))), tip_box(c, "fert", "Kỹ thuật bón phân")]
    E += c.weave(paras, blocks)
    rel = c.related(4)
    if rel:
        E.append(W("Tin khác"))
        E += related_lines(c, rel, "ht_line")
    E += ad_block(c, "ad2", None, 7)
    E += footer(c, "Bạn Nhà Nông", "bannhanong.vn", "Lô C5, KCN Hiệp Phước, huyện Nhà Bè, TP.HCM",
                [f"Tổng đài hỗ trợ nhà nông: {c.hotline('hot2')} (miễn phí)"])
    return E


def L14(c):
    """Nông Sản Xuất Khẩu: trade newsletter."""
    r = c.rng("L")
    E = [("site", "Nông Sản Xuất Khẩu"), W(f"USD/VND: {vnd(r.randint(22700, 23300))} | EUR/VND: {vnd(r.randint(25500, 27500))}"),
         W(f"Trang chủ / {c.section}"),
         ("title", c.title), ("date", c.d("{yyyy}-{mm}-{dd} {HH}:{MM}")), ("byline", "(NSXK)")]
    paras = c.paras(2, 3)
    ex = price_export(c) + [("credit", "Nguồn: NSXK tổng hợp từ các hiệp hội ngành hàng")]
    E += c.weave(paras, [ex])
    E.append(("caption", "Infographic: Kim ngạch xuất khẩu nông sản chính 6 tháng đầu năm"))
    E.append(("credit", "Đồ họa: " + c.reporter("gfx")))
    rel = c.related(4)
    if rel:
        E.append(W("Tin cùng chủ đề"))
        E += related_lines(c, rel, "date_suffix_full")
    E.append(W("Đăng ký nhận bản tin giá nông sản qua email"))
    E += footer(c, "Nông Sản Xuất Khẩu", "nongsanxuatkhau.vn", "Tầng 8, 26 Lý Thường Kiệt, quận Hoàn Kiếm, Hà Nội")
    return E


def L15(c):
    """Báo Phù Sa: provincial daily, economy page."""
    r = c.rng("L")
    rep = c.reporter()
    E = [("site", "BÁO PHÙ SA ĐIỆN TỬ"), W("Cơ quan ngôn luận của Hội Nông dân tỉnh"),
         W(f"Kinh tế > {r.choice(['Nông nghiệp', 'Nông thôn mới', 'Thị trường'])}"),
         ("title", c.title), ("date", c.d("{wd}, {dd}/{mm}/{yyyy}, {HH}:{MM}"))]
    paras = c.paras(1, 3)
    blocks = [[("caption", c.caption("cap1")), ("credit", "Ảnh: " + rep.upper())]]
    E += c.weave(paras, blocks)
    E.append(("byline", rep.upper()))
    E.append(W("In bài | Gửi bài | Lên đầu trang"))
    rel = c.related(5)
    if rel:
        E.append(W("Các tin khác"))
        E += related_lines(c, rel, "date_suffix_full")
    E += footer(c, "Báo Phù Sa", "baophusa.vn", "Số 8 đường Lê Lợi, phường 1, TP Sóc Trăng",
                [f"Tổng Biên tập: {c.fullname('tbt')}"])
    return E


def L16(c):
    """Vườn Cây Trái: fruit growers' site."""
    r = c.rng("L")
    rep = c.reporter()
    E = [("site", "Vườn Cây Trái"), ("title", c.title), ("byline", "Bài và ảnh: " + rep),
         ("date", c.d("{dd}/{mm}/{yyyy} | {HH}:{MM}"))]
    E += price_list(c, "fruit", c.d("Giá trái cây tại vườn hôm nay ({d}/{m})"), "word")
    paras = c.paras(1, 3)
    blocks = [[("caption", f"{c.caption('cap1')} (ảnh: {c.initials(rep)})")], tip_box(c, "fruit", "Kỹ thuật")]
    E += c.weave(paras, blocks)
    E.append(W(f"Thích ({r.randint(3, 90)}) · Chia sẻ ({r.randint(0, 20)})"))
    n = r.randint(1, 2)
    E.append(W(f"{n} bình luận"))
    E += comments(c, n, "inline")
    rel = c.related(4)
    if rel:
        E.append(W("Tin liên quan"))
        E += related_lines(c, rel, "dash")
    E += footer(c, "Vườn Cây Trái", "vuoncaytrai.vn", "Ấp Hòa Bình, xã Hòa Khánh, huyện Cái Bè, tỉnh Tiền Giang")
    return E


def L17(c):
    """Nông Nghiệp Tây Bắc: mountain provinces."""
    r = c.rng("L")
    a, b = c.reporter(), c.reporter("rep2")
    E = [W(c.d("{wd}, {d}/{m}/{yyyy}", c.hdate)), ("site", "Nông Nghiệp Tây Bắc"),
         W(r.choice(["Cảnh báo: Rét hại, sương muối có thể xuất hiện ở vùng núi cao trong 2 ngày tới.",
                     "Cảnh báo: Mưa lớn, nguy cơ lũ quét và sạt lở đất ở các huyện vùng cao."])),
         ("title", c.title), ("date", c.d("Ngày {dd}/{mm}/{yyyy} | {HH}:{MM}"))]
    paras = c.paras(1, 3)
    rel = c.related(5)
    blocks = [notice(c, "notice", "Thông báo của Liên minh HTX")]
    if rel:
        blocks.append(related_lines(c, rel[:1], "xemthem"))
    E += c.weave(paras, blocks)
    E.append(("byline", f"{a.upper()} - {b.upper()}" if a != b else a.upper()))
    caps = c.rng("gal").sample(MARKET_SCENES, 3)
    E.append(W("Chùm ảnh: Phiên chợ vùng cao ngày cuối tuần"))
    for i, cp in enumerate(caps):
        E.append(("caption", f"Ảnh {i + 1}/{len(caps)}: {cp}"))
    E.append(("credit", "Ảnh: " + b))
    if rel[1:]:
        E.append(W("Xem thêm"))
        E += related_lines(c, rel[1:], "bullet")
    E += footer(c, "Nông Nghiệp Tây Bắc", "nongnghieptaybac.vn", "Số 12 đường Tô Hiệu, TP Sơn La, tỉnh Sơn La")
    return E


def L18(c):
    """Hợp Tác Xã Ngày Nay: co-operative alliance paper."""
    r = c.rng("L")
    E = [("site", "Hợp Tác Xã Ngày Nay"), W("Kinh tế tập thể | Mô hình hay | Chính sách | Thị trường | Bạn đọc"),
         ("title", c.title), ("date", c.d("{wd}, {d}/{m}/{yyyy} {HH}:{MM}")),
         ("caption", f"{c.caption('lead')} (Ảnh: {c.reporter('photog')})")]
    paras = c.paras(2, 4)
    pq = c.pull_quote()
    fq, who = c.farmer_quote()
    quote = [W(pq)] if pq else [W(f"“{fq}” – {who[0].upper() + who[1:]}")]
    E += c.weave(paras, [quote, notice(c, "notice", "THÔNG BÁO")])
    au = c.fullname("author")
    E += [("byline", au), ("byline", f"Phóng viên thường trú khu vực {REGION_NAME.get(c.region or 'N')}")]
    E += [W("Bình luận của bạn"), W("Họ và tên"), W("Email"), W("Gửi bình luận")]
    rel = c.related(4)
    if rel:
        E.append(W("Tin mới"))
        E += related_lines(c, rel, "plain")
        E.append(W("Xem thêm »"))
    E += footer(c, "Hợp Tác Xã Ngày Nay", "htxngaynay.vn", "Số 77 Nguyễn Thái Học, quận Ba Đình, Hà Nội")
    return E


def L19(c):
    """Nhà Nông Điện Tử: mobile page."""
    r = c.rng("L")
    E = [W("← Quay lại"), ("site", "Nhà Nông Điện Tử"), ("title", c.title),
         W(f"{max(2, len(c.story.split()) // 220)} phút đọc"), ("date", c.d("{d}/{m}/{yyyy} • {HH}:{MM}"))]
    paras = c.paras(1, 2)
    blocks = [[("caption", c.caption("cap1"))], weather(c, "strip")]
    E += c.weave(paras, blocks)
    E.append(("byline", c.reporter()))
    rel = c.related(3)
    if rel:
        E.append(W("Đọc tiếp"))
        E += related_lines(c, rel, "ht_two")
    E.append(W("Tải ứng dụng Nhà Nông Điện Tử trên App Store và Google Play"))
    E.append(W(c.title))
    E.append(W("Chia sẻ"))
    return E


LAYOUTS = [
    ("L00-nongthonngaynay", L00), ("L01-bantinhtx", L01), ("L02-kinhtemientay", L02),
    ("L03-caphecaonguyen", L03), ("L04-channuoi", L04), ("L05-nhipsongnongthon", L05),
    ("L06-tiengnoinhanong", L06), ("L07-hatgaoviet", L07), ("L08-kinhtesonghong", L08),
    ("L09-khuyennong24h", L09), ("L10-chonongsan", L10), ("L11-duyenhai", L11),
    ("L12-langqueviet", L12), ("L13-bannhanong", L13), ("L14-nongsanxuatkhau", L14),
    ("L15-baophusa", L15), ("L16-vuoncaytrai", L16), ("L17-taybac", L17),
    ("L18-htxngaynay", L18), ("L19-nhanongmobile", L19),
]


# ---------------------------------------------------------------------------
# faults and assembly
# ---------------------------------------------------------------------------

def _nbsp(s, r):
    idx = [i for i, ch in enumerate(s) if ch == " " and 0 < i < len(s) - 1]
    if not idx:
        return s
    chosen = set(r.sample(idx, min(len(idx), r.randint(1, 3))))
    return "".join("\u00a0" if i in chosen else ch for i, ch in enumerate(s))


def _zwsp(s, r):
    idx = [i for i in range(1, len(s)) if s[i - 1].isalpha() and s[i].isalpha()]
    if not idx:
        return s
    i = r.choice(idx)
    return s[:i] + "\u200b" + s[i:]


def _dspace(s, r):
    idx = [i for i, ch in enumerate(s) if ch == " " and 0 < i < len(s) - 1]
    if not idx:
        return s
    i = r.choice(idx)
    return s[:i] + "  " + s[i + 1:]


def apply_faults(c, E):
    E = [(k, list(v)) if k == "body" else (k, v) for k, v in E]
    for f in c.faults:
        if f in ("glue", "nfd"):
            continue
        r = c.rng("fault_" + f)
        fn = {"nbsp": _nbsp, "zwsp": _zwsp, "dspace": _dspace}[f]
        targets = []
        for ei, (k, v) in enumerate(E):
            if k == "body":
                targets += [(ei, j) for j in range(len(v))]
            elif k in KINDS:
                targets.append((ei, None))
        n = {"nbsp": r.randint(3, 6), "zwsp": r.randint(1, 3), "dspace": r.randint(1, 2)}[f]
        for ei, j in r.sample(targets, min(n, len(targets))):
            k, v = E[ei]
            if j is None:
                E[ei] = (k, fn(v, r))
            else:
                v[j] = fn(v[j], r)
    if "nfd" in c.faults:
        E = [(k, [unicodedata.normalize("NFD", x) for x in v]) if k == "body"
             else (k, unicodedata.normalize("NFD", v)) for k, v in E]
    return E


def assemble(c, E, layout):
    E = [(k, [unicodedata.normalize("NFC", x) for x in v]) if k == "body" else (k, unicodedata.normalize("NFC", v))
         for k, v in E]
    E = apply_faults(c, E)
    lines, body, furn = [], [], []
    seen_unl = {}
    for k, v in E:
        if k == "body":
            if not v:
                continue
            lines.append(" ".join(v))
            body.extend(v)
        elif k in ("title", "date", "site"):
            if k in seen_unl:
                raise ValueError(f"row {c.row}: second {k} line")
            seen_unl[k] = v
            lines.append(v)
        elif k in KINDS:
            lines.append(v)
            furn.append((k, v))
        else:
            raise ValueError(f"row {c.row}: unknown kind {k}")
    for ln in lines:
        if not ln or ln != ln.strip() or "\n" in ln:
            raise ValueError(f"row {c.row}: bad line {ln!r}")
    page = Page("\n".join(lines), body, furn, layout)
    # generator-side extra checks (knows the true title and the glued components)
    bkeys = {norm(s) for s in c.sents} | {norm(b) for b in body}
    tkey = norm(c.title)
    for k, v in furn:
        if norm(v) in bkeys:
            raise ValueError(f"row {c.row}: furniture equals body: {v!r}")
        if norm(v) == tkey and k != "widget":
            raise ValueError(f"row {c.row}: title repeat not widget: {v!r}")
        if k == "related" and norm(v) == tkey:
            raise ValueError(f"row {c.row}: related equals title")
    for k, v in seen_unl.items():
        if norm(v) in bkeys:
            raise ValueError(f"row {c.row}: {k} line equals body")
    return page


def check_page(p):
    """Independent walk over the text: raise ValueError on any breach of the contract."""
    if not isinstance(p.text, str) or not p.text:
        raise ValueError("empty text")
    lines = p.text.split("\n")
    bi = fi = 0
    unl = []
    body_lines = 0
    for ln in lines:
        if not ln or ln != ln.strip():
            raise ValueError(f"blank or unstripped line {ln!r}")
        if fi < len(p.furniture) and ln == p.furniture[fi][1]:
            if p.furniture[fi][0] not in KINDS:
                raise ValueError(f"bad kind {p.furniture[fi][0]!r}")
            fi += 1
            continue
        for n in range(1, 5):
            if bi + n <= len(p.body) and ln == " ".join(p.body[bi:bi + n]):
                bi += n
                body_lines += 1
                break
        else:
            unl.append(ln)
    if bi != len(p.body) or fi != len(p.furniture):
        raise ValueError(f"walk did not use up body/furniture ({bi}/{len(p.body)}, {fi}/{len(p.furniture)})")
    if len(unl) > 3 or len(set(unl)) != len(unl):
        raise ValueError(f"unlabelled lines: {unl!r}")
    if len(p.body) < 3:
        raise ValueError("fewer than 3 body items")
    bkeys = {norm(b) for b in p.body}
    for b in p.body:
        if not b or b != b.strip() or b not in p.text:
            raise ValueError(f"bad body item {b!r}")
    for k, v in p.furniture:
        if norm(v) in bkeys:
            raise ValueError(f"furniture equals body sentence: {v!r}")
    for u in unl:
        if norm(u) in bkeys:
            raise ValueError(f"unlabelled line equals body sentence: {u!r}")
    ukeys = {norm(u) for u in unl}
    for k, v in p.furniture:
        if k == "related" and norm(v) in ukeys:
            raise ValueError(f"related equals title/unlabelled: {v!r}")
        if norm(v) in ukeys and k != "widget":
            raise ValueError(f"repeat of unlabelled line not widget: {v!r}")
    return True


def pages(path):
    body_rows, rel_rows = read_rows(path)
    pool = []
    for row in sorted(rel_rows):
        t, a = rel_rows[row]
        h = detok(t)
        if not h:
            continue
        pool.append((row, h, teaser_of(a)))
    out = []
    k = -1
    for row in sorted(body_rows):
        k += 1
        title, art = body_rows[row]
        t = detok(title)
        sents = story_sentences(title, art, cut=(len(art) == RELATED_CUT + 1))
        if len(sents) < 3 or not t:
            continue
        name, fn = LAYOUTS[k % len(LAYOUTS)]
        c = Ctx(row, k, t, sents, pool)
        E = fn(c)
        p = assemble(c, E, name)
        check_page(p)
        out.append(p)
        _FAULTS[id(p)] = list(c.faults)
    return out


_FAULTS = {}


def totals(ps):
    cols = ["pages", "body"] + list(KINDS) + ["faulted"] + list(FAULTS)
    rows = {}
    for p in ps:
        d = rows.setdefault(p.layout, dict.fromkeys(cols, 0))
        d["pages"] += 1
        d["body"] += len(p.body)
        for k, _ in p.furniture:
            d[k] += 1
        fl = _FAULTS.get(id(p), [])
        if fl:
            d["faulted"] += 1
        for f in fl:
            d[f] += 1
    tot = dict.fromkeys(cols, 0)
    for d in rows.values():
        for c in cols:
            tot[c] += d[c]
    w = max([len(x) for x in rows] + [5])
    head = "layout".ljust(w) + " " + " ".join(c.rjust(7) for c in cols)
    lines = [head, "-" * len(head)]
    for name in sorted(rows):
        lines.append(name.ljust(w) + " " + " ".join(str(rows[name][c]).rjust(7) for c in cols))
    lines.append("-" * len(head))
    lines.append("TOTAL".ljust(w) + " " + " ".join(str(tot[c]).rjust(7) for c in cols))
    return "\n".join(lines)


def main(argv):
    if len(argv) != 2:
        print("usage: python3 make.py PATH/vietnews_train.jsonl.gz", file=sys.stderr)
        return 2
    ps = pages(argv[1])
    print(f"set {SETNAME} seed {SEED}: {len(ps)} pages")
    print(totals(ps))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
