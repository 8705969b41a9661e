#!/usr/bin/env python3
"""Page maker for held-out set `test106` (army, police and security papers).

Builds ~100 labelled scraped article pages of invented Vietnamese outlets from
VietNews rows.  Standard library only.  Usage:

    python3 make.py /work/shared/data/vietnews_train.jsonl.gz
"""
import gzip
import json
import random
import re
import sys
import unicodedata
from collections import OrderedDict
from pathlib import Path
from typing import List, NamedTuple, Tuple

SETNAME = "test106"
SEED = 10691
BODY_ROWS = range(15600, 15700)
RELATED_ROWS = range(18800, 18900)
KINDS = ("byline", "credit", "caption", "related", "widget")


class Page(NamedTuple):
    text: str
    body: List[str]
    furniture: List[Tuple[str, str]]
    layout: str


def rng(row, purpose):
    return random.Random(f"{SETNAME}|{SEED}|{row}|{purpose}")


# ---------------------------------------------------------------- reading
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
            else:
                related.append((i, t, a[:1200]))
    return body, related


# ---------------------------------------------------------------- text
def detok(s):
    s = s.replace("_", " ")
    s = re.sub(r"[ \t\r\n\u00a0]+", " ", s).strip()
    # pair straight double quotes
    parts = s.split('"')
    if len(parts) > 1:
        out = parts[0]
        for j, p in enumerate(parts[1:]):
            if j % 2 == 0:  # opening quote
                out = out + '"' + p.lstrip()
            else:
                out = out.rstrip() + '"' + p
        s = out
    s = re.sub(r"“\s+", "“", s)
    s = re.sub(r"\s+”", "”", s)
    s = re.sub(r"‘\s+", "‘", s)
    s = re.sub(r"\s+’", "’", s)
    s = re.sub(r"(^|\s)' ([^']{1,80}?) '(?=[\s,.;:!?]|$)", r"\1'\2'", s)
    s = re.sub(r"([(\[])\s+", r"\1", s)
    s = re.sub(r"\s+([)\]])", r"\1", s)
    s = re.sub(r"\s+([,.;:!?%…])", r"\1", s)
    s = re.sub(r"(\S) / (\S)", r"\1/\2", s)
    s = re.sub(r" {2,}", " ", s)
    return s.strip()


ABBR = {"tp", "ts", "gs", "pgs", "ths", "bs", "q", "p", "th", "ks", "ls", "nxb",
        "tt", "ncs", "cn", "ck", "st", "mr", "mrs", "dr", "no", "vs", "v.v", "tr"}
OPENERS = '"“‘(\''


def split_sents(text):
    out, start = [], 0
    for m in re.finditer(r"[.!?…]+[\"”’)\]']*(?= )", text):
        end = m.end()
        nxt = text[end + 1:end + 3]
        if not nxt:
            continue
        c = nxt[0]
        if c in OPENERS:
            c = nxt[1:2] or "x"
        if not (c.isupper() or c.isdigit()):
            continue
        before = text[start:m.start() + 1]
        if m.group(0).startswith(".") and len(m.group(0).rstrip("\"”’)]'")) == 1:
            w = before.split()[-1] if before.split() else ""
            core = w.rstrip(".").lstrip(OPENERS)
            if core.lower() in ABBR:
                continue
            if len(core) == 1 and core.isalpha():
                continue
            if "." in core and re.fullmatch(r"(?:\w\.)+\w?", core + "."):
                continue
        out.append(text[start:end].strip())
        start = end + 1
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return out


CAPTION_MARKS = re.compile(
    r"(Ảnh:|Ảnh :|\(Ảnh|\(ảnh|Video:|Clip:|minh hoạ|minh họa|Minh hoạ|Minh họa|\(trái\)|\(phải\)|"
    r"\(giữa\)|Nguồn:|Đồ hoạ|Đồ họa|Infographic|Ảnh minh|Ảnh tư liệu|\(Nguồn|Tin, ảnh|Clip )")
REPORT = re.compile(
    r"\b(cho biết|cho hay|nói|khẳng định|chia sẻ|thông tin|nhấn mạnh|tiết lộ|kể|thừa nhận|"
    r"phát biểu|tuyên bố|cho rằng|nhận định|đề nghị|yêu cầu|giải thích|trả lời|bày tỏ|"
    r"xác nhận|thông báo|báo cáo|lưu ý|khuyến cáo|đánh giá|nêu rõ|nhận xét|khai nhận|"
    r"thừa nhận|tâm sự|kiến nghị|đề xuất|phản ánh|lý giải|dẫn lời|trao đổi)\b")
CONNECTIVES = ("Tuy nhiên", "Ngoài ra", "Bên cạnh đó", "Do đó", "Vì vậy", "Trước đó",
               "Sau đó", "Trong khi đó", "Đồng thời", "Hiện nay", "Thế nhưng", "Mặc dù",
               "Nhưng", "Song", "Đặc biệt", "Cùng với", "Ngay sau đó", "Như vậy",
               "Theo đó", "Cụ thể", "Trong đó", "Sau khi", "Thậm chí", "Hơn nữa",
               "Mặt khác", "Tiếp đó", "Vì thế", "Do vậy", "Bởi vậy", "Ngoài việc",
               "Trước tình hình", "Cũng theo", "Theo", "Tuy vậy", "Dù vậy", "Ngược lại",
               "Đáng chú ý", "Trước thực trạng", "Từ đó", "Khi", "Nếu", "Còn")
TERMINAL = re.compile(r"[.!?…][\"”’)\]']*$")


def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = re.sub(r"[\u200b\u200c\u200d\u2060\ufeff]", "", s)
    s = re.sub(r"\s+", "", s)
    return s.casefold()


def balanced(s):
    if s.count('"') % 2:
        return False
    for a, b in ("“”", "()", "[]", "‘’"):
        if s.count(a) != s.count(b):
            return False
    return True


