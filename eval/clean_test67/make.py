#!/usr/bin/env python3
"""Held-out evaluation set `test67` for a cleaner of scraped Vietnamese news pages.

Theme: opinion, interviews and reader pages (op-ed columns, editorials, interviews,
reader letters, talk-show transcripts, news-site blogs) of invented outlets.

    python3 make.py /work/shared/data/vietnews_train.jsonl.gz          # totals table
    python3 make.py PATH --show K                                       # print page K labelled

Standard library only.  `pages(path)` returns a list of Page(text, body, furniture, layout)
and checks the labelling contract on every page (ValueError on a breach).
"""
import datetime
import gzip
import json
import random
import re
import sys
import unicodedata
from typing import NamedTuple

SET_NAME = "test67"
SEED = 6767
BODY_ROWS = range(19_200, 19_300)
RELATED_ROWS = range(15_000, 15_100)
KINDS = ("byline", "credit", "caption", "related", "widget")
ZW = "\u200b\u200c\u200d\u2060\ufeff"


class Page(NamedTuple):
    text: str
    body: list
    furniture: list
    layout: str


def R(row, purpose):
    return random.Random(f"{SET_NAME}|{SEED}|{row}|{purpose}")


# --------------------------------------------------------------------------- reading

def read_rows(path):
    """Stream the gzip once; return {row: (title, article)} for body rows and
    {row: (title, article[:1200])} for related rows.  Unusable rows are skipped."""
    body, rel = {}, {}
    last = max(BODY_ROWS.stop, RELATED_ROWS.stop) - 1
    with gzip.open(path, "rb") as fh:
        buf = b""
        row = 0
        while row <= last:
            chunk = fh.read(1 << 20)
            if not chunk:
                if buf:
                    _take(row, buf, body, rel)
                break
            buf += chunk
            parts = buf.split(b"\n")
            buf = parts.pop()
            for line in parts:
                _take(row, line, body, rel)
                row += 1
                if row > last:
                    break
    return body, rel


def _take(row, line, body, rel):
    inb, inr = row in BODY_ROWS, row in RELATED_ROWS
    if not (inb or inr) or not line.strip():
        return
    try:
        obj = json.loads(line.decode("utf-8", errors="replace"))
    except ValueError:
        return
    if not isinstance(obj, dict):
        return
    t, a = obj.get("title"), obj.get("article")
    if not isinstance(t, str) or not isinstance(a, str) or not t.strip() or not a.strip():
        return
    if inb:
        body[row] = (t, a)
    if inr:
        rel[row] = (t, a[:1200])


# --------------------------------------------------------------------------- story text

def _pair(s, q, out=None):
    out = out or q
    parts = s.split(q)
    n = len(parts) - 1
    if n == 0:
        return s
    paired = n - (n % 2)
    res = parts[0]
    for i in range(1, n + 1):
        seg = parts[i]
        if i <= paired:
            if i % 2 == 1:
                res = res.rstrip() + " " + out + seg.lstrip()
            else:
                res = res.rstrip() + out + " " + seg.lstrip()
        else:
            res = res + out + seg
    return res


def detok(s):
    s = s.replace("_", " ")
    s = re.sub(r"\s+", " ", s).strip()
    s = _pair(s, '"')
    s = re.sub(r"(?<!\w)'(?!\w)", "\x01", s)
    s = _pair(s, "\x01", "'")
    s = s.replace("\x01", "'")
    s = re.sub(r"([“‘(\[{])\s+", r"\1", s)
    s = re.sub(r"\s+([”’)\]}])", r"\1", s)
    s = re.sub(r"\s+([,.;:!?%…])", r"\1", s)
    s = re.sub(r"(\S)\s+/\s+(\S)", r"\1/\2", s)
    s = re.sub(r"\s+", " ", s).strip()
    return s


ABBR = {"TP.", "Tp.", "TS.", "Ts.", "GS.", "PGS.", "ThS.", "Ths.", "BS.", "Bs.", "Q.", "P.", "KS.",
        "TX.", "TT.", "NXB.", "St.", "Mr.", "Mrs.", "Ms.", "Dr.", "CN.", "LS.", "NSND.", "NSƯT.",
        "PGS.TS.", "GS.TS.", "Th.S.", "Th.s.", "TS.BS.", "BSCKII.", "BSCKI.", "Đ.", "H.", "X.", "Tx.",
        "No.", "tr.", "Co.", "Ltd.", "Inc.", "Corp.", "v.v.", "vs.", "Kh.", "Th.", "Ng.", "Nh.", "Ph.",
        "Tr.", "Ch.", "Gi.", "Qu.", "Ngh.", "Đh."}
BOUND = re.compile(r"([.!?…]+)([\"”’')\]]*)\s+(?=\S)")


def is_abbrev(tok):
    tok = tok.lstrip("(\"“‘'[")
    if tok in ABBR:
        return True
    if re.fullmatch(r"[A-ZĐ]\.", tok):
        return True
    if re.fullmatch(r"(?:[A-Za-zĐđ]\.){2,}", tok):
        return True
    return False


def balanced(s):
    if s.count('"') % 2 or s.count("'") % 2:
        return False
    for o, c in (("“", "”"), ("‘", "’"), ("(", ")"), ("[", "]")):
        d = 0
        for ch in s:
            if ch == o:
                d += 1
            elif ch == c:
                d -= 1
                if d < 0:
                    return False
        if d:
            return False
    return True


def split_sents(t):
    out, start = [], 0
    for m in BOUND.finditer(t):
        nxt = t[m.end():m.end() + 1]
        if not (nxt.isupper() or nxt.isdigit() or nxt in "\"“‘'(-–[>"):
            continue
        if not m.group(2) and m.group(1) == ".":
            before = t[start:m.end(1)].split()
            if before and is_abbrev(before[-1]):
                continue
        out.append(t[start:m.end(2)].strip())
        start = m.end()
    tail = t[start:].strip()
    if tail:
        out.append(tail)
    # merge pieces that only balance together (quotes spanning several sentences)
    res, i = [], 0
    while i < len(out):
        p = out[i]
        if not balanced(p):
            acc = p
            for j in range(i + 1, min(i + 5, len(out))):
                acc = acc + " " + out[j]
                if balanced(acc):
                    p, i = acc, j
                    break
        res.append(p)
        i += 1
    return res


CAPTION_MARKS = ("ảnh:", "ảnh :", "(ảnh", "video:", "video :", "clip:", "minh hoạ", "minh họa", "(trái)",
                 "(phải)", "(giữa)", "nguồn:", "nguồn :", "đồ hoạ", "đồ họa", "infographic", "xem thêm",
                 "xem video", "xem clip", "từ trái sang", "từ trái qua", "trong ảnh", "ảnh chụp",
                 "ảnh cắt từ", "ảnh tư liệu", "photo:", ">>", "> >", "bấm vào", "click", "http", "www.",
                 "@", "\ufffd", "ảnh do", "ảnh minh")
REPORT = re.compile(r"\b(cho biết|nói|cho hay|khẳng định|chia sẻ|kể|kể lại|thông tin|cho rằng|nhận định|"
                    r"xác nhận|thừa nhận|tiết lộ|khai|trả lời|giải thích|nhấn mạnh|lý giải|thông báo|"
                    r"bày tỏ|nhớ lại|tâm sự|nhận xét|đánh giá|dự báo|yêu cầu|đề nghị|kiến nghị|"
                    r"hồi tưởng|quả quyết|phân tích|lưu ý|cảnh báo|báo cáo|nêu|phản ánh|trình bày|"
                    r"lo lắng|buồn bã|bức xúc|kết luận|tuyên bố|khuyến cáo|thừa nhận)\b")
CONNECT = re.compile(r"^(Tuy nhiên|Trong khi đó|Ngoài ra|Trước đó|Sau đó|Đồng thời|Theo đó|Cùng ngày|"
                     r"Hiện nay|Hiện|Do đó|Vì vậy|Vì thế|Bên cạnh đó|Mặt khác|Cụ thể|Thậm chí|Ngay sau đó|"
                     r"Riêng|Còn|Đến nay|Từ đó|Tại đây|Do vậy|Bởi vậy|Sau khi|Trước khi|Khi|Lúc|Theo|"
                     r"Nhưng|Song|Không chỉ|Dù|Mặc dù|Nếu|Để|Như vậy|Tương tự|Trước tình hình|Bởi|"
                     r"Chiều cùng ngày|Sáng cùng ngày|Tối cùng ngày|Trưa cùng ngày|Hôm sau|Cũng)\b")
TIME_OPEN = re.compile(r"^(Sáng|Trưa|Chiều|Tối|Đêm|Ngày|Hôm|Khoảng|Rạng sáng|Đầu|Cuối|Giữa)\s+"
                       r"(\d|cùng|qua|nay|hôm|mai|tháng|năm)")
TERMINAL = re.compile(r"[.!?…][\"”’')\]]*$")


def nkey(s):
    """The contract's normalisation: NFC, no zero-width chars, no whitespace, casefold."""
    s = unicodedata.normalize("NFC", s)
    s = "".join(ch for ch in s if ch not in ZW)
    s = re.sub(r"\s+", "", s)
    return s.casefold()


def skey(s):
    """Stricter key used when inventing lines: letters and digits only."""
    return "".join(ch for ch in nkey(s) if ch.isalnum())


