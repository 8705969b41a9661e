#!/usr/bin/env python3
"""Held-out evaluation set test84 (labour, jobs, social welfare, trade-union news).

Builds labelled scraped article pages of invented Vietnamese outlets.
Usage: python3 make.py /path/to/vietnews_train.jsonl.gz
Standard library only.
"""
import gzip
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path
from typing import List, NamedTuple, Tuple

SETNAME = "test84"
SEED = 8484
BODY_ROWS = range(16000, 16100)
RELATED_ROWS = range(15700, 15800)
KINDS = ("byline", "credit", "caption", "related", "widget")


class Page(NamedTuple):
    text: str
    body: List[str]
    furniture: List[Tuple[str, str]]
    layout: str


def R(row, purpose):
    return random.Random(f"{SETNAME}|{SEED}|{row}|{purpose}")


# ----------------------------------------------------------------- reading
def read_rows(path):
    body, related = [], []
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
            if inr:
                related.append((i, t.strip(), a[:1200]))
            if inb:
                body.append((i, t.strip(), a))
    return body, related


# ----------------------------------------------------------------- text
def _pair(s, q):
    if s.count(q) % 2:
        return s
    parts = s.split(q)
    for k in range(1, len(parts), 2):
        parts[k] = parts[k].strip()
    return q.join(parts)


def detok(s):
    s = s.replace("_", " ")
    s = re.sub(r"\s+", " ", s).strip()
    s = _pair(s, '"')
    s = _pair(s, "'")
    s = re.sub(r"\s+([,.;:!?%…])", r"\1", s)
    s = re.sub(r"([(\[“‘])\s+", r"\1", s)
    s = re.sub(r"\s+([)\]”’])", r"\1", s)
    s = re.sub(r"(\S)\s+/\s+(\S)", r"\1/\2", s)
    s = re.sub(r"\s+", " ", s).strip()
    return s


ABBR = {"TP", "TS", "GS", "PGS", "ThS", "BS", "Q", "P", "Th.S", "TT", "Mr", "Mrs", "Ms", "St",
        "Dr", "Tp", "NXB", "CN", "KS", "NSƯT", "NSND", "Ths", "Ts", "Gs", "Bs", "Tr", "vs", "No"}


def _is_abbr(tok):
    core = tok.rstrip(".")
    core = core.lstrip("(\"“'")
    if core in ABBR:
        return True
    if len(core) == 1 and core.isalpha():
        return True
    if re.fullmatch(r"(?:\w\.)+\w?", core + "."):
        if "." in core:
            return True
    return False


def split_sents(text):
    toks = text.split(" ")
    out, cur = [], []
    for i, t in enumerate(toks):
        cur.append(t)
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if nxt is None:
            break
        if not re.search(r"[.!?…][\"”')\]]?$", t):
            continue
        c = nxt.lstrip("\"“(['‘")
        if not c or not (c[0].isupper() or c[0].isdigit()):
            continue
        if t.endswith(".") and _is_abbr(t):
            continue
        out.append(" ".join(cur))
        cur = []
    if cur:
        out.append(" ".join(cur))
    return [s.strip() for s in out if s.strip()]


CAPMARKS = ["ảnh:", "(ảnh", "video:", "clip:", "minh hoạ", "minh họa", "(trái)", "(phải)",
            "(giữa)", "nguồn:", "đồ hoạ", "đồ họa", "infographic", "ảnh chụp", "(từ trái", "từ trái sang",
            "ảnh minh", "(video", "photo:", "bấm vào", "click"]
REPORT = ["nói", "cho biết", "cho hay", "khẳng định", "chia sẻ", "nhấn mạnh", "thông tin thêm", "tiết lộ",
          "phát biểu", "trả lời", "giải thích", "bày tỏ", "thừa nhận", "kể lại", "tuyên bố", "xác nhận",
          "đề nghị", "yêu cầu", "nhận định", "đánh giá", "cảnh báo", "khuyến cáo", "thông báo",
          "nhận xét", "lưu ý", "dẫn lời", "theo ông", "theo bà", "theo anh", "theo chị", "báo cáo",
          "lý giải", "kiến nghị", "đề xuất", "tâm sự", "trao đổi", "khẳng"]
CONNECT = ["Tuy nhiên", "Trong khi đó", "Ngoài ra", "Bên cạnh đó", "Do đó", "Vì vậy", "Theo đó",
           "Đồng thời", "Hơn nữa", "Mặt khác", "Trước đó", "Sau đó", "Cụ thể", "Thế nhưng", "Song",
           "Nhưng", "Tuy vậy", "Vì thế", "Do vậy", "Bởi vậy", "Thậm chí", "Trong đó", "Khi đó",
           "Đặc biệt", "Cũng theo", "Theo", "Ngay sau đó", "Từ đó", "Mặc dù", "Tương tự", "Chẳng hạn",
           "Thứ nhất", "Thứ hai", "Bên cạnh", "Ngoài việc", "Tóm lại", "Nhìn chung", "Trước thực trạng"]


GLUED_HEAD = (r"[^\s,.;:!?\"“(\-–]\s(?:Theo|Ngoài ra|Tuy nhiên|Trong khi đó|Bên cạnh đó|Cụ thể|Hiện nay|Trước đó|"
              r"Sau đó|Ngày|Tại|Trước|Với|Trong|Khi|Nếu|Mặc dù|Đặc biệt|Do đó|Vì vậy|Ông|Bà|Chị|Từ|Để|Hiện|Được|Đây|Nhiều|Các|Những)\s")


def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = s.replace("\u200b", "").replace("\u200c", "").replace("\u200d", "").replace("\ufeff", "")
    s = re.sub(r"\s+", "", s)
    return s.casefold()


def balanced(s):
    if s.count('"') % 2 or s.count("'") % 2:
        return False
    for a, b in ("()", "[]", "“”", "{}"):
        if s.count(a) != s.count(b):
            return False
    return True


