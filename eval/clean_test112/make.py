#!/usr/bin/env python3
"""Held-out evaluation set `test112` for a cleaner of scraped Vietnamese news pages.

Theme: opinion, columns and interviews (op-eds, readers' letters, editorials,
long interviews, expert commentary, debate forums).

Usage:  python3 make.py /work/shared/data/vietnews_train.jsonl.gz
Exposes pages(path) -> list[Page]; Page = (text, body, furniture, layout).
Standard library only.  Every random draw comes from
random.Random(f"test112|11279|{row}|{purpose}").
"""
import gzip
import json
import random
import re
import sys
import unicodedata
from pathlib import Path
from typing import List, NamedTuple, Tuple

SETNAME = "test112"
SEED = 11279
BODY_ROWS = range(17100, 17200)
RELATED_ROWS = range(19400, 19500)
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
            if inr:
                rel[i] = (t, a[:1200])
            if inb:
                body[i] = (t, a)
    return body, rel


# ---------------------------------------------------------------- text
def detok(s):
    s = s.replace("_", " ")
    s = re.sub(r"[ \t\r\n\u00a0]+", " ", s).strip()
    # pair straight double quotes
    parts = s.split('"')
    if len(parts) > 1:
        out = parts[0]
        for k in range(1, len(parts)):
            seg = parts[k]
            if k % 2 == 1:          # inside quotes
                if k < len(parts) - 1:
                    out = out.rstrip() + (" " if out.rstrip() and not out.rstrip().endswith(("(", "[", "“")) else "") + '"' + seg.strip() + '"'
                else:
                    out += '"' + seg
            else:
                out += seg if (not seg or seg[0] in " ,.;:!?)…]") else " " + seg
        s = out
    # paired single quotes used as scare quotes: " ' word ' "
    s = re.sub(r"(^|\s)'\s+([^'\n]{1,80}?)\s+'(?=$|\s|[,.;:!?)])", r"\1'\2'", s)
    s = re.sub(r"\s+([,.;:!?%…])", r"\1", s)
    s = re.sub(r"([(\[“])\s+", r"\1", s)
    s = re.sub(r"\s+([)\]”])", r"\1", s)
    s = re.sub(r"(\S)\s+/\s+(\S)", r"\1/\2", s)
    s = re.sub(r" {2,}", " ", s)
    return s.strip()


ABBR = {"TP", "TS", "GS", "PGS", "ThS", "BS", "Q", "P", "St", "Th", "Mr", "Mrs", "Ms",
        "Dr", "TT", "NXB", "Tp", "KS", "CN", "Co", "Ltd", "Inc", "No", "v.v", "vs", "Sr", "Jr",
        "PGS.TS", "GS.TS", "TS.BS", "ThS.BS", "ĐH", "Tr", "tr", "ths"}


def is_upper_start(ch):
    return ch.isupper() or ch.isdigit()


def split_sentences(s):
    out, start = [], 0
    for m in re.finditer(r"[.!?…]+[\"”’)\]]*\s+", s):
        nxt = s[m.end():m.end() + 2]
        k = 0
        while k < len(nxt) and nxt[k] in "\"“([‘'":
            k += 1
        if k >= len(nxt) or not is_upper_start(nxt[k]):
            continue
        seg = s[start:m.start() + 1]
        if (seg.count('"') % 2 == 1 and '"' in s[m.end():m.end() + 400]) or seg.count("“") > seg.count("”"):
            continue
        punct = m.group(0).strip()
        if punct == ".":
            tok = s[:m.start()].rsplit(" ", 1)[-1]
            tok = tok.lstrip("\"“(")
            if tok in ABBR or re.fullmatch(r"[A-ZĐ]", tok) or re.fullmatch(r"(?:[A-Za-zĐđ]{1,3}\.)+[A-Za-zĐđ]{0,3}", tok):
                continue
        out.append(s[start:m.end()].strip())
        start = m.end()
    tail = s[start:].strip()
    if tail:
        out.append(tail)
    return out


CAPTION_MARKS = ("ảnh:", "(ảnh", "ảnh minh", "video:", "clip:", "minh hoạ", "minh họa", "(trái)",
                 "(phải)", "(giữa)", "nguồn:", "đồ hoạ", "đồ họa", "infographic", "ảnh chụp",
                 "photo", "ảnh do", "ảnh nhân vật", "ảnh cắt", "(ảnh", "từ trái sang", "ảnh tư liệu")
REPORT = ("nói", "cho biết", "cho hay", "khẳng định", "chia sẻ", "nhấn mạnh",
          "tiết lộ", "giải thích", "lý giải", "nhận định", "bày tỏ", "thừa nhận",
          "đề nghị", "cho rằng", "xác nhận", "tuyên bố",
          "dẫn lời", "kể lại", "nhận xét", "nêu rõ")
CONNECTIVES = ("Tuy nhiên", "Trong khi đó", "Ngoài ra", "Bên cạnh đó", "Theo đó", "Do đó",
               "Do vậy", "Vì vậy", "Vì thế", "Sau đó", "Trước đó", "Đồng thời", "Mặt khác",
               "Thậm chí", "Như vậy", "Ngay sau đó", "Từ đó", "Tuy vậy", "Dù vậy", "Cũng theo",
               "Hiện nay", "Hiện tại", "Nhưng", "Song", "Thế nhưng", "Còn", "Riêng", "Trước đây",
               "Cụ thể", "Đặc biệt", "Bởi vậy", "Chính vì", "Cùng với đó", "Ngược lại", "Trên thực tế",
               "Thực tế", "Ngoài việc", "Không chỉ", "Mặc dù", "Dù", "Nếu", "Khi", "Theo")


