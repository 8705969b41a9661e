#!/usr/bin/env python3
"""Held-out evaluation set `test82` for a cleaner of scraped Vietnamese news pages.

Theme: culture, arts, heritage and travel news (invented culture papers, museum and heritage
portals, travel magazines, festival sites, book and film review pages).

Usage:  python3 make.py /work/shared/data/vietnews_train.jsonl.gz
API:    pages(path) -> list[Page]   with Page = (text, body, furniture, layout)

Standard library only.  Every random draw comes from
random.Random(f"test82|8282|{row}|{purpose}").
"""
import datetime
import gzip
import json
import pathlib
import random
import re
import sys
import unicodedata
from typing import List, NamedTuple, Tuple

SET_NAME = 'test82'
SEED = 8282
BODY_ROWS = range(16300, 16400)
RELATED_ROWS = range(15500, 15600)
KINDS = ('byline', 'credit', 'caption', 'related', 'widget')


class Page(NamedTuple):
    text: str
    body: List[str]
    furniture: List[Tuple[str, str]]
    layout: str


def rng(row, purpose):
    return random.Random(f"{SET_NAME}|{SEED}|{row}|{purpose}")

# ---------------------------------------------------------------------------
# Story text: detokenising, sentence splitting, filtering
# ---------------------------------------------------------------------------


ZW_RE = re.compile('[\u200b\u200c\u200d\u2060\ufeff]')

def pair_dq(s):
    parts = s.split('"')
    n = len(parts) - 1
    if n == 0:
        return s
    out = parts[0]
    paired = n if n % 2 == 0 else n - 1
    for i in range(1, len(parts)):
        seg = parts[i]
        if i > paired:
            out += '"' + seg
            continue
        if i % 2 == 1:  # opening
            if out and not out[-1].isspace() and out[-1] not in '([{“‘':
                out += ' '
            out += '"' + seg.lstrip()
        else:  # closing
            out = out.rstrip() + '"'
            if seg and seg[0].isalnum():
                out += ' '
            out += seg
    return out

SQ_TOK = re.compile(r"(?:(?<=\s)|^)['‘’](?=\s|[,.;:!?)]|$)")

def pair_sq(s):
    s = re.sub(r"(\w) ’ s\b", r"\1’s", s)
    s = re.sub(r"(\w) ' s\b", r"\1's", s)
    pos = [m.start() for m in SQ_TOK.finditer(s)]
    if not pos or len(pos) % 2:
        return s
    chars = list(s)
    # mark removals: after opening remove following space, before closing remove preceding space
    remove = set()
    for k, p in enumerate(pos):
        if k % 2 == 0:
            if p + 1 < len(chars) and chars[p + 1] == ' ':
                remove.add(p + 1)
        else:
            if p - 1 >= 0 and chars[p - 1] == ' ':
                remove.add(p - 1)
    return ''.join(c for i, c in enumerate(chars) if i not in remove)

def detok(s):
    s = unicodedata.normalize('NFC', s)
    s = ZW_RE.sub('', s)
    s = s.replace('_', ' ')
    s = re.sub(r'\s+', ' ', s).strip()
    s = pair_dq(s)
    s = pair_sq(s)
    s = re.sub(r'“\s+', '“', s)
    s = re.sub(r'\s+”', '”', s)
    s = re.sub(r'‘\s+(?=\S)', '‘', s)
    s = re.sub(r'(?<=\S)\s+’(?=[\s,.;:!?)]|$)', '’', s)
    s = re.sub(r'([(\[{])\s+', r'\1', s)
    s = re.sub(r'\s+([)\]}])', r'\1', s)
    s = re.sub(r'\s+([,.;:!?%…])', r'\1', s)
    s = re.sub(r'(?<=\S)\s+/\s+(?=\S)', '/', s)
    s = re.sub(r' {2,}', ' ', s).strip()
    return s

ABBR = {'TP', 'TS', 'GS', 'PGS', 'ThS', 'BS', 'Q', 'P', 'TT', 'Th', 'KS', 'NS', 'CN', 'Co', 'Ltd', 'Inc',
        'Corp', 'St', 'Mr', 'Mrs', 'Ms', 'Dr', 'Jr', 'No', 'vs', 'TTƯT', 'NSƯT', 'NSND', 'Tp', 'tp',
        'ĐH', 'PV', 'Ths', 'Bs', 'Gs', 'Ts', 'St', 'Mt', 'Jan', 'Feb', 'Sept', 'Oct', 'Nov', 'Dec'}
TERM_RE = re.compile(r'[.!?…]+["”’)\]]*(?=\s)')
UPPER_START = re.compile(r'\s+(["“‘(\[]?)(\S)')

def _is_upper_letter(ch):
    return ch.isalpha() and ch.isupper()

def quote_depth_map(s):
    use_dq = s.count('"') % 2 == 0
    use_cq = s.count('“') == s.count('”')
    depth = [0] * len(s)
    d_dq = 0
    d_cq = 0
    for i, ch in enumerate(s):
        if ch == '"' and use_dq:
            d_dq ^= 1
        elif ch == '“' and use_cq:
            d_cq += 1
        elif ch == '”' and use_cq and d_cq > 0:
            d_cq -= 1
        depth[i] = d_dq + d_cq
    return depth

def split_sentences(s):
    depth = quote_depth_map(s)
    out = []
    start = 0
    for m in TERM_RE.finditer(s):
        end = m.end()
        nxt = UPPER_START.match(s, end)
        if not nxt:
            continue
        ch = nxt.group(2)
        if not (ch.isupper() or ch.isdigit()):
            continue
        if depth[end - 1] != 0:
            continue
        punct = m.group(0)
        if punct.startswith('.') and punct.strip('.') == '' and len(punct) == 1:
            # token before period
            j = m.start()
            k = j
            while k > 0 and not s[k - 1].isspace():
                k -= 1
            tok = s[k:j]
            tok_core = tok.lstrip('("“‘[')
            if tok_core in ABBR:
                continue
            if len(tok_core) == 1 and _is_upper_letter(tok_core):
                continue
            if re.fullmatch(r'(?:[A-Za-zĐđ]\.)+[A-Za-zĐđ]', tok_core):
                continue
        out.append(s[start:end].strip())
        start = nxt.start(1)
    tail = s[start:].strip()
    if tail:
        out.append(tail)
    return [x for x in out if x]

CAPTION_MARKS = ['ảnh:', '(ảnh', 'ảnh :', 'video:', 'clip:', 'minh hoạ', 'minh họa', '(trái)', '(phải)',
                 '(giữa)', 'nguồn:', 'đồ hoạ', 'đồ họa', 'infographic', 'ảnh tư liệu', 'ảnh chụp màn hình',
                 'photo:', 'ảnh do', 'ảnh nhân vật', '(từ trái', 'từ trái qua', 'từ trái sang', 'fbnv', 'ảnh: ',
                 'video :', 'nguồn :', 'ảnh internet', '(ảnh:', 'ảnh cắt từ', 'ảnh chụp', 'ảnh minh']

REPORT_VERBS = ['cho biết', 'cho hay', 'cho rằng', 'nói', 'chia sẻ', 'khẳng định', 'nhấn mạnh', 'kể', 'tiết lộ',
                'phát biểu', 'bày tỏ', 'giải thích', 'thừa nhận', 'trả lời', 'xác nhận', 'tuyên bố', 'nhận định',
                'nhận xét', 'dự báo', 'cảnh báo', 'khuyến cáo', 'lý giải', 'dẫn lời', 'tâm sự', 'nêu rõ',
                'thông tin thêm', 'lưu ý', 'khuyên', 'theo ông', 'theo bà', 'theo anh', 'theo chị', 'theo các',
                'theo báo', 'theo số liệu', 'theo thống kê', 'theo đại diện', 'theo lãnh đạo', 'đánh giá']

CONNECTIVES = ['Tuy nhiên', 'Trong khi đó', 'Ngoài ra', 'Bên cạnh đó', 'Do đó', 'Vì vậy', 'Vì thế', 'Theo đó',
               'Đồng thời', 'Trước đó', 'Sau đó', 'Hiện nay', 'Hiện', 'Mặc dù', 'Dù', 'Nhưng', 'Song', 'Thế nhưng',
               'Cũng', 'Còn', 'Khi', 'Sau khi', 'Trước khi', 'Theo', 'Do', 'Nếu', 'Thậm chí', 'Cùng với',
               'Mặt khác', 'Như vậy', 'Riêng', 'Đặc biệt', 'Trong đó', 'Tương tự', 'Cụ thể', 'Bởi vậy',
               'Tuy vậy', 'Ngược lại', 'Trước tình hình', 'Để', 'Với', 'Từ đó', 'Qua đó', 'Nhờ', 'Kể từ',
               'Chính vì', 'Vì', 'Ngay sau', 'Trên thực tế', 'Thực tế', 'Cùng lúc', 'Đáng chú ý', 'Đáng nói',
               'Không chỉ', 'Sau', 'Trước', 'Tính đến', 'Từ', 'Trong', 'Tại']

GLUE_OPENERS = {'Những', 'Các', 'Theo', 'Trong', 'Tuy', 'Nhưng', 'Khi', 'Sau', 'Trước', 'Tại', 'Với', 'Để',
                'Nói', 'Đó', 'Đây', 'Hiện', 'Cũng', 'Nhiều', 'Trao', 'Từ', 'Ngày', 'Do', 'Vì', 'Nếu', 'Dù',
                'Mặc', 'Ngoài', 'Bên', 'Đến', 'Còn', 'Riêng', 'Hơn', 'Không', 'Là', 'Được', 'Cùng', 'Qua',
                'Chị', 'Ông', 'Việc', 'Điều', 'Mỗi', 'Mọi', 'Giữa', 'Dưới', 'Thay', 'Tôi', 'Chúng', 'Kể', 'Nhờ',
                'Về', 'Hầu', 'Dẫn', 'Tính', 'Thậm', 'Ngay', 'Bạn', 'Cụ', 'Một', 'Vẫn'}
