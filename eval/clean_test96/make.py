#!/usr/bin/env python3
"""Held-out evaluation set test96 (theme: law and order) for a cleaner of scraped Vietnamese news pages.

Usage: python3 make.py /work/shared/data/vietnews_train.jsonl.gz
Exposes pages(path) -> list[Page]; Page = (text, body, furniture, layout).
Standard library only.
"""
import datetime
import gzip
import json
import random
import re
import sys
import unicodedata
from typing import List, NamedTuple, Tuple

SETNAME = "test96"
SEED = 9667
BODY_ROWS = range(13000, 13100)
RELATED_ROWS = range(17800, 17900)
KINDS = ("byline", "credit", "caption", "related", "widget")


class Page(NamedTuple):
    text: str
    body: List[str]
    furniture: List[Tuple[str, str]]
    layout: str


def R(row, purpose):
    return random.Random(f"{SETNAME}|{SEED}|{row}|{purpose}")


# ---------------------------------------------------------------- text helpers
ZW_RE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")


def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = ZW_RE.sub("", s)
    s = re.sub(r"\s+", "", s)
    return s.casefold()


def detok(s):
    s = s.replace("_", " ")
    s = re.sub("[\u2028\u2029\x85\x0b\x0c\r\n\t]", " ", s)
    s = ZW_RE.sub("", s)
    s = re.sub(r"\s+", " ", s).strip()
    # pair straight quotes, remove inner spaces
    s = re.sub(r'"\s*([^"]*?)\s*"', r'"\1"', s)
    s = re.sub(r"(?<![\w'])'\s+([^']*?)\s+'(?![\w'])", r"'\1'", s)
    s = re.sub(r"\s+([,.;:!?%…])", r"\1", s)
    s = re.sub(r"([(\[{“‘])\s+", r"\1", s)
    s = re.sub(r"\s+([)\]}”’])", r"\1", s)
    s = re.sub(r"(\S)\s+/\s+(\S)", r"\1/\2", s)
    s = re.sub(r"\s+", " ", s).strip()
    return s


ABBR = {"TP", "TS", "GS", "PGS", "ThS", "BS", "Q", "P", "Th.S", "NXB", "TT", "St", "Mr", "Mrs", "Dr", "TX", "KS", "Tp", "ThS.BS", "CN", "PV", "Ths", "Bs", "Ts"}


def split_sentences(text):
    out, start = [], 0
    for m in re.finditer(r'[.!?…]+["”’)]*\s+(?=["“(]?[A-ZÀ-ỸĐ0-9])', text):
        end = m.end()
        chunk = text[start:m.start() + len(m.group().rstrip())]
        # token before the punctuation
        pre = text[start:m.start()]
        last = pre.split(" ")[-1] if pre else ""
        if m.group().startswith(".") and not m.group().startswith(".."):
            tok = last.lstrip('("“')
            if tok in ABBR or (len(tok) == 1 and tok.isalpha() and tok.isupper()) \
                    or re.fullmatch(r"(?:[A-ZĐa-z]{1,3}\.)+[A-ZĐa-z]{1,3}", tok) \
                    or re.fullmatch(r"[A-ZĐ][a-zđ]?", tok):
                continue
        out.append(chunk.strip())
        start = end
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return [x for x in out if x]


CAPTION_MARKS = ["ảnh:", "(ảnh", "video:", "clip:", "minh hoạ", "minh họa", "(trái)", "(phải)", "(giữa)",
                 "nguồn:", "đồ hoạ", "đồ họa", "ảnh chụp", "infographic", "trong ảnh", "ảnh internet",
                 "(ảnh minh", "photo:", "ảnh tư liệu"]
REPORT = ["cho biết", "cho hay", "nói", "khẳng định", "chia sẻ", "thông tin", "nhấn mạnh", "kể", "tâm sự",
          "trả lời", "phát biểu", "thừa nhận", "khai", "xác nhận", "cho rằng", "tiết lộ", "bày tỏ", "đề nghị",
          "yêu cầu", "nhận định", "giải thích", "thông báo", "lý giải", "trao đổi", "nhận định", "khuyến cáo",
          "cảnh báo", "phản ánh", "tố cáo", "trình bày", "theo", "đánh giá", "nhấn mạnh", "thuật lại", "nhớ lại",
          "tuyên bố", "công bố", "dẫn lời", "đưa tin", "ghi nhận", "quyết định", "kết luận", "tuyên"]
CONNECT = ["Tuy nhiên", "Trong khi đó", "Ngoài ra", "Theo", "Do đó", "Vì vậy", "Bên cạnh đó", "Trước đó",
           "Sau đó", "Đồng thời", "Hiện", "Như vậy", "Mặc dù", "Dù", "Khi", "Trước", "Tại", "Đến", "Thế nhưng",
           "Nhưng", "Song", "Vì thế", "Cũng", "Riêng", "Sau khi", "Qua", "Lúc", "Ngay", "Cùng", "Được biết",
           "Do", "Vì", "Thậm chí", "Bởi", "Để", "Trong", "Từ", "Với", "Nếu", "Kết quả", "Tiếp đó", "Sáng",
           "Chiều", "Tối", "Ngày", "Đêm", "Hôm", "Vào", "Còn", "Ông", "Bà", "Anh", "Chị", "Cơ quan", "Công an",
           "Nhận", "Trước tình hình", "Ngoài", "Thực tế", "Hiện nay", "Mới đây", "Cũng theo", "Nhờ", "Thêm vào đó"]


def has_report(s):
    low = s.lower()
    if '"' in s or "“" in s:
        return True
    for v in REPORT:
        if re.search(r"(?<!\w)" + re.escape(v) + r"(?!\w)", low):
            return True
    return False


def opens_connective(s):
    for c in CONNECT:
        if s.startswith(c + " ") or s.startswith(c + ","):
            return True
    return False