def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = re.sub(r"[\u200b\u200c\u200d\u2060\ufeff]", "", s)
    s = re.sub(r"\s+", "", s)
    return s.casefold()


def balanced(s):
    if s.count('"') % 2 or s.count("'") % 2:
        return False
    for a, b in ("()", "[]", "“”", "‘’"):
        if s.count(a) != s.count(b):
            return False
    return True


def keep_sentence(s, title_n):
    low = s.casefold()
    if any(m in low for m in CAPTION_MARKS):
        return False
    if any(c in s for c in "|•»«■►▶"):
        return False
    if not balanced(s):
        return False
    if not re.search(r"[.!?…][\"”’)\]]*$", s):
        return False
    words = s.split()
    if len(words) < 8 or len(words) > 110:
        return False
    if any(":" in w for w in words[:6]):
        return False
    if re.search(r"\(?\bTheo\s+[^\s,.]+(?:\s+[^\s,.]+){0,3}\)?\.?$", s) and not s.startswith("Theo"):
        return False
    first = next((c for c in s if c.isalpha()), "")
    if not first or not first.isupper():
        return False
    if norm(s) == title_n:
        return False
    short = len(words) <= 22 or (len(words) <= 30 and "," not in s)
    if short:
        has_rep = any(re.search(r"(?<!\w)" + re.escape(v) + r"(?!\w)", low) for v in REPORT)
        has_quote = '"' in s or "“" in s
        conn = any(s.startswith(c + " ") or s.startswith(c + ",") for c in CONNECTIVES)
        if not (has_rep or (has_quote and has_rep) or conn):
            return False
    return True


def story_sentences(title, article):
    t = detok(title)
    tn = norm(t)
    seen, out = set(), []
    for s in split_sentences(detok(article)):
        if not keep_sentence(s, tn):
            continue
        n = norm(s)
        if n in seen:
            continue
        seen.add(n)
        out.append(s)
    return t, out


# ---------------------------------------------------------------- people, names
SURN = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi",
        "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Trịnh", "Đinh", "Lương", "Tạ", "Mai", "Kiều"]
MID = ["Văn", "Thị", "Minh", "Thanh", "Hữu", "Ngọc", "Quốc", "Thu", "Đức", "Hoài", "Khánh", "Bảo", "Gia", "Như"]
GIV = ["An", "Bình", "Châu", "Duyên", "Hà", "Hải", "Hạnh", "Khôi", "Lâm", "Linh", "Long", "Mẫn",
       "Nhi", "Phong", "Quân", "Sang", "Tâm", "Thảo", "Tùng", "Uyên", "Vy", "Xuân", "Yến", "Đạt",
       "Trí", "Nguyên", "Huy", "Diệp", "Khuê", "Luân"]
PLACES = ["Hà Nội", "TP HCM", "Đà Nẵng", "Cần Thơ", "Huế", "Hải Phòng", "Nha Trang", "Quy Nhơn",
          "Vinh", "Buôn Ma Thuột", "Biên Hòa", "Long Xuyên"]
QUARTERS = ["Q.3, TP HCM", "Q. Bình Thạnh, TP HCM", "Q. Cầu Giấy, Hà Nội", "Q. Hải Châu, Đà Nẵng",
            "TP Vinh, Nghệ An", "Q. Ninh Kiều, Cần Thơ", "TP Thủ Dầu Một, Bình Dương", "Q. Đống Đa, Hà Nội"]


def full_name(rng, short=False):
    if short:
        return rng.choice(MID[2:]) + " " + rng.choice(GIV)
    return f"{rng.choice(SURN)} {rng.choice(MID)} {rng.choice(GIV)}"


def _cap_run(words, j, lo, hi):
    """Capitalised words from words[j] on (lo..hi of them), stripped of trailing punctuation."""
    run = []
    for w in words[j:j + hi]:
        core = w.rstrip(",.;:!?\")'”")
        if not core or not core[0].isupper() or not core.isalpha():
            break
        run.append(core)
        if core != w:
            break
    return run if len(run) >= lo else []


def story_people(sents):
    """Names that follow 'ông/bà/anh/chị' in the story, in order."""
    out = []
    for s in sents:
        words = s.split()
        for j, w in enumerate(words[:-1]):
            if w.lower() in ("ông", "bà", "anh", "chị"):
                run = _cap_run(words, j + 1, 2, 4)
                if run:
                    cand = w.capitalize() + " " + " ".join(run)
                    if cand not in out:
                        out.append(cand)
    return out


def story_places(sents):
    out = []
    for s in sents:
        words = s.split()
        for j, w in enumerate(words[:-1]):
            if w in ("tỉnh", "huyện", "xã", "quận", "TP"):
                run = _cap_run(words, j + 1, 1, 3)
                if run:
                    cand = w + " " + " ".join(run)
                    if cand not in out:
                        out.append(cand)
    return out


# ---------------------------------------------------------------- dates
WD = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def draw_date(rng):
    import datetime
    d0 = datetime.date(2016, 1, 1)
    d = d0 + datetime.timedelta(days=rng.randrange(0, 1461))
    return d, rng.randrange(6, 23), rng.randrange(0, 60)


