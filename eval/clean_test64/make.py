"""Held-out evaluation set test64: breaking and developing news pages of invented Vietnamese outlets.

Usage: python make.py /work/shared/data/vietnews_train.jsonl.gz   (prints the totals table)
Standard library only. See README.md.
"""
import datetime
import gzip
import json
import random
import re
import sys
import unicodedata
from typing import NamedTuple


def detok(s):
    s = s.replace("_", " ")
    s = re.sub(r"\s+", " ", s).strip()
    # curly quotes
    s = re.sub(r"“\s+", "“", s)
    s = re.sub(r"\s+”", "”", s)
    s = re.sub(r"\s+([,.;:!?%…\)\]])", r"\1", s)
    s = re.sub(r"([\(\[])\s+", r"\1", s)
    # straight quotes: pair them up left to right
    for q in ('"', "'"):
        parts = s.split(q)
        if len(parts) > 1:
            out = parts[0]
            for i, p in enumerate(parts[1:]):
                if i % 2 == 0:   # opening
                    out = out.rstrip(" ") + (" " if out.rstrip(" ") and not out.rstrip(" ").endswith(("(", "[", "“")) else "") + q + p.lstrip(" ")
                else:            # closing
                    out = out.rstrip(" ") + q + (p if p.startswith((" ", ",", ".", ";", ":", "!", "?", ")")) or p == "" else " " + p)
            s = out
    s = re.sub(r"(\w)…", r"\1…", s)
    return s.strip()

ABBR = {"tp", "ts", "gs", "pgs", "ths", "bs", "ks", "ls", "ncs", "th.s", "pgs.ts", "gs.ts", "gs.tskh", "tskh",
        "st", "mr", "mrs", "ms", "dr", "nxb", "v.v", "tt", "q", "p", "h", "tx", "ttg", "ubnd", "no", "ck", "đ/c", "đc",
        "sđt", "tel", "co", "ltd", "inc", "jr", "sr", "vs", "cn", "t", "x"}
BOUND = re.compile(r"(?:[.!?…]+[\"”'’)\]]*|[\"”'’)\]]+[.!?…]+)(?=\s+)")


def quote_spans(s):
    spans = []
    stack = None
    for i, ch in enumerate(s):
        if ch == "“":
            stack = i
        elif ch == "”" and stack is not None:
            spans.append((stack, i)); stack = None
    pos = [i for i, ch in enumerate(s) if ch == '"']
    for a, b in zip(pos[0::2], pos[1::2]):
        spans.append((a, b))
    return [(a, b) for a, b in spans if b - a < 700]


def starts_sentence(rest):
    r = rest.lstrip("“\"'([")
    return bool(r) and (r[0].isupper() or r[0].isdigit())


def split_sentences(s):
    spans = quote_spans(s)
    out, start = [], 0
    for m in BOUND.finditer(s):
        end = m.end()
        rest = s[end:].lstrip()
        if not rest or not starts_sentence(rest):
            continue
        if any(a < m.start() < b for a, b in spans):
            continue
        punct = m.group(0)
        if punct.startswith(".") and not punct.startswith(".."):
            prev = re.search(r"(\S+)$", s[start:m.start()])
            w = prev.group(1) if prev else ""
            w = w.lstrip("(“\"'")
            if w.lower() in ABBR or re.fullmatch(r"[A-ZĐ]", w) or re.fullmatch(r"(?:\w{1,3}\.)+\w{1,3}", w) and "." in w and len(w) <= 8:
                continue
            if re.fullmatch(r"\d{1,2}", w) and re.match(r"\d", rest):
                continue
        out.append(s[start:end].strip())
        start = end
    tail = s[start:].strip()
    if tail:
        out.append(tail)
    return [x for x in out if x]

CAPTION_MARKS = [r"\bảnh\s*:", r"\(\s*ảnh", r"\bvideo\b", r"\bclip\b", r"minh ho[ạa]", r"\((?:bìa |ngoài cùng |đứng |ngồi |hàng )?(?:bên )?(?:trái|phải|giữa)", r"bìa (?:trái|phải)", r"ngoài cùng bên",
                 r"trái (?:qua|sang) phải", r"trong ảnh", r"ảnh chụp", r"ảnh (?:tư liệu|nhân vật|bạn đọc|do)",
                 r"đồ ho[ạa]", r"\bnguồn\s*:", r"\bphoto\b", r"infographic", r"\bảnh\s*$", r"https?:", r"www\.",
                 r"@", r"\.(?:vn|com|net)\b", r"\(\s*theo\b", r"\btheo [^,]{2,30}\)\W*$", r"\bclick\b", r"\bxem thêm\b",
                 r"\bảnh\b\s*\d", r"chú thích", r"^\W*hình ảnh", r"được (?:gia đình|người thân|bạn đọc|người dân) (?:chia sẻ|cung cấp)", r"\(tin,", r"^\W*(?:tin|bài)\s*(?:,|và)\s*ảnh"]
REPORT = (r"\b(?:nói|cho biết|cho hay|chia sẻ|kể|khẳng định|nhấn mạnh|thông tin|bày tỏ|tâm sự|giải thích|"
          r"thừa nhận|nhận định|đánh giá|cho rằng|phân trần|trình bày|thông báo|xác nhận|khai|tiết lộ|nhớ lại|"
          r"đề nghị|yêu cầu|kiến nghị|đề xuất|trả lời|lý giải|cảnh báo|dự báo|ước tính|nhận xét|quyết định)\b")
CONNECT = (r"^(?:Tuy nhiên|Trước đó|Sau đó|Ngoài ra|Bên cạnh đó|Đồng thời|Hiện(?! (?:trường|vật|tượng|trạng))|Trong khi|Theo|Do|Vì|Khi|Nếu|Dù|"
           r"Mặc dù|Ngay|Cùng ngày|Cũng|Riêng|Đặc biệt|Thậm chí|Vì vậy|Do đó|Như vậy|Bởi|Để|Sau khi|Trước khi|"
           r"Đến nay|Tới nay|Trong đó|Với|Từ đó|Lúc này|Khi đó|Sau|Trước|Còn|Tính đến|Qua|Tại)\b")
CLAUSE = r"\b(?:thì|nhưng|song|nên|vì|bởi|mà|khiến|để|rồi|trong khi|tuy|dù)\b"
UP = "A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
ANAPHOR = r"\b(?:này|đó|nói trên|trên đây|họ|hắn|nữa|ấy)\b|\b(?:ông|bà|anh|chị|cô|em)\s+(?![" + UP + r"])(?=\w)"
LOW = "a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
GLUED_CAPTION = (r"(?:^|\s)[" + LOW + r"0-9]+ (?:Đây|Đó|Theo|Tuy|Sau|Trước|Khi|Các|Những|Hiện|Trong|Tại|Cụ thể|Ngày|"
                 r"Sáng|Chiều|Tối|Trưa|Đêm|Khoảng|Lúc|Nhưng|Còn|Do|Vì|Nếu|Để|Với|Từ|Đến|Ngoài|Bên|Hôm|Ảnh|"
                 r"Video|Clip|Nguồn|Việc|Cơ quan|Mỗi|Nhiều|Người dân|Lực lượng)\b")
TERMINAL = re.compile(r"(?:[.!?…][\"”'’)\]]*|[\"”'’)\]][.!?…])$")


def words(s):
    return re.findall(r"\w+", s)


def quotes_ok(s):
    if s.count("“") != s.count("”") or s.count('"') % 2 or s.count("'") % 2:
        return False
    if s.count("(") != s.count(")") or s.count("[") != s.count("]"):
        return False
    depth = 0
    for ch in s:
        if ch == "“": depth += 1
        elif ch == "”":
            depth -= 1
            if depth < 0: return False
    for q in ('"', "'"):
        pos = [m.start() for m in re.finditer(re.escape(q), s)]
        for k, p in enumerate(pos):
            before = s[p - 1] if p > 0 else " "
            after = s[p + 1] if p + 1 < len(s) else " "
            if k % 2 == 0 and (after == " " or (before not in " (“[")):
                return False
            if k % 2 == 1 and (before == " " or (after not in " ,.;:!?)…”")):
                return False
    if re.search(r"[^.!?…,;:]\s*”\s+(?=[A-ZĐ])", s) or re.search(r"\w”\s+[A-ZĐ]", s):
        return False
    return True


def bigrams(s):
    w = [x.lower() for x in words(s)]
    return set(zip(w, w[1:]))


