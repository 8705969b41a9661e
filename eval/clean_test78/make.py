#!/usr/bin/env python3
"""Held-out evaluation set `test78` (theme: business and markets news).

Builds labelled scraped pages of invented Vietnamese business dailies and market
portals from VietNews rows.  Standard library only.  See README.md.

    python3 make.py /work/shared/data/vietnews_train.jsonl.gz
"""
import gzip
import json
import random
import re
import sys
import unicodedata
from collections import OrderedDict
from datetime import datetime, timedelta
from pathlib import Path
from typing import List, NamedTuple, Tuple

SET_NAME = "test78"
SEED = 7878
BODY_ROWS = range(16_900, 17_000)
RELATED_ROWS = range(15_100, 15_200)
KINDS = ("byline", "credit", "caption", "related", "widget")


class Page(NamedTuple):
    text: str
    body: List[str]
    furniture: List[Tuple[str, str]]
    layout: str


def R(row, purpose):
    return random.Random(f"{SET_NAME}|{SEED}|{row}|{purpose}")


# --------------------------------------------------------------------------
# normalisation
ZW_RE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")


def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = ZW_RE.sub("", s)
    s = re.sub(r"\s+", "", s)
    return s.casefold()


# --------------------------------------------------------------------------
# reading
def read_rows(path):
    """Stream the file once; return (body rows [(row,title,article)], related [(row,title,art1200)])."""
    body, rel = [], []
    last = max(BODY_ROWS.stop, RELATED_ROWS.stop) - 1
    with gzip.open(str(path), "rb") as f:
        for i, raw in enumerate(f):
            if i > last:
                break
            inb, inr = i in BODY_ROWS, i in RELATED_ROWS
            if not (inb or inr):
                continue
            if not raw.strip():
                continue
            try:
                d = json.loads(raw.decode("utf-8", "replace"))
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
            if inr:
                rel.append((i, t, a[:1200]))
    return body, rel


# --------------------------------------------------------------------------
# detokenising
def _pair(s, q):
    """Attach spaced straight quotes: decide opening/closing from context, else alternate."""
    parts = s.split(q)
    if len(parts) < 2:
        return s
    is_open = False
    for j in range(len(parts) - 1):
        before, after = parts[j], parts[j + 1]
        nb = before.rstrip()[-1:] if before.strip() else ""
        na = after.lstrip()[:1]
        if na == "" or na in ",.;:!?)…]":
            opening = False
        elif nb == "" or nb in ".!?…:([,":
            opening = True
        elif not before.endswith(" ") and after.startswith(" "):
            opening = False
        elif before.endswith(" ") and not after.startswith(" "):
            opening = True
        else:
            opening = not is_open
        if opening:
            parts[j + 1] = after.lstrip()
            is_open = True
        else:
            parts[j] = before.rstrip()
            is_open = False
    return q.join(parts)


def detok(s):
    s = s.replace("_", " ")
    s = re.sub(r"\s+", " ", s).strip()
    s = re.sub(r"“\s+", "“", s)
    s = re.sub(r"\s+”", "”", s)
    s = re.sub(r"‘\s+", "‘", s)
    s = re.sub(r"\s+’", "’", s)
    s = _pair(s, '"')
    # spaced single straight quotes used as quotation marks (never apostrophes inside words)
    pos = [m.start() for m in re.finditer(r"(?:(?<=\s)|^)'(?=\s|$|[,.;:!?)…])", s)]
    if len(pos) >= 2:
        pos = pos[: len(pos) - len(pos) % 2]
        chars = list(s)
        for n, p in enumerate(pos):
            if n % 2 == 0 and p + 1 < len(chars) and chars[p + 1] == " ":
                chars[p + 1] = ""
            elif n % 2 == 1 and p - 1 >= 0 and chars[p - 1] == " ":
                chars[p - 1] = ""
        s = "".join(chars)
    s = re.sub(r"\s+([,.;:!?%…)\]])", r"\1", s)
    s = re.sub(r"([(\[])\s+", r"\1", s)
    s = re.sub(r"\s+/\s+", "/", s)
    s = re.sub(r"\s+", " ", s).strip()
    return s


# --------------------------------------------------------------------------
# sentences
ABBR = {"tp", "ts", "gs", "pgs", "ths", "bs", "q", "p", "th", "bsck", "ks", "ls", "nxb", "st", "mr",
        "mrs", "ms", "dr", "co", "inc", "ltd", "vs", "no", "tt", "h", "km", "tr", "cn", "ncs", "kts", "nsưt",
        "nsnd", "đ", "pgs.ts", "gs.ts", "ths.bs", "bs.ckii", "bs.cki", "ttưt", "nhà", "st."}
TERM = ".!?…"
OPENQ = "“\"‘'(["
CLOSEQ = "”\"’')]"


def _is_abbr(before):
    m = re.search(r"(\S+)$", before)
    if not m:
        return False
    w = m.group(1).lstrip(OPENQ)
    wl = w.lower()
    if wl in ABBR:
        return True
    if len(w) == 1 and w.isalpha():
        return True
    if re.fullmatch(r"(?:\w{1,3}\.)+\w{1,3}", w):
        return True
    return False


def naive_split(text):
    out, start = [], 0
    for m in re.finditer(r"[.!?…]+[”\"’')\]]*\s+", text):
        nxt = text[m.end(): m.end() + 2]
        if not nxt:
            continue
        c = nxt[0]
        if c in OPENQ and len(nxt) > 1:
            c = nxt[1]
        if not (c.isupper() or c.isdigit()):
            continue
        punct = m.group(0).rstrip()
        core = punct.rstrip("”\"’')]")
        if core == ".":
            if _is_abbr(text[start:m.start()]):
                continue
        out.append(text[start:m.end()].strip())
        start = m.end()
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return out


def balanced(s):
    if s.count('"') % 2:
        return False
    if s.count("“") != s.count("”"):
        return False
    if s.count("(") != s.count(")") or s.count("[") != s.count("]"):
        return False
    depth = 0
    for ch in s:
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
            if depth < 0:
                return False
    opens = 0
    for ch in s:
        if ch == "“":
            opens += 1
        elif ch == "”":
            opens -= 1
            if opens < 0:
                return False
    return True


def split_sentences(text):
    pieces = naive_split(text)
    out, i = [], 0
    while i < len(pieces):
        s = pieces[i]
        if balanced(s):
            out.append(s)
            i += 1
            continue
        acc, ok = s, False
        for j in range(i + 1, min(i + 5, len(pieces))):
            acc = acc + " " + pieces[j]
            if balanced(acc):
                out.append(acc)
                i = j + 1
                ok = True
                break
        if not ok:
            out.append(s)
            i += 1
    return out


CAPTION_MARKS = ["ảnh:", "(ảnh", "ảnh minh", "minh hoạ", "minh họa", "(trái)", "(phải)", "(giữa)",
                 "nguồn:", "đồ hoạ", "đồ họa", "video:", "clip:", "infographic", "photo:", "(video",
                 "(clip", "ảnh chụp màn hình", "(từ trái", "từ trái sang", "(ngồi", "(đứng", "ảnh tư liệu",
                 "ảnh: ", "(nguồn", "bên trái)", "bên phải)", "ngoài cùng", "từ trái qua", "(thứ hai từ", "(thứ ba từ", "xem video", "xem clip", "(anh", "(chị", "(ông", "(bà"]
CAPTION_OPENERS = ("hiện trường", "toàn cảnh", "quang cảnh", "khung cảnh", "cảnh ", "chân dung", "bên trong",
                   "bức ảnh", "hình ảnh", "dự báo đường đi", "bản đồ", "sơ đồ", "biểu đồ", "đường đi của",
                   "khu vực xảy ra", "nơi xảy ra", "một góc", "phối cảnh", "mô hình", "lực lượng chức năng có mặt")
REPORT = ["cho biết", "nói", "chia sẻ", "khẳng định", "cho hay", "nhấn mạnh", "tiết lộ", "kể", "trả lời",
          "giải thích", "phát biểu", "nhận định", "đánh giá", "thừa nhận", "bày tỏ", "tuyên bố",
          "xác nhận", "thông báo", "đề nghị", "yêu cầu", "báo cáo", "dự báo", "ước tính", "cảnh báo",
          "nhận xét", "lưu ý", "khuyến cáo", "cho rằng", "thông tin", "kết luận", "đề xuất", "công bố",
          "phản ánh", "khai nhận", "trình bày", "tâm sự", "thổ lộ", "hỏi", "kiến nghị", "dự kiến",
          "quyết định", "khuyên", "lý giải", "phân tích", "nêu rõ", "tin rằng", "ghi nhận", "theo ông",
          "theo bà", "theo anh", "theo chị", "theo lãnh đạo", "theo đại diện", "theo thống kê",
          "theo số liệu", "theo báo cáo", "theo kế hoạch", "theo quy định", "theo cơ quan"]