MIDCAP = {"Theo", "Dịp", "Trong", "Tại", "Sau", "Ngày", "Khi", "Với", "Hiện", "Chiều", "Sáng",
          "Tối", "Trước", "Cũng", "Các", "Những", "Nhiều", "Một", "Ông", "Bà", "Anh", "Chị",
          "Luật", "Đây", "Điều", "Việc", "Nếu", "Do", "Vì", "Tuy", "Ngoài", "Bên", "Để", "Hôm",
          "Năm", "Từ", "Còn", "Đến", "Người", "Cơ", "Lực", "Đại", "Hai", "Ba"}


def glued_heading(s):
    """A sub-heading run into the next sentence: '... thói quen Theo khảo sát ...'."""
    w = s.split()
    for i in range(1, len(w) - 1):
        a, b, c = w[i - 1], w[i], w[i + 1]
        if b in MIDCAP and a[-1:].isalpha() and a[:1].islower() and c[:1].islower():
            return True
    return False


def keep_sentence(s, title_n):
    w = s.split()
    if len(w) < 8 or len(w) > 110:
        return False
    if any(c in s for c in "|•»"):
        return False
    if CAPTION_MARKS.search(s):
        return False
    if not balanced(s) or not TERMINAL.search(s):
        return False
    if any(":" in x for x in w[:6]):
        return False
    first = s.lstrip(OPENERS)[:1]
    if not first or not (first.isupper() or first.isdigit()):
        return False
    if "Theo" in w[1:] and w[1:].index("Theo") + 1 >= len(w) - 6:
        return False
    if re.search(r"\(\s*[Tt]heo [^)]*\)\W*$", s):
        return False
    if re.search(r"\):\s*[A-ZĐ]", s):  # interview sub-heading glued to the text
        return False
    if norm(s) == title_n:
        return False
    if glued_heading(s):
        return False
    if re.match(r'^["“][^"”]+["”] [A-ZĐ]', s):  # quoted heading run into the text
        return False
    short = len(w) <= 22 or (len(w) <= 30 and "," not in s)
    if short:
        ok = bool(REPORT.search(s)) or ("“" in s or '"' in s) and REPORT.search(s)
        ok = ok or any(s.startswith(c + " ") or s.startswith(c + ",") for c in CONNECTIVES)
        if not ok:
            return False
    return True


def story_sentences(title, article):
    tn = norm(title)
    text = detok(article)
    sents = split_sents(text)
    if len(article) == 1201 and sents:  # probably cut: last sentence unsafe
        sents = sents[:-1]
    out, seen = [], set()
    for s in sents:
        if not keep_sentence(s, tn):
            continue
        n = norm(s)
        if n in seen:
            continue
        seen.add(n)
        out.append(s)
    return out


# ---------------------------------------------------------------- invented data
SURN = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
        "Dương", "Lý", "Trịnh", "Đinh", "Phan", "Mai", "Tạ", "Lương", "Kiều"]
MID = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Quang", "Ngọc", "Thanh", "Xuân", "Công",
       "Thu", "Hồng", "Mạnh", "Trọng", "Bảo", "Kim", "Duy", "Anh"]
GIVEN = ["Tâm", "Hùng", "Hải", "Long", "Phong", "Lan", "Hà", "Dũng", "Tuấn", "Thắng",
         "Hiếu", "Nghĩa", "Trung", "Sơn", "Vinh", "Huyền", "Thảo", "Khánh", "Lực",
         "Toàn", "Chiến", "Thành", "Quyết", "Bình", "Hưng", "Linh", "Nhung", "Đạt"]
RANKS = ["Thiếu úy", "Trung úy", "Thượng úy", "Đại úy", "Thiếu tá", "Trung tá",
         "Thượng tá", "Đại tá"]
WEEK = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]

SCENES = {
    "army": ["Cán bộ, chiến sĩ đơn vị luyện tập trên thao trường trong nắng sớm.",
             "Bộ đội hành quân dã ngoại qua địa bàn vùng cao.",
             "Chiến sĩ mới làm quen với điều lệnh đội ngũ tại đơn vị huấn luyện.",
             "Chỉ huy đơn vị kiểm tra công tác sẵn sàng chiến đấu.",
             "Các khối diễu binh tập luyện trên sân vận động."],
    "border": ["Cán bộ, chiến sĩ đồn biên phòng tuần tra trên tuyến biên giới.",
               "Bộ đội biên phòng giúp bà con bản xa thu hoạch mùa vụ.",
               "Tổ công tác kiểm soát người và phương tiện qua cửa khẩu.",
               "Cột mốc chủ quyền trên tuyến biên giới phía Bắc.",
               "Tàu tuần tra biên phòng làm nhiệm vụ trên vùng biển."],
    "police": ["Lực lượng công an phong tỏa hiện trường để điều tra.",
               "Tổ công tác cảnh sát giao thông kiểm tra nồng độ cồn người điều khiển xe.",
               "Đối tượng cùng tang vật tại cơ quan điều tra.",
               "Cảnh sát cơ động diễn tập phương án bảo đảm an ninh.",
               "Cán bộ công an phường tuyên truyền phòng chống tội phạm cho người dân."],
    "fire": ["Lực lượng cảnh sát PCCC triển khai phương án dập lửa.",
             "Xe chữa cháy được điều động đến hiện trường.",
             "Chiến sĩ cứu nạn cứu hộ tìm kiếm nạn nhân trong đêm.",
             "Hiện trường sau khi đám cháy được khống chế.",
             "Người dân được hướng dẫn kỹ năng thoát nạn khi có hỏa hoạn."],
    "veteran": ["Các cựu chiến binh ôn lại kỷ niệm trong buổi gặp mặt truyền thống.",
                "Đoàn cựu chiến binh dâng hương tại nghĩa trang liệt sĩ.",
                "Hội viên cựu chiến binh thăm mô hình kinh tế của đồng đội.",
                "Trao quà cho gia đình chính sách nhân dịp kỷ niệm ngày Thương binh - Liệt sĩ.",
                "Kỷ vật chiến tranh được các cựu binh gìn giữ cẩn thận."],
    "edu": ["Sinh viên thực hành bắn súng tiểu liên trong giờ học giáo dục quốc phòng.",
            "Học sinh tham quan bảo tàng lịch sử quân sự.",
            "Giảng viên hướng dẫn sinh viên tháo lắp súng.",
            "Lễ bế giảng khóa bồi dưỡng kiến thức quốc phòng và an ninh.",
            "Sinh viên tập điều lệnh đội ngũ tại trung tâm giáo dục quốc phòng."],
    "navy": ["Tàu hải quân neo đậu tại quân cảng.",
             "Chiến sĩ hải quân canh trực trên đảo.",
             "Biên đội tàu cảnh sát biển tuần tra trên vùng biển.",
             "Cán bộ, chiến sĩ chào cờ trên boong tàu.",
             "Lực lượng cảnh sát biển hỗ trợ ngư dân gặp nạn."],
}
HONOR = {"ông": "Ông", "bà": "Bà", "anh": "Anh", "chị": "Chị", "đại tá": "Đại tá",
         "thượng tá": "Thượng tá", "trung tá": "Trung tá", "thiếu tá": "Thiếu tá",
         "đại úy": "Đại úy", "đại uý": "Đại uý", "thiếu tướng": "Thiếu tướng",
         "trung tướng": "Trung tướng", "đại tướng": "Đại tướng", "luật sư": "Luật sư"}
