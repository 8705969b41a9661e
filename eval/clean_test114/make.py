#!/usr/bin/env python3
"""Held-out evaluation set test114: news aggregators and mobile reader views.

Builds labelled scraped pages of invented Vietnamese news-aggregator apps, AMP/mobile
copies, reader-mode copies, push-notification landing pages and Zalo/Facebook in-app
views.  Story text comes from VietNews rows; everything else is invented furniture.

Usage: python3 make.py /work/shared/data/vietnews_train.jsonl.gz
Standard library only.
"""
import gzip
import json
import pathlib
import random
import re
import sys
import unicodedata
from typing import List, NamedTuple, Tuple

SETNAME = "test114"
SEED = 11429
BODY_ROWS = range(10_300, 10_400)
RELATED_ROWS = range(10_400, 10_500)
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
    """Stream the file once; return (body_rows, related_rows) of usable rows."""
    body, related = [], []
    last = max(BODY_ROWS.stop, RELATED_ROWS.stop) - 1
    first = min(BODY_ROWS.start, RELATED_ROWS.start)
    with gzip.open(str(path), "rb") as fh:
        for i, raw in enumerate(fh):
            if i > last:
                break
            if i < first:
                continue
            if not raw.strip():
                continue
            try:
                obj = json.loads(raw.decode("utf-8", errors="replace"))
            except ValueError:
                continue
            if not isinstance(obj, dict):
                continue
            t, a = obj.get("title"), obj.get("article")
            if not isinstance(t, str) or not isinstance(a, str):
                continue
            if not t.strip() or not a.strip():
                continue
            if i in BODY_ROWS:
                body.append((i, t, a))
            elif i in RELATED_ROWS:
                related.append((i, t, a[:1200]))
    return body, related


# ---------------------------------------------------------------- story text

def detok(s):
    s = s.replace("_", " ")
    s = re.sub(r"\s+", " ", s).strip()
    parts = s.split('"')
    if len(parts) % 2 == 1 and len(parts) > 1:
        for j in range(1, len(parts), 2):
            parts[j] = parts[j].strip()
        s = '"'.join(parts)
    s = re.sub(r"\b([A-Z]) ' ([A-Z])", r"\1'\2", s)  # O ' Hare -> O'Hare
    s = re.sub(r"(^|\s)'\s+([^'\n]{1,80}?)\s+'(?=[\s,.;:!?)]|$)", r"\1'\2'", s)
    s = re.sub(r"\s+([,.;:!?%…])", r"\1", s)
    s = re.sub(r"([(\[“‘])\s+", r"\1", s)
    s = re.sub(r"\s+([)\]”’])", r"\1", s)
    s = re.sub(r"(\S) / (\S)", r"\1/\2", s)
    s = re.sub(r"\s+", " ", s).strip()
    return s


ABBR = {"tp", "ts", "gs", "pgs", "ths", "bs", "q", "p", "th", "mr", "mrs", "ms", "dr",
        "st", "no", "tt", "ks", "ls", "nxb", "co", "inc", "ltd", "vs", "tr", "đ", "ngs", "cn"}


def split_sentences(text):
    out, start, n = [], 0, len(text)
    i = 0
    while i < n:
        c = text[i]
        if c in ".!?…":
            j = i + 1
            while j < n and text[j] in ".!?…":
                j += 1
            while j < n and text[j] in "\"”’')]":
                j += 1
            if j < n and text[j] == " ":
                k = j + 1
                while k < n and text[k] in "\"“‘'([":
                    k += 1
                if k < n and (text[k].isupper() or text[k].isdigit()):
                    ok = True
                    if c == ".":
                        m = re.search(r"(\S+)$", text[start:i])
                        tok = m.group(1) if m else ""
                        tokc = tok.lstrip("\"“‘'([")
                        if tokc.lower() in ABBR:
                            ok = False
                        elif len(tokc) == 1 and tokc.isalpha():
                            ok = False
                        elif "." in tokc and re.fullmatch(r"(?:\w\.)+\w?", tokc):
                            ok = False
                    if ok:
                        out.append(text[start:j].strip())
                        start = j + 1
                        i = j
                        continue
            i = j
            continue
        i += 1
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return [s for s in out if s]


CAPTION_MARKS = ["ảnh:", "(ảnh", "video:", "clip:", "minh hoạ", "minh họa", "(trái)", "(phải)",
                 "(giữa)", "nguồn:", "đồ hoạ", "đồ họa", "ảnh chụp", "ảnh minh", "infographic",
                 "photo:", "(ảnh:", "ảnh :", "bấm để xem", "xem video", "clip :"]
REPORT = ["nói", "cho biết", "cho hay", "khẳng định", "chia sẻ", "tuyên bố", "thông báo",
          "cho rằng", "nhấn mạnh", "xác nhận", "tiết lộ", "giải thích", "kể lại",
          "viết", "đề nghị", "thừa nhận", "bác bỏ", "dẫn lời", "trả lời", "nhận định",
          "bày tỏ", "lưu ý", "khuyến cáo", "ước tính", "báo cáo", "đưa tin", "công bố",
          "cảnh báo", "kêu gọi", "yêu cầu", "nêu rõ", "phủ nhận", "tâm sự", "nhớ lại", "hỏi"]
