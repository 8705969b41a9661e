#!/usr/bin/env python3
"""test116 -- held-out evaluation pages for a cleaner of scraped Vietnamese news pages.

Theme: energy, industry and manufacturing outlets (all invented).
Standard library only.  Usage:  python3 make.py /path/to/vietnews_train.jsonl.gz
"""
import datetime
import gzip
import json
import random
import re
import sys
import unicodedata
from collections import Counter, OrderedDict
from pathlib import Path
from typing import List, NamedTuple, Tuple

SET_NAME = "test116"
SEED = 11661
BODY_ROWS = range(10_900, 11_000)
RELATED_ROWS = range(11_100, 11_200)
KINDS = ("byline", "credit", "caption", "related", "widget")


class Page(NamedTuple):
    text: str
    body: List[str]
    furniture: List[Tuple[str, str]]
    layout: str


def rng(row, purpose):
    return random.Random(f"{SET_NAME}|{SEED}|{row}|{purpose}")


# ---------------------------------------------------------------- reading
def read_rows(path):
    """Stream the file once; return (body_rows, related_rows) as ordered lists."""
    body, related = [], []
    last = max(BODY_ROWS.stop, RELATED_ROWS.stop) - 1
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
                obj = json.loads(raw.decode("utf-8", "replace"))
            except ValueError:
                continue
            if not isinstance(obj, dict):
                continue
            t, a = obj.get("title"), obj.get("article")
            if not isinstance(t, str) or not isinstance(a, str):
                continue
            if not t.strip() or not a.strip():
                continue
            if inb:
                body.append((i, t, a))
            else:
                related.append((i, t, a[:1200]))
    return body, related


# ---------------------------------------------------------------- text
ZW_RE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")


def detok(s):
    s = unicodedata.normalize("NFC", s)
    s = ZW_RE.sub("", s).replace("\u00a0", " ").replace("_", " ")
    s = re.sub(r"\s+", " ", s).strip()
    parts = s.split('"')
    for j in range(1, len(parts), 2):
        parts[j] = parts[j].strip()
    s = '"'.join(parts)
    s = re.sub("(^|\\s)'\\s+([^'\\n]{1,80}?)\\s+'(?=\\s|[,.;:!?…\"”)]|$)", r"\1'\2'", s)
    s = re.sub(r"\s+([,.;:!?%…])", r"\1", s)
    s = re.sub(r"([(\[{“‘])\s+", r"\1", s)
    s = re.sub(r"\s+([)\]}”’])", r"\1", s)
    s = re.sub(r"(\S) / (\S)", r"\1/\2", s)
    s = re.sub(r"\b([A-Z][A-Za-z0-9]*) -(\d)", r"\1-\2", s)
    s = re.sub(r"\s+", " ", s).strip()
    return s


ABBR = {"TP", "Tp", "TS", "Ts", "GS", "Gs", "PGS", "ThS", "Ths", "BS", "Bs", "Q", "P", "KS",
        "TT", "St", "Mr", "Mrs", "Ms", "Dr", "Th", "NXB", "Co", "Jr", "Sr", "No", "Vs", "vs"}


def is_abbrev(prefix):
    toks = prefix.split()
    if not toks:
        return False
    tok = toks[-1].lstrip("\"“(‘[")
    if tok in ABBR:
        return True
    if len(tok) == 1 and tok.isalpha():
        return True
    if re.fullmatch(r"(?:\w\.)+\w?", tok):
        return True
    return False


def split_sents(text):
    out, start, i, n = [], 0, 0, len(text)
    while i < n:
        c = text[i]
        if c in ".!?…":
            j = i + 1
            while j < n and text[j] in ".!?…":
                j += 1
            while j < n and text[j] in "\"”’)]":
                j += 1
            if j < n and text[j] == " ":
                k = j + 1
                while k < n and text[k] in "\"“(‘[":
                    k += 1
                if k < n and (text[k].isupper() or text[k].isdigit()):
                    if not (c == "." and j == i + 1 and is_abbrev(text[start:i])):
                        seg = text[start:j].strip()
                        if seg:
                            out.append(seg)
                        start = j + 1
            i = j
            continue
        i += 1
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return out


CAPTION_MARKS = ("ảnh:", "(ảnh", "ảnh minh", "video:", "clip:", "minh hoạ", "minh họa", "(trái)",
                 "(phải)", "(giữa)", "nguồn:", "đồ hoạ", "đồ họa", "xem thêm", "infographic",
                 "ảnh chụp", "ảnh tư liệu", "từ trái sang", "từ phải sang", "trong ảnh", "photo:")
REPORT = ("cho biết", "nói", "cho hay", "khẳng định", "nhấn mạnh", "chia sẻ", "thông báo",
          "tuyên bố", "đưa tin", "cho rằng", "giải thích", "viết", "tiết lộ", "xác nhận",
          "thừa nhận", "bày tỏ", "nhận định", "phát biểu", "trả lời", "kể", "nêu rõ", "dẫn lời",
          "cảnh báo", "yêu cầu", "đề nghị", "kêu gọi", "ước tính", "theo ")
CONNECTIVES = ("Tuy nhiên", "Trong khi đó", "Ngoài ra", "Bên cạnh đó", "Theo đó", "Do đó",
               "Vì vậy", "Vì thế", "Sau đó", "Trước đó", "Đồng thời", "Mặt khác", "Như vậy",
               "Thế nhưng", "Nhưng", "Tuy vậy", "Dù vậy", "Khi đó", "Lúc đó", "Cùng với",
               "Hơn nữa", "Thậm chí", "Trước đây", "Hiện nay", "Hiện", "Đến nay", "Còn",
               "Do ", "Vì ", "Nếu ", "Sau khi", "Theo ", "Ngay sau", "Cũng ", "Song ", "Bởi ")


def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = ZW_RE.sub("", s)
    s = re.sub(r"\s+", "", s)
    return s.casefold()


def balanced(s):
    if not (s.count('"') % 2 == 0 and s.count("“") == s.count("”") and
            s.count("(") == s.count(")") and s.count("[") == s.count("]")):
        return False
    for n, m in enumerate(re.finditer('"', s)):
        p = m.start()
        before = s[p - 1] if p else " "
        after = s[p + 1] if p + 1 < len(s) else " "
        if n % 2 == 0:  # opening quote
            if not (before in " ([“" and (after.isalnum() or after in "(…[“'")):
                return False
        else:  # closing quote
            if not (before != " " and (after in " ,.;:!?…)]”")):
                return False
    return True


