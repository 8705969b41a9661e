#!/usr/bin/env python3
"""Held-out evaluation set "test87": religion, spirituality, festivals and lunar-calendar pages.

pages(path) -> list[Page]; Page = (text, body, furniture, layout).
Run: python3 make.py /work/shared/data/vietnews_train.jsonl.gz   (prints a totals table)
Standard library only.
"""
import datetime
import gzip
import json
import random
import re
import sys
import unicodedata
from typing import NamedTuple

SETNAME = "test87"
SEED = 8787
BODY_ROWS = range(15300, 15400)
RELATED_ROWS = range(16200, 16300)
KINDS = ("byline", "credit", "caption", "related", "widget")


class Page(NamedTuple):
    text: str
    body: list
    furniture: list
    layout: str


def R(row, purpose):
    return random.Random(f"{SETNAME}|{SEED}|{row}|{purpose}")


# ---------------------------------------------------------------- story text
def detok(s):
    s = s.replace("_", " ")
    s = re.sub(r"\s+", " ", s).strip()
    # pair straight quotes
    parts = s.split('"')
    if len(parts) > 1:
        out = parts[0]
        for i, p in enumerate(parts[1:]):
            if i % 2 == 0:  # opening quote
                out = out.rstrip() + (" " if out.strip() else "") + '"' + p.lstrip()
            else:  # closing quote
                out = out.rstrip() + '"' + p
        s = out.strip()
    s = re.sub(r"(?<!\S)'\s+([^']{1,80}?)\s+'(?!\S)", r"'\1'", s)
    s = re.sub(r"“\s+", "“", s)
    s = re.sub(r"\s+”", "”", s)
    s = re.sub(r"\(\s+", "(", s)
    s = re.sub(r"\s+\)", ")", s)
    s = re.sub(r"\[\s+", "[", s)
    s = re.sub(r"\s+\]", "]", s)
    s = re.sub(r"\s+([,.;:!?%…])", r"\1", s)
    s = re.sub(r"(\S) / (\S)", r"\1/\2", s)
    s = re.sub(r"\s+", " ", s)
    return s.strip()


ABBR = {"tp", "ts", "gs", "pgs", "ths", "bs", "q", "p", "th.s", "tt", "st", "mr", "mrs", "ms",
        "dr", "vs", "v.v", "tr", "ct", "ubnd", "no", "co", "ltd", "inc", "hđnd", "đ/c", "kts", "ncs"}


def split_sentences(s):
    out, start = [], 0
    for m in re.finditer(r'[.!?…]+["”)\]]?(?=\s+["“(]?[A-ZĐÀ-ỸẮẰẲẴẶẤẦẨẪẬÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ0-9])', s):
        seg = s[start:m.end()]
        if m.group(0).startswith(".") and len(m.group(0).rstrip('"”)]')) == 1:
            tok = seg[:m.start() - start].split(" ")[-1] if seg[:m.start() - start].strip() else ""
            tok = tok.lstrip('"“(')
            if tok.lower() in ABBR or re.fullmatch(r"[A-ZĐ]", tok) or re.fullmatch(r"([A-Za-z]\.)+[A-Za-z]", tok):
                continue
        out.append(seg.strip())
        start = m.end()
    tail = s[start:].strip()
    if tail:
        out.append(tail)
    return [x for x in out if x]


CAPTION_MARKS = ["ảnh:", "(ảnh", "ảnh minh", "video:", "clip:", "minh hoạ", "minh họa", "(trái)", "(phải)",
                 "nguồn:", "đồ hoạ", "đồ họa", "(từ trái", "từ trái sang", "ảnh tư liệu", "infographic",
                 "(video", "ảnh chụp", "click", "xem thêm", "(ttxvn)", "ảnh internet"]
REPORT = ["cho biết", "nói", "khẳng định", "chia sẻ", "cho rằng", "nhấn mạnh", "thông tin", "tiết lộ",
          "phát biểu", "bày tỏ", "đề nghị", "yêu cầu", "giải thích", "trả lời", "kể", "thừa nhận",
          "xác nhận", "đánh giá", "nhận định", "nhận xét", "thông báo", "tâm sự", "bộc bạch", "khuyến cáo",
          "lưu ý", "dự báo", "ước tính", "theo ông", "theo bà", "theo anh", "theo chị", "hồi tưởng",
          "cảnh báo", "đề xuất", "kiến nghị", "nhớ lại", "cho hay", "phản ánh", "lý giải", "khẳng"]
CONNECT = ["Tuy nhiên", "Trong khi đó", "Ngoài ra", "Bên cạnh đó", "Theo đó", "Do đó", "Vì vậy",
           "Đồng thời", "Trước đó", "Sau đó", "Cũng theo", "Được biết", "Mặt khác", "Thế nhưng", "Nhưng",
           "Song", "Dù", "Mặc dù", "Khi", "Nếu", "Vì", "Do", "Để", "Với", "Từ", "Cùng", "Riêng", "Còn",
           "Thậm chí", "Đặc biệt", "Như vậy", "Hiện", "Hiện nay", "Trước", "Sau", "Ngay", "Bởi",
           "Cụ thể", "Thêm vào đó", "Không chỉ", "Chính vì", "Do vậy", "Vì thế", "Cũng", "Tuy vậy",
           "Dẫu", "Trong", "Tại", "Theo"]


def balanced(s):
    if s.count('"') % 2:
        return False
    for a, b in ("()", "“”", "[]"):
        if s.count(a) != s.count(b):
            return False
    return True