def judge(sents, title, i):
    """Return None if sentence i is surely story text, else the reason it is left off."""
    s = sents[i]
    w = words(s)
    low = s.casefold()
    if not TERMINAL.search(s):
        return "no terminal punctuation"
    if not quotes_ok(s):
        return "unbalanced quotes"
    for pat in CAPTION_MARKS:
        if re.search(pat, low):
            return "caption/credit mark"
    head = s.split()[:5]
    if any(":" in t for t in head):
        return "colon near start"
    if re.match(r"^\W*Theo\b", s) and len(w) <= 7:
        return "author tail"
    if len(w) < 8:
        return "too short"
    if re.search(GLUED_CAPTION, s):
        return "missing boundary (glued caption or tail)"
    if i == 0 and (len(w) < 18 or "," not in s):
        return "first sentence (likely lead caption)"
    other = set(bigrams(title))
    for j, t in enumerate(sents):
        if j != i:
            other |= bigrams(t)
    bg = bigrams(s)
    if len(w) < 30 and bg and len(bg & other) / len(bg) >= 0.5:
        return "repeats nearby text (caption-like)"
    if len(w) < 20:
        marker = (re.search(REPORT, s) or re.search(CONNECT, s) or re.search(CLAUSE, s)
                  or re.search(ANAPHOR, s))
        if not marker:
            return "short descriptive (caption-like)"
    return None


def story(title, article):
    """Sentences of the article that are surely story text (in order), plus the dropped ones with reasons."""
    text = detok(article)
    sents = split_sentences(text)
    cut = len(article) == 1201          # the test copy cuts some articles to 1,201 characters
    keep, dropped = [], []
    for i, s in enumerate(sents):
        if cut and i == len(sents) - 1:
            dropped.append((s, "article cut")); continue
        r = judge(sents, title, i)
        if r:
            dropped.append((s, r))
        else:
            keep.append(s)
    return keep, dropped


# ----------------------------------------------------------------------------------------------------------
# Page building
# ----------------------------------------------------------------------------------------------------------

SETNAME = "test64"
SEED = 6464
BODY_ROWS = range(19_100, 19_200)
RELATED_ROWS = range(18_600, 18_700)
KINDS = ("byline", "credit", "caption", "related", "widget")
FAULTS = ("nbsp", "zwsp", "dblspace", "glue", "nfd")
ZW = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")


class Page(NamedTuple):
    text: str        # the scraped page as plain text
    body: list       # the story's own sentences (body items), in story order
    furniture: list  # (kind, line) for every other line, in text order
    layout: str      # the name of the layout/template the page was drawn from


def rng(row, purpose):
    return random.Random(f"{SETNAME}|{SEED}|{row}|{purpose}")


def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = ZW.sub("", s)
    s = re.sub(r"\s+", "", s)
    return s.casefold()


def read_rows(path):
    """One streaming pass; stops after the last needed row. Returns (body rows, related rows)."""
    need_last = max(BODY_ROWS.stop, RELATED_ROWS.stop) - 1
    body, related = [], []
    with gzip.open(path, "rb") as f:
        for i, raw in enumerate(f):
            if i in BODY_ROWS or i in RELATED_ROWS:
                d = None
                if raw.strip():
                    try:
                        d = json.loads(raw)
                    except ValueError:
                        d = None
                if isinstance(d, dict):
                    t, a = d.get("title"), d.get("article")
                    if isinstance(t, str) and isinstance(a, str) and t.strip() and a.strip():
                        if i in BODY_ROWS:
                            body.append((i, t, a))
                        else:
                            related.append((i, detok(t), detok(a[:1200])))   # never past 1,200 characters
            if i >= need_last:
                break
    return body, related


WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
PERSON = re.compile(r"\b(ông|bà|anh|chị|Ông|Bà|Anh|Chị) ((?:[" + UP + r"][" + LOW + r"]+ ){1,3}[" + UP + r"][" + LOW + r"]+)")
_TOK = r"(?:[" + UP + r"][" + LOW + r"]+|[" + UP + r"]{3,5})"
PLACE = re.compile(r"(?<!yêu )(?<!\w)((?:huyện|tỉnh|phường|xã|thị xã|thị trấn|TP|đường|cầu|sông|quốc lộ|chợ|cảng|sân bay) "
                   + _TOK + r"(?: " + _TOK + r"){0,2}|quận (?:\d{1,2}|" + _TOK + r"(?: " + _TOK + r"){0,2}))")
SURNAMES = {"Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Hoàng", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
            "Dương", "Lý", "Đinh", "Trương", "Lưu", "Mai", "Cao", "Tạ", "Lương", "Đoàn", "Châu", "Thái"}


REPORTERS = ["Minh Khang", "Thu Trang", "Hoàng Vỹ", "Lê Nhật Quang", "Bảo Ngọc", "Trúc Linh", "Đăng Khoa",
             "Phạm Hưng Thịnh", "Quỳnh Như", "Hải Yến", "Tấn Phát", "Ngọc Diệp", "Khánh Vy", "Đức Trọng",
             "Mỹ Duyên", "Gia Bảo", "Thanh Tâm", "Hồng Nhung", "Quốc Đạt", "Lam Giang", "Vĩnh Thụy", "Kiều Oanh",
             "Trần Hạ Vy", "Nguyễn Cao Sơn", "Võ Tường Lam", "Diệp Anh Thư", "Lưu Bách", "Hà Mộc"]
PEN_NAMES = ["Hải Âu", "Người Gác Phố", "Cát Trắng", "Lữ Khách", "Sương Mai", "Bút Tre Non", "Gió Chướng"]
PHOTOGS = ["Quang Huy", "Vũ Thông", "Lê Hoài", "Minh Tâm", "Phan Đạt", "Hữu Nghĩa", "Kim Ngân", "Trọng Tín",
           "Bích Hạnh", "Tường Vi", "Đặng Khôi"]
READERS = ["Hoàng Long", "Bé Na", "Tuấn Anh 1988", "Thảo Nguyên", "Phúc Lâm", "Cô Ba Bến Tre", "Nguyễn Tâm",
           "Hưng Trần", "Mai Phương", "Anh Khoa HP", "Lộc Vừng"]

NEUTRAL_SCENES = [
    "Khung cảnh tại {place} sáng {dm}.",
    "Toàn cảnh khu vực {place} lúc {hh}h.",
    "Một góc {place} thời điểm phóng viên có mặt.",
    "Hình ảnh ghi nhận tại {place} chiều {dm}.",
    "{place_cap} nhìn từ trên cao.",
    "Người dân qua lại khu vực {place} trong ngày {dm}.",
    "Quang cảnh nơi xảy ra sự việc.",
    "Hình ảnh ghi nhận trong ngày {dm}.",
]
INCIDENT_SCENES = [
    "Lực lượng chức năng có mặt tại hiện trường ngay sau khi nhận tin báo.",
    "Người dân tập trung theo dõi khiến giao thông khu vực ùn ứ.",
    "Khu vực xảy ra sự việc được căng dây phong toả.",
    "Hiện trường được ghi nhận lúc {hh}h{mm} cùng ngày.",
    "Cảnh tượng tại hiện trường nhìn từ trên cao.",
    "Phóng viên ghi nhận tại {place} ít phút sau khi sự việc xảy ra.",
    "Lực lượng chức năng làm việc tại hiện trường trong đêm.",
    "Nhiều phương tiện chuyên dụng được huy động đến {place}.",
    "Người dân dùng điện thoại ghi lại diễn biến sự việc.",
    "Hàng rào tạm được dựng lên quanh khu vực {place}.",
    "Cơ quan chức năng lập biên bản, ghi nhận hiện trường.",
    "Xe cứu thương túc trực tại hiện trường từ chiều {dm}.",
]
TOPIC_SCENES = [   # (name, keywords looked for in title and story, is an incident, captions)
    ("fire", r"cháy|hoả hoạn|ngọn lửa|bốc lửa|cứu hoả|PCCC", True, [
        "Lính cứu hoả phun nước dập lửa từ nhiều hướng.",
        "Cột khói đen bốc cao hàng chục mét, nhìn thấy từ xa.",
        "Hiện trường sau khi ngọn lửa được khống chế.",
        "Nhiều tài sản bị thiêu rụi, chỉ còn trơ khung sắt.",
        "Xe chữa cháy nối đuôi nhau tiếp cận {place}."]),
    ("accident", r"tai nạn|\btông\b|va chạm|\blật\b|\bhúc\b|đâm vào|đâm mạnh|mất lái", True, [
        "Phương tiện hư hỏng nặng sau cú va chạm.",
        "Lực lượng chức năng đo đạc, khám nghiệm hiện trường vụ tai nạn.",
        "Xe cẩu được điều đến để giải phóng hiện trường.",
        "Mảnh vỡ vương vãi khắp mặt đường sau vụ việc."]),
    ("traffic", r"giao thông|\bBOT\b|trạm thu phí|cao tốc|quốc lộ|ùn tắc|đường sắt|sân bay|xe buýt|hàng không|metro", False, [
        "Dòng phương tiện qua {place} chiều {dm}.",
        "Cảnh sát giao thông phân luồng tại khu vực.",
        "Xe cộ nối đuôi nhau qua {place} giờ cao điểm.",
        "Hành khách chờ làm thủ tục trong ngày {dm}."]),
    ("water", r"\btàu\b|\blũ\b|\bmưa\b|\bbão\b|đuối nước|thuyền|ngư dân|hải lý|hồ chứa|thuỷ điện|cứu nạn", True, [
        "Lực lượng cứu hộ tìm kiếm trên mặt nước.",
        "Nước dâng cao tại khu vực {place}.",
        "Tàu cứu nạn rời cảng lên đường làm nhiệm vụ.",
        "Người thân chờ đợi tin tức bên bờ.",
        "Sóng lớn đánh vào bờ trong chiều {dm}."]),
    ("police", r"công an|bắt giữ|điều tra|khởi tố|lừa đảo|ma tuý|nghi phạm|tạm giữ|\btrộm\b", True, [
        "Nghi phạm tại cơ quan công an.",
        "Tang vật được cơ quan điều tra thu giữ.",
        "Cơ quan điều tra khám nghiệm hiện trường.",
        "Trụ sở công an nơi đang thụ lý vụ việc."]),
    ("policy", r"Quốc hội|đại biểu|Thủ tướng|Chính phủ|Bộ trưởng|UBND|phiên họp|chất vấn|nghị quyết|thanh tra|Sở ", False, [
        "Quang cảnh phiên họp sáng {dm}.",
        "Đại biểu bấm nút biểu quyết tại hội trường.",
        "Buổi làm việc diễn ra tại trụ sở cơ quan chức năng.",
        "Các đại biểu trao đổi bên hành lang sau phiên họp.",
        "Lãnh đạo địa phương trả lời câu hỏi của báo chí."]),
    ("ordnance", r"\bbom\b|\bđạn\b|vật liệu nổ|trái nổ|công binh", True, [
        "Quả bom được lực lượng công binh khoanh vùng, cắm biển cảnh báo.",
        "Công binh đưa vật nổ lên xe chuyên dụng.",
        "Khu vực phát hiện vật nổ được rào chắn."]),
]
VIDEO_CAPS = [
    "Video: Diễn biến tại hiện trường lúc {hh}h{mm}",
    "Clip người dân ghi lại sự việc ở {place}",
    "Video: Toàn cảnh {place} sau sự việc",
    "Video: Những hình ảnh đầu tiên từ hiện trường",
    "Clip: Khoảnh khắc lực lượng chức năng tiếp cận hiện trường",
    "Video ghi lại tình hình tại {place} chiều {dm}",
]
INFO_LABELS = ["Vị trí xảy ra sự việc", "Khu vực phong toả (vùng đỏ)", "Hướng di chuyển của phương tiện",
               "Điểm tập kết lực lượng cứu hộ", "Lối thoát hiểm", "Khu dân cư lân cận", "Tuyến đường bị ảnh hưởng",
               "Phạm vi ảnh hưởng ước tính", "Trạm y tế gần nhất", "Điểm đặt chốt kiểm soát"]
