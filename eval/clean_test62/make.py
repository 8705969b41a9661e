#!/usr/bin/env python3
"""test62 -- "the big portals today".

Held-out evaluation pages for a cleaner of scraped Vietnamese news pages: article pages of invented large
national Vietnamese news portals as they look in 2020-2025, scraped to plain text by ordinary tools (copy from
the browser, a generic HTML-to-text library, a crawler's text field, a reader/AMP view).

    python3 make.py /work/shared/data/vietnews_train.jsonl.gz      # prints the totals table

Standard library only.  Every random draw comes from
random.Random(f"test62|6262|{row}|{purpose}").
"""
import datetime
import gzip
import json
import random
import re
import sys
import unicodedata
from typing import NamedTuple

SETNAME = "test62"
SEED = 6262
BODY_ROWS = range(19_900, 19_997)
RELATED_ROWS = range(18_300, 18_400)
KINDS = ("byline", "credit", "caption", "related", "widget")
FAULTS = ("nbsp", "zwsp", "dblspace", "glued", "nfd")


class Page(NamedTuple):
    text: str        # the scraped page as plain text
    body: list       # the story's own sentences (body items), in story order
    furniture: list  # (kind, line) for every other line, in text order
    layout: str      # the name of the layout/template the page was drawn from


def rng(row, purpose):
    return random.Random(f"{SETNAME}|{SEED}|{row}|{purpose}")


# ----------------------------------------------------------------------------------------------------------
# Normalisation used by the contract
# ----------------------------------------------------------------------------------------------------------
ZW = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"), None)


def norm(s):
    s = unicodedata.normalize("NFC", s).translate(ZW)
    return "".join(s.split()).casefold()


# ----------------------------------------------------------------------------------------------------------
# Reading the data (streaming, once, stopping after the last needed row)
# ----------------------------------------------------------------------------------------------------------
def read_rows(path):
    want_last = max(BODY_ROWS.stop, RELATED_ROWS.stop) - 1
    body, related = [], []
    with gzip.open(path, "rb") as f:
        for i, raw in enumerate(f):
            if i > want_last:
                break
            inb, inr = i in BODY_ROWS, i in RELATED_ROWS
            if not (inb or inr):
                continue
            if not raw.strip():
                continue
            try:
                d = json.loads(raw)
            except ValueError:
                continue
            if not isinstance(d, dict):
                continue
            t, a = d.get("title"), d.get("article")
            if not isinstance(t, str) or not isinstance(a, str) or not t.strip() or not a.strip():
                continue
            if inb:
                body.append((i, t.strip(), a.strip()))
            if inr:
                # never look past 1,200 characters of a related row's article
                related.append((i, t.strip(), a.strip()[:1200]))
    return body, related


# ----------------------------------------------------------------------------------------------------------
# Undoing the word tokenisation
# ----------------------------------------------------------------------------------------------------------
def detok(s):
    s = unicodedata.normalize("NFC", s).replace("_", " ")
    s = re.sub(r"\s+", " ", s).strip()
    out = []
    for i, p in enumerate(s.split('"')):          # straight double quotes: alternate open / close
        if i > 0:
            if i % 2 == 1:
                out.append('"')
                p = p.lstrip()
            else:
                out[-1] = out[-1].rstrip()
                out.append('"')
        out.append(p)
    s = "".join(out)
    s = re.sub(r"(^|\s)'\s+([^']*?)\s+'(?=\s|$|[,.:;!?])", r"\1'\2'", s)
    s = re.sub(r"([“‘])\s+", r"\1", s)
    s = re.sub(r"\s+([”’])", r"\1", s)
    s = re.sub(r"\(\s+", "(", s)
    s = re.sub(r"\s+\)", ")", s)
    s = re.sub(r"\s+([,.;:!?%…])", r"\1", s)
    s = re.sub(r"\s+/\s+", "/", s)
    return re.sub(r"\s+", " ", s).strip()


# ----------------------------------------------------------------------------------------------------------
# Sentence splitter
# ----------------------------------------------------------------------------------------------------------
ABBREV = {"TP", "Tp", "TS", "GS", "PGS", "ThS", "BS", "KS", "CN", "NXB", "TT", "St", "Mr", "Mrs", "Ms", "Dr",
          "Th", "TX", "v.v", "vv", "Co", "Ltd", "Inc", "No", "Jr", "Sr", "TTƯT", "NSƯT", "NSND", "PGS.TS",
          "GS.TS", "Th.S", "TS.BS", "BSCKII", "BSCKI", "ThS.BS", "Ths", "Ts", "Gs", "Pgs", "Bs", "Lt", "Col",
          "Gen", "Sgt", "Capt", "Prof", "Mt", "Ft", "vs", "etc", "Tr", "tr", "Nxb", "ĐH", "PV"}
TERM = ".!?…"


def _starts_sentence(ch):
    return ch.isupper() or ch.isdigit() or ch in '"“(‘\''


def raw_split(s):
    pieces, start, i, n = [], 0, 0, len(s)
    while i < n:
        if s[i] in TERM:
            j = i
            while j < n and s[j] in TERM:
                j += 1
            k = j
            while k < n and s[k] in '"”’)\'':
                k += 1
            if k < n and s[k] == " " and k + 1 < n and _starts_sentence(s[k + 1]):
                m = re.search(r"(\S+)$", s[start:i])
                word = (m.group(1) if m else "").lstrip('"“(‘\'')
                split = True
                if s[i] == "." and j == i + 1:
                    if (word in ABBREV or re.fullmatch(r"[A-ZĐ]", word) or re.fullmatch(r"(?:\w\.)+\w", word)):
                        split = False
                if split:
                    pieces.append(s[start:k].strip())
                    start = i = k + 1
                    continue
            i = j
            continue
        i += 1
    if s[start:].strip():
        pieces.append(s[start:].strip())
    return pieces


def balanced(t):
    return (t.count('"') % 2 == 0 and t.count("“") == t.count("”") and t.count("(") == t.count(")"))


def split_sentences(s):
    """Split, then re-join pieces while a quotation (or bracket) is still open (quoted speech stays whole)."""
    out, buf, cnt = [], None, 0
    for p in raw_split(s):
        buf, cnt = (p, 1) if buf is None else (buf + " " + p, cnt + 1)
        if balanced(buf) or cnt >= 5:
            out.append(buf)
            buf = None
    if buf is not None:
        out.append(buf)
    return out


# ----------------------------------------------------------------------------------------------------------
# Taking the story out of a VietNews article (strict: when in doubt, leave it off the page)
# ----------------------------------------------------------------------------------------------------------
TIMESTART = re.compile(r"^(Sáng|Chiều|Tối|Trưa|Đêm|Ngày|Hôm|Rạng sáng|Khuya|Đầu|Cuối|Giữa|Trước đó|Sau đó|Theo|"
                       r"Năm|Tháng|Từ|Khoảng)\b")
SPEECH = re.compile(r"\b(nói|cho biết|khẳng định|nhấn mạnh|chia sẻ|thông tin|cho hay|kể|nhận định|đánh giá|"
                    r"tiết lộ|thừa nhận|giải thích|lý giải|cho rằng|bày tỏ|phát biểu|yêu cầu|đề nghị|khuyến cáo)\b")
CAPMARK = re.compile(r"Ảnh|ảnh:|\bVideo\b|\bvideo\b|\bClip\b|\bclip\b|minh ho[ạa]|minh họa|\((trái|phải|giữa)\)|"
                     r"từ trái sang|Nguồn:|Infographic|Đồ hoạ|Đồ họa|Xem thêm|Đọc thêm|Tin liên quan|[<>]|"
                     r"@|https?:|www\.|\.vn\b|\.com\b|\bTTXVN\b|\|")
SCENE = re.compile(r"^(Hiện trường|Toàn cảnh|Quang cảnh|Cận cảnh|Khung cảnh|Chân dung|Hình ảnh|Bức ảnh|Một góc|"
                   r"Khu vực|Nhiều người|Người dân|Lực lượng|Các đại biểu|Đại biểu|Học sinh|Du khách|Chiếc|"
                   r"Ngôi nhà|Căn nhà)\b")
POSPAREN = re.compile(r"\((vòng|áo|ngồi|đứng|mũi tên|khoanh|bên trái|bên phải|hàng đầu|thứ \d)")
MIDWORDS = {"Theo", "Tại", "Sau", "Ngày", "Sáng", "Chiều", "Tối", "Trưa", "Đêm", "Trước", "Hiện", "Để", "Khi",
            "Các", "Nhiều", "Đây", "Những", "Cũng", "Từ", "Với", "Tuy", "Nhưng", "Do", "Vì", "Nếu", "Bên", "Cùng",
            "Hôm", "Dù", "Ngoài", "Riêng", "Còn", "Lúc", "Mỗi", "Phía", "Chưa", "Không", "Đó", "Điều", "Việc",
            "Ông", "Chị", "Trong"}
RISKY = {"Sáng", "Hiện", "Tối", "Trưa", "Trong", "Cùng", "Hôm", "Lúc", "Bên", "Dù", "Việc", "Điều", "Đó", "Do"}
NOPREV = {"ông", "bà", "anh", "chị", "em", "cô", "chú", "bác", "sĩ", "tá", "tướng", "úy", "uý", "thầy", "cháu",
          "xã", "phường", "huyện", "tỉnh", "quận", "đường", "phố", "làng", "thôn", "ấp", "bản", "sông", "núi", "hồ",
          "cầu", "chợ", "chùa", "đình", "đền", "trường", "viện", "ty", "cảng", "sân", "bến", "khu", "cụ",
          "thượng", "trung", "thiếu", "đại", "nhà", "bé", "cậu", "lão", "mẹ", "cha", "vợ", "chồng", "con", "gia",
          "họ", "tên", "nghệ", "đội", "trạm", "khóm", "tổ", "vua", "chúa", "thánh", "hiệu", "thư", "sư", "lái",
          "xế", "sinh"}


def glued_subheading(s):
    """A subheading flattened into the next sentence: '... lowercase Theo ông X ...'."""
    toks = s.split()
    for i in range(1, len(toks) - 1):
        t, p, nxt = toks[i], toks[i - 1], toks[i + 1]
        if t in MIDWORDS and p.isalpha() and p == p.lower() and p not in NOPREV:
            if t in RISKY and not (nxt[:1].isalpha() and nxt == nxt.lower()):
                continue
            return True
    return False


def _bigrams(t):
    w = re.findall(r"\w+", t.lower())
    return set(zip(w, w[1:]))


def has_quote(s):
    return '"' in s or "“" in s


def story_sentences(title, article, maybe_cut):
    sents = split_sentences(detok(article))
    if maybe_cut and sents:
        sents = sents[:-1]          # the article may be cut mid-sentence (test copy): drop its last piece
    tb = _bigrams(title)
    tnorm = norm(title)
    kept = []
    for idx, s in enumerate(sents):
        w = s.split()
        bad = (
            not (s[-1:] in ('.', '!', '?', '…') or re.search(r'[.!?…]["”)]+$', s))
            or not balanced(s)
            or not (s[0].isupper() or s[0] in '"“' or s[0].isdigit())
            or "'" in s or "‘" in s or "’" in s
            or CAPMARK.search(s)
            or (":" in " ".join(w[:6]) and not s.startswith(('"', "“")))
            or len(w) < 6
            or (idx == 0 and (len(w) < 18 or not (TIMESTART.match(s) or re.search(r"\d+/\d+", s)
                                                 or SPEECH.search(s))))
            or POSPAREN.search(s)
            or (len(w) <= 15 and not (SPEECH.search(s) and has_quote(s)))
            or (SCENE.match(s) and len(w) < 25 and not SPEECH.search(s))
            or (" đang " in s and len(w) <= 20 and not SPEECH.search(s) and not TIMESTART.match(s))
            or glued_subheading(s)
            or re.search(r"\b[Tt]heo [A-ZĐ][\wÀ-ỹ]*(?: [A-ZĐ][\wÀ-ỹ]*)*\.?$", s)
            or re.search(r"[.!?…] [A-ZĐ][\wÀ-ỹ]+(?: [A-ZĐ][\wÀ-ỹ]+){0,3}\.?$", s)
            or (tb and len(tb & _bigrams(s)) / len(tb) >= 0.4 and not has_quote(s) and len(w) <= 25
                and not SPEECH.search(s) and not TIMESTART.match(s) and not re.search(r"\d+/\d+", s))
            or (s.startswith(("Ông ", "Bà ", "Anh ", "Chị ")) and len(w) <= 16 and not SPEECH.search(s))
            or norm(s) == tnorm
        )
        if not bad and idx > 0 and not has_quote(s) and not TIMESTART.match(s) and len(w) <= 30:
            bs = _bigrams(s)       # short sentences that restate another one are usually the old captions
            for j, t in enumerate(sents):
                if j != idx and bs and len(bs & _bigrams(t)) / len(bs) >= 0.3:
                    bad = True
                    break
        if not bad:
            kept.append(s)
    out, seen = [], set()
    for s in kept:
        if norm(s) not in seen:
            seen.add(norm(s))
            out.append(s)
    return out