def keep_sentence(s, title, seen):
    low = s.lower()
    if any(m in low for m in CAPTION_MARKS):
        return False
    if not balanced(s):
        return False
    if not re.search(r'[.!?…]["”)\]]?$', s):
        return False
    words = s.split()
    if len(words) < 8 or len(words) > 110:
        return False
    if any(":" in w for w in words[:6]):
        return False
    if re.search(r"\(?\bTheo\s+[A-ZĐ][^\s]*(\s+[A-ZĐ][^\s]*){0,4}\)?\.?$", s):
        return False
    first = s.lstrip('"“(')[:1]
    if not first or not (first.isupper() or first.isdigit()):
        return False
    if any(c in s for c in "|•»«*\t"):
        return False
    key = norm(s)
    if key in seen or key == norm(title):
        return False
    limit = 22 if "," in s else 30
    if len(words) <= limit:
        ok = any(v in low for v in REPORT) or ('"' in s or "“" in s)
        ok = ok or any(s.startswith(c + " ") or s.startswith(c + ",") for c in CONNECT)
        if not ok:
            return False
    seen.add(key)
    return True


ZW = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")


def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = ZW.sub("", s)
    s = re.sub(r"\s+", "", s)
    return s.casefold()


def story_sentences(title, article):
    seen = set()
    return [x for x in split_sentences(detok(article)) if keep_sentence(x, title, seen)]


def teaser_of(article):
    t = detok(article[:1200])
    sents = split_sentences(t)
    good = [x for x in sents if re.search(r'[.!?…]["”]?$', x) and balanced(x) and 10 <= len(x.split()) <= 45]
    if good:
        return good[0]
    cut = t[:180].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "…"


# ---------------------------------------------------------------- reading
def read_rows(path):
    body, rel = [], []
    last = max(BODY_ROWS.stop, RELATED_ROWS.stop) - 1
    with gzip.open(str(path), "rb") as f:
        for i, line in enumerate(f):
            if i > last:
                break
            inb, inr = i in BODY_ROWS, i in RELATED_ROWS
            if not (inb or inr):
                continue
            if not line.strip():
                continue
            try:
                d = json.loads(line.decode("utf-8", "replace"))
            except Exception:
                continue
            if not isinstance(d, dict):
                continue
            t, a = d.get("title"), d.get("article")
            if not isinstance(t, str) or not isinstance(a, str) or not t.strip() or not a.strip():
                continue
            if inb:
                body.append((i, t.strip(), a))
            else:
                a = a[:1200]
                rel.append((i, detok(t.strip()), teaser_of(a)))
    return body, rel


# ---------------------------------------------------------------- theme material
CAN = ["Canh", "Tân", "Nhâm", "Quý", "Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ"]
CHI = ["Thân", "Dậu", "Tuất", "Hợi", "Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi"]
WD = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
ZODIAC = ["Bạch Dương", "Kim Ngưu", "Song Tử", "Cự Giải", "Sư Tử", "Xử Nữ", "Thiên Bình", "Bọ Cạp",
          "Nhân Mã", "Ma Kết", "Bảo Bình", "Song Ngư"]
HORO = ["công việc thuận lợi, nên tránh tranh cãi với đồng nghiệp", "tài chính ổn định, có quý nhân giúp đỡ",
        "tình cảm có chút xáo trộn, cần bình tĩnh lắng nghe", "sức khoẻ cần chú ý, hạn chế thức khuya",
        "cơ hội mới xuất hiện vào buổi chiều", "nên dành thời gian cho gia đình", "dễ chi tiêu quá tay",
        "tinh thần phấn chấn, làm gì cũng suôn sẻ"]
QUOTES = ["“Hận thù diệt hận thù, đời này không có được; từ bi diệt hận thù, là định luật ngàn thu.” - Kinh Pháp Cú",
          "“Phúc cho ai xây dựng hoà bình, vì họ sẽ được gọi là con Thiên Chúa.” (Mt 5,9)",
          "“Tâm bình thế giới bình.” - Lời Phật dạy",
          "“Chúa là mục tử chăn dắt tôi, tôi chẳng thiếu thốn gì.” (Tv 23,1)",
          "“Không làm các điều ác, siêng làm các việc lành, giữ tâm ý trong sạch, chính lời chư Phật dạy.”",
          "“Hãy yêu thương nhau như Thầy đã yêu thương anh em.” (Ga 13,34)",
          "“Một ngày sống chánh niệm còn hơn trăm năm sống buông lung.” - Kinh Pháp Cú",
          "“Lạy Cha chúng con ở trên trời, chúng con nguyện danh Cha cả sáng.”"]
SCENES = ["Phật tử thắp nến cầu nguyện trong đêm hoa đăng.", "Chư tăng cử hành nghi thức tắm Phật tại chánh điện.",
          "Đông đảo người dân về dự lễ cầu an đầu năm.", "Giáo dân tham dự thánh lễ đêm Giáng sinh tại nhà thờ chính toà.",
          "Nghi lễ rước kiệu trong ngày hội làng.", "Du khách xin chữ đầu xuân tại sân chùa.",
          "Các em nhỏ rước đèn trong đêm hội trăng rằm.", "Người dân dâng hương tưởng niệm các vua Hùng.",
          "Thả hoa đăng trên sông trong đại lễ Vu Lan.", "Khoá tu mùa hè thu hút hàng trăm bạn trẻ tham gia.",
          "Mâm lễ cúng ông Công ông Táo của một gia đình ở ngoại thành.", "Ca đoàn giáo xứ tập hát chuẩn bị cho mùa Vọng.",
          "Hàng nghìn người chen chân xin lộc đầu năm.", "Lễ rước ánh sáng từ bi qua các tuyến phố.",
          "Đoàn hành hương dâng hoa trước tượng Đức Mẹ.", "Tăng ni sinh tọa thiền trong khuôn viên học viện."]
