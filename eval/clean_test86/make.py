#!/usr/bin/env python3
"""test86 - held-out evaluation pages for a cleaner of scraped Vietnamese news.

Theme: viral and social-media news (invented trend sites, "dân mạng" sections,
youth news apps, tabloid pages).  Standard library only.

    python3 make.py /work/shared/data/vietnews_train.jsonl.gz
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

SETNAME = "test86"
SEED = 8686
BODY_ROWS = range(15600, 15700)
RELATED_ROWS = range(16100, 16200)
KINDS = ("byline", "credit", "caption", "related", "widget")


class Page(NamedTuple):
    text: str
    body: List[str]
    furniture: List[Tuple[str, str]]
    layout: str


def R(row, purpose):
    return random.Random(f"{SETNAME}|{SEED}|{row}|{purpose}")


# ---------------------------------------------------------------- text prep
def detok(s):
    s = unicodedata.normalize("NFC", s)
    s = s.replace("_", " ")
    s = re.sub(r"\s+", " ", s).strip()
    # pair straight double quotes, remove inner spaces
    if s.count('"') % 2 == 0:
        s = re.sub(r'"\s*([^"]*?)\s*"', r'"\1"', s)
    # spaced single quotes used as quotes: ' xxx '
    s = re.sub(r"(^|\s)'\s+([^']*?)\s+'(?=\s|[,.;:!?]|$)", r"\1'\2'", s)
    s = re.sub(r"\s+([,.;:!?%…])", r"\1", s)
    s = re.sub(r"([(\[{“‘])\s+", r"\1", s)
    s = re.sub(r"\s+([)\]}”’])", r"\1", s)
    s = re.sub(r"(\S) / (\S)", r"\1/\2", s)
    s = re.sub(r"\s+", " ", s).strip()
    return s


ABBR = {"TP", "Tp", "TS", "GS", "PGS", "ThS", "BS", "Q", "P", "KS", "NXB", "Mr", "Mrs", "Dr",
        "St", "Th", "CN", "TT", "PV", "NS", "NSƯT", "NSND", "GĐ", "PGĐ", "Ths", "Ts", "Bs"}


def split_sents(text):
    out, start = [], 0
    for m in re.finditer(r"[.!?…]+[\"”’)\]]*\s+", text):
        end = m.end()
        nxt = text[end:end + 1]
        if not nxt or not (nxt.isupper() or nxt.isdigit() or nxt in "\"“‘(["):
            continue
        before = text[start:m.start()]
        tok = before.split()[-1] if before.split() else ""
        tok = tok.lstrip("\"“‘([")
        if m.group(0).startswith(".") and (tok in ABBR or (len(tok) == 1 and tok.isalpha())
                                           or re.fullmatch(r"(?:\w\.)+\w?", tok)):
            continue
        out.append(text[start:end].strip())
        start = end
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return out


CAPMARKS = ("ảnh:", "(ảnh", "video:", "clip:", "minh hoạ", "minh họa", "(trái)", "(phải)",
            "(giữa)", "nguồn:", "đồ hoạ", "đồ họa", "ảnh chụp", "ảnh do", "ảnh tư liệu", "infographic",
            "photo", "(video", "từ trái sang", "ảnh minh", "http", "www.", "@", "xem thêm", "ảnh :")
REPORT = ("cho biết", "cho hay", "chia sẻ", "nói", "khẳng định", "cho rằng", "nhận định",
          "tiết lộ", "giải thích", "phát biểu", "nhấn mạnh", "trả lời", "kể", "bày tỏ", "xác nhận",
          "thừa nhận", "thông tin", "thông báo", "tuyên bố", "cảnh báo", "đánh giá", "kiến nghị",
          "đề nghị", "yêu cầu", "khuyến cáo", "bình luận", "dẫn lời", "theo ông", "theo bà",
          "theo anh", "theo chị", "theo lời", "trao đổi", "tâm sự", "nhớ lại", "thổ lộ", "hé lộ")
CONNECT = ("Tuy nhiên", "Trong khi đó", "Do đó", "Ngoài ra", "Bên cạnh đó", "Theo đó", "Đồng thời",
           "Hơn nữa", "Vì vậy", "Vì thế", "Cũng theo", "Sau đó", "Trước đó", "Thế nhưng", "Mặc dù",
           "Dù", "Song", "Nhưng", "Còn", "Cụ thể", "Đặc biệt", "Trong đó", "Ngoài việc", "Bởi vậy",
           "Do vậy", "Chính vì", "Không chỉ", "Thậm chí", "Trước tình hình", "Ngay sau đó", "Từ đó",
           "Kết quả", "Như vậy", "Tương tự", "Ngược lại", "Mặt khác", "Bên cạnh", "Với", "Trước")


def nkey(s):
    s = unicodedata.normalize("NFC", s)
    s = re.sub(r"[\u200b\u200c\u200d\u2060\ufeff]", "", s)
    s = re.sub(r"\s+", "", s)
    return s.casefold()


def balanced(s):
    return (s.count('"') % 2 == 0 and s.count("(") == s.count(")") and s.count("[") == s.count("]")
            and s.count("“") == s.count("”") and s.count("{") == s.count("}"))


def keep_sentence(s, title_key):
    low = s.lower()
    words = s.split()
    n = len(words)
    if n < 8 or n > 110:
        return False
    if any(c in low for c in CAPMARKS):
        return False
    if not balanced(s):
        return False
    if not re.search(r"[.!?…][\"”’)]*$", s):
        return False
    if ":" in " ".join(words[:6]):
        return False
    if re.search(r"\):\s", s):  # "Name (role): ..." interview sub-heading merged into the text
        return False
    if re.search(r"(?:^|\s|\()Theo\s+[A-ZĐ][^\s]*(?:\s+[A-ZĐ0-9][^\s]*){0,4}\)?\.?$", s):
        return False
    first = s.lstrip("\"“‘(")[:1]
    if not first or not (first.isupper() or first.isdigit()):
        return False
    if any(c in s for c in "|•»«▶►"):
        return False
    if nkey(s) == title_key:
        return False
    short = n <= 22 or (n <= 30 and "," not in s)
    if short:
        rep = any(re.search(r"(?<!\w)" + re.escape(v) + r"(?!\w)", low) for v in REPORT)
        quote = bool(re.search(r"[\"“”]", s)) and bool(re.search(r"[\"”]\s*[-–]\s*\w", s))
        conn = any(s.startswith(c + " ") or s.startswith(c + ",") for c in CONNECT)
        if not (rep or quote or conn):
            return False
    return True


def story_sentences(title, article):
    tkey = nkey(title)
    seen, out = set(), []
    for s in split_sents(detok(article)):
        if not keep_sentence(s, tkey):
            continue
        k = nkey(s)
        if k in seen:
            continue
        seen.add(k)
        out.append(s)
    return out


def read_rows(path):
    """Stream once; return (body [(row,title,article)], related [(row,title,article1200)])."""
    body, rel = [], []
    last = max(RELATED_ROWS[-1], BODY_ROWS[-1])
    with gzip.open(str(path), "rb") as f:
        for i, raw in enumerate(f):
            if i > last:
                break
            if i not in BODY_ROWS and i not in RELATED_ROWS:
                continue
            try:
                d = json.loads(raw.decode("utf-8"))
            except Exception:
                continue
            if not isinstance(d, dict):
                continue
            t, a = d.get("title"), d.get("article")
            if not isinstance(t, str) or not isinstance(a, str) or not t.strip() or not a.strip():
                continue
            if i in BODY_ROWS:
                body.append((i, t, a))
            else:
                rel.append((i, t, a[:1200]))
            del d
    return body, rel


def related_items(rel):
    items = []
    for row, t, a in rel:
        h = detok(t)
        txt = detok(a)
        sents = split_sents(txt)
        teaser = ""
        if sents:
            w = sents[0].split()
            if len(w) > 32:
                teaser = " ".join(w[:28]).rstrip(",;:") + "…"
            elif len(w) >= 8:
                teaser = sents[0]
        if h:
            items.append((row, h, teaser))
    return items


# ---------------------------------------------------------------- invented pools
SUR = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
       "Hồ", "Ngô", "Dương", "Lý", "Trịnh", "Mai"]
MID = ["Thị", "Văn", "Minh", "Ngọc", "Thanh", "Hoài", "Quốc", "Bảo", "Gia", "Khánh", "Thu", "Hữu",
       "Đức", "Phương", "Diệu", "Tường"]
GIV = ["Anh", "Trang", "Linh", "Hùng", "Tú", "Vy", "Nhi", "Khoa", "Long", "Hà", "Quân", "Mai", "Yến",
       "Duy", "Thảo", "Phúc", "Tâm", "Nam", "Hiền", "Huy", "Ngân", "Khang", "My", "Lam", "Đạt"]
COMMENTS = [
    "Đọc xong mà thấy buồn ghê luôn á", "Ủa rồi cuối cùng ai đúng ai sai vậy mọi người?",
    "Chuyện này mà cũng lên báo được hả trời 😂", "Thương quá, mong mọi chuyện sớm ổn",
    "Hóng diễn biến tiếp theo 👀", "Tag ngay đứa bạn thân vào đọc nè", "Cho xin link gốc với ad ơi",
    "Share cho mọi người cùng biết", "Quá đỉnh luôn, like mạnh 👍", "Thật sự không biết nói gì hơn 🙄",
    "Mình ở gần đó, đúng là vậy thật", "Ai ở đó xác nhận giúp với", "Năm nào cũng thấy chuyện này",
    "Báo đưa tin nhanh ghê", "Cái kết đắng thật sự", "Comment để lưu lại đọc sau",
    "Mọi người bình tĩnh, đợi thông tin chính thức đã", "Xem mà nổi da gà", "Hay quá, cảm ơn ad",
    "Ủa alo? 🤔", "Có ai giống mình không, đọc xong im lặng luôn", "Chắc lại câu view thôi",
]
POSTS = [
    "Hôm nay mới thấy tận mắt, đúng là không thể tin nổi 😱", "Chia sẻ để mọi người cùng cẩn thận nha!!!",
    "Ai biết thông tin gì thêm thì inbox mình với ạ 🙏", "Chuyện thật 100%, mình vừa chứng kiến xong",
    "Xin phép admin cho em đăng bài ạ", "Cả nhà ơi, chuyện này mọi người thấy sao?",
    "Đi ngang qua mà không cầm lòng được nên quay lại clip này", "Ngồi đọc comment mà cười muốn xỉu 🤣",
    "Cập nhật: mọi người đừng chia sẻ thông tin sai nữa nha", "Lần đầu tiên thấy cảnh này luôn á",
]
TAGS_GEN = ["#dânmạng", "#viral", "#xuhướng", "#hóngbiến", "#tintrẻ", "#hotnhất", "#chuyệnlạ",
            "#MXH", "#trending", "#fyp", "#xuhuong", "#tinnong", "#chiase", "#genZ"]
TREND_TOPICS = ["#ThửTháchNhảyCùngMèo", "#BánhTráng10K", "#ĐiĐâuChơiGì", "#MưaCuốiTuần",
                "#CàPhêSángPhốCổ", "#HộiMêPhim", "#LướtVánSiêuĐỉnh", "#ThanhXuânVườnTrường",
                "#ĐồĂnĐêmSàiGòn", "#ChuyệnCôngSở", "#MẹBỉmSữa", "#ThúCưngDễThương", "#GiờTrưaRảnhRỗi",
                "#ChuyếnXeCuốiNăm", "#TrangPhụcĐiHọc", "#MónNgonMỗiNgày"]
PLACES = ["Hà Nội", "TP. HCM", "TP.HCM", "Đà Nẵng", "Hải Phòng", "Cần Thơ", "Nghệ An", "Thanh Hóa",
          "Thanh Hoá", "Quảng Nam", "Đồng Nai", "Bình Dương", "Khánh Hòa", "Khánh Hoà", "Lâm Đồng",
          "Quảng Ninh", "Sài Gòn", "Huế", "Nha Trang", "Đà Lạt", "Vũng Tàu", "Hà Tĩnh", "Bắc Ninh",
          "Long An", "Tiền Giang", "Gia Lai", "Đắk Lắk", "Phú Quốc", "Quảng Ngãi", "Bình Định"]
WD = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def ascii_fold(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def person(rng):
    return f"{rng.choice(SUR)} {rng.choice(MID)} {rng.choice(GIV)}"


def short_name(rng):
    return f"{rng.choice(MID)} {rng.choice(GIV)}"


def handle(rng, name=None):
    name = name or person(rng)
    p = ascii_fold(name).lower().split()
    form = rng.randrange(4)
    if form == 0:
        return f"@{p[-1]}.{p[0]}{rng.randrange(90, 100)}"
    if form == 1:
        return f"@{''.join(p[1:])}_{rng.choice(['official', 'xinh', 'vlog', 'tv', 'daily'])}"
    if form == 2:
        return f"@{p[-1]}{p[0]}{rng.randrange(1, 999)}"
    return f"@{p[0]}.{p[-1]}.{rng.choice(['hn', 'sg', 'dn', 'vn'])}"


def cnt(rng, big=False):
    v = rng.randrange(1, 999)
    kind = rng.randrange(3 if big else 2)
    if kind == 0:
        return str(rng.randrange(12, 999))
    if kind == 1:
        return f"{rng.randrange(1, 99)},{rng.randrange(1, 9)}K"
    return f"{rng.randrange(1, 9)},{rng.randrange(1, 9)}M" if v % 2 else f"{rng.randrange(100, 999)}N"


def dots(n):
    return f"{n:,}".replace(",", ".")


# ---------------------------------------------------------------- page context
class Ctx:
    def __init__(self, row, title, sents, rel, layout_idx):
        self.row, self.title, self.sents, self.rel = row, title, sents, rel
        self.rng = R(row, "layout")
        r = R(row, "date")
        self.dt = datetime.datetime(r.randrange(2016, 2020), r.randrange(1, 13), r.randrange(1, 29),
                                    r.randrange(6, 23), r.randrange(0, 60))
        self.author = person(R(row, "author"))
        self.names = self._names()
        self.places = [p for p in PLACES if any(p in s for s in sents)]
        self.used_rel = 0

    def _names(self):
        out = []
        for s in self.sents:
            for m in re.finditer(r"(?<!\w)(ông|bà|anh|chị|em|cô|chú|cháu|bé)\s+((?:[A-ZĐ][^\s,.;:!?()\"“”]*\s?){1,3})", s):
                nm = m.group(2).strip()
                if nm and all(w[:1].isupper() for w in nm.split()):
                    full = f"{m.group(1)} {nm}"
                    if full not in out:
                        out.append(full)
        return out

    # dates
    def d(self, fmt):
        t = self.dt
        wd = WD[t.weekday()]
        return fmt.format(wd=wd, d=t.day, dd=f"{t.day:02d}", m=t.month, mm=f"{t.month:02d}",
                          y=t.year, H=f"{t.hour:02d}", M=f"{t.minute:02d}")

    def other_time(self, back_days):
        t = self.dt - datetime.timedelta(days=back_days, hours=self.rng.randrange(1, 20))
        return t

    # paragraphs
    def paras(self, lo, hi):
        r = R(self.row, "paras")
        out, i = [], 0
        while i < len(self.sents):
            n = r.randint(lo, hi)
            out.append(self.sents[i:i + n])
            i += n
        return out

    # related
    def take_rel(self, n):
        got = self.rel[self.used_rel:self.used_rel + n]
        self.used_rel += len(got)
        return got

    # captions
    def caption(self, rng, credit=True):
        opts = []
        for nm in self.names[:4]:
            N = nm[0].upper() + nm[1:]
            opts += [f"{N} trong đoạn video được chia sẻ trên mạng xã hội",
                     f"{N} chia sẻ câu chuyện với phóng viên",
                     f"Hình ảnh {nm} được cộng đồng mạng chia sẻ rầm rộ",
                     f"Bài đăng của {nm} nhận về hàng nghìn lượt tương tác"]
        for p in self.places[:3]:
            opts += [f"Khung cảnh tại {p} trong bức ảnh đang được lan truyền",
                     f"Người dân {p} đăng tải hình ảnh lên mạng xã hội",
                     f"Sự việc ở {p} khiến dân mạng bàn tán suốt nhiều ngày qua"]
        opts += ["Bài đăng nhận về hàng nghìn lượt bình luận chỉ sau vài giờ",
                 "Nhiều tài khoản mạng xã hội đồng loạt chia sẻ lại hình ảnh này",
                 "Đoạn clip ghi lại sự việc được cắt từ một buổi livestream",
                 "Câu chuyện nhanh chóng trở thành chủ đề nóng trên các hội nhóm",
                 "Dân mạng để lại nhiều bình luận trái chiều dưới bài viết",
                 "Hình ảnh gây chú ý trên các diễn đàn mạng trong những ngày qua"]
        cap = rng.choice(opts)
        if rng.random() < 0.5:
            cap += "."
        if credit:
            cr = rng.choice([" (Ảnh: FBNV)", " (Ảnh chụp màn hình)", " - Ảnh: MXH", ". Ảnh: Facebook",
                             " (Nguồn: TikTok)", " | Ảnh: Internet", " (Ảnh cắt từ clip)"])
            if cr.startswith(".") and cap.endswith("."):
                cr = cr[1:]
            cap += cr
        return cap

    def tags(self, rng, k=4):
        words = re.findall(r"[^\s,.;:!?'\"“”()]+", self.title)
        t = []
        if len(words) >= 2:
            t.append("#" + "".join(w[:1].upper() + w[1:] for w in words[:2]))
        t += rng.sample(TAGS_GEN, k)
        return t


# ---------------------------------------------------------------- entry helpers
def U(text):
    return ("u", text)


def F(kind, text):
    assert kind in KINDS
    return ("f", kind, text)


def B(items):
    return ("b", list(items))


def weave(paras, inserts):
    """inserts: dict paragraph index -> list of entries placed after that paragraph."""
    out = []
    for i, p in enumerate(paras):
        out.append(B(p))
        out += inserts.get(i, [])
    return out


def slots(rng, paras, n):
    """choose n distinct gaps between paragraphs (never after the last one)."""
    gaps = list(range(0, max(len(paras) - 1, 0)))
    rng.shuffle(gaps)
    return sorted(gaps[:n])


def fb_embed(ctx, rng):
    nm = person(rng)
    out = [F("widget", nm),
           F("widget", rng.choice([f"{rng.randrange(1, 23)} giờ · 🌏", f"{ctx.dt.day} tháng {ctx.dt.month} lúc {rng.randrange(6, 23)}:{rng.randrange(10, 59)} · Công khai", "Hôm qua lúc 21:14 · 🌏"])),
           F("widget", rng.choice(POSTS)),
           F("widget", f"👍❤️😆 {cnt(rng)} · {cnt(rng)} bình luận · {cnt(rng)} lượt chia sẻ"),
           F("widget", rng.choice(["Xem bài viết gốc", "Xem bài viết gốc trên Facebook", "Xem trên Facebook"]))]
    return out


def tiktok_embed(ctx, rng):
    h = handle(rng)
    out = [F("widget", h), F("widget", rng.choice(POSTS) + " " + " ".join(rng.sample(TAGS_GEN, 3))),
           F("widget", f"♬ nhạc nền - {h[1:]}"),
           F("widget", f"{cnt(rng, True)} lượt xem · {cnt(rng)} lượt thích"),
           F("widget", "Xem trên TikTok")]
    return out


def yt_embed(ctx, rng):
    ch = rng.choice(["Kênh Hóng Chuyện TV", "Vlog Cùng Tú", "Góc Phố Official", "Ăn Gì Đi Đâu", "Review Dạo"])
    out = [F("widget", f"▶ {rng.randrange(0, 12):02d}:{rng.randrange(0, 60):02d}"),
           F("widget", f"{ch} · {cnt(rng, True)} lượt xem · {rng.randrange(1, 11)} ngày trước"),
           F("widget", rng.choice(["Xem trên YouTube", "Đăng ký kênh", "Xem sau · Chia sẻ"]))]
    return out


def comments(ctx, rng, n, style):
    out = []
    for c in rng.sample(COMMENTS, n):
        nm = person(rng)
        if style == 0:
            out.append(F("widget", f"{nm}: {c}"))
        elif style == 1:
            out += [F("widget", nm), F("widget", c),
                    F("widget", f"Thích · Trả lời · {rng.randrange(1, 59)} phút")]
        else:
            out.append(F("widget", f"\"{c}\" - tài khoản {ascii_fold(nm).split()[-1]}{rng.randrange(10, 99)} bình luận."))
    return out


def rel_lines(ctx, items, style, rng):
    out = []
    for j, (row, h, teaser) in enumerate(items):
        if style == "bullet":
            out.append(F("related", f"• {h}"))
        elif style == "dash":
            out.append(F("related", f"- {h}"))
        elif style == "num":
            out.append(F("related", f"{j + 1}. {h}"))
        elif style == "dated":
            t = ctx.other_time(rng.randrange(1, 30))
            out.append(F("related", f"{h} ({t.day:02d}/{t.month:02d}/{t.year})"))
        elif style == "datedfront":
            t = ctx.other_time(rng.randrange(1, 30))
            out.append(F("related", f"{t.day:02d}/{t.month:02d} {h}"))
        elif style == "teaser":
            out.append(F("related", h))
            if teaser:
                out.append(F("related", teaser))
        elif style == "teaser_inline":
            out.append(F("related", f"{h} - {teaser}" if teaser else h))
        elif style == "plain":
            out.append(F("related", h))
        elif style == "fire":
            out.append(F("related", f"🔥 {h}"))
    if style == "joined" and items:
        out.append(F("related", " | ".join(h for _, h, _ in items)))
    return out


# ---------------------------------------------------------------- layouts
def L_viralmix(ctx):
    r = ctx.rng
    P = ctx.paras(2, 3)
    e = [U("ViralMix.vn"), F("widget", "Trang chủ | Dân mạng | Giải trí | Video | Hóng biến | Góc teen"),
         F("widget", "Trang chủ » Dân mạng » Chuyện lạ bốn phương"), U(ctx.title),
         F("byline", f"Bài: {ctx.author}"), U(ctx.d("{H}:{M} | {dd}/{mm}/{y}"))]
    s = slots(r, P, 2)
    ins = {}
    if s:
        ins[s[0]] = fb_embed(ctx, r)
    if len(s) > 1:
        ins[s[1]] = [F("caption", ctx.caption(r, credit=False)), F("credit", "Ảnh: Chụp màn hình")]
    e += weave(P, ins)
    e += [F("widget", f"❤️ {cnt(r)} · 😂 {cnt(r)} · 😮 {cnt(r)} · 😢 {cnt(r)} · 😡 {cnt(r)}"),
          F("widget", "Tin liên quan")]
    e += rel_lines(ctx, ctx.take_rel(4), "bullet", r)
    e += [F("widget", "© 2017 ViralMix.vn - Trang tin tổng hợp. Ghi rõ nguồn khi đăng lại.")]
    return e


def L_luotnhanh(ctx):
    r = ctx.rng
    P = ctx.paras(1, 2)
    e = [F("widget", "Mở ứng dụng Lướt Nhanh để đọc trọn vẹn"), U("LƯỚT NHANH"), U(ctx.title),
         U(ctx.d("{dd}/{mm}/{y} · {H}:{M}")), F("widget", f"⏱ {r.randrange(2, 7)} phút đọc")]
    s = slots(r, P, 2)
    ins = {}
    if s:
        ins[s[0]] = tiktok_embed(ctx, r)
    if len(s) > 1:
        ins[s[1]] = [F("widget", "Quảng cáo"), F("widget", "Tải app nhận ngay 50 xu đọc truyện miễn phí")]
    e += weave(P, ins)
    e += [F("byline", ctx.author.upper()), F("widget", "Đọc tiếp")]
    e += rel_lines(ctx, ctx.take_rel(5), "num", r)
    e += [F("widget", f"Bình luận ({r.randrange(3, 90)})")]
    e += comments(ctx, r, 3, 0)
    return e


def L_hottrend(ctx):
    r = ctx.rng
    P = ctx.paras(2, 4)
    e = [F("widget", ctx.d("Hôm nay, {wd}, {dd}/{mm}/{y}")), F("widget", "Đăng nhập | Đăng ký"),
         U("HotTrend247"), F("widget", "Trending: " + " ".join(r.sample(TREND_TOPICS, 4))),
         U(ctx.title), U(ctx.d("{wd}, {d}/{m}/{y}, {H}:{M} (GMT+7)"))]
    s = slots(r, P, 2)
    ins = {}
    if s:
        ins[s[0]] = yt_embed(ctx, r) + [F("caption", ctx.caption(r))]
    if len(s) > 1:
        ins[s[1]] = [F("widget", "XEM NHIỀU NHẤT")] + rel_lines(ctx, ctx.take_rel(2), "plain", r)
    e += weave(P, ins)
    e += [F("byline", ctx.author), F("byline", "Biên tập viên mảng giới trẻ, mê phim Hàn và săn trend TikTok."),
          F("widget", "Chia sẻ · Facebook · Zalo · Sao chép liên kết"), F("widget", "Có thể bạn quan tâm")]
    e += rel_lines(ctx, ctx.take_rel(3), "teaser", r)
    return e


def L_mangnong(ctx):
    r = ctx.rng
    P = ctx.paras(1, 3)
    e = [U("Mạng Nóng"), F("widget", "Dân mạng › Chuyện bốn phương"), U(ctx.title),
         U(ctx.d("{wd}, {d}/{m}/{y} - {H}:{M}"))]
    s = slots(r, P, 3)
    ins = {}
    for j, g in enumerate(s):
        if j == 0:
            ins[g] = [F("caption", ctx.caption(r, credit=False) + " (Ảnh chụp màn hình)")]
        elif j == 1:
            it = ctx.take_rel(1)
            if it:
                ins[g] = [F("related", f"Xem thêm: {it[0][1]}")]
        else:
            ins[g] = [F("widget", "Dân mạng nói gì?")] + comments(ctx, r, 2, 2)
    e += weave(P, ins)
    e += [F("byline", f"{short_name(r)} (Tổng hợp)"), F("credit", "Nguồn: MXH"),
          F("widget", " ".join(ctx.tags(r))), F("widget", "Thích · Chia sẻ · Lưu bài")]
    return e


def L_gocdanmang(ctx):
    r = ctx.rng
    P = ctx.paras(2, 3)
    e = [U("Báo Phố Mới"), F("widget", "Thời sự · Kinh tế · Thế giới · Giải trí · Góc dân mạng · Video"),
         F("widget", "GÓC DÂN MẠNG"), U(ctx.d("{dd}/{mm}/{y} {H}:{M}")), U(ctx.title)]
    s = slots(r, P, 2)
    ins = {}
    if s:
        ins[s[0]] = [F("widget", "[Ảnh]"), F("caption", ctx.caption(r))]
    if len(s) > 1:
        ins[s[1]] = fb_embed(ctx, r)
    e += weave(P, ins)
    e += [F("byline", f"{ctx.author.upper()} - {person(r).upper()}"), F("widget", "Từ khóa: dân mạng, mạng xã hội, chuyện lạ"),
          F("widget", "TIN CÙNG CHUYÊN MỤC")]
    e += rel_lines(ctx, ctx.take_rel(4), "dated", r)
    e += [F("widget", "Đường dây nóng: 0906 318 442 - Email: gocdanmang@phomoi.vn")]
    return e


def L_xomtu(ctx):
    r = ctx.rng
    P = ctx.paras(1, 2)
    e = [U("XÔM TỤ"), F("widget", "☰ Menu · 🔍 Tìm kiếm"), U(ctx.title),
         F("byline", ctx.author), F("widget", f"{r.randrange(2, 9)} phút đọc"), U(ctx.d("{d} tháng {m}, {y}"))]
    s = slots(r, P, 3)
    ins = {}
    for j, g in enumerate(s):
        if j == 0:
            ins[g] = [F("caption", ctx.caption(r, credit=False)), F("credit", "Ảnh: Instagram nhân vật")]
        elif j == 1:
            ins[g] = [F("widget", "🔴 TRỰC TIẾP"), F("widget", f"{dots(r.randrange(300, 9000))} người đang xem · Bấm để theo dõi livestream")]
        else:
            ins[g] = [F("caption", "Meme \"hết nước chấm\" được dân mạng chế lại sau sự việc."), F("credit", "Nguồn: MXH")]
    e += weave(P, ins)
    e += [F("widget", "Bạn cảm thấy thế nào?"), F("widget", f"Thích {cnt(r)} · Haha {cnt(r)} · Wow {cnt(r)} · Buồn {cnt(r)}"),
          F("widget", "Đọc thêm")]
    e += rel_lines(ctx, ctx.take_rel(3), "fire", r)
    return e


def L_clickvui(ctx):
    r = ctx.rng
    P = ctx.paras(2, 4)
    e = [U("ClickVui.vn"), F("widget", "Tin hot | Ảnh vui | Clip | Trắc nghiệm | Dân mạng"), U(ctx.title),
         U(ctx.d("Đăng lúc {H}:{M} ngày {dd}/{mm}/{y}")), F("widget", f"👁 {dots(r.randrange(1200, 99999))} lượt xem")]
    s = slots(r, P, 2)
    ins = {}
    if s:
        ins[s[0]] = [F("widget", f"▶ 0{r.randrange(1, 6)}:{r.randrange(10, 59)}"),
                     F("caption", "Clip: " + ctx.caption(r, credit=False).rstrip(".") + ". (Nguồn: MXH)")]
    if len(s) > 1:
        ins[s[1]] = [F("widget", "Quảng cáo")]
    e += weave(P, ins)
    e += [F("byline", f"Theo {r.choice(['Báo Sóng Mới', 'Tạp chí Nhịp Trẻ', 'Tin Đêm Online'])}"),
          F("widget", "Bài viết được tổng hợp từ mạng xã hội, chưa được kiểm chứng độc lập."),
          F("widget", "CÙNG CHUYÊN MỤC")]
    e += rel_lines(ctx, ctx.take_rel(4), "joined", r)
    return e


def L_ranran(ctx):
    r = ctx.rng
    P = ctx.paras(1, 3)
    e = [U("Rần Rần News"), F("widget", "Nóng | Giải trí | Dân mạng | Xem nhiều"),
         F("widget", "🔥 Đang được bàn tán: " + ", ".join(r.sample(TREND_TOPICS, 3))), U(ctx.title),
         F("byline", f"{ctx.author}"), U(ctx.d("{H}:{M} {dd}/{mm}/{y}"))]
    s = slots(r, P, 2)
    ins = {}
    if s:
        ins[s[0]] = [F("caption", ctx.caption(r))]
    if len(s) > 1:
        ins[s[1]] = [F("widget", "Bình luận của cư dân mạng:")] + comments(ctx, r, 3, 0)
    e += weave(P, ins)
    e += [F("widget", " ".join(ctx.tags(r, 3))), F("widget", "Tin mới hơn")]
    e += rel_lines(ctx, ctx.take_rel(3), "dash", r)
    e += [F("widget", "Tin cũ hơn")]
    e += rel_lines(ctx, ctx.take_rel(2), "dash", r)
    return e


def L_honghot(ctx):
    r = ctx.rng
    P = ctx.paras(2, 3)
    e = [U("Hóng Hớt Online"), F("widget", "Trang chủ / Hóng biến / Chuyện mạng"),
         U(ctx.title), U(ctx.d("{dd}-{mm}-{y} {H}:{M}")), F("byline", f"Người viết: {ctx.author}")]
    s = slots(r, P, 2)
    ins = {}
    if s:
        ins[s[0]] = tiktok_embed(ctx, r) + [F("caption", ctx.caption(r, credit=False))]
    if len(s) > 1:
        ins[s[1]] = [F("widget", "[Quảng cáo] Sale sập sàn 12.12 - giảm đến 70%")]
    e += weave(P, ins)
    e += [F("widget", "Chia sẻ bài viết: Facebook · Messenger · Zalo"), F("widget", "Bài viết liên quan")]
    e += rel_lines(ctx, ctx.take_rel(3), "teaser_inline", r)
    e += [F("widget", "Hóng Hớt Online - Giấy phép MXH số 218/GP-BTTTT. Liên hệ: lienhe@honghot.vn")]
    return e


def L_zentrend(ctx):
    r = ctx.rng
    P = ctx.paras(1, 2)
    e = [U("ZenTrend"), U(ctx.title), U(ctx.d("{dd}.{mm}.{y}")),
         F("widget", f"{cnt(r)} lượt thích · {r.randrange(2, 200)} bình luận")]
    s = slots(r, P, 3)
    ins = {}
    for j, g in enumerate(s):
        if j == 0:
            ins[g] = [F("widget", "Ảnh chụp màn hình"), F("caption", ctx.caption(r, credit=False))]
        elif j == 1:
            ins[g] = yt_embed(ctx, r)
        else:
            it = ctx.take_rel(1)
            if it:
                ins[g] = [F("related", f"ĐỌC THÊM: {it[0][1]}")]
    e += weave(P, ins)
    e += [F("byline", ctx.author.upper()), F("widget", "Thích trang ZenTrend để không bỏ lỡ trend mới"),
          F("widget", "Xem thêm")]
    e += rel_lines(ctx, ctx.take_rel(4), "plain", r)
    return e


def L_congdong24(ctx):
    r = ctx.rng
    P = ctx.paras(2, 4)
    e = [U("Cộng Đồng Mạng 24"), F("widget", ctx.d("Cập nhật lúc {H}:{M}")),
         F("widget", "Trang nhất > Cộng đồng > Mạng xã hội"), U(ctx.title),
         U(ctx.d("Ngày đăng: {dd}/{mm}/{y}"))]
    s = slots(r, P, 2)
    ins = {}
    if s:
        ins[s[0]] = fb_embed(ctx, r) + [F("caption", "Bài đăng thu hút sự quan tâm của cộng đồng mạng (Ảnh chụp màn hình)")]
    if len(s) > 1:
        pq = [x for x in ctx.sents if not re.search(r"[()\"“”']", x)] or ctx.sents
        pq = " ".join(r.choice(pq).split()[:10]).rstrip(",.;:")
        ins[s[1]] = [F("widget", f"“{pq}…”")]
    e += weave(P, ins)
    e += [F("byline", f"{ctx.author} - {person(r)}"), F("widget", "Ý kiến bạn đọc (0)"),
          F("widget", "Gửi bình luận"), F("widget", "Tin khác")]
    e += rel_lines(ctx, ctx.take_rel(5), "datedfront", r)
    return e


def L_battrend(ctx):
    r = ctx.rng
    P = ctx.paras(1, 3)
    e = [F("widget", "BẮT TREND - Bắt nhanh mọi xu hướng"), U("Bắt Trend"),
         F("widget", "#Hot · #GenZ · #Meme · #Review · #Clip"), U(ctx.title), U(ctx.d("{H}:{M}, {dd}/{mm}/{y}")),
         F("byline", f"Bởi {ctx.author}")]
    s = slots(r, P, 3)
    ins = {}
    for j, g in enumerate(s):
        if j == 0:
            ins[g] = [F("caption", ctx.caption(r))]
        elif j == 1:
            ins[g] = [F("widget", "Một số bình luận của dân mạng:")] + comments(ctx, r, 2, 1)
        else:
            ins[g] = [F("caption", ctx.caption(r, credit=False)), F("credit", "Nguồn: TikTok " + handle(r))]
    e += weave(P, ins)
    e += [F("widget", "Tags: " + ", ".join(t.lstrip("#") for t in ctx.tags(r, 3))), F("widget", "🔥 Top trend tuần này")]
    e += rel_lines(ctx, ctx.take_rel(5), "num", r)
    return e


def L_tinnhanhteen(ctx):
    r = ctx.rng
    P = ctx.paras(1, 2)
    e = [U("Tin Nhanh Teen"), F("widget", "Teen | Học đường | Showbiz | Dân mạng | Trắc nghiệm"),
         U(ctx.title), U(ctx.d("{wd} {dd}/{mm}/{y} {H}:{M}")), F("widget", "Nghe bài viết 🔊"),
         F("widget", "00:00 / 0" + f"{r.randrange(2, 9)}:{r.randrange(10, 59)}")]
    s = slots(r, P, 2)
    ins = {}
    if s:
        ins[s[0]] = [F("widget", "Phóng to"), F("caption", ctx.caption(r))]
    if len(s) > 1:
        ins[s[1]] = [F("widget", "BÌNH CHỌN: Bạn nghĩ sao về chuyện này?"), F("widget", "○ Đồng tình · ○ Không đồng tình · ○ Ý kiến khác"),
                     F("widget", f"Đã có {dots(r.randrange(100, 9000))} lượt bình chọn")]
    e += weave(P, ins)
    e += [F("byline", f"{short_name(r)}"), F("widget", "Gửi bài cho Tin Nhanh Teen: bandoc@tinnhanhteen.vn"),
          F("widget", "Đừng bỏ lỡ")]
    e += rel_lines(ctx, ctx.take_rel(3), "teaser", r)
    return e


def L_phomang(ctx):
    r = ctx.rng
    P = ctx.paras(2, 3)
    e = [U("PHỐ MẠNG"), F("widget", "Xu hướng hôm nay: " + " · ".join(r.sample(TREND_TOPICS, 3))),
         U(ctx.title), F("byline", f"{ctx.author} | Phố Mạng"), U(ctx.d("{dd}/{mm}/{y} | {H}:{M}"))]
    s = slots(r, P, 2)
    ins = {}
    if s:
        ins[s[0]] = [F("caption", ctx.caption(r, credit=False)), F("credit", "Ảnh: Facebook nhân vật")]
    if len(s) > 1:
        it = ctx.take_rel(2)
        if it:
            ins[s[1]] = [F("widget", "ĐỌC NHIỀU")] + rel_lines(ctx, it, "bullet", r)
    e += weave(P, ins)
    e += [F("widget", f"Chia sẻ {cnt(r)} · Thích {cnt(r)}"), F("widget", " ".join(ctx.tags(r, 5)))]
    e += [F("widget", "Bình luận")] + comments(ctx, r, 2, 1) + [F("widget", "Xem thêm bình luận")]
    e += [F("widget", "© Phố Mạng 2018. Ghi rõ nguồn \"Phố Mạng\" khi phát hành lại thông tin.")]
    return e


def L_nonghoi(ctx):
    r = ctx.rng
    P = ctx.paras(3, 4)
    e = [U("Nóng Hổi Daily"), F("widget", "Quay lại"), U(ctx.title), U(ctx.d("{d}/{m}/{y} {H}:{M}")),
         F("widget", f"{cnt(r)} đã xem")]
    s = slots(r, P, 1)
    ins = {}
    if s:
        ins[s[0]] = [F("widget", "🔴 LIVE"), F("widget", "Buổi phát trực tiếp đã kết thúc. Xem lại video"),
                     F("caption", ctx.caption(r))]
    e += weave(P, ins)
    e += [F("byline", f"{ctx.author} (theo MXH)"), F("widget", "Bài viết hay? Hãy nhấn theo dõi Nóng Hổi Daily!"),
          F("widget", "Tin liên quan")]
    e += rel_lines(ctx, ctx.take_rel(4), "datedfront", r)
    e += [F("widget", "Nóng Hổi Daily | Hotline quảng cáo: 0938 552 177")]
    return e


def L_loatre(ctx):
    r = ctx.rng
    P = ctx.paras(1, 2)
    e = [U("LOA Trẻ"), F("widget", "Dân mạng"), U(ctx.title),
         F("byline", f"{ctx.author.upper()}"), U(ctx.d("{dd}/{mm}/{y} - {H}:{M} GMT+7"))]
    s = slots(r, P, 3)
    ins = {}
    for j, g in enumerate(s):
        if j == 0:
            ins[g] = [F("caption", ctx.caption(r))]
        elif j == 1:
            ins[g] = [F("widget", "Video đang được tải..."), F("widget", f"▶ 0{r.randrange(0, 4)}:{r.randrange(10, 59)}")]
        else:
            it = ctx.take_rel(1)
            if it:
                ins[g] = [F("related", f">> {it[0][1]}")]
    e += weave(P, ins)
    e += [F("widget", "Tải app LOA Trẻ: App Store | Google Play"), F("widget", "Xem thêm")]
    e += rel_lines(ctx, ctx.take_rel(3), "joined", r)
    return e


def L_vongxoay(ctx):
    r = ctx.rng
    P = ctx.paras(2, 3)
    e = [U("Vòng Xoáy MXH"), F("widget", "Giải trí ▸ Dân mạng ▸ Hóng biến"), U(ctx.title),
         U(ctx.d("{wd}, {dd}/{mm}/{y} {H}:{M}")), F("byline", f"Thực hiện: {ctx.author}")]
    s = slots(r, P, 2)
    ins = {}
    if s:
        ins[s[0]] = fb_embed(ctx, r) + [F("caption", ctx.caption(r, credit=False) + " (Ảnh chụp màn hình)")]
    if len(s) > 1:
        ins[s[1]] = [F("widget", "Dân mạng nói gì?")] + comments(ctx, r, 3, 0)
    e += weave(P, ins)
    e += [F("widget", f"😍 {cnt(r)} · 😂 {cnt(r)} · 😱 {cnt(r)} · 😤 {cnt(r)}"), F("widget", "Bạn đã bày tỏ cảm xúc về bài viết này."),
          F("widget", "Có thể bạn thích")]
    e += rel_lines(ctx, ctx.take_rel(4), "teaser_inline", r)
    return e


def L_chamtrend(ctx):
    r = ctx.rng
    P = ctx.paras(1, 3)
    e = [U("Chạm Trend"), F("widget", "TRENDING ↗"), ]
    e += [F("widget", f"{j + 1}. {t}") for j, t in enumerate(r.sample(TREND_TOPICS, 4))]
    e += [U(ctx.title), U(ctx.d("{dd}/{mm}/{y}")), F("widget", ctx.d("{H}:{M}"))]
    s = slots(r, P, 2)
    ins = {}
    if s:
        ins[s[0]] = [F("caption", ctx.caption(r, credit=False)), F("credit", "Ảnh: Chụp màn hình")]
    if len(s) > 1:
        ins[s[1]] = tiktok_embed(ctx, r)
    e += weave(P, ins)
    e += [F("byline", f"{ctx.author} - Chạm Trend"), F("widget", " ".join(ctx.tags(r, 4))),
          F("widget", "Đọc tiếp")]
    e += rel_lines(ctx, ctx.take_rel(3), "teaser", r)
    return e


def L_tintre_app(ctx):
    r = ctx.rng
    P = ctx.paras(1, 2)
    e = [U("TinTrẻ App"), F("widget", "Đã lưu ☆ · Chia sẻ ↗"), U(ctx.title), U(ctx.d("{H}:{M} · {d}/{m}/{y}")),
         F("byline", f"Theo {r.choice(['Nhịp Sống Số', 'Báo Làng Trẻ', 'Tin Phố Thị'])}")]
    s = slots(r, P, 2)
    ins = {}
    if s:
        ins[s[0]] = [F("caption", ctx.caption(r))]
    if len(s) > 1:
        ins[s[1]] = [F("widget", "Tài trợ"), F("widget", "Học tiếng Anh cùng thầy Tây chỉ 99K/tháng - Đăng ký ngay")]
    e += weave(P, ins)
    e += [F("widget", f"👍 {cnt(r)} · 💬 {r.randrange(2, 400)} · ↗ {cnt(r)}"), F("widget", "Tin đề xuất cho bạn")]
    e += rel_lines(ctx, ctx.take_rel(5), "plain", r)
    e += [F("widget", "Vuốt lên để đọc tin tiếp theo")]
    return e


def L_xaluan(ctx):
    r = ctx.rng
    P = ctx.paras(2, 4)
    e = [F("widget", "Giờ nóng | Video | Ảnh | Tiêu điểm"), U("Tin Lá Cải 24/7"),
         F("widget", "Chuyện lạ > Dân mạng xôn xao"), U(ctx.title), U(ctx.d("{dd}/{mm}/{y} {H}:{M} (GMT+07:00)"))]
    s = slots(r, P, 3)
    ins = {}
    for j, g in enumerate(s):
        if j == 0:
            ins[g] = [F("caption", ctx.caption(r, credit=False)), F("credit", "Nguồn: MXH")]
        elif j == 1:
            ins[g] = yt_embed(ctx, r) + [F("caption", "Video: Đoạn clip đang được lan truyền trên mạng xã hội.")]
        else:
            ins[g] = [F("widget", "Quảng cáo")]
    e += weave(P, ins)
    e += [F("byline", f"{ctx.author.upper()} (Tổng hợp)"), F("widget", "TIN NỔI BẬT")]
    e += rel_lines(ctx, ctx.take_rel(4), "dated", r)
    e += [F("widget", f"Bình luận ({r.randrange(5, 300)})")] + comments(ctx, r, 2, 0)
    return e


LAYOUTS = [
    ("viralmix", L_viralmix), ("luotnhanh", L_luotnhanh), ("hottrend247", L_hottrend),
    ("mangnong", L_mangnong), ("gocdanmang", L_gocdanmang), ("xomtu", L_xomtu),
    ("clickvui", L_clickvui), ("ranran", L_ranran), ("honghot", L_honghot),
    ("zentrend", L_zentrend), ("congdong24", L_congdong24), ("battrend", L_battrend),
    ("tinnhanhteen", L_tinnhanhteen), ("phomang", L_phomang), ("nonghoi", L_nonghoi),
    ("loatre", L_loatre), ("vongxoay", L_vongxoay), ("chamtrend", L_chamtrend),
    ("tintreapp", L_tintre_app), ("lacai247", L_xaluan),
]


# ---------------------------------------------------------------- faults
ZW = "\u200b"


def _nbsp(s, rng):
    idx = [i for i, c in enumerate(s) if c == " "]
    for i in rng.sample(idx, min(len(idx), rng.randint(1, 3))):
        s = s[:i] + "\u00a0" + s[i + 1:]
    return s


def _zw(s, rng):
    idx = [i for i in range(1, len(s)) if s[i - 1].isalpha() and s[i].isalpha()]
    if not idx:
        return s
    i = rng.choice(idx)
    return s[:i] + ZW + s[i:]


def _dsp(s, rng):
    idx = [i for i, c in enumerate(s) if c == " "]
    if not idx:
        return s
    i = rng.choice(idx)
    return s[:i] + " " + s[i:]


def apply_faults(entries, row):
    r = R(row, "fault")
    if r.random() >= 0.22:
        return entries, []
    kinds = r.sample(["nbsp", "zwsp", "dspace", "glue", "nfd"], r.choice([1, 1, 2]))
    kinds = sorted(set(kinds))
    done = []
    if "glue" in kinds:
        cands = [i for i, e in enumerate(entries) if e[0] == "b" and len(e[1]) >= 2
                 and any(e[1][j].endswith(".") for j in range(len(e[1]) - 1))]
        if cands:
            i = r.choice(cands)
            items = entries[i][1]
            js = [j for j in range(len(items) - 1) if items[j].endswith(".")]
            j = r.choice(js)
            items = items[:j] + [items[j] + items[j + 1]] + items[j + 2:]
            entries[i] = B(items)
            done.append("glue")
    for k, fn in (("nbsp", _nbsp), ("zwsp", _zw), ("dspace", _dsp)):
        if k not in kinds:
            continue
        pos = [i for i, e in enumerate(entries) if e[0] in "bf"]
        for i in r.sample(pos, min(len(pos), r.randint(1, 3))):
            e = entries[i]
            if e[0] == "f":
                entries[i] = F(e[1], fn(e[2], r))
            else:
                items = list(e[1])
                j = r.randrange(len(items))
                items[j] = fn(items[j], r)
                entries[i] = B(items)
        done.append(k)
    if "nfd" in kinds:
        nf = lambda s: unicodedata.normalize("NFD", s)
        entries = [U(nf(e[1])) if e[0] == "u" else F(e[1], nf(e[2])) if e[0] == "f" else B([nf(x) for x in e[1]])
                   for e in entries]
        done.append("nfd")
    return entries, done


# ---------------------------------------------------------------- assemble + check
def assemble(entries, layout):
    lines, body, furn = [], [], []
    for e in entries:
        if e[0] == "u":
            lines.append(e[1])
        elif e[0] == "f":
            lines.append(e[2])
            furn.append((e[1], e[2]))
        else:
            lines.append(" ".join(e[1]))
            body += e[1]
    return Page("\n".join(lines), body, furn, layout)


def clean_entries(entries, title):
    """drop furniture colliding with story sentences / title (safety net, should be rare)."""
    bkeys = {nkey(x) for e in entries if e[0] == "b" for x in e[1]}
    tkey = nkey(title)
    out = []
    for e in entries:
        if e[0] == "f":
            t = e[2].strip()
            if not t:
                continue
            k = nkey(t)
            if k in bkeys or (e[1] == "related" and k == tkey):
                continue
            e = F(e[1], t)
        out.append(e)
    return out


def check(page):
    lines = page.text.split("\n")
    bkeys = {nkey(b) for b in page.body}
    bi = fi = un = 0
    unl = []
    for ln in lines:
        if not ln or ln != ln.strip():
            raise ValueError(f"blank or unstripped line: {ln!r}")
        if fi < len(page.furniture) and page.furniture[fi][1] == ln:
            if page.furniture[fi][0] not in KINDS:
                raise ValueError("bad kind")
            fi += 1
            continue
        for n in range(1, 5):
            if bi + n <= len(page.body) and " ".join(page.body[bi:bi + n]) == ln:
                bi += n
                break
        else:
            un += 1
            unl.append(ln)
            if un > 3:
                raise ValueError(f"more than 3 unlabelled lines: {unl}")
    if bi != len(page.body) or fi != len(page.furniture):
        raise ValueError("walk did not use up body/furniture")
    if len(page.body) < 3:
        raise ValueError("fewer than 3 body items")
    for b in page.body:
        if b not in page.text:
            raise ValueError("body item not in text")
    for k, ln in page.furniture:
        if nkey(ln) in bkeys:
            raise ValueError(f"furniture equals body sentence: {ln!r}")
    for ln in unl:
        if nkey(ln) in bkeys:
            raise ValueError(f"unlabelled line equals body sentence: {ln!r}")
    if unl:
        for k, ln in page.furniture:
            if k == "related" and any(nkey(ln) == nkey(u) for u in unl):
                raise ValueError("related equals an unlabelled line")
    return True


def pages(path):
    _FAULTS_BY_INDEX.clear()
    body_rows, rel_rows = read_rows(path)
    rel = related_items(rel_rows)
    out = []
    for row, t, a in body_rows:
        title = detok(t)
        if not title:
            continue
        sents = story_sentences(title, a)
        if len(sents) < 3:
            continue
        k = len(out)
        name, fn = LAYOUTS[k % len(LAYOUTS)]
        rr = R(row, "related")
        pool = [x for x in rel if nkey(x[1]) != nkey(title)]
        rr.shuffle(pool)
        ctx = Ctx(row, title, sents, pool, k)
        entries = clean_entries(fn(ctx), title)
        entries, faults = apply_faults(entries, row)
        pg = assemble(entries, name)
        check(pg)
        out.append(pg)
        _FAULTS_BY_INDEX.append(faults)
    return out


_FAULTS_BY_INDEX = []  # faults of the pages of the last pages() call, in page order


def main(argv):
    path = argv[1] if len(argv) > 1 else "/work/shared/data/vietnews_train.jsonl.gz"
    _FAULTS_BY_INDEX.clear()
    ps = pages(path)
    cols = ["pages", "body", "byline", "credit", "caption", "related", "widget", "faults"]
    tab = {}
    for p, fl in zip(ps, _FAULTS_BY_INDEX):
        t = tab.setdefault(p.layout, dict.fromkeys(cols, 0))
        t["pages"] += 1
        t["body"] += len(p.body)
        for k, _ in p.furniture:
            t[k] += 1
        t["faults"] += len(fl)
    print(f"{'layout':<14}" + "".join(f"{c:>9}" for c in cols))
    tot = dict.fromkeys(cols, 0)
    for name, _ in LAYOUTS:
        if name in tab:
            print(f"{name:<14}" + "".join(f"{tab[name][c]:>9}" for c in cols))
            for c in cols:
                tot[c] += tab[name][c]
    print(f"{'TOTAL':<14}" + "".join(f"{tot[c]:>9}" for c in cols))
    fk = {}
    for fl in _FAULTS_BY_INDEX:
        for f in fl:
            fk[f] = fk.get(f, 0) + 1
    print("fault kinds:", ", ".join(f"{k}={v}" for k, v in sorted(fk.items())),
          f"| pages with faults: {sum(1 for fl in _FAULTS_BY_INDEX if fl)}")


if __name__ == "__main__":
    main(sys.argv)
