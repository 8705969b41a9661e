#!/usr/bin/env python3
"""clean_test56 - blind held-out pages for the Vietnamese news-page cleaner.

Theme: article pages of long-tail Vietnamese outlets (provincial party papers and e-papers, ministry and
government portals, police/army papers, sector papers, schools, associations, overseas, religious, commune
pages, sports/entertainment, a news agency bureau).  All outlet names, people, brands, numbers, URLs and
furniture wordings are invented.  Standard library only.

Usage: python eval/clean_test56/make.py /path/to/vietnews_train.jsonl.gz
"""
import datetime
import gzip
import json
import random
import re
import sys
import unicodedata
from typing import NamedTuple

SEED = 5656
BODY_ROWS = range(19_300, 19_400)
RELATED_ROWS = range(18_300, 18_400)
KINDS = ('byline', 'credit', 'caption', 'related', 'widget')


class Page(NamedTuple):
    text: str
    body: list
    furniture: list
    layout: str


def rng(row, purpose):
    return random.Random(f"test56|{SEED}|{row}|{purpose}")


_ZW = re.compile('[\u200b\u200c\u200d\u2060\ufeff]')


def norm(s):
    s = unicodedata.normalize('NFC', s)
    s = _ZW.sub('', s)
    s = re.sub(r'\s+', '', s)
    return s.casefold()


# ---------------------------------------------------------------- sentence splitting and story extraction
QUOTES = '"“”'
ABBR = {'tp','ts','gs','pgs','ths','bs','ks','mr','mrs','ms','dr','st','co','ltd','inc','vs','tt','nxb','ttg','thứ','no','ths','cn','bsck','bscki','bsckii','ttnd','nsnd','nsưt','ttưt','pts','kts','ls','lg','đ/c','đc','tx','tt','p','q','h'}
TERM = '.!?…'

def _abbrev(text, i):
    j = i
    while j > 0 and not text[j-1].isspace():
        j -= 1
    tok = text[j:i].lstrip('("“\'‘[')
    if not tok:
        return False
    if len(tok) == 1 and tok.isalpha() and tok.isupper():
        return True          # single initial: Đ. H
    if '.' in tok:
        return True          # dotted acronym / already abbreviated: T.Ư. Th.S.
    if tok.lower() in ABBR:
        return True
    return False

def split_sents(text):
    text = re.sub(r'\s+', ' ', text).strip()
    out = []; start = 0; i = 0; n = len(text); q = 0
    while i < n:
        ch = text[i]
        if ch in QUOTES:
            q ^= 1; i += 1; continue
        if ch in TERM:
            j = i
            while j + 1 < n and text[j+1] in TERM:
                j += 1
            if j + 1 >= n:
                i = j + 1; continue
            if text[j+1] != ' ':
                i = j + 1; continue
            if j == i and ch == '.' and _abbrev(text, i):
                i = j + 1; continue
            end = j + 1; k = j + 1
            if q == 1 and k + 1 < n and text[k+1] in QUOTES:
                q = 0; end = k + 2; k = end
            if k < n and text[k] == ' ' and k + 1 < n and q == 0:
                nx = text[k+1]
                if nx.isupper() or nx.isdigit() or nx in QUOTES or nx == '(':
                    out.append(text[start:end].strip()); start = k + 1; i = k + 1; continue
            i = end; continue
        i += 1
    tail = text[start:].strip()
    if tail:
        t = tail.rstrip('"“” ')
        if t and t[-1] in TERM:
            out.append(tail)
            tail = ''
    return out, tail

CAP_MARK = re.compile(r'(?i:ảnh)\s*:|\(\s*(?i:ảnh)|(?i:ảnh minh h)|(?i:nguồn)\s*:|(?i:video)\s*:|(?i:clip)\s*:|(?i:đồ h[oọ][aạ])|(?i:infographic)|(?i:photo)|Ảnh\s*[-–]|(?i:ảnh chụp)|từ trái sang|từ phải sang|\((?:trái|phải|giữa|ngoài cùng|áo|đứng|ngồi|người)[^)]*\)|(?i:xem thêm)|(?i:tin liên quan)|(?i:video)|(?i:clip)|http|www\.|@|\.(?:vn|com|net)\b|(?i:đọc thêm)|(?i:độc giả)|(?i:theo\s+(?:vnexpress|tuổi trẻ|thanh niên|dân trí|zing|vietnamnet))')
STARTERS = ('Ngày','Sáng','Chiều','Tối','Trưa','Đêm','Theo','Trước','Tại','Hiện','Khi','Sau','Trong','Để','Với','Từ','Vào','Cũng','Nhiều','Ông','Bà','Anh','Chị','Em','Hôm','Thời','Năm','Tháng','Lúc','Khoảng','Qua','Dù','Tuy','Nhưng','Do','Vì','Nếu','Mặc','Bên','Những','Đến','Cùng','Riêng','Còn','Ngoài','Như','Song','Mới','Đặc','Cụ','Tương','Thế','Hơn','Rạng','Giữa','Bởi','Thậm','Tính','Ngay','Đó','Điều','Việc','Tất','Cơ')
FUSED = re.compile(r'(?<=[0-9A-Za-zÀ-ỹ%)])\s(?:' + '|'.join(STARTERS) + r')\s')
CONNECT = ('Theo ','Tuy nhiên','Trước đó','Ngoài ra','Sau đó','Như vậy','Do đó','Vì vậy','Bên cạnh đó','Cũng theo','Trong khi','Đồng thời','Hiện nay','Hiện tại','Trước tình','Riêng ','Mặt khác','Đặc biệt','Cụ thể','Trong đó','Tương tự','Thế nhưng','Nhưng ','Song ','Mặc dù','Dù ','Nếu ','Sau khi','Trước khi','Đến nay','Tính đến','Tính từ','Ngay sau','Trước đây','Từ đầu','Từ năm','Từ ngày','Cũng trong','Bởi vậy','Chính vì','Thậm chí','Do vậy','Vì thế','Ngoài việc','Đáng chú ý','Kết quả','Trả lời','Lý giải','Đánh giá','Chia sẻ với','Trao đổi với','Nói với','Phát biểu tại','Phát biểu ','Giải thích','Còn theo','Để ')
TIME_START = re.compile(r'^(?:Ngày|Sáng|Chiều|Tối|Trưa|Đêm|Rạng sáng|Khoảng|Vào|Lúc|Hôm|Đầu|Cuối|Giữa|Năm|Tháng)\b[^,]{0,60},')
REPORT = ('cho biết','cho hay','khẳng định','nhấn mạnh','cho rằng','thừa nhận','giải thích','xác nhận','nhận định','tiết lộ','nêu rõ','lý giải','thông tin thêm','nói thêm','bày tỏ','đề nghị','kiến nghị','quyết định','theo đó','ông này','bà này','anh này','người này','vụ việc','sự việc','trước đó')

def nwords(s):
    return sum(1 for w in s.split() if any(c.isalnum() for c in w))

def confident(s, first=False, last=False):
    n = nwords(s)
    if n < 10 or len(s) > 1100:
        return False
    if sum(s.count(c) for c in QUOTES) % 2:
        return False
    c0 = s[0]
    if not (c0.isupper() or c0.isdigit() or c0 in QUOTES):
        return False
    if CAP_MARK.search(s) or FUSED.search(s):
        return False
    letters = [c for c in s if c.isalpha()]
    if sum(c.isupper() for c in letters) > 0.3 * len(letters):
        return False
    if last and n < 14:
        return False
    has_q = s[0] in QUOTES or any(nwords(x) >= 4 for x in re.findall(r'["“]([^"“”]*)["”]', s))
    if first:
        return (',' in s) and ((n >= 16 and any(r in s for r in REPORT)) or n >= 22)
    if n >= 32 and ',' in s:
        return True
    if has_q and n >= 12:
        return True
    if s.startswith(CONNECT) and n >= 12:
        return True
    if TIME_START.match(s) and n >= 22:
        return True
    if n >= 14 and ',' in s and any(r in s for r in REPORT):
        return True
    return False

def story(article):
    sents, tail = split_sents(article)
    bad = set()
    for i, s in enumerate(sents):
        if CAP_MARK.search(s):
            bad.update((i - 1, i))
    keep = []
    for i, s in enumerate(sents):
        if i in bad:
            continue
        if confident(s, first=(i == 0), last=(i == len(sents) - 1)):
            keep.append(s)
    return sents, tail, keep


# ---------------------------------------------------------------- invented vocabulary
SURN = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ',
        'Ngô', 'Dương', 'Lý', 'Đinh', 'Trịnh', 'Mai', 'Lương', 'Tạ', 'Hà', 'Đoàn', 'Cao', 'Lâm', 'Kiều', 'Châu', 'Thái']
MID = ['Văn', 'Thị', 'Minh', 'Thanh', 'Hữu', 'Đức', 'Ngọc', 'Quốc', 'Thu', 'Xuân', 'Kim', 'Bảo', 'Công', 'Diệu',
       'Gia', 'Hải', 'Mạnh', 'Phương', 'Anh', 'Thùy', 'Khánh', 'Trọng']
