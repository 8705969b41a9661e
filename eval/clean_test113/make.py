#!/usr/bin/env python3
"""test113 -- held-out evaluation pages for a cleaner of scraped Vietnamese news pages.

Theme: securities, banking and corporate news (invented stock portals, brokerage research
pages, bank news rooms, financial dailies, listed-company disclosure pages, personal finance).

Usage:  python3 make.py /work/shared/data/vietnews_train.jsonl.gz
Python 3 standard library only.  Every random draw comes from
random.Random(f"test113|11317|{row}|{purpose}").
"""
import gzip
import json
import re
import sys
import unicodedata
import datetime
from collections import Counter
from pathlib import Path
from random import Random
from typing import NamedTuple, List, Tuple

SETNAME = "test113"
SEED = 11317
BODY_ROWS = range(10_000, 10_100)
RELATED_ROWS = range(10_100, 10_200)
KINDS = ("byline", "credit", "caption", "related", "widget")


class Page(NamedTuple):
    text: str
    body: List[str]
    furniture: List[Tuple[str, str]]
    layout: str


def rng_for(row, purpose):
    return Random(f"{SETNAME}|{SEED}|{row}|{purpose}")


# ---------------------------------------------------------------- reading
def read_rows(path):
    """Stream the file once; return {row: (title, article[:1200 or whole])}."""
    last = max(BODY_ROWS.stop, RELATED_ROWS.stop) - 1
    body, related = {}, {}
    p = str(path)
    opener = gzip.open if p.endswith(".gz") else open
    with opener(p, "rb") as fh:
        for n, raw in enumerate(fh):
            if n > last:
                break
            if n not in BODY_ROWS and n not in RELATED_ROWS:
                continue
            raw = raw.strip()
            if not raw:
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
            if n in BODY_ROWS:
                body[n] = (t, a)
            else:
                related[n] = (t, a[:1200])
    return body, related


# ---------------------------------------------------------------- story text
def detok(s):
    s = s.replace("_", " ")
    s = re.sub(r"\s+", " ", s).strip()
    # straight double quotes: pair from the left, strip spaces inside each pair
    parts = s.split('"')
    if len(parts) > 1:
        out = []
        for i, p in enumerate(parts):
            if i % 2 == 1 and i < len(parts) - 1:
                p = p.strip()
            out.append(p)
        s = '"'.join(out)
    # spaced single quotes used as quotes: ' abc ' -> 'abc'
    s = re.sub(r"(?<=\w) ' (?=s\b)", "'", s)
    s = re.sub(r"(?<=\b[dDOlL]) ' (?=[A-Za-z])", "'", s)
    s = re.sub(r"(^|[\s\"“(])' ([^']{1,200}?) '(?=[\s,.;:!?)\"”]|$)", r"\1'\2'", s)
    s = re.sub(r"([(\[{“‘])\s+", r"\1", s)
    s = re.sub(r"\s+([)\]}”’])", r"\1", s)
    s = re.sub(r"\s+([,.;:!?%…])", r"\1", s)
    s = re.sub(r"(?<=\S)\s+/\s+(?=\S)", "/", s)
    s = re.sub(r"(?<=[A-Za-z]) -(?=\d)", "-", s)
    s = re.sub(r"\s{2,}", " ", s)
    return s.strip()


ABBR = {"TP", "Tp", "TS", "GS", "PGS", "ThS", "BS", "Q", "P", "St", "Mr", "Mrs", "Ms", "Dr",
        "Th.S", "NXB", "ThS.BS", "TS.BS", "PGS.TS", "GS.TS", "Jr", "Sr", "No", "Ths"}
TERM = ".!?…"
CLOSERS = '"”)’\''


def _abbrev_before(text, i):
    j = i
    while j > 0 and not text[j - 1].isspace():
        j -= 1
    tok = text[j:i].lstrip("(\"“'")
    if not tok:
        return False
    if tok in ABBR:
        return True
    if len(tok) == 1 and tok.isalpha():
        return True
    if re.fullmatch(r"(?:\w\.)+\w", tok):
        return True
    return False


def _start_ok(ch):
    return ch.isupper() or ch.isdigit() or ch in '"“(\'-'


def split_sents(text):
    track = text.count('"') % 2 == 0
    sents, start, inq, depth = [], 0, False, 0
    n = len(text)
    for i, c in enumerate(text):
        if c == '"' and track:
            inq = not inq
        elif c in "(“":
            depth += 1
        elif c in ")”":
            depth = max(0, depth - 1)
        is_end = c in TERM or (c in CLOSERS and i > 0 and text[i - 1] in TERM)
        if not is_end:
            continue
        j = i + 1
        if j < n and text[j] in CLOSERS:
            continue
        if inq or depth > 0:
            continue
        if j + 1 < n and text[j] == " " and _start_ok(text[j + 1]):
            if c == "." and _abbrev_before(text, i):
                continue
            sents.append(text[start:j].strip())
            start = j + 1
    tail = text[start:].strip()
    if tail:
        sents.append(tail)
    return [s for s in sents if s]


CAPTION_MARKS = ("ảnh:", "(ảnh", "video:", "clip:", "minh hoạ", "minh họa", "(trái)", "(phải)",
                 "nguồn:", "đồ hoạ", "đồ họa", "infographic", "ảnh minh", "(giữa)", "từ trái sang",
                 "từ phải sang", "photo:", "xem thêm", "xem video", "http", "www.", "@", ".com",
                 ".vn", "bấm vào", "click", ", phải,", ", trái,", ", giữa,", "ảnh chụp")
BAD_CHARS = ("|", "•", "»", "«", "►", "▶", "■", "*", "#", "\t")
REPORT_VERBS = ("cho biết", "cho hay", "nói", "khẳng định", "tuyên bố", "nhấn mạnh", "chia sẻ",
                "thông báo", "đưa tin", "nhận định", "tiết lộ", "xác nhận", "phát biểu", "giải thích",
                "bày tỏ", "thừa nhận", "cảnh báo", "dự báo", "nhận xét", "trả lời", "cho rằng",
                "đánh giá", "khuyến cáo", "công bố", "lưu ý", "kể lại", "viết trên", "dẫn lời",
                "trích lời", "phản ánh", "tường thuật", "theo ông", "theo bà", "theo báo cáo",
                "nhận thấy", "ước tính", "chỉ trích", "cáo buộc", "bác bỏ", "phủ nhận", "tố cáo",
                "kêu gọi", "hé lộ")
CONNECTIVES = ("Tuy nhiên", "Trong khi đó", "Ngoài ra", "Bên cạnh đó", "Theo đó", "Do đó", "Vì vậy",
               "Vì thế", "Song", "Nhưng", "Thế nhưng", "Đồng thời", "Trước đó", "Sau đó", "Mặt khác",
               "Thậm chí", "Dù vậy", "Tuy vậy", "Cùng ngày", "Đặc biệt", "Khi đó", "Lúc đó",
               "Do vậy", "Như vậy", "Bởi vậy", "Cụ thể", "Theo", "Trong đó", "Hơn nữa", "Ngược lại",
               "Cũng trong", "Trước tình hình", "Sau khi", "Trước khi", "Mặc dù", "Dù", "Nếu",
               "Bởi", "Vì", "Do", "Kết quả", "Tiếp đó", "Cuối cùng", "Hiện tại", "Hiện nay")


def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = re.sub("[\u200b\u200c\u200d\u2060\ufeff]", "", s)
    s = re.sub(r"\s+", "", s)
    return s.casefold()


def _balanced(s):
    if s.count('"') % 2:
        return False
    if s.count("(") != s.count(")") or s.count("[") != s.count("]"):
        return False
    if s.count("“") != s.count("”"):
        return False
    return True


