#!/usr/bin/env python3
"""Held-out evaluation set `test110` for a cleaner of scraped Vietnamese news pages.

Theme: world news desks (foreign wire stories, international politics, conflicts,
disasters abroad, overseas Vietnamese).  Standard library only.

    python3 make.py /work/shared/data/vietnews_train.jsonl.gz

pages(path) -> list[Page]; Page = (text, body, furniture, layout).
"""
import datetime
import gzip
import json
import random
import re
import sys
import unicodedata
from collections import OrderedDict
from pathlib import Path
from typing import List, NamedTuple, Tuple

SETNAME = "test110"
SEED = 11071
BODY_ROWS = range(16000, 16100)
RELATED_ROWS = range(19200, 19300)
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
    """Stream the file once; return ({row: (title, article)}, {row: (title, article[:1200])})."""
    body, rel = {}, {}
    last = max(BODY_ROWS[-1], RELATED_ROWS[-1])
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
                obj = json.loads(raw.decode("utf-8", "replace"))
            except ValueError:
                continue
            if not isinstance(obj, dict):
                continue
            t, a = obj.get("title"), obj.get("article")
            if not isinstance(t, str) or not isinstance(a, str):
                continue
            if inr:
                a = a[:1200]
            if not t.strip() or not a.strip():
                continue
            if inb:
                body[i] = (t, a)
            else:
                rel[i] = (t, a)
    return body, rel


# ---------------------------------------------------------------- story text
def detok(s):
    s = s.replace("_", " ")
    s = re.sub(r"\s+", " ", s).strip()
    parts = s.split('"')
    if len(parts) > 1:
        out = [parts[0]]
        n = len(parts)
        for i in range(1, n):
            seg = parts[i]
            if i % 2 == 1:
                if i == n - 1:          # unpaired quote: leave it (sentence will be dropped)
                    out.append('"' + seg)
                else:
                    out.append(' "' + seg.strip() + '"')
            else:
                out.append(seg)
        s = "".join(out)
    s = re.sub(r"\s+", " ", s).strip()
    s = re.sub(r"(?:^|(?<=[\s(]))' ([^']{1,80}?) '(?=[\s,.;:!?)]|$)", r"'\1'", s)
    s = re.sub(r"\s+([,.;:!?%…])", r"\1", s)
    s = re.sub(r"([(\[“‘])\s+", r"\1", s)
    s = re.sub(r"\s+([)\]”’])", r"\1", s)
    s = re.sub(r"(\S) / (\S)", r"\1/\2", s)
    s = re.sub(r"\s+", " ", s).strip()
    return s


ABBR = {"TP", "TS", "GS", "PGS", "ThS", "BS", "Q", "P", "TT", "Th", "St", "Mr", "Mrs", "Ms", "Dr",
        "Jr", "Sr", "Co", "Inc", "Ltd", "No", "vs", "TX", "KS", "NS", "NSND", "NSƯT", "Tp", "tp",
        "Gs", "Ts", "Bs", "Lt", "Gen", "Col", "Capt", "Sgt", "Prof", "St", "Mt", "Ft"}
SPLIT_RE = re.compile(r"[.!?…]+[\"”’)]*\s+")


def split_sents(text):
    out, start = [], 0
    for m in SPLIT_RE.finditer(text):
        end = m.end()
        seg = text[start:m.end()].rstrip()
        nxt = text[end:end + 2]
        if not nxt:
            continue
        c = nxt[0]
        if c in '"“(' and len(nxt) > 1:
            c = nxt[1]
        if not (c.isupper() or c.isdigit()):
            continue
        punct = text[m.start()]
        if punct == ".":
            before = text[start:m.start()]
            w = before.split(" ")[-1] if before else ""
            w = w.lstrip("(\"“")
            if w in ABBR or (len(w) == 1 and w.isalpha()) or re.fullmatch(r"(?:\w\.)+\w", w):
                continue
        if seg.count('"') % 2 or seg.count("“") != seg.count("”") or seg.count("(") != seg.count(")"):
            continue
        out.append(seg)
        start = end
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return [s.strip() for s in out if s.strip()]


CAP_MARKS_CS = ["Ảnh:", "(Ảnh", "Video:", "Clip:", "Nguồn:", "Đồ hoạ", "Đồ họa", "Photo:"]
CAP_MARKS_CI = ["ảnh:", "(ảnh", "ảnh minh", "video:", "clip:", "minh hoạ", "minh họa", "(trái)",
                "(phải)", "(giữa)", "nguồn:", "đồ hoạ", "đồ họa", "infographic", "xem thêm",
                "xem video", "xem clip", "xem ảnh", "ảnh chụp", "ảnh do", "ảnh internet",
                "photo", "(từ trái", "từ trái sang", "ảnh nhỏ", "video clip", "clip:"]
BAD_CHARS = ["|", "•", "»", "«", ">", "<", "http", "www.", "@", "©", "▶", "►", "★", "→", "…\"", "\t"]
REPORT = ["cho biết", "cho hay", "nói", "khẳng định", "tuyên bố", "nhấn mạnh", "chia sẻ",
          "thông báo", "phát biểu", "tiết lộ", "xác nhận", "thừa nhận", "đưa tin", "báo cáo",
          "bày tỏ", "giải thích", "nhận định", "cảnh báo", "kêu gọi", "trả lời", "viết",
          "cáo buộc", "lên án", "bác bỏ", "phủ nhận", "dẫn lời", "theo", "nêu rõ", "ước tính",
          "công bố", "phân tích", "đánh giá", "nhận xét", "đề nghị", "yêu cầu", "kể lại",
          "khẳng định", "lưu ý", "tin rằng", "cho rằng", "thông tin"]
REPORT_RE = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(v) for v in REPORT) + r")(?!\w)")
CONNECT = ["Tuy nhiên", "Trong khi đó", "Ngoài ra", "Bên cạnh đó", "Theo", "Do đó", "Vì vậy",
           "Trước đó", "Sau đó", "Đồng thời", "Mặc dù", "Dù", "Tuy vậy", "Thế nhưng", "Nhưng",
           "Cũng", "Trước đây", "Trong khi", "Cùng ngày", "Cùng lúc", "Đáng chú ý", "Đặc biệt",
           "Ngược lại", "Vì thế", "Do vậy", "Thêm vào đó", "Tương tự", "Song", "Ngay sau đó",
           "Như vậy", "Bởi vậy", "Hơn nữa", "Mặt khác", "Trước tình hình", "Kể từ", "Từ đó"]
THEO_TAIL = re.compile(r"(?:^|\s)\(?Theo\s+(?:[A-ZĐ0-9][\w.&'-]*\s*){1,5}\)?[.]?$")


def nkey(s):
    s = unicodedata.normalize("NFC", s)
    s = re.sub(r"[\u200b\u200c\u200d\u2060\ufeff]", "", s)
    s = re.sub(r"\s+", "", s)
    return s.casefold()


