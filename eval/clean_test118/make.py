#!/usr/bin/env python3
"""test118 -- held-out pages for a cleaner of scraped Vietnamese news pages.

THEME: print editions as text (e-paper / print-replica sites, PDF-to-text
exports, digitised print archives).  Standard library only.
Usage: python3 make.py /work/shared/data/vietnews_train.jsonl.gz [--show N]
"""
import datetime
import gzip
import json
import random
import re
import sys
import unicodedata
from typing import List, NamedTuple, Tuple

SETNAME = "test118"
SEED = 11887
BODY_ROWS = range(11_600, 11_700)
RELATED_ROWS = range(11_700, 11_800)
KINDS = ("byline", "credit", "caption", "related", "widget")


class Page(NamedTuple):
    text: str
    body: List[str]
    furniture: List[Tuple[str, str]]
    layout: str


def R(row, purpose):
    return random.Random(f"{SETNAME}|{SEED}|{row}|{purpose}")


# ----------------------------------------------------------------- reading
def read_rows(path):
    body, rel = [], []
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
                d = json.loads(raw.decode("utf-8", "replace"))
            except ValueError:
                continue
            if not isinstance(d, dict):
                continue
            t, a = d.get("title"), d.get("article")
            if not isinstance(t, str) or not isinstance(a, str) or not t.strip() or not a.strip():
                continue
            if inb:
                body.append((i, t, a))
            else:
                rel.append((i, t, a[:1200]))
    return body, rel


# ----------------------------------------------------------- detokenising
def detok(s):
    s = unicodedata.normalize("NFC", s).replace("_", " ")
    s = re.sub(r"\s+", " ", s).strip()
    parts = s.split('"')
    if len(parts) > 1 and len(parts) % 2 == 1:
        out = parts[0].rstrip()
        for i in range(1, len(parts), 2):
            inner = parts[i].strip()
            if out and out[-1] not in "([{“‘":
                out += " "
            out += '"' + inner + '"'
            a = parts[i + 1].lstrip()
            if a and a[0] in ",.;:!?…)]}%”":
                out += a.rstrip() if i + 2 < len(parts) else a
            elif a:
                out += " " + (a.rstrip() if i + 2 < len(parts) else a)
        s = out
    s = re.sub(r"(^|\s)'\s+([^'\n]{1,80}?)\s+'(?=\s|[,.;:!?]|$)", r"\1'\2'", s)
    s = re.sub(r"([“‘(\[{])\s+", r"\1", s)
    s = re.sub(r"\s+([”’)\]}])", r"\1", s)
    s = re.sub(r"\s+([,.;:!?%…])", r"\1", s)
    s = re.sub(r"(\S)\s+/\s+(\S)", r"\1/\2", s)
    return re.sub(r" {2,}", " ", s).strip()


ABBR = {"TP", "Tp", "TS", "GS", "PGS", "ThS", "BS", "Q", "P", "KS", "NXB", "Th", "St", "Mr", "Mrs", "Dr", "Ths", "Bs", "ThS.BS", "PGS.TS", "GS.TS", "TS.BS"}
BOUND = re.compile(r"[.!?…]+[\"”’)\]]*\s+")


def split_sentences(text):
    out, start = [], 0
    for m in BOUND.finditer(text):
        end = m.end()
        nxt = text[end:end + 2].lstrip("\"“‘([")
        if not nxt or not (nxt[0].isupper() or nxt[0].isdigit() or nxt[0] == "*"):
            continue
        punct = m.group(0).strip()
        if punct.startswith(".") and not punct.startswith(".."):
            w = text[start:m.start()].split(" ")[-1] if text[start:m.start()] else ""
            w = w.lstrip("\"“(‘[")
            if w in ABBR or re.fullmatch(r"[A-ZĐ]", w) or re.fullmatch(r"(?:\w{1,4}\.)+\w{0,4}", w):
                continue
        out.append(text[start:end].strip())
        start = end
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return out


CAPMARKS = ("ảnh:", "(ảnh", "ảnh minh", "video:", "clip:", "minh hoạ", "minh họa", "(trái)", "(phải)",
            "(giữa)", "nguồn:", "đồ hoạ", "đồ họa", "infographic", "ảnh chụp", "trong ảnh", "(ảnh:",
            "ảnh :", "photo:", "(ngồi", "(đứng", "từ trái qua", "từ trái sang")
REPORT = re.compile(r"(?<!\w)(cho biết|cho hay|nói|khẳng định|chia sẻ|nhấn mạnh|cho rằng|bày tỏ|tuyên bố|"
                    r"thông báo|tiết lộ|giải thích|phát biểu|nhận định|thừa nhận|trả lời|đề nghị|yêu cầu|"
                    r"thông tin|xác nhận|lưu ý|cảnh báo|kể lại|khai nhận|theo ông|theo bà|theo anh|theo chị|"
                    r"theo lời|dẫn lời|nhận xét|đánh giá|kiến nghị|đề xuất|tâm sự)(?!\w)", re.I)
CONNECT = ("Tuy nhiên", "Ngoài ra", "Theo đó", "Trong khi đó", "Bên cạnh đó", "Do đó", "Vì vậy", "Mặt khác",
           "Đồng thời", "Trước đó", "Sau đó", "Thậm chí", "Như vậy", "Cũng theo", "Tuy vậy", "Vì thế",
           "Cùng với đó", "Nhưng", "Song", "Thế nhưng", "Dù vậy", "Thêm vào đó", "Trong đó", "Đặc biệt",
           "Bởi vậy", "Do vậy", "Từ đó", "Hơn nữa", "Ngược lại", "Mặc dù", "Trước tình hình", "Cụ thể",
           "Nói về", "Riêng", "Còn", "Hiện nay", "Hiện tại", "Sau khi", "Trước khi", "Theo")