CONNECTIVES = ["tuy nhiên", "trong khi đó", "ngoài ra", "bên cạnh đó", "sau đó", "do đó",
               "vì vậy", "vì thế", "trước đó", "đồng thời", "thay vào đó", "mặc dù", "dù vậy",
               "trước đây", "ngay sau đó", "cũng theo", "đáng chú ý", "trong đó", "đặc biệt",
               "như vậy", "song", "nhưng", "tương tự", "trong khi", "theo", "cùng ngày",
               "hiện nay", "hiện tại", "do vậy", "bởi vậy", "không chỉ", "thêm vào đó",
               "mặt khác", "kết quả", "cuối cùng", "trước tình hình", "cùng với", "ngoài việc"]


def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = re.sub("[\u200b\u200c\u200d\u2060\ufeff]", "", s)
    s = re.sub(r"\s+", "", s)
    return s.casefold()


def has_word(low, phrase):
    return re.search(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", low) is not None


ATTRIB = re.compile(r"(?<!\w)theo (?:[A-ZĐ]|ông |bà |anh |chị |các |nhiều |một |giới |người |cơ quan |lời )")


def keep_sentence(s, title_n, seen, first=False):
    low = s.lower()
    if any(m.group(1).isupper() and m.group(2).islower()
           for m in re.finditer(r"[^\W\d_)\"]\.(\w)(\w)", s) if m.group(0)[0].islower() or m.group(0)[0] in ')"'):
        return False  # source text glued without a space: often a swallowed caption
    if re.search(r"(?<!\w)(?:hôm|ngày|sáng|trưa|chiều|tối|đêm) \d{1,2}/\d{1,2}(?:/\d{4})? [A-ZĐ]", s):
        return False  # "... hôm 4/7 Bệnh viện ...": a caption swallowed into the next sentence
    if any(m in low for m in CAPTION_MARKS):
        return False
    if any(ch in s for ch in "|•»«"):
        return False
    if s.count('"') % 2 or s.count("(") != s.count(")") or s.count("[") != s.count("]"):
        return False
    if s.count("“") != s.count("”") or s.count("'") % 2:
        return False
    if not re.search(r"[.!?…][\"”’')\]]*$", s):
        return False
    if re.search(r"[.!?…\"”)]\s+[Tt]heo\s+\S.{0,60}$", s):
        return False
    words = s.split()
    if any(":" in w for w in words[:6]):
        return False
    ch0 = next((ch for ch in s if ch.isalnum()), "")
    if not ch0 or ch0.islower():
        return False
    if len(words) < 8 or len(words) > 110:
        return False
    ns = norm(s)
    if ns in seen or ns == title_n:
        return False
    short = len(words) <= 22 or (len(words) <= 30 and "," not in s)
    if short:
        lowc = low.lstrip("\"“‘' ")
        if first and '"' not in s:
            return False  # a short opening line is usually the lead photo's caption
        ok = any(has_word(low, v) for v in REPORT) or ATTRIB.search(s) is not None or \
            any(lowc.startswith(c + " ") or lowc.startswith(c + ",") for c in CONNECTIVES)
        if not ok:
            return False
    seen.add(ns)
    return True


def story_sentences(title, article):
    t = detok(title)
    seen, out = set(), []
    tn = norm(t)
    for j, s in enumerate(split_sentences(detok(article))):
        if keep_sentence(s, tn, seen, first=(j == 0)):
            out.append(s)
    return t, out


def teaser_of(title, article):
    """First sentence of the related story that passes the same story filter."""
    _, good = story_sentences(title, article)
    good = [g for g in good if not g.endswith("…")]
    if not good:
        return None
    s = good[0]
    if len(s) > 170:
        cut = s[:165].rsplit(" ", 1)[0].rstrip(",;:")
        s = cut + "…"
    return s


# ---------------------------------------------------------------- invented world

OUTLETS = ["Báo Sông Thu", "Thời báo Hòn Ngọc", "Báo Cửu Long Mới", "Tin Tức Ánh Dương",
           "Báo Điện tử Trường Giang", "Báo Hải Âu", "Sứ Giả Tin Tức", "Báo Lá Đỏ",
           "Mây Trắng Online", "Thời báo Sao Khuê", "Nhịp Phố Online", "Báo Cánh Buồm",
           "Nhật báo Bến Nghé Mới", "Tạp chí Phương Nam Số", "Báo Gió Nồm", "Thời sự Lam Sơn Mới",
           "Báo Phố Hội", "Người Kinh Kỳ", "Tin Tây Bắc Online", "Báo Sen Hồng"]
DOMAINS = {o: re.sub(r"[^a-z0-9]", "", unicodedata.normalize("NFD", o.lower().replace("đ", "d"))
                     .encode("ascii", "ignore").decode()) + ".vn" for o in OUTLETS}
SURN = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Phan"]
MID = ["Văn", "Thị", "Minh", "Thanh", "Quốc", "Hữu", "Ngọc", "Đức", "Thu", "Hải", "Gia", "Bảo"]
GIVEN = ["An", "Khôi", "Trang", "Hùng", "Lan", "Tùng", "Hạnh", "Phong", "Vy", "Nam", "Linh", "Quân",
         "Thảo", "Dũng", "Mai", "Sơn", "Hà", "Tâm", "Yến", "Long", "Nhi", "Khoa", "Ngân", "Hiếu"]
WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]