def keep_sentence(s, title_key):
    if any(m in s for m in CAP_MARKS_CS):
        return False
    low = s.lower()
    if any(m in low for m in CAP_MARKS_CI):
        return False
    if any(c in s for c in BAD_CHARS):
        return False
    if s.count('"') % 2 or s.count("“") != s.count("”") or s.count("(") != s.count(")") \
            or s.count("[") != s.count("]") or s.count("‘") != s.count("’"):
        return False
    if not re.search(r"[.!?…][\"”’)]?$", s):
        return False
    words = s.split()
    if len(words) < 8 or len(words) > 110:
        return False
    if any(":" in w for w in words[:6]):
        return False
    if THEO_TAIL.search(s):
        return False
    first = next((ch for ch in s if ch.isalpha()), "")
    if not first or not first.isupper():
        return False
    if not (s[0].isupper() or s[0].isdigit() or s[0] in '"“('):
        return False
    if nkey(s) == title_key:
        return False
    short = len(words) <= 22 or (len(words) <= 30 and "," not in s)
    if short:
        ok = bool(REPORT_RE.search(s)) or any(
            s.startswith(c + " ") or s.startswith(c + ",") for c in CONNECT)
        if not ok:
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


def teaser_of(article):
    txt = detok(article[:1200])
    for s in split_sents(txt):
        w = s.split()
        if len(w) >= 10 and not any(m in s.lower() for m in CAP_MARKS_CI) and not any(c in s for c in BAD_CHARS):
            if len(w) > 28:
                return " ".join(w[:24]).rstrip(",;:") + "..."
            return s
    w = txt.split()
    if len(w) >= 10:
        return " ".join(w[:22]).rstrip(",;:") + "..."
    return None


# ---------------------------------------------------------------- invented material
FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Phan"]
GIVEN2 = ["Minh Châu", "Thanh Hà", "Quốc Việt", "Ngọc Anh", "Hải Đăng", "Bảo Trâm", "Phương Linh",
          "Đức Minh", "Khánh Vy", "Thu Trang", "Hoài Nam", "Gia Huy", "Mai Phương", "Tuấn Kiệt",
          "Lan Hương", "Trung Kiên", "Diệu Linh", "Việt Hoàng", "Hồng Nhung", "Anh Thư",
          "Bích Ngọc", "Quang Vinh", "Thảo Nguyên", "Nhật Minh", "Hà Vy", "Đình Phong"]
AGENCIES = [("Meridian Wire", "MW"), ("Asia Wire Press", "AWP"), ("EuroDispatch", "EDP"),
            ("Sunda Press", "SP"), ("Nordlicht Nachrichten", "NN"), ("Pacifica News", "PN"),
            ("Agencia Andina Sur", "AAS"), ("Capital Telegraph", "CT"), ("Baltica Press", "BP"),
            ("Levant Newswire", "LNW")]
PHOTO = ["Meridian Wire", "AWP", "EuroDispatch", "Sunda Press", "PacificPix", "Nordlicht Foto",
         "Andina Sur", "Capital Telegraph", "Baltica Press", "Levant Newswire"]
CITIES = ["Washington", "Moskva", "Bắc Kinh", "Tokyo", "Seoul", "Paris", "London", "Berlin",
          "Bangkok", "Jakarta", "Canberra", "New Delhi", "Brussels", "Geneva", "Sydney", "Praha"]
COMMENTERS = ["Tâm Nguyễn", "anh Tuấn (Đà Nẵng)", "Hoa Lê", "Kiều bào Melbourne", "Minh Quân",
              "Lão nông", "Phương Thảo", "bạn đọc Hữu Lộc", "Trần Dũng", "Vy Vy", "Khách", "Hải Yến"]
COMMENTS = ["Thông tin rất cập nhật, cảm ơn tòa soạn.",
            "Mong tình hình sớm ổn định, người dân bớt khổ.",
            "Bài viết hay nhưng nên có thêm bản đồ cho dễ hình dung.",
            "Không biết bà con người Việt ở đó có bị ảnh hưởng gì không?",
            "Chuyện này còn dài, chờ xem các bên xử lý thế nào.",
            "Thế giới ngày càng khó đoán thật.",
            "Đọc xong thấy lo quá, cầu mong bình an cho mọi người.",
            "Ủng hộ quan điểm của tác giả.",
            "Tin này các báo nước ngoài đưa từ hôm qua rồi.",
            "Hy vọng các nước sớm ngồi lại đàm phán."]
SCENES = ["Lực lượng cứu hộ làm nhiệm vụ tại hiện trường sau thảm họa.",
          "Người biểu tình tập trung trước trụ sở chính phủ.",
          "Binh sĩ tuần tra tại một khu vực gần biên giới.",
          "Các phóng viên quốc tế chờ đưa tin bên ngoài tòa nhà quốc hội.",
          "Quốc kỳ các nước tham dự hội nghị thượng đỉnh.",
          "Người dân sơ tán khỏi khu vực bị ảnh hưởng.",
          "Toàn cảnh phiên họp của Hội đồng Bảo an.",
          "Cộng đồng người Việt tham gia một hoạt động văn hóa ở nước ngoài.",
          "Một góc đường phố sau trận động đất.",
          "Đoàn xe cứu trợ trên đường tới vùng lũ.",
          "Các nhà lãnh đạo chụp ảnh chung bên lề hội nghị.",
          "Hàng hóa được bốc dỡ tại một cảng biển lớn.",
          "Cảnh sát phong tỏa khu vực xảy ra vụ việc.",
          "Người dân xếp hàng chờ nhận hàng cứu trợ."]
INFO_LABELS = ["Diễn biến chính của sự việc", "Các mốc thời gian quan trọng", "Con số đáng chú ý",
               "Bản đồ khu vực ảnh hưởng", "Những điều cần biết"]
TAGS = ["Thế giới", "Quốc tế", "Châu Á", "Châu Âu", "Mỹ", "Trung Đông", "Kiều bào", "Thời sự",
        "Ngoại giao", "Thiên tai", "Xung đột", "Kinh tế thế giới", "Hồ sơ", "Phân tích"]

PERSON_TRIG = ("ông", "bà", "Tổng thống", "Thủ tướng", "Ngoại trưởng", "Chủ tịch", "Bộ trưởng",
               "Tổng thư ký", "Quốc vương", "Nữ hoàng")
PERSON_RE = re.compile(r"(?<!\w)(?:" + "|".join(PERSON_TRIG) + r") (\S+(?: \S+){0,4})")
PLACE_RE = re.compile(r"(?<!\w)(?:tại|ở) (\S+(?: \S+){0,3})")


COUNTRY_WORDS = {"Mỹ", "Nga", "Trung", "Quốc", "Nhật", "Bản", "Hàn", "Pháp", "Anh", "Đức", "Việt", "Nam",
                 "Triều", "Tiên", "Ấn", "Độ", "Úc", "Hoa", "Kỳ", "Israel", "Iran", "Thái", "Lan", "Philippines", "Syria"}