def balanced(s):
    return (s.count('"') % 2 == 0 and s.count("“") == s.count("”") and s.count("(") == s.count(")")
            and s.count("[") == s.count("]"))


def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = re.sub(r"[\u200b\u200c\u200d\u2060\ufeff]", "", s)
    return re.sub(r"\s+", "", s).casefold()


def keep_sentence(s, title_n):
    low = s.lower()
    if any(m in low for m in CAPMARKS):
        return False
    if any(c in s for c in "|•»"):
        return False
    if not balanced(s):
        return False
    if not re.search(r"[.!?…][\"”’)]*$", s):
        return False
    words = s.split()
    if len(words) < 8 or len(words) > 110:
        return False
    if ":" in " ".join(words[:6]):
        return False
    if not (s[0].isupper() or s[0].isdigit() or s[0] in "\"“("):
        return False
    if s[0] in "\"“(" and not (len(s) > 1 and (s[1].isupper() or s[1].isdigit())):
        return False
    if re.search(r"(^|[.!?…\"”]\s*)Theo\s+[^.!?]{1,40}\.?$", s):
        return False
    if norm(s) == title_n:
        return False
    has_comma = "," in s
    if len(words) <= 22 or (not has_comma and len(words) <= 30):
        if not (REPORT.search(s) or any(s.startswith(c + " ") or s.startswith(c + ",") for c in CONNECT)):
            return False
    return True


def story_sentences(article, title):
    tn = norm(title)
    seen, out = set(), []
    for s in split_sentences(detok(article)):
        if keep_sentence(s, tn) and norm(s) not in seen:
            seen.add(norm(s))
            out.append(s)
    return out


# ----------------------------------------------------------- invented stuff
HO = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Phan", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Trịnh", "Tạ", "Lương", "Kiều"]
DEM = ["Thị", "Văn", "Minh", "Thanh", "Quốc", "Ngọc", "Hữu", "Thu", "Đức", "Bảo", "Hải", "Khánh", "Phương", "Gia"]
TEN = ["Hà", "Khôi", "Trang", "Bảo", "Lâm", "Tùng", "Nhi", "Vy", "Sơn", "Hạnh", "Phong", "Quyên", "Tâm", "Duy", "Yến", "Long", "Thảo", "Hiếu", "Nguyên", "Uyên"]
WD = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def person(rng, short=False):
    if short:
        return rng.choice(DEM) + " " + rng.choice(TEN)
    return f"{rng.choice(HO)} {rng.choice(DEM)} {rng.choice(TEN)}"


ADMIN = ("phường", "xã", "huyện", "quận", "tỉnh", "thị xã", "thị trấn", "thành phố", "TP.", "TP")


def cap_run(toks, limit):
    run = []
    for u in toks[:limit]:
        if u[0] in "(\"“[":
            break
        core = u.strip(",.;:!?\"“”()…")
        if not core or not core[0].isupper() or not core.replace("-", "").isalpha():
            break
        run.append(core)
        if core != u:
            break
    return run


def find_people_places(sents):
    people, places = [], []
    for s in sents:
        toks = s.split()
        for i, t in enumerate(toks[:-2]):
            tl = t.lower()
            if tl in ("ông", "bà"):
                run = cap_run(toks[i + 1:], 4)
                if 2 <= len(run) <= 4 and not any(x in " ".join(run) for x in ("Sài Gòn", "Hà Nội", "Việt Nam", "Nhà nước")):
                    p = (tl.capitalize(), " ".join(run))
                    if p not in people:
                        people.append(p)
            elif tl in ("tại", "ở"):
                adm = toks[i + 1]
                j = i + 2
                if adm in ("thị", "thành") and toks[i + 2] in ("xã", "trấn", "phố"):
                    adm, j = adm + " " + toks[i + 2], i + 3
                if adm in ADMIN:
                    run = cap_run(toks[j:], 3)
                    if run:
                        pl = adm + " " + " ".join(run)
                        if pl not in places:
                            places.append(pl)
    return people, places


TOPIC_CAPS = [
    (("ngân hàng", "tín dụng", "lãi suất"), ["Khách hàng giao dịch tại một chi nhánh ngân hàng",
                                              "Quầy giao dịch của một ngân hàng thương mại sáng đầu tuần"]),
    (("chứng khoán", "cổ phiếu", "cổ đông"), ["Nhà đầu tư theo dõi bảng điện tại một công ty chứng khoán",
                                               "Bảng giá cổ phiếu trong một phiên giao dịch"]),
    (("giá vàng", "vàng", "trang sức"), ["Khách hàng chọn mua vàng tại một cửa hàng kinh doanh vàng bạc",
                                          "Nhân viên kiểm đếm vàng miếng tại quầy"]),
    (("căn hộ", "bất động sản", "chung cư", "dự án"), ["Phối cảnh một dự án được nhắc tới trong bài",
                                                        "Một khu đô thị mới đang hoàn thiện"]),
    (("công an", "vụ án", "khởi tố", "bắt giữ", "điều tra"), ["Lực lượng chức năng làm việc tại hiện trường",
                                                            "Cơ quan điều tra thu giữ tang vật"]),
    (("giao thông", "ô tô", "xe máy", "cao tốc"), ["Phương tiện lưu thông trên một tuyến phố giờ cao điểm",
                                                   "Một đoạn quốc lộ được nhắc tới trong bài"]),
    (("thị trường", "hàng hoá", "người tiêu dùng", "cửa hàng"), ["Hàng hoá bày bán tại một cửa hàng trong nội thành",
                                                               "Người tiêu dùng chọn mua hàng tại một siêu thị"]),
]
GENERIC_CAPS = ["Quang cảnh sự kiện được đề cập trong bài", "Tài liệu liên quan do phóng viên thu thập",
                "Ảnh tư liệu của toà soạn", "Một góc thành phố trong buổi sáng đầu tuần"]