SECTIONS = {
    "Thế giới": ["Mỹ", "Trung Quốc", "Triều Tiên", "Nga", "Iran", "Nhật Bản", "Hàn Quốc", "Tổng thống",
                 "Thủ tướng", "châu Âu", "Ngoại trưởng", "quốc tế", "Syria", "Australia"],
    "Kinh doanh": ["USD", "giá cả", "tăng giá", "doanh nghiệp", "ngân hàng", "cổ phiếu", "thị trường", "tỷ đồng",
                   "kinh tế", "thuế", "xuất khẩu", "đầu tư"],
    "Pháp luật": ["công an", "khởi tố", "tòa", "toà", "nghi phạm", "tạm giữ", "điều tra", "bị can",
                  "lừa đảo", "bắt giữ", "xét xử", "bản án"],
    "Thể thao": ["bóng đá", "trận", "HLV", "cầu thủ", "giải", "đội tuyển", "bàn thắng", "World Cup"],
    "Sức khỏe": ["bệnh viện", "bác sĩ", "bệnh nhân", "ung thư", "điều trị", "sức khỏe", "sức khoẻ"],
    "Giáo dục": ["học sinh", "sinh viên", "giáo viên", "kỳ thi", "trường học", "đại học"],
    "Giao thông": ["tai nạn", "tài xế", "xe buýt", "ôtô", "ô tô", "giao thông", "cao tốc"],
}
SCENES = {
    "Thế giới": ["Quang cảnh một cuộc họp báo về tình hình khu vực.",
                 "Người dân theo dõi bản tin thời sự quốc tế trên màn hình lớn.",
                 "Lực lượng an ninh được tăng cường quanh khu vực diễn ra hội đàm.",
                 "Các phóng viên chờ đợi bên ngoài toà nhà chính phủ."],
    "Kinh doanh": ["Khách hàng giao dịch tại một quầy ngân hàng.",
                   "Hàng hoá được bày bán tại một siêu thị trong ngày cuối tuần.",
                   "Công nhân làm việc trong một nhà máy sản xuất.",
                   "Container xếp hàng chờ xuất khẩu tại cảng."],
    "Pháp luật": ["Lực lượng chức năng có mặt tại hiện trường vụ việc.",
                  "Cơ quan điều tra thu giữ nhiều tang vật liên quan.",
                  "Quang cảnh phiên xét xử."],
    "Thể thao": ["Các cầu thủ ăn mừng sau bàn thắng.", "Khán giả cổ vũ trên khán đài.",
                 "Buổi tập của đội bóng trước trận đấu."],
    "Sức khỏe": ["Bác sĩ thăm khám cho bệnh nhân.", "Người dân xếp hàng chờ khám bệnh.",
                 "Một ca phẫu thuật tại bệnh viện."],
    "Giáo dục": ["Học sinh trong giờ học.", "Thí sinh làm thủ tục dự thi.",
                 "Sinh viên trao đổi trong khuôn viên trường."],
    "Giao thông": ["Hiện trường vụ tai nạn.", "Phương tiện ùn ứ trên tuyến đường giờ cao điểm.",
                   "Lực lượng cứu hộ làm việc tại hiện trường."],
    "Xã hội": ["Người dân đi lại trên tuyến phố trung tâm.", "Toàn cảnh khu vực xảy ra sự việc.",
               "Người dân theo dõi thông tin trên điện thoại."],
}
COMMENTS = ["Thông tin hữu ích, cảm ơn báo.", "Mong cơ quan chức năng sớm vào cuộc.",
            "Đọc mà thấy lo quá.", "Bài viết rất hay, chia sẻ cho mọi người cùng biết.",
            "Không biết rồi sẽ đi đến đâu.", "Hy vọng mọi việc sẽ sớm ổn thỏa.",
            "Tin này mới thật sự đáng quan tâm.", "Cập nhật thêm thông tin nhé admin."]


