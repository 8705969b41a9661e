#!/usr/bin/env python3
"""test117 - held-out evaluation pages for a cleaner of scraped Vietnamese news pages.

Theme: e-government and public-service portals (invented ward, district and
province "Cổng thông tin điện tử" sites, public-service portals, department news
pages).  Standard library only.

    python3 make.py /work/shared/data/vietnews_train.jsonl.gz

`pages(path)` returns a list of Page(text, body, furniture, layout).
"""
import datetime
import gzip
import json
import random
import re
import sys
import unicodedata
from pathlib import Path
from typing import List, NamedTuple, Tuple

SETNAME = "test117"
SEED = 11773
BODY_ROWS = range(11_300, 11_400)
RELATED_ROWS = range(11_400, 11_500)
KINDS = ("byline", "credit", "caption", "related", "widget")


class Page(NamedTuple):
    text: str
    body: List[str]
    furniture: List[Tuple[str, str]]
    layout: str


def rng(row, purpose):
    return random.Random(f"{SETNAME}|{SEED}|{row}|{purpose}")


# ---------------------------------------------------------------- reading
def read_rows(path):
    """Stream the gzip file once; return {row: (title, article)} for our rows.
    Related rows keep only the first 1,200 characters of the article."""
    last = max(BODY_ROWS.stop, RELATED_ROWS.stop) - 1
    body, rel = {}, {}
    with gzip.open(str(path), "rb") as fh:
        for i, raw in enumerate(fh):
            if i > last:
                break
            inb, inr = i in BODY_ROWS, i in RELATED_ROWS
            if not (inb or inr):
                continue
            if not raw.strip():
                continue
            try:
                obj = json.loads(raw.decode("utf-8"))
            except Exception:
                continue
            if not isinstance(obj, dict):
                continue
            t, a = obj.get("title"), obj.get("article")
            if not isinstance(t, str) or not isinstance(a, str):
                continue
            if not t.strip() or not a.strip():
                continue
            if inb:
                body[i] = (t, a)
            else:
                rel[i] = (t, a[:1200])
    return body, rel


# ---------------------------------------------------------------- text
ZW_RE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")


def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = ZW_RE.sub("", s)
    s = re.sub(r"\s+", "", s)
    return s.casefold()


def detok(s):
    s = s.replace("_", " ")
    s = re.sub(r"\s+", " ", s).strip()
    s = _pair_quotes(s, '"')
    s = _pair_quotes(s, "'", standalone=True)
    s = re.sub(r"([“‘])\s+", r"\1", s)
    s = re.sub(r"\s+([”’])", r"\1", s)
    s = re.sub(r"\s+”", "”", s)
    s = re.sub(r"([(\[])\s+", r"\1", s)
    s = re.sub(r"\s+([)\]])", r"\1", s)
    s = re.sub(r"\s+([,.;:!?%…])", r"\1", s)
    s = re.sub(r"(\S) / (\S)", r"\1/\2", s)
    s = re.sub(r" {2,}", " ", s)
    return s.strip()


def _pair_quotes(s, q, standalone=False):
    toks = s.split(" ")
    if all(t == q for t in toks if q in t):
        idx = [k for k, t in enumerate(toks) if t == q]
        if len(idx) % 2:
            return s
        opens, closes = set(idx[0::2]), set(idx[1::2])
        out = []
        for k, t in enumerate(toks):
            if k in closes:
                out[-1] = out[-1] + q if out else q
            elif out and (k - 1) in opens:
                out[-1] = out[-1] + t
            else:
                out.append(t)
        return " ".join(out)
    if standalone or s.count(q) % 2:
        return s
    # quotes partly glued to words: drop spaces after odd and before even quotes
    out, n, k = [], 0, 0
    while k < len(s):
        ch = s[k]
        if ch == q:
            n += 1
            if n % 2:
                out.append(ch)
                k += 1
                while k < len(s) and s[k] == " ":
                    k += 1
                continue
            while out and out[-1] == " ":
                out.pop()
        out.append(ch)
        k += 1
    return "".join(out)


ABBR = {"TP", "TS", "GS", "PGS", "ThS", "BS", "Q", "P", "TX", "TT", "Th.S", "Mr", "Mrs",
        "Ms", "Dr", "St", "Co", "Ltd", "Inc", "Jr", "Sr", "No", "KS", "CN", "NXB", "ĐH", "PGS.TS",
        "GS.TS", "Tp", "tp", "Ths", "Bs", "v.v", "vs", "St", "Lt", "Gen", "Col", "Sgt"}
UPPER_OPEN = "\"“‘'(["


def split_sentences(text):
    out = []
    for s in _split(text, True):
        out.extend(_split(s, False) if len(s.split()) > 110 else [s])
    return out


def _split(text, guard):
    out, start = [], 0
    for m in re.finditer(r"[.!?…]+[\"”’')\]]*(\s+)", text):
        end = m.start(1)
        nxt = text[m.end():m.end() + 3]
        j = 0
        while j < len(nxt) and nxt[j] in UPPER_OPEN:
            j += 1
        if j >= len(nxt) or not (nxt[j].isupper() or nxt[j].isdigit()):
            continue
        seg = text[start:end]
        if guard and seg.count('"') % 2 or seg.count("“") != seg.count("”") or seg.count("(") > seg.count(")"):
            continue  # inside an open quotation or bracket
        punct = m.group(0).strip()
        if punct == ".":
            last = seg.split(" ")[-1].rstrip(".").lstrip("\"“(['")
            if (last in ABBR or re.fullmatch(r"[A-ZĐ]", last)
                    or re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", last)
                    or re.fullmatch(r"[A-ZĐ][a-z]?", last)):
                continue
        out.append(seg.strip())
        start = m.end()
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return [s for s in out if s]


CAPTION_MARKS = ["ảnh:", "(ảnh", "ảnh :", "video:", "clip:", "minh hoạ", "minh họa", "(trái)",
                 "(phải)", "(giữa)", "nguồn:", "đồ hoạ", "đồ họa", "infographic", "ảnh minh",
                 "(ảnh:", "photo:", "(nguồn", "ảnh chụp màn hình", "trong ảnh", "(video",
                 "quan điểm riêng của tác giả", "bài viết thể hiện", "bài viết này thể hiện"]
REPORT = ["cho biết", "cho hay", "nói", "khẳng định", "tuyên bố", "nhấn mạnh", "thông báo",
          "chia sẻ", "phát biểu", "trả lời", "nhận định", "cho rằng", "bày tỏ", "tiết lộ",
          "xác nhận", "giải thích", "thừa nhận", "dẫn lời", "kể", "lưu ý", "cảnh báo",
          "đánh giá", "khuyến cáo", "đề nghị", "nêu rõ", "theo ông", "theo bà",
          "khai nhận", "công bố", "yêu cầu", "kêu gọi", "phản bác",
          "bác bỏ", "lên tiếng", "tâm sự", "thừa nhận", "hé lộ", "dẫn nguồn", "báo cáo"]