PHOTOGS = ["Quảng Đạo", "Minh Tuệ", "Hoàng Khôi", "Thiện Tâm", "Ngọc Hân", "Đức Phúc", "Tâm An", "Bảo Lâm",
           "Giuse Minh Trí", "Hữu Nghĩa", "Lê Vy", "Trần Khang"]
AUTHORS = ["Minh Tâm", "Diệu Hạnh", "Quảng Tín", "Phương Thảo", "Thanh Tùng", "Hải Yến", "Gia Bảo", "Trúc Lâm",
           "Hoài Nam", "Lan Chi", "Tường Vi", "Đăng Khoa", "Anh Thư", "Phúc Nguyên", "Thuỳ Dương", "Khánh Linh"]
TEMPLES = ["chùa Phước Hưng", "chùa Long Vân", "thiền viện Trúc Nguyên", "chùa Bửu Quang", "tịnh xá Ngọc Tâm",
           "chùa Vạn Phúc Tự", "nhà thờ giáo xứ An Lạc", "đền Thượng Minh"]
BANKS = ["Vietinbank", "Agribank", "BIDV", "Sacombank", "Vietcombank", "ACB"]
TOURS = ["Ấn Độ - Nepal 10 ngày", "Bái Đính - Tràng An - Tam Chúc 2 ngày", "Yên Tử - Côn Sơn 2 ngày",
         "Lourdes - Fatima 12 ngày", "Núi Bà Đen - Tây Ninh 1 ngày", "Myanmar chiêm bái 6 ngày",
         "Đất Thánh Israel 9 ngày", "Chùa Hương - Bái Đính 3 ngày"]
SAO = ["Thanh Long", "Minh Đường", "Kim Quỹ", "Thiên Đức", "Ngọc Đường", "Tư Mệnh"]
GIO = ["Tý (23h-1h)", "Sửu (1h-3h)", "Mão (5h-7h)", "Ngọ (11h-13h)", "Thân (15h-17h)", "Dậu (17h-19h)"]


def can_chi(y):
    return f"{CAN[y % 10]} {CHI[y % 12]}"


def phone(r):
    return r.choice(["0912", "0903", "0988", "0936", "0977", "0868"]) + f" {r.randint(100,999)} {r.randint(100,999)}"