ORG_WORDS = {"Bộ", "Tổng", "Cục", "Sở", "Ủy", "Uỷ", "Ban", "Hội", "Liên", "Viện", "Ngân", "Nhà", "Chính",
             "Văn", "Công", "Tập", "Theo", "Trong", "Đảng", "Quân", "Tòa", "Toà", "Hạ", "Thượng", "Hiệp",
             "Trường", "Đại", "Cơ", "Phòng", "Tài", "Sân", "Khu", "Trụ", "Trạm", "Bệnh", "Tỉnh", "Huyện",
             "Xã", "Thành", "UBND", "TP", "HĐND", "Thủ", "Phó", "Giám", "Chủ", "Trung", "Quốc", "Hà", "Nội", "Đội", "Phường", "Quận"}
KNOWN_PLACES = {"Mỹ", "Nga", "Pháp", "Anh", "Đức", "Úc", "Syria", "Iraq", "Iran", "Israel", "Ukraine",
                "Philippines", "Indonesia", "Malaysia", "Singapore", "Myanmar", "Campuchia", "Lào",
                "Washington", "Moskva", "London", "Paris", "Berlin", "Tokyo", "Seoul", "Bangkok",
                "Brussels", "Geneva", "Sydney", "Melbourne", "Frankfurt", "Praha", "Warsaw", "Canada",
                "Venezuela", "Mexico", "Brazil", "Italy", "Afghanistan", "Pakistan", "Yemen", "Libya"}
TOPIC_SCENES = [
    (("động đất", "sóng thần", "bão", "lũ", "lở đất", "cháy rừng", "núi lửa", "thiên tai", "hỏa hoạn"),
     ["Lực lượng cứu hộ làm nhiệm vụ tại hiện trường sau thảm họa.",
      "Người dân sơ tán khỏi khu vực bị ảnh hưởng.",
      "Đoàn xe cứu trợ trên đường tới vùng bị thiệt hại.",
      "Người dân xếp hàng chờ nhận hàng cứu trợ."]),
    (("quân đội", "tên lửa", "binh sĩ", "xung đột", "không kích", "phiến quân", "khủng bố", "vũ khí", "tấn công"),
     ["Binh sĩ tuần tra tại một khu vực gần biên giới.",
      "Cảnh sát phong tỏa khu vực xảy ra vụ việc.",
      "Xe quân sự di chuyển trên một tuyến đường chính."]),
    (("USD", "doanh nghiệp", "tập đoàn", "thị trường", "xuất khẩu", "ngân hàng", "đầu tư", "kinh tế", "thuế"),
     ["Hàng hóa được bốc dỡ tại một cảng biển lớn.",
      "Một trung tâm tài chính vào giờ cao điểm.",
      "Khách hàng mua sắm tại một trung tâm thương mại.",
      "Bảng điện tử hiển thị diễn biến thị trường chứng khoán."]),
    (("tổng thống", "thủ tướng", "ngoại trưởng", "bầu cử", "quốc hội", "hội nghị", "ngoại giao", "chính phủ"),
     ["Các nhà lãnh đạo chụp ảnh chung bên lề hội nghị.",
      "Toàn cảnh một phiên họp cấp cao.",
      "Các phóng viên chờ đưa tin bên ngoài tòa nhà quốc hội.",
      "Quốc kỳ các nước tham dự hội nghị thượng đỉnh."]),
    (("kiều bào", "người Việt", "du học", "lao động", "cộng đồng"),
     ["Cộng đồng người Việt tham gia một hoạt động văn hóa ở nước ngoài.",
      "Du học sinh Việt Nam trong một buổi gặp mặt đầu năm."]),
]


def topic_scenes(sents):
    txt = " ".join(sents).lower()
    out = []
    for keys, scenes in TOPIC_SCENES:
        if sum(txt.count(k.lower()) for k in keys) >= 2:
            out.extend(scenes)
    return out or ["Hình ảnh minh họa cho bài viết.", "Một góc thành phố vào buổi sáng."]


def cap_run(chunk, maxn):
    out = []
    for w in chunk.split(" "):
        core = w.rstrip(",.;:!?)\"”")
        if not core or not core[0].isupper() or not core.replace("-", "").isalpha():
            break
        out.append(core)
        if core != w or len(out) >= maxn:
            break
    return out


def entities(sents):
    persons, places = OrderedDict(), OrderedDict()
    for s in sents:
        for m in PERSON_RE.finditer(s):
            ws = cap_run(m.group(1), 5)
            while ws and ws[0] in COUNTRY_WORDS:
                ws = ws[1:]
            if 2 <= len(ws) <= 4 and not any(x in ORG_WORDS for x in ws):
                persons[" ".join(ws)] = 1
        for m in PLACE_RE.finditer(s):
            ws = cap_run(m.group(1), 3)
            w = " ".join(ws)
            if ws and (len(ws) >= 2 or w in KNOWN_PLACES) and not any(x in ORG_WORDS or x.isupper() for x in ws) \
                    and w != "Việt Nam":
                places[w] = 1
    return list(persons), list(places)


# ---------------------------------------------------------------- context
class Ctx:
    def __init__(self, row, k, title, sents, related, rngs):
        self.row, self.k, self.title, self.sents = row, k, title, sents
        self.related = related
        self.rng = rngs
        self.persons, self.places = entities(sents)
        self.scenes = topic_scenes(sents)
        r = R(row, "date")
        d0 = datetime.date(2016, 1, 1).toordinal()
        d1 = datetime.date(2019, 12, 31).toordinal()
        d = datetime.date.fromordinal(r.randint(d0, d1))
        self.dt = datetime.datetime(d.year, d.month, d.day, r.randint(5, 22), r.randint(0, 59))
        self.used_caps = set()
        self.rel_i = 0
        self.bodykeys = {nkey(s) for s in sents} | {nkey(title)}

    def author(self):
        r = self.rng
        if r.random() < 0.7:
            return r.choice(GIVEN2)
        return r.choice(FAMILY) + " " + r.choice(GIVEN2)

    def agency(self):
        return self.rng.choice(AGENCIES)

    def photo(self):
        return self.rng.choice(PHOTO)

    def caption(self, with_end=True):
        r = self.rng
        for _ in range(20):
            c = r.random()
            if self.persons and c < 0.4:
                p = r.choice(self.persons)
                s = r.choice(["{} phát biểu trong một cuộc họp báo",
                              "{} tại một sự kiện hồi đầu năm",
                              "{} trả lời câu hỏi của phóng viên",
                              "{} rời khỏi cuộc gặp với các quan chức",
                              "{} trong một lần xuất hiện trước công chúng"]).format(p)
            elif self.places and c < 0.7:
                p = r.choice(self.places)
                s = r.choice(["Quang cảnh tại {}", "Một góc {} nhìn từ trên cao",
                              "Người dân đi lại trên đường phố {}",
                              "Lực lượng an ninh được tăng cường tại {}",
                              "Khung cảnh bình thường trở lại ở {}"]).format(p)
            else:
                s = r.choice(self.scenes)[:-1]
            s = s + "." if with_end else s
            if nkey(s) in self.bodykeys or s in self.used_caps:
                continue
            self.used_caps.add(s)
            return s
        return "Hình ảnh minh họa" + ("." if with_end else "")

    def rel(self, n):
        """n related stories (dicts with title, teaser, date), no repeats within the page."""
        out = []
        pool = self.related
        if not pool:
            return out
        while len(out) < n and self.rel_i < len(pool):
            it = pool[self.rel_i]
            self.rel_i += 1
            if nkey(it["title"]) in self.bodykeys:
                continue
            if it["teaser"] and nkey(it["teaser"]) in self.bodykeys:
                it = dict(it, teaser=None)
            d = self.dt - datetime.timedelta(days=self.rng.randint(0, 20), hours=self.rng.randint(0, 12))
            out.append(dict(it, date=d))
        return out

    def pullquote(self):
        for s in self.sents:
            m = re.search(r'"([^"]{30,160})"', s)
            if m:
                inner = m.group(1).strip().rstrip(",")
                if nkey(inner) != nkey(s) and len(inner.split()) >= 6:
                    return "“" + inner + "”"
        return None