CONNECT = ["Tuy nhiên", "Trong khi đó", "Ngoài ra", "Bên cạnh đó", "Theo đó", "Do đó", "Vì vậy",
           "Đồng thời", "Trước đó", "Sau đó", "Cũng theo", "Theo", "Mặt khác", "Thế nhưng",
           "Nhưng", "Song", "Dù vậy", "Như vậy", "Đáng chú ý", "Cụ thể", "Trước đây", "Hiện nay",
           "Hiện tại", "Từ đó", "Kết quả", "Sau khi", "Khi", "Do", "Vì", "Nếu", "Mặc dù",
           "Ngay sau", "Thậm chí", "Riêng", "Đặc biệt", "Bởi", "Tương tự", "Trong đó", "Hiện",
           "Cùng với", "Còn", "Và", "Cuối cùng", "Trước tình hình", "Tiếp đó", "Ngoài"]


GLUE_WORDS = ["Những", "Cuối", "Khi", "Trong", "Sau", "Nhưng", "Đây", "Theo", "Vào", "Bên", "Với",
              "Tại", "Để", "Nếu", "Mặc", "Hôm", "Trước", "Đó", "Là", "Được", "Đã", "Sẽ", "Chiều",
              "Việc", "Dù", "Ngay", "Tuần", "Năm", "Ngày"]
GLUED_RE = re.compile(r"[a-zà-ỹđ0-9] (?:" + "|".join(GLUE_WORDS) + r") ")


def quotes_ok(s):
    if s.count("(") != s.count(")") or s.count("[") != s.count("]"):
        return False
    if s.count("“") != s.count("”") or s.count('"') % 2:
        return False
    n = 0
    for k, ch in enumerate(s):
        if ch != '"':
            continue
        n += 1
        before = s[k - 1] if k else " "
        after = s[k + 1] if k + 1 < len(s) else " "
        if n % 2:  # opening
            if not (before.isspace() or before in "([") or after.isspace():
                return False
        else:
            if before.isspace() or not (after.isspace() or after in ",.;:!?)…"):
                return False
    return True


def keep_sentence(s, title_n, seen):
    words = s.split()
    n = len(words)
    low = s.lower()
    if n < 8 or n > 110:
        return False
    if any(m in low for m in CAPTION_MARKS):
        return False
    if any(ch in s for ch in "|•»«►▶"):
        return False
    if not quotes_ok(s):
        return False
    if not re.search(r"[.!?…][\"”’')\]]*$", s):
        return False
    if any(":" in w for w in words[:6]):
        return False
    if re.search(r"(?:^|[\s.(])Theo\s+(?:[A-ZĐ0-9][\w.\-]*\s*){1,5}\)?[.]?$", s):
        return False
    if GLUED_RE.search(s):  # photo caption or sub-heading glued to the sentence
        return False
    first = s.lstrip(UPPER_OPEN)
    if not first or not (first[0].isupper() or first[0].isdigit()):
        return False
    k = norm(s)
    if k in seen or k == title_n:
        return False
    short = n <= 22 or (n <= 30 and "," not in s)
    if short:
        ok = any(re.search(r"(?<!\w)" + re.escape(v) + r"(?!\w)", low) for v in REPORT)
        ok = ok or bool(re.search(r"[\"”],\s*\S", s))
        ok = ok or any(s.startswith(c + " ") or s.startswith(c + ",") for c in CONNECT)
        if not ok:
            return False
    return True


def story_sentences(title, article):
    t = detok(title)
    tn = norm(t)
    seen = set()
    out = []
    for s in split_sentences(detok(article)):
        if keep_sentence(s, tn, seen):
            seen.add(norm(s))
            out.append(s)
    return t, out


def make_related(rel):
    pool = []
    for row in sorted(rel):
        t, a = rel[row]
        t = detok(t)
        t = re.sub(r"\s+", " ", t).strip()
        if not t or len(t) > 220:
            continue
        teaser = ""
        for s in split_sentences(detok(a)):
            w = s.split()
            low = s.lower()
            if (len(w) < 10 or any(m in low for m in CAPTION_MARKS) or not quotes_ok(s)
                    or any(":" in x for x in w[:6]) or not s.lstrip(UPPER_OPEN)[:1].isupper()
                    or GLUED_RE.search(s)):
                continue
            if not re.search(r"[.!?…][\"”’')\]]*$", s):
                continue
            if len(w) > 32:
                cut = " ".join(w[:28]).rstrip(",;:")
                if cut.count('"') % 2 or cut.count("(") != cut.count(")") or cut.count("“") != cut.count("”"):
                    continue
                s = cut + "..."
            teaser = s
            break
        pool.append((row, t, teaser))
    return pool


# ---------------------------------------------------------------- names and bits
HO = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
      "Hồ", "Ngô", "Dương", "Lý", "Trịnh", "Lương", "Mai", "Tạ"]
DEM = ["Văn", "Thị", "Minh", "Hữu", "Thanh", "Ngọc", "Quốc", "Thu", "Đức", "Hoài", "Kim", "Bảo",
       "Xuân", "Phương", "Gia", "Anh"]
TEN = ["Hùng", "Lan", "Tâm", "Hương", "Dũng", "Phúc", "Nga", "Khoa", "Trang", "Vinh", "Hạnh",
       "Quân", "Thảo", "Long", "Yến", "Sơn", "Tuấn", "Hà", "My", "Hiền", "Khôi", "Nhung", "Toàn",
       "Duyên", "Lộc", "Trâm", "Nghĩa", "Uyên"]
WEEKDAY = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]

TTHC = ["Đăng ký khai sinh", "Đăng ký kết hôn", "Chứng thực bản sao từ bản chính",
        "Cấp giấy chứng nhận đăng ký hộ kinh doanh", "Đăng ký thường trú", "Cấp giấy phép xây dựng nhà ở riêng lẻ",
        "Xác nhận tình trạng hôn nhân", "Đăng ký khai tử", "Cấp bản sao trích lục hộ tịch",
        "Đăng ký biến động quyền sử dụng đất", "Thủ tục hưởng trợ cấp xã hội hằng tháng",
        "Cấp giấy phép kinh doanh rượu bán lẻ", "Đăng ký tạm trú", "Chứng thực chữ ký"]
DOCTYPES = [("Quyết định", "QĐ"), ("Kế hoạch", "KH"), ("Công văn", "UBND-VP"), ("Thông báo", "TB"),
            ("Chỉ thị", "CT"), ("Báo cáo", "BC")]
DOCABOUT = ["về việc ban hành Kế hoạch cải cách hành chính năm {y}",
            "về việc tổ chức Tết Trồng cây đời đời nhớ ơn Bác Hồ",
            "về công tác phòng, chống thiên tai và tìm kiếm cứu nạn năm {y}",
            "về việc công bố danh mục thủ tục hành chính thuộc thẩm quyền giải quyết",
            "về việc triển khai dịch vụ công trực tuyến mức độ 3, 4",
            "về tăng cường công tác bảo đảm trật tự an toàn giao thông",
            "về việc tiếp công dân định kỳ của Chủ tịch UBND",
            "về kết quả thu ngân sách nhà nước 6 tháng đầu năm {y}",
            "về việc phê duyệt danh sách hộ nghèo, hộ cận nghèo năm {y}",
            "về việc tổ chức các hoạt động hưởng ứng Ngày Pháp luật Việt Nam",
            "về đẩy mạnh phong trào Toàn dân đoàn kết xây dựng đời sống văn hóa",
            "về việc chỉnh trang đô thị, lòng đường, vỉa hè trên địa bàn"]