def keep_sentence(s, title_n):
    low = s.lower()
    if any(m in low for m in CAPMARKS):
        return False
    if any(c in s for c in "|•»«►▶"):
        return False
    if not balanced(s):
        return False
    if not re.search(r"[.!?…][\"”')]?$", s):
        return False
    w = s.split()
    if len(w) < 8 or len(w) > 110:
        return False
    if ":" in " ".join(w[:6]):
        return False
    first = s.lstrip("\"“('‘[")
    if not first or not (first[0].isupper() or first[0].isdigit()):
        return False
    if re.search(r"(?:^|[\s.,;(\-–])\(?Theo\s+[A-ZĐ0-9][^\s]*(?:\s+[A-ZĐ0-9][^\s]*){0,4}\)?[.!]?$", s):
        return False
    if norm(s) == title_n:
        return False
    for t in w:
        c = t.strip("\"“”,.;:!?()'")
        if len(c) >= 3 and c.isupper() and c.isalpha() and any(ord(ch) > 127 for ch in c):
            return False  # ALL CAPS Vietnamese name: a signature glued into the text
        if any(a.islower() and b.isupper() for a, b in zip(c, c[1:])) and not c.startswith(("i", "e")):
            return False  # glued subheading
    if "*" in s or re.search(GLUED_HEAD, s):
        return False  # a subheading glued onto the next sentence
    if re.search(r"\b[A-Z]{2,4} - ", s):
        return False  # outlet tag (e.g. "TTO - ")
    n = len(w)
    if n <= 22 or (n <= 30 and "," not in s):
        ok = any(re.search(r"(?<!\w)" + re.escape(v) + r"(?!\w)", low) for v in REPORT)
        ok = ok or any(s.startswith(c + " ") or s.startswith(c + ",") for c in CONNECT)
        if not ok:
            return False
    return True


def story_sentences(title, article):
    tn = norm(title)
    seen, out = set(), []
    for s in split_sents(detok(article)):
        if not keep_sentence(s, tn):
            continue
        k = norm(s)
        if k in seen:
            continue
        seen.add(k)
        out.append(s)
    return out


SURN = set("Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Trịnh Tạ Đào Mai Lâm Cao "
           "Hà Tô Lương Trương Đoàn Thái Châu Kiều Lưu Quách Tăng Vương Triệu Phùng Nông".split())


def entities(sents):
    """Person names (3-4 capitalised words opening with a Vietnamese surname)."""
    cnt = Counter()
    for s in sents:
        toks = s.split()
        run = []
        for i, t in enumerate(toks + ["x"]):
            clean = t.strip("\"“”,.;:!?()")
            capital = i > 0 and clean and clean[0].isupper() and clean.isalpha() and clean == t
            if capital and len(run) < 4:
                run.append(clean)
                continue
            if 3 <= len(run) <= 4 and run[0] in SURN and " ".join(run[:3]) != "Hồ Chí Minh":
                cnt[" ".join(run)] += 1
            run = [clean] if capital else []
    return [e for e, _ in cnt.most_common(6)]


# ----------------------------------------------------------------- invented stuff
HO = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Phan", "Trịnh", "Tạ"]
DEM = ["Văn", "Thị", "Minh", "Thu", "Ngọc", "Hữu", "Thanh", "Quốc", "Hải", "Bảo", "Đức", "Kim"]
TEN = ["Hà", "Lan", "Tùng", "Hùng", "Mai", "Phương", "Quân", "Trang", "Dũng", "Hạnh", "Sơn", "Thảo", "Khoa",
       "Vy", "Nam", "Yến", "Tâm", "Hiếu", "Loan", "Thắng", "Nhung", "Toàn", "Hậu", "Cường"]
PLACES = ["Bình Dương", "Đồng Nai", "Long An", "Bắc Ninh", "Hải Phòng", "Thái Nguyên", "Hà Nam", "Tây Ninh",
          "Vĩnh Phúc", "Cần Thơ", "Đà Nẵng", "Quảng Nam", "Nghệ An", "Thanh Hoá", "Bà Rịa - Vũng Tàu"]
KCN = ["KCN Tân Phú Trung", "KCN Sóng Thần 3", "KCN Quang Minh", "KCN Yên Phong", "KCN Hoà Khánh",
       "KCX Linh Trung", "KCN Nhơn Trạch 2", "KCN Vĩnh Lộc", "KCN Đình Trám", "KCN Tràng Duệ"]
JOBS = ["công nhân may", "thợ hàn", "nhân viên kho", "lái xe nâng", "kế toán tổng hợp", "công nhân lắp ráp điện tử",
        "bảo vệ", "nhân viên kinh doanh", "thợ điện công nghiệp", "công nhân đóng gói", "phụ bếp", "tạp vụ",
        "nhân viên QC", "thợ mộc", "công nhân cơ khí", "nhân viên chăm sóc khách hàng"]
COMPANIES = ["Công ty TNHH May Hoàng Phúc", "Công ty CP Điện tử Sao Việt", "Công ty TNHH Giày da Phước Thịnh",
             "Công ty CP Thực phẩm An Khang", "Công ty TNHH Cơ khí Đông Hải", "Công ty CP Logistics Nam Tiến",
             "Công ty TNHH Gỗ Mỹ Nghệ Tân An", "Công ty CP Dệt Thành Công Mới", "Công ty TNHH Bao bì Hưng Long"]
BANKS = ["Vietcombank chi nhánh Thăng Long", "Agribank chi nhánh Gia Định", "BIDV chi nhánh Đông Sài Gòn",
         "VietinBank chi nhánh Hai Bà Trưng", "Sacombank chi nhánh Biên Hoà"]
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def name(rng):
    return f"{rng.choice(HO)} {rng.choice(DEM)} {rng.choice(TEN)}"


def short_name(rng):
    return f"{rng.choice(DEM)} {rng.choice(TEN)}"


def phone(rng):
    return f"09{rng.randint(0, 9)}{rng.randint(1, 9)} {rng.randint(100, 999)} {rng.randint(100, 999)}"


def hotline(rng):
    return f"1900 {rng.randint(5000, 6999)}"