def keep_sentence(s, title_n):
    low = s.lower()
    if any(m in low for m in CAPTION_MARKS):
        return False
    if any(ch in s for ch in "|•»"):
        return False
    if not balanced(s):
        return False
    if not re.search(r"[.!?…][\"”’)\]]*$", s):
        return False
    words = s.split()
    if len(words) < 8 or len(words) > 110:
        return False
    if any(":" in w for w in words[:6]):
        return False
    first = s.lstrip("\"“(‘[")
    if not first or not (first[0].isupper() or first[0].isdigit()):
        return False
    tail = words[-5:]
    for j, w in enumerate(tail):
        if w == "Theo" and j + 1 < len(tail) and all(x[:1].isupper() for x in tail[j + 1:]):
            return False
    if re.search(r"[.!?…]\s*Theo\s", s):
        return False
    if norm(s) == title_n:
        return False
    short = len(words) <= 22 or (len(words) <= 30 and "," not in s)
    if short:
        ok = ('"' in s or "“" in s or any(v in low for v in REPORT)
              or any(s.startswith(c) for c in CONNECTIVES))
        if not ok:
            return False
    return True


def story_sentences(article, title):
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


def teaser_of(article, title):
    for s in split_sents(detok(article)):
        if keep_sentence(s, norm(title)):
            w = s.split()
            if len(w) > 30:
                return " ".join(w[:26]).rstrip(",;:") + "…"
            return s
    return None


def entities(sents):
    """Capitalised runs (not sentence-initial) as caption material, most frequent first."""
    cnt = Counter()
    stop = {"Ông", "Bà", "Anh", "Chị", "Tôi", "Chúng", "Theo", "Trong", "Nhưng", "Tuy", "Các",
            "Những", "Một", "Cô", "Em", "Họ", "Khi", "Sau", "Hiện", "Ngày", "Tháng", "Năm"}
    for s in sents:
        toks = s.split()
        run = []
        for idx, t in enumerate(toks):
            clean = t.rstrip(",.;:!?…)”\"")
            ok = (idx > 0 and clean and not t[0] in "\"“(" and clean[0].isupper()
                  and clean.replace("-", "").isalpha() and not (not run and clean in stop))
            if ok:
                run.append(clean)
            if run and (not ok or clean != t):
                if len(run) >= 1:
                    cnt[" ".join(run)] += 1
                run = []
        if run:
            cnt[" ".join(run)] += 1
    weak = {"Tổng", "Bộ", "Thủ", "Chủ", "Phó", "Đại", "Quốc", "Hội", "Ủy", "Uỷ", "Toà", "Tòa",
            "Sở", "Công", "Nhà", "Trung", "Liên", "Thành", "Tỉnh", "Ban", "Viện", "Đảng", "Nước",
            "Tiến", "Giáo", "Bác", "Đệ", "Cựu", "Ngoại", "Tân", "Phòng", "Cục", "Ngân"}
    weak |= {"Viện", "Trường", "Học", "Khu", "Tập", "Hãng", "Điều", "Bất", "Video", "Clip",
             "Mỹ", "Nga", "Pháp", "Đức", "Nhật", "Hàn", "Thủ", "Tử"}
    fam = set(FAM)
    good = []
    for e, n in cnt.most_common():
        w = e.split()
        if len(e) < 4 or w[0] in stop or w[0] in weak or w[-1] in fam:
            continue
        if len(w) == 1 and (n < 2 or e in fam):
            continue
        if len(w) >= 3 and n < 2:
            continue
        if any(len(x) < 2 for x in w):
            continue
        good.append(e)
    return good[:6]


# ---------------------------------------------------------------- invented material
FAM = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ",
       "Ngô", "Dương", "Lý", "Trịnh", "Đinh", "Lương"]
MID = ["Văn", "Thị", "Minh", "Quốc", "Thanh", "Hữu", "Ngọc", "Đức", "Thu", "Hoài", "Xuân", "Bảo",
       "Kim", "Trọng"]
GIV = ["Tuấn", "Hà", "Lan", "Hùng", "Dũng", "Phương", "Trang", "Long", "Hải", "Nam", "Khánh",
       "Linh", "Sơn", "Thảo", "Vinh", "Quang", "Yến", "Toàn", "Đăng", "Nhung", "Tâm", "Khoa",
       "Hiếu", "Giang", "Mai", "Cường"]
WD = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
PROV = ["Quảng Ninh", "Hải Phòng", "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Quảng Ngãi", "Bình Định",
        "Ninh Thuận", "Bình Thuận", "Đồng Nai", "Bình Dương", "Bà Rịa - Vũng Tàu", "Long An",
        "Thái Nguyên", "Bắc Ninh", "Gia Lai", "Đắk Lắk", "Lâm Đồng", "Cà Mau", "Sóc Trăng"]


SCENES = ["Một góc khu công nghiệp nhìn từ trên cao.",
          "Công nhân làm việc trong ca sản xuất buổi sáng.",
          "Quang cảnh buổi làm việc được tổ chức sáng cùng ngày.",
          "Lực lượng chức năng có mặt tại hiện trường.",
          "Người dân theo dõi thông tin về sự việc.",
          "Toàn cảnh sự kiện nhìn từ khu vực khán đài."]


def full_name(r):
    return f"{r.choice(FAM)} {r.choice(MID)} {r.choice(GIV)}"


def pen_name(r):
    return f"{r.choice([m for m in MID if m != 'Thị'])} {r.choice(GIV)}"


def money(r, lo, hi, step=10):
    v = r.randrange(lo, hi, step)
    return f"{v:,}".replace(",", ".")


def d_dmy(d):
    return d.strftime("%d/%m/%Y")


def d_hm(d):
    return d.strftime("%H:%M")