def _has_attr_quote(s):
    return bool(re.search(r'["”],\s*\S', s) or re.search(r':\s*["“]', s))


def keep_sentence(s, title_n, seen):
    s = s.strip()
    if not s:
        return False
    low = s.lower()
    if any(m in low for m in CAPTION_MARKS):
        return False
    if any(c in s for c in BAD_CHARS):
        return False
    if not _balanced(s):
        return False
    core = s.rstrip(CLOSERS)
    if not core or core[-1] not in TERM:
        return False
    words = s.split()
    if len(words) < 8 or len(words) > 110:
        return False
    if any(":" in w for w in words[:6]):
        return False
    if re.search(r"\b[Tt]heo\s+[A-ZĐ]\S*(?:\s+[A-ZĐ]\S*){0,3}\s*[.!?]?$", s):
        return False
    first = s.lstrip('"“(\'')[:1]
    if not first or first.islower() or first == "-" or s[0] == "-":
        return False
    n = norm(s)
    if n in seen or n == title_n:
        return False
    short = len(words) <= 22 or ("," not in s and len(words) <= 30)
    if short:
        padded = " " + low.replace("nói chuyện", "~") + " "
        rep = any((" " + v + " ") in padded or (" " + v + ",") in padded or (" " + v + ".") in padded
                  for v in REPORT_VERBS)
        con = any(s.startswith(c + " ") or s.startswith(c + ",") for c in CONNECTIVES)
        if not (rep or con or _has_attr_quote(s)):
            return False
    seen.add(n)
    return True


def story_sentences(title, article):
    text = detok(article)
    tn = norm(title)
    seen = set()
    return [s for s in split_sents(text) if keep_sentence(s, tn, seen)]


# ---------------------------------------------------------------- entities from the story
PERSON_PREF = ("Tổng thống", "Thủ tướng", "Chủ tịch", "Bộ trưởng", "Thống đốc", "Giám đốc",
               "Tổng giám đốc", "Ngoại trưởng", "Thượng nghị sĩ", "Phó tổng thống", "CEO",
               "ông", "bà", "Ông", "Bà")
PLACE_PREF = ("tỉnh", "thành phố", "bang", "thủ đô", "Thủ đô", "sân bay", "cảng", "thị trấn", "làng",
              "quảng trường")
ORG_PREF = ("công ty", "tập đoàn", "Tập đoàn", "Công ty", "ngân hàng", "Ngân hàng", "hãng", "Hãng",
            "hãng tin")
STOP_CAP = {"Tổng", "Thủ", "Chủ", "Bộ", "Ông", "Bà", "Tuy", "Theo", "Trong", "Khi", "Sau", "Các",
            "Những", "Một", "Hôm", "Ngày", "Tháng", "Năm", "Tại", "Ở", "Người", "Đây", "Điều", "Việc",
            "Hồi", "Nhà", "Quốc", "Liên", "Hội", "Đảng", "Viện", "Sở", "Cục", "Ủy", "Uỷ"}


def _cap_run(toks, j):
    run = []
    while j < len(toks) and len(run) < 5:
        w = toks[j]
        if w[:1] in "\"“('":
            break
        core = w.rstrip(",.;:!?)\"”'")
        if not core or not core[0].isupper() or not re.fullmatch(r"[\w\-]+", core):
            break
        if core in STOP_CAP:
            break
        run.append(core)
        if core != w:
            break
        j += 1
    return run


def entities(sents):
    found = {"person": Counter(), "place": Counter(), "org": Counter()}
    pref_of = {}
    for s in sents:
        toks = s.split()
        for i in range(len(toks)):
            for kind, prefs in (("person", PERSON_PREF), ("place", PLACE_PREF), ("org", ORG_PREF)):
                for pref in prefs:
                    pl = pref.split()
                    if toks[i:i + len(pl)] != pl:
                        continue
                    run = _cap_run(toks, i + len(pl))
                    if not run:
                        continue
                    if kind == "person" and len(run) < 2 and pref not in ("ông", "bà", "Ông", "Bà"):
                        continue
                    if kind == "place" and pref in ("sân bay", "cảng", "quảng trường") and len(run) < 2:
                        continue
                    name = " ".join(run)
                    found[kind][name] += 1
                    pref_of.setdefault((kind, name), pref)
    out = {}
    for kind, c in found.items():
        out[kind] = [(pref_of[(kind, n)], n) for n, _ in c.most_common(4)]
    return out


# ---------------------------------------------------------------- invented furniture material
NAMES = ["Minh Trang", "Quang Huy", "Thu Hằng", "Hoài Nam", "Bảo Ngọc", "Đức Anh", "Lan Phương",
         "Hải Đăng", "Ngọc Diệp", "Tuấn Kiệt", "Mai Chi", "Khánh Linh", "Phương Thảo", "Việt Dũng",
         "Hồng Nhung", "Trung Kiên", "Thanh Tâm", "Gia Bảo", "Tường Vy", "Hà My", "Minh Châu",
         "Anh Thư", "Quốc Bảo", "Diệu Linh", "Thái Sơn", "Bích Ngân", "Hữu Khoa", "Kim Oanh"]
FULLNAMES = ["Nguyễn Minh Trang", "Trần Quang Huy", "Lê Thu Hằng", "Phạm Hoài Nam", "Võ Bảo Ngọc",
             "Đặng Đức Anh", "Bùi Lan Phương", "Lê Hải Đăng", "Hoàng Ngọc Diệp", "Đỗ Tuấn Kiệt",
             "Phan Mai Chi", "Vũ Khánh Linh", "Trịnh Phương Thảo", "Ngô Việt Dũng", "Lương Hồng Nhung",
             "Tạ Trung Kiên", "Châu Thanh Tâm", "Mạc Gia Bảo", "Hồ Tường Vy", "Lý Quốc Bảo"]
READERS = ["Nguyễn Văn Tú", "hoangbd_88", "Lê Thị Hoa", "NĐT Hà Nội", "trader_saigon", "Phạm Minh",
           "Trần Long", "bacsi_chungkhoan", "Thu Nguyễn", "Quang Vinh", "minhkhoa.ck", "Đặng Hòa"]
COMMENTS = ["Bài viết hay, cảm ơn tác giả đã tổng hợp.",
            "Thị trường dạo này khó đoán quá, giữ tiền mặt là hơn.",
            "Mong tòa soạn có thêm bài phân tích sâu về chủ đề này.",
            "Thông tin này ảnh hưởng thế nào đến nhóm cổ phiếu ngân hàng nhỉ?",
            "Đọc xong thấy lo lo, tuần sau chắc cắt bớt margin.",
            "Tin này cũ rồi, thị trường đã phản ánh hết.",
            "Cảm ơn, rất hữu ích cho nhà đầu tư nhỏ lẻ như mình.",
            "Ai có link báo cáo gốc cho xin với.",
            "Hy vọng VN-Index giữ được mốc hỗ trợ tuần này.",
            "Cần theo dõi thêm phản ứng của khối ngoại."]
TICKERS = ["HPL", "DTP", "KSB", "ADS", "BMF", "TNX", "VHG", "LQC", "SNP", "QTH", "MXL", "PDV",
           "HGT", "NBX", "TLC", "KVR"]
