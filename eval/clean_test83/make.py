#!/usr/bin/env python3
"""Held-out set test83 (theme: cars, motorbikes, transport news) for a scraped-page cleaner.

Usage: python3 make.py /path/to/vietnews_train.jsonl.gz
Exposes pages(path) -> list[Page]; Page = (text, body, furniture, layout).
Standard library only.
"""
import gzip
import json
import random
import re
import sys
import unicodedata
from collections import OrderedDict
from typing import List, NamedTuple, Tuple

SETNAME = "test83"
SEED = 8383
BODY_ROWS = range(16600, 16700)
RELATED_ROWS = range(15600, 15700)
KINDS = ("byline", "credit", "caption", "related", "widget")


class Page(NamedTuple):
    text: str
    body: List[str]
    furniture: List[Tuple[str, str]]
    layout: str


def R(row, purpose):
    return random.Random(f"{SETNAME}|{SEED}|{row}|{purpose}")


# ---------------------------------------------------------------- reading
def read_rows(path):
    body, rel = [], []
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
                obj = json.loads(raw.decode("utf-8"))
            except Exception:
                continue
            if not isinstance(obj, dict):
                continue
            t, a = obj.get("title"), obj.get("article")
            if not isinstance(t, str) or not isinstance(a, str) or not t.strip() or not a.strip():
                continue
            if inr:
                rel.append((i, t, a[:1200]))
            else:
                body.append((i, t, a))
    return body, rel


# ---------------------------------------------------------------- story text
def detok(s):
    s = unicodedata.normalize("NFC", s)
    s = s.replace("_", " ")
    s = re.sub(r"[ \t\r\n]+", " ", s).strip()
    s = re.sub(r'"\s*([^"]*?)\s*"', r'"\1"', s)
    s = re.sub(r"(?<![\w])'\s+([^']*?)\s+'(?![\w])", r"'\1'", s)
    s = re.sub(r"‘\s*", "‘", s)
    s = re.sub(r"\s*’", "’", s)
    s = re.sub(r"“\s*", "“", s)
    s = re.sub(r"\s*”", "”", s)
    s = re.sub(r"([(\[])\s+", r"\1", s)
    s = re.sub(r"\s+([)\]])", r"\1", s)
    s = re.sub(r"\s+([,.;:!?%…])", r"\1", s)
    s = re.sub(r"(\S) / (\S)", r"\1/\2", s)
    return s.strip()


ABBR = {"tp.", "ts.", "gs.", "pgs.", "ths.", "bs.", "q.", "p.", "th.", "ng.", "st.", "mr.", "mrs.", "dr.",
        "tt.", "bv.", "ubnd.", "no.", "vs.", "tr.", "h.", "x.", "kts.", "ls.", "nsnd.", "nsưt."}


def is_abbr(tok):
    t = tok.strip('"“”()')
    low = t.lower()
    if low in ABBR:
        return True
    if re.fullmatch(r"\w\.", t):  # single initial
        return True
    if re.fullmatch(r"(\w\.){2,}", t):  # dotted acronym
        return True
    return False


def split_sents(text):
    toks = text.split(" ")
    out, cur = [], []
    for j, tok in enumerate(toks):
        cur.append(tok)
        nxt = toks[j + 1] if j + 1 < len(toks) else None
        if nxt is None:
            break
        core = tok.rstrip('"”)\'')
        if not core or core[-1] not in ".!?…":
            continue
        if core[-1] == "." and is_abbr(core):
            continue
        joined = " ".join(cur)
        if joined.count('"') % 2 == 1 or joined.count("“") > joined.count("”"):
            continue
        n0 = nxt.lstrip('"“(\'')
        if not n0 or not (n0[0].isupper() or n0[0].isdigit()):
            continue
        out.append(joined)
        cur = []
    if cur:
        out.append(" ".join(cur))
    return [s.strip() for s in out if s.strip()]


CAPMARKS = ["ảnh:", "(ảnh", "ảnh minh", "video:", "clip:", "minh hoạ", "minh họa", "(trái)", "(phải)",
            "(giữa)", "nguồn:", "đồ hoạ", "đồ họa", "infographic", "ảnh chụp", "photo:", "(ảnh:", "ảnh tư liệu"]
REPORT = ["cho biết", "nói", "chia sẻ", "khẳng định", "cho rằng", "nhận định", "thông tin", "tiết lộ",
          "trả lời", "phát biểu", "nhấn mạnh", "thừa nhận", "giải thích", "bày tỏ", "kể", "đề nghị",
          "yêu cầu", "cho hay", "thông báo", "xác nhận", "đánh giá", "nhận xét", "tâm sự", "khuyến cáo",
          "theo ông", "theo bà", "theo anh", "theo chị", "dẫn lời", "tuyên bố", "viết", "hỏi"]
CONNECT = ["Tuy nhiên", "Trong khi đó", "Bên cạnh đó", "Ngoài ra", "Theo đó", "Do đó", "Vì vậy", "Mặt khác",
           "Đồng thời", "Trước đó", "Sau đó", "Cũng theo", "Không chỉ", "Thế nhưng", "Nhưng", "Song",
           "Hiện nay", "Cụ thể", "Đặc biệt", "Thậm chí", "Do vậy", "Vì thế", "Tương tự", "Như vậy",
           "Qua đó", "Từ đó", "Mặc dù", "Dù vậy", "Bởi vậy", "Ngoài việc", "Cùng với", "Trước tình hình",
           "Điều này", "Hơn nữa", "Bởi", "Vì", "Khi", "Sau khi", "Trong khi", "Theo", "Với", "Tính đến"]


def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = s.replace("\u200b", "").replace("\u200c", "").replace("\u200d", "").replace("\ufeff", "")
    s = re.sub(r"\s+", "", s)
    return s.casefold()