def keep_sentence(s, title_n, seen):
    low = s.lower()
    if any(m in low for m in CAPTION_MARKS):
        return False
    if any(c in s for c in "|•»«"):
        return False
    if s.count('"') % 2 or s.count("(") != s.count(")") or s.count("“") != s.count("”") \
            or s.count("[") != s.count("]"):
        return False
    if any(q[:1].isspace() or q[-1:].isspace() for q in re.findall(r'"([^"]*)"', s)):
        return False
    if not re.search(r'[.!?…]["”’)]?$', s):
        return False
    words = s.split()
    if len(words) < 8 or len(words) > 110:
        return False
    if ":" in " ".join(words[:6]):
        return False
    if re.search(r"(?<!^)\bTheo\s+\S+(?:\s+\S+){0,5}\s*[.!?]?$", s) and not s.startswith("Theo"):
        return False
    if re.search(r"\bTheo\s+\S+(?:\s+\S+){0,3}\.?$", s) and len(words) > 8 and " Theo " in s[-60:]:
        return False
    first = s.lstrip('"“(')
    if not first or not (first[0].isupper() or first[0].isdigit()):
        return False
    n = norm(s)
    if n in seen or n == title_n:
        return False
    short_lim = 22 if "," in s else 30
    if len(words) <= short_lim and not (has_report(s) or opens_connective(s)):
        return False
    return True


def story_sentences(title, article):
    tn = norm(title)
    seen, out = set(), []
    for s in split_sentences(detok(article)):
        if keep_sentence(s, tn, seen):
            seen.add(norm(s))
            out.append(s)
    return out


def teaser_of(article1200):
    t = detok(article1200)
    sents = split_sentences(t)
    if not sents:
        return None
    first = next((x for x in sents[:4] if len(x.split()) >= 12), sents[0])
    if len(first) > 220 or not re.search(r"[.!?…]$", first):
        words = first.split()[:28]
        first = " ".join(words).rstrip(",;:") + "..."
    if len(first.split()) < 6:
        return None
    return first


# ---------------------------------------------------------------- reading
def read_rows(path):
    body, related = [], []
    last = max(BODY_ROWS.stop, RELATED_ROWS.stop) - 1
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
                d = json.loads(raw)
            except Exception:
                continue
            if not isinstance(d, dict):
                continue
            t, a = d.get("title"), d.get("article")
            if not isinstance(t, str) or not isinstance(a, str) or not t.strip() or not a.strip():
                continue
            if inb:
                body.append((i, t, a))
            else:
                related.append((i, detok(t), a[:1200]))
    return body, related


# ---------------------------------------------------------------- invented material
SURN = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
        "Dương", "Lý", "Đinh", "Tạ", "Lưu", "Mai"]
MID = ["Văn", "Thị", "Minh", "Hoàng", "Thanh", "Ngọc", "Quốc", "Thu", "Hữu", "Đức", "Bảo", "Phương", "Gia", "Kim"]
GIVEN = ["Khang", "Hạnh", "Tuấn", "Vy", "Phúc", "Nam", "Sơn", "Hiền", "Long", "Trâm", "Dũng", "Hà", "Quyên",
         "Thắng", "Lộc", "Tùng", "Nhung", "Khoa", "Hậu", "Trinh", "Vĩnh", "Yến", "Định", "Tâm", "Chương", "Diệp"]


def pname(rng, full=True):
    if full:
        sn = rng.choice(SURN)
        return f"{sn} {rng.choice([m for m in MID if m != sn])} {rng.choice(GIVEN)}"
    return f"{rng.choice(MID)} {rng.choice(GIVEN)}"


def initials(rng):
    return f"{rng.choice(SURN)[0]}.{rng.choice(GIVEN)}"


WD = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]


def rand_date(rng):
    d0 = datetime.date(2016, 1, 1)
    d = d0 + datetime.timedelta(days=rng.randrange(0, 4 * 365))
    return datetime.datetime(d.year, d.month, d.day, rng.randrange(5, 23), rng.randrange(0, 60))


def fdate(dt, style):
    wd = WD[dt.weekday()]
    if style == 0:
        return f"{wd}, {dt:%d/%m/%Y}, {dt:%H:%M} (GMT+7)"
    if style == 1:
        return f"{dt:%d/%m/%Y} {dt:%H:%M}"
    if style == 2:
        return f"{dt:%H:%M} | {dt:%d/%m/%Y}"
    if style == 3:
        return f"Cập nhật: {dt:%H:%M} {dt:%d/%m/%Y}"
    if style == 4:
        return f"{wd}, {dt.day}/{dt.month}/{dt.year} - {dt:%H:%M}"
    if style == 5:
        return f"Ngày {dt.day} tháng {dt.month} năm {dt.year} | {dt:%H:%M}"
    if style == 6:
        return f"{dt:%d-%m-%Y} - {dt:%I:%M} {'AM' if dt.hour < 12 else 'PM'}"
    if style == 7:
        return f"Đăng lúc {dt:%H:%M} ngày {dt:%d/%m/%Y}"
    if style == 8:
        return f"{dt:%Y-%m-%d %H:%M}"
    return f"{dt:%d/%m/%Y - %H:%M}"


PLACE_KW = ["xã", "huyện", "tỉnh", "thị xã", "thị trấn", "quận", "phường", "TP.", "thành phố"]


def extract_places(text):
    res = []
    for m in re.finditer(r"(?<!\w)(?<!thị )(xã|huyện|tỉnh|thị xã|thị trấn|quận|phường|TP\.|thành phố|sông|đường)\s+", text):
        rest = text[m.end():].split(" ")
        words = []
        for wi, w in enumerate(rest[:5]):
            if w == "-" and words and wi + 1 < len(rest) and rest[wi + 1][:1].isupper():
                words.append("-")
                continue
            w2 = w.rstrip(",.;:)\"”")
            if w2 and (w2[0].isupper() or w2[0].isdigit()) and w2 == w2.strip("(\"“"):
                words.append(w2)
                if w2 != w:
                    break
            else:
                break
        if words:
            kw = m.group(1)
            if words[-1] == "-":
                words.pop()
            res.append((kw, " ".join(words)))
    out = []
    for p in res:
        if p not in out:
            out.append(p)
    return out