SCENE_CAPTIONS = [
    "Nhà đầu tư theo dõi bảng điện tại sàn giao dịch của một công ty chứng khoán ở Quận 1, TP.HCM.",
    "Khách hàng giao dịch tại quầy của một ngân hàng thương mại ở Hà Nội.",
    "Nhân viên ngân hàng kiểm đếm tiền tại một phòng giao dịch.",
    "Bảng điện tử hiển thị diễn biến giá cổ phiếu trong phiên giao dịch buổi sáng.",
    "Một góc khu tài chính ven sông Sài Gòn nhìn từ trên cao.",
    "Container xếp chờ thông quan tại một cảng biển phía Nam.",
    "Người dân chờ đến lượt giao dịch tại một chi nhánh ngân hàng.",
    "Các nhà đầu tư trao đổi thông tin tại phòng giao dịch của một công ty chứng khoán.",
]
GENERIC_CAPTIONS = {"Ảnh minh hoạ", "Hình ảnh tư liệu.", "Ảnh tư liệu"}
FOOTER_ADDR = ["Tầng 9, tòa nhà Sông Hồng, 26 Tràng Thi, Hà Nội", "68 Nguyễn Thị Minh Khai, Quận 3, TP.HCM",
               "Lầu 12, 145 Đồng Khởi, Quận 1, TP.HCM", "42 Lê Duẩn, quận Hải Châu, Đà Nẵng"]


def vnum(x, dec=2):
    s = f"{x:,.{dec}f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


def arrow(ch):
    return "▲" if ch > 0 else ("▼" if ch < 0 else "■")


class Ctx:
    """Everything a layout needs for one page."""

    def __init__(self, row, k, title, sents, related_pool):
        self.row, self.k, self.title, self.sents = row, k, title, sents
        self.r = rng_for(row, "layout")
        dr = rng_for(row, "date")
        self.dt = datetime.datetime(dr.randint(2016, 2019), dr.randint(1, 12), dr.randint(1, 28),
                                    dr.randint(6, 22), dr.randint(0, 59))
        self.ent = entities(sents)
        self.related_pool = related_pool
        self.body_norms = {norm(s) for s in sents}
        self.title_norm = norm(title)
        self._rel_used = set()
        self._caps_used = set()
        rr = rng_for(row, "related")
        self._rel_order = list(related_pool)
        rr.shuffle(self._rel_order)

    # ----- dates
    @property
    def wd(self):
        return ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"][self.dt.weekday()]

    def d(self, fmt):
        t = self.dt
        return fmt.format(d=t.day, m=t.month, y=t.year, dd=f"{t.day:02d}", mm=f"{t.month:02d}",
                          H=f"{t.hour:02d}", M=f"{t.minute:02d}", wd=self.wd, wdl=self.wd.lower(),
                          h=t.hour)

    def d_shift(self, days, fmt="{dd}/{mm}/{y}"):
        t = self.dt - datetime.timedelta(days=days)
        return fmt.format(d=t.day, m=t.month, y=t.year, dd=f"{t.day:02d}", mm=f"{t.month:02d}")

    # ----- picks
    def name(self):
        return self.r.choice(NAMES)

    def fullname(self):
        return self.r.choice(FULLNAMES)

    def related(self, n):
        out = []
        for row in self._rel_order:
            if len(out) >= n:
                break
            if row in self._rel_used:
                continue
            head, teaser = self.related_pool[row]
            if norm(head) in self.body_norms or norm(head) == self.title_norm:
                continue
            if norm(teaser) in self.body_norms or norm(teaser) == self.title_norm:
                continue
            self._rel_used.add(row)
            out.append((head, teaser))
        return out

    def short_teaser(self, teaser, words=24):
        w = teaser.split()
        if len(w) <= words:
            return teaser
        return " ".join(w[:words]).rstrip(",.;:") + "…"

    def board(self):
        r = self.r
        vn = r.uniform(880, 1180)
        hnx = r.uniform(95, 125)
        up = r.uniform(50, 60)
        out = []
        for nm, v in (("VN-Index", vn), ("HNX-Index", hnx), ("UPCoM-Index", up)):
            ch = r.uniform(-1.2, 1.2) / 100 * v
            out.append((nm, v, ch))
        return out

    def ticker_row(self, n=5, sep=" | "):
        r = self.r
        parts = []
        for t in r.sample(TICKERS, n):
            p = r.uniform(8, 95)
            ch = r.uniform(-4, 4)
            parts.append(f"{t} {vnum(p)} {'+' if ch > 0 else ''}{vnum(ch)}%")
        return sep.join(parts)

    def tags(self, n=4):
        pool = []
        for kind in ("org", "person", "place"):
            for _, nm in self.ent.get(kind, []):
                if nm not in pool:
                    pool.append(nm)
        base = ["Tin quốc tế", "Kinh tế thế giới", "Thị trường", "Doanh nghiệp", "Chính sách",
                "Vĩ mô", "Đầu tư", "Tin nóng"]
        self.r.shuffle(base)
        return (pool[:n - 1] + base)[:n]

    # ----- captions from the story
    def story_caption(self, allow_scene=True):
        r = self.r
        opts = []
        for pref, nm in self.ent.get("person", [])[:2]:
            p = pref[0].upper() + pref[1:]
            opts += [f"{p} {nm} phát biểu tại một sự kiện.", f"{p} {nm}.",
                     f"{p} {nm} trả lời báo chí bên lề một hội nghị.", f"Chân dung {pref.lower() if pref in ('Ông','Bà') else pref} {nm}."]
        for pref, nm in self.ent.get("org", [])[:2]:
            p = pref.lower()
            if p == "hãng tin":
                continue
            opts += [f"Trụ sở {p} {nm}.", f"Biểu tượng của {nm} tại một triển lãm.",
                     f"Một văn phòng của {nm}."]
        for pref, nm in self.ent.get("place", [])[:2]:
            if pref in ("sân bay", "cảng", "quảng trường", "làng"):
                opts += [f"Một góc {pref} {nm}.", f"Quang cảnh {pref} {nm}."]
            else:
                opts += [f"Toàn cảnh {pref} {nm} nhìn từ trên cao.",
                         f"Người dân qua lại trên một tuyến phố ở {pref} {nm}.", f"Một góc {pref} {nm}."]
        if not opts:
            opts = ["Ảnh minh hoạ", "Ảnh minh hoạ", "Hình ảnh tư liệu.", "Ảnh tư liệu"]
            if allow_scene and r.random() < 0.35:
                opts = SCENE_CAPTIONS
        elif allow_scene and r.random() < 0.08:
            opts = SCENE_CAPTIONS
        fresh = [o for o in opts if o not in self._caps_used] or opts
        for _ in range(10):
            c = r.choice(fresh)
            if norm(c) not in self.body_norms and norm(c) != self.title_norm:
                self._caps_used.add(c)
                return c
        return "Ảnh minh hoạ"

    def cap(self, suffix):
        """a story caption with the layout's credit suffix (none after a generic caption)."""
        c = self.story_caption()
        if c in GENERIC_CAPTIONS:
            return c
        return c + suffix

    def pull_quote(self):
        for s in self.sents:
            m = re.search(r'"([^"]{40,220})"', s)
            if m:
                q = m.group(1).strip().rstrip(",")
                if 8 <= len(q.split()) <= 30 and norm(q) not in self.body_norms and norm('"' + q + '"') not in self.body_norms:
                    return q
        return None

    def paragraphs(self, lo, hi):
        r = rng_for(self.row, "paras")
        out, i, s = [], 0, self.sents
        while i < len(s):
            n = r.randint(lo, hi)
            out.append(list(s[i:i + n]))
            i += n
        return out


def body(paras, inserts):
    """paras interleaved with inserts {after_paragraph_index: [entries]}."""
    out = []
    for i, p in enumerate(paras):
        out.append(("body", p))
        out.extend(inserts.get(i, []))
    return out


def spot(paras, frac):
    """index of the paragraph after which an insert goes (never after the last one)."""
    if len(paras) < 2:
        return -1
    return max(0, min(len(paras) - 2, int(round((len(paras) - 1) * frac)) - 1))