SCENES = ["Người dân đến làm thủ tục tại Bộ phận tiếp nhận và trả kết quả.",
          "Quang cảnh buổi họp báo cung cấp thông tin định kỳ.",
          "Lực lượng chức năng làm việc tại hiện trường.",
          "Quang cảnh hội nghị trực tuyến tại điểm cầu của địa phương.",
          "Cán bộ, công chức trao đổi nghiệp vụ trong buổi làm việc.",
          "Đại biểu tham dự hội nghị theo dõi báo cáo.",
          "Phóng viên tác nghiệp tại buổi họp báo.",
          "Toàn cảnh buổi làm việc giữa các cơ quan liên quan."]
PERSON_ROLES = ["Tổng thống", "Thủ tướng", "Ngoại trưởng", "Bộ trưởng", "Chủ tịch", "Giám đốc",
                "Phó Chủ tịch", "Đại tá", "Thượng tá", "Trung tá", "Thiếu tá", "Tổng giám đốc",
                "Tổng Bí thư", "Bí thư", "Phó Giám đốc", "Đại sứ", "Người phát ngôn", "ông", "bà",
                "Ông", "Bà", "anh", "chị", "Anh", "Chị", "Hoàng tử", "Nữ hoàng", "Thủ lĩnh",
                "Thống đốc", "Thị trưởng", "Thượng nghị sĩ", "Trưởng phòng", "Giáo sư", "Tiến sĩ"]
PERSON_TAILS = ["trong một lần trả lời báo chí.", "tại một sự kiện gần đây.",
                "phát biểu tại cuộc họp.", "trong buổi làm việc với phóng viên.",
                "(ảnh tư liệu).", "tại buổi họp báo."]


def vn_name(r):
    return f"{r.choice(HO)} {r.choice(DEM)} {r.choice(TEN)}"


PEN = ["Minh", "Thanh", "Ngọc", "Quốc", "Thu", "Đức", "Hoài", "Kim", "Bảo", "Xuân", "Phương",
       "Gia", "Anh", "Hải", "Trung", "Hồng", "Khánh", "Nhật", "Lan", "Mai"]


def pen(r):
    return f"{r.choice(PEN)} {r.choice(TEN)}"


def dmy(d):
    return d.strftime("%d/%m/%Y")


def num(n):
    return f"{n:,}".replace(",", ".")


def persons(sentences):
    found = []
    for s in sentences:
        toks = s.split()
        for i in range(len(toks) - 1):
            role = None
            if i + 1 < len(toks) and f"{toks[i]} {toks[i+1]}" in PERSON_ROLES:
                role, j = f"{toks[i]} {toks[i+1]}", i + 2
            elif toks[i] in PERSON_ROLES:
                role, j = toks[i], i + 1
            if not role:
                continue
            name = []
            while j < len(toks) and len(name) < 4:
                w = toks[j]
                core = w.rstrip(",.;:!?)\"”")
                if (not core or not core[0].isupper() or not core.replace("-", "").isalpha()
                        or (len(core) > 1 and core.isupper())):
                    break
                name.append(core)
                if core != w:
                    break
                j += 1
            if name and not (len(name) == 1 and role in ("ông", "bà", "anh", "chị", "Ông", "Bà", "Anh", "Chị")):
                r0 = role[0].upper() + role[1:]
                cand = f"{r0} {' '.join(name)}"
                if cand not in found:
                    found.append(cand)
    return found


# ---------------------------------------------------------------- context
class Ctx:
    def __init__(self, row, title, paras, sents, date, related, layout):
        self.row = row
        self.title = title
        self.paras = paras
        self.date = date
        self.related = related
        self.r = rng(row, "layout")
        self.layout = layout
        self.body_norm = {norm(s) for s in sents} | {norm(title)}
        self.year = date.year
        cr = rng(row, "captions")
        ppl = persons(sents)
        caps = []
        for p in ppl[:3]:
            caps.append(f"{p} {cr.choice(PERSON_TAILS)}")
        sc = SCENES[:]
        cr.shuffle(sc)
        caps += sc
        self.captions = [c for c in caps if norm(c) not in self.body_norm]
        self.cap_i = 0

    def caption(self):
        c = self.captions[self.cap_i % len(self.captions)]
        self.cap_i += 1
        return c

    def rels(self, n):
        return self.related[:n]

    def rdate(self, k):
        return self.date - datetime.timedelta(days=k + self.r.randint(0, 3), hours=self.r.randint(0, 20))

    def name(self):
        return vn_name(self.r)

    def pen(self):
        return pen(self.r)

    def docs(self, n, agency="UBND"):
        out = []
        d = self.date
        for _ in range(n):
            d = d - datetime.timedelta(days=self.r.randint(1, 9))
            kind, code = self.r.choice(DOCTYPES)
            about = self.r.choice(DOCABOUT).format(y=d.year)
            code = code if "-" in code else f"{code}-{agency}"
            out.append((kind, f"{self.r.randint(12, 3900)}/{code}", d, about))
        return out

    def body(self, mids=(), tail_min=1):
        """Paragraph lines with furniture groups placed between paragraphs."""
        paras = self.paras
        gaps = list(range(1, len(paras)))
        mids = [m for m in mids if m]
        spots = {}
        if gaps:
            for m in mids:
                g = self.r.choice(gaps[:max(1, len(gaps) - tail_min + 1)] if len(gaps) > 1 else gaps)
                spots.setdefault(g, []).extend(m)
        out = []
        for k, p in enumerate(paras):
            if k in spots:
                out.extend(spots[k])
            out.append(("B", p))
        return out


# ---------------------------------------------------------------- widget groups
def W(*lines):
    return [("widget", l) for l in lines]


def footer_std(c, unit, addr, phone, email, lic=True):
    out = [("widget", f"© Bản quyền thuộc {unit}")]
    if lic:
        out.append(("widget", f"Giấy phép số {c.r.randint(10, 99)}/GP-TTĐT do Sở Thông tin và Truyền thông cấp ngày {dmy(c.date - datetime.timedelta(days=c.r.randint(400, 1500)))}"))
    out.append(("widget", f"Địa chỉ: {addr}"))
    out.append(("widget", f"Điện thoại: {phone} - Email: {email}"))
    return out


def counters(c, style=0):
    a = c.r.randint(8, 95)
    t = c.r.randint(150, 2400)
    tot = c.r.randint(300_000, 9_000_000)
    if style == 0:
        return W(f"Đang truy cập: {a}", f"Hôm nay: {num(t)}", f"Tổng lượt truy cập: {num(tot)}")
    if style == 1:
        return W("Thống kê truy cập", f"Online: {a}", f"Trong ngày: {num(t)}", f"Tất cả: {num(tot)}")
    return W(f"Lượt truy cập: {num(tot)}")


def tthc_box(c, n=4, head="Thủ tục hành chính"):
    items = c.r.sample(TTHC, n)
    return W(head, *items, "Xem tất cả")


def vanban_box(c, n=3, head="Văn bản mới", agency="UBND", style=0):
    out = [("widget", head)]
    for kind, no, d, about in c.docs(n, agency):
        if style == 0:
            out.append(("widget", f"{kind} số {no} ngày {dmy(d)} {about}"))
        elif style == 1:
            out.append(("widget", f"{no}"))
            out.append(("widget", f"{kind} {about}"))
            out.append(("widget", f"Ngày ban hành: {dmy(d)}"))
        else:
            out.append(("widget", f"Số {no} - {dmy(d)}: {kind} {about}"))
    return out


def feedback_form(c, head="Gửi ý kiến phản ánh, kiến nghị"):
    return W(head, "Họ và tên (*)", "Địa chỉ", "Số điện thoại", "Email (*)", "Tiêu đề",
             "Nội dung (*)", "Mã xác nhận", "Gửi ý kiến", "Nhập lại")