CONNECTIVES = ["tuy nhiên", "trong khi đó", "ngoài ra", "bên cạnh đó", "do đó", "vì vậy", "vì thế",
               "theo đó", "trước đó", "sau đó", "đồng thời", "mặt khác", "trong đó", "cụ thể", "đặc biệt",
               "hiện nay", "hiện,", "thế nhưng", "nhưng", "tuy vậy", "dù vậy", "dẫu vậy", "còn", "cũng",
               "song", "bởi vậy", "như vậy", "thậm chí", "ngay sau đó", "cùng với đó", "tính đến",
               "theo", "khi", "nếu", "mặc dù", "dù", "vì", "do", "để", "sau khi", "trước khi",
               "kết quả", "riêng", "không chỉ", "ngoài", "bởi", "thực tế", "trước tình", "lúc này",
               "từ đó", "nhờ", "chính vì", "trước", "sau", "hơn nữa", "do vậy", "vậy nhưng", "điều này",
               "năm", "đến nay", "hiện tại", "trong năm", "từ năm", "ngày", "đến"]


def _has_word(s, phrase):
    t = " " + re.sub(r"[^\w\s]", " ", s.lower()) + " "
    t = re.sub(r"\s+", " ", t)
    return (" " + phrase + " ") in t


def keep_sentence(s, title_n, seen):
    words = s.split()
    n = len(words)
    if n < 8 or n > 110:
        return False
    low = s.lower()
    if any(m in low for m in CAPTION_MARKS):
        return False
    if any(ch in s for ch in "|•»«▶►■◆"):
        return False
    if not balanced(s):
        return False
    core = s.rstrip("”\"’')]")
    if not core or core[-1] not in TERM:
        return False
    first = s.lstrip(OPENQ)
    if not first or first[0].islower() or not (first[0].isalpha() or first[0].isdigit()):
        return False
    if ":" in " ".join(words[:6]):
        return False
    if re.search(r"[.!?…]\s*\(?Theo [^.!?]{1,60}\)?\.?$", s) or re.search(r"\bTheo [A-ZĐ][\w.]*(?: [\w.]+){0,4}\)?$", s):
        return False
    if "http" in low or "www." in low or "@" in s:
        return False
    key = norm(s)
    if key in seen or key == title_n:
        return False
    if n <= 30 and (low.startswith(CAPTION_OPENERS) or ", nơi " in s):
        return False
    if n <= 22 or (n <= 30 and "," not in s):
        ok = any(_has_word(s, v) for v in REPORT)
        ok = ok or (any(q in s for q in "“\"") and ("," in s))
        fl = " ".join(w.lower() for w in words[:3])
        fl = fl.replace(",", "") if not fl.startswith("hiện,") else fl
        ok = ok or any((fl + " ").startswith(c + " ") for c in CONNECTIVES)
        if not ok:
            return False
    seen.add(key)
    return True


def story_sentences(title, article):
    text = detok(article)
    sents = split_sentences(text)
    if sents and text and text.rstrip("”\"’')]")[-1:] not in TERM:
        sents = sents[:-1]          # article cut mid-sentence
    tn = norm(title)
    seen = set()
    return [s for s in sents if keep_sentence(s, tn, seen)]


# --------------------------------------------------------------------------
# story entities for captions
HON = {"ông", "bà", "anh", "chị"}
TITLE_WORDS = {"Phó", "Chủ", "Giám", "Trưởng", "Bí", "Thứ", "Tổng", "Viện", "Cục", "Sở", "Hiệu", "Chánh", "Đội",
               "Uỷ", "Ủy", "Bộ", "Trung", "Đại", "Thượng", "Trung", "Thiếu", "Chi", "Công", "Ban", "Hội", "Nguyên",
               "Tân", "Cựu", "Chuyên", "Luật", "Bác", "Kiểm", "Thanh"}


def entities(sents):
    people, places = [], []
    for s in sents:
        toks = s.split()
        for k, t in enumerate(toks):
            if t.lower() in HON and k + 1 < len(toks):
                name = []
                for u in toks[k + 1: k + 4]:
                    w = u.strip(",.;:()“”\"'!?")
                    if w in TITLE_WORDS:
                        break
                    if w and w[0].isupper() and w.isalpha():
                        name.append(w)
                        if w != u:
                            break
                    else:
                        break
                if 2 <= len(name) <= 3:
                    nm = (t.lower(), " ".join(name))
                    if nm not in people:
                        people.append(nm)
        for m in re.finditer(r"\b(Hà Nội|TP HCM|TP\. HCM|TP\.HCM|Đà Nẵng|Hải Phòng|Cần Thơ|(?:tỉnh|huyện|quận|thị xã|thành phố) [A-ZĐ]\w+(?: [A-ZĐ]\w+){0,2})", s):
            p = m.group(1)
            if p not in places:
                places.append(p)
    return people[:6], places[:6]


# --------------------------------------------------------------------------
# invented world
SURN = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Phan", "Trịnh", "Đinh", "Lưu", "Tạ"]
MID = ["Minh", "Thu", "Hoài", "Ngọc", "Thanh", "Quốc", "Bảo", "Hải", "Khánh", "Đức", "Phương", "Diệu", "Gia", "Tuấn", "Mỹ", "Hữu", "Kim", "Xuân"]
GIV = ["An", "Châu", "Khôi", "Linh", "Nam", "Vy", "Trang", "Hưng", "Long", "Yến", "Hà", "Phong", "Giang", "Tâm", "Quân", "Thảo", "Duy", "Nhi", "Sơn", "Lam"]
COMPANIES = [
    ("Công ty CP Thép Phú Hưng", "PHT", "HOSE"), ("Tập đoàn Đầu tư Hải Đăng", "HDG", "HOSE"),
    ("Công ty CP Thực phẩm Sao Mai Xanh", "SMX", "HNX"), ("Ngân hàng TMCP Phương Nam Việt", "PNV", "HOSE"),
    ("Công ty CP Bất động sản Lạc Hồng Land", "LHL", "HOSE"), ("Công ty CP Dược phẩm Trường Xuân", "TXP", "UPCoM"),
    ("Công ty CP Cảng biển Vịnh Ngọc", "VNC", "HNX"), ("Công ty CP Nhựa Kim Thành", "KTN", "HOSE"),
    ("Công ty CP Chứng khoán Hưng Phát", "HPS", "HNX"), ("Công ty CP Năng lượng Tây Nguyên Xanh", "TNX", "UPCoM"),
    ("Công ty CP Dệt may Bình Minh Phát", "BMP2", "UPCoM"), ("Tổng công ty Vận tải Đông Hải", "DHT", "HOSE"),
]
ANALYSTS = ["Giám đốc Khối phân tích, Công ty Chứng khoán Hưng Phát",
            "Chuyên gia chiến lược, Công ty Quản lý quỹ An Tín",
            "Trưởng phòng Nghiên cứu, Chứng khoán Đông Phong",
            "Chuyên viên phân tích cao cấp, Chứng khoán Minh Đạt",
            "Giám đốc Đầu tư, Quỹ Sao Bắc Capital"]