def money(rng, lo, hi, step=50000):
    v = rng.randrange(lo, hi, step)
    return f"{v:,}".replace(",", ".")


# ----------------------------------------------------------------- context
class Ctx:
    def __init__(self, row, title, sents, related, site, domain):
        self.row = row
        self.title = title
        self.sents = sents
        self.rng = R(row, "furniture")
        self.site = site
        self.domain = domain
        self.ents = entities(sents)
        dr = R(row, "date")
        self.y = dr.randint(2016, 2019)
        self.mo = dr.randint(1, 12)
        self.d = dr.randint(1, 28)
        self.hh = dr.randint(5, 22)
        self.mm = dr.randint(0, 59)
        self.wd = WEEKDAYS[dr.randint(0, 6)]
        self.author = name(R(row, "author"))
        self.author2 = name(R(row, "author2"))
        pool = list(related)
        R(row, "related").shuffle(pool)
        self.related = pool
        self.used = set()
        self.caps = set()

    def date(self, fmt):
        return fmt.format(d=self.d, mo=self.mo, y=self.y, hh=self.hh, mm=self.mm, wd=self.wd,
                          dd=f"{self.d:02d}", mmo=f"{self.mo:02d}", yy=str(self.y)[2:], hot="{hot}", hm=f"{self.hh:02d}:{self.mm:02d}")

    def other_date(self, back=None):
        r = self.rng
        d = min(28, max(1, self.d - (back if back is not None else r.randint(0, 9))))
        return f"{d:02d}/{self.mo:02d}/{self.y}"

    def take_related(self, n):
        out = []
        while self.related and len(out) < n:
            out.append(self.related.pop())
        return out


def teaser(art, rng, maxlen=None):
    ss = [s for s in split_sents(detok(art)) if len(s.split()) >= 8]
    if not ss:
        return None
    t = ss[0]
    if maxlen and len(t) > maxlen:
        t = t[:maxlen].rsplit(" ", 1)[0].rstrip(",;:") + "…"
    return t


# ----------------------------------------------------------------- captions
SCENES = [
    "Công nhân làm việc tại một nhà máy ở {kcn}.",
    "Người lao động làm thủ tục hưởng trợ cấp thất nghiệp tại Trung tâm Dịch vụ việc làm {pl}.",
    "Đoàn viên công đoàn tham gia buổi đối thoại với đại diện doanh nghiệp.",
    "Cán bộ BHXH hướng dẫn người dân tra cứu quá trình tham gia bảo hiểm.",
    "Tình nguyện viên trao quà cho công nhân có hoàn cảnh khó khăn tại {pl}.",
    "Quang cảnh buổi làm việc giữa các bên liên quan.",
    "Người dân chờ đến lượt giải quyết hồ sơ tại bộ phận một cửa.",
    "Công nhân tan ca tại {kcn}.",
    "Lao động tìm việc tại một phiên giao dịch việc làm ở {pl}.",
    "Các đại biểu tham dự hội nghị người lao động năm {y}.",
    "Khu nhà trọ công nhân ven {kcn}.",
    "Buổi tư vấn chính sách pháp luật cho người lao động tại {pl}.",
]
ENT_CAPS = [
    "{e} trao đổi với phóng viên.",
    "{e} tại buổi làm việc.",
    "{e} phát biểu tại hội nghị.",
    "{e} (thứ hai từ trái sang) trong một lần đi kiểm tra thực tế.",
    "{e} trả lời câu hỏi của báo chí.",
]


def caption_text(ctx):
    r = ctx.rng
    for _ in range(6):
        if ctx.ents and r.random() < 0.7:
            c = r.choice(ENT_CAPS).format(e=r.choice(ctx.ents))
        else:
            c = r.choice(SCENES).format(kcn=r.choice(KCN), pl=r.choice(PLACES), y=ctx.y)
        if c not in ctx.caps:
            ctx.caps.add(c)
            return c
    return c


# ----------------------------------------------------------------- components
# each component: fn(ctx) -> list of (kind, line); kinds "U" = unlabelled
def U(line):
    return [("U", line)]


def W(*lines):
    return [("widget", l) for l in lines]


def c_site(label):
    return lambda ctx: U(label)


def c_title(ctx):
    return U(ctx.title)


def c_date(fmt):
    return lambda ctx: U(ctx.date(fmt))


def c_widget(*lines):
    return lambda ctx: W(*[l.format(site=ctx.site, dom=ctx.domain, y=ctx.y) for l in lines])


def c_headerdate(fmt):
    def f(ctx):
        return W(ctx.date(fmt).replace("{hot}", hotline(ctx.rng)))
    return f


def c_breadcrumb(path):
    return lambda ctx: W(path)


def c_byline(fmt):
    def f(ctx):
        return [("byline", fmt.format(a=ctx.author, b=ctx.author2, A=ctx.author.upper(),
                                     s=ctx.author.split()[-1], site=ctx.site))]
    return f


def c_authorbox(role):
    def f(ctx):
        return [("byline", ctx.author), ("byline", role)]
    return f


def c_caption(style):
    """style: inline | paren | sepcredit | mark | gallery | video"""
    def f(ctx):
        r = ctx.rng
        cap = caption_text(ctx)
        ph = short_name(r) if r.random() < 0.5 else name(r)
        if style == "inline":
            return [("caption", f"{cap} Ảnh: {ph}")]
        if style == "paren":
            return [("caption", f"{cap} (Ảnh: {ph})")]
        if style == "sepcredit":
            return [("caption", cap), ("credit", f"Ảnh: {ph}")]
        if style == "mark":
            return [("widget", "[Ảnh]"), ("caption", cap)]
        if style == "gallery":
            n = r.randint(3, 8)
            return [("widget", f"Ảnh 1/{n}"), ("caption", cap), ("credit", f"Ảnh: {ctx.site}")]
        if style == "video":
            return [("widget", f"▶ 0{r.randint(1, 4)}:{r.randint(10, 59)}"), ("caption", f"Video: {cap}")]
        if style == "plain":
            return [("caption", cap)]
        return [("caption", cap)]
    return f