def add_insert(ins, idx, entries):
    if idx < 0:
        return
    ins.setdefault(idx, []).extend(entries)


# ================================================================ layouts
def L_nhipcau(c):
    site = "Nhịp Cầu Chứng Khoán"
    paras = c.paragraphs(2, 3)
    e = [("widget", "Trang chủ | Thị trường | Doanh nghiệp | Ngân hàng | Vĩ mô | Phân tích | Quốc tế"),
         ("site", site)]
    for nm, v, ch in c.board():
        e.append(("widget", f"{nm} {vnum(v)} {arrow(ch)} {vnum(abs(ch))} ({'+' if ch >= 0 else '-'}{vnum(abs(ch) / v * 100)}%)"))
    e += [("widget", "Quốc tế » Tin thế giới"), ("title", c.title),
          ("date", c.d("{wd}, {dd}/{mm}/{y} {H}:{M}")), ("byline", c.name())]
    ins = {}
    add_insert(ins, 0, [("caption", c.story_caption()), ("credit", f"Ảnh: {c.name()}")])
    rel = c.related(7)
    if len(rel) >= 1 and len(paras) >= 3:
        add_insert(ins, spot(paras, 0.6), [("related", f"Xem thêm: {rel[0][0]}")])
    e += body(paras, ins)
    e += [("widget", "Từ khoá: " + ", ".join(c.tags())),
          ("widget", "Chia sẻ: Facebook | Zalo | Twitter | Sao chép liên kết")]
    if len(rel) > 1:
        e.append(("widget", "Tin doanh nghiệp"))
        for i, (h, _) in enumerate(rel[1:6], 1):
            e.append(("related", f"{i}. {h}"))
    e += [("widget", "Thông tin trên Nhịp Cầu Chứng Khoán chỉ mang tính tham khảo, không phải lời khuyên mua bán chứng khoán."),
          ("widget", f"© {c.dt.year} Nhịp Cầu Chứng Khoán. Hotline: 1900 6358 27 - Email: toasoan@nhipcauck.vn")]
    return e


def L_tiente(c):
    paras = c.paragraphs(1, 2)
    e = [("widget", c.d("{wd}, ngày {d}/{m}/{y}")), ("site", "THỜI BÁO TIỀN TỆ"),
         ("widget", "Thời sự | Ngân hàng | Tiền tệ | Chứng khoán | Bất động sản | Doanh nghiệp | Tài chính cá nhân"),
         ("widget", "Ngân hàng"), ("title", c.title), ("date", c.d("{dd}/{mm}/{y} - {H}:{M}"))]
    ins = {}
    add_insert(ins, 0, [("widget", "[Ảnh]"), ("caption", c.cap(" (Ảnh minh hoạ)"))])
    if len(paras) > 4:
        add_insert(ins, spot(paras, 0.5), [("widget", "Quảng cáo")])
    e += body(paras, ins)
    e.append(("byline", c.name().upper()))
    rel = c.related(4)
    if rel:
        e.append(("widget", "Tin liên quan"))
        e += [("related", f"- {h}") for h, _ in rel]
    e += [("widget", "In bài | Gửi email | Lên đầu trang"),
          ("widget", "Cơ quan chủ quản: Hội Tài chính Tiền tệ Việt Nam. Giấy phép số 218/GP-BTTTT."),
          ("widget", f"Toà soạn: {FOOTER_ADDR[0]}. Điện thoại: (024) 3936 5172")]
    return e


def L_bank(c):
    paras = c.paragraphs(2, 4)
    r = c.r
    e = [("site", "DTPBank"), ("widget", "Cá nhân | Doanh nghiệp | Nhà đầu tư | Về chúng tôi | Tin tức"),
         ("widget", "Đăng nhập Internet Banking"),
         ("widget", "Trang chủ > Tin tức > Tin thị trường"), ("title", c.title),
         ("date", c.d("Ngày đăng: {dd}/{mm}/{y}"))]
    ins = {}
    if r.random() < 0.6:
        add_insert(ins, spot(paras, 0.4), [("caption", c.story_caption())])
    e += body(paras, ins)
    e.append(("byline", r.choice(["Theo Thời Báo Tiền Tệ", "Theo Phố Tài Chính", "Theo Kinh Tế Số Hôm Nay"])))
    e += [("widget", "Lãi suất tiết kiệm tại quầy (%/năm)")]
    base = r.uniform(4.3, 4.8)
    for term, add in (("1 tháng", 0), ("3 tháng", 0.5), ("6 tháng", 1.3), ("12 tháng", 2.3), ("24 tháng", 2.7)):
        e.append(("widget", f"Kỳ hạn {term}: {vnum(base + add, 1)}"))
    e += [("widget", c.d("Lãi suất áp dụng từ ngày {dd}/{mm}/{y}, chỉ mang tính tham khảo."))]
    rel = c.related(4)
    if rel:
        e.append(("widget", "Tin khác"))
        e += [("related", f"{h} ({c.d_shift(i + 1)})") for i, (h, _) in enumerate(rel)]
    e += [("widget", "Hotline 24/7: 1800 5868 39"),
          ("widget", "Ngân hàng TMCP Đại Thịnh Phát - Hội sở: 88 Lý Thái Tổ, Hoàn Kiếm, Hà Nội"),
          ("widget", f"© {c.dt.year} DTPBank. Bảo lưu mọi quyền.")]
    return e


def L_research(c):
    paras = c.paragraphs(1, 3)
    r = c.r
    author = c.fullname()
    e = [("site", "CHỨNG KHOÁN ÁNH DƯƠNG (ADS)"),
         ("widget", "Giao dịch trực tuyến | Mở tài khoản | Trung tâm phân tích | Bản tin thị trường | Hỗ trợ"),
         ("widget", "Trung tâm phân tích / Tin vĩ mô & quốc tế"),
         ("title", c.title), ("date", c.d("Ngày: {dd}/{mm}/{y}")),
         ("byline", f"Chuyên viên: {author}"), ("widget", f"Tải báo cáo PDF ({r.randint(180, 900)} KB)")]
    e += body(paras, {})
    e += [("byline", author),
          ("byline", "Chuyên viên phân tích, Khối Nghiên cứu & Phát triển sản phẩm ADS"),
          ("widget", "TUYÊN BỐ MIỄN TRÁCH NHIỆM"),
          ("widget", "Báo cáo được ADS thực hiện dựa trên các nguồn thông tin được coi là đáng tin cậy. "
                     "ADS không chịu trách nhiệm đối với bất kỳ quyết định đầu tư nào dựa trên báo cáo này.")]
    rel = c.related(5)
    if rel:
        e.append(("widget", "Báo cáo khác"))
        e += [("related", f"{c.d_shift(i + 1, '{dd}/{mm}')} | {h}") for i, (h, _) in enumerate(rel)]
    e += [("widget", "Tổng đài hỗ trợ khách hàng: (028) 3915 2268 - Nhánh 2"),
          ("widget", "Công ty Cổ phần Chứng khoán Ánh Dương. Giấy phép thành lập và hoạt động số 117/UBCK-GP.")]
    return e