ANALYST_QUOTES = [
    "Dòng tiền đang có dấu hiệu quay lại nhóm cổ phiếu vốn hoá lớn, nhưng nhà đầu tư không nên mua đuổi.",
    "Thanh khoản chưa cải thiện thì mọi nhịp hồi của chỉ số đều cần được quan sát thận trọng.",
    "Chúng tôi duy trì khuyến nghị nắm giữ với nhóm ngân hàng và bán lẻ trong quý tới.",
    "Vùng hỗ trợ gần nhất của chỉ số nằm quanh ngưỡng tâm lý, tỷ trọng cổ phiếu nên giữ ở mức vừa phải.",
    "Áp lực tỷ giá là rủi ro lớn nhất với thị trường trong nửa cuối năm.",
    "Kết quả kinh doanh quý này sẽ là chất xúc tác chính cho nhóm cổ phiếu đầu ngành.",
    "Khối ngoại bán ròng chủ yếu mang tính cơ cấu danh mục, chưa phải tín hiệu rút vốn.",
]
SPONSORED = [
    "Mở tài khoản chứng khoán trực tuyến trong 5 phút, miễn phí giao dịch 3 tháng đầu",
    "Gửi tiết kiệm online lãi suất đến 7,2%/năm tại Ngân hàng Phương Nam Việt",
    "Căn hộ ven sông Lạc Hồng Riverside chính thức mở bán đợt cuối",
    "Thẻ tín dụng hoàn tiền 8% cho mọi giao dịch mua sắm cuối tuần",
    "Bảo hiểm sức khỏe An Khang Gia cho cả gia đình chỉ từ 9.000 đồng/ngày",
    "Trái phiếu doanh nghiệp kỳ hạn 24 tháng, lãi suất cố định hấp dẫn",
    "Hội thảo miễn phí: Chiến lược đầu tư cổ phiếu cho người mới bắt đầu",
    "Vay mua ô tô lãi suất ưu đãi 0% trong 6 tháng đầu",
]
PR_ITEMS = [
    "Nhựa Kim Thành ra mắt dòng sản phẩm thân thiện môi trường",
    "Dược phẩm Trường Xuân đạt chứng nhận GMP-EU cho nhà máy mới",
    "Thép Phú Hưng ký hợp đồng xuất khẩu 50.000 tấn sang châu Âu",
    "Cảng Vịnh Ngọc đón chuyến tàu container lớn nhất từ trước đến nay",
    "Sao Mai Xanh khánh thành trung tâm phân phối tại Bình Dương",
    "Hải Đăng Group trao 500 suất học bổng cho sinh viên nghèo",
    "Năng lượng Tây Nguyên Xanh đóng điện dự án điện mặt trời 50 MW",
    "Vận tải Đông Hải mở tuyến logistics lạnh Bắc - Nam",
]
BIZ_TAGS = ["chứng khoán", "VN-Index", "cổ phiếu", "thị trường", "doanh nghiệp", "lãi suất", "tỷ giá",
            "giá vàng", "đầu tư", "kinh tế vĩ mô", "ngân hàng", "bất động sản", "khối ngoại", "trái phiếu"]
SCENES = [
    "Nhà đầu tư theo dõi bảng điện tại một công ty chứng khoán ở TP HCM.",
    "Giao dịch tại quầy của một ngân hàng thương mại trên phố Bà Triệu.",
    "Khách hàng mua bán vàng miếng tại một cửa hàng kinh doanh vàng bạc.",
    "Hàng hóa được xếp dỡ tại một cảng container phía Nam.",
    "Một góc khu đô thị mới nhìn từ trên cao.",
    "Công nhân làm việc trong dây chuyền sản xuất của một doanh nghiệp dệt may.",
    "Người dân giao dịch tại một điểm thu đổi ngoại tệ ở Hà Nội.",
    "Dòng xe ùn tắc trên một tuyến đường cửa ngõ giờ cao điểm.",
    "Quang cảnh một phiên đại hội đồng cổ đông thường niên.",
    "Người mua sắm tại một siêu thị điện máy trong ngày khai trương.",
]
PHOTOGS = ["Hoàng Nam", "Quang Minh", "Thuỳ Dương", "Ngọc Thắng", "Việt Hà", "Đức Anh", "Tuệ Lâm", "Bảo Khánh"]


def vn(x, dec=0):
    s = f"{x:,.{dec}f}"
    return s.replace(",", "#").replace(".", ",").replace("#", ".")


def sign(x, dec=2):
    return ("+" if x >= 0 else "-") + vn(abs(x), dec)


def person(rng):
    return f"{rng.choice(SURN)} {rng.choice(MID)} {rng.choice(GIV)}"


def short_name(rng):
    return f"{rng.choice(MID)} {rng.choice(GIV)}"


WEEKDAY = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def vni(d):
    base = {2016: 610, 2017: 800, 2018: 1010, 2019: 970}[d.year]
    return base + (d.month - 6) * 6 + (d.day % 7) * 3.17


def hnx(d):
    return {2016: 80, 2017: 102, 2018: 118, 2019: 104}[d.year] + (d.day % 5) * 0.83


def usd(d):
    return {2016: 22300, 2017: 22700, 2018: 22900, 2019: 23170}[d.year] + (d.month * 10)


def gold(d):
    return {2016: 34500, 2017: 36200, 2018: 36600, 2019: 38100}[d.year] + d.month * 40


# --------------------------------------------------------------------------
# widget generators: each returns list of (kind, line)
def W(*lines):
    return [("widget", l) for l in lines]


def ticker_strip(rng, d):
    a, b, c = rng.uniform(-12, 12), rng.uniform(-1.5, 1.5), rng.uniform(-0.6, 0.6)
    v = vni(d)
    return W(f"VN-Index {vni(d):.2f} {'▲' if a >= 0 else '▼'} {abs(a):.2f} ({a / v * 100:+.2f}%) | "
             f"HNX-Index {hnx(d):.2f} {'▲' if b >= 0 else '▼'} {abs(b):.2f} | UPCoM {55 + c:.2f} {'▲' if c >= 0 else '▼'} {abs(c):.2f}"
             .replace(".", ","))


def index_box(rng, d):
    out = [("widget", rng.choice(["CHỈ SỐ THỊ TRƯỜNG", "Thị trường hôm nay", "CHỨNG KHOÁN TRONG NƯỚC"]))]
    for nm, val in (("VN-INDEX", vni(d)), ("HNX-INDEX", hnx(d)), ("UPCOM-INDEX", 55.3 + rng.random()), ("VN30", vni(d) * 0.93)):
        ch = rng.uniform(-1.2, 1.2) * val / 100
        out.append(("widget", f"{nm} {vn(val, 2)} {sign(ch)} ({sign(ch / val * 100)}%)"))
    out.append(("widget", f"Cập nhật lúc 15:0{rng.randint(0, 5)} ngày {d:%d/%m/%Y}"))
    return out


def gold_table(rng, d):
    g = gold(d)
    out = W(rng.choice(["GIÁ VÀNG (nghìn đồng/lượng)", "Bảng giá vàng trong nước", "GIÁ VÀNG HÔM NAY"]),
            "Loại | Mua vào | Bán ra")
    for nm, off in (("Vàng miếng Kim Long Phát", 0), ("Vàng nhẫn Ngọc Thịnh 9999", -1300), ("Nữ trang 24K", -1700)):
        buy = g + off + rng.randint(-5, 5) * 10
        out.append(("widget", f"{nm} | {vn(buy)} | {vn(buy + rng.choice([200, 250, 300]))}"))
    out.append(("widget", f"Vàng thế giới: {vn(1150 + (d.year - 2016) * 60 + rng.uniform(0, 80), 1)} USD/ounce"))
    return out


def fx_table(rng, d):
    u = usd(d)
    out = W(rng.choice(["TỶ GIÁ NGOẠI TỆ", "Tỷ giá tham khảo tại ngân hàng", "Tỷ giá hôm nay"]),
            "Mã | Mua | Bán")
    rows = [("USD", u, u + 70), ("EUR", u * 1.14, u * 1.17), ("JPY", u / 110, u / 106), ("CNY", u / 6.7, u / 6.5)]
    for c, a, b in rows:
        dec = 2 if c in ("JPY", "CNY") else 0
        out.append(("widget", f"{c} | {vn(a, dec)} | {vn(b, dec)}"))
    return out


def commodity_line(rng, d):
    return W(f"Dầu Brent {vn(rng.uniform(45, 80), 2)} USD/thùng | Xăng RON95 {vn(rng.choice([17, 18, 19, 20]) * 1000 + rng.randint(0, 9) * 100)} đ/lít | "
             f"USD/VND {vn(usd(d))}")


def company_box(rng, comp):
    nm, tk, ex = comp
    out = W(rng.choice(["HỒ SƠ DOANH NGHIỆP", "Thông tin cổ phiếu", "Hồ sơ công ty"]),
            f"{nm} (mã: {tk})",
            f"Sàn niêm yết: {ex}",
            f"Vốn điều lệ: {vn(rng.randint(3, 60) * 50)} tỷ đồng",
            f"Vốn hóa: {vn(rng.randint(8, 900) * 10)} tỷ đồng",
            f"P/E: {vn(rng.uniform(6, 25), 1)} | EPS: {vn(rng.randint(8, 60) * 100)} đồng")
    return out


def stock_quote(rng, comp):
    nm, tk, ex = comp
    p = rng.randint(80, 900) * 100
    ch = rng.randint(-15, 15) * 100
    return W(f"{tk} ({ex}) {vn(p)} {'▲' if ch >= 0 else '▼'} {vn(abs(ch))} ({sign(ch / p * 100)}%) | KL: {vn(rng.randint(10, 900) * 1000)}")