WD = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def wd(dt, lower=False):
    w = WD[dt.weekday()]
    return w.lower().capitalize() if lower else w


def dmy(dt, pad=True):
    return f"{dt.day:02d}/{dt.month:02d}/{dt.year}" if pad else f"{dt.day}/{dt.month}/{dt.year}"


def hm(dt):
    return f"{dt.hour:02d}:{dt.minute:02d}"


# ---------------------------------------------------------------- layout helpers
def group(paras_src, rng, lo, hi):
    paras, i = [], 0
    while i < len(paras_src):
        n = rng.randint(lo, hi)
        paras.append(paras_src[i:i + n])
        i += n
    return paras


def weave(paras, inserts):
    """paras: list of sentence lists; inserts: {after_para_index: [entries]}"""
    out = []
    for i, p in enumerate(paras):
        out.append(("body", list(p)))
        if i in inserts and i < len(paras) - 1:
            out.extend(inserts[i])
    return out


def pos(rng, paras, frac):
    n = len(paras)
    if n < 2:
        return -1
    return max(0, min(n - 2, int(n * frac) + rng.randint(-1, 1)))


def add(ins, i, *entries):
    if i >= 0:
        ins.setdefault(i, []).extend(entries)


def views(rng):
    return f"{rng.randint(1, 98)}.{rng.randint(0, 999):03d}"


# ---------------------------------------------------------------- the 20 layouts
def L00(c, P):  # Thế Giới Phẳng: breadcrumb, weekday date, caption+credit inline, byline bottom "(Theo X)"
    r = c.rng
    e = [("widget", "Trang chủ » Thế giới » Quốc tế"), ("widget", "Đăng nhập | Đăng ký"),
         ("site", "Thế Giới Phẳng"), ("widget", "Thế giới"),
         ("date", f"{wd(c.dt)}, {c.dt.day}/{c.dt.month}/{c.dt.year}, {hm(c.dt)} (GMT+7)"),
         ("title", c.title)]
    ins = {}
    add(ins, pos(r, P, 0.0), ("caption", c.caption() + " Ảnh: " + c.photo()))
    rel = c.rel(2)
    if rel:
        add(ins, pos(r, P, 0.6), ("related", "Xem thêm: " + rel[0]["title"]))
    e += weave(P, ins)
    ag = c.agency()[0]
    e += [("byline", f"{c.author()} (Theo {ag})")]
    if len(rel) > 1:
        e += [("related", rel[1]["title"])]
    e += [("widget", "Chia sẻ Facebook Twitter Zalo"), ("widget", "Tags: " + ", ".join(r.sample(TAGS, 3))),
          ("widget", "© 2019 Thế Giới Phẳng. Giấy phép số 218/GP-BTTTT.")]
    return e


def L01(c, P):  # Điểm Tin Quốc Tế: byline top, plain date, TIN LIÊN QUAN inside, bullets
    r = c.rng
    e = [("site", "ĐIỂM TIN QUỐC TẾ"), ("widget", "Thời sự  Thế giới  Kinh tế  Kiều bào  Video"),
         ("title", c.title), ("byline", c.author()), ("date", f"{dmy(c.dt)} {hm(c.dt)}")]
    ins = {}
    rel = c.rel(3)
    if rel:
        add(ins, pos(r, P, 0.35), ("widget", "TIN LIÊN QUAN"),
            *[("related", "- " + x["title"]) for x in rel])
    add(ins, pos(r, P, 0.7), ("caption", c.caption()), ("credit", "Ảnh: " + c.photo()))
    e += weave(P, ins)
    e += [("widget", f"Lượt xem: {views(r)}"), ("widget", "Gửi bình luận"),
          ("widget", "Đường dây nóng: 0968 214 553"), ("widget", "Về đầu trang")]
    return e


def L02(c, P):  # Báo Kiều Bào Online: overseas section, PV signature, date "Cập nhật lúc"
    r = c.rng
    city = r.choice(CITIES)
    e = [("widget", "KIỀU BÀO ONLINE - Cầu nối người Việt bốn phương"),
         ("widget", "Cộng đồng > Người Việt năm châu"),
         ("title", c.title),
         ("date", f"Cập nhật lúc {hm(c.dt)} ngày {dmy(c.dt)}")]
    ins = {}
    add(ins, pos(r, P, 0.2), ("widget", "[Ảnh]"), ("caption", c.caption()))
    q = c.pullquote()
    if q:
        add(ins, pos(r, P, 0.55), ("widget", q))
    e += weave(P, ins)
    e += [("byline", f"PV {c.author()} tại {city}")]
    rel = c.rel(4)
    if rel:
        e += [("widget", "Bài viết cùng chuyên mục")] + [("related", x["title"]) for x in rel]
    e += [("widget", "Ý kiến bạn đọc (0)"), ("widget", "Liên hệ tòa soạn: toasoan@kieubaoonline.vn"),
          ("site", "Báo Kiều Bào Online")]
    return e


def L03(c, P):  # Hoàn Cầu Nhật Báo: ALL CAPS byline bottom + (Theo AGENCY), credit lines under photos
    r = c.rng
    e = [("widget", f"{wd(c.dt, True)}, ngày {c.dt.day} tháng {c.dt.month} năm {c.dt.year}"),
         ("site", "HOÀN CẦU NHẬT BÁO"), ("widget", "Quốc tế | Hồ sơ | Bình luận | Người Việt"),
         ("title", c.title)]
    ins = {}
    add(ins, 0, ("widget", "Quảng cáo"))
    add(ins, pos(r, P, 0.5), ("caption", c.caption()), ("credit", "(Ảnh: " + c.photo() + ")"))
    e += weave(P, ins)
    e += [("byline", c.author().upper()), ("byline", f"(Theo {c.agency()[0]})"),
          ("date", f"Đăng ngày {dmy(c.dt, False)}")]
    rel = c.rel(3)
    if rel:
        e += [("widget", "CÁC TIN KHÁC")] + [("related", f"» {x['title']}") for x in rel]
    e += [("widget", "Bản quyền thuộc Hoàn Cầu Nhật Báo. Ghi rõ nguồn khi phát hành lại.")]
    return e


