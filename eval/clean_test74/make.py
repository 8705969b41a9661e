#!/usr/bin/env python3
"""Held-out evaluation set `test74` for the cleaner of scraped Vietnamese news pages.

Theme: crime, court and police desks of invented news sites and police/legal papers.
Builds about 100 labelled pages from VietNews rows (story text) with invented furniture.

    python3 make.py /work/shared/data/vietnews_train.jsonl.gz          # totals table
    python3 make.py /work/shared/data/vietnews_train.jsonl.gz --show 3  # also print pages 3

Standard library only.  `pages(path)` returns a list of `Page(text, body, furniture, layout)`
and raises ValueError when a page breaks the labelling contract (see README.md).
"""
import datetime
import gzip
import json
import random
import re
import sys
import unicodedata
from typing import NamedTuple

SET_NAME = "test74"
SEED = 7474
BODY_ROWS = range(19_300, 19_400)
RELATED_ROWS = range(14_600, 14_700)
KINDS = ("byline", "credit", "caption", "related", "widget")
FAULTS = ("nbsp", "zwsp", "dspace", "glue", "nfd")


def rng(row, purpose):
    """Every random draw of the set comes from one of these string-seeded generators."""
    return random.Random(f"{SET_NAME}|{SEED}|{row}|{purpose}")


class Page(NamedTuple):
    text: str
    body: list
    furniture: list
    layout: str


# --------------------------------------------------------------------------------------------
# Reading the data
# --------------------------------------------------------------------------------------------