PLACEW = {"tỉnh", "huyện", "xã", "quận", "phường", "thành phố", "thị xã", "thị trấn"}


def extract(sents):
    people, places = [], []
    for s in sents:
        w = s.replace(",", " ,").replace(".", " .").replace("(", "( ").replace(")", " )").split()
        for i in range(len(w)):
            for hl in (1, 2):
                h = " ".join(w[i:i + hl]).lower()
                pool = HONOR if h in HONOR else (PLACEW if h in PLACEW else None)
                if pool is None:
                    continue
                j, nm = i + hl, []
                while j < len(w) and len(nm) < 4 and w[j][:1].isupper() and w[j].isalpha():
                    nm.append(w[j])
                    j += 1
                if pool is HONOR and 2 <= len(nm) <= 4:
                    people.append(HONOR[h] + " " + " ".join(nm))
                elif pool is PLACEW and 1 <= len(nm) <= 3:
                    places.append(h + " " + " ".join(nm))
    return list(OrderedDict.fromkeys(people)), list(OrderedDict.fromkeys(places))


# ---------------------------------------------------------------- layouts
def L(**kw):
    base = dict(para=(2, 3), imgs=(1, 2), img="cap_credit_inline", theme="army",
                date="dmy_hm", byline="caps", inline_rel=None, rel="bullet", nrel=(3, 5),
                rel_head="Tin liên quan", top=["site", "menu", "title", "date", "byline"],
                bottom=["tags", "share", "relblock", "footer"], quote=False)
    base.update(kw)
    return base