def extract_people(text):
    out = []
    for m in re.finditer(r"(?<!\w)(ông|bà|anh|chị|Thượng tá|Đại tá|Trung tá|Thiếu tá|luật sư|Luật sư)\s+((?:[A-ZĐÀ-Ỹ][\wÀ-ỹ]*\.?\s?){2,4})", text):
        name = m.group(2).strip().rstrip(",")
        if name.endswith(".") and len(name.split()[-1]) > 3:
            name = name[:-1]
        t = m.group(1)
        p = (t[0].upper() + t[1:]) + " " + name
        if p not in out and len(p) < 40:
            out.append(p)
    return out


GENERIC = ["Hình ảnh liên quan đến sự việc.", "Quang cảnh nơi xảy ra sự việc.", "Ảnh minh hoạ.",
           "Sự việc đang thu hút sự quan tâm của dư luận.", "Cơ quan chức năng đang vào cuộc xác minh."]
SCENE_SETS = [
    (["tai nạn", "xe máy", "ô tô", "xe tải", "giao thông", "bks"], [
        "Cảnh sát giao thông phân luồng, điều tiết phương tiện qua khu vực.",
        "Phương tiện được đưa về trụ sở công an để xử lý.",
        "Chiếc xe biến dạng sau vụ va chạm.", "Lực lượng chức năng đo đạc hiện trường vụ tai nạn."]),
    (["phiên toà", "xét xử", "bị cáo", "cáo trạng", "truy tố", "tuyên án"], [
        "Toàn cảnh phiên toà xét xử sơ thẩm.", "Hội đồng xét xử công bố bản án.",
        "Bị cáo tại phiên toà.", "Luật sư tham gia bào chữa tại phiên toà."]),
    (["công an", "bắt giữ", "đối tượng", "điều tra", "tạm giữ", "khởi tố"], [
        "Lực lượng chức năng có mặt tại hiện trường để điều tra, làm rõ vụ việc.",
        "Cơ quan công an đang tiếp tục điều tra, mở rộng vụ án.",
        "Cán bộ công an lấy lời khai của các bên liên quan.", "Tang vật được cơ quan chức năng thu giữ."]),
    (["tử vong", "thi thể", "nạn nhân", "đuối nước", "mất tích"], [
        "Khu vực xảy ra sự việc được lực lượng chức năng khoanh vùng.", "Người dân tập trung theo dõi sự việc.",
        "Lực lượng cứu hộ tìm kiếm tại hiện trường."]),
]


def captions_for(rng, story, title):
    places = extract_places(story)
    people = extract_people(story)
    cands = []
    for kw, nm in places[:3]:
        p = kw + " " + nm
        cands.append(rng.choice([f"Hiện trường vụ việc tại {p}.", f"Lực lượng chức năng làm việc tại {p}.",
                                 f"Một góc {p}, nơi xảy ra sự việc.", f"Khu vực {p} nơi sự việc xảy ra."]))
    for p in people[:2]:
        cands.append(rng.choice([f"{p} trao đổi với phóng viên.", f"{p} cung cấp thông tin về vụ việc.",
                                 f"{p} tại buổi làm việc."]))
    low = story.lower()
    pool = list(GENERIC)
    for keys, sc in SCENE_SETS:
        if any(k in low for k in keys):
            pool += sc
    cands += rng.sample(pool, min(4, len(pool)))
    cands.append(title)  # only used with an attached credit/suffix
    return cands, places, people


OUTLET_SIGS = ["Theo Báo Pháp Luật Sông Hậu", "Theo An Ninh Cửa Biển", "Theo Tin Tức Tư Pháp Miền Đông",
               "Theo báo Công Lý Trường Sơn"]
AD_LINES = ["Quảng cáo", "QUẢNG CÁO", "Vay tín chấp lãi suất ưu đãi chỉ từ 0,9%/tháng - Đăng ký ngay",
            "Bảo hiểm ô tô Thiên Phát - giảm 20% phí khi mua online", "Khoá học Luật doanh nghiệp cấp tốc - Ghi danh hôm nay",
            "Camera hành trình VietSight - Bằng chứng rõ ràng cho mọi hành trình"]


# ---------------------------------------------------------------- layouts
L = []


def lay(**kw):
    base = dict(site=None, site_top=True, menu=None, crumb=None, header_date=False, date_style=1,
                date_pos="after_title", byline="top", bystyle="plain", para=(1, 3), imgs=(1, 2),
                imgstyle="cap_credit", inline_rel=None, ad_inside=False, pullquote=False, rel_head="TIN LIÊN QUAN",
                rel_style="bullet", nrel=(3, 5), rel_pos="after", tags=None, share=None, comments=False,
                footer=None, counter=None, extra_top=None, extra_bottom=None, title_repeat=False,
                video=False, authorbox=False, sapo_widget=None, disclaimer=None, hotline=None, poll=None)
    base.update(kw)
    L.append(base)


lay(name="congly_phuongnam", site="Công Lý Phương Nam", domain="conglyphuongnam.vn",
    menu="Trang chủ | Thời sự | Pháp luật | Toà án | Hồ sơ vụ án | Bạn đọc | Video",
    crumb="Trang chủ » Toà án » Phiên toà", date_style=0, date_pos="after_title", byline="bottom",
    bystyle="caps", para=(2, 3), imgs=(1, 2), imgstyle="cap_credit", rel_head="TIN LIÊN QUAN", rel_style="bullet",
    tags="Từ khoá:", share="Chia sẻ: Facebook | Zalo | Twitter | In bài", footer="© 2018 Công Lý Phương Nam. Giấy phép số 214/GP-BTTTT.")
lay(name="anninh_thudo_moi", site="AN NINH THỦ ĐÔ MỚI", domain="anninhthudomoi.vn",
    menu="Thời sự • Hình sự • Giao thông • Phòng chống tội phạm • Đời sống", header_date=True, date_style=4,
    date_pos="before_title", byline="top", bystyle="plain", para=(1, 2), imgs=(1, 3), imgstyle="cap_inline_credit",
    inline_rel="xemthem", rel_head="Tin cùng chuyên mục", rel_style="dated", counter="{n} lượt xem",
    share="Thích | Chia sẻ | Gửi bài", footer="Cơ quan chủ quản: Hội Bảo vệ An ninh Thủ Đô Mới")