def make_caption(rng, people, places, topic_text):
    opts = []
    for h, p in people[:3]:
        opts += [f"{h} {p} trao đổi với phóng viên", f"{h} {p} tại một sự kiện gần đây",
                 f"Chân dung {h.lower()} {p}"]
    for l in places[:3]:
        opts += [f"Quang cảnh khu vực {l} những ngày gần đây", f"Một góc {l}"]
    low = topic_text.lower()
    topic = [c for keys, caps in TOPIC_CAPS if any(k in low for k in keys) for c in caps]
    if opts and rng.random() < 0.6:
        return rng.choice(opts)
    if topic and rng.random() < 0.85:
        return rng.choice(topic)
    return rng.choice(opts + GENERIC_CAPS)


# ---------------------------------------------------------------- layouts
# Each layout: outlet name, site line, running head, section flags and habits.
L = []


def lay(**kw):
    L.append(kw)


lay(key="songhan_epaper", site="BÁO IN SÔNG HÀN – Phiên bản điện tử", up="SÔNG HÀN",
    head=["ui", "site", "runhead", "section", "date"], after=["byline"], pmax=3,
    run="SÔNG HÀN • Số {issue} • {WD} {d}-{m}-{y} • Trang {p}", datef="{wd}, {dd}/{mm}/{y}",
    cap="sep", ncap=1, brk=True, sep=None, rel="bullets", relpos="after", relhead="TIN LIÊN QUAN",
    byl="upper", foot=["pagenav", "price", "imprint"], sections=["THỜI SỰ", "KINH TẾ", "XÃ HỘI"])
lay(key="phuongnam_pdf", site="Phương Nam Thời Báo", up="PHƯƠNG NAM THỜI BÁO",
    head=["runhead", "site", "issue"], after=["date", "byline"], pmax=4,
    run="PHƯƠNG NAM THỜI BÁO | {WD} {d}.{m}.{y} | {p}", datef="Số ra ngày {d} tháng {m} năm {y}",
    cap="inline", ncap=1, brk=True, sep="- - - - - - - - - -", rel="index", relpos="after",
    relhead="ĐỌC TRONG SỐ NÀY", byl="plain", foot=["subscribe", "price", "license"],
    sections=["Kinh tế", "Thời sự"])
lay(key="dongbang_weekly", site="ĐỒNG BẰNG TUẦN SAN", up="ĐỒNG BẰNG TUẦN SAN",
    head=["site", "menu", "date", "section"], after=[], pmax=2,
    run="Đồng Bằng Tuần San – Số {issue} – Trang {p}", datef="Phát hành {wd}, ngày {d}/{m}/{y}",
    cap="paren", ncap=2, brk=False, sep="***", rel="xemthem", relpos="inside", relhead=None,
    byl="bottom_upper", foot=["tags", "hotline", "copyright"], sections=["ĐỜI SỐNG", "THỊ TRƯỜNG"])
lay(key="lamhong_pdf", site="Báo Lam Hồng", up="BÁO LAM HỒNG",
    head=["pagenum", "runhead", "kicker"], after=["site", "date"], pmax=3,
    run="BÁO LAM HỒNG  Thứ {wdn} – {dd}.{mm}.{y}", datef="{dd}/{mm}/{y}",
    cap="upper", ncap=1, brk=True, sep="________________", rel="inline_pages", relpos="inside",
    relhead=None, byl="sign", foot=["editor", "imprint", "price"], sections=["PHÁP LUẬT"])
lay(key="cuathuan_archive", site="Kho lưu trữ số – Báo Cửa Thuận", up="CỬA THUẬN",
    head=["site", "archive", "crumb"], after=["date", "byline"], pmax=4,
    run="CỬA THUẬN – Số {issue} – Trang {p}", datef="Ngày {d} tháng {m} năm {y}",
    cap="mark", ncap=1, brk=False, sep=None, rel="dated", relpos="after", relhead="Cùng số báo",
    byl="plain", foot=["ocr", "rights", "pagenav"], sections=["Thời sự"])
lay(key="taynguyen_sang", site="TIN SÁNG TÂY NGUYÊN", up="TIN SÁNG TÂY NGUYÊN",
    head=["site", "date", "runhead", "section"], after=["byline"], pmax=2,
    run="Tin Sáng Tây Nguyên ◆ {WD} {dd}/{mm}/{y} ◆ Trang {p}", datef="{wd} {dd}-{mm}-{y}",
    cap="num", ncap=2, brk=True, sep=None, rel="numbered", relpos="after", relhead="BÀI ĐỌC NHIỀU",
    byl="duo", foot=["share", "subscribe", "price"], sections=["TIN TRONG NƯỚC", "KINH TẾ"])
lay(key="vinhbac_kinhte", site="Kinh Tế Vịnh Bắc – Báo in", up="KINH TẾ VỊNH BẮC",
    head=["ui", "site", "issue", "section"], after=["byline", "date"], pmax=3,
    run="KINH TẾ VỊNH BẮC / Số {issue} / Trang {p}", datef="Cập nhật lúc 05:30 ngày {dd}/{mm}/{y}",
    cap="sep", ncap=1, brk=False, sep="◆ ◆ ◆", rel="teaser", relpos="after", relhead="Đọc thêm",
    byl="role", foot=["ad", "hotline", "imprint"], sections=["DOANH NGHIỆP", "TÀI CHÍNH"])