INFO_LABELS_NEUTRAL = ["Vị trí được nhắc tới trong bài", "Ranh giới khu vực (nét đứt)", "Tuyến đường chính",
                       "Trụ sở cơ quan chức năng", "Khu dân cư", "Hướng Bắc", "Tỷ lệ 1:25.000", "Điểm đầu - điểm cuối"]
POSTS = [
    "Mọi người đi qua khu vực này chú ý tránh nhé, đang kẹt cứng!",
    "Vừa đi ngang thấy lực lượng chức năng đông lắm, không biết có chuyện gì.",
    "Cầu mong mọi người bình an 🙏",
    "Ai có người nhà ở khu vực đó thì gọi điện hỏi thăm ngay nhé.",
    "Cập nhật từ người dân tại chỗ: tình hình đã tạm ổn, mọi người đừng hoang mang.",
    "Chia sẻ để mọi người cùng biết, chủ động đi đường khác.",
    "Nghe tiếng còi xe inh ỏi từ nãy tới giờ, ra xem thì thấy vậy…",
    "Thông tin chính thức vui lòng chờ cơ quan chức năng công bố, đừng lan truyền tin chưa kiểm chứng!",
]
COMMENTS = [
    "Thật đau lòng, mong các cơ quan chức năng sớm làm rõ.",
    "Cảm ơn phóng viên đã cập nhật nhanh.",
    "Đề nghị xử lý nghiêm để làm gương!",
    "Khu này năm nào cũng có chuyện, phải có giải pháp lâu dài.",
    "Mong mọi người bình an.",
    "Sáng nay đi làm qua đó thấy đông lắm.",
    "Tin này chính xác chưa vậy báo ơi?",
    "Cần kiểm tra lại toàn bộ các trường hợp tương tự.",
]
ADS = ["Vay tiêu dùng lãi suất 0% tháng đầu – Đăng ký ngay", "Tour Đảo Ngọc 3N2Đ chỉ từ 2.990.000đ",
       "Điện máy Lam Hồng: Giảm đến 49% toàn bộ máy lạnh", "Khoá học tiếng Anh online miễn phí 7 ngày – Học thử",
       "Căn hộ ven sông chỉ từ 1,2 tỷ – Nhận nhà ngay", "Nước uống Suối Ngàn – Tinh khiết mỗi ngày"]
OTHER_OUTLETS = ["Thời báo Gió Nam", "Nhật báo Bến Nghé", "Tin Sáng Miền Trung", "Báo Đất Mũi Online",
                 "Tạp chí Phố Thị", "Báo Sông Lam Điện tử", "Kênh Tin Tây Bắc"]


class Ctx:
    """Everything a layout needs for one page."""

    def __init__(self, row, k, title, sents, related):
        self.row, self.k, self.title, self.sents = row, k, title, sents
        self.body_norms = {norm(s) for s in sents} | {norm(title)}
        r = self.r("date")
        self.y = r.choice([2015, 2016, 2017, 2018, 2019])
        m = None
        for s in sents:
            m = re.search(r"\b(\d{1,2})/(\d{1,2})(?:/(\d{4}))?\b", s)
            if m and 1 <= int(m.group(1)) <= 31 and 1 <= int(m.group(2)) <= 12:
                break
            m = None
        if m:
            self.d, self.mo = int(m.group(1)), int(m.group(2))
            if m.group(3) and 2000 < int(m.group(3)) < 2021:
                self.y = int(m.group(3))
            while self.d > 28:
                try:
                    datetime.date(self.y, self.mo, self.d)
                    break
                except ValueError:
                    self.d -= 1
        else:
            self.d, self.mo = r.randint(1, 28), r.randint(1, 12)
        self.hh, self.mm = r.randint(6, 21), r.randint(0, 59)
        self.wd = WEEKDAYS[datetime.date(self.y, self.mo, self.d).weekday()]
        self.dm = f"{self.d}/{self.mo}"
        self.date = f"{self.d:02d}/{self.mo:02d}/{self.y}"
        self.names = []
        for s in sents:
            for mm in PERSON.finditer(s):
                nm = (mm.group(1).capitalize(), mm.group(2))
                if nm not in self.names:
                    self.names.append(nm)
        self.places = []
        for s in sents:
            for mm in PLACE.finditer(s):
                toks = mm.group(1).split()
                while len(toks) > 2 and toks[-1] in SURNAMES:
                    toks.pop()
                p = " ".join(toks)
                if p not in self.places and len(p) < 40 and toks[-1] not in SURNAMES:
                    self.places.append(p)
        hay = self.title + " " + " ".join(sents)
        score = {name: 3 * len(re.findall(pat, self.title)) + len(re.findall(pat, hay))
                 for name, pat, _, _ in TOPIC_SCENES}
        best = max(TOPIC_SCENES, key=lambda t: score[t[0]])
        self.topic_name = best[0] if score[best[0]] >= 3 else "general"
        self.incident = self.topic_name != "general" and best[2]
        if self.topic_name == "general":
            self.scene_pool = NEUTRAL_SCENES * 2 + INCIDENT_SCENES[:3]
        else:
            self.scene_pool = best[3] * 3 + NEUTRAL_SCENES + (INCIDENT_SCENES if best[2] else [])
        pool = [x for x in related if norm(x[1]) not in self.body_norms]
        self.r("related").shuffle(pool)
        self.related = pool
        self.used = set()

    def r(self, purpose):
        return rng(self.row, purpose)

    def ok(self, line):
        return norm(line) not in self.body_norms

    def place(self, r):
        return r.choice(self.places) if self.places else r.choice(["khu vực xảy ra sự việc", "nơi xảy ra sự việc"])

    def clock(self, delta_min=0):
        t = self.hh * 60 + self.mm + delta_min
        t = max(0, min(t, 23 * 60 + 59))
        return f"{t // 60:02d}:{t % 60:02d}"

    def fill(self, tpl, r):
        pl = self.place(r)
        return tpl.format(hh=self.hh, mm=f"{self.mm:02d}", dm=self.dm, place=pl, place_cap=pl[0].upper() + pl[1:])

    def rel(self, n):
        out = []
        while self.related and len(out) < n:
            row, t, lead = self.related.pop()
            if norm(t) in self.body_norms:
                continue
            out.append((t, lead))
        return out

    def teaser(self, lead, r, lo=80, hi=170):
        sents = split_sentences(lead)
        text = " ".join(sents[:3]) if sents else lead
        n = r.randint(lo, hi)
        if len(text) <= n:
            cut = text.rstrip(".…")
        else:
            cut = text[:n].rsplit(" ", 1)[0].rstrip(",;:-– ")
        t = cut + r.choice(["…", "…", "..."])
        return t if self.ok(t) else cut + " …"

    def scene(self, r):
        pool = list(self.scene_pool)
        if not self.places:
            pool = [t for t in pool if "{place" not in t]
        for _ in range(30):
            c = self.fill(r.choice(pool), r)
            if self.ok(c) and c not in self.used:
                self.used.add(c)
                return c
        return self.fill(r.choice([t for t in NEUTRAL_SCENES if "{place" not in t]), r)

    def portrait(self, r):
        if self.names:
            h, n = r.choice(self.names)
            c = r.choice([f"{h} {n}.", f"{h} {n}", f"{h} {n} trao đổi với báo chí.", f"{h} {n} tại buổi làm việc.",
                          f"{h} {n} thông tin với phóng viên chiều {self.dm}."])
            if self.ok(c) and c not in self.used:
                self.used.add(c)
                return c
        return self.scene(r)

    def video(self, r):
        return self.fill(r.choice(VIDEO_CAPS), r)

    def topic(self, r):
        t = self.title.rstrip(".")
        forms = [f"{t} (ảnh chụp lúc {self.clock(-40)})", f"{t}. Ảnh: {r.choice(PHOTOGS)}", f"{t} - ảnh: bạn đọc gửi"]
        if ":" not in t and "'" not in t and '"' not in t:
            low_ok = len(t.split()) > 1 and t.split()[1][:1].islower()
            forms += [f"Toàn cảnh vụ việc: {t[0].lower() + t[1:] if low_ok else t}.",
                      f"Hình ảnh liên quan: {t}"]
        for _ in range(10):
            c = r.choice(forms)
            if c not in self.used:
                break
        self.used.add(c)
        return c

    def reporter(self, r, n=1):
        return r.sample(REPORTERS, n)

    def para_split(self, r, sizes=(1, 2, 2, 3, 3, 4), first=1):
        sents, out, i = self.sents, [], 0
        if first and sents:
            out.append(sents[:first]); i = first
        while i < len(sents):
            n = r.choice(sizes)
            out.append(sents[i:i + n]); i += n
        return out