def keep_sentence(s, title_n, seen):
    low = s.lower()
    if any(m in low for m in CAPMARKS):
        return False
    if any(c in s for c in "|•»"):
        return False
    if s.count('"') % 2 or s.count("(") != s.count(")") or s.count("[") != s.count("]") \
            or s.count("“") != s.count("”"):
        return False
    if s[-1] not in ".!?…" and not (s[-1] in '"”)' and len(s) > 1 and s[-2] in ".!?…"):
        return False
    words = s.split()
    if len(words) < 8 or len(words) > 110:
        return False
    if ":" in " ".join(words[:6]):
        return False
    first = next((c for c in s if c.isalpha()), "")
    if not first or first.islower():
        return False
    if re.search(r"\(?\bTheo\s+[\w\s.]{1,40}\)?[.]?$", s) and not s.startswith("Theo"):
        return False
    if re.search(r"[.!?\"”]\s*\(?(Theo|Nguồn)\b[^.!?]{0,40}\)?\.?$", s):
        return False
    n = norm(s)
    if n in seen or n == title_n:
        return False
    short = len(words) <= 22 or (len(words) <= 30 and "," not in s)
    if short:
        ok = any(v in low for v in REPORT) or ('"' in s or "“" in s) and len(words) >= 10
        ok = ok or any(s.startswith(c + " ") or s.startswith(c + ",") for c in CONNECT)
        if not ok:
            return False
    return True


def story_sentences(title, article):
    tn = norm(detok(title))
    out, seen = [], set()
    for s in split_sents(detok(article)):
        if keep_sentence(s, tn, seen):
            seen.add(norm(s))
            out.append(s)
    return out


def teaser_of(article):
    for s in split_sents(detok(article[:1200])):
        w = s.split()
        if len(w) >= 10 and s[-1] in ".!?…" and s.count('"') % 2 == 0:
            if len(w) > 32:
                return " ".join(w[:28]).rstrip(",;:") + "…"
            return s
    return None


# ---------------------------------------------------------------- invented world
FAM = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Phan", "Trịnh"]
MID = ["Văn", "Thị", "Minh", "Hoàng", "Đức", "Thanh", "Quốc", "Ngọc", "Hải", "Anh", "Gia", "Bảo"]
GIV = ["Khang", "Tuấn", "Hùng", "Long", "Vy", "Trang", "Phong", "Dũng", "Nam", "Hà", "Sơn", "Lâm", "Thảo",
       "Quân", "Tùng", "Khoa", "Duy", "Hiếu", "Mai", "Linh", "Toàn", "Thịnh"]
MODELS = ["Kaito Sela 1.5 AT", "Vinara X5 Premium", "Hanshin CR-150", "Orion Vega 2.0 Turbo", "Sakuma Breeze 125",
          "Meridia S7 Luxury", "Takeda Rover 1.8 CVT", "Lotar Astra GT", "Mirae Cosmo 2.4", "Beltra Nova 110",
          "Kaito Sela Hatchback", "Ferrano T9 Sport", "Azura Wave 150i", "Hanshin Blade 300", "Volna K3 Diesel"]
PLACES = ["quận 7, TP.HCM", "Long Biên, Hà Nội", "Hải Châu, Đà Nẵng", "TP. Biên Hòa", "Ninh Kiều, Cần Thơ",
          "TP. Vinh", "Thủ Đức, TP.HCM", "Cầu Giấy, Hà Nội", "Dĩ An, Bình Dương", "TP. Nha Trang"]
ROADS = ["quốc lộ 1A", "đường Võ Văn Kiệt", "cầu Thăng Long", "đường vành đai 3", "cao tốc Trung Lương",
         "đường Nguyễn Hữu Thọ", "quốc lộ 5", "đèo Bảo Lộc", "hầm Hải Vân", "đường Phạm Văn Đồng"]


def person(rng):
    return f"{rng.choice(FAM)} {rng.choice(MID)} {rng.choice(GIV)}"


def short_name(rng):
    return f"{rng.choice(MID)} {rng.choice(GIV)}"


def story_people(sents):
    names = []
    for s in sents:
        for m in re.finditer(r"\b(ông|bà|Ông|Bà) ((?:\w+)(?: \w+){1,3})", s):
            ws = []
            for w in m.group(2).split():
                if w[0].isupper() and w[1:].islower():
                    ws.append(w)
                else:
                    break
            if 2 <= len(ws) <= 4:
                item = (m.group(1).capitalize(), " ".join(ws))
                if item not in names:
                    names.append(item)
    return names[:4]


def make_date(row):
    rng = R(row, "date")
    y = rng.randint(2016, 2019)
    mo = rng.randint(1, 12)
    d = rng.randint(1, 28)
    h, mi = rng.randint(6, 22), rng.randint(0, 59)
    import datetime
    wd = datetime.date(y, mo, d).weekday()
    return dict(y=y, mo=mo, d=d, h=h, mi=mi, wd=["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu",
                                                  "Thứ Bảy", "Chủ Nhật"][wd])


def price(rng):
    return f"{rng.randint(3, 19) * 50 + rng.choice([9, 19, 29, 49])} triệu đồng"


# ---------------------------------------------------------------- page builder
class B:
    def __init__(self, body_norms, title_n):
        self.e = []
        self.bn = body_norms
        self.tn = title_n

    def u(self, line):
        self.e.append(("u", line))

    def b(self, items):
        self.e.append(("b", list(items)))

    def f(self, kind, line):
        line = line.strip()
        if not line:
            return
        n = norm(line)
        if n in self.bn:
            return
        if kind == "related" and n == self.tn:
            return
        self.e.append((kind, line))


def group_paras(sents, rng, lo, hi):
    paras, i = [], 0
    while i < len(sents):
        k = rng.randint(lo, hi)
        paras.append(sents[i:i + k])
        i += k
    return paras