lay(key="phothi_cuoituan", site="Phố Thị Cuối Tuần", up="PHỐ THỊ CUỐI TUẦN",
    head=["site", "runhead"], after=["date", "byline"], pmax=4,
    run="Phố Thị Cuối Tuần – {WD} {d}/{m}/{y} – Trang {p}", datef="Số cuối tuần {d}/{m}/{y}",
    cap="inline", ncap=2, brk=True, sep=None, rel="joined", relpos="inside", relhead=None,
    byl="baivaanh", foot=["price", "subscribe"], sections=["PHÓNG SỰ"])
lay(key="mayngan_flip", site="BÁO MÂY NGÀN ĐIỆN TỬ", up="MÂY NGÀN",
    head=["site", "ui", "date"], after=["byline"], pmax=3,
    run="MÂY NGÀN ● Trang {p} ● Số {issue}", datef="Ngày đăng: {dd}/{mm}/{y} 06:00",
    cap="gallery", ncap=1, brk=False, sep=None, rel="bullets", relpos="after", relhead="Tin cùng chuyên mục",
    byl="agency", foot=["reactions", "comments", "copyright"], sections=["Xã hội"])
lay(key="muixanh_pdf", site="Báo Mũi Xanh", up="BÁO MŨI XANH",
    head=["runhead", "site"], after=["kicker", "date"], pmax=2,
    run="Số {issue} ({issue2}) – {WD}, {dd}.{mm}.{y}", datef="{wd}, {dd}.{mm}.{y}",
    cap="paren", ncap=1, brk=True, sep="—  —  —", rel="xemthem", relpos="after", relhead=None,
    byl="bottom_plain", foot=["license", "price"], sections=["THỜI SỰ"])
lay(key="phaptri_thoibao", site="PHÁP TRỊ THỜI BÁO", up="PHÁP TRỊ THỜI BÁO",
    head=["site", "menu", "section", "date"], after=["byline"], pmax=3,
    run="PHÁP TRỊ THỜI BÁO – Trang {p}", datef="{wd}, ngày {d}/{m}/{y}",
    cap="upper", ncap=1, brk=True, sep=None, rel="index", relpos="after", relhead="MỤC LỤC SỐ NÀY",
    byl="upper", foot=["hotline", "email", "imprint"], sections=["PHÁP LUẬT", "ĐIỀU TRA"])
lay(key="mientcat_epaper", site="Tuổi Xanh Miền Cát – E-paper", up="TUỔI XANH MIỀN CÁT",
    head=["ui", "site", "runhead"], after=["date", "byline"], pmax=2,
    run="TUỔI XANH MIỀN CÁT | SỐ {issue} | TRANG {p}", datef="{dd}/{mm}/{y}",
    cap="sep", ncap=2, brk=False, sep=None, rel="numbered", relpos="after", relhead="Xem thêm trên bản in",
    byl="duo", foot=["pagenav", "share"], sections=["THANH NIÊN"])
lay(key="saithanh_chieu", site="SÀI THÀNH TIN CHIỀU", up="SÀI THÀNH TIN CHIỀU",
    head=["site", "issue", "date"], after=["section", "byline"], pmax=4,
    run="Sài Thành Tin Chiều ▪ {WD} {dd}/{mm}/{y} ▪ {p}", datef="Chiều {wd}, {dd}/{mm}/{y}",
    cap="inline", ncap=1, brk=True, sep="▪ ▪ ▪", rel="inline_pages", relpos="inside", relhead=None,
    byl="sign", foot=["price", "subscribe", "imprint"], sections=["TIN CHIỀU", "KINH TẾ"])
lay(key="bacha_scan", site="Bắc Hà Nhật Báo (bản số hoá)", up="BẮC HÀ NHẬT BÁO",
    head=["archive", "site"], after=["date"], pmax=3,
    run="BẮC HÀ NHẬT BÁO   SỐ {issue}   TRANG {p}", datef="Số ra ngày {dd}-{mm}-{y}",
    cap="num", ncap=1, brk=True, sep="=====", rel="dated", relpos="after", relhead="Các bài cùng trang",
    byl="bottom_upper", foot=["ocr", "rights"], sections=["THỜI SỰ"])
lay(key="truongson_flip", site="Báo Trường Sơn Xanh", up="TRƯỜNG SƠN XANH",
    head=["site", "ui", "section"], after=["byline", "date"], pmax=2,
    run="Trường Sơn Xanh – Trang {p}/{pages}", datef="Thứ {wdn}, {dd}/{mm}/{y}",
    cap="mark", ncap=2, brk=False, sep=None, rel="teaser", relpos="after", relhead="CÓ THỂ BẠN QUAN TÂM",
    byl="plain", foot=["ad", "comments", "copyright"], sections=["Thời sự", "Đời sống"])
lay(key="bamien_kinhdoanh", site="TẠP SAN KINH DOANH BA MIỀN", up="KINH DOANH BA MIỀN",
    head=["runhead", "site", "date"], after=["kicker", "byline"], pmax=4,
    run="KINH DOANH BA MIỀN • Số {issue} • Tuần {wk}/{y}", datef="Tuần từ {d}/{m}/{y}",
    cap="gallery", ncap=1, brk=True, sep=None, rel="joined", relpos="after", relhead=None,
    byl="role", foot=["subscribe", "price", "email"], sections=["THỊ TRƯỜNG"])
lay(key="trakhuc_nhatbao", site="Trà Khúc Nhật Báo", up="TRÀ KHÚC NHẬT BÁO",
    head=["site", "runhead", "date"], after=["byline"], pmax=3,
    run="TRÀ KHÚC NHẬT BÁO — {WD} {dd}.{mm}.{y} — Trang {p}", datef="{wd} {d}/{m}/{y}",
    cap="paren", ncap=1, brk=True, sep="* * *", rel="bullets", relpos="inside", relhead="LIÊN QUAN",
    byl="agency", foot=["imprint", "editor"], sections=["TIN TỨC"])