class B:
    """Sequence of lines: ('u', role, line) | ('f', kind, line) | ('b', [items])."""

    def __init__(self):
        self.seq = []

    def u(self, role, line):
        self.seq.append(["u", role, line])

    def f(self, kind, *lines):
        assert kind in KINDS, kind
        for line in lines:
            self.seq.append(["f", kind, line])

    def b(self, items):
        if items:
            self.seq.append(["b", list(items)])


def slug(name, sep):
    s = name.replace("Đ", "D").replace("đ", "d")
    s = unicodedata.normalize("NFD", s).encode("ascii", "ignore").decode()
    return sep.join(s.lower().split())


def spread(paras, slots, r):
    """Pick `slots` distinct paragraph indices (after which furniture goes), avoiding the last one when possible."""
    idx = list(range(len(paras) - 1)) or [0]
    r.shuffle(idx)
    return set(idx[:slots])


# ----------------------------------------------------------------------------------------------------------
# Layouts: each an invented outlet with its own habits
# ----------------------------------------------------------------------------------------------------------

def L01_tinnhanh_phuongnam(c):
    """Classic portal: menu, TIN NÓNG banner, captions with credit in parentheses, ALL-CAPS byline, related with times."""
    r, o = c.r("L01"), B()
    o.u("site", "TIN NHANH PHƯƠNG NAM")
    o.f("widget", "Trang chủ | Thời sự | Pháp luật | Kinh doanh | Thế giới | Video | Đăng nhập")
    o.f("widget", "Thời sự › Tin nóng")
    o.f("widget", "TIN NÓNG")
    o.u("title", c.title)
    o.u("date", f"{c.wd}, {c.d}/{c.mo}/{c.y} | {c.clock()} GMT+7")
    o.f("widget", "Đang cập nhật")
    paras = c.para_split(r)
    slots = spread(paras, 3, r)
    rel = c.rel(7)
    for i, p in enumerate(paras):
        o.b(p)
        if i == 0:
            cap = c.scene(r) if r.random() < 0.6 else c.topic(r)
            if "ảnh" in cap.casefold():
                o.f("caption", cap)
            else:
                o.f("caption", f"{cap.rstrip('.') if r.random() < 0.5 else cap} (Ảnh: {r.choice(PHOTOGS)})")
        elif i in slots:
            kind = r.choice(["cap", "cap2", "rel"])
            if kind == "cap":
                o.f("caption", c.portrait(r))
                o.f("credit", f"Ảnh: {r.choice(PHOTOGS)}")
            elif kind == "cap2":
                o.f("caption", f"{c.scene(r)} Ảnh: {r.choice(PHOTOGS)}")
            elif rel:
                o.f("widget", "Tin liên quan:")
                for t, _ in rel[:2]:
                    o.f("related", f"» {t}")
                rel = rel[2:]
    o.f("byline", " - ".join(x.upper() for x in c.reporter(r, r.choice([1, 2]))))
    o.f("widget", f"Cập nhật lúc {c.clock(r.randint(30, 200))} ngày {c.date}")
    o.f("widget", "Chia sẻ: Facebook | Zalo | Sao chép liên kết")
    o.f("widget", "Từ khoá: tin nóng, thời sự, " + r.choice(["an ninh trật tự", "giao thông", "đời sống", "dân sinh"]))
    o.f("widget", "TIN CÙNG CHUYÊN MỤC")
    for t, _ in rel[:4]:
        o.f("related", f"{t} ({c.clock(-r.randint(30, 600))})")
    o.f("widget", f"© {c.y} Tin Nhanh Phương Nam. Giấy phép số 214/GP-TTĐT do Sở TT&TT cấp.")
    return o


def L02_songhan_live(c):
    """Live blog: TRỰC TIẾP banner, time stamp before each update, key points box, hotline at the end."""
    r, o = c.r("L02"), B()
    o.f("widget", "Sông Hàn Trực Tuyến - Tin tức 24/7")
    o.u("site", "Sông Hàn Trực Tuyến")
    o.f("widget", "🔴 TRỰC TIẾP")
    o.u("title", c.title)
    o.u("date", f"{c.date} {c.clock()}")
    o.f("byline", r.choice(["Nhóm PV Thời sự", "Nhóm phóng viên thường trú miền Trung", "Nhóm PV Sông Hàn"]))
    o.f("widget", "Diễn biến chính")
    for s in c.sents[1:4]:
        cl = re.split(r"[,;:]", s)[0].strip()
        if len(words(cl)) >= 5 and c.ok(cl + "…") and cl[0] not in "\"“'":
            o.f("widget", f"• {cl}…")
    o.f("widget", "Xem theo: Cũ nhất | Mới nhất")
    paras = c.para_split(r, sizes=(1, 1, 2, 2, 3))
    t = -len(paras) * 7
    slots = spread(paras, 3, r)
    for i, p in enumerate(paras):
        t += r.randint(4, 12)
        o.f("widget", r.choice([c.clock(t), f"{c.clock(t)} ", f"Cập nhật {c.clock(t)}"]).strip())
        o.b(p)
        if i in slots:
            if r.random() < 0.5:
                o.f("caption", c.scene(r))
                o.f("credit", r.choice([f"Ảnh: {r.choice(PHOTOGS)}", "Ảnh: Bạn đọc cung cấp", "Ảnh: Cắt từ clip"]))
            else:
                o.f("caption", c.video(r))
                o.f("widget", f"00:00 / 0{r.randint(1, 4)}:{r.randint(10, 59)}")
    o.f("widget", "Bài viết đang được tiếp tục cập nhật. Tải lại trang để xem diễn biến mới nhất.")
    o.f("widget", "ĐƯỜNG DÂY NÓNG")
    o.f("widget", "Bạn đọc có thông tin, hình ảnh về vụ việc xin gọi: 0236 3 818 727 (Zalo/Viber)")
    o.f("widget", "Email: tinnong@songhantructuyen.vn")
    for t, _ in c.rel(3):
        o.f("related", t)
    return o