def captions_for(ctx, rng, n):
    ppl = ctx["people"]
    out = []
    scenes = [
        f"Mẫu {rng.choice(MODELS)} trưng bày tại một đại lý ở {rng.choice(PLACES)}.",
        f"Dòng phương tiện đông đúc trên {rng.choice(ROADS)} vào giờ cao điểm.",
        f"Lực lượng CSGT kiểm tra giấy tờ phương tiện trên {rng.choice(ROADS)}.",
        f"Khoang nội thất của {rng.choice(MODELS)} với màn hình trung tâm cỡ lớn.",
        f"Khách hàng tìm hiểu sản phẩm tại triển lãm ô tô ở {rng.choice(PLACES)}.",
        f"Cụm đèn trước thiết kế mới của {rng.choice(MODELS)}",
        f"Hành khách chờ làm thủ tục tại nhà ga quốc nội sáng {rng.randint(2, 28)}/{rng.randint(1, 12)}.",
        f"Xe chạy thử trên cung đường đèo quanh co tại {rng.choice(PLACES)}.",
        f"Người dân làm thủ tục đăng ký xe tại điểm đăng ký ở {rng.choice(PLACES)}.",
        f"Đoạn {rng.choice(ROADS)} tạm phong tỏa để thi công.",
    ]
    rng.shuffle(scenes)
    for title, nm in ppl:
        out.append(f"{title} {nm} trao đổi với phóng viên.")
        out.append(f"{title} {nm} tại buổi làm việc.")
    rng.shuffle(out)
    used = ctx.setdefault("used_caps", set())
    res = [c for c in (out[:1] + scenes) if c not in used][:n]
    used.update(res)
    return res


def rel_pool(ctx, rng, n):
    pool = list(ctx["rel"])
    rng.shuffle(pool)
    out = []
    for _, t, a in pool:
        t2 = detok(t)
        if norm(t2) == ctx["tn"] or norm(t2) in ctx["bn"]:
            continue
        out.append((t2, a))
        if len(out) >= n:
            break
    return out


def fmt_date(d, style):
    y, mo, dd, h, mi, wd = d["y"], d["mo"], d["d"], d["h"], d["mi"], d["wd"]
    return {
        0: f"{wd}, {dd:02d}/{mo:02d}/{y} - {h:02d}:{mi:02d}",
        1: f"{dd:02d}/{mo:02d}/{y} {h:02d}:{mi:02d} GMT+7",
        2: f"Cập nhật: {h:02d}:{mi:02d} ngày {dd:02d}-{mo:02d}-{y}",
        3: f"{dd:02d}.{mo:02d}.{y} | {h:02d}:{mi:02d}",
        4: f"Ngày đăng: {dd} tháng {mo} năm {y}",
        5: f"{h:02d}:{mi:02d} | {wd}, {dd}/{mo}/{y}",
        6: f"Đăng lúc {h:02d}h{mi:02d} - {dd}/{mo}/{y}",
        7: f"{wd.lower()}, {dd}/{mo}/{y}, {h:02d}:{mi:02d} (GMT+07:00)",
        8: f"{y}-{mo:02d}-{dd:02d} {h:02d}:{mi:02d}",
        9: f"Thứ {['hai','ba','tư','năm','sáu','bảy'][min(5, ['Thứ Hai','Thứ Ba','Thứ Tư','Thứ Năm','Thứ Sáu','Thứ Bảy','Chủ Nhật'].index(wd))]} {dd}/{mo}/{y} {h:02d}:{mi:02d}" if wd != "Chủ Nhật" else f"Chủ nhật {dd}/{mo}/{y} {h:02d}:{mi:02d}",
    }[style]


# ---------------------------------------------------------------- theme widgets
def spec_box(b, rng):
    m = rng.choice(MODELS)
    b.f("widget", f"Thông số kỹ thuật {m}")
    if rng.random() < 0.5:
        b.f("widget", f"Động cơ: {rng.choice(['1.5L', '2.0L Turbo', '1.8L', '2.4L'])}, 4 xi-lanh thẳng hàng")
        b.f("widget", f"Công suất: {rng.randint(100, 240)} mã lực tại {rng.randint(55, 65) * 100} vòng/phút")
        b.f("widget", f"Mô-men xoắn: {rng.randint(140, 380)} Nm")
    else:
        b.f("widget", f"Động cơ: {rng.choice(['149,5 cc', '124,9 cc', '109,1 cc', '292 cc'])}, xi-lanh đơn")
        b.f("widget", f"Công suất: {rng.randint(9, 30)} mã lực tại {rng.randint(75, 90) * 100} vòng/phút")
        b.f("widget", f"Mô-men xoắn: {rng.randint(9, 27)} Nm")
    b.f("widget", f"Hộp số: {rng.choice(['CVT', 'tự động 6 cấp', 'sàn 5 cấp', 'côn tay 6 cấp', 'ly hợp kép 7 cấp'])}")
    b.f("widget", f"Giá niêm yết: {price(rng)}")


def price_table(b, rng, d):
    m = rng.choice(MODELS).split()[0] + " " + rng.choice(MODELS).split()[1]
    b.f("widget", f"Bảng giá {m} tháng {d['mo']}/{d['y']}")
    b.f("widget", "Phiên bản | Giá niêm yết | Giá lăn bánh (Hà Nội)")
    for v in rng.sample(["1.5 MT", "1.5 AT", "1.8 CVT", "2.0 Premium", "Sport", "Tiêu chuẩn", "Cao cấp"], 3):
        p = rng.randint(450, 1200)
        b.f("widget", f"{v} | {p} triệu | {p + rng.randint(60, 130)} triệu")
    b.f("widget", "*Giá tham khảo, có thể thay đổi tùy đại lý.")