LAYOUTS = [
    L(key="chiensi", site="Chiến Sĩ Thời Nay", dom="chiensithoinay.vn", theme="army",
      top=["site", "menu", "crumb", "title", "date"], date="wd_dmy_bar",
      img="cap_credit_inline", byline="caps", bottom=["byline", "tags", "relblock", "footer"],
      rel="bullet", rel_head="Tin liên quan", para=(1, 3)),
    L(key="biencuong", site="Biên Cương Online", dom="biencuong.vn", theme="border",
      top=["site", "crumb", "title", "byline", "date"], byline="bai_anh", date="dmy_dash_hm",
      img="cap_then_credit", inline_rel="xemthem", bottom=["share", "relblock", "footer"],
      rel="plain", rel_head="Tin cùng chuyên mục", para=(2, 4)),
    L(key="anninhdothi", site="An Ninh Đô Thị", dom="anninhdothi.vn", theme="police",
      top=["site", "menu", "title", "date", "share"], date="capnhat", byline="pair",
      img="cap_paren_credit", bottom=["byline", "relblock", "comments", "footer"],
      rel="num", rel_head="Đọc nhiều", para=(1, 2)),
    L(key="cuuho114", site="Cứu Hộ 114", dom="cuuho114.vn", theme="fire",
      top=["menu", "title", "date", "views"], date="dmy_hm_gmt", byline="theo_unit",
      img="mark_cap", bottom=["byline", "hotline", "relblock", "footer"], rel="dated",
      rel_head="Tin khác", para=(2, 3)),
    L(key="cuuchienbinh", site="Cựu Chiến Binh Mới", dom="cuuchienbinhmoi.vn", theme="veteran",
      top=["site", "date", "menu", "title"], date="wd_dmy", byline="name_unit",
      img="cap_dash_credit", bottom=["byline", "relblock", "footer"], rel="dated",
      rel_head="Bài viết cùng chuyên mục", para=(2, 4), imgs=(1, 3)),
    L(key="gdqp", site="Giáo Dục Quốc Phòng Online", dom="giaoducquocphong.edu.vn", theme="edu",
      top=["site", "crumb", "title", "date", "byline"], date="ngaydang", byline="nguoiviet",
      img="hinh_n", bottom=["tags", "relblock", "footer"], rel="arrow",
      rel_head="Các tin khác", para=(2, 3)),
    L(key="haiquantre", site="Hải Quân Trẻ", dom="haiquantre.vn", theme="navy",
      top=["site", "menu", "title", "byline", "date"], byline="bai_anh_rank", date="dmy_hm",
      img="cap_only", bottom=["share", "relteaser", "comments", "footer"], para=(1, 3),
      rel_head="Đọc tiếp", quote=True),
    L(key="csgt", site="Cảnh Sát Giao Thông Online", dom="csgtonline.vn", theme="police",
      top=["menu", "crumb", "title", "date"], date="hm_bar_dmy", byline="ttxvn_tail",
      img="video", bottom=["byline", "tags", "relblock", "footer"], rel="bullet", nrel=(3, 4),
      rel_head="Tin mới", para=(2, 3), inline_rel="arrow"),
    L(key="phongthu", site="Tạp chí Phòng Thủ", dom="tapchiphongthu.org.vn", theme="army",
      top=["site", "menu", "crumb", "title", "date"], date="wd_dmy_dash_hm", byline="author_box",
      img="cap_credit_inline", imgs=(0, 1), bottom=["byline", "relblock", "footer"],
      rel="dated_pre", rel_head="Các tin, bài viết khác", para=(3, 4)),
    L(key="qkphuongnam", site="Truyền hình Quân khu Phương Nam", dom="qkphuongnamtv.vn",
      theme="army", top=["site", "menu", "title", "date", "player"], date="dmy_hm",
      byline="phongsu", img="cap_only", imgs=(0, 1), bottom=["byline", "share", "relblock", "footer"],
      rel="plain", rel_head="Video khác", para=(2, 3)),
    L(key="dqtv", site="Dân Quân Tự Vệ", dom="danquantuve.vn", theme="army",
      top=["site", "menu", "date", "title"], date="dmy_hm_gmt", byline="caps_pair",
      img="cap_then_credit", inline_rel="guillemet", bottom=["byline", "tags", "relblock", "footer"],
      rel="bullet", rel_head="Tin liên quan", para=(1, 3)),
    L(key="phapluatanninh", site="Pháp Luật & An Ninh", dom="phapluatanninh.net", theme="police",
      top=["site", "menu", "title", "sharecount", "date"], date="dmy_hm", byline="theo_outlet",
      img="cap_paren_credit", bottom=["byline", "relblock", "ads", "comments", "footer"],
      rel="joined", rel_head="Xem nhiều", para=(2, 4), quote=True),
    L(key="csbien24h", site="Cảnh Sát Biển 24h", dom="canhsatbien24h.vn", theme="navy",
      top=["menu", "crumb", "date", "title", "byline"], date="wd_dmy_hm", byline="rank",
      img="mark_cap", bottom=["tags", "share", "relblock", "footer"], rel="teaser_line",
      rel_head="Tin liên quan", para=(2, 3)),
    L(key="bautroixanh", site="Bầu Trời Xanh", dom="bautroixanh.vn", theme="army",
      top=["site", "title", "date", "byline"], date="dmy_dash_hm", byline="caps",
      img="gallery", imgs=(1, 2), bottom=["relblock", "share", "footer"], rel="plain",
      rel_head="Cùng chuyên mục", para=(2, 3), inline_rel="xemthem"),
    L(key="hauphuong", site="Hậu Phương", dom="hauphuong.org.vn", theme="veteran",
      top=["site", "menu", "crumb", "title"], date="bottom_date", byline="caps_pair",
      img="cap_dash_credit", bottom=["byline", "date", "relblock", "footer"], rel="dated",
      rel_head="Tin bài khác", para=(2, 4)),
    L(key="congan_mientay", site="Công An Miền Tây", dom="conganmientay.vn", theme="police",
      top=["site", "crumb", "title", "byline", "date"], date="hm_dmy", byline="name_agency",
      img="cap_credit_inline", bottom=["tags", "relblock", "comments", "footer"],
      rel="num", rel_head="Tin cùng chuyên mục", para=(1, 3), inline_rel="doc_them"),
    L(key="llvt_thudo", site="Lực Lượng Vũ Trang Thủ Đô", dom="llvtthudo.vn", theme="army",
      top=["site", "menu", "title", "date", "time"], date="dmy_only", byline="rank",
      img="cap_then_credit", bottom=["byline", "share", "relblock", "footer"],
      rel="dated_pre", rel_head="Tin bài liên quan", para=(2, 3), quote=True),
    L(key="tuoitrequandoi", site="Tuổi Trẻ Quân Đội", dom="tuoitrequandoi.vn", theme="edu",
      top=["menu", "title", "date", "byline"], date="wd_dmy_hm", byline="pair",
      img="cap_only", bottom=["reactions", "relteaser", "footer"], rel_head="Có thể bạn quan tâm",
      para=(1, 2)),
    L(key="biengioitaybac", site="Biên Giới Tây Bắc", dom="biengioitaybac.vn", theme="border",
      top=["site", "menu", "crumb", "date", "title"], date="wd_dmy_bar", byline="bai_anh",
      img="cap_dash_credit", bottom=["byline", "relblock", "footer"], rel="arrow",
      rel_head="Tin mới hơn", para=(2, 4), imgs=(1, 3)),
    L(key="tinnhanhanninh", site="Tin Nhanh An Ninh", dom="tinnhanhanninh.com", theme="fire",
      top=["site", "menu", "title", "date", "ads"], date="dmy_hm", byline="theo_outlet",
      img="cap_paren_credit", inline_rel="xemthem", bottom=["byline", "poll", "relblock",
                                                             "comments", "footer"],
      rel="bullet", rel_head="Tin nổi bật", para=(2, 3)),
]

MENUS = {
    "army": ["Trang chủ | Quốc phòng | Quân sự thế giới | Chính trị | Xã hội | Video",
             "Thời sự | Quốc phòng - An ninh | Huấn luyện | Hậu phương | Bạn đọc"],
    "border": ["Trang chủ | Biên giới | Biển đảo | Đối ngoại biên phòng | Phóng sự ảnh",
               "Thời sự | Biên phòng toàn dân | Pháp luật | Văn hóa | Liên hệ"],
    "police": ["Trang chủ | Thời sự | Hình sự | Giao thông | Pháp luật | Đời sống",
               "Tin nóng | An ninh trật tự | Điều tra | Cảnh báo | Video"],
    "fire": ["Trang chủ | PCCC | Cứu nạn cứu hộ | Cảnh báo | Kỹ năng thoát hiểm",
             "Tin nóng | Hỏa hoạn | Tai nạn | Pháp luật | Clip"],
    "veteran": ["Trang chủ | Tin tức hội | Ký ức chiến tranh | Làm kinh tế | Nghĩa tình đồng đội",
                "Thời sự | Hoạt động hội | Chính sách | Tri ân | Bạn đọc viết"],
    "edu": ["Trang chủ | Tin tức | Đào tạo | Nghiên cứu | Tuyển sinh | Liên hệ",
            "Giới thiệu | Tin hoạt động | Văn bản | Thư viện ảnh | Hỏi đáp"],
    "navy": ["Trang chủ | Biển đảo | Hải quân | Cảnh sát biển | Ngư dân | Video",
             "Thời sự | Trường Sa | Huấn luyện | Hậu phương | Media"],
}
SECTIONS = {"army": ["Quốc phòng", "Tin tức", "Huấn luyện"], "border": ["Biên giới", "Thời sự"],
            "police": ["Hình sự", "An ninh trật tự", "Pháp luật"], "fire": ["PCCC", "Cứu hộ"],
            "veteran": ["Tin tức hội", "Chính sách"], "edu": ["Tin hoạt động", "Đào tạo"],
            "navy": ["Biển đảo", "Thời sự"]}