lay(name="phapluat_doisong_mientrung", site="Pháp Luật & Đời Sống Miền Trung", domain="pldsmientrung.vn",
    crumb="Pháp luật > Hình sự", date_style=2, date_pos="after_byline", byline="top", bystyle="baianh",
    para=(2, 4), imgs=(1, 2), imgstyle="cap_then_credit", rel_head="ĐỌC THÊM", rel_style="numbered",
    ad_inside=True, tags="Tags:", comments=True, footer="Bản quyền thuộc Pháp Luật & Đời Sống Miền Trung")
lay(name="toaan_congdan", site="Toà Án & Công Dân", domain="toaancongdan.vn", site_top=True,
    menu="Xét xử | Hoà giải | Thi hành án | Văn bản | Hỏi đáp", crumb=None, date_style=5, date_pos="after_title",
    byline="bottom", bystyle="signature", para=(1, 3), imgs=(0, 1), imgstyle="cap_inline_credit", pullquote=True,
    rel_head="Các tin khác", rel_style="plain_dated", nrel=(4, 6), footer="Toà soạn: 18 đường Bến Thành Mới, TP. Hồ Chí Minh - Email: toasoan@toaancongdan.vn")
lay(name="giaothong_24h", site="Giao Thông 24h", domain="giaothong24h.com.vn",
    menu="Tin nóng | Tai nạn | Xử phạt | Hỏi đáp luật giao thông | Xe", header_date=True, date_style=1,
    date_pos="after_title", byline="after_first", bystyle="plain", para=(1, 2), imgs=(1, 2), imgstyle="mark_cap",
    video=True, inline_rel="doc_them", rel_head="Tin liên quan", rel_style="arrow", hotline="Đường dây nóng phản ánh giao thông: 0968 214 377",
    share="Chia sẻ bài viết", footer="© Giao Thông 24h - Ghi rõ nguồn khi phát hành lại thông tin từ website này.")
lay(name="luatsu_donghanh", site="Luật Sư Đồng Hành", domain="luatsudonghanh.vn",
    menu="Tư vấn luật | Dân sự | Hình sự | Hôn nhân gia đình | Đất đai | Hỏi luật sư", crumb="Tư vấn pháp luật / Hình sự",
    date_style=3, date_pos="after_title", byline="none", para=(2, 3), imgs=(0, 1), imgstyle="cap_inline_credit",
    authorbox=True, disclaimer="Nội dung tư vấn chỉ mang tính chất tham khảo, không thay thế ý kiến pháp lý chính thức.",
    hotline="Tổng đài tư vấn luật miễn phí: 1900 6283", rel_head="Bài viết cùng chủ đề", rel_style="teaser",
    nrel=(2, 3), footer="Công ty Luật TNHH Đồng Hành Việt - Giấy phép hoạt động số 41.02.3317/TP/ĐKHĐ")
lay(name="hinhsu_365", site="Hình Sự 365", domain="hinhsu365.net", site_top=True, menu=None,
    crumb="Trang chủ › Vụ án", date_style=9, date_pos="after_byline", byline="top", bystyle="group",
    para=(1, 1), imgs=(2, 3), imgstyle="cap_credit", rel_head=None, rel_style="joined", nrel=(3, 4),
    reactions=True, comments=True, footer="Hình Sự 365 - Kênh thông tin pháp luật")
lay(name="baove_phapluat_taynguyen", site="Bảo Vệ Pháp Luật Tây Nguyên", domain="bvpltaynguyen.vn",
    menu="TRANG CHỦ | KIỂM SÁT | ĐIỀU TRA | XÉT XỬ | CHỐNG THAM NHŨNG | BẠN ĐỌC", date_style=0,
    date_pos="before_title", byline="bottom", bystyle="caps_agency", para=(2, 4), imgs=(1, 2), imgstyle="cap_then_credit",
    rel_head="Tin khác", rel_style="bullet", counter="Lượt xem: {n}", tags="Từ khoá:", footer="© Bảo Vệ Pháp Luật Tây Nguyên. Ghi rõ nguồn khi trích dẫn.")
lay(name="nguoi_giu_binh_yen", site="Người Giữ Bình Yên", domain="nguoigiubinhyen.vn", site_top=True,
    menu="Thời sự | Chiến sĩ | Phòng chống tội phạm | Pháp luật | Phóng sự", header_date=True, date_style=7,
    date_pos="after_title", byline="top", bystyle="plain", para=(1, 3), imgs=(1, 2), imgstyle="gallery",
    inline_rel="xemthem", rel_head="Cùng chuyên mục", rel_style="teaser", nrel=(2, 3), share="Facebook Zalo Email In",
    footer="Người Giữ Bình Yên - Tạp chí điện tử")
lay(name="doisong_phapluat_hathanh", site="Đời Sống & Pháp Luật Hà Thành", domain="dspl-hathanh.vn",
    crumb="Trang chủ » Pháp luật » Vụ án", date_style=6, date_pos="after_title", byline="bottom", bystyle="plain",
    para=(2, 3), imgs=(1, 2), imgstyle="cap_inline_credit", ad_inside=True, rel_head="BÀI VIẾT LIÊN QUAN",
    rel_style="arrow", poll=True, comments=True, footer="Đời Sống & Pháp Luật Hà Thành © 2016 - 2019")
lay(name="tinnhanh_phapdinh", site="Tin Nhanh Pháp Đình", domain="tinnhanhphapdinh.vn",
    menu="Mới nhất | Toà án | Tin nóng | Điều tra | Góc nhìn", date_style=8, date_pos="after_title", byline="top",
    bystyle="plain", para=(1, 2), imgs=(0, 1), imgstyle="cap_credit", rel_pos="top", rel_head="Tin nóng",
    rel_style="joined", nrel=(2, 3), extra_bottom=["Xem tiếp các tin khác", "Về đầu trang"], footer="© Tin Nhanh Pháp Đình")