def c_credit(fmt):
    def f(ctx):
        return [("credit", fmt.format(a=short_name(ctx.rng), site=ctx.site))]
    return f


def c_related(heading, style, n=(2, 4)):
    """style: plain | bullet | dated | numbered | teaser | joined | xemthem"""
    def f(ctx):
        r = ctx.rng
        k = r.randint(*n)
        items = ctx.take_related(k)
        if not items:
            return []
        out = [("widget", heading)] if heading else []
        if style == "joined":
            out.append(("related", " / ".join(t for _, t, _ in items)))
            return out
        for j, (row, t, a) in enumerate(items):
            if style == "plain":
                out.append(("related", t))
            elif style == "bullet":
                out.append(("related", f"• {t}"))
            elif style == "dash":
                out.append(("related", f"- {t}"))
            elif style == "dated":
                out.append(("related", f"{t} ({ctx.other_date()})"))
            elif style == "numbered":
                out.append(("related", f"{j + 1}. {t}"))
            elif style == "xemthem":
                out.append(("related", f"Xem thêm: {t}"))
            elif style == "teaser":
                out.append(("related", t))
                tz = teaser(a, r, 160)
                if tz:
                    out.append(("related", tz))
            elif style == "teaser_inline":
                tz = teaser(a, r, 120)
                out.append(("related", f"{t} - {tz}" if tz else t))
        return out
    return f


# theme widgets
def w_jobs(heading="VIỆC LÀM MỚI", n=(3, 5)):
    def f(ctx):
        r = ctx.rng
        out = [("widget", heading)]
        for _ in range(r.randint(*n)):
            job = r.choice(JOBS)
            lo = r.randint(5, 9)
            out.append(("widget", f"Tuyển {r.randint(2, 80)} {job} - {r.choice(KCN)} - Lương {lo}-{lo + r.randint(2, 6)} triệu"))
        out.append(("widget", "Xem tất cả việc làm »"))
        return out
    return f


def w_salary(ctx):
    y = ctx.y
    base = {2016: (3500, 3100, 2700, 2400), 2017: (3750, 3320, 2900, 2580),
            2018: (3980, 3530, 3090, 2760), 2019: (4180, 3710, 3250, 2920)}[y]
    out = [("widget", f"Bảng lương tối thiểu vùng năm {y}")]
    for v, b in zip(["I", "II", "III", "IV"], base):
        out.append(("widget", f"Vùng {v}: {b:,}.000 đồng/tháng".replace(",", ".")))
    out.append(("widget", "(Áp dụng đối với người lao động làm việc theo hợp đồng lao động)"))
    return out


def w_hoidap(ctx):
    r = ctx.rng
    qs = ["Tôi nghỉ việc được 2 tháng, có được rút BHXH một lần không?",
          "Công ty không đóng BHXH thì người lao động phải làm gì?",
          "Làm thêm giờ vào ngày lễ được trả lương thế nào?",
          "Lao động nữ nghỉ thai sản có được tính thâm niên không?",
          "Tôi đóng BHXH tự nguyện 15 năm, khi nào được hưởng lương hưu?"]
    return [("widget", "HỎI ĐÁP CHÍNH SÁCH"),
            ("widget", f"Bạn đọc {name(r)} ({r.choice(PLACES)}) hỏi: {r.choice(qs)}"),
            ("widget", "Xem trả lời | Gửi câu hỏi cho chuyên gia")]


def w_calc(ctx):
    return W("Tính mức hưởng BHXH một lần", "Số năm đóng BHXH trước 2014: ____ năm",
             "Số năm đóng BHXH từ 2014: ____ năm", "Mức bình quân tiền lương: ____ đồng", "TÍNH NGAY")


def w_donation(ctx):
    r = ctx.rng
    stk = "".join(str(r.randint(0, 9)) for _ in range(13))
    fund = r.choice(["Quỹ Tấm Lòng Vàng Lao Động", "Quỹ Xã hội Từ thiện Nâng Bước Công Nhân", "Quỹ Vì người lao động nghèo"])
    return W("Mọi sự giúp đỡ xin gửi về:", f"{fund} - Số tài khoản: {stk} tại {r.choice(BANKS)}",
             f"Nội dung chuyển khoản: Giúp đỡ hoàn cảnh mã số {r.randint(100, 999)}/{ctx.y}",
             f"Điện thoại: {phone(r)}")


def w_beneficiaries(ctx):
    r = ctx.rng
    out = [("widget", f"Danh sách bạn đọc ủng hộ (cập nhật đến ngày {ctx.other_date()}):")]
    for j in range(r.randint(3, 5)):
        out.append(("widget", f"{j + 1}. {name(r)} ({r.choice(PLACES)}): {money(r, 200000, 3000000, 100000)} đồng"))
    return out


def w_union_notice(ctx):
    r = ctx.rng
    pl = r.choice(PLACES)
    return W("THÔNG BÁO", f"LĐLĐ tỉnh {pl} tổ chức Ngày hội việc làm cho đoàn viên vào sáng {ctx.other_date(-3)} tại Nhà văn hoá Lao động {pl}.",
             f"Đăng ký tham gia: {phone(r)}")


def w_testimonial(ctx):
    r = ctx.rng
    qs = ["Nhờ công đoàn can thiệp, tôi đã nhận đủ tiền lương bị nợ suốt ba tháng.",
          "Có chỗ ở ổn định gần nhà máy, vợ chồng tôi yên tâm làm việc lâu dài.",
          "Tôi không nghĩ mình được hỗ trợ nhanh như vậy khi bị tai nạn lao động.",
          "Học nghề xong, tôi tìm được việc với mức lương gấp đôi trước đây."]
    return W(f"“{r.choice(qs)}”", f"- Chị {name(r)}, công nhân {r.choice(KCN)}")


def w_hotline(ctx):
    r = ctx.rng
    return W(f"Đường dây nóng bảo vệ quyền lợi người lao động: {hotline(r)} - {phone(r)}")