def earnings_table(rng, comp):
    nm, tk, ex = comp
    q = rng.choice(["quý I", "quý II", "quý III", "6 tháng", "9 tháng"])
    y = rng.choice([2016, 2017, 2018])
    out = W(f"KẾT QUẢ KINH DOANH {q.upper()}/{y} CỦA {tk} (tỷ đồng)",
            f"Chỉ tiêu | {q[0].upper() + q[1:]}/{y} | Cùng kỳ | Tăng/giảm")
    rev = rng.randint(300, 9000)
    for lab, v in (("Doanh thu thuần", rev), ("Lợi nhuận gộp", rev * rng.uniform(0.1, 0.3)),
                   ("Lợi nhuận sau thuế", rev * rng.uniform(0.03, 0.12))):
        g = rng.uniform(-0.3, 0.5)
        out.append(("widget", f"{lab} | {vn(v)} | {vn(v / (1 + g))} | {sign(g * 100, 1)}%"))
    out.append(("credit", f"Nguồn: BCTC hợp nhất {tk}"))
    return out


def analyst_quote(rng, as_lines=2):
    q = rng.choice(ANALYST_QUOTES)
    who = f"{rng.choice(['Ông', 'Bà'])} {person(rng)}"
    role = rng.choice(ANALYSTS)
    if as_lines == 1:
        return W(f"“{q}” - {who}, {role}")
    return W(f"“{q}”", f"{who} - {role}")


def sponsored_block(rng, head="DOANH NGHIỆP"):
    items = rng.sample(SPONSORED, 2)
    return W(head, *items, "Nội dung được tài trợ")


def pr_block(rng):
    items = rng.sample(PR_ITEMS, 3)
    return W(rng.choice(["THÔNG TIN DOANH NGHIỆP", "Thông tin doanh nghiệp", "TIN DOANH NGHIỆP"]), *items)


def newsletter(rng, site):
    return W(rng.choice([f"Đăng ký nhận bản tin {site} mỗi sáng", "Nhận bản tin thị trường 7h sáng qua email",
                         "Bản tin tài chính cá nhân hàng tuần - miễn phí"]),
             rng.choice(["Nhập địa chỉ email", "Email của bạn", "Địa chỉ email của bạn"]),
             rng.choice(["Đăng ký", "ĐĂNG KÝ NGAY", "Gửi"]))


def premium_prompt(rng, site):
    return W(rng.choice(["Nội dung dành cho hội viên", "BÀI VIẾT PREMIUM", "Dành riêng cho thành viên Plus"]),
             rng.choice([f"Đăng ký gói {site} Plus chỉ từ 49.000 đồng/tháng để đọc toàn bộ phân tích và khuyến nghị.",
                         "Mở khóa toàn bộ bài viết và dữ liệu tài chính doanh nghiệp với tài khoản trả phí.",
                         "Bạn đã đọc hết 3 bài miễn phí trong tháng này."]),
             rng.choice(["Đăng nhập", "Đăng ký ngay", "Dùng thử 7 ngày"]))


def disclaimer(rng):
    return W(rng.choice([
        "Thông tin trong bài viết chỉ mang tính chất tham khảo, không phải là khuyến nghị mua hoặc bán chứng khoán.",
        "Nhà đầu tư cần tự chịu trách nhiệm với quyết định đầu tư của mình; tòa soạn không chịu trách nhiệm về các thiệt hại phát sinh.",
        "Khuyến cáo: Dữ liệu giá được cập nhật có độ trễ 15 phút và chỉ dùng để tham khảo.",
        "Miễn trừ trách nhiệm: Bài viết không nhằm mục đích tư vấn đầu tư; mọi quyết định đầu tư thuộc về nhà đầu tư.",
    ]))


def share_row(rng):
    return W(rng.choice(["Chia sẻ: Facebook | Zalo | Twitter | Email", "Facebook Zalo In bài", "Thích | Chia sẻ | Lưu bài",
                         "Gửi bài viết qua email | In bài viết"]))


def tags(rng, people, places):
    t = rng.sample(BIZ_TAGS, rng.randint(2, 3))
    if places:
        t.append(places[0])
    if people:
        t.append(people[0][1])
    return W(rng.choice(["Từ khóa: ", "Tags: ", "Chủ đề: "]) + ", ".join(t))


def comments(rng):
    n = rng.randint(0, 24)
    out = W(f"Bình luận ({n})")
    if n:
        for _ in range(rng.randint(1, 2)):
            out.append(("widget", f"{person(rng)}: " + rng.choice([
                "Bài viết hay, mong tòa soạn cập nhật thêm diễn biến.",
                "Thị trường kiểu này thì nhỏ lẻ chỉ có đứng ngoài thôi.",
                "Cảm ơn tác giả, thông tin rất hữu ích.",
                "Không biết cổ phiếu ngành này còn cơ hội không các bác?"])))
        out.append(("widget", rng.choice(["Trả lời | Thích", "Xem thêm bình luận", "Gửi bình luận"])))
    else:
        out.append(("widget", "Hãy là người đầu tiên bình luận về bài viết này"))
    return out


def poll(rng):
    return W(rng.choice(["BÌNH CHỌN", "Thăm dò ý kiến"]),
             "Theo bạn, VN-Index sẽ đi về đâu trong tháng tới?",
             "Vượt đỉnh cũ", "Đi ngang tích lũy", "Điều chỉnh giảm",
             rng.choice(["Biểu quyết | Xem kết quả", "Bình chọn"]))


def footer(rng, site, dom):
    return W(f"© {rng.choice([2016, 2017, 2018, 2019])} {site}. Bản quyền thuộc về {site}.",
             f"Giấy phép số {rng.randint(10, 480)}/GP-BTTTT do Bộ Thông tin và Truyền thông cấp.",
             f"Tòa soạn: {rng.randint(2, 120)} {rng.choice(['Lê Văn Lương, Hà Nội', 'Nguyễn Thị Minh Khai, TP HCM', 'Trần Hưng Đạo, Hà Nội', 'Láng Hạ, Hà Nội', 'Nam Kỳ Khởi Nghĩa, TP HCM'])}"
             f" | Hotline: 09{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(100, 999)}",
             f"Liên hệ quảng cáo: quangcao@{dom}")


def ad(rng):
    return W(rng.choice(["Quảng cáo", "QUẢNG CÁO", "Advertisement"]),
             rng.choice(SPONSORED) + rng.choice([" - Xem ngay", " >>", ". Tìm hiểu thêm"]))


# --------------------------------------------------------------------------
# page context
class Ctx:
    def __init__(self, row, k, title, sents, rel_pool, layout):
        self.row, self.k, self.title = row, k, title
        self.rng = R(row, "furniture")
        self.sents = sents
        self.layout = layout
        self.people, self.places = entities(sents)
        drng = R(row, "date")
        self.date = datetime(2016, 1, 1, 6, 0) + timedelta(days=drng.randint(0, 4 * 365 - 1),
                                                            minutes=drng.randint(0, 15 * 60))
        body_keys = {norm(s) for s in sents} | {norm(title)}
        rr = R(row, "related")
        pool = [p for p in rel_pool if norm(p[0]) not in body_keys and norm(p[1]) not in body_keys]
        rr.shuffle(pool)
        self.rel = pool
        self.body_keys = body_keys
        self.used_caps = set()
        self.comp = self.rng.choice(COMPANIES)
        self.reporter = person(self.rng)

    def take_rel(self, n):
        out, self.rel = self.rel[:n], self.rel[n:]
        return out

    def reldate(self, back_max=6):
        return self.date - timedelta(days=self.rng.randint(0, back_max), minutes=self.rng.randint(0, 900))

    def paras(self, sizes):
        """Group sentences; sizes: list of (size, weight)."""
        prng = R(self.row, "paragraphs")
        out, i = [], 0
        vals = [s for s, _ in sizes]
        wts = [w for _, w in sizes]
        while i < len(self.sents):
            n = prng.choices(vals, wts)[0]
            out.append(list(self.sents[i:i + n]))
            i += n
        return out

    def caption(self, style="plain"):
        rng = self.rng
        cands = []
        for hon, nm in self.people:
            H = hon.capitalize()
            cands += [f"{H} {nm} trao đổi với phóng viên.", f"{H} {nm} tại buổi làm việc.",
                      f"{H} {nm} trả lời câu hỏi của báo chí.", f"{H} {nm}."]
        for p in self.places:
            P = p[0].upper() + p[1:]
            cands += [f"Quang cảnh tại {p}.", f"Một góc {p}.", f"{P} nhìn từ trên cao.", f"Người dân tại {p}."]
        rng.shuffle(cands)
        extra = SCENES + ["Ảnh minh họa", "Hình minh họa cho bài viết"]
        rng.shuffle(extra)
        if rng.random() < 0.3:
            cands = extra[:1] + cands + extra[1:]
        else:
            cands = cands + extra
        for c in cands:
            if norm(c) in self.body_keys or c in self.used_caps:
                continue
            self.used_caps.add(c)
            break
        else:
            c = "Ảnh minh họa"
        ph = rng.choice(PHOTOGS)
        if style == "credit_paren":
            c = c.rstrip(".") + f" (Ảnh: {ph})" if not c.startswith("Ảnh") and not c.startswith("Hình") else c
        elif style == "credit_tail":
            c = c + f" Ảnh: {ph}" if c.endswith(".") else c + f". Ảnh: {ph}"
        elif style == "credit_dash":
            c = c.rstrip(".") + f" - Ảnh: {ph}" if not c.startswith("Ảnh") and not c.startswith("Hình") else c
        return c

    def body(self, paras, mids, top=None):
        """Interleave body paragraphs with inserted furniture block-lists at interior gaps."""
        out = []
        if top:
            out += top
        gaps = list(range(1, len(paras)))
        R(self.row, "gaps").shuffle(gaps)
        chosen = sorted(zip(gaps, mids))
        at = {g: m for g, m in chosen}
        for i, p in enumerate(paras):
            if i in at:
                out += at[i]
            out.append(("b", p))
        return out