def score_box(b, rng):
    b.f("widget", "ĐÁNH GIÁ NHANH")
    for k in ["Thiết kế", "Vận hành", "Tiện nghi", "An toàn", "Giá bán"]:
        b.f("widget", f"{k}: {rng.randint(6, 9)}/10")
    b.f("widget", f"Điểm tổng: {rng.randint(70, 89) / 10}/10")
    b.f("widget", f"Điểm cộng: {rng.choice(['tiết kiệm nhiên liệu', 'khoang lái rộng', 'cách âm tốt'])}. Điểm trừ: {rng.choice(['giá cao', 'ghế sau chật', 'hệ thống giải trí lạc hậu'])}.")


def dealer_ad(b, rng):
    b.f("widget", rng.choice(["QUẢNG CÁO", "Tài trợ", "- Quảng cáo -"]))
    b.f("widget", f"Đại lý {rng.choice(['Ô tô Phú Cường', 'Motor Hưng Thịnh', 'Auto Sao Bắc', 'Xe máy Minh Phát'])} - Trả góp chỉ từ {rng.randint(5, 15)}0 triệu, hỗ trợ vay {rng.choice([70, 80, 85])}% lãi suất {rng.randint(5, 8)},{rng.randint(1, 9)}%/năm")
    b.f("widget", f"Hotline: 09{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(100, 999)} - Lái thử miễn phí tại nhà")


def fine_table(b, rng):
    b.f("widget", "MỨC PHẠT THEO NGHỊ ĐỊNH MỚI")
    b.f("widget", "Hành vi vi phạm | Xe máy | Ô tô")
    rows = [("Vượt đèn đỏ", "600.000 - 1.000.000 đồng", "3.000.000 - 5.000.000 đồng"),
            ("Không đội mũ bảo hiểm", "100.000 - 200.000 đồng", "-"),
            ("Sử dụng điện thoại khi lái xe", "200.000 - 300.000 đồng", "600.000 - 800.000 đồng"),
            ("Chạy quá tốc độ 10-20 km/h", "500.000 - 1.000.000 đồng", "2.000.000 - 3.000.000 đồng"),
            ("Đi ngược chiều", "300.000 - 400.000 đồng", "1.000.000 - 2.000.000 đồng")]
    for r in rng.sample(rows, 3):
        b.f("widget", " | ".join(r))


def flight_board(b, rng):
    b.f("widget", "BẢNG THÔNG TIN CHUYẾN BAY")
    for _ in range(3):
        code = rng.choice(["SV", "AQ", "VX", "NB"]) + str(rng.randint(100, 999))
        rt = rng.choice(["Hà Nội - TP.HCM", "Đà Nẵng - Hà Nội", "TP.HCM - Phú Quốc", "Hải Phòng - TP.HCM"])
        st = rng.choice(["Trễ 45 phút", "Đúng giờ", "Hủy", "Đổi giờ bay", f"Dự kiến {rng.randint(10, 23)}:{rng.randint(10, 59)}"])
        b.f("widget", f"{code} | {rt} | {rng.randint(6, 22):02d}:{rng.randint(0, 59):02d} | {st}")


def road_notice(b, rng, d):
    b.f("widget", "THÔNG BÁO PHÂN LUỒNG")
    b.f("widget", f"Tạm cấm xe trên {rng.choice(ROADS)} từ 22h ngày {d['d']}/{d['mo']} đến 5h sáng hôm sau.")
    b.f("widget", f"Phương tiện đi theo lộ trình thay thế qua {rng.choice(ROADS)}.")


def qa_box(b, rng):
    b.f("widget", "HỎI - ĐÁP BẠN ĐỌC")
    b.f("widget", f"Hỏi: Tôi mua lại xe máy cũ nhưng chủ cũ đã chuyển vào {rng.choice(PLACES)}, thủ tục sang tên thế nào? ({short_name(rng)}, {rng.choice(['Hà Nội', 'Hải Dương', 'Quảng Nam', 'Long An'])})")
    b.f("widget", "Gửi câu hỏi về hộp thư bandoc@" + rng.choice(["otoviet", "xeplus", "giaothongso"]) + ".vn")


def new_list(b, rng):
    b.f("widget", "XE MỚI RA MẮT")
    for m in rng.sample(MODELS, 3):
        b.f("widget", f"{m} - từ {price(rng)}")


def loan_calc(b, rng):
    b.f("widget", "Dự toán chi phí")
    b.f("widget", "Chọn dòng xe | Chọn khu vực | Tính giá lăn bánh")
    b.f("widget", f"Vay mua xe trả góp: trả trước {rng.randint(20, 40)}%, góp {rng.randint(6, 19)},{rng.randint(0, 9)} triệu/tháng")


THEME_BOXES = [lambda b, r, d: spec_box(b, r), price_table, lambda b, r, d: score_box(b, r),
               lambda b, r, d: dealer_ad(b, r), lambda b, r, d: fine_table(b, r),
               lambda b, r, d: flight_board(b, r), road_notice, lambda b, r, d: qa_box(b, r),
               lambda b, r, d: new_list(b, r), lambda b, r, d: loan_calc(b, r)]