def w_banner(ctx):
    r = ctx.rng
    return W(f"TUYỂN GẤP {r.randint(50, 500)} LAO ĐỘNG PHỔ THÔNG - {r.choice(COMPANIES).upper()}",
             f"Thu nhập từ {r.randint(6, 8)} triệu/tháng, có xe đưa đón, ký túc xá miễn phí. Gọi ngay {phone(r)}")


def w_share(ctx):
    return W(ctx.rng.choice(["Chia sẻ: Facebook | Zalo | Twitter", "Chia sẻ Facebook Zalo In bài Gửi email",
                             "Like | Chia sẻ | Lưu bài", "Share 0 | Tweet | Zalo"]))


def w_reactions(ctx):
    r = ctx.rng
    return W(f"Thích ({r.randint(0, 300)}) | Bình luận ({r.randint(0, 40)}) | Chia sẻ ({r.randint(0, 90)})")


def w_tags(ctx):
    r = ctx.rng
    pool = ["lương tối thiểu", "BHXH", "công đoàn", "việc làm", "an sinh xã hội", "người lao động",
            "tai nạn lao động", "trợ cấp thất nghiệp", "nhà ở công nhân", "hợp đồng lao động"]
    tags = r.sample(pool, 3) + ctx.ents[:1]
    return W("Từ khoá: " + ", ".join(tags))


def w_comments(ctx):
    r = ctx.rng
    c = ["Mong các cơ quan chức năng sớm vào cuộc giải quyết dứt điểm.",
         "Bài viết rất hữu ích, cảm ơn phóng viên.",
         "Công nhân chúng tôi vẫn còn nhiều thiệt thòi lắm.",
         "Đề nghị báo tiếp tục theo dõi vụ việc này."]
    n = r.randint(1, 3)
    out = [("widget", f"Bình luận ({n})")]
    for _ in range(n):
        out.append(("widget", f"{short_name(r)}"))
        out.append(("widget", r.choice(c)))
        out.append(("widget", f"{r.randint(1, 23):02d}:{r.randint(0, 59):02d} {ctx.other_date(0)}"))
    out.append(("widget", "Gửi bình luận"))
    return out


def w_footer(lic):
    def f(ctx):
        r = ctx.rng
        return W(f"© {ctx.y} {ctx.site}. {lic}", f"Toà soạn: Số {r.randint(2, 180)} đường {r.choice(['Trần Hưng Đạo', 'Nguyễn Chí Thanh', 'Lê Lợi', 'Cách Mạng Tháng Tám', 'Giảng Võ'])} - ĐT: 028 {r.randint(3800, 3999)} {r.randint(1000, 9999)} - Email: toasoan@{ctx.domain}")
    return f


def w_views(ctx):
    return W(f"Lượt xem: {ctx.rng.randint(120, 25000):,}".replace(",", "."))


def w_ad(ctx):
    return W(ctx.rng.choice(["Quảng cáo", "QUẢNG CÁO", "Advertisement"]))


def w_newsletter(ctx):
    return W("Đăng ký nhận bản tin việc làm mỗi sáng", "Nhập email của bạn", "Đăng ký")


def w_poll(ctx):
    return W("Bình chọn: Bạn có hài lòng với mức lương hiện tại?", "Hài lòng", "Chưa hài lòng", "Ý kiến khác", "Biểu quyết")


def w_volunteer(ctx):
    r = ctx.rng
    return W("ĐĂNG KÝ TÌNH NGUYỆN VIÊN", f"Chương trình Mùa hè ấm áp {ctx.y} cần {r.randint(20, 120)} tình nguyện viên. Liên hệ: {phone(r)}")


def w_readingtime(ctx):
    return W(f"{ctx.rng.randint(2, 8)} phút đọc")


def w_font(ctx):
    return W("A- A A+ | In bài")


# ----------------------------------------------------------------- layouts
class Layout(NamedTuple):
    name: str
    site: str
    domain: str
    top: list
    inside: list        # components inserted between paragraphs (in order)
    bottom: list
    para: int           # max sentences per paragraph


def L(name, site, domain, top, inside, bottom, para):
    return Layout(name, site, domain, top, inside, bottom, para)