# ----------------------------------------------------------------------------------------------------------
# Topic, entities
# ----------------------------------------------------------------------------------------------------------
TOPIC_WORDS = {
    "giaothong": ["ôtô", "ô tô", "xe khách", "xe tải", "quốc lộ", "cao tốc", "tài xế", "giao thông", "sân bay",
                  "máy bay", "hàng không", "chuyến bay", "bến xe", "BOT", "tuyến đường", "cây cầu", "phà", "tàu hoả",
                  "thông xe", "phương tiện"],
    "yte": ["bệnh viện", "y tế", "ngộ độc", "bệnh nhân", "dịch bệnh", "bác sĩ", "virus", "cấp cứu", "sức khoẻ",
            "điều trị", "dịch tả", "cúm"],
    "giaoduc": ["học sinh", "sinh viên", "trường học", "nhà trường", "giáo dục", "kỳ thi", "thí sinh", "thủ khoa",
                "giáo viên", "đại học", "hiệu trưởng", "sách giáo khoa", "học phí"],
    "phapluat": ["công an", "bắt giữ", "bắt quả tang", "khởi tố", "điều tra", "toà án", "tòa án", "xử phạt",
                 "lừa đảo", "tạm giam", "vi phạm", "đối tượng", "bị can", "tang vật", "truy cứu"],
    "suco": ["cháy", "chìm", "mất tích", "tai nạn", "phát nổ", "sập", "sụp", "sạt lở", "đuối nước", "tử vong",
             "bị thương", "cứu hộ", "cứu nạn", "hoả hoạn", "thiệt hại"],
    "moitruong": ["bão", "mưa", "nắng nóng", "ô nhiễm", "rác", "nước sạch", "môi trường", "sương mù", "dioxin",
                  "lũ", "thời tiết", "không khí lạnh", "cá chết", "nước ngọt"],
    "chinhtri": ["Quốc hội", "đại biểu", "bầu cử", "Thủ tướng", "Bộ trưởng", "nghị quyết", "HĐND", "cử tri",
                 "Chính phủ", "ứng cử", "phiếu tín nhiệm", "tín nhiệm"],
    "kinhte": ["tỷ đồng", "dự án", "doanh nghiệp", "giá cả", "tăng giá", "đầu tư", "ngân hàng", "thuế",
               "nhà đầu tư", "thị trường", "kinh doanh", "ngân sách"],
    "vanhoa": ["di tích", "lễ hội", "văn hoá", "chùa", "đền thờ", "nghệ thuật", "du lịch", "du khách", "Phật",
               "di sản", "linh vật", "đình làng"],
}

SECTIONS = {
    "giaothong": ("Thời sự", "Giao thông"), "yte": ("Sức khỏe", "Y tế"), "giaoduc": ("Giáo dục", "Học đường"),
    "phapluat": ("Pháp luật", "Hồ sơ vụ án"), "suco": ("Thời sự", "Dân sinh"), "moitruong": ("Thời sự", "Môi trường"),
    "chinhtri": ("Thời sự", "Chính trị"), "kinhte": ("Kinh doanh", "Vĩ mô"), "vanhoa": ("Văn hóa", "Di sản"),
    "chung": ("Xã hội", "Đời sống"),
}

TOPIC_TAGS = {
    "giaothong": ["an toàn giao thông", "tai nạn giao thông", "hạ tầng giao thông"],
    "yte": ["sức khỏe cộng đồng", "y tế", "an toàn thực phẩm"],
    "giaoduc": ["giáo dục", "học đường", "tuyển sinh"],
    "phapluat": ["pháp luật", "điều tra", "xử phạt"],
    "suco": ["tin nóng", "cứu hộ cứu nạn", "sự cố"],
    "moitruong": ["môi trường", "thời tiết", "biến đổi khí hậu"],
    "chinhtri": ["Quốc hội", "chính sách mới", "thời sự"],
    "kinhte": ["kinh tế", "đầu tư", "doanh nghiệp"],
    "vanhoa": ["văn hóa", "di sản", "du lịch"],
    "chung": ["xã hội", "đời sống", "tin trong nước"],
}

SCENES = {
    "giaothong": ["Hiện trường vụ tai nạn trên tuyến quốc lộ.", "Phương tiện lưu thông qua khu vực vào giờ cao điểm",
                  "Lực lượng cảnh sát giao thông phân luồng tại hiện trường.", "Chiếc xe biến dạng sau cú va chạm.",
                  "Dòng xe nối đuôi nhau trên tuyến đường cửa ngõ", "Hành khách làm thủ tục tại nhà ga.",
                  "Cảnh sát giao thông đo đạc, khám nghiệm hiện trường.", "Xe cẩu được điều đến để giải phóng mặt đường.",
                  "Máy bay lăn vào vị trí đỗ tại sân đỗ.", "Tuyến đường sau khi được thông xe."],
    "yte": ["Bệnh nhân được theo dõi tại khoa cấp cứu.", "Các bác sĩ thăm khám cho người bệnh.",
            "Người nhà túc trực bên giường bệnh", "Nhân viên y tế lấy mẫu xét nghiệm.",
            "Khu vực tiếp đón bệnh nhân tại bệnh viện.", "Bác sĩ kiểm tra sức khỏe cho bệnh nhân trước khi xuất viện.",
            "Mẫu thực phẩm được cơ quan chức năng niêm phong để kiểm nghiệm."],
    "giaoduc": ["Học sinh trong giờ học.", "Thí sinh làm thủ tục dự thi.", "Sinh viên trong khuôn viên trường",
                "Phụ huynh chờ đón con trước cổng trường.", "Một lớp học tại trường.",
                "Giáo viên hướng dẫn học sinh trong giờ thực hành.", "Các em học sinh trong lễ khai giảng."],
    "phapluat": ["Đối tượng tại cơ quan công an.", "Tang vật vụ án được thu giữ.",
                 "Lực lượng chức năng khám xét nơi ở của đối tượng.", "Cơ quan công an làm việc tại hiện trường.",
                 "Các bị cáo tại phiên tòa", "Trụ sở cơ quan điều tra.", "Cán bộ công an lập biên bản vi phạm."],
    "suco": ["Hiện trường vụ việc.", "Lực lượng cứu hộ tìm kiếm tại hiện trường.",
             "Người dân tập trung theo dõi sự việc", "Khu vực xảy ra sự cố được phong tỏa.",
             "Lực lượng chức năng có mặt tại hiện trường.", "Lính cứu hỏa tiếp cận đám cháy.",
             "Tàu cứu nạn tham gia tìm kiếm trên biển.", "Cơ quan chức năng khám nghiệm hiện trường."],
    "moitruong": ["Mây đen bao phủ bầu trời.", "Người dân di chuyển trong mưa lớn.",
                  "Rác thải tập kết ven đường", "Dòng sông đoạn chảy qua địa phương.",
                  "Mực nước hồ xuống thấp.", "Ảnh vệ tinh cho thấy hoàn lưu của cơn bão.",
                  "Bầu trời mờ đục vì sương mù và khói bụi."],
    "chinhtri": ["Toàn cảnh phiên họp.", "Các đại biểu biểu quyết thông qua nghị quyết.",
                 "Đại biểu phát biểu tại hội trường", "Quang cảnh buổi tiếp xúc cử tri.",
                 "Các đại biểu trao đổi bên lề phiên họp.", "Cử tri tham dự buổi tiếp xúc."],
    "kinhte": ["Một dự án đang triển khai thi công.", "Khách hàng giao dịch tại quầy.",
               "Hàng hóa tại một siêu thị", "Công nhân làm việc trong nhà xưởng.",
               "Một góc khu đô thị mới nhìn từ trên cao.", "Công trường xây dựng trong giai đoạn hoàn thiện."],
    "vanhoa": ["Du khách tham quan di tích.", "Nghi lễ truyền thống tại lễ hội.",
               "Một góc di tích nhìn từ trên cao", "Người dân dâng hương tại đền.",
               "Các hiện vật được trưng bày.", "Không gian lễ hội đông đúc du khách."],
    "chung": ["Quang cảnh buổi làm việc.", "Người dân theo dõi thông tin", "Một góc địa phương nhìn từ trên cao.",
              "Buổi gặp mặt diễn ra trong không khí ấm cúng.", "Tư liệu về sự việc được lưu giữ",
              "Khung cảnh nơi diễn ra sự kiện."],
}

COMMENTS_GENERAL = [
    "Mong cơ quan chức năng sớm làm rõ và công khai kết quả cho người dân được biết.",
    "Đọc xong thấy buồn quá, mong mọi chuyện sớm ổn.",
    "Bài viết rất hay, cảm ơn phóng viên đã phản ánh kịp thời.",
    "Cần xử lý nghiêm để làm gương, không thể cứ để tái diễn mãi được.",
    "Chuyện này năm nào cũng nói mà chưa thấy thay đổi gì nhiều.",
    "Đề nghị báo tiếp tục theo dõi và thông tin thêm về vụ việc.",
    "Quê tôi cũng gặp tình trạng y hệt, chính quyền nên kiểm tra lại.",
    "Ủng hộ cách làm này, địa phương khác nên học tập.",
    "Thông tin hữu ích, tôi sẽ chia sẻ cho người nhà cùng đọc.",
    "Người dân mình cũng phải tự nâng cao ý thức chứ không thể trông chờ hết vào nhà nước.",
    "Sao đến giờ mới phát hiện ra nhỉ?",
    "Hy vọng lần này làm đến nơi đến chốn.",
    "Rất đáng suy ngẫm.",
    "Cảm ơn các anh chị đã vào cuộc kịp thời!",
    "Trách nhiệm của các cơ quan quản lý ở đâu?",
    "Tôi đi qua đoạn này hằng ngày, đúng là tình hình rất đáng lo.",
    "Mong các cấp quan tâm hơn nữa đến đời sống bà con.",
    "Thương quá, cầu mong mọi điều bình an.",
]
COMMENTS_TOPIC = {
    "giaothong": ["Đường xuống cấp lâu rồi mà chưa thấy sửa, xe cộ đi lại rất nguy hiểm.",
                  "Tài xế phải cẩn thận hơn, một phút sai lầm là cả đời ân hận."],
    "yte": ["Các bếp ăn tập thể phải được kiểm tra thường xuyên hơn.", "Cảm ơn các y bác sĩ đã tận tình cứu chữa."],
    "giaoduc": ["Thương các em học sinh, áp lực quá nhiều.", "Giáo dục là gốc, mong ngành làm tốt hơn nữa."],
    "phapluat": ["Phải xử lý thật nghiêm theo đúng pháp luật.", "Cảnh giác với những chiêu trò như thế này mọi người nhé."],
    "suco": ["Xin chia buồn cùng gia đình các nạn nhân.", "Cầu mong lực lượng cứu hộ sớm tìm thấy người mất tích."],
    "moitruong": ["Môi trường ô nhiễm thế này thì ai chịu nổi.", "Nhà tôi ở gần đó, mấy hôm nay rất khó chịu."],
    "chinhtri": ["Mong các đại biểu nói được tiếng nói của cử tri.", "Chính sách đúng thì phải triển khai cho nhanh."],
    "kinhte": ["Giá cả tăng hoài mà thu nhập thì đứng yên.", "Dự án chậm tiến độ bao năm nay rồi."],
    "vanhoa": ["Giữ gìn bản sắc là việc của mỗi người dân.", "Dịp tới nhất định tôi sẽ đưa gia đình đến tham quan."],
    "chung": ["Câu chuyện rất cảm động, cảm ơn tác giả.", "Lần đầu tôi biết đến chuyện này, hay quá."],
}

SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Phan",
            "Trịnh", "Đinh", "Lâm", "Mai", "Tạ", "Quách", "Lưu", "Kiều", "Vương", "Triệu", "Hà", "Tô", "Khúc", "Châu",
            "Lương", "Cao"]
MIDDLES = ["Minh", "Thu", "Hoàng", "Ngọc", "Thanh", "Hữu", "Đức", "Quốc", "Bảo", "Gia", "Khánh", "Phương", "Hải",
           "Tuấn", "Diệu", "Kim", "Xuân", "Mỹ", "Trung", "Thảo", "Việt", "Hồng", "Anh", "Lan", "Bích", "Quang"]