class Ctx:
    def __init__(self, row, k, title, sents, related_pool, art):
        self.row, self.k, self.title = row, k, title
        self.r = R(row, "layout")
        self.outlet = R(row, "outlet").choice(OUTLETS)
        self.domain = DOMAINS[self.outlet]
        dr = R(row, "date")
        self.Y, self.M = dr.randint(2016, 2019), dr.randint(1, 12)
        self.D, self.h, self.mi = dr.randint(1, 28), dr.randint(6, 22), dr.randint(0, 59)
        import datetime
        self.wd = WEEKDAYS[datetime.date(self.Y, self.M, self.D).weekday()]
        self.wd_next = WEEKDAYS[(datetime.date(self.Y, self.M, self.D).weekday() + 1) % 7]
        self.sents = sents
        self.body_norms = {norm(s) for s in sents}
        low = (title + " " + art[:2000])
        best, sec = 0, "Xã hội"
        for name, kws in SECTIONS.items():
            c = sum(len(re.findall(r"(?<!\w)" + re.escape(kw) + r"(?!\w)", low)) for kw in kws)
            if c > best:
                best, sec = c, name
        self.section = sec
        self.related_pool = related_pool
        self.ar = R(row, "authors")
        self.cr = R(row, "captions")
        self.rr = R(row, "related")
        self.ents = self._entities()
        self.used_caps = set()

    # --- names, dates
    def author(self, full=False):
        a = self.ar
        if full or a.random() < 0.5:
            return f"{a.choice(SURN)} {a.choice(MID)} {a.choice(GIVEN)}"
        return f"{a.choice(MID)} {a.choice(GIVEN)}"

    def date(self, fmt):
        v = dict(d=self.D, m=self.M, Y=self.Y, dd=f"{self.D:02d}", mm=f"{self.M:02d}",
                 H=f"{self.h:02d}", Mi=f"{self.mi:02d}", wd=self.wd)
        return fmt.format(**v)

    # --- captions
    def _entities(self):
        people, places = [], []
        for s in self.sents:
            w = s.split()
            for i in range(len(w) - 1):
                lw = w[i].lower().strip("\"“(")
                if lw in ("ông", "bà") or lw in ("tại", "ở"):
                    name = []
                    for x in w[i + 1:i + 5]:
                        xs = x.strip(",.;:!?\"”“()")
                        if xs and xs[0].isupper() and xs.replace("-", "").isalpha():
                            name.append(xs)
                            if xs != x:
                                break
                        else:
                            break
                    if not name:
                        continue
                    nm = " ".join(name)
                    if lw in ("ông", "bà"):
                        if len(name) <= 4:
                            people.append((lw, nm))
                    else:
                        places.append(nm)
        return people, places

    def caption(self):
        people, places = self.ents
        c = self.cr
        opts = []
        for who, nm in people[:4]:
            W = who.capitalize()
            opts += [f"{W} {nm} trong một lần trả lời báo chí.", f"{W} {nm} tại một sự kiện gần đây.",
                     f"Chân dung {who} {nm}."]
        for pl in places[:4]:
            opts += [f"Quang cảnh tại {pl}.", f"Một góc {pl} nhìn từ trên cao."]
        opts += SCENES[self.section] + SCENES[self.section]
        for _ in range(20):
            x = c.choice(opts)
            if x not in self.used_caps and norm(x) not in self.body_norms and norm(x) != norm(self.title):
                self.used_caps.add(x)
                return x
        return "Hình ảnh được ghi lại tại hiện trường."

    def photog(self):
        c = self.cr.random()
        if c < 0.15:
            return "Tư liệu"
        if c < 0.25:
            return self.outlet
        return self.author()

    # --- related
    def related(self, n):
        out, seen = [], {norm(self.title)} | self.body_norms
        pool = list(self.related_pool)
        self.rr.shuffle(pool)
        for row, t, a in pool:
            if len(out) >= n:
                break
            h = detok(t)
            te = teaser_of(t, a)
            if norm(h) in seen:
                continue
            if te and norm(te) in seen:
                te = None
            seen.add(norm(h))
            if te:
                seen.add(norm(te))
            rd = R(row, f"reldate{self.row}")
            out.append(dict(h=h, t=te, o=rd.choice(OUTLETS), ago=rd.randint(1, 23),
                            d=max(1, self.D - rd.randint(0, 3)), m=self.M, Y=self.Y))
        return out

    def paras(self, lo, hi):
        items, out, i = self.items, [], 0
        pr = R(self.row, "paras")
        while i < len(items):
            n = pr.randint(lo, hi)
            out.append(items[i:i + n])
            i += n
        return out


# helpers producing entries
def W(x): return ("widget", x)
def BY(x): return ("byline", x)
def CR(x): return ("credit", x)
def CA(x): return ("caption", x)
def RE(x): return ("related", x)
def T(x): return ("title", x)
def D(x): return ("date", x)
def S(x): return ("site", x)


def weave(ps, inserts):
    """ps: list of paragraphs; inserts: {para_index: [entries]} placed after that paragraph."""
    out = []
    for i, p in enumerate(ps):
        out.append(("body", p))
        for e in inserts.get(i, []):
            out.append(e)
    return out


def mid(ctx, ps, frac=0.4):
    if len(ps) <= 1:
        return 0
    return max(0, min(len(ps) - 2, int(len(ps) * frac)))


def ago(x):
    return f"{x['ago']} giờ trước"


# ---------------------------------------------------------------- layouts

def L_luottin(c):
    ps = c.paras(1, 3)
    rel = c.related(c.r.randint(3, 5))
    e = [W("Lướt Tin - Đọc báo nhanh, tiết kiệm 3G"), W("Mở trong ứng dụng"), S("Lướt Tin"),
         W(c.section), T(c.title), W(f"{c.outlet} · {c.r.randint(1, 9)} giờ trước"),
         D(c.date("{dd}/{mm}/{Y} {H}:{Mi}"))]
    ins = {0: [CA(c.caption())]}
    if len(ps) > 3:
        ins[mid(c, ps, 0.6)] = ins.get(mid(c, ps, 0.6), []) + [CA(c.caption())]
    e += weave(ps, ins)
    e += [BY(f"Theo {c.outlet}"), W("Xem bài gốc")]
    if rel:
        e += [W("Tin liên quan")] + [RE("• " + x["h"]) for x in rel]
    e += [W("Thích · Bình luận · Chia sẻ")]
    return e


def L_songhong_amp(c):
    ps = c.paras(2, 3)
    rel = c.related(4)
    site = "Sông Hồng Online"
    e = [W("☰"), S(site), W(f"{c.section} › Tin tức"), T(c.title),
         D(c.date("{wd}, {dd}/{mm}/{Y} - {H}:{Mi}")), BY(c.author(True))]
    ins = {0: [CA(c.caption()), CR("Ảnh: " + c.photog())]}
    if rel and len(ps) > 2:
        ins[mid(c, ps, 0.5)] = ins.get(mid(c, ps, 0.5), []) + [RE("Xem thêm: " + rel[0]["h"])]
    e += weave(ps, ins)
    e += [W("Chia sẻ: Facebook · Zalo · Sao chép liên kết")]
    if len(rel) > 1:
        e += [W("Tin cùng chuyên mục")] + [RE(f"{x['h']} ({x['d']:02d}/{x['m']:02d})") for x in rel[1:]]
    e += [W("Xem phiên bản đầy đủ"), W(f"© {c.Y} {site}. Giấy phép số {c.r.randint(100, 480)}/GP-BTTTT")]
    return e