# ---------------------------------------------------------------- builder
class B:
    def __init__(self, row, title, paras, rel, date, k):
        self.row, self.title, self.paras, self.rel, self.date, self.k = row, title, paras, rel, date, k
        self.r = R(row, "layout")
        self.e = []  # entries: ("u", line) | (kind, line) | ("body", [items])

    def u(self, s):
        self.e.append(("u", s))

    def f(self, kind, s):
        self.e.append((kind, s))

    def w(self, *ss):
        for s in ss:
            self.f("widget", s)

    # helpers ---------------------------------------------------------
    def author(self):
        return self.r.choice(AUTHORS)

    def photog(self):
        return self.r.choice(PHOTOGS)

    def dt(self, fmt):
        d = self.date
        return fmt.format(wd=WD[d.weekday()], d=d.day, m=d.month, y=d.year, dd=f"{d.day:02d}", mm=f"{d.month:02d}",
                          H=f"{d.hour:02d}", M=f"{d.minute:02d}")

    def lunar(self):
        r = self.r
        return f"ngày {r.randint(1, 29)} tháng {r.randint(1, 12)} năm {can_chi(self.date.year)}"

    def names(self):
        txt = " ".join(" ".join(p) for p in self.paras)
        W = r"[A-ZĐ][a-zà-ỹđ]+"
        ppl = re.findall(r"\b(ông|bà|Ông|Bà) (%s(?: %s){1,3})" % (W, W), txt)
        plc = re.findall(r"\b(?:tại|ở) ((?:tỉnh |huyện |xã |TP\.? ?)?%s(?: %s){1,2})" % (W, W), txt)
        return ppl, plc

    def story_caption(self):
        r = self.r
        ppl, plc = self.names()
        opts = []
        if ppl:
            h, x = r.choice(ppl)
            h = h.capitalize()
            opts += [f"{h} {x} trao đổi với phóng viên", f"{h} {x} (giữa) cùng các đại biểu",
                     f"Chân dung {h.lower()} {x}", f"{h} {x} tại buổi lễ"]
        if plc:
            x = r.choice(plc)
            opts += [f"Quang cảnh ở {x}"]
        if not opts:
            return r.choice(SCENES)
        return r.choice(opts)

    def related_items(self, n):
        r = R(self.row, "related")
        pool = [x for x in self.rel if norm(x[1]) != norm(self.title)]
        if not pool:
            return []
        return r.sample(pool, min(n, len(pool)))

    def relblock(self, heading, n, style):
        items = self.related_items(n)
        if not items:
            return
        if heading:
            self.w(heading)
        r = self.r
        if style == "joined":
            self.f("related", " | ".join(t for _, t, _ in items))
            return
        for i, (_, t, tz) in enumerate(items):
            if style == "bullet":
                self.f("related", f"- {t}")
            elif style == "num":
                self.f("related", f"{i + 1}. {t}")
            elif style == "dated":
                d = self.date - datetime.timedelta(days=r.randint(1, 40))
                self.f("related", f"{t} ({d.day:02d}/{d.month:02d}/{d.year})")
            elif style == "teaser":
                self.f("related", t)
                self.f("related", tz)
            elif style == "inline":
                self.f("related", f"{t} - {tz}")
            elif style == "plain":
                self.f("related", t)
            elif style == "arrow":
                self.f("related", f"> {t}")

    def xemthem(self, prefix="Xem thêm: "):
        it = self.related_items(1)
        if it:
            self.f("related", prefix + it[0][1])

    def story(self, mids, psize=(1, 3)):
        """Group sentences into paragraphs, insert furniture groups (callables) between paragraphs."""
        paras = self.paras
        slots = list(range(1, len(paras)))
        r = self.r
        r.shuffle(slots)
        at = {}
        for fn in mids:
            if not slots:
                break
            at.setdefault(slots.pop(), []).append(fn)
        for i, p in enumerate(paras):
            for fn in at.get(i, []):
                fn()
            self.e.append(("body", list(p)))

    # theme widgets -------------------------------------------------
    def lunar_box(self):
        r = self.r
        self.w(f"Âm lịch: {self.lunar()}", f"Ngày hoàng đạo - sao {r.choice(SAO)}",
               "Giờ hoàng đạo: " + ", ".join(r.sample(GIO, 3)))

    def horoscope(self, n=3):
        r = self.r
        self.w(f"Tử vi ngày {self.date.day}/{self.date.month}")
        for z in r.sample(ZODIAC, n):
            h = r.choice(HORO)
            self.w(f"{z}: {h[0].upper() + h[1:]}.")

    def quote(self, cat=None):
        qs = QUOTES if cat is None else [q for q in QUOTES if (("(" in q or "Cha" in q) == cat)]
        self.w(self.r.choice(qs))

    def donate(self):
        r = self.r
        t = r.choice(TEMPLES)
        self.w(f"Công đức xây dựng {t}",
               f"STK: {r.randint(1000,9999)} {r.randint(1000,9999)} {r.randint(1000,9999)} - {r.choice(BANKS)} - Chủ TK: {t[0].upper() + t[1:]}",
               f"Liên hệ ban hộ tự: {phone(r)}")

    def temple_box(self):
        r = self.r
        t = r.choice(TEMPLES)
        self.w(t[0].upper() + t[1:], f"Địa chỉ: số {r.randint(2, 400)} đường {r.choice(['Tịnh Tâm', 'Hoa Sen', 'Lạc Long Quân', 'Giác Ngộ', 'Bồ Đề', 'Nguyễn Văn Thánh'])}, {r.choice(['Q.3, TP.HCM', 'Ba Đình, Hà Nội', 'TP Huế', 'TP Đà Lạt', 'Q.Bình Thạnh, TP.HCM'])}",
               f"Giờ mở cửa: {r.choice(['5h00', '5h30', '6h00'])} - {r.choice(['20h00', '21h00', '21h30'])} hằng ngày")

    def schedule(self, cat=False):
        r = self.r
        self.w("Lịch lễ tuần này" if not cat else "Giờ lễ trong tuần")
        items = (["05:30 - Thánh lễ sáng", "17:30 - Thánh lễ chiều", "19:00 - Chầu Thánh Thể",
                  "Chúa nhật 07:00 - Thánh lễ thiếu nhi", "Thứ Bảy 18:00 - Lễ vọng Chúa nhật"] if cat else
                 ["05:00 - Công phu khuya", "09:00 - Khoá lễ cầu an", "15:00 - Giảng pháp cho Phật tử",
                  "19:30 - Tụng kinh Dược Sư", "20:00 - Thiền hành", "Rằm 08:00 - Lễ cúng dường Tam Bảo"])
        for x in r.sample(items, 3):
            self.w(x)

    def tour_ad(self):
        r = self.r
        self.w(f"Tour hành hương {r.choice(TOURS)} - khởi hành {r.randint(1, 28)}/{r.randint(1, 12)}, giá chỉ từ {r.randint(2, 45)}.{r.choice(['490', '900', '990'])}.000đ",
               f"Hotline đặt tour: {r.choice(['1900 6868', '1800 1599', '028 3822 1188'])}")

    def cap(self, credit_style="inline"):
        r = self.r
        c = self.story_caption() if r.random() < 0.6 else r.choice(SCENES)
        c = c.rstrip(".")
        if credit_style == "inline":
            self.f("caption", f"{c}. Ảnh: {self.photog()}")
        elif credit_style == "paren":
            self.f("caption", f"{c} (Ảnh: {self.photog()})")
        elif credit_style == "line":
            self.f("caption", c + ".")
            self.f("credit", f"Ảnh: {self.photog()}")
        elif credit_style == "none":
            self.f("caption", c)
        elif credit_style == "dash":
            self.f("caption", f"{c} - Ảnh: {self.photog()}")

    def img(self, credit_style="inline", mark=None):
        def fn():
            if mark:
                self.w(mark)
            self.cap(credit_style)
        return fn