def L03_nhipthoisu_timeline(c):
    """Diễn biến chính box of earlier developments (dated headlines), gallery captions, 'Bài và ảnh' byline."""
    r, o = c.r("L03"), B()
    o.u("site", "Nhịp Thời Sự")
    o.f("widget", "Xã hội › Sự kiện nóng")
    o.u("title", c.title)
    o.u("date", f"{c.date} - {c.clock()}")
    o.f("widget", r.choice(["Tin nóng", "TIN NÓNG"]))
    o.f("widget", "Diễn biến chính")
    days = sorted(r.sample(range(1, 9), 3), reverse=True)
    for dd, (t, _) in zip(days, c.rel(3)):
        dt = datetime.date(c.y, c.mo, c.d) - datetime.timedelta(days=dd)
        o.f("related", f"{dt.day:02d}/{dt.month:02d} – {t}")
    o.f("widget", "Xem toàn bộ diễn biến »")
    paras = c.para_split(r)
    n = r.randint(3, 6)
    gal = r.randint(1, max(1, len(paras) - 1))
    for i, p in enumerate(paras):
        o.b(p)
        if i == gal:
            for j in range(1, r.randint(2, 3) + 1):
                o.f("caption", f"{j}/{n} {c.scene(r)}")
            o.f("credit", f"Ảnh: {r.choice(PHOTOGS)}")
    o.f("byline", f"Bài và ảnh: {c.reporter(r)[0]}")
    o.f("widget", "Bài viết liên quan")
    for t, lead in c.rel(3):
        o.f("related", t)
        o.f("related", c.teaser(lead, r))
    return o


def L04_bantindem_social(c):
    """Night bulletin: embedded social posts with counters between paragraphs; 'Theo X' signature."""
    r, o = c.r("L04"), B()
    o.u("site", "BẢN TIN ĐÊM")
    o.f("widget", "Mới nhất | Nóng 24h | Mạng xã hội | Góc nhìn")
    o.u("title", c.title)
    o.u("date", f"{c.clock()} {c.date}")
    paras = c.para_split(r)
    slots = spread(paras, 2, r)
    handles = ["@hongtin.quanhuyen", "@camnangduongpho", "@tinnong.cudan", "@cudanmang24h"]
    groups = ["Hội Hóng Tin Quận Huyện", "Cộng đồng Cư dân Phố Cũ", "Nhóm Cập Nhật Đường Phố", "Góc Tin Nóng Khu Phố"]
    for i, p in enumerate(paras):
        o.b(p)
        if i == 0:
            o.f("caption", r.choice([c.scene(r), c.topic(r)]))
        if i in slots:
            g = r.randrange(len(groups))
            o.f("widget", f"Bài đăng của {groups[g]} trên mạng xã hội")
            o.f("widget", f"{handles[g]} · {r.randint(5, 55)} phút")
            o.f("widget", r.choice(POSTS))
            o.f("widget", f"❤ {r.randint(1, 9)},{r.randint(1, 9)}K   💬 {r.randint(40, 900)}   ↗ {r.randint(10, 300)}")
            o.f("widget", "Xem trên Facebook")
    o.f("byline", f"Theo {r.choice(OTHER_OUTLETS)}")
    o.f("widget", "Chia sẻ | Lưu bài | Báo lỗi")
    o.f("widget", "Đọc nhiều trong đêm")
    rel = c.rel(4)
    o.f("related", " · ".join(t for t, _ in rel[:3]))
    return o


def L05_mvtv_video(c):
    """TV station site: video player on top, video caption and source credit, reporter sign-off, related videos."""
    r, o = c.r("L05"), B()
    o.u("site", "MVTV - Truyền hình Miệt Vườn")
    o.f("widget", "Thời sự | Bản tin 18h | Nông nghiệp | Xem trực tiếp")
    o.u("title", c.title)
    o.u("date", f"Cập nhật: {c.clock()}, {c.date}")
    o.f("widget", f"▶ 00:00 / 0{r.randint(1, 3)}:{r.randint(10, 59)}")
    o.f("widget", "Tắt tiếng | Toàn màn hình")
    o.f("caption", c.video(r))
    o.f("credit", r.choice(["Nguồn: MVTV", "Video: Thời sự MVTV", f"Quay phim: {r.choice(PHOTOGS)}"]))
    paras = c.para_split(r, sizes=(2, 3, 3, 4))
    slots = spread(paras, 2, r)
    place = c.place(r) if c.places else "hiện trường"
    for i, p in enumerate(paras):
        o.b(p)
        if i in slots:
            o.f("caption", c.scene(r))
    name = c.reporter(r, 2)
    o.f("byline", f"Phóng viên {name[0]} - {name[1]}, MVTV, tường thuật từ {place}")
    o.f("widget", "Xem thêm các bản tin khác")
    for t, _ in c.rel(4):
        o.f("related", f"▶ {t} 0{r.randint(1, 4)}:{r.randint(10, 59)}")
    o.f("widget", "Đăng ký kênh để nhận bản tin sớm nhất")
    return o


def L06_thudo_map(c):
    """Map and infographic labels after the lead, graphic credit, 'Name - Name' byline, hotline box."""
    r, o = c.r("L06"), B()
    o.f("widget", "Thủ Đô Chấm Tin | Tin mới | Đô thị | Giao thông")
    o.u("site", "Thủ Đô Chấm Tin")
    o.u("title", c.title)
    o.u("date", f"{c.wd} {c.date}, {c.clock()}")
    o.f("widget", "NÓNG")
    paras = c.para_split(r)
    for i, p in enumerate(paras):
        o.b(p)
        if i == 0:
            o.f("caption", f"Vị trí {c.place(r)} trên bản đồ (chấm đỏ)." if c.places else "Vị trí xảy ra sự việc trên bản đồ (chấm đỏ).")
            for lab in r.sample(INFO_LABELS if c.incident else INFO_LABELS_NEUTRAL, r.randint(2, 4)):
                o.f("caption", lab)
            o.f("credit", f"Đồ hoạ: {r.choice(PHOTOGS)}")
            if r.random() < 0.5:
                o.f("credit", "Dữ liệu bản đồ: Thủ Đô Chấm Tin")
        elif i == len(paras) // 2 and len(paras) > 2:
            o.f("caption", c.scene(r))
            o.f("credit", f"(Ảnh: {r.choice(PHOTOGS)})")
    o.f("byline", " - ".join(c.reporter(r, 2)))
    o.f("widget", "ĐƯỜNG DÂY NÓNG: 0243 776 2019")
    o.f("widget", "Gửi tin, ảnh về vụ việc: banthoisu@thudochamtin.vn")
    o.f("widget", "Tin khác")
    for t, lead in c.rel(2):
        o.f("related", f"{t} - {c.teaser(lead, r, 60, 110)}")
    return o


def L07_moigioqua_amp(c):
    """Mobile AMP scrape: one sentence per line, bare captions, correction note at the bottom."""
    r, o = c.r("L07"), B()
    o.f("widget", "‹ Quay lại")
    o.u("site", "Mới Giờ Qua")
    o.f("widget", "Mở trong ứng dụng")
    o.u("title", c.title)
    o.u("date", f"{c.clock()} {c.date}")
    o.f("widget", r.choice(["Tin nóng · 3 phút đọc", "Tin nóng · 2 phút đọc", "Đang cập nhật · 4 phút đọc"]))
    slots = spread([[s] for s in c.sents], 3, r)
    for i, s in enumerate(c.sents):
        o.b([s])
        if i in slots:
            o.f("caption", r.choice([c.scene(r), c.portrait(r), c.topic(r)]))
    o.f("byline", c.reporter(r)[0])
    o.f("widget", f"* Ghi chú: Bài viết được chỉnh sửa lúc {c.clock(r.randint(60, 180))} để cập nhật thông tin chính xác hơn từ cơ quan chức năng.")
    o.f("widget", "Đọc tiếp")
    for t, _ in c.rel(3):
        o.f("related", t)
    o.f("widget", "Tải ứng dụng Mới Giờ Qua để nhận thông báo tin nóng")
    return o


def L08_caonguyen_agency(c):
    """Regional news agency: agency code line, 'Bài và ảnh'/'Tin, ảnh' bylines, agency photo credits."""
    r, o = c.r("L08"), B()
    o.u("site", "CAO NGUYÊN THÔNG TẤN")
    o.f("widget", "Trang chủ / Tin trong vùng / Sự kiện")
    o.u("title", c.title)
    o.u("date", f"Ngày {c.d} tháng {c.mo} năm {c.y}")
    o.f("byline", r.choice(["(CNTT)", "Cao Nguyên (CNTT) -", f"{c.reporter(r)[0]} (CNTT)"]))
    paras = c.para_split(r, sizes=(2, 3, 4))
    slots = spread(paras, 2, r)
    for i, p in enumerate(paras):
        o.b(p)
        if i in slots:
            o.f("caption", c.scene(r) if r.random() < 0.6 else c.portrait(r))
            o.f("credit", r.choice(["Ảnh: CNTT", f"Ảnh: {r.choice(PHOTOGS)}/CNTT", "Ảnh: CNTT phát"]))
    o.f("byline", r.choice([f"Tin, ảnh: {c.reporter(r)[0]}", f"Bài và ảnh: {c.reporter(r)[0]}", f"{c.reporter(r)[0]} (CNTT)"]))
    o.f("widget", f"Mã tin: CNTT-{c.y}-{r.randint(10000, 99999)}")
    o.f("widget", "Tin cùng chuyên mục:")
    rel = c.rel(4)
    o.f("related", " | ".join(t for t, _ in rel[:2]))
    for t, _ in rel[2:]:
        o.f("related", t)
    return o