def keep_sentence(s, title_k):
    low = s.lower()
    if any(m in low for m in CAPTION_MARKS):
        return False
    if any(ch in s for ch in "|•»«▶►"):
        return False
    if not balanced(s) or not TERMINAL.search(s):
        return False
    words = s.split()
    if len(words) < 8 or len(words) > 110:
        return False
    first = s.lstrip("\"“‘'([-–— ")[:1]
    if not first or first.islower() or not (first.isalpha() or first.isdigit()):
        return False
    for w in words[:6]:
        if ":" in w and not re.fullmatch(r"\d{1,2}:\d{2}\W*", w):
            return False
    if re.search(r"(^|\s)Theo\s+(?:[A-ZĐ]\S*\s*){1,4}[.]?$", s):
        return False
    last = words[-1]
    if last.endswith(".") and is_abbrev(last):
        return False
    if nkey(s) == title_k:
        return False
    n = len(words)
    if n <= 22 or (n <= 30 and "," not in s):
        attributed = bool(re.search(r"[\"”]\s*,\s*\w", s) or re.search(r":\s*[\"“]", s))
        if not (REPORT.search(s) or attributed or CONNECT.match(s) or TIME_OPEN.match(s)):
            return False
    return True


def story(title, article):
    t = detok(title)
    tk = nkey(t)
    seen, out = set(), []
    for s in split_sents(detok(article)):
        if not keep_sentence(s, tk):
            continue
        k = nkey(s)
        if k in seen:
            continue
        seen.add(k)
        out.append(s)
    return t, out


def teaser_of(article):
    full = len(article) < 1200
    sents = split_sents(detok(article))
    if not full and sents:
        sents = sents[:-1]
    for s in sents:
        low = s.lower()
        if len(s.split()) < 10 or any(m in low for m in CAPTION_MARKS) or not balanced(s):
            continue
        if not TERMINAL.search(s) or not s[:1].isupper() or ":" in " ".join(s.split()[:6]):
            continue
        if len(s) > 175:
            cut = s[:160].rsplit(" ", 1)[0].rstrip(",;:-–(\"“")
            return cut + "…"
        return s
    return None


# --------------------------------------------------------------------------- banks

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
          "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh", "Mai", "Tạ", "Lương", "Cao", "Châu", "Kiều", "Lâm"]
MIDDLE = ["Văn", "Thị", "Minh", "Hữu", "Đức", "Thanh", "Ngọc", "Quang", "Thu", "Hoài", "Xuân", "Bảo",
          "Kim", "Gia", "Trọng", "Phương", "Tuấn", "Mạnh", "Khánh", "Diệu", "Thế", "Công"]
GIVEN = ["An", "Bình", "Châu", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hiếu", "Hòa", "Hùng", "Khang",
         "Khoa", "Lan", "Linh", "Long", "Mai", "Nam", "Nga", "Ngân", "Nhung", "Phong", "Phúc", "Quân",
         "Quyên", "Sơn", "Tâm", "Thảo", "Thắng", "Trang", "Trung", "Tú", "Uyên", "Vy", "Yến", "Duy",
         "Đạt", "Khôi", "Nhân", "Thục", "Lộc", "Vân", "Hiền", "Toàn", "Kiên", "Ly", "Oanh", "Tín"]
PLACES = ["Hà Nội", "TP.HCM", "Đà Nẵng", "Hải Phòng", "Cần Thơ", "Nghệ An", "Huế", "Quảng Ngãi",
          "Bình Dương", "Đồng Nai", "Nha Trang", "Đà Lạt", "Vũng Tàu", "Thái Bình", "Nam Định", "Long An",
          "Cà Mau", "Gia Lai", "Bắc Ninh", "Quảng Nam", "Thanh Hóa", "Hà Tĩnh", "Bến Tre", "Sóc Trăng",
          "Lâm Đồng", "Phú Yên", "Vĩnh Phúc", "Hưng Yên", "Sydney, Úc", "Osaka, Nhật Bản", "Berlin, Đức",
          "California, Mỹ", "Quận 7, TP.HCM", "Cầu Giấy, Hà Nội", "Biên Hòa", "Buôn Ma Thuột"]
DISTRICTS = ["Thanh Xuân, Hà Nội", "Q.Bình Thạnh, TP.HCM", "Hải Châu, Đà Nẵng", "Ngô Quyền, Hải Phòng",
             "TP Vinh, Nghệ An", "Ninh Kiều, Cần Thơ", "Q.Gò Vấp, TP.HCM", "Đống Đa, Hà Nội",
             "TP Huế", "Thủ Dầu Một, Bình Dương", "TP Quy Nhơn, Bình Định", "Long Biên, Hà Nội",
             "TP Thái Bình", "Q.3, TP.HCM", "TP Buôn Ma Thuột, Đắk Lắk", "Cẩm Lệ, Đà Nẵng"]
CREDITS = ["Quốc Việt", "Hữu Khoa", "Thanh Tùng", "Minh Tâm", "Đức Anh", "Hoàng Hà", "Ngọc Thắng",
           "Gia Bảo", "Phạm Linh", "Trần Hiếu", "Khánh Duy", "Lê Vy"]
EXPERTS = [("TS. Nguyễn Hữu Nghĩa", "Viện trưởng Viện Nghiên cứu Chính sách Phát triển"),
           ("PGS.TS Trần Đình Khôi", "Giảng viên Trường Đại học Luật Phương Nam"),
           ("Luật sư Phan Gia Lộc", "Đoàn Luật sư TP Hà Nội"),
           ("TS. Lâm Thu Vân", "Chuyên gia xã hội học, Trung tâm Nghiên cứu Cộng đồng"),
           ("Ông Đặng Quốc Toàn", "Nguyên Phó giám đốc Sở Giao thông Vận tải"),
           ("ThS. Kiều Minh Hải", "Chuyên gia quản lý đô thị"),
           ("Bà Hồ Diệu Linh", "Đại biểu HĐND thành phố"),
           ("TS. Châu Thế Phong", "Chuyên gia kinh tế độc lập"),
           ("Luật sư Mai Khánh Ly", "Công ty Luật Ánh Dương"),
           ("PGS.TS Vũ Công Thắng", "Nguyên Phó viện trưởng Viện Xã hội học Ứng dụng")]
FEMALE = {"TS. Lâm Thu Vân", "Bà Hồ Diệu Linh", "Luật sư Mai Khánh Ly"}
TOPICS = ["tai nạn giao thông", "tham nhũng", "BOT", "thu phí", "bệnh viện", "y tế", "hỏa hoạn", "cháy",
          "bão", "áp thấp nhiệt đới", "mưa lũ", "môi trường", "rác thải", "Thủ Thiêm", "quy hoạch",
          "đất đai", "giáo dục", "học sinh", "xe khách", "xe tải", "ngộ độc", "lao động", "du lịch",
          "chùa", "liệt sĩ", "Quốc hội", "kỷ luật", "cán bộ", "đô thị", "tàu", "sân bay", "hàng không",
          "giao thông", "an ninh", "tội phạm", "khiếu nại", "doanh nghiệp", "văn hóa", "tôn giáo",
          "thời tiết", "cứu hộ", "nông dân", "bảo hiểm", "ô nhiễm", "dầu", "thiên tai", "biển"]
AUTHOR_BIOS = ["Nhà nghiên cứu chính sách công", "Nguyên phóng viên thường trú tại miền Trung",
               "Giảng viên Khoa Báo chí, Học viện Truyền thông Đông Á", "Chuyên gia quản lý đô thị",
               "Luật sư, Đoàn Luật sư TP.HCM", "Nhà báo tự do, sống tại Hà Nội",
               "Kỹ sư xây dựng, hiện làm việc tại Bình Dương", "Tiến sĩ kinh tế, Đại học Kinh tế Quốc dân Mở",
               "Cựu cán bộ ngành tư pháp", "Bác sĩ, nhà hoạt động cộng đồng",
               "Thành viên Hội đồng biên tập chuyên mục Góc nhìn", "Nhà văn, cây bút bình luận xã hội"]
AUTHOR_TITLES = ["", "", "", "TS. ", "ThS. ", "Luật sư ", "Nhà báo ", "PGS.TS ", "Kỹ sư ", "Bác sĩ "]