LAYOUTS = [
    L("laodong_thudo", "Lao Động Thủ Đô Mới", "laodongthudomoi.vn",
      [c_headerdate("{wd}, {dd}/{mmo}/{y} | Hotline: {hot}"), c_widget("Trang chủ | Công đoàn | Việc làm | Chính sách | An sinh | Pháp luật"),
       c_site("Lao Động Thủ Đô Mới"), c_breadcrumb("Trang chủ > Công đoàn"), c_title, c_byline("{a}"), c_date("{hm} | {dd}/{mmo}/{y}")],
      [c_caption("inline"), w_jobs(), c_related("", "xemthem", (1, 1))],
      [w_tags, w_share, c_related("Tin liên quan", "bullet"), w_footer("Giấy phép số 142/GP-BTTTT.")], 3),
    L("congdoan_portal", "Cổng thông tin Công đoàn Việt", "congdoanviet.org.vn",
      [c_site("Cổng thông tin Công đoàn Việt"), c_widget("Giới thiệu | Tin tức | Văn bản | Hỏi đáp | Liên hệ"),
       c_title, c_date("Ngày đăng: {dd}/{mmo}/{y}"), w_readingtime],
      [c_caption("sepcredit"), w_union_notice],
      [c_byline("{A}"), c_related("Các tin khác", "dated", (3, 5)), w_hotline, w_footer("Cơ quan chủ quản: Ban Tuyên giáo.")], 2),
    L("vieclam24", "Việc Làm 24 Giờ", "vieclam24gio.vn",
      [c_site("Việc Làm 24 Giờ"), c_widget("Tìm việc | Đăng tin tuyển dụng | Cẩm nang | Tin tức"), w_banner, c_title,
       c_date("Cập nhật: {hm} ngày {dd}/{mmo}/{y}"), w_share],
      [c_caption("paren"), w_ad, w_jobs("Việc làm mới", (4, 6))],
      [c_byline("Theo Thời Báo Nhân Lực"), c_related("Bài viết cùng chuyên mục", "teaser", (2, 3)), w_newsletter], 4),
    L("bhxh_portal", "Cổng thông tin BHXH Phương Nam", "bhxhphuongnam.gov.vn",
      [c_widget("Tra cứu | Dịch vụ công | Văn bản | Hỏi đáp"), c_site("Cổng thông tin BHXH Phương Nam"),
       c_breadcrumb("Trang chủ » Tin tức - Sự kiện"), c_title, c_date("({dd}/{mmo}/{y} {hm})")],
      [c_caption("mark"), w_calc],
      [c_byline("{a} - {b}"), w_hoidap, c_related("Tin đã đưa", "dated", (3, 6)), w_views], 3),
    L("nguoilaodong_sg", "Người Lao Động Sài Gòn", "nldsaigon.vn",
      [c_site("Người Lao Động Sài Gòn"), c_headerdate("{wd}, {d}/{mo}/{y}"), c_title, c_date("{dd}-{mmo}-{y} - {hm}"),
       c_byline("{A}"), w_font],
      [c_caption("inline"), w_testimonial, c_related("", "xemthem", (1, 1))],
      [w_reactions, c_related("TIN LIÊN QUAN", "plain", (3, 4)), w_comments, w_footer("Giấy phép số 07/GP-BTTTT.")], 2),
    L("tamlong_charity", "Tấm Lòng Nhân Ái", "tamlongnhanai.org",
      [c_site("Tấm Lòng Nhân Ái"), c_widget("Hoàn cảnh cần giúp | Đã giúp đỡ | Danh sách ủng hộ | Liên hệ"), c_title,
       c_date("Đăng ngày {d}/{mo}/{y}")],
      [c_caption("plain"), w_donation],
      [c_byline("Nhóm phóng viên {site}"), w_beneficiaries, c_related("Các hoàn cảnh khác", "numbered", (2, 4)), w_share], 3),
    L("ansinh_online", "An Sinh Online", "ansinhonline.vn",
      [c_site("An Sinh Online"), c_title, c_widget("Chính sách"), c_date("{wd}, {dd}/{mmo}/{y}, {hm} (GMT+7)")],
      [c_caption("gallery"), w_hoidap],
      [c_authorbox("Phóng viên ban Chính sách - Xã hội"), w_tags, c_related("Đọc thêm", "teaser_inline", (2, 3)), w_ad], 2),
    L("tuoitre_congnhan", "Tuổi Trẻ Công Nhân", "tuoitrecongnhan.vn",
      [c_widget("Đăng nhập | Đăng ký"), c_site("Tuổi Trẻ Công Nhân"), c_widget("Thời sự | Công nhân | Việc làm | Nhà trọ | Giải trí"),
       c_title, c_date("{dd}/{mmo}/{y} {hm} GMT+7")],
      [c_caption("sepcredit"), c_related("", "xemthem", (1, 1)), w_ad],
      [c_byline("{a}"), w_share, c_related("Xem thêm", "joined", (2, 3)), w_comments], 3),
    L("baoviec_tonghop", "Báo Việc Làm Tổng Hợp", "baovieclam.com.vn",
      [c_site("Báo Việc Làm Tổng Hợp"), c_breadcrumb("Việc làm / Thị trường lao động"), c_title,
       c_byline("Bài: {a} | Ảnh: {b}"), c_date("{hm} {dd}/{mmo}/{y}")],
      [c_caption("plain"), w_salary],
      [w_reactions, c_related("Cùng chuyên mục", "dash", (3, 5)), w_jobs("Việc làm hấp dẫn", (3, 4)), w_footer("Giấy phép số 385/GP-BTTTT.")], 4),
    L("cd_khucongnghiep", "Công Đoàn Khu Công Nghiệp", "congdoankcn.vn",
      [c_site("Công Đoàn Khu Công Nghiệp"), c_widget("Hoạt động | Chăm lo đoàn viên | Văn bản | Thư viện ảnh"),
       c_date("Thứ {wd} - {dd}/{mmo}/{y}".replace("Thứ {wd}", "{wd}")), c_title],
      [c_caption("paren"), w_union_notice, w_testimonial],
      [c_byline("{a} (LĐLĐ tỉnh)"), c_related("Tin cùng loại", "bullet", (3, 5)), w_views], 3),
    L("phapluat_laodong", "Pháp Luật Lao Động", "phapluatlaodong.net",
      [c_site("Pháp Luật Lao Động"), c_headerdate("Hôm nay: {dd}/{mmo}/{y}"), c_widget("Tư vấn pháp luật | Văn bản mới | Hỏi đáp"),
       c_title, c_date("Đăng lúc {hm} ngày {dd}/{mmo}/{y}")],
      [c_caption("inline"), w_hoidap, c_related("", "xemthem", (1, 1))],
      [c_byline("Luật sư {a}"), c_byline("Công ty Luật {s} & Cộng sự"), c_related("Bài viết liên quan", "numbered", (3, 4)), w_hotline], 2),
    L("nhatro_congnhan", "Nhà Trọ Công Nhân", "nhatrocongnhan.vn",
      [c_site("Nhà Trọ Công Nhân"), c_title, c_date("{d} tháng {mo}, {y}"), c_byline("Đăng bởi {a}")],
      [c_caption("mark"), w_banner],
      [w_share, c_related("Bài mới", "plain", (3, 5)), w_newsletter, w_footer("Trang thông tin điện tử tổng hợp.")], 3),
    L("thongtan_ttxvn", "Thông Tấn Lao Động", "thongtanlaodong.vn",
      [c_site("Thông Tấn Lao Động"), c_breadcrumb("Xã hội › Lao động - Việc làm"), c_title, c_date("{hm}, {dd}/{mmo}/{y}"),
       c_byline("{a} (TTXVN)")],
      [c_caption("sepcredit"), w_ad],
      [c_byline("{A}/TTXVN"), c_related("Tin cùng chuyên mục", "dated", (3, 4)), w_tags], 4),
    L("tinhnguyen_xanh", "Tình Nguyện Xanh", "tinhnguyenxanh.org.vn",
      [c_site("Tình Nguyện Xanh"), c_widget("Dự án | Chiến dịch | Tình nguyện viên | Quyên góp"), c_title,
       c_date("Cập nhật lần cuối: {dd}/{mmo}/{y}")],
      [c_caption("gallery"), w_volunteer, w_donation],
      [c_byline("Bài và ảnh: {a}"), c_related("Câu chuyện khác", "teaser", (2, 2)), w_share], 3),
    L("kinhte_laodong", "Kinh Tế & Lao Động", "kinhtelaodong.vn",
      [c_widget("Kinh tế | Doanh nghiệp | Lao động | Tài chính"), c_site("Kinh Tế & Lao Động"), c_title,
       c_date("{wd}, {d}/{mo}/{y} {hm}"), w_font],
      [c_caption("plain"), c_credit("Nguồn: {site}"), w_salary, c_related("", "xemthem", (1, 1))],
      [c_byline("{a} - {b}"), w_reactions, c_related("Tin liên quan", "teaser_inline", (2, 4)), w_poll], 2),
    L("sotay_bhxh", "Sổ Tay BHXH", "sotaybhxh.vn",
      [c_site("Sổ Tay BHXH"), c_breadcrumb("Trang chủ > Bảo hiểm xã hội > Tin tức"), c_title, c_byline("Tác giả: {a}"),
       c_date("Ngày {dd}/{mmo}/{y}")],
      [c_caption("inline"), w_calc, w_hotline],
      [w_hoidap, c_related("Có thể bạn quan tâm", "bullet", (3, 4)), w_footer("Thông tin chỉ mang tính tham khảo.")], 3),
    L("phunu_congnhan", "Phụ Nữ Công Nhân", "phunucongnhan.vn",
      [c_site("Phụ Nữ Công Nhân"), c_widget("Gia đình | Sức khoẻ | Việc làm | Chị em công nhân"), c_title,
       c_date("{dd}/{mmo}/{y} | {hm}")],
      [c_caption("video"), w_testimonial, c_caption("paren")],
      [c_byline("{A}"), w_tags, c_related("ĐỌC NHIỀU", "numbered", (3, 5)), w_comments], 2),
    L("dautu_nhanluc", "Nhân Lực Việt", "nhanlucviet.com",
      [c_site("Nhân Lực Việt"), w_readingtime, c_title, c_date("Đăng: {dd}.{mmo}.{y}"), c_byline("{a}, chuyên viên tuyển dụng")],
      [c_caption("plain"), w_jobs("Việc làm đang tuyển", (3, 5)), w_ad],
      [w_share, c_related("Bài viết liên quan", "dash", (2, 4)), w_newsletter], 4),
    L("ldld_tinh", "LĐLĐ Tỉnh Đồng Bằng", "ldlddongbang.org.vn",
      [c_widget("Trang chủ | Giới thiệu | Tin tức - Sự kiện | Chính sách | Thư viện"), c_site("LĐLĐ Tỉnh Đồng Bằng"),
       c_title, c_date("Ngày cập nhật {dd}/{mmo}/{y} - {hm}")],
      [c_caption("sepcredit"), w_union_notice, w_volunteer],
      [c_byline("{b}"), c_credit("Nguồn: Ban Tuyên giáo LĐLĐ tỉnh"), c_related("Các tin đã đưa ngày", "dated", (3, 6)), w_views], 3),
    L("doisong_laodong", "Đời Sống Lao Động", "doisonglaodong.vn",
      [c_site("Đời Sống Lao Động"), c_headerdate("{wd} {dd}/{mmo}/{y}"), c_title, c_byline("{a} - {b}"),
       c_date("{hm} - {wd}, {d}/{mo}/{y}")],
      [c_caption("inline"), c_related("", "xemthem", (1, 1)), w_hotline],
      [c_byline("Theo Báo Công Thương Lao Động"), w_reactions, c_related("Tin khác", "teaser", (2, 3)), w_banner, w_footer("Giấy phép số 55/GP-TTĐT.")], 3),
]