GIVENS = ["Khôi", "Hà", "Trang", "Nam", "Linh", "Tùng", "Hằng", "Đạt", "Vy", "Phong", "Thư", "Quân", "Nhi", "Hiếu",
          "Yến", "Sơn", "Lam", "Duy", "Hạnh", "Tâm", "Châu", "Khang", "My", "Uyên", "Vinh", "Thắng", "Ngân", "Huy",
          "Loan", "Bình", "Giang", "Tú", "Oanh", "Trâm", "Nhung", "Lộc", "Cường", "Hưng", "Thoa", "Diệp"]
PEN_NAMES = ["Hạ Miên", "Sơn Khê", "Lãng Du", "Mộc Miên", "Gió Nam", "Hải Âu", "Bút Sông Đà", "Lão Mộc",
             "Trúc Lâm Tử", "Cỏ May", "Thạch Lam Nhi", "Phố Cũ"]
AGENCY = "TTXLV"          # invented agency: Thông tấn xã Lạc Việt
OTHER_OUTLETS = ["Nhật Báo Sông Lam", "Báo Cao Nguyên Xanh", "Tạp chí Nhịp Cầu Phương Nam", "Báo Miền Duyên Hải",
                 "Đài Phát thanh Lạc Hồng", "Thời báo Bắc Trung Bộ", "Tuần san Đô Thị Mới", "Báo Ánh Sáng Đồng Nội"]
FOREIGN_OUTLETS = ["Pacific Wire", "Nordic Herald", "Asia Morning Ledger", "Global Daybreak"]
WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]
COMMENT_PLACES = ["Hà Nội", "TP HCM", "Đà Nẵng", "Cần Thơ", "Nghệ An", "Bình Dương", "Hải Phòng", "Khánh Hòa",
                  "Đồng Nai", "Thanh Hóa", "Gia Lai", "Quảng Ninh"]


def short_name(r):
    return f"{r.choice(MIDDLES)} {r.choice(GIVENS)}"


def full_name(r):
    return f"{r.choice(SURNAMES)} {r.choice(MIDDLES)} {r.choice(GIVENS)}"


def strip_accents(s):
    s = unicodedata.normalize("NFD", s.replace("Đ", "D").replace("đ", "d"))
    return "".join(c for c in s if not unicodedata.combining(c))


def email_of(name, domain):
    return strip_accents(name).lower().replace(" ", "") + "@" + domain


def _count(text, word):
    return len(re.findall(r"(?<!\w)" + re.escape(word.lower()) + r"(?!\w)", text))


def detect_topic(title, body):
    low = (" ".join(body)).lower()
    tl = title.lower()
    best, score = "chung", 2
    for t, words in TOPIC_WORDS.items():
        sc = sum(_count(low, w) for w in words) + 3 * sum(_count(tl, w) for w in words)
        if sc > score:
            best, score = t, sc
    return best


def find_persons(body):
    out = []
    for s in body:
        toks = s.split()
        for i, t in enumerate(toks[:-1]):
            if t.lower() in ("ông", "bà", "anh", "chị"):
                name = []
                for u in toks[i + 1:i + 5]:
                    core = u.rstrip(",.;:)\"”")
                    if not core or not core[0].isupper() or not core.isalpha():
                        break
                    name.append(core)
                    if core != u:
                        break
                if 2 <= len(name) <= 4:
                    n = " ".join(name)
                    if n not in [x[1] for x in out]:
                        out.append((t.capitalize(), n))
    return out


ORG_PREFIX = {"Bộ", "Sở", "Cục", "Ban", "Uỷ", "Ủy", "Hội", "Công", "Tổng", "Phó", "Chủ", "Trưởng", "Giám", "Viện",
              "Trung", "Phòng", "Đại", "Thủ", "Thứ", "Quốc", "Nhà", "Chính", "Toà", "Tòa", "Văn", "Cơ", "Tỉnh",
              "Thành", "Huyện", "Quận", "Xã", "Phường", "Hiệp", "Ngân", "Bệnh", "Trường", "Đoàn", "Khu", "Cảng",
              "Đồn", "Lực", "Hãng", "Liên", "Thượng", "Đảng", "Học", "Luật", "Điều", "Nghị", "Thông", "Quyết"}
ADMIN = ("thị xã", "thị trấn", "thành phố", "tỉnh", "huyện", "quận", "xã", "phường", "đảo", "TP")


def find_places(body):
    out = []
    for s in body:
        toks = s.split()
        i = 0
        while i < len(toks):
            hit = None
            for a in ADMIN:
                n = len(a.split())
                if " ".join(toks[i:i + n]).lstrip("(") == a:
                    hit = n
                    break
            if hit:
                name = []
                ended = False
                for u in toks[i + hit:i + hit + 3]:
                    core = u.rstrip(",.;:)\"”")
                    if not core or not (core[0].isupper() or core.isdigit()) or not core.isalnum():
                        ended = True
                        break
                    name.append(core)
                    if core != u:
                        ended = True
                        break
                if len(name) == 3 and not ended:
                    name = name[:2]
                if name and (len(name) >= 2 or name[0].isdigit()):
                    p = " ".join(toks[i:i + hit]).lstrip("(") + " " + " ".join(name)
                    if p not in out:
                        out.append(p)
                i += hit
            else:
                i += 1
    return out


def find_quotes(body):
    out = []
    for s in body:
        for m in re.finditer(r'"([^"]{40,260})"|“([^”]{40,260})”', s):
            q = (m.group(1) or m.group(2)).strip()
            if q and q[0].isupper():
                out.append(q.rstrip(",. "))
    return out


def find_numbers(body):
    out = []
    for s in body:
        for m in re.finditer(r"(?:hơn |gần |khoảng )?\d+(?:[.,]\d+)*\s?(?:tỷ đồng|triệu đồng|người|ha|km|m2|m3|sinh viên|"
                             r"học sinh|chuyến bay|tàu|xe|hộ dân|ca|bệnh nhân|đại biểu|cơ sở|di tích|linh vật)\b", s):
            v = m.group(0)
            core = re.sub(r"^(hơn|gần|khoảng) ", "", v)
            if all(core != re.sub(r"^(hơn|gần|khoảng) ", "", x) for x in out):
                out.append(v)
    return out


def lower_first(s):
    return s[:1].lower() + s[1:] if s[:2].isalpha() and not s[1:2].isupper() else s


def rstrip_dot(s):
    return s[:-1] if s.endswith(".") else s


# ----------------------------------------------------------------------------------------------------------
# Dates
# ----------------------------------------------------------------------------------------------------------
def fmt_date(dt, style):
    wd = WEEKDAYS[dt.weekday()]
    Wd = wd[:1].upper() + wd[1:].replace("hai", "Hai").replace("ba", "Ba").replace("tư", "Tư").replace(
        "năm", "Năm").replace("sáu", "Sáu").replace("bảy", "Bảy").replace("nhật", "Nhật")
    d, m, Y = dt.day, dt.month, dt.year
    dd, mm, HH, MM = f"{d:02d}", f"{m:02d}", f"{dt.hour:02d}", f"{dt.minute:02d}"
    short = "CN" if dt.weekday() == 6 else f"T{dt.weekday() + 2}"
    ampm = "SA" if dt.hour < 12 else "CH"
    h12 = dt.hour % 12 or 12
    return {
        "vne": f"{wd}, {d}/{m}/{Y}, {HH}:{MM} (GMT+7)",
        "dash": f"{Wd}, {dd}/{mm}/{Y} - {HH}:{MM}",
        "plain": f"{dd}/{mm}/{Y} {HH}:{MM}",
        "timefirst": f"{HH}:{MM} {dd}/{mm}/{Y}",
        "capnhat": f"Cập nhật: {HH}:{MM}, {dd}/{mm}/{Y}",
        "gmt": f"{dd}/{mm}/{Y} {HH}:{MM} GMT+7",
        "ngay": f"{Wd}, ngày {dd}/{mm}/{Y} {h12:02d}:{MM} {ampm}",
        "iso": f"{Y}-{mm}-{dd}T{HH}:{MM}:{dt.second:02d}+07:00",
        "hyphen": f"{dd}-{mm}-{Y} {HH}:{MM}",
        "ngaydang": f"Ngày đăng: {dd}/{mm}/{Y} | {HH}:{MM}",
        "tdash": f"{HH}:{MM} - {dd}/{mm}/{Y}",
        "pipe": f"{Wd}, {d}/{m}/{Y} | {HH}:{MM}",
        "dangluc": f"Đăng lúc {HH}:{MM} ngày {dd}/{mm}/{Y}",
        "short": f"{short}, {dd}/{mm}/{Y} {HH}:{MM}",
        "xuatban": f"Xuất bản: {dd}/{mm}/{Y} {HH}:{MM}",
        "dayonly": f"{wd}, ngày {d} tháng {m} năm {Y}",
        "ddmm": f"{dd}/{mm}",
    }[style]