COMMENTS = [
    "Đọc xong bài viết mà thấy nặng lòng, mong các cơ quan chức năng vào cuộc quyết liệt hơn.",
    "Tôi hoàn toàn đồng ý với tác giả, chuyện này đã kéo dài quá lâu rồi.",
    "Bài viết phân tích rất thấu đáo, cảm ơn tác giả và tòa soạn.",
    "Nói thì dễ, làm mới khó. Cần có người chịu trách nhiệm cụ thể.",
    "Ở quê tôi cũng có chuyện tương tự mà mấy năm nay chưa ai giải quyết.",
    "Mong báo tiếp tục theo dõi và thông tin đến bạn đọc.",
    "Quan điểm của tác giả hơi phiến diện, nên nghe thêm ý kiến của các bên liên quan.",
    "Xử lý nghiêm để làm gương, không thể để tình trạng này tái diễn mãi được.",
    "Cần minh bạch thông tin để người dân yên tâm.",
    "Tôi không đồng tình lắm, vì thực tế phức tạp hơn nhiều so với những gì bài viết nêu.",
    "Đúng là phải có cơ chế giám sát chặt chẽ hơn nữa.",
    "Chia sẻ để nhiều người cùng đọc và suy ngẫm.",
    "Hy vọng lần này sẽ có chuyển biến thật sự chứ không chỉ dừng ở hội nghị, văn bản.",
    "Bài viết hay nhưng giá mà có thêm số liệu cụ thể thì thuyết phục hơn.",
    "Người dân chúng tôi chỉ mong cuộc sống bình yên, không phải lo lắng những chuyện như vậy.",
    "Trách nhiệm của chính quyền địa phương ở đâu khi sự việc xảy ra?",
    "Cảm ơn tòa soạn đã lên tiếng thay cho người dân.",
    "Chuyện này nói mãi rồi mà vẫn thế, buồn thật.",
    "Mỗi người một ý, nhưng cuối cùng vẫn cần pháp luật được thực thi nghiêm minh.",
    "Ai đi qua đó rồi mới hiểu, báo viết vẫn còn nhẹ.",
    "Góp ý với tác giả: nên đặt vấn đề rộng hơn, không chỉ ở một địa phương.",
    "Tôi làm trong ngành nên hiểu, cái khó là cơ chế chứ không phải con người.",
    "Rất mong các vị đại biểu đọc được bài viết này.",
    "Vấn đề không mới nhưng tác giả nhìn từ một góc rất khác, đáng suy nghĩ.",
    "Đề nghị công khai kết quả xử lý để dư luận được biết.",
    "Hồi trước tôi cũng từng gặp cảnh như vậy, may mà không sao.",
    "Nên có đường dây nóng để người dân phản ánh kịp thời.",
    "Thương quá, mong mọi chuyện sớm được giải quyết ổn thỏa.",
    "Tôi nghĩ cần xem xét lại cả quy trình chứ không chỉ xử lý cá nhân.",
    "Ý kiến của bạn ở trên rất xác đáng, tôi ủng hộ.",
    "Đọc bình luận còn thấy hay hơn đọc bài, mỗi người một góc nhìn.",
    "Xin hỏi tác giả, nếu là người trong cuộc thì anh sẽ làm gì?",
    "Không thể cứ để người dân chịu thiệt mãi như thế này.",
    "Cần thêm những bài viết thẳng thắn như thế này.",
    "Báo chí lên tiếng thì mới thấy vào cuộc, vậy trước đó làm gì?",
    "Tôi ở gần đó, xác nhận sự việc đúng như báo viết.",
    "Mong tòa soạn có bài tiếp theo về kết quả xử lý.",
    "Một bài viết đáng đọc vào buổi sáng, cảm ơn tác giả.",
    "Phải nâng cao ý thức của mỗi người thì mới giải quyết tận gốc được.",
    "Đồng ý một nửa, nửa còn lại tôi nghĩ tác giả chưa hiểu hết cái khó ở cơ sở.",
    "Xem ra còn nhiều chuyện phải bàn, chưa thể kết luận sớm được.",
    "Chúc tòa soạn ngày càng có nhiều bài hay.",
]
REPLIES = [
    "Chuẩn luôn bạn ơi.", "Bạn nói đúng quá.", "Không hẳn vậy đâu bạn, phải xem xét nhiều mặt.",
    "Đồng ý với bạn.", "Tôi cũng nghĩ như bạn.", "Bạn nói hơi quá rồi.",
    "Rất xác đáng, cảm ơn bạn đã chia sẻ.", "Mong là như vậy.",
]
ADS = [
    "Vay tiêu dùng lãi suất từ 0,8%/tháng, duyệt hồ sơ trong 15 phút - Tài chính Sao Việt",
    "Căn hộ ven sông Sài Gòn, thanh toán 30% nhận nhà ngay - Hotline 0909 616 282",
    "Tuyển sinh Thạc sĩ Quản trị kinh doanh cuối tuần - Trường Doanh nhân Bình Minh",
    "Máy lọc nước Aquafine giảm 25% dịp cuối năm, bảo hành 36 tháng",
    "Tour Đà Lạt 3 ngày 2 đêm chỉ từ 1.990.000 đồng - Lữ hành Hoa Sen Vàng",
    "Bảo hiểm sức khỏe An Khang cho cả gia đình, phí chỉ từ 5.000 đồng/ngày",
    "Khóa học tiếng Anh giao tiếp 1 kèm 1 với giáo viên bản ngữ - Anh ngữ Bright Way",
    "Sơn Nano Hải Âu: bền màu 10 năm, chống thấm tuyệt đối",
]
MENUS = ["Trang chủ", "Thời sự", "Góc nhìn", "Thế giới", "Kinh doanh", "Pháp luật", "Giáo dục",
         "Sức khỏe", "Đời sống", "Bạn đọc", "Văn hóa", "Thể thao", "Video", "Blog"]
SERIES = ["Những điểm nghẽn chưa được tháo gỡ", "Chuyện ở cơ sở", "Khi lòng dân chưa yên",
          "Đằng sau những con số", "Để pháp luật được thực thi", "Góc khuất đô thị"]
NEXT_EP = ["Trách nhiệm thuộc về ai?", "Lời giải nào cho bài toán cũ?", "Người dân cần gì ở chính quyền?",
           "Đừng để “nước đến chân mới nhảy”", "Cần một cơ chế giám sát thực chất"]


def person(rng):
    return f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"


def short_name(rng):
    return f"{rng.choice(MIDDLE[2:])} {rng.choice(GIVEN)}"


def phone(rng):
    if rng.random() < 0.5:
        return rng.choice(["024", "028"]) + f" {rng.randint(3700, 3999)} {rng.randint(1000, 9999)}"
    return rng.choice(["0236", "0292", "0234"]) + f" {rng.randint(370, 399)} {rng.randint(1000, 9999)}"


def mobile(rng):
    return f"09{rng.randint(0, 9)}{rng.randint(1, 9)} {rng.randint(100, 999)} {rng.randint(100, 999)}"


WEEKDAY = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


# --------------------------------------------------------------------------- entities from the story

HONORIFICS = ["tài xế", "bác sĩ", "luật sư", "đại tá", "thượng tá", "trung tá", "thiếu tá", "trung tướng",
              "thiếu tướng", "nghệ nhân", "ông", "bà", "anh", "chị", "cụ"]
PLACE_WORDS = ["thị trấn", "thị xã", "thành phố", "tỉnh", "huyện", "xã", "phường", "quận", "TP", "thôn",
               "ấp", "đảo"]
PROVINCES = ["Hà Nội", "Đà Nẵng", "Hải Phòng", "Cần Thơ", "Quảng Ngãi", "Thanh Hoá", "Thanh Hóa", "Nghệ An",
             "Quảng Nam", "Quảng Trị", "Bình Định", "Hoà Bình", "Sóc Trăng", "Bạc Liêu", "Cà Mau",
             "Kiên Giang", "Lâm Đồng", "Bình Thuận", "Hải Dương", "Thừa Thiên Huế", "Đắk Lắk", "Đăk Lăk",
             "Hà Tĩnh", "Long An", "Tiền Giang", "Khánh Hoà", "Gia Lai", "Kon Tum", "Bình Dương",
             "Đồng Nai", "Bà Rịa - Vũng Tàu", "Quảng Ninh", "Thái Bình", "Nam Định", "Ninh Bình",
             "Phú Yên", "An Giang", "Hưng Yên", "Bắc Ninh", "Lào Cai", "Sơn La", "Hà Giang", "Hà Nam"]


def _caps_after(words, i, place=False):
    name = []
    for w in words[i:i + (3 if place else 4)]:
        core = w.rstrip(",.;:)\"”’!?")
        if not core or not core[0].isupper() or not core.replace("-", "").isalpha():
            break
        if place and name and core in FAMILY + ["Lý", "Trương", "Đoàn", "Thân", "Lưu", "Vi", "Từ"]:
            break
        name.append(core)
        if core != w:
            break
    return name


def entities(sents):
    persons, places = [], []
    for s in sents:
        words = s.split()
        low = [w.lower() for w in words]
        for i in range(len(words)):
            for h in HONORIFICS:
                hw = h.split()
                if low[i:i + len(hw)] == hw and words[i + len(hw) - 1].isalpha():
                    nm = _caps_after(words, i + len(hw))
                    if len(nm) >= 2 or (len(nm) == 1 and h in ("anh", "chị", "ông", "bà")):
                        p = h[0].upper() + h[1:] + " " + " ".join(nm)
                        if p not in persons and len(p) < 40:
                            persons.append(p)
                    break
            for pw in PLACE_WORDS:
                pws = pw.split()
                if words[i:i + len(pws)] == pws:
                    nm = _caps_after(words, i + len(pws), place=True)
                    if nm:
                        pl = pw + " " + " ".join(nm)
                        if pl not in places and len(pl) < 40:
                            places.append(pl)
                    break
        for pr in PROVINCES:
            if pr in s and pr not in places:
                places.append(pr)
    pre = [p for p in places if p not in PROVINCES]
    return persons, pre + [p for p in places if p in PROVINCES]


# --------------------------------------------------------------------------- page context

class Rel(NamedTuple):
    head: str
    teaser: object
    date: datetime.datetime