def L_weekly(c):
    paras = c.paragraphs(2, 4)
    r = c.r
    e = [("site", "Doanh Nhân & Thị Trường"),
         ("widget", "Chuyện thương trường | Nhân vật | Quản trị | Tài chính | Thế giới"),
         ("widget", "Thế giới"), ("title", c.title), ("byline", f"Bài: {c.fullname()}"),
         ("credit", r.choice(["Ảnh: Tư liệu", f"Ảnh: {c.name()}", "Ảnh: Internet"])),
         ("date", c.d("{H}:{M} {dd}/{mm}/{y}"))]
    ins = {}
    add_insert(ins, 0, [("caption", c.cap(f" (Ảnh: {r.choice(['Tư liệu', c.name()])})"))])
    q = c.pull_quote()
    if q and len(paras) >= 3:
        add_insert(ins, spot(paras, 0.5), [("widget", f"“{q}”")])
    elif len(paras) >= 3:
        add_insert(ins, spot(paras, 0.7), [("caption", c.story_caption(allow_scene=False))])
    e += body(paras, ins)
    e.append(("widget", f"Bài viết đăng trên ấn phẩm Doanh Nhân & Thị Trường số {r.randint(80, 260)} phát hành ngày {c.d_shift(-3)}."))
    rel = c.related(3)
    if rel:
        e.append(("widget", "Đọc thêm"))
        e += [("related", f"» {h}") for h, _ in rel]
    e.append(("widget", "Đặt mua ấn phẩm: 0909 418 552 | phathanh@dnthitruong.vn"))
    return e


def L_personal(c):
    paras = c.paragraphs(1, 3)
    r = c.r
    e = [("site", "Gia Đình & Tiền Bạc"), ("widget", "Tài chính cá nhân"),
         ("widget", "Tiết kiệm | Bảo hiểm | Thẻ & Vay | Đầu tư | Kinh nghiệm"),
         ("title", c.title), ("date", c.d("{dd}/{mm}/{y}"))]
    ins = {}
    add_insert(ins, 0, [("caption", c.cap(f" Ảnh: {c.name()}"))])
    if len(paras) >= 3:
        usd = r.randint(22950, 23350)
        add_insert(ins, spot(paras, 0.6), [("widget", "Công cụ tính lãi tiết kiệm online - Thử ngay"),
                                            ("widget", f"Tỷ giá USD/VND hôm nay: {vnum(usd, 0)} - {vnum(usd + 100, 0)}")])
    e += body(paras, ins)
    e += [("byline", f"{c.name()} (tổng hợp)"),
          ("widget", f"Hữu ích {r.randint(3, 80)} | Không hữu ích {r.randint(0, 6)}")]
    rel = c.related(3)
    if rel:
        e.append(("widget", "Bài đọc nhiều"))
        for h, t in rel:
            e += [("related", h), ("related", c.short_teaser(t, 28))]
    e.append(("widget", "Gia Đình & Tiền Bạc - Chuyên trang tài chính cá nhân. Liên hệ quảng cáo: 0283 821 4470"))
    return e


def L_ir(c):
    paras = c.paragraphs(2, 3)
    r = c.r
    p = r.randint(180, 320) * 100
    ch = r.randint(-9, 9) * 50
    e = [("site", "HƯNG PHÁT LAND"), ("widget", "Giới thiệu | Dự án | Quan hệ cổ đông | Tin tức | Tuyển dụng"),
         ("widget", f"Mã CK: HPL (HOSE) {vnum(p, 0)} {arrow(ch)} {vnum(abs(ch), 0)} ({'+' if ch >= 0 else '-'}{vnum(abs(ch) / (p - ch) * 100)}%)"),
         ("widget", "Quan hệ cổ đông > Tin tức thị trường"), ("title", c.title),
         ("date", c.d("Đăng lúc: {H}:{M} {dd}/{mm}/{y}"))]
    e += body(paras, {})
    e += [("byline", "Ban Quan hệ Nhà đầu tư (tổng hợp)"),
          ("widget", "Tài liệu đính kèm: không có"),
          ("widget", "Liên hệ IR: ir@hungphatland.vn | (028) 3822 7799")]
    rel = c.related(5)
    if rel:
        e.append(("widget", "Tin cổ đông"))
        e += [("related", f"{i}. {h}") for i, (h, _) in enumerate(rel, 1)]
    e += [("widget", "Công ty Cổ phần Tập đoàn Hưng Phát Land - Mã chứng khoán: HPL"),
          ("widget", "Trang 1 / 1")]
    return e


def L_gold(c):
    paras = c.paragraphs(1, 2)
    r = c.r
    buy = r.uniform(35.2, 41.5)
    e = [("site", "Sàn Vàng 24h"), ("widget", "Giá vàng | Tỷ giá | Tin thị trường | Thế giới | Nhận định"),
         ("widget", "BẢNG GIÁ VÀNG (triệu đồng/lượng)"),
         ("widget", f"SJC Hà Nội: Mua {vnum(buy)} - Bán {vnum(buy + 0.2)}"),
         ("widget", f"SJC TP.HCM: Mua {vnum(buy)} - Bán {vnum(buy + 0.18)}"),
         ("widget", f"Nhẫn tròn trơn 9999: Mua {vnum(buy - 1.1)} - Bán {vnum(buy - 0.75)}"),
         ("widget", c.d("Cập nhật lúc {H}:{M}")),
         ("title", c.title), ("byline", c.name()), ("date", c.d("{H}:{M} | {dd}/{mm}/{y}"))]
    ins = {}
    cap = c.story_caption()
    add_insert(ins, spot(paras, 0.3), [("caption", cap)] + ([] if cap in GENERIC_CAPTIONS else [("caption", "Ảnh minh hoạ")]))
    rel = c.related(6)
    if len(paras) >= 4 and rel:
        add_insert(ins, spot(paras, 0.7), [("related", f"Xem thêm: {rel[0][0]}")])
    e += body(paras, ins)
    if len(rel) > 1:
        e.append(("widget", "TIN NÓNG"))
        e += [("related", f"● {h}") for h, _ in rel[1:5]]
    e += [("widget", "Giá vàng chỉ mang tính tham khảo, có thể thay đổi mà không báo trước."),
          ("widget", "Sàn Vàng 24h © Bản quyền thuộc về Công ty TNHH Truyền thông Kim Phát")]
    return e


def L_digital(c):
    paras = c.paragraphs(1, 2)
    r = c.r
    e = [("site", "Kinh Tế Số"), ("widget", "Mới nhất | Tài chính | Công nghệ | Khởi nghiệp | Thế giới"),
         ("title", c.title), ("byline", f"Bởi {c.name()}"), ("date", c.d("{dd}/{mm}/{y}, {H}:{M}")),
         ("widget", f"Thời gian đọc: {max(2, len(c.sents) // 4)} phút")]
    ins = {}
    if r.random() < 0.5:
        add_insert(ins, 0, [("widget", "Video đang phát"), ("caption", c.story_caption()),
                            ("credit", f"Video: {r.choice(['Kinh Tế Số', c.name()])}")])
    else:
        add_insert(ins, 0, [("caption", c.story_caption()), ("credit", f"Ảnh: {c.name()}")])
    q = c.pull_quote()
    if q and len(paras) >= 4:
        add_insert(ins, spot(paras, 0.6), [("widget", f'"{q}"')])
    e += body(paras, ins)
    e += [("widget", "Bạn thấy bài viết thế nào?"),
          ("widget", f"Thích {r.randint(2, 300)} · Chia sẻ {r.randint(0, 40)}")]
    rel = c.related(3)
    if rel:
        e.append(("widget", "Có thể bạn quan tâm"))
        e += [("related", f"{h} - {c.short_teaser(t, 20)}") for h, t in rel]
    nc = r.randint(1, 3)
    e.append(("widget", f"Bình luận ({nc})"))
    for who in r.sample(READERS, nc):
        e.append(("widget", f"{who}: {r.choice(COMMENTS)}"))
    e.append(("widget", "© Kinh Tế Số Hôm Nay. Ghi rõ nguồn khi phát hành lại thông tin từ website này."))
    return e