# ---------------------------------------------------------------- layouts
# each layout: dict of habits; composed by compose()
LAYOUTS = [
    dict(name="otoviet", site="ÔtôViệt", menu=["Trang chủ | Tin tức | Đánh giá xe | Bảng giá | Tư vấn | Video"],
         crumb="Ô tô > Xe mới", date=0, datepos="after_title", by="top_plain", cap="cap_then_credit",
         boxes=[0, 1], paras=(2, 3), rel="bullet", relhead="TIN LIÊN QUAN", tail=["tags", "share", "copyright"]),
    dict(name="xemay_forum", site="Diễn đàn XeMáyPlus", menu=["Diễn đàn > Xe tay ga > Thảo luận chung"],
         crumb=None, date=6, datepos="before_title", by="forum", cap="inline_credit",
         boxes=[8], paras=(1, 2), rel="numbered", relhead="Chủ đề tương tự", tail=["reactions", "comments", "forumfoot"]),
    dict(name="bo_gtvt_portal", site="CỔNG THÔNG TIN GIAO THÔNG SỐ", menu=["Giới thiệu | Tin tức - Sự kiện | Văn bản | Thủ tục hành chính | Liên hệ"],
         crumb="Trang chủ / Tin tức - Sự kiện / Tin trong ngành", date=4, datepos="after_title", by="bottom_agency",
         cap="italic_paren", boxes=[6], paras=(2, 4), rel="dated", relhead="Các tin khác", tail=["print", "portalfoot"]),
    dict(name="csgt_page", site="Trang tin Cảnh sát giao thông", menu=["Tin tức | Hướng dẫn | Xử phạt | Tra cứu phạt nguội"],
         crumb=None, date=2, datepos="after_byline", by="top_caps", cap="cap_only",
         boxes=[4], paras=(1, 3), rel="plain", relhead="Bài viết khác", tail=["hotline", "share"]),
    dict(name="xehay_mag", site="XeHay Magazine", menu=["Ô TÔ", "XE MÁY", "ĐÁNH GIÁ", "SO SÁNH", "VIDEO"],
         crumb="Đánh giá xe", date=1, datepos="after_title", by="top_photo", cap="gallery",
         boxes=[2, 0], paras=(2, 4), rel="headline_teaser", relhead="Đọc thêm", tail=["tags", "comments", "copyright"]),
    dict(name="grabnews", site="Gọi Xe 24h", menu=["Công nghệ | Gọi xe | Giao hàng | Thị trường"],
         crumb="Công nghệ > Gọi xe", date=5, datepos="before_title", by="top_dash", cap="cap_then_credit",
         boxes=[], paras=(1, 2), rel="xemthem", relhead=None, tail=["reactions", "share", "copyright"]),
    dict(name="hangkhong", site="HÀNG KHÔNG & DU LỊCH", menu=["Hàng không | Sân bay | Du lịch | Lịch bay"],
         crumb="Hàng không", date=3, datepos="after_title", by="bottom_caps", cap="inline_credit",
         boxes=[5], paras=(2, 3), rel="bullet", relhead="TIN CÙNG CHUYÊN MỤC", tail=["tags", "copyright"]),
    dict(name="motonews", site="MôtôNews", menu=["Tin xe | PKL | Xe ga | Đồ chơi xe | Phượt"],
         crumb="Tin xe > Phân khối lớn", date=7, datepos="after_byline", by="top_plain", cap="cap_only",
         boxes=[0, 3], paras=(1, 3), rel="joined", relhead="Tin khác:", tail=["comments", "copyright"]),
    dict(name="giathi_truong", site="Giá Xe Hôm Nay", menu=["Giá ô tô | Giá xe máy | Khuyến mãi | Trả góp"],
         crumb="Giá xe > Ô tô", date=8, datepos="after_title", by="bottom_theo", cap="italic_paren",
         boxes=[1, 9], paras=(2, 4), rel="numbered", relhead="BẢNG GIÁ KHÁC", tail=["share", "disclaimer", "copyright"]),
    dict(name="giaothong_daily", site="Báo Giao Thông Ngày Mới", menu=["Thời sự | Giao thông | An toàn giao thông | Bạn đọc"],
         crumb="An toàn giao thông", date=0, datepos="before_title", by="bottom_author_box", cap="cap_then_credit",
         boxes=[6, 7], paras=(2, 3), rel="headline_teaser", relhead="Tin liên quan", tail=["tags", "comments", "copyright"]),
    dict(name="auto_review", site="AutoReview.vn", menu=["Tin tức | Thị trường | Đánh giá | Kinh nghiệm | Hỏi đáp"],
         crumb=None, date=9, datepos="after_title", by="top_photo", cap="gallery",
         boxes=[2], paras=(3, 4), rel="bullet", relhead="CÓ THỂ BẠN QUAN TÂM", tail=["reactions", "copyright"]),
    dict(name="hoidap_dangky", site="Tư Vấn Đăng Ký Xe", menu=["Hỏi đáp | Thủ tục | Biển số | Đăng kiểm"],
         crumb="Hỏi đáp > Đăng ký xe", date=2, datepos="after_title", by="top_qa", cap="cap_only",
         boxes=[7], paras=(1, 2), rel="dated", relhead="Câu hỏi khác", tail=["hotline", "copyright"]),
    dict(name="xe_dien", site="Xe Điện Xanh", menu=["Xe điện | Pin & sạc | Thị trường | Công nghệ"],
         crumb="Xe điện > Thị trường", date=1, datepos="after_byline", by="top_dash", cap="inline_credit",
         boxes=[8], paras=(2, 3), rel="plain", relhead="Xem nhiều", tail=["tags", "share"]),
    dict(name="vantai_logistics", site="Vận Tải & Logistics", menu=["Vận tải | Logistics | Đường sắt | Hàng hải"],
         crumb="Vận tải > Đường bộ", date=3, datepos="before_title", by="bottom_agency", cap="cap_then_credit",
         boxes=[6], paras=(2, 4), rel="joined", relhead="Tin cùng chuyên mục:", tail=["print", "copyright"]),
    dict(name="banlai_club", site="CLB Bạn Lái", menu=["Kinh nghiệm lái xe | Bảo dưỡng | Phượt | Chợ xe"],
         crumb="Kinh nghiệm lái xe", date=6, datepos="after_title", by="bottom_caps", cap="italic_paren",
         boxes=[3, 9], paras=(1, 3), rel="xemthem", relhead=None, tail=["comments", "forumfoot"]),
    dict(name="trienlam360", site="TRIỂN LÃM XE 360", menu=["Triển lãm | Ra mắt | Ảnh | Video"],
         crumb="Ra mắt > Ô tô", date=5, datepos="after_title", by="top_photo", cap="gallery",
         boxes=[8, 0], paras=(1, 2), rel="headline_teaser", relhead="BÀI ĐỌC NHIỀU", tail=["tags", "reactions", "copyright"]),
    dict(name="duongsat_metro", site="Cổng tin Đường sắt đô thị", menu=["Metro | Đường sắt | Dự án | Lịch chạy tàu"],
         crumb="Trang chủ » Dự án", date=4, datepos="after_byline", by="top_caps", cap="cap_only",
         boxes=[6], paras=(2, 3), rel="numbered", relhead="Tin mới", tail=["print", "portalfoot"]),
    dict(name="xe_tai_bus", site="Tạp chí Xe Tải & Xe Khách", menu=["Xe tải | Xe khách | Xe chuyên dùng | Phụ tùng"],
         crumb=None, date=8, datepos="after_title", by="bottom_theo", cap="inline_credit",
         boxes=[1, 3], paras=(3, 4), rel="bullet", relhead="Tin khác", tail=["share", "hotline", "copyright"]),
    dict(name="phot_xe", site="PhượtXe", menu=["Cung đường | Chuẩn bị | Xe & đồ | Cộng đồng"],
         crumb="Cung đường", date=7, datepos="before_title", by="forum", cap="cap_then_credit",
         boxes=[2], paras=(1, 3), rel="dated", relhead="Bài cùng tác giả", tail=["reactions", "comments"]),
    dict(name="tin_nhanh_xe", site="Tin Nhanh Xe", menu=["Mới nhất | Ô tô | Xe máy | Giao thông | Video"],
         crumb="Mới nhất", date=0, datepos="after_title", by="top_plain", cap="cap_only",
         boxes=[4, 7], paras=(1, 2), rel="plain", relhead="Tin liên quan", tail=["tags", "share", "copyright"]),
]