def fmt_date(style, d, h, mi):
    wd = WD[d.weekday()]
    if style == 0:
        return f"{d.day:02d}/{d.month:02d}/{d.year} {h:02d}:{mi:02d}"
    if style == 1:
        return f"{wd}, {d.day}/{d.month}/{d.year}, {h:02d}:{mi:02d} (GMT+7)"
    if style == 2:
        return f"Cập nhật: {h:02d}:{mi:02d} ngày {d.day:02d}/{d.month:02d}/{d.year}"
    if style == 3:
        ap = "AM" if h < 12 else "PM"
        hh = h if h <= 12 else h - 12
        return f"{d.day:02d}-{d.month:02d}-{d.year} - {hh:02d}:{mi:02d} {ap}"
    if style == 4:
        return f"Ngày đăng: {d.day:02d}.{d.month:02d}.{d.year}"
    if style == 5:
        return f"{h:02d}:{mi:02d} | {wd.lower()}, {d.day:02d}/{d.month:02d}/{d.year}"
    if style == 6:
        return f"Đăng lúc {h:02d}h{mi:02d}, {d.day}/{d.month}/{d.year}"
    if style == 7:
        return f"{wd}, ngày {d.day:02d} tháng {d.month:02d} năm {d.year}"
    return f"{d.year}-{d.month:02d}-{d.day:02d} {h:02d}:{mi:02d}"