def L04(c, P):  # Tin Nóng Năm Châu: numbered related, views counter top, share row
    r = c.rng
    e = [("site", "Tin Nóng Năm Châu"), ("widget", "Trang nhất / Thế giới"),
         ("title", c.title),
         ("date", f"{hm(c.dt)} | {dmy(c.dt)}"), ("widget", f"{views(r)} lượt đọc"),
         ("widget", "Chia sẻ  Lưu tin  In bài")]
    ins = {}
    add(ins, pos(r, P, 0.3), ("caption", c.caption() + " (Ảnh: " + c.photo() + ")"))
    e += weave(P, ins)
    e += [("byline", f"{c.author()} - {c.agency()[1]}")]
    rel = c.rel(5)
    if rel:
        e += [("widget", "ĐỌC NHIỀU NHẤT")]
        e += [("related", f"{i + 1}. {x['title']}") for i, x in enumerate(rel)]
    e += [("widget", "Tải ứng dụng Tin Nóng Năm Châu trên App Store và Google Play")]
    return e


def L05(c, P):  # Nhịp Sống Toàn Cầu: headline + teaser related, sapo-like none, author box
    r = c.rng
    e = [("widget", "Nhịp Sống Toàn Cầu - Tin tức thế giới 24 giờ"),
         ("widget", "Thế giới › Điểm nóng"), ("title", c.title),
         ("date", f"{wd(c.dt)} {dmy(c.dt)} - {hm(c.dt)}")]
    ins = {}
    rel = c.rel(3)
    if rel:
        x = rel[0]
        add(ins, pos(r, P, 0.45), ("related", x["title"] + (" - " + x["teaser"] if x["teaser"] else "")))
    add(ins, pos(r, P, 0.15), ("caption", c.caption()), ("credit", "Ảnh: " + c.photo()))
    e += weave(P, ins)
    a = c.author()
    e += [("byline", a), ("byline", "Biên tập viên ban Quốc tế, phụ trách khu vực châu Á - Thái Bình Dương")]
    if len(rel) > 1:
        e += [("widget", "Có thể bạn quan tâm")]
        for x in rel[1:]:
            e += [("related", x["title"])]
            if x["teaser"]:
                e += [("related", x["teaser"])]
    e += [("widget", "Thích  Chia sẻ  Bình luận")]
    return e


def L06(c, P):  # Đông Tây Thời Báo: dated related "(d/m)", byline top with agency after slash
    r = c.rng
    e = [("site", "Đông Tây Thời Báo"), ("widget", "Hôm nay: " + dmy(c.dt)),
         ("widget", "QUỐC TẾ"), ("title", c.title),
         ("byline", f"{c.author()} / {c.agency()[0]}"),
         ("date", f"{dmy(c.dt)} {hm(c.dt)} GMT+7")]
    ins = {}
    add(ins, pos(r, P, 0.25), ("caption", c.caption()), ("credit", c.photo()))
    rel = c.rel(4)
    if len(rel) > 2:
        add(ins, pos(r, P, 0.65), ("related", f">> {rel[0]['title']}"))
        rel = rel[1:]
    e += weave(P, ins)
    if rel:
        e += [("widget", "Tin cùng chuyên mục")]
        e += [("related", f"{x['title']} ({x['date'].day}/{x['date'].month})") for x in rel]
    e += [("widget", "Từ khóa: " + ", ".join(r.sample(TAGS, 2))),
          ("widget", "Đông Tây Thời Báo - Cơ quan ngôn luận của Hội Truyền thông Đông Tây")]
    return e


def L07(c, P):  # Thời Sự Bốn Phương: video player + "Video:" credit, timestamps
    r = c.rng
    e = [("widget", "THỜI SỰ BỐN PHƯƠNG"), ("widget", "Video | Thế giới | Chuyện lạ"),
         ("title", c.title), ("date", f"{dmy(c.dt)} - {hm(c.dt)}")]
    ins = {}
    mm = r.randint(0, 4)
    add(ins, 0, ("widget", f"▶ 0{mm}:{r.randint(10, 59)}"), ("caption", c.caption()),
        ("credit", "Video: " + c.photo()))
    add(ins, pos(r, P, 0.6), ("widget", "Quảng cáo"), ("widget", "Tiếp tục đọc bài bên dưới"))
    e += weave(P, ins)
    e += [("byline", f"{c.author()} (tổng hợp)")]
    rel = c.rel(3)
    if rel:
        e += [("widget", "VIDEO KHÁC")]
        for x in rel:
            e += [("widget", f"{r.randint(1, 9)}:{r.randint(10, 59)}"), ("related", x["title"])]
    e += [("widget", "Bật thông báo để nhận tin mới nhất")]
    return e


def L08(c, P):  # Cửa Sổ Thế Giới: gallery counters "1/6", captions per photo
    r = c.rng
    tot = r.randint(5, 9)
    e = [("site", "Cửa Sổ Thế Giới"), ("widget", "Thế giới > Ảnh"), ("title", c.title),
         ("date", f"{c.dt.day}/{c.dt.month}/{c.dt.year} {hm(c.dt)}"), ("byline", f"Theo {c.agency()[0]}")]
    ins = {}
    n = 1
    for frac in (0.0, 0.5):
        p = pos(r, P, frac)
        if p >= 0 and p not in ins:
            add(ins, p, ("widget", f"{n}/{tot}"), ("caption", c.caption() + " Ảnh: " + c.photo()))
            n += 1
    e += weave(P, ins)
    e += [("widget", "Xem tiếp bộ ảnh »")]
    rel = c.rel(4)
    if rel:
        e += [("widget", "Ảnh khác")] + [("related", x["title"]) for x in rel]
    e += [("widget", "Thích 0  Chia sẻ 0"), ("widget", "Cửa Sổ Thế Giới")]
    return e


def L09(c, P):  # Quốc Tế 24/7: live-style timestamps on own lines between paragraphs
    r = c.rng
    e = [("site", "Quốc Tế 24/7"), ("widget", "TRỰC TUYẾN  Thế giới  Phân tích"),
         ("title", c.title), ("date", f"Cập nhật {hm(c.dt)}, {dmy(c.dt)}"),
         ("byline", f"Nhóm phóng viên quốc tế")]
    n_ts = len(range(0, max(1, len(P) - 1), 2)) + 1
    stamps, t = [], c.dt
    for _ in range(n_ts):
        stamps.append(t)
        t = t - datetime.timedelta(minutes=r.randint(7, 40))
    stamps.reverse()
    e_body = [("widget", hm(stamps[0]))]
    si = 1
    for i, p in enumerate(P):
        e_body.append(("body", list(p)))
        if i < len(P) - 1 and i % 2 == 0 and si < len(stamps):
            e_body.append(("widget", hm(stamps[si])))
            si += 1
        if i == 1 and len(P) > 3:
            e_body.append(("caption", c.caption() + " (Ảnh: " + c.photo() + ")"))
    e += e_body
    rel = c.rel(3)
    if rel:
        e += [("related", "Xem thêm: " + " | ".join(x["title"] for x in rel))]
    e += [("widget", "Theo dõi Quốc Tế 24/7 trên mạng xã hội"), ("widget", "Liên hệ quảng cáo: 024 3799 1188")]
    return e