# ---------------------------------------------------------------- layouts
def L00(b):  # Phật Sự Online
    b.w("Trang chủ | Tin tức | Phật giáo | Hoằng pháp | Văn hoá | Lịch âm", "Tin tức > Phật sự")
    b.u("PHẬT SỰ ONLINE")
    b.u(b.title)
    b.u(b.dt("{wd}, {dd}/{mm}/{y} - {H}:{M}"))
    b.story([b.img("inline"), lambda: b.quote(False)])
    b.f("byline", b.author().upper())
    b.w("Chia sẻ Facebook | Zalo | In bài")
    b.relblock("Bài cùng chuyên mục", 5, "bullet")
    b.w("© 2016 - 2019 Phật Sự Online. Ghi rõ nguồn khi phát hành lại.")


def L01(b):  # Giáo phận news
    b.u("Tin Mừng Hôm Nay")
    b.w("Giáo hội | Giáo phận | Phụng vụ | Suy niệm | Lịch Công giáo")
    b.u(b.title)
    b.f("byline", f"{b.r.choice(['Giuse', 'Maria', 'Phêrô', 'Anna'])} {b.author()}")
    b.u(b.dt("{dd}/{mm}/{y} {H}:{M}"))
    b.story([b.img("line"), lambda: b.schedule(True)])
    b.w("Lời Chúa hôm nay", b.r.choice([q for q in QUOTES if "(" in q]))
    b.relblock("Tin liên quan", 4, "dated")
    b.w("Liên hệ ban biên tập: bbt@tinmunghomnay.vn")


def L02(b):  # Lịch âm section of a general paper
    b.w("Thời sự | Kinh tế | Đời sống | Phong thuỷ | Tử vi | Thể thao", b.dt("Hôm nay: {wd}, {d}/{m}/{y}"))
    b.lunar_box()
    b.u(b.title)
    b.u(b.dt("{H}:{M} | {dd}/{mm}/{y}"))
    b.story([b.img("paren"), lambda: b.xemthem()])
    b.f("byline", " - ".join(b.r.sample(AUTHORS, 2)))
    b.horoscope(3)
    b.relblock("Đọc thêm", 4, "plain")
    b.u("Báo Đời Sống Việt")
    b.w("Giấy phép số 123/GP-BTTTT. Tổng biên tập: Nguyễn Văn Thịnh")


def L03(b):  # Chùa portal
    b.u("Cổng thông tin Chùa Long Vân")
    b.w("Giới thiệu | Pháp âm | Sự kiện | Khoá tu | Công đức | Liên hệ")
    b.w("Sự kiện")
    b.u(b.title)
    b.u(b.dt("Đăng ngày {dd}-{mm}-{y}"))
    b.w(f"Lượt xem: {b.r.randint(120, 9800)}")
    b.story([b.img("none", mark="[Hình ảnh]"), b.img("none")])
    b.f("byline", f"Ban Truyền thông {b.r.choice(TEMPLES)}")
    b.donate()
    b.temple_box()
    b.relblock("Các tin khác", 5, "arrow")


def L04(b):  # Festival portal
    b.u("Lễ Hội Việt")
    b.w("Lễ hội | Phong tục | Ẩm thực | Điểm đến | Lịch lễ hội 2019")
    b.u(b.title)
    b.u(b.dt("{d}/{m}/{y}"))
    b.f("byline", f"Bài và ảnh: {b.author()}")
    b.story([b.img("none"), b.img("none"), b.tour_ad])
    b.w(f"Tags: lễ hội, tâm linh, {b.r.choice(['Vu Lan', 'Tết Nguyên tiêu', 'Phật đản', 'Giáng sinh', 'hành hương'])}")
    b.relblock("Có thể bạn quan tâm", 3, "teaser")
    b.w("Bình luận (0)", "Gửi bình luận")


def L05(b):  # Feng-shui section
    b.u("Nhà Đẹp & Phong Thuỷ")
    b.w("Phong thuỷ > Tâm linh")
    b.u(b.title)
    b.f("byline", f"{b.author()} | {b.dt('{dd}/{mm}/{y}')}")
    b.story([lambda: b.w("QUẢNG CÁO"), b.img("dash")])
    b.f("credit", f"Nguồn: {b.r.choice(['Phong Thuỷ Tinh Hoa', 'Tạp chí Kiến Trúc Xanh', 'Báo Nhà Ở'])}")
    b.w("Bạn thấy bài viết thế nào?", "Hữu ích (12) | Không hữu ích (1)")
    b.relblock("Tin cùng chuyên mục", 6, "num")
    b.w(f"Tư vấn phong thuỷ miễn phí: {phone(b.r)}")


def L06(b):  # Horoscope daily page
    b.u("TỬ VI 365")
    b.w(b.dt("{wd}, ngày {d} tháng {m} năm {y}"), f"Âm lịch: {b.lunar()}")
    b.u(b.title)
    b.u(b.dt("Cập nhật lúc {H}:{M} ngày {dd}/{mm}/{y}"))
    b.story([lambda: b.horoscope(2)])
    b.f("byline", f"Chuyên gia {b.author()}")
    b.w("Nội dung mang tính tham khảo, chiêm nghiệm.")
    b.relblock("Xem nhiều", 5, "joined")


def L07(b):  # Buddhist magazine with author box
    b.w("Tạp chí Văn Hoá Phật Giáo > Đời sống")
    b.u(b.title)
    b.u(b.dt("{dd}/{mm}/{y}"))
    b.story([b.img("line"), lambda: b.quote(False), lambda: b.xemthem("Đọc thêm: ")])
    a = b.author()
    b.f("byline", a)
    b.f("byline", f"{a} là cộng tác viên thường xuyên của chuyên mục Đời sống Phật tử.")
    b.relblock("Bài viết cùng tác giả", 3, "bullet")
    b.u("Văn Hoá Phật Giáo")
    b.w("Mọi góp ý xin gửi về toasoan@vhpg-online.vn")