def U(t):
    return ("u", t)


# --------------------------------------------------------------------------
# the 20 layouts
def fdate(d, style):
    wd = WEEKDAY[d.weekday()]
    if style == 0:
        return f"{d:%d/%m/%Y %H:%M}"
    if style == 1:
        return f"{wd}, {d:%d/%m/%Y} - {d:%H:%M}"
    if style == 2:
        return f"{d:%H:%M %d/%m/%Y}"
    if style == 3:
        return f"{d:%d-%m-%Y} | {d:%H:%M}"
    if style == 4:
        return f"{wd}, {d.day}/{d.month}/{d.year}, {d:%H:%M} (GMT+7)"
    if style == 5:
        return f"Ngày đăng: {d:%d/%m/%Y}"
    if style == 6:
        return f"{d:%d/%m/%Y} - {d:%H:%M} AM" if d.hour < 12 else f"{d:%d/%m/%Y} - {d.hour - 12:02d}:{d:%M} PM"
    if style == 7:
        return f"Cập nhật: {d:%H:%M} ngày {d:%d/%m/%Y}"
    if style == 8:
        return f"{wd.lower()}, {d:%d/%m/%Y}, {d:%H:%M}"
    if style == 9:
        return f"{d:%d.%m.%Y} {d:%H:%M}"
    return f"{d:%d/%m/%Y}"


def L00(c):  # Nhịp Sống Thị Trường: ticker strip top, sapo, caption under image, related bullets
    r, site = c.rng, "Nhịp Sống Thị Trường"
    P = c.paras([(1, 3), (2, 4), (3, 2)])
    out = [U("NHỊP SỐNG THỊ TRƯỜNG")] + W("Chứng khoán | Tài chính | Bất động sản | Doanh nghiệp | Vĩ mô | Hàng hóa")
    out += ticker_strip(r, c.date)
    out += W("Trang chủ » Chứng khoán » Thị trường")
    out += [U(c.title), U(fdate(c.date, 0))]
    mids = [[("caption", c.caption())]]
    rl = c.take_rel(1)
    if rl:
        mids.append([("related", "Xem thêm: " + rl[0][0])])
    mids.append(analyst_quote(r))
    out += c.body(P[:1], []) + [("caption", c.caption("credit_paren"))] + c.body(P[1:], mids)
    out.append(("byline", c.reporter))
    rl = c.take_rel(4)
    if rl:
        out += W("TIN LIÊN QUAN") + [("related", "• " + t) for t, _ in rl]
    out += tags(r, c.people, c.places) + disclaimer(r) + footer(r, site, "nhipsongthitruong.vn")
    return out


def L01(c):  # Đầu Tư Hôm Nay: header date, byline Bài/Ảnh top, image mark + caption, related with dates
    r, site = c.rng, "Đầu Tư Hôm Nay"
    P = c.paras([(2, 3), (3, 3), (1, 1)])
    hd = c.date + timedelta(days=r.randint(0, 2))
    out = W(f"{WEEKDAY[hd.weekday()]}, ngày {hd.day:02d}/{hd.month:02d}/{hd.year}", "Đăng nhập | Đăng ký")
    out += [U("Đầu Tư Hôm Nay")] + W("Thời sự | Đầu tư | Tài chính | Doanh nghiệp | Địa ốc | Quốc tế")
    out += [U(c.title), ("byline", f"Bài: {c.reporter} - Ảnh: {r.choice(PHOTOGS)}"), U(fdate(c.date, 1))]
    out += share_row(r)
    mids = [W("[Ảnh]") + [("caption", c.caption())], analyst_quote(r), ad(r)]
    out += c.body(P, mids)
    rl = c.take_rel(5)
    if rl:
        out += W("Tin cùng chuyên mục") + [("related", f"{t} ({c.reldate():%d/%m})") for t, _ in rl]
    out += newsletter(r, site) + W(f"© Bản quyền {site} - dautuhomnay.com.vn")
    return out


def L02(c):  # Thị Trường 24h: index box top, Cập nhật date, audio, gold table mid, CAPS byline end, related with times
    r = c.rng
    P = c.paras([(1, 2), (2, 3), (3, 2), (4, 1)])
    out = [U("ThịTrường24h")] + index_box(r, c.date)
    out += [U(c.title), U(fdate(c.date, 7))]
    out += W(f"Đọc {r.randint(2, 7)} phút", "Nghe bài viết", f"00:00 / 0{r.randint(2, 8)}:{r.randint(10, 59)}")
    mids = [gold_table(r, c.date), [("caption", c.caption("credit_tail"))]]
    out += c.body(P, mids)
    out.append(("byline", c.reporter.upper()))
    rl = c.take_rel(4)
    if rl:
        out += W("Đọc nhiều")
        for t, _ in rl:
            d = c.reldate(1)
            out.append(("related", f"{d:%H:%M} {t}"))
    out += comments(r)
    out += W("Thị Trường 24h - Cổng thông tin thị trường tài chính", "Email: toasoan@thitruong24h.net")
    return out


def L03(c):  # Báo Doanh Thương: breadcrumb, byline top, credit own line, PR block, numbered related
    r, site = c.rng, "Báo Doanh Thương"
    P = c.paras([(2, 4), (3, 3), (4, 1)])
    out = [U("BÁO DOANH THƯƠNG")] + W("Kinh tế > Doanh nghiệp")
    out += [U(c.title), ("byline", c.reporter), U(fdate(c.date, 3))]
    mids = [[("caption", c.caption()), ("credit", f"Ảnh: {r.choice(PHOTOGS)}")],
            pr_block(r)]
    out += c.body(P, mids)
    out += share_row(r)
    rl = c.take_rel(5)
    if rl:
        out += W("BÀI VIẾT LIÊN QUAN") + [("related", f"{i + 1}. {t}") for i, (t, _) in enumerate(rl)]
    out += newsletter(r, site) + footer(r, site, "baodoanhthuong.vn")
    return out


def L04(c):  # Tài Chính Việt Online: author box at end (name + bio), premium prompt, FX table
    r, site = c.rng, "Tài Chính Việt"
    P = c.paras([(1, 1), (2, 3), (3, 3)])
    out = W("Tải ứng dụng Tài Chính Việt trên iOS và Android") + [U("Tài Chính Việt Online")]
    out += W("Ngân hàng | Chứng khoán | Bảo hiểm | Tiền số | Thuế | Tài chính cá nhân")
    out += [U(c.title), U(fdate(c.date, 4))]
    out += W("A- | A | A+")
    mids = [[("caption", c.caption("credit_paren"))], fx_table(r, c.date)]
    out += c.body(P, mids)
    out += premium_prompt(r, "TCV")
    out += [("byline", c.reporter), ("byline", r.choice(["Phóng viên mảng Tài chính - Ngân hàng", "Biên tập viên chuyên mục Chứng khoán",
                                                           "Chuyên viên phân tích, cộng tác viên thường xuyên"]))]
    rl = c.take_rel(3)
    if rl:
        out += W("CÓ THỂ BẠN QUAN TÂM")
        for t, tz in rl:
            out.append(("related", t))
            if tz:
                out.append(("related", tz))
    out += disclaimer(r) + W(f"© 2019 {site}. Ghi rõ nguồn khi phát hành lại thông tin từ website này.")
    return out