def byline_lines(style, rng, d):
    a = person(rng)
    if style == "top_plain":
        return [a]
    if style == "top_caps":
        return [a.upper()]
    if style == "top_dash":
        return [f"{short_name(rng)} - {short_name(rng)}"]
    if style == "top_photo":
        return [f"Bài: {short_name(rng)} - Ảnh: {short_name(rng)}"]
    if style == "forum":
        return [f"Người đăng: {rng.choice(['biker', 'scooter', 'oto', 'phuot'])}{rng.choice(['_sg', '_hn', '86', '2k'])}{rng.randint(1, 99)}",
                f"Thành viên tích cực · {rng.randint(12, 3000)} bài viết"]
    if style == "top_qa":
        return [f"Luật sư {person(rng)} trả lời"]
    if style == "bottom_agency":
        return [f"{short_name(rng)} (TTXVN)"]
    if style == "bottom_caps":
        return [a.upper()]
    if style == "bottom_theo":
        return [f"Theo {rng.choice(['Tạp chí Xe & Đời sống', 'Báo Đường Phố', 'Bản tin Vận tải', 'Tuần san Ô tô Mới'])}"]
    if style == "bottom_author_box":
        return [a, f"Phóng viên mảng giao thông, {rng.randint(3, 12)} năm theo dõi thị trường ô tô."]
    return [a]


def add_images(b, ctx, rng, style, k):
    caps = captions_for(ctx, rng, k)
    for c in caps:
        cr = short_name(rng)
        if style == "cap_then_credit":
            b.f("widget", rng.choice(["[Ảnh]", "Phóng to"]) if rng.random() < 0.4 else "")
            b.f("caption", c)
            b.f("credit", f"Ảnh: {cr}")
        elif style == "inline_credit":
            b.f("caption", f"{c.rstrip('.')}. Ảnh: {cr}" if rng.random() < 0.6 else f"{c.rstrip('.')} (Ảnh: {cr})")
        elif style == "italic_paren":
            b.f("caption", f"({c.rstrip('.')})" if rng.random() < 0.5 else c)
            if rng.random() < 0.5:
                b.f("credit", f"Nguồn: {rng.choice(['Cục Đường bộ Số', 'Sở Giao thông', 'Cảng hàng không', 'nhà sản xuất'])}")
        elif style == "gallery":
            n = rng.randint(6, 18)
            b.f("widget", f"Xem bộ ảnh {n} ảnh")
            b.f("caption", f"Ảnh {rng.randint(1, n)}/{n}: {c}")
            b.f("credit", f"Ảnh: {cr}")
        else:
            b.f("caption", c)


def related_block(b, ctx, rng, lay):
    items = rel_pool(ctx, rng, rng.randint(3, 5))
    if not items:
        return
    style = lay["rel"]
    if lay["relhead"]:
        b.f("widget", lay["relhead"])
    if style == "bullet":
        for t, _ in items:
            b.f("related", f"• {t}")
    elif style == "numbered":
        for i, (t, _) in enumerate(items, 1):
            b.f("related", f"{i}. {t}")
    elif style == "dated":
        for t, _ in items:
            b.f("related", f"{t} ({rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(2016, 2019)})")
    elif style == "headline_teaser":
        for t, a in items[:3]:
            b.f("related", t)
            tz = teaser_of(a)
            if tz:
                b.f("related", tz)
    elif style == "joined":
        b.f("related", " | ".join(t for t, _ in items[:3]))
    elif style == "xemthem":
        for t, _ in items[:2]:
            b.f("related", f"Xem thêm: {t}")
    else:
        for t, _ in items:
            b.f("related", t)