# ---------------------------------------------------------------- layouts
# Each layout: invented outlet fitting the theme, with its own habits.
LAYOUTS = [
    dict(key="L00_diendancongluan", site="Diễn Đàn Công Luận", host="diendancongluan.vn", sec="Góc nhìn",
         top=["menu", "breadcrumb"], site_top=True, byline_at="under_title", byform="expert", date_style=1,
         para=(2, 3), img="caption_credit_line", inline=["quote"], end=["authorbox", "disclaimer", "tags", "related_list"],
         related_head="Bài viết cùng tác giả", rel_form="plain", foot=True),
    dict(key="L01_gocnhinviet", site="GÓC NHÌN VIỆT", host="gocnhinviet.net", sec="Bình luận",
         top=["header_date", "menu"], site_top=True, byline_at="after_date", byform="bai", date_style=0,
         para=(1, 2), img="caption_inline_credit", inline=["xemthem"], end=["share", "related_dated"],
         related_head="Tin cùng chuyên mục", rel_form="dated", foot=True),
    dict(key="L02_bandocviet", site="Bạn Đọc Viết", host="bandocviet.com.vn", sec="Thư bạn đọc",
         top=["menu", "section"], site_top=False, byline_at="end", byform="reader", date_style=2,
         para=(1, 3), img="scene_only", inline=[], end=["disclaimer_reader", "invite", "comments", "related_list"],
         related_head="Ý kiến bạn đọc khác", rel_form="plain", foot=True),
    dict(key="L03_xaluanphuongnam", site="Thời Báo Phương Nam", host="thoibaophuongnam.vn", sec="Xã luận",
         top=["breadcrumb", "section"], site_top=True, byline_at="end", byform="caps", date_style=7,
         para=(2, 4), img="none", inline=["ad"], end=["share", "related_numbered"],
         related_head="ĐỌC NHIỀU", rel_form="numbered", foot=True),
    dict(key="L04_doithoai", site="Tạp chí Đối Thoại", host="tapchidoithoai.vn", sec="Phỏng vấn",
         top=["menu", "section"], site_top=True, byline_at="thuchien_top", byform="thuchien", date_style=4,
         para=(1, 3), img="caption_credit_line", inline=["quote", "image2"], end=["tags", "related_teaser"],
         related_head="Cuộc trò chuyện khác", rel_form="teaser", foot=False),
    dict(key="L05_tiengnoichuyengia", site="Tiếng Nói Chuyên Gia", host="tiengnoichuyengia.vn", sec="Chuyên gia bình luận",
         top=["breadcrumb"], site_top=False, byline_at="authorbox_top", byform="expert", date_style=5,
         para=(2, 3), img="caption_inline_credit", inline=["readtime_top"], end=["disclaimer", "related_list", "footer_contact"],
         related_head="Góc nhìn chuyên gia", rel_form="plain", foot=True),
    dict(key="L06_tranhluan24h", site="Tranh Luận 24h", host="tranhluan24h.vn", sec="Diễn đàn",
         top=["menu", "header_date"], site_top=True, byline_at="after_date", byform="name", date_style=6,
         para=(1, 2), img="scene_only", inline=["poll_mid"], end=["poll", "comments", "related_joined"],
         related_head=None, rel_form="joined", foot=True),
    dict(key="L07_ykienmoi", site="Báo Ý Kiến Mới", host="ykienmoi.vn", sec="Quan điểm",
         top=["menu"], site_top=True, byline_at="end_theo", byform="name", date_style=3,
         para=(1, 3), img="caption_credit_line", inline=["xemthem"], end=["tags", "related_list"],
         related_head="Tin liên quan", rel_form="bullet", foot=True),
    dict(key="L08_binhluanonline", site="Bình Luận Online", host="binhluanonline.vn", sec="Bình luận",
         top=["breadcrumb"], site_top=True, byline_at="under_title", byform="name", date_style=0,
         para=(2, 3), img="caption_inline_credit", inline=["ad"], end=["reactions", "comments", "related_teaser"],
         related_head="Có thể bạn quan tâm", rel_form="teaser", foot=False),
    dict(key="L09_nhipcaubandoc", site="Nhịp Cầu Bạn Đọc", host="nhipcaubandoc.vn", sec="Hộp thư bạn đọc",
         top=["menu", "section"], site_top=True, byline_at="end", byform="dash", date_style=2,
         para=(1, 2), img="none", inline=[], end=["invite", "share", "related_list"],
         related_head="Thư bạn đọc khác", rel_form="bullet", foot=True),
    dict(key="L10_quandiemthoisu", site="Quan Điểm Thời Sự", host="quandiemthoisu.vn", sec="Thời sự bình luận",
         top=["header_date", "breadcrumb"], site_top=False, byline_at="end_agency", byform="agency", date_style=1,
         para=(2, 4), img="caption_credit_line", inline=["xemthem"], end=["tags", "related_dated"],
         related_head="Tin khác", rel_form="dated", foot=True),
    dict(key="L11_nguoidoithoai", site="Tuần San Người Đối Thoại", host="nguoidoithoai.vn", sec="Đối thoại",
         top=["menu"], site_top=True, byline_at="thuchien_end", byform="thuchien", date_style=7,
         para=(1, 3), img="caption_inline_credit", inline=["quote", "image2"], end=["share", "related_numbered"],
         related_head="Đối thoại khác", rel_form="numbered", foot=True),
    dict(key="L12_kinhtesangtao", site="Diễn Đàn Kinh Tế Sáng Tạo", host="kinhtesangtao.vn", sec="Chuyên gia kinh tế",
         top=["breadcrumb", "readtime"], site_top=True, byline_at="under_title", byform="expert", date_style=8,
         para=(2, 3), img="infographic", inline=["ad"], end=["authorbox", "disclaimer", "related_list"],
         related_head="Phân tích khác", rel_form="plain", foot=True),
    dict(key="L13_gocpho", site="Nhật báo Phố Thị", host="nhatbaophothi.vn", sec="Góc phố - Tản văn",
         top=["menu", "section"], site_top=True, byline_at="author_photo", byform="name", date_style=4,
         para=(1, 2), img="none", inline=["quote"], end=["share", "related_bullet_inline"],
         related_head="Cùng tác giả", rel_form="bullet", foot=True),
    dict(key="L14_tiengdanque", site="Báo Điện Tử Tiếng Dân Quê", host="tiengdanque.vn", sec="Ý kiến",
         top=["header_date", "menu"], site_top=True, byline_at="end", byform="name", date_style=3,
         para=(2, 3), img="caption_credit_line", inline=["xemthem", "xemthem"], end=["tags", "related_list"],
         related_head="Tin cùng chuyên mục", rel_form="plain", foot=True),
    dict(key="L15_diendantre", site="Diễn Đàn Trẻ Online", host="diendantre.vn", sec="Tranh luận",
         top=["menu"], site_top=False, byline_at="after_date", byform="name", date_style=5,
         para=(1, 2), img="scene_only", inline=["hashtags"], end=["reactions", "poll", "comments", "related_joined"],
         related_head=None, rel_form="joined", foot=True),
    dict(key="L16_sotayphongvien", site="Sổ Tay Phóng Viên", host="sotayphongvien.vn", sec="Sổ tay",
         top=["breadcrumb"], site_top=True, byline_at="end", byform="caps", date_style=6,
         para=(1, 3), img="caption_inline_credit", inline=[], end=["share", "related_dated"],
         related_head="Bài đã đăng", rel_form="dated", foot=True),
    dict(key="L17_nghiluan", site="Tạp Chí Nghị Luận", host="tapchinghiluan.vn", sec="Tiểu luận",
         top=["menu", "section"], site_top=True, byline_at="under_title", byform="expert", date_style=7,
         para=(3, 4), img="none", inline=["quote", "related_inline_joined"], end=["authorbox", "tags", "related_teaser"],
         related_head="Tiểu luận khác", rel_form="teaser", foot=True),
    dict(key="L18_mientrung", site="Nhật Báo Miền Trung", host="nhatbaomientrung.vn", sec="Ý kiến - Video",
         top=["header_date", "breadcrumb"], site_top=True, byline_at="after_date", byform="bai", date_style=0,
         para=(2, 3), img="video", inline=["ad"], end=["share", "related_list"],
         related_head="Video khác", rel_form="plain", foot=True),
    dict(key="L19_tiengvong", site="Tiếng Vọng Online", host="tiengvong.vn", sec="Góc nhìn",
         top=["menu", "breadcrumb"], site_top=False, byline_at="end", byform="name", date_style=8,
         para=(1, 3), img="gallery", inline=["xemthem"], end=["reactions", "related_teaser"],
         related_head="Xem tiếp", rel_form="teaser", foot=True),
]