GIVEN = ['An', 'Bình', 'Châu', 'Dũng', 'Giang', 'Hà', 'Hạnh', 'Hiếu', 'Hòa', 'Huy', 'Hương', 'Khánh', 'Lan', 'Linh',
         'Long', 'Mai', 'Nam', 'Nga', 'Nhung', 'Phong', 'Phúc', 'Quân', 'Sơn', 'Tâm', 'Thảo', 'Thắng', 'Trang',
         'Trung', 'Tú', 'Vân', 'Việt', 'Yến', 'Đạt', 'Hằng', 'Lộc', 'Quyên', 'Tín', 'Uyên', 'Khôi', 'Duyên', 'Toàn']
RANKS = ['Thiếu úy', 'Trung úy', 'Thượng úy', 'Đại úy', 'Thiếu tá', 'Trung tá', 'Thượng tá', 'Đại tá']
ROLES = ['Chủ tịch UBND xã', 'Bí thư Đảng ủy xã', 'Giám đốc Sở Nông nghiệp', 'Phó Chủ tịch Hội Nông dân huyện',
         'Hiệu trưởng nhà trường', 'Trưởng phòng Kinh tế', 'Giám đốc Hợp tác xã', 'Chủ tịch Hội Cựu chiến binh phường',
         'Trưởng ban Dân vận huyện ủy', 'Phó Giám đốc Trung tâm Y tế huyện', 'Trưởng thôn', 'Chủ tịch Công đoàn cơ sở']
GENERIC_CAPS = [
    'Quang cảnh buổi làm việc.', 'Các đại biểu dự hội nghị.', 'Đoàn công tác thăm mô hình sản xuất tại địa phương.',
    'Lãnh đạo địa phương trao quà cho các hộ khó khăn.', 'Đại biểu cắt băng khánh thành công trình.',
    'Các em học sinh trong giờ học ngoại khóa.', 'Người dân làm thủ tục tại bộ phận một cửa.',
    'Cán bộ y tế khám bệnh cho người cao tuổi.', 'Lực lượng chức năng kiểm tra hiện trường.',
    'Toàn cảnh buổi lễ.', 'Đại biểu chụp ảnh lưu niệm.', 'Nông dân thu hoạch lúa vụ đông xuân.',
    'Bà con tham gia ngày hội đại đoàn kết.', 'Tuổi trẻ ra quân làm sạch đường làng.',
    'Một góc công trình đang thi công.', 'Thầy và trò trong lễ khai giảng.', 'Tiết mục văn nghệ chào mừng.',
    'Phút giây xúc động của các cựu chiến binh ngày hội ngộ.', 'Đoàn viên công đoàn nhận quà Tết.',
    'Các vận động viên tranh tài sôi nổi.', 'Khách tham quan gian hàng giới thiệu sản phẩm OCOP.',
]
COMMENTS = [
    'Bài viết rất thiết thực, cảm ơn tác giả!', 'Mong các cấp sớm vào cuộc giải quyết dứt điểm.',
    'Ở quê tôi cũng y như vậy, đề nghị báo phản ánh tiếp.', 'Hoan nghênh chủ trương đúng đắn này 👍',
    'Thông tin hữu ích, tôi sẽ chia sẻ cho bà con trong xóm.', 'Cần xử lý nghiêm, không có vùng cấm!!!',
    'Chúc mừng địa phương mình, tự hào quá ❤️', 'Xin hỏi thủ tục đăng ký ở đâu ạ?',
    'Hy vọng lần này làm đến nơi đến chốn.', 'Quá hay, mong có thêm nhiều bài như thế này.',
    'Sao đến giờ mới xử lý vậy?', 'Đồng ý với ý kiến của bạn Hùng ở trên.', 'Tuyệt vời 👏👏',
    'Mình ở xa quê đọc thấy vui lắm.', 'Đề nghị ghi rõ số điện thoại liên hệ để người dân tiện hỏi.',
]
WEEKDAY = ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ Nhật']


def person(r):
    return f"{r.choice(SURN)} {r.choice(MID)} {r.choice(GIVEN)}"


PEN1 = [x for x in MID if x not in ('Văn', 'Thị', 'Công', 'Trọng')] + ['Lê', 'Hà', 'Mai', 'Lam', 'Nhật', 'Trúc']


def pen(r):
    a = r.choice(PEN1)
    return f"{a} {r.choice([g for g in GIVEN if g != a])}"


def phone(r, pre=None):
    pre = pre or r.choice(['0203', '0215', '0234', '0251', '0262', '0270', '0297'])
    return f"{pre} {r.randint(3, 3)}{r.randint(10, 99)} {r.randint(100, 999)}"


def mobile(r):
    return f"09{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)}"


def initials(r):
    n = r.choice([2, 3])
    return '.'.join(r.choice('HNTLMPQVDKSB') for _ in range(n))


class Ctx:
    """Per-page drawing context: dates, related pool, captions pool."""

    def __init__(self, row, r, date, related, caps):
        self.row = row; self.r = r; self.date = date
        self.related = related; self.caps = caps
        self.ri = 0; self.ci = 0

    def head(self):
        t = self.related[self.ri % len(self.related)][0]; self.ri += 1; return t

    def head_teaser(self):
        for _ in range(len(self.related)):
            t, z = self.related[self.ri % len(self.related)]; self.ri += 1
            if z:
                return t, z
        return self.head(), None

    def cap(self):
        if self.caps and self.r.random() < 0.6:
            c = self.caps[self.ci % len(self.caps)]; self.ci += 1; return c
        return self.r.choice(GENERIC_CAPS)


    def old(self, fmt='%d/%m/%Y'):
        d = self.date - datetime.timedelta(days=self.r.randint(1, 40), minutes=self.r.randint(0, 900))
        return d.strftime(fmt)


def dfmt(d, style):
    wd = WEEKDAY[d.weekday()]
    if style == 0:
        return f"{wd}, {d:%d/%m/%Y} {d:%H:%M}"
    if style == 1:
        return f"{d:%d/%m/%Y} | {d:%H:%M} GMT+7"
    if style == 2:
        return f"{wd.lower().capitalize()}, ngày {d.day} tháng {d.month} năm {d.year}"
    if style == 3:
        return f"{d:%H:%M} - {d:%d/%m/%Y}"
    if style == 4:
        return f"Ngày đăng: {d:%d/%m/%Y}"
    if style == 5:
        return f"{d:%d.%m.%Y}"
    if style == 6:
        return f"Cập nhật lúc {d:%H:%M}, {d.day}/{d.month}/{d.year}"
    if style == 7:
        return f"{d:%d/%m/%Y %H:%M:%S}"
    if style == 8:
        return f"🕒 {d:%H:%M} {wd}, {d:%d/%m/%Y}"
    return f"{d.day}/{d.month}/{d.year}"


def rel_line(ctx, style):
    r = ctx.r
    t = ctx.head()
    if style == 'plain':
        return t
    if style == 'dot':
        return r.choice(['» ', '- ', '• ', '>> ', '▸ ', '📌 ', '+ ', '→ ']) + t
    if style == 'date':
        return r.choice([f"{t} ({ctx.old('%d/%m')})", f"{t} - {ctx.old('%H:%M %d/%m/%Y')}",
                         f"[{ctx.old()}] {t}", f"{t} ({ctx.old()})", f"{ctx.old('%d/%m/%Y')} {t}"])
    if style == 'xem':
        return r.choice(['Xem thêm: ', 'XEM THÊM: ', 'Đọc thêm: ', '>> Xem thêm: ', '👉 Xem thêm: ', 'Mời xem: ',
                         'Bài liên quan: ', '>>> ']) + t
    if style == 'multi':
        sep = r.choice([' | ', ' • ', ' / ', ' ◆ ', ' ; '])
        return sep.join([t, ctx.head()] + ([ctx.head()] if r.random() < 0.5 else []))
    if style == 'teaser':
        ctx.ri -= 1
        t, z = ctx.head_teaser()
        if not z:
            return t
        return r.choice([f"{t}: {z}", f"{t} – {z}", f"{t} - {z}"])
    if style == 'media':
        return r.choice([f"{t} (Video)", f"[Video] {t}", f"{t} 📷", f"{t} (ảnh)", f"Infographic: {t}", f"{t} 🎥"])
    return t


def related_box(ctx, header, n, style, teaser_lines=False, numbered=False):
    out = []
    if header:
        out.append(('widget', header))
    for i in range(n):
        st = style if style != 'mix' else ctx.r.choice(['plain', 'dot', 'date', 'media', 'plain'])
        if teaser_lines:
            t, z = ctx.head_teaser()
            out.append(('related', t))
            if z and ctx.r.random() < 0.7:
                out.append(('related', z))
            continue
        line = rel_line(ctx, st)
        if numbered:
            line = f"{i + 1}{ctx.r.choice(['. ', ' ', ') '])}{line}"
        out.append(('related', line))
    return out