TAGS = {"army": ["quốc phòng", "huấn luyện", "sẵn sàng chiến đấu", "bộ đội"],
        "border": ["biên phòng", "biên giới", "cửa khẩu", "an ninh biên giới"],
        "police": ["công an", "an ninh trật tự", "điều tra", "pháp luật"],
        "fire": ["PCCC", "cứu nạn", "hỏa hoạn", "cảnh báo"],
        "veteran": ["cựu chiến binh", "tri ân", "đồng đội", "chính sách"],
        "edu": ["giáo dục quốc phòng", "sinh viên", "an ninh", "đào tạo"],
        "navy": ["biển đảo", "hải quân", "cảnh sát biển", "ngư dân"]}
COMMENTS = ["Bài viết rất thiết thực, cảm ơn phóng viên.", "Mong cơ quan chức năng xử lý nghiêm.",
            "Đọc xong thấy tự hào về các anh.", "Thông tin hữu ích, chia sẻ cho mọi người cùng biết.",
            "Đề nghị báo tiếp tục theo dõi vụ việc.", "Chúc các chiến sĩ luôn mạnh khỏe."]


class Ctx:
    def __init__(self, lay, row, k, title, sents, pool):
        self.lay, self.row, self.k, self.title = lay, row, k, title
        self.sents, self.pool = sents, pool
        self.r = rng(row, "layout")
        self.people, self.places = extract(sents)
        self.blocked = {norm(s) for s in sents} | {norm(title)}
        r = rng(row, "date")
        self.y = r.randint(2016, 2019)
        self.mo = r.randint(1, 12)
        self.d = r.randint(1, 28)
        self.h, self.mi = r.randint(5, 22), r.randint(0, 59)
        import datetime
        self.dt = datetime.date(self.y, self.mo, self.d)
        self.used_rel = set()

    def name(self, r=None):
        r = r or self.r
        return f"{r.choice(SURN)} {r.choice(MID)} {r.choice(GIVEN)}"

    def short(self, r=None):
        r = r or self.r
        return f"{r.choice(MID)} {r.choice(GIVEN)}"

    def date_line(self):
        f = self.lay["date"]
        d, mo, y, h, mi = self.d, self.mo, self.y, self.h, self.mi
        wd = WEEK[self.dt.weekday()]
        return {
            "wd_dmy_bar": f"{wd}, {d:02d}/{mo:02d}/{y} | {h:02d}:{mi:02d}",
            "dmy_dash_hm": f"{d:02d}/{mo:02d}/{y} - {h:02d}:{mi:02d}",
            "capnhat": f"Cập nhật: {h:02d}:{mi:02d} ngày {d:02d}/{mo:02d}/{y}",
            "dmy_hm_gmt": f"{d:02d}/{mo:02d}/{y} {h:02d}:{mi:02d} GMT+7",
            "wd_dmy": f"{wd}, {d}/{mo}/{y}",
            "ngaydang": f"Ngày đăng: {d:02d}/{mo:02d}/{y}",
            "dmy_hm": f"{d:02d}/{mo:02d}/{y} {h:02d}:{mi:02d}",
            "hm_bar_dmy": f"{h:02d}:{mi:02d} | {d:02d}/{mo:02d}/{y}",
            "wd_dmy_dash_hm": f"{wd}, {d:02d}/{mo:02d}/{y} - {h:02d}:{mi:02d}",
            "wd_dmy_hm": f"{wd}, ngày {d:02d}/{mo:02d}/{y} - {h:02d}:{mi:02d}",
            "bottom_date": f"Ngày {d}/{mo}/{y}",
            "hm_dmy": f"{h:02d}:{mi:02d} ngày {d}/{mo}/{y}",
            "dmy_only": f"{d:02d}/{mo:02d}/{y}",
        }[f]

    def rel_date(self, r):
        import datetime
        dd = self.dt - datetime.timedelta(days=r.randint(1, 60))
        return dd

    def related(self, n, purpose):
        r = rng(self.row, "rel-" + purpose)
        cands = [x for x in self.pool if norm(x[0]) not in self.blocked
                 and x[0] not in self.used_rel]
        r.shuffle(cands)
        out = cands[:n]
        for x in out:
            self.used_rel.add(x[0])
        return out

    def caption(self, r):
        opts = []
        on = self.lay["site"]
        for p in self.people[:3]:
            opts += [f"{p} trao đổi với phóng viên {on}.", f"{p} phát biểu tại buổi làm việc.",
                     f"{p} chia sẻ với phóng viên bên lề sự kiện."]
        for p in self.places[:3]:
            opts += [f"Lực lượng chức năng có mặt tại {p}.", f"Một góc {p} nhìn từ trên cao.",
                     f"Cán bộ, chiến sĩ làm nhiệm vụ trên địa bàn {p}."]
        opts += SCENES[self.lay["theme"]] * 2
        opts += ["Ảnh minh họa.", "Quang cảnh buổi làm việc."]
        for _ in range(20):
            c = r.choice(opts)
            if norm(c) not in self.blocked and c not in self.used_caps:
                self.used_caps.add(c)
                return c
        return "Ảnh minh họa."

    used_caps = None