# ----------------------------------------------------------------------------------------------------------
# The page builder
# ----------------------------------------------------------------------------------------------------------
class Ctx:
    def __init__(self, row, title, body, related, layout):
        self.row, self.title, self.layout = row, title, layout
        self.lay = LAYOUT_INFO[layout]
        self.site, self.domain = self.lay["site"], self.lay["domain"]
        self._rngs = {}
        self.body = body
        self.topic = detect_topic(title, body)
        self.persons = find_persons(body)
        self.places = find_places(body)
        self.quotes = find_quotes(body)
        self.numbers = find_numbers(body)
        r = self.r("date")
        start = datetime.datetime(2020, 1, 1, 5, 0)
        self.dt = start + datetime.timedelta(days=r.randrange(0, 2007), hours=r.randrange(0, 17),
                                             minutes=r.randrange(0, 60), seconds=r.randrange(0, 60))
        self.bodynorms = {norm(s) for s in body} | {norm(title)}
        pool = list(related)
        self.r("related").shuffle(pool)
        self.rel_pool = pool
        self.used_captions = set()
        self.lines = []          # (label, payload)
        # paragraphs
        r = self.r("paragraphs")
        sizes = self.lay.get("para", (1, 2, 2, 3, 3, 4))
        paras, i = [], 0
        first = r.choice((1, 1, 2)) if len(body) > 3 else 1
        paras.append(body[:first])
        i = first
        while i < len(body):
            k = min(r.choice(sizes), len(body) - i)
            paras.append(body[i:i + k])
            i += k
        self.paras = paras

    # --- randomness --------------------------------------------------------------------------------------
    def r(self, purpose):
        if purpose not in self._rngs:
            self._rngs[purpose] = rng(self.row, purpose)
        return self._rngs[purpose]

    # --- emitting ------------------------------------------------------------------------------------------
    def emit(self, label, line):
        self.lines.append((label, line))

    def emit_all(self, pairs):
        for k, l in pairs:
            self.emit(k, l)

    def para(self, i):
        if i < len(self.paras):
            self.emit("body", list(self.paras[i]))

    def story(self, blocks, start=1, tail=()):
        """Paragraphs start.. with the insert blocks (callables -> [(kind, line)]) spread over the gaps."""
        r = self.r("story-gaps")
        paras = list(range(start, len(self.paras)))
        if not paras:
            for b in blocks:
                self.emit_all(b())
            return
        gaps = list(range(len(paras)))          # insert after paras[g]; last gap = after the last paragraph
        inner = gaps[:-1] or gaps
        plan = {}
        for b in blocks:
            free = [g for g in inner if g not in plan] or inner
            plan.setdefault(r.choice(free), []).append(b)
        for gi, p in enumerate(paras):
            self.para(p)
            for b in plan.get(gi, []):
                self.emit_all(b())
        for b in tail:
            self.emit_all(b())

    # --- related -------------------------------------------------------------------------------------------
    def rel(self):
        r = self.r("related-teaser")
        while self.rel_pool:
            row, head, src = self.rel_pool.pop()
            teaser = self.teaser(src, r) if src else ""
            if norm(head) in self.bodynorms or (teaser and norm(teaser) in self.bodynorms):
                continue
            return head, teaser
        return None

    def rels(self, n):
        out = []
        for _ in range(n):
            x = self.rel()
            if x:
                out.append(x)
        return out

    def ago(self, r):
        return r.choice([f"{r.randrange(5, 59)} phút trước", f"{r.randrange(1, 23)} giờ trước",
                         f"{r.randrange(1, 6)} ngày trước"])

    def clock(self, r, back_minutes=600):
        t = self.dt - datetime.timedelta(minutes=r.randrange(3, back_minutes))
        return f"{t.hour:02d}:{t.minute:02d}"

    def ddmm(self, r):
        t = self.dt - datetime.timedelta(days=r.randrange(0, 9))
        return f"{t.day:02d}/{t.month:02d}"

    # --- people --------------------------------------------------------------------------------------------
    def reporter(self, r, caps=False):
        n = short_name(r)
        return n.upper() if caps else n

    def credit_name(self, r):
        opts = [self.reporter(r)] * 5 + ["Người dân cung cấp", "Tư liệu", "Cắt từ clip", AGENCY,
                                         f"{self.reporter(r)}/{AGENCY}", f"Kho ảnh {self.site}"]
        if self.topic == "phapluat":
            opts += ["Cơ quan công an cung cấp"] * 2
        if self.topic == "yte":
            opts += ["Bệnh viện cung cấp"] * 2
        if self.topic in ("suco", "giaothong"):
            opts += ["Độc giả cung cấp"]
        return r.choice(opts)

    # --- captions ------------------------------------------------------------------------------------------
    def caption_text(self, r, plain=False):
        for _ in range(12):
            kind = r.choices(["scene", "portrait", "place", "titled", "illus"], [6, 3, 2, 0 if plain else 1,
                                                                                0 if plain else 1])[0]
            if kind == "scene":
                c = r.choice(SCENES[self.topic])
            elif kind == "portrait" and self.persons:
                hon, name = r.choice(self.persons)
                c = r.choice([f"{hon} {name}.", f"{hon} {name}", f"{hon} {name} trao đổi với phóng viên.",
                              f"{hon} {name} tại buổi làm việc.", f"{hon} {name} chia sẻ với {self.site}.",
                              f"Chân dung {hon.lower()} {name}"])
            elif kind == "place" and self.places:
                p = r.choice(self.places)
                if self.topic in ("suco", "phapluat", "giaothong"):
                    c = r.choice([f"Khu vực xảy ra sự việc tại {p}.", f"Hiện trường ở {p}",
                                  f"Lực lượng chức năng có mặt tại {p}."])
                else:
                    c = r.choice([f"Một góc {p} nhìn từ trên cao.", f"Toàn cảnh {p}.", f"Khung cảnh {p} hôm nay",
                                  f"Đường vào {p}."])
            elif kind == "titled":
                c = r.choice([f"{self.title} (ảnh minh họa)", f"{self.title} - Ảnh minh họa",
                              f"Ảnh minh họa cho bài viết \"{self.title}\""])
            elif kind == "illus":
                c = r.choice(["Ảnh minh họa", "Ảnh minh họa.", "Hình minh họa"])
            else:
                continue
            if c not in self.used_captions or _ == 11:
                self.used_captions.add(c)
                return c, kind
        return r.choice(SCENES[self.topic]), "scene"

    def image(self, credit_modes=("none",), mark=None, mark_pos="before", gallery=None):
        """One image: [mark] caption [credit]; credit_modes chooses how the photo credit shows."""
        r = self.r("images")
        cap, kind = self.caption_text(r, plain=bool(gallery))
        mode = r.choice(credit_modes)
        if kind == "illus" or "minh họa" in cap:
            mode = "none" if mode not in ("nocaption",) else mode
        who = self.credit_name(r)
        out = []
        if gallery:
            cap = gallery.format(cap=cap)
        if mode == "paren":
            out.append(("caption", f"{cap} (Ảnh: {who})"))
        elif mode == "dash":
            out.append(("caption", f"{rstrip_dot(cap)} - Ảnh: {who}"))
        elif mode == "dashcaps":
            out.append(("caption", f"{rstrip_dot(cap)} - ẢNH: {who.upper()}"))
        elif mode == "colon":
            c = cap if cap.endswith(".") else cap + "."
            out.append(("caption", f"{c} Ảnh: {who}"))
        elif mode == "ownline":
            out += [("caption", cap), ("credit", f"Ảnh: {who}")]
        elif mode == "ownline_paren":
            out += [("caption", cap), ("credit", f"(Ảnh: {who})")]
        elif mode == "ownline_caps":
            out += [("caption", cap), ("credit", f"ẢNH: {who.upper()}")]
        elif mode == "credit_first":
            out += [("credit", f"Ảnh: {who}"), ("caption", cap)]
        elif mode == "credit_only":
            out += [("credit", f"Ảnh: {who}")]
        elif mode == "nocaption":
            out = []
        else:
            out.append(("caption", cap))
        if mark:
            m = mark if isinstance(mark, str) else r.choice(mark)
            if mark_pos == "before":
                out.insert(0, ("widget", m))
            else:
                out.append(("widget", m))
        return out

    def gallery(self, n, fmt="{i}/{n} {cap}", credit_modes=("none",), mark=None):
        out = []
        for i in range(1, n + 1):
            g = fmt.replace("{i}", str(i)).replace("{n}", str(n))
            out += self.image(credit_modes, mark=mark, gallery=g)
        return out

    def video(self, style="std"):
        r = self.r("video")
        scene = rstrip_dot(r.choice(SCENES[self.topic]))
        who = r.choice([self.reporter(r), "Người dân cung cấp", "Độc giả cung cấp", f"{self.site}",
                        "Mạng xã hội"])
        dur = f"{r.randrange(0, 4):02d}:{r.randrange(10, 60):02d}"
        head = r.choice(["VIDEO", "Video", "▶ Xem video", "Video đang được quan tâm", "Video:"])
        cap = r.choice([f"Video: {scene}", f"{scene}. Video: {who}", f"Clip: {scene}", f"Clip {lower_first(scene)}",
                        f"{scene} (Video: {who})", f"Video ghi lại cảnh {lower_first(scene)}"])
        out = []
        if style == "std":
            out = [("widget", head), ("widget", f"00:00 / {dur}"), ("caption", cap)]
            if r.random() < 0.5 and "Video:" not in cap and "(Video" not in cap:
                out.append(("credit", r.choice([f"Nguồn: {who}", f"Video: {who}", f"Clip: {who}"])))
        elif style == "player":
            out = [("widget", "Quảng cáo"), ("widget", r.choice(["Bỏ qua quảng cáo", "Quảng cáo sẽ kết thúc sau 5 giây"])),
                   ("widget", f"0:00 / {dur}"), ("widget", "Tắt tiếng"), ("widget", "Toàn màn hình"), ("caption", cap)]
        elif style == "inline":
            out = [("caption", cap)]
            if r.random() < 0.5:
                out.append(("credit", f"Nguồn video: {who}"))
        elif style == "top":
            out = [("widget", head), ("caption", cap), ("widget", f"Thời lượng {dur}"),
                   ("widget", r.choice(["Tự động phát", "Bật tự động phát", "Xem thêm video"]))]
        return out

    def inline_related(self, fmt):
        x = self.rel()
        return [("related", fmt.format(h=x[0]))] if x else []

    def related_box(self, header, n, item="{h}", teaser=False, teaser_fmt="{t}", r=None):
        r = r or self.r("related-box")
        items = self.rels(n)
        if not items:
            return []
        out = [("widget", header)] if header else []
        for h, t in items:
            out.append(("related", item.format(h=h, ago=self.ago(r), clock=self.clock(r), ddmm=self.ddmm(r))))
            if teaser and t:
                out.append(("related", teaser_fmt.format(t=t)))
        return out

    def teaser(self, t, r, limit=None):
        limit = limit or r.randrange(90, 200)
        if len(t) <= limit:
            return t
        cut = t[:limit].rsplit(" ", 1)[0].rstrip(",;:- ")
        return cut + r.choice(["…", "...", " ..."])

    def box_quote(self, style="curly"):
        r = self.r("quote")
        if not self.quotes:
            return []
        q = r.choice(self.quotes)
        if len(q.split()) > 32:
            q = " ".join(q.split()[:28]).rstrip(",;") + "..."
        line = {"curly": f"“{q}”", "plain": q, "straight": f'"{q}"'}[style]
        if norm(line) in self.bodynorms:
            return []
        out = [("widget", line)]
        if self.persons and r.random() < 0.6:
            hon, name = r.choice(self.persons)
            out.append(("widget", r.choice([f"{hon} {name}", f"- {hon} {name}", f"— {hon} {name}"])))
        return out

    def fact_box(self, header=None, lines=None):
        r = self.r("factbox")
        if lines:
            return [("widget", header)] + [("widget", l) for l in lines]
        hotlines = {
            "yte": ["Đường dây nóng hỗ trợ người bệnh: 1900 6188", "Gọi cấp cứu 115 khi có dấu hiệu bất thường"],
            "giaothong": ["Tổng đài tiếp nhận phản ánh giao thông: 1900 8096", "Đường dây nóng CSGT: 0868 012 345"],
            "phapluat": ["Đường dây nóng tiếp nhận tố giác tội phạm: 0869 113 114",
                         "Tư vấn pháp luật miễn phí: 1900 6245"],
            "suco": ["Số điện thoại cứu nạn, cứu hộ: 114", "Tổng đài hỗ trợ khẩn cấp của địa phương: 1900 5577"],
            "moitruong": ["Theo dõi bản tin dự báo thời tiết được cập nhật mỗi 3 giờ",
                          "Đường dây nóng phản ánh ô nhiễm: 0966 102 030"],
        }.get(self.topic, ["Độc giả gửi thông tin phản ánh qua email: bandoc@" + self.domain,
                           "Đường dây nóng của tòa soạn: 0938 266 488"])
        out = [("widget", header or r.choice(["THÔNG TIN CẦN BIẾT", "Bạn cần biết", "BỐI CẢNH", "Những con số"]))]
        nums = list(self.numbers)
        r.shuffle(nums)
        for v in nums[:r.randrange(1, 3)]:
            out.append(("widget", r.choice([f"• {v}", f"Con số: {v}", f"{v}"])))
        for h in hotlines[:r.randrange(1, 3)]:
            out.append(("widget", f"• {h}" if r.random() < 0.5 else h))
        return out

    def tags(self, style):
        r = self.r("tags")
        cands = []
        for s in [self.title] + self.body[:4]:
            for m in re.finditer(r"(?<![\w])([A-ZĐ][\wÀ-ỹ]+(?: [A-ZĐ][\wÀ-ỹ]+){1,3})", s):
                v = m.group(1)
                if (v.split()[0] not in MIDWORDS and v.split()[0] not in ORG_PREFIX and v not in cands
                        and len(v) < 35):
                    cands.append(v)
        cands = cands[:3] + TOPIC_TAGS[self.topic][:r.randrange(1, 4)]
        r.shuffle(cands)
        if style == "tu_khoa":
            return [("widget", "Từ khóa: " + ", ".join(cands))]
        if style == "tags":
            return [("widget", "Tags: " + ", ".join(cands))]
        if style == "hash":
            return [("widget", " ".join("#" + c.replace(" ", "") for c in cands))]
        if style == "lines":
            return [("widget", "TAG")] + [("widget", c) for c in cands]
        if style == "chu_de":
            return [("widget", "Chủ đề: " + cands[0]), ("widget", "Theo dõi")]
        if style == "hash_lines":
            return [("widget", "#" + c) for c in cands]
        return []

    def comments(self, n, style="std", header=None):
        r = self.r("comments")
        pool = COMMENTS_GENERAL + COMMENTS_TOPIC[self.topic] * 2
        texts = r.sample(pool, min(n, len(pool)))
        total = n + r.randrange(0, 40)
        out = [("widget", header or r.choice([f"Ý kiến ({total})", f"Bình luận ({total})", "Ý kiến bạn đọc",
                                              f"{total} bình luận"]))]
        if style == "std":
            out.append(("widget", r.choice(["Mới nhất", "Sắp xếp theo: Mới nhất | Quan tâm nhất",
                                            "Chia sẻ ý kiến của bạn"])))
        for t in texts:
            who = r.choice([full_name(r), short_name(r), strip_accents(short_name(r)).lower().replace(" ", "")
                            + str(r.randrange(70, 99))])
            if style == "std":
                out += [("widget", who), ("widget", t),
                        ("widget", f"{r.randrange(0, 90)} Thích · Trả lời · {self.ago(r)}")]
            elif style == "inline":
                out += [("widget", f"{who}: {t}"), ("widget", f"Trả lời · Thích ({r.randrange(0, 60)})")]
            elif style == "place":
                out += [("widget", f"{who} - {r.choice(COMMENT_PLACES)}"), ("widget", t),
                        ("widget", f"{self.clock(r)} {self.ddmm(r)}/{self.dt.year}"),
                        ("widget", f"Thích ({r.randrange(0, 50)})")]
        out.append(("widget", r.choice(["Xem thêm bình luận", "Xem tất cả ý kiến", "Tải thêm bình luận"])))
        return out

    def comment_form(self):
        r = self.r("comments")
        return [("widget", r.choice(["Gửi bình luận", "Viết bình luận của bạn...", "Nhập bình luận của bạn"])),
                ("widget", r.choice(["Bạn cần đăng nhập để bình luận", "Họ tên", "Ý kiến của bạn sẽ được biên tập trước khi đăng"]))]

    def reactions(self, style="words"):
        r = self.r("reactions")
        if style == "words":
            return [("widget", "Bạn cảm thấy thế nào về bài viết này?")] + [
                ("widget", f"{w} {r.randrange(0, 120)}") for w in r.sample(["Thích", "Vui", "Ngạc nhiên", "Buồn",
                                                                            "Phẫn nộ", "Thương"], 4)]
        if style == "emoji":
            return [("widget", f"👍 {r.randrange(1, 500)} ❤️ {r.randrange(0, 90)} 😮 {r.randrange(0, 30)} "
                               f"😢 {r.randrange(0, 60)}")]
        if style == "useful":
            return [("widget", "Bài viết có hữu ích với bạn không?"), ("widget", "Có"), ("widget", "Không")]
        return []

    def sidebar(self, header, n, item="{h}", numbered=None):
        r = self.r("sidebar")
        items = self.rels(n)
        if not items:
            return []
        out = [("widget", header)]
        for i, (h, t) in enumerate(items, 1):
            if numbered == "own":
                out += [("widget", str(i)), ("related", h)]
            elif numbered == "dot":
                out.append(("related", f"{i}. {h}"))
            elif numbered == "zero":
                out.append(("related", f"0{i} {h}" if i < 10 else f"{i} {h}"))
            else:
                out.append(("related", item.format(h=h, ago=self.ago(r), clock=self.clock(r), ddmm=self.ddmm(r))))
        return out

    def joined_related(self, n, sep):
        items = self.rels(n)
        return [("related", sep.join(h for h, t in items))] if items else []


