"""Held-out cleaner test set 41: news pages organised by KIND OF PUBLISHER.

Standard library only; deterministic (every draw comes from random.Random seeded with a
string built from SEED, the row number and the purpose of the draw).

    python eval/clean_test41/make.py /work/shared/data/vietnews_train.jsonl.gz
"""
from __future__ import annotations

import gzip
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from typing import NamedTuple

SEED = 4141
BODY_ROWS = range(18_000, 18_100)
RELATED_ROWS = range(9_600, 9_700)
KINDS = ("byline", "credit", "caption", "related", "widget")


class Page(NamedTuple):
    text: str
    body: list
    furniture: list
    layout: str


def rng_for(row: int, purpose: str) -> random.Random:
    return random.Random(f"test41|seed={SEED}|row={row}|{purpose}")


# ---------------------------------------------------------------- sentence splitting
ABBR = {"TP", "Tp", "TS", "ThS", "Ths", "PGS", "GS", "BS", "BSCKII", "BSCKI", "CKII", "CKI",
        "Th", "St", "Mr", "Mrs", "Ms", "Dr", "TT", "Q", "P", "Co", "Ltd", "No", "vs", "Inc",
        "Jr", "Sr", "TX", "KS", "NXB", "PV"}
QUOTES = '"“”'


def _capital(ch: str) -> bool:
    return bool(ch) and (ch.isupper() or ch.isdigit())


def split_sentences(text: str) -> list:
    """VietNews sentence splitter: quotes (straight and curly, detokenized with spaces)
    are kept inside one sentence; TP., TS., single capital initials etc. do not end one."""
    t = re.sub(r"\s+", " ", text).strip()
    out, start, inq, i, n = [], 0, False, 0, len(t)
    while i < n:
        c = t[i]
        if c in QUOTES:
            inq = not inq
            i += 1
            continue
        if c not in ".?!…":
            i += 1
            continue
        j = i + 1
        while j < n and t[j] in ".?!…":
            j += 1
        k, q = j, inq
        if q and t[k:k + 1] == " " and t[k + 1:k + 2] in QUOTES:
            k, q = k + 2, False
        elif q and t[k:k + 1] in QUOTES:
            k, q = k + 1, False
        while k < n and t[k] in ")»’":
            k += 1
        if k >= n:
            break
        if t[k] != " " or q:
            i = j
            continue
        nxt = t[k + 1:k + 2]
        if nxt in QUOTES or nxt in "-–":
            nxt = t[k + 3:k + 4] if t[k + 2:k + 3] == " " else t[k + 2:k + 3]
        if not _capital(nxt):
            i = j
            continue
        m = re.search(r"(\S+)$", t[start:i])
        w = m.group(1).lstrip('("“') if m else ""
        if c == "." and j == i + 1 and (w in ABBR or (len(w) == 1 and w.isupper())
                                        or re.fullmatch(r"(?:[A-ZĐ]\.)+[A-ZĐ]", w)):
            i = j
            continue
        out.append(t[start:k].strip())
        inq, start, i = q, k + 1, k + 1
    rest = t[start:].strip()
    if rest:
        out.append(rest)
    # interview turns glued with " - " become their own items; questions are marked
    res = []
    for s in out:
        parts = re.split(r"(?<=[.?!]) [-–] (?=[A-ZĐÀ-Ỹ\"“])", s)
        for p_i, p in enumerate(parts):
            if p_i and p.endswith("?"):
                res.append("\x00Q" + p)
            else:
                res.append(p)
    return res


# ---------------------------------------------------------------- hand check of the 100 body rows
# (row, title prefix) -> [(action, sentence prefix)]; 'c' = the story's own photo caption
# (becomes a caption line), 'd' = left off (fused photo credit, video caption, sub-heading,
# probable caption).
HAND = {
    18000: [("c", "Dầu chảy tràn ra đường.")],
    18001: [("c", "Nhiều xe khách tuyến Thái Bình, Nam Định")],
    18002: [("c", "Công ty xây lắp điện Hải Phòng tháo dỡ đ")],
    18003: [("c", "Xe biển xanh trên vỉa hè đường Võ Văn Tầ"), ("d", "Một số cơ sở kinh doanh vi phạm bị lập b"),
            ("d", "Các công trình của cơ quan công quyền lấ"), ("d", "Xe biển xanh 80B, 80M cũng bị cẩu về trụ")],
    18004: [("c", "Nhà chức trách đưa người gặp nạn ra khỏi")],
    18005: [("c", "Thiết bị chứa nguồn Cs -137."), ("c", "Nhà máy xi măng Bắc Kạn, nơi bị mất nguồ"),
            ("d", "Ảnh: Sở KH & CN Bắc Kạn Trước đó sáng 15")],
    18006: [("c", "Ông Mai Văn Trinh nói về gian lận điểm t")],
    18007: [("c", "Giám đốc Sở Tài chính TP HCM Phan Thị Th")],
    18008: [("c", "Xe máy của cô gái bị thiêu rụi.")],
    18009: [("c", "Rác thải chất thành \" núi \" ven Đại lộ N")],
    18010: [("c", "Đoạn sông Kỳ Cùng, nơi 4 nữ sinh bị đuối")],
    18011: [("c", "Vị trí nam thanh niên nằm cách mặt cầu k")],
    18012: [("c", "Xe khách qua hai cửa khẩu trong ngày thô")],
    18013: [("c", "Một góc biệt thự xây trái phép của gia đ")],
    18015: [("c", "Tài xế đâm thẳng vào nhân viên an ninh h")],
    18016: [("c", "Mảnh vỡ bình hơi văng tung toé."), ("c", "Hiện trường vụ nổ.")],
    18017: [("c", "Đại biểu Bùi Thị An.")],
    18018: [("c", "Cảnh hỗn loạn khi nữ sinh bị đánh ngay t")],
    18019: [("d", "Ông Lê Phước Hoài Bảo, Giám đốc Sở kế ho")],
    18020: [("c", "Hai nam hành khách hành hung một nữ nhân")],
    18021: [("c", "Một vụ xâm hại trẻ em trong thang máy tạ")],
    18022: [("c", "Con tê tê được thả vào rừng.")],
    18023: [("c", "Đền ông Hoàng Mười được xếp hạng di tích")],
    18024: [("c", "Hiện trường vụ tai nạn.")],
    18025: [("c", "Ôtô tải được xe cứu hộ cẩu lên khỏi hố s")],
    18026: [("c", "Kiểm soát tải trọng bằng cân xe lưu động")],
    18027: [("c", "Ngoài một căn nhà bị chìm hẳn, cổng rào ")],
    18028: [("c", "Xe tải chở hàng lậu bị bỏ lại trên quốc "), ("c", "Tang vật bị thu giữ.")],
    18030: [("c", "Cảng Hòn Gai - Cái Lân nơi phát hiện sai")],
    18031: [("d", "Lợi dụng các tuyến đông khách, kẻ xấu th")],
    18032: [("c", "Bà Hà Thuý Linh.")],
    18033: [("c", "Bộ trưởng Nội vụ Lê Vĩnh Tân.")],
    18034: [("c", "Xe cầu nhấc bổng phần sau xe tải để đưa ")],
    18035: [("d", "Iphone 8 và ôtô của G7 có cần kiểm tra k")],
    18036: [("c", "Khu rừng lim tại xã Lăng Thành.")],
    18038: [("c", "Lãnh đạo Hội Phụ nữ Quảng Ngãi trao kỷ n")],
    18039: [("c", "Hồ Hoà Bình xả lũ sau 3 năm.")],
    18040: [("c", "Tàu Thành Đạt 88 tại thời điểm SAR 273 t")],
    18042: [("c", "Nguyên Thủ tướng Phan Văn Khải.")],
    18043: [("c", "Hình ảnh vụ xô xát tại sân bay Nội Bài đ")],
    18045: [("c", "Xe máy nằm trên cầu, 2 thanh niên văng q")],
    18046: [("c", "Tàu Cát Linh - Hà Đông đỗ tại khu bảo dư")],
    18047: [("c", "Xe máy vỡ nát ở hiện trường."), ("c", "Xe Mercedes bị đâm vỡ nát phần đầu.")],
    18048: [("c", "Phó thủ tướng Vương Đình Huệ.")],
    18050: [("c", "Số cua hai người Trung Quốc thả xuống ru")],
    18051: [("c", "Vỉa hè đường Huỳnh Thúc Kháng nham nhở n"), ("c", "Công nhân lát vỉa hè trên phố Trích Sài."),
            ("d", "Mặt đá lát sau vài tháng đã bong tróc, g")],
    18053: [("c", "Hiện trường phát hiện ba xác chết.")],
    18054: [("c", "Kiểm tra lái xe sử dụng phần mềm Uber tạ")],
    18055: [("c", "Công nhân môi trường vớt rác trên sông T")],
    18056: [("c", "Cảnh sát phun nước dập lửa và làm mát kh")],
    18057: [("c", "Trạm biến thế Hoà Hưng phát nổ sau đó bố")],
    18058: [("c", "Nhà chức trách dùng phao làm tín hiệu bá")],
    18059: [("c", "Hiện trường tai nạn.")],
    18060: [("d", "Chiếc xe máy Vision được cảnh sát phát h")],
    18061: [("c", "Nam sinh Lân Anh bị rạn xương sau cú đán")],
    18063: [("d", "Giáo viên, học sinh được chuyển về trụ s")],
    18065: [("c", "Bể chứa bùn thải quặng nơi xảy ra sự cố "), ("c", "Phó chủ tịch Nghệ An nói về sự cố vỡ bể ")],
    18067: [("c", "Công nhân làm việc ở nhà máy xử lý rác t")],
    18068: [("c", "Hàng chục ha rừng phòng hộ và rừng đệm b"), ("d", "Nhiều vết cưa cũ, song có những vết cưa "),
            ("d", "Nhiều khoảnh rừng cây cối còn xanh tốt c")],
    18070: [("c", "Hiện trường sự cố.")],
    18073: [("c", "Lực lượng cứu hoả đưa những người bị hôn"), ("d", "Đám cháy đã được khống chế tại quán kara")],
    18076: [("c", "Công ty Hào Dương trong Khu công nghiệp ")],
    18077: [("c", "Con voọc chà vá chân nâu.")],
    18078: [("c", "Vụ xô xát tại trạm thu phí BOT Hoà Bình.")],
    18079: [("c", "Xe biển xanh 80M bị ông Hải yêu cầu kéo "), ("c", "Phạt hàng loạt ôtô biển xanh đậu trên vỉ")],
    18080: [("c", "Hàng nghìn xe nhích từng chút tại vòng x"), ("c", "Hàng trăm bạn trẻ tập trung lấn ra đường"),
            ("d", "Ảnh: A.X Họ chen lấn, xô đẩy nhau vượt q")],
    18083: [("c", "Xe khách dừng trên cao tốc."), ("d", "Video: Xe khách dừng đỗ trên cao tốc Tổn")],
    18085: [("d", "Bên trái là khu triển lãm thành tựu thàn")],
    18086: [("d", "Sân bay Tân Sơn Nhất đang quá tải lưu lư")],
    18087: [("c", "Đại diện Uỷ ban An toàn giao thông quốc ")],
    18088: [("d", "Ứng dụng chatbot 1022 hoạt động trên nền")],
    18090: [("c", "Nam cảnh sát vừa chạy xe vừa nghe điện t")],
    18091: [("c", "Lá thư nam sinh lớp 10 để lại trên kính "), ("c", "Chiếc xe cá nhân đậu gần cổng trường THP")],
    18093: [("c", "Cơ quan thường trực Ban chỉ đạo Tây Nam "), ("d", "Ảnh: Cửu Long Để ngoài sổ sách số tiền t")],
    18095: [("c", "Ông Nguyễn Minh Mẫn."), ("d", "Ông Nguyễn Minh Mẫn trả lời VnExpress Th")],
    18097: [("c", "Đoạn đường bị sụt sâu 5-6 m."), ("d", "Ảnh: Báo Yên Bái.")],
    18099: [("c", "Đường lăn ở sân bay.")],
}
# photo credits that were fused into the text (fed into credit lines)
PHOTO_CREDITS = {18005: "Ảnh: Sở KH & CN Bắc Kạn", 18080: "Ảnh: A.X", 18093: "Ảnh: Cửu Long",
                 18097: "Ảnh: Báo Yên Bái"}