MENUS = [
    "Trang chủ Thời sự Góc nhìn Ý kiến Bạn đọc Phỏng vấn Video",
    "TRANG CHỦ | XÃ LUẬN | BÌNH LUẬN | DIỄN ĐÀN | ĐỐI THOẠI",
    "Thời sự - Góc nhìn - Tranh luận - Chuyên gia - Bạn đọc viết",
    "Mới nhất Ý kiến Tranh luận Phỏng vấn Tản văn Đọc nhiều",
]
EXPERT_TITLES = ["TS.", "PGS.TS", "ThS.", "Luật sư", "GS.", "Nhà báo", "Kiến trúc sư", "BS."]
EXPERT_BIOS = ["Giảng viên Trường Đại học Kinh tế Sông Hồng", "Nguyên Viện trưởng Viện Nghiên cứu Chính sách Công Phương Đông",
               "Chuyên gia tài chính, Công ty tư vấn Minh Tín", "Đoàn Luật sư TP HCM, Văn phòng luật Ánh Dương",
               "Nhà nghiên cứu xã hội học, Trung tâm Nghiên cứu Đô thị Bến Nghé", "Bác sĩ, Bệnh viện Đa khoa Tâm Đức",
               "Cựu phóng viên thường trú, cộng tác viên chuyên mục Góc nhìn"]
AGENCIES = ["(TTXVN)", "(Thông tấn Phương Nam)", "(PV)", "(CTV)"]
THEO_OUTLETS = ["Theo Nhật báo Sông Hàn", "Theo Tuần báo Đất Phương Nam", "Theo Tạp chí Thềm Nhà", "Theo Báo Hừng Đông"]
SCENES = {
    "op": ["Người dân theo dõi tin tức trên điện thoại tại một quán cà phê ven đường.",
           "Nhiều ý kiến trái chiều xoay quanh vấn đề này trên mạng xã hội.",
           "Một buổi tọa đàm lấy ý kiến chuyên gia về vấn đề đang gây tranh cãi."],
    "reader": ["Bạn đọc gửi thư góp ý về tòa soạn trong tuần qua.",
               "Một góc phố quen thuộc được nhắc đến trong thư của bạn đọc."],
    "interview": ["Khách mời trò chuyện với phóng viên tại tòa soạn.",
                  "Cuộc trao đổi kéo dài gần hai giờ trong không khí cởi mở."],
}


# ---------------------------------------------------------------- page builder
class Builder:
    def __init__(self):
        self.lines = []   # (kind, payload) kind in KINDS | 'body' (payload list of items) | 'u'

    def add(self, kind, s):
        self.lines.append((kind, s))


def make_byline(L, rng):
    f = L["byform"]
    if f == "bai":
        return [f"Bài: {full_name(rng)}"]
    if f == "expert":
        return [f"{rng.choice(EXPERT_TITLES)} {full_name(rng)}"]
    if f == "reader":
        return [f"Bạn đọc {full_name(rng)} ({rng.choice(QUARTERS)})"]
    if f == "caps":
        return [full_name(rng).upper()]
    if f == "dash":
        return [f"{full_name(rng)} - {rng.choice(PLACES)}"]
    if f == "thuchien":
        return [f"Thực hiện: {full_name(rng)}"]
    if f == "agency":
        return [f"{full_name(rng, short=True)} {rng.choice(AGENCIES)}"]
    return [full_name(rng)]


def make_captions(sents, rng, style_key):
    people = story_people(sents)
    places = story_places(sents)
    caps = []
    for p in people[:2]:
        caps.append(rng.choice([f"{p} trao đổi với phóng viên.", f"{p} tại buổi làm việc.",
                                f"{p} trong một lần xuất hiện trước báo giới.", f"{p}."]))
    for pl in places[:1]:
        pl2 = pl[0].upper() + pl[1:]
        caps.append(rng.choice([f"Một góc {pl}.", f"{pl2} nhìn từ trên cao.", f"Người dân {pl} trong giờ cao điểm."]))
    caps += SCENES[style_key]
    rng.shuffle(caps)
    return caps


def clip(s, n):
    if len(s) <= n:
        return s
    cut = s[:n].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "…"


def related_items(rel_pool, row, n):
    rng = R(row, "related-pick")
    keys = sorted(rel_pool)
    if not keys:
        return []
    picks = rng.sample(keys, min(n, len(keys)))
    out = []
    for k in picks:
        t, a = rel_pool[k]
        head = detok(t)
        sents = split_sentences(detok(a))
        longs = [x for x in sents if len(x.split()) >= 14 and x[0].isupper()
                 and not any(m in x.casefold() for m in CAPTION_MARKS) and balanced(x)]
        teaser = clip(longs[0] if longs else detok(a), rng.randrange(110, 190))
        out.append((k, head, teaser))
    return out