# ---------------------------------------------------------------- page builder
class Builder:
    def __init__(self, ctx):
        self.blocks = []
        self.c = ctx
        self.r = ctx["r"]

    def u(self, line):
        self.blocks.append(("u", line))

    def f(self, kind, *lines):
        for ln in lines:
            self.blocks.append(("f", kind, ln))

    def w(self, *lines):
        self.f("widget", *lines)

    def rel(self, *lines):
        self.f("related", *lines)

    def title(self):
        self.u(self.c["title"])

    def story(self, inserts=(), lead_first=False):
        """Paragraphs with furniture groups placed in gaps between paragraphs."""
        paras = self.c["paras"]
        gaps = list(range(1, len(paras)))
        inserts = [g for g in inserts if g]
        pos = {}
        if gaps:
            chosen = sorted(self.r.sample(gaps, min(len(gaps), len(inserts))))
            for g, ins in zip(chosen, inserts):
                pos[g] = ins
            rest = inserts[len(chosen):]
        else:
            rest = inserts
        for i, p in enumerate(paras):
            if i in pos:
                for kind, ln in pos[i]:
                    self.f(kind, ln)
            self.blocks.append(("b", list(p)))
        for ins in rest:
            for kind, ln in ins:
                self.f(kind, ln)

    # furniture helpers -------------------------------------------------
    def caption(self, plain=False):
        c, r = self.c, self.r
        ents = c["ents"]
        title = c["title"]
        opts = []
        if ents:
            e = r.choice(ents[:3])
            opts += [f"Hình ảnh liên quan đến {e}.",
                     f"{e} (ảnh tư liệu)",
                     f"Thông tin liên quan đến {e} đang thu hút sự quan tâm của dư luận.",
                     f"Tư liệu về {e}.",
                     f"Những diễn biến mới liên quan đến {e}."]
        if plain:
            opts = [o for o in opts if "ảnh" not in o]
        short = " ".join(title.split()[:9])
        if not plain or not opts:
            opts += [f"{short}... (Ảnh minh họa)", f"Ảnh minh họa: {title.rstrip('.')}."]
        if plain and not ents:
            opts = [r.choice(SCENES)]
        cap = r.choice(opts)
        return cap

    def related_items(self, n):
        pool = self.c["related"]
        if not pool:
            return []
        bad = self.c["badnorm"]
        idx = [i for i in range(len(pool)) if norm(pool[i][0]) not in bad]
        self.r.shuffle(idx)
        used = self.c["rel_used"]
        out = []
        for i in idx:
            if i in used:
                continue
            used.add(i)
            h, t = pool[i]
            if t is not None and norm(t) in bad:
                t = None
            out.append((h, t))
            if len(out) >= n:
                break
        return out

    def rel_date(self, back_max=20):
        d = self.c["dt"] - datetime.timedelta(days=self.r.randint(0, back_max),
                                              minutes=self.r.randint(0, 900))
        return d


# ---------------------------------------------------------------- theme boxes
def fuel_box(b, d):
    r = b.r
    return ["BẢNG GIÁ XĂNG DẦU BÁN LẺ",
            f"Xăng RON 95-III: {money(r, 18500, 22500)} đồng/lít",
            f"Xăng E5 RON 92-II: {money(r, 17000, 20500)} đồng/lít",
            f"Dầu diesel 0,05S: {money(r, 14500, 18500)} đồng/lít",
            f"Dầu hỏa: {money(r, 13500, 17000)} đồng/lít",
            f"Áp dụng từ 15h00 ngày {d_dmy(d - datetime.timedelta(days=r.randint(1, 12)))}"]


def tariff_box(b):
    r = b.r
    base = r.choice([1484, 1549])
    steps = [0, 49, 231, 652, 1054, 1160] if base == 1549 else [0, 49, 221, 620, 1010, 1110]
    names = ["0 - 50", "51 - 100", "101 - 200", "201 - 300", "301 - 400", "401 trở lên"]
    lines = ["Biểu giá bán lẻ điện sinh hoạt (đồng/kWh, chưa gồm VAT)"]
    for k, (nm, st) in enumerate(zip(names, steps)):
        lines.append(f"Bậc {k + 1} (kWh {nm}): {base + st + (51 if k else 0):,}".replace(",", "."))
    return lines


def outage_box(b, d):
    r = b.r
    day = d + datetime.timedelta(days=r.randint(1, 4))
    ph = r.choice(["Hòa Khánh", "Tân Phú", "Phước Long", "An Đông", "Bình Trưng", "Thạch Thang"])
    return ["LỊCH TẠM NGỪNG CUNG CẤP ĐIỆN",
            f"Từ 07h30 đến {r.choice(['11h30', '15h00', '16h30', '17h00'])} ngày "
            f"{day.strftime('%d/%m')}: một phần phường {ph}, TBA {ph} {r.randint(1, 9)}.",
            f"Lý do: {r.choice(['bảo dưỡng, sửa chữa lưới điện', 'thay máy biến áp', 'di dời cột điện phục vụ thi công đường', 'vệ sinh cách điện'])}.",
            "Xem toàn bộ lịch ngừng cấp điện >>"]


def tender_box(b, d):
    r = b.r
    co = r.choice(["Công ty CP Thiết bị Điện Trường Sơn Xanh", "Tổng công ty Cơ khí Hưng Đạt",
                   "Công ty TNHH Luyện kim Bắc Hà Phong", "Ban QLDA Nhiệt điện Cửu Long Mới"])
    pk = r.choice(["Cung cấp máy biến áp 110 kV", "Thi công móng trụ đường dây 220 kV",
                   "Cung cấp vật tư ống thép chịu áp", "Tư vấn giám sát thi công hạng mục lò hơi"])
    close = d + datetime.timedelta(days=r.randint(10, 25))
    return ["THÔNG BÁO MỜI THẦU",
            f"Bên mời thầu: {co}",
            f"Gói thầu số {r.randint(2, 18):02d}: {pk}",
            f"Thời điểm đóng thầu: 09h00 ngày {d_dmy(close)}"]


def fair_banner(b, d):
    r = b.r
    nm = r.choice(["VietMetalTech", "PowerGrid Expo Việt", "MekongChem", "InduMach Sài Gòn",
                   "AutoParts Vietnam Show", "GreenEnergy Asia VN"])
    st = d + datetime.timedelta(days=r.randint(15, 60))
    return f"Triển lãm quốc tế {nm} {st.year} | {st.strftime('%d/%m')} - " \
           f"{(st + datetime.timedelta(days=2)).strftime('%d/%m')} | Trung tâm Hội chợ Phú Lâm | Đăng ký gian hàng ngay"


def steel_box(b):
    r = b.r
    return ["GIÁ THÉP XÂY DỰNG HÔM NAY (đồng/kg)",
            f"Thép cuộn CB240: {money(r, 11800, 14500, 50)}",
            f"Thép thanh vằn D10 CB300: {money(r, 12000, 14800, 50)}",
            f"Phôi thép: {r.randint(480, 590)} USD/tấn"]