def caption_block(ctx, style, credit_name=None):
    r = ctx.r
    c = ctx.cap()
    nm = credit_name or r.choice([pen(r), person(r), initials(r)])
    if style == 'plain':
        return [('caption', c)]
    if style == 'paren':
        return [('caption', f"{c} (Ảnh: {nm})")]
    if style == 'inline':
        return [('caption', f"{c} {r.choice(['Ảnh: ', 'Ảnh - ', 'Ảnh : ', '- Ảnh: ', 'Ảnh/'])}{nm}")]
    if style == 'sym':
        return [('caption', r.choice(['▲ ', '📷 ', '△ ', '► ', '⬆ ', '(*) ']) + c)]
    if style == 'line':
        return [('caption', c), ('credit', r.choice([f"Ảnh: {nm}", f"ẢNH: {nm.upper()}", f"(Ảnh: {nm})",
                                                     f"Ảnh: {nm}/{ctx.outlet_short}", f"Nguồn ảnh: {nm}"]))]
    if style == 'mark':
        return [('widget', r.choice(['[Ảnh]', '🖼', '[IMG]', 'Phóng to ảnh', '🔍 Xem ảnh lớn', 'Ảnh'])), ('caption', c)]
    if style == 'gallery':
        k = r.randint(2, 4)
        out = [('widget', r.choice([f"Chùm ảnh ({k} ảnh)", f"📸 Bộ ảnh: {k} ảnh", "Album ảnh"]))]
        for i in range(k):
            out.append(('caption', f"Ảnh {i + 1}/{k}: {ctx.cap()}" if r.random() < 0.6 else ctx.cap()))
        out.append(('credit', f"Ảnh: {nm}"))
        return out
    if style == 'video':
        return [('widget', r.choice(['▶ 00:00 / 02:35', '▶️ Phát video', '[Video]'])),
                ('caption', r.choice(['Clip: ', 'Video: ', '🎬 ']) + c)]
    if style == 'portrait':
        who = person(r)
        return [('caption', r.choice([f"Ông {who}, {r.choice(ROLES)}.", f"{who.upper()} - {r.choice(ROLES)}",
                                      f"Bà {who} – {r.choice(ROLES)}", f"{r.choice(ROLES)} {who}"]))]
    return [('caption', c)]


def byline(ctx, style):
    r = ctx.r
    if style == 'name':
        return person(r)
    if style == 'pen':
        return pen(r)
    if style == 'caps':
        return r.choice([person(r), pen(r)]).upper()
    if style == 'pv':
        return r.choice(['PV', 'P.V', 'Nhóm PV', 'NHÓM PV', 'Nhóm phóng viên', 'PV/' + ctx.outlet_short])
    if style == 'ctv':
        return r.choice([f"CTV {pen(r)}", f"{pen(r)} (CTV)", f"CTV: {person(r)}", f"Cộng tác viên {pen(r)}"])
    if style == 'pair':
        return r.choice([f"{pen(r)} - {pen(r)}", f"{pen(r)} – {pen(r)}", f"{pen(r).upper()} - {pen(r).upper()}",
                         f"{pen(r)}, {pen(r)}"])
    if style == 'baianh':
        return r.choice([f"Bài và ảnh: {pen(r)}", f"Bài, ảnh: {person(r)}", f"Bài: {pen(r)} - Ảnh: {pen(r)}",
                         f"Tin, ảnh: {pen(r)}", f"Bài & ảnh: {pen(r).upper()}"])
    if style == 'rank':
        return r.choice([f"{r.choice(RANKS)} {person(r)}", f"{r.choice(RANKS).upper()} {person(r).upper()}",
                         f"{r.choice(RANKS)} {pen(r)} - {r.choice(RANKS)} {pen(r)}", f"Đại tá (hưu) {person(r)}"])
    if style == 'agency':
        return r.choice([f"{pen(r)} ({ctx.outlet_short})", f"{pen(r)} - {pen(r)}/{ctx.outlet_short}",
                         f"{person(r)}, phóng viên {ctx.outlet_short}"])
    if style == 'label':
        return r.choice([f"Tác giả: {person(r)}", f"Phóng viên: {pen(r)}", f"Người viết: {person(r)}",
                         f"✍️ {pen(r)}", f"Ghi chép của {pen(r)}", f"Tin: {pen(r)}"])
    if style == 'doctor':
        return r.choice([f"BS.CKII {person(r)}", f"ThS.BS {person(r)}", f"TS. {person(r)}",
                         f"Dược sĩ {person(r)}"])
    if style == 'initials':
        return initials(r)
    if style == 'religious':
        return r.choice([f"Đại đức Thích {r.choice(['Minh', 'Quảng', 'Nhuận', 'Thiện'])} {r.choice(GIVEN)}",
                         f"Phật tử {r.choice(['Diệu', 'Tâm', 'Quảng', 'Nguyên'])} {r.choice(GIVEN)}",
                         f"Ni sư Thích Nữ {r.choice(['Diệu', 'Như', 'Tịnh'])} {r.choice(GIVEN)}"])
    return person(r)


def comments(ctx, n, fmt):
    r = ctx.r
    out = []
    for _ in range(n):
        who = r.choice([pen(r), person(r), r.choice(GIVEN) + ' ' + r.choice(['Hà Nội', 'Cần Thơ', 'Vinh', 'Huế'])])
        txt = r.choice(COMMENTS)
        if fmt == 0:
            out.append(('widget', f"{who}: {txt}"))
        elif fmt == 1:
            out.append(('widget', f"{who} ({r.randint(1, 23)} giờ trước): {txt}"))
        else:
            out.append(('widget', f"{txt} — {who}"))
        if r.random() < 0.4:
            out.append(('widget', r.choice(['Trả lời · Thích', 'Thích (3) | Trả lời', '👍 5  Trả lời', 'Phản hồi'])))
    return out


# ---------------------------------------------------------------- outlet templates
def weave(ctx, paras, makers, k):
    """Story paragraphs with k furniture blocks slotted between them (never before the first)."""
    r = ctx.r
    slots = {}
    if len(paras) > 1:
        for _ in range(k):
            slots.setdefault(r.randint(1, len(paras) - 1), []).append(r.choice(makers))
    out = []
    for i, p in enumerate(paras):
        for mk in slots.get(i, []):
            out.extend(mk(ctx))
        out.append(('body', p))
    return out


def W(*lines):
    return [('widget', x) for x in lines]


def cap(style):
    return lambda ctx: caption_block(ctx, style)


def xem(ctx):
    return [('related', rel_line(ctx, 'xem'))]


def ad(ctx):
    return W(ctx.r.choice(['- Quảng cáo -', 'QUẢNG CÁO', 'Advertisement', '[Quảng cáo]', 'Tiếp tục đọc bên dưới ⬇',
                           'Nội dung tài trợ']))


def inline_box(ctx):
    return related_box(ctx, ctx.r.choice(['TIN LIÊN QUAN', 'Có thể bạn quan tâm', 'ĐỌC THÊM', 'Bài viết liên quan:']),
                       ctx.r.randint(2, 3), 'dot')


def foot(ctx, owner, lic, addr, extra=()):
    r = ctx.r
    out = [f"Cơ quan chủ quản: {owner}" if owner else None,
           f"Giấy phép số {r.randint(10, 499)}/GP-{lic} cấp ngày {r.randint(1, 28)}/{r.randint(1, 12)}/{r.randint(2012, 2019)}",
           f"Chịu trách nhiệm nội dung: {person(r)}" if r.random() < 0.5 else f"Tổng Biên tập: {person(r)}",
           f"Địa chỉ: {addr}", f"Điện thoại: {phone(r)} - Fax: {phone(r)}"]
    out += list(extra)
    return W(*[x for x in out if x])


def L_tragiang(ctx, title, paras):   # provincial party paper
    r = ctx.r; ctx.outlet_short = 'BTG'
    L = W('Thứ ' + r.choice(['Hai', 'Ba', 'Tư']) + ' | Hotline: ' + mobile(r) + ' | Đăng nhập', 'Báo in', 'Trà Giang TV')
    L += [('site', 'BÁO TRÀ GIANG - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH TRÀ GIANG')]
    L += W('TRANG CHỦ', 'CHÍNH TRỊ', 'KINH TẾ', 'XÃ HỘI', 'VĂN HÓA - THỂ THAO', 'QUỐC PHÒNG - AN NINH', 'MULTIMEDIA')
    L += W(r.choice(['Xã hội » Đời sống', 'Trang chủ / Kinh tế', 'Chính trị > Xây dựng Đảng']))
    L += [('title', title), ('date', dfmt(ctx.date, 0))]
    L += W('A- | A | A+', '🖨 In bài')
    L += weave(ctx, paras, [cap('paren'), cap('paren'), cap('plain'), inline_box], r.randint(1, 3))
    L += [('byline', byline(ctx, 'caps'))]
    if r.random() < 0.5:
        L += [('credit', r.choice(['Theo Trà Giang điện tử', 'Nguồn: Đài PT-TH Trà Giang']))]
    L += W('Chia sẻ: Facebook | Zalo | Twitter', 'Từ khóa: ' + ', '.join(r.sample(['nông thôn mới', 'an sinh', 'đầu tư', 'giao thông', 'cải cách hành chính', 'chuyển đổi số'], 3)))
    L += related_box(ctx, 'CÁC TIN, BÀI KHÁC', r.randint(4, 7), 'date')
    L += W('Xem tiếp', 'ĐỌC NHIỀU NHẤT')
    L += related_box(ctx, None, 5, 'plain', numbered=True)
    L += foot(ctx, 'Tỉnh ủy Trà Giang', 'BTTTT', f'Số {r.randint(2, 99)} đường Lê Lai, TP. Trà Giang')
    L += W('© Báo Trà Giang. Ghi rõ nguồn "Báo Trà Giang" khi phát hành lại thông tin từ website này.', '↑ Lên đầu trang')
    return L