lay(name="thoibao_congan_duyenhai", site="Thời Báo Công An Duyên Hải", domain="cadh.vn",
    menu="Tin tức | An ninh | Trật tự | Biển đảo | Pháp luật | Video", date_style=4, date_pos="after_title", byline="top",
    bystyle="caps", para=(2, 3), imgs=(1, 2), imgstyle="mark_cap", inline_rel="doc_them", rel_head="TIN MỚI",
    rel_style="dated", video=True, share="Chia sẻ Facebook | Chia sẻ Zalo", counter="{n} lượt đọc",
    footer="Thời Báo Công An Duyên Hải - Số 72 đường Ven Biển, TP. Hải Đông")
lay(name="phaply_ngaynay", site=None, domain="phaplyngaynay.vn", menu="PHÁP LÝ NGÀY NAY | Tin tức | Văn bản mới | Tư vấn | Doanh nghiệp",
    crumb="Tin tức / Pháp luật", date_style=1, date_pos="after_byline", byline="top", bystyle="baianh", para=(2, 4),
    imgs=(1, 1), imgstyle="cap_then_credit", rel_head="Tin liên quan", rel_style="numbered", tags="Chủ đề:",
    disclaimer="Bài viết thể hiện quan điểm của tác giả.", footer="Pháp Lý Ngày Nay - Liên hệ quảng cáo: 0903 715 228")
lay(name="trattu_dothi", site="Báo Trật Tự Đô Thị", domain="trattudothi.vn", header_date=True, date_style=2,
    date_pos="after_title", byline="bottom", bystyle="signature", menu="Đô thị | Trật tự | Giao thông | Xây dựng | Môi trường",
    para=(1, 3), imgs=(1, 2), imgstyle="cap_inline_credit", pullquote=True, rel_head="Đọc nhiều", rel_style="bullet",
    comments=True, footer="Bản quyền © Báo Trật Tự Đô Thị")
lay(name="phapche_online", site="Pháp Chế Online", domain="phapche.online", site_top=False,
    menu="Trang chủ | Thời sự | Pháp chế | Hình sự | Dân sự | Quốc tế", crumb=None, date_style=9,
    date_pos="after_title", byline="after_first", bystyle="plain", para=(1, 2), imgs=(1, 2), imgstyle="cap_credit",
    title_repeat=True, rel_head="Có thể bạn quan tâm", rel_style="teaser", nrel=(2, 4), share="Chia sẻ | Bình luận | Lưu tin",
    footer="Pháp Chế Online - Trang thông tin điện tử tổng hợp")
lay(name="antoan_giaothong_viet", site="An Toàn Giao Thông Việt", domain="atgtviet.vn",
    menu="Tai nạn | Vi phạm | Hạ tầng | Camera giao thông | Luật", date_style=3, date_pos="before_title", byline="top",
    bystyle="plain", para=(2, 3), imgs=(1, 3), imgstyle="gallery", video=True, inline_rel="xemthem", rel_head="Tin liên quan",
    rel_style="dated", hotline="Hotline: 0919 406 551 - Email: phananh@atgtviet.vn", footer="© An Toàn Giao Thông Việt")
lay(name="kenh_phapluat_plus", site="Kênh Pháp Luật Plus", domain="phapluatplus.vn", crumb="Pháp luật › Hồ sơ",
    date_style=6, date_pos="after_byline", byline="top", bystyle="group", para=(1, 3), imgs=(0, 1), imgstyle="cap_credit",
    ad_inside=True, rel_head="Xem nhiều", rel_style="numbered", reactions=True, comments=True,
    footer="Kênh Pháp Luật Plus - Chịu trách nhiệm nội dung: Ban biên tập")
lay(name="binhan_nambo", site="Bình An Nam Bộ", domain="binhannambo.vn", menu="Thời sự | Điều tra | Pháp đình | Bạn đọc | Media",
    header_date=True, date_style=0, date_pos="after_title", byline="bottom", bystyle="caps_agency", para=(2, 3),
    imgs=(1, 2), imgstyle="cap_then_credit", pullquote=True, rel_head="TIN CÙNG CHUYÊN MỤC", rel_style="plain_dated",
    tags="Từ khoá:", share="Chia sẻ", footer="Bình An Nam Bộ - Báo điện tử")
lay(name="nhipsong_phapdinh", site="Nhịp Sống Pháp Đình", domain="nhipsongphapdinh.vn", site_top=True,
    crumb="Trang chủ » Phiên toà", date_style=5, date_pos="after_title", byline="top", bystyle="caps", para=(1, 2),
    imgs=(1, 2), imgstyle="mark_cap", rel_head="Phiên toà khác", rel_style="arrow", counter="{n} lượt xem",
    comments=True, footer="© Nhịp Sống Pháp Đình")
lay(name="diemtin_tuphap", site="Điểm Tin Tư Pháp", domain="diemtintuphap.vn", menu="Tin tức | Tư pháp | Hộ tịch | Luật sư | Công chứng | Hỏi đáp",
    date_style=7, date_pos="after_title", byline="bottom", bystyle="signature", para=(2, 4), imgs=(0, 1),
    imgstyle="cap_inline_credit", inline_rel="doc_them", rel_head="Tin đã đưa", rel_style="dated", nrel=(4, 6),
    disclaimer="Thông tin trên trang chỉ có giá trị tham khảo.", footer="Điểm Tin Tư Pháp - Trang tin của Hội Tư pháp cơ sở Phương Nam")
assert len(L) == 20
LAYOUTS = L
for lo in L:
    lo.setdefault("reactions", False)