def commodity_line(b):
    r = b.r
    return (f"Dầu Brent {r.randint(55, 80)},{r.randint(10, 99)} USD/thùng ▲ {r.randint(1, 19) / 10}% | "
            f"WTI {r.randint(48, 72)},{r.randint(10, 99)} ▼ {r.randint(1, 15) / 10}% | "
            f"Than Newcastle {r.randint(80, 115)} USD/tấn")


# ---------------------------------------------------------------- layouts
def fmt_date(d, style):
    wd = WD[d.weekday()]
    if style == 1:
        return f"{wd}, {d_dmy(d)}, {d_hm(d)} (GMT+7)"
    if style == 2:
        return f"{d_dmy(d)} {d_hm(d)}"
    if style == 3:
        return f"Cập nhật lúc {d_hm(d)}, {d_dmy(d)}"
    if style == 4:
        return f"Ngày đăng: {d_dmy(d)}"
    if style == 5:
        return f"{d_hm(d)} | {d_dmy(d)}"
    if style == 6:
        return d.strftime("%d-%m-%Y %H:%M")
    if style == 7:
        return f"{wd}, ngày {d.day} tháng {d.month} năm {d.year}"
    if style == 8:
        return f"Đăng ngày {d.day}/{d.month}/{d.year} | {d.hour}:{d.minute:02d}"
    if style == 9:
        return d.strftime("%Y-%m-%d %H:%M:%S")
    if style == 10:
        return f"{wd.lower().capitalize()}, {d.strftime('%d/%m/%Y - %H:%M')}"
    return d_dmy(d)


def header_today(d):
    t = d + datetime.timedelta(days=1)
    return f"{WD[t.weekday()]}, {d_dmy(t)}"


def L_nangluongviet(b):
    c, r = b.c, b.r
    b.u("Năng Lượng Việt")
    b.w("Trang chủ | Điện | Dầu khí | Than | Năng lượng tái tạo | Tiết kiệm năng lượng | Video",
        header_today(c["dt"]), r.choice(["Thời sự năng lượng", "Điện lực", "Thị trường"]))
    b.title()
    b.u(fmt_date(c["dt"], 1))
    ins = [[("caption", b.caption()), ("credit", f"Ảnh: {pen_name(r)}")]]
    items = b.related_items(3)
    if items and r.random() < 0.6:
        ins.append([("related", f"Xem thêm: {items[0][0]}")])
        items = items[1:]
    b.story(ins)
    b.f("byline", pen_name(r))
    if items:
        b.w("Tin liên quan")
        b.rel(*[f"- {h}" for h, _ in items])
    b.w(*tariff_box(b))
    b.w("Từ khóa: " + ", ".join((c["ents"][:2] or ["thời sự"]) + ["năng lượng"]),
        "© 2016 - 2019 Năng Lượng Việt. Giấy phép số 112/GP-BTTTT. Đường dây nóng: 0904 318 227")


def L_daukhi(b):
    c, r = b.c, b.r
    b.u("DẦU KHÍ THƯƠNG MẠI")
    b.w("Thượng nguồn | Hạ nguồn | Lọc hóa dầu | Khí - LNG | Giá cả | Doanh nghiệp", commodity_line(b))
    b.w(*fuel_box(b, c["dt"]))
    b.title()
    b.f("byline", f"Bài: {full_name(r)}")
    b.u(fmt_date(c["dt"], 2))
    ins = [[("caption", f"{b.caption(True)} (Ảnh: PV)")]]
    items = b.related_items(4)
    if items:
        ins.append([("related", f"Xem thêm: {items[0][0]}")])
        items = items[1:]
    ins.append([("widget", "Quảng cáo"), ("widget", "Dầu nhớt công nghiệp TRAXA - Bền bỉ cùng máy móc của bạn")])
    b.story(ins)
    b.w("Chia sẻ: Facebook | Zalo | In bài | Gửi email")
    if items:
        b.w("TIN CÙNG CHUYÊN MỤC")
        b.rel(*[f"{i + 1}. {h}" for i, (h, _) in enumerate(items)])
    b.w("Tòa soạn: 48 Nguyễn Công Trứ, Q.1, TP.HCM - Email: toasoan@daukhithuongmai.vn")


def L_kcn(b):
    c, r = b.c, b.r
    b.u("KCN Online - Tin tức khu công nghiệp")
    b.w("Trang chủ » Khu công nghiệp » Đầu tư - Hạ tầng")
    b.u(fmt_date(c["dt"], 3))
    b.title()
    b.f("byline", f"{pen_name(r)} - {pen_name(r)}")
    ins = [[("widget", "[Ảnh]"), ("caption", b.caption())],
           [("widget", "Quảng cáo"), ("widget", "Cho thuê nhà xưởng xây sẵn 5.000 m2 tại KCN Tân Mỹ Hưng - LH 0918 552 063")]]
    b.story(ins)
    items = b.related_items(4)
    b.w("Tags: khu công nghiệp, đầu tư, " + (c["ents"][0] if c["ents"] else "doanh nghiệp"))
    if items:
        b.w("Tin khác")
        for h, _ in items:
            b.rel(f"{h} ({b.rel_date().strftime('%d/%m')})")
    b.w("Bình luận (0)", "Về đầu trang")


def L_thep(b):
    c, r = b.c, b.r
    b.w("Thứ Hai - Chủ Nhật: cập nhật giá thép mỗi ngày")
    b.u("Thép & Kim Loại")
    b.w("Thị trường | Giá thép | Phế liệu | Doanh nghiệp | Chính sách | Thế giới")
    b.w(*steel_box(b))
    b.title()
    b.u(fmt_date(c["dt"], 7))
    ins = [[("caption", f"{b.caption(True)} Ảnh: {pen_name(r)}")]]
    b.story(ins)
    b.f("byline", full_name(r).upper())
    items = b.related_items(3)
    if items:
        b.w("BÀI VIẾT KHÁC")
        b.rel(*[f"» {h}" for h, _ in items])
    b.w("Bản quyền thuộc Thép & Kim Loại. Ghi rõ nguồn khi phát hành lại thông tin từ website này.")