def L_board(c):
    paras = c.paragraphs(2, 3)
    r = c.r
    e = [("widget", c.ticker_row(6)), ("site", "BangDienTu.net"),
         ("widget", "Bảng giá | Thị trường | Doanh nghiệp | Quốc tế | Công cụ"),
         ("title", c.title), ("date", c.d("{dd}/{mm}/{y} {H}:{M}"))]
    e += body(paras, {})
    e.append(("byline", r.choice(["(BĐT tổng hợp)", f"{c.name()} (BĐT)", "BĐT"])))
    e.append(("widget", "TOP CỔ PHIẾU TĂNG GIÁ"))
    for t in r.sample(TICKERS, 3):
        e.append(("widget", f"{t} {vnum(r.uniform(10, 60))} +{vnum(r.uniform(2, 6.9))}%"))
    rel = c.related(5)
    if rel:
        e.append(("widget", "Tin mới cập nhật"))
        e += [("related", f"{(c.dt.hour - i - 1) % 24:02d}:{r.randint(0, 59):02d} {h}") for i, (h, _) in enumerate(rel)]
    e.append(("widget", "Dữ liệu giá được cập nhật trễ 15 phút. BangDienTu.net không chịu trách nhiệm về quyết định đầu tư."))
    return e


def L_journal(c):
    paras = c.paragraphs(3, 4)
    r = c.r
    e = [("site", "Tạp chí Ngân Hàng & Đầu Tư"), ("widget", "ISSN 1859-4871"),
         ("widget", "Nghiên cứu - Trao đổi | Tin tức | Quốc tế | Diễn đàn"),
         ("widget", "Quốc tế"), ("title", c.title), ("date", c.d("{d}/{m}/{y}")),
         ("widget", "In bài | Gửi email | Lưu")]
    ins = {}
    if len(paras) >= 2:
        add_insert(ins, 0, [("caption", c.cap(" Nguồn: Internet"))])
    e += body(paras, ins)
    e.append(("byline", r.choice(["ThS. ", "", ""]) + c.fullname().upper()))
    rel = c.related(4)
    if rel:
        e.append(("widget", "Các bài viết khác"))
        e += [("related", f"– {h}") for h, _ in rel]
    e += [("widget", "Lượt xem: " + vnum(r.randint(200, 9000), 0)),
          ("widget", "Tạp chí Ngân Hàng & Đầu Tư - Cơ quan của Hiệp hội Nghiệp vụ Ngân hàng. Giấy phép số 45/GP-BTTTT.")]
    return e


def L_pho(c):
    paras = c.paragraphs(1, 2)
    r = c.r
    e = [("widget", "☰ Menu"), ("site", "Phố Tài Chính"), ("widget", "Đăng nhập"),
         ("title", c.title), ("date", c.d("{dd}/{mm}/{y} {H}:{M}")),
         ("byline", f"{c.name()} | Phố Tài Chính")]
    rel = c.related(5)
    ins = {}
    if len(paras) >= 3:
        add_insert(ins, 0, [("caption", c.story_caption())])
    if rel and len(paras) >= 3:
        add_insert(ins, spot(paras, 0.5), [("related", f"Xem thêm: {rel[0][0]}")])
    if len(rel) > 1 and len(paras) >= 5:
        add_insert(ins, spot(paras, 0.8), [("related", f"Đọc thêm: {rel[1][0]}")])
    e += body(paras, ins)
    e.append(("widget", "Theo dõi Phố Tài Chính trên Google News"))
    left = rel[2:] if len(paras) >= 5 else rel[1:]
    if left:
        e.append(("widget", "Tin cùng chuyên mục"))
        e += [("related", h) for h, _ in left]
    e.append(("widget", "Về đầu trang"))
    return e


def L_fund(c):
    paras = c.paragraphs(1, 3)
    r = c.r
    e = [("site", "Bình Minh Capital"), ("widget", "Sản phẩm quỹ | Bản tin thị trường | Nhà đầu tư | Liên hệ"),
         ("widget", f"Bản tin số {r.randint(10, 52)}/{c.dt.year}"),
         ("title", c.title), ("date", c.d("Ngày phát hành: {dd}/{mm}/{y}")),
         ("byline", "Người tổng hợp: Bộ phận Đầu tư - Bình Minh Capital")]
    e += body(paras, {})
    nav = r.uniform(10500, 16500)
    e += [("widget", f"NAV/CCQ quỹ BMEF ngày {c.d_shift(1, '{dd}/{mm}')}: {vnum(nav)} đồng ({'+' if r.random() < .6 else '-'}{vnum(r.uniform(0, 1.2))}%)"),
          ("widget", "Lưu ý: Bản tin chỉ nhằm cung cấp thông tin, không phải là lời chào bán chứng chỉ quỹ. "
                     "Kết quả hoạt động trong quá khứ không đảm bảo cho kết quả trong tương lai.")]
    rel = c.related(4)
    if rel:
        e.append(("widget", "Bản tin trước"))
        e += [("related", f"{h} - {c.d_shift(7 * (i + 1))}") for i, (h, _) in enumerate(rel)]
    e.append(("widget", "Đăng ký nhận bản tin qua email | Hotline: 1800 6122 55"))
    return e


def L_thuongtruong(c):
    paras = c.paragraphs(2, 3)
    r = c.r
    e = [("site", "Thương Trường Việt"),
         ("widget", "Thời sự | Kinh doanh | Chứng khoán | Bất động sản | Thế giới | Tiêu dùng"),
         ("widget", "Thế giới"), ("title", c.title), ("date", c.d("{dd}/{mm}/{y} {H}:{M} GMT+7")),
         ("byline", f"{c.name()} - {c.name()}")]
    ins = {}
    add_insert(ins, 0, [("caption", c.cap(f" - Ảnh: {c.name()}"))])
    if len(paras) >= 4:
        add_insert(ins, spot(paras, 0.6), [("widget", "Quảng cáo"), ("widget", "Advertisement")])
    e += body(paras, ins)
    e += [("widget", "Bình chọn: Bạn có dự định mua thêm cổ phiếu trong tháng này?"),
          ("widget", "Có"), ("widget", "Không"), ("widget", "Chưa quyết định"),
          ("widget", "Bình chọn | Xem kết quả")]
    rel = c.related(4)
    if rel:
        e.append(("widget", "Tin cùng chuyên mục"))
        e += [("related", h) if i % 2 else ("related", f"{h} ({c.d_shift(i + 1, '{dd}/{mm}')})") for i, (h, _) in enumerate(rel)]
    e.append(("widget", f"Báo điện tử Thương Trường Việt. Toà soạn: {FOOTER_ADDR[1]}"))
    return e


def L_ckmoi(c):
    paras = c.paragraphs(1, 3)
    r = c.r
    e = [("site", "chungkhoanmoi.vn"), ("widget", "Tin nhanh"), ("title", c.title),
         ("date", c.d("{H}:{M} {dd}/{mm}"))]
    ins = {}
    add_insert(ins, 0, [("caption", "▲ " + c.story_caption())])
    e += body(paras, ins)
    e.append(("byline", f"{c.name()} (Tổng hợp)"))
    rel = c.related(4)
    if len(rel) >= 2:
        e.append(("related", "Xem thêm: " + "; ".join(h for h, _ in rel[:2])))
    if len(rel) >= 3:
        e.append(("widget", "Đọc tiếp"))
        e += [("related", f"{h}") for h, _ in rel[2:]]
    e += [("widget", "Tải ứng dụng Chứng Khoán Mới trên App Store | Google Play"),
          ("widget", "Bản quyền © Chứng Khoán Mới")]
    return e