def teaser(title, article, maxc=180):
    s = split_sents(detok(article))
    t = ""
    for x in s:
        if keep_sentence(x, norm(title)):
            t = x
            break
    if not t:
        t = " ".join(detok(article).split()[:25])
        maxc = len(t) - 1
    if len(t) > maxc:
        t = t[:maxc].rsplit(" ", 1)[0].rstrip(",;:") + "..."
    return t


def byline_lines(c, r):
    b = c.lay["byline"]
    if b == "caps":
        return [c.name(r).upper()]
    if b == "bai_anh":
        return [f"Bài và ảnh: {c.short(r)}"]
    if b == "pair":
        return [f"{c.short(r)} - {c.short(r)}"]
    if b == "theo_unit":
        return [f"{c.name(r)} (Phòng Cảnh sát PCCC và CNCH)"]
    if b == "name_unit":
        return [f"{c.name(r)}", f"(Hội Cựu chiến binh huyện {r.choice(['Thạch An', 'Yên Lạc', 'Cầu Ngang', 'Hòa Vang'])})"]
    if b == "nguoiviet":
        return [f"Người viết: ThS. {c.name(r)}"]
    if b == "bai_anh_rank":
        return [f"Bài, ảnh: {r.choice(RANKS)} {c.name(r)}"]
    if b == "ttxvn_tail":
        return [f"{c.short(r)} (TTXVN)"]
    if b == "author_box":
        return [f"Đại tá, TS. {c.name(r).upper()}",
                f"Giảng viên Khoa Chiến thuật, Học viện Lục quân {r.choice(['Miền Trung', 'Phía Nam', 'Khu vực 2'])}"]
    if b == "phongsu":
        return [f"Phóng sự: {c.short(r)} – {c.short(r)}"]
    if b == "caps_pair":
        return [f"{c.short(r).upper()} - {c.short(r).upper()}"]
    if b == "theo_outlet":
        return [f"Theo {r.choice(['Báo Bảo Vệ Pháp Luật Phía Nam', 'Nhật Báo Cảnh Sát Sông Hậu', 'An Ninh Cuối Tuần Đất Mũi'])}"]
    if b == "rank":
        return [f"{r.choice(RANKS)} {c.name(r)}"]
    if b == "name_agency":
        return [f"{c.name(r)} - {c.short(r)}"]
    raise KeyError(b)


def image_block(c, r, idx):
    st = c.lay["img"]
    cap = c.caption(r)
    ph = c.short(r)
    if cap == "Ảnh minh họa." and st in ("cap_credit_inline", "cap_paren_credit", "cap_dash_credit"):
        return [("caption", "Ảnh minh họa")]
    if st == "cap_credit_inline":
        return [("caption", f"{cap} Ảnh: {ph.upper()}")]
    if st == "cap_then_credit":
        return [("caption", cap), ("credit", f"Ảnh: {ph}")]
    if st == "cap_paren_credit":
        return [("caption", f"{cap} (Ảnh: {r.choice([ph, 'CTV', 'Người dân cung cấp'])})")]
    if st == "mark_cap":
        return [("widget", r.choice(["[Ảnh]", "Phóng to", "Ảnh"])), ("caption", cap)]
    if st == "cap_dash_credit":
        return [("caption", f"{cap.rstrip('.')} - Ảnh: {ph}")]
    if st == "hinh_n":
        return [("caption", f"Hình {idx + 1}: {cap}")]
    if st == "cap_only":
        return [("caption", cap)]
    if st == "video":
        if idx == 0:
            return [("widget", f"▶ 0{r.randint(1, 4)}:{r.randint(10, 59)}"), ("caption", cap),
                    ("credit", f"Video: {ph}")]
        return [("caption", cap), ("credit", f"Ảnh: {ph}")]
    if st == "gallery":
        if not getattr(c, "gal_n", None):
            c.gal_n = r.randint(4, 9)
        return [("widget", f"Ảnh {idx + 1}/{c.gal_n}"), ("caption", cap), ("credit", f"Ảnh: {ph.upper()}")]
    raise KeyError(st)


def rel_lines(c, items, style, r):
    out = []
    if style == "joined":
        if items:
            out.append(("related", " • ".join(t for t, _ in items)))
        return out
    for j, (t, a) in enumerate(items):
        if style == "bullet":
            out.append(("related", f"• {t}"))
        elif style == "plain":
            out.append(("related", t))
        elif style == "num":
            out.append(("related", f"{j + 1}. {t}"))
        elif style == "dated":
            dd = c.rel_date(r)
            out.append(("related", f"{t} ({dd.day:02d}/{dd.month:02d}/{dd.year})"))
        elif style == "dated_pre":
            dd = c.rel_date(r)
            out.append(("related", f"{dd.day:02d}/{dd.month:02d}/{dd.year} - {t}"))
        elif style == "arrow":
            out.append(("related", f"> {t}"))
        elif style == "teaser_line":
            out.append(("related", f"{t} - {teaser(t, a, 140)}"))
        elif style == "teaser2":
            out.append(("related", t))
            out.append(("related", teaser(t, a, 200)))
    return out