# ---------------------------------------------------------------- layouts
def L00(c):  # ward portal, classic
    ward = "phường Vĩnh Lạc Trung"
    hd = c.date + datetime.timedelta(days=c.r.randint(0, 20))
    out = W("Chuyển đến nội dung chính", "Cỡ chữ: A- A A+", "Tương phản cao",
            f"{WEEKDAY[hd.weekday()]}, ngày {dmy(hd)}")
    out += W("ỦY BAN NHÂN DÂN QUẬN BÌNH SƠN")
    out.append(("S", "CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG VĨNH LẠC TRUNG"))
    out += W("Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Văn bản pháp quy", "Thủ tục hành chính", "Hỏi đáp", "Liên hệ")
    out += W("Trang chủ > Tin tức - Sự kiện > Tin trong nước và quốc tế")
    out.append(("T", c.title))
    out.append(("D", f"Ngày đăng: {dmy(c.date)} | {c.date:%H:%M}"))
    out += c.body([[("caption", c.caption()), ("credit", f"Ảnh: {c.pen()}")]])
    out.append(("byline", c.name().upper()))
    out += W(f"Lượt xem: {c.r.randint(40, 900)}", "In trang", "Gửi email", "Quay lại")
    rs = c.rels(5)
    if rs:
        out += W("Các tin khác")
        for k, (_, t, _) in enumerate(rs):
            out.append(("related", f"{t} ({dmy(c.rdate(k))})"))
    out += vanban_box(c, 3)
    out += footer_std(c, f"Ủy ban nhân dân {ward}", f"Số {c.r.randint(2, 180)} đường Lạc Long Quân, {ward}, quận Bình Sơn, TP. Nam Lương",
                      f"(0274) 3 8{c.r.randint(10, 99)} {c.r.randint(100, 999)}", "ubnd.vinhlactrung@namluong.gov.vn")
    out += counters(c, 2)
    return out


def L01(c):  # district portal, byline under date, TTHC box
    out = W(f"Hôm nay: {WEEKDAY[c.date.weekday()]}, {dmy(c.date)}", "Đăng nhập", "English")
    out.append(("S", "Cổng thông tin điện tử huyện Đồng Khê"))
    out += W("Tin tức > Thời sự")
    out.append(("T", c.title))
    out.append(("D", f"Cập nhật lúc {c.date:%H:%M}, {WEEKDAY[c.date.weekday()]}, {dmy(c.date)}"))
    out.append(("byline", f"Người viết: {c.name()}"))
    rs = c.rels(5)
    mids = []
    if rs:
        mids.append([("related", f"Xem thêm: {rs[0][1]}")])
    mids.append([("caption", c.caption())])
    out += c.body(mids)
    out += W("Chia sẻ", "Facebook", "Zalo", "In bài viết")
    if len(rs) > 1:
        out += W("Tin liên quan")
        for _, t, _ in rs[1:]:
            out.append(("related", f"- {t}"))
    out += tthc_box(c, 4)
    out += W("Cổng thông tin điện tử huyện Đồng Khê")
    out += W("Cơ quan chủ quản: Ủy ban nhân dân huyện Đồng Khê, tỉnh Hà Lâm",
             f"Chịu trách nhiệm chính: {c.name()} - Chánh Văn phòng HĐND và UBND huyện",
             "Địa chỉ: Khu 3, thị trấn Đồng Khê, huyện Đồng Khê, tỉnh Hà Lâm",
             "Ghi rõ nguồn \"Cổng thông tin điện tử huyện Đồng Khê\" khi phát hành lại thông tin từ website này.")
    return out