def L10(c, P):  # Báo Hải Ngoại Việt: overseas, comments section with names
    r = c.rng
    e = [("widget", "Trang chủ  Cộng đồng  Đời sống  Du học  Định cư"),
         ("site", "HẢI NGOẠI VIỆT"), ("title", c.title),
         ("widget", f"{wd(c.dt)}, {dmy(c.dt)}"), ("date", f"Đăng lúc {hm(c.dt)}")]
    ins = {}
    add(ins, pos(r, P, 0.4), ("caption", c.caption()), ("credit", "Ảnh: NVCC"))
    e += weave(P, ins)
    e += [("byline", c.author() + " - " + r.choice(CITIES))]
    rel = c.rel(3)
    if rel:
        e += [("widget", "Đọc thêm")] + [("related", "• " + x["title"]) for x in rel]
    nc = r.randint(2, 3)
    e += [("widget", f"Bình luận ({nc})")]
    for who, what in zip(r.sample(COMMENTERS, nc), r.sample(COMMENTS, nc)):
        e += [("widget", who), ("widget", what), ("widget", f"Trả lời  Thích {r.randint(0, 40)}")]
    e += [("widget", "Email: banbientap@haingoaiviet.net")]
    return e


def L11(c, P):  # Mạng Tin Á Châu: "Bài: X - Ảnh: Y" byline top, infographic label
    r = c.rng
    e = [("site", "Mạng Tin Á Châu"), ("widget", "Châu Á | ASEAN | Đông Bắc Á | Nam Á"),
         ("date", f"{dmy(c.dt)}, {hm(c.dt)}"), ("title", c.title),
         ("byline", f"Bài: {c.author()} - Ảnh: {c.photo()}")]
    ins = {}
    add(ins, pos(r, P, 0.3), ("caption", c.caption(False)))
    if len(P) > 4:
        add(ins, pos(r, P, 0.7), ("caption", r.choice(INFO_LABELS)), ("credit", "Đồ họa: " + c.author()))
    e += weave(P, ins)
    rel = c.rel(2)
    for x in rel:
        e += [("related", f"{x['title']} - {dmy(x['date'])}")]
    e += [("widget", "Bạn thấy bài viết này thế nào?"), ("widget", "Hữu ích  Bình thường  Không hữu ích"),
          ("widget", "Mạng Tin Á Châu © 2016-2019")]
    return e


def L12(c, P):  # Địa Cầu Tin: several related joined on one line, tags at end
    r = c.rng
    e = [("widget", "ĐỊA CẦU TIN"), ("widget", "Tin thế giới mới nhất"),
         ("widget", "Thế giới • Quân sự • Thế giới đó đây"), ("title", c.title)]
    rel = c.rel(5)
    if len(rel) >= 2:
        e += [("related", " - ".join(x["title"] for x in rel[:2]))]
        rel = rel[2:]
    e += [("date", f"{hm(c.dt)} {dmy(c.dt, False)}"), ("byline", f"{c.author().upper()}/{c.agency()[1]}")]
    ins = {}
    add(ins, pos(r, P, 0.5), ("caption", c.caption()), ("credit", "Nguồn: " + c.photo()))
    e += weave(P, ins)
    e += [("widget", "#" + " #".join(t.replace(" ", "") for t in r.sample(TAGS, 3)))]
    if rel:
        e += [("widget", "Tin mới")] + [("related", x["title"]) for x in rel]
    return e


def L13(c, P):  # Tuần Báo Thế Giới Mới: author box (name + bio), pull quote, long footer
    r = c.rng
    a = c.author()
    e = [("site", "Tuần Báo Thế Giới Mới"), ("widget", "Số 37 - Chuyên đề quốc tế"),
         ("widget", "Bình luận quốc tế"), ("title", c.title),
         ("date", f"{c.dt.day} tháng {c.dt.month}, {c.dt.year}")]
    ins = {}
    q = c.pullquote()
    if q:
        add(ins, pos(r, P, 0.4), ("widget", q))
    add(ins, pos(r, P, 0.15), ("caption", c.caption() + " Ảnh: " + c.photo()))
    e += weave(P, ins)
    e += [("widget", "Về tác giả"), ("byline", a),
          ("byline", f"{a} là nhà báo chuyên về quan hệ quốc tế, từng là phóng viên thường trú tại {r.choice(CITIES)}.")]
    rel = c.rel(3)
    if rel:
        e += [("widget", "Cùng tác giả")] + [("related", x["title"]) for x in rel]
    e += [("widget", "Đặt mua báo in: 1900 6822"), ("widget", "Tuần Báo Thế Giới Mới - Tòa soạn: 45 Lý Thường Kiệt, Hà Nội")]
    return e


def L14(c, P):  # Hãng Tin Viễn Đông: wire dateline line "CITY (VDN) -", signature at end
    r = c.rng
    city = r.choice(CITIES)
    e = [("site", "VDN - Hãng Tin Viễn Đông"), ("widget", "Dịch vụ tin | Tin quốc tế | Ảnh"),
         ("title", c.title), ("date", f"{dmy(c.dt)} {hm(c.dt)} GMT+7"),
         ("byline", f"{city.upper()} (VDN) -")]
    ins = {}
    add(ins, pos(r, P, 0.5), ("caption", c.caption()), ("credit", f"Ảnh: {c.author()}/VDN"))
    e += weave(P, ins)
    e += [("byline", f"{c.author()} (Phóng viên VDN tại {city})")]
    rel = c.rel(4)
    if rel:
        e += [("widget", "Tin liên quan")]
        e += [("related", f"{x['title']} - {hm(x['date'])} {dmy(x['date'])}") for x in rel]
    e += [("widget", "Tin, ảnh của VDN. Nghiêm cấm sao chép khi chưa có sự đồng ý bằng văn bản.")]
    return e


def L15(c, P):  # Thông Tấn Phương Nam: "(TTPN)" signature and agency name, small print date
    r = c.rng
    e = [("widget", f"{wd(c.dt)}, {dmy(c.dt, False)}"), ("site", "THÔNG TẤN PHƯƠNG NAM"),
         ("widget", "Thế giới - Châu Mỹ - Châu Âu - Châu Phi"), ("title", c.title)]
    ins = {}
    add(ins, pos(r, P, 0.2), ("caption", c.caption() + " (Ảnh: TTPN)"))
    rel = c.rel(3)
    if rel:
        add(ins, pos(r, P, 0.6), ("related", "Xem thêm: " + rel[0]["title"]))
    e += weave(P, ins)
    e += [("byline", "(TTPN)"), ("date", f"{dmy(c.dt)} {hm(c.dt)}")]
    if len(rel) > 1:
        e += [("widget", "Tin cùng chủ đề:")] + [("related", "- " + x["title"]) for x in rel[1:]]
    e += [("widget", "In  Gửi email  Đầu trang")]
    return e