def L_ministry(b):
    c, r = b.c, b.r
    b.u("CỔNG THÔNG TIN ĐIỆN TỬ CÔNG NGHIỆP QUỐC GIA")
    b.w("Giới thiệu | Tin tức - Sự kiện | Văn bản pháp quy | Thủ tục hành chính | Mời thầu | Hỏi đáp | Liên hệ",
        "Tin tức - Sự kiện > Tin tổng hợp")
    b.title()
    b.u(fmt_date(c["dt"], 4))
    b.w(f"Lượt xem: {r.randint(120, 9800):,}".replace(",", "."))
    b.story([])
    b.f("credit", f"Nguồn: Trung tâm Thông tin Công nghiệp - {pen_name(r)}")
    b.w("In bài | Gửi email | Quay lại")
    items = b.related_items(5)
    if items:
        b.w("Các tin khác")
        for h, _ in items:
            b.rel(f"{h} ({d_dmy(b.rel_date(40))})")
    b.w(*tender_box(b, c["dt"]))
    b.w("Cơ quan chủ quản: Trung tâm Thông tin Công nghiệp Quốc gia",
        "Địa chỉ: 91 Đinh Tiên Hoàng, Hoàn Kiếm, Hà Nội - ĐT: (024) 3826 4719")


def L_mo(b):
    c, r = b.c, b.r
    b.u("Mỏ & Khoáng Sản")
    b.w("Khai khoáng | Than | Bauxite - Alumin | Đất hiếm | An toàn mỏ | Môi trường")
    b.title()
    b.u(fmt_date(c["dt"], 5))
    b.f("byline", f"PV {r.choice(['Quảng Ninh', 'Lâm Đồng', 'Thái Nguyên', 'Lào Cai'])}")
    b.story([[("widget", "Ảnh minh họa"), ("caption", b.caption(True))]])
    b.f("byline", f"Theo Tạp chí Mỏ Phương Nam")
    items = b.related_items(3)
    if items:
        b.w("ĐỌC NHIỀU")
        for h, t in items:
            b.rel(h)
            if t:
                b.rel(t)
    b.w("Gửi bình luận", "Họ và tên", "Email", "Gửi")


def L_dienxanh(b):
    c, r = b.c, b.r
    b.u("Điện Xanh")
    b.w("Điện mặt trời | Điện gió | Sinh khối | Lưu trữ năng lượng | Chính sách | Video")
    b.title()
    b.f("byline", f"Bài và ảnh: {full_name(r)}")
    b.u(fmt_date(c["dt"], 6))
    ins = [[("widget", f"▶ 0{r.randint(1, 4)}:{r.randint(10, 59)}"),
            ("caption", b.caption()), ("credit", f"Video: {pen_name(r)}")],
           [("caption", b.caption())]]
    b.story(ins)
    items = b.related_items(3)
    if items:
        b.rel("Đọc thêm: " + " | ".join(h for h, _ in items))
    b.w("Thích | Chia sẻ | Lưu bài", "Điện Xanh - chuyên trang năng lượng tái tạo. Liên hệ quảng cáo: 0283 911 4520")


def L_nhamay(b):
    c, r = b.c, b.r
    b.u("Nhà Máy 24h")
    b.w("Sản xuất | Chuỗi cung ứng | Lao động | Công nghệ | Doanh nghiệp FDI")
    b.w(c["title"])  # sticky header repeating the title
    b.title()
    b.u(fmt_date(c["dt"], 8))
    b.story([[("caption", b.caption())]])
    b.f("byline", f"{full_name(r)} (tổng hợp)")
    b.w(f"{r.randint(3, 90)} lượt thích | {r.randint(0, 30)} chia sẻ")
    n = r.randint(1, 3)
    b.w(f"Bình luận ({n})")
    cmts = ["Bài viết rất hay, cảm ơn tác giả.", "Mong tòa soạn tiếp tục theo dõi vụ việc.",
            "Thông tin hữu ích, tôi đã chia sẻ cho đồng nghiệp.", "Không biết thực hư thế nào, chờ thêm thông tin.",
            "Đọc xong thấy buồn quá.", "Đúng là chuyện lạ có thật."]
    for k in range(n):
        t = c["dt"] + datetime.timedelta(hours=r.randint(1, 40), minutes=r.randint(0, 59))
        b.w(f"{pen_name(r)}", t.strftime("%H:%M %d/%m/%Y"), cmts[(k + r.randint(0, 5)) % len(cmts)], "Trả lời")
    items = b.related_items(4)
    if items:
        b.w("CÓ THỂ BẠN QUAN TÂM")
        b.rel(*[f"• {h}" for h, _ in items])


def L_cokhi(b):
    c, r = b.c, b.r
    b.u("Tạp chí Cơ Khí & Chế Tạo")
    b.w(f"Số {r.randint(60, 210)} - tháng {c['dt'].month}/{c['dt'].year}",
        "Trang chủ / Tin tức / Tin tổng hợp")
    b.title()
    b.u(fmt_date(c["dt"], 2))
    b.story([[("caption", b.caption()), ("credit", "Ảnh: Tư liệu")]])
    nm = full_name(r)
    b.f("byline", f"ThS. {nm}")
    b.f("byline", r.choice(["Giảng viên Khoa Cơ khí, Trường Đại học Kỹ thuật Công nghiệp Miền Trung",
                            "Kỹ sư trưởng, Viện Nghiên cứu Chế tạo Máy Phương Bắc",
                            "Cộng tác viên thường xuyên của Tạp chí Cơ Khí & Chế Tạo"]))
    items = b.related_items(3)
    if items:
        b.w("Bài viết cùng chủ đề")
        b.rel(*[f"- {h}" for h, _ in items])
    b.w(fair_banner(b, c["dt"]), "Đặt mua tạp chí: 024 3772 6180 | tapchi@cokhichetao.vn")


def L_xangdau(b):
    c, r = b.c, b.r
    b.u("XĂNG DẦU PLUS")
    b.w("Tin tức | Giá xăng hôm nay | Thị trường dầu thô | Cửa hàng xăng dầu | Hỏi đáp")
    b.title()
    b.u(fmt_date(c["dt"], 10))
    items = b.related_items(4)
    ins = []
    if items:
        h, t = items[0]
        ins.append([("related", f"{h} - {t}" if t else h)])
        items = items[1:]
    b.story(ins)
    b.f("byline", r.choice(["Theo Báo Năng Lượng Phương Nam", "Theo Petro Times Việt", "Theo Tin Dầu Khí 365"]))
    b.w(*fuel_box(b, c["dt"]))
    if items:
        b.w("Tin mới cập nhật")
        for h, t in items:
            b.rel(f"{h} - {t}" if t else h)