def L02(c):  # provincial department of information & communications
    out = [("S", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH HÀ LÂM")]
    out += W("Giới thiệu", "Tin tức", "Văn bản", "Dịch vụ công", "Thống kê", "Liên hệ", "Tìm kiếm")
    out += W("Tin hoạt động")
    out.append(("D", f"{dmy(c.date)} {c.date:%H:%M}"))
    out.append(("T", c.title))
    out += W("Kích thước chữ: A- A+", "In bài", "Gửi bài")
    cap = c.caption()
    mids = [[("caption", f"{cap[:-1] if cap.endswith('.') else cap} (Ảnh: {c.pen()})")]]
    rs = c.rels(4)
    if rs:
        mids.append([("related", f"Xem thêm: {rs[0][1]}")])
    out += c.body(mids)
    out.append(("byline", f"{c.pen()} - Trung tâm Công nghệ thông tin và Truyền thông"))
    out += W("Từ khóa: chuyển đổi số, chính quyền điện tử, tin tức")
    if len(rs) > 1:
        out += W("Tin khác")
        for k, (_, t, _) in enumerate(rs[1:]):
            out.append(("related", f"{t} - {dmy(c.rdate(k))}"))
    out += W("Liên kết website", "Cổng Dịch vụ công quốc gia", "Hệ thống thông tin báo cáo tỉnh")
    out += footer_std(c, "Sở Thông tin và Truyền thông tỉnh Hà Lâm", "Số 8 đường Trần Phú, TP. Hà Lâm",
                      f"0238.{c.r.randint(3500000, 3899999)}", "stttt@halam.gov.vn")
    return out


def L03(c):  # public-service portal, news section
    out = W("Đăng nhập", "Đăng ký", f"Tổng đài hỗ trợ: 1900 {c.r.randint(1000, 9999)}")
    out.append(("S", "Cổng Dịch vụ công tỉnh Bình Phong"))
    out += W("Thủ tục hành chính", "Dịch vụ công trực tuyến", "Tra cứu hồ sơ", "Thanh toán trực tuyến", "Phản ánh kiến nghị", "Tin tức")
    out += W("Nhập mã hồ sơ để tra cứu", "Tra cứu")
    out.append(("T", c.title))
    out.append(("D", f"[{dmy(c.date)}]"))
    out += c.body([[("caption", c.caption())]] if c.r.random() < 0.6 else [])
    out.append(("byline", f"(Theo Báo Bình Phong)"))
    rs = c.rels(4)
    if rs:
        out += W("Tin tức khác")
        for k, (_, t, _) in enumerate(rs):
            out.append(("related", f"{k + 1}. {t}"))
    out += feedback_form(c)
    out += W("Thống kê hồ sơ", f"Tiếp nhận: {num(c.r.randint(20000, 400000))}", f"Đã giải quyết: {num(c.r.randint(20000, 390000))}",
             f"Trước hạn, đúng hạn: {c.r.randint(95, 99)},{c.r.randint(1, 9)}%")
    out += W("Cơ quan chủ quản: Văn phòng UBND tỉnh Bình Phong",
             "Địa chỉ: Số 2 Quảng trường 3 Tháng 2, TP. Bình Phong",
             f"Email: dichvucong@binhphong.gov.vn")
    return out


def L04(c):  # ward portal with rating, share row, counters
    out = W("Trang chủ", "Tin tức", "Công khai ngân sách", "Tiếp dân", "Liên hệ")
    out.append(("S", "Cổng thông tin điện tử phường Hòa Thạnh Tây"))
    out.append(("T", c.title))
    out.append(("D", f"{c.date:%H:%M} | {dmy(c.date)}"))
    out += W("Nghe đọc bài viết", f"00:00 / 0{c.r.randint(1, 5)}:{c.r.randint(10, 59)}")
    out += c.body([[("caption", c.caption())], [("caption", c.caption()), ("credit", "Ảnh: BBT")]])
    out.append(("byline", c.pen()))
    out += W("Đánh giá bài viết: ★★★★☆", f"({c.r.randint(2, 40)} lượt đánh giá)",
             "Chia sẻ: Facebook Zalo Twitter", "In bài", "Gửi email")
    rs = c.rels(3)
    if rs:
        out += W("Tin cùng chuyên mục")
        for _, t, tz in rs:
            out.append(("related", t))
    out += counters(c, 0)
    out += W("UBND PHƯỜNG HÒA THẠNH TÂY - QUẬN TÂN LẬP - TP. NAM LƯƠNG",
             f"Điện thoại: 028.3{c.r.randint(7000000, 7999999)}", "Website đang chạy thử nghiệm")
    return out


def L05(c):  # provincial justice department, headline+teaser related
    out = W("SỞ TƯ PHÁP", "Trang tin điện tử", f"{WEEKDAY[c.date.weekday()]}, {dmy(c.date)}")
    out.append(("S", "Trang thông tin điện tử Sở Tư pháp tỉnh Nam Lương"))
    out += W("Trang chủ / Tin tức - sự kiện / Tin tổng hợp")
    out.append(("T", c.title))
    out.append(("D", f"Ngày {c.date.day:02d}/{c.date.month:02d}/{c.year}"))
    cap = c.caption()
    out += c.body([[("caption", cap), ("credit", f"Ảnh: {c.pen()}")]])
    out.append(("byline", c.pen()))
    out.append(("credit", "Nguồn: Phòng Phổ biến, giáo dục pháp luật"))
    rs = c.rels(3)
    if rs:
        out += W("Các bài viết khác")
        for _, t, tz in rs:
            out.append(("related", t))
            if tz:
                out.append(("related", tz))
    out += W("Hỏi - đáp pháp luật", "Đặt câu hỏi", "Tra cứu văn bản", "Cơ sở dữ liệu quốc gia về văn bản pháp luật")
    out += footer_std(c, "Sở Tư pháp tỉnh Nam Lương", "Số 15 đường Hùng Vương, TP. Nam Lương",
                      f"0274 3{c.r.randint(800000, 899999)}", "stp@namluong.gov.vn")
    return out


def L06(c):  # industrial-zones management board, related joined on a line
    out = [("S", "BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP TỈNH ĐÔNG GIANG")]
    out += W("Giới thiệu", "Tin tức - Sự kiện", "Thu hút đầu tư", "Thủ tục hành chính", "Văn bản", "Liên hệ")
    out.append(("T", c.title))
    out += W(f"Lượt xem: {c.r.randint(20, 700)}")
    out.append(("D", f"Đăng ngày: {dmy(c.date)}"))
    out += c.body([[("caption", c.caption())]])
    out.append(("byline", f"{c.pen()} (tổng hợp)"))
    rs = c.rels(4)
    if rs:
        out.append(("related", "Tin cùng chuyên mục: " + "; ".join(t for _, t, _ in rs)))
    out += vanban_box(c, 3, "Văn bản mới ban hành", "BQL", style=2)
    out += W("Hỗ trợ trực tuyến", f"Hotline: 0913.{c.r.randint(100, 999)}.{c.r.randint(100, 999)}")
    out += footer_std(c, "Ban Quản lý các khu công nghiệp tỉnh Đông Giang", "Số 12 đại lộ Bình Dương Mới, TP. Đông Giang",
                      f"0270.382{c.r.randint(1000, 9999)}", "bqlkcn@donggiang.gov.vn", lic=False)
    return out


def L07(c):  # commune party-committee site, date at bottom
    out = W("Trang thông tin điện tử", "ĐẢNG BỘ XÃ PHƯỚC LÂM TÂY")
    out.append(("S", "Đảng bộ xã Phước Lâm Tây - Huyện Sơn Khê"))
    out += W("Trang chủ", "Tin tức", "Xây dựng Đảng", "Học tập và làm theo Bác", "Văn kiện")
    out.append(("T", c.title))
    out += c.body([[("caption", c.caption())]] if len(c.paras) > 2 else [])
    out.append(("byline", f"Tác giả: {c.name()}"))
    out.append(("D", f"Ngày cập nhật: {dmy(c.date)}"))
    out += W(f"Số lượt xem: {c.r.randint(10, 400)}", "Trở về", "Bản in")
    rs = c.rels(4)
    if rs:
        out += W("Các tin đã đưa")
        for k, (_, t, _) in enumerate(rs):
            out.append(("related", f"{t} ({dmy(c.rdate(k))})"))
    out += W("Liên kết", "Báo Sơn Khê điện tử", "Cổng thông tin huyện Sơn Khê")
    out += W("Bản quyền thuộc Đảng ủy xã Phước Lâm Tây", "Thiết kế bởi Trung tâm Văn hóa - Thông tin huyện")
    out += counters(c, 1)
    return out


def L08(c):  # bilingual city portal; image before body; gallery
    out = W("Tiếng Việt", "English", "Sơ đồ cổng", "Liên hệ")
    out.append(("S", "CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ HẢI VÂN"))
    out += W("Trang chủ", "Tin tức", "Chính quyền", "Công dân", "Doanh nghiệp", "Du khách")
    out += W("Tin tức sự kiện")
    out.append(("T", c.title))
    d = c.date
    out.append(("D", f"Đăng ngày {d.day:02d} tháng {d.month:02d} năm {d.year}"))
    out.append(("caption", c.caption()))
    mids = []
    if len(c.paras) > 3:
        mids.append(W("Một số hình ảnh:") + [("caption", c.caption()), ("caption", c.caption())])
    out += c.body(mids)
    out.append(("byline", f"{c.name()} - Văn phòng UBND thành phố"))
    out += W("Quay lại", "Đầu trang")
    rs = c.rels(3)
    if rs:
        out += W("Tin đã đăng")
        for k, (_, t, _) in enumerate(rs):
            out.append(("related", f"» {t} ({dmy(c.rdate(k))})"))
    out += W("CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ HẢI VÂN",
             "Cơ quan chủ quản: UBND thành phố Hải Vân",
             f"Giấy phép số {c.r.randint(10, 90)}/GP-STTTT",
             "Địa chỉ: 24 Trần Phú, quận Hải Châu Bắc, TP. Hải Vân")
    return out


def L09(c):  # town portal with text-to-speech player; credit Nguồn line
    out = W("Hỗ trợ người khuyết tật", "Trình đọc màn hình", "Cỡ chữ: Nhỏ Vừa Lớn")
    out.append(("S", "Cổng thông tin điện tử thị xã Hòa Lạc Nam"))
    out += W("Tin tức - Sự kiện / Thời sự")
    out.append(("T", c.title))
    out.append(("D", f"{WEEKDAY[c.date.weekday()]} - {dmy(c.date)} {c.date:%H:%M}"))
    out += W("Nghe bài viết", "▶ 0:00", "Giọng đọc: Nữ miền Bắc")
    mids = [[("caption", c.caption())]]
    rs = c.rels(4)
    if rs:
        mids.append([("related", f">> Xem thêm: {rs[0][1]}")])
    out += c.body(mids)
    out.append(("byline", "BBT"))
    out.append(("credit", "Nguồn: Phòng Văn hóa và Thông tin thị xã"))
    out += W("Tags: thời sự, tin tức")
    if len(rs) > 1:
        out += W("Tin mới hơn")
        for _, t, _ in rs[1:3]:
            out.append(("related", t))
        out += W("Tin cũ hơn")
        for _, t, _ in rs[3:]:
            out.append(("related", t))
    out += tthc_box(c, 3, "Thủ tục hành chính thường gặp")
    out += W("Ban biên tập Cổng thông tin điện tử thị xã Hòa Lạc Nam",
             "Trưởng ban: Phó Chủ tịch UBND thị xã", "Địa chỉ: 01 đường 19/5, phường Trung Tâm, thị xã Hòa Lạc Nam")
    return out


def L10(c):  # department of health; doctor byline; hotline
    out = W(f"Đường dây nóng: 0963.{c.r.randint(100, 999)}.{c.r.randint(100, 999)}", "Liên hệ", "Sơ đồ site")
    out.append(("S", "SỞ Y TẾ TỈNH ĐÔNG GIANG"))
    out += W("Trang chủ", "Tin tức", "Y tế dự phòng", "Khám chữa bệnh", "Dược", "Thủ tục hành chính")
    out.append(("T", c.title))
    out.append(("D", f"Ngày đăng: {dmy(c.date)}"))
    out.append(("byline", f"BS. {c.name()} - Trung tâm Y tế huyện Kim Lộc"))
    out += c.body([[("caption", c.caption())]])
    out += W("In trang", "Về đầu trang")
    rs = c.rels(5)
    if rs:
        out += W("Bài viết liên quan")
        for k, (_, t, _) in enumerate(rs):
            out.append(("related", f"{t} - {dmy(c.rdate(k))}"))
    out += W("Lịch trực", "Trực lãnh đạo: Phó Giám đốc Sở", f"Trực cấp cứu: 115")
    out += footer_std(c, "Sở Y tế tỉnh Đông Giang", "Số 5 đường Lê Lợi, TP. Đông Giang",
                      f"0270.3{c.r.randint(820000, 829999)}", "syt@donggiang.gov.vn")
    out += counters(c, 2)
    return out


def L11(c):  # department of education; downloads
    out = W("SỞ GIÁO DỤC VÀ ĐÀO TẠO", f"Hôm nay {dmy(c.date + datetime.timedelta(days=c.r.randint(0, 9)))}")
    out.append(("S", "Sở Giáo dục và Đào tạo tỉnh Bình Phong"))
    out += W("Tin tức - Sự kiện", "Thông báo", "Văn bản", "Tuyển sinh", "Thi cử", "Cải cách hành chính")
    out.append(("T", c.title))
    out.append(("D", f"{dmy(c.date)}"))
    out += W(f"Lượt xem: {num(c.r.randint(50, 3000))} | Bản in")
    out += c.body([[("caption", c.caption()), ("credit", f"Ảnh: {c.pen()}")]] if c.r.random() < 0.7 else [])
    out.append(("byline", c.name().upper()))
    out += W(f"Tải về: tin-{c.date:%Y%m%d}-{c.r.randint(100, 999)}.pdf")
    rs = c.rels(4)
    if rs:
        out += W("Các tin khác")
        for _, t, _ in rs:
            out.append(("related", f"• {t}"))
    out += vanban_box(c, 3, "Văn bản chỉ đạo điều hành", "SGDĐT", style=1)
    out += footer_std(c, "Sở Giáo dục và Đào tạo tỉnh Bình Phong", "Số 300 đường Cách Mạng Tháng Tám, TP. Bình Phong",
                      f"0271.387{c.r.randint(1000, 9999)}", "sgddt@binhphong.edu.vn")
    return out


def L12(c):  # tax department; pulled quote fragment
    out = W("CỤC THUẾ TỈNH HÀ LÂM", "Hỗ trợ người nộp thuế", "Khai thuế điện tử", "Nộp thuế điện tử")
    out.append(("S", "Trang thông tin điện tử Cục Thuế tỉnh Hà Lâm"))
    out += W("Trang chủ > Tin tức > Tin hoạt động")
    out.append(("T", c.title))
    out.append(("D", f"{dmy(c.date)} - {c.date:%H:%M}"))
    mids = []
    # pulled quote: a fragment of a story sentence, cut and ellipsised
    longs = [s for p in c.paras for s in p if 18 <= len(s.split()) <= 60 and '"' not in s and "“" not in s]
    if longs:
        s = c.r.choice(longs)
        w = s.split()
        frag = "“" + " ".join(w[:12]).rstrip(",;:.") + "...”"
        if norm(frag) not in c.body_norm:
            mids.append(W(frag))
    mids.append([("caption", c.caption())])
    out += c.body(mids)
    out.append(("byline", f"{c.pen()} - Phòng Tuyên truyền - Hỗ trợ người nộp thuế"))
    rs = c.rels(3)
    if rs:
        out += W("Tin liên quan")
        for _, t, _ in rs:
            out.append(("related", t))
    out += W("Hỏi đáp chính sách thuế", f"Tổng đài: 0238.{c.r.randint(3500000, 3899999)}")
    out += W("Cục Thuế tỉnh Hà Lâm - Số 18 Nguyễn Du, TP. Hà Lâm")
    return out


def L13(c):  # mobile view of a district portal
    out = W("☰", "Tìm kiếm...")
    out.append(("S", "Huyện Sơn Khê"))
    out.append(("T", c.title))
    out.append(("D", f"{dmy(c.date)} {c.date:%H:%M}"))
    out += c.body([[("caption", c.caption())]])
    out.append(("byline", c.pen()))
    rs = c.rels(4)
    if rs:
        out += W("Bài viết khác")
        for _, t, tz in rs[:3]:
            out.append(("related", t))
            if tz:
                out.append(("related", tz))
    out += W("Xem phiên bản máy tính", "Về đầu trang", "© UBND huyện Sơn Khê")
    return out


def L14(c):  # low-end commune portal with marquee
    hd = c.date + datetime.timedelta(days=c.r.randint(0, 6))
    out = W("Chào mừng bạn đến với Cổng thông tin điện tử xã Phước Lâm",
            f"{WEEKDAY[hd.weekday()]}, {dmy(hd)}")
    out.append(("S", "XÃ PHƯỚC LÂM - HUYỆN KIM LỘC"))
    out += W("Trang chủ", "Giới thiệu chung", "Tin tức", "Niêm yết công khai", "Lịch công tác", "Văn bản")
    out += W("Tin tức")
    out.append(("T", c.title))
    out.append(("D", f"Ngày đăng: {dmy(c.date)}"))
    out += W(f"Người đăng: Quản trị viên - Lượt xem: {c.r.randint(5, 200)}")
    out += c.body([[("caption", "Ảnh minh họa")]] if c.r.random() < 0.5 else [[("caption", c.caption())]])
    out.append(("byline", "Ban biên tập"))
    rs = c.rels(5)
    if rs:
        out += W("Các tin khác")
        for k, (_, t, _) in enumerate(rs):
            out.append(("related", f"{t} [{dmy(c.rdate(k))}]"))
    out += W("Lịch công tác tuần", "Niêm yết thủ tục hành chính")
    out += counters(c, 1)
    out += W("UBND xã Phước Lâm - huyện Kim Lộc - tỉnh Nam Lương",
             f"ĐT: 0274.36{c.r.randint(10000, 99999)}", "Email: phuoclam.kimloc@namluong.gov.vn")
    return out


def L15(c):  # provincial portal: online Q&A box, weekly schedule
    out = W("Văn bản", "Hỏi đáp trực tuyến", "Lịch công tác", "Thư điện tử công vụ", "Sơ đồ cổng")
    out.append(("S", "Cổng thông tin điện tử tỉnh Nam Lương"))
    out += W("Tin tức sự kiện » Thời sự trong nước")
    out.append(("D", f"{WEEKDAY[c.date.weekday()]}, {dmy(c.date)}, {c.date:%H:%M} (GMT+7)"))
    out.append(("T", c.title))
    cap = c.caption()
    out += c.body([[("caption", f"{cap[:-1] if cap.endswith('.') else cap}. (Ảnh minh họa)")]])
    out.append(("byline", c.name()))
    out += W("Gửi cho bạn bè", "Lưu tin", "Bản in")
    rs = c.rels(4)
    if rs:
        out += W("Các tin đã đăng")
        for k, (_, t, _) in enumerate(rs):
            d = c.rdate(k)
            out.append(("related", f"{t} ({d:%H:%M} {dmy(d)})"))
    out += W("Hỏi đáp trực tuyến", f"Câu hỏi đã trả lời: {num(c.r.randint(300, 5000))}", "Đặt câu hỏi")
    out += W("Lịch công tác tuần của UBND tỉnh", "Xem chi tiết")
    out += footer_std(c, "Văn phòng Ủy ban nhân dân tỉnh Nam Lương", "Số 1 Quảng trường Trung tâm, TP. Nam Lương",
                      f"0274.38{c.r.randint(10000, 99999)}", "congttdt@namluong.gov.vn")
    return out


def L16(c):  # investment promotion centre; author box
    out = W("Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch", "VI | EN")
    out.append(("S", "Investment & Trade Promotion Centre - Đông Giang"))
    out += W("Đầu tư", "Thương mại", "Du lịch", "Tin tức", "Ấn phẩm")
    out.append(("T", c.title))
    out.append(("D", f"Posted: {dmy(c.date)}"))
    out += c.body([[("caption", c.caption())]])
    out += W("Về tác giả")
    out.append(("byline", c.name()))
    out.append(("byline", "Chuyên viên Phòng Thông tin - Xúc tiến, phụ trách chuyên mục tin tức tổng hợp."))
    out += W("Tags: đầu tư, thương mại, tin tổng hợp")
    rs = c.rels(3)
    if rs:
        out += W("Có thể bạn quan tâm")
        for _, t, tz in rs:
            out.append(("related", f"{t} - {tz}" if tz else t))
    out += W("Đăng ký nhận bản tin", "Nhập email của bạn", "Đăng ký")
    out += W(f"Địa chỉ: Tầng 5, Trung tâm Hành chính tỉnh Đông Giang - ĐT: 0270.38{c.r.randint(10000, 99999)}")
    return out


def L17(c):  # office newsletter; date before title; Theo signature
    out = W("BẢN TIN ĐIỆN TỬ", "VĂN PHÒNG UBND TỈNH BÌNH PHONG")
    out.append(("S", "Bản tin điện tử Văn phòng UBND tỉnh Bình Phong"))
    out += W(f"Số {c.r.randint(100, 400)} - Năm {c.year}")
    out.append(("D", f"{dmy(c.date)}"))
    out.append(("T", c.title))
    mids = []
    if len(c.paras) > 2:
        mids.append([("caption", c.caption())])
    out += c.body(mids)
    out.append(("byline", "Theo Cổng TTĐT tỉnh Bình Phong"))
    rs = c.rels(4)
    if rs:
        out += W("Các bản tin khác")
        for k, (_, t, _) in enumerate(rs):
            out.append(("related", f"{dmy(c.rdate(k))} - {t}"))
    out += W("Đơn vị phát hành: Phòng Hành chính - Tổ chức", "Lưu hành nội bộ")
    return out


def L18(c):  # citizen-feedback portal, news section
    out = W("Tiếp nhận phản ánh", "Tra cứu kết quả", "Hướng dẫn", "Tin tức",
            f"Tổng đài: 1022 - Nhánh {c.r.randint(1, 5)}")
    out.append(("S", "Hệ thống tiếp nhận, trả lời phản ánh, kiến nghị của người dân - huyện Kim Lộc"))
    out += W("Tin tức")
    out.append(("T", c.title))
    out.append(("D", f"Thời gian đăng: {c.date:%H:%M:%S} {dmy(c.date)}"))
    out += c.body([[("caption", c.caption()), ("credit", f"Ảnh: {c.pen()}")]])
    out.append(("byline", f"{c.name()} - Phòng Văn hóa và Thông tin huyện"))
    rs = c.rels(4)
    if rs:
        out += W("Tin liên quan")
        for k, (_, t, _) in enumerate(rs):
            out.append(("related", f"{t} ({dmy(c.rdate(k))})"))
    out += feedback_form(c, "Gửi phản ánh, kiến nghị")
    out += W("Kết quả xử lý phản ánh",
             f"Đã tiếp nhận: {num(c.r.randint(500, 9000))}", f"Đã xử lý: {num(c.r.randint(400, 8900))}")
    out += W("© Ủy ban nhân dân huyện Kim Lộc")
    return out


def L19(c):  # farmers' association site; poll and comments
    out = W(f"{WEEKDAY[c.date.weekday()]}, {dmy(c.date)}")
    out.append(("S", "TRANG THÔNG TIN ĐIỆN TỬ HỘI NÔNG DÂN TỈNH HÀ LÂM"))
    out += W("Trang chủ", "Tin tức", "Hoạt động Hội", "Khuyến nông", "Gương điển hình", "Liên hệ")
    out.append(("T", c.title))
    out.append(("D", f"Đăng lúc: {c.date:%H:%M} ngày {dmy(c.date)}"))
    rs = c.rels(4)
    mids = [[("caption", c.caption())]]
    if rs and len(c.paras) > 2:
        mids.append([("related", f"Đọc thêm: {rs[0][1]}")])
    out += c.body(mids)
    out.append(("byline", f"{c.pen().upper()} (tổng hợp)"))
    out += W("Bình luận (0)", "Ý kiến bạn đọc", "Gửi bình luận")
    if len(rs) > 1:
        out += W("Tin đã đưa")
        for _, t, tz in rs[1:]:
            out.append(("related", t))
    out += W("Thăm dò ý kiến", "Bạn đánh giá thế nào về chất lượng dịch vụ công trực tuyến?",
             "Rất hài lòng", "Hài lòng", "Chưa hài lòng", "Biểu quyết", "Xem kết quả")
    out += W("Hội Nông dân tỉnh Hà Lâm", "Địa chỉ: 45 đường Nguyễn Trãi, TP. Hà Lâm",
             f"Điện thoại: 0238.3{c.r.randint(820000, 869999)}")
    out += counters(c, 0)
    return out


LAYOUTS = [L00, L01, L02, L03, L04, L05, L06, L07, L08, L09,
           L10, L11, L12, L13, L14, L15, L16, L17, L18, L19]
PARA = {0: (1, 3), 1: (2, 3), 2: (1, 2), 3: (2, 4), 4: (1, 3), 5: (2, 3), 6: (3, 4), 7: (1, 2),
        8: (1, 3), 9: (2, 3), 10: (1, 4), 11: (2, 3), 12: (1, 3), 13: (1, 2), 14: (2, 4),
        15: (1, 3), 16: (2, 3), 17: (1, 3), 18: (2, 4), 19: (1, 2)}


# ---------------------------------------------------------------- faults
def _inner_spaces(s):
    return [k for k, ch in enumerate(s) if ch == " " and 0 < k < len(s) - 1]


def f_nbsp(s, r):
    sp = _inner_spaces(s)
    if not sp:
        return s
    for k in r.sample(sp, min(len(sp), r.randint(1, 4))):
        s = s[:k] + "\u00a0" + s[k + 1:]
    return s


def f_zwsp(s, r):
    cand = [k for k in range(1, len(s)) if s[k - 1].isalpha() and s[k].isalpha()]
    if not cand:
        return s
    k = r.choice(cand)
    return s[:k] + "\u200b" + s[k:]


def f_dbl(s, r):
    sp = _inner_spaces(s)
    if not sp:
        return s
    k = r.choice(sp)
    return s[:k] + "  " + s[k + 1:]


def glue(sents, r):
    cand = [k for k in range(len(sents) - 1)
            if sents[k].endswith(".") and sents[k + 1][:1].isupper()]
    if not cand:
        return sents, False
    k = r.choice(cand)
    return sents[:k] + [sents[k] + sents[k + 1]] + sents[k + 2:], True


# ---------------------------------------------------------------- page build
def group(sents, lo, hi, r):
    paras, i = [], 0
    while i < len(sents):
        n = r.randint(lo, hi)
        paras.append(sents[i:i + n])
        i += n
    return paras


def build(row, k, title, sents, pool):
    li = k % len(LAYOUTS)
    layout = LAYOUTS[li]
    name = f"L{li:02d}"
    rd = rng(row, "date")
    date = datetime.datetime(2016, 1, 1) + datetime.timedelta(
        days=rd.randint(0, 4 * 365 - 1), minutes=rd.randint(6 * 60, 22 * 60))
    # faults
    rf = rng(row, "fault")
    faults = []
    if rf.random() < 0.21:
        faults = rf.sample(["nbsp", "zwsp", "dbl", "glue", "nfd"], rf.choice([1, 1, 2]))
    items = list(sents)
    if "glue" in faults:
        items, ok = glue(items, rng(row, "glue"))
        if not ok:
            faults.remove("glue")
    lo, hi = PARA[li]
    paras = group(items, lo, hi, rng(row, "paras"))
    # related
    bn = {norm(s) for s in sents} | {norm(title)}
    joined = norm(" ".join(sents))
    rr = rng(row, "related")
    cand = [p for p in pool if norm(p[1]) not in bn and norm(p[1]) not in joined
            and (not p[2] or (norm(p[2]) not in bn and norm(p[2].rstrip(".…")) not in joined))]
    rr.shuffle(cand)
    related = [(rw, t, tz) for rw, t, tz in cand[:6]]
    c = Ctx(row, title, paras, sents, date, related, name)
    entries = layout(c)
    # apply per-line faults
    if any(f in faults for f in ("nbsp", "zwsp", "dbl")):
        fr = rng(row, "faultlines")
        new = []
        for e in entries:
            kind = e[0]
            if kind in ("T", "D", "S"):
                new.append(e)
                continue
            for f, fn, p in (("nbsp", f_nbsp, 0.35), ("zwsp", f_zwsp, 0.15), ("dbl", f_dbl, 0.08)):
                if f not in faults:
                    continue
                if kind == "B":
                    e = ("B", [fn(s, fr) if fr.random() < p else s for s in e[1]])
                elif fr.random() < p:
                    e = (kind, fn(e[1], fr))
            new.append(e)
        entries = new
    lines, body, furn = [], [], []
    for e in entries:
        if e[0] == "B":
            lines.append(" ".join(e[1]))
            body.extend(e[1])
        elif e[0] in ("T", "D", "S"):
            lines.append(e[1] if e[0] != "T" else e[1])
        else:
            lines.append(e[1])
            furn.append((e[0], e[1]))
    if "nfd" in faults:
        nf = lambda s: unicodedata.normalize("NFD", s)
        lines = [nf(l) for l in lines]
        body = [nf(b) for b in body]
        furn = [(kd, nf(l)) for kd, l in furn]
    text = "\n".join(lines)
    return Page(text, body, furn, name), faults


def check(page):
    lines = page.text.split("\n")
    body, furn = page.body, page.furniture
    bi = fi = un = 0
    body_n = {norm(b) for b in body}
    unl = []
    for ln in lines:
        if not ln or ln != ln.strip():
            raise ValueError(f"{page.layout}: blank or unstripped line {ln!r}")
        if fi < len(furn) and ln == furn[fi][1]:
            if furn[fi][0] not in KINDS:
                raise ValueError(f"bad kind {furn[fi][0]}")
            if norm(ln) in body_n:
                raise ValueError(f"furniture equals body: {ln!r}")
            fi += 1
            continue
        hit = False
        for n in range(1, 5):
            if bi + n <= len(body) and ln == " ".join(body[bi:bi + n]):
                bi += n
                hit = True
                break
        if hit:
            continue
        un += 1
        unl.append(ln)
        if norm(ln) in body_n:
            raise ValueError(f"unlabelled equals body: {ln!r}")
    if bi != len(body) or fi != len(furn):
        raise ValueError(f"{page.layout}: walk did not use up labels ({bi}/{len(body)}, {fi}/{len(furn)})")
    if un > 3:
        raise ValueError(f"{page.layout}: {un} unlabelled lines: {unl}")
    if len(body) < 3:
        raise ValueError("too few body items")
    for b in body:
        if not b or b != b.strip() or "\n" in b or b not in page.text:
            raise ValueError(f"bad body item {b!r}")
    un_n = {norm(u) for u in unl}
    for kd, ln in furn:
        if kd == "related" and (norm(ln) in body_n or norm(ln) in un_n):
            raise ValueError(f"related equals title/body: {ln!r}")


def _pages(path):
    body_rows, rel_rows = read_rows(path)
    pool = make_related(rel_rows)
    out, k = [], 0
    for row in sorted(body_rows):
        t, a = body_rows[row]
        title, sents = story_sentences(t, a)
        if not title:
            continue
        if len(sents) < 3:
            k += 1
            continue
        page, faults = build(row, k, title, sents, pool)
        check(page)
        out.append((page, faults))
        k += 1
    return out


def pages(path):
    return [p for p, _ in _pages(Path(path))]


def main(argv):
    path = argv[1] if len(argv) > 1 else "/work/shared/data/vietnews_train.jsonl.gz"
    res = _pages(path)
    cols = ["pages", "body"] + list(KINDS) + ["faults"]
    tab = {}
    for p, f in res:
        t = tab.setdefault(p.layout, dict.fromkeys(cols, 0))
        t["pages"] += 1
        t["body"] += len(p.body)
        for kd, _ in p.furniture:
            t[kd] += 1
        t["faults"] += 1 if f else 0
    print("layout " + " ".join(f"{c:>8}" for c in cols))
    tot = dict.fromkeys(cols, 0)
    for name in sorted(tab):
        print(f"{name:<6} " + " ".join(f"{tab[name][c]:>8}" for c in cols))
        for c in cols:
            tot[c] += tab[name][c]
    print("TOTAL  " + " ".join(f"{tot[c]:>8}" for c in cols))


if __name__ == "__main__":
    main(sys.argv)