# glued trailers that need a hand cut: row -> (sentence prefix, body part or None, [(kind, line)])
TRAILER_CUTS = {
    18003: ("Ông phê bình các quận huyện khác còn", None,
            [("related", "Video: Một tuần thực hiện ước mơ ' biến quận 1 thành Singapore thu nhỏ '"),
             ("byline", "Duy Trần")]),
    18018: ("Đắc Đức * Tên nữ sinh", None, [("byline", "Đắc Đức"),
                                          ("widget", "* Tên nữ sinh đã được thay đổi.")]),
}


def _is_name(s: str) -> bool:
    s = s.strip()
    if not s or s[-1] in ".?!…\"”'" or len(s.split()) > 7:
        return False
    words = [w for w in re.split(r"\s+|\s-\s", s) if w and w not in "-–"]
    return all(w[0].isupper() for w in words)


def story(row: int, title: str, article: str):
    """-> (paragraph units, own captions, trailer furniture, stats); units are
    ('b', sentence) or ('c', caption) in article order."""
    sents = split_sentences(article)
    hand = HAND.get(row, [])
    used = set()
    units, trailer = [], []
    # trailer at the end: names / sources / glued related links
    cut = TRAILER_CUTS.get(row)
    while sents:
        last = sents[-1]
        if cut and last.startswith(cut[0]):
            m = re.search(r"^(.*?[.?!]) > > ", last)
            if m:
                sents[-1] = m.group(1)
            else:
                sents.pop()
            trailer = list(cut[2]) + trailer
            used.add("cut")
            break
        if re.match(r"^\(?(Theo|Nguồn)\b", last) and len(last.split()) <= 8 and not last.endswith("."):
            trailer.insert(0, ("credit", last.strip("()")))
            sents.pop()
            continue
        if _is_name(last):
            trailer.insert(0, ("byline", last))
            sents.pop()
            continue
        break
    for s in sents:
        if s.startswith("\x00Q"):
            continue  # interview question: left off
        act = None
        for a, p in hand:
            if s.startswith(p):
                act = a
                used.add(p)
        if act == "d":
            continue
        if re.match(r"^(Ảnh|Video|Clip|Nguồn|>)\s*:?", s) or "> >" in s or "Xem thêm" in s:
            continue  # fused credits / markers never become body
        if act == "c":
            units.append(("c", s))
        else:
            units.append(("b", s))
    if row in PHOTO_CREDITS and PHOTO_CREDITS[row].split(":")[1].strip()[:4] in article:
        trailer.append(("credit", PHOTO_CREDITS[row]))
    applied = len([p for a, p in hand if p in used]) + (1 if "cut" in used else 0)
    return units, trailer, applied


def related_item(title: str, article: str):
    part = article[:1200]
    sents = split_sentences(part)
    if len(article) > 1200 and sents:
        sents = sents[:-1]  # the sentence cut off at 1,200 characters
    sents = [s for s in sents if not s.startswith("\x00Q")]
    return {"title": title.strip(), "sents": sents}


# ---------------------------------------------------------------- shared helpers
GIVEN = ["Minh Khuê", "Thảo Nguyên", "Hải Đăng", "Bảo Ngọc", "Quang Vinh", "Lệ Thu", "Tuấn Kiệt",
         "Diệu Linh", "Văn Khải", "Thanh Hằng", "Đức Mạnh", "Phương Uyên", "Trọng Nhân", "Kim Oanh",
         "Hoàng Phúc", "Ngọc Trâm", "Bá Tùng", "Hồng Nhung", "Việt Hà", "Khánh Duy"]
FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Dương", "Lý"]


def nm(r: random.Random, full: bool = False) -> str:
    g = r.choice(GIVEN)
    return f"{r.choice(FAMILY)} {g}" if full else g