def L16(c, P):  # Người Việt Bốn Phương: overseas, hotline box, byline top "X - Y"
    r = c.rng
    e = [("site", "Người Việt Bốn Phương"), ("widget", "Kiều bào - Bản tin cộng đồng"),
         ("title", c.title), ("byline", f"{c.author()} - {c.author()}"),
         ("date", f"{hm(c.dt)}, {wd(c.dt)} {dmy(c.dt)}")]
    ins = {}
    add(ins, pos(r, P, 0.3), ("caption", c.caption(False)))
    add(ins, pos(r, P, 0.6), ("widget", "Bà con cần hỗ trợ lãnh sự vui lòng gọi đường dây nóng bảo hộ công dân: +84 981 848 484"))
    e += weave(P, ins)
    rel = c.rel(3)
    if rel:
        e += [("widget", "Tin bài khác")]
        for x in rel:
            e += [("related", x["title"])]
    e += [("widget", f"{r.randint(2, 80)} người thích điều này"),
          ("widget", "Góp ý cho ban biên tập: gopy@nguoivietbonphuong.org")]
    return e


def L17(c, P):  # Báo Điện Tử Toàn Cảnh: poll widget, credit only photos
    r = c.rng
    e = [("widget", "Toàn Cảnh"), ("widget", "Trang chủ » Quốc tế » Vấn đề hôm nay"),
         ("title", c.title), ("date", f"{dmy(c.dt)} - {hm(c.dt)} AM" if c.dt.hour < 12 else f"{dmy(c.dt)} - {c.dt.hour - 12:02d}:{c.dt.minute:02d} PM")]
    ins = {}
    add(ins, 0, ("widget", "[Hình ảnh]"), ("credit", "Ảnh: " + c.photo()))
    add(ins, pos(r, P, 0.6), ("caption", c.caption()))
    e += weave(P, ins)
    e += [("byline", c.author()), ("byline", f"Nguồn: {c.agency()[0]}")]
    e += [("widget", "THĂM DÒ Ý KIẾN"), ("widget", "Bạn có quan tâm đến tin tức quốc tế hằng ngày?"),
          ("widget", "Rất quan tâm"), ("widget", "Thỉnh thoảng"), ("widget", "Biểu quyết  Xem kết quả")]
    rel = c.rel(4)
    if rel:
        e += [("widget", "TIN KHÁC")]
        e += [("related", x["title"] + (" " + x["teaser"] if x["teaser"] else "")) for x in rel[:2]]
        e += [("related", x["title"]) for x in rel[2:]]
    e += [("site", "Báo Điện Tử Toàn Cảnh")]
    return e


def L18(c, P):  # Thế Giới Hôm Nay: reactions row, tags, byline top-right with date same block
    r = c.rng
    e = [("site", "thegioihomnay.vn"), ("widget", "Tin nóng  Thế giới  Quân sự  Thế giới đó đây  Kiều bào"),
         ("title", c.title), ("byline", c.author()), ("widget", "Theo dõi"),
         ("date", f"{dmy(c.dt)} {hm(c.dt)}")]
    ins = {}
    add(ins, pos(r, P, 0.25), ("caption", c.caption()), ("credit", "(Nguồn: " + c.photo() + ")"))
    rel = c.rel(3)
    if rel:
        x = rel[0]
        add(ins, pos(r, P, 0.55), ("related", "ĐỌC THÊM: " + x["title"]))
    e += weave(P, ins)
    e += [("widget", f"Thích {r.randint(0, 500)}  Yêu thích {r.randint(0, 90)}  Phẫn nộ {r.randint(0, 60)}"),
          ("widget", "Tags: " + " ".join(r.sample(TAGS, 3)))]
    if len(rel) > 1:
        e += [("widget", "Tin liên quan")] + [("related", x["title"]) for x in rel[1:]]
    e += [("widget", "Ghi rõ nguồn \"thegioihomnay.vn\" khi phát hành lại thông tin từ website này.")]
    return e


def L19(c, P):  # Bản Tin Ngoại Vụ: infographic labels, "Đồ hoạ:" credit, agency list sign-off
    r = c.rng
    a1, a2 = r.sample(AGENCIES, 2)
    e = [("widget", "Ngoại Vụ"), ("site", "Bản Tin Ngoại Vụ"), ("widget", "Ngoại giao › Điểm tin"),
         ("title", c.title), ("date", f"{dmy(c.dt, False)} {hm(c.dt)}")]
    ins = {}
    add(ins, pos(r, P, 0.35), ("widget", "INFOGRAPHIC"), ("caption", r.choice(INFO_LABELS)),
        ("credit", "Đồ hoạ: " + c.author()))
    add(ins, pos(r, P, 0.7), ("caption", c.caption() + " Ảnh: " + c.photo()))
    e += weave(P, ins)
    e += [("byline", f"{c.author()} (Theo {a1[0]}, {a2[0]})")]
    rel = c.rel(3)
    if rel:
        e += [("widget", "TIN BÀI LIÊN QUAN:")]
        e += [("related", f"{dmy(x['date'], False)}: {x['title']}") for x in rel]
    e += [("widget", "Chịu trách nhiệm nội dung: Ban Quốc tế"), ("widget", "Lên đầu trang")]
    return e


LAYOUTS = [
    ("L00 Thế Giới Phẳng", L00, 2, 3), ("L01 Điểm Tin Quốc Tế", L01, 1, 2),
    ("L02 Báo Kiều Bào Online", L02, 2, 4), ("L03 Hoàn Cầu Nhật Báo", L03, 1, 3),
    ("L04 Tin Nóng Năm Châu", L04, 1, 2), ("L05 Nhịp Sống Toàn Cầu", L05, 2, 3),
    ("L06 Đông Tây Thời Báo", L06, 1, 3), ("L07 Thời Sự Bốn Phương", L07, 1, 1),
    ("L08 Cửa Sổ Thế Giới", L08, 2, 2), ("L09 Quốc Tế 24/7", L09, 1, 2),
    ("L10 Báo Hải Ngoại Việt", L10, 2, 4), ("L11 Mạng Tin Á Châu", L11, 1, 3),
    ("L12 Địa Cầu Tin", L12, 1, 2), ("L13 Tuần Báo Thế Giới Mới", L13, 3, 4),
    ("L14 Hãng Tin Viễn Đông", L14, 1, 2), ("L15 Thông Tấn Phương Nam", L15, 2, 3),
    ("L16 Người Việt Bốn Phương", L16, 1, 3), ("L17 Báo Điện Tử Toàn Cảnh", L17, 2, 3),
    ("L18 Thế Giới Hôm Nay", L18, 1, 2), ("L19 Bản Tin Ngoại Vụ", L19, 2, 4),
]


# ---------------------------------------------------------------- faults
FAULTS = ("nbsp", "zwsp", "dspace", "glue", "nfd")


def _spaces(s):
    return [i for i, ch in enumerate(s) if ch == " "]


