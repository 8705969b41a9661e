#!/usr/bin/env python3
"""Held-out evaluation set `test103` for a cleaner of scraped Vietnamese news pages.

Theme: politics and foreign affairs (invented outlets). Standard library only.
Usage: python3 make.py /path/to/vietnews_train.jsonl.gz
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

SETNAME = "test103"
SEED = 10363
BODY_ROWS = range(14900, 15000)
RELATED_ROWS = range(18500, 18600)
KINDS = ("byline", "credit", "caption", "related", "widget")


class Page(NamedTuple):
    text: str
    body: List[str]
    furniture: List[Tuple[str, str]]
    layout: str


def rng_for(row, purpose):
    return random.Random(f"{SETNAME}|{SEED}|{row}|{purpose}")


# ----------------------------------------------------------------------------
# Reading
# ----------------------------------------------------------------------------

def read_rows(path):
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
            if inr:
                related.append((i, t, a[:1200]))
    return body, related


# ----------------------------------------------------------------------------
# Story text
# ----------------------------------------------------------------------------

def detok(s):
    s = s.replace("_", " ")
    s = re.sub(r"\s+", " ", s).strip()
    parts = s.split('"')
    if len(parts) > 1 and len(parts) % 2 == 1:
        out = []
        for i, p in enumerate(parts):
            out.append(' "' + p.strip() + '" ' if i % 2 else p)
        s = re.sub(r" +", " ", "".join(out)).strip()
    s = re.sub(r"\s+([,.;:!?%…)\]”])", r"\1", s)
    s = re.sub(r"([(\[“])\s+", r"\1", s)
    s = re.sub(r"(\S) / (\S)", r"\1/\2", s)
    s = re.sub(r"(^|\s)' ([^'\n]{1,120}?) '(?=\s|$|[,.;:!?])", r"\1'\2'", s)
    s = re.sub(r" +", " ", s).strip()
    return s


ABBR = {"TP", "Tp", "TS", "GS", "PGS", "ThS", "BS", "Q", "P", "Th", "TT", "Mr", "Dr",
        "St", "NXB", "CN", "KS", "Ths", "Ts", "Gs", "Bs", "v.v", "TX", "H"}
CLOSERS = "\"”)]'’"


def is_abbrev(tok):
    core = tok.rstrip(CLOSERS)
    if not core.endswith("."):
        return False
    core = core[:-1].lstrip("(\"“")
    if core in ABBR:
        return True
    if len(core) == 1 and core.isalpha():
        return True
    if re.fullmatch(r"(?:\w\.)+\w", core):
        return True
    return False


def split_sentences(text):
    toks = text.split(" ")
    sents, cur = [], []
    straight, curly, brack = 0, 0, 0
    for j, tok in enumerate(toks):
        cur.append(tok)
        straight += tok.count('"')
        curly += tok.count("“") - tok.count("”")
        brack += tok.count("(") - tok.count(")")
        core = tok.rstrip(CLOSERS)
        if not core or core[-1] not in ".!?…":
            continue
        if straight % 2 or curly > 0 or brack > 0:
            continue
        if is_abbrev(tok):
            continue
        nxt = toks[j + 1] if j + 1 < len(toks) else ""
        if nxt:
            first = nxt.lstrip("\"“(")
            if not first or not (first[0].isupper() or first[0].isdigit()):
                continue
        sents.append(" ".join(cur))
        cur = []
        straight = curly = brack = 0
    if cur:
        sents.append(" ".join(cur))
    return [s.strip() for s in sents if s.strip()]


CAPTION_MARKS = ["ảnh:", "(ảnh", "ảnh minh họa", "ảnh minh hoạ", "video:", "clip:", "minh họa", "minh hoạ",
                 "(trái)", "(phải)", "(giữa)", "nguồn:", "đồ hoạ", "đồ họa", "infographic", "(từ trái",
                 "trong ảnh", "ảnh chụp", "ảnh cắt", "ảnh:", "(video", "(clip", "ảnh tư liệu", "ảnh do",
                 "ảnh nhân vật", "ảnh internet"]
REPORTING = ["cho biết", "cho hay", "khẳng định", "nhấn mạnh", "chia sẻ", "thông tin", "phát biểu",
             "tuyên bố", "xác nhận", "trả lời", "thông báo", "cho rằng", "nhận định", "giải thích",
             "bày tỏ", "lưu ý", "đề nghị", "kiến nghị", "yêu cầu", "thừa nhận", "trao đổi", "tiết lộ",
             "dẫn lời", "phản ánh", "nêu rõ", "kết luận", "báo cáo", "đề xuất", "nhận xét"]
REPORTING_WORDS = ["nói", "kể", "khai", "hỏi"]
CONNECTIVES = ["Tuy nhiên", "Trong khi đó", "Ngoài ra", "Đồng thời", "Bên cạnh đó", "Trước đó", "Sau đó",
               "Do đó", "Vì vậy", "Vì thế", "Mặt khác", "Theo đó", "Cùng với đó", "Hiện nay", "Hiện tại",
               "Đến nay", "Ngay sau đó", "Như vậy", "Tuy vậy", "Thế nhưng", "Nhưng", "Song", "Dù vậy",
               "Cũng theo", "Theo", "Trước tình hình", "Bởi vậy", "Do vậy", "Trong đó", "Hiện", "Còn",
               "Ngoài việc", "Không chỉ", "Thậm chí", "Sau khi", "Trước khi", "Cùng ngày", "Tiếp đó"]
HEADING_STARTERS = ["Theo", "Tuy", "Trong", "Sau", "Trước", "Ngày", "Hiện", "Ngoài", "Khi", "Lúc", "Đến", "Tại",
                    "Cũng", "Chiều", "Sáng", "Tối", "Trưa", "Đêm", "Đối", "Với", "Từ", "Nhiều", "Các", "Những",
                    "Để", "Do", "Vì", "Nếu", "Về", "Đây", "Bị", "Ông", "Bà", "Anh", "Chị", "Còn", "Nhưng",
                    "Song", "Mặc", "Dù", "Thế", "Vậy", "Qua", "Cùng", "Không", "Đó", "Điều", "Việc", "Hơn",
                    "Gần", "Có", "Là", "Rất", "Chỉ", "Đang", "Đã", "Sẽ", "Cần", "Phải", "Ai", "Mỗi", "Mọi",
                    "Cụ", "Riêng", "Đặc", "Tương", "Thậm", "Bên", "Như", "Kể", "Dẫn", "Liên", "Chưa"]
GLUED_HEADING = re.compile(r"[a-zàáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ0-9] "
                           r"(?:" + "|".join(HEADING_STARTERS) + r")(?!\w)")


LOWER = "a-zàáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ"
CAP_THEN_COMMA = re.compile(r"[" + LOWER + r"0-9] [A-ZĐÀ-Ỹ]\w* [" + LOWER + r"]+,")


def quote_then_capital(s):
    """A closing quote directly followed by a capitalised word: a glued sub-heading or a lost full stop."""
    n = 0
    for m in re.finditer(r'["“”]', s):
        ch = m.group()
        closing = ch == "”" or (ch == '"' and n % 2 == 1)
        if ch == '"':
            n += 1
        if not closing:
            continue
        before = s[m.start() - 1] if m.start() else ""
        after = s[m.end():m.end() + 2]
        if len(after) == 2 and after[0] == " " and after[1].isupper() and before not in ".!?…":
            return True
    return False


def has_reporting(s):
    low = s.lower()
    if any(v in low for v in REPORTING):
        return True
    return any(re.search(r"(?<!\w)" + w + r"(?!\w)", low) for w in REPORTING_WORDS)


def attributed_quote(s):
    return bool(re.search(r"[\"”]\s*[,-]\s*\w", s)) or bool(re.search(r"\w\s*:\s*[\"“]", s))


def opens_with_connective(s):
    return any(re.match(re.escape(c) + r"(?!\w)", s) for c in CONNECTIVES)


def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = re.sub(r"[\u200b\u200c\u200d\u2060\ufeff]", "", s)
    s = re.sub(r"\s+", "", s)
    return s.casefold()


def keep_sentence(s, title_n, seen):
    low = s.lower()
    if any(m in low for m in CAPTION_MARKS):
        return False
    if s.count('"') % 2 or s.count("“") != s.count("”") or s.count("(") != s.count(")") \
            or s.count("[") != s.count("]"):
        return False
    if not re.search(r"[.!?…][\"”)]?$", s):
        return False
    words = s.split()
    if ":" in " ".join(words[:6]):
        return False
    if re.search(r"(?:^|[.!?…\"”]\s*)Theo\s+[A-ZĐ][^.!?]{0,40}[.!?]?$", s) and not s.startswith("Theo"):
        return False
    if re.search(r"\.\s*\(?Theo\s+\S+", s):
        return False
    first = s.lstrip("\"“(")
    if not first or not (first[0].isupper() or first[0].isdigit()):
        return False
    if len(words) < 8 or len(words) > 110:
        return False
    if any(c in s for c in "|•»«"):
        return False
    if "..." in s or "…" in s[:-1]:
        return False
    if GLUED_HEADING.search(s):
        return False
    if quote_then_capital(s) or CAP_THEN_COMMA.search(s):
        return False
    n = norm(s)
    if n in seen or n == title_n:
        return False
    short = len(words) <= 22 or (len(words) <= 30 and "," not in s)
    if short and not (has_reporting(s) or attributed_quote(s) or opens_with_connective(s)):
        return False
    return True


def story_sentences(title, article):
    text = detok(article)
    title_n = norm(detok(title))
    seen, out = set(), []
    parts = split_sentences(text)
    if len(article) == 1201:  # a cut copy: the last piece may be a torn sentence
        parts = parts[:-1]
    for s in parts:
        if keep_sentence(s, title_n, seen):
            seen.add(norm(s))
            out.append(s)
    return out


# ----------------------------------------------------------------------------
# Invented material
# ----------------------------------------------------------------------------

SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương",
            "Lý", "Trịnh", "Đinh", "Lương", "Tạ", "Mai", "Phan", "Quách"]
MIDDLES = ["Văn", "Thị", "Hữu", "Minh", "Thanh", "Quốc", "Thu", "Ngọc", "Đức", "Gia", "Bảo", "Hải",
           "Xuân", "Kim", "Diệu"]
GIVENS = ["Khôi", "Trang", "Tài", "Lam", "Hà", "Bảo", "Vinh", "Nam", "Thư", "Huy", "Duy", "Phong",
          "Linh", "Tùng", "Quyên", "Sơn", "Hạnh", "Khang", "Yến", "Nguyên", "Thắng", "Uyên", "Đạt",
          "Hiền", "Long", "Mẫn", "Việt", "Châu"]
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def full_name(r):
    return f"{r.choice(SURNAMES)} {r.choice(MIDDLES)} {r.choice(GIVENS)}"


def short_name(r):
    return f"{r.choice(MIDDLES)} {r.choice(GIVENS)}"


def phone(r):
    return "0" + r.choice(["91", "98", "96", "88", "24", "28"]) + " " + \
        "".join(str(r.randint(0, 9)) for _ in range(3)) + " " + "".join(str(r.randint(0, 9)) for _ in range(3))


SCENE_CAPTIONS = [
    "Các đại biểu bấm nút biểu quyết tại phiên họp toàn thể chiều cùng ngày.",
    "Đoàn công tác làm việc với lãnh đạo địa phương về tình hình an ninh, trật tự.",
    "Cán bộ, chiến sĩ đồn biên phòng tuần tra trên tuyến biên giới.",
    "Quang cảnh buổi tiếp xúc cử tri sau kỳ họp tại hội trường UBND huyện.",
    "Lãnh đạo hai nước chụp ảnh chung trước khi bước vào hội đàm.",
    "Đoàn giám sát kiểm tra hồ sơ tại trụ sở cơ quan chức năng.",
    "Cử tri nêu ý kiến, kiến nghị với đoàn đại biểu Quốc hội tỉnh.",
    "Phiên thảo luận tổ diễn ra sôi nổi với nhiều ý kiến đóng góp.",
    "Lễ đón chính thức được tổ chức trọng thể tại Phủ Chủ tịch.",
    "Hội nghị trực tuyến được kết nối tới các điểm cầu trên cả nước.",
    "Lực lượng chức năng triển khai nhiệm vụ tại khu vực giáp ranh.",
    "Thành viên đoàn kiểm tra trao đổi nghiệp vụ trong giờ giải lao.",
]
PERSON_CAPTIONS = [
    "{p} trao đổi với phóng viên.",
    "{p} trả lời báo chí chiều cùng ngày.",
    "{p} thông tin về vụ việc với báo chí.",
    "{p} (phải) trao đổi với phóng viên.",
    "{p} tại buổi làm việc với đoàn công tác.",
    "{p} tại buổi họp báo sáng cùng ngày.",
]
PLACE_CAPTIONS = [
    "Khung cảnh tại {x} những ngày qua.",
    "Lực lượng chức năng có mặt tại {x}.",
    "Một góc {x}, nơi xảy ra sự việc.",
    "Người dân {x} theo dõi thông tin về vụ việc.",
    "Đoàn công tác kiểm tra thực tế tại {x}.",
]
TITLE_WORDS = ["ông", "bà", "anh", "chị", "thượng tá", "đại tá", "trung tá", "thiếu tá", "luật sư",
               "Thượng tá", "Đại tá", "Trung tá", "Thiếu tá", "Luật sư", "Ông", "Bà", "bác sĩ", "Bác sĩ",
               "Chủ tịch", "chủ tịch", "Bộ trưởng", "Thủ tướng", "Đại sứ", "đại sứ", "tướng", "Tướng"]
PLACE_WORDS = ["huyện", "quận", "tỉnh", "xã", "thị xã", "phường", "thị trấn", "thành phố"]


def extract_names(sents, words, maxn=4):
    found = []
    for s in sents:
        toks = s.split()
        for i in range(len(toks)):
            for tw in words:
                tws = tw.split()
                if toks[i:i + len(tws)] != tws:
                    continue
                j = i + len(tws)
                name = []
                while j < len(toks) and len(name) < maxn:
                    t = toks[j]
                    clean = t.rstrip(",.;:)\"”")
                    if not clean or not clean[0].isupper() or not clean.isalpha():
                        break
                    name.append(clean)
                    if clean != t:
                        break
                    j += 1
                if len(name) >= 2 if tw.lower() in ("ông", "bà", "anh", "chị") else len(name) >= 1:
                    val = tw + " " + " ".join(name)
                    if val not in found:
                        found.append(val)
    return found


def cap_first(s):
    return s[:1].upper() + s[1:]


TOPIC_TAGS = ["Quốc hội", "đối ngoại", "biên giới", "phòng chống tham nhũng", "kỳ họp", "cử tri",
              "an ninh trật tự", "chính quyền địa phương", "pháp luật", "giám sát", "thời sự", "hội nhập"]


# ----------------------------------------------------------------------------
# Page context and helpers
# ----------------------------------------------------------------------------

class Ctx:
    def __init__(self, row, title, sents, related):
        self.row = row
        self.r = rng_for(row, "layout")
        self.title = title
        self.sents = sents
        r = rng_for(row, "date")
        self.dt = datetime.datetime(r.randint(2016, 2019), r.randint(1, 12), r.randint(1, 28),
                                    r.randint(6, 22), r.randint(0, 59))
        body_n = {norm(s) for s in sents}
        title_n = norm(title)
        rr = rng_for(row, "related")
        pool = [x for x in related if norm(x[0]) != title_n and norm(x[0]) not in body_n
                and norm(x[1]) != title_n and norm(x[1]) not in body_n]
        rr.shuffle(pool)
        self.related = pool[:8]
        self.rel_i = 0
        self.persons = extract_names(sents, TITLE_WORDS)
        self.places = extract_names(sents, PLACE_WORDS, 3)
        self.body_n = body_n | {title_n}
        self.cap_i = 0
        self.used_caps = set()

    # dates
    def d_slash(self, pad=True):
        d = self.dt
        return f"{d.day:02d}/{d.month:02d}/{d.year}" if pad else f"{d.day}/{d.month}/{d.year}"

    def hm(self):
        return f"{self.dt.hour:02d}:{self.dt.minute:02d}"

    def wd(self, lower=False):
        w = WEEKDAYS[self.dt.weekday()]
        return w.lower().replace("thứ", "Thứ").replace("chủ", "Chủ") if lower else w

    def rel(self):
        if self.rel_i < len(self.related):
            x = self.related[self.rel_i]
            self.rel_i += 1
            return x
        return None

    def rels(self, n):
        out = []
        for _ in range(n):
            x = self.rel()
            if x:
                out.append(x)
        return out

    def rel_date(self, k):
        d = self.dt - datetime.timedelta(days=k * 2 + 1, hours=k * 3)
        return d

    def caption(self):
        r = self.r
        for _ in range(12):
            choice = r.random()
            if choice < 0.5 and self.persons:
                c = r.choice(PERSON_CAPTIONS).format(p=cap_first(r.choice(self.persons)))
            elif choice < 0.85 and self.places:
                c = r.choice(PLACE_CAPTIONS).format(x=r.choice(self.places))
            else:
                c = r.choice(SCENE_CAPTIONS)
            if norm(c) not in self.body_n and c not in self.used_caps:
                self.used_caps.add(c)
                return c
        return "Quang cảnh buổi làm việc."

    def pullquote(self):
        for s in self.sents:
            segs = re.findall(r"“([^“”]*)”", s)
            parts = s.split('"')
            if len(parts) % 2 == 1:
                segs += parts[1::2]
            for q in segs:
                q = q.strip()
                if 8 <= len(q.split()) <= 45 and "'" not in q and norm(q) not in self.body_n:
                    return "“" + q + "”"
        return None


def paragraphs(sents, r, lo, hi):
    out, i = [], 0
    while i < len(sents):
        n = r.randint(lo, hi)
        out.append(sents[i:i + n])
        i += n
    return out


def teaser_of(text, maxw=32):
    sents = split_sentences(detok(text))
    for s in sents:
        w = s.split()
        if len(w) >= 8 and not any(m in s.lower() for m in CAPTION_MARKS):
            s = detok(s)
            if len(w) > maxw:
                return detok(" ".join(s.split()[:maxw - 6]).rstrip(",;:")) + "…"
            return s
    w = detok(text).split()
    return " ".join(w[:20]).rstrip(",;:") + "…"


def interleave(paras, inserts):
    """paras: list of sentence lists; inserts: dict index -> list of entries placed after para index."""
    out = []
    for i, p in enumerate(paras):
        out.append(("body", p))
        for e in inserts.get(i, []):
            out.append(e)
    return out


def slot(paras, frac):
    if len(paras) <= 1:
        return 0
    return max(0, min(len(paras) - 2, int(round((len(paras) - 1) * frac))))


def add(ins, k, *entries):
    ins.setdefault(k, []).extend(entries)


# ----------------------------------------------------------------------------
# Layouts
# ----------------------------------------------------------------------------

def L_nghitruong(c):
    r = c.r
    E = [("widget", "Trang chủ Thời sự Quốc hội Đối ngoại Quốc phòng Pháp luật Bạn đọc"),
         ("site", "NGHỊ TRƯỜNG ONLINE"),
         ("widget", "Trang chủ » Quốc hội » Hoạt động của Quốc hội"),
         ("title", c.title),
         ("date", f"{c.wd()}, {c.d_slash()} - {c.hm()}")]
    paras = paragraphs(c.sents, r, 2, 3)
    ins = {}
    add(ins, 0, ("caption", c.caption()), ("credit", f"Ảnh: {short_name(r)}"))
    if len(paras) > 3:
        add(ins, slot(paras, 0.6), ("widget", "Quảng cáo"))
    E += interleave(paras, ins)
    E.append(("byline", full_name(r).upper()))
    E.append(("widget", "Từ khóa: " + ", ".join(r.sample(TOPIC_TAGS, 3))))
    rs = c.rels(3)
    if rs:
        E.append(("widget", "Tin liên quan"))
        E += [("related", "- " + h) for h, _ in rs]
    E.append(("widget", "© Bản quyền thuộc về Nghị Trường Online. Ghi rõ nguồn khi phát hành lại thông tin từ website này."))
    return E


def L_doingoai(c):
    r = c.r
    E = [("site", "ĐỐI NGOẠI NGÀY NAY"),
         ("widget", f"Hôm nay: {c.wd()}, {c.d_slash(False)}"),
         ("widget", "Thế giới | Ngoại giao | Kiều bào | Hội nhập | Bình luận"),
         ("title", c.title),
         ("byline", f"{short_name(r)} - {short_name(r)}"),
         ("date", f"{c.hm()} | {c.d_slash()}")]
    paras = paragraphs(c.sents, r, 1, 3)
    ins = {}
    add(ins, 0, ("caption", c.caption()[:-1] + f". (Ảnh: {short_name(r)})"))
    x = c.rel()
    if x:
        add(ins, slot(paras, 0.5), ("related", "Xem thêm: " + x[0]))
    E += interleave(paras, ins)
    E.append(("widget", "Chia sẻ: Facebook | Twitter | Email | In bài"))
    rs = c.rels(4)
    if rs:
        E.append(("widget", "CÙNG CHUYÊN MỤC"))
        E += [("related", f"{i + 1}. {h}") for i, (h, _) in enumerate(rs)]
    E.append(("widget", "Liên hệ tòa soạn: lienhe@doingoaingaynay.vn - ĐT: " + phone(r)))
    return E


def L_chinhluan(c):
    r = c.r
    d = c.dt
    E = [("title", c.title),
         ("date", f"Cập nhật: {c.hm()}, {d.day:02d}-{d.month:02d}-{d.year}"),
         ("widget", "Nghe đọc bài viết")]
    paras = paragraphs(c.sents, r, 1, 1)
    ins = {}
    add(ins, 0, ("widget", "Phóng to"), ("caption", c.caption()))
    if len(paras) > 5:
        add(ins, slot(paras, 0.7), ("widget", "ADVERTISEMENT"))
    E += interleave(paras, ins)
    E.append(("byline", r.choice(["Theo Nhật Báo Hội Nhập", "Theo Diễn Đàn Cử Tri", "Theo Quốc Sự Tuần San"])))
    rs = c.rels(3)
    if rs:
        E.append(("widget", "Tin khác"))
        for k, (h, _) in enumerate(rs):
            dd = c.rel_date(k)
            E.append(("related", f"{h} ({dd.day:02d}/{dd.month:02d}/{dd.year})"))
    E.append(("widget", "Chính Luận Điện Tử - Cơ quan ngôn luận của Hội Nghiên cứu Chính sách công"))
    return E


def L_biencuong(c):
    r = c.r
    author = short_name(r)
    E = [("site", "Biên Cương Thời Báo"),
         ("widget", "Quốc phòng Biên phòng Biển đảo Hậu phương Quân đội Tư liệu"),
         ("widget", "QUỐC PHÒNG - AN NINH"),
         ("title", c.title),
         ("byline", f"Bài và ảnh: {author}"),
         ("date", f"{c.wd()}, {c.d_slash()}, {c.hm()} (GMT+7)")]
    paras = paragraphs(c.sents, r, 2, 4)
    ins = {}
    n = 2 if len(paras) > 3 else 1
    add(ins, 0, ("widget", f"Ảnh 1/{n + 1}"), ("caption", c.caption()))
    if n == 2:
        add(ins, slot(paras, 0.6), ("widget", f"Ảnh 2/{n + 1}"), ("caption", c.caption()))
    E += interleave(paras, ins)
    E.append(("byline", author.upper()))
    rs = c.rels(3)
    if rs:
        E.append(("widget", "Bài viết cùng chủ đề"))
        E += [("related", f"{h}: {t}") for h, t in rs]
    E.append(("widget", "Đường dây nóng: " + phone(r) + " - Email: bandoc@biencuongthoibao.vn"))
    return E


def L_quocphong24(c):
    r = c.r
    E = [("date", f"{c.d_slash()} {c.hm()} GMT+7"),
         ("site", "TIN QUỐC PHÒNG 24H"),
         ("title", c.title),
         ("widget", f"Lượt xem: {r.randint(300, 9999):,}".replace(",", "."))]
    paras = paragraphs(c.sents, r, 1, 2)
    ins = {}
    add(ins, 0, ("widget", "Video đang phát"), ("widget", "00:00 / 0" + str(r.randint(1, 4)) + ":" + f"{r.randint(0, 59):02d}"),
        ("caption", c.caption()), ("credit", f"Video: {short_name(r)}"))
    E += interleave(paras, ins)
    E.append(("byline", f"{full_name(r)} (TTX Phương Nam)"))
    E.append(("widget", f"Thích {r.randint(1, 80)} · Ủng hộ {r.randint(0, 40)} · Phẫn nộ {r.randint(0, 15)}"))
    E.append(("widget", f"Bình luận ({r.randint(0, 12)})"))
    E.append(("widget", "Gửi bình luận"))
    rs = c.rels(4)
    if rs:
        E.append(("widget", "Đọc tiếp"))
        E += [("related", "» " + h) for h, _ in rs]
    return E


def L_liemchinh(c):
    r = c.r
    E = [("site", "liemchinh.vn"),
         ("widget", "Trang chủ > Phòng chống tham nhũng > Điều tra"),
         ("title", c.title),
         ("date", f"Ngày đăng: {c.dt.year}-{c.dt.month:02d}-{c.dt.day:02d} {c.hm()}")]
    paras = paragraphs(c.sents, r, 3, 4)
    ins = {}
    q = c.pullquote()
    if q and len(paras) > 2:
        add(ins, slot(paras, 0.5), ("widget", q))
    add(ins, 0, ("caption", c.caption()), ("credit", "Nguồn: " + r.choice(["Ủy ban Kiểm tra Tỉnh ủy", "Thanh tra tỉnh", "Cơ quan CSĐT"])))
    E += interleave(paras, ins)
    E.append(("byline", "Nhóm PV Điều tra"))
    E.append(("widget", "Đường dây nóng phản ánh tiêu cực: " + phone(r)))
    rs = c.rels(3)
    if rs:
        E.append(("widget", "Đọc thêm"))
        E.append(("related", " | ".join(h for h, _ in rs)))
    return E


def L_honglam(c):
    r = c.r
    a, b = short_name(r), short_name(r)
    E = [("title", c.title),
         ("date", f"Thời sự - {c.d_slash()} {c.hm()}"),
         ("byline", f"{a.upper()} - {b.upper()}")]
    paras = paragraphs(c.sents, r, 1, 3)
    ins = {}
    x = c.rel()
    if x:
        add(ins, slot(paras, 0.3), ("related", "> " + x[0]))
    add(ins, slot(paras, 0.7), ("caption", c.caption()), ("credit", f"Ảnh: {a}"))
    E += interleave(paras, ins)
    rs = c.rels(3)
    if rs:
        E.append(("widget", "Tin mới hơn"))
        for k, (h, _) in enumerate(rs):
            dd = c.dt + datetime.timedelta(hours=k + 2)
            E.append(("related", f"{h} - {dd.day:02d}/{dd.month:02d}"))
    E.append(("widget", "Báo điện tử Thời Sự Hồng Lam. Địa chỉ: 27 đường Hồng Lam, TP Vinh, Nghệ An"))
    E.append(("site", "Thời Sự Hồng Lam"))
    return E


def L_cutri(c):
    r = c.r
    author = full_name(r)
    d = c.dt
    E = [("widget", "Diễn đàn Chính sách Cử tri hỏi Đại biểu trả lời Góc nhìn"),
         ("title", c.title),
         ("date", f"{c.wd()}, ngày {d.day} tháng {d.month} năm {d.year}")]
    paras = paragraphs(c.sents, r, 2, 3)
    ins = {}
    if len(paras) > 2:
        add(ins, 1, ("caption", c.caption()))
    E += interleave(paras, ins)
    E.append(("byline", author))
    E.append(("byline", "Phóng viên Ban Chính trị, theo dõi mảng hoạt động dân nguyện và tiếp xúc cử tri"))
    E.append(("widget", "Bạn có đồng tình với nội dung bài viết?"))
    E.append(("widget", "Đồng tình"))
    E.append(("widget", "Không đồng tình"))
    E.append(("widget", f"Ý kiến bạn đọc ({r.randint(1, 9)})"))
    E.append(("widget", f"{short_name(r)}: Mong cơ quan chức năng sớm làm rõ và công khai kết quả cho cử tri được biết."))
    E.append(("widget", f"{r.randint(1, 9)} giờ trước · Trả lời · Thích"))
    rs = c.rels(3)
    if rs:
        E.append(("widget", "Tin đọc nhiều"))
        E += [("related", h) for h, _ in rs]
    return E


def L_ngoaigiaoplus(c):
    r = c.r
    E = [("site", "NGOẠI GIAO VIỆT+"),
         ("title", c.title),
         ("date", f"{c.dt.day:02d}.{c.dt.month:02d}.{c.dt.year} - {c.hm()}"),
         ("widget", f"Nghe bài viết 00:00 / 0{r.randint(2, 6)}:{r.randint(10, 59)}")]
    paras = paragraphs(c.sents, r, 1, 2)
    ins = {}
    add(ins, 0, ("caption", c.caption()))
    if len(paras) > 3:
        add(ins, slot(paras, 0.65), ("caption", "Infographic: Những con số đáng chú ý trong vụ việc"),
            ("credit", f"Đồ họa: {short_name(r)}"))
    E += interleave(paras, ins)
    E.append(("byline", f"Theo {r.choice(['Hải Đảo Tin', 'Tiếng Nói Đại Biểu', 'Cổng Tin Hữu Nghị'])}"))
    rs = c.rels(3)
    if rs:
        E.append(("widget", "TIN KHÁC"))
        for i, (h, t) in enumerate(rs):
            E.append(("related", f"{i + 1}. {h}"))
            E.append(("related", t))
    E.append(("widget", "Theo dõi Ngoại Giao Việt+ trên Zalo và Facebook"))
    return E


def L_congluan(c):
    r = c.r
    E = [("widget", "Trang chủ / Chính trị / Xây dựng Đảng"),
         ("widget", f"{c.wd()}, {c.d_slash()}"),
         ("site", "Công Luận Phương Nam"),
         ("title", c.title),
         ("byline", f"Phóng viên {full_name(r)}"),
         ("date", f"{c.hm()} ngày {c.d_slash()}")]
    paras = paragraphs(c.sents, r, 2, 2)
    ins = {}
    add(ins, 0, ("caption", c.caption()), ("credit", f"Ảnh: {short_name(r)}"))
    if len(paras) > 2:
        add(ins, slot(paras, 0.5), ("widget", "Quảng cáo"), ("widget", "Tắt quảng cáo"))
    E += interleave(paras, ins)
    E.append(("widget", "Tags: " + " ".join("#" + t.replace(" ", "") for t in r.sample(TOPIC_TAGS, 3))))
    x = c.rel()
    if x:
        E.append(("related", "Xem thêm: " + x[0]))
    E.append(("widget", "Giấy phép số 217/GP-BTTTT. Tổng biên tập: " + full_name(r)))
    return E


def L_daibieu(c):
    r = c.r
    E = [("title", c.title),
         ("date", f"({c.d_slash()} {c.hm()})")]
    paras = paragraphs(c.sents, r, 2, 4)
    ins = {}
    add(ins, slot(paras, 0.4), ("caption", c.caption()))
    E += interleave(paras, ins)
    E.append(("byline", full_name(r)))
    E.append(("widget", f"Thích {r.randint(2, 90)} Chia sẻ"))
    rs = c.rels(4)
    if rs:
        E.append(("widget", "Tin cùng chuyên mục"))
        E += [("related", "• " + h) for h, _ in rs]
    E.append(("site", "Tiếng Nói Đại Biểu - Diễn đàn của đại biểu dân cử"))
    return E


def L_hoinhap(c):
    r = c.r
    E = [("site", "Nhật Báo Hội Nhập"),
         ("widget", "Thời sự Thế giới Kinh tế Hội nhập Pháp luật Quốc phòng Video"),
         ("widget", "Thế giới / Ngoại giao"),
         ("title", c.title),
         ("date", f"{c.wd()}, {c.d_slash(False)}, {c.hm()} (GMT+7)")]
    paras = paragraphs(c.sents, r, 1, 3)
    ins = {}
    add(ins, slot(paras, 0.3), ("caption", c.caption() + " Ảnh: " + short_name(r)))
    E += interleave(paras, ins)
    E.append(("byline", short_name(r)))
    E.append(("widget", "Theo dõi Nhật Báo Hội Nhập trên Google News"))
    rs = c.rels(3)
    if rs:
        for h, t in rs:
            E.append(("related", h))
            E.append(("related", t))
    E.append(("widget", "Nhật Báo Hội Nhập"))
    return E


def L_dangvien(c):
    r = c.r
    E = [("site", "NGƯỜI ĐẢNG VIÊN ONLINE"),
         ("title", c.title),
         ("byline", f"Bài: {full_name(r)}"),
         ("credit", f"Ảnh: {short_name(r)}"),
         ("date", f"{c.d_slash()} {c.hm()}")]
    paras = paragraphs(c.sents, r, 2, 3)
    ins = {}
    add(ins, 0, ("caption", c.caption()))
    if len(paras) > 3:
        add(ins, slot(paras, 0.7), ("caption", c.caption()))
    E += interleave(paras, ins)
    rs = c.rels(3)
    if rs:
        E.append(("widget", "Tin cùng chuyên mục"))
        for k, (h, _) in enumerate(rs):
            dd = c.rel_date(k)
            E.append(("related", f"{h} ({dd.day:02d}/{dd.month:02d}/{dd.year})"))
    E.append(("widget", "Bản quyền thuộc Người Đảng Viên Online. Không sao chép khi chưa được phép."))
    E.append(("widget", "NGƯỜI ĐẢNG VIÊN ONLINE"))
    return E


def L_chinhsach(c):
    r = c.r
    E = [("site", "TẠP CHÍ CHÍNH SÁCH & ĐỜI SỐNG"),
         ("title", c.title),
         ("date", f"Ngày {c.d_slash()} | {c.hm()}"),
         ("widget", "Cỡ chữ A- A+ In bài")]
    paras = paragraphs(c.sents, r, 2, 3)
    ins = {}
    if len(paras) > 2:
        add(ins, 0, ("caption", c.caption()))
    E += interleave(paras, ins)
    E.append(("credit", "Nguồn: " + r.choice(["Văn phòng Đoàn ĐBQH tỉnh", "Ban Nội chính Tỉnh ủy", "Sở Ngoại vụ"])))
    rs = c.rels(3)
    if rs:
        E.append(("widget", "Bài liên quan:"))
        E += [("related", "+ " + h) for h, _ in rs]
    E.append(("widget", "Tòa soạn: 14 phố Tràng Tiền Mới, Hà Nội. Email: toasoan@chinhsachdoisong.vn"))
    return E


def L_haidao(c):
    r = c.r
    E = [("site", "Hải Đảo Tin"),
         ("widget", f"Hà Nội {r.randint(18, 35)}°C"),
         ("widget", "Biển đảo Biên giới Ngư dân Chủ quyền Góc nhìn"),
         ("title", c.title),
         ("date", f"{c.d_slash()} - {c.hm()}"),
         ("byline", f"Tác giả: {full_name(r)}")]
    paras = paragraphs(c.sents, r, 1, 3)
    ins = {}
    add(ins, slot(paras, 0.2), ("caption", c.caption()[:-1] + f" (Ảnh: {short_name(r)})"))
    x = c.rel()
    if x and len(paras) > 3:
        add(ins, slot(paras, 0.7), ("related", f"{x[0]} - {x[1]}"))
    E += interleave(paras, ins)
    E.append(("widget", "Đường dây nóng Bộ đội Biên phòng: " + phone(r)))
    E.append(("widget", f"{r.randint(0, 30)} bình luận"))
    rs = c.rels(2)
    if rs:
        E.append(("widget", "Có thể bạn quan tâm"))
        E += [("related", f"{h} - {t}") for h, t in rs]
    return E


def L_quocsu(c):
    r = c.r
    d = c.dt
    end = d + datetime.timedelta(days=6)
    E = [("site", "QUỐC SỰ TUẦN SAN"),
         ("widget", f"Số {r.randint(10, 52)} - Tuần từ {d.day}/{d.month} đến {end.day}/{end.month}/{end.year}"),
         ("title", c.title),
         ("byline", full_name(r).upper()),
         ("date", f"{c.d_slash()}")]
    paras = paragraphs(c.sents, r, 3, 4)
    ins = {}
    q = c.pullquote()
    if q:
        add(ins, 0, ("widget", q))
    if len(paras) > 2:
        add(ins, slot(paras, 0.6), ("caption", c.caption()), ("credit", f"Ảnh: {short_name(r)}"))
    E += interleave(paras, ins)
    E.append(("widget", "Đăng ký nhận bản tin Quốc Sự mỗi sáng thứ Hai"))
    rs = c.rels(4)
    if rs:
        E.append(("widget", "ĐỌC NHIỀU TRONG TUẦN"))
        E += [("related", f"{i + 1}/ {h}") for i, (h, _) in enumerate(rs)]
    return E


def L_phapche(c):
    r = c.r
    E = [("widget", "Pháp Chế Điện Tử › Pháp luật › Chống tham nhũng"),
         ("title", c.title),
         ("date", f"{c.hm()}, {c.wd(True).lower()} {c.d_slash()}")]
    paras = paragraphs(c.sents, r, 1, 2)
    ins = {}
    x = c.rel()
    if x:
        add(ins, slot(paras, 0.3), ("related", "Xem thêm: " + x[0]))
    add(ins, slot(paras, 0.6), ("caption", c.caption()))
    E += interleave(paras, ins)
    E.append(("byline", short_name(r)))
    E.append(("widget", "Chủ đề: " + ", ".join(r.sample(TOPIC_TAGS, 2))))
    rs = c.rels(3)
    if rs:
        E.append(("widget", "Tin cùng chủ đề"))
        for k, (h, _) in enumerate(rs):
            dd = c.rel_date(k)
            E.append(("related", f"{dd.day:02d}/{dd.month:02d}/{dd.year} {h}"))
    E.append(("site", "PHÁP CHẾ ĐIỆN TỬ"))
    return E


def L_dongkinh(c):
    r = c.r
    author = full_name(r)
    E = [("site", "Đông Kinh Thời Luận"),
         ("title", c.title),
         ("byline", f"Bởi {author}"),
         ("date", f"Cập nhật lúc {c.hm()} {c.d_slash()}")]
    paras = paragraphs(c.sents, r, 2, 3)
    ins = {}
    add(ins, 0, ("widget", "▶ Xem video"), ("credit", f"Video: {short_name(r)}"))
    if len(paras) > 2:
        add(ins, slot(paras, 0.6), ("caption", c.caption()))
    E += interleave(paras, ins)
    rs = c.rels(3)
    if rs:
        E.append(("widget", "Cùng chủ đề"))
        E += [("related", f"{h} - {t}") for h, t in rs]
    E.append(("widget", "Về đầu trang"))
    E.append(("widget", "© 2016-2019 Đông Kinh Thời Luận"))
    return E


def L_huunghi(c):
    r = c.r
    E = [("site", "Cổng Tin Hữu Nghị"),
         ("widget", "English | Tiếng Việt | 中文"),
         ("title", c.title),
         ("date", c.d_slash())]
    paras = paragraphs(c.sents, r, 1, 2)
    ins = {}
    add(ins, 0, ("caption", c.caption()))
    E += interleave(paras, ins)
    E.append(("byline", f"{short_name(r)}/TTX Phương Nam"))
    rs = c.rels(4)
    if rs:
        E.append(("widget", "Tin đã đưa"))
        for k, (h, _) in enumerate(rs):
            dd = c.rel_date(k)
            E.append(("related", f"{h} ({dd.hour:02d}:{dd.minute:02d} - {dd.day:02d}/{dd.month:02d})"))
    E.append(("widget", f"Lượt truy cập: {r.randint(1000000, 9999999):,}".replace(",", ".")))
    return E


def L_dongthuan(c):
    r = c.r
    E = [("widget", "ĐỒNG THUẬN XÃ HỘI Mặt trận Dân vận Tôn giáo Dân tộc Giám sát"),
         ("title", c.title),
         ("date", f"{c.wd()} {c.d_slash()} {c.hm()}"),
         ("byline", f"Thực hiện: {short_name(r)}, {short_name(r)}")]
    paras = paragraphs(c.sents, r, 2, 4)
    ins = {}
    add(ins, slot(paras, 0.4), ("caption", c.caption()), ("credit", f"Ảnh: {short_name(r)}"))
    E += interleave(paras, ins)
    E.append(("widget", f"Bạn thấy bài viết thế nào? Hữu ích ({r.randint(1, 40)}) Không hữu ích ({r.randint(0, 5)})"))
    rs = c.rels(4)
    if rs:
        E.append(("widget", "Đọc nhiều"))
        E += [("related", f"{i + 1} {h}") for i, (h, _) in enumerate(rs)]
    E.append(("widget", "Lên đầu trang"))
    return E


LAYOUTS = [
    ("nghitruong", L_nghitruong), ("doingoai", L_doingoai), ("chinhluan", L_chinhluan),
    ("biencuong", L_biencuong), ("quocphong24", L_quocphong24), ("liemchinh", L_liemchinh),
    ("honglam", L_honglam), ("cutri", L_cutri), ("ngoaigiaoplus", L_ngoaigiaoplus),
    ("congluan", L_congluan), ("daibieu", L_daibieu), ("hoinhap", L_hoinhap),
    ("dangvien", L_dangvien), ("chinhsach", L_chinhsach), ("haidao", L_haidao),
    ("quocsu", L_quocsu), ("phapche", L_phapche), ("dongkinh", L_dongkinh),
    ("huunghi", L_huunghi), ("dongthuan", L_dongthuan),
]


# ----------------------------------------------------------------------------
# Faults
# ----------------------------------------------------------------------------

FAULTS = ("nbsp", "zwsp", "dspace", "glue", "nfd")


def pick_faults(row):
    r = rng_for(row, "faults")
    if r.random() >= 0.27:
        return []
    n = 1 if r.random() < 0.7 else 2
    return sorted(r.sample(FAULTS, n))


def glue(sents, r):
    cand = [i for i in range(len(sents) - 1)
            if sents[i].endswith(".") and sents[i + 1][:1].isupper()]
    if not cand or len(sents) < 4:
        return sents, False
    i = r.choice(cand)
    return sents[:i] + [sents[i] + sents[i + 1]] + sents[i + 2:], True


def _replace_space(s, r, new):
    idx = [m.start() for m in re.finditer(" ", s)]
    if not idx:
        return s, False
    k = r.choice(idx)
    return s[:k] + new + s[k + 1:], True


def _insert_zw(s, r):
    words = [m for m in re.finditer(r"\w{4,}", s)]
    if not words:
        return s, False
    m = r.choice(words)
    k = m.start() + r.randint(1, len(m.group()) - 1)
    return s[:k] + "\u200b" + s[k:], True


def apply_char_fault(E, fault, r):
    """Mutate entries in place; body items are mutated item by item."""
    targets = []
    for ei, (kind, val) in enumerate(E):
        if kind == "body":
            for ii in range(len(val)):
                targets.append((ei, ii))
        elif kind != "title" or fault != "dspace":
            targets.append((ei, None))
    if not targets:
        return False
    n = {"nbsp": 3, "zwsp": 2, "dspace": 1}[fault]
    done = False
    for ei, ii in r.sample(targets, min(n, len(targets))):
        kind, val = E[ei]
        s = val[ii] if ii is not None else val
        if fault == "nbsp":
            s2, ok = _replace_space(s, r, "\u00a0")
        elif fault == "zwsp":
            s2, ok = _insert_zw(s, r)
        else:
            s2, ok = _replace_space(s, r, "  ")
        if ok:
            done = True
            if ii is not None:
                val = list(val)
                val[ii] = s2
                E[ei] = (kind, val)
            else:
                E[ei] = (kind, s2)
    return done


# ----------------------------------------------------------------------------
# Assembly and contract check
# ----------------------------------------------------------------------------

def assemble(E, layout):
    lines, body, furn = [], [], []
    for kind, val in E:
        if kind == "body":
            lines.append(" ".join(val))
            body.extend(val)
        elif kind in ("title", "date", "site"):
            lines.append(val)
        else:
            lines.append(val)
            furn.append((kind, val))
    return Page("\n".join(lines), body, furn, layout)


def check_page(p):
    lines = p.text.split("\n")
    if not p.text or any(not ln or ln != ln.strip() for ln in lines):
        raise ValueError(f"{p.layout}: blank or unstripped line")
    for k, ln in p.furniture:
        if k not in KINDS:
            raise ValueError(f"{p.layout}: bad kind {k}")
    if any(not b or "\n" in b or b != b.strip() for b in p.body):
        raise ValueError(f"{p.layout}: bad body item")
    bi = fi = un = 0
    others = []
    for ln in lines:
        if fi < len(p.furniture) and ln == p.furniture[fi][1]:
            others.append((p.furniture[fi][0], ln))
            fi += 1
            continue
        matched = False
        for n in range(1, 5):
            if bi + n > len(p.body):
                break
            if " ".join(p.body[bi:bi + n]) == ln:
                bi += n
                matched = True
                break
        if matched:
            continue
        un += 1
        others.append((None, ln))
        if un > 3:
            raise ValueError(f"{p.layout}: more than three unlabelled lines: {ln!r}")
    if bi != len(p.body) or fi != len(p.furniture):
        raise ValueError(f"{p.layout}: walk did not use up body/furniture")
    if len(p.body) < 3:
        raise ValueError(f"{p.layout}: fewer than 3 body items")
    bn = {norm(b) for b in p.body}
    title_n = norm(next(ln for k, ln in others if k is None)) if any(k is None for k, _ in others) else None
    for k, ln in others:
        if norm(ln) in bn:
            raise ValueError(f"{p.layout}: non-body line equals a body sentence: {ln!r}")
        if k == "related" and title_n is not None and norm(ln) == title_n:
            raise ValueError(f"{p.layout}: related equals title")


def build_page(k, row, title, article, related):
    title = detok(title)
    faults = pick_faults(row)
    sents = story_sentences(title, article)
    if len(sents) < 3:
        return None, []
    c = Ctx(row, title, sents, related)
    applied = []
    if "glue" in faults:
        sents2, ok = glue(sents, rng_for(row, "glue"))
        if ok:
            c.sents = sents2
            applied.append("glue")
    name, fn = LAYOUTS[k % len(LAYOUTS)]
    E = fn(c)
    # component check for related items (headline/teaser vs title/body)
    fr = rng_for(row, "charfaults")
    for f in faults:
        if f in ("nbsp", "zwsp", "dspace"):
            if apply_char_fault(E, f, fr):
                applied.append(f)
    page = assemble(E, name)
    if "nfd" in faults:
        nf = lambda s: unicodedata.normalize("NFD", s)
        page = Page(nf(page.text), [nf(b) for b in page.body],
                    [(kk, nf(v)) for kk, v in page.furniture], name)
        applied.append("nfd")
    return page, sorted(applied)


_FAULT_LOG = []


def pages(path):
    body_rows, related_rows = read_rows(path)
    related = []
    for row, t, a in related_rows:
        h = detok(t)
        te = teaser_of(a)
        if h and te and norm(h) != norm(te):
            related.append((h, te))
    out = []
    _FAULT_LOG.clear()
    for k, (row, t, a) in enumerate(body_rows):
        p, faults = build_page(k, row, t, a, related)
        if p is None:
            continue
        check_page(p)
        out.append(p)
        _FAULT_LOG.append(faults)
    return out


def main(argv):
    if len(argv) < 2:
        print("usage: make.py vietnews_train.jsonl.gz", file=sys.stderr)
        return 2
    ps = pages(argv[1])
    cols = ["pages", "body"] + list(KINDS) + ["faults"]
    print(f"{'layout':<14}" + "".join(f"{c:>9}" for c in cols))
    tot = {c: 0 for c in cols}
    for name, _ in LAYOUTS:
        row = {c: 0 for c in cols}
        for p, f in zip(ps, _FAULT_LOG):
            if p.layout != name:
                continue
            row["pages"] += 1
            row["body"] += len(p.body)
            for kk, _ in p.furniture:
                row[kk] += 1
            row["faults"] += len(f)
        for c in cols:
            tot[c] += row[c]
        print(f"{name:<14}" + "".join(f"{row[c]:>9}" for c in cols))
    print(f"{'TOTAL':<14}" + "".join(f"{tot[c]:>9}" for c in cols))
    fc = {}
    for f in _FAULT_LOG:
        for x in f:
            fc[x] = fc.get(x, 0) + 1
    print("pages with faults:", sum(1 for f in _FAULT_LOG if f), "| by fault:",
          ", ".join(f"{k}={fc[k]}" for k in sorted(fc)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