NAMEY = {'Các', 'Không', 'Ngày', 'Một', 'Cụ', 'Bạn', 'Hơn', 'Cùng', 'Qua', 'Đến', 'Tôi', 'Mọi', 'Ông', 'Chị'}
SAFE_PREV = {'tỉnh', 'thành', 'phố', 'TP', 'huyện', 'xã', 'phường', 'quận', 'chợ', 'bà', 'ông', 'cụ', 'anh',
             'chị', 'báo', 'tờ', 'nước', 'làng', 'đảo', 'núi', 'sông', 'hồ', 'đường', 'cầu', 'bến', 'vịnh',
             'cảng', 'sân', 'khu', 'quán', 'thôn', 'ấp', 'bản', 'đền', 'chùa', 'đình', 'phim', 'sách', 'cuốn',
             'ca', 'khúc', 'bài', 'hãng', 'công', 'ty', 'tập', 'đoàn', 'ngân', 'hàng', 'trường', 'viện',
             'bệnh', 'rạch', 'vũng', 'mũi', 'cửa', 'biển', 'thị', 'trấn', 'xứ', 'miền', 'vùng', 'dòng',
             'họ', 'thầy', 'cô', 'chú', 'bác', 'em', 'bé', 'nhà', 'hội', 'đội', 'câu', 'lạc', 'bộ', 'Bộ', 'Sở',
             'ban', 'Ban', 'uỷ', 'ủy', 'hiệp', 'tổng', 'cục', 'chi', 'nhánh', 'siêu', 'trung', 'tâm', 'khách',
             'sạn', 'resort', 'nhóm', 'Vua', 'vua', 'thần', 'Đức', 'thánh', 'lăng', 'mộ', 'thương', 'hiệu',
             'giải', 'dự', 'án', 'gói', 'lễ', 'Tết', 'tết', 'mùng', 'hẻm', 'ngõ', 'phố', 'gò', 'đồi', 'đèo',
             'thác', 'suối', 'động', 'hang', 'rừng', 'vườn', 'quốc', 'gia', 'chương', 'trình', 'quỹ', 'ga',
             'bến', 'cù', 'lao', 'cồn', 'bãi', 'đầm', 'kênh', 'nông', 'trường', 'lâm', 'ngày'}

def norm(s):
    s = unicodedata.normalize('NFC', s)
    s = ZW_RE.sub('', s)
    s = re.sub(r'\s+', '', s)
    return s.casefold()

def balanced(s):
    if s.count('"') % 2:
        return False
    if s.count('“') != s.count('”'):
        return False
    for a, b in ('()', '[]', '{}'):
        if s.count(a) != s.count(b):
            return False
        d = 0
        for ch in s:
            if ch == a:
                d += 1
            elif ch == b:
                d -= 1
                if d < 0:
                    return False
    # single curly quotes: opening ‘ must match closing ’ when ‘ used
    if s.count('‘') and s.count('‘') != s.count('’'):
        return False
    # straight single quote tokens used as quotes
    sq = len(SQ_TOK.findall(s)) + len(re.findall(r"(?<=\s)'(?=\S)|(?<=\S)'(?=[\s,.;:!?]|$)", s))
    if sq % 2:
        return False
    return True

TERMINAL_RE = re.compile(r'[.!?…]["”’)\]]*$')
THEO_TAIL = re.compile(r'(?:^|[\s,.;(–-])[Tt]heo\s+(?:(?:đài|báo|hãng tin|hãng|tờ|trang|kênh|tạp chí|tổ chức|cơ quan|website)\s+)?(?:[A-ZĐ0-9][\w.&-]*\s*){1,5}\)?[.!]?$')

def word_count(s):
    return len(s.split())

def has_report(s):
    low = s.lower()
    if re.search(r'\bthông tin[.,]', low):
        return True
    for v in REPORT_VERBS:
        if re.search(r'(?<!\w)' + re.escape(v) + r'(?!\w)', low):
            return True
    return False

def has_attr_quote(s):
    if ('"' in s or '“' in s) and (re.search(r'["”],?\s*[-–]\s*\w', s) or re.search(r'["”],\s*\w', s)):
        return True
    return False

def opens_connective(s):
    for c in CONNECTIVES:
        if s.startswith(c + ' ') or s.startswith(c + ','):
            return True
    return False

def glued_heading(s):
    words = s.split()
    for i in range(1, len(words)):
        w = words[i]
        core = w.strip('"“‘(')
        if core in GLUE_OPENERS and w == core:
            prev = words[i - 1]
            if prev[-1] in '.,;:!?…)"”’-–':
                continue
            nxt_cap = i + 1 < len(words) and words[i + 1][:1].isupper()
            if (prev in SAFE_PREV or prev.lower() in SAFE_PREV) and (nxt_cap or core in NAMEY):
                continue
            if core == 'Từ' and i + 1 < len(words) and words[i + 1][:1].isupper():
                continue
            return True
        # glued caption credit: UPPERCASE run immediately followed by Capitalised word, e.g. CƯƠNGSự
        core2 = w.strip('.,;:!?…"”’)(“‘')
        for j in range(2, len(core2) - 1):
            a, b, c = core2[:j], core2[j], core2[j + 1:]
            if a.isalpha() and a.isupper() and b.isupper() and c.isalpha() and c.islower():
                if any(ord(x) > 127 for x in a + b + c):
                    return True
    return False

def keep_sentence(s, title_n):
    if any(ch in s for ch in '|•»«►▶■●★'):
        return False
    low = s.lower()
    for mk in CAPTION_MARKS:
        if mk in low:
            return False
    if not balanced(s):
        return False
    if not TERMINAL_RE.search(s):
        return False
    words = s.split()
    n = len(words)
    if n < 8 or n > 110:
        return False
    if any(':' in w for w in words[:6]):
        return False
    first_alpha = next((ch for ch in s if ch.isalpha()), '')
    if not first_alpha or first_alpha.islower():
        return False
    if not (s[0].isalnum() or s[0] in '"“‘('):
        return False
    if THEO_TAIL.search(s):
        return False
    if re.search(r'[-–]\s*[Tt]heo\s+\S+', s[-40:]) and not re.search(r'[-–]\s*[Tt]heo\s+(ông|bà|anh|chị)', s[-40:]):
        return False
    if glued_heading(s):
        return False
    if norm(s) == title_n:
        return False
    if '...' in s[:-3] and s.count('...') >= 1 and n < 20:
        return False
    short = n <= 22 or (n <= 30 and ',' not in s)
    if short and not (has_report(s) or has_attr_quote(s) or opens_connective(s)):
        return False
    if 'http' in low or 'www.' in low or '@' in s:
        return False
    return True

def story_sentences(title, article):
    t = detok(title)
    tn = norm(t)
    a = detok(article)
    sents = split_sentences(a)
    seen = set()
    kept = []
    for s in sents:
        if not keep_sentence(s, tn):
            continue
        k = norm(s)
        if k in seen:
            continue
        seen.add(k)
        kept.append(s)
    return t, kept

# ---------------------------------------------------------------------------
# Reading the data
# ---------------------------------------------------------------------------

def _parse(raw):
    if not raw.strip():
        return None
    try:
        obj = json.loads(raw.decode('utf-8', 'replace'))
    except (ValueError, UnicodeDecodeError):
        return None
    if not isinstance(obj, dict):
        return None
    t, a = obj.get('title'), obj.get('article')
    if not isinstance(t, str) or not isinstance(a, str):
        return None
    if not t.strip() or not a.strip():
        return None
    return t, a


def read_rows(path):
    """Stream the file once; return ([(row, title, article)], [(row, title, article[:1200])])."""
    last = max(BODY_ROWS.stop, RELATED_ROWS.stop) - 1
    body, related = [], []
    with gzip.open(str(path), 'rb') as f:
        i = -1
        while True:
            try:
                raw = f.readline()
            except (EOFError, OSError, gzip.BadGzipFile if hasattr(gzip, 'BadGzipFile') else OSError):
                break
            if not raw:
                break
            i += 1
            if i > last:
                break
            inb, inr = i in BODY_ROWS, i in RELATED_ROWS
            if not (inb or inr):
                continue
            got = _parse(raw)
            if got is None:
                continue
            title, art = got
            if inr:
                related.append((i, title, art[:1200]))
            if inb:
                body.append((i, title, art))
    return body, related


def make_teaser(art):
    sents = split_sentences(detok(art[:1200]))
    for s in sents[:3]:
        if any(ch in s for ch in '|•»«►▶'):
            continue
        low = s.lower()
        if any(mk in low for mk in CAPTION_MARKS):
            continue
        if not balanced(s) or not TERMINAL_RE.search(s) or glued_heading(s):
            continue
        if not s[:1].isupper() and s[:1] not in '"“‘':
            continue
        w = s.split()
        if len(w) < 8:
            continue
        if len(w) > 32:
            cut = ' '.join(w[:28]).rstrip(',;:-–')
            if not balanced(cut):
                continue
            return cut + '…'
        return s
    return ''


def build_related_pool(related):
    pool = []
    for row, t, a in related:
        title = detok(t)
        if len(title.split()) < 3:
            continue
        pool.append({'row': row, 'title': title, 'teaser': make_teaser(a)})
    return pool


# ---------------------------------------------------------------------------
# Invented people, numbers, dates
# ---------------------------------------------------------------------------

SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ',
            'Ngô', 'Dương', 'Lý', 'Đinh', 'Trịnh', 'Mai', 'Lương', 'Tạ', 'Quách', 'Lâm', 'Kiều']
MIDDLES = ['Thị', 'Văn', 'Minh', 'Thu', 'Hoàng', 'Thanh', 'Ngọc', 'Quốc', 'Hải', 'Bảo', 'Kim', 'Đức', 'Xuân',
           'Phương', 'Gia', 'Khánh', 'Diệu', 'Trọng', 'Hữu', 'Mỹ', 'Tường', 'Lan']
GIVENS = ['An', 'Bình', 'Chi', 'Dũng', 'Giang', 'Hà', 'Hạnh', 'Hiếu', 'Hoa', 'Huy', 'Khang', 'Lan', 'Linh',
          'Long', 'Mai', 'Nam', 'Ngân', 'Nhung', 'Phong', 'Phúc', 'Quân', 'Quỳnh', 'Sơn', 'Tâm', 'Thảo',
          'Trang', 'Trung', 'Tú', 'Tuấn', 'Uyên', 'Vy', 'Yến', 'Khuê', 'Đăng', 'Nguyên', 'Thư', 'Vân', 'Duy']