def tail_block(b, rng, lay, d, kind):
    site = lay["site"]
    if kind == "tags":
        b.f("widget", "Từ khóa: " + ", ".join(rng.sample(["ô tô", "xe máy", "giá xe", "giao thông", "đăng kiểm",
                                                          "xe điện", "hàng không", "CSGT", "trả góp", "SUV"], 3)))
    elif kind == "share":
        b.f("widget", rng.choice(["Chia sẻ: Facebook | Zalo | Twitter | Email", "Share | Tweet | Gửi bài",
                                  f"Thích {rng.randint(3, 900)} | Chia sẻ"]))
    elif kind == "reactions":
        b.f("widget", f"{rng.randint(0, 400)} Thích · {rng.randint(0, 90)} Bình luận · {rng.randint(0, 60)} Chia sẻ")
    elif kind == "comments":
        b.f("widget", f"Bình luận ({rng.randint(0, 45)})")
        b.f("widget", f"{short_name(rng)}: {rng.choice(['Giá thế này thì chờ thêm vài tháng nữa.', 'Thủ tục rườm rà quá.', 'Bài viết hữu ích, cảm ơn tác giả!', 'Mong có thêm bản lái thử thực tế.'])}")
        b.f("widget", f"Trả lời · {rng.randint(1, 23)} giờ trước")
        b.f("widget", "Gửi bình luận")
    elif kind == "copyright":
        b.f("widget", f"© {d['y']} {site}. Ghi rõ nguồn khi phát hành lại thông tin từ website này.")
    elif kind == "hotline":
        b.f("widget", f"Đường dây nóng: 1900 {rng.randint(1000, 9999)} - Email: lienhe@{lay['name'].replace('_', '')}.vn")
    elif kind == "print":
        b.f("widget", "In bài viết | Gửi email | Về đầu trang")
    elif kind == "portalfoot":
        b.f("widget", f"Cơ quan chủ quản: {site}")
        b.f("widget", f"Địa chỉ: Số {rng.randint(2, 180)} đường {rng.choice(['Láng Hạ', 'Trần Phú', 'Lê Duẩn', 'Nguyễn Trãi'])}, {rng.choice(PLACES)}")
    elif kind == "forumfoot":
        b.f("widget", f"Trả lời nhanh | Báo cáo | Trích dẫn")
        b.f("widget", f"Đang xem chủ đề: {rng.randint(2, 120)} thành viên và {rng.randint(10, 400)} khách")
    elif kind == "disclaimer":
        b.f("widget", "Bảng giá mang tính tham khảo, chưa bao gồm khuyến mãi tại đại lý.")


def compose(lay, ctx, row):
    rng = R(row, "layout")
    d = ctx["date"]
    b = B(ctx["bn"], ctx["tn"])
    title, date = ctx["title"], fmt_date(d, lay["date"])
    # header
    if rng.random() < 0.6:
        b.u(lay["site"])
    for m in lay["menu"]:
        b.f("widget", m)
    if rng.random() < 0.3:
        b.f("widget", rng.choice(["Đăng nhập | Đăng ký", "Hotline quảng cáo: 0912 345 886", "Tìm kiếm"]))
    if lay["crumb"]:
        b.f("widget", lay["crumb"])
    bl = byline_lines(lay["by"], R(row, "byline"), d)
    if lay["datepos"] == "before_title":
        b.u(date)
    b.u(title)
    if lay["by"].startswith("top") or lay["by"] == "forum":
        if lay["datepos"] == "after_title":
            b.u(date)
        for x in bl:
            b.f("byline", x)
        if lay["datepos"] == "after_byline":
            b.u(date)
    else:
        if lay["datepos"] in ("after_title", "after_byline"):
            b.u(date)
    if rng.random() < 0.4:
        b.f("widget", rng.choice([f"{rng.randint(2, 9)} phút đọc", f"Lượt xem: {rng.randint(100, 99000)}",
                                  "Nghe bài viết", "A- A+", "Theo dõi trên Google News"]))
    paras = group_paras(ctx["sents"], R(row, "paras"), *lay["paras"])
    # top image sometimes
    if rng.random() < 0.5:
        add_images(b, ctx, R(row, "img0"), lay["cap"], 1)
    gaps = list(range(len(paras) - 1))
    irng = R(row, "inner")
    irng.shuffle(gaps)
    plan = {}
    boxes = list(lay["boxes"])
    for g in gaps[:3]:
        if boxes and irng.random() < 0.6:
            plan[g] = ("box", boxes.pop(0))
        elif irng.random() < 0.7:
            plan[g] = ("img", None)
        elif ctx["rel"]:
            plan[g] = ("rel", None)
    for i, p in enumerate(paras):
        b.b(p)
        if i in plan:
            kind, arg = plan[i]
            if kind == "box":
                THEME_BOXES[arg](b, R(row, f"box{i}"), d)
            elif kind == "img":
                add_images(b, ctx, R(row, f"img{i + 1}"), lay["cap"], irng.choice([1, 1, 2]))
            else:
                items = rel_pool(ctx, R(row, f"inrel{i}"), 1)
                if items:
                    b.f("related", irng.choice(["Xem thêm: ", "ĐỌC THÊM: ", ">> ", "Tin liên quan: "]) + items[0][0])
    # leftover boxes after the story
    for bx in boxes:
        if irng.random() < 0.5:
            THEME_BOXES[bx](b, R(row, f"boxend{bx}"), d)
    if not (lay["by"].startswith("top") or lay["by"] == "forum"):
        for x in bl:
            b.f("byline", x)
    if lay["datepos"] == "end":
        b.u(date)
    if irng.random() < 0.3:
        b.f("widget", f"Cập nhật lúc {irng.randint(6, 23):02d}:{irng.randint(0, 59):02d}")
    related_block(b, ctx, R(row, "related"), lay)
    for t in lay["tail"]:
        tail_block(b, R(row, f"tail{t}"), lay, d, t)
    return b.e


# ---------------------------------------------------------------- faults
FAULTS = ["nbsp", "zwsp", "dspace", "glue", "nfd"]