class Ctx:
    def __init__(self, row, k, title, sents, pool):
        self.row, self.k, self.title, self.sents = row, k, title, sents
        self.rng = self.R("layout")
        d0 = datetime.datetime(2016, 1, 1)
        dr = self.R("date")
        self.date = d0 + datetime.timedelta(days=dr.randint(0, 1460), hours=dr.randint(5, 22),
                                            minutes=dr.randint(0, 59))
        self.persons, self.places = entities(sents)
        self.bkeys = {nkey(s) for s in sents} | {nkey(title)}
        self.skeys = {skey(s) for s in sents} | {skey(title)}
        self.pool = pool
        self.used_rel = set()
        self.used_cap = set()
        self.used_com = set()

    def R(self, purpose):
        return R(self.row, purpose)

    def ok(self, line):
        return bool(line.strip()) and nkey(line) not in self.bkeys and skey(line) not in self.skeys

    # -- dates
    def dt(self, style, d=None):
        d = d or self.date
        wd = WEEKDAY[d.weekday()]
        f = {
            "wd_slash_time": f"{wd}, {d.day}/{d.month}/{d.year}, {d:%H:%M} (GMT+7)",
            "wd_pad_bar": f"{wd}, {d:%d/%m/%Y} | {d:%H:%M}",
            "time_bar": f"{d:%H:%M} | {d:%d/%m/%Y}",
            "pad_gmt": f"{d:%d/%m/%Y} {d:%H:%M} GMT+7",
            "dash": f"{d:%d-%m-%Y} - {d:%H:%M}",
            "posted": f"Đăng lúc {d:%H:%M} ngày {d:%d/%m/%Y}",
            "long": f"{wd}, ngày {d.day} tháng {d.month} năm {d.year}",
            "month": f"{d.day} tháng {d.month}, {d.year}",
            "ngaydang": f"Ngày đăng: {d:%d/%m/%Y}",
            "updated": f"Cập nhật: {d:%H:%M} {d:%d/%m/%Y}",
            "blog": f"{d:%d/%m/%Y} lúc {d:%H:%M}",
            "short": f"{d.day}/{d.month}/{d.year}",
            "wd_lower": f"{wd.lower().capitalize()}, {d:%d/%m/%Y} {d:%H:%M}",
        }
        return f[style]

    def earlier(self, rng, max_days=90):
        return self.date - datetime.timedelta(days=rng.randint(1, max_days), hours=rng.randint(0, 12),
                                              minutes=rng.randint(0, 59))

    # -- body
    def paras(self, lo, hi, first_single=False):
        rng = self.R("para")
        s = list(self.sents)
        out = []
        if first_single and len(s) > 3:
            out.append([s.pop(0)])
        while s:
            n = min(rng.randint(lo, hi), len(s))
            out.append(s[:n])
            s = s[n:]
        return out

    # -- related
    def rel(self, n, purpose="rel"):
        rng = self.R(purpose)
        cands = [r for r in sorted(self.pool) if r not in self.used_rel]
        rng.shuffle(cands)
        out = []
        for r in cands:
            head, teaser = self.pool[r]
            if not self.ok(head):
                continue
            if teaser and not self.ok(teaser):
                teaser = None
            self.used_rel.add(r)
            out.append(Rel(head, teaser, self.earlier(rng, 120)))
            if len(out) >= n:
                break
        return out

    # -- captions from the story
    def caption(self, purpose="cap", credit=None, scene=False):
        rng = self.R(purpose)
        opts = []
        for p in ([] if scene else self.persons[:4]):
            opts += [f"{p} trao đổi với phóng viên.", f"{p} chia sẻ với phóng viên về sự việc.",
                     f"{p} tại buổi làm việc với báo chí.", f"{p} kể lại sự việc."]
            if len(p.split()) >= 3:
                opts.append(p)
        for pl in self.places[:4]:
            opts += [f"Một góc {pl} nhìn từ trên cao.", f"Khu vực xảy ra sự việc ở {pl}.",
                     f"Người dân {pl} theo dõi diễn biến sự việc.", f"Quang cảnh {pl} những ngày này."]
        rng.shuffle(opts)
        gen = ["Ảnh minh họa", "Bạn đọc theo dõi tin tức trên điện thoại di động.",
               "Câu chuyện nhận được nhiều ý kiến trái chiều trên mạng xã hội.",
               "Nhiều người dân quan tâm theo dõi thông tin về sự việc."]
        rng.shuffle(gen)
        opts += gen
        for o in opts:
            ent = next((e for e in self.persons + self.places if e in o), o)
            if ent in self.used_cap or not self.ok(o):
                continue
            self.used_cap.add(ent)
            if credit:
                o = o.rstrip(".") + ". " + credit if not o.endswith(")") else o + " " + credit
            return o
        return None

    def pull(self, purpose="pull"):
        rng = self.R(purpose)
        cands = []
        for s in self.sents:
            for m in re.finditer(r"[\"“]([^\"“”]{30,400})[\"”]", s):
                inner = m.group(1).strip().rstrip(",")
                if 8 <= len(inner.split()) <= 45:
                    cands.append(inner)
        if not cands:
            for s in self.sents:
                parts = s.split(", ")
                if len(parts) >= 2 and 12 <= len(parts[0].split()) <= 30:
                    cands.append(parts[0])
        rng.shuffle(cands)
        for c in cands:
            if self.ok(c) and self.ok("“" + c + "”"):
                return c
        return None

    def comments(self, n, purpose="com"):
        rng = self.R(purpose)
        bank = [c for c in COMMENTS if self.ok(c)]
        rng.shuffle(bank)
        if self.places:
            pl = rng.choice(self.places[:3])
            extra = f"Vụ việc ở {pl} cần được làm rõ sớm, tránh để dư luận bức xúc."
            if self.ok(extra):
                bank.insert(rng.randint(0, 3), extra)
        out = []
        for i in range(min(n, len(bank))):
            nm = rng.choice([person(rng), short_name(rng), short_name(rng),
                             rng.choice(GIVEN) + " " + rng.choice(FAMILY)])
            ago = rng.choice([f"{rng.randint(2, 59)} phút trước", f"{rng.randint(1, 23)} giờ trước",
                              f"{rng.randint(1, 6)} ngày trước"])
            ts = self.date + datetime.timedelta(hours=rng.randint(1, 70), minutes=rng.randint(0, 59))
            out.append(dict(name=nm, place=rng.choice(PLACES), text=bank[i], likes=rng.randint(0, 480),
                            ago=ago, ts=ts, reply=(rng.random() < 0.3)))
        return out

    def tags(self, n=4):
        rng = self.R("tags")
        low = (self.title + " " + " ".join(self.sents)).lower()
        tags = [t for t in TOPICS if t.lower() in low][:2]
        for p in self.places[:3]:
            w = p.split()
            if w[0] in ("tỉnh", "huyện", "xã", "phường", "quận", "TP", "thị", "thành", "thôn", "ấp"):
                w = w[2:] if w[0] in ("thị", "thành") else w[1:]
            if w and len(" ".join(w)) > 3:
                tags.append(" ".join(w))
        tags += rng.sample(["góc nhìn", "bạn đọc", "thời sự", "dư luận", "chính sách", "xã hội"], 2)
        seen, out = set(), []
        for t in tags:
            if t and t.lower() not in seen:
                seen.add(t.lower())
                out.append(t)
        return out[:n]


# --------------------------------------------------------------------------- block helpers

def W(x):
    return ("widget", x)


def weave(c, paras, inserts, purpose="weave"):
    """Body paragraphs with furniture groups placed in the gaps between paragraphs."""
    rng = c.R(purpose)
    inserts = [g for g in inserts if g]
    gaps = sorted(rng.sample(range(1, max(1, len(paras))), max(0, min(len(inserts), len(paras) - 1))))
    at = {}
    for i, g in enumerate(inserts):
        at.setdefault(gaps[i] if i < len(gaps) else len(paras), []).extend(g)
    out = []
    for i, p in enumerate(paras):
        if i in at:
            out += at[i]
        out.append(("body", list(p)))
    out += at.get(len(paras), [])
    return out


def comment_block(c, n, style, purpose="com"):
    rng = c.R(purpose + "style")
    out = []
    for cm in c.comments(n, purpose):
        if style == "a":      # name - place / text / likes
            out += [W(f"{cm['name']} - {cm['place']}"), W(cm["text"]),
                    W(f"Thích ({cm['likes']}) · Trả lời · {cm['ago']}")]
        elif style == "b":    # name: text / date | likes
            out += [W(f"{cm['name']}: {cm['text']}"), W(f"{cm['ts']:%d/%m/%Y %H:%M} | Thích {cm['likes']}")]
        elif style == "c":    # name (place) / ago / text / thumbs
            out += [W(f"{cm['name']} ({cm['place']})"), W(cm["ago"]), W(cm["text"]), W(f"👍 {cm['likes']}")]
        elif style == "d":    # name / text / reply row, nested replies
            out += [W(cm["name"]), W(cm["text"]), W(f"Trả lời · {cm['likes']} thích · {cm['ago']}")]
            if cm["reply"]:
                out += [W(f"↳ {short_name(rng)}: {rng.choice(REPLIES)}"),
                        W(f"Trả lời · {rng.randint(0, 40)} thích")]
        elif style == "e":    # name, place | time / text / likes
            out += [W(f"{cm['name']}, {cm['place']} | {cm['ts']:%H:%M %d/%m/%Y}"), W(cm["text"]),
                    W(f"{cm['likes']} người thích")]
    return out


def footer(c, site, domain, rng, parts=("copy", "license", "addr", "contact")):
    out = []
    for p in parts:
        if p == "copy":
            out.append(W(f"© {rng.randint(2009, min(2015, c.date.year - 1))}-{c.date.year} {site}. Bảo lưu mọi quyền."))
        elif p == "license":
            out.append(W(f"Giấy phép số {rng.randint(100, 699)}/GP-BTTTT cấp ngày {rng.randint(1, 28)}/"
                         f"{rng.randint(1, 12)}/{rng.randint(2012, 2016)}"))
        elif p == "editor":
            out.append(W(f"Tổng biên tập: {person(rng)}"))
        elif p == "addr":
            out.append(W(f"Địa chỉ: Số {rng.randint(2, 180)} {rng.choice(['Nguyễn Thái Học', 'Lê Duẩn', 'Trần Phú', 'Hai Bà Trưng', 'Võ Văn Tần', 'Lý Thường Kiệt'])}, "
                         f"{rng.choice(['Hà Nội', 'TP.HCM', 'Đà Nẵng'])}"))
        elif p == "contact":
            out.append(W(f"Điện thoại: {phone(rng)} - Email: toasoan@{domain}"))
        elif p == "reuse":
            out.append(W(f"Ghi rõ nguồn “{site}” khi phát hành lại thông tin từ website này."))
    return out