def L_phulam_epaper(ctx, title, paras):   # e-paper reader of a provincial daily
    r = ctx.r; ctx.outlet_short = 'PL'
    no = r.randint(3000, 4800)
    L = [('site', 'Phú Lâm Điện tử')]
    L += W('BÁO IN', f'Số {no} - {ctx.date:%d/%m/%Y}', f'Trang {r.randint(1, 8)}', '◀ Trang trước | Trang sau ▶',
           'Tải bản PDF', 'Danh sách bài trong số')
    L += related_box(ctx, None, r.randint(3, 5), 'plain')
    L += W('»» Đang đọc:')
    L += [('title', title)]
    L += [('byline', byline(ctx, r.choice(['baianh', 'pen', 'pair'])))]
    L += W(f'Phát hành: {ctx.date:%d/%m/%Y}')
    L += weave(ctx, paras, [cap('line'), cap('plain'), cap('sym')], r.randint(1, 3))
    L += W(f'Số {no}', '◀ Bài trước', '▶ Bài tiếp theo')
    L += related_box(ctx, 'CÁC BÀI CÙNG SỐ', r.randint(3, 5), 'dot')
    L += W('Đặt mua báo in: ' + phone(r, '0270'), 'Bản quyền thuộc Báo Phú Lâm', 'Phú Lâm Điện tử')
    return L


def L_ministry(ctx, title, paras):   # ministry portal
    r = ctx.r; ctx.outlet_short = 'BTNN'
    L = W('English | Sơ đồ cổng | Liên hệ', 'Tìm kiếm...')
    L += [('site', 'CỔNG THÔNG TIN ĐIỆN TỬ BỘ TÀI NGUYÊN NƯỚC VÀ KHÍ TƯỢNG')]
    L += W('Giới thiệu', 'Tin tức - Sự kiện', 'Văn bản pháp luật', 'Thủ tục hành chính', 'Dịch vụ công trực tuyến',
           'Hỏi đáp', 'Trang chủ > Tin tức - Sự kiện > Hoạt động của Lãnh đạo Bộ')
    L += [('title', title), ('date', dfmt(ctx.date, 7))]
    L += W(f'Lượt xem: {r.randint(80, 4000)}')
    L += weave(ctx, paras, [cap('plain'), cap('portrait'), cap('paren')], r.randint(1, 2))
    L += [('byline', byline(ctx, r.choice(['name', 'pen'])))]
    L += [('credit', r.choice(['Nguồn: Văn phòng Bộ', 'Nguồn: Trung tâm Truyền thông Tài nguyên nước',
                               'Theo Cục Khí tượng Thủy văn']))]
    L += W('Tệp đính kèm:', f'QD_{r.randint(100, 999)}_BTNN.pdf ({r.randint(120, 900)} KB)', 'In trang | Gửi email | Về đầu trang')
    L += related_box(ctx, 'Các tin khác', r.randint(5, 8), 'date')
    L += W('Thăm dò ý kiến', 'Bạn đánh giá thế nào về chất lượng dịch vụ công trực tuyến của Bộ?',
           '○ Rất hài lòng ○ Hài lòng ○ Chưa hài lòng', 'Biểu quyết | Xem kết quả')
    L += foot(ctx, None, 'TTĐT', f'Số {r.randint(10, 90)} phố Nguyễn Cảnh Dị, Hà Nội',
              [f'Trưởng Ban biên tập: {person(r)}', 'Ghi rõ nguồn Cổng TTĐT Bộ Tài nguyên Nước và Khí tượng khi trích dẫn'])
    return L


def L_govkimha(ctx, title, paras):   # provincial government portal
    r = ctx.r; ctx.outlet_short = 'Cổng TTĐT'
    L = [('site', 'Cổng Thông tin điện tử tỉnh Kim Hà')]
    L += W('Trang chủ | Chính quyền | Công dân | Doanh nghiệp | Du khách', 'Tin tức › Tin hoạt động của tỉnh')
    L += [('title', title)]
    L += [('date', f'Ngày cập nhật {ctx.date:%d/%m/%Y}')]
    L += weave(ctx, paras, [cap('paren'), cap('plain'), xem], r.randint(1, 2))
    L += [('byline', r.choice([f"{pen(r)} (Cổng TTĐT)", f"{person(r)} - Văn phòng UBND tỉnh", pen(r)]))]
    L += W('Số lượt xem: ' + str(r.randint(50, 900)), '⭐⭐⭐⭐☆ Đánh giá bài viết', 'Gửi ý kiến | In | Quay lại')
    L += related_box(ctx, 'Tin cùng chuyên mục', r.randint(4, 7), 'mix')
    L += W('Liên kết website', '--- Chọn liên kết ---', 'Thống kê truy cập', f'Đang online: {r.randint(20, 300)}',
           f'Tổng truy cập: {r.randint(1000000, 9999999):,}'.replace(',', '.'))
    L += W(f'Cơ quan chủ quản: UBND tỉnh Kim Hà - Đơn vị quản lý: Văn phòng UBND tỉnh', f'Điện thoại: {phone(r)}',
           'Email: congttdt@kimha.gov.vn', 'Cổng Thông tin điện tử tỉnh Kim Hà')
    return L


def L_police(ctx, title, paras):
    r = ctx.r; ctx.outlet_short = 'ANĐT'
    L = W('🚨 Đường dây nóng tiếp nhận tin báo tội phạm: ' + phone(r, '0215'), 'Trang chủ', 'Thời sự', 'Pháp luật',
          'Phóng sự điều tra', 'Vì nhân dân phục vụ', 'Gương sáng')
    L += [('site', 'AN NINH ĐÔNG THẠNH'), ('title', title)]
    L += [('byline', byline(ctx, r.choice(['rank', 'pv', 'pair'])))]
    L += [('date', dfmt(ctx.date, 3))]
    L += W('Nghe đọc bài viết 🔊 00:00')
    L += weave(ctx, paras, [cap('paren'), cap('sym'), cap('line'), ad, xem], r.randint(2, 3))
    L += [('credit', r.choice(['Theo Công an tỉnh Đông Thạnh', 'Nguồn: Phòng Tham mưu', 'Ảnh: Cơ quan CSĐT cung cấp']))]
    L += W('Chia sẻ', 'Tags: phá án | ma túy | an toàn giao thông')
    L += related_box(ctx, 'TIN MỚI', r.randint(4, 6), 'dot')
    L += related_box(ctx, 'Pháp luật', r.randint(2, 4), 'teaser')
    L += foot(ctx, 'Công an tỉnh Đông Thạnh', 'BTTTT', f'{r.randint(5, 200)} Trần Hưng Đạo, TP Đông Thạnh')
    return L


def L_army(ctx, title, paras):
    r = ctx.r; ctx.outlet_short = 'TĐ'
    L = [('site', 'TẠP CHÍ TIỀN ĐỒN - QUÂN KHU 12')]
    L += W('Trang nhất', 'Quân sự - Quốc phòng', 'Xây dựng Đảng', 'Chống diễn biến hòa bình', 'Hậu phương quân đội',
           'Trang nhất » Xây dựng Đảng')
    L += [('title', title)]
    L += weave(ctx, paras, [cap('paren'), cap('portrait'), cap('plain')], r.randint(1, 3))
    L += [('byline', byline(ctx, 'rank'))]
    L += [('date', dfmt(ctx.date, 9))]
    L += W(f'Cập nhật: {ctx.date:%H:%M}', '✉ Gửi cho bạn bè', '🖶 Bản in')
    L += related_box(ctx, 'Các bài viết khác:', r.randint(5, 8), 'date')
    L += W('Video clip', 'Tiền Đồn TV - Bản tin quân khu tuần qua')
    L += W('© Tạp chí Tiền Đồn - Quân khu 12', f'Giấy phép xuất bản số {r.randint(100, 600)}/GP-BTTTT',
           f'Tòa soạn: Số {r.randint(1, 80)} đường 3 Tháng 2, TP Hòa Khê', 'TẠP CHÍ TIỀN ĐỒN - QUÂN KHU 12')
    return L


def L_agri(ctx, title, paras):
    r = ctx.r; ctx.outlet_short = 'NNNN'
    L = W('☀ Trà Giang 31°C  |  Đông Thạnh 29°C', f'Giá lúa IR504: {r.randint(52, 68)}00 đ/kg ▲', f'Cà phê: {r.randint(32, 45)}.{r.randint(1, 9)}00 đ/kg ▼')
    L += [('site', 'Nhà Nông Ngày Nay')]
    L += W('Tin nông nghiệp | Chăn nuôi | Trồng trọt | Thị trường | Khuyến nông | Nông thôn mới')
    L += [('title', title), ('date', dfmt(ctx.date, 1))]
    L += [('byline', byline(ctx, r.choice(['pair', 'pen'])))]
    L += weave(ctx, paras, [cap('inline'), cap('plain'), cap('gallery'), xem, ad], r.randint(2, 4))
    L += W('👍 Thích  💬 Bình luận  ↗ Chia sẻ')
    L += related_box(ctx, 'BÀI CÙNG CHUYÊN MỤC', r.randint(3, 5), 'teaser')
    L += W('Bình luận (' + str(r.randint(2, 4)) + ')')
    L += comments(ctx, r.randint(2, 3), 0)
    L += W('Gửi bình luận', 'Bản quyền © Nhà Nông Ngày Nay. Hotline quảng cáo: ' + mobile(r))
    return L