def title_repeat(ctx):
    """Any repeat of the title is furniture (widget)."""
    return ("widget", ctx.title)


# ----------------------------------------------------------------------------------------------------------
# The twenty layouts (every outlet, person, phone number and URL below is invented)
# ----------------------------------------------------------------------------------------------------------
LAYOUT_INFO = {
    "tinnhanhviet": dict(site="Tin Nhanh Việt", domain="tinnhanhviet.vn", para=(1, 1, 2, 2, 3)),
    "dongthoisu_h2t": dict(site="Dòng Thời Sự", domain="dongthoisu.vn", para=(1, 2, 2, 3)),
    "songmoi": dict(site="Sóng Mới Online", domain="songmoi.vn", para=(1, 2, 2, 3, 4)),
    "tuoixanh": dict(site="Tuổi Xanh Online", domain="tuoixanh.vn", para=(1, 2, 3)),
    "phuongnam": dict(site="PHƯƠNG NAM ĐIỆN TỬ", domain="phuongnamdientu.vn", para=(2, 3, 4)),
    "honglam_amp": dict(site="Hồng Lam", domain="honglam.vn", para=(1, 1, 2)),
    "nhipdapthudo": dict(site="Nhịp Đập Thủ Đô", domain="nhipdapthudo.vn", para=(1, 2, 3)),
    "kinhteso": dict(site="Thời Báo Kinh Tế Số", domain="kinhteso.vn", para=(2, 2, 3)),
    "toancanh_crawl": dict(site="Toàn Cảnh 24/7", domain="toancanh247.vn", para=(1, 2, 3, 4)),
    "vntime360": dict(site="VNTime 360", domain="vntime360.vn", para=(1, 2, 2)),
    "bonphuong_agg": dict(site="Bốn Phương", domain="bonphuong.vn", para=(1, 2, 3)),
    "saomai_emag": dict(site="Sao Mai", domain="saomai.vn", para=(2, 3, 4)),
    "phaptri": dict(site="Báo Pháp Trị", domain="phaptri.vn", para=(1, 2, 3)),
    "sucsong": dict(site="Sức Sống Online", domain="sucsong.vn", para=(1, 2, 2, 3)),
    "tinhanggio_mobile": dict(site="Tin Tức Hằng Giờ", domain="tinhanggio.vn", para=(1, 1, 2)),
    "anhduong": dict(site="Ánh Dương Media", domain="anhduong.vn", para=(1, 2, 3)),
    "dongbang": dict(site="NHẬT BÁO ĐỒNG BẰNG", domain="dongbang.vn", para=(2, 3, 3, 4)),
    "bienxanh_reader": dict(site="Biển Xanh", domain="bienxanh.vn", para=(1, 2, 2, 3)),
    "lacviet_agency": dict(site="Thông tấn Lạc Việt", domain="ttxlv.vn", para=(1, 2, 3)),
    "thoidaiso_h2t": dict(site="Thời Đại Số", domain="thoidaiso.vn", para=(1, 2, 3)),
}


def byline_plain(c, r):
    return r.choice([c.reporter(r), f"{c.reporter(r)} - {c.reporter(r)}", r.choice(PEN_NAMES)])


def lay_tinnhanhviet(c):
    """Browser copy of a big general portal: menu words one per line, two-line breadcrumb, date above the title,
    captions under photos mostly without credit, name-only byline at the end, 'Xem thêm:' links, comments,
    'Đọc nhiều' list, short footer."""
    r = c.r("layout")
    c.emit("site", "Tin Nhanh Việt")
    menu = ["Mới nhất", "Tin theo khu vực", "Thời sự", "Góc nhìn", "Thế giới", "Kinh doanh", "Khoa học",
            "Giải trí", "Thể thao", "Pháp luật", "Giáo dục", "Sức khỏe", "Đời sống", "Du lịch"]
    for m in menu[:r.randrange(5, len(menu))]:
        c.emit("widget", m)
    sec, sub = SECTIONS[c.topic]
    c.emit("widget", sec)
    c.emit("widget", sub)
    c.emit("date", fmt_date(c.dt, "vne"))
    c.emit("title", c.title)
    c.para(0)
    blocks = [lambda: c.image(("none", "none", "none", "ownline"))] * r.randrange(1, 4)
    if r.random() < 0.35:
        blocks.append(lambda: c.video("std"))
    c.story(blocks)
    c.emit("byline", byline_plain(c, r))
    if r.random() < 0.6:
        for _ in range(r.randrange(1, 3)):
            c.emit_all(c.inline_related("Xem thêm: {h}"))
    c.emit_all([("widget", "Chia sẻ"), ("widget", "Sao chép liên kết")])
    c.emit_all(c.tags("lines") if r.random() < 0.5 else [])
    c.emit_all(c.comments(r.randrange(1, 4), "std"))
    c.emit_all(c.sidebar("Đọc nhiều", r.randrange(3, 6)))
    c.emit_all([("widget", "Tin Nhanh Việt"), ("widget", "Tin nhanh, chuẩn xác, mọi lúc"),
                ("widget", "Tổng biên tập: Lương Hữu Khang"),
                ("widget", "Tầng 9, Tòa nhà Lạc Hồng, 17 đường Hồng Minh, Hà Nội"),
                ("widget", "Điện thoại: 024 7303 6688 - Email: toasoan@tinnhanhviet.vn"),
                ("widget", "© 2020-2025. Toàn bộ bản quyền thuộc Tin Nhanh Việt")])


def lay_dongthoisu_h2t(c):
    """Generic HTML-to-text library: '* ' bullets for menus and lists, byline and 'Chia sẻ' above the date,
    captions with the credit in parentheses, a 'Tin liên quan' box inside the story with '- ' items,
    emoji-free word reactions, newsletter box and a footer."""
    r = c.r("layout")
    for m in ["* Trang chủ", "* Xã hội", "* Thế giới", "* Kinh doanh", "* Bất động sản", "* Thể thao",
              "* Việc làm", "* Nhân ái", "* Sức khỏe", "* Văn hóa", "* Giải trí"][:r.randrange(5, 11)]:
        c.emit("widget", m)
    c.emit("site", "Dòng Thời Sự")
    sec, sub = SECTIONS[c.topic]
    c.emit("widget", f"{sec} › {sub}")
    c.emit("title", c.title)
    c.emit("byline", c.reporter(r) if r.random() < 0.7 else f"{c.reporter(r)}, {c.reporter(r)}")
    c.emit("widget", "Chia sẻ")
    c.emit("date", fmt_date(c.dt, "dash"))
    c.para(0)
    blocks = [lambda: c.image(("paren", "paren", "paren", "none"))] * r.randrange(1, 4)
    blocks.append(lambda: c.related_box("Tin liên quan", r.randrange(2, 4), item="- {h}"))
    if r.random() < 0.4:
        blocks.append(lambda: c.box_quote("curly"))
    c.story(blocks)
    c.emit_all(c.reactions("words"))
    c.emit_all(c.tags("tu_khoa"))
    c.emit_all(c.sidebar("* Tin cùng chuyên mục", r.randrange(3, 6), item="* {h}"))
    c.emit_all([("widget", "Đăng ký nhận bản tin Dòng Thời Sự mỗi sáng"), ("widget", "Nhập email của bạn"),
                ("widget", "Đăng ký")])
    c.emit_all([("widget", "Cơ quan chủ quản: Hội Truyền thông Đô thị Việt Nam"),
                ("widget", "Giấy phép hoạt động báo điện tử số 318/GP-BTTTT cấp ngày 14/7/2021"),
                ("widget", "Tổng biên tập: Đinh Quốc Hưng"),
                ("widget", "Hotline: 0983 402 177"),
                ("widget", "© Dòng Thời Sự. All rights reserved.")])


def lay_songmoi(c):
    """Big youth-union style portal: 'TIN LIÊN QUAN' box right after the sapo, 'Bài và ảnh:' or caps byline
    at the top, captions with ' - ẢNH: NAME' glued at the end, 'Đọc thêm' headlines, comment form."""
    r = c.r("layout")
    c.emit("site", "Sóng Mới Online")
    c.emit("widget", fmt_date(c.dt, "dayonly"))
    sec, sub = SECTIONS[c.topic]
    c.emit("widget", f"{sec.upper()} {sub.upper()}")
    c.emit("title", c.title)
    who = c.reporter(r)
    c.emit("byline", r.choice([f"Bài và ảnh: {who}", who.upper(), f"{who.upper()} - {c.reporter(r, True)}",
                               f"{who} | {email_of(who, 'songmoi.vn')}"]))
    c.emit("date", fmt_date(c.dt, "plain"))
    if r.random() < 0.4:
        c.emit("widget", f"Cập nhật: {fmt_date(c.dt + datetime.timedelta(hours=2), 'plain')}")
    c.para(0)
    c.emit_all(c.related_box("TIN LIÊN QUAN", r.randrange(2, 4)))
    blocks = [lambda: c.image(("dashcaps", "dashcaps", "none"))] * r.randrange(1, 4)
    if r.random() < 0.4:
        blocks.append(lambda: c.video("inline"))
    if r.random() < 0.4:
        blocks.append(lambda: c.inline_related("Đọc thêm: {h}"))
    c.story(blocks)
    c.emit_all([("widget", "Bình luận (0)"), ("widget", "Gửi bình luận"),
                ("widget", "Quan tâm nhất"), ("widget", "Mới nhất")])
    c.emit_all(c.sidebar("Đọc thêm", r.randrange(2, 5), item="{h}"))
    c.emit_all(c.tags("hash" if r.random() < 0.5 else "tags"))
    c.emit_all([("widget", "SÓNG MỚI ONLINE - CƠ QUAN NGÔN LUẬN CỦA HỘI THANH NIÊN SÁNG TẠO VIỆT NAM"),
                ("widget", "Tổng biên tập: Trịnh Bảo Lam"),
                ("widget", "Tòa soạn: 248 Cống Quỳnh, phường Phạm Ngũ Lão, TP HCM. ĐT: 028 3920 4455"),
                ("widget", "Quảng cáo: quangcao@songmoi.vn")])