# ---------------------------------------------------------------- page builder
def byline_line(rng, style, lo):
    if style == "caps":
        return pname(rng).upper()
    if style == "baianh":
        return rng.choice(["Bài và ảnh: ", "Bài, ảnh: ", "Bài: "]) + pname(rng, rng.random() < 0.6)
    if style == "signature":
        return rng.choice(OUTLET_SIGS) if rng.random() < 0.35 else pname(rng, False)
    if style == "group":
        return rng.choice([f"{pname(rng, False)} - {pname(rng, False)}", "Nhóm phóng viên", f"{pname(rng)} (CTV)"])
    if style == "caps_agency":
        return pname(rng).upper() + rng.choice(["", " (PV)", " - " + pname(rng).upper()])
    return pname(rng, rng.random() < 0.5)


def credit_line(rng, people):
    return rng.choice([f"Ảnh: {pname(rng, False)}", f"Ảnh: {initials(rng)}", "Nguồn: Cơ quan điều tra cung cấp",
                       f"Ảnh: {pname(rng)}", "Ảnh: Công an cung cấp", f"Ảnh: {pname(rng, False)}/{pname(rng, False)}"])


def related_lines(rng, lo, rel, dt):
    out = []
    st = lo["rel_style"]
    if lo["rel_head"]:
        out.append(("widget", lo["rel_head"]))
    if st == "joined":
        sep = rng.choice([" | ", " - ", " • "])
        out.append(("related", sep.join(t for t, _ in rel)))
        return out
    for i, (t, tz) in enumerate(rel):
        d = dt - datetime.timedelta(days=rng.randrange(1, 40))
        if st == "bullet":
            out.append(("related", "• " + t))
        elif st == "numbered":
            out.append(("related", f"{i + 1}. {t}"))
        elif st == "dated":
            out.append(("related", f"{t} ({d:%d/%m/%Y})"))
        elif st == "plain_dated":
            out.append(("related", t))
            out.append(("widget", f"{d:%d/%m/%Y %H:%M}"))
        elif st == "arrow":
            out.append(("related", ">> " + t))
        elif st == "teaser":
            out.append(("related", t))
            if tz:
                out.append(("related", tz))
    return out


def image_block(rng, lo, cap, people):
    st = lo["imgstyle"]
    out = []
    if st == "cap_credit":
        out.append(("caption", cap))
        if rng.random() < 0.6:
            out.append(("credit", credit_line(rng, people)))
    elif st == "cap_inline_credit":
        out.append(("caption", cap.rstrip(".") + rng.choice([f". (Ảnh: {initials(rng)})", f" - Ảnh: {pname(rng, False)}", ". Ảnh minh hoạ", f" (Ảnh: {pname(rng, False)})"])))
    elif st == "cap_then_credit":
        out.append(("caption", cap))
        out.append(("credit", credit_line(rng, people)))
    elif st == "mark_cap":
        out.append(("widget", rng.choice(["Phóng to", "[Ảnh]", "Ảnh"])))
        out.append(("caption", cap))
    elif st == "gallery":
        n = rng.randrange(3, 9)
        out.append(("widget", f"Ảnh 1/{n}"))
        out.append(("caption", cap))
        if rng.random() < 0.5:
            out.append(("credit", credit_line(rng, people)))
    return out