WEEKDAYS = ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ nhật']
WEEKDAYS_SHORT = ['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'CN']
PROVINCES = ['Hà Nội', 'TP.HCM', 'Đà Nẵng', 'Huế', 'Hải Phòng', 'Cần Thơ', 'Quảng Nam', 'Lâm Đồng',
             'Khánh Hoà', 'Nghệ An', 'Nam Định', 'Bình Định', 'Lào Cai', 'Ninh Bình', 'Thanh Hoá', 'An Giang']
DESTS = ['Đà Lạt', 'Sa Pa', 'Hội An', 'Phú Quốc', 'Mộc Châu', 'Hà Giang', 'Quy Nhơn', 'Côn Đảo', 'Ninh Bình',
         'Mũi Né', 'Hạ Long', 'Huế', 'Cần Thơ', 'Nha Trang', 'Mai Châu', 'Lý Sơn']


def person(r, parts=3):
    if parts == 2:
        return f"{r.choice(SURNAMES)} {r.choice(GIVENS)}"
    return f"{r.choice(SURNAMES)} {r.choice(MIDDLES)} {r.choice(GIVENS)}"


def short_name(r):
    return f"{r.choice(MIDDLES)} {r.choice(GIVENS)}"


def vn_upper(s):
    return s.upper()


def money(r, lo, hi, step=1000):
    v = r.randrange(lo // step, hi // step + 1) * step
    return f"{v:,}".replace(',', '.')


def phone(r):
    return f"09{r.randint(0, 9)}{r.randint(1, 9)} {r.randint(100, 999)} {r.randint(100, 999)}"


def hotline(r):
    return f"1900 {r.randint(60, 69)}{r.randint(10, 99)}"


def count(r, lo, hi):
    return f"{r.randint(lo, hi):,}".replace(',', '.')


class Stamp:
    def __init__(self, row):
        r = rng(row, 'date')
        start = datetime.date(2016, 1, 1).toordinal()
        end = datetime.date(2019, 12, 31).toordinal()
        self.d = datetime.date.fromordinal(r.randint(start, end))
        self.h = r.randint(5, 22)
        self.m = r.randint(0, 59)

    @property
    def wd(self):
        return WEEKDAYS[self.d.weekday()]

    def dmy(self, sep='/'):
        return f"{self.d.day:02d}{sep}{self.d.month:02d}{sep}{self.d.year}"

    def dm_short(self):
        return f"{self.d.day}/{self.d.month}/{self.d.year}"

    def hm(self, sep=':'):
        return f"{self.h:02d}{sep}{self.m:02d}"

    def before(self, r, lo=1, hi=40):
        return max(self.d - datetime.timedelta(days=r.randint(lo, hi)), datetime.date(2016, 1, 1))

    def after(self, r, lo=1, hi=40):
        return min(self.d + datetime.timedelta(days=r.randint(lo, hi)), datetime.date(2019, 12, 31))


def fmt_d(d):
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


# ---------------------------------------------------------------------------
# Story entities for captions
# ---------------------------------------------------------------------------

PERSON_PREFIX = {'ông', 'bà', 'anh', 'chị', 'cụ', 'nghệ nhân', 'nghệ sĩ', 'hoạ sĩ', 'họa sĩ', 'ca sĩ',
                 'đạo diễn', 'nhà văn', 'nhà thơ', 'đại sứ', 'nghị sĩ', 'Tổng thống', 'Thủ tướng', 'NSND',
                 'NSƯT', 'TS', 'PGS', 'GS', 'ThS', 'bạn', 'em', 'Đại sứ'}
PLACE_PREFIX = {'tỉnh', 'thành phố', 'TP', 'huyện', 'quận', 'thị xã', 'xã', 'phường', 'làng', 'chùa', 'đền',
                'chợ', 'đảo', 'vịnh', 'thị trấn', 'cảng', 'sân bay', 'phố', 'đường', 'bến', 'hồ', 'khu du lịch',
                'Khu du lịch', 'chợ hoa'}
KNOWN_PLACES = ['Hà Nội', 'Đà Nẵng', 'Huế', 'Hội An', 'Đà Lạt', 'Nha Trang', 'Phú Quốc', 'Sa Pa', 'Hạ Long',
                'Cần Thơ', 'Vũng Tàu', 'Quy Nhơn', 'Mộc Châu', 'Ninh Bình', 'Hải Phòng', 'Côn Đảo', 'Mỹ Sơn',
                'Phan Thiết', 'Vân Phong', 'Bắc Vân Phong', 'Điện Bàn', 'Bình Phước', 'Đồng Nai', 'Tây Ninh',
                'Kiên Giang', 'Quảng Nam', 'Khánh Hoà', 'Lạng Sơn', 'Nghệ An', 'Thừa Thiên - Huế']
PUNCT = '.,;:!?…"“”‘’()[]'


def _clean(w):
    return w.strip(PUNCT)


def _caps_run(words, j, maxn=4):
    out = []
    while j < len(words) and len(out) < maxn:
        w = words[j]
        c = _clean(w)
        if not c or not c[0].isupper() or not c[0].isalpha():
            break
        if c.isupper() and len(c) > 1:
            break
        out.append(c)
        if w != c and w[-1] in '.,;:!?…)"”':
            break
        j += 1
    return out


def entities(sents):
    persons, places = [], []
    for s in sents:
        words = s.split()
        for i in range(len(words)):
            for span in (2, 1):
                if i - span + 1 < 0:
                    continue
                pref_words = words[i - span + 1:i + 1]
                if any(w != _clean(w) for w in pref_words[:-1]):
                    continue
                if pref_words[-1] != _clean(pref_words[-1]):
                    continue
                pref = ' '.join(pref_words)
                at_start = (i - span + 1 == 0)
                lp = pref if (pref in PERSON_PREFIX or not at_start) else pref.lower()
                if lp in PERSON_PREFIX:
                    run = _caps_run(words, i + 1)
                    if 2 <= len(run) <= 4:
                        persons.append((lp, ' '.join(run)))
                    elif len(run) == 1 and lp in ('ông', 'bà', 'anh', 'chị', 'nghệ nhân'):
                        persons.append((lp, run[0]))
                    break
                if pref in PLACE_PREFIX or pref.lower() in PLACE_PREFIX:
                    run = _caps_run(words, i + 1, 3)
                    if run:
                        head = pref if pref in ('TP', 'Khu du lịch') else pref.lower()
                        places.append(head + ' ' + ' '.join(run))
                    break
        for kp in KNOWN_PLACES:
            if kp in s:
                places.append(kp)
    def dedup(xs):
        seen, out = set(), []
        for x in xs:
            k = x if isinstance(x, str) else x[1]
            if k not in seen:
                seen.add(k)
                out.append(x)
        return out
    full = [p for p in persons if len(p[1].split()) >= 2]
    return dedup(full) or dedup(persons), dedup(places)


TOPIC_SCENES = [
    (('ngân hàng', 'tín dụng', 'lãi suất'), ['Khách hàng giao dịch tại quầy của một ngân hàng thương mại.',
                                             'Nhân viên ngân hàng kiểm đếm tiền tại phòng giao dịch.']),
    (('vàng miếng', 'giá vàng', 'vàng SJC', 'kinh doanh vàng'), ['Vàng miếng được bày bán tại một cửa hàng vàng bạc trên phố.',
                                                  'Người dân xếp hàng chờ giao dịch tại một tiệm vàng.']),
    (('chứng khoán', 'cổ phiếu', 'VN Index', 'cổ đông'), ['Nhà đầu tư theo dõi bảng điện tại một công ty chứng khoán.',
                                                         'Không khí tại một sàn giao dịch trong phiên sáng.']),
    (('hàng không', 'máy bay', 'sân bay', 'chuyến bay', 'vé máy bay'), ['Hành khách xếp hàng làm thủ tục tại nhà ga quốc nội.',
                                                                    'Máy bay chuẩn bị cất cánh trên đường băng.']),
    (('xăng', 'xăng dầu'), ['Người dân đổ xăng tại một cửa hàng bán lẻ xăng dầu.']),
    (('heo', 'thịt', 'giết mổ', 'gia cầm'), ['Thịt heo được bày bán tại một chợ truyền thống.',
                                            'Tiểu thương bán thịt tại sạp chợ buổi sớm.']),
    (('chợ hoa', 'đường hoa', 'hoa lê', 'hoa cúc', 'hoa tươi', 'giỏ hoa', 'chậu hoa'), ['Người dân chọn mua hoa tại chợ hoa ngày cận Tết.',
                                       'Những giỏ hoa rực rỡ được bày dọc vỉa hè.']),
    (('Grab', 'taxi', 'xe hợp đồng', 'tài xế'), ['Xe công nghệ đón khách trên một tuyến phố trung tâm.',
                                                  'Tài xế chờ khách bên lề đường vào giờ cao điểm.']),
    (('thuỷ sản', 'hải sản', 'ngư dân', 'cá cơm'), ['Ngư dân đưa hải sản lên bờ sau chuyến ra khơi.',
                                                    'Tàu cá neo đậu tại cảng sau chuyến biển dài ngày.']),
    (('giá điện', 'tiền điện', 'tiết kiệm điện'), ['Nhân viên ngành điện ghi chỉ số công tơ tại một khu dân cư.']),
    (('Tết',), ['Phố phường rực rỡ sắc màu trong những ngày giáp Tết.']),
    (('thuế quan', 'thương chiến', 'thương mại'), ['Hàng hoá được bốc dỡ tại một cảng container.',
                                                  'Container hàng xuất khẩu chờ lên tàu tại cảng.']),
    (('bất động sản', 'khu đô thị', 'đặc khu', 'căn hộ'), ['Một khu đô thị mới đang trong quá trình hoàn thiện.',
                                           'Công nhân thi công tại công trường một dự án ven biển.']),
    (('nông dân', 'nông nghiệp', 'thu hoạch', 'trái cây', 'mít', 'măng cụt', 'điều'), [
        'Nông dân thu hoạch nông sản tại một nhà vườn.', 'Trái cây được bày bán tại một sạp hàng ven đường.']),
    (('điện thoại', 'Huawei', 'công nghệ', 'YouTube', 'Facebook'), [
        'Khách hàng trải nghiệm điện thoại tại một cửa hàng bán lẻ.', 'Người trẻ sử dụng điện thoại thông minh ở quán cà phê.']),
    (('sữa',), ['Các sản phẩm sữa được bày bán tại quầy của một siêu thị.']),
    (('rác', 'phế liệu', 'container'), ['Hàng loạt container tồn đọng nhiều tháng tại cảng.']),
    (('du lịch', 'du khách', 'khách du lịch'), ['Du khách nước ngoài dạo phố, mua sắm đồ lưu niệm.',
                                                 'Đoàn khách tham quan chụp ảnh lưu niệm tại điểm đến.']),
    (('doanh nghiệp', 'sản xuất', 'nhà máy'), ['Công nhân làm việc trong dây chuyền của một nhà máy.',
                                               'Sản phẩm được đóng gói trước khi xuất xưởng.']),
]
CULTURE_SCENES = ['Khách tham quan dừng chân trước một hiện vật tại phòng trưng bày.',
                  'Không khí nhộn nhịp trên phố đi bộ vào buổi tối cuối tuần.',
                  'Một tiết mục biểu diễn nghệ thuật truyền thống dành cho du khách.',
                  'Quang cảnh buổi họp báo giới thiệu sự kiện.',
                  'Người dân và du khách dạo bộ quanh khu phố cổ.',
                  'Gian hàng giới thiệu sản phẩm thủ công của các làng nghề.',
                  'Du khách trải nghiệm làm gốm tại một xưởng thủ công.',
                  'Ánh đèn lồng rực rỡ trong đêm phố cổ.']


class Capgen:
    """Caption maker from the page's own story (people, places, topic) plus scene captions."""

    def __init__(self, row, sents, title):
        self.r = rng(row, 'captions')
        self.persons, self.places = entities(sents)
        text = ' '.join(sents) + ' ' + title
        scenes = []
        for keys, caps in TOPIC_SCENES:
            hits = sum(len(re.findall(r'(?<!\w)' + re.escape(k) + r'(?!\w)', text)) for k in keys)
            if hits >= 2:
                scenes.extend(caps)
        self.scenes = scenes
        self.used = set()
        self.forbidden = {norm(s) for s in sents} | {norm(title)}

    def _person_caps(self, pref, name):
        who = (pref + ' ' + name) if pref not in ('bạn', 'em') else name
        who = who[0].upper() + who[1:]
        return [f"{who} trao đổi với phóng viên bên lề sự kiện.",
                f"{who} tại buổi làm việc với báo chí.",
                f"{who} chia sẻ về những dự định sắp tới.",
                f"{who} (bìa phải) trò chuyện cùng khách mời.",
                f"{who} giới thiệu với khách tham quan."]

    def _place_caps(self, pl):
        cap = pl[0].upper() + pl[1:]
        return [f"Một góc {pl} nhìn từ trên cao.",
                f"Khung cảnh {pl} trong một ngày đầu hè.",
                f"{cap} vào buổi sáng sớm.",
                f"Người dân và du khách tại {pl}.",
                f"Nhịp sống thường ngày ở {pl}."]

    def one(self):
        r = self.r
        opts = []
        for pref, name in self.persons[:3]:
            opts.append(r.choice(self._person_caps(pref, name)))
        for pl in self.places[:3]:
            opts.append(r.choice(self._place_caps(pl)))
        opts.extend(self.scenes)
        if not opts or r.random() < 0.2:
            opts.extend(CULTURE_SCENES)
        r.shuffle(opts)
        for c in opts:
            n = norm(c)
            if n in self.used or n in self.forbidden:
                continue
            self.used.add(n)
            return c
        for c in CULTURE_SCENES:
            n = norm(c)
            if n not in self.used and n not in self.forbidden:
                self.used.add(n)
                return c
        return 'Hình ảnh tại hiện trường.'

    def subject(self):
        if self.places:
            return self.places[0]
        return ''

    def name(self):
        if self.persons:
            p, n = self.persons[0]
            return n
        return ''

# ---------------------------------------------------------------------------
# Page context and assembling helpers
# ---------------------------------------------------------------------------

class Ctx:
    def __init__(self, row, k, title, sents, pool):
        self.row = row
        self.k = k
        self.title = title
        self.sents = sents
        self.pool = pool
        self.st = Stamp(row)
        self.cap = Capgen(row, sents, title)
        self.forbid = {norm(s) for s in sents} | {norm(title)}
        self._rel_taken = set()

    def r(self, purpose):
        return rng(self.row, purpose)

    def paras(self, weights):
        r = self.r('paras')
        sizes = [1, 2, 3, 4]
        out, i = [], 0
        while i < len(self.sents):
            n = r.choices(sizes, weights=weights)[0]
            out.append(list(self.sents[i:i + n]))
            i += n
        return out

    def related(self, n, purpose='related', teaser=False):
        if not self.pool:
            return []
        r = self.r(purpose)
        idx = list(range(len(self.pool)))
        r.shuffle(idx)
        out = []
        for j in idx:
            if len(out) >= n:
                break
            it = self.pool[j]
            if it['row'] in self._rel_taken:
                continue
            if norm(it['title']) in self.forbid:
                continue
            if teaser and (not it['teaser'] or norm(it['teaser']) in self.forbid):
                continue
            self._rel_taken.add(it['row'])
            out.append(it)
        return out

    def safe(self, line):
        return norm(line) not in self.forbid


def slots(r, npara, nblocks, first=1, last_ok=False):
    """Distinct gaps (insert before paragraph g) for nblocks inside the story."""
    top = npara if last_ok else npara - 1
    gaps = list(range(first, top + 1)) if top >= first else []
    if not gaps:
        return []
    nb = min(nblocks, len(gaps))
    pick = sorted(r.sample(gaps, nb))
    return pick


def weave(paras, blocks, r=None, first=1, last_ok=False, spread=None):
    """paras: list of sentence lists; blocks: list of entry lists, placed in story order."""
    if spread is None:
        spread = slots(r, len(paras), len(blocks), first, last_ok)
    at = {}
    for g, blk in zip(spread, blocks):
        at[g] = blk
    out = []
    for i, p in enumerate(paras):
        if i in at:
            out.extend(at[i])
        out.append(('B', list(p)))
    if len(paras) in at:
        out.extend(at[len(paras)])
    return out


def date_before(ctx, r, lo=1, hi=60):
    return fmt_d(ctx.st.before(r, lo, hi))

# ---------------------------------------------------------------------------
# Furniture pieces shared by layouts
# ---------------------------------------------------------------------------

ART_TITLES = ['Chiều trên bến cũ', 'Mùa lúa chín', 'Thiếu nữ bên hoa sen', 'Phố cổ sau mưa', 'Chợ phiên vùng cao',
              'Bến sông quê', 'Mẹ và con', 'Đêm hội làng', 'Gió mùa về', 'Tĩnh vật với bình gốm',
              'Làng chài buổi sớm', 'Hoa gạo tháng Ba', 'Nắng trên cao nguyên', 'Thuyền về bến Đục']
ART_MATERIALS = ['sơn mài', 'sơn dầu trên toan', 'lụa', 'khắc gỗ', 'bột màu trên giấy dó', 'acrylic trên toan',
                 'chì than trên giấy', 'gốm men rạn', 'đồng đúc', 'màu nước']
BOOK_TITLES = ['Mùa gió chướng', 'Những con đường phía Tây', 'Bên kia dốc núi', 'Ký ức phố Hàng',
               'Thư gửi mùa xuân', 'Người giữ đèn biển', 'Cơm nhà, chuyện nhà', 'Đi qua miền đất đỏ',
               'Tiếng chuông chùa cổ', 'Một mình ở Tây Bắc']
PUBLISHERS = ['NXB Sông Hồng Văn', 'Nhà xuất bản Phương Nam Mới', 'Cánh Buồm Xanh Books', 'Nhã Lam Books',
              'NXB Văn Hiến Trẻ']
FILM_TITLES = ['Hạ cánh ở Sông Hàn', 'Mùa hoa ban trắng', 'Người đưa đò cuối cùng', 'Chuyến xe đêm',
               'Căn nhà trên đồi thông', 'Gánh hát rong', 'Biển gọi']
FESTIVALS = ['Lễ hội Hoa Sông Lam', 'Festival Biển Xanh', 'Lễ hội Đèn lồng phố Hội', 'Tuần lễ Văn hoá Trà Việt',
             'Lễ hội Áo dài Phương Nam', 'Ngày hội Văn hoá các dân tộc vùng cao', 'Festival Ẩm thực Ba miền']
HERITAGE = [('Đình làng Phú Mỹ', 'thế kỷ XVII', 'Kiến trúc nghệ thuật'), ('Chùa Long Quang', 'thế kỷ XVIII',
            'Kiến trúc nghệ thuật'), ('Thành cổ Bình Lam', 'đầu thế kỷ XIX', 'Di tích lịch sử'),
            ('Nhà cổ họ Trương', 'cuối thế kỷ XIX', 'Kiến trúc nghệ thuật'), ('Tháp Chăm Hoà Lai Mới', 'thế kỷ IX',
            'Kiến trúc nghệ thuật'), ('Đền thờ Thành hoàng làng Vạn Phúc', 'thế kỷ XVI', 'Lịch sử – văn hoá')]
COMMENTS = ['Bài viết rất hữu ích, cảm ơn tác giả đã chia sẻ!', 'Mong các cơ quan chức năng sớm có giải pháp.',
            'Năm ngoái mình cũng đi rồi, rất đáng để trải nghiệm.', 'Thông tin hay, mình lưu lại để tham khảo.',
            'Giá cả như vậy là hợp lý hay không mọi người nhỉ?', 'Hy vọng sẽ có thêm nhiều bài viết như thế này.',
            'Đọc xong thấy muốn xách ba lô lên và đi ngay.', 'Ai có kinh nghiệm thì chia sẻ thêm với nhé.']
TIP_LINES = [
    'Thời điểm đẹp nhất: từ tháng 10 đến tháng 3 năm sau, trời khô ráo và mát mẻ.',
    'Di chuyển: xe giường nằm từ bến xe trung tâm, giá vé khoảng {p1} đồng/lượt.',
    'Lưu trú: homestay và nhà nghỉ bình dân có giá từ {p2} đồng/đêm.',
    'Ẩm thực: nên thử các món đặc sản tại chợ đêm, giá từ {p3} đồng/suất.',
    'Lưu ý: mang theo áo khoác mỏng, kem chống nắng và giày đi bộ.',
    'Nên đặt phòng trước ít nhất hai tuần vào dịp lễ, Tết.',
    'Thuê xe máy tại trung tâm với giá khoảng {p4} đồng/ngày.',
]


def art_caption(r):
    t = r.choice(ART_TITLES)
    a = person(r)
    y = r.randint(1948, 2016)
    m = r.choice(ART_MATERIALS)
    return t, a, y, m


def pull_fragment(ctx, r):
    longs = [s for s in ctx.sents if len(s.split()) >= 18 and '"' not in s and '“' not in s]
    if not longs:
        return ''
    s = r.choice(longs)
    w = s.split()
    ends = [n for n in range(9, min(len(w) - 3, 17)) if w[n - 1].endswith(',')]
    if not ends:
        ends = [n for n in range(9, min(len(w) - 3, 17)) if w[n - 1][:1].islower() and w[n - 1][-1].isalpha()]
    if not ends:
        return ''
    frag = ' '.join(w[:r.choice(ends)]).rstrip(',;:-–')
    return f"“{frag}…”"


def rel_plain(items, fmt='{t}'):
    return [('related', fmt.format(t=it['title'])) for it in items]


# ---------------------------------------------------------------------------
# The twenty layouts
# ---------------------------------------------------------------------------

def L00_vanhoanay(ctx):
    r = ctx.r('L00')
    e = [('U', 'VĂN HOÁ NAY'),
         ('widget', 'Trang chủ | Thời sự | Văn hoá | Di sản | Du lịch | Sách | Điện ảnh | Âm nhạc | Video'),
         ('widget', 'Văn hoá » ' + r.choice(['Di sản', 'Đời sống', 'Du lịch', 'Nghe – Nhìn – Đọc'])),
         ('U', ctx.title),
         ('U', f"{ctx.st.wd}, {ctx.st.dmy()} | {ctx.st.hm()} GMT+7"),
         ('widget', 'Facebook | Zalo | In bài')]
    paras = ctx.paras([1, 4, 3, 1])
    blocks = []
    for _ in range(r.choice([1, 2, 2])):
        blocks.append([('caption', ctx.cap.one()), ('credit', 'Ảnh: ' + vn_upper(person(r, r.choice([2, 3]))))])
    e += weave(paras, blocks, r)
    e.append(('byline', vn_upper(short_name(r))))
    tags = [t for t in ctx.cap.places[:2]] + r.sample(['văn hoá', 'du lịch', 'đời sống', 'thị trường', 'di sản',
                                                       'lễ hội', 'kinh tế'], 2)
    e.append(('widget', 'Từ khoá: ' + ', '.join(tags)))
    rel = ctx.related(4)
    if rel:
        e.append(('widget', 'Cùng chuyên mục'))
        e += rel_plain(rel, '• {t}')
    e.append(('widget', f"© {ctx.st.d.year} Văn Hoá Nay. Giấy phép số {r.randint(100, 480)}/GP-BTTTT. "
                        f"Toà soạn: số {r.randint(3, 90)} phố Thiên Hương, Hà Nội."))
    return e


def L01_museum(ctx):
    r = ctx.r('L01')
    e = [('widget', 'English | Tiếng Việt'),
         ('U', 'BẢO TÀNG MỸ THUẬT SÔNG LAM'),
         ('widget', 'Giới thiệu · Trưng bày · Sưu tập · Tin tức – Sự kiện · Giáo dục · Tham quan'),
         ('widget', 'Trang chủ / Tin tức – Sự kiện'),
         ('U', ctx.title),
         ('U', f"Ngày đăng: {ctx.st.dmy()}"),
         ('widget', f"Lượt xem: {count(r, 120, 4800)}")]
    paras = ctx.paras([0, 3, 4, 2])
    t, a, y, m = art_caption(r)
    if r.random() < 0.5:
        art = [('caption', f"“{t}” – {a} ({y}), {m}, {r.choice([60, 80, 90, 100, 120])} x "
                           f"{r.choice([80, 100, 120, 150, 180])} cm"),
               ('credit', 'Nguồn: Bảo tàng Mỹ thuật Sông Lam')]
    else:
        art = [('caption', f"Tác phẩm: {t}"), ('caption', f"Tác giả: Hoạ sĩ {a}"),
               ('caption', f"Năm sáng tác: {y} – Chất liệu: {m}"),
               ('credit', 'Nguồn: Bảo tàng Mỹ thuật Sông Lam')]
    blocks = [[('caption', ctx.cap.one())], art]
    if r.random() < 0.5:
        blocks.reverse()
    e += weave(paras, blocks, r)
    e.append(('byline', 'Phòng Truyền thông – Giáo dục'))
    e += [('widget', 'THÔNG TIN THAM QUAN'),
          ('widget', 'Giờ mở cửa: 8h30 – 17h00, từ Thứ Ba đến Chủ nhật (nghỉ Thứ Hai)'),
          ('widget', f"Giá vé: Người lớn {money(r, 30000, 50000, 5000)} đồng; Học sinh, sinh viên "
                     f"{money(r, 10000, 25000, 5000)} đồng; Trẻ em dưới 6 tuổi miễn phí"),
          ('widget', f"Địa chỉ: {r.randint(2, 120)} đường Bến Thuỷ, TP Vinh, Nghệ An – Điện thoại: 0238 "
                     f"{r.randint(3500000, 3899999)}")]
    rel = ctx.related(r.randint(3, 5))
    if rel:
        e.append(('widget', 'Tin khác'))
        for it in rel:
            e.append(('related', f"{it['title']} ({date_before(ctx, r)})"))
    e.append(('widget', 'Bản quyền © Bảo tàng Mỹ thuật Sông Lam. Ghi rõ nguồn khi phát hành lại thông tin từ website này.'))
    return e


def L02_xedich(ctx):
    r = ctx.r('L02')
    dest = next((p for p in ctx.cap.places if p in DESTS), r.choice(DESTS))
    e = [('U', 'Xê Dịch Việt'),
         ('widget', 'Điểm đến | Ẩm thực | Cẩm nang | Khách sạn | Ảnh đẹp | Video'),
         ('U', ctx.title),
         ('byline', 'Bài và ảnh: ' + person(r)),
         ('U', f"{ctx.st.hm()} | {ctx.st.dmy()}")]
    paras = ctx.paras([2, 4, 2, 0])
    blocks = [[('caption', ctx.cap.one())] for _ in range(r.choice([1, 2]))]
    e += weave(paras, blocks, r)
    e.append(('widget', f"Kinh nghiệm du lịch {dest}"))
    tips = r.sample(TIP_LINES, 4)
    for tl in tips:
        e.append(('widget', '- ' + tl.format(p1=money(r, 220000, 450000, 10000), p2=money(r, 150000, 400000, 50000),
                                             p3=money(r, 25000, 60000, 5000), p4=money(r, 100000, 180000, 10000))))
    nd = r.choice([2, 3])
    e.append(('widget', f"Lịch trình gợi ý {nd} ngày {nd - 1} đêm"))
    acts = ['tham quan chợ địa phương, thưởng thức đặc sản', 'check-in điểm ngắm hoàng hôn', 'trekking, cắm trại bên hồ',
            'ghé làng nghề truyền thống', 'dạo phố đêm, mua quà lưu niệm', 'tắm biển, lặn ngắm san hô']
    for d in range(1, nd + 1):
        e.append(('widget', f"Ngày {d}: " + ', '.join(r.sample(acts, 2)) + '.'))
    rel = ctx.related(3, teaser=True)
    if rel:
        e.append(('widget', 'Bài viết liên quan'))
        for it in rel:
            e += [('related', it['title']), ('related', it['teaser'])]
    e.append(('widget', 'Đăng ký nhận bản tin Xê Dịch Việt mỗi tuần – Nhập email của bạn'))
    return e


def L03_festival(ctx):
    r = ctx.r('L03')
    fest = r.choice(FESTIVALS)
    e = [('widget', 'Lịch lễ hội | Tin tức | Ảnh | Video | Liên hệ'),
         ('U', 'lehoibonphuong.vn'),
         ('widget', 'Tin tức > Sự kiện'),
         ('U', ctx.title),
         ('U', f"Cập nhật lúc {ctx.st.hm()}, {ctx.st.dmy()}")]
    paras = ctx.paras([0, 4, 3, 1])
    blocks = []
    for _ in range(r.choice([1, 2])):
        c = ctx.cap.one()
        blocks.append([('caption', c[:-1] + r.choice([' (Ảnh: BTC).', '. Ảnh: BTC', ' - Ảnh: ' + vn_upper(short_name(r))]))])
    e += weave(paras, blocks, r)
    e.append(('byline', person(r, 2) + ' (tổng hợp)'))
    d0 = ctx.st.after(r, 5, 30)
    e.append(('widget', f"LỊCH TRÌNH {vn_upper(fest)} {d0.year}"))
    evs = ['Lễ khai mạc tại quảng trường trung tâm', 'Diễu hành đường phố với hơn 500 nghệ nhân',
           'Đêm nhạc hội “Giai điệu quê hương”', 'Trình diễn ẩm thực và trò chơi dân gian',
           'Bắn pháo hoa nghệ thuật bên bờ sông', 'Hội chợ sản phẩm làng nghề', 'Lễ bế mạc và trao giải']
    for j, ev in enumerate(r.sample(evs, 4)):
        d = d0 + datetime.timedelta(days=j)
        e.append(('widget', f"{r.choice(['08h00', '15h30', '19h00', '20h00'])} ngày {d.day}/{d.month}: {ev}"))
    e.append(('widget', f"Vé vào cửa: miễn phí (khu trò chơi dân gian {money(r, 10000, 30000, 5000)} đồng/lượt)"))
    rel = ctx.related(3)
    if rel:
        e.append(('widget', 'Tin liên quan'))
        e += [('related', f"{i + 1}. {it['title']}") for i, it in enumerate(rel)]
    e.append(('widget', f"Hotline ban tổ chức: {hotline(r)} – Email: bantochuc@lehoibonphuong.vn"))
    return e


def L04_books(ctx):
    r = ctx.r('L04')
    bt = r.choice(BOOK_TITLES)
    pub = r.choice(PUBLISHERS)
    au = person(r)
    price = money(r, 68000, 189000, 1000)
    yr = ctx.st.d.year
    e = [('U', 'TRANG SÁCH XANH'),
         ('widget', 'Sách mới | Điểm sách | Tác giả | Đọc thử | Sự kiện'),
         ('widget', 'Sách › ' + r.choice(['Điểm sách', 'Đời sống', 'Góc nhìn'])),
         ('U', ctx.title),
         ('byline', person(r)),
         ('U', f"{ctx.st.dmy()} {ctx.st.hm()}")]
    paras = ctx.paras([1, 4, 3, 0])
    blocks = [[('caption', ctx.cap.one())]]
    e += weave(paras, blocks, r)
    e += [('widget', 'SÁCH HAY TUẦN NÀY'),
          ('caption', f"Bìa cuốn “{bt}” ({pub}, {yr}), giá bìa {price} đồng."),
          ('widget', f"Tác giả: {au}"),
          ('widget', f"Số trang: {r.randint(180, 460)} – Khổ {r.choice(['13 x 20,5', '14,5 x 20,5', '16 x 24'])} cm"),
          ('widget', f"Mua sách tại Nhà sách Phương Đông Online – giảm {r.choice([10, 15, 20, 25])}% cho đơn từ 300.000 đồng"),
          ('widget', 'Đánh giá của bạn: ★★★★☆')]
    rel = ctx.related(4)
    if rel:
        e.append(('widget', 'Có thể bạn quan tâm'))
        e += rel_plain(rel, '› {t}')
    e.append(('widget', 'Liên hệ quảng cáo: quangcao@trangsachxanh.vn'))
    return e


def L05_film(ctx):
    r = ctx.r('L05')
    ft = r.choice(FILM_TITLES)
    rel_d = ctx.st.after(r, 7, 45)
    dur = f"0{r.randint(1, 3)}:{r.randint(10, 59)}"
    e = [('U', 'Màn Ảnh Việt'),
         ('widget', 'Phim chiếu rạp | Phim truyền hình | Hậu trường | Lịch chiếu | Review'),
         ('U', ctx.title),
         ('U', f"{ctx.st.wd}, {ctx.st.dmy()}, {ctx.st.hm()} (GMT+7)"),
         ('widget', '▶ Trailer'),
         ('widget', f"00:00 / {dur}"),
         ('caption', f"Trailer phim “{ft}” dự kiến khởi chiếu từ {fmt_d(rel_d)}."),
         ('credit', 'Video: Hãng phim Sao Bắc Đẩu')]
    paras = ctx.paras([2, 5, 2, 0])
    blocks = [[('caption', ctx.cap.one()), ('credit', 'Ảnh: ĐPCC')]]
    e += weave(paras, blocks, r)
    e.append(('byline', person(r, 2)))
    cast = ', '.join(person(r) for _ in range(3))
    e += [('widget', 'THÔNG TIN PHIM'),
          ('widget', f"Đạo diễn: {person(r)}"),
          ('widget', f"Diễn viên: {cast}"),
          ('widget', f"Thể loại: {r.choice(['Tâm lý, gia đình', 'Hài, lãng mạn', 'Hành động', 'Chính kịch'])}"),
          ('widget', f"Thời lượng: {r.randint(92, 128)} phút – Phân loại: {r.choice(['P', 'C13', 'C16'])}"),
          ('widget', f"Khởi chiếu: {fmt_d(rel_d)}")]
    rel = ctx.related(4)
    if rel:
        e.append(('widget', 'Tin cùng chuyên mục'))
        e += rel_plain(rel, '- {t}')
    return e


def L06_heritage(ctx):
    r = ctx.r('L06')
    name, era, kind = r.choice(HERITAGE)
    prov = r.choice(PROVINCES[5:])
    e = [('U', 'DI SẢN ĐẤT VIỆT'),
         ('widget', 'Trang chủ » Di sản văn hoá » ' + r.choice(['Di tích', 'Bảo tồn', 'Du lịch di sản'])),
         ('U', ctx.title),
         ('U', f"{ctx.st.wd}, {ctx.st.dmy()}"),
         ('widget', 'THÔNG TIN DI TÍCH'),
         ('widget', f"Tên gọi: {name}"),
         ('widget', f"Địa điểm: xã {r.choice(['Phú Lâm', 'Tân Hội', 'Vĩnh Xuân', 'An Thạnh'])}, tỉnh {prov}"),
         ('widget', f"Niên đại: {era}"),
         ('widget', f"Loại hình: {kind}"),
         ('widget', f"Xếp hạng: Di tích quốc gia ({r.randint(1962, 2012)})")]
    paras = ctx.paras([0, 3, 4, 2])
    blocks = []
    for _ in range(r.choice([1, 2])):
        blocks.append([('caption', ctx.cap.one()[:-1] + ' (Ảnh: ' + r.choice(['Tư liệu', 'DSĐV', short_name(r)]) + ')')])
    e += weave(paras, blocks, r)
    e.append(('byline', f"{person(r)} - Trung tâm Bảo tồn di sản {prov}"))
    rel = ctx.related(3)
    if rel:
        e.append(('related', 'Tin liên quan: ' + ' / '.join(it['title'] for it in rel)))
    e += [('widget', 'Gửi bình luận'),
          ('widget', 'Họ và tên (*) | Email (*)'),
          ('widget', 'Bình luận của bạn sẽ được biên tập trước khi đăng.')]
    return e


def L07_wire(ctx):
    r = ctx.r('L07')
    reporter = person(r, 2)
    e = [('U', 'VĂN NGHỆ THÔNG TẤN'),
         ('widget', 'Thời sự | Văn hoá | Giải trí | Du lịch | Ảnh | Multimedia'),
         ('U', ctx.title),
         ('U', f"{ctx.st.dmy()} {ctx.st.hm()}"),
         ('byline', f"{r.choice(['Hà Nội', 'TP.HCM', 'Đà Nẵng', 'Huế', 'Cần Thơ'])} (VNTT)")]
    paras = ctx.paras([1, 4, 3, 0])
    blocks = [[('caption', ctx.cap.one()), ('credit', f"Ảnh: {person(r, 2)}/VNTT")]]
    if r.random() < 0.4:
        blocks.append([('caption', ctx.cap.one()), ('credit', 'Ảnh minh hoạ: VNTT')])
    e += weave(paras, blocks, r)
    e.append(('byline', f"{reporter} (VNTT)"))
    rel = ctx.related(3)
    if rel:
        e.append(('widget', 'Tin liên quan'))
        e += rel_plain(rel, '- {t}')
    e.append(('widget', 'Bản quyền thuộc Văn Nghệ Thông Tấn. Cấm sao chép dưới mọi hình thức nếu không có sự chấp '
                        'thuận bằng văn bản.'))
    return e


def L08_booking(ctx):
    r = ctx.r('L08')
    dest = next((p for p in ctx.cap.places if p in DESTS), r.choice(DESTS))
    d2 = r.choice([d for d in DESTS if d != dest])
    e = [('widget', f"Hotline: {hotline(r)} | Đăng nhập | Đăng ký"),
         ('U', 'ViVu24h'),
         ('widget', 'Tour trong nước | Tour nước ngoài | Khách sạn | Vé máy bay | Cẩm nang'),
         ('widget', 'Cẩm nang du lịch > Tin du lịch'),
         ('U', ctx.title),
         ('byline', f"Đăng bởi {short_name(r)} | {ctx.st.dmy()}")]
    paras = ctx.paras([3, 4, 1, 0])
    ads = [[('widget', f"Tour {dest} 3N2Đ chỉ từ {money(r, 1990000, 4990000, 10000)}đ/khách – Đặt ngay!")],
           [('caption', ctx.cap.one())],
           [('widget', f"Combo vé máy bay + khách sạn {d2} giảm đến {r.choice([25, 30, 35, 40])}% – Xem chi tiết")]]
    e += weave(paras, ads, r)
    e.append(('widget', f"Đánh giá bài viết: {r.choice(['4,5', '4,6', '4,8', '4,2'])}/5 ({r.randint(8, 90)} lượt)"))
    rel = ctx.related(4)
    if rel:
        e.append(('widget', 'Bài viết cùng chủ đề'))
        e += rel_plain(rel)
    e.append(('widget', f"Công ty TNHH Du lịch ViVu – Giấy phép lữ hành quốc tế số 79-{r.randint(100, 899)}/"
                        f"{r.randint(2012, 2016)}/TCDL-GP LHQT"))
    return e


def L09_photocontest(ctx):
    r = ctx.r('L09')
    contest = r.choice(['Sắc màu quê hương', 'Việt Nam trong mắt tôi', 'Khoảnh khắc mùa xuân', 'Di sản quanh ta'])
    e = [('U', 'Ảnh Việt Hôm Nay'),
         ('widget', f"Cuộc thi ảnh “{contest}” {ctx.st.d.year} – Gửi ảnh dự thi ngay hôm nay"),
         ('widget', 'Tin ảnh | Cuộc thi | Góc máy | Thiết bị | Học chụp ảnh'),
         ('U', ctx.title),
         ('U', f"Đăng lúc {ctx.st.hm()} ngày {ctx.st.dmy()}")]
    paras = ctx.paras([1, 4, 2, 0])
    blocks = [[('caption', ctx.cap.one()), ('credit', 'Ảnh: Bạn đọc ' + person(r))]]
    e += weave(paras, blocks, r)
    e.append(('byline', 'Bài: ' + person(r, 2)))
    e.append(('widget', 'ẢNH DỰ THI NỔI BẬT TUẦN'))
    subj = ['Chợ quê ngày Tết', 'Mùa nước nổi', 'Bình minh trên ruộng bậc thang', 'Em bé vùng cao',
            'Phố cổ lên đèn', 'Về nhà', 'Ngư dân kéo lưới']
    for s in r.sample(subj, 2):
        e.append(('caption', f"“{s}” – Tác giả: {person(r)} ({r.choice(PROVINCES)})"))
        e.append(('widget', f"Bình chọn ({count(r, 40, 2400)})"))
    e.append(('widget', 'Gửi ảnh dự thi tại: anhviethomnay.vn/cuocthi hoặc email cuocthi@anhviethomnay.vn'))
    rel = ctx.related(3)
    if rel:
        e.append(('widget', 'Tin khác'))
        for it in rel:
            d = ctx.st.before(r, 1, 20)
            e.append(('related', f"{it['title']} ({d.day:02d}/{d.month:02d})"))
    return e


def L10_photoessay(ctx):
    r = ctx.r('L10')
    author = person(r)
    e = [('U', 'Mắt Lữ Khách'),
         ('widget', 'Phóng sự ảnh › Hành trình'),
         ('U', ctx.title),
         ('byline', 'Thực hiện: ' + author),
         ('U', f"{ctx.st.d.day:02d}.{ctx.st.d.month:02d}.{ctx.st.d.year}")]
    paras = ctx.paras([3, 4, 0, 0])
    nph = min(max(2, len(paras) // 2 + 1), 7)
    gaps = slots(r, len(paras), nph, first=0)
    total = len(gaps)
    blocks = [[('widget', f"Ảnh {j + 1}/{total}"), ('caption', f"{j + 1}. {ctx.cap.one()}")] for j in range(total)]
    rel = ctx.related(2)
    body = weave(paras, blocks, spread=gaps)
    if rel:
        # one "Xem thêm" inside the story (before the last paragraph)
        last_b = max(i for i, x in enumerate(body) if x[0] == 'B')
        body.insert(last_b, ('related', 'Xem thêm: ' + rel[0]['title']))
    e += body
    e.append(('credit', 'Ảnh: ' + vn_upper(author)))
    if len(rel) > 1:
        e.append(('related', 'Xem thêm: ' + rel[1]['title']))
    e += [('widget', 'Chia sẻ bài viết'), ('widget', 'Facebook · Twitter · Pinterest')]
    return e


def L11_literary(ctx):
    r = ctx.r('L11')
    au = person(r)
    e = [('U', 'Tạp chí Văn Chương & Đời Sống'),
         ('widget', 'Truyện ngắn | Thơ | Tản văn | Lý luận – Phê bình | Chân dung | Đọc sách'),
         ('U', ctx.title),
         ('U', f"{ctx.st.wd}, {ctx.st.dmy()} - {ctx.st.hm()}")]
    paras = ctx.paras([0, 2, 4, 3])
    blocks = []
    pq = pull_fragment(ctx, r)
    if pq and ctx.safe(pq):
        blocks.append([('widget', pq)])
    blocks.append([('caption', ctx.cap.one())])
    r.shuffle(blocks)
    e += weave(paras, blocks, r)
    bio = r.choice([f"Nhà văn, hội viên Hội Nhà văn Việt Nam, tác giả tập truyện ngắn “{r.choice(BOOK_TITLES)}”.",
                    f"Nhà báo, nhà nghiên cứu văn hoá, hiện sống và làm việc tại {r.choice(PROVINCES[:6])}.",
                    f"Cây bút tản văn, từng đoạt giải thưởng của Tạp chí Văn Chương & Đời Sống năm {r.randint(2008, 2015)}."])
    e += [('byline', au), ('byline', bio)]
    rel = ctx.related(2, teaser=True)
    if rel:
        e.append(('widget', 'Đọc thêm'))
        for it in rel:
            e += [('related', it['title']), ('related', it['teaser'])]
    e.append(('widget', 'Tạp chí Văn Chương & Đời Sống – Toà soạn: 45 phố Lạc Long, Hà Nội – ĐT: 024 3'
                        + str(r.randint(7000000, 7999999))))
    return e


def L12_mobile(ctx):
    r = ctx.r('L12')
    e = [('widget', '☰'),
         ('U', 'DU LỊCH SÁNG NAY'),
         ('U', ctx.title),
         ('U', f"{ctx.st.dmy()} {ctx.st.hm()}"),
         ('widget', 'Facebook Zalo Email')]
    paras = ctx.paras([5, 4, 0, 0])
    rel = ctx.related(3)
    blocks = []
    if rel:
        blocks.append([('related', 'Xem thêm: ' + rel[0]['title'])])
    blocks.append([('caption', ctx.cap.one())])
    if len(rel) > 1:
        blocks.append([('related', 'Xem thêm: ' + rel[1]['title'])])
    e += weave(paras, blocks, r, first=2)
    e.append(('byline', person(r, 2)))
    if len(rel) > 2:
        e.append(('related', '>> ' + rel[2]['title']))
    e += [('widget', 'Quay lại chuyên mục Du lịch'), ('widget', 'Về đầu trang'),
          ('widget', f"© {ctx.st.d.year} Du Lịch Sáng Nay")]
    return e


def L13_forum(ctx):
    r = ctx.r('L13')
    nick = r.choice(['phuotthu_88', 'langdu.sg', 'balo_xanh', 'hanoi_lang_thang', 'tuyet_mua_dong'])
    e = [('U', 'Diễn đàn Góc Lữ Hành'),
         ('widget', 'Diễn đàn › Kinh nghiệm du lịch › Tin tức du lịch'),
         ('U', ctx.title),
         ('byline', f"Chủ đề trong 'Tin tức du lịch' bắt đầu bởi {nick}, {ctx.st.dm_short()}."),
         ('widget', '#1')]
    paras = ctx.paras([0, 3, 3, 0])
    e += weave(paras, [], r)
    e += [('byline', nick + ' (tổng hợp)'),
          ('widget', f"{r.randint(2, 40)} người thích bài này · Trả lời"),
          ('widget', f"Bình luận ({r.randint(2, 3)})")]
    nicks = r.sample(['trangtran91', 'minhkhoa.dl', 'thuhuong_76', 'dulich4phuong', 'bepnhaminh'], 2)
    for nk, c in zip(nicks, r.sample(COMMENTS, 2)):
        when = ctx.st.after(r, 0, 3)
        e += [('widget', f"{nk} · {fmt_d(when)}"), ('widget', c)]
    rel = ctx.related(3)
    if rel:
        e.append(('widget', 'Chủ đề tương tự'))
        e += [('related', f"{it['title']} – {r.randint(0, 25)} trả lời") for it in rel]
    e.append(('widget', 'Diễn đàn Góc Lữ Hành – Nơi chia sẻ kinh nghiệm du lịch bụi'))
    return e


def L14_stage(ctx):
    r = ctx.r('L14')
    show_d = ctx.st.after(r, 5, 40)
    e = [('U', 'SÂN KHẤU & ÂM NHẠC'),
         ('widget', 'Âm nhạc | Sân khấu | Múa | Nghệ sĩ | Lịch diễn'),
         ('U', ctx.title),
         ('byline', person(r, 2)),
         ('U', f"{ctx.st.hm()} - {ctx.st.dmy()}")]
    paras = ctx.paras([1, 4, 3, 0])
    c = ctx.cap.one()
    if ctx.cap.persons and r.random() < 0.6:
        pref, nm = ctx.cap.persons[0]
        c = f"{nm} (trái) cùng khách mời tại sự kiện."
        if not ctx.safe(c):
            c = ctx.cap.one()
    blocks = [[('caption', c), ('credit', 'Ảnh: BTC')]]
    e += weave(paras, blocks, r)
    e += [('widget', 'THÔNG TIN CHƯƠNG TRÌNH'),
          ('widget', f"Thời gian: 20h00, ngày {show_d.day}/{show_d.month}/{show_d.year}"),
          ('widget', 'Địa điểm: Nhà hát Ca Múa Nhạc Sông Hồng'),
          ('widget', f"Giá vé: {money(r, 200000, 400000, 50000)} – {money(r, 800000, 1500000, 100000)} đồng"),
          ('widget', f"Đặt vé: {phone(r)}"),
          ('widget', '▶ Nghe playlist Top 10 bài hát được yêu thích tuần này')]
    rel = ctx.related(3)
    if rel:
        e.append(('widget', 'Đọc thêm'))
        e += [('related', f"{i + 1}. {it['title']}") for i, it in enumerate(rel)]
    return e


def L15_green(ctx):
    r = ctx.r('L15')
    au = person(r)
    handle = '@' + r.choice(['linhtravels', 'ha.trekking', 'vietvibes', 'mai.dicho', 'quang.wander'])
    months = ['tháng 1', 'tháng 2', 'tháng 3', 'tháng 4', 'tháng 5', 'tháng 6', 'tháng 7', 'tháng 8', 'tháng 9',
              'tháng 10', 'tháng 11', 'tháng 12']
    e = [('U', 'Hành Trình Xanh'),
         ('widget', 'Khám phá | Sống xanh | Ăn gì | Ở đâu | Instagram'),
         ('U', ctx.title),
         ('byline', 'Viết bởi ' + au),
         ('U', f"{ctx.st.d.day} {months[ctx.st.d.month - 1]}, {ctx.st.d.year}")]
    paras = ctx.paras([2, 4, 2, 0])
    rel = ctx.related(4)
    blocks = [[('caption', ctx.cap.one()), ('credit', 'Ảnh: ' + handle)],
              [('widget', 'Xem bài viết này trên Instagram'),
               ('widget', f"Một bài viết được chia sẻ bởi {au} ({handle}) vào "
                          f"{WEEKDAYS_SHORT[ctx.st.d.weekday()]}, {ctx.st.dm_short()}")]]
    if rel:
        blocks.insert(1, [('related', 'Xem thêm: ' + rel[0]['title'])])
    e += weave(paras, blocks, r)
    e.append(('widget', 'Bài viết thuộc bản quyền của Hành Trình Xanh. Vui lòng ghi rõ nguồn khi chia sẻ lại.'))
    if len(rel) > 1:
        e.append(('widget', 'Có thể bạn thích'))
        e += rel_plain(rel[1:])
    return e


def L16_weekend(ctx):
    r = ctx.r('L16')
    scr = ctx.st.after(r, 1, 9)
    e = [('widget', f"Hôm nay: {WEEKDAYS[scr.weekday()]}, ngày {fmt_d(scr)}"),
         ('U', 'Văn Hoá Cuối Tuần'),
         ('widget', 'Thời sự | Văn hoá | Giải trí | Du lịch | Ẩm thực | Cuối tuần'),
         ('U', ctx.title),
         ('U', f"Cập nhật: {ctx.st.hm()} ngày {ctx.st.dmy()}")]
    paras = ctx.paras([0, 4, 4, 0])
    blocks = [[('caption', ctx.cap.one()[:-1] + ' - Ảnh: ' + vn_upper(person(r)))]]
    e += weave(paras, blocks, r)
    e.append(('byline', 'Theo ' + r.choice(['Nhật báo Sông Hàn', 'Báo Văn Hiến', 'Tuần san Phố Biển', 'Báo Miền Lam'])))
    e += [('widget', 'In bài | Gửi cho bạn bè | Lưu'),
          ('widget', 'Ý kiến bạn đọc'),
          ('widget', 'Chưa có ý kiến nào. Hãy là người đầu tiên bình luận!')]
    rel = ctx.related(4)
    if rel:
        e.append(('widget', 'Các bài đã đăng'))
        e += rel_plain(rel, '► {t}')
    return e


def L17_portal(ctx):
    r = ctx.r('L17')
    scr = ctx.st.after(r, 1, 6)
    e = [('U', 'SỞ VĂN HOÁ, THỂ THAO VÀ DU LỊCH TỈNH LAM GIANG'),
         ('widget', f"Hôm nay: {WEEKDAYS[scr.weekday()]}, {fmt_d(scr)}"),
         ('widget', 'Giới thiệu | Tin tức – Sự kiện | Văn bản | Thủ tục hành chính | Du lịch | Liên hệ'),
         ('widget', 'Tin tức – Sự kiện / ' + r.choice(['Du lịch', 'Văn hoá', 'Tin tổng hợp'])),
         ('U', ctx.title),
         ('U', ctx.st.dmy()),
         ('widget', f"Lượt xem: {count(r, 40, 900)}")]
    paras = ctx.paras([0, 3, 4, 2])
    e += weave(paras, [[('caption', ctx.cap.one())]], r)
    e.append(('byline', f"Tác giả: {person(r)} - Trung tâm Thông tin Xúc tiến Du lịch"))
    e += [('widget', f"Tệp đính kèm: KeHoach_{r.choice(['LeHoi', 'QuangBa', 'SuKien'])}_{ctx.st.d.year}.pdf"),
          ('widget', 'In trang | Gửi email | Về đầu trang')]
    rel = ctx.related(5)
    if rel:
        e.append(('widget', 'Các tin đã đưa'))
        for it in rel:
            e.append(('related', f"{it['title']} ({date_before(ctx, r, 1, 90)})"))
    e.append(('widget', 'Cơ quan chủ quản: Sở Văn hoá, Thể thao và Du lịch tỉnh Lam Giang – Email: '
                        'sovhttdl@lamgiang.gov.vn'))
    return e


def L18_youth(ctx):
    r = ctx.r('L18')
    e = [('U', 'NHỊP ĐIỆU TRẺ'),
         ('widget', 'Xu hướng | Sự kiện | Check-in | Phong cách | Nhạc | Phim'),
         ('U', ctx.title),
         ('U', f"{ctx.st.hm()} · {ctx.st.dmy()}"),
         ('byline', f"Bài: {short_name(r)} - Ảnh: {short_name(r)}")]
    paras = ctx.paras([3, 4, 2, 0])
    blocks = [[('caption', ctx.cap.one()), ('credit', 'Ảnh: FBNV')]]
    pq = pull_fragment(ctx, r)
    if pq and ctx.safe(pq):
        blocks.append([('widget', pq)])
    r.shuffle(blocks)
    e += weave(paras, blocks, r)
    e += [('widget', f"😍 Yêu thích {r.randint(10, 400)} · 😮 Ngạc nhiên {r.randint(0, 40)} · 😢 Buồn {r.randint(0, 9)}"),
          ('widget', f"Thích {r.randint(20, 900)} · Chia sẻ {r.randint(2, 120)}")]
    rel = ctx.related(3, teaser=True)
    if rel:
        e.append(('widget', 'Có thể bạn thích'))
        for it in rel:
            e += [('related', it['title']), ('related', it['teaser'])]
    return e


def L19_tv(ctx):
    r = ctx.r('L19')
    dur = f"0{r.randint(2, 6)}:{r.randint(10, 59)}"
    pl = ctx.cap.subject()
    vcap = f"Phóng sự ghi nhận tại {pl}." if pl else r.choice(['Phóng sự của nhóm phóng viên Kênh Di Sản TV.',
                                                               'Bản tin Thời sự phát sóng tối cùng ngày.'])
    e = [('U', 'Kênh Di Sản TV'),
         ('widget', 'Thời sự | Phóng sự | Di sản | Ẩm thực | Lịch phát sóng'),
         ('widget', 'Video đang phát'),
         ('widget', f"00:00 / {dur}"),
         ('caption', vcap),
         ('credit', 'Video: Kênh Di Sản TV'),
         ('U', ctx.title),
         ('U', f"{ctx.st.dmy()} | {ctx.st.hm()}")]
    paras = ctx.paras([0, 3, 4, 0])
    blocks = [[('caption', r.choice(['Infographic: Những con số đáng chú ý', 'Infographic: Toàn cảnh sự việc',
                                     'Biểu đồ: Diễn biến qua các năm'])),
               ('credit', 'Đồ hoạ: ' + short_name(r))]]
    if r.random() < 0.5:
        blocks.append([('caption', ctx.cap.one())])
    e += weave(paras, blocks, r)
    e.append(('byline', f"PV {short_name(r)} - {short_name(r)}"))
    rel = ctx.related(4)
    if rel:
        e.append(('widget', 'Video khác'))
        e += [('related', f"{it['title']} (0{r.randint(1, 9)}:{r.randint(10, 59)})") for it in rel]
    e.append(('widget', 'Lịch phát sóng hôm nay'))
    return e


LAYOUTS = [
    ('vanhoanay', L00_vanhoanay), ('baotang_songlam', L01_museum), ('xedichviet', L02_xedich),
    ('lehoi_bonphuong', L03_festival), ('trangsachxanh', L04_books), ('manhanhviet', L05_film),
    ('disandatviet', L06_heritage), ('vannghe_thongtan', L07_wire), ('vivu24h', L08_booking),
    ('anhviet_homnay', L09_photocontest), ('matlukhach', L10_photoessay), ('vanchuong_doisong', L11_literary),
    ('dulich_sangnay_m', L12_mobile), ('goc_luhanh', L13_forum), ('sankhau_amnhac', L14_stage),
    ('hanhtrinhxanh', L15_green), ('vanhoa_cuoituan', L16_weekend), ('so_vhttdl_lamgiang', L17_portal),
    ('nhipdieutre', L18_youth), ('disan_tv', L19_tv),
]

# ---------------------------------------------------------------------------
# Scraper faults
# ---------------------------------------------------------------------------

FAULTS = ('nbsp', 'zwsp', 'dblspace', 'glue', 'nfd')


def choose_faults(row):
    r = rng(row, 'faults')
    if r.random() >= 0.28:
        return []
    n = 1 if r.random() < 0.7 else 2
    return r.sample(FAULTS, n)


def _targets(entries):
    t = []
    for ei, (k, v) in enumerate(entries):
        if k == 'B':
            for j in range(len(v)):
                t.append((ei, j))
        else:
            t.append((ei, None))
    return t


def _get(entries, tg):
    ei, j = tg
    k, v = entries[ei]
    return v[j] if j is not None else v


def _set(entries, tg, s):
    ei, j = tg
    k, v = entries[ei]
    if j is None:
        entries[ei] = (k, s)
    else:
        v[j] = s


def _spaces(s):
    return [i for i in range(1, len(s) - 1) if s[i] == ' ' and s[i - 1] != ' ' and s[i + 1] != ' ']


def apply_faults(entries, faults, row):
    r = rng(row, 'faultapply')
    applied = []
    if 'glue' in faults:
        cands = []
        for ei, (k, v) in enumerate(entries):
            if k != 'B':
                continue
            for j in range(len(v) - 1):
                a, b = v[j], v[j + 1]
                if re.search(r'[\w%)]\.$', a) and b[:1].isalpha() and b[:1].isupper():
                    cands.append((ei, j))
        if cands:
            ei, j = r.choice(cands)
            items = entries[ei][1]
            items[j:j + 2] = [items[j] + items[j + 1]]
            applied.append('glue')
    for f, lo, hi in (('nbsp', 3, 7), ('zwsp', 2, 4), ('dblspace', 1, 2)):
        if f not in faults:
            continue
        tg = _targets(entries)
        r.shuffle(tg)
        done = 0
        want = r.randint(lo, hi)
        for t in tg:
            if done >= want:
                break
            s = _get(entries, t)
            if f == 'zwsp':
                pos = [i for i in range(2, len(s) - 1) if s[i - 1].isalpha() and s[i].isalpha()
                       and s[i - 2].isalpha()]
                if not pos:
                    continue
                p = r.choice(pos)
                s = s[:p] + '\u200b' + s[p:]
            else:
                sp = _spaces(s)
                if not sp:
                    continue
                if f == 'nbsp':
                    for p in r.sample(sp, min(len(sp), r.randint(1, 2))):
                        s = s[:p] + '\u00a0' + s[p + 1:]
                else:
                    p = r.choice(sp)
                    s = s[:p] + '  ' + s[p + 1:]
            _set(entries, t, s)
            done += 1
        if done:
            applied.append(f)
    if 'nfd' in faults:
        for ei, (k, v) in enumerate(entries):
            if k == 'B':
                entries[ei] = (k, [unicodedata.normalize('NFD', x) for x in v])
            else:
                entries[ei] = (k, unicodedata.normalize('NFD', v))
        applied.append('nfd')
    return applied


# ---------------------------------------------------------------------------
# Assembling and the contract check
# ---------------------------------------------------------------------------

def clean_entries(ctx, entries):
    out = []
    body_n = {norm(s) for s in ctx.sents}
    for k, v in entries:
        if k == 'B':
            if v:
                out.append((k, list(v)))
            continue
        v = re.sub(r'\s+', ' ', v).strip()
        if not v:
            continue
        n = norm(v)
        if k != 'U' and n in body_n:
            continue
        if k == 'related' and n == norm(ctx.title):
            continue
        out.append((k, v))
    return out


def check_page(page, unlabelled, sentences, title):
    """Independent walk over page.text; raises ValueError on any breach of the labelling contract."""
    text, body, furn = page.text, page.body, page.furniture
    if not text or not body:
        raise ValueError('empty page')
    for kind, line in furn:
        if kind not in KINDS:
            raise ValueError(f'bad kind {kind!r}')
    for it in body:
        if not it or '\n' in it or it != it.strip():
            raise ValueError(f'bad body item {it!r}')
        if it not in text:
            raise ValueError('body item not in text')
    lines = text.split('\n')
    bi = fi = 0
    seen_unl = []
    for ln in lines:
        if not ln or ln != ln.strip():
            raise ValueError(f'blank or unstripped line {ln!r}')
        if fi < len(furn) and furn[fi][1] == ln:
            fi += 1
            continue
        ok = False
        for n in (1, 2, 3, 4):
            if bi + n <= len(body) and ' '.join(body[bi:bi + n]) == ln:
                bi += n
                ok = True
                break
        if ok:
            continue
        if ln in unlabelled and ln not in seen_unl and len(seen_unl) < 3:
            seen_unl.append(ln)
            continue
        raise ValueError(f'unexplained line {ln!r}')
    if bi != len(body) or fi != len(furn):
        raise ValueError('walk did not use up body/furniture')
    if title not in seen_unl:
        raise ValueError('title not on page')
    sn = {norm(s) for s in sentences} | {norm(b) for b in body}
    for kind, line in furn:
        if norm(line) in sn:
            raise ValueError(f'furniture equals a body sentence: {line!r}')
        if kind != 'widget' and line in seen_unl:
            raise ValueError('repeat of an unlabelled line must be widget')
        if kind == 'related' and norm(line) == norm(title):
            raise ValueError('related equals title')
    for ln in seen_unl:
        if norm(ln) in sn:
            raise ValueError('unlabelled line equals a body sentence')
    if len(sentences) < 3:
        raise ValueError('fewer than 3 body sentences')


def finalize(ctx, entries, layout):
    entries = clean_entries(ctx, entries)
    faults = choose_faults(ctx.row)
    applied = apply_faults(entries, faults, ctx.row)
    lines, body, furn, unl = [], [], [], []
    title = None
    for k, v in entries:
        if k == 'B':
            lines.append(' '.join(v))
            body.extend(v)
        elif k == 'U':
            lines.append(v)
            unl.append(v)
        else:
            lines.append(v)
            furn.append((k, v))
    title = next(v for k, v in entries if k == 'U' and norm(v) == norm(ctx.title))
    if len(unl) > 3:
        raise ValueError('too many unlabelled lines')
    page = Page('\n'.join(lines), body, furn, layout)
    check_page(page, unl, ctx.sents, title)
    return page, applied


def _build(path):
    body_rows, rel_rows = read_rows(path)
    pool = build_related_pool(rel_rows)
    out = []
    for k, (row, t, a) in enumerate(body_rows):
        title, sents = story_sentences(t, a)
        if not title or len(sents) < 3:
            continue
        name, fn = LAYOUTS[k % len(LAYOUTS)]
        ctx = Ctx(row, k, title, sents, pool)
        page, applied = finalize(ctx, fn(ctx), name)
        out.append((page, applied))
    return out


def pages(path):
    """Build the labelled pages from the VietNews jsonl.gz at `path` (str or pathlib.Path)."""
    return [p for p, _ in _build(pathlib.Path(path))]


def main(argv):
    path = argv[1] if len(argv) > 1 else '/work/shared/data/vietnews_train.jsonl.gz'
    built = _build(pathlib.Path(path))
    order = [n for n, _ in LAYOUTS]
    stats = {n: {'pages': 0, 'body': 0, 'faults': 0, **{k: 0 for k in KINDS}} for n in order}
    fcount = {f: 0 for f in FAULTS}
    for page, applied in built:
        s = stats[page.layout]
        s['pages'] += 1
        s['body'] += len(page.body)
        for kind, _ in page.furniture:
            s[kind] += 1
        if applied:
            s['faults'] += 1
        for f in applied:
            fcount[f] += 1
    cols = ['pages', 'body', 'byline', 'credit', 'caption', 'related', 'widget', 'faults']
    print(f"{'layout':<20}" + ''.join(f"{c:>9}" for c in cols))
    tot = {c: 0 for c in cols}
    for n in order:
        s = stats[n]
        print(f"{n:<20}" + ''.join(f"{s[c]:>9}" for c in cols))
        for c in cols:
            tot[c] += s[c]
    print(f"{'TOTAL':<20}" + ''.join(f"{tot[c]:>9}" for c in cols))
    print('fault kinds: ' + ', '.join(f"{f}={fcount[f]}" for f in FAULTS))


if __name__ == '__main__':
    main(sys.argv)