def lay_tuoixanh(c):
    """Large daily portal: date + 'GMT+7' first, sapo, photos marked 'Phóng to' with ' - Ảnh: NAME' captions,
    in-story 'TIN LIÊN QUAN' with teasers, caps byline after the story, 'Xem thêm:' link, tags, comments,
    'Tin mới nhất' list with clock times."""
    r = c.r("layout")
    c.emit("site", "TUỔI XANH ONLINE")
    c.emit("widget", "Đăng nhập")
    c.emit("widget", "Tìm kiếm")
    c.emit("date", fmt_date(c.dt, "gmt"))
    c.emit("title", c.title)
    c.emit_all([("widget", "Nghe đọc bài"), ("widget", "Lưu"), ("widget", "Chia sẻ")])
    c.para(0)
    blocks = [lambda: c.image(("dash", "dash", "none"), mark="Phóng to", mark_pos="after")] * r.randrange(1, 4)
    blocks.append(lambda: c.related_box(r.choice(["TIN LIÊN QUAN", "Đọc tiếp"]), r.randrange(1, 3),
                                        teaser=r.random() < 0.6, teaser_fmt="{t}"))
    if r.random() < 0.4:
        blocks.append(lambda: c.box_quote("plain"))
    c.story(blocks)
    c.emit("byline", r.choice([c.reporter(r, True), f"{c.reporter(r, True)} - {c.reporter(r, True)}",
                               f"NHÓM PV", f"{c.reporter(r, True)} ({AGENCY})"]))
    if r.random() < 0.6:
        c.emit_all(c.inline_related("Xem thêm: {h}"))
    c.emit_all(c.tags("lines"))
    c.emit_all(c.comments(r.randrange(1, 3), "place", header="Bình luận"))
    c.emit_all(c.sidebar("Tin mới nhất", r.randrange(3, 6), item="{clock} {h}"))
    c.emit_all([("widget", "Về đầu trang"),
                ("widget", "Tuổi Xanh Online - Cơ quan của Liên hiệp Thanh niên Lạc Hồng"),
                ("widget", "Giấy phép số 42/GP-BTTTT. Tổng biên tập: Khúc Minh Tâm"),
                ("widget", "Liên hệ quảng cáo: 0912 336 818")])


def lay_phuongnam(c):
    """Southern national daily: caps masthead, header date widget, ' | ' menu, 'Ngày 12-03-2024' style date,
    captions ending '. Ảnh: NAME' or followed by a caps credit line, fact box, caps byline, 'Tin cùng chuyên
    mục' with dates, then several headlines joined on one line with ' | ', masthead repeated in the footer."""
    r = c.r("layout")
    c.emit("site", "PHƯƠNG NAM ĐIỆN TỬ")
    c.emit("widget", fmt_date(c.dt, "dayonly"))
    c.emit("widget", "Chính trị | Xã hội | Pháp luật | Kinh tế | Thế giới | Giáo dục | Y tế | Văn hóa | Thể thao")
    sec, sub = SECTIONS[c.topic]
    c.emit("widget", f"{sec} / {sub}")
    c.emit("title", c.title)
    c.emit("date", "Ngày " + fmt_date(c.dt, "hyphen"))
    c.para(0)
    blocks = [lambda: c.image(("colon", "colon", "ownline_caps", "none"))] * r.randrange(1, 4)
    if r.random() < 0.4:
        blocks.append(lambda: c.fact_box())
    c.story(blocks)
    c.emit("byline", r.choice([c.reporter(r, True), f"{c.reporter(r, True)} - {c.reporter(r, True)}",
                               f"Nhóm phóng viên {SECTIONS[c.topic][0]}"]))
    c.emit_all([("widget", "In bài"), ("widget", "Gửi bạn bè")])
    c.emit_all(c.sidebar("Tin cùng chuyên mục", r.randrange(3, 6), item="{h} ({ddmm})"))
    c.emit_all(c.joined_related(r.randrange(2, 4), " | "))
    c.emit_all([("widget", "PHƯƠNG NAM ĐIỆN TỬ"),
                ("widget", "Cơ quan chủ quản: Hội Báo chí Phương Nam"),
                ("widget", "Giấy phép số 205/GP-BTTTT. Tổng biên tập: Hà Quốc Vinh"),
                ("widget", "Địa chỉ: 432 Võ Văn Tần, Quận 3, TP HCM - Điện thoại: (028) 3930 5588")])


def lay_honglam_amp(c):
    """Mobile AMP page copied from a phone: hamburger menu, a breadcrumb that often ends with the headline
    itself (a title repeat), 'Tác giả:' byline, 'Đăng lúc' date, audio player,
    '[Ảnh]' marks with the caption over the image, inline 'Xem thêm:' links, 'Bài viết cùng chủ đề',
    'Lên đầu trang'."""
    r = c.r("layout")
    c.emit_all([("widget", "≡"), ("widget", "Đăng nhập")])
    c.emit("site", "Hồng Lam")
    if r.random() < 0.6:        # breadcrumb that ends with the headline itself
        c.emit_all([("widget", "Trang chủ"), ("widget", SECTIONS[c.topic][0]), title_repeat(c)])
    c.emit("title", c.title)
    c.emit("byline", f"Tác giả: {c.reporter(r)}" if r.random() < 0.7 else f"Tác giả: {r.choice(PEN_NAMES)}")
    c.emit("date", fmt_date(c.dt, "dangluc"))
    c.emit_all([("widget", "Nghe bài viết"), ("widget", f"0{r.randrange(1, 6)}:{r.randrange(10, 59)}"),
                ("widget", r.choice(["Giọng nữ miền Bắc", "Giọng nam miền Nam", "Giọng nữ miền Trung"]))])
    c.para(0)
    blocks = [lambda: c.image(("none", "credit_first", "none"), mark="[Ảnh]", mark_pos="after")] * r.randrange(1, 4)
    for _ in range(r.randrange(1, 3)):
        blocks.append(lambda: c.inline_related("Xem thêm: {h}"))
    c.story(blocks)
    c.emit_all(c.sidebar("Bài viết cùng chủ đề", r.randrange(2, 5)))
    c.emit_all([("widget", "Lên đầu trang"), ("widget", "Phiên bản đầy đủ"),
                ("widget", "© Hồng Lam 2025 - Báo điện tử của Hội Nhà báo Độc lập Lạc Việt")])


def lay_nhipdapthudo(c):
    """City portal section 'Đô thị': '»' breadcrumb, plain date, view counter, byline under the date and a team
    signature at the end, captions with '(Ảnh: X)' on its own line, 'THÔNG TIN CẦN BIẾT' fact box with
    hotlines, comments with places."""
    r = c.r("layout")
    c.emit("site", "Nhịp Đập Thủ Đô")
    sec, sub = SECTIONS[c.topic]
    c.emit("widget", f"Trang chủ » {sec} » {sub}")
    c.emit("title", c.title)
    c.emit("date", fmt_date(c.dt, "plain"))
    c.emit("widget", f"Lượt xem: {r.randrange(300, 9000):,}".replace(",", "."))
    c.emit("byline", c.reporter(r))
    c.para(0)
    blocks = [lambda: c.image(("ownline_paren", "ownline_paren", "none"))] * r.randrange(1, 4)
    if r.random() < 0.7:
        blocks.append(lambda: c.fact_box("THÔNG TIN CẦN BIẾT"))
    if r.random() < 0.4:
        blocks.append(lambda: c.inline_related("» {h}"))
    c.story(blocks)
    if r.random() < 0.5:
        c.emit("byline", r.choice(["Nhóm PV Đô thị", "NHÓM PV", f"PV ({c.reporter(r)})"]))
    c.emit_all(c.tags("chu_de"))
    c.emit_all(c.comments(r.randrange(1, 4), "place"))
    c.emit_all(c.comment_form())
    c.emit_all(c.sidebar("Tin mới", r.randrange(3, 6), item="{h} - {ago}"))
    c.emit_all([("widget", "Nhịp Đập Thủ Đô - Tiếng nói của người dân thủ đô"),
                ("widget", "Tổng biên tập: Vương Thanh Sơn"),
                ("widget", "Tòa soạn: 44 phố Lê Đại Hành, Hà Nội - ĐT: 024 3943 1122")])


def lay_kinhteso(c):
    """Business portal: market ticker lines before the title, sapo, infographic labels and graphic credits,
    'Nguồn:' credits, related teasers with '...', 'Chủ đề' tag, newsletter prompt, footer."""
    r = c.r("layout")
    c.emit("site", "Thời Báo Kinh Tế Số")
    c.emit("widget", f"KTS-Index {r.randrange(900, 1400)},{r.randrange(10, 99)} ▲ {r.randrange(0, 3)},{r.randrange(10, 99)}%")
    c.emit("widget", f"Vàng SJN {r.randrange(70, 90)},{r.randrange(1, 9)}0 triệu/lượng")
    c.emit("widget", f"USD {r.randrange(23, 26)}.{r.randrange(100, 999)} đ")
    sec, sub = ("Kinh doanh", "Vĩ mô") if c.topic == "kinhte" else SECTIONS[c.topic]
    c.emit("widget", f"{sec} - {sub}")
    c.emit("title", c.title)
    c.emit("byline", c.reporter(r))
    c.emit("date", fmt_date(c.dt, "timefirst"))
    c.para(0)

    def infographic():
        rr = c.r("infographic")
        who = c.reporter(rr)
        return rr.choice([
            [("caption", f"Infographic: {c.title}"), ("credit", f"Đồ họa: {who}")],
            [("caption", rr.choice(["Diễn biến chính của sự việc", "Các mốc thời gian đáng chú ý",
                                    "Những con số đáng chú ý"])), ("credit", f"Đồ họa: {who}")],
            [("caption", f"Diễn biến chính. Đồ họa: {who}")],
        ])
    blocks = [lambda: c.image(("none", "ownline", "paren"))] * r.randrange(1, 3)
    if r.random() < 0.6:
        blocks.append(infographic)
    blocks.append(lambda: c.related_box(None, 1, item="{h}", teaser=True, teaser_fmt="{t}"))
    c.story(blocks)
    if r.random() < 0.5:
        c.emit("credit", r.choice(["Nguồn: Tổng hợp", "Nguồn: Cơ quan chức năng", f"Nguồn: {r.choice(OTHER_OUTLETS)}"]))
    c.emit_all(c.tags("chu_de"))
    c.emit_all(c.sidebar("Có thể bạn quan tâm", r.randrange(2, 4)))
    c.emit_all([("widget", "Đăng ký nhận bản tin Kinh Tế Số"), ("widget", "Bản tin tài chính gửi tới email mỗi sáng"),
                ("widget", "Đăng ký ngay")])
    c.emit_all([("widget", "Thời Báo Kinh Tế Số"), ("widget", "Giấy phép số 127/GP-BTTTT do Bộ TT&TT cấp"),
                ("widget", "Tổng biên tập: Triệu Hữu Phong"), ("widget", "Email: toasoan@kinhteso.vn")])


def lay_toancanh_crawl(c):
    """A crawler's text field: no menus or footer at all; title, ISO date, 'Tác giả:' line, then story with
    captions (some with credit lines), inline '>>' links, a 'Theo X' signature and a tags line."""
    r = c.r("layout")
    c.emit("title", c.title)
    c.emit("date", fmt_date(c.dt, "iso"))
    c.emit("byline", f"Tác giả: {c.reporter(r)}")
    c.para(0)
    blocks = [lambda: c.image(("none", "ownline", "colon"))] * r.randrange(1, 4)
    if r.random() < 0.6:
        blocks.append(lambda: c.inline_related(">> {h}"))
    if r.random() < 0.3:
        blocks.append(lambda: c.video("inline"))
    c.story(blocks)
    if r.random() < 0.5:
        c.emit("byline", f"Theo {r.choice(OTHER_OUTLETS)}")
    c.emit_all(c.tags("tags"))
    if r.random() < 0.5:
        c.emit("site", "Toàn Cảnh 24/7")


def lay_vntime360(c):
    """Video-first portal: a video block with player controls and ad countdown at the top, caption lines with
    'Video:' credits, gallery-free photos, 'Xem thêm video' related list, emoji reactions, comments."""
    r = c.r("layout")
    c.emit("site", "VNTime 360")
    c.emit_all([("widget", "Video"), ("widget", "Podcast"), ("widget", "Tin nóng"), ("widget", "Chuyên đề")])
    c.emit("title", c.title)
    c.emit("date", fmt_date(c.dt, "tdash"))
    c.emit_all(c.video(r.choice(["player", "top"])))
    c.para(0)
    blocks = [lambda: c.image(("none", "dash"))] * r.randrange(0, 3)
    if r.random() < 0.5:
        blocks.append(lambda: c.video("std"))
    c.story(blocks)
    c.emit("byline", r.choice([c.reporter(r), f"{c.reporter(r)} (thực hiện)", f"Video: {c.reporter(r)}"]))
    c.emit_all(c.reactions("emoji"))
    c.emit_all(c.sidebar("Xem thêm video", r.randrange(2, 5), item="▶ {h}"))
    c.emit_all(c.comments(r.randrange(1, 3), "inline"))
    c.emit_all([("widget", "VNTime 360 - Kênh tin tức đa phương tiện"),
                ("widget", "Hotline: 0904 360 360"), ("widget", "Điều khoản sử dụng | Chính sách bảo mật")])