def L08(b):  # Catholic news with TTXVN-like signature on top
    b.u("Công Giáo Ngày Nay")
    b.w("Tin Giáo hội | Tin Giáo phận | Gia đình | Giới trẻ | Video")
    b.u(b.title)
    b.u(b.dt("{wd} {dd}/{mm}/{y} {H}:{M} (GMT+7)"))
    b.f("byline", "(CGNN) -")
    b.story([b.img("paren"), lambda: b.w("Video: Thánh lễ trực tuyến", "00:00 / 03:45")])
    b.f("byline", f"{b.author()} (tổng hợp)")
    b.w("Chia sẻ | Gửi email | Bản in")
    b.relblock("Các tin đã đăng", 5, "dated")


def L09(b):  # Pilgrimage travel site
    b.u("Hành Hương Travel")
    b.w("Tour trong nước | Tour nước ngoài | Cẩm nang | Tin tức", "Hotline: 1900 6868")
    b.u(b.title)
    b.u(b.dt("Ngày đăng: {dd}/{mm}/{y}"))
    b.story([b.tour_ad, b.img("none")])
    b.f("byline", f"Theo {b.r.choice(['Du Lịch Tâm Linh', 'Báo Hành Trình', 'Đất Việt Xưa'])}")
    b.tour_ad()
    b.relblock("Bài viết liên quan", 4, "inline")


def L10(b):  # General paper spirituality section, byline top caps
    b.w("ĐỜI SỐNG | TÂM LINH")
    b.u(b.title)
    b.f("byline", " - ".join(b.r.sample(AUTHORS, 2)).upper())
    b.u(b.dt("{wd}, {dd}/{mm}/{y}, {H}:{M}"))
    b.story([b.img("inline"), lambda: b.relblock("", 2, "arrow")])
    b.w("Từ khoá: tâm linh, lễ chùa, đầu năm")
    b.relblock("Bài cùng chuyên mục", 4, "plain")
    b.u("Báo Người Đô Thị Mới")


def L11(b):  # Lunar calendar portal
    b.u("Lịch Vạn Niên Online")
    b.w("Lịch âm | Đổi ngày âm dương | Ngày tốt xấu | Văn khấn | Tử vi")
    b.lunar_box()
    b.w(f"Tuổi xung: {can_chi(b.r.randint(1950, 2000))}, {can_chi(b.r.randint(1950, 2000))}")
    b.u(b.title)
    b.u(b.dt("{dd}/{mm}/{y}"))
    b.story([b.quote])
    b.w(f"Văn khấn gợi ý: {b.r.choice(['Văn khấn rằm tháng Giêng', 'Văn khấn mùng 1', 'Văn khấn Vu Lan', 'Văn khấn ông Táo'])}")
    b.relblock("Tin cùng chuyên mục", 5, "bullet")
    b.w("© Lịch Vạn Niên Online")


def L12(b):  # Temple news in Huế, photo gallery after the story
    b.u("Phật Giáo Cố Đô")
    b.w("Trang nhà > Tin tức > Phật sự trong nước")
    b.u(b.title)
    b.u(b.dt("{H}:{M} {dd}/{mm}/{y}"))
    b.story([b.img("paren")])
    b.f("byline", f"Tâm {b.r.choice(['Hoà', 'Thiện', 'Minh', 'Đức'])} - {b.author()}")
    b.w(f"Một số hình ảnh ghi nhận ({b.r.randint(6, 40)} ảnh):")
    for _ in range(b.r.randint(2, 3)):
        b.cap("none")
    b.f("credit", f"Ảnh: {b.photog()}")
    b.schedule()
    b.relblock("Tin khác", 4, "dated")


def L13(b):  # Youth festival news, many short paragraphs
    b.u("TUỔI XANH ONLINE")
    b.w("Mới nhất | Lễ hội | Văn hoá | Giới trẻ | Sống đẹp")
    b.u(b.title)
    b.w(f"{b.r.randint(5, 300)} bình luận")
    b.story([b.img("line"), lambda: b.xemthem(">> "), b.img("line")])
    b.f("byline", b.author())
    b.u(b.dt("{dd}/{mm}/{y} {H}:{M}"))
    b.w("Thích | Chia sẻ | Lưu bài")
    b.relblock("ĐỪNG BỎ LỠ", 3, "teaser")


def L14(b):  # Caodai / folk belief research site
    b.u("Tín Ngưỡng Dân Gian")
    b.u(b.title)
    b.u(b.dt("Ngày {d} tháng {m} năm {y}") + f" (nhằm {b.lunar()})")
    b.story([b.quote, b.img("dash")])
    b.f("byline", f"Nhà nghiên cứu {b.author()}")
    b.f("credit", "Nguồn: Tập san Văn hoá Tâm linh")
    b.w("Bài viết thể hiện quan điểm riêng của tác giả.")
    b.relblock("", 4, "joined")
    b.w("Trang chủ | Giới thiệu | Liên hệ")