def apply_faults(entries, rng):
    if rng.random() >= 0.26:
        return entries, []
    kinds = rng.sample(FAULTS, 2 if rng.random() < 0.3 else 1)
    entries = [(t, list(p) if t == "body" else p) for t, p in entries]
    bodies = [i for i, (t, _) in enumerate(entries) if t == "body"]
    for f in kinds:
        if f == "glue":
            cands = [i for i in bodies if len(entries[i][1]) >= 2 and entries[i][1][0].endswith(".")]
            if not cands:
                cands = [i for i in bodies if len(entries[i][1]) >= 2 and
                         any(x.endswith(".") for x in entries[i][1][:-1])]
            if not cands:
                kinds = [k for k in kinds if k != "glue"]
                continue
            i = rng.choice(cands)
            items = entries[i][1]
            js = [j for j in range(len(items) - 1) if items[j].endswith(".")]
            j = rng.choice(js)
            items[j:j + 2] = [items[j] + items[j + 1]]
        elif f == "nbsp":
            for i, (t, p) in enumerate(entries):
                if rng.random() < 0.5:
                    continue
                if t == "body":
                    items = p
                    j = rng.randrange(len(items))
                    sp = _spaces(items[j])
                    for x in rng.sample(sp, min(len(sp), rng.randint(1, 4))):
                        items[j] = items[j][:x] + "\u00a0" + items[j][x + 1:]
                else:
                    sp = _spaces(p)
                    if sp:
                        x = rng.choice(sp)
                        entries[i] = (t, p[:x] + "\u00a0" + p[x + 1:])
        elif f == "zwsp":
            cands = bodies + [i for i, (t, _) in enumerate(entries) if t in ("related", "caption")]
            for i in rng.sample(cands, min(len(cands), rng.randint(1, 3))):
                t, p = entries[i]
                if t == "body":
                    j = rng.randrange(len(p))
                    s = p[j]
                else:
                    s = p
                pos_ = [x for x in range(1, len(s)) if s[x - 1].isalpha() and s[x].isalpha()]
                if not pos_:
                    continue
                x = rng.choice(pos_)
                s = s[:x] + "\u200b" + s[x:]
                if t == "body":
                    p[j] = s
                else:
                    entries[i] = (t, s)
        elif f == "dspace":
            cands = [i for i, (t, p) in enumerate(entries) if (t == "body" or " " in p)]
            for i in rng.sample(cands, min(len(cands), rng.randint(1, 2))):
                t, p = entries[i]
                if t == "body":
                    j = rng.randrange(len(p))
                    sp = _spaces(p[j])
                    if sp:
                        x = rng.choice(sp)
                        p[j] = p[j][:x] + "  " + p[j][x + 1:]
                else:
                    sp = [x for x in _spaces(p) if p[x - 1] != " " and p[x + 1] != " "]
                    if sp:
                        x = rng.choice(sp)
                        entries[i] = (t, p[:x] + "  " + p[x + 1:])
    if "nfd" in kinds:
        entries = [(t, [unicodedata.normalize("NFD", x) for x in p] if t == "body"
                    else unicodedata.normalize("NFD", p)) for t, p in entries]
    return entries, kinds


# ---------------------------------------------------------------- assembly + contract
def assemble(entries, layout):
    lines, body, furn = [], [], []
    for t, p in entries:
        if t == "body":
            lines.append(" ".join(p))
            body.extend(p)
        elif t in ("title", "date", "site"):
            lines.append(p)
        else:
            lines.append(p)
            furn.append((t, p))
    return Page("\n".join(lines), body, furn, layout)


def check(page):
    text, body, furn = page.text, page.body, page.furniture
    if not text.strip():
        raise ValueError("empty page")
    lines = text.split("\n")
    bi = fi = 0
    unl = []
    for ln in lines:
        if not ln or ln != ln.strip():
            raise ValueError(f"blank or unstripped line: {ln!r}")
        if fi < len(furn) and ln == furn[fi][1]:
            if furn[fi][0] not in KINDS:
                raise ValueError(f"bad kind {furn[fi][0]}")
            fi += 1
            continue
        for n in (1, 2, 3, 4):
            if bi + n <= len(body) and ln == " ".join(body[bi:bi + n]):
                bi += n
                break
        else:
            unl.append(ln)
            if len(unl) > 3:
                raise ValueError(f"more than 3 unlabelled lines: {unl!r}")
    if bi != len(body) or fi != len(furn):
        raise ValueError("walk did not use up body/furniture")
    if len(body) < 3:
        raise ValueError("fewer than 3 body items")
    for b in body:
        if b not in text or b != b.strip() or not b:
            raise ValueError("body item not in text")
    bkeys = set()
    for b in body:
        bkeys.add(nkey(b))
        for part in re.split(r"(?<=[.!?…])(?=[A-ZĐ\"“])", unicodedata.normalize("NFC", b)):
            bkeys.add(nkey(part))
    for k, ln in furn:
        if nkey(ln) in bkeys:
            raise ValueError(f"furniture equals body sentence: {ln!r}")
    for ln in unl:
        if nkey(ln) in bkeys:
            raise ValueError(f"unlabelled equals body sentence: {ln!r}")
    title_keys = {nkey(u) for u in unl}
    for k, ln in furn:
        if k == "related" and nkey(ln) in title_keys:
            raise ValueError(f"related equals title: {ln!r}")
    return True


def build_related(rel_rows):
    out = []
    for row in sorted(rel_rows):
        t, a = rel_rows[row]
        title = detok(t)
        if not title or len(title.split()) < 3:
            continue
        out.append({"row": row, "title": title, "teaser": teaser_of(a)})
    return out


def pages(path):
    body_rows, rel_rows = read_rows(Path(path))
    related = build_related(rel_rows)
    out = []
    for k, row in enumerate(sorted(body_rows)):
        t, a = body_rows[row]
        title = detok(t)
        sents = story_sentences(title, a)
        if len(sents) < 3:
            continue
        name, fn, lo, hi = LAYOUTS[k % len(LAYOUTS)]
        prng = R(row, "paragraphs")
        P = group(sents, prng, lo, hi)
        rrng = R(row, "related")
        pool = related[:]
        rrng.shuffle(pool)
        ctx = Ctx(row, k, title, sents, pool, R(row, "layout"))
        entries = fn(ctx, P)
        entries, kinds = apply_faults(entries, R(row, "faults"))
        page = assemble(entries, name)
        check(page)
        out.append(page)
        FAULT_LOG[id(page)] = kinds
    return out


FAULT_LOG = {}


def main(argv):
    path = argv[1] if len(argv) > 1 else "/work/shared/data/vietnews_train.jsonl.gz"
    ps = pages(path)
    cols = ("pages", "body") + KINDS + ("faults",)
    print(f"{'layout':30s}" + "".join(f"{c:>9s}" for c in cols))
    tot = {c: 0 for c in cols}
    for name, *_ in LAYOUTS:
        row = {c: 0 for c in cols}
        for p in ps:
            if p.layout != name:
                continue
            row["pages"] += 1
            row["body"] += len(p.body)
            for k, _ in p.furniture:
                row[k] += 1
            row["faults"] += 1 if FAULT_LOG.get(id(p)) else 0
        for c in cols:
            tot[c] += row[c]
        print(f"{name:30s}" + "".join(f"{row[c]:>9d}" for c in cols))
    print(f"{'TOTAL':30s}" + "".join(f"{tot[c]:>9d}" for c in cols))
    fk = {}
    for p in ps:
        for f in FAULT_LOG.get(id(p), []):
            fk[f] = fk.get(f, 0) + 1
    print("fault kinds: " + ", ".join(f"{k}={fk.get(k, 0)}" for k in FAULTS))


if __name__ == "__main__":
    main(sys.argv)