def lay_bonphuong_agg(c):
    """News aggregator: source outlet name and relative time, story, 'Theo <outlet>' signature, 'Xem bài gốc',
    'Cùng chủ đề' headlines tagged with their outlets, report link, app prompt."""
    r = c.r("layout")
    c.emit("site", "Bốn Phương")
    c.emit_all([("widget", "Tin mới"), ("widget", "Tin nóng"), ("widget", "Chủ đề"), ("widget", "Tải app")])
    src = r.choice(OTHER_OUTLETS)
    c.emit("widget", src)
    c.emit("date", fmt_date(c.dt, "plain"))
    c.emit("title", c.title)
    c.para(0)
    blocks = [lambda: c.image(("none", "paren"))] * r.randrange(1, 3)
    c.story(blocks)
    c.emit("byline", r.choice([f"Theo {src}", f"Theo {src}", f"{c.reporter(r)} (Theo {src})"]))
    c.emit_all([("widget", "Xem bài gốc"), ("widget", "Báo cáo vi phạm")])
    rr = c.r("agg-list")
    items = c.rels(rr.randrange(3, 6))
    if items:
        c.emit("widget", "Cùng chủ đề")
        for h, t in items:
            if rr.random() < 0.5:
                c.emit_all([("related", h), ("widget", f"{rr.choice(OTHER_OUTLETS)} · {c.ago(rr)}")])
            else:
                c.emit("related", f"{h} - {rr.choice(OTHER_OUTLETS)}")
    c.emit_all([("widget", "Đọc nhanh hơn trên ứng dụng Bốn Phương"), ("widget", "Mở ứng dụng")])
    c.emit_all([("widget", "Bốn Phương - Nền tảng tổng hợp tin tức. Tin tức được cập nhật tự động từ các báo"),
                ("widget", "Giấy phép MXH số 88/GP-BTTTT")])


def lay_saomai_emag(c):
    """E-magazine: 'E-MAGAZINE' label, credits team block (Thực hiện / Nội dung / Ảnh / Thiết kế), section
    numerals, big pull quotes, full-width photos with long captions, scroll prompt, series note."""
    r = c.r("layout")
    c.emit("site", "Sao Mai")
    c.emit("widget", r.choice(["E-MAGAZINE", "eMagazine", "Longform"]))
    c.emit("title", c.title)
    c.emit("date", fmt_date(c.dt, "pipe"))
    team = [("byline", f"Thực hiện: {c.reporter(r)}")] if r.random() < 0.4 else [("widget", "Thực hiện:")]
    team += [("byline", f"Nội dung: {c.reporter(r)}"), ("credit", f"Ảnh: {c.reporter(r)}"),
             ("credit", f"Thiết kế: {c.reporter(r)}")]
    if r.random() < 0.5:
        team.append(("credit", f"Video: {c.reporter(r)}"))
    c.emit_all(team)
    c.emit("widget", r.choice(["Cuộn xuống để đọc tiếp", "Kéo xuống để xem"]))
    c.para(0)
    n_sec = [0]

    def section():
        n_sec[0] += 1
        return [("widget", f"0{n_sec[0]}")]
    blocks = [lambda: c.image(("ownline", "none", "ownline_caps"))] * r.randrange(2, 4)
    blocks += [section] * r.randrange(1, 3)
    blocks.append(lambda: c.box_quote("curly"))
    c.story(blocks)
    c.emit("widget", r.choice(["Bài viết thuộc chuyên đề của Sao Mai", "Sao Mai Longform"]))
    c.emit_all([("widget", "Chia sẻ"), ("widget", "Sao chép liên kết")])
    c.emit_all(c.sidebar("Đọc thêm eMagazine", r.randrange(2, 4)))
    c.emit_all([("widget", "© Sao Mai 2025"), ("widget", "Liên hệ tòa soạn: 024 6288 1010")])


def lay_phaptri(c):
    """Law section of a big portal: '>' breadcrumb, 'GMT+7' date, sapo, suspect/evidence photo captions with
    'Ảnh: Cơ quan công an cung cấp', lawyer hotline box, pen names or team bylines, 'Tin liên quan' box."""
    r = c.r("layout")
    c.emit("site", "Báo Pháp Trị")
    if c.topic == "phapluat":
        c.emit("widget", f"Pháp luật > {r.choice(['Hồ sơ vụ án', 'Điều tra', 'An ninh trật tự', 'Bạn đọc'])}")
    else:
        c.emit("widget", " > ".join(SECTIONS[c.topic]))
    c.emit("title", c.title)
    c.emit("date", fmt_date(c.dt, "gmt"))
    c.emit("byline", r.choice([c.reporter(r), r.choice(PEN_NAMES), "Nhóm PV", f"{c.reporter(r)} - {c.reporter(r)}"]))
    c.para(0)
    blocks = [lambda: c.image(("colon", "ownline", "none"))] * r.randrange(1, 3)
    blocks.append(lambda: c.related_box("Tin liên quan", r.randrange(2, 4), item="• {h}"))
    if r.random() < 0.5:
        blocks.append(lambda: c.fact_box(r.choice(["Góc tư vấn", "LUẬT SƯ TƯ VẤN"]), lines=r.choice([
            ["Bạn đọc cần tư vấn pháp luật miễn phí vui lòng gọi 1900 6245",
             "Hoặc gửi câu hỏi về email: tuvan@phaptri.vn"],
            ["Luật sư Triệu Gia Khang, Đoàn Luật sư Lạc Việt", "Hotline tư vấn: 1900 6245 (8h-17h các ngày trong tuần)"],
            ["Gửi câu hỏi cho luật sư", "Câu hỏi của bạn sẽ được trả lời trong vòng 48 giờ."]])))
    c.story(blocks)
    c.emit_all(c.tags("tu_khoa"))
    c.emit_all(c.sidebar("Tin đọc nhiều", r.randrange(3, 5), numbered="dot"))
    c.emit_all([("widget", "Báo Pháp Trị - Cơ quan của Hội Luật gia Lạc Việt"),
                ("widget", "Đường dây nóng: 0966 456 112"), ("widget", "Email: bandoc@phaptri.vn")])


def lay_sucsong(c):
    """Health portal: '›' breadcrumb, short weekday date above the title, byline under it, captions with or
    without '(Ảnh: X)', inline 'Xem thêm:' links, medical disclaimer on health stories, 'Bài viết có hữu ích...'
    poll, newsletter and app prompts."""
    r = c.r("layout")
    c.emit("site", "Sức Sống Online")
    if c.topic == "yte":
        c.emit("widget", f"Sức khỏe › {r.choice(['Y tế', 'Tin y tế', 'Sống khỏe'])}")
    else:
        c.emit("widget", " › ".join(SECTIONS[c.topic]))
    c.emit("date", fmt_date(c.dt, "short"))
    c.emit("title", c.title)
    c.emit("byline", c.reporter(r))
    c.para(0)
    blocks = [lambda: c.image(("none", "paren", "none"))] * r.randrange(1, 4)
    for _ in range(r.randrange(1, 3)):
        blocks.append(lambda: c.inline_related("Xem thêm: {h}"))
    c.story(blocks)
    if c.topic == "yte":
        c.emit("widget", "Thông tin trong bài chỉ mang tính tham khảo, không thay thế cho chẩn đoán của bác sĩ.")
    c.emit_all(c.reactions("useful"))
    c.emit_all(c.sidebar("Tin cùng chuyên mục", r.randrange(2, 5), item="{h}"))
    c.emit_all([("widget", "Nhận bản tin sức khỏe hằng tuần"), ("widget", "Email của bạn"), ("widget", "Gửi")])
    c.emit_all([("widget", "Tải ứng dụng Sức Sống Online"), ("widget", "Tải trên iOS | Tải trên Android")])
    c.emit_all([("widget", "Sức Sống Online - Chuyên trang sức khỏe cộng đồng"),
                ("widget", "Giấy phép số 512/GP-BTTTT"), ("widget", "Hotline: 1900 6152")])


def lay_tinhanggio_mobile(c):
    """Mobile page copied from the browser: sticky 'Tin mới' ticker with clock times above the story, image
    marks 'Ảnh' before each caption, 'Đọc thêm >>' links, a sticky header repeating the headline, numbered
    'Đọc nhiều' with the numbers on their own lines."""
    r = c.r("layout")
    c.emit("site", "Tin Tức Hằng Giờ")
    c.emit_all([("widget", "Mới nhất"), ("widget", "Nóng"), ("widget", "Video")])
    c.emit_all(c.sidebar("Tin mới", r.randrange(2, 4), item="{clock} {h}"))
    c.emit("title", c.title)
    c.emit("date", fmt_date(c.dt, "tdash"))
    c.emit("byline", c.reporter(r))
    c.para(0)
    blocks = [lambda: c.image(("none", "none", "dash"), mark="Ảnh", mark_pos="before")] * r.randrange(1, 3)
    if r.random() < 0.7:
        blocks.append(lambda: c.inline_related("Đọc thêm >> {h}"))
    c.story(blocks)
    if r.random() < 0.5:        # sticky header that repeats the headline while scrolling
        c.emit_all([title_repeat(c), ("widget", "Chia sẻ")])
    c.emit_all(c.sidebar("Đọc nhiều", r.randrange(3, 6), numbered="own"))
    c.emit_all([("widget", "Về trang chủ"), ("widget", "© Tin Tức Hằng Giờ"),
                ("widget", "Liên hệ: tinhanggio@tinhanggio.vn")])


def lay_anhduong(c):
    """Lifestyle-leaning national portal: follow button, photo gallery with '1/6'-style captions, pen-name
    byline, emoji reactions, 'Có thể bạn quan tâm' with teasers, comments, app prompt."""
    r = c.r("layout")
    c.emit("site", "Ánh Dương Media")
    c.emit("title", c.title)
    c.emit("date", fmt_date(c.dt, "short"))
    c.emit("widget", "Theo dõi Ánh Dương Media")
    c.para(0)
    n = r.randrange(3, 7)
    fmt = r.choice(["{i}/{n} {cap}", "Ảnh {i}/{n}: {cap}", "{cap} ({i}/{n})"])
    blocks = [lambda: c.gallery(n, fmt, credit_modes=("none", "none", "paren"))]
    if r.random() < 0.5:
        blocks.append(lambda: c.image(("none",)))
    c.story(blocks)
    c.emit("byline", r.choice(PEN_NAMES + [c.reporter(r)]))
    c.emit_all(c.reactions("emoji"))
    c.emit_all(c.related_box("Có thể bạn quan tâm", r.randrange(2, 4), teaser=True))
    c.emit_all(c.comments(r.randrange(1, 3), "std", header="Bình luận"))
    c.emit_all([("widget", "Mở ứng dụng Ánh Dương để xem thêm"),
                ("widget", "Ánh Dương Media © 2025. Ghi rõ nguồn khi phát hành lại thông tin từ website này.")])


def lay_dongbang(c):
    """Print-origin national daily: ' / ' breadcrumb, 12h date with SA/CH, sapo, captions followed by an
    'Ảnh: NAME' credit line, caps byline with agency or email at the end, 'CÁC TIN, BÀI KHÁC' with dates."""
    r = c.r("layout")
    c.emit("site", "NHẬT BÁO ĐỒNG BẰNG")
    sec, sub = SECTIONS[c.topic]
    c.emit("widget", f"Trang chủ / {sec} / {sub}")
    c.emit("title", c.title)
    c.emit("date", fmt_date(c.dt, "ngay"))
    c.para(0)
    blocks = [lambda: c.image(("ownline", "ownline", "none", "ownline_caps"))] * r.randrange(1, 4)
    c.story(blocks)
    who = c.reporter(r, True)
    c.emit("byline", r.choice([who, f"{who} ({AGENCY})", f"{who} - {email_of(who.title(), 'dongbang.vn')}",
                               f"Bài và ảnh: {who}"]))
    c.emit_all([("widget", "In bài"), ("widget", "Gửi bài viết qua email"), ("widget", "Lên đầu trang")])
    c.emit_all(c.sidebar("CÁC TIN, BÀI KHÁC", r.randrange(3, 6), item="{h} ({ddmm})"))
    c.emit_all([("widget", "Nhật Báo Đồng Bằng - Cơ quan ngôn luận của Liên hiệp các Hội Đồng Bằng"),
                ("widget", "Tổng biên tập: Lưu Kim Thoa"),
                ("widget", "Tòa soạn: 12 Hòa Bình, Ninh Kiều, Cần Thơ - ĐT: 0292 3821 777")])