def L_edu(ctx, title, paras):
    r = ctx.r; ctx.outlet_short = 'HĐV'
    L = W('TẠP CHÍ HỌC ĐƯỜNG VIỆT', 'Giáo dục | Tuyển sinh | Du học | Nhà giáo | Góc phụ huynh')
    L[0] = ('site', 'TẠP CHÍ HỌC ĐƯỜNG VIỆT')
    L += W('Tuyển sinh 2019 ▶ Tra cứu điểm thi')
    L += [('title', title), ('date', dfmt(ctx.date, 8))]
    L += weave(ctx, paras, [cap('paren'), xem, inline_box, cap('sym')], r.randint(2, 3))
    L += [('byline', byline(ctx, r.choice(['ctv', 'label', 'pen'])))]
    L += W('#giáodục #tuyểnsinh #họcsinh', 'Bài viết hay? Hãy chia sẻ 👇', 'Facebook · Zalo · Sao chép link')
    L += related_box(ctx, 'TIN MỚI NHẤT', r.randint(3, 6), 'date')
    L += W('Góc phụ huynh')
    L += related_box(ctx, None, r.randint(2, 3), 'media')
    L += W(f'Tạp chí Học Đường Việt - Giấy phép số {r.randint(100, 300)}/GP-BTTTT', 'Liên hệ quảng cáo: ' + mobile(r))
    return L


def L_health(ctx, title, paras):
    r = ctx.r; ctx.outlet_short = 'SKCĐ'
    L = [('site', 'Sức Khỏe Cộng Đồng Online')]
    L += W('Tin y tế', 'Bệnh thường gặp', 'Dinh dưỡng', 'Mẹ & Bé', 'Thuốc và sức khỏe', '☎ Tư vấn miễn phí 1900 6' + str(r.randint(100, 999)))
    L += [('title', title)]
    L += [('byline', byline(ctx, r.choice(['doctor', 'pen'])))]
    L += [('date', dfmt(ctx.date, 6))]
    L += W('⏱ Thời gian đọc: ' + str(r.randint(2, 6)) + ' phút')
    L += weave(ctx, paras, [cap('sym'), cap('plain'), ad, xem], r.randint(2, 3))
    L += [('credit', r.choice(['Theo Sức Khỏe Cộng Đồng', 'Nguồn: Trung tâm Kiểm soát bệnh tật tỉnh', 'Theo SKCĐ tổng hợp']))]
    L += W('* Thông tin chỉ mang tính tham khảo, không thay thế cho chẩn đoán và điều trị của bác sĩ.',
           'Bạn thấy bài viết có hữu ích? 👍 Có  👎 Không')
    L += related_box(ctx, 'Có thể bạn quan tâm', r.randint(4, 6), 'mix')
    L += W('Đặt lịch khám ngay', 'Sức Khỏe Cộng Đồng Online ©', f'Hotline: {mobile(r)}')
    return L


def L_bank(ctx, title, paras):
    r = ctx.r; ctx.outlet_short = 'NH&ĐT'
    L = W(f'USD {r.randint(23100, 23300)} ▲ | EUR {r.randint(25500, 26800)} ▼ | Vàng SJC {r.randint(36, 56)},{r.randint(10, 90)} tr',
          'VN-Index ' + f'{r.randint(900, 1200)},{r.randint(10, 99)}' + ' (+0,4%)')
    L += [('site', 'TẠP CHÍ NGÂN HÀNG & ĐẦU TƯ')]
    L += W('Ngân hàng', 'Tài chính', 'Chứng khoán', 'Doanh nghiệp', 'Bất động sản', 'Chuyển đổi số')
    L += [('title', title), ('date', dfmt(ctx.date, 0))]
    L += weave(ctx, paras, [cap('inline'), ad, xem], r.randint(1, 3))
    L += [('byline', byline(ctx, r.choice(['pen', 'caps'])))]
    if r.random() < 0.6:
        L += [('credit', r.choice(['Theo Thời báo Tài chính Đông Á', 'Nguồn: NH&ĐT', 'Theo Bản tin Thị trường Vốn']))]
    L += W('Tags: lãi suất | tín dụng | ngân hàng')
    L += related_box(ctx, 'Tin khác', r.randint(4, 6), 'date')
    L += W('TỶ GIÁ - LÃI SUẤT', f'Lãi suất tiết kiệm 12 tháng: {r.randint(5, 7)},{r.randint(1, 9)}%/năm', 'Xem chi tiết »')
    L += W('© Tạp chí Ngân hàng & Đầu tư', 'Mọi hình thức sao chép phải được sự đồng ý bằng văn bản.')
    return L


def L_build(ctx, title, paras):
    r = ctx.r; ctx.outlet_short = 'XD&KT'
    L = [('site', 'Báo Xây dựng & Kiến trúc Việt')]
    L += W('Quy hoạch - Kiến trúc | Hạ tầng | Vật liệu | Bất động sản | Đô thị', 'Hạ tầng')
    L += [('title', title), ('date', dfmt(ctx.date, 3))]
    L += W(f'{r.randint(1, 60)} bình luận', 'Theo dõi báo trên Google News')
    L += weave(ctx, paras, [cap('line'), cap('inline'), cap('gallery')], r.randint(2, 3))
    L += [('byline', byline(ctx, r.choice(['pair', 'name'])))]
    L += related_box(ctx, 'Tin liên quan', r.randint(3, 5), 'multi' if r.random() < 0.4 else 'dot')
    L += W('Bình luận', 'Họ và tên', 'Email', 'Nội dung bình luận...', 'Gửi')
    L += comments(ctx, r.randint(1, 2), 1)
    L += foot(ctx, 'Hội Vật liệu và Xây dựng Việt', 'BTTTT', f'Tầng {r.randint(2, 12)}, tòa nhà Kim Hoa, Hà Nội')
    return L


def L_transport(ctx, title, paras):
    r = ctx.r; ctx.outlet_short = 'GTVT24'
    L = W('🚦 Tình hình giao thông: đường dây nóng ' + mobile(r))
    L += [('site', 'GIAO THÔNG VẬN TẢI 24H')]
    L += W('Thời sự | Giao thông | Xe | An toàn giao thông | Hàng không | Đường sắt', 'Giao thông › Đô thị')
    L += [('title', title)]
    L += [('byline', byline(ctx, r.choice(['pv', 'pen'])))]
    L += [('date', dfmt(ctx.date, 1))]
    L += weave(ctx, paras, [cap('inline'), cap('video'), xem, ad], r.randint(2, 4))
    if r.random() < 0.6:
        L += [('credit', r.choice(['Nguồn: Cục Đường bộ khu vực', 'Theo Giao thông Vận tải 24h', 'Clip: Bạn đọc cung cấp']))]
    L += W('Chia sẻ bài viết:', 'Facebook', 'Zalo', 'Copy link')
    L += related_box(ctx, '', r.randint(3, 4), 'multi')
    L += related_box(ctx, 'Xem nhiều', 5, 'plain', numbered=True)
    L += W('Giao thông vận tải 24h - Chuyên trang thông tin giao thông', f'Email tòa soạn: toasoan@gtvt24h.vn')
    return L


def L_labour(ctx, title, paras):
    r = ctx.r; ctx.outlet_short = 'NT'
    L = [('site', 'Báo Người Thợ - Tiếng nói của công nhân viên chức lao động')]
    L += W('Công đoàn', 'Việc làm', 'Chính sách - Pháp luật', 'Đời sống công nhân', 'Bạn đọc', 'Công đoàn > Hoạt động công đoàn')
    L += [('title', title), ('date', dfmt(ctx.date, 2))]
    L += weave(ctx, paras, [cap('plain'), cap('paren'), inline_box], r.randint(1, 3))
    L += [('byline', byline(ctx, 'caps'))]
    if r.random() < 0.5:
        L += [('credit', r.choice(['Theo Lao Động Phú Lâm', 'Nguồn: LĐLĐ tỉnh Kim Hà', '(Theo Bản tin Công đoàn)']))]
    L += W('📢 Bạn đọc có thông tin phản ánh xin gửi về: bandoc@nguoitho.vn', 'Chia sẻ | Bình luận')
    L += related_box(ctx, 'TIN CÙNG CHUYÊN MỤC', r.randint(4, 6), 'date')
    L += comments(ctx, r.randint(2, 3), 2)
    L += W('Báo Người Thợ', f'Tổng Biên tập: {person(r)}', 'Địa chỉ: 21 Phố Thợ Nhuộm mới, Hà Nội')
    return L