def L_reader(c):
    ps = c.paras(2, 4)
    e = [S(c.domain), T(c.title), BY(c.author(True)), D(c.date("{d} tháng {m}, {Y}")),
         W(f"Thời gian đọc: {max(2, len(c.items) // 3)} phút")]
    ins = {}
    if len(ps) > 1:
        ins[0] = [CA(f"{c.caption()} (Ảnh: {c.photog()})")]
    e += weave(ps, ins)
    slug = c.r.randint(100000, 999999)
    e += [CR(f"Nguồn: https://{c.domain}/{c.section.lower().replace(' ', '-')}-{slug}.html")]
    return e


def L_push(c):
    ps = c.paras(1, 2)
    rel = c.related(c.r.randint(3, 4))
    app = "Tin Nóng 24/7"
    e = [W(f"🔔 Thông báo từ {app}"), W(f"Bạn nhận được tin này vì đã bật thông báo mục {c.section}"),
         S(app), W("TIN NÓNG"), T(c.title), D(c.date("{H}:{Mi} {dd}/{mm}/{Y}"))]
    ins = {}
    if len(ps) > 2:
        ins[1] = [W("Đọc tiếp ▼")]
    ins.setdefault(0, []).insert(0, CA(c.caption()))
    e += weave(ps, ins)
    nm = c.author(True).upper()
    e += [BY(nm), W("Tắt thông báo mục này")]
    if rel:
        e += [W("Có thể bạn quan tâm")] + [RE(f"{i}. {x['h']}") for i, x in enumerate(rel, 1)]
    return e


def L_zalo_oa(c):
    ps = c.paras(1, 3)
    rel = c.related(3)
    e = [W("← Đóng"), S(c.outlet), W(f"Tài khoản chính thức · {c.r.randint(2, 98)}0.{c.r.randint(1, 9)}00 người quan tâm"),
         W("Quan tâm"), T(c.title), D(c.date("{dd}/{mm}/{Y}"))]
    ins = {0: [CA(f"{c.caption()} (Ảnh: {c.photog()})")]}
    e += weave(ps, ins)
    e += [W("Xem bài viết gốc"), W("Chia sẻ lên Nhật ký"), W("Gửi cho bạn bè")]
    if rel:
        e += [W(f"Bài viết khác từ {c.outlet}")] + [RE(x["h"]) for x in rel]
    return e


def L_fb_instant(c):
    ps = c.paras(1, 2)
    rel = c.related(3)
    e = [S(c.outlet), T(c.title), BY("Bởi " + c.author(True)), D(c.date("{d} tháng {m} {Y}"))]
    ins = {0: [CA(c.caption())]}
    if len(ps) > 3:
        k = mid(c, ps, 0.7)
        ins[k] = ins.get(k, []) + [CA(c.caption()), CR("Ảnh: " + c.photog())]
    e += weave(ps, ins)
    e += [W(f"Thích trang {c.outlet} để đọc thêm tin mới"), W("👍 Thích · 💬 Bình luận · ↗ Chia sẻ")]
    if rel:
        e += [W("Bài viết liên quan")]
        for x in rel:
            e.append(RE(f"{x['h']} — {x['t']}" if x["t"] else x["h"]))
    return e


def L_docgi(c):
    ps = c.paras(2, 3)
    rel = c.related(c.r.randint(4, 6))
    e = [S("Đọc Gì"), W("Mới nhất | Nóng | Video | Bóng đá | Giải trí"), T(c.title),
         CR("Nguồn: " + c.outlet), D(c.date("{dd}/{mm}/{Y} {H}:{Mi}"))]
    ins = {}
    if len(ps) > 2:
        ins[mid(c, ps)] = [W("Quảng cáo")]
    ins.setdefault(0, []).append(CA(c.caption()))
    e += weave(ps, ins)
    if rel:
        e += [W("Tin liên quan")] + [RE(f"{x['h']} - {x['o']} - {ago(x)}") for x in rel]
    e += [W("Về trang chủ Đọc Gì")]
    return e


def L_mobile_site(c):
    ps = c.paras(1, 3)
    rel = c.related(4)
    e = [S(c.outlet), W(f"{c.wd_next}, {c.D + 1:02d}/{c.M:02d}/{c.Y}"), W(f"Trang chủ / {c.section}"),
         T(c.title), D(c.date("{dd}/{mm}/{Y} | {H}:{Mi}")), W("A- A+")]
    ins = {0: [CA(c.caption()), CR("Ảnh: " + c.photog())]}
    e += weave(ps, ins)
    e += [BY(f"{c.author()} - {c.author()}")]
    tags = [w for w in re.findall(r"\w+(?: \w+)?", c.section)] + [c.ents[1][0]] if c.ents[1] else [c.section]
    e += [W("Từ khoá: " + ", ".join(dict.fromkeys(tags)))]
    if rel:
        e += [W("Tin mới hơn")] + [RE(f"- {x['h']} ({x['d']:02d}/{x['m']:02d})") for x in rel]
    return e


def L_video60(c):
    ps = c.paras(1, 2)
    rel = c.related(3)
    e = [S("Tin Video 60s"), T(c.title), W(f"▶ 0{c.r.randint(1, 4)}:{c.r.randint(10, 59)}"),
         CA(c.caption()), CR("Video: " + c.author(True)), D(c.date("Cập nhật {H}:{Mi} {dd}/{mm}/{Y}"))]
    e += weave(ps, {})
    if rel:
        e += [W("Xem thêm video")] + [RE("▶ " + x["h"]) for x in rel]
    e += [W(f"Bình luận ({c.r.randint(0, 80)}) | Chia sẻ")]
    return e