def ad(rng):
    return [W(rng.choice(["Quảng cáo", "QUẢNG CÁO", "Advertisement"])), W(rng.choice(ADS))]


def menu_line(rng, n=8, sep="  "):
    items = MENUS[:1] + rng.sample(MENUS[1:], n - 1)
    return sep.join(items)


def rel_lines(rels, style, rng):
    out = []
    for i, r in enumerate(rels):
        if style == "plain":
            out.append(("related", r.head))
        elif style == "bullet":
            out.append(("related", "• " + r.head))
        elif style == "num":
            out.append(("related", f"{i + 1}. {r.head}"))
        elif style == "date_after":
            out.append(("related", f"{r.head} ({r.date:%d/%m/%Y})"))
        elif style == "date_short":
            out.append(("related", f"{r.head} ({r.date:%d/%m})"))
        elif style == "date_before":
            out.append(("related", f"{r.date:%d/%m/%Y} - {r.head}"))
        elif style == "raquo":
            out.append(("related", "» " + r.head))
        elif style == "teaser_lines":
            out.append(("related", r.head))
            if r.teaser:
                out.append(("related", r.teaser))
        elif style == "teaser_inline":
            out.append(("related", f"{r.head} - {r.teaser}" if r.teaser else r.head))
        elif style == "arrow":
            out.append(("related", "→ " + r.head))
    return out


def author(c, purpose="author", titled=True):
    rng = c.R(purpose)
    nm = person(rng)
    tt = rng.choice(AUTHOR_TITLES) if titled else ""
    return tt + nm, nm, rng.choice(AUTHOR_BIOS)


def lts(c, site, who, rng):
    t = c.title
    opts = [f"LTS: Những ngày qua, câu chuyện “{t}” nhận được sự quan tâm của đông đảo bạn đọc. "
            f"{site} giới thiệu góc nhìn của {who} và mong tiếp tục nhận được ý kiến trao đổi.",
            f"LTS: Xung quanh sự việc được dư luận quan tâm thời gian qua, {site} đã nhận được nhiều thư "
            f"của bạn đọc. Chúng tôi trích đăng ý kiến của {who}.",
            f"LTS: Bài viết dưới đây là ý kiến riêng của {who}. {site} mở diễn đàn để bạn đọc cùng "
            f"trao đổi, thảo luận."]
    return rng.choice(opts)


# --------------------------------------------------------------------------- layouts

def L_gocnhinpho(c):
    rng, site, dom = c.rng, "Góc Nhìn Phố", "gocnhinpho.vn"
    full, nm, bio = author(c)
    P = [("site", site), W(menu_line(rng, 9)), W("Góc nhìn"), ("title", c.title),
         ("byline", full), ("byline", bio), ("date", c.dt("wd_slash_time")),
         W(f"{rng.randint(3, 9)} phút đọc")]
    ins = []
    pq = c.pull()
    if pq:
        ins.append([W(f"“{pq}”")])
    cap = c.caption()
    if cap:
        ins.append([("caption", cap), ("credit", "Ảnh: " + rng.choice(CREDITS))])
    P += weave(c, c.paras(2, 3), ins)
    P.append(W(f"Quan điểm của tác giả không nhất thiết phản ánh quan điểm của {site}."))
    rels = c.rel(rng.randint(3, 5))
    if rels:
        P.append(W("Bài cùng tác giả"))
        P += rel_lines(rels, "plain", rng)
    P += [W("Ý kiến của bạn"), W("Họ tên"), W("Email"), W("Nội dung (tối thiểu 10 ký tự)"),
          W("Gửi ý kiến")]
    n = rng.randint(3, 7)
    P.append(W(f"Ý kiến bạn đọc ({n + rng.randint(0, 40)})"))
    P += comment_block(c, n, "a")
    P += footer(c, site, dom, rng, ("copy", "license", "contact"))
    return P


def L_diendan4p(c):
    rng, site, dom = c.rng, "Diễn Đàn Bốn Phương", "dd4p.vn"
    rd = c.R("reader")
    who_full = person(rd)
    P = [("site", site.upper()), W("Trang chủ / Diễn đàn / Tranh luận"), ("title", c.title),
         ("date", c.dt("time_bar"))]
    P.append(W(lts(c, site, f"bạn đọc {who_full}", rng)))
    P += weave(c, c.paras(1, 2, first_single=True), [[W(rng.choice(["Ý kiến của bạn về vấn đề này?",
                                                                      "Mời bạn đọc tham gia tranh luận"]))]])
    P.append(("byline", f"{who_full.upper()} ({rng.choice(DISTRICTS)})"))
    P.append(W(f"Diễn đàn mong tiếp tục nhận được ý kiến của bạn đọc. Bài viết xin gửi về: diendan@{dom}"))
    rels = c.rel(rng.randint(3, 6))
    if rels:
        P.append(W("Cùng chủ đề"))
        P += rel_lines(rels, "num", rng)
    a, b = rng.randint(80, 900), rng.randint(10, 300)
    P += [W("Bạn đồng ý với ý kiến trên?"), W(f"Đồng ý - {a}"), W(f"Không đồng ý - {b}"),
          W(f"{a + b} lượt bình chọn")]
    P += footer(c, site, dom, rng, ("copy", "editor", "addr"))
    return P


def L_bandocviet(c):
    rng, site, dom = c.rng, "Bạn Đọc Việt", "bandocviet.com.vn"
    rd = c.R("reader")
    nm = person(rd)
    P = [("site", site), W(menu_line(rng, 7, " | ")), W("THƯ BẠN ĐỌC"), ("title", c.title),
         ("date", c.dt("wd_pad_bar")),
         W(f"Bạn đọc {nm} gửi thư tới {site} chia sẻ câu chuyện dưới đây.")]
    cap = c.caption(credit="(Ảnh: Bạn đọc cung cấp)")
    head = [("caption", cap)] if cap else []
    P += head
    P += weave(c, c.paras(2, 4), [ad(rng)])
    P.append(("byline", nm))
    rels = c.rel(rng.randint(3, 5))
    if rels:
        P.append(W("Thư bạn đọc khác:"))
        P += rel_lines(rels, "date_short", rng)
    n = rng.randint(2, 6)
    P.append(W(f"Bình luận ({n})"))
    P += comment_block(c, n, "b")
    P += [W("Viết bình luận..."), W(f"Hotline bạn đọc: {mobile(rng)}")]
    P += footer(c, site, dom, rng, ("copy", "contact"))
    return P


def L_nguoidoithoai(c):
    rng, site, dom = c.rng, "Người Đối Thoại", "nguoidoithoai.vn"
    ex, role = rng.choice(EXPERTS)
    pv = short_name(c.R("pv"))
    P = [("site", site), W(menu_line(rng, 6)), W("ĐỐI THOẠI"), ("title", c.title)]
    paras = c.paras(1, 3, first_single=True)
    P.append(("body", paras[0]))
    P += [W("Khách mời"), W(ex), W(role), ("caption", f"{ex}. Ảnh: NVCC")]
    P += weave(c, paras[1:], [[W(f"“{c.pull()}”")] if c.pull() else []])
    P += [W(f"PV: Xin trân trọng cảm ơn {'bà' if ex in FEMALE else 'ông'}!"),
          ("byline", f"{pv} (thực hiện)"), ("date", c.dt("ngaydang"))]
    rels = c.rel(rng.randint(2, 4))
    if rels:
        P.append(W("Cùng chủ đề"))
        P += rel_lines(rels, "teaser_lines", rng)
    P.append(W("Từ khóa: " + ", ".join(c.tags())))
    P += footer(c, site, dom, rng, ("copy", "license"))
    return P


def L_bantronso(c):
    rng, site, dom = c.rng, "Bàn Tròn Số", "bantronso.tv"
    gr = c.R("guests")
    guests = gr.sample(EXPERTS, gr.randint(2, 3))
    host = short_name(c.R("host"))
    P = [("site", site), W("Trang chủ › Bàn tròn trực tuyến"), W("TỌA ĐÀM TRỰC TUYẾN"), ("title", c.title),
         ("date", c.dt("pad_gmt")), W("Khách mời:")]
    P += [W(f"- {g}, {r[0].lower() + r[1:]}") for g, r in guests]
    P += [("byline", f"Dẫn chương trình: BTV {host}"),
          W(f"▶ 00:00 / {rng.randint(35, 75)}:{rng.randint(10, 59)}"),
          ("credit", f"Video: {rng.choice(CREDITS)} - {rng.choice(CREDITS)}")]
    paras = c.paras(1, 3)
    h, m = rng.randint(9, 20), rng.randint(0, 20)
    ins = []
    for i in range(min(3, max(0, len(paras) - 1))):
        m += rng.randint(3, 12)
        ins.append([W(f"{h + m // 60:02d}:{m % 60:02d}")])
    cap = c.caption()
    if cap:
        ins.append([("caption", cap), ("credit", "Ảnh: " + rng.choice(CREDITS))])
    P += weave(c, paras, ins)
    P += [W("Gửi câu hỏi cho khách mời"), W("Họ và tên *"), W("Câu hỏi của bạn *"), W("Gửi")]
    rels = c.rel(rng.randint(3, 5))
    if rels:
        P.append(W("Các số Bàn tròn trước:"))
        P += rel_lines(rels, "bullet", rng)
    P += footer(c, site, dom, rng, ("copy", "reuse"))
    return P