def L15(b):  # News site with top donation banner and bottom sign-off "Theo X"
    b.w("Ủng hộ đồng bào vùng lũ - chung tay cùng Phật giáo Việt", "Đăng nhập | Đăng ký")
    b.u("Giác Tâm News")
    b.u(b.title)
    b.u(b.dt("{dd}/{mm}/{y}"))
    b.story([b.img("inline"), b.donate])
    b.f("byline", f"Theo {b.r.choice(['Phật Sự Online', 'Văn Hoá Phật Giáo', 'Giác Ngộ Trẻ'])}")
    b.relblock("Bài cùng chuyên mục", 5, "num")


def L16(b):  # Feng-shui column with Q&A style widgets
    b.u("Phong Thuỷ Tinh Hoa")
    b.w("Nhà ở | Văn phòng | Tử vi | Xem ngày | Hỏi đáp")
    b.u(b.title)
    b.f("byline", f"Thầy {b.author()}")
    b.u(b.dt("{wd}, {d}/{m}/{y}"))
    b.story([lambda: b.w(f"Hướng tốt hôm nay: {b.r.choice(['Đông Nam', 'Chính Bắc', 'Tây Nam', 'Chính Đông'])} | Màu may mắn: {b.r.choice(['đỏ', 'vàng', 'xanh lục', 'trắng'])}"), b.img("paren")])
    b.w("Đặt câu hỏi cho chuyên gia", f"Gọi ngay {phone(b.r)}")
    b.relblock("Xem thêm", 4, "arrow")


def L17(b):  # Photo-led festival report
    b.u("LỄ HỘI & ĐỜI SỐNG")
    b.u(b.title)
    b.u(b.dt("{dd}.{mm}.{y} | {H}:{M}"))
    b.w("[Ảnh đại diện]")
    b.cap("line")
    b.story([b.img("line"), b.img("line")])
    b.f("byline", f"Bài: {b.author()} - Ảnh: {b.photog()}")
    b.relblock("Tin ảnh khác", 3, "plain")
    b.w("Theo dõi chúng tôi trên Facebook")


def L18(b):  # Catholic parish bulletin
    b.u("Giáo Xứ An Lạc")
    b.w("Thông báo | Lịch lễ | Sinh hoạt | Bác ái | Hình ảnh")
    b.schedule(True)
    b.u(b.title)
    b.u(b.dt("Thứ {wd}, {dd}/{mm}/{y}").replace("Thứ Thứ", "Thứ").replace("Thứ Chủ", "Chủ"))
    b.story([lambda: b.quote(True), lambda: b.w("Quỹ bác ái giáo xứ: STK 7788 9900 1122 - Vietcombank", "Xin chân thành cảm ơn quý ân nhân.")])
    b.f("byline", f"{b.r.choice(['Giuse', 'Phaolô', 'Têrêsa', 'Maria'])} {b.author()} - Ban Truyền thông giáo xứ")
    b.relblock("Bài cùng chuyên mục", 4, "bullet")


def L19(b):  # Aggregator with header date + horoscope sidebar spilled after story
    b.w(b.dt("{wd}, {dd}/{mm}/{y}") + f" - Âm lịch: {b.lunar()}")
    b.u("Tâm Linh 24h")
    b.w("Trang chủ > Văn hoá > Tâm linh")
    b.u(b.title)
    b.u(b.dt("{dd}/{mm}/{y} {H}:{M}"))
    b.f("byline", f"{b.author()} (Tâm Linh 24h)")
    b.story([lambda: b.relblock("", 1, "bullet"), b.img("none")])
    b.w("Ý kiến của bạn", "Gửi")
    b.horoscope(4)
    b.relblock("Tin mới nhất", 5, "dated")
    b.w("Quảng cáo: " + b.r.choice(["Nhang trầm sạch An Nhiên - giao hàng toàn quốc", "Tượng Phật gỗ mít cao cấp - giảm 20%"]))


LAYOUTS = [L00, L01, L02, L03, L04, L05, L06, L07, L08, L09, L10, L11, L12, L13, L14, L15, L16, L17, L18, L19]
LNAMES = ["phatsu", "tinmung", "doisong_lich", "chua_longvan", "lehoiviet", "nhadep_pt", "tuvi365", "vhpg_mag",
          "cgnn", "hanhhuong_travel", "ndt_tamlinh", "lichvannien", "pg_codo", "tuoixanh", "tinnguong",
          "giactam", "pt_tinhhoa", "lehoi_doisong", "gx_anlac", "tamlinh24h"]
PSIZE = [(2, 3), (1, 2), (2, 4), (1, 3), (1, 2), (2, 3), (1, 2), (3, 4), (1, 3), (2, 3),
         (1, 2), (2, 3), (1, 3), (1, 1), (3, 4), (2, 3), (1, 2), (1, 2), (2, 4), (1, 3)]