def L_baotui(c):
    ps = c.paras(2, 4)
    rel = c.related(c.r.randint(3, 5))
    e = [S("Báo Túi"), W("Tin mới nhất | Nóng | Bóng đá | Sao"), T(c.title), BY("Theo " + c.outlet),
         D(c.date("{dd}/{mm}/{Y} {H}:{Mi}"))]
    ins = {}
    if rel and len(ps) > 1:
        ins[mid(c, ps)] = [RE("Xem thêm: " + rel[0]["h"])]
        rel = rel[1:]
    e += weave(ps, ins)
    e += [W(f"Đọc bài gốc tại {c.domain}")]
    if rel:
        e += [W("Tin cùng chủ đề")] + [RE("› " + x["h"]) for x in rel]
    return e


def L_lite(c):
    ps = c.paras(1, 3)
    rel = c.related(4)
    e = [W("Bạn đang xem phiên bản rút gọn dành cho mạng chậm."), W("Xem bản đầy đủ"),
         S(c.outlet), T(c.title), D(c.date("{H}:{Mi} - {dd}/{mm}/{Y}"))]
    ins = {0: [W("[Hình ảnh]"), CA(c.caption())]}
    e += weave(ps, ins)
    e += [BY(c.author(True)), W("↑ Về đầu trang")]
    if rel:
        e += [W("Tin khác:")] + [RE("- " + x["h"]) for x in rel]
    e += [W(f"{c.outlet} - Phiên bản di động")]
    return e


def L_safari(c):
    ps = c.paras(2, 3)
    e = [T(c.title), S(c.outlet), BY(f"{c.author()} – {c.author()}"),
         D(c.date("{wd}, {d}/{m}/{Y}, {H}:{Mi}"))]
    ins = {0: [CA(c.caption())]}
    if len(ps) > 3:
        ins[2] = [CA(c.caption())]
    e += weave(ps, ins)
    e += [W(f"Đã lưu vào Danh sách đọc lúc {c.r.randint(7, 23)}:{c.r.randint(10, 59)}")]
    return e


def L_wallet(c):
    ps = c.paras(1, 3)
    rel = c.related(3)
    e = [S("Ví Sao Việt"), W("‹ Quay lại"), W("Góc tin tức"), T(c.title), BY("Theo " + c.outlet),
         D(c.date("{dd}/{mm}/{Y}"))]
    ins = {}
    if len(ps) > 2:
        ins[mid(c, ps)] = [W("Nạp tiền điện thoại giảm 20% - Xem ngay")]
    e += weave(ps, ins)
    e += [W("Bạn thấy tin này thế nào?"), W("Hữu ích · Không hữu ích")]
    if rel:
        e += [W("Tin khác")] + [RE(x["h"]) for x in rel]
    return e


def L_nhiptin(c):
    ps = c.paras(1, 2)
    rel = c.related(3)
    cm = R(c.row, "comments")
    e = [S("Nhịp Tin"), T(c.title), D(c.date("{H}:{Mi} | {dd}/{mm}/{Y}")), W(f"{c.outlet} | {c.section}")]
    ins = {0: [CA(c.caption())]}
    e += weave(ps, ins)
    e += [CR("Nguồn: " + c.outlet)]
    n = cm.randint(1, 3)
    e += [W(f"Bình luận ({n})")]
    for _ in range(n):
        e += [W(f"{c.author(True)}: {cm.choice(COMMENTS)}"), W(f"Trả lời · Thích · {cm.randint(1, 12)} giờ")]
    if rel:
        e += [W("Tin khác")] + [RE(x["h"]) for x in rel]
    return e


def L_haiau_amp(c):
    ps = c.paras(1, 3)
    rel = c.related(4)
    e = [S(c.outlet + " AMP"), W("Quảng cáo"), T(c.title), D(c.date("{dd}/{mm}/{Y} {H}:{Mi} GMT+7")),
         BY("Bài và ảnh: " + c.author(True))]
    ins = {0: [CA(c.caption())]}
    if len(ps) > 2:
        ins[mid(c, ps, 0.6)] = [W("Advertisement")]
    e += weave(ps, ins)
    if rel:
        e += [W("Đọc thêm")] + [RE(f"{i}. {x['h']}") for i, x in enumerate(rel, 1)]
    e += [W("Nội dung được tài trợ"), W("Bí quyết giữ dáng cho dân văn phòng chỉ với 10 phút mỗi ngày")]
    return e


def L_zalo_news(c):
    ps = c.paras(2, 3)
    rel = c.related(5)
    e = [W("Đang xem trong Zalo"), S("Tin Tức Nhanh"), ]
    if len(rel) >= 3:
        e += [W("Tin nổi bật"), RE(" · ".join(x["h"] for x in rel[:3]))]
        rel = rel[3:]
    e += [T(c.title), D(c.date("{dd}/{mm}/{Y} - {H}:{Mi}"))]
    ins = {0: [CA(c.caption()), CR("Ảnh: " + c.photog())]}
    e += weave(ps, ins)
    e += [BY(c.author(True)), BY("Theo " + c.outlet), W("Chia sẻ qua Zalo")]
    if rel:
        e += [W("Đọc tiếp")] + [RE(x["h"]) for x in rel]
    return e