def L_dienmientrung(b):
    c, r = b.c, b.r
    b.w("Tổng đài chăm sóc khách hàng: 1900 6822 (24/7)")
    b.u("Điện Lực Miền Trung Online")
    b.w("Tin tức | Tiến độ dự án | Lịch cắt điện | Dịch vụ khách hàng | Tiết kiệm điện")
    b.title()
    b.u(fmt_date(c["dt"], 1))
    b.story([[("caption", f"{b.caption(True)} (Ảnh: {pen_name(r)})")]])
    b.f("byline", f"{pen_name(r)} ({r.choice(['PC Quảng Trị', 'PC Phú Yên', 'PC Kon Tum', 'PC Quảng Nam'])})")
    b.w(*outage_box(b, c["dt"]))
    items = b.related_items(3)
    if items:
        b.w("Tin đã đưa")
        for h, _ in items:
            b.rel(f"- {h} ({d_dmy(b.rel_date())})")
    b.w("Điện Lực Miền Trung Online © 2019")


def L_hoachat(b):
    c, r = b.c, b.r
    b.w(fair_banner(b, c["dt"]))
    b.u("Hóa Chất & Phân Bón")
    b.w("Hóa chất cơ bản | Phân bón | Cao su - Nhựa | Dược liệu | Xuất nhập khẩu")
    b.title()
    b.u(fmt_date(c["dt"], 5))
    k = r.randint(3, 6)
    ins = [[("caption", f"Ảnh 1/{k}: {b.caption(True)}")], [("caption", f"Ảnh 2/{k}: {b.caption(True)}")]]
    b.story(ins)
    b.f("byline", f"{pen_name(r).upper()} - {pen_name(r).upper()}")
    items = b.related_items(3)
    if items:
        b.w("Tin liên quan")
        b.rel(*[f"› {h}" for h, _ in items])
    b.w("Theo dõi chúng tôi trên Facebook", "Hóa Chất & Phân Bón - Giấy phép số 45/GP-TTĐT")


def L_vungmo(b):
    c, r = b.c, b.r
    b.u("Vùng Mỏ Online")
    b.w(f"Cẩm Phả, {header_today(c['dt'])}", "Thợ mỏ | Sản xuất than | Đời sống | An toàn lao động | Văn hóa vùng mỏ")
    b.title()
    nm = full_name(r)
    b.u(fmt_date(c["dt"], 3))
    b.story([[("caption", b.caption())], [("widget", "Quảng cáo")]])
    b.f("byline", f"Bài và ảnh: {nm}")
    items = b.related_items(2)
    if items:
        b.w("Xem nhiều nhất")
        for h, t in items:
            b.rel(f"{h}: {t}" if t else h)
    b.w("Gửi bài cho chúng tôi: bandoc@vungmoonline.vn", "Vùng Mỏ Online")


def L_cangbien(b):
    c, r = b.c, b.r
    b.u("Cảng & Logistics Công Nghiệp")
    b.w("Cảng biển | Vận tải | Kho bãi | Khu kinh tế | Hàng hóa")
    b.w("Trang chủ > Khu kinh tế")
    b.title()
    b.f("byline", f"{full_name(r)} - {full_name(r)}")
    b.u(fmt_date(c["dt"], 9))
    items = b.related_items(4)
    ins = [[("widget", "(Hình ảnh)"), ("caption", b.caption()), ("credit", f"Nguồn: {r.choice(['Cảng vụ Hàng hải', 'Bạn đọc cung cấp', 'Tư liệu'])}")]]
    if len(items) >= 2:
        ins.append([("widget", "TIN LIÊN QUAN"), ("related", items[0][0]), ("related", items[1][0])])
        items = items[2:]
    b.story(ins)
    b.w("Đánh giá bài viết: ★★★★☆", "Chia sẻ bài viết")
    if items:
        b.w("Cùng chuyên mục")
        b.rel(*[h for h, _ in items])


def L_detmay(b):
    c, r = b.c, b.r
    b.u("Dệt May Việt")
    b.w("Sản xuất | Xuất khẩu | Thời trang | Lao động dệt may | Nguyên phụ liệu")
    b.w(f"Kim ngạch xuất khẩu dệt may {c['dt'].year - 1}: {r.randint(26, 39)},{r.randint(0, 9)} tỷ USD")
    b.title()
    b.u(fmt_date(c["dt"], 2))
    b.f("byline", f"{pen_name(r)}")
    b.story([[("caption", b.caption()), ("credit", f"Ảnh: {full_name(r)}")]])
    b.w(f"Thích {r.randint(0, 300)} | Chia sẻ {r.randint(0, 40)}")
    items = b.related_items(4)
    if items:
        b.w("Tin bài khác:")
        b.rel(*[f"+ {h}" for h, _ in items])
    b.w("Liên hệ quảng cáo: 0912 703 448 - quangcao@detmayviet.vn")


def L_vlxd(b):
    c, r = b.c, b.r
    b.u("Vật Liệu Xây Dựng Today")
    b.w("Xi măng | Thép | Gạch - Ngói | Kính | Vật liệu mới | Bảng giá")
    b.w(f"Giá xi măng PCB40 tại Hà Nội: {money(r, 1250000, 1650000, 10000)} đồng/tấn")
    b.title()
    b.u(fmt_date(c["dt"], 6))
    items = b.related_items(3)
    ins = [[("caption", b.caption())]]
    if items:
        ins.append([("related", f"Bài liên quan: {items[0][0]}")])
        items = items[1:]
    b.story(ins)
    b.f("byline", f"{full_name(r).upper()}")
    b.w("Từ khóa: vật liệu xây dựng, xi măng, thời sự")
    if items:
        b.w("Tin mới")
        for h, _ in items:
            d = b.rel_date(10)
            b.rel(f"{d_hm(d)} {d.strftime('%d/%m')} {h}")