def block(c, name, r):
    lay = c.lay
    th = lay["theme"]
    if name == "site":
        return [("U", lay["site"])]
    if name == "title":
        return [("U", c.title)]
    if name == "date":
        return [("U", c.date_line())]
    if name == "menu":
        return [("widget", r.choice(MENUS[th]))]
    if name == "crumb":
        sep = r.choice([" > ", " » ", " / "])
        return [("widget", sep.join(["Trang chủ", r.choice(SECTIONS[th])]))]
    if name == "byline":
        return [("byline", x) for x in byline_lines(c, rng(c.row, "byline"))]
    if name == "share":
        return [("widget", r.choice(["Chia sẻ: Facebook | Zalo | Twitter", "Chia sẻ Facebook Zalo In bài",
                                     "Share | Tweet | Gửi bài | In"]))]
    if name == "sharecount":
        return [("widget", f"Thích {r.randint(3, 400)} | Chia sẻ {r.randint(0, 90)}")]
    if name == "views":
        return [("widget", f"Lượt xem: {r.randint(120, 9000):,}".replace(",", "."))]
    if name == "player":
        return [("widget", f"▶ Xem video | 0{r.randint(2, 6)}:{r.randint(10, 59)} | HD")]
    if name == "time":
        return [("widget", f"{c.h:02d}:{c.mi:02d}")]
    if name == "ads":
        return [("widget", r.choice(["Quảng cáo", "- Quảng cáo -", "QUẢNG CÁO"]))]
    if name == "tags":
        tg = list(TAGS[th])
        r.shuffle(tg)
        if c.places:
            tg.insert(0, c.places[0])
        return [("widget", r.choice(["Từ khóa: ", "Tags: ", "Tag: "]) + ", ".join(tg[:4]))]
    if name == "hotline":
        return [("widget", "Đường dây nóng PCCC: 114"),
                ("widget", f"Báo tin, phản ánh: 0{r.randint(900, 989)} {r.randint(100, 999)} {r.randint(100, 999)}")]
    if name == "reactions":
        return [("widget", f"Thích ({r.randint(2, 300)})   Vui ({r.randint(0, 40)})   Buồn ({r.randint(0, 20)})")]
    if name == "poll":
        return [("widget", "Bạn đánh giá thế nào về bài viết này?"),
                ("widget", "Hữu ích | Bình thường | Không hữu ích"),
                ("widget", "Bình chọn Xem kết quả")]
    if name == "comments":
        n = r.randint(0, 3)
        out = [("widget", f"Bình luận ({n})" if n else "Ý kiến bạn đọc"),
               ("widget", "Viết bình luận của bạn...")]
        for i in range(n):
            cm = r.choice(COMMENTS)
            out.append(("widget", f"{c.name(r)}: {cm}"))
            out.append(("widget", f"Trả lời · Thích · {r.randint(1, 23)} giờ trước"))
        return out
    if name == "relblock":
        its = c.related(r.randint(*lay["nrel"]), "block")
        if not its:
            return []
        return [("widget", lay["rel_head"])] + rel_lines(c, its, lay["rel"], r)
    if name == "relteaser":
        its = c.related(r.randint(2, 4), "teaser")
        if not its:
            return []
        return [("widget", lay["rel_head"])] + rel_lines(c, its, "teaser2", r)
    if name == "footer":
        d = lay["dom"]
        out = [("widget", f"© {c.y} {lay['site']}. Bảo lưu mọi quyền."),
               ("widget", f"Giấy phép số {r.randint(10, 480)}/GP-BTTTT cấp ngày {r.randint(1, 28)}/{r.randint(1, 12)}/{r.randint(2010, 2015)}"),
               ("widget", f"Tòa soạn: Số {r.randint(2, 199)} đường {r.choice(['Lê Lai', 'Trần Phú', 'Lý Nam Đế', 'Hoàng Diệu', 'Nguyễn Chí Thanh'])}, {r.choice(['Hà Nội', 'TP. Hồ Chí Minh', 'Đà Nẵng', 'Cần Thơ'])}"),
               ("widget", f"Điện thoại: 0{r.randint(22, 29)}.{r.randint(3000, 3999)}.{r.randint(1000, 9999)} - Email: toasoan@{d}")]
        if r.random() < 0.5:
            out.append(("widget", lay["site"]))  # repeated site name in footer logo
        if r.random() < 0.4:
            out.append(("widget", "Về đầu trang"))
        return out[:r.randint(2, len(out))]
    raise KeyError(name)


def inline_rel(c, style, r):
    its = c.related(1, "inline")
    if not its:
        return []
    t, a = its[0]
    if style == "xemthem":
        return [("related", f"Xem thêm: {t}")]
    if style == "arrow":
        return [("related", f">> {t}")]
    if style == "guillemet":
        return [("related", f"» {t}")]
    if style == "doc_them":
        return [("widget", "Đọc thêm"), ("related", t)]
    raise KeyError(style)


# ---------------------------------------------------------------- faults
ZW = "\u200b"