def _parse(raw):
    try:
        rec = json.loads(raw.decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        return None
    if not isinstance(rec, dict):
        return None
    title, article = rec.get("title"), rec.get("article")
    if not isinstance(title, str) or not isinstance(article, str):
        return None
    if not title.strip() or not article.strip():
        return None
    return title, article


def read_rows(path):
    """One streaming pass; returns (body_rows, related_rows) as lists of (row, title, article)."""
    last = max(BODY_ROWS[-1], RELATED_ROWS[-1])
    body, related = [], []
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rb") as fh:
        for i, raw in enumerate(fh):          # binary iteration splits on b"\n"
            if i > last:
                break
            in_body, in_rel = i in BODY_ROWS, i in RELATED_ROWS
            if not (in_body or in_rel):
                continue
            rec = _parse(raw)
            if rec is None:
                continue
            title, article = rec
            if in_rel:
                related.append((i, title, article[:1200]))
            else:
                body.append((i, title, article))
    return body, related


# --------------------------------------------------------------------------------------------
# Story text: detokenising, splitting, filtering
# --------------------------------------------------------------------------------------------

def _fix_double_quotes(s):
    """Pair straight and curly double quotes and remove the spaces inside them."""
    roles, stack = {}, []
    for i, ch in enumerate(s):
        if ch == "“":
            stack.append("c")
            roles[i] = "o"
        elif ch == "”":
            if stack:
                stack.pop()
            roles[i] = "c"
        elif ch == '"':
            if stack and stack[-1] == "s":
                stack.pop()
                roles[i] = "c"
            elif stack and stack[-1] == "c":
                nxt = re.search(r'["“”]', s[i + 1:])
                if nxt and nxt.group() == '"':
                    stack.append("s")
                    roles[i] = "o"
                else:
                    stack.pop()
                    roles[i] = "c"
            else:
                stack.append("s")
                roles[i] = "o"
    out, skip = [], False
    for i, ch in enumerate(s):
        if skip and ch == " ":
            continue
        skip = False
        role = roles.get(i)
        if role == "o":
            out.append(ch)
            skip = True
        elif role == "c":
            while out and out[-1] == " ":
                out.pop()
            out.append(ch)
        else:
            out.append(ch)
    return "".join(out)


def detok(s):
    s = unicodedata.normalize("NFC", s)
    s = re.sub(r"[\r\n\t\u00a0]+", " ", s)
    s = s.replace("_", " ")
    s = re.sub(r" {2,}", " ", s).strip()
    s = _fix_double_quotes(s)
    s = re.sub(r"(^|\s)'\s+([^']*?\S)\s+'(?=\s|$|[,.;:!?)])", r"\1'\2'", s)
    s = re.sub(r"‘\s+", "‘", s)
    s = re.sub(r"\s+’", "’", s)
    s = re.sub(r"([(\[{])\s+", r"\1", s)
    s = re.sub(r"\s+([)\]}])", r"\1", s)
    s = re.sub(r"\s+([,.;:!?%…])", r"\1", s)
    s = re.sub(r"(?<=\S) / (?=\S)", "/", s)
    s = re.sub(r" {2,}", " ", s).strip()
    return s


ABBR = {"TP", "Tp", "TS", "GS", "PGS", "ThS", "Ths", "BS", "Bs", "Q", "P", "TT", "Th", "NXB",
        "Mr", "Mrs", "Ms", "Dr", "St", "Co", "Inc", "Ltd", "No", "TX", "KS", "CN", "PV",
        "Lt", "Jr", "Sr", "vs", "TSKH", "NCS", "Ts", "Gs"}


def split_sentences(text):
    out, start = [], 0
    for m in re.finditer(r"[.!?…]+[\"”’)\]]*(?=\s)", text):
        j = m.end()
        while j < len(text) and text[j].isspace():
            j += 1
        if j >= len(text):
            break
        k = j
        while k < len(text) and text[k] in "\"“‘'([":
            k += 1
        if k >= len(text) or not (text[k].isupper() or text[k].isdigit()):
            continue
        punct = m.group()
        if punct[0] == "." and not punct.startswith(".."):
            w = re.search(r"(\S+)$", text[start:m.start()])
            word = w.group(1).lstrip("(\"“‘[") if w else ""
            if (word in ABBR or (len(word) == 1 and word.isalpha() and word.isupper())
                    or re.fullmatch(r"(?:\w\.)+\w", word)):
                continue
        piece = text[start:m.end()].strip()
        if piece:
            out.append(piece)
        start = j
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return out


ZW_RE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")


def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = ZW_RE.sub("", s)
    s = re.sub(r"\s+", "", s)
    return s.casefold()


CAPTION_MARKS = ("ảnh:", "(ảnh", "ảnh minh", "video:", "clip:", "minh hoạ", "minh họa", "(trái)",
                 "(phải)", "(giữa)", "nguồn:", "đồ hoạ", "đồ họa", "infographic", "photo:",
                 "ảnh chụp", "từ trái sang", "từ trái qua", "xem thêm", "đọc thêm", "ảnh tư liệu",
                 "ảnh cắt", "trong ảnh", "ảnh trên", "ảnh dưới", "ảnh internet", "@", "http",
                 "www.", "ảnh nguồn", "(video", "(clip")

REPORTING = re.compile(
    r"\b(cho biết|cho hay|khẳng định|chia sẻ|nhận định|thừa nhận|khai nhận|khai rằng|khai với|"
    r"lời khai|kể lại|kể rằng|kể với|tiết lộ|nhấn mạnh|giải thích|cho rằng|bày tỏ|trả lời|"
    r"xác nhận|lý giải|phát biểu|thông báo|tuyên bố|cho thấy|đánh giá|nhận xét|phản ánh|"
    r"trình bày|báo cáo|tâm sự|khai báo|thuật lại|bác bỏ|lên tiếng|kiến nghị|đề nghị|"
    r"thông tin với|thông tin thêm|yêu cầu|nêu rõ|nêu quan điểm|phân tích|khuyến cáo|"
    r"cảnh báo|trao đổi với|nói với|nói rằng|ông nói|bà nói|anh nói|chị nói|người này nói|"
    r"nói thêm|nói\.|nêu\.|kể\.|thông tin\.|trần tình|thổ lộ|hồi tưởng|nhớ lại|quả quyết|"
    r"cam kết|khẳng định)")

CONNECTIVES = ("Tuy nhiên", "Trong khi đó", "Theo đó", "Do đó", "Vì vậy", "Vì thế", "Ngoài ra",
               "Trước đó", "Sau đó", "Bên cạnh đó", "Đồng thời", "Hiện nay", "Hiện tại", "Hiện",
               "Cũng theo", "Theo", "Mặt khác", "Thế nhưng", "Nhưng", "Song", "Tuy vậy",
               "Dù vậy", "Trước đây", "Ngay sau đó", "Sau khi", "Trước khi", "Khi", "Riêng",
               "Cùng ngày", "Cùng với", "Trong đó", "Ngoài", "Bởi vì", "Bởi", "Vì", "Do",
               "Nếu", "Để", "Từ đó", "Cũng", "Thậm chí", "Tiếp đó", "Kết quả", "Tại đây",
               "Đáng chú ý", "Đặc biệt", "Như vậy", "Đến nay", "Liên quan", "Cụ thể",
               "Ngay lập tức", "Trước tình hình", "Trong lúc", "Còn", "Và", "Mặc dù", "Dù",
               "Lúc này", "Từ đây", "Nhờ", "Chính vì", "Sau đây", "Tiếp theo", "Cuối cùng")

MIDCAP = re.compile(r"[a-zà-ỹđ,]\s(Ông|Bà|Theo|Ngày|Sáng|Chiều|Tối|Trưa|Tuy|Khi|Hiện|Trong|"
                    r"Sau|Trước|Tại|Những|Nhiều|Các)\s")


def _balanced(s):
    stack = []
    for ch in s:
        if ch == "“":
            stack.append("c")
        elif ch == "”":
            if not stack or stack[-1] != "c":
                return False
            stack.pop()
        elif ch == '"':
            if stack and stack[-1] == "s":
                stack.pop()
            else:
                stack.append("s")
        elif ch in "([‘«":
            stack.append(ch)
        elif ch in ")]’»":
            want = {")": "(", "]": "[", "’": "‘", "»": "«"}[ch]
            if not stack or stack[-1] != want:
                return False
            stack.pop()
    return not stack


def keep_sentence(s):
    low = s.lower()
    if any(m in low for m in CAPTION_MARKS):
        return False
    if "|" in s or "•" in s or "»" in s or "«" in s:
        return False
    if not _balanced(s):
        return False
    if not re.search(r"[.!?…][\"”’)\]]*$", s):
        return False
    words = s.split()
    if len(words) < 8 or len(words) > 110:
        return False
    if any(":" in w for w in words[:6]):
        return False
    first = next((ch for ch in s if ch.isalnum()), "")
    if not first or first.islower():
        return False
    if s[0] in "(-–—+*":
        return False
    m = re.search(r"\(?\bTheo\s+([^()]{1,60}?)\)?[.!?]?$", s)
    if m:
        tail = m.group(1).split()
        if len(tail) <= 6 and all(w[:1].isupper() or not w[:1].isalpha() for w in tail):
            return False
    if MIDCAP.search(s):
        return False
    if s[0] in "\"“'‘":
        close = {"\"": "\"", "“": "”", "'": "'", "‘": "’"}[s[0]]
        e = s.find(close, 1)
        if e > 0 and s[e + 1:e + 2] == " " and s[e + 2:e + 3].isupper():
            return False                # a quoted sub-heading glued to the next sentence
    n = len(words)
    if n <= 22 or (n <= 30 and "," not in s):
        opens = any(s.startswith(c + " ") or s.startswith(c + ",") for c in CONNECTIVES)
        quote = bool(re.search(r"[\"“”]", s)) and bool(
            re.search(r"\b(nói|theo|kể|nêu|cho biết|cho hay)\b", low))
        if not (REPORTING.search(low) or quote or opens):
            return False
    return True


def story_sentences(title, article, cut):
    t = detok(title)
    sents = split_sentences(detok(article))
    if cut and sents:
        sents = sents[:-1]
    out, seen = [], {norm(t)}
    for s in sents:
        if not keep_sentence(s):
            continue
        k = norm(s)
        if k in seen:
            continue
        seen.add(k)
        out.append(s)
    return t, out


# --------------------------------------------------------------------------------------------
# Invented pools
# --------------------------------------------------------------------------------------------

SURNAMES = ("Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Lưu "
            "Trương Mai Cao Tạ Hà Lâm Châu Đoàn Trịnh Tô Thái Quách Lương Kiều Chu Triệu Tăng "
            "La Thân Từ Khúc Mạc Tôn Đàm Phùng Hứa Nông Lò").split()
MIDDLE = "Văn Thị Minh Hữu Đức Thanh Quốc Ngọc Hoài Gia Công Thành Bảo Kim Xuân Đình".split()
GIVEN = ("An Bình Cường Dũng Hải Hùng Khang Long Nam Phong Quân Sơn Tâm Thảo Trang Tuấn Vy "
         "Yến Lộc Tài Phúc Hiếu Nghĩa Khải Thắng Lợi Tùng Hạnh Loan Nhân Quyết Tín Kha").split()
PEN = ["Minh Khoa", "Hữu Phước", "Thanh Nhàn", "Hoàng Long", "Quế Anh", "Kim Ngân", "Hải Đăng",
       "Đức Huy", "Lâm Phương", "Tuấn Kiệt", "Ngọc Tú", "Thanh Sơn", "Bảo Trâm", "Gia Huy",
       "Khánh Linh", "Trọng Nghĩa", "Phương Thảo", "Quang Vinh", "Mỹ Duyên", "Việt Hà",
       "Thu Hằng", "Nhật Minh", "Anh Thư", "Công Thành", "Diệu Linh", "Trung Kiên", "Hồng Nhung",
       "Văn Toàn", "Thảo Vy", "Đăng Khoa", "Lê Khánh", "Minh Tâm", "Thanh Lam", "Hà Vy",
       "Tường Lâm", "Phú Quý", "Duy Tân", "Bích Ngọc", "Hạo Nhiên", "Khôi Nguyên"]
PROVINCES = ["Tiền Giang", "Long An", "Đồng Nai", "Bình Dương", "Nghệ An", "Thanh Hoá", "Hà Tĩnh",
             "Quảng Nam", "Đắk Lắk", "Kiên Giang", "An Giang", "Vĩnh Long", "Bến Tre",
             "Bắc Ninh", "Thái Bình", "Nam Định", "Gia Lai", "Bình Định", "Sóc Trăng", "Lâm Đồng"]
DISTRICTS = ["Châu Thành", "Tân Phước", "Vĩnh Lợi", "Hoà Thành", "Phú Giáo", "Đông Sơn",
             "Yên Thành", "Mỹ Xuyên", "Krông Pắc", "Thạch Hà", "Cai Lậy", "Trảng Bom",
             "Long Điền", "Tuy Phước", "Đức Hoà"]
COMMUNES = ["Tân Hưng", "Phước Lộc", "An Thạnh", "Hưng Đạo", "Vĩnh Phú", "Thanh Lương",
            "Đông Hoà", "Bình Minh", "Mỹ Hạnh", "Quang Trung", "Tân Lập", "Hiệp Phước"]
CRIMES = [("Lừa đảo chiếm đoạt tài sản", 174, 20), ("Trộm cắp tài sản", 173, 20),
          ("Cố ý gây thương tích", 134, 20), ("Giết người", 123, 20),
          ("Cướp giật tài sản", 171, 15), ("Cướp tài sản", 168, 20),
          ("Vi phạm quy định về tham gia giao thông đường bộ", 260, 15),
          ("Mua bán trái phép chất ma tuý", 251, 20), ("Tổ chức đánh bạc", 322, 10),
          ("Buôn lậu", 188, 20), ("Lạm dụng tín nhiệm chiếm đoạt tài sản", 175, 20),
          ("Nhận hối lộ", 354, 20), ("Gây rối trật tự công cộng", 318, 7),
          ("Cho vay lãi nặng trong giao dịch dân sự", 201, 3),
          ("Vận chuyển hàng cấm", 191, 15), ("Lợi dụng chức vụ, quyền hạn trong khi thi hành "
                                            "công vụ", 356, 15)]
STREETS = ["Lạc Long Quân", "Trần Quốc Toản", "Nguyễn Trãi", "Lý Thường Kiệt", "Hai Bà Trưng",
           "Phan Đăng Lưu", "Võ Thị Sáu", "Nguyễn Văn Cừ", "Hùng Vương", "Quang Trung"]
COMMENTS = ["Phải xử thật nghiêm để răn đe.", "Đọc mà thấy sợ, mọi người cẩn thận nhé.",
            "Cảm ơn các anh công an đã vào cuộc kịp thời.",
            "Mong cơ quan chức năng làm rõ, không để lọt người lọt tội.",
            "Không biết bao giờ mới hết những chuyện thế này.",
            "Luật phải nghiêm hơn nữa mới được.", "Thương gia đình nạn nhân quá.",
            "Báo viết rất rõ ràng, mong có bài tiếp theo.",
            "Cần công khai kết quả xử lý cho người dân được biết.",
            "Chuyện này ở quê tôi cũng từng xảy ra rồi.",
            "Đề nghị báo tiếp tục theo dõi vụ việc đến cùng.",
            "Xã hội bây giờ loạn quá, ra đường phải cẩn thận.",
            "Ủng hộ lực lượng chức năng xử lý dứt điểm!",
            "Ai có thông tin thì báo ngay cho công an nhé mọi người."]
NEUTRAL_COMMENTS = ["Cảm ơn báo đã thông tin kịp thời.",
                    "Mong các cơ quan chức năng sớm có giải pháp.",
                    "Bài viết rất bổ ích, cảm ơn phóng viên.",
                    "Đề nghị báo tiếp tục theo dõi vụ việc đến cùng.",
                    "Cần công khai kết quả xử lý cho người dân được biết.",
                    "Chuyện này ở quê tôi cũng từng xảy ra rồi.",
                    "Báo viết rất rõ ràng, mong có bài tiếp theo.",
                    "Hy vọng mọi việc sớm được giải quyết ổn thoả.",
                    "Không biết địa phương khác có tình trạng tương tự không?"]
COURT_CAPTIONS = ["Quang cảnh phiên toà sơ thẩm.", "Các bị cáo tại phiên xét xử.",
                  "Hội đồng xét xử tuyên án.", "Bị cáo nghe toà tuyên án.",
                  "Luật sư tranh luận tại phiên toà."]
GENERIC_CAPTIONS = ["Lực lượng chức năng có mặt tại hiện trường.",
                    "Cơ quan điều tra khám nghiệm hiện trường vụ việc.",
                    "Tang vật thu giữ được trong quá trình khám xét.",
                    "Trụ sở cơ quan công an nơi thụ lý vụ việc.",
                    "Cảnh sát phong toả khu vực để điều tra.",
                    "Người dân tập trung theo dõi sự việc.",
                    "Cán bộ công an lấy lời khai những người liên quan.",
                    "Hiện trường vụ việc được bảo vệ nghiêm ngặt.",
                    "Cảnh sát giao thông phân luồng tại khu vực xảy ra sự việc.",
                    "Lực lượng cảnh sát cơ động tuần tra trên tuyến phố.",
                    "Cơ quan chức năng làm việc với những người liên quan."]
NEUTRAL_CAPTIONS = ["Quang cảnh buổi làm việc của các cơ quan chức năng.",
                    "Người dân qua lại tại khu vực.",
                    "Lực lượng chức năng có mặt tại khu vực.",
                    "Khung cảnh nơi xảy ra sự việc.",
                    "Toàn cảnh khu vực nhìn từ trên cao.",
                    "Người dân theo dõi diễn biến sự việc.",
                    "Cán bộ địa phương kiểm tra thực tế tại khu vực."]
CRIME_WORDS = ("khởi tố", "bắt giữ", "bắt quả tang", "điều tra", "công an", "toà", "tòa",
               "bị cáo", "nghi phạm", "truy nã", "lừa đảo", "tạm giam", "tạm giữ", "xét xử",
               "cảnh sát", "hình sự", "tử vong", "tai nạn", "ma tuý", "ma túy", "cướp", "trộm")
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
PLACE_WORDS = {"tỉnh", "huyện", "xã", "phường", "quận", "thị xã", "thành phố", "thị trấn", "thôn",
               "ấp", "xóm"}
NOT_PERSON_BEFORE = {"đường", "phố", "cầu", "trường", "xã", "phường", "quận", "huyện", "tỉnh",
                     "trấn", "cảng", "bến", "chợ", "viên", "làng", "thôn", "ấp", "tàu", "sông",
                     "hồ", "núi", "khu", "đảo", "bệnh", "hẻm", "ngõ", "kênh", "đèo", "sạn",
                     "ty", "lịch", "đoàn", "hàng", "hiệu", "hãng", "giải", "dự", "án", "chùa",
                     "đền", "sân", "bay", "ga", "nhà", "hội", "quỹ", "xe", "nhãn", "báo", "đài"}
BIG_CITIES = {"Hà Nội", "Đà Nẵng", "Hải Phòng", "Cần Thơ", "Sài Gòn", "Hồ Chí Minh"}


TITLE_WORDS = {"chủ", "tịch", "bí", "thư", "giám", "đốc", "trưởng", "phó", "hđnd", "ubnd"}


def _is_cap(w):
    return bool(w) and w[0].isupper() and w.isalpha() and (len(w) == 1 or w[1:].islower())


def entities(sents):
    """People (3-4 capitalised syllables opening with a surname) and places of the story."""
    persons, places = [], []
    pend = ".,;:!?)\"”’'"
    for s in sents:
        toks = s.split()
        # only people who speak in the story: a reporting verb shortly after the name
        low = s.lower()
        verb_at = [len(low[:m.start()].split()) for m in REPORTING.finditer(low)]
        cores = [t.strip(".,;:!?()\"“”'‘’") for t in toks]
        end_br = [t[-1] in pend for t in toks]
        start_br = [t[0] in "(\"“‘'" for t in toks]

        def grab(i, limit):
            name = []
            for j in range(i, min(i + limit, len(cores))):
                if j > i and (end_br[j - 1] or start_br[j]):
                    break
                if not _is_cap(cores[j]):
                    break
                name.append(cores[j])
            return name

        for i, c in enumerate(cores):
            prev = cores[i - 1].lower() if i else ""
            pw = None
            if c.islower() and c in PLACE_WORDS:
                pw = c
            if c.islower() and i and f"{prev} {c}" in PLACE_WORDS:
                pw = f"{cores[i - 1]} {c}"
            if pw and i + 1 < len(cores) and not end_br[i] and not start_br[i + 1]:
                name = grab(i + 1, 6)
                titled = any(t.lower() in TITLE_WORDS for t in cores[max(0, i - 4):i])
                if len(name) > 3 or (name and name[0] in SURNAMES and titled):
                    name = []           # a person's name follows the place, or is the place
                if len(name) < 2 or (" ".join(name) in BIG_CITIES and pw.lower() != "thành phố"):
                    name = []
                if name:
                    pl = f"{pw.lower()} {' '.join(name)}"
                    if pl not in places:
                        places.append(pl)
            speaks = any(0 < v - i <= 15 and not re.search(r'["“”]', " ".join(toks[i:v]))
                         for v in verb_at)
            if c in SURNAMES and (i == 0 or prev not in NOT_PERSON_BEFORE) and speaks and not (
                    i and _is_cap(cores[i - 1]) and not end_br[i - 1] and not start_br[i]):
                name = grab(i, 6)
                for j, w in enumerate(name):
                    if w.lower() in TITLE_WORDS or w.lower() in ("tổng", "đại", "thượng"):
                        name = name[:j]
                        break
                if 3 <= len(name) <= 4:
                    p = " ".join(name)
                    if p not in persons and p not in ("Hồ Chí Minh",):
                        persons.append(p)
    return persons[:4], places[:4]


# --------------------------------------------------------------------------------------------
# Page context and furniture helpers
# --------------------------------------------------------------------------------------------

class Ctx:
    def __init__(self, row, k, lay, title, sents, pool):
        self.row, self.k, self.lay = row, k, lay
        self.site, self.dom, self.abbr = lay["site"], lay["dom"], lay["abbr"]
        self.r = rng(row, "layout")
        self.title, self.sents = title, sents
        self.body_norm = {norm(s) for s in sents}
        self.title_norm = norm(title)
        dr = rng(row, "date")
        start = datetime.datetime(2016, 1, 1)
        self.d = start + datetime.timedelta(days=dr.randrange(1461), hours=dr.randrange(6, 23),
                                            minutes=dr.randrange(60))
        self.now = self.d + datetime.timedelta(days=dr.randrange(0, 4))
        self.persons, self.places = entities(sents)
        low = " ".join(sents).lower()
        self.crime_story = sum(low.count(w) for w in CRIME_WORDS) >= 3
        self.court_story = sum(low.count(w) for w in ("xét xử", "phiên toà", "phiên tòa",
                                                      "bị cáo", "tuyên án", "hội đồng xử")) >= 2
        self.used_caps, self.used_pens = set(), set()
        self._paras(lay["para"])
        self._related(pool)

    # ---- story paragraphs
    def _paras(self, span):
        pr = rng(self.row, "paras")
        lo, hi = span
        out, i = [], 0
        while i < len(self.sents):
            n = pr.randint(lo, hi)
            out.append(list(self.sents[i:i + n]))
            i += n
        self.paras = out

    def body(self, slots=(), lead=None):
        """Paragraphs with furniture slots placed in distinct gaps between paragraphs."""
        slots = [s for s in slots if s]
        gaps = list(range(1, len(self.paras)))
        pos = sorted(self.r.sample(gaps, min(len(gaps), len(slots))))
        blocks = list(lead or [])
        extra = slots[len(pos):]
        at = dict(zip(pos, slots[:len(pos)]))
        for i, p in enumerate(self.paras):
            if i in at:
                blocks.extend(at[i])
            blocks.append(("B", p))
        for s in extra:
            blocks.extend(s)
        return blocks

    # ---- related stories
    def _related(self, pool):
        rr = rng(self.row, "related")
        items = list(pool)
        rr.shuffle(items)
        ok = []
        for h, t in items:
            if norm(h) in (self.title_norm,) or norm(h) in self.body_norm:
                continue
            if norm(t) in self.body_norm or norm(t) == self.title_norm:
                continue
            if norm(t.rstrip(".…")) and any(norm(t.rstrip(".…")) in b for b in self.body_norm):
                continue
            ok.append((h, t))
        self.rel_items = ok
        self.rr = rr

    def rel(self, n):
        got, self.rel_items = self.rel_items[:n], self.rel_items[n:]
        return got

    def rel_date(self):
        d = self.d - datetime.timedelta(days=self.rr.randrange(1, 60), minutes=self.rr.randrange(600))
        return d

    def rel_block(self, heading, n, fmt, head_kind="widget"):
        items = self.rel(n)
        if not items:
            return []
        out = [(head_kind, heading)] if heading else []
        for i, (h, t) in enumerate(items, 1):
            d = self.rel_date()
            if fmt == "plain":
                out.append(("related", h))
            elif fmt == "dash":
                out.append(("related", f"- {h}"))
            elif fmt == "bullet":
                out.append(("related", f"• {h}"))
            elif fmt == "chev":
                out.append(("related", f"» {h}"))
            elif fmt == "num":
                out.append(("related", f"{i}. {h}"))
            elif fmt == "dated":
                out.append(("related", f"{h} ({d:%d/%m/%Y})"))
            elif fmt == "dated_short":
                out.append(("related", f"{h} ({d:%d/%m})"))
            elif fmt == "time":
                out.append(("related", f"{d:%H:%M} {h}"))
            elif fmt == "two_lines":
                out.append(("related", h))
                out.append(("related", t))
            elif fmt == "one_line":
                out.append(("related", f"{h} - {t}"))
            elif fmt == "duration":
                out.append(("related", f"{h} ({self.rr.randrange(1, 6):02d}:"
                                       f"{self.rr.randrange(60):02d})"))
            else:
                raise ValueError(fmt)
        return out

    def rel_joined(self, heading, n, sep):
        items = self.rel(n)
        if not items:
            return []
        return [("related", heading + sep.join(h for h, _ in items))]

    def see_also(self, prefix="Xem thêm: "):
        items = self.rel(1)
        return [("related", prefix + items[0][0])] if items else []

    # ---- people, numbers, dates
    def pen(self):
        for _ in range(50):
            p = self.r.choice(PEN)
            if p not in self.used_pens:
                self.used_pens.add(p)
                return p
        return self.r.choice(PEN)

    def full(self):
        mid = self.r.choice(MIDDLE)
        return f"{self.r.choice(SURNAMES[:20])} {mid} {self.r.choice(GIVEN)}"

    def phone(self, style=0):
        r = self.r
        if style == 0:
            return f"09{r.randrange(10)}{r.randrange(10)} {r.randrange(100, 1000)} {r.randrange(100, 1000)}"
        if style == 1:
            a = r.choice(["28", "24", "292", "273", "236"])
            if len(a) == 2:
                return f"0{a} {r.randrange(3500, 3999)} {r.randrange(1000, 10000)}"
            return f"0{a}.{r.randrange(380, 399)}.{r.randrange(1000, 10000)}"
        return f"1900 {r.randrange(1000, 10000)}"

    def date_line(self, style):
        d = self.d
        wd = WEEKDAYS[d.weekday()]
        return {
            "wd_gmt": f"{wd}, {d:%d/%m/%Y} {d:%H:%M} (GMT+7)",
            "dmy_dash_hm": f"{d:%d/%m/%Y - %H:%M}",
            "hm_bar_dmy": f"{d:%H:%M} | {d:%d/%m/%Y}",
            "dot": f"{d:%d.%m.%Y}, {d:%H:%M}",
            "hyphen": f"{d:%d-%m-%Y %H:%M}",
            "ngay_dang": f"Ngày đăng: {d:%d/%m/%Y}",
            "dang_luc": f"Đăng lúc {d:%H:%M} ngày {d:%d/%m/%Y}",
            "wd_bar": f"{wd}, {d:%d/%m/%Y} | {d:%H:%M}",
            "wd_dash": f"{wd}, {d:%d/%m/%Y} - {d:%H:%M}",
            "wd_comma": f"{wd}, {d.day}/{d.month}/{d.year}, {d:%H:%M}",
            "ngay": f"Ngày {d:%d/%m/%Y} {d:%H:%M}",
            "gmt": f"{d:%d/%m/%Y %H:%M} GMT+7",
            "wd_plain": f"{wd} {d:%d/%m/%Y}",
            "hm_dash_dmy": f"{d:%H:%M} - {d:%d/%m/%Y}",
            "long": f"{wd}, ngày {d.day} tháng {d.month} năm {d.year}",
            "iso_like": f"{d:%Y-%m-%d %H:%M}",
        }[style]

    def header_date(self):
        n = self.now
        return f"{WEEKDAYS[n.weekday()]}, {n:%d/%m/%Y}"

    # ---- captions and credits
    def _caption_ok(self, c):
        k = norm(c)
        return k not in self.body_norm and k != self.title_norm and k not in self.used_caps

    def cap(self, story_bias=0.6):
        r = self.r
        opts = []
        for p in self.persons:
            opts += [f"{p} trao đổi với phóng viên.", f"Chân dung {p}.",
                     f"{p} trả lời báo chí."]
        for pl in self.places:
            opts += [f"Khu vực {pl} nơi xảy ra sự việc.",
                     f"Lực lượng chức năng làm việc tại {pl}.",
                     f"Một tuyến đường tại {pl}.",
                     f"Trụ sở cơ quan chức năng tại {pl}."]
        choices = []
        if opts and r.random() < story_bias:
            choices = opts[:]
            r.shuffle(choices)
        gen = (GENERIC_CAPTIONS if self.crime_story else NEUTRAL_CAPTIONS)[:]
        if self.court_story:
            gen += COURT_CAPTIONS
        r.shuffle(gen)
        for c in choices + gen:
            if self._caption_ok(c):
                self.used_caps.add(norm(c))
                return c
        return "Hình ảnh tại hiện trường."

    def cap_credit(self, style=None):
        r = self.r
        c = self.cap()
        style = style if style is not None else r.randrange(4)
        whos = [self.pen(), "CTV", self.abbr]
        if self.crime_story and not any(p in c for p in self.persons):
            whos += ["Công an cung cấp", "Người dân cung cấp"]
        who = r.choice(whos)
        pen = who not in ("CTV", self.abbr, "Công an cung cấp", "Người dân cung cấp")
        if style == 0:
            return f"{c} (Ảnh: {who})"
        if style == 1:
            return f"{c} Ảnh: {who}"
        if style == 2:
            return f"{c[:-1]} - Ảnh: {who.upper() if pen else who}"
        return f"{c} Ảnh: {self.abbr}"

    def credit(self, style=None):
        r = self.r
        style = style if style is not None else r.randrange(4)
        if style == 0:
            return f"Ảnh: {self.pen()}"
        if style == 1:
            return "Ảnh: Công an cung cấp"
        if style == 2:
            return (f"Nguồn: Công an tỉnh {r.choice(PROVINCES)}" if self.crime_story
                    else r.choice(["Nguồn: Internet", "Ảnh: Tư liệu", "Nguồn: Cổng thông tin địa phương"]))
        return f"Ảnh: {self.abbr}"

    def pull_quote(self):
        cands = [s for s in self.sents if len(s.split()) >= 16]
        if not cands:
            return []
        s = self.r.choice(cands)
        words = s.split()
        n = self.r.randint(9, min(14, len(words) - 4))
        frag = " ".join(words[:n]).rstrip(",;:")
        frag = frag.strip("\"“”")
        line = f"“{frag}...”"
        if norm(line) in self.body_norm:
            return []
        return [("widget", line)]

    def tags(self, prefix="Từ khoá: ", sep=", ", hashtag=False):
        r = self.r
        base = ["pháp luật", "hình sự", "vụ án", "công an", "điều tra", "an ninh trật tự",
                "cảnh giác", "phiên toà", "tai nạn", "tố giác tội phạm"]
        t = [p.split(" ", 1)[1] if not p.startswith(("thành phố", "thị xã", "thị trấn"))
             else p.split(" ", 2)[2] for p in self.places[:2]] + r.sample(base, 3)
        if hashtag:
            t = ["#" + x.replace(" ", "") for x in t]
        return [("widget", prefix + sep.join(t))]

    # ---- boxes
    def comments(self, head, n, style):
        r = self.r
        out = [("widget", head.format(n=n + r.randrange(0, 30)))]
        texts = r.sample(COMMENTS if self.crime_story else NEUTRAL_COMMENTS, n)
        for t in texts:
            name = r.choice([self.full(), f"{r.choice(GIVEN)} ({r.choice(PROVINCES)})",
                             "Bạn đọc " + r.choice(GIVEN)])
            if style == 0:
                out.append(("widget", f"{name}: {t}"))
            elif style == 1:
                out.append(("widget", name))
                out.append(("widget", t))
                out.append(("widget", f"{r.randrange(1, 23)} giờ trước · Thích · Trả lời"))
            else:
                out.append(("widget", f"{name} - {self.d + datetime.timedelta(hours=r.randrange(1, 40)):%H:%M %d/%m/%Y}"))
                out.append(("widget", t))
        return out

    def hotline_box(self):
        return [("widget", "ĐƯỜNG DÂY NÓNG"),
                ("widget", f"Bạn đọc phát hiện hành vi vi phạm pháp luật xin liên hệ đường dây "
                           f"nóng: {self.phone(0)}"),
                ("widget", f"Email: toasoan@{self.dom}")]

    def tipoff_box(self):
        prov = self.r.choice(PROVINCES)
        return [("widget", "TỐ GIÁC TỘI PHẠM"),
                ("widget", "Mọi thông tin tố giác tội phạm của người dân đều được giữ bí mật "
                           "tuyệt đối."),
                ("widget", f"Phòng Cảnh sát hình sự Công an tỉnh {prov}: {self.phone(1)}")]

    def crime(self):
        return self.r.choice(CRIMES)

    def wanted_box(self, with_caption=True):
        r = self.r
        name = self.full()
        crime, art, _ = self.crime()
        prov = r.choice(PROVINCES)
        out = [("widget", r.choice(["THÔNG BÁO TRUY NÃ", "LỆNH TRUY NÃ", "Truy nã"]))]
        if with_caption:
            out.append(("caption", f"Đối tượng {name} bị truy nã."))
        out += [("widget", f"Họ tên: {name}, sinh năm {r.randrange(1970, 2000)}"),
                ("widget", f"Nơi ĐKTT: xã {r.choice(COMMUNES)}, huyện {r.choice(DISTRICTS)}, "
                           f"tỉnh {prov}"),
                ("widget", f"Tội danh: {crime} (Điều {art} Bộ luật Hình sự)"),
                ("widget", f"Đặc điểm nhận dạng: cao khoảng 1,{r.randrange(55, 80)} m, tóc "
                           f"ngắn, {r.choice(['có nốt ruồi dưới cằm', 'có hình xăm ở cánh tay trái', 'da ngăm đen', 'mắt một mí'])}."),
                ("widget", f"Ai phát hiện đối tượng trên đề nghị báo ngay cho cơ quan công an "
                           f"gần nhất hoặc gọi số {self.phone(1)}.")]
        return out

    def casefile_box(self):
        r = self.r
        crime, art, _ = self.crime()
        stage = r.choice(["Đang điều tra", "Đã khởi tố bị can", "Chuyển hồ sơ sang viện kiểm "
                          "sát", "Chờ xét xử sơ thẩm"])
        return [("widget", "HỒ SƠ VỤ ÁN"),
                ("widget", f"Tội danh: {crime}"),
                ("widget", f"Căn cứ: Điều {art} Bộ luật Hình sự năm 2015"),
                ("widget", f"Cơ quan thụ lý: Cơ quan CSĐT Công an tỉnh {r.choice(PROVINCES)}"),
                ("widget", f"Giai đoạn: {stage}")]

    def schedule_box(self):
        r = self.r
        out = [("widget", r.choice(["LỊCH XÉT XỬ TUẦN NÀY", "Lịch xét xử"]))]
        d = self.now
        for i in range(3):
            dd = d + datetime.timedelta(days=i + 1 + r.randrange(2))
            crime = r.choice(CRIMES)[0]
            out.append(("widget", f"{WEEKDAYS[dd.weekday()]} ({dd:%d/%m}): TAND tỉnh "
                                  f"{r.choice(PROVINCES)} xét xử "
                                  f"{r.choice(['sơ thẩm', 'phúc thẩm'])} vụ án \"{crime}\", "
                                  f"bị cáo {self.full()}."))
        return out

    def legal_box(self, head="LUẬT SƯ TƯ VẤN"):
        r = self.r
        crime, art, yrs = self.crime()
        lawyer = self.full()
        return [("widget", head),
                ("widget", f"Hỏi: Người có hành vi {crime.lower()} sẽ bị xử lý như thế nào? "
                           f"({r.choice(GIVEN)}, {r.choice(PROVINCES)})"),
                ("widget", f"Luật sư {lawyer} (Đoàn Luật sư tỉnh {r.choice(PROVINCES)}) trả lời:"),
                ("widget", f"Hành vi có dấu hiệu của tội {crime.lower()} có thể bị xử lý "
                           f"theo Điều {art} Bộ luật Hình sự năm 2015, sửa đổi, bổ sung năm "
                           f"2017, với mức hình phạt cao nhất lên đến {yrs} năm tù."),
                ("widget", "Ngoài trách nhiệm hình sự, người vi phạm còn phải bồi thường "
                           "thiệt hại theo quy định của pháp luật dân sự.")]

    def penal_box(self):
        crime, art, yrs = self.crime()
        return [("widget", "CĂN CỨ PHÁP LÝ"),
                ("widget", f"Điều {art}. Tội {crime.lower()}"),
                ("widget", f"Người nào phạm tội thuộc trường hợp đặc biệt nghiêm trọng thì bị "
                           f"phạt tù đến {yrs} năm, tuỳ theo tính chất và mức độ của hành vi."),
                ("widget", "(Trích Bộ luật Hình sự năm 2015, sửa đổi, bổ sung năm 2017)")]

    def scam_box(self):
        r = self.r
        tips = ["Không cung cấp mã OTP, mật khẩu ngân hàng cho bất kỳ ai.",
                "Cơ quan công an không làm việc, không yêu cầu chuyển tiền qua điện thoại.",
                "Kiểm tra kỹ đường link trước khi đăng nhập tài khoản.",
                "Không chuyển tiền đặt cọc cho người lạ quen qua mạng xã hội.",
                "Khi nghi ngờ bị lừa đảo, hãy báo ngay cho cơ quan công an nơi gần nhất."]
        out = [("widget", r.choice(["⚠ CẢNH GIÁC", "CẢNH GIÁC!", "Cảnh giác"]))]
        out += [("widget", f"- {t}") for t in r.sample(tips, 3)]
        return out

    def timeline_box(self):
        r = self.r
        steps = ["Tiếp nhận đơn tố giác của người dân", "Khởi tố vụ án hình sự",
                 "Khởi tố bị can, bắt tạm giam", "Thực nghiệm hiện trường",
                 "Kết thúc điều tra, chuyển hồ sơ sang viện kiểm sát", "Ban hành cáo trạng",
                 "Đưa vụ án ra xét xử sơ thẩm"]
        k = r.randint(3, 4)
        st = sorted(r.sample(range(len(steps)), k))
        d = self.d - datetime.timedelta(days=r.randrange(200, 500))
        out = [("widget", r.choice(["DIỄN BIẾN VỤ ÁN", "Dòng thời gian vụ việc"]))]
        for i in st:
            d = d + datetime.timedelta(days=r.randrange(20, 90))
            out.append(("widget", f"{d:%d/%m/%Y}: {steps[i]}"))
        return out

    def poll(self):
        return [("widget", "Bạn nghĩ gì về vụ việc này?"), ("widget", "Cần xử lý nghiêm"),
                ("widget", "Cần thêm thông tin"), ("widget", "Ý kiến khác"),
                ("widget", "Bình chọn | Xem kết quả")]

    def footer(self, style):
        r = self.r
        y0 = r.choice([2008, 2010, 2012, 2014])
        lic = f"Giấy phép số {r.randrange(100, 600)}/GP-BTTTT"
        addr = f"Toà soạn: số {r.randrange(2, 200)} {r.choice(STREETS)}, {r.choice(['Hà Nội', 'TP.HCM', 'Cần Thơ', 'Đà Nẵng'])}"
        if style == 0:
            return [("widget", f"© {y0} - {self.now.year} {self.site}. {lic}."),
                    ("widget", f"{addr}. Điện thoại: {self.phone(1)}")]
        if style == 1:
            return [("widget", f"Bản quyền thuộc về {self.site}"),
                    ("widget", "Ghi rõ nguồn khi phát hành lại thông tin từ website này.")]
        if style == 2:
            return [("widget", f"{self.dom} | {lic} | Email: lienhe@{self.dom}")]
        return [("widget", addr), ("widget", f"Hotline: {self.phone(0)} - Email: bandoc@{self.dom}"),
                ("widget", f"Copyright © {self.now.year}")]

    def share(self, style=0):
        return [("widget", ["Chia sẻ: Facebook | Zalo | Email | In bài", "Chia sẻ Facebook Zalo",
                            "Share | Tweet | Gửi bài | In", "Thích 0 · Chia sẻ"][style])]


# --------------------------------------------------------------------------------------------
# The twenty layouts
# --------------------------------------------------------------------------------------------

def slug(name):
    s = unicodedata.normalize("NFD", name.replace("Đ", "D").replace("đ", "d"))
    return "".join(ch for ch in s if ch.isascii() and ch.isalnum()).lower()


def U(s):
    return ("U", s)


def W(s):
    return ("widget", s)


def L_toaan(c):
    b = [U(c.site), W("Trang chủ | Thời sự | Phiên toà | Hồ sơ vụ án | Bạn đọc | Luật sư trả lời"),
         W("Phiên toà › Hình sự"), U(c.title), U(c.date_line("wd_gmt"))]
    b += c.body([[("caption", c.cap_credit(0))], c.see_also()])
    b += [("byline", c.pen().upper())]
    b += c.schedule_box()
    b += c.rel_block("Tin cùng chuyên mục", 4, "dash")
    b += c.footer(0)
    return b


def L_canhsat(c):
    b = [W(c.header_date()), W(f"Đường dây nóng: {c.phone(1)}"), U(c.site),
         W("Thời sự | Hình sự | Giao thông | Truy nã | Cảnh giác | Bạn đọc viết"),
         U(c.title), U(c.date_line("dmy_dash_hm"))]
    b += c.body([[("caption", c.cap()), ("credit", c.credit(3))],
                 [("caption", c.cap_credit(2))]])
    b += [("byline", f"{c.pen().upper()} - {c.pen().upper()}")]
    b += c.tags()
    r = c.r
    b += [W("TRUY NÃ")]
    for _ in range(3):
        cr = c.crime()
        b.append(W(f"{c.full()} (SN {r.randrange(1975, 2000)}) - Tội danh: {cr[0]}"))
    b.append(W("Xem toàn bộ danh sách truy nã"))
    b += c.rel_block("Tin khác", 5, "dated")
    b += c.footer(1)
    return b


def L_hoso(c):
    b = [U(c.site), W("Trang chủ / Hồ sơ vụ án / Điều tra"), U(c.title),
         ("byline", "Nhóm phóng viên điều tra"), U(c.date_line("dang_luc"))]
    b += c.body([[("caption", "Ảnh 1: " + c.cap()), ("credit", c.credit(0))],
                 [("caption", "Ảnh 2: " + c.cap()), ("credit", c.credit(1))]])
    b += c.casefile_box()
    b += c.timeline_box()
    b += c.rel_block("VỤ ÁN LIÊN QUAN", 2, "two_lines")
    b += c.comments("Ý kiến bạn đọc ({n})", 2, 2)
    b += c.footer(2)
    return b


def L_anninh(c):
    b = [W("Đăng nhập | Đăng ký | RSS"), U(c.site),
         W("Trang chủ | An ninh | Pháp luật | Biên giới | Bạn đọc"), U(c.title),
         U(c.date_line("hm_bar_dmy")), c.share(0)[0]]
    b += c.body([c.see_also(), [("caption", c.cap()), ("credit", c.credit(0))]])
    b += [("byline", f"{c.pen()} - {c.pen()}")]
    b += c.tipoff_box()
    b += c.rel_joined("Tin cùng chuyên mục: ", 3, " | ")
    b += c.footer(3)
    return b


def L_hinhsu24(c):
    r = c.r
    b = [U(c.site), W("Trang chủ | Nóng | Hình sự | Giao thông | Clip | Bạn đọc"),
         W("Hình sự » Vụ án"), U(c.title), U(c.date_line("wd_comma")),
         W(f"{r.randrange(1, 9)}.{r.randrange(100, 1000)} lượt xem")]
    player = [W(f"▶ 00:00 / 0{r.randrange(1, 4)}:{r.randrange(10, 60)}"),
              ("caption", r.choice(["Camera an ninh ghi lại khoảnh khắc sự việc xảy ra.",
                                    "Hình ảnh ghi lại tại hiện trường vụ việc.",
                                    "Clip người dân ghi lại sự việc."])),
              ("credit", "Video: Người dân cung cấp")]
    b += c.body([player, [W("Quảng cáo")], [("caption", c.cap_credit(1))]])
    b += [("byline", "Theo Báo Trật Tự Thủ Đô")]
    b += [W(f"Thích {r.randrange(20, 900)} · Phẫn nộ {r.randrange(5, 200)} · Buồn "
            f"{r.randrange(1, 80)} · Sốc {r.randrange(1, 40)}")]
    b += c.comments("Bình luận ({n})", 3, 0)
    b += c.rel_block("ĐỌC NHIỀU NHẤT", 5, "num")
    b += c.footer(2)
    return b


def L_congto(c):
    pen = c.pen()
    b = [U(c.site), W("Thời sự | Kiểm sát | Pháp luật | Bạn đọc | Văn bản mới"), U(c.title),
         U(c.date_line("ngay")), ("byline", f"{pen} ({slug(pen)}@{c.dom})")]
    b += c.body([[("caption", c.cap_credit(2))], c.penal_box()])
    b += c.rel_block("Bài liên quan", 3, "chev")
    b += c.share(2)
    b += c.footer(0)
    return b


def L_luatsu(c):
    r = c.r
    b = [U(c.site), W("Hỏi đáp pháp luật > Hình sự > Tin vụ việc"), U(c.title),
         U(c.date_line("dot"))]
    b += c.body([[("caption", c.cap())]])
    b += c.legal_box()
    b += [W(f"Gửi câu hỏi cho luật sư qua email: hoidap@{c.dom} hoặc tổng đài {c.phone(2)}")]
    p = c.pen()
    b += [("byline", p), ("byline", r.choice([
        "Biên tập viên chuyên mục Pháp luật, theo dõi mảng tố tụng hình sự từ năm 2012.",
        "Phóng viên thường trú, chuyên viết về các vụ án kinh tế và tham nhũng."]))]
    b += c.rel_block("Câu hỏi liên quan", 4, "bullet")
    b += [W("Nội dung tư vấn chỉ mang tính tham khảo, không thay thế ý kiến pháp lý chính thức.")]
    b += c.footer(1)
    return b


def L_tratu(c):
    r = c.r
    n = c.now
    pen = c.pen().upper()
    b = [W(f"Số {r.randrange(1200, 3000)} - {WEEKDAYS[n.weekday()]}, {n:%d/%m/%Y}"), U(c.site),
         W("Xã hội | Pháp luật | Phóng sự | Điều tra | Bạn đọc"), U(c.title),
         ("byline", f"Bài và ảnh: {pen}"), U(c.date_line("dmy_dash_hm"))]
    b += c.body([[("caption", f"{c.cap()[:-1]} - Ảnh: {pen}")], c.pull_quote()])
    b += c.rel_block("Tin liên quan:", 3, "dated")
    b += c.tags("Tags: ")
    b += c.footer(3)
    return b


def L_duyenhai(c):
    r = c.r
    b = [U(c.site), W("Biển đảo | Biên phòng | Chống buôn lậu | Pháp luật | Đời sống"),
         U(c.title), U(c.date_line("wd_dash"))]
    b += c.body([[("caption", c.cap()), ("credit", c.credit(2))],
                 [("caption", c.cap()), ("credit", c.credit(0))]])
    rank = r.choice(["Thượng uý", "Đại uý", "Trung tá", "Thiếu tá"])
    b += [("byline", f"{rank} {c.full()} (Công an huyện {r.choice(DISTRICTS)})")]
    b += c.hotline_box()
    b += c.rel_block("Cùng chủ đề", 4, "plain")
    b += c.footer(0)
    return b


def L_tuantin(c):
    r = c.r
    b = [U(c.site), W("ĐIỀU TRA"), W(f"Loạt bài: Đằng sau những vụ việc | Kỳ {r.randrange(2, 4)}"),
         U(c.title), ("byline", "NHÓM PV ĐIỀU TRA"), U(c.date_line("wd_plain"))]
    b += c.see_also("Kỳ trước: ")
    b += c.body([c.pull_quote(), [("caption", c.cap_credit(0))]])
    b += [W("Đón đọc kỳ tiếp theo trên số báo tới.")]
    b += c.comments("Bình luận ({n})", 2, 0)
    b += c.rel_block("Cùng loạt bài", 2, "one_line")
    b += c.footer(1)
    return b


def L_phophapluat(c):
    b = [W("☰ Menu"), U(c.site), W("Tìm kiếm"), U(c.title), U(c.date_line("hm_bar_dmy"))]
    one = c.rel(1)
    more = [("related", f"Đọc thêm: {one[0][0]} - {one[0][1]}")] if one else []
    b += c.body([[W("[Ảnh]"), ("caption", c.cap())], more])
    b += [("byline", c.pen())]
    b += c.poll()
    b += [W("Về đầu trang")]
    b += c.footer(2)
    return b


def L_canhgiac(c):
    b = [U(c.site), W("Lừa đảo | Cảnh giác | Mạng xã hội | Ngân hàng | Hỏi đáp"),
         W("Chuyên mục: Cảnh giác"), U(c.title), U(c.date_line("hyphen"))]
    b += c.body([[("caption", c.cap()), ("credit", c.credit(1))],
                 c.rel_joined("Xem thêm: ", 2, "; ")])
    b += [("byline", f"{c.pen()} (tổng hợp)")]
    b += c.scam_box()
    b += [W(f"Báo tin lừa đảo: {c.phone(1)} (24/7)")]
    b += c.rel_block("Tin cảnh giác khác", 4, "dash")
    b += c.footer(3)
    return b


def L_toathanh(c):
    r = c.r
    b = [U(c.site), W("Pháp đình > Tường thuật phiên toà"), U(c.title), U(c.date_line("wd_bar")),
         ("byline", f"Ghi nhận: {c.pen()}")]
    crime = c.crime()[0]
    b += [W("THÔNG TIN PHIÊN TOÀ"), W(f"Toà: TAND tỉnh {r.choice(PROVINCES)}"),
          W(f"Chủ toạ: Thẩm phán {c.full()}"),
          W(f"Hình thức: xét xử {r.choice(['sơ thẩm', 'phúc thẩm'])}"), W(f"Tội danh: {crime}")]
    b += c.body([[("caption", c.cap()), ("credit", c.credit(0))], [("caption", c.cap_credit(3))]])
    b += c.rel_block("Phiên toà khác", 4, "num")
    b += c.share(1)
    b += c.footer(0)
    return b


def L_trinhsat(c):
    b = [W(f"Hotline: {c.phone(0)} | Liên hệ quảng cáo"), U(c.site),
         W("Trang chủ | Trinh sát | Hình sự | Kinh tế ngầm | Pháp đình"),
         W("Trang chủ > Hình sự"), U(c.title), U(c.date_line("hyphen")),
         ("byline", f"{c.pen()} - {c.pen()}")]
    gal = [("caption", f"Ảnh 1/3: {c.cap()}"), ("caption", f"Ảnh 2/3: {c.cap()}"),
           W("Xem thêm ảnh")]
    b += c.body([gal, [("caption", c.cap()), ("credit", c.credit(1))]])
    b += c.rel_block("Tin nóng", 4, "plain")
    b += c.tags("Tag: ", " | ")
    b += [W(c.title), W("Chia sẻ | Lên đầu trang")]      # sticky bar repeats the title
    b += c.footer(1)
    return b


def L_antoan(c):
    r = c.r
    ad = [W("Quảng cáo"), W(r.choice(["Khoá cửa vân tay SmartLock An Gia - giảm 30% hôm nay",
                                      "Camera an ninh Hưng Thịnh - lắp đặt miễn phí tại nhà"]))]
    b = [U(c.site), W("Trang chủ | Xã hội | An toàn | Pháp luật | Giao thông"), U(c.title),
         U(c.date_line("gmt"))]
    b += c.body([ad, [("caption", c.cap_credit(0))]])
    b += [("byline", "(Theo An Ninh Miền Tây)")]
    b += [W(f"Bạn có thông tin về vụ việc? Gửi cho chúng tôi qua email: tinbai@{c.dom}")]
    b += c.rel_block("Tin mới", 5, "time")
    b += c.footer(2)
    return b


def L_congly(c):
    b = [U(c.site), W("Pháp luật > Vụ án"), U(c.title), U(c.date_line("long"))]
    b += c.body([[("caption", c.cap()), ("credit", c.credit(0))], c.see_also()])
    b += [("byline", f"{c.pen().upper()} - {c.pen().upper()}")]
    b += c.rel_block("Vụ án liên quan", 4, "num")
    b += c.comments("Bình luận ({n})", 2, 1)
    b += [W("Viết bình luận của bạn..."), W("Gửi bình luận")]
    b += c.footer(0)
    return b


def L_thanhtra(c):
    b = [U(c.site), W("Thanh tra | Pháp luật | Đô thị | Phản ánh | Bạn đọc"), U(c.title),
         ("byline", f"Bài: {c.pen()} | Ảnh: {c.pen()}"), U(c.date_line("dmy_dash_hm"))]
    info = [("caption", "Infographic: Diễn biến vụ việc"), ("credit", f"Đồ hoạ: {c.pen()}")]
    b += c.body([info, [("caption", c.cap_credit(1))]])
    b += c.timeline_box() if c.crime_story else c.poll()
    b += c.tags("", " ", hashtag=True)
    b += c.rel_block("Tin cùng chuyên mục", 4, "dated_short")
    b += c.footer(3)
    return b


def L_vuanhomnay(c):
    r = c.r
    b = [U(c.site), U(c.title), U(c.date_line("hm_dash_dmy")),
         W(f"Lượt xem: {r.randrange(1, 9)}.{r.randrange(100, 1000)}"), c.share(1)[0]]
    b += c.body([[("caption", c.cap())], [("caption", c.cap_credit(2))]])
    b += [("byline", c.pen())]
    b += c.wanted_box()
    b += c.rel_block("Vụ án khác", 4, "dash")
    b += [W(c.site)]                                   # footer logo repeats the site name
    b += c.footer(1)
    return b


def L_tapchi(c):
    r = c.r
    b = [U(c.site), W("Chuyên mục: Pháp luật & Đời sống"), U(c.title),
         ("byline", f"Luật gia {c.full()}"),
         ("byline", r.choice(["Cộng tác viên thường xuyên của tạp chí, nghiên cứu pháp luật "
                              "hình sự.", "Giảng viên luật, cộng tác viên chuyên mục Pháp lý "
                                          "và đời sống."])),
         ]
    b += c.body([c.pull_quote(), [("caption", c.cap())]])
    b += [U(c.date_line("ngay_dang"))]
    b += c.legal_box("GÓC PHÁP LÝ")
    b += c.rel_block("Bài viết cùng chuyên mục", 2, "two_lines")
    b += [W(f"Bản quyền thuộc về {c.site}. Mọi hình thức sao chép phải được sự đồng ý bằng văn "
            "bản.")]
    return b


def L_kenh(c):
    r = c.r
    b = [U(c.site), W("Trang chủ | Bản tin | Phóng sự | Chuyện cảnh giác | Video"), U(c.title),
         U(c.date_line("hm_dash_dmy")),
         W("Đang phát"), W(f"00:00 / 0{r.randrange(2, 9)}:{r.randrange(10, 60)}"),
         ("caption", r.choice(["Phóng sự ghi nhận tại hiện trường vụ việc.",
                               "Bản tin an ninh trật tự phát sóng tối qua.",
                               "Toàn cảnh vụ việc qua camera của phóng viên."])),
         ("credit", f"Video: {c.abbr}")]
    b += c.body([[W("Chương trình Chuyện cảnh giác phát sóng lúc 20h thứ Bảy hằng tuần.")],
                 [("caption", c.cap())]])
    b += [("byline", f"PV {c.pen()} - Quay phim: {c.pen()}")]
    b += c.rel_block("Video liên quan", 4, "duration")
    b += [W("Chia sẻ | Nhúng | Báo lỗi")]
    b += c.footer(2)
    return b


LAYOUTS = [
    dict(name="toa_an_doi_song", site="TOÀ ÁN & ĐỜI SỐNG", dom="toaandoisong.vn", abbr="TAĐS",
         para=(1, 3), fn=L_toaan),
    dict(name="canh_sat_phuong_nam", site="Cảnh Sát Phương Nam", dom="canhsatphuongnam.vn",
         abbr="CSPN", para=(2, 4), fn=L_canhsat),
    dict(name="ho_so_phap_dinh", site="HỒ SƠ PHÁP ĐÌNH", dom="hosophapdinh.com.vn", abbr="HSPĐ",
         para=(1, 2), fn=L_hoso),
    dict(name="an_ninh_dong_bang", site="An Ninh Đồng Bằng", dom="anninhdongbang.vn",
         abbr="ANĐB", para=(1, 3), fn=L_anninh),
    dict(name="tin_hinh_su_24h", site="Tin Hình Sự 24h", dom="tinhinhsu24h.net", abbr="THS24h",
         para=(1, 2), fn=L_hinhsu24),
    dict(name="cong_to_online", site="CÔNG TỐ ONLINE", dom="congtoonline.vn", abbr="CTO",
         para=(2, 3), fn=L_congto),
    dict(name="luat_su_ban_doc", site="Luật Sư Bạn Đọc", dom="luatsubandoc.vn", abbr="LSBĐ",
         para=(1, 3), fn=L_luatsu),
    dict(name="nhat_bao_trat_tu", site="NHẬT BÁO TRẬT TỰ", dom="nhatbaotrattu.vn", abbr="NBTT",
         para=(3, 4), fn=L_tratu),
    dict(name="duyen_hai_an_ninh", site="Duyên Hải An Ninh", dom="duyenhaianninh.vn",
         abbr="DHAN", para=(2, 3), fn=L_duyenhai),
    dict(name="tuan_tin_dieu_tra", site="TUẦN TIN ĐIỀU TRA", dom="tuantindieutra.vn", abbr="TTĐT",
         para=(3, 4), fn=L_tuantin),
    dict(name="pho_phap_luat", site="Phố Pháp Luật", dom="phophapluat.vn", abbr="PPL",
         para=(1, 2), fn=L_phophapluat),
    dict(name="canh_giac_online", site="Cảnh Giác Online", dom="canhgiaconline.vn", abbr="CGO",
         para=(1, 3), fn=L_canhgiac),
    dict(name="ban_tin_toa_thanh", site="Bản Tin Toà Thành", dom="bantintoathanh.vn",
         abbr="BTTT", para=(2, 4), fn=L_toathanh),
    dict(name="trinh_sat_thoi_bao", site="TRINH SÁT THỜI BÁO", dom="trinhsatthoibao.vn",
         abbr="TSTB", para=(1, 3), fn=L_trinhsat),
    dict(name="an_toan_xa_hoi", site="An Toàn Xã Hội Điện Tử", dom="antoanxahoi.net.vn",
         abbr="ATXH", para=(2, 3), fn=L_antoan),
    dict(name="cong_ly_cuoc_song", site="Công Lý & Cuộc Sống", dom="conglycuocsong.vn",
         abbr="CL&CS", para=(1, 4), fn=L_congly),
    dict(name="thanh_tra_pho_thi", site="Thanh Tra Phố Thị", dom="thanhtraphothi.vn",
         abbr="TTPT", para=(1, 2), fn=L_thanhtra),
    dict(name="vu_an_hom_nay", site="VỤ ÁN HÔM NAY", dom="vuanhomnay.vn", abbr="VAHN",
         para=(2, 3), fn=L_vuanhomnay),
    dict(name="tap_chi_phap_ly", site="Tạp chí Pháp Lý Sài Thành", dom="phaplysaithanh.vn",
         abbr="PLST", para=(3, 4), fn=L_tapchi),
    dict(name="kenh_phong_chong_toi_pham", site="Kênh Phòng Chống Tội Phạm",
         dom="kenhphongchongtoipham.vn", abbr="Kênh PCTP", para=(1, 3), fn=L_kenh),
]
assert len(LAYOUTS) == 20


# --------------------------------------------------------------------------------------------
# Scraper faults
# --------------------------------------------------------------------------------------------

def _targets(blocks):
    """(block index, item index or None) for every line or body item."""
    out = []
    for bi, (kind, val) in enumerate(blocks):
        if kind == "B":
            out += [(bi, j) for j in range(len(val))]
        else:
            out.append((bi, None))
    return out


def _get(blocks, t):
    bi, j = t
    return blocks[bi][1][j] if j is not None else blocks[bi][1]


def _set(blocks, t, s):
    bi, j = t
    if j is None:
        blocks[bi] = (blocks[bi][0], s)
    else:
        blocks[bi][1][j] = s


def _inner_spaces(s):
    return [m.start() for m in re.finditer(" ", s) if 0 < m.start() < len(s) - 1
            and s[m.start() - 1] != " " and s[m.start() + 1] != " "]


def apply_faults(blocks, row):
    fr = rng(row, "fault")
    if fr.random() >= 0.27:
        return blocks, []
    blocks = [(k, list(v)) if k == "B" else (k, v) for k, v in blocks]
    want = fr.sample(FAULTS, 1 if fr.random() < 0.7 else 2)
    done = []
    for f in want:
        if f == "glue":
            cands = []
            for bi, (kind, val) in enumerate(blocks):
                if kind == "B":
                    for j in range(len(val) - 1):
                        if val[j].endswith(".") and not val[j].endswith("..") \
                                and val[j + 1][:1].isupper():
                            cands.append((bi, j))
            if not cands:
                f = next(x for x in ("nbsp", "zwsp", "dspace") if x not in want)
            else:
                bi, j = fr.choice(cands)
                val = blocks[bi][1]
                val[j:j + 2] = [val[j] + val[j + 1]]
                done.append("glue")
                continue
        tg = [t for t in _targets(blocks) if _inner_spaces(_get(blocks, t))]
        if f == "nbsp":
            for t in fr.sample(tg, min(len(tg), fr.randint(3, 6))):
                s = _get(blocks, t)
                for p in fr.sample(_inner_spaces(s), min(2, len(_inner_spaces(s)))):
                    s = s[:p] + "\u00a0" + s[p + 1:]
                _set(blocks, t, s)
        elif f == "zwsp":
            n = 0
            for t in fr.sample(tg, len(tg)):
                s = _get(blocks, t)
                words = [m for m in re.finditer(r"[^\W\d_]{4,}", s)]
                if not words:
                    continue
                m = fr.choice(words)
                p = fr.randrange(m.start() + 1, m.end())
                _set(blocks, t, s[:p] + "\u200b" + s[p:])
                n += 1
                if n >= fr.randint(2, 4):
                    break
        elif f == "dspace":
            t = fr.choice(tg)
            s = _get(blocks, t)
            p = fr.choice(_inner_spaces(s))
            _set(blocks, t, s[:p] + "  " + s[p + 1:])
        done.append(f)
    return blocks, done


# --------------------------------------------------------------------------------------------
# Assembly and the contract check
# --------------------------------------------------------------------------------------------

def assemble(blocks, nfd):
    f = (lambda s: unicodedata.normalize("NFD", s)) if nfd else (lambda s: s)
    lines, body, furn, unl = [], [], [], []
    for kind, val in blocks:
        if kind == "B":
            items = [f(x) for x in val]
            body += items
            lines.append(" ".join(items))
        elif kind == "U":
            lines.append(f(val))
            unl.append(f(val))
        else:
            lines.append(f(val))
            furn.append((kind, f(val)))
    return "\n".join(lines), body, furn, unl


def check_page(text, body, furniture, title):
    """Independent walk over the text; raises ValueError on any breach of the contract."""
    if not text or not body:
        raise ValueError("empty page or body")
    lines = text.split("\n")
    bi = fi = 0
    unlabelled = []
    for ln in lines:
        if not ln or ln != ln.strip():
            raise ValueError(f"blank or unstripped line: {ln!r}")
        if fi < len(furniture) and ln == furniture[fi][1]:
            fi += 1
            continue
        for n in (1, 2, 3, 4):
            if bi + n <= len(body) and ln == " ".join(body[bi:bi + n]):
                bi += n
                break
        else:
            unlabelled.append(ln)
    if bi != len(body) or fi != len(furniture):
        raise ValueError(f"walk did not use up labels: body {bi}/{len(body)}, "
                         f"furniture {fi}/{len(furniture)}")
    if len(unlabelled) > 3:
        raise ValueError(f"too many unlabelled lines: {unlabelled}")
    if norm(title) not in {norm(u) for u in unlabelled}:
        raise ValueError("title line missing")
    if len({norm(u) for u in unlabelled}) != len(unlabelled):
        raise ValueError("repeated unlabelled line")
    bset = {norm(b) for b in body}
    for kind, ln in furniture:
        if kind not in KINDS:
            raise ValueError(f"bad kind {kind}")
        if "\n" in ln:
            raise ValueError("newline inside a furniture line")
        if norm(ln) in bset:
            raise ValueError(f"furniture equals a body sentence: {ln!r}")
        if kind == "related" and norm(ln) == norm(title):
            raise ValueError("related equals title")
        if norm(ln) in {norm(u) for u in unlabelled} and kind != "widget":
            raise ValueError(f"repeat of an unlabelled line must be widget: {ln!r}")
    for u in unlabelled:
        if norm(u) in bset:
            raise ValueError(f"unlabelled line equals a body sentence: {u!r}")
    for b in body:
        if b not in text:
            raise ValueError("body item not in text")


def build_pages(path, with_meta=False):
    body_rows, rel_rows = read_rows(path)
    pool = []
    for row, title, article in rel_rows:
        h = detok(title)
        sents = split_sentences(detok(article))
        if len(article) >= 1200 and len(sents) > 1:
            sents = sents[:-1]          # the slice cut the last sentence
        teaser = ""
        for s in sents:
            if MIDCAP.search(s) and not teaser:
                continue                # a sub-heading glued to the lead: start after it
            if not _balanced(s):
                break
            teaser = (teaser + " " + s).strip()
            if len(teaser) > 90:
                break
        if not teaser and sents:
            q = re.search(r"[\"“”(]", sents[0])
            head = sents[0][:q.start()] if q else sents[0]
            teaser = head[:170].rsplit(" ", 1)[0].rstrip(",;:-– ") + "..."
            if len(teaser) < 60:
                teaser = ""
        if len(teaser) > 220:
            cut = teaser[:200].rsplit(" ", 1)[0]
            q = re.search(r"[\"“”(]", cut)
            if q and q.start() > 60:
                cut = cut[:q.start()].rsplit(" ", 1)[0]
            teaser = cut.rstrip(",;:-– ") + "..."
        if not _balanced(teaser):
            teaser = ""
        if h and teaser and norm(h) != norm(teaser) and len(h.split()) >= 3:
            pool.append((h, teaser))
    out, meta = [], []
    for k, (row, title, article) in enumerate(body_rows):
        t, sents = story_sentences(title, article, cut=len(article) == 1201)
        if len(sents) < 3:
            continue
        lay = LAYOUTS[k % len(LAYOUTS)]
        c = Ctx(row, k, lay, t, sents, pool)
        blocks = lay["fn"](c)
        blocks, faults = apply_faults(blocks, row)
        text, body, furn, _ = assemble(blocks, "nfd" in faults)
        try:
            check_page(text, body, furn, unicodedata.normalize("NFD", t) if "nfd" in faults else t)
        except ValueError as e:
            raise ValueError(f"row {row} layout {lay['name']}: {e}") from None
        out.append(Page(text, body, furn, lay["name"]))
        meta.append((row, faults))
    return (out, meta) if with_meta else out


def pages(path):
    """All pages of the set; each one is checked by check_page (ValueError on a breach)."""
    return build_pages(str(path))  # a pathlib.Path too (the caller's one-line fix, before the set was ever scored)


def main(argv):
    if len(argv) < 2:
        print(__doc__)
        return 2
    ps, meta = build_pages(argv[1], with_meta=True)
    if "--show" in argv:
        want = {int(x) for x in argv[argv.index("--show") + 1].split(",")}
        for i, p in enumerate(ps):
            if i in want:
                print(f"===== page {i} row {meta[i][0]} layout {p.layout} faults {meta[i][1]}")
                print(p.text)
                print("----- furniture:")
                for kind, ln in p.furniture:
                    print(f"  [{kind}] {ln}")
        return 0
    cols = ["pages", "body"] + list(KINDS) + ["faults"]
    table = {}
    for p, (row, faults) in zip(ps, meta):
        t = table.setdefault(p.layout, dict.fromkeys(cols, 0))
        t["pages"] += 1
        t["body"] += len(p.body)
        for kind, _ in p.furniture:
            t[kind] += 1
        t["faults"] += len(faults)
    print(f"{'layout':28s}" + "".join(f"{c:>9s}" for c in cols))
    tot = dict.fromkeys(cols, 0)
    for lay in LAYOUTS:
        t = table.get(lay["name"], dict.fromkeys(cols, 0))
        print(f"{lay['name']:28s}" + "".join(f"{t[c]:9d}" for c in cols))
        for c_ in cols:
            tot[c_] += t[c_]
    print(f"{'TOTAL':28s}" + "".join(f"{tot[c]:9d}" for c in cols))
    ft = {}
    for _, faults in meta:
        for f in faults:
            ft[f] = ft.get(f, 0) + 1
    print("fault pages:", sum(1 for _, f in meta if f), " by kind:",
          ", ".join(f"{f}={ft.get(f, 0)}" for f in FAULTS))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