def date_parts(r: random.Random):
    return dict(d=r.randint(1, 28), m=r.randint(1, 12), y=r.randint(2015, 2019),
                hh=r.randint(0, 23), mm=r.randint(0, 59), ss=r.randint(0, 59),
                n1=r.randint(2, 99), n2=r.randint(100, 9999), n3=r.randint(10, 999),
                wd=r.choice(["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]))


def fill(tpl: str, r: random.Random, **kw) -> str:
    p = date_parts(r)
    p.update(kw)
    return tpl.format(**p)


def teaser(r: random.Random, sent: str) -> str:
    w = sent.split()
    if len(w) < 9:
        return sent
    k = r.randint(7, min(18, len(w) - 1))
    return " ".join(w[:k]).rstrip(",;:") + "…"


# ---------------------------------------------------------------- layouts (kinds of publisher)
# Each layout: site names (one becomes the unlabelled site-name line), date formats (one
# unlabelled date line), top widgets, menus, breadcrumbs, byline shapes, credit shapes,
# related headers, inline related markers, bottom widgets, sentence-shaped notices,
# extras (layout-specific boxes), paragraph-size weights, caption shapes.
L = {}


def layout(name, **kw):
    kw.setdefault("para", (3, 4, 2, 1))
    kw.setdefault("cap", ["{c}"])
    L[name] = kw


layout("bao_dang_tinh",
       site=["BÁO HẠ NGUYÊN ĐIỆN TỬ", "Báo Hạ Nguyên - Cơ quan của Đảng bộ, chính quyền, nhân dân tỉnh Hạ Nguyên"],
       date=["{wd}, {d:02d}/{m:02d}/{y} {hh:02d}:{mm:02d}", "Cập nhật: {hh:02d}:{mm:02d} ngày {d}/{m}/{y}"],
       top=["Tiếng nói của Đảng bộ và nhân dân tỉnh Hạ Nguyên", "Phiên bản di động | English | Tiếng Ê Đê",
            "Đọc báo in số {n3} ngày {d}/{m}"],
       menu=["Trang chủ", "Thời sự", "Xây dựng Đảng", "Chính quyền", "Kinh tế", "Nông nghiệp - Nông thôn",
             "Văn hoá", "Quốc phòng - An ninh", "Bạn đọc", "Multimedia"],
       crumb=["Trang chủ » Thời sự » Trong nước", "Thời sự / Xã hội"],
       byline=["{A}", "{a} (Phóng viên thường trú)", "Bài, ảnh: {a}", "{a} - {b}"],
       credit=["Theo Báo Nhân Dân Vùng Cao", "Nguồn: Ban Tuyên giáo Tỉnh uỷ", "Ảnh: {b}"],
       rel_hdr=["TIN CÙNG CHUYÊN MỤC", "Các tin khác"], inline=["Xem thêm: {t}", "> > {t}"],
       bottom=["In bài viết | Gửi cho bạn bè | Lên đầu trang", "Lượt xem: {n2}",
               "Giấy phép số {n3}/GP-BTTTT. Tổng Biên tập: {B}",
               "Toà soạn: số {n1} đường Trần Hưng Đạo Mới, TP Hạ Nguyên. ĐT: 0259 38{n3:03d}"],
       notice=["Ghi rõ nguồn Báo Hạ Nguyên điện tử khi phát hành lại thông tin từ website này.",
               "Mọi ý kiến đóng góp xin gửi về hộp thư bandoc@hanguyen-online.test.",
               "Báo Hạ Nguyên phát hành thứ hai, thứ tư và thứ sáu hằng tuần."],
       extra=[("widget", "Tỉnh uỷ | HĐND tỉnh | UBND tỉnh | Đoàn ĐBQH"),
              ("widget", "Chào mừng kỷ niệm {n1} năm Ngày thành lập Đảng bộ tỉnh!")],
       para=(2, 4, 3, 1))
layout("cong_ubnd_xa",
       site=["CỔNG THÔNG TIN ĐIỆN TỬ XÃ TÂN PHƯỚC HẠ", "UBND xã Tân Phước Hạ - huyện Đồng Ngọc"],
       date=["Ngày đăng: {d:02d}/{m:02d}/{y}", "{d}/{m}/{y}"],
       top=["Giới thiệu | Tổ chức bộ máy | Thủ tục hành chính | Văn bản pháp quy",
            "Tra cứu hồ sơ một cửa", "Hotline phản ánh kiến nghị: 1900 {n2:04d}"],
       menu=["Tin tức - Sự kiện", "Chỉ đạo điều hành", "Công khai ngân sách", "Quy hoạch", "Lịch công tác",
             "Hỏi đáp", "Dịch vụ công trực tuyến"],
       crumb=["Trang chủ > Tin tức - Sự kiện > Tin trong nước", "Tin tức > Tổng hợp"],
       byline=["Người đăng: {a}", "{a} - Văn phòng UBND xã", "Tin: {a}", "CB VH-TT {a}"],
       credit=["Theo Cổng TTĐT huyện Đồng Ngọc", "Nguồn: Đài Truyền thanh xã", "Tổng hợp từ báo chí"],
       rel_hdr=["Tin liên quan", "Các tin đã đưa"], inline=["Tin liên quan: {t}"],
       bottom=["Số lượt truy cập: {n2}{n3}", "Đang trực tuyến: {n1}",
               "Cơ quan chủ quản: UBND xã Tân Phước Hạ. Chịu trách nhiệm: Chủ tịch UBND xã",
               "Địa chỉ: ấp Bình An, xã Tân Phước Hạ. Email: ubnd.tanphuocha@dongngoc.test",
               "Chung nhan Tin Nhiem Mang"],
       notice=["Người dân có thể nộp hồ sơ trực tuyến mức độ 4 mà không cần đến trụ sở.",
               "Lịch tiếp công dân của Chủ tịch UBND xã vào sáng thứ năm hằng tuần.",
               "Thông báo lịch cắt điện khu vực ấp Bình An vào ngày {d}/{m}."],
       extra=[("widget", "Văn bản mới: Kế hoạch số {n3}/KH-UBND ngày {d}/{m}/{y}"),
              ("widget", "Thông báo số {n3}/TB-UBND về việc tạm ngưng tiếp nhận hồ sơ đất đai."),
              ("widget", "Bình chọn: Bạn đánh giá thế nào về chất lượng phục vụ? Tốt | Khá | Trung bình")],
       para=(4, 3, 1, 0))
layout("cong_bo",
       site=["Cổng thông tin điện tử Bộ Hạ tầng và Đô thị", "BỘ HẠ TẦNG VÀ ĐÔ THỊ - MINISTRY OF INFRASTRUCTURE AND URBAN AFFAIRS"],
       date=["{hh:02d}:{mm:02d} {d:02d}/{m:02d}/{y}", "Thứ Hai, {d:02d}/{m:02d}/{y}"],
       top=["Tiếng Việt | English", "Hệ thống văn bản | Thủ tục hành chính | Dữ liệu mở", "Sơ đồ cổng"],
       menu=["Giới thiệu", "Tin hoạt động", "Tin địa phương", "Chính sách mới", "Văn bản điều hành",
             "Dự án đầu tư", "Thống kê", "Phát ngôn báo chí"],
       crumb=["Trang chủ / Tin tức / Tin hoạt động của Bộ", "Tin tức sự kiện > Hoạt động ngành"],
       byline=["{a} - Trung tâm Thông tin", "Văn phòng Bộ", "{A}", "{a}, {b}"],
       credit=["Nguồn: Vụ Kế hoạch - Tài chính", "Số liệu: Trung tâm Thông tin và Thống kê của Bộ",
               "Theo Tạp chí Đô thị Hôm Nay"],
       rel_hdr=["Tin khác", "Các tin bài khác"], inline=["» {t}"],
       bottom=["Bản in | Gửi email | Chia sẻ", "Tổng số lượt xem: {n2}",
               "Cơ quan chủ quản: Bộ Hạ tầng và Đô thị. Địa chỉ: số {n1} phố Liễu Giai Mới, Hà Nội",
               "Giấy phép số {n3}/GP-TTĐT do Cục Phát thanh cấp"],
       notice=["Cổng thông tin đang chạy thử nghiệm phiên bản mới, mong nhận được góp ý của quý độc giả.",
               "Đề nghị ghi rõ nguồn khi trích dẫn thông tin từ cổng thông tin này.",
               "Dự thảo thông tư đang được lấy ý kiến đến hết ngày {d}/{m}/{y}."],
       extra=[("widget", "Văn bản mới: Thông tư {n1}/{y}/TT-BHTĐT; Quyết định {n3}/QĐ-BHTĐT"),
              ("widget", "Lượt tải: {n3} | Định dạng: PDF"),
              ("widget", "Đường dây nóng: 024.3{n2:04d} (trong giờ hành chính)")],
       para=(2, 3, 3, 2))
layout("bao_cong_an",
       site=["Báo Lá Chắn Xanh - Cơ quan ngôn luận của Công an tỉnh Hạ Nguyên", "LÁ CHẮN XANH ONLINE"],
       date=["{d:02d}/{m:02d}/{y} - {hh:02d}:{mm:02d}", "{hh}:{mm:02d} | {d}/{m}/{y}"],
       top=["Đường dây nóng: 0{n2:04d}.113.113", "Truy nã | Tìm người thân | Cảnh báo lừa đảo"],
       menu=["An ninh trật tự", "Pháp luật", "Giao thông", "Phòng cháy", "Vì nhân dân phục vụ", "Tư liệu",
             "Phóng sự"],
       crumb=["An ninh trật tự » Vụ án", "Trang nhất / Giao thông"],
       byline=["Thượng uý {a}", "{A} - {B}", "Đại uý {a} (Phòng Công tác Đảng)", "Nhóm PV"],
       credit=["Theo Cổng TTĐT Công an tỉnh", "Ảnh: {b} - Phòng Tham mưu", "Nguồn: Phòng CSGT"],
       rel_hdr=["Tin cùng chuyên mục", "ĐỌC NHIỀU"], inline=["Xem thêm: {t}", "Đọc thêm: {t}"],
       bottom=["Chia sẻ Facebook | Zalo | In", "Tags: an ninh, giao thông, tai nạn",
               "Ban biên tập: số {n1} đường Lý Thường Kiệt Mới. Điện thoại trực ban: 069.{n2:04d}"],
       notice=["Người dân phát hiện đối tượng truy nã xin báo cho cơ quan công an gần nhất.",
               "Cảnh báo: không cung cấp mã OTP cho bất kỳ ai tự xưng là cán bộ công an.",
               "Mọi thông tin tố giác tội phạm đều được giữ bí mật."],
       extra=[("widget", "TRUY NÃ: Đối tượng {B}, sinh năm 19{n1:02d}, trú tại xã Tân Phước Hạ."),
              ("widget", "Số điện thoại đường dây nóng tiếp nhận tin báo: 0{n2:04d}.{n3:03d}.113")],
       para=(3, 3, 2, 1))
layout("bao_cong_doan",
       site=["Người Thợ Hôm Nay", "Báo Người Thợ Hôm Nay - Tiếng nói của công nhân, viên chức, lao động"],
       date=["{wd}, {d}/{m}/{y}, {hh:02d}:{mm:02d} (GMT+7)", "{d:02d}-{m:02d}-{y}"],
       top=["Công đoàn | Việc làm | Nhà ở công nhân | Pháp luật lao động", "Đặt mua báo in: 1800 {n2:04d}"],
       menu=["Thời sự", "Công đoàn", "Lao động", "Bạn đọc", "Nữ công", "Sức khoẻ", "Giải trí"],
       crumb=["Trang chủ > Thời sự > Xã hội", "Thời sự / Bạn đọc"],
       byline=["{a} (CĐ ngành Công Thương)", "Nhóm phóng viên Ban Công nhân", "{A}", "Bài: {a}; ảnh: {b}"],
       credit=["Theo Công đoàn tỉnh Hạ Nguyên", "Nguồn: Viện Công nhân và Công đoàn Mới", "Ảnh: {b}"],
       rel_hdr=["Bài liên quan", "Có thể bạn quan tâm"], inline=["Đọc tiếp: {t}"],
       bottom=["Bình luận ({n1})", "Gửi bình luận",
               "Ban Công nhân: hotline 0{n2:04d}{n3:03d} - tư vấn pháp luật lao động miễn phí",
               "© Báo Người Thợ Hôm Nay. Giấy phép số {n3}/GP-BTTTT"],
       notice=["Đoàn viên cần hỗ trợ pháp lý xin gọi số tổng đài miễn phí của Ban Công nhân.",
               "Chương trình Tết Sum Vầy đang nhận đăng ký của công nhân có hoàn cảnh khó khăn.",
               "Bạn đọc Kim Oanh: Mong công đoàn các khu công nghiệp quan tâm hơn đến nhà trọ công nhân."],
       extra=[("widget", "Chuyến xe Công đoàn đưa công nhân về quê đón Tết - đăng ký trước ngày {d}/{m}"),
              ("widget", "Câu hỏi: Người lao động nghỉ việc có được nhận trợ cấp thôi việc không?")],
       para=(2, 3, 3, 2))
layout("dai_hoc",
       site=["TRƯỜNG ĐẠI HỌC KỸ NGHỆ PHƯƠNG NAM MỚI", "ĐH Kỹ nghệ Phương Nam Mới - Tin tức"],
       date=["Đăng lúc {hh:02d}:{mm:02d}, {d}/{m}/{y}", "{d:02d}.{m:02d}.{y}"],
       top=["Sinh viên | Cựu sinh viên | Cán bộ | Doanh nghiệp", "Cổng tuyển sinh | Thư viện số | E-learning",
            "Học bổng Phương Nam Mới {y}"],
       menu=["Giới thiệu", "Đào tạo", "Tuyển sinh", "Nghiên cứu", "Hợp tác quốc tế", "Tin tức", "Sự kiện"],
       crumb=["Trang chủ » Tin tức » Tin tổng hợp", "Tin tức - Sự kiện / Điểm báo"],
       byline=["Phòng Truyền thông - Tuyển sinh", "{a} (Khoa Báo chí - Truyền thông)", "ThS {a} tổng hợp", "{A}"],
       credit=["Điểm báo: theo báo chí trong nước", "Nguồn: Phòng Công tác sinh viên", "Ảnh: CLB Nhiếp ảnh PNM"],
       rel_hdr=["Tin tức khác", "Sự kiện sắp diễn ra"], inline=["Tin liên quan: {t}"],
       bottom=["Mã trường: PNM | Mã tuyển sinh: PNM{n3}", "Tags: sinh viên, điểm báo, thời sự",
               "Cơ sở 1: số {n1} đường Nguyễn Văn Cừ Mới. Cơ sở 2: Khu đô thị đại học Phương Nam",
               "Bản quyền thuộc về Trường ĐH Kỹ nghệ Phương Nam Mới"],
       notice=["Sinh viên cần đăng ký học phần trước 17h ngày {d}/{m} trên cổng đào tạo.",
               "Nhà trường tuyển sinh {n2} chỉ tiêu đại học chính quy năm {y}.",
               "Hội thảo hướng nghiệp sẽ diễn ra tại hội trường A, mời các bạn sinh viên tham dự."],
       extra=[("widget", "Lịch thi học kỳ | Tra cứu điểm | Tra cứu văn bằng"),
              ("widget", "Hạn nộp hồ sơ xét học bạ: {d}/{m}/{y}")],
       para=(3, 3, 2, 1))
layout("benh_vien",
       site=["BỆNH VIỆN ĐA KHOA HOÀ THỊNH AN", "Hoà Thịnh An Hospital - Tận tâm vì người bệnh"],
       date=["{d}/{m}/{y}", "Ngày {d} tháng {m} năm {y}"],
       top=["Đặt lịch khám: 1900 {n2:04d}", "Cấp cứu 24/7: 0{n2:04d} 115 115", "Bảng giá dịch vụ | Bảo hiểm"],
       menu=["Giới thiệu", "Chuyên khoa", "Đội ngũ bác sĩ", "Tin tức y tế", "Sống khoẻ", "Hướng dẫn khách hàng"],
       crumb=["Trang chủ > Tin tức > Tin y tế - xã hội", "Tin tức / Cộng đồng"],
       byline=["Phòng Công tác xã hội - BV Hoà Thịnh An", "BS.CKI {a}", "{a} - Tổ truyền thông", "{A}"],
       credit=["Nguồn: Báo chí tổng hợp", "Ảnh: Tổ truyền thông bệnh viện", "Theo Sức Khoẻ Mới Mỗi Ngày"],
       rel_hdr=["Bài viết cùng chủ đề", "Tin mới"], inline=["Xem thêm: {t}"],
       bottom=["Chia sẻ | Lưu bài | In", "Giờ làm việc: Thứ 2 - Thứ 7, 7h00 - 16h30",
               "Địa chỉ: số {n1} đường Hoà Bình Mới, quận Tân Thịnh",
               "Thông tin chỉ mang tính chất tham khảo"],
       notice=["Thông tin trên website chỉ mang tính tham khảo, không thay thế chẩn đoán của bác sĩ.",
               "Người bệnh có thẻ bảo hiểm y tế được giảm chi phí khám theo quy định.",
               "Đặt lịch trước để được khám ngay, không phải chờ đợi."],
       extra=[("widget", "ĐẶT LỊCH KHÁM NGAY"),
              ("widget", "Họ và tên | Số điện thoại | Chuyên khoa | Gửi yêu cầu"),
              ("widget", "Khám sức khoẻ tổng quát trọn gói chỉ từ {n3}.000 đồng trong tháng {m}.")],
       para=(3, 4, 2, 0))
layout("doanh_nghiep",
       site=["Tập đoàn Thép Kim Phát - Phòng báo chí", "KIM PHÁT GROUP NEWSROOM"],
       date=["{d:02d}/{m:02d}/{y}", "Đăng ngày {d}/{m}/{y} bởi Ban Truyền thông"],
       top=["Về Kim Phát | Sản phẩm | Nhà đầu tư | Tuyển dụng | Phòng báo chí", "VI | EN | 中文",
            "Mã CK: KPG (HOSE) {n2:,}đ"],
       menu=["Thông cáo báo chí", "Kim Phát trên báo chí", "Thư viện ảnh", "Bộ nhận diện", "Liên hệ báo chí"],
       crumb=["Newsroom / Kim Phát trên báo chí", "Trang chủ › Tin tức › Điểm tin"],
       byline=["Ban Truyền thông Kim Phát", "{a} | Chuyên viên Quan hệ công chúng", "{A}"],
       credit=["Bài viết được đăng lại từ báo Kinh Tế Đô Thị Mới", "Nguồn: Phòng Quan hệ công chúng",
               "Ảnh: Kim Phát Media"],
       rel_hdr=["Thông cáo mới nhất", "Tin liên quan"], inline=["Xem thêm thông cáo: {t}"],
       bottom=["Liên hệ báo chí: press@kimphat-group.test | 028 3{n2:04d} {n3:03d}",
               "Tải xuống bộ ảnh (ZIP, {n1} MB)", "© {y} Kim Phát Group. All rights reserved.",
               "Điều khoản sử dụng | Chính sách bảo mật | Cookie"],
       notice=["Website sử dụng cookie để cải thiện trải nghiệm, bạn có đồng ý không?",
               "Kim Phát không chịu trách nhiệm về nội dung bài viết của các cơ quan báo chí được đăng lại.",
               "Đăng ký nhận thông cáo báo chí qua email để không bỏ lỡ tin tức mới."],
       extra=[("widget", "Chấp nhận | Tuỳ chỉnh"), ("widget", "Theo dõi chúng tôi: LinkedIn | YouTube")],
       para=(2, 2, 2, 1))
layout("chung_khoan",
       site=["Chứng khoán Bách Lộc - Trung tâm phân tích", "BLS Research"],
       date=["{hh:02d}:{mm:02d}:{ss:02d} {d:02d}/{m:02d}/{y}", "{d}/{m}/{y} {hh}:{mm:02d}"],
       top=["VN-Index {n2},{n1} ▲{n1},{n3} (+0,{n1}%) | HNX-Index {n3},{n1} ▼0,{n1}",
            "Mở tài khoản trong 5 phút | Đăng nhập giao dịch", "Bảng giá | Phái sinh | Trái phiếu"],
       menu=["Tin thị trường", "Vĩ mô", "Doanh nghiệp", "Báo cáo phân tích", "Lịch sự kiện", "Kiến thức đầu tư"],
       crumb=["Trung tâm phân tích › Tin vĩ mô", "Tin tức › Thời sự kinh tế"],
       byline=["BLS Research", "{a}, CFA - Chuyên viên phân tích", "Khối Phân tích BLS ({a} tổng hợp)"],
       credit=["Nguồn: tổng hợp", "Số liệu: Sở giao dịch chứng khoán, BLS tổng hợp", "Theo Thời báo Đầu Tư Sáng"],
       rel_hdr=["Tin thị trường khác", "Báo cáo mới"], inline=["Đọc thêm: {t}"],
       bottom=["Mã liên quan: KPG, HNM, TBA, VXL", "Tuyên bố miễn trừ trách nhiệm",
               "Tổng đài hỗ trợ khách hàng: 1900 {n2:04d}"],
       notice=["Thông tin trong bài chỉ mang tính tham khảo, không phải khuyến nghị mua bán chứng khoán.",
               "Nhà đầu tư tự chịu trách nhiệm về quyết định đầu tư của mình.",
               "Miễn phí giao dịch 30 ngày cho tài khoản mở mới trong tháng này!"],
       extra=[("widget", "KPG {n2:,} ▲{n1}0 | HNM {n3},{n1} ▼{n1}0 | TBA {n1},{n3} ="),
              ("widget", "Khối ngoại mua ròng {n3} tỷ đồng"), ("widget", "Giao dịch ký quỹ lãi suất từ 9,{n1}%/năm")],
       para=(2, 2, 3, 2))
layout("the_thao",
       site=["Góc Khán Đài", "GÓC KHÁN ĐÀI - Thể thao 24/7"],
       date=["{d}/{m}/{y} {hh:02d}:{mm:02d} GMT+7", "{hh:02d}:{mm:02d} - {d}/{m}"],
       top=["Trực tiếp: Sông Lam Xanh {n1} - {d} Cảng Biển Mới (phút {n1})", "Lịch thi đấu | Kết quả | BXH",
            "Kèo hôm nay"],
       menu=["Bóng đá Việt", "Ngoại hạng", "Cúp C1", "Quần vợt", "Võ thuật", "Esports", "Hậu trường"],
       crumb=["Trang chủ / Hậu trường / Ngoài sân cỏ", "Bóng đá Việt › Tin nóng"],
       byline=["{a}", "{A} (từ sân Hạ Nguyên)", "Theo dõi {a}: @{h}"],
       credit=["Theo tổng hợp", "Ảnh: {b}", "Video: Góc Khán Đài TV"],
       rel_hdr=["Tin nóng thể thao", "Đừng bỏ lỡ"], inline=["Xem thêm: {t}", "ĐỌC NHANH: {t}"],
       bottom=["Bảng xếp hạng: 1. Sông Lam Xanh {n1}đ | 2. Cảng Biển Mới {d}đ", "Bình luận ({n3})",
               "Tải app Góc Khán Đài để xem trực tiếp miễn phí", "© Góc Khán Đài"],
       notice=["Fan Tuấn Kiệt: Đội nhà đá thế này thì mùa sau xuống hạng mất thôi!",
               "Bạn nghĩ đội nào sẽ vô địch mùa giải năm nay?",
               "Xem lại toàn bộ bàn thắng vòng {n1} trong video bên dưới."],
       extra=[("widget", "FT: Sông Lam Xanh {n1} - {d} Cảng Biển Mới"), ("widget", "Dự đoán tỷ số, nhận quà ngay"),
              ("caption", "Cầu thủ hai đội tranh chấp bóng ở vòng {n1}.")],
       para=(1, 2, 1, 0))
layout("showbiz",
       site=["Sao Lấp Lánh", "SAOLAPLANH - Tin sao, giải trí"],
       date=["{d}/{m}/{y} | {hh:02d}:{mm:02d}", "Cập nhật {hh}h{mm:02d} {d}/{m}"],
       top=["Sao Việt | Sao ngoại | Phim | Nhạc | Thời trang | Hậu trường", "HOT: Hậu trường show thực tế tuần này"],
       menu=["Sao", "Phim", "Nhạc", "Thời trang", "Làm đẹp", "Giải trí", "Thư giãn"],
       crumb=["Giải trí » Đời sống", "Sao Việt / Chuyện lạ"],
       byline=["{a} (tổng hợp)", "Thực hiện: {a}", "{A} | Sao Lấp Lánh", "Biên tập: {a}"],
       credit=["Nguồn: Mạng xã hội", "Ảnh: FBNV", "Video: Sao Lấp Lánh TV"],
       rel_hdr=["CÓ THỂ BẠN THÍCH", "Tin nổi bật"], inline=["Xem thêm: {t}", "> > {t}"],
       bottom=["Thích ({n2}) | Chia sẻ | Lưu", "Tags: sao Việt, tin nóng, hậu trường",
               "Sao Lấp Lánh - mạng xã hội giải trí. Giấy phép MXH số {n3}/GP-BTTTT"],
       notice=["Hãy để lại bình luận để chia sẻ cảm nghĩ của bạn về bài viết này nhé!",
               "Đừng quên theo dõi fanpage để cập nhật tin sao sớm nhất.",
               "Bạn Hồng Nhung: Đọc mà thương quá, mong mọi chuyện sớm qua đi."],
       extra=[("widget", "Bình chọn: Bạn thấy tin này thế nào? Bất ngờ | Bình thường | Xúc động"),
              ("caption", "Khoảnh khắc gây sốt được cư dân mạng chia sẻ.")],
       para=(1, 2, 1, 0), cap=["{c}", "{c} (Ảnh: FBNV)"])
layout("xe",
       site=["XeVàĐường", "XeVàĐường.test - Ôtô, xe máy, giao thông"],
       date=["{d}/{m}/{y}, {hh:02d}:{mm:02d}", "{wd}, {d}/{m}/{y}"],
       top=["Giá xe | Đánh giá xe | Tư vấn | Giao thông | Xe điện", "Bảng giá xe tháng {m}/{y}"],
       menu=["Tin xe", "Giá xe", "Đánh giá", "Cầm lái", "Giao thông", "Diễn đàn", "Mua bán"],
       crumb=["Trang chủ › Giao thông › An toàn giao thông", "Giao thông / Tin nhanh"],
       byline=["{a}", "{a} - Team Cầm Lái", "{A}"],
       credit=["Ảnh: Độc giả cung cấp", "Nguồn: Cục CSGT", "Theo Tạp chí Bánh Lái"],
       rel_hdr=["Tin giao thông khác", "Video xe hot"], inline=["Xem thêm: {t}"],
       bottom=["Xe Kim Mã S7 2019 giá từ {n3} triệu đồng - Đặt lịch lái thử", "Bình luận ({n1})",
               "Tags: tai nạn, giao thông, xe tải", "Liên hệ quảng cáo: ads@xevaduong.test"],
       notice=["Hãy luôn đội mũ bảo hiểm và giữ khoảng cách an toàn khi tham gia giao thông.",
               "Bạn đọc có video giao thông hay xin gửi về hộp thư của chúng tôi.",
               "Giá lăn bánh đã bao gồm thuế trước bạ và phí đăng ký biển số."],
       extra=[("widget", "Dự toán chi phí lăn bánh: Tỉnh/thành | Phiên bản | Tính"),
              ("widget", "Kim Mã S7: {n3} triệu | Tân Phong X5: {n2} triệu")],
       para=(2, 3, 2, 0))
layout("blog_cong_nghe",
       site=["Tép Công Nghệ", "tepcongnghe - blog công nghệ cho người Việt"],
       date=["{d} Th{m} {y}", "{d}/{m}/{y} lúc {hh}:{mm:02d}"],
       top=["Đánh giá | Thủ thuật | Khuyến mãi | Podcast", "Theo dõi: @tepcongnghe"],
       menu=["Điện thoại", "Laptop", "Ứng dụng", "Khoa học", "Xe điện", "Cuộc sống số"],
       crumb=["Home / Cuộc sống số", "Tin tức / Góc nhìn"],
       byline=["bởi {a}", "{a} | @{h}", "Team Tép"],
       credit=["Nguồn: báo chí trong nước", "Theo Tạp chí Số Hoá Mới", "Ảnh chụp màn hình: {b}"],
       rel_hdr=["Bài viết liên quan", "Đọc tiếp"], inline=["Đọc thêm: {t}", "Xem thêm: {t}"],
       bottom=["{n1} bình luận", "Chia sẻ: Facebook · Twitter · Sao chép liên kết",
               "Tép Công Nghệ có thể nhận hoa hồng khi bạn mua hàng qua liên kết.", "Đăng ký nhận bản tin"],
       notice=["Bạn nghĩ sao về chuyện này, hãy chia sẻ ở phần bình luận bên dưới nhé?",
               "Bài viết có thể chứa liên kết tiếp thị, giúp Tép duy trì hoạt động.",
               "Đăng ký bản tin để nhận bài mới nhất mỗi sáng thứ hai."],
       extra=[("widget", "Mục lục: 1. Diễn biến | 2. Phản ứng | 3. Bình luận"),
              ("widget", "Deal hôm nay: Tai nghe Sóng Âm X2 giảm {n1}%")],
       para=(1, 2, 2, 1))
layout("bat_dong_san",
       site=["Nhà Đất Vững Tâm", "NHADATVUNGTAM - Kênh thông tin bất động sản"],
       date=["{d:02d}/{m:02d}/{y} {hh:02d}:{mm:02d}", "Ngày {d}/{m}/{y}"],
       top=["Mua bán | Cho thuê | Dự án | Tin thị trường | Phong thuỷ", "Đăng tin miễn phí",
            "Hotline dự án: 09{n2:04d}{n3:03d}"],
       menu=["Thị trường", "Quy hoạch", "Dự án", "Chính sách", "Tài chính", "Nhà đẹp"],
       crumb=["Tin tức › Quy hoạch - Hạ tầng", "Trang chủ » Chính sách"],
       byline=["{a}", "PV {a}", "{A} - Ban Thị trường"],
       credit=["Theo báo Hạ Tầng Ngày Nay", "Nguồn: Sở Xây dựng", "Ảnh: Vững Tâm Land"],
       rel_hdr=["Tin nhà đất liên quan", "Dự án nổi bật"], inline=["Xem thêm: {t}"],
       bottom=["Bán căn hộ 2PN Vững Tâm Riverside, {n1} tỷ, sổ hồng riêng", "Giá: {n3} triệu/m² | Diện tích: {n1} m²",
               "Vững Tâm không chịu trách nhiệm về tin đăng của thành viên"],
       notice=["Liên hệ ngay để nhận bảng giá và chính sách chiết khấu mới nhất!",
               "Quý khách nên kiểm tra pháp lý trước khi đặt cọc mua nhà đất.",
               "Đăng ký tư vấn miễn phí, chuyên viên sẽ gọi lại trong 15 phút."],
       extra=[("widget", "Công cụ tính lãi vay | Xem hướng nhà | Tra quy hoạch"),
              ("widget", "Dự án Vững Tâm Riverside - Chỉ từ {n1} tỷ/căn - Chiết khấu {d}%")],
       para=(3, 2, 2, 1))
layout("khuyen_nong",
       site=["Trạm Khuyến nông huyện Đồng Ngọc", "KHUYẾN NÔNG ĐỒNG NGỌC - Đồng hành cùng nhà nông"],
       date=["{d}/{m}/{y}", "Đăng lúc: {hh}:{mm:02d} ngày {d}/{m}/{y}"],
       top=["Trồng trọt | Chăn nuôi | Thuỷ sản | Giá cả | Thời tiết nông vụ", "Hỏi đáp kỹ thuật: 0{n2:04d} {n3:03d}"],
       menu=["Tin nông nghiệp", "Kỹ thuật", "Mô hình hay", "Thị trường", "Văn bản", "Thư viện video"],
       crumb=["Trang chủ > Tin tức > Tin trong nước", "Tin tức / Tổng hợp"],
       byline=["{a} - Trạm Khuyến nông", "KS {a}", "CTV {a}"],
       credit=["Nguồn: Trung tâm Khuyến nông tỉnh", "Theo báo Nhà Nông Mới", "Tổng hợp: {b}"],
       rel_hdr=["Tin liên quan", "Kỹ thuật canh tác"], inline=["Xem thêm: {t}"],
       bottom=["Giá lúa tươi: {n1}.{n3:03d} đ/kg | Heo hơi: {d}.{n3:03d} đ/kg",
               "Tải tài liệu kỹ thuật (PDF)", "Trạm Khuyến nông huyện Đồng Ngọc - thị trấn Đồng Ngọc"],
       notice=["Bà con cần tư vấn kỹ thuật vui lòng liên hệ cán bộ khuyến nông xã.",
               "Lịch gieo sạ vụ Hè Thu tập trung từ ngày {d}/{m}, đề nghị bà con xuống giống đồng loạt.",
               "Cảnh báo rầy nâu gây hại trên lúa giai đoạn đẻ nhánh."],
       extra=[("widget", "Thời tiết nông vụ: mưa rào rải rác, nhiệt độ {d}-{n1}°C"),
              ("widget", "Hỏi: Lúa bị vàng lá sau khi bón phân phải xử lý thế nào?")],
       para=(3, 3, 1, 0))
layout("tu_van_luat",
       site=["Văn phòng Luật sư Minh Chánh Tâm", "LUẬT MINH CHÁNH TÂM - Tư vấn pháp luật"],
       date=["{d}/{m}/{y}", "Cập nhật lần cuối: {d}/{m}/{y}"],
       top=["Tổng đài tư vấn luật: 1900 {n2:04d}", "Luật đất đai | Hôn nhân | Hình sự | Doanh nghiệp | Lao động"],
       menu=["Tư vấn luật", "Văn bản pháp luật", "Biểu mẫu", "Tin pháp luật", "Dịch vụ luật sư", "Liên hệ"],
       crumb=["Trang chủ › Tin pháp luật", "Tin tức pháp luật / Thời sự"],
       byline=["Luật sư {a}", "LS. {A} - Đoàn Luật sư TP", "Ban biên tập Minh Chánh Tâm"],
       credit=["Nguồn: tổng hợp từ báo chí", "Căn cứ pháp lý: Bộ luật Hình sự 2015", "Theo Pháp Luật Hằng Ngày"],
       rel_hdr=["Bài viết cùng chủ đề", "Câu hỏi thường gặp"], inline=["Xem thêm: {t}"],
       bottom=["Đặt lịch gặp luật sư", "Mục lục bài viết", "Đánh giá bài viết: {d}/5 ({n3} lượt)",
               "Văn phòng: số {n1} phố Hàng Bông Mới, Hà Nội. Giờ làm việc 8h00-17h30"],
       notice=["Hỏi: Tôi bị hàng xóm lấn đất, vậy tôi phải làm đơn gửi cơ quan nào?",
               "Trả lời: Bạn có thể gửi đơn đến UBND cấp xã nơi có đất để được hoà giải.",
               "Nội dung tư vấn chỉ mang tính tham khảo, vui lòng liên hệ luật sư để được hỗ trợ cụ thể.",
               "Gọi ngay tổng đài để được luật sư tư vấn miễn phí!"],
       extra=[("widget", "LUẬT SƯ {B} | Hơn {d} năm kinh nghiệm | Điện thoại: 09{n2:04d}{n3:03d}"),
              ("widget", "Hỏi: Người gây tai nạn giao thông rồi bỏ chạy bị xử lý như thế nào?")],
       para=(2, 3, 2, 1))
layout("hai_ngoai",
       site=["Tuần báo Cầu Quê Hương", "CẦU QUÊ HƯƠNG - Nhật báo của người Việt vùng Vịnh Đông"],
       date=["{wd}, {d} tháng {m}, {y}", "Posted: {m}/{d}/{y} {hh}:{mm:02d} PM"],
       top=["Cộng đồng | Việt Nam | Thế giới | Rao vặt | Cáo phó", "Thời tiết vịnh Đông: 18°C, có mây"],
       menu=["Tin Việt Nam", "Cộng đồng", "Di trú", "Thuế vụ", "Ẩm thực", "Rao vặt"],
       crumb=["Tin Việt Nam › Xã hội", "Home » Việt Nam"],
       byline=["{a} / Cầu Quê Hương", "Phóng viên CQH tổng hợp", "{A}"],
       credit=["Theo báo chí trong nước", "Nguồn: các hãng thông tấn", "Ảnh: Tư liệu"],
       rel_hdr=["Tin Việt Nam khác", "Cộng đồng"], inline=["Đọc thêm: {t}"],
       bottom=["RAO VẶT: Cần thợ nail biết tiếng Anh, lương cao, gọi (555) {n3:03d}-{n2:04d}",
               "CÁO PHÓ: Cụ bà {B}, hưởng thọ {d}{n1} tuổi", "Quảng cáo: Văn phòng thuế {B} - khai thuế nhanh"],
       notice=["Quý đồng hương muốn đăng rao vặt xin gọi văn phòng trong giờ hành chính.",
               "Ủng hộ báo bằng cách đặt mua dài hạn với giá ưu đãi.",
               "Ý kiến trong bài không nhất thiết phản ánh quan điểm của toà soạn."],
       extra=[("widget", "Giá vàng: $1,{n3} | USD/VND: 23.{n3}"), ("widget", "Ủng hộ Cầu Quê Hương: Donate")],
       para=(2, 3, 2, 1))
layout("tu_thien",
       site=["Quỹ Thiện Nguyện Bát Cơm Ấm", "BÁT CƠM ẤM - Sẻ chia yêu thương"],
       date=["{d}/{m}/{y}", "Đăng ngày {d} tháng {m}, {y}"],
       top=["Về chúng tôi | Hoàn cảnh cần giúp | Báo cáo thu chi | Tình nguyện viên",
            "Số tài khoản: 0{n2:04d}{n3:03d}{n1:02d} - Ngân hàng Phương Đông Mới"],
       menu=["Tin hoạt động", "Hoàn cảnh", "Chia sẻ", "Sao kê", "Tham gia"],
       crumb=["Trang chủ > Tin tức > Điểm tin xã hội", "Tin tức / Cộng đồng"],
       byline=["Tình nguyện viên {a}", "{a} - Ban Điều phối", "Bát Cơm Ấm"],
       credit=["Nguồn: báo chí", "Ảnh: Nhóm tình nguyện Bát Cơm Ấm", "Theo Tin Nhân Ái"],
       rel_hdr=["Hoàn cảnh cần giúp đỡ", "Hoạt động gần đây"], inline=["Xem thêm: {t}"],
       bottom=["ỦNG HỘ NGAY", "Đã quyên góp: {n2}.{n3:03d}.000 đ / {n1}0.000.000 đ",
               "Nội dung chuyển khoản: BCA {n3} + Họ tên", "Báo cáo tài chính quý {d}"],
       notice=["Mọi đóng góp của quý vị sẽ được công khai sao kê hằng tháng.",
               "Xin cảm ơn các nhà hảo tâm đã đồng hành cùng quỹ trong suốt thời gian qua.",
               "Chúng tôi cần thêm tình nguyện viên cho chuyến đi vùng cao tháng tới."],
       extra=[("widget", "Nhà hảo tâm {B} ủng hộ {n3}.000 đ"), ("widget", "Mã QR ủng hộ"),
              ("caption", "Tình nguyện viên trao quà cho bà con vùng lũ.")],
       para=(2, 3, 2, 1))
layout("du_lich",
       site=["Trung tâm Xúc tiến Du lịch Vịnh Ngọc", "VỊNH NGỌC - Điểm đến thân thiện"],
       date=["{d}/{m}/{y}", "{d:02d}-{m:02d}-{y} {hh}:{mm:02d}"],
       top=["Khám phá | Lưu trú | Ẩm thực | Lễ hội | Bản đồ", "Tổng đài hỗ trợ du khách: 1800 {n2:04d}",
            "VI | EN | 한국어 | 日本語"],
       menu=["Tin du lịch", "Sự kiện", "Điểm đến", "Cẩm nang", "Thư viện ảnh", "Video"],
       crumb=["Trang chủ » Tin tức » Tin tổng hợp", "Tin tức / Thời sự"],
       byline=["{a} - Phòng Thông tin xúc tiến", "Ban biên tập", "{A}"],
       credit=["Nguồn: Sở Du lịch Vịnh Ngọc", "Theo Tạp chí Hành Trình Xanh", "Ảnh: {b}"],
       rel_hdr=["Sự kiện sắp diễn ra", "Tin khác"], inline=["Xem thêm: {t}"],
       bottom=["Thời tiết Vịnh Ngọc: {d}°C, nắng nhẹ", "Lượt xem: {n2}",
               "Trung tâm Xúc tiến Du lịch Vịnh Ngọc - số {n1} đường Bạch Đằng Mới"],
       notice=["Du khách cần hỗ trợ khẩn cấp vui lòng gọi tổng đài miễn phí 24/7.",
               "Lễ hội biển Vịnh Ngọc {y} sẽ khai mạc vào tối {d}/{m} tại quảng trường trung tâm.",
               "Hãy giữ gìn vệ sinh chung tại các điểm tham quan."],
       extra=[("caption", "Bãi biển Vịnh Ngọc thu hút đông du khách dịp cuối tuần."),
              ("widget", "Tải bản đồ du lịch (PDF) | Ứng dụng Vịnh Ngọc Go")],
       para=(2, 3, 2, 1))
layout("ngo",
       site=["Hành Động Vì Sông Xanh (ARG) - Trang tiếng Việt", "ARG Việt Nam"],
       date=["{d} tháng {m} năm {y}", "{d}/{m}/{y}"],
       top=["Chúng tôi là ai | Chương trình | Ấn phẩm | Cơ hội việc làm | Quyên góp", "English | Tiếng Việt"],
       menu=["Tin tức", "Câu chuyện", "Ấn phẩm", "Điểm tin báo chí", "Sự kiện"],
       crumb=["Trang chủ / Tin tức / Điểm tin báo chí", "Tin tức › Điểm báo"],
       byline=["Văn phòng ARG tại Việt Nam", "{a}, Cán bộ truyền thông", "{a} và {b}"],
       credit=["Bài gốc đăng trên báo chí Việt Nam; ARG lược đăng", "Ảnh: ARG/{b}", "Nguồn số liệu: Báo cáo ARG {y}"],
       rel_hdr=["Câu chuyện liên quan", "Ấn phẩm mới"], inline=["Tìm hiểu thêm: {t}"],
       bottom=["Tải báo cáo thường niên {y} (PDF, {n1} MB)", "Đăng ký nhận bản tin ARG",
               "Trang web này sử dụng cookie.", "ARG là tổ chức phi lợi nhuận đăng ký tại Việt Nam theo giấy phép số {n3}/BNG-GP"],
       notice=["Các quan điểm trong bài không nhất thiết phản ánh quan điểm của ARG.",
               "Chung tay bảo vệ dòng sông bằng một khoản đóng góp nhỏ hôm nay.",
               "Chúng tôi đang tuyển cán bộ chương trình tại văn phòng Hà Nội."],
       extra=[("widget", "Quyên góp | Tham gia tình nguyện | Liên hệ đối tác"),
              ("widget", "Chủ đề: Nước sạch · Biến đổi khí hậu · Cộng đồng")],
       para=(2, 3, 3, 1))
layout("tap_chi_sinh_vien",
       site=["Tạp chí Sinh Viên Lửa Trẻ", "LỬA TRẺ - Tạp chí của sinh viên"],
       date=["{d}.{m}.{y}", "{hh}:{mm:02d} {d}/{m}/{y}"],
       top=["Giảng đường | Việc làm | Du học | Yêu | Góc nhìn | Podcast", "Cộng tác viên: gửi bài về ban biên tập"],
       menu=["Thời sự", "Giảng đường", "Góc nhìn", "Khởi nghiệp", "Sống trẻ", "Giải trí"],
       crumb=["Góc nhìn / Thời sự", "Trang chủ > Thời sự"],
       byline=["CTV {a} (SV Khoa Báo chí)", "{a} - {b}", "Nhóm PV Lửa Trẻ", "{A}"],
       credit=["Theo báo chí trong nước", "Ảnh: {b}", "Thiết kế: Lửa Trẻ Studio"],
       rel_hdr=["Bạn đọc cũng xem", "Bài liên quan"], inline=["Đọc thêm: {t}", "Xem thêm: {t}"],
       bottom=["Bình luận ({n1})", "{n3} lượt thích", "Tags: sinh viên, thời sự, xã hội",
               "Cơ quan chủ quản: Hội Sinh viên Phương Nam Mới. Giấy phép số {n3}/GP-BTTTT"],
       notice=["Bạn muốn trở thành cộng tác viên, hãy gửi bài dự thi về hộp thư ban biên tập nhé!",
               "Bạn Khánh Duy: Bài viết hay, mong tạp chí có thêm nhiều bài như thế này.",
               "Cuộc thi viết Tuổi Trẻ Sáng Tạo nhận bài đến hết ngày {d}/{m}."],
       extra=[("widget", "Cuộc thi: Tuổi Trẻ Sáng Tạo {y} - Giải thưởng {n1} triệu đồng"),
              ("widget", "Nghe podcast Lửa Trẻ số {n1}")],
       para=(1, 2, 2, 0))
layout("bao_la_cai",
       site=["TIN NÓNG GIẬT MÌNH", "tinnonggiatminh - tin nóng mỗi giờ"],
       date=["{hh}:{mm:02d} {d}/{m}/{y}", "{d}/{m}/{y} - {hh}h{mm:02d}"],
       top=["QUẢNG CÁO", "Vay nhanh 50 triệu không cần thế chấp - duyệt trong 5 phút",
            "Bấm để nhận quà ngay hôm nay"],
       menu=["Nóng", "Chấn động", "Kỳ lạ", "Showbiz", "Tình yêu", "Video", "Tử vi"],
       crumb=["Tin nóng › Xã hội", "Trang chủ / Chấn động"],
       byline=["{A}", "{a} (tổng hợp)", "Tin Nóng Giật Mình"],
       credit=["Nguồn: Tổng hợp", "Theo mạng xã hội", "Ảnh: Cắt từ clip"],
       rel_hdr=["ĐỪNG BỎ LỠ", "TIN HOT TRONG NGÀY"], inline=["> > {t}", "XEM NGAY: {t}"],
       bottom=["Quảng cáo: Giảm cân cấp tốc, giảm {n1} kg trong 7 ngày", "Tử vi hôm nay | Xem bói tình yêu",
               "Bài viết được tổng hợp từ internet", "Sponsored"],
       notice=["Bạn sẽ không tin nổi điều gì xảy ra tiếp theo!",
               "Chỉ còn 3 suất khuyến mãi cuối cùng trong hôm nay, đăng ký ngay!",
               "Bác sĩ tiết lộ bí quyết giúp hết đau lưng chỉ sau một tuần!",
               "Chia sẻ bài viết này để nhận ngay phần quà hấp dẫn."],
       extra=[("widget", "QUẢNG CÁO"), ("widget", "Đóng quảng cáo [X]"),
              ("widget", "Bạn có muốn nhận thông báo từ trang này không? Cho phép | Để sau")],
       para=(1, 1, 1, 0), cap=["{c}", "{c} (Ảnh cắt từ clip)"])

LAYOUTS = tuple(L)

COMMENTS = [
    "{b}: Mong cơ quan chức năng sớm vào cuộc xử lý dứt điểm.",
    "{b}: Đọc tin mà thấy xót xa quá.",
    "{b}: Chuyện này ở quê tôi cũng xảy ra suốt, ai cũng biết mà không ai làm gì.",
    "{b} - Trả lời - Thích",
    "{b}: Cảm ơn toà soạn đã thông tin kịp thời!",
    "{b}: Tôi không đồng ý với ý kiến trên, cần xem xét kỹ hơn.",
    "{b}: Xin hỏi thủ tục này làm ở đâu vậy ạ?",
    "Ý kiến bạn đọc ({n})",
]

REL_SENTENCE_CAPTION = ["{s}", "{s} Ảnh: {b}", "Ảnh minh hoạ: {s}"]


# ---------------------------------------------------------------- normalisation and checks
def norm(s: str) -> str:
    s = unicodedata.normalize("NFC", s).replace("\u200b", "")
    return re.sub(r"\s+", "", s).casefold()


def sentence_shaped(s: str) -> bool:
    s = s.strip()
    return len(s.split()) >= 4 and s[-1:] in ".?!"


def check_page(p: Page) -> None:
    lines = p.text.split("\n")
    assert p.text and all(ln and ln == ln.strip() for ln in lines), "blank or unstripped line"
    assert p.body, "no body"
    bodyn = {norm(b) for b in p.body}
    for b in p.body:
        assert "\n" not in b and b and b in p.text, "body item not in text"
    for k, ln in p.furniture:
        assert k in KINDS, k
        assert norm(ln) not in bodyn, f"furniture equals body: {ln}"
    bi = fi = unl = 0
    for ln in lines:
        if fi < len(p.furniture) and ln == p.furniture[fi][1]:
            fi += 1
            continue
        ok = False
        for n in (1, 2, 3, 4):
            if bi + n <= len(p.body) and " ".join(p.body[bi:bi + n]) == ln:
                bi += n
                ok = True
                break
        if ok:
            continue
        unl += 1
    assert bi == len(p.body) and fi == len(p.furniture), "order mismatch"
    assert unl <= 3, f"{unl} unlabelled lines"


# ---------------------------------------------------------------- page assembly
def _ctx(r: random.Random, author: str):
    a = author or nm(r)
    b = nm(r)
    return dict(a=a, A=a.upper(), b=b, B=nm(r, True).upper(), h=re.sub(r"\W", "", norm(b))[:10] + str(r.randint(1, 99)))


def build_page(row: int, k: int, title: str, article: str, rel_pool: list):
    units, trailer, applied = story(row, title, article)
    if not any(u[0] == "b" for u in units):
        return None, applied, Counter()
    name = LAYOUTS[k % len(LAYOUTS)]
    lay = L[name]
    R = lambda purpose: rng_for(row, purpose)  # noqa: E731
    r_lay, r_rel, r_par = R("layout"), R("related"), R("paragraphs")
    authors = [ln for kd, ln in trailer if kd == "byline"]
    ctx = _ctx(R("names"), authors[0] if authors else "")
    F = lambda tpl, r: fill(tpl, r, **ctx)  # noqa: E731

    # other stories drawn from the related rows
    rel = r_rel.sample(rel_pool, min(len(rel_pool), r_rel.randint(3, 7))) if rel_pool else []

    # paragraphs: groups of 1-4 body sentences; own captions stay where they were
    weights = lay["para"]
    paras, cur, target = [], [], r_par.choices((1, 2, 3, 4), weights=weights)[0]
    for kind, s in units:
        if kind == "c":
            if cur:
                paras.append(("p", cur))
                cur = []
            paras.append(("c", s))
            continue
        cur.append(s)
        if len(cur) >= target:
            paras.append(("p", cur))
            cur, target = [], r_par.choices((1, 2, 3, 4), weights=weights)[0]
    if cur:
        paras.append(("p", cur))

    out = []  # (kind or None, line) ; kind 'body' -> list of sentences
    # --- header
    top = []
    site = r_lay.choice(lay["site"])
    n_top = r_lay.randint(1, 2)
    for t in r_lay.sample(lay["top"], n_top):
        top.append(("widget", F(t, r_lay)))
    menu = r_lay.sample(lay["menu"], r_lay.randint(3, min(5, len(lay["menu"]))))
    if r_lay.random() < 0.65:
        top.append(("widget", r_lay.choice([" | ", " · ", " / ", "  "]).join(menu)))
    else:
        top.extend(("widget", m) for m in menu)
    r_lay.shuffle(top)
    out.append((None, site)) if r_lay.random() < 0.6 else top.insert(r_lay.randint(0, len(top)), (None, site))
    out.extend(top)
    if r_lay.random() < 0.7:
        out.append(("widget", r_lay.choice(lay["crumb"])))
    out.append((None, title.strip()))
    date_line = F(r_lay.choice(lay["date"]), r_lay)
    byline_top = r_lay.random() < 0.35
    if byline_top:
        bl = F(r_lay.choice(lay["byline"]), r_lay)
        if r_lay.random() < 0.5:
            out.append((None, date_line))
            out.append(("byline", bl))
        else:
            out.append(("byline", bl))
            out.append((None, date_line))
    else:
        out.append((None, date_line))
    if r_lay.random() < 0.4:
        out.append(("widget", r_lay.choice(["Nghe bài viết", "Cỡ chữ: A- A A+", "Chia sẻ", "Lưu tin",
                                            "Thời gian đọc: {} phút".format(r_lay.randint(2, 9))])))

    # --- body with inserts
    inserts = []
    if rel and r_lay.random() < 0.6:
        x = rel[0]
        inserts.append(("related", r_lay.choice(lay["inline"]).replace("{t}", x["title"])))
    for kd, t in r_lay.sample(lay["extra"], r_lay.randint(1, len(lay["extra"]))):
        inserts.append((kd, F(t, r_lay)))
    for x in r_lay.sample(rel, min(len(rel), r_lay.choice((0, 1, 1, 2)))):
        if x["sents"] and len(x["sents"][0].split()) <= 30:
            shape = r_lay.choice(REL_SENTENCE_CAPTION)
            inserts.append(("caption", shape.replace("{s}", x["sents"][0]).replace("{b}", ctx["b"])))
    for t in r_lay.sample(lay["notice"], r_lay.choice((0, 1, 1, 2))):
        inserts.append(("widget", F(t, r_lay)))
    body_block = []
    for kind, v in paras:
        if kind == "p":
            body_block.append(("body", v))
        else:
            body_block.append(("caption", r_lay.choice(lay["cap"]).replace("{c}", v)))
    slots = max(1, len(body_block))
    for ins in inserts:
        pos = r_lay.randint(1, slots) if len(body_block) > 1 else len(body_block)
        body_block.insert(pos, ins)
    out.extend(body_block)

    # --- trailer: bylines / credits taken from the article, in layout shapes
    tail = []
    for kd, ln in trailer:
        if kd == "byline":
            if byline_top:
                continue
            shape = r_lay.choice(lay["byline"] + ["{a}"])
            if "{a}" not in shape and "{A}" not in shape:
                shape = "{a}"
            tail.append(("byline", F(shape, r_lay)))
        else:
            tail.append((kd, ln))
    if not byline_top and not any(kd == "byline" for kd, _ in tail):
        tail.append(("byline", F(r_lay.choice(lay["byline"]), r_lay)))
    for _ in range(r_lay.randint(0, 2)):
        tail.append(("credit", F(r_lay.choice(lay["credit"]), r_lay)))
    if len(tail) > 1 and r_lay.random() < 0.3:  # merge byline and credit on one line
        a, b = tail[0], tail[1]
        tail[0:2] = [(a[0], f"{a[1]} | {b[1]}") if a[0] == "byline" else (b[0], f"{b[1]} - {a[1]}")]
    out.extend(tail)
    # --- related block
    if rel:
        out.append(("related", F(r_lay.choice(lay["rel_hdr"]), r_lay)))
        for x in rel[1:]:
            if r_lay.random() < 0.5 and x["sents"]:
                if r_lay.random() < 0.5:
                    out.append(("related", x["title"]))
                    t = x["sents"][-1] if len(x["sents"]) > 1 else x["sents"][0]
                    out.append(("related", t if r_lay.random() < 0.6 else teaser(r_lay, t)))
                else:
                    out.append(("related", x["title"] + " - " + teaser(r_lay, x["sents"][min(1, len(x["sents"]) - 1)])))
            else:
                out.append(("related", x["title"]))
            if r_lay.random() < 0.25 and len(x["sents"]) > 1:
                out.append(("caption", x["sents"][0]))
    # --- bottom widgets and notices
    bottom = [("widget", F(t, r_lay)) for t in r_lay.sample(lay["bottom"], r_lay.randint(2, len(lay["bottom"])))]
    for t in r_lay.sample(lay["notice"], r_lay.randint(1, len(lay["notice"]))):
        bottom.append(("widget", F(t, r_lay)))
    for t in r_lay.sample(COMMENTS, r_lay.choice((1, 2, 2, 3))):
        bottom.append(("widget", t.replace("{b}", nm(r_lay)).replace("{n}", str(r_lay.randint(1, 40)))))
    r_lay.shuffle(bottom)
    if r_lay.random() < 0.3:
        cut = r_lay.randint(1, len(bottom))
        bottom = [("widget", " ".join(x[1] for x in bottom[:cut]))] + bottom[cut:]
    out.extend(bottom)
    return (name, out), applied, Counter()


# ---------------------------------------------------------------- scraper faults
FAULTS = ("nbsp", "zwsp", "double_space", "nfd", "glued")


def apply_faults(row: int, out: list):
    r = rng_for(row, "faults")
    if r.random() >= 0.31:
        return out, []
    faults = r.sample(FAULTS, r.choice((1, 1, 2)))
    done = []
    out = [(k, list(v) if k == "body" else v) for k, v in out]
    paras = [i for i, (k, v) in enumerate(out) if k == "body"]
    for f in faults:
        if f == "glued":
            cand = [i for i in paras if len(out[i][1]) >= 2 and out[i][1][0].endswith(".")]
            if not cand:
                continue
            i = r.choice(cand)
            v = out[i][1]
            out[i] = ("body", [v[0] + v[1]] + v[2:])
        elif f == "double_space":
            cand = [(i, j) for i in paras for j, s in enumerate(out[i][1]) if " " in s]
            for i, j in r.sample(cand, min(len(cand), r.randint(1, 3))):
                s = out[i][1][j]
                pos = [m.start() for m in re.finditer(" ", s)]
                p = r.choice(pos)
                out[i][1][j] = s[:p] + "  " + s[p + 1:]
        elif f in ("nbsp", "zwsp"):
            def tweak(s, f=f):
                if f == "nbsp":
                    pos = [m.start() for m in re.finditer(" ", s)]
                    for p in r.sample(pos, min(len(pos), r.randint(1, 3))):
                        s = s[:p] + "\u00a0" + s[p + 1:]
                    return s
                pos = [m.start() + 1 for m in re.finditer(r"\w(?=\w)", s)]
                for p in sorted(r.sample(pos, min(len(pos), r.randint(1, 2))), reverse=True):
                    s = s[:p] + "\u200b" + s[p:]
                return s
            for i, (k, v) in enumerate(out):
                if k == "body":
                    out[i] = (k, [tweak(s) if r.random() < 0.5 else s for s in v])
                elif r.random() < 0.3:
                    out[i] = (k, tweak(v))
        elif f == "nfd":
            out = [(k, [unicodedata.normalize("NFD", s) for s in v] if k == "body"
                    else unicodedata.normalize("NFD", v)) for k, v in out]
        done.append(f)
    return out, done


def finish(out: list, layout_name: str) -> Page:
    lines, body, furn = [], [], []
    seen = set()
    for k, v in out:
        if k == "body":
            body.extend(v)
            lines.append(" ".join(v))
            continue
        v = v.strip()
        if not v:
            continue
        if k is not None:
            key = norm(v)
            if key in seen and k != "widget":
                continue
            seen.add(key)
            furn.append((k, v))
        lines.append(v)
    bodyn = {norm(b) for b in body}
    keep_l, keep_f = [], []
    fi = iter(furn)
    nxt = next(fi, None)
    for ln in lines:
        if nxt is not None and ln == nxt[1]:
            if norm(ln) in bodyn:  # never label a body sentence as furniture
                nxt = next(fi, None)
                continue
            keep_f.append(nxt)
            nxt = next(fi, None)
        keep_l.append(ln)
    return Page("\n".join(keep_l), body, keep_f, layout_name)


# ---------------------------------------------------------------- reading the train file
def _usable(line: str):
    if not line.strip():
        return None
    try:
        d = json.loads(line)
    except ValueError:
        return None
    if not isinstance(d, dict):
        return None
    t, a = d.get("title"), d.get("article")
    if not (isinstance(t, str) and isinstance(a, str) and t.strip() and a.strip()):
        return None
    return t, a


def read_rows(train_path: str):
    last = max(BODY_ROWS.stop, RELATED_ROWS.stop) - 1
    body, related = [], []
    with gzip.open(train_path, "rt", encoding="utf-8", newline="\n") as f:
        for i, line in enumerate(f):
            if i in BODY_ROWS or i in RELATED_ROWS:
                u = _usable(line.rstrip("\n"))
                if u is not None:
                    (body if i in BODY_ROWS else related).append((i, u[0], u[1]))
            if i >= last:
                break
    return body, related


STATS = {}


def pages(train_path: str) -> list:
    body_rows, rel_rows = read_rows(train_path)
    rel_pool = [related_item(t, a) for _, t, a in rel_rows]
    result = []
    fault_counts = Counter()
    applied_total = 0
    for k, (row, title, article) in enumerate(body_rows):
        built, applied, _ = build_page(row, k, title, article, rel_pool)
        applied_total += applied
        if built is None:
            continue
        name, out = built
        out, faults = apply_faults(row, out)
        fault_counts.update(faults)
        if faults:
            fault_counts["pages_with_faults"] += 1
        p = finish(out, name)
        check_page(p)
        result.append(p)
    STATS.clear()
    STATS.update(faults=fault_counts, hand_applied=applied_total)
    return result


def main(argv):
    if len(argv) != 2:
        print("usage: make.py TRAIN.jsonl.gz", file=sys.stderr)
        return 2
    ps = pages(argv[1])
    kinds = Counter(k for p in ps for k, _ in p.furniture)
    nb = sum(len(p.body) for p in ps)
    shaped = sum(sentence_shaped(ln) for p in ps for _, ln in p.furniture)
    nf = sum(len(p.furniture) for p in ps)
    print(f"pages: {len(ps)}  body sentences: {nb}  furniture lines: {nf}")
    print("furniture per kind: " + ", ".join(f"{k}={kinds[k]}" for k in KINDS))
    print(f"sentence-shaped furniture: {shaped}/{nf} = {shaped / max(nf, 1):.1%}")
    print(f"hand-check rules applied: {STATS['hand_applied']}")
    print("faults: " + ", ".join(f"{k}={v}" for k, v in sorted(STATS["faults"].items())))
    print("per layout: pages body " + " ".join(KINDS) + " shaped%")
    for name in LAYOUTS:
        sub = [p for p in ps if p.layout == name]
        kc = Counter(k for p in sub for k, _ in p.furniture)
        fl = [ln for p in sub for _, ln in p.furniture]
        sh = sum(sentence_shaped(x) for x in fl) / max(len(fl), 1)
        print(f"  {name:20s} {len(sub):2d} {sum(len(p.body) for p in sub):4d} "
              + " ".join(f"{kc[k]:4d}" for k in KINDS) + f" {sh:6.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