def L05(c):  # Cổ Phiếu Plus: stock quote box top, analyst quotes one-line, earnings table, related "|" joined
    r = c.rng
    P = c.paras([(1, 4), (2, 3)])
    out = [U("CổPhiếu+")] + W("Bảng giá | Phân tích | Khuyến nghị | Doanh nghiệp | Sự kiện")
    out += W("Mã chứng khoán liên quan:") + stock_quote(r, c.comp)
    out += [U(c.title), ("byline", f"{c.reporter} | {site_email(c.reporter, 'cophieuplus.vn')}"), U(fdate(c.date, 6))]
    mids = [earnings_table(r, c.comp), analyst_quote(r, 1), [("caption", c.caption("credit_dash"))]]
    out += c.body(P, mids)
    rl = c.take_rel(3)
    if rl:
        out += W("Tin khác")
        out.append(("related", " | ".join(t for t, _ in rl)))
    out += disclaimer(r) + W("Cổ Phiếu Plus | Giấy phép MXH số 215/GP-BTTTT | cophieuplus.vn")
    return out


def site_email(name, dom):
    import unicodedata as u
    base = "".join(ch for ch in u.normalize("NFD", name.split()[-1].lower()) if u.category(ch) != "Mn")
    base = base.replace("đ", "d")
    return f"{base}{len(name)}@{dom}"


def L06(c):  # Thương Trường Phương Nam: (TTXVN)-style agency mark, caption block with Ảnh line, Theo signature
    r, site = c.rng, "Thương Trường Phương Nam"
    P = c.paras([(2, 3), (3, 3), (4, 2)])
    out = [U("THƯƠNG TRƯỜNG PHƯƠNG NAM")] + W("Trang chủ", "Thị trường", "Doanh nhân", "Xuất nhập khẩu", "Tiêu dùng")
    out += [U(c.title), U(fdate(c.date, 2))]
    out += W(f"Lượt xem: {vn(r.randint(120, 25000))}")
    mids = [[("caption", c.caption()), ("credit", f"Ảnh: {r.choice(['TTXVN', 'Tư liệu', r.choice(PHOTOGS)])}")],
            commodity_line(r, c.date)]
    out += c.body(P, mids)
    out.append(("byline", r.choice([f"Theo {r.choice(['Thời báo Thương Nghiệp', 'Diễn đàn Hàng Việt', 'Bản tin Kinh tế Miền Tây'])}",
                                    f"{c.reporter} (tổng hợp)"])))
    rl = c.take_rel(4)
    if rl:
        out += W("Các tin khác")
        for t, _ in rl:
            out.append(("related", f"- {t} ({c.reldate(20):%d/%m/%Y})"))
    out += footer(r, site, "thuongtruongphuongnam.vn")
    return out


def L07(c):  # Vốn & Thị Trường: single-sentence paragraphs, related inline mid, poll, gold+fx sidebar at end
    r = c.rng
    P = c.paras([(1, 6), (2, 2)])
    out = [U("Vốn & Thị Trường")] + W("Tin nhanh", "Vĩ mô", "Ngân hàng", "Chứng khoán", "Bất động sản")
    out += [U(c.title), U(fdate(c.date, 9)), ("byline", f"{c.reporter} - {short_name(r)}")]
    mids = [[("caption", c.caption("credit_paren"))]]
    rl = c.take_rel(2)
    for t, _ in rl:
        mids.append([("related", f">> {t}")])
    mids.append(ad(r))
    out += c.body(P, mids)
    out += poll(r) + gold_table(r, c.date) + fx_table(r, c.date)
    out += W("Vốn & Thị Trường - Chuyên trang của Hội Nhà đầu tư trẻ", "Hotline: 0987 654 321")
    return out


def L08(c):  # Doanh Nhân Thời Báo: byline + role line top, big captions, Doanh nghiệp sponsored block, teaser related
    r, site = c.rng, "Doanh Nhân Thời Báo"
    P = c.paras([(3, 4), (4, 2), (2, 2)])
    out = [U("Doanh Nhân Thời Báo")] + W("Doanh nhân | Khởi nghiệp | Quản trị | Thương hiệu | Phong cách")
    out += [U(c.title), U(fdate(c.date, 5)), ("byline", c.reporter), ("byline", "Doanh Nhân Thời Báo")]
    out += W("Theo dõi Doanh Nhân Thời Báo trên Google News")
    mids = [[("caption", c.caption())], sponsored_block(r)]
    out += c.body(P, mids, top=[("caption", c.caption("credit_tail"))])
    rl = c.take_rel(3)
    if rl:
        out += W("Đọc thêm")
        for t, tz in rl:
            out.append(("related", f"{t} - {tz}" if tz else t))
    out += tags(r, c.people, c.places) + footer(r, site, "doanhnhanthoibao.vn")
    return out


def L09(c):  # Bản Tin Chứng Khoán Việt: strip with times, related before body, disclaimer box top, byline end with agency
    r = c.rng
    P = c.paras([(2, 5), (1, 2)])
    out = [U("BẢN TIN CHỨNG KHOÁN VIỆT")] + ticker_strip(r, c.date)
    rl = c.take_rel(3)
    if rl:
        out += W("Tin mới") + [("related", f"{c.reldate(0):%H:%M} - {t}") for t, _ in rl]
    out += [U(c.title), U(fdate(c.date, 0))] + disclaimer(r)
    mids = [stock_quote(r, c.comp), [("caption", c.caption("credit_paren"))], company_box(r, c.comp)]
    out += c.body(P, mids)
    out.append(("byline", f"{c.reporter.split()[-2]} {c.reporter.split()[-1]} - {short_name(r)}"))
    out += share_row(r) + comments(r)
    out += W("Bản Tin Chứng Khoán Việt - Dữ liệu cung cấp bởi StockData VN")
    return out


def L10(c):  # Tiền Tệ & Đầu Tư: FX box top, lead then "Xem thêm" list after lead, caption+credit same line, ALL CAPS byline top
    r, site = c.rng, "Tiền Tệ & Đầu Tư"
    P = c.paras([(2, 3), (3, 3)])
    out = [U("TIỀN TỆ & ĐẦU TƯ")] + fx_table(r, c.date)
    out += W("Tin tức > Tài chính - Ngân hàng")
    out += [U(c.title), ("byline", c.reporter.upper()), U(fdate(c.date, 1))]
    rl = c.take_rel(2)
    out += c.body(P[:1], [])
    if rl:
        out += [("related", "Xem thêm: " + rl[0][0])]
        if len(rl) > 1:
            out += [("related", "Xem thêm: " + rl[1][0])]
    mids = [[("caption", c.caption("credit_dash"))], newsletter(r, site)]
    out += c.body(P[1:], mids)
    out += tags(r, c.people, c.places) + share_row(r) + W(f"Bản quyền © {site}", "Liên hệ: bandoc@tientedautu.vn")
    return out


def L11(c):  # Thời Báo Hàng Hoá: commodity strip, byline (TTXVN)-style mark top, earnings table, related w/ dates
    r, site = c.rng, "Thời Báo Hàng Hóa"
    P = c.paras([(1, 2), (2, 4), (3, 2)])
    out = [U("Thời Báo Hàng Hóa")] + commodity_line(r, c.date)
    out += W("Nông sản | Năng lượng | Kim loại | Logistics | Giá cả")
    out += [U(c.title), U(fdate(c.date, 3)), ("byline", r.choice(["(TBHH)", f"(TBHH) - {c.reporter}"]))]
    mids = [W("Phóng to") + [("caption", c.caption())], earnings_table(r, c.comp), ad(r)]
    out += c.body(P, mids)
    out.append(("byline", f"{c.reporter} (thực hiện)"))
    rl = c.take_rel(4)
    if rl:
        out += W("TIN CÙNG CHUYÊN MỤC")
        for t, _ in rl:
            out.append(("related", f"{t} - {c.reldate(10):%d/%m/%Y}"))
    out += footer(r, site, "thoibaohanghoa.vn")
    return out


def L12(c):  # Sàn Giao Dịch Online: portal, gallery captions "Ảnh 1/3", counters, headline + teaser related
    r = c.rng
    P = c.paras([(2, 4), (3, 2), (1, 1)])
    out = W("Đăng nhập", "Bảng giá trực tuyến") + [U("SànGiaoDịch.Online")]
    out += [U(c.title), U(fdate(c.date, 0)), ("byline", c.reporter)]
    out += W(f"{vn(r.randint(100, 9000))} lượt xem | {r.randint(0, 60)} bình luận")
    gal = W("Ảnh 1/3") + [("caption", c.caption())] + W("Ảnh 2/3") + [("caption", c.caption())]
    mids = [gal, analyst_quote(r)]
    out += c.body(P, mids)
    rl = c.take_rel(3)
    if rl:
        out += W("Bài viết cùng chủ đề")
        for t, tz in rl:
            out.append(("related", t))
            if tz:
                out.append(("related", tz))
    out += W("Sàn Giao Dịch Online không chịu trách nhiệm về nội dung các trang liên kết.") + footer(r, "Sàn Giao Dịch Online", "sangiaodich.online")
    return out