def L_tudong(b):
    c, r = b.c, b.r
    b.u("Tự Động Hóa 4.0")
    b.w("Robot | IoT công nghiệp | PLC - SCADA | Nhà máy thông minh | Sự kiện")
    b.w("Công nghiệp 4.0")
    b.title()
    b.u(fmt_date(c["dt"], 1))
    b.story([[("caption", b.caption())], [("widget", "Đăng ký nhận bản tin Tự Động Hóa 4.0 hàng tuần"),
                                          ("widget", "Email của bạn"), ("widget", "Đăng ký")]])
    b.f("byline", f"{pen_name(r)} | Tự Động Hóa 4.0")
    b.w("Chia sẻ: LinkedIn | Facebook | Twitter | Sao chép liên kết")
    items = b.related_items(3)
    if items:
        b.w("Bài viết liên quan")
        for h, t in items:
            b.rel(h)
            d = b.rel_date()
            b.w(d_dmy(d))
    b.w(fair_banner(b, c["dt"]))


def L_oto(b):
    c, r = b.c, b.r
    b.u("Công Nghiệp Ô Tô Việt")
    b.w("Sản xuất lắp ráp | Công nghiệp hỗ trợ | Thị trường xe | Linh kiện | Chính sách thuế")
    b.title()
    b.w(f"{r.randint(1, 12)} phút đọc")
    b.u(fmt_date(c["dt"], 8))
    b.story([[("caption", f"{b.caption(True)} - Ảnh: {pen_name(r)}")]])
    b.f("byline", f"{full_name(r)}")
    b.f("byline", f"Email: {r.choice(['phongvien', 'bbt', 'tinbai'])}{r.randint(10, 99)}@congnghiepotoviet.vn")
    items = b.related_items(4)
    if items:
        b.w("XEM THÊM")
        for h, t in items:
            b.rel(f"{h} {t}" if t and r.random() < 0.5 else h)
    b.w("Công Nghiệp Ô Tô Việt - Chuyên trang về sản xuất ô tô và công nghiệp hỗ trợ")


def L_thuydien(b):
    c, r = b.c, b.r
    b.u("Thủy Điện Tây Nguyên")
    b.w("Trang chủ | Vận hành hồ chứa | Dự án | Cộng đồng | Môi trường")
    b.w(f"Mực nước hồ Ia Krông Mới: {r.randint(480, 515)},{r.randint(10, 99)} m | Lưu lượng về hồ: {r.randint(40, 900)} m3/s")
    b.u(fmt_date(c["dt"], 2))
    b.title()
    b.f("byline", f"{pen_name(r).upper()}")
    b.story([[("caption", b.caption())]])
    b.f("byline", "(Theo Thủy Điện Tây Nguyên)")
    items = b.related_items(3)
    if items:
        b.w("Các tin đã đăng:")
        for h, _ in items:
            b.rel(f"- {h} - {d_dmy(b.rel_date(30))}")
    b.w("Thông báo xả lũ: theo dõi tại mục Vận hành hồ chứa hoặc gọi 0262 385 1470")


def L_cnphianam(b):
    c, r = b.c, b.r
    b.w(header_today(c["dt"]) + " | Đăng nhập | Đăng ký")
    b.u("CÔNG NGHIỆP PHÍA NAM")
    b.w("Chính sách | Khu công nghiệp | Doanh nghiệp | Năng lượng | Hội chợ - Triển lãm")
    b.title()
    b.u(fmt_date(c["dt"], 10))
    items = b.related_items(4)
    ins = [[("caption", b.caption())]]
    if items:
        ins.append([("related", f"> {items[0][0]}")])
        items = items[1:]
    b.story(ins)
    b.f("byline", f"{full_name(r)} - {pen_name(r)}")
    b.f("credit", f"Ảnh: {pen_name(r)}")
    if items:
        b.w("TIN CÙNG CHUYÊN MỤC")
        for h, t in items:
            b.rel(h)
            if t:
                b.rel(t)
    b.w(fair_banner(b, c["dt"]), "CÔNG NGHIỆP PHÍA NAM")


LAYOUTS = [
    ("nangluongviet", L_nangluongviet, (2, 3)),
    ("daukhithuongmai", L_daukhi, (1, 3)),
    ("kcnonline", L_kcn, (1, 2)),
    ("thepkimloai", L_thep, (2, 4)),
    ("congthongtin_cnqg", L_ministry, (2, 4)),
    ("mokhoangsan", L_mo, (1, 3)),
    ("dienxanh", L_dienxanh, (1, 2)),
    ("nhamay24h", L_nhamay, (1, 3)),
    ("tapchicokhi", L_cokhi, (3, 4)),
    ("xangdauplus", L_xangdau, (1, 2)),
    ("dienlucmientrung", L_dienmientrung, (2, 3)),
    ("hoachatphanbon", L_hoachat, (1, 3)),
    ("vungmoonline", L_vungmo, (2, 4)),
    ("cangbienlogistics", L_cangbien, (1, 3)),
    ("detmayviet", L_detmay, (1, 2)),
    ("vlxdtoday", L_vlxd, (2, 3)),
    ("tudonghoa40", L_tudong, (1, 3)),
    ("congnghiepotoviet", L_oto, (2, 4)),
    ("thuydientaynguyen", L_thuydien, (1, 3)),
    ("congnghiepphianam", L_cnphianam, (1, 2)),
]


# ---------------------------------------------------------------- faults
def _spaces(s):
    return [m.start() for m in re.finditer(" ", s)]


