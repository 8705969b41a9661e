#!/usr/bin/env python3
"""Held-out evaluation set test89 for a cleaner of scraped Vietnamese news pages.

Theme: food, markets and consumer-protection news (invented outlets).
Standard library only.  Usage:  python3 make.py /path/to/vietnews_train.jsonl.gz
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

SETNAME = "test89"
SEED = 8989
BODY_ROWS = range(15000, 15100)
RELATED_ROWS = range(16500, 16600)
LAST_ROW = max(BODY_ROWS[-1], RELATED_ROWS[-1])
KINDS = ("byline", "credit", "caption", "related", "widget")


class Page(NamedTuple):
    text: str
    body: List[str]
    furniture: List[Tuple[str, str]]
    layout: str


def R(row, purpose):
    return random.Random(f"{SETNAME}|{SEED}|{row}|{purpose}")


# ----------------------------------------------------------------------------
# reading
# ----------------------------------------------------------------------------

def read_rows(path):
    body, related = [], []
    with gzip.open(str(path), "rb") as fh:
        for i, raw in enumerate(fh):
            if i > LAST_ROW:
                break
            inb, inr = i in BODY_ROWS, i in RELATED_ROWS
            if not (inb or inr):
                continue
            raw = raw.strip()
            if not raw:
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
                body.append((i, t, a))
            else:
                related.append((i, t, a[:1200]))
    return body, related


# ----------------------------------------------------------------------------
# story text
# ----------------------------------------------------------------------------

def detok(s):
    s = s.replace("_", " ")
    s = re.sub(r"\s+", " ", s).strip()
    if s.count('"') % 2 == 0 and '"' in s:
        parts = s.split('"')
        out = parts[0].rstrip()
        for k in range(1, len(parts), 2):
            inner = parts[k].strip()
            if out and not out.endswith(("(", "[", "“")):
                out += " "
            out += '"' + inner + '"'
            nxt = parts[k + 1].strip() if k + 1 < len(parts) else ""
            if nxt:
                if nxt[0] in ",.;:!?)]%…":
                    out += nxt
                else:
                    out += " " + nxt
        s = out
    s = re.sub(r"(^|\s)'\s+([^']+?)\s+'(?=\s|[,.;:!?]|$)", r"\1'\2'", s)
    s = re.sub(r"‘\s+", "‘", s)
    s = re.sub(r"\s+’", "’", s)
    s = re.sub(r"\s+([,.;:!?%…\)\]”])", r"\1", s)
    s = re.sub(r"([\(\[“])\s+", r"\1", s)
    s = re.sub(r"(\S)\s+/\s+(\S)", r"\1/\2", s)
    s = re.sub(r"\s+", " ", s).strip()
    return s


ABBR = {"TP", "TS", "GS", "PGS", "ThS", "BS", "Q", "P", "Th", "St", "Mr", "Mrs", "Dr",
        "ông", "bà", "Tp", "KS", "NXB", "TT", "Ths", "CN", "NSƯT", "NSND", "Co", "Ltd", "Corp"}
CLOSERS = "\"”’)]"


def split_sentences(text):
    out, start, n = [], 0, len(text)
    i = 0
    while i < n:
        ch = text[i]
        if ch in ".!?…":
            j = i + 1
            while j < n and text[j] in ".!?…":
                j += 1
            while j < n and text[j] in CLOSERS:
                j += 1
            if j < n and text[j] == " ":
                k = j + 1
                nxt = text[k] if k < n else ""
                ok = bool(nxt) and (nxt.isupper() or nxt.isdigit() or nxt in "\"“(")
                if ok and ch == "." and j == i + 1:
                    m = re.search(r"(\S+)$", text[start:i])
                    tok = m.group(1) if m else ""
                    tok = tok.lstrip("(\"“")
                    if tok in ABBR or (len(tok) == 1 and tok.isalpha()) or \
                            re.fullmatch(r"(?:[A-Za-zĐđ]\.)+[A-Za-zĐđ]?", tok):
                        ok = False
                if ok:
                    out.append(text[start:j].strip())
                    start = k
                    i = k
                    continue
        i += 1
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return [s for s in out if s]


CAPTION_MARKS = ("ảnh:", "(ảnh", "ảnh minh", "video:", "clip:", "minh hoạ", "minh họa", "(trái)",
                 "(phải)", "(giữa)", "nguồn:", "đồ hoạ", "đồ họa", "infographic", "photo:",
                 "ảnh chụp", "(từ trái", "từ trái qua", "từ trái sang", "clip ", "video ")
REPORT = ("cho biết", "cho hay", "nói", "khẳng định", "chia sẻ", "thông tin", "tiết lộ", "nhấn mạnh",
          "trả lời", "kể", "giải thích", "đề nghị", "yêu cầu", "thông báo", "xác nhận", "cho rằng",
          "nhận định", "phát biểu", "bày tỏ", "khuyến cáo", "cảnh báo", "lưu ý", "theo ông", "theo bà",
          "theo anh", "theo chị", "tâm sự", "thừa nhận", "khai", "đánh giá", "nhận xét", "dự báo",
          "công bố", "tuyên bố", "báo cáo", "phản ánh", "ghi nhận")
CONNECT = ("Tuy nhiên", "Ngoài ra", "Trong khi đó", "Theo đó", "Bên cạnh đó", "Do đó", "Vì vậy",
           "Sau đó", "Đồng thời", "Trước đó", "Cũng theo", "Như vậy", "Mặc dù", "Dù", "Khi ", "Nếu",
           "Vì ", "Do ", "Từ ", "Hiện ", "Hiện nay", "Đặc biệt", "Thậm chí", "Riêng", "Còn ", "Nhưng",
           "Song", "Trước ", "Sau ", "Theo ", "Bởi", "Cùng ", "Tiếp đó", "Cuối cùng", "Trong đó",
           "Tương tự", "Ngay sau", "Ngoài ", "Bên cạnh", "Đến nay", "Tới nay", "Qua ", "Mặt khác")


def balanced(s):
    if s.count('"') % 2:
        return False
    for a, b in ("()", "[]", "“”"):
        if s.count(a) != s.count(b):
            return False
    return True


def keep_sentence(s, title_n):
    low = s.lower()
    if any(m in low for m in CAPTION_MARKS):
        return False
    if "|" in s or "•" in s or "»" in s or "«" in s:
        return False
    if not balanced(s):
        return False
    core = s.rstrip(CLOSERS)
    if not core or core[-1] not in ".!?…":
        return False
    first = s.lstrip("\"“(")
    if not first or not (first[0].isupper() or first[0].isdigit()):
        return False
    words = s.split()
    if len(words) < 8 or len(words) > 110:
        return False
    if ":" in " ".join(words[:6]):
        return False
    if re.search(r"(?:[.!?…\"”]\s*|[-–]\s*|\()\(?Theo\s+[^.!?]{1,60}[.!?]?\)?$", s):
        return False
    if norm(s) == title_n:
        return False
    short = len(words) <= 22 or (len(words) <= 30 and "," not in s)
    if short:
        has_rep = any(re.search(r"(?<!\w)" + re.escape(v) + r"(?!\w)", low) for v in REPORT)
        has_quote = ('"' in s or "“" in s) and has_rep
        opens = s.startswith(CONNECT)
        if not (has_rep or has_quote or opens):
            return False
    return True


ZW = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")


def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = ZW.sub("", s)
    s = re.sub(r"\s+", "", s)
    return s.casefold()


def story_sentences(title, article):
    t = detok(title)
    tn = norm(t)
    seen, kept = set(), []
    for s in split_sentences(detok(article)):
        if not keep_sentence(s, tn):
            continue
        k = norm(s)
        if k in seen:
            continue
        seen.add(k)
        kept.append(s)
    return t, kept


def teaser_of(article):
    sents = split_sentences(detok(article[:1200]))
    for s in sents:
        w = s.split()
        if len(w) >= 10 and balanced(s):
            if len(w) > 32:
                return " ".join(w[:26]).rstrip(",;:") + "…"
            return s
    return None


# ----------------------------------------------------------------------------
# invented furniture material
# ----------------------------------------------------------------------------

SURN = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
        "Hồ", "Ngô", "Dương", "Lý", "Trương", "Đinh", "Lưu", "Tạ"]
MID = ["Thị", "Văn", "Minh", "Ngọc", "Thanh", "Hữu", "Thu", "Quốc", "Bảo", "Kim", "Đức", "Hải"]
GIV = ["Lan", "Hà", "Tâm", "Khôi", "Vy", "Phong", "Mai", "Tuấn", "Hằng", "Nhi", "Sơn", "Thảo",
       "Linh", "Dũng", "Quyên", "Trâm", "Hiếu", "Nguyên", "Yến", "Đạt", "Loan", "Phúc"]

MARKETS = ["Chợ Bến Thành", "Chợ Long Biên", "Chợ Bình Điền", "Chợ Hòa Bình", "Chợ Đồng Xuân",
           "Chợ Hôm", "Chợ Tân Định", "Chợ Bà Chiểu", "Chợ Cồn", "Chợ đầu mối Hóc Môn",
           "Chợ Thủ Đức", "Chợ Xóm Chiếu", "Chợ Phạm Văn Hai", "Chợ Thành Công"]
GOODS = [("Thịt heo ba rọi", "kg", 110, 160), ("Thịt bò thăn", "kg", 240, 320),
         ("Gà ta làm sẵn", "kg", 90, 140), ("Cá lóc đồng", "kg", 70, 120),
         ("Tôm thẻ", "kg", 160, 260), ("Trứng gà", "chục", 22, 35), ("Cà chua", "kg", 12, 30),
         ("Rau muống", "bó", 5, 12), ("Bắp cải", "kg", 8, 22), ("Hành lá", "kg", 25, 60),
         ("Khoai tây Đà Lạt", "kg", 18, 35), ("Gạo ST25", "kg", 28, 38), ("Chanh không hạt", "kg", 15, 40),
         ("Ớt hiểm", "kg", 40, 90), ("Dưa leo", "kg", 10, 22), ("Mực ống", "kg", 180, 280)]
APPS = ["GiaoNhanh", "ĂnLiền", "FoodXanh", "ChợNhà", "ShipMón", "BếpGo"]
SCENES = [
    "Người dân chọn mua thực phẩm tại một chợ truyền thống.",
    "Tiểu thương sắp xếp hàng hóa từ sáng sớm tại chợ đầu mối.",
    "Rau củ được bày bán tại quầy của một siêu thị ở quận 7.",
    "Lực lượng quản lý thị trường kiểm tra hàng hóa tại một cửa hàng.",
    "Nhiều mặt hàng thiết yếu được niêm yết giá rõ ràng.",
    "Khách hàng xếp hàng thanh toán tại một siêu thị vào cuối tuần.",
    "Một góc khu chợ đêm vắng khách trong những ngày mưa.",
    "Các sản phẩm không rõ nguồn gốc bị tạm giữ để xử lý.",
    "Nhân viên y tế lấy mẫu thực phẩm để kiểm nghiệm.",
    "Quầy thịt tươi sống tại một chợ dân sinh ở Hà Nội.",
    "Người tiêu dùng xem kỹ nhãn mác trước khi mua hàng.",
    "Xe hàng nông sản chờ vào cổng chợ đầu mối lúc rạng sáng.",
]


def person(rng):
    return f"{rng.choice(SURN)} {rng.choice(MID)} {rng.choice(GIV)}"


def short_name(rng):
    return f"{rng.choice(MID[2:])} {rng.choice(GIV)}"


def phone(rng):
    return rng.choice(["1800 ", "1900 "]) + f"{rng.randint(1000, 9999)}"


def mobile(rng):
    return f"09{rng.randint(0, 9)}{rng.randint(1000000, 9999999)}"


def money(v):
    return f"{v:,}".replace(",", ".")


WEEKDAY = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]


def entities(sents):
    ents = []
    for s in sents:
        for m in re.finditer(r"(?:\b(?:tại|ở|tỉnh|huyện|quận|xã|phường|ông|bà|anh|chị) )((?:[A-ZĐ][^\s,.;:!?()\"“”]*\s){1,3}[A-ZĐ][^\s,.;:!?()\"“”]*)(?=[,.;:)]|$)", s):
            e = m.group(1)
            if 2 <= len(e.split()) <= 4 and e not in ents:
                ents.append(e)
    return ents


def captions_for(rng, title, sents, n):
    ents = entities(sents)
    pool = []
    for e in ents[:6]:
        w = e.split()
        if w[0] in SURN and len(w) >= 3:
            pool.append(rng.choice([f"{e} trả lời phóng viên.", f"{e} tại buổi làm việc.",
                                    f"Chân dung {e}."]))
        else:
            pool.append(rng.choice([f"Quang cảnh khu vực {e} sáng nay.", f"Một góc {e} những ngày này.",
                                    f"Địa bàn {e}, nơi xảy ra sự việc.", f"Trụ sở cơ quan chức năng tại {e}."]))
    if rng.random() < 0.3:
        pool.append(title.rstrip(".") + " (ảnh minh họa)")
    rng.shuffle(pool)
    scenes = SCENES[:]
    rng.shuffle(scenes)
    out = []
    bn = {norm(x) for x in sents}
    bn.add(norm(title))
    for c in pool + scenes:
        if len(out) >= n:
            break
        if norm(c) in bn or c in out:
            continue
        out.append(c)
    return out


# ----------------------------------------------------------------------------
# page builder
# ----------------------------------------------------------------------------

class B:
    """Collects page lines: ('u', line) unlabelled, ('b', items) body, (kind, line) furniture."""

    def __init__(self):
        self.rows = []

    def u(self, line):
        self.rows.append(("u", line))

    def b(self, items):
        self.rows.append(("b", list(items)))

    def f(self, kind, line):
        assert kind in KINDS
        self.rows.append((kind, line))

    def w(self, *lines):
        for x in lines:
            self.f("widget", x)


def paragraphs(rng, sents, lo, hi):
    paras, i = [], 0
    while i < len(sents):
        k = rng.randint(lo, hi)
        paras.append(sents[i:i + k])
        i += k
    return paras


def fmt_date(d, style):
    wd = WEEKDAY[d.weekday()]
    hm = f"{d.hour:02d}:{d.minute:02d}"
    if style == 0:
        return f"{wd}, {d.day:02d}/{d.month:02d}/{d.year} {hm} (GMT+7)"
    if style == 1:
        return f"{d.day:02d}/{d.month:02d}/{d.year} - {hm}"
    if style == 2:
        return f"{wd}, ngày {d.day} tháng {d.month} năm {d.year}"
    if style == 3:
        return f"{hm} | {d.day:02d}/{d.month:02d}/{d.year}"
    if style == 4:
        return f"Cập nhật lúc {hm} ngày {d.day}/{d.month}/{d.year}"
    if style == 5:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == 6:
        return f"{d.year}-{d.month:02d}-{d.day:02d} {hm}"
    if style == 7:
        return f"Đăng ngày {d.day}/{d.month}/{d.year}, {hm}"
    return f"{hm}, {wd.lower()} {d.day}/{d.month}/{d.year}"


def short_date(d):
    return f"{d.day:02d}/{d.month:02d}"


def price_box(rng, b, style):
    goods = rng.sample(GOODS, rng.randint(3, 5))
    mk = rng.sample(MARKETS, 2)
    if style == 0:
        b.w("GIÁ CẢ HÔM NAY")
        for g, u, lo, hi in goods:
            b.w(f"{g} | {rng.choice(mk)} | {money(rng.randint(lo, hi) * 1000)} đ/{u}")
        b.w("Giá tham khảo, có thể thay đổi theo từng thời điểm.")
    elif style == 1:
        b.w(f"Giá cả hôm nay tại {mk[0]}")
        for g, u, lo, hi in goods:
            v = rng.randint(lo, hi)
            b.w(f"{g}: {money(v * 1000)} đồng/{u} ({rng.choice(['▲', '▼', '='])} {rng.randint(0, 9)}%)")
    else:
        b.w("Mặt hàng", "Đơn vị", "Giá (đồng)")
        for g, u, lo, hi in goods:
            b.w(f"{g}\t{u}\t{money(rng.randint(lo, hi) * 1000)}".replace("\t", " – "))


def recall_box(rng, b):
    prod = rng.choice(["Nước mắm cá cơm Hương Biển", "Sữa chua uống Mộc Mai", "Xúc xích tiệt trùng BeeKid",
                       "Bánh quy bơ Golden Lúa", "Dầu ăn Hạt Vàng 1 lít", "Mì ăn liền Vị Quê"])
    b.w("THÔNG BÁO THU HỒI SẢN PHẨM",
        f"Sản phẩm: {prod}",
        f"Số lô: {rng.choice('ABCDEKLM')}{rng.randint(100, 999)}-{rng.randint(16, 19)}{rng.randint(10, 99)}",
        f"Lý do: {rng.choice(['vượt ngưỡng vi sinh vật cho phép', 'ghi nhãn không đúng quy định', 'phát hiện dị vật trong bao bì', 'hàm lượng chì vượt mức'])}",
        f"Người tiêu dùng đã mua vui lòng liên hệ {phone(rng)} để được hoàn tiền.")


def test_box(rng, b):
    b.w("KẾT QUẢ THỬ NGHIỆM")
    for k in range(rng.randint(3, 5)):
        b.w(f"Mẫu {k + 1} – {rng.choice(['Nước tương', 'Chả lụa', 'Trà sữa', 'Bún tươi', 'Giò sống', 'Rau muống'])}: "
            f"{rng.choice(['Đạt', 'Đạt', 'Không đạt (hàn the)', 'Không đạt (Coliform)', 'Đạt'])}")
    b.w(f"Thử nghiệm do phòng lab độc lập thực hiện tháng {rng.randint(1, 12)}/{rng.randint(2016, 2019)}.")


def recipe_box(rng, b):
    dish = rng.choice(["Canh chua cá lóc", "Thịt kho trứng", "Gỏi cuốn tôm thịt", "Bò lúc lắc", "Chè bưởi",
                       "Cá kho tộ", "Bánh xèo miền Tây", "Gà hấp lá chanh"])
    b.w(f"CÔNG THỨC: {dish.upper()}", "Nguyên liệu:")
    ing = rng.sample(["500g thịt ba chỉ", "300g tôm sú", "2 quả cà chua", "1 bó rau thơm", "3 tép tỏi",
                      "2 muỗng canh nước mắm", "1 muỗng cà phê đường", "200g bún tươi", "1 trái dừa xiêm",
                      "1 con cá lóc khoảng 800g", "50g me chua", "hành tím, ớt, tiêu"], 5)
    b.w(*[f"- {x}" for x in ing])
    b.w("Cách làm:")
    steps = ["Sơ chế nguyên liệu, rửa sạch, để ráo", "Ướp gia vị khoảng 20 phút cho thấm",
             "Phi thơm hành tỏi rồi cho nguyên liệu vào đảo đều", "Nêm nếm lại cho vừa ăn, tắt bếp",
             "Bày ra đĩa, rắc rau thơm và dùng nóng"]
    for k, s in enumerate(steps[:rng.randint(3, 5)]):
        b.w(f"Bước {k + 1}: {s}.")


def info_card(rng, b, style):
    name = rng.choice(["Quán Bà Tư", "Bún bò Cô Ba", "Nhà hàng Mộc Viên", "Phở Gánh 1987", "Cơm tấm Sáu Lùn",
                       "Lẩu dê Hai Thọ", "Bánh cuốn Bà Hoành", "Ốc Đêm Vĩnh Khánh"])
    addr = f"{rng.randint(1, 399)} {rng.choice(['Nguyễn Trãi', 'Lê Văn Sỹ', 'Hàng Bông', 'Trần Quang Khải', 'Phan Xích Long', 'Tô Hiến Thành'])}, {rng.choice(['quận 1', 'quận 3', 'quận Hoàn Kiếm', 'quận Phú Nhuận', 'quận 10', 'quận Đống Đa'])}"
    hrs = f"{rng.randint(6, 10)}h – {rng.randint(20, 23)}h"
    lo = rng.randint(3, 8) * 10
    price = f"{money(lo * 1000)} – {money((lo + rng.randint(3, 15) * 10) * 1000)} đồng/người"
    if style == 0:
        b.w(f"THÔNG TIN QUÁN: {name}", f"Địa chỉ: {addr}", f"Giờ mở cửa: {hrs}", f"Giá: {price}",
            f"Đánh giá: {rng.randint(35, 49) / 10:.1f}/5".replace(".", ","))
    else:
        b.w(f"📍 {name} – {addr}", f"🕒 {hrs} hằng ngày | 💰 {price}", f"☎ Đặt bàn: {mobile(rng)}")


def ad_lines(rng, b, style):
    app = rng.choice(APPS)
    code = rng.choice(["GIAM50K", "FREESHIP", "ANNGON30", "CHOTET", "MUASAM20", "BEPVUI"])
    if style == 0:
        b.w("Quảng cáo", f"Đặt món qua ứng dụng {app} – miễn phí giao hàng cho đơn đầu tiên. Nhập mã {code}")
    elif style == 1:
        b.w(f"🎁 Nhập mã {code} giảm ngay {rng.choice(['30.000đ', '50.000đ', '15%', '20%'])} khi đi chợ online cùng {app}")
    else:
        b.w("ADVERTISEMENT", f"Tải app {app} – Giao rau sạch tận nhà trong 2 giờ", "Tải ngay")


def hotline(rng, b, style, site):
    if style == 0:
        b.w(f"Đường dây nóng tiếp nhận phản ánh của người tiêu dùng: {phone(rng)}")
    elif style == 1:
        b.w("BẠN ĐỌC PHẢN ÁNH",
            f"Mọi thông tin về hàng giả, hàng kém chất lượng xin gửi về hộp thư bandoc@{site} hoặc gọi {mobile(rng)}.")
    else:
        b.w(f"Hotline khiếu nại: {phone(rng)} (miễn phí, 24/7)", f"Email: phananh@{site}")


def tip_box(rng, b):
    tips = ["Chọn thịt có màu hồng tươi, sờ vào thấy đàn hồi, không nhớt.",
            "Không mua thực phẩm đóng gói thiếu nhãn phụ tiếng Việt.",
            "Rau ngâm nước muối loãng 10 phút trước khi chế biến.",
            "Giữ hóa đơn để làm căn cứ khi cần khiếu nại.",
            "Kiểm tra hạn sử dụng và tình trạng bao bì trước khi thanh toán."]
    b.w(rng.choice(["MẸO HAY CHO BẠN ĐỌC", "Mẹo nhỏ:", "Bạn đọc mách nhau"]))
    for t in rng.sample(tips, rng.randint(1, 3)):
        b.w("✔ " + t)


def share_row(rng, b, style):
    if style == 0:
        b.w("Chia sẻ: Facebook | Zalo | Twitter | In bài")
    elif style == 1:
        b.w(f"Thích {rng.randint(0, 900)}", "Chia sẻ", "Lưu bài")
    else:
        b.w(f"{rng.randint(1, 80)} bình luận | {rng.randint(100, 9000)} lượt xem")


def tags(rng, b, prefix):
    t = rng.sample(["an toàn thực phẩm", "giá cả", "chợ truyền thống", "người tiêu dùng", "hàng giả",
                    "thị trường", "siêu thị", "bình ổn giá", "thu hồi", "ẩm thực", "quản lý thị trường"], 4)
    b.w(prefix + ", ".join(t))


def comments(rng, b):
    b.w(f"Bình luận ({rng.randint(2, 40)})")
    for _ in range(rng.randint(1, 3)):
        b.w(f"{short_name(rng)} – {rng.randint(1, 23)} giờ trước",
            rng.choice(["Giá cả tăng quá, đi chợ giờ thấy ngại.", "Cảm ơn bài viết rất hữu ích!",
                        "Mong cơ quan chức năng xử lý nghiêm.", "Nhà tôi toàn mua ở chợ gần nhà, thấy vẫn ổn.",
                        "Thực phẩm bẩn tràn lan thế này thì biết tin vào đâu."]),
            f"Trả lời · Thích {rng.randint(0, 50)}")


def poll(rng, b):
    b.w("THĂM DÒ Ý KIẾN", rng.choice(["Bạn thường đi chợ ở đâu?", "Bạn có tin dùng thực phẩm online?",
                                      "Giá thực phẩm tháng này ảnh hưởng thế nào đến bạn?"]))
    for o in rng.sample(["Chợ truyền thống", "Siêu thị", "Ứng dụng giao hàng", "Cửa hàng tiện lợi",
                         "Không ý kiến"], 3):
        b.w("○ " + o)
    b.w("Bình chọn | Xem kết quả")


def footer(rng, b, site, name, style):
    if style == 0:
        b.w(f"© {rng.randint(2016, 2019)} {name}. Giữ bản quyền nội dung.",
            f"Giấy phép số {rng.randint(100, 599)}/GP-BTTTT. Liên hệ quảng cáo: {mobile(rng)}")
    elif style == 1:
        b.w(f"Bản quyền thuộc về {name} · Ghi rõ nguồn {site} khi phát hành lại thông tin.")
    else:
        b.w("Về chúng tôi | Liên hệ | Điều khoản | Quảng cáo", f"Tòa soạn: {rng.randint(1, 200)} {rng.choice(['Lý Thường Kiệt', 'Nam Kỳ Khởi Nghĩa', 'Điện Biên Phủ'])}, {rng.choice(['Hà Nội', 'TP.HCM', 'Đà Nẵng'])}")


def related_block(rng, b, rel, style, heading, d):
    if not rel:
        return
    if heading:
        b.w(heading)
    if style == "bullets":
        for t, _ in rel:
            b.f("related", "- " + t)
    elif style == "plain":
        for t, _ in rel:
            b.f("related", t)
    elif style == "numbered":
        for k, (t, _) in enumerate(rel):
            b.f("related", f"{k + 1}. {t}")
    elif style == "dated":
        for t, _ in rel:
            dd = d - datetime.timedelta(days=rng.randint(1, 20))
            b.f("related", f"{t} ({short_date(dd)})")
    elif style == "joined":
        b.f("related", " | ".join(t for t, _ in rel))
    elif style == "xemthem":
        for t, _ in rel:
            b.f("related", "Xem thêm: " + t)
    elif style == "teaser":
        for t, z in rel:
            b.f("related", t)
            if z:
                b.f("related", z)
    elif style == "inline_teaser":
        for t, z in rel:
            b.f("related", f"{t} - {z}" if z else t)
    elif style == "arrow":
        for t, _ in rel:
            b.f("related", "► " + t)


# ----------------------------------------------------------------------------
# layouts
# ----------------------------------------------------------------------------
# Each layout: f(rng, ctx) -> B.  ctx has title, paras, date, rel (list of (title, teaser)), caps, row.

def interleave(b, ctx, rng, after_para_fn):
    """Emit paragraphs, calling after_para_fn(index) between them."""
    for k, p in enumerate(ctx["paras"]):
        b.b(p)
        if k < len(ctx["paras"]) - 1:
            after_para_fn(k)


def pick_slots(rng, n_paras, n):
    slots = list(range(max(0, n_paras - 1)))
    rng.shuffle(slots)
    return set(slots[:n])


def L00(rng, c):  # Tạp chí Người Tiêu Dùng Việt
    b = B()
    b.u("Người Tiêu Dùng Việt")
    b.w("Trang chủ | Thời sự | Tiêu dùng | Cảnh báo | Thị trường | Bạn đọc", "Trang chủ » Tiêu dùng » Cảnh báo")
    b.u(c["title"])
    b.u(fmt_date(c["date"], 0))
    share_row(rng, b, 0)
    caps = c["caps"]
    slots = pick_slots(rng, len(c["paras"]), 2)
    au = short_name(rng)
    it = iter(caps)

    def mid(k):
        if k in slots:
            cap = next(it, None)
            if cap:
                b.f("caption", f"{cap} (Ảnh: {au})")
    interleave(b, c, rng, mid)
    b.f("byline", person(rng).upper())
    hotline(rng, b, 0, "nguoitieudungviet.vn")
    tags(rng, b, "Từ khóa: ")
    related_block(rng, b, c["rel"], "bullets", "Tin cùng chuyên mục", c["date"])
    footer(rng, b, "nguoitieudungviet.vn", "Tạp chí Người Tiêu Dùng Việt", 0)
    return b


def L01(rng, c):  # Chợ Giá Online - market price portal
    b = B()
    b.u("CHỢGIÁ.VN")
    b.w("Giá vàng | Giá xăng | Giá nông sản | Giá thực phẩm | Tin thị trường")
    b.u(c["title"])
    b.f("byline", short_name(rng))
    b.u(fmt_date(c["date"], 3))
    n = len(c["paras"])
    box_at = rng.randrange(max(1, n - 1))

    def mid(k):
        if k == box_at:
            price_box(rng, b, 0)
    interleave(b, c, rng, mid)
    if n == 1:
        price_box(rng, b, 0)
    ad_lines(rng, b, 1)
    related_block(rng, b, c["rel"], "numbered", "Đọc nhiều nhất", c["date"])
    footer(rng, b, "chogia.vn", "Chợ Giá Online", 1)
    return b


def L02(rng, c):  # Cổng tin An toàn Thực phẩm
    b = B()
    b.w("CỔNG THÔNG TIN", "Giới thiệu | Tin tức | Văn bản | Cảnh báo | Thu hồi | Hỏi đáp")
    b.u("An Toàn Thực Phẩm 24h")
    b.w("Tin tức - Sự kiện")
    b.u(c["title"])
    b.u(fmt_date(c["date"], 5))
    b.w(f"Lượt xem: {rng.randint(50, 5000)}")
    caps = c["caps"]
    cred = rng.choice(["Nguồn: Internet", f"Ảnh: {short_name(rng)}", "Ảnh: ATTP24h"])
    slots = pick_slots(rng, len(c["paras"]), 1)
    it = iter(caps)

    def mid(k):
        if k in slots:
            cap = next(it, None)
            if cap:
                b.w("[Hình ảnh]")
                b.f("caption", cap)
                b.f("credit", cred)
    interleave(b, c, rng, mid)
    b.f("byline", rng.choice(["Theo Cổng tin ATTP", "Phòng Truyền thông", f"{short_name(rng)} (tổng hợp)"]))
    recall_box(rng, b)
    b.w("In trang | Gửi email | Về đầu trang")
    related_block(rng, b, c["rel"], "dated", "Các tin khác", c["date"])
    footer(rng, b, "attp24h.vn", "An Toàn Thực Phẩm 24h", 2)
    return b


def L03(rng, c):  # Bếp Nhà Mình - cooking site
    b = B()
    b.u("Bếp Nhà Mình")
    b.w("Món ngon mỗi ngày | Công thức | Mẹo vặt bếp | Dinh dưỡng | Tin ẩm thực")
    b.u(c["title"])
    au = person(rng)
    b.u(fmt_date(c["date"], 7))
    b.w(f"⏱ {rng.randint(2, 8)} phút đọc")
    paras = c["paras"]
    half = max(1, len(paras) // 2)
    for p in paras[:half]:
        b.b(p)
    if c["rel"]:
        b.f("related", "Xem thêm: " + c["rel"][0][0])
    for p in paras[half:]:
        b.b(p)
    recipe_box(rng, b)
    b.f("byline", au)
    b.f("byline", rng.choice(["Đầu bếp tự do, 10 năm kinh nghiệm nấu món Việt.",
                               "Biên tập viên chuyên mục ẩm thực, mê nấu ăn và đi chợ sớm.",
                               "Thích viết về bếp nhà và những món quê giản dị."]))
    ad_lines(rng, b, 0)
    related_block(rng, b, c["rel"][1:], "plain", "Có thể bạn quan tâm", c["date"])
    return b


def L04(rng, c):  # Ăn Gì Hôm Nay - restaurant reviews
    b = B()
    b.w("Đăng nhập | Đăng ký")
    b.u("ĂnGìHômNay")
    b.w("Review quán | Ăn vặt | Nhà hàng | Khuyến mãi")
    b.u(c["title"])
    b.f("byline", f"Bài và ảnh: {short_name(rng)}")
    b.u(fmt_date(c["date"], 1))
    caps = c["caps"]
    slots = pick_slots(rng, len(c["paras"]), 2)
    it = iter(caps)

    def mid(k):
        if k in slots:
            cap = next(it, None)
            if cap:
                b.f("caption", cap)
    interleave(b, c, rng, mid)
    info_card(rng, b, 0)
    b.w(f"❤ {rng.randint(5, 400)} người thích | Lưu quán")
    related_block(rng, b, c["rel"], "dated", "Bài viết khác", c["date"])
    footer(rng, b, "angihomnay.vn", "Ăn Gì Hôm Nay", 1)
    return b


def L05(rng, c):  # Báo Thị Trường & Giá Cả
    b = B()
    b.u("Thị Trường & Giá Cả")
    b.w(fmt_date(c["date"], 2).split(",")[0] + f", {c['date'].day}/{c['date'].month}/{c['date'].year}")
    b.w("Kinh tế | Thị trường | Doanh nghiệp | Tiêu dùng | Bất động sản")
    b.f("byline", f"{short_name(rng)} - {short_name(rng)}")
    b.u(fmt_date(c["date"], 1))
    b.u(c["title"])
    caps = c["caps"]
    slots = pick_slots(rng, len(c["paras"]), 1)
    it = iter(caps)

    def mid(k):
        if k in slots:
            cap = next(it, None)
            if cap:
                b.f("caption", f"{cap} Ảnh: {rng.choice(['TTGC', short_name(rng)])}")
    interleave(b, c, rng, mid)
    share_row(rng, b, 0)
    related_block(rng, b, c["rel"], "teaser", "TIN CÙNG CHUYÊN MỤC", c["date"])
    footer(rng, b, "thitruonggiaca.vn", "Báo Thị Trường & Giá Cả", 0)
    return b


def L06(rng, c):  # Tiêu Dùng Thông Minh - product tests
    b = B()
    b.u("tieudungthongminh.vn")
    b.w("Thử nghiệm | So sánh | Cảnh báo | Quyền lợi người tiêu dùng")
    b.u(c["title"])
    b.u(fmt_date(c["date"], 4))
    paras = c["paras"]
    b.b(paras[0])
    test_box(rng, b)
    for p in paras[1:]:
        b.b(p)
    b.f("byline", f"Nhóm phóng viên {rng.choice(['TDTM', 'Thử nghiệm'])}")
    poll(rng, b)
    related_block(rng, b, c["rel"], "arrow", "Bài liên quan", c["date"])
    b.w("Nội dung chỉ mang tính tham khảo, không thay thế tư vấn chuyên môn.")
    return b


def L07(rng, c):  # Nhà Nông & Chợ Quê
    b = B()
    b.w("Hôm nay: " + f"{c['date'].day}/{c['date'].month}/{c['date'].year}")
    b.u("NHÀ NÔNG & CHỢ QUÊ")
    b.w("Nông sản | Chăn nuôi | Giá cả | Mô hình hay")
    b.u(c["title"])
    b.u(fmt_date(c["date"], 8))
    price_box(rng, b, 1)

    def mid(k):
        if k == 0 and c["caps"]:
            b.f("caption", f"{c['caps'][0]} (Ảnh: TTXVN)")
    interleave(b, c, rng, mid)
    b.f("byline", rng.choice(["Theo TTXVN", "(TTXVN)", f"{person(rng)} (Báo Nông thôn)"]))
    comments(rng, b)
    related_block(rng, b, c["rel"], "bullets", "Tin khác", c["date"])
    return b


def L08(rng, c):  # Giỏ Hàng Việt - shopping / coupons
    b = B()
    b.u("Giỏ Hàng Việt")
    ad_lines(rng, b, 2)
    b.w("Tin khuyến mãi > Thị trường")
    b.u(c["title"])
    b.u(fmt_date(c["date"], 6))
    caps = c["caps"]
    n = len(c["paras"])
    slot = rng.randrange(max(1, n - 1))
    it = iter(caps)

    def mid(k):
        if k == slot:
            ad_lines(rng, b, 1)
        elif k == slot + 1:
            cap = next(it, None)
            if cap:
                b.f("caption", cap)
                b.f("credit", f"Ảnh: {short_name(rng)}")
    interleave(b, c, rng, mid)
    b.f("byline", short_name(rng).upper())
    if c["rel"]:
        b.w("Đọc thêm")
        b.f("related", " | ".join(t for t, _ in c["rel"][:3]))
    related_block(rng, b, c["rel"][3:], "plain", None, c["date"])
    footer(rng, b, "giohangviet.vn", "Giỏ Hàng Việt", 2)
    return b


def L09(rng, c):  # Tuần san Ẩm Thực Sài Gòn
    b = B()
    b.u("TUẦN SAN ẨM THỰC SÀI GÒN")
    b.w(f"Số {rng.randint(100, 500)} - Tuần {rng.randint(1, 52)}/{c['date'].year}")
    b.w("Món ngon | Quán xá | Chợ & giá | Văn hóa ẩm thực")
    b.u(c["title"])
    b.f("byline", f"Bài: {person(rng)}")
    b.f("credit", f"Ảnh: {person(rng)}")
    caps = c["caps"]
    slots = pick_slots(rng, len(c["paras"]), 2)
    it = iter(caps)

    def mid(k):
        if k in slots:
            cap = next(it, None)
            if cap:
                b.f("caption", cap)
    interleave(b, c, rng, mid)
    b.u(fmt_date(c["date"], 2))
    related_block(rng, b, c["rel"], "xemthem", None, c["date"])
    footer(rng, b, "amthucsaigon.vn", "Tuần san Ẩm Thực Sài Gòn", 1)
    return b


def L10(rng, c):  # Cảnh Báo Hàng Giả
    b = B()
    b.u("Cảnh Báo Hàng Giả")
    b.w("Nhận diện hàng thật - giả | Vụ việc | Pháp luật | Đường dây nóng")
    b.u(c["title"])
    b.u(fmt_date(c["date"], 0))
    n = len(c["paras"])
    tip_at = rng.randrange(max(1, n - 1))

    def mid(k):
        if k == tip_at:
            tip_box(rng, b)
    interleave(b, c, rng, mid)
    b.f("byline", f"{person(rng).upper()} (tổng hợp)")
    hotline(rng, b, 1, "canhbaohanggia.vn")
    related_block(rng, b, c["rel"], "inline_teaser", "CÙNG CHUYÊN MỤC", c["date"])
    share_row(rng, b, 2)
    return b


def L11(rng, c):  # Sổ Tay Nội Trợ - magazine, bottom date
    b = B()
    b.u("Sổ Tay Nội Trợ")
    b.w("☰ Menu", "🔍 Tìm kiếm")
    b.u(c["title"])
    caps = c["caps"]
    if caps:
        b.w("[Ảnh]")
        b.f("caption", caps[0])
    paras = c["paras"]
    for k, p in enumerate(paras):
        b.b(p)
        if k == 0 and len(paras) > 2:
            tip_box(rng, b)
    b.f("byline", f"{short_name(rng)} (theo Tạp chí Gia Đình)")
    b.u(fmt_date(c["date"], 5))
    tags(rng, b, "#")
    related_block(rng, b, c["rel"], "plain", "ĐỪNG BỎ LỠ", c["date"])
    ad_lines(rng, b, 0)
    return b


def L12(rng, c):  # Báo Giá Chợ Đầu Mối (tabular)
    b = B()
    b.u("GIÁ CHỢ ĐẦU MỐI")
    b.w("Cập nhật giá bán buôn hằng ngày từ các chợ đầu mối lớn")
    b.u(c["title"])
    b.u(fmt_date(c["date"], 1))
    b.f("byline", f"PV {short_name(rng)}")
    paras = c["paras"]
    b.b(paras[0])
    price_box(rng, b, 2)
    b.w(f"Nguồn số liệu: Ban quản lý {rng.choice(MARKETS)}")
    for p in paras[1:]:
        b.b(p)
    related_block(rng, b, c["rel"], "numbered", "Tin liên quan", c["date"])
    footer(rng, b, "giachodaumoi.vn", "Giá Chợ Đầu Mối", 0)
    return b


def L13(rng, c):  # Thực Đơn Xanh - healthy food blog-like
    b = B()
    b.u("Thực Đơn Xanh")
    b.w("Trang chủ / Sống khỏe / Ăn sạch")
    b.u(c["title"])
    au = person(rng)
    b.f("byline", f"Viết bởi {au}")
    b.u(fmt_date(c["date"], 7))
    caps = c["caps"]
    slots = pick_slots(rng, len(c["paras"]), 2)
    it = iter(caps)

    def mid(k):
        if k in slots:
            cap = next(it, None)
            if cap:
                b.f("caption", f"{cap} – Nguồn: {rng.choice(['Pexels', 'Thực Đơn Xanh', 'Shutterstock'])}")
    interleave(b, c, rng, mid)
    b.w(f"Bài viết hữu ích? 👍 {rng.randint(1, 300)} 👎 {rng.randint(0, 20)}")
    b.f("byline", au)
    b.f("byline", "Chuyên viên dinh dưỡng, cộng tác viên chuyên mục Ăn sạch.")
    related_block(rng, b, c["rel"], "teaser", "Bài viết liên quan", c["date"])
    return b


def L14(rng, c):  # Đi Chợ Online - delivery app news
    b = B()
    b.w(f"Tải app {rng.choice(APPS)} - Ưu đãi 50% đơn đầu")
    b.u("Đi Chợ Online")
    b.u(c["title"])
    b.u(fmt_date(c["date"], 3))
    b.w(f"{rng.randint(100, 20000)} lượt xem")
    n = len(c["paras"])
    slot = rng.randrange(max(1, n - 1))
    caps = c["caps"]

    def mid(k):
        if k == slot and c["rel"]:
            b.f("related", f"» Đọc thêm: {c['rel'][0][0]}")
        elif caps and k == (slot + 1) % max(1, n - 1):
            b.f("caption", caps[0])
    interleave(b, c, rng, mid)
    b.f("byline", f"{short_name(rng)} - {rng.choice(['TTXVN', 'Vietnam+', 'Thông tấn xã'])}")
    ad_lines(rng, b, 1)
    related_block(rng, b, c["rel"][1:], "arrow", "Tin mới", c["date"])
    return b


def L15(rng, c):  # Quyền Lợi Khách Hàng - consumer rights, Q&A
    b = B()
    b.u("Quyền Lợi Khách Hàng")
    b.w("Trang chủ > Khiếu nại > Giải đáp")
    b.u(c["title"])
    b.u(fmt_date(c["date"], 4))
    b.f("byline", f"{person(rng)} | {person(rng)}")
    interleave(b, c, rng, lambda k: None)
    hotline(rng, b, 2, "quyenloikhachhang.vn")
    b.w("Gửi câu hỏi cho chuyên gia", "Họ tên *", "Email *", "Nội dung câu hỏi", "Gửi")
    related_block(rng, b, c["rel"], "joined", "Tin cùng chuyên mục:", c["date"])
    footer(rng, b, "quyenloikhachhang.vn", "Quyền Lợi Khách Hàng", 2)
    return b


def L16(rng, c):  # Phố Ẩm Thực Hà Nội - review with emoji card
    b = B()
    b.u("Phố Ẩm Thực Hà Nội")
    b.w("Ăn gì | Ở đâu | Giá bao nhiêu")
    b.u(c["title"])
    b.u(fmt_date(c["date"], 6))
    caps = c["caps"]
    paras = c["paras"]
    it = iter(caps)
    for k, p in enumerate(paras):
        b.b(p)
        if k < len(paras) - 1 and k % 2 == 1:
            cap = next(it, None)
            if cap:
                b.w("▶ 00:00 / 01:4" + str(rng.randint(0, 9)))
                b.f("caption", f"Video: {cap}")
    info_card(rng, b, 1)
    b.f("byline", rng.choice(["Bài: ", "Thực hiện: "]) + short_name(rng))
    b.f("credit", f"Video: {short_name(rng)}")
    related_block(rng, b, c["rel"], "bullets", "Tin cùng chuyên mục", c["date"])
    return b


def L17(rng, c):  # Bản Tin Giá Cả - short newswire
    b = B()
    b.u("Bản tin Giá cả")
    b.u(fmt_date(c["date"], 8))
    b.u(c["title"])
    box = rng.random() < 0.5
    interleave(b, c, rng, lambda k: None)
    b.f("byline", rng.choice(["Theo Thông tấn Kinh tế", f"{short_name(rng).upper()}", "(TTXVN)"]))
    if box:
        price_box(rng, b, 1)
    related_block(rng, b, c["rel"], "dated", "► Tin liên quan", c["date"])
    b.w("Lên đầu trang ↑")
    return b


def L18(rng, c):  # Chợ Tết & Mùa Vụ - magazine with pull quote
    b = B()
    b.w("Thứ " + str(rng.randint(2, 7)) + f" • {c['date'].day}/{c['date'].month}/{c['date'].year}")
    b.u("Tạp chí Chợ & Mùa Vụ")
    b.w("Thị trường | Mùa vụ | Đặc sản vùng miền")
    b.u(c["title"])
    b.u(fmt_date(c["date"], 0))
    b.f("byline", f"{person(rng)} (thực hiện)")
    paras = c["paras"]
    caps = c["caps"]
    sent_for_quote = paras[-1][-1] if paras else ""
    qw = sent_for_quote.split()
    pulled = None
    if len(qw) >= 14:
        pulled = "“" + " ".join(qw[:10]).rstrip(",;:") + "…”"
    it = iter(caps)
    for k, p in enumerate(paras):
        b.b(p)
        if k == 0 and pulled and len(paras) > 1:
            b.w(pulled)
        elif k == 1 and k < len(paras) - 1:
            cap = next(it, None)
            if cap:
                b.f("caption", cap)
                b.f("credit", f"Ảnh: {short_name(rng)}")
    related_block(rng, b, c["rel"], "teaser", "Xem thêm", c["date"])
    poll(rng, b)
    return b


def L19(rng, c):  # Cục tin Bảo vệ Người tiêu dùng (authority bulletin)
    b = B()
    b.w("CỔNG THÔNG TIN HỘI BẢO VỆ QUYỀN LỢI NGƯỜI TIÊU DÙNG")
    b.u("Hội Người Tiêu Dùng Sáng Suốt")
    b.w("Trang chủ | Tin hoạt động | Cảnh báo | Thu hồi sản phẩm | Hướng dẫn khiếu nại")
    b.u(c["title"])
    b.u(fmt_date(c["date"], 2))
    paras = c["paras"]
    for k, p in enumerate(paras):
        b.b(p)
        if k == 0 and len(paras) > 1 and rng.random() < 0.6:
            recall_box(rng, b)
        elif k == 1 and len(paras) > 2 and c["caps"]:
            b.f("caption", c["caps"][-1])
            b.f("credit", "Ảnh: Hội NTDSS")
    b.f("byline", f"Văn phòng Hội - {short_name(rng)}")
    b.w("Tệp đính kèm: ThongBao_" + f"{rng.randint(10, 99)}_{c['date'].year}.pdf")
    hotline(rng, b, 0, "nguoitieudungsangsuot.vn")
    related_block(rng, b, c["rel"], "dated", "Các tin đã đăng", c["date"])
    footer(rng, b, "nguoitieudungsangsuot.vn", "Hội Người Tiêu Dùng Sáng Suốt", 0)
    return b


LAYOUTS = [L00, L01, L02, L03, L04, L05, L06, L07, L08, L09,
           L10, L11, L12, L13, L14, L15, L16, L17, L18, L19]
LAYOUT_NAMES = ["nguoitieudungviet", "chogia", "attp24h", "bepnhaminh", "angihomnay", "thitruonggiaca",
                "tieudungthongminh", "nhanongchoque", "giohangviet", "amthucsaigon", "canhbaohanggia",
                "sotaynoitro", "giachodaumoi", "thucdonxanh", "dichoonline", "quyenloikhachhang",
                "phoamthuchanoi", "bantingiaca", "chomuavu", "nguoitieudungsangsuot"]
PARA_SIZES = [(2, 3), (1, 2), (1, 3), (2, 4), (1, 2), (2, 3), (1, 3), (2, 4), (1, 2), (2, 3),
              (1, 3), (2, 3), (1, 2), (1, 3), (1, 2), (2, 4), (1, 3), (1, 2), (2, 3), (2, 4)]


# ----------------------------------------------------------------------------
# faults
# ----------------------------------------------------------------------------

def add_zwsp(rng, s):
    words = [m.start() for m in re.finditer(r"\w{4,}", s)]
    if not words:
        return s
    p = rng.choice(words) + 2
    return s[:p] + "\u200b" + s[p:]


def add_nbsp(rng, s, frac=0.15):
    chars = list(s)
    for i, ch in enumerate(chars):
        if ch == " " and rng.random() < frac:
            chars[i] = "\u00a0"
    return "".join(chars)


def add_double(rng, s):
    sp = [i for i, ch in enumerate(s) if ch == " "]
    if not sp:
        return s
    p = rng.choice(sp)
    return s[:p] + "  " + s[p + 1:]


def glue(rng, paras):
    cands = [(pi, si) for pi, p in enumerate(paras) for si in range(len(p) - 1)
             if p[si].endswith(".") and not p[si].endswith("..")]
    if not cands:
        return paras, False
    pi, si = rng.choice(cands)
    p = list(paras[pi])
    p[si:si + 2] = [p[si] + p[si + 1]]
    paras = list(paras)
    paras[pi] = p
    return paras, True


# ----------------------------------------------------------------------------
# contract check
# ----------------------------------------------------------------------------

def check(page):
    lines = page.text.split("\n")
    for ln in lines:
        if not ln or ln != ln.strip():
            raise ValueError("blank or unstripped line")
    body, furn = page.body, page.furniture
    bi = fi = 0
    unl = []
    for ln in lines:
        if fi < len(furn) and furn[fi][1] == ln:
            if furn[fi][0] not in KINDS:
                raise ValueError("bad kind")
            fi += 1
            continue
        matched = False
        for k in range(1, 5):
            if bi + k > len(body):
                break
            if " ".join(body[bi:bi + k]) == ln:
                bi += k
                matched = True
                break
        if matched:
            continue
        unl.append(ln)
        if len(unl) > 3:
            raise ValueError(f"too many unlabelled lines: {unl}")
    if bi != len(body) or fi != len(furn):
        raise ValueError("walk did not use up body/furniture")
    if len(body) < 3:
        raise ValueError("too few body items")
    for s in body:
        if s not in page.text:
            raise ValueError("body item not in text")
    bn = {norm(s) for s in body}
    # also individual sentences inside glued items are covered by item norm; check lines
    for kind, ln in furn:
        if norm(ln) in bn:
            raise ValueError(f"furniture equals body: {ln}")
    for ln in unl:
        if norm(ln) in bn:
            raise ValueError(f"unlabelled equals body: {ln}")
    title_n = norm(unl[0]) if unl else None
    for kind, ln in furn:
        if kind == "related":
            n = norm(ln)
            if n in bn or (title_n is not None and any(norm(u) == n for u in unl)):
                raise ValueError(f"related equals title/body: {ln}")


# ----------------------------------------------------------------------------
# main
# ----------------------------------------------------------------------------

def build_page(k, row, title, article, related_pool):
    t, sents = story_sentences(title, article)
    if len(sents) < 3 or not t:
        return None
    li = k % 20
    lay = LAYOUTS[li]
    rng = R(row, "layout")
    lo, hi = PARA_SIZES[li]
    paras = paragraphs(R(row, "paras"), sents, lo, hi)
    # faults
    frng = R(row, "faults")
    faults = []
    if frng.random() < 0.18:
        faults = frng.sample(["nbsp", "zwsp", "double", "glue", "nfd"], frng.choice([1, 1, 2]))
    if "glue" in faults:
        paras, ok = glue(frng, paras)
        if not ok:
            faults.remove("glue")
    # date
    drng = R(row, "date")
    d = datetime.datetime(2016, 1, 1) + datetime.timedelta(days=drng.randint(0, 4 * 365), minutes=drng.randint(300, 1380))
    # related
    rrng = R(row, "related")
    bn = {norm(s) for s in sents} | {norm(t)}
    rel = []
    if related_pool:
        pool = related_pool[:]
        rrng.shuffle(pool)
        for (_, rt, ra) in pool:
            if len(rel) >= rrng.randint(3, 5):
                break
            h = detok(rt)
            z = teaser_of(ra)
            if not h or norm(h) in bn:
                continue
            if z and norm(z) in bn:
                z = None
            rel.append((h, z))
    caps = captions_for(R(row, "captions"), t, sents, 3)
    ctx = {"title": t, "paras": paras, "date": d, "rel": rel, "caps": caps, "row": row}
    b = lay(rng, ctx)
    # apply per-line faults
    rows = b.rows
    if "nbsp" in faults or "zwsp" in faults or "double" in faults:
        out = []
        dbl_done = False
        zw_left = 3
        for kind, val in rows:
            if kind == "b":
                items = []
                for it in val:
                    if "nbsp" in faults:
                        it = add_nbsp(frng, it)
                    if "zwsp" in faults and zw_left and frng.random() < 0.3:
                        it = add_zwsp(frng, it)
                        zw_left -= 1
                    if "double" in faults and not dbl_done and frng.random() < 0.2:
                        it = add_double(frng, it)
                        dbl_done = True
                    items.append(it)
                out.append((kind, items))
            else:
                if "nbsp" in faults:
                    val = add_nbsp(frng, val)
                if "zwsp" in faults and kind != "u" and zw_left and frng.random() < 0.2:
                    val = add_zwsp(frng, val)
                    zw_left -= 1
                if "double" in faults and not dbl_done and kind != "u" and frng.random() < 0.3:
                    val = add_double(frng, val)
                    dbl_done = True
                out.append((kind, val))
        if "zwsp" in faults and zw_left == 3:
            for i2, (kind, val) in enumerate(out):
                if kind == "b":
                    out[i2] = (kind, [add_zwsp(frng, val[0])] + val[1:])
                    break
        if "double" in faults and not dbl_done:
            for i2, (kind, val) in enumerate(out):
                if kind in KINDS and " " in val:
                    out[i2] = (kind, add_double(frng, val))
                    break
        rows = out
    if "nfd" in faults:
        rows = [(k2, [unicodedata.normalize("NFD", x) for x in v] if k2 == "b" else unicodedata.normalize("NFD", v))
                for k2, v in rows]
    lines, body, furn = [], [], []
    for kind, val in rows:
        if kind == "b":
            lines.append(" ".join(val))
            body.extend(val)
        elif kind == "u":
            lines.append(val.strip())
        else:
            furn.append((kind, val.strip()))
            lines.append(val.strip())
    page = Page("\n".join(lines), body, furn, LAYOUT_NAMES[li])
    check(page)
    return page, faults


def _build(path):
    body_rows, related = read_rows(path)
    out = []
    k = 0
    for row, title, article in body_rows:
        r = build_page(k, row, title, article, related)
        if r is None:
            continue
        out.append(r)
        k += 1
    return out


def pages(path):
    return [p for p, _ in _build(Path(path))]


def main(argv):
    path = argv[1] if len(argv) > 1 else "/work/shared/data/vietnews_train.jsonl.gz"
    built = _build(path)
    stats = {}
    for p, faults in built:
        s = stats.setdefault(p.layout, {"pages": 0, "body": 0, "faults": 0, **{k: 0 for k in KINDS}})
        s["pages"] += 1
        s["body"] += len(p.body)
        s["faults"] += 1 if faults else 0
        for kind, _ in p.furniture:
            s[kind] += 1
    cols = ["pages", "body", *KINDS, "faults"]
    print(f"{'layout':<24}" + "".join(f"{c:>9}" for c in cols))
    tot = {c: 0 for c in cols}
    for name in LAYOUT_NAMES:
        if name not in stats:
            continue
        s = stats[name]
        print(f"{name:<24}" + "".join(f"{s[c]:>9}" for c in cols))
        for c in cols:
            tot[c] += s[c]
    print(f"{'TOTAL':<24}" + "".join(f"{tot[c]:>9}" for c in cols))


if __name__ == "__main__":
    main(sys.argv)