def build_page(k, row, title_raw, article, related):
    lo = LAYOUTS[k % 20]
    title = detok(title_raw)
    sents = story_sentences(title, article)
    if len(sents) < 3:
        return None
    rng = R(row, "layout")
    frng = R(row, "faults")
    dt = rand_date(R(row, "date"))
    story = " ".join(sents)

    # faults chosen up front
    faults = []
    if frng.random() < 0.27:
        pool = ["nbsp", "zwsp", "dblspace", "glue", "nfd"]
        faults = frng.sample(pool, frng.choice([1, 1, 2]))

    # paragraphs
    items = list(sents)
    paras, i = [], 0
    while i < len(items):
        n = rng.randint(*lo["para"])
        paras.append(items[i:i + n])
        i += n
    if "glue" in faults:
        cands = [(pi, j) for pi, p in enumerate(paras) for j in range(len(p) - 1)
                 if p[j].endswith(".") and p[j + 1][:1].isalpha()]
        if cands:
            pi, j = frng.choice(cands)
            p = paras[pi]
            paras[pi] = p[:j] + [p[j] + p[j + 1]] + p[j + 2:]
        else:
            faults.remove("glue")

    # related material
    rel = []
    if related:
        rr = R(row, "related")
        n = rr.randint(*lo["nrel"])
        picks = rr.sample(related, min(n, len(related)))
        for (_, t, a) in picks:
            rel.append((t, teaser_of(a)))
    caps, places, people = captions_for(R(row, "captions"), story, title)

    seq = []  # ('u', line) | ('b', [items]) | (kind, line)
    site = lo["site"]
    if site and lo["site_top"]:
        seq.append(("u", site))
    if lo["header_date"]:
        hd = dt + datetime.timedelta(days=rng.randrange(0, 3))
        seq.append(("widget", f"{WD[hd.weekday()]}, {hd:%d/%m/%Y}"))
    if lo["menu"]:
        seq.append(("widget", lo["menu"]))
    if site and not lo["site_top"]:
        seq.append(("u", site))
    if lo["rel_pos"] == "top" and rel:
        seq += related_lines(rng, lo, rel, dt)
        rel = []
    if lo["crumb"]:
        seq.append(("widget", lo["crumb"]))
    dline = fdate(dt, lo["date_style"])
    by = byline_line(rng, lo["bystyle"], lo)
    if lo["date_pos"] == "before_title":
        seq.append(("u", dline))
    seq.append(("u", title))
    if lo["byline"] == "top":
        if lo["date_pos"] == "after_byline":
            seq.append(("byline", by))
            seq.append(("u", dline))
        else:
            if lo["date_pos"] == "after_title":
                seq.append(("u", dline))
            seq.append(("byline", by))
    elif lo["date_pos"] in ("after_title", "after_byline"):
        seq.append(("u", dline))
    if lo["counter"]:
        seq.append(("widget", lo["counter"].format(n=f"{rng.randrange(120, 48000):,}".replace(",", "."))))
    if lo["share"] and rng.random() < 0.5:
        seq.append(("widget", lo["share"]))
    if lo["video"] and rng.random() < 0.5:
        seq.append(("widget", f"▶ {rng.randrange(0, 4):02d}:{rng.randrange(10, 60):02d}"))
        seq.append(("caption", rng.choice([f"Video: Bản tin {lo['site']} ngày {dt:%d/%m}", "Clip ghi lại sự việc",
                                           "Video: Toàn cảnh sự việc"])))
    # image before body?
    nimg = rng.randint(*lo["imgs"])
    crng = R(row, "capsel")
    cappool = [c for c in caps[:-1]]
    crng.shuffle(cappool)

    def next_cap():
        if cappool:
            return cappool.pop()
        return "Ảnh minh hoạ."
    img_slots = set()
    if nimg:
        if rng.random() < 0.5:
            img_slots.add(-1)
        slots = list(range(0, max(1, len(paras) - 1)))
        rng.shuffle(slots)
        while len(img_slots) < nimg and slots:
            img_slots.add(slots.pop())
    inline_rel_at = rng.randrange(1, max(2, len(paras))) if lo["inline_rel"] and rel and len(paras) > 2 else None
    ad_at = rng.randrange(1, max(2, len(paras))) if lo["ad_inside"] and len(paras) > 2 else None
    pq_at = rng.randrange(1, max(2, len(paras))) if lo["pullquote"] and len(paras) > 3 else None
    if -1 in img_slots:
        if lo["imgstyle"] == "cap_credit" and rng.random() < 0.4:
            seq += [("caption", title + " - Ảnh: " + pname(rng, False))]
        else:
            seq += image_block(rng, lo, next_cap(), people)
    for pi, p in enumerate(paras):
        seq.append(("b", p))
        if pi == 0 and lo["byline"] == "after_first":
            seq.append(("byline", by))
        if pi == len(paras) - 1:
            break
        if pi in img_slots:
            seq += image_block(rng, lo, next_cap(), people)
        if pi == inline_rel_at:
            t = rel.pop(0)[0]
            if lo["inline_rel"] == "xemthem":
                seq.append(("related", "Xem thêm: " + t))
            else:
                seq.append(("related", "Đọc thêm: " + t))
        if pi == ad_at:
            seq.append(("widget", rng.choice(AD_LINES[:2])))
            seq.append(("widget", rng.choice(AD_LINES[2:])))
        if pi == pq_at:
            src = rng.choice(sents)
            w = src.split()
            if len(w) > 14:
                frag = " ".join(w[2:2 + rng.randrange(9, 13)]).rstrip(",.;:")
                seq.append(("widget", f"“...{frag}...”"))
    if lo["byline"] == "bottom":
        seq.append(("byline", by))
        if lo["bystyle"] == "caps_agency" and rng.random() < 0.3:
            seq.append(("byline", rng.choice(OUTLET_SIGS)))
    if lo["authorbox"]:
        seq.append(("widget", "Luật sư tư vấn"))
        seq.append(("byline", "Luật sư " + pname(rng)))
        seq.append(("byline", rng.choice(["Công ty Luật TNHH Đồng Hành Việt, Đoàn Luật sư TP. Cần Thơ",
                                          "Giám đốc Văn phòng Luật sư Minh Chính, Đoàn Luật sư tỉnh Bình Dương",
                                          "Thành viên Đoàn Luật sư TP. Hà Nội, 12 năm hành nghề tố tụng hình sự"])))
    if lo["disclaimer"]:
        seq.append(("widget", lo["disclaimer"]))
    if lo["hotline"]:
        seq.append(("widget", lo["hotline"]))
    if lo["tags"]:
        tagw = [nm for kw, nm in places if not nm[:1].isdigit()][:2]
        tagw += rng.sample(["tai nạn giao thông", "hình sự", "điều tra", "xét xử", "công an", "an ninh trật tự",
                            "pháp luật", "vụ án", "tin nóng"], 2)
        seq.append(("widget", lo["tags"] + " " + ", ".join(tagw)))
    if lo["share"]:
        seq.append(("widget", lo["share"]))
    if lo["reactions"]:
        seq.append(("widget", f"Thích {rng.randrange(3, 900)} | Phẫn nộ {rng.randrange(0, 300)} | Buồn {rng.randrange(0, 120)}"))
    if lo["poll"]:
        seq.append(("widget", "Bình chọn: Bạn nghĩ sao về vụ việc này?"))
        seq.append(("widget", "○ Cần xử lý nghiêm ○ Cần làm rõ thêm ○ Ý kiến khác"))
        seq.append(("widget", "Gửi bình chọn | Xem kết quả"))
    if rel:
        seq += related_lines(rng, lo, rel, dt)
    if lo["comments"]:
        nc = rng.randrange(0, 4)
        seq.append(("widget", f"Bình luận ({nc})"))
        cms = rng.sample(["Mong cơ quan chức năng xử lý thật nghiêm!", "Đọc tin mà thấy xót xa quá.",
                          "Cần tuyên truyền nhiều hơn nữa để người dân hiểu luật.", "Sao bây giờ mới xử lý vậy?",
                          "Pháp luật phải nghiêm minh, không có vùng cấm.", "Mong báo tiếp tục theo dõi, thông tin thêm.",
                          "Chính quyền địa phương phải chịu trách nhiệm."], nc)
        for cm in cms:
            seq.append(("widget", pname(rng, rng.random() < 0.5) + ": " + cm))
            seq.append(("widget", rng.choice(["2 giờ trước", "Trả lời · Thích", f"{rng.randrange(1, 59)} phút trước"])))
        seq.append(("widget", "Gửi bình luận"))
    if lo["title_repeat"]:
        seq.append(("widget", "Bạn đang đọc"))
        seq.append(("widget", title))
    if lo["extra_bottom"]:
        seq += [("widget", x) for x in lo["extra_bottom"]]
    if site and rng.random() < 0.3:
        seq.append(("widget", site))  # repeat of the site name in the footer
    if lo["footer"]:
        seq.append(("widget", lo["footer"]))

    # -- fix-ups: no furniture equal to a body sentence or the title (except widget repeats)
    bodyn = {norm(x) for p in paras for x in p} | {norm(x) for x in sents}
    tn = norm(title)
    clean = []
    for e in seq:
        if e[0] in ("u", "b"):
            clean.append(e)
            continue
        n = norm(e[1])
        if n in bodyn:
            continue
        if n == tn and e[0] != "widget":
            continue
        clean.append(e)
    seq = clean

    # -- faults on characters
    if "nbsp" in faults or "zwsp" in faults or "dblspace" in faults:
        idx = [i for i, e in enumerate(seq)]
        if "nbsp" in faults:
            for i in frng.sample(idx, max(1, len(idx) // 3)):
                seq[i] = fault_apply(seq[i], lambda s: nbsp(frng, s))
        if "zwsp" in faults:
            for i in frng.sample(idx, min(len(idx), frng.randint(1, 3))):
                seq[i] = fault_apply(seq[i], lambda s: zwsp(frng, s))
        if "dblspace" in faults:
            for i in frng.sample(idx, min(len(idx), frng.randint(1, 2))):
                seq[i] = fault_apply(seq[i], lambda s: dbl(frng, s), one=True, rng=frng)
    nfd = "nfd" in faults
    lines, body, furn = [], [], []
    for e in seq:
        if e[0] == "u":
            lines.append(e[1])
        elif e[0] == "b":
            lines.append(" ".join(e[1]))
            body += e[1]
        else:
            lines.append(e[1])
            furn.append((e[0], e[1]))
    if nfd:
        f = lambda s: unicodedata.normalize("NFD", s)
        lines = [f(x) for x in lines]
        body = [f(x) for x in body]
        furn = [(a, f(b)) for a, b in furn]
    text = "\n".join(lines)
    page = Page(text, body, furn, lo["name"])
    ul = [e[1] for e in seq if e[0] == "u"]
    check_page(page, [unicodedata.normalize("NFD", x) if nfd else x for x in ul])
    return page, faults


def fault_apply(e, fn, one=False, rng=None):
    if e[0] == "b":
        items = list(e[1])
        if one:
            j = rng.randrange(len(items))
            items[j] = fn(items[j])
        else:
            items = [fn(x) for x in items]
        return ("b", items)
    return (e[0], fn(e[1]))


def nbsp(rng, s):
    parts = s.split(" ")
    if len(parts) < 2:
        return s
    out = parts[0]
    for p in parts[1:]:
        out += ("\u00a0" if rng.random() < 0.3 else " ") + p
    return out


def zwsp(rng, s):
    pos = [i for i in range(1, len(s)) if s[i - 1].isalpha() and s[i].isalpha()]
    if not pos:
        return s
    i = rng.choice(pos)
    return s[:i] + "\u200b" + s[i:]


def dbl(rng, s):
    pos = [i for i, c in enumerate(s) if c == " "]
    if not pos:
        return s
    i = rng.choice(pos)
    return s[:i] + "  " + s[i + 1:]


# ---------------------------------------------------------------- contract check
def check_page(p, unl_expected=None):
    if not p.text or any(not ln or ln != ln.strip() for ln in p.text.split("\n")):
        raise ValueError("blank or unstripped line")
    if any(ch in p.text for ch in "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"):
        raise ValueError("odd line separator")
    lines = p.text.split("\n")
    bi = fi = 0
    unl = []
    for ln in lines:
        if fi < len(p.furniture) and ln == p.furniture[fi][1]:
            fi += 1
            continue
        for k in range(1, 5):
            if bi + k <= len(p.body) and " ".join(p.body[bi:bi + k]) == ln:
                bi += k
                break
        else:
            unl.append(ln)
    if bi != len(p.body) or fi != len(p.furniture):
        raise ValueError("walk did not use up body/furniture")
    if len(unl) > 3:
        raise ValueError(f"too many unlabelled lines: {unl}")
    if unl_expected is not None and sorted(unl) != sorted(unl_expected):
        raise ValueError("unlabelled lines differ")
    if len(p.body) < 3:
        raise ValueError("too few body items")
    for b in p.body:
        if b not in p.text:
            raise ValueError("body item not in text")
    bn = {norm(b) for b in p.body}
    for k, ln in p.furniture:
        if k not in KINDS:
            raise ValueError("bad kind")
        if norm(ln) in bn:
            raise ValueError("furniture equals body: " + ln)
    for u in unl:
        if norm(u) in bn:
            raise ValueError("unlabelled equals body")
    return True


# ---------------------------------------------------------------- main
def pages_with_faults(path):
    body, related = read_rows(path)
    out = []
    k = 0
    for row, t, a in body:
        res = build_page(k, row, t, a, related)
        k += 1
        if res is None:
            continue
        out.append(res)
    return out


def pages(path):
    return [p for p, _ in pages_with_faults(path)]


def main(argv):
    path = argv[1] if len(argv) > 1 else "/work/shared/data/vietnews_train.jsonl.gz"
    res = pages_with_faults(path)
    cols = ["pages", "body"] + list(KINDS) + ["faults"]
    tab = {}
    for p, f in res:
        r = tab.setdefault(p.layout, dict.fromkeys(cols, 0))
        r["pages"] += 1
        r["body"] += len(p.body)
        for k, _ in p.furniture:
            r[k] += 1
        r["faults"] += len(f)
    print(f"{'layout':28s}" + "".join(f"{c:>9s}" for c in cols))
    tot = dict.fromkeys(cols, 0)
    for lo in LAYOUTS:
        r = tab.get(lo["name"], dict.fromkeys(cols, 0))
        print(f"{lo['name']:28s}" + "".join(f"{r[c]:9d}" for c in cols))
        for c in cols:
            tot[c] += r[c]
    print(f"{'TOTAL':28s}" + "".join(f"{tot[c]:9d}" for c in cols))
    fk = {}
    for _, f in res:
        for x in f:
            fk[x] = fk.get(x, 0) + 1
    print("faulty pages:", sum(1 for _, f in res if f), "fault kinds:", dict(sorted(fk.items())))


if __name__ == "__main__":
    main(sys.argv)