def L_blogngopho(c):
    rng, site, dom = c.rng, "Blog Ngõ Phố", "blog.ngophonews.vn"
    full, nm, bio = author(c, titled=False)
    P = [("site", site), W("Đăng nhập"), W("Viết blog"), W("Blogger"), ("byline", nm), ("byline", bio),
         W(f"Bài viết: {rng.randint(12, 400)} · Người theo dõi: {rng.randint(100, 9999):,}".replace(",", ".")),
         W("+ Theo dõi"), ("title", c.title), ("date", c.dt("blog")),
         W(f"Lượt xem: {rng.randint(300, 25000):,}".replace(",", "."))]
    ins = []
    for i in range(rng.randint(1, 2)):
        cap = c.caption(f"cap{i}")
        if cap:
            ins.append([("caption", cap)])
    P += weave(c, c.paras(1, 3), ins)
    P.append(W(" ".join("#" + t.replace(" ", "") for t in c.tags())))
    rels = c.rel(rng.randint(3, 5))
    if rels:
        P.append(W(f"Bài viết khác của {nm}"))
        P += rel_lines(rels, "date_after", rng)
    n = rng.randint(2, 5)
    P.append(W(f"{n} bình luận"))
    P += comment_block(c, n, "d")
    P.append(W(f"© {site} - Blog là nơi chia sẻ quan điểm cá nhân của các blogger."))
    return P


def L_thoiluan(c):
    rng, site, dom = c.rng, "Thời Luận", "thoiluan.vn"
    today = c.date + datetime.timedelta(days=rng.randint(0, 400))
    P = [W(f"Hôm nay: {WEEKDAY[today.weekday()]}, {today:%d/%m/%Y}"), ("site", site),
         W(menu_line(rng, 10, " ")), W("XÃ LUẬN"), ("title", c.title), ("date", c.dt("long"))]
    P += weave(c, c.paras(3, 4), [ad(rng)])
    P.append(("byline", site.upper()))
    rels = c.rel(rng.randint(4, 6))
    if rels:
        P.append(W("Các bài xã luận khác"))
        P += rel_lines(rels, "date_before", rng)
    P += [W(f"Đường dây nóng: {mobile(rng)}")]
    P += footer(c, site, dom, rng, ("editor", "license", "addr", "contact"))
    return P


def L_nhipcaudocgia(c):
    rng, site, dom = c.rng, "Nhịp Cầu Độc Giả", "nhipcaudocgia.vn"
    rd = c.R("reader")
    nm = person(rd)
    P = [("site", site), W(menu_line(rng, 8)), W("Bạn đọc › Hộp thư"), ("title", c.title),
         ("byline", f"Bạn đọc {nm} ({rng.choice(DISTRICTS)}) viết:")]
    rels = c.rel(rng.randint(2, 4))
    ins = []
    if len(rels) >= 2:
        ins.append([("related", "Xem thêm: " + " | ".join(r.head for r in rels[:2]))])
    P += weave(c, c.paras(2, 3), ins)
    P.append(W(f"Tòa soạn: Cảm ơn bạn {nm.split()[-1]} đã gửi thư. {site} đã chuyển nội dung phản ánh "
               f"tới cơ quan chức năng và sẽ thông tin khi có phản hồi."))
    P.append(("date", c.dt("updated")))
    if len(rels) > 2:
        P.append(W("Tin khác"))
        P += rel_lines(rels[2:], "arrow", rng)
    n = rng.randint(3, 6)
    P.append(W("Bình luận"))
    P += comment_block(c, n, "c")
    P += footer(c, site, dom, rng, ("copy", "contact"))
    return P


def L_quandiemmoi(c):
    rng, site, dom = c.rng, "Quan Điểm Mới", "quandiemmoi.net"
    full, nm, bio = author(c)
    P = [("site", site), W(menu_line(rng, 6, " · ")), W("QUAN ĐIỂM"), ("title", c.title),
         ("byline", f"{full} - {bio}"), ("date", c.dt("dash")),
         W("Chia sẻ"), W("Facebook"), W("Zalo"), W("Twitter")]
    if rng.random() < 0.6:
        cap = c.caption(credit="(Ảnh minh họa)", scene=True)
        P += [("caption", cap)] if cap else []
    rels = c.rel(rng.randint(3, 6))
    ins = []
    for r in rels[:2]:
        ins.append([("related", "Xem thêm: " + r.head)])
    pq = c.pull()
    if pq:
        ins.append([W(f"❝ {pq} ❞")])
    P += weave(c, c.paras(1, 3), ins)
    P.append(W("* Bài viết thể hiện quan điểm riêng của tác giả."))
    a, b, d = rng.randint(40, 75), rng.randint(10, 30), 0
    d = 100 - a - b
    P += [W("Bạn đồng ý?"), W(f"Đồng ý ({a}%)"), W(f"Không đồng ý ({b}%)"), W(f"Chưa rõ ({d}%)"),
          W(f"{rng.randint(200, 5000):,} lượt bình chọn".replace(",", "."))]
    if len(rels) > 2:
        P.append(W("Đọc nhiều"))
        P += rel_lines(rels[2:], "num", rng)
    P += footer(c, site, dom, rng, ("copy", "license"))
    return P


def L_doithoaichinhsach(c):
    rng, site, dom = c.rng, "Đối Thoại Chính Sách", "doithoaichinhsach.org.vn"
    ser = rng.choice(SERIES)
    part = rng.randint(2, 4)
    ex, role = rng.choice(EXPERTS)
    pv = c.R("pv")
    P = [("site", site), W("Trang chủ » Đối thoại » Chính sách - Đời sống"),
         W(f"Bài {part} trong loạt bài “{ser}”"), ("title", c.title), ("date", c.dt("wd_lower")),
         W(lts(c, site, "chuyên gia " + ex, rng))]
    ins = []
    cap = c.caption(credit="(Ảnh: T.L)")
    if cap:
        ins.append([("caption", cap)])
    P += weave(c, c.paras(2, 4), ins)
    P.append(("byline", f"{short_name(pv).upper()} - {short_name(pv).upper()} (thực hiện)"))
    P.append(W(f"Kỳ tới: {rng.choice(NEXT_EP)}"))
    rels = c.rel(part - 1)
    if rels:
        P.append(W("Các bài trong loạt bài"))
        P += [("related", f"Bài {i + 1}: {r.head}") for i, r in enumerate(rels)]
    P += footer(c, site, dom, rng, ("copy", "addr"))
    return P


def L_tiengnoimientrung(c):
    rng, site, dom = c.rng, "Tiếng Nói Miền Trung", "tiengnoimientrung.vn"
    rep = person(c.R("rep"))
    P = [W(f"Đường dây nóng: 0236 {rng.randint(380, 389)} {rng.randint(1000, 9999)}"),
         W(f"Đà Nẵng {rng.randint(24, 36)}°C"), ("site", site.upper()), W("Góc nhìn › Thời sự"),
         ("title", c.title), ("byline", f"Bài và ảnh: {rep}"), ("date", c.dt("wd_pad_bar"))]
    ins = []
    for i in range(rng.randint(1, 2)):
        cap = c.caption(f"cap{i}")
        if cap:
            ins.append([("caption", cap)])
    P += weave(c, c.paras(2, 3), ins)
    rels = c.rel(rng.randint(3, 5))
    if rels:
        P.append(W("Tin cùng chuyên mục"))
        P += rel_lines(rels, "date_short", rng)
    P.append(W(site.upper()))
    P += footer(c, site, dom, rng, ("editor", "addr", "contact", "copy"))
    return P


def L_phanbienxahoi(c):
    rng, site, dom = c.rng, "Phản Biện Xã Hội", "phanbien.net.vn"
    full, nm, bio = author(c)
    P = [("site", site), W(menu_line(rng, 7)), ("title", c.title), ("date", c.dt("wd_slash_time"))]
    P += weave(c, c.paras(2, 3), [[W(f"“{c.pull()}”")] if c.pull() else []])
    P += [W("Về tác giả"), ("byline", full), ("byline", bio)]
    rels = c.rel(rng.randint(2, 4))
    if rels:
        P.append(W("Các bài viết của tác giả"))
        P += rel_lines(rels, "raquo", rng)
    P.append(W("Bài viết thể hiện văn phong và quan điểm riêng của tác giả."))
    P += [W("Ý kiến của bạn"), W("Gửi bình luận")]
    n = rng.randint(0, 4)
    if n == 0:
        P.append(W("Chưa có bình luận nào. Hãy là người đầu tiên bình luận!"))
    else:
        P += comment_block(c, n, "e")
    P += footer(c, site, dom, rng, ("copy", "license", "reuse"))
    return P


def L_caphesang(c):
    rng, site, dom = c.rng, "Cà Phê Sáng", "caphesang.tv"
    ep = rng.randint(120, 480)
    P = [("site", site), W(f"Cà phê sáng | Số {ep}"), ("title", c.title), ("date", c.dt("short")),
         W("Video đang được tải..."), W("Xem toàn bộ chương trình"),
         ("caption", "Khách mời của chương trình sáng nay."), ("credit", f"Ảnh: {site}")]
    paras = c.paras(1, 2)
    ins = []
    m = rng.randint(2, 10)
    for i in range(min(3, max(0, len(paras) - 1))):
        m += rng.randint(2, 9)
        ins.append([W(f"[07:{m:02d}]")])
    P += weave(c, paras, ins)
    P += [("byline", f"Biên tập: {short_name(c.R('ed'))}"), ("byline", f"Kỹ thuật: {short_name(c.R('kt'))}")]
    rels = c.rel(rng.randint(3, 4))
    if rels:
        P.append(W("Các số trước"))
        P += [("related", f"Số {ep - i - 1}: {r.head}") for i, r in enumerate(rels)]
    P += [W("Theo dõi Cà Phê Sáng trên Facebook và YouTube")]
    P += footer(c, site, dom, rng, ("copy",))
    return P