def build_page(k, row, title_raw, article, rel_pool):
    L = LAYOUTS[k % len(LAYOUTS)]
    title, sents = story_sentences(title_raw, article)
    if len(sents) < 3:
        return None
    rng = R(row, "layout")
    frng = R(row, "faults")
    faults = []
    if frng.random() < 0.27:
        faults = frng.sample(["nbsp", "zwsp", "dblspace", "glue", "nfd"], frng.choice([1, 1, 2]))
    # paragraphs of items
    prng = R(row, "paragraphs")
    items_all = list(sents)
    paras, i = [], 0
    while i < len(items_all):
        n = prng.randint(*L["para"])
        paras.append(items_all[i:i + n])
        i += n
    if "glue" in faults:
        cand = [j for j, p in enumerate(paras) if len(p) >= 2 and not p[0].endswith(("…", '"', "”", ")"))]
        if cand:
            j = prng.choice(cand)
            paras[j] = [paras[j][0] + paras[j][1]] + paras[j][2:]
        else:
            faults.remove("glue")
    drng = R(row, "date")
    d, h, mi = draw_date(drng)
    date_line = fmt_date(L["date_style"], d, h, mi)
    brng = R(row, "byline")
    by = make_byline(L, brng)
    crng = R(row, "captions")
    style_key = "reader" if L["byform"] in ("reader", "dash") else ("interview" if L["byform"] == "thuchien" else "op")
    caps = make_captions(sents, crng, style_key)
    photog = full_name(R(row, "photographer"))
    nrel = rng.randint(3, 6)
    rel = related_items(rel_pool, row, nrel + 2)
    body_norms = {norm(s) for s in sents} | {norm(t) for p in paras for t in p}
    tnorm = norm(title)
    rel = [r for r in rel if norm(r[1]) not in body_norms | {tnorm} and norm(r[2]) not in body_norms | {tnorm}]
    rel_inline, rel_end = rel[:2], rel[2:2 + nrel]
    if len(rel_end) < 2:
        rel_inline, rel_end = [], rel
    site = L["site"]
    b = Builder()
    # ---- header
    for t in L["top"]:
        if t == "menu":
            b.add("widget", MENUS[k % len(MENUS)])
        elif t == "breadcrumb":
            b.add("widget", rng.choice([f"Trang chủ » {L['sec']}", f"Trang chủ / Ý kiến / {L['sec']}", f"{site} > {L['sec']}"]))
        elif t == "header_date":
            today = d
            b.add("widget", f"{WD[today.weekday()]}, {today.day:02d}/{today.month:02d}/{today.year}")
        elif t == "section":
            b.add("widget", L["sec"].upper())
        elif t == "readtime":
            b.add("widget", f"{rng.randint(4, 14)} phút đọc")
        if t == "menu" and L["site_top"] and not any(x[0] == "u" for x in b.lines):
            b.add("u", site)
    if L["site_top"] and not any(x[0] == "u" for x in b.lines):
        b.lines.insert(0, ("u", site))
    b.add("u", title)
    ba = L["byline_at"]
    if ba == "under_title":
        for x in by:
            b.add("byline", x)
        b.add("u", date_line)
    elif ba == "after_date":
        b.add("u", date_line)
        for x in by:
            b.add("byline", x)
    elif ba == "thuchien_top":
        b.add("u", date_line)
        for x in by:
            b.add("byline", x)
    elif ba == "authorbox_top":
        b.add("byline", by[0])
        b.add("byline", rng.choice(EXPERT_BIOS))
        b.add("u", date_line)
    elif ba == "author_photo":
        b.add("widget", "Ảnh tác giả")
        b.add("byline", by[0])
        b.add("u", date_line)
    else:
        b.add("u", date_line)
    if "readtime_top" in L["inline"]:
        b.add("widget", f"Thời gian đọc: {rng.randint(3, 12)} phút")
    if L["key"].startswith(("L00", "L08", "L15")):
        b.add("widget", rng.choice(["Chia sẻ Facebook Zalo", "Thích 0 Chia sẻ", "A- A A+ In bài"]))
    if L["key"].startswith("L04") or L["key"].startswith("L11"):
        b.add("widget", "LTS: Tòa soạn giới thiệu cuộc trò chuyện, nội dung đã được biên tập lại cho gọn.")

    # ---- image block
    def image_block(cap):
        mode = L["img"]
        if mode == "caption_credit_line":
            b.add("caption", cap)
            b.add("credit", f"Ảnh: {photog}")
        elif mode == "caption_inline_credit":
            b.add("caption", rng.choice([f"{cap} (Ảnh: {photog})", f"{cap} Ảnh: {photog}"]))
        elif mode == "scene_only":
            b.add("caption", cap)
        elif mode == "infographic":
            b.add("widget", "Phóng to")
            b.add("caption", rng.choice(["Diễn biến chính của vấn đề qua các năm.", "Các con số đáng chú ý trong bài viết.",
                                         "Tóm tắt những ý kiến chính được nêu."]))
            b.add("credit", f"Đồ hoạ: {photog}")
        elif mode == "video":
            b.add("widget", f"00:00 / 0{rng.randint(1, 5)}:{rng.randint(10, 59)}")
            b.add("caption", cap)
            b.add("credit", f"Video: {photog}")
        elif mode == "gallery":
            n = rng.randint(4, 9)
            b.add("widget", f"Ảnh 1/{n}")
            b.add("caption", f"{cap} (Ảnh: {photog})")

    ci = 0
    # first image after title block for most layouts
    if L["img"] != "none" and L["key"] not in ("L13_gocpho",):
        image_block(caps[ci]); ci += 1

    # ---- body with inline furniture
    inl = list(L["inline"])
    insert_at = {}
    np_ = len(paras)
    slots = list(range(1, np_)) if np_ > 1 else []
    irng = R(row, "inline")
    for what in inl:
        if what in ("readtime_top",):
            continue
        if slots:
            insert_at.setdefault(irng.choice(slots), []).append(what)
    if L["img"] in ("caption_credit_line", "caption_inline_credit", "gallery") and np_ >= 4 and ci < len(caps):
        insert_at.setdefault(np_ // 2 + 1 if np_ // 2 + 1 < np_ else np_ - 1, []).append("image")
    quote_src = None
    for p in paras:
        for s in p:
            m = re.search(r'"([^"]{30,200})"', s)
            if m and norm('"' + m.group(1) + '"') not in body_norms:
                quote_src = m.group(1)
                break
        if quote_src:
            break
    for j, p in enumerate(paras):
        for what in insert_at.get(j, []):
            if what == "quote":
                if quote_src:
                    q = quote_src if len(quote_src) < 150 else clip(quote_src, 140)
                    b.add("widget", f"“{q.rstrip('.,')}”")
                    quote_src = None
            elif what == "xemthem" and rel_inline:
                r_ = rel_inline.pop(0)
                b.add("related", f"Xem thêm: {r_[1]}")
            elif what == "related_inline_joined" and rel_inline:
                b.add("related", "Đọc thêm: " + " | ".join(r_[1] for r_ in rel_inline))
                rel_inline = []
            elif what == "ad":
                b.add("widget", rng.choice(["Quảng cáo", "ADVERTISEMENT", "- Quảng cáo -"]))
            elif what == "poll_mid":
                b.add("widget", "Bạn đồng tình với quan điểm nào? Bình chọn ở cuối bài")
            elif what == "hashtags":
                b.add("widget", "#tranhluan #gocnhintre #" + L["host"].split(".")[0])
            elif what == "image2" or what == "image":
                if ci < len(caps):
                    image_block(caps[ci]); ci += 1
        b.add("body", list(p))

    # ---- after the story
    if ba in ("end", "thuchien_end"):
        for x in by:
            b.add("byline", x)
    elif ba == "end_theo":
        b.add("byline", by[0])
        b.add("byline", rng.choice(THEO_OUTLETS))
    elif ba == "end_agency":
        b.add("byline", by[0])
    ern = R(row, "end")
    for e in L["end"]:
        if e == "authorbox":
            nm = by[0]
            b.add("widget", "VỀ TÁC GIẢ")
            b.add("byline", nm if nm.upper() != nm else nm.title())
            b.add("byline", ern.choice(EXPERT_BIOS))
        elif e == "disclaimer":
            b.add("widget", ern.choice(["Bài viết thể hiện quan điểm riêng của tác giả, không nhất thiết phản ánh quan điểm của tòa soạn.",
                                        "* Quan điểm trong bài là của tác giả. Mời bạn đọc tiếp tục thảo luận."]))
        elif e == "disclaimer_reader":
            b.add("widget", "Bài viết là ý kiến riêng của bạn đọc. Tòa soạn có biên tập lại một số chỗ.")
        elif e == "invite":
            b.add("widget", f"Mời bạn đọc gửi thư, ý kiến về địa chỉ bandoc@{L['host']}")
        elif e == "tags":
            tg = [L["sec"].lower()]
            tg += [x if x.startswith("TP ") else x.split(" ", 1)[1] for x in story_places(sents)[:2]]
            tg += [x.split(" ", 1)[1] for x in story_people(sents)[:1]]
            b.add("widget", "Từ khóa: " + ", ".join(tg))
        elif e == "share":
            b.add("widget", ern.choice(["Chia sẻ bài viết: Facebook Twitter Email", "Gửi bài In bài Chia sẻ", "Facebook Zalo Sao chép liên kết"]))
        elif e == "reactions":
            b.add("widget", f"Thích {ern.randint(3, 900)} · Phẫn nộ {ern.randint(0, 90)} · Đồng tình {ern.randint(5, 400)}")
        elif e == "poll":
            b.add("widget", "Bạn có đồng ý với ý kiến của tác giả?")
            b.add("widget", "Đồng ý")
            b.add("widget", "Không đồng ý")
            b.add("widget", f"Biểu quyết | Xem kết quả ({ern.randint(20, 3000)} lượt)")
        elif e == "comments":
            nc = ern.randint(2, 40)
            b.add("widget", f"Bình luận ({nc})")
            for _ in range(ern.randint(1, 3)):
                who = full_name(ern)
                b.add("widget", f"{who}: " + ern.choice(["Hoàn toàn đồng ý với tác giả, mong các cơ quan sớm vào cuộc.",
                                                          "Bài viết hay nhưng theo tôi còn phiến diện.",
                                                          "Chuyện này nói mãi rồi mà vẫn vậy.",
                                                          "Cảm ơn tòa soạn đã lên tiếng thay người dân."]))
                b.add("widget", f"{ern.randint(1, 23)} giờ trước · Thích · Trả lời")
        elif e == "footer_contact":
            b.add("widget", f"Gửi ý kiến phản biện: chuyengia@{L['host']} | Đường dây nóng: 0{ern.randint(900, 989)} {ern.randint(100, 999)} {ern.randint(100, 999)}")
        elif e.startswith("related"):
            add_related(b, L, rel_end, ern, d)
    if L["foot"]:
        b.add("widget", f"© {d.year} {site}. Giấy phép số {ern.randint(10, 480)}/GP-BTTTT. Ghi rõ nguồn khi phát hành lại.")
    return finish(b, L, faults, row, sents)


def add_related(b, L, rel, rng, d):
    if not rel:
        return
    form = L["rel_form"]
    if form == "joined":
        b.add("related", "Tin liên quan: " + "; ".join(r[1] for r in rel[:3]))
        return
    if L["related_head"]:
        b.add("widget", L["related_head"])
    import datetime
    for n, r in enumerate(rel, 1):
        if form == "plain":
            b.add("related", r[1])
        elif form == "bullet":
            b.add("related", "• " + r[1])
        elif form == "numbered":
            b.add("related", f"{n}. {r[1]}")
        elif form == "dated":
            dd = d - datetime.timedelta(days=rng.randint(1, 40))
            b.add("related", f"{r[1]} ({dd.day:02d}/{dd.month:02d}/{dd.year})")
        elif form == "teaser":
            b.add("related", r[1])
            b.add("related", r[2])


def fault_str(s, kind, rng):
    if kind == "nbsp":
        sp = [m.start() for m in re.finditer(" ", s)]
        if not sp:
            return s
        for p in rng.sample(sp, max(1, len(sp) // 3)):
            s = s[:p] + "\u00a0" + s[p + 1:]
        return s
    if kind == "zwsp":
        ws = [m for m in re.finditer(r"\w{4,}", s)]
        if not ws:
            return s
        m = rng.choice(ws)
        p = m.start() + rng.randint(1, len(m.group(0)) - 1)
        return s[:p] + "\u200b" + s[p:]
    if kind == "dblspace":
        sp = [m.start() for m in re.finditer(" ", s)]
        if not sp:
            return s
        p = rng.choice(sp)
        return s[:p] + "  " + s[p + 1:]
    return s


def finish(b, L, faults, row, sents):
    frng = R(row, "fault-apply")
    lines = list(b.lines)
    for f in faults:
        if f in ("nbsp", "zwsp", "dblspace"):
            idx = list(range(len(lines)))
            picks = frng.sample(idx, max(1, len(idx) // (3 if f == "nbsp" else 6)))
            for i in sorted(picks):
                kind, pay = lines[i]
                if kind == "body":
                    j = frng.randrange(len(pay))
                    pay = list(pay)
                    pay[j] = fault_str(pay[j], f, frng)
                    lines[i] = (kind, pay)
                else:
                    lines[i] = (kind, fault_str(pay, f, frng))
    if "nfd" in faults:
        nf = lambda s: unicodedata.normalize("NFD", s)
        lines = [(k, [nf(x) for x in p]) if k == "body" else (k, nf(p)) for k, p in lines]
    text_lines, body, furn = [], [], []
    for kind, pay in lines:
        if kind == "body":
            line = " ".join(pay)
            body.extend(pay)
        else:
            line = pay
            if kind != "u":
                furn.append((kind, line))
        text_lines.append(line)
    # the sentences themselves must not clash with furniture either
    sn = {norm(s) for s in sents}
    for kind, line in furn:
        if norm(line) in sn:
            raise ValueError(f"row {row}: furniture equals a story sentence: {line!r}")
    page = Page("\n".join(text_lines), body, furn, L["key"])
    check_page(page)
    return page, faults


# ---------------------------------------------------------------- contract check
def check_page(p):
    lines = p.text.split("\n")
    if not p.body:
        raise ValueError("empty body")
    for ln in lines:
        if not ln.strip() or ln != ln.strip():
            raise ValueError(f"blank or unstripped line: {ln!r}")
    for kind, ln in p.furniture:
        if kind not in KINDS:
            raise ValueError(f"bad kind {kind}")
    for it in p.body:
        if it not in p.text:
            raise ValueError(f"body item not in text: {it!r}")
    bi = fi = 0
    unl = []
    for ln in lines:
        if fi < len(p.furniture) and ln == p.furniture[fi][1]:
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
        unl.append(ln)
        if len(unl) > 3:
            raise ValueError(f"more than 3 unlabelled lines: {unl!r}")
    if bi != len(p.body) or fi != len(p.furniture):
        raise ValueError("walk did not use up body/furniture")
    un = [norm(x) for x in unl]
    if len(set(un)) != len(un):
        raise ValueError("repeated unlabelled line")
    bn = {norm(x) for x in p.body}
    for kind, ln in p.furniture:
        if norm(ln) in bn:
            raise ValueError(f"furniture equals body: {ln!r}")
        if kind == "related" and norm(ln) in set(un):
            raise ValueError(f"related equals title: {ln!r}")
    for x in un:
        if x in bn:
            raise ValueError("unlabelled equals body")


# ---------------------------------------------------------------- main API
_FAULTS = {}


def pages(path):
    body_rows, rel_pool = read_rows(Path(path))
    out = []
    _FAULTS.clear()
    for k, row in enumerate(sorted(body_rows)):
        t, a = body_rows[row]
        res = build_page(k, row, t, a, rel_pool)
        if res is None:
            continue
        page, faults = res
        _FAULTS[len(out)] = faults
        out.append(page)
    return out


def main(argv):
    path = argv[1] if len(argv) > 1 else "/work/shared/data/vietnews_train.jsonl.gz"
    ps = pages(path)
    cols = ["pages", "body"] + list(KINDS) + ["faults"]
    tab = {}
    for i, p in enumerate(ps):
        r = tab.setdefault(p.layout, dict.fromkeys(cols, 0))
        r["pages"] += 1
        r["body"] += len(p.body)
        for kind, _ in p.furniture:
            r[kind] += 1
        r["faults"] += 1 if _FAULTS.get(i) else 0
    print(f"{'layout':<24}" + "".join(f"{c:>9}" for c in cols))
    tot = dict.fromkeys(cols, 0)
    for key in sorted(tab):
        print(f"{key:<24}" + "".join(f"{tab[key][c]:>9}" for c in cols))
        for c in cols:
            tot[c] += tab[key][c]
    print(f"{'TOTAL':<24}" + "".join(f"{tot[c]:>9}" for c in cols))


if __name__ == "__main__":
    main(sys.argv)