# ----------------------------------------------------------------- faults
def _mutate(s, rng, kind):
    sp = [m.start() for m in re.finditer(" ", s)]
    if kind == "nbsp":
        if not sp:
            return s
        picks = set(rng.sample(sp, max(1, min(len(sp), rng.randint(1, 3)))))
        return "".join("\u00a0" if i in picks else c for i, c in enumerate(s))
    if kind == "zwsp":
        words = [m for m in re.finditer(r"[^\W\d_]{4,}", s)]
        if not words:
            return s
        m = rng.choice(words)
        p = m.start() + rng.randint(1, len(m.group()) - 1)
        return s[:p] + "\u200b" + s[p:]
    if kind == "dbl":
        if not sp:
            return s
        p = rng.choice(sp)
        return s[:p] + " " + s[p:]
    return s


# ----------------------------------------------------------------- page building
def build_page(k, row, title, sents, related):
    lay = LAYOUTS[k % len(LAYOUTS)]
    ctx = Ctx(row, title, sents, related, lay.site, lay.domain)
    fr = R(row, "faults")
    faults = []
    if fr.random() < 0.25:
        faults = fr.sample(["nbsp", "zwsp", "dbl", "glue", "nfd"], fr.choice([1, 1, 2]))

    # body items (glue fault merges two sentences)
    items = list(sents)
    glued_at = None
    if "glue" in faults:
        cands = [i for i in range(len(items) - 1) if items[i].endswith(".") and items[i + 1][0].isupper()]
        if cands and len(items) >= 4:
            i = fr.choice(cands)
            items[i:i + 2] = [items[i] + items[i + 1]]
            glued_at = i
        else:
            faults.remove("glue")
    for kind in ("nbsp", "zwsp", "dbl"):
        if kind in faults:
            idx = fr.sample(range(len(items)), max(1, min(len(items), fr.randint(1, 3))))
            for i in idx:
                items[i] = _mutate(items[i], fr, kind)

    # paragraphs; glued pair must stay in one paragraph (it is one item anyway)
    pr = R(row, "paras")
    paras, i = [], 0
    while i < len(items):
        n = pr.randint(1, lay.para)
        paras.append(items[i:i + n])
        i += n

    lines = []  # (kind, line) ; kind 'B' for body lines (value = list of items)
    for comp in lay.top:
        lines += comp(ctx)
    # insert inside components at gaps
    gaps = list(range(1, len(paras)))
    ins = {}
    if gaps:
        order = lay.inside[:]
        n_ins = min(len(order), len(gaps))
        chosen = sorted(pr.sample(gaps, n_ins))
        for g, comp in zip(chosen, order[:n_ins]):
            ins[g] = comp
    for pi, p in enumerate(paras):
        if pi in ins:
            lines += ins[pi](ctx)
        lines.append(("B", p))
    for comp in lay.bottom:
        lines += comp(ctx)

    # furniture faults on some lines
    if any(f in faults for f in ("nbsp", "zwsp", "dbl")):
        fk = [f for f in faults if f in ("nbsp", "zwsp", "dbl")]
        for j, (kd, ln) in enumerate(lines):
            if kd not in ("B", "U") and fr.random() < 0.15:
                lines[j] = (kd, _mutate(ln, fr, fr.choice(fk)))

    # drop furniture colliding with body / title (safety), collect
    bodyn = {norm(s) for s in sents} | {norm(s) for s in items}
    titlen = norm(title)
    text_lines, body, furn = [], [], []
    for kd, ln in lines:
        if kd == "B":
            text_lines.append(" ".join(ln))
            body += ln
        else:
            ln = ln.strip()
            if not ln:
                continue
            if norm(ln) in bodyn:
                continue
            if kd != "U" and norm(ln) == titlen:
                continue
            text_lines.append(ln)
            if kd != "U":
                furn.append((kd, ln))
    text = "\n".join(text_lines)
    if "nfd" in faults:
        f = lambda s: unicodedata.normalize("NFD", s)
        text = f(text)
        body = [f(b) for b in body]
        furn = [(kd, f(l)) for kd, l in furn]
    return Page(text, body, furn, lay.name), faults