def apply_faults(entries, row):
    rng = R(row, "fault")
    if rng.random() >= 0.27:
        return entries, []
    chosen = rng.sample(FAULTS, rng.choice([1, 1, 2]))
    # glue needs a body line with >= 2 items
    out = [(k, list(v) if k == "b" else v) for k, v in entries]

    def mutate_str(s, how):
        sp = [i for i, c in enumerate(s) if c == " "]
        if how == "nbsp" and sp:
            for i in rng.sample(sp, max(1, len(sp) // 4)):
                s = s[:i] + "\u00a0" + s[i + 1:]
        elif how == "zwsp":
            ws = [m.start() + 2 for m in re.finditer(r"\w{4,}", s)]
            if ws:
                i = rng.choice(ws)
                s = s[:i] + "\u200b" + s[i:]
        elif how == "dspace" and sp:
            i = rng.choice(sp)
            s = s[:i] + " " + s[i:]
        return s

    applied = []
    for how in chosen:
        if how == "nfd":
            out = [(k, [unicodedata.normalize("NFD", x) for x in v] if k == "b"
                    else unicodedata.normalize("NFD", v)) for k, v in out]
            applied.append(how)
        elif how == "glue":
            cands = [(ei, j) for ei, (k, v) in enumerate(out) if k == "b"
                     for j in range(len(v) - 1) if v[j][-1] in ".!?"]
            if not cands:
                continue
            ei, j = rng.choice(cands)
            v = out[ei][1]
            v[j:j + 2] = [v[j] + v[j + 1]]
            applied.append(how)
        else:
            idx = [ei for ei, (k, v) in enumerate(out) if k != "u"]
            tgt = rng.sample(idx, max(1, len(idx) // 3)) if how != "dspace" else rng.sample(idx, min(2, len(idx)))
            for ei in tgt:
                k, v = out[ei]
                if k == "b":
                    j = rng.randrange(len(v))
                    v[j] = mutate_str(v[j], how)
                else:
                    out[ei] = (k, mutate_str(v, how))
            applied.append(how)
    return out, applied


# ---------------------------------------------------------------- contract
def check_page(p):
    lines = p.text.split("\n")
    for ln in lines:
        if not ln.strip() or ln != ln.strip():
            raise ValueError(f"blank/unstripped line in {p.layout}: {ln!r}")
    for k, ln in p.furniture:
        if k not in KINDS:
            raise ValueError(f"bad kind {k}")
    for s in p.body:
        if s not in p.text:
            raise ValueError(f"body item not in text: {s[:60]}")
    bi = fi = 0
    unl = []
    for ln in lines:
        if fi < len(p.furniture) and ln == p.furniture[fi][1]:
            fi += 1
            continue
        ok = False
        for n in range(1, 5):
            if bi + n <= len(p.body) and " ".join(p.body[bi:bi + n]) == ln:
                bi += n
                ok = True
                break
        if ok:
            continue
        unl.append(ln)
        if len(unl) > 3:
            raise ValueError(f"more than 3 unlabelled lines in {p.layout}: {unl}")
    if bi != len(p.body) or fi != len(p.furniture):
        raise ValueError(f"walk did not use up labels in {p.layout} ({bi}/{len(p.body)}, {fi}/{len(p.furniture)})")
    if len(p.body) < 3:
        raise ValueError("fewer than 3 body items")
    bn = {norm(s) for s in p.body}
    # glued items: also check the individual sentences of each item
    for s in p.body:
        for part in re.split(r"(?<=[.!?])(?=[A-ZĐÀ-Ỹ\"])", unicodedata.normalize("NFC", s)):
            bn.add(norm(part))
    for k, ln in p.furniture:
        if norm(ln) in bn:
            raise ValueError(f"furniture equals a body sentence: {ln}")
    for ln in unl:
        if norm(ln) in bn:
            raise ValueError(f"unlabelled line equals a body sentence: {ln}")
    if unl:
        tn = norm(unl[0]) if len(unl) == 1 else None
    titles = {norm(x) for x in unl}
    for k, ln in p.furniture:
        if k == "related":
            n = norm(ln)
            if n in titles and len(n) > 25:
                raise ValueError(f"related equals an unlabelled line: {ln}")


# ---------------------------------------------------------------- main
def pages(path):
    body_rows, rel_rows = read_rows(path)
    out = []
    for k, (row, title, article) in enumerate(body_rows):
        lay = LAYOUTS[k % 20]
        t = detok(title)
        sents = story_sentences(title, article)
        if len(sents) < 3:
            continue
        ctx = dict(title=t, tn=norm(t), sents=sents, bn={norm(s) for s in sents}, rel=rel_rows,
                   people=story_people(sents), date=make_date(row))
        entries = compose(lay, ctx, row)
        entries, faults = apply_faults(entries, row)
        lines, body, furn = [], [], []
        for kind, v in entries:
            if kind == "b":
                lines.append(" ".join(v))
                body.extend(v)
            elif kind == "u":
                lines.append(v)
            else:
                lines.append(v)
                furn.append((kind, v))
        p = Page("\n".join(lines), body, furn, lay["name"])
        check_page(p)
        out.append(p)
        p_faults[id(p)] = faults
    return out


p_faults = {}


def main(argv):
    path = argv[1] if len(argv) > 1 else "/work/shared/data/vietnews_train.jsonl.gz"
    ps = pages(path)
    stats = OrderedDict((l["name"], [0] * 8) for l in LAYOUTS)
    for p in ps:
        s = stats[p.layout]
        s[0] += 1
        s[1] += len(p.body)
        for k, _ in p.furniture:
            s[2 + KINDS.index(k)] += 1
        s[7] += 1 if p_faults.get(id(p)) else 0
    hdr = ["layout", "pages", "body", *KINDS, "faults"]
    print("{:<18}".format(hdr[0]) + "".join("{:>8}".format(h) for h in hdr[1:]))
    tot = [0] * 8
    for name, s in stats.items():
        print("{:<18}".format(name) + "".join("{:>8}".format(x) for x in s))
        tot = [a + b for a, b in zip(tot, s)]
    print("{:<18}".format("TOTAL") + "".join("{:>8}".format(x) for x in tot))


if __name__ == "__main__":
    main(sys.argv)