# ---------------------------------------------------------------- faults
def with_nbsp(s, r):
    idx = [i for i, c in enumerate(s) if c == " "]
    if not idx:
        return s
    ch = set(r.sample(idx, max(1, len(idx) // 4)))
    return "".join("\u00a0" if i in ch else c for i, c in enumerate(s))


def with_zw(s, r):
    words = [m.start() for m in re.finditer(r"\w{4,}", s)]
    if not words:
        return s
    p = r.choice(words) + 2
    return s[:p] + "\u200b" + s[p:]


def with_dbl(s, r):
    idx = [i for i, c in enumerate(s) if c == " "]
    if not idx:
        return s
    p = r.choice(idx)
    return s[:p] + " " + s[p:]


def apply_faults(entries, row):
    r = R(row, "faults")
    if r.random() >= 0.26:
        return entries, []
    faults = r.sample(["nbsp", "zwsp", "dblspace", "glue", "nfd"], r.choice([1, 1, 2]))
    out = [(k, list(v) if k == "body" else v) for k, v in entries]
    for fl in faults:
        if fl == "glue":
            cands = [i for i, (k, v) in enumerate(out) if k == "body" and len(v) >= 2 and v[0].endswith(".")]
            if not cands:
                continue
            i = r.choice(cands)
            v = out[i][1]
            out[i] = ("body", [v[0] + v[1]] + v[2:])
            continue
        if fl == "nfd":
            continue
        fn = {"nbsp": with_nbsp, "zwsp": with_zw, "dblspace": with_dbl}[fl]
        cands = list(range(len(out)))
        for i in r.sample(cands, max(1, len(cands) // 5)):
            k, v = out[i]
            if k == "body":
                j = r.randrange(len(v))
                v[j] = fn(v[j], r)
            else:
                out[i] = (k, fn(v, r))
    if "nfd" in faults:
        out = [(k, [unicodedata.normalize("NFD", x) for x in v] if k == "body" else unicodedata.normalize("NFD", v))
               for k, v in out]
    return out, sorted(faults)


# ---------------------------------------------------------------- assembly + contract
def check(text, body, furniture):
    lines = text.split("\n")
    bi = fi = 0
    unl = []
    for ln in lines:
        if not ln or ln != ln.strip():
            raise ValueError("blank or unstripped line")
        if fi < len(furniture) and furniture[fi][1] == ln:
            if furniture[fi][0] not in KINDS:
                raise ValueError("bad kind")
            fi += 1
            continue
        ok = False
        for n in range(1, 5):
            if bi + n <= len(body) and " ".join(body[bi:bi + n]) == ln:
                bi += n
                ok = True
                break
        if ok:
            continue
        if ln in unl or len(unl) >= 3:
            raise ValueError(f"unexpected line: {ln[:80]}")
        unl.append(ln)
    if bi != len(body) or fi != len(furniture):
        raise ValueError("walk did not consume body/furniture")
    bset = {norm(x) for x in body}
    for _, ln in furniture:
        if norm(ln) in bset:
            raise ValueError("furniture equals body sentence")
    for ln in unl:
        if norm(ln) in bset:
            raise ValueError("unlabelled equals body sentence")
    if len(body) < 3:
        raise ValueError("too few body items")
    for x in body:
        if x not in text:
            raise ValueError("body item not in text")


def build_page(k, row, title, article, rel):
    title = detok(title)
    sents = story_sentences(title, article)
    if len(sents) < 3:
        return None
    li = k % 20
    lo, hi = PSIZE[li]
    rp = R(row, "paras")
    paras, i = [], 0
    while i < len(sents):
        n = rp.randint(lo, hi)
        paras.append(sents[i:i + n])
        i += n
    rd = R(row, "date")
    date = datetime.datetime(2016, 1, 1) + datetime.timedelta(days=rd.randint(0, 4 * 365), minutes=rd.randint(300, 1380))
    b = B(row, title, paras, rel, date, k)
    LAYOUTS[li](b)
    # drop furniture colliding with body / title (related)
    bset = {norm(x) for p in paras for x in p}
    tnorm = norm(title)
    ents, seen_u = [], set()
    for kind, v in b.e:
        if kind == "body":
            ents.append((kind, v))
            continue
        v = re.sub(r"\s+", " ", v).strip()
        if not v or norm(v) in bset or (kind == "related" and norm(v) == tnorm):
            continue
        if kind == "u":
            if v in seen_u:
                kind = "widget"
            seen_u.add(v)
        ents.append((kind, v))
    ents, faults = apply_faults(ents, row)
    lines, body, furn = [], [], []
    for kind, v in ents:
        if kind == "body":
            body.extend(v)
            lines.append(" ".join(v))
        elif kind == "u":
            lines.append(v)
        else:
            lines.append(v)
            furn.append((kind, v))
    text = "\n".join(lines)
    check(text, body, furn)
    p = Page(text, body, furn, LNAMES[li])
    return p, faults


_FAULTS = {}


def pages(path):
    body_rows, rel = read_rows(path)
    out = []
    for k, (row, t, a) in enumerate(body_rows):
        res = build_page(k, row, t, a, rel)
        if res is None:
            continue
        p, faults = res
        _FAULTS[id(p)] = faults
        out.append(p)
    return out


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data/vietnews_train.jsonl.gz"
    ps = pages(path)
    cols = ["pages", "body"] + list(KINDS) + ["faults"]
    tab = {}
    for p in ps:
        t = tab.setdefault(p.layout, dict.fromkeys(cols, 0))
        t["pages"] += 1
        t["body"] += len(p.body)
        for kd, _ in p.furniture:
            t[kd] += 1
        t["faults"] += 1 if _FAULTS.get(id(p)) else 0
    print(f"{'layout':18s}" + "".join(f"{c:>9s}" for c in cols))
    tot = dict.fromkeys(cols, 0)
    for name in LNAMES:
        if name in tab:
            print(f"{name:18s}" + "".join(f"{tab[name][c]:9d}" for c in cols))
            for c in cols:
                tot[c] += tab[name][c]
    print(f"{'TOTAL':18s}" + "".join(f"{tot[c]:9d}" for c in cols))


if __name__ == "__main__":
    main()