def L_tin365(c):
    ps = c.paras(1, 3)
    rel = c.related(4)
    r = c.r
    e = [S("Tin 365"), W("Cỡ chữ: A A"), T(c.title), D(c.date("{dd}/{mm}/{Y} - {H}:{Mi}"))]
    ins = {0: [CA(f"{c.caption()} Ảnh: {c.photog()}")]}
    e += weave(ps, ins)
    e += [CR("Nguồn: " + c.outlet), W("Bạn cảm thấy thế nào về bài viết này?"),
          W(f"👍 {r.randint(5, 300)} · 😮 {r.randint(0, 40)} · 😢 {r.randint(0, 30)} · 😡 {r.randint(0, 20)}")]
    if rel:
        e += [W("Đọc nhiều")] + [RE(f"{i}. {x['h']} ({x['d']:02d}/{x['m']:02d}/{x['Y']})")
                                 for i, x in enumerate(rel, 1)]
    return e


def L_mobile_tags(c):
    ps = c.paras(1, 2)
    rel = c.related(4)
    r = c.r
    e = [S(c.outlet), W(f"Đường dây nóng: 0{r.randint(20, 29)}8 {r.randint(100, 999)} {r.randint(1000, 9999)}"),
         W(f"Trang chủ » {c.section}"), T(c.title), BY("Phóng viên " + c.author(True)),
         D(c.date("{dd}/{mm}/{Y}, {H}:{Mi}"))]
    ins = {0: [CA(c.caption())]}
    quote = None
    for s in c.items:
        m = re.search(r'"([^"]{30,140})"', s)
        if m and norm(m.group(1)) not in c.body_norms and m.group(1)[0].isupper():
            quote = m.group(1)
            break
    if quote and len(ps) > 2:
        ins[mid(c, ps)] = [W(f"“{quote}”")]
    e += weave(ps, ins)
    e += [W("#" + c.section.replace(" ", "") + " #" + c.domain.split(".")[0])]
    if rel:
        e += [W("Bài viết cùng chuyên mục")] + [RE(f"{i}. {x['h']}") for i, x in enumerate(rel, 1)]
    e += [W(f"Email: toasoan@{c.domain}")]
    return e


def L_print(c):
    ps = c.paras(2, 4)
    e = [W("🖨 In bài viết"), S(c.outlet), T(c.title), D(c.date("Ngày đăng: {dd}/{mm}/{Y}"))]
    e += weave(ps, {})
    e += [BY(f"{c.author(True)} (TTXVN)")]
    slug = c.r.randint(10000, 99999)
    e += [CR(f"Nguồn: https://m.{c.domain}/tin-{slug}.htm"), W(f"Bản quyền thuộc về {c.outlet}")]
    return e


def L_digest(c):
    ps = c.paras(1, 3)
    rel = c.related(2)
    e = [W(f"Bản tin {c.r.choice([6, 7, 8])}h sáng"), S("Tin Sáng"), W(f"Tin {c.r.randint(1, 4)}/5"),
         T(c.title), D(c.date("{H}:{Mi}, {dd}/{mm}/{Y}")), BY("Theo " + c.outlet)]
    ins = {0: [CA(c.caption())]}
    e += weave(ps, ins)
    if rel:
        x = rel[0]
        e += [W("Tin tiếp theo ›"), RE(x["h"])]
        if x["t"]:
            e += [RE(x["t"])]
    e += [W("Tắt thông báo bản tin")]
    return e


LAYOUTS = [
    ("luottin_app", L_luottin), ("songhong_amp", L_songhong_amp), ("reader_mode", L_reader),
    ("push_landing", L_push), ("zalo_oa", L_zalo_oa), ("fb_instant", L_fb_instant),
    ("docgi_aggregator", L_docgi), ("mobile_site", L_mobile_site), ("video60", L_video60),
    ("baotui_aggregator", L_baotui), ("lite_version", L_lite), ("safari_reader", L_safari),
    ("wallet_newstab", L_wallet), ("nhiptin_comments", L_nhiptin), ("haiau_amp_ads", L_haiau_amp),
    ("zalo_news", L_zalo_news), ("tin365_reactions", L_tin365), ("mobile_tags_hotline", L_mobile_tags),
    ("print_view", L_print), ("morning_digest", L_digest),
]


# ---------------------------------------------------------------- faults

ZW = "\u200b"


def _nbsp(s, r):
    idx = [i for i, ch in enumerate(s) if ch == " "]
    if not idx:
        return s
    for i in r.sample(idx, min(len(idx), r.randint(1, 2))):
        s = s[:i] + "\u00a0" + s[i + 1:]
    return s


def _zwsp(s, r):
    idx = [i for i in range(1, len(s)) if s[i - 1].isalpha() and s[i].isalpha()]
    if not idx:
        return s
    i = r.choice(idx)
    return s[:i] + ZW + s[i:]


def _dbl(s, r):
    idx = [i for i, ch in enumerate(s) if ch == " "]
    if not idx:
        return s
    i = r.choice(idx)
    return s[:i] + "  " + s[i + 1:]