def L09_dongkhoi_versions(c):
    """Version history of the same story (earlier headlines, stamps), correction note, byline with email."""
    r, o = c.r("L09"), B()
    o.u("site", "Thời Báo Đồng Khởi")
    o.f("widget", "Thời sự | Chính trị | Xã hội | Pháp luật")
    o.u("title", c.title)
    o.u("date", f"{c.date} {c.clock()}")
    nupd = r.randint(2, 4)
    o.f("widget", f"Bài viết đã được cập nhật {nupd} lần. Xem lịch sử chỉnh sửa")
    variants = [f"NÓNG: {c.title}", c.title.rsplit(" ", 2)[0] + "…", f"{c.title} (tin ban đầu)",
                f"Đang xảy ra: {c.title}"]
    o.f("widget", f"Tiêu đề lúc {c.clock(-r.randint(60, 150))}: “{r.choice(variants)}”")
    if r.random() < 0.6:
        o.f("widget", f"Đính chính: Phiên bản đăng lúc {c.clock(-r.randint(20, 60))} ghi chưa chính xác một số thông tin. "
                      "Ban biên tập đã điều chỉnh và xin lỗi bạn đọc.")
    paras = c.para_split(r)
    slots = spread(paras, 2, r)
    for i, p in enumerate(paras):
        o.b(p)
        if i in slots:
            o.f("caption", c.scene(r))
    name = c.reporter(r)[0]
    o.f("byline", name)
    o.f("byline", slug(name, "") + "@dongkhoi.news")
    o.f("widget", "Lịch sử cập nhật")
    for j in range(nupd, 0, -1):
        o.f("widget", f"{c.clock(j * 35 - 35)} – " + ("Đăng lần đầu" if j == 1 else
            r.choice(["Bổ sung thông tin từ cơ quan chức năng", "Cập nhật số liệu mới", "Bổ sung ảnh hiện trường",
                      "Chỉnh sửa tiêu đề"])))
    o.f("widget", "Đọc thêm")
    for t, _ in c.rel(3):
        o.f("related", t)
    return o


def L10_dongtin24_ticker(c):
    """Ticker site: headlines joined on one line, ▲ captions above images, poll widget, pen-name byline in caps."""
    r, o = c.r("L10"), B()
    rel = c.rel(6)
    o.f("related", "TIN NÓNG ● " + " ● ".join(t for t, _ in rel[:3]))
    o.u("site", "DÒNG TIN 24")
    o.u("title", c.title)
    o.f("widget", "Đang cập nhật...")
    o.u("date", f"{c.date} | {c.clock()}")
    paras = c.para_split(r)
    slots = spread(paras, 2, r)
    for i, p in enumerate(paras):
        if i in slots:
            o.f("caption", f"▲ {c.scene(r)}")
        o.b(p)
    o.f("byline", r.choice(PEN_NAMES).upper())
    o.f("widget", "Bình chọn: Bạn có thường xuyên theo dõi tin nóng trên Dòng Tin 24?")
    o.f("widget", "Có | Không | Thỉnh thoảng")
    o.f("widget", "Xem kết quả")
    o.f("widget", "Tin mới nhận")
    for t, _ in rel[3:]:
        o.f("related", f"{c.clock(-r.randint(5, 90))} {t}")
    return o


def L11_giobac_email(c):
    """Byline name plus email line, [Hình ảnh] markers, captions with credit in parentheses, 'Xem thêm' inline."""
    r, o = c.r("L11"), B()
    o.u("site", "Báo Gió Bấc Điện Tử")
    o.u("title", c.title)
    o.u("date", f"{c.wd}, ngày {c.date} - {c.clock()}")
    paras = c.para_split(r)
    slots = spread(paras, 3, r)
    rel = c.rel(4)
    for i, p in enumerate(paras):
        o.b(p)
        if i in slots:
            if rel and r.random() < 0.35:
                o.f("related", f"Xem thêm: {rel.pop()[0]}")
            else:
                o.f("widget", r.choice(["[Hình ảnh]", "[Ảnh]", "[image]"]))
                o.f("caption", f"{r.choice([c.scene(r), c.portrait(r), c.scene(r)])} (Ảnh: {r.choice(PHOTOGS)})")
    name = c.reporter(r)[0]
    o.f("byline", name)
    o.f("byline", "Email: " + slug(name, ".") + "@giobac.vn")
    o.f("widget", "Gửi góp ý | In bài | Chia sẻ")
    for t, _ in rel:
        o.f("related", t)
    return o


def L12_tinbayngay_gallery(c):
    """Gallery-heavy: counters '2/6' on their own line, full-sentence captions, portrait caption with credit."""
    r, o = c.r("L12"), B()
    o.u("site", "Tin Bảy Ngày")
    o.f("widget", "Sự kiện | Ảnh | Video | Podcast")
    o.u("title", c.title)
    o.u("date", f"{c.date}")
    paras = c.para_split(r)
    n = r.randint(4, 8)
    j = 0
    slots = spread(paras, 3, r)
    for i, p in enumerate(paras):
        o.b(p)
        if i in slots and j < n:
            j += 1
            o.f("widget", f"{j}/{n}")
            o.f("caption", c.scene(r) if j != 2 else c.portrait(r))
            if r.random() < 0.5:
                o.f("credit", f"Ảnh: {r.choice(PHOTOGS)}")
    o.f("byline", r.choice([c.reporter(r)[0], f"{c.reporter(r)[0]} (tổng hợp)"]))
    o.f("widget", "Xem album ảnh đầy đủ")
    o.f("widget", "Có thể bạn quan tâm")
    for t, lead in c.rel(2):
        o.f("related", f"{t}: {c.teaser(lead, r, 50, 90)}")
    return o


def L13_dongbang_comments(c):
    """Regional paper: ads between paragraphs, tags, long reader-comment block."""
    r, o = c.r("L13"), B()
    o.u("site", "ĐỒNG BẰNG TRỰC TUYẾN")
    o.f("widget", "Tin tức | Kinh tế | Nông thôn | Pháp luật | Bạn đọc")
    o.u("title", c.title)
    o.u("date", f"{c.date} - {c.clock()}")
    paras = c.para_split(r)
    ad = r.randint(0, max(0, len(paras) - 2))
    cap = r.randint(0, max(0, len(paras) - 1))
    for i, p in enumerate(paras):
        o.b(p)
        if i == cap:
            o.f("caption", c.topic(r))
        if i == ad:
            o.f("widget", "Quảng cáo")
            o.f("widget", r.choice(ADS))
    o.f("byline", c.reporter(r)[0])
    o.f("widget", "Tags: " + ", ".join(r.sample(["tin nóng", "tai nạn", "an ninh", "đời sống", "dân sinh", "giao thông"], 3)))
    o.f("widget", f"Bình luận ({r.randint(3, 60)})")
    for _ in range(r.randint(2, 4)):
        o.f("widget", f"{r.choice(READERS)}: {r.choice(COMMENTS)}")
        o.f("widget", f"Trả lời · Thích ({r.randint(0, 40)}) · {r.randint(1, 9)} giờ trước")
    o.f("widget", "Gửi bình luận")
    o.f("widget", "Tin cùng chuyên mục")
    for t, _ in c.rel(3):
        o.f("related", t)
    return o


def L14_phobien_audio(c):
    """Radio site: listen widget and voice picker, reporter sign-off, 'Theo' line from the radio's news desk."""
    r, o = c.r("L14"), B()
    o.u("site", "Phát thanh Phố Biển")
    o.u("title", c.title)
    o.u("date", f"{c.clock()} | {c.date}")
    o.f("widget", f"🔊 Nghe bài viết · 0{r.randint(1, 5)}:{r.randint(10, 59)}")
    o.f("widget", "Giọng đọc: Nữ miền Nam | Nam miền Bắc · Tốc độ 1x")
    paras = c.para_split(r, sizes=(2, 3))
    mid = len(paras) // 2
    for i, p in enumerate(paras):
        o.b(p)
        if i == mid:
            o.f("caption", c.scene(r))
    o.f("byline", f"{c.reporter(r)[0]} - Phát thanh Phố Biển")
    o.f("byline", r.choice(["Theo Ban Thời sự Phố Biển", "Theo Bản tin Thời sự 6h"]))
    o.f("widget", "Nghe lại bản tin | Tải podcast")
    for t, _ in c.rel(3):
        o.f("related", f"🎧 {t}")
    return o