def L_chuyenhomnay(c):
    rng, site, dom = c.rng, "Chuyện Hôm Nay", "chuyenhomnay.vn"
    full, nm, bio = author(c, titled=False)
    P = [("site", site), ("title", c.title), ("byline", nm),
         W(f"{rng.randint(3, 8)} phút đọc · {rng.randint(1, 40)}K lượt xem"), ("date", c.dt("month"))]
    cap = c.caption()
    P += [("caption", cap)] if cap else []
    P += weave(c, c.paras(1, 2), [ad(rng)])
    P.append(W(f"Thích {rng.randint(10, 900)} · Haha {rng.randint(0, 40)} · Buồn {rng.randint(0, 200)} · "
               f"Phẫn nộ {rng.randint(0, 150)}"))
    P += [W("Chia sẻ lên Facebook"), W(dom.upper()), W(c.title)]
    rels = c.rel(rng.randint(2, 4))
    if rels:
        P.append(W("Có thể bạn quan tâm"))
        P += rel_lines(rels, "teaser_inline", rng)
    n = rng.randint(2, 5)
    P.append(W("Bình luận nổi bật"))
    P += comment_block(c, n, "d")
    P.append(W(f"Xem thêm {rng.randint(5, 90)} bình luận"))
    return P


def L_luanbanphaply(c):
    rng, site, dom = c.rng, "Luận Bàn Pháp Lý", "luanbanphaply.vn"
    ar = c.R("author")
    nm = person(ar)
    P = [("site", site), W("Trang chủ > Bình luận > Pháp luật & Đời sống"), ("title", c.title),
         ("byline", f"Luật sư {nm} - Đoàn Luật sư {ar.choice(['TP Hà Nội', 'TP.HCM', 'TP Đà Nẵng'])}"),
         ("date", c.dt("pad_gmt")), ("caption", f"Luật sư {nm}. Ảnh: NVCC")]
    P += weave(c, c.paras(2, 4), [[W(f"Góc tư vấn: Bạn đọc có thắc mắc pháp lý xin gửi câu hỏi về "
                                     f"tuvan@{dom} hoặc gọi 1900 {rng.randint(1000, 9999)}")]])
    rels = c.rel(rng.randint(4, 6))
    if rels:
        k = len(rels) // 2
        P.append(W("Bài cùng tác giả"))
        P += rel_lines(rels[:k], "plain", rng)
        P.append(W("Cùng chủ đề"))
        P += rel_lines(rels[k:], "bullet", rng)
    P.append(W("Tags: " + ", ".join(c.tags())))
    P += footer(c, site, dom, rng, ("copy", "addr", "contact"))
    return P


def L_sotayphongvien(c):
    rng, site, dom = c.rng, "Sổ Tay Phóng Viên", "sotayphongvien.vn"
    rep = short_name(c.R("rep"))
    P = [("site", site), W(menu_line(rng, 6)), W("GHI CHÉP"), ("title", c.title),
         ("byline", f"Ghi chép của {rep}"), ("date", c.dt("dash"))]
    ins = []
    for i in range(rng.randint(2, 3)):
        cap = c.caption(f"cap{i}", credit=f"Ảnh: {rep}")
        if cap:
            ins.append([("caption", cap)])
    P += weave(c, c.paras(2, 3), ins)
    P.append(W(f"Mời bạn đọc xem thêm ảnh trong gallery ({rng.randint(6, 20)} ảnh)"))
    rels = c.rel(rng.randint(3, 5))
    if rels:
        P.append(W("Cùng chuyên mục"))
        P += rel_lines(rels, "plain", rng)
    P += footer(c, site, dom, rng, ("copy", "license", "contact"))
    return P


def L_hoithangdapthat(c):
    rng, site, dom = c.rng, "Hỏi Thẳng", "hoithang.vn"
    ex, role = rng.choice(EXPERTS)
    P = [("site", site), W("Chuyên mục: Hỏi thẳng - Đáp thật"), ("title", c.title),
         W(f"PV: Hỏi thẳng - Đáp thật tuần này trò chuyện với {ex} xoay quanh câu chuyện dưới đây."),
         W("Nhân vật"), W(f"{ex} - {role}"),
         ("caption", f"{ex} trả lời phỏng vấn {site}. Ảnh: {rng.choice(CREDITS)}"), ("date", c.dt("wd_pad_bar"))]
    P += weave(c, c.paras(1, 2), [ad(rng)])
    P.append(("byline", f"{short_name(c.R('pv'))} (ghi)"))
    P.append(W(f"Bạn đọc muốn đặt câu hỏi cho chuyên mục, vui lòng gửi về hoithang@{dom}"))
    rels = c.rel(rng.randint(3, 5))
    if rels:
        P.append(W("Các kỳ trước"))
        P += rel_lines(rels, "raquo", rng)
    P += footer(c, site, dom, rng, ("copy",))
    return P


def L_kinhtemo(c):
    rng, site, dom = c.rng, "Kinh Tế Mở", "kinhtemo.vn"
    full, nm, bio = author(c)
    vn = rng.randint(880, 1200) + rng.randint(0, 99) / 100
    P = [W(f"VN-Index {vn:,.2f} ▲ {rng.randint(1, 150) / 100:.2f}%".replace(",", "X").replace(".", ",")
           .replace("X", ".")), W(f"USD/VND {rng.randint(22700, 23300):,}".replace(",", ".")),
         ("site", site), W("Diễn đàn › Bình luận"), ("title", c.title), ("byline", full.upper()),
         ("byline", bio), ("date", c.dt("wd_pad_bar"))]
    ig = [("caption", rng.choice(["Infographic: Những con số đáng chú ý", "Infographic: Toàn cảnh sự việc",
                                  "Biểu đồ: Diễn biến qua các năm"])), ("credit", f"Đồ họa: {rng.choice(CREDITS)}")]
    if rng.random() < 0.5:
        ig.append(("credit", "Nguồn: Viện Nghiên cứu Kinh tế Mở"))
    ins = [ig]
    P += weave(c, c.paras(2, 4), ins)
    P.append(W("Quan điểm của tác giả không nhất thiết phản ánh quan điểm của tòa soạn."))
    rels = c.rel(rng.randint(2, 4))
    if rels:
        P.append(W("Đọc thêm"))
        P += rel_lines(rels, "teaser_lines", rng)
    P += [W("Đăng ký nhận bản tin Kinh Tế Mở mỗi sáng"), W("Nhập email của bạn"), W("Đăng ký")]
    P += footer(c, site, dom, rng, ("copy", "license"))
    return P


def L_cuasotoasoan(c):
    rng, site, dom = c.rng, "Cửa Sổ Tòa Soạn", "cuasotoasoan.vn"
    rd = c.R("reader")
    nm = person(rd)
    P = [("site", site), W(menu_line(rng, 8, " | ")),
         W(f"Tòa soạn: Sau nhiều bài viết về chủ đề này, {site} tiếp tục nhận được thư của bạn đọc. "
           f"Chúng tôi xin đăng ý kiến của bạn đọc {nm}."),
         ("title", c.title), ("date", c.dt("ngaydang"))]
    P += weave(c, c.paras(2, 4), [])
    P.append(("byline", f"{nm.upper()} ({rng.choice(['Nam Định', 'Thái Bình', 'Quảng Nam', 'Cần Thơ', 'Bình Định'])})"))
    P.append(W("(*) Tiêu đề do tòa soạn đặt"))
    rels = c.rel(rng.randint(3, 5))
    if rels:
        P.append(W("Ý kiến khác"))
        P += rel_lines(rels, "bullet", rng)
    P += [W("Ý kiến của bạn"), W("Bình luận của bạn sẽ được biên tập trước khi đăng."), W("Gửi")]
    P += footer(c, site, dom, rng, ("copy", "editor"))
    return P


def L_mangykien(c):
    rng, site, dom = c.rng, "Mạng Ý Kiến", "mangykien.vn"
    nm = person(c.R("author"))
    P = [("site", site), W(menu_line(rng, 7)), W("Góc nhìn bạn đọc"), ("title", c.title),
         ("byline", f"Bài: {nm}"), ("date", c.dt("wd_slash_time")),
         W(f"{rng.randint(20, 400)} bình luận")]
    cap = c.caption(credit="Ảnh: Internet", scene=True)
    P += weave(c, c.paras(1, 3), [[("caption", cap)]] if cap else [])
    if rng.random() < 0.6:
        P.append(("byline", rng.choice(["Theo Báo điện tử Đồng Hành", "Theo Tạp chí Nhịp Sống Số",
                                        "(Theo Tuần báo Phố Mới)"])))
    P.append(W("Quan điểm của tác giả không nhất thiết phản ánh quan điểm của tòa soạn."))
    a, b = rng.randint(50, 900), rng.randint(10, 400)
    P += [W("Bạn đồng ý?"), W(f"Có ({a})"), W(f"Không ({b})")]
    rels = c.rel(rng.randint(3, 4))
    if rels:
        P.append(W("Cùng chủ đề"))
        P += rel_lines(rels, "plain", rng)
    n = rng.randint(8, 14)
    P += [W(f"Ý kiến ({n + rng.randint(0, 200)})"), W("Mới nhất | Quan tâm nhất")]
    P += comment_block(c, n, rng.choice(["a", "d"]))
    P.append(W("Xem thêm ý kiến"))
    P += footer(c, site, dom, rng, ("copy", "contact"))
    return P