def f_nbsp(s, r):
    idx = [i for i, ch in enumerate(s) if ch == " "]
    if not idx:
        return s
    ch = set(r.sample(idx, max(1, len(idx) // 4)))
    return "".join("\u00a0" if i in ch else x for i, x in enumerate(s))


def f_zwsp(s, r):
    words = [m for m in re.finditer(r"[^\W\d_]{4,}", s)]
    if not words:
        return s
    m = r.choice(words)
    p = m.start() + r.randint(1, len(m.group(0)) - 1)
    return s[:p] + ZW + s[p:]


def f_dspace(s, r):
    idx = [i for i, ch in enumerate(s) if ch == " "]
    if not idx:
        return s
    p = r.choice(idx)
    return s[:p] + " " + s[p:]


def make_page(k, row, title_raw, article, pool):
    lay = LAYOUTS[k % len(LAYOUTS)]
    title = detok(title_raw)
    sents = story_sentences(title_raw, article)
    if len(sents) < 3:
        return None
    c = Ctx(lay, row, k, title, sents, pool)
    c.used_caps = set()
    r = c.r
    # faults chosen
    fr = rng(row, "fault")
    faults = []
    if fr.random() < 0.27:
        faults = fr.sample(["nbsp", "zwsp", "dspace", "glue", "nfd"], fr.choice([1, 1, 2]))
    # paragraphs
    pr = rng(row, "para")
    items = list(sents)
    applied = []
    paras, i = [], 0
    while i < len(items):
        n = pr.randint(*lay["para"])
        paras.append(items[i:i + n])
        i += n
    if "glue" in faults:
        cand = [(pi, j) for pi, p in enumerate(paras) for j in range(len(p) - 1)
                if p[j].endswith(".") and p[j + 1][:1].isupper()]
        if cand:
            pi, j = fr.choice(cand)
            p = paras[pi]
            paras[pi] = p[:j] + [p[j] + p[j + 1]] + p[j + 2:]
            applied.append("glue")
    # assemble
    E = []
    for name in lay["top"]:
        E += block(c, name, r)
    nimg = r.randint(*lay["imgs"])
    npar = len(paras)
    img_after = set()
    if npar >= 2 and nimg:
        slots = list(range(0, npar - 1))
        img_after = set(r.sample(slots, min(nimg, len(slots))))
    lead_img = nimg and r.random() < 0.4 and lay["img"] not in ("hinh_n",)
    rel_after = None
    if lay["inline_rel"] and npar >= 3:
        rel_after = r.randint(1, npar - 2)
    if lay.get("quote") and npar >= 3:
        quote_after = r.randint(1, npar - 2)
    else:
        quote_after = None
    ii = 0
    if lead_img:
        E += image_block(c, r, ii)
        ii += 1
    for pi, p in enumerate(paras):
        E.append(("B", p))
        if pi in img_after:
            E += image_block(c, r, ii)
            ii += 1
        if pi == rel_after:
            E += inline_rel(c, lay["inline_rel"], r)
        if pi == quote_after:
            q = pull_quote(c, sents)
            if q:
                E.append(("widget", q))
    for name in lay["bottom"]:
        E += block(c, name, r)
    # line faults
    for f in faults:
        if f in ("nbsp", "zwsp", "dspace"):
            fn = {"nbsp": f_nbsp, "zwsp": f_zwsp, "dspace": f_dspace}[f]
            fl = rng(row, "fault-" + f)
            idxs = list(range(len(E)))
            fl.shuffle(idxs)
            hit = 0
            for ei in idxs[:max(2, len(E) // 3)]:
                kind, v = E[ei]
                if kind == "B":
                    j = fl.randrange(len(v))
                    nv = list(v)
                    nv[j] = fn(nv[j], fl)
                    E[ei] = ("B", nv)
                    hit += 1
                elif kind != "U" or f != "dspace":
                    E[ei] = (kind, fn(v, fl))
                    hit += 1
            if hit:
                applied.append(f)
    if "nfd" in faults:
        E = [(k2, [unicodedata.normalize("NFD", x) for x in v] if k2 == "B"
              else unicodedata.normalize("NFD", v)) for k2, v in E]
        applied.append("nfd")
    lines, body, furn = [], [], []
    for kind, v in E:
        if kind == "B":
            body += v
            lines.append(" ".join(v))
        elif kind == "U":
            lines.append(v)
        else:
            furn.append((kind, v))
            lines.append(v)
    text = "\n".join(lines)
    pg = Page(text, body, furn, lay["key"])
    check(pg, title, sents)
    return pg, applied


def pull_quote(c, sents):
    for s in sents:
        m = re.search(r"[“\"]([^”\"]{30,160})[”\"]", s)
        if m:
            q = "“" + m.group(1).strip().rstrip(",") + "”"
            if norm(q) not in c.blocked and norm(m.group(1)) not in c.blocked:
                return q
    return None


# ---------------------------------------------------------------- contract check
def check(pg, title, sents):
    text, body, furn = pg.text, pg.body, pg.furniture
    lines = text.split("\n")
    if len(body) < 3:
        raise ValueError("fewer than 3 body items")
    for ln in lines:
        if not ln.strip() or ln != ln.strip():
            raise ValueError(f"blank or unstripped line: {ln!r}")
    for it in body:
        if it not in text:
            raise ValueError("body item not a substring")
    bi = fi = 0
    unl = []
    for ln in lines:
        if fi < len(furn) and ln == furn[fi][1]:
            fi += 1
            continue
        ok = False
        for n in range(1, 5):
            if bi + n <= len(body) and " ".join(body[bi:bi + n]) == ln:
                bi += n
                ok = True
                break
        if ok:
            continue
        unl.append(ln)
        if len(unl) > 3:
            raise ValueError(f"too many unlabelled lines: {unl!r}")
    if bi != len(body) or fi != len(furn):
        raise ValueError("walk did not use up body/furniture")
    bn = {norm(x) for x in body} | {norm(x) for x in sents}
    tn = norm(title)
    for kind, ln in furn:
        if kind not in KINDS:
            raise ValueError(f"bad kind {kind}")
        if norm(ln) in bn:
            raise ValueError(f"furniture equals body sentence: {ln!r}")
        if kind != "widget" and norm(ln) == tn:
            raise ValueError(f"furniture equals title: {ln!r}")
    for ln in unl:
        if norm(ln) in bn:
            raise ValueError(f"unlabelled line equals body sentence: {ln!r}")
    if tn not in {norm(x) for x in unl}:
        raise ValueError("title missing")


# ---------------------------------------------------------------- main
def build(path):
    body_rows, rel_rows = read_rows(path)
    pool = []
    for row, t, a in rel_rows:
        tt = detok(t)
        if len(tt.split()) >= 4:
            pool.append((tt, a))
    out = []
    for k, (row, t, a) in enumerate(body_rows):
        res = make_page(k, row, t, a, pool)
        if res:
            out.append(res)
    return out


def pages(path):
    return [p for p, _ in build(Path(path))]


def main(argv):
    path = argv[1] if len(argv) > 1 else "/work/shared/data/vietnews_train.jsonl.gz"
    res = build(Path(path))
    tot = OrderedDict()
    cols = ["pages", "body"] + list(KINDS) + ["faults"]
    for pg, ap in res:
        t = tot.setdefault(pg.layout, dict.fromkeys(cols, 0))
        t["pages"] += 1
        t["body"] += len(pg.body)
        for kd, _ in pg.furniture:
            t[kd] += 1
        t["faults"] += len(ap)
    print(f"{'layout':<16}" + "".join(f"{c:>9}" for c in cols))
    allt = dict.fromkeys(cols, 0)
    for key, t in tot.items():
        print(f"{key:<16}" + "".join(f"{t[c]:>9}" for c in cols))
        for c2 in cols:
            allt[c2] += t[c2]
    print(f"{'TOTAL':<16}" + "".join(f"{allt[c]:>9}" for c in cols))
    fc = {}
    for _, ap in res:
        for f in ap:
            fc[f] = fc.get(f, 0) + 1
    print("faults:", ", ".join(f"{k}={v}" for k, v in sorted(fc.items())),
          f"| pages with faults: {sum(1 for _, ap in res if ap)}")


if __name__ == "__main__":
    main(sys.argv)