def apply_faults(entries, faults, r):
    out = []
    for kind, val in entries:
        if kind == "body":
            items = list(val)
            for f in faults:
                if f in ("nbsp", "zwsp") and r.random() < 0.25:
                    j = r.randrange(len(items))
                    items[j] = (_nbsp if f == "nbsp" else _zwsp)(items[j], r)
                if f == "dbl" and r.random() < 0.15:
                    j = r.randrange(len(items))
                    items[j] = _dbl(items[j], r)
            out.append((kind, items))
        else:
            for f in faults:
                if f in ("nbsp", "zwsp") and r.random() < 0.2:
                    val = (_nbsp if f == "nbsp" else _zwsp)(val, r)
                if f == "dbl" and r.random() < 0.3:
                    val = _dbl(val, r)
            out.append((kind, val))
    if "nfd" in faults:
        out = [(k, [unicodedata.normalize("NFD", x) for x in v] if k == "body"
                else unicodedata.normalize("NFD", v)) for k, v in out]
    return out


# ---------------------------------------------------------------- checking

def check_page(p, title):
    lines = p.text.split("\n")
    body_n = set()
    for b in p.body:
        if b not in p.text:
            raise ValueError("body item not in text")
        body_n.add(norm(b))
    for b in p.body:  # glued items: also their parts
        for part in re.split(r"(?<=[.!?])(?=[A-ZĐÀ-Ỹ\"“])", unicodedata.normalize("NFC", b)):
            body_n.add(norm(part))
    bi = fi = 0
    unl = []
    for ln in lines:
        if not ln or ln != ln.strip():
            raise ValueError(f"blank or unstripped line: {ln!r}")
        if fi < len(p.furniture) and p.furniture[fi][1] == ln:
            kind = p.furniture[fi][0]
            if kind not in KINDS:
                raise ValueError("bad kind " + kind)
            if norm(ln) in body_n:
                raise ValueError("furniture equals body: " + ln)
            if kind == "related" and norm(ln) == norm(title):
                raise ValueError("related equals title")
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
        if norm(ln) in body_n:
            raise ValueError("unlabelled equals body")
        unl.append(ln)
    if bi != len(p.body) or fi != len(p.furniture):
        raise ValueError(f"walk did not use up labels ({bi}/{len(p.body)}, {fi}/{len(p.furniture)})")
    if len(unl) > 3:
        raise ValueError(f"too many unlabelled lines: {unl}")
    if len({norm(u) for u in unl}) != len(unl):
        raise ValueError("repeated unlabelled line")
    if norm(title) not in {norm(u) for u in unl}:
        raise ValueError("title not unlabelled")
    if len(p.body) < 3:
        raise ValueError("too few body items")


# ---------------------------------------------------------------- building

def build(k, row, title_raw, art, related_pool):
    title, sents = story_sentences(title_raw, art)
    if len(sents) < 3 or not title:
        return None, None
    name, fn = LAYOUTS[k % len(LAYOUTS)]
    c = Ctx(row, k, title, sents, related_pool, art)
    fr = R(row, "faults")
    faults = []
    if fr.random() < 0.22:
        kinds = ["nbsp", "zwsp", "dbl", "glue", "nfd"]
        faults = fr.sample(kinds, 1 if fr.random() < 0.65 else 2)
    items = list(sents)
    if "glue" in faults:
        cand = [i for i in range(len(items) - 1) if items[i].endswith(".") and items[i + 1][0].isupper()]
        if cand:
            i = fr.choice(cand)
            items[i:i + 2] = [items[i] + items[i + 1]]
        else:
            faults.remove("glue")
    c.items = items
    entries = fn(c)
    # drop any furniture clashing with story text (safety net)
    bn = {norm(s) for s in sents} | {norm(s) for s in items}
    tn = norm(title)
    clean = []
    for kind, v in entries:
        if kind not in ("body", "title") and norm(v) in bn:
            continue
        if kind in ("related", "caption", "widget", "credit", "byline") and norm(v) == tn:
            continue
        clean.append((kind, v))
    entries = apply_faults(clean, faults, fr)
    lines, body, furn = [], [], []
    for kind, v in entries:
        if kind == "body":
            body.extend(v)
            lines.append(" ".join(v))
        elif kind in ("title", "date", "site"):
            lines.append(v)
        else:
            furn.append((kind, v))
            lines.append(v)
    page = Page("\n".join(lines), body, furn, name)
    check_page(page, title)
    return page, faults


def pages(path):
    body_rows, related = read_rows(path)
    out = []
    for k, (row, t, a) in enumerate(body_rows):
        p, _ = build(k, row, t, a, related)
        if p is not None:
            out.append(p)
    return out


def main(argv):
    path = argv[1] if len(argv) > 1 else "/work/shared/data/vietnews_train.jsonl.gz"
    body_rows, related = read_rows(path)
    stats = {}
    total = dict(pages=0, body=0, faults=0, **{k: 0 for k in KINDS})
    for k, (row, t, a) in enumerate(body_rows):
        p, faults = build(k, row, t, a, related)
        if p is None:
            continue
        st = stats.setdefault(p.layout, dict(pages=0, body=0, faults=0, **{k2: 0 for k2 in KINDS}))
        for d in (st, total):
            d["pages"] += 1
            d["body"] += len(p.body)
            d["faults"] += len(faults)
            for kind, _ in p.furniture:
                d[kind] += 1
    cols = ["pages", "body"] + list(KINDS) + ["faults"]
    print(f"{'layout':22s}" + "".join(f"{c:>9s}" for c in cols))
    for name, _ in LAYOUTS:
        if name in stats:
            print(f"{name:22s}" + "".join(f"{stats[name][c]:9d}" for c in cols))
    print(f"{'TOTAL':22s}" + "".join(f"{total[c]:9d}" for c in cols))


if __name__ == "__main__":
    main(sys.argv)