def L15_phaply_hotline(c):
    """Law-and-life site: 'ảnh minh hoạ' captions, group byline, hotline box asking for tips, 'continues' note."""
    r, o = c.r("L15"), B()
    o.u("site", "Pháp Lý & Đời Sống")
    o.f("widget", "An ninh - Hình sự | Hồ sơ vụ án | Tư vấn luật")
    o.u("title", c.title)
    o.u("date", f"{c.wd}, {c.date} {c.clock()}")
    paras = c.para_split(r)
    slots = spread(paras, 2, r)
    for i, p in enumerate(paras):
        o.b(p)
        if i == 0:
            o.f("caption", c.scene(r).rstrip(".") + " (ảnh minh hoạ).")
        elif i in slots:
            o.f("caption", c.scene(r))
            o.f("credit", r.choice(["Ảnh: Tư liệu", "Ảnh: Internet", f"Ảnh: {r.choice(PHOTOGS)}"]))
    o.f("byline", r.choice(["Nhóm PV Pháp Lý", "NHÓM PV ĐIỀU TRA", "Nhóm phóng viên"]))
    o.f("widget", "Sự việc đang tiếp tục được Pháp Lý & Đời Sống cập nhật.")
    o.f("widget", "ĐƯỜNG DÂY NÓNG: 0912 664 018")
    o.f("widget", "Độc giả có thông tin liên quan xin gửi về hòm thư: duongdaynong@phaplydoisong.vn")
    o.f("widget", "Bài viết cùng chủ đề")
    for t, lead in c.rel(2):
        o.f("related", f"{t} | {c.teaser(lead, r, 70, 120)}")
    return o


def L16_haicang_timeline(c):
    """Timeline of the event ('Dòng thời gian') with dated headlines and teasers, authority-account post, pen-name byline."""
    r, o = c.r("L16"), B()
    o.u("site", "Hải Cảng Tin Nhanh")
    o.u("title", c.title)
    o.u("date", f"{c.date}, {c.clock()} (GMT+7)")
    o.f("widget", "+ Theo dõi sự kiện")
    paras = c.para_split(r)
    mid = len(paras) // 2
    for i, p in enumerate(paras):
        o.b(p)
        if i == 0 and r.random() < 0.7:
            o.f("caption", c.scene(r))
            o.f("credit", f"Ảnh: {r.choice(PHOTOGS)}")
        elif i == mid:
            o.f("caption", r.choice([c.topic(r), c.portrait(r)]))
    if r.random() < 0.8:
        acct = r.choice([("Trung tâm Cứu hộ Duyên Hải", "@cuuho_duyenhai"), ("Cảng vụ Hải Cảng", "@cangvu_hc"),
                         ("Đài Khí tượng Ven Biển", "@khituong_venbien")])
        o.f("widget", f"{acct[0]} {acct[1]} · {c.clock(-r.randint(10, 90))}")
        o.f("widget", r.choice(["Thông báo: đề nghị người dân hạn chế di chuyển qua khu vực, chờ hướng dẫn tiếp theo.",
                                "Lực lượng của chúng tôi đã được điều động tới khu vực. Thông tin sẽ được cập nhật.",
                                "Khuyến cáo: không chia sẻ thông tin chưa được kiểm chứng về sự việc."]))
        o.f("widget", f"{r.randint(3, 90)} trả lời   {r.randint(20, 400)} đăng lại   {r.randint(100, 2000)} lượt thích")
    o.f("byline", r.choice(PEN_NAMES))
    o.f("widget", "Dòng thời gian")
    base = datetime.date(c.y, c.mo, c.d)
    for dd, (t, lead) in zip(sorted(r.sample(range(1, 20), 3)), c.rel(3)):
        dt = base - datetime.timedelta(days=dd)
        o.f("related", f"{dt.day}/{dt.month}/{dt.year} {r.randint(6, 22):02d}:{r.randint(0, 59):02d} | {t}")
        if r.random() < 0.5:
            o.f("related", c.teaser(lead, r))
    o.f("widget", "Xem thêm sự kiện")
    return o


def L17_ttmk_agency(c):
    """Agency wire: dateline with agency code on its own line, 'Theo TTMK', agency photo credits."""
    r, o = c.r("L17"), B()
    o.u("site", "Thông tấn Mê Kông")
    o.f("widget", "TTMK | Tin trong nước | Tin quốc tế | Ảnh TTMK")
    o.u("title", c.title)
    o.u("date", f"{c.date} {c.clock()}")
    o.f("byline", f"{r.choice(['CẦN THƠ', 'VĨNH LONG', 'SÓC TRĂNG', 'HÀ NỘI', 'ĐÀ NẴNG', 'TP HỒ CHÍ MINH'])} (TTMK)")
    paras = c.para_split(r, sizes=(2, 3, 3, 4))
    slots = spread(paras, 2, r)
    for i, p in enumerate(paras):
        o.b(p)
        if i in slots:
            o.f("caption", c.scene(r) if r.random() < 0.5 else c.portrait(r))
            o.f("credit", f"Ảnh: {r.choice(PHOTOGS)} - TTMK")
    o.f("byline", r.choice(["Theo TTMK", f"{c.reporter(r)[0]}/TTMK", f"Tin: {c.reporter(r)[0]} - TTMK"]))
    o.f("widget", "Bản quyền thuộc Thông tấn Mê Kông. Cấm sao chép dưới mọi hình thức.")
    rel = c.rel(3)
    o.f("related", "Tin liên quan: " + "; ".join(t for t, _ in rel))
    return o


def L18_ngaymoi_infographic(c):
    """Alert banner, infographic block of labels, graphic and source credits, 'tổng hợp' byline."""
    r, o = c.r("L18"), B()
    o.u("site", "Ngày Mới Điện Tử")
    o.f("widget", "⚠ CẢNH BÁO")
    o.u("title", c.title)
    o.u("date", f"{c.date} - {c.clock()}")
    paras = c.para_split(r)
    pos = min(len(paras) - 1, r.randint(1, 2))
    for i, p in enumerate(paras):
        o.b(p)
        if i == pos:
            o.f("caption", "INFOGRAPHIC: Toàn cảnh sự việc")
            o.f("caption", f"Thời điểm: {c.hh}h{c.mm:02d} ngày {c.dm}")
            o.f("caption", f"Địa điểm: {c.place(r) if c.places else 'đang xác minh'}")
            if c.incident:
                o.f("caption", r.choice(["Lực lượng tham gia: công an, cứu hộ, y tế", "Thiệt hại: đang thống kê",
                                         "Tình trạng: đang xử lý"]))
            else:
                o.f("caption", r.choice(["Cơ quan chủ trì: đang cập nhật", "Tình trạng: đang triển khai",
                                         "Mốc tiếp theo: chờ kết luận chính thức"]))
            o.f("credit", f"Đồ hoạ: {r.choice(PHOTOGS)}")
            o.f("credit", "Nguồn: Tổng hợp")
    o.f("byline", f"{c.reporter(r)[0]} (tổng hợp)")
    o.f("widget", f"Cập nhật lần cuối: {c.clock(r.randint(40, 180))} {c.date}")
    o.f("widget", "Tin nóng khác")
    for t, _ in c.rel(3):
        o.f("related", f"• {t}")
    return o


def L19_tonghop_snapshots(c):
    """Aggregator keeping snapshots of the same story at different moments; title repeated on a share card."""
    r, o = c.r("L19"), B()
    src = r.choice(OTHER_OUTLETS)
    o.u("site", "Tổng Hợp Tin 247")
    o.f("widget", f"Nguồn: {src} | Xem bài gốc")
    o.u("title", c.title)
    o.u("date", f"{c.date} {c.clock()}")
    first = c.sents[0]
    frag = " ".join(first.split()[:r.randint(6, 10)]).rstrip(",;:")
    o.f("widget", f"Bản lưu lúc {c.clock(-r.randint(90, 150))}: tiêu đề khi đó “{c.title.rsplit(' ', 1)[0]}…”")
    o.f("widget", f"Bản lưu lúc {c.clock(-r.randint(30, 80))}: “{frag}…”")
    o.f("widget", "Bài gốc đã được chỉnh sửa sau thời điểm lưu.")
    paras = c.para_split(r)
    slots = spread(paras, 2, r)
    for i, p in enumerate(paras):
        o.b(p)
        if i in slots:
            o.f("caption", c.scene(r))
    o.f("byline", f"Theo {src}")
    o.f("widget", "Chia sẻ bài viết")
    o.f("widget", c.title)
    o.f("widget", "Cùng chủ đề")
    for t, _ in c.rel(3):
        o.f("related", f"{t} – {r.choice(OTHER_OUTLETS)}")
    return o