def L_women(ctx, title, paras):
    r = ctx.r; ctx.outlet_short = 'PNHK'
    L = [('site', 'Phụ Nữ Hòa Khê')]
    L += W('💐 Gia đình | Làm đẹp | Bếp nhà | Nuôi con | Hội LHPN | Giới & Phát triển')
    L += [('title', title)]
    L += W('🕑 ' + f'{ctx.date:%H:%M}')
    L += [('date', dfmt(ctx.date, 9))]
    L += weave(ctx, paras, [cap('sym'), cap('plain'), xem], r.randint(1, 3))
    L += [('byline', byline(ctx, r.choice(['pen', 'label'])))]
    L += W('❤️ ' + str(r.randint(3, 300)) + '   💬 ' + str(r.randint(0, 40)) + '   🔗 Chia sẻ',
           'Đăng ký nhận bản tin Phụ Nữ Hòa Khê qua email')
    L += related_box(ctx, '💗 Bài viết cùng chuyên mục', r.randint(3, 5), 'dot')
    L += related_box(ctx, 'Đừng bỏ lỡ', r.randint(2, 3), 'teaser')
    L += W('Cơ quan của Hội Liên hiệp Phụ nữ tỉnh Hòa Khê', 'Phụ Nữ Hòa Khê')
    return L


def L_youth(ctx, title, paras):
    r = ctx.r; ctx.outlet_short = 'TX'
    L = W('🔥 Hot: Tuổi Xanh Fest 2019 | 🎓 Mùa thi | ⚡ Tình nguyện hè')
    L += [('site', 'TUỔI XANH ONLINE')]
    L += W('Trang chủ', 'Nhịp sống trẻ', 'Đoàn - Hội', 'Khởi nghiệp', 'Giải trí', 'Thể thao')
    L += [('title', title), ('date', dfmt(ctx.date, 3))]
    L += [('byline', byline(ctx, r.choice(['pair', 'pv', 'caps'])))]
    L += weave(ctx, paras, [cap('sym'), cap('video'), xem, ad, cap('inline')], r.randint(2, 4))
    L += W('Bạn cảm thấy thế nào?', '😍 Thích ' + str(r.randint(0, 99)) + '  😮 Ngạc nhiên ' + str(r.randint(0, 20)) + '  😢 Buồn ' + str(r.randint(0, 15)))
    L += related_box(ctx, 'ĐỌC TIẾP', r.randint(3, 5), 'media')
    L += W('Bình luận (' + str(r.randint(2, 5)) + ')')
    L += comments(ctx, r.randint(2, 4), 1)
    L += W('Xem thêm bình luận', 'Tải app Tuổi Xanh 📱', '© Tuổi Xanh Online - Cơ quan của Tỉnh đoàn Phú Lâm')
    return L


def L_veterans(ctx, title, paras):
    r = ctx.r; ctx.outlet_short = 'CCB'
    L = [('site', 'Cựu Chiến Binh Thời Báo')]
    L += W('Thời sự | Ký ức chiến tranh | Gương sáng CCB | Tri ân | Đồng đội tìm nhau', 'Tìm đồng đội: ' + mobile(r))
    L += [('title', title)]
    L += weave(ctx, paras, [cap('paren'), cap('portrait'), cap('line')], r.randint(1, 3))
    L += [('byline', byline(ctx, r.choice(['rank', 'name'])))]
    L += [('date', dfmt(ctx.date, 4))]
    L += W('In bài | Gửi bài viết | Lên đầu trang')
    L += related_box(ctx, 'Những bài viết khác', r.randint(5, 7), 'date')
    L += W('Chuyên mục Đồng đội tìm nhau', 'Cần tìm thông tin liệt sĩ, xin liên hệ tòa soạn.')
    L += W('Cựu Chiến Binh Thời Báo - Cơ quan ngôn luận của Hội CCB', f'Tòa soạn: {phone(r)}')
    return L


def L_univ(ctx, title, paras):
    r = ctx.r; ctx.outlet_short = 'ĐHBK-SL'
    L = W('ĐẠI HỌC BÁCH KHOA SÔNG LAM - SONG LAM UNIVERSITY OF TECHNOLOGY')
    L[0] = ('site', L[0][1])
    L += W('Giới thiệu', 'Tuyển sinh', 'Đào tạo', 'Khoa học công nghệ', 'Hợp tác quốc tế', 'Sinh viên', 'Tin tức',
           'Trang chủ / Tin tức / Tin tức - Sự kiện')
    L += [('title', title)]
    L += W(f'Đăng lúc: {ctx.date:%d/%m/%Y} | Lượt xem: {r.randint(100, 3000)}')
    L += weave(ctx, paras, [cap('plain'), cap('gallery'), cap('paren')], r.randint(1, 3))
    L += [('byline', byline(ctx, r.choice(['name', 'label', 'initials'])))]
    L += [('credit', r.choice(['Nguồn: Phòng Truyền thông', 'Ảnh: Phòng Công tác sinh viên', 'Theo Khoa Cơ khí']))]
    L += related_box(ctx, 'Tin liên quan', r.randint(4, 6), 'date')
    L += W('Sự kiện sắp tới', f'{r.randint(1, 28)}/{r.randint(1, 12)}: Ngày hội việc làm sinh viên',
           'Hotline tuyển sinh: ' + mobile(r), f'Địa chỉ: Số {r.randint(1, 300)} đường Đại Học, TP. Sông Lam')
    return L


def L_school(ctx, title, paras):
    r = ctx.r; ctx.outlet_short = 'LH'
    L = [('site', 'TRƯỜNG THPT CHUYÊN LÊ HÒA')]
    L += W('Trang chủ', 'Giới thiệu', 'Tin tức', 'Tuyển sinh 10', 'Thời khóa biểu', 'Thư viện ảnh', 'Liên hệ')
    L += W('Tin tức > Hoạt động nhà trường')
    L += [('title', title), ('date', dfmt(ctx.date, 9))]
    L += weave(ctx, paras, [cap('plain'), cap('sym'), cap('mark')], r.randint(1, 3))
    L += [('byline', r.choice([f"Cô {person(r)} (GV Ngữ văn)", f"Thầy {person(r)}", f"Người đăng: {person(r)}"]))]
    L += W('Bình chọn: ★★★★★', 'Tin đã đăng')
    L += related_box(ctx, None, r.randint(4, 6), 'date')
    L += W('Lịch công tác tuần', 'Văn bản mới', 'Điện thoại: ' + phone(r), 'Trường THPT Chuyên Lê Hòa - Địa chỉ: Phường Hòa An')
    return L


def L_bizassoc(ctx, title, paras):
    r = ctx.r; ctx.outlet_short = 'PLYBA'
    L = W('Hội viên đăng nhập | Đăng ký hội viên | EN')
    L += [('site', 'HIỆP HỘI DOANH NGHIỆP TRẺ PHÚ LÂM')]
    L += W('Về Hiệp hội | Tin hội viên | Xúc tiến thương mại | Chính sách | Sự kiện')
    L += [('title', title), ('date', dfmt(ctx.date, 5))]
    L += weave(ctx, paras, [cap('inline'), cap('portrait'), xem], r.randint(1, 2))
    L += [('byline', byline(ctx, 'pen'))]
    L += [('credit', r.choice(['Nguồn: Ban Truyền thông PLYBA', 'Theo Bản tin Doanh nhân Phú Lâm', 'Theo PLYBA']))]
    L += W('Đối tác chiến lược', '🏢 Ngân hàng Sao Kim | Bảo hiểm An Thịnh | Tập đoàn Hoa Mộc')
    L += related_box(ctx, 'Tin hội viên', r.randint(3, 5), 'teaser')
    L += W('Văn phòng Hiệp hội: Tầng 5 tòa nhà PLYBA, TP. Phú Lâm', 'Email: vanphong@plyba.org.vn',
           'Hiệp hội Doanh nghiệp trẻ Phú Lâm ©')
    return L


def L_overseas(ctx, title, paras):
    r = ctx.r; ctx.outlet_short = 'VKBP'
    city = r.choice(['Berlin', 'Melbourne', 'Praha', 'Paris', 'Toronto'])
    L = W('VIỆT KIỀU BỐN PHƯƠNG', f'Tin Việt Nam | Cộng đồng | Đời sống tại {city} | Rao vặt | Mua bán ô tô')
    L[0] = ('site', 'VIỆT KIỀU BỐN PHƯƠNG')
    L += W(f'☎ Tòa soạn {city}: +49 30 {r.randint(100, 999)} {r.randint(1000, 9999)}', 'Tin Việt Nam')
    L += [('title', title), ('date', dfmt(ctx.date, 5))]
    L += weave(ctx, paras, [cap('plain'), ad, xem], r.randint(1, 3))
    L += [('credit', r.choice(['Theo báo chí trong nước', 'VKBP tổng hợp', 'Nguồn: Trong nước tổng hợp']))]
    L += [('byline', r.choice([f"{pen(r)} (từ {city})", pen(r).upper(), f"{person(r)}, {city}"]))]
    L += W('Rao vặt', f'Cần người làm nail tại {city}, bao ăn ở, LH: +49 157 {r.randint(1000, 9999)} {r.randint(100, 999)}',
           f'Nhà hàng Phở Sài Gòn {city} tuyển đầu bếp', 'Xem tất cả rao vặt »')
    L += related_box(ctx, 'Tin cộng đồng', r.randint(3, 5), 'date')
    L += W(f'Impressum | Datenschutz | Liên hệ quảng cáo', f'© Việt Kiều Bốn Phương {ctx.date.year}')
    return L