def lay_bienxanh_reader(c):
    """Reader mode: 'Chế độ đọc' header, byline with reading time, 'Cập nhật:' date, a 'Hình ảnh' mark above
    each caption, '»' links, one hash tag per line, back link."""
    r = c.r("layout")
    c.emit("widget", "Chế độ đọc")
    c.emit("site", "Biển Xanh")
    c.emit("title", c.title)
    c.emit("byline", c.reporter(r))
    c.emit("widget", f"{r.randrange(2, 8)} phút đọc")
    c.emit("date", fmt_date(c.dt, "capnhat"))
    c.para(0)
    blocks = [lambda: c.image(("none", "colon"), mark="Hình ảnh", mark_pos="before")] * r.randrange(1, 3)
    if r.random() < 0.6:
        blocks.append(lambda: c.inline_related("» {h}"))
    c.story(blocks)
    c.emit_all(c.tags("hash_lines"))
    c.emit_all([("widget", "Quay lại bài gốc trên bienxanh.vn")])


def lay_lacviet_agency(c):
    """News agency portal: 'Ngày đăng:' date, byline with (TTXLV) at the end or 'Theo TTXLV', captions with
    'Ảnh: Name/TTXLV', 'Tải ảnh' links, English edition link, 'Tin liên quan' headlines with dates."""
    r = c.r("layout")
    c.emit("site", "Thông tấn Lạc Việt")
    c.emit_all([("widget", "English"), ("widget", "Tiếng Việt")])
    c.emit("date", fmt_date(c.dt, "ngaydang"))
    c.emit("title", c.title)
    c.para(0)

    def agency_img():
        rr = c.r("agency-img")
        cap, kind = c.caption_text(rr, plain=True)
        who = f"{c.reporter(rr)}/{AGENCY}"
        out = rr.choice([[("caption", f"{rstrip_dot(cap)}. Ảnh: {who}")], [("caption", cap), ("credit", f"Ảnh: {who}")],
                         [("caption", f"{rstrip_dot(cap)}. (Ảnh: {who})")]])
        if rr.random() < 0.4:
            out.append(("widget", "Tải ảnh"))
        return out
    blocks = [agency_img] * r.randrange(1, 3)
    c.story(blocks)
    c.emit("byline", r.choice([f"{c.reporter(r)} ({AGENCY})", f"Theo {AGENCY}", f"{c.reporter(r)} - {c.reporter(r)}"]))
    c.emit_all(c.related_box("Tin liên quan", r.randrange(2, 5), item="{h} {ddmm}"))
    c.emit_all([("widget", "Thông tấn xã Lạc Việt"), ("widget", "Giám đốc: Phan Gia Huy"),
                ("widget", "Số 5 Lý Thường Kiệt, Hà Nội - ĐT: 024 3825 0101")])


def lay_thoidaiso_h2t(c):
    """Digital-life portal through an HTML-to-text library: '>' breadcrumb, 'd/m/Y | HH:MM' date, audio,
    'Name - Outlet' byline, captions with 'Nguồn:' credits, 'Xem thêm' links, featured topic list, login
    prompt for comments, newsletter."""
    r = c.r("layout")
    c.emit("site", "Thời Đại Số")
    sec, sub = SECTIONS[c.topic]
    c.emit("widget", f"{sec} > {sub}")
    c.emit("title", c.title)
    c.emit("date", fmt_date(c.dt, "pipe"))
    c.emit("widget", "Nghe bài")
    c.emit("byline", r.choice([f"{c.reporter(r)} - Thời Đại Số", f"{c.reporter(r)} | Thời Đại Số", c.reporter(r)]))
    c.para(0)

    def img():
        rr = c.r("tds-img")
        cap, kind = c.caption_text(rr)
        src = rr.choice(["Nguồn: Internet", f"Nguồn: {rr.choice(OTHER_OUTLETS)}", f"Ảnh: {c.reporter(rr)}",
                         "Nguồn ảnh: Tư liệu"])
        return rr.choice([[("caption", cap), ("credit", src)], [("caption", f"{cap} ({src})")], [("caption", cap)]])
    blocks = [img] * r.randrange(1, 3)
    if r.random() < 0.6:
        blocks.append(lambda: c.inline_related("Xem thêm: {h}"))
    c.story(blocks)
    c.emit_all(c.sidebar("Chủ đề nổi bật", r.randrange(2, 4), item="- {h}"))
    c.emit_all([("widget", "Đăng nhập để bình luận"), ("widget", "0 bình luận")])
    c.emit_all([("widget", "Nhận tin mới nhất từ Thời Đại Số"), ("widget", "Đăng ký")])
    c.emit_all([("widget", "Thời Đại Số - Chuyên trang Đời sống số"), ("widget", "Email: lienhe@thoidaiso.vn")])


LAYOUTS = {name: globals()["lay_" + name] for name in LAYOUT_INFO}


# ----------------------------------------------------------------------------------------------------------
# Scraper faults
# ----------------------------------------------------------------------------------------------------------
def _inner_spaces(s):
    return [i for i, ch in enumerate(s) if ch == " " and 0 < i < len(s) - 1 and s[i - 1] != " " and s[i + 1] != " "]


def _nbsp(s, r):
    sp = _inner_spaces(s)
    if not sp:
        return s
    num = [i for i in sp if s[i - 1].isdigit() or s[i + 1].isdigit()]
    picks = set(r.sample(num, min(len(num), 2)) + r.sample(sp, min(len(sp), r.randrange(1, 3))))
    return "".join("\u00a0" if i in picks else ch for i, ch in enumerate(s))


def _zwsp(s, r):
    sp = _inner_spaces(s)
    if not sp:
        return s
    i = r.choice(sp)
    return s[:i + 1] + "\u200b" + s[i + 1:] if r.random() < 0.6 else s[:i] + "\u200b" + s[i:]


def _dbl(s, r):
    sp = _inner_spaces(s)
    if not sp:
        return s
    i = r.choice(sp)
    return s[:i] + "  " + s[i + 1:]


def apply_faults(ctx, lines):
    r = ctx.r("faults")
    faults = []
    if r.random() < 0.27:
        weights = {"nbsp": 3, "zwsp": 2, "dblspace": 3, "glued": 3, "nfd": 1.5}
        k = 2 if r.random() < 0.25 else 1
        while len(faults) < k:
            f = r.choices(list(weights), list(weights.values()))[0]
            if f not in faults:
                faults.append(f)
    halves = []
    out = [(lab, list(p) if lab == "body" else p) for lab, p in lines]
    if "glued" in faults:
        cands = [i for i, (lab, p) in enumerate(out) if lab == "body" and len(p) >= 2]
        if cands:
            i = r.choice(cands)
            items = out[i][1]
            j = r.randrange(len(items) - 1)
            halves += [items[j], items[j + 1]]
            items[j:j + 2] = [items[j] + items[j + 1]]
        else:
            faults.remove("glued")
    for f, fn, share in (("nbsp", _nbsp, 0.35), ("zwsp", _zwsp, 0.2), ("dblspace", _dbl, 0.25)):
        if f not in faults:
            continue
        touched = 0
        for idx, (lab, p) in enumerate(out):
            if lab == "body":
                for j in range(len(p)):
                    if r.random() < share:
                        p[j] = fn(p[j], r)
                        touched += 1
            elif r.random() < share / 2:
                out[idx] = (lab, fn(p, r))
                touched += 1
        if not touched:
            idx = next(i for i, (lab, p) in enumerate(out) if lab == "body")
            out[idx][1][0] = fn(out[idx][1][0], r)
    if "nfd" in faults:
        out = [(lab, [unicodedata.normalize("NFD", x) for x in p] if lab == "body"
                else unicodedata.normalize("NFD", p)) for lab, p in out]
    return out, faults, halves


# ----------------------------------------------------------------------------------------------------------
# Contract check
# ----------------------------------------------------------------------------------------------------------
class ContractError(Exception):
    pass


def check_page(p, halves=()):
    def fail(msg):
        raise ContractError(f"{p.layout}: {msg}")
    if not isinstance(p.text, str) or not p.text.strip():
        fail("empty text")
    lines = p.text.split("\n")
    for l in lines:
        if not l or l != l.strip():
            fail(f"blank or unstripped line {l!r}")
    if not p.body:
        fail("no body")
    for b in p.body:
        if not isinstance(b, str) or not b or "\n" in b or b != b.strip() or b not in p.text:
            fail(f"bad body item {b!r}")
    for item in p.furniture:
        if len(item) != 2 or item[0] not in KINDS or not item[1] or "\n" in item[1]:
            fail(f"bad furniture {item!r}")
    bi = fi = 0
    unlabelled = []
    for line in lines:
        if fi < len(p.furniture) and line == p.furniture[fi][1]:
            fi += 1
            continue
        for k in (1, 2, 3, 4):
            if bi + k <= len(p.body) and line == " ".join(p.body[bi:bi + k]):
                bi += k
                break
        else:
            unlabelled.append(line)
    if bi != len(p.body):
        fail(f"body items not all placed in order ({bi}/{len(p.body)})")
    if fi != len(p.furniture):
        fail(f"furniture not all placed in order ({fi}/{len(p.furniture)}): {p.furniture[fi]!r}")
    if len(unlabelled) > 3:
        fail(f"{len(unlabelled)} unlabelled lines: {unlabelled!r}")
    bn = {norm(b) for b in p.body} | {norm(h) for h in halves}
    for k, l in p.furniture:
        if norm(l) in bn:
            fail(f"furniture equals a body sentence: {l!r}")
    for l in unlabelled:
        if norm(l) in bn:
            fail(f"unlabelled line equals a body sentence: {l!r}")


# ----------------------------------------------------------------------------------------------------------
# Pages
# ----------------------------------------------------------------------------------------------------------
def _related_pool(related):
    pool = []
    for row, t, a in related:
        head = detok(t)
        sents = split_sentences(detok(a))
        good = [x for x in sents[:-1] or sents
                if len(x.split()) >= 12 and not CAPMARK.search(x) and ":" not in " ".join(x.split()[:6])]
        src = ""
        if good:
            i = sents.index(good[0])
            src = good[0] if len(good[0]) >= 80 or i + 1 >= len(sents) else good[0] + " " + sents[i + 1]
        if head:
            pool.append((row, head, src))
    return pool


def _layout_of(row):
    order = sorted(LAYOUT_INFO)
    rng(BODY_ROWS.start, "layout-order").shuffle(order)
    return order[(row - BODY_ROWS.start) % len(order)]


def build(train_path):
    body_rows, related = read_rows(train_path)
    pool = _related_pool(related)
    out = []
    for row, t, a in body_rows:
        title = detok(t)
        maybe_cut = len(a) == 1201
        body = story_sentences(title, a, maybe_cut)
        if not body:
            continue
        layout = _layout_of(row)
        ctx = Ctx(row, title, body, pool, layout)
        LAYOUTS[layout](ctx)
        bodynorms = {norm(s) for s in body}
        lines = []
        for lab, payload in ctx.lines:
            if lab == "body":
                lines.append((lab, payload))
                continue
            payload = re.sub(r"\s+", " ", payload).strip()
            if not payload or norm(payload) in bodynorms:
                continue
            if lab == "related" and norm(payload) == norm(title):
                continue
            lines.append((lab, payload))
        lines, faults, halves = apply_faults(ctx, lines)
        text_lines, items, furn = [], [], []
        for lab, payload in lines:
            if lab == "body":
                items.extend(payload)
                text_lines.append(" ".join(payload))
            else:
                text_lines.append(payload)
                if lab in KINDS:
                    furn.append((lab, payload))
        page = Page("\n".join(text_lines), items, furn, layout)
        check_page(page, halves)
        out.append((page, faults))
    return out


def pages(train_path):
    return [p for p, f in build(train_path)]


def totals(built):
    cols = ["pages", "body", "lines"] + list(KINDS) + list(FAULTS)
    rows = {}
    for p, faults in built:
        t = rows.setdefault(p.layout, dict.fromkeys(cols, 0))
        t["pages"] += 1
        t["body"] += len(p.body)
        t["lines"] += len(p.text.split("\n"))
        for k, l in p.furniture:
            t[k] += 1
        for f in faults:
            t[f] += 1
    total = dict.fromkeys(cols, 0)
    for t in rows.values():
        for c in cols:
            total[c] += t[c]
    head = f"{'layout':<20}" + "".join(f"{c:>9}" for c in cols)
    out = [head, "-" * len(head)]
    for name in sorted(rows):
        out.append(f"{name:<20}" + "".join(f"{rows[name][c]:>9}" for c in cols))
    out.append("-" * len(head))
    out.append(f"{'TOTAL':<20}" + "".join(f"{total[c]:>9}" for c in cols))
    faulty = sum(1 for p, f in built if f)
    out.append(f"pages with at least one scraper fault: {faulty} of {len(built)}")
    return "\n".join(out)


def main(argv):
    if len(argv) != 2:
        print("usage: python3 make.py /path/to/vietnews_train.jsonl.gz", file=sys.stderr)
        return 2
    built = build(argv[1])
    print(totals(built))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