lay(key="bienthuy_tuan", site="BIÊN THÙY TUẦN BÁO", up="BIÊN THÙY TUẦN BÁO",
    head=["issue", "site", "section"], after=["date", "byline"], pmax=2,
    run="Biên Thùy Tuần Báo • Trang {p}", datef="Tuần báo ra ngày {dd}/{mm}/{y}",
    cap="upper", ncap=2, brk=False, sep=None, rel="xemthem", relpos="after", relhead=None,
    byl="baivaanh", foot=["hotline", "price", "subscribe"], sections=["AN NINH", "ĐỜI SỐNG"])
lay(key="caonguyen_pdf", site="Thời Sự Cao Nguyên", up="THỜI SỰ CAO NGUYÊN",
    head=["pagenum", "site", "runhead"], after=["date"], pmax=4,
    run="THỜI SỰ CAO NGUYÊN  |  {WD}, {dd}/{mm}/{y}", datef="{dd}-{mm}-{y}",
    cap="num", ncap=1, brk=True, sep="________", rel="numbered", relpos="after", relhead="TIN KHÁC",
    byl="bottom_plain", foot=["editor", "price"], sections=["THỜI SỰ"])
lay(key="chauthu_epaper", site="TIN TỨC CHÂU THỔ – Báo in điện tử", up="TIN TỨC CHÂU THỔ",
    head=["site", "ui", "runhead", "date"], after=["byline"], pmax=3,
    run="Tin Tức Châu Thổ – Số {issue} – Trang {p}", datef="{wd}, {dd}/{mm}/{y} | 04:45",
    cap="sep", ncap=1, brk=True, sep=None, rel="teaser", relpos="after", relhead="Bài đã đăng",
    byl="upper", foot=["tags", "share", "pagenav"], sections=["KINH TẾ", "XÃ HỘI"])
assert len(L) == 20
LAYOUTS = [d["key"] for d in L]

KICKERS = ["ĐIỂM NÓNG", "SỰ KIỆN", "GÓC NHÌN", "CHUYỆN HÔM NAY", "TIÊU ĐIỂM", "PHÓNG SỰ NGẮN"]
PRINTERS = ["In tại Công ty CP In Bến Sông Mới – Lô B3 KCN Tân Phước", "In tại Xí nghiệp In Hoà Lạc Xanh, 27 đường Số 9",
            "Chế bản và in tại Công ty TNHH In Ánh Dương Miền Trung", "In tại Nhà in Thống Nhất Phương Nam, 112 Lê Văn Thiêm"]


# ----------------------------------------------------------- composition
class Ctx:
    pass


def fmt_date(f, c):
    return f.format(wd=c.wd, WD=c.wd.upper(), wdn=c.wdn, d=c.dt.day, m=c.dt.month, dd=f"{c.dt.day:02d}",
                    mm=f"{c.dt.month:02d}", y=c.dt.year, issue=c.issue, issue2=c.issue2, p=c.pg,
                    pages=c.pages, wk=c.dt.isocalendar()[1])


def byline_lines(sp, c, rng):
    st = sp["byl"]
    a, b = person(rng), person(rng)
    if st in ("upper", "bottom_upper"):
        return [("byline", a.upper())]
    if st in ("plain", "bottom_plain"):
        return [("byline", a)]
    if st == "sign":
        return [("byline", rng.choice(HO).upper() + " " + rng.choice(TEN).upper())]
    if st == "duo":
        return [("byline", f"{a} - {b}")]
    if st == "role":
        return [("byline", a), ("byline", rng.choice(["Phóng viên ban Kinh tế", "Cộng tác viên tại Hải Phòng",
                                                   "Phóng viên thường trú miền Trung"]))]
    if st == "baivaanh":
        return [("byline", f"Bài và ảnh: {a.upper()}")]
    if st == "agency":
        return [("byline", rng.choice(["(Thông tấn Nam Bộ)", "Theo Thông tấn Miền Trung", f"{a} (Hãng tin Liên Việt)"]))]
    return [("byline", a)]


def head_item(key, sp, c, rng):
    if key == "site":
        return [(None, sp["site"])]
    if key == "date":
        return [(None, fmt_date(sp["datef"], c))]
    if key == "runhead":
        return [("widget", fmt_date(sp["run"], c))]
    if key == "section":
        return [("widget", rng.choice(sp["sections"]))]
    if key == "kicker":
        return [("widget", rng.choice(KICKERS))]
    if key == "pagenum":
        return [("widget", f"Trang {c.pg}")]
    if key == "issue":
        return [("widget", rng.choice([f"Số {c.issue} ({c.issue2})", f"Năm thứ {rng.randint(12, 44)} – Số {c.issue}",
                                       f"Số {c.issue} – Giá {c.price} đồng"]))]
    if key == "menu":
        return [("widget", rng.choice(["Trang chủ | Báo in | Số cũ | Đặt báo | Liên hệ",
                                       "Thời sự  Kinh tế  Pháp luật  Văn hoá  Thể thao  Báo in",
                                       "Trang nhất › Báo in › Chọn số báo"]))]
    if key == "ui":
        opts = [["Chọn số báo", f"Số {c.issue} – {c.dt.day}/{c.dt.month}/{c.dt.year}"],
                ["◀ Trang trước", "Trang sau ▶", "Phóng to | Thu nhỏ | Toàn màn hình"],
                [f"Tải bản PDF ({rng.randint(2, 9)},{rng.randint(1, 9)} MB)", "Đọc bản text"],
                [f"Trang {c.pg}/{c.pages}", "Xem dạng lật trang"]]
        return [("widget", x) for x in rng.choice(opts)]
    if key == "archive":
        return [("widget", rng.choice(["Thư viện số báo chí tỉnh – Bộ sưu tập báo in", "Kho tư liệu báo in (1975–nay)"])),
                ("widget", f"Tư liệu số: {c.up.replace(' ', '')[:6]}-{c.dt.year}-{c.issue}-T{c.pg}")]
    if key == "crumb":
        return [("widget", f"Lưu trữ › Năm {c.dt.year} › Tháng {c.dt.month} › Số {c.issue}")]
    return []