def L_religious(ctx, title, paras):
    r = ctx.r; ctx.outlet_short = 'PSHK'
    L = [('site', 'Trang Tin Phật Sự Hòa Khê')]
    L += W('Phật sự | Hoằng pháp | Từ thiện xã hội | Văn hóa Phật giáo | Thư viện pháp âm', '☸ Nam mô Bổn Sư Thích Ca Mâu Ni Phật')
    L += [('title', title)]
    L += [('byline', byline(ctx, 'religious'))]
    L += [('date', dfmt(ctx.date, 2))]
    L += weave(ctx, paras, [cap('plain'), cap('gallery'), cap('sym')], r.randint(1, 2))
    L += W('Hoan hỷ chia sẻ 🙏', 'Cúng dường Tam Bảo: STK 0' + str(r.randint(10 ** 9, 10 ** 10 - 1)) + ' - Ngân hàng Sao Kim')
    L += related_box(ctx, 'Bài viết khác', r.randint(4, 6), 'dot')
    L += W('Lịch lễ trong tháng', f'Rằm tháng {r.randint(1, 12)} âm lịch: Khóa lễ cầu an', 'Trang Tin Phật Sự Hòa Khê - Ban Thông tin Truyền thông')
    return L


def L_commune(ctx, title, paras):
    r = ctx.r; ctx.outlet_short = 'ĐLH'
    L = W('UBND XÃ ĐỒNG LẠC HẠ - HUYỆN VÂN KHÊ - TỈNH KIM HÀ')
    L[0] = ('site', L[0][1])
    L += W('Trang chủ', 'Giới thiệu chung', 'Tin tức - Sự kiện', 'Thủ tục hành chính', 'Công khai ngân sách',
           'Hỏi đáp', 'Tin tức - Sự kiện » Tin địa phương')
    L += [('title', title), ('date', dfmt(ctx.date, 4))]
    L += weave(ctx, paras, [cap('plain'), cap('mark')], r.randint(1, 2))
    L += [('byline', r.choice([f"{person(r)} - Công chức Văn hóa xã", f"{pen(r)} (Đài truyền thanh xã)", person(r)]))]
    if r.random() < 0.5:
        L += [('credit', r.choice(['Nguồn: Đài Truyền thanh xã', 'Theo Cổng TTĐT huyện Vân Khê']))]
    L += W('Lượt xem: ' + str(r.randint(10, 400)), 'In | Gửi | Quay lại')
    L += related_box(ctx, 'Các tin khác', r.randint(4, 6), 'date')
    L += W('Lịch tiếp công dân', 'Sáng thứ Năm hàng tuần tại trụ sở UBND xã', f'Thống kê: Hôm nay {r.randint(10, 90)} | Tổng {r.randint(20000, 90000)}',
           'Bản quyền thuộc UBND xã Đồng Lạc Hạ', f'Điện thoại: {phone(r)}')
    return L


def L_sports(ctx, title, paras):
    r = ctx.r; ctx.outlet_short = 'TT&GT'
    L = W('⚽ LIVE: Kết quả - Lịch thi đấu - BXH', '🎬 Showbiz | 🎵 Âm nhạc | 📺 TV Show | ⚽ Bóng đá | 🏐 Thể thao khác')
    L += [('site', 'THỂ THAO & GIẢI TRÍ PLUS')]
    L += [('title', title), ('date', dfmt(ctx.date, 8))]
    L += [('byline', byline(ctx, 'caps'))]
    L += weave(ctx, paras, [cap('sym'), cap('video'), ad, xem, cap('inline')], r.randint(2, 4))
    if r.random() < 0.6:
        L += [('credit', r.choice(['Ảnh: Instagram nhân vật', 'Theo Báo Bóng Đá Xanh', 'Nguồn: FB nhân vật', 'Ảnh: BTC']))]
    L += W('🔥🔥🔥', 'Tags: #hot #trending #sao', '👉 Follow fanpage để cập nhật tin nóng nhất!')
    L += related_box(ctx, '🔥 ĐANG HOT', r.randint(3, 5), 'media')
    L += related_box(ctx, 'Tin mới', r.randint(2, 3), 'multi')
    L += W('Bảng xếp hạng', f'1. Sao Mai FC  {r.randint(30, 45)} điểm', f'2. Lam Giang FC  {r.randint(20, 29)} điểm')
    L += W('© THỂ THAO & GIẢI TRÍ PLUS. All rights reserved.')
    return L


def L_agency(ctx, title, paras):
    r = ctx.r; ctx.outlet_short = 'TĐV'
    L = [('site', 'Thông tấn Đất Việt - Phân xã Nam Trung Bộ')]
    L += W('Tin trong nước | Tin địa phương | Ảnh | Video | Tư liệu', 'Tin địa phương / Nam Trung Bộ')
    L += [('title', title), ('date', dfmt(ctx.date, 0))]
    L += weave(ctx, paras, [cap('line'), cap('inline'), cap('plain')], r.randint(1, 3))
    L += [('byline', byline(ctx, 'agency'))]
    L += [('credit', r.choice(['TĐV', 'TĐV/Đất Việt+', 'Nguồn: TĐV']))]
    L += W('Mã tin: TĐV-' + str(r.randint(100000, 999999)), '☆ Lưu tin | ✉ Gửi tin | 🖨 In')
    L += related_box(ctx, 'Tin cùng phân xã', r.randint(4, 6), 'date')
    L += W('Ảnh/video sử dụng lại cần ghi rõ nguồn TĐV', 'Thông tấn Đất Việt © Bản quyền thuộc TĐV')
    return L


def L_magazine(ctx, title, paras):   # culture/lifestyle magazine with lead-in byline label
    r = ctx.r; ctx.outlet_short = 'VN&ĐS'
    L = W('Tạp chí Văn Nghệ & Đời Sống | Số mới nhất | Đặt mua')
    L += [('site', 'VĂN NGHỆ & ĐỜI SỐNG')]
    L += W('Văn hóa', 'Đời sống', 'Du lịch', 'Ẩm thực', 'Chân dung', 'Văn hóa › Di sản')
    L += [('title', title)]
    L += [('byline', byline(ctx, r.choice(['label', 'baianh'])))]
    L += [('date', dfmt(ctx.date, 6))]
    L += weave(ctx, paras, [cap('sym'), cap('line'), cap('gallery'), inline_box], r.randint(2, 3))
    L += [('credit', r.choice(['(Bài đăng trên Tạp chí Văn Nghệ & Đời Sống số Xuân)', 'Trích từ ấn phẩm Đặc san Văn Nghệ & Đời Sống',
                               'Theo Văn Nghệ & Đời Sống in']))]
    L += related_box(ctx, 'Cùng chuyên mục', r.randint(3, 5), 'dot')
    L += W('Đặt mua tạp chí in: ' + mobile(r), 'VĂN NGHỆ & ĐỜI SỐNG')
    return L


def L_district(ctx, title, paras):   # district news portal with top-byline + bottom source
    r = ctx.r; ctx.outlet_short = 'VK'
    L = [('site', 'Cổng TTĐT huyện Vân Khê')]
    L += W('Giới thiệu', 'Tin tức', 'Chỉ đạo điều hành', 'Văn bản', 'Dịch vụ công', 'Tin tức » Tin trong huyện')
    L += [('title', title)]
    L += W(title)    # title repeated in the scraped share card
    L += [('date', dfmt(ctx.date, 3))]
    L += [('byline', r.choice([f"{person(r)} - TTVH-TT huyện", pen(r), f"{pen(r)}, {pen(r)}"]))]
    L += weave(ctx, paras, [cap('paren'), cap('plain'), xem], r.randint(1, 2))
    L += [('credit', r.choice(['Nguồn: Trung tâm VH-TT huyện', 'Theo Báo Kim Hà', 'Ảnh: TTVH-TT Vân Khê']))]
    L += W('Tin khác')
    L += related_box(ctx, None, r.randint(4, 7), 'date')
    L += W('UBND huyện Vân Khê', 'Cổng TTĐT huyện Vân Khê', f'Điện thoại: {phone(r)} | Email: vp@vankhe.gov.vn')
    return L


LAYOUTS = [('party_daily', L_tragiang), ('epaper', L_phulam_epaper), ('ministry', L_ministry),
           ('prov_portal', L_govkimha), ('police', L_police), ('army', L_army), ('agri', L_agri), ('edu_mag', L_edu),
           ('health', L_health), ('banking', L_bank), ('construction', L_build), ('transport', L_transport),
           ('labour', L_labour), ('women', L_women), ('youth', L_youth), ('veterans', L_veterans),
           ('university', L_univ), ('school', L_school), ('biz_assoc', L_bizassoc), ('overseas', L_overseas),
           ('religious', L_religious), ('commune', L_commune), ('sports_ent', L_sports), ('agency_bureau', L_agency),
           ('culture_mag', L_magazine), ('district', L_district)]