LAYOUTS = [L_gocnhinpho, L_diendan4p, L_bandocviet, L_nguoidoithoai, L_bantronso, L_blogngopho,
           L_thoiluan, L_nhipcaudocgia, L_quandiemmoi, L_doithoaichinhsach, L_tiengnoimientrung,
           L_phanbienxahoi, L_caphesang, L_chuyenhomnay, L_luanbanphaply, L_sotayphongvien,
           L_hoithangdapthat, L_kinhtemo, L_cuasotoasoan, L_mangykien]


def lname(i):
    return f"L{i:02d}-{LAYOUTS[i].__name__[2:]}"


# --------------------------------------------------------------------------- faults

FAULTS = ("nbsp", "zwsp", "dspace", "glue", "nfd")


def _spaces(s):
    return [i for i, ch in enumerate(s) if ch == " "]


def _nbsp(s, rng, n):
    sp = _spaces(s)
    for i in rng.sample(sp, min(n, len(sp))):
        s = s[:i] + "\u00a0" + s[i + 1:]
    return s


def _zw(s, rng):
    words = [m for m in re.finditer(r"\w{4,}", s)]
    if not words:
        return s
    m = rng.choice(words)
    cut = m.start() + rng.randint(1, len(m.group()) - 1)
    return s[:cut] + "\u200b" + s[cut:]


def _dspace(s, rng):
    sp = _spaces(s)
    if not sp:
        return s
    i = rng.choice(sp)
    return s[:i] + "  " + s[i + 1:]


def apply_faults(blocks, row):
    rng = R(row, "fault")
    if rng.random() >= 0.27:
        return blocks, []
    chosen = rng.sample(FAULTS, 1 if rng.random() < 0.65 else 2)
    blocks = [[k, (list(v) if k == "body" else v)] for k, v in blocks]
    done = []
    furn_idx = [i for i, b in enumerate(blocks) if b[0] in KINDS]
    body_pos = [(i, j) for i, b in enumerate(blocks) if b[0] == "body" for j in range(len(b[1]))]
    for f in chosen:
        if f == "glue":
            cands = [(i, j) for i, b in enumerate(blocks) if b[0] == "body" for j in range(len(b[1]) - 1)
                     if re.search(r"\w\.$", b[1][j]) and b[1][j + 1][:1].isupper()]
            if not cands:
                continue
            for i, j in rng.sample(cands, min(len(cands), rng.randint(1, 2))):
                items = blocks[i][1]
                if j + 1 < len(items) and re.search(r"\w\.$", items[j]):
                    items[j:j + 2] = [items[j] + items[j + 1]]
            body_pos = [(i, j) for i, b in enumerate(blocks) if b[0] == "body" for j in range(len(b[1]))]
        elif f == "nbsp":
            for i, j in rng.sample(body_pos, max(1, len(body_pos) // 4)):
                blocks[i][1][j] = _nbsp(blocks[i][1][j], rng, rng.randint(1, 3))
            for i in rng.sample(furn_idx, max(1, len(furn_idx) // 4)):
                blocks[i][1] = _nbsp(blocks[i][1], rng, 1)
        elif f == "zwsp":
            for i, j in rng.sample(body_pos, min(len(body_pos), rng.randint(1, 3))):
                blocks[i][1][j] = _zw(blocks[i][1][j], rng)
            for i in rng.sample(furn_idx, min(len(furn_idx), rng.randint(0, 2))):
                blocks[i][1] = _zw(blocks[i][1], rng)
        elif f == "dspace":
            if rng.random() < 0.6:
                i, j = rng.choice(body_pos)
                blocks[i][1][j] = _dspace(blocks[i][1][j], rng)
            else:
                i = rng.choice(furn_idx)
                blocks[i][1] = _dspace(blocks[i][1], rng)
        elif f == "nfd":
            for b in blocks:
                if b[0] == "body":
                    b[1] = [unicodedata.normalize("NFD", x) for x in b[1]]
                else:
                    b[1] = unicodedata.normalize("NFD", b[1])
        done.append(f)
    return [tuple(b) for b in blocks], done


# --------------------------------------------------------------------------- render and check

def render(blocks):
    lines, body, furn, unl = [], [], [], []
    for k, v in blocks:
        if k == "body":
            if not v:
                continue
            items = [x.strip() for x in v]
            body += items
            lines.append(" ".join(items))
        elif k in ("title", "date", "site"):
            lines.append(v.strip())
            unl.append(v.strip())
        elif k in KINDS:
            furn.append((k, v.strip()))
            lines.append(v.strip())
        else:
            raise ValueError(f"unknown block kind {k}")
    return "\n".join(lines), body, furn, unl


def check(page, title, unl, sents):
    """Independent walk over the text plus the normalisation rules; ValueError on a breach."""
    text, body, furn = page.text, page.body, page.furniture
    lines = text.split("\n")
    for ln in lines:
        if not ln.strip() or ln != ln.strip():
            raise ValueError(f"{page.layout}: blank or unstripped line {ln!r}")
    for k, ln in furn:
        if k not in KINDS:
            raise ValueError(f"bad kind {k}")
    for b in body:
        if b not in text:
            raise ValueError(f"body item not in text: {b[:60]}")
    if len(unl) > 3 or title not in unl:
        raise ValueError("unlabelled lines must be the title plus at most a date and a site line")
    # walk: states (body index, furniture index, mask of unlabelled lines used)
    states = {(0, 0, 0)}
    for ln in lines:
        nxt = set()
        for bi, fi, mask in states:
            if fi < len(furn) and furn[fi][1] == ln:
                nxt.add((bi, fi + 1, mask))
            for n in range(1, 5):
                if bi + n <= len(body) and " ".join(body[bi:bi + n]) == ln:
                    nxt.add((bi + n, fi, mask))
            for u, ul in enumerate(unl):
                if not mask & (1 << u) and ul == ln:
                    nxt.add((bi, fi, mask | (1 << u)))
        states = nxt
        if not states:
            raise ValueError(f"{page.layout}: line not accounted for: {ln[:80]!r}")
    if (len(body), len(furn), (1 << len(unl)) - 1) not in states:
        raise ValueError(f"{page.layout}: walk does not use up body/furniture exactly")
    bk = {nkey(b) for b in body} | {nkey(s) for s in sents}
    for k, ln in furn:
        if nkey(ln) in bk:
            raise ValueError(f"{page.layout}: furniture equals a body sentence: {ln[:80]}")
        if k == "related" and nkey(ln) == nkey(title):
            raise ValueError(f"{page.layout}: related equals the title")
    for ln in unl:
        if nkey(ln) in bk:
            raise ValueError(f"{page.layout}: unlabelled line equals a body sentence")
    if len(body) < 2:
        raise ValueError("too few body items")


def pages(path, with_meta=False):
    body_rows, rel_rows = read_rows(path)
    pool = {}
    for r in sorted(rel_rows):
        t, a = rel_rows[r]
        head = detok(t)
        if head:
            pool[r] = (head, teaser_of(a))
    out, meta = [], []
    for k, row in enumerate(sorted(body_rows)):
        t, a = body_rows[row]
        title, sents = story(t, a)
        if len(sents) < 3 or not title:
            continue
        li = k % len(LAYOUTS)
        c = Ctx(row, k, title, sents, pool)
        blocks = LAYOUTS[li](c)
        blocks = [b for b in blocks if b[0] == "body" or (b[1] and str(b[1]).strip())]
        blocks, faults = apply_faults(blocks, row)
        text, body, furn, unl = render(blocks)
        pg = Page(text, body, furn, lname(li))
        ttl = next(v for kk, v in blocks if kk == "title")
        check(pg, ttl, unl, sents)
        out.append(pg)
        meta.append(dict(row=row, faults=faults))
    return (out, meta) if with_meta else out


def totals(ps, meta):
    rows = {}
    for p, m in zip(ps, meta):
        d = rows.setdefault(p.layout, dict(pages=0, body=0, faults=0, **{k: 0 for k in KINDS}))
        d["pages"] += 1
        d["body"] += len(p.body)
        d["faults"] += bool(m["faults"])
        for k, _ in p.furniture:
            d[k] += 1
    cols = ["pages", "body"] + list(KINDS) + ["faults"]
    print(f"{'layout':26s}" + "".join(f"{c:>9s}" for c in cols))
    tot = {c: 0 for c in cols}
    for name in sorted(rows):
        print(f"{name:26s}" + "".join(f"{rows[name][c]:9d}" for c in cols))
        for c in cols:
            tot[c] += rows[name][c]
    print(f"{'TOTAL':26s}" + "".join(f"{tot[c]:9d}" for c in cols))
    fc = {f: 0 for f in FAULTS}
    for m in meta:
        for f in m["faults"]:
            fc[f] += 1
    print("faults by type: " + ", ".join(f"{f}={fc[f]}" for f in FAULTS))


def main(argv):
    if len(argv) < 2:
        print(__doc__)
        return 2
    ps, meta = pages(argv[1], with_meta=True)
    if "--show" in argv:
        k = int(argv[argv.index("--show") + 1])
        p = ps[k]
        print(f"# page {k} row {meta[k]['row']} {p.layout} faults={meta[k]['faults']}")
        fi, bi = 0, 0
        for ln in p.text.split("\n"):
            if fi < len(p.furniture) and p.furniture[fi][1] == ln:
                print(f"[{p.furniture[fi][0]:7s}] {ln}")
                fi += 1
            else:
                n = next((n for n in range(1, 5) if " ".join(p.body[bi:bi + n]) == ln), 0)
                if n:
                    print(f"[BODY{n}  ] {ln}")
                    bi += n
                else:
                    print(f"[-------] {ln}")
        return 0
    totals(ps, meta)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