def foot_item(key, sp, c, rng):
    dom = re.sub(r"[^a-z]", "", unicodedata.normalize("NFD", sp["up"].lower()).replace("đ", "d"))
    if key == "price":
        return [("widget", rng.choice([f"Giá: {c.price} đồng", f"Giá bán lẻ {c.price}đ",
                                       f"GIÁ {c.price} Đ – Thứ Bảy, Chủ Nhật: {int(c.price.replace('.', '')) // 1000 + 1}.{c.price[-3:]} Đ"]))]
    if key == "subscribe":
        return [("widget", rng.choice(["Đặt mua báo tại các bưu cục trên toàn quốc – Mã số C" + str(rng.randint(100, 999)),
                                       f"Đặt báo dài hạn: 0{rng.randint(200, 299)} {rng.randint(3000000, 3999999)} (giờ hành chính)",
                                       "Nhận đặt báo năm 2019 – giảm 10% cho bạn đọc đặt trước"]))]
    if key == "imprint":
        return [("widget", rng.choice(PRINTERS)), ("widget", f"Giấy phép xuất bản số {rng.randint(10, 480)}/GP-BTTTT")]
    if key == "license":
        return [("widget", f"Giấy phép số {rng.randint(10, 480)}/GP-BTTTT cấp ngày {rng.randint(1, 28)}/{rng.randint(1, 12)}/{rng.randint(2009, 2015)}")]
    if key == "editor":
        return [("widget", f"Tổng biên tập: {person(rng)}"), ("widget", f"Phó Tổng biên tập: {person(rng)}")]
    if key == "hotline":
        return [("widget", f"Đường dây nóng: 09{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(100, 999)}")]
    if key == "email":
        return [("widget", f"E-mail toà soạn: toasoan@{dom}.vn")]
    if key == "copyright":
        return [("widget", f"© {c.dt.year} {sp['site'].split(' – ')[0]}. Ghi rõ nguồn khi phát hành lại thông tin từ website này.")]
    if key == "rights":
        return [("widget", "Bản quyền tư liệu thuộc toà soạn. Không sao chép dưới mọi hình thức.")]
    if key == "ocr":
        return [("widget", f"Văn bản nhận dạng tự động (OCR), độ chính xác khoảng {rng.randint(90, 99)}%"),
                ("widget", "Báo lỗi nhận dạng")]
    if key == "pagenav":
        return [("widget", rng.choice([f"« Trang {c.pg - 1}   |   Trang {c.pg + 1} »", "Về trang nhất | Xem số khác"]))]
    if key == "share":
        return [("widget", rng.choice(["Chia sẻ  Facebook  Zalo  In bài", "Gửi bài | In bài | Lưu bài"]))]
    if key == "tags":
        return [("widget", "Từ khoá: " + ", ".join(rng.sample(["báo in", "số báo", c.section.lower(), "bạn đọc", "thời sự"], 3)))]
    if key == "ad":
        return [("widget", "QUẢNG CÁO"), ("widget", rng.choice(["Sơn Hoàng Gia – bền màu cùng năm tháng",
                                                               "Nệm Mây Trắng giảm 30% toàn hệ thống"]))]
    if key == "reactions":
        return [("widget", f"Thích {rng.randint(3, 300)} · Bình luận {rng.randint(0, 40)}")]
    if key == "comments":
        return [("widget", "Ý kiến bạn đọc (0)"), ("widget", "Gửi ý kiến của bạn")]
    return []


def teaser(art):
    ss = split_sentences(detok(art))
    if not ss:
        return None
    w = ss[0].split()
    if len(w) < 6:
        return None
    if len(w) > 26:
        return " ".join(w[:22]).rstrip(",;:") + "…"
    return ss[0]


def related_block(sp, c, rng, rel, n):
    items = rel[:n]
    st = sp["rel"]
    out = []
    if sp["relhead"] and st not in ("xemthem", "joined", "inline_pages"):
        out.append(("widget", sp["relhead"]))
    for k, (t, art, dt) in enumerate(items, 1):
        if st == "bullets":
            out.append(("related", f"- {t}"))
        elif st == "numbered":
            out.append(("related", f"{k}. {t}"))
        elif st == "xemthem":
            out.append(("related", f"Xem thêm: {t}"))
        elif st == "index":
            out.append(("related", f"{t} ........ {rng.randint(2, 16)}"))
        elif st == "dated":
            out.append(("related", f"{t} ({dt})"))
        elif st == "inline_pages":
            out.append(("related", f"(Đọc bài liên quan trang {rng.randint(2, 15)}: {t})"))
        elif st == "teaser":
            out.append(("related", t))
            ts = teaser(art)
            if ts:
                out.append(("related", ts))
    if st == "joined" and items:
        out.append(("related", "Đọc thêm: " + " / ".join(t for t, _, _ in items)))
    return out