def check_page(p, title):
    lines = p.text.split("\n")
    if not p.text.strip():
        raise ValueError("empty page")
    for ln in lines:
        if not ln or ln != ln.strip():
            raise ValueError(f"blank or unstripped line: {ln!r}")
    for kd, _ in p.furniture:
        if kd not in KINDS:
            raise ValueError(f"bad kind {kd}")
    for b in p.body:
        if b not in p.text:
            raise ValueError("body item not in text")
    bi = fi = 0
    unl = []
    for ln in lines:
        if fi < len(p.furniture) and ln == p.furniture[fi][1]:
            fi += 1
            continue
        matched = False
        for n in range(1, 5):
            if bi + n <= len(p.body) and " ".join(p.body[bi:bi + n]) == ln:
                bi += n
                matched = True
                break
        if matched:
            continue
        unl.append(ln)
    if bi != len(p.body) or fi != len(p.furniture):
        raise ValueError(f"walk did not use up labels ({bi}/{len(p.body)}, {fi}/{len(p.furniture)})")
    if len(unl) > 3 or len({norm(u) for u in unl}) != len(unl):
        raise ValueError(f"unlabelled lines: {unl}")
    if len(p.body) < 3:
        raise ValueError("too few body items")
    bn = {norm(b) for b in p.body}
    for kd, ln in p.furniture:
        if norm(ln) in bn:
            raise ValueError(f"furniture equals body: {ln}")
        if kd == "related" and norm(ln) == norm(title):
            raise ValueError("related equals title")
    for u in unl:
        if norm(u) in bn:
            raise ValueError("unlabelled equals body")
    un = {norm(u) for u in unl}
    for kd, ln in p.furniture:
        if norm(ln) in un:
            raise ValueError(f"furniture repeats an unlabelled line: {ln}")


_FAULTS = {}


def pages(path):
    body_rows, related = read_rows(path)
    # related pool: drop entries whose headline collides with any body title
    out = []
    for k, (row, title, art) in enumerate(body_rows):
        title = detok(title)
        sents = story_sentences(title, art)
        if len(sents) < 3:
            continue
        tn = norm(title)
        sn = {norm(s) for s in sents}
        rel = []
        for (rr, rt, ra) in related:
            rt = detok(rt)
            if norm(rt) in sn or norm(rt) == tn:
                continue
            ra2 = " ".join(s for s in split_sents(detok(ra)) if norm(s) not in sn and norm(s) != tn)
            rel.append((rr, rt, ra2))
        p, faults = build_page(k, row, title, sents, rel)
        check_page(p, unicodedata.normalize("NFD", title) if "nfd" in faults else title)
        _FAULTS[id(p)] = faults
        out.append(p)
    return out


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data/vietnews_train.jsonl.gz"
    ps = pages(path)
    rows = {}
    for p in ps:
        r = rows.setdefault(p.layout, Counter())
        r["pages"] += 1
        r["body"] += len(p.body)
        for kd, _ in p.furniture:
            r[kd] += 1
        if _FAULTS.get(id(p)):
            r["faults"] += 1
    cols = ["pages", "body"] + list(KINDS) + ["faults"]
    print(f"{'layout':20s} " + " ".join(f"{c:>8s}" for c in cols))
    tot = Counter()
    for lay in LAYOUTS:
        r = rows.get(lay.name, Counter())
        tot.update(r)
        print(f"{lay.name:20s} " + " ".join(f"{r[c]:8d}" for c in cols))
    print(f"{'TOTAL':20s} " + " ".join(f"{tot[c]:8d}" for c in cols))


if __name__ == "__main__":
    main()