# ---------------------------------------------------------------- data
def read_rows(path):
    want_hi = max(BODY_ROWS.stop, RELATED_ROWS.stop) - 1
    body, rel = [], []
    with gzip.open(path, 'rb') as f:
        for i, raw in enumerate(f):
            if i > want_hi:
                break
            if i not in BODY_ROWS and i not in RELATED_ROWS:
                continue
            raw = raw.strip()
            if not raw:
                continue
            try:
                d = json.loads(raw)
            except ValueError:
                continue
            if not isinstance(d, dict):
                continue
            t, a = d.get('title'), d.get('article')
            if not (isinstance(t, str) and isinstance(a, str) and t.strip() and a.strip()):
                continue
            (body if i in BODY_ROWS else rel).append((i, t.strip(), a.strip()))
    return body, rel


def related_material(rel):
    """For each related row: headline, caption-like sentences, teaser (all from title / first 1,200 chars)."""
    out = []
    for row, title, art in rel:
        head = art[:1200]
        sents, _ = split_sents(head)
        if len(head) < len(art) and sents:
            sents = sents[:-1]       # last piece may be cut by the 1,200 limit
        caps = []
        for i, s in enumerate(sents):
            n = nwords(s)
            nxt = sents[i + 1] if i + 1 < len(sents) else ''
            ok = (s[0].isupper() and s.endswith('.') and not any(c in s for c in QUOTES)
                  and not CAP_MARK.search(s) and 5 <= n <= 20)
            plain = not re.search(r'\d|cho (?:hay|biết)|phải|sẽ|nói|\?', s)
            if ok and (re.match(r'(?i)ảnh\s*:', nxt) or (i == 0 and n <= 14 and plain) or (6 <= n <= 11 and plain)):
                caps.append(s)
        teaser = None
        for s in sents:
            if nwords(s) >= 16 and not CAP_MARK.search(s):
                teaser = s
                break
        out.append({'row': row, 'title': title, 'caps': caps, 'teaser': teaser})
    return out


def cut(s, r):
    lim = r.randint(80, 150)
    if len(s) <= lim:
        lim = max(40, len(s) - 20)
    c = s[:lim].rsplit(' ', 1)[0].rstrip(',;: ')
    return c + r.choice(['…', '...', ' …'])


def group_paras(sents, r):
    paras, i = [], 0
    while i < len(sents):
        k = r.choices([1, 2, 3, 4], [25, 35, 28, 12])[0]
        paras.append(sents[i:i + k])
        i += k
    return paras


# ---------------------------------------------------------------- faults
FAULTS = ('nbsp', 'zwsp', 'dspace', 'glue', 'nfd')


def _spaces(s):
    return [m.start() for m in re.finditer(' ', s) if 0 < m.start() < len(s) - 1]


def fault_str(s, kinds, r, p=0.4):
    if 'nbsp' in kinds and r.random() < p:
        sp = _spaces(s)
        for j in r.sample(sp, min(len(sp), r.randint(1, 3))):
            s = s[:j] + '\xa0' + s[j + 1:]
    if 'dspace' in kinds and r.random() < p:
        sp = _spaces(s)
        if sp:
            j = r.choice(sp)
            s = s[:j] + '  ' + s[j + 1:]
    if 'zwsp' in kinds and r.random() < p and len(s) > 3:
        j = r.randint(1, len(s) - 2)
        s = s[:j] + r.choice(['\u200b', '\u200b', '\ufeff', '\u200c']) + s[j:]
    return s


def fault_rows(rows):
    """The quarter of rows with the lowest draw; fault kinds dealt round-robin in that order."""
    u = sorted((rng(row, 'faults').random(), row) for row in rows)
    return {row: j for j, (_, row) in enumerate(u[:round(len(rows) * 0.25)])}


def apply_faults(blocks, row, stats, faulty):
    r = rng(row, 'faults')
    r.random()
    if row not in faulty:
        return blocks
    kinds = {FAULTS[faulty[row] % len(FAULTS)]}
    if r.random() < 0.3:
        kinds.add(r.choice(FAULTS))
    stats['faulty_pages'] += 1
    for k in kinds:
        stats[k] += 1
    out = []
    for role, val in blocks:
        if role == 'body':
            items = list(val)
            if 'glue' in kinds and len(items) > 1 and r.random() < 0.8:
                j = r.randrange(len(items) - 1)
                if items[j].endswith('.') and items[j + 1][0].isupper():
                    items[j:j + 2] = [items[j] + items[j + 1]]
                    stats['glued_pairs'] += 1
            items = [fault_str(x, kinds, r) for x in items]
            out.append((role, items))
        else:
            out.append((role, fault_str(val, kinds, r, 0.3)))
    if 'nfd' in kinds:
        out = [(ro, [unicodedata.normalize('NFD', x) for x in v] if ro == 'body' else unicodedata.normalize('NFD', v))
               for ro, v in out]
    return out


# ---------------------------------------------------------------- contract check
def check(page, row):
    lines = page.text.split('\n')
    if not page.text.strip() or any(not l or l != l.strip() for l in lines):
        raise ValueError(f'row {row}: blank or unstripped line')
    body, fur = page.body, page.furniture
    bset = {norm(b) for b in body}
    for b in body:
        if b not in page.text:
            raise ValueError(f'row {row}: body item not in text')
    bi = fi = unl = 0
    for l in lines:
        if fi < len(fur) and l == fur[fi][1]:
            if fur[fi][0] not in KINDS:
                raise ValueError(f'row {row}: bad kind {fur[fi][0]}')
            if norm(l) in bset:
                raise ValueError(f'row {row}: furniture equals a body sentence: {l!r}')
            fi += 1
            continue
        for k in (1, 2, 3, 4):
            if bi + k <= len(body) and ' '.join(body[bi:bi + k]) == l:
                bi += k
                break
        else:
            unl += 1
            if norm(l) in bset:
                raise ValueError(f'row {row}: unlabelled line equals a body sentence')
    if bi != len(body) or fi != len(fur) or unl > 3:
        raise ValueError(f'row {row}: labels do not cover the text (body {bi}/{len(body)}, '
                         f'furniture {fi}/{len(fur)}, unlabelled {unl})')


# ---------------------------------------------------------------- pages
def build_pages(path, stats=None):
    stats = stats if stats is not None else {}
    for k in ('faulty_pages', 'glued_pairs') + FAULTS:
        stats.setdefault(k, 0)
    body_rows, rel_rows = read_rows(path)
    mat = related_material(rel_rows)
    faulty = fault_rows([b[0] for b in body_rows])
    pages = []
    for k, (row, title, art) in enumerate(body_rows):
        _, _, keep = story(art)
        tn = norm(title)
        keep = [s for s in keep if norm(s) != tn]
        bset = {norm(s) for s in keep} | {tn}
        pr = rng(row, 'pool')
        pool = [m for m in mat if norm(m['title']) not in bset]
        pr.shuffle(pool)
        heads = [(m['title'], cut(m['teaser'], pr) if m['teaser'] else None) for m in pool]
        caps = [c for m in pool for c in m['caps'] if norm(c) not in bset]
        pr.shuffle(caps)
        d0 = datetime.datetime(2015, 1, 1) + datetime.timedelta(minutes=rng(row, 'date').randint(0, 5 * 365 * 1440))
        ctx = Ctx(row, rng(row, 'layout'), d0, heads, caps)
        ctx.outlet_short = ''
        name, fn = LAYOUTS[k % len(LAYOUTS)]
        paras = group_paras(keep, rng(row, 'paras'))
        blocks = fn(ctx, title, paras)
        blocks = apply_faults(blocks, row, stats, faulty)
        lines, body, fur = [], [], []
        for role, val in blocks:
            if role == 'body':
                body.extend(val)
                lines.append(' '.join(val))
            else:
                val = val.strip()
                if not val:
                    continue
                lines.append(val)
                if role in KINDS:
                    fur.append((role, val))
        page = Page('\n'.join(lines), body, fur, name)
        check(page, row)
        pages.append(page)
    return pages


def pages(train_path):
    return build_pages(train_path)


def main(argv):
    path = argv[1] if len(argv) > 1 else '/work/shared/data/vietnews_train.jsonl.gz'
    stats = {}
    ps = build_pages(path, stats)
    order = [n for n, _ in LAYOUTS]
    hdr = f"{'layout':<15}{'pages':>6}{'body':>6}" + ''.join(f'{k:>9}' for k in KINDS) + f"{'furn':>7}"
    print(hdr)
    tot = {'pages': 0, 'body': 0, **{k: 0 for k in KINDS}}
    for n in order:
        sel = [p for p in ps if p.layout == n]
        if not sel:
            continue
        c = {k: sum(1 for p in sel for kk, _ in p.furniture if kk == k) for k in KINDS}
        b = sum(len(p.body) for p in sel)
        print(f"{n:<15}{len(sel):>6}{b:>6}" + ''.join(f'{c[k]:>9}' for k in KINDS) + f"{sum(c.values()):>7}")
        tot['pages'] += len(sel); tot['body'] += b
        for k in KINDS:
            tot[k] += c[k]
    print(f"{'TOTAL':<15}{tot['pages']:>6}{tot['body']:>6}" + ''.join(f'{tot[k]:>9}' for k in KINDS)
          + f"{sum(tot[k] for k in KINDS):>7}")
    print('faults: ' + ', '.join(f'{k}={stats[k]}' for k in ('faulty_pages',) + FAULTS + ('glued_pairs',)))


if __name__ == '__main__':
    main(sys.argv)