def captions(sp, c, rng, text):
    st = sp["cap"]
    ph = person(rng).upper() if rng.random() < 0.6 else rng.choice(["TƯ LIỆU", "T.L", "NGUYỄN KHA", "CTV"])
    if st == "sep":
        return [("caption", text + "."), ("credit", f"Ảnh: {ph}")]
    if st == "inline":
        return [("caption", f"{text}. Ảnh: {ph}")]
    if st == "paren":
        return [("caption", f"{text} (Ảnh: {ph.title()})")]
    if st == "mark":
        return [("widget", rng.choice(["[Hình ảnh]", "[Ảnh]"])), ("caption", text)]
    if st == "upper":
        return [("credit", f"ẢNH: {ph}"), ("caption", text.upper() if rng.random() < 0.5 else text + ".")]
    if st == "num":
        c.ncap += 1
        return [("caption", f"Ảnh {c.ncap}: {text}.")]
    if st == "gallery":
        return [("widget", f"Bộ ảnh ({rng.randint(3, 12)})"), ("caption", text + "."), ("credit", f"Nguồn: {sp['site'].split(' – ')[0]}")]
    return []


FAULTS = ("nbsp", "zwsp", "dblspace", "glue", "nfd")


def build_page(k, row, title, sents, rel_pool):
    sp = L[k % 20]
    rng = R(row, "layout")
    c = Ctx()
    c.up = sp["up"]
    dr = R(row, "date")
    c.dt = datetime.date(2016, 1, 1) + datetime.timedelta(days=dr.randint(0, 4 * 365))
    c.wd = WD[c.dt.weekday()]
    c.wdn = ["Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Bảy"][c.dt.weekday()] if c.dt.weekday() < 6 else "Bảy"
    c.issue = dr.randint(120, 9800)
    c.issue2 = f"{dr.randint(5, 19)}.{dr.randint(100, 999)}"
    c.pg = dr.randint(2, 14)
    c.pages = c.pg + dr.randint(2, 14)
    c.price = rng.choice(["3.000", "4.000", "4.500", "5.000", "6.000"])
    c.section = rng.choice(sp["sections"])
    c.ncap = 0
    fr = R(row, "fault")
    faults = []
    if fr.random() < 0.27:
        faults = fr.sample(FAULTS, 1 if fr.random() < 0.7 else 2)

    # paragraphs
    pr = R(row, "paragraphs")
    paras, i = [], 0
    while i < len(sents):
        n = pr.randint(1, sp["pmax"])
        paras.append(list(sents[i:i + n]))
        i += n
    if "glue" in faults:
        cand = [(a, b) for a, p in enumerate(paras) for b in range(len(p) - 1) if p[b].endswith(".")]
        if cand:
            a, b = fr.choice(cand)
            p = paras[a]
            paras[a] = p[:b] + [p[b] + p[b + 1]] + p[b + 2:]
        else:
            faults.remove("glue")

    # related items
    rr = R(row, "related")
    rel = []
    title_n = norm(title)
    body_n = {norm(s) for s in sents}
    for ri in rr.sample(range(len(rel_pool)), min(len(rel_pool), 5)) if rel_pool else []:
        rrow, rt, ra = rel_pool[ri]
        t = detok(rt)
        if not t or norm(t) == title_n or norm(t) in body_n:
            continue
        rd = c.dt - datetime.timedelta(days=rr.randint(1, 60))
        rel.append((t, ra, f"{rd.day:02d}/{rd.month:02d}/{rd.year}"))
    nrel = rr.randint(2, 4)

    people, places = find_people_places(sents)
    cr = R(row, "captions")
    caps = []
    used = set()
    for _ in range(sp["ncap"]):
        for _try in range(6):
            t = make_caption(cr, people, places, title + " " + " ".join(sents[:6]))
            if t not in used:
                used.add(t)
                caps.append(t)
                break

    lines = []
    for key in sp["head"]:
        lines += head_item(key, sp, c, rng)
    lines.append((None, title))
    for key in sp["after"]:
        lines += byline_lines(sp, c, rng) if key == "byline" else head_item(key, sp, c, rng)
    # first caption near the top (lead photo) for half of pages
    np_ = len(paras)
    cap_at = sorted(cr.sample(range(0, max(1, np_ - 1)), min(len(caps), max(1, np_ - 1))))
    brk_at = np_ // 2 if sp["brk"] and np_ >= 3 else -1
    rel_at = max(1, (np_ * 2) // 3) if sp["relpos"] == "inside" and rel and np_ >= 3 else -1
    sep_at = set(cr.sample(range(1, np_), min(2, np_ - 1))) if sp["sep"] and np_ > 2 else set()
    pull_at = np_ // 3 if cr.random() < 0.3 and np_ >= 4 else -1
    ci = 0
    if sp["key"] in ("songhan_epaper", "chauthu_epaper", "mayngan_flip") and caps:
        lines += captions(sp, c, cr, caps[0])
        ci = 1
    for pi, p in enumerate(paras):
        if pi == brk_at:
            nxt = c.pg + cr.randint(2, 6)
            lines.append(("widget", f"(Xem tiếp trang {nxt})"))
            prev, c.pg = c.pg, nxt
            lines.append(("widget", fmt_date(sp["run"], c)))
            if cr.random() < 0.5:
                lines.append(("widget", rng.choice(sp["sections"])))
            lines.append(("widget", f"(Tiếp theo trang {prev})"))
        if pi in sep_at:
            lines.append(("widget", sp["sep"]))
        if pi == rel_at:
            lines += related_block(sp, c, rr, rel, min(nrel, 2))
            rel = rel[2:]
        if pi == pull_at:
            w = p[0].split()
            if len(w) > 14:
                lines.append(("widget", "“" + " ".join(w[:11]).rstrip(",;:.") + "…”"))
        lines.append(("body", p))
        if ci < len(caps) and ci < len(cap_at) and pi == cap_at[ci]:
            lines += captions(sp, c, cr, caps[ci])
            ci += 1
    while ci < len(caps):
        lines += captions(sp, c, cr, caps[ci])
        ci += 1
    if "byline" not in sp["after"]:
        lines += byline_lines(sp, c, rng)
    if sp["relpos"] == "after" and rel:
        lines += related_block(sp, c, rr, rel, nrel)
    for key in sp["foot"]:
        lines += foot_item(key, sp, c, rng)

    # drop furniture colliding with body/title (safety)
    bn = {norm(s) for p in paras for s in p}
    clean = []
    for tag, pl in lines:
        if tag not in (None, "body"):
            if norm(pl) in bn or (tag == "related" and norm(pl) == title_n) or not pl.strip():
                continue
            if norm(pl) == title_n or norm(pl) == norm(sp["site"]):
                tag = "widget"
        clean.append([tag, pl])
    lines = clean

    # character faults
    def mutate(s, how):
        sp_idx = [m.start() for m in re.finditer(" ", s)]
        if how == "nbsp" and sp_idx:
            for j in fr.sample(sp_idx, max(1, len(sp_idx) // 4)):
                s = s[:j] + "\u00a0" + s[j + 1:]
        elif how == "dblspace" and sp_idx:
            j = fr.choice(sp_idx)
            s = s[:j] + "  " + s[j + 1:]
        elif how == "zwsp":
            ws = [m for m in re.finditer(r"\w{4,}", s)]
            if ws:
                m = fr.choice(ws)
                j = m.start() + fr.randint(1, len(m.group()) - 1)
                s = s[:j] + "\u200b" + s[j:]
        return s

    for how in ("nbsp", "zwsp", "dblspace"):
        if how not in faults:
            continue
        targets = [ix for ix, (t, _) in enumerate(lines)]
        pick = fr.sample(targets, max(1, len(targets) // (3 if how == "nbsp" else 6)))
        if how == "dblspace":
            pick = [ix for ix in pick if lines[ix][0] != None][:2] or pick[:1]
        for ix in pick:
            t, pl = lines[ix]
            if t == "body":
                j = fr.randrange(len(pl))
                pl = list(pl)
                pl[j] = mutate(pl[j], how)
                lines[ix][1] = pl
            else:
                lines[ix][1] = mutate(pl, how)

    body, furn, out = [], [], []
    for t, pl in lines:
        if t == "body":
            body += pl
            out.append(" ".join(pl))
        else:
            out.append(pl)
            if t is not None:
                furn.append((t, pl))
    text = "\n".join(out)
    if "nfd" in faults:
        N = lambda s: unicodedata.normalize("NFD", s)
        text, body, furn = N(text), [N(b) for b in body], [(t, N(f)) for t, f in furn]
    return Page(text, body, furn, sp["key"]), faults


def check(page, title=None):
    """Independent walk over the text; raises ValueError on any breach of the contract."""
    lines = page.text.split("\n")
    bi = fi = 0
    body, furn = page.body, page.furniture
    unl = []
    for ln in lines:
        if not ln or ln != ln.strip():
            raise ValueError(f"blank or unstripped line: {ln!r}")
        if fi < len(furn) and ln == furn[fi][1]:
            if furn[fi][0] not in KINDS:
                raise ValueError(f"bad kind {furn[fi][0]!r}")
            fi += 1
            continue
        for n in range(1, 5):
            if bi + n <= len(body) and " ".join(body[bi:bi + n]) == ln:
                bi += n
                break
        else:
            unl.append(ln)
            if len(unl) > 3:
                raise ValueError(f"too many unlabelled lines at: {ln[:60]!r}")
    if bi != len(body) or fi != len(furn):
        raise ValueError("labels not used up by the walk")
    if len(body) < 3:
        raise ValueError("too few body items")
    for b in body:
        if not b or b not in page.text:
            raise ValueError("body item not in text")
    bn = {norm(b) for b in body}
    for f in [f for _, f in furn] + unl:
        if norm(f) in bn:
            raise ValueError(f"furniture/unlabelled line equals a body sentence: {f[:60]!r}")
    if title is not None:
        tn = norm(title)
        if tn in bn:
            raise ValueError("title equals a body sentence")
        for kind, f in furn:
            if kind == "related" and norm(f) == tn:
                raise ValueError("related line equals the title")


def pages(path):
    body_rows, rel_rows = read_rows(path)
    rel_pool = [(r, t, a) for r, t, a in rel_rows]
    out = []
    for k, (row, t, a) in enumerate(body_rows):
        title = detok(t)
        if not title:
            continue
        sents = story_sentences(a, title)
        if len(sents) < 3:
            continue
        page, faults = build_page(k, row, title, sents, rel_pool)
        check(page, title)
        out.append(page)
        FAULTLOG[id(page)] = faults
    return out


FAULTLOG = {}


def main(argv):
    if len(argv) < 2:
        print(__doc__)
        return 2
    ps = pages(argv[1])
    show = int(argv[argv.index("--show") + 1]) if "--show" in argv else 0
    cols = ["pages", "body"] + list(KINDS) + ["faults"]
    tab = {}
    for p in ps:
        r = tab.setdefault(p.layout, dict.fromkeys(cols, 0))
        r["pages"] += 1
        r["body"] += len(p.body)
        for kd, _ in p.furniture:
            r[kd] += 1
        r["faults"] += len(FAULTLOG.get(id(p), []))
    print(f"{'layout':<20}" + "".join(f"{c:>9}" for c in cols))
    tot = dict.fromkeys(cols, 0)
    for key in LAYOUTS:
        if key in tab:
            print(f"{key:<20}" + "".join(f"{tab[key][c]:>9}" for c in cols))
            for c in cols:
                tot[c] += tab[key][c]
    print(f"{'TOTAL':<20}" + "".join(f"{tot[c]:>9}" for c in cols))
    for p in ps[:show]:
        print("\n=================", p.layout, FAULTLOG.get(id(p)))
        print(p.text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