def L20_dothimoi_print(c):
    """Print version: URL line, bracketed image captions, plain byline, print/close buttons, copyright."""
    r, o = c.r("L20"), B()
    o.f("widget", "Bản in")
    o.u("site", "Đô Thị Mới")
    o.f("widget", f"Đường dẫn bài viết: https://dothimoi.vn/tin-nong/bai-{r.randint(100000, 999999)}.html")
    o.u("title", c.title)
    o.u("date", f"Ngày đăng: {c.date}")
    paras = c.para_split(r, sizes=(2, 3, 4))
    slots = spread(paras, 2, r)
    for i, p in enumerate(paras):
        o.b(p)
        if i in slots:
            o.f("caption", f"[{c.scene(r)}]")
    o.f("byline", c.reporter(r)[0].upper())
    rel = c.rel(2)
    if rel:
        o.f("related", "Bài liên quan: " + " / ".join(t for t, _ in rel))
    o.f("widget", "In bài viết | Đóng cửa sổ")
    o.f("widget", f"© Đô Thị Mới {c.y}. Ghi rõ nguồn khi phát hành lại thông tin từ website này.")
    return o


LAYOUTS = [L01_tinnhanh_phuongnam, L02_songhan_live, L03_nhipthoisu_timeline, L04_bantindem_social, L05_mvtv_video,
           L06_thudo_map, L07_moigioqua_amp, L08_caonguyen_agency, L09_dongkhoi_versions, L10_dongtin24_ticker,
           L11_giobac_email, L12_tinbayngay_gallery, L13_dongbang_comments, L14_phobien_audio, L15_phaply_hotline,
           L16_haicang_timeline, L17_ttmk_agency, L18_ngaymoi_infographic, L19_tonghop_snapshots, L20_dothimoi_print]


# ----------------------------------------------------------------------------------------------------------
# Scraper faults, assembly and the contract check
# ----------------------------------------------------------------------------------------------------------

def _inner_space(s, r):
    pos = [i for i, ch in enumerate(s) if ch == " " and 0 < i < len(s) - 1]
    return r.choice(pos) if pos else None


def apply_faults(seq, row):
    """Faults on about a quarter of pages. Returns (seq, faults, glued halves)."""
    r = rng(row, "faults")
    if r.random() >= 0.25:
        return seq, [], []
    kinds = r.sample(FAULTS, r.choice([1, 1, 1, 2]))
    kinds.sort(key=lambda k: k != "glue")
    done, halves = [], []
    for kind in kinds:
        if kind == "glue":
            cands = [(li, j) for li, e in enumerate(seq) if e[0] == "b" for j in range(len(e[1]) - 1)
                     if re.search(r"\w[.!?]$", e[1][j]) and e[1][j + 1][:1].isupper()]
            if not cands:
                continue
            li, j = r.choice(cands)
            items = seq[li][1]
            halves += [items[j], items[j + 1]]
            items[j:j + 2] = [items[j] + items[j + 1]]
        elif kind == "nfd":
            for e in seq:
                if e[0] == "b":
                    e[1] = [unicodedata.normalize("NFD", x) for x in e[1]]
                else:
                    e[2] = unicodedata.normalize("NFD", e[2])
        else:
            bodies = [(li, j) for li, e in enumerate(seq) if e[0] == "b" for j in range(len(e[1]))]
            furn = [li for li, e in enumerate(seq) if e[0] == "f" and " " in e[2].strip()]
            targets = [("b",) + t for t in r.sample(bodies, min(len(bodies), r.randint(1, 4)))]
            targets += [("f", li) for li in r.sample(furn, min(len(furn), r.randint(1, 3)))]
            for t in targets:
                s = seq[t[1]][1][t[2]] if t[0] == "b" else seq[t[1]][2]
                p = _inner_space(s, r)
                if p is None:
                    continue
                rep = {"nbsp": "\u00a0", "dblspace": "  ", "zwsp": " \u200b"}[kind]
                s = s[:p] + rep + s[p + 1:]
                if t[0] == "b":
                    seq[t[1]][1][t[2]] = s
                else:
                    seq[t[1]][2] = s
        done.append(kind)
    return seq, done, halves


def check_page(text, body, furniture, unlabelled, halves):
    """Raise ValueError on any breach of the labelling contract."""
    def fail(msg):
        raise ValueError(msg)
    if not text or not isinstance(text, str):
        fail("empty text")
    lines = text.split("\n")
    for line in lines:
        if not line or line != line.strip():
            fail(f"blank or unstripped line: {line!r}")
    if not body:
        fail("no body")
    for x in body:
        if not x or x != x.strip() or "\n" in x:
            fail(f"bad body item {x!r}")
    for k, line in furniture:
        if k not in KINDS:
            fail(f"bad kind {k}")
    fi = bi = 0
    used = set()
    nbody_lines = 0
    for line in lines:
        if fi < len(furniture) and line == furniture[fi][1]:
            fi += 1
            continue
        hit = 0
        for n in range(1, 5):
            if bi + n <= len(body) and " ".join(body[bi:bi + n]) == line:
                hit = n
                break
        if hit:
            bi += hit
            nbody_lines += 1
            continue
        role = next((k for k, v in unlabelled.items() if v == line and k not in used), None)
        if role is None:
            fail(f"unlabelled line that is not title/date/site (or a 5+ item paragraph): {line!r}")
        used.add(role)
    if fi != len(furniture) or bi != len(body):
        fail(f"labels not consumed: furniture {fi}/{len(furniture)}, body {bi}/{len(body)}")
    if len(used) > 3:
        fail("more than three unlabelled lines")
    for role in ("title", "date", "site"):
        if sum(1 for line in lines if line == unlabelled[role]) > 1:
            reps = [k for k, line in furniture if line == unlabelled[role]]
            if any(k != "widget" for k in reps):
                fail(f"repeat of the {role} not labelled widget")
    for x in body:
        if x not in text:
            fail("body item not a substring of text")
    bad = {norm(x) for x in body} | {norm(h) for h in halves}
    for k, line in furniture:
        if norm(line) in bad:
            fail(f"furniture line equals a body sentence: {line!r}")
        if k == "related" and norm(line) == norm(unlabelled["title"]):
            fail("related line equals the page title")
    for v in unlabelled.values():
        if norm(v) in bad:
            fail(f"unlabelled line equals a body sentence: {v!r}")


def build(train_path):
    """[(Page, faults)] for every usable body row that leaves at least one sure story sentence."""
    body_rows, related = read_rows(train_path)
    out = []
    for k, (row, t, a) in enumerate(body_rows):
        title = detok(t)
        sents, _ = story(title, a)
        sents = [s for s in sents if norm(s) != norm(title)]
        if not sents:
            continue
        c = Ctx(row, k, title, sents, related)
        layout = LAYOUTS[(row - BODY_ROWS.start) % len(LAYOUTS)]
        seq, faults, halves = apply_faults(layout(c).seq, row)
        lines, body, furniture, unl = [], [], [], {}
        for e in seq:
            if e[0] == "b":
                lines.append(" ".join(e[1]))
                body.extend(e[1])
            elif e[0] == "f":
                lines.append(e[2])
                furniture.append((e[1], e[2]))
            else:
                if e[1] in unl:
                    raise ValueError(f"two {e[1]} lines")
                lines.append(e[2])
                unl[e[1]] = e[2]
        text = "\n".join(lines)
        check_page(text, body, furniture, unl, halves)
        out.append((Page(text, body, furniture, layout.__name__[4:]), faults))
    return out


def pages(train_path):
    return [p for p, _ in build(train_path)]


def totals(train_path):
    rows = {}
    for p, faults in build(train_path):
        t = rows.setdefault(p.layout, {"pages": 0, "body": 0, **{k: 0 for k in KINDS}, **{f: 0 for f in FAULTS}})
        t["pages"] += 1
        t["body"] += len(p.body)
        for k, _ in p.furniture:
            t[k] += 1
        for f in faults:
            t[f] += 1
    cols = ["pages", "body", *KINDS, *FAULTS]
    head = f"{'layout':<24}" + "".join(f"{c:>9}" for c in cols)
    out = [head, "-" * len(head)]
    tot = {c: 0 for c in cols}
    for name in [L.__name__[4:] for L in LAYOUTS]:
        if name in rows:
            out.append(f"{name:<24}" + "".join(f"{rows[name][c]:>9}" for c in cols))
            for c in cols:
                tot[c] += rows[name][c]
    out.append("-" * len(head))
    out.append(f"{'TOTAL':<24}" + "".join(f"{tot[c]:>9}" for c in cols))
    return "\n".join(out)


if __name__ == "__main__":
    print(totals(sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data/vietnews_train.jsonl.gz"))