def L13(c):  # Nhà Đầu Tư Trẻ: bite-size paras, "Bạn đọc" comments, premium prompt mid, newsletter end
    r, site = c.rng, "Nhà Đầu Tư Trẻ"
    P = c.paras([(1, 5), (2, 3)])
    out = [U("nhadaututre")] + W("Học đầu tư", "Phân tích", "Góc nhìn", "Hỏi đáp", "Sự kiện")
    out += [U(c.title), ("byline", f"{short_name(r)} - {short_name(r)}"), U(fdate(c.date, 8))]
    mids = [[("caption", c.caption("credit_paren"))], premium_prompt(r, "NĐT Trẻ"), analyst_quote(r, 1)]
    out += c.body(P, mids)
    rl = c.take_rel(3)
    if rl:
        out += W("Có thể bạn chưa đọc") + [("related", f"→ {t}") for t, _ in rl]
    out += newsletter(r, site) + comments(r) + W("© Nhà Đầu Tư Trẻ. All rights reserved.")
    return out


def L14(c):  # Kinh Doanh Toàn Cầu: international style, credit lines "Nguồn: ...", infographic label, byline "Theo X"
    r = c.rng
    P = c.paras([(2, 3), (3, 4), (4, 1)])
    out = [U("KINH DOANH TOÀN CẦU")] + W("Thế giới | Việt Nam | Thị trường | Công nghệ | Ý kiến")
    out += commodity_line(r, c.date)
    out += [U(c.title), U(fdate(c.date, 4))]
    mids = [[("caption", c.caption()), ("credit", f"Nguồn: {r.choice(['Reuters Graphics', 'Tư liệu KDTC', 'Bloomberg'])}")],
            [("caption", r.choice(["Đồ họa: Diễn biến chỉ số trong 30 phiên gần nhất", "Biểu đồ: Dòng vốn ngoại theo tháng (triệu USD)",
                                   "Infographic: Cơ cấu doanh thu theo ngành hàng"])), ("credit", f"Đồ họa: {r.choice(PHOTOGS)}")]]
    out += c.body(P, mids)
    out.append(("byline", f"{short_name(r)} (theo {r.choice(['Financial Post', 'Nikkei Review', 'Market Herald'])})"))
    rl = c.take_rel(4)
    if rl:
        out += W("Tin liên quan:")
        out.append(("related", "; ".join(t for t, _ in rl[:2])))
        for t, _ in rl[2:]:
            out.append(("related", t))
    out += share_row(r) + footer(r, "Kinh Doanh Toàn Cầu", "kinhdoanhtoancau.vn")
    return out


def L15(c):  # Phố Tài Chính: lead-in company box beside story, byline under title "Bởi", index box end
    r, site = c.rng, "Phố Tài Chính"
    P = c.paras([(1, 3), (2, 3), (3, 3)])
    out = [U("PhốTàiChính")] + W("Bảng giá", "Tin tức", "Dữ liệu", "Cộng đồng")
    out += W("Tài chính / Doanh nghiệp niêm yết")
    out += [U(c.title), ("byline", f"Bởi {c.reporter}"), U(fdate(c.date, 2))]
    mids = [company_box(r, c.comp), [("caption", c.caption())], sponsored_block(r, "Doanh nghiệp")]
    out += c.body(P, mids)
    rl = c.take_rel(4)
    if rl:
        out += W("Bài mới nhất")
        for t, _ in rl:
            out.append(("related", t))
            out.append(("widget", f"{r.randint(1, 23)} giờ trước"))
    out += index_box(r, c.date) + W("Phố Tài Chính © 2018", "Điều khoản sử dụng | Chính sách bảo mật")
    return out


def L16(c):  # Thương Gia Điện Tử: magazine, sapo with "(TGĐT)" mark line, caption italic + credit, related grid w/ teasers
    r = c.rng
    P = c.paras([(3, 3), (4, 3), (2, 1)])
    out = [U("Thương Gia Điện Tử")] + W("Thương gia | Tiêu điểm | Tài chính | Bất động sản | Lifestyle")
    out += [U(c.title), U(fdate(c.date, 5)), ("byline", "(TGĐT)")]
    mids = [[("caption", c.caption("credit_tail"))], analyst_quote(r), [("caption", c.caption())]]
    out += c.body(P, mids)
    out += [("byline", c.reporter.upper())]
    rl = c.take_rel(4)
    if rl:
        out += W("XEM THÊM")
        for t, tz in rl:
            out.append(("related", f"{t}: {tz}" if tz else t))
    out += pr_block(r) + footer(r, "Thương Gia Điện Tử", "thuonggia.vn")
    return out