def L_forum(c):
    paras = c.paragraphs(1, 4)
    r = c.r
    e = [("site", "Diễn đàn Cổ Đông"), ("widget", "Diễn đàn > Tin tức - Sự kiện > Thế giới"),
         ("title", c.title), ("byline", "Đăng bởi: codong_admin"), ("date", c.d("{dd}-{mm}-{y}, {H}:{M}")),
         ("widget", f"Lượt xem: {vnum(r.randint(120, 9800), 0)} | Trả lời: {r.randint(0, 12)}")]
    e += body(paras, {})
    e += [("byline", r.choice(["Theo Nhịp Sống Đầu Tư", "Theo Tin Nhanh Thị Trường", "Theo Phố Tài Chính"])),
          ("widget", f"Thích {r.randint(1, 60)} | Trích dẫn | Báo vi phạm")]
    nc = r.randint(1, 3)
    for who in r.sample(READERS, nc):
        e += [("widget", who), ("widget", r.choice(COMMENTS))]
    rel = c.related(5)
    if rel:
        e.append(("widget", "Chủ đề liên quan"))
        e += [("related", f"{i}. {h}") for i, (h, _) in enumerate(rel, 1)]
    e.append(("widget", "Diễn đàn Cổ Đông - Nơi chia sẻ kinh nghiệm đầu tư. Nội dung do thành viên đăng tải."))
    return e


def L_vfin(c):
    paras = c.paragraphs(2, 2)
    r = c.r
    mon = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"][c.dt.month - 1]
    e = [("widget", "VN | EN"), ("site", "VietFinance Daily"),
         ("widget", "Markets | Banking | Companies | Economy | World"),
         ("title", c.title), ("byline", f"Tác giả: {c.name()}"),
         ("date", f"{c.dt.day} {mon} {c.dt.year} | {c.d('{H}:{M}')}")]
    ins = {}
    add_insert(ins, 0, [("caption", c.story_caption()), ("credit", "Ảnh: VietFinance")])
    e += body(paras, ins)
    e.append(("widget", "Đăng ký nhận bản tin VietFinance mỗi sáng"))
    rel = c.related(4)
    if rel:
        e.append(("widget", "Related news"))
        e += [("related", f"— {h}") for h, _ in rel]
    e.append(("widget", "© VietFinance Daily. All rights reserved."))
    return e


def L_mientrung(c):
    paras = c.paragraphs(2, 3)
    r = c.r
    e = [("widget", "Đường dây nóng: 0236 3888 123 | Email: toasoan@doanhnghiepmientrung.vn"),
         ("site", "Tin nhanh Doanh nghiệp Miền Trung"),
         ("widget", "Doanh nghiệp | Đầu tư | Ngân hàng | Du lịch | Quốc tế"),
         ("title", c.title), ("date", c.d("{wd}, {d}/{m}/{y} {H}:{M}"))]
    ins = {}
    ngal = r.randint(2, 3) if len(paras) >= 3 else 1
    gal = []
    for i in range(1, ngal + 1):
        gal += [("widget", f"Ảnh {i}/{ngal}"), ("caption", c.story_caption())]
    add_insert(ins, 0, gal)
    e += body(paras, ins)
    e += [("byline", c.name().upper()), ("credit", "Nguồn: Tổng hợp")]
    rel = c.related(5)
    if rel:
        e.append(("widget", "Tin doanh nghiệp"))
        e += [("related", f"• {h}") for h, _ in rel]
    e.append(("widget", "Giấy phép số 37/GP-TTĐT do Sở Thông tin và Truyền thông TP Đà Nẵng cấp."))
    return e


def L_smart(c):
    paras = c.paragraphs(1, 3)
    r = c.r
    who = c.fullname()
    e = [("site", "Nhà Đầu Tư Thông Minh"), ("widget", "Kiến thức đầu tư | Tin tức | Ngân hàng | Chứng khoán"),
         ("widget", "[Avatar]"), ("byline", who), ("byline", "Biên tập viên mảng Tài chính quốc tế"),
         ("date", c.d("Cập nhật {H}:{M}, {dd}/{mm}/{y}")), ("title", c.title)]
    rel = c.related(5)
    ins = {}
    if len(paras) >= 2:
        add_insert(ins, 0, [("caption", c.story_caption()), ("credit", f"Nguồn ảnh: {c.name()}")])
    if rel and len(paras) >= 3:
        add_insert(ins, spot(paras, 0.7), [("related", f"Đọc thêm >> {rel[0][0]}")])
    e += body(paras, ins)
    e += [("widget", "Bài viết có hữu ích với bạn?"), ("widget", "Có | Không")]
    if len(rel) > 1:
        e.append(("widget", "Bài viết liên quan"))
        e += [("related", f"{h}: {c.short_teaser(t, 18)}") for h, t in rel[1:4]]
    e.append(("widget", "Nhà Đầu Tư Thông Minh không chịu trách nhiệm về các quyết định đầu tư dựa trên nội dung bài viết."))
    return e


def L_saigon(c):
    paras = c.paragraphs(2, 4)
    r = c.r
    rel = c.related(6)
    e = [("site", "TÀI CHÍNH SÀI GÒN"), ("widget", "Chứng khoán | Ngân hàng | Doanh nghiệp | Thế giới | Tiêu dùng")]
    if rel:
        e.append(("widget", "Tin doanh nghiệp"))
        e += [("related", h) for h, _ in rel[:3]]
    e += [("widget", "Thế giới"), ("date", c.d("{wd}, {dd}/{mm}/{y}, {H}:{M} (GMT+7)")), ("title", c.title)]
    ins = {}
    add_insert(ins, 0, [("caption", c.cap(f" (Ảnh: {c.name()})"))])
    e += body(paras, ins)
    e += [("byline", c.name()), ("credit", "Nguồn: Tài Chính Sài Gòn")]
    if len(rel) > 3:
        e.append(("widget", "Tin khác"))
        e += [("related", h) for h, _ in rel[3:]]
    e.append(("widget", f"Tài Chính Sài Gòn - {FOOTER_ADDR[2]}. ĐT: (028) 3827 9146"))
    return e


LAYOUTS = [
    ("nhipcau_portal", L_nhipcau), ("tiente_daily", L_tiente), ("dtpbank_newsroom", L_bank),
    ("ads_research", L_research), ("dnthitruong_weekly", L_weekly), ("giadinh_personal", L_personal),
    ("hungphat_ir", L_ir), ("sanvang_gold", L_gold), ("kinhteso_digital", L_digital),
    ("bangdientu_board", L_board), ("nhdt_journal", L_journal), ("photaichinh_mobile", L_pho),
    ("binhminh_fund", L_fund), ("thuongtruong_daily", L_thuongtruong), ("ckmoi_app", L_ckmoi),
    ("codong_forum", L_forum), ("vietfinance_bilingual", L_vfin), ("mientrung_regional", L_mientrung),
    ("nhadautu_smart", L_smart), ("taichinhsaigon_daily", L_saigon),
]


# ---------------------------------------------------------------- faults
ZW = "\u200b"


def _nbsp(s, r, k):
    idx = [i for i, ch in enumerate(s) if ch == " "]
    for i in r.sample(idx, min(k, len(idx))):
        s = s[:i] + "\u00a0" + s[i + 1:]
    return s


def _zwsp(s, r):
    words = [m for m in re.finditer(r"\w{4,}", s)]
    if not words:
        return s
    m = r.choice(words)
    cut = m.start() + r.randint(1, len(m.group()) - 1)
    return s[:cut] + ZW + s[cut:]


def _dbl(s, r):
    idx = [i for i, ch in enumerate(s) if ch == " "]
    if not idx:
        return s
    i = r.choice(idx)
    return s[:i] + "  " + s[i + 1:]