def apply_faults(blocks, r):
    """Mutates blocks; returns list of fault names applied."""
    names = ["nbsp", "zwsp", "double_space", "glue", "nfd"]
    k = 1 if r.random() < 0.7 else 2
    chosen = r.sample(names, k)
    done = []
    for f in chosen:
        if f == "glue":
            cands = []
            for bi, bl in enumerate(blocks):
                if bl[0] == "b":
                    for j in range(len(bl[1]) - 1):
                        if bl[1][j].endswith(".") and not bl[1][j].endswith(".."):
                            cands.append((bi, j))
            if not cands:
                continue
            bi, j = r.choice(cands)
            items = blocks[bi][1]
            items[j:j + 2] = [items[j] + items[j + 1]]
            done.append(f)
        elif f in ("nbsp", "zwsp", "double_space"):
            targets = []
            for bi, bl in enumerate(blocks):
                if bl[0] == "b":
                    for j in range(len(bl[1])):
                        targets.append((bi, j))
                elif bl[0] == "f":
                    targets.append((bi, None))
            r.shuffle(targets)
            cnt = {"nbsp": r.randint(2, 5), "zwsp": r.randint(1, 3), "double_space": 1}[f]
            hit = 0
            for bi, j in targets:
                if hit >= cnt:
                    break
                s = blocks[bi][1][j] if j is not None else blocks[bi][2]
                if f == "zwsp":
                    pos = [p for p in range(1, len(s)) if s[p - 1].isalpha() and s[p].isalpha()]
                    if not pos:
                        continue
                    p = r.choice(pos)
                    s2 = s[:p] + "\u200b" + s[p:]
                else:
                    sp = _spaces(s)
                    if not sp:
                        continue
                    if f == "nbsp":
                        chosen_sp = set(r.sample(sp, min(len(sp), r.randint(1, 4))))
                        s2 = "".join("\u00a0" if i in chosen_sp else ch for i, ch in enumerate(s))
                    else:
                        p = r.choice(sp)
                        s2 = s[:p] + " " + s[p:]
                if j is not None:
                    blocks[bi][1][j] = s2
                else:
                    blocks[bi] = ("f", blocks[bi][1], s2)
                hit += 1
            if hit:
                done.append(f)
        elif f == "nfd":
            for bi, bl in enumerate(blocks):
                if bl[0] == "u":
                    blocks[bi] = ("u", unicodedata.normalize("NFD", bl[1]))
                elif bl[0] == "f":
                    blocks[bi] = ("f", bl[1], unicodedata.normalize("NFD", bl[2]))
                else:
                    blocks[bi] = ("b", [unicodedata.normalize("NFD", x) for x in bl[1]])
            done.append(f)
    return done


# ---------------------------------------------------------------- contract
def check_page(p):
    lines = p.text.split("\n")
    body, furn = p.body, p.furniture
    bi = fi = 0
    unl = []
    for ln in lines:
        if not ln or ln != ln.strip():
            raise ValueError(f"blank or unstripped line: {ln!r}")
        if fi < len(furn) and furn[fi][1] == ln:
            if furn[fi][0] not in KINDS:
                raise ValueError(f"bad kind {furn[fi][0]!r}")
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
        unl.append(ln)
    if bi != len(body) or fi != len(furn):
        raise ValueError("walk did not use up body/furniture")
    if len(unl) > 3:
        raise ValueError(f"too many unlabelled lines: {unl}")
    if len(set(unl)) != len(unl):
        raise ValueError("repeated unlabelled line")
    for s in body:
        if not s or s not in p.text or s != s.strip():
            raise ValueError(f"body item not in text: {s!r}")
    bodyn = {norm(s) for s in body}
    for k, ln in furn:
        if norm(ln) in bodyn:
            raise ValueError(f"furniture equals body sentence: {ln!r}")
    for ln in unl:
        if norm(ln) in bodyn:
            raise ValueError(f"unlabelled equals body sentence: {ln!r}")
    # title is the unlabelled line that is neither date nor site: check related against all
    unln = {norm(x) for x in unl}
    for k, ln in furn:
        if k == "related" and (norm(ln) in unln or norm(ln) in bodyn):
            raise ValueError(f"related equals title/body: {ln!r}")


# ---------------------------------------------------------------- main
def pages(path):
    body_rows, rel_rows = read_rows(Path(path))
    related = []
    for i, t, a in rel_rows:
        h = detok(t)
        if not h:
            continue
        related.append((h, teaser_of(a, h)))
    out = []
    for k, (row, t, a) in enumerate(body_rows):
        title = detok(t)
        if not title:
            continue
        sents = story_sentences(a, title)
        if len(sents) < 3:
            continue
        name, fn, (pmin, pmax) = LAYOUTS[k % len(LAYOUTS)]
        pr = rng(row, "paras")
        paras, i = [], 0
        while i < len(sents):
            n = pr.randint(pmin, pmax)
            paras.append(sents[i:i + n])
            i += n
        dr = rng(row, "date")
        dt = datetime.datetime(2016, 1, 1, 6, 0) + datetime.timedelta(
            days=dr.randint(0, 4 * 365 - 20), minutes=dr.randint(0, 16 * 60))
        badnorm = {norm(s) for s in sents} | {norm(title)}
        ctx = {"r": rng(row, "layout"), "title": title, "paras": paras, "dt": dt,
               "ents": entities(sents), "related": related, "badnorm": badnorm, "rel_used": set()}
        b = Builder(ctx)
        fn(b)
        blocks = b.blocks
        # drop furniture that would collide with story text (safety)
        blocks = [bl for bl in blocks if not (bl[0] == "f" and norm(bl[2]) in badnorm and
                                             not (bl[1] == "widget" and norm(bl[2]) == norm(title)))]
        fr = rng(row, "fault")
        faults = apply_faults(blocks, fr) if fr.random() < 0.3 else []
        lines, bodyl, furn = [], [], []
        for bl in blocks:
            if bl[0] == "u":
                lines.append(bl[1])
            elif bl[0] == "f":
                lines.append(bl[2])
                furn.append((bl[1], bl[2]))
            else:
                lines.append(" ".join(bl[1]))
                bodyl.extend(bl[1])
        page = Page("\n".join(lines), bodyl, furn, name)
        check_page(page)
        page_faults[id(page)] = faults
        out.append(page)
    return out


page_faults = {}


def main(argv):
    path = argv[1] if len(argv) > 1 else "/work/shared/data/vietnews_train.jsonl.gz"
    ps = pages(path)
    table = OrderedDict((n, Counter()) for n, _, _ in LAYOUTS)
    for p in ps:
        c = table[p.layout]
        c["pages"] += 1
        c["body"] += len(p.body)
        for k, _ in p.furniture:
            c[k] += 1
        fl = page_faults.get(id(p), [])
        c["faults"] += 1 if fl else 0
        for f in fl:
            c["f_" + f] += 1
    cols = ["pages", "body", "byline", "credit", "caption", "related", "widget", "faults"]
    print(f"{'layout':<20}" + "".join(f"{x:>9}" for x in cols))
    tot = Counter()
    for n, c in table.items():
        print(f"{n:<20}" + "".join(f"{c[x]:>9}" for x in cols))
        tot.update(c)
    print(f"{'TOTAL':<20}" + "".join(f"{tot[x]:>9}" for x in cols))
    fk = ["nbsp", "zwsp", "double_space", "glue", "nfd"]
    print("fault kinds: " + ", ".join(f"{f}={tot['f_' + f]}" for f in fk))


if __name__ == "__main__":
    main(sys.argv)