def L17(c):  # Diễn Đàn Kinh Tế Mở: opinion, author box top (name + bio), pull quote, reactions
    r = c.rng
    P = c.paras([(2, 3), (3, 3), (4, 2)])
    out = [U("Diễn Đàn Kinh Tế Mở")] + W("Góc nhìn | Chính sách | Phản biện | Doanh nghiệp")
    out += [U(c.title), U(fdate(c.date, 1)), ("byline", f"TS. {c.reporter}"),
            ("byline", r.choice(["Chuyên gia kinh tế, nguyên giảng viên Đại học Kinh tế Phương Nam", "Nhà nghiên cứu chính sách tài khóa"]))]
    first = c.sents[R(c.row, "pullquote").randrange(1, len(c.sents))]
    fw = first.split()
    pull = " ".join(fw[: max(6, min(14, len(fw) // 2))]).split("(")[0].split("“")[0].split('"')[0]
    pull = "“" + pull.strip().rstrip(",;:-") + "...”"
    mids = [W(pull), [("caption", c.caption("credit_paren"))], ad(r)]
    out += c.body(P, mids)
    out += W("Bài viết thể hiện quan điểm riêng của tác giả.", "Hữu ích (" + str(r.randint(0, 90)) + ") | Không đồng tình (" + str(r.randint(0, 20)) + ")")
    rl = c.take_rel(3)
    if rl:
        out += W("CÙNG TÁC GIẢ") + [("related", f"{t} - {c.reldate(60):%d/%m/%Y}") for t, _ in rl]
    out += W("Diễn Đàn Kinh Tế Mở | Hotline: 0903 111 222 | ddktm@kinhtemo.vn")
    return out


def L18(c):  # Chợ Vàng - Tỷ Giá: price portal; gold + fx tables top, short story, byline "- X -", related with times
    r = c.rng
    P = c.paras([(2, 3), (1, 2), (3, 2)])
    out = [U("Chợ Vàng - Tỷ Giá")] + W("Giá vàng | Tỷ giá | Lãi suất | Giá xăng dầu | Tin tức")
    out += gold_table(r, c.date)
    out += [U(c.title), U(fdate(c.date, 7))]
    mids = [fx_table(r, c.date), [("caption", c.caption("credit_paren"))]]
    out += c.body(P, mids)
    out.append(("byline", f"{c.reporter} - {r.choice(['Chợ Vàng', 'CVTG'])}"))
    out += disclaimer(r)
    rl = c.take_rel(5)
    if rl:
        out += W("Tin nóng trong ngày")
        for t, _ in rl:
            out.append(("widget", f"{c.reldate(0):%H:%M}"))
            out.append(("related", t))
    out += W("Chợ Vàng - Tỷ Giá | Dữ liệu tham khảo, không dùng cho mục đích giao dịch.")
    return out


def L19(c):  # Cổng Thông Tin Doanh Nghiệp Việt: gov-portal style, "Thông tin doanh nghiệp" PR, related numbered + date
    r = c.rng
    P = c.paras([(2, 2), (3, 4), (4, 2)])
    out = W("Cổng thông tin điện tử", "English | Tiếng Việt") + [U("DOANH NGHIỆP VIỆT")]
    out += W("Trang chủ > Tin tức - Sự kiện > Doanh nghiệp")
    out += [U(c.title), U(fdate(c.date, 10))]
    mids = [[("caption", c.caption())], pr_block(r)]
    out += c.body(P, mids)
    out += [("byline", c.reporter), ("credit", f"Nguồn: {r.choice(['Báo Công Thương Mới', 'Tạp chí Doanh Thương', 'Bản tin Xúc tiến Thương mại'])}")]
    out += W("In trang | Gửi email | Về đầu trang")
    rl = c.take_rel(5)
    if rl:
        out += W("Các tin đã đưa")
        for i, (t, _) in enumerate(rl):
            out.append(("related", f"{t} ({c.reldate(40):%d/%m/%Y})"))
    out += W(f"Số lượt truy cập: {vn(r.randint(1000000, 9000000))}", "Cơ quan chủ quản: Hiệp hội Doanh nghiệp Việt",
             "Điện thoại: (024) 3838 1234 | Email: info@doanhnghiepviet.org.vn")
    return out


LAYOUTS = [L00, L01, L02, L03, L04, L05, L06, L07, L08, L09, L10, L11, L12, L13, L14, L15, L16, L17, L18, L19]
LAYOUT_NAMES = ["nhipsong", "dautuhomnay", "thitruong24h", "doanhthuong", "taichinhviet", "cophieuplus",
                "thuongtruongpn", "vonthitruong", "doanhnhantb", "bantinck", "tientedautu", "hanghoa",
                "sangiaodich", "ndttre", "kdtoancau", "photaichinh", "thuonggia", "ktemo", "chovang", "dnviet"]


# --------------------------------------------------------------------------
# faults
def _nbsp(s, rng):
    idx = [i for i, ch in enumerate(s) if ch == " "]
    if not idx:
        return s
    for i in rng.sample(idx, min(len(idx), rng.randint(1, 3))):
        s = s[:i] + "\u00a0" + s[i + 1:]
    return s


def _zwsp(s, rng):
    idx = [i for i in range(1, len(s)) if s[i - 1].isalpha() and s[i].isalpha()]
    if not idx:
        return s
    i = rng.choice(idx)
    return s[:i] + "\u200b" + s[i:]


def _dbl(s, rng):
    idx = [i for i, ch in enumerate(s) if ch == " "]
    if not idx:
        return s
    i = rng.choice(idx)
    return s[:i] + " " + s[i:]


def apply_faults(blocks, row):
    fr = R(row, "faults")
    if fr.random() >= 0.27:
        return blocks, []
    kinds = fr.sample(["nbsp", "zwsp", "double", "glue", "nfd"], fr.choice([1, 1, 2]))
    out = [list(b) if b[0] == "b" else b for b in blocks]
    for kd in kinds:
        if kd == "glue":
            cands = [(bi, j) for bi, b in enumerate(out) if b[0] == "b" for j in range(len(b[1]) - 1)
                     if b[1][j].endswith(".") and b[1][j + 1][:1].isupper()]
            if not cands:
                continue
            bi, j = fr.choice(cands)
            items = list(out[bi][1])
            items[j:j + 2] = [items[j] + items[j + 1]]
            out[bi] = ["b", items]
        elif kd == "nfd":
            continue
        else:
            fn = {"nbsp": _nbsp, "zwsp": _zwsp, "double": _dbl}[kd]
            targets = [i for i, b in enumerate(out) if b[0] != "u"]
            for bi in fr.sample(targets, min(len(targets), fr.randint(2, 4))):
                b = out[bi]
                if b[0] == "b":
                    items = list(b[1])
                    j = fr.randrange(len(items))
                    items[j] = fn(items[j], fr)
                    out[bi] = ["b", items]
                else:
                    out[bi] = (b[0], fn(b[1], fr))
    out = [("b", b[1]) if isinstance(b, list) else b for b in out]
    if "nfd" in kinds:
        def nf(x):
            return unicodedata.normalize("NFD", x)
        out = [("b", [nf(x) for x in b[1]]) if b[0] == "b" else (b[0], nf(b[1])) for b in out]
    return out, kinds


# --------------------------------------------------------------------------
# assemble and check
def assemble(blocks, layout):
    lines, body, furn, unl = [], [], [], []
    for b in blocks:
        if b[0] == "b":
            items = [x.strip() for x in b[1] if x.strip()]
            if not items:
                continue
            lines.append(" ".join(items))
            body += items
        elif b[0] == "u":
            t = b[1].strip()
            lines.append(t)
            unl.append(t)
        else:
            t = b[1].strip()
            if not t:
                continue
            lines.append(t)
            furn.append((b[0], t))
    return Page("\n".join(lines), body, furn, layout), unl


def check(page, unl, title):
    text, body, furn = page.text, page.body, page.furniture
    lines = text.split("\n")
    if not text or any((not l) or l != l.strip() for l in lines):
        raise ValueError("blank or unstripped line")
    if len(unl) > 3:
        raise ValueError("too many unlabelled lines")
    for k, l in furn:
        if k not in KINDS:
            raise ValueError(f"bad kind {k}")
    for s in body:
        if s not in text or not s.strip() or "\n" in s:
            raise ValueError("body item not in text")
    bi = fi = 0
    ucount = 0
    for l in lines:
        if fi < len(furn) and l == furn[fi][1]:
            fi += 1
            continue
        ok = False
        for n in range(1, 5):
            if bi + n <= len(body) and l == " ".join(body[bi:bi + n]):
                bi += n
                ok = True
                break
        if ok:
            continue
        ucount += 1
        if ucount > 3:
            raise ValueError(f"unlabelled line beyond three: {l[:60]!r}")
    if bi != len(body) or fi != len(furn):
        raise ValueError("walk did not use up body/furniture")
    if norm(title) not in {norm(u) for u in unl}:
        raise ValueError("title missing")
    bkeys = {norm(s) for s in body}
    for k, l in furn:
        if norm(l) in bkeys:
            raise ValueError(f"furniture equals body sentence: {l[:60]!r}")
        if k == "related" and norm(l) == norm(title):
            raise ValueError("related equals title")
    for u in unl:
        if norm(u) in bkeys:
            raise ValueError("unlabelled equals body")
    if len(body) < 3:
        raise ValueError("too few body items")


def pages(path):
    path = Path(path)
    body_rows, rel_rows = read_rows(path)
    rel_pool = []
    seen = set()
    for row, t, a in rel_rows:
        tt = detok(t)
        ss = split_sentences(detok(a))
        tz = ""
        if ss:
            s0 = ss[0]
            w = s0.split()
            if len(w) > 32:
                s0 = " ".join(w[:28]).rstrip(",;:") + "…"
            if len(w) >= 6 and s0.rstrip("”\"’')]")[-1:] in TERM + "…":
                tz = s0
        if norm(tt) in seen:
            continue
        seen.add(norm(tt))
        rel_pool.append((tt, tz))
    out = []
    for k, (row, t, a) in enumerate(body_rows):
        title = detok(t)
        sents = story_sentences(title, a)
        if len(sents) < 3:
            continue
        li = k % len(LAYOUTS)
        c = Ctx(row, k, title, sents, rel_pool, LAYOUT_NAMES[li])
        blocks = LAYOUTS[li](c)
        # drop any furniture that collides with story text (safety), keep order
        bk = c.body_keys - {norm(title)}
        blocks = [b for b in blocks if b[0] in ("b", "u") or norm(b[1]) not in bk]
        # related lines containing title/body verbatim: drop
        blocks = [b for b in blocks if not (b[0] == "related" and norm(b[1]) == norm(title))]
        blocks, faults = apply_faults(blocks, row)
        page, unl = assemble(blocks, LAYOUT_NAMES[li])
        utitle = unicodedata.normalize("NFD", title) if "nfd" in faults else title
        check(page, unl, utitle)
        out.append(page)
        FAULTS[id(page)] = faults
    return out


FAULTS = {}


def main(argv):
    path = argv[1] if len(argv) > 1 else "/work/shared/data/vietnews_train.jsonl.gz"
    ps = pages(path)
    stats = OrderedDict((n, [0, 0] + [0] * len(KINDS) + [0]) for n in LAYOUT_NAMES)
    for p in ps:
        s = stats[p.layout]
        s[0] += 1
        s[1] += len(p.body)
        for k, _ in p.furniture:
            s[2 + KINDS.index(k)] += 1
        if FAULTS.get(id(p)):
            s[-1] += 1
    hdr = ["layout", "pages", "body"] + list(KINDS) + ["faults"]
    print("  ".join(f"{h:>14}" if i == 0 else f"{h:>7}" for i, h in enumerate(hdr)))
    tot = [0] * (len(hdr) - 1)
    for n, s in stats.items():
        print("  ".join([f"{n:>14}"] + [f"{v:>7}" for v in s]))
        tot = [a + b for a, b in zip(tot, s)]
    print("  ".join([f"{'TOTAL':>14}"] + [f"{v:>7}" for v in tot]))


if __name__ == "__main__":
    main(sys.argv)