def apply_faults(entries, row):
    r = rng_for(row, "faults")
    if r.random() >= 0.3:
        return entries, []
    kinds = ["nbsp", "zwsp", "dblspace", "glue", "nfd"]
    chosen = r.sample(kinds, 1 if r.random() < 0.65 else 2)
    done = []
    entries = [(k, list(v) if k == "body" else v) for k, v in entries]
    body_idx = [i for i, (k, _) in enumerate(entries) if k == "body"]
    furn_idx = [i for i, (k, _) in enumerate(entries) if k in KINDS]
    for f in chosen:
        if f == "glue":
            cands = [(i, j) for i in body_idx for j in range(len(entries[i][1]) - 1)
                     if entries[i][1][j].endswith(".") and entries[i][1][j + 1][:1].isupper()]
            if not cands:
                continue
            i, j = r.choice(cands)
            items = entries[i][1]
            items[j:j + 2] = [items[j] + items[j + 1]]
        elif f == "nbsp":
            for i in body_idx:
                items = entries[i][1]
                for j in range(len(items)):
                    if r.random() < 0.3:
                        items[j] = _nbsp(items[j], r, r.randint(1, 3))
            for i in furn_idx:
                if r.random() < 0.2:
                    entries[i] = (entries[i][0], _nbsp(entries[i][1], r, 1))
        elif f == "zwsp":
            for _ in range(r.randint(1, 3)):
                i = r.choice(body_idx)
                items = entries[i][1]
                j = r.randrange(len(items))
                items[j] = _zwsp(items[j], r)
        elif f == "dblspace":
            for _ in range(r.randint(1, 2)):
                if furn_idx and r.random() < 0.3:
                    i = r.choice(furn_idx)
                    entries[i] = (entries[i][0], _dbl(entries[i][1], r))
                else:
                    i = r.choice(body_idx)
                    items = entries[i][1]
                    j = r.randrange(len(items))
                    items[j] = _dbl(items[j], r)
        elif f == "nfd":
            entries = [(k, [unicodedata.normalize("NFD", x) for x in v] if k == "body"
                        else unicodedata.normalize("NFD", v)) for k, v in entries]
        done.append(f)
    return entries, done


# ---------------------------------------------------------------- assembly and contract
def assemble(entries, layout):
    lines, body_items, furn, unl = [], [], [], []
    for k, v in entries:
        if k == "body":
            lines.append(" ".join(v))
            body_items.extend(v)
        elif k in ("title", "date", "site"):
            lines.append(v)
            unl.append(v)
        elif k in KINDS:
            lines.append(v)
            furn.append((k, v))
        else:
            raise ValueError(f"unknown entry kind {k}")
    return Page("\n".join(lines), body_items, furn, layout), unl


def check_page(page, title, sentences):
    """Independent walk of the text against body/furniture (raises ValueError)."""
    text, bodyl, furn = page.text, page.body, page.furniture
    if not text or not bodyl:
        raise ValueError("empty page")
    lines = text.split("\n")
    for ln in lines:
        if not ln or ln != ln.strip():
            raise ValueError(f"blank or unstripped line: {ln!r}")
    for k, ln in furn:
        if k not in KINDS:
            raise ValueError(f"bad kind {k}")
    for b in bodyl:
        if b not in text:
            raise ValueError(f"body item not in text: {b[:60]!r}")
    bi = fi = 0
    unl = []
    for ln in lines:
        if fi < len(furn) and furn[fi][1] == ln:
            fi += 1
            continue
        hit = False
        for n in range(1, 5):
            if bi + n <= len(bodyl) and " ".join(bodyl[bi:bi + n]) == ln:
                bi += n
                hit = True
                break
        if hit:
            continue
        unl.append(ln)
    if bi != len(bodyl) or fi != len(furn):
        raise ValueError(f"walk did not use up body/furniture ({bi}/{len(bodyl)}, {fi}/{len(furn)})")
    if len(unl) > 3:
        raise ValueError(f"{len(unl)} unlabelled lines: {unl}")
    if len({norm(u) for u in unl}) != len(unl):
        raise ValueError("repeated unlabelled line")
    if norm(title) not in {norm(u) for u in unl}:
        raise ValueError("title line missing")
    bn = {norm(b) for b in bodyl} | {norm(s) for s in sentences}
    un = {norm(u) for u in unl}
    for k, ln in furn:
        n = norm(ln)
        if n in bn:
            raise ValueError(f"furniture equals a body sentence: {ln!r}")
        if n in un and k != "widget":
            raise ValueError(f"repeat of an unlabelled line not labelled widget: {ln!r}")
        if k == "related" and n == norm(title):
            raise ValueError("related line equals title")
    for u in unl:
        if norm(u) in bn:
            raise ValueError(f"unlabelled line equals a body sentence: {u!r}")
    for b in bodyl:
        if "\n" in b:
            raise ValueError("newline inside body item")


def related_item(title, art1200):
    head = detok(title)
    text = detok(art1200[:1200])
    sents = split_sents(text)[:-1]          # the last piece may be cut at 1,200 characters
    tn, seen = norm(head), set()
    teaser = None
    for s in sents[:5]:
        if keep_sentence(s, tn, seen) and len(s.split()) <= 60:
            teaser = s
            break
    if teaser is None:
        w = text.split()
        teaser = " ".join(w[:30]).rstrip(",.;:") + "…"
    return head, teaser


def _build(path):
    body_rows, rel_rows = read_rows(path)
    pool = {}
    for row in sorted(rel_rows):
        h, t = related_item(*rel_rows[row])
        if h and t:
            pool[row] = (h, t)
    pages, meta = [], []
    for k, row in enumerate(sorted(body_rows)):
        title_raw, art = body_rows[row]
        title = detok(title_raw)
        sents = story_sentences(title, art)
        if len(sents) < 3 or not title:
            continue
        lname, fn = LAYOUTS[k % len(LAYOUTS)]
        ctx = Ctx(row, k, title, sents, pool)
        entries = fn(ctx)
        entries, faults = apply_faults(entries, row)
        page, unl = assemble(entries, lname)
        t_chk = unicodedata.normalize("NFD", title) if "nfd" in faults else title
        check_page(page, t_chk, sents)
        pages.append(page)
        meta.append({"row": row, "faults": faults})
    return pages, meta


def pages(path):
    return _build(path)[0]


def main(argv):
    path = argv[1] if len(argv) > 1 else "/work/shared/data/vietnews_train.jsonl.gz"
    ps, meta = _build(path)
    rows = {}
    for p, m in zip(ps, meta):
        t = rows.setdefault(p.layout, Counter())
        t["pages"] += 1
        t["body"] += len(p.body)
        for k, _ in p.furniture:
            t[k] += 1
        t["faults"] += len(m["faults"])
        t["faulted_pages"] += 1 if m["faults"] else 0
    cols = ["pages", "body", "byline", "credit", "caption", "related", "widget", "faults", "faulted_pages"]
    print(f"{'layout':24}" + "".join(f"{c:>9}" for c in cols[:-1]) + f"{'f.pages':>9}")
    tot = Counter()
    for lname, _ in LAYOUTS:
        t = rows.get(lname, Counter())
        tot.update(t)
        print(f"{lname:24}" + "".join(f"{t[c]:>9}" for c in cols))
    print(f"{'TOTAL':24}" + "".join(f"{tot[c]:>9}" for c in cols))
    fk = Counter(f for m in meta for f in m["faults"])
    print("faults by type: " + ", ".join(f"{k}={fk[k]}" for k in sorted(fk)))


if __name__ == "__main__":
    main(sys.argv)
